"""A twentieth lookup query set, and a BLIND one: it is the set for the eighth round. It is committed
unscored and is to be scored once, later; the search must not be tuned on it (a score taken after
tuning on it would be in-sample and worthless as a blind measure).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind18.py; no query here is a
  copy or near-copy of a query in those files. A throwaway script compared the word set of every
  query (Latin and Cyrillic words, accents folded, Chinese by character pairs, Discord/Telegram
  mentions and zero-width characters removed, a few stop words left out) with every earlier query,
  while the set was being written; a query sharing more than half of its words with any one earlier
  query was replaced. (tests/queries_blind19.py, written at the same time by another writer, was
  not opened and is not part of that check.)
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind32/docs, copied as ONE
  corpus into a subfolder blind32/ (see NEWDOCS_DIRS). No earlier query set used these documents;
  the same near-copy check was run on them against every earlier query anyway.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 8
(the query uses another form of a word the text uses, in both directions and including irregular
forms: devoting/devoted, harms/harming, collaborate/collaborating, admirable/admiring,
slaughtered/slaughter, stood/standing, vanished/vanishing, reupholstering/reupholstered,
appointed/appointment, diverted/diverting, rescue/rescuing, homenajeó/homenaje, перевели/перевод,
wrote/writing), translit 4 + 7 (another script or romanisation than the text: Wade-Giles for
pinyin, Cyrillic and Chinese characters for Latin-script names, another romanisation of a name,
Latin for Cyrillic, pinyin for Chinese, accents dropped), russian 3 + 3, spanish 3 + 3,
chinese 2 + 3, mention-noise 3 + 4 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 4 + 4 (1–2 edits), name 3 + 4, phrase 3 + 4, question 3 + 4, topic 4 + 4: 45 + 57
answerable, and 12 + 16 unanswerable. Every answerable query is answerable from the documents' own
words in some form, spelling or script (names in another script are transcriptions by sound); none
needs a translation of a common noun or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was then
written from a passage of its article, and every word of it (and a stem of it, for the other forms)
was matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script
that listed every article and paragraph holding it; those paragraphs were read to decide which
article a reader wants first (`best`) and which others are fair answers too (`also`). For
cross-paragraph queries the same script checked that no paragraph (title line included) holds all
of the query's words. The unanswerable queries share one or more words with their corpus on
purpose; every article mentioning those words was read to confirm that none answers the query.

The search engine was never run on these queries, and its code (bot/), adapters/, bench/ and docs/
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

# The new-documents corpus is assembled by copying tests/gold/blind32/docs/* into ONE temporary
# corpus folder under the subfolder blind32/: files are then "blind32/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind32/docs",)
NEWDOCS_SUBDIRS = ("blind32",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "74b25ccc": "Looking back: from the pages of the Advertiser",
    "b872509c": "BRACKMOUTH BOROUGH COUNCIL",
    # en_dunmoor_screen_digest.txt: the digest's heading (¶1–3) and three cuttings, each its own article
    "9acd8822": "Screen and Stage: from the Dunmoor Courier archive",
    "3bcc38f4": "A CENTURY OF THE MOVING PICTURE",
    "107494ef": "THEATRE ROYAL REOPENS AFTER FIRE",
    "0330f9ca": "THE REX IS BACK",
    "2a283dc3": "The Lamp Room — a blog about lighthouses",
    "164e671f": "The Gaiety Theatre, Portcullen",
    "a0a807a1": "PRESS RELEASE",
    "fcafdd43": "Moorend Road Runners — Winter Newsletter",
    "68b4f493": "The Orpheum lights up again",
    "f368aa32": "Eleanor Pryce: curator who saved the Hallam Vale cycads",
    # en_sandholm_watch_digest.txt: the digest's heading (¶1–2) and three cuttings, each its own article
    "84c3aa9b": "Sandholm Coastguard — from the Gazette files",
    "5a47fa61": "NEW RADIO ROOM FOR SANDHOLM POINT",
    "17a47162": "CLIFF TEAM HONOURED FOR DOUBLE RESCUE",
    "916c00c3": "WINTER STORMS KEEP VOLUNTEERS BUSY",
    "6157a06a": "Forty years on watch at Sandholm Point",
    "f2c71136": "Skerrymore Light marks its centenary",
    "49007786": "La Carrera Popular de la Ribera cumple treinta años",
    "fee5f8e0": "Маяку на мысе Каменном — сто лет",
    "a8b65b3d": "南湖植物园迎来建园60周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Luong Cuong, "external uncertainties" ¶71; "mass pageantry" at the Ba Dinh Square ceremony ¶73
    Query("Luong Cuong uncertainties pageantry", "362ba691", "cross-paragraph"),
    # Díaz-Canel, "a solemn and lively atmosphere" ¶89; the blockade, "the main obstacle" ¶101
    Query("Díaz-Canel solemn atmosphere blockade obstacle", "d807680a", "cross-paragraph"),
    # "the pioneering Chinese-American actor and filmmaker" ¶111; "our rigid code of behaviour" ¶119
    Query("pioneering filmmaker rigid code of behaviour", "ccf1d4fa", "cross-paragraph"),
    # "the oppressed peoples worldwide" ¶149; "expressed satisfaction" ¶163; Kaysone Phomvihane ¶167
    Query("Kaysone oppressed peoples satisfaction", "20f574be", "cross-paragraph"),
    # Mnangagwa: relations "increasingly mature and resilient" ¶11; Fico: "truly impressive" ¶19
    Query("Mnangagwa mature resilient Fico impressive", "faecd2e1", "cross-paragraph"),
    # the Levellers' stand "for Irish independence" ¶517; Younghusband's invasion of Xizang ¶521
    Query("Levellers Irish independence Xizang", "ac7222d4", "cross-paragraph"),
    # Mirziyoyev, "people's livelihood" ¶209; Shehbaz Sharif, "historical twists and turns" ¶211
    Query("Mirziyoyev livelihood Shehbaz twists and turns", "3a9fa4ed", "cross-paragraph"),
    # Word forms: the text has another form
    # "after devoting the last nearly eight years of his tragically short life" ¶483
    Query("Hogg devoted eight years", "ac7222d4", "word-form"),
    # "The unjust and illegal blockade … harms the right to life of the Cuban people" ¶101
    Query("unjust blockade harming Cuban people", "d807680a", "word-form"),
    # "good friends that closely collaborate in multilateral affairs" (Egypt) ¶411
    Query("Egypt collaborating in multilateral affairs", "26d64f12", "word-form"),
    # Hun Manet: "The Chinese people forged peace with courage and unity, which is truly admirable" ¶247
    Query("Hun Manet admiring Chinese courage", "5a5d8582", "word-form"),
    # "the Japanese invaders slaughtered over 20 million men, women and children" ¶127
    Query("Japanese invaders slaughter 20 million in China", "ccf1d4fa", "word-form"),
    # "the Chinese people stood up to fight the formidable enemy with an iron will" ¶381
    Query("Chinese people standing up to a formidable enemy", "38a7d84f", "word-form"),
    # Another script or romanisation
    Query("Ts'ai Ch'i", "eca32116", "translit"),  # Wade-Giles for Cai Qi, who greeted Kim Jong Un ¶221
    Query("Инь Юн", "eca32116", "translit"),  # Yin Yong, Mayor of Beijing, in Cyrillic ¶221
    Query("帕什尼扬", "0e5d6094", "translit"),  # Nikol Pashinyan in Chinese characters ¶257–259
    # another romanisation of Kassym-Jomart Tokayev ¶405
    Query("Kassym-Zhomart Tokaev", "26d64f12", "translit"),
    # Russian (names written in Cyrillic)
    Query("Хоанг Суан Тьен", "362ba691", "russian"),  # Hoang Xuan Chien, who received the foreign troops ¶77
    # Keith Bennett's paper ¶475–477; d89fdf72: a speaker ¶367
    Query("Кейт Беннетт", "ac7222d4", "russian", also=("d89fdf72",)),
    Query("Пэн Лиюань", "5a5d8582", "russian"),  # Peng Liyuan, Xi's wife, met the King ¶237
    # Spanish
    # "los generales de terracota y las estatuas de mujeres nobles estaban rollizos" ¶313
    Query("generales de terracota y estatuas rollizos", "dde32893", "spanish"),
    # "Ellos pelearon contra el dogmatismo y tomaron la decisión de ser el partido de las masas" ¶315
    Query("dogmatismo y partido de las masas", "dde32893", "spanish"),
    # "la expectativa de vida es de más de 78 años" ¶317 (and "tan baja como 24 años" ¶313)
    Query("expectativa de vida de más de 78 años", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("安东尼奥·古特雷斯", "26d64f12", "chinese"),  # António Guterres ¶405–409
    Query("普拉博沃·苏比安托", "e065690c", "chinese"),  # Prabowo Subianto at the BRICS summit ¶451
    # Mentions and zero-width spaces around the real words
    # "a great war fought with tenacity and valour … never intimidated by any bullies" ¶381
    Query("<#7777> bullies tenacity valour", "38a7d84f", "mention-noise"),
    # "The victory of China is the victory of the Bolivarians" ¶39
    Query("@everyone \u200bBolivarians victory", "f78fdcd6", "mention-noise"),
    # Rewi Alley, Hogg's mentor ¶495; "to work with Gung Ho" ¶497
    Query("<@31415926535> Rewi Alley Gung Ho\u200b", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    Query("Yakushv", "20f574be", "typo"),  # Vladimir Vladimirovich Yakushev ¶158
    Query("Zhongnanhi", "5a5d8582", "typo"),  # Zhongnanhai ¶237
    Query("Subramanyam", "e065690c", "typo"),  # Subrahmanyam Jaishankar ¶451
    Query("Koumintang", "6710eba1", "typo"),  # Kuomintang (KMT) ¶557
    # Names
    Query("Norodom Sihamoni", "5a5d8582", "name"),  # King Norodom Sihamoni ¶235–241
    # Ivan Melnikov, "State Duma's Deputy Speaker" 001 ¶6
    Query("Melnikov State Duma", "054ef6fb", "name"),
    # Vice President Delcy Rodríguez and Defence Minister Vladimir Padrino ¶33/53
    Query("Delcy Rodríguez Vladimir Padrino", "f78fdcd6", "name"),
    # Phrases
    Query("once-in-a-century transformations", "3a9fa4ed", "phrase"),  # ¶211
    # "where yesterday's enemy soon became a frontline, if subordinate, ally" ¶279
    Query("yesterday's enemy soon became a frontline ally", "7ab1f62c", "phrase"),
    # "a conviction that justice will ultimately triumph over evil" ¶277
    Query("justice will ultimately triumph over evil", "7ab1f62c", "phrase"),
    # Questions
    # "around 30 percent of global economic output" ¶459
    Query("what percentage of global economic output do BRICS countries produce?", "e065690c", "question"),
    # "the Minyuan Stadium. Modeled after London's Stamford Bridge (home of Chelsea Football Club)" ¶291
    Query("which club's stadium was the Minyuan Stadium modeled on?", "7ab1f62c", "question"),
    # "'The Children of Huang Shi' … starring Jonathan Rhys Meyers as Hogg" ¶491
    Query("who starred as Hogg in The Children of Huang Shi?", "ac7222d4", "question"),
    # Topics
    # "cybersecurity, nanotechnology, life sciences, biomedicine, food production and agrotechnology" ¶105
    Query("cybersecurity biomedicine agrotechnology", "d807680a", "topic"),
    # "promote the reform of the Organisation … improve its institutional structure … more efficient" ¶441
    Query("SCO reform institutional structure efficiency", "9e49ddff", "topic"),
    # "the 'Friends of the Chinese People' (1927-37), founded by the British Section …" ¶513
    Query("Friends of the Chinese People 1927-37", "ac7222d4", "topic"),
    # "China Is Increasingly the Senior Partner" ¶12; "growing asymmetry … Russia's growing reliance" ¶13
    Query("China senior partner asymmetry Russia reliance", "b39d8185", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Buckingham Palace garden party",  # Xi's speech in Buckingham Palace (ac7222d4 ¶479)
    "Lenovo smartphone warranty",  # a Lenovo factory (dde32893 ¶339)
    "Pashinyan resignation",  # Nikol Pashinyan (0e5d6094 ¶257–259); no resignation
    "SACU membership fee",  # SACU (ac7222d4 ¶513); "membership" of the CPGB (ac7222d4 ¶525)
    "Узбекистан хлопок экспорт",  # Uzbekistan (3a9fa4ed) in Cyrillic; no cotton, no exports
    "Gobi desert dinosaur fossils",  # el desierto de Gobi (dde32893 ¶333/335)
    "Maldives tourism beaches",  # Maldives in a title (0e5d6094); tourism exchanges (3a9fa4ed ¶207)
    "Lula corruption conviction",  # Lula (e065690c); no conviction
    "Hyde Park summer concerts",  # a Hyde Park meeting in 1937 (ac7222d4 ¶525)
    "Prabowo cabinet reshuffle",  # Prabowo Subianto at the BRICS summit (e065690c ¶451)
    "Daily Worker archive subscription",  # the Daily Worker's 1937 editorial (ac7222d4 ¶507)
    "Chungking hotpot recipe",  # Lady From Chungking (ccf1d4fa)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # the palm house built by Messrs Harker ¶4; the curator Mr Samuel Vine ¶5
    Query("Samuel Vine Harker palm house", "74b25ccc", "cross-paragraph"),
    # the Lumière brothers ¶8; piano accompaniment at the Rex ¶10; manager Tom Ferris ¶12
    Query("Tom Ferris Lumière piano", "3bcc38f4", "cross-paragraph"),
    Query("Sue Penhaligon fly tower", "107494ef", "cross-paragraph"),  # Penhaligon ¶19; the fly tower ¶21
    # the steamer Archtor, Leith ¶7; Joseph Moore, the slate ¶11
    Query("Archtor Leith Joseph Moore slate", "2a283dc3", "cross-paragraph"),
    # plaster ceiling under a false roof ¶9; trust chairman Helen Mabey ¶11
    Query("Helen Mabey plaster ceiling false roof", "68b4f493", "cross-paragraph"),
    # a ginkgo by the main gate ¶11; in a wheelchair, inspecting the seedlings ¶13
    Query("Pryce ginkgo wheelchair seedlings", "f368aa32", "cross-paragraph"),
    # a dinghy capsized off Gull Head ¶5; Jim Corran's binoculars ¶6
    Query("Jim Corran binoculars dinghy capsized", "6157a06a", "cross-paragraph"),
    # Morag Innes ¶9/19; a low-energy LED lantern ¶17
    Query("Morag Innes LED lantern", "f2c71136", "cross-paragraph"),
    # race director Priya Nair ¶6; the hospice's runners' information evening ¶9
    Query("Priya Nair hospice information evening", "a0a807a1", "cross-paragraph"),
    # Word forms
    # "the three keepers of the Flannan Isles lighthouse vanished" ¶5
    Query("vanishing of the Flannan Isles keepers", "2a283dc3", "word-form"),
    Query("Rex seats reupholstered", "0330f9ca", "word-form"),  # "reupholstering seats" ¶28
    # "She was appointed curator … the first woman to hold the post" ¶9
    Query("Pryce appointment first woman curator", "f368aa32", "word-form"),
    # "Bus services 4, 7 and 12 will be diverted" ¶8; the Brackmouth Marathon ¶2/4
    Query("Brackmouth marathon buses diverting", "b872509c", "word-form"),
    # "its rescue of two climbers trapped below Gull Head" ¶10 (6157a06a ¶5: a dinghy off Gull Head, not climbers)
    Query("rescuing climbers Gull Head", "17a47162", "word-form"),
    # "donde se homenajeó a los diez atletas que han corrido todas las ediciones" ¶13
    Query("homenaje a los diez atletas", "49007786", "word-form"),
    Query("перевод маяка на электричество", "fee5f8e0", "word-form"),  # "его перевели на электричество" ¶4
    # "Angus Laidlaw, wrote in the station journal" ¶7
    Query("Angus Laidlaw writing in the station journal", "f2c71136", "word-form"),
    # Another script or romanisation
    Query("Фланнан", "2a283dc3", "translit"),  # the Flannan Isles in Cyrillic ¶5/21
    Query("Скерримор", "f2c71136", "translit"),  # Skerrymore in Cyrillic ¶1/3
    Query("Nikolai Grebnev", "fee5f8e0", "translit"),  # смотритель маяка Николай Гребнев ¶8–9
    Query("Nanhu zhiwuyuan", "a8b65b3d", "translit"),  # pinyin for 南湖植物园 ¶1/3/5
    Query("Chou Shu-te", "a8b65b3d", "translit"),  # Wade-Giles for 周树德, the first director ¶7
    Query("Lumiere brothers", "3bcc38f4", "translit"),  # the Lumière brothers, accent dropped ¶8
    Query("Кэрол Уитфилд", "fcafdd43", "translit"),  # Carol Whitfield, Club Secretary ¶22
    # Russian
    Query("выставка Сто лет огня", "fee5f8e0", "russian"),  # Выставка «Сто лет огня» ¶6
    Query("музей маячного дела", "fee5f8e0", "russian"),  # ¶8
    Query("экспедиция Русского географического общества", "fee5f8e0", "russian"),  # ¶7
    # Spanish
    Query("media maratón Ribera", "49007786", "spanish"),  # "incluirá una media maratón" ¶7
    Query("cena anual en el restaurante El Molino", "49007786", "spanish"),  # ¶13
    Query("campus de atletismo para jóvenes", "49007786", "spanish"),  # ¶15
    # Chinese
    Query("台风 大树倒伏", "a8b65b3d", "chinese"),  # 一场台风…两百多棵大树倒伏 ¶9
    Query("热带温室 国庆假期", "a8b65b3d", "chinese"),  # 新建的热带温室将于…国庆假期期间首次对游客开放 ¶11
    Query("珍稀植物保护研究中心", "a8b65b3d", "chinese"),  # ¶13
    # Mentions and zero-width spaces
    Query("@everyone Moorend 10K marshals", "fcafdd43", "mention-noise"),  # "MOOREND 10K … forty marshals" ¶11
    # "Box office open daily from 10am to 6pm" ¶3
    Query("<@112233445566> Gaiety box office open daily from 10am", "164e671f", "mention-noise"),
    # "will reopen on Friday 19 March with a gala performance" ¶17
    Query("<#556677> \u200bTheatre Royal gala\u200b", "107494ef", "mention-noise"),
    # "an open day on Saturday 8 June, with demonstrations by the cliff team and the search dogs" ¶17
    Query("\u200bSandholm open day search dogs\u200b @here", "916c00c3", "mention-noise"),
    # Typos
    Query("Skerymore", "f2c71136", "typo"),  # Skerrymore ¶1/3
    Query("Penhalligon", "107494ef", "typo"),  # Sue Penhaligon ¶19
    Query("orpheun cinema", "68b4f493", "typo"),  # the Orpheum cinema ¶5
    Query("Brakmouth marathon", "b872509c", "typo"),  # the Brackmouth Marathon ¶2/4
    # Names
    Query("Ruth Askew", "17a47162", "name"),  # team leader ¶11
    Query("Neil Bratt", "916c00c3", "name"),  # station officer ¶17
    Query("Josiah Brent", "74b25ccc", "name"),  # the Mayor who opened the palm house ¶4
    Query("Adeyemi", "b872509c", "name"),  # K. ADEYEMI, Head of Legal Services ¶11
    # Phrases
    Query("a labour of love for a whole town", "68b4f493", "phrase"),  # ¶11
    Query("the saddest morning of my thirty years here", "74b25ccc", "phrase"),  # ¶7
    Query("Mud guaranteed. Spikes advised.", "fcafdd43", "phrase"),  # ¶5
    Query("calm, with a long swell from the west", "f2c71136", "phrase"),  # ¶7
    # Questions
    # "The charter boat's trips to the Flannans start again in the spring … from 2 April" ¶21
    Query("when do the charter boat trips to the Flannans start again?", "2a283dc3", "question"),
    Query("what do tickets cost at the Gaiety theatre?", "164e671f", "question"),  # "Ticket prices: £14 …" ¶12
    # "or earlier if all 3,500 places are taken" ¶4
    Query("how many places are there in the Kellhaven Harbour Half?", "a0a807a1", "question"),
    # "Her funeral will be held at St Cuthbert's Church, Hallam" ¶17
    Query("where will the funeral of the Hallam Vale curator be held?", "f368aa32", "question"),
    # Topics
    Query("Portcullen Silver Band concert", "164e671f", "topic"),  # "Spring Gala Concert" ¶7
    Query("Orpheum to host the Bradwell Film Festival", "68b4f493", "topic"),  # ¶15
    Query("county relay weekend Hatherley Park", "fcafdd43", "topic"),  # SPRING RELAYS ¶13
    # the digest's heading: "chosen by the Dunmoor Local History Group" ¶3
    Query("Dunmoor Local History Group", "9acd8822", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Westcombe garden café menu",  # Westcombe Botanic Garden (74b25ccc); a café at the Gaiety (164e671f ¶11)
    "Brackmouth marathon results winner",  # the road notice (b872509c): no results
    "Rex Bridge Street car parking",  # the Rex on Bridge Street (3bcc38f4); a car park (fcafdd43 ¶19)
    "Flannan lighthouse film adaptation",  # the Flannan blog (2a283dc3); films at the Rex and Orpheum
    "Gaiety Theatre Christmas pantomime",  # the Gaiety's spring season (164e671f); Christmas (68b4f493 ¶15)
    "Kellhaven Harbour Half course record time",  # a0a807a1: entries, route; records (74b25ccc, 916c00c3, 49007786)
    "Moorend Road Runners membership fees",  # "over 200 members" (fcafdd43 ¶3), no fees
    "Bradwell multiplex opening times",  # the multiplex at Bradwell Retail Park (68b4f493 ¶7)
    "Eleanor Pryce husband",  # f368aa32: survived by a nephew and a niece
    "Sandholm coastguard station closure threat",  # Sandholm Point station (5a47fa61, 6157a06a …): no closure
    "Skerrymore shipwreck survivors",  # Skerrymore (f2c71136): no wreck
    "Carrera de la Ribera resultados ganador",  # the race (49007786): no results, no winner
    "маяк на мысе Каменном кораблекрушение",  # the lighthouse (fee5f8e0): no shipwreck
    "南湖植物园 停车场",  # 南湖植物园 (a8b65b3d): no car park
    "name of the first Lumière film",  # "ten short films" (3bcc38f4 ¶8), none named
    "Gull Head climbing routes",  # climbers trapped below Gull Head (17a47162 ¶10); no routes
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind32/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
