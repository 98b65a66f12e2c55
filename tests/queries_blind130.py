"""A hundred-and-thirtieth lookup query set, for tuning ranking (written in the sixty-fifth session): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind129.py and tests/queries_blind131.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (close to eighteen thousand), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are all but exhausted: of some two hundred and eighty seed drafts fewer than forty passed (every
  two-name pair, every quotable phrase, every Chinese and Cyrillic transcription of the seeds' names
  tried, and every "who/when/how many" about them had been used), so the seed part is smaller than
  asked (27 answerable, 10 unanswerable, no "name" query) and the new documents carry the rest; the
  seed queries that passed are mostly long joins of passages, inflected forms and typos.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind142/docs, copied as ONE
  corpus into a subfolder blind142/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 12 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 3 + 11
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 14 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Cyrillic names in Latin letters,
Chinese names and titles in pinyin without tones, accents dropped), russian 2 + 4, spanish 1 + 4,
chinese 1 + 4, mention-noise 3 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 3 + 4 (1–2 edits a word), name 0 + 3, phrase 2 + 4, question 2 + 8, topic 1 + 5:
27 + 76 answerable, and 10 + 37 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won a gala, played a part, captained a schooner, conducted a band or succeeded a director; who the
secretary or the stationmaster was; when someone was born; what a score, a length, a price or a cost
was; how many stalls; at what hour; which hotel or orchestra); a place the corpus does not hold (two or
more edits from anything in it, or simply absent) joined to a subject it does; Russian, Spanish and
Chinese ones. Each shares one or more words with its corpus on purpose (in another script for some of
the seeds' ones), and every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`; none was needed here: each
answerable query's words meet in one article only). For cross-paragraph queries the same script checked
that no paragraph (blank-line block or line, title line included; in seeds/000–003 each line, as in the
earlier sets) holds all of the query's words. For word-form queries it checked that the form the query
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

# The new-documents corpus is assembled by copying tests/gold/blind142/docs/* into ONE temporary
# corpus folder under the subfolder blind142/: files are then "blind142/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind142/docs",)
NEWDOCS_SUBDIRS = ("blind142",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_ambervale_courier_digest.txt, split by the loader: the header (¶1) and the first cutting, of 1989 (¶3–7), make
    # one article titled by the header; the 19 February cutting (¶11–15, EastEnders) and the 2023 one (¶19–25, the
    # pantomime) are titled by their datelines; the "----" rules belong to none of them
    "e444192a": "Ambervale Courier, Friday 3 March 1989",
    "7016074d": "Ambervale Courier, Thursday 19 February",
    "c64b5b39": "Ambervale Courier, Friday 8 December 2023",
    "8fe4a0a6": "THE BRIGSHAW EXAMINER",
    "df8ecc6e": "CEDRIC THREAPWOOD",
    "4d006d2f": "CUBITT REACH LOCAL HISTORY SOCIETY",
    "ca5f1a0a": "HOLLOWMEAD PRIMARY SCHOOL",
    "d1055e79": "MUDDY WELLIES AND MILK CHURNS",
    "564097f8": "OTTERMERE HAY MEADOWS",
    "172ca5e4": "QUARRYMOOR GEM AND MINERAL CLUB",
    "bff0ad6d": "SHEERWATER COVE, N.S., Tuesday 26 March",
    "bd398a96": "STONEHATCH TOWN COUNCIL — NEWS RELEASE",
    # en_stonehatch_mercury_digest.txt, split the same way: the header (¶1) and the 1987 reopening (¶3–7); the 11 March
    # cutting (¶11–15, the last cattle sale); the 2006 cutting (¶19–25, the lift)
    "cd52b602": "Stonehatch Mercury, Saturday 14 November",
    "eca11ece": "Stonehatch Mercury, Thursday 11 March",
    "3ab3a16e": "Stonehatch Mercury, Wednesday 31 May 2006",
    "d7d129c9": "Wrenfold Gazette · Friday 9 December",
    "9a28a3f2": "Villa Pehuenco, viernes 13 de abril",
    "1a8f2f9e": "Шлюзовск, пятница, 27 июля",
    "2adf0825": "柑园镇广播站稿件",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the 'roots of this activism are to be found in Chartist opposition to the first Opium War'" ¶513; "the Levellers
    # took a stand for Irish independence" ¶517
    Query("Chartist Opium War Levellers Irish independence", "ac7222d4", "cross-paragraph"),
    # "Egyptian President Abdel Fattah El-Sisi" ¶451; "The Bloomberg financial news service further reported Lula as
    # stating that, 'Tariff blackmail is being normalised'" ¶463
    Query("Abdel Fattah El-Sisi Bloomberg tariff blackmail", "e065690c", "cross-paragraph"),
    # "which originally appeared in the Morning Star" ¶111; "actors in 'yellow face' … Lady From Chungking" ¶113 (and
    # ¶129); "a booklet on the life of Claudia Jones" ¶123
    Query("Lady From Chungking Claudia Jones Morning Star yellow face", "ccf1d4fa", "cross-paragraph"),
    # "United Nations Secretary General António Guterres … with Kazakhstan President Kassym-Jomart Tokayev in the
    # evening" ¶405; "to recall the founding mission and values that led to the creation of the UN" ¶409
    Query("Tokayev evening Kazakhstan Guterres founding mission", "26d64f12", "cross-paragraph"),
    # "King Norodom Sihamoni" ¶235/239/241; "his state visit to Cambodia in April this year" ¶239; "an all-weather
    # Cambodia-China community" ¶241; "combat online gambling and telecom fraud" ¶247
    Query("Telecom fraud Cambodia-China all-weather King Sihamoni April visit", "5a5d8582", "cross-paragraph"),
    # "sub-national agricultural cooperation" ¶91; "in the 65 years since the establishment of diplomatic relations …
    # Mao Zedong and Fidel Castro Ruz" ¶93
    Query("sub-national agricultural cooperation 65 years Mao Zedong Fidel Castro Ruz", "d807680a", "cross-paragraph"),
    # "countering neo-Nazism … racial supremacy ideologies" line 38; "the 2001 Treaty of Good-Neighborliness" line 47
    Query("Treaty of Good-Neighborliness neo-Nazism racial supremacy", "b39d8185", "cross-paragraph"),
    # "George Hogg died of tetanus … headmaster of the Shandan Bailie School" ¶483; "'The Children of Huang Shi' …
    # Chow Yun-fat" ¶491; "his mentor, the New Zealand internationalist Rewi Alley" ¶495; "he came at my bidding" ¶497
    Query("Huang Shi Shandan tetanus Chow Yun-fat Rewi Alley bidding", "ac7222d4", "cross-paragraph"),
    # Word forms: the text has another form
    # "President Xi Jinping met in Tianjin with Cambodian Prime Minister Hun Manet" ¶243; "Prime Minister Hun Manet
    # noted that this year marks the 80th anniversary" ¶247 (noted → noting; "noting" is in 362ba691 ¶71/77, 20f574be
    # ¶149/163 and eca32116 ¶219, not in this article)
    Query("Hun Manet noting the 80th anniversary in Tianjin", "5a5d8582", "word-form"),
    # "Clegg is at pains to point out" ¶523; "Our greatest and most consistent supporter was the Communist Party" ¶525
    # (point → pointing, not in the corpus)
    Query("Clegg at pains pointing out the Communist Party's support", "ac7222d4", "word-form"),
    # "President Xi emphasised that … the SCO in the following five ways" ¶435 (emphasised → emphasising; "emphasising"
    # is only in f78fdcd6 ¶37, of Maduro)
    Query("Xi emphasising five ways for the SCO", "9e49ddff", "word-form"),
    # Another script or romanisation
    # "Her father, Arthur Clegg" ¶515 and "a Colonel Younghusband" ¶521 in Chinese characters
    Query("阿瑟·克莱格 扬哈斯本", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Thongloun visited Hanoi … the National Day of the Socialist Republic of Viet Nam" ¶143, Vietnam ¶145–149
    # ("Thongloun Sisoulith in Vietnam"); Thongloun Sisoulith ¶135/153/171
    Query("Тхонглун Сисулит во Вьетнаме", "20f574be", "russian"),
    # "Cambodian King Norodom Sihamoni" ¶235 and "Cambodian Prime Minister Hun Manet" ¶243/247 ("about Hun Manet and
    # Norodom Sihamoni")
    Query("о Хун Манете и Нородоме Сиамони", "5a5d8582", "russian"),
    # Spanish
    # "Yo representé la Organización Socialista Camino de la Libertad, y la delegación incluyó … Libros Iskra" ¶305;
    # "¡Lucha y Resiste!" ¶299/301/303 and on
    Query("Lucha y Resiste Camino de la Libertad Libros Iskra", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Eric Liddell" ¶275/283–289 and "the Minyuan Stadium" ¶291
    Query("埃里克·利德尔 民园体育场", "7ab1f62c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker, whose expertise in radio engineering was … personally
    # commended by Mao Zedong" ¶501
    Query("<@31337> Baron Lindsay of Birker\u200b Mao Zedong", "ac7222d4", "mention-noise"),
    # "the Memorial Work Department of the Veterans' Affairs Ministry" line 1; "reported by RIA Novosti during a press
    # conference" line 2; "a July event in the Korean city of Wonsan" line 7
    Query("<@&4242> Wonsan\u200b Veterans' Affairs Ministry press conference", "097182f6", "mention-noise"),
    # "warmly welcomed the Cuban delegation … the third time Comrade Miguel Díaz-Canel Bermúdez had visited the Lao
    # PDR" ¶163; "President Kaysone Phomvihane" ¶167
    Query("@everyone Kaysone\u200b third visit Lao PDR Cuban delegation", "20f574be", "mention-noise"),
    # Typos (1–2 edits)
    # "António Guterres … Kazakhstan President Kassym-Jomart Tokayev" ¶405 (Guteress: a transposition)
    Query("Guteress Tokaev Kazahstan", "26d64f12", "typo"),
    # "Iranian President Masoud Pezeshkian, Indonesian President Prabowo Subianto" ¶451 (Pezeshkain: a transposition)
    Query("Pezeshkain Subiato", "e065690c", "typo"),
    # "David Horsley" ¶111/123; "Lady From Chungking" ¶113/129; "Claudia Jones" ¶123
    Query("Horsley Chungkin Claudia Jons", "ccf1d4fa", "typo"),
    # Phrases
    # "It was a historic turning point for the Chinese nation … to embark on the journey toward great rejuvenation" ¶387
    Query("to embark on the journey toward great rejuvenation", "38a7d84f", "phrase"),
    # "bringing the hearts of the peoples closer to each other" ¶433
    Query("bringing the hearts of the peoples closer to each other", "9e49ddff", "phrase"),
    # Questions
    # "the Chinese people stood up … formed a great wall with flesh and blood to defend the nation" ¶381
    Query("what did the Chinese people form with flesh and blood, according to Xi?", "38a7d84f", "question"),
    # "Vice President Delcy Rodríguez and Defence Minister Vladimir Padrino" ¶33 ("Defense Minister" ¶53)
    Query("what is Venezuela's defence minister called?", "f78fdcd6", "question"),
    # Topics
    # "Dr. Norman Bethune … Eric Liddell, … who passed away in a Japanese prisoner-of-war camp; the valiant Scottish
    # soldiers who fought … on the Burmese battlefield" ¶275
    Query("Eric Liddell prisoner-of-war camp Burmese battlefield Bethune", "7ab1f62c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the Queen Mother is 5a5d8582's (¶235–241); the corpus's only
    # interview is Sydney Loving's (dde32893 ¶297)
    "Chen Weihua interview with the Cambodian Queen Mother",
    # Delcy Rodríguez is in Caracas (f78fdcd6 ¶33/53); Zhongnanhai is where Xi met the Cambodian King (5a5d8582 ¶237);
    # there is no banquet anywhere (Xi's lunch in the Great Hall, 38a7d84f ¶385, names no guest)
    "Delcy Rodríguez Zhongnanhai banquet",
    # Hoang Xuan Chien received "400 military personnel" (362ba691 ¶77); the Olympic 400 metres is Liddell's (7ab1f62c
    # ¶287)
    "Hoang Xuan Chien Olympic 400 metres",
    # the SCO summit in Tianjin (9e49ddff ¶425–443, and the leaders' meetings around it): no orchestra, no banquet
    "which orchestra played at the SCO summit banquet in Tianjin?",
    # Hoang Xuan Chien (362ba691 ¶77) and Kim Jong Un (eca32116) in Cyrillic: no article names both
    "Хоанг Суан Тьен и Ким Чен Ын",
    # Chen Weihua (d89fdf72 ¶364) and Kim Jong Un (eca32116) in Chinese characters, "interview": nothing joins them
    "陈卫华 金正恩 采访",
    # Jenny Clegg (d89fdf72 ¶366, ac7222d4 ¶513); Slovakia is Fico's (faecd2e1 ¶13–21); the delegations are the
    # Friends of Socialist China's (dde32893, 6710eba1) and Zhao Leji's (362ba691)
    "Jenny Clegg Slovakia delegation",
    # Thongloun (20f574be) and Maduro (f78fdcd6) in Cyrillic: no article names both
    "Тхонглун и Мадуро",
    # Callum Norris writes the delegation report (6710eba1 ¶533–543); Khabarovsk and the veteran Lev Abramov are Liu
    # Qibao's (054ef6fb lines 6–14)
    "Callum Norris Khabarovsk veteran",
    # Lan Hu is China's ambassador in Caracas (f78fdcd6 ¶33–47); the Jiayuguan wine is Sydney Loving's (dde32893 ¶335)
    "¿qué opinó el embajador Lan Hu sobre el vino de Jiayuguan?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "PLAYERS TAKE ON PRIESTLEY" ¶5; "Director Gwen Asquith says rehearsals have gone well 'apart from the harmonium'"
    # ¶7
    Query("Gwen Asquith harmonium Priestley", "e444192a", "cross-paragraph"),
    # "the BBC film crew at Anfield" ¶4; "joined the BBC's film unit at Ealing as a trainee in 1953" ¶8; "He married
    # Joan Peploe" ¶14
    Query("Joan Peploe Ealing trainee Anfield", "df8ecc6e", "cross-paragraph"),
    # "a letter from Alfred Trebarwith, a tile-setter from Poplar …, to his brother in Falmouth" ¶6; "talk by Dr Helen
    # Carrodus, 'Binnie's shield and the men in compressed air'" ¶12
    Query("Alfred Trebarwith Falmouth Helen Carrodus compressed air", "4d006d2f", "cross-paragraph"),
    # "Jim Oddie has offered an extra evening in his workshop …: polishing and cabochon cutting" ¶9; "a bank holiday
    # trip to the Blue John caverns" ¶17
    Query("Jim Oddie cabochon Blue John caverns", "172ca5e4", "cross-paragraph"),
    # "his great-grandfather, Ezra Dauphinee, a caulker" ¶3; "the Reverend Ann Publicover blessed the Reading Room's own
    # model of the schooner" ¶7
    Query("Ezra Dauphinee caulker Ann Publicover model", "bff0ad6d", "cross-paragraph"),
    # "her grandfather Torvald" ¶7, "Torvald kept a schoolboy's diary" ¶13; "The Fram put in at Hobart in Tasmania" ¶11;
    # "the 'return leg' from Quay Lane to Skelbrae Fell" ¶17
    Query("Torvald diary Hobart Tasmania Skelbrae Fell", "d7d129c9", "cross-paragraph"),
    # "un pequeño monoplano Morane-Saulnier Parasol" ¶3; "apenas una docena de vecinos se juntó junto al monolito" ¶13;
    # "el historiador Osvaldo Mellado hablará sobre «Candelaria y Newbery…»" ¶17
    Query("Osvaldo Mellado Newbery Morane-Saulnier monolito", "9a28a3f2", "cross-paragraph"),
    # "шлюз принял тысячное судно с начала навигации, и Анна Степановна получила за это грамоту" ¶11; "заявки принимают
    # в клубе «Фарватер»" ¶17
    Query("Анна Степановна тысячное судно грамоту «Фарватер»", "1a8f2f9e", "cross-paragraph"),
    # 何德明老人，当年是柑园站的扳道工 ¶11; 组织老民工乘火车到内江参观 ¶21
    Query("何德明 扳道工 内江 老民工", "2adf0825", "cross-paragraph"),
    # "My dad, Terry Gullick" ¶6; "If you know Colin Fry, who lived in Croscombe in 1970" ¶20; "I'm at the Frome vintage
    # fair with the stall" ¶22
    Query("Terry Gullick Croscombe Frome vintage fair", "d1055e79", "cross-paragraph"),
    # "The Mayor, Cllr Dorothy Ledbetter, cut the ribbon" ¶5; "the Granary's first pantomime, Dick Whittington" ¶7
    Query("Dorothy Ledbetter Dick Whittington", "cd52b602", "cross-paragraph"),
    # "Moth-trap breakfasts … then bacon rolls in the barn" ¶16; "book with the warden, Tess Mallinson" ¶20
    Query("Tess Mallinson moth-trap bacon rolls", "564097f8", "cross-paragraph"),
    # Word forms
    # "he had filmed the Cup Final in which Liverpool beat Leeds United" ¶12 (filmed → filming, not in the corpus)
    Query("Cedric Threapwood filming the Cup Final", "df8ecc6e", "word-form"),
    # "the Prince of Wales and Princess Alexandra drove through the new Blackwall Tunnel" ¶4 (drove → driving,
    # irregular; "driving" is only in the seeds, as "driving force")
    Query("the Prince driving through the Blackwall Tunnel", "4d006d2f", "word-form"),
    # "Ezra wrote to his sister in Halifax" ¶5 (wrote → writing, irregular; "writing" is only in the seeds, ac7222d4
    # ¶513)
    Query("Ezra Dauphinee writing to his sister in Halifax", "bff0ad6d", "word-form"),
    # "held on Saturday 19 September 1970, the day after Jimi Hendrix died" ¶4 (died → dying, not in the corpus)
    Query("Hendrix dying the day before the first Pilton festival", "d1055e79", "word-form"),
    # "Father read the telegram out at breakfast and forgot his coffee" ¶13 (forgot → forgetting, irregular, not in the
    # corpus; read → reading, which is in c64b5b39 ¶25 "a play reading", 4d006d2f ¶16 and bff0ad6d's "Reading Room")
    Query("Torvald's father reading the telegram and forgetting his coffee", "d7d129c9", "word-form"),
    # "el teniente Luis Candelaria despegó de Zapala" ¶3 (despegó → despega)
    Query("Candelaria despega de Zapala", "9a28a3f2", "word-form"),
    # "Воды Волги и Дона встретились между первым и вторым шлюзами" ¶5 (встретились → встречаются)
    Query("воды Волги и Дона встречаются", "1a8f2f9e", "word-form"),
    # "Brigshaw Town switched on their new floodlights … and the lights failed twice" ¶14 (failed → failing)
    Query("Brigshaw Town floodlights failing twice", "8fe4a0a6", "word-form"),
    # "Last year's panto, Aladdin, sold out in four days" ¶23 (sold → selling, irregular)
    Query("Aladdin selling out in four days", "c64b5b39", "word-form"),
    # "Через год, 12 июля, шлюз принял тысячное судно" ¶11 (принял → принимает)
    Query("шлюз принимает тысячное судно", "1a8f2f9e", "word-form"),
    # "los alumnos de la escuela n.º 14 «Teniente Candelaria» izaron la bandera en la plaza" ¶5 (izaron → izan)
    Query("los alumnos izan la bandera en la plaza", "9a28a3f2", "word-form"),
    # Another script or romanisation
    # "Roald Amundsen" ¶5/9/11 and "their base, Framheim" ¶9 (and ¶19) in Cyrillic
    Query("Амундсен Фрамхейм", "d7d129c9", "translit"),
    # Amundsen ¶5/9, "Robert Falcon Scott" ¶9 and "Hobart in Tasmania" ¶11 in Chinese characters
    Query("阿蒙森 斯科特 霍巴特", "d7d129c9", "translit"),
    # "el teniente Luis Candelaria despegó de Zapala … aterrizó en Cunco" ¶3 in Cyrillic
    Query("Луис Канделария Сапала Кунко", "9a28a3f2", "translit"),
    # "Волго-Донского судоходного канала. Сегодня в Шлюзовске" ¶3 in Latin letters
    Query("Volgo-Donskoi kanal Shlyuzovsk", "1a8f2f9e", "translit"),
    # "дневник Анны Степановны Гуляевой" ¶7 (Гуляевой ¶19) and the Волго-Донской канал ¶3, in Latin letters
    Query("Anna Stepanovna Gulyayeva Volgo-Don", "1a8f2f9e", "translit"),
    Query("Chengyu tielu Ganyuan zhen", "2adf0825", "translit"),  # 成渝铁路 ¶3/5, 柑园镇 ¶3/5, in pinyin
    # 何德明老人，当年是柑园站的扳道工 ¶11, in pinyin
    Query("He Deming Ganyuan zhan bandaogong", "2adf0825", "translit"),
    Query("Luo Xiaoqin", "2adf0825", "translit"),  # （柑园镇广播站　记者　罗晓琴） ¶25, in pinyin
    Query("Wu duo jin hua Neijiang", "2adf0825", "translit"),  # 电影《五朵金花》 ¶17; 到内江参观 ¶21, in pinyin
    # "at Anfield …, when Liverpool beat Arsenal 3–2" ¶4 in Cyrillic
    Query("Ливерпуль Арсенал Энфилд", "df8ecc6e", "translit"),
    # "The first festival at Worthy Farm, Pilton, … the day after Jimi Hendrix died" ¶4 in Chinese characters
    Query("亨德里克斯 皮尔顿 沃西农场", "d1055e79", "translit"),
    # accents dropped: "doña Rosaura Quilapán, escribió entonces a una hermana en Neuquén … en el almacén" ¶9
    Query("Rosaura Quilapan Neuquen almacen", "9a28a3f2", "translit"),
    # "the new Blackwall Tunnel" ¶2/4, "a tile-setter from Poplar" ¶6, "the foot tunnel at Greenwich" ¶18 (and ¶22), in
    # Cyrillic
    Query("Блэкуолл Гринвич Поплар", "4d006d2f", "translit"),
    # "PLAYERS TAKE ON PRIESTLEY. The Ambervale Players" ¶5 in Cyrillic (Ambervale is in all three cuttings, Priestley
    # only in this one)
    Query("Пристли Амбервейл", "e444192a", "translit"),
    # Russian
    # "Фотовыставка «Шестьдесят навигаций» открыта в Доме культуры до 31 августа" ¶21
    Query("фотовыставка «Шестьдесят навигаций» в Доме культуры", "1a8f2f9e", "russian"),
    # "на набережной выступит духовой оркестр речного училища" ¶15
    Query("духовой оркестр речного училища на набережной", "1a8f2f9e", "russian"),
    # "музей откроет новую экспозицию «Как встретились две реки»" ¶19 (the query has the nominative, экспозиция)
    Query("экспозиция «Как встретились две реки»", "1a8f2f9e", "russian"),
    # "а первый ковш земли вынули 25 марта 1949 года" ¶5
    Query("первый ковш земли вынули 25 марта 1949 года", "1a8f2f9e", "russian"),
    # Spanish
    Query("aterrizó en Cunco, ya del lado chileno", "9a28a3f2", "spanish"),  # ¶3
    # "el teniente estaba sano en Cunco, aunque el avión había quedado roto contra un corral" ¶11
    Query("el avión había quedado roto contra un corral", "9a28a3f2", "spanish"),
    # "Candelaria volvió a Buenos Aires en tren, y en la estación Retiro lo llevaron en andas" ¶23
    Query("en la estación Retiro lo llevaron en andas", "9a28a3f2", "spanish"),
    # "el aeroclub quiere organizar un festival aéreo con aviones antiguos" ¶21
    Query("festival aéreo con aviones antiguos", "9a28a3f2", "spanish"),
    # Chinese
    Query("成渝铁路通车四十周年 座谈会", "2adf0825", "chinese"),  # 举行了纪念成渝铁路通车四十周年的座谈会 ¶5
    Query("车头上挂着大红花", "2adf0825", "chinese"),  # 何德明's diary, ¶11
    Query("五朵金花 车站广场 放映", "2adf0825", "chinese"),  # 镇文化站在车站广场放映电影《五朵金花》 ¶17
    Query("新中国成立后自己修建的第一条铁路", "2adf0825", "chinese"),  # ¶3
    # Mentions and zero-width spaces
    # "Its secretary, Hollis Dauphinee, had found among the Reading Room's papers a letter" ¶3
    Query("<@4410> Hollis Dauphinee\u200b Reading Room letter", "bff0ad6d", "mention-noise"),
    # "Editor: Maureen Catterick, 4 Slate Row, Quarrymoor. Items for the summer issue by the end of May" ¶23
    Query("@everyone Maureen Catterick\u200b summer issue", "172ca5e4", "mention-noise"),
    # "Councillor Rita Cawood, chair of the arts committee, said: 'Last year … we held our first book festival here'"
    # ¶15
    Query("<#12> Rita Cawood\u200b book festival", "bd398a96", "mention-noise"),
    # Typos
    Query("Threapwod Formbey", "df8ecc6e", "typo"),  # "Cedric Threapwood" ¶1/4, "at home in Formby" ¶6 (and ¶18, ¶22)
    # "Hollis Dauphinee", "Ezra Dauphinee" ¶3; "the Smith and Rhuland yard in Lunenburg" ¶1 (and ¶17)
    Query("Dauphine Lunenberg", "bff0ad6d", "typo"),
    Query("Solheim-Marh Amundson", "d7d129c9", "typo"),  # "Ingrid Solheim-Marsh" ¶7; "Roald Amundsen" ¶5
    # "OTTERMERE HAY MEADOWS" ¶1; "Early purple orchids and cowslips" ¶6
    Query("Otermere meadows cowslip orchds", "564097f8", "typo"),
    # Names
    Query("Sam Okafor", "3ab3a16e", "name"),  # "Director Sam Okafor said the lift had been 'on every wish list'" ¶25
    Query("Marguerite Hiltz", "bff0ad6d", "name"),  # "said Marguerite Hiltz, now 44" ¶11
    Query("Mrs P. Ainsworth", "ca5f1a0a", "name"),  # the headteacher who signs the letter, ¶24–25
    # Phrases
    Query("Radio says Hendrix is dead", "d1055e79", "phrase"),  # Terry Gullick's diary, ¶8
    Query("It snowed hard on the 29th", "bff0ad6d", "phrase"),  # Ezra's letter, ¶19
    Query("apart from the harmonium", "e444192a", "phrase"),  # Gwen Asquith, ¶7
    Query("Flags on every boat in the harbour", "d7d129c9", "phrase"),  # Torvald's diary, ¶13
    # Questions
    # "It is paid for by a lottery grant of £84,000" ¶25
    Query("who paid for the lift at the Granary Arts Centre?", "3ab3a16e", "question"),
    # "Mr Drabble, who has taught at Hollowmead since 4 September 1979, retires at Easter" ¶6
    Query("when did Mr Drabble start teaching at Hollowmead?", "ca5f1a0a", "question"),
    # "the first gala, on Saturday the 26th, was so full that the doors were shut at half past six" ¶8
    Query("what time were the doors shut at the first gala at the Brigshaw baths?", "8fe4a0a6", "question"),
    # "7pm: centenary evening in the hall, with a reading of the letter by Alfred's great-granddaughter, June
    # Trebarwith" ¶16
    Query("who read the letter at the Blackwall Tunnel centenary evening?", "4d006d2f", "question"),
    # "It is twenty-five years tomorrow since the last cattle sale at the old Corn Market, on 12 March 1968" ¶13
    Query("when was the last cattle sale at the Stonehatch Corn Market?", "eca11ece", "question"),
    # "The council bought the derelict granary for £1 and spent two years on the work" ¶9
    Query("what did the council pay for the derelict granary?", "bd398a96", "question"),
    # "The local paper, the Central Somerset Gazette, reported … that about 2,500 people had come" ¶10
    Query(
        "how many people came to the first Pilton festival according to the Central Somerset Gazette?",
        "d1055e79",
        "question",
    ),
    # "The big count: help the wardens with the plant survey from 7 to 9 June. Results will be pinned to the gate on the
    # 14th." ¶10
    Query("when will the results of the Ottermere plant survey be pinned to the gate?", "564097f8", "question"),
    # Topics
    # "The first episode of EastEnders went out on BBC1 on 19 February 1985 … marking the birthday with a soap-opera
    # quiz night at the Bell" ¶13
    Query("EastEnders birthday soap-opera quiz at the Bell", "7016074d", "topic"),
    # "The Players' pantomime, 'Mother Goose'" ¶21; "There are two relaxed performances" ¶23
    Query("Mother Goose pantomime relaxed performances", "c64b5b39", "topic"),
    # "GRANARY LIFT AT LAST. … the upper gallery will be closed from 5 to 16 June while the shaft is cut" ¶21
    Query("Granary lift upper gallery closed", "3ab3a16e", "topic"),
    # "A replica, Bluenose II, was launched from the same yard on 24 July 1963" ¶11
    Query("Bluenose II replica launch 1963", "bff0ad6d", "topic"),
    # "Next year is the two-hundredth anniversary of the Battle of Trafalgar … the whole school will come dressed as
    # sailors" ¶16
    Query("Battle of Trafalgar anniversary school dressed as sailors", "ca5f1a0a", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Gwen Asquith directs the 1989 Priestley (e444192a ¶7); Mother Goose is the 2023 pantomime (c64b5b39 ¶21), whose
    # director is not named
    "Gwen Asquith Mother Goose",
    # Tess Mallinson is the Ottermere warden (564097f8 ¶20); the gold panning weekend is Quarrymoor's (172ca5e4 ¶19)
    "Tess Mallinson gold panning weekend",
    # Jim Oddie has the Quarrymoor workshop (172ca5e4 ¶9); the folk concerts are the Granary's (cd52b602 ¶7, bd398a96
    # ¶9/13)
    "Jim Oddie Granary folk concert",
    # Ingrid Solheim-Marsh is the Wrenfold ski club's president (d7d129c9 ¶7); the Bluenose is bff0ad6d's
    "Ingrid Solheim-Marsh Bluenose schooner",
    # Cedric Threapwood filmed Match of the Day (df8ecc6e); the soap-opera quiz night is the Ambervale Players'
    # (7016074d ¶13)
    "Cedric Threapwood soap-opera quiz night",
    # Terry Gullick went to Pilton (d1055e79); Match of the Day is Cedric Threapwood's (df8ecc6e)
    "Terry Gullick Match of the Day",
    # Sam Okafor directed the Granary in 2006 (3ab3a16e ¶25); Dick Whittington was its first pantomime, in 1987
    # (cd52b602 ¶7), with no director named
    "Sam Okafor Dick Whittington panto",
    # Rita Cawood chairs Stonehatch's arts committee (bd398a96 ¶15); the Blackwall Tunnel is 4d006d2f's
    "Rita Cawood Blackwall Tunnel",
    # Dr Helen Carrodus talks on Binnie's shield (4d006d2f ¶12); the talk on Amundsen's rival is Dr Peter Langhaug's
    # "Scott at the Pole" (d7d129c9 ¶19)
    "Helen Carrodus Amundsen talk",
    # Maureen Catterick edits the Quarrymoor newsletter (172ca5e4 ¶23); the carol service is Hollowmead's (ca5f1a0a ¶8)
    "Maureen Catterick Hollowmead carol service",
    # Cllr Dorothy Ledbetter was Stonehatch's mayor in 1987 (cd52b602 ¶5); the Mill Street baths were opened by an
    # unnamed "Mayor" of Brigshaw (8fe4a0a6 ¶8)
    "Dorothy Ledbetter Mill Street swimming baths",
    # "the first gala … was so full that the doors were shut at half past six" (8fe4a0a6 ¶8); no winner
    "who won the first gala at the Mill Street baths?",
    # Mother Goose (c64b5b39 ¶21–23): dates and relaxed performances, no ticket price (the only tickets priced are the
    # Granary concert's £8, bd398a96 ¶13, and the Wrenfold suppers' £15, d7d129c9 ¶25)
    "what did tickets for Mother Goose cost?",
    "who played Mother Goose in the Ambervale panto?",  # c64b5b39 ¶21: no cast
    # "a friendly against a works eleven, and the lights failed twice" (8fe4a0a6 ¶14); no score
    "what was the score of the friendly against the works eleven under the new floodlights?",
    # "Midsummer evening walk, with a flask of something warm: 21 June, at 8pm" (564097f8 ¶12); only the orchid walk has
    # a length ("about an hour and a half", ¶6)
    "how long is the Ottermere midsummer evening walk?",
    # the Bluenose (bff0ad6d ¶1, ¶9): her builders, her caulker Ezra Dauphinee and her trophy, no captain
    "who was the captain of the Bluenose?",
    # the Blackwall Tunnel (4d006d2f ¶4–6): opened 22 May 1897, "the longest tunnel under a river"; no cost
    "what did the Blackwall Tunnel cost to build?",
    # 3ab3a16e ¶25: Okafor is the director in 2006; no successor
    "who succeeded Sam Okafor as director of the Granary?",
    # "The Fram put in at Hobart in Tasmania" (d7d129c9 ¶11); no hotel
    "which hotel did Amundsen stay at in Hobart?",
    # "nominations … must reach the secretary" (172ca5e4 ¶7): not named (Carol keeps the stewards' rota, ¶15; Maureen
    # Catterick is the editor, ¶23)
    "who is the secretary of the Quarrymoor Gem and Mineral Club?",
    # "the autumn fair, which raised £612 for new playground equipment" (ca5f1a0a ¶6); no stalls
    "how many stalls were at the Hollowmead autumn fair?",
    # "He married Joan Peploe … on 14 June 1958. She died in 2009" (df8ecc6e ¶14); no birth (the "born" of ¶8 is
    # Cedric's)
    "what year was Joan Peploe born?",
    # Rotherhithe is not in the corpus; the centenary tunnel walks are the Blackwall Tunnel's and Greenwich foot
    # tunnel's (4d006d2f ¶14–20)
    "Rotherhithe Tunnel centenary walk",
    # Kirkby Stephen is not in the corpus; the mineral fair is at Stainmore Showground (172ca5e4 ¶11)
    "Kirkby Stephen mineral fair",
    # Wrexham is not in the corpus (and far from Wrenfold); the Nordic Ski Club is Wrenfold's (d7d129c9)
    "Wrexham Nordic Ski Club",
    # Stoneleigh is not in the corpus (4+ edits from Stonehatch, whose Wharf Granary gets a plaque, bd398a96 ¶7)
    "Stoneleigh Wharf Granary plaque unveiling",
    # Pontardawe is not in the corpus; the baths and the gala are Brigshaw's (8fe4a0a6 ¶8)
    "Pontardawe swimming baths gala",
    # "В субботу, 28 июля, … а вечером будет салют" (1a8f2f9e ¶15); no hour
    "салют в Шлюзовске в субботу — в котором часу?",
    # "выступит духовой оркестр речного училища" (1a8f2f9e ¶15); no conductor
    "кто дирижировал духовым оркестром речного училища?",
    # Анна Степановна Гуляева worked on the lock until 1985 (1a8f2f9e ¶7–11, ¶19); no birth date
    "когда родилась Анна Степановна Гуляева?",
    # "un pequeño monoplano Morane-Saulnier Parasol" (9a28a3f2 ¶3); no fuel
    "¿cuántos litros de nafta llevaba el monoplano de Candelaria?",
    # "el aeroclub quiere organizar un festival aéreo" next year (9a28a3f2 ¶21): not yet held, no winner
    "¿quién ganó el festival aéreo de Zapala?",
    # "después de unas tres horas de vuelo, aterrizó en Cunco" (9a28a3f2 ¶3); no hour of day (the telegraph news came
    # "al día siguiente", ¶11)
    "¿a qué hora aterrizó Candelaria en Cunco?",
    "成渝铁路 火车票 多少钱",  # 2adf0825: the railway's length and dates, no fare
    # 柑园站 (2adf0825 ¶11–13, ¶15): 何德明 was its 扳道工; no stationmaster named
    "柑园站 站长 名字",
    "内江 参观 费用",  # 组织老民工乘火车到内江参观 (2adf0825 ¶21); no cost
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind142/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
