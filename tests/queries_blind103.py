"""A hundred-and-third lookup query set, BLIND (written in the fifty-first session for the fifty-second round):
committed unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (of the kinds and
in the proportions of tests/queries_blind56.py).

It was written by a writer who reported its counts only (by kind and corpus), never its queries, names or
subjects. Nobody reads it or tunes on it before it is scored; once it has been scored, it is spent: a later
score on it is in-sample.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind101.py and tests/queries_blind102.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, Discord/Telegram mentions, zero-width spaces and a
  few stop and question words left out) with every one of the some 13,600 earlier queries, and with the
  earlier queries of this set, while the set was being written; a query sharing more than half of its
  words with any one of them was replaced. The seeds are exhausted: nearly every single-passage draft,
  and most two-name drafts in any script, were near-copies (well over a hundred drafts were replaced),
  so most seed queries here join several passages, titles or rare words of one article that no earlier
  query joined, use another inflection or romanisation (Wade-Giles), and the unanswerable ones pair a
  seed name with a subject the corpus never gives it or ask an unusual question.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind115/docs, copied as ONE
  corpus into a subfolder blind115/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into three articles each (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 7
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 11 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Wade-Giles for pinyin, Latin
letters for Cyrillic and Chinese names and titles, pinyin without tones, accents dropped), russian 3 + 3,
spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around
the real words), typo 3 + 3 (1–2 edits a word), name 3 + 3, phrase 4 + 4, question 3 + 5, topic 6 + 4:
45 + 58 answerable, and 20 + 34 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or one the corpus
does not hold at all); a question in the corpus's own words about something it does not say (who will
chair a club, tore a ticket, signed an agreement, played a part or will visit; when a man was elected or a
school founded; how many children, pupils or tickets; how old someone was; what a bypass, a ticket or a
satellite cost; which hotel or film; what a great-granddaughter, a wife or a landlord was called; what
time a supper starts; a menu, a portrait, a dish); a place the corpus does not hold but spelled close to
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
in seeds/000–003 each line, as in the earlier sets; in the new documents, which have no blank lines,
each line) holds all of the query's words. For word-form queries it checked that the form the query
uses is not in the corpus (or, where it is, in which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind115/docs/* into ONE temporary
# corpus folder under the subfolder blind115/: files are then "blind115/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind115/docs",)
NEWDOCS_SUBDIRS = ("blind115",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "f3e789da": "BRAMBURY QUOITS CLUB",
    "abc62d78": "TOAD PATROL ON EBBWICK LANE",
    # en_follingham_herald_institute_digest.txt, split by the loader: the hall roof (¶3–6), the jam stall
    # (¶9–11), the centenary (¶14–20); the "----------" rules (¶7, ¶12) come out as articles of their own
    # (9f04f752, 9f04f752-2, titled by the rule) and the header and datelines (¶1–2, ¶8, ¶13) belong to none
    # of them
    "18a036c5": "WI HALL SAVED",
    "9623bd32": "JAM TOMORROW, AND TODAY",
    "d7c3c7ab": "A HUNDRED YEARS OF JAM AND JERUSALEM",
    "71fbac2b": "Hepzibah Trounce, organist and teacher",
    "b7787608": "HINDLEWORTH, Monday 22 June",
    "8d2792b8": "THE TOR THAT A SCHOOLMISTRESS GAVE AWAY",
    "2a3faa4b": "LYMCOTE PRIMARY SCHOOL",
    "374f4c7d": "RIDSWORTH GAZETTE",
    "0dd8700a": "BRUNEL 200 IN SALLOWCOMBE",
    "c29a43d3": "Thin Air Thursdays",
    "b6afaf70": "WADCOMBE TOWN COUNCIL",
    # en_wadcombe_standard_cinema_digest.txt, split by the loader: the reopening (¶3–6), the Lumière centenary
    # (¶9–13), the digital projector (¶16–21); the "----------" rules (¶7, ¶14) come out as articles of their
    # own (6ced7917, 6ced7917-2) and the header and datelines (¶1–2, ¶8, ¶15) belong to none of them
    "f1ced2e3": "CURTAIN UP AGAIN AT THE RITZ",
    "13e0b947": "A CENTURY OF THE PICTURES",
    "9e7ee2d8": "RITZ GOES DIGITAL",
    "ed36a1c8": "EL TENORIO CUMPLE CIENTO CINCUENTA AÑOS",
    "c29256e9": "СОРОК ЛЕТ ОБЪЕДИНЁННОМУ ИНСТИТУТУ",
    "5c0f5a88": "桐岭镇中学少年航天社迎来天宫一号发射十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "members of the Labour and Liberal parties and even from the occasional Conservative MP" ¶523; "distributed
    # our handbills, posted our posters" ¶525
    Query("Liberal parties occasional Conservative MP handbills posters", "ac7222d4", "cross-paragraph"),
    # "starring Jonathan Rhys Meyers as Hogg" ¶491; "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501;
    # "church and missionary societies" ¶519
    Query("Rhys Meyers Lindsay of Birker missionary societies", "ac7222d4", "cross-paragraph"),
    # "the singular contribution of the South Wales miners" ¶477 (and ¶527); "the Levellers took a stand for
    # Irish independence" ¶517
    Query("South Wales miners Levellers Irish independence", "ac7222d4", "cross-paragraph"),
    # the title "Webinar: World War Against Fascism – Remembering China's role in victory 80 years on" ¶349;
    # "Sunday 21 September 2025, 4pm Britain, 11am US Eastern" ¶351
    Query("remembering China's role webinar 4pm Britain 11am US Eastern", "d89fdf72", "cross-paragraph"),
    # "The old adage that history is written by the victors" ¶353; "the largely Eurocentric narrative" ¶355;
    # "Ken Hammond (Historian and China scholar)" ¶363
    Query("historian adage victors Eurocentric narrative", "d89fdf72", "cross-paragraph"),
    # "remember history, honour fallen heroes, cherish peace" ¶379 (and ¶391); "formed a great wall with flesh
    # and blood" ¶381
    Query("Xi cherish peace honour fallen heroes flesh and blood great wall", "38a7d84f", "cross-paragraph"),
    # Word forms: the text has another form
    # "caring for children orphaned by Japan's brutal war" ¶483 (orphaned → orphans); "a month-long 1,100
    # kilometre (700 miles) journey … over snow covered mountain paths, to the relative safety of Gansu" ¶485
    Query("Shandan Bailie orphans 1,100 kilometre journey Gansu snow", "ac7222d4", "word-form"),
    # "Mongolia highly commends China's commitment to … its neighbourhood diplomacy" ¶199 (commends →
    # commending)
    Query("Mongolian president commending China's neighbourhood diplomacy", "c061f0a1", "word-form"),
    # "Sydney Loving, … que recientemente regresó de una visita de diez días" ¶301 (regresó → regresa)
    Query("Sydney Loving regresa de una visita de diez días", "dde32893", "word-form"),
    # "Liu Qibao stressed that it is very important, because this historic site is the witness of friendship
    # between the Chinese and Russian peoples" line 12 (stressed → stressing, witness → witnesses)
    Query(
        "Liu Qibao stressing the historic site witnesses friendship between Chinese and Russian peoples",
        "054ef6fb",
        "word-form",
    ),
    # "a structured relationship designed to endure and withstand external shocks" line 7 (endure → enduring,
    # withstand → withstanding)
    Query("China-Russia partnership enduring and withstanding external shocks", "b39d8185", "word-form"),
    # "the member states' commitment to forge lasting friendship and refrain from hostilities" ¶433 (forge →
    # forging, refrain → refraining; "forging" is only in e065690c's "Forging Ahead in Solidarity" ¶449)
    Query("SCO member states forging lasting friendship and refraining from hostilities", "9e49ddff", "word-form"),
    # Another script or romanisation
    # "written by Callum Norris" ¶533 in Chinese characters; "in Dunhuang" ¶537/539 and "Discussions at Fudan
    # University" ¶541 in their own script (dde32893 has Dunhuang in Spanish, not the rest)
    Query("卡勒姆·诺里斯 敦煌 复旦大学", "6710eba1", "translit"),
    # "greeted at Beijing Railway Station by Cai Qi, … Wang Yi, … Yin Yong, Mayor of Beijing" ¶221, in Wade-Giles
    Query("Ts'ai Ch'i Wang I Yin Yung", "eca32116", "translit"),
    # "President Xi Jinping and his wife Peng Liyuan met with the King" ¶237, in Wade-Giles
    Query("Hsi Chin-p'ing P'eng Li-yuan Cambodia", "5a5d8582", "translit"),
    # "The Children of Huang Shi … Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491: Huang Shi
    # and Chow Yun-fat (周润发) in Mandarin Wade-Giles
    Query("Chou Jun-fa Huang Shih", "ac7222d4", "translit"),
    # "our co-editor Keith Bennett participated in … the Chinese Modernisation Forum (2025), … all of Tsinghua
    # University" ¶475, in Chinese characters (d89fdf72 ¶367 lists Keith Bennett only)
    Query("基思·贝内特 清华大学 中国式现代化论坛", "ac7222d4", "translit"),
    # Russian (names in Cyrillic)
    # "Mongolian President Khurelsukh Ukhnaa" ¶187 (and ¶199)
    Query("Президент Монголии Хурэлсух", "c061f0a1", "russian"),
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" in the film about Hogg ¶491
    Query("Чэнь Ханьшэн в фильме о Хогге", "ac7222d4", "russian"),
    # "Dr. Norman Bethune, heir to a Scottish family of doctors" and "the Eighth Route Army's resistance" ¶275
    # (ac7222d4 ¶497 has the Eighth Route Army, not Bethune)
    Query("Норман Бетьюн и Восьмая армия", "7ab1f62c", "russian"),
    # Spanish
    # "los generales de terracota y las estatuas de mujeres nobles estaban rollizos – porque la hambruna masiva"
    # ¶313
    Query("terracota estatuas de mujeres nobles rollizos hambruna", "dde32893", "spanish"),
    Query("¿Cómo describirías el camino de desarrollo de China?", "dde32893", "spanish"),  # the interviewer's ¶311
    # Chinese (names in Chinese characters)
    # "the ceremony held at the Ba Dinh Square in Hanoi" ¶73; "paid respects at the Ho Chi Minh Mausoleum" ¶75
    # (20f574be ¶143 has "the historic Ba Dinh Square", without the mausoleum)
    Query("巴丁广场 胡志明陵", "362ba691", "chinese", also=("20f574be",)),
    # "comrades as well as brothers …, as Vietnamese communist leader Ho Chi Minh once described it in a poem"
    # ¶63 (and the title ¶61)
    Query("胡志明 诗 同志加兄弟", "362ba691", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Mongolian President Khurelsukh Ukhnaa" ¶187; "Both China and Russia emphasise sovereign equality … the
    # G20" ¶191
    Query("<#2025> Khurelsukh\u200b sovereign equality G20", "c061f0a1", "mention-noise"),
    # "Defence Minister Vladimir Padrino" ¶33 (¶53); "The victory of China is the victory of the Bolivarians" ¶39
    Query("<@4040> Padrino\u200b Bolivarians", "f78fdcd6", "mention-noise"),
    # Typos (1–2 edits)
    # "a Colonel Younghusband … separating Xizang (Tibet) from the rest of China" ¶521
    Query("Younghusbund Tibbet", "ac7222d4", "typo"),
    # "Iranian President Masoud Pezeshkian, Indonesian President Prabowo Subianto" ¶451
    Query("Pezeshkyan Subiyanto", "e065690c", "typo"),
    # "Prime Minister Madbouly … new energy, electric vehicles, finance and seawater desalination" ¶413
    Query("Madbouli desalinaton electric vehicals", "26d64f12", "typo"),
    # Names
    # "Vice President Delcy Rodríguez and Defence Minister Vladimir Padrino" ¶33 (and ¶53)
    Query("Vice President Delcy Rodríguez Defence Minister Vladimir Padrino", "f78fdcd6", "name"),
    Query("Pakistani Prime Minister Shehbaz Sharif", "3a9fa4ed", "name"),  # ¶211
    # "Jenny Clegg (Author and peace activist)" ¶366; ac7222d4 ¶513 quotes her writing for SACU
    Query("Jenny Clegg author and peace activist", "d89fdf72", "name", also=("ac7222d4",)),
    # Phrases
    # "On September 9, the Xinhua News Agency devoted a feature article to the legacy of Eric Liddell" ¶283
    Query("devoted a feature article to the legacy", "7ab1f62c", "phrase"),
    # "fostering international understanding of China's wartime experiences" line 12
    Query("fostering international understanding of China's wartime experiences", "097182f6", "phrase"),
    Query("enable each other's success", "5a5d8582", "phrase"),  # "enable each other's success" ¶245
    # "the key victorious nations of World War II and permanent members of the United Nations Security
    # Council" ¶191
    Query("the key victorious nations of World War II", "c061f0a1", "phrase"),
    # Questions
    # "Zhao Leji, … visited Vietnam …, leading a party and state delegation to events marking the 80th
    # anniversary of the August Revolution" ¶65 (20f574be ¶156 lists Zhao Leji among the guests only)
    Query("who led the party and state delegation to Vietnam?", "362ba691", "question"),
    # "On September 4, Xi Jinping … met with Thongloun Sisoulith" ¶135; "in Beijing on Thursday" ¶171
    Query("when did Xi meet Thongloun Sisoulith?", "20f574be", "question"),
    # "On September 9, the Xinhua News Agency devoted a feature article to the legacy of Eric Liddell: … Known as
    # the 'Flying Scotsman'" ¶283–285
    Query("which Xinhua feature called Liddell the Flying Scotsman?", "7ab1f62c", "question"),
    # Topics
    # "a Virtual Summit" ¶449; "convened and chaired by Brazilian President Luiz Inácio Lula da Silva, whose
    # country holds the current rotating Chair of BRICS. Lula's initiative was largely triggered by the
    # economic, political and psychological warfare" ¶451
    Query("Lula rotating Chair Brazil virtual summit psychological warfare", "e065690c", "topic"),
    # "the relationship has moved beyond ad hoc or tactical engagement. … durable mechanisms … withstand external
    # shocks" line 7
    Query("ad hoc tactical engagement external shocks durable mechanisms", "b39d8185", "topic"),
    # "focus on the operation of the China-Laos Railway and development along the route" ¶139 (and ¶179)
    Query("China-Laos Railway development along the route", "20f574be", "topic"),
    # "on the same day 75 years ago" and "more than 100 million troops and civilians … were injured or killed"
    # ¶7; Xi and Putin exchanged the messages ¶5
    Query("Putin Xi 75 years ago 100 million troops injured or killed", "424ab945", "topic"),
    # "strengthen experience sharing on governance … the sound and steady development of China-EU relations"
    # ¶17 (Fico ¶13, ¶19)
    Query("Fico China-EU relations experience sharing governance", "faecd2e1", "topic"),
    # "BRICS countries account for nearly half of the world's population, around 30 percent of global economic
    # output, and one-fifth of global trade" ¶459
    Query("one-fifth of global trade nearly half the world's population", "e065690c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "Defence Minister Vladimir Padrino" (f78fdcd6 ¶33/53); the blockade is Cuba's (d807680a ¶101), and Padrino
    # is never tied to it
    "Vladimir Padrino Cuba blockade",
    # "Kazakhstan President Kassym-Jomart Tokayev" met Xi in Tianjin (26d64f12 ¶405); the BRICS virtual summit
    # (e065690c ¶449–451) lists no Kazakh
    "Kassym-Jomart Tokayev BRICS virtual summit",
    # Hun Manet met Xi in Tianjin (5a5d8582 ¶243–247); the only wife named is Xi's, Peng Liyuan (¶237)
    "what is Hun Manet's wife called?",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); "Ocean Devil" is James MacManus's biography of Hogg
    # (ac7222d4 ¶489)
    "Radhika Desai Ocean Devil",
    # Bethune is praised by Mao (7ab1f62c ¶275); no portrait or painter anywhere
    "who painted the portrait of Norman Bethune?",
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" (20f574be ¶157); no election
    "when was Igor Sergeenko elected Speaker?",
    # Ansan is 2 edits from Wonsan, where Lavrov spoke of the monument for the 'Patriots' park (097182f6 line 7)
    "Ansan monument patriotic park",
    "who is the president of Slovakia?",  # only "Slovak Prime Minister Robert Fico" (faecd2e1 ¶13–21)
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the Lugou 'Marco Polo' Bridge Incident is ac7222d4's
    # (¶505)
    "Chen Weihua Lugou Bridge",
    # Wang Yi greeted Kim Jong Un in Beijing (eca32116 ¶221); the Caracas monument (f78fdcd6) names no Chinese
    # but Lan Hu
    "Wang Yi Caracas monument",
    "Мирзиёев чемпионат мира по футболу",  # Mirziyoyev (3a9fa4ed ¶207–209) in Cyrillic; no football anywhere
    # Mirziyoyev (3a9fa4ed ¶207–209); no cotton and no Samarkand anywhere
    "Shavkat Mirziyoyev cotton harvest Samarkand",
    # Dunhuang (dde32893 ¶307/325/335; 6710eba1 ¶537/539): a solar plant, sites, a dialogue; no dish
    "¿qué plato típico probaron en Dunhuang?",
    # Bethune (7ab1f62c ¶275) in Chinese characters: "heir to a Scottish family of doctors"; no Canada, no
    # hospital
    "白求恩 加拿大 医院 名字",
    # Callum Norris co-wrote the delegation's report (6710eba1 ¶533); the only football club is Chelsea
    # (7ab1f62c ¶291)
    "Callum Norris football club",
    # Rewi Alley, Hogg's mentor (ac7222d4 ¶495–499); no adopted children
    "how many children did Rewi Alley adopt?",
    # the SCO summit of these articles is Tianjin's, August 31–September 1 (9e49ddff, 26d64f12 ¶403–405);
    # Astana is not in the corpus
    "Tokayev Astana SCO summit 2024",
    # "Xi hosted a lunch in the Great Hall of the People for visiting foreign heads of state" (38a7d84f ¶385);
    # no menu, and Putin is not named at it
    "普京 午宴 菜单",
    # Tangjin is 2 edits from Tianjin, "the north China coastal city" of the SCO summit (9e49ddff ¶425)
    "Tangjin coastal city summit",
    # Yanji is 2 edits from Yan'an, where the Long March ended (6710eba1 ¶557); no museum hours anywhere
    "Yanji Long March museum opening hours",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "From the secretary, Maureen Dellow" ¶2 (¶19); "against the Nethercote Throwers" ¶6; "our oldest member,
    # Ernest Stringfellow" ¶9
    Query("Maureen Dellow Nethercote Throwers Ernest Stringfellow", "f3e789da", "cross-paragraph"),
    # "The big count night is 14 March" ¶14; "supper is held on 9 April at the Drover's Rest" ¶16; "the patrol
    # co-ordinator, Janet Holdsworthy" ¶19
    Query("Janet Holdsworthy Drover's Rest big count night", "abc62d78", "cross-paragraph"),
    # "when King George V opened the Mersey Tunnel" ¶4; "the concert pianist Miriam Oddie" ¶9; "a tin of
    # toffees on the piano" ¶11
    Query("Miriam Oddie Mersey Tunnel toffees", "71fbac2b", "cross-paragraph"),
    # "The club's teacher, Mr Desmond Yeardley" ¶5; "the county science fair in Tamsford" ¶13; "Headteacher Mrs
    # Alison Gedge" ¶16
    Query("Desmond Yeardley Tamsford Alison Gedge", "b7787608", "cross-paragraph"),
    # "the Clergy House at Alfriston" ¶4; "Letitia Fawnhope, who had taught at the village school" ¶5; "A warden,
    # Gareth Pillinger" ¶10
    Query("Letitia Fawnhope Alfriston Clergy House Gareth Pillinger", "8d2792b8", "cross-paragraph"),
    # "on the beach at Charmouth with a guide from the Heritage Centre" ¶9; "Mrs Chafey's class" ¶13; "Mrs
    # Jocelyn Gaunt, Headteacher" ¶18
    Query("Jocelyn Gaunt Charmouth Heritage Centre Mrs Chafey", "2a3faa4b", "cross-paragraph"),
    # "Руководитель кружка Галина Петровна Звонарёва" ¶5; "повели смотреть синхрофазотрон" ¶6; "девятиклассница
    # Оля Кудинова" ¶8
    Query("Оля Кудинова синхрофазотрон Звонарёва", "c29256e9", "cross-paragraph"),
    # 社团指导老师邵建平 ¶6; 第一枚水火箭 ¶7; 赴海南文昌参观航天发射场 ¶12
    Query("邵建平 水火箭 文昌", "5c0f5a88", "cross-paragraph"),
    # "desde que lo fundó el maestro don Anselmo Rebollar en 1949" ¶5; "La alcaldesa, doña Remedios Castañar"
    # ¶13; "guardaba el libreto de 1949 en una caja de galletas" ¶17
    Query("Anselmo Rebollar caja de galletas Remedios Castañar", "ed36a1c8", "cross-paragraph"),
    # Word forms
    # "The oxygen … had been carried up by Walter Bonatti and the Hunza porter Amir Mahdi" ¶5 (carried → carry;
    # abc62d78 ¶3 has "carried" toads; "carry" is nowhere)
    Query("Bonatti and Mahdi carry the oxygen up", "c29a43d3", "word-form"),
    # "She married Clifford Trounce, a piano tuner, … He tuned the organ" ¶6 (tuned → tuning)
    Query("Clifford Trounce tuning the organ", "71fbac2b", "word-form"),
    # "Brunel walked the valley with his surveyor in the summer of 1845" ¶5 (walked → walking)
    Query("Brunel walking the valley with his surveyor", "0dd8700a", "word-form"),
    # "как впервые привезла ребят в Дубну 14 мая 1971 года" ¶5 (привезла → привозит)
    Query("Галина Петровна привозит ребят в Дубну", "c29256e9", "word-form"),
    # "lo escribió en apenas veinte días" ¶4 (escribió → escribe)
    Query("Zorrilla escribe el Tenorio en veinte días", "ed36a1c8", "word-form"),
    # "the Lumière brothers charged the public for a film show for the first time" ¶10 (charged → charging)
    Query("Lumière brothers charging the public for a film show", "13e0b947", "word-form"),
    # "The migration begins on the first mild, damp evenings" ¶5 (migration → migrating); "cross Ebbwick Lane" ¶2
    Query("migrating toads on Ebbwick Lane", "abc62d78", "word-form"),
    # Another script or romanisation
    Query("Хепзиба Траунс", "71fbac2b", "translit"),  # "Hepzibah Trounce" ¶1–2 in Cyrillic
    # "That program, written by Tom Kilburn and checked by Frederic Williams" ¶4 in Cyrillic
    Query("Том Килберн и Фредерик Уильямс", "b7787608", "translit"),
    # "Octavia Hill, Sir Robert Hunter and Canon Hardwicke Rawnsley" ¶4 in Cyrillic
    Query("Октавия Хилл и Роберт Хантер", "8d2792b8", "translit"),
    Query("Мэри Эннинг", "2a3faa4b", "translit"),  # "Mary Anning was born in Lyme Regis" ¶7–8, ¶12–13 in Cyrillic
    # "BRUNEL 200 IN SALLOWCOMBE" ¶1 and "the Trennick Viaduct" ¶4 in Cyrillic
    Query("Брюнель Саллоукомб Тренник", "0dd8700a", "translit"),
    # "Achille Compagnoni and Lino Lacedelli stood on the summit of K2" ¶3 (¶14) in Cyrillic
    Query("Компаньони и Лачеделли", "c29a43d3", "translit"),
    # "«Зарянский вестник»" ¶2, "Зарянска" ¶4 and "Галина Петровна Звонарёва" ¶5 in Latin letters
    Query("Zaryansk Galina Petrovna Zvonaryova", "c29256e9", "translit"),
    # 邵建平 ¶6 and 桐岭镇 ¶1 in pinyin without tones
    Query("Shao Jianping Tongling", "5c0f5a88", "translit"),
    Query("卢米埃尔兄弟", "13e0b947", "translit"),  # "the Lumière brothers" ¶10 in Chinese characters
    # accents dropped: "Pilar Ocejo ha sido doña Inés, Brígida" ¶14; "el drama de José Zorrilla" ¶3
    Query("Brigida dona Ines Jose Zorrilla", "ed36a1c8", "translit"),
    # 天宫一号 ¶1, ¶3 and 酒泉卫星发射中心 ¶3 in pinyin without tones
    Query("Tiangong yi hao Jiuquan", "5c0f5a88", "translit"),
    # Russian
    # "К 40-летию института кружок подготовил выставку. Она открывается сегодня в школьном актовом зале" ¶9
    Query("выставка к 40-летию института в школьном актовом зале", "c29256e9", "russian"),
    # "кружковцы отправятся в зимнюю физическую школу под Дубной" ¶13
    Query("зимняя физическая школа под Дубной", "c29256e9", "russian"),
    # "в Зарянске пройдёт областная школьная конференция по физике" ¶11
    Query("областная школьная конференция по физике", "c29256e9", "russian"),
    # Spanish
    # "lo representa cada año en la plaza, la noche de Todos los Santos" ¶5
    Query("la noche de Todos los Santos en la plaza", "ed36a1c8", "spanish"),
    # "una lectura pública del texto completo, que empieza hoy … en el casino" ¶9
    Query("la lectura pública del texto completo en el casino", "ed36a1c8", "spanish"),
    # "la biblioteca municipal expondrá los carteles del grupo" ¶12
    Query("los carteles del grupo en la biblioteca municipal", "ed36a1c8", "spanish"),
    # Chinese
    Query("全省青少年航天模型比赛 一等奖", "5c0f5a88", "chinese"),  # 参加了全省青少年航天模型比赛，获得两个一等奖 ¶9
    Query("小型射电望远镜", "5c0f5a88", "chinese"),  # 一台小型射电望远镜 ¶16
    Query("第一届校园航天节", "5c0f5a88", "chinese"),  # 举办第一届校园航天节 ¶13
    # Mentions and zero-width spaces
    # "The Ritz's new digital projector was switched on" ¶17; "Volunteer manager Sunita Rawle" ¶19
    Query("<@4410> Sunita Rawle\u200b digital projector", "9e7ee2d8", "mention-noise"),
    # "raised the last £600 needed to re-roof its hall, thanks to a sponsored knit" ¶4
    Query("@here \u200bsponsored knit re-roof", "18a036c5", "mention-noise"),
    # "Councillor Bernadette Loveday, chair of the leisure committee" ¶6
    Query("<#208> Bernadette Loveday\u200b leisure committee", "b6afaf70", "mention-noise"),
    # Typos
    Query("Hindleworh Grammer School", "b7787608", "typo"),  # "the library of Hindleworth Grammar School" ¶2
    Query("Kellowdean Courrier", "8d2792b8", "typo"),  # "Kellowdene Courier, Thursday 12 January" ¶2 (2 + 1 edits)
    # "The Ridsworth bypass opened to traffic" ¶5 (and ¶18)
    Query("Ridsworh bypas", "374f4c7d", "typo"),
    # Names
    # "Its first borrower, Miss Amelia Thorogood of Mill Row" ¶13 (and ¶17)
    Query("Amelia Thorogood", "374f4c7d", "name"),
    # "Projectionist Colin Verity, who has shown films at the Ritz since it reopened" ¶12
    Query("Colin Verity", "13e0b947", "name"),
    # "The institute's president, Mrs Olwen Howgate" ¶6 (d7c3c7ab's president is Ann Sedgewick)
    Query("Olwen Howgate", "18a036c5", "name"),
    # Phrases
    # "the vicar's diary records that 'the band played until the 3rd was well begun'" ¶6
    Query("the band played until the 3rd was well begun", "0dd8700a", "phrase"),
    # "'Practise on Monday, perform on Sunday, and never apologise on Tuesday,' she told" ¶10
    Query("never apologise on Tuesday", "71fbac2b", "phrase"),
    # "'The jam is still excellent. The arguments about it are better than ever.'" ¶20
    Query("the arguments about it are better than ever", "d7c3c7ab", "phrase"),
    # "My notebook for the 6th says only: 'Enormous. Cannot look at it for long.'" ¶9
    Query("Enormous. Cannot look at it for long", "c29a43d3", "phrase"),
    # Questions
    # "volunteers have carried more than 40,000 toads across the road in buckets" ¶3
    Query("how many toads have the patrol's volunteers carried across the road?", "abc62d78", "question"),
    # "The town council bought the building for £1 last autumn" ¶5 (b6afaf70 has the £180,000 grant for the
    # seats, not the building)
    Query("how much did Wadcombe council pay for the Ritz building?", "f1ced2e3", "question"),
    # "ran for 52 minutes before the right answer showed on the tube" ¶4 (the club's run took 41, ¶11)
    Query("how long did the Manchester Baby's first program run?", "b7787608", "question"),
    # "Mary Anning was only twelve when she and her brother Joseph found the skull of an ichthyosaur" ¶8
    Query("how old was Mary Anning when she found the ichthyosaur skull?", "2a3faa4b", "question"),
    # "She became organist in 1957" ¶8 (assistant organist in 1946, ¶5)
    Query("when did Hepzibah Trounce become organist at St Barnabas?", "71fbac2b", "question"),
    # Topics
    Query("Brambury annual dinner at the Wheatsheaf", "f3e789da", "topic"),  # "Annual dinner: … at the Wheatsheaf" ¶4
    # "Members will also plant a centenary oak on the green" ¶18; Holmscar's members ¶15–16
    Query("Holmscar WI centenary oak on the green", "d7c3c7ab", "topic"),
    # "The new automatic telephone exchange came into use …, and the town's operators left their switchboard"
    # ¶9
    Query("Ridsworth automatic telephone exchange operators", "374f4c7d", "topic"),
    # "Holmscar WI's jam stall at the county show … sold out by noon on the first day" ¶10
    Query("jam stall at the county show sold out by noon", "9623bd32", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Lorna Hollinrake won the quoits Champion of Champions (f3e789da ¶14–15); the toad patrol is Ebbwick's
    # (abc62d78)
    "Lorna Hollinrake toad patrol",
    # Dr Colin Sparrowhawk gives the Brunel talk (0dd8700a ¶12); the Mersey Tunnel is in Hepzibah Trounce's
    # obituary (71fbac2b ¶4)
    "Colin Sparrowhawk Mersey Tunnel",
    # Gareth Pillinger is the Tor's warden (8d2792b8 ¶10–17); the viaduct is Sallowcombe's (0dd8700a)
    "Gareth Pillinger Brunel viaduct",
    # Miriam Oddie flew home from Vienna for the eightieth birthday (71fbac2b ¶9); the Ritz is Wadcombe's
    # (b6afaf70, f1ced2e3, 13e0b947, 9e7ee2d8)
    "Miriam Oddie Ritz cinema",
    # Desmond Yeardley teaches the electronics club (b7787608 ¶5, ¶18); K2 is the blog's (c29a43d3)
    "Desmond Yeardley K2 expedition",
    # Pilar Ocejo directs the Tenorio (ed36a1c8 ¶11, ¶14); Dubna is the Russian school's (c29256e9)
    "Pilar Ocejo Dubna",
    # Ann Sedgewick is the Holmscar WI's president (d7c3c7ab ¶20); "Anning 200" is Lymcote's (2a3faa4b)
    "Ann Sedgewick Anning 200",
    # the club has a secretary, Maureen Dellow (f3e789da ¶2, ¶19), and a committee (¶7); no chairman, and the
    # only chairman is the county council's (374f4c7d ¶5)
    "who will be the next chairman of Brambury Quoits Club?",
    # "The weekend will open with the same film that was shown on the reopening night. The title will be
    # announced" (b6afaf70 ¶7); f1ced2e3 and 9e7ee2d8 ¶20 name no film
    "what film was shown on the Ritz reopening night?",
    # "The patrol's thank-you supper is held on 9 April at the Drover's Rest" (abc62d78 ¶16); no time (the 7pm
    # is the training evenings', ¶8)
    "what time does the toad patrol thank-you supper start?",
    # "Twenty-five years on, it is being widened" (374f4c7d ¶18); no cost
    "what did the widening of the Ridsworth bypass cost?",
    # "the mayor of the day tearing the first one" (b6afaf70 ¶5): not named
    "who was the mayor who tore the first ticket at the Ritz?",
    "which hotel did Brunel stay at in Sallowcombe?",  # 0dd8700a: a walk, a visit in 1852; no hotel anywhere
    # "a great-granddaughter born on 30 October" (71fbac2b ¶13): not named
    "what is the name of Hepzibah Trounce's great-granddaughter born on 30 October?",
    # "Mr Yeardley's club meets on Tuesdays … new members are welcome" (b7787608 ¶18); the forty are the crowd
    # of "pupils and parents" (¶2); no count of members
    "how many pupils belong to Mr Yeardley's electronics club?",
    # "The deed was signed at the Plough …, with the landlord and the curate as witnesses" (8d2792b8 ¶7); the
    # Black Bull's landlord (374f4c7d ¶14) is not named either
    "who was the landlord of the Plough?",
    # "the American expedition had lost Art Gilkey, swept away on 10 August" (c29a43d3 ¶7); no age
    "how old was Art Gilkey when he died?",
    # the Tenorio in the plaza (ed36a1c8 ¶5–11); no price
    "¿cuánto cuestan las entradas del Tenorio en la plaza?",
    # "más de dos mil personas vieron a doña Inés salvar el alma de don Juan" (ed36a1c8 ¶8): no actor named;
    # Pilar Ocejo has played doña Inés and Brígida (¶14), not don Juan
    "¿quién hizo de don Juan el año pasado?",
    # "в Москве было подписано соглашение об организации Объединённого института" (c29256e9 ¶3): no signatory
    "кто подписал соглашение об организации института в 1956 году?",
    # "Новых участников принимают в любое время" (c29256e9 ¶15); no count of members
    "сколько участников в кружке Галины Петровны?",
    "天宫一号 造价 多少",  # 天宫一号 (5c0f5a88 ¶1–10): launch, docking, re-entry, a model; no cost
    "邵建平 杜布纳",  # 邵建平 (5c0f5a88 ¶6) and Dubna (c29256e9) in Chinese characters: never joined
    # Banbury is 2 edits from Brambury, whose quoits club holds the Champion of Champions (f3e789da ¶14–15)
    "Banbury Champion of Champions final",
    # Salcombe is 3 edits from Sallowcombe, whose viaduct gets a special anniversary train (0dd8700a ¶16)
    "Salcombe viaduct anniversary train",
    # Kelvedon is not in the corpus; the Tor given to the National Trust is Kellowdene's (8d2792b8)
    "Kelvedon National Trust tor",
    # Tamsin Kitto wrote the club's program (b7787608 ¶8, ¶12); Vienna is Miriam Oddie's (71fbac2b ¶9)
    "Tamsin Kitto Vienna",
    "Brunel SS Great Britain launch",  # 0dd8700a: the viaduct, his birth and death; no ship
    # Octavia Hill founded the National Trust (8d2792b8 ¶3–4); no housing anywhere
    "Octavia Hill housing reform",
    "when was Lymcote Primary School founded?",  # 2a3faa4b: a December letter; no founding date
    # the first ascent, 31 July 1954 (c29a43d3 ¶3); no winter climb
    "K2 first winter ascent",
    # "to ask whether a curator could visit us the week before" (2a3faa4b ¶13): nobody is named or coming yet
    "which curator from the Natural History Museum will visit Lymcote?",
    # "the Lumière brothers charged the public for a film show for the first time" (13e0b947 ¶10); no count
    "how many tickets were sold for the Lumière show in Paris?",
    # Зареченск is 3 edits from Зарянск, whose school physics circle is c29256e9's
    "Зареченск физический кружок",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind115/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
