"""A hundred-and-twenty-ninth lookup query set, the sixty-fifth round's BLIND set (written in the sixty-fourth session):
committed unscored, scored once at the end of the round, and not read while the search is tuned (nobody opens it, runs
it or looks at its results before that one scoring; a score on it is out-of-sample only as long as that holds). It is
RICH IN UNANSWERABLE QUERIES, and laid out as tests/queries_blind106.py and tests/queries_blind56.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind127.py and tests/queries_blind128.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some seventeen and a half thousand), and with the earlier queries of this set, while the set was
  being written; a query sharing more than half of its words with any one of them was replaced. The
  seeds are exhausted: every pair of rare names of one seed article, their transcriptions into Cyrillic
  and Chinese characters, and most short phrases had been used already, and some nine in ten first drafts
  (about a hundred and forty of some hundred and seventy) had to be rewritten, so the seed queries here are
  mostly longer passages of ordinary words that no earlier query used (phrases, joins of two passages,
  inflected forms), and the seeds have only one transcription query and no Chinese one.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind141/docs, copied as ONE
  corpus into a subfolder blind141/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 12 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 3 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 11 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names, pinyin without tones, another romanisation, accents dropped),
russian 1 + 3, spanish 2 + 3, chinese 0 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 3 + 4 (1–2 edits a word), name 1 + 3, phrase 7 + 3,
question 1 + 5, topic 3 + 3: 30 + 62 answerable, and 12 + 38 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
drew a raffle, taught a craft, sang a part, managed a team or was a second teacher; what a nephew or a
first park director was called; on what date a final was rowed; who won a championship; how many
enumerators, spectators or pupils; what a plaque says or a choir sang; what a supper, a subscription, a
bench or a summer camp costs; who painted a print, who coached a gymnast; the age of a delegate or of a
president); a place the corpus does not hold (spelled two or more edits from anything real in it, or
simply absent) joined to a subject it does; Russian, Spanish and Chinese ones. Each shares one or more
words with its corpus on purpose (in another script for some of them), and every article holding those
words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind141/docs/* into ONE temporary
# corpus folder under the subfolder blind141/: files are then "blind141/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind141/docs",)
NEWDOCS_SUBDIRS = ("blind141",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "3a6be273": "A lease, a long night and a very long memory",
    "e02fb2f6": "CAWKERBY BOROUGH COUNCIL",
    # en_cawkerby_courier_digest.txt, split by the loader: the park opens (¶4–7), the rower (¶12–15), the smoke-free
    # café (¶20–23); the header (¶1), the datelines (¶3, ¶11, ¶19) and the "----" rules belong to none of them
    "ca741679": "CLAY PITS REBORN AS COUNTRY PARK",
    "1ced5737": "GWILLIAM MISSES OUT ON MEDAL BY A SECOND",
    "11088a35": "PARK CAFÉ GOES SMOKE-FREE WITH THE REST OF ENGLAND",
    "6ae0ff2d": "GILLOWBY BOARD GAMES CLUB",
    "8c2fd0e7": "Hevington Primary School",
    "f6816fc2": "Mabyn Treleaven",
    # en_orlingford_gazette_digest.txt, split by the loader: the royal wedding (¶4–7), the eclipse (¶12–15), the new
    # pound (¶20–23); the header (¶1), the datelines (¶3, ¶11, ¶19) and the rules belong to none of them
    "a1e18a8f": "ROYAL WEDDING DAY IN BRIDGE STREET",
    "d03e677a": "CLOUDS STEAL THE SUN, BUT NOT THE SHOW",
    "f61c4b8d": "SHOPS READY FOR THE NEW POUND",
    "74a087dc": "THE OTTINGHURST INFORMER",
    "7597fff8": "PAGE ONE HUNDRED",
    "ebd6b5eb": "SNARESBY BARN",
    "a57166fb": "Tekapiri climbers on the summit a hundred years after the first ascent",
    "99bd2afe": "WEALDHAM OPERA GROUP",
    "2d6b6ce0": "Los Tambillos recuerda a su maestra más ilustre",
    "4d856105": "«Лужники помню до последней ступеньки»",
    "4b1dfebf": "翠峪乡老林工：三十年前那一天",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Queen Mother Norodom Monineath Sihanouk arrived in Beijing … far ahead of others" ¶235; "Cambodia appreciates
    # China's long-standing, valuable support and assistance" ¶247
    Query(
        "Queen Mother far ahead of others, Cambodia appreciates long-standing support",
        "5a5d8582",
        "cross-paragraph",
    ),
    # "Delegates also observed how technology is applied for social benefit" ¶541; "of the Young Communist League of
    # Britain" ¶533 (and ¶547); "a number of cities in Shaanxi and Gansu provinces" ¶549
    Query("technology applied for social benefit Young Communist League Shaanxi", "6710eba1", "cross-paragraph"),
    # "The structure and content of the statement suggest growing asymmetry in the relationship" line 13; "all forms
    # of racism and xenophobia" line 38
    Query("growing asymmetry xenophobia", "b39d8185", "cross-paragraph"),
    # "Shared memory of war and perceived Western revisionism serve as ideological glue" line 9; "the principles of
    # the Nuremberg and Tokyo Trials" line 39; "Cross-support on issues like Taiwan, Ukraine" line 17
    Query("ideological glue Tokyo Trials Ukraine", "b39d8185", "cross-paragraph"),
    # "implement the important common understandings reached between the top leaders of the two Parties" ¶67; "the
    # ceremony held at the Ba Dinh Square in Hanoi … the military parade, mass pageantry" ¶73 (20f574be ¶143 has the
    # Ba Dinh Square ceremony, but neither "pageantry" nor the common understandings)
    Query("common understandings reached between top leaders, Ba Dinh Square pageantry", "362ba691", "cross-paragraph"),
    # "when faced with critical struggles between good and evil" ¶381; "Xi hosted a lunch in the Great Hall of the
    # People" ¶385
    Query("critical struggles between good and evil, lunch in the Great Hall", "38a7d84f", "cross-paragraph"),
    # Word forms: the text has another form
    # "expressed gratitude to the foreign troops … the delegations had received warm attention from both local
    # leaders and the public" ¶77 (received → receive; "receive" is nowhere in the corpus)
    Query("foreign troops receive warm attention from local leaders and the public", "362ba691", "word-form"),
    # "SCO member states should respect their differences, maintain strategic communication, build up consensus"
    # ¶437 (respect → respecting, nowhere in the corpus; build → building, which many articles use in other
    # phrases, this one too: "capacity building" ¶441)
    Query("SCO member states respecting their differences and building up consensus", "9e49ddff", "word-form"),
    # "Xi underscored that China and Armenia enjoy a time-honoured friendship" ¶257 (underscored → underscoring)
    Query("Xi underscoring the time-honoured friendship between China and Armenia", "0e5d6094", "word-form"),
    # Another script or romanisation
    # "founding President Kim Il Sung" ¶219, in the romanisation of the Russian Ким Ир Сен
    Query("Kim Ir Sen", "eca32116", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Egyptian Prime Minister Mostafa Madbouly … Kazakhstan President Kassym-Jomart Tokayev" ¶405 (Madbouly again
    # ¶411–413): "about Mostafa Madbouly and Kassym-Jomart Tokayev"
    Query("о Мостафе Мадбули и Касым-Жомарте Токаеве", "26d64f12", "russian"),
    # Spanish
    # "y durante 10 días visitamos Xi’an, Yan’an, Dunhuang, Jiayuguan y Shanghái" ¶307
    Query("durante 10 días visitamos Xi'an, Yan'an, Dunhuang", "dde32893", "spanish"),
    # "Muchos vehículos y cosas son diseñados con consideración a las necesidades de los viejos" ¶323
    Query("muchos vehículos y cosas son diseñados con consideración", "dde32893", "spanish"),
    # Mentions and zero-width spaces around the real words
    # "Describe the bilateral relationship as uniquely strategic and internally resilient" line 48
    Query("<@5120> uniquely strategic\u200b internally resilient", "b39d8185", "mention-noise"),
    # "increase resources input and enhance capacity building to improve its institutional structure" ¶441
    Query("@here increase resources input\u200b capacity building", "9e49ddff", "mention-noise"),
    # Typos (1–2 edits)
    Query("Khurelsuh Uknaa", "c061f0a1", "typo"),  # "Mongolian President Khurelsukh Ukhnaa" ¶187/197
    Query("Prabovo Subiyanto", "e065690c", "typo"),  # "Indonesian President Prabowo Subianto" ¶451
    # "President Kaysone Phomvihane" ¶167; "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157
    Query("Kaisone Phomvihan Sergeyenko", "20f574be", "typo"),
    # Names
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed representing the United Arab Emirates (UAE)" ¶451
    Query("Khaled bin Mohamed Crown Prince of Abu Dhabi United Arab Emirates", "e065690c", "name"),
    # Phrases
    # "On one occasion he even personally received a financial donation from a Colonel Younghusband" ¶521
    Query("On one occasion he even personally received a financial donation", "ac7222d4", "phrase"),
    # "It links their wartime alliance of the 1940s to a contemporary partnership" line 3
    Query("links their wartime alliance of the 1940s to a contemporary partnership", "b39d8185", "phrase"),
    # Rewi Alley on George Hogg: "and then he came at my bidding, to work with Gung Ho" ¶497
    Query("he came at my bidding, to work with Gung Ho", "ac7222d4", "phrase"),
    # the Friends Ambulance Unit, "roughly 200 of whom, with the British contingent being the largest group, served in
    # China" ¶501
    Query("the British contingent being the largest group", "ac7222d4", "phrase"),
    # "vibrant use of history, contrasting this with commodified cultural access in the West" ¶539
    Query("vibrant use of history, contrasting with commodified cultural access in the West", "6710eba1", "phrase"),
    # "The more closely they work together, the more resilient, resourceful and effective they are" ¶459
    Query(
        "The more closely they work together, the more resilient, resourceful and effective they are",
        "e065690c",
        "phrase",
    ),
    # "Commemorative language around World War II links past resistance to present-day challenges" line 17
    Query("Commemorative language links past resistance to present-day challenges", "b39d8185", "phrase"),
    # Questions
    # Anna May Wong: "We have our own virtues. … Why do they never show these on the screen?" ¶119
    Query("what did Anna May Wong ask about showing their virtues on the screen?", "ccf1d4fa", "question"),
    # Topics
    # "regions where World War II-era events have left lasting legacies" line 8; "China’s focus on memorial
    # restoration" line 9 (and "The restoration of these memorials" lines 6, 16)
    Query("World War II-era events left lasting legacies, memorial restoration", "097182f6", "topic"),
    # "Miguel Díaz-Canel Bermúdez paid a state visit to Laos, September 6-7, following his own visits to Vietnam and
    # China" ¶161 (d807680a is his visit to China, and never names Laos)
    Query("Díaz-Canel state visit to Laos after his visits to Vietnam and China", "20f574be", "topic"),
    # "jointly cultivate a garden of civilisations in which all cultures flourish in prosperity and harmony" ¶439
    Query("cultivate a garden of civilisations that flourish in prosperity and harmony", "9e49ddff", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Jenny Clegg writes for SACU (ac7222d4 ¶513) and speaks at the webinar of 21 September (d89fdf72 ¶351, ¶366);
    # the Tsinghua forum is Keith Bennett's (ac7222d4 ¶475)
    "Jenny Clegg speaking at Tsinghua University in September",
    # Keith Bennett (ac7222d4 ¶475, d89fdf72 ¶367); Min Aung Hlaing meets Xi (26d64f12 ¶405, ¶415–419)
    "Keith Bennett meeting Min Aung Hlaing",
    # Sydney Loving "siendo de Texas" (dde32893 ¶335); no age anywhere
    "¿qué edad tenía Sydney Loving durante el viaje a China?",
    # Jenny Clegg (ac7222d4, d89fdf72); the Hanoi parade is 362ba691's and 20f574be's
    "Jenny Clegg Hanoi parade",
    # Liu Qibao meets Ivan Melnikov and Lev Abramov (054ef6fb lines 6, 14); Putin is never named there
    "когда Лю Цибао встретился с Путиным?",
    # Liddell "was honoured as a hero by schools, churches and sports clubs across Scotland" (7ab1f62c ¶287); no
    # university, no degree
    "which Scottish university gave Eric Liddell an honorary degree?",
    # the Minyuan Stadium, "Modeled after London’s Stamford Bridge" (7ab1f62c ¶291); nothing of its end
    "in which year was the Minyuan Stadium demolished?",
    # Rewi Alley, Hogg's mentor (ac7222d4 ¶495–499); the Tianjin SCO Summit is 9e49ddff's and others'
    "Rewi Alley's opinion of the Tianjin SCO Summit",
    # Zheng Bofei writes on Liddell for Xinhua (7ab1f62c ¶287); Thongloun is 20f574be's; no interview
    "Zheng Bofei interview with Thongloun",
    # Ivan Melnikov is in Khabarovsk (054ef6fb line 6); "The victory of China is the victory of the Bolivarians" is
    # Maduro's (f78fdcd6 ¶39)
    "Ivan Melnikov speech on the Bolivarian victory",
    # Tran Thanh Man, Chairman of Vietnam's National Assembly (362ba691 ¶65); the Minyuan Stadium is in Tianjin
    # (7ab1f62c ¶291)
    "Tran Thanh Man visiting the Minyuan Stadium in Tianjin",
    # Lula chairs the virtual BRICS summit (e065690c ¶451); no age
    "¿cuántos años tenía Lula en la cumbre virtual de BRICS?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Arthur Guinness put his name to a lease" ¶5; "the oldest customer present, Thady Moran" ¶15; "reopens with a
    # céilí on Saturday the 16th" ¶17
    Query("Arthur Guinness Thady Moran céilí", "3a6be273", "cross-paragraph"),
    # "by the Lord Lieutenant, Lady Annis Courtenay" ¶5; "the rangers will lead the first guided walk" ¶7
    Query("Lady Annis Courtenay first guided walk", "ca741679", "cross-paragraph"),
    # "The park's first head ranger, Colin Westlake" ¶12; "Councillor Pamela Wragge" ¶14; "covers 94 hectares of
    # former clay pits" ¶21
    Query("Colin Westlake Pamela Wragge 94 hectares", "e02fb2f6", "cross-paragraph"),
    # "first opened a box of Carcassonne there in 2014" ¶4; "The Easter 'Long Game' of Twilight Imperium" ¶13; "a
    # minibus to the Northern Games Expo" ¶22
    Query("Carcassonne Twilight Imperium Northern Games Expo", "6ae0ff2d", "cross-paragraph"),
    # "the first head teacher's log book … Mr Arthur Fenby" ¶12; "the Year 6 leavers' service … in St Oswin's
    # Church" ¶16; "Year 6 residential will be at Mossbeck" ¶23
    Query("Arthur Fenby log book Mossbeck St Oswin's", "8c2fd0e7", "cross-paragraph"),
    # "born at Higher Tregarthen farm … to work the switchboard" ¶6; "the switchboard scissors she had kept since
    # 1968" ¶16; "her daughter, Loveday" ¶18
    Query("Higher Tregarthen switchboard scissors Loveday", "f6816fc2", "cross-paragraph"),
    # "The Informer's photographer, Bert Chalkley" ¶16; "a floodlit fountain for the Festival of Britain" ¶14; "still
    # short of enumerators for the Moor End wards" ¶26
    Query("Bert Chalkley Festival of Britain Moor End enumerators", "74a087dc", "cross-paragraph"),
    # "the van from Pengelly's on the High Street" ¶9; "a car boot sale near Thornaby" ¶15; "at the Wyncliffe
    # Gallery" ¶19
    Query("Pengelly's Thornaby Wyncliffe Gallery", "7597fff8", "cross-paragraph"),
    # "The club's archivist, Nola Pilbeam" ¶11 (Mrs Pilbeam ¶13); "his guide Matthias Zurbriggen" ¶7; "shown at the
    # Mackenzie Library" ¶17
    Query("Nola Pilbeam Zurbriggen Mackenzie Library", "a57166fb", "cross-paragraph"),
    # "Our founder, Dorothy Kemsley" ¶20; "our musical director, Ivo Penhaligon" ¶11; "we hope to stage Don Giovanni"
    # ¶22
    Query("Dorothy Kemsley Ivo Penhaligon Don Giovanni", "99bd2afe", "cross-paragraph"),
    # "doña Hortensia Olivares" ¶7; "el poeta ovallino Ramiro Tapia" ¶13; "su tumba en Montegrande" ¶15
    Query("Hortensia Olivares Ramiro Tapia Montegrande", "2d6b6ce0", "cross-paragraph"),
    # 老板是覃老的儿子覃建军 ¶11; 举办篝火晚会 ¶13; 第一届“翠峪山歌节” ¶15
    Query("覃建军 篝火晚会 翠峪山歌节", "4b1dfebf", "cross-paragraph"),
    # Word forms
    # "Arthur Guinness put his name to a lease of nine thousand years" ¶5 (put → putting; "putting" is in no document
    # of this corpus, only in seeds/004 ¶437)
    Query("Arthur Guinness putting his name to a lease of nine thousand years", "3a6be273", "word-form"),
    # "by the Lord Lieutenant, Lady Annis Courtenay, who planted an oak beside the lower lake" ¶5 (planted →
    # planting); the council's release recalls the same day, "the Lord Lieutenant planted the first oak beside the
    # lower lake" (e02fb2f6 ¶8)
    Query("Lord Lieutenant planting an oak beside the lower lake", "ca741679", "word-form", also=("e02fb2f6",)),
    # "the rower Sian Gwilliam, who learned to scull on the upper lake at Marlpit" ¶13 (learned → learning; "learning"
    # is only in seeds/004 ¶537)
    Query("Sian Gwilliam learning to scull on the upper lake", "1ced5737", "word-form"),
    # "she cut the ribbon with the switchboard scissors" ¶16 (cut → cutting)
    Query("Mabyn Treleaven cutting the ribbon with the switchboard scissors", "f6816fc2", "word-form"),
    # "the darkness that swept over the Down … on Wednesday 11 August" ¶13, "on Orlingford Down" ¶13 (swept →
    # sweeping, irregular)
    Query("darkness sweeping over Orlingford Down", "d03e677a", "word-form"),
    # "the Ottinghurst councillors voted £200 for bunting, flags and a floodlit fountain" ¶14 (voted → voting)
    Query("Ottinghurst councillors voting £200 for bunting", "74a087dc", "word-form"),
    # "We got ours … Dad carried it in from the van from Pengelly's" ¶9, the set or "decoder" of ¶7 (carried →
    # carrying)
    Query("Dad carrying the decoder in from the van", "7597fff8", "word-form"),
    # "гимнастке Ольге Малаховой" ¶5; "Сама Ольга выступала в командном многоборье" ¶9 (выступала → выступает;
    # гимнастке Ольге Малаховой → гимнастка Ольга Малахова)
    Query("гимнастка Ольга Малахова выступает в командном многоборье", "4d856105", "word-form"),
    # "los niños han cantado el himno y han plantado un pimiento en el patio" ¶7 (han cantado, han plantado → cantan,
    # plantan)
    Query("los niños cantan el himno y plantan un pimiento", "2d6b6ce0", "word-form"),
    # Another script or romanisation
    # "Arthur Guinness … at St James's Gate in Dublin" ¶5 in Cyrillic
    Query("Гиннесс Сент-Джеймс Гейт", "3a6be273", "translit"),
    # "Arthur Guinness" ¶5 and "in Dublin" ¶5/11 in Chinese characters
    Query("吉尼斯 都柏林", "3a6be273", "translit"),
    # "the American climber Edward FitzGerald and his guide Matthias Zurbriggen" ¶7 in Cyrillic
    Query("Фицджеральд Цурбригген", "a57166fb", "translit"),
    # "John Christie's new little opera house at Glyndebourne … with Fritz Busch conducting" ¶5 in Chinese characters
    Query("格林德伯恩 弗里茨·布施", "99bd2afe", "translit"),
    # "Gabriela Mistral" ¶5 (and ¶17, ¶19); "su tumba en Montegrande" ¶15, in Cyrillic
    Query("Габриэла Мистраль Монтегранде", "2d6b6ce0", "translit"),
    # "впервые увидела Сергея Бубку" ¶7; "гимнастке Ольге Малаховой" ¶5, in Latin letters
    Query("Sergei Bubka Olga Malakhova", "4d856105", "translit"),
    # "на Центральном стадионе имени Ленина в Лужниках" ¶5 (and the title); "Рябинокамск" ¶3 (the dateline, inside this
    # one-article file), in Latin letters
    Query("Luzhniki Ryabinokamsk", "4d856105", "translit"),
    Query("Qin Yongfu Zhangjiajie", "4b1dfebf", "translit"),  # 覃永福老人 ¶7; 张家界林场 ¶5, in pinyin
    # 覃老的儿子覃建军 ¶11; 张家界国家森林公园 ¶5, in Cyrillic
    Query("Цинь Цзяньцзюнь Чжанцзяцзе", "4b1dfebf", "translit"),
    # accents dropped: "reopens with a céilí" ¶17; "the back bar of Noonan's on Quay Street" ¶5
    Query("ceili Noonan's Quay Street", "3a6be273", "translit"),
    Query("Мейбин Трелевен", "f6816fc2", "translit"),  # "Mabyn Treleaven" ¶1/4 in Cyrillic
    # Russian
    # "в спортивной школе № 3 нашего города пройдёт вечер" ¶5; "На вечере во вторник покажут кинохронику 1986 года"
    # ¶13
    Query("в спортивной школе № 3 покажут кинохронику 1986 года", "4d856105", "russian"),
    # "турнир «Кубок доброй воли» для юных гимнастов" ¶15 (and ¶19)
    Query("турнир «Кубок доброй воли» для юных гимнастов", "4d856105", "russian"),
    # "Её дневник того лета хранится теперь в школьном музее" ¶7
    Query("дневник Ольги хранится в школьном музее", "4d856105", "russian"),
    # Spanish
    # "una carta que la maestra de entonces, doña Hortensia Olivares, escribió" ¶7
    Query("carta de doña Hortensia Olivares", "2d6b6ce0", "spanish"),
    # "un taller de escritura para niños en la biblioteca" ¶13
    Query("taller de escritura para niños en la biblioteca", "2d6b6ce0", "spanish"),
    # "la escuela recibirá a los niños de otras escuelas rurales del valle para la primera «Semana Gabriela»" ¶17
    Query("primera Semana Gabriela escuelas rurales del valle", "2d6b6ce0", "spanish"),
    # Chinese
    # 张家界林场正式命名为张家界国家森林公园 … 是公园成立三十周年的日子 … 举办纪念座谈会 ¶5
    Query("张家界国家森林公园 三十周年 座谈会", "4b1dfebf", "chinese"),
    # 当年是林场的护林员 … 工作日记 … “9月25日，星期六。场部开会” ¶7
    Query("护林员 日记 场部开会", "4b1dfebf", "chinese"),
    Query("武陵源 世界遗产名录", "4b1dfebf", "chinese"),  # 武陵源被列入《世界遗产名录》 ¶9
    # Mentions and zero-width spaces
    # "Morven Strickland, secretary" ¶25; "SPRING GAMES DAY … Our spring games day is on Saturday 30 March" ¶9–10
    Query("<@4410> Morven Strickland\u200b spring games day", "6ae0ff2d", "mention-noise"),
    # "PARK CAFÉ GOES SMOKE-FREE" ¶20; "the Marlpit Park café's manager, Trudy Osgathorpe" ¶21
    Query("@everyone Trudy Osgathorpe\u200b smoke-free", "11088a35", "mention-noise"),
    # "The Rotary Club will hold a 'Round Pound Roundup' … collecting old coins for the hospice" ¶23
    Query("<#301> Round Pound Roundup\u200b hospice", "f61c4b8d", "mention-noise"),
    # Typos
    Query("Ottinghirst Infromer", "74a087dc", "typo"),  # "THE OTTINGHURST INFORMER" ¶1 (1 edit + a transposition)
    Query("Snaresbey rushlihgt", "ebd6b5eb", "typo"),  # "SNARESBY BARN" ¶1, "Rushlight" ¶2/4 (1 edit + 2)
    # "Matthias Zurbriggen" and "Edward FitzGerald" ¶7 (1 edit + a transposition)
    Query("Zurbrigen FitzGerlad", "a57166fb", "typo"),
    # "Hevington Primary School" ¶1; "the centenary weekend" ¶10 (centenary ¶21, ¶25) (1 edit each)
    Query("Hevingten centenery", "8c2fd0e7", "typo"),
    # Names
    Query("Gerald Pocock", "d03e677a", "name"),  # "'I booked the day off work in 1997,' said Gerald Pocock" ¶13
    Query("Maureen Tapsell", "a1e18a8f", "name"),  # "Organiser Maureen Tapsell said the collection …" ¶5
    Query("Edith Scholey", "74a087dc", "name"),  # "Councillor Edith Scholey said she hoped …" ¶14
    # Phrases
    Query("Closed. Head like a kettle.", "3a6be273", "phrase"),  # Patrick Noonan's daybook, ¶9
    # Mr Fenby's log, "Many of the infants in tears, and two mothers also." ¶12
    Query("Many of the infants in tears, and two mothers also", "8c2fd0e7", "phrase"),
    # "'… but the nor'wester had other ideas, and in the end the mountain chose the day for us.'" ¶5
    Query("the mountain chose the day for us", "a57166fb", "phrase"),
    # Questions
    # "Ceefax went dark for good on 23 October 2012" ¶13
    Query("when did Ceefax go dark for good?", "7597fff8", "question"),
    # "Last year more than 310,000 people visited the park" ¶14
    Query("how many people visited Marlpit Country Park last year?", "e02fb2f6", "question"),
    # "the next total eclipse visible from mainland Britain will not be until 23 September 2090" ¶15
    Query("when will the next total eclipse be visible from mainland Britain?", "d03e677a", "question"),
    # "the collection for a wedding present, which closed on the 18th, had raised £64" ¶5
    Query("how much did the Bridge Street collection for a wedding present raise?", "a1e18a8f", "question"),
    # "the toast will be given at 17.59 by the oldest customer present, Thady Moran" ¶15
    Query("what time will Thady Moran give the toast?", "3a6be273", "question"),
    # Topics
    # "the new twelve-sided pound coin … though several of the town's parking machines still reject it" ¶21
    Query("twelve-sided pound coin parking machines", "f61c4b8d", "topic"),
    # "pour a tallow candle in an old tin mould, and roll a beeswax candle" ¶4; "Tallow and beeswax masterclass" ¶14
    Query("tallow candle beeswax masterclass", "ebd6b5eb", "topic"),
    # "The ban on smoking in enclosed public places came into force on Sunday 1 July, and the Marlpit Park café's
    # manager …" ¶21
    Query("smoking ban enclosed public places café", "11088a35", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Thady Moran is Noonan's oldest customer (3a6be273 ¶15); the census enumerators are Ottinghurst's (74a087dc ¶22,
    # ¶26)
    "Thady Moran census enumerator",
    # Colin Westlake is Marlpit's first head ranger (e02fb2f6 ¶12); the rower is Sian Gwilliam (1ced5737)
    "Colin Westlake Olympic rower",
    # Mabyn Treleaven (f6816fc2); the eclipse is Orlingford's (d03e677a)
    "Mabyn Treleaven total eclipse",
    # Dr Ruth Fairclough chairs the astronomical society (d03e677a ¶15); the new pound is another cutting (f61c4b8d)
    "Dr Ruth Fairclough new pound coin",
    # Morven Strickland is the games club's secretary (6ae0ff2d ¶25); rushlight dipping is Snaresby's (ebd6b5eb ¶10)
    "Morven Strickland rushlight dipping",
    # Leonard Askwith compiles the Informer's column (74a087dc ¶4, ¶26); Ceefax is Gareth Lumley's blog (7597fff8)
    "Leonard Askwith Ceefax",
    # Jem Harland hosts the Twilight Imperium game (6ae0ff2d ¶13); Glyndebourne is Wealdham's (99bd2afe)
    "Jem Harland Glyndebourne",
    # Rangi Te Hau climbed Aoraki (a57166fb ¶5, ¶15); the Festival of Britain is in the Informer (74a087dc ¶14)
    "Rangi Te Hau Festival of Britain",
    # Helen Orchardson is Hevington's head teacher (8c2fd0e7 ¶29); the swimming baths are Ottinghurst's (74a087dc
    # ¶10)
    "Helen Orchardson swimming baths",
    # Gareth Lumley writes the Ceefax blog (7597fff8 ¶5); Tanyard Lane is Ottinghurst's (74a087dc ¶10)
    "Gareth Lumley Tanyard Lane",
    # "the draw was made on 2 January by the station's coxswain" (3a6be273 ¶19); no name
    "who was the coxswain who drew the Ballycorrig lifeboat raffle?",
    # "'My nephew can have it when he's fifty,' she says. 'He's thirty-one.'" (3a6be273 ¶13); no name
    "what is the name of Bridie Noonan's nephew?",
    # heat "on Monday 22 July", semi-final "on Thursday the 25th" (1ced5737 ¶13); the final is not dated (the
    # cutting's dateline, ¶11, is not part of the article either)
    "on what date was Sian Gwilliam's Olympic final?",
    # the championship "runs from Tuesday 7 May to Tuesday 28 May … with the final on Saturday 1 June" (6ae0ff2d
    # ¶16); no winner
    "who won the Gillowby Ticket to Ride championship?",
    # "with sixty-four children, two teachers and a coke stove" (8c2fd0e7 ¶10); only Mr Fenby is named (¶12)
    "who was the second teacher at Hevington in 1910?",
    # Audrey Mildmay sang Susanna at Glyndebourne in 1934 (99bd2afe ¶5); Wealdham's cast is never named
    "who sings Susanna in the Wealdham Figaro?",
    # "Rushlight dipping: 5 and 6 July, in the open-fronted cart shed" (ebd6b5eb ¶10); no one named
    "who teaches the rushlight dipping at Snaresby?",
    # "Evening by rushlight: 11 October, a storytelling supper" (ebd6b5eb ¶16); no prices anywhere in the leaflet
    "what does the Evening by rushlight storytelling supper cost?",
    # "she took the chapel choir to sing at the Royal Albert Hall" (f6816fc2 ¶12); what they sang is not said ("Sweet
    # Chiming Bells" is for her funeral, ¶20)
    "what did the Porthcarrow chapel choir sing at the Royal Albert Hall?",
    # "the Town Council is still short of enumerators for the Moor End wards" (74a087dc ¶26); no number
    "how many enumerators are the Moor End wards short of?",
    # Ballycastle is not in the corpus (Ballycorrig, 3a6be273, is many edits from it)
    "Ballycastle pub New Year's Eve raffle",
    # Cawthorne is not in the corpus (Cawkerby's Marlpit park, e02fb2f6, is many edits from it)
    "Cawthorne country park twenty-five years",
    # Porthleven is not in the corpus; the exchange turned museum is Porthcarrow's (f6816fc2 ¶16)
    "Porthleven telephone exchange museum",
    # Thirsk is not in the corpus; the 1999 eclipse is seen on Orlingford Down (d03e677a ¶13)
    "Thirsk total eclipse 1999",
    # Tekapo is not in the corpus (3 edits from Tekapiri, a57166fb)
    "Tekapo alpine club first ascent",
    # the Goodwill Games opened in Luzhniki on 5 July 1986 (4d856105 ¶5); no crowd figure ("Трибуны как море", ¶7)
    "сколько зрителей было на открытии Игр доброй воли в Лужниках?",
    # Olga Malakhova is now a coach herself (4d856105 ¶11); her own coach is never named
    "кто тренировал Ольгу Малахову в 1986 году?",
    # "en el cincuentenario del Nobel, el 10 de diciembre de 1995, la escuela apenas tenía once alumnos; hoy tiene
    # treinta y cuatro" (2d6b6ce0 ¶15); nothing for 1945
    "¿cuántos alumnos tenía la escuela de Los Tambillos en 1945?",
    # "los apoderados le pusieron una placa" (2d6b6ce0 ¶9); its words are not given
    "¿qué dice la placa del pimiento?",
    # 第一届“翠峪山歌节” (4b1dfebf ¶15): dates only, no singers
    "山歌节 歌手 名单",
    # 张家界国家森林公园 (4b1dfebf ¶5): no director named
    "森林公园 第一任 园长 是谁",
    # "their manager called 'ninety minutes I shall never get back'" (74a087dc ¶8); not named
    "who was the Rovers' manager in 1976?",
    # "the brewery sent Noonan's a framed print on 14 October" (3a6be273 ¶11); no artist
    "who painted the framed print the brewery sent to Noonan's?",
    # "everyone who sent in a subscription before the deadline of Friday 15 February" (6ae0ff2d ¶4); no amount (the
    # games day entry is £3, ¶10, the trip deposit £10, ¶22)
    "how much is the Gillowby Board Games Club subscription?",
    # Denny Kilgour climbed Aoraki (a57166fb ¶5, ¶9); the decoder is Gareth Lumley's (7597fff8)
    "Denny Kilgour Ceefax decoder",
    # 今年七十二岁的覃永福老人，当年是林场的护林员 (4b1dfebf ¶7); no retirement
    "覃永福 退休 年份",
    # "Летний лагерь школы работает с 16 по 23 июля на озере Светлом" (4d856105 ¶15); no price
    "сколько стоит путёвка в летний лагерь на озере Светлом?",
    # "the council has promised a bench by the boathouse with her name on it" (1ced5737 ¶15); no cost
    "how much will Sian Gwilliam's bench by the boathouse cost?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind141/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
