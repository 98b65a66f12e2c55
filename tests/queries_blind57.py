"""A fifty-seventh lookup query set: the BLIND set of the twenty-eighth round, RICH IN UNANSWERABLE QUERIES.
It was written in the twenty-seventh round by a writer who reported its counts only (by kind and corpus),
never its queries, names or subjects, and it is committed unscored: it is scored once, at the end of the
twenty-eighth round, by people who have not seen it; nobody reads it or tunes on it before then (once it
has been scored, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind55.py, and
  tests/queries_blind56.py, written at the same time as this one, were not opened and are not part of
  the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, a few stop words left out)
  with every earlier query, and with the earlier queries of this set, while the set was being written;
  a query sharing more than half of its words with any one of them was replaced. The seeds have been
  queried some seven thousand times by now, so most of these seed queries join passages or names that
  no earlier query joined, and many had to be rewritten more than once.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind69/docs, copied as ONE
  corpus into a subfolder blind69/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 5 + 9 (another script or romanisation than the text: Latin
names written in Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them,
Latin letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 3 (1–2 edits), name 2 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3:
35 + 48 answerable, and 20 + 30 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article); a question
in the corpus's own words about something it does not say (who won, played, directed, published or
gave; when someone arrived, died or went home; how many, how tall, how long, how old, what time, what
it cost); a place or person the corpus does not hold but spelled close to one it does (two or more
edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one or more words with
its corpus on purpose (in another script for some of the seeds' ones), and every article holding those
words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets) holds all of the query's words.

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

# The new-documents corpus is assembled by copying tests/gold/blind69/docs/* into ONE temporary
# corpus folder under the subfolder blind69/: files are then "blind69/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind69/docs",)
NEWDOCS_SUBDIRS = ("blind69",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "b1fe5f77": "OBITUARIES",
    "8cb1738e": "COLDMARSH DISTRICT COUNCIL",
    # en_haddleby_chronicle_digest.txt, split by the loader: the header (¶1), the first cutting (¶5–9), the
    # second (¶13–18), the third (¶22–27); the "=====" rules (¶2, ¶10, ¶19, ¶28) and the datelines (¶4, ¶12,
    # ¶21) belong to none of them
    "ce02f7d2": "THE HADDLEBY CHRONICLE: PANTOMIME SEASONS IN THREE CUTTINGS",
    "3caf5071": "ALADDIN COMES TO THE TOWN HALL",
    "22f8b476": "PANTO SAVED AFTER HALL ROOF SCARE",
    "a74c3cbc": "SIXTY YEARS OF HADDLEBY PANTO",
    "797b3d07": "LADYSMOCK MEADOW",
    "e5193869": "Notes from a Back Bedroom",
    "9fe7c358": "THE PENDLEFORD POST",
    "f1232145": "POLLARDINE PRIMARY SCHOOL",
    "fb33d612": "QUARRELL GREEN STATION REOPENS AFTER FORTY YEARS",
    "bacf8dce": "SALTRIGG AND THE SUEZ CANAL: 150 YEARS ON",
    "ff2b080a": "TENTERBY HANDBELL RINGERS",
    "d78055be": "TULLINGFORD CORN EXCHANGE",
    # en_tullingford_gazette_digest.txt, split by the loader: the header (¶1–2), the first cutting (¶5–10), the
    # second (¶14–19), the third (¶23–28); the datelines (¶4, ¶13, ¶22) and the "-----" rules (¶11, ¶20, ¶29)
    # belong to none of them
    "8caa6698": "THE TULLINGFORD GAZETTE: THE CORN EXCHANGE IN THREE CUTTINGS",
    "273887ac": "CORN EXCHANGE TO CLOSE AS LAST MERCHANTS LEAVE",
    "f80a6b07": "ARTS CENTRE OPENS IN OLD GRAIN HALL",
    "4d7c83c4": "EXCHANGE TO REOPEN AFTER STORM REPAIRS",
    "af98350b": "GACETA MUNICIPAL DE SAN JERÓNIMO TLACUILO",
    "36c660ca": "СНЕГИРЁВСКИЙ ВЕСТНИК",
    "74e43a9a": "云溪日报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Queen Mother Norodom Monineath Sihanouk arrived in Beijing … far ahead of others" ¶235; "combat online
    # gambling and telecom fraud" ¶247
    Query("Monineath far ahead of others online gambling", "5a5d8582", "cross-paragraph"),
    # "Jodie Evans (Co-founder of Code Pink)" ¶365 (the speakers' list, ¶363–369, is one block); "VE or Victory in
    # Europe Day" ¶359
    Query("Jodie Evans Victory in Europe", "d89fdf72", "cross-paragraph"),
    # "maintain peace and tranquility in the China-Myanmar border region, and ensure the safety and security of
    # Chinese personnel" ¶417; Guterres ¶405–409
    Query("Myanmar border region Chinese personnel Guterres", "26d64f12", "cross-paragraph"),
    # "to work with Gung Ho [the Chinese Industrial Cooperatives]" ¶497; the Daily Worker's "plain case of
    # aggression" ¶507
    Query("Chinese Industrial Cooperatives plain case of aggression", "ac7222d4", "cross-paragraph"),
    # "the multidimensional connectivity network across the region" ¶433; "a garden of civilisations" ¶439
    Query("multidimensional connectivity network garden of civilisations", "9e49ddff", "cross-paragraph"),
    # Word forms: the text has another form
    # "Known as the 'Flying Scotsman' … the Olympic champion who once stunned the world" ¶285 (stunned → stunning)
    Query("the Flying Scotsman stunning the world", "7ab1f62c", "word-form"),
    # "The sixty-odd peasant and refugee kids who carried him out to his grave" ¶497 (carried → carrying)
    Query("peasant and refugee kids carrying Hogg to his grave", "ac7222d4", "word-form"),
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" ¶329 (robots → robot,
    # entregar → entrega)
    Query("un robot entrega comida a tu cuarto", "dde32893", "word-form"),
    # "remember history, honour fallen heroes, cherish peace" ¶379/391
    Query("Xi honouring fallen heroes and cherishing peace", "38a7d84f", "word-form"),
    # Another script or romanisation
    # "South African President Cyril Ramaphosa … Iranian President Masoud Pezeshkian" ¶451 in Cyrillic
    Query("Сирил Рамафоса Масуд Пезешкиан", "e065690c", "translit"),
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as the legendary Chinese communist Chen Hansheng"
    # ¶491 in Chinese characters
    Query("乔纳森·莱斯·梅耶斯 周润发", "ac7222d4", "translit"),
    # Nhân Dân's list of guests: "Miguel Díaz-Canel Bermúdez" ¶155, "Igor Sergeenko" ¶157, in Cyrillic
    # (d807680a ¶85 has Díaz-Canel, not Sergeenko)
    Query("Мигель Диас-Канель и Игорь Сергеенко", "20f574be", "translit"),
    # "Kazakhstan President Kassym-Jomart Tokayev" ¶405, "Egyptian Prime Minister Mostafa Madbouly" ¶405/411–413,
    # in Cyrillic
    Query("Касым-Жомарт Токаев и Мостафа Мадбули", "26d64f12", "translit"),
    # "the New Zealand internationalist Rewi Alley" ¶495–499; "Michael Lindsay, later 2nd Baron Lindsay of
    # Birker" ¶501; in Cyrillic
    Query("Реви Алли Майкл Линдси", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic)
    # "Vice President Delcy Rodríguez" and "Chinese Ambassador Lan Hu" ¶33/53
    Query("Делси Родригес и Лан Ху", "f78fdcd6", "russian"),
    # "Luiz Inácio Lula da Silva … Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451
    Query("Лула и Халид бин Мухаммед", "e065690c", "russian"),
    # Spanish
    # "JISCO incluso tiene una granja lechera y una vinatera con la bodega de vino techada más grande de Asia" ¶335
    Query("granja lechera y bodega de vino", "dde32893", "spanish"),
    # "los trabajadores se reunían en la plaza para hacer baile/ejercicio por las mañanas" ¶323
    Query("trabajadores se reunían en la plaza para hacer ejercicio", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "as Vietnamese communist leader Ho Chi Minh once described it" ¶63 (the Mausoleum ¶75); "Chairman of the
    # National Assembly of Vietnam Tran Thanh Man" ¶65
    Query("胡志明 陈青敏", "362ba691", "chinese"),
    # "Radhika Desai (International Manifesto Group), Moderator" ¶369; "Chen Weihua (Former EU bureau chief of
    # China Daily)" ¶364
    Query("拉达·德赛 陈卫华", "d89fdf72", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Slovak Prime Minister Robert Fico" ¶13; "the only member state of NATO and the EU" ¶21
    Query("<#770> Robert Fico\u200b NATO", "faecd2e1", "mention-noise"),
    # "established by President Kaysone Phomvihane and President Fidel Castro" ¶167; "the Lao PDR" ¶163–167
    Query("@channel Kaysone Phomvihane\u200b Lao PDR", "20f574be", "mention-noise"),
    # Typos (1–2 edits)
    # "President Lukashenko noted … China now faces an even brighter prospect" ¶265
    Query("Lukashenk brighter prospect", "0e5d6094", "typo"),
    # "King Norodom Sihamoni" ¶235–241; "met with the King and the Queen Mother at Zhongnanhai" ¶237
    Query("Sihamonni Zhongnanhai", "5a5d8582", "typo"),
    # "Pakistani Prime Minister Shehbaz Sharif" ¶211; "through Belt and Road cooperation" ¶213 (Belt and Road also in
    # d807680a ¶91 and 9e49ddff ¶433/438, without Shehbaz)
    Query("Shehbaz Sharrif Belt and Road", "3a9fa4ed", "typo"),
    # Names
    # "Russian President Vladimir Putin and Mongolian President Khurelsukh Ukhnaa" ¶187 (Putin also in 424ab945,
    # b39d8185, e065690c and eca32116, without Khurelsukh)
    Query("Khurelsukh Ukhnaa Vladimir Putin", "c061f0a1", "name"),
    # Nhân Dân's list of guests: "Samdech Techo Hun Sen" ¶154; "Vladimir Vladimirovich Yakushev" ¶158
    Query("Hun Sen Vladimir Yakushev", "20f574be", "name"),
    # Phrases
    # "the Chinese people stood up to fight the formidable enemy with an iron will" ¶381
    Query("stood up to fight the formidable enemy with an iron will", "38a7d84f", "phrase"),
    # "Some films dealing with the war in China either used the usual racist stereotypes or actors in 'yellow face'"
    # ¶113/129
    Query("the usual racist stereotypes or actors in yellow face", "ccf1d4fa", "phrase"),
    # Questions
    # "Around 400 military personnel from the armed forces of China, Russia, Laos, and Cambodia took part in the
    # military parade" ¶77
    Query(
        "how many troops from China, Russia, Laos and Cambodia joined the Vietnamese parade?", "362ba691", "question"
    ),
    # "on the rostrum of Tienanmen Square, denoting their status as the chief guests among 26 heads of state and
    # government" ¶219
    Query("how many heads of state and government were chief guests at Tienanmen?", "eca32116", "question"),
    # "distancing itself from symbols like the Yasukuni Shrine" line 41
    Query("which shrine should Japan distance itself from?", "b39d8185", "question"),
    # Topics
    # "Uzbekistan fully supports the Global Governance Initiative (GGI) … and promote a more just and equitable
    # international order" ¶209
    Query("Global Governance Initiative Uzbekistan equitable international order", "3a9fa4ed", "topic"),
    # "Discussions at Fudan University reflected growing confidence in the concept of Chinese socialism" ¶541
    Query("Fudan University confidence in Chinese socialism", "6710eba1", "topic"),
    # "cooperation in science, technology and innovation in the fields of cybersecurity, … food production and
    # agrotechnology" ¶105
    Query("Cuba science technology innovation cybersecurity agrotechnology", "d807680a", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Madbouly met Xi in Tianjin (26d64f12 ¶405, ¶411–413); Egypt's voice at the BRICS summit is El-Sisi's
    # (e065690c ¶451)
    "Mostafa Madbouly BRICS speech",
    # Jodie Evans is a webinar speaker (d89fdf72 ¶365); she is not on the delegation that went to Dunhuang
    # (dde32893 ¶305–307, 6710eba1 ¶537–547)
    "Jodie Evans Dunhuang delegation",
    "how tall is the monument Maduro inaugurated?",  # f78fdcd6 ¶33/55: the monument is inaugurated; no height
    "when did Michael Lindsay arrive in China?",  # Michael Lindsay (ac7222d4 ¶501): no date of arrival
    # "the operation of the China-Laos Railway" (20f574be ¶139/179); no fare, and Vientiane is never named
    "China-Laos Railway ticket price Vientiane",
    "¿cuánto duró el vuelo a Shanghái?",  # "tu puerta de embarque y vuelo" (dde32893 ¶329); no flight time
    # "nuestros guías nos dijeron" (dde32893 ¶345); no guide is named
    "¿cómo se llama el guía del Centro del Partido en Jiayuguan?",
    "¿cuántas botellas produce la bodega de JISCO?",  # the "bodega de vino techada" (dde32893 ¶335); no output
    # the Minyuan Stadium, "one of Asia's most advanced sporting venues" (7ab1f62c ¶291); no capacity
    "how many spectators could the Minyuan Stadium hold?",
    # "Shortly afterwards, Xi hosted a lunch in the Great Hall of the People" (38a7d84f ¶385); no clock time
    "what time did Xi's lunch for foreign guests begin?",
    # "in his memoir, 'Aid China – 1937-1949', published in 1989" (ac7222d4 ¶515); no publisher
    "who published Arthur Clegg's memoir?",
    # Jiayuguan (dde32893 ¶307/335/345); no population (e065690c ¶459's population is the BRICS countries')
    "population of Jiayuguan",
    # Yanji is 2 edits from Yan'an (3 with its apostrophe), where the delegates "explored revolutionary history"
    # (6710eba1 ¶535)
    "Yanji revolutionary history",
    # Dunhua is 2 edits from Dunhuang (dde32893, 6710eba1); no ginseng, and "market" is only in 0e5d6094 ¶261 and
    # e065690c ¶463
    "Dunhua ginseng market",
    "金与正 北京",  # Kim Jong Un's Beijing visit (eca32116); his sister is never named
    "白求恩国际和平医院",  # Norman Bethune (7ab1f62c ¶275); no hospital is named
    "Лавров и Чхве Сон Хи",  # Lavrov at Wonsan (097182f6 line 7); Choe Son Hui is never named
    # "delivered a speech entitled 'Forging Ahead in Solidarity and Cooperation'" (e065690c ¶449); no length
    "how long did Xi's BRICS speech last?",
    "Лукашевич Беларусь",  # Лукашевич is 3 edits from Лукашенко (Lukashenko, 0e5d6094 ¶263–265, in Cyrillic)
    # Keith Bennett at the symposium on September 2 and the Tsinghua forum on September 4 (ac7222d4 ¶475); no
    # journey home
    "when did Keith Bennett fly home from the Tsinghua forum?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Louis Washkansky" ¶17; "Pellworth Methodist chapel" ¶12/30; "the British Heart Foundation" ¶31
    Query("Washkansky Methodist chapel British Heart Foundation", "b1fe5f77", "cross-paragraph"),
    # "the Hobb Lane roundabout" ¶7; "the Investiture of the Prince of Wales at Caernarfon" ¶12–13; "the bascules
    # rising" ¶23
    Query("Hobb Lane Caernarfon bascules", "9fe7c358", "cross-paragraph"),
    # "the lottery grant of 2009" ¶6; "The Northern Handbell Rally is at Kelwick" ¶17–18; "until the tug-of-war"
    # ¶23
    Query("lottery grant Kelwick tug-of-war", "ff2b080a", "cross-paragraph"),
    # "Norman Pettifer, 51, who cut the ribbon" ¶8; "Last year's public inquiry at Castlebrook" ¶13; "Its
    # chairman, Ray Tolley" ¶26
    Query("Norman Pettifer public inquiry Ray Tolley", "fb33d612", "cross-paragraph"),
    # "Зоя Петровна Кулагина" ¶11; "Ирина Сомова" ¶25; "готовится фотовыставка" ¶28
    Query("Кулагина Сомова фотовыставка", "36c660ca", "cross-paragraph"),
    # 退休挡车工周桂兰 ¶11; 新的数码印花车间投产 ¶17; 开工建设第二厂区 ¶26
    Query("周桂兰 数码印花车间 第二厂区", "74e43a9a", "cross-paragraph"),
    # Word forms
    # "will resurface Mill Lane, Sheaf Street and the Market Square … ready for the Diamond Jubilee weekend" ¶7–8
    # (resurface, resurfaced → resurfacing)
    Query("resurfacing the Market Square for the Diamond Jubilee", "8cb1738e", "word-form"),
    # "On 19 November 1869 he wrote to his sister" ¶14–15 (wrote → writes, irregular)
    Query("Crabtree writes to his sister", "bacf8dce", "word-form"),
    # "they sat up to watch him sworn in as president in Pretoria" ¶18–19 (sworn → swearing, irregular)
    Query("Mandela swearing in at Pretoria", "e5193869", "word-form"),
    # "The last three grain merchants cleared their stands at the Corn Exchange" ¶6 (merchants → merchant,
    # cleared → clearing, stands → stand)
    Query("the last grain merchant clearing his stand", "273887ac", "word-form"),
    # "Смотрели всей семьёй у Лыковых, наш телевизор сломался" ¶13 (сломался → сломанный)
    Query("сломанный телевизор у Лыковых", "36c660ca", "word-form"),
    # "la atleta Enriqueta Basilio … se convirtió en la primera mujer en encender el pebetero olímpico" ¶7–9
    # (encender → encendió)
    Query("Enriqueta Basilio encendió el pebetero", "af98350b", "word-form"),
    # Another script or romanisation
    Query("Агата Веннор", "b1fe5f77", "translit"),  # "Agatha Vennor, theatre sister" ¶2 (also ¶5) in Cyrillic
    # "Christiaan Barnard" ¶6 (also ¶16) and "Louis Washkansky" ¶17 in Chinese characters
    Query("巴纳德 沃什坎斯基", "b1fe5f77", "translit"),
    # "Пенсионерка Зоя Петровна Кулагина" ¶11 and Снегирёвск ¶11 (СНЕГИРЁВСКИЙ ¶1) in Latin letters
    Query("Zoya Kulagina Snegiryovsk", "36c660ca", "translit"),
    Query("Zhou Guilan", "74e43a9a", "translit"),  # 退休挡车工周桂兰 ¶11 in pinyin
    # 厂长陈志远 ¶26 and 云溪 ¶1/4/10/26–27 in pinyin
    Query("Chen Zhiyuan Yunxi", "74e43a9a", "translit"),
    Query("Энрикета Басилио", "af98350b", "translit"),  # "la atleta Enriqueta Basilio" ¶7–8 in Cyrillic
    Query("Rosendo Tellez", "af98350b", "translit"),  # accents dropped: "Rosendo Téllez" ¶11
    Query("Джосайя Крабтри", "bacf8dce", "translit"),  # "Josiah Crabtree, a Saltrigg boilermaker's son" ¶9
    # "Nelson Mandela" ¶5 and "De Klerk on the news" ¶12 in Chinese characters
    Query("曼德拉 德克勒克", "e5193869", "translit"),
    # Russian
    # "2 и 3 января пройдёт конкурс на лучшее исполнение песен из него" ¶20 (the film ¶7–9, ¶19)
    Query("конкурс на лучшее исполнение песен из фильма", "36c660ca", "russian"),
    # "очередь за билетами, по словам Зои Петровны, стояла до самой почты" ¶15–16
    Query("очередь за билетами до самой почты", "36c660ca", "russian"),
    # "Дом культуры отметит и собственное 60-летие" ¶27
    Query("Дом культуры отметит 60-летие", "36c660ca", "russian"),
    # Spanish
    # "el club organizó su primera carrera de diez kilómetros … Don Rosendo … dio la salida desde el kiosco"
    # ¶18–20
    Query("carrera de diez kilómetros desde el kiosco", "af98350b", "spanish"),
    # "una semana olímpica … con exposiciones de fotografías y carteles de la época" ¶22–23
    Query("semana olímpica con exposiciones de fotografías y carteles", "af98350b", "spanish"),
    # "el club recibirá además el encuentro estatal de atletismo juvenil" ¶29–30
    Query("encuentro estatal de atletismo juvenil", "af98350b", "spanish"),
    # Chinese
    Query("工厂开放日 三千多名市民", "74e43a9a", "chinese"),  # 第一次举办"工厂开放日"，两天接待了三千多名市民 ¶19
    Query("厂史展 老职工座谈会", "74e43a9a", "chinese"),  # 工厂将举办厂史展 ¶22; 老职工座谈会 ¶23
    # 厂里果然接到了第一张直接出口的订单：两万米白坯布 ¶13
    Query("直接出口的订单 两万米白坯布", "74e43a9a", "chinese"),
    # Mentions and zero-width spaces
    # "EXCHANGE TO REOPEN AFTER STORM REPAIRS" ¶23; "Manager Asha Frears" ¶26
    Query("<@1187> Asha Frears\u200b storm repairs", "4d7c83c4", "mention-noise"),
    # "Our Apple Day, with juice pressing and a scything demonstration" ¶23
    Query("<#812> scything demonstration\u200b Apple Day", "797b3d07", "mention-noise"),
    # "Our harvest assemblies will be on 8 and 9 October" ¶15; "Mrs Judith Carrow, Headteacher" ¶31–32
    Query("<#5521> Judith Carrow\u200b harvest assemblies", "f1232145", "mention-noise"),
    # Typos
    # "LADYSMOCK MEADOW" ¶1 (also ¶4); "green-winged orchids" ¶5
    Query("Ladysmok Meadow orchids", "797b3d07", "typo"),
    # "SIXTY YEARS OF HADDLEBY PANTO" ¶22; "The 60th anniversary show, Mother Goose" ¶25–26
    Query("Hadleby Mother Goose", "a74c3cbc", "typo"),
    Query("Pendlford bypass", "9fe7c358", "typo"),  # "The long-awaited Pendleford bypass was opened" ¶6
    # Names
    Query("Priya Nandakumar", "bacf8dce", "name"),  # "said the curator, Priya Nandakumar" ¶23–24
    Query("George Thursby", "273887ac", "name"),  # "George Thursby, 74, who first traded in the hall as a boy" ¶8
    # Phrases
    Query("roof still leaks, but the town has a stage again", "d78055be", "phrase"),  # ¶7–8
    # "our correspondent described the bascules rising 'like the arms of a giant at prayer'" ¶23
    Query("like the arms of a giant at prayer", "9fe7c358", "phrase"),
    Query("Cannot sleep. It beat on its own.", "b1fe5f77", "phrase"),  # the diary entry ¶19
    # Questions
    # "said Norman Pettifer, 51, who cut the ribbon" ¶8
    Query("who cut the ribbon at Quarrell Green station?", "fb33d612", "question"),
    # "Work on the £2.1m conversion began on 2 October 2006" ¶17 (the Corn Exchange "reopened as an arts centre"
    # ¶15)
    Query("what did the Tullingford arts centre conversion cost?", "f80a6b07", "question"),
    # "Tickets go on sale at Pryor's music shop on Monday 4th" ¶8
    Query("when do tickets for Aladdin go on sale?", "3caf5071", "question"),
    # "the thirty-one children who joined our Reception class on Thursday 3rd" ¶8–9
    Query("how many children joined the Pollardine Reception class?", "f1232145", "question"),
    # Topics
    # "the 150th anniversary of the opening of the Suez Canal, Saltrigg Maritime Museum will open a small
    # exhibition" ¶4–5
    Query("Saltrigg exhibition Suez Canal anniversary", "bacf8dce", "topic"),
    # "the Gorsemoor anti-apartheid group … is meeting again this Saturday" ¶22–23; Mandela ¶5, ¶12
    Query("anti-apartheid group meeting Mandela", "e5193869", "topic"),
    # "The society's Cinderella will go ahead after all. Builders finished emergency repairs to the town hall roof
    # … the council's surveyor signed the hall off" ¶14–16
    Query("Cinderella surveyor town hall roof", "22f8b476", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Priya Nandakumar is the Saltrigg museum's curator (bacf8dce ¶23–24); the handbell rally is the Tenterby
    # ringers' (ff2b080a ¶17–19)
    "Priya Nandakumar handbell rally",
    # Sunita Bagshaw is Coldmarsh's cabinet member for highways (8cb1738e ¶18); the pantomimes are Haddleby's
    # (3caf5071, 22f8b476, a74c3cbc), where she does not appear
    "Sunita Bagshaw pantomime",
    # Asha Frears manages the Corn Exchange (4d7c83c4 ¶26); Apple Day is Ladysmock Meadow's (797b3d07 ¶23)
    "Asha Frears Apple Day",
    # Margaret Tillyard is the handbell ringers' secretary (ff2b080a ¶22, ¶29); Mother Goose is Haddleby's (a74c3cbc
    # ¶25–26)
    "Margaret Tillyard Mother Goose",
    # Agatha Vennor sailed for Cape Town (b1fe5f77 ¶12–13), by no route the text names; the Suez Canal is Saltrigg's
    # (bacf8dce)
    "Агата Веннор Суэцкий канал",
    # Ray Tolley chairs the Quarrell Green users' group (fb33d612 ¶26); Tower Bridge is in the Pendleford Post's
    # files (9fe7c358 ¶22–24)
    "Ray Tolley Tower Bridge",
    "what time is the Aladdin matinee?",  # "with an extra matinee on the 30th" (3caf5071 ¶8); no time
    # "Our spring concert is on Saturday 16 March at St Ebba's, doors at 7pm" (ff2b080a ¶13); no price
    "how much is a ticket for the Tenterby spring concert?",
    # "opened on Friday 29 June by the county council chairman" (9fe7c358 ¶6); he is not named
    "who was the county council chairman who opened the Pendleford bypass?",
    "who was Washkansky's heart donor?",  # "placed a donor heart in the chest of Louis Washkansky" (b1fe5f77 ¶17)
    # "Volunteers are needed on 6 and 7 June to count the orchid spikes" (797b3d07 ¶13); no tally
    "how many orchid spikes were counted at Ladysmock Meadow?",
    # Cinderella's run (22f8b476 ¶14–16); only last year's Snow White has a ticket count (¶17)
    "how many tickets did Cinderella sell?",
    "what will the Coldmarsh Market Square resurfacing cost?",  # the release (8cb1738e) gives dates, no sum
    # Josiah Crabtree (bacf8dce ¶9–21) "spent the rest of his working life at the Tarnside slipway"; no death
    "when did Josiah Crabtree die?",
    # "a lantern-lit evening opening is planned for the week before Christmas" (bacf8dce ¶28–29); no time
    "what time does the Saltrigg lantern-lit evening opening start?",
    "who played Aladdin in 1995?",  # the society stages Aladdin (3caf5071 ¶6); no cast is named
    # "the thirty-one children who joined our Reception class" (f1232145 ¶8–9); no roll for the school
    "how many pupils are there at Pollardine Primary?",
    # "Film: The Exchange Years (a community film, free)" (d78055be ¶15); no director
    "who directed The Exchange Years film?",
    # Pellingworth is 3 edits from Pellworth, whose "Pellworth and District Hospital" Agatha ran (b1fe5f77 ¶22)
    "Pellingworth District Hospital",
    # Tullingham is 4 edits from Tullingford, whose old grain hall reopened with a concert (f80a6b07 ¶15–16)
    "Tullingham grain hall concert",
    "Quarrendon halt",  # Quarrendon is 4 edits from Quarrell, whose halt Norman left as a boy (fb33d612 ¶10)
    # Снежинск is 4 or more edits from Снегирёвск, whose cinema «Заря» showed the film (36c660ca ¶14–16)
    "Снежинск кинотеатр",
    "Saltburn Maritime Museum",  # Saltburn is 4 edits from Saltrigg, whose Maritime Museum is bacf8dce's
    # the song contest is on 2 and 3 January (36c660ca ¶20), still to come; last year's evening (¶23) had none
    "кто победил в конкурсе песен в прошлом году?",
    # "С 28 декабря по 3 января в малом зале каждый день будут показывать фильм" (36c660ca ¶19); no time
    "во сколько начинается показ фильма в малом зале?",
    # "el club organizó su primera carrera de diez kilómetros" (af98350b ¶18–20); no winner
    "¿quién ganó la primera carrera del club de atletismo?",
    # Enriqueta Basilio lit the cauldron (af98350b ¶7–9); her age is never given (the nineteen years are Rosendo's)
    "¿cuántos años tenía Enriqueta Basilio en 1968?",
    "第一张订单的意大利客户是谁",  # 第一张直接出口的订单……发往意大利 (74e43a9a ¶13): no customer is named
    "第二厂区 投资多少",  # 开工建设第二厂区 (74e43a9a ¶26); no sum
    "周桂兰 退休时多大年纪",  # 退休挡车工周桂兰 (74e43a9a ¶11); no age
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind69/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
