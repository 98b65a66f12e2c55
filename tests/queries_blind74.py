"""A seventy-fourth lookup query set, for tuning ranking (written in the thirty-seventh session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind73.py and tests/queries_blind75.py, the last
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped
  and ё read as е, Chinese by character pairs, a few stop words, Discord/Telegram mentions and
  zero-width characters left out) with every one of the 9,617 earlier queries, and with the earlier
  queries of this set, while the set was being written; a query sharing more than half of its words
  with any one of them was replaced. The seeds have been queried so often that nearly every first draft
  failed the check (every name of the seeds, alone or in Cyrillic or Chinese characters, has been asked
  before): the seed queries here join names or passages of one article that no earlier query joined, use
  the rarer words of a passage, or ask in longer words.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind86/docs, copied as ONE
  corpus into a subfolder blind86/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 7 (the words of the query are in
one article but no single paragraph, title line included, holds them all), word-form 4 + 7 (another
inflection or derivation than the text uses, irregular forms too, in English, Russian and Spanish),
translit 5 + 10 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and Chinese names,
pinyin for a Wade-style spelling, accents dropped), russian 2 + 3 (over the seeds, names in Cyrillic),
spanish 2 + 3, chinese 2 + 3 (over the seeds, names in Chinese characters), mention-noise 2 + 3
(Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word),
name 3 + 3, phrase 3 + 4, question 3 + 9, topic 3 + 4: 38 + 59 answerable, and 21 + 34 unanswerable. Every
answerable query is answered by the documents' own words in some form, spelling or script (names may be
written in another script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds joined to
a subject it never connects with that name (a subject of another article, or of another passage of the same
article); a question in the corpus's own words about something it does not say (who commanded a parade,
designed a tapestry, broke a bottle, won an open or was a team's second captain; when someone became
president or came to China, at what age someone died; how many tanks, pages, fencers, workers, steps or
visitors; what time a film is shown, a museum opens; what a course, a ticket, a race entry cost; which
newspaper, which hotel, which company's shares, which university; what a mayor, a daughter, a teacher or a
ship's captain was called, what a father did for a living); a place the corpus does not hold but spelled
close to one it does (two or more edits from a place in it: Edenbridge, Ganzhou, Jiayuan, Annerley,
Hadleigh, Sowerby Bridge, Lambeth, Звенигород, Sotomayor); Russian, Spanish and Chinese ones. Each shares
one or more words with its corpus on purpose (in another script for some of the seeds' ones), and every
article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and line holding it; those lines were read to decide which article a reader
wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph queries the
same script checked that no paragraph holds all of the query's words: in seeds/000–003 each line, as
in the earlier sets; in seeds/004 and in the new documents each line and each blank-line block, title
line included (no cross-paragraph query was written on the two digests, which have no blank lines).
For word-form queries it checked that the form the query uses is not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind86/docs/* into ONE temporary
# corpus folder under the subfolder blind86/: files are then "blind86/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind86/docs",)
NEWDOCS_SUBDIRS = ("blind86",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "85c9e9c7": "ANKERBY AND DISTRICT ADVERTISER",
    # en_crannock_herald_wireless_shop_digest.txt, split by the loader: the header (¶1–2), the Baird anniversary
    # (¶4–7), the shop's closing (¶10–14), the museum exhibition (¶17–22); the "— — —" rules (¶8, ¶15) come out
    # as articles of their own (56cf15d7, 56cf15d7-2, titled by the rule) and the datelines (¶3, ¶9, ¶16) belong
    # to none of them
    "69dd0033": "CRANNOCK HERALD — THREE CUTTINGS FROM THE TREBILCOCK FILE",
    "172ddcec": "FIFTY YEARS OF THE FLICKERING PICTURE",
    "1aae727a": "SIXTY YEARS ON, TREBILCOCK'S SWITCHES OFF",
    "fb9fe583": "OLD WIRELESS SHOP LIVES AGAIN IN MUSEUM",
    "ab78aedf": "WEASTHILL REPORTER — OBITUARIES",
    "749bfeb9": "EBBERSEA GAZETTE",
    "3c38b840": "HADSWORTH BOROUGH COUNCIL",
    "67a5f29f": "HURLINGCOTE FENCING CLUB",
    "a042a31e": "LAMPRETH FEN RESERVE",
    "c960df57": "OWLSBURY CHRONICLE",
    "767270e2": "PEVENHAM 1066 — NINE HUNDRED AND FIFTY YEARS ON",
    "32f89bdf": "SOWERTHWAITE CHURCH OF ENGLAND PRIMARY SCHOOL",
    # en_steadholme_post_summits_digest.txt, split by the loader: the header (¶1–2), Mont Blanc (¶4–7), the
    # Eiffel Tower (¶10–13), the club hut (¶16–20); the "~~~" rules (¶8, ¶14) come out as articles of their own
    # (41f425e6, 41f425e6-2) and the datelines (¶3, ¶9, ¶15) belong to none of them
    "69e893d7": "STEADHOLME POST — FROM THE MOUNTAINEERING CLUB'S SCRAPBOOK",
    "920b30cf": "LOCAL TEACHER ON TOP OF EUROPE",
    "41d6e533": "A HUNDRED YEARS OF THE IRON LADY",
    "a5242f99": "CLUB HUT BACK IN BUSINESS",
    "727d9fa2": "TAR AND TEAK — a retired sailmaker's notebook",
    "ec71e672": "EL ECO DE SOTOYERMO",
    "d8e1216d": "«ЗВОНЦОВСКИЙ ВЕСТНИК»",
    "2d6b219e": "鹤湾镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Liu Qibao, head of the Publicity Department … visited the Russian city" line 4; "visited the site of the
    # former camp of the North-eastern anti-Japanese united army near Khabarovsk" line 12
    Query("Publicity Department head former camp north-eastern united army", "054ef6fb", "cross-paragraph"),
    # "according to Li Jinxian, director of the Memorial Work Department" line 1; "actively gathering and
    # verifying information" line 4; "Sergei Lavrov, who announced during a July event in the Korean city of
    # Wonsan that a monument …" line 7
    Query("Sergei Lavrov Wonsan monument Li Jinxian verifying information", "097182f6", "cross-paragraph"),
    # "the Global Development Initiative, Global Security Initiative, and Global Civilization Initiative" line 13;
    # "distancing itself from symbols like the Yasukuni Shrine" line 41; "opposing all forms of 'Taiwan
    # independence'" line 51
    Query("Yasukuni Global Development Initiative Taiwan independence", "b39d8185", "cross-paragraph"),
    # "China's Consulate-General in the Scottish capital Edinburgh writes" ¶273; "the valiant Scottish soldiers
    # who fought … on the Burmese battlefield" ¶275; "helping to design and promote the Minyuan Stadium" ¶291
    Query("Minyuan Stadium Burmese battlefield Consulate-General", "7ab1f62c", "cross-paragraph"),
    # "with Kazakhstan President Kassym-Jomart Tokayev in the evening" ¶405; "new energy, electric vehicles,
    # finance and seawater desalination" ¶413; "The China-Myanmar pauk-phaw (brotherly) friendship" ¶415 (¶419)
    Query("Tokayev evening desalination pauk-phaw", "26d64f12", "cross-paragraph"),
    # "met at the Great Hall of the People in Beijing with … President of the Republic of Cuba" ¶85; "This year
    # marks the 65th anniversary of the establishment of diplomatic relations between China and Cuba" ¶87;
    # "cybersecurity, nanotechnology, life sciences" ¶105 (eca32116 ¶223 and 38a7d84f ¶385 have the Great Hall
    # without Cuba)
    Query("Cuba nanotechnology Great Hall of the People 65th anniversary", "d807680a", "cross-paragraph"),
    # Word forms: the text has another form
    # "take it as an opportunity to steer the bilateral relationship toward the goal of building a China-Egypt
    # community with a shared future" ¶411 (steer → steering)
    Query("Egypt steering the bilateral relationship toward a community with a shared future", "26d64f12", "word-form"),
    # "the Japanese invaders slaughtered over 20 million men, women and children" ¶127 (slaughtered → slaughtering)
    Query("Japanese invaders slaughtering over 20 million men, women and children", "ccf1d4fa", "word-form"),
    # "Michael Lindsay, … whose expertise in radio engineering was much appreciated and personally commended by
    # Mao Zedong" ¶501 (commended → commending)
    Query("Mao personally commending Michael Lindsay's radio engineering expertise", "ac7222d4", "word-form"),
    # Arthur Clegg (¶515, ¶519): "On one occasion he even personally received a financial donation from a Colonel
    # Younghusband" ¶521 (received → receives; "receiving" is in 362ba691 ¶77, so the present tense is used)
    Query("Arthur Clegg personally receives a donation from Younghusband", "ac7222d4", "word-form"),
    # Another script or romanisation
    # "Slovak Prime Minister Robert Fico" ¶13 and "President of the Republic of the Congo Denis Sassou Nguesso" ¶23
    # in Cyrillic
    Query("Денис Сассу-Нгессо и Роберт Фицо", "faecd2e1", "translit"),
    # the webinar's speakers "Jodie Evans (Co-founder of Code Pink)" ¶365 and "Jenny Clegg (Author and peace
    # activist)" ¶366 in Cyrillic (ac7222d4 ¶513 has Jenny Clegg only)
    Query("Джоди Эванс и Дженни Клегг", "d89fdf72", "translit"),
    # accents dropped: "Nos complace republicar a continuación la traducción al español de la entrevista" ¶299
    Query("Nos complace republicar a continuacion la traduccion al espanol", "dde32893", "translit"),
    # "flanking Chinese President Xi Jinping on the rostrum of Tienanmen Square, denoting their status as the chief
    # guests" ¶219, with the pinyin spelling (38a7d84f ¶377 has "Beijing's Tienanmen Square", no rostrum)
    Query("Tiananmen Square rostrum chief guests", "eca32116", "translit"),
    # "Thongloun Sisoulith" ¶135, ¶153 and "Miguel Díaz-Canel Bermúdez" ¶155, ¶161–167 in Cyrillic (d807680a
    # ¶85–89 has Díaz-Canel without Thongloun)
    Query("Тхонглун Сисулит и Мигель Диас-Канель", "20f574be", "translit"),
    # Russian (names written in Cyrillic)
    # "Dr. Norman Bethune, heir to a Scottish family of doctors, whom Chairman Mao Zedong praised" ¶275
    Query("Норман Бетьюн и Мао Цзэдун", "7ab1f62c", "russian"),
    # "as Vietnamese communist leader Ho Chi Minh once described it in a poem" ¶63 (the Mausoleum ¶75);
    # "Vietnamese Prime Minister Pham Minh Chinh visited Tianjin" ¶79
    Query("Фам Минь Тинь и Хо Ши Мин", "362ba691", "russian"),
    # Spanish
    # "las personas pueden ir a hacer preguntas o pedir ayuda de los cadres, hasta el cuidado de los niños" ¶345
    Query("pedir ayuda de los cadres, hasta el cuidado de los niños", "dde32893", "spanish"),
    # "fuimos a la provincia de Gansu, en el borde del desierto de Gobi, una de las partes más empobrecidas de
    # China" ¶333
    Query("el borde del desierto de Gobi, una de las partes más empobrecidas de China", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "South African President Cyril Ramaphosa, … Indonesian President Prabowo Subianto" ¶451 (Ramaphosa also ¶467)
    Query("苏比安托 拉马福萨", "e065690c", "chinese"),
    # "Slovak Prime Minister Robert Fico" ¶13, ¶19; "Slovakia was the only member state of NATO and the EU to be
    # represented at the commemoration at head of government level" ¶21
    Query("菲佐 北约 欧盟", "faecd2e1", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Callum and Twm conclude that … British leftists should 'take inspiration from Chinese socialism'" ¶543
    Query("@here Callum and Twm\u200b British leftists", "6710eba1", "mention-noise"),
    # "When meeting with Vietnamese President Luong Cuong, … jointly resist the countercurrents of unilateralism and
    # protectionism" ¶71
    Query("<@31> \u200bLuong Cuong\u200b countercurrents of unilateralism", "362ba691", "mention-noise"),
    # Typos (1–2 edits)
    # "Pakistani Prime Minister Shehbaz Sharif" ¶211; "the China-Pakistan Economic Corridor 2.0" ¶211
    Query("Shehbas Sharrif Economic Coridor", "3a9fa4ed", "typo"),
    # "President Lukashenko noted that … deeply impressed by the country's vibrant development and progress" ¶265
    # (6710eba1 ¶539 has "vibrant use of history")
    Query("Lukashanko vibrant developement", "0e5d6094", "typo"),
    # "Sydney Loving" ¶297–305; "¡Lucha y Resiste!" ¶299–343
    Query("Sydeny Lovng Lucha y Resite", "dde32893", "typo"),
    # Names
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as the legendary Chinese communist Chen Hansheng"
    # ¶491; George Hogg ¶477, ¶483, ¶493
    Query("Chow Yun-fat George Hogg", "ac7222d4", "name"),
    # "our co-editor Keith Bennett participated in an international symposium" ¶475; "his mentor, the New Zealand
    # internationalist Rewi Alley" ¶495 (d89fdf72 ¶367 has Keith Bennett only)
    Query("Keith Bennett Rewi Alley", "ac7222d4", "name"),
    # "follow Marxism-Leninism, Mao Zedong Thought, Deng Xiaoping Theory" ¶383 (Mao Zedong alone is also in
    # d807680a, 7ab1f62c, dde32893, ac7222d4 and 6710eba1; Deng Xiaoping only here)
    Query("Mao Zedong Deng Xiaoping", "38a7d84f", "name"),
    # Phrases
    # Rewi Alley on Hogg: "It is not given to everyone to live with heroic disciplined revolutionary armies" ¶497
    Query("It is not given to everyone to live with heroic disciplined revolutionary armies", "ac7222d4", "phrase"),
    # "History teaches that multilateralism, solidarity and cooperation are the right way to address global
    # challenges" ¶407
    Query("history teaches that multilateralism, solidarity and cooperation are the right way", "26d64f12", "phrase"),
    # Lula: "Our countries have become victims of unjustified and illegal trade practices" ¶463
    Query("Our countries have become victims of unjustified and illegal trade practices", "e065690c", "phrase"),
    # Questions
    # "Between his participation in the SCO meetings, August 31-September 1, and the commemoration of the war
    # victory, September 3, Thongloun visited Hanoi" ¶143 (362ba691 ¶73 has the Hanoi ceremony, no Lao leader)
    Query("which Lao leader visited Hanoi between the SCO meetings and the commemoration?", "20f574be", "question"),
    # "Sunday 21 September 2025, 4pm Britain, 11am US Eastern, 8am US Pacific" ¶351
    Query("what time is the webinar in US Pacific time?", "d89fdf72", "question"),
    # "on July 14, the Daily Worker, … described this as a 'plain case of aggression' in its editorial" ¶507 (the
    # invasion ¶505)
    Query("what did the Daily Worker call the Japanese invasion in its July 14 editorial?", "ac7222d4", "question"),
    # Topics
    # "China will continue to firmly support Zimbabwe in independently pursuing a development path suited to its
    # conditions, oppose external interference and illegal sanctions" ¶7
    Query("Zimbabwe illegal sanctions independently pursuing a development path", "faecd2e1", "topic"),
    # "the sculpture also represents recognition of both the Chinese and global anti-fascist cause" ¶47
    Query("Venezuela monument recognition of global anti-fascist cause", "f78fdcd6", "topic"),
    # "the 80th anniversary of Japan's surrender – marked in China with spectacular celebrations … forgotten in the
    # largely Eurocentric narrative of the Second World War" ¶355
    Query("Japan's surrender spectacular celebrations Eurocentric narrative", "d89fdf72", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "the military parade" on September 3 (38a7d84f ¶377, eca32116 ¶219); no tanks, no count anywhere
    "how many tanks were in the September 3 military parade?",
    # "Brazilian President Luiz Inácio Lula da Silva, whose country holds the current rotating Chair" (e065690c
    # ¶451); no date of taking office
    "when did Lula become president of Brazil?",
    # Claudia Jones is in David Horsley's booklet (ccf1d4fa ¶123); the Edinburgh consulate is 7ab1f62c's (¶273)
    "Claudia Jones Edinburgh consulate",
    # David Horsley reviews Anna May Wong's films (ccf1d4fa ¶111, ¶123); the Minyuan Stadium is Liddell's
    # (7ab1f62c ¶291)
    "David Horsley Minyuan Stadium",
    # Twm Draper wrote the delegation's report (6710eba1 ¶533); the Tienanmen rostrum is Kim Jong Un's and Putin's
    # (eca32116 ¶219)
    "Twm Draper Tienanmen rostrum",
    # Liddell, "Born in 1902" (7ab1f62c ¶289), "finally died in a Japanese internment camp" (¶285); no year of
    # death, no age
    "at what age did Eric Liddell die in the internment camp?",
    # Edenbridge is not in the corpus (5 edits from Edinburgh), whose Consulate-General wrote of the Scottish
    # heroes (7ab1f62c ¶273)
    "Edenbridge consulate Scottish heroes",
    # Ganzhou is 3 edits from Gansu, where Hogg led the orphaned children (ac7222d4 ¶483–485)
    "Ganzhou journey of orphaned children",
    # Jiayuan is 2 edits from Jiayuguan, whose JISCO steel company has "una cobertura verde de 42%" (dde32893 ¶335)
    "Jiayuan steelworks green coverage",
    # Arthur Clegg, "the CCC's National Organiser" (ac7222d4 ¶515), wrote a memoir; the one newspaper there is the
    # Daily Worker's editorial (¶507), not his
    "which newspaper did Arthur Clegg edit?",
    # "We print below the text of the paper presented by Keith" (ac7222d4 ¶477); no length
    "how many pages is Keith Bennett's symposium paper?",
    # "the outcomes of the Beijing Summit of the Forum on China-Africa Cooperation (FOCAC)" (faecd2e1 ¶9, ¶27); no
    # theme
    "what was the theme of the Beijing Summit of FOCAC?",
    # "President Xi Jinping began a round of bilateral meetings in Tianjin on August 30, … Mostafa Madbouly"
    # (26d64f12 ¶405); no length of stay
    "how long was Madbouly's visit to Tianjin?",
    # "details of showings may be found on the BFI website" (ccf1d4fa ¶121); "until October 8" (¶111), no times
    "what time does the BFI show Lady From Chungking?",
    # Rewi Alley (ac7222d4 ¶495–499) in Cyrillic; when he came to China is not said
    "когда Реви Алли приехал в Китай?",
    # the parade at Tienanmen (38a7d84f ¶377, eca32116 ¶219); nobody is named as its commander
    "кто командовал парадом на площади Тяньаньмэнь?",
    # Dunhuang (dde32893 ¶307, ¶325, ¶335; 6710eba1 ¶537–539); no mayor (the one mayor is Beijing's Yin Yong,
    # eca32116 ¶221)
    "¿quién es el alcalde de Dunhuang?",
    # Sydney Loving (dde32893 ¶297–345) speaks of "las madres y sus hijos" (¶323), never of a daughter of her own
    "¿cómo se llama la hija de Sydney Loving?",
    # "una fábrica de Lenovo donde mostraron cómo colaboran con el sistema escolar" (dde32893 ¶339); no headcount
    "¿cuántas personas trabajan en la fábrica de Lenovo?",
    # Xi Jinping in Chinese characters; Caracas is Maduro's ("From Caracas, we gift …", f78fdcd6 ¶35): Xi never
    # goes there
    "习近平 访问 加拉加斯",
    # the memorial complex near Khabarovsk (054ef6fb line 12) in Chinese characters; no opening hours
    "哈巴罗夫斯克 纪念馆 开放时间",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "the Rev. Josiah Penfold, who had it framed and hung in the vestry" ¶6; "Margaret Selley, kept a diary" ¶9;
    # "Cllr Dennis Wragby, will bury a time capsule" ¶18 (blocks ¶1–6, ¶8–11, ¶13–19)
    Query("Penfold vestry Selley diary Wragby time capsule", "85c9e9c7", "cross-paragraph"),
    # "she joined the wardrobe department at Granada's new studios" ¶5; "Arthur Ashplant, a tram-depot fitter" ¶9;
    # "followed by cremation at Agecroft" ¶15
    Query("Granada wardrobe department tram-depot fitter Agecroft", "ab78aedf", "cross-paragraph"),
    # "to open the cycle shop in Quay Street" ¶9; "the next outing, to Windermere" ¶16; "a special circus programme
    # every evening" ¶18
    Query("Quay Street cycle shop circus programme Windermere", "749bfeb9", "cross-paragraph"),
    # "a blaze seen from Ellerdon Beacon" ¶8; "volunteers from the Hadsworth Round Table will build the bonfire"
    # ¶12; "a replica of Fawkes's lantern" ¶19
    Query("Ellerdon Beacon Round Table Fawkes's lantern", "3c38b840", "cross-paragraph"),
    # "Harold had beaten the Norwegian army at Stamford Bridge" ¶4; "the battle re-enacted in miniature by the
    # Pevenham Model Soldiers' Society" ¶18
    Query("Norwegian army Stamford Bridge Model Soldiers' Society", "767270e2", "cross-paragraph"),
    # "Первым капитаном был инженер Виктор Шалаев" ¶4 (Шалаев ¶11); "зимний фестиваль команд КВН, который пройдёт в
    # Лесогорске" ¶13; "Директор Дома культуры Нина Гаврилова" ¶16 (blocks ¶1–7, ¶9–14, ¶16–19)
    Query("Нина Гаврилова Шалаев зимний фестиваль в Лесогорске", "d8e1216d", "cross-paragraph"),
    # "在外滩浦江饭店正式开业" ¶5 (¶8); "他总坐在第三排靠窗的位置" ¶12; "本报记者 顾明" ¶21 (blocks ¶1–9, ¶11–19, ¶21)
    Query("浦江饭店 第三排靠窗 顾明", "2d6b219e", "cross-paragraph"),
    # Word forms
    # "Launched her at the top of the tide. … A lady broke the bottle" ¶5 (broke → breaking)
    Query("lady breaking the bottle at the top of the tide", "727d9fa2", "word-form"),
    # "Among the men who riveted the Tower's ironwork was Amos Fairclough, a Ebbersea blacksmith's son" ¶6
    # (riveted → riveting)
    Query("blacksmith's son riveting the Tower's ironwork", "749bfeb9", "word-form"),
    # "The new clock on the Corn Exchange … It lost four minutes in its first week" ¶15–16 (lost → losing)
    Query("Corn Exchange clock losing four minutes", "c960df57", "word-form"),
    # "Doreen Ashplant, who sewed costumes for the very first episode of Coronation Street" ¶3 (sewed → sewing)
    Query("Doreen Ashplant sewing costumes for Coronation Street", "ab78aedf", "word-form"),
    # "Проиграли Лесогорску на одно очко" ¶5 (проиграли → проигрывают)
    Query("Звонари проигрывают Лесогорску на одно очко", "d8e1216d", "word-form"),
    # "los dos montañeros durmieron en la cuadra de los Llaneza" ¶5 (durmieron → duermen, irregular)
    Query("los montañeros duermen en la cuadra de los Llaneza", "ec71e672", "word-form"),
    # "Gustave Eiffel climbed the stairs of his new tower in Paris" ¶11 (climbed → climbing)
    Query("Gustave Eiffel climbing the stairs", "41d6e533", "word-form"),
    # Another script or romanisation
    Query("Маргарет Селли", "85c9e9c7", "translit"),  # "One of the pupils, Margaret Selley, kept a diary" ¶9 (¶11)
    # "John Logie Baird first showed television to members of the Royal Institution" ¶5 in Chinese characters; the
    # museum cutting recalls a "Baird Day" (fb9fe583 ¶21)
    Query("约翰·洛吉·贝尔德", "172ddcec", "translit", also=("fb9fe583",)),
    Query("Дорин Эшплант", "ab78aedf", "translit"),  # "Doreen Ashplant: the seamstress who dressed …" ¶2–3
    Query("Гай Фокс", "3c38b840", "translit"),  # "after Guy Fawkes was caught in the cellar" ¶5 (Fawkes ¶6, ¶19)
    # "Jacques Balmat and Michel Paccard first stood on the summit of Mont Blanc" ¶5 in Cyrillic
    Query("Жак Бальма и Мишель Паккар", "920b30cf", "translit"),
    # "My great-great-grandfather, Robert Imrie, was a fifteen-year-old apprentice in the yard" ¶4 (¶13)
    Query("Роберт Имри", "727d9fa2", "translit"),
    Query("布莱克浦", "749bfeb9", "translit"),  # Blackpool (¶3, ¶6, ¶9, ¶13) in Chinese characters
    Query("Shen Agen Hewan", "2d6b219e", "translit"),  # "鹤湾镇的沈阿根老人" ¶6 in pinyin
    # "Первым капитаном был инженер Виктор Шалаев" ¶4 (¶11) and «Звонари» ¶4, ¶6–7 in Latin letters
    Query("Viktor Shalaev Zvonari", "d8e1216d", "translit"),
    Query("Fermin Covian", "ec71e672", "translit"),  # accents dropped: "una charla del historiador Fermín Covián" ¶12
    # Russian
    Query("школа КВН для подростков", "d8e1216d", "russian"),  # "работает школа КВН для подростков" ¶18
    # "Весной будущего года Дом культуры соберёт архив команды. Фотографии и афиши можно приносить" ¶17
    Query("архив команды, фотографии и афиши", "d8e1216d", "russian"),
    # "С 12 по 16 ноября в школах города пройдут игры юниорской лиги" ¶12
    Query("игры юниорской лиги в школах города", "d8e1216d", "russian"),
    # Spanish
    # "junto a una cuerda de cáñamo que, según la familia Llaneza, es la que llevaron al Picu" ¶7
    Query("una cuerda de cáñamo", "ec71e672", "spanish"),
    # "la banda municipal ofrecerá un concierto en la plaza en honor de los dos escaladores" ¶16
    Query("la banda municipal ofrecerá un concierto en la plaza", "ec71e672", "spanish"),
    # "una subida popular hasta la vega de Urriellu" ¶13 (the inscriptions ¶19)
    Query("subida popular hasta la vega de Urriellu", "ec71e672", "spanish"),
    # Chinese
    Query("老年人电脑培训班", "2d6b219e", "chinese"),  # "营业部还将开办老年人电脑培训班" ¶17
    Query("投资知识讲座", "2d6b219e", "chinese"),  # "营业部将于本月20日举办投资知识讲座" ¶15
    # "镇文化站举办了"股市十年"图片展，两天里来了一千多人" ¶14
    Query("股市十年 图片展 一千多人", "2d6b219e", "chinese"),
    # Mentions and zero-width spaces
    # "Sunday 27 January: the Founders' Foil, our own competition, in the Corn Store from 9am" ¶8
    Query("<@8812> Founders' Foil\u200b Corn Store", "67a5f29f", "mention-noise"),
    # "Bittern evening" ¶10; "a dusk walk to the hide on Long Dyke" ¶11
    Query("@here bittern evening\u200b Long Dyke", "a042a31e", "mention-noise"),
    # "The infants' nativity play … Each family may have three tickets" ¶6
    Query("<#77> nativity play\u200b three tickets", "32f89bdf", "mention-noise"),
    # Typos
    # "SOWERTHWAITE CHURCH OF ENGLAND PRIMARY SCHOOL" ¶1 (1 edit + 1 edit)
    Query("Sowerthwait Primery", "32f89bdf", "typo"),
    Query("Hurlincote Fensing Club", "67a5f29f", "typo"),  # "HURLINGCOTE FENCING CLUB" ¶1
    Query("Owlsbery Chronicle", "c960df57", "typo"),  # "OWLSBURY CHRONICLE" ¶1
    # Names
    # "Cllr Margaret Hollings, the Leader of the Council" ¶15 (85c9e9c7 ¶9 has another Margaret, Selley)
    Query("Margaret Hollings", "3c38b840", "name"),
    Query("Edna Pashley", "41d6e533", "name"),  # "Mrs Edna Pashley of Kiln Lane has lent the club a postcard" ¶12
    # "Club secretary Norman Pickavance said the next outing …" ¶16 (767270e2 has Norman horses, ¶6, ¶16)
    Query("Norman Pickavance", "749bfeb9", "name"),
    # Phrases
    Query("She went in sweet as a duck", "727d9fa2", "phrase"),  # Robert Imrie's diary, ¶5
    Query("Our great-grandchildren will know what we thought of it all", "85c9e9c7", "phrase"),  # the Mayor, ¶19
    # "the Mayor thanked 'every penny-giver in the borough'" ¶12
    Query("every penny-giver in the borough", "c960df57", "phrase"),
    # Doreen's letter to her sister Vera, ¶6
    Query("Last night went out live and nobody fell over", "ab78aedf", "phrase"),
    # Questions
    # "The new automatic telephone exchange in Tanner Street was switched on at 1.30pm on 24 November" ¶6
    Query("when was the Owlsbury telephone exchange switched on?", "c960df57", "question"),
    # "the next outing, to Windermere, would be on Wednesday 8 June" ¶16; "the fare is £6.50" ¶17
    Query("how much is the fare to Windermere?", "749bfeb9", "question"),
    # "Subs are now due and remain £45 for the year" ¶22
    Query("what are the Hurlingcote club subs for the year?", "67a5f29f", "question"),
    # "The reed beds are closed to visitors from 15 April to 31 July while birds are nesting" ¶21
    Query("are the Lampreth reed beds open in June?", "a042a31e", "question"),
    # "Gates open at 5.30pm, the bonfire will be lit at 7pm" ¶10
    Query("what time is the bonfire lit on Castle Meadow?", "3c38b840", "question"),
    # "died aged 81 last week" ¶3 (her 81st birthday ¶12)
    Query("at what age did Doreen Ashplant die?", "ab78aedf", "question"),
    # "Trebilcock's Radio and Television, which Walter Trebilcock opened in Fore Street on 1 November 1930" ¶11
    # (172ddcec ¶6 calls him "founder of the Fore Street shop", without a date)
    Query("when did Walter Trebilcock open his Fore Street shop?", "1aae727a", "question"),
    # "The Crannock Museum's new exhibition, "Switched On", opens on Saturday 8 March" ¶18
    Query("when does the Switched On exhibition open at the Crannock Museum?", "fb9fe583", "question"),
    # "The Steadholme Mountaineering Club's hut at Greythwaite … reopens on Saturday 18 June" ¶17
    Query("when does the Greythwaite hut reopen?", "a5242f99", "question"),
    # Topics
    # "Castle Meadow bonfire to mark 400 years since the Gunpowder Plot" ¶4; "four hundred years to the night"
    # and "fireworks display" ¶5
    Query("Gunpowder Plot four hundred years fireworks", "3c38b840", "topic"),
    # "two hundred years to the day after Jacques Balmat and Michel Paccard first stood on the summit of Mont Blanc"
    # ¶5; the hut cutting recalls that Alison Garbutt "climbed Mont Blanc … on the bicentenary of its first ascent"
    # (a5242f99 ¶18)
    Query("Mont Blanc bicentenary first ascent", "920b30cf", "topic", also=("a5242f99",)),
    # "Tower trip brings back the old days for Ebbersea pensioners" ¶2; "the centenary of the Tower" ¶3; "Their
    # coach left the Market Cross" ¶4
    Query("pensioners' coach trip to the Tower centenary", "749bfeb9", "topic"),
    # "the 800th anniversary of the sealing of Magna Carta by King John in the meadow at Runnymede" ¶3
    Query("Magna Carta 800th anniversary Runnymede", "85c9e9c7", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Margaret Selley's diary is of Runnymede (85c9e9c7 ¶9–11); Blackpool is the Ebbersea pensioners' (749bfeb9)
    "Margaret Selley Blackpool",
    # Owen Tredgold is Lampreth's master thatcher (a042a31e ¶14); the Corn Store is the fencing club's salle
    # (67a5f29f ¶4, ¶8–9)
    "Owen Tredgold Corn Store",
    # Alison Garbutt climbed Mont Blanc (920b30cf ¶5, a5242f99 ¶18); the Cutty Sark is the sailmaker's (727d9fa2)
    "Alison Garbutt Cutty Sark",
    # Gwen Tapsell takes the fencing club's entries (67a5f29f ¶8, ¶19); the Women's Institute stitched the Pevenham
    # Tapestry (767270e2 ¶7)
    "Gwen Tapsell Women's Institute",
    # Cecil Amory was Pevenham's pageant master in 1966 (767270e2 ¶6, ¶21); Runnymede is Ankerby's (85c9e9c7)
    "Cecil Amory Runnymede",
    # Peter Trebilcock ran the wireless shop (1aae727a ¶12, fb9fe583 ¶22); Coronation Street is Doreen Ashplant's
    # (ab78aedf)
    "Peter Trebilcock Coronation Street",
    # Amos Fairclough went to Blackpool (749bfeb9 ¶6–9, ¶20); Windermere is the club's next outing (¶16), not his
    "Amos Fairclough Windermere",
    # Dennis Wragby is Ankerby's Mayor (85c9e9c7 ¶18); Guy Fawkes is Hadsworth's (3c38b840)
    "Dennis Wragby Guy Fawkes",
    # "A lady broke the bottle and the men cheered" (727d9fa2 ¶5); she is not named
    "who broke the bottle at the Cutty Sark launch?",
    # "The Owl Brook burst its banks … when the Mayor thanked 'every penny-giver'" (c960df57 ¶11–12): no name
    "who was the Mayor of Owlsbury during the Owl Brook flood?",
    # "Sunday 27 January: the Founders' Foil … Entries to Gwen Tapsell" (67a5f29f ¶8); no count of entries
    "how many fencers entered the Founders' Foil?",
    # the letter and the button "on show from Friday 1 July until the end of August" (749bfeb9 ¶19); no hours
    "what time does the Ebbersea Museum open?",
    # "Tickets are on sale at the Advertiser office" (85c9e9c7 ¶17); no price
    "how much are tickets for the Ankerby Players' play Sealed?",
    # "The course fee includes lunch, tools and a bundle of Lampreth reed" (a042a31e ¶15); no sum
    "what is the course fee for the Lampreth thatching workshop?",
    # "Last winter's open … was held in the church hall and we turned sixty fencers away" (67a5f29f ¶18); no winner
    "who won the Hurlingcote Open last winter?",
    # "Mrs Thornber, who has taught Class 2 for twenty-two years, will retire at Easter" (32f89bdf ¶18); no first
    # name
    "what is Mrs Thornber's first name?",
    # the pensioners rode "the lift to the top" (749bfeb9 ¶11); stairs are climbed only in Paris (41d6e533 ¶11–13),
    # and no steps are counted anywhere
    "how many steps are there to the top of the Tower in Blackpool?",
    # "the Pevenham Tapestry, stitched by the Women's Institute" (767270e2 ¶7); no designer
    "who designed the Pevenham Tapestry?",
    # Walter Trebilcock told "his father that pictures would never come through the air" (172ddcec ¶6); the
    # father's trade is not given
    "what did Walter Trebilcock's father do for a living?",
    # "Members of the Steadholme Twinning Association leave for Paris on Saturday" (41d6e533 ¶13); no hotel (the
    # one hotel is Owlsbury's Bull Hotel, c960df57 ¶7)
    "which hotel did the Steadholme twinning party stay at in Paris?",
    # "Next week: the great snow of 1884, and the opening of the Owlsbury Odeon" (c960df57 ¶24); nothing more
    "how many people came to the opening of the Owlsbury Odeon?",
    # the clipper's launch and restoration (727d9fa2); no master named
    "what was the name of the Cutty Sark's first captain?",
    # Annerley is 3 edits from Ankerby, whose library has the Magna Carta exhibition (85c9e9c7 ¶15–16)
    "Annerley Magna Carta exhibition",
    # Hadleigh is 5 edits from Hadsworth, whose bonfire marks Guy Fawkes (3c38b840)
    "Hadleigh Guy Fawkes night",
    # Sowerby is 7 edits from Sowerthwaite, whose infants perform the nativity play (32f89bdf ¶6)
    "Sowerby Bridge nativity play",
    # Lambeth is 2 edits from Lampreth, whose reed is cut for thatching (a042a31e)
    "Lambeth reed beds thatching",
    # Звенигород is 6 edits from Звонцовск, whose KVN team is «Звонари» (d8e1216d)
    "Звенигород команда КВН",
    # Sotomayor is 5 edits from Sotoyermo, which marks the Naranjo de Bulnes centenary (ec71e672)
    "centenario en Sotomayor",
    # "Билеты продаются в кассе до 9-го" (d8e1216d ¶10); no price
    "сколько стоят билеты на юбилейный вечер КВН?",
    # "Первым капитаном был инженер Виктор Шалаев" (d8e1216d ¶4); no later captain named
    "кто был вторым капитаном «Звонарей»?",
    # "Las inscripciones para la subida popular se admiten en el Ayuntamiento, de diez a dos" (ec71e672 ¶19); no
    # fee
    "¿cuánto cuesta la inscripción para la subida popular?",
    # "la alcaldesa … recordó que el Cainejo murió pobre" (ec71e672 ¶18); no age or date
    "¿cuántos años tenía el Cainejo cuando murió?",
    # "他用攒了三年的八百元，买下了平生第一笔股票" (2d6b219e ¶9); the company is not named
    "沈阿根 第一笔股票 是哪家公司",
    # "他的孙女沈晓雯今年考进了上海的大学" (2d6b219e ¶19); the university is not named
    "沈晓雯 哪所大学",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind86/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
