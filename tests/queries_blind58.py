"""A fifty-eighth lookup query set, for tuning ranking (written in the twenty-eighth session): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind57.py and
  tests/queries_blind59.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, a few stop words left out)
  with every earlier query (some 7,300 of them), and with the earlier queries of this set, while the set
  was being written; a query sharing more than half of its words with any one of them was replaced. The
  seeds have been queried many thousands of times by now, so most of these seed queries join passages or
  names that no earlier query joined, and well over half of the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind70/docs, copied as ONE
  corpus into a subfolder blind70/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic,
Latin letters for Cyrillic and Chinese names and titles, pinyin without tones, accents dropped),
russian 2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word), name 3 + 2, phrase 2 + 3,
question 3 + 4, topic 3 + 3: 36 + 48 answerable, and 20 + 30 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
won, founded or designed, who a consul-general, a mayor, a librarian, a factory director or a father was,
which regiment; when a king was crowned or a man was born; how many votes, inhabitants or spectators; what
time something ends or starts; what something cost or would cost);
a place the corpus does not hold but spelled close to one it does (two or more edits from anything real
in it); Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in
another script for some of the seeds' ones), and every article holding those words was read to confirm
that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind70/docs/* into ONE temporary
# corpus folder under the subfolder blind70/: files are then "blind70/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind70/docs",)
NEWDOCS_SUBDIRS = ("blind70",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "dc2d44cc": "Skywatching from a Brisworth back garden",
    # en_fardlestow_journal_cuttings_digest.txt, split by the loader: the header (¶1–2), the raft race (¶6–12),
    # the library (¶16–21), the Christmas lights (¶25–31); the "-----" rules ¶13 and ¶22 come out as articles of
    # their own (4f6a54b3, 4f6a54b3-2, titled by the rule), and the rules ¶3 and ¶32 and the date lines (¶4, ¶14,
    # ¶23) belong to none of them
    "a209cbca": "FARDLESTOW JOURNAL: THREE CUTTINGS FROM THE TOWN SCRAPBOOK",
    "b477a94a": "RAFTS AWAY: FIRST RIVER RACE A SPLASHING SUCCESS",
    "e4067bb6": "LIBRARY EXTENSION OPENS ITS DOORS",
    "1871bca0": "LIGHTS ON, RAIN OR SHINE",
    "b3c90a00": "THE TWENTIETH FARDLESTOW RAFT RACE",
    "ff44f6b4": "OBITUARIES",
    "2654332c": "Pimbury Fold Primary School",
    "80f1043b": "THE QUASKETT LEDGER",
    # en_quendlesham_star_cuttings_digest.txt, split by the loader: the header (¶1–2), the volcano (¶6–12), the
    # marathon (¶16–21), the bus station (¶25–30); the "=====" rules ¶13 and ¶22 come out as articles of their
    # own (d7fdad99, d7fdad99-2), and the rules ¶3 and ¶31 and the date lines (¶4, ¶14, ¶23) belong to none
    "0a842f9f": "QUENDLESHAM STAR — FROM THE CUTTINGS FILE",
    "8860fc56": "FORMER TEACHER SAFE AFTER VOLCANO",
    "cf84465f": "MARATHON MAN STILL RUNNING, 25 YEARS ON",
    "3f1ec286": "BUS STATION TO BE REBUILT",
    "38daecee": "QUOBLEY MARSH NATURE RESERVE",
    "186fd86c": "SCALLOWFIELD MORRIS MEN",
    "18ad4b2e": "THE STALLINGFORD COURANT",
    "40e2bf94": "UFFINGSTEAD DISTRICT COUNCIL",
    "dabf8a40": "THE WYTHENHOLME SENTINEL",
    "85fd5858": "ECOS DEL URUBAMBA",
    "0c3ea055": "ЗОРЕГОРСКИЙ ВЕСТНИК",
    "7b4c370f": "月泉镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Kazakhstan President Kassym-Jomart Tokayev in the evening" ¶405; "The China-Myanmar pauk-phaw (brotherly)
    # friendship" ¶415; "peace and stability in northern Myanmar" ¶419 (3a9fa4ed ¶211 has "a brotherly bond" only)
    Query("Kassym-Jomart Tokayev brotherly friendship northern Myanmar", "26d64f12", "cross-paragraph"),
    # "King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk" ¶235/239/241; "met with the King and
    # the Queen Mother at Zhongnanhai … on August 26" ¶237 (which names neither)
    Query("Sihamoni Monineath Sihanouk Zhongnanhai August 26", "5a5d8582", "cross-paragraph"),
    # "Vladimir Vladimirovich Yakushev, Secretary of the General Council of the United Russia Party" ¶158;
    # "the celebration of the 50th anniversary of the establishment of the Lao PDR" ¶165
    Query("Yakushev United Russia Party Lao PDR 50th anniversary", "20f574be", "cross-paragraph"),
    # "along with the heads of 10 international organisations" ¶427; "jointly cultivate a garden of
    # civilisations" ¶439
    Query("heads of 10 international organisations garden of civilisations", "9e49ddff", "cross-paragraph"),
    # "Her final defiant words before a firing squad" ¶117; "a booklet on the life of Claudia Jones" ¶123
    Query("Claudia Jones firing squad", "ccf1d4fa", "cross-paragraph"),
    # Word forms: the text has another form
    # "the Olympic champion who once stunned the world later spent much of his life in China, where he taught and
    # preached" ¶285 (stunned → stuns, preached → preaches; neither form is in the corpus)
    Query("Olympic champion who stuns the world then preaches in China", "7ab1f62c", "word-form"),
    # "the Chinese people rallied together to defy the enemy" ¶381 (rallied → rallying)
    Query("rallying together to defy the enemy", "38a7d84f", "word-form"),
    # "el 7mo Congreso Nacional … en el cual el Pensamiento Mao Zedong fue cristalizado y adoptado" ¶315
    # (cristalizado → cristaliza, adoptado → adopta)
    Query("el Pensamiento Mao Zedong se cristaliza y se adopta en el 7mo Congreso", "dde32893", "word-form"),
    # "Kim Jong Un joined Russian President Vladimir Putin in flanking Chinese President Xi Jinping on the rostrum
    # … chief guests among 26 heads of state and government" ¶219 (flanking → flanked)
    Query("Kim Jong Un flanked Xi on the rostrum among 26 heads of state", "eca32116", "word-form"),
    # Another script or romanisation
    # the Chinese title line 20: "中华人民共和国和俄罗斯联邦在纪念中国人民抗日战争 …", its
    # 中国人民抗日战争 in pinyin without tones
    Query("Zhongguo Renmin Kang Ri Zhanzheng", "b39d8185", "translit"),
    # "Li Jinxian, director of the Memorial Work Department" line 1; "Russian Foreign Minister Sergei Lavrov"
    # line 7, in Cyrillic
    Query("Ли Цзиньсянь и Сергей Лавров", "097182f6", "translit"),
    # "the New Zealand internationalist Rewi Alley" ¶495; "the legendary Chinese communist Chen Hansheng" ¶491,
    # in Cyrillic
    Query("Реви Алли и Чэнь Ханьшэн", "ac7222d4", "translit"),
    # accents dropped: "The Vietnamese newspaper Nhân Dân reported … the participation of Lao People's Army
    # soldiers in the National Day parade" ¶145
    Query("Nhan Dan Lao People's Army soldiers National Day parade", "20f574be", "translit"),
    # accents dropped: "United Nations Secretary General António Guterres" ¶405/407; "uphold the purposes and
    # principles of the UN Charter"; "has been a cornerstone of multilateralism" ¶409 (d807680a ¶103 has
    # "cornerstone" only)
    Query("Antonio Guterres UN Charter cornerstone of multilateralism", "26d64f12", "translit"),
    # Russian (names written in Cyrillic)
    # "his meeting with Ivan Melnikov, vice chairman of the Communist Party of Russian Federation" line 6; "the
    # Russian World War II veteran Lev Abramov" line 14
    Query("Иван Мельников и Лев Абрамов", "054ef6fb", "russian"),
    # "Zimbabwean President Emmerson Mnangagwa" ¶5; "Slovak Prime Minister Robert Fico" ¶13
    Query("Эммерсон Мнангагва и Роберт Фицо", "faecd2e1", "russian"),
    # Spanish
    # "impulsando el occidente y el noroeste en lugar de permitir que la riqueza se concentre solo en las costas"
    # ¶341
    Query("impulsando el occidente y el noroeste en lugar de las costas", "dde32893", "spanish"),
    # "una fábrica de Lenovo donde mostraron cómo colaboran con el sistema escolar" ¶339
    Query("fábrica de Lenovo, colaboran con el sistema escolar", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # George Hogg (何克, the name China knows him by) ¶477–493, Rewi Alley ¶495, the Shandan Bailie School ¶483/501
    Query("何克 路易·艾黎 山丹", "ac7222d4", "chinese"),
    # "President Nicolás Maduro … Chinese Ambassador Lan Hu … Defence Minister Vladimir Padrino" ¶33 (and ¶53)
    Query("马杜罗 兰虎 帕德里诺", "f78fdcd6", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "organised by the School of Marxism … all of Tsinghua University" ¶475
    Query("@everyone Tsinghua\u200b School of Marxism", "ac7222d4", "mention-noise"),
    # "oppose any acts of distorting history and beautifying Nazis, militarists and their accomplices" line 11
    Query("<@5> beautifying Nazis\u200b accomplices", "424ab945", "mention-noise"),
    # Typos (1–2 edits)
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/197; "in pursuing its neighbourhood diplomacy" ¶199
    Query("Khurelsuk Ukhnaa neighbourhood diplomacy", "c061f0a1", "typo"),
    # "Mao Zedong Thought, Deng Xiaoping Theory, the Theory of Three Represents and the Scientific Outlook on
    # Development" ¶383
    Query("Scientific Outlok on Developmnet", "38a7d84f", "typo"),
    # "Uzbek President Shavkat Mirziyoyev … emergency management, artificial intelligence and poverty reduction"
    # ¶207
    Query("Mirzijoyev poverty reducton emergency managment", "3a9fa4ed", "typo"),
    # Names
    # "Jenny Clegg, writing for the Society for Anglo-Chinese Understanding" ¶513; "Her father, Arthur Clegg" ¶515;
    # "J.R. Campbell demanded a Japanese withdrawal" ¶525 (d89fdf72 ¶366 has Jenny Clegg only)
    Query("Jenny Clegg Arthur Clegg J.R. Campbell", "ac7222d4", "name"),
    # the webinar's speakers: "KJ Noh (Journalist, writer and educator)" ¶368; "Keith Bennett (Co-editor of
    # Friends of Socialist China)" ¶367 (ac7222d4 ¶475 has Keith Bennett only)
    Query("KJ Noh Keith Bennett", "d89fdf72", "name"),
    # "Vietnamese President Luong Cuong" ¶71; "Vietnamese Prime Minister Pham Minh Chinh" ¶79; "General Secretary
    # of the CPV Central Committee To Lam" ¶67 (20f574be ¶145 has To Lam only)
    Query("Luong Cuong Pham Minh Chinh To Lam", "362ba691", "name"),
    # Phrases
    # "The Chinese people firmly stand on the right side of history and the progress of human civilisation." ¶381
    Query("the right side of history and the progress of human civilisation", "38a7d84f", "phrase"),
    # Lukashenko: "In international and regional affairs, China keeps a just position" ¶265
    Query("in international and regional affairs, China keeps a just position", "0e5d6094", "phrase"),
    # Questions
    # "Slovakia was the only member state of NATO and the EU to be represented at the commemoration at head of
    # government level" ¶21
    Query("which NATO member was represented at head of government level?", "faecd2e1", "question"),
    # "We were hosted by the China NGO Network for International Exchanges (CNIE)" ¶547; the same delegation's
    # Spanish interview: "Fuimos invitados por la Red China de ONG de Intercambios Internacionales" (dde32893 ¶307)
    Query("which organisation hosted the British delegation in China?", "6710eba1", "question", also=("dde32893",)),
    # "The special relations of comrades as well as brothers between China and Vietnam, as Vietnamese communist
    # leader Ho Chi Minh once described it in a poem" ¶63 (d807680a ¶93 calls Cuba and China "good comrades and
    # good brothers", not Vietnam)
    Query("who called China and Vietnam comrades and brothers?", "362ba691", "question"),
    # Topics
    # "further enhancing the special friendly relations between China and Cuba in the New Era and … the
    # Cuba-China Community of Shared Future" ¶95
    Query("Cuba-China Community of Shared Future New Era special friendly relations", "d807680a", "topic"),
    # "restore memorial sites … an effort to honor Chinese partisans who fought against Japanese forces in
    # northeastern China from 1937 to 1945" lines 1–2; 054ef6fb (line 12) tells of the memorial complex at the
    # former camp of the North-eastern anti-Japanese united army near Khabarovsk
    Query("Chinese partisans northeastern China 1937 to 1945 memorial sites", "097182f6", "topic", also=("054ef6fb",)),
    # "British leftists should 'take inspiration from Chinese socialism … but build socialism based on the
    # conditions in Britain'" ¶543
    Query("British leftists socialism based on the conditions in Britain", "6710eba1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Yin Yong is the Mayor of Beijing who greeted Kim Jong Un (eca32116 ¶221); the Minyuan Stadium is Liddell's,
    # in Tianjin (7ab1f62c ¶291)
    "Yin Yong Minyuan Stadium",
    # Peng Liyuan met the Cambodian King at Zhongnanhai (5a5d8582 ¶237); the Caracas monument is f78fdcd6's
    "Peng Liyuan Caracas monument",
    "Jiamusi steel plant",  # Jiamusi is not in the corpus, nor is steel; the only plant is Dunhuang's solar one
    # Ivan Melnikov met Liu Qibao in Khabarovsk (054ef6fb line 6); the Tianjin SCO summit is 9e49ddff's and others'
    "Ivan Melnikov Tianjin SCO",
    # "Brazilian President Luiz Inácio Lula da Silva" chaired the BRICS summit (e065690c ¶451); no election
    "how many votes did Lula win in the Brazilian election?",
    # "the Russian World War II veteran Lev Abramov, who participated in anti-Japanese liberation war in China"
    # (054ef6fb line 14); no unit named
    "which regiment did Lev Abramov serve in?",
    # Yancheng is not in the corpus; the revolutionary sites are in Yan'an (6710eba1 ¶535/557, dde32893 ¶315)
    "Yancheng revolutionary sites",
    # Khurelsukh met Xi and Putin (c061f0a1); the only Olympic champion is Eric Liddell (7ab1f62c ¶275/285)
    "Khurelsukh Ukhnaa Olympic champion",
    # "China's Consulate-General in the Scottish capital Edinburgh writes" (7ab1f62c ¶273); no one named
    "who is the Chinese Consul-General in Edinburgh?",
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed representing the United Arab Emirates" at the BRICS virtual
    # summit (e065690c ¶451); the Tianjin SCO summit (9e49ddff, 26d64f12) never names him
    "Khaled bin Mohamed SCO summit Tianjin",
    # Kharovsk is two edits from Khabarovsk, near which the memorial complex is built (054ef6fb line 12)
    "Kharovsk memorial",
    "when was Norodom Sihamoni crowned king?",  # King Norodom Sihamoni (5a5d8582 ¶235–241); no coronation
    # Chow Yun-fat played Chen Hansheng in "The Children of Huang Shi" (ac7222d4 ¶491); Anna May Wong's films are
    # ccf1d4fa's
    "Chow Yun-fat Anna May Wong film",
    # "setting a new Olympic and world record" at Paris in 1924 (7ab1f62c ¶287); nothing on how long it stood
    "how long did Liddell's 1924 record stand?",
    # Hogg was "headmaster of the Shandan Bailie School" (ac7222d4 ¶483); no founder named
    "кто основал школу Байли в Шаньдане?",
    # the Minyuan Stadium was "hosting international competitions" (7ab1f62c ¶291); no crowd or capacity
    "сколько зрителей было на стадионе Миньюань?",
    # "una visita de diez días a cinco ciudades" (dde32893 ¶301), Xi'an among them (¶307); no dates
    "¿cuándo llegó Sydney Loving a Xi'an?",
    # "visitamos JISCO, una empresa siderúrgica estatal alrededor de la cual los obreros construyeron la ciudad"
    # (dde32893 ¶335); no founder
    "¿quién fundó la empresa siderúrgica JISCO?",
    "赵乐际 哪年出生",  # Zhao Leji (362ba691 ¶65–75, 20f574be ¶156) in Chinese characters; no birth year
    # Xi's speech "in Buckingham Palace" (ac7222d4 ¶479); no banquet, no menu
    "习近平 白金汉宫 晚宴 菜单",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "listen on a valve radio" ¶8; "a dozen of us from the Lenn Valley Astronomers met on the common to look at
    # the Moon through Dad's old brass refractor" ¶28–29
    Query("valve radio brass refractor Lenn Valley Astronomers", "dc2d44cc", "cross-paragraph"),
    # "he married Joan Parfitt, a nurse from Saltash" ¶13; "went out to Nightingale Island by longboat" ¶18; "The
    # funeral will be held at Tamarside Methodist Church" ¶35
    Query("Joan Parfitt Nightingale Island Tamarside Methodist Church", "ff44f6b4", "cross-paragraph"),
    # "a Quaskett farm boy, Elmer Vosburgh" ¶12–13; "Mother made me tell it to Reverend Hale" ¶23; "an exhibition
    # of Elmer's diary and photographs at the Grange Hall" ¶34
    Query("Elmer Vosburgh Reverend Hale Grange Hall", "80f1043b", "cross-paragraph"),
    # "The wassail at the Plough" ¶6–7; "Day of dance with the Quarley Bedlam side" ¶18; "new baldricks are on
    # order" ¶33
    Query("wassail Quarley Bedlam baldricks", "186fd86c", "cross-paragraph"),
    # "В цехе все кричали ура, мастер принёс торт", — записал он" (Савкин) ¶15–16; "Экипаж «Союза-11» — Георгий
    # Добровольский, Владислав Волков и Виктор Пацаев" ¶20–21
    Query("Савкин мастер принёс торт Добровольский Пацаев", "0c3ea055", "cross-paragraph"),
    # 协会会长沈立群 ¶11; 看到了着陆器和玉兔二号互相拍的照片 ¶18; 协会计划邀请航天专家来镇上作报告 ¶28
    Query("沈立群 玉兔二号 航天专家", "7b4c370f", "cross-paragraph"),
    # Word forms
    # "on the fourth time round Bill Anders took the photograph we now call Earthrise" ¶13–14 (took → taking)
    Query("Bill Anders taking the photograph we call Earthrise", "dc2d44cc", "word-form"),
    # "Anne Colquist, 44, has taught at a mission school near Angeles City for six years" ¶8–9 (taught → teaches)
    Query("Anne Colquist teaches at a mission school near Angeles City", "8860fc56", "word-form"),
    # "The mayor swam the first length the following evening … 'in a costume borrowed from the Corporation'"
    # ¶14–16 (swam → swims; the article has "swimming baths", not "swims")
    Query("the mayor swims the first length in a borrowed costume", "18ad4b2e", "word-form"),
    # "Firefighters from the Ashlow Road station pumped water out of six houses overnight" ¶10–11 (pumped →
    # pumping)
    Query("firefighters pumping water out of six houses", "dabf8a40", "word-form"),
    # "la libreta de su abuelo, Anacleto Huamán, que vendía maíz y coca a los viajeros" ¶12–13 (vendía → vende)
    Query("el abuelo vende maíz y coca a los viajeros", "85fd5858", "word-form"),
    # "Пётр Ильич Савкин … в те годы собирал на заводе блоки для бортовой аппаратуры" ¶12–13 (собирал → собирает)
    Query("Савкин собирает блоки для бортовой аппаратуры", "0c3ea055", "word-form"),
    # Another script or romanisation
    Query("Гвен Таллоу", "dc2d44cc", "translit"),  # "Posted on 24 December 2018 by Gwen Tallow" ¶5, in Cyrillic
    Query("Лайонел Гатридж", "ff44f6b4", "translit"),  # "Lionel Guthridge" ¶3, ¶6 (and ¶17, ¶25), in Cyrillic
    # "Ken Rathbone, of Orchard Rise" ¶17, in Cyrillic (the only Ken of the corpus)
    Query("Кен Ратбоун", "cf84465f", "translit"),
    # "Пётр Ильич Савкин" ¶12 and "Зорегорска" ¶8 (ЗОРЕГОРСКИЙ ¶1) in Latin letters
    Query("Pyotr Savkin Zoregorsk", "0c3ea055", "translit"),
    Query("Shen Liqun", "7b4c370f", "translit"),  # 协会会长沈立群 ¶11 (also ¶27) in pinyin
    # "the German airship Hindenburg … at the Lakehurst Naval Air Station" ¶6–8 in Chinese characters
    Query("兴登堡号 莱克赫斯特", "80f1043b", "translit"),
    # "Mount Pinatubo in the Philippines erupted" ¶7–8 in Chinese characters (ff44f6b4's volcano is Tristan's)
    Query("皮纳图博", "8860fc56", "translit"),
    Query("Teodora Huaman", "85fd5858", "translit"),  # accents dropped: "Doña Teodora Huamán, de 88 años" ¶12
    # "Margaret Pell, 78, who has lived in the lane since 1957" ¶11, in Cyrillic
    Query("Маргарет Пелл", "dabf8a40", "translit"),
    # Russian
    # "первая в мире долговременная орбитальная станция «Салют»" ¶7
    Query("первая в мире долговременная орбитальная станция", "0c3ea055", "russian"),
    Query("школьники встретятся с ветеранами завода", "0c3ea055", "russian"),  # "21 и 22 апреля школьники …" ¶26–27
    # "музей из-за пандемии впервые провёл День космонавтики в интернете" ¶27–28
    Query("музей впервые провёл День космонавтики в интернете", "0c3ea055", "russian"),
    # Spanish
    # "Machu Picchu fue elegido una de las nuevas siete maravillas del mundo el 7 de julio de 2007" ¶21–22
    Query("nuevas siete maravillas del mundo", "85fd5858", "spanish"),
    # "El 23 y 24 de julio habrá danzas de comparsas en la plaza de armas" ¶25–26
    Query("danzas de comparsas en la plaza de armas", "85fd5858", "spanish"),
    # "«Cien años no son nada para las piedras», dice doña Teodora" ¶31
    Query("Cien años no son nada para las piedras", "85fd5858", "spanish"),
    # Chinese
    Query("艾特肯盆地 软着陆", "7b4c370f", "chinese"),  # 在月球背面南极－艾特肯盆地成功着陆 … 实现软着陆 ¶6–7
    Query("望远镜观月活动", "7b4c370f", "chinese"),  # 举办两场望远镜观月活动 ¶23
    Query("月球科普课 镇中学", "7b4c370f", "chinese"),  # 协会曾到镇中学开设月球科普课 ¶26
    # Mentions and zero-width spaces
    # "the Lions' Santa sleigh will tour the estates from 9 to 22 December" ¶30–31
    Query("<@777> Lions'\u200b Santa sleigh", "1871bca0", "mention-noise"),
    # "[Ken Rathbone] is training with the Quendlesham Harriers" ¶19–20
    Query("@everyone \u200bQuendlesham Harriers", "cf84465f", "mention-noise"),
    # "Year 6 residential forms are due back by the 23rd of September, please." ¶32
    Query("<#42> residential forms\u200b 23rd of September", "2654332c", "mention-noise"),
    # Typos
    # "QUOBLEY MARSH NATURE RESERVE" ¶1; "Guided orchid walks" ¶9
    Query("Quobly Marsh orchid walkes", "38daecee", "typo"),
    # "The Victorian bandstand in Jubilee Gardens, Uffingstead … a £286,000 restoration" ¶8–9
    Query("Uffingsted bandstand restorasion", "40e2bf94", "typo"),
    # "THE STALLINGFORD COURANT" ¶1; "TURNING THE PAGES" ¶4
    Query("Stalingford Courant Turnning the Pages", "18ad4b2e", "typo"),
    # Names
    Query("Bob Wintle", "186fd86c", "name"),  # "Bob Wintle, Bagman" ¶36 ("Ideas to Bob by the AGM" ¶31)
    Query("Patricia Ollands", "40e2bf94", "name"),  # "Councillor Patricia Ollands, cabinet member for leisure" ¶25
    # Phrases
    # the Millennium Day of Dance on 1 January 2000, "if enough of us are still upright" ¶29–30
    Query("if enough of us are still upright", "186fd86c", "phrase"),
    Query("the gas company may yet have the last laugh", "18ad4b2e", "phrase"),  # the editor, 100 years ago, ¶30–31
    # Lionel's letter: "I do not know if we shall ever see the island again." ¶23
    Query("I do not know if we shall ever see the island again", "ff44f6b4", "phrase"),
    # Questions
    # "the first Fardlestow Raft Race on Saturday, 15 June" (the 1996 cutting) ¶8; the programme: "That first race,
    # on 15 June twenty years ago" (b3c90a00 ¶7–8)
    Query("when did the first Fardlestow Raft Race take place?", "b477a94a", "question", also=("b3c90a00",)),
    # "School opened with 84 children on roll" ¶14–15
    Query("how many children were on roll when Pimbury Fold opened?", "2654332c", "question"),
    # "A short service will be held on the anniversary itself, Saturday, May 6, at 7:25 p.m." ¶35–36
    Query("at what time will the Hindenburg service be held in Quaskett?", "80f1043b", "question"),
    # "on 3 December 1960, when the Lenn rose almost five feet in a single night … 'the Sixty flood'" ¶23–25
    Query("how much did the Lenn rise in the Sixty flood?", "dabf8a40", "question"),
    # Topics
    # "Quendlesham bus station … is to be demolished and rebuilt … the new station will have a café, cycle racks
    # and electric bus charging" ¶26–30
    Query("bus station demolished and rebuilt electric bus charging", "3f1ec286", "topic"),
    # "The extended Fardlestow Library … The new wing has a children's room and eight computers." ¶17–19
    Query("library extension children's room eight computers", "e4067bb6", "topic"),
    # "late entries may be accepted at the compulsory safety briefing … Every crew member must be 16 or over and
    # able to swim 50 metres." ¶29–31
    Query("raft race safety briefing swim 50 metres", "b3c90a00", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Gwen Tallow writes the Brisworth sky blog (dc2d44cc ¶5); Tristan da Cunha is Lionel Guthridge's (ff44f6b4)
    "Gwen Tallow Tristan da Cunha",
    # Ken Rathbone runs marathons (cf84465f); the raft race is Fardlestow's (b477a94a, b3c90a00, 1871bca0)
    "Ken Rathbone raft race",
    # Mrs Helen Rudd is Pimbury Fold's headteacher (2654332c ¶36); Harnacott Folk Week is in the Morris men's
    # diary (186fd86c ¶21)
    "Helen Rudd Harnacott Folk Week",
    # Anne Colquist lived through Pinatubo (8860fc56); the Tristan da Cunha volcano is in ff44f6b4
    "Anne Colquist Tristan da Cunha volcano",
    # Mrs Edna Cullis was the Riverside precinct's first customer (18ad4b2e ¶9–10); the Christmas lights are
    # Fardlestow's (1871bca0)
    "Edna Cullis Christmas lights",
    # Cllr Derek Amory chairs Wythenholme's highways committee (dabf8a40 ¶31); Quobley Marsh is 38daecee's
    "Derek Amory Quobley Marsh",
    # Elmer Vosburgh was on the Hindenburg's ground crew (80f1043b) and "never flew in anything larger than a crop
    # duster"; Apollo 8 is the Brisworth blog's (dc2d44cc ¶11)
    "Elmer Vosburgh Apollo 8",
    # Patricia Ollands is Uffingstead's councillor for leisure (40e2bf94 ¶25); the Corn Hall drop-in sessions
    # are Quendlesham's (3f1ec286 ¶26–27)
    "Patricia Ollands Corn Hall drop-in",
    # the programme (b3c90a00) is printed before the 20th race; only the first race's winners are told (¶8–9)
    "who won the twentieth raft race on the Lenn?",
    "what were the names of the four farm lads who won the first raft race?",  # "four farm lads" (b3c90a00 ¶8)
    # the bus station "is to be demolished and rebuilt" (3f1ec286); no sum (18ad4b2e's "budget" is the baths')
    "what is the budget for rebuilding Quendlesham bus station?",
    # "Our Harvest Festival will be on Friday 30 September at 2pm" (2654332c ¶19); no end time
    "what time does the Pimbury Fold Harvest Festival finish?",
    # "The mayor swam the first length the following evening" (18ad4b2e ¶14–15); no mayor named
    "who was the mayor who swam the first length at Stallingford baths?",
    # "the side was formed, with six men and a borrowed melodeon" (186fd86c ¶11); no founder named
    "who founded the Scallowfield Morris Men?",
    "what was the name of Gwen Tallow's father?",  # "my dad" (dc2d44cc ¶8, ¶17, ¶25) is never named
    # "The library first opened in the old Corn Exchange on 6 October 1904" (e4067bb6 ¶19–20); no librarian
    "who was the Fardlestow Library's first librarian in the Corn Exchange?",
    # "The cast-iron bandstand was first opened on 24 May 1898" (40e2bf94 ¶12); no designer
    "who designed the Jubilee Gardens bandstand?",
    # "Our open day on 7 September includes pond dipping" (38daecee ¶30); no time (the walks leave at 10am)
    "Quobley Marsh open day start time pond dipping",
    # Bridgnorth is three edits from Brisworth, where the Earthrise talk is given (dc2d44cc ¶31–32)
    "Bridgnorth Earthrise talk",
    # Quedgeley is not in the corpus; the orchids are Quobley Marsh's (38daecee)
    "Quedgeley nature reserve orchids",
    # Wythenshawe is four edits from Wythenholme, whose Coldry Lane flooded (dabf8a40)
    "Wythenshawe flood warning",
    # Stallingborough is not in the corpus; the first electric street lamps are Stallingford's (18ad4b2e ¶29)
    "Stallingborough street lamps",
    # Зеленогорск is three edits from Зорегорск, whose school museum holds the «Салют» exhibition (0c3ea055)
    "Зеленогорск выставка «Салют»",
    # Huaylas is three edits from Huaylloc, whose village celebrates the centenary (85fd5858)
    "centenario de Huaylas",
    "沈立群 出生 哪一年",  # 协会会长沈立群 (7b4c370f ¶11): no age or birth year
    "玉兔二号月球车 一共 行驶了 多少公里",  # 玉兔二号 (7b4c370f ¶18) took photographs; no distance travelled
    # "Выставка будет работать с 19 по 30 апреля" (0c3ea055 ¶26); no price
    "цена входного билета в музей космонавтики Зорегорска",
    # "Ветеран приборостроительного завода Пётр Ильич Савкин" (0c3ea055 ¶11–12); the factory's director is not named
    "кто был директором приборостроительного завода?",
    # "Santa Rosa de Huaylloc … nuestro pueblo, a pocas horas de camino de la ciudadela" (85fd5858 ¶6–9); no
    # population
    "¿cuántos habitantes tiene Santa Rosa de Huaylloc?",
    # "el municipio inauguró el nuevo puente sobre el río" (85fd5858 ¶23); no cost
    "¿cuánto costó el nuevo puente sobre el río?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind70/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
