"""A fifty-ninth lookup query set: the BLIND set of the twenty-ninth round, RICH IN UNANSWERABLE QUERIES,
written in the twenty-eighth session by a writer who reported its counts only (by kind and corpus), never
its queries, names or subjects. It is committed unscored and is scored once, at the end of the twenty-ninth
round, by people who have not seen it; nobody reads it or tunes on it before then (once it has been scored,
a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind57.py and
  tests/queries_blind58.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, mentions and a few stop words
  left out) with every earlier query, and with the other queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds have
  been queried some seven thousand times by now, so most of these seed queries join passages or names that
  no earlier query joined, and well over half of the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind71/docs, copied as ONE
  corpus into a subfolder blind71/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into three articles each (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and
Chinese names and words, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3, chinese
2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo
3 + 3 (1–2 edits a word), name 3 + 2, phrase 2 + 3, question 3 + 4, topic 2 + 3: 35 + 48 answerable, and
20 + 30 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article); a question in the
corpus's own words about something it does not say (who was a mayor, a captain, a designer, a founder or a
schoolmaster, who won; when someone was appointed or died, when a monument is to be unveiled; how many
members, people, rowers, pupils or graduates; what time something starts or opens; what something cost,
what a fee or a price is, what a hotel was called); a place the corpus does not hold but spelled close to
one it does (two or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares
one or more words with its corpus on purpose (in another script for some of the seeds' ones), and every
article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind71/docs/* into ONE temporary
# corpus folder under the subfolder blind71/: files are then "blind71/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind71/docs",)
NEWDOCS_SUBDIRS = ("blind71",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "309195db": "THE DUNWARREN HERALD — Obituaries",
    # en_hobley_advertiser_digest.txt, split by the loader: the spring fair (¶5–8), the millennium (¶14–19), the
    # clipper model (¶25–30); the header (¶1), the datelines (¶3, ¶12, ¶23) and the "=====" rules (¶10, ¶21)
    # belong to none of them
    "9734a72a": "SPRING FAIR RETURNS TO THE GREEN",
    "cfc61aa9": "MILLENNIUM PASSES QUIETLY IN HOBLEY",
    "57192627": "CLIPPER MODEL ON SHOW, 150 YEARS TO THE DAY",
    "4f824db2": "KETTERIDGE FLY FISHERS — SPRING NEWSLETTER",
    "1608ab49": "THE KITCHEN TABLE OBSERVATORY",
    "31021a57": "THE PORTCRAIG OBSERVER — Features",
    "e2e38e8d": "THE RAVENSGILL RECORD — Friday 19 April 1996",
    "8f2e4c2f": "ST EBBA'S CHURCH, WINDLECOMBE",
    # en_stainfold_courier_digest.txt, split by the loader: the lido (¶5–9), the library fire (¶15–20), the storm
    # (¶26–31); the header (¶1), the datelines (¶3, ¶13, ¶24) and the "-----" rules (¶11, ¶22) belong to none
    "db740083": "LIDO OPENS TO QUEUES",
    "c5e8ca70": "FIRE AT THE LIBRARY",
    "4f922b98": "TOWN COUNTS THE COST OF FRIDAY'S STORM",
    "a8d6c2e0": "STAINFOLD LIDO — TWENTY-FIVE YEARS OF SPLASHING",
    "c1ca8bb6": "TALLOWFORD DISTRICT COUNCIL",
    "276ed134": "THE TALLOWFORD EXAMINER",
    "2c34f7ff": "YEWCOMBE DOWN DEW PONDS",
    "d9407f7b": "EL HERALDO DE ALBENDÍN",
    "bfce84dd": "ГОРНОСТАЕВСКИЙ ВЕСТНИК",
    "e6b4b794": "榆川日报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # 001 line 6: "his meeting with Ivan Melnikov, … State Duma's Deputy Speaker"; line 12: "Liu Qibao visited
    # the site …, where he familiarized with the works on the construction of the memorial complex"
    Query("Liu Qibao familiarized memorial complex Ivan Melnikov State Duma", "054ef6fb", "cross-paragraph"),
    # "Nikol Pashinyan … Since the establishment of diplomatic relations 33 years ago" ¶257; "Belarus is an
    # all-weather partner to China" (Lukashenko) ¶265
    Query("Pashinyan 33 years diplomatic relations Lukashenko all-weather partner", "0e5d6094", "cross-paragraph"),
    # "Samdech Techo Hun Sen" ¶154 (the ¶153–159 list); "the 50th anniversary of the establishment of the Lao PDR"
    # ¶165; "President Kaysone Phomvihane and President Fidel Castro" ¶167 (5a5d8582 has Hun Manet, not Hun Sen)
    Query("Hun Sen Kaysone Phomvihane 50th anniversary Lao PDR", "20f574be", "cross-paragraph"),
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495; "he asked to have the 'Communist Manifesto'
    # read to him" ¶499; "Michael Lindsay, …, whose expertise in radio engineering" ¶501
    Query("Rewi Alley Communist Manifesto Michael Lindsay radio engineering", "ac7222d4", "cross-paragraph"),
    # "Dr. Norman Bethune, … 'a man of noble character'" ¶275; "inducted into the Scottish Sports Hall of Fame"
    # ¶287
    Query("Scottish Sports Hall of Fame Norman Bethune noble character", "7ab1f62c", "cross-paragraph"),
    # Word forms: the text has another form
    # "the same Younghusband who had led the 1905 British invasion" ¶521 (led → leads; "leads" is in no seed
    # article)
    Query("Younghusband leads the 1905 invasion", "ac7222d4", "word-form"),
    # "JISCO, una empresa siderúrgica estatal alrededor de la cual los obreros construyeron la ciudad entera" ¶335
    # (construyeron → construyen)
    Query("obreros construyen la ciudad entera alrededor de JISCO", "dde32893", "word-form"),
    # "in the course of 14 years of war (1931-45) China suffered over 35 million casualties" ¶357 (suffered →
    # suffering)
    Query("China suffering 35 million casualties in 14 years of war", "d89fdf72", "word-form"),
    # "the Chinese people rallied together to defy the enemy" ¶381 (rallied → rallying)
    Query("Chinese people rallying together to defy the enemy", "38a7d84f", "word-form"),
    # Another script or romanisation
    # the webinar's speakers "Ken Hammond (Historian and China scholar)" ¶363 and "Chen Weihua (Former EU bureau
    # chief of China Daily)" ¶364, in Cyrillic
    Query("Кен Хаммонд Чэнь Вэйхуа", "d89fdf72", "translit"),
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed" and "Foreign Minister Subrahmanyam Jaishankar" ¶451, in
    # Cyrillic
    Query("Халид бен Мухаммед Джайшанкар", "e065690c", "translit"),
    # line 20, "中华人民共和国和俄罗斯联邦在纪念中国人民抗日战争 …", its "中国人民抗日战争" in pinyin without tones
    Query("Zhongguo renmin kangri zhanzheng", "b39d8185", "translit"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "the New Zealand internationalist Rewi Alley" ¶495, in
    # Cyrillic
    Query("Джеймс Макманус Реви Алли", "ac7222d4", "translit"),
    # "according to Li Jinxian" line 1; "Russian Foreign Minister Sergei Lavrov" line 7, in Cyrillic (Lavrov is in
    # no other article)
    Query("Ли Цзиньсянь и Лавров", "097182f6", "translit"),
    # Russian (names written in Cyrillic)
    # "Zimbabwean President Emmerson Mnangagwa" ¶5; "Slovak Prime Minister Robert Fico" ¶13
    Query("Роберт Фицо и Эммерсон Мнангагва", "faecd2e1", "russian"),
    Query("Монинеат Сианук", "5a5d8582", "russian"),  # "Queen Mother Norodom Monineath Sihanouk" ¶235/239/241
    # Spanish
    # "Las calles están limpias, caminables, y bien ordenadas a pesar de lo pobladas que están" ¶323
    Query("las calles están limpias, caminables y bien ordenadas", "dde32893", "spanish"),
    # "un partido político con una visión de futuro, con una meta que crea un mejor futuro para todos" ¶309
    Query("una meta que crea un mejor futuro para todos", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Zhao Leji … at the invitation of … Chairman of the National Assembly of Vietnam Tran Thanh Man" ¶65 (Zhao
    # Leji is also in 20f574be's ¶156 list, without Tran Thanh Man)
    Query("赵乐际 陈清敏", "362ba691", "chinese"),
    # "Luiz Inácio Lula da Silva" ¶451/463; "Egyptian President Abdel Fattah El-Sisi" ¶451
    Query("卢拉 塞西", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "met with the King and the Queen Mother at Zhongnanhai" ¶237; "he was accorded a warm and friendly reception
    # by the King" ¶239
    Query("<@42> Zhongnanhai\u200b warm and friendly reception", "5a5d8582", "mention-noise"),
    # "British leftists should 'take inspiration from Chinese socialism …'" ¶543
    Query("@everyone \u200bBritish leftists\u200b take inspiration", "6710eba1", "mention-noise"),
    # Typos (1–2 edits)
    # "Xi Jinping meets leaders from Uzbekistan, Pakistan, Turkmenistan, Iran, Malaysia and Tajikistan" ¶203, the
    # title line (Tajikistan and Malaysia are in no other line but the "Continue reading" one, ¶215)
    Query("Turkmenistan Tajikstan Malaysa", "3a9fa4ed", "typo"),
    # "Egyptian Prime Minister Mostafa Madbouly" and "Kazakhstan President Kassym-Jomart Tokayev" ¶405
    Query("Madboly Tokayv", "26d64f12", "typo"),
    # "the Chinese Modernisation Forum (2025), …, all of Tsinghua University" ¶475
    Query("Tsinhua Univercity Modernisation Forum", "ac7222d4", "typo"),
    # Names
    # "Kim Jong Un was greeted at Beijing Railway Station by Cai Qi" ¶221
    Query("Kim Jong Un Cai Qi", "eca32116", "name"),
    # "Xinhua correspondents Zheng Bofei and Jin Jing write: 'At the 1924 Paris Olympics, Eric Liddell …'" ¶287
    Query("Eric Liddell Jin Jing", "7ab1f62c", "name"),
    # "Thongloun Sisoulith, General Secretary …" and "Vladimir Vladimirovich Yakushev" in the guest list ¶153–159
    Query("Thongloun Sisoulith Vladimir Yakushev", "20f574be", "name"),
    # Phrases
    # "The ironclad Pakistan-China friendship has taken root in the hearts of the over 200 million Pakistani
    # people" ¶213
    Query("taken root in the hearts of the over 200 million Pakistani people", "3a9fa4ed", "phrase"),
    # "the stadium became one of Asia's most advanced sporting venues at the time" ¶291
    Query("one of Asia's most advanced sporting venues", "7ab1f62c", "phrase"),
    # Questions
    # "which originally appeared in the Morning Star, David Horsley reviews a season of Anna May Wong's films,
    # currently showing at the British Film Institute (BFI)" ¶111
    Query("who wrote the Morning Star review of the BFI season?", "ccf1d4fa", "question"),
    # "Slovakia was the only member state of NATO and the EU to be represented at the commemoration at head of
    # government level" ¶21
    Query("which NATO member sent its head of government to the commemoration?", "faecd2e1", "question"),
    # "We were hosted by the China NGO Network for International Exchanges (CNIE)" ¶547; the Spanish interview
    # tells of the same delegation: "Fuimos invitados por la Red China de ONG de Intercambios Internacionales"
    # (dde32893 ¶307)
    Query("who hosted the British delegates in China?", "6710eba1", "question", also=("dde32893",)),
    # Topics
    # Guterres: "uphold the purposes and principles of the UN Charter, …, advance a multipolar world" ¶409
    # (b39d8185 has "multipolar" without Guterres or the Charter)
    Query("Guterres UN Charter multipolar world", "26d64f12", "topic"),
    # "The Republic of the Congo is the first country to reach an early harvest arrangement with China under the
    # agreement on economic partnership for shared development" ¶25
    Query("Congo early harvest arrangement economic partnership", "faecd2e1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Peng Liyuan met the Cambodian King at Zhongnanhai (5a5d8582 ¶237); the monument is Venezuela's (f78fdcd6)
    "Peng Liyuan Venezuela monument",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the Hanoi parade is 362ba691's (¶73–77) and 20f574be's
    # (¶143–145)
    "Chen Weihua Hanoi parade",
    # Michael Lindsay's radio engineering (ac7222d4 ¶501); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Michael Lindsay Minyuan Stadium",
    # Jodie Evans, co-founder of Code Pink (d89fdf72 ¶365); the Dunhuang solar plant is the delegates' (6710eba1
    # ¶539, dde32893 ¶335)
    "Jodie Evans Dunhuang solar",
    # Sydney Loving's interview (dde32893); Tsinghua University hosted the forum Keith Bennett attended (ac7222d4
    # ¶475)
    "Sydney Loving Tsinghua University",
    # Radhika Desai moderated the webinar (d89fdf72 ¶369); the memorial complex near Khabarovsk is Liu Qibao's
    # (054ef6fb line 12)
    "Radhika Desai Khabarovsk memorial",
    # "Egyptian Prime Minister Mostafa Madbouly" (26d64f12 ¶405–413); no date of taking office
    "what year was Mostafa Madbouly appointed?",
    # "held on September 3 in Beijing's Tienanmen Square, just prior to the commencement of the military parade"
    # (38a7d84f ¶377; eca32116 ¶219); no time
    "what time did the Tienanmen Square military parade start?",
    # "the Young Communist League of Britain" (6710eba1 ¶533/547); the only membership figure is the CPC's "100
    # millones de miembros" (dde32893 ¶345)
    "how many members does the Young Communist League of Britain have?",
    "who designed Zhongnanhai?",  # "at Zhongnanhai, where the senior Chinese leadership live and work" (5a5d8582 ¶237)
    "Ganzhou poverty",  # Ganzhou is 3 edits from Gansu (6710eba1 ¶549, dde32893 ¶333); not in the corpus
    # Hanover is 3 edits from Hanoi, whose parade is 362ba691's (¶73) and 20f574be's (¶143); not in the corpus
    "Hanover parade",
    # "But one film, Lady From Chungking is an anti-imperialist classic" (ccf1d4fa ¶113/129); no director named
    "кто снял фильм «Леди из Чунцина»?",
    # "durante 10 días visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" (dde32893 ¶307); the "vuelo" of
    # ¶329 is an airport screen; no flight time
    "¿cuántas horas duró el vuelo a Xi'an?",
    # "los generales de terracota" in Xi'an (dde32893 ¶313); no price anywhere
    "¿cuánto costó la visita a los guerreros de terracota?",
    # "Aun en uno de los hoteles, los trabajadores se reunían en la plaza" (dde32893 ¶323); no hotel named
    "¿cómo se llamaba el hotel de Shanghái?",
    "卢拉 年龄",  # Lula (e065690c ¶451–465) in Chinese characters; no age
    # the parade at Tienanmen (天安门) Square (38a7d84f ¶377, eca32116 ¶219); no length
    "天安门 阅兵 持续 多长时间",
    # Anna May Wong (黄柳霜) and her films at the BFI (ccf1d4fa ¶111–121); no ticket price
    "黄柳霜 电影 票价",
    # a monument "will be erected in the 'Patriots' military-patriotic park in the Moscow region" (097182f6 line
    # 7); no date
    "when will the Patriots park monument be unveiled?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "born in the schoolhouse at Crossgill" ¶9; "She married Frank Grindle, a joiner" ¶13; "a stalwart of the
    # Women's Institute" ¶24 (¶23–24 is one block)
    Query("Crossgill schoolhouse Frank Grindle joiner Women's Institute", "309195db", "cross-paragraph"),
    # "clearing the willows below Cobb's Weir" ¶13–14; "the back room of the Drovers Arms" ¶16; "won by Tom
    # Ashworth" ¶28
    Query("Cobb's Weir Drovers Arms Tom Ashworth", "4f824db2", "cross-paragraph"),
    # "by the county surveyor, who cut the ribbon in a hailstorm" ¶6–7; "beating Kelbeck 3-1" ¶13–14 (also ¶19);
    # "opened next Wednesday, the 22nd, by Lady Marchbanks" ¶25–26
    Query("Lady Marchbanks county surveyor hailstorm Kelbeck", "e2e38e8d", "cross-paragraph"),
    # "Revd Judith Amory" ¶12; "Plough Sunday: blessing of the plough" ¶29; "Funeral — Walter Briggs" ¶34
    Query("Judith Amory Plough Sunday Walter Briggs", "8f2e4c2f", "cross-paragraph"),
    # "из линз, которые Пименов выпросил в районной больнице" ¶11–12; "двое работают в Роскосмосе" ¶16;
    # "выставка «Полвека под звёздами»" ¶18
    Query("районной больнице Роскосмосе «Полвека под звёздами»", "bfce84dd", "cross-paragraph"),
    # 周德明 ¶9/12/16/19; 日记 ¶9, ¶19; "我们现在坐高铁" ¶17; "开设第一家直营店" ¶28 (no block holds all four)
    Query("周德明 日记 高铁 直营店", "e6b4b794", "cross-paragraph"),
    # Word forms
    # "Sid Pannett, 84, began building it … from plans he bought at a jumble sale" ¶28–29; "the clipper" ¶27
    # (building → builds)
    Query("Sid Pannett builds a model of the clipper", "57192627", "word-form"),
    # "Emily made a cardboard Philae for school" ¶20–21 (made → making, irregular; "making" is only in 57192627's
    # "ten years in the making")
    Query("Emily making a cardboard Philae for school", "1608ab49", "word-form"),
    # "an electrical fault started a fire in the reference room" ¶17 (started → starting; "starting" is only in
    # 2c34f7ff's "starting at 10am")
    Query("electrical fault starting a fire in the reference room", "c5e8ca70", "word-form"),
    # "Hilary Margaret Grindle … knew, it was said, every child in the town by name" ¶5–7 (knew → knowing,
    # irregular)
    Query("Hilary Grindle knowing every child in the town by name", "309195db", "word-form"),
    # "Телескоп тогда собрали сами из линз" ¶11 (собрали → собирают); "ребята" ¶10
    Query("ребята сами собирают телескоп из линз", "bfce84dd", "word-form"),
    # "los supervivientes remontaron el Guadalquivir hasta Sevilla y fueron descalzos" ¶9–10 (remontaron →
    # remontan)
    Query("los supervivientes remontan el Guadalquivir descalzos", "d9407f7b", "word-form"),
    # Another script or romanisation
    Query("Хилари Гриндл", "309195db", "translit"),  # "Hilary Grindle: the headmistress …" ¶3, ¶5 in Cyrillic
    # "the chair of the council, Cllr Dilys Warrender" ¶11–12 (and ¶16) in Cyrillic (276ed134 names no councillor)
    Query("Дилис Уоррендер", "c1ca8bb6", "translit"),
    Query("Эллен Трелкелд", "276ed134", "translit"),  # "Ellen Threlkeld, 71" ¶13 in Cyrillic
    Query("卡蒂萨克号", "57192627", "translit"),  # "A model of the Cutty Sark" ¶26 in Chinese characters
    # "The Rosetta spacecraft" ¶11; Philae ¶4, ¶21, ¶23, ¶29, ¶31 in Chinese characters
    Query("罗塞塔 菲莱", "1608ab49", "translit"),
    # "учитель физики … Аркадий Семёнович Пименов" ¶6–7; «Салют» ¶3, ¶5, in Latin letters
    Query("Arkady Pimenov Salyut", "bfce84dd", "translit"),
    Query("Zhou Xiaomei Yuchuan", "e6b4b794", "translit"),  # "厂长周晓梅" ¶16 (and ¶28), 榆川 ¶1/6, in pinyin
    # accents dropped: "la presidenta del club, Remedios Caballé" ¶16–17; "EL HERALDO DE ALBENDÍN" ¶1 (and ¶3, ¶12)
    Query("Remedios Caballe Albendin", "d9407f7b", "translit"),
    # "mandada por Fernando de Magallanes" ¶8; "al mando de Juan Sebastián Elcano" ¶6, in Chinese characters
    Query("麦哲伦 埃尔卡诺", "d9407f7b", "translit"),
    # Russian
    # "стартовала «Салют» — первая в мире долговременная орбитальная станция" ¶5–6
    Query("первая в мире долговременная орбитальная станция", "bfce84dd", "russian"),
    # "Заявки на конкурс детского рисунка «Моя станция» принимаются до 15-го" ¶22
    Query("конкурс детского рисунка «Моя станция»", "bfce84dd", "russian"),
    # "на школьном стадионе пройдут открытые ночи наблюдений" ¶21–22
    Query("открытые ночи наблюдений на школьном стадионе", "bfce84dd", "russian"),
    # Spanish
    # "con una ofrenda floral en el muelle viejo" ¶16
    Query("ofrenda floral en el muelle viejo", "d9407f7b", "spanish"),
    # "La exposición «Cinco naves, una vuelta» podrá visitarse en el Museo del Mar" ¶24
    Query("exposición «Cinco naves, una vuelta» en el Museo del Mar", "d9407f7b", "spanish"),
    # "remará hasta la bocana, donde la esperarán las barcas de pesca" ¶20 (la = la trainera, ¶19)
    Query("las barcas de pesca esperarán a la trainera en la bocana", "d9407f7b", "spanish"),
    # Chinese
    Query("首届中国出口商品交易会", "e6b4b794", "chinese"),  # "首届中国出口商品交易会在广州开幕" ¶5
    # "竹编厂第一次在秋季广交会上设立了自己的独立展位，这在厂里被看作是'第二次出海'" ¶22–23
    Query("第二次出海 独立展位", "e6b4b794", "chinese"),
    Query("开放生产车间 学编竹篮", "e6b4b794", "chinese"),  # "竹编厂将向市民开放生产车间，欢迎带孩子来学编竹篮" ¶25
    # Mentions and zero-width spaces
    # "the largest, Shepherd's Pond, was relined with clay and straw on 18 October 1994" ¶6–7
    Query("<@777> Shepherd's Pond\u200b relined with clay and straw", "2c34f7ff", "mention-noise"),
    Query("@here Dawn dip\u200b bacon rolls", "a8d6c2e0", "mention-noise"),  # "Dawn dip and bacon rolls" ¶20
    # "The Tallowford Flood Group, … will meet … to draw up a list of volunteers and their phone numbers" ¶29–30
    Query("<#451> Tallowford Flood Group\u200b phone numbers", "276ed134", "mention-noise"),
    # Typos
    Query("Yewcom Down dew ponds", "2c34f7ff", "typo"),  # "YEWCOMBE DOWN DEW PONDS" ¶1 (2 edits)
    Query("Keteridge fly fishers", "4f824db2", "typo"),  # "KETTERIDGE FLY FISHERS" ¶1
    # "ST EBBA'S CHURCH, WINDLECOMBE / Parish Magazine" ¶1–2 (2 edits + 1 edit)
    Query("Windelcombe parrish magazine", "8f2e4c2f", "typo"),
    # Names
    Query("Geoffrey Pannell", "4f824db2", "name"),  # "Geoffrey Pannell, Hon. Secretary" ¶35 (57192627's is Sid Pannett)
    Query("Carol Wintringham", "1608ab49", "name"),  # "A blog about looking up, by Carol Wintringham" ¶2
    # Phrases
    # the reporter "described the journey as 'swift, if not altogether comfortable'" ¶20–21
    Query("swift, if not altogether comfortable", "e2e38e8d", "phrase"),
    # "I retired on the 22nd of July last year and I still wake at seven, ready for the bell." ¶20–21
    Query("I still wake at seven, ready for the bell", "309195db", "phrase"),
    # "'I was meant to be out there': Portcraig remembers Piper Alpha" ¶3 (and "I was meant to go out" ¶16)
    Query("I was meant to be out there", "31021a57", "phrase"),
    # Questions
    Query("how many men died on Piper Alpha?", "31021a57", "question"),  # "Of the 226 men on board, 165 died" ¶7
    # "the clipper was launched at Dumbarton on 22 November 1869" ¶27–28
    Query("when was the clipper launched at Dumbarton?", "57192627", "question"),
    # "The old baths on Mill Street, which closed on 28 September 1987" ¶7–8 (a8d6c2e0 has no baths)
    Query("when did Stainfold's old baths close?", "db740083", "question"),
    # "The circular route is three miles long and takes about two hours" ¶10–11
    Query("how long is the Yewcombe circular walk?", "2c34f7ff", "question"),
    # Topics
    # "the Hobley Spring Fair returns to the Green … The procession of floats will set off from the station yard"
    # ¶6–8
    Query("Hobley Spring Fair procession of floats", "9734a72a", "topic"),
    # "The town saw in the new millennium with a bonfire on Beacon Hill" ¶15
    Query("millennium bonfire on Beacon Hill", "cfc61aa9", "topic"),
    # "the Beck burst its banks at Tanner's Bridge. … The Stainfold Show, due on 28 and 29 July, has been
    # cancelled" ¶28–29
    Query("Stainfold Show cancelled after the Beck burst its banks", "4f922b98", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Sid Pannett built the Cutty Sark model (57192627 ¶28); Piper Alpha is Portcraig's (31021a57)
    "Sid Pannett Piper Alpha",
    # Cllr Dilys Warrender opens the Tallowford flood wall (c1ca8bb6 ¶11); the lido is Stainfold's (db740083,
    # a8d6c2e0)
    "Dilys Warrender lido",
    # Tom Ashworth won the fly fishers' closing match (4f824db2 ¶28); the Spring Fair is Hobley's (9734a72a)
    "Tom Ashworth Spring Fair",
    # Mary Kettlewell's talk is on tying flies (4f824db2 ¶16–17); the Philae talk is Carol Wintringham's (1608ab49
    # ¶31–32)
    "Mary Kettlewell Philae talk",
    # Revd Judith Amory is Windlecombe's vicar (8f2e4c2f ¶12); the Corn Hall is Tallowford's (c1ca8bb6 ¶14,
    # 276ed134 ¶19/31)
    "Judith Amory Corn Hall",
    # Emily is Carol Wintringham's daughter (1608ab49 ¶9); the Kirk's service is Portcraig's (31021a57 ¶31)
    "Emily Wintringham Kirk service",
    # "The mayor, who swam the first length in a striped costume" (db740083 ¶8–9): never named
    "who was the mayor who swam the first length at Stainfold lido?",
    # "Fly Week runs from Saturday 14 May to Sunday 22 May, with the cup competition on the last day" (4f824db2
    # ¶22–23) is still to come; Tom Ashworth won last season's closing match (¶28)
    "who won the Ketteridge Fly Week cup competition?",
    # "the queue stretched back to the bandstand" (db740083 ¶6–7, a8d6c2e0 ¶4–5); no count
    "how many people queued at the opening of Stainfold Lido?",
    # "Epiphany party for the Sunday school, Friday 6 January, in the church hall" (8f2e4c2f ¶28); no time
    "what time does the Epiphany party start?",
    "what did the Millrace wall cost the council?",  # c1ca8bb6 and 276ed134: dates, homes, times; no sum
    # "from plans he bought at a jumble sale" (57192627 ¶28–29); no price
    "how much did Mr Pannett pay for the plans?",
    # "two men from a rescue boat were lost with them" (31021a57 ¶7–8); nobody named
    "who was the captain of the Piper Alpha rescue boat?",
    # "the warden's hut, which is open at weekends from 1 June to 31 August" (2c34f7ff ¶19–20); no hours
    "what time does the Yewcombe warden's hut open?",
    # "Since the club was founded in 1990" (4f824db2 ¶5–6); no founder (Geoffrey Pannell is the secretary, ¶35)
    "who founded the Ketteridge club in 1990?",
    # "the younger daughter of the village schoolmaster" (309195db ¶9–10): not named, nor her maiden name
    "what was the village schoolmaster at Crossgill called?",
    # "Membership forms are available from the warden's hut" (2c34f7ff ¶30–31); no fee
    "how much does membership of the Yewcombe Downs Trust cost?",
    # Stainforth is 3 edits from Stainfold, whose lido has its 25th birthday (a8d6c2e0); not in the corpus
    "Stainforth lido birthday",
    # Portpatrick is not in the corpus; the wreath goes out on Portcraig's lifeboat (31021a57 ¶25)
    "Portpatrick lifeboat wreath",
    "Ravenglass bypass",  # Ravenglass is 5 edits from Ravensgill, whose bypass opened in 1986 (e2e38e8d ¶6)
    # Windlesham is 5 edits from Windlecombe, whose parish magazine is 8f2e4c2f
    "Windlesham parish magazine",
    "Yewdale sheep grazing",  # Yewdale is 4 edits from Yewcombe, where "Sheep graze the down" (2c34f7ff ¶28)
    # Горнозаводск is 5 edits from Горностаевск, whose astronomy club is bfce84dd's
    "Горнозаводск астрономический кружок",
    # "Многие из них стали инженерами, двое работают в Роскосмосе" (bfce84dd ¶16); no count of engineers
    "сколько выпускников кружка стали инженерами?",
    # "в понедельник, 19 апреля: в актовом зале школы пройдёт торжественный вечер" (bfce84dd ¶15); no time
    "во сколько начнётся торжественный вечер 19 апреля?",
    # "una trainera del club saldrá del puerto a las nueve de la mañana" (d9407f7b ¶19–20); no crew count
    "¿cuántos remeros lleva la trainera?",
    # "una maqueta de la Victoria construida por alumnos del instituto" (d9407f7b ¶26); no number
    "¿cuántos alumnos construyeron la maqueta de la Victoria?",
    # "Las regatas del quinto centenario se disputarán los días 17 y 18 de septiembre" (d9407f7b ¶21); no hour
    "¿a qué hora empiezan las regatas del quinto centenario?",
    "周德明 什么时候 去世的",  # 老社长周德明 (e6b4b794 ¶9, ¶12, ¶16, ¶19): no date of death
    "第一份外贸订单 多少钱",  # 第一份外贸订单：三千只竹篮 (e6b4b794 ¶8): a quantity, no value
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind71/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
