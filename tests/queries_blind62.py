"""A sixty-second lookup query set, for tuning ranking (written in the thirtieth round): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and
once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind61.py and
  tests/queries_blind63.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, a few stop words left out)
  with every earlier query, and with the earlier queries of this set, while the set was being written;
  a query sharing more than half of its words with any one of them was replaced, and so was a query that
  only added first names or filler words to an earlier one (the same pair of names, the same question).
  The seeds have been queried some seven thousand eight hundred times by now, and every distinctive name
  and phrase of them has been used; so these seed queries join names or passages of one article that no
  earlier query joined, or use passages and forms no earlier query used, and about two thirds of the
  first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind74/docs, copied as ONE
  corpus into a subfolder blind74/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and
Chinese names and titles, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3, chinese
2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo
3 + 3 (1–2 edits a word), name 2 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3: 35 + 48 answerable, and
20 + 30 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won, built, conducted, translated or succeeded someone, who was a spokesman, a mayor or an ambassador,
who played a part; when someone retired or died; how old someone is, how many copies, tickets or
onlookers, what time something finishes, what something cost or what someone earns, what a landlord or an
aunt was called, what gift was brought); a place the corpus does not hold but spelled close to one it
does (two or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one or
more words with its corpus on purpose (in another script for some of the seeds' ones), and every article
holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind74/docs/* into ONE temporary
# corpus folder under the subfolder blind74/: files are then "blind74/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind74/docs",)
NEWDOCS_SUBDIRS = ("blind74",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "5c88346f": "THE CORVEDALE MERCURY",
    # en_cottisford_clarion_digest.txt, split by the loader: the header (¶1–2), the standpipes (¶5–13), the last
    # shift at Ferncliff (¶16–24), the bypass (¶27–36); the "---" rules (¶4, ¶15, ¶26) belong to none of them
    "34269820": "COTTISFORD CLARION: THREE CUTTINGS",
    "d82dd9e3": "STANDPIPES FOR THE TOP TOWN",
    "512cd45d": "LAST SHIFT AT FERNCLIFF ON THE 25TH",
    "3635c362": "BYPASS OPEN AT LAST",
    "0b3a2fea": "FERNACRE TABLE TENNIS CLUB",
    "69a81522": "FERNCLIFF REMEMBERS ITS LAST SHIFT",
    "e9f346d9": "FLORENCE AMBLER",
    "cb098fbc": "HESSLEBY BOTTLE KILN TO BE FIRED AGAIN",
    "5185ca43": "WATERLOO, FIFTY YEARS ON",
    # en_rushmere_herald_digest.txt, split by the loader: the header (¶1–2), the royal wedding (¶5–14), the relay
    # swimmers (¶17–25), the flood wall (¶28–35); the "---" rules (¶4, ¶16, ¶27) belong to none of them
    "a1271957": "RUSHMERE HERALD: CUTTINGS",
    "55e90ed0": "BUNTING OUT FOR THE ROYAL WEDDING",
    "3c5aaac7": "RELAY SWIMMERS CONQUER THE BAY",
    "bd905b8e": "FLOOD WALL FINISHED",
    "1be97605": "SOLLWAY HARVEST FORTNIGHT 2019",
    "966114d5": "TOP STATION",
    "f802b7ee": "ULVERBY CHRONICLE",
    "6df1b7fc": "WITHYCOMBE MERE NATURE RESERVE",
    "3d8be5b3": "EL ORFEÓN DE VILLAURREA CUMPLE VEINTICINCO AÑOS",
    "eb4268bf": "ЛЫЖНОЙ БАЗЕ «МЕДВЕЖИЙ ЛОГ» — 30 ЛЕТ",
    "92405723": "流水镇夜市迎来二十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Modeled after London's Stamford Bridge" ¶291; "the valiant Scottish soldiers who fought side by side" ¶275;
    # "the Olympic champion who once stunned the world" ¶285
    Query("Stamford Bridge valiant soldiers stunned the world", "7ab1f62c", "cross-paragraph"),
    # "a month-long 1,100 kilometre (700 miles) journey" ¶485; "Chartist opposition to the first Opium War" ¶513;
    # "a financial donation from a Colonel Younghusband" ¶521
    Query("month-long journey Chartist Younghusband", "ac7222d4", "cross-paragraph"),
    # "Iranian President Masoud Pezeshkian" ¶451; "the overarching trend of our time" ¶457; "Tariff blackmail is
    # being normalised" ¶463
    Query("Pezeshkian overarching trend tariff blackmail", "e065690c", "cross-paragraph"),
    # "At the Fourth Dialogue on Exchanges and Mutual Learning Among Civilisations" ¶537; "Freedom Road Socialist
    # Organization" ¶547; "Average life expectancy was below 35" ¶555
    Query("Fourth Dialogue life expectancy below 35 Freedom Road", "6710eba1", "cross-paragraph"),
    # "a particularly busy period" ¶403; "finance and seawater desalination" ¶413; "supporting its post-disaster
    # rehabilitation efforts" ¶419
    Query("post-disaster rehabilitation seawater desalination busy period", "26d64f12", "cross-paragraph"),
    # Word forms: the text has another form
    # "Only years later did he realise that it was the same Younghusband" ¶521, Arthur Clegg ¶515–523 (realise →
    # realising; "realise" also in 7ab1f62c ¶285, without the colonel)
    Query("Clegg only years later realising who the colonel was", "ac7222d4", "word-form"),
    # "Japan, which has historically taken a contentious stance on such commemorations" line 13 (taken → takes)
    Query("Japan takes a contentious stance on commemorations", "097182f6", "word-form"),
    # "He compared this achievement to the victory of the Soviet Red Army against Nazi Germany" ¶37 (compared →
    # comparing; dde32893 ¶327 has "Compáralo", in Spanish)
    Query("Maduro comparing the victory to the Soviet Red Army", "f78fdcd6", "word-form"),
    # "Le preguntamos a un trabajador allí cuál es la diferencia tecnológica entre cómo funciona su red eléctrica"
    # ¶335 (preguntamos → preguntando, red eléctrica → redes eléctricas)
    Query("preguntando a un trabajador la diferencia tecnológica entre las redes eléctricas", "dde32893", "word-form"),
    # Another script or romanisation
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien" ¶77 and "Vietnamese Prime Minister Pham
    # Minh Chinh" ¶79 in Cyrillic
    Query("Хоанг Суан Тьен и Фам Минь Тьинь", "362ba691", "translit"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "Chow Yun-fat as the legendary Chinese communist" ¶491
    Query("Джеймс Макманус и Чоу Юньфат", "ac7222d4", "translit"),
    # "Ivan Melnikov, … Deputy Speaker in Khabarovsk" line 6 (Khabarovsk also line 12), in Chinese characters
    Query("伊万·梅尔尼科夫 哈巴罗夫斯克", "054ef6fb", "translit"),
    # accents dropped: "En Shanghái fuimos a una fábrica de robótica … y una fábrica de Lenovo … a escuelas
    # rurales" ¶339 (Shanghai, unaccented, is in several English articles)
    Query("Shanghai fabrica de robotica Lenovo escuelas rurales", "dde32893", "translit"),
    # "Miguel Díaz-Canel Bermúdez" ¶85; "Mao Zedong and Fidel Castro Ruz" ¶93, in Cyrillic; 20f574be names
    # Díaz-Canel (¶153–167) and "President Fidel Castro" (¶167), without Ruz
    Query("Мигель Диас-Канель Бермудес и Фидель Кастро Рус", "d807680a", "translit", also=("20f574be",)),
    # Russian (names written in Cyrillic)
    # "Cambodian Prime Minister Hun Manet" ¶243/247; "Queen Mother Norodom Monineath Sihanouk" ¶235–241
    Query("Хун Манет и Нородом Монинеат", "5a5d8582", "russian"),
    # "President Nicolás Maduro" ¶33/53; "Defence Minister Vladimir Padrino" ¶33 (and ¶53)
    Query("Николас Мадуро и Владимир Падрино", "f78fdcd6", "russian"),
    # Spanish
    # "Y no como las ciudades de los EE. UU., no vimos casi ninguna falta de vivienda" ¶327
    Query("no vimos casi ninguna falta de vivienda", "dde32893", "spanish"),
    # "las personas pueden ir a hacer preguntas o pedir ayuda de los cadres" ¶345
    Query("las personas pueden hacer preguntas o pedir ayuda de los cadres", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # Zhao Leji ¶65–75 and Hoang Xuan Chien ¶77 (20f574be ¶153–159 lists Zhao Leji only)
    Query("赵乐际 黄春战", "362ba691", "chinese"),
    # "Jodie Evans (Co-founder of Code Pink)", "Keith Bennett (Co-editor of Friends of Socialist China)" ¶363–369
    # (ac7222d4 ¶475 has Keith Bennett, no Jodie Evans)
    Query("乔迪·埃文斯 基思·贝内特", "d89fdf72", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "first published by Orinoco Tribune" ¶49/53; "Chinese Ambassador Lan Hu" ¶33/43/53
    Query("<#8080> Orinoco Tribune\u200b Lan Hu", "f78fdcd6", "mention-noise"),
    # "the ceremony held at the Ba Dinh Square in Hanoi marking … the National Day … watched the military parade"
    # ¶73; 20f574be has the same ceremony at "the historic Ba Dinh Square" ¶143 and "the National Day parade" ¶145
    Query("<@31337> \u200bBa Dinh Square National Day parade", "362ba691", "mention-noise", also=("20f574be",)),
    # Typos (1–2 edits)
    Query("Shandan Baillie Scool", "ac7222d4", "typo"),  # "the Shandan Bailie School" ¶483/501
    # "the principles of the Nuremberg and Tokyo Trials" line 39 (Nuremburg: 1 edit; Trails: a swap; Nuremberg
    # also line 40, and ccf1d4fa ¶125)
    Query("Nuremburg and Tokyo Trails", "b39d8185", "typo"),
    # "a China-Zimbabwe all-weather community with a shared future" ¶5 (and ¶11)
    Query("Zimbabwee all-weather comunity", "faecd2e1", "typo"),
    # Names
    # "established by President Kaysone Phomvihane and President Fidel Castro" ¶167; Thongloun Sisoulith ¶135
    Query("Kaysone Phomvihane Thongloun Sisoulith", "20f574be", "name"),
    # "Egyptian Prime Minister Mostafa Madbouly … Kazakhstan President Kassym-Jomart Tokayev" ¶405
    Query("Kassym-Jomart Tokayev Mostafa Madbouly", "26d64f12", "name"),
    # Phrases
    Query("his story has become part of national legend", "7ab1f62c", "phrase"),  # ¶285
    # "after fighting a bitter and heroic war of resistance for 14 years" ¶387
    Query("fighting a bitter and heroic war of resistance", "38a7d84f", "phrase"),
    # Questions
    # "calls on the United States to remove Cuba from the arbitrary 'list of state sponsors of terrorism'" ¶101
    Query("which list does China want the US to remove Cuba from?", "d807680a", "question"),
    # "David writes: … one film, Lady From Chungking is an anti-imperialist classic" ¶113 (repeated ¶129)
    Query("which film did David Horsley call an anti-imperialist classic?", "ccf1d4fa", "question"),
    # "On September 3, 2020, President Xi Jinping exchanged congratulatory messages with … Vladimir Putin" line 5
    Query("on what date did Xi and Putin exchange congratulatory messages?", "424ab945", "question"),
    # Topics
    # "without the contribution of Chinese, Korean, Mongolian and largely Communist-led resistance forces …, the
    # Japanese imperial armies would have had free rein" ¶357
    Query("Korean Mongolian resistance forces free rein", "d89fdf72", "topic"),
    # "with the aim of boosting Pakistan's home-grown capacity for development" ¶211
    Query("Pakistan home-grown capacity for development", "3a9fa4ed", "topic"),
    # "the success of the August Revolution … greatly inspired Laos's national liberation" ¶149 (362ba691 marks the
    # August Revolution's anniversary, ¶65/73, without Laos's liberation)
    Query("August Revolution inspired Laos's national liberation", "20f574be", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Lan Hu is the ambassador in Caracas (f78fdcd6 ¶33/43/53); Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "Lan Hu Buckingham Palace",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the Tianjin summit is the SCO's (9e49ddff, 26d64f12)
    "Chen Weihua Tianjin summit",
    # Prabowo Subianto attended the BRICS virtual summit (e065690c ¶451); Belt and Road is Pakistan's, the SCO's
    # and Cuba's subject (3a9fa4ed ¶213, 9e49ddff ¶433/438, d807680a ¶91), never his
    "Prabowo Subianto Belt and Road",
    # Jenny Clegg (d89fdf72 ¶366, ac7222d4 ¶513–515); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Jenny Clegg Minyuan Stadium",
    # the only ambassador is China's ambassador to Venezuela, Lan Hu (f78fdcd6); d807680a names none in Cuba
    "who was the Chinese ambassador to Cuba?",
    # To Lam, "General Secretary of the CPV Central Committee" (362ba691 ¶67–73, 20f574be ¶145); no age
    "how old is To Lam?",
    # Lukashenko (0e5d6094 ¶263–265); the one gift is Maduro's monument, "we gift the Chinese people" (f78fdcd6 ¶35)
    "what gift did Lukashenko bring Xi?",
    # "finally as headmaster of the Shandan Bailie School" (ac7222d4 ¶483); no successor named
    "who succeeded George Hogg as headmaster of the Shandan Bailie School?",
    # Zhao Leji "watched the military parade" at Ba Dinh Square (362ba691 ¶73); "Around 400 military personnel …
    # took part" (¶77) counts the marchers, not the watchers; 20f574be ¶143–145 gives no crowd either
    "how many people watched the parade at Ba Dinh Square?",
    # Arthur Clegg's memoir "'Aid China – 1937-1949', published in 1989" (ac7222d4 ¶515); no print run
    "how many copies of Aid China 1937-1949 were printed?",
    "Hanover trade fair",  # Hanover is 3 edits from Hanoi (362ba691, 20f574be); no fair anywhere
    "Shandong port expansion",  # Shandong is 2 edits from Shandan (ac7222d4 ¶483/501); no port expansion
    "Ganzhou rare earth mines",  # Ganzhou is 3 edits from Gansu (6710eba1, dde32893, ac7222d4 ¶485); no mines
    "Fujian tea exports",  # Fujian is 2 edits from Fudan (6710eba1 ¶541); no tea, no exports
    # Eric Liddell (7ab1f62c ¶275/283–291) in Cyrillic; no coach or trainer named
    "кто тренировал Эрика Лидделла?",
    "Токаев и Каспийское море",  # Tokayev (26d64f12 ¶405) in Cyrillic; the Caspian is never mentioned
    # "la traducción al español de la entrevista" (dde32893 ¶297–299); no translator named
    "¿quién tradujo la entrevista de Lucha y Resiste al español?",
    # "un centro de control con IA para una red eléctrica inteligente" (dde32893 ¶335); no pay anywhere
    "¿cuánto gana al mes un trabajador del centro de control con IA?",
    "黄柳霜 好莱坞 星光大道",  # Anna May Wong (ccf1d4fa; "Hollywood film makers" ¶125); no Walk of Fame
    "敏昂莱 大选 日期",  # Min Aung Hlaing (26d64f12 ¶405/415–419) in Chinese characters; no election date
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "The Mayor, Alderman Thomas Quill, rode first" ¶12; "the cable was replaced" ¶29; "a second and longer lift to
    # Gull Head" ¶34–35 (966114d5 has "replaced" ¶30, nothing else)
    Query("Thomas Quill Gull Head cable replaced", "5c88346f", "cross-paragraph"),
    # "born in Tenter Row, Throstlebeck" ¶4; "moved to Hollins Court" ¶22; "Gaunt & Sons, funeral directors" ¶32–33
    Query("Tenter Row Hollins Court Gaunt & Sons", "e9f346d9", "cross-paragraph"),
    # "built by Josiah Crabtree" ¶10; "brick from the demolished Albion works" ¶23; "a museum shop in the former
    # counting house" ¶30–31
    Query("Josiah Crabtree Albion works counting house", "cb098fbc", "cross-paragraph"),
    # "her friend Janet Ruddle" ¶11; "Agnetha's boots" ¶17 (the diary, a block of its own); "the Hovenden tribute
    # band Super Troupers" ¶28
    Query("Janet Ruddle Agnetha's boots Super Troupers", "5185ca43", "cross-paragraph"),
    # "настоящая сушилка" ¶10; "впервые прошёл областной чемпионат" ¶19; "«Лыжня Тальникова»" ¶23
    Query("сушилка областной чемпионат Лыжня Тальникова", "eb4268bf", "cross-paragraph"),
    # 点的是煤油灯 ¶4; 摊主李阿婆 ¶12; 成立了夜市管理办公室 ¶20
    Query("李阿婆 煤油灯 夜市管理办公室", "92405723", "cross-paragraph"),
    # Word forms
    # "he wrote up the log every night in pencil" ¶12 (wrote → writing, irregular)
    Query("Walter Pettit writing up the log in pencil", "966114d5", "word-form"),
    # "the laundry chimney had already blackened a line of washing" ¶10–11 (blackened → blackening)
    Query("laundry chimney blackening the washing", "f802b7ee", "word-form"),
    # "She led Beckside's women out on strike on 9 October 1947 over piece rates" ¶15–16 (led → leading, irregular)
    Query("Florence Ambler leading the women out on strike over piece rates", "e9f346d9", "word-form"),
    # "Last year's trial with a small test kiln … ended when the firebox cracked" ¶21–22 (cracked → cracks)
    Query("the firebox of the test kiln cracks", "cb098fbc", "word-form"),
    # "el coro cantó ya en las fiestas patronales del 15 y 16 de agosto" ¶12 (cantó → cantaba)
    Query("el coro cantaba en las fiestas patronales de agosto", "3d8be5b3", "word-form"),
    # "Печь клали по вечерам, доски возили на санях" ¶8–9 (клали → кладут, возили → возят)
    Query("кладут печь по вечерам, возят доски на санях", "eb4268bf", "word-form"),
    # Another script or romanisation
    Query("Морин Кобли", "5185ca43", "translit"),  # "Maureen Cobley will be back in Brighton" ¶5, in Cyrillic
    Query("Флоренс Эмблер", "e9f346d9", "translit"),  # "FLORENCE AMBLER" ¶1, "Florence Ambler" ¶4, in Cyrillic
    Query("Эдна Поултер", "cb098fbc", "translit"),  # "The Trust's chairman, Mrs Edna Poulter" ¶15, in Cyrillic
    # "сучкоруб Василий Кочетов" ¶13 and "«Медвежий Лог»" ¶1/4 in Latin letters ("log" is also in 966114d5 ¶9/12,
    # Walter Pettit's log)
    Query("Vasily Kochetov Medvezhiy Log", "eb4268bf", "translit"),
    Query("Liushuizhen yeshi", "92405723", "translit"),  # 流水镇夜市 ¶1/3, in pinyin
    Query("Chen Xiaoyan", "92405723", "translit"),  # 记者 陈晓燕 ¶3, in pinyin
    # "The Mayor, Alderman Thomas Quill" ¶12 in Chinese characters
    Query("托马斯·奎尔", "5c88346f", "translit"),
    # accents dropped: "Julián Ruiz, tomó entonces la batuta" ¶16; "EL ORFEÓN DE VILLAURREA" ¶1
    Query("Julian Ruiz Orfeon", "3d8be5b3", "translit"),
    Query("Кен Холлис", "69a81522", "translit"),  # "Former deputy Ken Hollis, 81" ¶13 (and ¶31), in Cyrillic
    # Russian
    # "Торжества … пройдут с 23 по 24 февраля: ветеранская гонка, вечер воспоминаний" ¶21–22
    Query("ветеранская гонка и вечер воспоминаний", "eb4268bf", "russian"),
    Query("детская секция при базе", "eb4268bf", "russian"),  # "при базе открылась детская секция" ¶14
    # "Первые соревнования прошли 6 и 7 марта, и победителем на дистанции десять километров" ¶12–13
    Query("первые соревнования на дистанции десять километров", "eb4268bf", "russian"),
    # Spanish
    # "una exposición de fotografías, partituras y recortes de prensa" ¶25–26
    Query("exposición de fotografías, partituras y recortes de prensa", "3d8be5b3", "spanish"),
    # "El año pasado, el 21 de junio, cantó en la catedral de Salamanca" ¶20–21
    Query("cantó en la catedral de Salamanca", "3d8be5b3", "spanish"),
    # "El próximo año el orfeón viajará por primera vez al extranjero" ¶29
    Query("viajará por primera vez al extranjero", "3d8be5b3", "spanish"),
    # Chinese
    Query("国庆黄金周 十八万人次", "92405723", "chinese"),  # 国庆黄金周期间，夜市共接待游客十八万人次 ¶15
    Query("美食节和民间文艺演出", "92405723", "chinese"),  # 举办美食节和民间文艺演出 ¶22
    Query("纪念画册 老照片", "92405723", "chinese"),  # 出版一本纪念画册，收录各个年代的老照片 ¶23–24
    # Mentions and zero-width spaces
    # "saw Doreen Platt take the Ladies' Cup for the third time" ¶10
    Query("<@8812> Doreen Platt\u200b Ladies' Cup", "0b3a2fea", "mention-noise"),
    # "Newt nights: 23 and 24 May, meet at the car park at 8.30 p.m. with a torch" ¶18 (0b3a2fea has "Club nights")
    Query("@here \u200bnewt nights torch", "6df1b7fc", "mention-noise"),
    # "Sheepdog display and lantern walk on Sollway Common" ¶32
    Query("<#77> lantern walk\u200b Sollway Common", "1be97605", "mention-noise"),
    # Typos
    # "WITHYCOMBE MERE NATURE RESERVE" ¶1 (Withycomb: 1 edit; Meer: 2 edits, a swap)
    Query("Withycomb Meer", "6df1b7fc", "typo"),
    Query("Hesselby bottel kiln", "cb098fbc", "typo"),  # "HESSLEBY BOTTLE KILN" ¶1 (a swap in each word)
    Query("Ulverbey Cronicle", "f802b7ee", "typo"),  # "ULVERBY CHRONICLE" ¶1
    # Names
    Query("Septimus Hurd", "f802b7ee", "name"),  # "the proprietor, Mr Septimus Hurd" ¶8
    # "the lodge secretary, Mr Alan Birtwhistle" ¶24 (0b3a2fea has an "Alan" ¶15, no Birtwhistle)
    Query("Alan Birtwhistle", "512cd45d", "name"),
    # Phrases
    Query("three coats colder at the top", "966114d5", "phrase"),  # "it is always three coats colder at the top" ¶26
    Query("Nobody cried until the last cage", "69a81522", "phrase"),  # Ken Hollis ¶17
    # "Please do not sit on them, lean on them or put cups on them" ¶27–28
    Query("do not sit on them, lean on them or put cups on them", "0b3a2fea", "phrase"),
    # Questions
    # "a ride of four and a half minutes that cost sixpence" ¶8 (966114d5 gives no fare)
    Query("how much did a ride on the Corvedale chairlift cost in 1950?", "5c88346f", "question"),
    # "a formal opening by the Transport Minister is pencilled in for 2 February" ¶33–34
    Query("when will the Cottisford bypass be formally opened?", "3635c362", "question"),
    # "At its peak the pit employed more than 1,400 men and boys" ¶21 (512cd45d ¶20–21 has "The 312 men still on
    # the books", at the closure)
    Query("how many men did Ferncliff Colliery employ at its peak?", "69a81522", "question"),
    # "the flood of 30 October 2000, when four hundred homes were swamped" ¶32–33
    Query("how many homes were swamped in the Rushmere flood of 2000?", "bd905b8e", "question"),
    # Topics
    # "At least fourteen streets in Rushmere will hold parties on Wednesday 29 July, the day of the … wedding" ¶8–9
    Query("royal wedding street parties Rushmere", "55e90ed0", "topic"),
    # "Householders in the upper town will draw their water from standpipes" ¶8; "the last comparable drought" ¶13
    Query("drought standpipes upper town", "d82dd9e3", "topic"),
    # "Six members of the Rushmere Otters swam the twenty-two miles across Garnock Bay" ¶20–21; "relay" ¶17/23
    Query("relay swim across Garnock Bay", "3c5aaac7", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Maureen Cobley went to the Eurovision night in Brighton (5185ca43); the chairlift is Corvedale's (5c88346f,
    # 966114d5)
    "Maureen Cobley chairlift",
    # Edna Poulter chairs the Hessleby Pottery Trust (cb098fbc ¶15); Eurovision is Maureen's (5185ca43 ¶4)
    "Edna Poulter Eurovision",
    # Ken Hollis is a former Ferncliff deputy (69a81522 ¶13); the flood wall is Rushmere's (bd905b8e)
    "Ken Hollis flood wall",
    # Doreen Platt took the Ladies' Cup (0b3a2fea ¶10); the harvest queen is Sollway's and unnamed (1be97605 ¶6)
    "Doreen Platt harvest queen",
    # Alan Birtwhistle is in the Ferncliff cutting (512cd45d ¶24); the bypass and its campaigners, "Traders in
    # Bridge Street", are another cutting of the same digest (3635c362 ¶34–35)
    "Birtwhistle bypass campaign",
    # Sue Pettit writes the chairlift blog (966114d5 ¶5); the table tennis club is Fernacre's (0b3a2fea)
    "Sue Pettit table tennis club",
    # "Saturday 15 March: Closed Championships, … with the finals on the 16th" (0b3a2fea ¶19–20) is still to come
    "who won the Fernacre Closed Championships?",
    # "A Board spokesman recalled that the last comparable drought …" (d82dd9e3 ¶12–13); no name
    "who was the Water Board spokesman in Cottisford?",
    "what time does the Sollway harvest quiz finish?",  # "7.30 p.m. Harvest quiz at the Ship Inn" (1be97605 ¶21)
    # "Last year the lift was shut from 2 to 9 July while the cable was replaced" (5c88346f ¶29); the only price is
    # the 1950 ride, "that cost sixpence" (¶8)
    "what did the new cable for the Corvedale lift cost?",
    # "Tonight's concert, by the Hovenden tribute band Super Troupers, sold out in a week" (5185ca43 ¶28); no number
    "how many tickets did the Super Troupers tribute concert sell?",
    # "Last year's match, on 15 September, drew forty teams and a record crowd" (1be97605 ¶25–26); no winner
    "who won last year's Sollway ploughing match?",
    "what was the name of Maureen's aunt in Hove?",  # "stayed with Maureen's aunt in Hove" (5185ca43 ¶14); unnamed
    # "the landlord reports that the snug was 'full to the rafters'" (f802b7ee ¶17); the Fleece of e9f346d9 ¶19
    # names no landlord either
    "what was the Fleece landlord called?",
    # Harold Ambler, "a tackler at the same mill", died on 5 January 1989 (e9f346d9 ¶9/21); only Walter Pettit
    # "retired" (966114d5 ¶20)
    "when did Harold Ambler retire?",
    # "Ulverby Amateur Operatic Society will present The Mikado … with Mr Clive Dunstan as Ko-Ko" (f802b7ee ¶25–27)
    "who played Yum-Yum in the Ulverby Mikado?",
    # "It is home to three kinds of newt, eleven kinds of dragonfly" (6df1b7fc ¶5–6); none named
    "which three kinds of newt live in Withycombe Mere?",
    # "The Rushmere Band will play on the Green" (55e90ed0 ¶12–13); no conductor
    "who conducted the Rushmere Band?",
    # "Mr Ronald Pettigrew said: 'My father always said the Point was only half done.'" (5c88346f ¶35–36); no death
    "when did Ronald Pettigrew's father die?",
    "Cotterstock bypass",  # Cotterstock is not in the corpus; the bypass is Cottisford's (3635c362)
    "Hesketh bottle kiln",  # Hesketh is 4 edits from Hessleby, whose bottle kiln is cb098fbc's
    "Fernhill colliery",  # Fernhill is 4 edits from Ferncliff, whose colliery is 512cd45d's and 69a81522's
    "Ulverston archive",  # Ulverston is 4 edits from Ulverby, whose Chronicle has the archive room (f802b7ee ¶30)
    # "строители обещают пустить его к 1 декабря" (eb4268bf ¶25–26): the builders are not named
    "кто построил подъёмник для «Медвежьего Лога»?",
    "сколько стоит прокат лыж в Тальниково?",  # "сорок пар лыж" (eb4268bf ¶9); no hire, no price
    # Кочетов won the first 10 km race and coaches children (eb4268bf ¶13–15, ¶27); no Olympics
    "Кочетов олимпийские игры",
    # "ante un templo abarrotado y un alcalde emocionado" (3d8be5b3 ¶7): the mayor is not named
    "¿quién era el alcalde de Villaurrea en 1972?",
    # "cantará en Toulouse, ciudad hermana de Villaurrea, del 10 al 14 de julio" (3d8be5b3 ¶29–30); no cost
    "¿cuánto cuesta el viaje del orfeón a Toulouse?",
    "流水镇镇长是谁",  # 据镇长介绍 (92405723 ¶26): the town head is not named
    "流水镇夜市 停车场 收费",  # the night market (92405723) has stalls, lights and music rules; no car park, no fees
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind74/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
