"""An ninety-first lookup query set, BLIND (written in the forty-fifth session for the forty-sixth round):
committed unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (kinds and counts
as in tests/queries_blind56.py).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind89.py and tests/queries_blind90.py, the first
  not yet scored and the second written at the same time as this one, were not opened and are not part
  of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, a possessive 's left out, Chinese by character pairs, a
  few stop words left out) with every earlier query, and with the earlier queries of this set, while the
  set was being written; a query sharing more than half of its words with any one of them was replaced.
  The seeds have been queried many thousands of times by now, so most of these seed queries join names or
  passages that no earlier query joined, or use lines few earlier queries touched; far more than half of
  the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind103/docs, copied as ONE
  corpus into a subfolder blind103/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them (against
  the same earlier queries; one earlier query over another corpus, a bare Cyrillic name, matched a first
  draft, which was replaced).

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in pinyin without
tones, Cyrillic names in Latin letters, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3
(1–2 edits a word), name 3 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3: 36 + 48 answerable, and
20 + 32 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won, who plays a part, who is a headteacher; when someone became president, a date of birth, how old,
how many, what time, what it cost, which hotel, what a college, a crane driver or a former pupil was
called); a place the corpus does not hold but spelled close to one it does (two or more edits from
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

# The new-documents corpus is assembled by copying tests/gold/blind103/docs/* into ONE temporary
# corpus folder under the subfolder blind103/: files are then "blind103/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind103/docs",)
NEWDOCS_SUBDIRS = ("blind103",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "dc75bec4": "OBITUARY",
    "906c6eba": "BACK OF THE PACK",
    "a1388e75": "THE BRANTMERE RIPPLE",
    "ce5ada7b": "CRAGWORTH UNIVERSITY",
    "eea88cd0": "FROXLEY HANGER DORMOUSE GROUP",
    "99505539": "LUDWICK STREET PRIMARY SCHOOL",
    "322d0b94": "MICKLEBURN BONSAI SOCIETY",
    "89f7b168": "OXTANBY BOROUGH COUNCIL",
    # en_oxtanby_gazette_digest.txt, split by the loader: the bottle bank (¶3–7), the gene map (¶10–14), Big Ben
    # (¶17–21); the "—————" rules (¶8, ¶15) come out as articles of their own (cb6ae3be, cb6ae3be-2), and the
    # file's header and the datelines (¶1–2, ¶9, ¶16) belong to none of them
    "5b610793": "BOTTLES IN, BY THE THOUSAND",
    "0f0e34b2": 'GENE MAP "A GREAT DAY"',
    "2e3078bd": "A HUNDRED AND FIFTY YEARS OF BIG BEN",
    "bb45e822": "POLWHIDDEN ADVERTISER",
    # en_rimmington_echo_digest.txt, split by the loader: the comet (¶3–7), the Pennine Way (¶10–14), Blue Peter
    # (¶17–21); the "—————" rules (¶8, ¶15) come out as articles of their own (89b4969d, 89b4969d-2), and the
    # file's header and the datelines (¶1–2, ¶9, ¶16) belong to none of them
    "33f89d9e": "PROBE MEETS THE COMET",
    "33f03fa5": "FORTY YEARS ON THE WAY",
    "0e7bd33a": "HAPPY BIRTHDAY, BLUE PETER",
    "fd792b8d": "SELSBY MERCURY",
    "6c3d38f2": "HOJA INFORMATIVA DE LA ASOCIACIÓN DE VECINOS DE BINIALBÀ",
    "bb4aebc5": "«Ракитинский вестник»",
    "cf80b3e2": "岩坪镇广播站稿件",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the Fellowship of Reconciliation" ¶493; "distributed our handbills, posted our posters and saw in this a
    # reinforcement for … the similar work they were doing for Spain" ¶525
    Query("Fellowship of Reconciliation handbills posters Spain", "ac7222d4", "cross-paragraph"),
    # "tributes to the Noraa but also as educational resources for visitors" line 10; "erected in the 'Patriots'
    # military-patriotic park in the Moscow region" line 7
    Query("educational resources tributes Patriots military-patriotic park", "097182f6", "cross-paragraph"),
    # "Section VIII – Strategic Stability and Security Governance" line 29 (contents); "the mass killings and
    # expulsions of Soviet civilians during the war constituted genocide" line 40
    Query("Section VIII Strategic Stability genocide Soviet civilians", "b39d8185", "cross-paragraph"),
    # "met at the Great Hall of the People in Beijing" ¶85; "sub-national agricultural cooperation" ¶91; "the special
    # ties between the CPC and the PCC, as the cornerstone of relations" ¶103 (the Great Hall is also in eca32116
    # ¶223 and 38a7d84f ¶385, without the rest)
    Query(
        "Great Hall of the People PCC cornerstone sub-national agricultural cooperation", "d807680a", "cross-paragraph"
    ),
    # "the chief guests among 26 heads of state and government" ¶219; Cai Qi, "member of the Secretariat and Director
    # of the General Office of the CPC Central Committee" ¶221
    Query("26 heads of state Secretariat General Office", "eca32116", "cross-paragraph"),
    # Word forms: the text has another form
    # "Xi hosted a lunch in the Great Hall of the People for visiting foreign heads of state and government" ¶385
    # (hosted → hosts)
    Query("Xi hosts a lunch for visiting heads of state in the Great Hall", "38a7d84f", "word-form"),
    # "vimos un país que es la economía más grande del mundo" ¶317 (vimos → vemos)
    Query("vemos un país que es la economía más grande del mundo", "dde32893", "word-form"),
    # "Armenia hopes to learn from China's experience to boost its own economic and social development" ¶259
    # (hopes → hoped)
    Query("Armenia hoped to learn from China's experience to boost its own development", "0e5d6094", "word-form"),
    # "The authors note …; They also commend China's commitment to green development" ¶539 (commend → commending)
    Query("the authors commending China's commitment to green development", "6710eba1", "word-form"),
    # Another script or romanisation
    # "South African President Cyril Ramaphosa" and "Foreign Minister Subrahmanyam Jaishankar" ¶451, in Cyrillic
    Query("Сирил Рамафоса и Субраманьям Джайшанкар", "e065690c", "translit"),
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495 and "to work with Gung Ho" ¶497, in Cyrillic
    Query("Реви Алли и Гун Хо", "ac7222d4", "translit"),
    # "Samdech Techo Hun Sen" ¶154 and "Zhao Leji" ¶156 among the guests at the Hanoi ceremony, in Cyrillic (Zhao Leji
    # is also all through 362ba691, without Hun Sen)
    Query("Хун Сен и Чжао Лэцзи", "20f574be", "translit"),
    # "United Nations Secretary General António Guterres" and "Kazakhstan President Kassym-Jomart Tokayev" ¶405, in
    # Cyrillic as a Russian paper writes them
    Query("Антониу Гутерриш и Касым-Жомарт Токаев", "26d64f12", "translit"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501 (林迈可, his Chinese name) and "Arthur Clegg" ¶515–523
    # in Chinese characters
    Query("林迈可 阿瑟·克莱格", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic)
    # "Miguel Díaz-Canel Bermúdez" ¶155 and "Vladimir Vladimirovich Yakushev" ¶158 among the guests (Díaz-Canel is
    # also in d807680a ¶85–89, without Yakushev)
    Query("Мигель Диас-Канель и Владимир Якушев", "20f574be", "russian"),
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "Jenny Clegg, writing for the Society for
    # Anglo-Chinese Understanding" ¶513 (d89fdf72 ¶366 has Jenny Clegg only)
    Query("Чоу Юньфат и Дженни Клегг", "ac7222d4", "russian"),
    # Spanish
    # "¿Cómo llegaste a China? ¿Cuál fue el propósito del viaje?" ¶303, answered in ¶305
    Query("¿cuál fue el propósito del viaje de Sydney Loving?", "dde32893", "spanish"),
    # "Fuimos para Yan'an, … y el PCCh [Partido Comunista de China] tuvo el 7mo Congreso Nacional" ¶315; 6710eba1
    # tells it in English ("They arrived in Yan'an … and held the 7th National Congress" ¶557)
    Query("¿dónde tuvo el PCCh su 7mo Congreso Nacional?", "dde32893", "spanish", also=("6710eba1",)),
    # Chinese (names in Chinese characters)
    # "Chairman of the National Assembly of Vietnam Tran Thanh Man" ¶65, "General Secretary … To Lam" ¶67–69,
    # "Vietnamese President Luong Cuong" ¶71 (To Lam is also in 20f574be ¶145, alone)
    Query("陈青敏 苏林 梁强", "362ba691", "chinese"),
    # the webinar's speakers "Jodie Evans (Co-founder of Code Pink)" ¶365 and "Jenny Clegg (Author and peace
    # activist)" ¶366 (ac7222d4 ¶513 has Jenny Clegg only)
    Query("乔迪·埃文斯 詹妮·克莱格", "d89fdf72", "chinese"),
    # Mentions and zero-width spaces around the real words
    Query("@here \u200bSection IX\u200b Geopolitical Alignments", "b39d8185", "mention-noise"),  # line 30
    # "the 'Hands off China' Campaign (1925-27) and the 'Friends of the Chinese People' (1927-37), founded by the
    # British Section of the League Against Imperialism" ¶513
    Query("<@&7> Hands off China\u200b League Against Imperialism", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    Query("Subramanyam Jaishanker", "e065690c", "typo"),  # "Foreign Minister Subrahmanyam Jaishankar" ¶451
    # "Ivan Melnikov … in Khabarovsk" ¶6 (Khabarovsk also line 12)
    Query("Ivan Melnikof Khabarofsk", "054ef6fb", "typo"),
    # "all of Tsinghua University" ¶475 (6710eba1 ¶541 has Fudan University, not Tsinghua)
    Query("Tsinghau Univeristy", "ac7222d4", "typo"),
    # Names
    # "Zhao Leji" ¶156 and "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157 (362ba691 has
    # Zhao Leji throughout, without Sergeenko)
    Query("Zhao Leji Igor Sergeenko", "20f574be", "name"),
    # "our co-editor Keith Bennett" ¶475; "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491
    # (d89fdf72 ¶367 has Keith Bennett only)
    Query("Keith Bennett Chow Yun-fat", "ac7222d4", "name"),
    # "represented by Mao Zedong and Fidel Castro Ruz" ¶93; "Miguel Díaz-Canel Bermúdez" ¶85 (20f574be ¶167 has
    # Díaz-Canel and Fidel Castro, without Ruz or Mao)
    Query("Fidel Castro Ruz Mao Zedong Miguel Díaz-Canel Bermúdez", "d807680a", "name"),
    # Phrases
    Query("Historical narrative is used as a political resource", "b39d8185", "phrase"),  # line 9
    # "exemplary of a new model for major power and neighbourly relations" line 46
    Query("a new model for major power and neighbourly relations", "b39d8185", "phrase"),
    # Questions
    # "Next year marks the 70th anniversary of China-Egypt diplomatic ties" ¶411 (also ¶413)
    Query("what anniversary of diplomatic ties do China and Egypt mark next year?", "26d64f12", "question"),
    # "a Virtual Summit of the ten full members of the BRICS cooperation mechanism" ¶449
    Query("how many full members took part in the BRICS virtual summit?", "e065690c", "question"),
    # "the first to organise a Hyde Park meeting, where on August 23 [1937], J.R. Campbell demanded a Japanese
    # withdrawal" ¶525
    Query("when did the Communist Party hold its Hyde Park meeting?", "ac7222d4", "question"),
    # Topics
    # "deepen cooperation in science, technology and innovation in the fields of cybersecurity, nanotechnology, life
    # sciences, biomedicine" ¶105
    Query("cybersecurity nanotechnology biomedicine cooperation", "d807680a", "topic"),
    # "Leadership Diplomacy: Highlight head-of-state diplomacy as the anchor of the relationship" line 53
    Query("head-of-state diplomacy as the anchor of the relationship", "b39d8185", "topic"),
    # "sincere gratitude for the invaluable support extended by Cuba during the Lao people's national liberation
    # struggle" ¶165
    Query("Cuban support during the Lao people's national liberation struggle", "20f574be", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Igor Sergeenko is a guest at the Hanoi ceremony (20f574be ¶157); the Tianjin summit is 9e49ddff's (and 26d64f12,
    # 0e5d6094, 5a5d8582, 3a9fa4ed in passing); 20f574be names the SCO summit (¶137, ¶173) but never Tianjin
    "Igor Sergeenko Tianjin summit",
    # Claudia Jones is the subject of David Horsley's booklet (ccf1d4fa ¶123); the Minyuan Stadium is Liddell's
    # (7ab1f62c ¶291)
    "Claudia Jones Minyuan Stadium",
    # Yin Yong, "Mayor of Beijing", greeted Kim Jong Un at the railway station (eca32116 ¶221); nothing connects him
    # with the Tianjin summit
    "Yin Yong Tianjin summit",
    # KJ Noh is a webinar speaker (d89fdf72 ¶368); Gansu and the Gobi desert are the delegations' (dde32893 ¶333,
    # 6710eba1 ¶549) and Hogg's (ac7222d4 ¶485)
    "KJ Noh Gansu desert",
    # Zheng Bofei is a Xinhua correspondent writing on Liddell (7ab1f62c ¶287); the Hanoi parade is 362ba691's (¶73–77)
    # and 20f574be's (¶143–145)
    "Zheng Bofei Hanoi parade",
    # Wang Yi greeted Kim Jong Un in Beijing (eca32116 ¶221); the Buckingham Palace speech is Xi's (ac7222d4 ¶479)
    "Wang Yi Buckingham Palace",
    # "Mongolian President Khurelsukh Ukhnaa" (c061f0a1 ¶187–199); no date of taking office
    "when did Khurelsukh become president of Mongolia?",
    # "Radhika Desai (International Manifesto Group), Moderator" (d89fdf72 ¶369); nothing more about her
    "what is Radhika Desai's date of birth?",
    # "Chinese partisans who fought against Japanese forces" (097182f6 line 2), the Noraa (lines 3, 10); no number,
    # and no graves
    "how many Noraa fighters are buried at the restored memorial sites?",
    # "he taught at an Anglo-Chinese college" (7ab1f62c ¶291); the college is never named
    "what was the name of the Anglo-Chinese college where Liddell taught?",
    # "expanding joint exercises, maritime and air patrols" (b39d8185 line 54); no ships counted
    "how many warships joined the joint maritime and air patrols?",
    # Mianyang is 3 edits from Minyuan, whose stadium hosted "international competitions" (7ab1f62c ¶291)
    "Mianyang sports ground",
    # Edinboro is 3 edits from Edinburgh, seat of the Consulate-General (7ab1f62c ¶273–277)
    "Edinboro consulate",
    # Jiayuan is 2 edits from Jiayuguan, whose steel company JISCO stands on the edge of the Gobi (dde32893 ¶333–335)
    "Jiayuan steelworks in the Gobi desert",
    # the Ba Dinh Square ceremony (362ba691 ¶73, 20f574be ¶143): "watched the military parade, mass pageantry"; no
    # spectators counted
    "Сколько зрителей было на параде на площади Бадинь?",
    # Sydney Loving (dde32893 ¶297–345): "siendo de Texas" (¶335); no age
    "Сколько лет Сидни Лавинг?",
    # Jiayuguan: "los obreros construyeron la ciudad entera en los años 1950s", "una cobertura verde de 42%" (dde32893
    # ¶335); no population
    "¿Cuál es la población de Jiayuguan?",
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" (dde32893 ¶329); no hotel named
    "¿Cómo se llama el hotel de los robots que toman el elevador?",
    "天津 峰会 花费 多少",  # the Tianjin summit (9e49ddff ¶425–443) in Chinese characters; no cost anywhere
    # Kim Jong Un in Beijing (eca32116 ¶219–223): "the high levels of protocol and hospitality"; no hotel
    "金正恩 北京 住 哪家 酒店",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "he married Irene Coulthard at Holy Trinity" ¶6; "he went up to Low Fell for the Angel's twentieth birthday" ¶15;
    # "His grandson pushed him up the last of the slope in a wheelchair" ¶16
    Query("Irene Coulthard Low Fell wheelchair", "dc75bec4", "cross-paragraph"),
    # "a young hand at Hodgson's boatyard" ¶6; "dropped a sprig of holly on the water" ¶10; "on water at Lake
    # Dumbleyung" ¶5
    Query("Hodgson's boatyard sprig of holly Lake Dumbleyung", "a1388e75", "cross-paragraph"),
    # "Professor Kwabena Osei-Tutu" ¶12; "the cloud chamber" ¶10, ¶18; "the Lamb and Flag: Physics in the Pub, with a
    # quiz" ¶13 (and ¶21)
    Query("Kwabena Osei-Tutu cloud chamber Lamb and Flag quiz", "ce5ada7b", "cross-paragraph"),
    # "Their goalkeeper, Gordon Lumsdon" ¶11; "by Sir Hector Moxby" ¶16; "The new cattle market on Brigg Road" ¶13
    Query("Gordon Lumsdon Sir Hector Moxby Brigg Road", "fd792b8d", "cross-paragraph"),
    # "Аркадий Семёнович Дробышев" ¶5 (Дробышевых ¶14); "новое искусственное покрытие" ¶16; "турнир ветеранов" ¶10, ¶12
    Query("Дробышев искусственное покрытие турнир ветеранов", "bb4aebc5", "cross-paragraph"),
    # 杨德贵 ¶6, ¶11; 电磁环境 ¶9, ¶18; 到天眼景区研学 ¶17
    Query("杨德贵 电磁环境 研学", "cf80b3e2", "cross-paragraph"),
    # Word forms
    # "Wilf Ashburner, then a young hand at Hodgson's boatyard, ferried reporters and photographers across the lake"
    # ¶6 (ferried → ferrying)
    Query("Wilf Ashburner ferrying reporters across the lake", "a1388e75", "word-form"),
    # "the European space probe Giotto flew within about 600 kilometres of the nucleus of Halley's Comet" ¶4 (flew →
    # flying, irregular)
    Query("Giotto flying within 600 kilometres of Halley's Comet", "33f89d9e", "word-form"),
    # "St Oswin's church … has a clock of its own, … and Reginald Pickersgill has wound it by hand every Saturday" ¶19
    # (wound → winds, irregular)
    Query("Reginald Pickersgill winds the St Oswin's clock by hand", "2e3078bd", "word-form"),
    # "by the mayor, Councillor Avril Ingleby, who posted the first bottle herself" ¶4 (posted → posting); the
    # council's release tells of the same opening by Ingleby (89f7b168 ¶5), without the bottle she posted
    Query("Avril Ingleby posting the first bottle herself", "5b610793", "word-form", also=("89f7b168",)),
    # "которого бригада отправила в Москву" ¶5 (отправила → отправляет; Дробышев in another case)
    Query("бригада отправляет Дробышева в Москву", "bb4aebc5", "word-form"),
    # "El abuelo bajó a pie a la estación con su padre el domingo 14" ¶7 (bajó → baja)
    Query("el abuelo baja a pie a la estación con su padre", "6c3d38f2", "word-form"),
    # Another script or romanisation
    Query("Алвин Хепплуайт", "dc75bec4", "translit"),  # "Alwyn Hepplewhite, steel fabricator" ¶2–3 in Cyrillic
    # "Wilf Ashburner" ¶6 and "his daughter, Glenys Ridding" ¶12 in Cyrillic
    Query("Уилф Эшбернер и Гленис Риддинг", "a1388e75", "translit"),
    # "François Englert and Peter Higgs were named as the winners of the Nobel Prize in Physics" ¶5, in Cyrillic
    Query("Франсуа Энглер и Питер Хиггс", "ce5ada7b", "translit"),
    Query("Тельма Скейф", "33f03fa5", "translit"),  # "Thelma Scaife, who walked the whole route" ¶12 in Cyrillic
    Query("Керенса Треваскис", "bb45e822", "translit"),  # "The walk was led by Kerensa Trevaskis" ¶4 in Cyrillic
    # "the European space probe Giotto … Halley's Comet" ¶4, as a Chinese paper writes the two names
    Query("乔托 哈雷", "33f89d9e", "translit"),
    Query("Arkadiy Drobyshev", "bb4aebc5", "translit"),  # "Аркадий Семёнович Дробышев" ¶5 in Latin letters
    Query("Yang Degui Yang Xiaowen", "cf80b3e2", "translit"),  # 杨德贵 ¶6, his daughter 杨晓雯 ¶11, in pinyin
    # accents dropped: "la inauguración del Ferrocarril de Sóller" ¶4; "VECINOS DE BINIALBÀ" ¶1
    Query("Ferrocarril de Soller Binialba", "6c3d38f2", "translit"),
    # Russian
    # "С 1 по 10 августа в районной библиотеке будет открыта выставка «Пятьдесят лет на трибунах»" ¶14
    Query("выставка «Пятьдесят лет на трибунах»", "bb4aebc5", "russian"),
    # "пройдёт юбилейный матч сборной района с ветеранами московских клубов" ¶11
    Query("юбилейный матч сборной района с ветеранами московских клубов", "bb4aebc5", "russian"),
    # "стадиону обещают новое искусственное покрытие и пластиковые кресла на трибуне" ¶16
    Query("пластиковые кресла на трибуне", "bb4aebc5", "russian"),
    # Spanish
    # "habrá un viaje conmemorativo en tren hasta Sóller, con comida de hermandad en el puerto" ¶12
    Query("viaje conmemorativo en tren hasta Sóller con comida de hermandad", "6c3d38f2", "spanish"),
    Query("se ruega a los vecinos que adornen los balcones", "6c3d38f2", "spanish"),  # ¶16
    # "con el billete guardado en la cartera hasta su muerte" ¶9
    Query("el billete guardado en la cartera hasta su muerte", "6c3d38f2", "spanish"),
    # Chinese
    # 举办"天眼五周年"科普展，展出村民们保存的老照片和工地上的安全帽 ¶12
    Query("天眼五周年 科普展 老照片 安全帽", "cf80b3e2", "chinese"),
    Query("国庆假期 天文体验馆 每天开放", "cf80b3e2", "chinese"),  # 国庆假期，…镇上的天文体验馆每天开放 ¶14
    Query("最后一块反射面单元吊装完成", "cf80b3e2", "chinese"),  # 最后一块反射面单元吊装完成 ¶6
    # Mentions and zero-width spaces
    # "Thursday 7 July — 6pm, the Lamb and Flag: Physics in the Pub, with a quiz on particles" ¶13
    Query("<@881> Physics in the Pub\u200b quiz", "ce5ada7b", "mention-noise"),
    # "has promised a course record for the slowest ever tail walker" ¶11
    Query("@here tail walker\u200b course record", "906c6eba", "mention-noise"),
    # "with the bring-and-buy table on both days" ¶11
    Query("<#12> bring-and-buy\u200b table", "322d0b94", "mention-noise"),
    # Typos
    # "FROXLEY HANGER DORMOUSE GROUP" ¶1, "Froxley Copse Dormouse Group" ¶21 (1 edit + 1 edit)
    Query("Froxly Dormouse Grup", "eea88cd0", "typo"),
    Query("Mickelburn Bonsay Society", "322d0b94", "typo"),  # "MICKLEBURN BONSAI SOCIETY" ¶1
    Query("Polwhiden Advertizer", "bb45e822", "typo"),  # "POLWHIDDEN ADVERTISER" ¶1
    # Names
    Query("Clifford Tonkinson", "33f89d9e", "name"),  # "the society's secretary, Clifford Tonkinson" ¶6
    # "The Leader of the Council, Councillor Tariq Mahmoodi" ¶10
    Query("Tariq Mahmoodi", "89f7b168", "name"),
    # Phrases
    Query("a potato in a snowstorm", "33f89d9e", "phrase"),  # "It looked like a potato in a snowstorm" ¶6
    Query("before I learned to shave", "dc75bec4", "phrase"),  # ¶5
    Query("Out at eight. Came back without him.", "a1388e75", "phrase"),  # Wilf's diary for the 4th, ¶9
    # Questions
    # "J. M. Barrie's play was first performed at the Duke of York's Theatre in London on 27 December 1904" ¶5
    Query("when was Peter Pan first performed?", "99505539", "question"),
    # "Each walk takes no more than twelve people, so booking is essential. Bookings open on 1 April." ¶17
    Query("when do bookings open for the dormouse walks?", "eea88cd0", "question"),
    # "The tower will be open for visitors …, but the stairs are steep and there are ninety-six of them" ¶21
    Query("how many stairs lead up St Oswin's church tower?", "2e3078bd", "question"),
    # "The new cattle market on Brigg Road opened …, and 640 head of cattle were sold on the first day" ¶13
    Query("how many head of cattle were sold on the first day at the Brigg Road market?", "fd792b8d", "question"),
    # Topics
    # "the first working draft of the human genome was announced at the White House and in London" ¶11
    Query("first working draft of the human genome", "0f0e34b2", "topic"),
    # "HAPPY BIRTHDAY, BLUE PETER" ¶17; "Blue Peter, first broadcast on 16 October 1958, is sixty-five today" ¶18
    Query("happy birthday Blue Peter, sixty-five today", "0e7bd33a", "topic"),
    # "Oxtanby's first bottle bank was opened in the Market Street car park" (89f7b168 ¶5, the council's release for
    # the thirtieth anniversary; 5b610793 ¶4 is the Gazette's report of the same opening)
    Query("Oxtanby's first bottle bank in the Market Street car park", "89f7b168", "topic", also=("5b610793",)),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Wilf Ashburner ferried the press at Coniston (a1388e75 ¶6); the Angel of the North is Alwyn Hepplewhite's
    # (dc75bec4)
    "Wilf Ashburner Angel of the North",
    # Thelma Scaife walks the Pennine Way (33f03fa5 ¶12); Bushy Park's parkrun is Gethin's blog's (906c6eba ¶5)
    "Thelma Scaife Bushy Park parkrun",
    # Ffion Rhydderch is Cragworth's Higgs physicist (ce5ada7b ¶6, ¶9); the genome is Imogen Tallentire's (0f0e34b2)
    "Ffion Rhydderch human genome",
    # Kerensa Trevaskis led the Eden walk (bb45e822 ¶4); Halley's Comet is Rimmington's (33f89d9e)
    "Kerensa Trevaskis Halley's Comet",
    # Hedley Tuckwell chairs the bonsai society (322d0b94 ¶4, ¶24); the dormouse walks are Froxley's (eea88cd0)
    "Hedley Tuckwell dormouse walks",
    # Avril Ingleby opened the bottle bank (89f7b168 ¶5, 5b610793 ¶4); Big Ben is another cutting of the Gazette
    # (2e3078bd), with Reginald Pickersgill
    "Avril Ingleby Big Ben",
    # Moira Fensome is Linnby parkrun's run director (906c6eba ¶11); the Pennine Way is 33f03fa5's
    "Moira Fensome Pennine Way",
    # "The Linnby 10k is on 18 and 19 October this year, … and I have entered the Sunday race" (906c6eba ¶13): still
    # to come
    "who won the Linnby 10k?",
    # "Donald Campbell was killed on Coniston Water" (a1388e75 ¶3); his age is never given (Wilf "is 52", ¶12)
    "what age was Donald Campbell at his death on Coniston Water?",
    # "he was standing by the crane driver's cab" (dc75bec4 ¶12); the driver is not named
    "what was the name of the crane driver when the Angel of the North went up?",
    # "On the 2nd and 3rd the lake was too rough, and the team stayed in the hotel" (a1388e75 ¶8); no hotel named
    "which hotel did Donald Campbell's team stay in?",
    # "The costumes from the play will be kept …, so Captain Hook may well be seen again" (99505539 ¶18); no cast
    "who plays Captain Hook in the Ludwick Street Peter Pan?",
    # "the AGM is on Monday 29 February" (322d0b94 ¶9); no time
    "what time does the Mickleburn AGM start?",
    # Linnby's parkrun "started last year, on Saturday 6 July, and I was not there" (906c6eba ¶6); no count (the
    # "thirteen runners" were Bushy Park's first, ¶5)
    "how many people ran the first Linnby parkrun?",
    # "the raffle draw, with a signed copy of the original announcement slides as first prize" (ce5ada7b ¶16); no
    # second prize
    "what is the second prize in the Cragworth raffle?",
    # "Next week: … the first Selsby carnival queen" (fd792b8d ¶20); not named
    "who was the first Selsby carnival queen?",
    # "Last year's village coach trip, on 19 June, was called off …; run instead on Saturday 11 September" (bb45e822
    # ¶13–14); no price
    "how much does the Polwhidden village coach trip cost?",
    # Harcombe Road Primary School (0e7bd33a ¶18–21) names no headteacher; Mrs P. Oyelaran is Ludwick Street's
    # (99505539 ¶22)
    "who is the headteacher of Harcombe Road Primary?",
    # "one gold badge, won by a former pupil in 1979 for pulling a younger boy out of the canal" (0e7bd33a ¶19); not
    # named
    "what was the former pupil who won the gold Blue Peter badge called?",
    # "Today the borough recycles almost half of its household waste, and glass is collected from the kerbside every
    # fortnight" (89f7b168 ¶9); no tonnage
    "how many tonnes of glass does Oxtanby recycle each year?",
    # Ullapool is not in the corpus; the water speed record was set on Ullswater (a1388e75 ¶4)
    "Ullapool water speed record",
    # Stockport is 3 edits from Stockton, where the steel fabricator Alwyn Hepplewhite was born (dc75bec4 ¶4)
    "Stockport steel fabricator",
    # Malvern is not in the corpus; the Pennine Way was opened "at a gathering on Malham Moor" (33f03fa5 ¶11)
    "Malvern Moor Pennine Way",
    # Bodmin is not in the corpus; the villagers walked "the lanes to Bodelva" (bb45e822 ¶3)
    "walk from Bodmin to the Eden Project",
    # Soria is 4 edits from Sóller; the residents' association is Binialbà's (6c3d38f2 ¶1)
    "Soria asociación de vecinos",
    # Ракитное is 3 edits from Ракитинск (5 from Ракитинский), whose stadium is «Строитель» (bb4aebc5)
    "Ракитное стадион",
    # "местная команда уступила гостям из райцентра со счётом 1:2" (bb4aebc5 ¶7); no scorer
    "Кто забил гол за «Строитель» в первом матче?",
    # "билет на первый матч «Строителя»" is in the family album (bb4aebc5 ¶15); no price
    "Сколько стоил билет на первый матч «Строителя»?",
    # "El sábado 25 y el domingo 26 de abril habrá un viaje conmemorativo en tren hasta Sóller" (6c3d38f2 ¶12); no time
    "¿A qué hora sale el tren conmemorativo el sábado 25?",
    # "fotografías de la construcción de los túneles" (6c3d38f2 ¶10); no builder named
    "¿Quién construyó los túneles del Ferrocarril de Sóller?",
    "天眼 总投资 多少钱",  # 中国天眼 (cf80b3e2 ¶3–4): no cost anywhere
    "杨德贵 哪年 出生",  # 杨德贵 (cf80b3e2 ¶6–11): no birth year or age
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind103/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
