"""A fourteenth lookup query set: a BLIND set for a later step of this session. It is committed
unscored and is to be scored once, at the end; it is not to be tuned on (once used for tuning, a
score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind13.py; no query here is a
  copy or near-copy of a query in those files. A throwaway script compared every query, as it was
  written, with every earlier one (answerable and unanswerable) and named the earlier query sharing
  the largest share of its words (Latin and Cyrillic words accent- and case-folded, Chinese by
  character pairs); any query sharing more than half its words with an earlier one was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind26/docs, copied as ONE
  corpus into a subfolder blind26/ (see NEWDOCS_DIRS). No earlier query set used these documents.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 8 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 7
(another inflection or derivation than the text uses, in both directions, irregular forms included),
translit 5 + 6 (another script or romanisation than the text: Cyrillic and Chinese characters for
Latin-script names, Latin for Cyrillic and for Chinese, older romanisations, accents dropped),
russian 3 + 3, spanish 3 + 3, chinese 2 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 3 + 3 (1–2 edits), name 3 + 3, phrase 3 + 3,
question 3 + 3, topic 3 + 3: 45 + 48 answerable, and 13 + 16 unanswerable. Every answerable query
is answered by the documents' own words in some form, spelling or script; the only translations
are personal names transcribed by sound into another script, and one country name in another
language (seeds: Беларусь).

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (title line included) holds all of the query's
words. The unanswerable queries share one or more words with their corpus on purpose; every article
mentioning those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind26/docs/* into ONE temporary
# corpus folder under the subfolder blind26/: files are then "blind26/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind26/docs",)
NEWDOCS_SUBDIRS = ("blind26",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "e54c2eed": "Hatherley District Council — Public Notice",
    "2c2ab2d9": "Calder University — Press Release",
    "1b44227a": "Fenwick Park at 125: a summer of celebration",
    "6a7f7cd8": "Fenwick Park Friends — from the newsletter archive",
    "b102e750": "THE BANDSTAND RETURNS — Park Life, summer 1997",
    "c00d2a0f": "ELMS FELLED — Park Life, autumn 2005",
    "809d4928": "THE LAKE IS CLEAN — Park Life, spring 2019",
    "ef3c466a": "Walled Herb Garden — Visitor Leaflet",
    "e0fab658": "Market Row Traders — archive page",
    "5c8d0837": "BUTCHER HANGS UP HIS APRON — Bulletin, November 1996",
    "68f42d3d": "CHRISTMAS LIGHTS — Bulletin, December 2009",
    "bd4591d4": "NEW BAKERY — Bulletin, September 2021",
    "03c7b462": "Kingsmere Grammar celebrates its centenary",
    "7b7bc97a": "Looking Back — from the Wexley Courier files",
    "1feaef36": "Lyric Picturehouse marks forty years with free matinee",
    "0919305b": "Twenty years of midnight openings — Mitchell's Bookshop blog",
    "2a52c6c2": "Tinsley Players — Spring Newsletter",
    "1a2eeff3": "El cineclub Lumière celebra el centenario del cine",
    "b6397093": "Школе № 7 — пятьдесят лет",
    "f7e674e9": "城南公园迎来六十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    Query("Rewi Alley Ocean Devil", "ac7222d4", "cross-paragraph"),  # Alley's book ¶495; the biography ¶489
    Query("Zheng Bofei Stamford Bridge", "7ab1f62c", "cross-paragraph"),  # the correspondent ¶287; ¶291
    Query("Callum Norris Qiao Collective", "6710eba1", "cross-paragraph"),  # the authors ¶533; ¶547
    # the booklet on Claudia Jones ¶123; "yellow face" ¶113/129
    Query("Claudia Jones yellow face", "ccf1d4fa", "cross-paragraph"),
    # Madbouly and Kazakhstan ¶405 (Kazakhstan also the title line); seawater desalination ¶413
    Query("Madbouly Kazakhstan seawater", "26d64f12", "cross-paragraph"),
    Query("Peng Liyuan Hun Manet", "5a5d8582", "cross-paragraph"),  # Xi's wife ¶237; the prime minister ¶243/247
    Query("Khurelsukh G20", "c061f0a1", "cross-paragraph"),  # Khurelsukh ¶187/197/199; the G20 ¶191
    # the Congolese president ¶23; "e-commerce and digital payments" ¶27
    Query("Sassou Nguesso digital payments", "faecd2e1", "cross-paragraph"),
    # Word forms: another form of a word the text uses
    # ¶485 "leading his pupils on a month-long … journey, most of it on foot and over snow covered mountain paths"
    Query("Hogg led his pupils over snowy mountain paths", "ac7222d4", "word-form"),
    # ¶115 "sacrificing her life for the cause of freedom"
    Query("Anna May Wong sacrificed her life", "ccf1d4fa", "word-form"),
    # ¶19 Fico: "an honour to be invited to China to witness this grand event", the commemoration
    Query("Fico invitation to witness the commemoration", "faecd2e1", "word-form"),
    # ¶289 "Born in 1902 to Scottish missionary parents"
    Query("son of Scottish missionaries Liddell", "7ab1f62c", "word-form"),
    # ¶33 "Lan Hu to inaugurate a monument in the capital Caracas"; ¶43 "during the inauguration"
    Query("Lan Hu inaugurating Caracas monument", "f78fdcd6", "word-form"),
    # ¶209 "Uzbekistan congratulates China on hosting a successful SCO Tianjin Summit"
    Query("Mirziyoyev congratulating China on the Tianjin summit", "3a9fa4ed", "word-form"),
    # Other scripts and other romanisations
    Query("Tokaev Kazakhstan", "26d64f12", "translit"),  # Kassym-Jomart Tokayev ¶405
    Query("帕德里诺", "f78fdcd6", "translit"),  # Vladimir Padrino in Chinese characters ¶33/53
    Query("Tientsin Declaration", "9e49ddff", "translit"),  # the Tianjin Declaration ¶443
    Query("马德布利", "26d64f12", "translit"),  # Madbouly in Chinese characters ¶405/411/413
    Query("普拉博沃", "e065690c", "translit"),  # Prabowo Subianto in Chinese characters ¶451
    # Russian (names in Cyrillic)
    # Lukashenko ¶263/265; Беларусь is a country named in Russian (20f574be ¶157 names Belarus for Sergeenko only)
    Query("Лукашенко Беларусь", "0e5d6094", "russian"),
    Query("Эмерсон Мнангагва", "faecd2e1", "russian"),  # Emmerson Mnangagwa ¶5/11
    Query("Сергей Лавров Вонсан", "097182f6", "russian"),  # Sergei Lavrov, Wonsan, 000 line 7
    # Spanish
    # ¶313 "las estatuas de mujeres nobles estaban rollizos"
    Query("mujeres nobles rollizas en Xi'an", "dde32893", "spanish"),
    # ¶323 "las madres y sus hijos simplemente caminaban tras cada intersección"
    Query("madres y sus hijos caminaban tras cada intersección", "dde32893", "spanish"),
    Query("código QR en el fondo de una olla", "dde32893", "spanish"),  # ¶327
    # Chinese (the joint statement's Chinese title, 003 line 20)
    # 003 line 20 "…苏联伟大卫国战争胜利和联合国成立80周年…"
    Query("伟大卫国战争胜利和联合国成立", "b39d8185", "chinese"),
    Query("俄罗斯联邦联合声明", "b39d8185", "chinese"),  # 003 line 20 "中华人民共和国和俄罗斯联邦…的联合声明"
    # Chat mentions around the real words
    Query("@here Jodie Evans Code Pink", "d89fdf72", "mention-noise"),  # ¶365
    Query("<#8812> Tsinghua Modernisation Forum", "ac7222d4", "mention-noise"),  # ¶475
    # "the quarter century old Shanghai Cooperation Organisation (SCO)" 26d64f12 ¶403; "the SCO's quarter
    # century history" 9e49ddff ¶427, the article about the SCO itself
    Query("\u200bquarter century old\u200b SCO\u200b", "9e49ddff", "mention-noise", also=("26d64f12",)),
    # Typos
    Query("Madbouli Egypt", "26d64f12", "typo"),  # Madbouly ¶405/411/413
    Query("Pezeshkan Iran", "e065690c", "typo"),  # Masoud Pezeshkian ¶451 (Iran also 3a9fa4ed's title)
    Query("Sergeyenko Belarus", "20f574be", "typo"),  # Igor Sergeenko, Speaker of the House of Belarus ¶157
    # Names
    Query("Subrahmanyam Jaishankar", "e065690c", "name"),  # ¶451
    # ¶65 "Chairman of the Standing Committee of the National People's Congress (NPC)"; 20f574be ¶156 lists him too
    Query("Zhao Leji NPC chairman", "362ba691", "name", also=("20f574be",)),
    Query("Mirziyoyev tourism", "3a9fa4ed", "name"),  # ¶207 Mirziyoyev; "culture, education, tourism"
    # Phrases
    Query("Economic Corridor 2.0", "3a9fa4ed", "phrase"),  # ¶211 "China-Pakistan Economic Corridor 2.0"
    Query("permanent testament", "f78fdcd6", "phrase"),  # ¶35/55 "a permanent testament to the brave victory"
    # ¶219 "on the rostrum of Tienanmen Square" (38a7d84f ¶377 holds the ceremony in the square, no rostrum)
    Query("rostrum of Tienanmen", "eca32116", "phrase"),
    # Questions
    # ¶137 Laos "was admitted as a SCO Partner"
    Query("which country was admitted as an SCO partner?", "20f574be", "question"),
    # ¶505 the July 7 Marco Polo Bridge Incident; ¶507 the Daily Worker: "plain case of aggression"
    Query("what did the Daily Worker call the Marco Polo Bridge incident?", "ac7222d4", "question"),
    # ¶237 "met with the King and the Queen Mother at Zhongnanhai"
    Query("where did Xi meet the Cambodian king and queen mother?", "5a5d8582", "question"),
    # Topics
    Query("market regulation and media agreements", "0e5d6094", "topic"),  # ¶261
    Query("three forces of terrorism, separatism and extremism", "9e49ddff", "topic"),  # ¶433
    Query("nanotechnology and biomedicine", "d807680a", "topic"),  # ¶105
)

SEEDS_UNANSWERED: tuple[str, ...] = (
    "Madbouly Moscow trip",  # Madbouly (26d64f12); Moscow (097182f6, b39d8185); no trip of his to Moscow
    "Eric Liddell Berlin Olympics 1936",  # Liddell's 1924 Paris Olympics (7ab1f62c); Berlin, 1936 nowhere
    "Tokayev nuclear power plant",  # Tokayev (26d64f12); "solar plant" (6710eba1); nuclear nowhere
    "Lula flight to Beijing",  # Lula chaired a virtual summit (e065690c); no flight or visit
    "Padrino arms purchases",  # Padrino (f78fdcd6); arms, purchases nowhere
    "JISCO workers' wages",  # JISCO and its workers (dde32893 ¶335, in Spanish); no wages
    "Belarus potash exports",  # Belarus (0e5d6094, 20f574be); potash, exports nowhere
    "Liddell rugby caps for Scotland",  # Liddell, Scotland (7ab1f62c: the 400 metres, the Olympics); rugby nowhere
    "Hun Manet election result",  # Hun Manet (5a5d8582); election nowhere
    # Mongolia (c061f0a1); the desierto de Gobi in Gansu (dde32893 ¶333/335); tourism (3a9fa4ed ¶207)
    "Mongolia Gobi desert tourism",
    "Telesur Spanish broadcast ratings",  # Telesur, Spanish (f78fdcd6); broadcast, ratings nowhere
    "Peng Liyuan singing career",  # Peng Liyuan (5a5d8582); singing, career nowhere
    "Sihamoni Phnom Penh palace",  # Sihamoni (5a5d8582); Buckingham Palace (ac7222d4); Phnom Penh nowhere
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # cricket ¶7; "The pavilion was built in 1938" ¶12
    Query("cricket pavilion built 1938", "e54c2eed", "cross-paragraph"),
    Query("Maria Esposito Chancellor's Scholarship", "2c2ab2d9", "cross-paragraph"),  # ¶5; ¶7
    Query("Tom Bewley oak mayor", "1b44227a", "cross-paragraph"),  # the ranger ¶7; the mayor plants an oak ¶4
    Query("Reg Aldous Anita Desai", "1feaef36", "cross-paragraph"),  # the founder ¶4/14; the trust chair ¶11
    Query("Edwin Carr time capsule", "03c7b462", "cross-paragraph"),  # the first headmaster ¶5; the capsule ¶10
    Query("Gaiety Theatre Marlowe's drapery", "7b7bc97a", "cross-paragraph"),  # ¶3/11/12; next week's fire ¶14
    Query("Jean Pollard barn dance raffle", "2a52c6c2", "cross-paragraph"),  # the social secretary ¶12; ¶11
    Query("Helen Mitchell café bank building", "0919305b", "cross-paragraph"),  # the author ¶2/16; ¶11
    # Word forms
    Query("Brook Lane pavilion reopening", "e54c2eed", "word-form"),  # ¶8 "The pavilion is expected to reopen"
    Query("felling the diseased elms", "c00d2a0f", "word-form"),  # title ¶8 "ELMS FELLED"; ¶9 "diseased elms"
    Query("dredged lake boat hut", "809d4928", "word-form"),  # ¶13 "two years of dredging"; ¶15 "The boat hut"
    # ¶4 "Frank Oddie closed his butcher's shop"; bd4591d4 ¶12 names the former Oddie's shop only
    Query("Frank Oddie closing his butcher's shop", "5c8d0837", "word-form"),
    Query("rehearsing the summer comedy", "2a52c6c2", "word-form"),  # ¶5 "Rehearsals begin"; ¶4 "the summer comedy"
    Query("projector breaking down at the Lyric", "1feaef36", "word-form"),  # ¶5 "the projector broke down"
    # ¶8 "Stalls must be booked by 25 May" (ef3c466a ¶11 "booked": group visits to the herb garden)
    Query("booking a stall at the Fenwick anniversary", "1b44227a", "word-form"),
    # Other scripts and other romanisations
    Query("Хелен Митчелл", "0919305b", "translit"),  # Helen Mitchell ¶2
    Query("Anna Petrovna Lavrova", "b6397093", "translit"),  # Анна Петровна Лаврова ¶7
    Query("Chengnan Gongyuan", "f7e674e9", "translit"),  # pinyin of 城南公园, title ¶1 and ¶3
    Query("Andres Gil cineclub", "1a2eeff3", "translit"),  # Andrés Gil ¶10, accent dropped; cineclub ¶1/6
    Query("Гарри Поттер", "0919305b", "translit"),  # Harry Potter ¶3
    Query("哈利·波特", "0919305b", "translit"),  # Harry Potter in Chinese characters ¶3
    # Russian
    Query("выставка Полвека школы", "b6397093", "russian"),  # ¶10 "Выставка «Полвека школы»"
    Query("первый директор школы", "b6397093", "russian"),  # ¶7 "Первый директор"; ¶13 "Директор школы"
    # ¶5 "начал работать драмкружок"; ¶6 "кружок стал народным театром"
    Query("народный театр драмкружок", "b6397093", "russian"),
    # Spanish
    # ¶7 "el club presentó una exposición de carteles en la casa de cultura"
    Query("exposición de carteles en la casa de cultura", "1a2eeff3", "spanish"),
    Query("ciclo de cine mudo", "1a2eeff3", "spanish"),  # ¶9 "un ciclo de cine mudo"
    # ¶10 "el primer cine de Villarreal abrió"; ¶11 "aquel edificio fue derribado"
    Query("primer cine de Villarreal derribado", "1a2eeff3", "spanish"),
    # Chinese
    Query("露天电影场", "f7e674e9", "chinese"),  # ¶5 "公园里的露天电影场建成"
    Query("樱花节", "f7e674e9", "chinese"),  # ¶9 "将举办樱花节"
    Query("新图书室建设", "f7e674e9", "chinese"),  # ¶15 "完成新图书室的建设"
    # Chat mentions around the real words
    Query("@everyone seed swap day", "ef3c466a", "mention-noise"),  # ¶6 "Seed swap day: 21 September"
    Query("<#4455> Calder graduation ceremonies", "2c2ab2d9", "mention-noise"),  # ¶3 "winter graduation ceremonies"
    # ¶3 the first Harry Potter book; ¶5 "our first midnight opening"; title "midnight openings"
    Query("\u200bmidnight\u200b opening\u200b Harry Potter\u200b", "0919305b", "mention-noise"),
    # Typos
    Query("Kingsmeer Grammar", "03c7b462", "typo"),  # Kingsmere Grammar, title and ¶3
    Query("Hatherly council notice", "e54c2eed", "typo"),  # Hatherley District Council — Public Notice ¶1
    Query("Tinsly Players auditions", "2a52c6c2", "typo"),  # Tinsley Players ¶1; auditions ¶4
    # Names
    Query("Ruth Okafor", "03c7b462", "name"),  # the headteacher ¶12
    Query("Anil Rao press office", "2c2ab2d9", "name"),  # ¶13 "Press contact: Anil Rao, press office"
    Query("Sam and Priya Nolan", "bd4591d4", "name"),  # the bakery's owners ¶13
    # Phrases
    Query("century of ordinary miracles", "03c7b462", "phrase"),  # ¶12
    Query("double bill of westerns", "1feaef36", "phrase"),  # ¶3
    Query("Victorian picnic", "1b44227a", "phrase"),  # ¶5
    # Questions
    Query("when were girls first admitted to Kingsmere?", "03c7b462", "question"),  # ¶7 "5 January 1972"
    # ¶11 "The previous repairs, after the floods of 14 November 2019, cost £18,000" (the pavilion ¶2/4/8/12)
    Query("what did the pavilion repairs after the 2019 floods cost?", "e54c2eed", "question"),
    # ¶14 "The Friends group was founded in 1979" (6a7f7cd8 is the Friends' archive page, no date)
    Query("when were the Friends of Fenwick Park founded?", "1b44227a", "question"),
    # Topics
    # ¶9 "Late-night shopping runs every Thursday"; 0919305b ¶14 the bookshop open until 8pm on Thursdays
    Query("late-night shopping on Thursdays", "68f42d3d", "topic", also=("0919305b",)),
    # ¶7 "Wexley's first picture house, the Electric, showed its last silent film"
    Query("picture house silent films", "7b7bc97a", "topic"),
    # the restored bandstand b102e750 ¶3–4; 7b7bc97a ¶10 "the park bandstand followed" in 1910
    Query("bandstand history", "b102e750", "topic", also=("7b7bc97a",)),
)

NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Brook Lane football pitch drainage",  # Brook Lane (e54c2eed: pavilion, cricket); football (03c7b462 ¶6)
    "Calder University student accommodation",  # Calder University, students (2c2ab2d9); no accommodation
    "Fenwick Park skate park plans",  # Fenwick Park (1b44227a, the digest articles); skate nowhere
    "Kingsmere Grammar Ofsted inspection",  # Kingsmere Grammar (03c7b462); no inspection
    "Lyric Picturehouse popcorn prices",  # Lyric Picturehouse (1feaef36); tickets, no prices
    "Harry Potter film premiere",  # Harry Potter books (0919305b); film (7b7bc97a, 1feaef36, 1a2eeff3)
    "Tinsley Players Christmas pantomime",  # Tinsley Players (2a52c6c2); Christmas (68f42d3d)
    "herb garden wedding hire",  # herb garden (ef3c466a); no weddings or hire
    "Wexley Courier editor",  # the Wexley Courier (7b7bc97a); no editor named
    "Crumb & Co sourdough recipe",  # Crumb & Co (bd4591d4); no recipes
    "Market Row parking restrictions",  # Market Row (e0fab658, 0919305b ¶11); no parking
    "Mitchell's Bookshop author signing",  # Mitchell's Bookshop (0919305b); no author events
    "Oakhurst Lodge hotel rooms",  # Oakhurst Lodge (ef3c466a); no hotel
    "школа № 7 ремонт спортзала",  # школа № 7 (b6397093: актовый зал, музей); no gym repairs
    "cuota de socio del cineclub",  # cineclub (1a2eeff3); inscripciones ¶13, no fee
    "城南公园停车场",  # 城南公园 (f7e674e9); no parking
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind26/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
