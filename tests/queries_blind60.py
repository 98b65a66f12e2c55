"""A sixtieth lookup query set, for tuning ranking (written in the twenty-ninth round): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and
once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind59.py and
  tests/queries_blind61.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, a few stop words left out)
  with every earlier query, and with the earlier queries of this set, while the set was being written;
  a query sharing more than half of its words with any one of them was replaced. The seeds have been
  queried some seven and a half thousand times by now, so most of these seed queries join passages or
  names that no earlier query joined, or use passages no earlier query used, and well over half of the
  first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind72/docs, copied as ONE
  corpus into a subfolder blind72/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and
Chinese names, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3
(1–2 edits a word), name 2 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3: 35 + 48 answerable, and
20 + 30 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won, built or formed something, who was an architect, a captain or a conductor; when someone became
prime minister, became a manager or took over a post office; how many, how long, what time, what it
cost, which hotel, what a wife, a boat, a film or a bus driver was called, whether a match was won); a
place the corpus does not hold but spelled close to one it does (two or more edits from anything real in
it); Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in
another script for some of the seeds' ones), and every article holding those words was read to confirm
that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind72/docs/* into ONE temporary
# corpus folder under the subfolder blind72/: files are then "blind72/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind72/docs",)
NEWDOCS_SUBDIRS = ("blind72",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "b7c8af84": "Plaque marks thirty years since the Ashlar Mill fire",
    "dac681cd": "CASKFORD ARBORETUM 125",
    "cc540870": "THE CASKFORD MERCURY",
    # en_corvenby_chronicle_digest.txt, split by the loader: the header (¶1–2), the mill fire (¶5–12), the by-pass
    # (¶15–21), the river walls (¶24–30); the "-----" rules (¶4, ¶14, ¶23) belong to none of them and do not come
    # out as articles of their own
    "f4c97439": "CORVENBY CHRONICLE",
    "478bb70e": "ASHLAR MILL GUTTED IN NIGHT BLAZE",
    "62c29f61": "BY-PASS OPENS AT LAST",
    "8749b213": "RIVER WALLS FINISHED AHEAD OF WINTER",
    "5d3103ce": "DUNMARROW AND DISTRICT GAZETTE",
    "165497ed": "GRIMDALE CAVING CLUB",
    # en_halmstead_post_digest.txt, split by the loader: the header (¶1–2), the cricket ground (¶5–11), the post
    # office (¶14–20), the footbridge (¶23–28); the "=====" rules (¶4, ¶13, ¶22) belong to none of them
    "a65c2cd2": "THE HALMSTEAD POST",
    "34be4524": "CRICKET GROUND SAVED FOR THE VILLAGE",
    "e9ea5634": "POST OFFICE TO CLOSE AFTER 120 YEARS",
    "84463a99": "FOOTBRIDGE BACK IN USE AFTER STORM",
    "bb3d4780": "THE WESTDALE ECHO",
    "1132a63b": "LOXWELL WOOL MILL",
    "36d1de2a": "MADDLETON EVENING POST",
    "5983ef25": "RUBBER KEYS AND CASSETTE TAPES",
    "c6cffe88": "THE NORTH SHORE JOURNAL",
    "25f69705": "EL HERALDO DE LA VEGA",
    "a51f6425": "ВЕТЛУЖАНСКИЙ ВЕСТНИК",
    "89094863": "檀溪日报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Eric Liddell" ¶275/283–287/291; "Born in 1902 to Scottish missionary parents" ¶289 (without the name);
    # "we extend our deepest condolences to the families of Scots" ¶281
    Query("Liddell born 1902 deepest condolences", "7ab1f62c", "cross-paragraph"),
    # "the celebration of the 50th anniversary of the establishment of the Lao PDR" ¶165; "the operation of the
    # China-Laos Railway … defence, law enforcement and security" ¶139/179
    Query("Lao PDR 50th anniversary China-Laos Railway law enforcement", "20f574be", "cross-paragraph"),
    # "the absence of Prime Minister Narendra Modi" ¶451; "The Bloomberg financial news service … 'Tariff
    # blackmail is being normalised'" ¶463
    Query("Narendra Modi absence Bloomberg tariff blackmail", "e065690c", "cross-paragraph"),
    # "held on September 3 in Beijing's Tienanmen Square" ¶377; "follow Marxism-Leninism" ¶383; "Xi hosted a
    # lunch in the Great Hall of the People" ¶385 (eca32116 ¶219/223 has Tienanmen and the Great Hall, no lunch)
    Query("lunch Great Hall Marxism-Leninism Tienanmen Square", "38a7d84f", "cross-paragraph"),
    # "although Hungary and Bulgaria also sent senior representatives" ¶21; "will soon benefit from China's
    # zero-tariff treatment" ¶25
    Query("Hungary Bulgaria senior representatives zero-tariff treatment", "faecd2e1", "cross-paragraph"),
    # Word forms: the text has another form
    # "The Chinese and Russian peoples fought side by side and forged an unbreakable great friendship with blood"
    # line 7 (fought → fighting, irregular; forged → forging; "fighting side by side" is 0e5d6094's ¶263, of China
    # and Belarus, "after fighting a bitter and heroic war" 38a7d84f's ¶387, "Forging Ahead" e065690c's ¶449)
    Query("Chinese and Russian peoples fighting side by side, forging friendship with blood", "424ab945", "word-form"),
    # "his department is actively gathering and verifying information to ensure their protection" line 4
    # (gathering → gathers, verifying → verifies; neither form is in the corpus)
    Query("department gathers and verifies information on memorial sites", "097182f6", "word-form"),
    # "he was accorded a warm and friendly reception by the King and the Cambodian people" ¶239 (accorded → accords)
    Query("King Sihamoni accords Xi a warm and friendly reception", "5a5d8582", "word-form"),
    # "They arrived in Yan'an with greatly depleted numbers" ¶557 (arrived → arriving; "Arriving" is eca32116's
    # ¶221, of Kim Jong Un in Beijing)
    Query("communist forces arriving in Yan'an with greatly depleted numbers", "6710eba1", "word-form"),
    # Another script or romanisation
    # "Ken Hammond (Historian and China scholar)" ¶363; "Radhika Desai (International Manifesto Group), Moderator"
    # ¶369, in Cyrillic
    Query("Кен Хэммонд Радхика Десаи", "d89fdf72", "translit"),
    # accents dropped: "United Nations Secretary General António Guterres" ¶405/407; "Kazakhstan President
    # Kassym-Jomart Tokayev" ¶405
    Query("Antonio Guterres Kassym-Jomart Tokayev", "26d64f12", "translit"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker, whose expertise in radio engineering" ¶501, in Chinese
    # characters
    Query("迈克尔·林赛", "ac7222d4", "translit"),
    # "President Nicolás Maduro Moros" ¶45 (Nicolás Maduro ¶33/53), in Chinese characters as Xinhua writes him
    Query("尼古拉斯·马杜罗·莫罗斯", "f78fdcd6", "translit"),
    # "the former camp … near Khabarovsk" line 12 (also line 6); "the Russian World War II veteran Lev Abramov" line
    # 14, in Chinese characters
    Query("哈巴罗夫斯克 列夫·阿布拉莫夫", "054ef6fb", "translit"),
    # Russian (names written in Cyrillic)
    # "Iranian President Masoud Pezeshkian" and "the absence of Prime Minister Narendra Modi" ¶451
    Query("Масуд Пезешкиан и Нарендра Моди", "e065690c", "russian"),
    # the Hanoi guests: "Thongloun Sisoulith, General Secretary of the Lao People's Revolutionary Party" ¶153 and
    # "Samdech Techo Hun Sen, President of the Cambodian People's Party" ¶154 (5a5d8582's Hun is Hun Manet)
    Query("Тонглун Сисулит и Хун Сен", "20f574be", "russian"),
    # Spanish
    # "cómo podemos rebatir mejor las narrativas negativas y las mentiras estilo Guerra Fría" ¶309
    Query("rebatir mejor las narrativas negativas y las mentiras estilo Guerra Fría", "dde32893", "spanish"),
    # "los aeropuertos donde solo te paras frente a una cámara y te muestra toda la información de tu puerta de
    # embarque y vuelo" ¶329
    Query("te muestra toda la información de tu puerta de embarque y vuelo", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # George Hogg ¶477/483 (乔治·何克, as Chinese papers write him) and "the legendary Chinese communist Chen Hansheng"
    # ¶491
    Query("乔治·何克 陈翰笙", "ac7222d4", "chinese"),
    # "Egyptian President Abdel Fattah El-Sisi" and "Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451 (26d64f12's
    # Egyptian is Prime Minister Madbouly)
    Query("阿卜杜勒-法塔赫·塞西 哈立德", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Jodie Evans (Co-founder of Code Pink)" ¶365; "KJ Noh (Journalist, writer and educator)" ¶368
    Query("<@99> KJ Noh\u200b Code Pink", "d89fdf72", "mention-noise"),
    # "Reporting the grand ceremony, Nhân Dân, noted that international guests included" ¶151; "Igor Sergeenko,
    # Speaker of the House of Representatives of Belarus" ¶157
    Query("<#31> Nhân Dân\u200b Igor Sergeenko", "20f574be", "mention-noise"),
    # Typos (1–2 edits)
    Query("Shavkat Mirzijojev", "3a9fa4ed", "typo"),  # "Uzbek President Shavkat Mirziyoyev" ¶207 (2 edits)
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/197 (1 edit + 1 edit)
    Query("Khurelsuh Ukhna", "c061f0a1", "typo"),
    # "Queen Mother Norodom Monineath Sihanouk" ¶235/239/241 (1 edit + 1 edit)
    Query("Moniniath Sihanuk", "5a5d8582", "typo"),
    # Names
    # "Vietnamese Prime Minister Pham Minh Chinh visited Tianjin" ¶79; "Deputy Minister of National Defence Sen. Lt.
    # Gen. Hoang Xuan Chien" ¶77
    Query("Pham Minh Chinh Hoang Xuan Chien", "362ba691", "name"),
    # "the 2008 publication of James MacManus's biography, 'Ocean Devil'" ¶489; "Her father, Arthur Clegg" ¶515/519
    # (d89fdf72 ¶366 has Jenny Clegg only)
    Query("James MacManus Arthur Clegg", "ac7222d4", "name"),
    # Phrases
    # Anna May Wong: "We have our own virtues. We have our rigid code of behaviour, of honour." ¶119
    Query("we have our rigid code of behaviour, of honour", "ccf1d4fa", "phrase"),
    # the CPGB's resolution: "The cause of peace throughout the world depends to a considerable extent upon the
    # success of the heroic Chinese people" ¶509
    Query("the cause of peace throughout the world depends to a considerable extent", "ac7222d4", "phrase"),
    # Questions
    # "Egypt was the first Arab and African country to establish diplomatic relations with the People's Republic of
    # China" ¶411
    Query(
        "which was the first Arab and African country to establish diplomatic relations with China?",
        "26d64f12",
        "question",
    ),
    # "the first time for a DPRK leader to review a military parade in China since founding President Kim Il Sung
    # participated in the 1959 tenth anniversary celebrations" ¶219
    Query(
        "before Kim Jong Un, when had a DPRK leader last reviewed a military parade in China?",
        "eca32116",
        "question",
    ),
    # "visited the site of the former camp of the North-eastern anti-Japanese united army near Khabarovsk, where he
    # familiarized with the works on the construction of the memorial complex" line 12
    Query("on what site is the memorial complex near Khabarovsk under construction?", "054ef6fb", "question"),
    # Topics
    # "the Joint Statement between the People's Republic of China and the Republic of Cuba … cooperation documents in
    # such fields as Belt and Road cooperation, … and artificial intelligence" ¶91
    Query("Cuba China joint statement Belt and Road artificial intelligence", "d807680a", "topic"),
    # Putin: "The Soviet Union and China were the main battlefields in the fight against fascism and militarism"
    # line 11; the joint statement's summary says the same of "the main theatres of war" (b39d8185 line 34)
    Query(
        "Soviet Union and China main battlefields against fascism and militarism",
        "424ab945",
        "topic",
        also=("b39d8185",),
    ),
    # "These were the biggest gatherings to date in the SCO's quarter century history" ¶427; 26d64f12 ¶403 opens on
    # "the largest ever gathering of the quarter century old Shanghai Cooperation Organisation (SCO) in Tianjin"
    Query("SCO quarter century history biggest gatherings", "9e49ddff", "topic", also=("26d64f12",)),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "held on September 3 in Beijing's Tienanmen Square, just prior to the commencement of the military parade"
    # (38a7d84f ¶377); eca32116 ¶219 and 362ba691 ¶73/77 (Hanoi) give no hour either
    "what time did the military parade in Tienanmen Square begin?",
    # Jodie Evans, a webinar speaker (d89fdf72 ¶365); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Jodie Evans Minyuan Stadium",
    # Keith Bennett presented a paper at a symposium (ac7222d4 ¶475–477); "Ocean Devil" is James MacManus's
    # biography of Hogg (¶489), which nobody reviews; the one review is David Horsley's, of a film season (ccf1d4fa)
    "Keith Bennett review of Ocean Devil",
    # Lukashenko met Xi in Tianjin (0e5d6094 ¶263–265); the military parades are Beijing's and Hanoi's; no Minsk
    "Lukashenko Minsk military parade",
    # Twm Draper co-wrote the delegation's report (6710eba1 ¶533); the Edinburgh Consulate-General is 7ab1f62c's
    # (¶273)
    "Twm Draper Edinburgh consulate",
    # Chen Weihua, "Former EU bureau chief of China Daily" (d89fdf72 ¶364); Xi's Buckingham Palace speech is
    # ac7222d4's (¶479)
    "Chen Weihua Buckingham Palace",
    # "written by Callum Norris and Twm Draper of the Young Communist League of Britain" (6710eba1 ¶533); no newspaper
    # (the corpus's newspapers are Nhân Dân, 20f574be ¶145, and the Daily Worker, ac7222d4 ¶507)
    "which newspaper did Callum Norris write for?",
    # Arthur Clegg's daughter is Jenny Clegg (ac7222d4 ¶513–515); no wife is named (the one wife is Peng Liyuan,
    # 5a5d8582 ¶237)
    "what was the name of Arthur Clegg's wife?",
    # "Born in 1902 to Scottish missionary parents" (7ab1f62c ¶289); no children
    "how many children did Eric Liddell have?",
    # Xi's speech was entitled "Forging Ahead in Solidarity and Cooperation" (e065690c ¶449); Lula is quoted (¶463–465)
    # but his speech has no title
    "what was the title of Lula's speech at the BRICS virtual summit?",
    # "At noon Xi met with Slovak Prime Minister Robert Fico" (faecd2e1 ¶13–19); no date of taking office
    "when did Robert Fico become prime minister of Slovakia?",
    "Curacao oil refinery",  # Curaçao is 2 edits from Caracas (f78fdcd6); no oil or refinery anywhere
    # Yunnan is 2 edits from Yan'an, "la cuna de la revolución" (dde32893 ¶315) and the end of the Long March
    # (6710eba1 ¶557); the corpus has no Yunnan
    "Yunnan revolutionary base",
    # Hainan is 3 edits from Hanoi (362ba691, 20f574be); "free trade" is the China-Pakistan Free Trade Agreement
    # (3a9fa4ed ¶211); no port
    "Hainan free trade port",
    # Lavrov spoke in Wonsan of a monument near Moscow (097182f6 line 7); Khabarovsk is Liu Qibao's visit (054ef6fb)
    "Лавров и Хабаровск",
    "сколько лет было Льву Абрамову?",  # "the Russian World War II veteran Lev Abramov" (054ef6fb line 14); no age
    # "durante 10 días visitamos Xi'an, Yan'an, …" (dde32893 ¶307); "el tren normal también fue genial" (¶329); no
    # journey time
    "¿cuánto tarda el tren normal de Xi'an a Yan'an?",
    # "la bodega de vino techada más grande de Asia" (dde32893 ¶335); the workers built the city "en los años 1950s",
    # and the winery's year is never given
    "¿en qué año se construyó la bodega de vino de JISCO?",
    "马杜罗 纪念碑 高度",  # Maduro (f78fdcd6) in Chinese characters and the monument's height; no size is given
    "卢拉 生日",  # Lula (e065690c ¶451–465) in Chinese characters; no birthday
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "It was unveiled by Edna Gill" ¶7; "the site was bought by the Corven Valley Housing Trust" ¶17; "Mrs Gill has
    # lent the clogs" ¶24 (478bb70e, the 1978 cutting, has none of them)
    Query("Edna Gill Corven Valley Housing Trust clogs", "b7c8af84", "cross-paragraph"),
    # "It won an honourable mention" ¶13; "the curator, Ruth Ollerton" ¶21; "in time for the Golden Jubilee
    # holiday" ¶23 (bb3d4780's Jubilee is the Queen's of 1897)
    Query("Ruth Ollerton honourable mention Golden Jubilee", "5d3103ce", "cross-paragraph"),
    # "Young Tom Fell came off the staging on 29 March but took no harm beyond a broken wrist" ¶11; "His
    # great-granddaughter, Carol Mewse" ¶18
    Query("Tom Fell broken wrist Carol Mewse", "bb3d4780", "cross-paragraph"),
    # "he married Jessie Lamont" ¶11; "Donations may be made to the RNLI; the family's appeal remains open" ¶23
    Query("Jessie Lamont RNLI appeal", "c6cffe88", "cross-paragraph"),
    # "дневник первого начальника вокзала Павла Игнатьевича Дроздова" ¶7; "прогулочный теплоход «Заря»" ¶19
    Query("дневник Дроздова прогулочный теплоход «Заря»", "a51f6425", "cross-paragraph"),
    # "老放映员周建国至今保存着当年的工作日记" ¶8; "并于12月26日首次放映3D影片" ¶17
    Query("周建国 工作日记 3D影片", "89094863", "cross-paragraph"),
    # Word forms
    # "He trained on his milk round, running the last mile of it every morning" ¶10 (trained → training)
    Query("Joe Brindle training on his milk round", "36d1de2a", "word-form"),
    # "Steeplejacks repairing the spire … have found a letter sealed in a bottle" ¶6 (Steeplejacks → steeplejack,
    # found → finding, irregular; "FINDING US" is a heading of 1132a63b, ¶26)
    Query("steeplejack finding a letter sealed in a bottle", "bb3d4780", "word-form"),
    # "Sinclair Research showed the ZX Spectrum to the press in London" ¶7 (showed → shows)
    Query("Sinclair Research shows the ZX Spectrum to the press", "5983ef25", "word-form"),
    # "se repusieron las letras de bronce del frontón" ¶16 (repusieron → reponer, irregular)
    Query("reponer las letras de bronce del frontón", "25f69705", "word-form"),
    # "Реставраторы сохранили лепнину зала ожидания" ¶17 (сохранили → сохраняют)
    Query("реставраторы сохраняют лепнину зала ожидания", "a51f6425", "word-form"),
    # "the ferryman, Harry Culpin, carried more than 900 passengers" ¶22 (carried → carrying)
    Query("the ferryman carrying more than 900 passengers", "cc540870", "word-form"),
    # Another script or romanisation
    Query("Тэм Риддок", "c6cffe88", "translit"),  # "Tam Riddoch, boatbuilder" ¶5 (and ¶7/26) in Cyrillic
    # "signed by Walter Ainsty, mason, of Back Lane" ¶8 (also ¶14/16) in Cyrillic
    Query("Уолтер Эйнсти", "bb3d4780", "translit"),
    Query("Эдна Гилл", "b7c8af84", "translit"),  # "It was unveiled by Edna Gill" ¶7 in Cyrillic
    # "under Joseph Paxton's glass roof" ¶7 in Chinese characters
    Query("约瑟夫·帕克斯顿", "5d3103ce", "translit"),
    Query("乔·布林德尔", "36d1de2a", "translit"),  # "Maddleton milkman Joe Brindle" ¶6 in Chinese characters
    # "директор музея Анна Сергеевна Мельникова" ¶24 in Latin letters
    Query("Anna Sergeevna Melnikova", "a51f6425", "translit"),
    Query("Liu Xiaomei", "89094863", "translit"),  # 影院经理刘晓梅 ¶22 in pinyin
    Query("Ramon Echague", "25f69705", "translit"),  # accents dropped: "obra del arquitecto Ramón Echagüe" ¶7
    # "Notes on old home computers, by Colin Ardrey" ¶2 in Cyrillic
    Query("Колин Ардри", "5983ef25", "translit"),
    # Russian
    Query("музей речного флота и кафе", "a51f6425", "russian"),  # "открылись музей речного флота и кафе" ¶16
    # "у причала должен открыться новый дебаркадер для туристических судов" ¶22
    Query("новый дебаркадер для туристических судов", "a51f6425", "russian"),
    Query("здание с башенкой и часами", "a51f6425", "russian"),  # "Здание с башенкой и часами было открыто" ¶6
    # Spanish
    # "debutó la compañía de comedias de Elvira Santamaría" ¶9
    Query("la compañía de comedias de Elvira Santamaría", "25f69705", "spanish"),
    # "una exposición de carteles y fotografías antiguas" ¶20
    Query("exposición de carteles y fotografías antiguas", "25f69705", "spanish"),
    # "Durante ese tiempo la programación se trasladará a la casa de cultura" ¶25
    Query("la programación se trasladará a la casa de cultura", "25f69705", "spanish"),
    # Chinese
    Query("清代会馆 老樟树", "89094863", "chinese"),  # 影院原址是一座清代会馆，门前有两棵老樟树 ¶12
    Query("贺岁片展映周", "89094863", "chinese"),  # 影院计划推出贺岁片展映周 ¶21
    Query("小学生凭学生证免费入场", "89094863", "chinese"),  # 6月1日和2日为儿童专场，小学生凭学生证免费入场 ¶19
    # Mentions and zero-width spaces
    # "Loxwell Wool Fair, with fleece judging and a spinning race" ¶18
    Query("<@8812> Loxwell Wool Fair\u200b fleece judging", "1132a63b", "mention-noise"),
    # "The Regal cinema in Bridge Street opened its doors on 16 June" ¶17
    Query("@here Regal cinema\u200b Bridge Street", "cc540870", "mention-noise"),
    # "The Mill Lane footbridge reopened yesterday, four days after Storm Ciara tore away part of its railing" ¶26
    Query("<#77> Mill Lane footbridge\u200b Storm Ciara", "84463a99", "mention-noise"),
    # Typos
    Query("Grimdael Caving Club", "165497ed", "typo"),  # "GRIMDALE CAVING CLUB" ¶1 (a transposition)
    # "CRICKET GROUND SAVED FOR THE VILLAGE" ¶5; Halmstead ¶11 (1 edit; a65c2cd2, "THE HALMSTEAD POST", is the
    # digest's header)
    Query("Halmsted cricket ground", "34be4524", "typo"),
    # "DUNMARROW AND DISTRICT GAZETTE" ¶1; "the Great Exhibition" ¶4/6 (1 edit + 1 edit)
    Query("Dunmarow Great Exhibiton", "5d3103ce", "typo"),
    # Names
    Query("Vera Hillier", "e9ea5634", "name"),  # "the postmistress, Mrs Vera Hillier, retires" ¶17
    Query("Irene Dobbs", "62c29f61", "name"),  # "the chairman of the county council, Mrs Irene Dobbs" ¶18
    # Phrases
    Query("the jurors looked long and said little", "5d3103ce", "phrase"),  # ¶11
    # "the find had 'brought the whole village up the tower, in spirit if not in body'" ¶25
    Query("brought the whole village up the tower", "bb3d4780", "phrase"),
    Query("a campaign of hints that would have worn down a saint", "5983ef25", "phrase"),  # ¶10
    # Questions
    # "The great wheel turned for the last time on 30 April 1958, when the last spinner retired" ¶6
    Query("when did the great wheel at Loxwell Mill last turn?", "1132a63b", "question"),
    # "Work on the £14 million road began on 6 September 1990" ¶19
    Query("how much did the Corvenby by-pass cost?", "62c29f61", "question"),
    # "last year's floods of 22 and 23 January, when sixty homes in Water Lane were flooded" ¶28
    Query("how many homes in Water Lane were flooded?", "8749b213", "question"),
    # "The crew were presented with silver tankards by Lady Ashworth" ¶14 (the Caskford Amateur Rowing Club, ¶13)
    Query("who presented the Caskford rowing crew with silver tankards?", "cc540870", "question"),
    # Topics
    # "The inquiry, which opened at the Town Hall on 20 November, blamed an electrical fault in the carding room" ¶13;
    # the 1978 cutting announces the inquiry ("An inquiry into the cause will open", 478bb70e ¶11)
    Query("Ashlar Mill fire electrical fault inquiry", "b7c8af84", "topic", also=("478bb70e",)),
    # "The parish council completed the purchase of the Long Meadow cricket ground on 22 July" ¶8
    Query("Long Meadow cricket ground purchase", "34be4524", "topic"),
    # "the Bradbury Museum of Computing will hold a Spectrum exhibition" ¶19
    Query("Spectrum exhibition Bradbury Museum of Computing", "5983ef25", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Edna Gill unveiled the Ashlar Mill plaque (b7c8af84 ¶7); the fun run was on the Corvenby by-pass (62c29f61 ¶20)
    "Edna Gill by-pass fun run",
    # Vera Hillier is the postmistress (e9ea5634 ¶17); the barn dance raised money for the cricket ground (34be4524
    # ¶10), another cutting of the same digest
    "Vera Hillier barn dance",
    # Joe Brindle ran the London Marathon (36d1de2a); the tug-of-war is at the Mercury's summer fair (cc540870 ¶29)
    "Joe Brindle summer fair tug-of-war",
    # Irene Dobbs opened the by-pass (62c29f61 ¶18); the Environment Agency inspects the river walls (8749b213 ¶29)
    "Irene Dobbs Environment Agency",
    # Pat Ormesher is the Maddleton Striders' secretary (36d1de2a ¶14); the Mendip weekend is Grimdale's (165497ed
    # ¶12/19)
    "Pat Ormesher Mendip weekend",
    "Walter Ainsty Ashlar Mill",  # Walter Ainsty was a mason at Harnby (bb3d4780); Ashlar Mill is Corvenby's
    # "Work on the £14 million road began on 6 September 1990" (62c29f61 ¶19); no contractor named
    "which contractor built the Corvenby by-pass?",
    # "Brass band concert at the bandstand, 3pm" (dac681cd ¶14): no end time
    "what time does the Caskford brass band concert finish?",
    # "Tickets for the garden party and the fireworks go on sale on 20 May" (dac681cd ¶21); no price
    "how much are tickets for the Caskford Victorian garden party?",
    "who won the spinning race at the Loxwell Wool Fair?",  # "a spinning race: 21 September" (1132a63b ¶18), to come
    # "He built his last boat, a clinker dinghy for his grandson" (c6cffe88 ¶16): not named (his first was the Morven)
    "what was the name of Tam Riddoch's last boat?",
    # "The first picture shown was a musical comedy" (cc540870 ¶18): no title
    "what was the title of the first picture shown at the Regal cinema?",
    # "The alarm was raised … by a bus driver passing on the Halsey road" (b7c8af84 ¶10): not named
    "what was the name of the bus driver who raised the alarm at Ashlar Mill?",
    # "next year's race has already been fixed for 9 May" (36d1de2a ¶15); his first time was 3 hours 12 minutes (¶7)
    "what was Joe Brindle's time in the second London Marathon?",
    # Samuel Kellard "travelled to London for the opening and wrote home" (5d3103ce ¶8–10); no hotel anywhere
    "which hotel did Samuel Kellard stay at in London?",
    # "The club was formed in 1979 by five students from the technical college" (165497ed ¶6): not named
    "who were the five students who formed the Grimdale Caving Club?",
    # "Halmstead will play their first match on the ground as its owners on Sunday 4 August, against Brinsop"
    # (34be4524 ¶11): still to come
    "did Halmstead beat Brinsop in their first match on the Long Meadow?",
    # St Oswin's was built by masons such as Walter Ainsty and consecrated by the Bishop of Ripon (bb3d4780 ¶6–15); no
    # architect
    "who was the architect of St Oswin's Church, Harnby?",
    # "Mrs Hillier has run the post office for 31 years, and her mother ran it before her" (e9ea5634 ¶20): no date
    "when did Mrs Hillier's mother take over Halmstead post office?",
    # Hampstead is 2 edits from Halmstead, whose post office is to close (e9ea5634); the corpus has no Hampstead
    "Hampstead post office closure",
    # Dunmurry is 3 edits from Dunmarrow, whose cast-iron fountain is 5d3103ce's
    "Dunmurry cast-iron fountain",
    "Corby flood walls",  # Corby is 3 edits from Corvenby, whose flood walls along the Corven are 8749b213's
    "Hanley church spire",  # Hanley is 3 edits from Harnby, whose church spire is bb3d4780's
    # Almazán is 4 edits from Almazuela, whose Teatro Principal is 25f69705's
    "Teatro Principal de Almazán",
    # "Первая «Ракета» на подводных крыльях пришла в Ветлужанск 3 июня" (a51f6425 ¶9): no captain
    "кто был капитаном первой «Ракеты»?",
    # "открылась пригородная линия до Красного Бора" (a51f6425 ¶10): no fares
    "сколько стоил билет на теплоход до Красного Бора?",
    # "Las entradas para estas funciones pueden reservarse en la taquilla" (25f69705 ¶18–19): no price
    "¿cuánto cuestan las entradas de «Doña Francisquita»?",
    # "con una zarzuela y un concierto de la banda municipal" (25f69705 ¶7): no conductor
    "¿quién dirigió la banda municipal en 1927?",
    "周建国 当了几年放映员",  # 老放映员周建国 (89094863 ¶8): his years as projectionist are not given
    "刘晓梅 什么时候 当上 经理",  # 影院经理刘晓梅 (89094863 ¶22): no date
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind72/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
