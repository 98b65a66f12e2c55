"""A hundred-and-fourth lookup query set, for tuning ranking (written in the fifty-second session): a TUNING set,
not a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample), as in blind56.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind103.py and tests/queries_blind105.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query, and with the earlier queries of this set, while the set was being written; a query sharing
  more than half of its words with any one of them was replaced. The seeds have been queried some
  fourteen thousand times by now, so most of these seed queries join names or passages that no earlier
  query joined, and about four in five of the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind116/docs, copied as ONE
  corpus into a subfolder blind116/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, pinyin and Wade-Giles for the
text's other romanisations, Latin letters for Cyrillic and Chinese names, pinyin without tones, accents
dropped), russian 1 + 3, spanish 2 + 3, chinese 1 + 3, mention-noise 2 + 3 (Discord/Telegram mentions
and zero-width spaces around the real words), typo 4 + 3 (1–2 edits a word), name 2 + 2, phrase 2 + 3,
question 3 + 4, topic 2 + 3: 35 + 48 answerable, and 21 + 30 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a person or subject of another article, or
of the same article but another passage); a question in the corpus's own words about something it does
not say (who made, founded, conducts or accompanied; when someone became head gardener or married, when
a giant was first cut; how many days, years or missionaries, what it cost, which hotel, what a
grandfather, a pigeon or a submersible's pilot was called); a place the corpus does not hold but spelled
close to one it does (two or more edits from anything real in it); Russian, Spanish and Chinese ones.
Each shares one or more words with its corpus on purpose (in another script for some of the seeds'
ones), and every article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind116/docs/* into ONE temporary
# corpus folder under the subfolder blind116/: files are then "blind116/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind116/docs",)
NEWDOCS_SUBDIRS = ("blind116",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "b16f34e7": "DRENNOCK BOROUGH COUNCIL",
    # en_drennock_examiner_digest.txt, split by the loader into three cuttings: the floral clock's opening (¶4–8),
    # the Land Rover rally (¶13–16), the new motor (¶21–24); the header (¶1), the datelines (¶3, ¶12, ¶20) and
    # the "----------" rules belong to none of them
    "de081fce": "FLORAL CLOCK STRIKES TWELVE",
    "1ab41fee": "LAND ROVERS ROLL IN FOR THE FIFTIETH",
    "511087c3": "CLOCK BACK ON TIME",
    "195bc155": "ONE HUNDRED AND SEVENTY-FIVE YEARS SINCE HENLEY",
    # en_kilmoddan_mercury_digest.txt, split the same way: the 1989 hill race (¶4–8), the Burns supper (¶13–16),
    # the 2021 hill race (¶21–25); header, datelines and "==========" rules belong to none of them
    "784001e1": "HILL RACE TOMORROW",
    "0d19782a": "A SUPPER FOR THE BARD",
    "b4dd52b2": "HILL RACE IS BACK",
    "615158be": "ADA AT 200",
    "7edd8ad9": "PENNYHOLT AND DISTRICT FLYING CLUB",
    "bd930071": "PITCHBLENDE AND POLONIUM",
    "058bf46a": "QUABBINGTON COUNTY PRIMARY SCHOOL",
    "4c46dd4a": "ROSAMUND TELLWRIGHT",
    "86db6d3c": "SCALLOWBY, Thursday, 23 November",
    "a6e41d6e": "SCARROWFIELD CLARION",
    "043310ae": "THE UDDLECOMBE GIANT",
    "3fde5ea1": "Nuevo Parhuani (Michoacán), martes 20 de febrero",
    "4292cf73": "Камнеломск, воскресенье, 7 декабря",
    "3e2241d0": "澜海镇讯",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Defence Minister Vladimir Padrino" ¶33 ("Defense" ¶53); "the brave victory of resistance against the erstwhile
    # Japanese empire" ¶35/55; "the leading military power on planet earth" ¶41; "originally published in Spanish by
    # Telesur" ¶49
    Query("Telesur planet earth erstwhile Japanese empire Defence Minister", "f78fdcd6", "cross-paragraph"),
    # "published on its website on August 28, China's Consulate-General" ¶273; "inducted into the Scottish Sports
    # Hall of Fame in 2002" ¶287; "Stamford Bridge (home of Chelsea Football Club)" ¶291
    Query("Consulate-General August 28 Sports Hall of Fame 2002 Chelsea", "7ab1f62c", "cross-paragraph"),
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/197; "Our ancestors, fathers and grandfathers paid … It is the
    # foundation, the bedrock of our achievements" ¶195
    Query("Khurelsukh Ukhnaa grandfathers bedrock", "c061f0a1", "cross-paragraph"),
    # "Thongloun visited Hanoi … at the historic Ba Dinh Square" ¶143; "the Cuban delegation … the third time" ¶163;
    # "cooperation in defence, law enforcement and security" ¶139/179
    Query("Thongloun Hanoi Ba Dinh Cuban delegation third time law enforcement", "20f574be", "cross-paragraph"),
    # "the Chinese Modernisation Forum (2025), … all of Tsinghua University" ¶475; "James MacManus's biography,
    # 'Ocean Devil'" ¶489; "the 'Hands off China' Campaign (1925-27)" ¶513
    Query("Ocean Devil Hands off China Tsinghua", "ac7222d4", "cross-paragraph"),
    # "On August 23, Cambodian King Norodom Sihamoni … arrived in Beijing" ¶235; "on August 30, … Hun Manet" ¶243;
    # "expand cooperation in trade, investment and infrastructure" ¶247
    Query("King Norodom Sihamoni August 23 Hun Manet August 30 infrastructure", "5a5d8582", "cross-paragraph"),
    # "formed a great wall with flesh and blood" ¶381; "Xi hosted a lunch in the Great Hall of the People" ¶385;
    # "Might may rule the moment but right prevails forever" ¶393
    Query("flesh and blood Great Hall lunch might may rule", "38a7d84f", "cross-paragraph"),
    # Word forms: the text has another form
    # "proclaim the member states' commitment to forge lasting friendship and refrain from hostilities" ¶433
    # (refrain → refraining, nowhere in the corpus)
    Query("member states refraining from hostilities", "9e49ddff", "word-form"),
    # "calls on the United States to remove Cuba from the arbitrary 'list of state sponsors of terrorism'" ¶101
    # (remove → removed, nowhere in the corpus)
    Query("Cuba removed from the arbitrary list", "d807680a", "word-form"),
    # "supporting its post-disaster rehabilitation efforts" ¶419 (supporting → supported; "supported" is in
    # 38a7d84f ¶379/385/389 and ac7222d4 ¶525, never with Myanmar or rehabilitation)
    Query("China supported Myanmar's post-disaster rehabilitation", "26d64f12", "word-form"),
    # "US and British imperialism sought to prevent the punishment of Japanese war criminals" ¶279 (punishment →
    # unpunished, nowhere in the corpus)
    Query("Japanese war criminals left unpunished by US and British imperialism", "7ab1f62c", "word-form"),
    # Another script or romanisation
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" and "The Children of Huang Shi" ¶491: Chow
    # Yun-fat in pinyin (周润发)
    Query("Zhou Runfa Huang Shi", "ac7222d4", "translit"),
    # "the Institute of Chinese Communist Party History and Party Building … all of Tsinghua University" ¶475:
    # Tsinghua in pinyin
    Query("Qinghua Party Building", "ac7222d4", "translit"),
    # accents dropped: "El Ejército Rojo se reagrupó allá" and "el PCCh [Partido Comunista de China]" ¶315, Yan'an
    # ¶307/315
    Query("Ejercito Rojo Yan'an Partido Comunista de China", "dde32893", "translit"),
    # "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505, in the Wade-Giles spelling
    Query("Lukouchiao Incident July 7", "ac7222d4", "translit"),
    # "Yan'an, where Mao and other leaders developed the core ideas of Mao Zedong Thought" ¶535, Yan'an in the
    # Wade-Giles spelling; dde32893 ¶315 tells the same in Spanish ("el Pensamiento Mao Zedong fue cristalizado")
    Query("Yenan Mao Zedong Thought core ideas", "6710eba1", "translit", also=("dde32893",)),
    # Russian (names written in Cyrillic)
    # "which originally appeared in the Morning Star, David Horsley reviews" ¶111 (Horsley also ¶123)
    Query("Дэвид Хорсли и Morning Star", "ccf1d4fa", "russian"),
    # Spanish
    # "eso me hizo reír – siendo de Texas" and "la bodega de vino techada más grande de Asia" ¶335; "pero el tren
    # normal también fue genial" ¶329
    Query("siendo de Texas, la bodega de vino techada y el tren normal", "dde32893", "spanish"),
    # "Loving: Si, fuimos a la provincia de Gansu, en el borde del desierto de Gobi" ¶333
    Query("Sydney Loving en Gansu, en el borde del desierto", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # Sydney Loving ¶297–305 and "siendo de Texas" ¶335, as a Chinese paper writes them
    Query("西德尼·洛文 得克萨斯", "dde32893", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "The victory of China is the victory of the Bolivarians" ¶39; "From Caracas, we gift … this monument" ¶35/55
    Query("<#31> Bolivarians\u200b Caracas monument", "f78fdcd6", "mention-noise"),
    # "distancing itself from symbols like the Yasukuni Shrine" line 41; "atrocities committed by the Axis powers"
    # line 39
    Query("<#77> Yasukuni\u200b Axis powers", "b39d8185", "mention-noise"),
    # Typos (1–2 edits)
    # "Iranian President Masoud Pezeshkian, Indonesian President Prabowo Subianto" ¶451
    Query("Pezeshkain Subiano", "e065690c", "typo"),
    # "David Horsley is also the author of a booklet on the life of Claudia Jones" ¶123
    Query("Horsely Claudia Jons", "ccf1d4fa", "typo"),
    # "first published by Orinoco Tribune … by Telesur" ¶49; Caracas ¶33–57 (1 edit a word)
    Query("Orinocko Tribune Telesure Caracus", "f78fdcd6", "typo"),
    # "his meeting with Ivan Melnikov … in Khabarovsk" line 6
    Query("Melnkov Khabarovks", "054ef6fb", "typo"),
    # Names
    # "Cyril Ramaphosa, … Iranian President Masoud Pezeshkian, … Foreign Minister Subrahmanyam Jaishankar, with the
    # absence of Prime Minister Narendra Modi" ¶451
    Query("Cyril Ramaphosa Masoud Pezeshkian Subrahmanyam Jaishankar Narendra Modi", "e065690c", "name"),
    # "Chen Hansheng" ¶491, "George Hogg" ¶477–499, "Rewi Alley" ¶495, "Arthur Clegg" ¶515–523
    Query("Chen Hansheng George Hogg Rewi Alley Arthur Clegg", "ac7222d4", "name"),
    # Phrases
    Query("This was years before the actual Nuremberg Trial", "ccf1d4fa", "phrase"),  # ¶125
    Query("Most films dealt with the war in Europe", "ccf1d4fa", "phrase"),  # ¶127
    # Questions
    # "Chen Weihua (Former EU bureau chief of China Daily)" ¶364
    Query("what was Chen Weihua's former job?", "d89fdf72", "question"),
    # "President Xi delivered an important statement entitled, 'Staying True to SCO Founding Mission and Ushering in
    # a Better Future.'" ¶431
    Query("what did Xi call his statement at the SCO Summit?", "9e49ddff", "question"),
    # "Slovakia was the only member state of NATO and the EU to be represented … although Hungary and Bulgaria also
    # sent senior representatives" ¶21
    Query("which NATO members sent senior representatives to Beijing?", "faecd2e1", "question"),
    # Topics
    # "the Joint Statement … on Accelerating the Construction of the China-Cuba Community with a Shared Future" ¶91
    Query(
        "China-Cuba joint statement accelerating the construction of a community with a shared future",
        "d807680a",
        "topic",
    ),
    # Guterres: "multilateralism, international law and the authority of the United Nations are being challenged,
    # and the international governance architecture is in urgent need of reform, … recall the founding mission" ¶409
    Query(
        "UN founding mission multilateralism challenged reform of international governance architecture",
        "26d64f12",
        "topic",
    ),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # the film about Hogg, "The Children of Huang Shi" (ac7222d4 ¶491): titles and stars, no studio
    "which studio made the film about George Hogg?",
    # "President Thongloun warmly welcomed the Cuban delegation … the third time Comrade Miguel Díaz-Canel Bermúdez
    # had visited the Lao PDR" (20f574be ¶163): nobody in the delegation is named
    "who accompanied Díaz-Canel on his third visit to Laos?",
    # Yinchuan is not in the corpus (and 4+ edits from Yan'an, where the Long March ended, 6710eba1 ¶557); no memorial
    "Yinchuan Long March memorial",
    # Anna May Wong (ccf1d4fa ¶111–119) and Hollywood (¶125); no Oscar anywhere
    "Wong Hollywood Oscar nomination",
    # Chen Hansheng in Chinese characters: only "the legendary Chinese communist" Chow Yun-fat played (ac7222d4
    # ¶491); no life or works
    "陈翰笙 生平 著作",
    # Khurelsukh (c061f0a1) and Lukashenko (0e5d6094) in Cyrillic: never in one article or meeting
    "Хурэлсух и Лукашенко",
    # "His remarks, reported by RIA Novosti during a press conference" (097182f6 line 2): no date
    "когда прошла пресс-конференция Ли Цзиньсяня?",
    # "Our ancestors, fathers and grandfathers paid an enormous price" (c061f0a1 ¶195): no grandfather named
    "what was Putin's grandfather called?",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); the Nuremberg Trial is ccf1d4fa's (¶125) and b39d8185's
    "Radhika Desai Nuremberg trial",
    # Tianshui is 4+ edits from Tianjin and not in the corpus; Gansu is ac7222d4's, dde32893's and 6710eba1's
    "Tianshui city Gansu province poverty alleviation",
    # Mnangagwa (faecd2e1 ¶5–11) in Cyrillic; Putin is in other articles, never with him
    "Путин и Мнангагва",
    # "durante 10 días visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" (dde32893 ¶307): no days per city
    "¿cuántos días estuvo Sydney Loving en Shanghái?",
    # Liu Qibao (054ef6fb) in Chinese characters: he visited Khabarovsk; no Moscow, no Red Square
    "刘奇葆 莫斯科 红场",
    # "Chen Weihua (Former EU bureau chief of China Daily)" (d89fdf72 ¶364): no Brussels, no years
    "how many years was Chen Weihua in Brussels?",
    # Cai Qi greeted Kim Jong Un (eca32116 ¶221); Hun Manet met Xi in Tianjin (5a5d8582 ¶243–247): never together
    "Цай Ци и Хун Манет",
    # "una vinatera con la bodega de vino techada más grande de Asia (sí, probamos el vino — delicioso)" (dde32893
    # ¶335): no colour
    "¿qué vino probaron en Jiayuguan, tinto o blanco?",
    # Mianyang is 3+ edits from Minyuan, whose stadium Liddell helped design (7ab1f62c ¶291); no opening or 1926
    "Mianyang stadium opening ceremony 1926",
    # Dongguan is 3+ edits from Dunhuang; the robotics are Shanghai's (dde32893 ¶339, 6710eba1 ¶541)
    "Dongguan robotics factory tour",
    "Mirziyoyev Samarkand summit 2022",  # Mirziyoyev met Xi in Beijing (3a9fa4ed ¶207–209); no Samarkand
    # "Born in 1902 to Scottish missionary parents" (7ab1f62c ¶289): no count of missionaries
    "how many Scottish missionaries lived in Tianjin in 1902?",
    # "the absence of Prime Minister Narendra Modi" (e065690c ¶451); no call from Lula
    "Lula telephone call with Modi after the summit",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "a '30' in red and white begonias ringed with blue lobelia" ¶10; "its makers in Derby" ¶14; "the head
    # gardener, Lorna Fettes" ¶21 (511087c3 has "Engineers from Derby", no Lorna)
    Query("begonias lobelia Lorna Fettes Derby", "b16f34e7", "cross-paragraph"),
    # "Charles Wordsworth, nephew of the poet" ¶5; "the bargemen of Cotterby Wharf" ¶7; "Herbert Malkinshaw" ¶9,
    # "the Malkinshaw" ¶11
    Query("Charles Wordsworth Cotterby Wharf Malkinshaw", "195bc155", "cross-paragraph"),
    # "the Brannock House hospice in Gorsebridge" ¶4; "at St Swithun's, Gorsebridge" ¶8; "drawing a weather map on
    # squared paper" ¶14
    Query("Brannock House hospice St Swithun's squared paper", "4c46dd4a", "cross-paragraph"),
    # "The club's secretary, Alf Crewdson" ¶10; "Mr Pinchbeck, the lamplighter" ¶13; "compiled by Verity
    # Faircloth" ¶20
    Query("Alf Crewdson Pinchbeck lamplighter Verity Faircloth", "a6e41d6e", "cross-paragraph"),
    # "расписывались в книге отзывов" ¶7; "участвовали в эрмитажной олимпиаде" ¶9; "в лектории музея" ¶13
    Query("книге отзывов эрмитажной олимпиаде лектории", "4292cf73", "cross-paragraph"),
    # 在母船"向阳红09"上 ¶5; 参观了镇上的海洋科普馆 ¶9; 镇文化站的"海洋冬令营" ¶17
    Query("向阳红09 海洋科普馆 海洋冬令营", "3e2241d0", "cross-paragraph"),
    # Word forms
    # "el campesino Dionisio Pulido vio abrirse una grieta humeante" ¶3 (vio → viendo)
    Query("Dionisio Pulido viendo abrirse una grieta humeante", "3fde5ea1", "word-form"),
    # "к нам привезли выставку гравюр … очередь в зал стояла до самой почты" ¶7 (стояла → стоит)
    Query("очередь на выставку гравюр стоит до почты", "4292cf73", "word-form"),
    # "I was eleven and I hid behind the settee," said Mrs Gillibrand ¶21 (hid → hiding, irregular)
    Query("Norah Gillibrand hiding behind the settee", "86db6d3c", "word-form"),
    # "Gordon Pettinger, bought his own 1949 Land Rover for £40" ¶16 (bought → buying, irregular)
    Query("Gordon Pettinger buying his 1949 Land Rover for £40", "1ab41fee", "word-form"),
    # "Duncan Lachie of the Kilmoddan Hillrunners, broke the record on 9 July" ¶6 (broke → breaking, irregular;
    # 0d19782a ¶15 has Duncan Lachie and his "two hill-race wins", not the record)
    Query("Duncan Lachie breaking the hill race record", "784001e1", "word-form"),
    # "married Pierre Curie on 26 July 1895" ¶8 (married → marrying)
    Query("marrying Pierre Curie in July 1895", "bd930071", "word-form"),
    # Another script or romanisation
    # "the current Mayor, Councillor Asif Rahman" ¶12 (and ¶16) in Cyrillic
    Query("Асиф Рахман", "b16f34e7", "translit"),
    Query("Нерис Оттуэлл", "7edd8ad9", "translit"),  # "Nerys Ottewell's blue chequer hen" ¶21 in Cyrillic
    Query("Розамунд Теллрайт", "4c46dd4a", "translit"),  # "ROSAMUND TELLWRIGHT" ¶1 (and ¶4, ¶20) in Cyrillic
    Query("Рави Ашендон", "86db6d3c", "translit"),  # "whose chairman, Ravi Ashendon" ¶11 (Ashendon ¶19) in Cyrillic
    # "Зинаида Прокопьевна Ушакова" ¶7 (and ¶21) and Камнеломск ¶1/5/7 in Latin letters
    Query("Zinaida Ushakova Kamnelomsk", "4292cf73", "translit"),
    Query("Chen Haisheng", "3e2241d0", "translit"),  # 本镇人陈海生 ¶5 (also ¶9, ¶15, ¶19) in pinyin
    # "She met Charles Babbage at a party on 5 June 1833" ¶5 in Chinese characters
    Query("查尔斯·巴贝奇", "615158be", "translit"),
    # accents dropped: "Maria Skłodowska was born in Warsaw" ¶6
    Query("Maria Sklodowska Warsaw", "bd930071", "translit"),
    # "el nacimiento del Paricutín" ¶3 and Nuevo Parhuani ¶1/5/7 in Cyrillic
    Query("Парикутин и Нуэво-Паруани", "3fde5ea1", "translit"),
    # Russian
    # "с 20 декабря по 18 января там будет работать выставка «Эрмитаж — Камнеломску»" ¶11
    Query("выставка «Эрмитаж — Камнеломску»", "4292cf73", "russian"),
    # "музей готовит вечер воспоминаний о той первой выставке" ¶15
    Query("вечер воспоминаний о той первой выставке", "4292cf73", "russian"),
    # "в Зимний дворец начали свозить картины, купленные Екатериной II" ¶3
    Query("картины, купленные Екатериной II", "4292cf73", "russian"),
    # Spanish
    # "se colocó en la plaza la placa de cantera que todavía recuerda a los fundadores" ¶7
    Query("la placa de cantera que todavía recuerda a los fundadores", "3fde5ea1", "spanish"),
    # "se hará la subida al cráter con guías de la comunidad" ¶11
    Query("subida al cráter con guías de la comunidad", "3fde5ea1", "spanish"),
    # "el mirador abrirá de noche para que las familias … vean las estrellas sobre el cráter" ¶15
    Query("el mirador abrirá de noche, las estrellas sobre el cráter", "3fde5ea1", "spanish"),
    # Chinese
    Query("从澜海到深海 纪念展览", "3e2241d0", "chinese"),  # 纪念展览"从澜海到深海"将于7月1日至8月31日 ¶11
    Query("深海科普日 邀请家长", "3e2241d0", "chinese"),  # 学校还将举行"深海科普日"，邀请家长参加 ¶13
    Query("蛟龙号模型 操场东侧", "3e2241d0", "chinese"),  # 在操场东侧立起一座"蛟龙号"模型 ¶15
    # Mentions and zero-width spaces
    # "with the Drennock Silver Band, a cake cut by the current Mayor" ¶12
    Query("<@42> Drennock Silver Band\u200b", "b16f34e7", "mention-noise"),
    # "the club hosted the Ollen Sprints for the first time" ¶15
    Query("@everyone \u200bOllen Sprints", "195bc155", "mention-noise"),
    # "Young bird show: Saturday 11 and Sunday 12 February, Methodist hall" ¶9
    Query("<#88> young bird show\u200b Methodist hall", "7edd8ad9", "mention-noise"),
    # Typos
    Query("Quabington Primery", "058bf46a", "typo"),  # "QUABBINGTON COUNTY PRIMARY SCHOOL" ¶1 (1 edit + 1 edit)
    Query("Uddlecomb Gaint", "043310ae", "typo"),  # "THE UDDLECOMBE GIANT" ¶1
    Query("Scarowfield Clarian", "a6e41d6e", "typo"),  # "SCARROWFIELD CLARION" ¶1
    # Names
    # "Mrs Sheila Pell, who was one of the 94 children on 8 January 1963, will visit" ¶20
    Query("Sheila Pell", "058bf46a", "name"),
    # "The head gardener, Stan Fettes, said" ¶8 (b16f34e7's head gardener is Lorna Fettes, ¶21)
    Query("Stan Fettes", "de081fce", "name"),
    # Phrases
    Query("Now the whole town will know when it's late", "de081fce", "phrase"),  # Stan Fettes, ¶8
    # Rosamund's diary: "Tuesday 24th: the weather map wrong again, Scotland in the sea" ¶10
    Query("the weather map wrong again, Scotland in the sea", "4c46dd4a", "phrase"),
    Query("kept well away from the sandwiches", "bd930071", "phrase"),  # the luminous clock hands, ¶12
    # Questions
    # "the Land Rover was first shown to the public, at the Amsterdam Motor Show on 30 April 1948" ¶14
    Query("when was the Land Rover first shown to the public?", "1ab41fee", "question"),
    # "The first Dalek was glimpsed at the very end of an episode shown on Saturday 21 December 1963" ¶9
    Query("when was the first Dalek glimpsed?", "86db6d3c", "question"),
    # "Quabbington County Primary opened its doors on Tuesday 8 January 1963, with 94 children" ¶10
    Query("how many children did Quabbington County Primary open with?", "058bf46a", "question"),
    # "the Hillrunners ran a 'virtual' race on their own, from 1 to 31 August, and 84 members sent in times" ¶25
    Query("how many members sent in times for the virtual hill race?", "b4dd52b2", "question"),
    # Topics
    # "a supper held two hundred and fifty years to the day after Robert Burns was born … addressed the haggis"
    # ¶14–15
    Query("Robert Burns born Alloway supper haggis", "0d19782a", "topic"),
    # "The floral clock was given a new electric motor last week" ¶22 (b16f34e7 ¶14 has only the motor housing and
    # next year's overhaul)
    Query("floral clock new electric motor", "511087c3", "topic"),
    # "My Year 10s are doing their own radium project this month … with a borrowed Geiger counter" ¶12
    Query("radium project Geiger counter", "bd930071", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Dorinda Brannigan set the floral clock going (b16f34e7 ¶8, de081fce ¶5); the Land Rover rally (1ab41fee) does
    # not name her
    "Dorinda Brannigan Land Rover rally",
    # Duncan Lachie is a hill runner (784001e1, 0d19782a); Henley Royal Regatta is 195bc155's (¶17)
    "Duncan Lachie Henley regatta",
    # Fiona Tregaskis is the rowing club's president (195bc155 ¶17); the hill race is Kilmoddan's
    "Fiona Tregaskis hill race",
    # Mrs Gillibrand watched Doctor Who (86db6d3c); the talks on teletext were Rosamund Tellwright's (4c46dd4a ¶14)
    "Mrs Gillibrand teletext talks",
    # Sheila Pell visits on 11 January (058bf46a ¶20); the nativity play (¶14) is another passage, without her
    "Sheila Pell nativity play",
    # the photocall is "with the Mayor and the head gardener, Lorna Fettes" (b16f34e7 ¶21); Gordon Pettinger is
    # the Land Rover club's chairman (1ab41fee ¶16)
    "Gordon Pettinger floral clock photocall",
    # Dr Frances Mowbray gives "Poetical Science" at Ockendale (615158be ¶10); Curie is bd930071's
    "Frances Mowbray Curie talk",
    # "The Corrach Hill Race returns this Saturday, 4 September" (b4dd52b2 ¶22): no result
    "who won the Corrach Hill Race in 2021?",
    # "its mechanism will go back to its makers in Derby for an overhaul from 6 to 24 February" (b16f34e7 ¶14); no sum
    "how much did the floral clock's overhaul in Derby cost?",
    # "A quiz on the programme's sixty years will be held in the Regent's café bar" (86db6d3c ¶17); no price
    "how much are tickets for the Doctor Who quiz at the Regent?",
    # the Film Circle's chairman is Ravi Ashendon (86db6d3c ¶11); no founder
    "who founded the Scallowby Film Circle?",
    # "the winner, Nerys Ottewell's blue chequer hen" (7edd8ad9 ¶21): no name
    "what was the name of Nerys Ottewell's winning pigeon?",
    # the group went to Petersburg on 5 December (4292cf73 ¶5); no hotel anywhere
    "в какой гостинице жила группа из Камнеломска в Петербурге?",
    # "the head gardener, Lorna Fettes" (b16f34e7 ¶21); in 1986 it was Stan Fettes (de081fce ¶8); no date
    "when did Lorna Fettes become head gardener?",
    # "She married Alan Tellwright, a sound engineer" (4c46dd4a ¶8); no employer
    "where did Alan Tellwright work as a sound engineer?",
    # Remedios Tzintzun "tenía nueve años" (3fde5ea1 ¶5); Pulido's age is never given
    "¿cuántos años tenía Dionisio Pulido en 1943?",
    # "ya se levantaba sobre ella un cono de varios metros" (3fde5ea1 ¶3), the first morning; no height today
    "¿cuánto mide hoy el cono del Paricutín?",
    "蛟龙号 潜航员 叫什么名字",  # 蛟龙号 (3e2241d0 ¶3/15); only 陈海生 of the support crew is named
    "海洋冬令营 报名费 多少钱",  # 海洋冬令营 …欢迎全镇中小学生报名 (3e2241d0 ¶17); no fee
    # Dromore is 4+ edits from Drennock, whose clock goes to Derby for an overhaul (b16f34e7 ¶14)
    "Dromore clock overhaul",
    # Hawksworth is 4 edits from Hambleworth, whose "Boat Race" is 195bc155's
    "Hawksworth boat race crews",
    # Quarrington is 2 edits from Quabbington, whose swimming lessons are at Greaveley Baths (058bf46a ¶22)
    "Quarrington primary swimming lessons",
    # Каменск is 4 edits from Камнеломск, which had the Hermitage engravings in 1964 (4292cf73 ¶7)
    "Каменск выставка гравюр",
    # Scalby is 3 edits from Scallowby, whose Doctor Who screening is 86db6d3c's
    "Scalby Doctor Who screening",
    # "The Giant on Tolley Down is cut into the turf and filled with chalk" (043310ae ¶4): no date
    "when was the Uddlecombe Giant first cut?",
    "what was Mr Pinchbeck's first name?",  # "Mr Pinchbeck, the lamplighter" (a6e41d6e ¶13)
    # 615158be ¶5 gives Ada's birth, meeting Babbage, notes and death; no marriage (bd930071 ¶8 has Curie's)
    "when did Ada Lovelace marry?",
    # "El sábado 24 y el domingo 25 de febrero se hará la subida al cráter" (3fde5ea1 ¶11); no hour ("a las cinco de
    # la tarde" is the bells, today)
    "¿a qué hora empieza la subida al cráter?",
    # "Concert, music by Byron's contemporaries, Ockendale Chamber Players" (615158be ¶13); no conductor
    "who conducts the Ockendale Chamber Players?",
    # Herbert Malkinshaw captained the 1929 four (195bc155 ¶9); the Ollen Sprints were last year's (¶15)
    "Herbert Malkinshaw Ollen Sprints",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind116/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
