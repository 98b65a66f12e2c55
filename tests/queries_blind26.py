"""A twenty-sixth lookup query set: a BLIND set for the eleventh round. It is committed unscored and is
to be scored once, later; the search must not be tuned on it (once it has been looked at for tuning, a
score on it is in-sample and the set is spent).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py sets; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind24.py and tests/queries_blind25.py, unscored
  blind sets of their own, were not opened). A throwaway script compared the word set of every query
  (Latin and Cyrillic words, Chinese by character pairs, a few stop words and the mention noise left
  out) with every earlier query and with the other queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind38/docs, copied as ONE
  corpus into a subfolder blind38/ (see NEWDOCS_DIRS). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 10
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 4 + 7 (another script or romanisation than the text:
Cyrillic for Latin-script names, Latin for Cyrillic and Chinese, Wade-Giles for pinyin, accents
dropped), russian 2 + 3, spanish 2 + 3, chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram
mentions and zero-width spaces around the real words), typo 4 + 3 (1–2 edits), name 3 + 4,
phrase 3 + 3, question 4 + 4, topic 3 + 3: 45 + 55 answerable, and 12 + 16 unanswerable. Every
answerable query is answered by the documents' own words in some form, spelling or script (names may
be written in another script); none needs a translation of a common noun or a synonym the text never
uses.

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

# The new-documents corpus is assembled by copying tests/gold/blind38/docs/* into ONE temporary
# corpus folder under the subfolder blind38/: files are then "blind38/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind38/docs",)
NEWDOCS_SUBDIRS = ("blind38",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "cc22c50e": "Obituary: Ada Kember, coach who put Cawdor Vale on the athletics map",
    "5df2f8e2": "PRESS RELEASE — FOR IMMEDIATE USE",
    # en_ellerdyke_courier_digest.txt: the digest's heading (¶1–2), then three cuttings as articles
    "b7bf66f7": "Ellerdyke Courier — from the archive",
    "f2f0499e": "ROXY TO SHOW ITS LAST FILM",
    "227e5842": "TOWN'S CUP AT LAST",
    "a016d05d": "STORM EUNICE CLOSES SCHOOLS AND CUTS POWER",
    "91948353": "Farleigh Lock: fifty years since the boats came back",
    "0503f650": "Twenty years on: Hetherby remembers the night the Leddon came in",
    "1ce78bb7": "Kelbrook Rovers FC — Touchline News",
    "2f7381e0": "Rails in the Rain — a blog about Kirkmoor's lost transport",
    "b31f951e": "MARSH LANE SCHOOL, HETHERBY",
    "716d278a": "All aboard the Dabchick!",
    "322c99ca": "BYGONE DAYS",
    "9ac7a5a5": "THIRLBY PARISH COUNCIL",
    # en_wrenbourne_echo_digest.txt: three cuttings (¶3–7, ¶9–13, ¶15–19) under a one-line heading
    "b5895d7d": "LAST TRAMS TO LEAVE HETHERBY DEPOT",
    "eb38aeae": "LEDDON BURSTS ITS BANKS: HUNDREDS FLEE HETHERBY",
    "d471d204": "STATION REOPENS 45 YEARS AFTER BEECHING AXE",
    "9dc739f8": "El primer tren de la Península cumple 175 años",
    "d32e1d5b": "Дому культуры в Берёзовке — 50 лет",
    "b6fed75b": "青石县第一中学迎来建校六十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # 003: "the wartime camaraderie forged during the anti-fascist struggle" ¶45; "distancing itself from
    # symbols like the Yasukuni Shrine" ¶41
    Query("camaraderie Yasukuni distancing", "b39d8185", "cross-paragraph"),
    # Guterres and Min Aung Hlaing met in Tianjin ¶405; "recall the founding mission and values" ¶409
    Query("Min Aung Hlaing Guterres founding mission", "26d64f12", "cross-paragraph"),
    # 000: the Noraa "underrepresented in international historical narratives" ¶3; the monument Lavrov
    # announced in Wonsan "will be erected" ¶7
    Query("Noraa underrepresented narratives Wonsan erected", "097182f6", "cross-paragraph"),
    # Queen Mother Sihanouk ¶235–241, Xi's "fond memories" ¶239; Hun Manet ¶243/247, online gambling ¶247
    Query("Sihanouk fond memories Hun Manet gambling", "5a5d8582", "cross-paragraph"),
    # China-Kyrgyzstan-Uzbekistan railway project ¶207; Shehbaz, "Pakistan's home-grown capacity" ¶211
    Query("Uzbekistan railway Shehbaz home-grown capacity", "3a9fa4ed", "cross-paragraph"),
    # Horsley's booklet on Claudia Jones ¶123; Hollywood films, "many were worthy attempts" ¶125
    Query("Horsley booklet Hollywood worthy attempts", "ccf1d4fa", "cross-paragraph"),
    # China-Laos Railway, law enforcement ¶139/179; the newspaper Nhân Dân ¶145/151
    Query("Laos railway law enforcement Nhân Dân", "20f574be", "cross-paragraph"),
    # Putin ¶187/193; "Our ancestors, fathers and grandfathers" ¶195; flagship projects ¶189; Khurelsukh ¶187/197
    Query("Putin grandfathers Khurelsukh flagship projects", "c061f0a1", "cross-paragraph"),
    # Word forms: the text has another form
    # "the July 7 Lugou 'Marco Polo' Bridge Incident that heralded Japan's full-scale invasion" ¶505
    Query("Marco Polo Bridge heralding Japan's invasion", "ac7222d4", "word-form"),
    # "Scottish soldiers who fought side by side with the Chinese Expeditionary Force", "Scots" ¶275
    Query("Scots fighting side by side with the Expeditionary Force", "7ab1f62c", "word-form"),
    # "Realmente están transformando el desierto en un lugar habitable" ¶337
    Query("transformar el desierto en un lugar habitable", "dde32893", "word-form"),
    # 002: Putin, "oppose any acts of distorting history" ¶11; 003: "Western distortions" ¶9, "reject any
    # attempt to distort history" ¶37 in the statement Xi and Putin signed ¶2
    Query("distortion of history Putin", "424ab945", "word-form", also=("b39d8185",)),
    # "I express my sincere thanks to foreign governments and friends" ¶379
    Query("Xi thanking foreign governments", "38a7d84f", "word-form"),
    # Fico: "an honour to be invited to China to witness this grand event in person" ¶19
    Query("Fico witnessing the grand event", "faecd2e1", "word-form"),
    # Another script or romanisation
    Query("Fu-tan University", "6710eba1", "translit"),  # Wade-Giles for "Discussions at Fudan University" ¶541
    Query("Chia-yü-kuan", "dde32893", "translit"),  # Wade-Giles for Jiayuguan ¶307/335/345
    Query("Cheng Po-fei", "7ab1f62c", "translit"),  # Wade-Giles for the Xinhua correspondent Zheng Bofei ¶287
    Query("Артур Клегг", "ac7222d4", "translit"),  # Arthur Clegg, the CCC's National Organiser ¶515/519
    # Russian (names written in Cyrillic)
    Query("Владимир Якушев", "20f574be", "russian"),  # Vladimir Vladimirovich Yakushev among the guests ¶158
    Query("Шахбаз Шариф", "3a9fa4ed", "russian"),  # Pakistani Prime Minister Shehbaz Sharif ¶211–213
    # Spanish
    # "la Organización Socialista Camino de la Libertad" ¶301/305
    Query("Organización Socialista Camino de la Libertad", "dde32893", "spanish"),
    # "De bases revolucionarios a ciudades de alta tecnología y desarrollo verde" ¶301
    Query("bases revolucionarios ciudades de alta tecnología", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("阿布拉莫夫", "054ef6fb", "chinese"),  # 001 ¶14: the veteran Lev Abramov
    Query("莫迪", "e065690c", "chinese"),  # "the absence of Prime Minister Narendra Modi" ¶451
    Query("土库曼斯坦 塔吉克斯坦", "3a9fa4ed", "chinese"),  # Turkmenistan … Tajikistan in the title ¶203
    # Mentions and zero-width spaces around the real words
    # "their swift integration into rehearsals alongside the Vietnamese forces" ¶77
    Query("<@8080> \u200bswift integration rehearsals\u200b", "362ba691", "mention-noise"),
    # "Sunday 21 September 2025, 4pm Britain, 11am US Eastern" ¶351; webinar ¶349/355/359
    Query("<#31337> 11am US Eastern webinar", "d89fdf72", "mention-noise"),
    # the title ¶253 (Kyrgyzstan also in 3a9fa4ed ¶207, a railway's name)
    Query("@everyone Maldives Kyrgyzstan", "0e5d6094", "mention-noise"),
    # Typos (1–2 edits)
    Query("Sergeenco", "20f574be", "typo"),  # Igor Sergeenko, Speaker of the House of Representatives of Belarus ¶157
    Query("Mnangwaga", "faecd2e1", "typo"),  # President Emmerson Mnangagwa ¶5/11
    # Díaz-Canel Bermúdez ¶85; 20f574be: the same, at the Hanoi ceremony and in Laos ¶155/161–167
    Query("Bermudes", "d807680a", "typo", also=("20f574be",)),
    Query("Fellowship of Reconcilation", "ac7222d4", "typo"),  # Hogg's family, the Fellowship of Reconciliation ¶493
    # Names
    Query("Thongloun Sisoulith", "20f574be", "name"),  # the Lao president ¶135/153/171
    # "India was represented by Foreign Minister Subrahmanyam Jaishankar" ¶451
    Query("Subrahmanyam Jaishankar foreign minister", "e065690c", "name"),
    Query("Pashinyan Armenian Prime Minister", "0e5d6094", "name"),  # "Armenian Prime Minister Nikol Pashinyan" ¶257
    # Phrases
    Query("the forward march of communism in Asia", "7ab1f62c", "phrase"),  # ¶279
    Query("a vivid symbol of the ironclad friendship", "d807680a", "phrase"),  # ¶87
    Query("does not seem to apply to the real victors", "d89fdf72", "phrase"),  # ¶353
    # Questions
    Query("who wrote The People have Strength?", "ac7222d4", "question"),  # Rewi Alley, "In his 1954 book" ¶495
    # "the (October 10) 80th anniversary of the founding of the WPK" ¶227
    Query("when is the 80th anniversary of the WPK?", "eca32116", "question"),
    # "since assuming the role of African co-chair of the Forum on China-Africa Cooperation (FOCAC), the
    # Republic of the Congo" ¶27
    Query("which country is the African co-chair of FOCAC?", "faecd2e1", "question"),
    # "the absence of Prime Minister Narendra Modi being widely interpreted as indicating his continued
    # vacillation" ¶451
    Query("why was Modi absent from the BRICS summit?", "e065690c", "question"),
    # Topics
    Query("green belts and parks", "6710eba1", "topic"),  # "the extensive system of parks and green belts" ¶539
    # "a statement on supporting the multilateral trading system" ¶443 (e065690c speaks of the multilateral
    # trading system ¶453/465, but not of the SCO)
    Query("multilateral trading system statement SCO", "9e49ddff", "topic"),
    # "recovered more than half of their territory … of the then Japanese empire" ¶57
    Query("territory recovered from the Japanese empire", "f78fdcd6", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Mongolia winter herding losses",  # Mongolia (c061f0a1, d89fdf72 ¶357); losses in the war (b39d8185 ¶34)
    "Kazakhstan uranium mining",  # Kazakhstan (26d64f12); mining (faecd2e1 ¶9, 3a9fa4ed ¶211) is elsewhere
    "Slovakia ice hockey championship",  # Slovakia (faecd2e1): Fico's visit only
    "Serbia embassy bombing 1999",  # Serbia in faecd2e1's title only
    "Maldives coral reef diving",  # Maldives in 0e5d6094's title only
    "Tajikistan earthquake",  # Tajikistan in 3a9fa4ed's title only
    "Turkmenistan gas exports to China",  # Turkmenistan in 3a9fa4ed's title only; no gas, no exports
    # Kyrgyzstan (0e5d6094, 3a9fa4ed ¶207); border (26d64f12 ¶417 Myanmar, 9e49ddff ¶433); no clashes
    "Kyrgyzstan border clashes",
    "Hanoi egg coffee",  # Hanoi (362ba691 ¶73, 20f574be ¶143): the National Day ceremony only
    "中俄 高铁",  # 中俄 in the joint statement's Chinese title (003 ¶20); no high-speed rail
    "Лукашенко хоккей",  # Lukashenko (0e5d6094), in Latin script there; no hockey
    "horario del museo de Yan'an",  # museos (dde32893 ¶325), Yan'an (dde32893, 6710eba1); no opening hours
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # Kember ¶1/3/7/11/15; "a clerk in the canal company's office" ¶5; Sandra Bright ¶9
    Query("Kember clerk Sandra Bright", "cc22c50e", "cross-paragraph"),
    # "the narrowboat Kingfisher, steered by … Walter Dimmock" ¶7; "A slate plaque … by Walter Dimmock's
    # daughter" ¶10
    Query("Dimmock Kingfisher slate plaque", "91948353", "cross-paragraph"),
    Query("Roxy Fred Astaire carpet retailer", "f2f0499e", "cross-paragraph"),  # Fred Astaire ¶5; a carpet retailer ¶7
    # Pauline Rix with the till drawer ¶5; the footbridge ¶9/13
    Query("Pauline Rix till drawer footbridge", "0503f650", "cross-paragraph"),
    # Kelbrook (title ¶1); floodlights ¶3; Halloween disco ¶7
    Query("Kelbrook Halloween disco floodlights", "1ce78bb7", "cross-paragraph"),
    Query("Harold Lumb cap badge", "2f7381e0", "cross-paragraph"),  # Harold Lumb ¶8; "his cap badge" ¶16
    # the tramway ¶5; Jenny Farr opened the Saltcote Athletic Club's track ¶13
    Query("Saltcote tramway Jenny Farr", "322c99ca", "cross-paragraph"),
    # Thirlby ¶1–3; the asbestos survey ¶8; "opened … as the village's war memorial" ¶10
    Query("Thirlby hall asbestos war memorial", "9ac7a5a5", "cross-paragraph"),
    # "the burial of a time capsule" ¶5; Private Albert Coe ¶8; Marsh Lane ¶1/3/9
    Query("Marsh Lane time capsule Albert Coe", "b31f951e", "cross-paragraph"),
    # Word forms
    # "The Gaumont … will close …, the owners blaming television" ¶11
    Query("Gaumont closure blamed on television", "322c99ca", "word-form"),
    # "The new gates were hung in the chamber" ¶6; Farleigh ¶1/3
    Query("hanging the new gates at Farleigh", "91948353", "word-form"),
    # "STORM EUNICE CLOSES SCHOOLS" ¶13; "Every school … was closed" ¶15
    Query("Storm Eunice school closures", "a016d05d", "word-form"),
    # "the River Leddon overtopped the Mill Street wall" ¶11; 0503f650: "poured over the Mill Street wall" ¶3
    Query("Leddon overtopping the Mill Street wall", "eb38aeae", "word-form", also=("0503f650",)),
    # "The club's annual six-a-side tournament, postponed from the summer" ¶5
    Query("Kelbrook tournament postponement", "1ce78bb7", "word-form"),
    # "Stan Ibbotson … will thread the final reel himself" ¶6
    Query("Stan Ibbotson threading the final reel", "f2f0499e", "word-form"),
    # "born Ada Purvis" ¶4; "She married Tom Kember, a signalman" ¶7
    Query("Ada Purvis marriage to a signalman", "cc22c50e", "word-form"),
    Query("Edna Parfitt crying", "d471d204", "word-form"),  # Edna Parfitt ¶18: "I cried then and I cried again" ¶19
    Query("кружок народных танцев", "d32e1d5b", "word-form"),  # "кружок народного танца" ¶6
    # "el ayuntamiento se ha comprometido a restaurar la antigua nave de mercancías" ¶10
    Query("restauración de la nave de mercancías", "9dc739f8", "word-form"),
    # Another script or romanisation
    Query("Berezovka Dom kultury", "d32e1d5b", "translit"),  # Дом культуры в Берёзовке ¶1–2
    Query("Natalya Lapteva", "d32e1d5b", "translit"),  # the director Наталья Лаптева ¶8
    Query("Qingshi yizhong", "b6fed75b", "translit"),  # pinyin for 青石一中 ¶3 (青石县第一中学 ¶1–2)
    Query("Wang Guohua", "b6fed75b", "translit"),  # 王国华, one of the first pupils ¶12
    Query("Матаро Барселона", "9dc739f8", "translit"),  # Mataró and Barcelona in Cyrillic ¶3/9
    # Ada Kember in Cyrillic: the obituary; 5df2f8e2 ¶7: she will plant an oak at the jubilee
    Query("Эда Кембер", "cc22c50e", "translit", also=("5df2f8e2",)),
    Query("Mataro 175 anos", "9dc739f8", "translit"),  # "cumple 175 años" ¶1, Mataró ¶2–3 (accents dropped)
    # Russian
    # "ансамбль «Берёзка» впервые выступил в областном центре" ¶7
    Query("ансамбль Берёзка областной центр", "d32e1d5b", "russian"),
    Query("выставка рисунков Мой клуб", "d32e1d5b", "russian"),  # "выставка детских рисунков «Мой клуб»" ¶11
    Query("районный фестиваль сельских клубов", "d32e1d5b", "russian"),  # ¶13
    # Spanish
    Query("cabalgata y cena en el antiguo mercado", "9dc739f8", "spanish"),  # the line's fiftieth birthday ¶6
    Query("placa de bronce en el andén", "9dc739f8", "spanish"),  # ¶12
    Query("tren histórico entre Barcelona y Mataró", "9dc739f8", "spanish"),  # ¶9
    # Chinese
    Query("首届校友运动会", "b6fed75b", "chinese"),  # ¶8 (第二届校友运动会 ¶14)
    Query("新图书馆 藏书", "b6fed75b", "chinese"),  # 新图书馆正式启用，藏书达到十二万册 ¶9
    Query("洪水漫进校园", "b6fed75b", "chinese"),  # 洪水漫进了校园 ¶6
    # Mentions and zero-width spaces
    Query("<@42> Kelbrook annual subscription", "1ce78bb7", "mention-noise"),  # "the annual subscription" ¶12
    # "Teddy bears' picnic trip for the under-fives: 14 June (bring your bear …)" ¶11
    Query("<#1001> \u200bunder-fives bring your bear\u200b", "716d278a", "mention-noise"),
    # Ottley Road station ¶17; "The station's booking hall" ¶19
    Query("@here Ottley Road station booking hall", "d471d204", "mention-noise"),
    # Typos
    Query("Dabchik", "716d278a", "typo"),  # the Dabchick ¶1/4
    Query("Ibbotsen", "f2f0499e", "typo"),  # the manager, Stan Ibbotson ¶6
    Query("storm Eunise", "a016d05d", "typo"),  # Storm Eunice ¶13/15
    # Names
    Query("Jean Patel", "2f7381e0", "name"),  # the museum's curator ¶18
    Query("Sunita Rao", "b31f951e", "name"),  # the present head ¶14
    Query("Lynne Ferris", "5df2f8e2", "name"),  # press contact ¶15
    Query("Lee Harker", "227e5842", "name"),  # Captain Lee Harker scored the winner ¶11
    # Phrases
    Query("far too much fuss for an old woman with a stopwatch", "cc22c50e", "phrase"),  # ¶11
    Query("over my own rails", "2f7381e0", "phrase"),  # the grandad's diary ¶10
    Query("frighten horses and spoil the quiet of the Esplanade", "322c99ca", "phrase"),  # ¶7
    # Questions
    # "Entry is £12 for affiliated runners and £14 for others" ¶9; the Golden Jubilee 10K ¶8
    Query("how much is the entry for the jubilee 10K?", "5df2f8e2", "question"),
    # "on 8 October 1960, car No. 342 rumbled down Station Parade for the last time" ¶6 (b5895d7d is
    # Hetherby's depot, not Kirkmoor)
    Query("when did the last tram run in Kirkmoor?", "2f7381e0", "question"),
    # the Senior Cup final ¶10; Lee Harker "scored the winner four minutes from time" ¶11
    Query("who scored the winner in the Senior Cup final?", "227e5842", "question"),
    # "a short service will be streamed from St Mary's on 2 November at 7pm" ¶13
    Query("what time is the flood anniversary service streamed?", "0503f650", "question"),
    # Topics
    Query("county junior cup draw", "1ce78bb7", "topic"),  # "Cup draw: the first round of the county junior cup" ¶6
    # heritage trams moved to the transport museum at Ottley ¶5; 2f7381e0: the Kirkmoor Transport Museum's
    # car No. 342 ¶14
    Query("heritage trams transport museum", "b5895d7d", "topic", also=("2f7381e0",)),
    Query("Rural Development Commission grant", "9ac7a5a5", "topic"),  # the refurbishment grant ¶3/6
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Roxy cinema seating capacity",  # the Roxy (f2f0499e): its first and last films, its sale; no seat count
    "Ellerdyke Town relegation",  # Ellerdyke Town (227e5842): a cup win only
    # Farleigh Lock (91948353, 5df2f8e2 ¶8): boats pass free during the rally, licence checks ¶12; no moorings
    "Farleigh Lock mooring fees",
    "Dabchick boat for sale",  # the Dabchick (716d278a): trips, fares, charter
    # Kelbrook Rovers (1ce78bb7): eleven teams, none called a women's side; "women's" in cc22c50e ¶8
    "Kelbrook Rovers women's team",
    # the flood wall (0503f650 ¶11): when finished and tested; eb38aeae ¶13 an emergency fund, not the wall
    "how much did the Hetherby flood wall cost?",
    "Kirkmoor tram fares in 1960",  # Kirkmoor trams (2f7381e0): a ticket, a ticket machine; fares only 716d278a ¶18
    "Marsh Lane School Ofsted inspection",  # Marsh Lane School (b31f951e); "inspected" (322c99ca ¶5, 9ac7a5a5 ¶5)
    "Saltcote pier fishing competition",  # the Saltcote pier (322c99ca ¶5/6/15); a competition (227e5842 ¶10)
    "Thirlby Film Society founding year",  # the Thirlby Film Society's film nights (9ac7a5a5 ¶11); no founding
    "Cawdor Vale membership fees",  # Cawdor Vale (5df2f8e2): 600 members, race entry fees ¶9; no membership fee
    "Storm Eunice death toll",  # Storm Eunice (a016d05d): schools, power, trees; no deaths
    "пожар в Берёзовке",  # Берёзовке (d32e1d5b ¶1/13): no fire
    "precio de las entradas del tren histórico",  # the tren histórico's entradas (9dc739f8 ¶9): on sale, no price
    "青石一中 高考成绩",  # 青石一中 (b6fed75b ¶3): no exam results
    "Ottley Top Lock lottery grant amount",  # Ottley Top Lock, the lottery grant (91948353 ¶14): no amount
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind38/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
