"""A hundred-and-twenty-eighth lookup query set, for tuning ranking (written in the sixty-fourth session): a TUNING set,
not a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and
once used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind127.py and tests/queries_blind129.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some seventeen and a half thousand), and with the other queries of this set, while the set was
  being written; a query sharing more than half of its words with any one of them was replaced. The
  seeds are exhausted: of nearly three hundred seed drafts about one in six survived. Every short name,
  pair of names, transcription, phrase and question tried had been used already, so the seed queries
  here are mostly long joins of rare words from three or four passages of one article, longer lists of
  names in rarer transcriptions, and typos; there is no seed query of the "name" kind.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind140/docs, copied as ONE
  corpus into a subfolder blind140/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 13 + 13 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 2 + 10
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish), translit
2 + 13 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, the German originals of names the
Russian text transcribes, Cyrillic names in Latin letters, pinyin without tones, accents dropped),
russian 2 + 4, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 4 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 4 + 4 (1–2 edits a word), name 0 + 5, phrase 2 + 5,
question 3 + 11, topic 2 + 5: 36 + 80 answerable, and 14 + 33 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won, judged, led, commanded or sculpted; what a goalkeeper, a gala winner, six dancers or a 1988 mayor
were called; what a son did for a living; what a score was; what time a run, a talk or a meeting
began; what a jar, a banner or a wage cost; which hotel; how many horses, robots or Lao soldiers; how
old someone was; what a plant's capacity is); a place the corpus does not hold (two or more edits from
anything real in it, or simply absent) joined to a subject it does; Russian, Spanish and Chinese ones.
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

# The new-documents corpus is assembled by copying tests/gold/blind140/docs/* into ONE temporary
# corpus folder under the subfolder blind140/: files are then "blind140/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind140/docs",)
NEWDOCS_SUBDIRS = ("blind140",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "7a961ec0": "DABCHICK MERE APIARY",
    "27bdebca": "DILYS THRELFALL",
    "4889582a": "THE MORNING THE RAILS MET",
    # en_gorsthwaite_advertiser_digest.txt, split by the loader: the bypass of 1985 (¶4–7), the Commonwealth Games
    # dancers (¶10–14), the bowls club's centenary (¶17–21); the "----" rules at ¶8 and ¶15 come out as articles of
    # their own (61b0e9c8, 61b0e9c8-2, titled by the rule), and the header (¶1) and the datelines (¶3, ¶9, ¶16)
    # belong to none of them
    "c464cb52": "BYPASS DATE FIXED",
    "61b0e9c8": "----------------------------------------",
    "131c6563": "SIX FROM GORSTHWAITE AT THE GAMES",
    "61b0e9c8-2": "----------------------------------------",
    "9e788134": "BOWLS CLUB AT A HUNDRED",
    "c7e20684": "HETHERWOLD LAND ROVER REGISTER",
    "a2538075": "KIRKSTRAND GAZETTE",
    "048e82b5": "PAGE 100 AND COUNTING",
    "82590860": "PONTARDWYN, Saturday 28 January",
    "25967e0e": "SCAWBY INGS PRIMARY SCHOOL",
    "a212d43e": "TOLBROOK TOWN COUNCIL",
    # en_tolbrook_lamplighter_digest.txt, split by the loader: the Causeway goes car-free in 1988 (¶4–7), the big
    # screen for the World Cup final (¶10–14), the Heritage Open Days of 2021 (¶17–21); the "----" rules at ¶8 and
    # ¶15 come out as articles of their own (7b98a61e, 7b98a61e-2, titled by the rule), and the header (¶1) and the
    # datelines (¶3, ¶9, ¶16) belong to none of them
    "79af00b5": "CAUSEWAY GOES CAR-FREE",
    "7b98a61e": "----------------------------------------",
    "382acad3": "BIG SCREEN FOR THE FINAL",
    "7b98a61e-2": "----------------------------------------",
    "27a8bd2f": "HERITAGE WEEKEND RETURNS",
    "b4292583": "WHINFIELD UNDERWATER HOCKEY CLUB",
    "497e136a": "SESENTA AÑOS DEL GOL DE ZARRA",
    "e86b7e7e": "ДЕВЯНОСТО ЛЕТ НА ВЕРШИНЕ",
    "44fd0728": "三星堆祭祀坑发现三十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines, "line N"), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "The victory of China is the victory of the Bolivarians" ¶39; "thank President Nicolás Maduro Moros" ¶45;
    # "originally published in Spanish by Telesur" ¶49; "this criminal, colonial, savage war" ¶57
    Query("Bolivarians Maduro Moros Telesur savage war", "f78fdcd6", "cross-paragraph"),
    # "Cuba was the first country in Latin America to build a bilateral community with a shared future" ¶89; "in the
    # 65 years since the establishment of diplomatic relations" ¶93; "cybersecurity, nanotechnology, … food
    # production and agrotechnology" ¶105
    Query("agrotechnology cybersecurity first country in Latin America 65 years", "d807680a", "cross-paragraph"),
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/197; "the UN, the SCO, the BRICS, the G20" ¶191; "Our ancestors,
    # fathers and grandfathers paid an enormous price" ¶195; "amity, sincerity, mutual benefit and inclusiveness" ¶199
    Query("amity sincerity inclusiveness grandfathers G20 Ukhnaa", "c061f0a1", "cross-paragraph"),
    # "emergency management" ¶207; "China's productive presidency" ¶209; "boosting Pakistan's home-grown capacity"
    # ¶211; "the over 200 million Pakistani people" ¶213
    Query(
        "productive presidency home-grown capacity emergency management over 200 million", "3a9fa4ed", "cross-paragraph"
    ),
    # "on the rostrum of Tienanmen Square … among 26 heads of state and government" ¶219; "greeted at Beijing Railway
    # Station by Cai Qi" ¶221; "good comrades who have shared weal and woe" ¶225
    Query("weal and woe rostrum 26 heads of state railway station Cai Qi", "eca32116", "cross-paragraph"),
    # "arrived in Beijing to attend the commemoration …, far ahead of others" ¶235; "rock-solid and the shared asset
    # of the two peoples … the path of friendship opened by the older generation of Chinese and Cambodian leaders"
    # ¶245
    Query("far ahead of others rock-solid shared asset older generation leaders", "5a5d8582", "cross-paragraph"),
    # "a time-honoured friendship … diplomatic relations 33 years ago" ¶257; "market regulation, metrology, and media"
    # ¶261; "humanity once again stands at a crossroads" ¶263; "a friend that can always be relied upon" ¶265
    Query("time-honoured 33 years metrology media crossroads relied upon", "0e5d6094", "cross-paragraph"),
    # "stood up to fight the formidable enemy with an iron will, formed a great wall with flesh and blood … never
    # intimidated by any bullies … win-win cooperation and zero-sum game" ¶381; "righteousness prevails and
    # brightness shines in our world" ¶393
    Query("flesh and blood iron will bullies zero-sum brightness shines", "38a7d84f", "cross-paragraph"),
    # "a Virtual Summit of the ten full members of the BRICS" ¶449; "Crown Prince of Abu Dhabi … Prime Minister
    # Narendra Modi being widely interpreted as indicating his continued vacillation" ¶451; "facing 'great
    # hardships and danger'" ¶467
    Query("Virtual Summit Abu Dhabi Modi vacillation great hardships and danger", "e065690c", "cross-paragraph"),
    # "an international seminar titled '70-Year Common Victory'" line 4; "State Duma's Deputy Speaker in Khabarovsk
    # … the series of festive events" line 6; "where he familiarized with the works" line 12
    Query("70-Year Common Victory seminar Deputy Speaker festive events familiarized", "054ef6fb", "cross-paragraph"),
    # "more than 100 million troops and civilians" line 7; "a world featuring lasting peace, universal security and
    # common prosperity" line 9; "We must never forget or slander the achievements of the liberators" line 11
    Query("100 million troops slander the liberators lasting peace universal security", "424ab945", "cross-paragraph"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "starring Jonathan Rhys Meyers as Hogg" ¶491; "in the
    # Fellowship of Reconciliation" ¶493; "As he fought with tetanus … he asked to have the 'Communist Manifesto'
    # read to him" ¶499 (tetanus also ¶483)
    Query(
        "Jonathan Rhys Meyers Ocean Devil Fellowship of Reconciliation tetanus Communist Manifesto",
        "ac7222d4",
        "cross-paragraph",
    ),
    # "the ceremony held at the Ba Dinh Square in Hanoi … the military parade, mass pageantry" ¶73; "the Ho Chi Minh
    # Mausoleum and visited Ho Chi Minh's Stilt House" ¶75; "Receiving them on August 29" ¶77 (20f574be ¶143 has
    # the Ba Dinh Square only)
    Query("Ba Dinh Square mass pageantry Stilt House Mausoleum August 29", "362ba691", "cross-paragraph"),
    # Word forms: the text has another form
    # "The Chinese side reaffirms its firm support for the Cuban people in their struggle … against the economic,
    # commercial and financial blockade" ¶101 (reaffirms → reaffirming, in no document)
    Query(
        "the Chinese side reaffirming firm support for the Cuban people against the blockade", "d807680a", "word-form"
    ),
    # "President Xi's historic state visit to Cambodia last April yielded fruitful outcomes" ¶247 (yielded →
    # yielding, in no document)
    Query("Xi's state visit to Cambodia yielding fruitful outcomes", "5a5d8582", "word-form"),
    # Another script or romanisation
    # "Emmerson Mnangagwa" ¶5, "Robert Fico" ¶13, "Denis Sassou Nguesso" ¶23 and "Serbia and Indonesia" of the title
    # (¶1, ¶29), in Cyrillic
    Query("Мнангагуа Фицо Сассу Нгессо Сербия Индонезия", "faecd2e1", "translit"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501, "Rewi Alley" ¶495, "Chen Hansheng" ¶491 and
    # "James MacManus's biography" ¶489, in Cyrillic
    Query("Майкл Линдси, Рьюи Элли, Чэнь Ханьшэн и Джеймс Макманус", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Liu Qibao" lines 4–14 and "Ivan Melnikov, vice chairman of the Communist Party of Russian Federation" line 6
    # ("about Liu Qibao and Ivan Melnikov")
    Query("о Лю Цибао и Иване Мельникове", "054ef6fb", "russian"),
    # "the traditional friendship and cooperation established by President Kaysone Phomvihane and President Fidel
    # Castro" ¶167 (d807680a names Fidel Castro, ¶83/93, but not Kaysone)
    Query("о Кайсоне Фомвихане и Фиделе Кастро", "20f574be", "russian"),
    # Spanish
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" ¶329; "con un código QR en el
    # fondo de una olla" ¶327
    Query("robots elevador hotel código QR olla", "dde32893", "spanish"),
    # "los generales de terracota … estaban rollizos" ¶313; "nos avisaron contra tomar el tren bala … con tanto
    # equipaje" ¶329; "una fábrica de Lenovo … tecnología avanzada a escuelas rurales" ¶339
    Query("terracota rollizos Lenovo escuelas rurales tren bala equipaje", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "founding President Kim Il Sung" ¶219; "Cai Qi, … Yin Yong, Mayor of Beijing" ¶221; "the Workers' Party of
    # Korea (WPK)" ¶223/227
    Query("殷勇 金日成 蔡奇 劳动党", "eca32116", "chinese"),
    # "Sydney Loving" ¶297–305; "En Jiayuguan, visitamos JISCO … siendo de Texas" ¶335
    Query("悉尼·洛文 嘉峪关 酒钢 得克萨斯", "dde32893", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Xinhua correspondents Zheng Bofei and Jin Jing write … inducted into the Scottish Sports Hall of Fame" ¶287
    Query("<@804> Jin Jing\u200b Hall of Fame", "7ab1f62c", "mention-noise"),
    # "director of the Memorial Work Department of the Veterans' Affairs Ministry of China" line 1; "reported by RIA
    # Novosti" line 2
    Query("<#15> RIA Novosti\u200b Memorial Work Department Veterans' Affairs", "097182f6", "mention-noise"),
    # Typos (1–2 edits)
    Query("Sergeenco Yakushov", "20f574be", "typo"),  # "Igor Sergeenko" ¶157, "Vladimir Vladimirovich Yakushev" ¶158
    Query("Mirziyoev Turkmenistn", "3a9fa4ed", "typo"),  # "Shavkat Mirziyoyev" ¶207, "Turkmenistan" ¶203 (title)
    # "Iranian President Masoud Pezeshkian, Indonesian President Prabowo Subianto" ¶451
    Query("Pezeshkin Subianto", "e065690c", "typo"),
    # "Armenian Prime Minister Nikol Pashinyan … China and Armenia" ¶257; "metrology" ¶261
    Query("Pashinyian Armeina metrolgy", "0e5d6094", "typo"),
    # Phrases
    Query("Cuba and China are good friends, good comrades and good brothers", "d807680a", "phrase"),  # ¶93
    # "We pay tribute to the Scottish heroes who made contributions and sacrifices for human progress" ¶281
    Query(
        "pay tribute to the Scottish heroes who made contributions and sacrifices for human progress",
        "7ab1f62c",
        "phrase",
    ),
    # Questions
    # "leading his pupils on a month-long 1,100 kilometre (700 miles) journey, most of it on foot …, to the relative
    # safety of Gansu" ¶485
    Query("how long did it take George Hogg's pupils to walk to Gansu?", "ac7222d4", "question"),
    # "India was represented by Foreign Minister Subrahmanyam Jaishankar, with the absence of Prime Minister Narendra
    # Modi" ¶451
    Query("who spoke for India at the BRICS summit instead of Modi?", "e065690c", "question"),
    # "the Xinhua News Agency devoted a feature article to the legacy of Eric Liddell" ¶283; "Xinhua correspondents
    # Zheng Bofei and Jin Jing write" ¶287
    Query("which two Xinhua correspondents wrote the feature on Eric Liddell's legacy?", "7ab1f62c", "question"),
    # Topics
    # "Miguel Díaz-Canel Bermúdez paid a state visit to Laos, September 6-7" ¶161, and the visit ¶163–167
    Query("Cuban state visit to Laos September 6-7", "20f574be", "topic"),
    # "The organisation was the first to set up a military confidence-building mechanism in its member states' border
    # areas … The SCO was the first to launch Belt and Road cooperation" ¶433
    Query("military confidence-building mechanism border areas first to launch Belt and Road", "9e49ddff", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Li Jinxian heads the Memorial Work Department (097182f6 line 1, line 10); the Beijing symposium and the Tsinghua
    # forum are Keith Bennett's (ac7222d4 ¶475)
    "Li Jinxian Tsinghua symposium",
    # Harbin is not in the corpus; the partisans' memorial sites are in Russia (097182f6 line 1–2), the memorial
    # complex near Khabarovsk (054ef6fb line 12)
    "Harbin partisans memorial restoration",
    # Liddell in Chinese characters: he won the 400 metres (7ab1f62c ¶287) and "several medals" at the Minyuan
    # Stadium (¶291); no 200 metres
    "利德尔 200米 奖牌",
    # Jenny Clegg (ac7222d4 ¶513, d89fdf72 ¶366); the Khabarovsk seminar and memorial complex are Liu Qibao's visit
    # (054ef6fb)
    "Jenny Clegg Khabarovsk memorial complex seminar",
    # Rewi Alley is Hogg's mentor (ac7222d4 ¶495); the Paris gold is Liddell's (7ab1f62c ¶287)
    "Rewi Alley Olympic gold in Paris",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); Zhongnanhai is where Xi met the King (5a5d8582 ¶237), and
    # the lunch is Xi's in the Great Hall (38a7d84f ¶385)
    "Radhika Desai Zhongnanhai lunch with the Cambodian King",
    # "On the morning of September 4, … met at the Great Hall of the People" (d807680a ¶85); no hour
    "at what hour did Xi and Díaz-Canel begin their meeting in the Great Hall of the People?",
    # "Around 400 military personnel from the armed forces of China, Russia, Laos, and Cambodia" (362ba691 ¶77), "the
    # participation of Lao People's Army soldiers" (20f574be ¶145); no count for Laos
    "сколько лаосских солдат прошло на параде в Ханое?",
    # Irkutsk is not in the corpus; the camp of the anti-Japanese united army is near Khabarovsk (054ef6fb line 12)
    "Irkutsk anti-Japanese united army camp museum",
    # Lan Hu is China's ambassador in Caracas (f78fdcd6 ¶33–45); JISCO, "una empresa siderúrgica estatal"
    # (dde32893 ¶335), has nothing to do with him
    "Lan Hu JISCO steel company",
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" (dde32893 ¶329); no city, no
    # number
    "¿cuántos robots había en el hotel de Xi'an según Sydney Loving?",
    # Dunhuang (in Chinese characters) and its molten salt solar plant (dde32893 ¶335, 6710eba1 ¶539); no capacity
    "敦煌 光热电站 装机容量 兆瓦",
    # "Sen. Lt. Gen. Hoang Xuan Chien extended a warm welcome" to the foreign troops on August 29 (362ba691 ¶77); no
    # age
    "how old was Hoang Xuan Chien when he greeted the foreign troops on August 29?",
    # Jin Jing is a Xinhua correspondent writing on Liddell (7ab1f62c ¶287); 'Ocean Devil' is MacManus's biography of
    # Hogg (ac7222d4 ¶489); no review
    "Jin Jing review of the Ocean Devil biography",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "the honey harvest weekend … Come and turn the extractor" ¶14; "the warden, Mr Ossie Gilchrist" ¶22
    Query("Ossie Gilchrist honey harvest extractor", "7a961ec0", "cross-paragraph"),
    # "born … above her father's cobbler's shop in Tanner Row" ¶6; "called Bikila" ¶14; "she was in Tokyo to see the
    # same man win again" ¶18
    Query("Dilys Threlfall Bikila Tokyo Tanner Row", "27bdebca", "cross-paragraph"),
    # "Alexander Petrie left Drumallan in 1881 to work as a chainman" ¶10; "He farmed near Kamloops" ¶22; "unveiled
    # … by Provost Colin Urquhart" ¶25
    Query("Alexander Petrie chainman Kamloops Provost Colin Urquhart", "4889582a", "cross-paragraph"),
    # "off-road course at Birkrigg Quarry, by kind permission of the Pickersgill family" ¶13–14; "a talk by Roger
    # Helliwell, whose grandfather bought Series I chassis no. 861" ¶16–17
    Query("Roger Helliwell chassis 861 Birkrigg Quarry Pickersgill", "c7e20684", "cross-paragraph"),
    # "The herring drifter Morning Star was towed into harbour" ¶12; "A meeting in the Temperance Hall … to petition
    # the Town Council for electric street lighting" ¶18–19
    Query("Morning Star drifter Temperance Hall electric street lighting", "a2538075", "cross-paragraph"),
    # "a rented Ferguson with a fat remote" ¶9; "The last pages went out in Northern Ireland … when the analogue
    # signal there was switched off" ¶14–15; "a teletext quiz at the Bull's Head" ¶21
    Query("rented Ferguson analogue signal Northern Ireland Bull's Head quiz", "048e82b5", "cross-paragraph"),
    # "Emrys Gwatkin, now 84" ¶8; "my pocket diary on the Sunday" ¶10; "against a side of quarrymen from Cwmhelyg"
    # ¶23–24
    Query("Emrys Gwatkin pocket diary Cwmhelyg quarrymen", "82590860", "cross-paragraph"),
    # "The infants' nativity" ¶11; "in St Botolph's" ¶13, ¶20; "Class 4 will race for the pancake cup" ¶22; "Mrs J.
    # Kettleborough, Headteacher" ¶28
    Query("Mrs Kettleborough pancake cup nativity St Botolph's", "25967e0e", "cross-paragraph"),
    # "the Mayor, Cllr Ann Shipperbottom, will plant a rowan … which died in last summer's drought" ¶9–10; "extend the
    # pedestrian area into Bridge Street" ¶24 (79af00b5 ¶7 has Bridge Street, none of the rest)
    Query("Ann Shipperbottom rowan drought Bridge Street", "a212d43e", "cross-paragraph"),
    # "Northern Plate. … please tell Gareth Ormesher" ¶10–11; "at Jess Lindqvist's farm. Barbecue, no puck" ¶23
    Query("Gareth Ormesher Northern Plate Jess Lindqvist barbecue", "b4292583", "cross-paragraph"),
    # "Joxe Mari Etxaniz … guardó un cuaderno escolar" ¶10–11; "firmó balones en el frontón" ¶15
    Query("Joxe Mari Etxaniz cuaderno frontón balones", "497e136a", "cross-paragraph"),
    # "дневник Тимофея Рябова" ¶10; "работал в экспедиции возчиком" ¶11; "занятия на скалодроме" ¶21–22
    Query("Тимофей Рябов возчик скалодром", "e86b7e7e", "cross-paragraph"),
    # 周德贵 ¶1/8/15/22; 他还收到了考古队寄来的感谢信 ¶10; 镇文化站站长冯晓梅说 ¶19
    Query("周德贵 感谢信 冯晓梅", "44fd0728", "cross-paragraph"),
    # Word forms
    # "talked her way onto the sports desk in 1956" ¶7 (talked → talking, in no document)
    Query("Dilys talking her way onto the sports desk", "27bdebca", "word-form"),
    # "his first blow bent it" ¶5; "Mr Smith missed his first stroke" ¶14–15 (missed → misses, bent → bends,
    # irregular; neither in any document)
    Query("Donald Smith misses his first stroke and bends the spike", "4889582a", "word-form"),
    # "whose grandfather bought Series I chassis no. 861 new … and drove it until 1975" ¶16–17 (bought → buys, drove
    # → drives, irregular; neither in any document)
    Query("grandfather buys a Series I chassis and drives it until 1975", "c7e20684", "word-form"),
    # "Gareth Edwards dived over in the corner for the Barbarians" ¶4 (dived → diving, in no document)
    Query("Gareth Edwards diving over in the corner for the Barbarians", "82590860", "word-form"),
    # "Idris lost his cap and didn't care" ¶13; "Saturday 27th, Cardiff" ¶12 (lost → losing, irregular; in no document)
    Query("Idris losing his cap at Cardiff", "82590860", "word-form"),
    # "Telmo Zarra marcó a Inglaterra el gol" ¶5 (marcó → marca, in no document)
    Query("Zarra marca el gol a Inglaterra en Maracaná", "497e136a", "word-form"),
    # "Рябов снова пришёл на Памир, уже с геологами" ¶17 (пришёл → приходит, in no document)
    Query("Рябов приходит на Памир с геологами", "e86b7e7e", "word-form"),
    # "the Mayor, Cllr Ann Shipperbottom, will plant a rowan at the Market Cross end" ¶9 (plant → planting, in no
    # document)
    Query("the Mayor planting a rowan at the Market Cross end", "a212d43e", "word-form"),
    # "The clock tower, which first struck the hour on 21 June 1897" ¶19 (struck → striking, irregular; in no
    # document)
    Query("clock tower first striking the hour in 1897", "27a8bd2f", "word-form"),
    # "bring a friend, and we will lend fins, masks and sticks" ¶7–8; "try-it evenings for newcomers" ¶7 (lend →
    # lending, in no document)
    Query("lending fins, masks and sticks to newcomers", "b4292583", "word-form"),
    # Another script or romanisation
    Query("Осси Гилкрист", "7a961ec0", "translit"),  # "the warden, Mr Ossie Gilchrist" ¶22 in Cyrillic
    Query("Дилис Трелфолл", "27bdebca", "translit"),  # "Dilys Threlfall" ¶1/3/23 in Cyrillic
    # "the Forres-born financier Donald Smith" ¶4; "AT CRAIGELLACHIE" ¶1 in Cyrillic
    Query("Дональд Смит Крейгеллахи", "4889582a", "translit"),
    # "left Montreal" ¶18; "the new city of Vancouver" ¶20; "He farmed near Kamloops" ¶22, in Chinese characters
    Query("蒙特利尔 温哥华 坎卢普斯", "4889582a", "translit"),
    # "Gareth Edwards … at Cardiff Arms Park" ¶4–5 in Cyrillic
    Query("Гарет Эдвардс Кардифф Армс Парк", "82590860", "translit"),
    # "Telmo Zarra" ¶5, "el estadio de Maracaná" ¶5 (and ¶1) in Cyrillic, then in Chinese characters
    Query("Тельмо Сарра Маракана", "497e136a", "translit"),
    Query("萨拉 马拉卡纳", "497e136a", "translit"),
    Query("Timofei Ryabov", "e86b7e7e", "translit"),  # "дневник Тимофея Рябова" ¶10 in Latin letters
    # "Карл Вин, Ойген Альвайн и Эрвин Шнайдер" ¶5, the German climbers, by their own spelling
    Query("Karl Wien Eugen Allwein Erwin Schneider", "e86b7e7e", "translit"),
    Query("Zhou Degui", "44fd0728", "translit"),  # 周德贵 ¶1/8/15/22 in pinyin
    Query("Feng Xiaomei Yanqiao", "44fd0728", "translit"),  # 镇文化站站长冯晓梅 ¶19; 雁桥镇 ¶1/15, in pinyin
    Query("Sanxingdui Guanghan", "44fd0728", "translit"),  # 四川广汉三星堆遗址 ¶5 in pinyin
    # accents dropped: "la peña athletic Zarraren Lagunak" ¶7; "Maracaná" ¶1/5
    Query("Zarraren Lagunak pena athletic Maracana", "497e136a", "translit"),
    # Russian
    # "альпклуб «Вертикаль» откроет в городской библиотеке выставку, посвящённую этому восхождению" ¶7–8
    Query("выставка в городской библиотеке о восхождении на пик Ленина", "e86b7e7e", "russian"),
    # "клуб готовит собственную экспедицию на пик Ленина по классическому маршруту" ¶25
    Query("экспедиция на пик Ленина по классическому маршруту", "e86b7e7e", "russian"),
    Query("пик Кауфмана", "e86b7e7e", "russian"),  # "который тогда ещё называли пиком Кауфмана" ¶6–7
    Query("Немцы ушли к леднику, мы с лошадьми остались внизу", "e86b7e7e", "russian"),  # Рябов's diary, ¶13
    # Spanish
    # "La peña instalará una pantalla en el frontón para los cuartos de final … para la semifinal" ¶17–18
    Query("pantalla en el frontón para la semifinal", "497e136a", "spanish"),
    # "La exposición «Zarra y Arbelaitz» podrá visitarse en la casa de cultura del 2 al 18 de julio" ¶21
    Query("la exposición «Zarra y Arbelaitz» del 2 al 18 de julio", "497e136a", "spanish"),
    Query("retransmisión por la radio del batzoki", "497e136a", "spanish"),  # "escuchó la retransmisión …" ¶10
    # Chinese
    Query("青铜大立人像 青铜神树 二号坑", "44fd0728", "chinese"),  # 二号坑，青铜大立人像和青铜神树就出自这里 ¶13
    Query("展览移到县博物馆继续展出", "44fd0728", "chinese"),  # 展览将移到县博物馆继续展出 ¶19
    Query("日记本 捐给 文化站", "44fd0728", "chinese"),  # 周德贵把日记本捐给了雁桥镇文化站 ¶15
    # Mentions and zero-width spaces
    # "Subs are £22 a month … the secretary, Priya Halloran" ¶25–26
    Query("<@4471> Priya Halloran\u200b subs", "b4292583", "mention-noise"),
    # "The Lamb and Flag will show France against Brazil on a big screen" ¶10; "Landlord Vic Amesbury" ¶12
    Query("@here Vic Amesbury\u200b big screen", "382acad3", "mention-noise"),
    # "the opening ceremony of the Commonwealth Games" ¶10–11; "Their teacher, Mrs Gail Oddie" ¶13
    Query("<#301> Gail Oddie\u200b Commonwealth Games", "131c6563", "mention-noise"),
    # "His great-grandniece, Moira Petrie, found the letter … in a biscuit tin" ¶22–23
    Query("@everyone Moira Petrie\u200b biscuit tin", "4889582a", "mention-noise"),
    # Typos
    Query("Kirkstand Gazete", "a2538075", "typo"),  # "KIRKSTRAND GAZETTE" ¶1 (1 edit + 1)
    Query("Scawbey Ings Centenery Day", "25967e0e", "typo"),  # "SCAWBY INGS" ¶1; "a Centenary Day" ¶7
    Query("Whinfeild underwatre hockey", "b4292583", "typo"),  # "WHINFIELD UNDERWATER HOCKEY CLUB" ¶1
    # "Gorsthwaite Bowling Club … celebrates its centenary" ¶17–18
    Query("Gorsthwiate bowling club centenery", "9e788134", "typo"),
    # Names
    Query("Tom Threlfall", "27bdebca", "name"),  # "She married Tom Threlfall, a compositor" ¶20
    Query("Ron Capstick", "9e788134", "name"),  # "The club's oldest member, Ron Capstick, 93" ¶19
    Query("Pete Abernethy", "048e82b5", "name"),  # "a blog about old television, by Pete Abernethy" ¶1
    Query("Miren Etxaniz", "497e136a", "name"),  # "cuenta Miren Etxaniz, hija de Joxe Mari" ¶26
    Query("Bethan Prosser", "82590860", "name"),  # "The club secretary, Bethan Prosser" ¶16 (and ¶26)
    # Phrases
    Query("like standing in an oven door", "27bdebca", "phrase"),  # ¶11
    Query("Kids on page 302 all evening", "048e82b5", "phrase"),  # ¶11
    Query("Some people said the Causeway would die without cars", "a212d43e", "phrase"),  # ¶21
    Query("never once been hungry", "a2538075", "phrase"),  # ¶14
    Query("they will remember it for sixty years", "131c6563", "phrase"),  # ¶13–14
    # Questions
    # "The first through train left Montreal on Monday 28 June 1886" ¶18–19
    Query("when did the first through train leave Montreal?", "4889582a", "question"),
    # "Last year's autumn rally … raised £3,400 for the air ambulance" ¶28
    Query("how much did the autumn rally raise for the air ambulance?", "c7e20684", "question"),
    # "The Gorsthwaite bypass will open to traffic at noon on Monday the 15th" ¶4
    Query("what time does the Gorsthwaite bypass open?", "c464cb52", "question"),
    # "The new swimming baths in Harbour Road … A hundred and ninety children swam on the first Saturday" ¶6–8
    Query("how many children swam at the Harbour Road baths on the first Saturday?", "a2538075", "question"),
    # "the evening had raised £1,140 for the junior section" ¶16
    Query("how much did the Pontardwyn evening raise for the junior section?", "82590860", "question"),
    # "The baths close for retiling from Monday 8 to Sunday 21 April" ¶17
    Query("when does the Whinfield pool close for retiling?", "b4292583", "question"),
    # "Taster sessions for beginners (booking essential, £15, …)" ¶11; "beekeeping taster sessions" ¶2
    Query("how much is a beekeeping taster session?", "7a961ec0", "question"),
    # "Landlord Vic Amesbury … says the yard holds three hundred" ¶12–13
    Query("how many people does the Lamb and Flag yard hold?", "382acad3", "question"),
    # "before the move to our present building on 4 September 1961" ¶9
    Query("when did Scawby Ings move to its present building?", "25967e0e", "question"),
    # "The Register itself was founded in the back room of the Drovers' on 12 February 1972" ¶10–11
    Query("when was the Hetherwold Land Rover Register founded?", "c7e20684", "question"),
    # "Bollards went in on Monday the 9th" ¶6 (May 1988; the council's release, a212d43e, has no bollards)
    Query("when did the bollards go in on the Causeway?", "79af00b5", "question"),
    # Topics
    # "Donald Smith drove the last spike of the Canadian Pacific Railway" ¶4–5; "unveil a plaque" ¶8 (and ¶25)
    Query("Canadian Pacific Railway last spike plaque", "4889582a", "topic"),
    # "dance in the opening ceremony of the Commonwealth Games at the new City of Manchester Stadium" ¶10–11
    Query("Commonwealth Games opening ceremony City of Manchester Stadium", "131c6563", "topic"),
    # "the Heritage Open Days weekend returns … with the old gaol, the tannery cellars and the clock tower" ¶17–18
    Query("Heritage Open Days old gaol tannery cellars", "27a8bd2f", "topic"),
    # "the world had its first teletext service: thirty pages of news and weather" ¶5–6
    Query("first teletext service thirty pages of news and weather", "048e82b5", "topic"),
    # "The Land Rover was first shown to the public on the Rover stand at the Amsterdam Motor Show on Friday 30 April
    # 1948" ¶5–6
    Query("Land Rover Amsterdam Motor Show 1948", "c7e20684", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Ossie Gilchrist is the apiary's warden (7a961ec0 ¶22); the underwater hockey is Whinfield's (b4292583)
    "Ossie Gilchrist underwater hockey",
    # Dilys Threlfall covered the Rome and Tokyo Olympics (27bdebca ¶9–18); the Commonwealth Games are the Gorsthwaite
    # dancers' (131c6563)
    "Dilys Threlfall Commonwealth Games",
    # Moira Petrie found Alexander Petrie's letter (4889582a ¶22–23); the Land Rover is Hetherwold's (c7e20684)
    "Moira Petrie Land Rover",
    # Mr Denholme runs Scawby Ings's swimming sessions (25967e0e ¶22); the boardwalk is the apiary's (7a961ec0 ¶4–5)
    "Mr Denholme Dabchick Mere boardwalk",
    # Gail Oddie teaches the Games dancers (131c6563 ¶13); the bowls centenary is another cutting (9e788134)
    "Gail Oddie bowling club centenary",
    # Vic Amesbury is the Lamb and Flag's landlord (382acad3 ¶12); the clock tower's waiting list is another cutting
    # (27a8bd2f ¶19–20)
    "Vic Amesbury clock tower waiting list",
    # Andrew Lumsden skippered the Morning Star (a2538075 ¶14); page 302 is the Ceefax blog's (048e82b5 ¶11–12)
    "Andrew Lumsden teletext page 302",
    # Idris is Emrys Gwatkin's brother (82590860 ¶9, ¶13); the honey harvest is the apiary's (7a961ec0 ¶14)
    "Idris Gwatkin honey harvest",
    # Roger Helliwell gives the Wilks Brothers talk (c7e20684 ¶16); Cardiff Arms Park is Pontardwyn's (82590860 ¶4–5)
    "Roger Helliwell Cardiff Arms Park",
    # Mrs Kettleborough is Scawby Ings's headteacher (25967e0e ¶28); the Drovers' Hall is Hetherwold's (c7e20684 ¶9)
    "Mrs Kettleborough Drovers' Hall",
    # "Class 4 will race for the pancake cup on Shrove Tuesday" (25967e0e ¶22); still to come, no winner
    "who won the Scawby Ings pancake cup?",
    # the Provost "was pushed in, fully clothed, by the winner of the schools' gala" (a2538075 ¶6–7); the winner is not
    # named
    "who was the winner of the schools' gala who pushed the Provost in?",
    # "Sunday the 4th: farewell run to the Hetherwold Show field and back" (c7e20684 ¶26); no time (the convoy's
    # 6.15pm, ¶19, is another day)
    "what time does the Hetherwold farewell run leave?",
    # "take home a jar labelled with your name" (7a961ec0 ¶15); no price (the £15 is the taster session's, ¶11)
    "how much does a jar of Dabchick Mere honey cost?",
    # "France against Brazil … their first World Cup final at the new Stade de France" (382acad3 ¶10–12), written
    # before the match; no score
    "what was the score of the France Brazil final at the Stade de France?",
    # "since the first one came to Low Garth" (c7e20684 ¶10); no driver
    "who drove the first Land Rover at Low Garth?",
    # "She is survived by her son, Huw" (27bdebca ¶25); nothing on his work (Tom was the compositor, ¶20)
    "what did Dilys Threlfall's son Huw do for a living?",
    # "the paper sent her to Rome, second-class by train" (27bdebca ¶9); no hotel
    "which hotel did Dilys Threlfall stay in in Rome?",
    # "the Mayor cut a ribbon at the Market Cross" in 1988 (79af00b5 ¶4), unnamed; Cllr Ann Shipperbottom is today's
    # Mayor, planting the rowan twenty-five years on (a212d43e ¶8–9)
    "who was the Mayor of Tolbrook who cut the Causeway ribbon in 1988?",
    # "Gareth Edwards dived over in the corner … barely four minutes into the match" (82590860 ¶4–5); no score
    "what was the score when the Barbarians played the All Blacks in 1973?",
    # "The tournament in Hull is on Saturday 16 and Sunday 17 March" (b4292583 ¶10); still to come, no winner
    "who won the Northern Plate in Hull?",
    # "the group holds talks in the Burgh Hall" on Friday 5 and Saturday 6 November (4889582a ¶25–26); no hour (2pm is
    # the plaque's, ¶25)
    "what time are the Drumallan Heritage Group's talks in the Burgh Hall?",
    # Kirkwall is not in the corpus; the drifter towed into harbour is Kirkstrand's Morning Star (a2538075 ¶12)
    "Kirkwall herring drifter towed into harbour",
    # Hetherington is not in the corpus (4+ edits from Hetherwold, whose Land Rover Register is c7e20684)
    "Hetherington Land Rover club",
    # Scawton is not in the corpus (3 edits from Scawby); the infants' nativity is Scawby Ings's (25967e0e ¶11)
    "Scawton infants' nativity play",
    # "участники советско-германской Памирской экспедиции Карл Вин, Ойген Альвайн и Эрвин Шнайдер" (e86b7e7e ¶5); no
    # leader named
    "кто возглавлял советско-германскую Памирскую экспедицию?",
    # "мы с лошадьми остались внизу" (e86b7e7e ¶13); no count of horses
    "сколько лошадей было у экспедиции 1928 года?",
    # "Telmo Zarra marcó a Inglaterra el gol" (497e136a ¶5); the English goalkeeper is not named
    "¿cómo se llamaba el portero inglés que encajó el gol de Zarra?",
    # "ha colgado en la plaza una pancarta con la alineación de aquel día" (497e136a ¶7–8); no price
    "¿cuánto costó la pancarta con la alineación de aquel día?",
    # 周德贵 worked at the brickworks (当年就在这家砖厂烧窑, 44fd0728 ¶8); no wages
    "周德贵 砖厂 工资",
    # 二号坑 was found on 8月16日 (44fd0728 ¶13); only 一号坑's dig has dates (¶12), no end for pit two
    "二号坑 发掘 结束 日期",
    # "Saturday 3 May: show and shine on the Recreation Ground. Judging at 2pm" (c7e20684 ¶23); no judge named
    "who will judge the Hetherwold show and shine?",
    # "Six pupils of Gorsthwaite High will dance" (131c6563 ¶10); only their teacher is named
    "what are the names of the six Gorsthwaite pupils dancing at the Games?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind140/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
