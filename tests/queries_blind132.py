"""A hundred-and-thirty-second lookup query set, for tuning ranking (written in the sixty-sixth session): a TUNING set,
not a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind131.py and tests/queries_blind133.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some eighteen thousand), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: about nine in ten first drafts were near-copies (every Spanish phrase and every Chinese
  transcription tried had been used, as had most pairs of names), so the seed part is smaller than
  planned (25 answerable, 15 unanswerable; no Spanish or Chinese kind among the seeds' answerable
  queries), and the new documents carry the rest.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind144/docs, copied as ONE
  corpus into a subfolder blind144/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 13 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 2 + 12
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 14 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names, pinyin without tones, accents and apostrophes dropped),
russian 2 + 3, spanish 0 + 4, chinese 0 + 3, mention-noise 2 + 4 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 3 + 4 (1–2 edits a word), name 1 + 5, phrase 1 + 7,
question 4 + 15, topic 3 + 6: 25 + 90 answerable, and 15 + 38 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
carved, won, taught, directed, crowned, designed, wrote or plays; who a manager, an engineer, a chairman,
a pilot or a master was; how many passengers or what a meteorite weighed; what time a pub closes or a
fair opens; what a clock, a plaque, a facsimile, a ticket or a paddle cost; which play, which university);
a place the corpus does not hold (spelled two or more edits from anything real in it, or simply absent)
joined to a subject it does; Russian, Spanish and Chinese ones. Each shares one or more words with its
corpus on purpose (in another script for some of the seeds' ones), and every article holding those
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

# The new-documents corpus is assembled by copying tests/gold/blind144/docs/* into ONE temporary
# corpus folder under the subfolder blind144/: files are then "blind144/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind144/docs",)
NEWDOCS_SUBDIRS = ("blind144",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "f86c7459": "BRANTLE HILL SUNDIAL WALKS",
    "8bc0ef9c": "FERNCASTLE PICKLEBALL CLUB",
    "1b5041f0": "Gwladys Tregenza: the first woman to drive the Pendower bus",
    "b35cd678": "HOBBLESWICK C OF E PRIMARY SCHOOL",
    # en_kittlesea_beacon_digest.txt, split by the loader: the Marine Lake reopens in 1990 (¶3–8), the Hippodrome at
    # 100 (¶12–17), the Beacon at 150 (¶21–26); the header (¶1) and the "----" rules belong to none of them (each
    # article's title is its dateline, its headline the next line)
    "090aac5f": "Kittlesea Beacon, Saturday 12 May 1990",
    "b66fc53e": "Kittlesea Beacon, Wednesday 22 December",
    "9777157e": "Kittlesea Beacon, Tuesday 2 October",
    "1f1b5744": "KITTLESEA TOWN COUNCIL: PRESS RELEASE",
    "cf1288d6": "LANTRY CROSS WORDFEST: A DICTIONARY AT 250",
    "44c7a2a5": "FIFTY YEARS OF ERNIE: A SANDLETHORPE WINNER LOOKS BACK",
    # en_stennerby_herald_digest.txt, split by the loader: the Carnival Queen of 1988 (¶3–8), the Corn Hall clock at
    # 150 (¶12–17), the New Year dip (¶21–26); the header (¶1) and the rules belong to none of them
    "192c9264": "Stennerby Herald, Thursday 14 July 1988",
    "93b958a9": "Stennerby Herald, Monday 6 March",
    "4fe6e775": "Stennerby Herald, Wednesday 29 December 2021",
    "585a5179": "TORWOODLEA, Monday 14 July",
    "78fae4d8": "TUPPENNY LISTINGS: a collector's notes on old copies of the Radio Times",
    "4bb02543": "WETHERDYKE RECORDER: LOOKING BACK",
    "aee54241": "Almenarillo, 13 de diciembre",
    "5e590173": "Тигровая Падь, 11 февраля",
    "5d18c6d6": "桐川镇业余天文小组",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the last nearly eight years of his tragically short life" ¶483; "his grave in what has now become a playing
    # field in a school training new technicians" ¶497
    Query("Hogg tragically short life technicians playing field", "ac7222d4", "cross-paragraph"),
    # "the Olympic champion who once stunned the world … where he taught and preached" ¶285; "one of Asia's most
    # advanced sporting venues" ¶291
    Query("Liddell preached stunned the world sporting venues", "7ab1f62c", "cross-paragraph"),
    # "broaden cooperation in infrastructure, mining, investment" ¶9 (Zimbabwe ¶5–11); "and this is truly impressive"
    # ¶19 (Fico ¶13, ¶19)
    Query("Zimbabwe mining infrastructure Fico truly impressive", "faecd2e1", "cross-paragraph"),
    # "from AI-driven renewable energy management to robotics in industry" ¶541; "the communist forces concluded the
    # Long March" ¶557
    Query("Long March robotics renewable energy management", "6710eba1", "cross-paragraph"),
    # "which originally appeared in the Morning Star, David Horsley reviews" ¶111; "trying a Nazi for his part in the
    # Holocaust. This was years before the actual Nuremberg Trial." ¶125
    Query("Horsley Morning Star Holocaust Nuremberg Trial", "ccf1d4fa", "cross-paragraph"),
    # "Sunday 21 September 2025, 4pm Britain" ¶351; "the 80th anniversary of Japan's surrender – marked in China with
    # spectacular celebrations" ¶355
    Query("Sunday 21 September 4pm Japan's surrender spectacular celebrations", "d89fdf72", "cross-paragraph"),
    # Word forms: the text has another form
    # "Antes de la revolución en 1949, China fue totalmente devastada por el imperialismo" ¶313 (devastada → devastó)
    Query("el imperialismo devastó China antes de 1949", "dde32893", "word-form"),
    # "Born in 1902 to Scottish missionary parents" ¶289 (missionary → missionaries; "missionary societies" is in
    # ac7222d4 ¶519, the plural nowhere)
    Query("Liddell's parents being Scottish missionaries", "7ab1f62c", "word-form"),
    # Another script or romanisation
    # accents and apostrophes dropped: "durante 10 días visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" ¶307,
    # "una visita de diez días a cinco ciudades" ¶301 (6710eba1 is the same delegation's report: Yan'an ¶535/557,
    # Shanghai ¶535/549, Dunhuang ¶537/539)
    Query("Jiayuguan Dunhuang Xian Yanan Shanghai diez dias", "dde32893", "translit", also=("6710eba1",)),
    # Russian (names written in Cyrillic, inflected)
    # "Ivan Melnikov, vice chairman of the Communist Party of Russian Federation" ¶6; "the Russian World War II veteran
    # Lev Abramov" ¶14 ("about Ivan Melnikov and Lev Abramov")
    Query("об Иване Мельникове и Льве Абрамове", "054ef6fb", "russian"),
    # "Slovak Prime Minister Robert Fico" ¶13; "President of the Republic of the Congo Denis Sassou Nguesso" ¶23 ("with
    # Robert Fico and Denis Sassou Nguesso")
    Query("с Робертом Фицо и Денисом Сассу-Нгессо", "faecd2e1", "russian"),
    # Typos (1–2 edits)
    # "Egyptian Prime Minister Mostafa Madbouly … Kazakhstan President Kassym-Jomart Tokayev" ¶405
    Query("Madbuly Tokayv", "26d64f12", "typo"),
    # "King Norodom Sihamoni" ¶235; "met with the King and the Queen Mother at Zhongnanhai" ¶237
    Query("Sihamonni Zhongnanhi", "5a5d8582", "typo"),
    # "Denis Sassou Nguesso" ¶23 (1 edit + 1), "Robert Fico" ¶13 (2 edits)
    Query("Sassu Ngesso Fikko", "faecd2e1", "typo"),
    # Mentions and zero-width spaces around the real words
    # "the two countries' 'five-star ironclad' friendship" ¶7
    Query("<@&314> Zimbabwe\u200b five-star ironclad", "faecd2e1", "mention-noise"),
    # "Xinhua correspondents Zheng Bofei and Jin Jing write: 'At the 1924 Paris Olympics'" ¶287
    Query("<#901> Jin Jing\u200b Paris Olympics", "7ab1f62c", "mention-noise"),
    # Questions
    # "the Minyuan Stadium. Modeled after London's Stamford Bridge (home of Chelsea Football Club)" ¶291
    Query(
        "which London stadium was Tianjin's Minyuan modelled after, and which football club played there?",
        "7ab1f62c",
        "question",
    ),
    # "a strong family background in pacifism, specifically in the Fellowship of Reconciliation" ¶493
    Query("which Fellowship was George Hogg's pacifist family rooted in?", "ac7222d4", "question"),
    # "sends a strong message to the world that justice will prevail, … and this is truly impressive" ¶19
    Query("what did Robert Fico call truly impressive about the commemoration?", "faecd2e1", "question"),
    # "la delegación incluyó la gente de la Alianza Negra por la Paz, Mundo de Obreros, Internacional Progresista, …"
    # ¶305 (Freedom Road ¶297/299); the English list of the same delegation is 6710eba1 ¶547
    Query(
        "which organisations did Sydney Loving's delegation include besides Freedom Road?",
        "dde32893",
        "question",
        also=("6710eba1",),
    ),
    # Topics
    # "President Putin said that he will attend the commemoration … tomorrow … fought side by side … in both main
    # European and Eastern theatres" ¶193
    Query("Putin tomorrow's commemoration fought side by side European Eastern theatres", "c061f0a1", "topic"),
    # "the China-Kyrgyzstan-Uzbekistan railway project, … medical and health care, … tourism" ¶207
    Query("China-Kyrgyzstan-Uzbekistan railway medical and health care tourism", "3a9fa4ed", "topic"),
    # "visited Vietnam at the invitation of … Chairman of the National Assembly of Vietnam Tran Thanh Man, leading a
    # party and state delegation to events marking the 80th anniversary of the August Revolution" ¶65
    Query("Vietnam National Assembly Chairman invitation August Revolution delegation", "362ba691", "topic"),
    # Names
    # "When meeting with Vietnamese President Luong Cuong, … leverage the exemplary role of mutually beneficial and
    # win-win cooperation" ¶71
    Query("Luong Cuong exemplary role win-win cooperation", "362ba691", "name"),
    # Phrases
    # "At the 1924 Paris Olympics, … in 47.6 seconds, setting a new Olympic and world record … topping the public vote
    # when inducted into the Scottish Sports Hall of Fame" ¶287
    Query("the 1924 Olympics 47.6 seconds record Hall of Fame public vote", "7ab1f62c", "phrase"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "first published by Orinoco Tribune and Global Times" (f78fdcd6 ¶49, ¶53); no circulation
    "what was Orinoco Tribune's circulation?",
    # "originally published in Spanish by Telesur" (f78fdcd6 ¶49); no reporter named
    "Telesur reporter name Caracas ceremony",
    # the parade on Tienanmen Square (38a7d84f ¶377, eca32116 ¶219); no horse anywhere in seeds/
    "what breed was the horse in the Tienanmen parade?",
    # Callum Norris writes the delegation's report (6710eba1 ¶533, ¶535); the Tienanmen rostrum is eca32116 ¶219's
    "Callum Norris Tienanmen rostrum",
    # Pashinyan (0e5d6094 ¶257) in Cyrillic; Caracas is f78fdcd6's ("Pashinyan in Caracas")
    "Пашинян в Каракасе",
    # Chow Yun-fat (ac7222d4 ¶491) in Chinese characters; the Olympics are Liddell's (7ab1f62c)
    "周润发 奥运会",
    # Li Jinxian (097182f6 line 1, 10) in Chinese characters: "during a press conference" (line 2), no date
    "李金贤 记者会 日期",
    # Vladivostok is not in seeds/; Liu Qibao's visit and the veteran are in Khabarovsk (054ef6fb)
    "Vladivostok Liu Qibao veterans",
    # Jenny Clegg (d89fdf72 ¶366, ac7222d4 ¶513); Yan'an is the delegation's (dde32893 ¶315, 6710eba1 ¶535/557)
    "Jenny Clegg Yan'an visit",
    # George Hogg (ac7222d4 ¶477–499): "from a privileged background" (¶493); no university
    "which university did George Hogg graduate from?",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); the Olympic champion is Liddell (7ab1f62c ¶275, ¶285)
    "Radhika Desai Olympic champion",
    # Zagreb is not in seeds/; Fico met Xi in Beijing (faecd2e1 ¶13–21)
    "Fico in Zagreb",
    # Ulan-Ude is not in seeds/; the three-way meetings were in Beijing (c061f0a1 ¶185–187)
    "Ulan-Ude three-way friendship summit",
    # Kim Jong Un (eca32116) and George Hogg (ac7222d4) in Chinese characters: no article names both
    "金正恩 乔治·何克",
    # "one film, Lady From Chungking is an anti-imperialist classic" (ccf1d4fa ¶113, ¶129); no takings
    "Lady from Chungking box office takings",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "scratched into the south wall of the tithe barn" ¶3, "The tithe barn dial … the scratch marks" ¶15; "from the
    # Wheatsheaf" ¶11 (and ¶19); "the adult must bring a paper plate" ¶13
    Query("tithe barn scratch dial Wheatsheaf paper plate", "f86c7459", "cross-paragraph"),
    # "The quiz was won by the Dinkers, … and an inquiry has been opened" ¶7; "Our county friendly against Aldbury
    # Pickleball Club" ¶13
    Query("Dinkers quiz inquiry Aldbury friendly", "8bc0ef9c", "cross-paragraph"),
    # "born at Carnmellis Farm … she learned to drive the milk lorry" ¶5; "renamed the turning circle at Pendower
    # 'Gwladys's Corner'" ¶11
    Query("Carnmellis Farm milk lorry Gwladys's Corner", "1b5041f0", "cross-paragraph"),
    # "one teacher, Miss Hephzibah Crosthwaite" ¶6; "Stove smoking." ¶12; "a centenary concert in the Methodist hall"
    # ¶16
    Query("Hephzibah Crosthwaite stove smoking Methodist hall", "b35cd678", "cross-paragraph"),
    # "The Mayor, Cllr Osric Brisco, took the first pedalo out" ¶6; "Test fillings on 30 April and 1 May" ¶8
    Query("Osric Brisco pedalo test fillings", "090aac5f", "cross-paragraph"),
    # "the exhibition 'Harmless Drudges'" ¶6; "Johnson's letter to Lord Chesterfield" ¶8; "a spelling bee for
    # grown-ups" ¶14
    Query("Harmless Drudges Lord Chesterfield spelling bee", "cf1288d6", "cross-paragraph"),
    # "Nerys Aspall of Tannery Row … a slightly singed savings book" ¶5; "Denzil read it standing on the doormat in his
    # socks" ¶11
    Query("Nerys Aspall singed savings book doormat socks", "44c7a2a5", "cross-paragraph"),
    # "whose father, Wattie Rennie, was one of that gang" ¶5; "in Larbert parish church" ¶7; "in time for Doors Open
    # Day" ¶13
    Query("Wattie Rennie Larbert Doors Open Day", "585a5179", "cross-paragraph"),
    # "daily broadcasting from 2LO in London" ¶13; "in a box of sheet music at an auction in Knaresborough" ¶9
    Query("2LO Knaresborough auction sheet music", "78fae4d8", "cross-paragraph"),
    # "the Crabtree Mill fire of 9 March 1912" ¶4; "a bonfire on Haxby Nab" ¶16
    Query("Crabtree Mill fire Haxby Nab bonfire", "4bb02543", "cross-paragraph"),
    # "Eusebio Carrascal … la apuntó en su libreta escolar" ¶5; "una exposición con la libreta, … una maqueta del avión"
    # ¶7; "el domingo 19 de enero llegará a Soria" ¶15
    Query("Eusebio Carrascal libreta maqueta Soria", "aee54241", "cross-paragraph"),
    # "Анна Гурьевна Лопатина" ¶5 (Ольга Лопатина ¶17); "у школы установили памятный знак, … каждый выпускной класс"
    # ¶9; "ребята будут жить в палатках" ¶15
    Query("Лопатина выпускной класс памятный знак палатках", "5e590173", "cross-paragraph"),
    # 周启明…在北京一家工厂当学徒 ¶5; 小组成员自制的望远镜 ¶9 (楼顶 ¶9 too); 镇文化站的楼顶上 ¶17
    Query("周启明 学徒 望远镜 楼顶", "5d18c6d6", "cross-paragraph"),
    # Word forms
    # "Children must bring an adult, and the adult must bring a paper plate" ¶13 (bring → bringing, adult → adults)
    Query("adults bringing a paper plate to the sundial-making workshop", "f86c7459", "word-form"),
    # "she married Kenwyn Tregenza, a conductor on the same route" ¶9 (married → marrying)
    Query("Gwladys marrying Kenwyn, a conductor on the same route", "1b5041f0", "word-form"),
    # "a hundred years to the day after Miss Crosthwaite rang the first bell" ¶10 (rang → ringing, irregular)
    Query("Miss Crosthwaite ringing the first bell", "b35cd678", "word-form"),
    # "the queue … 'reached the pier before the tea urn had boiled'" ¶8 (reached → reaching)
    Query("the queue reaching the pier before the tea urn boiled", "1f1b5744", "word-form"),
    # "Samuel Johnson signed his contract with a group of London booksellers" ¶4 (signed → signing)
    Query("Johnson signing his contract with London booksellers", "cf1288d6", "word-form"),
    # "He queued before opening time … He said he wanted low numbers" ¶7 (queued → queueing)
    Query("Denzil queueing before opening time for low numbers", "44c7a2a5", "word-form"),
    # "She read from a letter he wrote to his sister that week" ¶5 (wrote → writing, irregular)
    Query("Wattie Rennie writing to his sister about the first tower", "585a5179", "word-form"),
    # "The Young Farmers' dance at the Temperance Hall … and the band arrived on a tractor" ¶12 (arrived → arriving)
    Query("the band arriving on a tractor at the Temperance Hall", "4bb02543", "word-form"),
    # "tuvo que aterrizar en un campo cerca de Almazán" ¶3 (aterrizar → aterriza; "avión" ¶5/¶7)
    Query("el avión aterriza cerca de Almazán", "aee54241", "word-form"),
    # "Pilar Carrascal, preside desde el 2 de marzo de 1996 la asociación cultural El Rastrojo" ¶7 (preside → presidía)
    Query("Pilar Carrascal presidía la asociación El Rastrojo", "aee54241", "word-form"),
    # "Метеорит раскололся в воздухе" ¶3 (раскололся → раскалывается)
    Query("метеорит раскалывается в воздухе", "5e590173", "word-form"),
    # "из Хабаровска вылетела экспедиция геологов" ¶7 (вылетела → вылетает)
    Query("экспедиция геологов вылетает из Хабаровска", "5e590173", "word-form"),
    # Another script or romanisation
    Query("Гвладис Трегенза", "1b5041f0", "translit"),  # "Gwladys Tregenza" ¶1/¶3 in Cyrillic
    # "Samuel Johnson" ¶4 and "Johnson's letter to Lord Chesterfield" ¶8 in Cyrillic
    Query("Сэмюэл Джонсон и лорд Честерфилд", "cf1288d6", "translit"),
    Query("塞缪尔·约翰逊 切斯特菲尔德", "cf1288d6", "translit"),  # the same, in Chinese characters
    Query("Нерис и Дензил Аспалл", "44c7a2a5", "translit"),  # "Nerys Aspall" ¶5, "Her husband, Denzil" ¶7, in Cyrillic
    # "the architect Sir Reginald Blomfield" ¶3; "near Falkirk" ¶3 (and ¶5, ¶17), in Cyrillic
    Query("Реджинальд Бломфилд Фолкерк", "585a5179", "translit"),
    Query("雷金纳德·布洛姆菲尔德 福尔柯克", "585a5179", "translit"),  # the same, in Chinese characters
    # "Almenarillo" ¶1/¶5, "el primer vuelo comercial de Iberia" ¶3, "el rey Alfonso XIII" ¶3, in Cyrillic
    Query("Альменарильо Иберия Альфонсо XIII", "aee54241", "translit"),
    # accents dropped: "cerca de Almazán" ¶3, "un avión grande como la iglesia" ¶5, "Cuatro Vientos" ¶3
    Query("Almazan avion Cuatro Vientos", "aee54241", "translit"),
    # "Сихотэ-Алинского метеорита" ¶3 and "Тигровая Падь" ¶1 in Latin letters
    Query("Sikhote-Alin Tigrovaya Pad", "5e590173", "translit"),
    Query("Anna Guryevna Lopatina", "5e590173", "translit"),  # "Учительница Анна Гурьевна Лопатина" ¶5
    Query("Viktor Semyonovich Dubov", "5e590173", "translit"),  # "директор школы Виктор Семёнович Дубов" ¶19
    Query("Zhou Qiming", "5d18c6d6", "translit"),  # 创办人周启明 ¶5 (¶7, ¶19) in pinyin
    Query("Tongchuan tianwen xiaozu", "5d18c6d6", "translit"),  # 桐川镇业余天文小组 ¶1/¶5 in pinyin
    Query("Чжоу Цимин", "5d18c6d6", "translit"),  # 周启明 in Cyrillic (Palladius)
    # Russian
    # "падения Сихотэ-Алинского метеорита … выпал железным дождём" ¶3 (in the nominative here)
    Query("Сихотэ-Алинский метеорит железный дождь", "5e590173", "russian"),
    # "в школьном музее проходит «Неделя метеорита»" ¶11
    Query("Неделя метеорита в школьном музее", "5e590173", "russian"),
    Query("наш собственный кусочек неба", "5e590173", "russian"),  # "Это наш собственный кусочек неба" ¶19
    # Spanish
    # "se cumplen setenta y cinco años del primer vuelo comercial de Iberia" ¶3
    Query("primer vuelo comercial de Iberia setenta y cinco años", "aee54241", "spanish"),
    # "Ha bajado del cielo un avión grande como la iglesia y se ha parado en el rastrojo del tío Anselmo" ¶5
    Query("rastrojo del tío Anselmo avión grande como la iglesia", "aee54241", "spanish"),
    # "el trimotor Rohrbach Roland … se topó con una tormenta de nieve" ¶3
    Query("trimotor Rohrbach Roland tormenta de nieve", "aee54241", "spanish"),
    # "aquel día aprendió que el cielo también tiene caminos" ¶19
    Query("el cielo también tiene caminos", "aee54241", "spanish"),
    # Chinese
    Query("北京天文馆 天象厅 开馆", "5d18c6d6", "chinese"),  # 北京天文馆正式开馆 … 馆内的天象厅 ¶3
    Query("星空六十年 展览", "5d18c6d6", "chinese"),  # 举办“星空六十年”展览 ¶9
    Query("秋分看星 科普课", "5d18c6d6", "chinese"),  # 上了一堂“秋分看星”的科普课 ¶13
    # Mentions and zero-width spaces
    # "FERNCASTLE PICKLEBALL CLUB" ¶1; "a free taster session for friends and family" ¶11
    Query("<@231> Ferncastle pickleball\u200b free taster session", "8bc0ef9c", "mention-noise"),
    # "crowned Stennerby Carnival Queen" ¶6; "the committee has ordered a gazebo for the judges" ¶8
    Query("@everyone Stennerby carnival\u200b gazebo for the judges", "192c9264", "mention-noise"),
    Query("<@&9> 桐川镇\u200b 天文小组", "5d18c6d6", "mention-noise"),  # 桐川镇业余天文小组 ¶1/¶5
    # "Councillor Bryony Fennimore … swam in the lake's first cross-lake race" ¶10 (090aac5f ¶8 announces "the first
    # cross-lake swimming race", without her)
    Query("<@8812> Bryony Fennimore\u200b cross-lake race", "1f1b5744", "mention-noise"),
    # Typos
    Query("Brantel Hill sundails", "f86c7459", "typo"),  # "BRANTLE HILL SUNDIAL WALKS" ¶1, "sundials" ¶3
    # "HOBBLESWICK" ¶1, "Hobbleswick School" ¶6; "Miss Hephzibah Crosthwaite" ¶6
    Query("Hobbleswik Crosthwait", "b35cd678", "typo"),
    # "SANDLETHORPE" ¶1, "The first Premium Bond prizes" ¶3
    Query("Sandlethrope Premiun Bonds", "44c7a2a5", "typo"),
    # "the first Radio Times" ¶5; "I own a facsimile, which I bought at a collectors' fair in Harrogate" ¶7
    Query("Raido Times Harrowgate facsimile", "78fae4d8", "typo"),
    # Names
    # "Leonie Bassett (secretary), Gideon Lovatt (treasurer)" ¶23
    Query("Leonie Bassett Gideon Lovatt", "8bc0ef9c", "name"),
    Query("Judith Oldroyd", "b35cd678", "name"),  # "Judith Oldroyd / Headteacher" ¶22–23
    # "Isla Halkett, 76" ¶5 (¶13, ¶19); "Its chairman, Duncan Imrie" ¶9 (¶15)
    Query("Isla Halkett Duncan Imrie", "585a5179", "name"),
    Query("Clemmie Spofforth", "4bb02543", "name"),  # "Compiled by Clemmie Spofforth." ¶24
    Query("Josiah Penrice clockmaker", "93b958a9", "name"),  # "A letter from the clockmaker, Josiah Penrice" ¶15
    # Phrases
    Query("Walks go ahead in cloudy weather, although the sundials will not", "f86c7459", "phrase"),  # ¶17
    Query("Bring a partner, a paddle and a salad", "8bc0ef9c", "phrase"),  # ¶21
    Query("all of whom can reverse a bus", "1b5041f0", "phrase"),  # ¶19
    Query("Gave the rest of the day to singing", "b35cd678", "phrase"),  # Miss Crosthwaite's logbook, ¶12
    Query("She has kept good time since Tuesday", "93b958a9", "phrase"),  # Josiah Penrice's letter, ¶15
    Query("He said you only noticed a pylon when it fell down", "585a5179", "phrase"),  # ¶19
    Query("Happy hundredth, RT. You were twopence well spent", "78fae4d8", "phrase"),  # ¶19
    # Questions
    Query("how many sundials are there in Brantle Hill parish?", "f86c7459", "question"),  # "has eleven sundials" ¶3
    # "The Annual General Meeting will be held on Friday 29 March at 7.30pm" ¶15
    Query("on what date is the Ferncastle pickleball club's Annual General Meeting?", "8bc0ef9c", "question"),
    # "She drove her last full shift on Thursday 30 March and retired the next day, Friday 31 March 1989" ¶11
    Query("when did Gwladys Tregenza retire from the Pendower bus?", "1b5041f0", "question"),
    # "Last year, on 11 December, our carol service raised £212 for the hospice" ¶18
    Query("how much did the Hobbleswick carol service raise for the hospice?", "b35cd678", "question"),
    # "The Kittlesea Hippodrome, which opened with a variety bill on Saturday 23 December 1899" ¶15
    Query("when did the Kittlesea Hippodrome first open?", "b66fc53e", "question"),
    # "Last year the lake had its busiest season since the restoration, with more than 41,000 hires" ¶12
    Query("how many hires did Kittlesea Marine Lake have last year?", "1f1b5744", "question"),
    # "his Dictionary of the English Language was published in London on 15 April 1755" ¶4
    Query("when was Johnson's Dictionary published?", "cf1288d6", "question"),
    # "The letter telling them of their £25 prize" ¶11 (Denzil ¶7–11)
    Query("how much did Denzil Aspall win on the Premium Bonds?", "44c7a2a5", "question"),
    # "The Corn Hall clock first struck the hour at noon on Tuesday 11 March 1845" ¶15
    Query("at what time of day did the Corn Hall clock first sound the hour in 1845?", "93b958a9", "question"),
    # "raised the first tower … at Bonnyfield, near Falkirk. Some 26,000 more followed across the country" ¶3
    Query("how many towers followed the first one at Bonnyfield?", "585a5179", "question"),
    # "the first Radio Times went on sale at twopence" ¶5
    Query("what was the price of the first Radio Times in 1923?", "78fae4d8", "question"),
    # "Snow closed the Wetherdyke to Haxby road … and the milk was brought in by sledge" ¶12
    Query("how was the milk brought in when snow closed the Haxby road?", "4bb02543", "question"),
    # "Un año después [of 14 December 1977], el 3 de junio, se descubrió la placa que todavía puede leerse en la fachada
    # de la escuela" ¶11
    Query("¿cuándo se descubrió la placa en la fachada de la escuela?", "aee54241", "question"),
    # "а 24 февраля она добралась до места падения" ¶7
    Query("когда экспедиция добралась до места падения метеорита?", "5e590173", "question"),
    Query("北京天文馆新馆什么时候落成？", "5d18c6d6", "question"),  # 新馆于2004年12月12日落成 ¶11
    # Topics
    # "Sent by e-mail … posted on the club noticeboard at St Eanswythe's hall" ¶3; "ninety-one members, … and a waiting
    # list for Tuesday evenings" ¶5
    Query("St Eanswythe's hall ninety-one members waiting list", "8bc0ef9c", "topic"),
    # "This year's pantomime, Dick Whittington, … The box office is closed over the holiday" ¶17 (Hippodrome ¶13/¶15)
    Query("Dick Whittington pantomime Hippodrome box office", "b66fc53e", "topic"),
    # "The Marine Lake reopened yesterday, Friday 11 May, after three years behind fences" ¶6; the council's release
    # marks its twenty-fifth anniversary ("which the council reopened on 11 May after three years of restoration",
    # 1f1b5744 ¶6)
    Query("Marine Lake reopened after three years", "090aac5f", "topic", also=("1f1b5744",)),
    # "ERNIE, the Electronic Random Number Indicator Equipment, at Lytham St Annes" ¶3
    Query("Electronic Random Number Indicator Equipment Lytham St Annes", "44c7a2a5", "topic"),
    # "The Stennerby New Year's Day dip in the river pool, first held on 1 January 1971" ¶24
    Query("New Year's Day dip river pool Stennerby", "4fe6e775", "topic"),
    # "The group's exhibition, Wires Over the Carse, runs in the village hall" ¶11
    Query("Wires Over the Carse exhibition village hall", "585a5179", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # the oldest dial is "scratched into the south wall of the tithe barn" (f86c7459 ¶3); "a specialist will show how
    # the scratch marks were made" (¶15): no maker, no date
    "who carved the oldest Brantle Hill sundial, and in what century?",
    # the evening walks start from and finish at the Wheatsheaf (f86c7459 ¶11, ¶19); no opening hours
    "what time does the Wheatsheaf pub close?",
    # "The summer league runs from Tuesday 14 May to Tuesday 16 July" (8bc0ef9c ¶19); no winner (the Dinkers won the
    # quiz, ¶7)
    "who won the Ferncastle summer league?",
    # "Bring a partner, a paddle and a salad" (8bc0ef9c ¶21); no prices
    "Ferncastle pickleball paddle prices",
    # Hugh Cardozo chairs the pickleball club (8bc0ef9c ¶23); the centenary is Hobbleswick School's (b35cd678)
    "Hugh Cardozo Hobbleswick centenary",
    # "she learned to drive the milk lorry before she was old enough to hold a licence" (1b5041f0 ¶5); no teacher
    "who taught Gwladys Tregenza to drive the milk lorry?",
    # "Four passengers" on one snowy day of her first week (1b5041f0 ¶7); no total for the twenty-nine years (¶3)
    "how many passengers did Gwladys Tregenza carry in her twenty-nine years?",
    # "The infants' Nativity will be performed on Tuesday 14 and Wednesday 15 December" (b35cd678 ¶8); no director
    "who directs the Hobbleswick infants' Nativity?",
    # Judith Oldroyd is Hobbleswick's headteacher (b35cd678 ¶22–23); the Marine Lake is Kittlesea's
    "Judith Oldroyd Marine Lake",
    # "a reading of the first night's review from this newspaper" (b66fc53e ¶15); the reviewer is not named
    "who wrote the Kittlesea Beacon's first-night review of the Hippodrome?",
    # "This year's pantomime, Dick Whittington" (b66fc53e ¶17); no cast
    "which actor takes the title role in the Hippodrome's Dick Whittington?",
    # "according to the lake's first manager" (1f1b5744 ¶8); not named
    "what was the name of the Marine Lake's first manager?",
    # Osric Brisco was Kittlesea's mayor in 1990 (090aac5f ¶6); the library display is Sandlethorpe's (44c7a2a5)
    "Osric Brisco Sandlethorpe library",
    # "closing concert of eighteenth-century songs, with the Lantry Cross Consort" (cf1288d6 ¶16); no members
    "who plays in the Lantry Cross Consort?",
    # Dr Helena Marchbanks gives the Chesterfield talk (cf1288d6 ¶8); the Premium Bonds are 44c7a2a5's
    "Helena Marchbanks Premium Bonds",
    # "ERNIE picked one of his numbers" (44c7a2a5 ¶9); "He said he wanted low numbers" (¶7); no number given
    "what was Denzil Aspall's winning bond number?",
    # "ERNIE, the Electronic Random Number Indicator Equipment" (44c7a2a5 ¶3); no designer
    "who designed ERNIE?",
    # "Kerenza Dowell was crowned Stennerby Carnival Queen at the Drill Hall" (192c9264 ¶6); by whom is not said
    "who crowned Kerenza Dowell Carnival Queen?",
    # Josiah Penrice's letter (93b958a9 ¶15) is about time-keeping and chimes; no price
    "how much did Josiah Penrice charge for the Corn Hall clock?",
    # "The engineer says she will carry more power …" (585a5179 ¶5); not named (nor the grid company's engineer, ¶11)
    "who was the engineer in Wattie Rennie's letter?",
    # "The group has asked Falkirk Council for a small plaque at the field gate" (585a5179 ¶17); no cost
    "how much will the Falkirk Council plaque cost?",
    # "with her tick beside a play that I have never managed to find a recording of" (78fae4d8 ¶17); not named
    "which play did the blogger's grandmother tick in the Radio Times?",
    # "I own a facsimile, which I bought at a collectors' fair in Harrogate" (78fae4d8 ¶7); no price
    "how much did the Harrogate facsimile of the first Radio Times cost?",
    # "opened on Thursday the 8th by the chairman of the urban council" (4bb02543 ¶8); not named
    "who was chairman of Wetherdyke urban council when the Mill Lane baths opened?",
    # Kenwyn Tregenza is Gwladys's husband (1b5041f0 ¶9, ¶13); the bonfire on Haxby Nab is Wetherdyke's (4bb02543 ¶16)
    "Kenwyn Tregenza Haxby Nab",
    # the 1927 plane's crew is never named; "un antiguo piloto de la compañía, vecino de Almazán" gives a talk (aee54241
    # ¶7), unnamed too
    "¿cómo se llamaba el piloto del Rohrbach Roland?",
    # "Los señores llevaban abrigos de piel" (aee54241 ¶5); no number of passengers
    "¿cuántos pasajeros llevaba el avión de Iberia en 1927?",
    # Calatayud is not in the corpus; the exhibition travels to Almazán and Soria (aee54241 ¶15)
    "exposición de Iberia en Calatayud",
    # the meteorite "раскололся в воздухе и выпал железным дождём" (5e590173 ¶3); no weight
    "сколько весил Сихотэ-Алинский метеорит?",
    # "лётчики, летевшие на Хабаровск, увидели в тайге воронки" (5e590173 ¶5); the pilots are not named
    "как звали лётчиков, увидевших воронки в тайге?",
    # the Tunguska meteorite is not in the corpus; the school museum's is Sikhote-Alin (5e590173 ¶11)
    "Тунгусский метеорит школьный музей",
    # "这回带了师傅" (5d18c6d6 ¶5): the master is not named
    "周启明 的 师傅 是谁",
    # 周启明 "排了两个钟头的队，终于看到了天象厅的星空" (5d18c6d6 ¶5); no ticket price
    "周启明 排队 门票 几毛钱",
    # Harbin is not in the corpus; the amateur astronomy group is Tongchuan's (5d18c6d6)
    "哈尔滨 业余天文小组",
    # Whitby is not in the corpus; the Hippodrome's centenary is Kittlesea's (b66fc53e)
    "Whitby Hippodrome centenary",
    # Morecambe is not in the corpus; the Marine Lake and its pedalos are Kittlesea's (090aac5f, 1f1b5744)
    "Morecambe Marine Lake pedalos",
    # Bromsgrove is not in the corpus; the sundial walks are Brantle Hill's (f86c7459)
    "Bromsgrove sundial walks",
    # "the fair will be on the Green on 22 and 23 July" (192c9264 ¶6); no opening time (2pm is the procession's)
    "what time does the Stennerby carnival fair open on the Green?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind144/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
