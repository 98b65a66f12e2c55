"""An eighty-third lookup query set, BLIND (written in the forty-first session for the forty-second round): committed
unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (a fifth or more of its queries
have no answer in their corpus, as in blind56).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind81.py and tests/queries_blind82.py, the first
  unscored and the second written at the same time as this one, were not opened and are not part of the
  check). A throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased,
  accents dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query, and with the earlier queries of this set, while the set was being written; a query sharing more
  than half of its words with any one of them was replaced. The seeds have been queried more than ten
  thousand times by now, so the seed queries lean on words no earlier query used, and most first drafts
  (names, phrases and questions alike) had to be rewritten, many of them several times.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind95/docs, copied as ONE
  corpus into a subfolder blind95/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish), translit
5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese characters
as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and Chinese names, pinyin
without tones, the older Wade-Giles and postal spellings of Chinese place names, accents dropped), russian
2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 3 (1–2 edits a word), name 3 + 2, phrase 2 + 3, question 3 + 4, topic
3 + 3: 36 + 48 answerable, and 20 + 31 unanswerable. Every answerable query is answered by the documents'
own words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article); a question in
the corpus's own words about something it does not say (who won, who lit a lamp, who opened a library or
was a county librarian; when someone joined a committee, retired, was promoted or died; how many, what
time, what it cost, which hotel or airline, what a mother, a sister, a trumpeter or a deputy head was
called); a place the corpus does not hold but spelled close to one it does (two or more edits from
anything real in it); Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on
purpose (in another script for some of the seeds' ones), and every article holding those words was read
to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind95/docs/* into ONE temporary
# corpus folder under the subfolder blind95/: files are then "blind95/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind95/docs",)
NEWDOCS_SUBDIRS = ("blind95",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "1d34538b": "CADWELL JUDO CLUB — SPRING NEWSLETTER",
    # en_corstan_herald_cuttings_digest.txt, split by the loader: the header (¶1–2), the library (¶5–7), the
    # Crystal Palace fire (¶11–15, titled by its own dateline, which has no year), the Christmas lights (¶20–23);
    # the other datelines (¶4, ¶19) and the "* * *" rules (¶9, ¶17) belong to none of them
    "9c66cc5d": "CORSTAN HERALD: THREE CUTTINGS",
    "2c74030a": "NEW LIBRARY OPENS ITS DOORS NEXT WEEK",
    "71360ef9": "Corstan Herald, Monday 1 December",
    "e5bb99d3": "LIGHTS ON THIS WEEKEND",
    # en_elsworth_standard_cuttings_digest.txt, split by the loader: the header (¶1–2), the precinct (¶5–8), the
    # Festival of Britain (¶13–16), the bandstand (¶21–24); the datelines (¶4, ¶12, ¶20) and the "* * *" rules
    # (¶10, ¶18) belong to none of them
    "50fa09e1": "THREE CUTTINGS FROM THE ELSWORTH STANDARD",
    "65f490d3": "MARKET STREET GOES TRAFFIC-FREE",
    "dd03af3a": "A TOWN THAT STILL REMEMBERS THE FESTIVAL",
    "6e7945a9": "BANDSTAND BACK IN TUNE",
    "ce9f462e": "FENSTOKE BOROUGH COUNCIL",
    "3272f5de": "TWO HUNDRED YEARS OF THE LIGHT ON THE ROCK",
    "59e27fb6": "KILBRAIDIE PRIMARY SCHOOL",
    "ff9cbc6b": "THE LANMERE COURIER",
    "f63118f6": "LARBECK LITERARY SOCIETY",
    "28cb3f8c": "LENNY PEBWORTH",
    "92308469": "OARS AND INK",
    "37214ed2": "QUARROW HILL FARM",
    "92c55ad6": "STENBURY PAIR STAND ON THE ROOF OF AFRICA",
    "254169cf": "Castilblanco del Mar celebra el bicentenario de «la Pepa»",
    "79a592cd": "«Тетрису» — сорок: кубовинские школьники отметят юбилей турниром",
    "1482799f": "鹭港镇钱币协会举办第一套人民币发行五十周年展览",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "En Jiayuguan, visitamos JISCO … siendo de Texas" ¶335; "una fábrica de Lenovo" ¶339
    Query("Jiayuguan JISCO Lenovo Texas", "dde32893", "cross-paragraph"),
    # "church and missionary societies, businesses, … members of the House of Lords" ¶519; "a Colonel
    # Younghusband … trying to make amends" ¶521
    Query("Younghusband amends Lords businesses missionary societies", "ac7222d4", "cross-paragraph"),
    # "Khurelsukh Ukhnaa" ¶187/197/199; "the bedrock of our achievements today" ¶195; "especially more flagship
    # projects" ¶189
    Query("Khurelsukh bedrock of our achievements flagship projects", "c061f0a1", "cross-paragraph"),
    # "Kim Jong Un joined Russian President Vladimir Putin in flanking Chinese President Xi Jinping on the
    # rostrum" ¶219; "Cai Qi, … member of the Secretariat" ¶221
    Query("flanking Xi on the rostrum Cai Qi Secretariat", "eca32116", "cross-paragraph"),
    # "fought with tenacity and valour" ¶381; "Xi hosted a lunch in the Great Hall of the People for … other
    # prominent politicians" ¶385 (the Great Hall is also d807680a ¶85 and eca32116 ¶223, without the rest)
    Query("tenacity and valour Great Hall lunch prominent politicians", "38a7d84f", "cross-paragraph"),
    # Word forms: the text has another form
    # "he taught and preached, but finally died in a Japanese internment camp" ¶285 (taught → teaching,
    # preached → preaching, died → dying; irregular and -ie- forms)
    Query("Eric Liddell teaching and preaching in China before dying in an internment camp", "7ab1f62c", "word-form"),
    # "President Xi underscored that the China-Cambodia friendship, having stood the test of time, is rock-solid"
    # ¶245 (underscored → underscoring)
    Query("Xi underscoring that the China-Cambodia friendship is rock-solid", "5a5d8582", "word-form"),
    # "Uzbekistan congratulates China on hosting a successful SCO Tianjin Summit" ¶209 (congratulates →
    # congratulating)
    Query("Uzbekistan congratulating China on hosting a successful SCO Tianjin Summit", "3a9fa4ed", "word-form"),
    # "so in this one, we assess the renewed threats to China and other Asian countries" ¶359 (assess →
    # assessing)
    Query("the webinar assessing renewed threats to China and other Asian countries", "d89fdf72", "word-form"),
    # Another script or romanisation
    # "durante 10 días visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" ¶307, in the older postal and
    # Wade-Giles spellings (Yan'an and Dunhuang are also 6710eba1 ¶535–557, without Xi'an and Jiayuguan)
    Query("Sian, Yenan, Tunhuang, Chiayukuan", "dde32893", "translit"),
    # "The China-Myanmar pauk-phaw (brotherly) friendship" ¶415 (and ¶419) in Cyrillic
    Query("паук-пхо", "26d64f12", "translit"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489 in Cyrillic
    Query("Оушен Девил", "ac7222d4", "translit"),
    # "Vice President Delcy Rodríguez" ¶33/53 and "first published by Orinoco Tribune" ¶49/53 in Cyrillic
    Query("Делси Родригес и Ориноко Трибьюн", "f78fdcd6", "translit"),
    # the interviewer "¡Lucha y Resiste!" ¶299–343 in Cyrillic
    Query("Луча и Ресисте", "dde32893", "translit"),
    # Russian (names written in Cyrillic)
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501; "the New Zealand internationalist Rewi Alley" ¶495
    Query("Майкл Линдсей и Рьюи Алли", "ac7222d4", "russian"),
    # "written by Callum Norris and Twm Draper" ¶533; "Black Liberation Alliance and Qiao Collective" ¶547
    Query("Каллум Норрис и Цяо Коллектив", "6710eba1", "russian"),
    # Spanish
    # "Entonces, el socialismo tenía que superar todo esto." ¶313
    Query("el socialismo tenía que superar todo esto", "dde32893", "spanish"),
    # "Ellos pelearon contra el dogmatismo y tomaron la decisión de ser el partido de las masas" ¶315
    Query("tomaron la decisión de ser el partido de las masas", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "a number of cities in Shaanxi and Gansu provinces" ¶549; "Discussions at Fudan University" ¶541 (Gansu is
    # also dde32893 ¶333 and ac7222d4 ¶485, without the others)
    Query("陕西 甘肃 复旦", "6710eba1", "chinese"),
    # "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505; George Hogg (何克, his Chinese name) ¶477–499
    Query("卢沟桥 何克", "ac7222d4", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Although from a privileged background, he had a strong family background in pacifism, specifically in the
    # Fellowship of Reconciliation" ¶493
    Query("@here \u200bprivileged background Fellowship of Reconciliation", "ac7222d4", "mention-noise"),
    # "a strategic retreat from the encroaching Nationalist Party (Kuomintang (KMT))" ¶557
    Query("<@&2> Kuomintang\u200b encroaching Nationalist Party", "6710eba1", "mention-noise"),
    # Typos (1–2 edits)
    # "Iranian President Masoud Pezeshkian, Indonesian President Prabowo Subianto" ¶451
    Query("Pezeshkyan Subiato", "e065690c", "typo"),
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "Vladimir Vladimirovich Yakushev"
    # ¶158
    Query("Sergeyenko Yakushov", "20f574be", "typo"),
    # "Armenian Prime Minister Nikol Pashinyan" ¶257/259; "in such areas as market regulation, metrology, and
    # media" ¶261
    Query("Pashinian metrolgy media", "0e5d6094", "typo"),
    # Names
    # "Liu Qibao, head of the Publicity Department of the Central Committee" line 4 (Publicity Department also
    # 054ef6fb only)
    Query("Liu Qibao Publicity Department", "054ef6fb", "name"),
    # the guests in Hanoi: "Thongloun Sisoulith" ¶153, "Samdech Techo Hun Sen" ¶154; "President Kaysone
    # Phomvihane" ¶167
    Query("Thongloun Sisoulith Samdech Techo Hun Sen Kaysone Phomvihane", "20f574be", "name"),
    # "Miguel Díaz-Canel Bermúdez" ¶85/89; "represented by Mao Zedong and Fidel Castro Ruz" ¶93 (Díaz-Canel is
    # also 20f574be ¶155–167, without Mao)
    Query("Díaz-Canel Mao Zedong", "d807680a", "name"),
    # Phrases
    # "She wisely directs their efforts to resist and plays a major personal role" ¶115
    Query("She wisely directs their efforts to resist", "ccf1d4fa", "phrase"),
    # "The Russian side is willing to continue to work actively with China to prevent the outbreak of wars and
    # conflicts" line 11
    Query(
        "the Russian side is willing to continue to work actively with China to prevent the outbreak of wars",
        "424ab945",
        "phrase",
    ),
    # Questions
    # "Zhao Leji, … Chairman of the Standing Committee of the National People's Congress (NPC)" ¶65 (and in the
    # guest list of 20f574be, ¶156)
    Query(
        "who chairs the Standing Committee of the National People's Congress?",
        "362ba691",
        "question",
        also=("20f574be",),
    ),
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as the legendary Chinese communist Chen Hansheng"
    # ¶491
    Query("who played Chen Hansheng in The Children of Huang Shi?", "ac7222d4", "question"),
    # "To most Scots, the name 'Eric Liddell' needs no introduction. Known as the 'Flying Scotsman'" ¶285
    Query("what nickname was Eric Liddell known by?", "7ab1f62c", "question"),
    # Topics
    # "these sites are not only intended as tributes to the Noraa but also as educational resources for
    # visitors" line 10; "The restoration of these memorials" lines 6 and 16
    Query("memorial restoration educational resources for visitors", "097182f6", "topic"),
    # "seize the opportunity presented by the elevation of bilateral relations to develop innovative approaches
    # to cooperation and broaden cooperation in infrastructure, mining" ¶9
    Query("elevation of bilateral relations innovative approaches mining", "faecd2e1", "topic"),
    # "enhance capacity building to improve its institutional structure and make its decision-making more
    # scientific" ¶441
    Query("institutional structure decision-making more scientific", "9e49ddff", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "the Russian World War II veteran Lev Abramov, who participated in anti-Japanese liberation war" (054ef6fb
    # line 14); no rank, and the Red Army is Maduro's comparison (f78fdcd6 ¶37)
    "what rank did Lev Abramov hold in the Red Army?",
    # "Cai Qi, member of the Standing Committee of the Political Bureau" (eca32116 ¶221); no date
    "when did Cai Qi join the Politburo Standing Committee?",
    # Guterres met Xi in Tianjin (26d64f12 ¶405–409); Khabarovsk is Liu Qibao's (054ef6fb)
    "Guterres Khabarovsk visit",
    # "Aun en uno de los hoteles" (dde32893 ¶323), "tu cuarto de hotel" (¶329); no hotel named, in Xi'an or anywhere
    "¿cuál es el nombre del hotel en Xi'an?",
    # Ramaphosa: "South Africa has already experienced negative economic effects from the trade upheaval"
    # (e065690c ¶467); no sum
    "拉马福萨 关税 损失 多少",
    # "the same Younghusband who had led the 1905 British invasion aimed at separating Xizang (Tibet)" (ac7222d4
    # ¶521); no horse
    "what breed of horse did Younghusband ride into Tibet?",
    "what languages does KJ Noh speak?",  # "KJ Noh (Journalist, writer and educator)" (d89fdf72 ¶368) only
    # the Minyuan Stadium, "modeled after London's Stamford Bridge (home of Chelsea Football Club)" (7ab1f62c ¶291),
    # is told of in Liddell's day; no team plays there in the text
    "which football team plays at the Minyuan Stadium today?",
    "Tianshan summit",  # Tianshan is 3 edits from Tianjin, whose SCO summit is 9e49ddff's
    "Caracol monument",  # Caracol is 2 edits from Caracas, whose monument is f78fdcd6's
    # Hainan is 3 edits from Hanoi, where the August Revolution ceremony was held (362ba691 ¶73, 20f574be ¶143)
    "Hainan ceremony August Revolution",
    "Путин и Олимпиада в Сочи",  # Putin (c061f0a1, 424ab945, …); the only Olympics are Liddell's in Paris (7ab1f62c)
    "普京 生日",  # Putin (普京) in Chinese characters; no birthday
    "when did Ken Hammond retire from teaching?",  # "Ken Hammond (Historian and China scholar)" (d89fdf72 ¶363)
    # "Jenny Clegg, writing for the Society for Anglo-Chinese Understanding" (ac7222d4 ¶513), "Her father, Arthur
    # Clegg" (¶515); no mother (d89fdf72 ¶366 has Jenny Clegg only)
    "what was Jenny Clegg's mother called?",
    # the delegation flew (dde32893 ¶329: "los aeropuertos"; 6710eba1) but no airline is named
    "which airline flew the delegation to Xi'an?",
    "Khurelsukh wrestling",  # Khurelsukh Ukhnaa (c061f0a1 ¶187–199); no wrestling anywhere
    "Yin Yong Winter Olympics",  # "Yin Yong, Mayor of Beijing" (eca32116 ¶221); no Winter Olympics
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien" (362ba691 ¶77); no promotion
    "when was Hoang Xuan Chien promoted to senior lieutenant general?",
    # "the Dunhuang Salt Tower solar plant" (6710eba1 ¶539), "la planta de poder solar de sal fundido de Dunhuang,
    # que puede almacenar energía por la noche" (dde32893 ¶335); no output figure
    "敦煌 盐塔 发电量",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "founded in 1989 in the old drill hall" ¶5 (and "in the drill hall" ¶19); "Mrs Hiroko Dunstall will take a
    # two-day kata course" ¶17; "The residential camp at Llyn Ceiriog" ¶21
    Query("Hiroko Dunstall Llyn Ceiriog drill hall", "1d34538b", "cross-paragraph"),
    # "his great-great-granddaughter, Euphemia Lindores" ¶9 (and ¶17); "two Leith smacks had come in past the
    # rock" ¶15; "Dr Morag Fettes of the Northern Lighthouse history group" ¶23
    Query("Euphemia Lindores Leith smacks Morag Fettes", "3272f5de", "cross-paragraph"),
    # "Hollis and Sons of Bridge Street have converted forty sets" ¶9 (block ¶7–10, "a converter" ¶8); "by Mrs
    # Ingleby" ¶17 and "The Lanmere and District ploughing match" ¶19 (block ¶16–19)
    Query("Hollis converter Mrs Ingleby ploughing match", "ff9cbc6b", "cross-paragraph"),
    # "They reached Barafu camp" ¶7; "I sail from Mombasa on the 27th" ¶13; "Club secretary Ray Pendower" ¶19
    Query("Barafu camp Mombasa Ray Pendower", "92c55ad6", "cross-paragraph"),
    # "на компьютере «Электроника-60»" ¶3; "Руководитель кружка Вадим Сергеевич Клёнов" ¶7 (and ¶23); "Привезли
    # три «Корвета»" ¶9
    Query("Клёнов Корвета Электроника-60", "79a592cd", "cross-paragraph"),
    # 父亲周长根1950年的一本日记 … 给孩子买了一双胶鞋 ¶11; 他在镇供销社门口摆出了第一张钱币交换桌 ¶9
    Query("周长根 胶鞋 供销社", "1482799f", "cross-paragraph"),
    # Word forms
    # "the Reverend Charles Dodgson rowed the three Liddell sisters up the river from Folly Bridge to Godstow" ¶7
    # (rowed → rows)
    Query("Dodgson rows the three Liddell sisters up to Godstow", "92308469", "word-form"),
    # "One of the boatmen who ferried them was Alexander Petrie of Inchkeld" ¶9; "masons and smiths worked on the
    # rock" ¶7 (ferried → ferrying)
    Query("Alexander Petrie ferrying the masons out to the rock", "3272f5de", "word-form"),
    # "taught himself from gramophone records" ¶8 (taught → teaches, irregular; "teaching clarinet" ¶16 is another
    # form again)
    Query("Lenny Pebworth teaches himself from gramophone records", "28cb3f8c", "word-form"),
    # "opened on Saturday 20 September by Alderman Fothergill, who declined to take the first plunge" ¶13 (declined
    # → declining)
    Query("Alderman Fothergill declining the first plunge", "ff9cbc6b", "word-form"),
    # "Алексей Пажитнов закончил первую версию игры" ¶3 (закончил → заканчивает, another aspect and tense)
    Query("Пажитнов заканчивает первую версию игры", "79a592cd", "word-form"),
    # "Llovía a mares y el viento arrancaba los toldos" ¶9 (arrancaba → arranca)
    Query("el viento arranca los toldos", "254169cf", "word-form"),
    # Another script or romanisation
    Query("Перси Нанкивелл", "71360ef9", "translit"),  # "79-year-old Percy Nankivell" ¶13 (and ¶14) in Cyrillic
    Query("Чарльз Доджсон", "92308469", "translit"),  # "the Reverend Charles Dodgson" ¶7 (and ¶9) in Cyrillic
    # "CHARLOTTE AT 175: A BRONTË WEEKEND" ¶2, "Charlotte Brontë was born" ¶5 in Cyrillic
    Query("Шарлотта Бронте", "f63118f6", "translit"),
    # "the birth of Robert Burns, who was born in a clay cottage at Alloway" ¶12 in Chinese characters
    Query("罗伯特·彭斯 阿洛韦", "59e27fb6", "translit"),
    # "сотрудник Вычислительного центра … Алексей Пажитнов" ¶3 in Latin letters
    Query("Alexey Pazhitnov", "79a592cd", "translit"),
    Query("Lugang qianbi xiehui", "1482799f", "translit"),  # 鹭港镇钱币协会 ¶1 (and ¶9) in pinyin
    # accents dropped: "Bartolomé Orduña, escribano de Castilblanco" ¶7 (and ¶9)
    Query("Bartolome Orduna", "254169cf", "translit"),
    # "after Hans Meyer and Ludwig Purtscheller first reached the top" ¶3 (and ¶15) in Cyrillic
    Query("Ханс Мейер и Людвиг Пуртшеллер", "92c55ad6", "translit"),
    Query("Ленни Пебуорт", "28cb3f8c", "translit"),  # "LENNY PEBWORTH" ¶1, "Lenny Pebworth" ¶4 in Cyrillic
    # Russian
    # "пройдёт летняя смена «Кубик» для детей, которые хотят научиться писать собственные игры" ¶19
    Query("летняя смена «Кубик» для детей", "79a592cd", "russian"),
    # "кружок уже провёл первый городской турнир по ретро-играм" ¶17
    Query("первый городской турнир по ретро-играм", "79a592cd", "russian"),
    # "будет открыта выставка «Сорок лет падающих фигур» с экспонатами из музея" ¶21
    Query("«Сорок лет падающих фигур» с экспонатами из музея", "79a592cd", "russian"),
    # Spanish
    # "el sábado 24 la banda municipal ofrecerá un concierto de himnos patrióticos" ¶15
    Query("concierto de himnos patrióticos", "254169cf", "spanish"),
    # "los escolares enterraron a su pie una caja con cartas para el año 2112" ¶17
    Query("una caja con cartas para el año 2112", "254169cf", "spanish"),
    # "el claustro de San Agustín acogerá la exposición itinerante «Cádiz, 1812: la ciudad de las Cortes»" ¶21
    Query("la exposición itinerante en el claustro de San Agustín", "254169cf", "spanish"),
    # Chinese
    Query("免费钱币鉴定咨询", "1482799f", "chinese"),  # 在文化站门口举办免费钱币鉴定咨询 ¶17
    Query("第一次全县钱币交流会", "1482799f", "chinese"),  # 协会举办了第一次全县钱币交流会 ¶19
    # 1948年12月1日，中国人民银行在河北石家庄成立 ¶5
    Query("中国人民银行在河北石家庄成立", "1482799f", "chinese"),
    # Mentions and zero-width spaces
    # "Seniors grade on Saturday 31 January, with Sensei Ian Marrack from the area squad on the panel" ¶7
    Query("<@777> Sensei Ian Marrack\u200b grading", "1d34538b", "mention-noise"),
    # "Fore Street will be closed to traffic on market days … while the water main is replaced" ¶23 (92c55ad6 ¶25
    # has a shop in Fore Street, and no water main)
    Query("@here \u200bFore Street water main", "e5bb99d3", "mention-noise"),
    # "Press enquiries: Ken Ashbridge, Public Relations Officer" ¶29
    Query("<#88> Ken Ashbridge\u200b press enquiries", "ce9f462e", "mention-noise"),
    # Typos
    Query("Kilbraidy Primery", "59e27fb6", "typo"),  # "KILBRAIDIE PRIMARY SCHOOL" ¶1 (2 edits + 1 edit)
    Query("Quarow Hil Farm shearing", "37214ed2", "typo"),  # "QUARROW HILL FARM" ¶1, "Shearing Days" ¶2
    Query("Larbek Literary Sociaty", "f63118f6", "typo"),  # "LARBECK LITERARY SOCIETY" ¶1
    # Names
    Query("Meg Ollason", "37214ed2", "name"),  # "spinner Meg Ollason will show how a fleece is skirted" ¶11
    Query("Irene Holdsworth", "ce9f462e", "name"),  # "The Mayor, Councillor Irene Holdsworth, said" ¶11
    # Phrases
    Query("Nothing left but the two towers and the smell", "71360ef9", "phrase"),  # Nankivell's diary, ¶14
    Query("the house stood as it always has", "f63118f6", "phrase"),  # Miss Edith Ackroyd's diary, ¶9
    Query("Half the street was outside last night", "ff9cbc6b", "phrase"),  # Mr Hollis, ¶10
    # Questions
    # "The bicentenary exhibition, "Light on the Rock", runs in the museum from 1 February to 30 April" ¶21
    Query("how long does the Light on the Rock exhibition run?", "3272f5de", "question"),
    # "the Christmas Fair on Saturday 29 November. It raised £1,146 for the new library corner" ¶6
    Query("what did the Kilbraidie Christmas Fair raise for the new library corner?", "59e27fb6", "question"),
    # "died less than a year later, on 31 March 1855, at the age of 38" ¶7
    Query("at what age did Charlotte Brontë die?", "f63118f6", "question"),
    # "Corstan's new public library in Station Road will be opened by the county librarian on Saturday 11 March"
    # ¶6 (the cutting's year is in its dateline, ¶4, outside the article)
    Query("what day does Corstan's new library in Station Road open?", "2c74030a", "question"),
    # Topics
    # "Cars and lorries will be barred from Market Street …, when Elsworth's first pedestrian precinct comes into
    # force. The Friday market will move … into the street itself" ¶6
    Query("pedestrian precinct Market Street Friday market", "65f490d3", "topic"),
    # "Elsworth held its own Festival week …, with a pageant on the Common" ¶15; "the Festival of Britain" ¶14
    Query("Festival of Britain pageant on the Common", "dd03af3a", "topic"),
    # "The restored Victorian bandstand on the Common will be reopened …, and the Elsworth Silver Band will give
    # its first concert there for two years" ¶22
    Query("restored Victorian bandstand Silver Band concert", "6e7945a9", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Percy Nankivell remembers the Crystal Palace fire (71360ef9 ¶13–15); the Festival of Britain is Elsworth's
    # (dd03af3a), where he is never named
    "Percy Nankivell Festival of Britain",
    # Irene Holdsworth is Fenstoke's Mayor (ce9f462e ¶11); the Elsworth bandstand is reopened "by the Mayor",
    # unnamed (6e7945a9 ¶22)
    "Irene Holdsworth Elsworth bandstand",
    # "spinner Meg Ollason" of Quarrow Hill (37214ed2 ¶11); Mount Kenya is the Stenbury pair's hope for next year
    # (92c55ad6 ¶23), with no one else named
    "spinner Ollason Mount Kenya expedition",
    # Lenny Pebworth played clarinet with the Dockside Stompers (28cb3f8c); the Silver Band is Elsworth's (6e7945a9)
    "Lenny Pebworth Elsworth Silver Band",
    # Euphemia Lindores rowed out to the Bell Rock (3272f5de ¶9, ¶17); the Crystal Palace is Corstan's cutting
    "Euphemia Lindores Crystal Palace",
    # Клёнов ran the computer club (79a592cd ¶7–11, ¶23); its tournaments are Tetris and retro games (¶13, ¶17),
    # never chess
    "Клёнов и шахматный турнир",
    "周德海 邮票展览",  # 周德海 heads the coin society (1482799f ¶9); its 展览 is of banknotes, never stamps
    # "Entries for the Scots poetry competition are due by the 16th, and the six finalists will recite at the
    # supper" (59e27fb6 ¶14); no winner
    "who won the Kilbraidie Scots poetry competition?",
    # "a civic reception in the Guildhall on Friday 17 July, by invitation" (ce9f462e ¶19); no time
    "what time does the Fenstoke civic reception start?",
    # "Our fleeces are sold by silent auction in the farm shop" (37214ed2 ¶14); the PRICES (¶20) are for
    # visitors and workshops
    "how much do Quarrow Hill fleeces sell for?",
    # Moshi is only the heading of Harold Vane's letter of 1964 (92c55ad6 ¶11); no hotel anywhere
    "which hotel did Maddie Orrell stay at in Moshi?",
    # "the last of the keepers' stores" (3272f5de ¶13); no count of keepers
    "how many keepers lived on the Bell Rock?",
    # "Friday 1st. The light shewn at dusk." (3272f5de ¶13); no one is named as lighting it; Robert Stevenson built
    # the tower (¶7)
    "who lit the Bell Rock lamp in 1811?",
    # "She ran the door at his gigs for forty-seven years until her death" (28cb3f8c ¶14); no date
    "when did Lenny Pebworth's wife Joan die?",
    # "playing with the Dockside Stompers" (28cb3f8c ¶8); no band member is named
    "what was the name of the Dockside Stompers' trumpeter?",
    # "will be opened by the county librarian on Saturday 11 March" (2c74030a ¶6); unnamed
    "who was the county librarian who opened Corstan library?",
    # "The new swimming baths in Mill Lane were opened" (ff9cbc6b ¶13); only the costume hire price (twopence)
    "how much was spent building the Mill Lane baths?",
    # "by Mrs Ingleby, whose late husband left £300 for the purpose" (ff9cbc6b ¶17); he is not named
    "what was the name of Mrs Ingleby's late husband?",
    # "El archivo municipal abrirá sus puertas al público el 5 y 6 de mayo, con visitas guiadas cada hora"
    # (254169cf ¶19); no price
    "¿cuánto cuesta la visita guiada al archivo municipal?",
    "nombre de la hermana de Bartolomé Orduña",  # "En una carta a su hermana" (254169cf ¶7); unnamed
    # "первый городской турнир по ретро-играм" (79a592cd ¶17): the number of players and their ages, no winner
    "кто победил в первом городском турнире по ретро-играм?",
    # "Завуч разрешила оставить машины в классе до 17-го" (79a592cd ¶9); the deputy head is not named
    "как звали завуча, которая разрешила оставить Корветы?",
    # 第一套人民币 … 票面上印着工厂、农田、火车和轮船 (1482799f ¶7); no designer named
    "第一套人民币 设计者",
    "鹭港镇 镇长 名字",  # 镇长和县人民银行的同志将出席 (1482799f ¶15); the town head is not named
    "Kilbride school Burns supper",  # Kilbride is 2 edits from Kilbraidie, whose school's Burns supper is 59e27fb6
    "Larbert literary society",  # Larbert is 2 edits from Larbeck, whose literary society is f63118f6
    # Corsham is 2 edits from Corstan, whose lights' switch-on "drew a record crowd" (e5bb99d3 ¶22)
    "Corsham switch-on record crowd",
    "Inchkeith lighthouse",  # Inchkeith is 3 edits from Inchkeld, whose Trust marks the Bell Rock (3272f5de)
    "Кубинка компьютерный кружок",  # Кубинка is 4 edits from Кубовинск, whose computer club is 79a592cd's
    "鹿岛镇 钱币协会",  # 鹿岛 differs from 鹭港 in both characters; the coin society is 鹭港镇's (1482799f)
    # "Last year, on 14 and 15 June, they walked the Three Peaks for the hospital's scanner appeal" (92c55ad6
    # ¶21); no time
    "how long did the Three Peaks walk take Maddie Orrell?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind95/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
