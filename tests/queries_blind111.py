"""A hundred-and-eleventh lookup query set, the fifty-sixth round's BLIND set (written in the fifty-fifth session):
committed unscored, scored once at the end of the round, and not read while the search is tuned (nobody looks at
these queries or at a score on them before then; once it has been scored, a score on it is in-sample). Its
writer reported its counts only (by kind and corpus), never its queries, names or subjects. It is RICH IN
UNANSWERABLE QUERIES, and is laid out as tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind109.py and tests/queries_blind110.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words and the mention tokens left out)
  with every earlier query (some fifteen thousand), and with the other queries of this set, while the
  set was being written; a query sharing more than half of its words with any one of them was replaced.
  The seeds are exhausted: nearly every name, pair of names, transcription, short phrase and natural
  question about them had been used already, and about four in five of the seed drafts (some two hundred
  and fifty of three hundred) were near-copies, so the seed queries here are mostly longer joins of
  passages (cross-paragraph), rarer misspellings and phrases no earlier query took, and there are fewer
  of them than in earlier sets; the new documents carry more.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind123/docs, copied as ONE
  corpus into a subfolder blind123/ (see NEWDOCS_DIRS). Three of its files are split by the loader into
  several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 16 + 10 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 1 + 7
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 11 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, a film's Chinese title, Latin
letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 1 + 3,
spanish 2 + 3, chinese 1 + 3, mention-noise 1 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 5 + 3 (1–2 edits a word), name 0 + 3, phrase 2 + 3, question 2 + 5,
topic 1 + 4: 33 + 58 answerable, and 12 + 37 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won a race, beat a team, opened a track, scored a goal, sang a part, conducted an orchestra, presented a
programme or handed over a prize; who a first head teacher, a guide or a classmate was; in which year a
chairwoman was elected; what a building, a course, a workshop weekend, a season ticket, a journey or a
railway ticket cost; at what time a society meets; which hotel; how many robots); a place the corpus does
not hold (two or more edits from anything in it, or simply absent) joined to a subject it does; Russian,
Spanish and Chinese ones. Each shares one or more words with its corpus on purpose, and every article
holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (a line, title line included: in seeds/000–003
each line, as in the earlier sets, in seeds/004 each blank-line paragraph, which is one line, and in the
new documents, which have no blank lines inside their bodies, each line) holds all of the query's words.
For word-form queries it checked that the form the query uses is not in the corpus (or, where it is, in
which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind123/docs/* into ONE temporary
# corpus folder under the subfolder blind123/: files are then "blind123/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind123/docs",)
NEWDOCS_SUBDIRS = ("blind123",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "0133d0b5": "OBITUARY",
    "bb846d36": "BILSWORTH PRIMARY SCHOOL",
    "af45c235": "COWMARSH & DISTRICT ADVERTISER",
    "ad37b850": "DIMBLEFORD BARN CRAFTS",
    # en_farrowdale_gazette_years_ago.txt, split by the loader: the three "years ago" items (¶2–18) and the
    # Gazette's own birthday (¶20–23); the masthead, "FARROWDALE GAZETTE" (¶1), belongs to neither
    "e063b989": "THE WAY WE WERE",
    "017383ea": "NEXT WEEK",
    "196bf530": "FIXER AND HYPO",
    "3b7f87ef": "GIMMERBY NETBALL CLUB",
    "16cf60e6": "MABBLETON OPERATIC SOCIETY",
    "4d7f45ef": "PALDERTON BOROUGH COUNCIL",
    # en_palderton_observer_digest.txt, split by the loader: the council vote of 1988 (¶4–7), the opening of 1991
    # (¶10–14), the museum loan (¶17–22); the "----" rules at ¶8 and ¶15 come out as articles of their own
    # (87969280, 87969280-2, titled by the rule), and the header (¶1) and the datelines (¶3, ¶9, ¶16) belong to none
    "866c230c": "COUNCIL SAYS YES TO CYCLE TRACK",
    "87969280": "----------------------------------------",
    "8e375ce6": "VELODROME OPENS TODAY",
    "87969280-2": "----------------------------------------",
    "e63c24d3": "A MUSEUM'S BIRTHDAY, AND A LOAN FOR PALDERTON",
    # en_scollbury_herald_sport_digest.txt, split by the loader: the bowls (¶4–7), the cricket (¶10–14), the 10K
    # (¶17–21); the "----" rules at ¶8 and ¶15 come out as articles of their own (41b8f2bb, 41b8f2bb-2, titled by
    # the rule), and the header (¶1) and the datelines (¶3, ¶9, ¶16) belong to none of them
    "745874b0": "BOWLS: TRIPLES TITLE FOR SCOLLBURY LADIES",
    "41b8f2bb": "----------------------------------------",
    "6714ba44": "CRICKET: THIRTY YEARS OF THE ONE-DAY GAME",
    "41b8f2bb-2": "----------------------------------------",
    "38c0f644": "RUNNING: HARRIERS BACK ON THE ROAD",
    "4d2c2a16": "STARNHOLME ECHO",
    "d7ccda77": "EL ECO DE MIRABUENO",
    "22a1eef5": "«Тополинский вестник»",
    "0b396150": "桑溪镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files (which have no blank lines inside their bodies: each line is a paragraph).

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "He compared this achievement to the victory of the Soviet Red Army" ¶37; "a milestone of global
    # significance" ¶55; "this criminal, colonial, savage war" ¶57; Maduro ¶33–57
    Query("Maduro compared the Red Army milestone savage war", "f78fdcd6", "cross-paragraph"),
    # "the outstanding theoretical and practical contributions of Xi Jinping Thought" ¶97; "the Cuban people persevere
    # on the path of socialism" ¶99; "the arbitrary 'list of state sponsors of terrorism'" ¶101; Díaz-Canel ¶85, ¶89
    Query("theoretical contributions persevere arbitrary list Díaz-Canel", "d807680a", "cross-paragraph"),
    # "friendly neighbours connected by mountains and rivers … inject sustained momentum" ¶197; "the BRICS, the G20"
    # ¶191; "the foundation, the bedrock of our achievements" ¶195
    Query("mountains and rivers inject sustained momentum G20 bedrock", "c061f0a1", "cross-paragraph"),
    # "Staying True to SCO Founding Mission and Ushering in a Better Future" ¶431; "the multidimensional connectivity
    # network" ¶433; "the SCO Development Strategy to 2035" ¶443
    Query("Ushering multidimensional connectivity 2035", "9e49ddff", "cross-paragraph"),
    # "commodified cultural access in the West" ¶539; "Concrete examples from Botswana, Laos, Nepal, and Egypt" ¶537;
    # "Illiteracy was rife" ¶555
    Query("commodified Botswana Nepal illiteracy", "6710eba1", "cross-paragraph"),
    # "growing asymmetry in the relationship" line 13; "constituted genocide" line 40; "all forms of 'Taiwan
    # independence'" line 51
    Query("asymmetry genocide Taiwan independence", "b39d8185", "cross-paragraph"),
    # "un sistema de platos hondos y frijoles" ¶315; "una fábrica de Lenovo … tecnología avanzada a escuelas rurales"
    # ¶339
    Query("platos hondos y frijoles Lenovo escuelas rurales", "dde32893", "cross-paragraph"),
    # "The Vietnamese newspaper Nhân Dân reported" ¶145 (and ¶151); "closely tied to the heartfelt support of the Lao
    # party" ¶147; "The Lao News Agency KPL reported … the third time" ¶163
    Query("Nhân Dân heartfelt support KPL third time", "20f574be", "cross-paragraph"),
    # "She excoriated the racist and sexist stereotyping … We have our rigid code of behaviour" ¶119; "a court in Warsaw
    # trying a Nazi for his part in the Holocaust" ¶125
    Query("excoriated rigid code of behaviour Warsaw court Holocaust", "ccf1d4fa", "cross-paragraph"),
    # "The Bloomberg financial news service … Tariff blackmail is being normalised as an instrument" ¶463; "South
    # African President Ramaphosa … the trade upheaval" ¶467
    Query("Bloomberg normalised instrument Ramaphosa upheaval", "e065690c", "cross-paragraph"),
    # "a time-honoured friendship" ¶257; "market regulation, metrology, and media" ¶261; "the country's vibrant
    # development … development and revitalisation" ¶265
    Query("time-honoured friendship metrology media vibrant revitalisation", "0e5d6094", "cross-paragraph"),
    # "the North East Anti-Japanese United Army (Noraa)" line 3; "meticulous verification of historical records" line
    # 11; "while labor-intensive" line 12; "called for the exclusion of China's Victory Parade" line 14
    Query(
        "North East Anti-Japanese United Army labor-intensive verification Victory Parade exclusion",
        "097182f6",
        "cross-paragraph",
    ),
    # "across Asia, Europe, Africa and Oceania … paying the most painful price in human history" line 35;
    # "beautifying Nazis, militarists and their accomplices" line 39
    Query("Africa Oceania paying the most painful price beautifying Nazis", "424ab945", "cross-paragraph"),
    # "Denis Sassou Nguesso" ¶23; "an early harvest arrangement with China" ¶25; "Slovak Prime Minister Robert Fico"
    # ¶13; "the only member state of NATO and the EU" ¶21
    Query("Sassou Nguesso early harvest arrangement Fico only NATO member", "faecd2e1", "cross-paragraph"),
    # "founding President Kim Il Sung participated in the 1959 tenth anniversary celebrations" ¶219; "Arriving in the
    # afternoon of September 2 … at Beijing Railway Station by … Yin Yong, Mayor of Beijing" ¶221
    Query("Kim Il Sung tenth anniversary Yin Yong Beijing Railway Station afternoon", "eca32116", "cross-paragraph"),
    # "the improvement of people's livelihood … China's productive presidency" ¶209; "the over 200 million Pakistani
    # people … China's selfless support" ¶213
    Query("livelihood productive presidency selfless support 200 million Pakistani", "3a9fa4ed", "cross-paragraph"),
    # Word forms: the text has another form
    # "It Seeks to Reframe Global Governance Through Multipolar Institutions" line 14 (Reframe → reframing; "reframing"
    # is nowhere in the corpus)
    Query("the joint statement reframing global governance through multipolar institutions", "b39d8185", "word-form"),
    # Another script or romanisation
    # "'The Children of Huang Shi'" ¶491, the film about George Hogg, under its Chinese release title, and Hogg's
    # Chinese name
    Query("黄石的孩子 何克", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Dr. Norman Bethune, heir to a Scottish family of doctors" and "Eric Liddell, the Scottish Olympic champion" ¶275
    # ("about Norman Bethune and Eric Liddell")
    Query("о Нормане Бетьюне и Эрике Лидделле", "7ab1f62c", "russian"),
    # Spanish
    # "(16 largos años después del 6to Congreso, porque estaban luchando contra el imperialismo japonés y el KMT)" ¶315
    Query("estaban luchando contra el imperialismo japonés y el KMT", "dde32893", "spanish"),
    # "la tecnología fue increíble. Desde pequeños robots que toman el elevador" ¶329
    Query("la tecnología fue increíble, pequeños robots", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "the China-Myanmar Economic Corridor" ¶417 and "The China-Myanmar pauk-phaw (brotherly) friendship" ¶415/419, by
    # their Chinese names
    Query("中缅经济走廊 胞波", "26d64f12", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "he remains one of Scotland's most admired sports figures" ¶287; Eric Liddell ¶283–291
    Query("@here Scotland's most admired sports figures\u200b Liddell", "7ab1f62c", "mention-noise"),
    # Typos (1–2 edits)
    # "Igor Sergeenko" ¶157, "Vladimir Vladimirovich Yakushev" ¶158, "President Kaysone Phomvihane" ¶167
    Query("Sergienko Yakoushev Phomvihanne", "20f574be", "typo"),
    Query("Mirzijojev Shavkhat", "3a9fa4ed", "typo"),  # "Uzbek President Shavkat Mirziyoyev" ¶207
    # "Aleksandr Lukashenko" ¶263, "Nikol Pashinyan" ¶257, "metrology" ¶261
    Query("Lukashenka Pashiniyan metrologie", "0e5d6094", "typo"),
    # "Zimbabwean President Emmerson Mnangagwa" ¶5; "Slovak Prime Minister Robert Fico" ¶13
    Query("Emmerson Mnangagva Fitso", "faecd2e1", "typo"),
    # "starring Jonathan Rhys Meyers as Hogg" and "'The Children of Huang Shi'" ¶491
    Query("Rhys Myers Huang Shih", "ac7222d4", "typo"),
    # Phrases
    # "the Japanese attack on Central China will be followed by a German fascist outbreak in Central Europe" ¶509
    Query("a German fascist outbreak in Central Europe", "ac7222d4", "phrase"),
    # "The Chinese nation is a great nation that is never intimidated by any bullies and always values independence
    # and forges ahead" ¶381
    Query("the Chinese nation always values independence and forges ahead", "38a7d84f", "phrase"),
    # Questions
    # "Kim Jong Un joined Russian President Vladimir Putin in flanking Chinese President Xi Jinping on the rostrum of
    # Tienanmen Square" ¶219 (38a7d84f ¶377 has the square but not the rostrum)
    Query("which leaders flanked Xi on the rostrum of Tienanmen Square?", "eca32116", "question"),
    # "in a speech in Buckingham Palace, President Xi Jinping recalled … he mentioned one individual in particular"
    # ¶479–481; "George Hogg died of tetanus" ¶483
    Query("which individual did Xi mention in particular at Buckingham Palace?", "ac7222d4", "question"),
    # Topics
    # "Jodie Evans (Co-founder of Code Pink)" ¶365; "Organisers … This webinar is organised jointly by the
    # International Manifesto Group and Friends of Socialist China" ¶371–373
    Query("Code Pink International Manifesto Group webinar organisers", "d89fdf72", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Jenny Clegg is a webinar speaker (d89fdf72 ¶366) and writes for SACU (ac7222d4 ¶513); Fudan University is the
    # delegation's (6710eba1 ¶541)
    "Jenny Clegg Fudan University",
    # Igor Sergeenko is a guest in Hanoi (20f574be ¶157); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Igor Sergeenko Minyuan Stadium",
    # "una fábrica de robótica" in Shanghai (dde32893 ¶339), "robotics in industry" (6710eba1 ¶541); no numbers
    "how many robots did the Shanghai robotics factory build each day?",
    # "uno de los 'Centros del Partido,' donde nuestros guías nos dijeron" (dde32893 ¶345); no guide is named
    "what was the name of the guide at the Jiayuguan Party Centre?",
    # King Norodom Sihamoni (5a5d8582 ¶235–241); the Caracas monument is f78fdcd6's
    "Norodom Sihamoni Caracas monument",
    # Shehbaz Sharif (3a9fa4ed ¶211–213); Ho Chi Minh's Stilt House is 362ba691's (¶75)
    "Shehbaz Sharif Stilt House",
    # Kim Jong Un (eca32116); Fudan University is 6710eba1's (¶541)
    "Kim Jong Un Fudan University",
    # Thongloun (20f574be) and Lukashenko (0e5d6094) in Cyrillic: no article names both (20f574be ¶157 names only
    # Belarus's Speaker, Igor Sergeenko)
    "Тонглун и Лукашенко",
    # Delcy Rodríguez (f78fdcd6 ¶33, ¶53); the Yasukuni Shrine is b39d8185's (line 41)
    "Delcy Rodríguez Yasukuni Shrine",
    # Sydney Loving's delegation went to Xi'an, Yan'an, Dunhuang, Jiayuguan and Shanghai (dde32893 ¶307); Ho Chi Minh's
    # Mausoleum is Zhao Leji's visit (362ba691 ¶75)
    "Sydney Loving en el Mausoleo de Ho Chi Minh",
    # the China-Laos Railway (20f574be ¶139, ¶179), in Chinese; no ticket price
    "中老铁路 票价",
    # Mombasa is not in the corpus; the Forum on China-Africa Cooperation's Beijing Summit is faecd2e1's (¶9, ¶27)
    "Mombasa Forum on China-Africa Cooperation",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Bernard Voyce, television cameraman" ¶2 (and ¶4); "He was born in Salford" ¶5; "growing sweet peas" ¶12
    Query("Bernard Voyce Salford sweet peas", "0133d0b5", "cross-paragraph"),
    # "Miss Clemency Stott of Chapel Yard" ¶17; "The Lido closed early this afternoon when a swan refused to leave the
    # deep end" ¶12 (the swan again ¶13)
    Query("Clemency Stott Lido swan", "e063b989", "cross-paragraph"),
    # "Hubert Asquill, then the village constable" ¶6 (and ¶19); "its first Moss Night" ¶9; "Last year's Moss Night …
    # was cut short by a thunderstorm" ¶10
    Query("Hubert Asquill Moss Night thunderstorm", "af45c235", "cross-paragraph"),
    # "Edmond Halley wrote to Isaac Newton" ¶6 (Halley ¶8–9); "Samuel Pepys, as the society's President" ¶8; "the
    # Reverend Josiah Threlkeld … for eleven shillings" ¶10
    Query("Halley Pepys Threlkeld eleven shillings", "4d2c2a16", "cross-paragraph"),
    # "Anselmo Cuadrillero, hijo del herrero del pueblo" ¶7; "salió de Irún en tren el 22 de agosto" ¶8; "en la casa
    # natal de Anselmo, en la calle del Horno" ¶16
    Query("Anselmo Cuadrillero Irún calle del Horno", "d7ccda77", "cross-paragraph"),
    # "Анна Кузьминична Лаптева … отправила писателю поздравительную телеграмму" ¶7; "кружок поставил в клубе отрывок
    # из «Тихого Дона»" ¶9
    Query("Лаптева телеграмму Тихого Дона", "22a1eef5", "cross-paragraph"),
    # 周德顺那年二十三岁，在镇邮电所当投递员 ¶8; 周德顺的那几枚猴票一直压在玻璃板下面 ¶11
    Query("周德顺 投递员 玻璃板", "0b396150", "cross-paragraph"),
    # "Mrs Hadderton, who has taught in Class 3 for twenty-two years" ¶18; "dressed as Victorian pupils" ¶14; "the new
    # climbing frame" ¶17
    Query("Mrs Hadderton Victorian pupils climbing frame", "bb846d36", "cross-paragraph"),
    # "our coach of many years, Tessa Wrangham" ¶13; "Our leap-day tournament returns" ¶8; "at the outdoor centre in
    # Kelldale" ¶12
    Query("Tessa Wrangham leap-day tournament Kelldale", "3b7f87ef", "cross-paragraph"),
    # "François Arago stood up … how Louis Daguerre made his pictures" ¶7; "a sixth-plate daguerreotype of a woman"
    # ¶9; "the Halide Collective hopes to hold a full weekend of workshops" ¶17
    Query("Arago sixth-plate daguerreotype Halide Collective", "196bf530", "cross-paragraph"),
    # Word forms
    # "He retired on his fifty-seventh birthday, 3 June" ¶12 (retired → retiring; "retiring" is nowhere in the corpus)
    Query("Bernard Voyce retiring on his fifty-seventh birthday", "0133d0b5", "word-form"),
    # "after a dress rehearsal on the 12th that ran so late the caretaker locked the cast inside" ¶6, of the "Bohème"
    # "staged in the Drill Hall" (locked → locking)
    Query("the caretaker locking the cast inside the Drill Hall", "16cf60e6", "word-form"),
    # "The Lido closed early this afternoon when a swan refused to leave the deep end" ¶12 (refused → refusing)
    Query("a swan refusing to leave the deep end of the Lido", "e063b989", "word-form"),
    # "Halley paid for the printing himself" ¶9; the Principia ¶4, ¶7 (paid → paying, irregular)
    Query("Halley paying for the printing of the Principia himself", "4d2c2a16", "word-form"),
    # "в Стокгольме Михаил Шолохов получил Нобелевскую премию по литературе" ¶6 (получил → получает)
    Query("Шолохов получает Нобелевскую премию в Стокгольме", "22a1eef5", "word-form"),
    # "después de tres noches mal dormidas y de perder una maleta en París" ¶8 (perder → pierde, stem-changing)
    Query("Anselmo pierde una maleta en París", "d7ccda77", "word-form"),
    # "Scollbury Harriers' 10K returns to the town centre this morning" ¶18 (returns → returning)
    Query("Scollbury Harriers' 10K returning to the town centre", "38c0f644", "word-form"),
    # Another script or romanisation
    Query("Бернард Войс", "0133d0b5", "translit"),  # "Bernard Voyce" ¶2/4 in Cyrillic
    # "François Arago … how Louis Daguerre made his pictures" ¶7 in Cyrillic
    Query("Араго и Дагер", "196bf530", "translit"),
    Query("阿拉戈 达盖尔", "196bf530", "translit"),  # the same, in Chinese characters
    # "Edmond Halley wrote to Isaac Newton" ¶6; "Samuel Pepys" ¶8, in Cyrillic
    Query("Ньютон Галлей Пипс", "4d2c2a16", "translit"),
    # Newton ¶6–7, Halley ¶6–9 and "a quarrel with Robert Hooke" ¶9 in Chinese characters
    Query("牛顿 哈雷 胡克", "4d2c2a16", "translit"),
    # "Учительница литературы Анна Кузьминична Лаптева" ¶7 in Latin letters
    Query("Anna Kuzminichna Lapteva", "22a1eef5", "translit"),
    # 老集邮迷周德顺 … 在镇邮电所当投递员 ¶8; 猴票 ¶6–12, in pinyin
    Query("Zhou Deshun youdiansuo houpiao", "0b396150", "translit"),
    # 这枚由黄永玉绘制的金丝猴邮票 ¶6 in pinyin
    Query("Huang Yongyu jinsihou youpiao", "0b396150", "translit"),
    # accents dropped: "La nieta, Encarnación Cuadrillero, de 71 años" ¶14
    Query("Encarnacion Cuadrillero", "d7ccda77", "translit"),
    # "the British Museum first opened its doors … at Montagu House in Bloomsbury" ¶18 (Bloomsbury again ¶20), in
    # Cyrillic
    Query("Монтегю-хаус Блумсбери", "e63c24d3", "translit"),
    # "Groundsman Eric Tolley said the square was 'under water, like Melbourne'" ¶14 (Melbourne ¶11–12), in Cyrillic
    Query("Эрик Толли Мельбурн", "6714ba44", "translit"),
    # Russian
    # "в районной библиотеке откроется выставка «Тополинск читает Шолохова»" ¶10
    Query("выставка «Тополинск читает Шолохова»", "22a1eef5", "russian"),
    # "Встречи с читателями пройдут 15 и 17 декабря в читальном зале" ¶12
    Query("встречи с читателями в читальном зале", "22a1eef5", "russian"),
    # "Библиотека проводит шолоховские чтения не впервые" ¶13; "чтения пройдут уже в новом здании библиотеки" ¶14
    Query("шолоховские чтения в новом здании библиотеки", "22a1eef5", "russian"),
    # Spanish
    # "organiza un partido de veteranos en el campo municipal, con una camiseta roja como la de entonces" ¶11
    Query("partido de veteranos con una camiseta roja", "d7ccda77", "spanish"),
    # "la peña ya celebró un torneo de fútbol siete en memoria de Anselmo" ¶12
    Query("torneo de fútbol siete en memoria de Anselmo", "d7ccda77", "spanish"),
    # "La peña agradece la colaboración de la familia Cuadrillero y del archivo municipal" ¶19
    Query("la familia Cuadrillero y el archivo municipal", "d7ccda77", "spanish"),
    # Chinese
    Query("猴票三十年 纪念展", "0b396150", "chinese"),  # 举办"猴票三十年"纪念展 ¶12
    Query("少儿集邮兴趣班", "0b396150", "chinese"),  # 协会计划在文化站开设少儿集邮兴趣班 ¶18
    Query("方寸之间 集邮知识讲座", "0b396150", "chinese"),  # 举办了"方寸之间"集邮知识讲座 ¶14
    # Mentions and zero-width spaces
    # "Club kit can be ordered by email from our kit secretary, Moira Pennycuick" ¶17
    Query("<@4471> Moira Pennycuick\u200b club kit", "3b7f87ef", "mention-noise"),
    # "Our last event is a stool-making day on 12 December" ¶21; "DIMBLEFORD BARN CRAFTS" ¶1
    Query("@everyone stool-making day\u200b Dimbleford", "ad37b850", "mention-noise"),
    # "the retired curator Owain Pellatt will give a talk, 'Bodies in the Bog'" ¶15
    Query("<#301> Owain Pellatt\u200b Bodies in the Bog", "af45c235", "mention-noise"),
    # Typos
    # "STARNHOLME ECHO" ¶1, "THREE HUNDRED YEARS OF THE PRINCIPIA" ¶4 (1 edit each)
    Query("Starnhome Principa", "4d2c2a16", "typo"),
    Query("Gimerby netbal", "3b7f87ef", "typo"),  # "GIMMERBY NETBALL CLUB" ¶1 (1 edit each)
    # "DIMBLEFORD BARN CRAFTS" ¶1 (2 edits), "Chair caning" ¶2 (1 edit)
    Query("Dimbelford chair canning", "ad37b850", "typo"),
    # Names
    Query("Idris Fennimore", "e63c24d3", "name"),  # "Curator Idris Fennimore said" ¶22
    Query("Kezia Oldroyd", "38c0f644", "name"),  # "Race director Kezia Oldroyd" ¶21
    # "Two of that 1952 cast, Eileen Strawbridge and Colin Ferrabee" ¶7
    Query("Eileen Strawbridge Colin Ferrabee", "16cf60e6", "name"),
    # Phrases
    Query("Keep the singer in the middle, and never trip over the cables", "0133d0b5", "phrase"),  # ¶20
    Query("the moss keeps everything, and one day it gives it back", "af45c235", "phrase"),  # ¶12
    Query("so that working men may have the use of it", "e063b989", "phrase"),  # the reading room, ¶18
    # Questions
    # "Bilsworth Board School opened its doors on 11 January 1899 with one teacher, one monitor and thirty-eight
    # children" ¶11
    Query("on its opening day in 1899, how many children did Bilsworth Board School have?", "bb846d36", "question"),
    # "The track is 333 metres long and is lit for evening use" ¶23
    Query("how long is the Palderton velodrome track?", "4d7f45ef", "question"),
    # "The Gazette itself will be a hundred and fifty years old … The first number was printed on 13 August 1852"
    # ¶21 ("FARROWDALE GAZETTE" is the masthead, ¶1, in no article; Farrowdale is in e063b989 ¶16)
    Query("when was the first number of the Farrowdale Gazette printed?", "017383ea", "question"),
    # "the Reverend Josiah Threlkeld records that he bought it … for eleven shillings" ¶10
    Query("what did the Reverend Threlkeld pay for the Principia?", "4d2c2a16", "question"),
    # "the first one-day international, at Melbourne on 5 January 1971" ¶11; "a crowd of more than forty thousand
    # turned up to watch" ¶12
    Query("how big was the crowd at the first one-day international in Melbourne?", "6714ba44", "question"),
    # Topics
    # "A MUSEUM'S BIRTHDAY, AND A LOAN FOR PALDERTON" ¶17; "since the British Museum first opened its doors" ¶18; "A
    # case of Roman coins" ¶19
    Query("British Museum birthday Roman coins loan", "e63c24d3", "topic"),
    # "the body, later known as Lindow Man" and "The find was made on 1 August 1984 by commercial peat cutters" ¶5
    Query("Lindow Man peat cutters 1984", "af45c235", "topic"),
    # "BOWLS: TRIPLES TITLE FOR SCOLLBURY LADIES" ¶4; "the club's ladies won the county triples title" ¶5
    Query("county triples title bowls ladies", "745874b0", "topic"),
    # "the borough council voted on Tuesday 8 March to build an open-air velodrome on the old gasworks site" ¶5; the
    # council's release recalls it: "on the old gasworks site" ¶8, "The track was approved by the council on 8 March"
    # ¶9 (4d7f45ef)
    Query("council votes to build a velodrome on the gasworks site", "866c230c", "topic", also=("4d7f45ef",)),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Joan Ridley is Bernard Voyce's wife (0133d0b5 ¶9); the netball club is Gimmerby's (3b7f87ef)
    "Joan Ridley netball club",
    # Dr Hugh Lammas gives the talk "Puccini's Paris" (16cf60e6 ¶12); the daguerreotype is 196bf530's
    "Dr Hugh Lammas daguerreotype",
    # Rhiannon Scurr chairs the Cowmarsh Reading Room committee (af45c235 ¶11); La Bohème is Mabbleton's (16cf60e6)
    "Rhiannon Scurr La Bohème",
    # Arthur Gedge is the Farrowdale baths superintendent of fifty years ago (e063b989 ¶13); the velodrome is
    # Palderton's
    "Arthur Gedge velodrome",
    # Dr Ffion Castellan is the Starnholme librarian (4d2c2a16 ¶13, ¶15); the Roman coins are Palderton Museum's
    # (e63c24d3 ¶19)
    "Ffion Castellan Roman coins",
    # Dr Ezra Mawdsley founded the Starnholme society (4d2c2a16 ¶11–12); Lindow Man is af45c235's
    "Ezra Mawdsley Lindow Man",
    # Eric Tolley is the cricket club's groundsman (6714ba44 ¶14, "the square"); the bowling green is the other
    # cutting's (745874b0 ¶7)
    "Eric Tolley bowls green",
    # Norah Blissett is the bowling club captain (745874b0 ¶7); the Harriers' 10K is another cutting (38c0f644)
    "Norah Blissett Harriers 10K",
    # Councillor Anwen Treadgold speaks for the velodrome (4d7f45ef ¶16); the British Museum loan is the Observer's
    # cutting (e63c24d3), which quotes only the curator
    "Anwen Treadgold British Museum",
    # Merryn takes the bookings at Dimbleford Barn (ad37b850 ¶22); Scollbury Cricket Club is 6714ba44's
    "Merryn Scollbury Cricket Club",
    # "the county champion crashed on the final bend in front of the mayor" (4d7f45ef ¶10); "The first race meeting
    # will be held next weekend" (8e375ce6 ¶13); no winner
    "who won the race at the Palderton velodrome's first race meeting?",
    # "opened this afternoon by the Olympic cyclist who once trained on the roads above the town" (8e375ce6 ¶11); not
    # named
    "which Olympic cyclist opened Palderton velodrome?",
    # "the track has cost rather more than the council first hoped" (8e375ce6 ¶12); no sum
    "what was the final cost of building Palderton's velodrome?",
    # "The first head teacher's log book has survived … he wrote" (bb846d36 ¶12); not named
    "who was the first head teacher of Bilsworth Board School?",
    # "Bookings for the spring course close on 30 April" (ad37b850 ¶12); only the taster mornings have a price (£15, ¶9)
    "how much does the Dimbleford spring caning course cost?",
    # "won by a six-year-old dressed as a pillar box" (e063b989 ¶7); not named
    "who dressed as a pillar box at the Saddler's Row street party?",
    # the 10K "returns to the town centre this morning" (38c0f644 ¶18); no result
    "who won this year's Scollbury 10K?",
    # "Last season's cup final … ended in a one-goal defeat" (3b7f87ef ¶14); the other team is not named
    "who beat Gimmerby Netball Club in last season's cup final?",
    # "the Halide Collective hopes to hold a full weekend of workshops" (196bf530 ¶17); no price
    "how much will the Halide Collective weekend of workshops cost?",
    # "The society meets on the first Wednesday of each month in the library" (4d2c2a16 ¶18); no hour
    "at what time does the Starnholme Philosophical Society meet?",
    # "accompanied by the Mabbleton Sinfonia" (16cf60e6 ¶5); no conductor (Toscanini conducted in Turin in 1896, ¶4)
    "who conducts the Mabbleton Sinfonia?",
    # "the first edition of Top of the Pops" (0133d0b5 ¶7); Bernard was on camera two, no presenter is named
    "who presented the first Top of the Pops?",
    # Anselmo "llegó a Amberes el día 25" (d7ccda77 ¶8); no hotel
    "¿en qué hotel se alojó Anselmo en Amberes?",
    # "España ganó a Dinamarca por un gol a cero" (d7ccda77 ¶6); no scorer
    "¿qué jugador marcó el único gol a Dinamarca en Amberes?",
    # "в Стокгольме Михаил Шолохов получил Нобелевскую премию" (22a1eef5 ¶6); who handed it over is not said
    "кто вручил Шолохову Нобелевскую премию?",
    # "Its first 'Bohème' was staged in the Drill Hall on 14 and 15 March 1952" (16cf60e6 ¶6–7); no roles are given
    "who sang Mimì in the Mabbleton Operatic Society's 1952 Bohème?",
    # 他才托县城的同学又买到了几枚 (0b396150 ¶10); the classmate is not named
    "周德顺 县城同学 姓名",
    # 协会会长方晓梅 (0b396150 ¶13); no year of election
    "方晓梅 哪一年 当选 会长",
    # 展出会员收藏的邮票、首日封和老信件 (0b396150 ¶12); no auction, no price
    "猴票 首日封 拍卖 价格",
    # "Season tickets are on sale at the gate" (8e375ce6 ¶14, the opening of June 1991); no price
    "price of a Palderton velodrome season ticket in 1991",
    # Anselmo's journey from Irún to Amberes (d7ccda77 ¶8); no cost
    "¿cuánto le costó a Anselmo el viaje a Amberes?",
    # Halesowen is not in the corpus; the cycle track's birthday party is Palderton's (4d7f45ef)
    "Halesowen cycle track party",
    # Grantham is not in the corpus; the spring tour is Gimmerby's (3b7f87ef ¶10)
    "Grantham netball club spring tour",
    # Kendal is not in the corpus (three edits from Kelldale, 3b7f87ef ¶12); the Free Library is Farrowdale's
    # (e063b989 ¶16)
    "Kendal Free Library opening day",
    # Villarrubia is not in the corpus; the plaque on the casa natal is Anselmo's, in Mirabueno (d7ccda77 ¶16)
    "Villarrubia placa en la casa natal",
    # 桃源镇 is not in the corpus; the stamp society is Sangxi's (0b396150 ¶12–17)
    "桃源镇 集邮协会",
    # Берёзовск is not in the corpus; the book-lovers' circle is Topolinsk's (22a1eef5 ¶7)
    "Берёзовск кружок любителей книги",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind123/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
