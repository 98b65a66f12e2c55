"""A tenth lookup query set, for tuning ranking. It is meant to be tuned on: it is a tuning set, not a
blind one (once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind9.py; no query here is a
  copy or near-copy of a query in those files (a throwaway script compared the word sets of every
  query, script by script, with every earlier one, and queries that shared too many words with one
  were given other words or replaced).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind15/docs, copied as ONE
  corpus into a subfolder blind15/ (see NEWDOCS_DIRS). No earlier query set used these documents.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 8 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 7 + 7
(the query uses another form of a word the text uses, in both directions and including irregular
forms and derivations: sacrificing/sacrificed, greeted/greeting, convened/convening,
produced/producing, meticulous verification/meticulously verified, welcomed/welcomes,
fought/fighting, defiant/defying, nursing/nursed, flooded/flooding, rebuilt/rebuilding,
flew/flying, honoured/honours, twinned/twins, катапультировалась/катапультироваться), translit
5 + 6 (another script or romanisation than the text: Cyrillic for Latin names, Latin for Cyrillic,
pinyin for Chinese, accents dropped), russian 3 + 3, spanish 3 + 3, chinese 3 + 3, mention-noise
3 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2
edits), name 3 + 3, phrase 4 + 3, question 3 + 3, topic 3 + 3: 48 + 48 answerable, and 13 + 13
unanswerable. Every answerable query is answerable from the documents' own words in some form,
spelling or script (names written in another script included); none needs translation or a synonym
the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read (the titles of all of them
skimmed). Each query was then written from a passage of its article, and every word of it (and a
stem of it, for the other forms) was matched over the whole corpus, case- and accent-insensitively
(ё as е), by a throwaway script that listed every article and paragraph holding it; those
paragraphs were read to decide which article a reader wants first (`best`) and which others are
fair answers too (`also`). For cross-paragraph queries the same script checked that no paragraph
(title line included) holds all of the query's words. The unanswerable queries share one or more
words with their corpus on purpose; every article mentioning those words was read to confirm that
none answers the query.

The search engine was never run on these queries, and its code (bot/, adapters/), bench/ and docs/
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

# The new-documents corpus is assembled by copying tests/gold/blind15/docs/* into ONE temporary
# corpus folder under the subfolder blind15/: files are then "blind15/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind15/docs",)
NEWDOCS_SUBDIRS = ("blind15",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "6d3062f9": "Ashgrove District Council — Press notice",
    "4597bfd2": "A hundred years of powered flight: Bramcote aero club looks ",
    "0ba9ab32": "Margaret Hobday",
    "cd5cd64f": "Kelmsford library reopens after fire",
    "2b2e7821": "Kelmsford signs twinning charter with Saint-Aubin",
    "e93654fe": "Flood wall finished at last along the Kell",
    "0911f896": "Linthwaite Choral Society — Spring Newsletter",
    "77af9c2a": "Fire destroys Marrowby pier pavilion",
    "9ef9070d": "Lifeboat crew honoured for February rescue",
    "50c7e98d": "Carnival is back after three-year gap",
    "2657cea5": "New pavilion rises from the ashes on Marrowby pier",
    "d36b39b6": "Ouseburn RFC — Match report",
    "72a9b1bf": "WENDLEBURY LIGHT RAILWAY",
    "7882b8de": "El Canal de Panamá cumple cien años",
    "d6389b5b": "Шестьдесят лет первому полёту женщины в космос",
    "e120cf66": "南京长江大桥通车五十周年展览开幕",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Claudia Jones ¶123; the court in Warsaw trying a Nazi ¶125
    Query("Claudia Jones Warsaw Nazi", "ccf1d4fa", "cross-paragraph"),
    # Yakushev among the guests ¶158; the action plan ¶141/181
    Query("Yakushev five-year action plan", "20f574be", "cross-paragraph"),
    Query("Ramaphosa Bloomberg", "e065690c", "cross-paragraph"),  # Bloomberg quoting Lula ¶463; Ramaphosa ¶467
    # Khurelsukh Ukhnaa ¶187/197; Putin's "fathers and grandfathers" ¶195
    Query("Ukhnaa grandfathers", "c061f0a1", "cross-paragraph"),
    # the mausoleum ¶75; the prime minister in Tianjin ¶79
    Query("Ho Chi Minh Mausoleum Pham Minh Chinh", "362ba691", "cross-paragraph"),
    Query("Cai Qi WPK founding", "eca32116", "cross-paragraph"),  # Cai Qi greets Kim ¶221; the WPK's founding ¶227
    Query("Radhika Desai Japan's surrender", "d89fdf72", "cross-paragraph"),  # the surrender ¶355; the moderator ¶369
    Query("Lavrov Noraa", "097182f6", "cross-paragraph"),  # 000 line 7 Lavrov in Wonsan; lines 3/10 the Noraa
    # Word forms: another form of a word the text uses
    Query("defying the firing squad", "ccf1d4fa", "word-form"),  # ¶117 "Her final defiant words before a firing squad"
    # ¶221 "was greeted at Beijing Railway Station"
    Query("Kim Jong Un greeting at Beijing Railway Station", "eca32116", "word-form"),
    # ¶451 "convened and chaired by Brazilian President Luiz Inácio Lula da Silva"
    Query("Lula convening BRICS leaders", "e065690c", "word-form"),
    # ¶125 "Hollywood film makers produced dozens of films ... a few are anti-fascist classics"
    Query("Hollywood producing anti-fascist classics", "ccf1d4fa", "word-form"),
    # 000 line 11 "meticulous verification of historical records"
    Query("meticulously verified historical records", "097182f6", "word-form"),
    # ¶163 "warmly welcomed the Cuban delegation"
    Query("Thongloun welcomes Cuban delegation", "20f574be", "word-form"),
    # 001 line 10 "the battles the two peoples have fought together" (fought → fighting, irregular)
    Query("Liu Qibao battles fighting together", "054ef6fb", "word-form"),
    # Other scripts and other romanisations
    Query("Тонглун Сисулит", "20f574be", "translit"),  # Thongloun Sisoulith ¶135/153
    Query("Анна Мэй Вонг", "ccf1d4fa", "translit"),  # Anna May Wong, title and ¶111–121
    Query("Луис Инасиу Лула", "e065690c", "translit"),  # Luiz Inácio Lula da Silva ¶451
    Query("Лыонг Кыонг", "362ba691", "translit"),  # Vietnamese President Luong Cuong ¶71
    # Miguel Díaz-Canel ¶85/89; his visit to Laos 20f574be ¶161–167
    Query("Мигель Диас-Канель", "d807680a", "translit", ("20f574be",)),
    # Russian: answered by names
    Query("Иван Мельников Хабаровск", "054ef6fb", "russian"),  # Ivan Melnikov in Khabarovsk, 001 line 6
    Query("Сирил Рамафоса", "e065690c", "russian"),  # Cyril Ramaphosa ¶451/467
    Query("Мин Аунг Хлайн", "26d64f12", "russian"),  # Acting President Min Aung Hlaing ¶419
    # Spanish: the interview's own words
    Query("JISCO cobertura verde", "dde32893", "spanish"),  # ¶335 "JISCO ... Hoy tiene una cobertura verde de 42%"
    Query("código QR limosna", "dde32893", "spanish"),  # ¶327 "pidiendo limosna en la calle con un código QR"
    # ¶329 "pequeños robots que toman el elevador para entregar comida"
    Query("robots que toman el elevador", "dde32893", "spanish"),
    # Chinese: the Chinese title line of the joint statement (003 line 20), and names in characters
    Query("纪念中国人民抗日战争", "b39d8185", "chinese"),  # 003 line 20
    Query("关于进一步深化的联合声明", "b39d8185", "chinese"),  # 003 line 20
    Query("蔡奇 王毅", "eca32116", "chinese"),  # Cai Qi and Wang Yi greet Kim Jong Un ¶221
    # Mention noise: Discord/Telegram mentions and zero-width spaces around the real words
    # ¶111 "the British Film Institute (BFI) on London's Southbank"
    Query("@everyone BFI Southbank", "ccf1d4fa", "mention-noise"),
    # ¶199 "permanent good-neighbourly friendship"
    Query("<@123456789> good-neighbourly\u200b friendship Mongolia", "c061f0a1", "mention-noise"),
    Query("<#4455> \u200bLao News Agency KPL\u200b", "20f574be", "mention-noise"),  # ¶163
    # Typos: 1–2 edits
    Query("Thonglun Sisoulith", "20f574be", "typo"),  # Thongloun ¶135
    Query("Mnangagawa", "faecd2e1", "typo"),  # Mnangagwa ¶11
    Query("Ramaphossa trade", "e065690c", "typo"),  # Ramaphosa ¶467 "the trade upheaval"
    # Names
    Query("Mostafa Madbouly", "26d64f12", "name"),  # ¶411
    Query("Igor Sergeenko", "20f574be", "name"),  # ¶157
    Query("Khurelsukh Ukhnaa", "c061f0a1", "name"),  # ¶187/197
    # Phrases
    Query("unjustified and illegal trade practices", "e065690c", "phrase"),  # ¶463
    Query("rare, loyal, and special solidarity", "20f574be", "phrase"),  # ¶145
    Query("yellow face", "ccf1d4fa", "phrase"),  # ¶113/¶129
    Query("good neighbours, good friends and good comrades", "eca32116", "phrase"),  # ¶225
    # Questions
    Query("who chaired the virtual BRICS summit?", "e065690c", "question"),  # ¶449–451
    Query("until when is the Anna May Wong season at the BFI?", "ccf1d4fa", "question"),  # ¶111 "until October 8"
    # ¶73 the ceremony at Ba Dinh Square; 20f574be ¶143/156 the same ceremony, Zhao Leji among the guests
    Query("what did Zhao Leji attend at Ba Dinh Square?", "362ba691", "question", ("20f574be",)),
    # Topics
    Query("Cuba robotics and automation", "d807680a", "topic"),  # ¶105
    Query("United States blockade of Cuba", "d807680a", "topic"),  # ¶101
    Query("Mongolia's foreign policy priority", "c061f0a1", "topic"),  # ¶199
)

# Nothing in the five seed files answers these; each shares a word or two with them on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Morning Star subscription price",  # the Morning Star (ccf1d4fa ¶111): no subscriptions
    "BRICS common currency to replace the dollar",  # BRICS (e065690c, c061f0a1, b39d8185): no currency
    "Laos railway timetable",  # the China-Laos Railway (20f574be ¶179): no timetable
    "Stilt House opening hours",  # Ho Chi Minh's Stilt House (362ba691 ¶75): a visit only
    "Cuba tourism visa requirements",  # Cuba (d807680a, 20f574be): no tourism or visas
    "Mongolia mining investment",  # Mongolia (c061f0a1, d89fdf72): no mining
    "Kim Jong Un daughter",  # Kim Jong Un (eca32116): no family
    "webinar recording download",  # webinar (d89fdf72): date, speakers, organisers only
    "Fudan University admissions",  # Fudan (6710eba1 ¶541): discussions only
    "Khabarovsk weather",  # Khabarovsk (054ef6fb)
    "выборы в Беларуси",  # Belarus (0e5d6094, 20f574be): no election
    "Lula elecciones en Brasil",  # Lula (e065690c): no elections
    "Dunhuang camel rides on the sand dunes",  # Dunhuang (6710eba1, dde32893): no camels or dunes
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    Query("Hull St Cuthbert's", "0ba9ab32", "cross-paragraph"),  # born in Hull ¶7; the funeral at St Cuthbert's ¶13
    Query("Le Mans flypast", "4597bfd2", "cross-paragraph"),  # Wilbur at Le Mans ¶9; the club's flypast ¶11
    Query("Anne Pollitt electrical fault", "cd5cd64f", "cross-paragraph"),  # the fault ¶5; the librarian ¶7
    Query("Dan Oakes Wetherby", "d36b39b6", "cross-paragraph"),  # the winger's tries ¶8; Wetherby next ¶10
    Query("Haydn subscriptions", "0911f896", "cross-paragraph"),  # Haydn's Creation ¶9; subscriptions ¶13
    Query("Байконур Большое Масленниково", "d6389b5b", "cross-paragraph"),  # the launch ¶5; the village fête ¶11
    Query("Lesseps fuegos artificiales", "7882b8de", "cross-paragraph"),  # Lesseps ¶7; fireworks ¶9
    # buses diverted along Station Road ¶7; the cabinet meeting ¶16
    Query("Station Road cabinet meeting", "6d3062f9", "cross-paragraph"),
    # Word forms: another form of a word the text uses
    # ¶5 "thirty years nursing at the town's cottage hospital"
    Query("Hobday nursed at the cottage hospital", "0ba9ab32", "word-form"),
    # ¶25 "more than 400 homes in the Lower Town were flooded"
    Query("Lower Town homes flooding", "e93654fe", "word-form"),
    # title "rises from the ashes", ¶3 "rebuilt pier pavilion", ¶5 "schemes to rebuild it"; the fire article 77af9c2a
    Query("rebuilding the pier pavilion", "2657cea5", "word-form", ("77af9c2a",)),
    # ¶7 "The brothers flew three more times", "covering about 120 feet"
    Query("Orville flying 120 feet", "4597bfd2", "word-form"),
    Query("lifeboat crew honours bronze medal", "9ef9070d", "word-form"),  # title "honoured", ¶13 "bronze medals"
    # ¶13 "formally twinned with the Normandy town"
    Query("Kelmsford twins with a Normandy town", "2b2e7821", "word-form"),
    Query("катапультироваться парашют", "d6389b5b", "word-form"),  # ¶7 "катапультировалась и опустилась на парашюте"
    # Other scripts and other romanisations
    Query("Valentina Tereshkova", "d6389b5b", "translit"),  # Валентины Терешковой ¶5
    Query("Vostok-6 Baikonur", "d6389b5b", "translit"),  # «Восток-6» стартовал с Байконура ¶5
    Query("Nanjing Changjiang Daqiao", "e120cf66", "translit"),  # 南京长江大桥, title and ¶3/5 (pinyin)
    Query("Орвилл Райт", "4597bfd2", "translit"),  # Orville ¶7, the Wrights ¶13
    Query("vapor Ancon Panama 1914", "7882b8de", "translit"),  # accents dropped: "el vapor Ancón" ¶5, Panamá
    Query("Лессепс", "7882b8de", "translit"),  # Ferdinand de Lesseps ¶7
    # Russian: the text's own words
    Query("Терешкова 48 витков", "d6389b5b", "russian"),  # ¶7 "совершила 48 витков вокруг Земли"
    # ¶9 "в областном музее решили подготовить ... выставку"
    Query("выставка в областном музее", "d6389b5b", "russian"),
    Query("Уилбур Райт Ле-Ман", "4597bfd2", "russian"),  # Wilbur at Le Mans ¶9 (names)
    # Spanish
    Query("desfile de embarcaciones en la bahía", "7882b8de", "spanish"),  # ¶9
    Query("esclusas de Miraflores visitas gratuitas", "7882b8de", "spanish"),  # ¶11
    # ¶7 "Las obras estadounidenses habían comenzado el 4 de mayo de 1904"
    Query("obras estadounidenses 1904", "7882b8de", "spanish"),
    # Chinese
    Query("南京长江大桥图片展", "e120cf66", "chinese"),  # ¶3 "南京长江大桥五十年”图片展"
    Query("公路桥通车", "e120cf66", "chinese"),  # ¶5 "公路桥建成通车"
    Query("建桥老工人", "e120cf66", "chinese"),  # ¶9 "参加建桥的老工人"
    # Mention noise
    Query("@everyone Santa Specials", "72a9b1bf", "mention-noise"),  # ¶14–17
    Query("<@48213377> carnival floats\u200b", "50c7e98d", "mention-noise"),  # ¶21/23
    Query("<#998877> \u200bMarket Street closure", "6d3062f9", "mention-noise"),  # ¶5/7
    # Typos
    Query("Lintwaite choral", "0911f896", "typo"),  # Linthwaite, title
    Query("Margret Hobday", "0ba9ab32", "typo"),  # Margaret, title and ¶5
    Query("Wendlebery railway", "72a9b1bf", "typo"),  # Wendlebury, title and ¶4
    # Names
    Query("Gareth Pryce", "d36b39b6", "name"),  # ¶6
    Query("Hilary Dawson", "0911f896", "name"),  # ¶18
    Query("Steve Lumb", "d36b39b6", "name"),  # ¶8
    # Phrases
    Query("Teddy Bears' Picnic", "72a9b1bf", "phrase"),  # ¶10
    Query("force nine gale", "9ef9070d", "phrase"),  # ¶13
    Query("honorary freeman", "0ba9ab32", "phrase"),  # ¶11
    # Questions
    Query("when is the Bramcote flypast?", "4597bfd2", "question"),  # ¶11 December 17 at 10.35, reserve December 20
    # ¶14 "restart in the week beginning 24 February"
    Query("when do garden waste collections restart?", "6d3062f9", "question"),
    # ¶27 "reopens to walkers on 17 December"
    Query("when does the riverside path along the Kell reopen?", "e93654fe", "question"),
    # Topics
    Query("Boxing Day bin collection", "6d3062f9", "topic"),  # ¶9–11
    Query("heritage diesel trains", "72a9b1bf", "topic"),  # ¶4
    Query("lifeboat station 150th anniversary", "9ef9070d", "topic"),  # ¶15
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Wright brothers museum in Dayton",  # the Wrights (4597bfd2): Kitty Hawk, Le Mans; no museum
    "Ashgrove council tax rise",  # Ashgrove District Council (6d3062f9): road closure, bins, permits
    "Fellbridge hospital visiting hours",  # Fellbridge hospital (0ba9ab32)
    "Kelmsford library e-books",  # Kelmsford library (cd5cd64f)
    "Marrowby pier fishing permits",  # Marrowby pier (77af9c2a, 2657cea5); permits (6d3062f9 garden waste)
    "Linthwaite Choral Society new conductor",  # Linthwaite Choral Society (0911f896)
    # Ouseburn (d36b39b6): minis' festival only; sessions (cd5cd64f story sessions)
    "Ouseburn junior coaching sessions",
    "Wendlebury Light Railway volunteer drivers",  # the railway leaflet (72a9b1bf)
    "Saint-Aubin-sur-Orne beaches",  # Saint-Aubin (2b2e7821)
    "Терешкова депутат Госдумы",  # Терешкова (d6389b5b): the flight, the exhibition
    "peaje del Canal de Panamá",  # the Canal (7882b8de): no tolls
    "南京长江大桥维修封闭",  # 南京长江大桥 (e120cf66): no repairs or closure
    "Environment Agency flood warnings",  # Environment Agency, flood (e93654fe): the wall, the open day
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind15/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
