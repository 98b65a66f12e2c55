"""A thirty-sixth lookup query set, for the eighteenth round: it is a BLIND set, committed unscored and
to be scored once later; the search must not be tuned on it (once a score on it has been read, the
set is spent for tuning, and a later score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind34.py, an unscored blind set, and
  tests/queries_blind37.py, written at the same time, were not opened and are not part of the check).
  A throwaway script compared the word set of every query (Latin and Cyrillic words cut to their
  first six letters, Chinese by character pairs, mentions, zero-width characters and a few stop
  words left out) with every earlier query, and with the earlier queries of this set, while the set
  was being written; a query sharing more than half of its words with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind48/docs, copied as ONE
  corpus into a subfolder blind48/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 10
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 4 + 7 (another script or romanisation than the text:
Cyrillic and Chinese characters for Latin-script names, Latin letters for Cyrillic names,
Wade-Giles for pinyin and pinyin for an older romanisation, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 4 + 3 (1–2 edits), name 3 + 4, phrase 3 + 3, question 4 + 4,
topic 3 + 3: 45 + 55 answerable, and 12 + 16 unanswerable. Every answerable query is answered by
the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included)
holds all of the query's words. The unanswerable queries share one or more words with their corpus
on purpose; every article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind48/docs/* into ONE temporary
# corpus folder under the subfolder blind48/: files are then "blind48/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind48/docs",)
NEWDOCS_SUBDIRS = ("blind48",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "2f516fa7": "HYTHEMOOR ECHO — WEEKEND FEATURE",
    "ca24414f": "KETTLEWICK WELL DRESSINGS",
    "a5d004bb": "LYDMOOR MODEL YACHT CLUB",
    "20cd348b": "THE MARDLEBURY GAZETTE · Established 1878",
    "26f0934f": "Posted on 11 July 2019 by Dave Kinnear",
    "47f47da2": "PRESS RELEASE",
    # the Ribbleford digest (lines 1–2 are its heading, read as its own article; three cuttings follow)
    "b97a2822": "RIBBLEFORD CHRONICLE — FROM THE ARCHIVE",
    "2ae4f640": "GALE TOPPLES CHAPEL SPIRE",
    "f68008de": "THE TERRACE ROARS FOR ENGLAND",
    "00b2321b": "THE TERRACE DOES IT AGAIN",
    # the Skerbury Advertiser digest: three cuttings
    "25f78eb9": "CORN HALL GUTTED BY FIRE",
    "450a78d7": "NEW WORKS FOR THE TOWER CLOCK",
    "b81b59d1": "GOLDEN JUBILEE FOR THE GREEN",
    "0e5701c6": "SKERBURY CORN HALL",
    "20855878": "STAVECOMBE DISTRICT COUNCIL",
    "11621980": "THRUPLEY, Wednesday 25 July — The water in Mill Lane fell",
    "dbba16df": "OBITUARIES",
    "0a09a72b": "LA VOZ DEL RISCO · Semanario del sur de la isla",
    "dfb298f5": "КЕДРООЗЁРСКИЙ ВЕСТНИК",
    "5b483ae7": "桥头县报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # 000: the Noraa, "Chinese guerrilla fighters" ¶3; "educational resources for visitors" ¶10
    Query("Noraa guerrilla fighters educational resources", "097182f6", "cross-paragraph"),
    # 001: a seminar ¶4; member of the Political Bureau ¶8; "the witness of friendship" ¶12
    Query("Liu Qibao Political Bureau seminar witness of friendship", "054ef6fb", "cross-paragraph"),
    # Díaz-Canel ¶85/89; "list of state sponsors of terrorism" ¶101; nanotechnology ¶105
    Query("Díaz-Canel nanotechnology state sponsors of terrorism", "d807680a", "cross-paragraph"),
    # real name Wong Liu Tsong ¶115; None Shall Escape the Judgement ¶125
    Query("None Shall Escape the Judgement Wong Liu Tsong", "ccf1d4fa", "cross-paragraph"),
    # Xi's speech in Buckingham Palace ¶479; Michael Lindsay ¶501
    Query("Michael Lindsay Buckingham Palace", "ac7222d4", "cross-paragraph"),
    # Botswana, Laos, Nepal and Egypt ¶537; Qiao Collective ¶547
    Query("Qiao Collective Botswana Nepal", "6710eba1", "cross-paragraph"),
    # the Scientific Outlook on Development ¶383; a lunch in the Great Hall of the People ¶385
    Query("Scientific Outlook on Development lunch Great Hall", "38a7d84f", "cross-paragraph"),
    # Serbia and Indonesia in the title line ¶1; Robert Fico ¶13/19
    Query("Fico Serbia Indonesia", "faecd2e1", "cross-paragraph"),
    # Word forms: the text has another form
    # 000: "Veterans' Affairs Ministry" ¶1; "verifying information" ¶4, "verification of historical records" ¶11
    Query("Veterans Affairs department verified records", "097182f6", "word-form"),
    # 001: Sino-Russian friendship ¶8; "the former camp … near Khabarovsk … the witness of friendship" ¶12
    Query("Sino-Russian friendship witnessed at Khabarovsk camp", "054ef6fb", "word-form"),
    # "helping to design … the Minyuan Stadium … where Liddell himself won several medals" ¶291
    Query("Liddell won medals at the stadium he designed", "7ab1f62c", "word-form"),
    # "Queen Mother … arrived in Beijing … far ahead of others" ¶235
    Query("Queen Mother arrival in Beijing far ahead of others", "5a5d8582", "word-form"),
    # "Slovakia was the only member state … to be represented at the commemoration" ¶21
    Query("Slovakia's representation at the commemoration", "faecd2e1", "word-form"),
    # Rewi Alley ¶495; "he asked to have the 'Communist Manifesto' read to him. I read it" ¶499
    Query("Alley reading the Manifesto to Hogg", "ac7222d4", "word-form"),
    # Another script or romanisation
    # Wade-Giles for the Xinhua correspondents Zheng Bofei and Jin Jing ¶287
    Query("Cheng Po-fei Chin Ching Xinhua", "7ab1f62c", "translit"),
    # pinyin for Tsinghua: "the School of Marxism … all of Tsinghua University" ¶475
    Query("Qinghua University School of Marxism", "ac7222d4", "translit"),
    Query("Хурэлсух Ухнаа", "c061f0a1", "translit"),  # Mongolian President Khurelsukh Ukhnaa in Cyrillic ¶187/197
    Query("Норман Бэтьюн", "7ab1f62c", "translit"),  # Dr. Norman Bethune in Cyrillic ¶275
    # Russian (names written in Cyrillic)
    Query("Кэлум Норрис", "6710eba1", "russian"),  # Callum Norris, a writer of the report ¶533
    Query("Луонг Кыонг", "362ba691", "russian"),  # Vietnamese President Luong Cuong ¶71
    # Spanish
    # "en lugar de permitir que la riqueza se concentre solo en las costas" ¶341
    Query("la riqueza se concentre solo en las costas", "dde32893", "spanish"),
    # "la economía más grande del mundo medido por Paridad de Poder Adquisitivo" ¶317
    Query("Paridad de Poder Adquisitivo economía más grande", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("拉玛福萨", "e065690c", "chinese"),  # South African President Ramaphosa ¶451/467
    Query("谢尔盖延科", "20f574be", "chinese"),  # Igor Sergeenko among the Hanoi guests ¶157
    Query("梅尔尼科夫", "054ef6fb", "chinese"),  # 001 ¶6 Ivan Melnikov in Khabarovsk
    # Mentions and zero-width spaces around the real words
    # "galvanising joint global action for a more just and equitable system" ¶457
    Query("<#4455667788> \u200bgalvanising joint global action\u200b", "e065690c", "mention-noise"),
    # "the 45th anniversary of the establishment of diplomatic relations between China and Zimbabwe" ¶7
    Query("@here <#5150> Zimbabwe 45th anniversary\u200b", "faecd2e1", "mention-noise"),
    # "to uphold the purposes and principles of the UN Charter" ¶409
    Query("<@&778899> \u200bpurposes and principles of the UN Charter", "26d64f12", "mention-noise"),
    # Typos (1–2 edits)
    Query("Bethume", "7ab1f62c", "typo"),  # Dr. Norman Bethune ¶275
    Query("Horsly", "ccf1d4fa", "typo"),  # David Horsley ¶111/123
    Query("Stamford Brigde", "7ab1f62c", "typo"),  # "Modeled after London's Stamford Bridge" ¶291
    Query("Moneneath", "5a5d8582", "typo"),  # Queen Mother Norodom Monineath Sihanouk ¶235–241
    # Names
    # "first published by Orinoco Tribune and Global Times" ¶49
    Query("Orinoco Tribune Global Times", "f78fdcd6", "name"),
    # Sydney Loving, Central Committee member of the Freedom Road Socialist Organization ¶297;
    # 6710eba1: among the delegation's organisations ¶547
    Query("Freedom Road Socialist Organization", "dde32893", "name", also=("6710eba1",)),
    # the delegation's organisations ¶547; dde32893 lists them in Spanish (Mundo de Obreros, Alianza
    # de Liberación Negra ¶305)
    Query("Workers World Party Black Liberation Alliance", "6710eba1", "name", also=("dde32893",)),
    # Phrases
    # "the Japanese imperial armies would have had free rein to deploy their forces" ¶357
    Query("free rein to deploy their forces", "d89fdf72", "phrase"),
    Query("our greatest and most consistent supporter", "ac7222d4", "phrase"),  # Arthur Clegg's memoir ¶525
    # "has been a cornerstone of multilateralism" ¶409 (d807680a ¶103 "the cornerstone of relations" is not it)
    Query("a cornerstone of multilateralism", "26d64f12", "phrase"),
    # Questions
    # "flanking Chinese President Xi Jinping on the rostrum … the chief guests among 26 heads of state" ¶219
    Query("how many heads of state stood with Xi on the rostrum?", "eca32116", "question"),
    # "Uzbekistan fully supports the Global Governance Initiative (GGI) …" ¶209
    Query("what did Mirziyoyev say about the Global Governance Initiative?", "3a9fa4ed", "question"),
    # "Belarus is an all-weather partner to China and a friend that can always be relied upon" ¶265
    Query("what did Lukashenko call Belarus's relation to China?", "0e5d6094", "question"),
    # Arthur Clegg ¶515–519; "he even personally received a financial donation from a Colonel
    # Younghusband" ¶521
    Query("who gave Arthur Clegg a donation?", "ac7222d4", "question"),
    # Topics
    # "Slovakia to continue playing a positive role in promoting … China-EU relations" ¶17
    Query("China-EU relations Slovakia role", "faecd2e1", "topic"),
    # "the principle of amity, sincerity, mutual benefit and inclusiveness in … its neighbourhood diplomacy" ¶199
    Query("neighbourhood diplomacy amity sincerity", "c061f0a1", "topic"),
    # "a Chinese path to modernisation, while the DPRK has kept making new progress in developing socialism" ¶227
    Query("Chinese path to modernisation DPRK socialism", "eca32116", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or more with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "JISCO acero exportaciones",  # JISCO (dde32893 ¶335): a steelworks city, a dairy and a winery; no exports
    "Sun Yat-sen mausoleum Nanjing",  # the only mausoleum is Ho Chi Minh's (362ba691 ¶75)
    "Lavrov Blinken meeting",  # Lavrov (097182f6 ¶7) only in Wonsan; meetings everywhere, none with Blinken
    # Padrino (f78fdcd6 ¶33/53); joint exercises only between China and Russia (b39d8185 ¶54)
    "Padrino military exercises with Russia",
    "Хабаровск аэропорт рейсы",  # Khabarovsk in Latin script (054ef6fb ¶6/12); no airport, no flights
    "SCO headquarters address",  # the SCO (9e49ddff and others); "address" only as a verb or speech
    "Queen Mother Monineath birthday",  # Monineath (5a5d8582 ¶235–241): her visit, no birthday
    "Tokyo Trials verdict appeal",  # the Tokyo Trials (b39d8185 ¶39); no appeal
    # Slovakia, the EU (faecd2e1 ¶17/21); sanctions only on Zimbabwe (¶7); no veto
    "Slovakia EU sanctions veto",
    "Lao railway ticket prices",  # the China-Laos Railway (20f574be ¶139/179); no tickets or prices
    "Ramaphosa Trump Oval Office meeting",  # Ramaphosa, Trump (e065690c ¶451/467); no meeting between them
    "中俄 核电站 合作",  # 中俄 (003 ¶20, b39d8185); no nuclear power plant
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # Albert Penhaligon ¶7, the Carpathia ¶14, Belfast for the centenary of the launch ¶26
    Query("Penhaligon Carpathia Belfast", "2f516fa7", "cross-paragraph"),
    Query("petalling barn Hollin Well", "ca24414f", "cross-paragraph"),  # Hollin Well ¶4; the petalling barn ¶14
    # Marblehead open meeting ¶15; Fleetwind hull ¶30
    Query("Marblehead Fleetwind hull", "a5d004bb", "cross-paragraph"),
    # drovers ¶9; a Polish Pope ¶19; the first supermarket ¶25
    Query("Polish Pope supermarket drovers", "20cd348b", "cross-paragraph"),
    # the Balladonia road, charred foam ¶11–12; the museum in Esperance ¶23
    Query("Balladonia foam Esperance museum", "26f0934f", "cross-paragraph"),
    # a live link to Newfoundland ¶9; the restoration of its instrument hall ¶22–23
    Query("Newfoundland instrument hall restoration", "47f47da2", "cross-paragraph"),
    Query("Glyn Harries Anna Colley", "0e5701c6", "cross-paragraph"),  # the talk ¶18; the service ¶21
    # the Mythe water treatment works ¶10; Ferry Row ¶16; the hardship fund ¶20
    Query("Mythe works Ferry Row hardship fund", "11621980", "cross-paragraph"),
    # Tommy Brennock ¶3/6; a cooperage ¶10; Maureen Kehoe ¶25
    Query("Brennock cooperage Maureen Kehoe", "dbba16df", "cross-paragraph"),
    # Word forms
    Query("blessing the Town Well", "ca24414f", "word-form"),  # "They are blessed at the Town Well" ¶10
    Query("Vane Cup blew out", "a5d004bb", "word-form"),  # "last year's event … was blown out after three heats" ¶20
    Query("falling sky Mundarra Creek", "26f0934f", "word-form"),  # "Forty years since the sky fell on us" ¶3; ¶7
    Query("rebuilding after the Skerbury fire", "0e5701c6", "word-form"),  # "fire swept" ¶6; "the rebuilt hall" ¶8
    Query("chapel spire toppled by gale", "2ae4f640", "word-form"),  # GALE TOPPLES CHAPEL SPIRE ¶5
    Query("England beating Holland on the big screen", "f68008de", "word-form"),  # "watch England beat Holland" ¶14
    # "the winning post at Aintree where he was buried" ¶21–22
    Query("Red Rum burial at Aintree", "dbba16df", "word-form"),
    Query("nacimiento del volcán Teneguía", "0a09a72b", "word-form"),  # "y nació el volcán Teneguía" ¶7
    # "юные ракетчики из кружка «Орбита»" ¶20
    Query("юный ракетчик", "dfb298f5", "word-form"),
    Query("lighting the beacon on Ribble Edge", "00b2321b", "word-form"),  # "The beacon on Ribble Edge was lit" ¶24
    # Another script or romanisation
    Query("Пенхалигон", "2f516fa7", "translit"),  # Albert and Margaret Penhaligon in Cyrillic ¶7/21/27
    Query("Carmen Hernandez", "0a09a72b", "translit"),  # doña Carmen Hernández ¶23 (accent dropped)
    Query("Leonov Belyaev", "dfb298f5", "translit"),  # «с Павлом Беляевым и Алексеем Леоновым» ¶9–10
    Query("Pyotr Laptev", "dfb298f5", "translit"),  # Пётр Сергеевич Лаптев ¶15
    Query("Chou Hsiu-lan", "5b483ae7", "translit"),  # Wade-Giles for 协会会长周秀兰 ¶17
    Query("Ред Рам", "dbba16df", "translit"),  # Red Rum in Cyrillic ¶13/20
    Query("Скайлэб", "26f0934f", "translit"),  # Skylab in Cyrillic ¶5/21
    # Russian
    Query("корабль опустился в тайге под Пермью", "dfb298f5", "russian"),  # ¶13
    Query("выставка рисунков Шаг в бездну", "dfb298f5", "russian"),  # ¶18
    Query("кружок Орбита", "dfb298f5", "russian"),  # ¶20
    # Spanish
    Query("ermita de San Blas misa", "0a09a72b", "spanish"),  # "subió a la ermita de San Blas para una misa" ¶13
    Query("mirador del volcán", "0a09a72b", "spanish"),  # "la primera piedra del mirador del volcán" ¶21
    # "las películas que rodó en 1971 el maestro del pueblo" ¶17–18
    Query("películas que rodó el maestro del pueblo", "0a09a72b", "spanish"),
    # Chinese
    Query("县广播站 比赛录音", "5b483ae7", "chinese"),  # 县广播站连续播放了三遍比赛录音 ¶9
    Query("三十周年杯 排球邀请赛", "5b483ae7", "chinese"),  # “三十周年杯”排球邀请赛 ¶14
    Query("排球进校园", "5b483ae7", "chinese"),  # “排球进校园”活动 ¶20
    # Mentions and zero-width spaces
    # KETTLEWICK WELL DRESSINGS ¶1; "stay on display from 24 June to 2 July" ¶9
    Query("<@&555> \u200bKettlewick dressings display dates", "ca24414f", "mention-noise"),
    Query("@here Skerbury Bowling Club\u200b jubilee", "b81b59d1", "mention-noise"),  # ¶18–19
    # Temporary closure of Mill Road level crossing, Stavecombe ¶3
    Query("<#112233> \u200bStavecombe level crossing closure\u200b", "20855878", "mention-noise"),
    # Typos
    Query("Dr Tresise", "47f47da2", "typo"),  # the curator, Dr Helen Tresize ¶18/23
    Query("Brenock stable lad", "dbba16df", "typo"),  # Tommy Brennock, stable lad ¶3
    Query("Thrupely flood", "11621980", "typo"),  # THRUPLEY ¶1; the works "flooded" ¶10
    # Names
    Query("Dominic Gresty", "20cd348b", "name"),  # Father Dominic Gresty ¶21
    Query("Ray Pilling", "a5d004bb", "name"),  # "Ray Pilling will talk about radio gear" ¶25
    Query("Reg Allsop", "b81b59d1", "name"),  # founder member Reg Allsop ¶20
    Query("Joan Ashworth", "11621980", "name"),  # chair of the parish council ¶14–15 (the name is split over two lines)
    # Phrases
    Query("to the peril of ladies and perambulators", "20cd348b", "phrase"),  # ¶10
    Query("Lad wanted, must ride", "dbba16df", "phrase"),  # the card in a newsagent's window ¶11
    Query("the same clock keeping the same slightly wrong time", "0e5701c6", "phrase"),  # ¶9
    # Questions
    # "On 13 July the Great Eastern … left Valentia in Ireland" ¶11
    Query("when did the Great Eastern leave Valentia?", "47f47da2", "question"),
    # "The clockmakers have promised it will be striking again by 31 December" ¶13–14
    Query("when will the Corn Hall clock strike again?", "450a78d7", "question"),
    # "raised at 1.40am by a taxi driver" ¶7
    Query("who raised the alarm at the Corn Hall fire?", "25f78eb9", "question"),
    # "A full closure, day and night, from Thursday 27 December until Friday 4 January" ¶12
    Query("when will the Mill Road level crossing fully close?", "20855878", "question"),
    # Topics
    # well dressings ¶1/24; "a procession with the village band" ¶10–11
    Query("well dressing procession village band", "ca24414f", "topic"),
    Query("Atlantic telegraph cable anniversary", "47f47da2", "topic"),  # ¶5–8
    # Albert Terrace, the Golden Jubilee ¶23–24, the bunting ¶25; b97a2822 (the digest's heading,
    # "the Albert Terrace reunion") and f68008de (Albert Terrace in 1996) are not about the jubilee
    Query("Albert Terrace Golden Jubilee bunting", "00b2321b", "topic"),
)

# Nothing in the new documents answers these; each shares a word or more with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Titanic wreck discovery",  # the Titanic (2f516fa7 ¶6); nothing on the wreck
    "Lydmoor boating lake rowing boats hire",  # Lydmoor Park boating lake (a5d004bb ¶3); no boats for hire
    "Mardlebury cattle market closure",  # the cattle market opened (20cd348b ¶8); closures only in 20855878
    "Skylab astronauts names",  # Skylab (26f0934f); no astronaut is named
    "Pennack Cove shipwreck",  # Pennack Cove (47f47da2); no wreck
    "Zion Chapel new minister",  # Zion Chapel (2ae4f640 ¶6); no minister
    "Corn Hall wedding bookings",  # the Corn Hall "booked for the Valentine dance" (25f78eb9 ¶7); no weddings
    # Stavecombe, the railway, Station Square (20855878); a box office only in 0e5701c6 ¶25
    "Stavecombe railway station ticket office",
    "Thrupley sandbag delivery by the army",  # sandbags left over (11621980 ¶14); no army, no delivery
    "Tommy Brennock jockey licence",  # Brennock (dbba16df), the Injured Jockeys Fund ¶29; licence only in a5d004bb ¶8
    "erupción de 2021 casas destruidas",  # the 1971 eruption (0a09a72b ¶12/15); nothing in 2021, no houses
    "Байконур запуск Союза 2024",  # Байконур (dfb298f5 ¶10): Voskhod 2 in 1965; no Soyuz, no 2024
    "女排 教练 郎平",  # 女排 (5b483ae7); no coach
    "Hythemoor ferry crossing times",  # the Hythemoor ferry (2f516fa7 ¶8); no times; crossings in 20855878
    "Ribble Park tree planting",  # trees brought down in Ribble Park (2ae4f640 ¶7); no planting
    # the Kettlewick museum's opening times (ca24414f ¶18–21), "no charge" for parking ¶23; no admission price
    "Kettlewick museum admission price",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind48/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
