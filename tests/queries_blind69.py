"""A sixty-ninth lookup query set, BLIND (written in the thirty-fourth session for the thirty-fifth round):
committed unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (of the kinds
and in the proportions of tests/queries_blind56.py).

It was written by a writer who reported its counts only (by kind and corpus), never its queries, names or
subjects. Nobody reads it or tunes on it before it is scored; once it has been scored, it is spent: a later
score on it is in-sample.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind67.py, unscored, and tests/queries_blind68.py,
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё
  read as е, Chinese by character pairs, a few stop words left out) with every earlier query (some 8,700 of
  them, over the seeds and over the earlier new-document corpora), and with the earlier queries of this
  set, while the set was being written; a query sharing more than half of its words with any one of them
  was replaced. The seeds have been queried many thousands of times by now, so most of these seed queries
  join passages or names that no earlier query joined, and well over half of the first drafts had to be
  rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind81/docs, copied as ONE
  corpus into a subfolder blind81/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish), translit
5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese characters
as a Russian or Chinese newspaper transcribes them, Chinese names and words in pinyin without tones, Russian
names in Latin letters, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3
(Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word),
name 3 + 2, phrase 2 + 3, question 3 + 4, topic 5 + 3: 38 + 48 answerable, and 21 + 33 unanswerable.
Every answerable query is answered by the documents' own words in some form, spelling or script (names
may be written in another script); none needs a translation of a common noun or a synonym the text never
uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
digest but another cutting); a question in the corpus's own words about something it does not say (who
composed, conducted, won or was the first vicar; when someone became a minister or died, when something
was built; how many spectators, dormice or hours, what time something opens or closes, what a repair, a
ticket, a dinner, a floor or a forum cost, which hotel, what a wife, a father, a rower or a sergeant was
called); a place the corpus does not hold but spelled close to one it does (three or more edits from
anything real in it); Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on
purpose (in another script for some of the seeds' ones), and every article holding those words was read to
confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind81/docs/* into ONE temporary
# corpus folder under the subfolder blind81/: files are then "blind81/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind81/docs",)
NEWDOCS_SUBDIRS = ("blind81",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "8b7c0761": "THE MAN WHO SWAM TO FRANCE: A HUNDRED AND FIFTY YEARS ON",
    "f8fde858": "BROCKWELL INGS",
    # en_copplestone_argus_digest.txt, split by the loader: the header (¶1–2), the Voyager cutting (¶5–9), the
    # foot-and-mouth cutting (¶12–16) and the snow cutting (¶18–23, titled by its dateline, since its headline
    # ¶19 follows it); the "--- n ---" rules (¶3, ¶10, ¶17) and the first two datelines (¶4, ¶11) belong to none
    "16134641": "THE COPPLESTONE ARGUS: THREE CUTTINGS",
    "0d8429cf": "SCHOOL WATCHES AS VOYAGER REACHES NEPTUNE",
    "68f5a3c9": "MARKET CLOSED AS FOOT-AND-MOUTH SPREADS",
    "6b409a88": "Copplestone Argus, Monday 5 March 2018",
    # en_gannoch_bay_herald_digest.txt, split by the loader: the header (¶1–2), the first Cross-Bay race (¶3–9),
    # the Channel Tunnel (¶10–16) and the snow of 2010 (¶17–24); each "==== CUTTING n ====" rule and dateline
    # falls inside the article that follows it
    "17e6aa80": "GANNOCH BAY HERALD — CUTTINGS FROM THE LIBRARY BOX",
    "ccd450f3": "SWIMMERS CONQUER THE BAY AT LAST",
    "6de9af40": "TOWN TURNS OUT FOR THE TUNNEL",
    "3f5850ff": "SNOW SEALS OFF THE COAST ROAD",
    "4dc0c079": "PINT GLASSES AND DOUBLE HELICES — a family history blog",
    "37bfab42": "OBITUARY",
    "9c26cb5d": "KINDLEMERE CHORAL SOCIETY and KINDLEMERE SINFONIA",
    "21a58d95": "POLLERTON SHUTTLERS BADMINTON CLUB",
    "ce96dc87": "SCARRAWAY, 31 July — Thirty years to the day after the first Cross-Bay Swim",
    "044f929e": "ST EVERILD'S CHURCH, HAMMERDON",
    "454907b0": "THE TANSLEY WOLD ECHO",
    "08392998": "YARLBOROUGH DISTRICT COUNCIL",
    "be9f976d": "VILLAFRÍA DE LA SAL, 4 de agosto.",
    "110b92c8": "Белоречье, 7 марта.",
    "522ee8f8": "青藏铁路全线通车十周年 雪湖站迎来第一百万名旅客",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "The Lao News Agency KPL reported"
    # ¶163; "established by President Kaysone Phomvihane and President Fidel Castro" ¶167
    Query("Kaysone Phomvihane Igor Sergeenko Lao News Agency KPL", "20f574be", "cross-paragraph"),
    # "China's Consulate-General in the Scottish capital Edinburgh" ¶273 (Edinburgh also ¶287); "the Minyuan
    # Stadium. Modeled after London's Stamford Bridge" ¶291
    Query("Minyuan Stadium Stamford Bridge Edinburgh consulate", "7ab1f62c", "cross-paragraph"),
    # "JISCO … tiene una granja lechera y una vinatera con la bodega de vino techada más grande de Asia" ¶335; "una
    # fábrica de robótica en donde demostraron los avances en la cirugía e industria, y una fábrica de Lenovo"
    # ¶339
    Query("JISCO bodega de vino Lenovo cirugía robótica", "dde32893", "cross-paragraph"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "the legendary Chinese communist Chen Hansheng" ¶491; "in
    # the Fellowship of Reconciliation" ¶493
    Query("Chen Hansheng Ocean Devil Fellowship of Reconciliation", "ac7222d4", "cross-paragraph"),
    # "Global Civilization Initiative" line 13; "symbols like the Yasukuni Shrine" line 41; "its support for the
    # One China principle" line 51
    Query("Yasukuni Shrine One China principle Global Civilization Initiative", "b39d8185", "cross-paragraph"),
    # Word forms: the text has another form
    # "George Hogg died of tetanus aged just 30" ¶483; "he asked to have the 'Communist Manifesto' read to him"
    # ¶499 (died → dying, asked → asking)
    Query("Hogg dying of tetanus, asking for the Communist Manifesto to be read", "ac7222d4", "word-form"),
    # "President Putin said that he will attend the commemoration … tomorrow" ¶193 (attend → attends); eca32116
    # ¶219 has Putin at the commemoration, flanking Xi on the rostrum, a fair answer too
    Query("Putin attends the commemoration tomorrow", "c061f0a1", "word-form", also=("eca32116",)),
    # "Le preguntamos a un trabajador allí … y modestamente nos dijo: 'Bueno, nuestra red nunca se cae'" ¶335
    # (dijo → dice)
    Query("un trabajador de Dunhuang dice que su red nunca se cae", "dde32893", "word-form"),
    # "Dr. Norman Bethune … whom Chairman Mao Zedong praised as 'a man of noble character'" ¶275 (praised →
    # praising)
    Query("Mao praising Bethune as a man of noble character", "7ab1f62c", "word-form"),
    # Another script or romanisation
    # "follow Marxism-Leninism, Mao Zedong Thought, Deng Xiaoping Theory" ¶383, in Cyrillic (Mao Zedong is in
    # five other articles, Deng Xiaoping in this one only)
    Query("Дэн Сяопин и Мао Цзэдун", "38a7d84f", "translit"),
    # the Chinese title line 20: "…之际关于进一步深化中俄新时代全面战略协作伙伴关系的联合声明", its
    # 进一步深化中俄 in pinyin without tones
    Query("jinyibu shenhua Zhong E", "b39d8185", "translit"),
    # "the legendary Chinese communist Chen Hansheng" ¶491; "Michael Lindsay, later 2nd Baron Lindsay of Birker"
    # ¶501, in Cyrillic (d89fdf72's Chen is Chen Weihua)
    Query("Чэнь Ханьшэн и Майкл Линдсей", "ac7222d4", "translit"),
    # accents dropped: "a ¡Lucha y Resiste!, en la que reflexiona" ¶299 (and ¶301–343); "la Organización Socialista
    # Freedom Road" ¶299, "Organización Socialista Camino de la Libertad" ¶301, ¶305
    Query("Lucha y Resiste Organizacion Socialista", "dde32893", "translit"),
    # accents dropped: "Brazilian President Luiz Inácio Lula da Silva" ¶451; "South African President Cyril
    # Ramaphosa" ¶451, ¶467; "Tariff blackmail is being normalised" ¶463
    Query("Luiz Inacio Lula Ramaphosa tariff blackmail", "e065690c", "translit"),
    # Russian (names written in Cyrillic)
    # "Dr. Norman Bethune" ¶275; "the Scottish capital Edinburgh" ¶273, ¶287; "he returned to Tianjin" ¶289, ¶291
    # (Tianjin is in many articles, Bethune in this one only)
    Query("Норман Бетьюн, Эдинбург и Тяньцзинь", "7ab1f62c", "russian"),
    # "India was represented by Foreign Minister Subrahmanyam Jaishankar, with the absence of Prime Minister
    # Narendra Modi" ¶451
    Query("Субраманьям Джайшанкар и Нарендра Моди", "e065690c", "russian"),
    # Spanish
    # "tuvimos diálogos maravillosos sobre cómo podemos rebatir mejor las narrativas negativas" ¶309
    Query("diálogos maravillosos sobre cómo rebatir las narrativas negativas", "dde32893", "spanish"),
    # "nuestros guías nos dijeron que las personas pueden ir a hacer preguntas o pedir ayuda de los cadres" ¶345
    Query("nuestros guías nos dijeron que las personas pueden hacer preguntas", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # Kaysone Phomvihane ¶167, Díaz-Canel ¶155, ¶161–167 (also d807680a ¶85, ¶89), Thongloun ¶135–183, as Xinhua
    # writes them
    Query("凯山·丰威汉 迪亚斯-卡内尔 通伦", "20f574be", "chinese"),
    # Ho Chi Minh ¶63, ¶75; To Lam ¶67–69, ¶73 (also 20f574be ¶145); Luong Cuong ¶71
    Query("胡志明 苏林 梁强", "362ba691", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Lady From Chungking is an anti-imperialist classic" ¶113, ¶129; "Anna May Wong (real name Wong Liu Tsong)"
    # ¶115
    Query("<@42> Lady From Chungking\u200b Wong Liu Tsong", "ccf1d4fa", "mention-noise"),
    # "Progressive International, Freedom Road Socialist Organization, Workers World Party, Black Liberation
    # Alliance and Qiao Collective" ¶547 (dde32893 ¶305 names them in Spanish)
    Query("@here Black Liberation Alliance\u200b Progressive International", "6710eba1", "mention-noise"),
    # Typos (1–2 edits)
    Query("Khurelsuk Uknaa", "c061f0a1", "typo"),  # "Mongolian President Khurelsukh Ukhnaa" ¶187, ¶197
    # "Kassym-Jomart Tokayev" ¶405; "Egyptian Prime Minister Mostafa Madbouly" ¶405, ¶411–413
    Query("Kasym-Jomart Tokaev Madbuly", "26d64f12", "typo"),
    # "first published by Orinoco Tribune and Global Times … originally published in Spanish by Telesur" ¶49
    Query("Orinocco Tribun Telesur", "f78fdcd6", "typo"),
    # Names
    # "James MacManus's biography" ¶489; "Chow Yun-fat as the legendary Chinese communist" ¶491; "the New Zealand
    # internationalist Rewi Alley" ¶495
    Query("Chow Yun-fat Rewi Alley James MacManus", "ac7222d4", "name"),
    # the webinar's speakers: "Jenny Clegg (Author and peace activist)" ¶366; "Radhika Desai (International
    # Manifesto Group), Moderator" ¶369 (ac7222d4 ¶513 has Jenny Clegg only)
    Query("Jenny Clegg Radhika Desai", "d89fdf72", "name"),
    # "Indonesian President Prabowo Subianto … the absence of Prime Minister Narendra Modi" ¶451
    Query("Prabowo Subianto Narendra Modi", "e065690c", "name"),
    # Phrases
    # Putin's message: "Our two countries and our two peoples have forged a profound friendship in that arduous
    # war." line 11
    Query(
        "Our two countries and our two peoples have forged a profound friendship in that arduous war",
        "424ab945",
        "phrase",
    ),
    # "an important object that keeps the truth about the history of the Second World War" line 12
    Query("an important object that keeps the truth about the history", "054ef6fb", "phrase"),
    # Questions
    # "in the course of 14 years of war (1931-45) China suffered over 35 million casualties" ¶357
    Query("how many casualties did China suffer between 1931 and 1945?", "d89fdf72", "question"),
    # Maduro: "The people saved their culture, their history, and recovered more than half of their territory"
    # ¶57
    Query("how much of its territory did China recover, according to Maduro?", "f78fdcd6", "question"),
    # "the July 7 Lugou 'Marco Polo' Bridge Incident that heralded Japan's full-scale invasion" ¶505
    Query("when did the Lugou Bridge incident happen?", "ac7222d4", "question"),
    # Topics
    # "The China-Myanmar pauk-phaw (brotherly) friendship" ¶415 (and ¶419); "advance key projects of the
    # China-Myanmar Economic Corridor" ¶417
    Query("China-Myanmar Economic Corridor pauk-phaw friendship", "26d64f12", "topic"),
    # "since assuming the role of African co-chair of the Forum on China-Africa Cooperation (FOCAC) … carry out
    # the ten partnership actions" ¶27
    Query("Congo FOCAC co-chair ten partnership actions", "faecd2e1", "topic"),
    # "the North East Anti-Japanese United Army (Noraa) … remain underrepresented in international historical
    # narratives" line 3 (054ef6fb line 12 has the army's old camp, not this)
    Query("North East Anti-Japanese United Army underrepresented in historical narratives", "097182f6", "topic"),
    # "cooperation in science, technology and innovation in the fields of cybersecurity, nanotechnology, …, brain
    # sciences, …, robotics and automation" ¶105
    Query("Cuba cybersecurity nanotechnology brain sciences robotics", "d807680a", "topic"),
    # "Uzbekistan congratulates China on hosting a successful SCO Tianjin Summit and believes that China's
    # productive presidency" ¶209
    Query("Uzbekistan productive presidency SCO Tianjin Summit", "3a9fa4ed", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the Anna May Wong season is reviewed by David Horsley
    # (ccf1d4fa ¶111), and the books are Horsley's booklet on Claudia Jones (¶123), Hogg's and Alley's (ac7222d4)
    "Chen Weihua book on Anna May Wong",
    # Lula chaired the BRICS virtual summit (e065690c ¶451); no account of the Tianjin SCO summit names him
    "Lula da Silva Tianjin SCO summit",
    # Jodie Evans is a webinar speaker (d89fdf72 ¶365); Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "Jodie Evans Buckingham Palace",
    # Horsley wrote a booklet on Claudia Jones (ccf1d4fa ¶123); the one biography is MacManus's of Hogg (ac7222d4
    # ¶489); Liddell's story is Xinhua's (7ab1f62c ¶283–291)
    "David Horsley biography of Eric Liddell",
    # Hun Manet met Xi in Tianjin (5a5d8582 ¶243–247); the Cambodian at the Hanoi ceremony was Hun Sen (20f574be
    # ¶154)
    "Hun Manet Hanoi parade",
    # the Tienanmen parade (38a7d84f ¶377, eca32116 ¶219) has no anthem; "composed" is only the Friends Ambulance
    # Unit's make-up (ac7222d4 ¶501)
    "who composed the anthem played at the Tienanmen parade?",
    # "Born in 1902 to Scottish missionary parents" (7ab1f62c ¶289); no wife; the one wife is Peng Liyuan (5a5d8582
    # ¶237)
    "what was the name of Eric Liddell's wife?",
    # "heir to a Scottish family of doctors" (7ab1f62c ¶275); no one named; the one father is Arthur Clegg
    # (ac7222d4 ¶515)
    "what was the name of Norman Bethune's father?",
    # Thongloun "visited Hanoi" (20f574be ¶143); the only hotel is in the Spanish interview (dde32893 ¶329)
    "which hotel did Thongloun stay at in Hanoi?",
    # "the Chinese Modernisation Forum (2025), organised by … Tsinghua University, on September 4" (ac7222d4 ¶475);
    # no fee
    "how much did it cost to attend the Chinese Modernisation Forum at Tsinghua?",
    "what time does the Minyuan Stadium open?",  # the stadium (7ab1f62c ¶291) has no opening hours
    "when did Sergei Lavrov become foreign minister?",  # "Russian Foreign Minister Sergei Lavrov" (097182f6 line 7)
    # Tianshui is 4 edits from Tianjin; the international symposium is Keith Bennett's (ac7222d4 ¶475)
    "Tianshui international symposium",
    # Ganzhou is not in the corpus (3 edits from Gansu, whose cities the delegations visited: 6710eba1 ¶549,
    # dde32893 ¶333); "delegation" and "visit" are everywhere
    "Ganzhou provincial delegation visit",
    "Carabobo monument",  # Carabobo is 4 edits from Caracas, whose monument is f78fdcd6's
    "Мадуро бейсбол",  # Maduro (f78fdcd6) in Cyrillic; no baseball
    # Putin (c061f0a1, eca32116, 424ab945, b39d8185, e065690c); Khabarovsk is Liu Qibao's visit (054ef6fb)
    "Путин и Хабаровск",
    "¿cuánto costó el vino de JISCO?",  # "sí, probamos el vino — delicioso" (dde32893 ¶335); no price
    "¿cuántas horas duró el viaje en tren normal?",  # "pero el tren normal también fue genial" (¶329); no duration
    "洪森 足球",  # Hun Sen (20f574be ¶154) in Chinese characters; the one football is Chelsea's (7ab1f62c ¶291)
    "王毅 妻子 名字",  # Wang Yi (eca32116 ¶221) in Chinese characters; no wife of his
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "greased with porpoise oil" ¶4; "Captain stung by a jelly fish" ¶8; "Conservators in Canterbury finished the
    # repair" ¶11
    Query("porpoise oil jelly fish Canterbury conservators", "8b7c0761", "cross-paragraph"),
    # "Our warden, Tamsin Greaves" ¶5; "the group's jam-making afternoon" ¶9; "the east hide will be closed … while
    # the boardwalk is replaced" ¶10
    Query("Tamsin Greaves jam-making east hide boardwalk", "f8fde858", "cross-paragraph"),
    # "at Lake Dumbleyung in Western Australia" ¶8; "lent to the Ruskin Museum" ¶10 (and ¶18); "He married Edna
    # Foulds" ¶14
    Query("Lake Dumbleyung Edna Foulds Ruskin Museum", "37bfab42", "cross-paragraph"),
    # "at the Kärntnertor Theatre in Vienna" ¶6; "Conductor: Rosalind Harker" ¶17; "Handel's Messiah … for the
    # hospice" ¶19
    Query("Kärntnertor Messiah hospice Rosalind Harker", "9c26cb5d", "cross-paragraph"),
    # "старшина разрешил кричать "ура" до отбоя" ¶7; "залить во дворе каток" ¶8 (and ¶9–10); "детский турнир
    # «Золотая шайба»" ¶14
    Query("старшина ура каток Золотая шайба", "110b92c8", "cross-paragraph"),
    # 老站长桑杰 ¶4 (and ¶14); 一条哈达 ¶7; 新增了供氧设备 ¶10
    Query("桑杰 哈达 供氧设备", "522ee8f8", "cross-paragraph"),
    # Word forms
    # "Captain stung by a jelly fish about 9 at night, took brandy." ¶8 (took → taking); "Captain Webb" ¶3
    Query("Captain Webb stung by a jelly fish, taking brandy", "8b7c0761", "word-form"),
    # "The secret-of-life gent in again, drawing spirals on the beer mats." ¶10 (drawing → draws)
    Query("secret-of-life gent draws spirals on the beer mats", "4dc0c079", "word-form"),
    # "Hubert liked to say that he had held the stopwatch for both" ¶9 (held → holds, irregular)
    Query("Hubert Cawthorne holds the stopwatch for both records", "37bfab42", "word-form"),
    # "«El jueves, día 5, vino medio pueblo a ver la cabeza de la señora…»" ¶5 (vino → venía)
    Query("venía medio pueblo a ver la cabeza de la señora", "be9f976d", "word-form"),
    # "Ганичев уговорил соседей залить во дворе каток" ¶8 (уговорил → уговаривает)
    Query("Ганичев уговаривает соседей залить каток", "110b92c8", "word-form"),
    # "Beethoven, by then almost completely deaf, stood beside the conductor to give the tempi" ¶7 (stood →
    # standing, irregular)
    Query("deaf Beethoven standing beside the conductor to give the tempi", "9c26cb5d", "word-form"),
    # Another script or romanisation
    Query("Хестер Оукворт", "8b7c0761", "translit"),  # "The museum's curator, Hester Oakworth" ¶10 in Cyrillic
    # "Francis Crick … he and James Watson had found the secret of life" ¶4 in Cyrillic
    Query("Фрэнсис Крик и Джеймс Уотсон", "4dc0c079", "translit"),
    # "Donald Campbell's attempt on the land speed record" ¶6 (Campbell ¶8) in Chinese characters
    Query("唐纳德·坎贝尔", "37bfab42", "translit"),
    # "Вратарь … Пётр Ганичев" ¶4 (and ¶15) in Latin letters
    Query("Pyotr Ganichev", "110b92c8", "translit"),
    Query("Sangjie Xuehu", "522ee8f8", "translit"),  # 老站长桑杰 ¶4 and 雪湖站 ¶1–2 in pinyin
    # accents dropped: "el catedrático Vicente Llorca … sobre los talleres íberos del Vinalopó" ¶15
    Query("catedratico Vicente Llorca Vinalopo", "be9f976d", "translit"),
    # "the lifeguard Fiona Tulloch" ¶2 and "The oldest of them, Walter Gaskin, is 78" ¶10 in Cyrillic (ccd450f3 ¶7
    # has Fiona Tulloch only)
    Query("Фиона Таллок и Уолтер Гаскин", "ce96dc87", "translit"),
    Query("Розалинд Харкер", "9c26cb5d", "translit"),  # "Conductor: Rosalind Harker" ¶17 in Cyrillic
    Query("贝多芬", "9c26cb5d", "translit"),  # "BEETHOVEN: SYMPHONY No. 9" ¶2 (and ¶7) in Chinese characters
    # Russian
    # "отметят турниром ветеранов, который пройдёт 8 и 9 марта на новой арене «Белоречье»" ¶3
    Query("турнир ветеранов на новой арене", "110b92c8", "russian"),
    # "Его письмо матери, датированное 10 марта, хранится теперь в городском музее." ¶5
    Query("письмо матери хранится в городском музее", "110b92c8", "russian"),
    # "чтобы сыграть товарищеский матч со шведскими ветеранами" ¶13
    Query("товарищеский матч со шведскими ветеранами", "110b92c8", "russian"),
    # Spanish
    # "con una representación teatral del hallazgo a cargo del grupo juvenil" ¶9
    Query("representación teatral del hallazgo a cargo del grupo juvenil", "be9f976d", "spanish"),
    # "Una réplica a tamaño natural, cedida por un taller de Elche, presidirá la exposición." ¶11
    Query("una réplica a tamaño natural cedida por un taller de Elche", "be9f976d", "spanish"),
    # "una excursión al Museo Arqueológico Nacional de Madrid el 18 de enero" ¶16
    Query("excursión al Museo Arqueológico Nacional de Madrid", "be9f976d", "spanish"),
    # Chinese
    Query("牧民摄影爱好者 小型影展", "522ee8f8", "chinese"),  # 县里的牧民摄影爱好者还将在车站举办一次小型影展 ¶13
    Query("第一百万名旅客 刘芳", "522ee8f8", "chinese"),  # 来自西宁的中学教师刘芳…成为这个小站的第一百万名旅客 ¶6
    Query("直达拉萨的冬季旅游专列", "522ee8f8", "chinese"),  # 车站明年1月6日将开通直达拉萨的冬季旅游专列 ¶14
    # Mentions and zero-width spaces
    Query("<@777> Leap-day\u200b mixed doubles", "21a58d95", "mention-noise"),  # "Leap-day mixed doubles" ¶11
    # "the grit barn at Kettle Point was filled to the roof" ¶24 (Kettle Point also ccd450f3 ¶6, ce96dc87 ¶1, ¶14)
    Query("@here grit barn\u200b Kettle Point", "3f5850ff", "mention-noise"),
    # "ARMADA BEACON ON CASTLE HILL: ROAD CLOSURES AND PARKING" ¶3
    Query("<#88> \u200bArmada beacon Castle Hill", "08392998", "mention-noise"),
    # Typos
    Query("Brockwel Ings hedgrow", "f8fde858", "typo"),  # "BROCKWELL INGS" ¶1, "Hedgerow Harvest Walks" ¶2
    Query("Tansly Wold Ecco", "454907b0", "typo"),  # "THE TANSLEY WOLD ECHO" ¶1
    Query("Yarlborogh District Counsil", "08392998", "typo"),  # "YARLBOROUGH DISTRICT COUNCIL" ¶1
    # Names
    Query("Alf Seddon", "4dc0c079", "name"),  # "My grandfather, Alf Seddon, was working behind the bar" ¶5
    Query("Duncan Ferrie", "ce96dc87", "name"),  # "Club chairman Duncan Ferrie" ¶7 (and ¶9, ¶15)
    # Phrases
    Query("told the loud one to sit down", "4dc0c079", "phrase"),  # Grandad's diary, ¶8
    Query("to the peril of their necks", "454907b0", "phrase"),  # the saddler's complaint, ¶7
    # the winner of the first race: "I have trained in the sea every morning since the spring," ¶7
    Query("I have trained in the sea every morning since the spring", "ccd450f3", "phrase"),
    # Questions
    # "Landed Calais sands 10.41 morning. In the water 21 hrs 45 mins." ¶9
    Query("how long did Webb spend in the water crossing the Channel?", "8b7c0761", "question"),
    # "On 17 July 1964, on the salt crust of Lake Eyre, his watches agreed …: 403.1 mph, a new record." ¶7
    Query("what speed did Donald Campbell reach on Lake Eyre?", "37bfab42", "question"),
    # "County gritters have spread more than nine hundred tonnes of salt since the 26th" ¶22
    Query("how many tonnes of salt did the county gritters spread?", "6b409a88", "question"),
    # "Sunday 16 December, 6.30 pm: Nine Lessons and Carols, with the school choir." ¶13
    Query("when are the Nine Lessons and Carols at St Everild's?", "044f929e", "question"),
    # Topics
    # "Copplestone livestock market … has been cancelled" ¶13; "The disease was confirmed at an abattoir in Essex"
    # ¶14; "FOOT-AND-MOUTH" ¶12
    Query("Copplestone livestock market foot-and-mouth Essex abattoir", "68f5a3c9", "topic"),
    # "as Voyager 2 made its closest approach" ¶6; "We saw the Great Dark Spot" ¶8; Neptune ¶5–6
    Query("Voyager 2 Neptune Great Dark Spot", "0d8429cf", "topic"),
    # "Two coaches left the market square … to Folkestone to watch the Queen and President Mitterrand open the
    # Channel Tunnel" ¶13
    Query("Channel Tunnel opening Folkestone coaches", "6de9af40", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Fiona Tulloch won the first Cross-Bay race (ccd450f3 ¶7, ce96dc87 ¶2–3); the lido relay is Aldringcliffe's
    # Webb anniversary (8b7c0761 ¶6, ¶13)
    "Fiona Tulloch lido relay",
    # Hester Oakworth is the Aldringcliffe museum's curator (8b7c0761 ¶10); the Ruskin Museum holds Cawthorne's
    # diary (37bfab42 ¶10, ¶18)
    "Hester Oakworth Ruskin Museum",
    # Alan Brierley is the 1989 Voyager cutting's teacher (0d8429cf ¶8); the "Beast from the East" is the 2018
    # cutting of the same digest (6b409a88)
    "Alan Brierley Beast from the East",
    # Tamsin Greaves is Brockwell Ings' warden (f8fde858 ¶5); the Christmas fair is St Everild's (044f929e ¶12)
    "Tamsin Greaves Christmas fair",
    # Ada Rennick went to the Channel Tunnel opening (6de9af40 ¶14); the coast road snow is the 2010 cutting
    # (3f5850ff)
    "Ada Rennick coast road snow",
    # Ken Ollerenshaw is the badminton club's secretary (21a58d95 ¶23); the choral society is Kindlemere's
    # (9c26cb5d), whose secretary of 1924 is not named (¶9)
    "Ken Ollerenshaw choral society",
    # Priya Castell plans a solo Channel crossing from Aldringcliffe (8b7c0761 ¶17–18); the Cross-Bay Swim is
    # Scarraway's (ccd450f3, ce96dc87)
    "Priya Castell Cross-Bay Swim",
    # "The diocesan archive has lent us his letter to the first vicar" (044f929e ¶8); the vicar is not named (the
    # signature ¶22 is today's vicar)
    "who was the first vicar of St Everild's?",
    # "the Society first sang it on Saturday 22 March 1924" (9c26cb5d ¶8–9); no conductor named for 1924 (Rosalind
    # Harker ¶17 conducts tonight)
    "who conducted the Kindlemere Ninth in 1924?",
    # "The fastest time today was 1 hour 31 minutes" (ce96dc87 ¶11); no winner named (Isla "finished third", ¶2)
    "who won the thirtieth anniversary Cross-Bay Swim?",
    # the beacon is still to be lit (08392998 ¶5); shuttle buses, parking, no count of people
    "how many spectators came to the beacon lighting?",
    # "a hunt for hazelnuts nibbled by dormice" (f8fde858 ¶4, ¶7); no count
    "how many dormice live at Brockwell Ings?",
    # the Eagle (4dc0c079): "at lunchtime", "dinnertime"; no opening hours
    "what time does the Eagle pub open?",
    # "The Mothers' Union Christmas fair is on 12 and 13 December in the church hall, from 2 pm each day."
    # (044f929e ¶12); no closing time
    "what time does the St Everild's Christmas fair close?",
    # "Conservators in Canterbury finished the repair in the spring" (8b7c0761 ¶11); no sum
    "how much did the repair of Webb's notebook cost?",
    # "tonight's remaining tickets are on sale at the door" (9c26cb5d ¶23); no price
    "how much do tickets for the Ninth Symphony cost?",
    # "Hall closed while the floor is sanded and re-lined" (21a58d95 ¶14); the sums are the raffle (£212, ¶4) and
    # the subscriptions (£45, ¶17)
    "how much did the Pollerton hall floor cost?",
    # "Two coaches left the market square before dawn … to Folkestone" (6de9af40 ¶13); no hotel anywhere
    "which hotel did the Gannoch Bay townspeople stay at in Folkestone?",
    # "It was kept by one of the men in the rowing boat that followed him" (8b7c0761 ¶7); not named
    "what was the name of the rower who kept Webb's notebook?",
    "when was Bluebird built?",  # Bluebird (37bfab42 ¶2, ¶12); no date of building
    # Hampton is not in the corpus (far from Hammerdon, whose church had the roof appeal: 044f929e ¶5–6)
    "Hampton church roof appeal",
    # Windermere is 3 edits from Kindlemere, whose choral society sings Beethoven's Ninth (9c26cb5d)
    "Windermere choral society Beethoven",
    # Coppull is far from Copplestone, whose school observatory is 0d8429cf's (¶9)
    "Coppull school observatory",
    "Scarborough harbour swim",  # Scarborough is far from Scarraway, whose harbour swims are ccd450f3's and ce96dc87's
    # Белорецк is 3 edits from Белоречье, whose new arena is 110b92c8's (¶3, ¶10)
    "Белорецк хоккейная арена",
    # "старшина разрешил кричать "ура" до отбоя" (110b92c8 ¶7): the sergeant-major is not named
    "как звали старшину, который разрешил кричать ура?",
    "когда умер Пётр Ганичев?",  # "Сам Пётр Ганичев не дожил до юбилея" (110b92c8 ¶15); no date
    # the veterans' tournament is on 8 and 9 March (110b92c8 ¶3), still to come; "Вход … свободный" (¶16), no count
    "сколько зрителей пришло на турнир ветеранов?",
    # "a cargo del grupo juvenil" (be9f976d ¶9); no director named
    "¿quién dirige el grupo juvenil de teatro?",
    "¿cuánto cuesta la cena de hermandad?",  # "la cena de hermandad será el sábado 13" (be9f976d ¶14); no price
    # "un muchacho de catorce años, Manuel Campello" (be9f976d ¶3); nothing of his later life
    "¿cuántos años vivió Manuel Campello?",
    "刘芳 在哪所中学教书",  # 来自西宁的中学教师刘芳 (522ee8f8 ¶6): her school is not named
    "青藏铁路 修建 花了多少钱",  # 青藏铁路 (522ee8f8 ¶1–3): no cost
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind81/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
