"""A fifty-fourth lookup query set, for tuning ranking (written in the twenty-sixth round): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind51.py, tests/queries_blind53.py, and
  tests/queries_blind55.py, written at the same time as this one, were not opened and are not part of
  the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, a few stop words left out)
  with every earlier query, and with the earlier queries of this set, while the set was being written;
  a query sharing more than half of its words with any one of them was replaced. The seeds have been
  queried some six thousand times by now, so most of these seed queries join passages or names that no
  earlier query joined, and several had to be rewritten more than once.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind66/docs, copied as ONE
  corpus into a subfolder blind66/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 5 + 9 (another script or romanisation than the text: Latin
names written in Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them,
Latin letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 3 (1–2 edits), name 3 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3:
36 + 48 answerable, and 20 + 30 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article); a question
in the corpus's own words about something it does not say (who won, taught, founded, cast, scored, read
or translated; when something closed or someone left or joined; how many, how long, what it cost, which
hotel or airport, what a book is called);
a place or person the corpus does not hold but spelled close to one it does (two or more edits from
anything real in it); Russian, Spanish and Chinese ones. Each shares one or more words with its corpus
on purpose (in another script for some of the seeds' ones), and every article holding those words was
read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind66/docs/* into ONE temporary
# corpus folder under the subfolder blind66/: files are then "blind66/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind66/docs",)
NEWDOCS_SUBDIRS = ("blind66",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "aab3c81e": "TIMES GONE BY",
    # en_gorsby_staithe_club_cuttings.txt, split by the loader: the header (¶1–2), the regatta (¶6–10), the
    # centenary (¶14–18), the surge (¶22–28, its closing dateline ¶28 included); the "=== … ===" lines (¶4,
    # ¶12, ¶20) belong to none of them
    "e128998c": "GORSBY STAITHE SAILING & ROWING CLUB",
    "b2da595e": "REGATTA BLOWN OFF THE WATER",
    "da6a5833": "A HUNDRED YEARS AFLOAT",
    "4db4aa0b": "SURGE FLOODS CLUBHOUSE",
    "4030970c": "HATHERWOLD BOROUGH COUNCIL",
    "7ff786b0": "IVOR PENWARDEN",
    "8dd54e13": "Kitchen Table Stories",
    "74c44810": "MISTLEBURY, 9 March — The old market bell of Mistlebury came home",
    "46af2b8e": "A hundred years over the water",
    "a010657e": "QUELLINGTON STRINGS & SHADOWS",
    "c4ec57cc": "SEDGECOMBE FUNGUS & LICHEN GROUP",
    # en_tollbury_advertiser_digest.txt, split by the loader: the header (¶1–2), the fire (¶6–13), the chip
    # shop (¶17–23, its closing dateline ¶23 included), the museum (¶29–36); the "From our issue of …" line
    # (¶4), the "-----" rules (¶15, ¶25) and "Easter week" (¶27) belong to none of them
    "caf926ab": "TOLLBURY ADVERTISER: THREE CUTTINGS",
    "63e9f581": "FIRE GUTS TOLLBURY HAT WORKS",
    "83ad74c2": "BEST CHIPS IN BRITAIN, AND IT'S OFFICIAL",
    "6be216e0": "HATS OFF TO A NEW MUSEUM",
    "52e248bc": "PRESS RELEASE",
    "7d4a4758": "GLOW-WORM EVENINGS",
    "1cce7819": "Villarejo del Cierzo recuerda a Lorca diez años después",
    "66f46252": "Вспышка над Сосновозёрском: десять лет спустя",
    "a25bebe1": "澳门回归二十周年：梅汀人的码头记忆",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Chartist opposition to the first Opium War" ¶513; "the Friends Ambulance Unit, organised by the Quakers"
    # ¶501
    Query("Chartist Opium War Friends Ambulance Unit", "ac7222d4", "cross-paragraph"),
    # Zhao Leji with Luong Cuong: "jointly resist the countercurrents of unilateralism and protectionism" ¶71;
    # "watched the military parade, mass pageantry and grand cultural performances" ¶73
    Query("countercurrents of unilateralism mass pageantry", "362ba691", "cross-paragraph"),
    # "brain sciences, … robotics and automation" ¶105; "Belt and Road cooperation, … sub-national agricultural
    # cooperation" ¶91 (Belt and Road also in 3a9fa4ed ¶213 and 9e49ddff ¶433/438, without the rest)
    Query("robotics brain sciences Belt and Road agricultural", "d807680a", "cross-paragraph"),
    # "written by Callum Norris and Twm Draper" ¶533; "concluded the Long March … the encroaching Nationalist
    # Party (Kuomintang (KMT))" ¶557 (dde32893 ¶315 has "la Marcha Larga" and "el KMT" in Spanish only)
    Query("Twm Draper Long March Kuomintang", "6710eba1", "cross-paragraph"),
    # "reported by RIA Novosti during a press conference" line 2; "the North East Anti-Japanese United Army
    # (Noraa), a group of Chinese guerrilla fighters" line 3
    Query("RIA Novosti Noraa guerrilla", "097182f6", "cross-paragraph"),
    # Word forms: the text has another form
    # "the valiant Scottish soldiers who fought side by side with the Chinese Expeditionary Force on the Burmese
    # battlefield" ¶275 (fought → fighting, irregular; Burmese → Burma)
    Query("fighting alongside the Chinese Expeditionary Force in Burma", "7ab1f62c", "word-form"),
    # "his department is actively gathering and verifying information" line 4; "memorial sites" line 1
    Query("gathered and verified information about memorial sites", "097182f6", "word-form"),
    # Shehbaz: "China has achieved remarkable economic and social progress, lifted the Chinese people out of
    # poverty" ¶213
    Query("Shehbaz on lifting the Chinese people out of poverty", "3a9fa4ed", "word-form"),
    # "nosotros los occidentales somos muy lentos con tanto equipaje" ¶329 (plurals in the text)
    Query("occidental lento con tanto equipaje", "dde32893", "word-form"),
    # Another script or romanisation
    # "Cai Qi, member of the Standing Committee … Yin Yong, Mayor of Beijing" ¶221 in Chinese characters
    Query("蔡奇 尹勇", "eca32116", "translit"),
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien" ¶77 and "the Ba Dinh Square in Hanoi"
    # ¶73 in Chinese characters (20f574be ¶143 has Ba Dinh Square, not Hoang Xuan Chien)
    Query("黄春战 巴亭", "362ba691", "translit"),
    # Maduro and "Defence Minister Vladimir Padrino" ¶33/53, "the capital Caracas" ¶33/35/53/55 in Cyrillic
    Query("Мадуро Падрино Каракас", "f78fdcd6", "translit"),
    # accents dropped: "The Vietnamese newspaper Nhân Dân" ¶145/151; "Samdech Techo Hun Sen" ¶154
    Query("Nhan Dan Samdech Techo", "20f574be", "translit"),
    # "King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk" ¶235/239/241; "his wife Peng Liyuan"
    # ¶237, in Cyrillic
    Query("Сихамони Монинеат Пэн Лиюань", "5a5d8582", "translit"),
    # Russian (names written in Cyrillic)
    # "India was represented by Foreign Minister Subrahmanyam Jaishankar, with the absence of Prime Minister
    # Narendra Modi" ¶451
    Query("Джайшанкар вместо Моди", "e065690c", "russian"),
    # "his meeting with Ivan Melnikov" line 6; "the Russian World War II veteran Lev Abramov" line 14
    Query("Мельников и Абрамов", "054ef6fb", "russian"),
    # Spanish
    Query("celebrar haber alcanzado 100 millones de miembros", "dde32893", "spanish"),  # ¶345
    # "Incluso en las ciudades más pequeñas son tecnológicamente avanzadas" ¶317
    Query("las ciudades más pequeñas son tecnológicamente avanzadas", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Egyptian Prime Minister Mostafa Madbouly and Myanmar's Acting President Min Aung Hlaing … Kazakhstan
    # President Kassym-Jomart Tokayev" ¶405 (Madbouly ¶411–413, Min Aung Hlaing ¶415–419)
    Query("卡西姆-若马尔特·托卡耶夫 敏昂莱 马德布利", "26d64f12", "chinese"),
    # George Hogg ¶477–499, "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501, "a Colonel
    # Younghusband" ¶521, by the Chinese names a Chinese paper uses for them
    Query("何克 林迈可 荣赫鹏", "ac7222d4", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "KJ Noh (Journalist, writer and educator)" ¶368; "Jenny Clegg (Author and peace activist)" ¶366
    # (ac7222d4 ¶513 names Jenny Clegg only)
    Query("<#31> KJ Noh\u200b Jenny Clegg", "d89fdf72", "mention-noise"),
    # "Chinese Ambassador Lan Hu" ¶33/43/53; "first published by Orinoco Tribune and Global Times" ¶49
    Query("<@2024> Lan Hu\u200b Global Times", "f78fdcd6", "mention-noise"),
    # Typos (1–2 edits)
    # "Zimbabwean President Emmerson Mnangagwa" ¶5; "Denis Sassou Nguesso" ¶23
    Query("Mnangagwa Sasou Ngueso", "faecd2e1", "typo"),
    # "Radhika Desai (International Manifesto Group), Moderator" ¶369; organisers ¶373
    Query("Radhika Dessai Manifesto Group", "d89fdf72", "typo"),
    # "Sydney Loving's interview" ¶297, "a ¡Lucha y Resiste!" ¶299–305
    Query("Sydney Lovin Lucha y Resiste", "dde32893", "typo"),
    # Names
    # "Xinhua correspondents Zheng Bofei and Jin Jing write" ¶287; Eric Liddell ¶275–291
    Query("Zheng Bofei Eric Liddell", "7ab1f62c", "name"),
    # Nhân Dân's list of guests: "Thongloun Sisoulith" ¶153, "Igor Sergeenko, Speaker of the House of
    # Representatives of Belarus" ¶157
    Query("Thongloun Sisoulith Igor Sergeenko", "20f574be", "name"),
    # "Brazilian President Luiz Inácio Lula da Silva … Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451
    Query("Lula da Silva Khaled bin Mohamed", "e065690c", "name"),
    # Phrases
    # "Shared memory of war and perceived Western revisionism serve as ideological glue." line 9
    Query("perceived Western revisionism serve as ideological glue", "b39d8185", "phrase"),
    # "Lady From Chungking is an anti-imperialist classic without said stereotypes" ¶113/129
    Query("an anti-imperialist classic without said stereotypes", "ccf1d4fa", "phrase"),
    # Questions
    # "Between his participation in the SCO meetings, August 31-September 1, and the commemoration of the war
    # victory, September 3, Thongloun visited Hanoi" ¶143
    Query("where did Thongloun go between the SCO meetings and the commemoration?", "20f574be", "question"),
    # "In the following article, which originally appeared in the Morning Star, David Horsley reviews" ¶111
    Query("where did David Horsley's article originally appear?", "ccf1d4fa", "question"),
    # "The Republic of the Congo is the first country to reach an early harvest arrangement with China" ¶25
    Query("which country first reached an early harvest arrangement with China?", "faecd2e1", "question"),
    # Topics
    # Khurelsukh: "it is a priority of Mongolia's foreign policy to maintain permanent good-neighbourly
    # friendship" ¶199
    Query("Mongolian foreign policy permanent good-neighbourly friendship", "c061f0a1", "topic"),
    # "China and Armenia enjoy a time-honoured friendship … Since the establishment of diplomatic relations 33
    # years ago" ¶257
    Query("Armenia time-honoured friendship 33 years", "0e5d6094", "topic"),
    # Xi's address "held on September 3 in Beijing's Tienanmen Square" ¶377, paying "high tribute to our veteran
    # soldiers" ¶379 (eca32116 ¶219 has the Tienanmen rostrum, no speech)
    Query("Xi's Tienanmen speech tribute to veteran soldiers", "38a7d84f", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Wonju is 3 edits from Wonsan, where Lavrov announced a monument for the Patriots park (097182f6 line 7)
    "Wonju memorial park",
    "Madurai temple festival",  # Madurai is 2 edits from Maduro (f78fdcd6); no temple, no festival
    "黄柳霜 奥斯卡",  # Anna May Wong (ccf1d4fa ¶111–119) in Chinese characters; no Oscar
    # "Defence Minister Vladimir Padrino" (f78fdcd6 ¶33/53) is only named among the guests; no arms, no purchase
    "Vladimir Padrino Russian arms purchase",
    "Шойгу в Вонсане",  # Wonsan is Lavrov's (097182f6 line 7); Shoigu is never named
    # "la provincia de Gansu, en el borde del desierto de Gobi" (dde32893 ¶333/335); no temperature
    "¿qué temperatura hace en el desierto de Gobi?",
    # "the singular contribution of the South Wales miners" (ac7222d4 ¶477/527); no count, nor any miner in China
    # ("roughly 200" served in China with the Friends Ambulance Unit, ¶501, not the miners)
    "how many South Wales miners went to China?",
    "what date did Tokayev leave Tianjin?",  # Tokayev met Xi in Tianjin "in the evening" (26d64f12 ¶405); no departure
    # the Minyuan Stadium was modelled on "Stamford Bridge (home of Chelsea Football Club)" (7ab1f62c ¶291);
    # Liddell played for no club in the text
    "which football club did Liddell play for?",
    # Zhao Leji in Hanoi (362ba691 ¶65–75): talks, the ceremony, the mausoleum; no hotel
    "Zhao Leji Hanoi hotel",
    "who founded Telesur?",  # "originally published in Spanish by Telesur" (f78fdcd6 ¶49); no founder
    "苏林 访美",  # To Lam (362ba691 ¶67–73, 20f574be ¶145); no visit to the United States
    "洪森 生日",  # Hun Sen among the Hanoi guests (20f574be ¶154); no birthday
    # Gansu (dde32893 ¶333, ac7222d4 ¶485, 6710eba1 ¶549); Lanzhou is never named, nor any noodles
    "Lanzhou beef noodles Gansu",
    # Hun Manet agreed to "combat online gambling and telecom fraud" (5a5d8582 ¶247); Sihanoukville (5 edits from
    # Sihanouk) and casinos are never named
    "Sihanoukville casinos online gambling",
    # Xi's address "just prior to the commencement of the military parade" (38a7d84f ¶377–395) is quoted at
    # length; how long it lasted is never said
    "how many minutes did Xi speak for before the military parade?",
    # "the Spanish translation of … Sydney Loving's interview" (dde32893 ¶297/299); no translator named
    "who translated Sydney Loving's interview into Spanish?",
    # Callum Norris "of the Young Communist League of Britain" (6710eba1 ¶533); no date of joining
    "when did Callum Norris join the Young Communist League?",
    # the webinar (d89fdf72 ¶349–373): date, hours, speakers, organisers; no fee
    "сколько стоит участие в вебинаре?",
    # "los aeropuertos donde solo te paras frente a una cámara" (dde32893 ¶329); no airport named, no landing
    "¿en qué aeropuerto aterrizó la delegación?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "the great Exhibition will be opened by President Loubet" ¶8–9; "The first motor omnibus" ¶12; "The town's
    # first self-service grocery" ¶17
    Query("Loubet omnibus self-service grocery", "aab3c81e", "cross-paragraph"),
    # "apprenticed to the piano makers Rudd & Shallcross" ¶8; "He played for the Coronation service" ¶16;
    # "his daughters, Morwenna and Jean" ¶24 (aab3c81e ¶28 has a Coronation bonfire only)
    Query("Rudd & Shallcross Coronation Morwenna", "7ff786b0", "cross-paragraph"),
    # "Marionette masterclass with Hanna Lisowska" ¶13; "the burning of the willow dragon" ¶18/24; "We have asked
    # the fire brigade to stand by again" ¶25
    Query("Hanna Lisowska willow dragon fire brigade", "a010657e", "cross-paragraph"),
    # "the trust's chairman, Mrs Enid Potts" ¶13–14; "arrived on a low-loader" ¶16; "the boys of the National
    # School" ¶23–24
    Query("Enid Potts low-loader National School", "74c44810", "cross-paragraph"),
    # "Нина Петровна Гаврилова" ¶7; "шестиклассник Дима Рябов" ¶16; "покажут документальный фильм" ¶20
    Query("Гаврилова Рябов документальный фильм", "66f46252", "cross-paragraph"),
    # 孙女黄嘉怡 ¶11; 放映纪录片《一水之隔》 ¶14; 两地龙舟友谊赛 ¶19
    Query("黄嘉怡 一水之隔 龙舟友谊赛", "a25bebe1", "cross-paragraph"),
    # Word forms
    # "carried two dinghies into the churchyard" ¶24 (dinghies → dinghy); c4ec57cc has the churchyard (¶7, ¶14)
    # without a dinghy
    Query("dinghy carried into the churchyard", "4db4aa0b", "word-form"),
    # "a north-easterly gale drove spray over the quay wall" ¶8 (drove → drives, irregular)
    Query("gale drives spray over the quay wall", "b2da595e", "word-form"),
    # "The bell cracked during the hard frost … and was lowered from its frame on 5 April" ¶9–10
    Query("lowering the cracked bell from its frame", "74c44810", "word-form"),
    # "Aquel miércoles la tierra tembló dos veces" ¶8 (tembló → tiembla, irregular)
    Query("la tierra tiembla dos veces", "1cce7819", "word-form"),
    # "в школе вылетело сто сорок стёкол" ¶9 (вылетело → вылетели, стёкол → стёкла)
    Query("вылетели стёкла в школе", "66f46252", "word-form"),
    # "my grandad Len took her to the pictures in Truro and proposed in the interval" ¶11 (proposed → proposing);
    # Elsie ¶6/29
    Query("Len proposing to Elsie in the interval", "8dd54e13", "word-form"),
    # Another script or romanisation
    Query("Айвор Пенуорден", "7ff786b0", "translit"),  # Ivor Penwarden ¶1/4 in Cyrillic
    # "Louis Blériot" ¶8 and "Les Baraques, near Calais" ¶7 in Chinese characters
    Query("布莱里奥 加来", "46af2b8e", "translit"),
    Query("Вайолет Крабб", "6be216e0", "translit"),  # "ninety-year-old Violet Crabb" ¶32–33 in Cyrillic
    Query("Huang Botang", "a25bebe1", "translit"),  # 文化站站长黄伯棠 ¶7 (also ¶11, ¶20) in pinyin
    # "The managing director, Mrs Susan Pascoe" ¶12 (and "Pascoe & Daughters" ¶8) in Cyrillic
    Query("Сьюзан Паско", "63e9f581", "translit"),
    # "Учительница географии Нина Петровна Гаврилова" ¶7 and Сосновозёрск ¶1/3 in Latin letters
    Query("Nina Gavrilova Sosnovozyorsk", "66f46252", "translit"),
    # "the club's oldest member, Dora Pike, 97" ¶17–18 in Cyrillic
    Query("Дора Пайк", "da6a5833", "translit"),
    # "Gino Ferraro, whose father opened the shop" ¶20 in Chinese characters
    Query("吉诺·费拉罗", "83ad74c2", "translit"),
    # accents dropped: "recuerda Lucía Navarro, entonces concejala de Servicios Sociales" ¶14
    Query("Lucia Navarro concejala", "1cce7819", "translit"),
    # Russian
    # "в школе с 13 по 17 февраля проходит неделя астрономии" ¶19
    Query("неделя астрономии в школе", "66f46252", "russian"),
    # "витрина с осколком, который нашёл на льду озера шестиклассник Дима Рябов" ¶15–16; "Челябинский метеорит"
    # ¶4
    Query("осколок метеорита нашёл шестиклассник", "66f46252", "russian"),
    # "она обещает к этому времени дописать книгу воспоминаний о том утре" ¶23
    Query("книга воспоминаний о том утре", "66f46252", "russian"),
    # Spanish
    # "Esa misma noche salieron de Villarejo dos autobuses de voluntarios con mantas y agua" ¶10
    Query("dos autobuses de voluntarios con mantas y agua", "1cce7819", "spanish"),
    # "el polideportivo municipal ya se había convertido en almacén de ayuda" ¶12–13
    Query("el polideportivo convertido en almacén de ayuda", "1cce7819", "spanish"),
    # "un monolito con los nombres de los ciento doce vecinos que participaron en la ayuda" ¶24
    Query("monolito con los nombres de los vecinos", "1cce7819", "spanish"),
    # Chinese
    Query("码头广场 升旗仪式", "a25bebe1", "chinese"),  # 镇政府将在码头广场举行升旗仪式 ¶13 (码头广场 also ¶6)
    Query("港珠澳大桥 通车", "a25bebe1", "chinese"),  # 去年10月24日港珠澳大桥正式通车后 ¶10
    Query("濠江记忆 镇档案馆", "a25bebe1", "chinese"),  # 由镇档案馆整理的"濠江记忆"老照片展 ¶16
    # Mentions and zero-width spaces
    # "Subscriptions" ¶29/31; "Please give any change of address to Tom Verity" ¶31–32
    Query("<@2207> Tom Verity\u200b subscriptions", "c4ec57cc", "mention-noise"),
    # "Blue badge holders may park on Marine Parade during this period" ¶15–16
    Query("@here \u200bMarine Parade blue badge", "4030970c", "mention-noise"),
    # "The secretary, Dennis Opie" ¶25; "the grass strip at Gullet Farm" ¶17/29/36
    Query("<#4410> Dennis Opie\u200b Gullet Farm", "46af2b8e", "mention-noise"),
    # Typos
    Query("Quelington puppet festival", "a010657e", "typo"),  # "The 22nd Quellington Puppet Festival" ¶2
    # "the earthstar under the yews at Coldridge" ¶24; SEDGECOMBE ¶1
    Query("Sedgcombe earthstar", "c4ec57cc", "typo"),
    Query("Wickensdael glow-worms", "7d4a4758", "typo"),  # "GLOW-WORM EVENINGS at Wickensdale Bank" ¶1–2
    # Names
    Query("Alison Fenn", "52e248bc", "name"),  # "said the museum's director, Alison Fenn" ¶25–26
    Query("Bill Hewson", "b2da595e", "name"),  # "Commodore Bill Hewson said that last year's regatta" ¶9
    # Phrases
    Query("a church so full that people stood in the porch", "7ff786b0", "phrase"),  # ¶21–22
    Query("if the pavilions are finished, which they are not", "aab3c81e", "phrase"),  # ¶9
    # "This is their anniversary as much as ours." ¶26
    Query("their anniversary as much as ours", "52e248bc", "phrase"),
    # Questions
    # "The Promenade car park will be closed to all vehicles from Monday 19 December to Friday 6 January
    # inclusive" ¶14 (and the heading ¶4)
    Query("when is the Promenade car park closed?", "4030970c", "question"),
    # "The tidal surge … put three feet of water into the club's ground floor" ¶23; "(Gorsby Staithe News, 11
    # December 2013)" ¶28
    Query("how deep was the water in the Gorsby Staithe clubhouse?", "4db4aa0b", "question"),
    # "The alarm was raised at 11.40 pm by a passing taxi driver" ¶9–10 (52e248bc ¶15–16 has "the moment the
    # alarm was raised", not by whom)
    Query("who raised the alarm at the Tollbury hat works fire?", "63e9f581", "question"),
    # "the glow-worm count has been kept by volunteers … Last season's best night was 312 females" ¶20–21
    Query("how many glow-worms were counted on last season's best night?", "7d4a4758", "question"),
    # Topics
    # "Leap-day birthdays have always caused trouble … Last year we had her cake on 28 February, and the year
    # before on 1 March, which started an argument" ¶16–18
    Query("leap day birthday cake argument", "8dd54e13", "topic"),
    # "named the best fish and chip shop in the country" ¶19; "free chips to every pensioner" ¶22
    Query("fish and chip shop award free chips for pensioners", "83ad74c2", "topic"),
    # "The centenary dinner follows at the Staithe Hotel on the 27th" ¶17; "Sailing & Rowing Club was founded"
    # ¶15
    Query("sailing club centenary dinner Staithe Hotel", "da6a5833", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Elsie Marrack's party is at the British Legion (8dd54e13 ¶22); the puppet festival is Quellington's (a010657e)
    "Elsie Marrack puppet festival",
    # Alison Fenn directs the hat works museum (52e248bc ¶25–26); the glow-worm walks are led by wardens (7d4a4758)
    "Alison Fenn glow-worm walk",
    # the club "owned a single Tiger Moth" in 1959 (46af2b8e ¶23); Dennis Opie is its secretary (¶25); no crash
    "Dennis Opie Tiger Moth crash",
    # Gino Ferraro's is the Heron Street Fish Bar (83ad74c2); the hat works fire and museum are the other cuttings
    # (63e9f581, 6be216e0) and the press release (52e248bc), where no Ferraro appears
    "Gino Ferraro hat works",
    # Ivor Penwarden's farewell recital was at St Peter's (7ff786b0 ¶21); London is only where the chip shop got its
    # award (83ad74c2 ¶19–20)
    "Айвор Пенуорден концерт в Лондоне",
    # Dora Pike, 97, will fire the starting gun (da6a5833 ¶17–18), in Chinese characters; the one funeral is Ivor
    # Penwarden's (7ff786b0 ¶26)
    "多拉·派克 葬礼",
    # "the centenary race on Saturday 4 May" (da6a5833 ¶18) is still to come; no winner
    "who won the centenary race at Gorsby Staithe?",
    # Latham "had set out on 19 July and come down in the sea a few miles out" (46af2b8e ¶11); only Blériot's
    # flight has a length ("Some thirty-seven minutes later", ¶8)
    "how long did Hubert Latham's flight last?",
    "what did the sea wall repairs cost?",  # the notice (4030970c) gives dates and lengths, no sum
    # the museum's first visitor was Violet Crabb (6be216e0 ¶32–33); "opened to the public in spring 2006"
    # (52e248bc ¶28–29); no count (the 6,000 visitors are the puppet festival's, a010657e ¶24)
    "how many visitors did the Tollbury Hat Works Museum have on opening day?",
    "how many puppets are in the opening parade?",  # "Opening parade of giant puppets" (a010657e ¶8); no count
    # Ivor "learned to tune by ear" at Rudd & Shallcross (7ff786b0 ¶8–9); nobody taught him the organ in the text
    "who taught Ivor Penwarden the organ?",
    # "twenty-two of you turned out in sleet" and "so many new members" (c4ec57cc ¶7–10); no membership count
    "how many members does the Sedgecombe fungus group have?",
    "who cast the Mistlebury bell in 1794?",  # "The bell was cast in 1794" (74c44810 ¶4); no founder named
    # "Cullerby Rovers went down 2-1 to Stainforth" (aab3c81e ¶21–22); no scorer
    "who scored Cullerby Rovers' goal against Stainforth?",
    # the Priory Road health centre was opened on 11 April 1990 (aab3c81e ¶25–26); it is not said to have closed
    "when did the Priory Road health centre close?",
    # "free chips to every pensioner who calls on Saturday 10 October" (83ad74c2 ¶22), announced beforehand
    "how many pensioners got free chips at the Heron Street Fish Bar?",
    # "Lantern Box Theatre" (a010657e ¶9) and "the Lantern Box collection" (¶22); no founder
    "who founded Lantern Box Theatre?",
    # the first motor omnibus between Cullerby and Hatherwold (aab3c81e ¶12–14): fifty minutes; no fare
    "what did the omnibus fare cost between Cullerby and Hatherwold?",
    # Penhallow is 3 edits from Penhurrow, whose Flying Club is 46af2b8e's
    "Penhallow Flying Club",
    # Quarrington is 3 edits from Quellington, whose festival has a "Marionette masterclass with Hanna Lisowska"
    # (a010657e ¶13)
    "Quarrington marionette masterclass",
    # Sedgemoor is 4 edits from Sedgecombe, whose group studies fungus and lichen (c4ec57cc)
    "Sedgemoor lichen group",
    # Сосногорск is 3 edits from Сосновозёрск, over which the Chelyabinsk meteorite flashed (66f46252)
    "Сосногорск метеорит",
    # Villanueva is 4 edits from Villarejo del Cierzo, whose polideportivo was the aid store (1cce7819 ¶12–13)
    "Villanueva del Cierzo polideportivo",
    "黄嘉怡在哪家酒店工作",  # 黄嘉怡就在澳门一家酒店工作 (a25bebe1 ¶11): the hotel is never named
    "港珠澳大桥 全长多少公里",  # 港珠澳大桥正式通车 (a25bebe1 ¶10), 四十分钟 to work; no length
    # "покажут документальный фильм, снятый выпускниками" (66f46252 ¶19–20); no price
    "сколько стоил билет на документальный фильм?",
    # "дописать книгу воспоминаний о том утре" (66f46252 ¶23): not yet finished, no title
    "как называется книга воспоминаний Гавриловой?",
    # the earthquake "costó la vida a nueve personas" (1cce7819 ¶4); no injured are counted
    "¿cuántos heridos hubo en el terremoto de Lorca?",
    # "solo se leyó un manifiesto por la radio municipal" (1cce7819 ¶17–18); no reader named
    "¿quién leyó el manifiesto por la radio municipal?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind66/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
