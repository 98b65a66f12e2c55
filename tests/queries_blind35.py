"""A thirty-fifth lookup query set, for tuning ranking in the sixteenth round: it is a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind32.py and tests/queries_blind34.py, unscored
  blind sets, were not opened and are not part of the check). A throwaway script compared the word
  set of every query (Latin and Cyrillic words, Chinese by character pairs, mentions and a few stop
  words left out) with every earlier query, and with the earlier queries of this set, while the set
  was being written; a query sharing more than half of its words with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind47/docs, copied as ONE
  corpus into a subfolder blind47/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 4 + 5 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 5
(another inflection or derivation than the text uses, both directions, in English, Russian and
Spanish), translit 6 + 11 (another script or romanisation than the text: English and other
Latin-script names written as a Russian or Chinese newspaper transcribes them by sound, Chinese
characters for an old romanisation, Latin letters for Cyrillic and Chinese names, accents dropped),
russian 2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 2 + 3 (1–2 edits), name 2 + 2, phrase 2 + 2,
question 2 + 4, topic 2 + 3: 32 + 47 answerable, and 21 + 32 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in
another script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name; a question in the corpus's own words about
something it does not say; a place or person the corpus does not hold but spelled close to one it
does (two or more edits from anything real in it); a common word plus a name from another article;
Russian, Spanish and Chinese ones; date-like and number questions the text does not answer. Each
shares one or more words with its corpus on purpose, and every article holding those words was read
to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included)
holds all of the query's words.

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

# The new-documents corpus is assembled by copying tests/gold/blind47/docs/* into ONE temporary
# corpus folder under the subfolder blind47/: files are then "blind47/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind47/docs",)
NEWDOCS_SUBDIRS = ("blind47",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "50a12fe3": 'Thirty years of "Merry Christmas"',
    "c6b80f86": "NEWS RELEASE",  # the Dalquharn Ferry Museum release
    "3de655a9": "FERNDYKE CAMERA CLUB",
    "4bacb4e1": "GREYLE FEN NATURE RESERVE",
    "ce247719": "HEBBLESWICK FIDDLE FESTIVAL",
    "fb5201ed": "LINNETBROOK PRIMARY SCHOOL",
    "5da5da6b": "OBITUARY",  # Nora Blenkinsop
    # the Oswick Advertiser digest: a heading (¶1–2) and three stories (¶5–9, ¶12–17, ¶20–25)
    "b492d648": "THE OSWICK ADVERTISER · FROM THE FILES",
    "35080719": "PANTO TAKINGS BREAK RECORD",
    "88750bf2": "BOWLS CLUB AT FIFTY",
    "ef136d49": "LIGHTS ON, AND A NEW DATE FOR NEXT YEAR",
    # the Quarrendon scrapbook digest: a heading (¶1–2) and three cuttings (¶6–10, ¶14–20, ¶24–29)
    "d81b4327": "QUARRENDON IN THE NEWS",
    "ff03395b": "NEW PUMP FOR MILL LANE",
    "15467fd0": "WOOL STORE BLAZE LIGHTS UP THE NIGHT SKY",
    "c8bf2e7c": "CORN HALL CLOCK READY FOR ITS BIRTHDAY",
    "61b7d2f7": "Twenty years on: the night the wool store burned",
    "10927dfd": "STOURLOW AUCTION MART TO CLOSE AFTER 140 YEARS",
    "c6b4ffd2": "Wetherick Mercury · Saturday, June 15, 2019 · Page 22",
    "92677d66": "Vallfosca de Mar, lunes 3 de julio.",
    "1bec6d38": "КЕДРОГОРСК, 16 марта. В субботу, 18 марта, клуб юных космонавтов «Орбита»",
    "4bd801f4": "青岚县射击俱乐部纪念中国奥运首金25周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "caring for children orphaned by Japan's brutal war" ¶483; MacManus's biography 'Ocean Devil' ¶489
    Query("Hogg orphaned children Ocean Devil", "ac7222d4", "cross-paragraph"),
    # the 1959 tenth anniversary celebrations ¶219; Cai Qi, member of the Secretariat, greeted him ¶221
    Query("Kim Jong Un Secretariat tenth anniversary 1959", "eca32116", "cross-paragraph"),
    # Putin ¶187/193; "our ancestors, fathers and grandfathers paid an enormous price" ¶195;
    # Khurelsukh, "friendly neighbours connected by mountains and rivers" ¶197
    Query("Putin grandfathers enormous price Khurelsukh neighbours", "c061f0a1", "cross-paragraph"),
    # Callum Norris ¶533; Western claims of "debt traps" ¶537; Fudan University ¶541
    Query("Callum Norris Fudan debt traps", "6710eba1", "cross-paragraph"),
    # Word forms: the text has another form
    # "Maduro presided over an official event held in Caracas" ¶53 (9e49ddff ¶431: presiding over the SCO Summit)
    Query("Maduro presiding over Caracas event", "f78fdcd6", "word-form"),
    # "Tariff blackmail is being normalised" ¶463
    Query("Lula normalising tariff blackmail", "e065690c", "word-form"),
    # 000 ¶14 "an attempt to downplay China's role"; b39d8185: 003 ¶37 "downplay the contributions of China"
    Query("Japan downplaying China's role", "097182f6", "word-form", also=("b39d8185",)),
    # "The China-Cambodia relations have withstood the test of the shifting international landscape" ¶239
    Query("Cambodia-China ties withstanding the shifting landscape", "5a5d8582", "word-form"),
    # Another script or romanisation
    Query("复旦", "6710eba1", "translit"),  # Fudan University ¶541, in Chinese characters
    Query("重庆", "ccf1d4fa", "translit"),  # Lady From Chungking ¶113/129: the old romanisation of 重庆
    # Yan'an in Cyrillic: ¶535/557; dde32893: Yan'an ¶307/315
    Query("Яньань", "6710eba1", "translit", also=("dde32893",)),
    # "the US Trump administration against many BRICS members" ¶451, in Cyrillic
    Query("Трамп БРИКС", "e065690c", "translit"),
    Query("Нородом Монинеат", "5a5d8582", "translit"),  # Queen Mother Norodom Monineath Sihanouk ¶235–241
    Query("清华", "ac7222d4", "translit"),  # Tsinghua University ¶475, in Chinese characters
    # Russian (names written in Cyrillic)
    # Lula ¶451/463, Ramaphosa ¶451/467, Pezeshkian ¶451
    Query("Лула, Рамафоса и Пезешкиан", "e065690c", "russian"),
    Query("Бетьюн и Эдинбург", "7ab1f62c", "russian"),  # Norman Bethune ¶275; Edinburgh ¶273/287
    # Spanish
    Query("almacenar energía por la noche", "dde32893", "spanish"),  # the Dunhuang solar plant ¶335
    Query("equilibrar el desarrollo de las regiones", "dde32893", "spanish"),  # ¶341
    # Chinese (names in Chinese characters)
    # Kim Jong Un on the rostrum of Tienanmen Square ¶219 (38a7d84f ¶377 has the square, not Kim)
    Query("金正恩 天安门", "eca32116", "chinese"),
    Query("麦克马纳斯", "ac7222d4", "chinese"),  # James MacManus's biography of Hogg ¶489
    # Mentions and zero-width spaces around the real words
    # "Nhân Dân … the participation of Lao People's Army soldiers in the National Day parade" ¶145
    Query("<@333> Nhân Dân Lao soldiers parade", "20f574be", "mention-noise"),
    # "Samdech Techo Hun Sen, President of the Cambodian People's Party and President of the Senate" ¶154
    Query("<@111> Hun Sen Senate Cambodian People's Party", "20f574be", "mention-noise"),
    # Typos (1–2 edits)
    Query("Subianot", "e065690c", "typo"),  # Indonesian President Prabowo Subianto ¶451
    Query("Sassou Nguessso", "faecd2e1", "typo"),  # Denis Sassou Nguesso ¶23
    # Names
    # the webinar's speakers ¶365–366; ac7222d4: Jenny Clegg writing for SACU ¶513
    Query("Jodie Evans Jenny Clegg", "d89fdf72", "name", also=("ac7222d4",)),
    # "established by President Kaysone Phomvihane and President Fidel Castro" ¶167; d807680a: Castro ¶83/93
    Query("Kaysone Phomvihane Fidel Castro", "20f574be", "name", also=("d807680a",)),
    # Phrases
    Query("truly impressive", "faecd2e1", "phrase"),  # Fico: "this is truly impressive" ¶19
    Query("sacrificing her life for the cause of freedom", "ccf1d4fa", "phrase"),  # ¶115
    # Questions
    # "relations of comrades as well as brothers … as … Ho Chi Minh once described it in a poem" ¶63
    Query("what did Ho Chi Minh call China and Vietnam?", "362ba691", "question"),
    # "Brazilian President Lula … whose country holds the current rotating Chair of BRICS" ¶451
    Query("which country holds the rotating chair of BRICS?", "e065690c", "question"),
    # Topics
    # "During his state visit to the United Kingdom in 2015 … in Buckingham Palace" ¶479
    Query("state visit to the United Kingdom 2015", "ac7222d4", "topic"),
    # Gansu, desierto de Gobi ¶333; Jiayuguan ¶307/335 (Gansu alone: ac7222d4 ¶485, 6710eba1 ¶549)
    Query("Gansu Jiayuguan Gobi", "dde32893", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or more with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Lula Amazon deforestation",  # Lula (e065690c ¶451/463): BRICS and tariffs; no Amazon, no forests
    # Maduro (f78fdcd6); sanctions only on Zimbabwe (faecd2e1 ¶7), the US blockade of Cuba (d807680a ¶101)
    "Мадуро санкции США",
    "¿cuántos robots tiene la fábrica de Lenovo?",  # robots ¶329, la fábrica de Lenovo ¶339 (dde32893); no count
    "金正恩 访问俄罗斯",  # Kim Jong Un (eca32116) visits Beijing; no visit to Russia
    "Thonglor nightlife",  # 2 edits from Thongloun (20f574be); not in seeds/
    "Pashayan restaurant Yerevan",  # 2 edits from Pashinyan (0e5d6094); no Yerevan
    "Wonju Olympic venue",  # 3 edits from Wonsan (097182f6 ¶7); Olympic, venues (7ab1f62c ¶287/291) are Liddell's
    "Hun Manet Olympic champion",  # Hun Manet (5a5d8582); the Olympic champion is Liddell (7ab1f62c)
    # the delegation (6710eba1 ¶533/547, dde32893 ¶297/301) lists its organisations, never how many went
    "how many delegates went on the Friends of Socialist China delegation?",
    "what is the population of Tianjin?",  # Tianjin (7ab1f62c, 9e49ddff …); "population" only BRICS (e065690c ¶459)
    "when was Madbouly appointed prime minister?",  # Prime Minister Madbouly (26d64f12 ¶405–413); no date
    "Delcy Rodríguez oil minister",  # Vice President Delcy Rodríguez (f78fdcd6 ¶33/53); no oil
    # "Around 400 military personnel from … China, Russia, Laos, and Cambodia" together (362ba691 ¶77);
    # Lao soldiers in the parade (20f574be ¶145): no number for Laos
    "how many soldiers did Laos send to the Hanoi parade?",
    "Xi Jinping Buckingham Palace state banquet menu",  # Xi's speech in Buckingham Palace (ac7222d4 ¶479) only
    "Пезешкиан ядерная программа",  # Pezeshkian (e065690c ¶451) attended the summit; nothing nuclear
    "洪玛奈 柬埔寨 选举",  # Hun Manet, Cambodia (5a5d8582); no election
    "what year did the Friends Ambulance Unit leave China?",  # the Unit (ac7222d4 ¶501) served in China; no dates
    # Desai moderates (d89fdf72 ¶369) for the International Manifesto Group; universities: ac7222d4 ¶475, 6710eba1 ¶541
    "which university does Radhika Desai teach at?",
    "Tokyo Trials death sentences",  # the Nuremberg and Tokyo Trials' principles (b39d8185 ¶39); no sentences
    "Minyuan Stadium seating capacity",  # the Minyuan Stadium (7ab1f62c ¶291); no size
    "Khurelsukh cashmere exports",  # Khurelsukh (c061f0a1); no trade goods
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # purser Archie Lennie, a deckhand from 1947 ¶15–17; "Curator Morag Tullis said" ¶21
    Query("Lennie deckhand curator", "c6b80f86", "cross-paragraph"),
    # "She married Alan Blenkinsop, a joiner" ¶16; "Donations … to Thrushcombe Hospice" ¶25
    Query("Blenkinsop joiner hospice", "5da5da6b", "cross-paragraph"),
    # Colin Amery ¶11; the night watchman Len Bishop ¶20; his daughter will unveil the plaque ¶22
    # (15467fd0 ¶17 has Colin Amery, not Bishop or the plaque)
    Query("Colin Amery Len Bishop plaque", "61b7d2f7", "cross-paragraph"),
    # the old weighbridge ¶12; foot-and-mouth ¶15; auctioneer Dennis Harrop ¶19
    Query("Harrop weighbridge foot-and-mouth", "10927dfd", "cross-paragraph"),
    # Леонов ¶6/20; вернуться в шлюз ¶7; встреча … с Николаем Саввиным ¶17
    Query("Леонов шлюз Саввин", "1bec6d38", "cross-paragraph"),
    # Word forms
    Query("Nora Blenkinsop delivering babies", "5da5da6b", "word-form"),  # "delivered more than 3,000 babies" ¶5–6
    Query("Corn Hall clock restored", "c8bf2e7c", "word-form"),  # "after a year-long restoration" ¶26
    Query("booming bitterns Greyle Fen", "4bacb4e1", "word-form"),  # "Bittern boom walk" ¶7
    # "выхода человека в открытый космос" ¶2; "он всё равно вышел" ¶21
    Query("Леонов выходил в открытый космос", "1bec6d38", "word-form"),
    Query("Pujals dirigió el club de natación", "92677d66", "word-form"),  # "que hoy dirige el club de natación" ¶15
    # Another script or romanisation
    Query("Kedrogorsk", "1bec6d38", "translit"),  # КЕДРОГОРСК ¶1
    Query("Irina Lagutina", "1bec6d38", "translit"),  # Руководитель клуба Ирина Лагутина ¶19
    Query("Voskhod-2 Belyaev", "1bec6d38", "translit"),  # «Восход-2» с Павлом Беляевым ¶5
    Query("Xu Haifeng", "4bd801f4", "translit"),  # 许海峰 ¶4
    Query("Нора Бленкинсоп", "5da5da6b", "translit"),  # Nora Blenkinsop ¶3/5, as a Russian paper writes it
    Query("Хебблсуик", "ce247719", "translit"),  # Hebbleswick ¶1, in Cyrillic by sound
    Query("沃达丰", "50a12fe3", "translit"),  # Vodafone ¶6, its Chinese name by sound
    Query("约翰·阿尔科克", "c6b4ffd2", "translit"),  # Captain John Alcock ¶8, in Chinese by sound
    Query("Монтсеррат Пужальс", "92677d66", "translit"),  # la nadadora Montserrat Pujals ¶7/15
    Query("巴塞罗那", "92677d66", "translit"),  # "La llama de Barcelona 92" ¶3
    Query("Empuries Montjuic", "92677d66", "translit"),  # Empúries ¶10, Montjuïc ¶11 (accents dropped)
    # Russian
    Query("двухступенчатая модель ракеты", "1bec6d38", "russian"),  # "первую двухступенчатую модель ракеты" ¶12–13
    Query("встреча с ветераном космодрома", "1bec6d38", "russian"),  # ¶17
    Query("старый номер Пионерской правды", "1bec6d38", "russian"),  # "из старого номера «Пионерской правды»" ¶20
    # Spanish
    Query("carrera popular con antorcha simbólica", "92677d66", "spanish"),  # ¶19
    Query("campeonato comarcal de natación en aguas abiertas", "92677d66", "spanish"),  # ¶24
    Query("fotografías de aquel día", "92677d66", "spanish"),  # "La biblioteca municipal expone fotografías" ¶20
    # Chinese
    Query("零的突破", "4bd801f4", "chinese"),  # 中国奥运金牌"零的突破" ¶5
    Query("十米靶场", "4bd801f4", "chinese"),  # 俱乐部新建的十米靶场 ¶18
    Query("射击运动图片展", "4bd801f4", "chinese"),  # 在县文化馆举办"射击运动图片展" ¶15
    # Mentions and zero-width spaces
    Query("@everyone Scalbury quarry field trip", "3de655a9", "mention-noise"),  # ¶11
    Query("<@123456> \u200bTenter Court flats\u200b", "61b7d2f7", "mention-noise"),  # "the flats of Tenter Court" ¶18
    # "Cratchley mart, which is adding an extra sale day" ¶22–23
    Query("<#7788> Cratchley mart extra sale day", "10927dfd", "mention-noise"),
    # Typos
    Query("Blenkinsopp", "5da5da6b", "typo"),  # Nora Blenkinsop ¶3/5
    Query("Dalquarn ferry museum", "c6b80f86", "typo"),  # Dalquharn Ferry Museum ¶2/7
    Query("Cleasbey", "88750bf2", "typo"),  # founder member Walter Cleasby ¶16
    # Names
    Query("Tom Ivesley", "c8bf2e7c", "name"),  # clockmaker Tom Ivesley ¶27
    Query("Jack Hebden", "ce247719", "name"),  # festival founder Jack Hebden ¶28
    # Phrases
    Query("the thumbs of the nation had taken over", "50a12fe3", "phrase"),  # ¶14–15
    Query("a marvel and a loss at once", "c6b80f86", "phrase"),  # the curator ¶21
    # Questions
    # "the east hide is closed from 15 to 31 January" ¶15
    Query("when is the east hide closed at Greyle Fen?", "4bacb4e1", "question"),
    # the Oswick Players' Cinderella "raised £4,120 for the Cottage Hospital" ¶6–7
    Query("how much did the Oswick panto raise?", "35080719", "question"),
    # "we had nineteen pumps on it" ¶12 (15467fd0 ¶15: crews from four towns, no count of pumps)
    Query("how many pumps were at the wool store fire?", "61b7d2f7", "question"),
    # "came down in a bog near Clifden, County Galway" ¶10
    Query("where did Alcock and Brown come down?", "c6b4ffd2", "question"),
    # Topics
    Query("Victorian market Church Street", "ef136d49", "topic"),  # ¶22
    Query("first text message", "50a12fe3", "topic"),  # "It was the first text message." ¶7
    Query("golden jubilee copper beech", "88750bf2", "topic"),  # ¶14–15
)

# Nothing in the new documents answers these; each shares a word or more with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Morag Tullis retirement",  # the curator Morag Tullis (c6b80f86 ¶21); retirement is Nora's (5da5da6b ¶21)
    "where is Archie Lennie buried?",  # Archie Lennie's ticket book (c6b80f86 ¶15–17); no death, no grave
    "who won the Edna Marsh Cup last year?",  # the Cup, first awarded in 1964 (ce247719 ¶18); no winners
    # the sale of the Cattle Market Road site to a housing developer (10927dfd ¶8); no price
    "how much did the Cattle Market Road site sell for?",
    # Dalquharn's ferry, a purser's ticket book (c6b80f86); ticket prices only Hebbleswick's (ce247719 ¶23)
    "Dalquharn ferry ticket prices",
    "Stourton sheep sales",  # 2 edits from Stourlow (10927dfd: sheep, store sales); not in the corpus
    "Ferndale camera club",  # 2 edits from Ferndyke (3de655a9); not in the corpus
    "Keswick bowls club",  # 2 edits from Oswick (88750bf2: the bowls club); not in the corpus
    "Wetherby aero club",  # 3 edits from Wetherick (c6b4ffd2 ¶29: the Wetherick Aero Club); not in the corpus
    "Linnetford nativity play",  # 4 edits from Linnetbrook (fb5201ed ¶10: the Nativity); not in the corpus
    "Ellen Garside midwife",  # the fiddler Ellen Garside (ce247719 ¶14); the midwife is Nora (5da5da6b)
    "Walter Cleasby panto",  # Walter Cleasby (88750bf2 ¶16); the panto (35080719) names no cast but Buttons
    "Gwen Aske obituary",  # Gwen Aske's talk (3de655a9 ¶9); the obituary is Nora's (5da5da6b)
    "Леонов рисовал картины",  # Леонов (1bec6d38 ¶6/20): his spacewalk; no painting
    "клуб Орбита адрес и телефон",  # клуб «Орбита» (1bec6d38 ¶1/11); no address, no telephone
    "Беляев Герой Советского Союза",  # Беляев (1bec6d38 ¶5) named once; no awards
    "Montserrat Pujals medalla olímpica",  # Pujals carried the olympic torch (92677d66 ¶5–7); no medal
    "fragata Cataluña hundimiento",  # la fragata Cataluña brought the flame (92677d66 ¶10); no sinking
    "precio de la cena en el paseo marítimo",  # una cena en el paseo (92677d66 ¶20); no price
    "王建平 辞职",  # 俱乐部主任王建平 (4bd801f4 ¶18); no resignation
    "青岚县 高铁站",  # 青岚县 (4bd801f4 ¶1/7); no railway
    "俱乐部 会费 多少",  # 俱乐部 (4bd801f4): 会员三百余人 ¶9, free open days ¶16; no fee
    # the museum (c6b80f86); "more than 600 visitors" last year is the Ferndyke exhibition's (3de655a9 ¶16)
    "how many visitors came to the Dalquharn Ferry Museum last year?",
    "how many fiddlers entered the open competition?",  # open competition heats (ce247719 ¶13); no entries count
    "what time does the Ashmoss Christmas social start?",  # the social on Tuesday 13 December (50a12fe3 ¶18); no time
    "how many pupils attend Linnetbrook Primary School?",  # the school notice (fb5201ed); no roll number
    "Greyle Fen parking charges",  # the Drove car park (4bacb4e1 ¶7); no charges
    "Hexmoor Edge walking route",  # the flames seen from Hexmoor Edge (61b7d2f7 ¶8); the walks are Greyle Fen's
    "Forth Road Bridge toll",  # the bridge opened in 1964 (c6b80f86 ¶8); no toll
    "Alcock and Brown prize money",  # the first Atlantic crossing (c6b4ffd2 ¶7–11); no prize
    "Pryor Brothers insurance claim",  # the Pryor Brothers wool store (15467fd0, 61b7d2f7); no insurance
    "Black Bull pub quiz night",  # the late session at the Black Bull (ce247719 ¶9); no quiz
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind47/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
