"""A thirty-ninth lookup query set, for tuning ranking in the eighteenth round: it is a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on
it, and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind36.py, an unscored blind set, and
  tests/queries_blind38.py, written at the same time as this one, were not opened and are not part of
  the check). A throwaway script compared the word set of every query (Latin and Cyrillic words,
  Chinese by character pairs, a few stop words left out) with every earlier query, and with the
  earlier queries of this set, while the set was being written; a query sharing more than half of its
  words with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind51/docs, copied as ONE
  corpus into a subfolder blind51/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 4 + 5 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 6 + 10 (another script or romanisation than the text: English
and other Latin-script names written as a Russian or Chinese newspaper transcribes them by sound,
Wade-Giles and postal spellings for pinyin names, Latin letters for Cyrillic and Chinese names, accents
dropped), russian 2 + 2, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 2 (Discord/Telegram mentions
and zero-width spaces around the real words), typo 3 + 3 (1–2 edits), name 2 + 2, phrase 2 + 2,
question 2 + 3, topic 2 + 2: 33 + 43 answerable, and 21 + 31 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in
another script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name; a question in the corpus's own words about
something it does not say; a place or person the corpus does not hold but spelled close to one it
does (two or more edits from anything real in it); a common word plus a name from another article;
Russian, Spanish and Chinese ones; date-like and number questions the text does not answer. Each
shares one or more words with its corpus on purpose (in another script for some of the seeds' ones),
and every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included)
holds all of the query's words.

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

# The new-documents corpus is assembled by copying tests/gold/blind51/docs/* into ONE temporary
# corpus folder under the subfolder blind51/: files are then "blind51/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind51/docs",)
NEWDOCS_SUBDIRS = ("blind51",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "d609f78e": "BLACKMERE FELL SHEEPDOG TRIALS",
    "97c290a2": "BRACKENLOCH, Thursday 4 September 2014",
    # en_dunharrow_chronicle_digest.txt, split by the loader: the header (¶1–2), the carnival queen
    # (¶6–12), the footbridge (¶16–22), the Christmas lights (¶26–31); the "=== From our issue … ==="
    # datelines (¶4, ¶14, ¶24) belong to none of them
    "0d0d762b": "THE DUNHARROW CHRONICLE: PAGES FROM THE PAST",
    "c36dc514": "CARNIVAL QUEEN CROWNED IN THE RAIN",
    "13ccd50c": "NEW FOOTBRIDGE OPEN AT LAST",
    "19d30f1a": "FIFTY YEARS OF LIGHTS",
    "10c9df47": "FELLWATER ORIENTEERS",
    "a0cd5c47": "Records & Memories",
    "f21b6ec7": "HARNWICK ADVERTISER",
    "c80a6eab": "HARROWMERE RINGING STATION",
    "fcdb66bf": "HEPTHORNE BOROUGH COUNCIL",
    "7b94019a": "PRESS RELEASE",
    "e91f563b": "THE SKARVOE GAZETTE · Friday 4 January",
    # en_skarvoe_gazette_cuttings_digest.txt, split by the loader: the header (¶1–2), the tanker
    # aground (¶6–13), the rebuilt pier (¶19–25), the kirk's 150 years (¶31–37); the bracketed
    # datelines (¶4, ¶17, ¶29) and the rules (¶15, ¶27) belong to none of them
    "b845fdd0": "FROM THE FILES OF THE SKARVOE GAZETTE",
    "fe01b00b": "TANKER AGROUND AT GARTHS NESS: OIL ON THE SHORE",
    "ad44f8b4": "REBUILT PIER OPENS FOR THE SEASON",
    "3a2c2d94": "KIRK MARKS 150 YEARS",
    "c8af2134": "WENSLEIGH COURIER · Thursday 5 March 2009",
    "63c1675e": "Torremolar del Campo, 25 de julio de 2022",
    "6998dbbd": "Кедровый Лог, 15 июля 2025 года",
    "ffb07773": "【青桐镇讯】2010年9月22日",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Michael Lindsay ¶501; Gung Ho (the Chinese Industrial Cooperatives) ¶497; Hogg's tetanus ¶483/499
    Query("Michael Lindsay Gung Ho tetanus", "ac7222d4", "cross-paragraph"),
    # "The Lao News Agency KPL reported … expressed satisfaction" ¶163; President Kaysone Phomvihane ¶167
    Query("Kaysone Phomvihane KPL satisfaction", "20f574be", "cross-paragraph"),
    # "a military confidence-building mechanism" ¶433; "adopted 24 outcome documents" ¶443
    Query("confidence-building mechanism 24 outcome documents", "9e49ddff", "cross-paragraph"),
    # "los generales de terracota" ¶313; "la bodega de vino techada más grande de Asia" ¶335; Lenovo ¶339
    Query("terracota bodega de vino Lenovo", "dde32893", "cross-paragraph"),
    # Word forms: the text has another form
    # "Hungary and Bulgaria also sent senior representatives" ¶21
    Query("Hungarian and Bulgarian representatives", "faecd2e1", "word-form"),
    # the title "BRICS countries seek common stand on ‘tariff wars’" ¶447 (seek → sought, irregular)
    Query("BRICS sought a common stand", "e065690c", "word-form"),
    # "George Hogg came to China as a young idealist … a strong family background in pacifism" ¶493
    Query("Hogg's idealism and pacifist background", "ac7222d4", "word-form"),
    Query("hambruna provocada por el hombre", "dde32893", "word-form"),  # "las hambrunas provocadas por el hombre" ¶313
    # Another script or romanisation
    # Wade-Giles for "Mao Zedong Thought, Deng Xiaoping Theory" ¶383 (Mao alone is in five other articles)
    Query("Mao Tse-tung Teng Hsiao-ping", "38a7d84f", "translit"),
    # postal and Wade-Giles spellings of Yan'an ¶535/557 and Dunhuang ¶537/539; dde32893 has both ¶307/315/325
    Query("Yenan Tunhuang", "6710eba1", "translit", also=("dde32893",)),
    Query("Джордж Хогг Реви Алли", "ac7222d4", "translit"),  # George Hogg ¶477–493, Rewi Alley ¶495 in Cyrillic
    # King Norodom Sihamoni, Queen Mother Norodom Monineath Sihanouk ¶235/239/241 in Cyrillic
    Query("Сиамони Монинеат", "5a5d8582", "translit"),
    Query("Шаньдань Бейли", "ac7222d4", "translit"),  # the Shandan Bailie School ¶483/501 in Cyrillic
    # "the Ba Dinh Square in Hanoi" ¶73; 20f574be: Thongloun in Hanoi, "the historic Ba Dinh Square" ¶143
    Query("Ханой Бадинь", "362ba691", "translit", also=("20f574be",)),
    # Russian (names written in Cyrillic, one of them declined)
    # Iranian President Masoud Pezeshkian, Indonesian President Prabowo Subianto ¶451
    Query("Масуд Пезешкиан Прабово Субианто", "e065690c", "russian"),
    Query("Ивану Мельникову", "054ef6fb", "russian"),  # "his meeting with Ivan Melnikov" 001 ¶6, in the dative
    # Spanish
    # "los aeropuertos donde solo te paras frente a una cámara" ¶329
    Query("aeropuertos donde te paras frente a una cámara", "dde32893", "spanish"),
    Query("el tren normal también fue genial", "dde32893", "spanish"),  # "pero el tren normal también fue genial" ¶329
    # Chinese (names in Chinese characters)
    Query("陈卫华 中国日报", "d89fdf72", "chinese"),  # "Chen Weihua (Former EU bureau chief of China Daily)" ¶364
    Query("天津 民园体育场", "7ab1f62c", "chinese"),  # Liddell in Tianjin ¶289/291, the Minyuan Stadium ¶291
    # Mentions and zero-width spaces around the real words
    Query("<@8812> \u200bKen Hammond historian", "d89fdf72", "mention-noise"),  # "Ken Hammond (Historian …)" ¶363
    # "the 2008 publication of James MacManus's biography, ‘Ocean Devil’" ¶489
    Query("@here \u200bJames MacManus\u200b 2008 publication", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    Query("Mostafa Madbuly", "26d64f12", "typo"),  # Egyptian Prime Minister Mostafa Madbouly ¶405/411/413
    Query("Luong Coung", "362ba691", "typo"),  # Vietnamese President Luong Cuong ¶71
    Query("Lev Abromov veteran", "054ef6fb", "typo"),  # "the Russian World War II veteran Lev Abramov" 001 ¶14
    # Names
    Query("Robert Fico Denis Sassou", "faecd2e1", "name"),  # Robert Fico ¶13, Denis Sassou Nguesso ¶23
    # webinar speakers ¶367 and moderator ¶369; ac7222d4 names Keith Bennett only ¶475
    Query("Keith Bennett Radhika Desai", "d89fdf72", "name"),
    # Phrases
    # "his grave in what has now become a playing field in a school training new technicians" ¶497
    Query("a playing field in a school training new technicians", "ac7222d4", "phrase"),
    # "Hollywood film makers produced dozens of films based on that conflict" ¶125
    Query("dozens of films based on that conflict", "ccf1d4fa", "phrase"),
    # Questions
    # "organised jointly by the International Manifesto Group and Friends of Socialist China" ¶373
    Query("who organised the webinar?", "d89fdf72", "question"),
    # "Li Jinxian, director of the Memorial Work Department of the Veterans' Affairs Ministry of China" 000 ¶1
    Query("which ministry does Li Jinxian work for?", "097182f6", "question"),
    # Topics
    # Hogg as headmaster, "caring for children orphaned by Japan's brutal war of aggression" ¶483
    Query("children orphaned by Japan's war", "ac7222d4", "topic"),
    # "The British survivors from the Japanese Far East prisoner-of-war camps were all required not to talk
    # about their ordeals in captivity" ¶277; POW camps ¶275/281
    Query("POW survivors required not to talk about captivity", "7ab1f62c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Nguesso Brazzaville visit",  # Sassou Nguesso (faecd2e1) met Xi in Beijing; Brazzaville is never named
    "Ramaphosa Nelson Mandela",  # Ramaphosa (e065690c) at the BRICS summit; no Mandela
    "Лавров Пхеньян",  # Lavrov (097182f6) spoke in Wonsan; Pyongyang is never named
    "南京大屠杀 纪念馆",  # 纪念 in the Chinese title (b39d8185 ¶20); no Nanjing massacre, no memorial hall
    "抗日战争 台儿庄战役",  # 抗日战争 (b39d8185 ¶20); the battle of Taierzhuang is never mentioned
    # Lukashevich is 3+ edits from Lukashenko (0e5d6094); Belarus (0e5d6094, 20f574be) names no foreign minister
    "Lukashevich Belarus foreign minister",
    # Liddell (7ab1f62c) was born in 1902 ¶289 and died in a Japanese camp ¶275/285; no date of death
    "how old was Eric Liddell when he died?",
    "Mirziyoyev Samarkand",  # Mirziyoyev (3a9fa4ed) met Xi in Beijing; no Samarkand
    "Mostafa Madbouly Suez Canal",  # Madbouly (26d64f12): trade, desalination, electric vehicles; no Suez
    # Fidel Castro founded the friendship (d807680a ¶83/93, 20f574be ¶167); no visit to China is told
    "when did Fidel Castro visit China?",
    # Thongloun, the China-Laos Railway (20f574be); no Vientiane; the only station is Beijing's (eca32116)
    "Thongloun Vientiane station",
    # la Marcha Larga (dde32893 ¶315), the Long March (6710eba1 ¶557): no duration; días are the 10-day trip
    "¿cuántos días duró la Marcha Larga?",
    "Jodie Evans Gaza flotilla",  # Jodie Evans (d89fdf72), a webinar speaker only
    "Guterres Zhongnanhai",  # Guterres (26d64f12) met Xi in Tianjin; Zhongnanhai (5a5d8582) is the King's meeting
    # Dunhuang, "el turismo interno" (dde32893 ¶325): no visitor numbers
    "¿cuántos turistas visitan Dunhuang cada año?",
    "Мнангагва Хараре",  # Mnangagwa (faecd2e1) in Beijing; Harare is never named
    "Фицо покушение",  # Fico (faecd2e1) at the commemoration; no assassination attempt
    "Pashinyan Karabakh",  # Pashinyan (0e5d6094): SCO, strategic partnership; no Karabakh
    "Kim Jong Un Wonsan resort",  # Kim Jong Un (eca32116) in Beijing; Wonsan (097182f6) is where Lavrov spoke
    # Thongsing is 4 edits from Thongloun (20f574be); no Lao prime minister is named anywhere
    "Thongsing Thammavong Lao prime minister",
    "Sergei Shoigu Tianjin",  # Sergei Lavrov (097182f6); Tianjin (9e49ddff, 26d64f12 …); no Shoigu
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "by kind permission of the Tolley family" ¶5; the Blackmere Shield ¶15; "The first trials … had nine dogs" ¶20
    Query("Tolley family Blackmere Shield nine dogs", "d609f78e", "cross-paragraph"),
    # "By Alison Reekie" ¶5; "joined the crews as a deckhand in 1951" ¶13; "a restored motor launch" ¶21
    Query("Reekie deckhand motor launch", "97c290a2", "cross-paragraph"),
    # Comet Shoemaker-Levy 9 ¶8; Dr Ruth Amos ¶11; "the total lunar eclipse" ¶20–21
    Query("Shoemaker-Levy Ruth Amos lunar eclipse", "7b94019a", "cross-paragraph"),
    # SIGNALMAN ¶3; "he married Edna Pratt" ¶10; "a cab ride on the Dales steam special" ¶18
    Query("signalman Edna Pratt Dales steam special", "c8af2134", "cross-paragraph"),
    # "we hope for goldcrests" ¶15; "Please wear dull clothing" ¶17; "swallows and sand martins" ¶11
    Query("goldcrests dull clothing sand martins", "c80a6eab", "cross-paragraph"),
    # Word forms
    # "Her brother Magnus spent 9 and 10 January washing oiled sheep" ¶14
    Query("Magnus washed oiled sheep", "e91f563b", "word-form"),
    # CARNIVAL QUEEN CROWNED IN THE RAIN ¶6, "Kerry Mossop was crowned Dunharrow carnival queen" ¶8
    Query("crowning of Kerry Mossop", "c36dc514", "word-form"),
    # "while the bridge bearings are replaced" ¶10; Hepthorne Old Bridge ¶4/8
    Query("replacing Hepthorne bridge bearings", "fcdb66bf", "word-form"),
    Query("старт Союза-19 с Байконура", "6998dbbd", "word-form"),  # "с Байконура стартовал «Союз-19»" ¶5
    # "la asociación quiere plantar diecisiete olivos junto al polideportivo" ¶22–23
    Query("plantación de olivos junto al polideportivo", "63c1675e", "word-form"),
    # "Harnwick Rovers drew 2-2 in the cup replay" ¶19 (drew → draw, irregular)
    Query("Harnwick Rovers draw cup replay", "f21b6ec7", "word-form"),
    # Another script or romanisation
    Query("Фермин Качо", "63c1675e", "translit"),  # "vi ganar a Fermín Cacho" ¶11 in Cyrillic
    # accents dropped: "los Juegos Olímpicos de Barcelona" ¶5–6, "el estadio de Montjuïc" ¶6–7
    Query("Juegos Olimpicos Montjuic", "63c1675e", "translit"),
    Query("Leonov Kubasov", "6998dbbd", "translit"),  # "с Алексеем Леоновым и Валерием Кубасовым" ¶6 in Latin
    Query("Pyotr Ilyich Samarin", "6998dbbd", "translit"),  # "учитель физики Пётр Ильич Самарин" ¶11 in Latin
    Query("Zhou Deming", "ffb07773", "translit"),  # 老队员周德明 ¶9/17 in pinyin
    Query("Qingtong zhen pingpang dui", "ffb07773", "translit"),  # 青桐镇老乒乓队 ¶3 (乒乓队 ¶9/11) in pinyin
    Query("伊娜·哈尔克罗", "e91f563b", "translit"),  # Ina Halcrow ¶9 in characters
    Query("吉米·亨德里克斯", "a0cd5c47", "translit"),  # "Jimi Hendrix had died in London" ¶12 in characters
    Query("舒梅克-列维", "7b94019a", "translit"),  # Comet Shoemaker-Levy 9 ¶8 in characters
    Query("Тэм Гиллис", "97c290a2", "translit"),  # Tam Gillies ¶13 in Cyrillic
    # Russian
    Query("кружок открыл в школе небольшой планетарий", "6998dbbd", "russian"),  # ¶15–16
    Query("поймать сигнал с космической станции", "6998dbbd", "russian"),  # ¶18
    # Spanish
    Query("comida de hermandad en la plaza Mayor", "63c1675e", "spanish"),  # ¶18–19
    Query("guardaba las acreditaciones en el estadio", "63c1675e", "spanish"),  # ¶10–11
    # "inauguró una pequeña sala con fotos y uniformes en la casa de cultura" ¶16
    Query("sala con fotos y uniformes en la casa de cultura", "63c1675e", "spanish"),
    # Chinese
    Query("文化站门口看直播", "ffb07773", "chinese"),  # 全镇几百人挤在文化站门口看直播 ¶7
    Query("坐了一夜火车去北京", "ffb07773", "chinese"),  # ¶9
    Query("挂上了一块纪念牌", "ffb07773", "chinese"),  # 老队员们在文化站旧址挂上了一块纪念牌 ¶13
    # Mentions and zero-width spaces
    # Last of the ferrymen ¶3; "met on the Brackenloch slipway" ¶8
    Query("<@112233> \u200bBrackenloch slipway ferrymen", "97c290a2", "mention-noise"),
    # HARROWMERE RINGING STATION ¶1; "with a dawn chorus walk" ¶10
    Query("@everyone Harrowmere dawn chorus walk\u200b", "c80a6eab", "mention-noise"),
    # Typos
    # Hepthorne with two letters transposed; Old Bridge ¶4/8 (13ccd50c has "the old timber bridge" ¶19)
    Query("Hepthrone Old Bridge", "fcdb66bf", "typo"),
    Query("Wensleigh Juncton signal box", "c8af2134", "typo"),  # "the signal box at Wensleigh Junction" ¶5
    Query("Felwater orienteers newsletter", "10c9df47", "typo"),  # FELLWATER ORIENTEERS ¶1, Newsletter ¶2
    # Names
    Query("Dennis Orme", "f21b6ec7", "name"),  # "LOOKING BACK, with Dennis Orme" ¶2
    Query("Ann Bewley", "13ccd50c", "name"),  # "Councillor Ann Bewley is first across" ¶21
    # Phrases
    Query("the G site is black as ink", "7b94019a", "phrase"),  # ¶12
    Query("cut the rope with his own gutting knife", "ad44f8b4", "phrase"),  # ¶22
    # Questions
    # "The summer boat to Fair Haven will run from 1 June to 30 September" ¶24 (e91f563b: creel boats ¶19)
    Query("when does Skarvoe's summer boat run?", "ad44f8b4", "question"),
    # "Last year's trials (8–10 August) had 118 runs, a record." ¶20–21
    Query("how many runs were there at last year's Blackmere trials?", "d609f78e", "question"),
    # "The Wensleigh branch closed to passengers on 26 April 1954" ¶13
    Query("when did the Wensleigh branch close to passengers?", "c8af2134", "question"),
    # Topics
    # washing oiled sheep ¶14, the clean-up ¶16, the spill ¶20; fe01b00b: the Braer's oil on the shore ¶6–11
    Query("oil spill clean-up oiled sheep", "e91f563b", "topic", also=("fe01b00b",)),
    # "worked the car ferries across the Forth" ¶7; "The ferries made their last crossings" ¶11
    Query("Forth ferries last crossing", "97c290a2", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Councillor Ann Bewley resignation",  # Councillor Ann Bewley (13ccd50c) crosses the footbridge; no resignation
    "Blackmere Shield winner 1985",  # the Blackmere Shield ¶15, the 1985 trials ¶20 (d609f78e); no winner named
    # Dr Ruth Amos (7b94019a) is alive and giving a talk; OBITUARY and a daughter Ruth are Wilfred's (c8af2134)
    "Dr Ruth Amos obituary",
    # the Forth Road Bridge opened, the ferries' last crossings (97c290a2); Queensferry is never named
    "when did the Queensferry Crossing open?",
    "Harrowgate ringing station",  # Harrowmere Ringing Station (c80a6eab) is 3 edits away; no Harrowgate
    "Hepworth Borough Council notice",  # Hepthorne Borough Council's notice (fcdb66bf); Hepworth is another place
    "Skerray pier regatta",  # Skarvoe's pier regatta (ad44f8b4); Skerray is 4 edits from Skarvoe
    # Torremolar's volunteers, los Juegos Olímpicos (63c1675e); Torremolinos is another town
    "Torremolinos voluntarios olímpicos",
    "Сосновый Бор школьный кружок",  # the school club (кружок) of Кедровый Лог (6998dbbd); no Сосновый Бор
    "Кубасов сварка в космосе",  # Кубасов (6998dbbd) named as crew only; no welding
    "сколько учеников в кружке?",  # the кружок (6998dbbd): its planetarium, its week; no number of pupils
    "¿quién encendió el pebetero olímpico?",  # Juegos Olímpicos (63c1675e); no cauldron, no torch
    "Fermín Cacho entrenador",  # Fermín Cacho (63c1675e) seen winning; no coach
    "周德明 孙子 名字",  # 周德明 and his 孙子们 (ffb07773 ¶17); no names given
    "青桐镇 人口",  # 青桐镇 (ffb07773): 几百人 at the broadcast; no population
    "亚运会 火炬传递",  # 亚运会 (ffb07773): opening, closing; no torch relay
    "Jimi Hendrix Isle of Wight",  # Hendrix's death (a0cd5c47 ¶12); no Isle of Wight
    "Marc Bolan car crash",  # Marc Bolan (a0cd5c47); "COMET CRASH" (7b94019a); no car crash
    "how old was Geordie Tait?",  # "the oldest creel man in the parish, Geordie Tait" (ad44f8b4 ¶21–22); no age
    "Wilfred Garside grandchildren",  # Wilfred Garside (c8af2134): a daughter Ruth, no grandchildren
    "Edna Pratt carnival queen",  # Edna Pratt (c8af2134) married Wilfred; the carnival queen is Kerry Mossop (c36dc514)
    # Hollinbeck Planetarium (7b94019a): dates and talks, no prices; tickets (97c290a2), "price £2" (d609f78e)
    "Hollinbeck Planetarium ticket prices",
    "who was the captain of the Braer?",  # the Braer (fe01b00b, e91f563b): "Her crew were lifted off"; no captain
    "name of the Skarvoe kirk minister",  # "the minister will read the same lesson" (3a2c2d94 ¶36), unnamed
    # Hepthorne Old Bridge (fcdb66bf): closures and repairs, no date of building; "built" is the kirk's (3a2c2d94)
    "when was Hepthorne Old Bridge built?",
    # the Round Table held the umbrellas (c36dc514 ¶9); charities are Harrowmere's (c80a6eab), Hollinbeck's (7b94019a)
    "Dunharrow Round Table charity",
    "how much did the Kiln Lane footbridge cost?",  # the footbridge at Kiln Lane (13ccd50c): dates only, no cost
    "Mill Lane gasworks explosion",  # "The new gasworks in Mill Lane were lit" (f21b6ec7 ¶6); no explosion
    "Fair Haven lighthouse",  # the summer boat to Fair Haven (ad44f8b4 ¶24); no lighthouse
    "Tam Gillies sheepdog trials",  # Tam Gillies (97c290a2), a ferry deckhand; sheepdog trials (d609f78e)
    # Comet Shoemaker-Levy 9 (7b94019a) hit Jupiter in 1994; its discovery is never dated
    "when was Comet Shoemaker-Levy 9 discovered?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind51/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
