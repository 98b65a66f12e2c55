"""An ninety-sixth lookup query set, for tuning ranking (written in the forty-eighth session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (as in tests/queries_blind56.py: the
search may be tuned on it, and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind95.py and tests/queries_blind97.py, the latter
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and
  ё read as е, Chinese by character pairs, Discord/Telegram mentions and zero-width spaces and a few stop
  words left out) with every one of the some 12,700 earlier queries, and with the earlier queries of this
  set, while the set was being written; a query sharing more than half of its words with any one of them
  was replaced. The seeds are close to exhausted by now: nine drafts in ten were near-copies, so most seed
  queries here join three or more passages, or names, that no earlier query joined, and the unanswerable
  ones pair a seed name with a subject of another seed article.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind108/docs, copied as ONE
  corpus into a subfolder blind108/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into three articles each (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic,
Latin letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 3 (1–2 edits a word), name 2 + 2, phrase 2 + 3, question 3 + 4,
topic 3 + 4: 35 + 49 answerable, and 20 + 37 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
won, conducted, painted or designed, who was mayor; when someone became head or retired; how many, how
long, what time, what it cost, which hotel, which airline, which ship, what a widow, a husband or a wife
was called); a place the corpus does not hold but spelled close to one it does (two or more edits from
anything real in it); Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on
purpose (in another script for some of the seeds' ones), and every article holding those words was read to
confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets; in the new documents, which have no blank lines,
each line) holds all of the query's words. For word-form queries it checked that the form the query
uses is not in the corpus (or, where it is, in which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind108/docs/* into ONE temporary
# corpus folder under the subfolder blind108/: files are then "blind108/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind108/docs",)
NEWDOCS_SUBDIRS = ("blind108",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "b55dc6dd": "ALDERMOUTH TOWN COUNCIL · PRESS RELEASE",
    # en_aldermouth_gazette_digest.txt, split by the loader: the bridge (lines 1–6, titled by the masthead line),
    # the regatta (9–13), the Ordnance Survey (16–21); the "-----" rules (7, 14) and the second and third
    # masthead lines (8, 15) belong to none of them
    "63037b02": "ALDERMOUTH GAZETTE · Saturday 10 May 1986",
    "3e1ce851": "REGATTA RETURNS TO THE ALDER",
    "1e1900ee": "A BIRTHDAY FOR THE MAP-MAKERS",
    "04a0f01f": "CRESSINGDALE & DISTRICT CRIBBAGE LEAGUE",
    # en_fenwold_courier_digest.txt, split the same way: the Rialto (lines 1–6), the mere (9–13), the library
    # (16–21)
    "269ac510": "FENWOLD COURIER · Thursday 8 March 1990",
    "b18eac2b": "SKATERS BACK ON THE MERE",
    "c60f3ba7": "A WIZARD BIRTHDAY AT THE LIBRARY",
    "7a8868b6": "SEVENTY-FIVE YEARS OF SIXPENNY BOOKS",
    "4c9411b8": "HOBWICK MILL FARM · THE OLD BREAD OVEN",
    "473f449c": "PLUG AND PEDAL · notes from a shed full of electric oddities",
    "2c50a471": "SKELVERTON, Tuesday 15 October —",
    "dee6ca65": "THE STOBWORTH WEEKLY POST",
    "defe0dfe": "THROSTLEBRIDGE & DISTRICT MOTOR CYCLE CLUB",
    "f41ca3ed": "OBITUARY: URSULA BRACKENRIDGE, SURVEYOR",
    "5120cb54": "WENDLEMOOR PRIMARY SCHOOL",
    "c49a6bf6": "EL HERALDO DE IXTLAPAN",
    "a0a6b68b": "КЛЮКВИНСКАЯ ПРАВДА",
    "c2371069": "枫港镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Defence Minister Vladimir Padrino" ¶33/53; "the erstwhile Japanese empire" ¶35/55; "a power without an
    # imperialist, colonialist, or slave-owning vision" ¶41; "first published by Orinoco Tribune" ¶49/53
    Query("Padrino Orinoco Tribune erstwhile Japanese empire slave-owning", "f78fdcd6", "cross-paragraph"),
    # "the three forces of terrorism, separatism and extremism" ¶433; "a garden of civilisations" ¶439; "the SCO
    # Development Strategy to 2035" ¶443
    Query(
        "three forces of terrorism Development Strategy to 2035 garden of civilisations", "9e49ddff", "cross-paragraph"
    ),
    # "the Scientific Outlook on Development" ¶383; "the relatives of international friends and comrades" ¶385
    Query("relatives of international friends Scientific Outlook on Development", "38a7d84f", "cross-paragraph"),
    # "Kazakhstan President Kassym-Jomart Tokayev in the evening" ¶405; "recall the founding mission …
    # the purposes and principles of the UN Charter" ¶409
    Query("Kassym-Jomart Tokayev founding mission UN Charter", "26d64f12", "cross-paragraph"),
    # "Iranian President Masoud Pezeshkian" ¶451; "President Xi made three proposals" ¶455; "The Bloomberg
    # financial news service further reported Lula" ¶463
    Query("Pezeshkian Bloomberg three proposals", "e065690c", "cross-paragraph"),
    # Word forms: the text has another form
    # "Russia acknowledges China's efforts to maintain Soviet war memorials in China" line 55 (acknowledges →
    # acknowledging; 097182f6 line 15 has "acknowledging historical facts", not the memorials' passage)
    Query("Russia acknowledging China's efforts to maintain Soviet war memorials", "b39d8185", "word-form"),
    # Fico: "it is an honour to be invited to China to witness this grand event in person" ¶19 (honour →
    # honoured; "honoured" is in f78fdcd6 ¶33, 0e5d6094 ¶257 and 7ab1f62c ¶287, not of Fico)
    Query("Fico honoured to be invited to witness the grand event", "faecd2e1", "word-form"),
    # "attach great importance to the traditional friendship between China and the DPRK, and stand ready to
    # maintain, consolidate and develop China-DPRK relations" ¶227 (consolidate → consolidating)
    Query("Kim Jong Un and Xi consolidating the traditional friendship", "eca32116", "word-form"),
    # Liddell, "the Scottish Olympic champion who traveled to China to support the Eighth Route Army's
    # resistance" ¶275 (traveled → travelling)
    Query("Olympic champion travelling to China to support the Eighth Route Army", "7ab1f62c", "word-form"),
    # Another script or romanisation
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495, "the Levellers took a stand" ¶517, "a
    # Colonel Younghusband" ¶521, in Cyrillic
    Query("Рьюи Алли, Левеллеры и Янгхазбенд", "ac7222d4", "translit"),
    # "the Fourth Dialogue … in Dunhuang" and "Concrete examples from Botswana" ¶537 in Cyrillic (dde32893 has
    # Dunhuang, not Botswana)
    Query("Дуньхуан и Ботсвана", "6710eba1", "translit"),
    # "South African President Cyril Ramaphosa, Egyptian President Abdel Fattah El-Sisi" ¶451; "The Bloomberg
    # financial news service" ¶463, in Cyrillic
    Query("Рамафоса, Эль-Сиси и Блумберг", "e065690c", "translit"),
    # accents dropped: "son tecnológicamente avanzadas y cada día más verde" ¶317
    Query("tecnologicamente avanzadas y cada dia mas verde", "dde32893", "translit"),
    # "the Xinhua News Agency" ¶283; "Xinhua correspondents Zheng Bofei and Jin Jing write: 'At the 1924 Paris
    # Olympics …'" ¶287, in Cyrillic
    Query("Синьхуа, Цзинь Цзин и Париж", "7ab1f62c", "translit"),
    # Russian (names written in Cyrillic)
    # "Slovak Prime Minister Robert Fico" ¶13; "the only member state of NATO and the EU … although Hungary and
    # Bulgaria also sent senior representatives" ¶21
    Query("Роберт Фицо, НАТО и Болгария", "faecd2e1", "russian"),
    # "Vladimir Vladimirovich Yakushev" ¶158; "the United Left Movement Party of the Dominican Republic" ¶159
    Query("Якушев и Доминиканская Республика", "20f574be", "russian"),
    # Spanish
    # "un centro de control con IA … que ayuda a reducir la producción de carbón en toda la providencia" ¶335
    Query("ayuda a reducir la producción de carbón en toda la providencia", "dde32893", "spanish"),
    # "Muchos vehículos y cosas son diseñados con consideración a las necesidades de los viejos, los niños y los
    # obreros" ¶323
    Query(
        "diseñados con consideración a las necesidades de los viejos, los niños y los obreros", "dde32893", "spanish"
    ),
    # Chinese (names in Chinese characters)
    # "Indonesian President Prabowo Subianto, Crown Prince of Abu Dhabi Khaled bin Mohamed … Prime Minister
    # Narendra Modi" ¶451, as Xinhua writes them
    Query("普拉博沃 莫迪 哈立德", "e065690c", "chinese"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker … the Friends Ambulance Unit, organised by the
    # Quakers" ¶501: his Chinese name and the Quakers' Chinese name
    Query("林迈可 贵格会", "ac7222d4", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "every generation will remember China's selfless support … earning global acclaim" ¶213
    Query("@here Pakistan\u200b selfless support earning global acclaim", "3a9fa4ed", "mention-noise"),
    # "Cambodian Prime Minister Hun Manet" ¶243; "rock-solid … the path of friendship opened by the older
    # generation" ¶245
    Query("<#31> Hun Manet\u200b older generation rock-solid", "5a5d8582", "mention-noise"),
    # Typos (1–2 edits)
    Query("Younghusbend Tibet", "ac7222d4", "typo"),  # "Younghusband … separating Xizang (Tibet)" ¶521
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/197 (1 edit each)
    Query("Kurelsukh Ukhna", "c061f0a1", "typo"),
    Query("Fudan Univeristy", "6710eba1", "typo"),  # "Discussions at Fudan University" ¶541 (a transposition)
    # Names
    # "starring … Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "J.R. Campbell demanded a
    # Japanese withdrawal" ¶525
    Query("Chow Yun-fat J.R. Campbell", "ac7222d4", "name"),
    # the Hanoi guests: Thongloun ¶153, Díaz-Canel ¶155, "Igor Sergeenko, Speaker of the House of
    # Representatives of Belarus" ¶157 (d807680a has Díaz-Canel only)
    Query("Thongloun Sisoulith Igor Sergeenko Miguel Díaz-Canel Bermúdez", "20f574be", "name"),
    # Phrases
    # Anna May Wong: "How should we be, with a civilisation that's so many times older than that of the West" ¶119
    Query("How should we be, with a civilisation that's so many times older", "ccf1d4fa", "phrase"),
    # "setting an example for solidarity and coordination between China and Africa" ¶7
    Query("an example for solidarity and coordination between China and Africa", "faecd2e1", "phrase"),
    # Questions
    # "Around 400 military personnel from the armed forces of China, Russia, Laos, and Cambodia took part in the
    # military parade … gratitude to the foreign troops" ¶77; "the ceremony held at the Ba Dinh Square" ¶73
    # (20f574be ¶143 has the Ba Dinh ceremony, not the troops)
    Query("how many foreign troops marched in the Ba Dinh parade?", "362ba691", "question"),
    # "Receiving them on August 29, Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien extended a
    # warm welcome and expressed gratitude to the foreign troops" ¶77
    Query("who greeted the foreign troops on August 29?", "362ba691", "question"),
    # "a report back from the recent Friends of Socialist China delegation, written by Callum Norris and Twm
    # Draper" ¶533
    Query("who wrote the report back from the delegation?", "6710eba1", "question"),
    # Topics
    # "century-defining transformation is accelerating" ¶263; "Belarus is an all-weather partner to China" ¶265
    Query("Belarus all-weather partner century-defining transformation", "0e5d6094", "topic"),
    # "the Scottish heroes who made contributions and sacrifices" ¶273/281 (and ¶275)
    Query("Scottish heroes contributions and sacrifices", "7ab1f62c", "topic"),
    # "Denis Sassou Nguesso" ¶23; "foster new growth drivers in green industries, … and artificial
    # intelligence" ¶27
    Query("Sassou Nguesso green industries artificial intelligence", "faecd2e1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Keith Bennett (d89fdf72 ¶367, ac7222d4 ¶475–477); the Dunhuang Salt Tower solar plant is the delegates'
    # (6710eba1 ¶539)
    "Keith Bennett Salt Tower",
    # Ken Hammond is a webinar speaker (d89fdf72 ¶363); Jiayuguan's steel company is Loving's (dde32893 ¶335)
    "Ken Hammond Jiayuguan steel works",
    # Michael Lindsay's radio engineering (ac7222d4 ¶501); Fudan University is the delegates' (6710eba1 ¶541)
    "Michael Lindsay Fudan University",
    # Madbouly (26d64f12 ¶411–413); the Wonsan monument is Lavrov's announcement (097182f6 line 7)
    "Mostafa Madbouly Wonsan monument",
    # Peng Liyuan met the Cambodian King (5a5d8582 ¶237); the Buckingham Palace speech is Xi's in 2015 (ac7222d4
    # ¶479), without her
    "Peng Liyuan Buckingham Palace",
    # Shehbaz Sharif (3a9fa4ed ¶211–213); seawater desalination is Egypt's (26d64f12 ¶413)
    "Shehbaz Sharif seawater desalination",
    # Loving's interview (dde32893); the Tienanmen rostrum is Kim's, Putin's and Xi's (eca32116 ¶219)
    "Sydney Loving Tienanmen rostrum",
    # Congo (faecd2e1 ¶23–27: FOCAC, ten partnership actions); the Global Civilization Initiative is in the
    # China–Russia statement (b39d8185 line 13)
    "Denis Sassou Nguesso Global Civilization Initiative",
    # Jodie Evans of Code Pink (d89fdf72 ¶365); the Shanghai robotics factory is Loving's (dde32893 ¶339)
    "Jodie Evans Shanghai robotics factory",
    # Ivan Melnikov met Liu Qibao in Khabarovsk (054ef6fb line 6); the Nuremberg Tribunal is b39d8185's (lines
    # 39–40)
    "Ivan Melnikov Nuremberg Tribunal",
    # the only lunch is Xi's in the Great Hall in Beijing (38a7d84f ¶385); no menu anywhere
    "what did the Tianjin lunch menu include?",
    # Liddell helped "design and promote the Minyuan Stadium" (7ab1f62c ¶291); no murals, no painter
    "who painted the Minyuan Stadium murals?",
    # "Thongloun visited Hanoi" (20f574be ¶143); no airline
    "which airline flew Thongloun to Hanoi?",
    # "details of showings may be found on the BFI website" (ccf1d4fa ¶121); no prices
    "BFI Southbank ticket prices",
    "Xiamen delegation",  # Xiamen is 2 edits from Xi'an (dde32893 ¶307, the delegation's city); not in seeds/
    # Edmonton is 7 edits from Edinburgh, whose Consulate-General wrote of the Scots (7ab1f62c ¶273)
    "Edmonton consulate",
    # the Caracas monument (f78fdcd6 ¶31–47): no height
    "Каракас памятник высота",
    # Liddell (7ab1f62c ¶283–291): no team, no captain
    "кто был капитаном команды Лидделла?",
    # the ceremony in Caracas (f78fdcd6 ¶53–55, in English): no attendance given
    "¿cuántas personas asistieron a la ceremonia en Caracas?",
    # "Xi Jinping visited Moscow last week on a state visit" (b39d8185 line 2): no date, in Chinese
    "习近平 莫斯科 国事访问 日期",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "a schoolgirl called Tracey Gummer" ¶6; "chair of the Amenities Committee" ¶11; "the autumn half-marathon"
    # ¶14
    Query("Tracey Gummer Amenities Committee half-marathon", "b55dc6dd", "cross-paragraph"),
    # "Librarian Prudence Fewster" ¶19; "a waiting list of forty" ¶20; "Readings from all seven books" ¶21
    Query("Prudence Fewster seven books waiting list", "c60f3ba7", "cross-paragraph"),
    # "Clifford Harlan" ¶5; "Apprentice Kerry Ambridge" ¶14; "a Rolls-Royce Spey engine" ¶20
    Query("Clifford Harlan Rolls-Royce Spey Kerry Ambridge", "2c50a471", "cross-paragraph"),
    # "the Cowgate roundabout" ¶6; "Cuthbertson's music shop" ¶11; "the night watchman, Eli Hargate" ¶18
    Query("Eli Hargate Cuthbertson's Cowgate roundabout", "dee6ca65", "cross-paragraph"),
    # "заключительный концерт лауреатов" ¶7; "Анна Петровна Сомова" ¶8; "Её дневник" ¶9
    Query("Сомова дневник заключительный концерт лауреатов", "a0a6b68b", "cross-paragraph"),
    # 德国总理施罗德 ¶5; 检查每一个焊缝 ¶9; 在文化站二楼展出 ¶16
    Query("施罗德 焊缝 文化站二楼", "c2371069", "cross-paragraph"),
    # Word forms
    # "Horace's daughter Muriel took over the shop" ¶10 (took → taking, irregular); "Pagett's Bookshop" ¶3
    Query("Muriel taking over Pagett's Bookshop", "7a8868b6", "word-form"),
    # "She married Gideon Brackenridge, a hydrographer, … at Grasmere" ¶8 (married → marrying)
    Query("Ursula marrying a hydrographer at Grasmere", "f41ca3ed", "word-form"),
    # "Projectionist Len Ashworth … will run the last reel himself" ¶6 (run → running)
    Query("Len Ashworth running the last reel", "269ac510", "word-form"),
    # "Основательница нашей детской музыкальной школы Анна Петровна Сомова" ¶8; "открыла школу" ¶11 (открыла →
    # открывает, детской музыкальной → детскую музыкальную)
    Query("Сомова открывает детскую музыкальную школу", "a0a6b68b", "word-form"),
    # "la torre resistió sin un solo cristal roto" ¶10, after "un fuerte sismo" ¶9 (resistió → resiste)
    Query("la torre resiste el sismo sin un cristal roto", "c49a6bf6", "word-form"),
    # "the ice on Fenwold Mere was declared safe for skating" ¶10; "The last time the mere froze hard enough" ¶11
    # (froze → freezing, irregular)
    Query("Fenwold Mere freezing hard enough for skating", "b18eac2b", "word-form"),
    # Another script or romanisation
    # "Анна Петровна Сомова" ¶8 and "вернулась в Клюквинск" ¶11 in Latin letters
    Query("Somova Klyukvinsk", "a0a6b68b", "translit"),
    Query("Zhou Haisheng", "c2371069", "translit"),  # 焊工周海生 ¶7 (also ¶12, ¶17) in pinyin
    Query("Чжу Жунцзи", "c2371069", "translit"),  # 时任国务院总理朱镕基 ¶5 in Cyrillic
    # accents dropped: "Su nieta, la arquitecta Lucía Alcántara" ¶12
    Query("Lucia Alcantara", "c49a6bf6", "translit"),
    Query("Рем Фаулер", "defe0dfe", "translit"),  # "Rem Fowler the twins on a Norton" ¶4 (and ¶6) in Cyrillic
    Query("艾伦·莱恩", "7a8868b6", "translit"),  # "Allen Lane's first ten Penguin paperbacks" ¶4 in Chinese characters
    Query("安迪·格林", "2c50a471", "translit"),  # "Andy Green averaged 763 miles an hour" ¶4 in Chinese characters
    Query("Урсула Брэкенридж", "f41ca3ed", "translit"),  # "URSULA BRACKENRIDGE" ¶1 (and ¶2) in Cyrillic
    Query("Клайв Синклер", "473f449c", "translit"),  # "Sir Clive Sinclair launched the C5" ¶3 in Cyrillic
    # Russian
    Query("неделю музыки Чайковского", "a0a6b68b", "russian"),  # "школа проводит неделю музыки Чайковского" ¶13
    # "Открытые уроки фортепиано пройдут 20 и 21 марта, вход свободный" ¶14
    Query("открытые уроки фортепиано, вход свободный", "a0a6b68b", "russian"),
    Query("диск с записями лучших учеников", "a0a6b68b", "russian"),  # "школа выпустит диск с записями …" ¶17
    # Spanish
    # "terminó vigilando el hincado de los pilotes" ¶7
    Query("el hincado de los pilotes", "c49a6bf6", "spanish"),
    Query("conferencias sobre ingeniería sísmica", "c49a6bf6", "spanish"),  # ¶15
    # "El 15 de mayo, Día del Maestro, los alumnos de la secundaria técnica visitarán la sala" ¶16
    Query("Día del Maestro alumnos de la secundaria técnica", "c49a6bf6", "spanish"),
    # Chinese
    Query("上海磁浮示范运营线", "c2371069", "chinese"),  # 是上海磁浮示范运营线通车十周年 ¶4
    Query("轨道梁的焊接", "c2371069", "chinese"),  # 负责轨道梁的焊接 ¶8
    # 组织镇上的老人和学生去上海，实地乘坐一次磁浮列车 ¶18
    Query("老人和学生去上海 实地乘坐一次磁浮列车", "c2371069", "chinese"),
    # Mentions and zero-width spaces
    # "On 17 August we bake lardy cakes and harvest plaits for the village show" ¶10
    Query("<@4411> lardy cakes\u200b harvest plaits", "4c9411b8", "mention-noise"),
    # "climb to the trig pillar on Lavington Knowe" ¶19 (f41ca3ed has trig pillars, not Lavington Knowe)
    Query("@here Lavington Knowe\u200b trig pillar", "1e1900ee", "mention-noise"),
    # "a leap-day knockout on Wednesday 29 February" ¶8
    Query("<#77> \u200bleap-day knockout Wednesday 29 February", "04a0f01f", "mention-noise"),
    # Typos
    # "CRESSINGDALE & DISTRICT CRIBBAGE LEAGUE" ¶1 (1 edit each)
    Query("Cresingdale cribage", "04a0f01f", "typo"),
    # "THROSTLEBRIDGE … TT CENTENARY WEEK" ¶1–2 (1 edit each)
    Query("Throstlebrige TT centenery", "defe0dfe", "typo"),
    # "HOBWICK MILL FARM · THE OLD BREAD OVEN" ¶1 (1 edit each)
    Query("Hobwik Mill Farm bred oven", "4c9411b8", "typo"),
    # Names
    Query("Sid Penhallurick", "63037b02", "name"),  # "Ferryman Sid Penhallurick took his boat across" ¶5
    Query("Edna Threlkeld", "5120cb54", "name"),  # "one teacher, Miss Edna Threlkeld" ¶5
    # Phrases
    Query("orange for novels, green for crime, blue for lives", "7a8868b6", "phrase"),  # ¶8
    # Ursula's reply to the Duke of Edinburgh ¶11
    Query("Only the ones people drove into", "f41ca3ed", "phrase"),
    Query("a secret location in Norfolk that everybody knows", "473f449c", "phrase"),  # ¶16
    # Questions
    # "My dad queued at the Co-op in Bradlow for his on 2 March that year, paid £399" ¶5
    Query("how much did the C5 cost at the Co-op in Bradlow?", "473f449c", "question"),
    # "in the Black Rock Desert in Nevada, Andy Green averaged 763 miles an hour" ¶4
    Query("how fast did Andy Green drive in the Black Rock Desert?", "2c50a471", "question"),
    # "Wendlemoor School first opened its doors on Monday 8 January 1894" ¶5
    Query("when did Wendlemoor school first open?", "5120cb54", "question"),
    # "Twelve members of the Stobworth Wheelers rode to the coast and back in a single day …, a distance of 131
    # miles" ¶13
    Query("how far did the Stobworth Wheelers ride to the coast?", "dee6ca65", "question"),
    # Topics
    # "Today is the 225th birthday of the Ordnance Survey" ¶17; the obituary has "the Survey's 225th-birthday
    # lecture in Kendal" (f41ca3ed ¶13)
    Query("Ordnance Survey 225th birthday", "1e1900ee", "topic", also=("f41ca3ed",)),
    # "The Rialto …, Fenwold's last cinema, … the building will become a bingo hall" ¶3–4
    Query("Rialto cinema bingo hall", "269ac510", "topic"),
    # the opening itself: "The Ferry Steps footbridge was opened by the Mayor … eight weeks later than planned: the
    # opening had been fixed for 14 March" ¶3–4; the council's release marks its thirtieth year (b55dc6dd ¶3–4, ¶18)
    Query("Ferry Steps footbridge opening", "63037b02", "topic", also=("b55dc6dd",)),
    # "the first Tourist Trophy riders set off in pairs from St John's on the Isle of Man" ¶3 (1907 ¶3, ¶12–13)
    Query("Tourist Trophy Isle of Man 1907", "defe0dfe", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Hamish Rudd is the walking club's secretary (1e1900ee ¶20); the Grasmere funeral is Ursula Brackenridge's
    # (f41ca3ed ¶17)
    "Hamish Rudd Grasmere funeral",
    # Prudence Fewster is Fenwold's librarian (c60f3ba7 ¶19); the Penguins are Pagett's (7a8868b6)
    "Prudence Fewster Penguin paperbacks",
    # Frank Ibbitson captained the Stobworth Wheelers, cyclists (dee6ca65 ¶14); the Tourist Trophy is
    # Throstlebridge's (defe0dfe)
    "Frank Ibbitson Tourist Trophy",
    # Clifford Harlan built Thrust SSC's parachute housings (2c50a471); the C5 is the blogger's (473f449c)
    "Clifford Harlan Sinclair C5",
    # Maureen Kell takes the Doubles Cup entries (04a0f01f ¶6); the nativity play is Wendlemoor's (5120cb54 ¶7)
    "Maureen Kell nativity play",
    # Jean Farrow opened the footbridge in 1986 (63037b02 ¶3, b55dc6dd ¶18); the regatta's fireworks (3e1ce851
    # ¶13) name no one
    "Jean Farrow regatta fireworks",
    # Kerry Ambridge is a Skelverton apprentice (2c50a471 ¶14); the Isle of Man is the TT's (defe0dfe ¶3)
    "Kerry Ambridge Isle of Man",
    # "The spring pairs, on Saturday 17 March, will be at the British Legion hall" (04a0f01f ¶9): still to come
    "who won the spring pairs at the British Legion hall?",
    # "a free afternoon on the bridge on Saturday 14 May" (b55dc6dd ¶7): announced, no attendance
    "how many people came to the Ferry Steps free afternoon?",
    # "will show its final film on Saturday 31 March" (269ac510 ¶3): no time, no title
    "what time does the Rialto's last film start?",
    "which film closed the Rialto in Sheep Street?",
    # the replica was "built over eighteen months by apprentices" (2c50a471 ¶11); "tickets (£3)" are for the
    # talks (¶13); no cost of building
    "how much did the Thrust SSC replica cost to build?",
    # "The Gondoliers would open at the Corn Exchange" (dee6ca65 ¶9): no conductor
    "who conducted The Gondoliers at the Corn Exchange?",
    # Muriel took over the shop (7a8868b6 ¶10); no husband named
    "what was the name of Muriel Pagett's husband?",
    # Reuben Oddie "had crossed from Liverpool on the 25th to watch" (defe0dfe ¶5): no hotel
    "which hotel did Reuben Oddie stay at on the Isle of Man?",
    # "Mrs P. Ackroyd, Headteacher" (5120cb54 ¶20): since when is never said
    "how long has Mrs Ackroyd been head at Wendlemoor?",
    # "closes the season with a wood-fired pizza supper" (4c9411b8 ¶11): no time (the oven is lit at 7am on bake
    # days, ¶8)
    "what time is the wood-fired pizza supper at Hobwick?",
    # "Places at the dough table are limited to twelve" (4c9411b8 ¶13): no price
    "how much does a place at the Hobwick dough table cost?",
    # "The Fenwold Fen Skating Association has fixed its races for next Saturday" (b18eac2b ¶13): still to come
    "who won the Fenwold skating races?",
    "Aldermoor regatta",  # Aldermoor is 3 edits from Aldermouth, whose regatta is 3e1ce851's
    "Fenwick ice skating races",  # Fenwick is 3 edits from Fenwold, whose mere has the skating races (b18eac2b)
    "Skelton motor museum",  # Skelton is 3 edits from Skelverton, whose Motor Museum has the replica (2c50a471)
    "Stobford bypass",  # Stobford is 3 edits from Stobworth, whose bypass opened in 1977 (dee6ca65 ¶5)
    # Ixtlahuaca is 4 edits from Ixtlapan, whose exhibition is of the tower and the earthquake (c49a6bf6)
    "exposición de Ixtlahuaca sobre el sismo",
    # Клинцы is 5 edits from Клюквинск, whose children's music school Somova founded (a0a6b68b ¶8, ¶11)
    "Клинцы детская музыкальная школа",
    # "Победителем среди пианистов … Ван Клиберна" (a0a6b68b ¶6): the violinists' winner is not named
    "кто победил среди скрипачей?",
    # "сыграли в Доме культуры концерт её памяти" (a0a6b68b ¶12): no price
    "сколько стоит билет на концерт в Доме культуры?",
    # "subió … hasta el mirador del último piso" (c49a6bf6 ¶8): no count of floors
    "¿cuántos pisos tiene la Torre Latinoamericana?",
    # "en la esquina de Madero y San Juan de Letrán" (c49a6bf6 ¶5); the only architect is the granddaughter,
    # "la arquitecta Lucía Alcántara" (¶12)
    "¿quién fue el arquitecto de la torre de Madero y San Juan de Letrán?",
    "周海生 的妻子 叫什么",  # 周海生 (c2371069 ¶7, ¶12, ¶17): no wife
    "磁浮 车票 票价",  # the maglev (c2371069): no fares
    "施罗德 什么时候 当选总理",  # 德国总理施罗德 (c2371069 ¶5): no date of taking office
    # the 2002 regatta cutting (3e1ce851) names no Mayor; Jean Farrow was Mayor in 1986 (63037b02 ¶3)
    "who was the Mayor of Aldermouth in 2002?",
    # "Gideon Brackenridge, a hydrographer" (f41ca3ed ¶8): no ship
    "which ship did Gideon Brackenridge serve on?",
    # "fired every week until the last baker retired" (4c9411b8 ¶4): no date
    "when did Hobwick's last baker retire?",
    # "with 43 pupils and one teacher" in 1894 (5120cb54 ¶5); today's roll is never given
    "how many children are on the Wendlemoor roll today?",
    # "A fund for his widow had raised £41" (dee6ca65 ¶19): she is not named
    "what was Eli Hargate's widow called?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind108/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
