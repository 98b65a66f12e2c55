"""A hundred-and-tenth lookup query set, for tuning ranking (written in the fifty-fifth session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind109.py and tests/queries_blind111.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some fifteen thousand), and with the other queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: some eight in ten seed drafts (about 200 were tried) were near-copies, of long
  joins, transcriptions, inflected Russian, typos, phrases and questions alike, so the seed part is
  smaller than planned (18 answerable and 10 unanswerable, against some 30 and 15 asked for), has no
  name or phrase query, and the new documents carry more queries to keep the totals.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind122/docs, copied as ONE
  corpus into a subfolder blind122/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 10 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 2 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 12 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic
names, pinyin without tones, accents dropped), russian 1 + 4, spanish 1 + 4, chinese 1 + 4,
mention-noise 1 + 4 (Discord/Telegram mentions and zero-width spaces around the real words), typo
3 + 5 (1–2 edits a word), name 0 + 5, phrase 0 + 5, question 1 + 10, topic 1 + 6: 18 + 78
answerable, and 10 + 37 unanswerable. Every answerable query is answered by the documents' own words
in some form, spelling or script (names may be written in another script); none needs a translation
of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
refereed, scored, switched on or said mass; what a single or a documentary was called; when a head
teacher was appointed; how old a geologist was; how many children, diners or medals; what a ticket, a
fare, an exhibition, a rebuilding or a statue cost or weighed; what time an afternoon starts; which
hotel); a place the corpus does not hold (spelled two or more edits from anything real in it, or simply
absent) joined to a subject it does; Russian, Spanish and Chinese ones. Each shares one or more words
with its corpus on purpose (in another script for some of the seeds' ones), and every article holding
those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets) holds all of the query's words. For word-form
queries it checked that the form the query uses is not in the corpus (or, where it is, in which
article, noted below).

The search engine was never run on these queries, and its code (bot/), adapters/, bench/ and docs/
were not read while writing them. Article ids come from `memorial-bot articles --json` (the
document loader), run on seeds/ and on a folder built as build_newdocs_corpus builds it.
"""

from __future__ import annotations

from pathlib import Path

from .queries import TITLES, Query, copy_folders

__all__ = [
    "NEWDOCS_ANSWERED",
    "NEWDOCS_DIRS",
    "NEWDOCS_SUBDIRS",
    "NEWDOCS_TITLES",
    "NEWDOCS_UNANSWERED",
    "SEEDS_ANSWERED",
    "SEEDS_TITLES",
    "SEEDS_UNANSWERED",
    "Query",
    "build_newdocs_corpus",
]

# The new-documents corpus is assembled by copying tests/gold/blind122/docs/* into ONE temporary
# corpus folder under the subfolder blind122/: files are then "blind122/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind122/docs",)
NEWDOCS_SUBDIRS = ("blind122",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "b7e812dc": "ARKENFIELD MAP WEEK",
    "71f2f154": "BIRCHCOMBE PRIMARY SCHOOL",
    # en_coxbridge_echo_digest.txt, split by the loader: the record shop opens in 1985 (¶4–8), the 1970 Pilton
    # festival remembered in 1995 (¶12–19, titled by its dateline: its headline, "A POUND, AND FREE MILK", in
    # quotation marks, is not taken as a title), and Spindle closes in 2021 (¶24–27); the header (¶1), the
    # datelines ¶3 and ¶23 and the "----" rules belong to none of them. (Until the fifty-eighth session the loader
    # split it into two, the festival cutting inside the record shop's 630d4878: the queries on the festival were
    # judged to that article then, and are judged to the festival's own cutting, 1ce0267a, since.)
    "630d4878": "NEW RECORD SHOP FOR MARKET ROW",
    "1ce0267a": "Coxbridge Echo, Tuesday 19 September",
    "3d0807d5": "LAST SPIN FOR SPINDLE",
    "03152ccd": "DUNMALLET TOWN COUNCIL",
    # en_dunmallet_record_digest.txt, split by the loader: the reopening of 1989 (¶4–9), the record day of 1997
    # (¶14–17), the winter works of 2011 (¶22–25); the header (¶1), the datelines (¶3, ¶13, ¶21) and the "* * *" rules
    # belong to none of them
    "fbe985d1": "UP AGAIN AFTER FORTY-ONE YEARS",
    "2877bd90": "RECORD DAY ON THE CLIFF",
    "8342271e": "CLIFF RAILWAY TO SHUT FOR WINTER WORKS",
    "69099b39": "ELLERHOLME TIMES",
    "882b1728": "FERNHATCH, Saturday 14 October",
    "4e916ed1": "HOLLYSHAW WOOD",
    "d55618a4": "PENSWORTH WARGAMES SOCIETY",
    "357851c5": "A HUNDRED YEARS ON THE RIDGE",
    "22801e0a": "THEA MOUNTJOY",
    "b9ebd3f4": "WEATHERING STEEL",
    "1479bd6b": "EL CRISTO DE LA CUMBRE CUMPLE CIEN AÑOS",
    "ce9f4666": "ПОЛЫНСК ВСПОМИНАЕТ ЛАЙКУ",
    "a950b64b": "麦湾镇纪念小岗",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "President Xi Jinping and his wife Peng Liyuan met with the King and the Queen Mother at Zhongnanhai" ¶237; "on
    # August 30, President Xi Jinping met in Tianjin with Cambodian Prime Minister Hun Manet" ¶243; "combat online
    # gambling and telecom fraud" ¶247
    Query("Peng Liyuan Zhongnanhai Hun Manet Tianjin August 30 telecom fraud", "5a5d8582", "cross-paragraph"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "Chow Yun-fat as the legendary Chinese communist Chen Hansheng"
    # ¶491; "a Colonel Younghusband … the 1905 British invasion aimed at separating Xizang (Tibet)" ¶521
    Query("Ocean Devil Chow Yun-fat Younghusband Xizang", "ac7222d4", "cross-paragraph"),
    # "at the British Film Institute (BFI) on London's Southbank" ¶111; "Anna May Wong (real name Wong Liu Tsong)" ¶115;
    # "before a firing squad" ¶117; "the author of a booklet on the life of Claudia Jones" ¶123
    Query("Wong Liu Tsong firing squad BFI Southbank Claudia Jones booklet", "ccf1d4fa", "cross-paragraph"),
    # "with Kazakhstan President Kassym-Jomart Tokayev in the evening" ¶405; "finance and seawater desalination" ¶413;
    # "The China-Myanmar pauk-phaw (brotherly) friendship" ¶415
    Query(
        "Kassym-Jomart Tokayev evening Egypt seawater desalination pauk-phaw brotherly", "26d64f12", "cross-paragraph"
    ),
    # "los generales de terracota y las estatuas de mujeres nobles estaban rollizos" ¶313; "después de la Marcha Larga …
    # un sistema de platos hondos y frijoles" ¶315; "pidiendo limosna … con un código QR en el fondo de una olla" ¶327
    Query("terracota rollizos Marcha Larga frijoles código QR olla", "dde32893", "cross-paragraph"),
    # "the General Secretary of the United Left Movement Party of the Dominican Republic" ¶159; "the operation of the
    # China-Laos Railway" ¶139 (¶179); "the new five-year action plan" ¶141 (¶181)
    Query(
        "Dominican Republic United Left Movement China-Laos Railway five-year action plan",
        "20f574be",
        "cross-paragraph",
    ),
    # Word forms: the text has another form
    # "Prime Minister Pashinyan noted that … China has made remarkable development achievements. Armenia hopes to learn
    # from China's experience" ¶259 (noted → noting, hopes → hoping; "noting" is in 362ba691, 20f574be and eca32116,
    # "hoping" nowhere)
    Query("Pashinyan noting China's remarkable achievements, Armenia hoping to learn", "0e5d6094", "word-form"),
    # "Slovak Prime Minister Robert Fico" ¶13; "an honour to be invited to China to witness this grand event in person"
    # ¶19 (witness → witnessing, not in the corpus)
    Query("Slovak Prime Minister witnessing the grand event in person", "faecd2e1", "word-form"),
    # Another script or romanisation
    # "Reporting the grand ceremony, Nhân Dân, noted that international guests included: Thongloun Sisoulith … Samdech
    # Techo Hun Sen … Igor Sergeenko" ¶151–157, in Cyrillic (Russian prepositional case)
    Query("Нянзан о Тонглуне, Хун Сене и Игоре Сергеенко", "20f574be", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "David Horsley reviews a season of Anna May Wong's films" ¶111; "David Horsley is also the author of a booklet on
    # the life of Claudia Jones" ¶123 ("about Claudia Jones and David Horsley")
    Query("о Клаудии Джонс и Дэвиде Хорсли", "ccf1d4fa", "russian"),
    # Spanish
    # "un sistema de platos hondos y frijoles" ¶315; "una fábrica de Lenovo … llevar tecnología avanzada a escuelas
    # rurales" ¶339
    Query("platos hondos y frijoles Lenovo escuelas rurales", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "on August 30, President Xi Jinping met in Tianjin with Cambodian Prime Minister Hun Manet" ¶243
    Query("洪玛奈 天津 8月30日", "5a5d8582", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "'The Children of Huang Shi', also called 'Children of the Silk Road' … Chow Yun-fat as … Chen Hansheng" ¶491
    Query("<@1207> Chen Hansheng\u200b Children of the Silk Road", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    # "Cyril Ramaphosa", "Iranian President Masoud Pezeshkian" ¶451
    Query("Ramaphoza Pezeshkyan", "e065690c", "typo"),
    # "Egyptian Prime Minister Mostafa Madbouly and Myanmar's Acting President Min Aung Hlaing" ¶405
    Query("Madbuly Min Aung Hlang", "26d64f12", "typo"),
    # "Foreign Minister Subrahmanyam Jaishankar" ¶451 (2 + 1 edits)
    Query("Jaishankr Subrahmanyan", "e065690c", "typo"),
    # Questions
    # "In Tianjin, he taught at an Anglo-Chinese college" ¶291
    Query("which Anglo-Chinese institution did Liddell teach at in Tianjin?", "7ab1f62c", "question"),
    # Topics
    # "the Friends Ambulance Unit, organised by the Quakers and composed of conscientious objectors … providing medical
    # supplies to the Shandan Bailie School" ¶501; "to the relative safety of Gansu" ¶485
    Query("Quakers conscientious objectors medical supplies Gansu", "ac7222d4", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "serving as a training ground where Liddell himself won several medals" (7ab1f62c ¶291); no number
    "сколько медалей выиграл Эрик Лидделл в Тяньцзине",
    "李进贤 年龄",  # Li Jinxian (097182f6 line 1, 10) in Chinese characters; no age
    # Sydney Loving is interviewed in dde32893; the Hyde Park meeting of 1937 is J.R. Campbell's (ac7222d4 ¶525)
    "Sydney Loving Hyde Park",
    # "Lady From Chungking is an anti-imperialist classic" (ccf1d4fa ¶113, ¶129); no prize
    "what prize did Lady from Chungking win?",
    # Ulaanbaatar is not in the corpus; the three-way meetings with Putin and Khurelsukh were in Beijing (c061f0a1)
    "Ulaanbaatar three-way summit",
    # Ramaphosa (e065690c ¶451, ¶467) and Lukashenko (0e5d6094 ¶263–265) in Cyrillic: no article names both
    "Рамафоса и Лукашенко",
    "菲佐 遇刺",  # Robert Fico (faecd2e1 ¶13, ¶19) in Chinese characters; no attempt on his life
    # "Egyptian Prime Minister Mostafa Madbouly" (26d64f12 ¶405, ¶411–413); no pyramids
    "Madbouly pyramids",
    # Pyongyang is not in the corpus (the DPRK's leader visits Beijing, eca32116); Telesur is f78fdcd6 ¶49
    "Telesur Pyongyang",
    # "En Jiayuguan, visitamos JISCO" (dde32893 ¶335); no Great Wall (the only "great wall" in seeds/ is Xi's metaphor,
    # "formed a great wall with flesh and blood", 38a7d84f ¶381)
    "¿cuánto mide la Gran Muralla en Jiayuguan?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "a great theodolite made by Jesse Ramsden" ¶5; "guided walk to the trig pillar on Hob Hill" ¶14; "Lomax's bookshop
    # on Sheep Street" ¶25
    Query("Jesse Ramsden theodolite Hob Hill trig pillar Lomax's bookshop", "b7e812dc", "cross-paragraph"),
    # "one teacher, Miss Harriet Pomfrey" ¶15; "a service of thanksgiving at St Bride's" ¶18; "a Victorian day" ¶20;
    # "The pancake races will be on Tuesday 15 February" ¶25
    Query("Harriet Pomfrey St Bride's Victorian day pancake races", "71f2f154", "cross-paragraph"),
    # "The two cars, 'Puffin' and 'Guillemot'" ¶9; "Councillor Rhona Tighe" ¶14; "to replace the haulage cable" ¶20
    Query("Puffin Guillemot Rhona Tighe haulage cable", "03152ccd", "cross-paragraph"),
    # "'Lost Horizon' … The manager, Mr Cyril Dewhirst" ¶11–12; "The winner, J. Pickles … received a silver watch"
    # ¶17–18
    Query("Cyril Dewhirst Lost Horizon J. Pickles silver watch", "69099b39", "cross-paragraph"),
    # "Librarian Mair Tallack … a tea chest of old stock" ¶5; "A Poohsticks race … said the organiser, Colin Pettifer"
    # ¶14–15
    Query("Mair Tallack tea chest Poohsticks Colin Pettifer", "882b1728", "cross-paragraph"),
    # "the geologist Noel Odell" ¶4; "born at Mobberley in Cheshire" ¶11; "the club's founder, Walter Bainbridge" ¶19;
    # "the American climber Conrad Anker" ¶20–21
    Query("Noel Odell Mobberley Walter Bainbridge Conrad Anker", "357851c5", "cross-paragraph"),
    # "born Thea Garbett in Kidderminster" ¶8; "a stopwatch in one hand and a tray of gravel in the other" ¶12; "They
    # married at St Olave's, Harborne" ¶15
    Query("Thea Garbett Kidderminster St Olave's Harborne stopwatch gravel", "22801e0a", "cross-paragraph"),
    # "by Jonty Askew" ¶2; "a plater in the Hartlepool yards" ¶11; "the sunrise walk" ¶19; "at the Civic Centre" ¶21
    Query("Jonty Askew plater Hartlepool yards sunrise walk Civic Centre", "b9ebd3f4", "cross-paragraph"),
    # "Anselmo Quiroga, arriero de Villa Chacay, cuyo cuaderno" ¶10 (cuaderno again ¶18); "colocó una placa en la
    # estación vieja" ¶21–22
    Query("Anselmo Quiroga cuaderno placa estación vieja", "1479bd6b", "cross-paragraph"),
    # "Nominations … to Keith Ormsley" ¶11–12; "Painting workshop with Anjali Varsani" ¶13; "'The Road to Corunna'" ¶19;
    # "the society's copy of 'Charge!' has gone missing again" ¶28
    Query("Keith Ormsley Anjali Varsani Road to Corunna Charge!", "d55618a4", "cross-paragraph"),
    # Word forms
    # "Owner Ted Hurrell, 34, says he will stock 'everything from brass bands to punk'" ¶5–6 (stock → stocks)
    Query("Ted Hurrell stocks everything from brass bands to punk", "630d4878", "word-form"),
    # "the body of the Angel of the North … was craned on to its hill above the A1" ¶4–5 (craned → craning)
    Query("craning the Angel of the North on to its hill above the A1", "b9ebd3f4", "word-form"),
    # "the geologist Noel Odell, climbing alone below the north-east ridge of Everest, saw the mist part" ¶4–5 (saw →
    # seeing, irregular)
    Query("Noel Odell seeing the mist part below the north-east ridge", "357851c5", "word-form"),
    # "she stood at the gramophone desk with a stopwatch in one hand" ¶11–12 (stood → standing, irregular; "standing"
    # is only in seeds/, never in the new documents)
    Query("Thea Mountjoy standing at the gramophone desk with a stopwatch", "22801e0a", "word-form"),
    # "Лайка, небольшая беспородная собака, найденная на улицах Москвы" ¶7–8 (найденная → нашли)
    Query("Лайку нашли на улицах Москвы", "ce9f4666", "word-form"),
    # "Учительница Вера Степановна Гуськова записала в своём дневнике" ¶11–12 (записала → записывает)
    Query("учительница Гуськова записывает в дневнике", "ce9f4666", "word-form"),
    # "«Lunes 14. Bajamos las mulas. Dos cojas.»" ¶12–13 (bajamos → bajaron)
    Query("bajaron las mulas, dos cojas", "1479bd6b", "word-form"),
    # "three youths were fined five shillings each for letting off fireworks in the Shambles" ¶21–22 (fined → fining)
    Query("fining three youths for letting off fireworks in the Shambles", "69099b39", "word-form"),
    # "Local group the Damsons will sign copies of their first single" ¶6–7 (sign → signing; "signing" is only in
    # seeds/, b39d8185 line 2)
    Query("the Damsons signing copies of their first single", "630d4878", "word-form"),
    # Another script or romanisation
    Query("Мэллори Ирвин Оделл", "357851c5", "translit"),  # "George Mallory … Irvine" ¶6–7, "Noel Odell" ¶4 in Cyrillic
    Query("马洛里 欧文 奥德尔", "357851c5", "translit"),  # the same, in Chinese characters
    Query("Тея Маунтджой", "22801e0a", "translit"),  # "THEA MOUNTJOY" ¶1, "Thea Mountjoy" ¶4 in Cyrillic
    # "Antony Gormley's Angel" ¶6; "from Hartlepool" ¶5 and on; "by Jonty Askew" ¶2, in Cyrillic
    Query("Энтони Гормли, Хартлпул и Джонти Аскью", "b9ebd3f4", "translit"),
    # "ПОЛЫНСК ВСПОМИНАЕТ ЛАЙКУ" ¶1; "«Спутник-2» стартовал с Байконура" ¶7, in Latin letters
    Query("Polynsk Laika Sputnik-2 Baikonur", "ce9f4666", "translit"),
    # "Вера Степановна Гуськова" ¶11; "руководителя клуба Андрея Петровича Сухова" ¶22–23, in Latin letters
    Query("Vera Stepanovna Guskova Andrei Petrovich Sukhov", "ce9f4666", "translit"),
    Query("Xiaogang cun da baogan", "a950b64b", "translit"),  # 小岗村 … "大包干" ¶1, ¶4 in pinyin without tones
    # 麦湾镇 ¶1, ¶9; 老会计周德顺 ¶9; （本报记者 林晓燕） ¶23 in pinyin
    Query("Maiwan zhen Zhou Deshun Lin Xiaoyan", "a950b64b", "translit"),
    # accents dropped: "La peregrinación … Villa Chacay … la exposición «Cien años del Cristo», con el cuaderno de
    # Quiroga" ¶15–18
    Query("peregrinacion Villa Chacay exposicion cuaderno de Quiroga", "1479bd6b", "translit"),
    # "Antony Gormley's Angel" ¶6, "Hartlepool" ¶5 and on, in Chinese characters
    Query("安东尼·葛姆雷 哈特尔浦", "b9ebd3f4", "translit"),
    # "Hendrix" ¶17, "Marc Bolan and T. Rex" ¶16, "Michael Eavis's Pop, Blues and Folk Festival" ¶15, in
    # Cyrillic
    Query("Хендрикс Марк Болан Майкл Ивис", "1ce0267a", "translit"),
    # "a great theodolite made by Jesse Ramsden" ¶5; "ARKENFIELD MAP WEEK" ¶1, in Cyrillic
    Query("Джесси Рамсден Аркенфилд", "b7e812dc", "translit"),
    # Russian
    Query("выставка «Лайка и её сёстры»", "ce9f4666", "russian"),  # "готовит выставку «Лайка и её сёстры»" ¶16–17
    # "узнав, что 11 апреля 2008 года в Москве открыли памятник Лайке" ¶13
    Query("памятник Лайке открыли в Москве 11 апреля 2008 года", "ce9f4666", "russian"),
    # "клуб юных космонавтов при Доме детского творчества" ¶16
    Query("клуб юных космонавтов при Доме детского творчества", "ce9f4666", "russian"),
    # "клуб провёл в парке первые «Звёздные старты» для собак и их хозяев" ¶19
    Query("«Звёздные старты» для собак и их хозяев", "ce9f4666", "russian"),
    # Spanish
    # "la estatua de bronce que mira desde el paso de la Cumbre" ¶4–5
    Query("la estatua de bronce en el paso de la Cumbre", "1479bd6b", "spanish"),
    # "había llegado en tren hasta el pie de la montaña y había subido en piezas a lomo de mula" ¶9–10
    Query("había subido en piezas a lomo de mula", "1479bd6b", "spanish"),
    Query("los chilenos y los nuestros se dieron la mano", "1479bd6b", "spanish"),  # Quiroga's notebook, ¶11–12
    # "Las inscripciones para la peregrinación se cierran el jueves 11 de marzo en la municipalidad" ¶25
    Query("las inscripciones para la peregrinación se cierran el jueves 11 de marzo", "1479bd6b", "spanish"),
    # Chinese
    Query("十八户农民按下红手印", "a950b64b", "chinese"),  # 小岗村十八户农民按下红手印 ¶4
    Query(
        "契约 收藏进了中国国家博物馆", "a950b64b", "chinese"
    ),  # 这张按满手印的契约，后来被收藏进了中国国家博物馆 ¶6–7
    Query("第一届麦收文化节 一万多人", "a950b64b", "chinese"),  # 第一届麦收文化节，来了一万多人 ¶17–18
    # "四十年变化"摄影展 ¶20; 把老照片送到文化站 ¶21
    Query("四十年变化 摄影展 老照片", "a950b64b", "chinese"),
    # Mentions and zero-width spaces
    # "A Poohsticks race … on the footbridge over the Fern brook" ¶14–15
    Query("@everyone Poohsticks race\u200b Fern brook footbridge", "882b1728", "mention-noise"),
    # "Club trip to the Kettering show … The minibus leaves the market square at 7am" ¶20
    Query("<@4412> Kettering show\u200b minibus market square", "d55618a4", "mention-noise"),
    # "HOLLYSHAW WOOD" ¶1; "Improvers' weekend (bring your own knives)" ¶9
    Query("<#902> Hollyshaw\u200b improvers' weekend", "4e916ed1", "mention-noise"),
    # "the Old Birchcombians are holding a tea in the village hall" ¶16–17
    Query("\u200b@here Old Birchcombians tea\u200b village hall", "71f2f154", "mention-noise"),
    # Typos
    Query("Arkenfeild Ordnence Survey", "b7e812dc", "typo"),  # "ARKENFIELD" ¶1, "the Ordnance Survey" ¶3 (2 + 1 edits)
    # "George Mallory and Andrew 'Sandy' Irvine" ¶6–7, "Everest" ¶5 (2, 1 and 1 edits)
    Query("Mallroy Irvin Everst", "357851c5", "typo"),
    Query("Guillemott Puffin Dunmalet", "03152ccd", "typo"),  # "'Puffin' and 'Guillemot'" ¶9, "DUNMALLET" ¶1
    # "Spindle Records … Owner Ted Hurrell" ¶5–6 (2 + 1 edits); the closing cutting names both too (3d0807d5 ¶25–27)
    Query("Spindel Records Hurrel", "630d4878", "typo", also=("3d0807d5", "1ce0267a")),
    # "PENSWORTH WARGAMES SOCIETY" ¶1; "the upstairs room of the Drovers' Arms" ¶5
    Query("Pensworh Wargames Drovers Arms", "d55618a4", "typo"),
    # Names
    Query("historian Ellen Strickland talks", "357851c5", "name"),  # "Talks by the historian Dr Ellen Strickland" ¶25
    Query("Nigel Treweek", "8342271e", "name"),  # "The trust's chairman, Nigel Treweek" ¶25
    # "Michael Eavis's Pop, Blues and Folk Festival at Worthy Farm" ¶15
    Query("Michael Eavis Worthy Farm", "1ce0267a", "name"),
    Query("Leonard Mountjoy", "22801e0a", "name"),  # "She met Leonard Mountjoy, a sound engineer" ¶14
    Query("Dr Priya Lomax", "b7e812dc", "name"),  # "talk, 'From Ramsden to the satellite', by Dr Priya Lomax" ¶12
    # Phrases
    Query("We didn't know we were at the start of something", "1ce0267a", "phrase"),  # Ted Hurrell, ¶18
    Query("Somebody in this village read it the same winter it came out", "882b1728", "phrase"),  # Mair Tallack, ¶8
    # "the steel makes its own rust coat and then stops rusting" ¶12
    Query("the steel makes its own rust coat and then stops rusting", "b9ebd3f4", "phrase"),
    Query("Misa en la cumbre, con nieve y mucho viento", "1479bd6b", "phrase"),  # Quiroga's notebook, ¶11
    Query("Happy birthday, big lass", "b9ebd3f4", "phrase"),  # ¶26
    # Questions
    # "the Board of Ordnance paid £373 14s for a great theodolite made by Jesse Ramsden" ¶5
    Query("how much did the Board of Ordnance pay for Ramsden's theodolite?", "b7e812dc", "question"),
    # "The Regal cinema in Market Street opened on Monday 15 November with 'Lost Horizon'" ¶11 (fifty years before
    # 1987)
    Query("when did the Regal cinema open and with what film?", "69099b39", "question"),
    # "The cliff railway carried 4,012 passengers on Sunday 3 August, beating last year's record of 3,650" ¶15–16 (the
    # Dunmallet Record of Thursday 7 August 1997, ¶13); the council's one-day record of 4,310 (03152ccd ¶19–20) is a
    # later year's
    Query("what was the cliff railway passenger record in August 1997?", "2877bd90", "question"),
    # "when the American climber Conrad Anker found Mallory's body on the north face" ¶20–21
    Query("who found Mallory's body on the north face?", "357851c5", "question"),
    Query("how much is a beginners' day of spoon carving?", "4e916ed1", "question"),  # "beginners' day £45" ¶17
    # "The Ellerholme Harriers held their first cross-country race on Saturday 16 November … The winner, J. Pickles"
    # ¶16–17
    Query("when did the Harriers hold their first cross-country race and who won?", "69099b39", "question"),
    # "The railway was last closed for repairs from 8 to 21 March 2005, after a winter storm damaged the lower station"
    # ¶25–26
    Query("why was the cliff railway closed in March 2005?", "03152ccd", "question"),
    Query("how many tonnes does Gormley's Angel weigh?", "b9ebd3f4", "question"),  # "it weighs two hundred tonnes" ¶6–7
    # "Spindle Records will close for good after thirty-six years" ¶25 (Coxbridge Echo, Friday 20 August 2021, ¶23)
    Query("when did Spindle Records close for good?", "3d0807d5", "question"),
    # "The trust that rebuilt it raised £310,000 in six years" ¶7–8
    Query("how much did the trust raise to rebuild the cliff railway?", "fbe985d1", "question"),
    # Topics
    # "Michael Eavis's Pop, Blues and Folk Festival at Worthy Farm, Pilton … 19 September 1970" ¶14–15
    Query("Pop, Blues and Folk Festival Worthy Farm Pilton 1970", "1ce0267a", "topic"),
    # "Methuen first published Winnie-the-Pooh" ¶1–2; "a tea chest of old stock found in the loft … a first edition"
    # ¶5–6
    Query("Winnie-the-Pooh first edition library loft", "882b1728", "topic"),
    # "The cliff railway will close … while both cars are rebuilt. The new steel frames arrived on 3 October" ¶23–24
    Query("cliff railway new steel frames both cars rebuilt", "8342271e", "topic"),
    # "the exhibition 'Arkenfield on the Map' in the Corn Exchange, including the parish's first large-scale plan,
    # published on 12 March 1886" ¶10–11
    Query("first parish large-scale plan 1886 exhibition Corn Exchange", "b7e812dc", "topic"),
    # "thirty years in the BBC's Birmingham studios … in The Archers" ¶4–6; "working on sound effects" ¶9
    Query("The Archers sound effects BBC Birmingham", "22801e0a", "topic"),
    # "The lift had stood idle since 2 September 1948, when the borough engineer condemned the winding gear" ¶6–7; the
    # council's release: "the Victorian lift had stood derelict for more than forty years" ¶10, "closed by the borough
    # in 1948" ¶24
    Query("Victorian lift condemned winding gear 1948 borough engineer", "fbe985d1", "topic", also=("03152ccd",)),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Ted Hurrell owns Spindle Records (630d4878, 3d0807d5); the Angel of the North is the blog's (b9ebd3f4)
    "Ted Hurrell Angel of the North",
    # Mair Tallack is Fernhatch's librarian (882b1728 ¶5, ¶20); the orienteering challenge is Arkenfield's (b7e812dc
    # ¶17)
    "Mair Tallack orienteering challenge",
    # Nigel Treweek chairs the trust in 2011 (8342271e ¶25); the brass band plays at the birthday weekend (03152ccd ¶7),
    # and "brass bands" are records Spindle stocks (630d4878 ¶6)
    "Nigel Treweek brass band",
    # Harriet Pomfrey is Birchcombe's first teacher (71f2f154 ¶15, ¶21); the Poohsticks race is Fernhatch's (882b1728)
    "Miss Pomfrey Poohsticks race",
    # Walter Bainbridge founded the Ravelsgill Fell Club (357851c5 ¶19); the Corn Exchange is Arkenfield's (b7e812dc)
    "Walter Bainbridge Corn Exchange",
    # Colin Pettifer organises the Poohsticks race (882b1728 ¶15); spoon carving is Hollyshaw Wood's (4e916ed1)
    "Colin Pettifer spoon carving",
    # Rhona Tighe chairs the leisure committee (03152ccd ¶14); the regatta weekend is in the 1997 cutting (2877bd90 ¶17)
    "Councillor Tighe regatta weekend",
    "Askew's blog Everest expedition",  # Jonty Askew writes the Angel blog (b9ebd3f4 ¶2); Everest is 357851c5's
    # Anjali Varsani runs the painting workshop (d55618a4 ¶13); Hartlepool is b9ebd3f4's
    "Varsani painting workshop Hartlepool",
    # Cyril Dewhirst managed the Regal in 1937 (69099b39 ¶12); the Damsons are Coxbridge's band (630d4878, 3d0807d5)
    "Mr Dewhirst Damsons single",
    # "Easter campaign weekend: Saturday 7 and Sunday 8 April" (d55618a4 ¶15–16); no referee (Martin Hebblewhite
    # referees the bank holiday game, ¶19)
    "who refereed the Easter campaign weekend?",
    # "the home game against Kelsay Athletic, which the Rovers lost 1-3" (69099b39 ¶6); no scorer
    "who scored for Ellerholme Rovers against Kelsay Athletic?",
    # "the Damsons will sign copies of their first single" (630d4878 ¶6–7); no title anywhere
    "title of the Damsons' debut record",
    # "switched on by the mayor" (69099b39 ¶5); the mayor is not named
    "who was the mayor who switched on the Brook Lane floodlights?",
    # "Tickets for the sunrise walk … went on sale on 9 January and were gone in a day" (b9ebd3f4 ¶19–20); no price
    "price of a ticket for the Angel sunrise walk",
    # the exhibition "Arkenfield on the Map" and its opening hours (b7e812dc ¶10, ¶20); no entry charge
    "how much does the Arkenfield exhibition cost to enter?",
    # "The Lantern and the Star", performed on 14 and 15 December (71f2f154 ¶8–9); no cast size
    "how many children were in the Birchcombe Christmas play?",
    # "Mrs J. Arkwright, Head Teacher" signs the letter (71f2f154 ¶30); no date of appointment
    "when was Mrs J. Arkwright appointed head teacher?",
    "how old was Noel Odell in 1924?",  # "the geologist Noel Odell" (357851c5 ¶4, ¶24); no age
    # "the club dinner on Friday 7 June" (357851c5 ¶30); no numbers ("the club expects its biggest turnout", ¶25, is
    # the beacon's)
    "how many people came to the Ravelsgill club dinner?",
    "what did Thea Mountjoy's sons do for a living?",  # "her sons, Peter and Michael" (22801e0a ¶23–24); no trades
    # "The cliff railway will close … while both cars are rebuilt" (8342271e ¶23); no cost (the £310,000 the trust
    # raised is 1989's, fbe985d1 ¶7)
    "how much did rebuilding both cliff railway cars cost in 2011?",
    # only the free birthday rides (03152ccd ¶12); no fare anywhere
    "what is the fare on the Dunmallet cliff railway?",
    # "Family afternoon … 2 August" (4e916ed1 ¶10); only the beginners' days have hours (¶8)
    "what time does the Hollyshaw family afternoon start?",
    # "Club trip to the Kettering show: Saturday 19 May. The minibus leaves … at 7am" (d55618a4 ¶20); a day trip, no
    # hotel
    "which hotel does the Pensworth club stay at for the Kettering show?",
    # Arkenford is not in the corpus (3 edits from Arkenfield, b7e812dc, ARKENFIELD MAP WEEK)
    "Arkenford map week",
    # Dunmore is not in the corpus; the cliff lift that opened in 1893 is Dunmallet's ("The original lift opened on
    # 1 August 1893", 03152ccd ¶24)
    "Dunmore cliff lift opening 1893",
    # Scarborough is not in the corpus; Dunmallet's cliff railway marks thirty years of restoration (03152ccd), and its
    # lift opened in 1893 (¶24), no centenary
    "Scarborough cliff railway centenary",
    # Coniston is not in the corpus; the fell club and its beacon are Ravelsgill's (357851c5)
    "Coniston fell club beacon",
    "Kendal spoon carving course",  # Kendal is not in the corpus; the spoon carving courses are Hollyshaw Wood's
    # the exhibition «Лайка и её сёстры» (ce9f4666 ¶16–17): dates and opening hour, no price
    "цена билета на выставку «Лайка и её сёстры»",
    # Gagarin is not in the corpus; the flight is Laika's (ce9f4666 ¶16), and "12 апреля" is the model's date (¶20)
    "Полынск полёт Гагарина",
    # "la estatua de bronce" (1479bd6b ¶4); no weight
    "¿cuánto pesa el Cristo Redentor de los Andes?",
    # "miles de personas subieron a la cumbre para ver bendecir la imagen" (1479bd6b ¶8); no priest named
    "¿quién ofició la misa en la cumbre en 1904?",
    "小岗村 十八户 户主 名字",  # 小岗村十八户农民 (a950b64b ¶4, ¶6); no names
    "麦收文化节 门票 价格 多少钱",  # 第一届麦收文化节 (a950b64b ¶17–18); no tickets
    "文化站 放映 纪录片 名字",  # 镇文化站将于11月23日晚放映纪录片 (a950b64b ¶15); no title
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind122/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
