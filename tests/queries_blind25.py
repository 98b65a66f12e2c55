"""A twenty-fifth lookup query set, for tuning ranking in the tenth round: it is a TUNING set, not a
blind one (the search may be tuned on it, and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py files; no query here is a copy or
  near-copy of a query in those files. A throwaway script compared the word set of every query (Latin
  and Cyrillic words, accents dropped, Chinese by character pairs, mentions and a few stop words left
  out) with every earlier query and with the queries written before it here, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind37/docs, copied as ONE
  corpus into a subfolder blind37/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 10
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 4 + 7 (another script or romanisation than the text:
Cyrillic and Chinese characters for Latin-script names, Latin for Cyrillic and Chinese, pinyin and
Wade-Giles for Chinese names, pinyin for a Cantonese romanisation, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 4 + 3 (1–2 edits), name 3 + 4, phrase 3 + 3, question 4 + 4,
topic 3 + 3: 45 + 55 answerable, and 12 + 16 unanswerable. Every answerable query is answered by
the documents' own words in some form, spelling or script (names may be written in another script);
none needs a translation of a common noun or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (title line included) holds all of the query's
words. The unanswerable queries share one or more words with their corpus on purpose; every article
holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind37/docs/* into ONE temporary
# corpus folder under the subfolder blind37/: files are then "blind37/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind37/docs",)
NEWDOCS_SUBDIRS = ("blind37",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "6f7fd540": "Agnes Pendry",
    "aaca5190": "Looking Back",
    "fc340f2b": "PRESS RELEASE — Corrie Hill Weather Station",
    "b1dd1bcf": "Cotterell Tide Mill — Season Programme 2022",
    "33d10868": "FENNICK PARISH COUNCIL",
    # en_glenmarrow_courier_digest.txt is split by the loader into a heading and three cuttings
    "7b0948d0": "Glenmarrow Courier — From the Archive",
    "37b95e58": "FIRE GUTS RAVELL BELL FOUNDRY",
    "19b768be": "BONFIRE NIGHT ON THE GREEN",
    "dbc56605": "TIDE MILL GRINDS AGAIN",
    "bc64e757": "Visit the Gullrock Lightship",
    "0b2082ae": "Haddiscoe Maltings museum marks forty years",
    # en_millwrights_journal_digest.txt is read as one article (¶1–22)
    "7025ed11": "The Millwrights' Journal: pages from past issues",
    "d8cc5c4e": "Ravell's foundry remembers the night of the fire",
    "f1aca9a1": "St Cuthman's Ringers — Winter Newsletter",
    "dc310002": "Notes from a Back-Garden Weather Station",
    "6e3657ad": "La estación meteorológica de Valdemora cumple medio siglo",
    "aa37808d": "Колокола над Заречьем: тридцать лет после возвращения",
    "da796e49": "溪口面粉厂迎来建厂五十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # 002: "a shared future for mankind" ¶9; "that arduous war", "the liberators" ¶11
    Query("mankind arduous war liberators", "424ab945", "cross-paragraph"),
    # "veteran soldiers and comrades, patriots" ¶379; "evil, darkness, and regression" ¶393
    Query("patriots veteran soldiers regression", "38a7d84f", "cross-paragraph"),
    # "Jodie Evans (Co-founder of Code Pink)" ¶365; "the largely Eurocentric narrative" ¶355
    Query("Code Pink Eurocentric narrative", "d89fdf72", "cross-paragraph"),
    # Armenia, diplomatic relations 33 years ago ¶257; Belarus ¶263–265, "revitalisation" ¶265
    Query("Armenia 33 years Belarus revitalisation", "0e5d6094", "cross-paragraph"),
    # China-Kyrgyzstan-Uzbekistan railway ¶207; "the over 200 million Pakistani people" ¶213
    Query("Uzbekistan railway 200 million Pakistani", "3a9fa4ed", "cross-paragraph"),
    # Xi and his wife Peng Liyuan at Zhongnanhai ¶237; Hun Manet on "online gambling" ¶247
    Query("Peng Liyuan online gambling", "5a5d8582", "cross-paragraph"),
    # "Mao Zedong and Fidel Castro Ruz" ¶93; "list of state sponsors of terrorism" ¶101
    Query("Castro Ruz terrorism list", "d807680a", "cross-paragraph"),
    # 000: Noraa, Chinese guerrilla fighters ¶3; Japan's "contentious stance" ¶13
    Query("Noraa guerrilla contentious stance", "097182f6", "cross-paragraph"),
    # Word forms: the text has another form
    # 002 ¶7 "paying the most painful price in human history" (c061f0a1 ¶195 "paid an enormous price" is
    # another quote, not an answer)
    Query("paid the most painful price in human history", "424ab945", "word-form"),
    # "Mongolia highly commends China's commitment to the principle of amity, sincerity" ¶199
    Query("Mongolia commended amity and sincerity", "c061f0a1", "word-form"),
    # "have withstood the test of the shifting international landscape" ¶239
    Query("withstanding the shifting international landscape", "5a5d8582", "word-form"),
    # "racist stereotypes" ¶113/129, "racist and sexist stereotyping" ¶119
    Query("racist stereotyped films", "ccf1d4fa", "word-form"),
    # "leading his pupils on a month-long … journey … to the relative safety of Gansu" ¶485
    Query("Hogg's pupils journeying to Gansu", "ac7222d4", "word-form"),
    # 003 ¶40 "the mass killings and expulsions of Soviet civilians … constituted genocide"
    Query("Soviet civilians expelled and killed", "b39d8185", "word-form"),
    # Another script or romanisation
    Query("Huang Liushuang", "ccf1d4fa", "translit"),  # pinyin for Anna May Wong's "real name Wong Liu Tsong" ¶115
    Query("Zhou Runfa", "ac7222d4", "translit"),  # pinyin for Chow Yun-fat, who played Chen Hansheng ¶491
    # Zhao Leji meeting To Lam ¶67–69, To Lam's speech ¶73; 20f574be: To Lam ¶145, Zhao Leji a guest ¶156
    Query("Чжао Лэцзи То Лам", "362ba691", "translit", also=("20f574be",)),
    # Shavkat Mirziyoyev ¶207–209, Shehbaz Sharif ¶211–213 in Cyrillic
    Query("Мирзиёев Шехбаз", "3a9fa4ed", "translit"),
    # Russian (names written in Cyrillic)
    # Liddell ¶283–291; the Minyuan Stadium "modeled after London's Stamford Bridge" ¶291
    Query("Эрик Лидделл Стэмфорд Бридж", "7ab1f62c", "russian"),
    Query("Пезешкиан Прабово", "e065690c", "russian"),  # Masoud Pezeshkian, Prabowo Subianto at the summit ¶451
    # Spanish
    # "un centro de control con IA para una red eléctrica inteligente" ¶335
    Query("centro de control con IA red eléctrica", "dde32893", "spanish"),
    # "solo vi a una persona pidiendo limosna en la calle" ¶327
    Query("pidiendo limosna en la calle", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("萨苏-恩格索 刚果", "faecd2e1", "chinese"),  # Denis Sassou Nguesso, President of the Congo ¶23
    Query("德尔西·罗德里格斯", "f78fdcd6", "chinese"),  # Vice President Delcy Rodríguez ¶33/53
    # Thongloun visited Hanoi ¶143 (362ba691 has Hanoi ¶73 but not Thongloun)
    Query("通伦 河内", "20f574be", "chinese"),
    # Mentions and zero-width spaces around the real words
    # the CCC's supporters: "church and missionary societies … members of the House of Lords" ¶519
    Query("<@31337> House of Lords missionary societies", "ac7222d4", "mention-noise"),
    # 000 ¶7 "the 'Patriots' military-patriotic park in the Moscow region"
    Query("@here \u200bPatriots park\u200b Moscow region", "097182f6", "mention-noise"),
    # 003 ¶54 "expanding joint exercises, maritime and air patrols, and military-technical cooperation"
    Query("<#2468> military-technical cooperation \u200bjoint exercises\u200b", "b39d8185", "mention-noise"),
    # Typos (1–2 edits)
    Query("Khurelsuk Ukhnaa", "c061f0a1", "typo"),  # Mongolian President Khurelsukh Ukhnaa ¶187/197
    Query("Madbooly", "26d64f12", "typo"),  # Egyptian Prime Minister Mostafa Madbouly ¶405–413
    Query("Kuomintan", "6710eba1", "typo"),  # "the encroaching Nationalist Party (Kuomintang (KMT))" ¶557
    Query("Phomvihanne", "20f574be", "typo"),  # President Kaysone Phomvihane ¶167
    # Names
    # 000 ¶7 "Sergei Lavrov, who announced during a July event in the Korean city of Wonsan"
    Query("Sergei Lavrov Korean city", "097182f6", "name"),
    # Madbouly ¶411–413: "Next year marks the 70th anniversary of China-Egypt diplomatic ties"
    Query("Mostafa Madbouly 70th anniversary", "26d64f12", "name"),
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491
    Query("Chen Hansheng legendary communist", "ac7222d4", "name"),
    # Phrases
    Query("a garden of civilisations in which all cultures flourish", "9e49ddff", "phrase"),  # ¶439
    Query("most favourable historical point", "d807680a", "phrase"),  # ¶95
    Query("the first country to wage war against fascist occupation", "d89fdf72", "phrase"),  # ¶357
    # Questions
    # "Belarus is an all-weather partner to China and a friend that can always be relied upon" ¶265
    Query("what did Lukashenko call Belarus?", "0e5d6094", "question"),
    # "Myanmar's Acting President Min Aung Hlaing" ¶405/415/419
    Query("who is Myanmar's acting president?", "26d64f12", "question"),
    # "From August 31-September 2, Zhao Leji … visited Vietnam" ¶65; 20f574be: Zhao Leji among the guests
    # of the Hanoi ceremony on September 2 ¶143/156
    Query("when did Zhao Leji visit Vietnam?", "362ba691", "question", also=("20f574be",)),
    # "on August 30, President Xi Jinping met in Tianjin with Cambodian Prime Minister Hun Manet" ¶243
    Query("where did Hun Manet meet Xi?", "5a5d8582", "question"),
    # Topics
    # "the ten partnership actions and foster new growth drivers in green industries" ¶27
    Query("ten partnership actions green industries", "faecd2e1", "topic"),
    # 001 ¶12 "the former camp of the North-eastern anti-Japanese united army near Khabarovsk … the memorial
    # complex"
    Query("anti-Japanese camp memorial complex Khabarovsk", "054ef6fb", "topic"),
    # "the extensive system of parks and green belts" ¶539
    Query("green belts and parks", "6710eba1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "俄罗斯 签证 办理",  # 俄罗斯 (003 ¶20, b39d8185); no visas
    # Nuremberg (b39d8185 ¶39–40, ccf1d4fa ¶125): the trials' principles and rulings, no verdicts listed
    "Nuremberg trial verdicts list",
    "Ramaphosa load shedding Eskom",  # Ramaphosa (e065690c) on trade hardships only
    "Путин Мадуро телефонный разговор",  # Putin (424ab945, c061f0a1 …), Maduro (f78fdcd6); no phone call
    # Xi'an (dde32893 ¶307/313: "generales de terracota"); no tickets, no prices
    "Xi'an terracotta army ticket price",
    "Caracas metro strike",  # Caracas (f78fdcd6); "metrology" (0e5d6094)
    "抗日战争胜利纪念币 价格",  # 抗日战争, 胜利, 纪念 (003 ¶20); no coins, no prices
    "Jodie Evans arrested at protest",  # Jodie Evans, a webinar speaker (d89fdf72)
    "1984 miners strike Thatcher",  # the South Wales miners (ac7222d4) in the 1930s
    "Radhika Desai book review",  # Radhika Desai (d89fdf72); a review and a booklet (ccf1d4fa), Hogg's book
    "Wang Yi Munich security conference",  # Wang Yi (eca32116); security in many articles
    "Laos railway ticket booking online",  # China-Laos Railway (20f574be); "online gambling" (5a5d8582)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # Agnes ¶3/7; Silver Jubilee ¶8; tower captain ¶10 (f1aca9a1: a tower captain, not Agnes)
    Query("Agnes Pendry Silver Jubilee tower captain", "6f7fd540", "cross-paragraph"),
    # eclipse ¶3–4/9; the blizzard of January 1881 ¶5; Ruth Kemble ¶6/9/17
    Query("Kemble eclipse blizzard 1881", "fc340f2b", "cross-paragraph"),
    # the last miller closed the sluice ¶5 (sluice gates ¶22); Morris dancers ¶16
    Query("Cotterell sluice Morris dancers", "b1dd1bcf", "cross-paragraph"),
    # "Haddon & Sons of Ashworth, stonemasons" ¶13; the bus stop outside the Bell Inn ¶17
    Query("Haddon stonemasons Bell Inn bus stop", "33d10868", "cross-paragraph"),
    # night watchman Frank Oates ¶7; "Two bells … for the church at Ashworth" ¶9; d8cc5c4e: the same
    # fire, "the blackened Ashworth bells" and the night watchman ¶11
    Query("Frank Oates Ashworth bells", "37b95e58", "cross-paragraph", also=("d8cc5c4e",)),
    # the foghorn ¶10; "Our lantern evening" ¶13; Gullrock ¶1/3/5
    Query("Gullrock foghorn lantern evening", "bc64e757", "cross-paragraph"),
    # chairman Peter Mardle ¶8; "We had a marquee then" ¶9; Mrs Joan Aldous cut the cake ¶15
    Query("Mardle marquee Joan Aldous", "0b2082ae", "cross-paragraph"),
    # Hallow Fen windpump ¶4–6; "A working party is called" ¶7; the miller Jack Sayer at Thornham ¶11
    Query("Jack Sayer Hallow Fen working party", "7025ed11", "cross-paragraph"),
    # San Francisco earthquake ¶5; Hobb's Brewery ¶6/10, the two shire horses ¶10
    Query("Hobb's shire horses San Francisco earthquake", "aaca5190", "cross-paragraph"),
    # Word forms
    Query("Agnes Pendry teaching learners", "6f7fd540", "word-form"),  # "She taught two generations of learners" ¶9
    # "recorded a gust of 94 mph before the cups were torn away" ¶8
    Query("gust tore the anemometer cups away", "fc340f2b", "word-form"),
    # "For the first time since 30 September 1953, flour has been ground" ¶19; b1dd1bcf: "first ground again
    # six years ago" ¶5
    Query("Cotterell first grinding since 1953", "dbc56605", "word-form", also=("b1dd1bcf",)),
    # "the empty building was sold for a nominal pound" ¶5
    Query("maltings selling for a nominal pound", "0b2082ae", "word-form"),
    # "a crane will stand in Church Lane while the pinnacles are lifted down" ¶6
    Query("lifting the pinnacles down by crane", "33d10868", "word-form"),
    # "cast a ring of eight for a cathedral in Canada … the bells were shipped on 30 October" ¶9
    Query("shipping bells to Canada", "d8cc5c4e", "word-form"),
    Query("bird bath frozen solid", "dc310002", "word-form"),  # "the bird bath froze solid" ¶8
    # "The lamp room has been restored with its original clockwork, which the volunteers wind by hand" ¶11
    Query("lamp room clockwork wound by hand", "bc64e757", "word-form"),
    # "колокола сняли и отправили на переплавку" ¶4; Заречье ¶1–2
    Query("переплавленные колокола Заречья", "aa37808d", "word-form"),
    # "el maestro Julián Cortés, que anotó las lecturas a mano" ¶5
    Query("el maestro anotaba las lecturas a mano", "6e3657ad", "word-form"),
    # Another script or romanisation
    Query("Nikolai Fomin", "aa37808d", "translit"),  # звонарь Николай Фомин ¶7/15
    Query("Zhang Jianguo", "da796e49", "translit"),  # 厂长张建国 ¶11 (pinyin)
    Query("Li Ta-shan", "da796e49", "translit"),  # 老职工李大山 ¶5 (Wade-Giles)
    Query("Рут Кембл", "fc340f2b", "translit"),  # the observer Ruth Kemble ¶6/9/17
    Query("Julian Cortes", "6e3657ad", "translit"),  # el maestro Julián Cortés ¶5 (accents dropped)
    Query("埃玛·拉维尔", "d8cc5c4e", "translit"),  # Emma Ravell ¶7/13
    Query("Агнес Пендри", "6f7fd540", "translit"),  # Agnes Pendry ¶1/3
    # Russian
    Query("областной фестиваль звонарей", "aa37808d", "russian"),  # ¶9
    Query("зернохранилище в церкви", "aa37808d", "russian"),  # "в здании церкви открыли зернохранилище" ¶5
    Query("настоятель отец Сергий", "aa37808d", "russian"),  # ¶10
    # Spanish
    Query("curso de verano para estudiantes", "6e3657ad", "spanish"),  # ¶10
    Query("congreso de observadores voluntarios", "6e3657ad", "spanish"),  # ¶12
    Query("Agencia Estatal de Meteorología", "6e3657ad", "spanish"),  # ¶14
    # Chinese
    Query("老厂房开放日", "da796e49", "chinese"),  # ¶8
    Query("马车 粮店", "da796e49", "chinese"),  # 第一批面粉用马车运到了县城的粮店 ¶4
    Query("连夜凿冰", "da796e49", "chinese"),  # 工人们要连夜凿冰 ¶5
    # Mentions and zero-width spaces
    # "A family day with knot-tying, flag signals and a treasure hunt" ¶14; Gullrock ¶1/3/5
    Query("@everyone Gullrock family day knot-tying", "bc64e757", "mention-noise"),
    Query("<@4412> \u200bRound Table bonfire\u200b", "19b768be", "mention-noise"),  # ¶13/15
    # steeple keeper ¶25/33; "The tenor clapper has been rebushed" ¶35
    Query("<#9090> \u200bsteeple keeper\u200b tenor clapper rebushed", "f1aca9a1", "mention-noise"),
    # Typos
    Query("Haddiscoe Maltigns", "0b2082ae", "typo"),  # Haddiscoe Maltings ¶1–2
    Query("Fenick Church Lane", "33d10868", "typo"),  # Fennick ¶1/5, Church Lane ¶2/6–7
    Query("Thornam post mill", "7025ed11", "typo"),  # Thornham post mill ¶9–11
    # Names
    Query("Samuel Wray", "b1dd1bcf", "name"),  # the last miller ¶5
    Query("Anselmo Ribera", "6e3657ad", "name"),  # el entonces alcalde ¶3
    Query("Tom Pendry", "6f7fd540", "name"),  # Agnes's husband, a carter at the brewery ¶6
    Query("Keith Marlow", "dc310002", "name"),  # the blog's author ¶2
    # Phrases
    Query("Feel the rope, don't fight it", "6f7fd540", "phrase"),  # ¶9
    Query("Out of the Ashes exhibition", "d8cc5c4e", "phrase"),  # ¶10
    Query("rain gauge is a cylinder of ice", "dc310002", "phrase"),  # ¶18
    # Questions
    Query("how much is a family ticket for the lightship?", "bc64e757", "question"),  # "family ticket £10" ¶19
    # "The station's highest temperature, 33.1°C, was read on 3 August 1990" ¶7
    Query("what was the highest temperature at Corrie Hill?", "fc340f2b", "question"),
    # "The last horse-drawn dray left Hobb's Brewery yard on 9 April" ¶10
    Query("when did the last horse-drawn dray leave Hobb's Brewery?", "aaca5190", "question"),
    # "We tune about two hundred bells a year now" ¶8 (37b95e58 ¶9: two bells "waiting to be tuned")
    Query("how many bells does Ravell's foundry tune a year?", "d8cc5c4e", "question"),
    # Topics
    Query("ringers striking competition Ashworth", "f1aca9a1", "topic"),  # ¶21–23
    # "a malting demonstration … and two lectures on the history of barley growing" ¶12
    Query("barley growing lectures malting demonstration", "0b2082ae", "topic"),
    # 21cm of snow, "half the street went sledging on Windmill Hill" ¶10
    Query("snow sledging Windmill Hill", "dc310002", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Cotterell tide mill (b1dd1bcf, dbc56605, 7025ed11); a wedding (f1aca9a1)
    "Cotterell tide mill wedding venue hire",
    "when did the Gullrock lightship sink?",  # Gullrock lightship (bc64e757): withdrawn, now a museum
    "Ravell foundry apprenticeship vacancies",  # Ravell's foundry (37b95e58, d8cc5c4e): employs fourteen
    "Haddiscoe Maltings craft beer",  # Haddiscoe Maltings (0b2082ae); a craft market (aaca5190)
    "Corrie Hill flood of 2007",  # Corrie Hill (fc340f2b); 2007 (33d10868)
    # Fennick (6f7fd540, 33d10868); church (33d10868, 37b95e58, aaca5190); roof (37b95e58, 0b2082ae)
    "Fennick church roof lead theft",
    "how much money is in the St Cuthman's Bell Fund?",  # the Bell Fund (6f7fd540 ¶15)
    "Glenmarrow rugby club fixtures",  # Glenmarrow; the rugby ground (19b768be)
    "Aldersea fish market opening hours",  # Aldersea, the fish market (aaca5190)
    "Thornham post mill fire",  # Thornham post mill (7025ed11); fires (37b95e58, d8cc5c4e, 0b2082ae …)
    "Valdemora piscina municipal horario",  # Valdemora; the casa de cultura's horario (6e3657ad)
    "Заречье ремонт моста",  # Заречье (aa37808d); no bridge, no repairs (the belfry roof ¶14 is "реставрация")
    "溪口面粉厂 招聘",  # 溪口面粉厂 (da796e49)
    "Wetherden library opening times",  # Wetherden library (dc310002 ¶22); opening times (bc64e757)
    "bonfire night fireworks safety tips",  # the Round Table's bonfire, fireworks (19b768be)
    "Hobb's Brewery beer tasting tours",  # Hobb's Brewery (aaca5190); tours of the sluice gates (b1dd1bcf)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind37/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
