"""A forty-third lookup query set: the BLIND set of the twenty-second round, committed unscored; it is
scored once, at the end of the next round. Nobody may read it, or tune on it, before then (once a score
on it has been read, the set is spent for tuning, and a later score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind40.py and tests/queries_blind42.py were not
  opened and are not part of the check). A throwaway script compared the word set of every query
  (Latin and Cyrillic words, Chinese by character pairs, mentions, zero-width characters and a few
  stop words left out) with every earlier query, and with the other queries of this set, while the
  set was being written; a query sharing more than half of its words with any one of them was
  replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind55/docs, copied as ONE
  corpus into a subfolder blind55/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 7 + 10 (another script or romanisation than the text: Latin
names written in Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them,
Wade-Giles for a pinyin name, pinyin for Chinese words and names, Latin letters for Cyrillic names and
titles, accents dropped), russian 2 + 2, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 2
(Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits), name
2 + 2, phrase 3 + 2, question 2 + 4, topic 2 + 4: 36 + 47 answerable, and 21 + 28 unanswerable. Every
answerable query is answered by the documents' own words in some form, spelling or script (names may
be written in another script); none needs a translation of a common noun or a synonym the text never
uses.

The unanswerable queries are of varied kinds: a name the corpus holds joined to a subject it never
connects with that name; a question in the corpus's own words about something it does not say (a
cost, a count, a height, a name, a cause, who won); a place or person the corpus does not hold but
spelled close to one it does (three or more edits from anything real in it); a common word plus a
name from another article; Russian, Spanish and Chinese ones. Each shares one or more words with its
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

# The new-documents corpus is assembled by copying tests/gold/blind55/docs/* into ONE temporary
# corpus folder under the subfolder blind55/: files are then "blind55/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind55/docs",)
NEWDOCS_SUBDIRS = ("blind55",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "65f4d568": "PRESS RELEASE",
    "92827b8e": "HESTONCOMBE ASSEMBLY ROOMS",
    # en_hestoncombe_echo_digest.txt, split by the loader: the header (¶1–2), the fire (¶7–15), the
    # Golden Jubilee (¶20–25), the New Year Dip (¶30–35); the dashed rules (¶4, ¶17, ¶27) and the
    # "From our issue of …" datelines (¶5, ¶18, ¶28) belong to none of them
    "d0147251": "HESTONCOMBE ECHO: FROM THE ARCHIVE",
    "e83c21b0": "ASSEMBLY ROOMS GUTTED BY FIRE",
    "de533221": "JUBILEE WEEKEND: THE TOWN PARTIES IN THE RAIN",
    "c085ce34": "FORTY DIPS AND COUNTING",
    "d981be55": "THE KESWORTH CHRONICLE",
    "89615eeb": "WEEKEND FEATURE",
    "ecea4d53": "OBITUARY",
    # en_pollensby_advertiser_digest.txt, split by the loader: the header (¶1–2), the snow (¶5–10),
    # the bowling club (¶13–17), the Games Makers (¶20–25); the bracketed datelines (¶4, ¶12, ¶19)
    # belong to none of them
    "678f55a4": "POLLENSBY ADVERTISER",
    "4ed95273": "SNOWBOUND!",
    "3847c5c1": "BOWLERS RAISE A GLASS TO 75 YEARS",
    "fcc985da": "A TOWN'S THANK-YOU TO ITS GAMES MAKERS",
    "f4945f9a": "RAVELSTOKE CHURCH OF ENGLAND PRIMARY SCHOOL",
    "da0bb59c": "STANNAGE MOOR WIND FARM SWITCHED ON",
    "397460b1": "Notes from Hollin Farm",
    "eb7cc329": "THE THIMBLEBY CROSS SOCIETY OF MODEL ENGINEERS",
    "446c3ae6": "WICKERBY HEATH",
    "354b2b11": "Villarcós, 10 de julio de 2025",
    "59c86b07": "«Школьный вестник»",
    "e390ab94": "《桐溪日报》",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "- Genocide Recognition: Russia highlights …" 003 line 40; "Commit to strategic patience and mutual
    # prioritisation" line 49
    Query("genocide recognition strategic patience", "b39d8185", "cross-paragraph"),
    # "synopses of all the films … on the BFI website" ¶121; "a booklet on the life of Claudia Jones" ¶123;
    # "envisages a court in Warsaw trying a Nazi" ¶125
    Query("synopses Claudia Jones booklet Warsaw court", "ccf1d4fa", "cross-paragraph"),
    # "China's war of national salvation" ¶503; James MacManus's biography, 'Ocean Devil' ¶489
    Query("war of national salvation Ocean Devil", "ac7222d4", "cross-paragraph"),
    # "cities in Shaanxi and Gansu provinces" ¶549; "Discussions at Fudan University" ¶541 (Gansu alone
    # also in ac7222d4 ¶485 and dde32893 ¶333)
    Query("Shaanxi Gansu provinces Fudan University", "6710eba1", "cross-paragraph"),
    # "the special ties between the CPC and the PCC, as the cornerstone of relations" ¶103; "cybersecurity,
    # nanotechnology, life sciences" ¶105 (26d64f12 ¶409: "a cornerstone of multilateralism", no PCC)
    Query("cornerstone PCC nanotechnology", "d807680a", "cross-paragraph"),
    # Word forms: the text has another form
    # "Hogg remained almost entirely unknown in his native country for decades" ¶487
    Query("Hogg's remaining unknown in his native country", "ac7222d4", "word-form"),
    # "The initiative has not gone unnoticed by Japan, which has historically taken a contentious stance"
    # 000 line 13 (gone → going, irregular)
    Query("Japan's contentious stance going unnoticed", "097182f6", "word-form"),
    # "the sculpture also represents recognition of both the Chinese and global anti-fascist cause" ¶47
    Query("sculpture recognising the anti-fascist cause", "f78fdcd6", "word-form"),
    # "Hay un gran énfasis en la modernización ecológica. Realmente están transformando el desierto" ¶337
    Query("la modernización ecológica transforma el desierto", "dde32893", "word-form"),
    # Another script or romanisation
    Query("凯山 丰威汉", "20f574be", "translit"),  # "President Kaysone Phomvihane and President Fidel Castro" ¶167
    # Wade-Giles Lu-kou-ch'iao for "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505
    Query("Lukouchiao incident", "ac7222d4", "translit"),
    # "symbols like the Yasukuni Shrine" 003 line 41; "the Nuremberg and Tokyo Trials" line 39, "the
    # Nuremberg Tribunal" line 40 (ccf1d4fa ¶125 names "the actual Nuremberg Trial" only)
    Query("Ясукуни Нюрнберг", "b39d8185", "translit"),
    Query("Мустафа Мадбули", "26d64f12", "translit"),  # Egyptian Prime Minister Mostafa Madbouly ¶405/411/413
    # 全面战略协作 in the Chinese title, 003 line 20, in pinyin (ü typed as u)
    Query("quanmian zhanlue xiezuo", "b39d8185", "translit"),
    # King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk ¶235/239/241 in Cyrillic
    Query("Сихамони Монинеат", "5a5d8582", "translit"),
    Query("Кей Джей Но", "d89fdf72", "translit"),  # "KJ Noh (Journalist, writer and educator)" ¶368 in Cyrillic
    # Russian (names written in Cyrillic, declined)
    # "Thongloun visited Hanoi to participate in the grand ceremony" ¶143 (362ba691 has Hanoi ¶73, no Thongloun)
    Query("Тхонглун в Ханое", "20f574be", "russian"),
    # "Vice President Delcy Rodríguez and Defence Minister Vladimir Padrino" ¶33/53, the monument in Caracas
    Query("Делси Родригес и Владимир Падрино в Каракасе", "f78fdcd6", "russian"),
    # Spanish
    Query("¿cuál fue el papel del Partido Comunista?", "dde32893", "spanish"),  # ¶343, answered ¶345
    # "cómo van juntos el alivio de la pobreza y el ambientalismo bajo el socialismo" ¶337
    Query("alivio de la pobreza bajo el socialismo", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "a Colonel Younghusband … the 1905 British invasion aimed at separating Xizang (Tibet)" ¶521
    Query("荣赫鹏 西藏", "ac7222d4", "chinese"),
    Query("哈立德 阿布扎比", "e065690c", "chinese"),  # "Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451
    # Mentions and zero-width spaces around the real words
    # "a structured relationship designed to endure and withstand external shocks" 003 line 7
    Query("@here \u200bwithstand external shocks", "b39d8185", "mention-noise"),
    # "new monuments in Moscow may serve as a countermeasure" 000 line 16; "diplomatic" lines 5/15;
    # "restoration of these memorials" line 6
    Query("<@3141> memorials as a diplomatic countermeasure\u200b", "097182f6", "mention-noise"),
    # Typos (1–2 edits)
    Query("Padrinho Venezuela", "f78fdcd6", "typo"),  # Defence Minister Vladimir Padrino ¶33/53
    Query("Melnikow", "054ef6fb", "typo"),  # "his meeting with Ivan Melnikov" ¶6
    Query("Ngesso", "faecd2e1", "typo"),  # "President of the Republic of the Congo Denis Sassou Nguesso" ¶23
    # Names
    Query("Aleksandr Lukashenko Nikol Pashinyan", "0e5d6094", "name"),  # ¶257/263
    Query("Chen Weihua Jodie Evans", "d89fdf72", "name"),  # webinar speakers ¶364–365
    # Phrases
    # "a world featuring lasting peace, universal security and common prosperity" 002 line 9
    Query("lasting peace, universal security and common prosperity", "424ab945", "phrase"),
    # Lula: "the renewal of the multilateral trading system on modern, flexible foundations" ¶465
    Query("modern, flexible foundations", "e065690c", "phrase"),
    # Hogg "asked to have the 'Communist Manifesto' read to him" ¶499
    Query("Communist Manifesto read to him", "ac7222d4", "phrase"),
    # Questions
    # "China's Consulate-General in the Scottish capital Edinburgh" ¶273 ("across Scotland" ¶287)
    Query("where is China's consulate in Scotland?", "7ab1f62c", "question"),
    # "President Xi Jinping began a round of bilateral meetings in Tianjin on August 30" ¶405 (0e5d6094
    # ¶255: "a full day of bilateral meetings in Tianjin on August 31", the day after)
    Query("when did Xi begin bilateral meetings in Tianjin?", "26d64f12", "question"),
    # Topics
    # "the first time for a DPRK leader to review a military parade in China" ¶219 (Democratic People's
    # Republic of Korea ¶219)
    Query("Korea's leader reviewing a parade in China", "eca32116", "topic"),
    # "two overlapping visits by Cambodia's top leaders" ¶233, "high-level visits" ¶231 (362ba691 ¶63:
    # "overlapping top level exchanges" of China and Vietnam, no Cambodia)
    Query("Cambodia's two overlapping top-level visits", "5a5d8582", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Hanoi (362ba691, 20f574be): the August Revolution ceremony; Nguyen Phu Trong and a funeral never named
    "похороны Нгуен Фу Чонга в Ханое",
    "胡志明 诗歌 全文",  # Ho Chi Minh "once described it in a poem" (362ba691 ¶63); the poem is not quoted
    # hotels (dde32893 ¶323/329): workers dancing in a hotel's square, robots bringing food; no hotel named
    "¿en qué hotel se alojó la delegación?",
    # Shehbaz Sharif (3a9fa4ed ¶211–213): the CPEC 2.0, a free trade agreement; no Gwadar, no port anywhere
    "Shehbaz Sharif Gwadar port",
    "Mnangagwa Harare airport",  # Mnangagwa (faecd2e1): infrastructure, mining; no Harare, no airport
    # Armenia (0e5d6094): only Pashinyan; the foreign ministers named are Lavrov, Wang Yi and Jaishankar;
    # Mirzoyan is four edits from Mirziyoyev (3a9fa4ed, Uzbekistan)
    "Mirzoyan Armenia foreign minister",
    # Xi met Díaz-Canel in Beijing (d807680a); his state visit was to Cambodia (5a5d8582); no Havana
    "习近平 访问 古巴 哈瓦那",
    "Khurelsukh Ulaanbaatar",  # Khurelsukh (c061f0a1) met Xi in Beijing; Ulaanbaatar is never named
    # "a training ground where Liddell himself won several medals" (7ab1f62c ¶291): no count
    "how many medals did Liddell win at the Minyuan Stadium?",
    # Keith Bennett presented his paper at Tsinghua University (ac7222d4 ¶475); Fudan is 6710eba1's visit
    "Keith Bennett's speech at Fudan University",
    "how many copies did the Daily Worker sell?",  # the Daily Worker (ac7222d4 ¶507): an editorial, no sales
    # Liddell "taught at an Anglo-Chinese college" in Tianjin (7ab1f62c ¶291); Liddington is nobody in it
    "Liddington Tianjin college",
    # the only Congolese president is Denis Sassou Nguesso (faecd2e1); Ngouabi is never named
    "Ngouabi Congo president",
    # Bethune, "heir to a Scottish family of doctors" (7ab1f62c ¶275): no specialty; "medical" 3a9fa4ed, ac7222d4
    "what was Bethune's medical specialty?",
    "Прабово Джакарта",  # Prabowo Subianto (e065690c ¶451) at the virtual BRICS summit; no Jakarta
    "埃尔多安 天津",  # Türkiye only in 0e5d6094's title; Erdoğan is never named; Tianjin in many articles
    # Modi (e065690c ¶451) was absent from the BRICS summit; Tianjin (SCO) articles never name him
    "Modi Tianjin handshake",
    # Jenny Clegg (d89fdf72 ¶366 "Author and peace activist", ac7222d4 ¶513 writing for SACU): no title; the
    # books named are Hogg's, Rewi Alley's and her father's memoir
    "what book did Jenny Clegg write?",
    "what was Colonel Younghusband's first name?",  # "a Colonel Younghusband" (ac7222d4 ¶521), no first name
    "Шойгу Пхеньян",  # Shoigu and Pyongyang are never named; Wonsan (097182f6), Kim Jong Un in Beijing (eca32116)
    # Kyrgyzstan only in 0e5d6094's title and the China-Kyrgyzstan-Uzbekistan railway (3a9fa4ed ¶207); its
    # president is never named
    "Sadyr Japarov Kyrgyzstan",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Trust chairman Gwen Harker said" ¶21; "from Brindlecote to Haybarrow Halt" ¶30; "the new Liverpool and
    # Manchester Railway" ¶14
    Query("Gwen Harker Haybarrow Halt Liverpool", "65f4d568", "cross-paragraph"),
    # "She was born Mildred Pascoe at Lower Tregan Farm" ¶8; "ran the haberdashery on Fore Street" ¶5; "the old
    # shop reopened as the Fore Street Heritage Room" ¶21
    Query("Lower Tregan haberdashery Heritage Room", "ecea4d53", "cross-paragraph"),
    # "The eleven turbines on Cold Edge ridge" ¶7; "parish council chairman Dennis Ockwell" ¶15; "the millstone
    # stands outside the Drovers Arms" ¶21
    Query("Cold Edge Dennis Ockwell millstone", "da0bb59c", "cross-paragraph"),
    # "raised track behind the cricket pavilion" ¶7; "Annual dinner at the Three Horseshoes" ¶11; "Ray
    # Tilsley's Simplex" ¶20
    Query("Three Horseshoes Simplex cricket pavilion", "eb7cc329", "cross-paragraph"),
    # "a small flock of Hebridean sheep" ¶6; "Nightjar evening" ¶13; "Winter work parties (gorse cutting,
    # birch pulling)" ¶21
    Query("Hebridean sheep nightjar gorse cutting", "446c3ae6", "cross-paragraph"),
    # "Галина Петровна Сорокина" ¶10; "выставка «Мирный атом»" ¶15; "собрать действующую модель реактора" ¶21
    Query("Сорокина «Мирный атом» модель реактора", "59c86b07", "cross-paragraph"),
    # Word forms
    # "Rocket was the only engine to complete them" ¶15–16, the Rainhill Trials ¶10
    Query("Rocket completed the Rainhill trials", "65f4d568", "word-form"),
    # "last year they were building on the eaves by 28 April" ¶15–16 (building → built, irregular)
    Query("house martins built on the eaves", "397460b1", "word-form"),
    # "the hull rose in its steel cradle shortly after nine" ¶15 (rose → rising, irregular)
    Query("Mary Rose hull rising in a steel cradle", "89615eeb", "word-form"),
    # "fire tore through the Assembly Rooms" ¶5 (tore → tearing, irregular); e83c21b0 reports the same fire
    # ("ASSEMBLY ROOMS GUTTED BY FIRE" ¶7–11)
    Query("fire tearing through the Assembly Rooms", "92827b8e", "word-form", also=("e83c21b0",)),
    # "«Aquella noche del 11 de julio lloré como un niño», recuerda Jacinto Lahoz" ¶14
    Query("Jacinto Lahoz lloraba como un niño", "354b2b11", "word-form"),
    Query("открытие физического кабинета", "59c86b07", "word-form"),  # "открылся первый физический кабинет" ¶12
    # Another script or romanisation
    Query("Хасинто Лаос", "354b2b11", "translit"),  # Jacinto Lahoz ¶14/18 in Cyrillic
    # "un gol de Andrés Iniesta" ¶3/7, "en Johannesburgo" ¶7/18, in characters
    Query("伊涅斯塔 约翰内斯堡", "354b2b11", "translit"),
    # «Школьный вестник» … г. Светлоключинска ¶1 in Latin letters
    Query("Shkolny vestnik Svetloklyuchinsk", "59c86b07", "translit"),
    Query("Galina Petrovna Sorokina", "59c86b07", "translit"),  # Галина Петровна Сорокина ¶10 in Latin
    Query("Chen Guodong", "e390ab94", "translit"),  # 陈国栋 ¶10/14/16/21 in pinyin
    Query("Tongxi Yayunhui", "e390ab94", "translit"),  # 《桐溪日报》 ¶1, 桐溪县 ¶3, 亚运会 ¶3/8 in pinyin
    # "forty years since the Mary Rose was raised" ¶3; "the wreck in the Solent" ¶7, "Solent silt" ¶11
    Query("Мэри Роуз Солент", "89615eeb", "translit"),
    # "a working replica of Stephenson's Rocket" ¶12; the Rainhill Trials ¶8/10/22
    Query("Стефенсон Рейнхилл", "65f4d568", "translit"),
    # accents dropped: "La peña La Roja de Villarcós" ¶5
    Query("pena La Roja de Villarcos", "354b2b11", "translit"),
    Query("Кэрол Уитлоу", "da0bb59c", "translit"),  # "By Carol Whitlow, Moorland Correspondent" ¶5
    # Russian
    # "А 2 и 3 июля восемь лучших кружковцев поедут на экскурсию в Обнинск" ¶17
    Query("восемь лучших кружковцев поедут в Обнинск", "59c86b07", "russian"),
    # "привезла оттуда фотографии пульта управления первой АЭС" ¶11
    Query("пульт управления первой АЭС", "59c86b07", "russian"),
    # Spanish
    # "una cena popular los días 18 y 19 de julio en la plaza" ¶23
    Query("cena popular en la plaza", "354b2b11", "spanish"),
    Query("ver pasar el autobús de los campeones", "354b2b11", "spanish"),  # ¶12
    # "la placa que el ayuntamiento descubrió … con los nombres de los socios fundadores" ¶19–20
    Query("placa con los nombres de los socios fundadores", "354b2b11", "spanish"),
    # Chinese
    Query("天天睡在配电房里", "e390ab94", "chinese"),  # “那半个多月，天天睡在配电房里……” ¶14
    # 陈国栋把珍藏了近三十年的工作证和一枚亚运会纪念章捐给了县档案馆 ¶16
    Query("工作证和亚运会纪念章", "e390ab94", "chinese"),
    Query("部分展品移至市博物馆", "e390ab94", "chinese"),  # 部分展品将于明年3月12日起移至市博物馆展出 ¶22
    # Mentions and zero-width spaces
    # "Talk by retired station officer Len Corbally: "The longest night"" ¶19
    Query("<@71234> \u200bLen Corbally longest night", "92827b8e", "mention-noise"),
    # "marked seventy-five years to the day with a dinner at the Crown … Club president Edna Shawcross" ¶14–15
    Query("@here Edna Shawcross\u200b Crown dinner", "3847c5c1", "mention-noise"),
    # Typos
    Query("Mildred Oakhangar", "ecea4d53", "typo"),  # Mildred Oakhanger ¶3/5
    Query("Ravelstoak school", "f4945f9a", "typo"),  # RAVELSTOKE CHURCH OF ENGLAND PRIMARY SCHOOL ¶1
    Query("Thimbelby model engineers", "eb7cc329", "typo"),  # THE THIMBLEBY CROSS SOCIETY OF MODEL ENGINEERS ¶1
    # Names
    Query("Jim Pardew", "89615eeb", "name"),  # ¶5
    Query("Arthur Dimmock", "d981be55", "name"),  # "LOOKING BACK, with Arthur Dimmock" ¶4
    # Phrases
    Query("more thistle than grass", "3847c5c1", "phrase"),  # the first green ¶16
    Query("still smelling of Solent mud", "89615eeb", "phrase"),  # ¶19–20
    # Questions
    # "The first dip, on 1 January 1980, had just six entrants." ¶33
    Query("how many entrants did the first New Year Dip have?", "c085ce34", "question"),
    # "the new public baths in Mill Street … Admission was one penny" ¶7–8
    Query("what was admission to the Mill Street baths?", "d981be55", "question"),
    # "The town's forty-one Games Makers, who guided crowds at the Olympic Park" ¶23
    Query("how many Games Makers does Pollensby have?", "fcc985da", "question"),
    # "A public meeting to discuss rebuilding will be held at the Town Hall" ¶14 (92827b8e: the hall rebuilt
    # and reopened ¶6–7, no meeting)
    Query("where will the public meeting on rebuilding the Assembly Rooms be held?", "e83c21b0", "question"),
    # Topics
    # "OBITUARY" ¶1; "Mildred Oakhanger: draper, carnival queen and keeper of Fore Street's memory" ¶3
    Query("obituary of a Fore Street draper", "ecea4d53", "topic"),
    # "JUBILEE WEEKEND: THE TOWN PARTIES IN THE RAIN" ¶20, the Golden Jubilee holiday ¶22 (d981be55 ¶24 has
    # Queen Victoria's Diamond Jubilee, no parties)
    Query("Golden Jubilee parties in the rain", "de533221", "topic"),
    # "under the deepest snow most residents can remember. All eleven of the town's schools were shut" ¶6–7
    Query("deepest snow shuts Pollensby schools", "4ed95273", "topic"),
    # "next year's residential at Hawkscar Outdoor Centre runs from 26 to 28 June" ¶23
    Query("Hawkscar Outdoor Centre residential", "f4945f9a", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # "Trust chairman Gwen Harker said" (65f4d568 ¶21): not since when; the line was reopened in 1976 ¶29
    "how long has Gwen Harker chaired the trust?",
    # "Tickets go on sale on 1 October from the booking office and online" (65f4d568 ¶18): no price
    "how much are tickets for the Rainhill weekend?",
    "Len Corbally bravery award",  # retired station officer Len Corbally gives a talk (92827b8e ¶19); no award
    # the fire on Bridge Street (92827b8e ¶5–6, e83c21b0 ¶9–11): crews, the front wall, nobody hurt; no cause
    "what started the fire at Bridge Street?",
    "how many guns did the Mary Rose carry?",  # the Mary Rose (89615eeb): sinking, raising; no guns
    # Jim Pardew (89615eeb): the divers, his old team, the sub-aqua club; no wife; "married" is Mildred's (ecea4d53)
    "name of Jim Pardew's wife",
    "what did Walter Oakhanger die of?",  # "Walter died on 8 November 1994" (ecea4d53 ¶16): no cause
    # Kesworth Rovers (d981be55 ¶20): new floodlights, a friendly against Hallbridge; no league
    "Kesworth Rovers league position",
    # "the club's open tournament follows from 27 to 29 June" (3847c5c1 ¶17): still to come, no winner
    "who won the Pollensby bowls open tournament?",
    # the letter of 2 December 2016 (f4945f9a): this year's fair is on the 9th; last year's raised £1,240 ¶10–11
    "how much did the Ravelstoke fair raise in 2016?",
    "how tall are the Stannage Moor turbines?",  # the turbines and towers (da0bb59c ¶7/13): no height
    "what was Grandad's name at Hollin Farm?",  # Grandad (397460b1 ¶11/18/24) is never named
    "Wickerby Heath warden's name",  # "Contact the warden on 01632 960418." (446c3ae6 ¶24): no name
    # the Brindlecote Steam Railway Trust (65f4d568); Brindleford is three edits from Brindlecote
    "Brindleford steam railway",
    "Kesborough Chronicle",  # THE KESWORTH CHRONICLE (d981be55); Kesborough is four edits from Kesworth
    # RAVELSTOKE … SCHOOL, Mrs A. Penhaligon, Headteacher (f4945f9a); Ravenstock is three edits from Ravelstoke
    "Ravenstock school headteacher",
    # the Stannage Moor wind farm switched on (da0bb59c); Stannington is another place, five edits away
    "Stannington turbines switch-on",
    # "Руководитель кружка Галина Петровна Сорокина" (59c86b07 ¶10): not when she became its leader; the club
    # was founded 12 April 1985 ¶19
    "когда Сорокина стала руководителем кружка?",
    "Чернобыльская АЭС экскурсия",  # the excursion is to the Obninsk AES (59c86b07 ¶17); Chernobyl is never named
    # "media docena de socios viajó a Madrid" ¶12, "los socios fundadores" ¶20 (354b2b11): no membership count
    "¿cuántos socios tiene la peña La Roja?",
    "Iniesta visita Villarcós",  # Iniesta's goal is celebrated in Villarcós (354b2b11); he never visits
    "陈国栋的妻子",  # 陈国栋 (e390ab94): electrician at the 1990 Asian Games; no wife
    "桐溪县 人口",  # 桐溪县 (e390ab94 ¶3): no population
    # "First swallow 17 April" (397460b1 ¶12), house martins ¶15, a talk at Hollin village hall ¶18: no cuckoo
    "first cuckoo heard at Hollin",
    # the bandstand in Priory Gardens, built for the Diamond Jubilee in 1897 (d981be55 ¶24): no architect
    "Priory Gardens bandstand architect",
    # Pollensby's forty-one Games Makers (fcc985da ¶23): volunteers; no athlete, no medal
    "Pollensby Olympic medallist",
    # "Visit of the Hallbridge club, with a 5-inch gauge coal-fired race" on Sunday 4 May (eb7cc329 ¶16): no result
    "who won the coal-fired race against Hallbridge?",
    # Haybarrow Halt, the end of the line (65f4d568 ¶30), Brindlecote station ¶25: no café; tea at Wickerby's
    # visitor hut (446c3ae6 ¶8)
    "station café opening hours at Haybarrow",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind55/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
