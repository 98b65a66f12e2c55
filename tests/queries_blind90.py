"""An ninetieth lookup query set, for tuning ranking (written in the forty-fifth session): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind89.py and tests/queries_blind91.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased,
  accents dropped and ё read as е, Chinese by character pairs, Discord/Telegram mentions and a few
  stop words left out) with every earlier query (some twelve thousand of them), and with the earlier
  queries of this set, while the set was being written; a query sharing more than half of its words
  with any one of them was replaced. The seeds are nearly exhausted by now: every name in them,
  alone, in pairs and in every script tried, had been queried before, and so had most phrases,
  numbers and facts, so nearly all of the first drafts had to be rewritten; most seed queries here
  join names, places and passages that no earlier query joined.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind102/docs, copied as ONE
  corpus into a subfolder blind102/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them (it
  caught a few queries that other sets had already asked of other corpora, e.g. about Blue Peter).

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Russian and Chinese names in
Latin letters, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3
(Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word),
name 3 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3: 36 + 48 answerable, and 22 + 33 unanswerable.
Every answerable query is answered by the documents' own words in some form, spelling or script (names
and places may be written in another script); none needs a translation of a common noun or a synonym
the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or of another
passage); a question in the corpus's own words about something it does not say (who won, scored,
designed, directed, succeeded or carried a flag, who was a captain or a first headteacher; when someone
inherited a title or became headteacher; how many pages, pupils or rockets; what time something starts,
switches or ends; what a statue, a book or a samovar cost; which hotel; what a cat was called; what
someone said, ate or did before); a place the corpus does not hold but spelled close to one it does (two
or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one or more
words with its corpus on purpose (in another script for some of the seeds' ones), and every article
holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets) holds all of the query's words. For word-form
queries it checked that the form the query uses is not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind102/docs/* into ONE temporary
# corpus folder under the subfolder blind102/: files are then "blind102/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind102/docs",)
NEWDOCS_SUBDIRS = ("blind102",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "a5b2e5a2": "Countdown at Number Nine",
    "a9f3a39a": "HATTERLEY PRIMARY SCHOOL",
    "cac05829": "KILMARDY'S MAN AT RAEBURN PLACE",
    # en_mossock_basin_canal_news.txt has no headline: the loader titles it by its first line
    "709be8b0": "MOSSOCK BASIN, Tuesday 28 May",
    "557bfb10": "NETTLEFORD RIVERBANK FESTIVAL",
    "9e73ede1": "OPAL WHITGREAVE",
    "a72a26df": "ORMOND SANDS WRECK WALKS",
    "e694451a": "THE PUMBLETON POST",
    "efa2993f": "SCAURBY TOWN COUNCIL",
    # en_scaurby_tideline_digest.txt, split by the loader: the Herring Girl unveiling of 1988 (¶1–7, titled by its
    # dateline), Ellen MacArthur (¶10–15), the new fish market (¶18–22); the "~~~" rules (¶8, ¶16) and the
    # datelines ¶9 and ¶17 belong to none of them
    "c3770b60": "SCAURBY TIDELINE · Friday 15 July 1988",
    "d6837882": "CLUB CHEERS ELLEN HOME",
    "2803365e": "NEW FISH MARKET READY TO OPEN",
    "440eba1a": "SNAITHWELL SOUNDINGS",
    # en_tamberley_observer_digest.txt, split by the loader: the supernova (¶1–7, titled by its dateline), the
    # Skye bridge (¶10–15), the Higgs boson (¶17–22, titled by its dateline ¶17); the "---" rules (¶8, ¶16) and
    # the dateline ¶9 belong to none of them
    "b8ef5e01": "TAMBERLEY OBSERVER · Friday 6 March 1987",
    "e095ff5a": "LOCAL CABLE HOLDS UP SKYE BRIDGE",
    "a38242e4": "TAMBERLEY OBSERVER · Friday 6 July 2012",
    "65229edc": "VILLALACRE Y LA PRIMERA FERIA DE ABRIL",
    "0ce4362b": "«ПОЛЕ ЧУДЕС» — 25 ЛЕТ",
    "d26504fe": "蓼湾镇纪念《梁祝》首演六十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "George Hogg died of tetanus" ¶483 (and ¶499); "the Friends Ambulance Unit, organised by the Quakers and
    # composed of conscientious objectors" ¶501; "the first to organise a Hyde Park meeting" ¶525
    Query("tetanus Quakers conscientious objectors Hyde Park", "ac7222d4", "cross-paragraph"),
    # "solo vi a una persona pidiendo limosna en la calle con un código QR en el fondo de una olla" ¶327; "una
    # fábrica de Lenovo donde mostraron cómo colaboran con el sistema escolar para llevar tecnología avanzada a
    # escuelas rurales" ¶339
    Query("código QR olla Lenovo escuelas rurales", "dde32893", "cross-paragraph"),
    # "the largely Eurocentric narrative of the Second World War" ¶355; "VE or Victory in Europe Day" ¶359;
    # "KJ Noh (Journalist, writer and educator)" ¶368 (the speakers' list ¶363–369 is one block)
    Query("VE Day Eurocentric narrative KJ Noh", "d89fdf72", "cross-paragraph"),
    # "as Vietnamese communist leader Ho Chi Minh once described it in a poem" ¶63; "Chairman of the National
    # Assembly of Vietnam Tran Thanh Man" ¶65; "noting their swift integration into rehearsals" ¶77
    Query("rehearsals swift integration Tran Thanh Man poem", "362ba691", "cross-paragraph"),
    # "with Kazakhstan President Kassym-Jomart Tokayev in the evening" ¶405; Min Aung Hlaing "supporting its
    # post-disaster rehabilitation efforts, and … peace and stability in northern Myanmar" ¶419
    Query("Kazakhstan Tokayev evening northern Myanmar post-disaster", "26d64f12", "cross-paragraph"),
    # Word forms: the text has another form
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien … commended their determination and
    # training efforts, noting their swift integration into rehearsals" ¶77 (commended → commending, integration
    # → integrating; neither form is in the corpus)
    Query("Hoang Xuan Chien commending foreign troops integrating into rehearsals", "362ba691", "word-form"),
    # "the Olympic champion who once stunned the world later spent much of his life in China, where he taught and
    # preached" ¶285; "At the 1924 Paris Olympics" ¶287 (stunned → stunning)
    Query("Liddell preached in China after stunning the world in Paris", "7ab1f62c", "word-form"),
    # "the pioneering Chinese-American actor and filmmaker" ¶111; "Anna May Wong … portrays the lady of the
    # film's title. She is not only a member of the resistance … but is in fact the group's leader" ¶115
    # (portrays → portraying)
    Query("Chinese-American actor portraying a resistance leader in Lady From Chungking", "ccf1d4fa", "word-form"),
    # Arthur Clegg, "the CCC's National Organiser … traces the roots of such solidarity back even further" ¶515;
    # "when the Levellers took a stand for Irish independence" ¶517 (traces → traced)
    Query("Clegg traced the CCC back to the Levellers and Irish independence", "ac7222d4", "word-form"),
    # Another script or romanisation
    # "David Horsley reviews a season of Anna May Wong's films" ¶111 (and ¶123); "During WWII, Hollywood film
    # makers produced dozens of films"; "a court in Warsaw trying a Nazi" ¶125, in Cyrillic
    Query("Дэвид Хорсли Голливуд Варшава", "ccf1d4fa", "translit"),
    # "Pakistani Prime Minister Shehbaz Sharif" ¶211; "Xi Jinping meets leaders from Uzbekistan, Pakistan,
    # Turkmenistan, Iran, Malaysia and Tajikistan" ¶203, in Cyrillic
    Query("Шахбаз Шариф Туркменистан Малайзия", "3a9fa4ed", "translit"),
    # "written by Callum Norris and Twm Draper" ¶533; "Concrete examples from Botswana, Laos, Nepal, and Egypt"
    # ¶537, in Cyrillic
    Query("Каллум Норрис Ботсвана Непал", "6710eba1", "translit"),
    # "Sydney Loving" ¶297–301; "visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" ¶307 (Jiayuguan
    # ¶335, Dunhuang ¶325/335), in Cyrillic (6710eba1 has Dunhuang only)
    Query("Сидни Лавинг Цзяюйгуань Дуньхуан", "dde32893", "translit"),
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495; "to work with Gung Ho [the Chinese
    # Industrial Cooperatives]" ¶497, in Cyrillic
    Query("Реви Алли Гун Хо", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic)
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker, whose expertise in radio engineering was much
    # appreciated and personally commended by Mao Zedong" ¶501
    Query("Линдсей оф Биркер и Мао Цзэдун", "ac7222d4", "russian"),
    # "President Mirziyoyev … Uzbekistan congratulates China on hosting a successful SCO Tianjin Summit" ¶209
    # (Tianjin is in many articles, Mirziyoyev only here)
    Query("Мирзиёев и Тяньцзинь", "3a9fa4ed", "russian"),
    # Spanish
    # "con parques y jardines en todas partes" ¶323; "JISCO incluso tiene una granja lechera … y recuerda que esto
    # es el desierto Gobi" ¶335
    Query("parques y jardines en todas partes, granja lechera en el desierto Gobi", "dde32893", "spanish"),
    # "Antes de la revolución en 1949, China fue totalmente devastada por el imperialismo y la ocupación
    # extranjera, feudalismo brutal, las hambrunas provocadas por el hombre, el caudillismo y más" ¶313
    Query("ocupación extranjera y caudillismo antes de 1949", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "The Bloomberg financial news service further reported Lula as stating" ¶463, as Xinhua writes them
    Query("卢拉 彭博社", "e065690c", "chinese"),
    # "Xinhua correspondents Zheng Bofei and Jin Jing write" ¶287; "Upon returning to Edinburgh" ¶287 (the
    # consulate "in the Scottish capital Edinburgh" ¶273)
    Query("郑博飞 爱丁堡", "7ab1f62c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "a financial donation from a Colonel Younghusband … the 1905 British invasion aimed at separating Xizang
    # (Tibet) from the rest of China" ¶521; "distributed our handbills" ¶525
    Query("@here Colonel Younghusband\u200b Tibet handbills", "ac7222d4", "mention-noise"),
    # "The following article were first published by Orinoco Tribune and Global Times. That in Orinoco Tribune
    # was originally published in Spanish by Telesur." ¶49
    Query("<@3> Telesur\u200b Spanish Global Times", "f78fdcd6", "mention-noise"),
    # Typos (1–2 edits)
    # "India was represented by Foreign Minister Subrahmanyam Jaishankar, with the absence of Prime Minister
    # Narendra Modi" ¶451 (Jaishankar → Jaishanker, absence → absense)
    Query("Jaishanker Modi absense", "e065690c", "typo"),
    # "the same Younghusband who had led the 1905 British invasion aimed at separating Xizang (Tibet)" ¶521
    Query("Younghusbend Tibbet invasion", "ac7222d4", "typo"),
    # "Thongloun visited Hanoi to participate in the grand ceremony … at the historic Ba Dinh Square" ¶143
    # (Hanoi → Hanio, Dinh → Dihn; 362ba691 ¶73 has Hanoi and Ba Dinh, without Thongloun)
    Query("Thongloun Hanio Ba Dihn", "20f574be", "typo"),
    # Names
    # the Nhân Dân guest list: "Zhao Leji, member of the Standing Committee …" ¶156; "Igor Sergeenko, Speaker of
    # the House of Representatives of Belarus" ¶157 (362ba691 has Zhao Leji only)
    Query("Igor Sergeenko Zhao Leji", "20f574be", "name"),
    # "the New Zealand internationalist Rewi Alley" ¶495; "a Colonel Younghusband" ¶521; "J.R. Campbell demanded a
    # Japanese withdrawal" ¶525
    Query("Rewi Alley Younghusband J.R. Campbell", "ac7222d4", "name"),
    # "Besides Presidents Xi and Lula, it was also attended by … South African President Cyril Ramaphosa, …
    # Iranian President Masoud Pezeshkian, Indonesian President Prabowo Subianto" ¶451
    Query("Lula Ramaphosa Pezeshkian Prabowo", "e065690c", "name"),
    # Phrases
    # "It was the first party to take a position defending China, the first to issue a pamphlet for China" ¶525
    Query("the first to issue a pamphlet for China", "ac7222d4", "phrase"),
    # "As a result, the world knows little of their stories." ¶277
    Query("the world knows little of their stories", "7ab1f62c", "phrase"),
    # Questions
    # "Liu Qibao … visited the Russian city from Sept. 23-27" line 4; "Khabarovsk, a city in the far east of
    # Russia" line 6
    Query("on which dates was Liu Qibao in the Russian Far East?", "054ef6fb", "question"),
    # "Chinese partisans who fought against Japanese forces in northeastern China from 1937 to 1945" line 2;
    # "the North East Anti-Japanese United Army (Noraa)" line 3
    Query("in which years did the Noraa partisans fight?", "097182f6", "question"),
    # "They arrived in Yan'an with greatly depleted numbers and held the 7th National Congress" ¶557; the Spanish
    # interview: "Fuimos para Yan'an … el PCCh … tuvo el 7mo Congreso Nacional" ¶315
    Query("where was the seventh party congress held?", "6710eba1", "question", also=("dde32893",)),
    # Topics
    # "Commits to expanding joint exercises, maritime and air patrols, and military-technical cooperation" line 54
    Query("maritime and air patrols military-technical cooperation", "b39d8185", "topic"),
    # To Lam: "Vietnam deeply treasures this valuable assistance, from the years of resistance in the past to the
    # cause of national construction and defence at present" ¶147 (the Lao party's support, ¶147)
    Query("Vietnam treasures Lao assistance national construction and defence", "20f574be", "topic"),
    # "deepen cooperation in science, technology and innovation in the fields of … biodiversity, … food
    # production and agrotechnology, … robotics and automation" ¶105 (6710eba1 ¶541 has "robotics in industry")
    Query("Cuba agrotechnology biodiversity robotics automation cooperation", "d807680a", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Jonathan Rhys Meyers played Hogg in "The Children of Huang Shi" (ac7222d4 ¶491); Anna May Wong's films are
    # ccf1d4fa's, and no actor of that article is named besides her
    "Jonathan Rhys Meyers Anna May Wong",
    # Ivan Melnikov met Liu Qibao in Khabarovsk (054ef6fb line 6); the Wonsan monument is Lavrov's (097182f6 line 7)
    "Ivan Melnikov Wonsan monument",
    # Chen Weihua is "Former EU bureau chief of China Daily" (d89fdf72 ¶364); the Xinhua correspondents are Zheng
    # Bofei and Jin Jing (7ab1f62c ¶287), and "correspondent" is Hogg's tour (ac7222d4 ¶497)
    "Chen Weihua Xinhua correspondent",
    # KJ Noh is a webinar speaker (d89fdf72 ¶368); at the Dunhuang dialogue "speakers from over 60 countries"
    # (6710eba1 ¶537) are not named
    "KJ Noh Dunhuang dialogue speech",
    # Robert Fico (faecd2e1 ¶13–21); seawater desalination is Madbouly's (26d64f12 ¶413)
    "Robert Fico seawater desalination",
    # Jodie Evans, "Co-founder of Code Pink" (d89fdf72 ¶365); the joke about the power grid ("red eléctrica") is
    # Sydney Loving's, "siendo de Texas" (dde32893 ¶335)
    "Jodie Evans Texas power grid",
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" (ac7222d4 ¶501): no date
    "when did Michael Lindsay inherit his title?",
    # "Dr. Norman Bethune, heir to a Scottish family of doctors" (7ab1f62c ¶275): his death is never told (the
    # "death" of the corpus is Anna May Wong's heroine's, ccf1d4fa ¶117)
    "what caused Norman Bethune's death?",
    # "David Horsley is also the author of a booklet on the life of Claudia Jones" (ccf1d4fa ¶123): no length
    "how many pages long is David Horsley's booklet?",
    # "the absence of Prime Minister Narendra Modi being widely interpreted as …" (e065690c ¶451) is the writer's
    # reading; Lula's words (¶463–465) are about tariffs
    "what did Lula say about Modi's absence?",
    # "Brazilian President Luiz Inácio Lula da Silva, whose country holds the current rotating Chair of BRICS"
    # (e065690c ¶451); no next summit
    "where will the next BRICS summit be held?",
    # the Hanoi parade (362ba691 ¶73–77, 20f574be ¶143–145): troops and soldiers, no flag
    "who carried the flag at the Hanoi parade?",
    # Arthur Clegg "served as the CCC's National Organiser practically from the campaign's inception" (ac7222d4
    # ¶515); nothing of before
    "what did Arthur Clegg do before the CCC?",
    # Wonju is 3 edits from Wonsan, where Lavrov "announced during a July event" the monument (097182f6 line 7)
    "Wonju Lavrov announcement",
    # Carora is 3 edits from Caracas, where Maduro and Ambassador Lan Hu inaugurated the monument (f78fdcd6)
    "Carora Chinese ambassador unveiling",
    # Yunnan is 2 edits from Yan'an, where the 7th National Congress was held (6710eba1 ¶557, dde32893 ¶315)
    "Yunnan Seventh National Congress",
    # Li Jinxian, "director of the Memorial Work Department" (097182f6 line 1): no successor
    "кто сменил Ли Цзиньсяня на посту директора?",
    # "The Children of Huang Shi" (ac7222d4 ¶491): stars named, no director
    "кто снял фильм «Дети Хуанши»?",
    # Jiayuguan: "los obreros construyeron la ciudad entera en los años 1950s" (dde32893 ¶335); no population
    "¿cuál es la población de Jiayuguan?",
    # "En Xi'an fuimos a unos sitios históricos antiguos" (dde32893 ¶313, ¶325); no meal anywhere
    "¿qué comieron en Xi'an?",
    # "India was represented by Foreign Minister Subrahmanyam Jaishankar" (e065690c ¶451), in Chinese characters;
    # no speech of his is given
    "苏杰生 发言 内容",
    # "la planta de poder solar de sal fundido de Dunhuang, que puede almacenar energía por la noche" (dde32893
    # ¶335), "the Dunhuang Salt Tower solar plant" (6710eba1 ¶539); no time
    "what time of night does the Dunhuang solar plant switch to stored energy?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Daisy (9) cried" ¶12 (and ¶23); "a model of the space station out of egg boxes" ¶15; "a party with water
    # rockets on the recreation ground" ¶20
    Query("Daisy egg boxes water rockets", "a5b2e5a2", "cross-paragraph"),
    # ""The Snow Goose", our Key Stage 2 play" ¶10 (block ¶6–13); "one teacher, Miss Alice Tennington" ¶19 and
    # "World Book Day is Thursday 3 March" ¶27 (block ¶18–27)
    Query("Snow Goose Alice Tennington World Book Day", "a9f3a39a", "cross-paragraph"),
    # "we cheered ourselves hoarse when Cross kicked the goal" ¶12; "England took their revenge at the Kennington
    # Oval" ¶14; "Next year's Kilmardy Sevens" ¶25
    Query("Cross kicked the goal Kennington Oval Kilmardy Sevens", "cac05829", "cross-paragraph"),
    # "a wait of two days at Ratho while a lock gate was mended" ¶5–6; "Albert Tredgold, … keeper of Mossock top
    # lock" ¶17–18; "There were still coal boats then" ¶19–20
    Query("Ratho lock gate Albert Tredgold coal boats", "709be8b0", "cross-paragraph"),
    # "вёл его Владислав Листьев" ¶5; "привезла домой самовар" ¶9 (and ¶17); "в библиотеке (ул. Речная, 4)" ¶24
    Query("Листьев самовар Речная", "0ce4362b", "cross-paragraph"),
    # 上海音乐学院的学生俞丽拿 ¶4–5; "蝴蝶"少儿小提琴班 ¶13; 小提琴夏令营 ¶17
    Query("俞丽拿 蝴蝶 夏令营", "d26504fe", "cross-paragraph"),
    # Word forms
    # "painted the scenery for children's television for almost ten years" ¶4 (painted → painting)
    Query("painting the scenery for children's television", "9e73ede1", "word-form"),
    # "we cheered ourselves hoarse when Cross kicked the goal" ¶12 (cheered → cheering, kicked → kicks)
    Query("cheering themselves hoarse when Cross kicks the goal", "cac05829", "word-form"),
    # "the cargo of china clay that the village children gathered for years" ¶6 (gathered → gather)
    Query("china clay that the village children gather", "a72a26df", "word-form"),
    # "was tensioned by a team of six riggers from Tamberley Wire & Cable" ¶11–12 (tensioned → tensioning)
    Query("riggers tensioning the Skye bridge", "e095ff5a", "word-form"),
    # «y el martes 20 vendí la última mula a un señor de Utrera» ¶10–11 (vendí → vende)
    Query("Rubiales vende la última mula a un señor de Utrera", "65229edc", "word-form"),
    # "Нина Павловна Кострикина … привезла домой самовар и кассетный магнитофон" ¶8–9 (привезла → привозит)
    Query("Кострикина привозит самовар и кассетный магнитофон", "0ce4362b", "word-form"),
    # Another script or romanisation
    Query("Тим Пик", "a5b2e5a2", "translit"),  # "Tim Peake is back on Earth" ¶7, in Cyrillic
    Query("Опал Уитгрив", "9e73ede1", "translit"),  # "OPAL WHITGREAVE" ¶1, ¶4, in Cyrillic
    # "to see Ellen MacArthur bring her trimaran B&Q into harbour" ¶11–12, in Cyrillic
    Query("Эллен Макартур", "d6837882", "translit"),
    # ""Peter Higgs was three rows in front of me"" ¶21, in Chinese characters
    Query("彼得·希格斯", "a38242e4", "translit"),
    Query("肯尼斯·格雷厄姆", "557bfb10", "translit"),  # "Kenneth Grahame's book" ¶4, in Chinese characters
    Query("Vladislav Listyev", "0ce4362b", "translit"),  # "вёл его Владислав Листьев" ¶5, in Latin letters
    # "两位作曲者何占豪、陈钢" ¶5, in pinyin without tones
    Query("He Zhanhao Chen Gang", "d26504fe", "translit"),
    # accents dropped: "el vasco José María de Ybarra y el catalán Narciso Bonaplata" ¶5–6
    Query("Jose Maria de Ybarra Narciso Bonaplata", "65229edc", "translit"),
    # "The Mayor, Councillor Derek Plenderleith" ¶19 (and ¶25, ¶30), in Cyrillic
    Query("Дерек Плендерлит", "efa2993f", "translit"),
    # Russian
    # "юбилейная игра для взрослых пройдёт в субботу, 24 октября" ¶15–16
    Query("юбилейная игра для взрослых", "0ce4362b", "russian"),
    # "на выставке «Крутите барабан!», которая откроется в понедельник" ¶17–18
    Query("выставка «Крутите барабан!»", "0ce4362b", "russian"),
    # "библиотека надеется отвезти победителей на съёмку в Москву; поездка намечена на 25 марта" ¶21–22
    Query("поездка победителей на съёмку в Москву", "0ce4362b", "russian"),
    # Spanish
    # "El sábado 23 de abril habrá una comida de hermandad en la plaza" ¶20–21
    Query("comida de hermandad el sábado 23 de abril", "65229edc", "spanish"),
    # "una carreta engalanada saldrá hacia Sevilla por el camino viejo" ¶21
    Query("carreta engalanada por el camino viejo", "65229edc", "spanish"),
    # "una lápida en su memoria. … en 1997, la cofradía de tratantes la restauró" ¶14–15
    Query("la cofradía de tratantes restauró la lápida", "65229edc", "spanish"),
    # Chinese
    Query("上海兰心大戏院 首演", "d26504fe", "chinese"),  # 俞丽拿在上海兰心大戏院担任独奏 ¶5, 首演 ¶4
    Query("老戏台 二胡 化蝶", "d26504fe", "chinese"),  # 他在镇上的老戏台用二胡拉了《化蝶》 ¶11
    # 小提琴班将应邀赴上海参加新年音乐会 ¶18
    Query("小提琴班 赴上海 新年音乐会", "d26504fe", "chinese"),
    # Mentions and zero-width spaces
    # "Friday 19 July: Herring Supper at the Mariners' Institute" ¶22
    Query("<@777> Herring Supper\u200b Mariners' Institute", "efa2993f", "mention-noise"),
    # "Friday 10 October: Toad Hall Ball, Nettleford Town Hall, 8pm. Fancy dress is optional." ¶18
    Query("@here Toad Hall Ball\u200b fancy dress", "557bfb10", "mention-noise"),
    # "Ormond Sands Heritage Group · walks leader: Jenifer Bolitho" ¶25
    Query("<#88> Jenifer Bolitho\u200b walks leader", "a72a26df", "mention-noise"),
    # Typos
    # "THE PUMBLETON POST" ¶1; "the Jubilee drinking fountain" ¶8 (and ¶27); Pumbleton → Pumbletn, fountain →
    # fountian (d6837882 has a "golden jubilee regatta")
    Query("Pumbletn Post Jubilee fountian", "e694451a", "typo"),
    Query("Snaithwel Barbershop Chorous", "440eba1a", "typo"),  # "the Snaithwell Barbershop Chorus" ¶2
    Query("Hatterly Primary Scool", "a9f3a39a", "typo"),  # "HATTERLEY PRIMARY SCHOOL" ¶1
    # Names
    # "a walk with the local historian Cedric Hollingbury" ¶13
    Query("Cedric Hollingbury", "557bfb10", "name"),
    # "lent by his great-granddaughter Fiona Baillieson" ¶21–22
    Query("Fiona Baillieson", "cac05829", "name"),
    # Phrases
    Query("Ship's wheel not dry", "9e73ede1", "phrase"),  # Opal's pocket diary, ¶13
    Query("which is not a joke, whatever Gareth says", "a5b2e5a2", "phrase"),  # ¶24–25
    Query("Bring a friend who has never sung a tag", "440eba1a", "phrase"),  # guest night, ¶20
    # Questions
    # "She stayed with the programme … until she left the BBC in 1966." ¶14–15
    Query("when did Opal Whitgreave leave the BBC?", "9e73ede1", "question"),
    # "Walks cost £6 (children £3)" ¶26
    Query("how much do the Ormond Sands wreck walks cost?", "a72a26df", "question"),
    # "after the fastest solo voyage round the world. She crossed the finishing line … after 71 days at sea"
    # ¶12–13
    Query("how long did Ellen MacArthur's solo voyage round the world take?", "d6837882", "question"),
    # "Scaurby's new fish market on the East Pier will open for its first auction at 6am on Monday 16 October"
    # ¶19–20
    Query("what time will the new Scaurby fish market hold its first auction?", "2803365e", "question"),
    # Topics
    # "caught Supernova 1987A in the Large Magellanic Cloud" ¶4–5
    Query("Supernova 1987A Large Magellanic Cloud", "b8ef5e01", "topic"),
    # "Albert Tredgold … took over as keeper of Mossock top lock on 3 June 1962, forty years ago next Monday"
    # ¶17–18
    Query("Mossock top lock keeper for forty years", "709be8b0", "topic"),
    # "The town is ready for the Queen's Diamond Jubilee. … a beacon will be lit on Pumble Hill" ¶5–6
    Query("Queen's Diamond Jubilee beacon on Pumble Hill", "e694451a", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Tim Peake's Soyuz came down in Kazakhstan (a5b2e5a2 ¶7); the Falkirk Wheel is the Mossock crews' (709be8b0)
    "Tim Peake Falkirk Wheel",
    # Ailsa Morven made The Herring Girl (efa2993f ¶9, c3770b60 ¶4); the Skye bridge cable is Tamberley Wire &
    # Cable's (e095ff5a)
    "Ailsa Morven Skye bridge",
    # Ellen MacArthur (d6837882 ¶11–14) is invited to the sailing club's regatta; The Herring Girl is another
    # cutting of the same digest (c3770b60) and the council's release (efa2993f)
    "Ellen MacArthur Herring Girl",
    # Opal Whitgreave (9e73ede1); the Duck Derby is Nettleford's Riverbank Fair (557bfb10 ¶19–20)
    "Opal Whitgreave Duck Derby",
    # Harriet Oakenshaw chairs the Mossock canal society (709be8b0 ¶8); the free rowing lessons are Nettleford's
    # (557bfb10 ¶10)
    "Harriet Oakenshaw rowing lessons",
    # Rhona Gilchrist photographed the supernova (b8ef5e01 ¶4); the Higgs boson is Tom Ruddlesden's (a38242e4)
    "Rhona Gilchrist Higgs boson",
    # Sam Pettigrew founded Tamberley Wire & Cable (e095ff5a ¶12–13); the Sevens are Kilmardy's (cac05829 ¶25)
    "Sam Pettigrew Kilmardy Sevens",
    # "Next year's Kilmardy Sevens, the club's own tournament, will be played on 19 and 20 April" (cac05829 ¶25);
    # no first tournament, no winner
    "who won the first Kilmardy Sevens?",
    # "Scotland won by a goal and a try to a try" (cac05829 ¶7); the goal was Cross's (¶12), the try's scorer is
    # never named
    "who scored Scotland's try at Raeburn Place?",
    # "The Wheel, a turning boat lift that joins the Forth and Clyde Canal to the Union Canal" (709be8b0 ¶11);
    # no designer
    "who designed the turning boat lift at Falkirk?",
    # "Toad Hall Ball, Nettleford Town Hall, 8pm" (557bfb10 ¶18); no end
    "until what hour does the Toad Hall Ball go on?",
    # The Herring Girl, "the bronze by Ailsa Morven" (c3770b60 ¶4), cleaned and re-waxed (efa2993f ¶13); no cost
    "how much did the Herring Girl statue cost?",
    # "The crews came home by coach on Monday 27 May" (709be8b0 ¶13); no hotel anywhere ("the Crown Hotel" is
    # where Lauder founded the Kilmardy club, cac05829 ¶15)
    "which hotel did the Mossock crews stay in at Falkirk?",
    # "The committee (me, Daisy and the cat)" (a5b2e5a2 ¶23); the cat is not named
    "what was the name of the cat on the Rocket Club committee?",
    # "sixty-two children" in 1886 (a9f3a39a ¶20); today's roll is never given
    "how big is Hatterley Primary's roll now?",
    # "Mrs R. Dunstaple, Headteacher" (a9f3a39a ¶30); no date
    "when did Mrs Dunstaple become headteacher?",
    # "the timbers of the "Mary Tregellas" … half a mile off Ormond Point" (a72a26df ¶4–6): "the wreck, the rescue
    # and the cargo", no year
    "in what year did the schooner run aground off Ormond Point?",
    "who was the captain of the Mary Tregellas?",  # a72a26df names no one aboard
    # "the Jubilee fountain, restored, will be switched on again on Saturday 28 June" (e694451a ¶27); no cost
    "how much did restoring the Pumbleton Jubilee fountain cost?",
    # Tobias Lauder, "a Kilmardy draper's son of nineteen" in 1871 (cac05829 ¶9), "a wreath at his grave" (¶23);
    # no date of death
    "how old was Tobias Lauder when he died?",
    # "a party with water rockets on the recreation ground" for the club's twentieth (a5b2e5a2 ¶19–20); no number
    "how many water rockets will the Rocket Club launch at its twentieth birthday party?",
    # Kilmarnock is 4 edits from Kilmardy, whose club "held its centenary dinner on 17 March 1973" (cac05829 ¶16)
    "Kilmarnock RFC centenary dinner",
    # Nettlefield is 3 edits from Nettleford, whose riverbank festival is 557bfb10's
    "Nettlefield riverbank festival",
    # Pemberton is 3 edits from Pumbleton, whose Civic Society's history walk is e694451a ¶26
    "Pemberton Civic Society history walk",
    # Scawby is 2 edits from Scaurby, whose Fish Quay (efa2993f, c3770b60) and fish market auction (2803365e) are
    # in the corpus
    "Scawby fish quay auction",
    # Kimberley is 2 edits from Tamberley, whose Observer printed the supernova story (b8ef5e01)
    "Kimberley Observer supernova photograph",
    # "юбилейная игра для взрослых пройдёт в субботу, 24 октября" (0ce4362b ¶15–16) is still to come
    "кто выиграл юбилейную игру «Поле чудес» в Синеборске?",
    # Kostrikina won the samovar in the studio (0ce4362b ¶8–9, ¶17); no price
    "сколько стоил самовар Кострикиной?",
    # "diecinueve tratantes de Villalacre con más de seiscientas cabezas" (65229edc ¶6–7); Rubiales sold "la
    # última mula" (¶10–11), no count of his
    "¿cuántas cabezas de ganado vendió Anselmo Rubiales?",
    # "un libro sobre los tratantes de Villalacre, escrito por la archivera Remedios Galindo Ubrique" (65229edc
    # ¶24–25) is not out yet; no price
    "¿cuánto cuesta el libro de Remedios Galindo?",
    # Villalba is 3 edits from Villalacre, whose dealers went to the first Feria, "una feria de ganado" (65229edc)
    "Villalba feria de ganado",
    "俞丽拿 出生 年份",  # 上海音乐学院的学生俞丽拿 (d26504fe ¶4–5): no birth year
    # 镇文化站成立了"蝴蝶"少儿小提琴班，如今已有三十二名学员 (d26504fe ¶13–14): no fee
    "蝴蝶少儿小提琴班 学费",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind102/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
