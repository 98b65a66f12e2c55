"""A thirteenth lookup query set, for tuning ranking. It is meant to be tuned on: it is a tuning set,
not a blind one (once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind11.py; no query here is a
  copy or near-copy of a query in those files (a throwaway script compared the word sets of every
  query, script by script, with every earlier one, and queries that shared too many words with one
  were given other words or replaced).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind25/docs, copied as ONE
  corpus into a subfolder blind25/ (see NEWDOCS_DIRS). No earlier query set used these documents.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 8 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 7
(the query uses another form of a word the text uses, in both directions and including irregular
forms: calling/called, sacrificing/sacrifices, conveying/conveyed, waging/waged,
familiarizing/familiarized, hosting/hosted, killing/killed, frozen/froze, restoring/restored,
teaching/taught, winning/won, laying/laid, resurfaced/resurfacing), translit 6 + 6 (another script
or romanisation than the text: Cyrillic and Chinese for Latin names, Wade-Giles for pinyin, Latin
and pinyin for Cyrillic and Chinese), russian 3 + 3, spanish 3 + 3, chinese 3 + 3, mention-noise
3 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2
edits), name 3 + 3, phrase 4 + 3, question 4 + 4, topic 3 + 4: 48 + 50 answerable, and 13 + 13
unanswerable. Every answerable query can be answered from the documents' own words in some form,
spelling or script (names written in another script included); the russian and chinese queries over
seeds/ are names and loanwords written in those scripts, since seeds/ holds no Russian text and
only one line of Chinese.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full (the titles of all of
them were skimmed). Each query was then written from a passage of its article, and every word of it
(and a stem of it, for the other forms) was matched over the whole corpus, case- and
accent-insensitively (ё as е), by a throwaway script that listed every article and paragraph
holding it; those paragraphs were read to decide which article a reader wants first (`best`) and
which others are fair answers too (`also`). For cross-paragraph queries the same script checked
that no paragraph (title line included) holds all of the query's words. The unanswerable queries
share one or more words with their corpus on purpose; every article mentioning those words was
read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind25/docs/* into ONE temporary
# corpus folder under the subfolder blind25/: files are then "blind25/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind25/docs",)
NEWDOCS_SUBDIRS = ("blind25",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "20e70922": "Fifty years on, Fellgate will read the Brackwell names",
    "eca24fb1": "Calderbrook Silver Band — from the Echo's files",
    "786e0f58": "CALDERBROOK TRIUMPH AT AREA CONTEST",
    "3b36358c": "NEW BANDROOM OPENS",
    "d24a6720": "BANDMASTER LAYS DOWN HIS BATON",
    "1277ba14": "BRACKWELL DEAD REMEMBERED",
    "751de77c": "WINDING WHEEL RESTORED",
    "3a4093a7": "GALA DAY RETURNS",
    "b872f27a": "Hawkridge Library marks fifty years on Castle Street",
    "9bbecab9": "Obituary: Captain Margaret Ferrier, airline pilot",
    "6168a98a": "Ravensmoor District Council",
    "8b54ade8": "Skylark Flying Group — Summer Newsletter",
    "9a4cdb77": "St Bride's Church — Lunchtime Organ Recitals",
    "739342db": "Thirty years behind the counter",
    "b1c0e3f9": "PRESS RELEASE",
    "69f95bf4": "El Festival de Jazz de Villanueva de la Sierra cumple veinticinco ediciones",
    "73b01241": "Центральной библиотеке Заречного — 100 лет",
    "21024a22": "鹤岭煤矿博物馆开馆十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    Query("Xinhua feature internment camp", "7ab1f62c", "cross-paragraph"),  # Xinhua ¶283/287; the camp ¶285
    # 'Ocean Devil', the biography ¶489; the film starring Jonathan Rhys Meyers ¶491
    Query("MacManus biography Rhys Meyers", "ac7222d4", "cross-paragraph"),
    # "the victory of the Bolivarians" ¶39; "originally published in Spanish by Telesur" ¶49
    Query("Telesur Bolivarians", "f78fdcd6", "cross-paragraph"),
    Query("Guterres pauk-phaw", "26d64f12", "cross-paragraph"),  # Guterres ¶405–409; pauk-phaw ¶415/419
    # 000 line 3/10 the Noraa; line 7 Lavrov in Wonsan announcing a monument (f78fdcd6 has other monuments)
    Query("Noraa Wonsan monument", "097182f6", "cross-paragraph"),
    # ¶221 greeted at Beijing Railway Station; ¶219 Kim Il Sung at the 1959 tenth anniversary celebrations
    Query("Beijing Railway Station 1959 celebrations", "eca32116", "cross-paragraph"),
    # ¶549 cities in Shaanxi and Gansu; ¶541 "Discussions at Fudan University"
    Query("Shaanxi Fudan discussions", "6710eba1", "cross-paragraph"),
    # Word forms: another form of a word the text uses
    # ¶467 Ramaphosa "called on BRICS to 'play a critical role …'"
    Query("Ramaphosa calling on BRICS to play a critical role", "e065690c", "word-form"),
    # ¶275 "a great number of Scots made contributions and sacrifices for the victory"; ¶281 the same
    Query("Scots sacrificing for China's victory", "7ab1f62c", "word-form"),
    # ¶67 "Zhao Leji conveyed General Secretary Xi Jinping's cordial greetings"
    Query("Zhao Leji conveying cordial greetings", "362ba691", "word-form"),
    # ¶451 "warfare currently being waged by the US Trump administration"
    Query("Trump administration waging economic warfare", "e065690c", "word-form"),
    # 001 line 12 "where he familiarized with the works on the construction of the memorial complex"
    Query("Liu Qibao familiarizing himself with the memorial complex construction", "054ef6fb", "word-form"),
    # ¶385 "Xi hosted a lunch in the Great Hall of the People for visiting foreign heads of state"
    Query("Xi hosting a lunch for foreign heads of state", "38a7d84f", "word-form"),
    # Other scripts and other romanisations
    Query("Реви Алли", "ac7222d4", "translit"),  # Rewi Alley ¶495
    Query("Сидни Лавинг", "dde32893", "translit"),  # Sydney Loving ¶297–301/305
    Query("埃里克·利德尔", "7ab1f62c", "translit"),  # Eric Liddell ¶275/285/287
    Query("Ch'ing-hua University", "ac7222d4", "translit"),  # Wade-Giles of Tsinghua (Qinghua) University ¶475
    Query("Chiayukuan", "dde32893", "translit"),  # Wade-Giles of Jiayuguan ¶307/335/345
    Query("Дэвид Хорсли", "ccf1d4fa", "translit"),  # David Horsley ¶111/123
    # Russian (names and loanwords in Cyrillic)
    Query("Кит Беннетт Цинхуа", "ac7222d4", "russian"),  # Keith Bennett at Tsinghua University ¶475
    Query("Абдель Фаттах ас-Сиси", "e065690c", "russian"),  # Abdel Fattah El-Sisi ¶451
    # Ken Hammond ¶363, a speaker at the webinar ¶349/355 (вебинар is the loanword)
    Query("Кен Хэммонд вебинар", "d89fdf72", "russian"),
    # Spanish
    Query("las hambrunas provocadas por el hombre", "dde32893", "spanish"),  # ¶313
    Query("parques y jardines en todas partes", "dde32893", "spanish"),  # ¶323
    # ¶325 "los museos y sitios estaban llenos de niños, ancianos y familias"
    Query("museos llenos de niños y ancianos", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("米尔济约耶夫 乌兹别克斯坦", "3a9fa4ed", "chinese"),  # Mirziyoyev, Uzbekistan ¶203/207/209
    Query("卢拉 巴西", "e065690c", "chinese"),  # Lula, Brazil ¶451/463
    Query("托卡耶夫 哈萨克斯坦", "26d64f12", "chinese"),  # Tokayev, Kazakhstan title and ¶405
    # Chat mentions around the real words
    # ¶515 Arthur Clegg's memoir 'Aid China – 1937-1949'
    Query("\u200bAid China\u200b 1937\u200b memoir\u200b", "ac7222d4", "mention-noise"),
    # ¶25 "the first country to reach an early harvest arrangement with China"
    Query("@everyone early harvest arrangement", "faecd2e1", "mention-noise"),
    # ¶145 "the participation of Lao People's Army soldiers in the National Day parade";
    # 362ba691 ¶77 the troops from Laos in the same Hanoi parade
    Query("<#998877> Lao People's Army soldiers", "20f574be", "mention-noise", also=("362ba691",)),
    # Typos
    Query("Childern of Huang Shi", "ac7222d4", "typo"),  # 'The Children of Huang Shi' ¶491
    Query("multipolar instituions", "b39d8185", "typo"),  # 003 line 14 "Through Multipolar Institutions"
    Query("Chinese Expeditionery Force", "7ab1f62c", "typo"),  # Expeditionary ¶275
    # Names
    Query("Denis Sassou Nguesso", "faecd2e1", "name"),  # ¶23
    Query("Crown Prince of Abu Dhabi", "e065690c", "name"),  # Khaled bin Mohamed ¶451
    Query("Yin Yong Mayor of Beijing", "eca32116", "name"),  # ¶221
    # Phrases
    Query("a man free from vulgar interests", "7ab1f62c", "phrase"),  # Mao on Bethune ¶275
    Query("the sixty-odd peasant and refugee kids", "ac7222d4", "phrase"),  # Rewi Alley ¶497
    Query("a sister power, a friendly power", "f78fdcd6", "phrase"),  # Maduro ¶41
    Query("justice, light and progress will inevitably triumph", "38a7d84f", "phrase"),  # ¶393
    # Natural questions
    Query("how old was George Hogg when he died?", "ac7222d4", "question"),  # ¶483 "died of tetanus aged just 30"
    # ¶521 "the same Younghusband who had led the 1905 British invasion aimed at separating Xizang (Tibet)"
    Query("who led the 1905 British invasion of Tibet?", "ac7222d4", "question"),
    # ¶7 "this year marks the 45th anniversary of the establishment of diplomatic relations"; ¶11
    Query("when did China and Zimbabwe establish diplomatic relations?", "faecd2e1", "question"),
    # ¶49 "That in Orinoco Tribune was originally published in Spanish by Telesur"
    Query("what language was the Orinoco Tribune article first published in?", "f78fdcd6", "question"),
    # Topics
    # ¶541 "from AI-driven renewable energy management to robotics in industry"
    Query("AI-driven renewable energy management", "6710eba1", "topic"),
    # ¶543 "Chinese socialism offers valuable lessons in poverty eradication"
    Query("poverty eradication lessons", "6710eba1", "topic"),
    # ¶111 "a season of Anna May Wong's films, currently showing at the British Film Institute (BFI)"
    Query("film season at the British Film Institute", "ccf1d4fa", "topic"),
)

# Nothing in the five seed files answers these; each shares a word or two with them on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Minyuan Stadium concert tickets",  # Minyuan Stadium (7ab1f62c ¶291); no concerts, no tickets
    "Venezuela inflation rate",  # Venezuela (f78fdcd6); no economy figures
    "Gobi desert sandstorm forecast",  # desierto Gobi (dde32893 ¶333/335)
    "Slovakia euro adoption",  # Slovakia (faecd2e1 ¶13–21, NATO and EU only)
    "Pakistan monsoon floods",  # Pakistan (3a9fa4ed ¶211/213)
    "Belarus potato harvest",  # Belarus (0e5d6094, 20f574be); "early harvest arrangement" (faecd2e1)
    "Mongolia Naadam festival",  # Mongolia (c061f0a1, d89fdf72)
    "Cambodia rice exports",  # Cambodia (5a5d8582 and others); trade and investment only
    "Zimbabwe tobacco farming",  # Zimbabwe (faecd2e1 ¶5–11: infrastructure, mining, trade)
    "Egypt Suez Canal revenue",  # Egypt (26d64f12 ¶411/413, e065690c, 6710eba1)
    "Пашинян Карабах",  # Pashinyan in Cyrillic (0e5d6094 ¶257/259); Karabakh nowhere
    "horario de los museos de Xi'an",  # museos, Xi'an (dde32893 ¶325); no opening hours
    "俄罗斯联邦总统选举",  # 俄罗斯联邦 (003 line 20); no election
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Margaret Lowes funerals", "20e70922", "cross-paragraph"),  # the committee chair ¶12; the funerals ¶6/10
    Query("Priya Dhanda Castle Inn", "b872f27a", "cross-paragraph"),  # the chief librarian ¶10/13; the lunch ¶15
    Query("Isobel Kirkcudbright", "9bbecab9", "cross-paragraph"),  # her sister ¶15; her birthplace ¶5
    Query("Crosby Oxley Bridge", "6168a98a", "cross-paragraph"),  # the signature ¶12; the branch library ¶5
    Query("Trevor Oakes Kestrel Hotel", "8b54ade8", "cross-paragraph"),  # the chairman ¶24; the dinner ¶13
    Query("Громов Библионочь", "73b01241", "cross-paragraph"),  # the first head ¶5; the library night ¶13
    Query("刘晓明 二期展厅", "21024a22", "cross-paragraph"),  # the reporter ¶3; the second-phase hall ¶13
    Query("Gaz Whitlock Chapel Street", "739342db", "cross-paragraph"),  # the blogger ¶2; the shop's move ¶7
    # Word forms
    # ¶3 "the explosion at Brackwell Pit that killed eleven men"; 1277ba14 ¶6 the same, thirty-five years on
    Query("Brackwell explosion killing eleven men", "20e70922", "word-form", also=("1277ba14",)),
    # ¶4 "The pipes froze on 18 January"; the record shop ¶3/15
    Query("frozen pipes at the record shop", "739342db", "word-form"),
    # title "WINDING WHEEL RESTORED", ¶13 the Harrowby Colliery wheel "after two years of restoration"
    Query("restoring the Harrowby winding wheel", "751de77c", "word-form"),
    # ¶13 "she taught navigation at evening classes"
    Query("Ferrier teaching navigation at evening classes", "9bbecab9", "word-form"),
    Query("Wilbur winning the coin toss", "b1c0e3f9", "word-form"),  # ¶6 "Wilbur had won the coin toss"
    # ¶5 "The foundation stone was laid on 21 April"
    Query("laying the library foundation stone", "b872f27a", "word-form"),
    # ¶19 "the runway will be closed for resurfacing from 21 to 25 July"; Longmere airfield ¶7
    Query("Longmere runway resurfaced in July", "8b54ade8", "word-form"),
    # Other scripts and other romanisations
    Query("Маргарет Ферриер", "9bbecab9", "translit"),  # Margaret Ferrier, title and ¶3/23
    # Latin for "Центральной библиотеке Заречного" (title) / "Центральная городская библиотека" ¶3
    Query("Tsentralnaya biblioteka Zarechnogo", "73b01241", "translit"),
    Query("Heling meikuang bowuguan", "21024a22", "translit"),  # pinyin of 鹤岭煤矿博物馆, title and ¶3
    Query("Хулиан Аркос", "69f95bf4", "translit"),  # Julián Arcos ¶4/12
    Query("Irina Volkova", "73b01241", "translit"),  # Ирина Волкова ¶15
    Query("奥维尔·莱特", "b1c0e3f9", "translit"),  # Orville Wright ¶5
    # Russian
    Query("библиотека на площади Мира", "73b01241", "russian"),  # ¶7
    Query("зал краеведения открылся", "73b01241", "russian"),  # ¶9
    Query("детский филиал микрорайон Южный", "73b01241", "russian"),  # ¶15
    # Spanish
    Query("concierto de clausura de la vigésima quinta edición", "69f95bf4", "spanish"),  # ¶3
    Query("saxofonista neoyorquino", "69f95bf4", "spanish"),  # Ray Dawkins ¶5
    Query("talleres para jóvenes músicos blues", "69f95bf4", "spanish"),  # ¶10
    # Chinese
    Query("老矿工口述历史项目", "21024a22", "chinese"),  # ¶9 “老矿工口述历史”项目
    Query("第一批学生参观团", "21024a22", "chinese"),  # ¶5
    Query("矿山记忆开放日", "21024a22", "chinese"),  # ¶11 “矿山记忆”主题开放日
    # Chat mentions around the real words
    Query("@everyone Cinder Path night tickets", "739342db", "mention-noise"),  # ¶14
    Query("<@445566778899001122> Isle of Cray fly-out", "8b54ade8", "mention-noise"),  # ¶9
    Query("\u200bTwelve\u200b Seconds\u200b exhibition\u200b", "b1c0e3f9", "mention-noise"),  # ¶7
    # Typos
    Query("Calderbrok bandroom", "3b36358c", "typo"),  # Calderbrook, title and ¶8/9
    Query("Ravensmore library consultation", "6168a98a", "typo"),  # Ravensmoor ¶1/7/15; consultation ¶4/11
    Query("Helen Carick Buxtehude", "9a4cdb77", "typo"),  # Helen Carrick ¶4
    # Names
    Query("Agnes Threlfall", "b872f27a", "name"),  # ¶7
    Query("Jean Hollis", "3b36358c", "name"),  # ¶8
    Query("Ray Dawkins", "69f95bf4", "name"),  # ¶5
    # Phrases
    Query("no idea what I was doing", "739342db", "phrase"),  # ¶3
    Query("libraries are the opposite of bureaucracy", "b872f27a", "phrase"),  # ¶4
    Query("she could land in a gale and complain about the tea", "9bbecab9", "phrase"),  # ¶19
    # Natural questions
    # ¶21 "Her logbooks, covering more than 18,000 hours"
    Query("how many hours are in Margaret Ferrier's logbooks?", "9bbecab9", "question"),
    Query("how far did Orville Wright fly?", "b1c0e3f9", "question"),  # ¶5 "twelve seconds and about 120 feet"
    Query("when was the first Fellgate Miners' Gala?", "3a4093a7", "question"),  # ¶24 9 July 1921
    # ¶7 "It blamed a faulty lamp and poor ventilation"; 1277ba14 names the explosion, not its cause
    Query("what caused the Brackwell Pit explosion?", "20e70922", "question"),
    # Topics
    Query("branch library closure", "6168a98a", "topic"),  # ¶2/5 "The branch library at Oxley Bridge will close"
    Query("band contest first prize", "786e0f58", "topic"),  # title and ¶4
    # ¶11 "An exhibition of photographs from the rescue runs at the Fellgate Mining Museum"
    Query("pit rescue photographs exhibition", "20e70922", "topic"),
    # ¶3 "the organ restoration fund", ¶12 "The restoration appeal"
    Query("organ restoration appeal", "9a4cdb77", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Brackwell Pit annual coal output",  # Brackwell Pit (20e70922, 1277ba14); no output figures
    "Calderbrook Silver Band CD recordings for sale",  # the band (eca24fb1, 786e0f58, 3b36358c, d24a6720)
    "Hawkridge Library e-book lending app",  # Hawkridge Library (b872f27a); "broadcast online" ¶10 only
    "Ravensmoor council tax increase",  # Ravensmoor District Council (6168a98a)
    "Skylark Flying Group aircraft hire rates",  # the group (8b54ade8): trial lessons, dinner tickets, fees
    "St Bride's Church wedding bookings",  # St Bride's Church (9a4cdb77)
    "Vinyl Attic online shop delivery",  # Vinyl Attic, the shop (739342db)
    "Wright brothers childhood home",  # the Wright brothers (b1c0e3f9 ¶4/5)
    "Kill Devil Hills beach holidays",  # Kill Devil Hills (b1c0e3f9 ¶5)
    "Glasgow to Jersey flights",  # her last service from Glasgow to Jersey (9bbecab9 ¶11)
    "precio de las entradas del festival de jazz",  # the festival (69f95bf4); no ticket prices
    "библиотека Заречного часы работы",  # the library (73b01241); no opening hours
    "鹤岭煤矿博物馆门票价格",  # the museum (21024a22); no ticket prices
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind25/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
