"""A fifth blind lookup query set. It was written after tests/queries_blind3.py, together with the
tuning set tests/queries_blind4.py, so that later ranking work has a set it has never seen. It has
never been used to tune anything and is to be scored once, at the end of that work: once it is used
for tuning it is in-sample, and a new blind set is needed.

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

Counts (answered 88: seeds 39, new documents 49; unanswered 25: seeds 13,
new documents 12):
- seeds/: cross-paragraph 7, word-form 6, translit 4, russian 3, spanish 2, chinese 3, mention-noise
  2, typo 3, name 2, phrase 2, question 3, topic 2;
- new documents: cross-paragraph 9, word-form 8, translit 6, russian 2, spanish 3, chinese 2,
  mention-noise 2, typo 4, name 2, phrase 3, question 3, topic 5.

Kinds (the examples are from this file and its twin, tests/queries_blind4.py): cross-paragraph (the
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
there are 2 here, Chinese names read in Vietnamese or Korean.

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

This set is blind: score it once, at the end of the work, and report the number as it comes out.
Do not look at which of its queries miss and do not tune on it; tune on tests/queries_blind4.py.
"""

from __future__ import annotations

from .queries import TITLES, Query
from .queries_blind4 import NEWDOCS_DIRS, NEWDOCS_SUBDIRS, NEWDOCS_TITLES, build_newdocs_corpus

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

# The same new-documents corpus as tests/queries_blind4.py (written at the same time): its folder
# (tests/gold/blind5/docs copied under blind5/), the titles of its articles and how it is built.
SEEDS_TITLES: dict[str, str] = TITLES

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files (the two digests by the lines of their own file).

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph (title line included) has them all
    # NATO ¶21; artificial intelligence ¶27
    Query("Slovakia NATO artificial intelligence", "faecd2e1", "cross-paragraph"),
    # first in Latin America ¶89; cybersecurity ¶105
    Query("Cuba Latin America cybersecurity", "d807680a", "cross-paragraph"),
    # G20 ¶191; connected by mountains and rivers ¶197
    Query("G20 mountains and rivers", "c061f0a1", "cross-paragraph"),
    Query("Zhongnanhai telecom fraud", "5a5d8582", "cross-paragraph"),  # Zhongnanhai ¶237; telecom fraud ¶247
    # Deng Xiaoping Theory ¶383; the lunch in the Great Hall ¶385
    Query("Deng Xiaoping Theory lunch Great Hall", "38a7d84f", "cross-paragraph"),
    # SCO Plus meeting ¶425; garden of civilisations ¶439
    Query("SCO Plus garden of civilisations", "9e49ddff", "cross-paragraph"),
    # 003 line 39 Tokyo Trials; line 54 maritime and air patrols
    Query("Tokyo Trials maritime patrols", "b39d8185", "cross-paragraph"),
    # Word forms: another form of a word the text uses
    # ¶115 "sacrificing her life for the cause of freedom"
    Query("film heroine sacrificed her life for freedom", "ccf1d4fa", "word-form"),
    # ¶127 "the Japanese invaders slaughtered over 20 million"; 6710eba1 ¶555 the invasion "claimed the lives of tens of
    # millions"
    Query("Japanese invaders slaughtering Chinese civilians", "ccf1d4fa", "word-form", also=("6710eba1",)),
    # 000 line 2 "Chinese partisans who fought against Japanese forces"; 054ef6fb ¶12 the anti-Japanese united army's
    # camp
    Query("Chinese partisans fighting Japanese forces", "097182f6", "word-form", also=("054ef6fb",)),
    # ¶479 "had once stood together as allies"
    Query("Britain and China standing together as allies", "ac7222d4", "word-form"),
    # ¶379/391 "honour fallen heroes"; 7ab1f62c ¶273/281 pays tribute to the Scottish heroes who died
    Query("honouring heroes who fell in the war", "38a7d84f", "word-form", also=("7ab1f62c",)),
    # ¶37 "brought the Japanese empire to its knees"
    Query("bringing the Japanese empire to its knees", "f78fdcd6", "word-form"),
    # Other scripts, other romanisations, accents dropped
    Query("Мин Аун Хлайн", "26d64f12", "translit"),  # Min Aung Hlaing ¶405/415/419
    # postal romanisation of Tianjin, "the city of his birth" ¶289
    Query("Liddell born in Tientsin", "7ab1f62c", "translit"),
    # Wade-Giles of Dunhuang; the Dunhuang Salt Tower solar plant ¶539; dde32893 ¶335 the same molten-salt plant
    Query("Tunhuang Salt Tower", "6710eba1", "translit", also=("dde32893",)),
    Query("Luiz Inacio Lula", "e065690c", "translit"),  # Luiz Inácio Lula da Silva ¶451, accent dropped
    # Russian
    # Madbouly ¶405/411/413; Egypt (also in e065690c ¶451 and 6710eba1 ¶537, not with Madbouly)
    Query("Мадбули Египет", "26d64f12", "russian"),
    Query("Сассу-Нгессо Конго", "faecd2e1", "russian"),  # Denis Sassou Nguesso, Republic of the Congo ¶23
    # ¶63 Ho Chi Minh described it in a poem (стихотворение = poem); Ho Chi Minh also ¶75
    Query("Хо Ши Мин стихотворение", "362ba691", "russian"),
    # Spanish
    Query("generales de terracota en Xi'an", "dde32893", "spanish"),  # ¶313
    Query("¿qué dijo el trabajador sobre la red eléctrica?", "dde32893", "spanish"),  # ¶335 "nuestra red nunca se cae"
    # Chinese
    # needs translation: Sino-Vietnamese names of To Lam ¶67/69/73 and Luong Cuong ¶71 (pinyin Su Lin, Liang Qiang)
    Query("苏林 梁强", "362ba691", "chinese"),
    Query("金日成", "eca32116", "chinese"),  # needs translation: Kim Il Sung ¶219 (pinyin Jin Richeng)
    # Maduro, Caracas ¶33–57 in Chinese characters (pinyin Maduluo, Jialajiasi)
    Query("马杜罗 加拉加斯", "f78fdcd6", "chinese"),
    # Chat mentions and zero-width spaces around the real words
    Query("<@!401122334455667788> League Against Imperialism", "ac7222d4", "mention-noise"),  # ¶513
    Query("@everyone <@&66778899> unilateral coercive measures", "b39d8185", "mention-noise"),  # 003 line 11
    # Typos
    Query("Khaled bin Mohammed", "e065690c", "typo"),  # Khaled bin Mohamed ¶451
    Query("Lugou Bridge incedent", "ac7222d4", "typo"),  # the Lugou 'Marco Polo' Bridge Incident ¶505
    Query("Institue of Party History", "ac7222d4", "typo"),  # the Institute of Party History and Literature ¶475
    # Names
    Query("KJ Noh", "d89fdf72", "name"),  # speaker ¶368
    Query("Sergei Lavrov", "097182f6", "name"),  # 000 line 7
    # Phrases
    Query("plain case of aggression", "ac7222d4", "phrase"),  # the Daily Worker's editorial ¶507
    # faecd2e1 ¶15 "profound changes unseen in a century"; e065690c ¶453 "transformation unseen in a century"
    Query("changes unseen in a century", "faecd2e1", "phrase", also=("e065690c",)),
    # Natural questions
    # 6710eba1 ¶555 below 35; dde32893 ¶313 (expectativa de vida ... 24 años, before 1949)
    Query("what was life expectancy in China in 1949?", "6710eba1", "question", also=("dde32893",)),
    Query("when will Laos celebrate 50 years of the Lao PDR?", "20f574be", "question"),  # ¶165 the end of 2025
    # ¶537 over 60 countries
    Query("how many countries sent speakers to the Dunhuang dialogue?", "6710eba1", "question"),
    # Topics
    # ¶440 "oppose the Cold War mentality" (7ab1f62c ¶279 mentions the Cold War, not the mentality)
    Query("Cold War mentality", "9e49ddff", "topic"),
    Query("Pakistan ironclad brotherly bond", "3a9fa4ed", "topic"),  # ¶211/213
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Zimbabwe dollar exchange rate",  # Zimbabwe (faecd2e1)
    "Venezuela oil production",  # Venezuela (f78fdcd6)
    "Cuban salsa dance classes",  # Cuban (d807680a, 20f574be)
    "Hollywood Walk of Fame stars",  # Hollywood (ccf1d4fa)
    "Mongolian throat singing",  # Mongolian (c061f0a1, d89fdf72)
    "Eric Liddell Chariots of Fire filming locations",  # Eric Liddell (7ab1f62c)
    "curso de español en Xi'an",  # español, Xi'an (dde32893)
    "SCO military exercises schedule",  # SCO (many); joint exercises (b39d8185)
    "Scottish independence referendum",  # Scottish (7ab1f62c); independence (b39d8185, ac7222d4)
    "Tianjin Eye Ferris wheel",  # Tianjin (many)
    "Xinhua news agency job vacancies",  # Xinhua News Agency (7ab1f62c)
    "抗日战争电视剧推荐",  # 抗日战争 (b39d8185 line 20)
    "horario de visitas de JISCO",  # JISCO (dde32893)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph (title line included) has them all
    Query("Jean Pollard Frank Dyer", "68bff629", "cross-paragraph"),  # the photographs ¶5; the auctioneer ¶13
    Query("Mitterrand Bosun's Galley", "0c16c005", "cross-paragraph"),  # the opening ¶5; the café ¶9
    Query("Sheila Brannan Corn Street depot", "b5d1e332", "cross-paragraph"),  # the mayor ¶3; the old depot ¶5
    Query("Beacon Hill royal wedding", "c2d83032", "cross-paragraph"),  # the beacon ¶17; the royal wedding ¶15
    Query("SATs week Brackley Woods", "a22bb0eb", "cross-paragraph"),  # SATs ¶11; the Year 3 trip ¶14
    Query("Fisher Street knobbly knees", "ccf4bf26", "cross-paragraph"),  # the street party ¶7; the competition ¶9
    # the 1922 opening ¶3; the new floor ¶5
    Query("Lady Constance Farrant sprung floor", "8f13dce1", "cross-paragraph"),
    Query("Reg Cosgrove Sue Whitfield", "c10a8949", "cross-paragraph"),  # the metalwork teacher ¶25; the organisers ¶27
    Query("王建国 酥油", "63dba7cf", "cross-paragraph"),  # the retired worker ¶7; the herders' butter ¶9
    # Word forms: another form of a word the text uses
    Query("Edith Marlow selling fruit and vegetables", "1643617d", "word-form"),  # ¶3 "who sold fruit and vegetables"
    Query("tunnel workers breaking through", "0c16c005", "word-form"),  # ¶5 "Workers from the two sides broke through"
    # ¶3 "led by the restored working boat Kestrel"
    Query("narrowboat leading the Kettleby flotilla", "6e7244d5", "word-form"),
    Query("crowning of King Charles III", "ccf4bf26", "word-form"),  # ¶5 "King Charles III will be crowned"
    # ¶13 "learned in Kenya that she had become Queen"
    Query("Princess Elizabeth learnt she was Queen in Kenya", "c2d83032", "word-form"),
    Query("Ravensworth beat Stallbridge", "86a38f26", "word-form"),  # ¶3 "after beating Stallbridge by 46 runs"
    Query("losing the cup final at Dunmore", "86a38f26", "word-form"),  # ¶9 "lost the cup final at Dunmore"
    Query("servir mil raciones de caldereta", "3fc6a0c8", "word-form"),  # ¶7 "se servirán mil raciones de caldereta"
    # Other scripts, other romanisations, accents dropped
    Query("Kedrovchanin", "264aa4bc", "translit"),  # «Кедровчанин» ¶3/15
    Query("Viktor Laptev", "264aa4bc", "translit"),  # Виктор Лаптев ¶9
    Query("Qingzang railway", "63dba7cf", "translit"),  # pinyin of 青藏铁路, title and ¶3/5 (railway = 铁路)
    Query("Wang Jianguo", "63dba7cf", "translit"),  # 王建国 ¶7
    Query("Эдит Марлоу", "1643617d", "translit"),  # Edith Marlow, title and ¶3
    Query("Remedios Galan", "3fc6a0c8", "translit"),  # Remedios Galán ¶9, accent dropped
    # Russian
    # ¶3 через Кедровку; ¶5 автомобильный мост (no paragraph has both)
    Query("автомобильный мост через Кедровку", "264aa4bc", "russian"),
    Query("музей в рубке парома", "264aa4bc", "russian"),  # ¶15
    # Spanish
    Query("la placera más veterana", "3fc6a0c8", "spanish"),  # ¶9
    # ¶5 "fue inaugurado el 8 de septiembre de 1924"
    Query("¿cuándo se inauguró el mercado de Castrillo?", "3fc6a0c8", "spanish"),
    Query("carpa en la plaza durante la reforma", "3fc6a0c8", "spanish"),  # ¶13
    # Chinese
    Query("海拔4500米的车站", "63dba7cf", "chinese"),  # ¶3 "海拔4500多米的雪岭站"
    Query("免费热茶和氧气", "63dba7cf", "chinese"),  # ¶11
    # Chat mentions and zero-width spaces around the real words
    Query("@everyone Harvest Supper tickets", "68bff629", "mention-noise"),  # ¶11
    Query("\u200bCrowned in the Rain\u200b", "ccf4bf26", "mention-noise"),  # the exhibition ¶13
    # Typos
    Query("Kettelby locks", "6e7244d5", "typo"),  # Kettleby
    Query("Ravensworht cricket", "86a38f26", "typo"),  # Ravensworth
    Query("Saltmarsh Musuem", "ccf4bf26", "typo"),  # Museum
    Query("Capt. Earl Whitaker", "63b3a356", "typo"),  # Whitacre ¶12 (3 edits)
    # Names
    Query("Linda Vasquez", "63b3a356", "name"),  # the commissioner ¶17
    Query("Colin Ashe", "68bff629", "name"),  # the supper tickets ¶11
    # Phrases
    Query("a very large jelly", "ccf4bf26", "phrase"),  # the title line
    Query("a whole way of life here before the tunnel", "0c16c005", "phrase"),  # ¶13
    Query("the best in the county", "8f13dce1", "phrase"),  # ¶5 the sprung floor
    # Natural questions
    Query("how many crossings has the Harriet B. made?", "63b3a356", "question"),  # ¶7 an estimated 400,000
    # ¶5 "was formed on 9 October 1971"; founders ¶9
    Query("when was the Kettleby Canal Trust founded?", "6e7244d5", "question"),
    Query("how old was Edith Marlow when she died?", "1643617d", "question"),  # ¶3 aged 87
    # Topics
    Query("ferry crews losing their jobs to the Channel Tunnel", "0c16c005", "topic"),  # title, ¶7
    Query("volunteers restoring a canal", "6e7244d5", "topic"),  # ¶3 restored boat; ¶5 volunteers cleared the channel
    Query("bin collections over Christmas", "2ab1a3b4", "topic"),  # ¶5/7
    Query("village hall refurbishment", "8f13dce1", "topic"),  # ¶3 a nine-month refurbishment
    Query("county league cricket champions", "86a38f26", "topic"),  # title, ¶3
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Eurostar ticket prices",  # Eurostar (0c16c005)
    "Kentucky Derby betting odds",  # Kentucky (63b3a356)
    "Methodist church beliefs",  # Methodist (ccf4bf26); church (68bff629, 1643617d)
    "narrowboat holiday hire",  # narrowboats (6e7244d5); holiday (a22bb0eb, c2d83032, ccf4bf26)
    "Remembrance Sunday poppy appeal",  # Remembrance Sunday (68bff629)
    "Ashes cricket tickets",  # cricket (86a38f26); tickets (68bff629)
    "recycling centre jobs",  # recycling centre (2ab1a3b4)
    "Kenya safari lodges",  # Kenya (c2d83032)
    "receta de caldereta de cordero",  # caldereta (3fc6a0c8)
    "pesetas a euros conversión",  # pesetas (3fc6a0c8)
    "拉萨旅游攻略",  # 拉萨 (63dba7cf)
    "Mitterrand biography",  # Mitterrand (0c16c005)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------
