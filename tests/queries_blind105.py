"""A hundred-and-fifth lookup query set, BLIND (written in the fifty-second session for the fifty-third round):
committed unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (as in blind56:
its kinds, its checks and its structure as in tests/queries_blind56.py).

Blind: the developers do not read these queries before the one scoring run at the end of the fifty-third
round, and the search is not tuned on them; after that run the set is spent (a score on it afterwards is
in-sample, like any tuning set's).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind103.py and tests/queries_blind104.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, Discord/Telegram mentions and zero-width spaces
  and a few stop words left out) with every one of the some 13,900 earlier queries, and with the earlier
  queries of this set, while the set was being written; a query sharing more than half of its words
  with any one of them was replaced. The seeds are exhausted: some nine in ten first drafts were
  near-copies, so most seed queries here join passages or names of one article that no earlier query
  joined (pairs and triples of names were tried by the script, in Latin, Cyrillic and Chinese
  characters), use a romanisation no earlier query used (Wade-Giles), or pair a seed name with a
  subject of another seed article (unanswerable).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind117/docs, copied as ONE
  corpus into a subfolder blind117/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into three articles each (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Wade-Giles for pinyin, Latin
letters for Cyrillic and Chinese names and titles, pinyin without tones, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 3 (1–2 edits a word), name 3 + 2, phrase 2 + 3, question 3 + 6,
topic 3 + 3: 36 + 50 answerable, and 22 + 33 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
file but another article); a question in the corpus's own words about something it does not say (who
won, who presented, who was mayor or headmaster or caller or parish priest; when someone became
president or was elected, married or died; how many, what score, what time, what it cost or fetched, how
big, where climbers slept, what a winner or a glassworks was called); a place the corpus does not hold
but spelled close to one it does (two or more edits from anything real in it); Russian, Spanish and
Chinese ones. Each shares one or more words with its corpus on purpose (in another script for some of
the seeds' ones), and every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets; in the new documents, which have no blank lines,
each line) holds all of the query's words. For word-form queries it checked that the form the query
uses is not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind117/docs/* into ONE temporary
# corpus folder under the subfolder blind117/: files are then "blind117/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind117/docs",)
NEWDOCS_SUBDIRS = ("blind117",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "907b4575": "Catriona Dunsyre",
    "f60f380e": "GULLINGHAM PICTURE SHOW CENTENARY WEEK",
    "a63551f7": "HEBBLESIDE SPINNING DAYS",
    "446babf6": "MARCHELEY STAR",
    # en_ottermouth_pilot_digest.txt, split by the loader: Annapurna (¶3–6), the hut (¶9–12), the climbing wall
    # (¶15–19); the "---" rules (¶7, ¶13) come out as articles of their own (2c2f32d0, 2c2f32d0-2, titled "---")
    # and the header (¶1) and the datelines (¶2, ¶8, ¶14) belong to none of them
    "f9874b5c": "CLIMBERS TO TOAST ANNAPURNA PIONEERS",
    "60dadb75": "HUT REOPENS AFTER THE JANUARY STORM",
    "1b347cca": "CLUB WALL TAKES A CHRISTMAS BREAK",
    "ba818e23": "SEVENTY-FIVE YEARS SINCE THE ATOM WAS SPLIT",
    "bbd3cfba": "SALTERSBY PRIMARY SCHOOL",
    "8f0f7791": "The Silver Side — notes from a compact-disc collector",
    "c76d4d32": "SKIRLAW CEILIDH CLUB — WINTER AND SPRING NEWSLETTER",
    "84149d5e": "New cadet dinghy named for a record-breaker",
    # en_tunsford_advertiser_digest.txt, split by the loader: the engine of 1987 (¶3–6), Ceefax (¶9–12), the
    # engine house of 2024 (¶15–20); the "---" rules (¶7, ¶13) come out as articles of their own (89a647f2,
    # 89a647f2-2) and the header (¶1) and the datelines (¶2, ¶8, ¶14) belong to none of them
    "5df67174": "OLD ENGINE TO STEAM AGAIN",
    "9aef5865": "TELLY SHOP MARKS TWENTY YEARS OF CEEFAX",
    "0ccbb526": "ENGINE HOUSE REOPENS AFTER ROOF REPAIRS",
    "c28bc609": "TUNSFORD TOWN COUNCIL",
    "f6ed30b9": "Chaquimayo celebra el centenario del tren a Quito",
    "d3bb99db": "Киноклуб «Кадр» отметит сорокалетие «Оскара»",
    "d5942077": '石泉镇文化站举办"北京猿人头盖骨发现九十周年"科普周',
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "The only explanation I can find was that he was trying to make amends" ¶521 (Younghusband ¶521); "the
    # roots of this activism are to be found in Chartist opposition to the first Opium War" ¶513
    Query("Younghusband explanation make amends Chartist opposition Opium War", "ac7222d4", "cross-paragraph"),
    # "una vinatera con la bodega de vino techada más grande de Asia" ¶335; "Compáralo con San Francisco o Nueva
    # York, donde hay barrios enteros de campamentos" ¶327
    Query("vinatera bodega techada campamentos San Francisco", "dde32893", "cross-paragraph"),
    # "the economic, political and psychological warfare currently being waged by the US Trump administration"
    # ¶451; "around 30 percent of global economic output, and one-fifth of global trade" ¶459
    Query("psychological warfare Trump administration one-fifth of global trade", "e065690c", "cross-paragraph"),
    # "Ivan Melnikov, vice chairman … and State Duma's Deputy Speaker" line 6; "the Russian World War II veteran
    # Lev Abramov" line 14
    Query("State Duma's Deputy Speaker Lev Abramov", "054ef6fb", "cross-paragraph"),
    # "the great internationalist fighter Dr. Norman Bethune" ¶275; "Modeled after London's Stamford Bridge
    # (home of Chelsea Football Club)" ¶291
    Query("Bethune internationalist fighter Stamford Bridge Chelsea", "7ab1f62c", "cross-paragraph"),
    # Word forms: the text has another form
    # "an ironclad friendship that was forged through historical twists and turns" ¶211 (twists and turns →
    # twist and turn; neither singular is in the corpus)
    Query("Pakistan friendship through every twist and turn", "3a9fa4ed", "word-form"),
    # "stood up to fight the formidable enemy with an iron will" ¶381 (enemy → enemies, will → wills)
    Query("formidable enemies with iron wills", "38a7d84f", "word-form"),
    # "this historic site is the witness of friendship between the Chinese and Russian peoples" line 12 (witness →
    # witnessing)
    Query("historic site witnessing friendship between the Chinese and Russian peoples", "054ef6fb", "word-form"),
    # "Lessons for Japan: Urge the Japanese government to face its wartime past honestly" line 41 (urge → urged,
    # honestly → honesty)
    Query("Japan urged to face its wartime past with honesty", "b39d8185", "word-form"),
    # Another script or romanisation
    # "In Tianjin … the Minyuan Stadium" ¶291 in Wade-Giles (Tientsin, Min-yüan, tone marks dropped)
    Query("Tientsin Min-yuan Stadium", "7ab1f62c", "translit"),
    # "the perhaps overly fictionalised feature film, 'The Children of Huang Shi'" ¶491 in Wade-Giles
    Query("Huang-shih", "ac7222d4", "translit"),
    # Caracas (¶33–35, ¶53–55) and "the victory of the Bolivarians" ¶39 in Chinese characters
    Query("加拉加斯 玻利瓦尔", "f78fdcd6", "translit"),
    # "King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk" ¶235/239/241; "his wife Peng Liyuan met
    # with the King and the Queen Mother" ¶237, in Cyrillic
    Query("Нородом Сиамони, Монинеат Сианук и Пэн Лиюань", "5a5d8582", "translit"),
    # "established by President Kaysone Phomvihane and President Fidel Castro" ¶167; "To Lam … welcomed the
    # visit of the Lao leader" ¶145 (362ba691 has To Lam, not Kaysone), in Cyrillic
    Query("Кейсон Фомвихан и То Лам", "20f574be", "translit"),
    # Russian (names written in Cyrillic)
    # "South African President Cyril Ramaphosa, … Indonesian President Prabowo Subianto, … Foreign Minister
    # Subrahmanyam Jaishankar" ¶451
    Query("Сирил Рамафоса, Прабово Субианто и Субрахманьям Джайшанкар", "e065690c", "russian"),
    # "our co-editor Keith Bennett participated in an international symposium" ¶475; "Chow Yun-fat as the
    # legendary Chinese communist Chen Hansheng" ¶491 (d89fdf72 ¶367 has Keith Bennett only)
    Query("Кит Беннетт и Чоу Юньфат", "ac7222d4", "russian"),
    # Spanish
    # "Cada ciudad que visitamos mostró cómo el Partido Comunista está guiando el desarrollo que prioriza a la
    # gente primero" ¶319
    Query("desarrollo que prioriza a la gente primero", "dde32893", "spanish"),
    # "miles de años de civilización están siendo preservados como parte de la identidad viva de la gente" ¶325
    Query("preservados como parte de la identidad viva de la gente", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "To Lam, General Secretary of the Communist Party of Vietnam, welcomed the visit of the Lao leader" ¶145
    # (Thongloun ¶135–183) as Xinhua writes them
    Query("通伦 苏林", "20f574be", "chinese"),
    # "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505; "a Colonel Younghusband" ¶521
    Query("卢沟桥 荣赫鹏", "ac7222d4", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "to the Chinese nationals from home and abroad who made important contributions to our victory" ¶379
    Query("<@2024> Chinese nationals from home and abroad\u200b", "38a7d84f", "mention-noise"),
    # "we extend our deepest condolences to the families of Scots who suffered in the Japanese POW camps" ¶281
    Query("<@&77> \u200bdeepest condolences to the families of Scots", "7ab1f62c", "mention-noise"),
    # Typos (1–2 edits)
    # "Chartist opposition to the first Opium War" ¶513
    Query("Chartest oposition", "ac7222d4", "typo"),
    # "The China-Myanmar pauk-phaw (brotherly) friendship" ¶415; "a deep pauk-phaw friendship" ¶419
    Query("Pauk-paw frendship", "26d64f12", "typo"),
    # "The victory of China is the victory of the Bolivarians" ¶39; Caracas ¶33–35
    Query("Bolivarian victroy Caracas", "f78fdcd6", "typo"),
    # Names
    # "the 2008 publication of James MacManus's biography, 'Ocean Devil'" ¶489; "a financial donation from a
    # Colonel Younghusband" ¶521
    Query("James MacManus Colonel Younghusband", "ac7222d4", "name"),
    # the Hanoi ceremony's guests: "Samdech Techo Hun Sen" ¶154; "Zhao Leji, member of the Standing Committee"
    # ¶156 (362ba691 has Zhao Leji in Hanoi, not Hun Sen)
    Query("Hun Sen Zhao Leji", "20f574be", "name"),
    # the webinar's speakers: "Jenny Clegg (Author and peace activist)" ¶366; ac7222d4 ¶513 quotes her ("Jenny
    # Clegg, writing for the Society for Anglo-Chinese Understanding")
    Query("Jenny Clegg author and peace activist", "d89fdf72", "name", also=("ac7222d4",)),
    # Phrases
    # "the peoples of China and Belarus, fighting side by side in the past, made important contributions" ¶263
    Query("the peoples of China and Belarus, fighting side by side in the past", "0e5d6094", "phrase"),
    # "It was a historic turning point for the Chinese nation emerging from the grave crises in modern times" ¶387
    Query("a historic turning point for the Chinese nation emerging from the grave crises", "38a7d84f", "phrase"),
    # Questions
    # "In an August 20 resolution passed by its Executive Committee, the CPGB stated" ¶509
    Query("when did the CPGB pass its resolution on China?", "ac7222d4", "question"),
    # "just prior to the commencement of the military parade" ¶377; "Shortly afterwards, Xi hosted a lunch in the
    # Great Hall of the People" ¶385 (no other article has the lunch)
    Query("where did Xi host lunch after the parade?", "38a7d84f", "question"),
    # "That in Orinoco Tribune was originally published in Spanish by Telesur" ¶49
    Query("who first published the Venezuela monument article in Spanish?", "f78fdcd6", "question"),
    # Topics
    # "uphold the purposes and principles of the UN Charter, defend the basic norms of international relations,
    # advance a multipolar world" ¶409
    Query("UN Charter basic norms of international relations multipolar world", "26d64f12", "topic"),
    # "the contributions of the Chinese and other Asian forces which are forgotten in the largely Eurocentric
    # narrative of the Second World War" ¶355
    Query("Eurocentric narrative of the Second World War Asian forces", "d89fdf72", "topic"),
    # "major countries as the key victorious nations of World War II and permanent members of the United Nations
    # Security Council" ¶191 (424ab945 line 9 has "permanent members", not the victorious nations)
    Query("key victorious nations of World War II and permanent members", "c061f0a1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # the monument in Caracas (f78fdcd6 ¶33–57): "for the construction of this commemorative monument" (¶45); no sum
    "how much did the Venezuelan monument to the Chinese victory cost?",
    # the Minyuan Stadium "hosting international competitions" (7ab1f62c ¶291); no match or score anywhere
    "what was the score at the first match in the Minyuan Stadium?",
    # Lukashenko (0e5d6094 ¶263–265): development, governance, cooperation; no potatoes, no exports
    "Lukashenko Belarusian potato exports to China",
    # "Eric Liddell captured gold in the men's 400 metres" at the 1924 Paris Olympics (7ab1f62c ¶287); no 100 metres
    "кто победил на Олимпиаде 1924 года в беге на 100 метров?",
    "Рамафоса и чемпионат мира по регби",  # Ramaphosa (e065690c ¶451/467); no rugby
    # "Zimbabwean President Emmerson Mnangagwa" (faecd2e1 ¶5–11); no date of taking office
    "когда Мнангагва стал президентом Зимбабве?",
    # Lula (e065690c ¶451/463–465) and "Tariff blackmail" (¶463); the only percentage is BRICS's "30 percent of
    # global economic output" (¶459)
    "卢拉 巴西 关税 百分比",
    # Anna May Wong's films (ccf1d4fa); the Shandan Bailie School is Hogg's (ac7222d4 ¶483/501)
    "Anna May Wong Shandan Bailie School",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); mining is Zimbabwe's cooperation with China (faecd2e1
    # ¶9)
    "Radhika Desai Zimbabwe mining",
    # "JISCO, una empresa siderúrgica estatal" (dde32893 ¶335): green cover, dairy, winery; no output
    "how many tons of steel does JISCO produce a year?",
    # "Yin Yong, Mayor of Beijing" (eca32116 ¶221); Tianjin's mayor is never named
    "кто был мэром Тяньцзиня в 2025 году?",
    # "una visita de diez días a cinco ciudades en China" (dde32893 ¶301); no cost
    "¿cuánto costó la visita de diez días a China?",
    # "Vietnamese President Luong Cuong" (362ba691 ¶71) in Chinese characters; no election date
    "梁强 当选 日期",
    # Kharovsk is 2 edits from Khabarovsk, whose veteran Lev Abramov Liu Qibao visited (054ef6fb lines 6–14)
    "Kharovsk veterans",
    # Dunhua is 2 edits from Dunhuang, whose "Salt Tower solar plant" (6710eba1 ¶539) is no lake
    "Dunhua salt lake",
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" (dde32893 ¶329); no size
    "¿cuánto mide el robot que entrega comida en el hotel?",
    # Kim Jong Un (eca32116); "Ho Chi Minh's Stilt House" is Zhao Leji's visit (362ba691 ¶75)
    "Kim Jong Un Stilt House",
    # Robert Fico (faecd2e1 ¶13–19); the Paris Olympics are Liddell's (7ab1f62c ¶287–289)
    "Robert Fico Paris Olympics",
    # Delcy Rodríguez was in Caracas (f78fdcd6 ¶33/53); the Tienanmen rostrum is Kim's and Putin's (eca32116 ¶219)
    "Delcy Rodríguez Tienanmen rostrum",
    # Sassou Nguesso (faecd2e1 ¶23–27); Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "Sassou Nguesso Buckingham Palace",
    # Min Aung Hlaing met Xi in Tianjin (26d64f12 ¶405/415–419); the Ba Dinh Square ceremony (362ba691 ¶73,
    # 20f574be ¶143) lists no Myanmar guest
    "Min Aung Hlaing Ba Dinh Square",
    # Vladimir Padrino, Venezuela's Defence Minister (f78fdcd6 ¶33/53); the 'Patriots' park is in the Moscow
    # region (097182f6 line 7)
    "Vladimir Padrino Patriots park",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "She married Alan Rennison, a schoolteacher" ¶12; "in a borrowed hat" ¶9; "learned her arithmetic from the
    # lock book" ¶5
    Query("Alan Rennison borrowed hat lock book", "907b4575", "cross-paragraph"),
    # "a travelling showman, Enoch Quelch" ¶4; "'Make a Flicker Book' workshops" ¶10; "late show, Singin' in the
    # Rain" ¶14
    Query("Enoch Quelch flicker book Singin' in the Rain", "f60f380e", "cross-paragraph"),
    # "to work as a glassblower's boy at the Cavendish" ¶5; "received the Nobel Prize for physics" ¶10; "Dr Ruth
    # Okafor of the university's physics department" ¶16
    Query("glassblower Nobel Prize Ruth Okafor", "ba818e23", "cross-paragraph"),
    # "Derek Haythornthwaite and Pam Grimshaw" ¶8; "Councillor Sunita Baig" ¶9; "Parking is at the Mill Road car
    # park" ¶19
    Query("Haythornthwaite Sunita Baig Mill Road car park", "c28bc609", "cross-paragraph"),
    # "было совершено покушение на президента Рейгана" ¶4; "впервые в своей истории устроил ночной сеанс" ¶7;
    # "Киномеханик Геннадий Сухоруков" ¶6 (and "дочь киномеханика" ¶9)
    Query("покушение на Рейгана ночной сеанс киномеханик", "d3bb99db", "cross-paragraph"),
    # 考古学者裴文中 ¶4; "小小考古队"结业仪式 ¶10; 文化站站长林秀芬 ¶16
    Query("裴文中 小小考古队 林秀芬", "d5942077", "cross-paragraph"),
    # Word forms
    # "the club's new training dinghy was lowered into the harbour" ¶3 (lowered → lowering)
    Query("Trevossick training dinghy lowering into the harbour", "84149d5e", "word-form"),
    # "she went on surveying its locks in her own time" ¶7 (surveying → surveyed)
    Query("Catriona Dunsyre surveyed the canal locks in her own time", "907b4575", "word-form"),
    # "the Mayor, Councillor Herbert Clegg, who dived in wearing his chain of office" ¶5 (dived → diving)
    Query("Herbert Clegg diving in wearing his chain of office", "446babf6", "word-form"),
    # "Forty members spent the weekend … clearing the fallen slates and the wrecked bunks" ¶11 (clearing →
    # cleared)
    Query("forty members cleared the fallen slates and wrecked bunks", "60dadb75", "word-form"),
    # "cuarenta vecinos pintaron la estación y limpiaron las vías del patio" ¶11 (pintaron → pintan, limpiaron →
    # limpian)
    Query("los vecinos pintan la estación y limpian las vías", "f6ed30b9", "word-form"),
    # "Киномеханик Геннадий Сухоруков записал тогда в рабочем журнале" ¶6 (записал → записывает, рабочем журнале →
    # рабочий журнал; "журнала" ¶10, no nominative anywhere)
    Query("Сухоруков записывает в рабочий журнал", "d3bb99db", "word-form"),
    # Another script or romanisation
    Query("Катриона Дансайр", "907b4575", "translit"),  # "Catriona Dunsyre" ¶1, ¶4 in Cyrillic
    # "Maurice Herzog and Louis Lachenal reached the top of Annapurna" ¶4 in Cyrillic
    Query("Морис Эрцог и Луи Лашеналь", "f9874b5c", "translit"),
    # accents dropped: "the Lumière brothers' Cinématographe" ¶3
    Query("Lumiere Cinematographe", "f60f380e", "translit"),
    # accents dropped: "dice doña Rosario Guamán, hija y nieta de ferroviarios" ¶12
    Query("Rosario Guaman", "f6ed30b9", "translit"),
    # the film "«Москва слезам не верит»" ¶3 in Latin letters
    Query("Moskva slezam ne verit", "d3bb99db", "translit"),
    # 侯有根 ¶5–7/11 and 周口店 ¶4–5/12/16 in pinyin without tones
    Query("Hou Yougen Zhoukoudian", "d5942077", "translit"),
    # 裴文中 ¶4 as a Russian paper writes it (Palladius)
    Query("Пэй Вэньчжун", "d5942077", "translit"),
    # "Ellen MacArthur crossed the finishing line off Ushant" ¶4 (and ¶18) in Chinese characters
    Query("艾伦·麦克阿瑟", "84149d5e", "translit"),
    # "John Cockcroft and Ernest Walton split the atom" ¶3 in Cyrillic
    Query("Джон Кокрофт и Эрнест Уолтон", "ba818e23", "translit"),
    # Russian
    Query("фестиваль советских комедий", "d3bb99db", "russian"),  # "провести фестиваль советских комедий" ¶13
    # "В фойе с 29 марта по 30 апреля открыта фотовыставка «Зал „Рассвета“»" ¶10
    Query("фотовыставка «Зал „Рассвета“» в фойе", "d3bb99db", "russian"),
    Query("вход для гостей 150 рублей", "d3bb99db", "russian"),  # "для гостей — 150 рублей" ¶16
    # Spanish
    # "la antigua estación acoge la exposición «Cien años sobre rieles»" ¶7
    Query("la exposición «Cien años sobre rieles»", "f6ed30b9", "spanish"),
    # "llegará un tren especial desde Riobamba, con músicos a bordo" ¶9
    Query("un tren especial desde Riobamba con músicos a bordo", "f6ed30b9", "spanish"),
    # "El alcalde, Rigoberto Quishpe, anunció que el próximo año … se celebrará la primera feria del ferrocarril" ¶14
    Query("el alcalde anunció la primera feria del ferrocarril", "f6ed30b9", "spanish"),
    # Chinese
    Query('"我们的祖先是怎样生活的" 讲座', "d5942077", "chinese"),  # 开讲座，讲一讲"我们的祖先是怎样生活的" ¶9
    Query("周口店遗址博物馆 模型", "d5942077", "chinese"),  # 到周口店遗址博物馆参观，并带回了一批模型 ¶12
    Query("回忆稿将转到县博物馆", "d5942077", "chinese"),  # 展览结束后，回忆稿将转到县博物馆 ¶13
    # Mentions and zero-width spaces
    # "Monday 29 February: Leap Night Ladies' Choice, a short dance" ¶6
    Query("<@4242> Leap Night\u200b Ladies' Choice", "c76d4d32", "mention-noise"),
    # "Our fleece fair and shearing demonstration is on 4 July" ¶11
    Query("@everyone \u200bfleece fair shearing demonstration", "a63551f7", "mention-noise"),
    # "has been selling teletext sets ever since" ¶10; "Ceefax" ¶9–12
    Query("<#919> Ceefax\u200b teletext sets", "9aef5865", "mention-noise"),
    # Typos
    Query("Hebbelside spining days", "a63551f7", "typo"),  # "HEBBLESIDE SPINNING DAYS" ¶1 (2 edits + 1 edit)
    Query("Marchley Star", "446babf6", "typo"),  # "MARCHELEY STAR" ¶1 (1 edit)
    # "SALTERSBY PRIMARY SCHOOL" ¶1; "the school will be one hundred years old" ¶5, "centenary" ¶11–16
    Query("Saltersbey Primary centenery", "bbd3cfba", "typo"),
    # Names
    Query("Jenna Treloar", "84149d5e", "name"),  # "Club secretary Jenna Treloar" ¶6, ¶17
    Query("Neville Thorogood", "f60f380e", "name"),  # "talk by Dr Neville Thorogood" ¶13
    # Phrases
    Query("survived sixty winters and one bad night", "60dadb75", "phrase"),  # Gwen Roscoe's words, ¶12
    Query("held up by prayer and tarpaulins", "0ccbb526", "phrase"),  # Vera Cowgill's words, ¶19
    # Sidney's letter of Sunday 1 May, ¶9
    Query("Mother is not to worry, it does not go bang", "ba818e23", "phrase"),
    # Questions
    # "The boat has been named Seventy-One Days" ¶5; "The new dinghy cost £4,200" ¶10
    Query("what did the Seventy-One Days dinghy cost the Trevossick cadets?", "84149d5e", "question"),
    # "Annual general meeting: Wednesday 27 April, 7.30pm in the Upper Room" ¶17
    Query("when is the Skirlaw Ceilidh Club annual general meeting?", "c76d4d32", "question"),
    # "It has 64 volunteers, of whom 11 have been members since the first steaming" ¶17
    Query("how many volunteers does the Tunsford Waterworks Engine Trust have?", "c28bc609", "question"),
    # "the whole school will gather in the playground at 9.15am for a centenary photograph" ¶11
    Query("what time should Saltersby pupils gather for the centenary photograph?", "bbd3cfba", "question"),
    # "will be closed from 23 December to 2 January, and will reopen on Friday 3 January" ¶16
    Query("when will the Ottermouth club climbing wall reopen after Christmas?", "1b347cca", "question"),
    # "every weekend since Saturday 3 March 1979, when the first of them broke the padlock on the engine house
    # door" ¶5 (c28bc609 ¶5 counts thirty years from a 10 October, the first steaming)
    Query("when did the volunteers break the padlock on the engine house door?", "5df67174", "question"),
    # Topics
    # "their own expedition, which leaves for Nepal on 16 June. The six climbers, led by Gwen Roscoe" ¶5–6; the
    # 2013 cutting: "Gwen Roscoe, who led the club's Nepal trip of 1990" (1b347cca ¶17)
    Query("Gwen Roscoe Nepal expedition", "f9874b5c", "topic", also=("1b347cca",)),
    # "The first electric street lamps in Marcheley were lit" ¶15; "the Gas Company had protested that the new
    # lamps were 'a needless extravagance'" ¶16
    Query("Marcheley lamps Gas Company needless extravagance", "446babf6", "topic"),
    # "the first compact disc came off the press … on 17 August 1982" ¶4; "playing only discs pressed in 1982
    # and 1983" ¶11
    Query("first compact disc pressed in 1982", "8f0f7791", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Gwen Roscoe climbs (f9874b5c, 60dadb75, 1b347cca); the Falkirk Wheel is Catriona Dunsyre's (907b4575)
    "Gwen Roscoe Falkirk Wheel",
    # Vera Cowgill is the Trust chairman of 2024 (0ccbb526 ¶19); the Ceefax cutting (9aef5865) names Ron Ibbotson
    "Vera Cowgill Ceefax",
    # "the first swimming gala is planned for 3 and 4 November" (446babf6 ¶6); no result
    "who won the first Marcheley swimming gala?",
    # "The winner, a nineteen-year-old apprentice fitter" (446babf6 ¶11) is not named
    "what was the name of the winner of the Marcheley cross-country race?",
    # Enoch Quelch showed pictures in Gullingham (f60f380e ¶4–5, ¶18); the ceilidhs are Skirlaw's (c76d4d32)
    "Enoch Quelch Skirlaw ceilidh",
    # "the team planning the Millennium Link, which reopened the canals" (907b4575 ¶8); no sum anywhere
    "how much money did the Millennium Link cost?",
    # "her daughter, Kirsty" (907b4575 ¶13/16); only Catriona's own marriage, in 1960 (¶12), is dated
    "when did Catriona Dunsyre's daughter Kirsty get married?",
    # "The six climbers, led by Gwen Roscoe" leave "for Nepal on 16 June" (f9874b5c ¶5–6); no town, no lodging
    "where did Gwen Roscoe's six climbers sleep in Kathmandu?",
    # "Tickets for the gala and the late show are on sale at the Plaza box office now" (f60f380e ¶20); no count
    "how many people bought tickets for the Plaza gala in Gullingham?",
    # "the Trevossick Regatta, which runs from 1 to 8 August" (84149d5e ¶13); no time
    "what time does the Trevossick Regatta start?",
    # "people were looking for early pressings" at Brackside (8f0f7791 ¶8); Graham has "a first-pressing Visitors"
    # (¶14); no price anywhere
    "what did a first pressing of The Visitors fetch at the Brackside fair?",
    # "The centenary mugs ordered at the fair will be handed out on the 10th" (bbd3cfba ¶16); no price
    "how much is a Saltersby centenary mug?",
    # Nellie Ormesher, the oldest former pupil (bbd3cfba ¶14); the swimming baths are Marcheley's (446babf6 ¶5–7)
    "Nellie Ormesher Marcheley swimming baths",
    # Otterburn is not in the corpus (3+ edits from Ottermouth, whose mountaineering club hut is f9874b5c's and
    # 60dadb75's)
    "Otterburn mountaineering hut",
    # Tunstall is 4 edits from Tunsford, whose beam engine is 5df67174's, c28bc609's and 0ccbb526's
    "Tunstall beam engine",
    # Billingham is 2 edits from Gullingham, whose picture show centenary is f60f380e's
    "Billingham picture show",
    # Saltburn is not in the corpus (4+ edits from Saltersby, whose school centenary is bbd3cfba's)
    "Saltburn primary school centenary",
    # Чистополь is 4 edits from Чистоборск, whose film club «Кадр» is d3bb99db's
    "Чистополь киноклуб",
    # Chiquimula is 4 edits from Chaquimayo, whose railway centenary is f6ed30b9's
    "Chiquimula centenario del ferrocarril",
    # the film was shown in 1980 and again in April 1981 (d3bb99db ¶5–7); the only price is today's "для гостей —
    # 150 рублей" (¶16)
    "сколько стоил билет на «Москва слезам не верит» в 1981 году?",
    # "получил премию «Оскар». Церемония прошла в Лос-Анджелесе" (d3bb99db ¶3); no presenter
    "кто вручал «Оскар» Меньшову?",
    # "la locomotora entró en la estación de Chimbacalle" (f6ed30b9 ¶3); no passengers counted
    "¿cuántos pasajeros llevaba el primer tren a Quito?",
    # "El párroco de entonces dejó anotado en el libro de la parroquia" (f6ed30b9 ¶5): the priest is not named
    "¿quién era el párroco que anotó la llegada del tren?",
    "裴文中 出生 年份",  # 年轻的考古学者裴文中 (d5942077 ¶4): no birth year
    "侯有根 去世 时间",  # 父亲晚年的回忆稿 (d5942077 ¶6): no date of death
    "林秀芬 组织 镇民 人数",  # 林秀芬 … 还将组织镇民再去周口店参观 (d5942077 ¶16): no number
    # "to the headmaster of the grammar school" (9aef5865 ¶11) is not named
    "who was the headmaster of Tunsford grammar school in 1975?",
    # "Saturday 23 January: Burns Ceilidh with haggis supper" (c76d4d32 ¶4): no band or caller listed that night
    "who was the caller at the Skirlaw Burns Ceilidh?",
    "what is served for lunch at the Hebbleside spinning-wheel weekend?",  # "Lunch is included" (a63551f7 ¶9)
    # "Gwen Roscoe, now the club president" (60dadb75 ¶12, 2005); no date of election
    "when did Gwen Roscoe become president of the Ottermouth club?",
    # "running his own small glassworks on the Quillington road" (ba818e23 ¶11): not named
    "what was the name of Sidney Prowse's glassworks?",
    # "reached the top of Annapurna on 3 June 1950" (f9874b5c ¶4); no start, no duration
    "how long did the Annapurna climb take?",
    # "the club hiring a coach to Falmouth" (84149d5e ¶6); no count
    "how many people were on the Trevossick coach to Falmouth?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind117/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
