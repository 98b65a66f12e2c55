"""A fourth lookup query set, written as a TUNING set. It was written after tests/queries_blind3.py,
in one stream with the blind set tests/queries_blind5.py and split from it, so that ranking work
can be tuned here (look at the misses, change the engine, score again) while tests/queries_blind5.py
stays unseen and is scored once, at the end. Being tuned on, this set is in-sample: its score says
little about queries nobody has looked at; report tests/queries_blind5.py for that.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py, tests/queries_blind.py, tests/queries_blind2.py and
  tests/queries_blind3.py; no query here is a copy or near-copy of a query in those five files (a
  throwaway script compared the word sets, stemmed, of every query with every earlier one, and
  queries that came too close were given other words).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind5/docs, copied as ONE
  corpus into a subfolder blind5/ (see NEWDOCS_DIRS). No earlier query set used these documents.

How the two sets were split: the queries of tests/queries_blind4.py and tests/queries_blind5.py were
written in one stream, corpus by corpus and kind by kind, and dealt out in a fixed repeating order
(blind5, blind4, blind5, blind4, blind5, … per corpus), so that both files have the same mix of
kinds and corpora and blind5 gets about three queries in five.

Counts (answered 59: seeds 26, new documents 33; unanswered 16: seeds 8,
new documents 8):
- seeds/: cross-paragraph 5, word-form 3, translit 4, russian 1, spanish 2, chinese 1, mention-noise
  2, typo 2, name 1, phrase 1, question 2, topic 2;
- new documents: cross-paragraph 6, word-form 5, translit 4, russian 2, spanish 1, chinese 2,
  mention-noise 2, typo 2, name 2, phrase 1, question 3, topic 3.

Kinds (the examples are from this file and its twin, tests/queries_blind5.py): cross-paragraph (the
words of the query are in one article but no single paragraph, title line included, holds them all),
word-form (another form of a word the text uses, both ways and including irregular ones:
sent/sending, stood/standing, fell/fallen, brought/bringing, written/writing, preached/preaching,
sold/selling, taught/teaching, broke/breaking, laid/laying, led/leading, put/putting,
learned/learnt, cut/cutting, beating/beat, lost/losing, рейс/рейса, servirán/servir), translit
(another script or romanisation than the text, or accents dropped: Ли Цзиньсянь, Мин Аун Хлайн,
Норман Бетьюн, Tientsin, Tunhuang, Teng Hsiao-ping, Luiz Inacio, Turkiye, Ust-Kedrovsk,
Kedrovchanin, Viktor Laptev, Nina Golubeva, Qingzang, Xueling, Wang Jianguo, Эдит Марлоу, Миттеран,
Remedios Galan), russian, spanish, chinese, mention-noise (Discord/Telegram mentions and zero-width
spaces around the real words), typo (1–2 edits, 3 on a longer name), name, phrase, question, topic.
The few queries that a search box can only answer through translation or a synonym (not through the
text's own words in some form or script) say so in their comment ("needs translation", "synonym");
there are none here.

How the expected articles were judged: by reading the documents only. Every document of both
corpora was read in full first. Each query was then written from a passage of its article, and
every word of it (and a stem of it, for the other forms) was matched over the whole corpus, case-
and accent-insensitively (ё as е), by a throwaway script that listed every article and paragraph
holding it; those paragraphs were read to decide which article a reader wants first (`best`) and
which others are fair answers too (`also`). For cross-paragraph queries the same script checked
that no paragraph (title line included) holds all of the query's words. The unanswerable queries
share one or more words with their corpus on purpose (the word and the articles holding it are in
each one's comment); every article mentioning those words was read to confirm that none answers
the query.

The search engine was never run on these queries, and its code (bot/index/) and bench/ were not
read while writing them. Article ids come from `memorial-bot articles --json` (the document
loader), run on seeds/ and on a folder built as build_newdocs_corpus builds it.

This set is a tuning set: run it, read its misses and tune on it as often as needed. The blind set
written with it is tests/queries_blind5.py; keep that one unseen until the end.
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

# The new-documents corpus is assembled by copying tests/gold/blind5/docs/* into ONE temporary
# corpus folder under the subfolder blind5/: files are then "blind5/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind5/docs",)
NEWDOCS_SUBDIRS = ("blind5",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "68bff629": "All Saints, Netherby Moor — Parish Bulletin, October",
    "2ab1a3b4": "BRAMLEY VALE DISTRICT COUNCIL",
    "63b3a356": "FOR IMMEDIATE RELEASE",
    "0c16c005": "Under the sea and out of a job: Tidewell's ferrymen look back twenty years",
    "1643617d": "Edith Marlow: the queen of Pennock Market Hall",
    "b5d1e332": "Haverleigh's new bus station opens its doors",
    "c2d83032": "Haverleigh gets ready to party for the Diamond Jubilee",
    "6e7244d5": "Narrowboats climb the Kettleby flight for the first time in 54 years",
    "a22bb0eb": "Larchfield Primary School — Newsletter, Summer Term",
    "86a38f26": "Ravensworth end 28-year wait for the county league title",
    "ccf4bf26": "Saltmarsh Museum Blog: bunting, rain and a very large jelly",
    "8f13dce1": "Stonebury village hall reopens after £90,000 facelift",
    "b5722102": "Giant marrows and a century of rivalry at the allotment show",
    "c10a8949": "Class of '68 back at Hartsdown, fifty years on",
    "3fc6a0c8": "El mercado de abastos de Castrillo del Pinar celebra sus cien años",
    "264aa4bc": "В Усть-Кедровске паром совершил последний рейс",
    "63dba7cf": "青藏铁路通车十周年 雪岭站迎来老铁路人",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files (the two digests by the lines of their own file).

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph (title line included) has them all
    Query("Bolivarians slave-owning vision", "f78fdcd6", "cross-paragraph"),  # Bolivarians ¶39; slave-owning vision ¶41
    # the Dominican party ¶159; the Lao News Agency KPL ¶163
    Query("Dominican Republic Lao News Agency", "20f574be", "cross-paragraph"),
    Query("Code Pink VE Day", "d89fdf72", "cross-paragraph"),  # VE Day ¶359; Code Pink ¶365
    # Tokayev ¶405; post-disaster rehabilitation ¶419
    Query("Tokayev post-disaster rehabilitation", "26d64f12", "cross-paragraph"),
    # 000 line 1 the ministry; line 7 the USSR–North Korea monument
    Query("Veterans Affairs Ministry North Korea monument", "097182f6", "cross-paragraph"),
    # Word forms: another form of a word the text uses
    Query("Liddell preaching in China", "7ab1f62c", "word-form"),  # ¶285 "where he taught and preached"
    # ¶21 "Hungary and Bulgaria also sent senior representatives"
    Query("Hungary sending senior representatives", "faecd2e1", "word-form"),
    Query("victors writing history", "d89fdf72", "word-form"),  # ¶353 "history is written by the victors"
    # Other scripts, other romanisations, accents dropped
    Query("Ли Цзиньсянь", "097182f6", "translit"),  # Li Jinxian, 000 lines 1/4/10
    Query("Норман Бетьюн", "7ab1f62c", "translit"),  # Dr. Norman Bethune ¶275
    Query("Teng Hsiao-ping Theory", "38a7d84f", "translit"),  # Wade-Giles of Deng Xiaoping Theory ¶383
    Query("Turkiye Maldives Azerbaijan", "0e5d6094", "translit"),  # the title line: Türkiye, accent dropped
    # Russian
    Query("Пезешкиан Иран", "e065690c", "russian"),  # Iranian President Masoud Pezeshkian ¶451
    # Spanish
    Query("Alianza Negra por la Paz", "dde32893", "spanish"),  # ¶305
    Query("robótica y cirugía en Shanghái", "dde32893", "spanish"),  # ¶339 "una fábrica de robótica ... cirugía"
    # Chinese
    Query("洪玛奈", "5a5d8582", "chinese"),  # Hun Manet ¶243/247 in Chinese characters (pinyin Hong Manai)
    # Chat mentions and zero-width spaces around the real words
    # ¶117 "Her final defiant words before a firing squad"
    Query("@here firing squad defiant words", "ccf1d4fa", "mention-noise"),
    Query("\u200bShanghai Spirit\u200b", "9e49ddff", "mention-noise"),  # ¶435
    # Typos
    Query("Kuomintag", "6710eba1", "typo"),  # Kuomintang ¶557
    Query("Mongolain president Ukhnaa", "c061f0a1", "typo"),  # Mongolian President Khurelsukh Ukhnaa ¶187/197
    # Names
    Query("Hitler", "ccf1d4fa", "name"),  # ¶125 "the war effort against Hitler"
    # Phrases
    Query("a great wall with flesh and blood", "38a7d84f", "phrase"),  # ¶381
    # Natural questions
    # ¶219 "the first time for a DPRK leader to review a military parade in China since founding President Kim Il Sung
    # participated in the 1959 ..."
    Query("which DPRK leader reviewed a parade in 1959?", "eca32116", "question"),
    Query("when is the 70th anniversary of China-Egypt diplomatic ties?", "26d64f12", "question"),  # ¶411/413 next year
    # Topics
    Query("illegal sanctions against Zimbabwe", "faecd2e1", "topic"),  # ¶7
    Query("neo-Nazism and xenophobia", "b39d8185", "topic"),  # 003 line 38
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Slovakia national football team",  # Slovakia (faecd2e1)
    "Vietnam visa on arrival",  # Vietnam (362ba691, 20f574be)
    "Laos Luang Prabang temples",  # Laos (20f574be, 362ba691, 6710eba1)
    "Armenian brandy",  # Armenian (0e5d6094)
    "BRICS development bank loans",  # BRICS (e065690c, c061f0a1, b39d8185)
    "UN Security Council veto",  # UN Security Council (424ab945, c061f0a1)
    "Gansu rainbow mountains",  # Gansu (ac7222d4, dde32893, 6710eba1); mountains (ac7222d4, c061f0a1)
    "саммит BRICS 2026 где пройдет",  # BRICS (e065690c, c061f0a1, b39d8185)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph (title line included) has them all
    Query("Harriet B. Earl Whitacre", "63b3a356", "cross-paragraph"),  # the present boat ¶7; the late captain ¶12
    Query("Cobb's Yard broken biscuits", "1643617d", "cross-paragraph"),  # birthplace ¶5; the biscuits ¶9
    Query("Maureen Oddie Hadley arm", "6e7244d5", "cross-paragraph"),  # the chairman ¶9; the Hadley arm ¶13
    Query("Toby Garland Bill Hext", "86a38f26", "cross-paragraph"),  # the wicketkeeper ¶5; the groundsman ¶11
    Query("Harold Pike Gwen Latimer", "b5722102", "cross-paragraph"),  # last year's winner ¶17; the show secretary ¶15
    Query("Лаптев Заречное", "264aa4bc", "cross-paragraph"),  # the captain ¶9; the village of Zarechnoye ¶11
    # Word forms: another form of a word the text uses
    # ¶21 "who taught at Larchfield for thirty-one years"
    Query("Pauline Stroud teaching for thirty-one years", "a22bb0eb", "word-form"),
    # ¶7 "laid off 140 seamen" (the boat Kestrel in 6e7244d5 ¶3 is not the line)
    Query("Kestrel Line laying off seamen", "0c16c005", "word-form"),
    Query("Tanner's Row putting off its street party", "ccf4bf26", "word-form"),  # ¶7 "put theirs off altogether"
    Query("metalwork teacher cutting the cake", "c10a8949", "word-form"),  # ¶25 "cut the cake"
    Query("последнего рейса парома", "264aa4bc", "word-form"),  # title and ¶3 "паром ... совершил последний рейс"
    # Other scripts, other romanisations, accents dropped
    # Усть-Кедровск, title and ¶3 (ferry = паром; 63b3a356 and 0c16c005 have ferries but not this one)
    Query("Ust-Kedrovsk ferry", "264aa4bc", "translit"),
    Query("Nina Golubeva", "264aa4bc", "translit"),  # Нина Голубева ¶11
    Query("Xueling station", "63dba7cf", "translit"),  # 雪岭站 ¶3/7/9
    Query("Миттеран", "0c16c005", "translit"),  # President Mitterrand ¶5
    # Russian
    Query("выставка фотографий переправы", "264aa4bc", "russian"),  # ¶15 "выставка фотографий о переправе"
    # ¶13 "паром перевёз около 90 тысяч пассажиров", typed without ё
    Query("сколько пассажиров перевез паром", "264aa4bc", "russian"),
    # Spanish
    Query("conciertos de la banda municipal", "3fc6a0c8", "spanish"),  # ¶7
    # Chinese
    Query("天路十年图片展", "63dba7cf", "chinese"),  # ¶11
    Query("格拉段有多长", "63dba7cf", "chinese"),  # ¶5 "格拉段全长1100多公里"
    # Chat mentions and zero-width spaces around the real words
    Query("<@318273645546372819> garden waste permits", "2ab1a3b4", "mention-noise"),  # ¶13
    Query("@here <@&99887766> Hartsdown reunion", "c10a8949", "mention-noise"),  # title and ¶23
    # Typos
    Query("Haverleig bus station", "b5d1e332", "typo"),  # Haverleigh
    Query("Castrilo del Pinnar", "3fc6a0c8", "typo"),  # Castrillo del Pinar
    # Names
    Query("Anjali Rao", "c10a8949", "name"),  # the head ¶25
    Query("Ollie Prentice", "86a38f26", "name"),  # the leg-spinner ¶7
    # Phrases
    Query("refusal to let anyone squeeze a tomato", "1643617d", "phrase"),  # ¶9
    # Natural questions
    Query("when did the Channel Tunnel open?", "0c16c005", "question"),  # ¶5 6 May 1994
    # ¶11 "for collection from 5 to 16 January"
    Query("when will the Christmas trees be collected?", "2ab1a3b4", "question"),
    # ¶11 nine streets (c2d83032 ¶15 is a jubilee, not a coronation)
    Query("how many streets will close for the coronation parties?", "ccf4bf26", "question"),
    # Topics
    Query("primary school term dates", "a22bb0eb", "topic"),  # ¶7 Dates for the summer term
    Query("allotment society centenary show", "b5722102", "topic"),  # ¶13/15
    Query("millennium computer checks at the bus station", "b5d1e332", "topic"),  # ¶7
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Westminster Abbey opening times",  # Westminster Abbey (ccf4bf26)
    "Memorial Day sales",  # Memorial Day (63b3a356)
    "how to volunteer at a food bank",  # food bank (68bff629)
    "SATs results by school",  # SATs (a22bb0eb)
    "Diamond Jubilee commemorative coins",  # Diamond Jubilee (c2d83032)
    "Channel Tunnel fire",  # Channel Tunnel (0c16c005)
    "расписание паромов на Сахалин",  # паром (264aa4bc)
    "高原反应怎么办",  # 高原反应 (63dba7cf ¶7)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind5/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
