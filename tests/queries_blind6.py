"""A sixth blind lookup query set. It was written after tests/queries_blind5.py, so that later
ranking work has a set it has never seen. It has never been used to tune anything and is to be
scored once, at the end of that work: once it is used for tuning it is in-sample, and a new blind
set is needed.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py, tests/queries_blind.py, tests/queries_blind2.py and
  tests/queries_blind3.py; no query here is a copy or near-copy of a query in those five files (a
  throwaway script compared the word sets of every query with every earlier one, and queries that
  shared too many words with one were given other words or rewritten).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind6/docs, copied as ONE
  corpus into a subfolder blind6/ (see NEWDOCS_DIRS). No earlier query set used these documents.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 7 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 7
(the query uses another form of a word the text uses, in both directions and including irregular
forms: preaching/preached, commending/commended, impressions/impressed, slaughtering/slaughtered,
beating/beaten, grounding/grounded, tearing/tore, driving/drove, teaching/taught, rising/rose,
twinned/twinning), translit 5 + 6 (another script or romanisation than the text: Wade-Giles for
pinyin, Cyrillic and Chinese for Latin names, Latin for Cyrillic, pinyin for Chinese, accents
dropped), russian 2 + 3, spanish 3 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram
mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits), name 2 + 3,
phrase 3 + 2, question 3 + 3, topic 3 + 3: 39 + 46 answerable, and 13 + 14 unanswerable.
The few queries that a search box can only answer through translation or a synonym (not through
the text's own words in some form or script) say so in their comment ("needs translation",
"synonym").

How the expected articles were judged: by reading the documents only. Every document of both
corpora was read in full first. Each query was then written from a passage of its article, and
every word of it (and a stem of it, for the other forms) was matched over the whole corpus, case-
and accent-insensitively (ё as е), by a throwaway script that listed every article and paragraph
holding it; those paragraphs were read to decide which article a reader wants first (`best`) and
which others are fair answers too (`also`). For cross-paragraph queries the same script checked
that no paragraph (title line included) holds all of the query's words. The unanswerable queries
share one or more words with their corpus on purpose; every article mentioning those words was
read to confirm that none answers the query.

The search engine was never run on these queries, and its code (bot/index/) and bench/ were not
read while writing them. Article ids come from `memorial-bot articles --json` (the document
loader), run on seeds/ and on a folder built as build_newdocs_corpus builds it.

This set is blind: score it once, at the end of the work, and report the number as it comes out.
Do not look at which of its queries miss and do not tune on it.
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

# The new-documents corpus is assembled by copying tests/gold/blind6/docs/* into ONE temporary
# corpus folder under the subfolder blind6/: files are then "blind6/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind6/docs",)
NEWDOCS_SUBDIRS = ("blind6",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "2643f815": "Galawater Railway Society — Minutes of the Committee Meeting",
    "d1a01fbf": "Glen Orrin Mountain Hut — Opening Times and Booking",
    "d088bb12": "Victoria Theatre reopens, 75 years after the fire",
    "e0d8aaad": "Brass bands blow in for the Harnley contest's golden anniversary",
    "b2d990a6": "Harnley General celebrates seventy years of the NHS",
    "719070b1": "Kestrel Astronomical Society — Autumn Newsletter",
    "8b267dec": "Margaret Ellery: the comet watcher of Ormsby Cross",
    "94f08757": "Looking Back: from the Ormsby Gazette files",
    "d0469283": "Polgarrow Twinning Association blog: a silver anniversary in Plouzec",
    "b4e9bb05": "Polgarrow lifeboat crew remember Penlee, twenty years on",
    "2df6a9a6": "Stranded by the ash cloud: Polgarrow holidaymakers home at last",
    "3df5bfbc": "Polgarrow and Plouzec: thirty years of twinning",
    "41fb7f90": "A hundred years after the Pole, Wrexford museum tells Scott's story again",
    "67ecf423": "Fifty years on, Harlan Falls' Woodstock veterans go back to the farm",
    "b8d0b6c9": "Copiapó recuerda el rescate de los 33, diez años después",
    "692d9dcf": "В Ванаваре отметили 110-летие Тунгусского феномена",
    "e68ddb11": "南极长城站建站三十周年 老队员寄语新一代科考人",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    Query("Chen Weihua VE Day", "d89fdf72", "cross-paragraph"),  # the speaker ¶364; VE Day ¶359
    Query("Qiao Collective Salt Tower", "6710eba1", "cross-paragraph"),  # the delegation ¶547; the plant ¶539
    Query("Tokyo Trials maritime patrols", "b39d8185", "cross-paragraph"),  # 003 line 39; line 54
    # 002 line 7 (Xi's message: Asia, Europe, Africa and Oceania); Putin lines 2/5/11
    Query("Putin Oceania", "424ab945", "cross-paragraph"),
    Query("Pezeshkian trade upheaval", "e065690c", "cross-paragraph"),  # the guest list ¶451; Ramaphosa ¶467
    # the PCC ¶85; cybersecurity among the science fields ¶105
    Query("Cuban Communist Party cybersecurity", "d807680a", "cross-paragraph"),
    Query("Mongolian president G20", "c061f0a1", "cross-paragraph"),  # Khurelsukh ¶187/197; the G20 ¶191
    # Word forms: another form of a word the text uses
    Query("Liddell preaching in China", "7ab1f62c", "word-form"),  # ¶285 "where he taught and preached"
    # ¶501 "personally commended by Mao Zedong"
    Query("Mao commending Lindsay", "ac7222d4", "word-form"),
    # ¶265 "he would always be deeply impressed by the country's vibrant development"
    Query("Lukashenko's impressions of China's development", "0e5d6094", "word-form"),
    # ¶127 "the Japanese invaders slaughtered over 20 million men, women and children"
    Query("invaders slaughtering women and children in China", "ccf1d4fa", "word-form"),
    # Other scripts and other romanisations
    Query("Teng Hsiao-ping Theory", "38a7d84f", "translit"),  # Wade-Giles of Deng Xiaoping Theory ¶383
    # Tientsin is the postal romanisation of Tianjin; ¶289 "he returned to Tianjin"
    Query("Liddell returned to Tientsin", "7ab1f62c", "translit"),
    Query("Мин Аун Хлайн", "26d64f12", "translit"),  # Min Aung Hlaing ¶405/415/419
    Query("Дени Сассу-Нгессо", "faecd2e1", "translit"),  # Denis Sassou Nguesso ¶23
    Query("金正恩", "eca32116", "translit"),  # Kim Jong Un in Chinese characters, title and ¶219–223
    # Russian (names in Cyrillic)
    Query("Шехбаз Шариф Пакистан", "3a9fa4ed", "russian"),  # Shehbaz Sharif, Pakistan ¶211/213
    Query("Касым-Жомарт Токаев Казахстан", "26d64f12", "russian"),  # Kassym-Jomart Tokayev ¶405
    # Spanish
    Query("generales de terracota en Xi'an", "dde32893", "spanish"),  # ¶313
    # ¶329 "pequeños robots que toman el elevador para entregar comida a tu cuarto"
    Query("un robot sube en el elevador con la comida", "dde32893", "spanish"),
    Query("ramas del Partido en aldeas y hospitales", "dde32893", "spanish"),  # ¶345
    # Chinese
    # names in Chinese characters: 斯洛伐克 = Slovakia, 菲佐 = Fico ¶13–21 (总理 = prime minister)
    Query("斯洛伐克总理菲佐", "faecd2e1", "chinese"),
    # names in Chinese characters: 习近平 = Xi Jinping, 津巴布韦 = Zimbabwe ¶5–11 (会见 = meets, 总统 =
    # president); Xi Jinping is in most seed articles, Zimbabwe only in this one
    Query("习近平会见津巴布韦总统", "faecd2e1", "chinese"),
    # Chat mentions around the real words
    Query("@everyone Khaled bin Mohamed", "e065690c", "mention-noise"),  # ¶451
    Query("<@!667788990011223344> Code Pink", "d89fdf72", "mention-noise"),  # ¶365
    # Typos
    Query("Society for Anglo-Chinese Understaning", "ac7222d4", "typo"),  # Understanding, SACU ¶513
    Query("guerilla warfare strategy", "6710eba1", "typo"),  # guerrilla ¶557
    # Kuomintang ¶557; dde32893 ¶315 names the same party as "el KMT"
    Query("Kuomingtang", "6710eba1", "typo", also=("dde32893",)),
    # Names
    Query("KJ Noh", "d89fdf72", "name"),  # ¶368
    Query("Shavkat Mirziyoyev", "3a9fa4ed", "name"),  # ¶207
    # Phrases
    Query("a man of noble character", "7ab1f62c", "phrase"),  # Mao on Bethune ¶275
    Query("shared weal and woe", "eca32116", "phrase"),  # ¶225
    Query("the defence of China is the defence of peace", "ac7222d4", "phrase"),  # the CPGB resolution ¶509
    # Natural questions
    # ¶287 "gold in the men's 400 metres in 47.6 seconds"
    Query("what was Liddell's winning time in the 400 metres?", "7ab1f62c", "question"),
    # ¶501 the Friends Ambulance Unit, organised by the Quakers, roughly 200 of whom served in China
    Query("how many Quakers served in China?", "ac7222d4", "question"),
    # ¶555 "Average life expectancy was below 35"; dde32893 ¶313 (in Spanish) "tan baja como 24 años"
    Query("what was life expectancy in China before 1949?", "6710eba1", "question", also=("dde32893",)),
    # Topics
    Query("countering neo-Nazism and xenophobia", "b39d8185", "topic"),  # 003 line 38
    Query("China and debt traps in the Global South", "6710eba1", "topic"),  # ¶537
    Query("Myanmar post-disaster rehabilitation", "26d64f12", "topic"),  # ¶419
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Vietnam visa on arrival",  # Vietnam (362ba691, 20f574be, 7ab1f62c); the troops' arrival (362ba691)
    "Mongolia horse riding holiday",  # Mongolia (c061f0a1, d89fdf72)
    "Chelsea stadium tour",  # Chelsea Football Club, stadium (7ab1f62c); tour (3a9fa4ed, ac7222d4)
    "Zimbabwe dollar exchange rate",  # Zimbabwe (faecd2e1)
    "Slovakia election results",  # Slovakia (faecd2e1)
    "Armenia Azerbaijan peace deal",  # Armenia, Azerbaijan (0e5d6094); peace everywhere
    "Dunhuang Mogao caves tickets",  # Dunhuang (dde32893, 6710eba1)
    "Texas driving licence renewal",  # Texas (dde32893)
    "Kazakhstan oil exports",  # Kazakhstan (26d64f12)
    "Burmese cat breeders",  # the Burmese battlefield (7ab1f62c)
    "Malaysia Airlines flight search",  # Malaysia (3a9fa4ed)
    "联合国总部参观",  # 联合国 (b39d8185 line 20)
    "hoteles baratos en Xi'an",  # hoteles, Xi'an (dde32893)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Laidlaw Waverley Route", "2643f815", "cross-paragraph"),  # the archive ¶5/13; the closure ¶9
    Query("Penrose Oamaru", "41fb7f90", "cross-paragraph"),  # the stoker's diary ¶5/7; the news ¶9
    Query("Denny Ruiz Jimi Hendrix", "67ecf423", "cross-paragraph"),  # the friend ¶11; the festival ¶5
    # the last miner out ¶7; the camp the baker supplied ¶9
    Query("Luis Urzúa Campamento Esperanza", "b8d0b6c9", "cross-paragraph"),
    Query("刘国华 综合楼", "e68ddb11", "cross-paragraph"),  # the old meteorologist ¶7; the new building ¶9
    Query("Jory Pascoe Union Star", "b4e9bb05", "cross-paragraph"),  # the helmsman ¶5; the coaster ¶3
    # the club's secretary ¶15; the glacier ¶17
    Query("Mavis Trewin Eyjafjallajökull", "2df6a9a6", "cross-paragraph"),
    # Word forms
    # ¶3 "Roald Amundsen had beaten them by 34 days"
    Query("Amundsen beating Scott to the South Pole", "41fb7f90", "word-form"),
    Query("volcanic ash grounding flights", "2df6a9a6", "word-form"),  # ¶13 "grounded flights across Europe"
    Query("storm tearing through Ormsby", "94f08757", "word-form"),  # ¶7 "tore through the town"
    Query("Kaminski driving a Volkswagen bus", "67ecf423", "word-form"),  # ¶3 "drove a borrowed Volkswagen bus"
    # ¶5 "taught physics at Ormsby Grammar School"; 94f08757 ¶11 names her, not her teaching
    Query("Ellery teaching physics", "8b267dec", "word-form"),
    # ¶3 "The curtain rose at Harnley's Victoria Theatre"; e0d8aaad ¶17 only its box office
    Query("curtain rising at the Victoria Theatre", "d088bb12", "word-form"),
    # 3df5bfbc ¶21/23 "thirty years of twinning", "the twinning charter"; d0469283 the silver
    # anniversary of the same charter
    Query("Polgarrow twinned with Plouzec", "3df5bfbc", "word-form", also=("d0469283",)),
    # Other scripts and other romanisations
    Query("Vanavara", "692d9dcf", "translit"),  # Ванавара, title and ¶3/7
    Query("Podkamennaya Tunguska", "692d9dcf", "translit"),  # ¶3 "в бассейне Подкаменной Тунгуски"
    Query("Liu Guohua", "e68ddb11", "translit"),  # pinyin of 刘国华 ¶7
    Query("阿蒙森", "41fb7f90", "translit"),  # Amundsen in Chinese characters ¶3/13
    Query("Вудсток", "67ecf423", "translit"),  # Woodstock, title and ¶5/13
    Query("Копьяпо", "b8d0b6c9", "translit"),  # Copiapó, title and ¶3/9
    # Russian
    Query("музей в доме охотника", "692d9dcf", "russian"),  # ¶7 "в бывшем доме охотника"
    # ¶11 "провести пешую экспедицию к эпицентру взрыва"
    Query("пешая экспедиция к эпицентру", "692d9dcf", "russian"),
    Query("поваленный лес", "692d9dcf", "russian"),  # ¶5 "Взрыв повалил лес"
    # Spanish
    Query("Estamos bien en el refugio", "b8d0b6c9", "spanish"),  # the note ¶5
    # ¶9 "llevó pan todas las mañanas al Campamento Esperanza"
    Query("Ramón Cortés llevaba pan al campamento", "b8d0b6c9", "spanish"),
    # ¶13 "un partido de fútbol entre veteranos de la minería", typed without the accent
    Query("partido de futbol entre veteranos mineros", "b8d0b6c9", "spanish"),
    # Chinese
    Query("升旗仪式", "e68ddb11", "chinese"),  # ¶3
    Query("极地科普讲座", "e68ddb11", "chinese"),  # ¶11
    Query("五星红旗 南极洲", "e68ddb11", "chinese"),  # ¶5
    # Chat mentions around the real words
    Query("@everyone Borders Railway reopening", "2643f815", "mention-noise"),  # ¶9
    Query("<@555666777888999000> Glen Orrin festive season bookings", "d1a01fbf", "mention-noise"),  # ¶7
    Query("\u200bOrionid\u200b meteors\u200b", "719070b1", "mention-noise"),  # ¶9
    # Typos
    Query("Galawatter railway society", "2643f815", "typo"),  # Galawater
    Query("Polgarow lifeboat Penlee", "b4e9bb05", "typo"),  # Polgarrow
    # Kestrel, title; 8b267dec ¶9 the society's observing evening in Ellery's memory
    Query("Kestral Astronomical Society", "719070b1", "typo", also=("8b267dec",)),
    # Names
    Query("Gwen Retallick", "d0469283", "name"),  # ¶3
    Query("Dr Alan Price", "719070b1", "name"),  # ¶5
    Query("Grimsall Colliery Band", "e0d8aaad", "name"),  # ¶17
    # Phrases
    Query("it went through us like a cold wind", "41fb7f90", "phrase"),  # ¶7
    Query("every lifeboatman in Cornwall grew up", "b4e9bb05", "phrase"),  # ¶5
    # Natural questions
    Query("how many bunks are there in the Glen Orrin winter room?", "d1a01fbf", "question"),  # ¶3 eight
    Query("how old was Margaret Ellery when she died?", "8b267dec", "question"),  # ¶3 91
    # ¶27 £40,000 for a new scanner
    Query("how much did the League of Friends raise for the scanner?", "b2d990a6", "question"),
    # Topics
    Query("NHS seventieth birthday hospital celebrations", "b2d990a6", "topic"),  # title and ¶23
    Query("the great storm of 1987", "94f08757", "topic"),  # ¶7/17
    # needs translation: mine rescue = rescate de los mineros de la mina ¶3; Chile is not named
    Query("Chilean mine rescue anniversary", "b8d0b6c9", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Glastonbury festival line-up",  # festival (67ecf423)
    "Hale-Bopp return date",  # Hale-Bopp (8b267dec)
    "Majorca package holidays",  # Majorca (2df6a9a6)
    "Lake Garda boat trips",  # Lake Garda (2df6a9a6); boat (b4e9bb05)
    "how big are Saturn's rings?",  # the November talk on Saturn's rings (719070b1)
    "Roscoff ferry timetable",  # Roscoff (d0469283); ferry (2df6a9a6)
    "Waverley novels by Walter Scott",  # the Waverley Route, M. Scott (2643f815); Captain Scott (41fb7f90)
    "Jimi Hendrix guitar auction",  # Jimi Hendrix (67ecf423)
    "NHS dentist waiting list",  # the NHS (b2d990a6)
    "Antarctic krill fishing",  # Antarctic (41fb7f90)
    "Oslo Viking ship museum",  # the Oslo exhibition, museum, the ship (41fb7f90)
    "авиабилеты в Красноярск",  # Красноярска (692d9dcf)
    "observatorios astronómicos en Atacama",  # Atacama (b8d0b6c9); observatory (719070b1, 8b267dec, 94f08757)
    "南极旅游价格",  # 南极 (e68ddb11)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind6/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
