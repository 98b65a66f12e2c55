"""An ninety-second lookup query set, for tuning ranking (written in the forty-sixth session): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind91.py and tests/queries_blind93.py, unscored
  or written at the same time as this one, were not opened and are not part of the check). A throwaway script
  compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё read as
  е, Chinese by character pairs, a few stop words left out) with every earlier query (some twelve thousand),
  and with the earlier queries of this set, while the set was being written; a query sharing more than half
  of its words with any one of them was replaced. The seeds have been queried so often by now that nearly
  every pair of names in an article and most of its phrases were already taken: these seed queries join three names,
  or passages and words, that no earlier query joined, and most first drafts (some four in five) had to be
  rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind104/docs, copied as ONE
  corpus into a subfolder blind104/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 7 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection than the text uses, in English, Russian and Spanish), translit
5 + 12 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese characters
as a Russian or Chinese newspaper transcribes them, Chinese names in their characters or in another
romanisation, Latin letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian
2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 3 (1–2 edits a word), name 3 + 3, phrase 2 + 4, question 3 + 5, topic
3 + 4: 36 + 56 answerable, and 21 + 32 unanswerable. Every answerable query is answered by the documents'
own words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
won, conducted or took the photographs, who was a first librarian or a liner's captain; when someone
retired or left the army; how many, how long, what time, what it cost, which hotel, what a town crier, a
vicar, a friend or four guides were called); a place the corpus does not hold but spelled close to one it
does (two or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one or
more words with its corpus on purpose (in another script for some of them), and every article holding
those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets, and in the new documents, which have no blank
lines, each line) holds all of the query's words. For word-form queries it checked that the form the
query uses is not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind104/docs/* into ONE temporary
# corpus folder under the subfolder blind104/: files are then "blind104/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind104/docs",)
NEWDOCS_SUBDIRS = ("blind104",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "da21c3d5": "BRANTONBY BOROUGH COUNCIL — PRESS RELEASE",
    # en_brantonby_tribune_digest.txt, split by the loader: the header with the first cutting, Pooh's birthday
    # (¶1–6), the market hall's opening (¶9–12), the bus station (¶15–19); the "* * *" rules (¶7, ¶13) and the
    # datelines (¶8, ¶14) belong to none of them
    "10bcd577": "BRANTONBY TRIBUNE · three cuttings from the library's scrapbook",
    "8280da6c": "THREE THOUSAND BRAVE THE RAIN FOR MARKET HALL",
    "c7c767dd": "BUS STATION TO CLOSE FOR REBUILD",
    "cbe9fd98": "CALDWINCH ARCHERS — THE NOCK POINT",
    "03190d90": "FORTY YEARS ON: THE DAY THE QUEEN CAME TO CLYDEBANK",
    "742b8ce3": "Gwenda Clutterbuck",
    # en_hulvercombe_pilot_digest.txt, split by the loader: the header with the first cutting, the Tate's
    # hundredth (¶1–6), the harriers (¶9–12), the boy wizard (¶15–19); the "— — —" rules (¶7, ¶13) and the
    # datelines (¶8, ¶14) belong to none of them
    "3848b951": "HULVERCOMBE PILOT · cuttings kept by the Hulvercombe Arts Society",
    "198f80cb": "HARRIERS READY FOR WINTER",
    "768ef5d2": "TWENTY-FIVE YEARS OF THE BOY WIZARD",
    "9db3602e": "Kimberwell Church of England Primary School",
    "72cf45fd": "THE LINTWHISTLE INTELLIGENCER",
    "6051030b": "PETHERMOUTH, Friday, 19 May",
    "d7588b4e": "SALTCOE SEED SWAP AND GROWING CIRCLE",
    "8d9f776d": "STICKY-BACKED PLASTIC: notes from a badge collector",
    "06e0f23a": "WREXLEY GILBERT AND SULLIVAN SOCIETY",
    "0cf53008": "CIENTO CINCUENTA AÑOS EN LA CUMBRE DEL ANETO",
    "347755c9": "ТРИДЦАТЬ ЛЕТ ТАГАНКЕ — И ДВАДЦАТЬ «РАМПЕ»",
    "e8d3c64c": "川藏公路通车六十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "reported by RIA Novosti during a press conference" line 2; "actively gathering and verifying information"
    # line 4; "the 'Patriots' military-patriotic park in the Moscow region" line 7; "verification of historical
    # records" line 11; "while labor-intensive" line 12
    Query("Patriots park RIA Novosti verifying records labor-intensive", "097182f6", "cross-paragraph"),
    # "the mass killings and expulsions of Soviet civilians during the war constituted genocide" line 40; "the
    # 2001 Treaty of Good-Neighborliness and Friendly Cooperation" line 47
    Query("genocide Soviet civilians expulsions Treaty of Good-Neighborliness", "b39d8185", "cross-paragraph"),
    # "Anna May Wong (real name Wong Liu Tsong)" ¶115; "Her final defiant words before a firing squad" ¶117; "a
    # court in Warsaw trying a Nazi for his part in the Holocaust" ¶125
    Query("Warsaw court Holocaust Wong Liu Tsong firing squad", "ccf1d4fa", "cross-paragraph"),
    # "cooperation documents in such areas as market regulation, metrology, and media" ¶261; "Belarus is an
    # all-weather partner to China and a friend that can always be relied upon" ¶265
    Query("metrology market regulation Belarus friend relied upon", "0e5d6094", "cross-paragraph"),
    # "would have had free rein to deploy their forces" ¶357; "This webinar is the companion to our commemoration
    # of VE or Victory in Europe Day" ¶359; "Jodie Evans (Co-founder of Code Pink)" ¶365 (the list ¶363–369)
    Query("Code Pink VE Day companion webinar free rein", "d89fdf72", "cross-paragraph"),
    # Word forms: the text has another form
    # Arthur Clegg: "Only years later did he realise that it was the same Younghusband … he was trying to make
    # amends for his past efforts to weaken China" ¶521 (realise → realising, trying → tried)
    Query("Clegg realising Younghusband tried to make amends", "ac7222d4", "word-form"),
    # "Liu believed the activities organized were of great significance for advancing cooperation between the
    # Northeast of China and the Far East of Russia" line 10 (believed → believing)
    Query("Liu Qibao believing the activities were of great significance for the Northeast", "054ef6fb", "word-form"),
    # "trade is being used as a tool to interfere in other countries' internal affairs" ¶461 (used → using;
    # b39d8185 lines 49–52 have "interfere in domestic affairs" and "interference in internal affairs", no trade
    # used as a tool)
    Query("using trade as a tool to interfere in internal affairs", "e065690c", "word-form"),
    # "its international influence and appeal are increasing day by day" ¶435 (increasing → increased)
    Query("SCO influence and appeal increased day by day", "9e49ddff", "word-form"),
    # Another script or romanisation
    # "Anna May Wong (real name Wong Liu Tsong)" ¶115, her Chinese name in pinyin (the text romanises it in
    # Cantonese); "Lady From Chungking" ¶113/129
    Query("Huang Liushuang Lady from Chungking", "ccf1d4fa", "translit"),
    # "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505, the bridge's Chinese name in pinyin
    Query("Lugouqiao incident 1937", "ac7222d4", "translit"),
    # "The Vietnamese newspaper Nhân Dân" ¶145 and "President Kaysone Phomvihane" ¶167 in Cyrillic
    Query("Кайсон Фомвихан Нян Зан", "20f574be", "translit"),
    # "Dr. Norman Bethune" ¶275 and "Chelsea Football Club" ¶291 in Chinese characters
    Query("白求恩 切尔西", "7ab1f62c", "translit"),
    # "Michael Lindsay …, whose expertise in radio engineering was much appreciated and personally commended by
    # Mao Zedong" ¶501, Mao in the Wade–Giles romanisation of the time
    Query("Mao Tse-tung Michael Lindsay radio", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic)
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "Rewi Alley" ¶495; "Her father,
    # Arthur Clegg" ¶515
    Query("Чоу Юньфат, Рьюи Алли и Артур Клегг", "ac7222d4", "russian"),
    # Liddell ¶285–291; "the Minyuan Stadium. Modeled after London's Stamford Bridge (home of Chelsea Football
    # Club)" ¶291
    Query("Лидделл, Миньюань и Челси", "7ab1f62c", "russian"),
    # Spanish
    # "un proyecto político dedicado a fortalecer la comprensión y apoyo para China según la solidaridad y la
    # verdad" ¶305
    Query("la comprensión y apoyo para China según la solidaridad y la verdad", "dde32893", "spanish"),
    # "tomaron la decisión de ser el partido de las masas de la gente China" ¶315
    Query("el partido de las masas de la gente China", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Denis Sassou Nguesso" ¶23 and "Hungary and Bulgaria also sent senior representatives" ¶21, as Xinhua
    # writes them
    Query("萨苏-恩格索 保加利亚", "faecd2e1", "chinese"),
    # "Foreign Minister Subrahmanyam Jaishankar" ¶451; "The Bloomberg financial news service" ¶463
    Query("苏杰生 彭博社", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "the operation of the China-Laos Railway" ¶139/179; "the historic Ba Dinh Square" ¶143 (362ba691 ¶73 has
    # Ba Dinh Square, not the railway)
    Query("@everyone China-Laos Railway\u200b Ba Dinh Square", "20f574be", "mention-noise"),
    # "Iranian President Masoud Pezeshkian" ¶451; "The Bloomberg financial news service" ¶463
    Query("<@66> Pezeshkian\u200b Bloomberg", "e065690c", "mention-noise"),
    # Typos (1–2 edits)
    # "Egyptian Prime Minister Mostafa Madbouly" ¶405/411; "Egypt" ¶411–413
    Query("Mostafa Madbuli Egipt", "26d64f12", "typo"),
    # "Chinese Ambassador Lan Hu" and "Vice President Delcy Rodríguez" ¶33/53
    Query("Lan Hu Delsy Rodriges", "f78fdcd6", "typo"),
    # "Ivan Melnikov, … Deputy Speaker in Khabarovsk" line 6 (Khabarovsk also line 12)
    Query("Melnikof Khabarovks", "054ef6fb", "typo"),
    # Names
    # "our co-editor Keith Bennett" ¶475; "the legendary Chinese communist Chen Hansheng" ¶491; "J.R. Campbell
    # demanded a Japanese withdrawal" ¶525 (d89fdf72 ¶367 has Keith Bennett only)
    Query("Keith Bennett Chen Hansheng J.R. Campbell", "ac7222d4", "name"),
    # the guests in Hanoi: Díaz-Canel, Zhao Leji and Vladimir Vladimirovich Yakushev ¶153–159 (d807680a has
    # Díaz-Canel only, 362ba691 Zhao Leji only)
    Query("Miguel Díaz-Canel Vladimir Yakushev Zhao Leji", "20f574be", "name"),
    # "Dr. Norman Bethune" ¶275; "Known as the 'Flying Scotsman'" ¶285 (Eric Liddell)
    Query("Norman Bethune Flying Scotsman", "7ab1f62c", "name"),
    # Phrases
    # "Describe the bilateral relationship as uniquely strategic and internally resilient—'not targeting any
    # third party, nor subject to any third party.'" line 48
    Query("not targeting any third party, nor subject to any third party", "b39d8185", "phrase"),
    # "Thongloun said that the Laos-China relationship is now at its best in history" ¶141/181
    Query("the Laos-China relationship is now at its best in history", "20f574be", "phrase"),
    # Questions
    # "When meeting with Vietnamese President Luong Cuong, Zhao Leji conveyed …" ¶71, after To Lam ¶67–69
    Query("which Vietnamese president did Zhao Leji meet besides To Lam?", "362ba691", "question"),
    # "more than 100 million troops and civilians in all countries involved were injured or killed" line 7
    Query("how many troops and civilians were killed or injured in the war, according to Xi?", "424ab945", "question"),
    # "a Virtual Summit of the ten full members of the BRICS cooperation mechanism" ¶449
    Query("how many full members does BRICS have?", "e065690c", "question"),
    # Topics
    # "sought to prevent the punishment of Japanese war criminals or to demilitarise the country, … against the
    # Soviet Union and the forward march of communism in Asia" ¶279
    Query("Japanese war criminals demilitarise forward march of communism", "7ab1f62c", "topic"),
    # "since assuming the role of African co-chair of the Forum on China-Africa Cooperation … carry out the ten
    # partnership actions and foster new growth drivers in green industries, e-commerce and digital payments" ¶27
    Query("e-commerce digital payments ten partnership actions African co-chair", "faecd2e1", "topic"),
    # "his meeting with Ivan Melnikov … the series of festive events … between North-East China and Russian Far
    # East" line 6
    Query("Ivan Melnikov festive events North-East China", "054ef6fb", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "Chen Weihua (Former EU bureau chief of China Daily)" (d89fdf72 ¶364); Xinhua's men are Zheng Bofei and Jin
    # Jing (7ab1f62c ¶287)
    "what was Chen Weihua's role at Xinhua?",
    "Rewi Alley Nobel Prize",  # Rewi Alley, "the New Zealand internationalist" (ac7222d4 ¶495); no prize anywhere
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); the Consulate-General in Edinburgh is 7ab1f62c's (¶273)
    "Radhika Desai Edinburgh consulate",
    "林迈可 妻子 名字",  # Michael Lindsay (ac7222d4 ¶501) in Chinese characters; no wife
    # Callum Norris wrote the delegation's report (6710eba1 ¶533); Stamford Bridge is the Minyuan Stadium's model
    # (7ab1f62c ¶291)
    "Callum Norris Stamford Bridge",
    # Jenny Clegg, "Author and peace activist" (d89fdf72 ¶366) and SACU writer (ac7222d4 ¶513); the Olympic
    # champion is Liddell (7ab1f62c ¶275–287); no torch
    "Jenny Clegg Olympic torch",
    # Li Jinxian, director of the Memorial Work Department (097182f6 line 1), in Cyrillic; no retirement
    "когда Ли Цзиньсянь ушёл на пенсию?",
    # Thongloun (20f574be) was in Beijing and Hanoi; the Minyuan Stadium is in Tianjin, Liddell's (7ab1f62c ¶291)
    "Thongloun Sisoulith Minyuan Stadium",
    # Hun Manet met Xi in Tianjin (5a5d8582 ¶243); on the Tienanmen rostrum were Kim Jong Un and Putin (eca32116
    # ¶219)
    "Hun Manet Tienanmen rostrum",
    # Ganzhou is 3 edits from Gansu, where JISCO's works stand at the edge of the Gobi (dde32893 ¶333–335, "empresa
    # siderúrgica"); the one "plant" in English is Dunhuang's solar plant (6710eba1 ¶539)
    "Ganzhou Gobi steel plant",
    "Лидделл в Хабаровске",  # Liddell (7ab1f62c) in Cyrillic; Khabarovsk is Liu Qibao's visit (054ef6fb)
    # "announced during a July event in the Korean city of Wonsan" (097182f6 line 7); no time of day
    "what time did Lavrov's Wonsan event start?",
    # Hunan is 2 edits from Yan'an, where the 7th National Congress was held (6710eba1 ¶557, dde32893 ¶315)
    "Hunan revolutionary base 7th Congress",
    # "his department is actively gathering and verifying information" (097182f6 line 4); no date
    "when did Li Jinxian's department begin restoring memorial sites in Russia?",
    # George Hogg (ac7222d4 ¶483–499) in Chinese characters; "from a privileged background" (¶493), no father
    "何克 父亲 职业",
    "who took the photographs at the Caracas inauguration?",  # f78fdcd6 ¶33–57: no photographer
    # "On the evening of September 4, … Xi Jinping held talks … with … Kim Jong Un" (eca32116 ¶223); no length
    "how many hours did Xi's talks with Kim Jong Un last?",
    # "Aun en uno de los hoteles" (dde32893 ¶323), never named; Shanghái ¶307/339
    "which hotel did Sydney Loving's delegation stay at in Shanghai?",
    # Lan Hu thanked Venezuela "for the construction of this commemorative monument" (f78fdcd6 ¶45); no sum
    "how much did Lan Hu's embassy pay for the Caracas monument?",
    # Dunhuang (dde32893 ¶307/325/335): the only tasting is the JISCO wine at Jiayuguan (¶335)
    "¿qué comieron los delegados en Dunhuang?",
    # "una fábrica de robótica en donde demostraron los avances en la cirugía e industria" (dde32893 ¶339); no count
    "¿cuántos robots hay en la fábrica de robótica de Shanghái?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Hannah Gosse's cheese counter" ¶6; "The consultation runs from 3 June to 12 July" ¶9; "Councillor Ravi
    # Chaudhry" ¶12
    Query("Hannah Gosse cheese counter Ravi Chaudhry consultation", "da21c3d5", "cross-paragraph"),
    # "the first day Premium Bonds went on sale" ¶6; "a second-hand sewing machine" ¶7; "She moved into Hawthorn
    # House" ¶12; "the funeral directors, Penberthy and Sons" ¶15
    Query("Premium Bond sewing machine Hawthorn House Penberthy", "742b8ce3", "cross-paragraph"),
    # "Josiah Treloar, a twenty-two-year-old able seaman" ¶2; "written aboard Erebus at the Whalefish Islands" ¶3;
    # "Two talks … by Dr Aled Vosper" ¶11
    Query("Josiah Treloar Whalefish Islands Aled Vosper", "6051030b", "cross-paragraph"),
    # "Pauline Heddon won the ladies' recurve" ¶6; "a second set of straw bosses" ¶10; "The Spring Clout" ¶13
    Query("Pauline Heddon straw bosses Spring Clout", "cbe9fd98", "cross-paragraph"),
    # "to watch Concorde take off on its first passenger flight, to Bahrain" ¶4; "new electric trams ran on the
    # Lintwhistle to Millheaton route" ¶11
    Query("Concorde Bahrain electric trams Millheaton", "72cf45fd", "cross-paragraph"),
    # "Вера Ильинична Сомова" ¶4; "В её дневнике" ¶5; "Режиссёр театра Глеб Арсеньевич Кудимов" ¶13
    Query("Вера Ильинична Сомова дневнике Кудимов", "347755c9", "cross-paragraph"),
    # 赵德全老人 ¶5; 他第一次看到了布达拉宫 ¶7; 录音整理稿将送到县档案馆保存 ¶14
    Query("赵德全 布达拉宫 县档案馆", "e8d3c64c", "cross-paragraph"),
    # Word forms
    # "she made a speech of exactly four minutes and corrected the Mayor's dates twice" ¶11 (corrected →
    # correcting)
    Query("Gwenda Clutterbuck correcting the Mayor's dates", "742b8ce3", "word-form"),
    # "She sailed from Southampton for New York on 2 May 1969, and Davie watched the news of it on the television
    # in the Lochart Arms" ¶11 (watched → watching)
    Query("Davie watching the maiden voyage news in the Lochart Arms", "03190d90", "word-form"),
    # "Year 6 are performing Peter Pan" ¶5; "the children will have to blow out the candles at the dress rehearsal
    # instead" ¶6 (blow → blowing; 06e0f23a ¶6 has a dress rehearsal, no candles)
    Query("Year 6 blowing out the candles at the dress rehearsal", "9db3602e", "word-form"),
    # "A wreath of thrift and heather was dropped into the harbour mouth at noon today" ¶1 (dropped → drops)
    Query("wreath of thrift and heather drops into the harbour mouth", "6051030b", "word-form"),
    # "Allí levantaron un montón de piedras y dejaron sus nombres en una botella" ¶5 (levantaron → levantan,
    # dejaron → dejan)
    Query("levantan un montón de piedras y dejan sus nombres en una botella", "0cf53008", "word-form"),
    # Сомова ¶4; her diary: "Сидела на ступеньках. Плакала." ¶5 (сидела → сидит, плакала → плачет; the text has
    # Таганке, Таганку, never Таганки)
    Query("Сомова сидит на ступеньках Таганки и плачет", "347755c9", "word-form"),
    # Another script or romanisation
    Query("Дэви Ламсден", "03190d90", "translit"),  # "a riveter's boy, Davie Lumsden" ¶5 in Cyrillic
    Query("Гвенда Клаттербак", "742b8ce3", "translit"),  # "Gwenda Clutterbuck" ¶1, ¶3 in Cyrillic
    # "Sir John Franklin's ships Erebus and Terror" ¶1 (Franklin also ¶14) in Chinese characters
    Query("约翰·富兰克林", "6051030b", "translit"),
    # "Театр на Таганке Юрия Любимова" ¶3 (Любимов ¶13) in Latin letters
    Query("Yuri Lyubimov Taganka", "347755c9", "translit"),
    Query("Zhao Dequan Xueba", "e8d3c64c", "translit"),  # 雪坝镇 … 赵德全老人 ¶5 in pinyin
    # accents dropped: "Sesuéjar (Ribagorza)" ¶2; "El presidente del club, Ramón Lanuza" ¶13
    Query("Sesuejar Ramon Lanuza", "0cf53008", "translit"),
    # "Albert de Franqueville y Platon de Tchihatcheff" ¶3: the Russian explorer's name as Russians write it
    Query("Платон Чихачёв", "0cf53008", "translit"),
    # "the collection of British paintings given by Sir Henry Tate" ¶4 in Chinese characters
    Query("亨利·泰特", "3848b951", "translit"),
    # "Librarian Asha Mistry" ¶18 and "a quarter of a century of Harry Potter" ¶16 (also ¶17) in Cyrillic
    Query("Аша Мистри Гарри Поттер", "768ef5d2", "translit"),
    # "WREXLEY GILBERT AND SULLIVAN SOCIETY" ¶1 ("with Gilbert directing and Sullivan in the pit" ¶4) in Chinese
    # characters
    Query("吉尔伯特 沙利文", "06e0f23a", "translit"),
    # "presented by Christopher Trace and Leila Williams" ¶4 in Cyrillic
    Query("Кристофер Трейс и Лейла Уильямс", "8d9f776d", "translit"),
    Query("Инес Варко", "d7588b4e", "translit"),  # "a practical talk by Ines Varcoe" ¶14 (Ines ¶20) in Cyrillic
    # Russian
    # "состоится вечер воспоминаний «Как мы ездили на Таганку»" ¶9
    Query("вечер воспоминаний «Как мы ездили на Таганку»", "347755c9", "russian"),
    # "в фойе откроется выставка афиш и фотографий из архива «Рампы»" ¶10
    Query("выставка афиш и фотографий из архива «Рампы»", "347755c9", "russian"),
    # "привезла оттуда диплом за лучшую женскую роль" ¶12
    Query("диплом за лучшую женскую роль", "347755c9", "russian"),
    # Spanish
    Query("misa de montaña en la cima", "0cf53008", "spanish"),  # "La misa de montaña se celebrará … en la cima" ¶12
    # "habrá baile en la plaza, con la orquesta Montesol" ¶20
    Query("baile en la plaza con la orquesta Montesol", "0cf53008", "spanish"),
    # "el club organizará en Sesuéjar un encuentro de clubes de montaña del Pirineo" ¶14
    Query("encuentro de clubes de montaña del Pirineo", "0cf53008", "spanish"),
    # Chinese
    Query("第一批车队 汽车兵", "e8d3c64c", "chinese"),  # 当年是一名汽车兵，随第一批车队开进了拉萨 ¶5
    Query("川藏线上的雪坝人 专题展览", "e8d3c64c", "chinese"),  # 举办"川藏线上的雪坝人"专题展览 ¶16
    Query("二十多万字的文稿", "e8d3c64c", "chinese"),  # 整理成了二十多万字的文稿 ¶10
    # Mentions and zero-width spaces
    # "The Spring Clout, our longest-standing open shoot" ¶13
    Query("<@8841> Spring Clout\u200b open shoot", "cbe9fd98", "mention-noise"),
    # "Librarian Asha Mistry" ¶18; "a weekend readathon" ¶16 (also ¶19)
    Query("@here Asha Mistry\u200b readathon", "768ef5d2", "mention-noise"),
    # "We meet in the Reading Room on Quarry Lane, which has a ramp and a kitchen" ¶4
    Query("<#77> Quarry Lane\u200b Reading Room ramp", "d7588b4e", "mention-noise"),
    # Typos
    # "Hulvercombe Harriers' winter cross-country league" ¶10 (title "HARRIERS READY FOR WINTER" ¶9)
    Query("Hulvercome Hariers", "198f80cb", "typo"),
    Query("Lintwistle Inteligencer", "72cf45fd", "typo"),  # "THE LINTWHISTLE INTELLIGENCER" ¶1
    Query("Pethermoth Heritige Group", "6051030b", "typo"),  # "Pethermouth Heritage Group" ¶10
    # Names
    Query("Noreen Catterick", "3848b951", "name"),  # "the society's chairman, Noreen Catterick" ¶5
    Query("Derek Scullion", "c7c767dd", "name"),  # "Councillor Derek Scullion said the work was 'long overdue'" ¶19
    Query("Lorna Quayle", "cbe9fd98", "name"),  # "the secretary, Lorna Quayle" ¶9 (and ¶22)
    # Phrases
    Query("Yard feels empty without her on the slip", "03190d90", "phrase"),  # the diary for 21 September, ¶9
    Query("a professional committee woman", "742b8ce3", "phrase"),  # "by her own account, 'a professional …'" ¶10
    # "'The noise went right through us,' said Andrew Tasker, 15." ¶4
    Query("The noise went right through us, said Andrew Tasker", "72cf45fd", "phrase"),
    Query("I will be the one with the shoebox", "8d9f776d", "phrase"),  # ¶18
    # Questions
    # "on 16 October 1958, the first Blue Peter went out on BBC television" ¶4
    Query("when did the first Blue Peter go out on BBC television?", "8d9f776d", "question"),
    # "Those repairs were carried out last year, from 8 January to 23 March, at a cost of £412,000" ¶8
    Query("what was the cost of the Market Hall repairs from 8 January to 23 March?", "da21c3d5", "question"),
    # "The Mikado opened at the Savoy Theatre … It ran for 672 performances" ¶4
    Query("how many performances did The Mikado run for at the Savoy?", "06e0f23a", "question"),
    # "on 14 October 1926, A. A. Milne's Winnie-the-Pooh was published" ¶4
    Query("when was Winnie-the-Pooh published?", "10bcd577", "question"),
    # "opened … by the Mayor, Councillor Edna Fairlie, who cut the ribbon under an umbrella held by the town crier"
    # ¶10 (da21c3d5 ¶5 tells of the opening, without the umbrella)
    Query("who held the umbrella for Edna Fairlie at the Market Hall opening?", "8280da6c", "question"),
    # Topics
    # "Brantonby bus station will close … while … a new waiting room is built. Buses will use temporary stops in
    # Wickgate" ¶16 (title "BUS STATION TO CLOSE FOR REBUILD" ¶15)
    Query("bus station rebuild temporary stops in Wickgate", "c7c767dd", "topic"),
    # "ARTS SOCIETY AT THE TATE'S HUNDREDTH" ¶3; "at the Tate Gallery in London on its hundredth birthday" ¶4
    Query("Tate Gallery hundredth birthday", "3848b951", "topic"),
    # "the Queen stood on the launching platform at John Brown's yard in Clydebank and named Cunard's new liner" ¶3;
    # "the ship the yard called Q4" ¶4
    Query("Q4 Cunard liner Clydebank launching platform", "03190d90", "topic"),
    # "Spare plants very welcome; all proceeds go to the Reading Room roof fund" ¶12
    Query("Reading Room roof fund spare plants", "d7588b4e", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Edna Fairlie opened Brantonby's Market Hall (da21c3d5 ¶5, 8280da6c ¶10); the Premium Bond is Gwenda
    # Clutterbuck's (742b8ce3 ¶6–8)
    "Edna Fairlie Premium Bond",
    # Davie Lumsden watched the QE2 launched (03190d90); Concorde is the Lintwhistle schoolboys' (72cf45fd ¶4)
    "Davie Lumsden Concorde",
    # Asha Mistry is Hulvercombe's librarian, of the Harry Potter readathon (768ef5d2 ¶18); Pooh's birthday is
    # Brantonby's, read by Mrs Elsa Pettigrew (10bcd577 ¶4)
    "Asha Mistry Winnie-the-Pooh",
    # Noreen Catterick led the Tate outing (3848b951 ¶5); the Savoy Theatre is the Mikado's (06e0f23a ¶4–5)
    "Noreen Catterick Savoy Theatre",
    "Ines Varcoe archery",  # Ines Varcoe gives the seed-saving talk (d7588b4e ¶14); the archery is Caldwinch's
    # Lorna Quayle is the archers' secretary (cbe9fd98 ¶9); the cheese counter is Hannah Gosse's (da21c3d5 ¶6)
    "Lorna Quayle cheese counter",
    # Pauline Heddon won the ladies' recurve (cbe9fd98 ¶6); the cross-country league is the Harriers' (198f80cb)
    "Pauline Heddon cross-country league",
    # "The Spring Clout … is on Monday 9 April" (cbe9fd98 ¶13), still to come; Gareth Mold won the compound at the
    # New Year shoot (¶6)
    "who won the compound at the Caldwinch Spring Clout?",
    # "who cut the ribbon under an umbrella held by the town crier" (8280da6c ¶10); the crier is not named
    "what was the name of the Brantonby town crier?",
    # "Work on a new lift to the upper gallery, already agreed and paid for" (da21c3d5 ¶11); the one sum is the
    # roof repairs' £412,000 (¶8)
    "how much did the new lift at Brantonby Market Hall cost?",
    # the maiden voyage from Southampton on 2 May 1969 (03190d90 ¶11); no captain anywhere (6051030b ¶7 has
    # Franklin's captains Crozier and Fitzjames)
    "who was the captain of the Queen Elizabeth 2 on her maiden voyage?",
    # "from Friday 24 to Sunday 26 June … The last reader will finish at 4pm on Sunday" (768ef5d2 ¶16–17); no start
    "what time does the Hulvercombe readathon start?",
    # "a gold badge I have never dared to wear" (8d9f776d ¶10), after "a very expensive afternoon on an auction
    # website"; no price
    "how much did the gold Blue Peter badge cost?",
    # "given to it … by the wife of the first borough librarian" (10bcd577 ¶5); neither is named
    "who was the first borough librarian of Brantonby?",
    # "The party travelled up by coach" for the day (3848b951 ¶4–5); no hotel anywhere
    "which hotel did the Hulvercombe Arts Society stay at in London?",
    # "the final at Colly Down" (198f80cb ¶10) is still to come; the count, nineteen of twenty-eight, is last
    # year's opening race (¶11)
    "how many runners finished the Colly Down final?",
    # "Frank Clutterbuck, a signalman" (742b8ce3 ¶5), "Frank died on 12 January 2004" (¶10); no retirement
    "when did Frank Clutterbuck retire as a signalman?",
    # "the first customer, the vicar, bought five" (742b8ce3 ¶6); the vicar is not named
    "what was the name of the vicar who bought five Premium Bonds?",
    # "Last year's production, The Gondoliers" (06e0f23a ¶15): no conductor; Gillian Orrell conducts the Mikado (¶9)
    "who conducted the Wrexley Gondoliers?",
    "what time does the Saltcoe plant sale end?",  # "Plant sale, 20 May, from 10am" (d7588b4e ¶12); no end
    # "Tickets had to be bought by Monday 17 September, and all 60 have gone" (03190d90 ¶13); no price
    "how much did the Drumlochart reunion tickets cost?",
    # Brantingham is not in the corpus; the market hall's open day and cake are Brantonby's (da21c3d5 ¶4–5)
    "Brantingham Market Hall open day cake",
    "Caldicot archery club",  # Caldicot is 4 edits from Caldwinch, whose archers are cbe9fd98's
    # Petherton is 4 edits from Pethermouth, whose Franklin exhibition is 6051030b's (¶10)
    "Petherton Franklin exhibition",
    # Kimberley is 3 edits from Kimberwell, whose primary school puts on Peter Pan (9db3602e); no nativity
    "Kimberley primary school nativity",
    "Wrexham Mikado",  # Wrexham is 3 edits from Wrexley, whose Mikado is 06e0f23a's
    # "Билеты на премьеру проданы" (347755c9 ¶17), the premiere being «Добрый человек из Сезуана» (¶8); no price
    "почём билеты на премьеру «Доброго человека из Сезуана» в «Рампе»?",
    # "билет ей отдала подруга" (347755c9 ¶4); the friend is not named
    "как звали подругу, которая отдала билет Вере Ильиничне?",
    # "Las inscripciones para la subida se cierran el jueves 23 de julio" (0cf53008 ¶10); no price
    "precio de la inscripción para la subida conmemorativa al Aneto",
    # "con cuatro guías del valle" (0cf53008 ¶3), "los nombres que nadie recuerda" (¶8): never named
    "¿cómo se llamaban los cuatro guías de 1842?",
    "赵德全 什么时候 退伍",  # 赵德全 "当年是一名汽车兵" (e8d3c64c ¶5); no date he left the army
    # 从成都到拉萨用了九天 (e8d3c64c ¶11), 每一公里都有人留在了山上 (¶9); no length
    "川藏公路 成都到拉萨 里程",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind104/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
