"""A sixteenth lookup query set, written after tests/queries_blind15.py. It is a BLIND set for a later
session: it is committed unscored, and is meant to be scored once, later, by a session that did not
write it (a second score, or tuning on it, makes it in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind15.py; no query here is a
  copy or near-copy of a query in those files (a throwaway script found, for each query here, the
  earlier query, answerable or not, sharing the largest share of its words, by script, Chinese by
  character pairs; no query here shares more than half of its words with an earlier one).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind28/docs, copied as ONE
  corpus into a subfolder blind28/ (see NEWDOCS_DIRS). No earlier query set used these documents.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 9
(the query uses another form of a word the text uses, in both directions and including irregular
forms: defeating/defeated, visiting/visited, recalling/recalled, tried/trying, portraying/portrays,
honoured/honour, dies/died, collapsing/collapsed, lift/lifted, closing/closed, winding/winds,
going/went, melted/melting, polished/polishing, damaging/damaged), translit 4 + 5 (another script
or romanisation than the text: Cyrillic for Latin names, a Russian-style romanisation of a Kazakh
name, another romanisation of a Belarusian name, Latin for Cyrillic and pinyin for Chinese),
russian 2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 2 + 3 (1–2 edits), name 2 + 3, phrase 3 + 3,
question 3 + 3, topic 3 + 3: 39 + 50 answerable, and 10 + 15 unanswerable. Every answerable query
is answerable from the documents' own words in some form, spelling or script; names may be in
another script or language (the Russian and Chinese queries over seeds/ are names only, since
seeds/ has no Russian and only one Chinese line).

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and every seed article used here was read in full. Each query was
then written from a passage of its article, and every word of it (and a stem of it, for the other
forms) was matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway
script that listed every article and paragraph holding it; those paragraphs were read to decide
which article a reader wants first (`best`) and which others are fair answers too (`also`). For
cross-paragraph queries the same script checked that no paragraph (title line included) holds all
of the query's words. The unanswerable queries share one or more words with their corpus on
purpose; every article mentioning those words was read to confirm that none answers the query.

The search engine was never run on these queries, and its code (bot/index/), adapters/, bench/ and
docs/ were not read while writing them. Article ids come from `memorial-bot articles --json` (the
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

# The new-documents corpus is assembled by copying tests/gold/blind28/docs/* into ONE temporary
# corpus folder under the subfolder blind28/: files are then "blind28/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind28/docs",)
NEWDOCS_SUBDIRS = ("blind28",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "1a5eadfb": "Bert Collier, bus driver and museum founder",
    "48334ea3": "PRESS RELEASE",
    "7eb082f0": "Fifty years on, a city remembers the smog",
    "19b8d04e": "The night the viaduct fell — fifty years on",
    "ce3df86a": "Tollgate Lantern Fair",
    "18b0968e": "NORTHAM TOWN COUNCIL",
    "333332da": "Friends of the Marlow Street Gallery — Spring Newsletter",
    "e71dd32c": "Kelmoor Valley Echo — From our railway archive",
    "51b8f414": "VIADUCT SWEPT AWAY IN NIGHT OF FLOODS",
    "45ce6e5b": "LINE REOPENS WITH NEW STEEL SPAN",
    "b7082d8f": "STATION BUILDINGS SAVED",
    "65cdaa72": "Tram shed reborn as transport museum",
    "8ec04d4a": "The Hilltop Weather Diary",
    "665b0f51": "Stalls return to the square",
    "cb2d8117": "Farmers' market wins award",
    "e0d9ebf6": "Market cross to be restored",
    "f783f3cd": "El Mercado de San Roque celebra sus cien años",
    "805c1294": "Сто лет городскому трамваю",
    "a0e0467b": "故宫博物院迎来建院九十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines, "L"),
# and in the new documents' own files (L).

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    Query("Lukashenko metrology", "0e5d6094", "cross-paragraph"),  # Lukashenko ¶263/265; metrology ¶261
    # 003 L41 the Yasukuni Shrine; L15 "call for reforming institutions such as the UN, WTO, and IMF"
    Query("Yasukuni Shrine IMF reform", "b39d8185", "cross-paragraph"),
    # 001 L14 Lev Abramov; L6 Melnikov, "State Duma's Deputy Speaker"
    Query("Abramov Duma Deputy Speaker", "054ef6fb", "cross-paragraph"),
    # ¶63 Ho Chi Minh's poem; ¶73 the Guard of Honour of the PLA in the parade (¶75 Ho Chi Minh again)
    Query("Ho Chi Minh poem Guard of Honour", "362ba691", "cross-paragraph"),
    # ¶491 the film starring Jonathan Rhys Meyers as Hogg; ¶495 his mentor Rewi Alley
    Query("Jonathan Rhys Meyers Rewi Alley", "ac7222d4", "cross-paragraph"),
    Query("Hun Sen Igor Sergeenko", "20f574be", "cross-paragraph"),  # the guest list, one guest a line ¶154/157
    # ¶451 Iranian President Masoud Pezeshkian; ¶459 BRICS countries account for one-fifth of global trade
    Query("Pezeshkian one-fifth of global trade", "e065690c", "cross-paragraph"),
    # Word forms: another form of a word the text uses
    # ¶37 "the victory of the Soviet Red Army against Nazi Germany … defeated it"; 003 L35 "the defeat
    # of Nazi Germany and Japanese militarism"
    Query("Red Army defeating Nazi Germany", "f78fdcd6", "word-form", also=("b39d8185",)),
    # 001 L14 "Liu Qibao visited the Russian World War II veteran Lev Abramov"
    Query("Liu Qibao visiting a Russian war veteran", "054ef6fb", "word-form"),
    # ¶479 "President Xi Jinping recalled how our two countries had once stood together as allies and
    # fought shoulder to shoulder"
    Query("Xi recalling allies fighting shoulder to shoulder", "ac7222d4", "word-form"),
    # ¶125 "a court in Warsaw trying a Nazi for his part in the Holocaust"
    Query("film of a Nazi tried by a court in Warsaw", "ccf1d4fa", "word-form"),
    # ¶115 "Anna May Wong … portrays the lady of the film's title … a member of the resistance … the
    # group's leader"
    Query("Anna May Wong portraying a resistance leader", "ccf1d4fa", "word-form"),
    # ¶19 Prime Minister Fico "said it is an honour to be invited to China"
    Query("Fico honoured to be invited to China", "faecd2e1", "word-form"),
    # Other scripts and other romanisations
    Query("Самдек Течо Хун Сен", "20f574be", "translit"),  # Samdech Techo Hun Sen ¶154
    # Kassym-Jomart Tokayev ¶405, in the romanisation of the Russian spelling (Касым-Жомарт)
    Query("Kasym-Zhomart Tokayev", "26d64f12", "translit"),
    Query("Дэн Сяопин", "38a7d84f", "translit"),  # Deng Xiaoping Theory ¶383
    Query("Alexander Lukashenko", "0e5d6094", "translit"),  # "Aleksandr Lukashenko" ¶263, another romanisation
    # Russian (names only: seeds/ has no Russian text)
    Query("Мостафа Мадбули Гутерриш", "26d64f12", "russian"),  # Mostafa Madbouly ¶405/411/413; Guterres ¶405–409
    # Xi Jinping (everywhere) and Shavkat Mirziyoyev ¶207/209, whom only this article names
    Query("Си Цзиньпин и Мирзиёев", "3a9fa4ed", "russian"),
    # Spanish
    # ¶323 "los trabajadores se reunían en la plaza para hacer baile/ejercicio por las mañanas"
    Query("trabajadores bailando en la plaza por las mañanas", "dde32893", "spanish"),
    # ¶345 "acaban de celebrar haber alcanzado 100 millones de miembros" (El Partido Comunista)
    Query("100 millones de miembros del Partido", "dde32893", "spanish"),
    # Chinese (names in Chinese characters: seeds/ has Chinese only in 003 L20)
    Query("西哈莫尼 莫尼列", "5a5d8582", "chinese"),  # King Norodom Sihamoni and Queen Mother Monineath ¶235–241
    Query("帕希尼扬 卢卡申科", "0e5d6094", "chinese"),  # Pashinyan ¶257/259, Lukashenko ¶263/265
    # Chat mentions around the real words
    # ¶199 "the principle of amity, sincerity, mutual benefit and inclusiveness", President Khurelsukh
    Query("<#4417> Khurelsukh amity sincerity inclusiveness", "c061f0a1", "mention-noise"),
    # ¶219 Kim Jong Un joined Putin in flanking Xi "on the rostrum of Tienanmen Square"
    Query("@everyone\u200b Tienanmen rostrum Kim Jong Un Putin", "eca32116", "mention-noise"),
    # ¶435 "carry forward the Shanghai Spirit … in the following five ways"
    Query("@here\u200b Shanghai Spirit five ways", "9e49ddff", "mention-noise"),
    # Typos
    # ¶39 "The victory of China is the victory of the Bolivarians."
    Query("Bolivarrians victory", "f78fdcd6", "typo"),
    Query("Zhongnanhia", "5a5d8582", "typo"),  # Zhongnanhai ¶237, where Xi met the King and the Queen Mother
    # Names
    Query("Vladimir Padrino defence minister", "f78fdcd6", "name"),  # ¶33 "Defence Minister Vladimir Padrino", ¶53
    # ¶67/69/73 General Secretary To Lam; 20f574be ¶145 "To Lam, General Secretary of the Communist
    # Party of Vietnam", welcoming the Lao leader
    Query("To Lam General Secretary", "362ba691", "name", also=("20f574be",)),
    # Phrases
    Query("fend off foreign pressure", "b39d8185", "phrase"),  # 003 L17
    Query("countercurrents of unilateralism and protectionism", "362ba691", "phrase"),  # ¶71
    Query("trying to make amends for his past efforts", "ac7222d4", "phrase"),  # ¶521
    # Natural questions
    # ¶515 Arthur Clegg's memoir, 'Aid China – 1937-1949', published in 1989
    Query("when did Arthur Clegg publish his memoir?", "ac7222d4", "question"),
    # ¶485 "leading his pupils on a month-long 1,100 kilometre (700 miles) journey"
    Query("how long was Hogg's march with his pupils?", "ac7222d4", "question"),
    # ¶219 "since founding President Kim Il Sung participated in the 1959 tenth anniversary celebrations"
    Query("when did Kim Il Sung review a parade in China?", "eca32116", "question"),
    # Topics
    # ¶537 "Concrete examples from Botswana, Laos, Nepal, and Egypt countered Western claims of 'debt traps.'"
    Query("debt trap claims countered by Global South examples", "6710eba1", "topic"),
    # ¶417 "ensure the safety and security of Chinese personnel, institutions, and projects in Myanmar"
    Query("protecting Chinese personnel and projects in Myanmar", "26d64f12", "topic"),
    # 003 L17 "Cross-support on issues like Taiwan, Ukraine, and internal political stability"; L51 Taiwan
    Query("cross-support on Taiwan and Ukraine", "b39d8185", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Abu Dhabi Louvre exhibitions",  # Crown Prince of Abu Dhabi (e065690c); no Louvre anywhere
    "Ho Chi Minh City metro line",  # Ho Chi Minh the leader (362ba691); the city nowhere
    "Kazakhstan oil pipeline to China",  # Kazakhstan (26d64f12); no oil or pipeline anywhere
    "金正恩 导弹试验",  # Kim Jong Un in Chinese (eca32116); missile tests nowhere
    "Zimbabwe gold-backed currency",  # Zimbabwe (faecd2e1); gold = Liddell's Olympic gold (7ab1f62c)
    "Cuban cigars exports to China",  # Cuba (d807680a, 20f574be); no cigars or exports anywhere
    "Hun Manet West Point",  # Hun Manet (5a5d8582); his studies nowhere
    "Эрик Лидделл Огненные колесницы",  # Eric Liddell in Cyrillic (7ab1f62c); the film Chariots of Fire nowhere
    "Slovak prime minister shot",  # Slovak Prime Minister Robert Fico (faecd2e1); no shooting anywhere
    "Jiayuguan Great Wall fort tickets",  # Jiayuguan (dde32893); "a great wall with flesh and blood" (38a7d84f)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Bert Collier Leyland", "1a5eadfb", "cross-paragraph"),  # title L1/L3; the Leyland double-decker L8
    Query("Joan Petty St Mary's Church", "1a5eadfb", "cross-paragraph"),  # his wife L10; the funeral L11
    Query("Anna Pell Ashby Cut", "48334ea3", "cross-paragraph"),  # a judge L10; the Ashby Cut L4/L7/L13/L14
    Query("Violet Hanley Clean Air Act", "7eb082f0", "cross-paragraph"),  # the nurse L10; the Act L9/L14
    Query("Harold Fenn plaque", "19b8d04e", "cross-paragraph"),  # the signalman L5; the plaque L17
    Query("Ruth Okafor Holburne Museum", "333332da", "cross-paragraph"),  # the chair L5; the coach trip L11
    Query("Alan Pryce car No. 27", "65cdaa72", "cross-paragraph"),  # the chairman L8; car No. 27 L3/L7
    Query("Gwen Tallis eclipse", "8ec04d4a", "cross-paragraph"),  # the byline L2; the eclipse L4
    # the town L2/L3 (Заречинска); the depot on Садовой улице L7/L12
    Query("Заречинск депо на Садовой", "805c1294", "cross-paragraph"),
    # Word forms
    # title "museum founder"; L3 "has died at the age of 84"
    Query("bus museum founder dies at 84", "1a5eadfb", "word-form"),
    # L6 "Two arches of the Kelmoor viaduct collapsed", title "NIGHT OF FLOODS"; 19b8d04e is the
    # anniversary of the same fall (L3, L13 "photographs of the collapse")
    Query("viaduct collapsing in the floods", "51b8f414", "word-form", also=("19b8d04e",)),
    # L9 "a lottery grant to repair the wharf crane, and the crane was lifted back into place"
    Query("lottery grant to lift the wharf crane", "48334ea3", "word-form"),
    # L6 "Theatres closed because the audience could not see the stage"; the fog L4/L7
    Query("theatres closing because of the fog", "7eb082f0", "word-form"),
    # L5 "The procession … winds down to the old toll house by the river"
    Query("lantern procession winding down to the toll house", "ce3df86a", "word-form"),
    # L6 "the rooks all went home to roost"; the eclipse L4
    Query("rooks going home to roost during the eclipse", "8ec04d4a", "word-form"),
    Query("tar melted on the lane", "8ec04d4a", "word-form"),  # L12 "the tar melting on the lane"
    # L7 "volunteers have spent every weekend since polishing its woodwork" (car No. 27, a tram)
    Query("volunteers polished the tram's woodwork", "65cdaa72", "word-form"),
    # L19 "The medieval market cross, damaged by a delivery lorry"
    Query("lorry damaging the market cross", "e0d9ebf6", "word-form"),
    # Other scripts and other romanisations
    Query("Берт Кольер", "1a5eadfb", "translit"),  # Bert Collier, title and L3
    Query("Gugong Bowuyuan", "a0e0467b", "translit"),  # pinyin of 故宫博物院, title and L3/L5/L11/L12/L15
    Query("Qianqingmen", "a0e0467b", "translit"),  # pinyin of 乾清门 L3
    Query("Zarechinsk", "805c1294", "translit"),  # Заречинск L2/L3
    Query("Холлингсворт", "65cdaa72", "translit"),  # Hollingsworth L2/L12
    # Russian
    Query("парад старых вагонов в полдень", "805c1294", "russian"),  # L8
    Query("бесплатный проезд для ветеранов депо", "805c1294", "russian"),  # L10
    Query("выставка Век трамвая", "805c1294", "russian"),  # L9 "откроет выставку «Век трамвая»"
    # Spanish
    Query("estructura de hierro traída de Bilbao", "f783f3cd", "spanish"),  # L5
    Query("bodas de oro con una gran paella", "f783f3cd", "spanish"),  # L6
    # L14 "una avería eléctrica dejó el mercado sin luz durante seis horas"
    Query("avería eléctrica sin luz seis horas", "f783f3cd", "spanish"),
    # Chinese
    Query("紫禁城九十年特展", "a0e0467b", "chinese"),  # L5
    Query("每日最多接待八万人次", "a0e0467b", "chinese"),  # L7
    Query("乾清门 限流", "a0e0467b", "chinese"),  # L3 the opening ceremony; L7 the daily cap (cross-paragraph)
    # Chat mentions around the real words
    Query("@everyone Tollgate Lantern Fair parking", "ce3df86a", "mention-noise"),  # title, L3; parking L7
    # L4 "launched 'Water and Iron', an open photography competition"
    Query("<@123456789012345678> Water and Iron photography competition", "48334ea3", "mention-noise"),
    Query("\u200bMarlow\u200b Street\u200b Gallery\u200b AGM\u200b", "333332da", "mention-noise"),  # title; AGM L5
    # Typos
    Query("Holingsworth transport museum", "65cdaa72", "typo"),  # Hollingsworth Transport Museum L2
    Query("Tollgate Lanturn Fair", "ce3df86a", "typo"),  # Lantern, title and L3
    Query("Wharfside Canal Musuem", "48334ea3", "typo"),  # Museum L2/L4
    # Names
    Query("June Marsh", "19b8d04e", "name"),  # the society secretary L13
    Query("Paul Hendry", "333332da", "name"),  # the spring lecture L9
    Query("Town Clerk Cowley", "18b0968e", "name"),  # "Signed: R. J. Cowley, Town Clerk" L15; L8
    # Phrases
    Query("the man who got the nurses home", "1a5eadfb", "phrase"),  # L6
    Query("heard the stones go like thunder", "19b8d04e", "phrase"),  # L5
    Query("could not see my own feet", "7eb082f0", "phrase"),  # L10
    # Natural questions
    Query("when did the Clean Air Act receive Royal Assent?", "7eb082f0", "question"),  # L9 5 July 1956
    Query("how much did the old Leyland double-decker cost?", "1a5eadfb", "question"),  # L8 £300
    # L5 "the consultation held from 2 to 29 November last year, to which 61 traders responded"
    Query("how many traders responded to the market tolls consultation?", "18b0968e", "question"),
    # Topics
    Query("coach trip to Bath", "333332da", "topic"),  # L11
    Query("automatic rain gauge", "8ec04d4a", "topic"),  # L20 "a rain gauge that records automatically"
    # title "Market cross to be restored"; L19 "The medieval market cross … will be repaired"
    Query("restoring the medieval market cross", "e0d9ebf6", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Leyland bus engine spare parts",  # the Leyland double-decker (1a5eadfb)
    "Holburne Museum opening hours",  # the coach trip to the Holburne Museum (333332da)
    "London smog Netflix series",  # the smog (7eb082f0)
    "Ashby Cut narrowboat moorings",  # the Ashby Cut (48334ea3)
    "Harrogate hotels",  # the award dinner in Harrogate (cb2d8117)
    "Duke of Kent biography",  # the Duke of Kent reopened the cross in 1974 (e0d9ebf6)
    "Tamar valley walking routes",  # the lecture on the painters of the Tamar valley (333332da)
    "next total solar eclipse in Cornwall",  # the 1999 eclipse (8ec04d4a)
    "entradas del museo Guggenheim de Bilbao",  # the iron from Bilbao (f783f3cd)
    "расписание трамваев Заречинск",  # Заречинск, its four tram routes (805c1294); no timetable
    "故宫文创口红",  # 故宫 (a0e0467b)
    "St Barnabas Hospital car parking charges",  # St Barnabas Hospital (7eb082f0); parking (ce3df86a)
    "British Rail privatisation",  # British Rail (51b8f414, b7082d8f)
    "Redbridge Courier subscription price",  # The Redbridge Courier (1a5eadfb)
    "Coldharbour Lock fishing permits",  # Coldharbour Lock (48334ea3)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind28/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
