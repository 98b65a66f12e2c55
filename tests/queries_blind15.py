"""A fifteenth lookup query set, for tuning ranking. It is a TUNING set for this round: the search may
be tuned on it, so once it has been used for tuning a score on it is in-sample, not blind.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind13.py; no query here is a
  copy or near-copy of a query in those files. A throwaway script compared every query, as it was
  written, with every earlier query (words by script; Chinese by character pairs) and reported the
  earlier query sharing the largest share of its words; every query sharing more than half of its
  words with an earlier one was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind27/docs, copied as ONE
  corpus into a subfolder blind27/ (see NEWDOCS_DIRS). No earlier query set used these documents.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 8 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 7 + 7
(another inflection or derivation than the text uses, both directions and irregular forms
included: arriving/arrived, elevating/elevation, accompanying/accompanied, suffering/suffered,
grateful/gratitude, excoriating/excoriated, praising/praised, basses/bass, burns/burnt,
driven/driving, began/beginning, beat/beating, evacuate/evacuation, выступил/выступление), translit
5 + 6 (another script or romanisation than the text: Cyrillic and Chinese characters for Latin-script
names, an older romanisation (Hsinhua) and pinyin (Guomindang) for the text's forms, Latin for
Cyrillic, pinyin for Chinese), russian 2 + 3, spanish 3 + 3, chinese 3 + 3 (the seed queries in
Russian and Chinese are personal names transcribed by sound; the new-document ones use the texts'
own words), mention-noise 3 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 3 + 3 (1–2 edits), name 3 + 3, phrase 3 + 4, question 3 + 4, topic 3 + 4: 45 + 51
answerable, and 12 + 15 unanswerable. Every answerable query is answered by the documents' own words
in some form, spelling or script; no query needs a translation of a common noun or phrase.
No query names a country in another language than the text.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first; the seed titles were skimmed and the seed articles used were read.
Each query was written from a passage of its article, and every word of it (and a stem of it, for
the other forms) was matched over the whole corpus, case- and accent-insensitively (ё as е), by a
throwaway script that listed every article and line holding it; those lines were read to decide
which article a reader wants first (`best`) and which others are fair answers too (`also`). For
cross-paragraph queries the same script checked that no line (title line included) holds all of the
query's words. The unanswerable queries share one or more words with their corpus on purpose; every
article holding those words was read to confirm that none answers the query.

The search engine was never run on these queries, and its code (bot/, adapters/), bench/ and docs/
were not read while writing them. Article ids come from `memorial-bot articles --json` (the document
loader), run on seeds/ and on a folder built as build_newdocs_corpus builds it.
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

# The new-documents corpus is assembled by copying tests/gold/blind27/docs/* into ONE temporary
# corpus folder under the subfolder blind27/: files are then "blind27/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind27/docs",)
NEWDOCS_SUBDIRS = ("blind27",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "467752f7": "Notes from the back row: a brass band blog",
    "6c87eda3": "Callow Bridge marks forty years over the Wend",
    "76831f98": "Twenty years of boats on the Callow and Hesket Canal",
    "37bd62b6": "Ellerby Singers — Summer Concert",
    "f43a9dcf": "Mossley Vale Harriers — Spring Newsletter",
    "2cdc469b": "Wend Valley District Council — Public Notice",
    "ed9ac396": "Obituary: Edith Marsh, matron of St Olave's Hospital",
    "bab6edf9": "Wend Valley Gazette — river and canal archive",
    "1e71c44a": "Canal reopens after forty years",
    "c9cd3c85": "Floods close towpath",
    "252e3d77": "Regatta returns to the river",
    "f845129e": "From the Hesket Herald sports files",
    "e7823463": "Wanderers win the Wend Cup",
    "79f1d3c8": "Cricket pavilion burns",
    "d1cf6628": "Netball club's new courts",
    "8c217894": "PRESS RELEASE — St Olave's Hospital, Hesket",
    "30ba58f3": "El Hospital Comarcal de Valdeluz cumple veinticinco años",
    "57d6b95f": "Хору «Заречье» — тридцать лет",
    "408e1354": "青溪运河大桥通车二十周年",
}

# Paragraph references (¶N) are line numbers in seeds/004_*.txt; 000–003 are cited by their own
# line numbers. In the new documents, "L N" is the line number in the document's own file.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # 000 line 7 Lavrov, the park; line 2 RIA Novosti
    Query("Lavrov Patriots park RIA Novosti", "097182f6", "cross-paragraph"),
    # 000 line 1 Li Jinxian's department; line 2 "reported by RIA Novosti during a press conference"
    Query("Memorial Work Department press conference", "097182f6", "cross-paragraph"),
    # 002 line 11 Putin; line 7 Asia, Europe, Africa and Oceania
    Query("beautifying Nazis Oceania", "424ab945", "cross-paragraph"),
    Query("Sassou Nguesso e-commerce", "faecd2e1", "cross-paragraph"),  # ¶23 the Congo president; ¶27 e-commerce
    Query("yellow face stereotypes Southbank", "ccf1d4fa", "cross-paragraph"),  # ¶113/129 yellow face; ¶111 Southbank
    # ¶154 Hun Sen; ¶159 the Dominican party
    Query("Samdech Techo United Left Movement", "20f574be", "cross-paragraph"),
    Query("Ken Hammond KJ Noh", "d89fdf72", "cross-paragraph"),  # speakers, separate lines ¶363 and ¶368
    # Word forms: another form of a word the text uses
    # ¶235 "King Norodom Sihamoni … arrived in Beijing … far ahead of others"
    Query("Sihamoni arriving far ahead of others", "5a5d8582", "word-form"),
    # ¶5 "announced the elevation of bilateral relations to a China-Zimbabwe all-weather community"
    Query("Zimbabwe elevating relations to an all-weather community", "faecd2e1", "word-form"),
    # ¶33 "They were also accompanied by … Defence Minister Vladimir Padrino"; ¶53 "He was accompanied by"
    Query("Padrino accompanying Maduro", "f78fdcd6", "word-form"),
    # ¶281 "the families of Scots who suffered in the Japanese POW camps"; ¶275 heroes who suffered
    Query("Scots suffering in Japanese POW camps", "7ab1f62c", "word-form"),
    # ¶409 "Guterres expressed his gratitude for China's strong and solid support to the UN"
    # (3a9fa4ed ¶209 has "grateful for China's … support" but is Uzbekistan's, not Guterres's)
    Query("Guterres grateful for China's support", "26d64f12", "word-form"),
    # ¶119 "She excoriated the racist and sexist stereotyping"
    Query("Anna May Wong excoriating racist stereotyping", "ccf1d4fa", "word-form"),
    # ¶275 "Dr. Norman Bethune … whom Chairman Mao Zedong praised as 'a man of noble character'"
    Query("Mao praising Norman Bethune", "7ab1f62c", "word-form"),
    # Other scripts and other romanisations
    Query("Антониу Гутерреш", "26d64f12", "translit"),  # António Guterres ¶405–409
    # pinyin of Kuomintang ¶557 (the strategic retreat of the Long March); dde32893 ¶315 the
    # Long March (Marcha Larga) and the KMT in Spanish
    Query("Guomindang Long March retreat", "6710eba1", "translit", also=("dde32893",)),
    Query("Hsinhua feature on Liddell", "7ab1f62c", "translit"),  # older romanisation of Xinhua ¶283/287
    Query("Тран Тхань Ман", "362ba691", "translit"),  # Tran Thanh Man ¶65
    Query("穆南加古瓦", "faecd2e1", "translit"),  # Mnangagwa in Chinese characters ¶5/11
    # Russian (names in Cyrillic)
    Query("Шавкат Мирзиёев", "3a9fa4ed", "russian"),  # Shavkat Mirziyoyev ¶207/209
    Query("Ким Ир Сен", "eca32116", "russian"),  # founding President Kim Il Sung ¶219
    # Spanish
    Query("San Francisco o Nueva York campamentos", "dde32893", "spanish"),  # ¶327
    Query("bodega de vino techada más grande de Asia", "dde32893", "spanish"),  # ¶335
    # ¶317 "más de 800 millones de personas han salido de la pobreza extrema"
    Query("800 millones de personas salieron de la pobreza extrema", "dde32893", "spanish"),
    # Chinese (names transcribed by sound)
    # Miguel Díaz-Canel Bermúdez ¶85/89 (meets Xi); 20f574be ¶155/161–167 (Hanoi guest, visits Laos)
    Query("迪亚斯-卡内尔", "d807680a", "chinese", also=("20f574be",)),
    Query("拉夫罗夫 元山", "097182f6", "chinese"),  # Lavrov in Wonsan, 000 line 7
    Query("夏巴兹·谢里夫", "3a9fa4ed", "chinese"),  # Shehbaz Sharif ¶211/213
    # Chat mentions around the real words
    Query("@everyone Burmese battlefield Expeditionary Force", "7ab1f62c", "mention-noise"),  # ¶275
    # ¶555 "Illiteracy was rife and disease was common" in 1949; dde32893 ¶313 life before the 1949
    # revolution (in Spanish)
    Query("<@4455667788> illiteracy rife before 1949", "6710eba1", "mention-noise", also=("dde32893",)),
    Query("<#24680> \u200bmaritime\u200b and air patrols", "b39d8185", "mention-noise"),  # 003 line 54
    # Typos
    Query("Khurelsuk Ukhna", "c061f0a1", "typo"),  # Khurelsukh Ukhnaa ¶187/197
    Query("Pezeshkain", "e065690c", "typo"),  # Pezeshkian ¶451
    Query("Madbuly Egypt", "26d64f12", "typo"),  # Madbouly ¶405/411/413
    # Names
    Query("Zheng Bofei Jin Jing", "7ab1f62c", "name"),  # the Xinhua correspondents ¶287
    Query("Prabowo Jaishankar", "e065690c", "name"),  # ¶451
    Query("Wang Yi Cai Qi", "eca32116", "name"),  # ¶221, at Beijing Railway Station
    # Phrases
    Query("co-guardians of the true anti-fascist legacy", "b39d8185", "phrase"),  # 003 line 9
    Query("ancestors, fathers and grandfathers paid an enormous price", "c061f0a1", "phrase"),  # Putin ¶195
    Query("century-defining transformation is accelerating", "0e5d6094", "phrase"),  # Xi to Lukashenko ¶263
    # Natural questions
    # ¶287 "captured gold in the men's 400 metres in 47.6 seconds" at the 1924 Paris Olympics
    Query("how long did Liddell take to run the 400 metres in Paris?", "7ab1f62c", "question"),
    # ¶154 "Samdech Techo Hun Sen, … President of the Senate of Cambodia"
    Query("which Cambodian leader heads the Senate?", "20f574be", "question"),
    Query("what was Anna May Wong's real name?", "ccf1d4fa", "question"),  # ¶115 "real name Wong Liu Tsong"
    # Topics
    # ¶125 "During WWII, Hollywood film makers produced dozens of films …", one made in 1944
    Query("Hollywood war films of the 1940s", "ccf1d4fa", "topic"),
    # ¶105 cooperation in "… biodiversity, climate change, energy and environment …"
    Query("biodiversity and climate change cooperation", "d807680a", "topic"),
    # 003 line 36 "remembrance of the victims … and patriotic education of younger generations"
    Query("patriotic education of younger generations", "b39d8185", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Kim Jong Un nuclear missile tests",  # Kim Jong Un (eca32116 and others); nuclear, missile nowhere
    "Code Pink protests Gaza",  # Code Pink (d89fdf72 ¶365)
    "Hollywood box office records 2025",  # Hollywood (ccf1d4fa ¶125)
    "Sydney Opera House tickets",  # Sydney Loving (dde32893)
    "Vietnam e-visa application",  # Vietnam (362ba691, 20f574be); visa nowhere
    "Egypt Nile cruise prices",  # Egypt (26d64f12, e065690c, 6710eba1)
    "Лукашенко выборы 2025",  # Lukashenko in Cyrillic (0e5d6094); elections nowhere
    "天津之眼摩天轮门票",  # Tianjin in Chinese characters (many seed articles); the Tianjin Eye nowhere
    "¿cuánto cuesta el tren bala de Xi'an a Dunhuang?",  # tren bala, Xi'an, Dunhuang (dde32893 ¶307/329); no fare
    "Chelsea Flower Show",  # Chelsea Football Club (7ab1f62c ¶291)
    "Indonesia Bali volcano",  # Indonesia (faecd2e1 title, e065690c ¶451)
    "Gansu earthquake relief",  # Gansu (ac7222d4, dde32893, 6710eba1); earthquake nowhere
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Edith Marsh maternity wing", "ed9ac396", "cross-paragraph"),  # title and L3; the wing L11
    Query("Pollitt ferrymen last crossing", "6c87eda3", "cross-paragraph"),  # the mayor L14; the ferrymen L8
    Query("Martin Vose tenors", "37bd62b6", "cross-paragraph"),  # the conductor L3; tenors L12
    Query("Lord Lieutenant treatment chairs", "8c217894", "cross-paragraph"),  # the opening L5; chairs L14
    Query("Вера Соколова Ярославль", "57d6b95f", "cross-paragraph"),  # the leader L11; the festival L10
    Query("Carmen Ruiz urgencias", "30ba58f3", "cross-paragraph"),  # the director L12; the A&E L7
    Query("李明 桥头公园", "408e1354", "cross-paragraph"),  # the reporter L15; the park L8
    Query("toll house work boat", "76831f98", "cross-paragraph"),  # the toll house L14; the work boat L13
    # Word forms
    # L14 "New players welcome, especially basses." (a cornet section L3)
    Query("brass band looking for bass players", "467752f7", "word-form"),
    # title "Cricket pavilion burns"; L9 "Fire destroyed the wooden cricket pavilion"
    Query("cricket pavilion burnt down", "79f1d3c8", "word-form"),
    Query("driving the last rivet", "6c87eda3", "word-form"),  # L7 "The last rivet was driven on 9 and 10 July 1971"
    Query("regatta heats beginning at 9am", "252e3d77", "word-form"),  # L15 "Heats began at 9am"
    # L4 "Hesket Wanderers beat Callowmouth 3–1"; 6c87eda3 L2 has Callowmouth only as a dateline
    Query("Wanderers beating Callowmouth", "e7823463", "word-form"),
    # L9 "she came out of retirement to help evacuate the children's ward" in the great flood
    Query("evacuation of the children's ward in the flood", "ed9ac396", "word-form"),
    Query("выступление хора на областном смотре", "57d6b95f", "word-form"),  # L5 "хор выступил на областном смотре"
    # Other scripts and other romanisations
    Query("Энн Поллитт", "6c87eda3", "translit"),  # Mayor Anne Pollitt L14
    Query("Vera Sokolova", "57d6b95f", "translit"),  # Вера Соколова L11
    Query("Zarechye choir", "57d6b95f", "translit"),  # хор «Заречье», title and L2
    Query("Qingxi", "408e1354", "translit"),  # pinyin of 青溪, title, L2, L12
    Query("亨德尔", "37bd62b6", "translit"),  # Handel in Chinese characters L2
    # the trust's founder Harold Renn L4/7 (8c217894 L4 "Renn Cancer Centre" is not him)
    Query("Гарольд Ренн", "76831f98", "translit"),
    # Russian
    Query("юбилейный концерт во Дворце культуры", "57d6b95f", "russian"),  # L8
    Query("хор получил звание народного", "57d6b95f", "russian"),  # L7
    Query("хор пел перед ветеранами на набережной", "57d6b95f", "russian"),  # L6
    # Spanish
    Query("primer niño nacido en el hospital", "30ba58f3", "spanish"),  # L5
    Query("unidad de cuidados intensivos", "30ba58f3", "spanish"),  # L6/8
    Query("ochenta camas y doce médicos", "30ba58f3", "spanish"),  # L3
    # Chinese
    Query("大桥全面检修", "408e1354", "chinese"),  # L6
    Query("渡船过河", "408e1354", "chinese"),  # L3/13
    Query("夜景照明", "408e1354", "chinese"),  # L9
    # Chat mentions around the real words
    Query("@everyone Wend Half Marathon", "8c217894", "mention-noise"),  # L9
    Query("<@123456789012> netball floodlit courts", "d1cf6628", "mention-noise"),  # title and L14
    Query("\u200bhead\u200b torch\u200b winter\u200b sessions\u200b", "f43a9dcf", "mention-noise"),  # L16
    # Typos
    Query("Ellerbey Singers", "37bd62b6", "typo"),  # Ellerby, title
    Query("Mossly Vale Harriers", "f43a9dcf", "typo"),  # Mossley, title
    Query("Valdelux hospital", "30ba58f3", "typo"),  # Valdeluz, title and L2
    # Names
    Query("Joan Heald", "37bd62b6", "name"),  # L3
    Query("Priya Nair", "8c217894", "name"),  # L13
    Query("Sally Drew", "f43a9dcf", "name"),  # L13
    # Phrases
    Query("the town owed the bridge everything", "6c87eda3", "phrase"),  # L14
    Query("the river has never looked better", "252e3d77", "phrase"),  # L20
    Query("passing a bucket round the boundary", "79f1d3c8", "phrase"),  # L10
    Query("a ninety-mile round trip", "8c217894", "phrase"),  # L13
    # Natural questions
    Query("how many vehicles cross Callow Bridge each day?", "6c87eda3", "question"),  # L10 eighteen thousand
    Query("how much are tickets for the Ellerby Singers concert?", "37bd62b6", "question"),  # L10 £12
    # L8 "The hospital itself opened in 1889"; ed9ac396 names the hospital but not its founding
    Query("when was St Olave's Hospital founded?", "8c217894", "question"),
    Query("at what age did the St Olave's matron die?", "ed9ac396", "question"),  # L3 "has died aged 88"
    # Topics
    # L8–9 founded a century ago, "our centenary year"
    Query("brass band centenary", "467752f7", "topic"),
    # L9 "put the Wend over its banks at Hesket", the towpath shut; ed9ac396 L9 a great flood, not the Wend
    Query("flooding on the river Wend", "c9cd3c85", "topic"),
    # L2/4 Harrow Road closed, L9 bids for the permanent repair; 6c87eda3 L12 the footway closes
    # while the bridge railings are replaced
    Query("road closure for bridge repairs", "2cdc469b", "topic", also=("6c87eda3",)),
    # L3–5 the founder and six friends cleared the cut, eight years of weekends, L15 volunteers;
    # 1e71c44a L5–6 the reopening after four decades, volunteers cleared the last lock
    Query("canal restoration by volunteers", "76831f98", "topic", also=("1e71c44a",)),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Handel Messiah score download",  # Handel (37bd62b6 L2)
    "Vaughan Williams symphony recordings",  # Vaughan Williams (37bd62b6 L2)
    "St Olave's Hospital visiting hours",  # St Olave's (8c217894, ed9ac396): open days, tours, no visiting hours
    "Hesket railway station car park",  # Hesket (many); railway, station, car park nowhere
    "Brankley Park tennis court booking",  # Brankley Park (f43a9dcf, 79f1d3c8); netball courts (d1cf6628)
    "canal boat hire prices",  # canal, boat (76831f98, 1e71c44a); booking passage L11, no hire
    "Leeds nursing degree",  # trained at Leeds (ed9ac396 L6)
    "cancer screening waiting times",  # Renn Cancer Centre (8c217894)
    "Callowmouth beach parking",  # Callowmouth (6c87eda3, e7823463)
    "Ярославль достопримечательности",  # Ярославль (57d6b95f L10), a festival only
    "хор Пятницкого",  # хор (57d6b95f)
    "hotel rural en Valdeluz",  # Valdeluz (30ba58f3)
    "运河游船票价",  # 运河 (408e1354)
    "marathon training plan for beginners",  # Half Marathon (8c217894 L9); training nights (f43a9dcf L8)
    "Wend Valley District Council tax bands",  # Wend Valley District Council (2cdc469b)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind27/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
