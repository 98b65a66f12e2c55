"""A hundred-and-fourteenth lookup query set, for tuning ranking (written in the fifty-seventh session): a TUNING set,
not a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and
once used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind113.py, a blind set, and tests/queries_blind115.py,
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё
  read as е, Chinese by character pairs, a few stop words left out) with every earlier query (some fifteen
  thousand four hundred), and with the earlier queries of this set, while the set was being written; a
  query sharing more than half of its words with any one of them was replaced. The seeds are exhausted:
  of some three hundred and forty first drafts for them, about one in seven passed (every two- and three-name pair of
  most seed articles, in Latin, Cyrillic and Chinese letters, and nearly every Spanish phrase of the
  interview, had been used already), so the seed queries here lean on words no earlier query used
  ("jeopardises", "worldview", "home-grown", "fueled", "steering", "quoting"), rarer name pairs and typos,
  and there are fewer of them than the brief's thirty-odd; the new documents carry the rest.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind126/docs, copied as ONE
  corpus into a subfolder blind126/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles, taking each "* * *" rule for a title (see NEWDOCS_TITLES). The same
  near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 10 + 14 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 3 + 10
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish), translit
2 + 18 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, Chinese names in pinyin without tones,
Cyrillic names in Latin letters, accents dropped), russian 3 + 4, spanish 2 + 4, chinese 2 + 4,
mention-noise 1 + 4 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 5
(1–2 edits a word), name 1 + 6, phrase 3 + 6, question 2 + 9, topic 3 + 7: 35 + 91 answerable, and 12 + 39
unanswerable. Every answerable query is answered by the documents' own words in some form, spelling or
script (names may be written in another script); none needs a translation of a common noun or a synonym
the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won a head race or a new cup, who conducted a band, what a film or a grandfather was called, who was
headteacher before, who the visiting researcher or the first head of a school was; how many watched,
belong or went on a trip; what a fire station, a brewery site, a rented screen or a museum ticket cost;
what hour a shop closes; when someone joined or retired; where someone stayed); a place the corpus does
not hold (spelled two or more edits from anything real in it, or simply absent) joined to a subject it
does; Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in
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

# The new-documents corpus is assembled by copying tests/gold/blind126/docs/* into ONE temporary
# corpus folder under the subfolder blind126/: files are then "blind126/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind126/docs",)
NEWDOCS_SUBDIRS = ("blind126",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_fettleby_gazette_sport_digest.txt, split by the loader at its "* * *" rules, which it reads as titles: each
    # rule (¶7, ¶14) is an article of its own holding nothing but the rule; Janice Pilling's Commonwealth Games of 1986
    # (¶3–6), Redgrave's fifth gold (¶9–13) and the girls' new pitch of 2023 (¶16–20); the header (¶1) and the
    # datelines (¶2, ¶8, ¶15) belong to none of them
    "65ff9f33": "FETTLEBY'S JANICE PACKS FOR EDINBURGH",
    "0c3fd2b2": "* * *",
    "18480f9a": "FIVE GOLDS IN FIVE GAMES",
    "0c3fd2b2-2": "* * *",
    "527abe65": "NEW PITCH, NEW SEASON FOR FETTLEBY GIRLS",
    "0fbbd619": "KIELDER AT TWENTY-FIVE",
    "7c54c625": "OBITUARY: IDA POSKITT",
    "f4fe5884": "SIXTY YEARS ON",
    "257babaa": "KNARESDYKE ADVERTISER",
    "68058041": "LATHERCOMBE SILLY WALK FESTIVAL",
    "dd7ca589": "MUDGELEY TOWN COUNCIL",
    # en_mudgeley_mercury_digest.txt, split the same way: the brewery's last barrel of 1988 (¶3–7), the first soapbox
    # derby of 1991 (¶10–14) and Damon Hill's title (¶17–22); the rules (¶8, ¶15) are articles of their own; the header
    # (¶1) and the datelines (¶2, ¶9, ¶16) belong to none of them
    "7a85391a": "LAST BARREL LEAVES CASTLE HILL BREWERY",
    "7079a042": "* * *",
    "9a9f88e5": "SEVENTEEN CARTS AND A PRAM",
    "7079a042-2": "* * *",
    "0851b7eb": "MUDGELEY CHEERS A CHAMPION AT DAWN",
    "58f87bfb": "ODDMOOR MARQUETRY SOCIETY",
    "5219a34a": "PAPER MARBLING AT QUENTHORPE MILL",
    "4ecefc81": "SCURROW LANE PRIMARY SCHOOL",
    "a1ea5367": "SUGAR AND PHOSPHATE",
    "ac45db29": "LA PEÑA DE VILLANOVAL",
    "ba693de4": "«КРАСНОЙ СТРЕЛЕ»",
    "a86d2c32": "石楠镇中学纪念",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "welcomed King Norodom Sihamoni's attendance … he was accorded a warm and friendly reception" ¶239; "President
    # Xi's historic state visit to Cambodia last April yielded fruitful outcomes" ¶247
    Query("Sihamoni's attendance accorded a warm reception yielded fruitful outcomes", "5a5d8582", "cross-paragraph"),
    # "Iranian President Masoud Pezeshkian" ¶451; "foster synergy for common development" ¶459; "which severely
    # jeopardises world peace and development" ¶461
    Query("Pezeshkian jeopardises world peace synergy", "e065690c", "cross-paragraph"),
    # "It Is Rooted in a Shared Worldview and Historical Narrative" line 8; "Shared memory of war and perceived Western
    # revisionism serve as ideological glue" line 9; "cooperate with other peace-loving nations" line 43
    Query("worldview ideological glue peace-loving nations", "b39d8185", "cross-paragraph"),
    # "Sydney Loving" ¶297/299/301 (and the interview's answers); "solo vi a una persona pidiendo limosna en la calle
    # con un código QR en el fondo de una olla. Compáralo con San Francisco o Nueva York" ¶327
    Query("Sydney Loving San Francisco código QR olla", "dde32893", "cross-paragraph"),
    # "Myanmar's economic and social development, supporting its post-disaster rehabilitation efforts" ¶419;
    # "Guterres … China … has been a cornerstone of multilateralism" ¶409
    Query(
        "Myanmar's post-disaster rehabilitation Guterres cornerstone of multilateralism", "26d64f12", "cross-paragraph"
    ),
    # "boosting Pakistan's home-grown capacity for development" ¶211; "Meeting with Uzbek President Shavkat
    # Mirziyoyev … amid complex and volatile changes in the current international situation" ¶207
    Query("Pakistan's home-grown capacity volatile changes Mirziyoyev", "3a9fa4ed", "cross-paragraph"),
    # "His first visit to China in six years drew extraordinary global attention" ¶219; "Cai Qi, … member of the
    # Secretariat and Director of the General Office of the CPC Central Committee" ¶221
    Query("extraordinary global attention Secretariat General Office", "eca32116", "cross-paragraph"),
    # "Li Jinxian's comments suggest that these sites …" line 10; "Such actions have fueled diplomatic tensions" line 15
    Query("Li Jinxian's comments fueled diplomatic tensions", "097182f6", "cross-paragraph"),
    # "joined by Chinese Ambassador Lan Hu to inaugurate a monument" ¶33; "He described it as a reflection of the
    # friendship between the two nations" ¶47
    Query("Lan Hu inaugurate monument reflection of friendship", "f78fdcd6", "cross-paragraph"),
    # "Zhao Leji conveyed General Secretary Xi Jinping's cordial greetings" ¶67; "China has achieved remarkable
    # accomplishments in development and has become a main driving force of global economic growth" ¶69
    Query("Zhao Leji conveyed cordial greetings accomplishments driving force", "362ba691", "cross-paragraph"),
    # Word forms: the text has another form
    # "The two sides should … steer the bilateral relationship toward the goal … Next year marks the 70th anniversary of
    # China-Egypt diplomatic ties" ¶411 (steer → steering; "steering" is nowhere in seeds/)
    Query("Madbouly steering relations toward the 70th anniversary", "26d64f12", "word-form"),
    # "The Russian President's website further quoted him as saying: 'Our ancestors, fathers and grandfathers …'" ¶195
    # (quoted → quoting, President's → Putin's; neither form is in seeds/)
    Query("Putin's website quoting him on ancestors", "c061f0a1", "word-form"),
    # "Hogg remained almost entirely unknown in his native country for decades" ¶487 (remained → remaining; not in
    # seeds/)
    Query("Hogg remaining almost entirely unknown", "ac7222d4", "word-form"),
    # Another script or romanisation
    # "Iranian President Masoud Pezeshkian, Indonesian President Prabowo Subianto" ¶451, in Cyrillic (instrumental case)
    Query("с Пезешкианом и Прабово", "e065690c", "translit"),
    # Cai Qi and Wang Yi, who greeted Kim Jong Un ¶221, and "the rostrum of Tienanmen Square" ¶219, in Chinese
    # characters (Tienanmen Square is also 38a7d84f's ¶377, without the two names)
    Query("蔡奇 王毅 天安门", "eca32116", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491
    # ("about Chen Hansheng and Chow Yun-fat")
    Query("о Чэнь Ханьшэне и Чоу Юньфате", "ac7222d4", "russian"),
    # "Ken Hammond (Historian and China scholar)" ¶363; "Jodie Evans (Co-founder of Code Pink)" ¶365 ("about Jodie
    # Evans and Ken Hammond")
    Query("о Джоди Эванс и Кене Хаммонде", "d89fdf72", "russian"),
    # "India was represented by Foreign Minister Subrahmanyam Jaishankar, with the absence of Prime Minister Narendra
    # Modi …" ¶451 ("about Subrahmanyam Jaishankar and Narendra Modi")
    Query("о Субраманьяме Джайшанкаре и Нарендре Моди", "e065690c", "russian"),
    # Spanish
    # "Realmente están transformando el desierto en un lugar habitable y sostenible" ¶337
    Query("realmente están transformando el desierto", "dde32893", "spanish"),
    # "Para entender verdaderamente lo extraordinario que es el desarrollo de China, hay que entender la historia" ¶313
    Query("para entender verdaderamente lo extraordinario que es el desarrollo", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Anna May Wong" ¶111–119 and "Lady From Chungking" ¶113/129 as Chinese papers write them
    Query("黄柳霜 重庆女郎", "ccf1d4fa", "chinese"),
    # "Russian Foreign Minister Sergei Lavrov … in the Korean city of Wonsan" line 7; "the North East Anti-Japanese
    # United Army (Noraa)" line 3 (054ef6fb line 12 names "the North-eastern anti-Japanese united army", without Lavrov
    # or Wonsan)
    Query("拉夫罗夫 元山 东北抗日联军", "097182f6", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "welcomed King Norodom Sihamoni's attendance" ¶239; "arrived in Beijing … far ahead of others" ¶235
    Query("<@77> Sihamoni's attendance\u200b far ahead of others", "5a5d8582", "mention-noise"),
    # Typos (1–2 edits)
    # "South African President Cyril Ramaphosa", "Foreign Minister Subrahmanyam Jaishankar" ¶451 (1 edit each)
    Query("Ramaphoza Jaishnkar", "e065690c", "typo"),
    # "Dr. Norman Bethune" and "the Eighth Route Army's resistance" ¶275 (1 edit each; the Eighth Route Army is also in
    # ac7222d4 ¶497, of George Hogg, without Bethune)
    Query("Bethun Eighth Rout Army", "7ab1f62c", "typo"),
    # "Modeled after London's Stamford Bridge (home of Chelsea Football Club)" ¶291 (1 edit each)
    Query("Stamford Brige Chelsey", "7ab1f62c", "typo"),
    # Names
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "a financial donation from a Colonel
    # Younghusband" ¶521
    Query("Chen Hansheng Colonel Younghusband", "ac7222d4", "name"),
    # Phrases
    # "We must never forget or slander the achievements of the liberators, and the results of World War II shall never
    # be denied" line 11
    Query("the results of World War II shall never be denied", "424ab945", "phrase"),
    # "followed by a summary of its contents that retains the original framing and language" line 4
    Query("a summary of its contents that retains the original framing", "b39d8185", "phrase"),
    # "this doubtless relates to the way in which US and British imperialism sought to prevent the punishment of
    # Japanese war criminals" ¶279
    Query("doubtless relates to the way in which US and British imperialism sought", "7ab1f62c", "phrase"),
    # Questions
    # "South African President Ramaphosa said … South Africa has already experienced negative economic effects from the
    # trade upheaval" ¶467
    Query("what did Ramaphosa say South Africa had already experienced?", "e065690c", "question"),
    # "the first to take multilateral actions against the three forces of terrorism, separatism and extremism" ¶433
    Query("what three forces did the SCO take multilateral action against?", "9e49ddff", "question"),
    # Topics
    # "President Xi emphasised that China highly appreciates Slovakia's commitment to friendly relations with China …
    # promoting the sound and steady development of China-EU relations" ¶17
    Query("Slovakia's commitment to friendly relations China-EU", "faecd2e1", "topic"),
    # "This webinar is the companion to our commemoration of VE or Victory in Europe Day" ¶359; "Chen Weihua (Former EU
    # bureau chief of China Daily)" ¶364
    Query("companion VE Day webinar China Daily bureau chief", "d89fdf72", "topic"),
    # "the building of a China-Cuba community with a shared future has deepened with tangible outcomes" ¶87; "deepen
    # cooperation in science, technology and innovation in the fields of … brain sciences, biodiversity" ¶105
    Query("tangible outcomes biodiversity brain sciences", "d807680a", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Chow Yun-fat plays Chen Hansheng (ac7222d4 ¶491); Eric Liddell is 7ab1f62c's: no article names both
    "Чоу Юньфат и Эрик Лидделл",
    # Chen Hansheng (ac7222d4 ¶491) and Norman Bethune (7ab1f62c ¶275), in Cyrillic: no article names both
    "Чэнь Ханьшэн и Норман Бетьюн",
    # "the August Revolution … greatly inspired Laos's national liberation" (20f574be ¶149); no museum, no hours
    "Laos's national liberation museum opening hours",
    # "Ken Hammond (Historian and China scholar)" (d89fdf72 ¶363), in Chinese characters; no birthplace
    "哈蒙德 出生 地点",
    # Robert Fico is faecd2e1's (¶13–21); Code Pink is Jodie Evans's (d89fdf72 ¶365)
    "Robert Fico Code Pink",
    # Jenny Clegg is in d89fdf72 ¶366 and ac7222d4 ¶513; Stamford Bridge is the Minyuan Stadium's model (7ab1f62c ¶291)
    "Jenny Clegg Stamford Bridge",
    # Jin Jing is a Xinhua correspondent (7ab1f62c ¶287); the Morning Star ran David Horsley's review (ccf1d4fa ¶111)
    "Jin Jing Morning Star",
    # Keith Bennett (ac7222d4 ¶475–477, d89fdf72 ¶367); Lady From Chungking is ccf1d4fa's
    "Keith Bennett Lady from Chungking",
    # Delcy Rodríguez is Venezuela's Vice President (f78fdcd6 ¶33/53); Ho Chi Minh's Stilt House is 362ba691's ¶75
    "Delcy Rodríguez Stilt House",
    "сколько лет Ли Цзиньсяню?",  # Li Jinxian, "director of the Memorial Work Department" (097182f6 line 1); no age
    # Kuala Lumpur is not in the corpus (Malaysia only in 3a9fa4ed's title); the SCO summit was in Tianjin (9e49ddff)
    "Kuala Lumpur SCO summit",
    # The King and the Queen Mother "arrived in Beijing" on August 23 (5a5d8582 ¶235); no return, no Phnom Penh
    "Queen Mother's return flight to Phnom Penh",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Janice Pilling of Fettleby Athletic Club" ¶4; "her best time of the season at Gateshead" ¶5; "The club holds a
    # send-off evening at the Feathers" ¶6
    Query("Janice Pilling Feathers send-off Gateshead", "65ff9f33", "cross-paragraph"),
    # "Club captain Dave Ibbotson said: 'We had the kettle on at midnight …'" ¶11; "put off until the flooded towpath
    # dries out" ¶13
    Query("Ibbotson kettle flooded towpath", "18480f9a", "cross-paragraph"),
    # "its new all-weather pitch at Holme Lane" ¶17; "Coach Amina Hussain" ¶19; "Trials for the under-12s" ¶20
    Query("Amina Hussain Holme Lane under-12s trials", "527abe65", "cross-paragraph"),
    # "retired water engineer Norman Eskdale" ¶3; "the last family left Hawkshaw Farm" ¶4 (Hawkshaw again ¶16); "the
    # parish council planted a rowan tree" ¶7 (the rowan again ¶19)
    Query("Norman Eskdale Hawkshaw Farm rowan tree", "0fbbd619", "cross-paragraph"),
    # "OBITUARY: IDA POSKITT" ¶1, "Ida Poskitt" ¶2; "a Mary Pickford comedy" ¶4; "eight-year-old Chloe Armitage" ¶8
    Query("Ida Poskitt Mary Pickford Chloe Armitage", "7c54c625", "cross-paragraph"),
    # "Harold Brearley, who had founded the Ilkbury Mountaineering Club" ¶6; "eleven members camped under Gimmer Crag"
    # ¶8 (¶17); "his granddaughter, Fiona Metcalfe" ¶11
    Query("Harold Brearley Gimmer Crag Fiona Metcalfe", "f4fe5884", "cross-paragraph"),
    # "Knaresdyke's first zebra crossing" ¶11; "the new electric tramway" ¶15; "Alderman Josiah Thewlis, drove the first
    # car himself" ¶16
    Query("Josiah Thewlis tramway zebra crossing", "257babaa", "cross-paragraph"),
    # "cookery evenings at the Wheatsheaf" ¶10 (¶21); "a talk by Dr Helen Farquharson" ¶11; "'The Lumberjack Song', sung
    # by the Lathercombe Male Voice Choir" ¶13
    Query("Helen Farquharson Lumberjack Song Wheatsheaf", "68058041", "cross-paragraph"),
    # "Head brewer Ron Eastwood" ¶6; "the drays will be sold at Malton on the 21st" ¶7
    Query("Ron Eastwood drays Malton", "7a85391a", "cross-paragraph"),
    # "Garage owner Phil Rennard, who opened the doors at 5am with bacon sandwiches" ¶19; "the first race of next
    # season, in Melbourne in March" ¶21
    Query("Phil Rennard bacon sandwiches Melbourne", "0851b7eb", "cross-paragraph"),
    # "Arthur Sugden will show how to cut a compass rose from five veneers" ¶4; "the furniture collection at Temple
    # Newsam" ¶10
    Query("Arthur Sugden compass rose Temple Newsam", "58f87bfb", "cross-paragraph"),
    # "Our tutor, Bridget Hallowes, learned marbling from a bookbinder in Florence" ¶6; "mix your own size from
    # carrageen moss" ¶4; "Japanese suminagashi" ¶10
    Query("Bridget Hallowes Florence carrageen moss suminagashi", "5219a34a", "cross-paragraph"),
    # "Директор музея Нина Лукина" ¶6 (¶19); "станцию наградили переходящим вымпелом" ¶9; "Бывший машинист Геннадий
    # Сомов" ¶14
    Query("Нина Лукина вымпел Геннадий Сомов", "ba693de4", "cross-paragraph"),
    # "El presidente de la peña, Celestino Fombona … cuando ganó en Hungría" ¶8; "una comida popular con fabada para
    # quien lleve el pañuelo azul de la peña" ¶10
    Query("Celestino Fombona Hungría fabada pañuelo azul", "ac45db29", "cross-paragraph"),
    # Word forms
    # "to watch Steve Redgrave win the coxless four in Sydney" ¶10 (win → winning; "winning" is nowhere in the corpus)
    Query("Redgrave winning the coxless four in Sydney", "18480f9a", "word-form"),
    # "Norman Eskdale, 71, who stood on the dam wall that day in 1982" ¶3 (stood → standing, irregular; "standing" is
    # only in a1ea5367 ¶4, of the helix model)
    Query("Norman Eskdale standing on the dam wall in 1982", "0fbbd619", "word-form"),
    # "Ida Poskitt, who taught the piano to three generations of Mossbeck children" ¶2 (taught → teaches, irregular)
    Query("Ida Poskitt teaches the piano to Mossbeck children", "7c54c625", "word-form"),
    # "Last Saturday, the 26th, firemen pushed an engine the length of the High Street" ¶6 (pushed → pushing)
    Query("firemen pushing an engine the length of the High Street", "257babaa", "word-form"),
    # "'The Lumberjack Song', sung by the Lathercombe Male Voice Choir" ¶13 (sung → singing, irregular)
    Query("Lathercombe Male Voice Choir singing The Lumberjack Song", "68058041", "word-form"),
    # "to watch Damon Hill win the Japanese Grand Prix at Suzuka" ¶18 (win → wins)
    Query("Damon Hill wins the Japanese Grand Prix at Suzuka", "0851b7eb", "word-form"),
    # "Crick wrote his famous letter to his twelve-year-old son Michael" ¶4 (wrote → writing, irregular)
    Query("Crick writing to his son Michael", "a1ea5367", "word-form"),
    # "станцию наградили переходящим вымпелом" ¶9 (наградили → награждают)
    Query("станцию награждают переходящим вымпелом", "ba693de4", "word-form"),
    # "Un año después, el 22 de octubre de 2006, también en Brasil, Alonso revalidó el título" ¶5 (revalidó → revalida)
    Query("Alonso revalida el título en Brasil", "ac45db29", "word-form"),
    # "unos trescientos vecinos de Villanoval vieron la carrera en la plaza de la iglesia" ¶4 (vieron → ven, irregular)
    Query("los vecinos ven la carrera en la plaza de la iglesia", "ac45db29", "word-form"),
    # Another script or romanisation
    # "With Gaston Rébuffat and Lionel Terray they spent the night … in a crevasse" ¶4, in Cyrillic
    Query("Гастон Ребюффа и Лионель Терре", "f4fe5884", "translit"),
    # "Maurice Herzog and Louis Lachenal stood on the summit of Annapurna" ¶3, in Chinese characters
    Query("安纳布尔纳 埃尔佐格 拉什纳尔", "f4fe5884", "translit"),
    # "alongside papers by Maurice Wilkins's group and by Rosalind Franklin and Raymond Gosling" ¶5, in Cyrillic
    Query("Морис Уилкинс и Рэймонд Гослинг", "a1ea5367", "translit"),
    # "Francis Crick" ¶3–4, "Jim Watson" ¶3–4/18, "Rosalind Franklin" ¶5–6/12/18, in Chinese characters
    Query("克里克 沃森 富兰克林", "a1ea5367", "translit"),
    # "Steve Redgrave win the coxless four in Sydney" ¶10; "When Matthew Pinsent climbed over the boat" ¶11, in Cyrillic
    Query("Стив Редгрейв и Мэтью Пинсент", "18480f9a", "translit"),
    Query("雷德格雷夫 悉尼", "18480f9a", "translit"),  # "Steve Redgrave … in Sydney" ¶10, in Chinese characters
    Query("Деймон Хилл Судзука", "0851b7eb", "translit"),  # "Damon Hill … at Suzuka" ¶18, in Cyrillic
    # "Damon Hill" ¶18; "since he lost it by a point at Adelaide" ¶19, in Chinese characters
    Query("达蒙·希尔 阿德莱德", "0851b7eb", "translit"),
    # "Fernando Alonso" ¶3 (Alonso passim); "en el circuito de Interlagos" ¶3, in Chinese characters
    Query("费尔南多·阿隆索 英特拉格斯", "ac45db29", "translit"),
    # "«КРАСНОЙ СТРЕЛЕ»" ¶1, "«Красная стрела»" ¶3; "станции Верстовск" ¶4, in Latin letters
    Query("Krasnaya Strela Verstovsk", "ba693de4", "translit"),
    # "Директор музея Нина Лукина" ¶6; "Бывший машинист Геннадий Сомов" ¶14, in Latin letters
    Query("Nina Lukina Gennadiy Somov", "ba693de4", "translit"),
    # "他的工作笔记至今保存完好" ¶6 and 周德明 ¶4–7, in pinyin
    Query("Zhou Deming gongzuo biji", "a86d2c32", "translit"),
    Query("Beijing zhengfu dianzi duizhuangji", "a86d2c32", "translit"),  # 北京正负电子对撞机 ¶1/3/17, in pinyin
    # accents dropped: "La Peña Alonsista de Villanoval" ¶6
    Query("Pena Alonsista de Villanoval", "ac45db29", "translit"),
    # "Monty Python's Flying Circus" ¶3; "LATHERCOMBE SILLY WALK FESTIVAL" ¶1, in Cyrillic
    Query("Монти Пайтон Латеркомб", "68058041", "translit"),
    # "Monty Python's Flying Circus was first broadcast on BBC1" ¶3, in Chinese characters
    Query("蒙提·派森 飞行马戏团", "68058041", "translit"),
    Query("Ида Поскитт Моссбек", "7c54c625", "translit"),  # "IDA POSKITT, PIANO TEACHER OF MOSSBECK" ¶1, in Cyrillic
    # "retired water engineer Norman Eskdale" ¶3; "KIELDER AT TWENTY-FIVE" ¶1, "Kielder Water" ¶2, in Cyrillic
    Query("Норман Эскдейл Килдер", "0fbbd619", "translit"),
    # Russian
    # "дневник своего деда, стрелочника Ивана Лукина" ¶6
    Query("дневник стрелочника Ивана Лукина", "ba693de4", "russian"),
    # "школьники Верстовска подготовили для выставки макет станции … с семафором и водокачкой" ¶13
    Query("макет станции с семафором и водокачкой", "ba693de4", "russian"),
    # "Зимой выставку сменит новогодняя экспозиция игрушечных железных дорог" ¶17
    Query("новогодняя экспозиция игрушечных железных дорог", "ba693de4", "russian"),
    # "в музее пройдёт встреча с ветеранами-железнодорожниками" ¶11
    Query("встреча с ветеранами-железнодорожниками", "ba693de4", "russian"),
    # Spanish
    # "vieron la carrera en la plaza de la iglesia, en una pantalla alquilada en Oviedo" ¶4
    Query("pantalla alquilada en Oviedo", "ac45db29", "spanish"),
    # "en octubre la peña viajará a Oviedo para ver la exposición de cascos del piloto" ¶17
    Query("exposición de cascos del piloto", "ac45db29", "spanish"),
    # "quieren organizar una carrera de karts para los niños del concejo" ¶14
    Query("carrera de karts para los niños del concejo", "ac45db29", "spanish"),
    # "Sus fundadores la registraron el 14 de noviembre de 2005" ¶6
    Query("fundadores la registraron el 14 de noviembre de 2005", "ac45db29", "spanish"),
    # Chinese
    Query("储存环的安装", "a86d2c32", "chinese"),  # 1986年他被借调到北京，参加储存环的安装 ¶6
    Query("小小物理学家 讲坛", "a86d2c32", "chinese"),  # 今年的科技节增设“小小物理学家”讲坛 ¶11
    Query("科学之光 巡回展", "a86d2c32", "chinese"),  # 全镇中小学的“科学之光”巡回展 ¶13
    # 主讲人是刚退休的物理老师周德明 ¶4; 邓小平同志来到对撞机视察，周德明站在欢迎人群的最后一排 ¶7; 校长方建华介绍 ¶9
    # (no paragraph holds all three names)
    Query("周德明 邓小平 方建华", "a86d2c32", "chinese"),
    # Mentions and zero-width spaces
    # "Her pupils won the Mossbeck Festival piano cup so often" ¶9 (the cup renamed ¶18)
    Query("<@4417> Mossbeck Festival piano cup\u200b", "7c54c625", "mention-noise"),
    # "LAST BARREL LEAVES CASTLE HILL BREWERY" ¶3; "The last barrel of Mudgeley Best left the Castle Hill brewery" ¶4
    Query("@here Castle Hill brewery\u200b last barrel", "7a85391a", "mention-noise"),
    # "PAPER MARBLING AT QUENTHORPE MILL" ¶1; "Children's morning (ages 8 to 14, with a grown-up)" ¶11
    Query("<#301> Quenthorpe Mill\u200b children's morning", "5219a34a", "mention-noise"),
    # "the Upper-Class Twit of the Year race" ¶9
    Query("@everyone Upper-Class Twit of the Year\u200b", "68058041", "mention-noise"),
    # Typos
    Query("Annapurana Herzogg", "f4fe5884", "typo"),  # "Annapurna" ¶1/3, "Maurice Herzog" ¶3/5 (1 edit each)
    Query("Knaresdike zebra crosing", "257babaa", "typo"),  # "KNARESDYKE" ¶1, "zebra crossing" ¶11 (1 edit each)
    Query("Lathercomb Sily Walk", "68058041", "typo"),  # "LATHERCOMBE SILLY WALK FESTIVAL" ¶1 (1 edit each)
    Query("marquety Oddmor", "58f87bfb", "typo"),  # "ODDMOOR MARQUETRY SOCIETY" ¶1 (1 edit each)
    Query("Poskit Mosbeck", "7c54c625", "typo"),  # "IDA POSKITT, PIANO TEACHER OF MOSSBECK" ¶1 (1 edit each)
    # Names
    Query("Bill Naylor", "9a9f88e5", "name"),  # "Round Table chairman Bill Naylor said the derby …" ¶13
    # "write to the secretary, Mrs Val Hebden, at the Fleece" ¶20 (58f87bfb ¶13 has "the Hebden Bridge craft centre")
    Query("Val Hebden", "f4fe5884", "name"),
    Query("Philip Ormthwaite", "58f87bfb", "name"),  # "Write to the secretary, Mr Philip Ormthwaite" ¶20
    Query("Graham Tindall", "7c54c625", "name"),  # "She is survived by her great-nephew, Graham Tindall" ¶19
    # "won by fourteen-year-old Kayleigh Naismith" ¶12; "Councillor Derek Oddie, Mayor of Mudgeley" ¶13; "Claire
    # Duckett, Events Officer" ¶21
    Query("Kayleigh Naismith Derek Oddie Claire Duckett", "dd7ca589", "name"),
    # "one teacher, Miss Hannah Corfield" ¶9; "Mrs Elsie Haworth, started in the infants on 8 September 1924" ¶16
    Query("Hannah Corfield Elsie Haworth", "4ecefc81", "name"),
    # Phrases
    Query("I learned to play a chase on the bass and a kiss on the treble", "7c54c625", "phrase"),  # ¶5
    Query("I said goodbye to that house twice", "0fbbd619", "phrase"),  # Tom Charlton, ¶16
    Query("I have brewed my last", "7a85391a", "phrase"),  # Ron Eastwood, ¶6
    Query("The inks do come out, but not always", "5219a34a", "phrase"),  # ¶20
    Query("Keep your blades sharp and your glue warm", "58f87bfb", "phrase"),  # ¶21
    Query("这辈子值了", "a86d2c32", "phrase"),  # 他给家里写信，说“这辈子值了” ¶7
    # Questions
    # "on Monday 1 December 1919 she played for her first picture, a Mary Pickford comedy, for nine shillings a week"
    # ¶4; "played for the silent pictures at the Electra as a girl" ¶2
    Query("how much did Ida Poskitt earn a week at the Electra?", "7c54c625", "question"),
    # "the Queen opened Kielder Water on Wednesday 26 May 1982" ¶2
    Query("when did the Queen open Kielder Water?", "0fbbd619", "question"),
    # "Seventeen carts took part. The winner was eleven-year-old Stuart Lonsdale" ¶12; the council's release says the
    # same ("Seventeen home-made carts took part", dd7ca589 ¶5)
    Query("how many carts took part in the first Mudgeley Soapbox Derby?", "9a9f88e5", "question", also=("dd7ca589",)),
    # "walked into the Eagle … and told everyone within earshot that he and Jim Watson had found the secret of life" ¶3
    Query("what did Crick tell everyone at the Eagle?", "a1ea5367", "question"),
    Query("how much is a one-day marbling workshop?", "5219a34a", "question"),  # "One-day workshop £65" ¶17
    # "Knaresdyke's first zebra crossing came into use this morning, 31 October, in Market Street" ¶11 (the 50 YEARS AGO
    # cutting of the issue of 31 October 2001)
    Query("when was Knaresdyke's Market Street crossing first used?", "257babaa", "question"),
    # "Scurrow Lane opened its doors on Monday 9 January 1899, with forty-one children and one teacher" ¶9
    Query("how many children did Scurrow Lane open with in 1899?", "4ecefc81", "question"),
    # "'I have brewed my last. I shall now learn to drink somebody else's.'" ¶6
    Query("what did Ron Eastwood say he would do after brewing his last?", "7a85391a", "question"),
    # "Boat trips over the drowned farms leave the Harlside jetty at 11am every Saturday this summer" ¶11
    Query("what time do the Harlside boat trips leave?", "0fbbd619", "question"),
    # Topics
    # "Twenty-five years to the day after the Queen opened Kielder Water … some four hundred villagers walked across the
    # dam" ¶2
    Query("Kielder Water twenty-five years villagers walk across the dam", "0fbbd619", "topic"),
    # "Monty Python's Flying Circus was first broadcast … our festival falls fifty years to the day" ¶3; "the Grand
    # Silly Walk" ¶7
    Query("Monty Python fifty years silly walk festival", "68058041", "topic"),
    # "Lunch at the Eagle, sixty-nine years on" ¶2; "the model of the double helix" ¶4; "the pubs were shut" ¶7; "'DNA
    # people'" ¶10
    Query("DNA double helix Eagle pub sixty-nine years on", "a1ea5367", "topic"),
    # "Steve Redgrave win the coxless four in Sydney, his fifth Olympic gold medal in five Games" ¶10
    Query("Steve Redgrave fifth Olympic gold", "18480f9a", "topic"),
    # "win … the Formula One world championship, thirty-four years after his father Graham first won the title" ¶18
    Query("Damon Hill title thirty-four years after his father", "0851b7eb", "topic"),
    # "Janice Pilling … has been chosen for the 1500 metres at the Commonwealth Games" ¶4; "Janice, 22, a nurse at the
    # cottage hospital" ¶5; "FETTLEBY'S JANICE" ¶3
    Query("Fettleby nurse chosen for the Commonwealth Games 1500 metres", "65ff9f33", "topic"),
    # "SCURROW LANE PRIMARY SCHOOL" ¶1; "On Sunday 10 January there will be a centenary service at St Botolph's" ¶13
    Query("Scurrow Lane centenary service St Botolph's", "4ecefc81", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Norman Eskdale is Kielder's (0fbbd619 ¶3–6); the Commonwealth Games are Janice Pilling's (65ff9f33)
    "Norman Eskdale Commonwealth Games",
    # Ida Poskitt is 7c54c625's; the lantern lecture is Harold Brearley's (f4fe5884 ¶10)
    "Ida Poskitt lantern lecture",
    # Harold Brearley founded the Ilkbury Mountaineering Club (f4fe5884 ¶6); the soapbox derby is Mudgeley's (dd7ca589,
    # 9a9f88e5)
    "Harold Brearley soapbox derby",
    # Stuart Lonsdale won Mudgeley's first derby (9a9f88e5 ¶12, dd7ca589 ¶14); the dam is Kielder's (0fbbd619)
    "Stuart Lonsdale Kielder dam",
    # Bridget Hallowes teaches marbling at Quenthorpe (5219a34a ¶6); the marquetry exhibition is Oddmoor's (58f87bfb ¶7)
    "Bridget Hallowes marquetry exhibition",
    # Amina Hussain coaches the Fettleby girls (527abe65 ¶19); the Nativity play is Scurrow Lane's (4ecefc81 ¶5)
    "Amina Hussain Nativity play",
    # Dave Ibbotson is the rowing club's captain (18480f9a ¶11); the Mossbeck Hospice is Ida Poskitt's (7c54c625 ¶16)
    "Dave Ibbotson Mossbeck Hospice",
    # Janice Pilling is the 1986 cutting's (65ff9f33); the Holme Lane pitch is the 2023 cutting's (527abe65 ¶17)
    "Janice Pilling Holme Lane pitch",
    # Bill Naylor is the derby cutting's (9a9f88e5 ¶13); the auction of fittings is the brewery cutting's (7a85391a ¶7)
    "Bill Naylor brewery auction",
    # Ron Eastwood is the brewery's head brewer (7a85391a ¶6); the Crown garage is Damon Hill's cutting (0851b7eb ¶18)
    "Ron Eastwood Crown garage",
    # Геннадий Сомов is a former engine driver (ba693de4 ¶14); Formula 1 is Alonso's (ac45db29, "Fórmula 1")
    "Геннадий Сомов и Формула 1",
    # 学校还计划于本月25日邀请高能所的一位研究员来校作报告 (a86d2c32 ¶12): the researcher is not named
    "高能所 研究员 叫什么名字",
    # 镇中学创办于1958年 (a86d2c32 ¶16); no first head (方建华 is today's 校长, ¶9)
    "石楠镇中学 第一任校长 是谁",
    # "The club's own autumn head race is on Sunday 8 October" (18480f9a ¶12); still to be rowed, no winner
    "which crew won Fettleby's autumn head race on 8 October?",
    # "behind the Harlside Silver Band" (0fbbd619 ¶2, ¶7, ¶12); no conductor named
    "who conducted the Harlside Silver Band?",
    # "she played for her first picture, a Mary Pickford comedy" (7c54c625 ¶4); the film is not named
    "what was the Mary Pickford comedy Ida Poskitt first played for called?",
    # the cup renamed the Ida Poskitt Cup, "to present it first at this year's festival in May" (7c54c625 ¶18); no
    # winner
    "which pupil won the Ida Poskitt Cup in May?",
    # "Knaresdyke's new fire station in Thornber Street was handed over … five weeks late" (257babaa ¶5); no cost (the
    # £1,900 of ¶6 was raised for the burns unit)
    "how much did the new Knaresdyke fire station cost?",
    # "she travels north on Monday the 21st" (65ff9f33 ¶6); nothing on where she stayed
    "where did Janice Pilling stay during the Edinburgh Games?",
    # "the Upper-Class Twit of the Year race" (68058041 ¶9); last year's festival (¶17) names no winner
    "who won last year's Upper-Class Twit of the Year race?",
    # "a cart built from an old pram and a tea chest by his grandfather" (9a9f88e5 ¶12); the grandfather is not named
    "what was Stuart Lonsdale's grandfather called?",
    # "A crowd of early risers gathered at the Crown garage" (0851b7eb ¶18); no number
    "how many people watched Damon Hill win at the Crown garage?",
    # "The brewery's new owners say the site will be sold" (7a85391a ¶5); no price
    "how much did the Castle Hill brewery site sell for?",
    # "Arthur Sugden will show how to cut a compass rose" (58f87bfb ¶4); no date of joining
    "when did Arthur Sugden join the Oddmoor Marquetry Society?",
    # the newsletter welcomes two new members (58f87bfb ¶19) but gives no total
    "Oddmoor marquetry membership numbers",
    # "the mill shop, which is open every day except Mondays" (5219a34a ¶14); no hours
    "at what hour does the Quenthorpe mill shop close?",
    # "Mrs Margaret Thackwray, Headteacher" (4ecefc81 ¶22); no predecessor (Miss Hannah Corfield was the one teacher of
    # 1899, ¶9)
    "who was headteacher of Scurrow Lane before Mrs Thackwray?",
    # "una pantalla alquilada en Oviedo" (ac45db29 ¶4), hired the night of 25 September 2005, before the peña was
    # founded (¶6); no price, no payer
    "¿cuánto le costó a la peña la pantalla de Oviedo?",
    # "una excursión al circuito de Navarra, y el autobús se quedó pequeño" (ac45db29 ¶13); no number
    "¿cuántos socios fueron de excursión al circuito de Navarra?",
    # the exhibition's dates and days (ba693de4 ¶10), the address (¶18); no price
    "сколько стоит вход в музей железнодорожного узла Верстовска?",
    "в каком году Геннадий Сомов вышел на пенсию?",  # "Бывший машинист Геннадий Сомов" (ba693de4 ¶14); no year
    # Haweswater is not in the corpus; the drowned farms are Kielder's (0fbbd619 ¶11)
    "Haweswater drowned farms",
    # Knaresborough is not in the corpus; the tram line to the cemetery gates is Knaresdyke's (257babaa ¶17)
    "Knaresborough tram to the cemetery gates",
    # Quenby is not in the corpus; the marbling workshops are Quenthorpe Mill's (5219a34a)
    "Quenby paper marbling workshop",
    # Fettlewell is not in the corpus (4 edits from Fettleby); the rowing club's boathouse is Fettleby's (18480f9a ¶10)
    "Fettlewell rowing club boathouse",
    # Tadley is not in the corpus (Scurrow Lane is in Tadcombe); the centenary tea is Scurrow Lane's (4ecefc81 ¶16)
    "Tadley centenary tea for former pupils",
    # Villanueva del Campo is not in the corpus (3 edits from Villanoval); the fabada is Villanoval's (ac45db29 ¶10)
    "Villanueva del Campo fabada popular",
    # Бологое is not in the corpus; the «Красная стрела» exhibition is in the Верстовск station museum (ba693de4)
    "музей станции Бологое «Красная стрела»",
    # 石家庄 is not in the corpus; the anniversary was kept by 石楠镇中学 (a86d2c32)
    "石家庄中学 对撞机 纪念",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind126/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
