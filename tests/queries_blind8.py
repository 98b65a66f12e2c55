"""An eighth lookup query set, for tuning ranking. It was written after tests/queries_blind6.py and
is meant to be tuned on: it is a tuning set, not a blind one (once used for tuning, a score on it is
in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind6.py; no query here is a
  copy or near-copy of a query in those files (a throwaway script compared the word sets of every
  query with every earlier one, and queries that shared too many words with one were given other
  words or rewritten).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind13/docs, copied as ONE
  corpus into a subfolder blind13/ (see NEWDOCS_DIRS). No earlier query set used these documents.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 7 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 7
(the query uses another form of a word the text uses, in both directions and including irregular
forms: dying/died, winning/won, unveiling/unveils, orphans/orphaned, surprising/surprised,
learnt/learned, sailing/sailed, tearing/torn, lighting/lit, qualifying/qualified, bursting/burst,
dancing/dance, queuing/queued), translit 6 + 6 (another script or romanisation than the text:
older romanisations for pinyin, Cyrillic and Chinese for Latin names, Latin for Cyrillic, pinyin
for Chinese, accents dropped), russian 2 + 3, spanish 3 + 3, chinese 2 + 3,
mention-noise 3 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo
3 + 3 (1–2 edits), name 3 + 3, phrase 4 + 3, question 3 + 4, topic 3 + 4: 45 + 49 answerable, and
14 + 13 unanswerable. The few queries that a search box can only answer through translation or a
synonym (not through the text's own words in some form or script) say so in their comment ("needs
translation", "synonym").

How the expected articles were judged: by reading the documents only. Every document of both
corpora was read in full first. Each query was then written from a passage of its article, and
every word of it (and a stem of it, for the other forms) was matched over the whole corpus, case-
and accent-insensitively (ё as е), by a throwaway script that listed every article and paragraph
holding it; those paragraphs were read to decide which article a reader wants first (`best`) and
which others are fair answers too (`also`). For cross-paragraph queries the same script checked
that no paragraph (title line included) holds all of the query's words. The unanswerable queries
share one or more words with their corpus on purpose; every article mentioning those words was
read to confirm that none answers the query.

The search engine was never run on these queries, and its code (bot/index/) and bench/ were not
read while writing them. Article ids come from `memorial-bot articles --json` (the document
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

# The new-documents corpus is assembled by copying tests/gold/blind13/docs/* into ONE temporary
# corpus folder under the subfolder blind13/: files are then "blind13/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind13/docs",)
NEWDOCS_SUBDIRS = ("blind13",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "f6ceffcc": "Hallam Road Allotment Association",
    "163b582c": "Amberley Choral Society — Autumn Newsletter",
    "59df1946": "ASHCOMBE PARISH COUNCIL",
    "ddb9a847": "Friends of Dunmore Library — Bulletin No. 41",
    "1c62fb25": "Obituary: Dr Margaret Ellery, family doctor and campaigner",
    "4a073ff7": "Kelsby Otters Swimming Club — Members' News",
    "ccd53c49": "Baths open their doors at last",
    "0adfa191": "Market hall roof mended in time for spring",
    "0262c269": "Town band back on the bandstand",
    "006cce20": "Seventy-five years since Mallard flew down Stoke Bank",
    "6bb66091": "NEWS RELEASE",
    "f3cd531e": "Irlam Past and Present — a local history blog",
    "64f86026": "Footbridge reopens after flood repairs",
    "ed4c3fa0": "Pubs go smoke-free",
    "1b174003": "Christmas market to get bigger",
    "ec3c5cc5": "WENLOW FOLK FESTIVAL — Programme",
    "822d2117": "La Cooperativa del Olivar cumple veinticinco años",
    "beaa8dc3": "Школе № 3 — шестьдесят лет",
    "d76aac78": "港珠澳大桥通车五周年：从“天堑”到“通途”",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    Query("Padrino sculpture", "f78fdcd6", "cross-paragraph"),  # the defence minister ¶33/53; the sculpture ¶47
    Query("King Sihamoni SCO Summit", "5a5d8582", "cross-paragraph"),  # the King ¶235–241; Hun Manet at the summit ¶243
    Query("Guterres northern Myanmar", "26d64f12", "cross-paragraph"),  # the UN chief ¶405–409; ¶419
    Query("Colonel Younghusband Levellers", "ac7222d4", "cross-paragraph"),  # the donation ¶521; the Levellers ¶517
    Query("Botswana Fudan", "6710eba1", "cross-paragraph"),  # the Dunhuang dialogue ¶537; Fudan University ¶541
    # the interviewee's organisation ¶297/299 (6710eba1 ¶547 names it among the delegation); Lenovo ¶339
    Query("Freedom Road Lenovo", "dde32893", "cross-paragraph"),
    Query("Publicity Department veteran", "054ef6fb", "cross-paragraph"),  # 001 line 4 Liu Qibao's post; line 14
    # Word forms: another form of a word the text uses
    Query("headmaster dying of tetanus in 1945", "ac7222d4", "word-form"),  # ¶483 "died of tetanus aged just 30"
    # ¶291 "where Liddell himself won several medals" at the Minyuan Stadium
    Query("Liddell winning medals in Tianjin", "7ab1f62c", "word-form"),
    # title "Venezuela unveils monument"; the sculpture ¶47
    Query("Maduro unveiling a sculpture", "f78fdcd6", "word-form"),
    # ¶483 "caring for children orphaned by Japan's brutal war"
    Query("Hogg caring for orphans", "ac7222d4", "word-form"),
    # ¶289 "the devout Christian made a choice that again surprised many"
    Query("Liddell's surprising choice", "7ab1f62c", "word-form"),
    # ¶257 "benefited and learned from each other", ¶259 "Armenia hopes to learn from China's experience"
    Query("Armenia learnt from China's experience", "0e5d6094", "word-form"),
    # Other scripts and other romanisations
    Query("Хун Манет", "5a5d8582", "translit"),  # Hun Manet ¶243/247
    Query("Дельси Родригес", "f78fdcd6", "translit"),  # Delcy Rodríguez ¶33/53
    # older romanisations of Xi'an and Dunhuang: "En Xi'an y Dunhuang" ¶325, both also ¶307;
    # 6710eba1 ¶537/539 the same delegation in Dunhuang only
    Query("Sian and Tunhuang", "dde32893", "translit", also=("6710eba1",)),
    Query("Futan University", "6710eba1", "translit"),  # Wade-Giles of Fudan ¶541
    Query("Nicolas Maduro Moros", "f78fdcd6", "translit"),  # Nicolás Maduro Moros ¶45, accent dropped
    Query("Рамафоса ЮАР", "e065690c", "translit"),  # Ramaphosa ¶451/467; needs translation: ЮАР = South Africa
    # Russian (names in Cyrillic)
    # Wang Yi, Foreign Minister ¶221 (министр иностранных дел: needs translation)
    Query("Ван И министр иностранных дел", "eca32116", "russian"),
    Query("Никол Пашинян метрология", "0e5d6094", "russian"),  # Nikol Pashinyan ¶257; metrology ¶261
    # Spanish
    Query("nuestra red nunca se cae", "dde32893", "spanish"),  # ¶335
    Query("calles limpias y caminables", "dde32893", "spanish"),  # ¶323
    Query("Centros del Partido para pedir ayuda", "dde32893", "spanish"),  # ¶345
    # Chinese
    # needs translation: 联合国秘书长 = UN Secretary General, 古特雷斯 = Guterres ¶401–409
    Query("联合国秘书长古特雷斯", "26d64f12", "chinese"),
    # needs translation: 老挝 = Laos, 通伦 = Thongloun, 会见 = meets ¶135/171
    Query("习近平会见老挝主席通伦", "20f574be", "chinese"),
    # Chat mentions around the real words
    Query("@here Venezuelan Defence Minister", "f78fdcd6", "mention-noise"),  # ¶33 (¶53 "Defense Minister")
    Query("<#123456789> mass pageantry in Hanoi", "362ba691", "mention-noise"),  # ¶73
    Query("\u200bBuckingham\u200b Palace\u200b speech\u200b", "ac7222d4", "mention-noise"),  # ¶479
    # Typos
    Query("Monineth Sihanouk", "5a5d8582", "typo"),  # Monineath ¶235/239/241
    Query("Orinocco Tribune", "f78fdcd6", "typo"),  # Orinoco ¶49/53
    Query("Mirziyoyv Uzbekistan", "3a9fa4ed", "typo"),  # Mirziyoyev ¶207/209
    # Names
    Query("Vladimir Yakushev", "20f574be", "name"),  # ¶158
    Query("David Horsley", "ccf1d4fa", "name"),  # ¶111/123
    Query("Ivan Melnikov", "054ef6fb", "name"),  # 001 line 6
    # Phrases
    Query("the pursuit of a better life is a shared aspiration", "38a7d84f", "phrase"),  # ¶395
    Query("justice will prevail, peace will prevail", "faecd2e1", "phrase"),  # Fico ¶19
    Query("cooperation overcomes any form of rivalry", "e065690c", "phrase"),  # Lula ¶465
    Query("the issue of Spain and the issue of China", "ac7222d4", "phrase"),  # ¶525
    # Natural questions
    # ¶77 "Around 400 military personnel from the armed forces of China, Russia, Laos, and Cambodia"
    Query("how many foreign military personnel marched in the Hanoi parade?", "362ba691", "question"),
    # ¶235 "On August 23, Cambodian King Norodom Sihamoni … arrived in Beijing"
    Query("when did the King of Cambodia arrive in Beijing?", "5a5d8582", "question"),
    # 002 line 7 "more than 100 million troops and civilians … were injured or killed"
    Query("how many people were injured or killed in the World Anti-Fascist War?", "424ab945", "question"),
    # Topics
    Query("films about the Holocaust and Nazi trials", "ccf1d4fa", "topic"),  # ¶125
    Query("China Cuba cooperation in biomedicine", "d807680a", "topic"),  # ¶105
    # ¶277/281 the Far East prisoner-of-war camps, the POW camps
    Query("British prisoners of war in Japanese camps", "7ab1f62c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Hanoi to Ha Long Bay bus",  # Hanoi (362ba691, 20f574be)
    "Caracas weather in December",  # Caracas (f78fdcd6); "all-weather" (faecd2e1 and others)
    "Edinburgh Castle opening times",  # Edinburgh (7ab1f62c)
    "current 400 metres world record holder",  # Liddell's 1924 world record in the 400 metres (7ab1f62c)
    "Lenovo share price",  # Lenovo (dde32893)
    "Chelsea Football Club new manager",  # Chelsea Football Club (7ab1f62c)
    "Fudan University tuition fees",  # Fudan University (6710eba1)
    "Egypt pyramids entry visa",  # Egypt (26d64f12, e065690c, 6710eba1)
    "Ethiopia Grand Renaissance Dam",  # Ethiopia (e065690c)
    "Maldives sea level rise",  # Maldives (0e5d6094 title)
    "Nuremberg rally grounds museum",  # Nuremberg (b39d8185, ccf1d4fa)
    "погода в Тяньцзине",  # Tianjin in Cyrillic (many seed articles); weather forecasts nowhere
    "上海外滩夜景",  # Shanghai in Chinese characters (many seed articles); the Bund nowhere
    "precio del tren bala de Shanghái a Pekín",  # tren bala, Shanghái (dde32893)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Duddington Grantham", "006cce20", "cross-paragraph"),  # the driver ¶7/9; the slope ¶5
    Query("Carnegie mobile library", "ddb9a847", "cross-paragraph"),  # the grant ¶9/11; the mobile library ¶21
    Query("Pargeter millennium oak", "59df1946", "cross-paragraph"),  # the chairman ¶5; the oak ¶15
    Query("Enchantress Lord Egerton", "f3cd531e", "cross-paragraph"),  # the royal yacht ¶7; the first sod ¶9
    Query("Сомов актовый зал", "beaa8dc3", "cross-paragraph"),  # the first director ¶7; the hall ¶11
    Query("陈晓华 情侣路", "d76aac78", "cross-paragraph"),  # the reporter ¶3; the walk ¶9
    Query("Antonio Ruiz Cabello granizada", "822d2117", "cross-paragraph"),  # the president ¶11; the hail ¶7
    # Word forms
    # ¶7 "Queen Victoria sailed a short way along the new Manchester Ship Canal"
    Query("Queen Victoria sailing along the Ship Canal", "f3cd531e", "word-form"),
    # ¶15 "Part of the roof was torn off in the gales of 18 January"
    Query("gale tearing off the market hall roof", "0adfa191", "word-form"),
    # ¶9 "bonfires may be lit only after 6 pm"; 59df1946 ¶15 a beacon "will be lit", no allotment
    Query("lighting bonfires on allotment plots", "f6ceffcc", "word-form"),
    # ¶7 "qualified in medicine at Edinburgh in 1944"
    Query("Ellery qualifying in medicine at Edinburgh", "1c62fb25", "word-form"),
    # ¶5 "the river burst its banks on 8 November"
    Query("river Tarrow bursting its banks", "64f86026", "word-form"),
    # ¶15 "The Morris sides will dance through the town centre"
    Query("Morris dancing in the town centre", "ec3c5cc5", "word-form"),
    # ¶3 "More than three hundred swimmers queued in Mill Road"; 4a073ff7 ¶5 names the Mill Road baths only
    Query("swimmers queuing in Mill Road", "ccd53c49", "word-form"),
    # Other scripts and other romanisations
    Query("Маллард", "006cce20", "translit"),  # Mallard, title and ¶5–13
    Query("Карнеги", "ddb9a847", "translit"),  # Carnegie ¶9/11
    Query("曼彻斯特", "f3cd531e", "translit"),  # Manchester in Chinese characters ¶7/11
    Query("Olga Larina", "beaa8dc3", "translit"),  # Ольга Викторовна Ларина ¶11
    Query("Zhuhai", "d76aac78", "translit"),  # pinyin of 珠海 ¶3/5/9
    Query("Cooperativa Agricola del Olivar", "822d2117", "translit"),  # Agrícola ¶3, accent dropped
    # Russian
    # ¶9 "школа проводила на последнем звонке своего двадцатитысячного выпускника"
    Query("двадцатитысячный выпускник последний звонок", "beaa8dc3", "russian"),
    Query("летний лагерь для выпускников-студентов", "beaa8dc3", "russian"),  # ¶11
    Query("новый спортивный зал 1968", "beaa8dc3", "russian"),  # ¶7
    # Spanish
    Query("feria del aceite en la plaza Mayor", "822d2117", "spanish"),  # ¶9
    Query("la almazara más moderna de la comarca", "822d2117", "spanish"),  # ¶7
    Query("fundada por treinta y dos agricultores", "822d2117", "spanish"),  # ¶3
    # Chinese
    Query("全长55公里的跨海大桥", "d76aac78", "chinese"),  # ¶3
    Query("中秋国庆假期口岸客流", "d76aac78", "chinese"),  # ¶7
    Query("市民徒步活动", "d76aac78", "chinese"),  # ¶9
    # Chat mentions around the real words
    Query("@everyone Wenlow ceilidh marquee", "ec3c5cc5", "mention-noise"),  # ¶9
    Query("<@112233445566778899> allotment water butts", "f6ceffcc", "mention-noise"),  # title and ¶7
    Query("\u200bHaydn\u200b Creation\u200b tickets", "163b582c", "mention-noise"),  # ¶11/17
    # Typos
    Query("Dunmoore library centenary", "ddb9a847", "typo"),  # Dunmore ¶1/11; centenary ¶13/21
    Query("Ashcome parish council", "59df1946", "typo"),  # Ashcombe, title
    Query("Manchester Ship Canel", "f3cd531e", "typo"),  # Canal ¶7
    # Names
    Query("Ellen Porter", "6bb66091", "name"),  # ¶7
    Query("Tommy Bray", "006cce20", "name"),  # ¶7
    # ¶5; 1c62fb25 ¶7/13 Tom Ellery, 006cce20 ¶7 Tommy Bray share only the first name
    Query("Tom Kerrigan", "f3cd531e", "name"),
    # Phrases
    Query("have a go at the record", "006cce20", "phrase"),  # ¶9
    Query("bring your dancing shoes", "ec3c5cc5", "phrase"),  # ¶9
    Query("the hospital she fought for", "1c62fb25", "phrase"),  # ¶15
    # Natural questions
    Query("how much did the new footbridge foundations cost?", "64f86026", "question"),  # ¶5 £180,000
    Query("when are allotment rents due?", "f6ceffcc", "question"),  # ¶5 25 March
    # ¶27 "the first one had just twelve stalls"
    Query("how many stalls did the first Tarrow Christmas market have?", "1b174003", "question"),
    Query("how fast did Mallard go?", "006cce20", "question"),  # ¶7 126 miles an hour
    # Topics
    Query("ban on smoking in pubs", "ed4c3fa0", "topic"),  # title and ¶13
    Query("library centenary celebrations", "ddb9a847", "topic"),  # ¶9–13/21
    # ¶3 "Happy birthday to the baths!", ¶5 "the Mill Road baths turn twenty", ¶7 the birthday open
    # day; ccd53c49 is the opening itself, twenty years before
    Query("swimming baths twentieth birthday", "4a073ff7", "topic"),
    # ¶9/11 "MARKS TOWN'S 150TH YEAR WITH NEW EXHIBIT", a century and a half of local history
    Query("museum exhibit for the town's 150th anniversary", "6bb66091", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "steam locomotive footplate rides",  # steam engine, locomotive (006cce20)
    "Kelsby leisure centre gym membership",  # Kelsby, the leisure trust (4a073ff7); Kelsby (ccd53c49 …)
    "Carnegie Hall concerts",  # Carnegie (ddb9a847); concerts (163b582c, 0262c269)
    "Edinburgh medical school admissions",  # Edinburgh, medicine (1c62fb25)
    "Manchester United tickets",  # Manchester (f3cd531e); tickets (163b582c, ec3c5cc5)
    "Salford flats to rent",  # Salford (f3cd531e); rents (f6ceffcc)
    "Leeds train strikes",  # Leeds (1c62fb25); train (4a073ff7, 006cce20, f3cd531e)
    "Doncaster Rovers fixtures",  # Doncaster (006cce20)
    "Norseman shipwreck dive site",  # the steamer Norseman, ships (f3cd531e)
    "Haydn symphonies list",  # Haydn's Creation (163b582c)
    "Гагарин первый полёт в космос",  # улица Гагарина (beaa8dc3); первый (beaa8dc3)
    "precio del aceite de oliva",  # aceite, Olivar (822d2117)
    "珠海海洋公园门票",  # 珠海 (d76aac78)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind13/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
