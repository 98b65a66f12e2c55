"""A twenty-first lookup query set, for tuning ranking in the eighth round: it is a TUNING set, not a
blind one (the search may be tuned on it, and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind19.py; no query here is a
  copy or near-copy of a query in those files. A throwaway script compared the word set of every
  query (Latin and Cyrillic words, Chinese by character pairs, a few stop words left out) with every
  earlier query, while the set was being written; a query sharing more than half of its words with
  any one earlier query was replaced. (tests/queries_blind20.py, an unscored blind set, and
  tests/queries_blind22.py, written at the same time, were not opened.)
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind33/docs, copied as ONE
  corpus into a subfolder blind33/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 10
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 4 + 7 (another script or romanisation than the text:
Cyrillic and Chinese characters for Latin-script names, Latin for Cyrillic and Chinese, Wade-Giles
and an old postal romanisation for pinyin, accents dropped), russian 2 + 3, spanish 2 + 3,
chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 4 + 3 (1–2 edits), name 3 + 4, phrase 3 + 3, question 4 + 4, topic 3 + 3: 45 + 55
answerable, and 12 + 16 unanswerable. Every answerable query is answered by the documents' own words
in some form, spelling or script (names may be written in another script); none needs a translation
or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (title line included) holds all of the query's
words. The unanswerable queries share one or more words with their corpus on purpose; every article
holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind33/docs/* into ONE temporary
# corpus folder under the subfolder blind33/: files are then "blind33/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind33/docs",)
NEWDOCS_SUBDIRS = ("blind33",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "969e44c1": "Brindle Lane Allotment Society — Spring Newsletter",
    # en_caddon_vale_band_digest.txt: three cuttings, each its own article (¶2–6, ¶7–10, ¶11–15); the
    # file's first line ("Caddon Vale Silver Band — From the scrapbook") is in none of them
    "928ee0bf": "BAND TAKES AREA TITLE",
    "4b5ecb1e": "NEW BANDROOM OPENS",
    "d9a6a8fc": "CENTENARY SEASON ENDS ON A HIGH",
    "c05e4aa3": "Walking the Golden Gate at seventy-five",
    "d5db93d3": "Harling Top Lock: twenty-five years back in water",
    "4b99fc84": "Harold Finchley: bandmaster who took Lowbeck to the national final",
    "c4e8e3ea": "Forty years across the estuary: the Humber Bridge marks its anniversary",
    "6ddc14b4": "KELLOW BOROUGH COUNCIL",
    "5f3e8068": "Otterbourne & District Horticultural Society",
    "76938678": "FROM OUR ARCHIVES",
    "14e026ca": "PRESS RELEASE — Thornfield Choral Society",
    # en_wendle_navigation_digest.txt: three back numbers, each its own article (¶3–7, ¶9–12, ¶14–18)
    "99d41b97": "HARLING TOP LOCK REOPENS",
    "5948d4b0": "LOCK-KEEPER RETIRES AFTER 31 YEARS",
    "5a0c77e0": "STOPPAGE NOTICE: FENNY CROSS FLIGHT",
    "d182c2d5": "La Banda Municipal de Música de Villarrobles cumple cien años",
    "dd361bb4": "Садоводческому товариществу «Рябинка» — 40 лет",
    "fb94141f": "武汉长江大桥通车60周年：老建设者重聚江边",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Rewi Alley, Hogg's mentor ¶495; tetanus ¶483/499; the Communist Manifesto read to him ¶499
    Query("Rewi Alley tetanus Communist Manifesto", "ac7222d4", "cross-paragraph"),
    # Michael Lindsay's radio engineering ¶501; the Levellers and Irish independence ¶517
    Query("Lindsay radio engineering Levellers Ireland", "ac7222d4", "cross-paragraph"),
    # Kim Il Sung at the 1959 celebrations ¶219; Wang Yi at Beijing Railway Station ¶221
    Query("Kim Il Sung 1959 Wang Yi railway station", "eca32116", "cross-paragraph"),
    # the Lenovo factory bringing technology to escuelas rurales ¶339; "siendo de Texas" ¶335
    Query("Lenovo escuelas rurales Texas", "dde32893", "cross-paragraph"),
    # 002: Putin on "beautifying Nazis" ¶11; permanent members of the UN Security Council ¶9 (Xi's message)
    Query("Putin beautifying Nazis Security Council", "424ab945", "cross-paragraph"),
    # "the first to set up a military confidence-building mechanism" ¶433; SCO Development Strategy to 2035 ¶443
    Query("military confidence-building mechanism SCO Development Strategy 2035", "9e49ddff", "cross-paragraph"),
    # Mongolia "connected by mountains and rivers" ¶197 (Khurelsukh ¶187/197/199); "an enormous price" ¶195 (Putin)
    Query("Khurelsukh mountains and rivers enormous price", "c061f0a1", "cross-paragraph"),
    # Jodie Evans (Co-founder of Code Pink) ¶365; over 35 million casualties ¶357
    Query("Code Pink 35 million casualties", "d89fdf72", "cross-paragraph"),
    # Word forms: the text has another form
    # "From Caracas, we gift the Chinese people … this monument" ¶35/55
    Query("Maduro gifting monument", "f78fdcd6", "word-form"),
    # "Tariff blackmail is being normalised as an instrument to seize markets" ¶463
    Query("blackmail normalizing seize markets", "e065690c", "word-form"),
    # "Mongolia warmly applauds this initiative" — the Global Governance Initiative (GGI) ¶199
    Query("Khurelsukh applauding GGI", "c061f0a1", "word-form"),
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" ¶329
    Query("robots que entregan comida en el hotel", "dde32893", "word-form"),
    # Guterres: "the international governance architecture is in urgent need of reform" ¶409
    Query("Guterres reforming international governance architecture", "26d64f12", "word-form"),
    # "Eric Liddell captured gold in the men's 400 metres in 47.6 seconds" ¶287
    Query("Liddell capturing gold in 47.6 seconds", "7ab1f62c", "word-form"),
    # Another script or romanisation
    Query("Tientsin Minyuan", "7ab1f62c", "translit"),  # the old postal name of Tianjin ¶289/291; Minyuan Stadium ¶291
    # Wade-Giles for Dunhuang: "the Dunhuang Salt Tower solar plant" ¶539; dde32893: "planta de poder solar … de
    # Dunhuang" ¶335
    Query("Tun-huang solar plant", "6710eba1", "translit", also=("dde32893",)),
    Query("Liu Ch'i-pao", "054ef6fb", "translit"),  # Wade-Giles for Liu Qibao, 001 ¶4–14
    Query("Chung-nan-hai", "5a5d8582", "translit"),  # Wade-Giles for Zhongnanhai ¶237
    # Russian (names written in Cyrillic)
    Query("Чэнь Вэйхуа", "d89fdf72", "russian"),  # Chen Weihua, former EU bureau chief of China Daily ¶364
    Query("Клаудия Джонс", "ccf1d4fa", "russian"),  # Claudia Jones, subject of David Horsley's booklet ¶123
    # Spanish
    # "La expectativa de vida en las áreas rurales era tan baja como 24 años" ¶313
    Query("expectativa de vida 24 años", "dde32893", "spanish"),
    # "los 'Centros del Partido,' … pedir ayuda de los cadres, hasta el cuidado de los niños" ¶345
    Query("Centros del Partido cuidado de los niños", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("陈翰笙", "ac7222d4", "chinese"),  # Chen Hansheng, played by Chow Yun-fat ¶491
    Query("陈卫华", "d89fdf72", "chinese"),  # Chen Weihua ¶364
    Query("尹勇", "eca32116", "chinese"),  # Yin Yong, Mayor of Beijing, greeting Kim Jong Un ¶221
    # Mentions and zero-width spaces around the real words
    # Jenny Clegg writing for SACU, "Chartist opposition to the first Opium War" ¶513; d89fdf72: a speaker ¶366
    Query("@everyone Jenny Clegg SACU Chartist", "ac7222d4", "mention-noise", also=("d89fdf72",)),
    # "Around 400 military personnel … took part in the military parade" ¶77; Ba Dinh Square ¶73 (20f574be names
    # Ba Dinh Square ¶143 but not the 400)
    Query("@here Ba Dinh 400 military personnel", "362ba691", "mention-noise"),
    # "Ambassador Lan Hu expressed his gratitude to President Maduro and the Venezuelan people" ¶43
    Query("<@&7788> Lan Hu \u200bgratitude Venezuelan people\u200b", "f78fdcd6", "mention-noise"),
    # Typos (1–2 edits)
    Query("Yakushv", "20f574be", "typo"),  # Vladimir Vladimirovich Yakushev ¶158
    Query("Sassou Ngueso", "faecd2e1", "typo"),  # Denis Sassou Nguesso ¶23
    Query("Madbouley", "26d64f12", "typo"),  # Mostafa Madbouly ¶405/411/413
    Query("Melnikv", "054ef6fb", "typo"),  # Ivan Melnikov, 001 ¶6
    # Names
    Query("Callum Norris Twm Draper", "6710eba1", "name"),  # the report's authors ¶533/535/543
    Query("Michael Lindsay Baron Birker", "ac7222d4", "name"),  # "2nd Baron Lindsay of Birker" ¶501
    # "The full text of General Secretary To Lam's speech" ¶73 (To Lam ¶67/69); 20f574be: To Lam welcoming the
    # Lao leader ¶145
    Query("To Lam speech", "362ba691", "name", also=("20f574be",)),
    # Phrases
    Query("never intimidated by any bullies", "38a7d84f", "phrase"),  # ¶381
    Query("as strong and relevant as ever", "26d64f12", "phrase"),  # the pauk-phaw friendship ¶415
    Query("stood the test of changes in the world", "c061f0a1", "phrase"),  # the China-Russia relationship ¶189
    # Questions
    # Arthur Clegg ¶515/519: "he even personally received a financial donation from a Colonel Younghusband" ¶521
    Query("what did Younghusband give Arthur Clegg?", "ac7222d4", "question"),
    # "in the course of 14 years of war (1931-45) China suffered over 35 million casualties" ¶357
    Query("how many Chinese casualties in 14 years of war?", "d89fdf72", "question"),
    # "Kim Jong Un joined Russian President Vladimir Putin in flanking Chinese President Xi Jinping on the rostrum"
    # ¶219
    Query("who flanked Xi Jinping on the rostrum?", "eca32116", "question"),
    # "President Nicolás Maduro being joined by Chinese Ambassador Lan Hu to inaugurate a monument in … Caracas" ¶33;
    # "During the ceremony" ¶55
    Query("which ambassador joined Maduro at the Caracas ceremony?", "f78fdcd6", "question"),
    # Topics
    # "The British survivors from the Japanese Far East prisoner-of-war camps" ¶277; POW camps ¶275/281
    Query("POW camps Far East survivors", "7ab1f62c", "topic"),
    # "Slovakia was the only member state of NATO and the EU … at head of government level" ¶21
    Query("Slovakia NATO EU head of government", "faecd2e1", "topic"),
    # "the first country to reach an early harvest arrangement … China's zero-tariff treatment" ¶25
    Query("zero-tariff treatment Congo early harvest", "faecd2e1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Sihamoni coronation date",  # Sihamoni (5a5d8582): the Beijing visit; no coronation
    "Tokayev snap election",  # Tokayev (26d64f12 ¶405): an evening meeting only
    "Hun Sen Angkor Wat",  # Hun Sen (20f574be ¶154): a guest in Hanoi
    "Mnangagwa land reform farms",  # Mnangagwa (faecd2e1); "reform" there is of global governance
    "Díaz-Canel hurricane damage",  # Díaz-Canel (d807680a, 20f574be): visits, the blockade; no hurricane
    # Min Aung Hlaing (26d64f12): "post-disaster rehabilitation efforts" ¶419, no toll, no earthquake named
    "Min Aung Hlaing earthquake death toll",
    "Lenovo ThinkPad repair",  # Lenovo (dde32893 ¶339): a factory visit
    "Yasukuni Shrine cherry blossom",  # Yasukuni Shrine (b39d8185 003 ¶41)
    "Anna May Wong quarter dollar coin",  # Anna May Wong (ccf1d4fa); "quarter century" (26d64f12, 9e49ddff)
    "visado para viajar a Shanghái",  # Shanghái (dde32893 ¶307/339); no visas
    "中俄 天然气管道",  # 中俄 (003 ¶20, b39d8185); no gas pipeline
    "Norman Bethune Montreal clinic",  # Norman Bethune (7ab1f62c ¶275): a Scottish family of doctors; no Montreal
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # Brindle Lane ¶1; clearing the brambles, new woodchip paths ¶7; the treasurer, Pat Wragg ¶23
    Query("Brindle brambles woodchip treasurer Pat Wragg", "969e44c1", "cross-paragraph"),
    # Edna Sowerby, who joined as a cornet player ¶9; out of the old Drill Hall ¶10
    Query("Edna Sowerby cornet Drill Hall", "4b5ecb1e", "cross-paragraph"),
    # Harold Finchley ¶1/3; war service with the Royal Engineers ¶7; scores in a tin trunk ¶15
    Query("Finchley Royal Engineers tin trunk", "4b99fc84", "cross-paragraph"),
    # retired rigger Dennis Orley ¶4; "find the catwalk iced over" ¶6
    Query("Orley rigger catwalk iced", "c4e8e3ea", "cross-paragraph"),
    # ventilation ¶4/5, new fans ¶5/6/13; the proposed permanent 30mph limit ¶11
    Query("Marbury tunnel ventilation fans 30mph limit", "6ddc14b4", "cross-paragraph"),
    # the Lady Marchant Cup ¶9; teas served by the Women's Institute ¶13
    Query("Lady Marchant Cup Women's Institute teas", "5f3e8068", "cross-paragraph"),
    # Alderman Josiah Pinnock opens the swing bridge ¶5; the Hilda May, the last barge ¶11
    Query("Josiah Pinnock swing bridge Hilda May", "76938678", "cross-paragraph"),
    # the founder, Dr Frank Mellor ¶11; Haydn's Creation ¶6; £2,400 for the town's night shelter ¶5
    Query("Frank Mellor Haydn Creation night shelter", "14e026ca", "cross-paragraph"),
    # Галина Петровна Кузьмина ¶7; "провели летний водопровод" ¶5
    Query("Кузьмина летний водопровод", "dd361bb4", "cross-paragraph"),
    # Word forms
    # "the Hilda May, unloaded forty tons of roadstone … the last commercial barge to trade on the Wendle" ¶11
    Query("Wendle barge unloading roadstone", "76938678", "word-form"),
    # "when the last of the deck sections was lifted into place … We finished the lifting" ¶4
    Query("deck sections lift Humber", "c4e8e3ea", "word-form"),
    # "hopes to enter the third section for the first time since the band was promoted" ¶15
    Query("promotion to the third section", "d9a6a8fc", "word-form"),
    # "The society is looking for new tenors and basses. Informal auditions" ¶8
    Query("Thornfield auditioning tenors basses", "14e026ca", "word-form"),
    # "while the lighting and ventilation systems are replaced" ¶4
    Query("replacement of Marbury tunnel lighting", "6ddc14b4", "word-form"),
    # "followed by the auction of produce in aid of the Memorial Hall roof fund" ¶8
    Query("Otterbourne produce auctioned", "5f3e8068", "word-form"),
    # "It had taken a little over four years to build" ¶8 (built/build, irregular)
    Query("Golden Gate built in four years", "c05e4aa3", "word-form"),
    # "The canal basin froze so hard" ¶8 (frozen/froze, irregular); Quayford ¶2
    Query("frozen canal basin Quayford", "76938678", "word-form"),
    # "товарищество наконец получило свидетельство о собственности на землю" ¶8; «Рябинка» ¶1/2, «Рябинку» ¶6
    Query("свидетельства о собственности Рябинки", "dd361bb4", "word-form"),
    # "la banda grabará su primer disco" ¶21
    Query("grabación disco Villarrobles", "d182c2d5", "word-form"),
    # Another script or romanisation
    Query("Вилларроблес", "d182c2d5", "translit"),  # Villarrobles in Cyrillic ¶1/3
    Query("Ryabinka", "dd361bb4", "translit"),  # «Рябинка» in Latin ¶1/2/6
    Query("Wang Deshun", "fb94141f", "translit"),  # pinyin for 王德顺, the old riveter ¶6–8/15
    Query("Eusebio Larranaga", "d182c2d5", "translit"),  # el maestro Eusebio Larrañaga ¶5 (ñ dropped)
    # the Humber Bridge in Cyrillic ¶1/2; c05e4aa3: the club plans a walk across the Humber Bridge ¶28
    Query("Хамбер", "c4e8e3ea", "translit", also=("c05e4aa3",)),
    Query("罗斯福", "c05e4aa3", "translit"),  # Roosevelt in Chinese characters: "President Roosevelt pressed …" ¶6
    Query("Galina Kuzmina", "dd361bb4", "translit"),  # Галина Петровна Кузьмина ¶7
    # Russian
    Query("красный уголок механического завода", "dd361bb4", "russian"),  # "в красном уголке механического завода" ¶4
    Query("концерт хора ветеранов завода", "dd361bb4", "russian"),  # ¶12
    Query("конкурс Лучший участок", "dd361bb4", "russian"),  # ¶13
    # Spanish
    Query("Medalla de Oro de la villa", "d182c2d5", "spanish"),  # ¶11
    Query("certamen provincial de Cuenca segundo premio", "d182c2d5", "spanish"),  # ¶15
    Query("procesiones de Semana Santa", "d182c2d5", "spanish"),  # ¶19
    # Chinese
    Query("一桥飞架南北", "fb94141f", "chinese"),  # ¶3
    Query("桥头堡 博物馆", "fb94141f", "chinese"),  # 桥头堡将作为大桥博物馆的一部分 ¶13
    Query("国庆长假 观景平台", "fb94141f", "chinese"),  # ¶10
    # Mentions and zero-width spaces
    # "a farewell supper for Bill at the Navigation Inn" ¶12 (d5db93d3 ¶23: only the car park at the Navigation Inn)
    Query("<@8812> Navigation Inn farewell supper", "5948d4b0", "mention-noise"),
    Query("@everyone \u200bsweet pea championship\u200b", "5f3e8068", "mention-noise"),  # Classes 41–70 ¶7
    # "found a spot at Crissy Field for the evening" and the fireworks ¶18 (c4e8e3ea ¶15: other fireworks)
    Query("<#300> Crissy Field \u200bfireworks", "c05e4aa3", "mention-noise"),
    # Typos
    Query("Otterborne horticultural", "5f3e8068", "typo"),  # Otterbourne & District Horticultural Society ¶1
    Query("Finchly bandmaster", "4b99fc84", "typo"),  # Harold Finchley: bandmaster ¶1
    Query("Thornfeild choral", "14e026ca", "typo"),  # Thornfield Choral Society ¶1/3/4
    # Names
    Query("Roy Tull", "928ee0bf", "name"),  # Bandmaster Roy Tull ¶6
    Query("Arthur Rudd", "76938678", "name"),  # the Hilda May's skipper ¶11
    Query("Margaret Ellwood", "c4e8e3ea", "name"),  # the bridge board's chair ¶11
    Query("Bill Caddow", "5948d4b0", "name"),  # the retiring lock-keeper at Fenny Cross ¶11/12
    # Phrases
    Query("bold and tuneful", "928ee0bf", "phrase"),  # the adjudicator's words ¶4
    Query("the town turned out to meet the coach at midnight", "4b99fc84", "phrase"),  # ¶9
    Query("in very good voice", "14e026ca", "phrase"),  # the conductor's words ¶10
    # Questions
    # "Doors open to the public at 2pm on the first day and at 10am on the second" ¶4
    Query("what time do Otterbourne show doors open on the second day?", "5f3e8068", "question"),
    Query("how much is a full plot subscription at Brindle Lane?", "969e44c1", "question"),  # £25 a full plot ¶23
    # "The band's new bandroom on Mill Street was formally opened … by … Edna Sowerby" ¶9
    Query("who opened the new bandroom on Mill Street?", "4b5ecb1e", "question"),
    # "the bridge had carried more than 120 million vehicles" ¶11
    Query("how many vehicles has the Humber Bridge carried?", "c4e8e3ea", "question"),
    # Topics
    # "to help with the fish rescue when the pounds are drained" ¶18
    Query("fish rescue drained pounds", "5a0c77e0", "topic"),
    Query("carol playing rota", "d9a6a8fc", "topic"),  # "Carol playing around the village … the rota" ¶14
    # "seeking volunteer lock-keepers for the summer season … Training days" ¶19; 99d41b97: "a volunteer
    # lock-keeper on duty at weekends" ¶7
    Query("volunteer lock-keepers training days", "d5db93d3", "topic", also=("99d41b97",)),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Humber Bridge cycle lane",  # the Humber Bridge (c4e8e3ea, c05e4aa3); cyclists only in the tunnel (6ddc14b4)
    "Golden Gate Bridge paint colour",  # the Golden Gate (c05e4aa3): the walks; "Golden Lion" (14e026ca)
    "Marbury Road speed camera fines",  # Marbury Road tunnel (6ddc14b4): a proposed 30mph limit, no cameras or fines
    "Kellow borough bin collections",  # Kellow Borough Council (6ddc14b4): the tunnel notice only
    "Otterbourne ploughing match",  # Otterbourne (5f3e8068): the flower and produce show
    "Thornfield Choral Society membership fee",  # Thornfield (14e026ca): "The society has 64 members", no fee
    "Lowbeck colliery disaster",  # Lowbeck Colliery (4b99fc84): "When the colliery closed"; no disaster
    "Caddon Vale band uniform",  # Caddon Vale band (928ee0bf, 4b5ecb1e); a uniforme only in Villarrobles (d182c2d5)
    "Brindle Lane parking permits",  # Brindle Lane (969e44c1); car parking (5f3e8068, d5db93d3) elsewhere
    # Harling Top Lock (d5db93d3, 99d41b97); the barge "moored up at Harling" (76938678 ¶11); no charges
    "Harling Top Lock mooring charges",
    "Quayford lido opening hours",  # "Next week: … the opening of the Quayford lido" (76938678 ¶15); no hours
    "corrida de toros en Villarrobles",  # Villarrobles (d182c2d5)
    "цены на участки в Рябинке",  # участки, «Рябинка» (dd361bb4); no prices
    "武汉长江大桥 门票价格",  # 武汉长江大桥 (fb94141f); no tickets or prices
    # the lock cottage at Fenny Cross (d5db93d3 ¶11, 5948d4b0 ¶11); "put up for sale" is the barge (76938678 ¶11)
    "Fenny Cross lock cottage for sale",
    "Edna Sowerby obituary",  # Edna Sowerby (4b5ecb1e) opened the bandroom; the obituary (4b99fc84) is Finchley's
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind33/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
