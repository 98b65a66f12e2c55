"""An eighty-fifth lookup query set, BLIND (written in the forty-second session for the forty-third round): committed
unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (as in blind56: about a third
of the set are queries the corpus cannot answer, each sharing words with it on purpose).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind83.py, unscored, and tests/queries_blind84.py,
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and
  ё read as е, Chinese by character pairs, mentions and zero-width spaces and a few stop words left out;
  question words kept) with every earlier query (some 11,000 of them), and with the earlier queries of this
  set, while the set was being written; a query sharing more than half of its words with any one of them was
  replaced. The Cyrillic and Chinese seed queries were also checked in a Latin spelling of their names, so
  that none is an earlier Latin query written in another script. The seeds have been queried so often by now
  that most first drafts failed that check (nearly every single name, pair of names and quotable phrase of
  seeds/ has been asked before), so most of these seed queries join passages, names or details that no
  earlier query joined, and several are longer than a reader's usual query for that reason.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind97/docs, copied as ONE
  corpus into a subfolder blind97/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 7 (the words of the query are in
one article but no single paragraph, title line included, holds them all), word-form 5 + 7 (another
inflection than the text uses, irregular forms too, in English, Russian and Spanish), translit 3 + 9
(another script or romanisation than the text: Latin names written in Cyrillic or Chinese characters as a
Russian or Chinese newspaper transcribes them, Cyrillic and Chinese names in Latin letters, pinyin without
tones, accents dropped), russian 1 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram
mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word), name 3 + 2, phrase
3 + 3, question 3 + 5, topic 3 + 3: 37 + 51 answerable, and 21 + 35 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
built, won, captains or cooks; when someone was born, died or took office, when something will be finished;
how many, how old, what time, what it cost, which hotel, what someone, a mule or a guide was called); a place
the corpus does not hold but spelled close to one it does (two or more edits from anything real in it);
Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in another
script for some of the seeds' ones), and every article holding those words was read to confirm that none
answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block, title line included; in
seeds/000–003 each line, as in the earlier sets; in the new documents, which have no blank lines, each
line) holds all of the query's words. For word-form queries it checked that the form the query uses is
not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind97/docs/* into ONE temporary
# corpus folder under the subfolder blind97/: files are then "blind97/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind97/docs",)
NEWDOCS_SUBDIRS = ("blind97",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "7e8b36f2": "A hundred and fifty years of the carbolic dressing",
    "390fc097": "Fellcarr Primary School",
    # en_fenholme_clarion_river_digest.txt, split by the loader: the Boat Race (¶3–6), the flood gates (¶9–12), the
    # ferry (¶15–20); the "* * *" rules (¶7, ¶13) come out as articles of their own (36b818b0, 36b818b0-2) and the
    # header (¶1–2) and the datelines (¶8, ¶14) belong to none of them
    "eab3b6e4": "A HUNDRED AND FIFTY YEARS OF THE BOAT RACE",
    "e4ff1147": "FLOOD GATES READY AT LAST",
    "c1ee6a9e": "FERRY BACK ON THE LODE",
    "8d14d481": "Bolero night at the Icebowl, twenty years to the day",
    "0e770722": "Halverby Borough Council",
    # en_kilbeck_advertiser_lake_digest.txt, split by the loader: the steam launch (¶3–6), Bluebird (¶9–13), the
    # regatta (¶16–20); the "* * *" rules (¶7, ¶14) come out as articles of their own (7431a1ff, 7431a1ff-2) and
    # the header (¶1–2) and the datelines (¶8, ¶15) belong to none of them
    "dfc06746": "STEAM LAUNCH TAKES TO THE WATER AGAIN",
    "f62a5edb": "FIFTY YEARS SINCE BLUEBIRD",
    "a192dd93": "REGATTA RETURNS AFTER TEN YEARS",
    "755bbacb": "Maud Cleasby: the Market Place draper who measured half of Threlfold",
    "fd99fdb0": "SCARBRIDGE ECHO",
    "e959c516": "Side B: a blog about tapes, decks and the people who loved them",
    "3d83a4a8": "Skewby Badminton Club",
    "d41bf1c8": "Tolverne Ings Meadow",
    "edd24962": "WYCHCOMBE ENIGMA FESTIVAL",
    "d74d743d": "El Algarrobal celebra el Bicentenario con su propio Congreso",
    "20eba718": "Жердянск отметит 40-летие первого шестиметрового прыжка",
    "2d1fbf55": "石门岭镇纪念中国登山队首次从北坡登顶珠峰50周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files (each of their lines is a paragraph).

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "according to Li Jinxian, director of the Memorial Work Department" line 1; "the North East Anti-Japanese
    # United Army (Noraa)" line 3; "The restoration of these memorials" line 6; "in the Korean city of Wonsan" line 7
    Query("Li Jinxian Noraa memorial restoration Wonsan", "097182f6", "cross-paragraph"),
    # "Ivan Melnikov, … State Duma's Deputy Speaker in Khabarovsk" line 6; "the site of the former camp …, the witness
    # of friendship between the Chinese and Russian peoples" line 12
    Query("State Duma Deputy Speaker former camp witness of friendship", "054ef6fb", "cross-paragraph"),
    # "Known as the 'Flying Scotsman' … finally died in a Japanese internment camp" ¶285; "in the men's 400 metres
    # in 47.6 seconds" ¶287
    Query("Flying Scotsman internment camp 47.6 seconds", "7ab1f62c", "cross-paragraph"),
    # "We visited a number of cities in Shaanxi and Gansu provinces" ¶549; "the China NGO Network for International
    # Exchanges (CNIE)" ¶547; "China's construction of n ecological civilisation" ¶551
    Query("Shaanxi Gansu CNIE ecological civilisation", "6710eba1", "cross-paragraph"),
    # Putin: "It is the foundation, the bedrock of our achievements today" ¶195; Khurelsukh: "the principle of
    # amity, sincerity, mutual benefit and inclusiveness" ¶199
    Query("bedrock of our achievements amity sincerity inclusiveness", "c061f0a1", "cross-paragraph"),
    # "📆 Sunday 21 September 2025, 4pm Britain" ¶351; "Jodie Evans (Co-founder of Code Pink)" ¶365
    Query("Sunday 21 September 4pm Britain Code Pink", "d89fdf72", "cross-paragraph"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "the title of his book, 'I see a new China'" ¶493; "his 1954
    # book, 'The People have Strength'" ¶495
    Query("Ocean Devil I see a new China The People have Strength", "ac7222d4", "cross-paragraph"),
    # Word forms: the text has another form
    # "he taught and preached, but finally died in a Japanese internment camp" ¶285 (taught → teaches, preached →
    # preaches, died → dies; preaches and dies are not in the corpus, teaches only in 26d64f12 ¶407, "History
    # teaches that"); "Tianjin, the northern Chinese city of his birth" ¶289
    Query("Olympic champion teaches and preaches in Tianjin, dies in an internment camp", "7ab1f62c", "word-form"),
    # "the first time for a DPRK leader to review a military parade in China since founding President Kim Il Sung"
    # ¶219 (review → reviewing, not in the corpus)
    Query("DPRK leader reviewing a military parade for the first time since Kim Il Sung", "eca32116", "word-form"),
    # "los aeropuertos donde solo te paras frente a una cámara y te muestra toda la información de tu puerta de
    # embarque" ¶329 (paras → paro, not in the corpus)
    Query("me paro frente a una cámara que me muestra mi puerta de embarque", "dde32893", "word-form"),
    # "Cuando construyeron las estructuras políticas y eligieron representantes al Congreso, tenían un sistema de
    # platos hondos y frijoles" ¶315 (eligieron → eligen, not in the corpus)
    Query("eligen representantes al Congreso con platos hondos y frijoles", "dde32893", "word-form"),
    # "helping to design and promote the Minyuan Stadium" ¶291 (helping → helps, not in the corpus)
    Query("Liddell helps design and promote the Minyuan Stadium", "7ab1f62c", "word-form"),
    # Another script or romanisation
    # Liddell ¶271–291, Tianjin ¶289–291, Edinburgh ¶273/287, Paris ¶287–289, in Cyrillic
    Query("Лидделл Тяньцзинь Эдинбург Париж", "7ab1f62c", "translit"),
    # Sydney Loving ¶297–345; "la provincia de Gansu, en el borde del desierto de Gobi" ¶333; in Cyrillic (6710eba1
    # ¶549 and ac7222d4 ¶485 name Gansu, not Loving or the Gobi)
    Query("Сидни Лавинг, Ганьсу и Гоби", "dde32893", "translit"),
    # accents dropped: "Vice President Delcy Rodríguez" with "an official event held in Caracas on Wednesday,
    # September 3" ¶53
    Query("Delcy Rodriguez Wednesday September 3 Caracas", "f78fdcd6", "translit"),
    # Russian (names written in Cyrillic)
    # "written by Callum Norris and Twm Draper" ¶533; Yan'an ¶535/557; "the encroaching Nationalist Party
    # (Kuomintang (KMT))" ¶557 (dde32893 has Yan'an and the KMT, not Norris)
    Query("Каллум Норрис, Яньань и Гоминьдан", "6710eba1", "russian"),
    # Spanish
    # "En Jiayuguan, visitamos JISCO, … tiene una granja lechera y una vinatera" ¶335
    Query("Sydney Loving en Jiayuguan: una vinatera y una granja lechera", "dde32893", "spanish"),
    # "porque la hambruna masiva era una característica de la sociedad por siglos" ¶313
    Query("la hambruna masiva era una característica de la sociedad por siglos", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "in a speech in Buckingham Palace" ¶479; George Hogg ¶477–499; "to the relative safety of Gansu" ¶485; "the
    # Shandan Bailie School" ¶483
    Query("白金汉宫 何克 甘肃 山丹", "ac7222d4", "chinese"),
    # "Crown Prince of Abu Dhabi …, and the representatives of India and Ethiopia" ¶451 (0e5d6094's title names
    # India only)
    Query("阿布扎比 埃塞俄比亚 印度", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Modeled after London's Stamford Bridge" ¶291; "Born in 1902" in Tianjin ¶289
    Query("<#771> Stamford Bridge\u200b 1902\u200b Tianjin", "7ab1f62c", "mention-noise"),
    # "Belarusian President Aleksandr Lukashenko" ¶263; "Belarus is an all-weather partner to China and a friend
    # that can always be relied upon" ¶265
    Query("<@2602> Aleksandr Lukashenko\u200b all-weather\u200b relied upon", "0e5d6094", "mention-noise"),
    # Typos (1–2 edits)
    Query("Pezeshkin", "e065690c", "typo"),  # "Iranian President Masoud Pezeshkian" ¶451 (one letter dropped)
    # "Kazakhstan President Kassym-Jomart Tokayev" ¶405, Kazakhstan in the title
    Query("Tokayiev Kazakstan", "26d64f12", "typo"),
    # "Queen Mother Norodom Monineath Sihanouk" ¶235/239/241
    Query("Monineat Sihanuk", "5a5d8582", "typo"),
    # Names
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien" ¶77
    Query("Hoang Xuan Chien Deputy Minister of National Defence", "362ba691", "name"),
    Query("Shavkat Mirziyoyev Uzbek President", "3a9fa4ed", "name"),  # "Uzbek President Shavkat Mirziyoyev" ¶207
    Query("Prabowo Subianto Indonesian President", "e065690c", "name"),  # "Indonesian President Prabowo Subianto" ¶451
    # Phrases
    # To Lam: "from the years of resistance in the past to the cause of national construction and defence at
    # present" ¶147
    Query("from the years of resistance in the past to the cause of national construction", "20f574be", "phrase"),
    # "the more resilient, resourceful and effective they are in addressing external risks" ¶459
    Query("more resilient, resourceful and effective", "e065690c", "phrase"),
    # "may serve as a countermeasure, reinforcing China's narrative of resilience and unity" line 16
    Query("a countermeasure, reinforcing China's narrative of resilience", "097182f6", "phrase"),
    # Questions
    # Fico: "He said it is an honour to be invited to China to witness this grand event in person" ¶19
    Query("what did Slovakia's prime minister call an honour?", "faecd2e1", "question"),
    # "Japan reportedly called for the exclusion of China's Victory Parade from international events, … an attempt to
    # downplay China's role in the Allied victory over Japan" line 14
    Query("how did Japan try to downplay China's role in the Allied victory?", "097182f6", "question"),
    # "During WWII, Hollywood film makers produced dozens of films based on that conflict" ¶125
    Query("how many war films did Hollywood produce during WWII?", "ccf1d4fa", "question"),
    # Topics
    # "he returned to Tianjin, the northern Chinese city of his birth. Born in 1902 to Scottish missionary parents"
    # ¶289
    Query("Liddell born 1902 Tianjin Scottish missionary parents", "7ab1f62c", "topic"),
    # "Sergei Lavrov, who announced … a monument … will be erected in the 'Patriots' military-patriotic park in the
    # Moscow region" line 7
    Query("Sergei Lavrov Patriots military-patriotic park Moscow region", "097182f6", "topic"),
    # "the traditional friendship and cooperation established by President Kaysone Phomvihane and President Fidel
    # Castro" ¶167; "relations between … Laos and Cuba" ¶163 (d807680a has Fidel Castro and China, not Kaysone)
    Query("Kaysone Phomvihane Fidel Castro traditional friendship Laos Cuba", "20f574be", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Khurelsukh (c061f0a1 ¶187/197–199); seawater desalination is Madbouly's (26d64f12 ¶413)
    "Khurelsukh Ukhnaa seawater desalination",
    # Lan Hu is the ambassador in Caracas (f78fdcd6 ¶33/43/53); the symposium of 2 September and the Tsinghua forum
    # are Keith Bennett's (ac7222d4 ¶475)
    "Lan Hu Tsinghua symposium",
    # Delcy Rodríguez (f78fdcd6 ¶33/53) and Kim Jong Un (eca32116) are never in one article
    "Delcy Rodríguez Kim Jong Un",
    # Mirziyoyev (3a9fa4ed ¶207–209); the Hyde Park meeting of 1937 is J.R. Campbell's (ac7222d4 ¶525)
    "Shavkat Mirziyoyev Hyde Park",
    # Japan "reportedly called for the exclusion of China's Victory Parade" (097182f6 line 14); the one foreign
    # minister there is Lavrov (line 7); no Japanese minister anywhere
    "what did Japan's foreign minister say about the Noraa memorials?",
    # "a group of Chinese guerrilla fighters" (097182f6 line 3); no count
    "how many Chinese guerrilla fighters served in the Noraa?",
    # the monument "will be erected in the 'Patriots' military-patriotic park" (097182f6 line 7); no sculptor
    "which Russian sculptor is making the USSR and North Korea monument near Moscow?",
    # Liu Qibao "familiarized with the works on the construction of the memorial complex" (054ef6fb line 12); no date
    "when will the Khabarovsk memorial complex be finished?",
    "when was Lev Abramov born?",  # "the Russian World War II veteran Lev Abramov" (054ef6fb line 14); no birth
    # "President of the Republic of the Congo Denis Sassou Nguesso" (faecd2e1 ¶23); no date of office
    "when did Denis Sassou Nguesso become president?",
    "how old is Emmerson Mnangagwa?",  # "Zimbabwean President Emmerson Mnangagwa" (faecd2e1 ¶5/11); no age
    # "la Alianza Negra por la Paz" is one of the groups in the delegation (dde32893 ¶305); no count of anyone
    "how many delegates came from the Black Alliance for Peace?",
    # "nuestros guías nos dijeron" in Jiayuguan (dde32893 ¶345); no guide named, none in Yan'an (6710eba1)
    "what was the name of Callum Norris's guide in Yan'an?",
    # Dunhua is 2 edits from Dunhuang (dde32893, 6710eba1); the one railway station is Beijing's (eca32116 ¶221)
    "Dunhua railway station opening",
    # Wonju is 3 edits from Wonsan (097182f6 line 7); the film retrospective is London's (ccf1d4fa)
    "Wonju film retrospective",
    # Xiamen is 2 edits from Xi'an (dde32893 ¶307/313/325); "historical sites" are 6710eba1's (¶557)
    "Xiamen historical sites",
    # Pashinyan (0e5d6094 ¶257–259) and Mirziyoyev (3a9fa4ed ¶207–209): no meeting between them
    "Пашинян Мирзиёев встреча",
    # Pezeshkian is only at the BRICS virtual summit (e065690c ¶451); no meeting in Tianjin
    "Пезешкиан Тяньцзинь встреча",
    # "Amigos de China Socialista" (dde32893 ¶301/305); no founding year
    "¿en qué año se fundó Amigos de China Socialista?",
    # Min Aung Hlaing met Xi in Tianjin (26d64f12 ¶405), in Chinese characters; no hotel anywhere in seeds/
    "敏昂莱 天津 酒店",
    # "to the relative safety of Gansu" (ac7222d4 ¶485); Ganzi is 2 edits from Gansu, and the Gobi is dde32893's
    # (¶333), never joined to a Ganzi
    "Ganzi Gobi desert camp",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph (each line of the new documents is a paragraph: they have no blank lines)
    # "a young dresser from the town, Archibald Crail" ¶6; "if the Leith boat sails" ¶7; "unveiled by the Provost,
    # Morag Dalgleish" ¶13
    Query("Archibald Crail Leith boat Morag Dalgleish", "7e8b36f2", "cross-paragraph"),
    # "Our special visitor is Halley's Comet" ¶7; "The European probe Giotto" ¶10; "the PTA fair, which raised £412"
    # ¶18
    Query("Giotto Halley's Comet PTA fair", "390fc097", "cross-paragraph"),
    # "The ferryman, Dougie Wrenn, will take children across free on Lode Fair day" ¶17; "built in Norfolk and
    # arrived on a trailer last week" ¶19
    Query("Dougie Wrenn Lode Fair Norfolk trailer", "c1ee6a9e", "cross-paragraph"),
    # "the rink manager, Rosalind Rudge" ¶4; "a screen the size of a tea tray" ¶5; "Most improved: Tamsin Fairlie"
    # ¶17
    Query("Rosalind Rudge tea tray Tamsin Fairlie", "8d14d481", "cross-paragraph"),
    # "the diary of Lavinia Stirk" ¶8 (and ¶10, ¶16); "The Mayor, Councillor Priya Wardle, will cast the first
    # paper in the mock election" ¶12
    Query("Lavinia Stirk Priya Wardle mock election", "0e770722", "cross-paragraph"),
    # "Тренер школы Геннадий Пахомов" ¶5; "его ученик Олег Рябцев" ¶7; "Директор школы Ирина Сабурова" ¶16
    Query("Геннадий Пахомов Олег Рябцев Ирина Сабурова", "20eba718", "cross-paragraph"),
    # 罗德明 ¶5/7–10/13; 升旗仪式 ¶4/15; 镇文化站站长周晓梅 ¶18
    Query("罗德明 周晓梅 升旗仪式", "2d1fbf55", "cross-paragraph"),
    # Word forms
    # "Jayne Torvill and Christopher Dean won Olympic gold with it" ¶2 (won → winning, not in the corpus)
    Query("Torvill and Dean winning Olympic gold with Bolero", "8d14d481", "word-form"),
    # "She measured me for my first cassock, and she was measuring me for my last" ¶15, "the vicar's cassock" ¶13
    # (measures is not in the corpus)
    Query("Maud Cleasby measures the vicar for a cassock", "755bbacb", "word-form"),
    # "chewed to pieces by our Labrador, Biscuit" ¶7; "Biscuit ate the Walkman" ¶8 (ate → eats, irregular)
    Query("the Labrador Biscuit eats a Walkman", "e959c516", "word-form"),
    # "when Bluebird K7 lifted and somersaulted at more than 300mph" ¶10 (→ lifting, somersaulting)
    Query("Bluebird K7 lifting and somersaulting on Coniston Water", "f62a5edb", "word-form"),
    # "la noticia llegó al Algarrobal el día 20 de aquel mes, traída por el arriero Ceferino Ledesma" ¶5
    # (traída → trae, not in the corpus)
    Query("el arriero Ceferino Ledesma trae la noticia al Algarrobal", "d74d743d", "word-form"),
    # "Сергей Бубка первым в мире преодолел шесть метров" ¶3 (преодолел → преодолевает)
    Query("Бубка первым преодолевает шесть метров", "20eba718", "word-form"),
    # "a mill overlooker who voted at the Corn Hall that morning" ¶8 (voted → voting, not in the corpus; 755bbacb
    # ¶17 has the Corn Hall, without a vote)
    Query("Lavinia Stirk voting at the Corn Hall", "0e770722", "word-form"),
    # Another script or romanisation
    Query("Джозеф Листер", "7e8b36f2", "translit"),  # "Joseph Lister first dressed a wound with carbolic acid" ¶3
    Query("托维尔 迪恩", "8d14d481", "translit"),  # "Jayne Torvill and Christopher Dean" ¶2 in Chinese characters
    Query("Дональд Кэмпбелл", "f62a5edb", "translit"),  # "Donald Campbell was killed on Coniston Water" ¶10
    # "Сергей Бубка" ¶3 and Жердянск ¶1/4/7 in Latin letters
    Query("Sergei Bubka Zherdyansk", "20eba718", "translit"),
    Query("Wang Fuzhou Qu Yinhua", "2d1fbf55", "translit"),  # 王富洲、贡布、屈银华三名队员 ¶3 in pinyin
    # accents dropped: "El intendente, Rubén Olmos" ¶17; "la casa de doña Francisca Bazán de Laguna" ¶4
    Query("Ruben Olmos Francisca Bazan", "d74d743d", "translit"),
    # "Elgar's Variations … under Hans Richter" ¶4 in Cyrillic
    Query("Элгар Ганс Рихтер", "edd24962", "translit"),
    Query("Гетин Толли", "e959c516", "translit"),  # "Posted Wednesday 1 July by Gethin Tolley" ¶3 (and ¶17)
    Query("Мод Клисби", "755bbacb", "translit"),  # "Maud Cleasby" ¶1–2 in Cyrillic
    # Russian
    # "Его шест висит в спортзале школы над шведской стенкой" ¶8
    Query("шест висит в спортзале над шведской стенкой", "20eba718", "russian"),
    # "11 и 12 июля — отборочные соревнования юношей и девушек" ¶10
    Query("отборочные соревнования юношей и девушек", "20eba718", "russian"),
    # "летний лагерь для новичков; запись у тренеров уже открыта" ¶12
    Query("летний лагерь для новичков, запись у тренеров", "20eba718", "russian"),
    # Spanish
    Query("feria de artesanos y concurso de empanadas", "d74d743d", "spanish"),  # ¶9
    Query("desfile de gauchos y peña folclórica", "d74d743d", "spanish"),  # ¶11
    # "del 20 de diciembre al 6 de enero se montará un pesebre viviente en la plaza" ¶15
    Query("pesebre viviente en la plaza", "d74d743d", "spanish"),
    # Chinese
    Query("青少年攀岩比赛", "2d1fbf55", "chinese"),  # 第二天全天：青少年攀岩比赛 ¶14
    Query("往北坳运氧气瓶", "2d1fbf55", "chinese"),  # 天晴，风大，往北坳运氧气瓶 ¶6
    Query("罗德明日记展", "2d1fbf55", "chinese"),  # 镇文化站举办了"罗德明日记展" ¶9
    # Mentions and zero-width spaces
    # "with telescopes lent by the Fellcarr Astronomical Society" ¶9
    Query("<@4410> Fellcarr Astronomical Society\u200b telescopes", "390fc097", "mention-noise"),
    # "cut it the old way, with scythes, rakes and pitchforks" ¶4
    Query("@here \u200bscythes rakes pitchforks", "d41bf1c8", "mention-noise"),
    # "the Tape Swap at the Ropewalk in Kirkhaven" ¶11; "Kirkhaven Ropewalk: See you on Saturday" ¶19
    Query("<#77> Kirkhaven Ropewalk\u200b Tape Swap", "e959c516", "mention-noise"),
    # Typos
    Query("Scarbrige Ecco", "fd99fdb0", "typo"),  # "SCARBRIDGE ECHO" ¶1 (1 edit + 1 edit)
    Query("Wychcome Enigma Festval", "edd24962", "typo"),  # "WYCHCOMBE ENIGMA FESTIVAL" ¶1
    Query("Skewbey Badmington Club", "3d83a4a8", "typo"),  # "Skewby Badminton Club" ¶1
    # Names
    Query("Freda Scorah", "fd99fdb0", "name"),  # "Mrs Freda Scorah, of Cliff Terrace" ¶7
    Query("Alison Threapleton", "d41bf1c8", "name"),  # "Please book with Alison Threapleton at the barn" ¶12
    # Phrases
    Query("a screen the size of a tea tray", "8d14d481", "phrase"),  # ¶5
    Query("spoil the finest view in the North of England", "fd99fdb0", "phrase"),  # ¶14
    # the first minute book: "weather and the miller permitting" ¶6
    Query("weather and the miller permitting", "eab3b6e4", "phrase"),
    # Questions
    # "The foot ferry between Osier Hard and Pightle End" ¶16; "Fares will be 50p each way" ¶20
    Query("how much are the ferry fares between Osier Hard and Pightle End?", "c1ee6a9e", "question"),
    # "Dogs are not allowed on the meadow from 1 April to 15 September" ¶19
    Query("when are dogs not allowed on Tolverne Ings meadow?", "d41bf1c8", "question"),
    # "In Halverby 4,120 women were on the new register" ¶6
    Query("how many women were on the Halverby register in 1918?", "0e770722", "question"),
    # "Senior subs of £60 are due by the end of this month" ¶18
    Query("how much are senior subs at Skewby Badminton Club?", "3d83a4a8", "question"),
    # "the Drumwhinnie Infirmary, which opened on Monday 3 June" (1872) ¶8
    Query("when did the Drumwhinnie Infirmary open?", "7e8b36f2", "question"),
    # Topics
    # "The new flood gates on the Lode at Fenholme Lock … before the Environment Agency takes them over" ¶10
    Query("Fenholme Lock flood gates Environment Agency", "e4ff1147", "topic"),
    # "The electric tramway from the harbour to Castle Hill" ¶13; its centenary ¶18
    Query("electric tramway to Castle Hill", "fd99fdb0", "topic"),
    # "The steam launch Curlew, rebuilt over four winters at Rigg's boatyard" ¶4 (a192dd93 ¶17 has the Curlew
    # leading the regatta's parade, not the rebuild)
    Query("Curlew steam launch rebuilt at Rigg's boatyard", "dfc06746", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Dougie Wrenn is the ferryman (c1ee6a9e ¶17); the Boat Race is eab3b6e4's, which names no Wrenn
    "Dougie Wrenn Boat Race",
    # Rosalind Rudge runs the Icebowl (8d14d481 ¶4/13); the swimming baths are Scarbridge's (fd99fdb0 ¶5)
    "Rosalind Rudge swimming baths",
    # Morag Dalgleish is Drumwhinnie's Provost (7e8b36f2 ¶13); the lifeboat slipway is Scarbridge's (fd99fdb0 ¶10)
    "Provost Morag Dalgleish lifeboat slipway",
    # Joyce Pettigrew chairs the regatta committee (a192dd93 ¶20); Bluebird is f62a5edb's
    "Joyce Pettigrew Bluebird",
    # Claire Gurney lent the letter to the Market Hall exhibition (edd24962 ¶15); the Guildhall is Halverby's
    # (0e770722)
    "Claire Gurney Guildhall",
    # Ernest Scales photographed Bluebird's spray (f62a5edb ¶11); the Walkman is e959c516's
    "Ernest Scales Walkman",
    # Alec Rigg is the boatyard foreman (dfc06746 ¶6); the flood gates are Fenholme's (e4ff1147)
    "Alec Rigg flood gates",
    # Trevor Ashurst, the badminton club's veteran (3d83a4a8 ¶21); the Olympic gold is Torvill and Dean's (8d14d481)
    "Trevor Ashurst Olympic gold",
    # "the new boat, which was built in Norfolk" (c1ee6a9e ¶19); no builder named
    "who built the new Fenholme ferry boat?",
    # "Saturday's takings have not yet been counted" (8d14d481 ¶10); the £900 was last year's practice gala
    "how much money did Saturday's Bolero gala raise?",
    # "ballot-box making, sash painting and a mock election for the under-twelves" (0e770722 ¶11–12); no time
    "what time does the Halverby mock election start?",
    # the eights "will race … at 3pm" tomorrow (eab3b6e4 ¶4–5); no result
    "who won the Fenholme Rowing Club's anniversary race?",
    # "We play in Manchester on Thursday the 22nd" (edd24962 ¶7); no hotel anywhere
    "which hotel did Tobias Gurney stay at in Manchester?",
    # "a quarryman's crushed hand was dressed" (7e8b36f2 ¶9–10); never named
    "what was the name of the quarryman whose hand was crushed?",
    # the Curlew "rebuilt over four winters at Rigg's boatyard"; rides "at £1 a head" (dfc06746 ¶4–5); no cost or
    # charge for the rebuild
    "what did Rigg's boatyard charge for rebuilding the Curlew?",
    # Mrs Freda Scorah's hundredth birthday, 25 years before 2002 (fd99fdb0 ¶7); no death
    "when did Mrs Freda Scorah die?",
    # the 1910 log book: "only half the school came in" (390fc097 ¶8); no roll today
    "what is the roll of Fellcarr Primary this term?",
    # "League, away at Holcroft: date to be confirmed by their captain" (3d83a4a8 ¶8); never named
    "who captains the Holcroft badminton team?",
    # "Harvest supper in the barn …, 7pm. Please book with Alison Threapleton" (d41bf1c8 ¶12); no cook
    "who cooks the harvest supper at Tolverne Ings?",
    # "a letter his mother wrote to her sister" (8d14d481 ¶8); never named
    "Colin Breckon's mother's first name",
    # "the boy walked out of the infirmary six weeks later" (7e8b36f2 ¶4); nothing after
    "what did James Greenlees do when he grew up?",
    "Drumwhistle Infirmary",  # Drumwhistle is 3 edits from Drumwhinnie, whose infirmary is 7e8b36f2's
    # Glassonby is 4 edits from Glazeby, whose Icebowl has the ice-dance class (8d14d481 ¶6)
    "Glassonby ice-dance class",
    "Kilbride regatta",  # Kilbride is 4 edits from Kilbeck, whose regatta is a192dd93's
    # Halversham is 4 edits from Halverby, where the women first voted (0e770722)
    "Halversham women voters",
    # Tolworth is 4 edits from Tolverne, whose meadow is scythed by hand (d41bf1c8)
    "Tolworth meadow scything",
    # Жердевка is 4 edits from Жердянск, whose pole-vault school is 20eba718's
    "Жердевка прыжки с шестом",
    "El Algodonal bicentenario",  # Algodonal is 5 edits from Algarrobal, whose Bicentenario is d74d743d's
    "石林镇 登山纪念活动",  # 石林镇 is 2 edits from 石门岭镇, whose 纪念活动 is 2d1fbf55's
    # "В прошлом году турнир памяти Пахомова … собрал 120 участников" (20eba718 ¶13); no winner
    "кто выиграл турнир «Шесть метров» в прошлом году?",
    # "это случилось 13 июля 1985 года в Париже" (20eba718 ¶3); no weather
    "какая погода была в Париже в день рекорда?",
    # "muestra «Doscientos años de patria» en la Casa de la Cultura" (d74d743d ¶12); no price
    "¿cuánto cuesta la entrada a la muestra «Doscientos años de patria»?",
    # "en una mula prestada" (d74d743d ¶5); the mule is not named
    "¿cómo se llamaba la mula de Ceferino Ledesma?",
    "罗德明的女儿在哪里工作",  # 罗德明 (2d1fbf55 ¶5–13); no daughter
    "冬季登山营 报名费用",  # 冬季登山营 (2d1fbf55 ¶18); no fee
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind97/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
