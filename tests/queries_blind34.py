"""A thirty-fourth lookup query set: a BLIND set for the seventeenth round. It is committed unscored
and is to be scored once, later; the search must not be tuned on it (once used for tuning, a score
on it would be in-sample and no longer blind).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files. A throwaway script compared the word set of every query
  (Latin and Cyrillic words, accents dropped, Chinese by character pairs, a few stop words and
  Discord/Telegram mentions left out) with every earlier query, while the set was being written; a
  query sharing more than half of its words with any one earlier query was replaced. (Two blind sets
  being written or held unscored at the same time, queries_blind32.py and queries_blind35.py, were
  not opened and so not compared.)
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind46/docs, copied as ONE
  corpus into a subfolder blind46/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 10
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 4 + 7 (another script or romanisation than the text:
Cyrillic and Chinese characters for Latin-script names, Cyrillic for pinyin place names, Latin for
Cyrillic and Chinese, an older romanisation for pinyin, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 4 + 3 (1–2 edits), name 3 + 4, phrase 3 + 3, question 4 + 4,
topic 4 + 3: 46 + 55 answerable, and 12 + 16 unanswerable. Every answerable query is answered by
the documents' own words in some form, spelling or script (names may be written in another script);
none needs a translation or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles were read in full. Each query was written from
a passage of its article, and every word of it (and a stem of it, for the other forms) was matched
over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that listed
every article and paragraph holding it; those paragraphs were read to decide which article a reader
wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph queries the
same script checked that no paragraph (title line included; in the new documents a paragraph is a
block of lines between blank lines) holds all of the query's words. The unanswerable queries share
one or more words with their corpus on purpose; every article holding those words was read to
confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind46/docs/* into ONE temporary
# corpus folder under the subfolder blind46/: files are then "blind46/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind46/docs",)
NEWDOCS_SUBDIRS = ("blind46",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "223da5f5": "TIMES PAST",
    # en_brantholme_echo_cuttings_digest.txt is split by the loader: the book's heading (¶1–2) and
    # three cuttings (¶5–9, ¶12–16, ¶19–24)
    "51decdba": "ST ALDHELM'S, BRANTHOLME — PARISH CUTTINGS BOOK",
    "dd2fbb03": "WEIR GIVES WAY AFTER THREE DAYS OF RAIN",
    "256bba37": "SALMON BACK ABOVE THE MILL FOR THE FIRST TIME IN TEN YEARS",
    "61c713a0": "APPEAL LAUNCHED TO REBUILD THE WEIR PROPERLY",
    "027ad5cc": "BRANTHOLME RIVER WEEKEND",
    "35878b2e": "PRESS RELEASE",
    "935e1236": "Cyril Ambrose",
    "8ef224fc": "THE DRUMLOGIE COURIER · Friday 28 June 2019 · Features",
    "082ad324": "THE HETTON CARR CHRONICLE",
    "c086b003": "OXENMERE CANOE CLUB",
    "3dcae65b": "PENNOCK MOSS NATURE RESERVE",
    "f7db1cbc": "SKELBROOK TOWN COUNCIL",
    # en_sollerby_advertiser_digest.txt likewise: heading (¶1–2) and three cuttings (¶6–10, ¶14–19, ¶23–28)
    "f80dbc83": "SOLLERBY ADVERTISER — THREE FROM THE FILES",
    "a3f14e15": "ALL NIGHT AT THE DRILL HALL",
    "369f4734": "FOOTPATHS SHUT AS FOOT-AND-MOUTH SPREADS",
    "0cc03180": "SNOW DAY: TOWN AT A STANDSTILL",
    "1d1acf90": "Hattie Crouse · Notes from a Small Flat",
    "f6444141": "SANTA ROSALÍA DE LA VEGA (Tolima), 12 de noviembre de 2015.",
    "f114a375": "СОСНОВООЗЁРСКИЙ ВЕСТНИК",
    "3f66b787": "柳岸日报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # the Levellers ¶517; the first Hyde Park meeting, the first pamphlet ¶525
    Query("Levellers Hyde Park pamphlet", "ac7222d4", "cross-paragraph"),
    # Mirziyoyev and the China-Kyrgyzstan-Uzbekistan railway project ¶207; Shehbaz, "a brotherly bond" ¶211
    Query("Mirziyoyev railway project Shehbaz brotherly bond", "3a9fa4ed", "cross-paragraph"),
    # Vice President Delcy Rodríguez ¶33/53; "a power without an imperialist, colonialist, or slave-owning vision" ¶41
    Query("Delcy Rodríguez imperialist slave-owning", "f78fdcd6", "cross-paragraph"),
    # Hungary and Bulgaria, "at head of government level" ¶21; Denis Sassou Nguesso ¶23
    Query("Sassou Nguesso Hungary Bulgaria head of government", "faecd2e1", "cross-paragraph"),
    # Armenia ¶257–261, documents on metrology ¶261; "humanity once again stands at a crossroads" ¶263
    Query("Armenia metrology humanity crossroads", "0e5d6094", "cross-paragraph"),
    # Zhao Leji at Ho Chi Minh's Stilt House ¶75; Pham Minh Chinh in Tianjin ¶79
    Query("Zhao Leji Stilt House Pham Minh Chinh", "362ba691", "cross-paragraph"),
    # the BFI on London's Southbank ¶111; Claudia Jones booklet ¶123; Hollywood film makers ¶125
    Query("BFI Southbank Claudia Jones booklet Hollywood", "ccf1d4fa", "cross-paragraph"),
    # 000: partisans ¶2; Noraa ¶3/10; Lavrov, the park in the Moscow region ¶7
    Query("Noraa partisans Lavrov Moscow region park", "097182f6", "cross-paragraph"),
    # Word forms: the text has another form
    # "Queen Mother Norodom Monineath Sihanouk arrived in Beijing" ¶235
    Query("Queen Mother arriving in Beijing", "5a5d8582", "word-form"),
    # "the success of the August Revolution … energised revolutionary and peace movements" ¶149
    Query("August Revolution energising peace movements", "20f574be", "word-form"),
    # "the rejuvenation of the Chinese nation" ¶381/387; eca32116: "pursue national rejuvenation" ¶227
    Query("rejuvenating the Chinese nation", "38a7d84f", "word-form", also=("eca32116",)),
    # "platos hondos y frijoles para las personas que no podían leer para votar" ¶315
    Query("votaban con frijoles", "dde32893", "word-form"),
    # "His world outlook was transformed by China" ¶493
    Query("transforming Hogg's world outlook", "ac7222d4", "word-form"),
    # Lula: "Tariff blackmail is being normalised" ¶463
    Query("Lula normalising tariff blackmail", "e065690c", "word-form"),
    # Another script or romanisation
    Query("Lukou Bridge", "ac7222d4", "translit"),  # Wade-Giles Lu-kou for "the Lugou 'Marco Polo' Bridge" ¶505
    # Wade-Giles Yenan for Yan'an, the Long March, the 7th National Congress ¶535/557; dde32893: Yan'an, the
    # Marcha Larga and the 7mo Congreso ¶315
    Query("Yenan Long March congress", "6710eba1", "translit", also=("dde32893",)),
    Query("Тяньцзинь Минъюань", "7ab1f62c", "translit"),  # Tianjin, the Minyuan Stadium in Cyrillic ¶289–291
    # Jiayuguan and Dunhuang in Cyrillic ¶307/335; 6710eba1: Dunhuang ¶537–539
    Query("Цзяюйгуань Дуньхуан", "dde32893", "translit", also=("6710eba1",)),
    # Russian (names written in Cyrillic)
    # Chen Weihua ¶364; Radhika Desai, moderator ¶369
    Query("Чэнь Вэйхуа Радхика Десаи", "d89fdf72", "russian"),
    Query("Гутерреш Токаев", "26d64f12", "russian"),  # António Guterres and Kassym-Jomart Tokayev ¶405
    # Spanish
    # "los generales de terracota … la hambruna masiva era una característica de la sociedad por siglos" ¶313
    Query("terracota Xi'an hambruna siglos", "dde32893", "spanish"),
    # "la economía más grande del mundo medido por Paridad de Poder Adquisitivo" ¶317
    Query("Paridad de Poder Adquisitivo economía más grande", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("彭丽媛 洪玛奈", "5a5d8582", "chinese"),  # Peng Liyuan ¶237, Hun Manet ¶243/247
    Query("乔治·霍格", "ac7222d4", "chinese"),  # George Hogg ¶477–499
    Query("卢拉 莫迪", "e065690c", "chinese"),  # Lula and (the absent) Narendra Modi ¶451
    # Mentions and zero-width spaces around the real words
    # "the first to conclude a treaty on long-term good-neighbourliness … refrain from hostilities" ¶433
    Query("<#1029384756> refrain from hostilities treaty", "9e49ddff", "mention-noise"),
    # "The Guard of Honour of the Chinese People's Liberation Army" in the parade in Hanoi ¶73
    Query("<#556677> \u200bGuard of Honour People's Liberation Army Hanoi\u200b", "362ba691", "mention-noise"),
    # "the Nuremberg and Tokyo Trials … irrefutable evidence of the atrocities" 003 ¶39
    Query("<@!80412> Tokyo Trials\u200b irrefutable evidence", "b39d8185", "mention-noise"),
    # Typos (1–2 edits)
    Query("Bethun", "7ab1f62c", "typo"),  # Dr. Norman Bethune ¶275
    Query("Yakushew", "20f574be", "typo"),  # Vladimir Vladimirovich Yakushev ¶158
    Query("Rampahosa", "e065690c", "typo"),  # Cyril Ramaphosa ¶451/467
    Query("Rodrigues Padrino", "f78fdcd6", "typo"),  # Delcy Rodríguez and Vladimir Padrino ¶33/53
    # Names
    # "established by President Kaysone Phomvihane and President Fidel Castro" ¶167
    Query("Kaysone Phomvihane Fidel Castro", "20f574be", "name"),
    # "Zimbabwean President Emmerson Mnangagwa … all-weather community" ¶5
    Query("Emmerson Mnangagwa all-weather", "faecd2e1", "name"),
    Query("KJ Noh Jodie Evans", "d89fdf72", "name"),  # the webinar's speakers ¶365/368
    # Phrases
    # "a prime example of relations between two major countries" ¶189
    Query("a prime example of relations between two major countries", "c061f0a1", "phrase"),
    Query("the right side of history", "38a7d84f", "phrase"),  # "stand on the right side of history" ¶381
    Query("common ideals, convictions and aspirations", "eca32116", "phrase"),  # ¶225
    # Questions
    # "the Friends Ambulance Unit … composed of conscientious objectors, roughly 200 of whom … served in China" ¶501
    Query(
        "how many conscientious objectors of the Friends Ambulance Unit served in China?",
        "ac7222d4",
        "question",
    ),
    # Zhao Leji "leading a party and state delegation" ¶65, in Hanoi ¶73; 20f574be: Hanoi ¶143, Zhao Leji among
    # the guests ¶156
    Query("who led the Chinese delegation to Hanoi?", "362ba691", "question", also=("20f574be",)),
    # "In Tianjin, he taught at an Anglo-Chinese college" ¶291
    Query("which school did Liddell teach at?", "7ab1f62c", "question"),
    # 001 ¶12: "the site of the former camp … near Khabarovsk … the witness of friendship"
    Query("how did Liu Qibao describe the Khabarovsk camp site?", "054ef6fb", "question"),
    # Topics
    # 003 ¶55 "Soviet war memorials in China … legal protections"
    Query("legal protections for Soviet memorials", "b39d8185", "topic"),
    # "combat cross-border crimes … ensure the safety and security of Chinese personnel" ¶417
    Query("cross-border crimes Chinese personnel safety", "26d64f12", "topic"),
    # "The SCO was the first to launch Belt and Road cooperation" ¶433
    Query("SCO first to launch Belt and Road", "9e49ddff", "topic"),
    # 002 ¶5 "On September 3, 2020, President Xi Jinping exchanged congratulatory messages with … Putin"
    Query("Xi Putin messages September 3 2020", "424ab945", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Xi Jinping visit Havana",  # Xi Jinping everywhere, Cuba (d807680a): Díaz-Canel came to Beijing; no Havana
    "Lula prison sentence",  # Lula (e065690c); prisoner-of-war camps (7ab1f62c)
    "Madbouly new administrative capital",  # Madbouly (26d64f12); capitals (f78fdcd6, 20f574be, 7ab1f62c)
    "Delcy Rodríguez oil minister",  # Delcy Rodríguez, vice president (f78fdcd6); Defence Minister Padrino
    "中俄 北极航道",  # 中俄 (003 ¶20, b39d8185); no Arctic route
    "Лавров визит в Токио",  # Lavrov (097182f6: Wonsan); Tokyo Trials (b39d8185)
    "Fico Ukraine aid veto",  # Fico (faecd2e1); Ukraine (b39d8185 ¶17)
    "Hun Manet cabinet reshuffle",  # Hun Manet (5a5d8582)
    "Ramaphosa Trump White House meeting",  # Ramaphosa and the Trump administration (e065690c ¶451/467)
    "Xi Jinping Trump phone call",  # Xi and Trump (e065690c); no call between them
    "Maldives Muizzu India",  # Maldives, India (0e5d6094 title; India in e065690c); no Muizzu
    "Liddell Olympic relay team",  # Liddell, Olympic 400 metres (7ab1f62c); no relay
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # PC Arthur Lumb ¶7; Bellstead Rovers, the reunion dinner ¶14–17
    Query("PC Lumb Bellstead Rovers reunion", "223da5f5", "cross-paragraph"),
    # the Trust's Harbour Gallery ¶8; Rita Penhale on the crane barge Tog Mor ¶12–14
    Query("Penhale Tog Mor Harbour Gallery", "35878b2e", "cross-paragraph"),
    # married Edna Holt ¶8; the heritage centre in the old goods shed ¶19
    Query("Edna Holt heritage centre goods shed", "935e1236", "cross-paragraph"),
    # Alec Dunnet ¶8/19–20; "at Pulham in Norfolk, not East Fortune" ¶25
    Query("Alec Dunnet Pulham Norfolk", "8ef224fc", "cross-paragraph"),
    # the Oxen marathon ¶9; two-day rolling course with Jen Ashworth ¶16
    Query("Oxen marathon Jen Ashworth rolling", "c086b003", "cross-paragraph"),
    # saved from peat cutting ¶4; Moth night ¶11
    Query("Pennock Moss peat cutting moth night", "3dcae65b", "cross-paragraph"),
    # Tannery Row ¶9–10; objections ¶20; R. J. Haworth, Town Clerk ¶24
    Query("Tannery Row Haworth objections", "f7db1cbc", "cross-paragraph"),
    # Hattie Crouse ¶1; the dampers ¶13; Priya ¶18/22
    Query("Hattie Crouse dampers Priya", "1d1acf90", "cross-paragraph"),
    # Brantholme Silver Band ¶20; fly-casting sessions ¶22; "everyone who filled a sandbag" ¶25
    Query("Brantholme Silver Band fly-casting sandbag", "027ad5cc", "cross-paragraph"),
    # Word forms
    Query("laundry burnt down Tanyard Lane", "223da5f5", "word-form"),  # "It burned down in the hot summer" ¶19–20
    # "Henry VIII's flagship sank off Portsmouth" ¶11
    Query("flagship sinking off Portsmouth", "35878b2e", "word-form"),
    # "who hauled the airship R34 out into the dark" ¶7–8
    Query("hauling the airship out at East Fortune", "8ef224fc", "word-form"),
    # "the result was not declared until 2.40am" ¶8
    Query("declaration of the Sollerby result", "a3f14e15", "word-form"),
    # "the county council chairman cut the ribbon at the Moss Lane roundabout" ¶6–7
    Query("chairman cutting the ribbon Moss Lane roundabout", "082ad324", "word-form"),
    Query("curlews nesting Pennock Moss", "3dcae65b", "word-form"),  # "when curlews nest" ¶18
    # "by lunchtime the whole deck was swaying from side to side" ¶8–9
    Query("the Millennium Bridge swayed on opening day", "1d1acf90", "word-form"),
    # "Brantholme weir collapsed" ¶6; 027ad5cc: "Brantholme weir gave way … it broke" ¶6–7
    Query("Brantholme weir collapsing", "dd2fbb03", "word-form", also=("027ad5cc",)),
    # "El 30 aniversario de la erupción del Nevado del Ruiz … se conmemorará aquí" ¶4–5
    Query("conmemoración de la erupción del Nevado del Ruiz", "f6444141", "word-form"),
    # "выставка моделей, собранных кружковцами" ¶19–20
    Query("выставку моделей кружковцев", "f114a375", "word-form"),
    # Another script or romanisation
    Query("Рита Пенхейл", "35878b2e", "translit"),  # Rita Penhale ¶12/17 in Cyrillic
    Query("Алек Даннет", "8ef224fc", "translit"),  # Alec Dunnet ¶8/19 in Cyrillic
    Query("Lunokhod Orbita", "f114a375", "translit"),  # клуб «Орбита», «Лунохода-1» ¶5/9
    Query("Pyotr Gavrilov", "f114a375", "translit"),  # "основателем «Орбиты» Петром Гавриловым" ¶16
    Query("Chang'e-1 Xichang", "3f66b787", "translit"),  # 嫦娥一号 ¶3/6, 西昌卫星发射中心 ¶6
    Query("Aurelio Cardenas", "f6444141", "translit"),  # Aurelio Cárdenas ¶15 (accent dropped)
    Query("玛丽·罗斯", "35878b2e", "translit"),  # the Mary Rose ¶4/6 in Chinese characters
    # Russian
    Query("первый в мире планетоход", "f114a375", "russian"),  # ¶7
    Query("луноход Море Дождей", "f114a375", "russian"),  # "села в Море Дождей … луноход" ¶12–13
    Query("областной музей космонавтики", "f114a375", "russian"),  # ¶21
    # Spanish
    Query("avalancha de lodo río Lagunilla", "f6444141", "spanish"),  # ¶10
    Query("exposición Barro y memoria", "f6444141", "spanish"),  # ¶20
    Query("monumento a los voluntarios junto al puente", "f6444141", "spanish"),  # ¶23–24
    # Chinese
    Query("长征三号甲运载火箭", "3f66b787", "chinese"),  # ¶10
    Query("月球仪 报告厅", "3f66b787", "chinese"),  # 在学校报告厅举行 … 月球仪 ¶18–19
    Query("第一幅月面图像", "3f66b787", "chinese"),  # ¶12
    # Mentions and zero-width spaces
    Query("<@555000111> \u200bsundew dragonfly walk\u200b", "3dcae65b", "mention-noise"),  # ¶13
    Query("<#420042> carols round the mill wheel", "61c713a0", "mention-noise"),  # ¶21
    Query("@here \u200bHarbour Steps footway shut\u200b", "f7db1cbc", "mention-noise"),  # ¶12
    # Typos
    Query("Hetton Car bypass", "082ad324", "typo"),  # the Hetton Carr bypass ¶1/5–6
    Query("Solerby snow day", "0cc03180", "typo"),  # Sollerby ¶1–2; SNOW DAY ¶23
    Query("Oxenmeer canoe club", "c086b003", "typo"),  # OXENMERE CANOE CLUB ¶1
    # Names
    Query("Judith Carew", "a3f14e15", "name"),  # the new Member ¶9
    Query("Leonard Bairstow", "082ad324", "name"),  # the county surveyor ¶11
    Query("Dr Ellen Sowerby", "3dcae65b", "name"),  # "Bog plants with Dr Ellen Sowerby" ¶9
    Query("Derek Pryor", "027ad5cc", "name"),  # "with film shot by Derek Pryor" ¶14
    # Phrases
    Query("to explain the colours", "223da5f5", "phrase"),  # PC Arthur Lumb ¶7–8
    Query("like a ship in a swell", "1d1acf90", "phrase"),  # ¶9
    Query("this side of the millennium", "dd2fbb03", "phrase"),  # ¶9
    # Questions
    # "The last passenger train called at Fellbridge on Saturday 2 May 1964" ¶14
    Query("when did the last passenger train call at Fellbridge?", "935e1236", "question"),
    Query("how many hours was R34 aloft?", "8ef224fc", "question"),  # "after 108 hours aloft" ¶15
    # "a concert in St Aldhelm's on Saturday 17 December raised the first £2,300" ¶20–21
    Query("how much did the St Aldhelm's concert raise?", "61c713a0", "question"),
    # "The mill itself reopens to visitors for the season on Easter Saturday, 4 April" ¶23
    Query("when does the mill reopen to visitors?", "027ad5cc", "question"),
    # Topics
    # "FOOTPATHS SHUT AS FOOT-AND-MOUTH SPREADS … closed all public rights of way" ¶14–17
    Query("foot-and-mouth footpaths closed", "369f4734", "topic"),
    # "The heaviest snow for eighteen years … Every school in the district was shut" ¶24–25
    Query("heaviest snow schools shut", "0cc03180", "topic"),
    Query("salmon fish pass", "256bba37", "topic"),  # eleven salmon, a new fish pass ¶13–15
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Bellstead Rovers league title",  # Bellstead Rovers lost a cup final (223da5f5); no league
    "Mary Rose museum ticket prices",  # the Mary Rose, the "Raised" exhibition (35878b2e); "Price 28p" (082ad324)
    "Fellbridge Junction reopening plans",  # Fellbridge closed in 1964 (935e1236); reopenings elsewhere
    "R34 crash",  # R34's crossing (8ef224fc); no crash
    "Hetton Carr bypass speed cameras",  # the bypass (082ad324)
    "Oxenmere canoe slalom championship",  # Oxenmere Canoe Club (c086b003)
    "Pennock Moss wind farm",  # Pennock Moss (3dcae65b); headwinds (8ef224fc), farms (369f4734)
    "Skelbrook Market Place farmers market",  # Skelbrook, Council Offices, Market Place (f7db1cbc ¶20)
    "Judith Carew expenses scandal",  # Mrs Judith Carew, the new Member (a3f14e15)
    "Millennium Bridge construction cost",  # the Millennium Bridge (1d1acf90)
    "precio del café en Tolima",  # Tolima, pueblo cafetero, cafetales (f6444141); no price
    "Луноход-2 Море Ясности",  # «Луноход-1», Море Дождей (f114a375)
    "嫦娥四号 月球背面",  # 嫦娥一号, 月球 (3f66b787)
    "Sollerby Show winners",  # the Sollerby Show in doubt (369f4734)
    "Brantholme weir hydroelectric turbine",  # Brantholme weir (dd2fbb03, 027ad5cc, 61c713a0 …)
    # Calshaw's harbour (35878b2e); Harbour Steps (f7db1cbc); "bridge like a ferry deck" (1d1acf90)
    "Calshaw harbour ferry timetable",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind46/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
