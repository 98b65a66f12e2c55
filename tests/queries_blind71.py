"""A seventy-first lookup query set, BLIND (written in the thirty-fifth session for the thirty-sixth round):
committed unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (as in blind56).

It was written without the search engine: nobody ran it on these queries, and no developer is to read them
before that one scoring. Once scored, the set is spent: a score on it after any tuning is in-sample.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind69.py and tests/queries_blind70.py, the
  second written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some nine thousand), and with the earlier queries of this set, while the set was being written;
  a query sharing more than half of its words with any one of them was replaced. The seeds have been
  queried so often that most first drafts failed that check, so most of these seed queries join names
  or passages that no earlier query joined, or take words from passages earlier sets left alone.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind83/docs, copied as ONE
  corpus into a subfolder blind83/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 8
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 10 (another script or romanisation than the text: Latin names written in
Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for
Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3,
chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 3 + 3 (1–2 edits a word), name 3 + 2, phrase 2 + 4, question 3 + 5, topic 3 + 4:
37 + 57 answerable, and 21 + 34 unanswerable. Every answerable query is answered by the documents'
own words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article); a question
in the corpus's own words about something it does not say (who translated, conducted, set or designed
something; when a term ends; how many members, passengers or soldiers; how tall, what time, what it
cost, which hotel, which newspaper, what a lifeboat or a poem is called; why an operation was done);
a place the corpus does not hold but spelled close to one it does (two or more edits from anything
real in it); Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on
purpose (in another script for some of the seeds' ones), and every article holding those words was
read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets) holds all of the query's words. For word-form
queries it checked that the form the query uses is not in the corpus (or, where it is, in which
article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind83/docs/* into ONE temporary
# corpus folder under the subfolder blind83/: files are then "blind83/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind83/docs",)
NEWDOCS_SUBDIRS = ("blind83",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "7551b685": "ACROSS AND DOWN: notes from a Tunbury solver",
    "690437e9": "BRIMBLE HILL COUNTY PRIMARY SCHOOL",
    "78cadf55": "STORM CLEAN-UP UNDER WAY ALONG THE COAST",
    "b693a1e1": "DRAYLE TOWN COUNCIL",
    # en_drayle_mercury_digest.txt, split by the loader: the header (¶1–2), the fares (¶5–11), the opening
    # (¶14–20), the repaint (¶23–28); the "==== CUTTING n ====" lines (¶4, ¶13, ¶22) belong to none of them
    "ebbeccf5": "THE MARRAM REACH CROSSING: THREE CUTTINGS FROM THE DRAYLE MERCURY",
    "029bff89": "FERRY FARES TO RISE AS BRIDGE PLAN SLIPS AGAIN",
    "41d9b6e2": "BRIDGE OPENS, AND THE OLD FERRY BOWS OUT",
    "0c6fbf6f": "BRIDGE TO CLOSE FOR FIRST REPAINT",
    "6b83e060": "DUNVEGARTH & DISTRICT PIPE BAND",
    # en_glaisby_courier_lifeboat_cuttings.txt, split by the loader: the header (¶1–2), the silver jubilee
    # (¶5–12), Boscastle (¶15–19), the Shannon (¶22–27); the "--- Glaisby Courier · date ---" lines (¶4, ¶14,
    # ¶21) belong to none of them
    "de38c439": "GLAISBY LIFEBOAT IN THE COURIER: THREE CUTTINGS",
    "faf1613d": "SILVER JUBILEE FOR GLAISBY LIFEBOAT",
    "307b13c8": "GLAISBY CREW REMEMBER A NIGHT IN CORNWALL",
    "aff68280": "SHANNON ARRIVES AT LAST",
    "9d494320": "NANCY OLLERENSHAW",
    "9ea17611": "QUARLEY VALLEY OPEN STUDIOS",
    "ea7ace0a": "THE DAY THE PAIN STOPPED",
    "4f98cde9": "SCORRINGTON TIMES",
    "6f4c6a02": "SELLOWBY FESTIVAL OF VOICES",
    "71be1314": "EL AGUA QUE BAJÓ DE LA SIERRA",
    "8ed1e991": "«КУКУРУЗНИК» ОТМЕЧАЕТ ЮБИЛЕЙ",
    "b1119688": "电视进山六十年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the 'roots of this activism are to be found in Chartist opposition to the first Opium War'" ¶513;
    # "headmaster of the Shandan Bailie School" ¶483 (and ¶501); "Chow Yun-fat as the legendary Chinese
    # communist Chen Hansheng" ¶491
    Query("Chartist opposition Shandan Bailie Chow Yun-fat", "ac7222d4", "cross-paragraph"),
    # "los generales de terracota y las estatuas de mujeres nobles estaban rollizos" ¶313; "un código QR en el
    # fondo de una olla" ¶327; "eso me hizo reír – siendo de Texas" ¶335
    Query("olla Texas terracota rollizos", "dde32893", "cross-paragraph"),
    # "Dr. Norman Bethune, heir to a Scottish family of doctors" ¶275; "the Minyuan Stadium. Modeled after
    # London's Stamford Bridge" ¶291
    Query("Minyuan Stadium Norman Bethune Stamford Bridge", "7ab1f62c", "cross-paragraph"),
    # "Both states claim to be co-guardians of the true anti-fascist legacy" line 9; "the atrocities committed
    # by the Axis powers" line 39; "opposing all forms of 'Taiwan independence'" line 51
    Query("Axis powers Taiwan independence co-guardians", "b39d8185", "cross-paragraph"),
    # "showing at the British Film Institute … until October 8" ¶111; "a civilisation that's so many times older
    # than that of the West" ¶119; "a court in Warsaw trying a Nazi" ¶125
    Query("civilisation older than the West Warsaw court October 8", "ccf1d4fa", "cross-paragraph"),
    # "meticulous verification of historical records" line 11; "may serve as a countermeasure … marked by
    # shifting alliances" line 16
    Query("meticulous verification countermeasure shifting alliances", "097182f6", "cross-paragraph"),
    # Word forms: the text has another form
    # "Guterres expressed his gratitude for China's strong and solid support to the UN" ¶409 (expressed →
    # expresses)
    Query("Guterres expresses his gratitude for China's strong and solid support", "26d64f12", "word-form"),
    # "Presiding over the SCO Summit, President Xi delivered an important statement" ¶431 (presiding → presides;
    # "presided" is in f78fdcd6 ¶53, of Maduro)
    Query("Xi presides over the SCO Summit in Tianjin", "9e49ddff", "word-form"),
    # "The Global Governance Initiative (GGI) … Mongolia warmly applauds this initiative" ¶199 (applauds →
    # applauded)
    Query("Mongolia warmly applauded the GGI", "c061f0a1", "word-form"),
    # "una fábrica de Lenovo donde mostraron cómo colaboran con el sistema escolar para llevar tecnología
    # avanzada a escuelas rurales" ¶339 (colaboran → colaboró)
    Query(
        "Lenovo colaboró con el sistema escolar para llevar tecnología avanzada a escuelas rurales",
        "dde32893",
        "word-form",
    ),
    # Another script or romanisation
    # the Chinese title line 20: "…关于进一步深化…的联合声明", in pinyin without tones
    Query("jinyibu shenhua lianhe shengming", "b39d8185", "translit"),
    # "Samdech Techo Hun Sen" ¶154; "President Kaysone Phomvihane" ¶167, in Cyrillic
    Query("Хун Сен и Кейсон Фомвихан", "20f574be", "translit"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "Her father, Arthur Clegg" ¶515 (also ¶519), in Cyrillic
    Query("Джеймс Макманус и Артур Клегг", "ac7222d4", "translit"),
    # accents dropped: "President Nicolás Maduro … Ambassador Lan Hu … Vice President Delcy Rodríguez and Defence
    # Minister Vladimir Padrino" ¶33 (and ¶53)
    Query("Nicolas Maduro Lan Hu Delcy Rodriguez Vladimir Padrino", "f78fdcd6", "translit"),
    # "Zhao Leji" ¶65–75 and "Vietnamese Prime Minister Pham Minh Chinh" ¶79 in Chinese characters (20f574be
    # ¶156 lists Zhao Leji among the guests in Hanoi, without Pham Minh Chinh)
    Query("赵乐际 范明政", "362ba691", "translit"),
    # Russian (names written in Cyrillic)
    # "Indonesian President Prabowo Subianto … Foreign Minister Subrahmanyam Jaishankar" ¶451
    Query("Прабово Субианто и Субраманьям Джайшанкар", "e065690c", "russian"),
    # "Cambodian King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk" ¶235 (and ¶239, ¶241)
    Query("Нородом Сихамони и Монинеат Сианук", "5a5d8582", "russian"),
    # Spanish
    # "tuvimos diálogos maravillosos sobre cómo podemos rebatir mejor las narrativas negativas" ¶309
    Query("diálogos maravillosos sobre cómo podemos rebatir mejor las narrativas negativas", "dde32893", "spanish"),
    # "y modestamente nos dijo: 'Bueno, nuestra red nunca se cae'" ¶335
    Query("modestamente nos dijo", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "his mentor, the New Zealand
    # internationalist Rewi Alley" ¶495; "a Colonel Younghusband" ¶521
    Query("陈翰笙 路易·艾黎 荣赫鹏", "ac7222d4", "chinese"),
    # "founding President Kim Il Sung" ¶219; "greeted at Beijing Railway Station by Cai Qi, … Wang Yi" ¶221
    Query("金日成 蔡奇 王毅", "eca32116", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "President Xi Jinping and his wife Peng Liyuan met with the King and the Queen Mother at Zhongnanhai, …
    # on August 26" ¶237
    Query("@everyone Zhongnanhai\u200b Peng Liyuan August 26", "5a5d8582", "mention-noise"),
    # "Modeled after London's Stamford Bridge (home of Chelsea Football Club)" ¶291
    Query("<@12> Stamford Bridge\u200b Chelsea Football Club", "7ab1f62c", "mention-noise"),
    # Typos (1–2 edits)
    Query("Khurelsuk Uhnaa", "c061f0a1", "typo"),  # "Mongolian President Khurelsukh Ukhnaa" ¶187, ¶197
    # "Kazakhstan President Kassym-Jomart Tokayev" ¶405 (Kazakhstan also in the title ¶401)
    Query("Tokaev Kazakstan", "26d64f12", "typo"),
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "Vladimir Vladimirovich
    # Yakushev" ¶158
    Query("Sergeenko Yakushew", "20f574be", "typo"),
    # Names
    # "Iranian President Masoud Pezeshkian … the absence of Prime Minister Narendra Modi" ¶451
    Query("Masoud Pezeshkian Narendra Modi", "e065690c", "name"),
    # "George Hogg died of tetanus" ¶483; "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501
    Query("George Hogg Michael Lindsay", "ac7222d4", "name"),
    # "Vietnamese President Luong Cuong" ¶71; "Sen. Lt. Gen. Hoang Xuan Chien" ¶77; "Ho Chi Minh" ¶63, ¶75
    Query("Luong Cuong Hoang Xuan Chien Ho Chi Minh", "362ba691", "name"),
    # Phrases
    # Fico: "sends a strong message to the world that justice will prevail, peace will prevail" ¶19
    Query("sends a strong message to the world that justice will prevail", "faecd2e1", "phrase"),
    # Putin's message: "Our two countries and our two peoples have forged a profound friendship in that arduous
    # war" line 11
    Query(
        "Our two countries and our two peoples have forged a profound friendship in that arduous war",
        "424ab945",
        "phrase",
    ),
    # Questions
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien extended a warm welcome and expressed
    # gratitude to the foreign troops" ¶77
    Query("which Vietnamese deputy defence minister welcomed the foreign troops?", "362ba691", "question"),
    # "the Daily Worker, the newspaper of the Communist Party of Great Britain (CPGB)" ¶507
    Query("which party's newspaper was the Daily Worker?", "ac7222d4", "question"),
    # "Around 400 military personnel from the armed forces of China, Russia, Laos, and Cambodia took part in the
    # military parade" ¶77, the parade of the Hanoi ceremony ¶73 (20f574be ¶145 has the Lao soldiers only)
    Query(
        "how many members of the armed forces of China, Russia, Laos and Cambodia paraded in Hanoi?",
        "362ba691",
        "question",
    ),
    # Topics
    # "The SCO was the first to conclude a treaty on long-term good-neighbourliness, friendship and cooperation"
    # ¶433 (b39d8185 line 47 has the 2001 China–Russia "Treaty of Good-Neighborliness", not the SCO's)
    Query("Treaty on long-term good-neighbourliness SCO first", "9e49ddff", "topic"),
    # "The unjust and illegal blockade of the United States harms the right to life of the Cuban people and
    # constitutes the main obstacle to Cuba's development" ¶101
    Query("Cuba blockade right to life main obstacle", "d807680a", "topic"),
    # "a China-Zimbabwe all-weather community with a shared future" ¶5; "'five-star ironclad' friendship" ¶7
    Query("China-Zimbabwe all-weather community five-star ironclad", "faecd2e1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Robert Fico (faecd2e1 ¶13–21) says nothing of Belt and Road (d807680a ¶91, 3a9fa4ed ¶213, 9e49ddff ¶433)
    "Robert Fico Belt and Road",
    # Delcy Rodríguez was at the Caracas ceremony (f78fdcd6 ¶33, ¶53); the Tianjin summit is the SCO's (9e49ddff)
    "Delcy Rodríguez Tianjin summit",
    # Chen Hansheng is a character in the Hogg film (ac7222d4 ¶491); the Yan'an congress is 6710eba1's (¶557)
    # and dde32893's (¶315)
    "Chen Hansheng Yan'an congress",
    "Mnangagwa Tianjin",  # Xi met Mnangagwa in Beijing (faecd2e1 ¶3–11); Tianjin is the SCO's city
    # Keith Bennett (ac7222d4 ¶475, d89fdf72 ¶367) was not with the delegation that saw Lenovo (dde32893 ¶339)
    "Keith Bennett Lenovo factory",
    # the Caracas monument (f78fdcd6 ¶33–55): no size, no height
    "how tall is the Chinese victory monument Maduro unveiled?",
    # "At the 1924 Paris Olympics, Eric Liddell captured gold in the men's 400 metres" (7ab1f62c ¶287): no venue;
    # the Minyuan Stadium (¶291) is in Tianjin
    "which stadium hosted the 400 metres at the 1924 Paris Olympics?",
    # "the valiant Scottish soldiers who fought side by side with the Chinese Expeditionary Force on the Burmese
    # battlefield" (7ab1f62c ¶275): no number
    "how many Scottish soldiers fought on the Burmese battlefield?",
    # Thongloun, "General Secretary … and Lao President" (20f574be ¶135, ¶153): no term; "the end of 2025"
    # (¶165) is the Lao PDR's 50th anniversary
    "when does Thongloun's term as Lao president end?",
    "which newspaper does KJ Noh write for?",  # "KJ Noh (Journalist, writer and educator)" (d89fdf72 ¶368)
    # "he asked to have the 'Communist Manifesto' read to him. I read it" (ac7222d4 ¶499): no translator
    "who translated the Communist Manifesto that Alley read to Hogg?",
    # Kim Jong Un in Beijing (eca32116 ¶219–223): the station and the Great Hall, no guesthouse
    "Kim Jong Un Diaoyutai guesthouse",
    # Tianmen is 2 edits from Tianjin, whose SCO Plus meeting is 9e49ddff's (¶425), and 2 from Tienanmen
    "Tianmen SCO Plus meeting",
    # Kharovsk is 2 edits from Khabarovsk, near which lies the former camp (054ef6fb ¶12); no partisans there
    "Kharovsk partisan camp",
    # Jiayuan is 2 edits from Jiayuguan (dde32893 ¶307, ¶335, ¶345); the solar plants are Dunhuang's (dde32893
    # ¶335, 6710eba1 ¶539)
    "Jiayuan solar farm",
    # "the Russian World War II veteran Lev Abramov" (054ef6fb ¶14): no awards
    "Лев Абрамов награды и ордена",
    # Ivan Melnikov met Liu Qibao in Khabarovsk (054ef6fb ¶6); Lukashenko met Xi in Tianjin (0e5d6094 ¶263–265)
    "Мельников и Лукашенко",
    "¿cómo se llama el director de JISCO?",  # "visitamos JISCO, una empresa siderúrgica estatal" (dde32893 ¶335)
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" (dde32893 ¶329): no price
    "¿cuánto cuesta un cuarto de hotel con robots en Shanghái?",
    # "as Vietnamese communist leader Ho Chi Minh once described it in a poem" (362ba691 ¶63): the poem is not named
    "胡志明 那首诗 叫什么",
    # Lukashenko: "every time he came to China" (0e5d6094 ¶265): no count of visits
    "卢卡申科 这是第几次来中国",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "a Liverpool-born journalist called Arthur Wynne" ¶6; "the back room of the Wheatsheaf … moves to the
    # function room upstairs" ¶18–19
    Query("Arthur Wynne Wheatsheaf function room", "7551b685", "cross-paragraph"),
    # "the new reading corner in the infants' building" ¶7; "The nativity play will be performed" ¶9; "The first
    # headmaster, Mr Amos Tebbutt" ¶21
    Query("Amos Tebbutt reading corner nativity play", "690437e9", "cross-paragraph"),
    # "Mrs Edna Pollitt, 71, … watched her greenhouse go over the garden fence" ¶17; "Coxswain Ray Tulley" ¶27
    Query("Edna Pollitt greenhouse Coxswain Ray Tulley", "78cadf55", "cross-paragraph"),
    # "She married Walter Ollerenshaw, a fireman" ¶8; "Two Black Fives on the front" ¶16–17; "St Oswald's Church,
    # Scarthorpe" ¶27
    Query("Walter Ollerenshaw Black Fives St Oswald's", "9d494320", "cross-paragraph"),
    # "Raku firings in the yard" ¶12 and "Ellen Grice" ¶13 (one block, ¶11–15); "look for the paw sign on the
    # map" ¶24
    Query("Raku firings Ellen Grice paw sign", "9ea17611", "cross-paragraph"),
    # "the house surgeon, Mr Josiah Pettifer" ¶15; "tried chloroform" ¶21; "'This Yankee Dodge' … Pettifer's
    # inhaler" ¶25–26
    Query("Josiah Pettifer inhaler Yankee Dodge chloroform", "ea7ace0a", "cross-paragraph"),
    # "la presa del Pontón de la Oliva" ¶20 and "la carta de Anselmo Rico" ¶21 (one block, ¶18–24); "su
    # presidenta, Pilar Sanz" ¶28
    Query("Anselmo Rico Pontón de la Oliva Pilar Sanz", "71be1314", "cross-paragraph"),
    # "механик авиаотряда Пётр Самойлович Гуляев" ¶9–10; "лётчик Сергей Витальевич Ложкин" ¶21; "Председатель
    # клуба Ирина Кравец" ¶24
    Query("Гуляев Ложкин Ирина Кравец", "8ed1e991", "cross-paragraph"),
    # 老技术员周德明 ¶9; 县台完成了高清化改造 ¶14; 台长韦建华 ¶23
    Query("周德明 韦建华 高清化改造", "b1119688", "cross-paragraph"),
    # Word forms
    # "Coxswain Ray Tulley, who joined the crew on 9 June 1962" ¶27 (joined → joining)
    Query("Ray Tulley joining the crew in 1962", "78cadf55", "word-form"),
    # "Pulled off for her in the afternoon and cried like a bairn after" ¶17–18 (cried → crying)
    Query("Nancy Ollerenshaw crying like a bairn", "9d494320", "word-form"),
    # "one of the singers had to turn him round so that he could see the applause" ¶8 (turn → turning; "turning"
    # is only in the seeds)
    Query("singers turning Beethoven round to see the applause", "6f4c6a02", "word-form"),
    # "'administered the vapour of sulphuric ether to a boy of eleven years'" ¶15–16 (administered →
    # administering)
    Query("Pettifer administering the vapour of sulphuric ether to a boy", "ea7ace0a", "word-form"),
    # "лётчик Сергей Витальевич Ложкин посадил машину на скошенное поле" ¶21 (посадил → посадив)
    Query("Ложкин, посадив машину на скошенное поле", "8ed1e991", "word-form"),
    # "Uno de ellos, Anselmo Rico, escribió a su hermana" ¶10 (escribió → escribe)
    Query("Anselmo Rico escribe a su hermana", "71be1314", "word-form"),
    # "The paper reported that eleven tenors came forward" ¶16 (came → coming, irregular)
    Query("eleven tenors coming forward", "6f4c6a02", "word-form"),
    # "a typesetter had swapped the words round" ¶6–7 (swapped → swapping)
    Query("a typesetter swapping the words round", "7551b685", "word-form"),
    # Another script or romanisation
    Query("Нэнси Оллереншоу", "9d494320", "translit"),  # "NANCY OLLERENSHAW" ¶1, ¶4 in Cyrillic
    Query("Артур Винн", "7551b685", "translit"),  # "a Liverpool-born journalist called Arthur Wynne" ¶6 in Cyrillic
    Query("Роберт Листон", "ea7ace0a", "translit"),  # "the surgeon Robert Liston" ¶4 in Cyrillic
    # "at the Kärntnertor Theatre in Vienna, an audience heard Beethoven's Ninth Symphony" ¶6, the names in
    # Chinese characters
    Query("贝多芬 维也纳", "6f4c6a02", "translit"),
    # "Председатель клуба Ирина Кравец" ¶24 and "КОВЫЛИНСК" ¶4 in Latin letters
    Query("Irina Kravets Kovylinsk", "8ed1e991", "translit"),
    Query("Qinggangjian Shanwan", "b1119688", "translit"),  # 在青岗尖修建电视差转台 ¶8; 杉湾县 ¶2, ¶8 in pinyin
    Query("Karntnertor Theatre", "6f4c6a02", "translit"),  # accent dropped: "the Kärntnertor Theatre" ¶6
    Query("Джин Ритчи", "6b83e060", "translit"),  # "should go to Jean Ritchie by the end of April" ¶32 in Cyrillic
    Query("Ансельмо Рико", "71be1314", "translit"),  # "Anselmo Rico" ¶10, ¶21 in Cyrillic
    # "James Young Simpson and two friends tried chloroform" ¶21 in Chinese characters
    Query("詹姆斯·扬·辛普森", "ea7ace0a", "translit"),
    # Russian
    # "биплан Ан-2, которому предстояло стать самым массовым самолётом сельской авиации" ¶5
    Query("самым массовым самолётом сельской авиации", "8ed1e991", "russian"),
    # "Зрителей ждут показательные прыжки, полёты ветеранов" ¶16
    Query("показательные прыжки и полёты ветеранов", "8ed1e991", "russian"),
    # "Ремонт обошёлся в полтора миллиона рублей" ¶22
    Query("ремонт обошёлся в полтора миллиона рублей", "8ed1e991", "russian"),
    # Spanish
    # "un surtidor lanzó el agua a más de treinta metros de altura" ¶8–9
    Query("un surtidor lanzó el agua a más de treinta metros", "71be1314", "spanish"),
    # "el fallo del jurado se conocerá el día 6 por la noche, en la plaza" ¶24
    Query("el fallo del jurado se conocerá por la noche en la plaza", "71be1314", "spanish"),
    # "para limpiar y catalogar el archivo municipal" ¶27
    Query("limpiar y catalogar el archivo municipal", "71be1314", "spanish"),
    # Chinese
    Query("老照片 老物件 征集活动", "b1119688", "chinese"),  # 县台启动了老照片、老物件征集活动 ¶15
    Query("老台新生 揭牌仪式", "b1119688", "chinese"),  # 举行"老台新生"揭牌仪式 ¶19
    Query("广播电视历史陈列馆", "b1119688", "chinese"),  # 将改建为广播电视历史陈列馆 ¶23
    # Mentions and zero-width spaces
    # "taking three men off the coble Providence … the owners sent the crew a crate of beer" ¶9–10
    Query("<@4411> coble Providence\u200b crate of beer", "faf1613d", "mention-noise"),
    # "A free minibus runs a loop of all eleven studios … from Quarley Cross village hall" ¶22
    Query("@here Quarley\u200b free minibus", "9ea17611", "mention-noise"),
    # "What a turnout for the Burns Supper … Over ninety sat down in the Drill Hall" ¶5
    Query("<#88> Drill Hall\u200b Burns Supper", "6b83e060", "mention-noise"),
    # Typos
    # "the Scorrington Mechanics' Institute" ¶5 (1 edit + 1 edit)
    Query("Scorington Mechanics Insitute", "4f98cde9", "typo"),
    Query("Selowby Festval of Voices", "6f4c6a02", "typo"),  # "SELLOWBY FESTIVAL OF VOICES" ¶1
    Query("Cromwik storm", "78cadf55", "typo"),  # "CROMWICK, 27 January — … Thursday's storm" ¶5
    # Names
    Query("Harold Vane", "4f98cde9", "name"),  # "from the files of the Times, compiled by Harold Vane" ¶2
    # "She was named by the Lord-Lieutenant, Dame Helen Corbishley" ¶24
    Query("Dame Helen Corbishley", "aff68280", "name"),
    # Phrases
    Query("as easily as a lady lifts her fan", "4f98cde9", "phrase"),  # the bascules of Tower Bridge, ¶7–8
    # Jack Ridley of the first rescue, ¶11
    Query("wet to the skin and not one of us could have told you the way home", "faf1613d", "phrase"),
    Query(
        "bring a pencil and a dictionary you are prepared to share", "7551b685", "phrase"
    ),  # the Christmas solve, ¶20
    Query(
        "Five days later it was sitting in next door's pond", "78cadf55", "phrase"
    ),  # Mrs Pollitt's greenhouse, ¶18–19
    # Questions
    # "The Marram Reach lift bridge will be closed to all vehicles from 19 September to 14 October while its lifting
    # machinery is … overhauled" ¶5–6 (0c6fbf6f is the 2009 closure for repainting, 2 to 20 November)
    Query("when will the Marram Reach lift bridge be closed for the overhaul?", "b693a1e1", "question"),
    # "Fares on the Marram Reach chain ferry will rise from 1 November, to 40p for a car" ¶6
    Query("how much was the chain ferry fare for a car?", "029bff89", "question"),
    # "was for nineteen years the only woman to work the signal box at Garsby Moss" ¶4–5
    Query("how long did Nancy Ollerenshaw work the Garsby Moss signal box?", "9d494320", "question"),
    # "the Christmas Fair on the 2nd. It raised £1,146, which will go towards the new reading corner" ¶6–7
    Query("what will the money raised at the Brimble Hill Christmas Fair go towards?", "690437e9", "question"),
    # "The big one is the Kinlochbrae Games … the band bus leaves the hall at 7 a.m. on the 11th" ¶21–22
    Query("what time does the band bus leave for the Kinlochbrae Games?", "6b83e060", "question"),
    # Topics
    # "flash floods tore through Boscastle, and two Glaisby crew members on holiday there spent the night helping"
    # ¶16–17 (de38c439 is the scrapbook's header)
    Query("Glaisby crew Boscastle flash floods", "307b13c8", "topic"),
    # "The Scorrington Welsh Society hired two coaches to take members to Caernarfon for the investiture of the
    # Prince of Wales" ¶16–17
    Query("Prince of Wales investiture Caernarfon coaches", "4f98cde9", "topic"),
    # "in the spring of 1853 Queen Victoria accepted it [chloroform], on 7 April, at the birth of Prince Leopold"
    # ¶21–23
    Query("Queen Victoria chloroform birth of Prince Leopold", "ea7ace0a", "topic"),
    # "The first across, at 7.02 a.m., was a milk tanker from Gadsby Dairy" ¶16–17
    Query("milk tanker first across the lift bridge", "41d9b6e2", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Len Atwood skippered the Marram Reach ferry (41d9b6e2 ¶18); Boscastle is the Glaisby crew's (307b13c8)
    "Len Atwood Boscastle",
    # Ellen Grice is a Quarley weaver (9ea17611 ¶13); the Burns Supper is the pipe band's (6b83e060 ¶5)
    "Ellen Grice Burns Supper",
    # Jack Ridley is the last of the first Glaisby crew (faf1613d ¶11–12); the Kinlochbrae Games are the pipe
    # band's (6b83e060 ¶21)
    "Jack Ridley Kinlochbrae Games",
    # Josiah Pettifer was Quenlow's house surgeon in 1847 (ea7ace0a ¶15); Garsby Moss is Nancy Ollerenshaw's box
    # (9d494320)
    "Josiah Pettifer Garsby Moss",
    # Ludlam & Rooke work on the Drayle bridge (b693a1e1 ¶11, 0c6fbf6f ¶26); the pier is Cromwick's (78cadf55 ¶12–13)
    "Ludlam & Rooke Cromwick pier",
    # Dr Ruth Kingdon gives the Sellowby pre-concert talk (6f4c6a02 ¶22); the Quenlow Infirmary Museum is
    # ea7ace0a's
    "Ruth Kingdon Quenlow Infirmary",
    # Emlyn Parry chaired the Scorrington Welsh Society (4f98cde9 ¶18); the ceilidh is the pipe band's (6b83e060 ¶20)
    "Emlyn Parry ceilidh",
    # the Tunbury Crossword Circle (7551b685): Agnes, Derek, tables of solvers; no count of members
    "how many members does the Tunbury Crossword Circle have?",
    # "The Times held out until 1 February 1930 before it printed its first puzzle" (7551b685 ¶9): no setter
    "who set the first crossword in The Times?",
    # "A centenary service will be held at St Mark's Church on Sunday the 7th at 10.30 a.m." (690437e9 ¶26): no end
    "what time does the Brimble Hill centenary service finish?",
    # the pier "will stay shut until 2 April at the earliest" (78cadf55 ¶13); the storm fund (¶30): no sum
    "how much will the Cromwick pier repairs cost?",
    # "the coaster Brisa, whose crew of five were lifted off by helicopter" (78cadf55 ¶26): no cargo
    "what cargo was the coaster Brisa carrying?",
    # "Glaisby has its first Shannon-class lifeboat. She was named by the Lord-Lieutenant" (aff68280 ¶23–24): the
    # name is not given
    "what is the name of Glaisby's Shannon-class lifeboat?",
    # the chain ferry (029bff89, 41d9b6e2, 0c6fbf6f): fares, refits, her last crossing; no passenger numbers
    "how many passengers did the Marram Reach ferry carry?",
    # "The composer … stood beside the conductor" (6f4c6a02 ¶7): the conductor is not named
    "who conducted the first performance of Beethoven's Ninth in Vienna?",
    # "Places on the hands-on workshops (pottery, weaving and linocut) are limited to eight" (9ea17611 ¶18): no
    # price; only the children's clay morning is said to be free
    "how much do the Quarley Valley pottery workshops cost?",
    # "his patient, a butler named Frederick Churchill, was fast asleep" (ea7ace0a ¶5): the operation is not said
    "why was Frederick Churchill operated on?",
    # "since the old baths closed on 3 December" (4f98cde9 ¶22): when they opened is not said
    "when did the old Scorrington baths open?",
    # the Welsh Society "set off at midnight and were back at three in the morning" (4f98cde9 ¶17–18): no hotel
    "which hotel did the Welsh Society stay at in Caernarfon?",
    # "The funeral will be held at St Oswald's Church" (9d494320 ¶26–27), still to come: no hymn
    "what hymn was sung at Nancy Ollerenshaw's funeral?",
    # "The bridge will be formally opened by the Lord Lieutenant on 16 May" (41d9b6e2 ¶19–20): no hour (7.02 a.m.,
    # ¶16, is the first car, not the opening)
    "what time will the Lord Lieutenant open the Marram Reach bridge?",
    "Cromer gale damage",  # Cromer is 4 edits from Cromwick, whose storm damage is 78cadf55's
    "Glaisdale inshore boat",  # Glaisdale is 4 edits from Glaisby, whose new inshore boat is 307b13c8's (¶19)
    "Drayton regatta",  # Drayton is 3 edits from Drayle, whose regatta is b693a1e1's (¶26–27)
    "Selby Festival of Voices",  # Selby is 3 edits from Sellowby, whose festival is 6f4c6a02's
    "Dunvegan pipe band",  # Dunvegan is 3 edits from Dunvegarth, whose pipe band is 6b83e060's
    # "Первый Ан-2 сел на ковылинском аэродроме 12 мая 1950 года" (8ed1e991 ¶9): the pilot is not named; Ложкин
    # (¶21) flew the club's plane last year
    "кто был первым пилотом Ан-2 в Ковылинске?",
    # "Заявки на ознакомительные полёты принимаются до 25 августа" (8ed1e991 ¶18): no price
    "сколько стоят ознакомительные полёты?",
    # "la Asociación Cultural El Caz ha preparado un programa" (71be1314 ¶18): no money raised
    "¿cuánto dinero recaudó la Asociación Cultural El Caz?",
    # "descubrimiento de una placa nueva junto a la antigua" (71be1314 ¶22): no designer
    "¿quién diseñó la placa nueva?",
    # "Entre el público estaban varios canteros de Valcorneja" (71be1314 ¶9–10): no number
    "¿cuántos canteros de Valcorneja trabajaron en el canal?",
    "周德明 今年 多大",  # 老技术员周德明 (b1119688 ¶9, ¶19): no age
    "杉湾县 人口",  # 杉湾县地处深山 (b1119688 ¶8): no population
    "青岗尖 海拔",  # 在青岗尖修建电视差转台 (b1119688 ¶8): no height
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind83/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
