"""A fifty-second lookup query set, for tuning ranking (written in the twenty-fifth round): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind51.py, and tests/queries_blind53.py, written
  at the same time as this one, were not opened and are not part of the check). A throwaway script
  compared the word set of every query (Latin and Cyrillic words lower-cased, Chinese by character
  pairs, a few stop words left out) with every earlier query, and with the earlier queries of this set,
  while the set was being written; a query sharing more than half of its words with any one of them was
  replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind64/docs, copied as ONE
  corpus into a subfolder blind64/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 5 + 9 (another script or romanisation than the text: Latin
names written in Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them,
Latin letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 3 (1–2 edits), name 3 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3:
36 + 48 answerable, and 20 + 30 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name; a question in the corpus's own words about
something it does not say (a founding year, a death, a designer, a depth, a winner, a cost, a count);
a place or person the corpus does not hold but spelled close to one it does (two or more edits from
anything real in it); a common word plus a name from another article; Russian, Spanish and Chinese
ones; date-like and number questions the text does not answer. Each shares one or more words with its
corpus on purpose (in another script for some of the seeds' ones), and every article holding those
words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets) holds all of the query's words.

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

# The new-documents corpus is assembled by copying tests/gold/blind64/docs/* into ONE temporary
# corpus folder under the subfolder blind64/: files are then "blind64/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind64/docs",)
NEWDOCS_SUBDIRS = ("blind64",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_ardcross_herald_digest.txt, split by the loader: the school roof (¶4–8), the twinning party
    # (¶12–17, its closing dateline ¶17 included), the snow (¶22–27); the header (¶1), the first
    # dateline (¶3), the "-----" rules (¶10, ¶19) and the last dateline (¶21) belong to none of them
    "bbf23cd5": "SCHOOL ROOF PLAN APPROVED",
    "9b8c2b77": "TWINNING PARTY HOME FROM BRITTANY",
    "58c2fbda": "TOWN DIGS OUT AFTER WORST SNOW SINCE 2010",
    "35f7808b": "The Box in the Attic: notes on old television",
    "7eafbada": "BRANNOCKFORD MERCURY — WEEKEND",
    "b89b863b": "OBITUARIES",
    "b02772a5": "CARROWDENE BRIDGE CLUB",
    "3869c8f2": "CRADOCK HALL WALLED GARDEN AND ICE HOUSE",
    "6bc80c8b": "ETTLESBY PARISH COUNCIL",
    "3c1c0c14": "FENNERBY CHRONICLE",
    # en_kilgarrock_courier_digest.txt, split by the loader: the header (¶1–2), the reopening (¶6–11),
    # the record crowd (¶15–20), the gale (¶24–28); the "From our issue of …" lines (¶4, ¶13, ¶22)
    # belong to none of them
    "ab58808d": "KILGARROCK COURIER: FROM THE ARCHIVE",
    "84aebf72": "LIDO BACK IN THE SWIM",
    "aa0e16c5": "RECORD CROWD AT THE LIDO",
    "7d4006b8": "GALE TEARS ROOF FROM LIDO CAFÉ",
    "a5dd7126": "PRESS RELEASE",
    "01ff0c88": "MARNOCK GALA WEEK",
    "40a972d7": "THE WESTERN ARGUS",
    "d8fa5569": "BOLETÍN INFORMATIVO DE NAVALCARRO DEL MONTE",
    "e61474a1": "ЛИПОВОДСКИЙ ВЕСТНИК",
    "cf5b2665": "澄溪晚报·社区版",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Hogg "died of tetanus" ¶483/499; "The sixty-odd peasant and refugee kids" ¶497; "members of the House
    # of Lords" ¶519
    Query("tetanus peasant kids House of Lords", "ac7222d4", "cross-paragraph"),
    # "the mass killings and expulsions of Soviet civilians" 003 line 40; "the One China principle" line 51
    Query("expulsions of Soviet civilians One China principle", "b39d8185", "cross-paragraph"),
    # "We have our rigid code of behaviour" ¶119; "a booklet on the life of Claudia Jones" ¶123; "the British
    # Film Institute (BFI) on London's Southbank" ¶111
    Query("rigid code of behaviour Claudia Jones Southbank", "ccf1d4fa", "cross-paragraph"),
    # "carry forward the Shanghai Spirit" ¶435; "a garden of civilisations" ¶439; "the 25th Meeting of the
    # Council of Heads of State" ¶425
    Query("Shanghai Spirit garden of civilisations 25th Meeting", "9e49ddff", "cross-paragraph"),
    # "The people are the creators of history" ¶395; "Marxism-Leninism" ¶383; "Xi hosted a lunch in the
    # Great Hall of the People" ¶385 (d807680a ¶85 and eca32116 ¶223 name the Great Hall only)
    Query("creators of history Leninism Great Hall lunch", "38a7d84f", "cross-paragraph"),
    # Word forms: the text has another form
    # "The unjust and illegal blockade of the United States harms the right to life of the Cuban people" ¶101
    Query("US blockade harming the Cuban people's right to life", "d807680a", "word-form"),
    # "They were Scottish warriors, but also heroes of the world" ¶275 (plurals in the text)
    Query("Scottish warrior and hero of the world", "7ab1f62c", "word-form"),
    # "un sistema de platos hondos y frijoles para las personas que no podían leer para votar" ¶315
    Query("votaban con frijoles los que no podían leer", "dde32893", "word-form"),
    # "la planta de poder solar de sal fundido de Dunhuang, que puede almacenar energía por la noche" ¶335
    # (6710eba1 ¶539: "the Dunhuang Salt Tower solar plant", in English)
    Query("la planta solar que almacena energía de noche", "dde32893", "word-form"),
    # Another script or romanisation
    # George Hogg ¶477–493 and his mentor Rewi Alley ¶495 in Chinese characters
    Query("乔治·霍格 路易·艾黎", "ac7222d4", "translit"),
    Query("诺尔曼·白求恩", "7ab1f62c", "translit"),  # "Dr. Norman Bethune" ¶275 in Chinese characters
    # the webinar speakers Keith Bennett ¶367 and Chen Weihua ¶364 in Cyrillic; ac7222d4 names Keith Bennett
    # only ¶475
    Query("Кит Беннетт и Чэнь Вэйхуа", "d89fdf72", "translit"),
    # "the same Younghusband who had led the 1905 British invasion aimed at separating Xizang (Tibet)" ¶521
    Query("Янгхазбенд Тибет", "ac7222d4", "translit"),
    # "India was represented by Foreign Minister Subrahmanyam Jaishankar" and "the representatives of India
    # and Ethiopia" ¶451, in the characters a Chinese paper uses for Jaishankar
    Query("苏杰生 埃塞俄比亚", "e065690c", "translit"),
    # Russian (names written in Cyrillic, declined)
    # "Sergei Lavrov, who announced during a July event in the Korean city of Wonsan" 000 line 7
    Query("Лавров в Вонсане", "097182f6", "russian"),
    # Thongloun "visited Hanoi" ¶143; "Samdech Techo Hun Sen" among the guests ¶154; 362ba691 has Hanoi
    # ¶73 but neither Thongloun nor Hun Sen
    Query("Хун Сен и Тхонглун в Ханое", "20f574be", "russian"),
    # Spanish
    Query("la siguiente fase es la prosperidad común", "dde32893", "spanish"),  # ¶341
    # "un desarrollo que deja gente atrás simplemente significa un fracaso" ¶341
    Query("el desarrollo que deja gente atrás es un fracaso", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # Hun Sen ¶154, To Lam ¶145 and Hanoi ¶143; 362ba691 has To Lam ¶67–73 and Hanoi ¶73, not Hun Sen
    Query("洪森 苏林 河内", "20f574be", "chinese", also=("362ba691",)),
    # "Zhao Leji attended the ceremony held at the Ba Dinh Square in Hanoi" ¶73; 20f574be: the ceremony "at the
    # historic Ba Dinh Square" ¶143, Zhao Leji among its guests ¶156
    Query("赵乐际 巴亭广场", "362ba691", "chinese", also=("20f574be",)),
    # Mentions and zero-width spaces around the real words
    # "Ken Hammond (Historian and China scholar)" ¶363; "Jodie Evans (Co-founder of Code Pink)" ¶365
    Query("<#100> Code Pink\u200b Ken Hammond", "d89fdf72", "mention-noise"),
    # "At the Fourth Dialogue on Exchanges and Mutual Learning Among Civilisations in Dunhuang" ¶537 (dde32893
    # has Dunhuang ¶307/325/335, no Dialogue)
    Query("<#2718> Dunhuang\u200b Fourth Dialogue", "6710eba1", "mention-noise"),
    # Typos (1–2 edits)
    # "King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk" ¶235/239/241
    Query("Sihamony Monineth", "5a5d8582", "typo"),
    Query("Lugou Marko Polo", "ac7222d4", "typo"),  # "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505
    Query("Shavkat Mirziyoev", "3a9fa4ed", "typo"),  # "Uzbek President Shavkat Mirziyoyev" ¶207
    # Names
    # "Egyptian President Abdel Fattah El-Sisi … Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451
    Query("Abdel Fattah El-Sisi Khaled bin Mohamed", "e065690c", "name"),
    # "South African President Cyril Ramaphosa … Iranian President Masoud Pezeshkian" ¶451 (Ramaphosa ¶467)
    Query("Cyril Ramaphosa Masoud Pezeshkian", "e065690c", "name"),
    # "António Guterres, Egyptian Prime Minister Mostafa Madbouly" ¶405; both ¶407–413
    Query("Mostafa Madbouly António Guterres", "26d64f12", "name"),
    # Phrases
    # Maduro: "the Chinese people's army brought the Japanese empire to its knees and defeated it" ¶37
    Query("the Chinese people's army brought the Japanese empire to its knees", "f78fdcd6", "phrase"),
    # "everlasting good-neighbourliness and friendship" ¶189 (b39d8185 line 47: "lasting good-neighbourliness";
    # 9e49ddff ¶433: "long-term good-neighbourliness, friendship and cooperation")
    Query("everlasting good-neighbourliness and friendship", "c061f0a1", "phrase"),
    # Questions
    # "topping the public vote when inducted into the Scottish Sports Hall of Fame in 2002" ¶287
    Query("where was Liddell inducted in 2002?", "7ab1f62c", "question"),
    # "Kim Jong Un's first China visit in six years" ¶217; "His first visit to China in six years" ¶219
    Query("how many years since Kim Jong Un last visited China?", "eca32116", "question"),
    Query("which former bureau chief is speaking at the webinar?", "d89fdf72", "question"),  # Chen Weihua ¶364
    # Topics
    # "Slovakia was the only member state of NATO and the EU to be represented at the commemoration" ¶21
    Query("Slovakia only NATO member at the commemoration", "faecd2e1", "topic"),
    # "the Joint Statement … on Establishing the Strategic Partnership and signed multiple bilateral cooperation
    # documents in such areas as market regulation, metrology, and media" ¶261
    Query("Armenia strategic partnership media metrology documents", "0e5d6094", "topic"),
    # "a monument honoring the joint efforts of the USSR and North Korea … in the Moscow region" 000 line 7
    Query("monument to the USSR and North Korea in the Moscow region", "097182f6", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # the Great Hall of the People (d807680a ¶85, eca32116 ¶223, 38a7d84f ¶385): talks and a lunch; no seats
    "how many seats does the Great Hall of the People have?",
    # Xi'an and its "generales de terracota" (dde32893 ¶307/313), in Latin and Spanish only; no tickets
    "西安 兵马俑 门票",
    "what year was Fudan University founded?",  # "Discussions at Fudan University" (6710eba1 ¶541); no year
    "Lukashenko ice hockey Minsk arena",  # Lukashenko (0e5d6094 ¶263/265): friendship, SCO; no Minsk, no sport
    # Khabarov is 2 edits from Khabarovsk (054ef6fb lines 6/12), the only near name; no Siberia, no explorer
    "Khabarov Siberia explorer",
    "Си Цзиньпин Бали Байден",  # Xi in most articles; Bali and Biden are never named
    # Chen Weihua (d89fdf72 ¶364) is a listed speaker; Taiwan is in b39d8185 (lines 17/51); no Weibo
    "Chen Weihua Weibo posts about Taiwan",
    "Ken Hammond book on the Song dynasty",  # Ken Hammond (d89fdf72 ¶363), "Historian and China scholar"; no book
    # Putin at the parade (eca32116 ¶219; 38a7d84f ¶377 has the parade) and at the commemoration (c061f0a1
    # ¶193); how long the parade lasted is never said
    "普京 阅兵 时长",
    # Mostafa Madbouly (26d64f12 ¶405–413) is Egypt's prime minister; Madani is 4 edits from Madbouly and
    # 3 from Maduro; no Madani
    "Mostafa Madani Egypt",
    # Sassoon is 2 edits from Sassou (Sassou Nguesso, faecd2e1 ¶23); the only poem is Ho Chi Minh's (362ba691 ¶63)
    "Sassoon war poems",
    # "the site of the CPC's first congress" is in Shanghai (6710eba1 ¶535); no Jiaxing, no boat
    "Jiaxing red boat first congress",
    # Sydney Loving of the Freedom Road Socialist Organization (dde32893 ¶297/299, 6710eba1 ¶547): no date
    "when did Sydney Loving join Freedom Road?",
    "what year did Claudia Jones die?",  # Claudia Jones (ccf1d4fa ¶123): a booklet on her life; no death
    # Mao Zedong in six articles (e.g. d807680a ¶93, dde32893 ¶315, 6710eba1 ¶535); no death, no year of it
    "¿en qué año murió Mao Zedong?",
    "Токаев нефть Каспий",  # Tokayev (26d64f12 ¶405) met Xi in the evening; no oil, no Caspian
    # Hogg's "strong family background in pacifism" (ac7222d4 ¶493); no parent named; the only mother is
    # Cambodia's Queen Mother (5a5d8582)
    "what was Hogg's mother's name?",
    # "the sculpture also represents recognition" (f78fdcd6 ¶47); no designer or sculptor named
    "who designed the Caracas monument sculpture?",
    "Shehbaz Sharif cricket Lahore",  # Shehbaz Sharif (3a9fa4ed ¶211/213): CPEC 2.0, trade; no cricket, no Lahore
    "¿quién fundó Libros Iskra?",  # Libros Iskra is only listed in the delegation (dde32893 ¶305); no founder
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Stanley Pim of Wellgate Garage" ¶9; "The last one left the Longbridge line" ¶16–17; "the cars leave in
    # convoy for Wellgate" ¶24–25
    Query("Wellgate Garage Longbridge convoy", "7eafbada", "cross-paragraph"),
    # "a colonial survey of the Ruwenzori foothills" ¶13; "a single sheet of Langstrath" ¶18; "The funeral will
    # be at St Illtyd's" ¶28
    Query("Ruwenzori Langstrath St Illtyd's", "b89b863b", "cross-paragraph"),
    # "a free "Silver Splash" day" ¶9; "retro swimwear parade on the terrace" ¶19; "Media contact: Iain Dow" ¶32
    Query("Silver Splash retro swimwear Iain Dow", "a5dd7126", "cross-paragraph"),
    # "a Gala Queen, Ellen Howie" ¶10–11; "Gala quiz in the Miners' Welfare" ¶25; "Raft race from the mill
    # weir" ¶28
    Query("Ellen Howie raft race Miners' Welfare", "01ff0c88", "cross-paragraph"),
    # "Нина Павловна Громова" ¶11; "кукольный театр «Теремок»" ¶18; "Итоги конкурса детских рисунков" ¶20–21
    Query("Громова Теремок рисунков", "e61474a1", "cross-paragraph"),
    # 退休教师周慧芳 ¶11; 澄溪区工人文化宫将举办 ¶16; 展览将移至区图书馆长期展出 ¶21
    Query("周慧芳 工人文化宫 区图书馆", "cf5b2665", "cross-paragraph"),
    # Word forms
    # "Volunteers worked through the night to refloat twenty-three pilot whales" ¶5–6; "Whales refloated" ¶3
    Query("volunteers refloating the pilot whales", "40a972d7", "word-form"),
    # "Stanley Pim of Wellgate Garage drove the first one into town" ¶9 (drove → driven, irregular);
    # Brannockford ¶1/6/23
    Query("first Mini driven into Brannockford", "7eafbada", "word-form"),
    # "durmió en un banco de la estación" ¶13–14 (durmió → durmiendo, irregular); Julián ¶8/10/20
    Query("Julián durmiendo en un banco de la estación", "d8fa5569", "word-form"),
    # "выставку «Хрюша, Степашка и все-все-все». Она открыта с 8 по 14 сентября" ¶16–17 (names declined)
    Query("открытие выставки про Хрюшу и Степашку", "e61474a1", "word-form"),
    # "When word of the relief of Ladysmith reached Fennerby on 1 March, the bells of St Wilfrid's were rung"
    # ¶7–8 (relief → relieved, rung → ringing)
    Query("bells ringing when Ladysmith was relieved", "3c1c0c14", "word-form"),
    # "Each winter ice was cut from the lake … "the lake frozen to a foot"" ¶10–12
    Query("cutting ice from the frozen lake", "3869c8f2", "word-form"),
    # Another script or romanisation
    Query("Бронвен Таллис", "b89b863b", "translit"),  # Bronwen Tallis ¶3/6 in Cyrillic
    # "la victoria de Federico Martín Bahamontes en el Tour de Francia" ¶6–7 in Cyrillic
    Query("Федерико Бахамонтес Тур де Франс", "d8fa5569", "translit"),
    Query("Spokoinoi nochi malyshi", "e61474a1", "translit"),  # «Спокойной ночи, малыши!» ¶4/7 in Latin
    Query("Zhou Huifang", "cf5b2665", "translit"),  # 退休教师周慧芳 ¶11 in pinyin
    # Bahamontes ¶4/7/15 and "el «Águila de Toledo»" ¶12 in Chinese characters
    Query("巴哈蒙特斯 托莱多", "d8fa5569", "translit"),
    # "TWINNING PARTY HOME FROM BRITTANY" ¶12 and "the Ardcross Twinning Association" ¶13 in Chinese characters
    # (Ardcross also in bbf23cd5 ¶5 and 58c2fbda ¶25–26, without Brittany)
    Query("布列塔尼 阿德克罗斯", "9b8c2b77", "translit"),
    Query("Юэн Скоби", "40a972d7", "translit"),  # "harbourmaster Ewan Scobie, 71" ¶18–19 in Cyrillic
    # accents dropped: "Julián Robledo" ¶8/20, "el Parque de los Príncipes" ¶15
    Query("Julian Robledo Parque de los Principes", "d8fa5569", "translit"),
    Query("Джесси Бэрд", "84aebf72", "translit"),  # "79-year-old Jessie Baird" ¶9 in Cyrillic
    # Russian
    # "своего телевизора у семьи не было. Через два года, 14 марта, отец принёс домой «Рекорд»" ¶12–13
    Query("отец принёс домой телевизор Рекорд", "e61474a1", "russian"),
    # "Итоги конкурса детских рисунков подведут 25 сентября, а победители поедут в Москву" ¶20–22
    Query("победители конкурса детских рисунков поедут в Москву", "e61474a1", "russian"),
    # "А 6 и 7 сентября в городском парке выступал кукольный театр «Теремок»" ¶18
    Query("кукольный театр в городском парке", "e61474a1", "russian"),
    # Spanish
    Query("vació la hucha y cogió el tren", "d8fa5569", "spanish"),  # ¶12–13
    # "crear un pequeño museo de la bicicleta en las antiguas escuelas" ¶27
    Query("museo de la bicicleta en las antiguas escuelas", "d8fa5569", "spanish"),
    Query("marcha cicloturista hasta el puerto de la Cruz", "d8fa5569", "spanish"),  # ¶21
    # Chinese
    # 国务院发布决定，自1995年5月1日起实行每周五天工作制 ¶7
    Query("国务院发布决定 每周五天工作制", "cf5b2665", "chinese"),
    # 各地先实行了"隔周休息两天"的过渡办法，老百姓把它叫作"大小周" ¶8–9
    Query("大小周 隔周休息两天", "cf5b2665", "chinese"),
    # "周末三十年"老照片展 ¶16; 免费参观 ¶18
    Query("老照片展 免费参观", "cf5b2665", "chinese"),
    # Mentions and zero-width spaces
    # "Saturday 1 March: the Wilfred Ashe Cup (teams of four)" ¶18
    Query("<@31415> Wilfred Ashe Cup\u200b", "b02772a5", "mention-noise"),
    # "Apple day: 12 October, with pressing and tasting" ¶18; CRADOCK HALL ¶1
    Query("@everyone \u200bapple day Cradock Hall", "3869c8f2", "mention-noise"),
    # "The snow wardens meet again on Thursday 15 December" ¶13
    Query("<#8812> snow wardens\u200b meeting", "6bc80c8b", "mention-noise"),
    # Typos
    Query("Carrowdean bridge newsletter", "b02772a5", "typo"),  # CARROWDENE BRIDGE CLUB ¶1, Newsletter ¶2
    # "thirty-one whales were lost at Portnaskerry" ¶29; "The last mass stranding" ¶28
    Query("Portnaskery stranding", "40a972d7", "typo"),
    Query("Brannockfrod Mini Register", "7eafbada", "typo"),  # "the Brannockford Mini Register" ¶23
    # Names
    Query("Ross Kerr", "aa0e16c5", "name"),  # "Manager Ross Kerr said extra lifeguards would stay on" ¶19
    Query("Alan Deverell", "7eafbada", "name"),  # "The register's chairman, Alan Deverell" ¶26
    # Phrases
    Query("room for four and the shopping", "7eafbada", "phrase"),  # ¶14
    # the Free Library "with four thousand volumes on its shelves" ¶11
    Query("four thousand volumes on its shelves", "3c1c0c14", "phrase"),
    # "Three cuttings kept in the Lido Trust's scrapbook" ¶2 (a5dd7126 is the Trust's own release, no scrapbook)
    Query("cuttings kept in the Lido Trust's scrapbook", "ab58808d", "phrase"),
    # Questions
    # "The Ettlesby Community Hub" ¶23: "the hub will open on Monday 6 March" ¶24–25
    Query("when does the Ettlesby Community Hub open?", "6bc80c8b", "question"),
    # "Regional councillors have approved £240,000 to replace the roof of Ardcross Primary" ¶5–6
    Query("how much did councillors approve for the Ardcross Primary roof?", "bbf23cd5", "question"),
    # "He kept a diary that winter; the entry for the 7th of December reads, in full: "Still cavemen. Fish
    # paste."" ¶15–16
    Query("what did dad's diary say on the 7th of December?", "35f7808b", "question"),
    # "The 34-strong party from the Ardcross Twinning Association" ¶13
    Query("how many went on the Ardcross twinning trip to Brittany?", "9b8c2b77", "question"),
    # Topics
    # "The storm … tore the roof from the lido café and left the pool full of slates" ¶25–26
    Query("storm roof slates lido café", "7d4006b8", "topic"),
    # "the Beast from the East" ¶23; "when Storm Emma arrived from the south" ¶24
    Query("Beast from the East and Storm Emma", "58c2fbda", "topic"),
    # "fifty years to the day after "An Unearthly Child" went out" ¶7; "Fifty years and a day" ¶5
    Query("An Unearthly Child fifty years on", "35f7808b", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Bronwen Tallis (b89b863b) drew maps of "the northern fells" ¶7 and Langstrath ¶18; no Snowdonia
    "Bronwen Tallis Snowdonia map",
    "Jessie Baird swimming medals",  # Jessie Baird swam the first length (84aebf72 ¶9); no medals
    # Stanley Pim (7eafbada ¶9) is not said to have died; the only funeral is Bronwen Tallis's (b89b863b ¶27–28)
    "Stanley Pim funeral",
    # June Pim (7eafbada ¶12/25) cuts a ribbon; the bridge club is Carrowdene's (b02772a5), where no Pim plays
    "June Pim bridge club",
    # Iain Dow is the lido trust's media contact (a5dd7126 ¶32); the twinning party is Ardcross's (9b8c2b77)
    "Iain Dow twinning Brittany",
    # Morag Ellis, the trust chair (a5dd7126 ¶22), is alive and quoted; OBITUARIES is Bronwen Tallis's (b89b863b)
    "Morag Ellis obituary",
    # the "Silver Splash" day (a5dd7126 ¶9) is still to come; the swimmer counts are the 1991 reopening
    # (84aebf72 ¶8, "some four hundred") and a record hot day (aa0e16c5 ¶16, 2,140)
    "how many swimmers came to the Silver Splash day?",
    # the simultaneous pairs (b02772a5 ¶19) are a fixture still to play; "Results" ¶11–14 give only the winter
    # league and the Golden Oldies pairs
    "who won the simultaneous pairs in March?",
    # the former bank in Main Street becomes the hub (6bc80c8b ¶24–26); no sum is given anywhere in it
    "how much did the council spend converting the old bank in Main Street?",
    # the first Gala Queen, Ellen Howie, was crowned in 1950 (01ff0c88 ¶10–11); no other queen is named
    "who was Marnock's Gala Queen in 1951?",
    # "Bat walk: 23 August, meet at the stables at 8.30 p.m." (3869c8f2 ¶17); no end time
    "what time does the Cradock Hall bat walk finish?",
    # Kilgarrock Lido (84aebf72, aa0e16c5, 7d4006b8, a5dd7126): no depth; "deep water" is the whales' (40a972d7 ¶11)
    "how deep is the Kilgarrock lido pool?",
    # "Las inscripciones para la marcha se admiten hasta el 10 de julio" (d8fa5569 ¶22–23); no count
    "¿cuántos inscritos tiene la marcha cicloturista?",
    # «ЛИПОВОДСКИЙ ВЕСТНИК» (e61474a1 ¶1), "писала тогда наша газета" ¶9; no founding year (the one founding
    # year in the corpus is the Ardcross Herald's, 1907, ¶21 of its digest, in English)
    "в каком году основан Липоводский вестник?",
    # the drawing contest's results come on 25 September (e61474a1 ¶20–21); no winner is named
    "кто победил в конкурсе детских рисунков?",
    # 老照片展 at the 工人文化宫 (cf5b2665 ¶16); 文化宫负责人说 ¶21 names nobody; no curator
    "文化宫 老照片展 策展人是谁",
    "周慧芳的丈夫叫什么名字",  # 她和丈夫带着女儿 (cf5b2665 ¶12): the husband is never named
    # Bahamontes won the 1959 Tour (d8fa5569 ¶6–7); nobody else in that Tour is named
    "¿quién fue segundo en el Tour de 1959?",
    "Kilbarrow lido",  # Kilbarrow is 3 edits from Kilgarrock, the only lido (84aebf72, aa0e16c5, 7d4006b8, a5dd7126)
    # Brannockmoor is 3 edits from Brannockford (7eafbada, whose rally is at Kelham Park ¶19)
    "Brannockmoor Mini rally",
    # Ettlesworth is 5 edits from Ettlesby, whose village hall bookings resume on 4 January (6bc80c8b ¶9)
    "Ettlesworth village hall bookings",
    "Skelwick Bay seals",  # Skelwick is 4 edits from Skelder (40a972d7, whales) and 3 from Fenwick; no seals
    # Липецкий is 5 or more edits from Липоводский; the children's library is Lipovodsk's (e61474a1 ¶11/16/20)
    "Липецкий вестник детская библиотека",
    # 清江 differs from 澄溪 in both characters; 晚报·社区版 is the Chengxi paper's header (cf5b2665 ¶1)
    "清江晚报 社区版",
    # Navalmoral is 4 edits from Navalcarro (d8fa5569, "NAVALCARRO DEL MONTE" ¶1), which has a program, no fiestas
    "fiestas de Navalmoral del Monte",
    # Garrowby is 5 edits from Garrowfield, where Bronwen Tallis's memorial walk leaves the church gate
    # (b89b863b ¶28–29); no route given
    "Garrowby memorial walk route",
    "Fennerton Free Library",  # Fennerton is 3 edits from Fennerby, whose Free Library is 3c1c0c14's (¶10, ¶27)
    # the ice house was built in 1791 and the estate book records ice "taken in on 4 and 5 January 1814"
    # (3869c8f2 ¶10–12); when it was last used is never said
    "when was the Cradock Hall ice house last used?",
    # "The lifeboat station, opened in 1884 and rebuilt in 1962" (40a972d7 ¶14) is still working; no closure
    "when was the Skelder lifeboat station closed?",
    "Ardcross Academy headteacher",  # Ardcross Academy reopened on 5 March (58c2fbda ¶26); no head named
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind64/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
