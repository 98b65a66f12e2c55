"""A sixty-fifth lookup query set: the BLIND set of the thirty-second round, RICH IN UNANSWERABLE QUERIES.
It was written in the thirty-first session by a counts-only writer, who reported its counts only (by kind
and corpus), never its queries, names or subjects, and it is committed unscored: it is scored once, at the
end of the thirty-second round, by people who have not seen it; nobody reads it or tunes on it before then
(once it has been scored, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind63.py and
  tests/queries_blind64.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, mentions and a few stop words
  left out) with every earlier query (some 8,100 of them), and with the other queries of this set, while
  the set was being written; a query sharing more than half of its words with any one of them was
  replaced. The seeds have been queried many thousands of times by now, and nearly every name and phrase
  of them has been used; so these seed queries join names or passages of one article that no earlier
  query joined, or use passages, forms and scripts no earlier query used, and about four in five of the
  first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind77/docs, copied as ONE
  corpus into a subfolder blind77/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic
names, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3
(1–2 edits a word), name 2 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3: 35 + 48 answerable, and
20 + 30 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
is a mayor, who governs a city, who drove a train or a locomotive, who scored, designed or will judge,
who won an election, which ministers, which hospice, which hotel; when a party was founded, what day
someone arrived; how many passengers, visitors or sheep, how many people live somewhere; what a donation,
a filter, a car or an entry cost; what time something starts or finishes; what someone's parents,
granddaughters or husband were called, what someone died of, what gift someone gave); a place the
corpus does not hold but spelled close to one it does (two or more edits from anything real in it);
Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in another
script for some of the seeds' ones), and every article holding those words was read to confirm that
none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets, and in the new documents, which have no blank
lines, each line) holds all of the query's words. For word-form queries it checked that the form the
query uses is not in the corpus (or, where it is, in which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind77/docs/* into ONE temporary
# corpus folder under the subfolder blind77/: files are then "blind77/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind77/docs",)
NEWDOCS_SUBDIRS = ("blind77",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "0a81e7c3": "ASHGILL COURIER · WEEKEND FEATURES",
    "77c7ba0a": "BRACKENWOLD TOWN COUNCIL — PRESS RELEASE",
    "dbfeb905": "THE WENSBECK ADVERTISER · OBITUARIES",
    "e7c6d6c9": "DUNNOW HILL FARM — LAMBING OPEN DAYS",
    # en_hollinsford_sentinel_sport_digest.txt, split by the loader: the header (¶1–2), the FA Cup final (¶4–10),
    # the drop goal (¶12–19), the Brook Meadow centenary (¶21–27); the "=== CUTTING n · date ===" lines (¶3, ¶11,
    # ¶20) belong to none of them
    "2efbb31b": "THE HOLLINSFORD SENTINEL — FROM THE SPORTS DESK",
    "5fd3f6d5": "CRAZY GANG'S DAY — AND OURS",
    "075fffd4": "THE DROP GOAL HEARD ROUND HOLLINSFORD",
    "613555bd": "A HUNDRED YEARS AT BROOK MEADOW",
    # en_kelsmere_herald_digest.txt, split by the loader: the header (¶1–2), the steamer's return in 1990 (¶4–9),
    # the flood (¶11–17), the return after the lost season (¶19–25); the "--- CUTTING n: date ---" lines (¶3, ¶10,
    # ¶18) belong to none of them
    "9f8f33bb": "THE KELSMERE HERALD — THREE CUTTINGS ON THE LAKE AND ITS STEAMER",
    "f5c5abe9": "LADY ELSPETH SAILS AGAIN",
    "72550482": "LAKE AT RECORD HEIGHT AFTER TWO DAYS OF RAIN",
    "fa7c0e70": "STEAMER BACK AFTER LOST SUMMER",
    "ee7a91dd": "KELSMERE WATER STEAMERS TRUST",
    "5bf2d2b7": "THE LATHMOOR TELEGRAPH",
    "00ed692b": "THE ORLESTONE ECHO",
    "9bc79286": "SCARFIELD & DISTRICT VINTAGE TRACTOR CLUB",
    "59075cb8": "ST JUDE'S, HENNOCK MAGNA — THE VICAR'S LETTER",
    "21253ed2": "SHED ROOF SKIES — notes from a back-garden observatory in Hexley",
    "f4529de4": "EL ECO DE VALDEHIGUERAS",
    "a65a9328": "«ЖУРАВЛИНСКИЙ ВЕСТНИК»",
    "e1224b22": "柘湾日报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines, "line N"), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "which originally appeared in the Morning Star" ¶111; "synopses of all the films" ¶121; "None Shall Escape the
    # Judgement … which envisages a court in Warsaw" ¶125
    Query("Morning Star synopses envisages court in Warsaw", "ccf1d4fa", "cross-paragraph"),
    # "China's Consulate-General in the Scottish capital Edinburgh" ¶273; "he taught at an Anglo-Chinese college"
    # ¶291 (ac7222d4 ¶513 has "Anglo-Chinese Understanding" only)
    Query("Anglo-Chinese college Consulate-General Edinburgh", "7ab1f62c", "cross-paragraph"),
    # "Queen Mother Norodom Monineath Sihanouk" ¶235/239/241; "follow the path of friendship opened by the older
    # generation of Chinese and Cambodian leaders" ¶245
    Query("Queen Mother Monineath older generation path of friendship", "5a5d8582", "cross-paragraph"),
    # "further improving the multidimensional connectivity network across the region" ¶433; "the Tianjin Declaration
    # of the Council of Heads of State" ¶443
    Query("multidimensional connectivity Tianjin Declaration", "9e49ddff", "cross-paragraph"),
    # "the absence of Prime Minister Narendra Modi being widely interpreted as indicating his continued vacillation"
    # ¶451; "to lead the renewal of the multilateral trading system" ¶465
    Query("Narendra Modi vacillation renewal of the multilateral trading system", "e065690c", "cross-paragraph"),
    # Word forms: the text has another form
    # "Since the establishment of diplomatic relations 33 years ago, the two countries have respected and trusted
    # each other" ¶257 (respected, trusted → respecting, trusting)
    Query("respecting and trusting each other Armenia", "0e5d6094", "word-form"),
    # Putin: "made huge national sacrifices in completely defeating the invaders" line 11 (sacrifices → sacrifice,
    # defeating → defeated; "defeated" is in f78fdcd6 ¶37 and 38a7d84f ¶387, without the rest)
    Query("huge national sacrifice completely defeated the invaders", "424ab945", "word-form"),
    # "fuimos a la provincia de Gansu … Pero realmente nos impresionó lo que están haciendo allí" ¶333 (impresionó →
    # impresiona)
    Query("nos impresiona lo que están haciendo en Gansu", "dde32893", "word-form"),
    # "Arthur Clegg details the extraordinary range of forces mobilised by the CCC" ¶519 (details → detailing)
    Query("Arthur Clegg detailing the extraordinary range of forces", "ac7222d4", "word-form"),
    # Another script or romanisation
    Query("Нянзан", "20f574be", "translit"),  # "The Vietnamese newspaper Nhân Dân" ¶145 (and ¶151) as Russian writes it
    Query("悉尼·洛文", "dde32893", "translit"),  # "Sydney Loving" ¶297/299/301/305 in Chinese characters
    Query("Морнинг Стар", "ccf1d4fa", "translit"),  # "which originally appeared in the Morning Star" ¶111 in Cyrillic
    Query("Код Пинк", "d89fdf72", "translit"),  # "Jodie Evans (Co-founder of Code Pink)" ¶365 in Cyrillic
    # "Modeled after London's Stamford Bridge (home of Chelsea Football Club)" ¶291 in Cyrillic
    Query("Челси", "7ab1f62c", "translit"),
    # Russian (names written in Cyrillic)
    # "joined by Chinese Ambassador Lan Hu … and Defence Minister Vladimir Padrino" ¶33 (and ¶53)
    Query("Лан Ху и Владимир Падрино", "f78fdcd6", "russian"),
    # "Zhao Leji attended the ceremony held at the Ba Dinh Square in Hanoi" ¶73; 20f574be has the same ceremony "at
    # the historic Ba Dinh Square" (¶143) with Zhao Leji among its guests (¶156)
    Query("Ба Динь и Чжао Лэцзи", "362ba691", "russian", also=("20f574be",)),
    # Spanish
    # "Y ya que el turismo interno es tan importante, los museos y sitios estaban llenos" ¶325
    Query("el turismo interno es tan importante", "dde32893", "spanish"),
    # "porque nosotros los occidentales somos muy lentos con tanto equipaje" ¶329
    Query("nosotros los occidentales somos muy lentos con tanto equipaje", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Chairman of the National Assembly of Vietnam Tran Thanh Man" ¶65; "Sen. Lt. Gen. Hoang Xuan Chien" ¶77
    Query("陈清敏 黄春战", "362ba691", "chinese"),
    # "Wang Yi, member of the Political Bureau … and Foreign Minister, Yin Yong, Mayor of Beijing" ¶221
    Query("殷勇 王毅", "eca32116", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "a strong family background in pacifism, specifically in the Fellowship of Reconciliation, and rooted in
    # non-conformist Christianity" ¶493
    Query("<@77> Fellowship of Reconciliation\u200b non-conformist", "ac7222d4", "mention-noise"),
    # "Samdech Techo Hun Sen, President of the Cambodian People's Party and President of the Senate of Cambodia" ¶154
    Query("@here Samdech Techo\u200b Senate of Cambodia", "20f574be", "mention-noise"),
    # Typos (1–2 edits)
    # "International Tribunals: … the principles of the Nuremberg and Tokyo Trials" line 39 ("Nuremberg Tribunal"
    # line 40; ccf1d4fa ¶125 has "the actual Nuremberg Trial" only)
    Query("Nuremburg Tokio tribunals", "b39d8185", "typo"),
    # "the communist forces concluded the Long March … the encroaching Nationalist Party (Kuomintang (KMT))" ¶557
    Query("Kuomintan Long Marsh", "6710eba1", "typo"),
    Query("Jiayugaun JISKO", "dde32893", "typo"),  # "En Jiayuguan, visitamos JISCO" ¶335 (2 edits + 1 edit)
    # Names
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "his mentor, the New Zealand
    # internationalist Rewi Alley" ¶495
    Query("Chen Hansheng Rewi Alley", "ac7222d4", "name"),
    # the webinar's speakers: "Chen Weihua (Former EU bureau chief of China Daily)" ¶364; "Jenny Clegg (Author and
    # peace activist)" ¶366 (ac7222d4 ¶513 has Jenny Clegg, without Chen Weihua)
    Query("Jenny Clegg Chen Weihua", "d89fdf72", "name"),
    # Phrases
    # "The unjust and illegal blockade of the United States … constitutes the main obstacle to Cuba's development"
    # ¶101
    Query("the main obstacle to Cuba's development", "d807680a", "phrase"),
    # the CPGB's resolution: "Unless peace forces can be rallied the Japanese attack on Central China will be
    # followed by a German fascist outbreak" ¶509
    Query("Unless peace forces can be rallied", "ac7222d4", "phrase"),
    # Questions
    # "Liu Qibao visited the Russian World War II veteran Lev Abramov, who participated in anti-Japanese liberation
    # war in China" line 14
    Query("what did Lev Abramov take part in?", "054ef6fb", "question"),
    # "Miguel Díaz-Canel Bermúdez paid a state visit to Laos, September 6-7, following his own visits to Vietnam and
    # China" ¶161
    Query("which countries did the Cuban president visit before Laos?", "20f574be", "question"),
    # "His remarks, reported by RIA Novosti during a press conference" line 2 (Li Jinxian, line 1)
    Query("which news agency reported Li Jinxian's remarks?", "097182f6", "question"),
    # Topics
    # "the North East Anti-Japanese United Army (Noraa), a group of Chinese guerrilla fighters" line 3; "restore
    # memorial sites … in Russia" line 1; 054ef6fb (line 12) has the memorial complex at the site of the
    # "North-eastern anti-Japanese united army" camp near Khabarovsk, a fair answer too
    Query("Noraa guerrilla memorials Russia", "097182f6", "topic", also=("054ef6fb",)),
    # "the China-Kyrgyzstan-Uzbekistan railway project, step up cooperation in such areas as … green energy, medical
    # and health care, emergency management" ¶207
    Query("Uzbekistan railway green energy emergency management", "3a9fa4ed", "topic"),
    # "foster new growth drivers in green industries … China and Africa, as important members of the Global South,
    # must shoulder the historic responsibility" ¶27
    Query("China Africa historic responsibility Global South green industries", "faecd2e1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # the one mayor is "Yin Yong, Mayor of Beijing" (eca32116 ¶221); Tianjin's is never named
    "who is the mayor of Tianjin?",
    # "President Thongloun warmly welcomed the Cuban delegation" (20f574be ¶163); no minister is named
    "which Cuban ministers travelled with Díaz-Canel to Laos?",
    "KJ Noh Claudia Jones",  # KJ Noh is a webinar speaker (d89fdf72 ¶368); Claudia Jones is in ccf1d4fa ¶123
    # Rewi Alley is Hogg's mentor (ac7222d4 ¶495); the Long March is 6710eba1's (¶557) and dde32893's (¶315)
    "Rewi Alley Long March",
    # "the operation of the China-Laos Railway" (20f574be ¶139/179); no train, no driver
    "who drove the first train on the China-Laos Railway?",
    # "he even personally received a financial donation from a Colonel Younghusband" (ac7222d4 ¶521); no sum
    "how much did Colonel Younghusband donate?",
    # "the Lao People's Revolutionary Party (LPRP)" (20f574be ¶135); no founding date (the "50th anniversary of the
    # establishment of the Lao PDR", ¶165, is the state's)
    "when was the Lao People's Revolutionary Party founded?",
    # "En Jiayuguan, visitamos JISCO … los obreros construyeron la ciudad entera" (dde32893 ¶335); no mayor
    "¿quién gobierna la ciudad de Jiayuguan?",
    # "Born in 1902 to Scottish missionary parents" (7ab1f62c ¶289); they are not named
    "what were Eric Liddell's parents called?",
    # Putin (c061f0a1, 424ab945, b39d8185) gives no gift; the gift of a monument to Xi is Maduro's (f78fdcd6 ¶35)
    "Путин подарок Си Цзиньпину",
    "кто победил на выборах в Мьянме?",  # Myanmar (26d64f12 ¶405–419) holds no election
    # Ramaphosa is at the BRICS summit (e065690c ¶451/467); the Dunhuang dialogue is 6710eba1's (¶537)
    "Cyril Ramaphosa Dunhuang dialogue",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); the Fellowship of Reconciliation is Hogg's (ac7222d4 ¶493)
    "Radhika Desai Fellowship of Reconciliation",
    "王毅 访问 平壤",  # Wang Yi (eca32116 ¶221) in Chinese characters; Pyongyang is not in the corpus
    "马杜罗 访华 日期",  # Maduro (f78fdcd6) in Chinese characters; he stays in Caracas, no visit to China
    # Ganzhou is 3 edits from Gansu (dde32893 ¶333, ac7222d4 ¶485, 6710eba1 ¶549); the solar plant is Dunhuang's
    "Ganzhou desert solar plant",
    # Shantou is 3 edits from Shandan, whose school cared for "children orphaned by Japan's brutal war" (ac7222d4 ¶483)
    "Shantou school for orphaned children",
    # "durante 10 días visitamos Xi'an, Yan'an, Dunhuang …" (dde32893 ¶307); no date of arrival anywhere
    "¿qué día llegó la delegación a Xi'an?",
    # "Sunday 21 September 2025, 4pm Britain, 11am US Eastern, 8am US Pacific" (d89fdf72 ¶351); no end time
    "what time does the webinar with Ken Hammond finish?",
    # the SCO summit in Tianjin (9e49ddff ¶425, 26d64f12 ¶403); the only hotel is "uno de los hoteles" (dde32893 ¶323)
    "which hotel in Tianjin hosted the SCO leaders?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Margaret Oyelaran, now 71" ¶9 (also ¶16, ¶19); "a new catheter laboratory" ¶20; "The hospital's League of
    # Friends" ¶21
    Query("Margaret Oyelaran catheter laboratory League of Friends", "0a81e7c3", "cross-paragraph"),
    # "DULCIE HARBOTTLE" ¶2 (Harbottle ¶3, ¶7); "I did not dig out the point rods" ¶14; "ran its darts team" ¶17
    Query("Dulcie Harbottle point rods darts team", "dbfeb905", "cross-paragraph"),
    # "the coastguard hut on Skerry Point" ¶6; "Mrs Edna Fairclough of Tanners Row" ¶9; "when asbestos was found"
    # ¶16
    Query("Skerry Point coastguard Edna Fairclough asbestos", "5bf2d2b7", "cross-paragraph"),
    # "lost to the pandemic" ¶21; "is already fully booked" ¶23; "Captain Ann Mawby" ¶24; "will retire at the end of
    # the season" ¶25 (ee7a91dd's Mawby is Captain Ernest Mawby, ¶15)
    Query("Ann Mawby retire pandemic fully booked", "fa7c0e70", "cross-paragraph"),
    # "Пётр Ильич Сомов" ¶6 (Сомов ¶9, ¶18); "автопробег Журавлинск — Тольятти" ¶13 (Тольятти ¶4, автопробег ¶10);
    # "«Машина простая, как табуретка, — смеётся Сомов»" ¶18
    Query("Сомов табуретка автопробег Тольятти", "a65a9328", "cross-paragraph"),
    # 林秀华 ¶6/9/10/14/16; "她至今保存着那一年的日记" ¶6 (日记 ¶7); 生殖医学中心正式成立 ¶10; 在人民公园举行义诊 ¶13
    Query("林秀华 日记 生殖医学中心 义诊", "e1224b22", "cross-paragraph"),
    # Word forms
    # "Louis Washkansky, a 53-year-old grocer" ¶7; "He died of pneumonia on 21 December" ¶11 (died → dying)
    Query("Louis Washkansky dying of pneumonia", "0a81e7c3", "word-form"),
    # "that the tenor be sent to Messrs Taylor at Loughborough before the 24th" ¶8 (sent → sending, irregular)
    Query("sending the tenor to Messrs Taylor at Loughborough", "59075cb8", "word-form"),
    # "Our lambing shed is open" ¶4; "Watch ewes giving birth" ¶5 (ewes → ewe, giving → gives; "gives" is in
    # 5bf2d2b7 ¶23, "the choral society gives a fundraising concert")
    Query("ewe gives birth lambing shed", "e7c6d6c9", "word-form"),
    # "watched a small black dot crawl across the face of the Sun" ¶5 (crawl → crawling)
    Query("black dot crawling across the face of the Sun", "21253ed2", "word-form"),
    # "Todavía se recuerda el golpe del hoyo 16, que sacó de entre los coches del aparcamiento" ¶7 (sacó → saca)
    Query("el golpe del hoyo 16 que saca de entre los coches", "f4529de4", "word-form"),
    # "начальник цеха снял кепку и ничего не сказал" ¶7–8 (снял → снимает)
    Query("начальник цеха снимает кепку", "a65a9328", "word-form"),
    # Another script or romanisation
    Query("Кристиан Барнард", "0a81e7c3", "translit"),  # "Christiaan Barnard and his team" ¶6 in Cyrillic
    Query("Дульси Харботл", "dbfeb905", "translit"),  # "DULCIE HARBOTTLE" ¶2, "Dulcie Harbottle" ¶3 in Cyrillic
    # "Severiano Ballesteros" ¶4–5 (Ballesteros ¶13) in Chinese characters
    Query("巴列斯特罗斯", "f4529de4", "translit"),
    # "Наш земляк Пётр Ильич Сомов" ¶6 and Журавлинск (¶11, "ЖУРАВЛИНСКИЙ" ¶1) in Latin letters
    Query("Pyotr Somov Zhuravlinsk", "a65a9328", "translit"),
    Query("Lin Xiuhua", "e1224b22", "translit"),  # 本市妇幼保健院退休医生林秀华 ¶6 (and ¶9, ¶10, ¶14, ¶16) in pinyin
    # "when Jonny Wilkinson's drop goal went over in the last minute of extra time" ¶14 in Chinese characters
    Query("乔尼·威尔金森", "075fffd4", "translit"),
    Query("Лори Санчес", "5fd3f6d5", "translit"),  # "Lawrie Sanchez heading the goal" ¶6 in Cyrillic
    # accents dropped: "su primer presidente, Ramón Echevarría" ¶9 (Echevarría ¶11, ¶20)
    Query("Ramon Echevarria", "f4529de4", "translit"),
    # "Compiled from the Echo's bound volumes by Frank Ibbotson" ¶3 (and ¶22) in Cyrillic
    Query("Фрэнк Ибботсон", "00ed692b", "translit"),
    # Russian
    # "сошли первые шесть автомобилей ВАЗ-2101" ¶4–5
    Query("первые шесть автомобилей ВАЗ-2101", "a65a9328", "russian"),
    # "клуб «Копейка», в котором сегодня сорок два члена" ¶11
    Query("клуб «Копейка» сорок два члена", "a65a9328", "russian"),
    Query("зимние курсы вождения", "a65a9328", "russian"),  # "зимние курсы вождения пройдут с 17 по 28 декабря" ¶17
    # Spanish
    # "ganó el Open Británico y se convirtió en el campeón más joven del siglo" ¶6
    Query("el campeón más joven del siglo", "f4529de4", "spanish"),
    # "volvió con una pelota firmada que hoy está en la vitrina del club" ¶12
    Query("una pelota firmada en la vitrina del club", "f4529de4", "spanish"),
    # "la exposición «Seve, 1979», con fotografías cedidas por los socios" ¶18
    Query("fotografías cedidas por los socios", "f4529de4", "spanish"),
    # Chinese
    # 我国大陆首例试管婴儿在北京医科大学第三医院诞生 ¶5 (首例试管婴儿 also ¶4)
    Query("首例试管婴儿 北京医科大学第三医院", "e1224b22", "chinese"),
    Query("新病房楼 分批启用", "e1224b22", "chinese"),  # 中心的新病房楼将于6月1日至15日分批启用 ¶15
    Query("市图书馆 讲座 三十年", "e1224b22", "chinese"),  # 林秀华将在市图书馆作题为《三十年》的讲座 ¶14
    # Mentions and zero-width spaces
    # "Evening jazz cruises with the Lakeland Stompers" ¶10
    Query("<@4411> Lakeland Stompers\u200b jazz cruises", "ee7a91dd", "mention-noise"),
    # "A blue plaque for Dr Carrow will be unveiled on the Old Dispensary next year" ¶16
    Query("@everyone Old Dispensary\u200b blue plaque", "77c7ba0a", "mention-noise"),
    # "their first match at Brook Meadow" ¶22; "the club will hold a centenary dinner in the clubhouse" ¶25
    Query("<#808> Brook Meadow\u200b centenary dinner", "613555bd", "mention-noise"),
    # Typos
    # "SCARFIELD & DISTRICT VINTAGE TRACTOR CLUB" ¶1 (1 edit + 1 edit)
    Query("Scarfeld Vintage Tracter Club", "9bc79286", "typo"),
    # "a display by the Brackenwold Nursing Association" ¶12 (1 edit + 1 edit)
    Query("Brackenwald Nursing Asociation", "77c7ba0a", "typo"),
    Query("Orlestown Echo", "00ed692b", "typo"),  # "THE ORLESTONE ECHO" ¶1 (2 edits)
    # Names
    Query("Vic Pardoe", "5fd3f6d5", "name"),  # "landlord Vic Pardoe says the singing has not stopped since" ¶8
    Query("Peter Lumb", "59075cb8", "name"),  # the vicar's signature, "Canon Peter Lumb" ¶25
    # Phrases
    Query("a crowd of several hundred and two goats", "613555bd", "phrase"),  # ¶23
    Query("could be seen from three counties and smelt from four", "00ed692b", "phrase"),  # the bonfire, ¶9
    Query("as long as they keep the levers polished", "dbfeb905", "phrase"),  # the box as a holiday let, ¶15–16
    # Questions
    # "Washkansky lived for eighteen days" ¶11
    Query("how long did Louis Washkansky live after the operation?", "0a81e7c3", "question"),
    # "The spire is to be rebuilt over the summer. The appeal, which has raised £61,000 so far" ¶22
    Query("what total has the Lathmoor spire appeal reached?", "5bf2d2b7", "question"),
    # "Jubilee Day: Tuesday 2 June … Kelsmere Pier to Gorsey Staithe and back, at the same time, 2.30 pm" ¶8–9
    # (f5c5abe9 tells of the first such sailing, without a time)
    Query("what time does the Jubilee Day sailing leave Kelsmere Pier?", "ee7a91dd", "question"),
    # "Volunteers of the Kelsmere Water Steamers Trust, who bought her for £1 in a sorry state" ¶7 (no other cutting
    # and not the programme gives a price)
    Query("how much did the Steamers Trust pay for the Lady Elspeth?", "f5c5abe9", "question"),
    # Topics
    # "when Jonny Wilkinson's drop goal went over in the last minute of extra time in Sydney … England are world
    # champions" ¶14–15
    Query("drop goal extra time Sydney world champions", "075fffd4", "topic"),
    # "Kelsmere Water rose by more than four feet … flooding the pier approach and the lakeside car park" ¶12–13
    Query("Kelsmere Water flooding pier car park", "72550482", "topic"),
    # "SHED ROOF SKIES — notes from a back-garden observatory in Hexley" ¶1; "the first transit of Venus anyone
    # alive had seen" ¶5
    Query("transit of Venus Hexley shed roof", "21253ed2", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Cllr Ann Whitworth is Brackenwold's Mayor (77c7ba0a ¶6); the paddle steamer's Ann is Captain Ann Mawby
    # (fa7c0e70 ¶24)
    "Ann Whitworth paddle steamer",
    # Margaret Oyelaran is Ashgill's retired nurse (0a81e7c3 ¶9); the Lady Elspeth is Kelsmere's (f5c5abe9, 72550482,
    # fa7c0e70, ee7a91dd)
    "Margaret Oyelaran Lady Elspeth",
    # Frank Ibbotson compiles the Orlestone Echo's column (00ed692b ¶3, ¶22); the tractor road run is Scarfield's
    # (9bc79286 ¶4)
    "Frank Ibbotson tractor road run",
    # Jonny Wilkinson is in the rugby cutting (075fffd4 ¶14); Brook Meadow is the football club's, another cutting
    # (613555bd)
    "Jonny Wilkinson Brook Meadow",
    # Jean Fothergill is Orlestone's MP (00ed692b ¶18–19); the Old Dispensary is Brackenwold's (77c7ba0a ¶6, ¶16, ¶21)
    "Jean Fothergill Old Dispensary",
    # Cllr Harold Pennock is Lathmoor's Mayor (5bf2d2b7 ¶19); the jubilee oak is in Orle Park (00ed692b ¶7, ¶24)
    "Harold Pennock jubilee oak",
    # "beating Kelby Wanderers 3–1 in front of 'a crowd of several hundred and two goats'" (613555bd ¶22–23); no
    # scorer
    "who scored Hollinsford Town's goals against Kelby Wanderers in 1925?",
    # "for the first time since her last sailing of 6 October 2019" (fa7c0e70 ¶20–21); no count for that year (the
    # counts, 140 and "more than a thousand", are of 1990: f5c5abe9 ¶6, ee7a91dd ¶16–17)
    "how many passengers did the Lady Elspeth carry in 2019?",
    # "Philip Blaiberg, a retired dentist, who left hospital in March and lived for more than nineteen months"
    # (0a81e7c3 ¶13–14); no cause of death
    "what did Philip Blaiberg die of?",
    # the exhibition "runs for four weeks and is free" and has yet to open (77c7ba0a ¶6–7); no count
    "how many visitors came to the Health in Brackenwold exhibition?",
    # "Orlestone Rovers opened their new grandstand" (00ed692b ¶11); no designer
    "who designed the Orlestone Rovers grandstand?",
    # "I had bought my solar filter on 22 May of that year from Pennington's in Leeds" (21253ed2 ¶8); no price
    "how much did the solar filter from Pennington's cost?",
    # "while the vet checks the flock" (e7c6d6c9 ¶8); no count
    "how many sheep are in the Dunnow Hill flock?",
    # "The Hallam Ridge ploughing match is on Saturday 15 March (entries to Mary Coulson by the 8th)" (9bc79286 ¶15);
    # no judge
    "who will judge the Hallam Ridge ploughing match?",
    # "She is survived by Alan, two granddaughters and a great-grandson, Thomas" (dbfeb905 ¶22); not named
    "what are Dulcie Harbottle's granddaughters called?",
    # "the carol singers raised £412 for the hospice" (59075cb8 ¶22); the hospice is not named
    "which hospice did the Hennock carol singers raise money for?",
    # "the Senior Cup final against Brayton next week" (5fd3f6d5 ¶9); not yet played
    "what was the score of the Senior Cup final against Brayton?",
    # "Black Five on the 4.20, driver waved" (dbfeb905 ¶10–11); the driver is not named
    "who drove the Black Five on the 4.20?",
    # "the choral society gives a fundraising concert in the church next month" (5bf2d2b7 ¶23); no time
    "what time does the Lathmoor choral society concert start?",
    # Ashford is 4 edits from Ashgill, whose infirmary and cardiac unit are 0a81e7c3's
    "Ashford Infirmary heart transplant",
    # Bracknell is 4 edits from Brackenwold, whose town marks the health service's 75th birthday (77c7ba0a ¶3–5)
    "Bracknell health service birthday",
    # Kelso is 2 edits from Kelby (075fffd4, 613555bd, 00ed692b, 9bc79286) and 4 from Kelsmere, whose lake and
    # steamer are the Herald's cuttings' and the Trust's (9f8f33bb, f5c5abe9, 72550482, fa7c0e70, ee7a91dd)
    "Kelso lake steamer",
    # Valdepeñas is 5 edits from Valdehigueras, whose golf club holds the anniversary tournament (f4529de4 ¶14)
    "Valdepeñas torneo de golf",
    # Журавлёвка is 4 edits from Журавлинск, whose club runs the автопробег (a65a9328 ¶10–13)
    "Журавлёвка автопробег",
    "林秀华 丈夫 名字",  # 林秀华 (e1224b22 ¶6) is a retired doctor; no husband is mentioned
    "柘湾市 人口 多少",  # 柘湾 (e1224b22 ¶1, ¶9): no population
    # "начальник цеха снял кепку" (a65a9328 ¶7–8): not named
    "кто был начальником цеха в 1970 году?",
    # the first ВАЗ-2101 of 19 April 1970 (a65a9328 ¶4–5); Сомов's own «копейка» (¶9); no price
    "сколько стоила «копейка» в 1970 году?",
    # "las inscripciones pueden hacerse en la secretaría del club hasta el día 20" (f4529de4 ¶14–15); no fee
    "¿cuánto cuesta la inscripción del torneo abierto?",
    # "fotografías cedidas por los socios" (f4529de4 ¶18); no count of members
    "¿cuántos socios tiene el club de golf de Valdehigueras?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind77/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
