"""A thirty-seventh lookup query set, for tuning ranking in the seventeenth round: it is a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on
it, and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind34.py and tests/queries_blind36.py, unscored
  blind sets, were not opened and are not part of the check). A throwaway script compared the word
  set of every query (Latin and Cyrillic words, Chinese by character pairs, a few stop words left out)
  with every earlier query, and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind49/docs, copied as ONE
  corpus into a subfolder blind49/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 4 + 5 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 5
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 6 + 11 (another script or romanisation than the text: English
and other Latin-script names written as a Russian or Chinese newspaper transcribes them by sound,
Wade-Giles for pinyin names, Latin letters for Cyrillic and Chinese names, accents and ø dropped),
russian 2 + 2, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 2 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 3 + 3 (1–2 edits), name 2 + 2, phrase 2 + 2,
question 2 + 3, topic 2 + 2: 33 + 43 answerable, and 21 + 31 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in
another script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name; a question in the corpus's own words about
something it does not say; a place or person the corpus does not hold but spelled close to one it
does (two or more edits from anything real in it); a common word plus a name from another article;
Russian, Spanish and Chinese ones; date-like and number questions the text does not answer. Each
shares one or more words with its corpus on purpose, and every article holding those words was read
to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included)
holds all of the query's words.

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

# The new-documents corpus is assembled by copying tests/gold/blind49/docs/* into ONE temporary
# corpus folder under the subfolder blind49/: files are then "blind49/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind49/docs",)
NEWDOCS_SUBDIRS = ("blind49",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_brimwater_courier_digest.txt, split by the loader: the header (¶1–2), the first cutting's
    # dateline (¶4–5), the Regal (¶7–11), the choral society (¶13–19), the snow (¶21–27)
    "16e72d9e": "BRIMWATER COURIER: THREE STORIES FROM THE MICROFILM",
    "bd44d0d6": "=== I ===",
    "fc833762": "CURTAIN FALLS ON THE REGAL",
    "717b9c98": "=== II ===",
    "230c6f1e": "=== III ===",
    "0d87a2a2": "CATTERMERE C of E PRIMARY SCHOOL",
    "5d54bcd8": "OBITUARY",
    "f8d9fa72": "SAILS AT FIFTY",
    "c8997ec8": "HOLLOWDEAN LIME KILNS",
    "d6c03e60": "LANTERBY SKYWATCH :: the club blog",
    "d828fe4e": "MERROWGATE BOOK FESTIVAL",
    "130cee2e": "NEWS RELEASE",
    "21af6a76": "SCARROWBY ADVERTISER · Thursday 9 March 1995 · Page 14",
    "7ef78023": "THISTLEBROOK ORIENTEERS · THE CONTROL POINT",
    "c6372f77": "Wreaths on the water as Yarrowmouth remembers the Gannet Star",
    # en_yarrowmouth_mercury_digest.txt, split by the loader: the header (¶1–2), the fish quay
    # (¶5–14), the Gannet Star service (¶19–24), the new lifeboat (¶28–35)
    "64a4a7c1": "FROM THE MERCURY FILES",
    "1a9c70dc": "NEW FISH QUAY OPENED",
    "22907601": "GANNET STAR REMEMBERED, TWENTY-FIVE YEARS ON",
    "65174c3f": "LIFEBOAT CREW WELCOME NEW ALL-WEATHER BOAT",
    "8101f579": "ROBLEDAL DE LA VEGA, 20 de enero.",
    "06aa0b96": "Верхнелужск, 17 марта.",
    "aec2cb46": "枫林县体育馆迎来三十岁生日",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # 000: Li Jinxian ¶1/10, "educational resources for visitors" ¶10; Lavrov in Wonsan ¶7
    Query("Li Jinxian educational resources Wonsan", "097182f6", "cross-paragraph"),
    # the ceremony at Ba Dinh Square ¶143; Díaz-Canel's third visit to the Lao PDR ¶163
    Query("Ba Dinh Square third visit Díaz-Canel", "20f574be", "cross-paragraph"),
    # Qiao Collective ¶547; the Dialogue … in Dunhuang ¶537; robotics in industry ¶541
    Query("Qiao Collective Dunhuang dialogue robotics", "6710eba1", "cross-paragraph"),
    # "an awakening agony that we should be aware of" ¶277; the Scottish Sports Hall of Fame ¶287
    Query("awakening agony Hall of Fame", "7ab1f62c", "cross-paragraph"),
    # Word forms: the text has another form
    Query("invaded Xizang 1905", "ac7222d4", "word-form"),  # "led the 1905 British invasion aimed at … Xizang" ¶521
    # "His world outlook was transformed by China" ¶493
    Query("China transforming Hogg's outlook", "ac7222d4", "word-form"),
    # Thongloun in Hanoi ¶143; "the Lao leader offered congratulations to Vietnam" ¶149
    Query("Thongloun congratulated Vietnam", "20f574be", "word-form"),
    # 003: "refrain from historical revisionism" (Japan) ¶41, also ¶9/38; 097182f6: Japan's "contentious stance",
    # "an attempt to downplay China's role" 000 ¶13–14
    Query("Japan's revisionist history", "b39d8185", "word-form", also=("097182f6",)),
    # Another script or romanisation
    Query("Tsai Chi Wang I", "eca32116", "translit"),  # Wade-Giles for Cai Qi and Wang Yi, who greeted Kim ¶221
    Query("Chin Ching Hsin-hua", "7ab1f62c", "translit"),  # Wade-Giles for Xinhua ¶283/287 and Jin Jing ¶287
    Query("Мнангагва Фицо", "faecd2e1", "translit"),  # Mnangagwa ¶5/11 and Robert Fico ¶13/19 in Cyrillic
    Query("兰虎 委内瑞拉", "f78fdcd6", "translit"),  # Ambassador Lan Hu ¶33/43/53 in characters; Venezuela by sound
    Query("Токаев Мадбули", "26d64f12", "translit"),  # Tokayev ¶405 and Madbouly ¶405/411/413 in Cyrillic
    Query("Пэн Лиюань Хун Манет", "5a5d8582", "translit"),  # Peng Liyuan ¶237, Hun Manet ¶243/247 in Cyrillic
    # Russian (names written in Cyrillic)
    Query("Норман Бетьюн и Эрик Лидделл", "7ab1f62c", "russian"),  # Norman Bethune, Eric Liddell ¶275
    Query("Рис-Майерс и Чоу Юньфат", "ac7222d4", "russian"),  # Jonathan Rhys Meyers, Chow Yun-fat ¶491
    # Spanish
    # "una visita de diez días a cinco ciudades en China" ¶301 ("En diez días, viajando por cinco ciudades" ¶327)
    Query("visita de diez días a cinco ciudades", "dde32893", "spanish"),
    Query("la riqueza se concentre en las costas", "dde32893", "spanish"),  # ¶341
    # Chinese (names in Chinese characters)
    Query("周润发 陈翰笙", "ac7222d4", "chinese"),  # Chow Yun-fat as Chen Hansheng ¶491
    Query("习近平 彭丽媛 西哈莫尼", "5a5d8582", "chinese"),  # Xi and Peng Liyuan met King Sihamoni ¶235–237
    # Mentions and zero-width spaces around the real words
    # "The Guard of Honour of the Chinese People's Liberation Army … military parade", Ba Dinh Square ¶73
    Query("<#5150> \u200bGuard of Honour Ba Dinh parade", "362ba691", "mention-noise"),
    # "the hearts of the over 200 million Pakistani people", Shehbaz ¶213
    Query("@everyone \u200bShehbaz 200 million Pakistani people", "3a9fa4ed", "mention-noise"),
    # Typos (1–2 edits)
    Query("Horsely film review", "ccf1d4fa", "typo"),  # "David Horsley reviews a season of Anna May Wong's films" ¶111
    Query("Rewi Aley", "ac7222d4", "typo"),  # Rewi Alley ¶495
    Query("Mirziyoev Uzbek", "3a9fa4ed", "typo"),  # Uzbek President Shavkat Mirziyoyev ¶207
    # Names
    Query("Abdel Fattah El-Sisi Prabowo", "e065690c", "name"),  # ¶451
    Query("Igor Sergeenko Samdech Techo", "20f574be", "name"),  # Samdech Techo Hun Sen ¶154, Igor Sergeenko ¶157
    # Phrases
    Query("did not emerge from a void or a vacuum", "ac7222d4", "phrase"),  # ¶511
    Query("shifting alliances and historical rivalries", "097182f6", "phrase"),  # 000 ¶16
    # Questions
    Query("which club plays at Stamford Bridge?", "7ab1f62c", "question"),  # "(home of Chelsea Football Club)" ¶291
    # "Arthur Clegg, who served as the CCC's National Organiser" ¶515
    Query("who was the CCC's National Organiser?", "ac7222d4", "question"),
    # Topics
    Query("BRICS population nearly half", "e065690c", "topic"),  # "nearly half of the world's population" ¶459
    # "their families continue to search for traces of their experiences in the camps" ¶277; POW camps ¶275/281
    Query("Scottish POW families searching for traces", "7ab1f62c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Lan Hu Cuba embassy",  # Lan Hu (f78fdcd6) is ambassador to Venezuela; Cuba (d807680a, 20f574be); no embassy
    "Hogg Oxford university degree",  # Hogg (ac7222d4); universities are Tsinghua and Fudan; no Oxford
    "Keith Bennett's Cuba travel diary",  # Keith Bennett (ac7222d4, d89fdf72); Cuba (d807680a, 20f574be)
    "salario de los obreros de JISCO",  # JISCO, obreros (dde32893); no wages
    "Castro Minyuan Stadium visit",  # Castro (d807680a, 20f574be); Minyuan Stadium (7ab1f62c), Liddell's
    "North Korea China-Laos Railway freight",  # North Korea (097182f6); China-Laos Railway (20f574be); no freight
    "Лукашенко Минск парад",  # Lukashenko (0e5d6094) met Xi in Tianjin; parades are in Beijing and Hanoi
    "Congo rainforest logging",  # Congo (faecd2e1): trade and FOCAC only
    "Hun Manet Buckingham Palace",  # Hun Manet (5a5d8582); Buckingham Palace (ac7222d4): Xi's 2015 speech
    "Jenny Clegg Cuba blockade",  # Jenny Clegg (ac7222d4, d89fdf72); the blockade of Cuba (d807680a)
    "Мадуро в Пекине",  # Maduro (f78fdcd6) spoke in Caracas; he was not in Beijing
    "Sergei Pashinsky",  # Sergei (Lavrov, 097182f6); Pashinsky is three edits from Pashinyan (0e5d6094)
    "Putin Wonsan visit",  # Putin (424ab945, b39d8185, c061f0a1 …); Wonsan (097182f6) is where Lavrov spoke
    "俄罗斯联邦 宪法修正案 公投",  # 俄罗斯联邦 (003 ¶20, b39d8185); no constitution, no referendum
    "联合国成立 旧金山会议",  # 联合国成立 (003 ¶20); the San Francisco conference is never mentioned
    # the Marco Polo Bridge Incident (ac7222d4 ¶505): no casualties given; "died" (7ab1f62c, ac7222d4) elsewhere
    "how many soldiers died at the Marco Polo Bridge?",
    "Khurelbaatar Mongolia election",  # Mongolia (c061f0a1, d89fdf72); President Khurelsukh, no election
    "how much did the Caracas monument cost?",  # the monument in Caracas (f78fdcd6); no cost
    "Radhika Desai Winnipeg professor",  # Radhika Desai (d89fdf72), the webinar's moderator only
    "Токаев Байконур",  # Tokayev (26d64f12); no Baikonur
    "Sydney Loving Beijing opera",  # Sydney Loving (dde32893) visited Xi'an, Yan'an, Dunhuang, Jiayuguan, Shanghai
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # Ethel Marchbank ¶3/6; at the switchboard ¶14; "she planted a cherry tree" ¶24
    Query("Marchbank switchboard cherry tree", "5d54bcd8", "cross-paragraph"),
    # Frank Ollerenshaw ¶4; sailed from Tilbury ¶18; Prokofiev's War and Peace ¶23
    Query("Ollerenshaw Tilbury Prokofiev", "f8d9fa72", "cross-paragraph"),
    # "by Ros Ackroyd" ¶4; "I kept a scrapbook" ¶10; crossed the heliopause ¶16
    Query("Ros Ackroyd scrapbook heliopause", "d6c03e60", "cross-paragraph"),
    # THISTLEBROOK ORIENTEERS ¶1; in sleet ¶6; "Head torches are essential" ¶14
    Query("orienteers sleet head torches", "7ef78023", "cross-paragraph"),
    # the limeburner's cottage ¶10; "Dogs on leads are welcome" ¶22
    Query("limeburner cottage dogs on leads", "c8997ec8", "cross-paragraph"),
    # Word forms
    Query("Regal demolished", "fc833762", "word-form"),  # "demolition is due to begin on 3 January" ¶10
    Query("Gannet Star wreath thrown", "c6372f77", "word-form"),  # "threw the first wreath" ¶8
    # "Heavy overnight snow closed every school in the Brimwater district" ¶23
    Query("snow closing Brimwater schools", "230c6f1e", "word-form"),
    Query("приземление Восхода-2 в тайге", "06aa0b96", "word-form"),  # "«Восход-2» приземлился в глухой тайге" ¶11
    Query("amerizaje en Las Palmas", "8101f579", "word-form"),  # "Esa misma tarde amerizaron en Las Palmas" ¶10
    # Another script or romanisation
    Query("Вояджер-1", "d6c03e60", "translit"),  # Voyager 1 ¶6/13/24 in Cyrillic
    Query("多利 罗斯林", "130cee2e", "translit"),  # Dolly ¶8, the Roslin Institute ¶9 in characters
    Query("列昂诺夫", "06aa0b96", "translit"),  # Алексей Леонов ¶6 in characters
    Query("Nina Erofeeva", "06aa0b96", "translit"),  # "учителя физики Нины Петровны Ерофеевой" ¶14
    Query("Lin Guodong", "aec2cb46", "translit"),  # 老馆长林国栋 ¶10 in pinyin
    Query("Fenglin xian tiyuguan", "aec2cb46", "translit"),  # 枫林县体育馆 ¶1/9 in pinyin
    Query("Рамон Франко", "8101f579", "translit"),  # el comandante Ramón Franco ¶9 in Cyrillic
    Query("Гайдн Бримуотер", "717b9c98", "translit"),  # Haydn's Creation ¶18, the Brimwater Choral Society ¶15
    Query("Джесси Мэтьюз", "fc833762", "translit"),  # "opened … with a Jessie Matthews musical" ¶9
    # the Gannet Star c6372f77 ¶1/4/8; 22907601 ¶19/22 (the twenty-fifth anniversary)
    Query("Гэннет Стар", "c6372f77", "translit", also=("22907601",)),
    Query("Jorn Utzon", "f8d9fa72", "translit"),  # Jørn Utzon ¶12/21, ø typed as o
    # Russian
    Query("музей «Шаг в космос»", "06aa0b96", "russian"),  # ¶3
    Query("космонавты на лыжах со спасателями", "06aa0b96", "russian"),  # ¶12
    # Spanish
    Query("réplica a escala del Plus Ultra", "8101f579", "spanish"),  # ¶26
    # "el aeroclub recibió del Ayuntamiento la cesión del viejo hangar" ¶25
    Query("hangar cedido por el Ayuntamiento", "8101f579", "spanish"),
    Query("cuatro avionetas en formación", "8101f579", "spanish"),  # ¶21
    # Chinese
    Query("亚运记忆 老照片展", "aec2cb46", "chinese"),  # “亚运记忆”老照片展 ¶16
    Query("乒乓球和羽毛球比赛", "aec2cb46", "chinese"),  # ¶17–18
    Query("节能照明改造", "aec2cb46", "chinese"),  # 体育馆完成了节能照明改造 ¶14
    # Mentions and zero-width spaces
    # "Crime Night, with the winner of last year's Merrowgate Prize" ¶21
    Query("<@&55501> Merrowgate Prize \u200bcrime night", "d828fe4e", "mention-noise"),
    # the permanent memorial ¶17, "will be unveiled on the harbour wall … the Sea Sunday weekend" ¶18–19
    Query("@here \u200bSea Sunday memorial unveiled\u200b", "c6372f77", "mention-noise"),
    # Typos
    Query("Heblethwaite", "0d87a2a2", "typo"),  # Mrs J. Hebblethwaite, Headteacher ¶27
    Query("Pendelcombe news release", "130cee2e", "typo"),  # NEWS RELEASE, Pendlecombe Science Centre ¶1–2
    Query("Yarowmouth fish quay", "1a9c70dc", "typo"),  # NEW FISH QUAY OPENED, Yarrowmouth Mercury ¶5–8
    # Names
    Query("Len Ibbotson", "fc833762", "name"),  # Manager Len Ibbotson ¶10
    Query("Tom Garside", "d828fe4e", "name"),  # local historian Tom Garside ¶18
    # Phrases
    Query("Christmas in shirtsleeves", "f8d9fa72", "phrase"),  # ¶19
    Query("two tables and a tin of crayons", "5d54bcd8", "phrase"),  # ¶18
    # Questions
    # "26 to 27 July: firing days. The small kiln will be lit for the first time since 1931." ¶16
    Query("when will the small kiln at Hollowdean be lit?", "c8997ec8", "question"),
    # "Scarrowby's first motor omnibus service … The fare was fourpence" ¶12–13
    Query("how much was the fare on Scarrowby's first motor omnibus?", "21af6a76", "question"),
    # "the naming ceremony is planned for 21 May" ¶33 (c6372f77 has a lifeboat ¶7/13, no naming)
    Query("when is the Yarrowmouth lifeboat naming ceremony?", "65174c3f", "question"),
    # Topics
    Query("Cattermere nativity play and carol service", "0d87a2a2", "topic"),  # ¶10–11
    Query("children's book fair storytelling", "d828fe4e", "topic"),  # Children's Book Fair, storytelling ¶9
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Frank Ollerenshaw's wife",  # Frank Ollerenshaw (f8d9fa72): a granddaughter, Ellie; no wife
    "Regal bingo hall",  # the Regal (fc833762) is sold to a builder and demolished; halls elsewhere
    "Brimwater Choral Society Messiah",  # the choral society (717b9c98) sings Haydn's Creation
    "Cattermere school uniform",  # Cattermere school (0d87a2a2): dates only
    "Hollowdean kilns ghost story",  # Hollowdean kilns (c8997ec8); "story" (f8d9fa72, 130cee2e, d828fe4e)
    "Lanterby observatory telescope",  # Lanterby, the observatory (d6c03e60); no telescope
    "Merrowgate festival parking",  # Merrowgate festival (d828fe4e); car parks (c8997ec8, 7ef78023)
    "Pendlecombe planetarium shows",  # Pendlecombe Science Centre (130cee2e): an exhibition, talks; no planetarium
    "Scarrowby Advertiser editor",  # the Advertiser (21af6a76) names no editor; "Editor" (7ef78023, 130cee2e)
    "Thistlebrook orienteers membership fee",  # Thistlebrook Orienteers (7ef78023); no fee
    "Gannet Star wreck salvage",  # the Gannet Star (c6372f77, 22907601) was lost; a wreck (d828fe4e) elsewhere
    "Yarrowmouth fish prices",  # the fish quay (1a9c70dc): trial auctions, no prices
    "Robledal incendio forestal",  # Robledal (8101f579); no fire
    # the exhibition «Plus Ultra, 90 años» (8101f579 ¶22): dates, no price
    "¿cuánto cuesta la entrada a la exposición del Plus Ultra?",
    "Леонов фильм Время первых",  # Леонов (06aa0b96); no film
    # the school museum in Верхнелужск, День космонавтики (06aa0b96); Verkhneuralsk is another town
    "Верхнеуральск музей космонавтики",
    "枫林县 游泳馆",  # 枫林县体育馆 (aec2cb46); no swimming hall
    "林国栋 去世",  # 老馆长林国栋 (aec2cb46) remembers the opening; nothing about his death
    "亚运会 金牌榜",  # 亚运会 (aec2cb46); no medal table
    "when did the Hollowdean Kilns Trust become a charity?",  # c8997ec8 ¶24: a registered charity, no date
    # Yarrowmouth lifeboats (c6372f77, 65174c3f); "served the station for a quarter of a century" is the old boat
    "when was the Yarrowmouth lifeboat station founded?",
    "name of the Merrowgate Prize winner",  # "the winner of last year's Merrowgate Prize" (d828fe4e), unnamed
    "when did Voyager 2 cross the heliopause?",  # d6c03e60 dates Voyager 1's crossing only
    "Kettering switchboard operators",  # the Ketterby exchange, switchboard (5d54bcd8); Kettering is 3 edits away
    "Pendlebury science centre",  # Pendlecombe Science Centre (130cee2e); Pendlebury is another place
    "Thistlewood orienteers",  # Thistlebrook Orienteers (7ef78023), Dalesfoot Orienteers; no Thistlewood
    "Great Yarmouth pier",  # Yarrowmouth (c6372f77, 1a9c70dc …) is 3 edits from Yarmouth; no pier
    "Dolly Parton concert",  # Dolly the sheep (130cee2e); concerts (717b9c98)
    "Haydn Creation at the Opera House",  # Haydn's Creation in St Mary's (717b9c98); the Sydney Opera House (f8d9fa72)
    "Tilbury docks strike",  # Frank sailed from Tilbury (f8d9fa72); no docks, no strike
    "Gorsedge Foundry closure",  # Gorsedge Foundry (f8d9fa72), where Frank worked; no closure
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind49/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
