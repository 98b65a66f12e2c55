"""A sixty-third lookup query set: the BLIND set of the thirty-first round, RICH IN UNANSWERABLE QUERIES,
written in the thirtieth session by a writer who reported its counts only (by kind and corpus), never its
queries, names or subjects. It is committed unscored and is scored once, at the end of the thirty-first
round, by people who have not seen it; nobody reads it or tunes on it before then (once it has been scored,
a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind61.py and
  tests/queries_blind62.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, mentions, zero-width spaces
  and a few stop words left out) with every earlier query (some 7,800 of them), and with the other
  queries of this set, while the set was being written; a query sharing more than half of its words
  with any one of them was replaced. The seeds have been queried many thousands of times by now, so most
  of these seed queries join passages or names that no earlier query joined, or use passages no earlier
  query used, and well over half of the first drafts had to be rewritten, many more than once.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind75/docs, copied as ONE
  corpus into a subfolder blind75/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic
names, pinyin without tones for Chinese names and titles, accents dropped), russian 2 + 3, spanish
2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the
real words), typo 3 + 3 (1–2 edits a word), name 2 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3:
35 + 48 answerable, and 20 + 30 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or one the corpus
never mentions); a question in the corpus's own words about something it does not say (who won, scored,
drove, made or succeeded someone, who was a mayor; when someone died, retired or took office, on what
day someone came home, in what year someone was born; how many spectators, members, pupils or balloons;
what time something opened, starts or finishes; what a fee, a room, a pier, a house, a stadium or a
ski slope cost; what a hotel or a postman was called, whose wife someone was, how long an ambassador's
term is); a place the corpus does not hold but spelled close to one it does (two or more edits from
anything real in it); Russian, Spanish and Chinese ones. Each shares one or more words with its corpus
on purpose (in another script for some of the seeds' ones), and every article holding those words was
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

# The new-documents corpus is assembled by copying tests/gold/blind75/docs/* into ONE temporary
# corpus folder under the subfolder blind75/: files are then "blind75/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind75/docs",)
NEWDOCS_SUBDIRS = ("blind75",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "e1fde972": "BRENSLEY GLIDING CLUB",
    # en_coldra_vale_herald_digest.txt, split by the loader: the header (¶1–3), the reservoir (¶5–12), the ski
    # slope's opening (¶14–21), the bus route (¶23–32, the readers' line ¶32 included)
    "1af22fa6": "COLDRA VALE HERALD — OUT OF THE ARCHIVE",
    "4ad0176d": "STANDPIPES LOOM AS HAGGSTONE RESERVOIR SINKS",
    "892a9090": "DRY SKI SLOPE OPENS ON GORSEY KNOLL",
    "28781f43": "ROUTE 7 BUS TO BE AXED",
    "45e0137a": "COLDRA VALE HERALD",
    # en_dimmingham_clarion_cuttings_digest.txt, split by the loader: the header (¶1–3), the oranges (¶5–12),
    # the big wheel (¶14–21), the drapers (¶23–34, the compiler's line ¶33–34 included)
    "099cd4e0": "DIMMINGHAM CLARION — FROM THE CUTTINGS BOOK",
    "f03f0aea": "1. ORANGES ON THE BYPASS",
    "49380f57": "2. BIG WHEEL COMES BACK TO MARKET SQUARE",
    "46380486": "3. DRAPERS CLOSES AFTER 143 YEARS",
    "c99853b7": "HOLLOWSTONE & DISTRICT GAZETTE — OBITUARY",
    "dc451d27": "OCKRIDGE & DISTRICT MERCURY",
    "f6fbbaf1": "PENNISTOCK ADVERTISER",
    "8ef22c2b": "SCULVERTON EVENING POST",
    "fe0715c9": "SCULVERTON BALLOON CLUB",
    "b0920730": "Boots and Biscuits — a walking blog",
    "878475b8": "TRESILLING TIMES",
    "05e154db": "WIMBRELL COMMON — MOTH NIGHTS",
    "89aa5cae": "EL HERALDO DE CASTROVIDAL",
    "f328fa76": "«СОСНОГОРСКИЙ РАБОЧИЙ»",
    "7cba20f7": "《沙湾日报》",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "topping the public vote when inducted into the Scottish Sports Hall of Fame in 2002" ¶287; "he taught at
    # an Anglo-Chinese college" ¶291
    Query("Liddell inducted Hall of Fame 2002 Anglo-Chinese college", "7ab1f62c", "cross-paragraph"),
    # Mnangagwa ¶5/11 and the "five-star ironclad" friendship ¶7; "Slovak Prime Minister Robert Fico" ¶13/19;
    # "represented at the commemoration at head of government level" ¶21
    Query("Mnangagwa five-star ironclad Fico head of government level", "faecd2e1", "cross-paragraph"),
    # "Chinese Ambassador Lan Hu … Defence Minister Vladimir Padrino" ¶33 (Lan Hu and Padrino ¶53 too); "first
    # published by Orinoco Tribune and Global Times … originally published in Spanish by Telesur" ¶49
    Query("Lan Hu Orinoco Tribune Telesur Padrino", "f78fdcd6", "cross-paragraph"),
    # "written by Callum Norris and Twm Draper" ¶533; "At the Fourth Dialogue on Exchanges and Mutual Learning
    # Among Civilisations in Dunhuang" ¶537; "the Dunhuang Salt Tower solar plant" ¶539
    Query("Twm Draper Fourth Dialogue Salt Tower solar plant", "6710eba1", "cross-paragraph"),
    # "Liu Qibao, head of the Publicity Department … an international seminar titled '70-Year Common Victory'"
    # line 4; "Ivan Melnikov, vice chairman … and State Duma's Deputy Speaker" line 6
    Query("Melnikov State Duma 70-Year Common Victory Publicity Department", "054ef6fb", "cross-paragraph"),
    # Word forms: the text has another form
    # "Eric Liddell captured gold in the men's 400 metres in 47.6 seconds" ¶287 (captured → captures)
    Query("Eric Liddell captures gold in the 400 metres", "7ab1f62c", "word-form"),
    # "durante 10 días visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" ¶307 (visitamos → visitaron)
    Query("visitaron Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái", "dde32893", "word-form"),
    # "President Xi expressed his hope for Slovakia to continue playing a positive role" ¶17 (expressed →
    # expresses; "expresses" is nowhere in the corpus)
    Query("Xi expresses his hope for Slovakia", "faecd2e1", "word-form"),
    # Hun Manet ¶243/247: "Cambodia appreciates China's long-standing, valuable support" ¶247 (appreciates →
    # appreciating; faecd2e1 ¶17 has "appreciates" and ac7222d4 ¶501 "appreciated", neither of Hun Manet)
    Query("Hun Manet appreciating China's support", "5a5d8582", "word-form"),
    # Another script or romanisation
    # "'The Children of Huang Shi', also called … 'Escape from Huang Shi'" ¶491, in Cyrillic
    Query("Хуанши", "ac7222d4", "translit"),
    # "the ceremony held at the Ba Dinh Square in Hanoi" ¶73, in Cyrillic; 20f574be ¶143 has the same ceremony
    # "held at the historic Ba Dinh Square", which Thongloun attended after visiting Hanoi
    Query("Ба Динь, Ханой", "362ba691", "translit", also=("20f574be",)),
    Query("Абу-Даби", "e065690c", "translit"),  # "Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451, in Cyrillic
    # "distancing itself from symbols like the Yasukuni Shrine" line 41, in Chinese characters
    Query("靖国神社", "b39d8185", "translit"),
    # "en el borde del desierto de Gobi" ¶333, "esto es el desierto Gobi" ¶335, in Cyrillic
    Query("Гоби", "dde32893", "translit"),
    # Russian (names written in Cyrillic)
    # the webinar's speakers: "Jodie Evans (Co-founder of Code Pink)" ¶365; "Keith Bennett (Co-editor of Friends
    # of Socialist China)" ¶367 (ac7222d4 ¶475–477 has Keith Bennett, not Jodie Evans)
    Query("Джоди Эванс и Кит Беннетт", "d89fdf72", "russian"),
    # "The Bloomberg financial news service further reported Lula as stating" ¶463
    Query("Блумберг и Лула", "e065690c", "russian"),
    # Spanish
    # "El capitalismo no es capaz de cumplir esa clase de proyecto." ¶319
    Query("el capitalismo no es capaz de cumplir esa clase de proyecto", "dde32893", "spanish"),
    # "no vimos casi ninguna falta de vivienda" ¶327
    Query("no vimos casi ninguna falta de vivienda", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # the title "Xi Jinping meets the leaders of Zimbabwe, Slovakia, Congo, Serbia and Indonesia" ¶1
    Query("津巴布韦 斯洛伐克 刚果", "faecd2e1", "chinese"),
    # "Uzbek President Shavkat Mirziyoyev" ¶207; "Pakistani Prime Minister Shehbaz Sharif" ¶211, as Xinhua writes them
    Query("沙夫卡特·米尔济约耶夫 夏巴兹·谢里夫", "3a9fa4ed", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "the first to organise a Hyde Park meeting, where on August 23 [1937], J.R. Campbell demanded" ¶525
    Query("<#5> Hyde Park\u200b August 23", "ac7222d4", "mention-noise"),
    # "Indonesian President Prabowo Subianto … and the representatives of India and Ethiopia" ¶451
    Query("<@77> Prabowo\u200b Ethiopia", "e065690c", "mention-noise"),
    # Typos (1–2 edits)
    # "uphold the principles of the Nuremberg and Tokyo Trials" line 39 (ccf1d4fa ¶125 has "the actual Nuremberg
    # Trial" only)
    Query("Nurenberg Tokio trials", "b39d8185", "typo"),
    Query("Orinnoco Tribune", "f78fdcd6", "typo"),  # "first published by Orinoco Tribune" ¶49, ¶53
    # "En Jiayuguan, visitamos JISCO, una empresa siderúrgica estatal" ¶335
    Query("Jiayugan JISKO", "dde32893", "typo"),
    # Names
    # "Chen Weihua (Former EU bureau chief of China Daily)" ¶364; "Keith Bennett" ¶367 (ac7222d4 has Keith Bennett
    # and a Chen Hansheng, not Chen Weihua)
    Query("Chen Weihua Keith Bennett", "d89fdf72", "name"),
    # "the 2008 publication of James MacManus's biography, 'Ocean Devil'" ¶489; George Hogg ¶477–497
    Query("James MacManus George Hogg", "ac7222d4", "name"),
    # Phrases
    # "as ironclad friends, should keep the big picture in mind" ¶245
    Query("keep the big picture in mind", "5a5d8582", "phrase"),
    # "with a civilisation that's so many times older than that of the West" ¶119
    Query("so many times older than that of the West", "ccf1d4fa", "phrase"),
    # Questions
    # "the SCO's quarter century history" ¶427; 26d64f12 ¶403 has "the quarter century old Shanghai Cooperation
    # Organisation" too
    Query("how long has the SCO existed?", "9e49ddff", "question", also=("26d64f12",)),
    # "Zhao Leji attended the ceremony held at the Ba Dinh Square in Hanoi … and watched the military parade" ¶73;
    # 20f574be names him among the guests (¶156) of the ceremony at Ba Dinh Square (¶143) with its parade (¶145)
    Query("where did Zhao Leji watch the military parade?", "362ba691", "question", also=("20f574be",)),
    # "Xi hosted a lunch in the Great Hall" ¶385; "after fighting a bitter and heroic war of resistance for 14
    # years" ¶387 (d89fdf72 ¶357 counts "14 years of war (1931-45)", not in Xi's speech)
    Query("how many years did China fight Japan, according to Xi's lunch speech?", "38a7d84f", "question"),
    # Topics
    # "Russia's growing reliance on Beijing for economic and diplomatic support" line 13
    Query("Russia's growing reliance on Beijing", "b39d8185", "topic"),
    # "every victory in Vietnam's revolutionary cause has been closely tied to the heartfelt support of the Lao
    # party, state, and people" ¶147
    Query("Lao party support for Vietnam's revolutionary cause", "20f574be", "topic"),
    # "China will continue to support the DPRK in pursuing a development path suited to its national conditions and
    # opening new grounds in advancing the DPRK's socialist cause" ¶227 (faecd2e1 ¶7 has a "development path
    # suited to its conditions" for Zimbabwe, without the DPRK)
    Query("DPRK socialist cause development path suited to its national conditions", "eca32116", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Zhao Leji "watched the military parade" at Ba Dinh Square (362ba691 ¶73); "Around 400 military personnel …
    # took part" (¶77): the marchers, not the spectators, are counted
    "how many spectators watched the Ba Dinh parade?",
    # Rewi Alley wrote of Hogg (ac7222d4 ¶495–499); the Orinoco Tribune carried the Caracas report (f78fdcd6 ¶49)
    "Rewi Alley Orinoco Tribune",
    # Twm Draper wrote the delegation's report (6710eba1 ¶533); Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "Twm Draper Buckingham Palace",
    "Karachi monument",  # Karachi is not in the corpus; the monument is in Caracas (f78fdcd6)
    "Tijuana summit",  # Tijuana is not in the corpus; the summits are Tianjin's (9e49ddff, 26d64f12, 0e5d6094)
    "Мнангагва и алмазы",  # Mnangagwa (faecd2e1 ¶5–11) in Cyrillic; "mining" is named (¶9), diamonds never
    "何克 妻子",  # George Hogg (ac7222d4 ¶477–499) in Chinese characters; no wife anywhere
    # "en uno de los hoteles" (dde32893 ¶323), "tu cuarto de hotel" (¶329): no hotel is named
    "what was the name of Sydney Loving's hotel?",
    # "On August 31-September 1 … Tianjin … hosted the 25th Meeting" (9e49ddff ¶425); no hour anywhere
    "what time did the SCO summit open?",
    # Ken Hammond is a webinar speaker (d89fdf72 ¶363); Lady From Chungking is the BFI season's film (ccf1d4fa)
    "Ken Hammond Lady From Chungking",
    # Chen Weihua of China Daily (d89fdf72 ¶364); the Morning Star printed David Horsley's review (ccf1d4fa ¶111)
    "Chen Weihua Morning Star",
    "how many members does Code Pink have?",  # "Jodie Evans (Co-founder of Code Pink)" (d89fdf72 ¶365); no count
    # Hogg was "headmaster of the Shandan Bailie School" (ac7222d4 ¶483); no successor named
    "who succeeded George Hogg as headmaster?",
    # "Kazakhstan President Kassym-Jomart Tokayev" (26d64f12 ¶405), in Cyrillic; no date of taking office
    "когда Токаев стал президентом?",
    # Liddell helped "to design and promote the Minyuan Stadium" (7ab1f62c ¶291), in Cyrillic; no cost
    "сколько стоил стадион Миньюань?",
    "蓝虎 任期",  # Ambassador Lan Hu (f78fdcd6 ¶33–53) in Chinese characters; no term of office
    # Jodie Evans is a webinar speaker (d89fdf72 ¶365); the Hanoi parade is 362ba691's and 20f574be's
    "Jodie Evans Hanoi parade",
    "¿cuánto cuesta una habitación en el hotel?",  # "tu cuarto de hotel" (dde32893 ¶329); no price anywhere
    # Shandong is not in the corpus (two edits from Shandan, ac7222d4 ¶483); Hogg's pupils, "children orphaned by
    # Japan's brutal war", made their journey to Gansu (¶485)
    "Shandong orphans journey",
    # "que recientemente regresó de una visita de diez días" (dde32893 ¶301): no date
    "¿qué día regresó Sydney Loving de China?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Saturday 8 and Sunday 9 May — task weekend: two-seater cross-country to Hatherby Beacon" ¶20–21 (¶12–22 is
    # one block); "The K-13 is back from its overhaul" ¶31; "Joyce Farrimond, Chairman" ¶40
    Query("Joyce Farrimond K-13 overhaul Hatherby Beacon", "e1fde972", "cross-paragraph"),
    # "Sergeant Walter Dunkley set up a checkpoint" ¶9; "Washed the Escort" ¶20; "free child-seat checks in the
    # Market Yard car park" ¶31–32
    Query("Sergeant Dunkley Escort Market Yard child-seat checks", "dc451d27", "cross-paragraph"),
    # "opened on Saturday the 9th by Mr Josiah Penhaligon" ¶9–10; "Tresilling United beat Polgrain Rovers 4-1"
    # ¶28; "Next week: the opening of the Quay railway and the great pilchard catch" ¶34 (46380486 has a Josiah
    # Hibbert)
    Query("Josiah Penhaligon Polgrain Rovers pilchard catch", "878475b8", "cross-paragraph"),
    # "told the crowd the story of the Montgolfier brothers" ¶17–18; "Its first meeting will be held at the Lamb
    # Inn" ¶29; "lent by the Codham Historical Society" ¶33–34 (fe0715c9 has the Lamb Inn and Codham, not the
    # Montgolfiers or the Society)
    Query("Montgolfier brothers Lamb Inn Codham Historical Society", "8ef22c2b", "cross-paragraph"),
    # "группой рабочих лесозавода … первые три швертбота" ¶5–8; "рулевой той яхты, Нина Гладких" ¶17
    Query("Нина Гладких швертбота лесозавода", "f328fa76", "cross-paragraph"),
    # "鼓是小学的腰鼓" ¶5–7; 何国梁 ¶9 and ¶26; "龙舟博物馆将在码头旁动工" ¶25 (¶25–26 is one block, 腰鼓 is not in it)
    Query("何国梁 腰鼓 龙舟博物馆", "7cba20f7", "cross-paragraph"),
    # Word forms
    # "A lorry carrying twenty tons of Spanish oranges shed part of its load" ¶8 (shed → shedding, irregular)
    Query("lorry shedding twenty tons of Spanish oranges", "f03f0aea", "word-form"),
    # "a horse belonging to the coal merchant refused to move on green" ¶21–22 (refused → refusing)
    Query("coal merchant's horse refusing to move on green", "f6fbbaf1", "word-form"),
    # "The bristle matting … the old matting was cut into doormats and sold for the air ambulance" ¶16–18 (sold →
    # selling, irregular)
    Query("old bristle matting selling for the air ambulance", "45e0137a", "word-form"),
    # "внезапный шквал опрокинул четыре яхты" ¶15–16 (опрокинул → опрокидывает)
    Query("шквал опрокидывает яхты", "f328fa76", "word-form"),
    # "Don Anselmo vigiló cada vitrina." ¶16–17 (vigiló → vigila)
    Query("don Anselmo vigila cada vitrina", "89aa5cae", "word-form"),
    # "Last year's wheel … stopped a week early, on 27 December, when a motor failed" ¶19–20 (stopped → stopping)
    Query("big wheel stopping a week early", "49380f57", "word-form"),
    # Another script or romanisation
    Query("Леттис Ормерод", "c99853b7", "translit"),  # "Lettice Ormerod" ¶3, ¶6 in Cyrillic
    # "pilot Denis Arkwright" ¶10 (Mr Arkwright ¶17, ¶25) in Cyrillic; the club's programme recalls "Denis
    # Arkwright's flight from the Green" (fe0715c9 ¶5)
    Query("Денис Аркрайт", "8ef22c2b", "translit", also=("fe0715c9",)),
    Query("Мэвис Куоррелл", "dc451d27", "translit"),  # "Driving instructor Mavis Quarrell" ¶16 in Cyrillic
    # "бывший речник Павел Игнатьевич Хромов" ¶11 in Latin letters
    Query("Pavel Ignatyevich Khromov", "f328fa76", "translit"),
    Query("He Guoliang", "7cba20f7", "translit"),  # "退休教师何国梁" ¶9 (and ¶26) in pinyin
    Query("Shawan longzhou", "7cba20f7", "translit"),  # the title "沙湾镇龙舟赛迎来三十周年" ¶3 in pinyin
    # accents dropped: "un tranvía de cuerda, el 6 de enero de 1931, día de Reyes" ¶10–11
    Query("tranvia de cuerda dia de Reyes", "89aa5cae", "translit"),
    Query("孟格菲", "8ef22c2b", "translit"),  # "the story of the Montgolfier brothers" ¶18 in Chinese characters
    # "Pennistock's first traffic lights at Corn Cross" ¶5–6 (Corn Cross ¶9, ¶26, ¶30) in Cyrillic
    Query("Корн Кросс", "f6fbbaf1", "translit"),
    # Russian
    # "на водохранилище прошла первая клубная регата" ¶12
    Query("первая клубная регата на водохранилище", "f328fa76", "russian"),
    # "Летний лагерь для юных яхтсменов будет работать с 21 по 30 июля на Лосином острове" ¶27–28
    Query("лагерь для юных яхтсменов на Лосином острове", "f328fa76", "russian"),
    # "открыли мемориальную доску в честь основателей" ¶19–20
    Query("мемориальную доску в честь основателей", "f328fa76", "russian"),
    # Spanish
    # "soldaditos de plomo que guardaba en el desván de su casa" ¶12–13
    Query("soldaditos de plomo en el desván", "89aa5cae", "spanish"),
    # "«Mi abuelo decía que un juguete guardado en un cajón es un juguete triste»" ¶21–22
    Query("un juguete guardado en un cajón es un juguete triste", "89aa5cae", "spanish"),
    # "talleres, un teatro de títeres y una merienda popular en la plaza" ¶29
    Query("teatro de títeres y merienda popular", "89aa5cae", "spanish"),
    # Chinese
    Query("第一次有了女子组", "7cba20f7", "chinese"),  # "比赛扩大到十二支队伍，还第一次有了女子组" ¶10–11
    Query("龙舟码头 船库", "7cba20f7", "chinese"),  # "镇里新建的龙舟码头正式落成，各队终于有了自己的船库" ¶16
    Query("每天早上六点至八点封河", "7cba20f7", "chinese"),  # ¶22–23
    # Mentions and zero-width spaces
    # "Tickets for the supper from Rita Coombe, 14 Tanyard Row." ¶34
    Query("<@8812> Rita Coombe\u200b Tanyard Row", "fe0715c9", "mention-noise"),
    # "Bat detector walk: meet at the car park on 21 June at 9.30 pm." ¶19
    Query("@here \u200bbat detector\u200b 21 June", "05e154db", "mention-noise"),
    # "in the bunkhouse at Crake Gill with two Dutch students" ¶16
    Query("<#77> Crake Gill\u200b bunkhouse", "b0920730", "mention-noise"),
    # Typos
    Query("Wimbrel Comon moth nights", "05e154db", "typo"),  # "WIMBRELL COMMON — MOTH NIGHTS" ¶1
    # "shed part of its load on the Dimmingham bypass" ¶8–9 (099cd4e0 is the digest's header, without the bypass)
    Query("Dimingham bypas oranges", "f03f0aea", "typo"),
    Query("Haggston resevoir", "4ad0176d", "typo"),  # "HAGGSTONE RESERVOIR" ¶5, "Haggstone reservoir" ¶9
    # Names
    Query("Arthur Veale", "f6fbbaf1", "name"),  # "the domain of PC Arthur Veale" ¶9
    Query("Ruth Hibbert", "46380486", "name"),  # "The owner, Ruth Hibbert" ¶28–29
    # Phrases
    # "Tresilling had 'stepped out of the gaslight age at last'" ¶20–21
    Query("stepped out of the gaslight age at last", "878475b8", "phrase"),
    # "she had never lived more than a mile from a blackboard" ¶11–12
    Query("never lived more than a mile from a blackboard", "c99853b7", "phrase"),
    Query("he'd quit while he was ahead", "45e0137a", "phrase"),  # Sue Threlfall's father, ¶21
    # Questions
    # "The big wheel that carried 40,000 riders last winter is coming back" ¶17
    Query("how many riders did the big wheel carry last winter?", "49380f57", "question"),
    # "set up a checkpoint … at seven that morning and, by his own count, stopped 212 cars before lunch" ¶9–11
    Query("how many cars did the sergeant stop on the first morning?", "dc451d27", "question"),
    # "The number 7 bus … will run for the last time on Saturday 29 March" ¶26–27
    Query("when will the Route 7 bus run for the last time?", "28781f43", "question"),
    # "The Tollock Way in winter: eight days, ninety-one miles" ¶4; "from 27 December to 3 January" ¶8
    Query("how long did the Tollock Way winter walk take?", "b0920730", "question"),
    # Topics
    # "standpipes could appear in Coldra Vale streets … a hosepipe ban has been in force since midsummer" ¶8–11
    Query("hosepipe ban and standpipes", "4ad0176d", "topic"),
    # "The bristle matting has been replaced four times since then" ¶16 (892a9090 tells of the slope's opening,
    # without the matting)
    Query("dry ski slope bristle matting replaced", "45e0137a", "topic"),
    # "Hibbert's, the drapers on Gullet Street … A closing-down sale starts on Monday 11 July" ¶26–28
    Query("drapers closing-down sale Gullet Street", "46380486", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Joyce Farrimond chairs the gliding club (e1fde972 ¶40); the hot-air balloons are Sculverton's (8ef22c2b,
    # fe0715c9)
    "Joyce Farrimond hot-air balloon",
    # Mavis Quarrell was a driving instructor (dc451d27 ¶16, ¶28); the organ at St Oswin's was Lettice Ormerod's
    # (c99853b7)
    "Mavis Quarrell organ at St Oswin's",
    # Hazel Pymm was Sculverton's Mayor and the balloon's passenger (8ef22c2b ¶10, fe0715c9 ¶17); the traffic
    # lights are Pennistock's (f6fbbaf1)
    "Hazel Pymm traffic lights",
    # Walter Dunkley is Ockridge's sergeant (dc451d27 ¶9–14); Haggstone reservoir is Coldra Vale's (4ad0176d)
    "Walter Dunkley Haggstone reservoir",
    # Graham Orchardson takes bookings for the gliding course (e1fde972 ¶27); the moth nights are Wimbrell's (05e154db)
    "Graham Orchardson moth nights",
    # Ivor Threlfall, who opened the ski slope (892a9090 ¶18, 45e0137a ¶5), in Cyrillic; the regattas are the
    # yacht club's (f328fa76 ¶12, ¶26)
    "Ивор Трелфолл регата",
    # "Sunday 12th — second mass ascent and the Mayor's Cup for the longest hop" (fe0715c9 ¶15) is still to come
    "who won the Mayor's Cup for the longest hop?",
    # "Friday 10th — balloons arrive; tethered display on the Green" (fe0715c9 ¶12); no count
    "how many balloons took part in the tenth birthday meet?",
    "what time does the Brensley AGM finish?",  # "The AGM is on 14 February, 8 pm." (e1fde972 ¶13); no end
    # "Places are limited to eight, so book early with Graham Orchardson" (e1fde972 ¶26–27); no fee ("the rates are
    # unchanged" ¶17 are the subscriptions, not given)
    "what is the fee for the ab initio gliding course?",
    # "Tresilling United beat Polgrain Rovers 4-1" (878475b8 ¶28); no scorer
    "who scored for Tresilling United against Polgrain Rovers?",
    # "taught two generations of Hollowstone children to read" (c99853b7 ¶6); no count
    "how many pupils did Lettice Ormerod teach?",
    # the 50-years-ago cutting (1930): "The Mayor declared that Tresilling had …" (878475b8 ¶20); no name
    "who was the Mayor of Tresilling in 1930?",
    # "two Dutch students and a retired postman from Leeds" (b0920730 ¶16–17); no name
    "what was the name of the retired postman from Leeds?",
    # "The 120-metre slope took fourteen months to build" (892a9090 ¶19); 45e0137a: passes on sale, no price; no cost
    "what did Coldra Vale's dry ski slope cost?",
    # Sergeant Walter Dunkley (dc451d27 ¶9–14); the one who kept working to seventy is Mrs Quarrell (¶28–29)
    "when did Sergeant Walter Dunkley retire?",
    # "A lorry … shed part of its load"; "The haulier has promised to pay" (f03f0aea ¶8–12); no driver named
    "who drove the lorry that shed the oranges?",
    # "The signals will be delivered by the makers" (f6fbbaf1 ¶17); no maker named
    "who made the Pennistock traffic lights?",
    # Penistone is 3 edits from Pennistock, whose traffic lights' 60th anniversary is f6fbbaf1's
    "Penistone traffic signals anniversary",
    "Sculthorpe balloon club",  # Sculthorpe is not in the corpus; the balloon club is Sculverton's (8ef22c2b, fe0715c9)
    # Tresillian is 2 edits from Tresilling, whose Mechanics' Institute reading room is 878475b8's (¶9)
    "Tresillian Mechanics' Institute",
    # Сосновоборск is not in the corpus (the club is on the Сосновское водохранилище, f328fa76 ¶7–8)
    "Сосновоборск яхт-клуб",
    # Хромов taught navigation and won the first regatta "в шестьдесят два года" (f328fa76 ¶10–13); no death
    "когда умер Павел Хромов?",
    "сколько стоит запись в секцию яхт-клуба?",  # "Запись в секцию — в лодочной станции по выходным." (¶34); no price
    # "En la primavera de 1986 el Ayuntamiento le ofreció la casa del boticario" (89aa5cae ¶15); no price
    "¿cuánto pagó el Ayuntamiento por la casa del boticario?",
    # the founder, don Anselmo Ribera (89aa5cae ¶9–17), his granddaughter runs it now (¶21); no year of death
    "¿en qué año murió el fundador del Museo del Juguete?",
    # "los días 19 y 20 de mayo con talleres, un teatro de títeres" (89aa5cae ¶28–29); no hour
    "¿a qué hora empieza el teatro de títeres?",
    "龙舟赛 冠军 哪个队",  # 7cba20f7: teams, crowds and dates; no winner anywhere
    "何国梁 出生 年份",  # 退休教师何国梁 (7cba20f7 ¶9, ¶26); no year of birth
    "新码头 花了 多少钱",  # 镇里新建的龙舟码头正式落成 (7cba20f7 ¶16); no cost
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind75/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
