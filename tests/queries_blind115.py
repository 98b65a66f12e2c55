"""A hundred-and-fifteenth lookup query set, the fifty-eighth round's BLIND set (written in the fifty-seventh session):
committed unscored, scored once at the end of the round, RICH IN UNANSWERABLE QUERIES. Nobody reads it while the
search is tuned; its one score, taken at the end of the next round, is out-of-sample.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind113.py and tests/queries_blind114.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some fifteen and a half thousand), and with the earlier queries of this set, while the set was
  being written; a query sharing more than half of its words with any one of them was replaced. The
  seeds are exhausted: every short name, name pair, transcription and quotable phrase had been used,
  and well over nine in ten first drafts had to be rewritten, so the seed queries here are fewer than
  planned (29 answerable, 14 unanswerable) and are mostly longer joins of passages from different
  paragraphs, plain-vocabulary word forms and typos; the new documents make up the difference.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind127/docs, copied as ONE
  corpus into a subfolder blind127/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 9 + 13 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 10
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 0 + 12 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic and in
pinyin without tones, Latin letters for Cyrillic names, accents dropped; every seed draft of this kind
was a near-copy), russian 1 + 3, spanish 0 + 3 (plus one Spanish word-form query on the seeds),
chinese 1 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 4 + 3 (1–2 edits a word), name 1 + 3, phrase 2 + 3, question 2 + 7, topic 3 + 4:
29 + 67 answerable, and 14 + 38 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
was a mayor, a skipper, a carter, a scorer, a president, a school director or a tutor; who read a chapter
aloud or wrote a biography; what time a tea, a band's show or a round of talks began or ended; how many
passengers, cats or books; what a ticket, a record, a rare book or a trip cost; which hotel; what prize);
a place the corpus does not hold (simply absent, or four or more edits from anything in it) joined to a
subject it does; Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on
purpose (in another script for some of the seeds' ones), and every article holding those words was read
to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind127/docs/* into ONE temporary
# corpus folder under the subfolder blind127/: files are then "blind127/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind127/docs",)
NEWDOCS_SUBDIRS = ("blind127",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "49eb6cf5": "COTTERWELL CAT CLUB",
    "c227dbff": "CRIMBLEFORD COUNTY PRIMARY SCHOOL",
    "b9729ef0": "DUNSHALLOW PIONEER",
    "d067f9e2": "THE FIRST EDITION HUNTER",
    "8ff07be6": "HARPENMOOR MUSEUM GIVES A LIVING FOSSIL ITS DAY",
    "87d9ca9a": "OBITUARIES",
    # en_inglestone_leader_digest.txt, split by the loader at its "-----" rules, which it reads as titles: the first
    # article, titled by the header line, holds the header (¶1) and the Lego brick's forty years (¶2–6); each rule
    # (¶7, ¶13) is an article of its own holding nothing but the rule; the Empire State's seventy-five years (¶9–12)
    # and Britain's first mobile phone call (¶15–19); the datelines ¶8 and ¶14 belong to none of them
    "998458a9": "INGLESTONE LEADER, Wednesday 28 January 1998",
    "ebf95cdf": "----------------------------------------",
    "7630ec41": "SEVENTY-FIVE YEARS OF THE EMPIRE STATE",
    "ebf95cdf-2": "----------------------------------------",
    "9d479cfb": "THE CALL THAT STARTED IT ALL",
    "30b3d025": "MORTHWAITE WOODS MUSHROOM FORAYS",
    "26b4dddb": "QUENWICK STOOLBALL CLUB",
    "c4576a6c": "SALLERBY BOROUGH COUNCIL",
    # en_sallerby_telegraph_digest.txt, split the same way: the first article, titled by the header line, holds the
    # header (¶1) and the Fountain Fund passing halfway in 1989 (¶2–5); the rules (¶6, ¶13) are articles of their own;
    # the fountain flowing again in 1994 (¶8–12) and The Fellowship of the Ring's fifty years (¶15–19); the datelines
    # ¶7 and ¶14 belong to none of them
    "fba64479": "SALLERBY TELEGRAPH, Friday 14 July 1989",
    "10bc5722": "----------------------------------------",
    "56272447": "THE FOUNTAIN FLOWS AGAIN",
    "10bc5722-2": "----------------------------------------",
    "c1e518d5": "ONE BOOK TO RULE THEM ALL",
    "56117505": "TOLLERDYKE, Sunday, 9 February",
    "b9629b4c": "Quillapata (Arequipa), miércoles 7 de octubre",
    "0d075c71": "Стрижевск, суббота, 19 мая",
    "bb5bfe39": "松坞镇中学物理社团纪念北京正负电子对撞机对撞成功三十五周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "China highly appreciates Slovakia's commitment … strengthen experience sharing on governance" ¶17; "although
    # Hungary and Bulgaria also sent senior representatives" ¶21
    Query(
        "Slovakia appreciates experience sharing, Hungary and Bulgaria also sent representatives",
        "faecd2e1",
        "cross-paragraph",
    ),
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien … their swift integration into rehearsals"
    # ¶77; "The special relations of comrades as well as brothers … as Vietnamese communist leader Ho Chi Minh once
    # described it in a poem" ¶63
    Query(
        "Hoang Xuan Chien swift integration rehearsals, Ho Chi Minh poem comrades brothers",
        "362ba691",
        "cross-paragraph",
    ),
    # "Anna May Wong (real name Wong Liu Tsong)" ¶115; "We have our rigid code of behaviour" ¶119; "a court in Warsaw
    # trying a Nazi for his part in the Holocaust" ¶125
    Query("Wong Liu Tsong rigid code of behaviour, Warsaw court trying a Nazi", "ccf1d4fa", "cross-paragraph"),
    # "the principles of the Nuremberg and Tokyo Trials" line 39; "the 2001 Treaty of Good-Neighborliness and Friendly
    # Cooperation" line 47
    Query("Nuremberg Tokyo Trials Treaty of Good-Neighborliness 2001", "b39d8185", "cross-paragraph"),
    # "the devout Christian … Born in 1902 to Scottish missionary parents" ¶289; "the Minyuan Stadium. Modeled after
    # London's Stamford Bridge (home of Chelsea Football Club)" ¶291
    Query("Minyuan Stadium Chelsea, devout Christian born 1902 to missionary parents", "7ab1f62c", "cross-paragraph"),
    # "coordinate positions on matters pertaining to each other's core interests … in a timely manner" ¶189;
    # "The Global Governance Initiative (GGI) … Mongolia warmly applauds this initiative" ¶199
    Query(
        "timely manner pertaining core interests, Mongolia applauds Global Governance Initiative",
        "c061f0a1",
        "cross-paragraph",
    ),
    # "Prime Minister Pashinyan noted … Armenia hopes to learn from China's experience" ¶259; "The two sides issued the
    # Joint Statement … on Establishing the Strategic Partnership" ¶261; "President Lukashenko noted … defends
    # fairness and justice" ¶265
    Query(
        "Pashinyan hopes to learn, Strategic Partnership joint statement, Lukashenko defends fairness",
        "0e5d6094",
        "cross-paragraph",
    ),
    # "the celebration of the 50th anniversary of the establishment of the Lao PDR at the end of 2025" ¶165;
    # "established by President Kaysone Phomvihane" ¶167; "Reporting the grand ceremony, Nhân Dân" ¶151
    Query(
        "Lao PDR 50th anniversary end of 2025, Kaysone Phomvihane, Nhân Dân grand ceremony",
        "20f574be",
        "cross-paragraph",
    ),
    # "the valiant Scottish soldiers who fought side by side with the Chinese Expeditionary Force on the Burmese
    # battlefield" ¶275; "an awakening agony" ¶277; "On September 9, the Xinhua News Agency" ¶283
    Query(
        "Chinese Expeditionary Force Burmese battlefield, awakening agony, Xinhua September 9",
        "7ab1f62c",
        "cross-paragraph",
    ),
    # Word forms: the text has another form
    # "Zimbabwe … will unwaveringly adhere to the one-China principle" ¶11; "develop innovative approaches to
    # cooperation and broaden cooperation in infrastructure, mining" ¶9 (adhere → adheres)
    Query(
        "Zimbabwe unwaveringly adheres to one-China principle, innovative approaches in mining", "faecd2e1", "word-form"
    ),
    # "Prime Minister Shehbaz congratulated China … and noted that the Communist Party of China's pivotal role in the
    # global struggle against fascism" ¶213 (congratulated → congratulating)
    Query(
        "Shehbaz congratulating China, noting the Communist Party's pivotal role against fascism",
        "3a9fa4ed",
        "word-form",
    ),
    # "The Vietnamese party leader stressed … the heartfelt support of the Lao party … He affirmed that Vietnam deeply
    # treasures this valuable assistance" ¶147 (affirmed → affirming)
    Query("the Vietnamese party leader affirming Vietnam deeply treasures Lao assistance", "20f574be", "word-form"),
    # "En Xi'an y Dunhuang en particular vimos como miles de años de civilización están siendo preservados" ¶325
    # (vimos → veremos, irregular ver)
    Query("en Xi'an y Dunhuang veremos miles de años de civilización", "dde32893", "word-form"),
    # Russian (names written in Cyrillic, inflected)
    # "Mongolian President Khurelsukh Ukhnaa" and "Russian President Vladimir Putin" ¶187 ("about Khurelsukh and
    # Putin")
    Query("о Хурэлсухе и Путине", "c061f0a1", "russian"),
    # Chinese (names in Chinese characters)
    # "Dr. Norman Bethune, heir to a Scottish family of doctors" ¶275, as 白求恩, with Scotland
    Query("白求恩 苏格兰", "7ab1f62c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "The China-Myanmar pauk-phaw (brotherly) friendship" ¶415; "Acting President Min Aung Hlaing" ¶405/415/419
    Query("<@&4411> pauk-phaw friendship\u200b Min Aung Hlaing", "26d64f12", "mention-noise"),
    # "Seven days later, on July 14, the Daily Worker" ¶507
    Query("<@55> seven days later\u200b Daily Worker July 14", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/197 (two letters swapped in each)
    Query("Khurelsuhk Uhknaa", "c061f0a1", "typo"),
    # "Zimbabwean President Emmerson Mnangagwa" ¶5; "the 45th anniversary" ¶7
    Query("Mnangagwwa Zimbabwe 45th anniversery", "faecd2e1", "typo"),
    # "Egyptian Prime Minister Mostafa Madbouly … Min Aung Hlaing … Kassym-Jomart Tokayev" ¶405
    Query("Madbuly Guterres Hlaing Tokaiev", "26d64f12", "typo"),
    # "headmaster of the Shandan Bailie School" ¶483; "George Hogg died of tetanus" ¶483
    Query("Shandan Baile School tetanous", "ac7222d4", "typo"),
    # Names
    # "Indonesian President Prabowo Subianto … South African President Cyril Ramaphosa, Egyptian President Abdel
    # Fattah El-Sisi, Iranian President Masoud Pezeshkian" ¶451; "a Virtual Summit of the ten full members" ¶449
    Query("Prabowo Ramaphosa Pezeshkian El-Sisi virtual summit", "e065690c", "name"),
    # Phrases
    Query("the lady of the film's title", "ccf1d4fa", "phrase"),  # "portrays the lady of the film's title" ¶115
    # "The sixty-odd peasant and refugee kids who carried him out to his grave in what has now become a playing field"
    # ¶497
    Query("carried him out to his grave in what has now become a playing field", "ac7222d4", "phrase"),
    # Questions
    # "helping to design and promote the Minyuan Stadium. Modeled after London's Stamford Bridge (home of Chelsea
    # Football Club)" ¶291 (in Tianjin, ¶289–291)
    Query(
        "which London ground, home of Chelsea Football Club, served as the model for the stadium Liddell helped "
        "design in Tianjin?",
        "7ab1f62c",
        "question",
    ),
    # "From August 31-September 1, Vietnamese Prime Minister Pham Minh Chinh visited Tianjin to attend the meetings of
    # the Shanghai Cooperation Organisation (SCO)" ¶79
    Query(
        "which Vietnamese prime minister visited Tianjin for the SCO meetings from August 31 to September 1?",
        "362ba691",
        "question",
    ),
    # Topics
    # "The China-Cambodia relations have withstood the test of the shifting international landscape" ¶239; "The
    # Chinese people forged peace with courage and unity, which is truly admirable … combat online gambling" ¶247
    # (Hun Manet's words)
    Query("Cambodia withstood shifting landscape, Hun Manet admirable courage online gambling", "5a5d8582", "topic"),
    # "Cuba was the first country in Latin America to build a bilateral community with a shared future with China"
    # ¶89; "good friends, good comrades and good brothers … Mao Zedong and Fidel Castro Ruz" ¶93
    Query(
        "Cuba first country in Latin America community shared future, Mao Zedong and Fidel Castro Ruz good brothers",
        "d807680a",
        "topic",
    ),
    # "Our ancestors, fathers and grandfathers paid an enormous price for peace and freedom" ¶195; "President
    # Khurelsukh said that it is a priority of Mongolia's foreign policy to maintain permanent good-neighbourly
    # friendship" ¶199
    Query(
        "ancestors paid enormous price, Khurelsukh permanent good-neighbourly friendship priority",
        "c061f0a1",
        "topic",
    ),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "On the evening of September 4 … Xi Jinping held talks … with … Kim Jong Un" (eca32116 ¶223); no hour, no end
    "what time did Xi's talks with Kim Jong Un end on September 4?",
    # Mnangagwa (faecd2e1 ¶5, ¶11): no family named anywhere
    "Zimbabwe Mnangagwa daughter name",
    # Robert Fico (faecd2e1 ¶13, ¶19); Slovakia was "the only member state of NATO and the EU" represented (¶21); no
    # vote
    "Slovak Prime Minister Fico NATO vote",
    # Khurelsukh Ukhnaa (c061f0a1); the Minyuan Stadium is Liddell's, in Tianjin (7ab1f62c ¶291)
    "Khurelsukh Ukhnaa Minyuan Stadium",
    # Colonel Younghusband's donation (ac7222d4 ¶521); the Caracas monument is f78fdcd6's
    "Colonel Younghusband Caracas monument",
    # Hoang Xuan Chien (362ba691 ¶77); the Shandan Bailie School is Hogg's (ac7222d4 ¶483, ¶501)
    "Hoang Xuan Chien Shandan Bailie School",
    # Almaty is not in the corpus; the 2025 SCO summit was in Tianjin (9e49ddff, 26d64f12, 20f574be ¶173)
    "Almaty SCO summit 2025",
    # "una visita de diez días a cinco ciudades" (dde32893 ¶301); dollars only as "cantidades de dólares" (¶317); no
    # cost of the trip
    "¿cuántos dólares costó el viaje de diez días de la delegación?",
    # Ivan Melnikov met Liu Qibao in Khabarovsk (054ef6fb line 6); Fudan University is the delegates' (6710eba1 ¶541)
    "Ivan Melnikov Fudan University",
    # Vladivostok is not in the corpus; the memorial complex is near Khabarovsk (054ef6fb line 12), the memorial sites
    # in Russia unnamed (097182f6)
    "Vladivostok memorial complex anti-Japanese united army",
    # Kazan is not in the corpus; Xi was in Moscow for the Great Patriotic War's 80th anniversary (b39d8185 line 2,
    # c061f0a1 ¶193)
    "Kazan Victory Day parade Xi Putin",
    # "Who wrote a biography of Eric Liddell?": the only biography is James MacManus's of George Hogg (ac7222d4 ¶489);
    # Liddell's (7ab1f62c) has none
    "Кто написал биографию Эрика Лидделла?",
    # Tokayev (26d64f12 ¶405); Yan'an's revolutionary sites are the delegations' (dde32893 ¶315, 6710eba1 ¶535/557)
    "Tokayev Yan'an revolutionary sites",
    # King Norodom Sihamoni (5a5d8582) in Chinese characters; Stamford Bridge is the Minyuan Stadium's model (7ab1f62c
    # ¶291)
    "西哈莫尼 斯坦福桥",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "the artist Harrison Weir held the first proper cat show" ¶5; "founded at a meeting in the Swan Hotel on 27 August
    # 1921" ¶18
    Query("Harrison Weir Swan Hotel 1921", "49eb6cf5", "cross-paragraph"),
    # "Mrs Audrey Brimstock, who was in the very first class, will cut the cake" ¶13; "Carol service: Tuesday 15
    # December at 2pm in St Oswin's church" ¶8
    Query("Audrey Brimstock St Oswin's carol service", "c227dbff", "cross-paragraph"),
    # "the chairman of the district council, Mr Rupert Hebblewhite" ¶6; "Pettifer's in Bridge Street is showing the
    # new portable wireless sets" ¶13
    Query("Rupert Hebblewhite Pettifer's portable wireless", "b9729ef0", "cross-paragraph"),
    # "Bloomsbury printed just 500 hardback copies" ¶7; "a man at a car boot sale in Inglestone" ¶11; "the first film
    # at the Inglestone Plaza" ¶12
    Query("Bloomsbury 500 hardback copies Inglestone Plaza car boot sale", "d067f9e2", "cross-paragraph"),
    # "the trawler Nerine came into East London" ¶3; "a second coelacanth was caught off the Comoros, and Threlkeld …
    # brought home a plaster cast of it" ¶10
    Query("trawler Nerine Threlkeld Comoros plaster cast", "8ff07be6", "cross-paragraph"),
    # "He met Phyllida Pilling at a church social" ¶9; "the Palace cinema, whose fire on 3 February 1962" ¶10; "a
    # bicycle with a toolbag strapped to the handlebars" ¶16
    Query("Phyllida Pilling Palace cinema fire toolbag handlebars", "87d9ca9a", "cross-paragraph"),
    # "Waxcap survey of the Long Meadow" ¶14; "Photography foray … Bring a tripod" ¶15; "dogs cannot come on forays"
    # ¶23
    Query("waxcap survey Long Meadow tripod dogs", "30b3d025", "cross-paragraph"),
    # "Nominations … to Jean Quilliam" ¶7; "Sussex tour" ¶16; "founded in 1976 by eleven mothers from the Quenwick
    # school run" ¶22
    Query("Jean Quilliam eleven mothers school run Sussex tour", "26b4dddb", "cross-paragraph"),
    # "the Mayor, Cllr Joyce Edmundson" ¶9; "given to the town by the brewer Josiah Cantrell" ¶18; "the press office"
    # ¶20 (56272447 ¶11 has the brewer too, but not the mayor)
    Query("Joyce Edmundson brewer Josiah Cantrell press office", "c4576a6c", "cross-paragraph"),
    # "more than 55,000 people at Shea Stadium" ¶8; "Lorna Pendlebright, who was a nanny in New Jersey" ¶10; "The
    # Mopheads' drummer, Callum Wragge, 17" ¶13
    Query("Lorna Pendlebright Callum Wragge Shea Stadium", "56117505", "cross-paragraph"),
    # "junto a una foto firmada por el escritor … los periódicos de Arequipa" ¶9; "el alcalde, don Teodoro Huamaní"
    # ¶16; "la actual bibliotecaria, Rosa Ticona Apaza" ¶18
    Query("Teodoro Huamaní Rosa Ticona foto firmada periódicos", "b9629b4c", "cross-paragraph"),
    # "с заводского аэродрома в Комсомольске-на-Амуре" ¶5; "Виталий Сергеевич Пастухов" ¶7; "Авиамодельный кружок
    # техникума" ¶22
    Query("Пастухов Комсомольск-на-Амуре авиамодельный кружок", "0d075c71", "cross-paragraph"),
    # 邓小平同志来到中国科学院高能物理研究所视察 ¶6; 社团指导教师周明远 ¶8; 社团负责人、高二学生林子墨 ¶19
    Query("周明远 林子墨 邓小平", "bb5bfe39", "cross-paragraph"),
    # Word forms
    # "Weir drew up the classes himself and wrote the points by which the cats were judged" ¶5 (drew → draws, wrote →
    # writes; "draws" is in c227dbff ¶6, "As the term draws to a close")
    Query("Harrison Weir draws up the classes and writes the points", "49eb6cf5", "word-form"),
    # "She took the fish back to her museum in a taxi" ¶4 (took → taking, irregular)
    Query("Courtenay-Latimer taking the fish to her museum in a taxi", "8ff07be6", "word-form"),
    # "tuned his first piano at the age of twelve" ¶8 (tuned → tunes)
    Query("Hartley Ingledew tunes his first piano at twelve", "87d9ca9a", "word-form"),
    # "the comedian Ernie Wise made Britain's first mobile phone call" ¶16 (made → making, irregular)
    Query("Ernie Wise making Britain's first mobile phone call", "9d479cfb", "word-form"),
    # "President Herbert Hoover pressed a button in Washington" ¶10 (pressed → pressing)
    Query("Herbert Hoover pressing a button in Washington", "7630ec41", "word-form"),
    # "Свой рабочий дневник тех дней он передал в музей техникума" ¶7 (передал → передаёт)
    Query("Пастухов передаёт рабочий дневник в музей техникума", "0d075c71", "word-form"),
    # "el viernes 10 de diciembre recibió la medalla y el diploma" ¶8; "leyó en Estocolmo" ¶8 (recibió → recibe)
    Query("Vargas Llosa recibe la medalla y el diploma en Estocolmo", "b9629b4c", "word-form"),
    # "The Beatles had landed at New York's newly renamed Kennedy airport … to thousands of screaming fans" ¶6 (landed
    # → landing)
    Query("the Beatles landing at Kennedy airport to screaming fans", "56117505", "word-form"),
    # "Godtfred Kirk Christiansen filed the Danish patent for the Lego brick" ¶3 (filed → filing)
    Query("Godtfred Kirk Christiansen filing the Danish patent for the Lego brick", "998458a9", "word-form"),
    # "Mrs Pendlebright, now 71, sat in the front row tonight with the letter in her handbag" ¶12 (sat → sitting,
    # irregular)
    Query("Mrs Pendlebright sitting in the front row with the letter in her handbag", "56117505", "word-form"),
    # Another script or romanisation
    # "On 13 July 1871 the artist Harrison Weir held the first proper cat show at the Crystal Palace in London" ¶5
    Query("Харрисон Уэйр Лондон 1871", "49eb6cf5", "translit"),
    # "Marjorie Courtenay-Latimer" ¶4/17, "East London" ¶3/7 and "Aldous Threlkeld" ¶7 in Cyrillic
    Query("Марджори Кортни-Латимер, Ист-Лондон и Трелкелд", "8ff07be6", "translit"),
    Query("Годтфред Кирк Кристиансен Лего", "998458a9", "translit"),  # "Godtfred Kirk Christiansen … Lego brick" ¶3
    # "Ernie Wise … from St Katharine Docks in London to the offices of Vodafone in Newbury" on "1 January 1985" ¶16
    Query("Эрни Уайз, Сент-Катаринс-Докс, Ньюбери, 1985", "9d479cfb", "translit"),
    # "President Herbert Hoover … the lights of the Empire State Building" ¶10
    Query("Герберт Гувер Эмпайр-стейт-билдинг", "7630ec41", "translit"),
    # "George Allen & Unwin published The Fellowship of the Ring, the first part of J. R. R. Tolkien's" ¶16
    Query("托尔金 艾伦·昂温", "c1e518d5", "translit"),
    # "after The Beatles first played on The Ed Sullivan Show" ¶2
    Query("披头士 埃德·沙利文", "56117505", "translit"),
    # "Mario Vargas Llosa, nacido en Arequipa" ¶5
    Query("巴尔加斯·略萨 阿雷基帕", "b9629b4c", "translit"),
    # "Виталий Сергеевич Пастухов" ¶7; "в Комсомольске-на-Амуре" ¶5, in Latin letters
    Query("Vitaly Sergeyevich Pastukhov Komsomolsk-na-Amure", "0d075c71", "translit"),
    Query("Zhou Mingyuan Lin Zimo", "bb5bfe39", "translit"),  # 周明远 ¶8/11/14, 林子墨 ¶19 in pinyin
    Query("Чжоу Минъюань Дэн Сяопин", "bb5bfe39", "translit"),  # 周明远 ¶8, 邓小平 ¶6 in Cyrillic
    # accents dropped: "doña Eufemia Cárdenas Ruelas" ¶7
    Query("Eufemia Cardenas Ruelas", "b9629b4c", "translit"),
    # Russian
    # "в музее техникума открывается выставка «Как рождается самолёт»" ¶11
    Query("выставка «Как рождается самолёт»", "0d075c71", "russian"),
    # "техникум провёл первый городской конкурс авиамоделистов" ¶13; "В этом году конкурс пройдёт 26 и 27 мая" ¶14
    Query("конкурс авиамоделистов 26 и 27 мая", "0d075c71", "russian"),
    # "«Я и сейчас помню, как мы стояли у полосы и не дышали»" ¶18
    Query("мы стояли у полосы и не дышали", "0d075c71", "russian"),
    # Spanish
    # "el 5 y 6 de noviembre se darán talleres de escritura para jóvenes" ¶12; "las plazas son solo veinte" ¶13
    Query("talleres de escritura el 5 y 6 de noviembre, solo veinte plazas", "b9629b4c", "spanish"),
    Query("repicaron las campanas de la iglesia", "b9629b4c", "spanish"),  # ¶7
    # "La exposición «Diez años de un Nobel peruano» … uso obligatorio de mascarilla" ¶14
    Query("Diez años de un Nobel peruano, uso obligatorio de mascarilla", "b9629b4c", "spanish"),
    # Chinese
    Query("粒子物理开放日", "bb5bfe39", "chinese"),  # 社团还将举办"粒子物理开放日" ¶15
    Query("全市青少年科技创新大赛", "bb5bfe39", "chinese"),  # 社团将派代表参加全市青少年科技创新大赛 ¶16
    Query("中国必须在世界高科技领域占有一席之地", "bb5bfe39", "chinese"),  # 邓小平 ¶6
    # Mentions and zero-width spaces
    # "'Mr Weir's Cats', an illustrated talk by Dr Anstice Maybury" ¶10
    Query("<@1871> Dr Anstice Maybury\u200b Mr Weir's Cats", "49eb6cf5", "mention-noise"),
    # "Sallerby's bookshop, Quire and Spine … its Middle-earth window" ¶18
    Query("@everyone Quire and Spine\u200b Middle-earth window", "c1e518d5", "mention-noise"),
    # "the Tollerdyke Mopheads" ¶4; "at the Tollerdyke Working Men's Club" ¶16
    Query("<#404> Tollerdyke Mopheads\u200b Working Men's Club", "56117505", "mention-noise"),
    # Typos
    Query("Harpenmor coelacanht", "8ff07be6", "typo"),  # "HARPENMOOR" ¶1, "coelacanth" ¶5/10 (1 edit, 2 swapped)
    Query("Quenwik stoolbal", "26b4dddb", "typo"),  # "QUENWICK STOOLBALL CLUB" ¶1
    Query("Morthwait mushrom forays", "30b3d025", "typo"),  # "MORTHWAITE WOODS MUSHROOM FORAYS" ¶1
    # Names
    Query("Bridget Loakes", "49eb6cf5", "name"),  # "the secretary, Mrs Bridget Loakes" ¶23
    Query("Derek Mallins", "9d479cfb", "name"),  # "Its founder, Derek Mallins, still runs it" ¶17
    Query("Brenda Sallis", "56117505", "name"),  # "The Assembly Rooms' manager, Brenda Sallis" ¶18
    # Phrases
    Query("We sold eleven phones in the whole of the first year", "9d479cfb", "phrase"),  # ¶18
    Query("It smells dreadful, and they are having it stuffed", "8ff07be6", "phrase"),  # Threlkeld's letter, ¶8
    # "the first printing has a line of numbers running from 10 down to 1" ¶20
    Query("the first printing has a line of numbers running from 10 down to 1", "d067f9e2", "phrase"),
    # Questions
    # "At noon on Tuesday 16 April the Mayor, Cllr Joyce Edmundson, will turn the same brass tap" ¶9
    Query("when will Joyce Edmundson turn the brass tap?", "c4576a6c", "question"),
    # "The Fountain Fund, which raised £17,400 in all" ¶12 (fba64479 ¶3 has the £17,000 target and £9,000 raised by
    # 1989, not the total)
    Query("how much did the Sallerby Fountain Fund raise in all?", "56272447", "question"),
    # "The Jubilee Fountain … ran again at noon on Saturday 16 April … as more than two thousand people cheered" ¶9
    Query("how many people cheered when the Jubilee Fountain ran again?", "56272447", "question"),
    # "the Championship Show, with 120 cats in 14 classes" ¶15
    Query("how many cats are in the Cotterwell Championship Show?", "49eb6cf5", "question"),
    # "each walk costs £4 (children free)" ¶18
    Query("what does a Morthwaite mushroom foray cost?", "30b3d025", "question"),
    # "Marjorie Courtenay-Latimer lived to see the sixtieth anniversary of her fish" ¶17
    Query("which anniversary of her fish did Marjorie Courtenay-Latimer live to see?", "8ff07be6", "question"),
    # "on Thursday 26 June 1997, a small London publisher put out a first novel" ¶6; "Bloomsbury printed just 500
    # hardback copies of Harry Potter and the Philosopher's Stone" ¶7
    Query("when did Bloomsbury publish Harry Potter and the Philosopher's Stone?", "d067f9e2", "question"),
    # Topics
    # "Fifty years ago today, on 29 July 1954, George Allen & Unwin published The Fellowship of the Ring" ¶16;
    # "Sallerby's bookshop, Quire and Spine" ¶18
    Query("Tolkien Fellowship of the Ring fifty years Sallerby bookshop", "c1e518d5", "topic"),
    # "FORTY YEARS OF THE LITTLE BRICK" ¶2; "filed the Danish patent for the Lego brick" ¶3; "Pottinger's toyshop …
    # a building table in its window" ¶4
    Query("Lego brick patent forty years toyshop building table", "998458a9", "topic"),
    # "SEVENTY-FIVE YEARS OF THE EMPIRE STATE" ¶9; "the lights of the Empire State Building came on" ¶10
    Query("Empire State Building lights seventy-five years", "7630ec41", "topic"),
    # "Four sixth-formers … filled the stage of the Tollerdyke Assembly Rooms tonight, fifty years to the night after
    # The Beatles first played on The Ed Sullivan Show" ¶2
    Query("Beatles Ed Sullivan Show fifty years Tollerdyke sixth-formers", "56117505", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Derek Mallins runs the mobile phone shop (9d479cfb ¶17); the Lego brick is another cutting's (998458a9)
    "Derek Mallins Lego brick",
    # Gertrude Tapley saw the Empire State lit up (7630ec41 ¶11); Vodafone is the mobile call's (9d479cfb ¶16)
    "Gertrude Tapley Vodafone",
    # Winnie Applegarth chairs the Fountain Fund in 1989 (fba64479 ¶4); the Tolkien reading group is the library's
    # (c1e518d5 ¶19)
    "Winnie Applegarth Tolkien reading group",
    # Audrey Brimstock cuts Crimbleford's birthday cake (c227dbff ¶13); the Deep Time gallery is Harpenmoor's
    # (8ff07be6 ¶12)
    "Audrey Brimstock Deep Time gallery",
    # Rupert Hebblewhite opened the Cope Street baths (b9729ef0 ¶6); the cat show is Cotterwell's (49eb6cf5)
    "Rupert Hebblewhite cat show",
    # Callum Wragge drums for the Mopheads (56117505 ¶13); the lost cup final is Quenwick's (26b4dddb ¶18)
    "Callum Wragge stoolball cup final",
    # Jean Quilliam is the stoolball club's (26b4dddb ¶7–23); the forays are Morthwaite's (30b3d025)
    "Jean Quilliam mushroom foray",
    # Anstice Maybury talks on Weir's cats (49eb6cf5 ¶10); Harry Potter is the blog's (d067f9e2)
    "Anstice Maybury Harry Potter",
    # Meriel Oakshott talks on the coelacanth (8ff07be6 ¶15); the Beatles exhibition is Tollerdyke's (56117505 ¶15)
    "Meriel Oakshott Beatles exhibition",
    # Hartley Ingledew (87d9ca9a); the skyscraper photographs are the Inglestone Camera Club's (7630ec41 ¶12)
    "Hartley Ingledew skyscraper photographs",
    # Joyce Edmundson is Sallerby's mayor (c4576a6c ¶9); the Beatles records are lent in Tollerdyke (56117505 ¶15)
    "Cllr Joyce Edmundson Beatles records",
    # 周明远 (bb5bfe39 ¶8); the Nobel Prize in Literature is Vargas Llosa's (b9629b4c ¶5)
    "周明远 诺贝尔文学奖",
    # "the Mayor threw the switch" (b9729ef0 ¶16); not named
    "who was the Mayor of Dunshallow who threw the switch for the electric lamps?",
    # "a carter was fined five shillings for leaving his horse unattended in Sheep Street" (b9729ef0 ¶18); not named
    "what was the name of the carter fined for leaving his horse in Sheep Street?",
    # "Dunshallow Rovers lost 3-1 at home to Kettering" (b9729ef0 ¶8); no scorer
    "who scored for Dunshallow Rovers in the 3-1 home defeat by Kettering?",
    # "a birthday tea that Thursday afternoon" (c227dbff ¶13); no hour
    "what time does the Crimbleford birthday tea start?",
    # "The centenary dinner is on Saturday 28 August … Tickets from the secretary" (49eb6cf5 ¶20); no price
    "how much is a ticket for the Cotterwell Cat Club centenary dinner on 28 August?",
    # "the President's XI against the Rest" (26b4dddb ¶13); no president named
    "who is the president of the Quenwick Stoolball Club?",
    # the Town Hall model "will be shown … and then raffled" (998458a9 ¶5); only last year's lifeboat raised £312 (¶6)
    "how much did the Lego model of Inglestone Town Hall raise in the raffle?",
    # the dealer brings a first printing to the Crimbleford Book Fair; "The price will be far beyond me" (d067f9e2
    # ¶15–16); no price (the two pounds of ¶11 was another copy, at a car boot sale)
    "what price did the dealer's first printing fetch at the Crimbleford Book Fair?",
    # "the Mayor of Harpenmoor opens at 11am" (8ff07be6 ¶12); not named
    "who was the Mayor of Harpenmoor who opened the Deep Time gallery?",
    # "the trawler Nerine came into East London" (8ff07be6 ¶3); no skipper or captain
    "who captained the Nerine when it brought the fish into East London?",
    # the first flight (0d075c71 ¶5–8); no passengers counted
    "Сколько пассажиров было на борту «Суперджета» в первом полёте?",
    # "как обещает директор техникума" (0d075c71 ¶14); not named
    "Как зовут директора авиационного техникума?",
    # the library lends his books (b9629b4c ¶18); no count
    "¿Cuántos libros de Vargas Llosa tiene la biblioteca de Quillapata?",
    # "esa misma tarde se leyó en voz alta, en la plaza, el primer capítulo" (b9629b4c ¶7); the reader is not named
    "¿Quién leyó en voz alta el primer capítulo en la plaza?",
    # the club (bb5bfe39 ¶20) will send representatives to a contest next year (¶16); no prize won
    "松坞镇中学物理社团 获得过 什么 奖",
    # 周明远 "1988年正在高能所读研究生" (bb5bfe39 ¶8); no supervisor named
    "周明远 读研究生 导师 是谁",
    # "His long-playing record of hymns … sold more than two thousand copies" (87d9ca9a ¶11); no price
    "what did Hartley Ingledew's record of hymns cost?",
    # Gertrude Tapley "was working as a nanny in Manhattan" (7630ec41 ¶11); no hotel (the corpus's only hotel is the
    # Swan, 49eb6cf5 ¶18)
    "which hotel did Gertrude Tapley stay at in Manhattan?",
    # "The band will play the set again on Saturday 15 February at the Tollerdyke Working Men's Club … Tickets for the
    # club night on the 15th are £6" (56117505 ¶16–17); no hour
    "at what hour does the Tollerdyke band's Saturday 15 February show begin?",
    # "the first proper cat show at the Crystal Palace" (49eb6cf5 ¶5); no number of cats (the 120 of ¶15 are
    # Cotterwell's)
    "how many cats were shown at the Crystal Palace in 1871?",
    # Thirsk is not in the corpus; the Jubilee Fountain is Sallerby's (c4576a6c, fba64479, 56272447)
    "Thirsk Jubilee Fountain restoration",
    # Inverness is not in the corpus; the mushroom forays are Morthwaite's (30b3d025)
    "Inverness mushroom forays",
    # Cusco is not in the corpus; the tribute is Quillapata's, and the mayor's homenaje is next year's (b9629b4c ¶16)
    "homenaje de Cusco al Nobel de Vargas Llosa",
    # Irkutsk is not in the corpus; the first flight left Komsomolsk-on-Amur (0d075c71 ¶5)
    "Иркутск «Суперджет» первый полёт",
    # Hefei is not in the corpus; the collider is Beijing's, the commemoration Songwu's (bb5bfe39)
    "合肥 对撞机 纪念活动",
    # Tollerton is not in the corpus (four edits from Tollerdyke, whose Mopheads play the Beatles' set, 56117505)
    "Tollerton Beatles tribute night",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind127/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
