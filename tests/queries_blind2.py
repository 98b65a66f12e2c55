"""A second blind lookup query set. It was written after tests/queries_blind.py had been scored, so
that later ranking work has a set it has never seen. It has never been used to tune anything and is
to be scored once, at the end of that work: once it is used for tuning it is in-sample, and a new
blind set is needed.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py; no query here is a copy or near-copy of a
  query in those three files (a script compared word overlap with every one of them, and the few
  that shared a name were rewritten or given words the old query did not have).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind2/docs and
  tests/gold/blind3/docs taken together as ONE corpus (see NEWDOCS_DIRS). No earlier query set
  used these documents.

Kinds: cross-paragraph (the words of the query are in one article but no single paragraph holds
them all), word-form (the query uses another form of a word the text uses, in both directions and
including irregular forms: child/children, begin/began, sunk/sank, flying/flew, fighting/fought,
stolen/stealing, won/win, run/ran, built/building, decimalisation/decimal, изобрёл/изобретения),
translit (the query is in another script or another romanisation than the text: Мадуро for Maduro,
刘奇葆 for Liu Qibao, Marconi for Маркони, Niaochao for 鸟巢, Yenan for Yan'an, Mao Tse-tung for Mao
Zedong, Verkhneozersk for Верхнеозёрск), russian, spanish, chinese, mention-noise (Discord/Telegram
mentions and zero-width spaces around the real words), typo (1–2 edits), name, phrase, question,
topic.

How the expected articles were judged: by reading the documents only. Every document of both
corpora was read in full first. Each query was then written from a passage of its article, and
every word of it (and a stem of it, for the other forms) was matched over the whole corpus, case-
and accent-insensitively, by a throwaway script that listed every article and paragraph holding
it; those paragraphs were read to decide which article a reader wants first (`best`) and which
others are fair answers too (`also`). For cross-paragraph queries the same script printed the
paragraphs holding each word, and it was checked that no paragraph (title line included) holds
them all. The unanswerable queries share one or more words with their corpus on purpose (Burmese,
Texas, Warsaw, Buckingham Palace, Ethiopian, Lenovo, Morning Star, Tibet, Bloomberg, Ireland;
Everest, Titanic/White Star Line, DNA, Hubble, Queen, Sevilla, Mundial, Stratford, volcano, EU
referendum, Winter/medal, Shakespeare, Петербург, 北京/冬奥会, AVE, Premier); every article
mentioning those words was read to confirm that none answers the query.

The search engine was never run on these queries, and its code (bot/index/search.py, textnorm.py,
window.py, fuzzy.py, translit.py) and bench/ were not read while writing them. Article ids come from
`memorial-bot articles --json` (the document loader), run on seeds/ and on a folder built as
build_newdocs_corpus builds it.

This set is blind: score it once, at the end of the work, and report the number as it comes out.
Do not look at which of its queries miss and do not tune on it.
"""

from __future__ import annotations

from pathlib import Path

from .queries import TITLES, Query, copy_folders

__all__ = [
    "NEWDOCS_ANSWERED",
    "NEWDOCS_DIRS",
    "NEWDOCS_TITLES",
    "NEWDOCS_UNANSWERED",
    "SEEDS_ANSWERED",
    "SEEDS_TITLES",
    "SEEDS_UNANSWERED",
    "Query",
    "build_newdocs_corpus",
]

# The new-documents corpus is assembled by copying both folders into ONE temporary corpus folder,
# each under its own subfolder: tests/gold/blind2/docs/* -> <tmp>/blind2/*, tests/gold/blind3/docs/*
# -> <tmp>/blind3/*. Files are then "blind2/<name>.txt" and "blind3/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind2/docs", "tests/gold/blind3/docs")
NEWDOCS_SUBDIRS = ("blind2", "blind3")

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "f28596f4": "Aldermoor University marks 150 years since its first lecture",
    "f208205c": "Brackenford marks 750 years as a chartered town",
    "5b55e273": "Hollins Mill site reborn as riverside homes",
    "97700dbc": "Folk festival returns for its 40th edition",
    "4fea8c2f": "Brackenford Fire Station — Watch News, New Year edition",
    "3c145f24": "A century on from the Lusitania, Cobh remembers",
    "13e2943e": "Hollybank Primary School — Term Dates and Key Events",
    "84af63d1": "Twenty years on, Mount St. Helens remembers the blast",
    "6912daf6": "This week in history",
    "b01f2bd2": "Wexcombe Town FC — Season Diary",
    "bf8e3284": "Se cumplen 50 años de la final del Mundial de México",
    "403f6cc5": "Сто лет радио: в Петербурге отметили юбилей изобретения Попова",
    "1871dcdc": "云溪中学隆重庆祝建校一百周年",
    "21bd3504": "Recount confirms four-vote win in Castlegate ward",
    "dc3795ad": "Fifty years ago this week: the day the pound went decimal",
    "1d8f59c4": "Queues round the block as Elmbury Lido reopens",
    "bc34ba16": "Fenwick Road Library blog: dates for your diary",
    "3e0a10e0": "Fernleigh bypass opens to traffic",
    "f89d7260": "Hallam's brewery to close after 150 years",
    "1aa39e38": "Fernleigh Carnival celebrates 50 years",
    "9c5b0c5b": "Former hospice treasurer convicted of stealing $140,000",
    "0ae5b8e4": "It is 30 years since Live Aid, and Harwick has not forgotten",
    "e769447b": "St Michael's, Upper Hensley — Parish News for Lent and Easter",
    "97ec1ecc": "Clean-up begins after worst gale in ten years",
    "6df9c78d": "Sevilla recuerda la Expo 92 veinticinco años después",
    "742bd538": "В Верхнеозёрске после реставрации открылся драматический театр",
    "308e9bdd": "北京奥运会开幕十周年：鸟巢再迎八方来客",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Igor Sergeenko on the Hanoi guest list ¶157; Kaysone Phomvihane ¶167
    Query("Sergeenko Kaysone Phomvihane", "20f574be", "cross-paragraph"),
    # the defence minister ¶33/53; Global Times only in the source note ¶49
    Query("Padrino Global Times", "f78fdcd6", "cross-paragraph"),
    # Beijing's mayor at the station ¶221; the WPK ¶223/227
    Query("Yin Yong Workers' Party of Korea", "eca32116", "cross-paragraph"),
    # the deputy defence minister ¶77; the August Revolution ¶65/73 (20f574be has the revolution, not him)
    Query("Hoang Xuan Chien August Revolution", "362ba691", "cross-paragraph"),
    # Hogg's pacifist background ¶493; Arthur Clegg's Levellers quote ¶517
    Query("Fellowship of Reconciliation Levellers", "ac7222d4", "cross-paragraph"),
    # Díaz-Canel ¶85/89 (also in 20f574be, no nanotechnology); science cooperation ¶105
    Query("Díaz-Canel nanotechnology", "d807680a", "cross-paragraph"),
    # the English source ¶297; homeless camps in San Francisco ¶327
    Query("FightBack News San Francisco", "dde32893", "cross-paragraph"),
    # 001: Melnikov line 6; the memorial complex near Khabarovsk line 12
    Query("Melnikov memorial complex", "054ef6fb", "cross-paragraph"),
    # Tokayev ¶405; the China-Myanmar Economic Corridor ¶417
    Query("Tokayev Myanmar Economic Corridor", "26d64f12", "cross-paragraph"),
    # Word forms: another form of a word the text uses
    Query("CCC founding", "ac7222d4", "word-form"),  # ¶505 "the China Campaign Committee (CCC), which was founded"
    # ¶275 "Scottish soldiers who fought side by side ... on the Burmese battlefield"; "Scots" ¶275
    Query("Scots fighting on the Burma front", "7ab1f62c", "word-form"),
    Query("monument gifted to the Chinese people", "f78fdcd6", "word-form"),  # ¶35/55 "we gift the Chinese people"
    Query("Kim and Putin flanked Xi", "eca32116", "word-form"),  # ¶219 "flanking Chinese President Xi Jinping"
    Query("Congolese president", "faecd2e1", "word-form"),  # ¶23 "President of the Republic of the Congo"
    # ¶119 "She excoriated the racist and sexist stereotyping"
    Query("excoriating racist stereotypes", "ccf1d4fa", "word-form"),
    # ¶307 "visitamos Xi'an, Yan'an, Dunhuang"; 6710eba1 is the English report of the same delegation
    Query("la delegación visitó Dunhuang", "dde32893", "word-form", also=("6710eba1",)),
    # Other scripts and other romanisations
    Query("Мадуро", "f78fdcd6", "translit"),  # Nicolás Maduro ¶33–57
    Query("Пашинян", "0e5d6094", "translit"),  # Nikol Pashinyan ¶257/259
    Query("Гутерриш", "26d64f12", "translit"),  # António Guterres ¶405–409 (the Russian spelling)
    Query("Мирзиёев", "3a9fa4ed", "translit"),  # Shavkat Mirziyoyev ¶207/209
    Query("刘奇葆", "054ef6fb", "translit"),  # Liu Qibao, 001 lines 4–14
    Query("彭丽媛", "5a5d8582", "translit"),  # Peng Liyuan ¶237
    # Zhao Leji in Hanoi ¶65–75; 20f574be lists him among the Hanoi guests ¶156
    Query("赵乐际 河内", "362ba691", "translit", also=("20f574be",)),
    Query("Zhong E lianhe shengming", "b39d8185", "translit"),  # pinyin of 中俄…联合声明, 003 line 20
    # Wade-Giles/postal Yenan = Yan'an: the 7th National Congress 6710eba1 ¶557, dde32893 ¶315 "7mo Congreso"
    Query("Yenan 7th congress", "6710eba1", "translit", also=("dde32893",)),
    Query("Mao Tse-tung praised Bethune", "7ab1f62c", "translit"),  # ¶275 "whom Chairman Mao Zedong praised"
    # Russian, Spanish, Chinese
    Query("мемориальный комплекс под Хабаровском", "054ef6fb", "russian"),  # 001 line 12
    Query("мавзолей Хо Ши Мина", "362ba691", "russian"),  # ¶75 the Ho Chi Minh Mausoleum
    # the Great Patriotic War: 003 lines 2/19/33; c061f0a1 ¶193 "the Soviet Union's Great Patriotic War"
    Query("Великая Отечественная война", "b39d8185", "russian", also=("c061f0a1",)),
    Query("granja lechera JISCO", "dde32893", "spanish"),  # ¶335 "JISCO incluso tiene una granja lechera"
    Query("Ejército Rojo Marcha Larga", "dde32893", "spanish"),  # ¶315
    Query("mendigo con código QR", "dde32893", "spanish"),  # ¶327 "pidiendo limosna ... con un código QR"
    Query("普京 习近平 贺电", "424ab945", "chinese"),  # Putin, Xi, congratulatory message: 002
    # Chat mentions around the real words
    Query("@here Hogg tetanus", "ac7222d4", "mention-noise"),  # ¶483/499
    Query("\u200bRamaphosa\u200b hardships", "e065690c", "mention-noise"),  # ¶467 "great hardships and danger"
    Query("@everyone <@998877665544> Chen Hansheng", "ac7222d4", "mention-noise"),  # ¶491
    # Typos
    Query("Jonathan Rhys Myers", "ac7222d4", "typo"),  # Rhys Meyers ¶491
    Query("Igor Sergienko", "20f574be", "typo"),  # Sergeenko ¶157
    Query("Chen Weihau China Daily", "d89fdf72", "typo"),  # Chen Weihua ¶364
    Query("Norodom Monineth", "5a5d8582", "typo"),  # Monineath ¶235/239/241
    # Names
    # ac7222d4 ¶475/477 is his paper; d89fdf72 ¶367 lists him as a speaker
    Query("Keith Bennett", "ac7222d4", "name", also=("d89fdf72",)),
    Query("Jodie Evans", "d89fdf72", "name"),  # ¶365
    Query("James MacManus Ocean Devil", "ac7222d4", "name"),  # ¶489
    Query("Zheng Bofei", "7ab1f62c", "name"),  # Xinhua correspondent ¶287
    # Phrases
    Query("Gung Ho cooperatives", "ac7222d4", "phrase"),  # ¶497 "Gung Ho [the Chinese Industrial Cooperatives]"
    Query("Staying True to SCO Founding Mission", "9e49ddff", "phrase"),  # ¶431
    Query("Forging Ahead in Solidarity and Cooperation", "e065690c", "phrase"),  # ¶449
    Query("None Shall Escape", "ccf1d4fa", "phrase"),  # ¶125
    Query("state sponsors of terrorism list", "d807680a", "phrase"),  # ¶101
    # Natural questions
    Query("who played Hogg in the film?", "ac7222d4", "question"),  # ¶491 Jonathan Rhys Meyers
    Query("what book did Hogg ask to have read to him?", "ac7222d4", "question"),  # ¶499 the Communist Manifesto
    # ¶427 "more than 20 heads of state or government" (eca32116's 26 are the Beijing commemoration's)
    Query("how many heads of state came to the SCO summit?", "9e49ddff", "question"),
    Query("when did Xi make a state visit to Cambodia?", "5a5d8582", "question"),  # ¶239 "in April this year"
    # Topics
    Query("Chartist opposition to the Opium War", "ac7222d4", "topic"),  # ¶513
    # ¶279 US and British imperialism prevented the punishment of Japanese war criminals
    Query("Japanese war criminals escaped punishment in the Cold War", "7ab1f62c", "topic"),
    Query("cross-border crime on the Myanmar border", "26d64f12", "topic"),  # ¶417
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Burmese python pet care",  # Burmese battlefield (7ab1f62c)
    "Texas BBQ road trip",  # "siendo de Texas" (dde32893); trip (6710eba1)
    "Warsaw old town walking tour",  # a court in Warsaw (ccf1d4fa)
    "Buckingham Palace changing of the guard times",  # Xi's Buckingham Palace speech (ac7222d4); Guard of Honour
    "Ethiopian coffee ceremony",  # Ethiopia at BRICS (e065690c); ceremony (362ba691, 20f574be)
    "Nepal trekking permits",  # Nepal (6710eba1)
    "Maldives honeymoon resorts",  # Maldives (0e5d6094 title)
    "Lenovo laptop drivers download",  # "una fábrica de Lenovo" (dde32893)
    "Morning Star horoscope",  # the Morning Star (ccf1d4fa)
    "Tibet travel permit",  # Xizang (Tibet) (ac7222d4)
    "Bloomberg terminal subscription price",  # Bloomberg (e065690c); "price" (424ab945, c061f0a1)
    "Ireland rugby six nations",  # Irish independence, Ireland (ac7222d4)
    "Turkmenistan gas pipeline",  # Turkmenistan (3a9fa4ed title)
    "Azerbaijan Grand Prix Baku",  # Azerbaijan (0e5d6094 title)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # the Penrose Library ¶9; the sesquicentenary procession ¶3 (Penrose Quadrangle, no library)
    Query("Penrose Library sesquicentenary", "f28596f4", "cross-paragraph"),
    Query("Ron Pell smoke alarm checks", "4fea8c2f", "cross-paragraph"),  # Ron Pell ¶5; smoke-alarm checks ¶11
    Query("Harry Truman David Johnston", "84af63d1", "cross-paragraph"),  # Harry R. Truman ¶5; Johnston ¶7
    Query("Dean Fairley Boxing Day", "b01f2bd2", "cross-paragraph"),  # the striker ¶5; Boxing Day crowd ¶9
    Query("Helen Marsh EU referendum", "21bd3504", "cross-paragraph"),  # the winner ¶3/11; the referendum count ¶15
    Query("Callaghan Royal Mint", "dc3795ad", "cross-paragraph"),  # the Chancellor ¶5; the commemorative 50p ¶15
    Query("Geldof Tigray", "0ae5b8e4", "cross-paragraph"),  # Band Aid ¶5; the clean water project ¶15
    Query("Gerald Pilcher Joan Whitlock", "9c5b0c5b", "cross-paragraph"),  # the treasurer ¶5–11; the president ¶13
    Query("SEEBOARD bonfire society", "97ec1ecc", "cross-paragraph"),  # supplies restored ¶7; the procession ¶15
    Query("Маркони Кронштадт", "403f6cc5", "cross-paragraph"),  # Marconi's patent ¶7; Kronstadt ¶13
    # Word forms
    Query("Lusitania sunk off Kinsale", "3c145f24", "word-form"),  # ¶7 "The liner sank", Old Head of Kinsale
    Query("decimalisation of the pound", "dc3795ad", "word-form"),  # "the pound went decimal", "Decimal Day"
    Query("reading challenge for my child", "bc34ba16", "word-form"),  # ¶13 "Summer Reading Challenge for children"
    # ¶15 "Dublin's Easter Rising began on Easter Monday" (e769447b has Easter, no rising)
    Query("when did the Easter Rising begin", "6912daf6", "word-form"),
    # 4fea8c2f ¶5 "his crew fought the fire"; 5b55e273 ¶17 the fire itself, "two firemen were injured"
    Query("firemen fighting the Hollins Mill fire", "4fea8c2f", "word-form", also=("5b55e273",)),
    Query("casting of the bells at Whitechapel", "e769447b", "word-form"),  # ¶3 "cast at the Whitechapel foundry"
    Query("withdrawal of the halfpenny", "dc3795ad", "word-form"),  # ¶7 "The old halfpenny was withdrawn"
    Query("money stolen from a hospice", "9c5b0c5b", "word-form"),  # "convicted of stealing", "guilty ... of stealing"
    Query("Phil Collins flying Concorde", "0ae5b8e4", "word-form"),  # ¶7 "then flew to America on Concorde"
    Query("charity swim run by sixth-formers", "0ae5b8e4", "word-form"),  # ¶9 sponsored swim; ¶13 "who ran the swim"
    # ¶5 "Building work on the first hall was held up by a strike"
    Query("when was the first hall built at Aldermoor", "f28596f4", "word-form"),
    Query("who won Castlegate ward?", "21bd3504", "word-form"),  # "four-vote win", "declared the winner" ¶3
    Query("Попов изобрёл радио", "403f6cc5", "word-form"),  # "изобретения Попова", "изобретателю" (title, ¶3)
    Query("Верхнеозёрский драматический театр", "742bd538", "word-form"),  # "драматический театр Верхнеозёрска" ¶3
    Query("Expo inaugurada por el rey", "6df9c78d", "word-form"),  # ¶5 "El rey Juan Carlos I inauguró la Expo"
    Query("Pelé marcó de cabeza", "bf8e3284", "word-form"),  # ¶5 "Pelé abrió el marcador de cabeza"
    # Other scripts and other romanisations
    Query("Marconi patent", "403f6cc5", "translit"),  # ¶7 "Маркони подал заявку на британский патент"
    Query("Heinrich Hertz radiogram", "403f6cc5", "translit"),  # ¶5 радиограмма «Генрих Герц»
    Query("Ostrovsky Groza", "742bd538", "translit"),  # ¶3 «Гроза» Островского
    Query("Verkhneozersk theatre", "742bd538", "translit"),  # Верхнеозёрск with ё written e
    Query("merchant Ivan Kalashnikov", "742bd538", "translit"),  # ¶5 "купца Ивана Калашникова"
    Query("Chen Qiwen", "1871dcdc", "translit"),  # 陈启文, the school's founder ¶5
    Query("Niaochao", "308e9bdd", "translit"),  # 鸟巢, the Bird's Nest (title, ¶3/9/13/15)
    Query("Qomolangma Olympic torch", "308e9bdd", "translit"),  # ¶15 圣火 … 登上珠穆朗玛峰峰顶
    Query("Лузитания", "3c145f24", "translit"),
    Query("Шекспир", "6912daf6", "translit"),  # Shakespeare ¶13
    Query("Марадона", "bf8e3284", "translit"),  # Diego Maradona ¶11
    # Russian, Spanish, Chinese
    Query("День радио", "403f6cc5", "russian"),  # ¶9
    Query("выставка старых афиш", "742bd538", "russian"),  # ¶9
    Query("Partido del Siglo", "bf8e3284", "spanish"),  # ¶7 «Partido del Siglo»
    Query("incendio del Pabellón de los Descubrimientos", "6df9c78d", "spanish"),  # ¶7
    Query("全民健身日", "308e9bdd", "chinese"),  # ¶7/11
    Query("校庆日 女子部", "1871dcdc", "chinese"),  # ¶5 (女子部 also ¶15)
    Query("残奥会", "308e9bdd", "chinese"),  # the Paralympics ¶5
    # Chat mentions around the real words
    Query("@everyone Lusitania centenary", "3c145f24", "mention-noise"),
    # ¶31 early-bird tickets, day tickets at the gate
    Query("<@!55443322110099> Brackenford folk festival tickets", "97700dbc", "mention-noise"),
    Query("\u200bElmbury\u200b lido \u200bseason tickets", "1d8f59c4", "mention-noise"),  # ¶11
    # Typos
    Query("Geldoff Live Aid", "0ae5b8e4", "typo"),  # Geldof
    Query("Callahan decimal coins", "dc3795ad", "typo"),  # Callaghan ¶5
    Query("Wexcomb Town promotion", "b01f2bd2", "typo"),  # Wexcombe (title only); promotion ¶3/15
    Query("Aldermore University", "f28596f4", "typo"),  # Aldermoor (2 edits)
    # Names
    Query("Sue Prentice", "0ae5b8e4", "name"),  # ¶13
    Query("Judge Eleanor Whitcomb", "9c5b0c5b", "name"),  # ¶11
    Query("Joseph Hallam maltster", "f89d7260", "name"),  # ¶17
    # Phrases
    Query("Pounds, Shillings and Pence", "dc3795ad", "phrase"),  # the exhibition ¶11
    Query("the secret of life", "6912daf6", "phrase"),  # Crick at the Eagle ¶5
    Query("pie-powder court", "f208205c", "phrase"),  # ¶5
    Query("Vancouver! Vancouver! This is it!", "84af63d1", "phrase"),  # ¶7
    # Natural questions
    Query("when did Elmbury Lido first open?", "1d8f59c4", "question"),  # ¶5 1 July 1937
    Query("how many people died on the Lusitania?", "3c145f24", "question"),  # ¶7 1,198
    Query("how much did the Fernleigh bypass cost?", "3e0a10e0", "question"),  # ¶5 £14 million
    Query("how many floats were in the first Fernleigh carnival?", "1aa39e38", "question"),  # ¶33 eleven
    # Topics
    Query("Roman villa found during road building", "3e0a10e0", "topic"),  # ¶5 "the discovery of a Roman villa"
    Query("famine relief concert anniversary", "0ae5b8e4", "topic"),  # Live Aid for the famine in Ethiopia ¶3
    Query("storm knocks out power to thousands of homes", "97ec1ecc", "topic"),  # ¶5 4,000 homes without electricity
    Query("brewery closure job losses", "f89d7260", "topic"),  # ¶15 "their jobs will end"
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Mount Everest climbing permits",  # Everest ascent anniversary (6912daf6); Mount St. Helens (84af63d1)
    "Titanic survivors list",  # survivors, White Star Line (3c145f24)
    "DNA paternity test",  # the DNA paper (6912daf6)
    "Hubble telescope images of galaxies",  # Hubble launch (6912daf6)
    "Queen tribute band tickets",  # Queen's set (0ae5b8e4); jazz band (1d8f59c4); tickets
    "Seville oranges marmalade recipe",  # Sevilla (6df9c78d)
    "convocatoria de Brasil para el Mundial 2026",  # Brasil, Mundial, 2026 host (bf8e3284)
    "Stratford-upon-Avon hotel deals",  # Stratford's birthday celebrations (6912daf6)
    "volcano eruption in Iceland",  # volcano, eruptions (84af63d1)
    "EU referendum results by region",  # the EU referendum count (21bd3504), no results
    "Winter Olympics medal table",  # 冬奥会 (308e9bdd); Winter Reading Challenge, medal ceremony (bc34ba16)
    "Shakespeare sonnets analysis",  # Shakespeare's days (6912daf6)
    "прогноз погоды в Петербурге",  # в Петербурге (403f6cc5 title)
    "北京冬奥会门票",  # 北京, 冬奥会 (308e9bdd)
    "horarios del AVE Madrid Sevilla hoy",  # the AVE line's 1992 opening (6df9c78d)
    "Premier League table",  # Premier Division, top of the table (b01f2bd2)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind2/ and blind3/: the one
    corpus the NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
