"""A thirty-eighth lookup query set: the BLIND set of the nineteenth round, committed unscored; it is scored
once, at the end of that round. Nobody may read it, or tune on it, before then.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind36.py, an unscored blind set, and
  tests/queries_blind39.py, written at the same time, were not opened and are not part of the check).
  A throwaway script compared the word set of every query (Latin and Cyrillic words, Chinese by
  character pairs, a few stop words left out) with every earlier query, and with the earlier queries
  of this set, while the set was being written; a query sharing more than half of its words with any
  one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind50/docs, copied as ONE
  corpus into a subfolder blind50/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 10
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 6 + 12 (another script or romanisation than the text: English
and other Latin-script names written as a Russian or Chinese newspaper transcribes them by sound,
Wade-Giles and pinyin for Chinese names, Latin letters for Cyrillic names, accents dropped),
russian 3 + 4, spanish 3 + 4, chinese 3 + 4, mention-noise 3 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 3 + 5 (1–2 edits), name 3 + 4, phrase 3 + 4,
question 3 + 5, topic 2 + 4: 44 + 68 answerable, and 14 + 20 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in
another script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are of varied kinds: a name the corpus holds joined to a subject it never
connects with that name; a question in the corpus's own words about something it does not say; a
place or person the corpus does not hold but spelled close to one it does (two or more edits from
anything real in it); a common word plus a name from another article; Russian, Spanish and Chinese
ones; date-like and number questions the text does not answer. Each shares one or more words with its
corpus on purpose, and every article holding those words was read to confirm that none answers the
query.

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

# The new-documents corpus is assembled by copying tests/gold/blind50/docs/* into ONE temporary
# corpus folder under the subfolder blind50/: files are then "blind50/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind50/docs",)
NEWDOCS_SUBDIRS = ("blind50",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "420c5c44": "BRAMBLECOTE RUSHBEARING",
    "8fd4daa2": "CARNWICK DISTRICT COUNCIL",
    "28867423": "LOOKING BACK",
    "14cf4ead": "CROWNHOLLOW MUSEUM OF RURAL LIFE",
    "51c4fde3": "OBITUARIES",
    # en_fothersby_echo_digest.txt, split by the loader: the header (¶1–2), the new pool (¶6–10),
    # the market cross (¶14–18), the floods (¶22–28)
    "e8a9a7cc": "THE FOTHERSBY ECHO — FROM THE CUTTINGS FILE",
    "f01c3e07": "NEW POOL READY FOR THE CROWDS",
    "09bf9ab2": "MARKET CROSS BACK WHERE IT BELONGS",
    "79662d70": "FLOODS: TOWN COUNTS THE COST",
    "5186ce05": "FOTHERSBY POOL MAKES A SPLASH AT TWENTY",
    "bc0ab0c7": "GANNET COVE NATURE RESERVE",
    "682b54c2": "THE RAVENSGILL ADVERTISER — WEEKEND FEATURES",
    "9dabc91b": "NEWS RELEASE",
    "6cf17396": "Backyard Photons — notes from a garden observatory in Hallowby",
    # en_winderby_clarion_digest.txt, split by the loader: the header (¶1–2), the bus station
    # (¶6–11), the rugby club (¶15–21), the Queen's funeral (¶25–30)
    "4cd2879b": "WINDERBY CLARION — PAGES FROM THE PAST",
    "a292e15a": "BUS STATION TO SHUT FOR REBUILD",
    "4708eb72": "CLUBHOUSE ERUPTS AS WILKINSON SEALS IT",
    "15863b32": "A TOWN FALLS QUIET FOR THE QUEEN",
    "3ef24dad": "PEÑA DEPORTIVA LA ESTRELLA",
    "a344e342": "«Каменореченский вестник»",
    "cb59d616": "石榴湾水库建成四十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Orinoco Tribune ¶49/53, Padrino ¶33/53; "this criminal, colonial, savage war" ¶57
    Query("Orinoco Tribune Padrino savage war", "f78fdcd6", "cross-paragraph"),
    # "seawater desalination" (Madbouly) ¶413; the pauk-phaw friendship (Myanmar) ¶415/419
    Query("seawater desalination pauk-phaw", "26d64f12", "cross-paragraph"),
    # Scottish soldiers "on the Burmese battlefield" ¶275; the Minyuan Stadium, "Modeled after London's
    # Stamford Bridge" ¶291
    Query("Burmese battlefield Stamford Bridge", "7ab1f62c", "cross-paragraph"),
    # Yin Yong, Mayor of Beijing, among those who greeted Kim ¶221; "shared weal and woe" ¶225
    Query("Yin Yong weal and woe", "eca32116", "cross-paragraph"),
    # "Concrete examples from Botswana, Laos, Nepal, and Egypt" ¶537; the Dunhuang Salt Tower solar plant ¶539
    Query("Botswana Nepal Salt Tower", "6710eba1", "cross-paragraph"),
    # "formed a great wall with flesh and blood" ¶381; "the Theory of Three Represents" ¶383
    Query("Three Represents flesh and blood", "38a7d84f", "cross-paragraph"),
    # Word forms: the text has another form
    # "una red eléctrica inteligente … 'Bueno, nuestra red nunca se cae'" ¶335
    Query("la red eléctrica nunca se cayó", "dde32893", "word-form"),
    # JISCO, "alrededor de la cual los obreros construyeron la ciudad entera" ¶335
    Query("obreros construyendo la ciudad entera", "dde32893", "word-form"),
    # "Maduro further reaffirmed the ties of cooperation between Venezuela and China" ¶39
    Query("Maduro's reaffirmation of ties", "f78fdcd6", "word-form"),
    # "Guterres expressed his gratitude for China's strong and solid support" ¶409 (others express
    # gratitude in f78fdcd6 ¶43, 362ba691 ¶69/77, 20f574be ¶165, none of them Guterres)
    Query("Guterres expressing gratitude", "26d64f12", "word-form"),
    # "the perhaps overly fictionalised feature film … starring Jonathan Rhys Meyers as Hogg" ¶491
    Query("fictional film about Hogg", "ac7222d4", "word-form"),
    # Arthur Clegg "in his memoir … traces the roots of such solidarity back even further" ¶515
    Query("Clegg's memoir traced the roots of solidarity", "ac7222d4", "word-form"),
    # Another script or romanisation
    Query("Ориноко Трибьюн", "f78fdcd6", "translit"),  # Orinoco Tribune ¶49/53 in Cyrillic
    # the film 'The Children of Huang Shi' and Chen Hansheng ¶491 in Cyrillic
    Query("Хуан Ши Чэнь Ханьшэн", "ac7222d4", "translit"),
    # Ba Dinh Square in Cyrillic: the ceremony Zhao Leji attended (362ba691 ¶73); Thongloun was there (20f574be ¶143)
    Query("Бадинь", "362ba691", "translit", also=("20f574be",)),
    Query("Нян Зан", "20f574be", "translit"),  # the newspaper Nhân Dân ¶145/151 in Cyrillic
    # 俄罗斯联邦 in the joint statement's Chinese title (003 ¶20), in pinyin
    Query("Eluosi lianbang", "b39d8185", "translit"),
    # Wade-Giles for Xi'an and Yan'an: "visitamos Xi'an, Yan'an, Dunhuang" ¶307; Yan'an alone in 6710eba1 ¶535/557
    Query("Hsi-an Yen-an", "dde32893", "translit", also=("6710eba1",)),
    # Russian (names written in Cyrillic)
    Query("Майкл Линдсей", "ac7222d4", "russian"),  # Michael Lindsay, later 2nd Baron Lindsay of Birker ¶501
    Query("Джордж Хогг и Реви Алли", "ac7222d4", "russian"),  # George Hogg and his mentor Rewi Alley ¶495
    Query("Луонг Кыонг", "362ba691", "russian"),  # Vietnamese President Luong Cuong ¶71
    # Spanish
    Query("anfitriones nos avisaron contra el tren bala", "dde32893", "spanish"),  # ¶329
    # "En Shanghái fuimos a una fábrica de robótica en donde demostraron los avances en la cirugía e industria" ¶339
    Query("cirugía e industria en Shanghái", "dde32893", "spanish"),
    # Yan'an, where "el PCCh … tuvo el 7mo Congreso Nacional" ¶315; 6710eba1: "held the 7th National Congress" ¶557
    Query("el 7mo Congreso Nacional en Yan'an", "dde32893", "spanish", also=("6710eba1",)),
    # Chinese (names in Chinese characters)
    # Keith Bennett: his paper ac7222d4 ¶475/477; a webinar speaker d89fdf72 ¶367
    Query("基思·贝内特", "ac7222d4", "chinese", also=("d89fdf72",)),
    Query("哈立德·本·穆罕默德", "e065690c", "chinese"),  # Crown Prince Khaled bin Mohamed ¶451
    Query("伊戈尔·谢尔盖延科", "20f574be", "chinese"),  # Igor Sergeenko, Speaker of the House of Belarus ¶157
    # Mentions and zero-width spaces around the real words
    # "starring Jonathan Rhys Meyers as Hogg" in 'The Children of Huang Shi' ¶491
    Query("@everyone \u200bJonathan Rhys Meyers Huang Shi", "ac7222d4", "mention-noise"),
    # "the principles of the Nuremberg and Tokyo Trials" 003 ¶39 (ccf1d4fa ¶125: "the actual Nuremberg Trial" only)
    Query("<#88> \u200bNuremberg Tokyo Trials\u200b", "b39d8185", "mention-noise"),
    # the title "… leaders from Armenia, Belarus, Maldives, Azerbaijan, Kyrgyzstan, India and Türkiye" ¶253
    Query("<@3090> \u200bMaldives Azerbaijan Kyrgyzstan", "0e5d6094", "mention-noise"),
    # Typos (1–2 edits)
    Query("Mnangawa", "faecd2e1", "typo"),  # Mnangagwa ¶5/11
    Query("Kurelsukh", "c061f0a1", "typo"),  # Khurelsukh ¶187/197/199
    Query("Guterress", "26d64f12", "typo"),  # Guterres ¶405/407/409
    # Names
    Query("Zheng Bofei Norman Bethune", "7ab1f62c", "name"),  # Bethune ¶275, Zheng Bofei ¶287
    Query("Shehbaz Sharif Shavkat Mirziyoyev", "3a9fa4ed", "name"),  # ¶207, ¶211
    Query("Kassym-Jomart Tokayev Min Aung Hlaing", "26d64f12", "name"),  # ¶405
    # Phrases
    Query("an option that was open to relatively few", "ac7222d4", "phrase"),  # ¶501
    # ¶245 (d807680a ¶89: "the friendship is rock-solid" only)
    Query("rock-solid and the shared asset of the two peoples", "5a5d8582", "phrase"),
    Query("meticulous verification of historical records", "097182f6", "phrase"),  # 000 ¶11
    # Questions
    # "President Xi delivered an important statement entitled, 'Staying True to SCO Founding Mission …'" ¶431
    Query("what was Xi's statement at the SCO Summit called?", "9e49ddff", "question"),
    # Hogg "asked to have the 'Communist Manifesto' read to him. I read it" ¶499
    Query("what did Rewi Alley read to Hogg?", "ac7222d4", "question"),
    # "Xinhua correspondents Zheng Bofei and Jin Jing write: 'At the 1924 Paris Olympics, Eric Liddell …'" ¶287
    Query("who are the Xinhua correspondents writing about Liddell?", "7ab1f62c", "question"),
    # Topics
    # "an important dialogue partner of the SCO" ¶415
    Query("Myanmar dialogue partner of the SCO", "26d64f12", "topic"),
    # "opposition to what both sides describe as US hegemony" 003 ¶3
    Query("US hegemony opposition", "b39d8185", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Пашинян Ереван",  # Pashinyan (0e5d6094 ¶257/259) met Xi in Tianjin; Yerevan is never mentioned
    # Khabarovsk (054ef6fb ¶6/12: a memorial complex under construction) is two edits away; no museum anywhere
    "Khabarovka war museum",
    # JISCO (dde32893 ¶335): a company town, green cover, a dairy farm and a winery; no exports, no "acero"
    "JISCO exportaciones de acero",
    "胡志明市 地铁",  # Ho Chi Minh (362ba691): the leader, his mausoleum and stilt house; no city, no metro
    # "topping the public vote when inducted into the Scottish Sports Hall of Fame" (7ab1f62c ¶287): no number
    "how many votes did Liddell get in the Hall of Fame poll?",
    "Sassou Nguesso oil exports",  # Sassou Nguesso (faecd2e1 ¶23–27): zero-tariff treatment, FOCAC; no oil, no exports
    "Mnangagwa tobacco",  # Mnangagwa (faecd2e1): infrastructure, mining, investment, trade; no tobacco
    "Prabowo Jakarta floods",  # Prabowo (e065690c ¶451) attended the BRICS summit; no Jakarta, no flood in seeds/
    "who is the president of the Maldives?",  # the Maldives only in a title (0e5d6094 ¶253); its leader is never named
    # Guterres (26d64f12); no Lisbon; the only mayor is Yin Yong, Mayor of Beijing (eca32116 ¶221)
    "Guterres Lisbon mayor",
    "Tsingtao brewery",  # Tsinghua University (ac7222d4 ¶475) is three edits away; no brewery
    # Hun Sen (20f574be ¶154), President of the CPP and of the Senate of Cambodia; nothing about retiring
    "洪森 退休",
    # the Orinoco Tribune (f78fdcd6 ¶49/53) first published the article; "founded" (ac7222d4 ¶505/513) is the CCC's
    "what year was the Orinoco Tribune founded?",
    # Thongloun is Lao President (20f574be ¶135/153); no year when he took office
    "what year did Thongloun become president?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # BRAMBLECOTE RUSHBEARING ¶1; "tug-of-war Bramblecote v Low Skelby" ¶17; "Ceilidh and raffle draw" ¶24
    Query("Bramblecote tug-of-war raffle draw", "420c5c44", "cross-paragraph"),
    # "1. Refuse collection" ¶8–12; the Millennium Beacon "on Carn Hill" ¶17 (Corbury Beacon, 28867423 ¶7, is another)
    Query("refuse collection Carn Hill beacon", "8fd4daa2", "cross-paragraph"),
    # "ice-cream maker and keeper of the Hawsby swift log" ¶4; "Aldo Marchetti, an ice-cream maker from Bardi" ¶10–11
    Query("Bardi ice-cream swift log", "51c4fde3", "cross-paragraph"),
    # old Peter Taugwalder ¶14; "A talk on the first ascent, with Harry Dunn's slides" ¶24
    Query("Taugwalder Harry Dunn slides", "682b54c2", "cross-paragraph"),
    # first director Dr Hilda Vane ¶13; "a rooftop observatory" ¶21 (6cf17396 ¶1: a garden observatory)
    Query("Hilda Vane rooftop observatory", "9dabc91b", "cross-paragraph"),
    # "by Martin Crewe" ¶3/26; "plates taken at Palomar" ¶9; "the Perseids" ¶22
    Query("Martin Crewe Perseids Palomar", "6cf17396", "cross-paragraph"),
    # "a sea hare" ¶5; "managed by the Westshore Wildlife Trust" ¶22
    Query("Westshore Wildlife Trust sea hare", "bc0ab0c7", "cross-paragraph"),
    # Talk: "Horse brasses and what they meant" ¶14; "Please ring Brenda Coxall" ¶22–23
    Query("Brenda Coxall horse brasses", "14cf4ead", "cross-paragraph"),
    Query("周德顺 韩伟", "cb59d616", "cross-paragraph"),  # 周德顺老人 ¶8; 管理所所长韩伟 ¶16
    # Word forms
    # "Edward Whymper's party stood on top of the Matterhorn … was climbed at last" ¶6–7
    Query("Whymper's climb of the Matterhorn", "682b54c2", "word-form"),
    # "Comet Shoemaker-Levy 9 hit Jupiter" ¶5; the fragments ¶10–13
    Query("comet fragment hitting Jupiter", "6cf17396", "word-form"),
    # "The medieval market cross" ¶15; "The vicar will rededicate it" ¶17
    Query("vicar rededicating the medieval cross", "09bf9ab2", "word-form"),
    # "More than 140 homes in the Low Town were flooded"; the water gone "but not from the cellars" ¶23–25
    Query("Low Town cellars flooding", "79662d70", "word-form"),
    Query("Elizabeth II dying at Balmoral", "15863b32", "word-form"),  # "Queen Elizabeth II, who died at Balmoral" ¶27
    Query("opening of the Corbury bypass", "28867423", "word-form"),  # "The Corbury bypass was opened on 19 June" ¶17
    # "ganó su primer Mundial … la peña, que nació precisamente para verla" ¶6–7
    Query("peña nacida para ver el Mundial", "3ef24dad", "word-form"),
    Query("aplazamiento de la asamblea general", "3ef24dad", "word-form"),  # "La asamblea general se aplaza" ¶23
    # "Сама же станция «Мир» … была затоплена в Тихом океане" ¶14–15
    Query("затопление станции «Мир»", "a344e342", "word-form"),
    Query("отстыковка «Союза» от «Мира»", "a344e342", "word-form"),  # "«Союз» отстыковался от «Мира»" ¶13
    # Another script or romanisation
    Query("Эдвард Уимпер", "682b54c2", "translit"),  # Edward Whymper ¶6
    Query("Джонни Уилкинсон", "4708eb72", "translit"),  # Jonny Wilkinson ¶15/17
    Query("Galina Somova", "a344e342", "translit"),  # "Руководитель кружка Галина Петровна Сомова" ¶10
    Query("Kizim Solovyov", "a344e342", "translit"),  # "с Леонидом Кизимом и Владимиром Соловьёвым" ¶11–12
    Query("Shiliuwan shuiku", "cb59d616", "translit"),  # 石榴湾水库 ¶1/4 in pinyin
    Query("Zhou Deshun", "cb59d616", "translit"),  # 七十八岁的周德顺老人 ¶8
    Query("Lin Xiaoyan", "cb59d616", "translit"),  # 本报讯（记者 林小燕） ¶4
    Query("Хильда Вейн", "9dabc91b", "translit"),  # Dr Hilda Vane ¶13
    Query("舒梅克-列维 帕洛马", "6cf17396", "translit"),  # Comet Shoemaker-Levy 9 ¶5, Palomar ¶9, in characters
    # "el bar de Fermín" ¶11, Villacorza del Río ¶2/13/27, accents dropped
    Query("Fermin Villacorza del Rio", "3ef24dad", "translit"),
    Query("Балморал", "15863b32", "translit"),  # Balmoral ¶27
    Query("Марчетти", "51c4fde3", "translit"),  # Elsie and Aldo Marchetti ¶3/6/10/24
    # Russian
    Query("выставка кружка юных космонавтов", "a344e342", "russian"),  # ¶8
    # "12 апреля, в День космонавтики, кружок проведёт запуск моделей ракет на стадионе «Труд»" ¶18–19
    Query("стадион «Труд» День космонавтики", "a344e342", "russian"),
    Query("запись новых участников в кабинете 214", "a344e342", "russian"),  # ¶22
    Query("показы фильмов в актовом зале", "a344e342", "russian"),  # "в актовом зале пройдут показы фильмов" ¶17–18
    # Spanish
    Query("videollamada a la misma hora que empezó la final", "3ef24dad", "spanish"),  # ¶18
    Query("lotería de Navidad de la peña", "3ef24dad", "spanish"),  # ¶25
    Query("autobús descubierto por Madrid", "3ef24dad", "spanish"),  # "recorrieron Madrid en autobús descubierto" ¶14
    Query("Puyol marcó de cabeza a Alemania", "3ef24dad", "spanish"),  # ¶13
    # Chinese
    Query("大坝合龙 鞭炮", "cb59d616", "chinese"),  # 大坝合龙，工地上的鞭炮响了一整夜 ¶9–10
    Query("灌溉农田八万多亩", "cb59d616", "chinese"),  # ¶12
    Query("坝顶步道", "cb59d616", "chinese"),  # 明年5月1日将开放坝顶步道 ¶16
    Query("导流洞打通", "cb59d616", "chinese"),  # 12月底，导流洞打通 ¶9
    # Mentions and zero-width spaces
    # "hopes to borrow a replica of the Webb Ellis Cup" ¶20
    Query("<@8812> \u200bWebb Ellis Cup replica", "4708eb72", "mention-noise"),
    # "a book of condolence stays open in the town hall" ¶28
    Query("@everyone \u200bbook of condolence town hall\u200b", "15863b32", "mention-noise"),
    Query("<#3301> Perseids \u200bpeak", "6cf17396", "mention-noise"),  # "the Perseids, which peak on …" ¶22
    # Typos
    Query("Crownhallow museum", "14cf4ead", "typo"),  # CROWNHOLLOW MUSEUM OF RURAL LIFE ¶1
    Query("Ormside planetarium", "9dabc91b", "typo"),  # Ormeside Planetarium ¶2/6/8
    Query("Shoemaker-Levi comet", "6cf17396", "typo"),  # Comet Shoemaker-Levy 9 ¶5
    # "Winderby bus station will close … buses will use temporary stops on Bridge Street" ¶7–8
    Query("Winderbey Bridge Street temporary stops", "a292e15a", "typo"),
    # Joan Hebden, the mayor who cut the ribbon: 5186ce05 ¶7–8 (back at 84), f01c3e07 ¶8 (the opening)
    Query("Joan Hebdon", "5186ce05", "typo", also=("f01c3e07",)),
    # Names
    Query("Walter Prior", "79662d70", "name"),  # "said Walter Prior, 81" ¶26–27
    Query("Colin Armitage", "5186ce05", "name"),  # ¶13
    Query("Ted Harnett", "28867423", "name"),  # "LOOKING BACK with Ted Harnett" ¶1–2
    Query("Sue Okafor", "4cd2879b", "name"),  # "Chosen by the Clarion's librarian, Sue Okafor" ¶2
    # Phrases
    Query("not quite enough to go round", "28867423", "phrase"),  # ¶9
    Query("cloud, rain, despair", "6cf17396", "phrase"),  # ¶15
    Query("nobody is re-enacting anything", "682b54c2", "phrase"),  # ¶20
    Query("put every stone back the way you found it", "bc0ab0c7", "phrase"),  # ¶20
    # Questions
    Query("when will the Ormeside Planetarium reopen?", "9dabc91b", "question"),  # "on Saturday 1 April" ¶8
    Query("how much did the Winderby bus station scheme cost?", "a292e15a", "question"),  # "the £900,000 scheme" ¶10
    Query("at what age did Elsie Marchetti die?", "51c4fde3", "question"),  # "died peacefully at home aged 91" ¶6
    # "It was taken down on 2 December the year before last" ¶16 (8fd4daa2 ¶15: the Millennium stage "taken down")
    Query("when was the market cross taken down?", "09bf9ab2", "question"),
    Query("what time will the Millennium Beacon be lit?", "8fd4daa2", "question"),  # "lit at 11.45pm" ¶17
    # Topics
    # "our own Hong Kong Garden restaurant is promising free spring rolls" ¶23–24
    Query("Hong Kong Garden restaurant free spring rolls", "28867423", "topic"),
    Query("Friends' AGM in the threshing barn", "14cf4ead", "topic"),  # ¶11
    # Fothersby Leisure Pool ¶4, the wave machine "switched off since 3 March for repairs" ¶17–18
    # (f01c3e07 ¶7: the leisure pool's opening, no wave machine)
    Query("leisure pool wave machine repairs", "5186ce05", "topic"),
    Query("Winderby Rugby Club drop goal", "4708eb72", "topic"),  # ¶16–17
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Joan Hebden (f01c3e07, 5186ce05) is alive at 84; the funerals are Elsie Marchetti's (51c4fde3 ¶21) and the
    # Queen's (15863b32 ¶26)
    "Joan Hebden funeral",
    "Harry Dunn Everest expedition",  # the late Harry Dunn (682b54c2 ¶21/24) led the 1965 Matterhorn party; no Everest
    # Winderby (a292e15a, 4708eb72, 15863b32) has no pool; the pool and its galas are Fothersby's (5186ce05 ¶7/17)
    "Winderby pool gala",
    "Corbury flood",  # Corbury (28867423): jubilees, a show, the bypass; the flood is Fothersby's (79662d70)
    # the Ormeside Planetarium (9dabc91b): dates, no prices; "Season tickets" are the pool's (f01c3e07 ¶9)
    "Ormeside planetarium ticket prices",
    # the Society opens its dome (6cf17396 ¶17); "members" are Ormeside's (9dabc91b ¶17) and Ravensgill's (682b54c2 ¶8)
    "Hallowby Astronomical Society membership",
    # Ann Follett (682b54c2 ¶20), the mountaineering club's secretary; the rushbearing is Bramblecote's (420c5c44)
    "Ann Follett rushbearing",
    "Fothergill pool",  # Fothersby and its pool (f01c3e07, 5186ce05) are four edits away; no Fothergill
    "Hawkesby bypass",  # Hawsby (51c4fde3) is two edits away; the bypass is Corbury's (28867423 ¶17)
    # Ravensgill (682b54c2) is five edits away; the Matterhorn article has a mountain, no rescue
    "Ravenglass mountain rescue",
    # Кизим (a344e342 ¶11) flew to «Мир» and on to «Салют-7»; no spacewalk («открыта» is the exhibition ¶17)
    "Кизим выход в открытый космос",
    "Iniesta gol en la Eurocopa",  # Iniesta (3ef24dad ¶14) scored in the 2010 Mundial final; no Eurocopa
    "¿quién es el presidente de la peña?",  # the peña (3ef24dad ¶27) signs as La Junta Directiva; no president
    "石榴湾水库 发电站",  # 石榴湾水库 (cb59d616): irrigation, flood storage, a dam-top path; no power station
    "石榴湾水库大坝有多高",  # the dam (cb59d616 ¶9/15) was closed and will be strengthened; no height
    "when was the Bramblecote Silver Band formed?",  # the Silver Band (420c5c44 ¶8) plays the opening concert; no date
    # a notice issued before the beacon was lit (8fd4daa2 ¶6/17); no crowd, no number
    "how many people watched the Carnwick Millennium Beacon?",
    "Wilkinson knighthood",  # Jonny Wilkinson's drop goal (4708eb72 ¶17); no knighthood
    "Gannet Cove lighthouse",  # Gannet Cove (bc0ab0c7): a lookout, a car park, a tide board; no lighthouse
    "when was the Regal in Winderby built?",  # the Regal (15863b32 ¶27) shows the funeral; no date of building
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind50/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
