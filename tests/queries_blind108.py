"""A hundred-and-eighth lookup query set, for tuning ranking (written in the fifty-fourth session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind107.py and tests/queries_blind109.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some fourteen thousand five hundred, from 108 files), and with the earlier queries of this set,
  while the set was being written; a query sharing more than half of its words with any one of them was
  replaced. The seeds are exhausted: of some 190 first drafts on them about four in five were
  near-copies (every name, pair of names, short phrase and common transcription had been used), so the
  seed queries here are mostly longer joins of rarely quoted words from two or three passages of one
  article, inflected Russian, rare transcriptions and typos, and there are fewer of them than last time;
  the new documents make up the difference.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind120/docs, copied as ONE
  corpus into a subfolder blind120/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 13 + 13 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 2 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 3 + 13 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic names,
pinyin without tones, accents dropped), russian 3 + 3, spanish 1 + 3, chinese 1 + 3, mention-noise
2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 2 + 5 (1–2 edits a
word), name 1 + 3, phrase 2 + 4, question 2 + 7, topic 2 + 5: 34 + 71 answerable, and 15 + 36
unanswerable. Every answerable query is answered by the documents' own words in some form, spelling or
script (names may be written in another script); none needs a translation of a common noun or a
synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won a regatta, a replay or a lightning tournament's successor, who scored, who was chosen captain, who a
guest was; when a trust was founded or someone was born; how many riders, votes, detectorists or
passengers; what time swan upping comes or at what hour a wreath was laid; what a ticket, a hoard or a
maglev fare cost, or a forecast said; which hotel; which university); a place the corpus does not hold
(spelled two or more edits from anything real in it, or simply absent) joined to a subject it does;
Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in another
script for some of the seeds' ones), and every article holding those words was read to confirm that
none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind120/docs/* into ONE temporary
# corpus folder under the subfolder blind120/: files are then "blind120/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind120/docs",)
NEWDOCS_SUBDIRS = ("blind120",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "7842ffb1": "THE BAROMETER BENCH",
    "ffaa6908": "THE CHASEWICK WARDEN",
    # en_cottersby_gleaner_digest.txt, split by the loader: the pantomime of 1991 (¶1–5, titled by the paper's header
    # line ¶1, its headline ¶2 inside it), the Tour de France centenary (¶8–12), the Christmas notices of 2024
    # (¶15–19); the "====" rules (¶6, ¶13) and the datelines (¶7, ¶14) belong to none of them
    "536f4a47": "COTTERSBY GLEANER · Wednesday 16 January 1991",
    "0e3fbb01": "ON YOUR BIKES FOR THE TOUR'S HUNDREDTH",
    "ed1344ff": "CAROLS, DIPS AND A CLOSED LIBRARY",
    "92335717": "DIMMOCK COPSE",
    "d0ac4db2": "KESSINGFORD BOROUGH COUNCIL",
    # en_kessingford_crier_digest.txt, split by the loader: the Riverside Walk opens in 1987 (¶1–5, titled by the
    # paper's header line ¶1, its headline ¶2 inside it), the street lamps' centenary (¶8–12), the regatta of 2009
    # (¶15–19); the "----" rules (¶6, ¶13) and the datelines (¶7, ¶14) belong to none of them
    "8a712189": "KESSINGFORD CRIER · Friday 20 March 1987",
    "e74572a5": "A HUNDRED YEARS OF LIGHT",
    "e7f34b99": "REGATTA BACK ON THE RIVER",
    "09993c5f": "PURLMOUTH PEBBLE POLISHERS",
    "bffe8bfc": "RHODA FARRIMOND",
    "498be6a3": "SHAWCOMBE CELEBRATES A HUNDRED YEARS OF BROOKLANDS",
    "4d617460": "SIBBESTON MAGNA",
    "2c9361de": "THORLEY BANK PRIMARY SCHOOL",
    "501f8a96": "ULLESBY TIDINGS",
    "1646f35d": "Tepaltzin, viernes 27 de mayo",
    "3e2a9d74": "Дубравинск, пятница, 17 ноября",
    "987ffc57": "梅泾镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "At noon Xi met with Slovak Prime Minister Robert Fico" ¶13; Fico: "this is truly impressive" ¶19; "President of
    # the Republic of the Congo Denis Sassou Nguesso" ¶23; "has achieved commendable results" ¶27
    Query("Fico truly impressive Sassou Nguesso commendable results", "faecd2e1", "cross-paragraph"),
    # "the commemorative events … had a solemn and lively atmosphere" ¶89; "the Cuban people persevere on the path of
    # socialism" ¶99
    Query("solemn and lively atmosphere persevere on the path of socialism", "d807680a", "cross-paragraph"),
    # "Anna May Wong (real name Wong Liu Tsong)" ¶115; "She excoriated the racist and sexist stereotyping" ¶119
    Query("Wong Liu Tsong excoriated sexist stereotyping", "ccf1d4fa", "cross-paragraph"),
    # "greatly inspired Laos's national liberation and energised revolutionary and peace movements" ¶149; "Vladimir
    # Vladimirovich Yakushev" ¶158; "established by President Kaysone Phomvihane and President Fidel Castro" ¶167
    Query("Vladimirovich Yakushev Kaysone Phomvihane energised revolutionary movements", "20f574be", "cross-paragraph"),
    # "President Mirziyoyev noted … China's courage and resolve to uphold lasting world peace" ¶209; "Pakistani Prime
    # Minister Shehbaz Sharif" ¶211; "winning people's hearts and minds" ¶213
    Query("Mirziyoyev courage and resolve Shehbaz hearts and minds", "3a9fa4ed", "cross-paragraph"),
    # "welcomed King Norodom Sihamoni's attendance … of which he still has fond memories" ¶239; "Cambodian Prime
    # Minister Hun Manet" ¶243/247; "the path of friendship opened by the older generation" ¶245
    Query("King Sihamoni fond memories Hun Manet older generation", "5a5d8582", "cross-paragraph"),
    # "the largely Eurocentric narrative of the Second World War" ¶355; "we assess the renewed threats … emanating
    # from the US" ¶359; "Ken Hammond (Historian and China scholar)" ¶363
    Query("renewed threats emanating from the US Eurocentric Ken Hammond", "d89fdf72", "cross-paragraph"),
    # "formed a great wall with flesh and blood to defend the nation" ¶381; "the Chinese people of all ethnic groups
    # … Deng Xiaoping Theory" ¶383
    Query("great wall with flesh and blood ethnic groups Deng Xiaoping Theory", "38a7d84f", "cross-paragraph"),
    # Guterres: "the authority of the United Nations are being challenged" ¶409; Madbouly: "new energy, electric
    # vehicles, finance and seawater desalination" ¶413
    Query(
        "Madbouly finance seawater desalination Guterres authority of the United Nations", "26d64f12", "cross-paragraph"
    ),
    # "perceived Western revisionism serve as ideological glue" line 9; "the mass killings and expulsions of Soviet
    # civilians during the war constituted genocide, as recognised by the Nuremberg Tribunal" line 40
    Query("ideological glue Nuremberg Tribunal genocide expulsions", "b39d8185", "cross-paragraph"),
    # "the North East Anti-Japanese United Army (Noraa) … remain underrepresented in international historical
    # narratives" line 3; "has historically taken a contentious stance" line 13
    Query("Noraa underrepresented historical narratives contentious stance", "097182f6", "cross-paragraph"),
    # "made indelible historic contributions to the victory" line 7; "oppose any acts of distorting history and
    # beautifying Nazis, militarists and their accomplices … the achievements of the liberators" line 11
    Query("indelible historic contributions accomplices liberators distorting history", "424ab945", "cross-paragraph"),
    # "President Xi Jinping exchanged congratulatory messages with Russian President Vladimir Putin" line 5; "World War
    # II is the most painful tragedy … this spirit of mutual assistance" line 11 (no line has Xi, messages and
    # tragedy together)
    Query("Xi Putin congratulatory messages painful tragedy mutual assistance", "424ab945", "cross-paragraph"),
    # Word forms: the text has another form
    # "The summit was convened and chaired by Brazilian President Luiz Inácio Lula da Silva, whose country holds the
    # current rotating Chair of BRICS" ¶451 (convened → convening)
    Query("convening BRICS chaired by Lula rotating Chair", "e065690c", "word-form"),
    # "the Lao leader offered congratulations to Vietnam, noting that the success of the August Revolution and the
    # establishment of the Democratic Republic of Vietnam in 1945" ¶149 (offered → offers; "offers" is in 6710eba1
    # ¶543, "Chinese socialism offers valuable lessons")
    Query(
        "the Lao leader offers congratulations August Revolution Democratic Republic of Vietnam 1945",
        "20f574be",
        "word-form",
    ),
    # Another script or romanisation
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "starring Jonathan Rhys Meyers as Hogg" ¶491, names in Cyrillic
    Query("Джеймс Макманус Ocean Devil Джонатан Рис Майерс", "ac7222d4", "translit"),
    # "In his 1954 book, 'The People have Strength', his mentor, the New Zealand internationalist Rewi Alley" ¶495
    Query("Рьюи Элли The People have Strength 1954", "ac7222d4", "translit"),
    # "Zimbabwean President Emmerson Mnangagwa" ¶5 (and Zimbabwe ¶1–11), in Cyrillic, the name in the dative
    Query("Зимбабве Мнангагве", "faecd2e1", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "In his meeting with Mongolian President Khurelsukh Ukhnaa" ¶197 and "meetings with Russian President Vladimir
    # Putin" ¶187 ("about the meeting of Khurelsukh and Putin")
    Query("о встрече Хурэлсуха и Путина", "c061f0a1", "russian"),
    # "the first to organise a Hyde Park meeting, where on August 23 [1937], J.R. Campbell demanded" ¶525
    Query("митинг в Гайд-парке Кэмпбелл 1937", "ac7222d4", "russian"),
    # "Uzbek President Shavkat Mirziyoyev" ¶207 and "Pakistani Prime Minister Shehbaz Sharif" ¶211, in the dative
    Query("Мирзиёеву и Шахбазу Шарифу", "3a9fa4ed", "russian"),
    # Spanish
    # "hay que entender la historia y cómo fue la vida anterior para la mayoría de la gente" ¶313
    Query("la vida anterior para la mayoría de la gente", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "first published by Orinoco Tribune and Global Times" ¶49 (Orinoco Tribune also ¶53), as a Chinese paper
    # names them
    Query("奥里诺科论坛报 环球时报", "f78fdcd6", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "win-win cooperation and zero-sum game" ¶381 (win-win cooperation is in many articles, zero-sum only here)
    Query("@everyone zero-sum game\u200b win-win cooperation", "38a7d84f", "mention-noise"),
    # "the North East Anti-Japanese United Army (Noraa), a group of Chinese guerrilla fighters … underrepresented"
    # line 3
    Query("<@5150> underrepresented\u200b Noraa guerrilla", "097182f6", "mention-noise"),
    # Typos (1–2 edits)
    # "Vladimir Vladimirovich Yakushev" ¶158, "Igor Sergeenko" ¶157, "Nhân Dân" ¶145/151 (accents dropped)
    Query("Yakusheev Sergeenkko Nhan Dan", "20f574be", "typo"),
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/197
    Query("Khurelsuhk Ukhna Mongolai", "c061f0a1", "typo"),
    # Names
    # "Pakistani Prime Minister Shehbaz Sharif … build the China-Pakistan Economic Corridor 2.0" ¶211
    Query("Shehbaz Sharif Economic Corridor", "3a9fa4ed", "name"),
    # Phrases
    # "the first to organise a Hyde Park meeting, where on August 23 [1937], J.R. Campbell demanded a Japanese
    # withdrawal" ¶525
    Query("where on August 23, 1937, J.R. Campbell demanded a Japanese withdrawal", "ac7222d4", "phrase"),
    # "His world outlook was transformed by China, as is well expressed in the title of his book, 'I see a new
    # China'" ¶493
    Query("Hogg's world outlook transformed by China I see a new China", "ac7222d4", "phrase"),
    # Questions
    # "As he fought with tetanus in his last days …, he asked to have the 'Communist Manifesto' read to him. I read it"
    # ¶499 (Rewi Alley, ¶495)
    Query("what Manifesto did the dying Hogg ask Rewi Alley to read aloud?", "ac7222d4", "question"),
    # "David Horsley is also the author of a booklet on the life of Claudia Jones" ¶123
    Query("who wrote the booklet on Claudia Jones's life?", "ccf1d4fa", "question"),
    # Topics
    # "Meeting with Uzbek President Shavkat Mirziyoyev in the morning … emergency management, artificial intelligence
    # and poverty reduction" ¶207
    Query("Meeting Shavkat Mirziyoyev in the morning poverty reduction emergency management", "3a9fa4ed", "topic"),
    # "the former camp … near Khabarovsk, where he familiarized with the works on the construction of the memorial
    # complex … the witness of friendship" line 12
    Query("Khabarovsk familiarized works construction memorial complex witness of friendship", "054ef6fb", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Sydney Loving is the Spanish interview's delegate (dde32893 ¶297–305); Stamford Bridge is the Minyuan
    # Stadium's model (7ab1f62c ¶291)
    "Sydney Loving Stamford Bridge",
    # Keith Bennett was at a symposium in Beijing (ac7222d4 ¶475) and speaks at the webinar (d89fdf72 ¶367); the
    # Khabarovsk seminar is Liu Qibao's (054ef6fb lines 4–6)
    "Keith Bennett Khabarovsk seminar",
    # Yakushev was a guest in Hanoi (20f574be ¶158); Fudan University is the delegation's (6710eba1 ¶541)
    "Vladimir Yakushev Fudan University",
    # Claudia Jones is the subject of David Horsley's booklet (ccf1d4fa ¶123); the Lao PDR is 20f574be's
    "Claudia Jones Lao PDR",
    # Kaysone Phomvihane (20f574be ¶167); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Kaysone Phomvihane Minyuan Stadium",
    # Peng Liyuan met the King at Zhongnanhai (5a5d8582 ¶237); the Olympic gold is Liddell's (7ab1f62c ¶287)
    "Peng Liyuan Olympic gold",
    # Ramaphosa is at the BRICS summit (e065690c ¶451, ¶467); the Caracas monument is f78fdcd6's, with Maduro and Lan Hu
    "Cyril Ramaphosa monument Caracas",
    # Liu Qibao "visited the site of the former camp … near Khabarovsk" (054ef6fb line 12); no wreath, no hour
    "at what hour did Liu Qibao lay a wreath near Khabarovsk?",
    # Qingdao is not in the corpus; JISCO is in Jiayuguan (dde32893 ¶335, "una empresa siderúrgica estatal")
    "Qingdao JISCO steel works",
    # Ken Hammond is a webinar speaker (d89fdf72 ¶363); Lukashenko met Xi in Tianjin (0e5d6094 ¶263–265); Minsk is
    # not in the corpus
    "Ken Hammond Lukashenko Minsk visit",
    # Joliet is not in the corpus; George Hogg has "a simple grave" (ac7222d4 ¶497), the memorials are the partisans'
    # (097182f6) and the Khabarovsk complex (054ef6fb line 12)
    "Joliet Hogg memorial",
    # Li Jinxian (097182f6 lines 1, 10) in Cyrillic; no birth date
    "когда родился Ли Цзиньсянь?",
    # the China-Laos Railway (20f574be ¶139, ¶179) in Russian; no passenger numbers
    "сколько пассажиров перевозит железная дорога Китай–Лаос?",
    # JISCO "tiene una granja lechera y una vinatera con la bodega de vino techada más grande de Asia" (dde32893 ¶335);
    # no output
    "¿cuántos litros de vino produce la vinatera de JISCO?",
    # Hun Manet (5a5d8582 ¶243/247) in Chinese characters; no university, no degree
    "洪玛奈 哪所大学 毕业",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "FitzRoy had captained the Beagle" ¶6; "a Stevenson screen my father built" ¶9; "the weather-station fair in
    # Launceston" ¶15
    Query("Stevenson screen Beagle Launceston", "7842ffb1", "cross-paragraph"),
    # "the back room of the Plough Inn" ¶6; "club secretary Barbara Neild, 71" ¶7; "a silver thimble, turned up on 3
    # March" ¶13
    Query("Barbara Neild silver thimble Plough Inn", "ffaa6908", "cross-paragraph"),
    # "Taster mornings (2 hours, £15)" ¶4; "There is parking for six cars" ¶13; "ring Tamsin Colebrook" ¶20
    Query("Tamsin Colebrook taster mornings parking for six cars", "92335717", "cross-paragraph"),
    # "the Mayor, Cllr Deborah Attwater" ¶7; "extended twice: to Ferrand's Lock in the spring of 1996" ¶11; "My mother
    # pushed me along the Walk in a pram" ¶16
    Query("Deborah Attwater Ferrand's Lock pram", "d0ac4db2", "cross-paragraph"),
    # "please pay Margaret Tandy" ¶4; "leap-day beach walk at Shingle Point" ¶10; "Editor: Ruth Pendeverell" ¶21
    Query("Margaret Tandy Shingle Point Ruth Pendeverell", "09993c5f", "cross-paragraph"),
    # "bred Siamese cats" ¶4; "married Walter Farrimond, a signalman" ¶6; "and Sultan, a Siamese of eleven" ¶19
    Query("signalman Walter Sultan Siamese", "bffe8bfc", "cross-paragraph"),
    # "led by Norman Cheesewright's 1912 Talbot" ¶7; "Secretary: Philip Rowntree" ¶22
    Query("Norman Cheesewright Talbot Philip Rowntree", "498be6a3", "cross-paragraph"),
    # "retired surveyor Alan Threlkeld" ¶5; "Mrs Gwen Hollier, 84" ¶10; "the parish planted an oak on the green" ¶16;
    # "the vicar, the Rev. Colin Aspey" ¶18
    Query("Alan Threlkeld Gwen Hollier Colin Aspey oak", "4d617460", "cross-paragraph"),
    # "Mrs Edna Cawkwell … will cut the cake" ¶11; "Our old log book … closed 'for snow'" ¶16; "Mrs J. Hartigan,
    # Headteacher" ¶22
    Query("Edna Cawkwell log book snow Hartigan", "2c9361de", "cross-paragraph"),
    # "the new flats on Cordwainer Row 'Clement Court'" ¶6; "The new Regal picture house" ¶10; "by Mr Josiah Brough"
    # ¶15
    Query("Clement Court Regal picture house Josiah Brough", "501f8a96", "cross-paragraph"),
    # "el partido entre el América y el Torino" ¶4; "don Eusebio Tlatelpa" ¶5; "con la señora Rocío Ameyal" ¶19
    Query("Eusebio Tlatelpa Torino Rocío Ameyal", "1646f35d", "cross-paragraph"),
    # "наш земляк Геннадий Петрович Шубин" ¶5 (Шубин also ¶11, ¶18–19); "кружок «Зенит»" ¶10; "гостя из Звёздного
    # городка" ¶14
    Query("Шубин «Зенит» Звёздного городка", "3e2a9d74", "cross-paragraph"),
    # 从龙阳路站驶向浦东机场 ¶6 (龙阳路 also ¶7, ¶12); 他的照片还将在区博物馆展出 ¶16; 文化站站长沈丽萍 ¶20
    Query("龙阳路 区博物馆 沈丽萍", "987ffc57", "cross-paragraph"),
    # Word forms
    # "FitzRoy had captained the Beagle thirty years before" ¶6 (captained → captaining)
    Query("FitzRoy captaining the Beagle", "7842ffb1", "word-form"),
    # "a metal detectorist walking a ploughed field near Hammerwich" ¶4 (walking → walks; "walks" is in d0ac4db2 ¶8,
    # "Guided walks")
    Query("metal detectorist walks a ploughed field near Hammerwich", "ffaa6908", "word-form"),
    # "'Dick Whittington' closed on Saturday 12 January after fourteen performances" ¶3 (closed → closing)
    Query("Dick Whittington closing after fourteen performances", "536f4a47", "word-form"),
    # "sixty riders set off from Montgeron, outside Paris" ¶9 (set → setting, irregular)
    Query("sixty riders setting off from Montgeron", "0e3fbb01", "word-form"),
    # "The 1895 lamp was paid for by the brewer Samuel Ackroyd" ¶10 (paid → paying, irregular)
    Query("the brewer Samuel Ackroyd paying for the 1895 lamp", "e74572a5", "word-form"),
    # "Rhoda Farrimond … bred Siamese cats for sixty years" ¶4 (bred → breeding, irregular)
    Query("Rhoda Farrimond breeding Siamese cats", "bffe8bfc", "word-form"),
    # "the king's bones were found under a council car park" ¶4 (found → finding, irregular)
    Query("finding the king's bones under a council car park", "4d617460", "word-form"),
    # "don Eusebio Tlatelpa … que viajó desde Tepaltzin en la caja de un camión" ¶5 (viajó → viaja)
    Query("don Eusebio viaja desde Tepaltzin en la caja de un camión", "1646f35d", "word-form"),
    # "Нина Алексеевна, жена Шубина, сохранила листок календаря 1998 года" ¶11 (сохранила → сохраняет)
    Query("Нина Алексеевна сохраняет листок календаря", "3e2a9d74", "word-form"),
    # Another script or romanisation
    # "Admiral Robert FitzRoy's office" ¶4; "FitzRoy's grave at Upper Norwood" ¶11, in Cyrillic
    Query("Роберт Фицрой Аппер-Норвуд", "7842ffb1", "translit"),
    # FitzRoy ¶4/6/11 and "the weather-station fair in Launceston" ¶15, in Chinese characters
    Query("菲茨罗伊 朗塞斯顿", "7842ffb1", "translit"),
    # "near Hammerwich … the Staffordshire Hoard" ¶4, in Cyrillic
    Query("Хаммервич Стаффордшир", "ffaa6908", "translit"),
    # "sixty riders set off from Montgeron, outside Paris" on 1 July 1903 ¶9, in Cyrillic
    Query("Монжерон Париж 1903", "0e3fbb01", "translit"),
    # "for Leicester, where King Richard III is to be reburied" ¶2, in Chinese characters
    Query("莱斯特 理查三世", "4d617460", "translit"),
    # King Richard ¶2/16, "killed at Bosworth on 22 August 1485" ¶2, in Cyrillic
    Query("Ричард III Босворт", "4d617460", "translit"),
    # "motor racing track opened at Brooklands" ¶4; "S. F. Edge's twenty-four-hour drive" ¶10, in Cyrillic
    Query("Бруклендс Эдж", "498be6a3", "translit"),
    # "el Estadio Azteca … con el partido entre el América y el Torino" ¶4; "el famoso partido de Maradona" ¶9, in
    # Cyrillic
    Query("Ацтека Торино Марадона", "1646f35d", "translit"),
    # "наш земляк Геннадий Петрович Шубин" ¶5, in Latin letters
    Query("Gennadii Petrovich Shubin", "3e2a9d74", "translit"),
    # "первый экипаж — Уильям Шеперд, Юрий Гидзенко и Сергей Крикалёв" ¶8, in Latin letters
    Query("Yuri Gidzenko Sergei Krikalev", "3e2a9d74", "translit"),
    # 退休工人顾文涛 ¶7 (and on), 磁悬浮 ¶3/5/6, in pinyin without tones
    Query("Gu Wentao cixuanfu", "987ffc57", "translit"),
    # 从龙阳路站驶向浦东机场 ¶6, in pinyin without tones
    Query("Longyang lu Pudong jichang", "987ffc57", "translit"),
    # accents dropped: "CINCUENTA AÑOS DEL COLOSO DE SANTA ÚRSULA" ¶2
    Query("Coloso de Santa Ursula", "1646f35d", "translit"),
    # Russian
    # "К 25-летию станции школьный астрономический кружок «Зенит» готовит выставку в Доме культуры" ¶10
    Query("выставка в Доме культуры к 25-летию станции", "3e2a9d74", "russian"),
    # "Зимние каникулы кружок проведёт в Москве: поездка в музей космонавтики" ¶15
    Query("поездка в музей космонавтики на зимние каникулы", "3e2a9d74", "russian"),
    # "сохранила листок календаря 1998 года с датой «21 ноября»" ¶11
    Query("листок календаря с датой «21 ноября»", "3e2a9d74", "russian"),
    # Spanish
    # "la banda del pueblo tocó a la entrada del estadio, y don Eusebio fue con ella" ¶10
    Query("la banda del pueblo tocó a la entrada del estadio", "1646f35d", "spanish"),
    # "del 30 de mayo al 12 de junio habrá en la biblioteca municipal una exposición de fotografías y boletos
    # antiguos" ¶15
    Query("fotografías y boletos antiguos del 30 de mayo al 12 de junio", "1646f35d", "spanish"),
    # "un torneo relámpago, que ganó el equipo de la colonia Las Flores" ¶14
    Query("torneo relámpago colonia Las Flores", "1646f35d", "spanish"),
    # Chinese
    Query("追风二十年 图片展", "987ffc57", "chinese"),  # 举办"追风二十年"图片展 ¶10
    Query("在桥下听声音", "987ffc57", "chinese"),  # 挤不进去，只好在桥下听声音 ¶7
    Query("别人追星 我追车", "987ffc57", "chinese"),  # "别人追星，我追车，" ¶19
    # Mentions and zero-width spaces
    # "Hoard Day … with a talk at 2pm by Dr Imran Saleh on the gold work" ¶10
    Query("<@4410> Hoard Day\u200b Imran Saleh", "ffaa6908", "mention-noise"),
    # "The Boxing Day dip at Colley Sands starts at 11am" ¶17
    Query("@everyone Boxing Day dip\u200b Colley Sands", "ed1344ff", "mention-noise"),
    # "cabochon cutting for beginners, with Derek" ¶11; "new belts, thanks to Derek Owsley" ¶3
    Query("<#207> cabochon cutting\u200b Derek Owsley", "09993c5f", "mention-noise"),
    # Typos
    Query("Farrimund Siamise", "bffe8bfc", "typo"),  # "RHODA FARRIMOND" ¶1, "Siamese" ¶4/19
    Query("Sibeston Threlkild", "4d617460", "typo"),  # "SIBBESTON MAGNA" ¶1, "Alan Threlkeld" ¶5
    # "PURLMOUTH PEBBLE POLISHERS" ¶1 (transposition, and one letter dropped)
    Query("Purlmuoth pebble polishrs", "09993c5f", "typo"),
    Query("Tepaltsin Estadio Asteca", "1646f35d", "typo"),  # "Tepaltzin" ¶1, "el Estadio Azteca" ¶4
    Query("Shawcome Brooklans", "498be6a3", "typo"),  # "SHAWCOMBE … BROOKLANDS" ¶1
    # Names
    Query("Pauline Satterthwaite", "bffe8bfc", "name"),  # "her niece, Pauline Satterthwaite" ¶9
    Query("Hilda Brearley", "501f8a96", "name"),  # "Miss Hilda Brearley's Ullesby Ladies' Choir" ¶12
    Query("Alison Brereton", "498be6a3", "name"),  # "'Mud, oil and the Members' Banking', by Alison Brereton" ¶8
    # Phrases
    Query("a moon on a stick", "e74572a5", "phrase"),  # the Crier of 1895 on the first lamp, ¶10
    Query("just to look at the hole", "4d617460", "phrase"),  # Alan Threlkeld, ¶5
    Query("I tell them to keep looking", "ffaa6908", "phrase"),  # Mrs Neild, ¶18
    Query("still the best free thing in Kessingford", "d0ac4db2", "phrase"),  # Cllr Attwater, ¶16
    # Questions
    # "on Thursday 1 August 1861, The Times printed the first public weather forecast" ¶4
    Query("when did The Times print the first public weather forecast?", "7842ffb1", "question"),
    # "Over the following weeks archaeologists lifted more than 3,500 pieces" ¶5
    Query("how many pieces did archaeologists lift from the Staffordshire Hoard?", "ffaa6908", "question"),
    # "The Riverside Walk is 3.1 miles long" ¶19 (the 1987 cutting, 8a712189, gives no length)
    Query("how long is the Kessingford Riverside Walk?", "d0ac4db2", "question"),
    # "on Saturday 6 July 1907 it held its first race meeting" ¶4
    Query("when did Brooklands hold its first race meeting?", "498be6a3", "question"),
    # "Thorley Bank opened its doors to 63 children on Monday 8 January 1894" ¶6 ("Admitted 63." ¶17)
    Query("how many children did Thorley Bank open with in 1894?", "2c9361de", "question"),
    # "The new reading room at the Mechanics' Institute was opened on Thursday 8 March by Mr Josiah Brough" ¶15
    Query("who opened the reading room at the Mechanics' Institute?", "501f8a96", "question"),
    # "The Boxing Day dip at Colley Sands …; last year's drew 230 swimmers" ¶17
    Query("how many swimmers did last year's Colley Sands dip draw?", "ed1344ff", "question"),
    # Topics
    # "ON YOUR BIKES FOR THE TOUR'S HUNDREDTH" ¶8; "on the first Tour de France" ¶9; "To mark the centenary, Cottersby
    # Wheelers will ride the 62 miles" ¶10
    Query("first Tour de France centenary bike ride", "0e3fbb01", "topic"),
    # "HAZEL HURDLE-MAKING DAYS" ¶1; "a traditional sheep hurdle from hazel" ¶2; "Two-day course" ¶6; "Booking opens on
    # 10 January" ¶9
    Query("hazel sheep hurdle course booking", "92335717", "topic"),
    # "The Kessingford Rowing Club regatta returns" ¶16; "Crews from eleven clubs have entered" ¶17
    Query("regatta crews from eleven clubs Kessingford", "e7f34b99", "topic"),
    # "Scarlet fever at the Board School: the school was closed from 29 February to 10 March" ¶17
    Query("scarlet fever Board School closed", "501f8a96", "topic"),
    # "the first cat show in England was held at the Crystal Palace on 13 July 1871, and she was proud to judge at a
    # centenary show" ¶7
    Query("cat show Crystal Palace centenary", "bffe8bfc", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Barbara Neild is the Chasewick Searchers' secretary (ffaa6908 ¶7, ¶17); the Tour de France is the Cottersby
    # cutting's (0e3fbb01)
    "Barbara Neild Tour de France",
    # Moira Lightowler directed "Dick Whittington" in 1991 (536f4a47 ¶4); "Aladdin" is in another cutting (ed1344ff
    # ¶19), which names no director
    "Moira Lightowler Aladdin",
    # Joan Pettifer opened the Riverside Walk (d0ac4db2 ¶5/7, 8a712189 ¶3); the regatta cutting (e7f34b99) does not
    # name her
    "Joan Pettifer regatta",
    # Rhoda Farrimond is the cat breeder (bffe8bfc); Hoard Day is Chasewick's (ffaa6908 ¶9–10)
    "Rhoda Farrimond Hoard Day",
    # Edna Cawkwell is Thorley Bank's old pupil (2c9361de ¶11); the Cottersby Players are 536f4a47's and ed1344ff's
    "Edna Cawkwell Cottersby Players",
    # Alan Threlkeld is the retired surveyor who watched the Leicester dig (4d617460 ¶5); the detecting club is
    # Chasewick's (ffaa6908 ¶4–6)
    "Alan Threlkeld metal detecting",
    # Fiona Baird talks on "Agates of the Scottish coast" (09993c5f ¶8); the Hoard's gold is ffaa6908's
    "Fiona Baird Staffordshire Hoard gold",
    # Tamsin Colebrook takes bookings for Dimmock Copse (92335717 ¶20); Cats Protection is in the obituary (bffe8bfc
    # ¶17)
    "Tamsin Colebrook Cats Protection",
    # the «Зенит» exhibition: dates (3e2a9d74 ¶10) and hours (¶20), no price
    "цена билета на выставку кружка «Зенит»",
    # "кружок уже принимал гостя из Звёздного городка" (3e2a9d74 ¶14); the guest is not named
    "кто был гостем из Звёздного городка?",
    # "el torneo infantil se jugará el sábado 4 y el domingo 5 de junio" (1646f35d ¶15): no result yet (Las Flores won
    # last year's torneo relámpago, ¶14, another tournament)
    "¿qué equipo ganó el torneo infantil de junio?",
    # "una exposición de fotografías y boletos antiguos" (1646f35d ¶15); no price
    "¿cuánto costaba un boleto para el partido inaugural en 1966?",
    # "el partido entre el América y el Torino" (1646f35d ¶4); no goals, no score
    "¿quién marcó el gol en el partido entre el América y el Torino?",
    # 他带着孙子第一次坐上了磁悬浮 (987ffc57 ¶8); the grandson is not named
    "顾文涛 孙子 名字",
    # 那张车票他一直留到今天 (987ffc57 ¶8, ¶11); no fare
    "磁悬浮 车票 价格",
    # "The Kessingford Rowing Club regatta returns on Saturday 11 July" (e7f34b99 ¶16); written before it, no winner
    "which crew won the Kessingford regatta on 11 July?",
    # "the nativity play is on Tuesday 14 and Wednesday 15 December at 1.30pm" (2c9361de ¶8); the only price is the
    # centenary tea's, £1 (¶19)
    "how much are tickets for the Thorley Bank nativity play?",
    # "Ullesby Rovers' cup replay … is fixed at last for Wednesday 13 March" (501f8a96 ¶7); not yet played
    "what was the score in Ullesby Rovers' replay on 13 March?",
    # "The Cricket Club met on the 6th and chose a new captain" (501f8a96 ¶16); the captain is not named
    "who was chosen as the new captain of the Ullesby Cricket Club?",
    # "Cottersby Wheelers will ride the 62 miles to the coast and back" (0e3fbb01 ¶10); no number ("sixty riders" is
    # the first Tour's, ¶9)
    "how many riders took part in the Cottersby Wheelers ride to the coast?",
    # "It was three short lines, and it was right, more or less" (7842ffb1 ¶5); the words are not given (¶14's "fair, a
    # westerly breeze, showers later" is the blogger's own forecast)
    "what weather did FitzRoy's 1861 forecast predict?",
    # "the seats were drawn … Mrs Gwen Hollier, 84, whose name came out of the hat first" (4d617460 ¶9–10); no price
    "how much did Mrs Gwen Hollier's cathedral ticket cost?",
    # the Hoard's 3,500 pieces (ffaa6908 ¶5); no value
    "how much was the Staffordshire Hoard valued at?",
    # "coach trip to the Midlands gem and mineral fair" (09993c5f ¶9); no venue
    "which hotel hosts the Midlands gem and mineral fair?",
    # "the Mayor, Cllr Deborah Attwater" (d0ac4db2 ¶7); no election
    "how many votes did Cllr Deborah Attwater get?",
    # "Swan upping … comes through the town later in the month" (e7f34b99 ¶19); no day, no hour
    "what time does swan upping reach Kessingford?",
    # "the Dimmock Copse Trust, a registered charity" (92335717 ¶17); no founding date
    "when was the Dimmock Copse Trust founded?",
    # "The Chasewick Searchers, a detecting club … had two members in that field" (ffaa6908 ¶6); no membership
    "how many detectorists belong to the Chasewick Searchers?",
    # Tregaron is not in the corpus (the garden weather station is in Tregannock, 7842ffb1 ¶1)
    "Tregaron weather station",
    # Lichfield is not in the corpus; the finds are shown at Chasewick library (ffaa6908 ¶14)
    "Lichfield Staffordshire Hoard exhibition",
    # Kettering is not in the corpus; the Rotary Club cleared Kessingford's towpath (8a712189 ¶4)
    "Kettering Rotary Club towpath",
    # Tewkesbury is not in the corpus; the coach went to Leicester, the battlefield is Bosworth (4d617460 ¶2, ¶8, ¶16)
    "Tewkesbury battlefield coach trip",
    # Bexhill is not in the corpus; the Boxing Day dip is at Colley Sands (ed1344ff ¶17)
    "Bexhill Boxing Day swimmers",
    # Jalisco is not in the corpus; the fifty years are the Estadio Azteca's (1646f35d)
    "Estadio Jalisco cincuenta años",
    # 杭州 is not in the corpus; the maglev is Shanghai's (987ffc57 ¶5)
    "杭州 磁悬浮 通车",
    # Плесецк is not in the corpus; the «Протон» left from Байконур on 20 November 1998 (3e2a9d74 ¶4)
    "Плесецк «Протон» пуск 1998",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind120/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
