"""An eighty-second lookup query set, for tuning ranking (written in the forty-first session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample), as in tests/queries_blind56.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind81.py and tests/queries_blind83.py, the second
  written at the same time as this one, were not opened and are not part of the check). A throwaway script
  compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё read as е,
  Chinese by character pairs, a few stop words left out) with every earlier query (some 10,800 of them), and
  with the earlier queries of this set, while the set was being written; a query sharing more than half of its
  words with any one of them was replaced. The seeds have been queried so often by now that most first drafts
  failed that check, so most of these seed queries join passages, names or details that no earlier query
  joined, and several are longer than a reader's usual query for that reason.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind94/docs, copied as ONE
  corpus into a subfolder blind94/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 7 (the words of the query are in
one article but no single paragraph, title line included, holds them all), word-form 4 + 6 (another
inflection or derivation than the text uses, irregular forms too, in English, Russian and Spanish), translit
4 + 9 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese characters as
a Russian or Chinese newspaper transcribes them, Cyrillic and Chinese names in Latin letters, pinyin without
tones, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 1 + 3, mention-noise 2 + 3 (Discord/Telegram
mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word), name 2 + 2, phrase
2 + 3, question 3 + 4, topic 5 + 3: 37 + 49 answerable, and 20 + 30 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
skippered, sculpted or built; how long someone stayed, how many came or were counted, what time, what it
cost, which hotel, what someone or something was called); a place the corpus does not hold but spelled close
to one it does (two or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares
one or more words with its corpus on purpose (in another script for some of the seeds' ones), and every
article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block, title line included; in
seeds/000–003 each line, as in the earlier sets) holds all of the query's words. For word-form
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

# The new-documents corpus is assembled by copying tests/gold/blind94/docs/* into ONE temporary
# corpus folder under the subfolder blind94/: files are then "blind94/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind94/docs",)
NEWDOCS_SUBDIRS = ("blind94",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "594d908d": "BALMURRAN LIBRARY AND MUSEUM",
    # en_bexholt_advertiser_horticultural_digest.txt, split by the loader: the spring show (¶4–7), the Eden Project
    # (¶10–13), the winter talks (¶16–20); the "-----" rules (¶8, ¶14) come out as articles of their own
    # (551ff1df, 551ff1df-2, titled by the rule), and the file's title and the datelines (¶1, ¶3, ¶9, ¶15) belong
    # to none of them
    "cec0fe75": "SPRING SHOW MOVES TO THE DRILL HALL",
    "35e836a9": "EDEN OPENS ITS DOMES TODAY",
    "b30947ad": "WINTER TALKS AT THE HUB",
    "310ce385": "BOWSTEAD MOOR DISTRICT COUNCIL",
    "2b80606f": "BROOKHYTHE JUDO CLUB",
    "d9836d5b": "CUDDESWORTH CHRONICLE",
    "974476b6": "TWO HUNDRED YEARS OF URANUS",
    "a0e73151": "LOWFELL MESSENGER",
    # en_lullingmere_gazette_railway_cuttings_digest.txt, split by the loader: the 1979 show (¶4–7), the golden
    # spike (¶10–13), the move from the Corn Hall (¶16–21); the "-----" rules (¶8, ¶14) come out as articles of
    # their own (f6350109, f6350109-2), and the file's title and the datelines (¶1, ¶3, ¶9, ¶15) belong to none
    "ddd1a516": "MODEL RAILWAY SHOW RETURNS TO THE CORN HALL",
    "cf204d87": "GOLDEN SPIKE IN THE CORN HALL WINDOW",
    "2a042dc1": "CLUB LOSES ITS CORN HALL HOME",
    "ec0a006c": "NANTGARWEN WALKERS CLIMB SNOWDON",
    "f706fab8": "Pillar Talk",
    "89845efc": "PUFFIN BOAT TRIPS TO SKERRINISH",
    "664d85c4": "WREKINFORD CHURCH OF ENGLAND PRIMARY SCHOOL",
    "a3e48290": "EL CORAL DE VALLMORELL CANTARÁ EN LA SAGRADA FAMILIA",
    "57d93e1c": "КРУТОЯРСКИЙ АЭРОКЛУБ ОТМЕТИТ 80-ЛЕТИЕ ПОЛЁТА «СССР-1»",
    "6436d964": "槐塘镇文化站组织“兵马俑发现四十周年”参观活动",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the absence of Prime Minister Narendra Modi being widely interpreted as indicating his continued
    # vacillation" ¶451; "Tariff blackmail is being normalised" (Lula, via Bloomberg) ¶463; Ramaphosa: "great
    # hardships and danger" ¶467
    Query("Modi vacillation tariff blackmail Ramaphosa hardships", "e065690c", "cross-paragraph"),
    # "although Hungary and Bulgaria also sent senior representatives" ¶21; "Denis Sassou Nguesso" ¶23; "green
    # industries, e-commerce and digital payments" ¶27
    Query("Hungary Bulgaria senior representatives Sassou Nguesso e-commerce", "faecd2e1", "cross-paragraph"),
    # Lavrov and "the 'Patriots' military-patriotic park in the Moscow region" line 7; "meticulous verification of
    # historical records" line 11; "while labor-intensive" line 12
    Query("Lavrov military-patriotic park meticulous verification labor-intensive", "097182f6", "cross-paragraph"),
    # "meeting with United Nations Secretary General António Guterres, Egyptian Prime Minister Mostafa Madbouly"
    # ¶405; "Next year marks the 70th anniversary of China-Egypt diplomatic ties" ¶411; "new energy, electric
    # vehicles, finance and seawater desalination" ¶413 (with the 70th anniversary, without Guterres)
    Query("Guterres Madbouly electric vehicles 70th anniversary of diplomatic ties", "26d64f12", "cross-paragraph"),
    # "On September 3, 2020, President Xi Jinping exchanged congratulatory messages with Russian President Vladimir
    # Putin" line 5; "Asia, Europe, Africa and Oceania, more than 100 million troops and civilians" line 7
    Query(
        "Xi Jinping Putin September 3 2020 exchanged messages Oceania 100 million troops", "424ab945", "cross-paragraph"
    ),
    # "his country was admitted as a SCO Partner, … as well as for a working visit" ¶137; "the operation of the
    # China-Laos Railway" ¶139 (and ¶179; "a working visit" again ¶173)
    Query("Thongloun SCO Partner working visit China-Laos Railway", "20f574be", "cross-paragraph"),
    # "Both states claim to be co-guardians of the true anti-fascist legacy … Shared memory of war … serve as
    # ideological glue" line 9; "the Global Development Initiative, Global Security Initiative, and Global
    # Civilization Initiative" line 13
    Query("Global Civilization Initiative co-guardians ideological glue", "b39d8185", "cross-paragraph"),
    # Word forms: the text has another form
    # "I would like to thank President Nicolás Maduro Moros … for the construction of this commemorative monument"
    # ¶45 (thank → thanking)
    Query("Lan Hu thanking Maduro for building the monument", "f78fdcd6", "word-form"),
    # "Arthur Clegg … traces the roots of such solidarity back even further" ¶515; "They date back to the English
    # Revolution" ¶517 (traces → tracing)
    Query("Arthur Clegg tracing the roots of solidarity back to the English Revolution", "ac7222d4", "word-form"),
    # "deepen cooperation in such areas as new energy, electric vehicles, finance and seawater desalination" ¶413
    # (deepen → deepening; "deepening" is in other
    # articles only: b39d8185 line 2, d807680a ¶95, c061f0a1 ¶197)
    Query("Madbouly deepening cooperation in seawater desalination and finance", "26d64f12", "word-form"),
    # "China supports Armenia in joining the Shanghai Cooperation Organisation" ¶257 (supports → support; the
    # possessives are new forms too)
    Query("Pashinyan's Armenia joining the SCO with China's support", "0e5d6094", "word-form"),
    # Another script or romanisation
    # "Her father, Arthur Clegg" ¶515 and "a Colonel Younghusband" ¶521, as Chinese papers write them (荣赫鹏 is
    # the usual Chinese name of Francis Younghusband)
    Query("阿尔图尔·克莱格 荣赫鹏", "ac7222d4", "translit"),
    # "Sydney Loving" ¶297–301, "Jiayuguan" ¶335/345 and "Dunhuang" ¶307/325/335, in Cyrillic (inflected)
    Query("Сидни Лавинг в Цзяюйгуане и Дуньхуане", "dde32893", "translit"),
    # accents dropped: "Iranian President Masoud Pezeshkian" and "Luiz Inácio Lula da Silva" ¶451
    Query("Masoud Pezeshkian Luiz Inacio", "e065690c", "translit"),
    # "George Hogg" ¶477–499 (何克 is his Chinese name), "Michael Lindsay, later 2nd Baron Lindsay of Birker" and
    # "the Friends Ambulance Unit, organised by the Quakers" ¶501, in Chinese characters
    Query("乔治·何克 米歇尔·林赛 贵格会", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic)
    # Ho Chi Minh ¶63/75, To Lam ¶67–69/73, Zhao Leji ¶65–75, Hanoi ¶73 (20f574be has To Lam and Hanoi too, ¶143–147,
    # but no Zhao Leji there until the guest list ¶156)
    Query("Хо Ши Мин, То Лам и Чжао Лэцзи в Ханое", "362ba691", "russian"),
    # "Caracas" ¶33/35/53/55, "Vice President Delcy Rodríguez" ¶33/53, "originally published in Spanish by Telesur"
    # ¶49
    Query("Каракас Делси Родригес Телесур", "f78fdcd6", "russian"),
    # Spanish
    # "En Jiayuguan pasamos por uno de los “Centros del Partido,”" ¶345
    Query("En Jiayuguan pasamos por uno de los Centros del Partido", "dde32893", "spanish"),
    # "la delegación incluyó la gente de la Alianza Negra por la Paz, Mundo de Obreros, … Libros Iskra" ¶305
    Query("la gente de la Alianza Negra por la Paz, Mundo de Obreros y Libros Iskra", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # the speakers "Jenny Clegg" ¶366, "Ken Hammond" ¶363 and "Radhika Desai" ¶369 (ac7222d4 ¶513 has Jenny Clegg
    # only)
    Query("詹妮·克莱格 肯·哈蒙德 拉迪卡·德赛", "d89fdf72", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Modeled after London's Stamford Bridge (home of Chelsea Football Club), the stadium became one of Asia's most
    # advanced sporting venues" ¶291
    Query("<#4040> \u200bChelsea Football Club Minyuan Asia's most advanced venues", "7ab1f62c", "mention-noise"),
    # "fuimos a la provincia de Gansu, … una de las partes más empobrecidas de China" ¶333
    Query("@here Loving\u200b Gansu provincia más empobrecidas", "dde32893", "mention-noise"),
    # Typos (1–2 edits)
    # "Igor Sergeenko" ¶157; "Vladimir Vladimirovich Yakushev" ¶158
    Query("Sergeyenko Yakushov", "20f574be", "typo"),
    # "Defence Minister Vladimir Padrino" ¶33/53; "Vice President Delcy Rodríguez" ¶33/53 (accent dropped too)
    Query("Padrinno Delsy Rodriguez", "f78fdcd6", "typo"),
    # "António Guterres, Egyptian Prime Minister Mostafa Madbouly … Kassym-Jomart Tokayev" ¶405
    Query("Gutteres Madbooly Tokayev", "26d64f12", "typo"),
    # Names
    # Emmerson Mnangagwa ¶5/11, Robert Fico ¶13/19, Hungary ¶21, Denis Sassou Nguesso ¶23
    Query("Emmerson Mnangagwa Robert Fico Denis Sassou Nguesso Hungary", "faecd2e1", "name"),
    # "Xinhua correspondents Zheng Bofei and Jin Jing write" ¶287; "he returned to Tianjin" ¶289; "he taught at an
    # Anglo-Chinese college" ¶291
    Query("Zheng Bofei Jin Jing Tianjin Anglo-Chinese college", "7ab1f62c", "name"),
    # Phrases
    # "the Chinese nation emerging from the grave crises in modern times" ¶387
    Query("emerging from the grave crises in modern times", "38a7d84f", "phrase"),
    # Clegg on Younghusband: "The only explanation I can find was that he was trying to make amends" ¶521
    Query("the only explanation I can find was that he was trying to make amends", "ac7222d4", "phrase"),
    # Questions
    # "the chief guests among 26 heads of state and government" ¶219 (38a7d84f ¶385 has Xi's lunch for "visiting
    # foreign heads of state and government", without a number)
    Query(
        "how many heads of state and government did Xi host at the commemoration?",
        "eca32116",
        "question",
        also=("38a7d84f",),
    ),
    # "in his memoir, 'Aid China – 1937-1949', published in 1989" ¶515
    Query("in which year was Aid China published?", "ac7222d4", "question"),
    # "Radhika Desai (International Manifesto Group), Moderator." ¶369; the title ¶349 "Remembering China's role in
    # victory"
    Query("who moderated the webinar remembering China's role in victory?", "d89fdf72", "question"),
    # Topics
    # "the (October 10) 80th anniversary of the founding of the WPK … advancing the DPRK's socialist cause" ¶227
    Query("Kim Jong Un WPK 80th anniversary socialist cause", "eca32116", "topic"),
    # "The Republic of the Congo is the first country to reach an early harvest arrangement" ¶25; "African co-chair
    # of the Forum on China-Africa Cooperation (FOCAC)" ¶27
    Query("Congo first early harvest African co-chair FOCAC", "faecd2e1", "topic"),
    # "the encroaching Nationalist Party (Kuomintang (KMT)). They arrived in Yan'an with greatly depleted numbers and
    # held the 7th National Congress … an endorsement of the guerrilla warfare strategy" ¶557
    Query("Kuomintang depleted numbers 7th National Congress guerrilla warfare strategy", "6710eba1", "topic"),
    # "Dr. Norman Bethune, heir to a Scottish family of doctors … the valiant Scottish soldiers who fought side by
    # side with the Chinese Expeditionary Force on the Burmese battlefield" ¶275
    Query("Bethune Scottish family of doctors Burmese battlefield Expeditionary Force", "7ab1f62c", "topic"),
    # "Keith Bennett participated in an international symposium … on September 2, and the Chinese Modernisation
    # Forum (2025), … all of Tsinghua University" ¶475
    Query("Keith Bennett Tsinghua Chinese Modernisation Forum symposium September 2", "ac7222d4", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # David Horsley's Morning Star article reviews Anna May Wong's films (ccf1d4fa ¶111); "The Children of Huang Shi"
    # is named in ac7222d4 ¶491, reviewed by no one
    "Morning Star review of The Children of Huang Shi",
    # "Chinese Ambassador Lan Hu" (f78fdcd6 ¶33/43/53); no earlier post
    "what was Lan Hu's post before Venezuela?",
    # Mnangagwa met Xi "on September 4" (faecd2e1 ¶3–5); no arrival or departure
    "how long did Mnangagwa stay in Beijing?",
    # Rewi Alley, Hogg's "mentor", author of "The People have Strength" (ac7222d4 ¶495–499); no earlier job
    "what was Rewi Alley's job before Gung Ho?",
    # "uphold the principles of the Nuremberg and Tokyo Trials" (b39d8185 line 39); no dates
    "Tokyo trial verdict date",
    # "the works on the construction of the memorial complex" near Khabarovsk (054ef6fb line 12); no builder
    "кто построил мемориал под Хабаровском?",
    # Xi and Peng Liyuan met the King and the Queen Mother at Zhongnanhai (5a5d8582 ¶237); no banquet, no menu
    "习近平 彭丽媛 柬埔寨 国宴 菜单",
    # Liu Qibao was in Khabarovsk (054ef6fb); Harbin and its museums are nowhere in the seeds
    "Liu Qibao Harbin museum",
    # Zhao Leji visited Vietnam, August 31–September 2 (362ba691 ¶65); Cambodia's leaders came to China (5a5d8582)
    "how many days did Zhao Leji spend in Cambodia?",
    # Zhao Leji "paid respects at the Ho Chi Minh Mausoleum and visited Ho Chi Minh's Stilt House" (362ba691 ¶75); no
    # bust, no sculptor
    "who sculpted the bust of Ho Chi Minh in Hanoi?",
    # the SCO (9e49ddff, 26d64f12 …) and the DPRK (eca32116); Pyongyang is nowhere, nor any DPRK bid for the SCO
    "Pyongyang SCO membership",
    # "Kazakhstan President Kassym-Jomart Tokayev" (26d64f12 ¶405); Kyzylorda is nowhere in the seeds
    "Kyzylorda Tokayev",
    # Bethune, "heir to a Scottish family of doctors" (7ab1f62c ¶275); no hospital named
    "what was Norman Bethune's hospital called?",
    # JISCO and the Dunhuang molten-salt solar plant (dde32893 ¶335); no price
    "¿cuánto cobra JISCO por la energía solar?",
    # "En Shanghái fuimos a una fábrica de robótica" (dde32893 ¶339); "uno de los hoteles" (¶323), never named
    "¿en qué hotel se quedó Sydney Loving en Shanghái?",
    # "Modeled after London's Stamford Bridge" (7ab1f62c ¶291); no capacity
    "Стамфорд Бридж вместимость",
    # Maduro was in Caracas on September 3 (f78fdcd6 ¶33/53); Beijing's parade guests are others (eca32116 ¶219)
    "Мадуро Пекин парад",
    # Wenshan is 2 edits from Wonsan, where Lavrov spoke "during a July event" (097182f6 line 7)
    "Wenshan Sergei Lavrov July event",
    # Hun Manet (5a5d8582 ¶243–247: "expand cooperation in trade, investment and infrastructure"); Sihanoukville is
    # nowhere, only the Queen Mother's name Sihanouk (¶235)
    "Sihanoukville port Hun Manet investment",
    # Liddell was "one of Scotland's most admired sports figures" (7ab1f62c ¶287); the only football club is London's
    # Chelsea, whose Stamford Bridge the Minyuan Stadium was modelled on (¶291)
    "which Scottish football club did Eric Liddell support?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph (paragraphs are blank-line blocks)
    # "Andrew Lumsden" ¶20–21; "'Draw Dennis': a cartoon class with a Thomson artist" ¶12; "D. C. Thomson of Dundee"
    # ¶7
    Query("Andrew Lumsden Draw Dennis D. C. Thomson", "594d908d", "cross-paragraph"),
    # "the diary of a young rambler, Harold Skelton" ¶8; "Cllr Maureen Ashdale" ¶18; "The footpath works, costing
    # £186,000" ¶21
    Query("Harold Skelton Maureen Ashdale £186,000", "310ce385", "cross-paragraph"),
    # "Bluebird K7, at Ullswater" ¶7; "He married Mary Ashburn at Torver church" ¶15; "The funeral is at St Andrew's
    # Church, Coniston" ¶19
    Query("Bluebird Ullswater Mary Ashburn Torver St Andrew's Church", "a0e73151", "cross-paragraph"),
    # "his sister Caroline" ¶5 (and the talk ¶17); "the schoolmaster Amos Trelissick … his lantern slides survive"
    # ¶11; "Voyager 1 passed" ¶16
    Query("Caroline Herschel Amos Trelissick lantern slides Voyager", "974476b6", "cross-paragraph"),
    # "the quarryman Idris Pughwell" ¶7; "the Pen-y-Pass car park" ¶11; "in the vestry of Capel Horeb" ¶16
    Query("Idris Pughwell Pen-y-Pass Capel Horeb", "ec0a006c", "cross-paragraph"),
    # 冯秀兰 ¶7 (冯老师 after); 日记 ¶7–8 and ¶13; 站长周立平 ¶15 and 联系人 ¶21; 国际博物馆日 ¶15
    Query("冯秀兰 日记 周立平 国际博物馆日", "6436d964", "cross-paragraph"),
    # "инженер Пётр Лаврухин" ¶8; "школьники запускали метеозонды" ¶12; "у озера Светлого" ¶14
    Query("Пётр Лаврухин метеозонды озера Светлого", "57d93e1c", "cross-paragraph"),
    # Word forms
    # "who ground his own mirrors in the house" ¶5 (ground → grinding, irregular; "mirror-grinders" ¶2 is another
    # word)
    Query("Herschel grinding his own mirrors", "974476b6", "word-form"),
    # "he rowed out alone to the middle of the lake with a wreath of holly" ¶13 (rowed → rowing)
    Query("Jossie Birkett rowing out alone with a wreath of holly", "a0e73151", "word-form"),
    # "an engine left the rack above Clogwyn and fell into the cwm" ¶6 (left → leaving, fell → falling, irregular)
    Query("engine leaving the rack above Clogwyn and falling into the cwm", "ec0a006c", "word-form"),
    # "Gaudí fue atropellado por un tranvía …; murió tres días después" ¶7 (murió → muere)
    Query("Gaudí atropellado por un tranvía muere tres días después", "a3e48290", "word-form"),
    # "он поднялся над Москвой на высоту 19 километров" ¶4 (поднялся → поднимается)
    Query("стратостат поднимается над Москвой на высоту 19 километров", "57d93e1c", "word-form"),
    # "Helen Sharman, the first Briton in space, was launched from Baikonur" ¶18 (launched → launching)
    Query("Helen Sharman launching from Baikonur", "d9836d5b", "word-form"),
    # Another script or romanisation
    # "the Mayor, Cllr Frank Hebden" ¶17 and "Helen Sharman" ¶18 in Cyrillic
    Query("Фрэнк Хебден и Хелен Шарман", "d9836d5b", "translit"),
    # "Antoni Gaudí" ¶6–7/16 and "la Sagrada Familia" ¶1/4 in Cyrillic
    Query("Антони Гауди Саграда Фамилия", "a3e48290", "translit"),
    # "командир Георгий Прокофьев, Константин Годунов и Эрнст Бирнбаум" ¶5 in Latin letters
    Query("Georgy Prokofyev Godunov Birnbaum", "57d93e1c", "translit"),
    # "Крутоярск" ¶2/8/17 and «СССР-1» ¶1/4 in Latin letters
    Query("Krutoyarsk SSSR-1", "57d93e1c", "translit"),
    Query("Feng Xiulan", "6436d964", "translit"),  # 语文老师冯秀兰 ¶7 in pinyin
    Query("Huaitang Zhou Liping", "6436d964", "translit"),  # 槐塘 ¶1/7/13 and 站长周立平 ¶15/21 in pinyin
    # "Jossie Birkett" ¶3/5, "Coniston" ¶3/5/8 … and "Donald Campbell" ¶5/7–12, as a Chinese paper writes them
    Query("乔西·伯基特 科尼斯顿 坎贝尔", "a0e73151", "translit"),
    # accents dropped: "la directora, Núria Puigdevall" ¶16; "mosén Ramon Serrallonga" ¶9
    Query("Nuria Puigdevall Ramon Serrallonga", "a3e48290", "translit"),
    # "William Herschel" ¶2/4 in Chinese characters
    Query("威廉·赫歇尔", "974476b6", "translit"),
    # Russian
    # "в среду, 9-го, — встреча с ветеранами аэроклуба" ¶13
    Query("встреча с ветеранами аэроклуба в среду", "57d93e1c", "russian"),
    # "2 и 3 октября в Доме культуры пройдут лекции об истории стратосферных полётов" ¶13
    Query("лекции об истории стратосферных полётов в Доме культуры", "57d93e1c", "russian"),
    # "кусок прорезиненной ткани от оболочки" ¶10
    Query("кусок прорезиненной ткани от оболочки", "57d93e1c", "russian"),
    # Spanish
    # "un concierto de preparación en la iglesia de Sant Josep el sábado 17" ¶14
    Query("concierto de preparación en la iglesia de Sant Josep", "a3e48290", "spanish"),
    # "Busca voces masculinas, sobre todo tenores" ¶21
    Query("busca voces masculinas, sobre todo tenores", "a3e48290", "spanish"),
    # "el coral viajará a Montserrat para su encuentro anual de coros" ¶15
    Query("encuentro anual de coros en Montserrat", "a3e48290", "spanish"),
    # Chinese
    Query("西杨村 村民 打井 陶俑 残片", "6436d964", "chinese"),  # 西杨村的几位村民在村南打井时挖出了陶俑的残片 ¶4
    Query("兵马俑与槐塘 图片展", "6436d964", "chinese"),  # 举办“兵马俑与槐塘”图片展 ¶13
    Query("年满七十岁的老人 身份证", "6436d964", "chinese"),  # 年满七十岁的老人报名时请带上身份证 ¶18
    # Mentions and zero-width spaces
    # "The annual general meeting is on Saturday the 22nd, … followed by the fish-and-chip supper" ¶15
    Query("<@818> fish-and-chip supper\u200b annual general meeting", "2b80606f", "mention-noise"),
    # "Our boat, the Fulmar Lass, … lands them at the north jetty" ¶5
    Query("@everyone \u200bFulmar Lass north jetty", "89845efc", "mention-noise"),
    # "visit the Museum of Iron at Coalbrookdale" ¶8
    Query("<#212> Museum of Iron\u200b Coalbrookdale", "664d85c4", "mention-noise"),
    # Typos
    Query("Skerinnish puffin trips", "89845efc", "typo"),  # "PUFFIN BOAT TRIPS TO SKERRINISH" ¶1 (2 edits)
    # "WREKINFORD" ¶1 (transposition); "From the school log book" ¶13
    Query("Wrekinfrod school log book", "664d85c4", "typo"),
    Query("Cudesworth Chronical", "d9836d5b", "typo"),  # "CUDDESWORTH CHRONICLE" ¶1
    # Names
    Query("Colin Ravenhurst", "2b80606f", "name"),  # "the visiting examiner, Mr Colin Ravenhurst" ¶6
    # "the chairman, Mrs Pamela Tuckwell" ¶19 (Bernard Tuckwell, her late husband, is ddd1a516's secretary, ¶6)
    Query("Pamela Tuckwell", "2a042dc1", "name"),
    # Phrases
    Query("Seventy-five years and not one of them has moved an inch", "f706fab8", "phrase"),  # "Dai the Trig" ¶23
    # Trelissick's notes ¶12
    Query("the night of the 13th was cloudy, as it always is", "974476b6", "phrase"),
    Query("The lake is too deep and too black", "a0e73151", "phrase"),  # Jossie's letter ¶10
    # Questions
    # "Adults £18, children £9, family ticket £45" ¶19
    Query("how much is an adult ticket for the Skerrinish puffin boat?", "89845efc", "question"),
    # "The first issue of the Beano was dated 30 July 1938 and cost twopence" ¶5
    Query("how much did the first issue of the Beano cost?", "594d908d", "question"),
    # "I'm now on 1,122" ¶14
    Query("how many trig pillars has the Pillar Talk blogger logged?", "f706fab8", "question"),
    # "the club's first meeting in the hall on 6 November 1968" ¶19
    Query("when was the Lullingmere model railway club's first meeting?", "2a042dc1", "question"),
    # Topics
    # "Several hundred ramblers … walked up William Clough to claim the right to roam on the grouse moors" ¶6 (claim →
    # claiming)
    Query("ramblers claiming the right to roam on the grouse moors", "310ce385", "topic"),
    # "a hundred and twenty-five years to the day after the golden spike was driven at Promontory Summit" ¶11; "the
    # model railway club will re-enact the ceremony in miniature" ¶11
    Query("golden spike Promontory Summit re-enact in miniature", "cf204d87", "topic"),
    # "The Eden Project, built in a worked-out clay pit near St Austell" ¶11
    Query("Eden Project clay pit near St Austell", "35e836a9", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Harold Skelton walked up William Clough in 1932 (310ce385 ¶8–9); the Snowdon Mountain Railway is Nantgarwen's
    # (ec0a006c)
    "Harold Skelton Snowdon Mountain Railway",
    # Helen Sharman is in the Cuddesworth cutting (d9836d5b ¶18); the Hembleton society (974476b6) never names her
    "Helen Sharman Hembleton Astronomical Society",
    # Gwyneth Pughwell leads the Snowdon walk (ec0a006c ¶7/12); Kinder Scout is Bowstead's (310ce385)
    "Gwyneth Pughwell Kinder Scout",
    # Mrs Olwen Dacres is the Hembleton society's secretary (974476b6 ¶18); the Eden trip is Bexholt's (35e836a9)
    "Olwen Dacres Eden Project",
    # Colin Ravenhurst examined the judo grading (2b80606f ¶6); the model railway club (ddd1a516, cf204d87, 2a042dc1)
    # never names him
    "Colin Ravenhurst model railway",
    # "Last day of the festival, with prizes for the fancy dress and the comic competition" (594d908d ¶17): to come
    "who won the Beano fancy dress competition?",
    # "Thirty-one walkers" this year (ec0a006c ¶4); last year's walk (¶5, ¶12) is not counted
    "how many walkers climbed Snowdon last year?",
    # "The skipper has run this crossing for many seasons" (89845efc ¶6); never named
    "what is the name of the Port Callan skipper?",
    # "the wardens carry out the burrow count" (89845efc ¶11); no result
    "how many burrows did the Skerrinish wardens count?",
    # "a passenger was fatally hurt" (ec0a006c ¶6); never named
    "who was the passenger fatally hurt above Clogwyn in 1896?",
    # "The Vicar reports that two of his congregation arrived … at nine" (d9836d5b ¶7); never named
    "what was the Vicar of Cuddesworth called?",
    # "the society's own telescope, a twelve-inch reflector ground by members" (974476b6 ¶14); no cost
    "how much did the twelve-inch reflector cost?",
    # "We say goodbye to Mrs Onions, who retires after twenty-three years" (664d85c4 ¶19); no first name
    "Mrs Onions Christian name",
    # "a narrow defeat by Pennygate" (d9836d5b ¶13); no score
    "what was the score when Pennygate beat Cuddesworth Cricket Club?",
    # "the pillars are left to walkers like me" (f706fab8 ¶7); no height of any pillar
    "how tall is the Cold Ashby trig pillar?",
    # Caroline Herschel, "comet-hunter" (974476b6 ¶5/17); no dates of her life
    "in which year did Herschel's sister Caroline die?",
    # "An exhibition, 'The Right to Roam', runs at Bowstead Library … and includes the Skelton diary" (310ce385 ¶14);
    # no attendance
    "how many people visited the Skelton diary exhibition at Bowstead Library?",
    # Amos Trelissick lectured on Herschel in 1881 (974476b6 ¶11); the Right to Roam lecture is Bowstead's (310ce385
    # ¶17)
    "Amos Trelissick Right to Roam lecture",
    # Bexhill is 2 edits from Bexholt, whose horticultural society is in the three cuttings (cec0fe75 …)
    "Bexhill horticultural society",
    # Hambledon is 2 edits from Hembleton, whose "mirror-grinders remember William Herschel" (974476b6 ¶2)
    "Hambledon mirror-grinders",
    # Brookhaven is 3+ edits from Brookhythe, whose judo club is 2b80606f's
    "Brookhaven judo club",
    # Крутогорск is 3 edits from Крутоярск, whose aeroclub is 57d93e1c's
    "Крутогорск аэроклуб",
    # "при спуске гондола оторвалась, и экипаж погиб" (57d93e1c ¶6); the crew of «Осоавиахим-1» is not named
    "как звали экипаж «Осоавиахима-1»?",
    # "Записаться на сбор можно у председателя клуба" (57d93e1c ¶15); no fee
    "сколько стоит зимний сбор юных планеристов?",
    # "El autobús saldrá de la plaza Mayor" (a3e48290 ¶17); no fare
    "¿cuánto cuesta el autobús a la Sagrada Familia?",
    # the choir "cantará esa tarde en la cripta" (a3e48290 ¶5); no work named
    "¿qué obra cantará el coral en la cripta?",
    # "el coral viajará a Montserrat" (a3e48290 ¶15); no hotel
    "¿en qué hotel se alojará el coral en Montserrat?",
    # 冯秀兰今年已经八十一岁 (6436d964 ¶7); no husband named
    "冯秀兰 丈夫 名字",
    # 车费由镇政府补贴 (6436d964 ¶17); no sum
    "兵马俑 参观 车费 多少钱",
    # 西杨村的几位村民 (6436d964 ¶4); not named
    "西杨村 打井 村民 叫什么名字",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind94/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
