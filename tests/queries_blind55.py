"""A fifty-fifth lookup query set: the BLIND set of the twenty-seventh round, RICH IN UNANSWERABLE QUERIES,
written in the twenty-sixth session by a writer who reported its counts only (by kind and corpus), never
its queries, names or subjects. It is committed unscored and is scored once, at the end of the twenty-seventh
round, by people who have not seen it; nobody reads it or tunes on it before then (once it has been scored,
a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind51.py, tests/queries_blind53.py and
  tests/queries_blind54.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped, Chinese by character pairs, a few stop words left out) with every earlier
  query, and with the other queries of this set, while the set was being written; a query sharing more
  than half of its words with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind67/docs, copied as ONE
  corpus into a subfolder blind67/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 5 + 9 (another script or romanisation than the text: Latin
names written in Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them,
Latin letters for Cyrillic names, pinyin without tones for Chinese ones, accents dropped), russian
2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width
spaces around the real words), typo 3 + 3 (1–2 edits), name 3 + 2, phrase 2 + 3, question 3 + 4,
topic 2 + 3: 35 + 48 answerable, and 20 + 30 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name; a question in the corpus's own words about
something it does not say (who, when, how many, what time, how long, how high, a cost, a name, a
designer, a winner, a founding year, a death); a place or person the corpus does not hold but spelled
close to one it does (two or more edits from anything real in it); a name from one article joined to a
subject of another; Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on
purpose (in another script for some of the seeds' ones), and every article holding those words was read
to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets) holds all of the query's words.

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

# The new-documents corpus is assembled by copying tests/gold/blind67/docs/* into ONE temporary
# corpus folder under the subfolder blind67/: files are then "blind67/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind67/docs",)
NEWDOCS_SUBDIRS = ("blind67",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "07f2839b": "ASHENFORD TOWN COUNCIL",
    # en_ashenford_standard_digest.txt, split by the loader: the header (¶1–2), the first cutting (¶4–17,
    # its "CUTTING 1" rule and dateline included, titled by its headline ¶7), the second (¶19–31) and the
    # third (¶33–43), each of these two titled by its "CUTTING" rule line
    "a233cb6d": "THE ASHENFORD STANDARD: THREE CUTTINGS",
    "fc9acc7f": "NEW FOOTBRIDGE OPENS AT FERRY LANE",
    "95d3ab80": "==================== CUTTING 2 ====================",
    "80dd26cf": "==================== CUTTING 3 ====================",
    "a419a8a2": "THE BARNCOMBE CHRONICLE — WEEKEND FEATURES",
    "b8eaf6bd": "THE CULVERHAY ARGUS",
    # en_halsworth_courier_digest.txt, split by the loader: the header (¶1–2), the viaduct (¶7–16),
    # foot-and-mouth (¶21–28), the two storms (¶33–41); the dashed rules and the datelines between them
    # (¶4–6, ¶18–20, ¶30–32) belong to none of them
    "437914f6": "HALSWORTH VALE COURIER — FROM THE BOUND VOLUMES",
    "ef40af1f": "OLD VIADUCT REOPENS TO WALKERS THIS WEEK",
    "89611437": "FOOT-AND-MOUTH: SHOW CANCELLED, FOOTPATHS SHUT",
    "6a606987": "TWO STORMS IN A WEEK: THE SKELL BREAKS ITS RECORD",
    "d7db89b3": "HEXWORTH & DISTRICT VETERAN CAR CLUB",
    "defd9cf0": "NETHERCOMBE LACE HOUSE",
    "18d5a177": "ROUND AND ROUND — a blog about roads, maps and the odd flask of tea",
    "bf9fcbae": "THE MEDLOCK VALE REPORTER",
    "4107b7b9": "ST WILFRITH'S C of E PRIMARY SCHOOL",
    "22df361f": "THE ST ENODER LEDGER",
    "6a4b46a7": "WENMARSH TANDEM & TOURING CLUB",
    "737eb5fb": "AEROCLUB DE VILLACARDEL",
    "2fad7b6f": "«КАНДАЛОГОРСКИЙ РАБОЧИЙ»",
    "3ddeee01": "桐洛日报·科教版",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the Friends Ambulance Unit, organised by the Quakers" ¶501; "the Levellers took a stand for Irish
    # independence" ¶517
    Query("Friends Ambulance Unit Levellers Irish independence", "ac7222d4", "cross-paragraph"),
    # "Lula da Silva, whose country holds the current rotating Chair of BRICS" ¶451; "The Bloomberg financial
    # news service" ¶463; Ramaphosa: "great hardships and danger" ¶467
    Query("Lula rotating Chair Bloomberg great hardships", "e065690c", "cross-paragraph"),
    # "The Guard of Honour of the Chinese People's Liberation Army" ¶73; "Ho Chi Minh's Stilt House" ¶75;
    # "Sen. Lt. Gen. Hoang Xuan Chien" ¶77
    Query("Guard of Honour Stilt House Hoang Xuan Chien", "362ba691", "cross-paragraph"),
    # "the Theory of Three Represents" ¶383; "win-win cooperation and zero-sum game" ¶381; "Xi hosted a lunch"
    # ¶385
    Query("Theory of Three Represents zero-sum game lunch", "38a7d84f", "cross-paragraph"),
    # "Western claims of "debt traps."" ¶537; "Progressive International" ¶547; "Nationalist Party (Kuomintang
    # (KMT))" ¶557
    Query("debt traps Progressive International Kuomintang", "6710eba1", "cross-paragraph"),
    # Word forms: the text has another form
    # "On August 23, Cambodian King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk arrived in
    # Beijing" ¶235
    Query("Queen Mother Monineath arriving on August 23", "5a5d8582", "word-form"),
    # "his department is actively gathering and verifying information" 000 line 4 ("memorial sites" line 1)
    Query("department gathered and verified information on sites", "097182f6", "word-form"),
    # "approved the SCO Development Strategy to 2035 … and adopted 24 outcome documents" ¶443
    Query("approval of the SCO Development Strategy and 24 outcome documents", "9e49ddff", "word-form"),
    # "se enfocan en equilibrar el desarrollo de las regiones, impulsando el occidente y el noroeste" ¶341
    Query("el desarrollo equilibrado de las regiones occidente y noroeste", "dde32893", "word-form"),
    # Another script or romanisation
    # "David Horsley reviews a season of Anna May Wong's films … on London's Southbank" ¶111, in Cyrillic
    Query("Дэвид Хорсли и Анна Мэй Вонг в Лондоне", "ccf1d4fa", "translit"),
    # "established by President Kaysone Phomvihane and President Fidel Castro" ¶167 in Chinese characters
    # (d807680a names Castro, never Kaysone)
    Query("凯山·丰威汉 卡斯特罗", "20f574be", "translit"),
    # the speakers Ken Hammond ¶363 and Chen Weihua ¶364 in Chinese characters
    Query("肯·哈蒙德 陈卫华", "d89fdf72", "translit"),
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as … Chen Hansheng" ¶491 in Chinese characters
    Query("乔纳森·莱斯·梅耶斯 周润发", "ac7222d4", "translit"),
    # "Foreign Minister Subrahmanyam Jaishankar, with the absence of Prime Minister Narendra Modi" ¶451
    Query("Моди и Джайшанкар", "e065690c", "translit"),
    # Russian (names written in Cyrillic, declined)
    # Lukashenko ¶263/265, at the meetings "in Tianjin on August 31" ¶255
    Query("Лукашенко в Тяньцзине", "0e5d6094", "russian"),
    # "At noon Xi met with Slovak Prime Minister Robert Fico" ¶13; leaders "who had come to Beijing" ¶3
    Query("Фицо в Пекине", "faecd2e1", "russian"),
    # Spanish
    # "una vinatera con la bodega de vino techada más grande de Asia (sí, probamos el vino" ¶335
    Query("la vinatera donde probaron el vino", "dde32893", "spanish"),
    # "ya que el turismo interno es tan importante, los museos y sitios estaban llenos de niños, ancianos y
    # familias" ¶325
    Query("el turismo interno llena los museos de niños y ancianos", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Tran Thanh Man" ¶65 and "Vietnamese Prime Minister Pham Minh Chinh" ¶79
    Query("范明政 陈青敏", "362ba691", "chinese"),
    # Hun Manet met "in Tianjin" ¶243, King Norodom Sihamoni ¶235–241
    Query("洪玛奈 西哈莫尼 天津", "5a5d8582", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "the principles of the Nuremberg and Tokyo Trials … atrocities committed by the Axis powers" 003 line 39
    # (ccf1d4fa ¶125 names "the actual Nuremberg Trial" only)
    Query("<@1971> Nuremberg and Tokyo Trials\u200b Axis powers", "b39d8185", "mention-noise"),
    # "one film, Lady From Chungking" and actors in "yellow face" ¶113/129
    Query("@here \u200bLady From Chungking yellow face", "ccf1d4fa", "mention-noise"),
    # Typos (1–2 edits)
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed representing the United Arab Emirates (UAE)" ¶451
    Query("Khaled bin Mohamad UAE", "e065690c", "typo"),
    Query("Nikol Pashinyn", "0e5d6094", "typo"),  # "Armenian Prime Minister Nikol Pashinyan" ¶257
    Query("Radhika Desay", "d89fdf72", "typo"),  # "Radhika Desai (International Manifesto Group), Moderator" ¶369
    # Names
    # "Jodie Evans (Co-founder of Code Pink)" ¶365, "Keith Bennett (Co-editor …)" ¶367 (ac7222d4 ¶475 names
    # Keith Bennett only)
    Query("Keith Bennett Jodie Evans", "d89fdf72", "name"),
    # "Russian President Vladimir Putin and Mongolian President Khurelsukh Ukhnaa" ¶187
    Query("Khurelsukh Ukhnaa Vladimir Putin", "c061f0a1", "name"),
    Query("Sydney Loving Lucha y Resiste", "dde32893", "name"),  # Sydney Loving's interview "a ¡Lucha y Resiste!" ¶299
    # Phrases
    # "a permanent testament to the brave victory of resistance" ¶35, ¶55
    Query("a permanent testament to the brave victory", "f78fdcd6", "phrase"),
    # the Communist Party "had influence far beyond its small but increasing membership" ¶525
    Query("influence far beyond its small but increasing membership", "ac7222d4", "phrase"),
    # Questions
    # Liu Qibao "visited the Russian city from Sept. 23-27" 001 line 4; "in Khabarovsk" line 6
    Query("which Russian city did Liu Qibao visit in September?", "054ef6fb", "question"),
    # "distancing itself from symbols like the Yasukuni Shrine" 003 line 41
    Query("which shrine should Japan distance itself from?", "b39d8185", "question"),
    # "In Tianjin, he taught at an Anglo-Chinese college" ¶291
    Query("where did Eric Liddell teach in Tianjin?", "7ab1f62c", "question"),
    # Topics
    # "the first to take multilateral actions against the three forces of terrorism, separatism and
    # extremism" ¶433
    Query("SCO terrorism separatism extremism first multilateral actions", "9e49ddff", "topic"),
    # "cooperation … in the fields of cybersecurity, nanotechnology, life sciences, biomedicine, food production
    # and agrotechnology" ¶105
    Query("Cuba nanotechnology biomedicine agrotechnology", "d807680a", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Rewi Alley (ac7222d4 ¶495) wrote a 1954 book and was Hogg's mentor; when he came to China is never said
    "when did Rewi Alley come to China?",
    # Zhao Leji conveyed greetings to To Lam (362ba691 ¶67–69); no gift; the only gift is Maduro's monument
    "what did Zhao Leji give To Lam as a gift?",
    # Egypt: Madbouly's talks (26d64f12 ¶411–413), no Belt and Road; Belt and Road comes with Cuba, Pakistan
    # and the SCO (d807680a ¶91, 3a9fa4ed ¶213, 9e49ddff ¶433/438), never with Egypt; nothing is dated
    "when did Egypt and China sign the Belt and Road agreement?",
    # "the safety and security of Chinese personnel … in Myanmar" (26d64f12 ¶417); no count
    "how many Chinese workers are in Myanmar?",
    "Ramaphosa Phala Phala farm",  # Ramaphosa (e065690c ¶451/467) speaks on trade; no farm
    "Pezeshkian heart surgeon",  # Pezeshkian (e065690c ¶451) only attends the summit; no profession
    # Kim Il Sung at the 1959 celebrations (eca32116 ¶219), in Latin only; no weather anywhere
    "金日成 阅兵 天气",
    "Khurelsukh horse festival Naadam",  # Khurelsukh (c061f0a1 ¶187/197/199): talks with Xi; no festival
    # "Aun en uno de los hoteles" (dde32893 ¶323) names no hotel
    "¿qué hoteles usó la delegación en Shanghái?",
    # the Dunhuang solar plant (dde32893 ¶335; 6710eba1 ¶539 "the Dunhuang Salt Tower solar plant"); no height
    "¿cuál es la altura de la Torre de Sal de Dunhuang?",
    # the anti-Japanese united army (097182f6 line 3, 054ef6fb line 12) and its memorial complex, in English
    # only; no tickets
    "东北抗联 纪念馆 门票",
    "Норман Бетьюн госпиталь Монреаль",  # Bethune (7ab1f62c ¶275), praised by Mao; no hospital, no Montreal
    # Liddell's gold is in the 400 metres (7ab1f62c ¶287); no 200 metres, no other Olympic medal
    "Эрик Лидделл олимпийская медаль 200 метров",
    "Хабаровск вокзал расписание",  # Khabarovsk (054ef6fb lines 6/12) in Latin only; no station, no timetable
    # Tianshui is 3 or more edits from Tianjin, whose summit adopted "the Tianjin Declaration" (9e49ddff ¶443)
    "Tianshui summit declaration",
    # Shandong is 2 edits from Shandan (the Shandan Bailie School, ac7222d4 ¶483/501); no peninsula, no ferry
    "Shandong peninsula ferry",
    # Jenny Clegg writes for SACU (ac7222d4 ¶513) and speaks at the webinar (d89fdf72 ¶366); the Labour party
    # (ac7222d4 ¶523) is not hers, and no MP is named
    "Jenny Clegg Labour MP",
    # "details of showings may be found on the BFI website" (ccf1d4fa ¶121); no price
    "сколько стоит билет на фильмы Анны Мэй Вонг?",
    # "an official event held in Caracas on Wednesday, September 3" (f78fdcd6 ¶53); no hour
    "what time did the Caracas ceremony start?",
    # Zhao Leji "visited Ho Chi Minh's Stilt House" (362ba691 ¶75); no date of building
    "when was Ho Chi Minh's Stilt House built?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # the founder "Edgar Polwhele" ¶19–22; "The curator, Judith Penrose" ¶24; "the restorer, Alan Pengelly" ¶31
    Query("Polwhele Penrose Pengelly", "a419a8a2", "cross-paragraph"),
    # "Walter Haslam, a tram driver" ¶13–14; "her sister Edna in Thornsea" ¶16–17; "plant a rowan tree" ¶32
    Query("tram driver Thornsea rowan tree", "bf9fcbae", "cross-paragraph"),
    # "the club's 1899 Daimler" ¶13 (and ¶33); "an illustrated talk by Dr Peter Aske" ¶17; "to Coldwell Common"
    # ¶31
    Query("Daimler Peter Aske Coldwell Common", "d7db89b3", "cross-paragraph"),
    # "шведский лётчик Лундборг" ¶14; "бывший судовой механик Аркадий Лаптев" ¶25; "праздник «Дни Арктики»" ¶28
    Query("Лундборг Лаптев Дни Арктики", "2fad7b6f", "cross-paragraph"),
    # "la ingeniera Marta Olmedilla" ¶17; "un accidente aéreo en Croydon" ¶22–23; "la vieja «Paloma»" ¶28
    Query("Olmedilla Paloma Croydon", "737eb5fb", "cross-paragraph"),
    # "the shopkeeper, Morwen Jago" ¶14–15; "the bridge at Carn Mill" ¶20; "the organiser, Tamsin Rowe" ¶31–32
    Query("Morwen Jago Tamsin Rowe Carn Mill", "22df361f", "cross-paragraph"),
    # Word forms
    Query("storm breaking over the high moor", "22df361f", "word-form"),  # "The storm broke over the high moor" ¶10
    # "HMS Beagle cleared Plymouth Sound" ¶6; "THE BEAGLE SAILED" ¶4, "the Beagle sailed" ¶16
    Query("the Beagle sailing from Plymouth Sound", "a419a8a2", "word-form"),
    # "The Skell peaked at 4.1 metres" ¶36; "THE SKELL BREAKS ITS RECORD" ¶33
    Query("the Skell peaking at a record 4.1 metres", "6a606987", "word-form"),
    # "«Красин» … снял с них участников итальянской экспедиции" ¶6–7; "подошли к двоим итальянцам, а к ночи
    # сняли со льдины" ¶18
    Query("Красин снимает итальянцев со льдины", "2fad7b6f", "word-form"),
    # "Cierva … murió en 1936 en un accidente aéreo en Croydon" ¶22–23 (murió → muerte)
    Query("la muerte de Juan de la Cierva en un accidente aéreo", "737eb5fb", "word-form"),
    # "She retired on 31 December 1986" ¶22; "a midwife" ¶7
    Query("midwife Ruby Haslam retiring in 1986", "bf9fcbae", "word-form"),
    # Another script or romanisation
    Query("Чарльз Дарвин Бигль", "a419a8a2", "translit"),  # "HMS Beagle … Charles Darwin" ¶6–8 in Cyrillic
    Query("Луиза Браун", "bf9fcbae", "translit"),  # "Louise Brown, the first baby in the world" ¶9 in Cyrillic
    # "ледокол «Красин» … экспедиции Умберто Нобиле" ¶6–8 in Latin letters
    Query("Umberto Nobile Krasin", "2fad7b6f", "translit"),
    Query("Stepan Ryabov", "2fad7b6f", "translit"),  # "наш земляк Степан Рябов" ¶16 in Latin letters
    Query("Chen Shuzhen", "3ddeee01", "translit"),  # 退休研究员陈淑珍 ¶13 in pinyin
    Query("Хуан де ла Сьерва", "737eb5fb", "translit"),  # "el ingeniero murciano Juan de la Cierva" ¶7 in Cyrillic
    # "Charles Darwin" ¶8 and "as it beat FitzRoy" ¶21 in Chinese characters
    Query("达尔文 菲茨罗伊", "a419a8a2", "translit"),
    # accents dropped: "el teniente Alejandro Gómez Spencer" and "el aeródromo de Getafe" ¶6
    Query("Gomez Spencer Getafe", "737eb5fb", "translit"),
    Query("Боскасл", "22df361f", "translit"),  # "the cloudburst that tore through Boscastle" ¶6 in Cyrillic
    # Russian
    # "Сигнал бедствия первым поймал 3 июня радиолюбитель Николай Шмидт" ¶12
    Query("радиолюбитель Николай Шмидт поймал сигнал бедствия", "2fad7b6f", "russian"),
    Query("дирижабль Италия разбился 25 мая", "2fad7b6f", "russian"),  # "Дирижабль «Италия» разбился 25 мая" ¶11
    # "пройдут лекции для школьников «Ледоколы и люди»" ¶27–28
    Query("лекции для школьников Ледоколы и люди", "2fad7b6f", "russian"),
    # Spanish
    Query("vuelos de bautismo para socios y familiares", "737eb5fb", "spanish"),  # ¶19
    # "Celebraremos el quincuagésimo aniversario de la fundación … con una comida de hermandad" ¶28–29
    Query("comida de hermandad por el quincuagésimo aniversario", "737eb5fb", "spanish"),
    # "Exposición de maquetas y fotografías en el hangar n.º 2" ¶16
    Query("maquetas y fotografías en el hangar n.º 2", "737eb5fb", "spanish"),
    # Chinese
    Query("人工合成牛胰岛素六十周年", "3ddeee01", "chinese"),  # 纪念人工合成牛胰岛素六十周年 ¶5
    Query("小白鼠抽搐了 活性", "3ddeee01", "chinese"),  # 14日，小白鼠抽搐了——活性有了 ¶15
    Query("巡回展出 中小学校", "3ddeee01", "chinese"),  # 专题展还将走进全市中小学校巡回展出 ¶27
    # Mentions and zero-width spaces
    # "NETHERCOMBE LACE HOUSE / Bobbin lace demonstrations, classes" ¶1–2; "BEGINNERS' CLASSES" ¶16
    Query("<@2024> Nethercombe\u200b bobbin lace classes", "defd9cf0", "mention-noise"),
    # "Sunday 10 April: the Fenland Flyer, 40 miles, lunch at the Five Bells, Upwold" ¶10
    Query("@here \u200bFenland Flyer Upwold", "6a4b46a7", "mention-noise"),
    # "their "Emancipation Day"" ¶7; "A red flag will be torn up on the Town Hall steps" ¶20
    Query("<#77> Emancipation Day\u200b red flag", "d7db89b3", "mention-noise"),
    # Typos
    Query("Culverhey Wheelers", "b8eaf6bd", "typo"),  # "the Culverhay Wheelers held their first road race" ¶6
    # "the Skell Viaduct reopens as a path for walkers" ¶9 (6a606987 has the river Skell, no viaduct)
    Query("Skel Viaduct", "ef40af1f", "typo"),
    Query("Trevelick flash flood", "22df361f", "typo"),  # "FLASH FLOOD LEAVES TREVELLICK COUNTING THE COST" ¶4
    # Names
    # "one teacher, Miss Eliza Crabtree" ¶23
    Query("Eliza Crabtree", "4107b7b9", "name"),
    # "opened … by the Mayor, Cllr Harold Beddoes" ¶9–10 (07f2839b: "the mayor cut the ribbon", unnamed)
    Query("Harold Beddoes", "fc9acc7f", "name"),
    # Phrases
    Query("the newspapermen were climbing the drainpipes", "bf9fcbae", "phrase"),  # ¶19–20
    Query("a deal quicker than my boat", "fc9acc7f", "phrase"),  # Alfred Gurney: "It is a deal quicker …" ¶15
    # the bypass "will never be built in our lifetime" ¶19–20
    Query("will never be built in our lifetime", "b8eaf6bd", "phrase"),
    # Questions
    # "Repainting … The bridge will be closed from 2 December to 10 January" ¶23–24; the Lenn ¶7
    Query("when will the Lenn footbridge be closed for repainting?", "07f2839b", "question"),
    # "Last year's climb … was won by Gareth Lisle in 2 min 41 sec" ¶18
    Query("who won last year's hill climb?", "6a4b46a7", "question"),
    # "the Halsworth Show … has been called off. Last year's show drew twelve thousand visitors." ¶25–26
    Query("how many visitors did the Halsworth Show draw?", "89611437", "question"),
    # "Gurney & Sons' tannery on Bridge Wharf, which opened on 3 March 1858" ¶38
    Query("when did Gurney's tannery open?", "80dd26cf", "question"),
    # Topics
    # "the last section of the M25 was opened and the London Orbital became a complete ring" ¶6–7
    Query("last section of the M25 London Orbital opened", "18d5a177", "topic"),
    # "TOWN READY TO SEE IN THE MILLENNIUM" ¶22; "A skating rink" ¶25; "the bells of St Aldate's" ¶29
    Query("skating rink and St Aldate's bells at the millennium", "95d3ab80", "topic"),
    # "OUR CENTENARY" ¶21; "an open day with old photographs, a Victorian schoolroom" ¶23–24
    Query("St Wilfrith's centenary open day Victorian schoolroom", "4107b7b9", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # the Ferry Lane footbridge (07f2839b, fc9acc7f): "the engineer's promise" (07f2839b ¶15) names nobody
    "who designed the Ferry Lane footbridge?",
    # the repainting (07f2839b ¶19–24): a colour, a closure and a diversion; no sum anywhere
    "what is the repainting budget for the Ashenford bridge?",
    # Alan Pengelly restores the Beagle model (a419a8a2 ¶31); lace and bobbins are Nethercombe's (defd9cf0)
    "Alan Pengelly lace bobbins",
    # Alfred Gurney, 86, crossed first in 1989 (fc9acc7f ¶14–15); his death is never reported
    "when did Alfred Gurney die?",
    # "more than thirty motorists set off from London for Brighton" (d7db89b3 ¶5–7); no winner, no race
    "who won the 1896 Emancipation run to Brighton?",
    # "08.00 Centenary Run to the coast at Sandwold, 52 miles" (d7db89b3 ¶24); no finishing time
    "what time does the Hexworth Centenary Run finish?",
    # "The little stone house on Church Row" (defd9cf0 ¶4): three generations of Tidballs; no date of building
    "when was the Nethercombe Lace House built?",
    # "The dinner will be on Friday 24 June at the Crown" (6a4b46a7 ¶22); tickets £12; no menu
    "what is on the menu at the Wenmarsh annual dinner?",
    # the old Holmbury road is "to be replaced … by the new bypass, due to open in 1999" (6a4b46a7 ¶26–27);
    # no length
    "how long is the Holmbury bypass?",
    # "a talk on motorway maps to the Oakhurst Local History Society" (18d5a177 ¶26); no founding year
    "when was the Oakhurst Local History Society founded?",
    "which biscuit firm did Dad work for?",  # "a rep for a biscuit firm" (18d5a177 ¶7); the firm is never named
    # "Vuelos de bautismo para socios y familiares" (737eb5fb ¶19); no price
    "¿cuánto cuesta un vuelo de bautismo en Villacardel?",
    # "El club se fundó el 5 de mayo de 1973" (737eb5fb ¶26); no president is named, only "La Junta Directiva"
    "¿quién fue el primer presidente del Aeroclub de Villacardel?",
    # Villacastín is 4 edits from Villacardel, the only aeroclub (737eb5fb)
    "Aeroclub de Villacastín",
    # "Дирижабль «Италия» разбился 25 мая" (2fad7b6f ¶11); its crew is never counted
    "сколько человек было в экипаже дирижабля Италия?",
    # Степан Рябов (2fad7b6f ¶16–18): his diary came through his granddaughter; no death
    "когда умер Степан Рябов?",
    # Кандалакшский is 4 or more edits from Кандалогорский («КАНДАЛОГОРСКИЙ РАБОЧИЙ», 2fad7b6f ¶1)
    "Кандалакшский рабочий ледокол",
    "陈淑珍 获得什么奖",  # 陈淑珍 (3ddeee01 ¶13–20): a diary, a donation, a talk; no prize
    # 专题展 (3ddeee01 ¶10); the talk needs booking (¶21); no ticket price anywhere
    "一粒晶体六十年 专题展 门票价格",
    # 梧州 shares no character with 桐洛; 日报·科教版 is the Tongluo paper's header (3ddeee01 ¶1)
    "梧州日报 科教版",
    # Culverton is 3 edits from Culverhay, whose club is the Wheelers (b8eaf6bd ¶6, ¶28); no cricket
    "Culverton cricket club fixtures",
    # Branscombe is 3 edits from Barncombe, the only maritime museum (a419a8a2 ¶14)
    "Branscombe maritime museum",
    # Holsworthy is 2 edits from Halsworth, whose show was "called off" (89611437 ¶25)
    "Holsworthy show cancelled",
    # Eliza Crabtree is the first teacher of 1898 (4107b7b9 ¶23); the funeral at Millhey Methodist Church is
    # Ruby Haslam's (bf9fcbae ¶30)
    "Eliza Crabtree funeral Methodist church",
    # Cllr Joan Ridley chairs the environment committee (07f2839b ¶24–25); the tannery is Gurney's (80dd26cf)
    "Joan Ridley tannery",
    # the viaduct reopens "three years after it last carried a train" (ef40af1f ¶10); no first train
    "when did the Skell Viaduct first carry a train?",
    # "forty-one pupils and one teacher" in 1898 (4107b7b9 ¶22); no present roll
    "how many pupils does St Wilfrith's have today?",
    # "the consultant came in late" (bf9fcbae ¶18–19); never named
    "who was the consultant at Louise Brown's birth?",
    "how high is Carr Hill?",  # "a beacon on Carr Hill" (95d3ab80 ¶29–30); no height
    # "Качали нашего капитана на руках" (2fad7b6f ¶19); the captain is never named
    "как звали капитана ледокола Красин?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind67/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
