"""A hundred-and-sixteenth lookup query set, for tuning ranking (written in the fifty-eighth session): a TUNING set,
not a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and
once used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind115.py and tests/queries_blind117.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some fifteen thousand seven hundred), and with the earlier queries of this set, while the set
  was being written; a query sharing more than half of its words with any one of them was replaced. The
  seeds are exhausted: every name, pair of names, transcription, short phrase and plain question tried
  had been used already (about nine drafts in ten were near-copies), so the seed queries here are long
  joins of passages (five to nine words from two or three paragraphs), inflected Russian names and typos
  spread over several words, with no name queries and only one or two of most other kinds; the new
  documents carry the rest.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind128/docs, copied as ONE
  corpus into a subfolder blind128/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 12 + 13 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 1 + 10
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 3 + 12 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Spanish names in Cyrillic,
Latin letters for Cyrillic and Chinese names and words, pinyin without tones, accents dropped),
russian 4 + 5, spanish 1 + 5, chinese 1 + 4, mention-noise 2 + 4 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 3 + 5 (1–2 edits a word), name 0 + 5, phrase 1 + 5,
question 1 + 6, topic 2 + 6: 31 + 80 answerable, and 12 + 36 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
managed, carved, opened or lectured; what a father, a film or a talking picture was called; which crew
won; how much a roof, a monument or a relay station cost; how many lanterns, members or pounds of
honey; what time a coach left or a president arrived); a place the corpus does not hold (spelled two
or more edits from anything real in it, or simply absent) joined to a subject it does; Russian,
Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in another script
for some of the seeds' ones), and every article holding those words was read to confirm that none
answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind128/docs/* into ONE temporary
# corpus folder under the subfolder blind128/: files are then "blind128/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind128/docs",)
NEWDOCS_SUBDIRS = ("blind128",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "1de3c7aa": "COBLEY MILL ARTS",
    "1e93fcb6": "FEATHERED BLADES",
    "d2f45715": "HARLOWBECK & DISTRICT BEEKEEPERS' ASSOCIATION",
    "38e997b5": "HEMSFOLD PRIMARY SCHOOL",
    "2724b8ba": "LETTIE PENDARROW",
    "9c345383": "OSSENTHORPE EXAMINER",
    "bf2bf3aa": "PENMORROW TOWN COUNCIL",
    # en_penmorrow_gazette_digest.txt, split by the loader at its "* * *" rules: the Rooms' hundredth (¶1–7, titled by
    # its header line), the gig race (¶10–14), the painting at Tate Modern (¶17–23); the rules and the datelines of the
    # second and third cuttings (¶8–9, ¶15–16) belong to none of them
    "fbaa913c": "PENMORROW GAZETTE · Thursday 30 May 1991",
    "33433ae4": "GIG RACE RESCHEDULED",
    "1dad9b67": "A PENMORROW PAINTING ON BANKSIDE",
    # en_sandlemouth_advertiser_digest.txt, split the same way: cars out of Bridge Street (¶1–7, titled by its header
    # line), the Lit and Phil's hundredth (¶10–15), the Olympic flame (¶18–23); ¶8–9 and ¶16–17 belong to none
    "8ce9eb5f": "SANDLEMOUTH ADVERTISER · Saturday 8 March 1986",
    "d9e10ef2": "LIT AND PHIL AT ONE HUNDRED",
    "9406e114": "FLAME COMES TO TOWN TOMORROW",
    "b9904720": "STRATHKELVIE REMEMBERS DAVID LIVINGSTONE",
    "a4158666": "THE WRAGHOLT OBSERVER",
    "efba3fbc": "YEALMFORD CLUBHOUSE ERUPTS",
    "e60d9ec2": "PUERTO LEBRIJÓN RECUERDA A SUS GRUMETES",
    "195e982b": "ОСИНОБОРСК. Понедельник, 5 ноября.",
    "305e638b": "芦湾中学天文社纪念“天问一号”着陆火星两周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "President Khurelsukh said … the principle of amity, sincerity, mutual benefit" ¶199; "Our ancestors, fathers and
    # grandfathers paid an enormous price" ¶195
    Query("Khurelsukh amity sincerity ancestors fathers grandfathers", "c061f0a1", "cross-paragraph"),
    # "it is an honour to be invited to China to witness this grand event … justice will prevail" ¶19 (Fico ¶13/19);
    # "Slovakia was the only member state of NATO" ¶21
    Query("Fico honour witness grand event justice will prevail NATO", "faecd2e1", "cross-paragraph"),
    # "biodiversity … brain sciences" ¶105; "the 65th anniversary of the establishment of diplomatic relations" ¶87;
    # "Mao Zedong and Fidel Castro Ruz" ¶93
    Query("biodiversity brain sciences 65th anniversary Fidel Castro Ruz", "d807680a", "cross-paragraph"),
    # "the General Secretary of the United Left Movement Party of the Dominican Republic" ¶159; "the 50th anniversary of
    # the establishment of the Lao PDR" ¶165; "President Kaysone Phomvihane" ¶167
    Query("Dominican Republic United Left Movement Kaysone 50th anniversary Lao PDR", "20f574be", "cross-paragraph"),
    # "have withstood the test … mutual assistance in trying times" ¶239; "combat online gambling and telecom fraud"
    # ¶247
    Query("withstood the test trying times combat online gambling", "5a5d8582", "cross-paragraph"),
    # "he taught at an Anglo-Chinese college" ¶291; "in 47.6 seconds" ¶287; "Born in 1902 to Scottish missionary
    # parents" ¶289
    Query("Anglo-Chinese college 47.6 seconds 1902 missionary parents", "7ab1f62c", "cross-paragraph"),
    # "formed a great wall with flesh and blood to defend the nation" ¶381; "Xi hosted a lunch … for visiting foreign
    # heads of state and government, … and the relatives of international friends" ¶385
    Query("great wall with flesh and blood lunch foreign heads of state relatives", "38a7d84f", "cross-paragraph"),
    # "Progressive International, Freedom Road Socialist Organization, Workers World Party" ¶547; "Average life
    # expectancy was below 35" ¶555 (dde32893 ¶305 has "Internacional Progresista", in Spanish)
    Query(
        "Progressive International Freedom Road Workers World Party life expectancy 35", "6710eba1", "cross-paragraph"
    ),
    # "Black Liberation Alliance and Qiao Collective" ¶547; "Discussions at Fudan University … AI-driven renewable
    # energy management to robotics in industry" ¶541
    Query("Qiao Collective Fudan robotics AI renewable energy", "6710eba1", "cross-paragraph"),
    # "the three forces of terrorism, separatism and extremism … military confidence-building mechanism" ¶433; "carry
    # forward the Shanghai Spirit" ¶435
    Query(
        "three forces terrorism separatism extremism military confidence-building Shanghai Spirit",
        "9e49ddff",
        "cross-paragraph",
    ),
    # "the 2008 publication of James MacManus's biography" ¶489; "The same year saw the release of … 'The Children of
    # Huang Shi', … starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as … Chen Hansheng" ¶491
    Query("Hogg Chen Hansheng Huang Shi film 2008 Rhys Meyers MacManus", "ac7222d4", "cross-paragraph"),
    # "Ivan Melnikov, … State Duma's Deputy Speaker … the far East of Russia" line 6; "a solid foundation of friendship
    # through the battles … between the Northeast of China and the Far East of Russia" line 10
    Query(
        "Melnikov State Duma Deputy Speaker Northeast Far East solid foundation battles", "054ef6fb", "cross-paragraph"
    ),
    # Word forms: the text has another form
    # "En Jiayuguan, visitamos JISCO" and "(sí, probamos el vino — delicioso)" ¶335 (visitamos → visitó, probamos →
    # probó; neither form is in the corpus)
    Query("la delegación visitó Jiayuguan y probó el vino", "dde32893", "word-form"),
    # Another script or romanisation (Russian inflection of the names)
    Query("с Робертом Фицо", "faecd2e1", "translit"),  # "Slovak Prime Minister Robert Fico" ¶13, in Cyrillic
    # "António Guterres" and "Egyptian Prime Minister Mostafa Madbouly" ¶405–413, in Cyrillic (instrumental case)
    Query("Гутеррешем и Мадбули", "26d64f12", "translit"),
    # "Eric Liddell … returned to Tianjin" ¶289 (and ¶291), in Cyrillic
    Query("Лидделлом в Тяньцзине", "7ab1f62c", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Pakistani Prime Minister Shehbaz Sharif" ¶211 and "Uzbek President Shavkat Mirziyoyev" ¶207 ("with Shehbaz
    # Sharif and Mirziyoyev")
    Query("с Шехбазом Шарифом и Мирзиёевым", "3a9fa4ed", "russian"),
    # "Thongloun Sisoulith" ¶135/153 and "Miguel Díaz-Canel Bermúdez" ¶155–167 (d807680a has Díaz-Canel only)
    Query("Тхонглуном Сисулитом и Диас-Канелем", "20f574be", "russian"),
    # "Jenny Clegg, writing for the Society for Anglo-Chinese Understanding" ¶513; "Her father, Arthur Clegg" ¶515
    # (Jenny Clegg is also a webinar speaker, d89fdf72 ¶366, without her father)
    Query("о Дженни Клегг и Артуре Клегге", "ac7222d4", "russian"),
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/197 and "Russian President Vladimir Putin" ¶187–195
    Query("Хурэлсухом Ухнаа и Путиным", "c061f0a1", "russian"),
    # Spanish
    # "las hambrunas provocadas por el hombre, el caudillismo … tan baja como 24 años … los generales de terracota y las
    # estatuas de mujeres nobles estaban rollizos" ¶313
    Query("rollizos terracota 24 años hambrunas caudillismo", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "reported by RIA Novosti" line 2; "Sergei Lavrov, who announced during a July event in the Korean city of Wonsan
    # that a monument … will be erected in the 'Patriots' military-patriotic park in the Moscow region" line 7, as
    # Xinhua writes the names
    Query("俄新社 拉夫罗夫 元山 莫斯科州", "097182f6", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "lifted the Chinese people out of poverty … through Belt and Road cooperation, earning global acclaim" ¶213
    Query("<@88> lifted out of poverty\u200b Belt and Road earning global acclaim", "3a9fa4ed", "mention-noise"),
    # "a permanent testament to the brave victory of resistance against the erstwhile Japanese empire" ¶35/55; "The
    # victory of China is the victory of the Bolivarians" ¶39
    Query("@everyone\u200b erstwhile Japanese empire permanent testament Bolivarians", "f78fdcd6", "mention-noise"),
    # Typos (1–2 edits)
    # "Uzbekistan congratulates China on hosting a successful SCO Tianjin Summit and believes that China's productive
    # presidency" ¶209 (Mirziyoyev ¶207/209)
    Query("Mirziyoyev Tainjin Sumit productive presidancy", "3a9fa4ed", "typo"),
    # "King Norodom Sihamoni" ¶235, "his wife Peng Liyuan met with the King … at Zhongnanhai" ¶237
    Query("Sihamony Zhongnanhay Peng Liyaun", "5a5d8582", "typo"),
    # "Dr. Norman Bethune", "Eric Liddell", "on the Burmese battlefield" ¶275
    Query("Bethume Liddel Burmese batlefield", "7ab1f62c", "typo"),
    # Phrases
    # "Michael Lindsay, …, whose expertise in radio engineering was much appreciated" ¶501
    Query("his expertise in radio engineering was much appreciated", "ac7222d4", "phrase"),
    # Questions
    # "The Chinese nation is a great nation that is never intimidated by any bullies and always values independence"
    # ¶381
    Query("what did Xi call the Chinese nation that is never intimidated by bullies?", "38a7d84f", "question"),
    # Topics
    # "In that war, which spread across Asia, Europe, Africa and Oceania, … paying the most painful price in human
    # history. … forged an unbreakable great friendship with blood" line 7
    Query("Oceania paying the most painful price unbreakable great friendship forged with blood", "424ab945", "topic"),
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed …, and the representatives of India and Ethiopia. … the absence of
    # Prime Minister Narendra Modi … his continued vacillation between … the imperialist camp" ¶451
    Query("Abu Dhabi crown prince Ethiopia Modi vacillation imperialist camp", "e065690c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Mnangagwa met Xi "In the morning" of September 4 (faecd2e1 ¶3–11); no gift is mentioned
    "what gift did Mnangagwa bring Xi to the September 4 meeting?",
    # "Liu Qibao visited the Russian World War II veteran Lev Abramov" (054ef6fb line 14); no length of the visit
    "how long did Liu Qibao's visit to Lev Abramov last?",
    # Twm Draper co-wrote the delegation's report (6710eba1 ¶533); Liddell's Paris Olympics are 7ab1f62c's (¶287–289)
    "Twm Draper Eric Liddell Paris Olympics",
    # Min Aung Hlaing met Xi in Tianjin (26d64f12 ¶405, ¶415–419); Kim Jong Un and Putin flanked Xi on the rostrum of
    # Tienanmen Square (eca32116 ¶219)
    "Min Aung Hlaing rostrum Tienanmen flanking",
    # Ambassador Lan Hu is in Caracas (f78fdcd6 ¶33–47, ¶53); Kim Jong Un's visit is eca32116's
    "Lan Hu Kim Jong Un",
    # Liddell (7ab1f62c) in Cyrillic; Shanghai is the delegation's (6710eba1 ¶535, ¶549; dde32893 ¶307, ¶339)
    "Лидделл в Шанхае",
    # Peng Liyuan (5a5d8582 ¶237) in Chinese characters; Havana is not in the corpus
    "彭丽媛 哈瓦那",
    # Nanjing is not in the corpus; Xi's speech is the Tienanmen Square one (38a7d84f ¶377)
    "Nanjing memorial hall Xi speech Tienanmen",
    # "held important meetings with … Putin and … Khurelsukh Ukhnaa on the morning of September 2" (c061f0a1 ¶187); no
    # arrival, no hour
    "what time did Putin arrive in Beijing for the talks with Xi and Khurelsukh?",
    # Ramaphosa is at the BRICS summit (e065690c ¶451, ¶467); Wonsan is Lavrov's (097182f6 line 7)
    "Ramaphosa Wonsan",
    # Jodie Evans is a webinar speaker (d89fdf72 ¶365); Fudan University is the delegation's (6710eba1 ¶541), and the
    # Dunhuang dialogue too (¶537)
    "Jodie Evans Fudan University dialogue",
    # Delcy Rodríguez is in Caracas (f78fdcd6 ¶33, ¶53); the Lugou 'Marco Polo' Bridge Incident is ac7222d4's (¶505)
    "Delcy Rodríguez Lugou bridge",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph (no blank-line block holds all the words; the digests' cuttings, one block each, have none)
    # "Make a willow-and-tissue lantern" ¶4; "WORKSHOPS (in the Old Granary, Cobley Mill)" ¶7; "hot chestnuts" ¶14;
    # "Willow, glue, tissue paper and battery candles are provided" ¶21
    Query("willow tissue lantern Old Granary hot chestnuts battery candles", "1de3c7aa", "cross-paragraph"),
    # "to watch Redgrave, Pinsent, Foster and Cracknell" ¶7; "the 'Jim Sowerby', after our oldest member" ¶15; "The club
    # dinner is on Saturday 8 December at the Anchor" ¶20
    Query("Redgrave Pinsent Jim Sowerby Anchor dinner", "1e93fcb6", "cross-paragraph"),
    # "FROM THE CHAIR (Edwina Askew)" ¶4; "both had fondant on them" ¶6; "Our thanks to Cattrick Farm" ¶23
    Query("Edwina Askew fondant Cattrick Farm", "d2f45715", "cross-paragraph"),
    # "the Christmas Fair … raised £1,240 for the library" ¶6–7; "Hemsfold Board School … heated by one stove" ¶14–15;
    # "everyone needs a clean handkerchief" ¶18
    Query("Christmas Fair library Board School stove handkerchief", "38e997b5", "cross-paragraph"),
    # "playing the piano for silent films at the Electric Palace" ¶7; "She married Ernest Pendarrow" ¶13; "to watch the
    # World Cup final" ¶15; "the Film Society's screening of 'Brief Encounter'" ¶24–25
    Query("Electric Palace Ernest Pendarrow World Cup Brief Encounter", "2724b8ba", "cross-paragraph"),
    # "Keith Brayshaw, then fourteen" ¶4; "Ladbrokes had us at 500 to 1" ¶11–12; "the club secretary, Pam Scargill" ¶26
    Query("Keith Brayshaw Ladbrokes Pam Scargill", "9c345383", "cross-paragraph"),
    # "the Mayor, Cllr Loveday Keast, will unveil a plaque" ¶10–11; "Grade II listed" ¶22; "Contact: Tamsin Roscorla"
    # ¶25
    Query("Loveday Keast plaque Tamsin Roscorla Grade II", "bf2bf3aa", "cross-paragraph"),
    # "born in a one-room tenement at Blantyre" ¶4; "found him dead at Chitambo's village" ¶18; "forty-one stitchers"
    # ¶24
    Query("Blantyre tenement Chitambo forty-one stitchers", "b9904720", "cross-paragraph"),
    # "led by nine-year-old Joanne Birtwhistle" ¶8; "Mrs Ezra Dunnage laid the foundation stone of the new Wesleyan
    # schoolroom" ¶19
    Query("Joanne Birtwhistle Ezra Dunnage Wesleyan schoolroom", "a4158666", "cross-paragraph"),
    # "Club president Harry Threlfall … at Twickenham" ¶8; "Megan Oddie, who coaches the under-12s … forty children in
    # face paint" ¶17–18
    Query("Harry Threlfall Twickenham Megan Oddie face paint", "efba3fbc", "cross-paragraph"),
    # "al mando de Alejandro Malaspina y de José de Bustamante" ¶5; "el Ayuntamiento colocó una lápida … obra de la
    # escultora local Remedios Galván" ¶11–14
    Query("Malaspina Bustamante Remedios Galván lápida", "e60d9ec2", "cross-paragraph"),
    # "он слушал по радио сообщения о пожаре в Останкине" ¶12–13; "районный радиоклуб проведёт слёт юных связистов" ¶20
    Query("пожаре в Останкине слёт юных связистов", "195e982b", "cross-paragraph"),
    # 社长方雨桐 ¶9; 指导老师周建平 ¶18; 到文昌参观航天发射场 ¶18 (文昌 also ¶5, ¶13)
    Query("方雨桐 周建平 文昌", "305e638b", "cross-paragraph"),
    # Word forms
    # "the whole club sat up in the boathouse bar" ¶6 (sat → sitting, irregular; "sitting" is not in the corpus)
    Query("the whole club sitting up in the boathouse bar", "1e93fcb6", "word-form"),
    # "our oldest member, who is 91 and still coxes on Wednesdays" ¶15 (coxes → coxing)
    Query("Jim Sowerby coxing on Wednesdays", "1e93fcb6", "word-form"),
    # "Bob Willis took eight for 43 to beat Australia" ¶5, "watched Willis take eight wickets" ¶15 (took → taking)
    Query("Willis taking eight for 43 at Headingley", "9c345383", "word-form"),
    # "She talked her way into the projection box instead" ¶9 (talked → talks; "Talks" is in d2f45715 ¶14, as a noun)
    Query("Lettie Pendarrow talks her way into the projection box", "2724b8ba", "word-form"),
    # "Fifteen-year-old swimmer Lily Stobart will carry it along the promenade" ¶21 (carry → carrying)
    Query("Lily Stobart carrying the Olympic flame along the promenade", "9406e114", "word-form"),
    # "Snow closed the moor road to Haverbeck from the 3rd to the 6th" ¶11 (closed → closing; "Closing service" is in
    # b9904720 ¶22)
    Query("snow closing the moor road to Haverbeck", "a4158666", "word-form"),
    # "Julián murió de fiebres en Acapulco en 1791" ¶7 (murió → muere)
    Query("Julián muere de fiebres en Acapulco", "e60d9ec2", "word-form"),
    # "las corbetas Descubierta y Atrevida, que zarparon de Cádiz el 30 de julio de 1789" ¶4 (zarparon → zarpan)
    Query("las corbetas zarpan de Cádiz", "e60d9ec2", "word-form"),
    # "Пахомов вернулся в Осиноборск и запустил на Лысой горе первый в районе ретранслятор" ¶10 (запустил → запускает)
    Query("Пахомов запускает ретранслятор на Лысой горе", "195e982b", "word-form"),
    # "подписала акт о приёмке Останкинской телебашни … Среди монтажников, сдававших башню" ¶5–6, "Башню сдавали к 7
    # ноября" ¶8 (сдавали → сдают; genitive Останкинской телебашни → accusative)
    Query("монтажники сдают Останкинскую телебашню", "195e982b", "word-form"),
    # Another script or romanisation
    # "al mando de Alejandro Malaspina y de José de Bustamante" ¶5, in Cyrillic
    Query("Маласпина и Бустаманте", "e60d9ec2", "translit"),
    # "наш земляк Геннадий Пахомов" ¶7; "ОСИНОБОРСК" ¶1, "вернулся в Осиноборск" ¶10, in Latin letters
    Query("Gennadii Pakhomov Osinoborsk", "195e982b", "translit"),
    Query("Fang Yutong Zhou Jianping", "305e638b", "translit"),  # 社长方雨桐 ¶9, 指导老师周建平 ¶18, in pinyin
    Query("Luwan zhongxue tianwenshe", "305e638b", "translit"),  # 芦湾中学天文社 ¶1/8, in pinyin
    # "When Jonny Wilkinson's drop goal went over" ¶5; "Club president Harry Threlfall" ¶8, in Cyrillic
    Query("Джонни Уилкинсон Гарри Трелфолл", "efba3fbc", "translit"),
    # "David Livingstone was born … at Blantyre" ¶4; "From the Mill to the Zambezi" ¶8, in Chinese characters
    Query("利文斯通 布兰太尔 赞比西", "b9904720", "translit"),
    # accents dropped: "PUERTO LEBRIJÓN RECUERDA A SUS GRUMETES" ¶1; "los hermanos Julián y Tomás Bazán" ¶6–7
    Query("Puerto Lebrijon grumetes Tomas Bazan", "e60d9ec2", "translit"),
    # "Dilley went out to join Botham" ¶11; "Bob Willis" ¶5; "the day Headingley went mad" ¶4, in Cyrillic
    Query("Ботэм Уиллис Хедингли", "9c345383", "translit"),
    # "Tate Modern opened its doors" ¶18; "the Penmorrow painter Elowen Trenear" ¶20, in Cyrillic
    Query("Тейт Модерн Элоуэн Тренир", "1dad9b67", "translit"),
    # "Stanley dated to 10 November 1871" ¶16; "The meeting at Ujiji" ¶15–16; Livingstone ¶1/4, in Cyrillic
    Query("Ливингстон Стэнли Уджиджи", "b9904720", "translit"),
    # 天问一号 ¶1/3/5; 文昌航天发射场 ¶5, in pinyin
    Query("Tianwen yihao Wenchang hangtian fashechang", "305e638b", "translit"),
    # "ОСТАНКИНСКОЙ БАШНЕ — СОРОК ЛЕТ" ¶3, in Latin letters
    Query("Ostankinskoi bashne sorok let", "195e982b", "translit"),
    # Russian
    Query("юбилейная неделя в Доме культуры «Связист»", "195e982b", "russian"),  # ¶17
    # "Выставка фотографий «Сорок лет в эфире» открыта до 25 ноября" ¶19
    Query("«Сорок лет в эфире» открыта до 25 ноября", "195e982b", "russian"),
    # "Зимняя школа радиолюбителей … Записаться можно в Доме культуры по вторникам и четвергам" ¶21–22
    Query("зимняя школа радиолюбителей записаться по вторникам", "195e982b", "russian"),
    # "Keith Brayshaw, then fourteen, was there" ¶4; "after Bob Willis took eight for 43" ¶5 ("about Keith Brayshaw and
    # Bob Willis")
    Query("о Кейте Брейшоу и Бобе Уиллисе", "9c345383", "russian"),
    # "В субботу, 10 ноября, Пахомов проведёт для школьников экскурсию на ретранслятор" ¶17–18
    Query("когда Пахомов проведёт экскурсию для школьников?", "195e982b", "russian"),
    # Spanish
    # "La exposición «De Cádiz a Nutka» … podrá visitarse del 24 de julio al 20 de agosto en la antigua lonja" ¶17–18
    Query("exposición «De Cádiz a Nutka» en la antigua lonja", "e60d9ec2", "spanish"),
    # "llegará al puerto el buque escuela de la Armada" ¶18–19
    Query("buque escuela de la Armada", "e60d9ec2", "spanish"),
    # "las inscripciones se cierran el 2 de agosto en la Cofradía de Pescadores" ¶21
    Query("inscripciones de la regata en la Cofradía de Pescadores", "e60d9ec2", "spanish"),
    # "la lápida se perdió en las obras del muelle y nadie sabe dónde está" ¶12
    Query("la lápida se perdió en las obras del muelle", "e60d9ec2", "spanish"),
    # "Tomás, ya con diecisiete años, regresó andando a su casa de la calle del Agua" ¶9
    Query("¿cuántos años tenía Tomás Bazán cuando volvió a la calle del Agua?", "e60d9ec2", "spanish"),
    # Chinese
    Query("从文昌到乌托邦 图片展", "305e638b", "chinese"),  # 天文社在图书馆举办“从文昌到乌托邦”图片展 ¶13
    Query("火星车模型比赛", "305e638b", "chinese"),  # 天文社将在当天举办火星车模型比赛 ¶15
    Query("每周五晚上 天台观测点", "305e638b", "chinese"),  # 天文社每周五晚上开放学校天台观测点 ¶17
    # 在火星乌托邦平原南部预选着陆区成功着陆 ¶4; 祝融号火星车驶离着陆平台 ¶6
    Query("乌托邦平原 祝融号", "305e638b", "chinese"),
    # Mentions and zero-width spaces
    # "ends at the green with hot chestnuts and the Cobley Community Band" ¶14
    Query("<@123> Cobley Community Band\u200b", "1de3c7aa", "mention-noise"),
    # "the Roxy Film Society, which she founded, held its first screening on Friday 3 February 1978" ¶19–20
    Query("@everyone Roxy Film Society\u200b first screening", "2724b8ba", "mention-noise"),
    # "Swarm season: the swarm phone rota begins on Saturday 1 May" ¶16
    Query("<#42> swarm phone rota\u200b", "d2f45715", "mention-noise"),
    # "with the greasy pole, the crab-catching contest for under-tens and fireworks on the Saturday" ¶13
    Query("@here\u200b greasy pole crab-catching contest", "33433ae4", "mention-noise"),
    # Typos
    # "STRATHKELVIE REMEMBERS DAVID LIVINGSTONE", "Bicentenary Week" ¶1–2
    Query("Strathkelvy Livingstone bicentenery", "b9904720", "typo"),
    Query("Yealmfrod Threlfal", "efba3fbc", "typo"),  # "Yealmford" ¶3 on, "Harry Threlfall" ¶8
    Query("Harlowbek beekepers", "d2f45715", "typo"),  # "HARLOWBECK & DISTRICT BEEKEEPERS' ASSOCIATION" ¶1
    # "The Sandlemouth Literary and Philosophical Society" ¶11
    Query("Sandelmouth Literery Philosophical", "d9e10ef2", "typo"),
    # "OSSENTHORPE EXAMINER" ¶1, "the day Headingley went mad" ¶4
    Query("Ossenthrope Headingly", "9c345383", "typo"),
    # Names
    Query("Elowen Trenear", "1dad9b67", "name"),  # "the Penmorrow painter Elowen Trenear" ¶20
    Query("Hollis Marwick", "d2f45715", "name"),  # "'Varroa without tears' (Dr Hollis Marwick)" ¶14
    Query("Isla Lennie", "b9904720", "name"),  # "Talk by Dr Isla Lennie, 'The smoke that thunders'" ¶11
    Query("Alan Trevail", "2724b8ba", "name"),  # "She is survived by her nephew, Alan Trevail" ¶23
    Query("Antonio Reyes Moguer", "e60d9ec2", "name"),  # "El alcalde, Antonio Reyes Moguer" ¶22
    # Phrases
    Query("Varroa without tears", "d2f45715", "phrase"),  # ¶14
    Query("The smoke that thunders", "b9904720", "phrase"),  # ¶11
    Query("Names on the board behind the bar, please", "efba3fbc", "phrase"),  # ¶20
    Query("Half the couples in Penmorrow seem to have met at a Saturday dance", "bf2bf3aa", "phrase"),  # ¶17
    Query("every lantern is taken home afterwards", "1de3c7aa", "phrase"),  # ¶5
    # Questions
    # "Gather in the mill yard from 4pm; the procession leaves at 4.45pm" ¶13
    Query("when does the Cobley lantern procession leave the mill yard?", "1de3c7aa", "question"),
    # "Its first lecture, on the tides of the estuary, drew eleven listeners" ¶12–13
    Query("how many listeners came to the Lit and Phil's first lecture on the tides?", "d9e10ef2", "question"),
    # "Fifteen-year-old swimmer Lily Stobart will carry it along the promenade" ¶21
    Query("who carries the Olympic flame through Sandlemouth?", "9406e114", "question"),
    # "this year's Boxing Day row sets off at 10am on the 26th" ¶20–21
    Query("what time does the Elvingham Boxing Day row set off?", "1e93fcb6", "question"),
    # "The Roxy closed its doors on 30 November 1974 and became a bingo hall" ¶18
    Query("when did the Thurlcombe Roxy close and become a bingo hall?", "2724b8ba", "question"),
    # "The Assembly Rooms seat 420 and are Grade II listed" ¶22
    Query("how many seats do the Penmorrow Assembly Rooms have?", "bf2bf3aa", "question"),
    # Topics
    # "The pilot gig race that was called off in last week's south-westerly gale" ¶11; "clear the inner moorings" ¶14
    Query("pilot gig race south-westerly gale inner moorings", "33433ae4", "topic"),
    # "Traffic will be banned from Bridge Street … in a six-month trial … The Tuesday and Friday markets move" ¶3–5
    # ("ban" for "banned"; 9406e114 ¶22 closes Bridge Street for one day only, for the flame)
    Query("Bridge Street traffic ban six-month trial markets", "8ce9eb5f", "topic"),
    # "Tate Modern opened its doors … in the old Bankside power station … 'Harbour, Low Water'" ¶18–20
    Query("Tate Modern Bankside power station Harbour, Low Water", "1dad9b67", "topic"),
    # "Foot-and-mouth kept us off the towpath from March until 21 May, so we missed the spring heads" ¶12–13
    Query("foot-and-mouth towpath spring heads", "1e93fcb6", "topic"),
    # "The Assembly Rooms on Quay Street opened on Wednesday 3 June 1891 … A centenary dance" ¶2–5 ("ROOMS REACH THEIR
    # HUNDREDTH"); the council's release marks their 125th year (bf2bf3aa ¶6–9), naming no year
    Query("Assembly Rooms Quay Street hundredth centenary dance 1891", "fbaa913c", "topic", also=("bf2bf3aa",)),
    # "The Third Test began on Thursday 16 July 1981 … followed on … Botham … finished on 149" ¶8–13; "won a Test match
    # after following on" ¶16
    Query("Headingley 1981 follow-on Botham 149", "9c345383", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Elowen Trenear is the Penmorrow painter (1dad9b67 ¶20–23); the Roxy is Thurlcombe's cinema (2724b8ba)
    "Elowen Trenear Roxy cinema",
    # Joanne Birtwhistle led the Wragholt pool queue in 1983 (a4158666 ¶8); the Olympic flame is Sandlemouth's, carried
    # by Lily Stobart (9406e114 ¶19–21)
    "Joanne Birtwhistle Olympic flame",
    # Loveday Keast is Penmorrow's mayor in the release (bf2bf3aa ¶10, ¶17); the gig race is the Gazette's 1998 cutting
    # (33433ae4), which names no one
    "Loveday Keast gig race",
    # Threlfall is Yealmford's rugby club president (efba3fbc ¶8); the Western Terrace at Headingley is 9c345383's
    # (¶2–4)
    "Threlfall Western Terrace Headingley",
    # Megan Oddie coaches Yealmford's under-12s (efba3fbc ¶17); the AGM is the beekeepers' (d2f45715 ¶9, ¶22)
    "Megan Oddie beekeepers' AGM",
    # Edwina Askew chairs the beekeepers (d2f45715 ¶4, ¶15); the lantern parade is Cobley's (1de3c7aa)
    "Edwina Askew lantern parade",
    # Tamsin Roscorla is the council's communications officer (bf2bf3aa ¶25); Tate Modern is 1dad9b67's
    "Tamsin Roscorla Tate Modern",
    # Dr Isla Lennie talks on the Victoria Falls (b9904720 ¶11); "Varroa without tears" is Dr Hollis Marwick's
    # (d2f45715 ¶14)
    "Dr Isla Lennie Varroa talk",
    # Pam Scargill is Ossenthorpe's club secretary (9c345383 ¶26); the tea dance is the Assembly Rooms' (bf2bf3aa ¶14)
    "Pam Scargill tea dance",
    # Lily Stobart is the Sandlemouth swimmer with the flame (9406e114 ¶21); the Leisure Centre is Wragholt's (a4158666)
    "Lily Stobart Wragholt Leisure Centre",
    # Mrs J. Pickersgill is Hemsfold's headteacher (38e997b5 ¶27); Cobley Mill is 1de3c7aa's
    "Mrs J. Pickersgill Cobley Mill",
    # "had been promised the first length by the manager" (a4158666 ¶8); the manager is not named
    "who was the manager who promised the first length at the new Wragholt pool?",
    # "the carver has finished it just in time" (9c345383 ¶20); the carver is not named
    "who carved the memorial bench for Bob Willis?",
    # "The new roof was finished on 29 April, on time and within budget" (bf2bf3aa ¶18); no sum
    "how much did the new roof of the Penmorrow Assembly Rooms cost?",
    # "The centenary lecture, 'A Hundred Years of Sandlemouth Weather', is on Friday 3 June" (d9e10ef2 ¶14); no speaker
    "who gives the Sandlemouth centenary lecture on a hundred years of weather?",
    # "born above her father's bakery in Fore Street" (2724b8ba ¶4); the father is not named
    "what was the name of the baker who was Lettie Pendarrow's father?",
    # "Wednesday 20 March, 7.30pm: Film night in the Burgh Hall" (b9904720 ¶14); no title
    "title of the Burgh Hall film on Wednesday 20 March",
    # "At Bridgeholm Regatta on 16 and 17 June we won nothing" (1e93fcb6 ¶13); no winners named
    "which crew took the veterans' prize at Bridgeholm?",
    # the parade is on 30 November (1de3c7aa ¶13); no count of lanterns, this year's or last
    "how many lanterns were carried in last year's Cobley parade?",
    # "Mr Threlfall said the club would run a coach" (efba3fbc ¶20); no time, and the parade is only "talk" (¶19)
    "what time does the Yealmford coach leave for the London parade?",
    # the Honey Show's dates (d2f45715 ¶17) and "eleven hives" (¶6); no weight of honey
    "how much honey did the Harlowbeck hives produce last year?",
    # "when the Palace showed its first talking picture" (2724b8ba ¶8); the picture is not named
    "what was the first talking picture shown at the Electric Palace?",
    # "The official opening, by the Lord Lieutenant, is fixed for 25 March" (a4158666 ¶6–7); not named
    "which Lord Lieutenant opened the Wragholt Leisure Centre?",
    # Penzance is not in the corpus; the Assembly Rooms' 125 years are Penmorrow's (bf2bf3aa)
    "Penzance Assembly Rooms 125 years",
    # Edgbaston is not in the corpus; the 1981 Test of Botham and Willis is Headingley's (9c345383)
    "Edgbaston 1981 Botham Willis",
    # Murrayfield and the Six Nations are not in the corpus; Yealmford's final is the World Cup one in Sydney (efba3fbc)
    "Murrayfield Six Nations Yealmford",
    # Glasgow is not in the corpus; the bicentenary exhibition is Strathkelvie's, in the Burgh Hall (b9904720 ¶8)
    "Glasgow Livingstone bicentenary exhibition",
    # Blackpool is not in the corpus; the 25th birthday with free swimming is Wragholt's (a4158666 ¶23)
    "Blackpool leisure centre 25th birthday free swimming",
    # "запустил на Лысой горе первый в районе ретранслятор" (195e982b ¶10); no cost
    "сколько стоил ретранслятор Пахомова в Осиноборске?",
    # Новосибирск is not in the corpus; the forty-year-old tower is Ostankino's (195e982b ¶3–5)
    "Новосибирск телебашня сорок лет",
    # "un monumento a los dos hermanos, obra de la escultora local Remedios Galván" (e60d9ec2 ¶13–14); no cost
    "¿cuánto costó el monumento de Remedios Galván?",
    # "La regata de botes de remo … será el 5 y 6 de agosto" (e60d9ec2 ¶20); no winner, last year's was called off
    "¿quién ganó la regata de botes de remo?",
    # 芦湾中学天文社 (305e638b); no number of members (三百多名同学 ¶12 are the pupils who came to look at Mars)
    "芦湾中学 天文社 社员 人数",
    # 酒泉 is not in the corpus; the launch site is 文昌 (305e638b ¶5, ¶18), and the live broadcast was watched in the
    # school hall (¶8)
    "酒泉 天问一号 观看直播",
    # 祝融号火星车驶离着陆平台，到达火星表面 (305e638b ¶6); no distance driven
    "祝融号 行驶 多少米",
    # Bob Willis "died on 4 December 2019" (9c345383 ¶19); Jonny Wilkinson's drop goal is Yealmford's (efba3fbc ¶5)
    "Bob Willis Jonny Wilkinson drop goal",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind128/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
