"""A sixty-fourth lookup query set, for tuning ranking (written in the thirty-first session): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the engineers score it once, then
read it and tune the search on it; once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind63.py and
  tests/queries_blind65.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, a few stop words left out)
  with every earlier query (some eight thousand), and with the earlier queries of this set, while the set
  was being written; a query sharing more than half of its words with any one of them was replaced. The
  seeds have been queried so often by now that nearly every passage and name has been asked about: most
  of these seed queries join three names or passages that no earlier query joined (several still share
  exactly half of their words with one earlier query, the most the rule allows), and well over half of
  the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind76/docs, copied as ONE
  corpus into a subfolder blind76/ (see NEWDOCS_DIRS). Two of its files are digests of three cuttings
  each that the loader splits into a header article and one article per cutting (see NEWDOCS_TITLES).
  No earlier set that could be read was written on these documents; the same near-copy check was run on
  them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query are in
one article but no single paragraph, title line included, holds them all), word-form 4 + 6 (another
inflection or derivation than the text uses, irregular forms too, in English, Russian and Spanish), translit
5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese characters
as a Russian or Chinese newspaper transcribes them, Chinese names and a Chinese title in pinyin without
tones, Latin letters for Cyrillic names, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2
edits a word), name 3 + 2, phrase 2 + 3, question 3 + 5, topic 3 + 3: 36 + 49 answerable, and 20 + 30
unanswerable. Every answerable query is answered by the documents' own words in some form, spelling or
script (names may be written in another script); none needs a translation of a common noun or a synonym the
text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds joined
to a subject it never connects with that name (or to a subject of another article); a question in the
corpus's own words about something it does not say (who won, built, designed, conducts or was mayor; when
someone was born or founded a group; how many films or onlookers; what time something opens or began; what
something cost or fetched; what a dog or a bishop was called, a score, an age); a place the corpus does not
hold but spelled close to one it does (two or more edits from anything real in it); Russian, Spanish and
Chinese ones. Each shares one or more words with its corpus on purpose (in another script for some of the
seeds' ones), and every article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind76/docs/* into ONE temporary
# corpus folder under the subfolder blind76/: files are then "blind76/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind76/docs",)
NEWDOCS_SUBDIRS = ("blind76",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_brantry_mercury_digest.txt, split by the loader: the header (¶1–2), the ferry (¶5–11), the heat (¶14–20),
    # Christmas (¶23–29); the "=== CUTTING n ===" lines (¶4, ¶13, ¶22) belong to none of them
    "c981d100": "BRANTRY MERCURY: THREE CUTTINGS FROM THE SCRAPBOOK",
    "e2c1d10f": "END OF THE LINE FOR STALLOW CHAIN FERRY",
    "bcf85046": "TOWN WILTS AS BRITAIN PASSES 100F",
    "d7fbf563": "CHRISTMAS IN BRANTRY",
    # en_corran_vale_echo_digest.txt, split by the loader: the header (¶1–2), the gale (¶5–10), the carnival
    # (¶13–18), the tennis club (¶21–25); the "---------- Corran Vale Echo, date ----------" lines (¶4, ¶12, ¶20)
    # belong to none of them
    "e81df74d": "CORRAN VALE ECHO: CUTTINGS FROM THREE DECADES",
    "7549ec9e": "GALE LEAVES VALLEY COUNTING THE COST",
    "9bc83158": "A HUNDRED YEARS OF FLOATS",
    "9a91283d": "CENTENARY CLUB CHEERS ON A NEW STAR",
    "af875c72": "DENNIS HOLROYD",
    "b42e4196": "THE DUNSTOWE GAZETTE",
    "25ef6d87": "ELLISBROOK PRIMARY SCHOOL",
    "8df746d8": "HAVERSTOW TOWN COUNCIL",
    "a245b824": "A SHILLING ON THE GATE: THE CUP FINAL AT 125",
    "16a17699": "LINTONBURY CHORAL SOCIETY",
    "ca081707": "OAKHURST WOOD CHARCOAL BURNERS",
    "baf3ab3c": "RAVELFORD LAPWING BIRD CLUB",
    "75817daa": "THE CHAIN AND THE RIVER",
    "04164a8a": "STURMINBY CHAIN BRIDGE OPENS AGAIN",
    "f40cda5c": "ASOCIACIÓN DE TRASPLANTADOS DE CORAZÓN DE VILLAROJA",
    "71d63476": "«ЩЕЛКУНЧИК» ВОЗВРАЩАЕТСЯ В СНЕГОРЕЦК",
    "88e4ebaf": "云峰县中医院举办“青蒿素之光”科普周",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker, whose expertise in radio engineering" ¶501; "Chartist
    # opposition to the first Opium War" ¶513; "the first to organise a Hyde Park meeting" ¶525
    Query("Birker radio engineering Opium War Hyde Park", "ac7222d4", "cross-paragraph"),
    # "China's Consulate-General in the Scottish capital Edinburgh" ¶273; "Japanese POW camps" ¶275/281; "London's
    # Stamford Bridge (home of Chelsea Football Club)" ¶291
    Query("Chelsea Football Club Edinburgh Consulate-General POW camps", "7ab1f62c", "cross-paragraph"),
    # "Samdech Techo Hun Sen, … President of the Senate of Cambodia" ¶154 and "Igor Sergeenko" ¶157 (one block,
    # ¶153–159); "The Lao News Agency KPL reported … the third time" ¶163
    Query("KPL third time Hun Sen Senate Sergeenko", "20f574be", "cross-paragraph"),
    # "the biggest gatherings to date in the SCO's quarter century history" ¶427; "a garden of civilisations" ¶439;
    # "adopted 24 outcome documents" ¶443 (26d64f12 ¶403 has "the quarter century old" SCO, nothing else)
    Query("quarter century history 24 outcome documents garden of civilisations", "9e49ddff", "cross-paragraph"),
    # "the Dunhuang Salt Tower solar plant" ¶539; "Black Liberation Alliance and Qiao Collective" ¶547; "Average
    # life expectancy was below 35" ¶555
    Query("Black Liberation Alliance Salt Tower average life expectancy", "6710eba1", "cross-paragraph"),
    # Word forms: the text has another form
    # "tens of thousands of party members marched the length of China" ¶557 (marched → marching)
    Query("party members marching the length of China", "6710eba1", "word-form"),
    # "The people saved their culture, their history, and recovered more than half of their territory" ¶57
    # (saved → saving, recovered → recovering)
    Query("the people saving their culture and recovering half of their territory", "f78fdcd6", "word-form"),
    # "Mongolia warmly applauds this initiative" ¶199, the Global Governance Initiative (GGI) of the same line
    # (applauds → applauding)
    Query("Mongolia warmly applauding the Global Governance Initiative", "c061f0a1", "word-form"),
    # "None Shall Escape the Judgement made in 1944 which envisages a court in Warsaw trying a Nazi" ¶125
    # (envisages → envisaging)
    Query("None Shall Escape envisaging a Warsaw court trying a Nazi", "ccf1d4fa", "word-form"),
    # Another script or romanisation
    # the CCC's National Organiser Arthur Clegg ¶515–523, "a Colonel Younghusband" ¶521, "J.R. Campbell" ¶525, in
    # Cyrillic
    Query("Артур Клегг, Янгхазбенд и Кэмпбелл", "ac7222d4", "translit"),
    # the Chinese title line 20: "…俄罗斯联邦…苏联伟大卫国战争胜利…", in pinyin without tones
    Query("Eluosi Lianbang weida weiguo zhanzheng shengli", "b39d8185", "translit"),
    # "Pakistani Prime Minister Shehbaz Sharif" ¶211, "Uzbek President Shavkat Mirziyoyev" ¶207, "SCO Tianjin
    # Summit" ¶209, in Chinese characters (Tianjin is in many articles; the two names only here)
    Query("夏巴兹·谢里夫 米尔济约耶夫 天津", "3a9fa4ed", "translit"),
    # "Thongloun Sisoulith" ¶135 on; the newspaper "Nhân Dân" ¶145/151; "Ba Dinh Square" ¶143 (also 362ba691 ¶73,
    # without Thongloun), in Cyrillic
    Query("Тонглун Сисулит, Нян Зан, Ба Динь", "20f574be", "translit"),
    # "Dr. Norman Bethune" ¶275; "Xinhua correspondents Zheng Bofei and Jin Jing" ¶287; "London's Stamford Bridge"
    # ¶291, in Cyrillic
    Query("Норман Бетьюн, Цзинь Цзин, Стэмфорд Бридж", "7ab1f62c", "translit"),
    # Russian (names written in Cyrillic)
    # "Brazilian President Luiz Inácio Lula da Silva", "South African President Cyril Ramaphosa", "Indonesian
    # President Prabowo Subianto" ¶451 (Ramaphosa also ¶467)
    Query("Лула, Рамафоса и Прабово Субианто", "e065690c", "russian"),
    # "a full day of bilateral meetings in Tianjin on August 31" ¶255; "Armenian Prime Minister Nikol Pashinyan"
    # ¶257; "Belarusian President Aleksandr Lukashenko" ¶263
    Query("Никол Пашинян, Александр Лукашенко и Тяньцзинь", "0e5d6094", "russian"),
    # Spanish
    # "En Xi’an fuimos a unos sitios históricos antiguos" ¶313 (the text writes Xi’an with a curly apostrophe)
    Query("sitios históricos antiguos en Xi'an", "dde32893", "spanish"),
    # "mantener el pueblo como dueño de su historia y su cultura es parte fundamental del espíritu revolucionario"
    # ¶325
    Query("parte fundamental del espíritu revolucionario", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Yin Yong, Mayor of Beijing" ¶221; "founding President Kim Il Sung" and "the rostrum of Tienanmen Square"
    # ¶219 (38a7d84f ¶377 has Tienanmen Square only)
    Query("殷勇 金日成 天安门", "eca32116", "chinese"),
    # "Chairman Mao and Fidel Castro" (the title), "Miguel Díaz-Canel Bermúdez" ¶85, "Mao Zedong and Fidel Castro
    # Ruz" ¶93 (20f574be ¶155/167 has Díaz-Canel and Fidel Castro, never Mao)
    Query("毛泽东 菲德尔·卡斯特罗 迪亚斯-卡内尔", "d807680a", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "visited the Russian city from Sept. 23-27" line 4; "a member of the Political Bureau of the CPC Central
    # Committee" line 8 (the Political Bureau is in 362ba691, 20f574be and eca32116 too, Liu Qibao in none of them)
    Query("<@9> Political Bureau\u200b Liu Qibao Sept. 23-27", "054ef6fb", "mention-noise"),
    # "Xi hosted a lunch in the Great Hall of the People for … the relatives of international friends" ¶385
    # (d807680a ¶85 and eca32116 ¶223 have the Great Hall, no lunch)
    Query("<#31> Great Hall of the People lunch\u200b relatives of international friends", "38a7d84f", "mention-noise"),
    # Typos (1–2 edits)
    Query("Madouro Padrinho", "f78fdcd6", "typo"),  # "Nicolás Maduro", "Defence Minister Vladimir Padrino" ¶33/53
    # "Zhongnanhai" ¶237 (2 edits), "King Norodom Sihamoni" ¶235–241
    Query("Zhongnanhia Sihamony", "5a5d8582", "typo"),
    Query("Emerson Mnangagua", "faecd2e1", "typo"),  # "Zimbabwean President Emmerson Mnangagwa" ¶5 (and ¶11)
    # Names
    # "Iranian President Masoud Pezeshkian" and "Foreign Minister Subrahmanyam Jaishankar" ¶451
    Query("Masoud Pezeshkian Subrahmanyam Jaishankar", "e065690c", "name"),
    # "Chen Weihua (Former EU bureau chief of China Daily)" ¶364; "Radhika Desai (International Manifesto Group),
    # Moderator" ¶369
    Query("Chen Weihua Radhika Desai", "d89fdf72", "name"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501
    Query("James MacManus Michael Lindsay", "ac7222d4", "name"),
    # Phrases
    # "leading his pupils on a month-long 1,100 kilometre (700 miles) journey … to the relative safety of Gansu"
    # ¶485
    Query("the relative safety of Gansu", "ac7222d4", "phrase"),
    # "an occasion for us to remember history, honour fallen heroes, cherish peace, and create a better future"
    # ¶379, again ¶391
    Query("remember history, honour fallen heroes, cherish peace", "38a7d84f", "phrase"),
    # Questions
    # "At noon Xi met with Slovak Prime Minister Robert Fico" ¶13, in the "series of meetings on September 4" ¶3
    # (the other September 4 meetings, d807680a ¶85, 20f574be ¶135, eca32116 ¶223, are in the morning, on an
    # unstated hour or in the evening)
    Query("who did Xi meet at noon on September 4?", "faecd2e1", "question"),
    # "Since the establishment of diplomatic relations 33 years ago" ¶257
    Query("how many years has Armenia had diplomatic relations with China?", "0e5d6094", "question"),
    # "a monument honoring the joint efforts of the USSR and North Korea … will be erected in the 'Patriots'
    # military-patriotic park in the Moscow region" line 7
    Query("what is the name of the park where the USSR and North Korea monument will stand?", "097182f6", "question"),
    # Topics
    # "On September 3, 2020, President Xi Jinping exchanged congratulatory messages with Russian President Vladimir
    # Putin" line 5; "as permanent members of the United Nations Security Council" line 9 (c061f0a1 ¶191 has the
    # Security Council too, in 2025, with no messages)
    Query("Xi Putin 2020 messages permanent members of the Security Council", "424ab945", "topic"),
    # "The China-Myanmar pauk-phaw (brotherly) friendship … the 75th anniversary of their diplomatic relations" ¶415
    Query("Myanmar pauk-phaw 75th anniversary of diplomatic relations", "26d64f12", "topic"),
    # "distancing itself from symbols like the Yasukuni Shrine" line 41; "Joint Commemorations: Pledge to hold
    # joint remembrance" line 42
    Query("Yasukuni Shrine joint commemorations", "b39d8185", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Jenny Clegg is a webinar speaker (d89fdf72 ¶366) and wrote for SACU (ac7222d4 ¶513); the Morning Star ran
    # David Horsley's review (ccf1d4fa ¶111)
    "Jenny Clegg Morning Star",
    # Rewi Alley was Hogg's mentor (ac7222d4 ¶495–499); Eric Liddell is 7ab1f62c's; no article has both
    "Rewi Alley Eric Liddell",
    # Slovenia is 2 edits from Slovakia, whose Prime Minister Robert Fico met Xi in Beijing (faecd2e1 ¶13–21)
    "Slovenia prime minister Beijing",
    "which university does Ken Hammond teach at?",  # "Ken Hammond (Historian and China scholar)" (d89fdf72 ¶363)
    # Maduro was in Caracas (f78fdcd6 ¶33–57); Tianjin is the SCO summit's city (9e49ddff and others)
    "Мадуро в Тяньцзине",
    # Lavrov spoke in Wonsan (097182f6 line 7); Putin (c061f0a1, 424ab945, eca32116 …) never went there
    "普京 元山",
    "刘奇葆 出生 地点",  # Liu Qibao (054ef6fb) in Chinese characters; no birthplace
    # Lev Abramov, the veteran (054ef6fb line 14); the only medals are Liddell's (7ab1f62c ¶291)
    "Lev Abramov Olympic medals",
    "Лавров в Монголии",  # Lavrov (097182f6 line 7); Mongolia is Khurelsukh's (c061f0a1); no visit
    # "a season of Anna May Wong's films, currently showing at the British Film Institute" (ccf1d4fa ¶111); no count
    "how many films did Anna May Wong make?",
    # Pashinyan met Xi in Tianjin (0e5d6094 ¶257–259); the Moscow Victory Day is Xi's visit (b39d8185 line 2,
    # c061f0a1 ¶193)
    "Pashinyan Moscow Victory Day",
    # Fushun is not in the corpus (3 edits from Fudan); the war criminals are the Cold War passage's (7ab1f62c ¶279)
    "Fushun war criminals management centre",
    "Wuhan monument",  # Wuhan is not in the corpus (2 edits from Cuban, Fudan, human); the monuments are elsewhere
    # "la planta de poder solar de sal fundido de Dunhuang" (dde32893 ¶335): no designer
    "¿quién diseñó la planta solar de sal fundida de Dunhuang?",
    # "providing medical supplies to the Shandan Bailie School" (ac7222d4 ¶501): no sum anywhere
    "how much did the Friends Ambulance Unit's medical supplies cost?",
    "who was the mayor of Tianjin?",  # the one mayor named is "Yin Yong, Mayor of Beijing" (eca32116 ¶221)
    "¿cuánto cuesta una visita a Yan'an?",  # "Fuimos para Yan’an" (dde32893 ¶315); no price
    # Sydney Loving (dde32893) never speaks of Korea; "the wars of liberation in Korea" are 7ab1f62c ¶279's
    "Sydney Loving y la Guerra de Corea",
    # "the first to organise a Hyde Park meeting, where on August 23 [1937], J.R. Campbell demanded a Japanese
    # withdrawal" (ac7222d4 ¶525): no hour
    "what time did the Hyde Park meeting begin on August 23, 1937?",
    # "Radhika Desai (International Manifesto Group), Moderator" (d89fdf72 ¶369, also ¶373): no founding, no date
    "when did Radhika Desai found the International Manifesto Group?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "with the radio tuned, as always, to the shipping forecast" ¶6–7; "above his father's ironmongery in Cable
    # Street" ¶9; "explained the hydraulics to a party of Dutch engineers" ¶22
    Query("ironmongery Dutch engineers shipping forecast", "af875c72", "cross-paragraph"),
    # "the great nit campaign of October" ¶7; "walk to St Mark's for a centenary service …, when the Bishop has
    # promised to visit" ¶20–21; "costumes and towels in a named bag" ¶23–24
    Query("nit campaign named bag Bishop St Mark's", "25ef6d87", "cross-paragraph"),
    # "Morton Betts scored the only goal" ¶6; "the curate, the Reverend Silas Pengelly" ¶12–13; "the Boat Race in
    # the afternoon" ¶20 (Pengelly again ¶20, without Betts)
    Query("Morton Betts Silas Pengelly Boat Race", "a245b824", "cross-paragraph"),
    # "the Bewick's swans that stayed on Hatch Moor" ¶8; "Gerald's slides of Fair Isle" ¶18; "post a cheque to
    # Maureen at 4 Mill Row" ¶26–27
    Query("Bewick's swans Fair Isle Mill Row", "baf3ab3c", "cross-paragraph"),
    # "в один вечер с оперой «Иоланта»" ¶6; "на сцене Дома культуры железнодорожников" ¶9 (Дом is the nominative of
    # the text's Дома); "на гастроли в соседний Белоярск" ¶23
    Query("Иоланта Дом культуры железнодорожников Белоярск", "71d63476", "cross-paragraph"),
    # 葛洪《肘后备急方》 ¶11; 老药剂师周德明 ¶14; 院长王建华 ¶24
    Query("肘后备急方 周德明 王建华", "88e4ebaf", "cross-paragraph"),
    # Word forms
    # "ferryman Walter Rudd took a full boat over at ten past four" ¶6–7 (took → taking; "taking" is only inside
    # "takings", b42e4196 ¶21 and baf3ab3c ¶9); 75817daa has Walter Rudd, not the full boat
    Query("Walter Rudd taking a full boat over", "e2c1d10f", "word-form"),
    # "Queen came down by launch" ¶17–18 (came → coming, irregular)
    Query("the Queen coming down by launch", "af875c72", "word-form"),
    # "Handel arrived in Dublin the previous November, … with a trunk of new music" ¶6 (arrived → arriving)
    Query("Handel arriving in Dublin with a trunk of new music", "16a17699", "word-form"),
    # "The band played throughout," … "and the tram, being new to music, swayed in time." ¶6–7 (swayed → swaying)
    Query("the tram swaying in time to the band", "b42e4196", "word-form"),
    # "Hoy he subido solo las escaleras de casa." ¶14 (subido → subir)
    Query("subir solo las escaleras de casa", "f40cda5c", "word-form"),
    # "Щелкунчик уронил саблю, но никто не заметил" ¶12 (уронил → уронит)
    Query("Щелкунчик уронит саблю", "71d63476", "word-form"),
    # Another script or romanisation
    Query("Ада Тревис", "04164a8a", "translit"),  # "Mrs Ada Trevis, 91, … cut the ribbon" ¶16–17, in Cyrillic
    Query("Сайлас Пенгелли", "a245b824", "translit"),  # "the Reverend Silas Pengelly" ¶12–13 (and ¶20) in Cyrillic
    # "to watch Emma Raducanu play in the final of the US Open" ¶23, in Chinese characters
    Query("艾玛·拉杜卡努", "9a91283d", "translit"),
    # "Handel arrived in Dublin" ¶6 (Handel and Dublin again ¶3, ¶17), in Chinese characters
    Query("亨德尔 都柏林", "16a17699", "translit"),
    # "Руководительница хореографического кружка Нина Павловна Ветлугина" ¶9–10, in Latin letters
    Query("Nina Pavlovna Vetlugina", "71d63476", "translit"),
    # 屠呦呦 ¶2/4/5/9 and 东晋葛洪 ¶11, in pinyin
    Query("Tu Youyou Ge Hong", "88e4ebaf", "translit"),
    # accents dropped: "Nuestro fundador, Andrés Quiles" ¶11; "«un corazón por San Valentín»" ¶12
    Query("Andres Quiles San Valentin", "f40cda5c", "translit"),
    Query("Харольд Пим", "b42e4196", "translit"),  # "compiled by Harold Pim" ¶2 (and ¶28), in Cyrillic
    Query("Деннис Холройд", "af875c72", "translit"),  # "DENNIS HOLROYD" ¶1, ¶5, in Cyrillic
    # Russian
    # "пройдёт открытая генеральная репетиция для родителей и ветеранов школы" ¶19–20
    Query("открытая генеральная репетиция для родителей", "71d63476", "russian"),
    Query("Детская школа искусств имени Глинки", "71d63476", "russian"),  # ¶4
    # "родители уже собирают деньги на автобус" ¶24
    Query("родители собирают деньги на автобус", "71d63476", "russian"),
    # Spanish
    # "marcha popular «25 años, 25 kilómetros» hasta la ermita de la Peña" ¶25
    Query("marcha popular 25 años, 25 kilómetros", "f40cda5c", "spanish"),
    # "mesas informativas sobre donación de órganos en el mercado" ¶28
    Query("mesas informativas sobre donación de órganos", "f40cda5c", "spanish"),
    # "Viernes 8 de mayo, a las 20.00: misa de acción de gracias en San Lorenzo" ¶24
    Query("misa de acción de gracias en San Lorenzo", "f40cda5c", "spanish"),
    # Chinese
    Query("青蒿种植园 中小学生 参观", "88e4ebaf", "chinese"),  # 医院青蒿种植园向中小学生开放参观 ¶19
    Query("中医药知识竞赛决赛", "88e4ebaf", "chinese"),  # 县里将举办中医药知识竞赛决赛 ¶22
    Query("中草药标本展 台风推迟", "88e4ebaf", "chinese"),  # 中草药标本展因台风推迟 ¶20
    # Mentions and zero-width spaces
    # "Tickets from Doreen Lusk, whose great-great-grandfather mended that first ball" ¶31–32
    Query("<@2207> Doreen Lusk\u200b tickets", "a245b824", "mention-noise"),
    Query("@here leap-day owl walk\u200b", "baf3ab3c", "mention-noise"),  # "the leap-day owl walk" ¶15
    # "18 October: the last burn, followed by apple cake in the clearing" ¶12
    Query("<#88> \u200bapple cake last burn", "ca081707", "mention-noise"),
    # Typos
    Query("Haverstowe Wheelrs", "8df746d8", "typo"),  # "the Haverstow Wheelers' Anniversary Ride" ¶9
    Query("Ellisbroke Primary", "25ef6d87", "typo"),  # "ELLISBROOK PRIMARY SCHOOL" ¶1 (2 edits)
    # "STURMINBY CHAIN BRIDGE" ¶1; "The little chain footbridge" ¶4
    Query("Sturminbey chain footbrige", "04164a8a", "typo"),
    # Names
    # "Dr Maeve Donnellan: "Charity, Dublin and the Great Music Hall"" ¶21
    Query("Maeve Donnellan", "16a17699", "name"),
    Query("Joseph Carrow", "25ef6d87", "name"),  # "The first headmaster, Mr Joseph Carrow" ¶16–17
    # Phrases
    # "moved to the evening of the 25th, "when it may be cooler and cannot possibly be hotter"" ¶19–20
    Query("cannot possibly be hotter", "bcf85046", "phrase"),
    # "came home, his daughter wrote, "talking of nothing but chains"" ¶7
    Query("talking of nothing but chains", "04164a8a", "phrase"),
    # "Mrs Garnett gave me a kiss, which was not in the fare." ¶14
    Query("a kiss, which was not in the fare", "75817daa", "phrase"),
    # Questions
    # "the end of a crossing that had run since 14 May 1888" ¶5 (e2c1d10f tells of the last crossing only)
    Query("when did the Stallow chain ferry start running?", "75817daa", "question"),
    # "Saturday 12 April: coach to the estuary for the godwits. Seats are £9" ¶19
    Query("how much are coach seats to the estuary for the godwits?", "baf3ab3c", "question"),
    # the header of the Corran Vale digest: "Pasted into the reading-room album at Corran Vale Library" ¶2
    Query("where were the Corran Vale Echo cuttings pasted?", "e81df74d", "question"),
    # "The library keeps its usual hours except on Christmas Eve, when it closes at noon" ¶27–28
    Query("when does the library close on Christmas Eve?", "d7fbf563", "question"),
    # the header of the Brantry digest: "THREE CUTTINGS FROM THE SCRAPBOOK / Kept by the Brantry and Stall Valley
    # Local History Group" ¶1–2
    Query("who keeps the Brantry Mercury scrapbook?", "c981d100", "question"),
    # Topics
    # "The storm that swept in on Thursday 25 January, Burns' Day, … took the roof off the bowling club pavilion"
    # ¶6–7
    Query("Burns' Day storm bowling club pavilion roof", "7549ec9e", "topic"),
    # "The centenary carnival will be on Saturday 17 June …; float entries must reach the secretary by the 12th"
    # ¶15–16
    Query("centenary carnival float entries", "9bc83158", "topic"),
    # "Temporary road closures for the Grand Départ Anniversary Ride" ¶3; "Market Place and Bridge Street: closed
    # to all vehicles" ¶15
    Query("Market Place road closures for the anniversary ride", "8df746d8", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Walter Rudd worked the Stallow ferry (e2c1d10f, 75817daa); the Thames Barrier is Dennis Holroyd's (af875c72)
    "Walter Rudd Thames Barrier",
    # Dennis Holroyd (af875c72); the Festival of Britain is the Dunstowe column's (b42e4196 ¶16–18, ¶26–27)
    "Dennis Holroyd Festival of Britain",
    # Alison Rook is the bird club's secretary (baf3ab3c ¶34); the pantomime, Aladdin, is Brantry's (d7fbf563 ¶24)
    "Alison Rook pantomime",
    # "reopened to walkers at noon today" (04164a8a ¶4–5); "Mrs Ada Trevis, 91, … cut the ribbon" (¶16–17); no crowd
    "how many people watched the Sturminby bridge reopening?",
    # Ada Trevis cut the Sturminby ribbon (04164a8a ¶16–17); the charcoal kiln is Oakhurst Wood's (ca081707)
    "Ada Trevis charcoal kiln",
    # Harold Pim compiles the Dunstowe column (b42e4196 ¶2, ¶28); the Tour de France is Haverstow's (8df746d8 ¶5)
    "Harold Pim Tour de France",
    # "This Sunday, 16 March, … the old boys of Hollinsford Rovers will play their own anniversary final"
    # (a245b824 ¶8) is still to come
    "who won the Hollinsford Rovers anniversary final?",
    # "a "centenary match" in 1972, on 18 March of that year, and that nobody present could remember the score"
    # (a245b824 ¶24–25)
    "what was the score of the Rovers' 1972 centenary match?",
    # "The Sturminby bridge went up in 1866, built by a local ironmaster" (04164a8a ¶6): never named
    "who built the Sturminby bridge in 1866?",
    # "Thirty-one passengers and the vicar's dog" (75817daa ¶10–11): the dog is not named
    "what was the name of the vicar's dog?",
    # "The boat and the winding gear will be sold at auction" (e2c1d10f ¶10–11); "The ferry boat went for scrap"
    # (75817daa ¶18); no sum
    "how much did the Stallow ferry boat fetch at auction?",
    # "The new swimming baths in Orchard Road opened on 29 April, and the first week's takings beat the council's
    # estimate by half" (b42e4196 ¶21–22); no cost
    "what did the new swimming baths in Orchard Road cost?",
    "what is the name of the Bishop visiting Ellisbrook?",  # "the Bishop has promised to visit" (25ef6d87 ¶21)
    # "their first son, Michael, was born" on 14 April (af875c72 ¶11–12); Peter (¶25) has no birth date
    "when was Dennis Holroyd's son Peter born?",
    # "A WORD FROM THE CONDUCTOR" (16a17699 ¶5) is not signed; the only other name is Dr Maeve Donnellan's (¶21)
    "who conducts the Lintonbury Choral Society?",
    # "a burn for the village fete, with sacks on sale in the clearing" (ca081707 ¶10); no price
    "how much does a sack of Oakhurst charcoal cost?",
    # "with the Mayor, the Corporation and a brass band aboard" (b42e4196 ¶5–6): no name
    "who was the Mayor of Dunstowe in 1901?",
    # "The Christmas market will be held in the Abbey Gardens on Saturday 14 and Sunday 15 December" (d7fbf563
    # ¶25–26); no hour
    "what time does the Brantry Christmas market open?",
    # Haverhill is 4 edits from Haverstow, whose Wheelers ride the anniversary route (8df746d8 ¶9)
    "Haverhill Wheelers anniversary ride",
    "Sturminster chain bridge",  # Sturminster is 4 edits from Sturminby, whose chain footbridge reopened (04164a8a)
    # Linbury is 3 edits from Lintonbury (and from library), whose choral society sings Messiah (16a17699)
    "Linbury Messiah",
    # Снежинск is 4 edits from дневник and 5 from Снегорецк, whose art school dances «Щелкунчик» (71d63476)
    "Снежинск Щелкунчик",
    # Villarreal is 3 edits from Villaroja, whose heart-transplant association writes f40cda5c
    "Villarreal trasplante de corazón",
    "Ravensworth bird club",  # Ravensworth is 5 edits from Ravelford, whose bird club writes baf3ab3c
    # "Билеты продаются в кассе школы с 11-го числа" (71d63476 ¶22–23): no price
    "почём билеты на новогодние спектакли «Щелкунчика»?",
    # "для тех, кто танцевал в 1967 году" (71d63476 ¶20): no dancer is named
    "кто танцевал Щелкунчика в 1967 году?",
    # "el primer trasplante de corazón con éxito en España … por el equipo de los doctores Caralps y Oriol"
    # (f40cda5c ¶6–8): the patient is not named
    "¿quién fue el primer paciente de trasplante de corazón en España?",
    "¿cuánto es la cuota anual de la asociación?",  # "La cuota anual, que no sube" (f40cda5c ¶30–31): no sum
    "屠呦呦 出生 年份",  # 屠呦呦 (88e4ebaf ¶2–12): the Nobel dates and 1969–1971, no birth year
    "王建华 院长 年龄",  # 院长王建华 (88e4ebaf ¶24) is quoted once; no age
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind76/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
