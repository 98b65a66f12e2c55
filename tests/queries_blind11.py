"""An eleventh lookup query set, for tuning ranking. It is meant to be tuned on: it is a tuning set,
not a blind one (once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind10.py; no query here is a
  copy or near-copy of a query in those files (a throwaway script compared the word sets of every
  query, script by script, with every earlier one, and queries that shared too many words with one
  were given other words or replaced).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind16/docs, copied as ONE
  corpus into a subfolder blind16/ (see NEWDOCS_DIRS). No earlier query set used these documents.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 8 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 6
(the query uses another form of a word the text uses, in both directions and including irregular
forms and derivations: inaugurating/inaugurate, mobilising/mobilised, fought/fighting,
recalling/recall, attended/attendance, remembering/remember, collapsing/collapsed,
cancelled/cancellation, reopening/reopened, consecrated/consecration, retired/retiring,
открытие/откроется), translit 5 + 6 (another script or romanisation than the text: Cyrillic for
Latin names, Latin for Cyrillic, pinyin for Chinese, an older romanisation, accents dropped),
russian 3 + 3, spanish 3 + 3, chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 3 + 3 (1–2 edits), name 3 + 3, phrase 4 + 4, question
3 + 4, topic 3 + 3: 47 + 49 answerable, and 13 + 13 unanswerable. Every answerable query is
answerable from the documents' own words in some form, spelling or script (names written in another
script included); none needs translation or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read (the titles of all of them
skimmed). Each query was then written from a passage of its article, and every word of it (and a
stem of it, for the other forms) was matched over the whole corpus, case- and accent-insensitively
(ё as е), at word starts, by a throwaway script that listed every article and paragraph holding it;
those paragraphs were read to decide which article a reader wants first (`best`) and which others
are fair answers too (`also`). For cross-paragraph queries the same script checked that no
paragraph (title line included) holds all of the query's words. The unanswerable queries share one
or more words with their corpus on purpose; every article mentioning those words was read to
confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind16/docs/* into ONE temporary
# corpus folder under the subfolder blind16/: files are then "blind16/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind16/docs",)
NEWDOCS_SUBDIRS = ("blind16",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "016e6771": "Swing bridge opens to traffic",
    "bf422b0d": "Lifeboat crew honoured for trawler rescue",
    "ccae4b22": "Market hall reopens after fire",
    "2b90096d": "CRANE, Walter Edward",
    "a18588c7": "Hartwell College Alumni News — Autumn",
    "06eb8460": "PRESS RELEASE — Kestrel Canal Trust",
    "2fcf68e1": "Pellbury harvest fair rained off",
    "99f97b3d": "Families stranded as ash cloud grounds flights",
    "18385715": "Christmas lights go on this weekend",
    "7ca64866": "Hollowmere Quarry Museum — What's on this autumn and winter",
    "e554b657": "St Aldric's Parish Magazine — November",
    "2be97b9a": "The swing bridge at twenty-five",
    "98ff08b2": "Tarnside Wheelers — Summer Newsletter",
    "010531a7": "The night the Tay Bridge fell",
    "cd8f53a9": "Valdivia recuerda el gran terremoto, medio siglo después",
    "8334f6fd": "Метро — 60 лет",
    "4ecf0c3f": "南京长江大桥修缮后重新通车",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Vice President Delcy Rodríguez ¶33/53; "recovered more than half of their territory" ¶57
    Query("Vice President Delcy territory", "f78fdcd6", "cross-paragraph"),
    # Mirziyoyev ¶207/209; the ironclad Pakistan friendship ¶211/213 (ironclad also in 5a5d8582, d807680a, faecd2e1)
    Query("Mirziyoyev ironclad", "3a9fa4ed", "cross-paragraph"),
    # the Queen Mother ¶235–241; "rock-solid" ¶245 (rock-solid also d807680a ¶89)
    Query("Queen Mother rock-solid", "5a5d8582", "cross-paragraph"),
    # Myanmar "part of the Eastern battlefield" ¶415; Egypt's seawater desalination ¶413
    Query("Eastern battlefield seawater desalination", "26d64f12", "cross-paragraph"),
    # the Consulate-General in Edinburgh ¶273/277; the Minyuan Stadium ¶291
    Query("Consulate-General Minyuan", "7ab1f62c", "cross-paragraph"),
    # Tienanmen Square and the military parade ¶377; "honour fallen heroes" ¶379/391
    Query("Tienanmen military parade fallen heroes", "38a7d84f", "cross-paragraph"),
    # "adopted 24 outcome documents" ¶443; "terrorism, separatism and extremism" ¶433
    Query("24 outcome documents separatism", "9e49ddff", "cross-paragraph"),
    # Hogg's death of tetanus ¶483/499; "the occasional Conservative MP" ¶523
    Query("tetanus Conservative MP", "ac7222d4", "cross-paragraph"),
    # Word forms: another form of a word the text uses
    # ¶33 "Chinese Ambassador Lan Hu to inaugurate a monument", ¶55 "was inaugurated"
    Query("Ambassador inaugurating a monument", "f78fdcd6", "word-form"),
    # ¶519 "the extraordinary range of forces mobilised by the CCC. They included church and missionary societies"
    Query("Clegg mobilising church and missionary societies", "ac7222d4", "word-form"),
    # ¶263 "the peoples of China and Belarus, fighting side by side in the past" (fighting → fought)
    Query("Belarus fought side by side with China", "0e5d6094", "word-form"),
    # ¶409 "it is all the more important to recall the founding mission and values that led to the creation of
    # the UN" (9e49ddff ¶431 "SCO Founding Mission" is the SCO's, not Guterres's)
    Query("Guterres recalling the founding mission", "26d64f12", "word-form"),
    # ¶239 "King Norodom Sihamoni's attendance at the Commemoration", ¶235/241 "to attend"
    Query("Sihamoni attended the commemoration in Beijing", "5a5d8582", "word-form"),
    # ¶213 "every generation will remember China's selfless support" (Pakistan)
    Query("Pakistani people remembering selfless support", "3a9fa4ed", "word-form"),
    # Other scripts and other romanisations
    Query("Владимир Падрино", "f78fdcd6", "translit"),  # Defence Minister Vladimir Padrino ¶33/53
    Query("Джонатан Рис Майерс", "ac7222d4", "translit"),  # Jonathan Rhys Meyers as Hogg ¶491
    Query("Чжэн Бофэй", "7ab1f62c", "translit"),  # Xinhua correspondent Zheng Bofei ¶287
    Query("Джеймс Макманус", "ac7222d4", "translit"),  # James MacManus's biography ¶489
    # Gansu in the older (postal) romanisation: ¶485 "over snow covered mountain paths, to the relative safety of Gansu"
    Query("Kansu mountain paths", "ac7222d4", "translit"),
    # Russian: answered by names
    Query("Лидделл Тяньцзинь", "7ab1f62c", "russian"),  # Liddell returned to Tianjin ¶289/291
    # George Hogg's pupils' journey to Gansu ¶485 (Gansu also 6710eba1 ¶549, dde32893 ¶333: not Hogg)
    Query("Джордж Хогг Ганьсу", "ac7222d4", "russian"),
    Query("Лань Ху Каракас", "f78fdcd6", "russian"),  # Ambassador Lan Hu in Caracas ¶33/43/53
    # Spanish: the interview's own words
    # ¶313 "las estatuas de mujeres nobles estaban rollizos"
    Query("estatuas de mujeres nobles", "dde32893", "spanish"),
    Query("Paridad de Poder Adquisitivo", "dde32893", "spanish"),  # ¶317
    # ¶323 "los trabajadores se reunían en la plaza para hacer baile/ejercicio por las mañanas"
    Query("baile ejercicio por las mañanas", "dde32893", "spanish"),
    # Chinese: names in characters
    Query("白求恩", "7ab1f62c", "chinese"),  # Dr. Norman Bethune ¶275 (only there)
    Query("敏昂莱", "26d64f12", "chinese"),  # Acting President Min Aung Hlaing ¶405/415/419
    Query("乔治·何克", "ac7222d4", "chinese"),  # George Hogg ¶477–499
    # Mention noise: Discord/Telegram mentions and zero-width spaces around the real words
    # ¶289 "the devout Christian ... Born in 1902 to Scottish missionary parents"
    Query("@everyone devout Christian missionary parents", "7ab1f62c", "mention-noise"),
    # ¶427 "along with the heads of 10 international organisations"
    Query("<#5566> \u200b10 international organisations\u200b SCO", "9e49ddff", "mention-noise"),
    # ¶505 "the July 7 Lugou 'Marco Polo' Bridge Incident"
    Query("<@!4433221100> Lugou\u200b incident", "ac7222d4", "mention-noise"),
    # Typos: 1–2 edits
    Query("Shehbas Sharif", "3a9fa4ed", "typo"),  # Shehbaz ¶211/213
    Query("Mirzijoyev", "3a9fa4ed", "typo"),  # Mirziyoyev ¶207/209
    Query("Lukashenkko", "0e5d6094", "typo"),  # Lukashenko ¶263/265
    # Names
    Query("Nikol Pashinyan", "0e5d6094", "name"),  # ¶257/259
    Query("Norodom Monineath Sihanouk", "5a5d8582", "name"),  # ¶235/239/241
    Query("Aleksandr Lukashenko", "0e5d6094", "name"),  # ¶263
    # Phrases
    # ¶263 "humanity once again stands at a crossroads"
    Query("humanity stands at a crossroads", "0e5d6094", "phrase"),
    Query("brightness shines in our world", "38a7d84f", "phrase"),  # ¶393
    # ¶440 "oppose the Cold War mentality, bloc confrontation"; b39d8185 ¶11 also opposes bloc confrontation
    Query("bloc confrontation", "9e49ddff", "phrase", ("b39d8185",)),
    # ¶279 "where yesterday's enemy soon became a frontline ... ally"
    Query("yesterday's enemy", "7ab1f62c", "phrase"),
    # Questions
    # ¶405 "on August 30, the eve of the SCO Summit, meeting with ... Guterres, ... Madbouly and ... Min Aung
    # Hlaing ... and with ... Tokayev"
    # 5a5d8582 ¶243: on the same August 30, Xi met Hun Manet in Tianjin "for the SCO Summit"
    Query("who did Xi meet on the eve of the SCO summit?", "26d64f12", "question", ("5a5d8582",)),
    # ¶387 "defeated the Japanese militarist aggressors after fighting a bitter and heroic war of resistance
    # for 14 years"; d89fdf72 ¶357 "in the course of 14 years of war (1931-45)"
    Query("how long did the Chinese fight the Japanese aggressors?", "38a7d84f", "question", ("d89fdf72",)),
    # ¶291 "helping to design and promote the Minyuan Stadium"
    Query("which stadium did Liddell help design?", "7ab1f62c", "question"),
    # Topics
    # ¶261 "the Joint Statement Between the People's Republic of China and the Republic of Armenia on
    # Establishing the Strategic Partnership" (other joint statements/partnerships: b39d8185, d807680a, c061f0a1)
    Query("Armenia strategic partnership joint statement", "0e5d6094", "topic"),
    # ¶211 "step up cooperation in industries, agriculture, and mining"
    Query("Pakistan industries agriculture and mining cooperation", "3a9fa4ed", "topic"),
    # ¶207 Uzbekistan: "emergency management, artificial intelligence and poverty reduction"
    Query("Uzbekistan poverty reduction emergency management", "3a9fa4ed", "topic"),
)

# Nothing in the five seed files answers these; each shares a word or two with them on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Liddell's widow and daughters",  # Liddell (7ab1f62c ¶275–291): his parents only, no wife or children
    "Cambodian King's coronation anniversary",  # the King (5a5d8582 ¶235–241): the visit only
    "Armenia earthquake reconstruction",  # Armenia (0e5d6094 ¶257–261): no earthquake
    "Uzbekistan cotton exports",  # Uzbekistan (3a9fa4ed ¶207–209): no cotton or exports
    "Pakistan cricket team",  # Pakistan (3a9fa4ed ¶211–213)
    "Tokayev oil pipeline",  # Tokayev (26d64f12 ¶405): no oil, no pipeline
    "Scottish whisky exports to China",  # Scottish (7ab1f62c): no whisky
    "South Wales coal mine closures",  # the South Wales miners (ac7222d4 ¶477/527): solidarity with China only
    "Cambodia Funan Techo canal",  # Cambodia (5a5d8582), Techo (20f574be ¶154 Hun Sen): no canal
    "Edinburgh consulate visa appointments",  # the Consulate-General in Edinburgh (7ab1f62c ¶273): no visas
    "Падрино отставка",  # Padrino (f78fdcd6 ¶33/53): no resignation
    "precio del vino de JISCO",  # JISCO's winery (dde32893 ¶335): no price
    "马杜罗 石油",  # Maduro (f78fdcd6): no oil
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    Query("Petherick Marianne", "bf422b0d", "cross-paragraph"),  # the trawler Marianne ¶13; the coxswain ¶15
    # the tannery ¶5; donations to the British Heart Foundation ¶7
    Query("Tullford tannery British Heart Foundation", "2b90096d", "cross-paragraph"),
    Query("Helen Drayce Bennison", "a18588c7", "cross-paragraph"),  # the boathouse ¶11; the chaplain ¶15
    Query("Pike Lock Priya Ashworth", "06eb8460", "cross-paragraph"),  # silt below Pike Lock ¶5; the chair ¶9
    # the Court of Inquiry in Dundee ¶7; the anniversary service at Wormit ¶11
    Query("Court of Inquiry Wormit", "010531a7", "cross-paragraph"),
    Query("Puyehue Parque Saval", "cd8f53a9", "cross-paragraph"),  # the volcano ¶5; the ceremony ¶7
    Query("Сокольники ветераны метростроя", "8334f6fd", "cross-paragraph"),  # «Сокольники» ¶3/7; veterans ¶9
    # the chain ferry's last crossing ¶5; the bridge swung open for tall ships ¶7 (2be97b9a ¶5: a tall ship)
    Query("chain ferry tall ships", "016e6771", "cross-paragraph", ("2be97b9a",)),
    # Word forms: another form of a word the text uses
    # ¶3 "the central girders of the Tay Bridge collapsed"
    Query("central girders collapsing", "010531a7", "word-form"),
    # ¶5 "the only other cancellation came during the foot-and-mouth scare", ¶3 "called off"
    Query("Pellbury harvest fair cancelled", "2fcf68e1", "word-form"),
    # title "Market hall reopens after fire", ¶21 "reopened this morning"
    Query("Corrowby market hall reopening", "ccae4b22", "word-form"),
    # ¶5 "the consecration of St Aldric's, which took place on 11 June 1850"
    Query("St Aldric's consecrated in 1850", "e554b657", "word-form"),
    # ¶5 "worked for forty-two years at the Tullford tannery, retiring on 31 December 1980"
    Query("Walter Crane retired from the tannery", "2b90096d", "word-form"),
    # ¶7 "в вестибюле станции «Сокольники» откроется выставка"
    Query("открытие выставки в вестибюле", "8334f6fd", "word-form"),
    # Other scripts and other romanisations
    Query("Sokolniki metro", "8334f6fd", "translit"),  # «Сокольников» ¶3, «Сокольники» ¶7
    Query("Park Kultury", "8334f6fd", "translit"),  # «Парка культуры» ¶3
    Query("Томас Боуч", "010531a7", "translit"),  # Thomas Bouch ¶5
    Query("Вальдивия", "cd8f53a9", "translit"),  # Valdivia, title and ¶3
    # accents dropped: ¶5 "un fuerte temblor había sacudido Concepción"
    Query("Concepcion temblor", "cd8f53a9", "translit"),
    Query("Nanjing gonglu qiao tongche", "4ecf0c3f", "translit"),  # 南京 公路桥 通车 (pinyin), title and ¶3/5
    # Russian: the text's own words
    Query("ретропоезд по первой линии", "8334f6fd", "russian"),  # ¶7
    Query("первый пробный поезд 1934", "8334f6fd", "russian"),  # ¶5
    Query("музей метрополитена после ремонта", "8334f6fd", "russian"),  # ¶9
    # Spanish
    Query("minuto de silencio a las 15:11", "cd8f53a9", "spanish"),  # ¶7
    Query("memorial junto al río Calle-Calle", "cd8f53a9", "spanish"),  # ¶11
    Query("charlas en la universidad", "cd8f53a9", "spanish"),  # ¶11
    # Chinese
    Query("桥头堡拍照留念", "4ecf0c3f", "chinese"),  # ¶7
    Query("南堡公园灯光展", "4ecf0c3f", "chinese"),  # ¶9 "大桥南堡公园将举办灯光展"
    Query("双层式铁路公路两用", "4ecf0c3f", "chinese"),  # ¶5
    # Mention noise
    Query("@everyone Reservoir Loop", "98ff08b2", "mention-noise"),  # ¶5
    Query("<@55512345> lantern walks\u200b", "7ca64866", "mention-noise"),  # ¶5
    Query("<#1200> \u200bCarols by candlelight", "e554b657", "mention-noise"),  # ¶13
    # Typos
    Query("Hollowmer quarry museum", "7ca64866", "typo"),  # Hollowmere, title
    Query("Tarnsyde Wheelers", "98ff08b2", "typo"),  # Tarnside, title
    Query("Petherik coxswain", "bf422b0d", "typo"),  # Coxswain Dan Petherick ¶15
    # Names
    Query("Ian Mathie", "010531a7", "name"),  # ¶11
    Query("Walter Edward Crane", "2b90096d", "name"),  # title "CRANE, Walter Edward"
    Query("Karen Oduya", "99f97b3d", "name"),  # ¶13
    # Phrases
    Query("foot-and-mouth scare", "2fcf68e1", "phrase"),  # ¶5
    Query("Blasting and Bells", "7ca64866", "phrase"),  # ¶9
    Query("two minutes' silence", "e554b657", "phrase"),  # ¶9
    Query("mechanism is in good heart", "2be97b9a", "phrase"),  # ¶5
    # Questions
    Query("when is the hill climb up Garth Bank?", "98ff08b2", "question"),  # ¶5 "on Sunday 6 July"
    # ¶19 "will be switched on tomorrow, Saturday 26 November"
    Query("when will Pellbury's Christmas lights be switched on?", "18385715", "question"),
    # ¶7 "has already raised £41,000"
    Query("how much has the Kestrel appeal raised?", "06eb8460", "question"),
    # ¶5 "Its designer, Thomas Bouch"
    Query("who was the designer of the Tay Bridge?", "010531a7", "question"),
    # Topics
    Query("Icelandic volcano ash cloud", "99f97b3d", "topic"),  # title, ¶11
    Query("alumni reunion lunch", "a18588c7", "topic"),  # ¶5
    # ¶3 "The town council will mark the anniversary on 4 May with a short ceremony"
    Query("swing bridge anniversary ceremony", "2be97b9a", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Corrowby swing bridge toll charges",  # the swing bridge (016e6771, 2be97b9a): no tolls
    "Hartwell College tuition fees",  # Hartwell College (a18588c7)
    "Hollowmere quarry accident",  # the quarry (7ca64866): the museum's programme only
    "Tarnside Wheelers new club kit",  # Tarnside Wheelers (98ff08b2)
    "St Aldric's bell ringers practice night",  # bells rung at midnight (e554b657 ¶13): no practice night
    "Pellbury harvest fair prize winners",  # the harvest fair (2fcf68e1)
    "Walter Crane war service",  # Walter Crane (2b90096d): born 1915, the tannery; no war
    "Brindlow Arm boat licence fees",  # the Brindlow Arm (06eb8460)
    "Corrowby lifeboat new boat",  # the Corrowby lifeboat crew (bf422b0d): awards only
    "Pellbury Christmas market stall prices",  # the Christmas market (18385715 ¶21): dates only
    "стоимость проезда в метро",  # the metro (8334f6fd): no fares
    "víctimas del terremoto de Valdivia",  # the earthquake (cd8f53a9): no death toll
    "南京长江大桥货车限行",  # 南京长江大桥 (4ecf0c3f): no lorry restrictions
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind16/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
