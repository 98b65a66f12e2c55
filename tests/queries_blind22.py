"""A twenty-second lookup query set, for the ninth round: it is a BLIND set, committed unscored and to
be scored once later; the search must not be tuned on it (once it has been scored, the number is
reported as it comes out, and a later score on it is no longer blind).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py sets; no query here is a copy or
  near-copy of a query in those files. A throwaway script compared the word set of every query
  (Latin and Cyrillic words, Chinese by character pairs, a few stop words left out) with every
  earlier query, while the set was being written; a query sharing more than half of its words with
  any one earlier query was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind34/docs, copied as ONE
  corpus into a subfolder blind34/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 9 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 10
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 4 + 7 (another script or romanisation than the text:
Cyrillic and Chinese characters for Latin-script names, Latin for Cyrillic and Chinese, pinyin for
an older romanisation, Wade-Giles for pinyin, accents dropped), russian 2 + 3, spanish 2 + 3,
chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 4 + 3 (1–2 edits), name 3 + 4, phrase 3 + 3, question 4 + 4, topic 3 + 3: 46 + 55
answerable, and 12 + 16 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first (two of its files are digests the loader splits into articles: a
heading and three cuttings each), and the seed articles used were read in full (the rest skimmed by
title). Each query was written from a passage of its article, and every word of it (and a stem of
it, for the other forms) was matched over the whole corpus, case- and accent-insensitively (ё as е),
by a throwaway script that listed every article and paragraph holding it; those paragraphs were
read to decide which article a reader wants first (`best`) and which others are fair answers too
(`also`). For cross-paragraph queries the same script checked that no paragraph (title line
included) holds all of the query's words. The unanswerable queries share one or more words with
their corpus on purpose; every article holding those words was read to confirm that none answers
the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind34/docs/* into ONE temporary
# corpus folder under the subfolder blind34/: files are then "blind34/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind34/docs",)
NEWDOCS_SUBDIRS = ("blind34",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "e3363f6c": "BRANTWICK DISTRICT COUNCIL",
    "756f7f50": "Carnhallow remembers: seventy-five years since the Deep Pit explosion",
    "9574326b": "LOOKING BACK",
    # en_corley_school_archive_digest.txt: a heading (¶1–2) and three pieces, read as three articles
    # (¶4–9, ¶11–15, ¶17–22)
    "3d321475": "From the Corley School archive",
    "d0f88930": "1. SPORTS DAY IN THE SUN",
    "79ca5d40": "2. A HUNDRED YEARS OF CORLEY",
    "3d52b727": "3. MOCKS, HALF TERM AND A NEW ROOF",
    "df44b792": "FALLOWFIELD WINDMILL TRUST",
    "2f80e44e": "Brackenhurst Gazette, Friday 22 January",
    "ff0ea150": "The Cask and Kettle Circle: notes from the brewhouse",
    "00d89676": "Fifty years of Hopwell Bitter: the brewery that kept a village going",
    "97930b6e": "Pellow Sixth Form College",
    "25b1a75b": "SEACOMBE AQUARIUM",
    # en_tinmoor_courier_digest.txt: a heading (¶1–2) and three cuttings, read as three articles
    # (¶4–8, ¶10–14, ¶16–23)
    "6985739f": "Tinmoor Courier archive: three stories from Tinmoor Quarry",
    "568d453e": "LAST BLAST AT TINMOOR: QUARRY FALLS SILENT AFTER 140 YEARS",
    "e0e3c3bb": "QUARRY LAKE OPENS TO THE PUBLIC",
    "ccabd3c2": "QUARRY LAKE GAINS NATURE RESERVE STATUS",
    "b0cc1383": "A quarter of a century of quiet at Tinmoor",
    "37741fa2": "La cervecería La Alondra cumple cuarenta años",
    "55afbc67": "Северогорскому зоопарку — 30 лет",
    "a62e59e3": "松河啤酒厂建厂四十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Fudan University discussions ¶541; the strategic retreat from the Kuomintang ¶557
    Query("Fudan discussions Kuomintang retreat", "6710eba1", "cross-paragraph"),
    # protocol and hospitality ¶219; greeted at Beijing Railway Station ¶221
    Query("protocol hospitality railway station", "eca32116", "cross-paragraph"),
    # the Shanghai Spirit ¶435; the SCO Development Strategy to 2035 ¶443
    Query("Shanghai Spirit Development Strategy 2035", "9e49ddff", "cross-paragraph"),
    # Ethiopia and Modi's vacillation ¶451; the Bloomberg report ¶463
    Query("Ethiopia vacillation Bloomberg", "e065690c", "cross-paragraph"),
    # Marxism-Leninism ¶383; "a great war fought with tenacity and valour" ¶381
    Query("Marxism-Leninism valour tenacity", "38a7d84f", "cross-paragraph"),
    # Hungary and Bulgaria sent senior representatives ¶21; zero-tariff treatment for the Congo ¶25
    Query("Hungary Bulgaria zero-tariff", "faecd2e1", "cross-paragraph"),
    # Lady From Chungking ¶113/129; a court in Warsaw in None Shall Escape the Judgement ¶125
    Query("Lady from Chungking Warsaw court", "ccf1d4fa", "cross-paragraph"),
    # 001 ¶6 Melnikov, the State Duma's Deputy Speaker; ¶14 the veteran Lev Abramov
    Query("Melnikov State Duma Abramov veteran", "054ef6fb", "cross-paragraph"),
    # 002 ¶7 Asia, Europe, Africa and Oceania; ¶11 "the most painful tragedy", "their accomplices"
    Query("Oceania tragedy accomplices", "424ab945", "cross-paragraph"),
    # Word forms: the text has another form
    # "topping the public vote when inducted into the Scottish Sports Hall of Fame" ¶287
    Query("topped public vote Hall of Fame induction", "7ab1f62c", "word-form"),
    # "refrain from hostilities" ¶433
    Query("SCO refraining from hostilities", "9e49ddff", "word-form"),
    # "headmaster of the Shandan Bailie School, caring for children orphaned by Japan's … war" ¶483
    Query("Hogg orphans school headmaster", "ac7222d4", "word-form"),
    # 000 ¶7 "a monument … will be erected in the 'Patriots' military-patriotic park in the Moscow region"
    Query("Lavrov erecting a monument Moscow region", "097182f6", "word-form"),
    # Putin: "Our ancestors … paid an enormous price for peace and freedom" ¶195
    Query("Putin's ancestors paying an enormous price", "c061f0a1", "word-form"),
    # "eliminated extreme poverty" ¶535, "poverty eradication" ¶543; 3a9fa4ed: "lifted the Chinese
    # people out of poverty" ¶213; dde32893: 800 million out of "pobreza extrema" ¶317
    Query("China eradicated extreme poverty", "6710eba1", "word-form", also=("3a9fa4ed", "dde32893")),
    # Another script or romanisation
    Query("Сихамони", "5a5d8582", "translit"),  # King Norodom Sihamoni in Cyrillic ¶235–241
    Query("Chongqing film", "ccf1d4fa", "translit"),  # pinyin for the film Lady From Chungking ¶113/129
    # To Lam in Cyrillic: 362ba691 ¶67–73; 20f574be: To Lam welcomed Thongloun ¶145
    Query("То Лам", "362ba691", "translit", also=("20f574be",)),
    # the Xinhua correspondents Zheng Bofei and Jin Jing in Chinese characters ¶287
    Query("郑博飞 金晶", "7ab1f62c", "translit"),
    # Russian (names written in Cyrillic)
    Query("Рэви Элли", "ac7222d4", "russian"),  # Rewi Alley, Hogg's mentor ¶495
    Query("Чэнь Вэйхуа", "d89fdf72", "russian"),  # Chen Weihua, a webinar speaker ¶364
    # Spanish
    # "pedir ayuda de los cadres, hasta el cuidado de los niños" at the "Centros del Partido" ¶345
    Query("cuidado de los niños Centros del Partido", "dde32893", "spanish"),
    # "las madres y sus hijos simplemente caminaban tras cada intersección" ¶323
    Query("madres e hijos en las intersecciones", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("山丹培黎学校", "ac7222d4", "chinese"),  # the Shandan Bailie School ¶483/501
    Query("范明正 天津", "362ba691", "chinese"),  # Pham Minh Chinh visited Tianjin ¶79
    Query("黄柳霜", "ccf1d4fa", "chinese"),  # Anna May Wong (real name Wong Liu Tsong) ¶115
    # Mentions and zero-width spaces around the real words
    # Xi and Peng Liyuan met the King and the Queen Mother at Zhongnanhai ¶237
    Query("<#7770001> \u200bPeng Liyuan Zhongnanhai\u200b", "5a5d8582", "mention-noise"),
    # the 45th anniversary of diplomatic relations ¶7; "After 45 years of development" ¶11
    Query("<@&99110022> Zimbabwe 45 years diplomatic relations", "faecd2e1", "mention-noise"),
    # 001 ¶12 Liu Qibao near Khabarovsk, "the construction of the memorial complex"
    Query("@everyone \u200bKhabarovsk memorial complex\u200b", "054ef6fb", "mention-noise"),
    # Typos (1–2 edits)
    Query("Turkmenistn", "3a9fa4ed", "typo"),  # Turkmenistan, in the title ¶203
    Query("Jiayugan", "dde32893", "typo"),  # Jiayuguan ¶307/335/345
    Query("Vladimirovch", "20f574be", "typo"),  # Vladimir Vladimirovich Yakushev ¶158
    Query("Kasym-Jomart", "26d64f12", "typo"),  # Kassym-Jomart Tokayev ¶405
    # Names
    # "Progressive International, … Qiao Collective" among the delegation's organisations ¶547
    Query("Progressive International Qiao Collective", "6710eba1", "name"),
    # Keith Bennett's symposium, organised by the Institute of Party History and Literature ¶475
    Query("Institute of Party History and Literature", "ac7222d4", "name"),
    Query("Libros Iskra", "dde32893", "name"),  # among the delegation's organisations ¶305
    # Phrases
    Query("face its wartime past honestly", "b39d8185", "phrase"),  # 003 ¶41
    # "where yesterday's enemy soon became a frontline, if subordinate, ally" ¶279
    Query("yesterday's enemy soon became a frontline ally", "7ab1f62c", "phrase"),
    Query("never intimidated by any bullies", "38a7d84f", "phrase"),  # ¶381
    # Questions
    # "President of the Republic of Cuba Miguel Díaz-Canel Bermúdez" ¶85; 20f574be: "President of
    # Cuba" among the Hanoi guests ¶155, "Cuban President" visiting Laos ¶161
    Query("who is the president of Cuba?", "d807680a", "question", also=("20f574be",)),
    # "Since the establishment of diplomatic relations 33 years ago" ¶257
    Query("how long ago did Armenia establish diplomatic ties with China?", "0e5d6094", "question"),
    # "around 30 percent of global economic output" ¶459
    Query("what percent of world economic output is BRICS?", "e065690c", "question"),
    # "expressed his gratitude for the tremendous assistance provided by China" ¶69
    Query("why did To Lam express gratitude to China?", "362ba691", "question"),
    # Topics
    # 003 ¶39 the Nuremberg and Tokyo Trials, "the atrocities committed by the Axis powers"
    Query("Axis powers atrocities tribunals", "b39d8185", "topic"),
    # documents signed on "Belt and Road cooperation, … sub-national agricultural cooperation" ¶91
    Query("Belt and Road agricultural cooperation Cuba", "d807680a", "topic"),
    # Madbouly: "cooperation in such areas as new energy, electric vehicles, finance" ¶413
    Query("Egypt new energy finance cooperation", "26d64f12", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Lenovo ThinkPad battery recall",  # Lenovo (dde32893 ¶339): a factory visit, no laptops
    # the Dunhuang Salt Tower solar plant (6710eba1 ¶539; dde32893 ¶335): no output figure
    "Salt Tower solar plant output megawatts",
    "Khabarovsk Vladivostok train timetable",  # Khabarovsk (054ef6fb); no Vladivostok, no trains
    "Mao Zedong swimming Yangtze",  # Mao Zedong (d807680a, 7ab1f62c, ac7222d4 …); no swim, no Yangtze
    "Xi Jinping Davos speech",  # Xi's speeches (38a7d84f, 9e49ddff, e065690c); none at Davos
    "Paris 1924 Olympics opening ceremony",  # the 1924 Paris Olympics (7ab1f62c): Liddell's 400 metres
    "Ramaphosa ANC election results",  # Ramaphosa (e065690c); no party, no election
    "Yin Yong Beijing air pollution plan",  # Yin Yong, Mayor of Beijing (eca32116); no pollution
    "Venezuelan oil exports to China",  # Venezuela (f78fdcd6): the monument; no oil, no exports
    "Tokayev Astana pension reform",  # Tokayev (26d64f12); no Astana, no pensions
    "Hyde Park Winter Wonderland",  # the 1937 Hyde Park meeting (ac7222d4 ¶525)
    "clima del desierto de Gobi en invierno",  # the Gobi desert (dde32893 ¶333/335); no climate, no winter
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # Thomas Pengelly, the youngest ¶5; the inquiry blamed a defective safety lamp ¶11
    Query("Pengelly inquiry safety lamp", "756f7f50", "cross-paragraph"),
    # born in Leeds ¶5; bitten by a Bactrian camel ¶7; Nellie the elephant ¶8
    Query("Nellie camel Leeds", "2f80e44e", "cross-paragraph"),
    # Joseph Hebden, the miller (100 years ago) ¶7; the Coronation Ale (50 years ago) ¶10
    Query("Hebden Coronation Ale", "9574326b", "cross-paragraph"),
    # Samuel Ketteridge ¶11/21; the great gale of November 1921 ¶13; kite-making ¶23
    Query("Ketteridge gale kite-making", "df44b792", "cross-paragraph"),
    # Nadia's smoked porter ¶7; Tom's elderflower saison ¶9
    Query("Nadia porter elderflower saison", "ff0ea150", "cross-paragraph"),
    # the Tennants ¶3/4/9/11/18; the hard winter froze the brewery well ¶7; Jubilee Copper ¶14
    Query("Tennant Jubilee Copper well froze", "00d89676", "cross-paragraph"),
    # the seahorse nursery ¶9/11; director Helen Marsh ¶13; the otter enclosure ¶15
    Query("Helen Marsh otters seahorse", "25b1a75b", "cross-paragraph"),
    # Warden Sue Blakey ¶19; a guided walk ¶20; a reed-cutting day ¶21
    Query("Sue Blakey guided walk reed-cutting", "ccabd3c2", "cross-paragraph"),
    # Dennis Oakes cut a ribbon ¶12; a fishing platform ¶13 (568d453e ¶7 and b0cc1383 ¶9 name
    # Dennis Oakes too, with no ribbon and no platform)
    Query("Dennis Oakes ribbon fishing platform", "e0e3c3bb", "cross-paragraph"),
    # Word forms
    Query("Carnhallow headgear demolition", "756f7f50", "word-form"),  # "the headgear was demolished" ¶13
    # "Lateral extension of Hollins Edge Quarry to the north-east" ¶6
    Query("Hollins Edge quarry extended", "e3363f6c", "word-form"),
    # "Coldbeck Corn Mill reopened as a working museum … after a restoration lasting six years" ¶18
    Query("Coldbeck Corn Mill restored", "9574326b", "word-form"),
    # "The staff relay was won, controversially, by the kitchen team" ¶7
    Query("staff relay winners kitchen", "d0f88930", "word-form"),
    # "He was made head keeper in 1961 and remained in the post until he retired" ¶9
    Query("head keeper Harker retiring", "2f80e44e", "word-form"),
    # "if your first brew tastes of nail varnish, your fermentation was too warm" ¶19
    Query("fermenting too warm nail varnish", "ff0ea150", "word-form"),
    # "An application for the old maltings to be listed" ¶12
    Query("Hopwell maltings listing application", "00d89676", "word-form"),
    # 'The Drama Society's production of "The Crucible" will be staged' ¶10
    Query("Drama Society staging The Crucible", "97930b6e", "word-form"),
    Query("медвежонок Умка", "55afbc67", "word-form"),  # "родился первый медвежонок. Его назвали Умкой" ¶6
    # "su hermano Tomás quedó al frente del negocio hasta su jubilación" ¶6; Tomás Ortega ¶3
    Query("Tomás Ortega se jubiló", "37741fa2", "word-form"),
    # Another script or romanisation
    Query("Severogorsk zoopark", "55afbc67", "translit"),  # Северогорский зоопарк ¶1–3
    Query("Valentina Somova", "55afbc67", "translit"),  # директор Валентина Сомова ¶8/14
    Query("Songhe pijiuchang", "a62e59e3", "translit"),  # pinyin for 松河啤酒厂 ¶1/5
    Query("Sung-ho Chang Wei", "a62e59e3", "translit"),  # Wade-Giles for 松河 and 厂长张伟 ¶23/29
    Query("Ана Бельтран", "37741fa2", "translit"),  # la maestra cervecera, Ana Beltrán ¶11
    Query("Villalcazar del Rio", "37741fa2", "translit"),  # the dateline Villalcázar del Río ¶2 (accents dropped)
    Query("Хопвелл", "00d89676", "translit"),  # Hopwell in Cyrillic ¶1–16
    # Russian
    Query("выставка фотографий Тридцать лет вместе", "55afbc67", "russian"),  # ¶12
    # "из-за аварии на котельной … обогревали павильоны печками-буржуйками" ¶7
    Query("печки-буржуйки авария на котельной", "55afbc67", "russian"),
    Query("новый павильон для птиц", "55afbc67", "russian"),  # ¶9
    # Spanish
    Query("feria agroalimentaria de Zaragoza", "37741fa2", "spanish"),  # ¶5
    Query("furgoneta prestada", "37741fa2", "spanish"),  # "en una furgoneta prestada" ¶4
    Query("concurso de cerveza casera", "37741fa2", "spanish"),  # ¶14
    # Chinese
    Query("灌装车间", "a62e59e3", "chinese"),  # 新建的灌装车间正式投产 ¶9
    Query("滨河广场 啤酒节", "a62e59e3", "chinese"),  # 第一届松河啤酒节将在滨河广场举行 ¶15
    Query("污水处理设施", "a62e59e3", "chinese"),  # 污水处理设施的改造 ¶23
    # Mentions and zero-width spaces
    # "a public exhibition at Brantwick Library" ¶10
    Query("<@1234567> \u200bBrantwick Library exhibition", "e3363f6c", "mention-noise"),
    Query("@everyone bread judging\u200b", "df44b792", "mention-noise"),  # "at 12 noon, bread judging" ¶25
    # "The Leavers' Ball will be held … at the Pellow Bay Hotel" ¶23
    Query("<#45670001> Leavers' Ball \u200bPellow Bay Hotel", "97930b6e", "mention-noise"),
    # Typos
    Query("Fallowfeild windmill", "df44b792", "typo"),  # FALLOWFIELD WINDMILL TRUST ¶1
    Query("Seacombe aquarim", "25b1a75b", "typo"),  # SEACOMBE AQUARIUM ¶1
    Query("Brackenhurts zoo", "2f80e44e", "typo"),  # Brackenhurst Zoo ¶4/6/14
    # Names
    Query("Brenda Holt", "df44b792", "name"),  # the Trust's archivist ¶21
    Query("Jim Pardoe", "b0cc1383", "name"),  # former quarryman, the talk "Powder and Stone" ¶12
    Query("Anne Ridley", "d0f88930", "name"),  # novelist and Old Corleian, guest of honour ¶8
    Query("Calloway Head of Planning", "e3363f6c", "name"),  # "R. J. Calloway, Head of Planning" ¶17
    # Phrases
    Query("sharper than expected", "ff0ea150", "phrase"),  # the cider, as Dave put it ¶17
    Query("a bang that turned out to be more of a thump", "b0cc1383", "phrase"),  # ¶5
    Query("Life in a Rock Pool", "25b1a75b", "phrase"),  # the schools' workshops ¶17
    # Questions
    # "Quarry manager Dennis Oakes pressed the plunger himself" ¶7
    Query("who pressed the plunger at Tinmoor?", "568d453e", "question"),
    # "will finally be handed over on Friday, 15 February" ¶5
    Query("when is the Pellow science block handed over?", "97930b6e", "question"),
    # "Carnhallow Deep Pit" ¶1/3; "It closed on 28 February 1968" ¶13
    Query("in what year did Carnhallow Deep Pit close?", "756f7f50", "question"),
    # "the first forty-two pupils walked through the gates of the old Corley Board School" ¶13
    Query("how many pupils first walked through the gates of Corley Board School?", "79ca5d40", "question"),
    # Topics
    # "great crested newts had been found in the shallows" ¶19; a local nature reserve ¶18
    Query("great crested newts nature reserve", "ccabd3c2", "topic"),
    # "The sports hall, closed since storm damage …, will reopen … once the new roof has been signed off" ¶21
    Query("sports hall storm damage roof", "3d52b727", "topic"),
    # "the Examiner's homebrew competition …; the winning recipe will be brewed at Hopwell" ¶16;
    # ff0ea150: the club's tasting, won by Nadia's smoked porter, and its secret ¶5–7
    Query("homebrew competition winning recipe", "00d89676", "topic", also=("ff0ea150",)),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Carnhallow pit compensation for widows",  # Carnhallow Deep Pit (756f7f50); no compensation
    # Hollins Edge Quarry (e3363f6c): the planning notice; the last blast at Tinmoor (568d453e,
    # b0cc1383); no noise, no complaints
    "Hollins Edge blasting noise complaints",
    # Tinmoor Quarry (e3363f6c, 6985739f, 568d453e, e0e3c3bb, ccabd3c2, b0cc1383); no fossils
    "Tinmoor quarry fossils",
    "Hopwell Bitter alcohol strength",  # Hopwell Bitter (00d89676); no strength given
    # Coldbeck Corn Mill, a working museum (9574326b ¶18); the council offices' "normal opening hours"
    # (e3363f6c ¶8)
    "Coldbeck mill museum opening times",
    "Fallowfield windmill wedding hire",  # Fallowfield Windmill Trust (df44b792)
    # Brackenhurst Zoo, its elephant house (2f80e44e); an otter enclosure (25b1a75b)
    "Brackenhurst Zoo penguin enclosure",
    # Pellow Sixth Form College: public examinations begin ¶17 (97930b6e); mock results (3d52b727)
    "Pellow college A-level results",
    "Seacombe aquarium shark tunnel",  # Seacombe Aquarium (25b1a75b): seahorses, otters, tanks
    "Cask and Kettle Circle membership fee",  # the club (ff0ea150): "Subscriptions are now due", no sum
    "Corley School Ofsted report",  # Corley School (3d321475, d0f88930, 79ca5d40, 3d52b727)
    "Северогорский зоопарк слон",  # the zoo (55afbc67): bears, wolves, tigers to come; no elephant
    "La Alondra cerveza sin gluten",  # La Alondra (37741fa2)
    "松河啤酒厂 招聘",  # 松河啤酒厂 (a62e59e3); no recruitment
    "Northcote Aggregates share price",  # Northcote Aggregates (e3363f6c, 568d453e, b0cc1383)
    "Brantwick Market Street parking",  # the Council Offices, Market Street, Brantwick (e3363f6c ¶8)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind34/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
