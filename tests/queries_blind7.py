"""A seventh blind lookup query set. It was written after tests/queries_blind6.py, so that later
ranking work has a set it has never seen. It has never been used to tune anything and is to be
scored once, at the end of that work: once it is used for tuning it is in-sample, and a new blind
set is needed.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind6.py; no query here is a
  copy or near-copy of a query in those files (a throwaway script compared the word sets of every
  query with every earlier one, and queries that shared too many words with one were given other
  words or rewritten).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind12/docs, copied as ONE
  corpus into a subfolder blind12/ (see NEWDOCS_DIRS). No earlier query set used these documents.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 10 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 7
(the query uses another form of a word the text uses, in both directions and including irregular
forms: devoted/devoting, carrying/carried, win/won, stunning/stunned, surrendered/surrender,
receiving/received, rusting/rusted, replaced/replacing, breaking/broke, pooling/pooled,
going/went, climbing/climb, sweeping/sweep), translit 7 + 7 (another script or
romanisation than the text: Cyrillic and Chinese for Latin names, Latin for Cyrillic, pinyin for
Chinese, Wade-Giles for pinyin, accents dropped), russian 3 + 3, spanish 3 + 3, chinese 2 + 3,
mention-noise 2 + 4 (Discord/Telegram mentions and zero-width spaces around the real words),
typo 3 + 4 (1–2 edits), name 3 + 4, phrase 3 + 3, question 4 + 5, topic 3 + 4: 46 + 57
answerable, and 13 + 13 unanswerable.
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

# The new-documents corpus is assembled by copying tests/gold/blind12/docs/* into ONE temporary
# corpus folder under the subfolder blind12/: files are then "blind12/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind12/docs",)
NEWDOCS_SUBDIRS = ("blind12",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "2984a3fe": "Dunmore's iron bridge reopens after a spring of repairs",
    "304c64cb": "Harold Quaile, newspaperman",
    "e4c2d492": "From the Kelsby Courier archive: the Kelsby & District Co-operative Society",
    "0bde7977": "Co-op members vote to keep the dividend",
    "01938a38": "Kelsby Co-op opens its first supermarket",
    "8485b55f": "Society marks 145 years with a street festival",
    "27a49aa3": "Friends of Larkhollow Zoo — Autumn Newsletter",
    "dba13b3b": "A penny for your letter: the Hexworth Postal Museum remembers the Penny Black",
    "9788ae11": "Pennyfold Post Office — holiday opening hours",
    "67f99bf2": "Scarbeck Mountaineering Club: stories from the Fellside Gazette",
    "8ba5e4e4": "Club's first women-only meet on the Scarbeck crags",
    "3b097c3c": "Rebuilt club hut ready for the summer",
    "518c67de": "Scarbeck climber completes the Munros",
    "c9168179": "Seventy years of the Langdale hut",
    "58b67a91": "Press release: Ashworth Botanic Garden announces Winter Lights",
    "70ac2724": "El Club Andino de Villa del Manzano celebra los 125 años de la primera cumbre del Aconcagua",
    "5b8454f0": "«Старомлынскому вестнику» — 70 лет",
    "76138e2d": "临溪动物园迎来建园四十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files (the two digests by the line in the digest file).

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # To Lam ¶67/69/73 (the parade ¶73); the foreign troops' rehearsals ¶77
    Query("To Lam parade rehearsals", "362ba691", "cross-paragraph"),
    # the UN Charter in Guterres's reply ¶409; desalination in Madbouly's reply ¶413
    Query("UN Charter seawater desalination", "26d64f12", "cross-paragraph"),
    Query("David Horsley Warsaw", "ccf1d4fa", "cross-paragraph"),  # the reviewer ¶111/123; the Warsaw court ¶125
    Query("Ocean Devil Daily Worker", "ac7222d4", "cross-paragraph"),  # the biography ¶489; the newspaper ¶507
    Query("Yasukuni Taiwan independence", "b39d8185", "cross-paragraph"),  # 003 line 41; line 51
    # the SCO and separatism ¶433; the Development Strategy to 2035 ¶443
    Query("SCO 2035 strategy separatism", "9e49ddff", "cross-paragraph"),
    Query("Pashinyan metrology", "0e5d6094", "cross-paragraph"),  # the prime minister ¶257/259; the documents ¶261
    # Word forms: another form of a word the text uses
    # ¶483 "after devoting the last nearly eight years of his tragically short life to the Chinese people"
    Query("Hogg devoted his short life to China", "ac7222d4", "word-form"),
    # ¶497 "The sixty-odd peasant and refugee kids who carried him out to his grave"; pupils ¶485
    Query("pupils carrying Hogg to his grave", "ac7222d4", "word-form"),
    # ¶291 "where Liddell himself won several medals" (the Minyuan Stadium in Tianjin)
    Query("did Liddell win medals in Tianjin", "7ab1f62c", "word-form"),
    # ¶285 "the Olympic champion who once stunned the world"
    Query("Olympic champion stunning the world", "7ab1f62c", "word-form"),
    # ¶355 "the 80th anniversary of Japan's surrender"
    Query("Japan surrendered 80 years ago webinar", "d89fdf72", "word-form"),
    # ¶521 "he even personally received a financial donation from a Colonel Younghusband"
    Query("Clegg receiving a donation from a colonel", "ac7222d4", "word-form"),
    # Other scripts and other romanisations
    Query("Нородом Сиамони", "5a5d8582", "translit"),  # King Norodom Sihamoni ¶235/239/241
    Query("Фам Минь Тинь", "362ba691", "translit"),  # Prime Minister Pham Minh Chinh ¶79
    Query("卢卡申科", "0e5d6094", "translit"),  # Lukashenko in Chinese characters ¶263/265
    Query("Antonio Guterres", "26d64f12", "translit"),  # António, accent dropped ¶405/407
    # Shantan is the Wade-Giles form of Shandan; Hogg was headmaster of the Shandan Bailie School ¶483/501
    Query("Hogg's school in Shantan", "ac7222d4", "translit"),
    # pinyin of 伟大卫国战争 (the Great Patriotic War) in the Chinese title, 003 line 20; c061f0a1
    # ¶193 names the Great Patriotic War in English (needs translation)
    Query("weida weiguo zhanzheng", "b39d8185", "translit", also=("c061f0a1",)),
    # Fidel Castro in Chinese characters; the title and ¶93 (20f574be ¶167 names him in passing)
    Query("菲德尔·卡斯特罗", "d807680a", "translit"),
    # Russian (names in Cyrillic)
    Query("Лула да Силва БРИКС", "e065690c", "russian"),  # Lula da Silva, BRICS ¶451
    Query("Роберт Фицо Словакия", "faecd2e1", "russian"),  # Robert Fico, Slovakia ¶13–21
    # Zhao Leji in Hanoi ¶65–75; 20f574be lists him among the guests at the Hanoi ceremony ¶143/156
    Query("Чжао Лэцзи Ханой", "362ba691", "russian", also=("20f574be",)),
    # Spanish
    # ¶335 "Hoy tiene una cobertura verde de 42% … y recuerda que esto es el desierto Gobi"
    Query("cobertura verde del 42% en el desierto", "dde32893", "spanish"),
    Query("calles limpias y caminables", "dde32893", "spanish"),  # ¶323
    # ¶315 "en el cual el Pensamiento Mao Zedong fue cristalizado y adoptado"
    Query("Pensamiento Mao Zedong cristalizado", "dde32893", "spanish"),
    # Chinese
    # names in Chinese characters: 拉马福萨 = Ramaphosa, 金砖国家 = BRICS countries ¶451/467
    Query("拉马福萨 金砖国家", "e065690c", "chinese"),
    # names in Chinese characters: 古特雷斯 = Guterres, 联合国秘书长 = UN Secretary-General ¶401–409
    Query("古特雷斯 联合国秘书长", "26d64f12", "chinese"),
    # Chat mentions around the real words
    # ¶161 Díaz-Canel's state visit to Laos (d807680a is his visit to China)
    Query("@here Díaz-Canel Laos state visit", "20f574be", "mention-noise"),
    Query("<@!302010405060708090> Fourth Dialogue on Exchanges", "6710eba1", "mention-noise"),  # ¶537
    # Typos
    Query("Nikol Pashinian", "0e5d6094", "typo"),  # Pashinyan ¶257
    Query("mausolem Hanoi", "362ba691", "typo"),  # the Ho Chi Minh Mausoleum ¶75; Hanoi ¶73
    Query("Buckingam Palace speech", "ac7222d4", "typo"),  # Buckingham ¶479
    # Names
    Query("Vladimir Padrino", "f78fdcd6", "name"),  # the defence minister ¶33/53
    Query("Vladimir Yakushev United Russia", "20f574be", "name"),  # ¶158
    Query("Cyril Ramaphosa", "e065690c", "name"),  # ¶451/467
    # Phrases
    Query("peace will prevail, the people will prevail", "faecd2e1", "phrase"),  # Fico ¶19
    Query("a simple grave at the end of the trail", "ac7222d4", "phrase"),  # Rewi Alley on Hogg ¶497
    Query("comrades as well as brothers", "362ba691", "phrase"),  # ¶63
    # Natural questions
    Query("who moderated the webinar?", "d89fdf72", "question"),  # ¶369 Radhika Desai, Moderator
    # ¶287 "setting a new Olympic and world record" at the 1924 Paris Olympics
    Query("what record did Liddell set in Paris?", "7ab1f62c", "question"),
    # ¶505 the CCC "was founded in late August or early September 1937"
    Query("when was the CCC set up?", "ac7222d4", "question"),
    # ¶405/411/413 Egyptian Prime Minister Mostafa Madbouly (e065690c ¶451 has Egypt's president)
    Query("who is Egypt's prime minister?", "26d64f12", "question"),
    # Topics
    # ¶551 "China's construction of n ecological civilisation"; dde32893 ¶337 (in Spanish) "la
    # modernización ecológica" in the desert (needs translation)
    Query("building an ecological civilisation", "6710eba1", "topic", also=("dde32893",)),
    # ¶147 "every victory in Vietnam's revolutionary cause has been closely tied to the heartfelt
    # support of the Lao party, state, and people"
    Query("Lao support for Vietnam's revolution", "20f574be", "topic"),
    Query("Uzbekistan green energy cooperation", "3a9fa4ed", "topic"),  # ¶207
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Edinburgh Castle entry fee",  # Edinburgh (7ab1f62c: the consulate, Liddell's return)
    "Serbia Eurovision entry",  # Serbia (faecd2e1 title)
    "Ethiopia Grand Renaissance Dam",  # Ethiopia (e065690c)
    "Abu Dhabi Formula 1 race",  # Abu Dhabi (e065690c)
    "Brazil rainforest deforestation",  # Brazil (e065690c)
    "Iran nuclear talks",  # Iran (3a9fa4ed title, e065690c); talks (eca32116)
    "Hungary Budapest thermal baths",  # Hungary (faecd2e1)
    "Warsaw uprising museum",  # Warsaw (ccf1d4fa); museums (dde32893)
    "Botswana diamond mines",  # Botswana (6710eba1); mining (faecd2e1, 3a9fa4ed)
    "Kyrgyzstan Issyk-Kul lake",  # Kyrgyzstan (0e5d6094 title, 3a9fa4ed)
    "India monsoon forecast",  # India (0e5d6094 title, e065690c)
    "苏联解体原因",  # 苏联 (b39d8185 line 20); the Soviet Union in English in many articles
    "alquiler de coches en Shanghái",  # Shanghái (dde32893)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Alderman Josiah Pell rivets", "2984a3fe", "cross-paragraph"),  # the mayor ¶5; the rivets ¶3/7
    # the deputy who took over ¶5; the hospital campaign ¶7
    Query("Sheila Mount cottage hospital", "304c64cb", "cross-paragraph"),
    Query("Winifred Hurst grocery", "01938a38", "cross-paragraph"),  # the ribbon ¶15; the old grocery ¶19
    Query("Rowland Hill Priya Nandra", "dba13b3b", "cross-paragraph"),  # the reformer ¶5; the curator ¶9
    Query("Greenhow volunteers", "3b097c3c", "cross-paragraph"),  # the founder ¶15; the rebuild ¶13
    Query("Bowfell Gimmer Crag", "c9168179", "cross-paragraph"),  # the first rescue ¶7; the ascent ¶9
    Query("Zurbriggen Plaza de Mulas", "70ac2724", "cross-paragraph"),  # the guide ¶3; the expedition ¶9
    Query("Валентина Лыкова выставка", "5b8454f0", "cross-paragraph"),  # the editor ¶7; the exhibition ¶11
    Query("熊猫馆 两栖爬行馆", "76138e2d", "cross-paragraph"),  # the panda house ¶7; the reptile house ¶9
    Query("Fiona Lamb preview evenings", "58b67a91", "cross-paragraph"),  # the director ¶11; the previews ¶7
    # Word forms
    # ¶3 "after contractors finished replacing forty rusted rivets"
    Query("rusting rivets replaced on the footbridge", "2984a3fe", "word-form"),
    # ¶7 "the night in 1972 when the presses broke down"
    Query("Examiner presses breaking down", "304c64cb", "word-form"),
    Query("mill workers pooling a pound", "0bde7977", "word-form"),  # ¶7 "who pooled a pound each"
    Query("Penny Black going on sale", "dba13b3b", "word-form"),  # ¶7 "The Penny Black went on sale"
    # ¶5 "Members carried the slates up from the road on their backs"
    Query("carrying slates up to the Langdale hut", "c9168179", "word-form"),
    # ¶23 "the first member … to climb all of Scotland's Munros"
    Query("Colin Breck climbing Scotland's Munros", "518c67de", "word-form"),
    # ¶5 "he left school at fourteen to sweep the floor of the Examiner's print works"
    Query("Quaile sweeping the print works floor", "304c64cb", "word-form"),
    # Other scripts and other romanisations
    Query("Staromlynsk", "5b8454f0", "translit"),  # СТАРОМЛЫНСК ¶3, Старомлынский in the title
    Query("Valentina Lykova", "5b8454f0", "translit"),  # Валентина Сергеевна Лыкова ¶7
    Query("Zhou Jianguo", "76138e2d", "translit"),  # pinyin of 周建国, the zoo director ¶7
    Query("Linxi dongwuyuan", "76138e2d", "translit"),  # pinyin of 临溪动物园, title and ¶3
    Query("Аконкагуа", "70ac2724", "translit"),  # Aconcagua, title and ¶3
    Query("阿空加瓜", "70ac2724", "translit"),  # Aconcagua in Chinese characters
    # ¶11 "el curso de montañismo básico", typed without ñ and accent
    Query("curso de montanismo basico", "70ac2724", "translit"),
    # Russian
    Query("выставка 70 лет в каждом номере", "5b8454f0", "russian"),  # ¶11
    Query("встреча ветеранов редакции с читателями", "5b8454f0", "russian"),  # ¶11
    Query("машинно-тракторная станция", "5b8454f0", "russian"),  # ¶3 "машинно-тракторной станции"
    # Spanish
    # ¶5 "una muestra de fotografías históricas y de equipo de montaña antiguo"
    Query("muestra de fotografías históricas y equipo de montaña", "70ac2724", "spanish"),
    # ¶9 "una jornada de puertas abiertas en el refugio del cerro Pelado"
    Query("jornada de puertas abiertas en el cerro Pelado", "70ac2724", "spanish"),
    Query("guía suizo alcanzó solo la cumbre", "70ac2724", "spanish"),  # ¶3
    # Chinese
    Query("老照片展和饲养员故事会", "76138e2d", "chinese"),  # ¶5
    Query("北区扩建工程", "76138e2d", "chinese"),  # ¶9
    Query("门票五分钱", "76138e2d", "chinese"),  # ¶3
    # Chat mentions around the real words
    Query("@everyone Larkhollow red panda enclosure", "27a49aa3", "mention-noise"),  # ¶9
    Query("<@112358132134558914> Pennyfold last posting date", "9788ae11", "mention-noise"),  # ¶11
    Query("\u200bWinter\u200b Lights\u200b tickets\u200b", "58b67a91", "mention-noise"),  # ¶9
    Query("<#667788990011223344> Fellside Hotel dinner", "518c67de", "mention-noise"),  # ¶27
    # Typos
    # Kelsby; the supermarket ¶13/15 (e4c2d492 is the digest's heading only)
    Query("Kelsbey co-op supermarket", "01938a38", "typo"),
    Query("Harold Quale obituary", "304c64cb", "typo"),  # Quaile
    Query("Zurbrigen", "70ac2724", "typo"),  # Zurbriggen ¶3
    Query("Ashwoth Botanic Garden", "58b67a91", "typo"),  # Ashworth, title and ¶5/11
    # Names
    Query("Dennis Oakes", "0bde7977", "name"),  # ¶9
    Query("Joan Harker", "8ba5e4e4", "name"),  # ¶7
    Query("Anita Rowe", "2984a3fe", "name"),  # ¶7
    Query("Leonard Pike", "8485b55f", "name"),  # ¶27
    # Phrases
    Query("Wet. Stove smokes. Splendid.", "c9168179", "phrase"),  # ¶7
    Query("the only Thursday in a hundred years without an Examiner", "304c64cb", "phrase"),  # ¶7
    Query("we were lucky it was caught when it was", "2984a3fe", "phrase"),  # ¶7
    # Natural questions
    # ¶5 "The hut cost the club £640, raised by a decade of jumble sales"
    Query("how much did the club raise for the Langdale hut?", "c9168179", "question"),
    # ¶11 "The last posting date for second-class Christmas cards … is 18 December"
    Query("what is the last day to send Christmas cards second class?", "9788ae11", "question"),
    Query("how many bunks does the Scarbeck club hut have now?", "3b097c3c", "question"),  # ¶15 twenty-two
    Query("what are the Larkhollow otter cubs called?", "27a49aa3", "question"),  # ¶19 Pebble and Sorrel
    Query("how old was Colin Breck when he finished the Munros?", "518c67de", "question"),  # ¶25 71
    # Topics
    Query("history of the uniform penny post", "dba13b3b", "topic"),  # ¶3–7
    Query("post office Christmas opening hours", "9788ae11", "topic"),  # title and ¶3–13
    Query("botanic garden light trail", "58b67a91", "topic"),  # ¶5/7
    # ¶5 "rejecting a board proposal to replace it with a points card"
    Query("co-op points card instead of dividend", "0bde7977", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Isle of Mull ferry times",  # Mull (518c67de)
    "Mendoza wine tours",  # Mendoza (70ac2724)
    "Queen Victoria coronation",  # Queen Victoria on the stamp (dba13b3b)
    "Palm House Kew Gardens",  # the Palm House (58b67a91)
    "Genoa bridge collapse",  # bridge (2984a3fe, 01938a38, 8485b55f)
    "成都大熊猫繁育基地开放时间",  # 大熊猫 (76138e2d)
    "expedición al Everest costo",  # expedición (70ac2724)
    "цены на печать визиток в типографии",  # типографии (5b8454f0)
    "Co-op funeral plan prices",  # Co-op (0bde7977, 01938a38, 8485b55f, e4c2d492); a funeral (304c64cb)
    "Christmas tree recycling collection",  # Christmas (9788ae11, 58b67a91)
    "Ben Nevis summit webcam",  # the summit of Ben More (518c67de)
    "Edinburgh to London train fares",  # London to Edinburgh letters (dba13b3b)
    "Wenlow Examiner digital edition",  # the Wenlow Examiner (304c64cb)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind12/: the one corpus
    the NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
