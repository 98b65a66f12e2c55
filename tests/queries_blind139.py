"""A hundred-and-thirty-ninth lookup query set, the seventieth round's BLIND set (written in the sixty-ninth session):
committed unscored, scored once at the end of the round, and not read while the search is tuned (nobody tunes on
it; a score on it is out-of-sample), RICH IN UNANSWERABLE QUERIES, laid out as tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind137.py, a blind set, and tests/queries_blind138.py,
  written at the same time as this one, were not opened and are not part of the check). A throwaway script
  compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё read as
  е, Chinese by character pairs, a few stop words left out) with every earlier query (some nineteen
  thousand), and with the earlier queries of this set, while the set was being written; a query sharing
  more than half of its words with any one of them was replaced. The seeds are exhausted: every name, every
  pair of names from one seed article, every short phrase and nearly every transcription had been used
  already, and about nine in ten first drafts (some four hundred and forty drafts for forty-one kept
  queries) had to be rewritten, so the seed queries here are mostly longer joins of passages, rarer
  transcriptions, Spanish and typos, and the seed part has no name query; the new documents carry more.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind151/docs, copied as ONE
  corpus into a subfolder blind151/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 13 + 14 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 2 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 2 + 12 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3,
spanish 1 + 3, chinese 1 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 2 + 4 (1–2 edits a word), name 0 + 3, phrase 1 + 3, question 2 + 5,
topic 1 + 4: 29 + 66 answerable, and 12 + 36 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
captained a ship, cooks an asado, painted a crossing, built a bridge, designed an aircraft, opened a film
season, won a trophy or scored a first goal; how many juniors played, copies were printed, cars crossed,
photographs are held or people watched; what time a meeting starts; what lamps, a boiler part or joining
a group cost; what a pilot cutter was called; where a man slept in Paris; how old a man is; when an
aircraft flew a second time); a place the corpus does not hold (spelled two or more edits from anything
real in it, or simply absent) joined to a subject it does; Russian, Spanish and Chinese ones. Each shares
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

# The new-documents corpus is assembled by copying tests/gold/blind151/docs/* into ONE temporary
# corpus folder under the subfolder blind151/: files are then "blind151/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind151/docs",)
NEWDOCS_SUBDIRS = ("blind151",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "0dc083e1": "ARDMURRAN, Tuesday 30 August",
    # en_ashcott_banner_digest.txt, split by the loader: the pool opens in 1989 (¶3–7), the refit (¶11–15), the New
    # Year splash of 2023 (¶19–23); the header (¶1) and the "----" rules (¶9, ¶17) belong to none of them
    "c20ed46f": "Ashcott Banner, Saturday 13 May 1989",
    "19812177": "Ashcott Banner, Wednesday 8 March",
    "ce248be1": "Ashcott Banner, Thursday 28 December 2023",
    "bd2da83d": "ASHCOTT, Tuesday 13 May",
    "283811f5": "CAWDERSLEY BOROUGH COUNCIL",
    "8f99e622": "The Cinder Lap",
    "4b16931c": "COXHITHE SPECTATOR",
    # en_fallowby_citizen_digest.txt, split by the loader: the new Mill Field ground in 1986 (¶3–7), the centenary
    # (¶11–15), the winter league of 2021 (¶19–25); the header (¶1) and the "----" rules (¶9, ¶17) belong to none
    "2d12f1a5": "Fallowby Citizen, Thursday 17 April 1986",
    "64a862ba": "Fallowby Citizen, Monday 20 September",
    "513a1e2b": "Fallowby Citizen, Friday 10 December 2021",
    "1585c907": "HINDMARSH VALE CO-OPERATIVE SOCIETY",
    "363168af": "Ivy Thrushwood, school cook",
    "eddda10f": "PELTERHAM TABLE TENNIS CLUB",
    "6007b2e7": "SCARROWDALE WOODS",
    "276e18bd": "STURCOMBE ABBAS",
    "4e7673bb": "VILLA ARAZATÍ, 14 de julio",
    "ba654109": "Прибойнинск, 30 июня",
    "c71e5f41": "桐浜镇新闻",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the way in which US and British imperialism sought … to demilitarise the country" ¶279; "countless unnamed
    # Scottish heroes" ¶275; "their families continue to search for traces of their experiences" ¶277
    Query("demilitarise unnamed Scottish heroes search for traces", "7ab1f62c", "cross-paragraph"),
    # "where he taught and preached" ¶285; "topping the public vote when inducted into the Scottish Sports Hall of
    # Fame" ¶287; "Stamford Bridge (home of Chelsea Football Club)" ¶291
    Query("preached topping the public vote Chelsea Football Club", "7ab1f62c", "cross-paragraph"),
    # "Dr. Norman Bethune … whom Chairman Mao Zedong praised" ¶275; "On September 9, the Xinhua News Agency devoted a
    # feature article" ¶283
    Query("Mao praised Norman Bethune Xinhua September 9 feature", "7ab1f62c", "cross-paragraph"),
    # "the (October 10) 80th anniversary of the founding of the WPK" ¶227; "on the rostrum of Tienanmen Square …
    # among 26 heads of state and government" ¶219
    Query("October 10 WPK anniversary 26 heads of state rostrum", "eca32116", "cross-paragraph"),
    # "a Virtual Summit of the ten full members" ¶449; "psychological warfare", "the representatives of India and
    # Ethiopia" ¶451; "on modern, flexible foundations" ¶465
    Query("ten full members Ethiopia psychological warfare flexible foundations", "e065690c", "cross-paragraph"),
    # "The victory of China is the victory of the Bolivarians" ¶39; "Vice President Delcy Rodríguez" ¶33/53; "the
    # sculpture also represents recognition … the firm determination of both countries" ¶47
    Query("Bolivarians Delcy Rodríguez sculpture firm determination", "f78fdcd6", "cross-paragraph"),
    # "Hollywood film makers produced dozens of films … a Nazi for his part in the Holocaust" ¶125; "David Horsley is
    # also the author of a booklet on the life of Claudia Jones" ¶123
    Query("Hollywood dozens of films Holocaust David Horsley booklet", "ccf1d4fa", "cross-paragraph"),
    # "Xi Jinping meets leaders from Uzbekistan, Pakistan, Turkmenistan, Iran, Malaysia and Tajikistan" ¶203 (title
    # line; again ¶215); "President Mirziyoyev … is grateful … the improvement of people's livelihood" ¶209
    Query("Tajikistan Mirziyoyev livelihood grateful", "3a9fa4ed", "cross-paragraph"),
    # "Ken Hammond (Historian and China scholar)" ¶363; "14 years of war (1931-45)" ¶357; "on the Eastern and
    # Pacific fronts respectively" ¶353
    Query("Ken Hammond historian 1931-45 Eastern and Pacific fronts", "d89fdf72", "cross-paragraph"),
    # "Deng Xiaoping Theory, the Theory of Three Represents and the Scientific Outlook on Development" ¶383; "just
    # prior to the commencement of the military parade" ¶377
    Query("Scientific Outlook on Development military parade commencement", "38a7d84f", "cross-paragraph"),
    # "more than 100 million troops and civilians in all countries involved were injured or killed" line 7; "as
    # permanent members of the United Nations Security Council" line 9 (c061f0a1 ¶191 has "permanent members of the
    # United Nations Security Council" too, without the 100 million)
    Query("100 million troops and civilians permanent members Security Council", "424ab945", "cross-paragraph"),
    # "una fábrica de Lenovo … para llevar tecnología avanzada a escuelas rurales" ¶339; "los 'Centros del Partido,'
    # … pedir ayuda de los cadres" ¶345
    Query("Lenovo escuelas rurales Centros del Partido cadres", "dde32893", "cross-paragraph"),
    # "un sistema de platos hondos y frijoles" ¶315; "Compáralo con San Francisco o Nueva York, donde hay barrios
    # enteros de campamentos" ¶327
    Query("platos hondos y frijoles San Francisco campamentos", "dde32893", "cross-paragraph"),
    # Word forms: the text has another form
    # "Fuimos para Yan'an … El Ejército Rojo se reagrupó allá después de la Marcha Larga" ¶315 (reagrupó → reagrupa)
    Query("el Ejército Rojo se reagrupa en Yan'an tras la Marcha Larga", "dde32893", "word-form"),
    # "Xi stressed that …" ¶139/175; "They need to focus on the operation of the China-Laos Railway" ¶139/179
    # (stressed → stressing)
    Query("Xi stressing the operation of the China-Laos Railway", "20f574be", "word-form"),
    # Another script or romanisation
    # 中俄新时代 … 联合声明 (the Chinese title of the joint statement, line 20) in pinyin without tones
    Query("zhonge xinshidai lianhe shengming", "b39d8185", "translit"),
    # "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505; "the Daily Worker" ¶507; "a Hyde Park meeting" ¶525, in
    # Cyrillic
    Query("Лугоу, Марко Поло, Дейли Уоркер и Гайд-парк", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "President of the Republic of Cuba Miguel Díaz-Canel Bermúdez" ¶85; "Mao Zedong and Fidel Castro Ruz" ¶93
    # ("about Miguel Díaz-Canel and Mao Zedong"; 20f574be has Díaz-Canel without Mao)
    Query("о Мигеле Диас-Канеле и Мао Цзэдуне", "d807680a", "russian"),
    # "his meeting with Ivan Melnikov" line 6; "the Russian World War II veteran Lev Abramov" line 14 (dative: "to
    # Melnikov and Abramov")
    Query("Мельникову и Абрамову", "054ef6fb", "russian"),
    # Spanish
    # "Le preguntamos a un trabajador allí … y modestamente nos dijo" ¶335
    Query("un trabajador allí modestamente nos dijo", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Foreign Minister Subrahmanyam Jaishankar, with the absence of Prime Minister Narendra Modi", "the representatives
    # of India and Ethiopia" ¶451
    Query("贾伊尚卡尔 莫迪 埃塞俄比亚", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Ambassador Lan Hu" ¶33/43/53; "the erstwhile Japanese empire" ¶35/55
    Query("<@404> Lan Hu\u200b erstwhile Japanese empire", "f78fdcd6", "mention-noise"),
    # "the Friends Ambulance Unit", "whose expertise in radio engineering" ¶501
    Query("<#7070> Friends Ambulance Unit\u200b radio engineering", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    # "Egyptian Prime Minister Mostafa Madbouly" ¶405/413; "seawater desalination" ¶413
    Query("Madbouley desalinaton", "26d64f12", "typo"),
    # "Iranian President Masoud Pezeshkian" ¶451; "South African President Ramaphosa" ¶467 (and ¶451)
    Query("Pezeshkan Ramaphoza", "e065690c", "typo"),
    # Phrases
    Query("the sculpture also represents recognition", "f78fdcd6", "phrase"),  # ¶47
    # Questions
    # "Freedom Road Socialist Organization Central Committee member Sydney Loving" ¶297 (in Spanish ¶299/301/305)
    Query("what organisation does Sydney Loving belong to?", "dde32893", "question"),
    # "The Bloomberg financial news service further reported Lula as stating that, 'Tariff blackmail is being
    # normalised …'" ¶463
    Query("what did Bloomberg report Lula as saying?", "e065690c", "question"),
    # Topics
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed representing the United Arab Emirates (UAE)" at the BRICS Virtual
    # Summit ¶449–451
    Query("UAE crown prince at the BRICS summit", "e065690c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Jin Jing is a Xinhua correspondent on Liddell (7ab1f62c ¶287); the Tsinghua symposium is Keith Bennett's
    # (ac7222d4 ¶475)
    "Jin Jing Tsinghua symposium",
    # Pham Minh Chinh went to Tianjin for the SCO (362ba691 ¶79); the Buckingham Palace speech is Xi's of 2015
    # (ac7222d4 ¶479)
    "Pham Minh Chinh Buckingham Palace speech",
    # the Anna May Wong season "currently showing at the British Film Institute" (ccf1d4fa ¶111); nobody is said to
    # have opened it ("who opened the Anna May Wong film retrospective in London?")
    "кто открыл ретроспективу фильмов Анны Мэй Вонг в Лондоне?",
    # Twm Draper co-wrote the delegation report (6710eba1 ¶533); the Olympic 400 metres is Liddell's (7ab1f62c ¶287),
    # and no relay is mentioned
    "Twm Draper Olympic 400 metres relay",
    # rugby is nowhere in the corpus; Liddell's sport is the 400 metres (7ab1f62c ¶287) ("who played rugby with Eric
    # Liddell?")
    "кто играл в регби вместе с Эриком Лидделлом?",
    # KJ Noh is a webinar speaker (d89fdf72 ¶368); Maduro (f78fdcd6) gives no interview (the interview is Sydney
    # Loving's, dde32893)
    "KJ Noh interview with Maduro",
    # J.R. Campbell spoke at the Hyde Park meeting of 1937 (ac7222d4 ¶525); Tienanmen Square is 38a7d84f's and
    # eca32116's
    "J.R. Campbell speech on Tienanmen Square",
    # Li Jinxian speaks of memorial sites in Russia (097182f6 lines 1, 10); Venezuela is f78fdcd6's
    "Li Jinxian visit to Venezuela",
    # James MacManus wrote 'Ocean Devil' (ac7222d4 ¶489); Stamford Bridge is the Minyuan Stadium's model (7ab1f62c
    # ¶291); no article names both
    "Джеймс Макманус и Стэмфорд Бридж",
    # Claudia Jones is the subject of David Horsley's booklet (ccf1d4fa ¶123); the SCO summits are other articles'
    "Claudia Jones at the SCO summit",
    # Zheng Bofei is a Xinhua correspondent (7ab1f62c ¶287); the Caracas monument is f78fdcd6's
    "Zheng Bofei Caracas monument",
    # Lan Hu is China's ambassador in Caracas (f78fdcd6); the Olympics are Liddell's (7ab1f62c) ("Lan Hu and the
    # Olympic Games")
    "Лань Ху и Олимпийские игры",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Morag Ellisdale … found her grandmother's diary in a sea chest" ¶7; "put ashore at Lochaline … lodging in
    # Oban" ¶11
    Query("Morag Ellisdale sea chest Lochaline Oban", "0dc083e1", "cross-paragraph"),
    # "said Karen Oddfellow, now a lifeguard at the pool herself" ¶5; "it welcomed its four millionth swimmer" ¶11
    Query("Karen Oddfellow lifeguard four millionth swimmer", "bd2da83d", "cross-paragraph"),
    # "the school's head teacher, Miss Edith Cawthra" ¶9; "Councillor Harold Nuttgens" ¶17; "buses will be diverted
    # along Mill Brow" ¶11
    Query("Edith Cawthra Harold Nuttgens Mill Brow buses", "283811f5", "cross-paragraph"),
    # "Tam Rintoul, a joiner from Leith" ¶6; "thirty of us from Strathbrannock Harriers … at Balgarvie" ¶14
    Query("Tam Rintoul joiner Strathbrannock Harriers Balgarvie", "8f99e622", "cross-paragraph"),
    # "drove the collier brig Mary Ann onto Hithe Sands" ¶16; "'The Gondoliers' played to full houses at the Lyceum"
    # ¶13
    Query("collier brig Mary Ann Gondoliers Lyceum", "4b16931c", "cross-paragraph"),
    # "Club secretary Lorna Pettigrew" ¶25; "the club's Christmas shoot, with mince pies" ¶23; "returns to the
    # Temperance Hall" ¶21 (and ¶23)
    Query("Lorna Pettigrew mince pies Temperance Hall", "513a1e2b", "cross-paragraph"),
    # "Alderman Frank Oddie", "the first Hindmarsh shop opened in Chapel Row" ¶8; "the society's youth choir will sing
    # at the co-operative festival in Manchester" ¶16
    Query("Oddie Chapel Row Manchester youth choir", "1585c907", "cross-paragraph"),
    # "She was born Ivy Pennycuick" ¶5; "her jam roly-poly" ¶7; "Donations, if wished, to Pellwardine Hospice at Home"
    # ¶17
    Query("Ivy Pennycuick jam roly-poly Pellwardine Hospice", "363168af", "cross-paragraph"),
    # "the county coach, Rita Vance" ¶14; "Bernard Ockley, a founder member" ¶16; "the Division Two title at Gatley
    # Lane" ¶6
    Query("Rita Vance Ockley Gatley Lane", "eddda10f", "cross-paragraph"),
    # "written by Ann Skerrett, a dairymaid" ¶16; "Ann married a Puddletown thatcher in 1835" ¶18; "leaving the
    # Drovers at 10am" ¶11 ("from the Drovers" ¶22)
    Query("Ann Skerrett Puddletown thatcher Drovers", "276e18bd", "cross-paragraph"),
    # "Cuando Ghiggia hizo el segundo gol" ¶7; "El presidente del club, Walter Olivera" ¶17; "el club inauguró la
    # tribuna nueva" ¶15
    Query("Ghiggia Walter Olivera tribuna nueva", "4e7673bb", "cross-paragraph"),
    # "Руководитель клуба Галина Тетерина" ¶5/11; "через бухту Золотой Рог" ¶9; "с катера морского клуба" ¶13
    Query("Галина Тетерина Золотой Рог катер", "ba654109", "cross-paragraph"),
    # 退休工人顾永康，当年是上海飞机制造厂的一名钳工 ¶5; 还飞到过拉萨和乌鲁木齐 ¶9; 青少年航空模型培训班 ¶17
    Query("顾永康 钳工 拉萨 航空模型", "c71e5f41", "cross-paragraph"),
    # "Forays start from the Keeper's Lodge car park" ¶5 ("in the Lodge" ¶9); "The paths through Hagg Wood" ¶17; "a
    # spore-print table" ¶13
    Query("Keeper's Lodge Hagg Wood spore-print", "6007b2e7", "cross-paragraph"),
    # Word forms
    # "Mrs Ellisdale read the entry for Friday the 29th aloud" ¶13 (read → reads)
    Query("Mrs Ellisdale reads the entry for Friday the 29th aloud", "0dc083e1", "word-form"),
    # "Eric Liddell ran the 400 metres final at the Colombes stadium in Paris from the outside lane" ¶4 (ran →
    # running, irregular)
    Query("Eric Liddell running the 400 metres final from the outside lane at Colombes", "8f99e622", "word-form"),
    # "beating the holder by two shots" ¶9 (beating → beats)
    Query("Ivy Thrushwood beats the holder by two shots", "363168af", "word-form"),
    # "The Mayor … swam the first length himself on the Saturday morning" ¶8 (swam → swims, irregular)
    Query("Coxhithe Mayor swims the first length himself on the Saturday morning", "4b16931c", "word-form"),
    # "A gale on the night of the 2nd drove the collier brig Mary Ann onto Hithe Sands" ¶16 (drove → drives,
    # irregular)
    Query("gale drives the collier brig onto Hithe Sands", "4b16931c", "word-form"),
    # "The Fallowby Toxophilites shot their first arrows at the new Mill Field range" ¶5 (shot → shooting, irregular;
    # 64a862ba ¶13 has a shoot on Mill Field, not the first arrows)
    Query("Toxophilites shooting their first arrows at Mill Field", "2d12f1a5", "word-form"),
    # "opened a small store at 31 Toad Lane, Rochdale, selling butter, sugar, flour and oatmeal" ¶6; "the Pioneers'
    # example" ¶8 (selling → sells)
    Query("the Rochdale Pioneers' store sells butter, sugar, flour and oatmeal", "1585c907", "word-form"),
    # "Галина Тетерина снимала стройку с 2009 года" ¶5 (снимала → снимает)
    Query("Галина Тетерина снимает стройку моста", "ba654109", "word-form"),
    # "Uruguay derrotó 2 a 1 a Brasil" ¶3 (derrotó → derrota)
    Query("Uruguay derrota a Brasil en el Maracaná", "4e7673bb", "word-form"),
    # Another script or romanisation
    # "Eric Liddell" ¶4, "the Colombes stadium" ¶4, "Tam Rintoul" ¶6, in Cyrillic
    Query("Лидделл, Коломб и Тэм Ринтул", "8f99e622", "translit"),
    # "St Kilda" ¶3, "Hirta" ¶5, "Oban" ¶11, in Cyrillic
    Query("Сент-Килда Хирта Обан", "0dc083e1", "translit"),
    Query("Толпаддл Дорчестер", "276e18bd", "translit"),  # "Tolpuddle" ¶4/11/20, "Dorchester" ¶16, in Cyrillic
    Query("Рочдейл Тоуд-Лейн", "1585c907", "translit"),  # "31 Toad Lane, Rochdale" ¶6 (Toad Lane ¶10/16), in Cyrillic
    # "Руководитель клуба Галина Тетерина" ¶5, "фотоклуб «Пролёт»" ¶3, in Latin letters
    Query("Galina Teterina fotoklub Prolyot", "ba654109", "translit"),
    Query("Gu Yongkang Yun-10", "c71e5f41", "translit"),  # 顾永康 ¶5/9/11 and 运-10 ¶3 in pinyin
    # 桐浜镇文化站 … “运-10与桐浜人”图片展 ¶11 (图片展 ¶19) in pinyin
    Query("Tongbang wenhuazhan tupianzhan", "c71e5f41", "translit"),
    # accents dropped: "VILLA ARAZATÍ" ¶1, "Don Eusebio Larrañaga" ¶7 (Larrañaga ¶11)
    Query("Villa Arazati Larranaga", "4e7673bb", "translit"),
    # "el estadio Maracaná" ¶3, "Ghiggia" ¶7, "Uruguay" ¶3/5, in Chinese characters
    Query("马拉卡纳 吉贾 乌拉圭", "4e7673bb", "translit"),
    Query("圣基尔达 赫塔", "0dc083e1", "translit"),  # "St Kilda" ¶3 and "Hirta" ¶5 in Chinese characters
    Query("Айви Трашвуд", "363168af", "translit"),  # "Ivy Thrushwood" ¶1/3/19 in Cyrillic
    Query("Гу Юнкан Тунбан", "c71e5f41", "translit"),  # 顾永康 ¶5 and 桐浜 ¶1/5 in Cyrillic (Palladius)
    # Russian
    # "фотоклуб «Пролёт» из Прибойнинска откроет выставку «Десять лет над Босфором»" ¶3
    Query("выставка «Десять лет над Босфором»", "ba654109", "russian"),
    # "открыли вантовый мост через пролив Босфор Восточный на остров Русский" ¶3
    Query("вантовый мост через пролив Босфор Восточный", "ba654109", "russian"),
    # "В воскресенье, 3 июля, в 12 часов Галина Тетерина проведёт экскурсию по выставке" ¶11
    Query("экскурсия по выставке в воскресенье", "ba654109", "russian"),
    # Spanish
    # "la recaudación se destinó a las luces de la cancha" ¶15
    Query("recaudación para las luces de la cancha", "4e7673bb", "spanish"),
    # "el sábado 17 habrá una muestra de fotos y recortes en la sede" ¶13
    Query("muestra de fotos y recortes en la sede", "4e7673bb", "spanish"),
    # "medio pueblo fue a esperar el ómnibus que traía los diarios de Montevideo" ¶9
    Query("el ómnibus que traía los diarios de Montevideo", "4e7673bb", "spanish"),
    # Chinese
    Query("运-10 首飞四十周年", "c71e5f41", "chinese"),  # 是运-10首飞四十周年 ¶3 (为纪念首飞四十周年 ¶11)
    # 他在厂里领到了先进工作者的奖状，这张奖状至今挂在他家的堂屋里 ¶9
    Query("先进工作者的奖状 堂屋", "c71e5f41", "chinese"),
    # 第一架大型喷气式客机运-10在上海大场机场首次试飞成功 ¶3
    Query("上海大场机场 大型喷气式客机", "c71e5f41", "chinese"),
    # Mentions and zero-width spaces
    # "said Karen Oddfellow" ¶5; "the open-air baths in Brook Street" ¶7 ("Brook Street School" ¶3; c20ed46f ¶5 has
    # the school, not Karen)
    Query("<@4410> Karen Oddfellow\u200b Brook Street", "bd2da83d", "mention-noise"),
    # "the club's road race on Saturday 13 July and the Liddell mile on Sunday 21 July" ¶18
    Query("@everyone Liddell mile\u200b road race", "8f99e622", "mention-noise"),
    # "exhibition of the Skerrett letters" ¶7 (the letters again ¶16–18)
    Query("<#9090> Skerrett letters\u200b exhibition", "276e18bd", "mention-noise"),
    # Typos
    # "The Toxophilites … marked their centenary" ¶13; "the back room of the Wagon and Horses" ¶13 (again ¶15)
    Query("Toxophilits centenery Wagon and Horses", "64a862ba", "typo"),
    Query("Scarowdale fungus forrays", "6007b2e7", "typo"),  # "SCARROWDALE WOODS — AUTUMN FUNGUS FORAYS" ¶1
    # "PELTERHAM TABLE TENNIS CLUB — Spring newsletter" ¶1 (tabel: a transposition)
    Query("Pelterhm tabel tennis newsleter", "eddda10f", "typo"),
    # "CAWDERSLEY BOROUGH COUNCIL" ¶1; "The Cawdersley Courier" ¶9; "Fuller Street" ¶7–11, ¶17–19
    Query("Cawdersly Courrier Fuller Stret", "283811f5", "typo"),
    # Names
    Query("Margaret Hurstwood", "1585c907", "name"),  # "Margaret Hurstwood, Secretary" ¶22
    Query("Dev Kapoor", "eddda10f", "name"),  # "Dev Kapoor, secretary" ¶22
    Query("Tariq Hussain", "bd2da83d", "name"),  # "Pool manager Tariq Hussain" ¶11
    # Phrases
    Query("Nobody has forgotten how to string a bow", "513a1e2b", "phrase"),  # Lorna Pettigrew, ¶25
    Query("He ran like a man let out of school", "8f99e622", "phrase"),  # Tam Rintoul's diary, ¶8
    Query("We left the doors unlocked", "0dc083e1", "phrase"),  # the grandmother's diary, ¶11
    # Questions
    # "The last thirty-six people of St Kilda left Village Bay aboard HMS Harebell early on 29 August 1930" ¶3
    Query("when did the last people leave St Kilda?", "0dc083e1", "question"),
    # "who held their first meeting in the back room of the Wagon and Horses on 19 September 1899" ¶13
    Query("where did the Toxophilites first meet in 1899?", "64a862ba", "question"),
    # "If all goes to plan the pool will reopen on Saturday 2 September" ¶15 (the first full refit ¶13)
    Query("when will Ashcott Leisure Pool reopen after its first refit?", "19812177", "question"),
    # "Forays start from the Keeper's Lodge car park at 10am" ¶5
    Query("what time do the Scarrowdale forays start?", "6007b2e7", "question"),
    # "7.30pm, village hall: the closing supper" ¶14; "Tickets for the supper, £8" ¶22
    Query("how much are tickets for the Sturcombe closing supper?", "276e18bd", "question"),
    # Topics
    # "Black and white and fifty years old: Cawdersley celebrates the zebra crossing" ¶5; "the Mayor of Cawdersley
    # will repaint the first stripe" ¶7
    Query("zebra crossing fifty years repaint the first stripe", "283811f5", "topic"),
    # "the 150th anniversary of that first night's trading" ¶6; "a quarter of tea at the old prices" ¶10
    Query("co-operative 150th anniversary quarter of tea at the old prices", "1585c907", "topic"),
    # "six farm labourers from Tolpuddle … were arrested for swearing an oath to their friendly society" ¶4
    Query("Tolpuddle farm labourers arrested for swearing an oath", "276e18bd", "topic"),
    # "close for its first full refit" ¶13; "The Dolphins will train at Stanrigg baths" ¶15
    Query("pool refit Dolphins train at Stanrigg baths", "19812177", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Morag Ellisdale is of the Ardmurran Heritage Group (0dc083e1 ¶7); the Tolpuddle museum is Sturcombe's (276e18bd
    # ¶20)
    "Morag Ellisdale Tolpuddle museum",
    # Tariq Hussain manages Ashcott's pool (bd2da83d ¶11); the pelican crossings are Cawdersley's (283811f5 ¶15)
    "Hussain pelican crossings",
    # Lorna Pettigrew is the archers' secretary (513a1e2b ¶25); the county bowls champion is Ivy Thrushwood (363168af)
    "Lorna Pettigrew bowls champion",
    # Rita Vance coaches table tennis (eddda10f ¶14); archery (Fallowby's, 2d12f1a5) names no coach
    "Rita Vance archery coaching",
    # Karen Oddfellow is an Ashcott lifeguard (bd2da83d ¶5); Strathbrannock Harriers are the blogger's club (8f99e622)
    "Karen Oddfellow Strathbrannock Harriers",
    # Walter Thrushwood was "a railway signalman" (363168af ¶7); The Gondoliers is the Coxhithe society's (4b16931c
    # ¶13), with no cast named
    "Walter Thrushwood sang in The Gondoliers",
    # Bernard Ockley was a table tennis founder member (eddda10f ¶16); archery is Fallowby's
    "Bernard Ockley archery",
    # Cllr Dora Pennifold opened the pool in 1989 (c20ed46f ¶5, bd2da83d ¶3); the New Year splash is the 2023 cutting
    # (ce248be1 ¶21), which names nobody
    "Cllr Pennifold New Year splash",
    # Lorna Pettigrew is in the 2021 cutting (513a1e2b ¶25); the Mill Field lease is the 1986 cutting's (2d12f1a5 ¶5),
    # which names nobody
    "Lorna Pettigrew Mill Field lease",
    "who was the captain of HMS Harebell?",  # 0dc083e1 ¶3: the ship, no captain
    # "taken off by the pilot cutter at first light" (4b16931c ¶16); the cutter is not named
    "what was the Coxhithe pilot cutter called?",
    # "the new lamps were switched on on 20 April by the Mayoress" (4b16931c ¶10); no cost
    "what did the new lamps on the Coxhithe promenade cost?",
    # "Our own open tournament is on Saturday 5 and Sunday 6 May" (eddda10f ¶12), still to come; "a junior squad of
    # twenty-two" (¶4) is the club's, not the tournament's
    "how many juniors played in the Pelterham open tournament?",
    # "the members' meeting … will be held on Thursday 19 January in the Chapel Row hall" (1585c907 ¶14); no hour
    # (the store's "until 8pm", ¶10, is the anniversary opening)
    "what time does the Hindmarsh Vale members' meeting start?",
    # "when the Mayor will loose the first arrow" (2d12f1a5 ¶7); the Mayor is not named
    "which Mayor loosed the first arrow at Mill Field?",
    # "the club's history, 'A Hundred Years of Ends', goes on sale on the 8th" (64a862ba ¶15); no print run
    "how many copies of A Hundred Years of Ends were printed?",
    # Tam Rintoul "had saved for two years for the trip" (8f99e622 ¶6) and went home by the boat train (¶10); no lodging
    "where did Tam Rintoul sleep in Paris in 1924?",
    # "a trophy in her name will first be played for on 3 March next year" (363168af ¶15); no winner yet
    "who won the trophy in Ivy Thrushwood's name?",
    # "The Fuller Street crossing was painted on Monday 5 November 1951" (283811f5 ¶9); no painter
    "who painted the Fuller Street crossing in 1951?",
    # "Cuando Ghiggia hizo el segundo gol" (4e7673bb ¶7); the first goal's scorer is not named ("who scored Uruguay's
    # first goal at the Maracaná?")
    "¿quién hizo el primer gol de Uruguay en el Maracaná?",
    # "el domingo 18 un asado criollo en la cancha" (4e7673bb ¶13); no cook ("who cooks Sunday's asado?")
    "¿quién cocina el asado criollo del domingo 18?",
    # the bridge opened on 2 July 2012 (ba654109 ¶3); no builder ("who built the bridge to Russky Island?")
    "кто построил мост на остров Русский?",
    # "1 августа, мост открыли для всех машин" (ba654109 ¶5); no count ("how many cars crossed on 1 August?")
    "сколько машин проехало по мосту 1 августа?",
    "运-10 总设计师是谁",  # who was the Y-10's chief designer: c71e5f41 names only the fitter 顾永康
    "顾永康 今年多少岁",  # 顾永康 is a 退休工人 and 老人 (c71e5f41 ¶5, ¶11); no age
    # Tolworth is not in the corpus; the Division Two title is Pelterham's (eddda10f ¶6)
    "Tolworth table tennis Division Two title",
    # Ashford is not in the corpus (3 edits from Ashcott, whose pool's silver jubilee is bd2da83d)
    "Ashford leisure pool silver jubilee",
    # Barra is not in the corpus; the 1930 diary is of St Kilda (0dc083e1 ¶7–13)
    "Barra islanders diary 1930",
    # Paysandú is not in the corpus; the Maracaná anniversary is Villa Arazatí's (4e7673bb)
    "Paysandú Maracaná aniversario",
    # Nakhodka is not in the corpus; the photo club's exhibition is Priboyninsk's (ba654109)
    "Находка фотоклуб выставка",
    # Kirkwall is not in the corpus; the fungus forays are Scarrowdale's (6007b2e7)
    "Kirkwall fungus forays",
    # "the Ardmurran Heritage Group" (0dc083e1 ¶7); no membership or fee ("Admission to the talk is free", ¶21, is the
    # talk's)
    "how much does it cost to join the Ardmurran Heritage Group?",
    # "after a boiler part failed to arrive from Leeds" (4b16931c ¶8); no cost
    "how much did the boiler part for the Quay Road baths cost?",
    # the 1950 final "en el estadio Maracaná" (4e7673bb ¶3), heard on the radio (¶7); no attendance ("how many people
    # watched the match at the Maracaná?")
    "¿cuánta gente vio el partido en el Maracaná?",
    # "его снимки тоже есть в коллекции клуба" (ba654109 ¶9); no count ("how many photographs are in the club's
    # collection?")
    "сколько фотографий в коллекции фотоклуба «Пролёт»?",
    # 运-10后来又试飞了很多次 (c71e5f41 ¶9); no date of a second flight
    "运-10 第二次试飞 日期",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind151/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
