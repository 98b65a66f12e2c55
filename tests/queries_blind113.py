"""A hundred-and-thirteenth lookup query set, the fifty-seventh round's BLIND set (written in the fifty-sixth session):
committed unscored, scored once at the end of the round, and not read while the search is tuned (a score on it is
out-of-sample only until it has been looked at), RICH IN UNANSWERABLE QUERIES, laid out as tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind111.py and tests/queries_blind112.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words and the mention tokens left out)
  with every earlier query (some fifteen thousand), and with the earlier queries of this set, while the
  set was being written; a query sharing more than half of its words with any one of them was replaced.
  The seeds are exhausted: every short name, phrase, transcription and question tried had been used
  already, and about nine in ten first drafts had to be rewritten, so the seed queries here are mostly
  longer joins of three or four passages, rare inflections and long typos, and there are fewer of them
  than the new documents' queries.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind125/docs, copied as ONE
  corpus into a subfolder blind125/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 11 + 11 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 5 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 3 + 12 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 1 + 3,
spanish 2 + 3, chinese 1 + 3, mention-noise 1 + 3 (Discord/Telegram mentions and zero-width characters
around the real words), typo 3 + 4 (1–2 edits a word), name 0 + 3, phrase 1 + 4, question 2 + 6,
topic 5 + 4: 35 + 65 answerable, and 12 + 34 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
was a skipper, a first head, a trainer, a conductor, a soloist or a gig's captain; who opened a picture
house or chaired a lecture; what a band played or a score was; how many cars, members, swimmers,
spectators or festival-goers; what a ticket, a season ticket or a donation cost; which hotel or airline;
what a gift or a telephone's model was); a place the corpus does not hold (spelled two or more edits from
anything real in it, or simply absent) joined to a subject it does; Russian, Spanish and Chinese ones.
Each shares one or more words with its corpus on purpose (in another script for some), and every article
holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets; in the new documents, which have no blank lines,
each line) holds all of the query's words. For word-form queries it checked that the form the query
uses is not in the corpus (or, where it is, in which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind125/docs/* into ONE temporary
# corpus folder under the subfolder blind125/: files are then "blind125/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind125/docs",)
NEWDOCS_SUBDIRS = ("blind125",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "cf612ae5": "AVONHOLT ECHO — FEATURE",
    "e28dae8c": "COLD WATER MONDAYS",
    "9c4138c1": "CROWSIKE KITE FLIERS",
    "386a85a3": "DUNCHWELL, Tuesday 14 September",
    "ac2123ab": "FERRYHYTHE MARSH: GUIDED WALKS WITH THE WARDEN",
    "e6f08afc": "HALLAMBY POST — YEARS AGO",
    # en_hendlebury_courier_music_digest.txt, split by the loader into three cuttings, each titled by its first
    # line: the Choral Union's Creation of 1986 (¶3–7), the Pomp and Circumstance centenary (¶10–16), the music
    # festival of 2009 (¶19–26); the "* * *" rules (¶8, ¶17) come out as articles of their own (60aed6ea,
    # 60aed6ea-2) and the header and datelines (¶1–2, ¶9, ¶18) belong to none of them
    "2347a422": "The Hendlebury Choral Union will sing Haydn's Creation",
    "01bfde55": "Tonight, a hundred years to the night after Elgar's first Pomp and Circumstance",
    "469a2a75": "The eleventh Hendlebury Music Festival runs from 4 to 12 July",
    "36fbbc85": "OSBERT OUTHWAITE",
    "4c68199d": "PICKTHORN BROW PRIMARY SCHOOL",
    "2713e944": "SALLERTON PHILOSOPHICAL INSTITUTE",
    "55e4f6b7": "TAMESFORD METROPOLITAN BOROUGH COUNCIL",
    # en_trevannel_mercury_harbour_digest.txt, split by the loader into three cuttings, each titled by its first
    # line: the tidal pool reopens in 1989 (¶3–7), Ellen MacArthur in 2005 (¶10–15), the regatta of 2023
    # (¶18–22); the "* * *" rules (¶8, ¶16) come out as articles of their own (531126ec, 531126ec-2) and the
    # header and datelines (¶1–2, ¶9, ¶17) belong to none of them (so the name "Trevannel" is in none of the
    # three but the second, where "Trevannel's pilot gig" is)
    "788639aa": "The tidal pool below the Battery reopens at ten o'clock",
    "6f8a5a81": "Ellen MacArthur crossed the finishing line between Ushant and the Lizard",
    "5531d291": "The harbour regatta returns on Saturday 12 and Sunday 13 August",
    "2c9ca7d6": "Vilaserena, 9 de noviembre",
    "c31aeea2": "Тальцевск, 8 декабря",
    "7ef934ce": "柑岭镇讯",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Jenny Clegg, writing for the Society for Anglo-Chinese Understanding (SACU)" ¶513; "his mentor, the New
    # Zealand internationalist Rewi Alley" ¶495; "members of the House of Lords" ¶519
    Query("Society for Anglo-Chinese Understanding Rewi Alley House of Lords", "ac7222d4", "cross-paragraph"),
    # "President Díaz-Canel noted that the commemorative events … had a solemn and lively atmosphere" ¶89;
    # "sub-national agricultural cooperation, and artificial intelligence" ¶91
    Query(
        "Díaz-Canel solemn and lively atmosphere sub-national agricultural cooperation", "d807680a", "cross-paragraph"
    ),
    # "The victory of China is the victory of the Bolivarians" ¶39; "first published by Orinoco Tribune" ¶49 (and
    # ¶53); "A sister power, a friendly power" ¶41; "the victory of the Soviet Red Army against Nazi Germany" ¶37
    Query("Bolivarians Orinoco Tribune sister power Soviet Red Army Nazi Germany", "f78fdcd6", "cross-paragraph"),
    # "President Putin noted … the 80th anniversary of the victory of the Soviet Union's Great Patriotic War last
    # May" ¶193; "the UN, the SCO, the BRICS, the G20" ¶191; "more flagship projects" ¶189; "meeting with Mongolian
    # President Khurelsukh Ukhnaa" ¶197
    Query("Putin Great Patriotic War last May G20 flagship projects Mongolia", "c061f0a1", "cross-paragraph"),
    # "the chief guests among 26 heads of state and government" ¶219; "greeted at Beijing Railway Station by Cai
    # Qi, … Yin Yong, Mayor of Beijing" ¶221; "having common ideals, convictions and aspirations" ¶225 (20f574be
    # ¶163 has "bound by common ideals", of Laos and Cuba)
    Query("26 heads of state Cai Qi Yin Yong common ideals", "eca32116", "cross-paragraph"),
    # "At noon Xi met with Slovak Prime Minister Robert Fico" ¶13; "justice will prevail, peace will prevail" ¶19;
    # "green industries, e-commerce and digital payments" ¶27
    Query("Robert Fico noon justice will prevail e-commerce digital payments", "faecd2e1", "cross-paragraph"),
    # "the Global Development Initiative, Global Security Initiative, and Global Civilization Initiative" line 13;
    # "the UN, WTO, and IMF" line 15; "moved beyond ad hoc or tactical engagement" line 7
    Query("Global Civilization Initiative WTO IMF ad hoc tactical engagement", "b39d8185", "cross-paragraph"),
    # "headmaster of the Shandan Bailie School" ¶483 (and ¶501); "a month-long 1,100 kilometre (700 miles)
    # journey" ¶485; "to work with Gung Ho [the Chinese Industrial Cooperatives]" ¶497
    Query("Shandan Bailie 700 miles Gung Ho Industrial Cooperatives", "ac7222d4", "cross-paragraph"),
    # "Zimbabwean President Emmerson Mnangagwa" ¶5; "the 45th anniversary … 'five-star ironclad' friendship" ¶7;
    # "the outcomes of the Beijing Summit of the Forum on China-Africa Cooperation (FOCAC)" ¶9 (again ¶27)
    Query("Mnangagwa five-star ironclad 45th anniversary FOCAC Beijing Summit", "faecd2e1", "cross-paragraph"),
    # "remove Cuba from the arbitrary 'list of state sponsors of terrorism'" ¶101; "cybersecurity, nanotechnology,
    # life sciences, biomedicine, … brain sciences" ¶105
    Query("Cuba list of state sponsors of terrorism nanotechnology brain sciences", "d807680a", "cross-paragraph"),
    # "in the course of 14 years of war (1931-45) China suffered over 35 million casualties" ¶357; "Ken Hammond
    # (Historian and China scholar)" ¶363
    Query("35 million casualties 1931-45 Ken Hammond", "d89fdf72", "cross-paragraph"),
    # Word forms: the text has another form
    # "the signing of a new joint statement updating and deepening the China–Russia strategic partnership" line 2
    # (updating → updated, not in the corpus; deepening → deepened, which faecd2e1 ¶7 and d807680a ¶87 have, of
    # other friendships)
    Query("joint statement updated and deepened the China-Russia strategic partnership", "b39d8185", "word-form"),
    # "China's global initiatives … feature prominently, with Russia depicted as embracing and aligning with them"
    # line 13 (depicted → depicts)
    Query("Russia depicts itself as embracing China's global initiatives", "b39d8185", "word-form"),
    # "Zhao Leji conveyed General Secretary Xi Jinping's cordial greetings" (meeting To Lam) ¶67 (conveyed →
    # conveys)
    Query("Zhao Leji conveys Xi Jinping's greetings to To Lam", "362ba691", "word-form"),
    # "the Xinhua News Agency devoted a feature article to the legacy of Eric Liddell" ¶283 (devoted → devoting;
    # "devoting" is in ac7222d4 ¶483, of George Hogg)
    Query("Xinhua devoting a feature to Liddell's legacy", "7ab1f62c", "word-form"),
    # "las narrativas negativas y las mentiras estilo Guerra Fría con las que estamos bombardeadas" ¶309
    # (bombardeadas → bombardeados)
    Query("las narrativas negativas con las que estamos bombardeados", "dde32893", "word-form"),
    # Another script or romanisation
    # "Armenian Prime Minister Nikol Pashinyan" ¶257; "Maldives, Azerbaijan" in the title ¶253, in Cyrillic
    Query("Никол Пашинян Мальдивы Азербайджан", "0e5d6094", "translit"),
    # "President Nicolás Maduro" ¶33 and on, "Venezuela" ¶33 and on, "the victory of the Bolivarians" ¶39, in Chinese
    # characters
    Query("马杜罗 委内瑞拉 玻利瓦尔", "f78fdcd6", "translit"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501, in Cyrillic
    Query("Майкл Линдсей барон Биркер", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic)
    # Sydney Loving ¶297–345: "siendo de Texas" ¶335; "visitamos Xi'an, Yan'an" ¶307, "Fuimos para Yan'an" ¶315
    # (6710eba1 has Yan'an too, not Loving or Texas)
    Query("Сидни Лавинг из Техаса в Яньане", "dde32893", "russian"),
    # Spanish
    # "En Xi'an … los generales de terracota" ¶313; "Fuimos para Yan'an … después de la Marcha Larga" ¶315
    Query("generales de terracota en Xi'an y la Marcha Larga en Yan'an", "dde32893", "spanish"),
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel a los aeropuertos donde solo
    # te paras frente a una cámara" ¶329 ("los hoteles" ¶323)
    Query("hoteles con pequeños robots que toman el elevador y aeropuertos con cámara", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Vladimir Vladimirovich Yakushev, Secretary of the General Council of the United Russia Party" ¶158
    Query("雅库舍夫 统一俄罗斯党", "20f574be", "chinese"),
    # Mentions and zero-width characters around the real words
    # "the Young Communist League/Communist Party of Britain, … Workers World Party, Black Liberation Alliance and
    # Qiao Collective" ¶547 (the League again ¶533)
    Query("<@77> Young Communist League\u200b Qiao Collective\u200b Workers World Party", "6710eba1", "mention-noise"),
    # Typos (1–2 edits)
    # "Foreign Minister Subrahmanyam Jaishankar, with the absence of Prime Minister Narendra Modi" ¶451
    Query("Subrahmaniam Jaishenkar Narendra Modhi", "e065690c", "typo"),
    # "António Guterres, Egyptian Prime Minister Mostafa Madbouly … Kassym-Jomart Tokayev" ¶405
    Query("Gutteres Madbuly Tokayef", "26d64f12", "typo"),
    # "Ivan Melnikov, … State Duma's Deputy Speaker in Khabarovsk" line 6
    Query("Melnikof Khabarovks State Dumma", "054ef6fb", "typo"),
    # Phrases
    # "he taught and preached, but finally died in a Japanese internment camp" ¶285
    Query("taught and preached, but finally died in a Japanese internment camp", "7ab1f62c", "phrase"),
    # Questions
    # "South Africa has already experienced negative economic effects from the trade upheaval" ¶467
    Query("what did Ramaphosa say South Africa had already experienced?", "e065690c", "question"),
    # "President Xi Jinping proposed the Global Governance Initiative (GGI)" ¶429; the same spelled out in c061f0a1
    # ¶199 and 3a9fa4ed ¶209
    Query("what does GGI stand for?", "9e49ddff", "question", also=("3a9fa4ed", "c061f0a1")),
    # Topics
    # "📆 Sunday 21 September 2025, 4pm Britain" ¶351; "Jenny Clegg (Author and peace activist)" ¶366; "organised
    # jointly by the International Manifesto Group" ¶373 (Jenny Clegg is in ac7222d4 ¶513 too, not the webinar)
    Query("Sunday 21 September 2025 4pm Britain International Manifesto Group Jenny Clegg", "d89fdf72", "topic"),
    # "held on September 3 in Beijing's Tienanmen Square, just prior to the commencement of the military parade"
    # ¶377; "Xi hosted a lunch … the relatives of international friends and comrades" ¶385
    Query("Tienanmen Square military parade lunch relatives of international friends", "38a7d84f", "topic"),
    # "'Staying True to SCO Founding Mission and Ushering in a Better Future'" ¶431; "more than 20 heads of state or
    # government, along with the heads of 10 international organisations" ¶427
    Query("Staying True to SCO Founding Mission 20 heads of state 10 international organisations", "9e49ddff", "topic"),
    # "taken root in the hearts of the over 200 million Pakistani people … through Belt and Road cooperation,
    # earning global acclaim" ¶213
    Query("200 million Pakistani people Belt and Road global acclaim", "3a9fa4ed", "topic"),
    # "Vladimir Putin said, World War II is the most painful tragedy in human history" line 11
    Query("Putin calls World War II the most painful tragedy in human history", "424ab945", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Mostafa Madbouly is Egypt's Prime Minister (26d64f12 ¶405–413); Ho Chi Minh's Stilt House is Zhao Leji's visit
    # (362ba691 ¶75)
    "Mostafa Madbouly Stilt House",
    # Vladivostok is not in the corpus; the partisans' memorial sites are in Russia, unnamed (097182f6), the
    # memorial complex near Khabarovsk (054ef6fb line 12)
    "Vladivostok partisans monument restoration",
    # "JISCO incluso tiene una granja lechera y una vinatera" (dde32893 ¶335); no grapes
    "¿qué uvas cultiva la vinatera de JISCO?",
    # "the singular contribution of the South Wales miners" (ac7222d4 ¶477, ¶527); none is said to have gone to China
    "Кто из шахтёров Южного Уэльса поехал в Китай?",
    # Shehbaz Sharif's meeting (3a9fa4ed ¶211–213); no gift
    "what did Shehbaz Sharif give Xi as a gift?",
    # Denis Sassou Nguesso (faecd2e1 ¶23); the Yasukuni Shrine is the joint statement's (b39d8185 line 41)
    "Sassou Nguesso Yasukuni Shrine",
    # "On August 23, Cambodian King Norodom Sihamoni and Queen Mother … arrived in Beijing" (5a5d8582 ¶235); no
    # airline
    "which airline flew the Cambodian King and Queen Mother to Beijing on August 23?",
    # Lan Hu (in Cyrillic) is the ambassador in Caracas (f78fdcd6); the SCO summit in Tianjin is others'
    "Лан Ху Тяньцзинь саммит ШОС",
    # Claudia Jones is the subject of David Horsley's booklet (ccf1d4fa ¶123); Yan'an is the delegations' (dde32893,
    # 6710eba1)
    "Claudia Jones Yan'an visit",
    # Liddell "returned to Tianjin, the northern Chinese city of his birth" (7ab1f62c ¶289); nobody paid for anything
    "who paid for Eric Liddell's ticket to Tianjin",
    # Putin (in Chinese characters) and the Dunhuang solar plant (6710eba1 ¶539, dde32893 ¶335): never together
    "普京 敦煌 光热电站",
    # Lev Abramov is the veteran Liu Qibao visited (054ef6fb line 14); the Wonsan announcement is Lavrov's (097182f6
    # line 7)
    "Lev Abramov Wonsan monument",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Ray Pounsberry, now 84, fitted her deck beams at Redcliffe" ¶7; "left a framed chart" ¶15
    Query("Ray Pounsberry Redcliffe framed chart", "cf612ae5", "cross-paragraph"),
    # "The Sowden Cup … went to Dennis Gaunt's box kite" ¶19; "the Hollowmoor kite festival. The minibus leaves the
    # Plough" ¶16
    Query("Dennis Gaunt box kite Hollowmoor minibus", "9c4138c1", "cross-paragraph"),
    # "At the contest in Scarthby Town Hall" ¶4; "the adjudicator, Mr Neville Tapsfield" ¶5; "her deputy, Colin /
    # Rastrick" ¶21–22
    Query("Neville Tapsfield Scarthby Colin Rastrick", "386a85a3", "cross-paragraph"),
    # "evening walks to the old oyster pits and the decoy pond" ¶9; "while the terns are nesting on the / shingle"
    # ¶11–12
    Query("oyster pits decoy pond terns shingle", "ac2123ab", "cross-paragraph"),
    # "opened by the Mayor, Alderman Joshua Ledgard" ¶11; "the Electric Palace in Cheapside" ¶15; "against Ormeley
    # Rovers" ¶23
    Query("Joshua Ledgard Electric Palace Ormeley Rovers", "e6f08afc", "cross-paragraph"),
    # "He married Edna Ridsdale at St Cuthbert's" ¶9; "he planted a rowan for her" ¶15; "the station's new training
    # tower" ¶18
    Query("Edna Ridsdale rowan training tower", "36fbbc85", "cross-paragraph"),
    # "The first page of the log book, in the head's copperplate" ¶13; "lessons will be taught from slates" ¶17;
    # "Mrs Harriet Kettlewell, who has taught Reception" ¶22
    Query("Harriet Kettlewell slates copperplate log book", "4c68199d", "cross-paragraph"),
    # "the Institute's own Crookes tubes switched on" ¶9; "The lecture hall is a polling station" ¶12; "The
    # Institute's secretary in 1897, Dr Amos Hurrell" ¶16
    Query("Amos Hurrell Crookes tubes polling station", "2713e944", "cross-paragraph"),
    # "Dennis Allsop, then a young assistant surveyor" ¶10; "from the same footbridge every Friday" ¶11; "moves to
    # Kingsholt Library" ¶16
    Query("Dennis Allsop footbridge Kingsholt Library", "55e4f6b7", "cross-paragraph"),
    # "el fundador de la banda, el maestro Vicent Albiol" ¶7; "el guitarrista local Andreu Fuster" ¶16; "la
    # presidenta, Amparo Sanchis" ¶25
    Query("Vicent Albiol Andreu Fuster Amparo Sanchis", "2c9ca7d6", "cross-paragraph"),
    # "Слесарь вагонного депо Николай Бурмистров" ¶7 (again ¶12); "в воротах стоял Лев Яшин" ¶5; "директор Ирина
    # Сомова" ¶22
    Query("Бурмистров Яшин Ирина Сомова", "c31aeea2", "cross-paragraph"),
    # Word forms
    # "Ray Pounsberry, now 84, fitted her deck beams" ¶7 (fitted → fitting)
    Query("Ray Pounsberry fitting the deck beams", "cf612ae5", "word-form"),
    # "Our treasurer, Alan Peel, stands down at the AGM" ¶23 (stands → standing; "standing" is only in seeds/, as
    # "Standing Committee", "long-standing" and the like)
    Query("Alan Peel standing down as treasurer", "9c4138c1", "word-form"),
    # "the World Cup final. He had queued for the tickets for two days" ¶10–11 (queued → queuing)
    Query("Osbert Outhwaite queuing for World Cup final tickets", "36fbbc85", "word-form"),
    # "after the winter gales had split the old wall" ¶4 (split → splitting)
    Query("winter gales splitting the old wall of the tidal pool", "788639aa", "word-form"),
    # "Ellen MacArthur crossed the finishing line between Ushant and the Lizard" ¶10 (crossed → crossing)
    Query("Ellen MacArthur crossing the finishing line between Ushant and the Lizard", "6f8a5a81", "word-form"),
    # "сборная СССР обыграла в Мельбурне сборную Югославии" ¶3 (обыграла → обыгрывает, Югославии → Югославию)
    Query("сборная СССР обыгрывает Югославию в Мельбурне", "c31aeea2", "word-form"),
    # "el maestro Vicent Albiol, que había viajado a Barcelona en tren" ¶7–8 (había viajado → viajó)
    Query("Vicent Albiol viajó a Barcelona en tren", "2c9ca7d6", "word-form"),
    # "the band marched from the station to the Fleece behind the late Walter Crabtree" ¶7 (marched → marching)
    Query("the band marching from the station to the Fleece behind Walter Crabtree", "386a85a3", "word-form"),
    # "The printers' dispute … ended … Compositors returned to work on the Monday" ¶5–6 (returned → return; "return"
    # is in 4c68199d ¶7, "please return the slip")
    Query("compositors return to work after the printers' dispute", "e6f08afc", "word-form"),
    # Another script or romanisation
    # "John Cabot's Matthew" ¶6; "landfall at Bonavista" ¶3 (and ¶13, ¶22), in Cyrillic
    Query("Джон Кэбот Бонависта", "cf612ae5", "translit"),
    # "J. J. Thomson told a Friday evening audience" ¶4; "Dr Amos Hurrell, heard Thomson" ¶16, in Cyrillic
    Query("Дж. Дж. Томсон Амос Харрелл", "2713e944", "translit"),
    # "Elgar's first Pomp and Circumstance march … at Liverpool" ¶10–11; "Henry Wood conducted the march" ¶13, in
    # Chinese characters
    Query("埃尔加 亨利·伍德 利物浦", "01bfde55", "translit"),
    # "Joaquín Rodrigo … el Concierto de Aranjuez" ¶3; "la vecina Sagunto" ¶5 (and ¶21), in Cyrillic
    Query("Хоакин Родриго Аранхуэс Сагунто", "2c9ca7d6", "translit"),
    # accents dropped: "Joaquín Rodrigo … en el Palau de la Música Catalana" ¶3–4
    Query("Joaquin Rodrigo Palau de la Musica Catalana", "2c9ca7d6", "translit"),
    # the same composer, concerto and town in Chinese characters
    Query("罗德里戈 阿兰胡埃斯 萨贡托", "2c9ca7d6", "translit"),
    # "Единственный мяч забил Анатолий Ильин, а в воротах стоял Лев Яшин" ¶5; "в Мельбурне" ¶3, in Latin letters
    Query("Anatoly Ilyin Lev Yashin Melbourne", "c31aeea2", "translit"),
    # "Николай Бурмистров" ¶7; "Тальцевск" ¶1, ¶6; "школы «Факел»" ¶2, in Latin letters
    Query("Nikolai Burmistrov Taltsevsk Fakel", "c31aeea2", "translit"),
    # 冯德旺 ¶5 and on; "大哥大" ¶4 and on, in pinyin
    Query("Feng Dewang dageda", "7ef934ce", "translit"),
    # 冯德旺 ¶5 and on; 柑岭镇 ¶1, ¶5, in Cyrillic (Palladius)
    Query("Фэн Дэван Ганьлин", "7ef934ce", "translit"),
    # accents dropped: "a programme of comic films and a lecture on the Antarctic" ¶16; "the manager announced
    # matinées" ¶17; "HALLAMBY POST" ¶1
    Query("Hallamby matinees comic films Antarctic lecture", "e6f08afc", "translit"),
    # accents dropped: "La Unió Musical de Vilaserena" ¶2
    Query("Unio Musical de Vilaserena", "2c9ca7d6", "translit"),
    # Russian
    # "а в музее школы открыта выставка «Мельбурн, 1956»" ¶14–15
    Query("выставка «Мельбурн, 1956» в музее школы", "c31aeea2", "russian"),
    # "особый день для детской футбольной школы «Факел»" ¶2
    Query("детская футбольная школа «Факел»", "c31aeea2", "russian"),
    # "школа впервые провела «день Мельбурна» с открытой тренировкой" ¶18
    Query("«день Мельбурна» с открытой тренировкой", "c31aeea2", "russian"),
    # Spanish
    # "el vestíbulo del ayuntamiento acogerá una exposición" ¶17
    Query("exposición en el vestíbulo del ayuntamiento", "2c9ca7d6", "spanish"),
    # "la banda ya tocó en la casa natal de Rodrigo en Sagunto" ¶21
    Query("la casa natal de Rodrigo en Sagunto", "2c9ca7d6", "spanish"),
    # "Las entradas, a cinco euros, pueden recogerse en la sede de la banda" ¶23
    Query("entradas a cinco euros en la sede de la banda", "2c9ca7d6", "spanish"),
    # Chinese
    Query("第一个移动电话网 开通三十周年", "7ef934ce", "chinese"),  # 我国第一个移动电话网开通三十周年 ¶2
    Query("从大哥大到智能手机 展览", "7ef934ce", "chinese"),  # “从大哥大到智能手机”展览 ¶12
    Query("老邮电职工 座谈", "7ef934ce", "chinese"),  # 请几位老邮电职工和冯德旺一起座谈 ¶15
    # Mentions and zero-width characters
    # "The Sowden Cup for the best home-made kite" ¶19
    Query("@everyone Sowden Cup\u200b home-made kite", "9c4138c1", "mention-noise"),
    # "The present bandmaster, Glenys Arkwright, who took up the baton on 1 March 1987" ¶12
    Query("<@4410> Glenys Arkwright\u200b baton", "386a85a3", "mention-noise"),
    # "the council will open 'Loops and / Levels', an exhibition of two hundred photographs" ¶7–8
    Query("<#301> Loops and Levels\u200b exhibition", "55e4f6b7", "mention-noise"),
    # Typos
    Query("Ferryhyth Marsh wheatiers", "ac2123ab", "typo"),  # "FERRYHYTHE MARSH" ¶1 (1 edit), "Wheatears" ¶7 (2)
    # "OSBERT OUTHWAITE" ¶1, "Greythwaite Cottage Hospital" ¶3 (1 edit each)
    Query("Outhwaithe Greythwait", "36fbbc85", "typo"),
    # "PICKTHORN BROW PRIMARY SCHOOL" ¶1, "Mrs Harriet Kettlewell" ¶22 (1 edit each)
    Query("Pickthorne Brow Kettlewel", "4c68199d", "typo"),
    # "The Hendlebury Choral Union will sing Haydn's Creation" ¶3 (1 edit each)
    Query("Hendlebery Choral Union Creaton", "2347a422", "typo"),
    # Names
    Query("Imogen Sayle", "01bfde55", "name"),  # "conducted by Imogen Sayle" ¶12, "Ms Sayle said" ¶14
    Query("Priya Sangha", "36fbbc85", "name"),  # "said Station Manager Priya Sangha" ¶19
    Query("Rashida Begum", "55e4f6b7", "name"),  # "Councillor Rashida Begum, cabinet member for culture" ¶21
    # Phrases
    Query("Fog on the Banks. Ship well. Crew tired.", "cf612ae5", "phrase"),  # Ray's notebook, 19 May, ¶11
    Query("He was the calmest man in any crisis", "36fbbc85", "phrase"),  # ¶19
    Query("a towel that had once been a curtain", "e28dae8c", "phrase"),  # ¶4
    Query("Half the room did not believe him", "2713e944", "phrase"),  # Dr Hurrell's letter, ¶18
    # Questions
    # "on Wednesday 24 May 1972, the Gravelly Hill interchange on the M6 opened to traffic" ¶5
    Query("when was the Gravelly Hill interchange opened to traffic?", "55e4f6b7", "question"),
    # "her time was 71 days, 14 hours and 18 minutes" ¶12, after "crossed the finishing line between Ushant and the
    # Lizard" ¶10
    Query("what was Ellen MacArthur's time when she crossed the line off the Lizard?", "6f8a5a81", "question"),
    # "the club ran its first twenty-four-hour relay and raised £3,100 for the lifeboat" ¶14
    Query("how much did the twenty-four-hour relay raise for the lifeboat?", "e28dae8c", "question"),
    # "The school first opened its doors on Monday 11 January 1886" ¶11–12; "61 children admitted" ¶13
    Query("how many children were admitted when Pickthorn Brow school opened?", "4c68199d", "question"),
    # "At the contest in Scarthby Town Hall … the adjudicator, Mr Neville Tapsfield" ¶4–5; "the Northern Open
    # shield" ¶2
    Query("who adjudicated the Northern Open contest at Scarthby?", "386a85a3", "question"),
    # "The new swimming baths in Bridge Street … More than 1,200 bathers paid on the 8th and 9th" ¶11–12
    Query("how many bathers paid at the new Bridge Street baths on the 8th and 9th?", "e6f08afc", "question"),
    # Topics
    # "a hundred years to the night after Elgar's first Pomp and Circumstance march was first played … at the / Corn
    # Exchange, in a concert of English marches" ¶10–12 (the Corn Exchange is in 469a2a75 ¶22 too, for the
    # festival's last night)
    Query("Elgar Pomp and Circumstance centenary concert Corn Exchange", "01bfde55", "topic"),
    # "The tidal pool below the Battery reopens at ten o'clock this morning after nine months of rebuilding" ¶3; the
    # blog remembers the same day, "the Trevannel tidal pool opened its gates again after the rebuilding" (e28dae8c
    # ¶3)
    Query("Trevannel tidal pool reopens after rebuilding", "788639aa", "topic", also=("e28dae8c",)),
    # "Fireman, football referee and Wembley witness" ¶2; "he stood behind the goal at Wembley for the / World Cup
    # final" on "Saturday 30 July 1966" ¶10–11
    Query("World Cup final 1966 Wembley fireman", "36fbbc85", "topic"),
    # "Last year's opening … was washed out by a thunderstorm, and the organisers have hired a / marquee" ¶23–24;
    # "The eleventh Hendlebury Music Festival" ¶19
    Query("thunderstorm marquee music festival", "469a2a75", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Ray Pounsberry is Avonholt's boatbuilder (cf612ae5); the swimming gala is the tidal pool's of 1989 (788639aa ¶6)
    "Ray Pounsberry swimming gala",
    # Glenys Arkwright is Dunchwell's bandmaster (386a85a3 ¶12, ¶21); the Messiah is the Hendlebury Choral Union's
    # (2347a422 ¶6); Handel is not in the corpus
    "Glenys Arkwright conducting Handel's Messiah",
    # Kath Illingworth is the kite fliers' secretary (9c4138c1 ¶25); the tidal pool is Trevannel's
    "Kath Illingworth tidal pool",
    # Imogen Sayle conducts the Orchestral Society's marches (01bfde55); the Creation is conducted by Mr Gilbert
    # Lomas (2347a422 ¶5), another cutting
    "Imogen Sayle Haydn's Creation",
    # Mrs Jean Polglaze is the Mayor who swims the first width in 1989 (788639aa ¶7); the gig club's dinner for Ellen
    # MacArthur is in the 2005 cutting (6f8a5a81 ¶15), which names no mayor
    "Jean Polglaze Ellen MacArthur dinner",
    # "the Matthew's skipper came to the Avonholt Institute" (cf612ae5 ¶14); not named
    "who was the skipper of the Matthew replica?",
    # the band "drew to play eleventh of fourteen" (386a85a3 ¶4); no piece named
    "what did the Dunchwell Mills Band play at the Northern Open?",
    # "On the 24th I went back at seven in the morning and counted the cars … By nine I'd given up" (55e4f6b7 ¶13–14);
    # no number
    "how many cars did Dennis Allsop count on the morning of the opening?",
    # "in the head's copperplate" (4c68199d ¶13); the first head is not named (Anthony Weddell signs today's letter)
    "who was the head of Pickthorn Brow when it opened in 1886?",
    # "season tickets are on sale at the harbour office" (788639aa ¶6); no price
    "how much are season tickets for the tidal pool below the Battery?",
    # "New members are always welcome" (9c4138c1 ¶25); no numbers
    "how many new members joined the Crowsike kite club last season?",
    # "with soloists from the Northern College" (2347a422 ¶4); none named
    "which Northern College soloists sang in the Hendlebury Creation?",
    # Albiol "había viajado a Barcelona en tren" (2c9ca7d6 ¶7–8); no hotel
    "¿en qué hotel se alojó Vicent Albiol en Barcelona?",
    # Hallamby Wanderers "beat Clayfield at home" (e6f08afc ¶21); no score (Preston's 5–2 is given, ¶19–20)
    "what was the score when Hallamby Wanderers beat Clayfield?",
    # "He had queued for the tickets for two days …, and kept the stubs" (36fbbc85 ¶11–12); no price
    "what did the Wembley stubs in Osbert Outhwaite's wallet cost?",
    # "Binoculars can be borrowed from the warden for a small donation" (ac2123ab ¶21); no sum
    "how much is the donation to borrow binoculars at Ferryhythe?",
    # the Electric Palace "opened on Monday 8 September" (e6f08afc ¶15); nobody is said to have opened it (the Mayor
    # opened the baths, ¶11)
    "who opened the Electric Palace picture house in Cheapside?",
    # the relay (e28dae8c ¶14–15): the sum raised and the writer's 3am leg; no number of swimmers
    "how many swimmers did the pool club's relay have?",
    # the final of 1956 (c31aeea2 ¶2–5): scorer and goalkeeper, no coach
    "кто тренировал сборную СССР в Мельбурне?",
    # the depot team's first match "на новом стадионе у реки" (c31aeea2 ¶11–12); no crowd
    "сколько зрителей пришло на первый матч «Факела» на новом стадионе?",
    # 一部砖头大小的摩托罗拉 (7ef934ce ¶6); no model
    "冯德旺 的 摩托罗拉 是 什么 型号",
    # the exhibition moves to 柑岭中学 (7ef934ce ¶14); no headmaster
    "柑岭中学 校长 是 谁",
    # 在镇上开五金店的冯德旺 (7ef934ce ¶5); nothing on the shop closing
    "冯德旺 五金店 哪一年 关门",
    # "en el Teatro Principal, con el guitarrista local Andreu Fuster como solista" (2c9ca7d6 ¶16); no conductor
    "¿quién dirigirá los conciertos del Teatro Principal?",
    # Sandwich Bay is not in the corpus; the warden's guided walks are Ferryhythe's (ac2123ab)
    "Sandwich Bay guided walks with the warden",
    # Pickering is not in the corpus (4+ edits from Pickthorn); the 125th birthday is Pickthorn Brow's (4c68199d)
    "Pickering primary school 125th birthday",
    # Hollowell is not in the corpus (3+ edits from Hollowmoor, whose kite festival the minibus goes to, 9c4138c1 ¶16)
    "Hollowell kite festival minibus",
    # the Thelwall Viaduct is not in the corpus; the fortieth-anniversary exhibition is Spaghetti Junction's (55e4f6b7)
    "Thelwall Viaduct fortieth anniversary exhibition",
    # Penzance is not in the corpus; the tidal pool's reopening is Trevannel's (788639aa, e28dae8c)
    "Penzance tidal pool reopening",
    # Falmouth is where MacArthur's trimaran is expected (6f8a5a81 ¶14); the regatta and raft race are Trevannel's of
    # 2023 (5531d291 ¶18–19), another cutting
    "Falmouth regatta raft race",
    # Alcoy and Santa Cecilia are not in the corpus; the Unió Musical is Vilaserena's (2c9ca7d6)
    "Unió Musical de Alcoy concierto de Santa Cecilia",
    # the centenary lecture is "given … by Professor Gareth Imrie" (2713e944 ¶10–11); no chair
    "who chaired the Sallerton centenary lecture?",
    # "thirty-two concerts in churches, pubs and the park" (469a2a75 ¶19–20); no attendance
    "how many people came to the Hendlebury Music Festival?",
    # "Trevannel's pilot gig, the Kittiwake" (6f8a5a81 ¶13); no captain
    "who was the captain of Trevannel's pilot gig the Kittiwake?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind125/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
