"""A hundred-and-twenty-sixth lookup query set, for tuning ranking (written in the sixty-third session): a TUNING
set, not a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on
it, and once used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and
tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind125.py and tests/queries_blind127.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some seventeen thousand), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: well over nine in ten first drafts (about two hundred and fifty were tried) were
  near-copies, including nearly every name, transcription, short phrase, Spanish sentence and
  two-passage join, so the seed part is smaller than planned (26 answerable instead of about 30) and
  the new documents carry the rest; the seed queries that survived are mostly longer joins of passages,
  rarer forms and questions.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind138/docs, copied as ONE
  corpus into a subfolder blind138/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 13 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 1 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 12 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Cyrillic and Chinese names in
Latin letters, pinyin without tones, accents dropped), russian 1 + 3, spanish 1 + 3, chinese 3 + 3,
mention-noise 1 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 4
(1–2 edits a word), name 0 + 4 (every seed name left had been used), phrase 1 + 4, question 4 + 9,
topic 2 + 6: 26 + 73 = 99 answerable, and 15 + 35 = 50 unanswerable. Every answerable query is answered
by the documents' own words in some form, spelling or script (names may be written in another script);
none needs a translation of a common noun or a synonym the text never uses to find its article. Three
English seed questions ask about the Spanish interview (dde32893) and find it by its names (Sydney
Loving, JISCO, the Gobi); the answer itself is in Spanish there.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won a cup or a junior tournament, who conducted a funeral, who a commodore, a mayor or a party leader
was, what a ferry was called, what a phone, a court, a train ticket or a webinar cost, how many
families, exhibits, seats, old people or nights, when someone died or joined, what time a coach comes
back or a reading begins, which airline); a place the corpus does not hold (two or more edits from
anything in it, or simply absent) joined to a subject it does; Russian, Spanish and Chinese ones. Each
shares one or more words with its corpus on purpose (in another script for some of the seeds' ones), and
every article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind138/docs/* into ONE temporary
# corpus folder under the subfolder blind138/: files are then "blind138/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind138/docs",)
NEWDOCS_SUBDIRS = ("blind138",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "cbb82905": "BRAYHOLME LOCAL HISTORY SOCIETY",
    "cfa73a84": "BRICK IN MY POCKET",
    "c7891e73": 'FIFTY YEARS OF "ON 199"',
    # en_gillhaven_courier_digest.txt, split by the loader, each cutting titled by its dateline: the World Cup
    # semi-final of 1990 (¶1–5), the Coronation street party (¶9–13), the festive opening times of 2021 (¶17–21);
    # the "----------" rules (¶7, ¶15) belong to none of them
    "183ab840": "Gillhaven Courier, Thursday 5 July 1990",
    "7883f76d": "Gillhaven Courier, Saturday 31 May",
    "e6414c4f": "Gillhaven Courier, Friday 17 December 2021",
    "b0cefabc": "HOLMSCAR PRIMARY SCHOOL",
    "46d6b9ce": "OTTERMOOR TAI CHI GROUP",
    "cfef8f3e": "PELLACOMBE WOODS",
    "202c6e79": "PELSWORTH TOWN COUNCIL",
    # en_pelsworth_standard_digest.txt, split by the loader, each cutting titled by its dateline: the Green Bus's
    # first run in 1985 (¶1–5), the twinning at twenty-five (¶9–13), the leap-day wedding of 2012 (¶17–21); the
    # rules (¶7, ¶15) belong to none of them
    "babd7f78": "Pelsworth Standard, Tuesday 16 April 1985",
    "d90eaa7c": "Pelsworth Standard, Friday 7 September",
    "75d8cba6": "Pelsworth Standard, Friday 2 March 2012",
    # the news story has no headline: the loader titles it with its first paragraph
    "48f0b593": "PONTYRHODD, Saturday 1 September",
    "b15837e9": "THE TARNHOLT OBSERVER",
    "27fa3c6a": "THIRZA TALLENTIRE",
    "9d8d7eed": "Villaceniza, martes 28 de junio",
    "248565a0": "Лиственск, среда, 8 декабря",
    "ad9290ea": "桐湾天文爱好者协会纪念北京天文馆开馆六十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Mnangagwa "will unwaveringly adhere to the one-China principle" ¶11; "Prime Minister Fico said … this is truly
    # impressive" ¶19
    Query("Mnangagwa unwaveringly adhere, Fico truly impressive", "faecd2e1", "cross-paragraph"),
    # Thongloun was in China for the SCO Summit, "where his country was admitted as a SCO Partner" ¶137; "Thongloun
    # visited Hanoi to participate in the grand ceremony marking the 80th anniversary of the August Revolution" ¶143
    Query("Laos SCO Partner Hanoi August Revolution", "20f574be", "cross-paragraph"),
    # "the principles of the Nuremberg and Tokyo Trials, describing their rulings as foundational to international
    # law" line 39; "distancing itself from symbols like the Yasukuni Shrine" line 41; "Taiwan is an inalienable part
    # of the PRC" line 51
    Query(
        "Tokyo Trials rulings foundational, Yasukuni Shrine symbols, Taiwan inalienable", "b39d8185", "cross-paragraph"
    ),
    # "that war, which spread across Asia, Europe, Africa and Oceania, more than 100 million troops and civilians …
    # were injured or killed" ¶7; "oppose any acts of distorting history and beautifying Nazis, militarists and their
    # accomplices" ¶11
    Query("Oceania injured or killed, beautifying Nazis militarists accomplices", "424ab945", "cross-paragraph"),
    # "finally as headmaster of the Shandan Bailie School" ¶483; "to work with Gung Ho [the Chinese Industrial
    # Cooperatives]" ¶497; "he asked to have the 'Communist Manifesto' read to him" ¶499
    Query(
        "Shandan Bailie School headmaster, Gung Ho Industrial Cooperatives, Communist Manifesto read to him",
        "ac7222d4",
        "cross-paragraph",
    ),
    # "Sydney Loving's interview in FightBack News" ¶297; "En Jiayuguan pasamos por uno de los 'Centros del
    # Partido,' … pedir ayuda de los cadres" ¶345
    Query("FightBack News interview, Jiayuguan Centros del Partido cadres", "dde32893", "cross-paragraph"),
    # "whose country holds the current rotating Chair of BRICS … Brazil … the representatives of India and Ethiopia.
    # India was represented by Foreign Minister Subrahmanyam Jaishankar" ¶451; "Tariff blackmail is being
    # normalised" ¶463
    Query(
        "rotating Chair Brazil, Ethiopia representatives, Jaishankar, tariff blackmail normalised",
        "e065690c",
        "cross-paragraph",
    ),
    # "David Horsley is also the author of a booklet on the life of Claudia Jones" ¶123; "the outstanding None Shall
    # Escape the Judgement made in 1944" ¶125
    Query("David Horsley booklet Claudia Jones, None Shall Escape the Judgement 1944", "ccf1d4fa", "cross-paragraph"),
    # Word forms: the text has another form
    # "From Caracas, we gift the Chinese people and President Xi Jinping this monument, which will be a permanent
    # testament" ¶35 and ¶55 (gift → gifting; "gifting" is nowhere in seeds/)
    Query("Maduro gifting Caracas monument as a permanent testament", "f78fdcd6", "word-form"),
    # Another script or romanisation
    # "United Nations Secretary General António Guterres … Myanmar's Acting President Min Aung Hlaing" met in Tianjin
    # ¶405, in Cyrillic ("in Tianjin")
    Query("Мин Аун Хлайн и Антониу Гутерриш в Тяньцзине", "26d64f12", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Thongloun visited Hanoi to participate in the grand ceremony" ¶143 ("about Thongloun in Hanoi"; 362ba691 has
    # Hanoi but not Thongloun)
    Query("о Тхонглуне в Ханое", "20f574be", "russian"),
    # Spanish
    # "las madres y sus hijos simplemente caminaban tras cada intersección" ¶323; "el tren normal también fue genial"
    # ¶329
    Query("madres e hijos en cada intersección, tren normal genial", "dde32893", "spanish"),
    # Chinese (names in Chinese characters, and the joint statement's own Chinese title)
    # "Xi Jinping visited Moscow … joined President Vladimir Putin in commemorating the 80th anniversary of the Soviet
    # victory in the Great Patriotic War" line 2; "苏联伟大卫国战争胜利…80周年" line 20; c061f0a1 ¶193: "President Xi
    # paid a state visit to Russia and attended the celebrations marking the 80th anniversary of the victory of the
    # Soviet Union's Great Patriotic War last May"
    Query("莫斯科 卫国战争 八十周年 习近平 普京", "b39d8185", "chinese", also=("c061f0a1",)),
    # "Zhao Leji also … visited Ho Chi Minh's Stilt House" ¶75 (胡志明 is Ho Chi Minh; 高脚屋 the named site)
    Query("胡志明 高脚屋", "362ba691", "chinese"),
    # "Cross-support on issues like Taiwan, Ukraine" line 17; "…关于进一步深化中俄新时代全面战略协作伙伴关系的联合声明"
    # line 20
    Query("乌克兰 台湾 联合声明", "b39d8185", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "a month-long 1,100 kilometre (700 miles) journey, most of it on foot and over snow covered mountain paths, to
    # the relative safety of Gansu" ¶485
    Query("<@55> Gansu snow covered mountain paths\u200b 700 miles", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    # "Vietnamese Prime Minister Pham Minh Chinh visited Tianjin" ¶79 (Chinh → Chin, Tianjin → Tiangin)
    Query("Pham Minh Chin Tiangin", "362ba691", "typo"),
    # "Ivan Melnikov … in Khabarovsk" line 6 of 001 (Melnikov → Melnikow, Khabarovsk → Habarovsk)
    Query("Ivan Melnikow Habarovsk", "054ef6fb", "typo"),
    Query("Sidney Lovin", "dde32893", "typo"),  # "Sydney Loving" ¶297–305 (one edit a word)
    # Phrases
    # "hopes that the Chinese people will continue to make new and greater achievements in building socialism" ¶97
    Query("the Chinese people will continue to make new and greater achievements", "d807680a", "phrase"),
    # Questions
    # "una visita de diez días a cinco ciudades en China" ¶301; "durante 10 días visitamos Xi'an, Yan'an, Dunhuang,
    # Jiayuguan y Shanghái" ¶307 (found by "Sydney Loving's … delegation", ¶297)
    Query("how many days did Sydney Loving's delegation spend in China?", "dde32893", "question"),
    # "El Partido Comunista estuvo en todas partes. Digo acaban de celebrar haber alcanzado 100 millones de
    # miembros" ¶345 (Loving's answer)
    Query("how many members does the Communist Party of China have according to Loving?", "dde32893", "question"),
    # "En Jiayuguan, visitamos JISCO … Hoy tiene una cobertura verde de 42% … y recuerda que esto es el desierto
    # Gobi" ¶335
    Query("what green cover does JISCO's city have in the Gobi?", "dde32893", "question"),
    # "Her final defiant words before a firing squad says after her death, that many more will follow in her place"
    # ¶117; "sacrificing her life for the cause of freedom" ¶115
    Query("what is the Lady From Chungking heroine's fate before a firing squad?", "ccf1d4fa", "question"),
    # Topics
    # "the sculpture also represents recognition of both the Chinese and global anti-fascist cause, along with the
    # firm determination of both countries to resist any aggression or military invasion" ¶47 (Lan Hu's words,
    # ¶43–47)
    Query("Lan Hu sculpture firm determination resist military invasion", "f78fdcd6", "topic"),
    # "the devout Christian made a choice that again surprised many: he returned to Tianjin, the northern Chinese city
    # of his birth" ¶289
    Query("the devout Christian returned to the city of his birth", "7ab1f62c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "durante 10 días visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" (dde32893 ¶307): no nights per city
    # (6710eba1 ¶537–539 has the Dunhuang dialogue and solar plant, no stay either)
    "¿cuántas noches durmió la delegación en Dunhuang?",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); Fudan University is the delegates' (6710eba1 ¶541)
    "Chen Weihua Fudan University",
    # Ulaanbaatar is not in the corpus; the Mongolian President met Xi in Beijing (c061f0a1 ¶187, in English)
    "乌兰巴托 蒙古 总统",
    # Mirziyoyev (3a9fa4ed ¶207–209) and Ramaphosa (e065690c ¶451, ¶467) in Cyrillic: no article names both
    "Мирзиёев и Рамафоса",
    # Callum Norris co-wrote the delegates' report (6710eba1 ¶533); the Stilt House is Zhao Leji's visit (362ba691 ¶75)
    "Callum Norris Stilt House",
    # Madbouly is Egypt's Prime Minister (26d64f12 ¶405, ¶411–413); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Madbouly Minyuan",
    # Zheng Bofei is a Xinhua correspondent writing on Liddell (7ab1f62c ¶287); the blockade is Cuba's (d807680a ¶101)
    "Zheng Bofei Cuban blockade",
    # Josep Borrell is not in the corpus (Tianjin, in Cyrillic, is in many articles)
    "Жозеп Боррель Тяньцзинь",
    # Díaz-Canel "paid a state visit to Laos, September 6-7, following his own visits to Vietnam and China"
    # (20f574be ¶161); no airline, and Vientiane is not in the corpus
    "which airline flew Díaz-Canel from Hanoi to Vientiane?",
    # the season is "currently showing at the British Film Institute (BFI) on London's Southbank until October 8"
    # (ccf1d4fa ¶111); no seats
    "how many seats does the BFI Southbank cinema hold for the Anna May Wong season?",
    # Bethune is "heir to a Scottish family of doctors" (7ab1f62c ¶275); nothing on his age or on leaving Scotland
    "at what age did Norman Bethune leave Scotland?",
    # Kazan is not in the corpus; Liu Qibao visited the veteran Lev Abramov (054ef6fb line 14), and the memorial
    # complex is near Khabarovsk (line 12)
    "Kazan veterans memorial Lev Abramov",
    # Chow Yun-fat plays Chen Hansheng in a film (ac7222d4 ¶491); the Lenovo factory is in Shanghai (dde32893 ¶339)
    "Chen Hansheng Lenovo factory",
    # the webinar (d89fdf72 ¶351–373) gives its date, hours, speakers and organisers; no price ("how much were tickets
    # for the Friends of Socialist China webinar")
    "сколько стоили билеты на вебинар Friends of Socialist China",
    # "the General Secretary of the United Left Movement Party of the Dominican Republic" (20f574be ¶159) is not named
    "what was the name of the Dominican party leader at the Hanoi ceremony?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "'Under Coppergate', an illustrated talk by Dr Ingrid Sowerby" ¶10; "a talk by Harold Bielby, who joined the dig
    # … and drove its dumper truck all that summer" ¶20
    Query("Ingrid Sowerby Harold Bielby dumper truck", "cbb82905", "cross-paragraph"),
    # "Ernie Wise, dressed as a Dickensian coachman, made the publicity call" ¶8; "a Transportable the size of a car
    # battery" ¶10; "That phone is now on the shelf above my desk, with its receipt" ¶12
    Query("Ernie Wise Dickensian coachman Transportable receipt", "cfa73a84", "cross-paragraph"),
    # "Maureen Tilley … kept a diary that year" ¶9; "Tickets for the record fair are £3 from the chandlery" ¶21
    Query("Maureen Tilley diary record fair chandlery", "c7891e73", "cross-paragraph"),
    # "the first driver, Len Gatenby, will cut the cake at noon" ¶10; "Councillor Ruth Amesbury" ¶12; "An information
    # evening will be held in the Corn Hall" ¶14 (babd7f78 ¶3 has Len Gatenby and ¶5 the Corn Hall, but no cake,
    # councillor or information evening)
    Query("Len Gatenby cake Ruth Amesbury Corn Hall information evening", "202c6e79", "cross-paragraph"),
    # "Dai Prothero hit five sixes in an over off a Gorseinon bowler" ¶9; "captained by Glenys Prothero, Dai's
    # granddaughter" ¶13
    Query("Dai Prothero Gorseinon Glenys granddaughter", "48f0b593", "cross-paragraph"),
    # "The Regent picture house in Bridge Street opens … with a programme of two feature films and an organ
    # interlude" ¶10; "The Rev. A. J. Fothergill told his congregation … that he would not be buying any" ¶6
    Query("Regent picture house organ interlude Rev. Fothergill", "b15837e9", "cross-paragraph"),
    # "THIRZA TALLENTIRE" ¶1; "born in Southport … the daughter of a sign-writer" ¶6; "Her letters home to her sister,
    # kept in a biscuit tin … The Dan Dare proofs" ¶8
    Query("Thirza Tallentire Southport sign-writer Dan Dare biscuit tin", "27fa3c6a", "cross-paragraph"),
    # "firmó en el bar Castilla el acta de fundación" ¶7; "Don Anselmo Crespo, socio fundador" ¶9; "la nueva pista de
    # hierba artificial" ¶13
    Query("Anselmo Crespo bar Castilla hierba artificial", "9d8d7eed", "cross-paragraph"),
    # "Борис Аркадьевич Сомов, ученик знаменитого физиолога Леона Орбели" ¶9; "областную олимпиаду по биологии" ¶19
    # (олимпиаду → олимпиада)
    Query("Сомов Орбели олимпиада по биологии", "248565a0", "cross-paragraph"),
    # 协会顾问、退休教师陈守仁 … 买了一张星图 ¶9; 联系人：协会秘书长吴晓梅 ¶21
    Query("陈守仁 星图 吴晓梅", "ad9290ea", "cross-paragraph"),
    # "the back room of the Drovers' Arms" ¶4; "Nominations … must reach Pat Venning" ¶12; "The summer weekend at
    # Kennacott Field Centre" ¶18
    Query("Pat Venning Kennacott Field Centre Drovers' Arms", "46d6b9ce", "cross-paragraph"),
    # "Our Nativity, 'The Donkey Who Could Not Count'" ¶8; "our own 'Holmscar Games'" ¶14; "Mrs C. Armitage" ¶26
    Query("Mrs Armitage Donkey Who Could Not Count Holmscar Games", "b0cefabc", "cross-paragraph"),
    # "the car park at the end of Quarry Lane" ¶6; "Evening walk with torches" ¶18; "finishes with soup in the barn" ¶22
    Query("Quarry Lane torches soup in the barn", "cfef8f3e", "cross-paragraph"),
    # Word forms: the text has another form (the forms used are not in the new documents; "ringing", "staying" and
    # "going" are in seeds/ only)
    # "where archaeologists had spent five years digging out the timber houses" ¶4 (spent → spending, irregular)
    Query("archaeologists spending five years digging out the timber houses", "cbb82905", "word-form"),
    # "Michael Harrison … rang his father from Parliament Square" ¶8 (rang → ringing, irregular)
    Query("Michael Harrison ringing his father from Parliament Square", "cfa73a84", "word-form"),
    Query("Caroline staying on the air", "c7891e73", "word-form"),  # "Caroline stayed on the air" ¶13
    # "Garfield Sobers hit all six balls of an over from Malcolm Nash for six at St Helen's" ¶3 (hit → hitting)
    Query("Sobers hitting six sixes off Malcolm Nash at St Helen's", "48f0b593", "word-form"),
    # "The Dan Dare proofs came back with every balloon too small and I have redone nine" ¶8 (redone → redoing)
    Query("redoing nine Dan Dare balloons", "27fa3c6a", "word-form"),
    # "England went out of the World Cup on penalties to West Germany" ¶3 (went → going, irregular)
    Query("England going out of the World Cup on penalties to West Germany", "183ab840", "word-form"),
    # "Manolo Santana venció al estadounidense Dennis Ralston" ¶5 (venció → venciendo)
    Query("Santana venciendo a Dennis Ralston", "9d8d7eed", "word-form"),
    # "Иван Петрович Павлов получил Нобелевскую премию по физиологии и медицине" ¶5 (получил → получает)
    Query("Павлов получает премию по физиологии и медицине", "248565a0", "word-form"),
    # "when Tom Hepburn and Jenna Cole married at the Corn Hall" ¶19 (married → marrying)
    Query("Tom Hepburn and Jenna Cole marrying at the Corn Hall", "75d8cba6", "word-form"),
    # Another script or romanisation
    Query("Радио Кэролайн", "c7891e73", "translit"),  # "regular broadcasting as Radio Caroline" ¶5, in Cyrillic
    # "Garfield Sobers hit all six balls of an over from Malcolm Nash" ¶3, in Cyrillic
    Query("Гарфилд Соберс Малкольм Нэш", "48f0b593", "translit"),
    # "Manolo Santana … el torneo de Wimbledon" ¶5, in Cyrillic
    Query("Маноло Сантана Уимблдон", "9d8d7eed", "translit"),
    # "El 1 de julio de 1966, Manolo Santana venció al estadounidense Dennis Ralston" ¶5, in Chinese characters
    Query("桑塔纳 拉尔斯顿 1966年", "9d8d7eed", "translit"),
    # "в Стокгольме Иван Петрович Павлов получил Нобелевскую премию" ¶5, in Latin letters
    Query("Ivan Petrovich Pavlov Stockholm", "248565a0", "translit"),
    # "Борис Аркадьевич Сомов, ученик знаменитого физиолога Леона Орбели" ¶9, in Latin letters
    Query("Leon Orbeli Boris Somov", "248565a0", "translit"),
    # 陈守仁 ¶9 and 吴晓梅 ¶21 in pinyin
    Query("Chen Shouren Wu Xiaomei", "ad9290ea", "translit"),
    Query("Tongwan tianwen aihaozhe xiehui", "ad9290ea", "translit"),  # 桐湾天文爱好者协会 ¶1 in pinyin
    # "Eric Liddell won the 400 metres there [Paris] on Friday 11 July 1924" ¶12, in Cyrillic (the only Liddell of
    # the new documents)
    Query("Эрик Лидделл Париж 1924", "b0cefabc", "translit"),
    # "Michael Harrison, son of the Vodafone chairman Sir Ernest Harrison" ¶8, in Cyrillic
    Query("Майкл Харрисон и сэр Эрнест Харрисон", "cfa73a84", "translit"),
    # "The Jorvik Viking Centre opened its doors in Coppergate, York" ¶4, in Cyrillic
    Query("Йорвик Коппергейт", "cbb82905", "translit"),
    # accents dropped: "se convirtió en el primer español que ganaba el torneo de Wimbledon" ¶5
    Query("el primer espanol que ganaba Wimbledon", "9d8d7eed", "translit"),
    # Russian
    Query("выставка «Павлов и его лаборатория»", "248565a0", "russian"),  # "откроется выставка «Павлов и его …»" ¶7
    # "дочь Сомова, Вера Борисовна, передала колледжу отцовский архив" ¶11
    Query("Вера Борисовна передала отцовский архив", "248565a0", "russian"),
    # "выставка будет закрыта на санитарный день" ¶21
    Query("выставка закрыта на санитарный день", "248565a0", "russian"),
    # Spanish
    # "el Club de Tenis Villaceniza lo recordará con un partido de exhibición entre veteranos del club" ¶5
    Query("partido de exhibición del Club de Tenis Villaceniza", "9d8d7eed", "spanish"),
    # "un grupo de once aficionados firmó en el bar Castilla el acta de fundación" ¶7 (firmó → firmaron)
    Query("firmaron el acta de fundación en el bar Castilla", "9d8d7eed", "spanish"),
    # "Los socios que conserven fotografías de los primeros años pueden llevarlas … para la exposición del vestíbulo"
    # ¶21
    Query("fotografías de los primeros años para la exposición del vestíbulo", "9d8d7eed", "spanish"),
    # Chinese
    Query("人造星空 天象仪", "ad9290ea", "chinese"),  # 天象厅里的天象仪能在圆顶上映出逼真的“人造星空” ¶5
    Query("月下读诗 中秋节", "ad9290ea", "chinese"),  # 中秋节当晚，即10月4日，还将举办“月下读诗”活动 ¶13
    Query("月全食 文化站 一起观看", "ad9290ea", "chinese"),  # 明年1月31日将发生月全食 … 到文化站一起观看 ¶17
    # Mentions and zero-width spaces
    # "children's workshop on runes and comb-making in the school hall" ¶14
    Query("<@2024> comb-making\u200b runes workshop", "cbb82905", "mention-noise"),
    # "broadcasting as Radio Caroline … play the station's first hour again through loudspeakers on the sea wall" ¶5
    Query("@everyone Radio Caroline\u200b sea wall loudspeakers", "c7891e73", "mention-noise"),
    # "The ground is open for junior nets … the season closes with the Mabbutt Cup final" ¶17
    Query("<#411> Mabbutt Cup\u200b junior nets", "48f0b593", "mention-noise"),
    # Typos
    Query("Thirza Tallentyre Crossgil", "27fa3c6a", "typo"),  # "THIRZA TALLENTIRE" ¶1, "Crossgill" ¶2/12/14/18
    Query("Pellacomb fungas forays", "cfef8f3e", "typo"),  # "PELLACOMBE WOODS" ¶1, "fungus forays" ¶2
    Query("Ottermor Tai Chi beginers", "46d6b9ce", "typo"),  # "OTTERMOOR TAI CHI GROUP" ¶1, "beginners' course" ¶10
    # "HOLMSCAR PRIMARY SCHOOL" ¶1; "Our Nativity, 'The Donkey Who Could Not Count'" ¶8
    Query("Holmscar Nativty Donky", "b0cefabc", "typo"),
    # Names
    Query("Ann Yeadon", "cbb82905", "name"),  # "Bookings for the coach trip … to Ann Yeadon" ¶24
    Query("Margaret Eddowes", "d90eaa7c", "name"),  # "Volunteers to host a guest … should ring Margaret Eddowes" ¶13
    Query("Ray Pengelly", "183ab840", "name"),  # "landlord Ray Pengelly" ¶3, "said Mr Pengelly" ¶5
    Query("Jim Oddie", "46d6b9ce", "name"),  # "Pat Venning (secretary) and Jim Oddie (treasurer)" ¶22
    # Phrases
    Query("a neat hand with a pen", "27fa3c6a", "phrase"),  # "an advertisement for 'a neat hand with a pen'" ¶6
    Query("a mast like a church spire", "c7891e73", "phrase"),  # Maureen Tilley's diary, ¶9
    # "'but there will be no bunting,' said Mr Pengelly" ¶5 (7883f76d ¶11 has "BUNTING FOR THE QUEEN", not this)
    Query("but there will be no bunting", "183ab840", "phrase"),
    Query("Bring a basket, not a plastic bag", "cfef8f3e", "phrase"),  # ¶16
    # Questions
    # "The Jorvik Viking Centre opened its doors in Coppergate, York, on Saturday 14 April 1984" ¶4
    Query("when did the Jorvik Viking Centre open?", "cbb82905", "question"),
    # "the autumn fair, which raised £1,140 for new playground equipment" ¶6
    Query("how much was raised for new playground equipment at Holmscar?", "b0cefabc", "question"),
    # "El 1 de julio de 1966, Manolo Santana … se convirtió en el primer español que ganaba el torneo de Wimbledon" ¶5
    Query("when did Manolo Santana win Wimbledon?", "9d8d7eed", "question"),
    # "The Pelsworth Community Minibus made its first run yesterday, Monday 15 April, carrying eleven passengers" ¶3
    # (202c6e79 ¶6–8 recalls the first run but gives no number for it)
    Query("how many passengers were on the Pelsworth minibus's first run?", "babd7f78", "question"),
    # "Later that day Ernie Wise … made the publicity call from St Katharine Docks" ¶8
    Query("who made the publicity call from St Katharine Docks?", "cfa73a84", "question"),
    # "Pelsworth was twinned with Saint-Aubin-sur-Loire on Sunday 5 September 1976" ¶11
    Query("when was Pelsworth twinned with Saint-Aubin-sur-Loire?", "d90eaa7c", "question"),
    # "The New Year's Day swim from the slipway starts at 11am on Saturday 1 January" ¶21
    Query("what time does the Gillhaven New Year's Day swim start?", "e6414c4f", "question"),
    # "the Coronation on 2 June 1953, when the same street held a tea for ninety children" ¶11
    Query("how many children had tea in Harbour Street at the Coronation?", "7883f76d", "question"),
    # "a twenty-over match against an invitation eleven in Nottinghamshire colours" ¶5; "The visitors, captained by
    # Glenys Prothero" ¶13
    Query("who captained the invitation eleven in Nottinghamshire colours?", "48f0b593", "question"),
    # Topics
    # "ERNIE, the electronic machine installed at Lytham St Annes, will make the first draw of the Premium Bonds" ¶6
    Query("ERNIE Lytham St Annes Premium Bonds", "b15837e9", "topic"),
    # "A LEAP DAY WEDDING. Pelsworth's registrar conducted her first leap-day wedding" ¶19
    Query("leap day wedding registrar", "75d8cba6", "topic"),
    # "The Jubilee committee has fixed the town's celebrations … and a bonfire on Tarn Knott at ten o'clock" ¶14
    Query("Jubilee bonfire on Tarn Knott", "b15837e9", "topic"),
    # "the Marine Broadcasting Offences Act came into force, and most of the pirate stations fell silent" ¶13
    Query("Marine Broadcasting Offences Act pirate stations", "c7891e73", "topic"),
    # "beginning with the first issue of Eagle, dated Friday 14 April 1950" ¶4
    Query("first issue of Eagle 1950", "27fa3c6a", "topic"),
    # "FESTIVE OPENING TIMES … The recycling centre is closed from 27 December to 3 January, and bin collections move
    # back one day" ¶19
    Query("festive bin collections and recycling centre", "e6414c4f", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Ann Yeadon takes the Brayholme coach bookings (cbb82905 ¶24); the fungus forays are Pellacombe's (cfef8f3e)
    "Ann Yeadon fungus foray",
    # Ray Pengelly is the Anchor's landlord in 1990 (183ab840 ¶3–5); the lifeboat open day is another cutting's
    # (e6414c4f ¶21)
    "Ray Pengelly lifeboat station open day",
    # Len Gatenby drove the Green Bus (babd7f78 ¶3, 202c6e79 ¶10); the civic reception is the twinning cutting's
    # (d90eaa7c ¶11)
    "Len Gatenby Saint-Aubin civic reception",
    # Margaret Eddowes finds hosts for the French guests (d90eaa7c ¶13); the ceilidh is the leap-day cutting's
    # (75d8cba6 ¶21)
    "Margaret Eddowes St Patrick's ceilidh",
    # Pat Venning is the tai chi group's secretary (46d6b9ce ¶12, ¶22); the Eagle exhibition is Thirza Tallentire's
    # (27fa3c6a ¶14)
    "Pat Venning Eagle exhibition",
    # Idris Mabbutt saw Sobers in 1968 (48f0b593 ¶7, ¶21); Radio Caroline is Frinstead's (c7891e73)
    "Idris Mabbutt Radio Caroline",
    # Maureen Tilley kept a diary in 1964 (c7891e73 ¶9–11, ¶23); the Premium Bonds are Tarnholt's (b15837e9 ¶6)
    "Maureen Tilley Premium Bonds",
    # Ruth Amesbury chairs Pelsworth's transport committee (202c6e79 ¶12); Wimbledon is Santana's (9d8d7eed)
    "Councillor Ruth Amesbury Wimbledon",
    # Boris Somov taught physiology in Listvensk (248565a0 ¶9); Wimbledon is the Spanish article's
    "Борис Сомов Уимблдон",
    # Mrs C. Armitage is Holmscar's headteacher (b0cefabc ¶26); tai chi is Ottermoor's (46d6b9ce)
    "Mrs Armitage tai chi",
    # "the season closes with the Mabbutt Cup final on Sunday the 16th" (48f0b593 ¶17): still to be played
    "which side won the Mabbutt Cup on the 16th?",
    # "The coach leaves the green at 9am" (cbb82905 ¶12); no return time
    "when does the Jorvik coach get back to the green?",
    # "a dinner for the old people in the Market Hall" (b15837e9 ¶14); no number
    "how many old people sat down to the Market Hall Jubilee dinner?",
    # the Frinstead Sailing Club (c7891e73 ¶5, ¶11) names no officer
    "who is the commodore of the Frinstead Sailing Club?",
    # "a converted Danish ferry anchored off the Essex coast" (c7891e73 ¶5); the ship is not named
    "what was the name of the Danish ferry that became Radio Caroline?",
    # Michael Harrison made the first call (cfa73a84 ¶8); the £1,950 phone is the blogger's father's (¶10)
    "how much did Michael Harrison's phone cost?",
    # "The bus was named by the Mayor on Saturday the 13th" (babd7f78 ¶3); the Mayor is not named
    "what was the Mayor of Pelsworth called in 1985?",
    # "Tickets are limited to two per family" (b0cefabc ¶8); no number of families
    "how many families came to the Holmscar Nativity?",
    # "The funeral will be at St Cuthbert's, Crossgill, on Friday 26 October at 11am" (27fa3c6a ¶18); no minister
    "who conducted Thirza Tallentire's funeral?",
    # "England went out of the World Cup on penalties to West Germany" (183ab840 ¶3); no score
    "what was the penalty shoot-out score against West Germany?",
    # "un torneo infantil con más de sesenta inscritos" (9d8d7eed ¶11); no winner
    "¿quién ganó el torneo infantil con más de sesenta inscritos?",
    # "La inauguración de la nueva pista de hierba artificial será el sábado 2" (9d8d7eed ¶13); no cost
    "¿cuánto costó la nueva pista de hierba artificial?",
    # the exhibition shows "старые учебники, фотографии и письма" (248565a0 ¶7); no count of exhibits
    "сколько экспонатов на выставке «Павлов и его лаборатория»?",
    # Somov's death is not given (the "умершего 27 февраля 1936 года" of 248565a0 ¶9 is Pavlov)
    "в каком году умер Борис Аркадьевич Сомов?",
    # 陈守仁 is the society's adviser (ad9290ea ¶9), 协会成立于2009年 (¶11); when he joined is not said
    "陈守仁 哪一年 加入 协会",
    # 中秋节当晚，即10月4日，还将举办“月下读诗”活动 (ad9290ea ¶13); no hour
    "月下读诗 活动 几点 开始",
    # 协会计划本月30日组织会员乘高铁赴京 (ad9290ea ¶15); no fare
    "协会 赴京 高铁 车票 多少钱",
    # Lincoln is not in the corpus; the Norse Week coach trip goes to York (cbb82905 ¶12)
    "Lincoln Norse week coach trip",
    # Llanelli is not in the corpus; the floodlights were borrowed for Pontyrhodd's match (48f0b593 ¶11)
    "Llanelli cricket club floodlights",
    # Great Yarmouth is not in the corpus; the pirate ship lay "off the Essex coast", off Walton (c7891e73 ¶5, ¶9)
    "Great Yarmouth pirate radio ship",
    # Listvyanka is not in the corpus (the college is in Лиственск, 248565a0)
    "Листвянка медицинский колледж выставка",
    # 南浔 is not in the corpus; the stargazing society is 桐湾's (ad9290ea ¶1, ¶11)
    "南浔 天文爱好者 观星活动",
    # Villacastín is not in the corpus (the tennis club is Villaceniza's, 9d8d7eed)
    "Villacastín club de tenis aniversario",
    # Dunstable is not in the corpus; the Corn Hall spring fair is Pelsworth's (75d8cba6 ¶21)
    "Dunstable Corn Hall spring fair",
    # "the television report broadcast on the evening of 14 April 1984" (cbb82905 ¶16); its makers are not named
    "who shot the television report of the Jorvik opening?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind138/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
