"""A hundred-and-twentieth lookup query set, for tuning ranking (written in the sixtieth session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind119.py and tests/queries_blind121.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some sixteen thousand), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: well over nine in ten first drafts (short phrases, names, transcriptions, two-passage
  joins, even unanswerable questions word for word) were near-copies, so the seed part is smaller than
  planned (22 answerable, 15 unanswerable) and is made of longer joins of rarely queried passages,
  rarer transcriptions, inflected Russian, Chinese names as Chinese papers write them, and typos; the new
  documents carry the rest.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind132/docs, copied as ONE
  corpus into a subfolder blind132/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 14 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 2 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 12 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 1 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 2 + 4 (1–2 edits a word), name 0 + 3, phrase 2 + 4, question 1 + 7,
topic 1 + 5: 22 + 70 answerable, and 15 + 37 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (the
score of a match not yet played, who won a quiz, who conducted a concert or was an expedition's doctor;
when someone died; how many tickets, guests or pamphlets, a newspaper's circulation; what time a yacht
sailed in or workers danced; what a refurbishment, a plaque, a ticket, a donation or a sports hall
cost; a salary, an age, a radio's model; which hotel); a place the corpus does not hold (two or more
edits from anything real in it, or simply absent) joined to a subject it does; Russian, Spanish and
Chinese ones. Each shares one or more words with its corpus on purpose (in another script for some of
them), and every article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind132/docs/* into ONE temporary
# corpus folder under the subfolder blind132/: files are then "blind132/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind132/docs",)
NEWDOCS_SUBDIRS = ("blind132",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "74b3602f": "Beamline and Biscuits",
    "64cc212f": "CRAMWELL PRIMARY SCHOOL",
    "ec1040b6": "GANNOCK ARTS CENTRE",
    "9418cb7e": "HADDLESFORD BOROUGH COUNCIL",
    # en_haddlesford_echo_digest.txt, split by the loader: the Felthorne pool opens in 1986 (¶3–7; its headline says
    # "KELBROOK POOL", the text "Felthorne Leisure Pool"), Tate Modern (¶10–14), Top of the Pops (¶17–21); the two
    # "----" rules are articles of their own (45a055cb ¶8, 45a055cb-2 ¶15), and the header (¶1) and the datelines
    # (¶2, ¶9, ¶16) belong to none of them
    "d6f45bce": "KELBROOK POOL OPENS TO A QUEUE",
    "45a055cb": "----------------------------------------",
    "7b5800c9": "TOWN'S ARTISTS HEAD FOR BANKSIDE",
    "45a055cb-2": "----------------------------------------",
    "0aca5023": "FIFTY YEARS OF THE POPS",
    "d71f7133": "THE LINDRITH GAZETTE",
    "76be0b0b": "PELLSWORTH ADVERTISER",
    "e9e8e356": "OBITUARY",
    "a785c3e9": "SEDGEBURY WEEKLY NEWS",
    "be5e52d5": "SKERROWBY WILLOW BEDS",
    "790b1314": "THISTLEBECK HANDBELL RINGERS",
    # en_wrenlow_standard_sport_digest.txt, split by the loader: the bowls centenary of 1990 (¶3–6), Ellen MacArthur's
    # record of 2005 (¶9–13), Redgrave's fifth gold ten years on (¶16–20); the two rules are articles of their own
    # (325a40bd ¶7, 325a40bd-2 ¶14), and the header (¶1) and the datelines (¶2, ¶8, ¶15) belong to none of them
    "7986300c": "BOWLERS' LONGEST DAY",
    "325a40bd": "----------------------------------------",
    "decbde12": "ELLEN'S RECORD, AND OURS",
    "325a40bd-2": "----------------------------------------",
    "04342889": "TEN YEARS SINCE THE FIFTH GOLD",
    "ec6c81a2": "EL HERALDO DE VALDECUERVO",
    "7aaa4d7c": "СНЕЖНОДОЛЬСКИЙ ВЕСТНИК",
    "950579f2": "榆湾镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "friendly neighbours connected by mountains and rivers" ¶197; "the principle of amity, sincerity, mutual
    # benefit and inclusiveness" ¶199; "through large and especially more flagship projects" ¶189
    Query("mountains and rivers amity sincerity inclusiveness flagship", "c061f0a1", "cross-paragraph"),
    # "Since the establishment of diplomatic relations 33 years ago" ¶257; "in such areas as market regulation,
    # metrology, and media" ¶261; "humanity once again stands at a crossroads" ¶263
    Query("metrology market regulation crossroads 33 years", "0e5d6094", "cross-paragraph"),
    # "formed a great wall with flesh and blood … good and evil, light and darkness" ¶381; "We reprint the full texts
    # of both speeches below" ¶397
    Query("great wall with flesh and blood light and darkness reprint full texts", "38a7d84f", "cross-paragraph"),
    # "supporting its post-disaster rehabilitation efforts" ¶419; "new energy, electric vehicles, finance and
    # seawater desalination" ¶413; "the quarter century old Shanghai Cooperation Organisation" ¶403 (9e49ddff ¶427
    # has "the SCO's quarter century history"); "The China-Myanmar pauk-phaw (brotherly) friendship" ¶415, ¶419
    Query(
        "post-disaster rehabilitation electric vehicles seawater quarter century pauk-phaw",
        "26d64f12",
        "cross-paragraph",
    ),
    # "Egyptian President Abdel Fattah El-Sisi" and "whose country holds the current rotating Chair of BRICS" ¶451;
    # "the renewal of the multilateral trading system on modern, flexible foundations" ¶465
    Query("El-Sisi rotating Chair modern flexible foundations", "e065690c", "cross-paragraph"),
    # "expanding joint exercises, maritime and air patrols" line 54; "the mass killings and expulsions of Soviet
    # civilians during the war constituted genocide" line 40; "serve as ideological glue" line 9
    Query("maritime and air patrols genocide Soviet civilians ideological glue", "b39d8185", "cross-paragraph"),
    # Word forms: the text has another form
    # "a structured relationship designed to endure and withstand external shocks" line 7 (withstand →
    # withstanding; not in the corpus)
    Query("a relationship designed to endure, withstanding external shocks", "b39d8185", "word-form"),
    # "Urge the Japanese government to face its wartime past honestly" line 41 (face → facing; "facing" is in
    # e065690c ¶467 only, "developing nations are facing 'great hardships'")
    Query("the Japanese government facing its wartime past honestly", "b39d8185", "word-form"),
    # Another script or romanisation
    # "Thongloun visited Hanoi … held at the historic Ba Dinh Square" ¶143 (Thongloun Sisoulith ¶135, ¶153) in
    # Cyrillic (362ba691 ¶73 has Hanoi and Ba Dinh, not Thongloun)
    Query("Тонглун Сисулит Ханой Бадинь", "20f574be", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Egyptian Prime Minister Mostafa Madbouly and Myanmar's Acting President Min Aung Hlaing" ¶405 (genitive)
    Query("у Мадбули и Мин Аун Хлайна", "26d64f12", "russian"),
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "Vladimir Vladimirovich Yakushev"
    # ¶158 (instrumental)
    Query("с Игорем Сергеенко и Якушевым", "20f574be", "russian"),
    # Spanish
    # "un sistema de platos hondos y frijoles" ¶315; "la bodega de vino techada más grande de Asia" ¶335; "una fábrica
    # de Lenovo" ¶339
    Query("platos hondos y frijoles, bodega de vino techada y fábrica de Lenovo", "dde32893", "spanish"),
    # "Libros Iskra" ¶305; "las estatuas de mujeres nobles estaban rollizos" ¶313; "cómo funciona su red eléctrica y
    # la de EE. UU. … siendo de Texas" ¶335
    Query("Libros Iskra, estatuas de mujeres nobles y la red eléctrica de Texas", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Queen Mother Norodom Monineath Sihanouk" ¶235/239 as Xinhua writes her (莫尼列); "at Zhongnanhai" ¶237
    Query("莫尼列 中南海", "5a5d8582", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "South Africa has already experienced negative economic effects from the trade upheaval" ¶467
    Query("<@4471> Ramaphosa\u200b trade upheaval negative economic effects", "e065690c", "mention-noise"),
    # Meeting Shavkat Mirziyoyev, Xi proposes to "expand exchanges on culture, education, tourism and at the
    # sub-national level" ¶207 (d807680a ¶91 has "sub-national agricultural cooperation")
    Query("@everyone Mirziyoyev\u200b tourism sub-national level", "3a9fa4ed", "mention-noise"),
    # Typos (1–2 edits)
    # "Egyptian Prime Minister Mostafa Madbouly" ¶405/411/413; "seawater desalination" ¶413
    Query("Madbuly desalinaton", "26d64f12", "typo"),
    # "Armenian Prime Minister Nikol Pashinyan" ¶257; "in Tianjin on August 31" ¶255; "Aleksandr Lukashenko" ¶263
    Query("Pashynian Tianjn Lukashenco", "0e5d6094", "typo"),
    # Phrases
    Query("embed bilateral ties within durable mechanisms", "b39d8185", "phrase"),  # line 7
    # "aimed at galvanising joint global action for a more just and equitable system" ¶457
    Query("galvanising joint global action for a more just and equitable system", "e065690c", "phrase"),
    # Questions
    # "Prime Minister Madbouly said … deepen cooperation in such areas as new energy, electric vehicles, finance and
    # seawater desalination" ¶413
    Query(
        "which prime minister talked with Xi about new energy, electric vehicles and finance?",
        "26d64f12",
        "question",
    ),
    # Topics
    # "This year marks the 65th anniversary of the establishment of diplomatic relations between China and Cuba"
    # ¶87; "The two sides released the Joint Statement" ¶91, quoted ¶93–105
    Query("Cuba 65th anniversary diplomatic relations joint statement", "d807680a", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Jenny Clegg speaks at the webinar (d89fdf72 ¶366) and writes for SACU (ac7222d4 ¶513); the Lenovo factory is
    # Sydney Loving's (dde32893 ¶339, in Spanish)
    "Jenny Clegg Lenovo factory",
    # Chen Weihua speaks at the webinar (d89fdf72 ¶364); Gansu and the "bodega de vino techada" are the delegation's
    # (dde32893 ¶333–335)
    "Chen Weihua Gansu wine cellar",
    # Luong Cuong is Vietnam's President (362ba691 ¶71); Lady From Chungking is Anna May Wong's film (ccf1d4fa ¶113)
    "Luong Cuong Lady from Chungking",
    # Khurelsukh Ukhnaa (c061f0a1 ¶187); combating telecom fraud is Hun Manet's (5a5d8582 ¶247)
    "Khurelsukh Ukhnaa telecom fraud",
    # Callum Norris co-writes the delegates' report (6710eba1 ¶533); the Burmese battlefield is the Scots' (7ab1f62c
    # ¶275)
    "Callum Norris Burmese battlefield",
    # Zheng Bofei writes of Liddell for Xinhua (7ab1f62c ¶287); the Tsinghua symposium is Keith Bennett's (ac7222d4
    # ¶475)
    "Zheng Bofei Tsinghua symposium",
    # Delcy Rodríguez was at the Caracas monument (f78fdcd6 ¶33, ¶53); Fudan University is the delegates' (6710eba1
    # ¶541)
    "Delcy Rodríguez Fudan University",
    # the CCC (ac7222d4 ¶505–525) spends nothing in the text; the medical supplies are the Friends Ambulance Unit's,
    # for the Shandan Bailie School (¶501), with no sum
    "how much did the China Campaign Committee spend on medical supplies?",
    "how many pamphlets did the Communist Party print for China in 1937?",  # "the first to issue a pamphlet" (¶525)
    "what was the Daily Worker's circulation in 1937?",  # the Daily Worker's editorial (ac7222d4 ¶507); no circulation
    # Hangzhou is not in the corpus; the robotics factory is in Shanghai (dde32893 ¶339)
    "Hangzhou robotics factory surgery",
    # Shehbaz Sharif (3a9fa4ed) and Eric Liddell (7ab1f62c) in Cyrillic: no article names both
    "Шахбаз Шариф и Эрик Лидделл",
    # "los trabajadores se reunían en la plaza para hacer baile/ejercicio por las mañanas" (dde32893 ¶323); no hour
    "¿a qué hora se reunían los trabajadores del hotel para bailar?",
    # Younghusband (荣赫鹏) gave "a financial donation" to Arthur Clegg (ac7222d4 ¶521); no sum
    "荣赫鹏 捐款 金额",
    # Michael Lindsay (林迈可) and his "expertise in radio engineering" (ac7222d4 ¶501); no radio, no model
    "林迈可 收音机 型号",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "We stood in the tunnel at Point 5" ¶6; "the paper model of the ATLAS detector" ¶13; "we may be allowed to see
    # the control room" ¶15
    Query("Point 5 tunnel ATLAS paper model control room", "74b3602f", "cross-paragraph"),
    # "Harry Potter and the Philosopher's Stone … Mrs Lindqvist says" ¶4; "The junior carol concert at St Botolph's" ¶8
    Query("Mrs Lindqvist Philosopher's Stone St Botolph's carol concert", "64cc212f", "cross-paragraph"),
    # "Desperate Dan cow pies" ¶6; "led by the cartoonist Morag Dalgetty" ¶7; "by the collector Ewan Lauderdale" ¶8
    # (and ¶16)
    Query("Morag Dalgetty Ewan Lauderdale cow pies", "ec1040b6", "cross-paragraph"),
    # "Councillor Barry Ollington, cabinet member for leisure" ¶9; "The learner pool will be retiled" ¶10; "the
    # Council's press office on 01632 960418" ¶21
    Query("Barry Ollington learner pool retiled press office", "9418cb7e", "cross-paragraph"),
    # "The Regal cinema reopens after redecoration" ¶6; "Mr Walter Pennefather of Hollins Farm" ¶10; "cabled from
    # Colombo on 15 December" ¶15
    Query("Regal cinema Hollins Farm Colombo", "d71f7133", "cross-paragraph"),
    # "the club secretary, Noreen Glasspool" ¶4; "Tonight's opponents are Holmbrigg Rovers" ¶9; "the referee, Desmond
    # Verrall" ¶11
    Query("Noreen Glasspool Desmond Verrall Holmbrigg Rovers", "76be0b0b", "cross-paragraph"),
    # "above his father's saddlery in Gaskarth High Street" ¶4; "He married Pauline Brackenbury" ¶9; "he moved to
    # Carisbury Court" ¶10 (and ¶12)
    Query("Brackenbury Carisbury Court saddlery", "e9e8e356", "cross-paragraph"),
    # "Her niece, Hester Rowntree, took it over in 1998" ¶7; "Paddington at the Station, on 27 and 28 October in the
    # Corn Exchange" ¶12; "Mr Haycock says it will never last" ¶15
    Query("Hester Rowntree Mr Haycock Corn Exchange", "a785c3e9", "cross-paragraph"),
    # "Our basket maker, Tamsin Greatorex" ¶4; "the Christmas wreath workshop on the 7th of December" ¶16; "at the end
    # of Ferry Lane, Skerrowby" ¶21
    Query("Tamsin Greatorex Ferry Lane wreath workshop", "be5e52d5", "cross-paragraph"),
    # "please tell Marjorie Cobbledick" ¶3; "ring at the Thistlebeck Burns Supper" ¶5; "The county ringing rally is on
    # Saturday 6 March at Grisbeck" ¶9
    Query("Cobbledick Grisbeck rally Burns Supper", "790b1314", "cross-paragraph"),
    # "The club's captain that year, Philippa Scorer, still has the breakfast menu" ¶18; "Junior sessions begin again
    # … bring a towel" ¶20
    Query("Philippa Scorer breakfast menu junior sessions towel", "04342889", "cross-paragraph"),
    # "Remedios Olmedilla tenía entonces veintidós años" ¶4; "que le prestó su tío Anselmo" ¶6; "El alcalde, Tomás
    # Rebollar, entregará a Remedios una placa" ¶14 ("la placa" again ¶20)
    Query("Remedios Olmedilla tío Anselmo Tomás Rebollar placa", "ec6c81a2", "cross-paragraph"),
    # "Радиолюбитель Аркадий Селиванович Тюрин" ¶4 (Аркадий Селиванович again ¶10); "покажут документальный фильм об
    # экспедиции" ¶11; "Директор музея Ольга Петровна Кудимова" ¶16
    Query(
        "Аркадий Селиванович радиолюбитель Ольга Петровна Кудимова документальный фильм",
        "7aaa4d7c",
        "cross-paragraph",
    ),
    # 体育老师杜长庚 ¶5; 以十一分之差输给了城关队 ¶7; 他用自己的工资买了五个篮球 ¶16
    Query("杜长庚 城关队 五个篮球", "950579f2", "cross-paragraph"),
    # Word forms
    # "Priya texted me from Manchester a minute after the beam went round" ¶8 (texted → texting)
    Query("Priya texting from Manchester", "74b3602f", "word-form"),
    # "A fire on the night of 6 March 1937 destroyed the wooden stand" ¶7 (destroyed → destroying; "destroy" is in
    # 74b3602f ¶19, of the world)
    Query("a fire destroying the Wayfarers' wooden stand in 1937", "76be0b0b", "word-form"),
    # "the night Henry Cooper put Cassius Clay on the canvas" ¶3 (put → puts, irregular)
    Query("Henry Cooper puts Cassius Clay on the canvas", "e9e8e356", "word-form"),
    # "The shop's founder, Ivy Cheverell, ordered six copies" ¶4 (ordered → orders)
    Query("Ivy Cheverell orders six copies of A Bear Called Paddington", "a785c3e9", "word-form"),
    # "She learned the craft from the last of the old Skerrowby cutters" ¶4 (learned → learnt, cutters → cutter)
    Query("Tamsin Greatorex learnt the craft from the last Skerrowby cutter", "be5e52d5", "word-form"),
    # "Thirty-four swimmers braved the New Year dip at Lindrith Sands" ¶4 (braved → braving)
    Query("thirty-four swimmers braving the New Year dip at Lindrith Sands", "d71f7133", "word-form"),
    # "her 71 days beat the old record by more than a day" ¶11 (beat → beats)
    Query("Ellen MacArthur beats the old record by more than a day", "decbde12", "word-form"),
    # "El quiosco había costado veinte mil pesetas, que le prestó su tío Anselmo" ¶6 (prestó → presta)
    Query("su tío Anselmo le presta veinte mil pesetas", "ec6c81a2", "word-form"),
    # "каждый вечер ловил сводки о продвижении лыжников" ¶4 (ловил → ловит)
    Query("Тюрин ловит сводки о продвижении лыжников", "7aaa4d7c", "word-form"),
    # Another script or romanisation
    # "Ellen MacArthur crossed the finish line off Ushant … and sails into Falmouth" ¶10 in Cyrillic
    Query("Эллен Макартур Фалмут Уэссан", "decbde12", "translit"),
    # "Steve Redgrave won his fifth Olympic gold medal … in Sydney" ¶17; "The club's captain that year, Philippa
    # Scorer" ¶18, in Cyrillic (d71f7133 ¶14 has Sydney, in 1901)
    Query("Редгрейв Сидней Филиппа Скорер", "04342889", "translit"),
    # "Henry Cooper put Cassius Clay on the canvas" ¶3; "a steward at Wembley" ¶6, in Cyrillic
    Query("Генри Купер Кассиус Клей Уэмбли", "e9e8e356", "translit"),
    # "под руководством Дмитрия Шпаро" ¶3; "СНЕЖНОДОЛЬСКИЙ ВЕСТНИК" ¶1, "Снежнодольск" ¶3, in Latin letters
    Query("Dmitry Shparo Snezhnodolsk", "7aaa4d7c", "translit"),
    # "Аркадий Селиванович Тюрин" ¶4; "Ольга Петровна Кудимова" ¶16, in Latin letters
    Query("Arkady Tyurin Kudimova", "7aaa4d7c", "translit"),
    Query("Du Changgeng Yuwan", "950579f2", "translit"),  # 体育老师杜长庚 ¶5, 榆湾镇 ¶1/4, in pinyin
    Query("Яо Мин Ду Чангэн", "950579f2", "translit"),  # 姚明 ¶3/10/15 and 杜长庚 ¶5 in Cyrillic (Palladius)
    # "Tate Modern, the new gallery in the old Bankside power station" ¶11; "The society's chairman, Gordon Pilbeam"
    # ¶13, in Cyrillic
    Query("Тейт Модерн Бэнксайд Гордон Пилбим", "7b5800c9", "translit"),
    # "broadcast from a converted church in Manchester … sold out of the Rolling Stones" ¶18 in Cyrillic (74b3602f ¶8
    # has Manchester)
    Query("Роллинг Стоунз Манчестер", "0aca5023", "translit"),
    # "At 10.28 this morning, Geneva time" ¶5; "the Year 12 physics group to CERN" ¶6; "the ATLAS detector" ¶13, in
    # Cyrillic
    Query("ЦЕРН Женева АТЛАС", "74b3602f", "translit"),
    # "A Bear Called Paddington, which Collins brought out on 13 October 1958" ¶3, in Chinese characters
    Query("帕丁顿 柯林斯", "a785c3e9", "translit"),
    # accents dropped: "celebra hoy su cuadragésimo aniversario … el primer número de El País" ¶3
    Query("cuadragesimo aniversario quiosco El Pais", "ec6c81a2", "translit"),
    # Russian
    # "открывается выставка «Тетрадь радиолюбителя». Она продлится до 30 июня" ¶9
    Query("«Тетрадь радиолюбителя» продлится до 30 июня", "7aaa4d7c", "russian"),
    # "на базе клуба будут работать новогодние лыжные курсы для детей" ¶15; "Лыжный клуб «Полярник»" ¶13, ¶19
    Query("новогодние лыжные курсы клуба «Полярник»", "7aaa4d7c", "russian"),
    # "школьники Снежнодольска совершили свой первый лыжный поход «к полюсу» — до метеостанции" ¶6
    Query("первый лыжный поход школьников к метеостанции", "7aaa4d7c", "russian"),
    # Spanish
    # "habrá una exposición de portadas antiguas en los soportales de la plaza" ¶9
    Query("exposición de portadas antiguas en los soportales", "ec6c81a2", "spanish"),
    # "los alumnos del colegio Virgen de la Vega podrán visitar el quiosco" ¶10
    Query("alumnos del colegio Virgen de la Vega", "ec6c81a2", "spanish"),
    # "venderá lotería y calendarios con fotos antiguas de Valdecuervo" ¶13
    Query("lotería y calendarios con fotos antiguas de Valdecuervo", "ec6c81a2", "spanish"),
    # Chinese
    Query("少年篮球夏令营 报名截止", "950579f2", "chinese"),  # 篮球馆将举办少年篮球夏令营，报名截止到本月30日 ¶12
    Query("全镇三人篮球赛 中心广场", "950579f2", "chinese"),  # 全镇三人篮球赛将在中心广场举行 ¶13
    # 在美国纽约举行的NBA选秀大会上被休斯敦火箭队选中，成为第一位以状元身份进入NBA的外国球员 ¶3
    Query("休斯敦火箭队 状元 选秀大会", "950579f2", "chinese"),
    # Mentions and zero-width spaces
    # "Haddlesford's Felthorne Leisure Pool opened its doors, and the Council is inviting the town to a week of
    # birthday swims" ¶4
    Query("<@4410> Felthorne\u200b birthday swims", "9418cb7e", "mention-noise"),
    # "Roger has booked the Grisbeck Music Festival … The closing date for entries is the 30th of April" ¶14
    Query("@everyone Grisbeck Music Festival\u200b entries", "790b1314", "mention-noise"),
    # "Desperate Dan cow pies" ¶6; Korky ¶2, ¶5, ¶7, ¶17–18
    Query("<#301> Korky\u200b cow pies", "ec1040b6", "mention-noise"),
    # Typos
    # "Councillor Barry Ollington" ¶9; "Felthorne" ¶3 and on; "close for refurbishment" ¶10
    Query("Olington Felthorn refurbishmnet", "9418cb7e", "typo"),
    # "Cheverell's Books" ¶3; "Paddington" ¶2 and on; "marmalade" ¶2, ¶9, ¶19
    Query("Cheverel Padington marmelade", "a785c3e9", "typo"),
    Query("Skerowby wilow baskits", "be5e52d5", "typo"),  # "SKERROWBY WILLOW BEDS" ¶1; "Beginners' basket" ¶9
    Query("Thistelbeck handbel ringers", "790b1314", "typo"),  # "THISTLEBECK HANDBELL RINGERS" ¶1
    # Names
    Query("Maurice Verity", "0aca5023", "name"),  # "its owner, Maurice Verity, now 82" ¶19
    Query("Gordon Pilbeam", "7b5800c9", "name"),  # "The society's chairman, Gordon Pilbeam" ¶13
    Query("Janet Sturridge", "64cc212f", "name"),  # "Janet Sturridge, Headteacher" ¶20
    # Phrases
    Query("They have the pigs right, but nobody muck-spreads in June", "d71f7133", "phrase"),  # Pennefather, ¶10
    Query("Nobody headed anything in 1857", "76be0b0b", "phrase"),  # the referee, ¶12
    Query("New bear book out today. Ordered six. Rain.", "a785c3e9", "phrase"),  # Ivy's diary, ¶14
    Query("Wear old clothes. Willow stains.", "be5e52d5", "phrase"),  # ¶22
    # Questions
    # "It shows forty singles ordered on 2 January and sixty more on the 3rd" ¶19
    Query("how many singles did Verity's order on 2 January?", "0aca5023", "question"),
    # "At 10.28 this morning, Geneva time, the first beam of protons went all the way round the Large Hadron
    # Collider" ¶5
    Query("what time did the first beam go round the Large Hadron Collider?", "74b3602f", "question"),
    # "She left on 28 November" ¶11
    Query("when did Ellen MacArthur set off on her solo voyage?", "decbde12", "question"),
    # "The club was founded on 26 July 1890 by twelve members of the Wrenlow Mechanics' Institute" ¶5
    Query("when was Wrenlow Bowling Club founded?", "7986300c", "question"),
    # "Courses cost £55 a day, including willow and lunch" ¶18
    Query("what does a day's willow course at Skerrowby cost, lunch included?", "be5e52d5", "question"),
    # "It will reopen on Monday 11 April, with the new timetable starting that day" ¶11
    Query("when does Felthorne Pool reopen after its refurbishment?", "9418cb7e", "question"),
    # "the Christmas fair last month, which raised £412 for the library" ¶18
    Query("how much money did last month's fair raise at Cramwell Primary?", "64cc212f", "question"),
    # Topics
    # "played under the old Sheffield Rules, with a tape in place of a crossbar and no penalty kicks" ¶10
    Query("Sheffield Rules tape crossbar penalty kicks", "76be0b0b", "topic"),
    # "The Commonwealth of Australia comes into being today" ¶14; "A watch-night service … to see in the new century"
    # ¶16
    Query("Commonwealth of Australia watch-night service new century", "d71f7133", "topic"),
    # "on Wednesday 1 January 1964, the first Top of the Pops was broadcast … Haddlesford's only record shop sold out"
    # ¶18
    Query("first Top of the Pops broadcast 1964 record shop", "0aca5023", "topic"),
    # "The first issue of The Dandy was dated Saturday 4 December 1937, and cost twopence" ¶4
    Query("first issue of The Dandy 1937 twopence", "ec1040b6", "topic"),
    # "Haddlesford's new Felthorne Leisure Pool opened yesterday, Monday 3 March 1986, and by noon the queue stretched
    # past the station" ¶4; the council's release marks its twenty-fifth birthday ("Twenty-five years ago today, on
    # 3 March, Haddlesford's Felthorne Leisure Pool opened its doors", 9418cb7e ¶4–5)
    Query("Felthorne Leisure Pool opening day queue 1986", "d6f45bce", "topic", also=("9418cb7e",)),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Noreen Glasspool is the Wayfarers' secretary (76be0b0b ¶4); Top of the Pops is another cutting (0aca5023)
    "Noreen Glasspool Top of the Pops",
    # Morag Dalgetty leads the Korky workshop at Gannock (ec1040b6 ¶7); the children's drawings of Paddington are
    # Sedgebury's (a785c3e9 ¶13)
    "cartoonist Morag Dalgetty Paddington drawings",
    # Hester Rowntree keeps the Sedgebury bookshop (a785c3e9 ¶7); the handbell ringers are Thistlebeck's (790b1314)
    "Hester Rowntree handbell ringers",
    # Stanley Pouncey manages Lindrith's Regal cinema (d71f7133 ¶6); Felthorne Pool is Haddlesford's
    "Stanley Pouncey Felthorne Pool",
    # Tamsin Greatorex is the Skerrowby basket maker (be5e52d5 ¶4); the Burns Supper is Thistlebeck's (790b1314 ¶5)
    "Tamsin Greatorex Burns Supper",
    # Desmond Verrall referees at Pellsworth (76be0b0b ¶11); the bowls centenary match is Wrenlow's (7986300c ¶4)
    "Desmond Verrall bowls centenary match",
    # Philippa Scorer was the rowing club's captain (04342889 ¶18); Ellen MacArthur is another cutting (decbde12)
    "Philippa Scorer Ellen MacArthur",
    # Gordon Pilbeam chairs the art society (7b5800c9 ¶13); Top of the Pops is another cutting (0aca5023)
    "Gordon Pilbeam Top of the Pops",
    # Maurice Verity owned the record shop (0aca5023 ¶19); Tate Modern is another cutting (7b5800c9)
    "Maurice Verity Tate Modern",
    # Janet Sturridge heads Cramwell Primary (64cc212f ¶20), whose February has a "Valentine disco" (¶13); the
    # Valentine's concert is the Thistlebeck ringers' (790b1314 ¶7)
    "Janet Sturridge Valentine's concert",
    # Fiona Kerrigan swam the first length at Felthorne (d6f45bce ¶5, 9418cb7e ¶5–6); Tate Modern is another cutting
    # of the same digest (7b5800c9)
    "Fiona Kerrigan Tate Modern",
    # Roger Fernihough is the ringers' secretary (790b1314 ¶8, ¶22); the willow courses are Skerrowby's (be5e52d5)
    "Roger Fernihough willow weaving course",
    # the match against Holmbrigg Rovers is played "tonight" (76be0b0b ¶3, ¶9–10); no score
    "what was the final score between Pellsworth Wayfarers and Holmbrigg Rovers tonight?",
    # she "sails into Falmouth this morning" (decbde12 ¶10); no hour (10.29pm is the finish off Ushant)
    "at what time did Ellen MacArthur sail into Falmouth?",
    # "Tickets for the play cost £4" (a785c3e9 ¶17); no number sold (the queue of families is last year's trial run,
    # ¶11)
    "how many families bought tickets for the Sedgebury Players' play?",
    # the Year 12 trip to CERN on 21 and 22 June (74b3602f ¶6, ¶16); no hotel
    "which hotel did the Year 12 physics group stay in at CERN?",
    "who won the Gannock quiz night?",  # "Quiz night in the café bar: teams of four" (ec1040b6 ¶12); no winner
    # "Ivy kept the shop for forty years" (a785c3e9 ¶7); her death is not given
    "in what year did Ivy Cheverell die?",
    # "The pool will then close for refurbishment from 28 March to 8 April" (9418cb7e ¶10); no cost
    "how much did the Felthorne refurbishment cost?",
    # "The Haddlesford Amateur Swimming Club will hold its birthday gala at Felthorne later in April" (9418cb7e ¶13);
    # no date
    "on what date is the Haddlesford Amateur Swimming Club's birthday gala?",
    # "Uncle Reg kept the ticket stub from 18 June in his wallet" (e9e8e356 ¶18); no price
    "how much did Reg Tapsfield pay for his Wembley ticket?",
    # "the club will race a coxless four against the university on Saturday 25 September" (04342889 ¶19): not yet
    # raced
    "what was the score of the Wrenlow coxless four race against the university?",
    # "Our Valentine's concert at St Cuthbert's is on the Saturday nearest the day" (790b1314 ¶7); no conductor
    "who conducted the Thistlebeck handbell ringers' Valentine's concert?",
    # "its centenary dinner is on Friday 7 September at the Crown" (7986300c ¶6): still to come, no numbers
    "how many guests sat down to the bowling club's dinner at the Crown?",
    # Harrogate is not in the corpus; the willow basket courses are Skerrowby's (be5e52d5 ¶9–13)
    "Harrogate willow basket course",
    # Tewkesbury is not in the corpus; the ringing rally is at Grisbeck, by coach (790b1314 ¶9)
    "Tewkesbury ringing rally coach",
    # Sedgefield is not in the corpus (4 edits from Sedgebury, whose bookshop met Paddington first, a785c3e9)
    "Sedgefield Paddington bookshop",
    # Kelso is not in the corpus; the Dandy exhibition is Gannock's (ec1040b6)
    "Kelso Dandy exhibition",
    # the film is shown "в Доме культуры" (7aaa4d7c ¶11); only the museum exhibition is free ("Вход на выставку
    # свободный", ¶18), the film's price is not given
    "во сколько обошёлся вход на фильм в Доме культуры?",
    "кто был врачом экспедиции Шпаро?",  # Dmitry Shparo's expedition (7aaa4d7c ¶3, ¶11); no member is named
    # Norilsk is not in the corpus; the ski expedition is Shparo's, followed from Snezhnodolsk (7aaa4d7c)
    "Норильск лыжная экспедиция",
    # "El alcalde, Tomás Rebollar, entregará a Remedios una placa" (ec6c81a2 ¶14); no cost
    "¿cuánto costó la placa que el alcalde entrega a Remedios?",
    # "el quiosco lo atiende su hijo Julián" (ec6c81a2 ¶8); his age is not given (Remedios was 22 in 1976, ¶4)
    "¿cuántos años tiene Julián, el hijo de Remedios?",
    # Valdepeñas is not in the corpus; the kiosk is on Valdecuervo's plaza de la Fuente (ec6c81a2)
    "quiosco de la plaza Mayor de Valdepeñas",
    # 他用自己的工资买了五个篮球 (950579f2 ¶16); the salary is not given
    "杜老师当年一个月工资多少钱",
    # 榆湾镇新建的室内篮球馆正式启用 (950579f2 ¶9); no cost
    "榆湾镇 篮球馆 造价",
    # 输给了城关队 (950579f2 ¶7); no coach named
    "城关队 教练 是谁",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind132/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
