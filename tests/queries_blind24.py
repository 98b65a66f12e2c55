"""A twenty-fourth lookup query set, a BLIND set for the tenth round: it is committed unscored and is
to be scored once, later; the search must not be tuned on it (once used for tuning, a score on it is
in-sample and no longer blind).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind21.py; no query here is a
  copy or near-copy of a query in those files. A throwaway script compared the word set of every
  query (Latin and Cyrillic words, Chinese by character pairs, a few stop words left out) with every
  earlier query, while the set was being written; a query sharing more than half of its words with
  any one earlier query was replaced. (tests/queries_blind22.py and tests/queries_blind23.py, two
  other unscored sets, were not opened and so not compared.)
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind36/docs, copied as ONE
  corpus into a subfolder blind36/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 10
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 4 + 7 (another script or romanisation than the text:
Cyrillic and Chinese characters for Latin-script names, Latin for Cyrillic and Chinese, an older
romanisation for pinyin, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 3 + 3,
mention-noise 3 + 3 (Discord/Telegram mentions and zero-width spaces around the real words),
typo 4 + 3 (1–2 edits), name 3 + 4, phrase 3 + 3, question 4 + 4, topic 3 + 3: 45 + 55 answerable,
and 12 + 16 unanswerable. Every answerable query is answered by the documents' own words in some
form, spelling or script (names may be written in another script); none needs a translation of a
common noun or a synonym the text never uses.

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

# The new-documents corpus is assembled by copying tests/gold/blind36/docs/* into ONE temporary
# corpus folder under the subfolder blind36/: files are then "blind36/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind36/docs",)
NEWDOCS_SUBDIRS = ("blind36",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_aldwick_orchard_digest.txt, split by the loader into its three reports (¶3–7, ¶9–13, ¶15–20)
    "653cba19": "FROST DESTROYS THORNHAY BLOSSOM",
    "da3c49d8": "CIDER FESTIVAL BREAKS ITS RECORD",
    "848b87f4": "APPLE DAY RETURNS TO THORNHAY",
    "62c8328d": "Brockhurst Community Orchard",
    "cf93619e": "The day the machine won — a personal memory",
    "073ad4d1": "Edwin Marling: cider maker who kept the old orchards alive",
    # en_harnley_chess_archive_digest.txt: the heading (¶1–2) and three cuttings (¶4–8, ¶10–14, ¶16–20)
    "a9fee0ea": "From the Harnley Chess Club archive: three cuttings",
    "bbb4427c": "HARNLEY WIN THE COUNTY SHIELD",
    "acc11f00": "NEW YEAR CONGRESS A SELL-OUT",
    "ea3b8fd2": "GIANT CHESS ON THE GREEN FOR THE JUBILEE",
    "dbbd6dfe": "Kettleby Chess Club — New Year Newsletter",
    "e3d19fc5": "Looking back: from the files of the Lowmarsh Echo",
    "806ddc33": "Fifty years on, Harnley remembers the summer chess made the front page",
    "36120116": "SALTBY TOWN COUNCIL",
    "e679ff2e": "St Wendreda's, Marshby: tower appeal passes the halfway mark",
    "7f70d47f": "Twenty-five years on, Thornhay remembers the night the blossom died",
    "10473f5a": "El llagar de Valdesores celebra su medio siglo mirando al futuro",
    "083bc64e": "Шахматному клубу «Ладья» — 40 лет",
    "d6afff85": "红岭果园建园三十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Baron Lindsay of Birker and the Quakers' Friends Ambulance Unit ¶501; Chartist opposition ¶513
    Query("Birker Quakers Chartist opposition", "ac7222d4", "cross-paragraph"),
    # Vice President Delcy Rodríguez ¶33/53; "the erstwhile Japanese empire" ¶35/55
    Query("Delcy Rodríguez erstwhile Japanese empire", "f78fdcd6", "cross-paragraph"),
    # "the high levels of protocol and hospitality" ¶219; Yin Yong, Mayor of Beijing ¶221
    Query("Kim Jong Un protocol hospitality Yin Yong", "eca32116", "cross-paragraph"),
    # King Sihamoni, Xi's "fond memories" of Cambodia ¶239; online gambling and telecom fraud ¶247
    Query("Sihamoni fond memories telecom fraud", "5a5d8582", "cross-paragraph"),
    # Nikol Pashinyan ¶257/259; Belarusian President Lukashenko, "humanity … stands at a crossroads" ¶263
    Query("Pashinyan Belarusian crossroads", "0e5d6094", "cross-paragraph"),
    # 003 ¶41 the Yasukuni Shrine; ¶47 the 2001 Treaty of Good-Neighborliness and Friendly Cooperation
    Query("Yasukuni Good-Neighborliness treaty 2001", "b39d8185", "cross-paragraph"),
    # 002 ¶5 September 3, 2020; ¶11 Putin: "beautifying Nazis, militarists and their accomplices"
    Query("Putin accomplices 2020", "424ab945", "cross-paragraph"),
    # Lady From Chungking ¶113/129; "before a firing squad" ¶117; a court in Warsaw ¶125
    Query("Lady from Chungking firing squad Warsaw", "ccf1d4fa", "cross-paragraph"),
    # Word forms: the text has another form
    # 000 ¶7 Lavrov: a monument "will be erected in the 'Patriots' military-patriotic park"
    Query("Lavrov erecting a monument", "097182f6", "word-form"),
    # "the 2008 publication of James MacManus's biography, 'Ocean Devil'" ¶489
    Query("Hogg biography published 2008", "ac7222d4", "word-form"),
    # "President Lukashenko noted that every time he came to China, he would always be deeply impressed" ¶265
    Query("Lukashenko impressions of China", "0e5d6094", "word-form"),
    # "calls on the United States to remove Cuba from the arbitrary 'list of state sponsors of terrorism'" ¶101
    Query("Cuba removed from terrorism sponsors", "d807680a", "word-form"),
    # "At the 1924 Paris Olympics, Eric Liddell captured gold in the men's 400 metres" ¶287
    Query("Liddell captures gold in Paris", "7ab1f62c", "word-form"),
    # "the two countries' 'five-star ironclad' friendship has steadily deepened" ¶7
    Query("Zimbabwe friendship deepening steadily", "faecd2e1", "word-form"),
    # Another script or romanisation
    Query("Мадуро Делси Родригес", "f78fdcd6", "translit"),  # Maduro, Delcy Rodríguez in Cyrillic ¶33/53
    # Wade-Giles for Mao Zedong; "the friendship established by Chairman Mao and Fidel Castro" ¶83/93
    Query("Mao Tse-tung Fidel Castro", "d807680a", "translit"),
    Query("Сихамони Чжуннаньхай", "5a5d8582", "translit"),  # King Sihamoni at Zhongnanhai ¶235–239
    # To Lam ¶67–73 and Hanoi ¶73 in Cyrillic; 20f574be: To Lam ¶145, Hanoi ¶143
    Query("То Лам Ханой", "362ba691", "translit", also=("20f574be",)),
    # Russian (names written in Cyrillic)
    Query("Кен Хаммонд Джоди Эванс", "d89fdf72", "russian"),  # speakers Ken Hammond ¶363, Jodie Evans ¶365
    # "established by President Kaysone Phomvihane and President Fidel Castro" ¶167
    Query("Кайсон Фомвихан Фидель Кастро", "20f574be", "russian"),
    # Spanish
    # "Nuestros anfitriones nos avisaron contra tomar el tren bala" ¶329
    Query("anfitriones avisaron tren", "dde32893", "spanish"),
    Query("caudillismo feudalismo brutal", "dde32893", "spanish"),  # "feudalismo brutal … el caudillismo" ¶313
    # Chinese (names in Chinese characters)
    Query("洪森 通伦", "20f574be", "chinese"),  # Hun Sen and Thongloun among the guests in Hanoi ¶153–154
    Query("马杜罗 罗德里格斯", "f78fdcd6", "chinese"),  # Maduro and Delcy Rodríguez ¶33/53
    Query("托卡耶夫 马德布利", "26d64f12", "chinese"),  # Tokayev and Mostafa Madbouly ¶405
    # Mentions and zero-width spaces around the real words
    # "The ironclad Pakistan-China friendship has taken root in the hearts of the over 200 million Pakistani
    # people" ¶213
    Query("<@99> ironclad bond 200 million Pakistani", "3a9fa4ed", "mention-noise"),
    # "brain sciences, biodiversity … robotics and automation" ¶105
    Query("<#7781> \u200bbrain sciences robotics automation\u200b", "d807680a", "mention-noise"),
    # "carry forward the Shanghai Spirit, forge ahead with solid steps" ¶435
    Query("@here \u200bShanghai Spirit forge ahead\u200b", "9e49ddff", "mention-noise"),
    # Typos (1–2 edits)
    Query("Pashinyian", "0e5d6094", "typo"),  # Nikol Pashinyan ¶257–259
    Query("Mnangawga", "faecd2e1", "typo"),  # Emmerson Mnangagwa ¶5/11
    Query("Madboully", "26d64f12", "typo"),  # Mostafa Madbouly ¶405–413
    # Miguel Díaz-Canel ¶85–89; 20f574be: his state visit to Laos ¶161–167
    Query("Diaz-Kanel", "d807680a", "typo", also=("20f574be",)),
    # Names
    # "Wang Yi, member of the Political Bureau of the CPC Central Committee and Foreign Minister" ¶221
    Query("Wang Yi foreign minister", "eca32116", "name"),
    Query("Workers World Party", "6710eba1", "name"),  # among the delegation's organisations ¶547
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157
    Query("Igor Sergeenko Belarus House of Representatives", "20f574be", "name"),
    # Phrases
    Query("the old adage", "d89fdf72", "phrase"),  # "The old adage that history is written by the victors" ¶353
    Query("we do not forget this – we remember", "c061f0a1", "phrase"),  # Putin quoted ¶195
    # "the world's colonial powers sought to carve up China for their own interests" ¶555
    Query("carve up China for their own interests", "6710eba1", "phrase"),
    # Questions
    # "Around 400 military personnel from the armed forces of China, Russia, Laos, and Cambodia took part …
    # alongside the Vietnamese forces" ¶77; 20f574be: Lao People's Army soldiers in the parade ¶145
    Query(
        "which countries' troops marched alongside the Vietnamese forces?", "362ba691", "question", also=("20f574be",)
    ),
    # "he asked to have the 'Communist Manifesto' read to him. I read it and he said, 'That makes sense.'" ¶499
    Query("what did Hogg say after hearing the Communist Manifesto?", "ac7222d4", "question"),
    Query("what did Xi say are the creators of history?", "38a7d84f", "question"),  # "The people are the creators" ¶395
    # "Myanmar was part of the Eastern battlefield of the World Anti-Fascist War" ¶415
    Query("which battlefield was Myanmar part of in the anti-fascist war?", "26d64f12", "question"),
    # Topics
    # 003 ¶9 "Western distortions, unilateralism, and hegemonism"; e065690c: "Hegemonism, unilateralism, and
    # protectionism are getting more and more rampant" ¶453
    Query("Western distortions unilateralism hegemonism", "b39d8185", "topic", also=("e065690c",)),
    # "step up cooperation in such areas as … medical and health care" with Uzbekistan ¶207
    Query("Uzbekistan medical and health care cooperation", "3a9fa4ed", "topic"),
    # Cuba ¶83–103; "food production and agrotechnology" ¶105
    Query("Cuba food production and agrotechnology", "d807680a", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Oscar nominations for Chinese actors",  # actors (ccf1d4fa: Anna May Wong, "yellow face" actors); no Oscars
    "Tianjin half marathon route",  # Tianjin (9e49ddff, 7ab1f62c, 26d64f12 …); route (20f574be: the railway)
    "Caracas street food guide",  # Caracas (f78fdcd6); food (d807680a: food production)
    "Melnikov Duma election results",  # Melnikov, State Duma (054ef6fb); no election
    "alquiler de bicicletas en Yan'an",  # Yan'an (dde32893, 6710eba1); no bicycles for hire
    "Hogg tetanus vaccine schedule",  # Hogg died of tetanus (ac7222d4); no vaccine
    "Khurelsukh mining licences",  # Khurelsukh (c061f0a1); mining (faecd2e1, 3a9fa4ed) only as cooperation
    "Zhongnanhai tourist visits",  # Zhongnanhai (5a5d8582): where the leadership live and work; visits are state visits
    "Fico Bratislava coalition 2023",  # Fico (faecd2e1)
    "Guterres Portugal prime minister years",  # Guterres (26d64f12); prime ministers (26d64f12, faecd2e1 …)
    "Лукашенко хоккей",  # Lukashenko (0e5d6094, in Latin script); no hockey
    "中俄 足球比赛",  # 中俄 (003 ¶20, b39d8185); no football match
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "minus six" ¶6; Ron Pettifer ¶8/22; "at night with a thermometer" ¶24
    Query("Pettifer thermometer minus six", "7f70d47f", "cross-paragraph"),
    # Joan Tulley ¶5; the county show cup ¶9; the Tulley Russet ¶12
    Query("Marling Tulley Russet county show cup", "073ad4d1", "cross-paragraph"),
    # Philadelphia ¶5; "a plastic knight" ¶8
    Query("Kasparov Philadelphia plastic knight", "cf93619e", "cross-paragraph"),
    # Dennis Ockway's pocket set ¶7/10; Priya Lendon ¶12
    Query("Ockway pocket set Priya Lendon", "806ddc33", "cross-paragraph"),
    # St Wendreda's ¶1/3; lightning ¶5; the bells taken to a foundry ¶11 (073ad4d1: St Wendreda's only)
    Query("Wendreda lightning foundry", "e679ff2e", "cross-paragraph"),
    # the Valentine's blitz ¶15; the editor Jo Marsh ¶25
    Query("Kettleby Valentine blitz Jo Marsh", "dbbd6dfe", "cross-paragraph"),
    # the longest-peel competition ¶8; bare-root trees ¶10
    Query("Brockhurst bare-root trees longest-peel", "62c8328d", "cross-paragraph"),
    Query("Lowmarsh maltings weathercock", "e3d19fc5", "cross-paragraph"),  # weathercock ¶11; maltings ¶14
    # living pieces on Harnley Green ¶18; dinner at the Corn Hall ¶20
    Query("Harnley jubilee living pieces Corn Hall dinner", "ea3b8fd2", "cross-paragraph"),
    # Word forms
    # "Garry Kasparov resigned the sixth and last game" ¶3 (806ddc33: Spassky resigned the 21st game ¶6)
    Query("Kasparov resigning the sixth game", "cf93619e", "word-form"),
    Query("Fischer forfeiting the second game", "806ddc33", "word-form"),  # "then forfeited the second" ¶4
    Query("Edwin Marling marriage", "073ad4d1", "word-form"),  # "He married Joan Tulley" ¶5
    Query("Saltby fencing the orchard", "36120116", "word-form"),  # "proposes to fence the orchard" ¶7
    Query("Thornhay orchards grubbing up", "7f70d47f", "word-form"),  # "were grubbed up that year" ¶12
    # "the bells will be lowered by volunteers and taken to a foundry for retuning" ¶11
    Query("St Wendreda's bells lowering and retuned", "e679ff2e", "word-form"),
    Query("Lowe river frozen skaters", "e3d19fc5", "word-form"),  # "The river Lowe froze from bank to bank" ¶6
    Query("Deep Blue beat Kasparov", "cf93619e", "word-form"),  # "Deep Blue had already beaten him once" ¶5
    Query("турнир Ладья отменили", "083bc64e", "word-form"),  # "турнир … пришлось отменить" ¶6
    # "un incendio destruyó el viejo almacén" ¶5
    Query("incendio destruye almacén Valdesores", "10473f5a", "word-form"),
    # Another script or romanisation
    Query("Рейкьявик Фишер Спасский", "806ddc33", "translit"),  # Reykjavík, Fischer, Spassky in Cyrillic ¶2
    Query("Ladya shakhmatny klub", "083bc64e", "translit"),  # шахматный клуб «Ладья» ¶1–2
    Query("Olga Samoylova", "083bc64e", "translit"),  # директор клуба Ольга Самойлова ¶11
    Query("Hongling guoyuan", "d6afff85", "translit"),  # pinyin for 红岭果园 ¶1–2
    Query("Yang Te-fu", "d6afff85", "translit"),  # Wade-Giles for 老支书杨德福 ¶8
    Query("Reykjavik Open", "806ddc33", "translit"),  # "the Reykjavík Open" ¶14 (accent dropped)
    Query("卡斯帕罗夫", "cf93619e", "translit"),  # Garry Kasparov in Chinese characters ¶3–5
    # Russian
    Query("сеанс одновременной игры гроссмейстер", "083bc64e", "russian"),  # ¶7
    Query("шахматные часы на главном столе", "083bc64e", "russian"),  # ¶12
    Query("детское отделение на улице Садовой", "083bc64e", "russian"),  # ¶10
    # Spanish
    Query("espicha nave de las barricas", "10473f5a", "spanish"),  # ¶4
    Query("Semana de la Manzana pomaradas", "10473f5a", "spanish"),  # ¶8
    Query("veintidós socios prensa de madera", "10473f5a", "spanish"),  # ¶3
    # Chinese
    Query("冰雹 果子", "d6afff85", "chinese"),  # 一场冰雹打落了近三成的果子 ¶7
    Query("绿色食品认证", "d6afff85", "chinese"),  # ¶5
    Query("苹果花节", "d6afff85", "chinese"),  # 第一届苹果花节 ¶10
    # Mentions and zero-width spaces
    Query("<@8812> smudge pots", "653cba19", "mention-noise"),  # "advised to light smudge pots" ¶7
    # "marked its tenth anniversary with a record crowd" ¶11
    Query("@everyone \u200bcider festival record crowd\u200b", "da3c49d8", "mention-noise"),
    # "Our annual rapidplay …; entries close on 5 January" ¶13
    Query("<#3141> Kettleby rapidplay entries", "dbbd6dfe", "mention-noise"),
    # Typos
    Query("Kasparow", "cf93619e", "typo"),  # Garry Kasparov ¶3–5
    Query("Dennis Ockwey", "806ddc33", "typo"),  # Dennis Ockway ¶7/10
    Query("Covadonga Llanno", "10473f5a", "typo"),  # la presidenta, Covadonga Llano ¶11
    # Names
    Query("Helen Dray", "e679ff2e", "name"),  # the churchwarden ¶13
    Query("Margaret Ibbott", "36120116", "name"),  # Town Clerk ¶17
    # "Kevin Ashe, now a FIDE master" ¶13; bbb4427c: the sixteen-year-old who won the deciding game ¶7
    Query("Kevin Ashe FIDE master", "acc11f00", "name", also=("bbb4427c",)),
    Query("Alf Murchison", "e3d19fc5", "name"),  # the ringers' tower captain ¶15
    # Phrases
    Query("the night the blossom died", "7f70d47f", "phrase"),  # the title ¶1
    Query("one summer in Iceland", "806ddc33", "phrase"),  # "we owe our whole existence to one summer in Iceland" ¶15
    Query("Half the room cheered for the machine", "cf93619e", "phrase"),  # ¶7
    # Questions
    Query("when is the Brockhurst wassail?", "62c8328d", "question"),  # "Wassail: 17 January" ¶11
    # "The village's own Apple Day will be held in the chapel orchard on Wednesday 21 October" ¶18
    Query("when is Thornhay's Apple Day in the chapel orchard?", "848b87f4", "question"),
    # "The deciding game was won by sixteen-year-old Kevin Ashe" ¶7
    Query("who won the deciding game when Harnley took the county shield?", "bbb4427c", "question"),
    # "The appeal … has passed £180,000, just over half of its target" ¶3
    Query("how much money has the St Wendreda's tower appeal raised so far?", "e679ff2e", "question"),
    # Topics
    # "our club held its first engine night" ¶10; computer ¶9; the next engine night ¶13
    Query("computer engine night at the chess club", "cf93619e", "topic"),
    Query("cattle and fruit market Bridge Street", "e3d19fc5", "topic"),  # ¶5
    # "Picking weekends for volunteers run from 7 to 15 September" ¶5; "looked after entirely by volunteers" ¶12
    Query("orchard volunteers picking weekends", "62c8328d", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Kasparov (cf93619e); world champion (806ddc33); the autumn championship (dbbd6dfe)
    "Kasparov Karpov world championship 1985",
    "Thornhay parish council elections",  # Thornhay (653cba19, 848b87f4, e3d19fc5, 7f70d47f); council (36120116)
    "Harnley library opening hours",  # Harnley; the library (ea3b8fd2, 806ddc33, e3d19fc5); no hours
    "Pennock Farm holiday cottages",  # Pennock Farm (da3c49d8, 073ad4d1); bank holiday (ea3b8fd2)
    "Saltby Christmas lights switch-on",  # Saltby (36120116)
    "Marshby primary school Ofsted report",  # Marshby, the primary school (e679ff2e); Kettleby Primary (dbbd6dfe)
    "Kettleby chess club online lessons",  # Kettleby Chess Club (dbbd6dfe)
    "Deep Blue source code",  # Deep Blue (cf93619e)
    "Brockhurst pub quiz",  # Brockhurst (62c8328d)
    "Lowmarsh Echo subscription price",  # the Lowmarsh Echo (e3d19fc5); a record price for apples ¶5
    "Ладья футбольный клуб",  # «Ладья», клуб (083bc64e): a chess club
    "receta de sidra casera",  # sidra (10473f5a: la Fiesta de la Sidra); no recipe
    "红岭 苹果 价格",  # 红岭, 苹果 (d6afff85); no price (门票免费 is the picking festival's admission)
    "Fischer Spassky rematch 1992",  # Fischer, Spassky (806ddc33): the 1972 match only
    "Common Ground charity donations",  # Common Ground (848b87f4, 62c8328d); donations (073ad4d1, e679ff2e)
    "Reykjavík hotels",  # Reykjavík (806ddc33)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind36/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
