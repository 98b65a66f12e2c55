"""A seventy-ninth lookup query set, BLIND (written in the thirty-ninth session for the fortieth round):
committed unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (as in
blind56).

Nobody may read, tune on or score it before the end of the fortieth round; it is then scored once, as
committed, and that number is reported as it comes out.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind77.py and tests/queries_blind78.py, the latter
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and
  ё read as е, Chinese by character pairs, a few stop words left out) with every earlier query, and with
  the earlier queries of this set, while the set was being written; a query sharing more than half of
  its words with any one of them was replaced. The seeds have been queried many thousands of times by
  now, so most of these seed queries join passages, names or phrasings that no earlier query joined,
  and most first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind91/docs, copied as ONE
  corpus into a subfolder blind91/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6, word-form 4 + 6, translit
4 + 10, russian 2 + 3, spanish 1 + 3, chinese 1 + 3, mention-noise 2 + 3, typo 3 + 3, name 1 + 2,
phrase 6 + 3, question 3 + 4, topic 3 + 3: 35 + 49 answerable, and 21 + 31 unanswerable. The seeds'
kinds lean towards phrases and away from names, because nearly every name in seeds/ (alone or paired)
has been queried before. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are of varied kinds: a name the corpus holds joined to a subject it never
connects with that name (or to a subject of another article); a question in the corpus's own words
about something it does not say (who won, was a supervisor, a captain, a presenter or a translator;
when someone was born or retired; how many, what time, what it cost, which hotel, what a band or
the five boys were called); a place the corpus does not hold but spelled close to one it does (two
or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one or more
words with its corpus on purpose (in another script for some of the seeds' ones), and every article
holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (in seeds/000–003 each line, as in the earlier sets;
in seeds/004 and in the new documents each line, which there is one paragraph; the title line
included, alone and joined to each paragraph) holds all of the query's words. For word-form queries it
checked that the form the query uses is not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind91/docs/* into ONE temporary
# corpus folder under the subfolder blind91/: files are then "blind91/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind91/docs",)
NEWDOCS_SUBDIRS = ("blind91",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
# en_thripley_courier_cuttings_digest.txt and en_wixtead_herald_cuttings_digest.txt are split by the loader into
# three articles each (the cuttings, headline line to last line: ¶4–7, ¶12–15, ¶20–23/24); the file's header line
# (¶1), the "* * *" rules and the datelines (¶3, ¶11, ¶19) belong to none of them.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "8d5f693f": "CATTLOW TOWN COUNCIL",
    "47d1846a": "DRAXWELL GAZETTE",
    "c888850c": "THE FENBURY ECHO",
    "9f8bca70": "HORSEBROOK WOOD",
    "5fde54dc": "DICKENS AT TWO HUNDRED",
    "3de29ac7": "OBITUARIES - Friday 25 January",
    "50ebe174": "THE PELTERBY ADVERTISER - WEEKEND FEATURE",
    "7e592e71": "SARSENS AND SANDWICHES - old stones and packed lunches",
    "0d1142c3": "STANNERBY PETANQUE CLUB",
    "7b043138": "Thripley to go automatic in the telephone's centenary month",
    "fc32ba7f": "Bypass open at last",
    "484d5c63": "Exchange building to become flats",
    "c7cd39a0": "WITHERNBY CHURCH OF ENGLAND PRIMARY SCHOOL",
    "cf19a940": "Carnival crowds defy the rain",
    "6cc0d1b8": "A hundred years up the mountain",
    "f5dcc074": "Doors open on a hundred buildings",
    "faa64259": "EL HERALDO DE BENALCERRO",
    "05deaec0": "«ГЛИНОРЕЦКИЙ ВЕСТНИК»",
    "1b48fc77": "鹭洲镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "even from the occasional Conservative MP" ¶523; "headmaster
    # of the Shandan Bailie School" ¶483 (and ¶501)
    Query("Ocean Devil Conservative MP Shandan Bailie School", "ac7222d4", "cross-paragraph"),
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451; Ramaphosa: developing nations are facing "great hardships
    # and danger" ¶467
    Query("Khaled bin Mohamed great hardships and danger", "e065690c", "cross-paragraph"),
    # "a number of cities in Shaanxi and Gansu provinces" ¶549; "the Nationalist Party (Kuomintang (KMT)) … held the
    # 7th National Congress" ¶557
    Query("Shaanxi Gansu Kuomintang 7th National Congress", "6710eba1", "cross-paragraph"),
    # "avoiding alliance language that might imply mutual defence obligations" line 11; "symbols like the Yasukuni
    # Shrine" line 41
    Query("mutual defence obligations Yasukuni Shrine", "b39d8185", "cross-paragraph"),
    # Mirziyoyev: "medical and health care" ¶207; Shehbaz Sharif: "boosting Pakistan's home-grown capacity for
    # development" ¶211
    Query("Mirziyoyev medical and health care Shehbaz home-grown capacity", "3a9fa4ed", "cross-paragraph"),
    # Word forms: the text has another form
    # "Cambodia always views its relations with China from a strategic perspective" ¶241 (views → viewing)
    Query("Cambodia viewing its relations with China from a strategic perspective", "5a5d8582", "word-form"),
    # Putin: "The Soviet Union and China … made huge national sacrifices" line 11 (plural → singular; b39d8185 line
    # 34 has "made enormous sacrifices")
    Query("the Soviet Union and China made a huge national sacrifice", "424ab945", "word-form"),
    # Lula: "It is up to BRICS to show that cooperation overcomes any form of rivalry" ¶465 (overcomes → overcame)
    Query("BRICS cooperation overcame any form of rivalry, Lula said", "e065690c", "word-form"),
    # Lukashenko: "China now faces an even brighter prospect" ¶265 (prospect → prospects)
    Query("China now faces even brighter prospects", "0e5d6094", "word-form"),
    # Another script or romanisation
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as … Chen Hansheng" ¶491 in Cyrillic
    Query("Джонатан Риз Майерс и Чоу Юньфат", "ac7222d4", "translit"),
    # "Jodie Evans (Co-founder of Code Pink)" ¶365 in Cyrillic
    Query("Джоди Эванс, Код Пинк", "d89fdf72", "translit"),
    # "Vietnamese Prime Minister Pham Minh Chinh visited Tianjin" ¶79 in Cyrillic
    Query("Пхам Минь Тинь в Тяньцзине", "362ba691", "translit"),
    # accents dropped: "Para mí, me quedó claro que mantener el pueblo como dueño de su historia" ¶325
    Query("Para mi, me quedo claro que mantener el pueblo como dueno de su historia", "dde32893", "translit"),
    # Russian (names written in Cyrillic)
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501; "his mentor, the New Zealand internationalist Rewi
    # Alley" ¶495
    Query("Михаил Линдси и Реви Элли", "ac7222d4", "russian"),
    # "James MacManus's biography" ¶489; "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491
    Query("Джеймс Макманус и Чэнь Ханьшэн", "ac7222d4", "russian"),
    # Spanish
    # "Cada ciudad que visitamos mostró cómo el Partido Comunista está guiando el desarrollo" ¶319
    Query(
        "Cada ciudad que visitamos mostró cómo el Partido Comunista está guiando el desarrollo", "dde32893", "spanish"
    ),
    # Chinese (names in Chinese characters)
    # the Hanoi guests: Miguel Díaz-Canel ¶155, Hun Sen ¶154, Zhao Leji ¶156, Igor Sergeenko ¶157 (362ba691 has
    # Zhao Leji only)
    Query("迪亚斯-卡内尔 洪森 赵乐际 谢尔盖延科", "20f574be", "chinese", also=("362ba691",)),
    # Mentions and zero-width spaces around the real words
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien … their swift integration into rehearsals"
    # ¶77
    Query("<@&61> Sen. Lt. Gen.\u200b rehearsals foreign troops", "362ba691", "mention-noise"),
    # "Concrete examples from Botswana, Laos, Nepal, and Egypt" ¶537; "Discussions at Fudan University" ¶541
    Query("<@1200> Fudan University\u200b Botswana Nepal", "6710eba1", "mention-noise"),
    # Typos (1–2 edits)
    # "King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk" ¶235
    Query("Sihamonni Monineth", "5a5d8582", "typo"),
    Query("Orinico Tribune", "f78fdcd6", "typo"),  # "first published by Orinoco Tribune" ¶49, ¶53
    # "Kazakhstan President Kassym-Jomart Tokayev" ¶405
    Query("Kassym-Jomart Tokaev", "26d64f12", "typo"),
    # Names
    # "our co-editor Keith Bennett" ¶475; George Hogg ¶477–499; Arthur Clegg ¶515–523 (d89fdf72 has Keith Bennett
    # among its speakers, no Hogg)
    Query("Keith Bennett, George Hogg and Arthur Clegg", "ac7222d4", "name"),
    # Phrases
    # "saw in this a reinforcement for, rather than any rivalry with, the similar work" ¶525
    Query("a reinforcement for, rather than any rivalry with", "ac7222d4", "phrase"),
    # "an ironclad friendship that was forged through historical twists and turns" ¶211
    Query("forged through historical twists and turns", "3a9fa4ed", "phrase"),
    # "the Olympic champion who once stunned the world" ¶285
    Query("champion who once stunned the world", "7ab1f62c", "phrase"),
    # "Vietnam deeply treasures this valuable assistance" ¶147
    Query("Vietnam deeply treasures this valuable assistance", "20f574be", "phrase"),
    # "add new impetus to China-Arab and China-Africa relations" ¶411
    Query("add new impetus to China-Arab and China-Africa relations", "26d64f12", "phrase"),
    # "His first visit to China in six years drew extraordinary global attention" ¶219
    Query("six years drew extraordinary global attention", "eca32116", "phrase"),
    # Questions
    # "Reaffirm commitment to the 2001 Treaty of Good-Neighborliness and Friendly Cooperation" line 47
    Query("what year was the Treaty of Good-Neighborliness signed?", "b39d8185", "question"),
    # "after the Paris Olympics, … he returned to Tianjin, the northern Chinese city of his birth" ¶289
    Query("which city did Liddell return to after the Paris Olympics?", "7ab1f62c", "question"),
    # "accompanied by senior members of the Venezuelan government, including Vice President Delcy Rodríguez and
    # Defence Minister Vladimir Padrino" ¶33 (and ¶53)
    Query("who accompanied Maduro at the monument inauguration?", "f78fdcd6", "question"),
    # Topics
    # "The British survivors from the Japanese Far East prisoner-of-war camps were all required not to talk about
    # their ordeals in captivity" ¶277
    Query("British survivors of prisoner-of-war camps ordeals in captivity", "7ab1f62c", "topic"),
    # "signed multiple bilateral cooperation documents in such fields as … sub-national agricultural cooperation, and
    # artificial intelligence" ¶91
    Query("artificial intelligence sub-national agricultural cooperation Cuba", "d807680a", "topic"),
    # "Cuba was the first country in Latin America to build a bilateral community with a shared future with China"
    # ¶89
    Query("Cuba first in Latin America bilateral community with a shared future", "d807680a", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Myanmar (26d64f12 ¶405–419); no ambassador named anywhere
    "кто был послом Китая в Мьянме?",
    # "held at the historic Ba Dinh Square … on the morning of September 2" (20f574be ¶143); no end
    "what time did the Ba Dinh Square ceremony end on September 2?",
    # Kim Jong Un's visit, September 2-4 (eca32116 ¶219–223); no hotel
    "which hotel did Kim Jong Un's delegation use during the September visit?",
    # "Claudia Jones, the African-American communist" (ccf1d4fa ¶123); no dates of her life
    "в каком году умерла Клаудия Джонс?",
    # the Minyuan Stadium, "Modeled after London's Stamford Bridge (home of Chelsea Football Club)" (7ab1f62c ¶291);
    # no captain, no opening
    "who captained Chelsea Football Club when the Minyuan Stadium opened?",
    # "the General Secretary of the Communist Party of Britain" (20f574be ¶159) is not named
    "who is the General Secretary of the Communist Party of Britain?",
    # Liddell "returned to Tianjin" (7ab1f62c ¶289); no ship
    "what ship did Eric Liddell sail to China on?",
    # Li Jinxian is 097182f6's; Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "Li Jinxian Buckingham Palace",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the Dunhuang dialogue is 6710eba1's (¶537)
    "Chen Weihua Dunhuang dialogue",
    # Edinborough is 2+ edits from Edinburgh, where China's Consulate-General writes of the Olympic champion
    # (7ab1f62c ¶273–287)
    "Edinborough consulate Olympic champion",
    # the Caracas monument (f78fdcd6 ¶33–57); no music
    "какой гимн исполнили на открытии памятника в Каракасе?",
    "Wonsong monument",  # Wonsong is 2 edits from Wonsan, where Lavrov announced a monument (097182f6 line 7)
    # Madbouly met Xi in Tianjin (26d64f12 ¶411–413); the Buckingham Palace speech is ac7222d4's (¶479)
    "Mostafa Madbouly Buckingham Palace",
    # Hun Manet (5a5d8582 ¶243–247); the Lenovo factory is in Shanghai, on the delegation's trip (dde32893 ¶339)
    "Hun Manet Lenovo factory",
    # "the participation of Lao People's Army soldiers in the National Day parade" (20f574be ¶145); no uniform
    "what colour was the uniform of the Lao soldiers in the Hanoi parade?",
    # "in a speech in Buckingham Palace, President Xi Jinping recalled" (ac7222d4 ¶479); no translator
    "who translated Xi Jinping's Buckingham Palace speech into English?",
    # "Dr. Norman Bethune, heir to a Scottish family of doctors" (7ab1f62c ¶275); no town
    "which Scottish town was Norman Bethune's family from?",
    # Callum Norris wrote the delegation's report (6710eba1 ¶533); Buckingham Palace is ac7222d4's
    "Callum Norris Buckingham Palace state visit",
    # "Xinhua correspondents Zheng Bofei and Jin Jing write" (7ab1f62c ¶287); nothing about pay
    "what did Xinhua pay its correspondents in Edinburgh?",
    # the Hanoi parade troops came from "China, Russia, Laos, and Cambodia" (362ba691 ¶77); Myanmar is 26d64f12's
    "кто из Мьянмы приехал на парад в Ханое?",
    # "sí, probamos el vino — delicioso" is at JISCO in Jiayuguan (dde32893 ¶335); no meal in Dunhuang
    "¿qué comió Sydney Loving en Dunhuang?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph (in these files every line is a paragraph; no line, title line included, holds all the words)
    # "Thomas Farriner's bakehouse" ¶7; "ring a quarter peal" ¶10; "Contact: Dawn Wibberley" ¶20
    Query("Thomas Farriner quarter peal Dawn Wibberley", "8d5f693f", "cross-paragraph"),
    # "Mrs Ivy Gosford" ¶5; "the Harcourt wedding, eight bridesmaids" ¶9; "visiting her sister in Ayr" ¶15
    # (3de29ac7 ¶12 has "her sister in Ayr", without Gosford or the wedding)
    Query("Ivy Gosford Harcourt wedding sister in Ayr", "47d1846a", "cross-paragraph"),
    # "The baths committee" ¶7; "in the Abbey Gardens" ¶12; "The registrar expects" ¶16
    Query("baths committee Abbey Gardens registrar", "c888850c", "cross-paragraph"),
    # "pole-lathe turning" ¶12; "Early-morning walks for photographers" ¶9; "in the survey squares" ¶20
    Query("pole-lathe turning photographers survey squares", "9f8bca70", "cross-paragraph"),
    # "A draper, Samuel Ponder" ¶6; "the Staplehurst crash of 9 June 1865" ¶13; "a toast to 'the Inimitable'" ¶14
    Query("Samuel Ponder Staplehurst crash Inimitable", "5fde54dc", "cross-paragraph"),
    # "Дневник передала в клуб внучка мастера, Вера Орехова, … архив бывшего телеателье" ¶10; "Председатель клуба
    # Алексей Полозов" ¶15
    Query("Вера Орехова телеателье Алексей Полозов", "05deaec0", "cross-paragraph"),
    # Word forms
    # "a barrister called Cecil Chubb … bought Stonehenge at auction" ¶4 (bought → buying, irregular)
    Query("Cecil Chubb buying Stonehenge at auction", "7e592e71", "word-form"),
    # "she put through the last manual call herself" ¶12 (put → putting)
    Query("Olive Yelverton putting through the last manual call", "3de29ac7", "word-form"),
    # "queued at Farringdon Street for one of the first public trains" ¶6 (queued → queueing)
    Query("Josiah Brocksett queueing at Farringdon Street", "50ebe174", "word-form"),
    # "который в шестидесятые годы чинил телевизоры" ¶8 (чинил → чинит)
    Query("Степан Орехов чинит телевизоры", "05deaec0", "word-form"),
    # "que cinco muchachos de Maro encontraron la noche del 12 de enero de 1959" ¶6 (encontraron → encuentran)
    Query("cinco muchachos de Maro encuentran la cueva", "faa64259", "word-form"),
    # "The managers visited on the 14th and have promised a second stove by the 1st of February" ¶9 (promised →
    # promising)
    Query("managers promising a second stove by the 1st of February", "c7cd39a0", "word-form"),
    # Another script or romanisation
    Query("Сесил Чабб", "7e592e71", "translit"),  # "a barrister called Cecil Chubb" ¶4 in Cyrillic
    # "Charles Dickens was born at Landport" ¶4 in Chinese characters
    Query("查尔斯·狄更斯", "5fde54dc", "translit"),
    Query("奥利芙·耶尔弗顿", "3de29ac7", "translit"),  # "Olive Yelverton" ¶3, ¶5 in Chinese characters
    # "дневник Степана Лукича Орехова" ¶8 in Latin letters
    Query("Stepan Lukich Orekhov", "05deaec0", "translit"),
    Query("Lin Xiuying", "1b48fc77", "translit"),  # "退休教师林秀英" ¶9 in pinyin
    Query("Zhou Jianping", "1b48fc77", "translit"),  # "校长周建平" ¶18 in pinyin
    # accents dropped: "Casa de Cultura de Benalcerro, calle del Pósito" ¶20
    Query("calle del Posito Casa de Cultura Benalcerro", "faa64259", "translit"),
    Query("Джозайя Броксетт", "50ebe174", "translit"),  # "Josiah Brocksett, a ledger clerk" ¶6 in Cyrillic
    # "William Tranter, a stoker at the town gasworks" ¶13 in Cyrillic
    Query("Уильям Трэнтер", "6cc0d1b8", "translit"),
    # "the Mayor, Councillor Helen Drumbraid" ¶10 in Cyrillic
    Query("Хелен Драмбрейд", "8d5f693f", "translit"),
    # Russian
    # "городской клуб любителей телевидения «Антенна» готовит выставку" ¶7
    Query("клуб любителей телевидения «Антенна»", "05deaec0", "russian"),
    # "заявки на конкурс детских рисунков «Телевизор моей бабушки»" ¶13
    Query("конкурс детских рисунков «Телевизор моей бабушки»", "05deaec0", "russian"),
    Query("Полвека в девять вечера", "05deaec0", "russian"),  # the headline, ¶4
    # Spanish
    # "cuando se descolgaron por una sima detrás de los murciélagos" ¶6
    Query("se descolgaron por una sima detrás de los murciélagos", "faa64259", "spanish"),
    # "Las visitas guiadas a la cueva … con autobús gratuito desde la plaza" ¶13
    Query("visitas guiadas a la cueva con autobús gratuito", "faa64259", "spanish"),
    # "muestran a los vecinos con boina y alpargatas" ¶15
    Query("los vecinos con boina y alpargatas", "faa64259", "spanish"),
    # Chinese
    Query("毛巾和搪瓷杯", "1b48fc77", "chinese"),  # 送了一条毛巾和一只搪瓷杯 ¶9
    Query("二十棵桂花树", "1b48fc77", "chinese"),  # 种下二十棵桂花树 ¶15
    Query("校史陈列室 对外开放", "1b48fc77", "chinese"),  # 校史陈列室将于9月12日至30日对外开放 ¶14
    # Mentions and zero-width spaces
    # "The terrain at Stannerby Rec reopens …, with the Founders' Cup" ¶14
    Query("<@404> Founders' Cup\u200b Stannerby Rec", "0d1142c3", "mention-noise"),
    # "including the gasworks office and the old fire station" ¶21 (6cc0d1b8 ¶13 has "the town gasworks" only)
    Query("@everyone \u200bgasworks office\u200b old fire station", "f5dcc074", "mention-noise"),
    # "The Thripley bypass opened … eleven years after the first public inquiry" ¶13
    Query("<#12> \u200bbypass public inquiry", "fc32ba7f", "mention-noise"),
    # Typos
    Query("Horsbrook Wood bluebels", "9f8bca70", "typo"),  # "HORSEBROOK WOOD … Bluebell open days" ¶1–2
    Query("Stanerby Petanq Club", "0d1142c3", "typo"),  # "STANNERBY PETANQUE CLUB" ¶1
    # "WITHERNBY CHURCH OF ENGLAND PRIMARY SCHOOL" ¶1; "thirty shepherds' costumes for the nativity play" ¶6
    # (50ebe174's Carol Withern is another word)
    Query("Whithernby nativity play shepherds", "c7cd39a0", "typo"),
    # Names
    Query("Linda Marsh", "cf19a940", "name"),  # "The carnival queen, Linda Marsh, 17" ¶6
    Query("Ralph Oxlade", "47d1846a", "name"),  # "Councillor Ralph Oxlade told the meeting" ¶13
    # Phrases
    Query("warmer than the sea at Skegness", "c888850c", "phrase"),  # ¶8
    Query("the coin feels like a button", "47d1846a", "phrase"),  # ¶16
    Query("nobody will miss waiting for a line", "7b043138", "phrase"),  # ¶7
    # Questions
    # "walked into the Palace Theatre in Salisbury and bought Stonehenge at auction for £6,600" ¶4
    Query("how much was Stonehenge sold for at the Palace Theatre?", "7e592e71", "question"),
    # "The Thripley bypass opened to traffic on Friday the 10th" ¶13 (dateline 14 November 1989, ¶11)
    Query("when did the Thripley bypass open?", "fc32ba7f", "question"),
    # "Opened the school with 43 children" ¶9
    Query("how many children did Withernby school open with in 1879?", "c7cd39a0", "question"),
    Query("what is the admission charge for Horsebrook Wood?", "9f8bca70", "question"),  # "adults £3" ¶22
    # Topics
    # "the 150th anniversary of the opening of the Metropolitan Railway" ¶5; "seats behind the steam locomotive" ¶13
    Query("Metropolitan Railway 150th anniversary steam locomotive", "50ebe174", "topic"),
    # "told in the parish chest. When the collection for the relief of the homeless Londoners was ordered" ¶8
    Query("parish chest collection for the relief of the homeless Londoners", "8d5f693f", "topic"),
    # "the first train climbed Snowdon" ¶13; "The railway is running centenary trains" ¶15
    Query("Snowdon railway centenary trains", "6cc0d1b8", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Cecil Chubb bought Stonehenge (7e592e71 ¶4); Pudding Lane is the Great Fire's (8d5f693f ¶7)
    "Cecil Chubb Pudding Lane",
    # Olive worked at the Ruddle Bridge exchange (3de29ac7 ¶5–12); the Thripley exchange is 7b043138/484d5c63's
    "Olive Yelverton Thripley exchange",
    # Ivy Gosford's drapery (47d1846a); the census forms are Fenbury's (c888850c)
    "Ivy Gosford census form",
    # Linda Marsh is Wixtead's carnival queen (cf19a940 ¶6); the Snowdon railway is 6cc0d1b8's
    "Linda Marsh Snowdon railway",
    # Josiah Brocksett rode the Metropolitan Railway (50ebe174); the Staplehurst crash is the Dickens talk's
    # (5fde54dc ¶13)
    "Josiah Brocksett Staplehurst crash",
    # Carol Withern is Josiah's great-great-granddaughter (50ebe174 ¶11); the school is Withernby's (c7cd39a0)
    "Carol Withern school centenary",
    # the exchange "had twelve lines and a bell that rang in the postmaster's kitchen" (3de29ac7 ¶7); no supervisor
    "who was Olive Yelverton's first supervisor at the exchange?",
    # the Great Fire "burned until the 6th" (8d5f693f ¶7); no toll
    "how many people died in the Great Fire of London?",
    # "wrapped in a page of the auction catalogue (a copy, I promise)" (7e592e71 ¶13); no price
    "what did the Stonehenge auction catalogue cost?",
    # "Last winter's indoor open … drew nineteen teams" (0d1142c3 ¶8); no winner
    "who won last winter's indoor open at Stannerby?",
    # the Metropolitan "carried more than nine million passengers" (50ebe174 ¶9); the Snowdon line (6cc0d1b8) has
    # no count
    "how many passengers did the Snowdon railway carry in its first year?",
    # "The committee has already booked the bands" (cf19a940 ¶7); no band named
    "what was the name of the band at the Wixtead carnival?",
    # "was away by the ten o'clock train" (5fde54dc ¶6); no hotel
    "which hotel did Charles Dickens stay at in Lutterby?",
    # "sold to a Lincoln developer" (484d5c63 ¶21); no price
    "how much did the Lincoln developer pay for the Thripley exchange?",
    # "The Mayor swam the first length" (c888850c ¶8); no name
    "who was the Mayor of Fenbury when the swimming baths opened?",
    # Harry Fenn "has sold newspapers at the corner of Market Row for thirty years" (47d1846a ¶17); no retirement
    "when did Harry Fenn retire?",
    "Horsebridge Wood bluebells",  # Horsebridge is 4 edits from Horsebrook, whose bluebells are 9f8bca70's
    "Thriplow bypass",  # Thriplow is 2 edits from Thripley, whose bypass is fc32ba7f's
    "Stanmore petanque club",  # Stanmore is 4 edits from Stannerby, whose petanque club is 0d1142c3's
    "Cueva de Nerpio",  # Nerpio is 3 edits from Nerja, whose cave is faa64259's
    # "её первый выпуск вышел в эфир 1 января 1968 года" (05deaec0 ¶6); no presenter
    "кто вёл первый выпуск программы «Время»?",
    # "новые лампы для "Рекорда" обещают не раньше 15-го" (05deaec0 ¶9); no price
    "сколько стоил телевизор «Рекорд»?",
    "в каком году умер Степан Лукич Орехов?",  # Степан Лукич Орехов (05deaec0 ¶8); no dates of his life
    # "se descolgaron por una sima detrás de los murciélagos" (faa64259 ¶6); no count
    "¿cuántos murciélagos hay en la Cueva de Nerja?",
    # "cinco muchachos de Maro encontraron" the cave (faa64259 ¶6); no ages
    "¿cuántos años tenían los muchachos que encontraron la cueva?",
    "林秀英 哪一年 开始 教书",  # 退休教师林秀英 (1b48fc77 ¶9); not when she began to teach
    "鹭洲中心小学 学生人数",  # 四间瓦房教室和七位老师 (1b48fc77 ¶8); no pupil count
    "周建平 当校长 几年",  # 校长周建平 (1b48fc77 ¶18); no years
    # "The first headmaster, Mr Elias Thorne" (c7cd39a0 ¶9); no years in office
    "how long was Elias Thorne headmaster of Withernby school?",
    # "a bell that rang in the postmaster's kitchen" (3de29ac7 ¶7); the Thripley postmaster (7b043138 ¶7) is not
    # named either
    "what was the name of the Ruddle Bridge postmaster?",
    # Dawn Wibberley is Cattlow's communications officer (8d5f693f ¶20); the solstice is the Stonehenge blog's
    "Dawn Wibberley Stonehenge solstice",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind91/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
