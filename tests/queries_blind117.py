"""A hundred-and-seventeenth lookup query set, the fifty-ninth round's BLIND set (written in the fifty-eighth session):
committed unscored, scored once at the end of the round, and not read while the search is tuned (a score on it
is out-of-sample only while nobody has looked at it). RICH IN UNANSWERABLE QUERIES, laid out as
tests/queries_blind106.py and tests/queries_blind56.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind115.py and tests/queries_blind116.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some fifteen thousand seven hundred), and with the earlier queries of this set, while the set
  was being written; a query sharing more than half of its words with any one of them was replaced. The
  seeds are close to exhausted: of some three hundred seed drafts about nine in ten were
  near-copies and had to be dropped, so the seed queries here are rarer joins of passages, Russian
  case forms of names, fresh typos and a few questions and topics no earlier set had asked.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind129/docs, copied as ONE
  corpus into a subfolder blind129/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 9 + 12 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 0 + 12
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 5 + 16 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic names,
pinyin without tones, accents dropped), russian 5 + 3, spanish 0 + 4, chinese 0 + 4, mention-noise
1 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 5 + 3 (1–2 edits a
word), name 0 + 4, phrase 0 + 3, question 2 + 6, topic 3 + 4: 30 + 74 answerable, and 14 + 35
unanswerable. Every seed draft of the kinds left at 0 for the seeds (word-form, spanish, chinese, name,
phrase) was a near-copy of an earlier query. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won, sang or switched on; what a dog, a burgomaster or a hospice was called; which film, which ship;
how many spectators or cows; how long a concert lasts; at what hour tastings begin or a bus leaves; what
a patent, an evening, a hut, a dinner or a rebuilding cost; at what height two ships docked); a place
the corpus does not hold (simply absent from it) joined to a subject it does; Russian, Spanish and
Chinese ones. Each shares one or more words with its corpus on purpose (in another script for some of
the seeds' ones), and every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets) holds all of the query's words. For word-form
queries it checked that the form the query uses is not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind129/docs/* into ONE temporary
# corpus folder under the subfolder blind129/: files are then "blind129/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind129/docs",)
NEWDOCS_SUBDIRS = ("blind129",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "e931d130": "BRINDLEHOLT FILM SOCIETY",
    "df77ecc7": "CASTERWICK BOROUGH COUNCIL",
    # en_casterwick_gazette_digest.txt, split by the loader: the Pavilion opens in 1986 (¶4–7), the twin-town visit
    # (¶12–16), the beach huts of 2020 (¶21–24); the header (¶1), the datelines (¶3, ¶11, ¶20) and the "----" rules
    # belong to none of them
    "fda770e3": "CURTAIN UP AT LAST",
    "5628b8bb": "TWIN-TOWN VISIT POSTPONED",
    "2bc38881": "BEACH HUTS BACK IN BUSINESS",
    # en_crowdale_courier_digest.txt, split by the loader: the carphone shop (¶4–7), the farmers' market of 2005
    # (¶12–15), the coronation party (¶20–24); the header (¶1), the datelines (¶3, ¶11, ¶19) and the rules belong to
    # none of them
    "6264dd4a": "PHONE IN YOUR POCKET",
    "c1885eb4": "FARMERS' MARKET OFF TO A FLYING START",
    "551ca673": "CROWNING GLORY",
    "92c2260a": "THE FILAMENT JAR",
    "5b58429d": "FOTHERCOMBE ECHO",
    "338471ee": "KETTERWICK SENTINEL",
    "f869cd60": "PENNICOTT COMMUNITY ORCHARD",
    "e3ba9df9": "ILLSWORTH ADVERTISER",
    "f723d791": "SWANLOUGH HARBOUR NEWS",
    "363300ef": "TOLCHESTER KNITTING GUILD",
    "cf62b071": "WENDHOPE PRIMARY SCHOOL",
    "aa7b45ff": "EL HERALDO DE ALMENAREJO",
    "c6437adb": "«КОМЕТИНСКИЙ ВЕСТНИК»",
    "b3ea6cc4": "桃湾镇文化站简报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Vietnamese Prime Minister Pham Minh Chinh visited Tianjin" ¶79; "jointly resist the countercurrents of
    # unilateralism and protectionism" ¶71; "the military parade, mass pageantry" ¶73
    Query("Pham Minh Chinh countercurrents of protectionism mass pageantry", "362ba691", "cross-paragraph"),
    # "Cuba was the first country in Latin America to build a bilateral community" ¶89; "sub-national agricultural
    # cooperation" ¶91; "life sciences, biomedicine" ¶105
    Query(
        "first country in Latin America sub-national agricultural cooperation biomedicine",
        "d807680a",
        "cross-paragraph",
    ),
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451; "around 30 percent of global economic output" ¶459
    Query("Khaled bin Mohamed 30 percent of global economic output", "e065690c", "cross-paragraph"),
    # "Concrete examples from Botswana, Laos, Nepal, and Egypt countered Western claims of 'debt traps'" ¶537; "Average
    # life expectancy was below 35" ¶555
    Query("Botswana Nepal debt traps life expectancy below 35", "6710eba1", "cross-paragraph"),
    # "Workers World Party, Black Liberation Alliance" ¶547; "Illiteracy was rife" ¶555; "China's construction of n
    # ecological civilisation" ¶551
    Query("Workers World Party Illiteracy was rife ecological civilisation", "6710eba1", "cross-paragraph"),
    # "Stamford Bridge (home of Chelsea Football Club)" ¶291; "the devout Christian made a choice" ¶289; "Known as the
    # 'Flying Scotsman'" ¶285
    Query("Chelsea Football Club devout Christian Flying Scotsman", "7ab1f62c", "cross-paragraph"),
    # "the largely Eurocentric narrative" ¶355; "China suffered over 35 million casualties" ¶357; "Jodie Evans
    # (Co-founder of Code Pink)" ¶365
    Query("Eurocentric 35 million casualties Jodie Evans", "d89fdf72", "cross-paragraph"),
    # "Deng Xiaoping Theory, the Theory of Three Represents" ¶383; "the relatives of international friends and
    # comrades" ¶385
    Query("Deng Xiaoping Theory relatives of international friends", "38a7d84f", "cross-paragraph"),
    # "Both states claim to be co-guardians of the true anti-fascist legacy" line 9; "opposing all forms of 'Taiwan
    # independence'" line 51; "constituted genocide, as recognised by the Nuremberg Tribunal" line 40
    Query("co-guardians Taiwan independence Nuremberg Tribunal genocide", "b39d8185", "cross-paragraph"),
    # Another script or romanisation
    # "Cambodian King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk" ¶235 in Cyrillic (Russian
    # prepositional case, as Russian papers spell them: Сианук, Сиамони)
    Query("о Сиануке и Сиамони", "5a5d8582", "translit"),
    # "United Nations Secretary General António Guterres … Kazakhstan President Kassym-Jomart Tokayev" ¶405 in
    # Cyrillic (Гутерриш, Токаев)
    Query("о Гутеррише и Токаеве", "26d64f12", "translit"),
    # "Thongloun Sisoulith" ¶135 and "President Kaysone Phomvihane" ¶167 in Cyrillic (Тхонглун, Кейсон)
    Query("о Тхонглуне и Кейсоне", "20f574be", "translit"),
    # "Mongolian President Khurelsukh Ukhnaa" ¶187, ¶197–199 in Cyrillic (Хурэлсух, instrumental case)
    Query("с Хурэлсухом", "c061f0a1", "translit"),
    # "written by Callum Norris and Twm Draper" ¶533 in Cyrillic (instrumental case)
    Query("с Каллумом Норрисом и Тумом Дрейпером", "6710eba1", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Ken Hammond (Historian and China scholar)" ¶363; "Radhika Desai (International Manifesto Group), Moderator"
    # ¶369 ("about Ken Hammond and Radhika Desai")
    Query("о Кене Хаммонде и Радхике Десаи", "d89fdf72", "russian"),
    # "Egyptian Prime Minister Mostafa Madbouly and Myanmar's Acting President Min Aung Hlaing" ¶405 (and ¶411–419)
    Query("о Мин Аунг Хлайне и Мостафе Мадбули", "26d64f12", "russian"),
    # "Her father, Arthur Clegg" ¶515, ¶519; "a financial donation from a Colonel Younghusband" ¶521
    Query("об Артуре Клегге и Янгхазбенде", "ac7222d4", "russian"),
    # "Uzbek President Shavkat Mirziyoyev" ¶207–209; "Pakistani Prime Minister Shehbaz Sharif" ¶211 ("with
    # Mirziyoyev and Sharif")
    Query("с Мирзиёевым и Шарифом", "3a9fa4ed", "russian"),
    Query("с Робертом Фицо", "faecd2e1", "russian"),  # "At noon Xi met with Slovak Prime Minister Robert Fico" ¶13
    # Mentions and zero-width spaces around the real words
    # "Illiteracy was rife" ¶555; "a number of cities in Shaanxi and Gansu provinces" ¶549
    Query("<#4471> Illiteracy was rife\u200b Shaanxi", "6710eba1", "mention-noise"),
    # Typos (1–2 edits)
    # "Uzbek President Shavkat Mirziyoyev" ¶207; "Pakistani Prime Minister Shehbaz Sharif" ¶211
    Query("Mirziyoev Shahbaz Sharif", "3a9fa4ed", "typo"),
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "Vladimir Vladimirovich Yakushev"
    # ¶158
    Query("Sergeyenko Yakushew", "20f574be", "typo"),
    # "Zimbabwean President Emmerson Mnangagwa" ¶5; "Slovak Prime Minister Robert Fico" ¶13
    Query("Mnangagwa Zimbabve Fiko", "faecd2e1", "typo"),
    # "Miguel Díaz-Canel Bermúdez" ¶85 (met Xi); his state visit to Laos, 20f574be ¶161–167
    Query("Diaz-Kanel Bermudes", "d807680a", "typo", also=("20f574be",)),
    # "Kazakhstan President Kassym-Jomart Tokayev", "Egyptian Prime Minister Mostafa Madbouly" ¶405
    Query("Tokayew Madbuoly", "26d64f12", "typo"),
    # Questions
    # "leading his pupils on a month-long 1,100 kilometre (700 miles) journey … to the relative safety of Gansu" ¶485
    Query("how long was the journey George Hogg led to Gansu?", "ac7222d4", "question"),
    # "he asked to have the 'Communist Manifesto' read to him. I read it and he said, 'That makes sense.'" ¶499
    Query("what did Rewi Alley read to George Hogg as he died?", "ac7222d4", "question"),
    # Topics
    # "Myanmar was part of the Eastern battlefield of the World Anti-Fascist War and it is an important dialogue
    # partner of the SCO. The China-Myanmar pauk-phaw (brotherly) friendship" ¶415 (Acting President ¶405, ¶419)
    Query("Myanmar acting president Eastern battlefield pauk-phaw", "26d64f12", "topic"),
    # "an international symposium organised by … the Chinese Academy of Social Sciences and the People's Liberation
    # Army (PLA) Academy of Military Science, on September 2" ¶475
    Query("Chinese Academy of Social Sciences Academy of Military Science symposium September 2", "ac7222d4", "topic"),
    # "in Shanghai, at the site of the CPC's first congress" ¶535
    Query("Shanghai site of the CPC's first congress", "6710eba1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Samarkand is not in the corpus; the railways are the China-Kyrgyzstan-Uzbekistan (3a9fa4ed ¶207) and
    # China-Laos (20f574be ¶139) ones
    "Samarkand railway",
    # Ivan Melnikov is the Duma's Deputy Speaker met in Khabarovsk (054ef6fb line 6); the Yasukuni Shrine is
    # b39d8185's (line 41)
    "Ivan Melnikov Yasukuni Shrine",
    # Eric Liddell (7ab1f62c) in Chinese characters, "grave location": he "passed away in a Japanese prisoner-of-war
    # camp" (¶275, ¶285); no grave, no place named
    "利德尔 墓地 位置",
    # Jodie Evans is a webinar speaker (d89fdf72 ¶365); Lady From Chungking is ccf1d4fa's
    "Jodie Evans Lady From Chungking",
    # Kunming is not in the corpus; the China-Laos Railway is 20f574be's (¶139, ¶179), with no station named
    "Kunming China-Laos Railway station",
    # George Hogg (ac7222d4) and Norodom Sihamoni (5a5d8582) in Cyrillic: no article names both
    "Хогг и Сихамони",
    # "Eric Liddell captured gold in the men's 400 metres in 47.6 seconds" (7ab1f62c ¶287); no crowd
    "how many spectators watched Liddell's 400 metres final?",
    # Robert Fico met Xi in Beijing (faecd2e1 ¶13–21); Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "Robert Fico Buckingham Palace",
    # Pham Minh Chinh went to the SCO in Tianjin (362ba691 ¶79); the Great Hall lunch (38a7d84f ¶385) names no guest
    "Pham Minh Chinh Great Hall lunch",
    # "JISCO incluso tiene una granja lechera" (dde32893 ¶335); no herd size
    "¿cuántas vacas tiene la granja lechera de JISCO?",
    # "the valiant Scottish soldiers who fought side by side with the Chinese Expeditionary Force on the Burmese
    # battlefield" (7ab1f62c ¶275); no ship, no voyage
    "which ship carried the Scottish soldiers to Burma?",
    # "the Fourth Dialogue on Exchanges and Mutual Learning Among Civilisations in Dunhuang" (6710eba1 ¶537); no
    # dinner, no cost
    "what did the Dunhuang dialogue closing dinner cost?",
    # "headmaster of the Shandan Bailie School" (ac7222d4 ¶483, ¶501); no uniforms
    "what colour were the Shandan Bailie School uniforms?",
    # Jenny Clegg writes for SACU (ac7222d4 ¶513) and speaks at the webinar (d89fdf72 ¶366); the Edinburgh
    # Consulate-General is 7ab1f62c's (¶273)
    "Jenny Clegg Edinburgh consulate",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "with piano by Gwen Abberley" ¶10; "a travelling showman, 'Professor' Ebenezer Whitlock, in the Temperance Hall"
    # ¶20
    Query("Gwen Abberley Ebenezer Whitlock Temperance Hall", "e931d130", "cross-paragraph"),
    # "the Mayor, Councillor Anita Swindells, will cut a birthday cake" ¶14; "with the Ray Tennant Trio, who played at
    # the opening night" ¶16 (fda770e3 ¶5 has the Trio at the 1986 gala, with no mayor and no cake)
    Query("Anita Swindells birthday cake Ray Tennant Trio", "df77ecc7", "cross-paragraph"),
    # "a box of six unused Ediswan lamps" ¶14 (at the Kingscote fair); "a house clearance in Kingscote" ¶12; "his
    # laboratory at Menlo Park, New Jersey" ¶6
    Query("Ediswan Kingscote Menlo Park", "92c2260a", "cross-paragraph"),
    # "Jethro lived to be eighty-one and farmed at Combe Cross" ¶21; "Jethro's great-granddaughter, Sally Dunnage" and
    # "7pm in the Assembly Rooms" ¶25
    Query("Jethro Dunnage Combe Cross Sally Dunnage Assembly Rooms", "5b58429d", "cross-paragraph"),
    # "the town's Olympic hurdler, Dean Ashworth" ¶6; "the town's last horse-drawn milk round, run by the Pardew
    # family" ¶12; "the first steam mangle in the district" ¶20
    Query("Dean Ashworth Pardew milk round steam mangle", "338471ee", "cross-paragraph"),
    # "The chief projectionist, Len Cottrill" ¶9; "She married Cedric Quelch, a signalman" ¶13; "her favourite film,
    # 'Brief Encounter'" ¶27
    Query("Len Cottrill Cedric Quelch Brief Encounter", "e3ba9df9", "cross-paragraph"),
    # "Her pilot, Stan Crewe of Folkestone" ¶13; "the ten and a half miles of Windermere" ¶15; "We threw her jelly
    # babies every hour" ¶19
    Query("Stan Crewe Windermere jelly babies", "f723d791", "cross-paragraph"),
    # "Nesta Ventress shows her Fair Isle yoke" ¶10 and "coach trip to the Ambledyke Wool Fair" ¶14 (one blank-line
    # block, ¶10–17); "Methodist Hall, Cobb Street" ¶2
    Query("Nesta Ventress Ambledyke Wool Fair Cobb Street", "363300ef", "cross-paragraph"),
    # "Mr Fennimore has taught the juniors to play it on recorders" ¶11; "the pantomime trip to the Tolchester
    # Playhouse" ¶19; "Mrs J. Pybus, Headteacher" ¶30
    Query("Mr Fennimore recorders Mrs Pybus pantomime", "cf62b071", "cross-paragraph"),
    # "Remedios Olano … un abanico de Carmen que estaba cosiendo" ¶11; "un concierto en la iglesia de San Bartolomé"
    # ¶19
    Query("Remedios Olano abanico de Carmen iglesia de San Bartolomé", "aa7b45ff", "cross-paragraph"),
    # "Геннадий Порошин" ¶13, ¶17, ¶19; "ездили в Калугу" ¶21 (Калуга, another case); "на стадионе «Труд»" ¶23
    Query("Порошин Калуга стадион «Труд»", "c6437adb", "cross-paragraph"),
    # 周德顺 ¶11–25 (发票 with him in ¶17: 周德顺捐出了那本笔记本和公社的第一张电视机发票); "七点钟·四十年"图片展 ¶23
    Query("周德顺 发票 图片展", "b3ea6cc4", "cross-paragraph"),
    # Word forms: the text has another form (none of the forms used is in the new documents)
    # "By 1947 she was threading the reels herself" ¶9 (threading → threaded)
    Query("Phoebe Quelch threaded the reels herself by 1947", "e3ba9df9", "word-form"),
    # "A Swanlough grandmother … after she waded into the sea below Shakespeare Cliff at Dover" ¶3 (waded → wades)
    Query("a Swanlough grandmother wades into the sea below Shakespeare Cliff", "f723d791", "word-form"),
    # "a bulb … burned for about thirteen and a half hours while Edison's men took turns to watch it" ¶8 (took →
    # taking, irregular)
    Query("Edison's men taking turns to watch the bulb", "92c2260a", "word-form"),
    # "a rabid dog had knocked him down on his way to school" ¶7 (knocked → knocks)
    Query("a rabid dog knocks down Joseph Meister on his way to school", "5b58429d", "word-form"),
    # "The storm that struck the coast on Boxing Day … tore forty yards of railing from the promenade" ¶13 (tore →
    # tearing, irregular)
    Query("the Boxing Day storm tearing railing from the promenade", "5628b8bb", "word-form"),
    # "the comedian Ernie Wise made Britain's first call on a mobile phone network" ¶5 (made → making, irregular)
    Query("Ernie Wise making Britain's first mobile phone call", "6264dd4a", "word-form"),
    # "Louis and Auguste Lumière showed ten short films" ¶6 (showed → showing; "shown" ¶18)
    Query("Louis and Auguste Lumière showing ten short films at the Grand Café", "e931d130", "word-form"),
    # "Mr Lightowler will ring the mayor from the top of the church tower" ¶7 (ring → rings)
    Query("Mr Lightowler rings the mayor from the top of the church tower", "6264dd4a", "word-form"),
    # "la coral por fin cantó en el escenario del Liceo" ¶17 (cantó → canta)
    Query("la coral canta por fin en el escenario del Liceo", "aa7b45ff", "word-form"),
    # "una chispa de los trabajos de reparación prendió el telón" ¶9 (prendió → prende)
    Query("una chispa prende el telón del Liceo", "aa7b45ff", "word-form"),
    # "Елисеев и Хрунов в скафандрах перешли через открытый космос в «Союз-4»" ¶11 (перешли → переходят)
    Query("Елисеев и Хрунов переходят через открытый космос в «Союз-4»", "c6437adb", "word-form"),
    # "hang toast in the branches for the robins" ¶8 (hang → hanging)
    Query("hanging toast in the branches for the robins", "f869cd60", "word-form"),
    # Another script or romanisation
    Query("Гертруда Эдерле", "f723d791", "translit"),  # "Gertrude Ederle" ¶5, ¶9, ¶23, ¶25 in Cyrillic
    # "Gertrude Ederle" ¶5 and "Shakespeare Cliff at Dover" ¶3 (Dover again ¶9, ¶11) in Chinese characters
    Query("格特鲁德·埃德尔 多佛", "f723d791", "translit"),
    # "Louis Pasteur's laboratory" ¶9; "The patient was Joseph Meister" ¶7 (and ¶21), in Cyrillic
    Query("Луи Пастер и Жозеф Майстер", "5b58429d", "translit"),
    Query("巴斯德 约瑟夫·迈斯特", "5b58429d", "translit"),  # the same, in Chinese characters
    # "Thomas Edison opened his laboratory at Menlo Park" ¶6 in Cyrillic
    Query("Томас Эдисон Менло-Парк", "92c2260a", "translit"),
    Query("爱迪生 门洛帕克", "92c2260a", "translit"),  # the same, in Chinese characters
    # "in the Salon Indien of the Grand Café … Louis and Auguste Lumière" on "28 December 1895" ¶6 in Cyrillic
    # (genitive plural)
    Query("Гран-кафе Люмьеров 1895", "e931d130", "translit"),
    # "the comedian Ernie Wise … from St Katharine Docks in London" ¶5 in Cyrillic (genitive)
    Query("Эрни Уайза из Сент-Катарин-Докс", "6264dd4a", "translit"),
    # "the curate Joseph Mohr and the schoolmaster Franz Xaver Gruber", "St Nicholas at Oberndorf" ¶9 in Cyrillic
    Query("Йозеф Мор и Франц Ксавер Грубер Оберндорф", "cf62b071", "translit"),
    # "«Союз-4» с Владимиром Шаталовым … «Союз-5» с Борисом Волыновым" ¶9 in Latin letters
    Query("Vladimir Shatalov Boris Volynov", "c6437adb", "translit"),
    Query("Gennady Poroshin", "c6437adb", "translit"),  # "Учитель физики … Геннадий Порошин" ¶13 in Latin letters
    # 桃湾镇 ¶1, ¶15; 当年的放映员周德顺 ¶11, in pinyin
    Query("Taowan Zhou Deshun fangyingyuan", "b3ea6cc4", "translit"),
    # 《新闻联播》开播四十周年 ¶5, ¶7, in pinyin
    Query("Xinwen Lianbo sishi zhounian", "b3ea6cc4", "translit"),
    # accents dropped: "Pasteur reported the case to the Académie des Sciences" ¶13; "laboratory in the rue d'Ulm" ¶9
    Query("Academie des Sciences rue d'Ulm", "5b58429d", "translit"),
    # accents dropped: "Britain saw the Cinématographe at the Regent Street Polytechnic" ¶19
    Query("Cinematographe Regent Street Polytechnic", "e931d130", "translit"),
    # accents dropped: "el vigésimo quinto aniversario del incendio que destruyó el Gran Teatro del Liceo" ¶7
    Query("vigesimo quinto aniversario incendio Liceo", "aa7b45ff", "translit"),
    # Russian
    # "Порошин был тогда семиклассником" ¶13; "покажут тетрадь Порошина" ¶19 (семиклассника: another case)
    Query("тетрадь семиклассника Порошина", "c6437adb", "russian"),
    Query("кружок юных космонавтов «Стыковка»", "c6437adb", "russian"),  # ¶17
    # "кружковцы ездили в Калугу … а в этом году они собираются в Звёздный городок" ¶21
    Query("кружковцы в Калуге и Звёздном городке", "c6437adb", "russian"),
    # Spanish
    # "el incendio que destruyó el Gran Teatro del Liceo de Barcelona el 31 de enero de 1994" ¶7
    Query("el incendio del Gran Teatro del Liceo de Barcelona", "aa7b45ff", "spanish"),
    Query("la coral Santa Cecilia de Almenarejo", "aa7b45ff", "spanish"),  # ¶13
    # "los nombres de los cantores que se quedaron sin aquella función de 1994" ¶25
    Query("los cantores que se quedaron sin aquella función", "aa7b45ff", "spanish"),
    # "el ayuntamiento ha organizado un viaje a Barcelona para los socios de la coral" ¶23
    Query("viaje a Barcelona para los socios de la coral", "aa7b45ff", "spanish"),
    # Chinese
    Query("会议室的窗台都被挤坏了", "b3ea6cc4", "chinese"),  # ¶13
    Query("七点钟的约会", "b3ea6cc4", "chinese"),  # title line ¶5
    Query("老物件 展览 笔记本", "b3ea6cc4", "chinese"),  # "老物件"展览，周德顺捐出了那本笔记本 ¶17
    Query("集体收看 新闻联播", "b3ea6cc4", "chinese"),  # 组织集体收看《新闻联播》 ¶25
    # Mentions and zero-width spaces
    # "PIER PAVILION AT TWENTY-FIVE" ¶6; "free backstage tours every hour" ¶12
    Query("<@5520> Pier Pavilion\u200b backstage tours", "df77ecc7", "mention-noise"),
    # "We wassail the trees twice each winter: on Twelfth Night … and again on Old Twelfth Night, 17 January" ¶7
    Query("@everyone wassail\u200b Old Twelfth Night", "f869cd60", "mention-noise"),
    # "the first Crowdale Farmers' Market" ¶13; "raised £180 for the Crowdale Scouts" ¶15
    Query("<#203> Crowdale Farmers' Market\u200b Scouts", "c1885eb4", "mention-noise"),
    # Typos
    Query("Phebe Quelsh Kinema", "e3ba9df9", "typo"),  # "Phoebe Quelch … the Illsworth Kinema" ¶3, ¶5 (1 edit each)
    # "Maureen Tallentire … swam the Channel … after Gertrude Ederle" ¶5 (1 edit each)
    Query("Tallentyre Ederly Channel swim", "f723d791", "typo"),
    # "FOTHERCOMBE ECHO" ¶1; "Fothercombe remembers Pasteur" ¶3; "a vaccine against rabies" ¶5 (1 edit + 2)
    Query("Fothercomb Pastuer rabies", "5b58429d", "typo"),
    # Names
    Query("Amos Trethowan", "5b58429d", "name"),  # "the town's doctor, Amos Trethowan" ¶15 (and ¶25)
    Query("Barry Lightowler", "6264dd4a", "name"),  # "The owner, Barry Lightowler" ¶6
    Query("Mags Lanyon", "363300ef", "name"),  # "steeking workshop with Mags Lanyon" ¶11
    Query("Neville Ormshaw", "e931d130", "name"),  # "the society's president, Neville Ormshaw" ¶15
    # Phrases
    Query("none the worse, and talking French to the sheepdog", "5b58429d", "phrase"),  # ¶17
    Query("with both films the right way up", "e3ba9df9", "phrase"),  # ¶9
    Query("My knees are sixty next year", "f723d791", "phrase"),  # ¶27
    # Questions
    # "Louis and Auguste Lumière showed ten short films to thirty-three paying customers" ¶6
    Query("how many paying customers saw the first Lumière show?", "e931d130", "question"),
    # "a bulb with a filament of carbonised cotton thread burned for about thirteen and a half hours" ¶8
    Query("how long did the carbonised cotton thread bulb burn?", "92c2260a", "question"),
    Query("how many injections did Joseph Meister have?", "5b58429d", "question"),  # "thirteen injections" ¶11
    # "The new Pier Pavilion opened last night, Thursday 12 June" ¶5 (dateline 1986, ¶3); the council's release:
    # "twenty-five years old on Sunday 12 June … ever since it opened twenty-five years ago to the day" (df77ecc7 ¶8–10)
    Query("when did the new Pier Pavilion open?", "fda770e3", "question", also=("df77ecc7",)),
    # "More than three thousand people came to the first Crowdale Farmers' Market" ¶13
    Query("how many people came to the first Crowdale Farmers' Market?", "c1885eb4", "question"),
    # "a carter was fined five shillings for driving his wagon on the footpath in Bridge Street" ¶21
    Query("what was the fine for driving a wagon on the footpath in Bridge Street?", "338471ee", "question"),
    # Topics
    # "Bunting is going up in Market Row for the Coronation … the biggest street party" ¶21; "the Market Row Traders'
    # Association" ¶24
    Query("Coronation street party Market Row Traders' Association", "551ca673", "topic"),
    # "The council's beach huts reopen" ¶22; "the first Casterwick Hut Festival" ¶23; "The sand-sculpture contest"
    # ¶24
    Query("beach huts reopen Hut Festival sand-sculpture contest", "2bc38881", "topic"),
    Query("Apple Day longest-peel contest", "f869cd60", "topic"),  # "Our Apple Day … a longest-peel contest" ¶21
    # "sang 'Stille Nacht' for the very first time" at "Oberndorf" ¶9; "at the concert on Tuesday 14 and Wednesday 15
    # December" ¶11 ("This year our Christmas concert has a special theme" ¶9)
    Query("Stille Nacht Oberndorf Christmas concert", "cf62b071", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Neville Ormshaw is the Brindleholt Film Society's president (e931d130 ¶15); the Pier Pavilion is Casterwick's
    # (df77ecc7, fda770e3)
    "Neville Ormshaw Pier Pavilion",
    # Gwen Abberley plays the piano at the centenary show (e931d130 ¶10); the tea dances are the Pavilion's (df77ecc7
    # ¶10, ¶16)
    "Gwen Abberley tea dance",
    # Barry Lightowler is the 1990 carphone cutting's (6264dd4a ¶6–7); the Diamond Jubilee party is in the coronation
    # cutting (551ca673 ¶21–22), which names no one
    "Barry Lightowler Diamond Jubilee",
    # Nesta Ventress is the knitting guild's (363300ef ¶10); Apple Day is Pennicott's (f869cd60 ¶21)
    "Nesta Ventress Apple Day",
    # Stan Crewe of Folkestone is Maureen Tallentire's pilot (f723d791 ¶13); the Pier Pavilion is Casterwick's
    "Stan Crewe Pier Pavilion",
    # Dean Ashworth is Ketterwick's hurdler (338471ee ¶6); the Regatta Mile is Swanlough's (f723d791 ¶21)
    "Dean Ashworth Regatta Mile",
    # Len Cottrill was the Illsworth Kinema's chief projectionist (e3ba9df9 ¶9); the Roxy in Mill Lane is Brindleholt's
    # (e931d130 ¶1)
    "Len Cottrill Roxy Mill Lane",
    # Remedios Olano saved a fan from the Liceo (aa7b45ff ¶11); "Stille Nacht" is Wendhope's concert (cf62b071 ¶9)
    "Remedios Olano Stille Nacht",
    # Dr Ifeoma Okoro speaks on "Pasteur's Boy" (5b58429d ¶25); Menlo Park is Edison's (92c2260a ¶6)
    "Ifeoma Okoro Menlo Park",
    # Pat Dewhurst is the knitting guild's secretary (363300ef ¶28); the wassail is Pennicott's (f869cd60 ¶6–9)
    "Pat Dewhurst wassail",
    # Mrs J. Pybus is Wendhope's headteacher (cf62b071 ¶30; Tolchester there only for the Playhouse ¶19 and the baths
    # ¶21); the Tolchester Knitting Guild's letter is signed by Pat Dewhurst (363300ef ¶28)
    "Mrs Pybus Tolchester Knitting Guild",
    # "The sand-sculpture contest will go ahead on Saturday 15 August" (2bc38881 ¶24); no winner
    "who won the Casterwick sand-sculpture contest?",
    "how much does it cost to hire a Casterwick beach hut?",  # 2bc38881 ¶22: "reopen for hire", no price
    # "Our Apple Day is on 21 October, with apple identification, tastings of all nineteen varieties" (f869cd60 ¶21);
    # no hour (the 9am is the pressing days', ¶18; 3pm the blossom walks', ¶15)
    "at what hour do the Pennicott Apple Day tastings begin?",
    # "un abanico de Carmen que estaba cosiendo" (aa7b45ff ¶11); no singer, no cast
    "¿quién cantaba Carmen en el Liceo en 1994?",
    # "on Monday 17 March 1947 she ran her first show alone, a double bill" (e3ba9df9 ¶9); the films are not named
    "which film did Phoebe Quelch show on her first night alone in 1947?",
    # "at the concert on Tuesday 14 and Wednesday 15 December at 2pm" (cf62b071 ¶11); no length, no end
    "how long is the Wendhope Christmas concert?",
    # "bitten by a stray dog on the 9th" (5b58429d ¶15); no name
    "what was the name of the stray dog that bit Jethro Dunnage?",
    # "He had already filed his patent application, on 4 November" (92c2260a ¶10); no cost
    "how much did Edison's patent application cost?",
    # the Kingscote bottle-and-lamp fair (92c2260a ¶14–18); no attendance (the three thousand are Menlo Park's, ¶6)
    "how many people came to the Kingscote lamp fair?",
    # "the bee-keepers open the observation hive" (f869cd60 ¶15); no breed
    "what breed of bees do the Pennicott bee-keepers keep?",
    # "The visit by the burgomaster of our Belgian twin town, Sint-Aldegem" (5628b8bb ¶14); not named
    "who was the burgomaster of Sint-Aldegem?",
    # the manager "promised a rock and roll evening" (338471ee ¶15); no price, no date
    "what did the Majestic Ballroom's rock and roll evening cost?",
    # "the hospice where her husband, Ron, was nursed" (f723d791 ¶17); not named
    "which hospice nursed Ron Tallentire?",
    # "the new mast on Beacon Hill, switched on on 14 December" (6264dd4a ¶6); by whom is not said
    "who switched on the Beacon Hill mast?",
    # Pendlebury is not in the corpus; the community orchard and its wassail are Pennicott's (f869cd60)
    "Pendlebury community orchard wassail",
    # Scarborough is not in the corpus; the Pier Pavilion's birthday is Casterwick's (df77ecc7)
    "Scarborough Pier Pavilion birthday",
    # Whitby is not in the corpus; the swimming grandmother is Swanlough's (f723d791 ¶3)
    "Whitby Channel swim grandmother",
    # Kettering is not in the corpus; the skateboard ramp is Ketterwick's, in Brickfield Park (338471ee ¶6)
    "Kettering skateboard ramp",
    # the docking of «Союз-4» and «Союз-5» (c6437adb ¶7–11); no altitude
    "на какой высоте состыковались «Союз-4» и «Союз-5»?",
    # "А 17-го учительница отпустила нас с последнего урока" (c6437adb ¶15); the teacher is not named
    "как звали учительницу, которая отпустила ребят с урока?",
    # "El Liceo volvió a abrir sus puertas cinco años después" (aa7b45ff ¶15); no cost
    "¿cuánto costó la reconstrucción del Liceo?",
    # the trip "del 27 de diciembre al 3 de enero" (aa7b45ff ¶23), the 1994 bus (¶13); no hour
    "¿a qué hora sale el autobús a Barcelona?",
    # 当年的放映员周德顺今年七十六岁了 (b3ea6cc4 ¶11); when he became the projectionist is not said
    "周德顺 哪一年 开始 当 放映员",
    # 1978年1月1日，《新闻联播》第一次播出 (b3ea6cc4 ¶9); no presenter named
    "新闻联播 第一位 播音员",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind129/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
