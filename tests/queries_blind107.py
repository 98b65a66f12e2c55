"""A hundred-and-seventh lookup query set, BLIND (written in the fifty-third session for the fifty-fourth round):
committed unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (of the kinds of
tests/queries_blind56.py).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind105.py and tests/queries_blind106.py, the
  first unscored and the second written at the same time as this one, were not opened and are not part
  of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, a few stop words left out)
  with every earlier query (some fourteen thousand), and with the earlier queries of this set, while the
  set was being written; a query sharing more than half of its words with any one of them was replaced.
  The seeds are close to exhausted by now: most first drafts failed that check, so the seed queries here
  lean on rare words and on names, passages and pairings that no earlier query joined, and some articles
  (20f574be, ac7222d4, b39d8185) come up more often than others because their rarer passages did.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind119/docs, copied as ONE
  corpus into a subfolder blind119/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them (earlier
  sets' new-document queries included: other corpora have had their own Market Streets, Angels of the
  North and Tim Peakes).

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 4 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and
Chinese names, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3
(1–2 edits a word), name 3 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3: 36 + 48 answerable, and
20 + 35 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article); a question in
the corpus's own words about something it does not say (who won a cup or a roll-off, who designed, wrote
or replaces someone, who was a first leader; when someone first visited or retired; how many, how far,
what time, what it cost, which hotel, what a father or a master was called); a place the corpus does not
hold, most spelled close to one it does (two or more edits from anything real in it); Russian, Spanish
and Chinese ones. Each shares one or more words with its corpus on purpose (in another script for some of
the seeds' ones), and every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 and in the new documents, which have no blank lines, each line) holds all of the
query's words. For word-form queries it checked that the form the query uses is not in the corpus (or,
where it is, in which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind119/docs/* into ONE temporary
# corpus folder under the subfolder blind119/: files are then "blind119/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind119/docs",)
NEWDOCS_SUBDIRS = ("blind119",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_askerton_herald_arts_digest.txt, split by the loader: the Angel of the North (¶1–8), Tate Modern
    # (¶11–17), the Olympic nurse (¶20–27); the "---" rules (¶9, ¶18) come out as articles of their own
    # (aad8cc91, aad8cc91-2, titled "---") and the datelines (¶10, ¶19) belong to none of them
    "f9a27bdd": "ASKERTON HERALD, Monday 16 February 1998",
    "a0b290bd": "TATE MODERN OPENS ITS DOORS",
    "ad1bda6c": "ASKERTON NURSE DANCES FOR DANNY BOYLE",
    "a45357dc": "COWLINGFORD PRIMARY SCHOOL, Mill Lane",
    "2caa4d52": "THE CUPBOARD UNDER THE STARS",
    "271b5b1c": "GARSDRIGG RAG RUG WORKSHOPS",
    "ba0c9d27": "HEIGHLEY'S DAY BY THE LINE: 175 YEARS ON",
    "c783c48e": "MORLASTON TOWN COUNCIL: PRESS RELEASE",
    # en_morlaston_mercury_digest.txt, split by the loader: Market Street (¶1–8), the Drill Hall (¶11–17), the
    # carnival (¶20–27); the "---" rules (¶9, ¶18) come out as articles of their own (f4a5b29a, f4a5b29a-2) and
    # the datelines (¶10, ¶19) belong to none of them
    "76be4164": "MORLASTON MERCURY, Friday 12 June 1987",
    "6fd8b3a8": "DRILL HALL CURTAIN GOES UP AT LAST",
    "5f25d027": "CARNIVAL COMES BACK AFTER TEN YEARS",
    "8eb36550": "ORMSGILL & DISTRICT SKITTLES LEAGUE",
    "e271cf32": "PILMARSH COURIER",
    "753705e3": "QUENBURY, Wednesday, 10 September",
    "703dd7bf": "DANE VALLEY COURIER, Friday 18 October",
    "c16ee79d": "STAINBY BRIDGE WEEK",
    "f5124fc8": "Xochimalco, viernes 27 de noviembre",
    "59d5a2e9": "Искрогорск, 15 августа",
    "4364d385": "星岭镇新闻",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files (which have no blank lines: each line is a paragraph).

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "from internationalists like George Hogg … to the China Campaign Committee which organised and agitated the
    # length and breadth of the country" ¶477; "the Friends Ambulance Unit, organised by the Quakers … with the
    # British contingent being the largest group" ¶501
    Query(
        "internationalists agitated the length and breadth of the country Quakers contingent",
        "ac7222d4",
        "cross-paragraph",
    ),
    # "the valiant Scottish soldiers who fought side by side with the Chinese Expeditionary Force on the Burmese
    # battlefield" ¶275; "the devout Christian … Born in 1902 to Scottish missionary parents" ¶289
    Query(
        "valiant Scottish soldiers Burmese battlefield devout Christian missionary parents",
        "7ab1f62c",
        "cross-paragraph",
    ),
    # "the three forces of terrorism, separatism and extremism" ¶433; "the Tianjin Declaration … adopted 24
    # outcome documents" ¶443
    Query("terrorism separatism extremism Tianjin Declaration outcome documents", "9e49ddff", "cross-paragraph"),
    # "Zimbabwean President Emmerson Mnangagwa … the elevation of bilateral relations" ¶5; "has achieved
    # commendable results … new growth drivers in green industries" ¶27
    Query("Zimbabwean elevation commendable results green industries", "faecd2e1", "cross-paragraph"),
    # "the Soviets and the Chinese on the Eastern and Pacific fronts" ¶353; "renewed threats … emanating from the
    # US, Japan and the rest of the capitalist world" ¶359
    Query("soviets Pacific fronts emanating capitalist world", "d89fdf72", "cross-paragraph"),
    # "closely tied to the heartfelt support of the Lao party, state, and people" ¶147; "revolutionary and peace
    # movements among the oppressed peoples worldwide" ¶149
    Query("heartfelt support oppressed peoples worldwide", "20f574be", "cross-paragraph"),
    # Word forms: the text has another form
    # "China and the Soviet Union … having suffered great losses, aided each other" line 34 (suffered → suffering,
    # aided → aiding); c061f0a1 ¶193 ("they helped each other and fought side by side") and 424ab945 ¶7/11 ("endured
    # great national sacrifices", "made huge national sacrifices") say the same in other words, fair answers too
    Query(
        "China and the Soviet Union aiding each other and suffering great losses",
        "b39d8185",
        "word-form",
        also=("c061f0a1", "424ab945"),
    ),
    # "as permanent members of the United Nations Security Council, China and Russia both shoulder important
    # responsibilities" ¶9 (shoulder → shouldering); c061f0a1 ¶191 has the two presidents' "sense of
    # responsibility" as "permanent members of the United Nations Security Council", a fair answer too
    Query(
        "China and Russia shouldering important responsibilities as permanent members",
        "424ab945",
        "word-form",
        also=("c061f0a1",),
    ),
    # "Xi Jinping visited Moscow … where he joined President Vladimir Putin in commemorating the 80th anniversary
    # of the Soviet victory" line 2 (joined → joining, commemorating → commemorate; both forms are elsewhere in
    # seeds/, "joining" in 0e5d6094 ¶257 of Armenia and the SCO, "commemorate" in 000 line 6, 001 line 4 and
    # f78fdcd6 ¶53/57, none of them of Xi in Moscow); c061f0a1 ¶193 tells of the same visit ("paid a state visit
    # to Russia and attended the celebrations … last May"), a fair answer too
    Query("Xi joining Putin in Moscow to commemorate the Soviet victory", "b39d8185", "word-form", also=("c061f0a1",)),
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" ¶329 (plural → singular:
    # pequeños → pequeño, robots → robot, toman → toma)
    Query("un pequeño robot toma el elevador para entregar comida", "dde32893", "word-form"),
    # Another script or romanisation
    # "President Kaysone Phomvihane" ¶167 and "Zhao Leji" ¶156 in Cyrillic (362ba691 has Zhao Leji, not Kaysone)
    Query("Кайсон Фомвихан и Чжао Лэцзи", "20f574be", "translit"),
    # "our co-editor Keith Bennett" ¶475/477 and "Chow Yun-fat" ¶491 in Cyrillic (d89fdf72 ¶367 has Bennett only)
    Query("Кит Беннетт и Чоу Юньфат", "ac7222d4", "translit"),
    # "Vladimir Vladimirovich Yakushev" ¶158, "Thongloun" ¶135–183, "Zhao Leji" ¶156 in Chinese characters
    Query("雅库舍夫 通伦 赵乐际", "20f574be", "translit"),
    # "Egyptian Prime Minister Mostafa Madbouly" ¶405/411–413 and the title's "Egypt, Myanmar and Kazakhstan"
    # ¶401 in Cyrillic (e065690c's Egyptian is El-Sisi)
    Query("Мостафа Мадбули, Египет и Казахстан", "26d64f12", "translit"),
    # Russian (names written in Cyrillic)
    # "Vladimir Vladimirovich Yakushev" ¶158; "President Fidel Castro" ¶167 (d807680a ¶83/93 has Castro without
    # Yakushev)
    Query("Владимир Якушев и Фидель Кастро", "20f574be", "russian"),
    # "Pakistani Prime Minister Shehbaz Sharif" ¶211; the title's "Turkmenistan, Iran, Malaysia and Tajikistan"
    # ¶203
    Query("Шехбаз Шариф, Туркменистан и Таджикистан", "3a9fa4ed", "russian"),
    # Spanish
    # "En Xi'an y Dunhuang … los museos y sitios estaban llenos de niños, ancianos y familias" ¶325
    Query("en Xi'an y Dunhuang los museos estaban llenos de niños, ancianos y familias", "dde32893", "spanish"),
    # "Compáralo con San Francisco o Nueva York, donde hay barrios enteros de campamentos" ¶327
    Query("Compáralo con San Francisco o Nueva York, donde hay barrios enteros de campamentos", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451
    Query("哈里德·本·穆罕默德 阿布扎比", "e065690c", "chinese"),
    # Arthur Clegg ¶515–523, George Hogg (何克) ¶477–499, Chow Yun-fat ¶491
    Query("亚瑟·克莱格 何克 周润发", "ac7222d4", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "China and Cambodia, as ironclad friends, should … steadfastly follow the path of friendship opened by the
    # older generation" ¶245
    Query("<@77> ironclad friends\u200b steadfastly follow the path of friendship", "5a5d8582", "mention-noise"),
    # "the North East Anti-Japanese United Army (Noraa), a group of Chinese guerrilla fighters whose contributions
    # … remain underrepresented in international historical narratives" line 3
    Query(
        "<#1> Noraa\u200b guerrilla fighters underrepresented in international historical narratives",
        "097182f6",
        "mention-noise",
    ),
    # Typos (1–2 edits)
    # "Zimbabwean President Emmerson Mnangagwa" ¶5/11; Zimbabwe ¶5–11
    Query("Mnangagua Zimbabwee", "faecd2e1", "typo"),
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/197 (one edit each)
    Query("Hurelsukh Uhnaa", "c061f0a1", "typo"),
    # "Armenian Prime Minister Nikol Pashinyan" ¶257; "China supports Armenia in joining the Shanghai Cooperation
    # Organisation" ¶257 (Armenai: two letters swapped; Organsation: one dropped)
    Query("Pashinyan Armenai Shanghai Cooperation Organsation", "0e5d6094", "typo"),
    # Names
    # "Thongloun Sisoulith" ¶135/153/171; "President Fidel Castro" ¶167
    Query("Thongloun Sisoulith Fidel Castro", "20f574be", "name"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "a financial donation from a Colonel Younghusband" ¶521
    Query("James MacManus Colonel Younghusband", "ac7222d4", "name"),
    # "South African President Cyril Ramaphosa, … Indonesian President Prabowo Subianto, … the representatives of
    # India and Ethiopia" ¶451 (Ramaphosa also ¶467)
    Query("Ramaphosa Prabowo Subianto Ethiopia", "e065690c", "name"),
    # Phrases
    Query("The initiative has not gone unnoticed by Japan", "097182f6", "phrase"),  # line 13
    # "the relationship between Cuba and China is at its most favourable historical point" ¶95
    Query("the relationship between Cuba and China is at its most favourable historical point", "d807680a", "phrase"),
    # Questions
    # "Section VIII – Strategic Stability and Security Governance" line 29 (the table of contents)
    Query(
        "which section of the joint statement covers strategic stability and security governance?",
        "b39d8185",
        "question",
    ),
    # "approved the SCO Development Strategy to 2035" ¶443
    Query("until what year does the SCO development strategy run?", "9e49ddff", "question"),
    # "Russia highlights that the mass killings and expulsions of Soviet civilians during the war constituted
    # genocide, as recognised by the Nuremberg Tribunal" line 40
    Query(
        "what does Russia say constituted genocide, as recognised by the Nuremberg Tribunal?", "b39d8185", "question"
    ),
    # Topics
    # Putin: "this spirit of mutual assistance continues to be carried forward, promoting the vigorous development
    # of Russia-China comprehensive strategic partnership of coordination" ¶11
    Query(
        "Russia-China comprehensive strategic partnership of coordination spirit of mutual assistance",
        "424ab945",
        "topic",
    ),
    # "the new five-year action plan on building a Laos-China community with a shared future" ¶141 (again ¶181)
    Query("Laos-China community with a shared future five-year action plan", "20f574be", "topic"),
    # the title's "Armenia, Belarus, Maldives, Azerbaijan, Kyrgyzstan, India and Türkiye" ¶253; "a full day of
    # bilateral meetings in Tianjin on August 31" ¶255 (26d64f12 ¶405 has bilateral meetings in Tianjin with
    # other countries)
    Query("Kyrgyzstan Turkiye India Tianjin bilateral meetings", "0e5d6094", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Nikol Pashinyan met Xi in Tianjin (0e5d6094 ¶257–259); the Caracas ceremony is Venezuela's (f78fdcd6)
    "Nikol Pashinyan Caracas ceremony",
    # Denis Sassou Nguesso met Xi in Beijing (faecd2e1 ¶23); the Hyde Park meeting of 1937 was J.R. Campbell's
    # (ac7222d4 ¶525)
    "Denis Sassou Nguesso Hyde Park meeting",
    # Keith Bennett is co-editor of Friends of Socialist China (d89fdf72 ¶367, ac7222d4 ¶475); the Anna May Wong
    # season is David Horsley's review (ccf1d4fa)
    "Keith Bennett Anna May Wong retrospective",
    "Lukashenko Zhongnanhai",  # Lukashenko met Xi in Tianjin (0e5d6094 ¶263); Zhongnanhai is Cambodia's (5a5d8582)
    "Robert Fico SCO Plus",  # Fico met Xi in Beijing (faecd2e1 ¶13–19); the SCO Plus meeting is 9e49ddff's ¶425
    # Rewi Alley (ac7222d4 ¶495–499) and Nikol Pashinyan (0e5d6094) in Cyrillic, never in one article
    "Рьюи Алли и Никол Пашинян",
    # the Olympics of Liddell are Paris 1924 (7ab1f62c ¶287–289); no Sunday, no event refused
    "which Olympic event did Eric Liddell refuse to run on a Sunday?",
    # Xi and Kim Jong Un "held talks at the Great Hall of the People" (eca32116 ¶223); no gift
    "what gift did Xi give Kim Jong Un at the Great Hall?",
    # "every time he came to China" (0e5d6094 ¶265); no first visit, no date
    "when did Lukashenko first visit China?",
    # "connected by mountains and rivers" (c061f0a1 ¶197); no border length
    "how many kilometres of border does Mongolia share with China?",
    # Hun Manet met Xi in Tianjin on August 30 (5a5d8582 ¶243–247); no meal
    "what did Hun Manet and Xi eat at their Tianjin meeting?",
    # "the construction of the memorial complex" near Khabarovsk (054ef6fb ¶12) and the Noraa's memorials
    # (097182f6): no architect or designer anywhere
    "which architect designed the memorial complex near Khabarovsk for the Noraa camp?",
    # Haiphong is not in the corpus; the August Revolution parade was in Hanoi (362ba691 ¶73, 20f574be ¶143)
    "Haiphong military parade August Revolution",
    # Lugansk is not in the corpus; the memorial complex is near Khabarovsk (054ef6fb ¶12)
    "Lugansk memorial complex Soviet veterans",
    # Jiamusi is not in the corpus; the Noraa (097182f6) has no camp museum, the camp is near Khabarovsk
    "Jiamusi Noraa camp museum",
    # Xiamen is two edits from Xi'an, where "los generales de terracota" are (dde32893 ¶313)
    "Xiamen terracotta generals statues",
    # Kaysone Phomvihane (20f574be ¶167) in Cyrillic; no biography anywhere
    "кто написал биографию Кайсона Фомвихана?",
    # JISCO has "una granja lechera y una vinatera" (dde32893 ¶335); electric vehicles are Egypt's (26d64f12
    # ¶413); no figures
    "¿cuántos vehículos eléctricos fabrica JISCO al año?",
    "刘奇葆 退休 时间",  # Liu Qibao (054ef6fb) in Chinese characters; no retirement
    "陈卫华 诺贝尔奖",  # Chen Weihua (d89fdf72 ¶364) in Chinese characters; no prize
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph (each line is a paragraph: the files have no blank lines)
    # "brought overnight from Hartlepool" ¶5; "the club's chairman, Kirsty Jowett" ¶6; "a painting day at the
    # site" ¶8 (a0b290bd ¶17 has the Jowett Cup only)
    Query("Kirsty Jowett Hartlepool painting day", "f9a27bdd", "cross-paragraph"),
    # "Miss Eliza Gatenby" ¶12; "a penny-farthing race for the staff" ¶17; "please send a packed lunch" ¶8
    Query("Eliza Gatenby penny-farthing race packed lunch", "a45357dc", "cross-paragraph"),
    # "on a Soyuz rocket from Baikonur" ¶3; "under a striped parachute" ¶12; "a "Sputnik night"" ¶19
    Query("Baikonur striped parachute Sputnik night", "2caa4d52", "cross-paragraph"),
    # "Josiah Threlkeld" ¶5; "if the barley is in" ¶7 (and ¶9); "the first passenger coach, "Experiment"" ¶18;
    # "the Darlington brass band" ¶21
    Query("Threlkeld barley Experiment coach Darlington brass band", "ba0c9d27", "cross-paragraph"),
    # "Mr and Mrs Len Dinsdale" ¶6; "The Picturedrome will show the newsreel" ¶13; "the Sarah Ingledew" ¶21
    Query("Len Dinsdale Picturedrome Sarah Ingledew", "e271cf32", "cross-paragraph"),
    # "Ракету сконструировал Михаил Тихонравов" ¶4–5; "Его письмо к матери" ¶8; "выставка «От ГИРД до наших
    # дней»" ¶19
    Query("Тихонравов письмо к матери выставка «От ГИРД до наших дней»", "59d5a2e9", "cross-paragraph"),
    # Word forms
    # "he climbed the telescope every week to grease the racks" ¶14 (climbed → climbing)
    Query("Reginald Wisbey climbing the telescope to grease the racks", "703dd7bf", "word-form"),
    # "Forty pupils … crowded into the school hall … to watch the first beam of protons go round" ¶1–2 (crowded →
    # crowding)
    Query("Quenbury pupils crowding in to watch the first beam of protons go round", "753705e3", "word-form"),
    # "The old Drill Hall … will reopen as the Morlaston Playhouse" ¶12–13 (reopen → reopening; c783c48e ¶17 has
    # "reopened", of the precinct)
    Query("Drill Hall reopening as the Morlaston Playhouse", "6fd8b3a8", "word-form"),
    # "the riveter Jabez Garbutt, sailed for Sydney" ¶5–6 (sailed → sailing)
    Query("riveter Jabez Garbutt sailing for Sydney", "c16ee79d", "word-form"),
    # "oyó el concierto desde la calle" ¶10 (oyó → oye, irregular); don Anselmo ¶7–8
    Query("don Anselmo oye el concierto desde la calle", "f5124fc8", "word-form"),
    # "ГИРД-09" ¶4; "Полёт длился около восемнадцати секунд" ¶6 (длился → длится, восемнадцати → восемнадцать)
    Query("полёт ГИРД-09 длится восемнадцать секунд", "59d5a2e9", "word-form"),
    # Another script or romanisation
    Query("Энтони Гормли", "f9a27bdd", "translit"),  # "Antony Gormley's Angel of the North" ¶4 in Cyrillic
    # "Tim Peake went up on a Soyuz rocket from Baikonur" ¶3 in Chinese characters
    Query("蒂姆·皮克 拜科努尔", "2caa4d52", "translit"),
    Query("丹尼·博伊尔", "ad1bda6c", "translit"),  # "ASKERTON NURSE DANCES FOR DANNY BOYLE" ¶20 in Chinese characters
    Query("Джодрелл-Бэнк", "703dd7bf", "translit"),  # "the great steerable telescope at Jodrell Bank" ¶3 (¶12, ¶22)
    # "в Нахабине" ¶4 (and ¶9), "Михаил Тихонравов" ¶5 in Latin letters
    Query("Mikhail Tikhonravov Nakhabino", "59d5a2e9", "translit"),
    Query("Lin Xiufen", "4364d385", "translit"),  # 星岭中学物理教师林秀芬 ¶5 in pinyin
    # "在酒泉卫星发射中心" ¶4 in pinyin without tones
    Query("Jiuquan weixing fashe zhongxin", "4364d385", "translit"),
    Query("maestra Amalia Ocotlan", "f5124fc8", "translit"),  # "la maestra Amalia Ocotlán" ¶7, accent dropped
    # "the Stockton and Darlington Railway" ¶2 (Darlington also ¶16, ¶21) in Chinese characters
    Query("斯托克顿 达灵顿", "ba0c9d27", "translit"),
    # Russian
    Query("кружок ракетомоделистов «Искра»", "59d5a2e9", "russian"),  # ¶11
    # "на стадионе пройдут открытые соревнования по ракетомоделированию" ¶17–18
    Query("открытые соревнования по ракетомоделированию на стадионе", "59d5a2e9", "russian"),
    Query("запись в кружок на новый учебный год", "59d5a2e9", "russian"),  # "Запись в кружок на новый учебный год" ¶21
    # Spanish
    Query("un popurrí de corridos revolucionarios", "f5124fc8", "spanish"),  # ¶22–23
    Query("el mármol brillaba como el azúcar", "f5124fc8", "spanish"),  # "el mármol «brillaba como el azúcar»" ¶11
    # "ofrecerán dos conciertos … en el kiosco de la plaza" ¶17–18; "los conciertos del kiosco" ¶24
    Query("conciertos en el kiosco de la plaza", "f5124fc8", "spanish"),
    # Chinese
    Query("从墨子到量子 科普展", "4364d385", "chinese"),  # “从墨子到量子”科普展 ¶13
    Query("什么是量子通信 讲座", "4364d385", "chinese"),  # 连讲两场“什么是量子通信” ¶14; 讲座 ¶11, ¶19
    Query("邀请全镇居民夜观星空", "4364d385", "chinese"),  # ¶10
    # Mentions and zero-width spaces
    Query(
        "<@8812> Jade Stott\u200b carnival queen", "5f25d027", "mention-noise"
    ),  # "The carnival queen, Jade Stott" ¶24
    # "Entries for the Knockout Cup close … the final on Saturday 1 May at the Legion" ¶12–13
    Query("@everyone \u200bKnockout Cup final Legion", "8eb36550", "mention-noise"),
    # "a warm hooky or proggy rug" ¶3; "Hooky and proggy together: 8 November" ¶9
    Query("<#77> rag rug\u200b hooky and proggy", "271b5b1c", "mention-noise"),
    # Typos
    # "Quenbury" ¶1, "the Large Hadron Collider" ¶2 (one edit each)
    Query("Quenbery Large Hadron Colider", "753705e3", "typo"),
    Query("Ormsgil skitles league", "8eb36550", "typo"),  # "ORMSGILL & DISTRICT SKITTLES LEAGUE" ¶1
    Query("Garsdrig rag rug workshops", "271b5b1c", "typo"),  # "GARSDRIGG RAG RUG WORKSHOPS" ¶1
    # Names
    Query("Stan Pocklington", "8eb36550", "name"),  # "Our thanks to Stan Pocklington, who retires" ¶22
    Query("Sheila Moxon", "6fd8b3a8", "name"),  # "The Players' director, Sheila Moxon" ¶16
    # Phrases
    Query("an engine like a kitchen range on wheels", "ba0c9d27", "phrase"),  # ¶7
    Query("When the wings went on, nobody said a word", "f9a27bdd", "phrase"),  # ¶6
    Query("I did not fall over, which was my main aim", "ad1bda6c", "phrase"),  # ¶23
    # Questions
    # "The steel figure, 20 metres tall and with wings 54 metres wide" ¶5; "Antony Gormley's Angel of the North" ¶4
    Query("how wide are the wings of Antony Gormley's Angel of the North?", "f9a27bdd", "question"),
    # "the jumble sale, which raised £312 for the library corner" ¶4
    Query("how much did the Cowlingford jumble sale raise?", "a45357dc", "question"),
    # "in the old Bankside Power Station on the Thames, which closed in 1981" ¶12–13
    Query("when did the Bankside Power Station close?", "a0b290bd", "question"),
    # "The bridge was opened on Saturday 19 March 1932" ¶4
    Query("when did the Sydney Harbour Bridge open?", "c16ee79d", "question"),
    # Topics
    # "MARKET STREET GOES TRAFFIC-FREE THIS WEEKEND" ¶2; "traffic sent round the new ring road" ¶4; the council's
    # release thirty years on tells of the same change ("THIRTY YEARS OF A TRAFFIC-FREE MARKET STREET" ¶3; "sent
    # round the new ring road" ¶6)
    Query("Morlaston Market Street traffic-free ring road", "76be4164", "topic", also=("c783c48e",)),
    # "Nine Pilmarsh couples who married on the same day as the Queen … a silver wedding tea in the Town Hall" ¶4–5
    Query("silver wedding tea for couples married the same day as the Queen", "e271cf32", "topic"),
    # "who looked after the great steerable telescope at Jodrell Bank for more than thirty years" ¶3
    Query("Jodrell Bank steerable telescope", "703dd7bf", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Verity Ashwin designed the Market Street precinct (c783c48e ¶9, 76be4164 ¶5); the Drill Hall (6fd8b3a8) has
    # no architect named
    "Verity Ashwin Drill Hall",
    # Dr Imogen Lanyard works at CERN (753705e3 ¶4–14); Jodrell Bank is Reginald Wisbey's (703dd7bf)
    "Imogen Lanyard Jodrell Bank",
    # Alan Pybus organised the Heighley walk (ba0c9d27 ¶20); the Dorman Long archive is Stainby's (c16ee79d ¶20)
    "Alan Pybus Dorman Long archive",
    # Pat Sowerby flies to Sydney (c16ee79d ¶23); Gateshead is the Angel of the North's (f9a27bdd ¶3)
    "Pat Sowerby Gateshead",
    # Desmond Parry is Quenbury's head of physics (753705e3 ¶18); Tim Peake is the blog's (2caa4d52)
    "Desmond Parry Tim Peake",
    # Brenda Sugden is the skittles league's secretary (8eb36550 ¶2); the carnival is Morlaston's (5f25d027)
    "Brenda Sugden Morlaston carnival",
    # Lorna Threlkeld lives in Darlington (ba0c9d27 ¶15–16); Goostrey is Reginald Wisbey's village (703dd7bf)
    "Lorna Threlkeld Goostrey",
    # Callum Ashdale, aged 15, watched the collider (753705e3 ¶8); skittles are Ormsgill's (8eb36550)
    "Callum Ashdale skittles",
    # Jade Stott is Morlaston's carnival queen (5f25d027 ¶24); Tate Modern is a0b290bd's
    "Jade Stott Tate Modern",
    # "the judging for the Jowett Cup … takes place on the 2nd" (a0b290bd ¶16–17): still to come, no winner
    "which painting won the Jowett Cup at the Askerton Art Club summer exhibition?",
    # "Last season's final, on Friday 14 March, went to a sudden-death roll-off after midnight" (8eb36550 ¶14–15);
    # no winner named
    "which team won last season's Knockout Cup sudden-death roll-off?",
    # "The Littlest Camel", "in the hall at 2pm" (a45357dc ¶5–6); no end time
    "what time does The Littlest Camel nativity finish at Cowlingford?",
    # the steel figure is "20 metres tall and with wings 54 metres wide" (f9a27bdd ¶5); no cost anywhere
    "how much did Antony Gormley's steel figure cost to build at Gateshead?",
    # "A new party of 24 pupils leaves for Geneva" (753705e3 ¶15); no hotel
    "which hotel did the Quenbury pupils stay at in Geneva?",
    # ""Master says we may all go on Tuesday"" (ba0c9d27 ¶6): the master is not named
    "what was the name of Josiah Threlkeld's master?",
    # "A brass band and a fun run will celebrate the change" (76be4164 ¶6); no count
    "how many runners took part in the Morlaston fun run?",
    # "the son of a tram driver" (703dd7bf ¶5): the father is not named
    "what was the name of the tram driver who was Reginald Wisbey's father?",
    # Stan Pocklington "retires as fixtures secretary after seven seasons" (8eb36550 ¶22); no successor named
    "who replaces Stan Pocklington as fixtures secretary?",
    # "he has collected 400 names on a petition" (76be4164 ¶8); no outcome
    "what happened to Clive Ibbotson's petition?",
    # Jabez Garbutt, "the riveter", "wrote home every week" (c16ee79d ¶5–6); no count of rivets
    "how many rivets did Jabez Garbutt drive?",
    # "Tilly's telescope, last year's Christmas present" (2caa4d52 ¶13); no name for it
    "what did Tilly call her telescope?",
    "林秀芬 教书 多少年",  # 星岭中学物理教师林秀芬 (4364d385 ¶5); no years of teaching
    "墨子号 卫星 重量",  # 世界首颗量子科学实验卫星“墨子号” (4364d385 ¶3); no weight
    # "Занятия по вторникам и пятницам, для школьников от десяти лет" (59d5a2e9 ¶21–22); no fee
    "какова плата за занятия в «Искре» по вторникам и пятницам?",
    # the club opened on 25 ноября 1984 (59d5a2e9 ¶11–12); only today's руководитель, Аркадий Ванеев (¶14), is named
    "кто был первым руководителем кружка «Искра»?",
    # don Anselmo heard the concert "sin boleto para entrar" (f5124fc8 ¶10); no price
    "¿cuánto costó el boleto para el Palacio de Bellas Artes en 1934?",
    # "La orquesta se fundó el 1 de diciembre de 1984" (f5124fc8 ¶14); no founder named
    "¿quién fundó la Orquesta Típica de Xochimalco?",
    # the musicians go by bus and return "el mismo domingo 29, de noche" (f5124fc8 ¶16–17); no hotel
    "¿en qué hotel se alojará la orquesta en la Ciudad de México?",
    "Askerby Herald",  # Askerby is 3 edits from Askerton, whose Herald digest is f9a27bdd ¶1 (and a0b290bd, ad1bda6c)
    "Quenborough physics club",  # Quenborough is 5 edits from Quenbury, whose physics club is 753705e3's (¶9)
    "Cowlingham school 110th birthday",  # Cowlingham is 4 edits from Cowlingford, whose 110th birthday is a45357dc's
    "Мирогорск музей",  # Мирогорск is 3 edits from Искрогорск, whose городской музей is 59d5a2e9's (¶8)
    # Xochitepec is 5 edits from Xochimalco, whose orchestra plays at Bellas Artes (f5124fc8)
    "banda de Xochitepec en Bellas Artes",
    "Stainforth bridge week",  # Stainforth is 5 edits from Stainby, whose bridge week is c16ee79d's
    "Pilmoor lifeboat",  # Pilmoor is 4 edits from Pilmarsh, whose lifeboat, the Sarah Ingledew, is e271cf32's (¶21)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind119/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
