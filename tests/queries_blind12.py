"""A twelfth lookup query set: a BLIND set. It is not for tuning: it is to be scored once, at the
end, so that its score measures the search out of sample.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind11.py; no query here is
  a copy or near-copy of a query in those files (a throwaway script compared the word sets of every
  query with every earlier one, script by script, Chinese by character pairs, and queries that
  shared too many words with one were given other words or replaced).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind24/docs, copied as ONE
  corpus into a subfolder blind24/ (see NEWDOCS_DIRS). No earlier query set used these documents.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 8 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 7
(the query uses another form of a word the text uses, in both directions and including irregular
forms: severing/sever, drawing/draws/drew, stunning/stunned, applauding/applauds, writing/wrote,
praising/praised, doctor/doctors, losing/lost, selling/sold, knitting/knitted, walking/walked,
culling/culled, widow/widows, rehang/rehung/rehanging), translit 6 + 6 (another script or
romanisation than the text: Cyrillic and Chinese characters for Latin names, an older romanisation
of a pinyin name, Latin for Cyrillic, pinyin for Chinese, accents dropped), russian 3 + 3,
spanish 3 + 3, chinese 3 + 4, mention-noise 3 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 3 (1–2 edits), name 3 + 4, phrase 3 + 4, question 3 + 5, topic
3 + 5: 46 + 55 answerable, and 22 + 25 unanswerable. Every answerable query can be answered from
the documents' own words in some form, spelling or script (names in another script included); the
Russian and Chinese queries over seeds/ are carried by the names they hold, since seeds/ has no
Russian text and its only Chinese is the title line of 003_*.txt.

How the expected articles were judged: by reading the documents only. Every document of both
corpora was read in full first. Each query was then written from a passage of its article, and
every word of it (and a stem of it, for the other forms) was matched over the whole corpus, case-
and accent-insensitively (ё as е), by a throwaway script that listed every article and paragraph
holding it; those paragraphs were read to decide which article a reader wants first (`best`) and
which others are fair answers too (`also`). For cross-paragraph queries the same script checked
that no paragraph (title line included) holds all of the query's words. The unanswerable queries
share one or more words with their corpus on purpose; every article holding those words was read
to confirm that none answers the query.

The search engine was never run on these queries, and its code (bot/, adapters/), bench/ and docs/
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

# The new-documents corpus is assembled by copying tests/gold/blind24/docs/* into ONE temporary
# corpus folder under the subfolder blind24/: files are then "blind24/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind24/docs",)
NEWDOCS_SUBDIRS = ("blind24",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "30f10af1": "RECORD PRICES AT THE TUP SALE",
    "aa39882a": "FAIR CANCELLED",
    "5a40f0c4": "THE FAIR'S 400TH YEAR",
    "d024284f": "Harbourside Food Bank — collection points and dates",
    "db3cfaec": "Pellworth District Council — Notice to harbour users",
    "9bb9747e": "Kelmarsh Ploughing Society announces its 62nd annual match",
    "1045863f": "Looking back: from the pages of the Wessam Courier",
    "d76c3090": "Twenty years on, Porthallow remembers the Morning Star",
    "86c7ef42": "TRAWLER LOST WITH ALL HANDS",
    "e7c5baf3": "NEW MARKET HALL OPENS",
    "a89d4b40": "RECORD LANDINGS OF MACKEREL",
    "d9a96d84": "Notes from the Mission: a blog from the Seafarers' Rest",
    "3eeabc89": "Fifty years of the St Brannoc lifeboat",
    "12c48850": "St Ewold's Parish Newsletter — Spring and Summer",
    "8fe2def0": "Tom Haddow, dairy farmer and show judge",
    "33c24c40": "La Cofradía de Pescadores celebra la Virgen del Carmen",
    "08a0b49c": "Рыболовецкому колхозу «Заря» — 80 лет",
    "c5726d1e": "白沙渔港开港30周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "victory of the Bolivarians" ¶39; "planet earth" ¶41
    Query("Bolivarians planet earth", "f78fdcd6", "cross-paragraph"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501; "the first to issue a pamphlet for China" ¶525
    Query("Baron Lindsay pamphlet", "ac7222d4", "cross-paragraph"),
    # Madbouly: "electric vehicles" ¶413; Guterres ¶405–409
    Query("electric vehicles Guterres", "26d64f12", "cross-paragraph"),
    # "Yin Yong, Mayor of Beijing" ¶221; "the rostrum of Tienanmen Square" ¶219
    Query("Yin Yong rostrum", "eca32116", "cross-paragraph"),
    Query("Turkmenistan poverty reduction", "3a9fa4ed", "cross-paragraph"),  # title ¶203; "poverty reduction" ¶207
    # 000 line 11 "meticulous verification"; Noraa lines 3/10
    Query("meticulous verification Noraa", "097182f6", "cross-paragraph"),
    # 003 line 47 "2001 Treaty of Good-Neighborliness and Friendly Cooperation"; line 15 "the UN, WTO, and IMF"
    Query("Good-Neighborliness Treaty IMF", "b39d8185", "cross-paragraph"),
    # Word forms: another form of a word the text uses
    # 003 line 41 "fully sever ties with militarism"
    Query("severing ties with militarism", "b39d8185", "word-form"),
    # title "draws world attention"; ¶219 "drew extraordinary global attention"
    Query("Kim Jong Un drawing world attention", "eca32116", "word-form"),
    # ¶285 "the Olympic champion who once stunned the world"; the Paris Olympics ¶287/289
    Query("Liddell stunning the world at the Olympics", "7ab1f62c", "word-form"),
    # ¶199 "Mongolia warmly applauds this initiative" (the GGI proposed by President Xi)
    Query("Mongolia applauding Xi's initiative", "c061f0a1", "word-form"),
    # ¶495 "his mentor, the New Zealand internationalist Rewi Alley wrote"; ¶497 "carried him out to his grave"
    Query("Hogg's mentor writing about his grave", "ac7222d4", "word-form"),
    # ¶275 "heir to a Scottish family of doctors, whom Chairman Mao Zedong praised" (Norman Bethune)
    Query("Chairman Mao praising a Scottish doctor", "7ab1f62c", "word-form"),
    # Other scripts and other romanisations
    Query("Абдель Фаттах ас-Сиси", "e065690c", "translit"),  # Abdel Fattah El-Sisi ¶451
    Query("周润发", "ac7222d4", "translit"),  # Chow Yun-fat ¶491
    Query("Чэнь Ханьшэн", "ac7222d4", "translit"),  # Chen Hansheng ¶491
    # Miguel Díaz-Canel Bermúdez, accents dropped: meets Xi ¶85/89; 20f574be ¶155/161–167 his visit to Laos
    Query("Miguel Diaz-Canel Bermudez", "d807680a", "translit", also=("20f574be",)),
    Query("Нарендра Моди", "e065690c", "translit"),  # Narendra Modi ¶451
    # the older romanisation of Yan'an: ¶535/557 the delegation's visit; dde32893 ¶307/315 (Spanish)
    Query("Yenan", "6710eba1", "translit", also=("dde32893",)),
    # Russian (names in Cyrillic)
    Query("Кайсон Фомвихан Лаос", "20f574be", "russian"),  # President Kaysone Phomvihane, Laos ¶167
    Query("Игорь Сергеенко в Ханое", "20f574be", "russian"),  # Igor Sergeenko ¶157 at the Hanoi ceremony ¶143/151
    # Keith Bennett at the international symposium ¶475; d89fdf72 ¶367 names him as a webinar speaker
    Query("Кит Беннетт симпозиум", "ac7222d4", "russian", also=("d89fdf72",)),
    # Spanish
    Query("aeropuertos puerta de embarque", "dde32893", "spanish"),  # ¶329
    Query("barrios enteros de campamentos", "dde32893", "spanish"),  # ¶327
    Query("los carros tenían que pararse", "dde32893", "spanish"),  # ¶323
    # Chinese (names in Chinese characters)
    Query("拉马福萨 南非", "e065690c", "chinese"),  # Ramaphosa, South Africa ¶451/467
    Query("金日成 1959年", "eca32116", "chinese"),  # Kim Il Sung, "the 1959 tenth anniversary celebrations" ¶219
    Query("帕希尼扬 亚美尼亚", "0e5d6094", "chinese"),  # Pashinyan, Armenia ¶257/259
    # Chat mentions around the real words
    # the PLA Academy of Military Science co-organised the international symposium ¶475
    Query("@here Academy of Military Science symposium", "ac7222d4", "mention-noise"),
    # ¶491 "also called 'Children of the Silk Road'"
    Query("<#445566778899> Children of the Silk Road film", "ac7222d4", "mention-noise"),
    Query("\u200bCrown\u200b Prince\u200b of Abu Dhabi\u200b", "e065690c", "mention-noise"),  # ¶451
    # Typos
    Query("Ramaphoza South Africa", "e065690c", "typo"),  # Ramaphosa ¶451/467
    Query("Kaysone Phomvihan", "20f574be", "typo"),  # Phomvihane ¶167
    Query("Michael Lindsey radio engineering", "ac7222d4", "typo"),  # Lindsay ¶501
    # Names
    Query("Emmerson Mnangagwa", "faecd2e1", "name"),  # ¶5
    Query("Masoud Pezeshkian", "e065690c", "name"),  # ¶451
    Query("Denis Sassou Nguesso", "faecd2e1", "name"),  # ¶23
    # Phrases
    Query("a sister power, a friendly power", "f78fdcd6", "phrase"),  # Maduro ¶41
    Query("a man free from vulgar interests", "7ab1f62c", "phrase"),  # Mao on Bethune ¶275
    Query("an awakening agony that we should be aware of", "7ab1f62c", "phrase"),  # ¶277
    # Natural questions
    Query("what was the title of George Hogg's book?", "ac7222d4", "question"),  # ¶493 'I see a new China'
    # ¶219 "the chief guests among 26 heads of state and government"
    Query("how many heads of state attended the Beijing parade?", "eca32116", "question"),
    # ¶483 "after devoting the last nearly eight years of his tragically short life to the Chinese people"
    Query("how many years did Hogg devote to the Chinese people?", "ac7222d4", "question"),
    # Topics
    # 003 line 39 "the principles of the Nuremberg and Tokyo Trials … International Tribunals"
    Query("Nuremberg and Tokyo tribunals", "b39d8185", "topic"),
    Query("cybersecurity and brain sciences cooperation", "d807680a", "topic"),  # ¶105
    # ¶541 "from AI-driven renewable energy management to robotics"; dde32893 ¶335 the AI control
    # centre of a smart grid at the Dunhuang solar plant (in Spanish)
    Query("AI-driven renewable energy management", "6710eba1", "topic", also=("dde32893",)),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose (every article
# holding the shared words was read).
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Stamford Bridge stadium tour tickets",  # Stamford Bridge, stadium (7ab1f62c ¶291); "his tour" (ac7222d4)
    "Terracotta Army opening hours",  # "generales de terracota" (dde32893 ¶313); Army (many)
    "Gobi desert camel trekking",  # Gobi (dde32893 ¶333/335)
    "Yasukuni Shrine visit by the Japanese prime minister",  # Yasukuni Shrine (b39d8185 line 41): no visit
    "Tsinghua University campus tour",  # Tsinghua University (ac7222d4 ¶475)
    "Hyde Park concert line-up",  # Hyde Park (ac7222d4 ¶525)
    "Dunhuang sandstorm season",  # Dunhuang (dde32893, 6710eba1); the Gobi desert (dde32893 ¶333/335)
    "BFI film restoration fund",  # BFI, films (ccf1d4fa); restoration of memorials (097182f6)
    "Orinoco river cruise",  # Orinoco Tribune (f78fdcd6)
    "Ramaphosa corruption inquiry",  # Ramaphosa (e065690c)
    "North Korea missile test",  # North Korea (097182f6 line 7); DPRK (eca32116)
    "Olympic marathon results Paris 2024",  # the 1924 Paris Olympics (7ab1f62c)
    "JISCO steel output last year",  # JISCO, empresa siderúrgica (dde32893 ¶335): no output figures
    "поезд Пекин Улан-Батор расписание",  # Beijing in Cyrillic (many articles)
    "天津地铁线路图",  # Tianjin in Chinese characters (many articles)
    "mapa del metro de Shanghái",  # Shanghái (dde32893); metrology (0e5d6094)
    "Eric Liddell 200 metres bronze medal",  # Liddell's 400 metres gold and "several medals" (7ab1f62c)
    "Claudia Jones Notting Hill Carnival",  # Claudia Jones (ccf1d4fa ¶123)
    "Kazakhstan Baikonur cosmodrome launches",  # Kazakhstan (26d64f12)
    "Zimbabwe currency inflation",  # Zimbabwe (faecd2e1)
    "Nanjing Massacre memorial hall",  # memorials (097182f6, 054ef6fb, b39d8185): none in Nanjing
    "Belarus ice hockey team",  # Belarus (0e5d6094, 20f574be)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Haddow Friesian heifer foot-and-mouth", "8fe2def0", "cross-paragraph"),  # the heifer ¶9; foot-and-mouth ¶10
    Query("Ruth Ambler Wheatsheaf", "9bb9747e", "cross-paragraph"),  # the secretary ¶8; the inn ¶6/12
    Query("Mary Penrose Kerensa", "3eeabc89", "cross-paragraph"),  # the first boat ¶5; the granddaughter ¶10
    Query("Amy Hicks memorial concert", "d76c3090", "cross-paragraph"),  # Amy ¶11; the concert ¶13
    Query("Manuel Otero Nuevo Pilar", "33c24c40", "cross-paragraph"),  # el patrón mayor ¶8; the wreck ¶5/6/12
    Query("Губино сейнер", "08a0b49c", "cross-paragraph"),  # село Губино ¶3; новый сейнер ¶11
    Query("李建国 海鲜节", "c5726d1e", "cross-paragraph"),  # 负责人李建国 ¶8; 海鲜节 ¶11
    Query("Michael Dyer Sheep Street", "1045863f", "cross-paragraph"),  # the dairy owner ¶11; the old market ¶5
    # Word forms
    # 86c7ef42 ¶4 "The Porthallow trawler Morning Star was lost"; d76c3090 ¶3/4 the anniversary, "lost that night"
    Query("Porthallow losing the trawler Morning Star", "86c7ef42", "word-form", also=("d76c3090",)),
    # ¶5 "A Swaledale shearling from Raygill sold for 4,000 guineas"
    Query("Swaledale shearling selling for guineas", "30f10af1", "word-form"),
    # ¶12 "everyone who knitted hats and scarves"; seafarers ¶1/5
    Query("knitting hats for seafarers", "d9a96d84", "word-form"),
    # ¶7 "he walked hay across three miles of drifts"
    Query("walking hay through the drifts", "8fe2def0", "word-form"),
    # ¶10 "the herd was culled on 27 March"
    Query("culling the Haddow herd", "8fe2def0", "word-form"),
    # ¶7 "a fund to help fishing widows"
    Query("fishing widow fund", "d76c3090", "word-form"),
    # ¶3 "our bells were rehung", ¶18 "the rehanging"
    Query("St Ewold's bells rehang", "12c48850", "word-form"),
    # Other scripts and other romanisations
    Query("kolkhoz Zarya Gubino", "08a0b49c", "translit"),  # колхоз «Заря», село Губино ¶1/3
    Query("Nikolai Somov", "08a0b49c", "translit"),  # Николай Сомов ¶9
    Query("Baisha yugang", "c5726d1e", "translit"),  # pinyin of 白沙渔港, title and ¶3
    Query("Wang Haisheng", "c5726d1e", "translit"),  # 王海生 ¶13
    Query("Пеллворт", "db3cfaec", "translit"),  # Pellworth, title and ¶4
    Query("Cofradia de Pescadores de Cangas", "33c24c40", "translit"),  # Cofradía ¶3, accent dropped
    # Russian
    Query("первый моторный бот", "08a0b49c", "russian"),  # ¶6
    Query("выставка старых фотографий на причале", "08a0b49c", "russian"),  # ¶10
    Query("шторм 1968 погибли рыбаки", "08a0b49c", "russian"),  # ¶12 "погибли двое рыбаков"
    # Spanish
    Query("subasta solidaria para las familias de los pescadores", "33c24c40", "spanish"),  # ¶10
    Query("regata de traineras", "33c24c40", "spanish"),  # ¶15
    Query("la lonja abrirá sus puertas", "33c24c40", "spanish"),  # ¶11
    # Chinese
    Query("南海伏季休渔", "c5726d1e", "chinese"),  # ¶7
    Query("祭海仪式", "c5726d1e", "chinese"),  # ¶10
    Query("冷库投入使用", "c5726d1e", "chinese"),  # ¶9
    Query("白沙渔港什么时候开港", "c5726d1e", "chinese"),  # ¶3 "于1990年9月22日正式开港"
    # Chat mentions around the real words
    Query("@everyone Harbourside Food Bank Christmas hampers", "d024284f", "mention-noise"),  # ¶1/10
    Query("<@987654321098765432> dredging inner basin", "db3cfaec", "mention-noise"),  # ¶14/15
    Query("\u200bcoxswain\u200b Jack Tremayne\u200b", "3eeabc89", "mention-noise"),  # ¶8
    # Typos
    Query("Polglaze", "d76c3090", "typo"),  # the Rev. Anne Polglase ¶9
    Query("Kelmarch ploughing", "9bb9747e", "typo"),  # Kelmarsh, title and ¶2
    Query("Swaledail tup", "30f10af1", "typo"),  # Swaledale ¶5; the tup sale ¶2/4
    # Names
    Query("Helen Rowse", "d76c3090", "name"),  # ¶2
    Query("Peter Lowry", "3eeabc89", "name"),  # ¶13
    Query("Jean Armitage", "8fe2def0", "name"),  # ¶8
    Query("Sister Margaret", "d9a96d84", "name"),  # ¶15
    # Phrases
    Query("twenty years is a long time, and it is no time at all", "d76c3090", "phrase"),  # ¶12
    Query("the stubble is clean", "9bb9747e", "phrase"),  # ¶9
    Query("first Christmas meal ashore in years", "d9a96d84", "phrase"),  # ¶5
    Query("scenes from four centuries of the fair", "5a40f0c4", "phrase"),  # ¶17
    # Natural questions
    Query("when was the Dalesby fair charter granted?", "5a40f0c4", "question"),  # ¶15 20 September 1610
    # ¶12 "the first auction in the new hall … when 340 boxes of hake were sold"
    Query("how many boxes of hake were sold at the first auction?", "e7c5baf3", "question"),
    Query("when will the new harbour charges take effect?", "db3cfaec", "question"),  # ¶9 1 April
    Query("how many seafarers came to the Christmas dinner?", "d9a96d84", "question"),  # ¶5 forty-two
    # ¶8–10 "FAIR CANCELLED", 2002: the ground still not ready after foot-and-mouth
    Query("why was the Dalesby fair cancelled in 2002?", "aa39882a", "question"),
    # Topics
    Query("BSE crisis farm prices", "1045863f", "topic"),  # ¶7
    Query("food bank needs tinned fish and long-life milk", "d024284f", "topic"),  # ¶11/12
    Query("lifeboat rescue of the coaster crew", "3eeabc89", "topic"),  # ¶7/8 the Elsie Bell
    Query("fish market cold store and ice house", "e7c5baf3", "topic"),  # ¶13
    Query("mackerel landings record 2019", "a89d4b40", "topic"),  # title and ¶16/17
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose (every
# article holding the shared words was read).
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Porthallow (d76c3090, 86c7ef42, a89d4b40); car parking (9bb9747e); charges (db3cfaec)
    "Porthallow car parking charges",
    "Swaledale sheep breed characteristics",  # Swaledale (30f10af1); sheep (1045863f); breeding ewes (aa39882a)
    "mackerel recipes",  # mackerel (a89d4b40)
    "RNLI crew training requirements",  # crew (3eeabc89 …); training session (d024284f)
    "Truro cathedral choir",  # the City of Truro (3eeabc89); cathedral (d9a96d84)
    "BSE symptoms in humans",  # BSE (1045863f)
    "foot-and-mouth vaccine",  # foot-and-mouth (aa39882a, 8fe2def0)
    "Kelmarsh Hall wedding venue",  # Kelmarsh (9bb9747e); hall (e7c5baf3 …)
    "vintage tractor spare parts",  # vintage tractor (9bb9747e)
    "bell foundry in Loughborough",  # bells rehung (12c48850)
    "Gull Point lighthouse",  # Gull Point (d76c3090, 86c7ef42)
    "horario del ferry de Cangas a Vigo",  # Cangas (33c24c40); ferry port (d9a96d84)
    "купить подержанный сейнер",  # сейнер (08a0b49c)
    "白沙湾海滩住宿",  # 白沙 (c5726d1e)
    "台风路径预报",  # 台风 (c5726d1e ¶6)
    "Harbour Master job vacancy",  # Harbour Master (db3cfaec, a89d4b40)
    "Netloft Yard opening hours",  # Netloft Yard (d024284f)
    "Wessam Show dog agility results",  # Wessam Show (1045863f); dogs (9bb9747e)
    "hake fishing quota",  # hake (e7c5baf3)
    "Highfold holiday farm",  # Highfold (8fe2def0)
    "Dalesby bus timetable",  # Dalesby (30f10af1)
    "Friesian cow milk yield per day",  # Friesian (8fe2def0); milk (d024284f)
    "Elsie Bell wreck dive site",  # the coaster Elsie Bell (3eeabc89); wreckage (d76c3090, 86c7ef42)
    "Morning Star hymn lyrics",  # the trawler Morning Star (d76c3090, 86c7ef42)
    "St Brannoc holy well",  # St Brannoc (3eeabc89)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind24/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
