"""A twenty-seventh lookup query set: a BLIND set for the twelfth round. It is committed unscored and
is to be scored once, later; the search must not be tuned on it (once it has been used for tuning,
a score on it is in-sample and no longer blind).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind25.py; no query here is a
  copy or near-copy of a query in those files. A throwaway script compared the word set of every
  query (Latin and Cyrillic words, Chinese by character pairs, a few stop words left out) with every
  earlier query, while the set was being written; a query sharing more than half of its words with
  any one earlier query (or with an earlier query of this set) was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind39/docs, copied as ONE
  corpus into a subfolder blind39/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 10
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 4 + 7 (another script or romanisation than the text:
Cyrillic and Chinese characters for Latin-script names, Latin for Cyrillic and Chinese, an older
romanisation for pinyin, another romanisation of a name, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and zero-width
characters around the real words), typo 4 + 3 (1–2 edits), name 3 + 4, phrase 3 + 3,
question 4 + 4, topic 3 + 3: 45 + 55 answerable, and 12 + 16 unanswerable. Every answerable query
is answered by the documents' own words in some form, spelling or script (names may be written in
another script); none needs a translation of a common noun or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full (the rest skimmed by
title). Each query was written from a passage of its article, and every word of it (and a stem of
it, for the other forms) was matched over the whole corpus, case- and accent-insensitively (ё as е),
by a throwaway script that listed every article and paragraph holding it; those paragraphs were
read to decide which article a reader wants first (`best`) and which others are fair answers too
(`also`). For cross-paragraph queries the same script checked that no paragraph (title line
included) holds all of the query's words. The unanswerable queries share one or more words with
their corpus on purpose (a name may be shared in another script); every article holding those words
was read to confirm that none answers the query.

The search engine was never run on these queries, and its code (bot/), adapters/, bench/ and docs/
were not read while writing them. Article ids come from `memorial-bot articles --json` (the
document loader), run on seeds/ and on a folder built as build_newdocs_corpus builds it; where one
file holds several articles (a digest), the loader's split was used.
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

# The new-documents corpus is assembled by copying tests/gold/blind39/docs/* into ONE temporary
# corpus folder under the subfolder blind39/: files are then "blind39/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind39/docs",)
NEWDOCS_SUBDIRS = ("blind39",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "0aad06e8": "Caldmoor Fell Rescue Team — Summer Newsletter",
    "c79e9808": "PRESS RELEASE — Carrowen Amateur Radio Club",
    "4be2bea8": "Ellen Varley: fell rescuer who would not be left at the road end",
    "5669c55e": "THE HALLOWMERE BEEKEEPER",
    "6976e7fc": "Hoover Dam at 75: town marks the morning Roosevelt came to Black Canyon",
    "dee9594d": "Kelsall Vale CC: the pavilion at twenty-five",
    # en_kelsall_vale_cricket_digest.txt, split by the loader: header ¶1–2, ¶5–15 (the 1999 cutting
    # and the 2008 "RAIN WINS AGAIN" cutting, read as one article), ¶18–21
    "4267aedc": "Kelsall Vale Cricket Club — pages from the cuttings book",
    "105c0ce9": "NEW PAVILION OPENED AT THE VALE",
    "efeb7b3f": "WOMEN'S XI TAKES THE FIELD",
    # en_pellingford_circus_digest.txt, split by the loader: header ¶1–2, ¶4–8, ¶10–14, ¶16–21
    "f4d6b871": "Pellingford Gazette — From the archive: When the circus came to town",
    "e2d4503a": "BIG TOP RETURNS AFTER TWENTY YEARS",
    "9b34d0f0": "COUNCIL VOTES TO BAN ANIMAL ACTS",
    "4517784d": "CIRCUS SCHOOL FINDS A HOME IN THE OLD BUS DEPOT",
    "dd3eff17": "SUMMER CIRCUS SKILLS at the Old Tannery",
    "9bdc1079": "NORTH HALLAM DISTRICT COUNCIL",
    "d231b4ce": "Valve & Dial — notes from a wireless shed",
    "06c1b9f6": "LOOKING BACK",
    "7ee3eb26": "El Grupo de Rescate de Montaña de Valdeoscuro cumple un cuarto de siglo",
    "d4f24605": "Цирку на Заречной площади — полвека",
    "a4c80105": "花溪养蜂合作社迎来三十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Mirziyoyev and the China-Kyrgyzstan-Uzbekistan railway ¶207; Shehbaz Sharif ¶211/213
    Query("Mirziyoyev Kyrgyzstan railway Shehbaz", "3a9fa4ed", "cross-paragraph"),
    # Tran Thanh Man ¶65; Deputy Minister Hoang Xuan Chien ¶77
    Query("Tran Thanh Man Hoang Xuan Chien", "362ba691", "cross-paragraph"),
    # Orinoco Tribune and Telesur ¶49; Vice President Delcy Rodríguez ¶33/53 (accent dropped)
    Query("Delcy Rodriguez Orinoco Tribune Telesur", "f78fdcd6", "cross-paragraph"),
    # JISCO's granja lechera ¶335; Lenovo and the escuelas rurales ¶339
    Query("Lenovo escuelas rurales JISCO granja lechera", "dde32893", "cross-paragraph"),
    # 001: Liu Qibao ¶4–14; Ivan Melnikov ¶6; Lev Abramov ¶14
    Query("Liu Qibao Ivan Melnikov Lev Abramov", "054ef6fb", "cross-paragraph"),
    # Kim Il Sung ¶219; the WPK ¶223, the 80th anniversary of its founding ¶227
    Query("Kim Il Sung WPK founding anniversary", "eca32116", "cross-paragraph"),
    # Guterres ¶405–409; Min Aung Hlaing on post-disaster rehabilitation ¶419
    Query("Guterres Min Aung Hlaing post-disaster rehabilitation", "26d64f12", "cross-paragraph"),
    # Türkiye only in the title ¶253; "Belarus is an all-weather partner to China" ¶265
    Query("Türkiye all-weather partner Belarus", "0e5d6094", "cross-paragraph"),
    # Word forms: the text has another form
    # "headmaster of the Shandan Bailie School, caring for children orphaned" ¶483
    Query("Hogg orphans Shandan Bailie", "ac7222d4", "word-form"),
    # "will unwaveringly adhere to the one-China principle" ¶11
    Query("Mnangagwa unwavering adherence to one-China principle", "faecd2e1", "word-form"),
    # "a state visit to Laos" ¶161; "the third time … had visited the Lao PDR" ¶163
    Query("Díaz-Canel visiting Laos for the third time", "20f574be", "word-form"),
    # "the foreign troops … their swift integration into rehearsals alongside the Vietnamese forces" ¶77
    Query("foreign troops integrating into Vietnamese rehearsals", "362ba691", "word-form"),
    # "he was trying to make amends for his past efforts to weaken China" ¶521 (made/make irregular)
    Query("Younghusband made amends for weakening China", "ac7222d4", "word-form"),
    # Sassou Nguesso ¶23; "since assuming the role of African co-chair of the … (FOCAC)" ¶27
    Query("Sassou Nguesso co-chairing FOCAC", "faecd2e1", "word-form"),
    # Another script or romanisation
    Query("P'eng Li-yuan", "5a5d8582", "translit"),  # Wade-Giles for Peng Liyuan ¶237
    Query("Mirzijojev", "3a9fa4ed", "translit"),  # another romanisation of Mirziyoyev ¶207–209
    # Miguel Díaz-Canel Bermúdez, accents dropped: d807680a ¶85/89; 20f574be ¶155/161–167
    Query("Miguel Diaz Canel Bermudez", "d807680a", "translit", also=("20f574be",)),
    Query("罗伯特·菲科", "faecd2e1", "translit"),  # Robert Fico in Chinese characters ¶13/19
    # Russian (names written in Cyrillic)
    Query("Денис Сассу-Нгессо", "faecd2e1", "russian"),  # Denis Sassou Nguesso ¶23
    Query("Кассым-Жомарт Токаев", "26d64f12", "russian"),  # Kassym-Jomart Tokayev ¶405
    # Spanish
    # "los trabajadores se reunían en la plaza para hacer baile/ejercicio" ¶323
    Query("trabajadores hacen baile en la plaza", "dde32893", "spanish"),
    # "una persona pidiendo limosna en la calle con un código QR" ¶327
    Query("persona pidiendo limosna con un código QR", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("金正恩 金日成", "eca32116", "chinese"),  # Kim Jong Un ¶217–227, Kim Il Sung ¶219
    Query("普拉博沃 拉马福萨", "e065690c", "chinese"),  # Prabowo and Ramaphosa ¶451/467
    Query("通伦·西苏里", "20f574be", "chinese"),  # Thongloun Sisoulith ¶135/153/171
    # Mentions and zero-width characters around the real words
    # "our co-editor Keith Bennett participated in an international symposium … Tsinghua" ¶475
    Query("@everyone \u200bKeith Bennett Tsinghua symposium\u200b", "ac7222d4", "mention-noise"),
    # "First Vice Chairman of the Federation Council of the Russian Federal Assembly" ¶158
    Query("<#9090112233> Vice Chairman \u200bFederation Council\u200b", "20f574be", "mention-noise"),
    # "writing for the Society for Anglo-Chinese Understanding (SACU) … Chartist opposition" ¶513
    Query("<@31337000> SACU \u200bChartist\u200b opposition", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    Query("Khurelsuh Ukhnaa", "c061f0a1", "typo"),  # Khurelsukh Ukhnaa ¶187/197
    Query("Mostafa Madbooly", "26d64f12", "typo"),  # Mostafa Madbouly ¶405/411
    Query("Subrahmanyam Jayshankar", "e065690c", "typo"),  # Subrahmanyam Jaishankar ¶451
    Query("Tsinghua Univeristy", "ac7222d4", "typo"),  # "all of Tsinghua University" ¶475
    # Names
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495
    Query("Rewi Alley New Zealand internationalist", "ac7222d4", "name"),
    # "Her father, Arthur Clegg … in his memoir, 'Aid China – 1937-1949'" ¶515
    Query("Arthur Clegg Aid China", "ac7222d4", "name"),
    # "Keith Bennett (Co-editor of Friends of Socialist China)" ¶367; ac7222d4: "our co-editor" ¶475
    Query("Keith Bennett co-editor of Friends of Socialist China", "d89fdf72", "name", also=("ac7222d4",)),
    # Phrases
    # "the issue of Spain and the issue of China were one and the same" ¶525
    Query("the issue of Spain and the issue of China were one and the same", "ac7222d4", "phrase"),
    Query("old adage that history is written by the victors", "d89fdf72", "phrase"),  # ¶353
    Query("relatives of international friends and comrades", "38a7d84f", "phrase"),  # ¶385
    # Questions
    # "Jonathan Rhys Meyers as Hogg and Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491
    Query("who played Chen Hansheng in the film?", "ac7222d4", "question"),
    # "leading his pupils on a month-long 1,100 kilometre … journey … to the relative safety of Gansu" ¶485
    Query("how far did Hogg lead his pupils to Gansu?", "ac7222d4", "question"),
    # "held the 7th National Congress, more than a decade later in 1945" ¶557; dde32893: "el 7mo Congreso
    # Nacional" ¶315
    Query(
        "when did the Communist Party of China hold its 7th National Congress?",
        "6710eba1",
        "question",
        also=("dde32893",),
    ),
    # "Since the establishment of diplomatic relations 33 years ago" (China and Armenia) ¶257
    Query("when were diplomatic relations between China and Armenia established?", "0e5d6094", "question"),
    # Topics
    # "combat cross-border crimes, maintain peace and tranquility in the China-Myanmar border region" ¶417
    Query("China-Myanmar border crimes", "26d64f12", "topic"),
    # "the Fourth Dialogue on Exchanges and Mutual Learning Among Civilisations in Dunhuang … 'debt traps'" ¶537
    Query("Dunhuang dialogue on civilisations debt traps", "6710eba1", "topic"),
    # "cooperation in … cybersecurity, nanotechnology, … robotics and automation" ¶105 (6710eba1 ¶541 has
    # robotics in industry, not Cuba)
    Query("Cuba cooperation in cybersecurity and robotics", "d807680a", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Мирзиёев реформы Ташкент",  # Mirziyoyev (in Latin script: 3a9fa4ed); no reforms, no Tashkent
    "卡斯特罗 古巴导弹危机",  # Castro, Cuba (in Latin script: d807680a, 20f574be); no missile crisis
    "Modi Putin oil deal",  # Modi (e065690c; "commodified" 6710eba1), Putin (424ab945, c061f0a1 …); no oil
    "Chow Yun-fat Crouching Tiger",  # Chow Yun-fat as Chen Hansheng (ac7222d4); no other film
    "Prabowo Subianto military career",  # Prabowo at the BRICS summit (e065690c); no career
    "Telesur live stream",  # Telesur (f78fdcd6 ¶49)
    "Cai Qi anti-corruption campaign",  # Cai Qi (eca32116); the China Campaign Committee (ac7222d4)
    "Sydney Loving Texas senate campaign",  # Sydney Loving, Texas (dde32893); Senate (20f574be ¶154)
    "Noraa uniforms museum Harbin",  # Noraa (097182f6); no museum, no Harbin
    "Tienanmen Square protests 1989",  # Tienanmen (eca32116, 38a7d84f); 1989 (ac7222d4: a memoir)
    "Hun Manet Oxford degree",  # Hun Manet (5a5d8582)
    "Abu Dhabi Grand Prix tickets",  # Crown Prince of Abu Dhabi (e065690c)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # Marconi ¶5–7, the kites ¶6; club secretary Morwenna Pascoe ¶9/17
    Query("Marconi kites Morwenna Pascoe", "c79e9808", "cross-paragraph"),
    # Ruth Ambler's diary ¶5/7; the Winged Figures of the Republic ¶9
    Query("Ruth Ambler diary Winged Figures", "6976e7fc", "cross-paragraph"),
    # the discipline of the switchboard ¶4; the carry from Bowfell ¶8; Varley ¶1–2/5
    Query("Varley switchboard Bowfell", "4be2bea8", "cross-paragraph"),
    # varroa ¶10–11; the honey show in the Corn Hall ¶16–17
    Query("Hallowmere varroa Corn Hall honey show", "5669c55e", "cross-paragraph"),
    # the spillway ¶5/7; anglers and the fishing season ¶13
    Query("Thornmere spillway anglers", "9bdc1079", "cross-paragraph"),
    # the walker's fruit cake ¶5; the new Land Rover ¶15
    Query("Caldmoor fruit cake Land Rover", "0aad06e8", "cross-paragraph"),
    # Idris Lloyd's receiving licence ¶7; the Amberley museum open day ¶10
    Query("Idris Lloyd licence Amberley museum", "d231b4ce", "cross-paragraph"),
    # Anselmo Buil, a founder ¶6/14; "dos perros de búsqueda" ¶8
    Query("Anselmo Buil perros de búsqueda", "7ee3eb26", "cross-paragraph"),
    # barbecue ¶11; the scorebox restored by the juniors ¶15
    Query("Kelsall scorebox juniors barbecue", "dee9594d", "cross-paragraph"),
    # Word forms
    # "Guglielmo Marconi, listening through a telephone earpiece" ¶5
    Query("Marconi listened through a telephone earpiece", "c79e9808", "word-form"),
    Query("vandals overturning hives", "5669c55e", "word-form"),  # "vandals overturned three hives" ¶15
    # "Roosevelt … dedicated it to the nation" ¶3; "The dedication took place" ¶4
    Query("Roosevelt dedicating the dam", "6976e7fc", "word-form"),
    # "the first woman to be formally enrolled as a full member of the team" ¶7
    Query("Ellen Varley enrolment", "4be2bea8", "word-form"),
    # "Big Top Skills … will begin classes on Monday, 16 March, with juggling" ¶19 (began/begin irregular)
    Query("Big Top Skills began juggling classes", "4517784d", "word-form"),
    # "Mr. Hibbert … having taken a large swarm that settled on the Town Hall clock" ¶7 (took/taken)
    Query("Mr Hibbert took a swarm from the town hall clock", "06c1b9f6", "word-form"),
    # "El grupo fue fundado el 12 de febrero de 1981" ¶5; "uno de los fundadores" ¶6
    Query("fundación del grupo de rescate Valdeoscuro", "7ee3eb26", "word-form"),
    # "В девяностые годы цирк едва не закрыли … Реконструкция заняла почти три года" ¶7
    Query("реконструкция цирка в девяностых", "d4f24605", "word-form"),
    # "Harold Briggs, who cut the ribbon and then bowled the first ball of the season" ¶6; dee9594d: "bowled a
    # gentle half-volley" ¶7
    Query("Harold Briggs bowling the first ball", "105c0ce9", "word-form", also=("dee9594d",)),
    # "the Lancashire Cup tie against Ramsden was abandoned" ¶13 (the 2008 cutting, in this article)
    Query("abandoning the Ramsden cup tie", "105c0ce9", "word-form"),
    # Another script or romanisation
    # Guglielmo Marconi in Cyrillic: c79e9808 ¶5–7; d231b4ce: Marconi House ¶5
    Query("Гульельмо Маркони", "c79e9808", "translit", also=("d231b4ce",)),
    Query("Pavel Gorin", "d4f24605", "translit"),  # дрессировщик медведей Павел Горин ¶6
    Query("Irina Maltseva", "d4f24605", "translit"),  # директор цирка Ирина Мальцева ¶11/13
    Query("Zhou Xiaoyan", "a4c80105", "translit"),  # the reporter, 记者 周晓燕 ¶2
    Query("Huaxi yangfeng hezuoshe", "a4c80105", "translit"),  # pinyin for 花溪养蜂合作社 ¶1/3
    Query("Рузвельт Гувер", "6976e7fc", "translit"),  # Roosevelt ¶1/3, Hoover Dam ¶1, in Cyrillic
    Query("Joaquin Lanau", "7ee3eb26", "translit"),  # El alcalde, Joaquín Lanau ¶15 (accent dropped)
    # Russian
    Query("дрессировщик медведей", "d4f24605", "russian"),  # ¶6
    Query("новогодние представления цирка", "d4f24605", "russian"),  # "Новогодние представления пройдут" ¶12
    Query("выставка афиш и костюмов в фойе", "d4f24605", "russian"),  # ¶9
    # Spanish
    Query("subida nocturna con antorchas", "7ee3eb26", "spanish"),  # ¶4/11
    Query("congreso nacional de rescate en montaña", "7ee3eb26", "spanish"),  # ¶13
    Query("esquiadores de Zaragoza atrapados por un alud", "7ee3eb26", "spanish"),  # ¶7
    # Chinese
    Query("花溪槐花蜜 金奖", "a4c80105", "chinese"),  # ¶5
    Query("蜜蜂博物馆", "a4c80105", "chinese"),  # 筹建一座蜜蜂博物馆 ¶11
    Query("荣誉证书 老蜂农", "a4c80105", "chinese"),  # ¶9
    # Mentions and zero-width characters
    # "The sponsored fell race … from the Caldmoor Arms. Marshals are needed" ¶14
    Query("@everyone Caldmoor fell race \u200bmarshals\u200b", "0aad06e8", "mention-noise"),
    # "An exhibition of early receivers … runs at Helston library" ¶10
    Query("<@4455667788> \u200bHelston library exhibition\u200b", "c79e9808", "mention-noise"),
    # Thornmere ¶3–11; footpaths closed, "A signed diversion will be provided along Moor Lane" ¶9
    Query("<#123123> Thornmere footpath \u200bdiversion Moor Lane", "9bdc1079", "mention-noise"),
    # Typos
    Query("Morwena Pascoe", "c79e9808", "typo"),  # club secretary Morwenna Pascoe ¶9/17
    Query("Greenhalg", "0aad06e8", "typo"),  # Tom Greenhalgh ¶19
    Query("Bicentenial Park", "6976e7fc", "typo"),  # a reunion picnic in Bicentennial Park ¶11
    # Names
    Query("Priya Shah", "efeb7b3f", "name"),  # Captain Priya Shah ¶20
    Query("Jean Mold", "9b34d0f0", "name"),  # Councillor Jean Mold ¶13
    Query("Ivy Cole", "06c1b9f6", "name"),  # Mrs. Ivy Cole, the last operator ¶14
    Query("Alma Perez", "6976e7fc", "name"),  # Museum director Alma Perez ¶8
    # Phrases
    Query("the smallest pony in England", "e2d4503a", "phrase"),  # ¶8
    Query("Calling All Listeners", "d231b4ce", "phrase"),  # the museum's centenary exhibition ¶11
    Query("three faint clicks in a headphone", "c79e9808", "phrase"),  # ¶9
    # Questions
    # "She was appointed MBE … receiving the insignia at Buckingham Palace on 8 December 1998" ¶10
    Query("when did Ellen Varley get her MBE?", "4be2bea8", "question"),
    # "the building had cost £148,000" ¶8 (dee9594d gives no cost)
    Query("how much did the Kelsall Vale pavilion cost?", "105c0ce9", "question"),
    # "The association apiary was opened on 9 June 1984 by … Councillor Amos Wheelwright" ¶14
    Query("who opened the Hallowmere apiary?", "5669c55e", "question"),
    # "The old bus garage … is to become a circus school" ¶18; "for children from the age of seven" ¶19
    Query("what age can children start at the circus school in the old bus depot?", "4517784d", "question"),
    # Topics
    Query("Hoover Dam bypass bridge", "6976e7fc", "topic"),  # the new bypass bridge downstream ¶13
    # "Circuses that use performing animals will no longer be allowed on council land" ¶12; the ban ¶13
    Query("council ban on performing animals in circuses", "9b34d0f0", "topic"),
    # "Kelsall Vale will field a women's team for the first time" ¶19; dee9594d: "the women's XI" ¶19
    Query("Kelsall Vale women's team", "efeb7b3f", "topic", also=("dee9594d",)),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Hoover Dam construction deaths",  # Hoover Dam (6976e7fc); deaths only Ruth Ambler's (¶7)
    "Marconi Nobel Prize physics",  # Marconi (c79e9808, d231b4ce)
    "Caldmoor Arms pub menu",  # the Caldmoor Arms, start of the fell race (0aad06e8)
    "Kelsall Vale cricket nets booking",  # Kelsall Vale, winter nets (efeb7b3f); booking (dd3eff17)
    "Thornmere reservoir swimming",  # Thornmere Reservoir (9bdc1079); no swimming
    "Hallowmere honey price per jar",  # Hallowmere, the honey show (5669c55e); no price
    "Pellingford circus elephant",  # Pellingford circus (e2d4503a …); the elephant is Wexbury's (06c1b9f6)
    "BBC licence fee increase",  # BBC, the receiving licence (d231b4ce)
    "Ellen Varley Everest expedition",  # Ellen Varley (4be2bea8)
    "цены на билеты в Верхнекамский цирк",  # билеты поступят в продажу (d4f24605 ¶12); no prices
    "helicóptero de rescate en Huesca",  # rescate, Huesca (7ee3eb26); no helicopter there
    "花溪 旅游景点",  # 花溪 (a4c80105)
    "Boulder City casino hotels",  # Boulder City, a new hotel in Las Vegas (6976e7fc)
    "Lizard lighthouse opening hours",  # the Lizard light station (c79e9808 ¶13)
    "Old Tannery pottery classes",  # the Old Tannery (dd3eff17); classes (4517784d)
    "Alhambra Theatre fire cause",  # "closed since the fire" (06c1b9f6 ¶18); no cause given
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind39/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
