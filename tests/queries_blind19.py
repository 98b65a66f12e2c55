"""A nineteenth lookup query set, for tuning ranking in the seventh round: it is a TUNING set, not a
blind one (the search may be tuned on it, and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind18.py; no query here is a
  copy or near-copy of a query in those files. A throwaway script compared the word set of every
  query (Latin and Cyrillic words, Chinese by character pairs, a few stop words left out) with every
  earlier query, while the set was being written; a query sharing more than half of its words with
  any one earlier query was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind31/docs, copied as ONE
  corpus into a subfolder blind31/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 10
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 4 + 7 (another script or romanisation than the text:
Cyrillic and Chinese characters for Latin-script names, Latin for Cyrillic and Chinese, Wade-Giles
and a hyphenated romanisation for pinyin, a Russian-style romanisation, accents dropped),
russian 2 + 3, spanish 2 + 3, chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 4 + 3 (1–2 edits), name 3 + 4, phrase 3 + 3,
question 4 + 4, topic 3 + 3: 45 + 55 answerable, and 12 + 16 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in
another script); none needs a translation or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first (two of its files are digests the loader splits into three articles
each), and the seed articles used were read in full (the rest skimmed by title). Each query was
written from a passage of its article, and every word of it (and a stem of it, for the other forms)
was matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script
that listed every article and paragraph holding it; those paragraphs were read to decide which
article a reader wants first (`best`) and which others are fair answers too (`also`). For
cross-paragraph queries the same script checked that no paragraph (title line included) holds all
of the query's words. The unanswerable queries share one or more words with their corpus on
purpose; every article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind31/docs/* into ONE temporary
# corpus folder under the subfolder blind31/: files are then "blind31/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind31/docs",)
NEWDOCS_SUBDIRS = ("blind31",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_bramling_press_digest.txt: three cuttings, read as three articles (¶3–5, ¶7–10, ¶12–15)
    "9e045ff0": "NEW PRESS ROLLS AT BRAMLING",
    "589ed93d": "APPRENTICES RETURN TO THE PRESS HALL",
    "22c7d23c": "BRAMLING PRESS TO CLOSE AFTER 120 YEARS",
    "67002b92": "Ferry Road bus station turns 25",
    "48a49001": "Greenhill Village Hall — Spring Newsletter",
    "bfd9cf9c": "Harrowgate Lido reopens after three-year restoration",
    "e067c0e0": "Looking back",
    # en_kelmouth_transport_digest.txt: three cuttings, read as three articles (¶3–10, ¶12–19, ¶21–28)
    "621643a9": "NEW BUS STATION OPENS ON FERRY ROAD",
    "5fc5e3cb": "TRAM LINE PLAN UNVEILED",
    "d9601f7b": "FIRST TRAM IN 42 YEARS",
    "116efa60": "Lowther District Council",
    "461db13a": "Penwarren Tidal Pool — visitor information",
    "ab5fda37": "Ronald Pask, busman",
    "63763306": "Kelmouth Tramway Society — Bulletin No. 88",
    "f2ab78ff": "The Wexley Gazette at 150",
    "eba5b307": "La piscina municipal de Villaseca cumple cuarenta años",
    "5a0ce7d3": "Автобусному парку № 2 — 50 лет",
    "02eb60f7": "红星印刷厂建厂六十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Hoang Xuan Chien and the rehearsals ¶77; Ba Dinh Square ¶73
    Query("Hoang Xuan Chien rehearsals Ba Dinh", "362ba691", "cross-paragraph"),
    # Samdech Techo Hun Sen ¶154; President Kaysone Phomvihane ¶167
    Query("Hun Sen Kaysone Phomvihane", "20f574be", "cross-paragraph"),
    # Keith Bennett at Tsinghua University ¶475; a speech in Buckingham Palace ¶479 (d89fdf72 ¶367 only lists him)
    Query("Bennett Buckingham Palace Tsinghua", "ac7222d4", "cross-paragraph"),
    # the Levellers and Irish independence ¶517; Colonel Younghusband and Xizang (Tibet) ¶521
    Query("Levellers Irish independence Younghusband Tibet", "ac7222d4", "cross-paragraph"),
    # Kim Il Sung ¶219; Yin Yong, Mayor of Beijing ¶221
    Query("Kim Il Sung Yin Yong mayor", "eca32116", "cross-paragraph"),
    # modeled after London's Stamford Bridge ¶291; the Scottish Sports Hall of Fame ¶287
    Query("Stamford Bridge Hall of Fame", "7ab1f62c", "cross-paragraph"),
    # 001 ¶4 the Publicity Department; ¶14 the veteran Lev Abramov
    Query("Publicity Department Lev Abramov", "054ef6fb", "cross-paragraph"),
    # Defence Minister Vladimir Padrino ¶33/53; "the Soviet Red Army" ¶37; "brought … to its knees" ¶37
    Query("Padrino Red Army knees", "f78fdcd6", "cross-paragraph"),
    # Word forms: the text has another form
    # "in an August 20 resolution passed by its Executive Committee, the CPGB stated" ¶509
    Query("CPGB executive committee resolved", "ac7222d4", "word-form"),
    # "the first time for a DPRK leader to review a military parade in China" ¶219
    Query("Kim Jong Un reviewing a military parade", "eca32116", "word-form"),
    # "The victory of China is the victory of the Bolivarians" ¶39
    Query("Maduro Bolivarian victory", "f78fdcd6", "word-form"),
    # "Dr. Norman Bethune … whom Chairman Mao Zedong praised as" ¶275
    Query("Mao's praise for Bethune", "7ab1f62c", "word-form"),
    # "Her father, Arthur Clegg, who served as the CCC's National Organiser" ¶515
    Query("Arthur Clegg national organising", "ac7222d4", "word-form"),
    # "las personas que no podían leer para votar por sus candidatos" with platos hondos y frijoles ¶315
    Query("votación frijoles", "dde32893", "word-form"),
    # Another script or romanisation
    Query("Peng Li-yuan", "5a5d8582", "translit"),  # Peng Liyuan, another romanisation ¶237
    Query("Ts'ai Ch'i", "eca32116", "translit"),  # Wade-Giles for Cai Qi ¶221
    Query("Mnangagva", "faecd2e1", "translit"),  # Emmerson Mnangagwa, romanised from Russian ¶5/11
    Query("Рьюи Алли", "ac7222d4", "translit"),  # Rewi Alley in Cyrillic ¶495
    # Russian (names written in Cyrillic)
    Query("Токаев Гутерриш", "26d64f12", "russian"),  # Tokayev and Guterres ¶405
    Query("Лукашенко Пашинян", "0e5d6094", "russian"),  # Lukashenko and Pashinyan ¶257–265
    # Spanish
    Query("expectativa de vida en las áreas rurales", "dde32893", "spanish"),  # ¶313
    Query("me hizo reír siendo de Texas", "dde32893", "spanish"),  # ¶335
    # Chinese (names in Chinese characters)
    Query("托卡耶夫 古特雷斯", "26d64f12", "chinese"),  # Tokayev and Guterres ¶405
    Query("卢拉 普京", "e065690c", "chinese"),  # Lula and Putin at the BRICS summit ¶451 (Putin alone elsewhere)
    Query("邓小平", "38a7d84f", "chinese"),  # "Deng Xiaoping Theory" ¶383
    # Mentions and zero-width spaces around the real words
    # "The Guard of Honour of the Chinese People's Liberation Army … in the military parade" ¶73
    Query("@here \u200bGuard of Honour military parade\u200b", "362ba691", "mention-noise"),
    # "as permanent members of the United Nations Security Council" 002 ¶9; c061f0a1 ¶191 the same words
    Query("<#4455667> Security Council permanent members", "424ab945", "mention-noise", also=("c061f0a1",)),
    # "Samdech Techo Hun Sen, … President of the Senate of Cambodia" ¶154
    Query("@everyone \u200bHun Sen Senate", "20f574be", "mention-noise"),
    # Typos (1–2 edits)
    Query("Ukhnna", "c061f0a1", "typo"),  # Mongolian President Khurelsukh Ukhnaa ¶187/197
    Query("Sergeneko", "20f574be", "typo"),  # Igor Sergeenko ¶157
    Query("Hlaign", "26d64f12", "typo"),  # Min Aung Hlaing ¶405/415/419
    Query("Chungkin", "ccf1d4fa", "typo"),  # Lady From Chungking ¶113/129
    # Names
    Query("Zhao Leji Luong Cuong", "362ba691", "name"),  # "When meeting with Vietnamese President Luong Cuong" ¶71
    # the webinar's speakers ¶363/367 (ac7222d4 ¶475 names Bennett only)
    Query("Keith Bennett Ken Hammond", "d89fdf72", "name"),
    Query("Wang Yi Yin Yong", "eca32116", "name"),  # they greeted Kim Jong Un at the station ¶221
    # Phrases
    Query("That makes sense", "ac7222d4", "phrase"),  # Hogg on the Communist Manifesto ¶499
    # "a conviction that justice will ultimately triumph over evil" ¶277; 38a7d84f ¶393 "… will inevitably
    # triumph over evil"
    Query("justice will ultimately triumph over evil", "7ab1f62c", "phrase", also=("38a7d84f",)),
    Query("the real victors of the Second World War", "d89fdf72", "phrase"),  # ¶353
    # Questions
    # "Modeled after London's Stamford Bridge (home of Chelsea Football Club)" ¶291
    Query("which football club's ground was the Minyuan Stadium modelled on?", "7ab1f62c", "question"),
    # "Kim Jong Un joined Russian President Vladimir Putin in flanking … Xi Jinping on the rostrum" ¶219
    Query("who stood beside Xi on the Tienanmen rostrum?", "eca32116", "question"),
    # "Next year marks the 70th anniversary of China-Egypt diplomatic ties" ¶411/413
    Query("when will Egypt and China mark 70 years of ties?", "26d64f12", "question"),
    # "drawing more than 20 heads of state or government, along with the heads of 10 international organisations" ¶427
    Query("how many heads of international organisations attended the SCO gathering?", "9e49ddff", "question"),
    # Topics
    # "Slovakia was the only member state of NATO and the EU to be represented … Hungary and Bulgaria" ¶21
    Query("Hungary Bulgaria NATO representation", "faecd2e1", "topic"),
    # "cooperation documents in such areas as market regulation, metrology, and media" ¶261
    Query("Armenia metrology media", "0e5d6094", "topic"),
    # "BRICS countries account for nearly half of the world's population" ¶459
    Query("BRICS share of world population", "e065690c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Anna May Wong Hollywood Walk of Fame",  # Anna May Wong (ccf1d4fa); Hollywood film makers ¶125, no Walk of Fame
    # Liddell (7ab1f62c): missionary parents, no sister; Jenny Clegg (ac7222d4, d89fdf72) is another Jenny
    "Eric Liddell's sister Jenny",
    "Lula impeachment",  # Lula (e065690c)
    "Khurelsukh horse racing",  # Khurelsukh (c061f0a1)
    "Mongolia copper mine",  # Mongolia (c061f0a1, d89fdf72); mining (faecd2e1, 3a9fa4ed) is Zimbabwe's and Pakistan's
    "Tokayev referendum",  # Tokayev (26d64f12)
    "George Hogg statue in Harpenden",  # George Hogg (ac7222d4): his grave, no statue
    "Путин газопровод Сила Сибири",  # Putin (Latin script: 424ab945, b39d8185, c061f0a1 …); no pipeline
    "China Daily subscription price",  # China Daily (d89fdf72)
    "联合国教科文组织 世界遗产",  # 联合国 (003 ¶20, b39d8185); no UNESCO, no world heritage
    "Minyuan Stadium ticket prices",  # Minyuan Stadium (7ab1f62c)
    "precio de portátiles Lenovo",  # Lenovo (dde32893 ¶339): a factory visit, no prices
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Albert Finch souvenir cards", "9e045ff0", "cross-paragraph"),  # Finch ¶4; souvenir cards ¶5
    # "APPRENTICES" title ¶7 and ¶8; Quayle and the order book ¶10
    Query("Quayle apprentices order book", "589ed93d", "cross-paragraph"),
    # site sold for housing ¶14; farewell exhibition of Bramling posters ¶15
    Query("Bramling sold for housing farewell exhibition", "22c7d23c", "cross-paragraph"),
    Query("Derek Amos vintage buses", "67002b92", "cross-paragraph"),  # vintage buses ¶4; Derek Amos ¶5
    Query("Moira Dutton sponsored swim", "bfd9cf9c", "cross-paragraph"),  # sponsored swim ¶5; Dutton ¶6
    Query("Pask bunting Joan Fairley", "ab5fda37", "cross-paragraph"),  # bunting ¶5; Joan Fairley ¶6
    # the Lord Mayor to Bellhaven ¶6; eleven days ahead of schedule ¶8
    Query("Lord Mayor Bellhaven eleven days ahead", "621643a9", "cross-paragraph"),
    # General Strike ¶4; kitchen tables ¶6; Wexley ¶1–2/7
    Query("Wexley General Strike kitchen tables", "f2ab78ff", "cross-paragraph"),
    # barn dance ¶5; the floor sanded and resealed ¶9
    Query("barn dance floor sanded", "48a49001", "cross-paragraph"),
    # Word forms
    Query("apprenticeship at the press hall", "589ed93d", "word-form"),  # "APPRENTICES RETURN TO THE PRESS HALL" ¶7
    Query("Harrowgate lido restored", "bfd9cf9c", "word-form"),  # "three-year restoration" ¶1
    # "blasted out of the rocks … by local fishermen" ¶2 (an irregular plural)
    Query("Penwarren fisherman blasting rocks", "461db13a", "word-form"),
    Query("Wexley printers striking", "f2ab78ff", "word-form"),  # "During the General Strike the printers" ¶4
    Query("busmen number 12 route", "ab5fda37", "word-form"),  # "Ronald Pask, busman" ¶1; the number 12 route ¶3
    # "will reopen on Wednesday, 3 January" ¶7; Lowther Leisure Pool ¶4
    Query("Lowther leisure pool reopening", "116efa60", "word-form"),
    Query("sanding and resealing the hall floor", "48a49001", "word-form"),  # "the floor is sanded and resealed" ¶9
    Query("four-mile tram line approval", "5fc5e3cb", "word-form"),  # "approved a four-mile tram line" ¶15
    Query("первый Икарус", "5a0ce7d3", "word-form"),  # "парк получил первые «Икарусы»" ¶5
    Query("reforma de la piscina de Villaseca", "eba5b307", "word-form"),  # "será reformada a fondo" ¶2
    # Another script or romanisation
    Query("Альберт Финч", "9e045ff0", "translit"),  # Albert Finch ¶4
    Query("Хелен Куэйл", "589ed93d", "translit"),  # Manager Helen Quayle ¶10
    Query("Мойра Даттон", "bfd9cf9c", "translit"),  # Friends chair Moira Dutton ¶6
    Query("Ikarusy avtobusnyi park", "5a0ce7d3", "translit"),  # «Икарусы» ¶5; автобусный парк ¶2
    Query("Hongxing yinshuachang", "02eb60f7", "translit"),  # pinyin for 红星印刷厂 ¶1–2
    Query("哈罗盖特", "bfd9cf9c", "translit"),  # Harrowgate in Chinese characters ¶1–2/4–5/9
    Query("Tomas Ribera", "eba5b307", "translit"),  # El alcalde, Tomás Ribera ¶6 (accent dropped)
    # Russian
    Query("дни открытых дверей автобусного парка", "5a0ce7d3", "russian"),  # ¶7; автобусный парк ¶2
    Query("новый ремонтный корпус", "5a0ce7d3", "russian"),  # ¶6
    Query("подвижной состав маршрута № 17", "5a0ce7d3", "russian"),  # "на маршрутах № 5 и № 17" ¶8
    # Spanish
    Query("primera travesía a nado", "eba5b307", "spanish"),  # ¶4
    Query("reabrirán con jornadas de puertas abiertas", "eba5b307", "spanish"),  # ¶5
    Query("el pleno aprobó el proyecto", "eba5b307", "spanish"),  # ¶3
    # Chinese
    Query("四色印刷机", "02eb60f7", "chinese"),  # 新购的四色印刷机 ¶4
    Query("厂史陈列馆", "02eb60f7", "chinese"),  # ¶6
    Query("小学课本", "02eb60f7", "chinese"),  # 第一批小学课本运出厂门 ¶3
    # Mentions and zero-width spaces
    Query("@everyone Penwarren Open Swim", "461db13a", "mention-noise"),  # ¶6
    Query("<@4455667788> \u200bWold Band barn dance", "48a49001", "mention-noise"),  # ¶5
    Query("<#112233> county swimming championships\u200b", "bfd9cf9c", "mention-noise"),  # ¶8
    # Typos
    Query("Harrowgte lido", "bfd9cf9c", "typo"),  # Harrowgate Lido ¶1
    Query("Wexley Gazete", "f2ab78ff", "typo"),  # the Wexley Gazette ¶1–2
    Query("Pat Elwood", "48a49001", "typo"),  # Bookings: contact Pat Ellwood ¶11
    # Names
    Query("Ronald Pask", "ab5fda37", "name"),  # ¶1/3
    Query("Cooper's Yard hand press", "f2ab78ff", "name"),  # ¶2; Cooper's Yard ¶5
    Query("Ellery Park", "5fc5e3cb", "name"),  # a tram line from the station to Ellery Park ¶15
    Query("Sian Hollis", "f2ab78ff", "name"),  # Editor Sian Hollis ¶9
    # Phrases
    Query("a single typed sheet pinned to the church door", "f2ab78ff", "phrase"),  # ¶4
    Query("trams every six minutes", "d9601f7b", "phrase"),  # ¶28
    Query("Dogs are welcome on the rocks", "461db13a", "phrase"),  # ¶9
    # Questions
    # "The art deco pool first opened on 29 July 1936" ¶3
    Query("what year did Harrowgate's art deco pool open?", "bfd9cf9c", "question"),
    # "started for the first time … by the oldest compositor on the staff, Albert Finch" ¶4
    Query("who started the two-colour press?", "9e045ff0", "question"),
    # "since the old network closed on 30 June 1977" ¶24
    Query("when did the old Kelmouth tram network close?", "d9601f7b", "question"),
    # "the building had handled more than 90 million journeys" ¶5
    Query("how many journeys has Ferry Road bus station handled?", "67002b92", "question"),
    # Topics
    Query("last open-top bus on the seafront", "e067c0e0", "topic"),  # ¶4
    Query("Mill Lane printing works fire", "e067c0e0", "topic"),  # ¶3
    Query("review of leisure pool opening hours", "116efa60", "topic"),  # ¶2/4
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Bramling printing works strike",  # Bramling (9e045ff0, 22c7d23c); the General Strike is Wexley's (f2ab78ff)
    "Harrowgate lido water slide",  # Harrowgate Lido (bfd9cf9c): inflatables, no slide
    "parking charges at Ferry Road",  # Ferry Road (67002b92, 621643a9)
    "Kelmouth tram fare prices",  # fare-paying passengers (d9601f7b); no fares given
    "Lowther pool swimming lessons",  # Lowther Leisure Pool (116efa60)
    "Penwarren shark sighting",  # Penwarren (461db13a)
    "did Ron Pask have grandchildren?",  # Ronald Pask (ab5fda37)
    "Wexley Gazette online subscription",  # Wexley Gazette (f2ab78ff); subscriptions (63763306) are the tram society's
    "car boot at Greenhill village hall",  # Greenhill (48a49001: jumble and plant sales; e067c0e0: the lido)
    "Car 14 livery colour",  # Car 14 (63763306)
    "забастовка водителей автобусного парка",  # автобусный парк (5a0ce7d3); no strike
    "precio de la entrada a la piscina de Villaseca",  # piscina de Villaseca (eba5b307); no prices
    "红星印刷厂 招聘",  # 红星印刷厂 (02eb60f7); no hiring
    "who edits the Hollins Advertiser?",  # Hollins Advertiser (e067c0e0); the editor Sian Hollis is Wexley's
    "Bellhaven ferry sailings",  # Bellhaven (621643a9); a Christmas tram timetable (d9601f7b)
    "Ellery Park football club",  # Ellery Park (5fc5e3cb)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind31/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
