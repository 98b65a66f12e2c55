"""A hundredth lookup query set, for tuning ranking (written in the fiftieth session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (as in tests/queries_blind56.py: the
search may be tuned on it, and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind99.py and tests/queries_blind101.py, the latter
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and
  ё read as е, Chinese by character pairs, Discord/Telegram mentions and zero-width spaces and a few stop
  words left out, once more with question words also left out) with every one of the some 13,300 earlier
  queries, and with the earlier queries of this set, while the set was being written; a query sharing more
  than half of its words with any one of them was replaced. The seeds are exhausted: nearly every
  single-passage draft, and most two-name drafts in Cyrillic or Chinese characters, were near-copies, so
  most seed queries here join three or four passages, or names, of one article that no earlier query
  joined (found with the script's help), and the unanswerable ones pair a seed name with a subject of
  another seed article or ask an unusual question.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind112/docs, copied as ONE
  corpus into a subfolder blind112/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into three articles each (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 8 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 10 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Wade-Giles for pinyin, Latin
letters for Cyrillic and Chinese names and titles, pinyin without tones, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around
the real words), typo 3 + 3 (1–2 edits a word), name 3 + 3, phrase 2 + 4, question 3 + 7, topic 3 + 4:
36 + 57 answerable, and 20 + 38 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
scored, painted, stole, founded or will replace someone; who commanded a spacecraft; when a declaration
came into force or a man became chairman; how many members or visitors, what a membership is; what it cost, what a
fee or a ticket was; which hotel, museum or publisher; what a father, a successor or a sister was
called; what time a show opens or a buffet starts); a place the corpus does not hold but spelled close to
one it does (two or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares
one or more words with its corpus on purpose (in another script for some of the seeds' ones), and every
article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind112/docs/* into ONE temporary
# corpus folder under the subfolder blind112/: files are then "blind112/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind112/docs",)
NEWDOCS_SUBDIRS = ("blind112",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_calverholt_standard_digest.txt, split by the loader: Huskisson (lines 3–7), the Falkirk Wheel in 2002
    # (10–13), twenty years on (16–20); the "----------" rules (lines 8, 14) come out as articles of their own
    # (cb4c1559, cb4c1559-2) and the header and datelines (lines 1–2, 9, 15) belong to none of them
    "5ca75667": "RAILWAY SOCIETY REMEMBERS HUSKISSON",
    "fcc2e537": "CANAL CLUB AT THE WHEEL",
    "b622f57b": "TWENTY YEARS ON THE WHEEL",
    "2d0e6056": "COPSLEY BOROUGH COUNCIL — PRESS RELEASE",
    # en_copsley_mercury_tennis_digest.txt, split by the loader: the courts open in 1987 (lines 3–7), the
    # Victorian-dress match (10–14), Murray's win (17–21); the "----------" rules (lines 8, 15) come out as
    # articles of their own (95e6605e, 95e6605e-2) and the header and datelines (lines 1–2, 9, 16) belong to none
    "5bc255f0": "NEW PARK COURTS OPEN TO ALL",
    "83fa1306": "FLANNELS AND LONG SKIRTS AT COTTERILL PARK",
    "18e511cb": "PARK ERUPTS AS MURRAY WINS",
    "bf0a2492": "EDNA HOBCROFT",
    "3293d6d7": "LINSCOMBE PRIMARY SCHOOL",
    "7322c771": "SEVENTY-FIVE YEARS ON: THE DAY 53,000 CAME TO WATCH THE WOMEN",
    "5db52e41": "NETHERSETT HERONRY — OPEN DAYS",
    "c37d4375": "OTTERCLEUGH AND DISTRICT FAMILY HISTORY SOCIETY",
    "42523ca0": 'PENNERTON BEAT WEEK — "LOVE ME DO" AT FIFTY',
    "3915f082": "SCARWICK, Thursday, 25 July —",
    "2d062e2b": "THE VANISHED SMILE — notes on art that went missing",
    "20b0b1be": "FROM OUR FILES — Witherfield Courier, Friday 21 July 2006",
    "42ec63f9": "CIENTO VEINTICINCO AÑOS EN LA CUMBRE DEL CHIMBORAZO",
    "448cdc8e": "СОРОК ЛЕТ ПЕРВОМУ ВЫХОДУ ЖЕНЩИНЫ В ОТКРЫТЫЙ КОСМОС",
    "fca1cbc1": "C919首飞五周年 柏岭航模迷放飞“大飞机”",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the Minyuan Stadium" ¶291; "the devout Christian" ¶289; "Norman Bethune, heir to a Scottish family of
    # doctors" ¶275
    Query("Minyuan Stadium devout Christian family of doctors", "7ab1f62c", "cross-paragraph"),
    # "the operation of the China-Laos Railway" ¶139/179; "President Kaysone Phomvihane" ¶167; "the General
    # Secretary of the United Left Movement Party of the Dominican Republic" ¶159
    Query("China-Laos Railway Kaysone Phomvihane United Left Movement", "20f574be", "cross-paragraph"),
    # "the 65th anniversary of the establishment of diplomatic relations" ¶87; "the first country in Latin
    # America" ¶89; "good friends, good comrades and good brothers" ¶93
    Query("65th anniversary Latin America good brothers", "d807680a", "cross-paragraph"),
    # "adopted 24 outcome documents" ¶443; "oppose the Cold War mentality" ¶440; "the three forces of terrorism,
    # separatism and extremism" ¶433
    Query("24 outcome documents Cold War mentality three forces of terrorism", "9e49ddff", "cross-paragraph"),
    # "starring … Chow Yun-fat" ¶491; "the South Wales miners" ¶477/527; "the Eighth Route Army" ¶497 (7ab1f62c
    # ¶275 has the Eighth Route Army only)
    Query("Chow Yun-fat South Wales miners Eighth Route Army", "ac7222d4", "cross-paragraph"),
    # Word forms: the text has another form
    # "jointly cultivate a garden of civilisations" ¶439 (cultivate → cultivating)
    Query("SCO member states cultivating a garden of civilisations", "9e49ddff", "word-form"),
    # "They were also accompanied by … Vice President Delcy Rodríguez" ¶33 (also ¶53) (accompanied → accompanying)
    Query("Delcy Rodríguez accompanying Maduro at the Caracas monument", "f78fdcd6", "word-form"),
    # "En Jiayuguan, visitamos JISCO … (sí, probamos el vino — delicioso)" ¶335 (visitamos, probamos → visitaron,
    # probaron)
    Query("visitaron JISCO y probaron el vino", "dde32893", "word-form"),
    # "In international and regional affairs, China … defends fairness and justice" ¶265, of Lukashenko's words
    # (defends → defending; "defending" is in b39d8185 ¶36–37 and ac7222d4 ¶525, not with Lukashenko)
    Query("Lukashenko defending fairness and justice", "0e5d6094", "word-form"),
    # Another script or romanisation
    # "President Xi Jinping met in Tianjin with Cambodian Prime Minister Hun Manet, who was in China for the …
    # (SCO) Summit" ¶243, Tianjin in the old postal romanisation
    Query("Tientsin SCO summit Hun Manet", "5a5d8582", "translit"),
    # Rewi Alley ¶495–497 and Arthur Clegg ¶515–523 in Chinese characters
    Query("路易·艾黎 亚瑟·克莱格", "ac7222d4", "translit"),
    # "Mao Zedong Thought, Deng Xiaoping Theory, the Theory of Three Represents and the Scientific Outlook on
    # Development" ¶383, Deng Xiaoping in Wade-Giles
    Query("Teng Hsiao-ping Theory Three Represents Scientific Outlook", "38a7d84f", "translit"),
    # the speakers Ken Hammond, Chen Weihua, Keith Bennett and Radhika Desai ¶363–369 in Cyrillic
    Query("Кен Хэммонд Чэнь Вэйхуа Кит Беннетт Радхика Десаи", "d89fdf72", "translit"),
    # Yan'an (¶535, ¶557) in Wade-Giles; "Black Liberation Alliance and Qiao Collective" ¶547
    Query("Yenan Qiao Collective Black Liberation Alliance", "6710eba1", "translit"),
    # Russian (names written in Cyrillic)
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as … Chen Hansheng" ¶491; Keith Bennett ¶475–477
    Query("Джонатан Рис Майерс, Чэнь Ханьшэн и Кит Беннетт", "ac7222d4", "russian"),
    # "Egyptian President Abdel Fattah El-Sisi, … Indonesian President Prabowo Subianto, … Foreign Minister
    # Subrahmanyam Jaishankar" ¶451
    Query("Абдель Фаттах ас-Сиси, Прабово Субианто и Субраманьям Джайшанкар", "e065690c", "russian"),
    # Spanish
    # "la economía más grande del mundo medido por Paridad de Poder Adquisitivo" ¶317; "acaban de celebrar haber
    # alcanzado 100 millones de miembros" ¶345
    Query("Paridad de Poder Adquisitivo y 100 millones de miembros", "dde32893", "spanish"),
    # "las hambrunas provocadas por el hombre, el caudillismo" ¶313; "Ellos pelearon contra el dogmatismo" ¶315
    Query("caudillismo y dogmatismo", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Chen Weihua (Former EU bureau chief of China Daily)" ¶364 and "Jenny Clegg (Author and peace activist)"
    # ¶366 (ac7222d4 ¶513 has Jenny Clegg too, not Chen Weihua)
    Query("陈卫华 珍妮·克莱格", "d89fdf72", "chinese"),
    # "Meeting with Belarusian President Aleksandr Lukashenko" ¶263; Armenia ¶257–261; "in Tianjin on August 31"
    # ¶255
    Query("卢卡申科 亚美尼亚 天津", "0e5d6094", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Vietnamese Prime Minister Pham Minh Chinh" ¶79; "The Guard of Honour of the Chinese People's Liberation
    # Army" ¶73; "Around 400 military personnel" ¶77
    Query("<@77> Pham Minh Chinh\u200b Guard of Honour 400 military personnel", "362ba691", "mention-noise"),
    # "originally appeared in the Morning Star" ¶111; "before a firing squad" ¶117; "until October 8" ¶111
    Query("<#31> Morning Star\u200b firing squad October 8", "ccf1d4fa", "mention-noise"),
    # Typos (1–2 edits)
    # "Kazakhstan President Kassym-Jomart Tokayev" ¶405 (Tokayef 1 edit, Kazakstan 1 edit)
    Query("Tokayef Kazakstan", "26d64f12", "typo"),
    # "Shavkat Mirziyoyev" ¶207; Turkmenistan in the title ¶203 (1 edit each)
    Query("Mirziyoev Turkmenstan", "3a9fa4ed", "typo"),
    # "Dr. Norman Bethune" ¶275; "on the Burmese battlefield" ¶275 (1 edit each)
    Query("Norman Bethun Burmeese battlefield", "7ab1f62c", "typo"),
    # Names
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "Vladimir Vladimirovich
    # Yakushev" ¶158; "the General Secretary of the Communist Party of Britain" ¶159
    Query("Igor Sergeenko Yakushev Communist Party of Britain", "20f574be", "name"),
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "to organise a Hyde Park meeting"
    # ¶525; "to work with Gung Ho [the Chinese Industrial Cooperatives]" ¶497
    Query("Chen Hansheng Hyde Park Gung Ho", "ac7222d4", "name"),
    # "Indonesian President Prabowo Subianto" and "the US Trump administration" ¶451; "The Bloomberg financial
    # news service" ¶463
    Query("Prabowo Subianto Bloomberg Trump administration", "e065690c", "name"),
    # Phrases
    Query("his world outlook was transformed by China", "ac7222d4", "phrase"),  # of Hogg, ¶493
    # "The China–Russia partnership is thus shifting from a convergence of interests to a structured
    # relationship" line 7
    Query("shifting from a convergence of interests to a structured relationship", "b39d8185", "phrase"),
    # Questions
    # "We have the necessary legitimacy to lead the renewal of the multilateral trading system" ¶465
    Query("what did Lula say BRICS has the legitimacy to lead?", "e065690c", "question"),
    # "the SCO has established itself as a model for a new type of international relations" ¶433
    Query("what model of international relations has the SCO become, according to Xi?", "9e49ddff", "question"),
    # British leftists should "take inspiration from Chinese socialism … but build socialism based on the
    # conditions in Britain" ¶543
    Query(
        "what does the Friends of Socialist China delegation say British leftists should take inspiration from?",
        "6710eba1",
        "question",
    ),
    # Topics
    # "Li Jinxian" line 1/10; "in a geopolitical landscape marked by shifting alliances" line 16
    Query("Li Jinxian geopolitical landscape shifting alliances", "097182f6", "topic"),
    # "although Hungary and Bulgaria also sent senior representatives" ¶21; "new growth drivers in green
    # industries" ¶27; "oppose external interference and illegal sanctions" ¶7
    Query("Hungary and Bulgaria green industries illegal sanctions", "faecd2e1", "topic"),
    # "more flagship projects" ¶189; "its neighbourhood diplomacy" ¶199; "friendly neighbours connected by
    # mountains and rivers" ¶197
    Query("flagship projects neighbourhood diplomacy mountains and rivers", "c061f0a1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Igor Sergeenko is a guest at the Hanoi ceremony (20f574be ¶157); Stamford Bridge is the model of the Minyuan
    # Stadium (7ab1f62c ¶291)
    "Igor Sergeenko Stamford Bridge",
    # Robert Fico met Xi in Beijing (faecd2e1 ¶13–19); the Hyde Park meeting of 1937 was the Communist Party's
    # (ac7222d4 ¶525)
    "Robert Fico Hyde Park",
    # Yin Yong, Mayor of Beijing, met Kim Jong Un at the station (eca32116 ¶221); the forum at Tsinghua University
    # is Keith Bennett's (ac7222d4 ¶475)
    "Yin Yong Tsinghua University",
    # Pham Minh Chinh went to Tianjin (362ba691 ¶79); Anna May Wong's films are at the BFI (ccf1d4fa)
    "Pham Minh Chinh Anna May Wong",
    # Modi's absence from the BRICS summit (e065690c ¶451); Xi's Buckingham Palace speech (ac7222d4 ¶479)
    "Narendra Modi Buckingham Palace",
    # Liu Qibao was in Khabarovsk in 2015 (054ef6fb); the Tianjin Declaration is the SCO summit's (9e49ddff ¶443)
    "Liu Qibao Tianjin Declaration",
    # "signed and issued the Tianjin Declaration" (9e49ddff ¶443); no date of force
    "when did the Tianjin Declaration come into force?",
    # Lev Abramov, a veteran Liu Qibao visited (054ef6fb line 14); no museum, no medals of his
    "which museum in Khabarovsk holds Lev Abramov's medals?",
    # "during a July event in the Korean city of Wonsan" (097182f6 line 7); no hotel
    "which Wonsan hotel did Sergei Lavrov stay at in July?",
    # Kim Il Sung "participated in the 1959 tenth anniversary celebrations" (eca32116 ¶219); Mao is never met
    "when did Kim Il Sung meet Mao Zedong in Beijing?",
    # Arthur Clegg's memoir "'Aid China – 1937-1949', published in 1989" (ac7222d4 ¶515); no publisher
    "which publisher brought out Arthur Clegg's Aid China 1937-1949?",
    # "President Kaysone Phomvihane and President Fidel Castro" (20f574be ¶167); no successor named
    "what was the name of Kaysone Phomvihane's successor?",
    # Tianshan is 3 edits from Tianjin, where Madbouly met Xi on the eve of the SCO summit (26d64f12 ¶405–413)
    "Tianshan SCO summit Madbouly",
    # Carúpano is not in the corpus (4+ edits from Caracas, whose monument and sculpture are f78fdcd6's)
    "Carúpano sculpture inauguration",
    "Гутерриш и чемпионат мира",  # Guterres (26d64f12 ¶405–409) in Cyrillic; no World Cup
    "Лула и футбол",  # Lula (e065690c ¶451–465) in Cyrillic; no football
    # the delegation went to Dunhuang (dde32893 ¶307/325/335); "los aeropuertos" (¶329) but no fare
    "¿cuánto costó el billete de avión a Dunhuang?",
    "敦煌 太阳能电站 造价",  # the Dunhuang solar plant (dde32893 ¶335, 6710eba1 ¶539); no cost
    # Kim Jong Un arrived at Beijing Railway Station (eca32116 ¶221); no train or speed
    "金正恩 火车 速度",
    # Norman Bethune is remembered by the Edinburgh consulate (7ab1f62c ¶275); the Yasukuni Shrine is the joint
    # statement's (b39d8185 ¶41)
    "Norman Bethune Yasukuni Shrine",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "laid a wreath at Parkside" ¶4; Huskisson ¶3/5; "The society's chairman, Harold Minshull" ¶6
    Query("Huskisson wreath Parkside Harold Minshull", "5ca75667", "cross-paragraph"),
    # "born Edna Askew … on Tanyard Lane" ¶4; "Her Saturday-morning "Dolphins" class" ¶8; "a petition of 6,400
    # names" ¶12
    Query("Edna Askew Tanyard Lane Dolphins class petition", "bf0a2492", "cross-paragraph"),
    # "played at Goodison Park" ¶4; "the nearby Arundel Coulthard foundry" ¶5; "Maureen Lathwell, then 19" ¶9
    Query("Goodison Park Arundel Coulthard Maureen Lathwell", "7322c771", "cross-paragraph"),
    # "Anderl Heckmair" ¶5; "The White Spider" ¶6; "a storm below the Mittellegi hut" ¶13
    Query("Anderl Heckmair White Spider Mittellegi hut", "3915f082", "cross-paragraph"),
    # "Edward Whymper y los primos italianos Jean-Antoine y Louis Carrel" ¶4; "su nuevo local en la calle Sucre"
    # ¶13; "la presidenta del club, Rosario Chimbo" ¶14
    Query("Whymper Carrel Rosario Chimbo calle Sucre", "42ec63f9", "cross-paragraph"),
    # "Ringo Starr's first night … at Hulme Hall, Port Sunlight" ¶14; "by the music writer Graham Tolley" ¶6;
    # "Film night at the Regal" ¶7
    Query("Ringo Starr Port Sunlight Graham Tolley Regal", "42523ca0", "cross-paragraph"),
    # "станции «Салют-7»" ¶4; "Нина Петровна Кудашева" ¶9 (also ¶15); "новый планетарий на сто мест" ¶14
    Query("Салют-7 Кудашева планетарий", "448cdc8e", "cross-paragraph"),
    # 周建平 ¶6/7/13/16; "首架C919在浦东总装下线" ¶5; "开办了航模培训班" ¶10
    Query("周建平 浦东总装下线 航模培训班", "fca1cbc1", "cross-paragraph"),
    # Word forms
    # "William Huskisson … stepped down from the Duke of Wellington's train" ¶5 (stepped → stepping)
    Query("Huskisson stepping down from the Duke of Wellington's train", "5ca75667", "word-form"),
    # "The thief, Vincenzo Peruggia, kept the painting in a trunk" ¶5 (kept → keeps, irregular; "keeps" is in
    # seeds only)
    Query("Peruggia keeps the painting in a trunk", "2d062e2b", "word-form"),
    # "the Football Association banned women's teams from the grounds of its member clubs" ¶7 (banned → banning)
    Query("the Football Association banning women's teams from member clubs' grounds", "7322c771", "word-form"),
    # "Whymper volvió a subir, esta vez acompañado por dos ecuatorianos" ¶5 (volvió → vuelve)
    Query("Whymper vuelve a subir acompañado por dos ecuatorianos", "42ec63f9", "word-form"),
    # "резала и сваривала металл новым ручным инструментом" ¶4 (резала, сваривала → резать, сваривать)
    Query("резать и сваривать металл ручным инструментом", "448cdc8e", "word-form"),
    # "Mr Dobson said he had not sold so many batteries since the World Cup" ¶5 (sold → selling, irregular)
    Query("Dobson selling so many batteries since the World Cup", "20b0b1be", "word-form"),
    # Another script or romanisation
    Query("Хаскиссон", "5ca75667", "translit"),  # "RAILWAY SOCIETY REMEMBERS HUSKISSON" ¶3, Huskisson ¶5
    Query("Винченцо Перуджа", "2d062e2b", "translit"),  # "The thief, Vincenzo Peruggia" ¶5
    Query("Генрих Харрер", "3915f082", "translit"),  # "Heinrich Harrer" ¶5, "Harrer later wrote" ¶6
    Query("Эдуард Уимпер", "42ec63f9", "translit"),  # "el inglés Edward Whymper" ¶4 (Whymper ¶5, ¶14, ¶19)
    # "Светлана Савицкая" ¶3 and Гречанск ¶2/7/9 in Latin letters
    Query("Svetlana Savitskaya Grechansk", "448cdc8e", "translit"),
    # 柏岭镇航模协会 ¶6/14 in pinyin without tones
    Query("Bailing zhen hangmo xiehui", "fca1cbc1", "translit"),
    # "seventy-seven years after Fred Perry's last title" ¶18 and Andy Murray ¶17–20 in Chinese characters
    Query("弗雷德·佩里 穆雷", "18e511cb", "translit"),
    # accents dropped: "Ludwig Vörg" ¶5; "climbed the Mönch together" ¶14
    Query("Ludwig Vorg Monch", "3915f082", "translit"),
    # accents dropped: "Francisco Javier Campaña y David Beltrán" ¶5 (Campaña y Beltrán ¶15)
    Query("Francisco Javier Campana y David Beltran", "42ec63f9", "translit"),
    # "Руководитель музея Нина Петровна Кудашева" ¶9 and Гречанск in Latin letters
    Query("Nina Kudasheva Grechansk", "448cdc8e", "translit"),
    # Russian
    Query("выставка «Женщины и космос»", "448cdc8e", "russian"),  # "готовит к юбилею выставку «Женщины и космос»" ¶7
    Query("летний лагерь юных космонавтов", "448cdc8e", "russian"),  # "Летний лагерь юных космонавтов при музее" ¶12
    Query("новый планетарий на сто мест", "448cdc8e", "russian"),  # "откроется новый планетарий на сто мест" ¶14
    # Spanish
    # "La exposición de fotografías «Un siglo y cuarto de cumbre»" ¶9
    Query("la exposición «Un siglo y cuarto de cumbre»", "42ec63f9", "spanish"),
    # "los doce harán una salida de aclimatación al Carihuairazo" ¶10
    Query("salida de aclimatación al Carihuairazo", "42ec63f9", "spanish"),
    # "se cerrará la semana con una misa de campaña y un almuerzo en la plaza" ¶8
    Query("misa de campaña y almuerzo en la plaza", "42ec63f9", "spanish"),
    # Chinese
    # "十二架按比例缩小的C919航模 … 最大的一架翼展近三米" ¶8
    Query("翼展近三米 按比例缩小的C919航模", "fca1cbc1", "chinese"),
    # "C919从上海浦东国际机场起飞，在空中飞行79分钟后平稳落地" ¶4
    Query("上海浦东国际机场 飞行79分钟", "fca1cbc1", "chinese"),
    Query("青少年航模比赛", "fca1cbc1", "chinese"),  # "组队参加市里的青少年航模比赛" ¶11
    # Mentions and zero-width spaces
    # "Tuesday's match will be followed by a buffet at the Kirkgate Tavern" ¶13
    Query("<@8812> Kirkgate Tavern\u200b buffet", "7322c771", "mention-noise"),
    # "The hide on the west bank of the mere" ¶6; Nethersett ¶1–3
    Query("@everyone Nethersett\u200b hide on the west bank", "5db52e41", "mention-noise"),
    # "agreed to buy a second microfiche reader for the library" ¶17
    Query("<#77> \u200bmicrofiche reader", "c37d4375", "mention-noise"),
    # Typos
    # "OTTERCLEUGH AND DISTRICT FAMILY HISTORY SOCIETY" ¶1 (Ottercluegh 2 edits, Histroy 2 edits)
    Query("Ottercluegh Family Histroy Society", "c37d4375", "typo"),
    Query("Nethersette Heronery", "5db52e41", "typo"),  # "NETHERSETT HERONRY" ¶1 (1 edit each)
    # "Witherfield Courier" ¶1 (Witherfeild 2 edits, Courrier 1 edit)
    Query("Witherfeild Courrier", "20b0b1be", "typo"),
    # Names
    Query("Joan Hebblewick", "7322c771", "name"),  # "Club secretary Joan Hebblewick" ¶14, ¶19
    Query("Mrs Pengelly", "3293d6d7", "name"),  # "Mrs Pengelly, who has taught at Linscombe for twenty-six years" ¶17
    Query("Agnes Hirstwood", "20b0b1be", "name"),  # "laid … by Mrs Agnes Hirstwood" ¶13
    # Phrases
    Query("nobody left the pool until they could float", "bf0a2492", "phrase"),  # ¶15
    Query("a fairground ride for grown-ups", "fcc2e537", "phrase"),  # Brenda Yelland on the lift, ¶13
    # Councillor Fairlie on Virginia Wade's title, ¶7
    Query("sent half the girls in the borough out looking for a racket", "5bc255f0", "phrase"),
    Query("Se sube por Whymper, pero se baja por los hijos", "42ec63f9", "phrase"),  # the club president, ¶19
    # Questions
    # "Dick, Kerr Ladies of Preston beat St Helens Ladies 4–0 in front of 53,000 people" ¶4
    Query("how many people watched Dick, Kerr Ladies beat St Helens at Goodison Park?", "7322c771", "question"),
    # "Evening talk with slides: "Herons of Nethersett", … on 18 April at 7.30pm" ¶9
    Query("when is the evening talk Herons of Nethersett?", "5db52e41", "question"),
    # "The courts cost £86,000" ¶5, in the 1987 cutting (2d0e6056 gives no cost)
    Query("how much did the Cotterill Park courts cost in 1987?", "5bc255f0", "question"),
    # "That final was won by Spencer Gore, who beat William Marshall" ¶12
    Query("who beat William Marshall in the first Wimbledon final?", "83fa1306", "question"),
    # "By her own count she taught more than 11,000 children" ¶8
    Query("how many children did Edna Hobcroft teach to swim?", "bf0a2492", "question"),
    # "The club's own boat, Ratty, is booked through the wheel again" ¶20
    Query("what is the Calverholt Canal Club's boat called?", "b622f57b", "question"),
    # "New floodlights will be fitted over the winter" ¶9
    Query("when will the new floodlights be fitted at Cotterill Park?", "2d0e6056", "question"),
    # Topics
    # "rehearsing their own version of A Christmas Carol … this year's performances mark the book's 150th
    # anniversary" ¶4–5
    Query("Christmas Carol 150th anniversary school performances", "3293d6d7", "topic"),
    # "The ban stayed in place for fifty years. … founded in 1971, the year it was lifted" ¶7–8
    Query("women's football ban lifted in 1971", "7322c771", "topic"),
    # "Witherfield Feast will be held … The mills will close for the whole week" ¶14
    Query("Witherfield Feast mills close for the whole week", "20b0b1be", "topic"),
    # "the Beatles' first single. Pennerton, whose own beat groups … marks the anniversary with ten days of
    # music" ¶3
    Query("Love Me Do anniversary beat groups festival", "42523ca0", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Brenda Yelland rode the Falkirk Wheel (fcc2e537, b622f57b); the Eiger is Scarwick's (3915f082)
    "Brenda Yelland Eiger",
    # Harold Minshull chairs the railway society (5ca75667 ¶6); the Falkirk Wheel is the canal club's
    "Harold Minshull Falkirk Wheel",
    # Sandra Gatenby coaches at Copsley (2d0e6056 ¶8, 18e511cb ¶19); Goodison Park is Mirestead's story (7322c771)
    "Sandra Gatenby Goodison Park",
    # Maureen Lathwell coaches football (7322c771 ¶9); the memorial swimming gala is Edna Hobcroft's (bf0a2492 ¶18)
    "Maureen Lathwell swimming gala",
    # Nell Braithwaite climbed the Eiger (3915f082); the talk "Who Stole the Mona Lisa?" is the blogger's (2d062e2b)
    "Nell Braithwaite Mona Lisa talk",
    # Dennis Ollerhead chairs the Scarwick club (3915f082 ¶10); the tennis club's secretary is Dennis Gatenby
    # (83fa1306 ¶13)
    "Dennis Ollerhead Copsley Lawn Tennis Club",
    # Bob Willis bowled Australia out at Headingley (20b0b1be ¶4); Wimbledon is Copsley's (5bc255f0, 83fa1306,
    # 18e511cb)
    "Bob Willis Wimbledon",
    # "Last year's Boxing Day match, on 26 December, was called off because of a frozen pitch" (7322c771 ¶12);
    # no goals, no scorer
    "who scored Mirestead Ladies' goals in last year's Boxing Day match?",
    # "Tuesday's match will be followed by a buffet at the Kirkgate Tavern" (7322c771 ¶13); the match kicks off
    # at 11am (¶3); no buffet time
    "what time does the buffet after Tuesday's match start at the Kirkgate Tavern?",
    # the wheel is booked (b622f57b ¶20), the ride took a quarter of an hour (fcc2e537 ¶13); no price
    "what does a trip through the Falkirk Wheel cost?",
    # the ticket for Ringo Starr's first night is lent for the exhibition (42523ca0 ¶14); the £8 and £6 tickets
    # are for this year's concerts (¶17); no price of the 1962 ticket
    "how much did Ringo Starr's Hulme Hall ticket cost?",
    # "They were back in Grindelwald by seven in the evening" (3915f082 ¶9); no hotel
    "which hotel did Nell Braithwaite and Owen Tansey stay at in Grindelwald?",
    # "Her father was a tanner" (bf0a2492 ¶4); he is never named
    "what was the name of Edna Hobcroft's tanner father?",
    # "Mrs Pengelly … retires at Christmas" (3293d6d7 ¶17); no successor named
    "who will replace Mrs Pengelly at Linscombe?",
    # "The society's chairman, Harold Minshull" (5ca75667 ¶6); no date
    "when did Harold Minshull become chairman of the railway society?",
    # the club was founded in 1963 (3915f082 ¶11); three members tried in 1988 (¶13); no membership count
    "what is the Scarwick Fell and Rock Club's membership?",
    # "That final was won by Spencer Gore, who beat William Marshall" (83fa1306 ¶12); no score
    "by what score did Spencer Gore beat William Marshall?",
    # Peruggia was caught "trying to sell it in Florence" (2d062e2b ¶5); no price
    "how much did Vincenzo Peruggia try to sell the Mona Lisa for?",
    # the leaflet (5db52e41) gives nests, dates and prices; no history of the heronry
    "when was the Nethersett heronry first recorded?",
    # "three of the seven founders are still members" (c37d4375 ¶18); none named
    "who were the seven founders of the Ottercleugh society?",
    # Ada "went on the train … with two of her sisters" (7322c771 ¶10); not named
    "what were Ada Lathwell's sisters called?",
    # the blog (2d062e2b) names the thief, a painter who found the wall bare (Louis Béroud), never Leonardo
    "which artist painted the Mona Lisa that Peruggia stole?",
    # "My next post, on the stolen Goya of 1961" (2d062e2b ¶13); no thief
    "who stole the Goya in 1961?",
    # "The Witherfield Show will be held in Bellamy's Field on 4 and 6 August" (20b0b1be ¶11); no time
    "what time do the gates open at Bellamy's Field for the Witherfield Show?",
    # Calverton is 3 edits from Calverholt, whose railway society laid the wreath (5ca75667)
    "Calverton Railway Society wreath",
    "Cowley tennis courts",  # Cowley is 2 edits from Copsley, whose park courts are 2d0e6056's, 5bc255f0's
    # Warwick is 2 edits from Scarwick, whose club will hold "an open day at the town's climbing wall" (3915f082
    # ¶12)
    "Warwick climbing wall open day",
    # Wetherby is 6 edits from Witherfield, whose bus station was opened "on Saturday, the 14th" (20b0b1be ¶9)
    "Wetherby bus station opening",
    "Nethercott heronry",  # Nethercott is 2 edits from Nethersett (5db52e41)
    # Грязовец is not in the corpus (5+ edits from Гречанск, whose museum has the скафандр-тренажёр, 448cdc8e ¶11)
    "Грязовецкий музей космонавтики скафандр",
    # "на корабле «Союз Т-12»" (448cdc8e ¶5); no commander named
    "кто был командиром корабля «Союз Т-12»?",
    # "в день двадцатилетия, 25 июля 2004 года, в Гречанск приезжал ветеран-испытатель" (448cdc8e ¶9); no count
    "сколько людей побывало в музее космонавтики в день двадцатилетия?",
    "Нина Петровна Кудашева Лувр",  # the museum head (448cdc8e ¶9) and the Louvre (2d062e2b) in Cyrillic
    # "doce socios", "veintiséis socios" (42ec63f9 ¶7, ¶11); no total membership
    "¿cuántos miembros tiene la Cordada Guaytambo en total?",
    # "La Cordada Guaytambo, fundada un 4 de enero" 1955 (42ec63f9 ¶6); no founder named
    "¿quién fundó la Cordada Guaytambo en 1955?",
    "¿cuánto cuestan las camisetas conmemorativas?",  # "se venden ya en el local del club" (42ec63f9 ¶18); no price
    "C919 首飞 机长 名字",  # C919首飞 (fca1cbc1 ¶3–4); no pilot named
    "柏岭镇航模协会 会费 多少",  # the club has 八十余人 members (fca1cbc1 ¶14); no fee
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind112/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
