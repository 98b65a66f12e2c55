"""A hundred-and-eighteenth lookup query set, for tuning ranking (written in the fifty-ninth session): a TUNING set,
not a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and
once used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind117.py and tests/queries_blind119.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some sixteen thousand), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: of some two hundred and sixty seed drafts about four in five were near-copies (every
  content word of the seeds had been used, nearly every pair of names and every short phrase or
  transcription too), so the seed part is smaller than planned (28 + 15 instead of 30 + 15), and
  the seed queries are mostly long joins of passages far apart in one article, typos and rarer
  transcriptions; the new documents carry the rest.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind130/docs, copied as ONE
  corpus into a subfolder blind130/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 12 + 13 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 2 + 11
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 15 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and
Chinese names, pinyin without tones, accents dropped), russian 1 + 3, spanish 2 + 3, chinese 1 + 3,
mention-noise 2 + 4 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 4
(1–2 edits a word), name 1 + 4, phrase 1 + 4, question 1 + 6, topic 1 + 5: 28 + 75 answerable, and
15 + 38 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest or column); a question in the corpus's own words about something it does not
say (who won an election, a hill-climb or the first Premium Bond prize; who captained a ship,
navigated a plane, played a donkey or records lichens; who the mayor on the Peugeot or a bricklayer's
sweetheart was; when someone was born or became head of a cultural centre, or what day a delegation
came home; how many visitors, riders or pages, or what the medal table was; what time a rider
finished; what a seat cost; which hotel; how much a treasure weighed); a place the corpus does not
hold (three or more edits from anything in it, or simply absent) joined to a subject it does; Russian,
Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in another script
for some of the seeds' ones), and every article holding those words was read to confirm that none
answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind130/docs/* into ONE temporary
# corpus folder under the subfolder blind130/: files are then "blind130/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind130/docs",)
NEWDOCS_SUBDIRS = ("blind130",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "3f808f49": "BLENMARSH WHEELERS — TOUR DE FRANCE CENTENARY WEEK",
    "e4f85e17": "BRICKYARD AND BACK",
    "1f0e7860": "GERTRUDE PINCHBECK",
    "f654f68a": "HESSENDALE TANDEM CLUB",
    # en_hexmoor_advertiser_digest.txt, split by the loader: the carnival queen of 1985 (¶3–6), the polls (¶9–13),
    # the King Street bus station (¶16–21); the "----" rules (¶7, ¶14) come out as articles of their own
    # (d05fc3b8, d05fc3b8-2), and the header (¶1) and the datelines (¶2, ¶8, ¶15) belong to none of them
    "69098457": "CARNIVAL QUEEN CROWNED",
    "d05fc3b8": "----------",
    "17c58898": "POLLS OPEN IN HEXMOOR",
    "d05fc3b8-2": "----------",
    "08d41c0c": "BUSES ROLL BACK INTO KING STREET",
    "6e9ea3fc": "PELLERBY GAZETTE",
    "bb6a0d82": "SKELMARSH COMMON — LICHEN AND MOSS WALKS",
    "226e2fdc": "STAVINGLEY HARRIERS OPEN NEW LONG-JUMP RUNWAY",
    "6dbd27af": "THRELBURY COUNTY PRIMARY SCHOOL",
    "09cbfdc9": "FIFTY YEARS SINCE THE VASA CAME UP",
    "6442027b": "WRAGHAM BOROUGH COUNCIL — PRESS RELEASE",
    # en_wragham_standard_digest.txt, split by the loader: the Winter Gardens reopen in 1991 (¶3–7), the
    # bandstand (¶10–14), the banana of 2009 (¶17–21); the "----" rules (¶8, ¶15) come out as articles of their
    # own (58ba509e, 58ba509e-2), and the header (¶1) and the datelines (¶2, ¶9, ¶16) belong to none of them
    "6f979ba5": "GLASSHOUSE GLORY RESTORED",
    "58ba509e": "----------",
    "6855982a": "BANDSTAND BACK IN THE PARK",
    "58ba509e-2": "----------",
    "8a3d0d10": "PALM HOUSE BANANA FRUITS AT LAST",
    "3fa271a7": "EL TESORO DEL CARAMBOLO CUMPLE SESENTA AÑOS",
    "11e65573": "ЛЕДЯНСК ВСПОМИНАЕТ «СЕВЕРНЫЙ ПОЛЮС-1»",
    "5a982ad0": "榆泉镇纪念首届全运会开幕六十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "according to Li Jinxian" line 1; "meticulous verification of historical records" line 11; "Japan reportedly
    # called for the exclusion … an attempt to downplay China's role in the Allied victory over Japan" line 14
    Query("Li Jinxian meticulous verification Japan downplay Allied victory", "097182f6", "cross-paragraph"),
    # "China Is Increasingly the Senior Partner" line 12; "growing asymmetry in the relationship" line 13; "Condemns
    # the desecration or destruction of World War II memorials" line 37; "Taiwan is an inalienable part of the PRC"
    # line 51
    Query("asymmetry senior partner desecration memorials inalienable", "b39d8185", "cross-paragraph"),
    # "spread across Asia, Europe, Africa and Oceania" ¶7; "a shared future for mankind … universal security" ¶9;
    # "promoting the vigorous development of Russia-China comprehensive strategic partnership" ¶11
    Query("vigorous development mankind universal security Oceania", "424ab945", "cross-paragraph"),
    # "to push for more pragmatic results" lines 1–2; "familiarized with the works on the construction of the
    # memorial complex" line 12; "that historical feat made by war veterans" line 14
    Query("pragmatic results familiarized memorial complex feat veterans", "054ef6fb", "cross-paragraph"),
    # "Lao People's Revolutionary Party (LPRP)" ¶135; "The Lao News Agency KPL reported" ¶163; "the celebration of
    # the 50th anniversary of the establishment of the Lao PDR" ¶165
    Query("LPRP Lao News Agency KPL 50th anniversary Lao PDR", "20f574be", "cross-paragraph"),
    # "complex and volatile changes … joint scientific research" ¶207; "forged through historical twists and turns"
    # ¶211
    Query("twists and turns volatile changes joint scientific research", "3a9fa4ed", "cross-paragraph"),
    # "denoting their status as the chief guests" ¶219; "shared weal and woe … common ideals, convictions and
    # aspirations" ¶225
    Query("denoting chief guests weal and woe convictions", "eca32116", "cross-paragraph"),
    # "the quarter century old Shanghai Cooperation Organisation … a particularly busy period" ¶403; "the
    # international governance architecture is in urgent need of reform" ¶409
    Query("quarter century old busy period architecture urgent reform", "26d64f12", "cross-paragraph"),
    # "contrasting this with commodified cultural access in the West" ¶539; "a strategic retreat from the encroaching
    # Nationalist Party (Kuomintang (KMT))" ¶557
    Query("commodified cultural access encroaching Nationalist Party", "6710eba1", "cross-paragraph"),
    # "arrived in Beijing … far ahead of others" ¶235; "a warm and friendly reception by the King and the Cambodian
    # people, of which he still has fond memories" ¶239
    Query("far ahead of others fond memories warm reception Cambodian people", "5a5d8582", "cross-paragraph"),
    # "to demilitarise the country, within the context of the Cold War, where yesterday's enemy soon became a
    # frontline, if subordinate, ally" ¶279; "our deepest condolences to the families of Scots who suffered in the
    # Japanese POW camps" ¶281
    Query("demilitarise Cold War subordinate ally condolences POW camps", "7ab1f62c", "cross-paragraph"),
    # "Lula's initiative … Cyril Ramaphosa … Prabowo Subianto … Narendra Modi … his continued vacillation" ¶451; "The
    # Bloomberg financial news service further reported Lula" ¶463; "President Ramaphosa said" ¶467
    Query("Ramaphosa Lula Bloomberg Modi vacillation Prabowo", "e065690c", "cross-paragraph"),
    # Word forms: the text has another form
    # "Sergei Lavrov, who announced during a July event in the Korean city of Wonsan that a monument … will be erected
    # in the 'Patriots' military-patriotic park in the Moscow region" line 7 (announced → announces)
    Query("Sergei Lavrov announces a monument to be erected in the Moscow region", "097182f6", "word-form"),
    # "He called on BRICS to 'play a critical role in strengthening the multilateral system.'" ¶467 (called → calls;
    # "calls" is in b39d8185 line 36 and d807680a ¶101, "calls on the United States")
    Query("Ramaphosa calls on BRICS to strengthen the multilateral system", "e065690c", "word-form"),
    # Another script or romanisation
    # "Deng Xiaoping Theory" ¶383 and "Beijing's Tienanmen Square" ¶377 in Chinese characters (eca32116 ¶219 has
    # Tienanmen only)
    Query("邓小平 天安门", "38a7d84f", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Ken Hammond (Historian and China scholar)" line 363 and "Chen Weihua (Former EU bureau chief of China Daily)"
    # line 364 ("about Chen Weihua and Ken Hammond")
    Query("о Чэнь Вэйхуа и Кене Хэммонде", "d89fdf72", "russian"),
    # Spanish
    # "una visita de diez días a cinco ciudades en China. De bases revolucionarios a ciudades de alta tecnología …
    # la Organización Socialista Camino de la Libertad" ¶301
    Query("Camino de la Libertad diez días cinco ciudades tecnología alta", "dde32893", "spanish"),
    # "La diferencia está en quién controla la tecnología, bajo qué sistema y para qué propósito" ¶339
    Query("quién controla la tecnología, bajo qué sistema y para qué propósito", "dde32893", "spanish"),
    # Chinese: the Chinese title of the joint statement, "…和俄罗斯联邦在纪念…之际关于进一步深化…" line 20
    Query("俄罗斯联邦 进一步深化 之际", "b39d8185", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Hogg remained almost entirely unknown in his native country" ¶487; "the 2008 publication of James MacManus's
    # biography, 'Ocean Devil'" ¶489
    Query(
        "@everyone\u200b Ocean Devil 2008 publication MacManus Hogg unknown native country", "ac7222d4", "mention-noise"
    ),
    # "the China Campaign Committee (CCC), which was founded in late August or early September 1937 … the July 7
    # Lugou 'Marco Polo' Bridge Incident" ¶505
    Query("<#505> Lugou\u200b China Campaign Committee founded late August 1937", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    Query("Yasukunni Shrien", "b39d8185", "typo"),  # "symbols like the Yasukuni Shrine" line 41
    # "Vice President Delcy Rodríguez and Defence Minister Vladimir Padrino" ¶33/53
    Query("Delci Rodriges Padrinno", "f78fdcd6", "typo"),
    # "António Guterres, Egyptian Prime Minister Mostafa Madbouly … Kassym-Jomart Tokayev" ¶405
    Query("Mostafa Madbuly Kassym-Jomart Tokaev Guterrez", "26d64f12", "typo"),
    # Names
    # "Egyptian President Abdel Fattah El-Sisi, Iranian President Masoud Pezeshkian" ¶451; "a Virtual Summit" ¶449
    Query("Iranian President Masoud Pezeshkian Egyptian President El-Sisi virtual summit", "e065690c", "name"),
    # Phrases
    # "the economic, political and psychological warfare currently being waged by the US Trump administration" ¶451
    Query("economic, political and psychological warfare", "e065690c", "phrase"),
    # Questions
    # "At noon Xi met with Slovak Prime Minister Robert Fico" ¶13; "Prime Minister Fico said that … The successful
    # commemoration … sends a strong message to the world that justice will prevail" ¶19
    Query("what did the Slovak Prime Minister say about the commemoration?", "faecd2e1", "question"),
    # Topics
    # "Xi Jinping meets leaders from Uzbekistan, Pakistan, Turkmenistan, Iran, Malaysia and Tajikistan" ¶203; "On
    # September 2, Chinese President Xi Jinping met in Beijing with the leaders of a number of friendly countries"
    # ¶205
    Query("Malaysia Turkmenistan Iran Tajikistan leaders Beijing September 2", "3a9fa4ed", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Ken Hammond is a webinar speaker (d89fdf72 line 363); the Nuremberg and Tokyo Trials are the joint statement's
    # (b39d8185 line 39; ccf1d4fa ¶125 has "the actual Nuremberg Trial")
    "Ken Hammond Nuremberg Trials",
    # Arthur Clegg is the CCC's organiser (ac7222d4 ¶515–525); Eric Liddell is 7ab1f62c's
    "Arthur Clegg Eric Liddell",
    # Ulaanbaatar and a gas pipeline are not in the corpus; Khurelsukh meets Xi in Beijing (c061f0a1 ¶187, ¶197–199)
    "Ulaanbaatar gas pipeline Khurelsukh",
    # Eric Liddell (7ab1f62c ¶283–291) in Chinese characters, with "Olympics" and "coach": no coach is named
    "利德尔 奥运会 教练",
    # Callum Norris co-writes the delegation report (6710eba1 ¶533); Lady from Chungking is Anna May Wong's film
    # (ccf1d4fa ¶113)
    "Callum Norris Lady from Chungking",
    # Lev Abramov is the veteran Liu Qibao visited (054ef6fb line 14); the Yasukuni Shrine is b39d8185's (line 41)
    "Lev Abramov Yasukuni Shrine",
    # Liu Qibao (054ef6fb) in Cyrillic: "when was Liu Qibao born?"; no birth date
    "Когда родился Лю Цибао?",
    # Chen Hansheng is played by Chow Yun-fat (ac7222d4 ¶491); Stamford Bridge is the Minyuan Stadium's model
    # (7ab1f62c ¶291)
    "Chen Hansheng Stamford Bridge",
    # Jaishankar represents India at the BRICS summit (e065690c ¶451); Ho Chi Minh's Stilt House is Zhao Leji's visit
    # (362ba691 ¶75)
    "Subrahmanyam Jaishankar Stilt House",
    # Madbouly meets Xi in Tianjin (26d64f12 ¶405, ¶411–413); Ocean Devil is Hogg's biography (ac7222d4 ¶489)
    "Mostafa Madbouly Ocean Devil",
    # Delcy Rodríguez is Venezuela's Vice President (f78fdcd6 ¶33/53); the Fellowship of Reconciliation is Hogg's
    # family background (ac7222d4 ¶493)
    "Delcy Rodríguez Fellowship of Reconciliation",
    # Mirziyoyev meets Xi (3a9fa4ed ¶207–209); the Dunhuang Salt Tower solar plant is 6710eba1's (¶539)
    "Shavkat Mirziyoyev Salt Tower",
    # KJ Noh is a webinar speaker (d89fdf72 line 368); Tsinghua University is Keith Bennett's forum (ac7222d4 ¶475)
    "KJ Noh Tsinghua University",
    # Twm Draper co-writes the delegation report (6710eba1 ¶533); Ba Dinh Square is Hanoi's (362ba691 ¶73, 20f574be
    # ¶143)
    "Twm Draper Ba Dinh",
    # "que recientemente regresó de una visita de diez días" (dde32893 ¶301); no date of return
    "¿qué día regresó la delegación a EE. UU.?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Ernest Crouch, a Wheelers founder member, crossed to Dieppe" ¶5; "'Garin, the little chimney sweep', by Dr
    # Hélène Marsac" ¶10
    Query("Ernest Crouch Dieppe chimney sweep Marsac", "3f808f49", "cross-paragraph"),
    # "Dan Wheldon took the lead" ¶6; "held up sunglasses for him on lap 26" ¶7; "My grandad, Reuben Henshaw" ¶11;
    # "That was the race A. J. Foyt won" ¶12
    Query("Reuben Henshaw Foyt Wheldon sunglasses", "e4f85e17", "cross-paragraph"),
    # "She was born Gertrude Ackroyd in Wigan" ¶5; "won the onion class at the Ansdell show" ¶11; "donations … to
    # the Trinity Hospice" ¶16
    Query("Gertrude Ackroyd Wigan onion class Trinity Hospice", "1f0e7860", "cross-paragraph"),
    # "From the captain, Olwen Quayle" ¶3; "the youth hostel at Langstrothwick" ¶10; "the old red Jack Taylor" ¶16
    Query("Olwen Quayle Langstrothwick Jack Taylor", "f654f68a", "cross-paragraph"),
    # "Mike Powell jumped 8.95 metres in Tokyo" ¶5; "The club's president, Derek Hallowes" ¶6; "eleven-year-old Kieran
    # Boswell" ¶16
    Query("Derek Hallowes Kieran Boswell Mike Powell Tokyo", "226e2fdc", "cross-paragraph"),
    # "The carol service is at St Botolph's church" ¶5; "The first headmistress, Miss Winnie Tordoff" ¶8; "lend them
    # to Mrs Pybus" ¶10
    Query("Winnie Tordoff Mrs Pybus St Botolph's", "6dbd27af", "cross-paragraph"),
    # "Gordon Fairweather, a 23-year-old rigger from Tollesby" ¶6; "He married Britt Sandell" ¶10; "Gordon worked at
    # Hanley's boatyard" ¶12
    Query("Gordon Fairweather Britt Sandell Hanley's boatyard", "09cbfdc9", "cross-paragraph"),
    # "the restored fern grotto" ¶6 (6f979ba5 ¶5 has the fern grotto too); "Councillor Shirin Okafor" ¶8; "the
    # Mayor, Alderman Josiah Wragge" ¶14
    Query("Shirin Okafor Josiah Wragge fern grotto", "6442027b", "cross-paragraph"),
    # "Павел Гусев потом … проработал радистом на Диксоне" ¶8; "Директор музея Григорий Самохвалов благодарит семью
    # Гусевых" ¶16
    Query("Гусев радист Диксон Самохвалов", "11e65573", "cross-paragraph"),
    # "trabajaba Manuel Rueda, albañil de Alcantarejo" ¶5; "con la arqueóloga Inés Valbuena" ¶11; "el taller de
    # orfebrería de Ezequiel Morales" ¶18
    Query("Manuel Rueda Inés Valbuena Ezequiel Morales", "3fa271a7", "cross-paragraph"),
    # 镇文化站站长刘春梅说 ¶10 (and ¶16, 明年…将举办第一届全民运动会); 我的一万米比赛在19日 ¶7, 我跑的是一万米 ¶17
    Query("刘春梅 全民运动会 一万米", "5a982ad0", "cross-paragraph"),
    # "the Mayor, Councillor Cedric Battersby, who dived in fully clothed" ¶5; "Mrs Dorrie Sowerby, of 9 Water
    # Street" ¶11; "Pellerby Town beat Gisleby Athletic 2-1" ¶13
    Query("Dorrie Sowerby Cedric Battersby Gisleby", "6e9ea3fc", "cross-paragraph"),
    # "the field walls on Howe Crag" ¶8; "a lichen treasure hunt for children" ¶10; "using a microscope and keeping
    # a lichen diary" ¶12
    Query("Howe Crag microscope treasure hunt", "bb6a0d82", "cross-paragraph"),
    # Word forms
    # "Maurice Garin rode into Paris as the first winner of the Tour de France" ¶4 (rode → riding, irregular;
    # "riding" is in f654f68a ¶20, "Safe riding")
    Query("Maurice Garin riding into Paris as the first Tour winner", "3f808f49", "word-form"),
    # "the Savings Bank was looking for clerks to check the winning numbers" ¶8 (check → checking)
    Query("clerks checking the winning Premium Bond numbers", "1f0e7860", "word-form"),
    # "She married Harold Pinchbeck, a bus conductor, at St Catharine's" ¶7 (married → marries)
    Query("Harold Pinchbeck marries Gertrude at St Catharine's", "1f0e7860", "word-form"),
    # "Bob Beamon jumped 8.90 metres at the Mexico City Olympics" ¶3 (jumped → jumping)
    Query("Bob Beamon jumping 8.90 metres in Mexico City", "226e2fdc", "word-form"),
    # "The Vasa sailed on her maiden voyage … and capsized within a mile of the quay" ¶4 (capsized → capsizing)
    Query("the Vasa capsizing within a mile of the quay", "09cbfdc9", "word-form"),
    # "divers spent two winters tunnelling under the hull" ¶5 (tunnelling → tunnelled)
    Query("divers tunnelled under the Vasa's hull", "09cbfdc9", "word-form"),
    # "a pane fell from the dome into the fern grotto" ¶5 (fell → falling, irregular)
    Query("a pane falling from the dome into the fern grotto", "6f979ba5", "word-form"),
    # "The banana plant in the Winter Gardens palm house" ¶18; "it may fruit again by the 20th of next June" ¶21
    # (fruit → fruiting; the title has "FRUITS")
    Query("the palm house banana fruiting again by next June", "8a3d0d10", "word-form"),
    # "самолёт Михаила Водопьянова сел на льдину" ¶3 (сел → садится)
    Query("самолёт Водопьянова садится на льдину", "11e65573", "word-form"),
    # "unos obreros que ampliaban las instalaciones de la Real Sociedad de Tiro de Pichón" ¶4 (ampliaban → ampliaron)
    Query("obreros ampliaron las instalaciones de la Real Sociedad de Tiro de Pichón", "3fa271a7", "word-form"),
    # "Kerry Brayshaw will be crowned Hexmoor Carnival Queen" ¶4 (crowned → crowning)
    Query("crowning Kerry Brayshaw Hexmoor Carnival Queen", "69098457", "word-form"),
    # Another script or romanisation
    # "Ernest Crouch … crossed to Dieppe" ¶5 and "Montgeron" ¶3, ¶6, ¶11 in Cyrillic
    Query("Эрнест Крауч Монжерон Дьеп", "3f808f49", "translit"),
    # "Dario Franchitti won his third Indy 500" ¶4; "the Indianapolis 500" ¶1 in Cyrillic
    Query("Дарио Франкитти Индианаполис", "e4f85e17", "translit"),
    Query("达里奥·弗兰基蒂 印第安纳波利斯", "e4f85e17", "translit"),  # the same, in Chinese characters
    # "Bob Beamon" ¶3–4, ¶19 and "Mike Powell" ¶5 in Cyrillic
    Query("Боб Бимон Майк Пауэлл", "226e2fdc", "translit"),
    # "Bob Beamon jumped 8.90 metres at the Mexico City Olympics" ¶3 in Chinese characters
    Query("鲍勃·比蒙 墨西哥城", "226e2fdc", "translit"),
    # "Gordon Fairweather" ¶6 and "the Swedish warship Vasa" ¶3 in Chinese characters
    Query("戈登·费尔韦瑟 瓦萨号", "09cbfdc9", "translit"),
    # "He married Britt Sandell" ¶10; "Stockholm" ¶3, ¶6, ¶13, ¶19 in Cyrillic
    Query("Бритт Санделл Стокгольм", "09cbfdc9", "translit"),
    # "Иван Папанин, Эрнст Кренкель" ¶4, "Школьник Павел Гусев" ¶6 in Latin letters; "Слышал RAEM!" ¶7
    Query("Ivan Papanin Ernst Krenkel RAEM Pavel Gusev", "11e65573", "translit"),
    # "самолёт Михаила Водопьянова" ¶3; "«Северный полюс-1»" ¶1, ¶4; "Ледянск" ¶1–2 in Latin letters
    Query("Vodopyanov Severny Polyus-1 Ledyansk", "11e65573", "translit"),
    Query("Wang Deshun Liu Chunmei", "5a982ad0", "translit"),  # 王德顺 ¶6 and on, 刘春梅 ¶10/16 in pinyin
    Query("Yuquan zhen quanyunhui", "5a982ad0", "translit"),  # 榆泉镇 ¶1/6, 全运会 ¶1/4 in pinyin
    Query("Ван Дэшунь Юйцюань", "5a982ad0", "translit"),  # 王德顺 and 榆泉 in Cyrillic (Palladius)
    # accents dropped: "by Dr Hélène Marsac" ¶10; "the Café Au Réveil Matin at Montgeron" ¶3
    Query("Helene Marsac Cafe Au Reveil Matin", "3f808f49", "translit"),
    # "Gertrude Pinchbeck … at Lytham St Annes" ¶3 in Cyrillic
    Query("Гертруда Пинчбек Лайтем-Сент-Эннс", "1f0e7860", "translit"),
    # accents dropped: "Su nieta, Concepción Rueda, ha cedido la carta" ¶7; "colocó una placa" ¶8
    Query("Concepcion Rueda placa Alcantarejo", "3fa271a7", "translit"),
    # Russian
    # "члены клуба радиолюбителей «Полярная волна»" ¶13
    Query("клуб радиолюбителей «Полярная волна»", "11e65573", "russian"),
    # "через девять месяцев, 19 февраля 1938 года, полярников сняли со льдины у берегов Гренландии" ¶5
    Query("когда полярников сняли со льдины у берегов Гренландии?", "11e65573", "russian"),
    # "Кроме тетради Гусева, на ней показаны его самодельный приёмник" ¶11 ("Павел Гусев … вёл тетрадь" ¶6)
    Query("тетрадь Павла Гусева и самодельный приёмник", "11e65573", "russian"),
    # Spanish
    # "la exposición «El oro del Carambolo», con réplicas de las piezas" ¶10
    Query("exposición «El oro del Carambolo» con réplicas de las piezas", "3fa271a7", "spanish"),
    # "Los jubilados de la asociación «La Zanja» harán de guías voluntarios" ¶19
    Query("jubilados de la asociación La Zanja guías voluntarios", "3fa271a7", "spanish"),
    # "el museo acogerá un congreso sobre la orfebrería tartésica" ¶15
    Query("congreso sobre la orfebrería tartésica", "3fa271a7", "spanish"),
    # Chinese
    Query("王德顺 河北省代表团 长跑选手", "5a982ad0", "chinese"),  # 王德顺，当年是河北省代表团的长跑选手 ¶6
    Query("首届全运会 工人体育场", "5a982ad0", "chinese"),  # 首届全运会在北京新建成的工人体育场开幕 ¶4
    Query("趣味运动会 全镇居民 报名", "5a982ad0", "chinese"),  # 举办趣味运动会，欢迎全镇居民报名参加 ¶14
    # Mentions and zero-width spaces
    # "The head gardener, Lena Tuxford, first noticed the flower spike" ¶19; "The banana plant" ¶18
    Query("<@4412> Lena Tuxford\u200b banana flower spike", "8a3d0d10", "mention-noise"),
    # "The annual dinner is at the Hessendale Arms … Please send your menu choices" ¶5
    Query("@everyone Hessendale Arms\u200b annual dinner menu choices", "f654f68a", "mention-noise"),
    # "The rebuilt King Street bus station" ¶17; "when the canopy was found to be unsafe" ¶18
    Query("<#331> King Street\u200b canopy unsafe", "08d41c0c", "mention-noise"),
    # "His daughter, Kirsten Aldous" ¶14; "an exhibition, 'The Day the Vasa Rose'" ¶15
    Query("\u200bKirsten Aldous\u200b The Day the Vasa Rose", "09cbfdc9", "mention-noise"),
    # Typos
    Query("Pinchbek Premum Bonds", "1f0e7860", "typo"),  # "GERTRUDE PINCHBECK" ¶1, "Premium Bond(s)" ¶2–3, ¶8, ¶13
    # "STAVINGLEY HARRIERS OPEN NEW LONG-JUMP RUNWAY" ¶1 (jump → jupm, a transposition)
    Query("Stavingly Harriers long jupm", "226e2fdc", "typo"),
    Query("Skelmarch lichin walks", "bb6a0d82", "typo"),  # "SKELMARSH COMMON — LICHEN AND MOSS WALKS" ¶1
    # "THRELBURY COUNTY PRIMARY SCHOOL" ¶1; "the nativity play" ¶4
    Query("Threlbery Primry nativty", "6dbd27af", "typo"),
    # Names
    Query("Meriel Calloway", "1f0e7860", "name"),  # "Obituaries editor: Meriel Calloway" ¶19
    Query("Crispin Haldane", "6442027b", "name"),  # "Contact: Crispin Haldane, press office" ¶18
    Query("Carol Densworth", "226e2fdc", "name"),  # "By Carol Densworth" ¶2
    Query("Norah Blamire", "6e9ea3fc", "name"),  # "compiled by Norah Blamire" ¶3
    # Phrases
    Query("ERNIE very hot and noisy", "1f0e7860", "phrase"),  # her diary, ¶9
    Query("Yesterday she came up, and the whole harbour went quiet", "09cbfdc9", "phrase"),  # ¶8
    # "Class 3's donkey has asked me to say that she is retiring from the stage" ¶4
    Query("Class 3's donkey is retiring from the stage", "6dbd27af", "phrase"),
    Query("Those Tuesday evenings in the minibus are over", "226e2fdc", "phrase"),  # Priya Mistry, ¶15
    # Questions
    # "the first bus station on the site opened on 19 May 1931" ¶21
    Query("when did the first bus station on King Street open?", "08d41c0c", "question"),
    # "after a restoration that took three years and cost £1.9 million" ¶4 (6442027b speaks of the restoration, with
    # neither its length nor its cost)
    Query("how long did the Winter Gardens restoration take and what did it cost?", "6f979ba5", "question"),
    # "Miss Winnie Tordoff, wrote in the log book: 'Monday 10 January 1955. 112 children admitted. Snow.'" ¶8
    Query("what did Miss Winnie Tordoff write in the log book?", "6dbd27af", "question"),
    Query("where was the Victoria Park bandstand made?", "6855982a", "question"),  # "made in Glasgow" ¶14
    # "The £38,000 cost was met by the club" ¶13
    Query("how much did the new Stavingley long-jump runway cost?", "226e2fdc", "question"),
    # "sixty riders left the Café Au Réveil Matin at Montgeron … 1 July 1903" ¶3 ("60 starters" ¶6)
    Query("how many riders left Montgeron in 1903?", "3f808f49", "question"),
    # Topics
    # "Polling stations across the Hexmoor division … general election" ¶10; "The count will be held in the sports
    # centre overnight" ¶11
    Query("Hexmoor general election count sports centre", "17c58898", "topic"),
    # "Our open day for visually impaired riders who would like to try tandeming" ¶11
    Query("tandem open day for visually impaired riders", "f654f68a", "topic"),
    # "invited to a reunion tea in the Orangery" ¶9
    Query("Winter Gardens reunion tea in the Orangery", "6442027b", "topic"),
    # "I was here for the hundredth-anniversary race" ¶5; "That day Dan Wheldon took the lead on the very last lap" ¶6
    Query("Indianapolis 500 hundredth anniversary race Dan Wheldon", "e4f85e17", "topic"),
    # "a dinner for the old folk, a children's tea and a bonfire" ¶16; "a memorial drinking fountain ready by the
    # 20th" ¶17
    Query("old folk dinner children's tea memorial drinking fountain", "6e9ea3fc", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Lena Tuxford is the head gardener who noticed the banana's flower (8a3d0d10 ¶19); the bandstand and its summer
    # concerts are another cutting's (6855982a ¶11–13)
    "Lena Tuxford bandstand summer concerts",
    # Olwen Quayle is the Hessendale tandem captain (f654f68a ¶3); the velodrome is Blenmarsh's (3f808f49)
    "Olwen Quayle Blenmarsh velodrome",
    # Kieran Boswell took the opening long jump (226e2fdc ¶16); the Vasa Museum is 09cbfdc9's (¶13)
    "Kieran Boswell Vasa Museum",
    # Gordon Fairweather is the Vasa rigger (09cbfdc9); Premium Bonds are Gertrude Pinchbeck's (1f0e7860)
    "Gordon Fairweather Premium Bonds",
    # Norah Blamire compiles the Pellerby column (6e9ea3fc ¶3); the Indianapolis 500 is e4f85e17's
    "Norah Blamire Indianapolis 500",
    # Kerry Brayshaw is the carnival queen of 1985 (69098457 ¶4); the drop-in sessions about the new bus timetable
    # are another cutting's (08d41c0c ¶20)
    "Kerry Brayshaw bus timetable drop-in sessions",
    # Graham Tuck is the Blenmarsh Wheelers' contact (3f808f49 ¶20); the tandem club is Hessendale's (f654f68a)
    "Graham Tuck tandem club",
    # Alan Mottershead is Threlbury's headteacher (6dbd27af ¶21); the lichen walks are Skelmarsh's (bb6a0d82)
    "Alan Mottershead lichen walks",
    # Dev Anand is the tandem club's treasurer (f654f68a ¶15); the velodrome lighting fund is Blenmarsh's (3f808f49
    # ¶17)
    "Dev Anand velodrome lighting fund",
    # Cedric Battersby opened the baths "25 years ago" (6e9ea3fc ¶5); the Jubilee fountain is the "100 years ago"
    # cutting (¶16–17), which names nobody
    "Councillor Cedric Battersby Queen's Jubilee drinking fountain",
    # The Duke of Gloucester's visit is the 1991 cutting's (6f979ba5 ¶6); the banana raffled at the Christmas fair
    # is the 2009 cutting's (8a3d0d10 ¶20)
    "Duke of Gloucester banana raffle Christmas fair",
    # "the result is expected early on Friday 2 May" (17c58898 ¶11); no result, no winner
    "which candidate won the Hexmoor seat?",
    # Garin "rode into Paris" on 19 July 1903 (3f808f49 ¶4); the riders left at 3.16 (¶3), no finishing time
    "Garin's finishing time on 19 July 1903",
    # "Last year's open track day, on 14 July, raised £780" (3f808f49 ¶17); no number of riders
    "how many riders took part in last year's Blenmarsh open track day?",
    # "led by the mayor on a 1903 Peugeot" (3f808f49 ¶8); the mayor is not named
    "who was the mayor riding the 1903 Peugeot?",
    # ERNIE "chose the first Premium Bond prize numbers" (1f0e7860 ¶3); no winner is named
    "who won the first Premium Bond prize in 1957?",
    # "The Vasa sailed on her maiden voyage on 10 August 1628 and capsized" (09cbfdc9 ¶4); no captain
    "what was the Vasa's captain called when she capsized in 1628?",
    # his letters are shown in "The Day the Vasa Rose", 16 April to 30 June (09cbfdc9 ¶14–15); no visitor numbers
    # (the 4,000 visitors of ¶18 are last year's ship models)
    "exhibition of Gordon Fairweather's letters visitor numbers",
    # "The club is arranging a special train, leaving at 11.40" (6e9ea3fc ¶14); no fare
    "what did a seat on Pellerby's special train to the cup final cost?",
    # Reuben Henshaw went to Indianapolis in 1961 (e4f85e17 ¶11–13); no hotel
    "Reuben Henshaw hotel Indianapolis 1961",
    # "from the Turn One grandstand" (e4f85e17 ¶4); no price (his grandad's ticket stub, ¶12, has none either)
    "Brickyard blogger grandstand seat price",
    # "Oak woods and clean air … with the county lichen recorder" (bb6a0d82 ¶9); the recorder is not named
    "who is the county lichen recorder on the Skelmarsh walks?",
    # "Class 3's donkey has asked me to say that she is retiring" (6dbd27af ¶4); no child is named
    "name of the child playing the Threlbury nativity donkey",
    # "The February hill-climb is on Sunday the 22nd" (f654f68a ¶7); no result
    "Hessendale hill-climb winner February",
    # Harrogate is not in the corpus; the Premium Bond draw was at Lytham St Annes (1f0e7860 ¶3)
    "Premium Bonds draw in Harrogate",
    # Stavanger is not in the corpus (3+ edits from Stavingley, whose new runway and sand pit are 226e2fdc's)
    "Stavanger athletics club sand pit",
    # Hexworth is not in the corpus (4 edits from Hexmoor, whose carnival queen is 69098457's)
    "Hexworth carnival queen procession",
    # Swindon is not in the corpus; the reglazing of the east wing is Wragham's (6442027b ¶11)
    "Swindon Winter Gardens reglazing east wing",
    # Harwich is not in the corpus; the Vasa exhibition is at the Tollesby Maritime Museum (09cbfdc9 ¶7, ¶15)
    "Harwich maritime museum Vasa exhibition",
    # "самолёт Михаила Водопьянова сел на льдину" (11e65573 ¶3); no crew, no navigator
    "кто был штурманом у Водопьянова в 1937 году?",
    # "вёл тетрадь" (11e65573 ¶6); no number of pages
    "сколько страниц в тетради Павла Гусева?",
    # Murmansk is not in the corpus; the exhibition about the Papanin four is in Ledyansk's museum (11e65573 ¶10–11,
    # ¶15)
    "выставка о папанинцах в Мурманском музее",
    # "una pieza de oro", "más piezas, todas de oro" (3fa271a7 ¶4, ¶6); no weight
    "¿cuánto pesaba el tesoro del Carambolo?",
    # Manuel Rueda "escribió a su novia" (3fa271a7 ¶5); she is not named
    "¿cómo se llamaba la novia de Manuel Rueda?",
    # Málaga is not in the corpus; the exhibition is in Alcantarejo's museum (3fa271a7 ¶10, ¶17)
    "exposición del tesoro del Carambolo en Málaga",
    # 我的一万米比赛在19日 (5a982ad0 ¶7): the date of his 10,000 metres, no result
    "王德顺 一万米 比赛 成绩",
    # 是第一届全国运动会开幕六十周年 (5a982ad0 ¶3), 许多项目打破了全国纪录 (¶5); no medal table
    "第一届全国运动会 奖牌榜",
    # 镇文化站站长刘春梅 (5a982ad0 ¶10); no year she became head of the cultural station
    "刘春梅 当选 站长 哪一年",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind130/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
