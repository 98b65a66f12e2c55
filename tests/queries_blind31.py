"""A thirty-first lookup query set, for tuning ranking in the fourteenth round: it is a TUNING set, not a
blind one (the search may be tuned on it, and once used for tuning, a score on it is in-sample). It is
RICH IN UNANSWERABLE QUERIES: about two in five of its queries have no answer in their corpus, and were
written to be read and tuned on, so that the "nothing found" cut-off is tried against queries that share
names, words and dates with the documents without being answered by them.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py sets; no query here is a copy or
  near-copy of a query in those files. A throwaway script compared the word set of every query (Latin
  and Cyrillic words, Chinese by character pairs, a few stop words left out) with every earlier query,
  while the set was being written; a query sharing more than half of its words with any one earlier
  query (or with an earlier query of this set) was replaced. tests/queries_blind29.py and
  tests/queries_blind30.py were not opened and are not part of that check.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind43/docs, copied as ONE
  corpus into a subfolder blind43/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query are
in one article but no single paragraph, title line included, holds them all), word-form 4 + 6 (another
inflection or derivation than the text uses, both directions, irregular forms too, in English, Russian
and Spanish), translit 4 + 5 (another script or romanisation than the text: Cyrillic and Chinese
characters for Latin-script names by sound, Latin for Cyrillic and Chinese, pinyin and Wade-Giles,
another national romanisation of a name, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 4
(1–2 edits), name 2 + 3, phrase 2 + 3, question 3 + 4, topic 3 + 3: 34 + 46 answerable, and 21 + 33
unanswerable. Every answerable query is answered by the documents' own words in some form, spelling or
script (names may be written in another script); none needs a translation of a common noun or a synonym
the text never uses.

The unanswerable queries are of several kinds: a name the corpus holds joined to a subject it never
connects with that name; a question in the corpus's own words about something it does not say; a place
or person the corpus does not hold but spelled close to one it does (at least three edits from any name
in the corpus, so that a typo-tolerant search should not reach it); a common word joined to a name from
another article; Russian, Spanish and Chinese queries; date and number questions the text does not
answer. Each shares one or more words with its corpus on purpose, and every article holding those words
was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new corpus
was read in full first, and the seed articles used were read in full. Each query was written from a
passage of its article, and every word of it (and a stem of it, for the other forms) was matched over
the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that listed every
article and paragraph holding it; those paragraphs were read to decide which article a reader wants
first (`best`) and which others are fair answers too (`also`). For cross-paragraph queries the same
script checked that no paragraph (title line included) holds all of the query's words.

The search engine was never run on these queries, and its code (bot/), adapters/, bench/ and docs/
were not read while writing them. Article ids come from `memorial-bot articles --json` (the document
loader), run on seeds/ and on a folder built as build_newdocs_corpus builds it.
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

# The new-documents corpus is assembled by copying tests/gold/blind43/docs/* into ONE temporary
# corpus folder under the subfolder blind43/: files are then "blind43/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind43/docs",)
NEWDOCS_SUBDIRS = ("blind43",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "a245e9f7": "HOBB'S CARR NATURE RESERVE",
    "c2c3ce4f": "TWENTY YEARS OVER THE WATER",
    # en_kylebrae_courier_digest.txt: the digest's heading (¶1–2) and its three cuttings
    "d086f67f": "KYLEBRAE COURIER — FROM THE FILES",
    "96745bf5": "FERRY SAILS INTO HISTORY AS THE BRIDGE OPENS",
    "51e49a0e": "HALL REOPENS UNDER A NEW ROOF",
    "299b1e08": "A HUNDRED AND FIFTY YEARS OF THE COURIER",
    "da68af0e": "MABEL THWAITE",
    "eee8c969": "THE MELLERBY STANDARD",
    "138e1f0e": "OXLEY CROSS DISTRICT COUNCIL",
    # en_pellridge_advertiser_digest.txt: the heading with the first cutting (the gale, ¶3–9), then two more
    "4269b773": "PELLRIDGE ADVERTISER — WINTER AND SUMMER: THREE CUTTINGS",
    "5fb53600": "MILLENNIUM BEACON READY FOR THE BIG NIGHT",
    "a932e27b": "TORCH AND JUBILEE: A WEEKEND TO REMEMBER",
    "49c14108": "PRESS RELEASE",
    "5083111c": "Footnotes and Footpaths — a walking blog",
    "2e59c0ba": "SKELMOUTH KITE FESTIVAL",
    "a38ada06": "TOLLAND & DISTRICT MODEL RAILWAY CLUB",
    "d1906d24": "WICKHOLLOW, 14 June 2002 — A biscuit tin, a cassette tape",
    "b5c5fee0": "Villaclara de Tormes, 12 de noviembre",
    "f4ce97aa": "Светлоборск, 13 ноября",
    "5b35a792": "柳湾乒乓球俱乐部成立三十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Díaz-Canel ¶85/89; "Mao Zedong and Fidel Castro Ruz" ¶93; nanotechnology ¶105
    Query("Díaz-Canel nanotechnology Fidel Castro Ruz", "d807680a", "cross-paragraph"),
    # Tokayev in the evening ¶405; Madbouly on seawater desalination ¶413
    Query("Madbouly seawater desalination Tokayev", "26d64f12", "cross-paragraph"),
    # Fico at noon ¶13/19; Sassou Nguesso ¶23; zero-tariff treatment ¶25
    Query("Fico zero-tariff Sassou Nguesso", "faecd2e1", "cross-paragraph"),
    # the Dunhuang Salt Tower solar plant ¶539; discussions at Fudan University ¶541
    Query("Fudan University Salt Tower", "6710eba1", "cross-paragraph"),
    # the grand ceremony in Hanoi ¶143; guests Igor Sergeenko ¶157 and Vladimir Yakushev ¶158
    Query("Sergeenko Yakushev Hanoi ceremony", "20f574be", "cross-paragraph"),
    # Word forms: the text has another form
    # "acts of distorting history and beautifying Nazis" 002 ¶11
    Query("beautified Nazis distorted history", "424ab945", "word-form"),
    # "Condemns the desecration or destruction of World War II memorials" 003 ¶37
    Query("desecrating World War II memorials", "b39d8185", "word-form"),
    # "the Communist Party … the first to organise a Hyde Park meeting" ¶525
    Query("communists organising a Hyde Park meeting", "ac7222d4", "word-form"),
    # "Xi hosted a lunch in the Great Hall … and the relatives of international friends" ¶385
    Query("Xi hosting a lunch for relatives of international friends", "38a7d84f", "word-form"),
    # Another script or romanisation
    # Wade-Giles for Shandan (the Shandan Bailie School ¶483/501) and for Gansu ¶485
    Query("Shantan Bailie school Kansu", "ac7222d4", "translit"),
    # the Belarusian romanisation of Aleksandr Lukashenko ¶263–265
    Query("Aliaksandr Lukashenka", "0e5d6094", "translit"),
    Query("卢拉·达席尔瓦", "e065690c", "translit"),  # Luiz Inácio Lula da Silva in Chinese characters ¶451/463
    Query("民园 天津", "7ab1f62c", "translit"),  # the Minyuan Stadium in Tianjin, in Chinese characters ¶291
    # Russian (names in Cyrillic)
    # Li Jinxian 000 ¶1/4/10; "reported by RIA Novosti" ¶2
    Query("РИА Новости Ли Цзиньсянь", "097182f6", "russian"),
    Query("Каллум Норрис Твм Дрейпер", "6710eba1", "russian"),  # Callum Norris and Twm Draper ¶533
    # Spanish
    # "las hambrunas provocadas por el hombre, el caudillismo y más" ¶313
    Query("caudillismo hambrunas", "dde32893", "spanish"),
    # "las narrativas negativas y las mentiras estilo Guerra Fría" ¶309
    Query("narrativas negativas Guerra Fría", "dde32893", "spanish"),
    # Chinese characters for names in the text
    Query("中南海", "5a5d8582", "chinese"),  # the King and the Queen Mother at Zhongnanhai ¶237
    Query("陈青敏", "362ba691", "chinese"),  # Tran Thanh Man, Chairman of the National Assembly of Vietnam ¶65
    # Mentions and zero-width spaces
    # Ivan Melnikov, vice chairman … State Duma's Deputy Speaker 001 ¶6
    Query("<@55501> \u200bIvan Melnikov State Duma deputy speaker", "054ef6fb", "mention-noise"),
    # Ambassador Lan Hu expressed his gratitude ¶43; "President Nicolás Maduro Moros" ¶45
    Query("<#31415> \u200bLan Hu gratitude Maduro Moros", "f78fdcd6", "mention-noise"),
    # Typos
    Query("Mirzijoyev Uzbek", "3a9fa4ed", "typo"),  # Uzbek President Shavkat Mirziyoyev ¶207–209
    # Miguel Díaz-Canel Bermúdez ¶85 (accent dropped, z→s); his Laos visit 20f574be ¶155/161–167
    Query("Díaz-Canel Bermudes", "d807680a", "typo", also=("20f574be",)),
    Query("Pashinian Armenia", "0e5d6094", "typo"),  # Armenian Prime Minister Nikol Pashinyan ¶257–259
    # Names
    Query("Chow Yun-fat Chen Hansheng", "ac7222d4", "name"),  # the film about Hogg ¶491
    Query("El-Sisi Pezeshkian BRICS", "e065690c", "name"),  # at the BRICS virtual summit ¶451
    # Phrases
    # "a power without an imperialist, colonialist, or slave-owning vision" ¶41
    Query("a power without an imperialist vision", "f78fdcd6", "phrase"),
    Query("the failure of inhumane ideologies", "b39d8185", "phrase"),  # 003 ¶35
    # Questions
    # Jenny Clegg ¶513; "Her father, Arthur Clegg" ¶515 (d89fdf72 ¶366 only lists her as a speaker)
    Query("who is Jenny Clegg's father?", "ac7222d4", "question"),
    Query("what did Guterres say about multilateralism?", "26d64f12", "question"),  # ¶409
    # "Slovakia was the only member state of NATO and the EU to be represented … at head of government level" ¶21
    Query("why was Slovakia's presence notable?", "faecd2e1", "question"),
    # Topics
    Query("regime legitimacy Taiwan Ukraine", "b39d8185", "topic"),  # 003 ¶17
    Query("world's largest regional organisation", "9e49ddff", "topic"),  # the SCO ¶435
    # "the companion to our commemoration of VE or Victory in Europe Day" ¶359
    Query("companion webinar Victory in Europe Day", "d89fdf72", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Tokayev uranium exports",  # Tokayev (26d64f12 ¶405): a meeting in the evening; no uranium, no exports
    # Keith Bennett (ac7222d4 ¶475, d89fdf72 ¶367); the books (ac7222d4 ¶493–495) are Hogg's and Alley's
    "Keith Bennett book launch",
    "Lan Hu ambassador to Brazil",  # Lan Hu is ambassador to Venezuela (f78fdcd6); Brazil (e065690c ¶451)
    "how much did the Minyuan Stadium cost?",  # the Minyuan Stadium (7ab1f62c ¶291); no cost
    "Wonju monument",  # Wonju, 3 edits from Wonsan (097182f6 ¶7); monuments (097182f6, f78fdcd6)
    "Lukashevich interview",  # 4 edits from Lukashenko (0e5d6094); an interview (dde32893 ¶297)
    "Tianshui earthquake",  # Tianshui, not Tianjin (many articles); no earthquake
    "Sihanoukville port",  # the city is never named; Sihanouk the Queen Mother (5a5d8582); no port
    # Abramovich, 3 edits from Abramov (054ef6fb 001 ¶14); Chelsea only as the stadium's model (7ab1f62c ¶291)
    "Abramovich Chelsea takeover",
    "Maduro railway project",  # Maduro (f78fdcd6); railway projects (20f574be ¶139, 3a9fa4ed ¶207)
    "Sydney Loving libro nuevo",  # Sydney Loving (dde32893); "Libros Iskra" ¶305; no new book
    "what year did Mongolia join the SCO?",  # Mongolia at the SCO meetings (c061f0a1 ¶187); no year
    "how many people attended the webinar on 21 September?",  # the webinar (d89fdf72 ¶351); no attendance
    # Bethune (7ab1f62c ¶275); "Spanish" (f78fdcd6 ¶49, dde32893 ¶297) and civil war (6710eba1 ¶557) elsewhere
    "Norman Bethune Spanish Civil War blood transfusion",
    "Мирзиёев хлопок",  # Mirziyoyev (3a9fa4ed ¶207–209); no cotton
    "Гутерриш сектор Газа",  # Guterres (26d64f12); no Gaza
    "JISCO acciones en bolsa",  # JISCO (dde32893 ¶335); no shares
    "新时代 高铁 票价",  # 新时代 (003 ¶20, b39d8185); no rail fares
    "俄罗斯 留学 奖学金",  # 俄罗斯 (003 ¶20); no study abroad, no scholarships
    "中俄边境口岸开放时间",  # 中俄 (003 ¶20); the only borders are Myanmar's (26d64f12 ¶417) and the SCO's
    "how many guests attended Xi's lunch at the Great Hall?",  # the lunch (38a7d84f ¶385); no number
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # Morag Lindsay in the ticket booth ¶7–9; the protest camp with a brazier ¶11–13
    Query("Morag Lindsay protest camp brazier", "c2c3ce4f", "cross-paragraph"),
    # married on Coronation Day ¶9; the whist drive ¶16–18
    Query("Mabel Thwaite whist Coronation Day", "da68af0e", "cross-paragraph"),
    # Garin and Montgeron ¶7–8; the replica of Garin's bicycle and the "Tour on rollers" ¶15–16
    Query("Garin replica rollers Montgeron", "49c14108", "cross-paragraph"),
    # Pevensey ¶10/23; the grandfather's diary and the pressed daisy ¶18–21
    Query("Pevensey grandfather diary pressed daisy", "5083111c", "cross-paragraph"),
    # Mrs Doreen Pallister, the chestnut tree ¶11–12; head teacher Sunita Gill ¶19
    Query("Doreen Pallister chestnut tree Sunita Gill", "d1906d24", "cross-paragraph"),
    # "Tolland Junction" on new baseboards ¶9; "City of Truro" ¶23
    Query("Tolland Junction baseboards City of Truro", "a38ada06", "cross-paragraph"),
    # Word forms
    Query("buy back the bridge tolls", "c2c3ce4f", "word-form"),  # "the bridge was bought back and the tolls ended" ¶16
    # "the Titanic sank. A Mellerby-born steward" ¶21–22
    Query("Titanic sinking Mellerby steward", "eee8c969", "word-form"),
    # "GALE WRECKS PAVILION" ¶3; "tore the roof from the bowls pavilion" ¶4–5
    Query("gale wrecked bowls pavilion", "4269b773", "word-form"),
    Query("запуск моделей ракет", "f4ce97aa", "word-form"),  # "ребята запускали модели ракет" ¶19
    Query("socios pintaron copias", "b5c5fee0", "word-form"),  # "copias pintadas por sus socios" ¶11
    # "the tin would be topped up with new letters and reburied" ¶19
    Query("topping up the tin with new letters", "d1906d24", "word-form"),
    # Another script or romanisation
    Query("Svetloborsk Buran", "f4ce97aa", "translit"),  # Светлоборск ¶1; корабль «Буран» ¶6
    Query("Liuwan pingpang julebu", "5b35a792", "translit"),  # pinyin for 柳湾乒乓球俱乐部 ¶1/9–10
    Query("Мейбл Туэйт", "da68af0e", "translit"),  # Mabel Thwaite in Cyrillic ¶1/4
    Query("莫里斯·加兰", "49c14108", "translit"),  # Maurice Garin in Chinese characters ¶8/15
    Query("Encarnacion Ruiz", "b5c5fee0", "translit"),  # su presidenta, Encarnación Ruiz ¶20 (accent dropped)
    # Russian
    Query("клуб юных космонавтов Орбита", "f4ce97aa", "russian"),  # ¶11
    Query("неделя космонавтики выставка моделей", "f4ce97aa", "russian"),  # ¶15
    Query("когда стартовал Буран?", "f4ce97aa", "russian"),  # "с Байконура стартовал многоразовый корабль «Буран»" ¶5–6
    # Spanish
    Query("viaje a Madrid salas de Goya", "b5c5fee0", "spanish"),  # ¶14–15
    Query("un Bosco que costó tres inviernos", "b5c5fee0", "spanish"),  # "un Bosco que ha costado tres inviernos" ¶12
    Query("Bellas Artes de Bilbao inscripciones", "b5c5fee0", "spanish"),  # ¶22–23
    # Chinese
    Query("供销社门口 彩色电视机", "5b35a792", "chinese"),  # 第一台彩色电视机就摆在供销社门口 ¶6–7
    Query("两块门板拼成的球台", "5b35a792", "chinese"),  # 第一张球台是用两块门板拼成的 ¶10
    Query("柳湾乒乓球俱乐部什么时候成立的", "5b35a792", "chinese"),  # 同年10月1日成立了柳湾乒乓球俱乐部 ¶9; title ¶1
    # Mentions and zero-width spaces
    Query("<@123456> Hobb's Carr fungus foray", "a245e9f7", "mention-noise"),  # ¶17; Hobb's Carr ¶1/4
    # "Real Christmas trees … collected from the kerbside" ¶19–20; Oxley Cross ¶1/25
    Query("@everyone \u200bchristmas trees kerbside\u200b Oxley Cross", "138e1f0e", "mention-noise"),
    Query("<#445566> Skelmouth rokkaku\u200b", "2e59c0ba", "mention-noise"),  # Rokkaku fighting-kite challenge ¶14
    # Typos
    Query("Quilby cycling musuem", "49c14108", "typo"),  # Quillby Museum of Cycling ¶2/11
    Query("Wickhollw Pallister", "d1906d24", "typo"),  # Wickhollow ¶1–2; Mrs Doreen Pallister ¶11
    Query("Hurlston postmistress", "da68af0e", "typo"),  # Postmistress of Hurlstone ¶2
    Query("Pelridge beacon", "5fb53600", "typo"),  # the beacon on Pell Knoll, Pellridge Advertiser ¶13–17
    # Names
    Query("Hector Munro editor", "299b1e08", "name"),  # "Its editor, Hector Munro" ¶23
    Query("curator Anita Dowell", "49c14108", "name"),  # ¶22
    Query("Derek Royle", "a38ada06", "name"),  # the AGM's speaker ¶22
    # Phrases
    Query("dawn chorus for families", "a245e9f7", "phrase"),  # ¶9
    Query("the wettest jubilee", "d1906d24", "phrase"),  # ¶8
    Query("a temple to the barley crop", "eee8c969", "phrase"),  # the Corn Hall ¶5–6
    # Questions
    # "the Kylebrae ferry made its last crossing the same evening" ¶7–8; c2c3ce4f: lost its ferry that day ¶4–5
    Query("when did the Kylebrae ferry make its last crossing?", "96745bf5", "question", also=("c2c3ce4f",)),
    Query("how fast did City of Truro go?", "a38ada06", "question"),  # "said to have touched 102 mph" ¶23
    Query("how many kites in the mass ascent record?", "2e59c0ba", "question"),  # 212 kites ¶21
    Query("when did Kylebrae Hall reopen?", "51e49a0e", "question"),  # "reopened on Saturday 3 May" ¶15
    # Topics
    Query("Christmas refuse collection revised days", "138e1f0e", "topic"),  # ¶2–14
    Query("Olympic torch relay High Street", "a932e27b", "topic"),  # ¶22–24
    Query("Normans re-enactment abbey", "5083111c", "topic"),  # ¶15–16
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Morag Lindqvist",  # Lindqvist, 4+ edits from Lindsay: the corpus's Morag is Morag Lindsay (c2c3ce4f ¶7)
    "fire at the chandler's shop Munro",  # the chandler's shop, Hector Munro (299b1e08 ¶23); no fire
    # Anita Dowell (49c14108 ¶22); the retirements are Mabel Thwaite's (da68af0e ¶13) and a head's (d1906d24 ¶2)
    "Dowell retiring from the museum",
    "Skelmouth lifeguards",  # Skelmouth (2e59c0ba); no lifeguards
    "Quillby museum stolen bicycle",  # bicycles (49c14108 ¶9/15/22); nothing stolen
    "how much did the Kylebrae bridge cost to build?",  # the bridge and its tolls (c2c3ce4f, 96745bf5); no cost
    "who won the Skelmouth kite-making competition?",  # the final ¶13 (2e59c0ba); no winner
    "Mellerby Town goalscorers Harrowfield",  # the 3-1 cup final (eee8c969 ¶10); no scorers
    "how old was William Tatham when the Titanic sank?",  # eee8c969 ¶21–22; no age
    "who won the Tour de France in 2003?",  # the centenary Tour (49c14108 ¶12–13); only the 1903 winner ¶8
    "Hobb's Carr parking charges",  # the car park (a245e9f7 ¶6); no charges
    "Mellerton Standard",  # Mellerton, 3 edits from Mellerby: the Standard (eee8c969) is Mellerby's
    "Quenby cycling museum",  # Quenby, 3 edits from Quillby (49c14108)
    "Wickham school time capsule",  # Wickham, 4+ edits from Wickhollow (d1906d24)
    "Skelton kite festival",  # Skelton, 4 edits from Skelmouth (2e59c0ba)
    "Pellridge ferry service",  # Pellridge (4269b773, 5fb53600, a932e27b); the ferry is Kylebrae's (c2c3ce4f, 96745bf5)
    "Lunmere levels ceilidh",  # the Lunmere levels (a245e9f7 ¶4); ceilidhs (c2c3ce4f ¶20, 5fb53600 ¶15)
    "kite flying in Mellerby",  # kites (2e59c0ba); Mellerby (eee8c969)
    "Tolland whist drive",  # the whist drive (da68af0e ¶16); Tolland (a38ada06)
    "стоимость программы Буран",  # «Буран» (f4ce97aa ¶6); no cost
    "Орбита клуб расписание занятий",  # the club (f4ce97aa ¶11); only the week's events ¶15, no timetable
    "Громов Байконур награда",  # Gromov at Baikonur (f4ce97aa ¶12–13); no award
    "precio de las entradas del Museo del Prado",  # the Prado (b5c5fee0 ¶5); no ticket prices
    "Villaclara fiestas patronales",  # Villaclara (b5c5fee0); no fiestas
    "cuadros robados del Prado",  # trescientos cuadros (b5c5fee0 ¶5); nothing stolen
    "乒乓球拍 价格",  # 乒乓球 (5b35a792); no prices
    "杭州亚运会 门票价格",  # 杭州亚运会 (5b35a792 ¶19); no tickets
    "柳湾镇 羽毛球比赛",  # 柳湾镇 (5b35a792 ¶6); no badminton
    "what time does the Corn Hall centenary dance start?",  # Saturday 24 April (eee8c969 ¶25); no time
    "when did Hobb's Carr open its hide?",  # the hide (a245e9f7 ¶8); only the reserve's designation, 1986 ¶5
    "what year was the Tolland Drill Hall built?",  # moved there in 2004 (a38ada06 ¶5); no year built
    "how many bicycles does the Quillby museum have now?",  # four in 1963 (49c14108 ¶22–23); no present count
    "when is the Oxley Cross council election?",  # Oxley Cross District Council (138e1f0e); no election
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind43/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
