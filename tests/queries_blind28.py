"""A twenty-eighth lookup query set: a BLIND set for the thirteenth round. It is committed unscored and
is to be scored once, later; the search must not be tuned on it (once it has been looked at for tuning,
a score on it is in-sample and the set is spent).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py sets; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind27.py, an unscored blind set of its own, was
  not opened). A throwaway script compared the word set of every query (Latin and Cyrillic words,
  Chinese by character pairs, a few stop words and the mention noise left out) with every earlier
  query and with the other queries of this set, while the set was being written; a query sharing more
  than half of its words with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind40/docs, copied as ONE
  corpus into a subfolder blind40/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

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

# The new-documents corpus is assembled by copying tests/gold/blind40/docs/* into ONE temporary
# corpus folder under the subfolder blind40/: files are then "blind40/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind40/docs",)
NEWDOCS_SUBDIRS = ("blind40",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "913700c9": "The morning it went dark at Cury, a quarter of a century on",
    "8992d5a3": "KELLOW TOWN COUNCIL",
    "b2c95202": "LOOKING BACK",
    "5c8a03b1": "Leonard Trist: the chemist who knew every family in Westcombe",
    "a4765b45": "Lidden Cove Sea Swimmers",
    "69d0a841": "Divers raise the Morwenna's bell, thirty years on",
    "01093c2d": "Half a century of care on Penhale Ward",
    # the Porthallow Chronicle digest, split into its heading and three reports (¶1–3, 5–9, 11–15, 17–23)
    "1d3a0c78": "Porthallow Chronicle — From the archive",
    "50eb8c3b": "COASTER LOST OFF GULL POINT",
    "b31a31bf": "NEW LIFEBOAT NAMED AT PORTHALLOW",
    "dc27e52c": "HARBOUR WALL REPAIRS FINISHED",
    "10287de8": "Tanfield Coaches: a hundred years on the road",
    "af8df9e9": "Trenwith Heritage Omnibus Group",
    # the Trevean dairy scrapbook, split into its heading and three cuttings (¶1–2, 3–7, 8–12, 13–18)
    "e60c6dad": "Trevean Co-operative Dairy — pages from the society's scrapbook",
    "70746404": "TREVEAN DAIRY AT 75",
    "71692f14": "NEW BOTTLING HALL OPENS",
    "3b4fbef7": "LAST DOORSTEP ROUND",
    "4a1f9389": "PRESS RELEASE — Trewin & Sons, family bakers of Kellow",
    "dc2765b3": "Farmacia Ruiz — Concurso de fotografía «Cien años de botica»",
    # the «Северная заря» file, split into its heading and three notes (¶1–3, 5–9, 11–15, 17–24)
    "15a17da4": "«Северная заря»: страницы из подшивки",
    "1df97884": "ГАЗЕТЕ — 65 ЛЕТ",
    "0af7be7b": "НОВАЯ ПЕЧАТНАЯ МАШИНА",
    "1c1b6f2b": "ДВАДЦАТЬ ЛЕТ СПУСТЯ",
    "14881629": "青石市天文爱好者协会通讯",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # 'The Children of Huang Shi' ¶491; pacifism, non-conformist Christianity ¶493
    Query("Children of Huang Shi pacifism non-conformist", "ac7222d4", "cross-paragraph"),
    # the Hanoi guest list, one line each: Igor Sergeenko ¶157, Yakushev ¶158, the Dominican Republic ¶159
    Query("Sergeenko Yakushev Dominican", "20f574be", "cross-paragraph"),
    # Mnangagwa ¶5; FOCAC ¶9/27; Fico at noon ¶13/19; the only member state of NATO ¶21
    Query("NATO Fico Mnangagwa FOCAC", "faecd2e1", "cross-paragraph"),
    # "China is the leading military power on planet earth" ¶41; Orinoco Tribune ¶49/53
    Query("Orinoco Tribune leading military power on planet earth", "f78fdcd6", "cross-paragraph"),
    # Kim greeted by Cai Qi … Yin Yong ¶221; the 80th anniversary of the founding of the WPK ¶227
    Query("Cai Qi Yin Yong WPK 80th anniversary", "eca32116", "cross-paragraph"),
    # Queen Mother ¶235–241; Xi's state visit in April ¶239/247; online gambling ¶247
    Query("Queen Mother state visit April gambling", "5a5d8582", "cross-paragraph"),
    # 003 ¶13 Global Civilization Initiative; ¶39–40 the Nuremberg Tribunal, genocide
    Query("Global Civilization Initiative Nuremberg Tribunal genocide", "b39d8185", "cross-paragraph"),
    # 000 ¶3 the Noraa, guerrilla fighters; ¶11 verification of records; ¶12 labor-intensive
    Query("Noraa guerrilla labor-intensive verification", "097182f6", "cross-paragraph"),
    # Word forms: the text has another form
    # "where he taught and preached" ¶285; "the devout Christian" ¶289
    Query("Liddell devout Christian preaching", "7ab1f62c", "word-form"),
    # Madbouly ¶405–413: "new energy, electric vehicles, finance and seawater desalination" ¶413
    Query("Madbouly financing electric vehicle", "26d64f12", "word-form"),
    # "the blockade … constitutes the main obstacle to Cuba's development" ¶101
    Query("blockading Cuba's development", "d807680a", "word-form"),
    # "la planta de poder solar … de Dunhuang, que puede almacenar energía por la noche" ¶335;
    # 6710eba1: the Dunhuang Salt Tower solar plant ¶539
    Query("almacenamiento de energía Dunhuang", "dde32893", "word-form", also=("6710eba1",)),
    # "in a speech in Buckingham Palace … had once stood together as allies" ¶479
    Query("Buckingham Palace Xi spoke allies", "ac7222d4", "word-form"),
    # "Armenia hopes to learn from China's experience" ¶259
    Query("Pashinyan learning from China's experience", "0e5d6094", "word-form"),
    # Another script or romanisation
    # King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk in Cyrillic ¶235–241
    Query("Сихамони Сианук", "5a5d8582", "translit"),
    # the postal romanisation of Shaanxi: "a number of cities in Shaanxi and Gansu provinces" ¶549
    Query("Shensi province cities", "6710eba1", "translit"),
    # Luiz Inácio Lula da Silva, "the current rotating Chair of BRICS" ¶451 (accents dropped)
    Query("Luiz Inacio Lula da Silva BRICS chair", "e065690c", "translit"),
    Query("埃默森·姆南加古瓦", "faecd2e1", "translit"),  # Emmerson Mnangagwa in Chinese characters ¶5
    # Russian (names written in Cyrillic)
    Query("Масуд Пезешкиан", "e065690c", "russian"),  # Iranian President Masoud Pezeshkian ¶451
    Query("Антониу Гутерриш", "26d64f12", "russian"),  # António Guterres ¶405–409
    # Spanish
    Query("el Ejército Rojo se reagrupó", "dde32893", "spanish"),  # "El Ejército Rojo se reagrupó allá" ¶315
    Query("el capitalismo no es capaz", "dde32893", "spanish"),  # "El capitalismo no es capaz de cumplir" ¶319
    # Chinese (names in Chinese characters)
    Query("诺罗敦 西哈努克", "5a5d8582", "chinese"),  # Queen Mother Norodom Monineath Sihanouk ¶235–241
    Query("夏巴兹 巴基斯坦", "3a9fa4ed", "chinese"),  # Pakistani Prime Minister Shehbaz Sharif ¶211–213
    Query("蔡奇 殷勇", "eca32116", "chinese"),  # Kim greeted by Cai Qi … Yin Yong, Mayor of Beijing ¶221
    # Mentions and zero-width spaces around the real words
    # Norman Bethune, "heir to a Scottish family of doctors" ¶275
    Query("<@999> \u200bheir to a Scottish family of doctors\u200b", "7ab1f62c", "mention-noise"),
    # "the extensive system of parks and green belts", "commodified cultural access in the West" ¶539
    Query("<#31337> parks and green belts commodified cultural access", "6710eba1", "mention-noise"),
    # pauk-phaw ¶415/419; "combat cross-border crimes … the China-Myanmar border region" ¶417
    Query("@everyone \u200bpauk-phaw\u200b border region crimes", "26d64f12", "mention-noise"),
    # Typos (1–2 edits)
    Query("Mirzyoyev", "3a9fa4ed", "typo"),  # Shavkat Mirziyoyev ¶207–209
    Query("Madboly Egypt", "26d64f12", "typo"),  # Egyptian Prime Minister Mostafa Madbouly ¶405–413
    Query("Sihanuk", "5a5d8582", "typo"),  # Queen Mother Norodom Monineath Sihanouk ¶235–241
    Query("Ramaphosaa", "e065690c", "typo"),  # South African President Cyril Ramaphosa ¶451/467
    # Names
    Query("Arthur Clegg Aid China", "ac7222d4", "name"),  # "Arthur Clegg … his memoir, 'Aid China – 1937-1949'" ¶515
    # "David Horsley is also the author of a booklet on the life of Claudia Jones" ¶123
    Query("Claudia Jones booklet David Horsley", "ccf1d4fa", "name"),
    # Zhao Leji, Chairman of the Standing Committee of the NPC ¶65; 20f574be: among the Hanoi guests ¶156
    Query("Zhao Leji National People's Congress", "362ba691", "name", also=("20f574be",)),
    # Phrases
    Query("prevent the outbreak of wars and conflicts", "424ab945", "phrase"),  # 002 ¶11, Putin's message
    Query("light and darkness, progress and reaction", "38a7d84f", "phrase"),  # Xi's speech ¶381
    # "Staying True to SCO Founding Mission and Ushering in a Better Future" ¶431
    Query("ushering in a better future", "9e49ddff", "phrase"),
    # Questions
    # "The summit was convened and chaired by Brazilian President … Lula" ¶451; September 8 ¶449
    Query("who convened the BRICS summit in September?", "e065690c", "question"),
    # "published on its website on August 28, China's Consulate-General in … Edinburgh writes" ¶273
    Query("what did the Consulate-General in Edinburgh publish on August 28?", "7ab1f62c", "question"),
    # "In his 1954 book, 'The People have Strength', his mentor … Rewi Alley wrote" ¶495
    Query("what was the title of Rewi Alley's 1954 book?", "ac7222d4", "question"),
    # George Hogg, "finally as headmaster of the Shandan Bailie School" ¶483
    Query("which school did George Hogg run?", "ac7222d4", "question"),
    # Topics
    # "the renewed threats to China and other Asian countries emanating from the US, Japan" ¶359
    Query("renewed threats to Asian countries from the US and Japan", "d89fdf72", "topic"),
    # "building people to people relations … China's construction of n ecological civilisation" ¶551
    Query("ecological civilisation people to people relations", "6710eba1", "topic"),
    # 001: Sino-Russian friendship ¶8; the Far East of Russia ¶6/10
    Query("Far East Sino-Russian friendship", "054ef6fb", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "BFI membership discount for students",  # the BFI (ccf1d4fa ¶111/121); no membership, no discounts
    "Eric Liddell statue Edinburgh University",  # Liddell, Edinburgh (7ab1f62c); no statue, no university there
    "Khabarovsk Amur river bridge",  # Khabarovsk (054ef6fb); rivers (c061f0a1), bridges (7ab1f62c, ac7222d4)
    "Putin Xi gas pipeline Power of Siberia",  # Putin and Xi (424ab945, b39d8185, c061f0a1 …); no gas, no pipeline
    "Tianjin dialect crosstalk comedy",  # Tianjin (9e49ddff, 26d64f12, 7ab1f62c …)
    "Aliyev Azerbaijan oil exports",  # Azerbaijan only in the title of 0e5d6094
    "Lula Bolsonaro coup trial",  # Lula (e065690c); the trials (b39d8185, ccf1d4fa) are Nuremberg and Tokyo
    "Dunhuang night market food",  # Dunhuang (dde32893, 6710eba1); "food production" (d807680a)
    "Shehbaz Sharif Imran Khan arrest",  # Shehbaz Sharif (3a9fa4ed)
    "Кастро кубинская революция 1959",  # Castro (d807680a, 20f574be); 1959 (eca32116, Kim Il Sung)
    "中俄边境 旅游签证",  # 中俄 (003 ¶20, b39d8185); no border, tourism or visas
    "Younghusband Lhasa treaty terms",  # Younghusband's 1905 invasion (ac7222d4 ¶521); no Lhasa, no treaty
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Tamsin Rowe Receiver of Wreck", "69d0a841", "cross-paragraph"),  # Tamsin Rowe ¶5; Receiver of Wreck ¶8
    # Sister Margaret Opie ¶5; the first playroom, not approved of by the fire officer ¶6
    Query("Opie playroom fire officer", "01093c2d", "cross-paragraph"),
    # the flood, insulin ¶8; Priya Shah ¶9; Trist ¶1–2
    Query("Trist flood insulin Priya Shah", "5c8a03b1", "cross-paragraph"),
    # Lodekka, Tilling green ¶4; West Country Coach Rally at Newquay ¶9
    Query("Lodekka Tilling green Newquay rally", "af8df9e9", "cross-paragraph"),
    # a puncture outside Lucerne ¶6; a barn near Launceston ¶7
    Query("Tanfield Lucerne puncture Launceston barn", "10287de8", "cross-paragraph"),
    Query("Cury Concorde Ceduna", "913700c9", "cross-paragraph"),  # Cury ¶1/11; Concorde ¶7; Ceduna ¶8
    # Halley's comet, a spaniel in the reservoir ¶4; Bill Rundle's photograph ¶16
    Query("Halley's comet spaniel reservoir Bill Rundle", "b2c95202", "cross-paragraph"),
    # finalists ¶7; the Christmas stollen from Dresden ¶11; saffron buns ¶3–4
    Query("Trewin stollen Dresden saffron bun finalists", "4a1f9389", "cross-paragraph"),
    # Lidden Cove ¶1/5; wetsuits ¶11; mince pies ¶23
    Query("Lidden Cove wetsuits mince pies", "a4765b45", "cross-paragraph"),
    # Word forms
    # "brought the bronze bell … to the surface" ¶2; "The lift" ¶3, "three days before the lift" ¶8
    Query("lifting the bronze bell", "69d0a841", "word-form"),
    # "he qualified as a pharmacist in 1948" ¶4
    Query("Trist qualification pharmacist 1948", "5c8a03b1", "word-form"),
    # "closed for refurbishment last winter" ¶8
    Query("Penhale Ward refurbished", "01093c2d", "word-form"),
    # "thirty-one farmers met … and signed the rules" ¶5
    Query("Trevean farmers signing the rules", "70746404", "word-form"),
    # "The wall was breached in the gales" ¶20; "harbour wall" ¶17/19
    Query("harbour wall breach", "dc27e52c", "word-form"),
    # "the Daimler … after a long restoration, was relaunched" ¶7; "Daimler charabanc" ¶4
    Query("Daimler charabanc restored", "10287de8", "word-form"),
    # "Beginners' sessions" ¶10; "Two coached sessions for newcomers" ¶11; Sea Swimmers ¶1
    Query("coaching for beginner swimmers", "a4765b45", "word-form"),
    # "Сгорели наборные кассы и часть архива" ¶19; ветераны редакции ¶21
    Query("сгоревший архив редакции", "1c1b6f2b", "word-form"),
    # "Las fotografías antiguas se devolverán a sus dueños" ¶14 (irregular participle)
    Query("fotografías devueltas a sus dueños", "dc2765b3", "word-form"),
    # "The coaster Morwenna sank off Gull Point" ¶7; 69d0a841: "she foundered off Gull Point" ¶2
    Query("Morwenna sinking off Gull Point", "50eb8c3b", "word-form", also=("69d0a841",)),
    # Another script or romanisation
    Query("Nina Smirnova", "1c1b6f2b", "translit"),  # Подготовила Нина Смирнова ¶24
    Query("Qinglongshan guancheying", "14881629", "translit"),  # pinyin for 青龙山 … 观测营 ¶11
    Query("Mohe riquanshi 1997", "14881629", "translit"),  # 1997年3月9日就赶到漠河，观看了那次日全食 ¶7
    Query("Тамсин Роу", "69d0a841", "translit"),  # Project leader Tamsin Rowe ¶5
    Query("哈雷", "b2c95202", "translit"),  # Halley's comet ¶4/12/16, by sound
    # "un premio especial a la fotografía más antigua" ¶13 (accents dropped)
    Query("premio a la fotografia mas antigua", "dc2765b3", "translit"),
    # "тиражом восемьсот экземпляров" ¶7
    Query("tirazhom vosemsot ekzemplyarov", "1df97884", "translit"),
    # Russian
    Query("торжественный вечер в Доме культуры железнодорожников", "1df97884", "russian"),  # ¶9
    Query("почтальоны разнесли номер", "1c1b6f2b", "russian"),  # ¶20
    Query("офсетная машина типография", "0af7be7b", "russian"),  # "типография получила новую офсетную машину" ¶13
    # Spanish
    Query("fallo del jurado", "dc2765b3", "spanish"),  # ¶11
    Query("libro La botica de la calle Mayor", "dc2765b3", "spanish"),  # ¶16
    Query("primeras farmacéuticas de la comarca", "dc2765b3", "spanish"),  # doña Pilar Ruiz ¶6
    # Chinese
    Query("北郊水库 日偏食", "14881629", "chinese"),  # 会员们在北郊水库观测了日偏食 ¶9
    Query("天文摄影展 科技馆", "14881629", "chinese"),  # 天文摄影展将于8月1日至5日在市科技馆展出 ¶12
    Query("零下三十度 彗星长尾", "14881629", "chinese"),  # 在零下三十度的清晨又拍到了彗星的长尾 ¶8
    # Mentions and zero-width spaces
    Query("<@555> Boxing Day dip fancy dress", "a4765b45", "mention-noise"),  # Boxing Day dip ¶22; fancy dress ¶23
    # "A dance at the Drill Hall on the 13th raised £38 for the cottage hospital" ¶10
    Query("@everyone \u200bdance raised £38 cottage hospital\u200b", "b2c95202", "mention-noise"),
    Query("<#42> clotted cream \u200b", "71692f14", "mention-noise"),  # "tasted the new clotted cream" ¶11
    # Typos
    Query("Trebilcok Kellow", "8992d5a3", "typo"),  # M. J. Trebilcock, Town Clerk, Kellow ¶16–17
    Query("Gyllingvase beach", "913700c9", "typo"),  # "Gyllyngvase beach in Falmouth" ¶17
    Query("Elaine Skewis", "69d0a841", "typo"),  # Captain Penberthy's daughter, Elaine Skewes ¶7
    # Names
    Query("Derek Jago", "3b4fbef7", "name"),  # roundsman Derek Jago ¶15–16
    Query("Sister Anna Kerr", "01093c2d", "name"),  # ¶9
    Query("Jack Hosken", "af8df9e9", "name"),  # the late driver Jack Hosken ¶14
    Query("Alan Fenwick", "b2c95202", "name"),  # "a talk from Dr Alan Fenwick" ¶13
    # Phrases
    Query("a roll with ideas", "4a1f9389", "phrase"),  # "a bun without saffron is just a roll with ideas" ¶9
    Query("with a certificate and nine pounds", "5c8a03b1", "phrase"),  # ¶4
    Query("the gulls went silent", "913700c9", "phrase"),  # Sheila P.'s comment ¶17
    # Questions
    # "coaches will set down and pick up in the Station Road car park" while the kerbs are altered ¶9
    Query("where will coaches stop while the kerbs are altered?", "8992d5a3", "question"),
    # "The station's new Mersey-class lifeboat was named on Saturday, 1 June" ¶13
    Query("when was Porthallow's Mersey-class lifeboat named?", "b31a31bf", "question"),
    # "The museum said the bell, cast on Wearside" ¶15
    Query("where was the Morwenna's bell cast?", "69d0a841", "question"),
    # "The new bus garage on Station Road was opened … by the chairman of the Western Transport Company" ¶8
    # (8992d5a3 ¶6 only places a stop opposite the bus garage)
    Query("who opened Kellow's new bus garage?", "b2c95202", "question"),
    # Topics
    # the children's ward ¶2; "A time capsule, to be opened at the ward's centenary" ¶13
    Query("children's ward time capsule", "01093c2d", "topic"),
    Query("vintage buses running day", "af8df9e9", "topic"),  # "Heritage running day … six vintage buses" ¶6
    # "delivered its last milk by horse-drawn float" ¶14
    Query("horse-drawn milk float", "b2c95202", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Halley's comet orbit period",  # Halley's comet (b2c95202); no orbit, no period
    "Kellow Library book sale",  # Kellow Library (8992d5a3 ¶10), a library showing (b2c95202 ¶16)
    "Lidden Cove water temperature",  # Lidden Cove, "depending on the water" (a4765b45)
    "Tanfield Coaches timetable to London",  # Tanfield Coaches (10287de8, 8992d5a3); timetables (af8df9e9)
    "Trewin bakery gluten-free bread",  # Trewin's bakery (4a1f9389)
    "Kellow General Hospital maternity unit",  # Kellow General Hospital, a teenage unit (01093c2d)
    "Gull Point seal colony",  # Gull Point (50eb8c3b, 69d0a841)
    "Westcombe flu vaccination clinic",  # Westcombe (5c8a03b1)
    "Trenwith carnival queen",  # the Trenwith Carnival shuttle (af8df9e9)
    "Porthallow lifeboat crew recruitment",  # the Porthallow lifeboat (b31a31bf, 50eb8c3b, 69d0a841)
    "Trevean creamery cheese shop prices",  # creamery shop (3b4fbef7), cheese-making (71692f14); no prices
    "подписка на «Северную зарю» стоимость",  # «Северная заря» (15a17da4, 1df97884); no subscription
    "Farmacia Ruiz horario de guardia",  # Farmacia Ruiz (dc2765b3); only the contest's deadline hour
    "青石市 天文台 开放时间",  # 青石市, 天文 (14881629); no observatory
    "Concorde crash Paris",  # pictures taken from Concorde (913700c9)
    "Bedford OB restoration cost",  # the Bedford OB (af8df9e9); a restoration (10287de8)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind40/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
