"""A hundred-and-sixth lookup query set, for tuning ranking (written in the fifty-third session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample), as in tests/queries_blind56.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind105.py and tests/queries_blind107.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some fourteen thousand), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are close to exhausted: every two-name pair of people from one seed article, and most short phrases,
  names and transcriptions, had been used already, and nine in ten first drafts had to be rewritten, so
  the seed queries here are longer joins of passages, rarer transcriptions, inflected Russian and typos.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind118/docs, copied as ONE
  corpus into a subfolder blind118/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 9 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 5 + 8
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 3 + 12 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 5 + 3 (1–2 edits a word), name 2 + 3, phrase 3 + 3, question 4 + 5,
topic 3 + 4: 42 + 59 answerable, and 21 + 31 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
sang, conducted, founded or presided; who a tutor, a speaker, a captain or a boy was; when someone
retired or was appointed; how many votes, tickets, sailors or Scots; what time a plane landed, a cruise
set off or a dance began; what a prize, a ticket or a trip cost; which hotel or airline); a place the
corpus does not hold (spelled two or more edits from anything real in it, or simply absent) joined to a
subject it does; Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on
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

# The new-documents corpus is assembled by copying tests/gold/blind118/docs/* into ONE temporary
# corpus folder under the subfolder blind118/: files are then "blind118/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind118/docs",)
NEWDOCS_SUBDIRS = ("blind118",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "1d460735": "BENT STARLIGHT",
    "23f3b122": "BRACHMUIR COURIER",
    "95da328b": "CALDRIGG GAZETTE",
    "79977851": "CRANMOOR OPERA CIRCLE",
    "8db992df": "GATHERSBY SWING DANCE SOCIETY",
    # en_marrick_echo_assembly_hall_digest.txt, split by the loader: the hall (¶5–7), La Bohème (¶13–15), the organ
    # (¶21–24); the header (¶1), the datelines (¶3, ¶11, ¶19) and the "----" rules belong to none of them
    "678ee00e": "HALL REOPENS AFTER TWO YEARS",
    "63b04bfd": "A HUNDRED YEARS OF MIMI",
    "868bb9aa": "ORGAN FALLS SILENT FOR REPAIRS",
    "9ca49133": "QUILLMOOR PRIMARY SCHOOL",
    "6697efb4": "SOARBRIDGE MERCURY",
    "2df4bd80": "THRUSHEY MARSH NATURE RESERVE",
    "36a239a6": "LOWENBY ADVERTISER",
    "1d575787": "WRATHBY TOWN COUNCIL",
    # en_wrathby_gazette_digest.txt, split by the loader: the camera reopens in 1987 (¶5–8), the ballot box (¶14–18),
    # the record week of 2009 (¶24–27); the header (¶1), the datelines (¶3, ¶12, ¶22) and the rules belong to none
    "36807700": "CAMERA OBSCURA TURNS AGAIN",
    "19c85d2e": "THE SECRET OF THE BALLOT BOX",
    "c64cb21a": "RECORD WEEK ON THE KNOLL",
    "b470c044": "EL ECO DE PEÑALUENGA",
    "036c4e60": "МОРЕХОДСКИЙ ВЕСТНИК",
    "e6f77eb9": "雪松镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "an awakening agony that we should be aware of" ¶277; "Known as the 'Flying Scotsman'" ¶285
    Query("awakening agony Flying Scotsman", "7ab1f62c", "cross-paragraph"),
    # "una granja lechera" and "siendo de Texas" ¶335; "el caudillismo" ¶313
    Query("granja lechera Texas caudillismo", "dde32893", "cross-paragraph"),
    # "a speech entitled 'Forging Ahead in Solidarity and Cooperation'" ¶449; "the representatives of India and
    # Ethiopia" ¶451; "one-fifth of global trade" ¶459
    Query("Ethiopia Forging Ahead in Solidarity one-fifth of global trade", "e065690c", "cross-paragraph"),
    # "first published by Orinoco Tribune and Global Times" ¶49; "A sister power, a friendly power" ¶41; "recovered
    # more than half of their territory" ¶57
    Query("Global Times sister power half of their territory", "f78fdcd6", "cross-paragraph"),
    # "visited the Russian city from Sept. 23-27" line 4; "the Russian World War II veteran Lev Abramov" line 14
    Query("Sept. 23-27 Lev Abramov veteran", "054ef6fb", "cross-paragraph"),
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495; "The sixty-odd peasant and refugee kids" ¶497;
    # "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505
    Query("Marco Polo Bridge Incident Rewi Alley sixty-odd peasant kids", "ac7222d4", "cross-paragraph"),
    # "an international symposium … all of Tsinghua University" ¶475; "even from the occasional Conservative MP" ¶523
    Query("Conservative MP Tsinghua University symposium", "ac7222d4", "cross-paragraph"),
    # "Black Liberation Alliance and Qiao Collective" ¶547; "parks and green belts" ¶539; "Discussions at Fudan
    # University" ¶541; "the Nationalist Party (Kuomintang (KMT))" ¶557 (dde32893 ¶305 has "la Alianza de Liberación
    # Negra", in Spanish)
    Query("Black Liberation Alliance green belts Fudan University Kuomintang", "6710eba1", "cross-paragraph"),
    # "distancing itself from symbols like the Yasukuni Shrine" line 41; "promote a 'fairer' multipolar world … BRICS
    # and the SCO … the Global South" line 15 (BRICS, SCO and Global South are in other articles too, Yasukuni and
    # "fairer" only here)
    Query("Yasukuni Shrine Global South BRICS SCO fairer multipolar", "b39d8185", "cross-paragraph"),
    # Word forms: the text has another form
    # "China's Consulate-General in the Scottish capital Edinburgh writes" ¶273 (writes → writing; "writing" is in
    # ac7222d4 ¶513, of Jenny Clegg)
    Query("China's Consulate-General writing about Scottish heroes", "7ab1f62c", "word-form"),
    # "The Chinese people firmly stand on the right side of history" ¶381 (stand → standing; "standing" is in other
    # articles only as "Standing Committee", "long-standing" and "standing at the forefront")
    Query("the Chinese people standing firmly on the right side of history", "38a7d84f", "word-form"),
    # "the paper presented by Keith, which outlines the solidarity extended by people in Britain" ¶477 (outlines →
    # outlining)
    Query("Bennett outlining the solidarity of people in Britain", "ac7222d4", "word-form"),
    # "The two Heads of State highly value the traditional friendship between the Republic of Cuba and the People's
    # Republic of China" ¶93 (value → valuing)
    Query("Cuba Heads of State valuing the traditional friendship with China", "d807680a", "word-form"),
    # To Lam "welcomed the visit of the Lao leader" ¶145; "The Vietnamese party leader stressed" ¶147 (welcomed →
    # welcomes)
    Query("the Vietnamese party leader welcomes Thongloun", "20f574be", "word-form"),
    # Another script or romanisation
    # "Thongloun Sisoulith" ¶135/153/171 and "President Kaysone Phomvihane" ¶167 in Cyrillic
    Query("Тонглун Сисулит и Кейсон Фомвихан", "20f574be", "translit"),
    # "Eric Liddell" ¶275/283–291 and "Xinhua correspondents Zheng Bofei" ¶287 in Chinese characters
    Query("利德尔 郑博非", "7ab1f62c", "translit"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489 about George Hogg, in Cyrillic (Russian prepositional case)
    Query("Джеймс Макманус о Джордже Хогге", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # George Hogg ¶477–499 and "the New Zealand internationalist Rewi Alley" ¶495 ("about George Hogg and Rewi Alley")
    Query("о Джордже Хогге и Рьюи Элли", "ac7222d4", "russian"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501 and "a Colonel Younghusband" ¶521 ("about Michael
    # Lindsay and Younghusband")
    Query("о Майкле Линдси и Янгхазбенде", "ac7222d4", "russian"),
    # Spanish
    # "más de 800 millones de personas han salido de la pobreza extrema" ¶317
    Query("han salido de la pobreza extrema", "dde32893", "spanish"),
    # "Cuando construyeron las estructuras políticas y eligieron representantes al Congreso" ¶315
    Query("cuando construyeron las estructuras políticas", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # To Lam ¶67–73, Luong Cuong ¶71 and Tran Thanh Man ¶65 as Xinhua writes them (20f574be ¶145 has To Lam only)
    Query("苏林 梁强 陈清茂", "362ba691", "chinese"),
    # Rewi Alley ¶495, Chen Hansheng ¶491 and James MacManus ¶489 in Chinese characters
    Query("路易·艾黎 陈翰笙 麦克马纳斯", "ac7222d4", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "At the Fourth Dialogue … speakers from over 60 countries" ¶537
    Query("<#12> Fourth Dialogue\u200b over 60 countries", "6710eba1", "mention-noise"),
    # "the occasional Conservative MP" ¶523; "the China Campaign Committee (CCC)" ¶505 and on
    Query("@everyone Conservative MP\u200b China Campaign Committee", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    # "Kassym-Jomart Tokayev", "Mostafa Madbouly", "António Guterres" ¶405
    Query("Tokaev Madbouli Guteres", "26d64f12", "typo"),
    Query("Pashinian Lukashenco", "0e5d6094", "typo"),  # "Nikol Pashinyan" ¶257, "Aleksandr Lukashenko" ¶263
    Query("Sihanuok Monineth", "5a5d8582", "typo"),  # "Queen Mother Norodom Monineath Sihanouk" ¶235
    Query("Mnangagwe Zimbabwee", "faecd2e1", "typo"),  # "Zimbabwean President Emmerson Mnangagwa" ¶5
    # "Thongloun Sisoulith" ¶135; "President Kaysone Phomvihane" ¶167
    Query("Thonglone Sisulith Kaysone Phomvihan", "20f574be", "typo"),
    # Names
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "a financial donation from a Colonel Younghusband" ¶521
    Query("James MacManus Colonel Younghusband", "ac7222d4", "name"),
    # "written by Callum Norris and Twm Draper" ¶533; "Black Liberation Alliance and Qiao Collective … the China NGO
    # Network for International Exchanges (CNIE)" ¶547
    Query("Twm Draper Black Liberation Alliance CNIE", "6710eba1", "name"),
    # Phrases
    # "Its branches and members loyally supported our meetings, distributed our handbills" ¶525
    Query("loyally supported our meetings, distributed our handbills", "ac7222d4", "phrase"),
    Query("Why do they never show these on the screen?", "ccf1d4fa", "phrase"),  # Anna May Wong, ¶119
    # "humanity again has to choose between peace and war, dialogue and confrontation" ¶381
    Query("between peace and war, dialogue and confrontation", "38a7d84f", "phrase"),
    # Questions
    # "Venezuelan President Nicolás Maduro presided over an official event held in Caracas on Wednesday, September 3"
    # ¶53
    Query("who presided over the Caracas event on September 3?", "f78fdcd6", "question"),
    # "President Díaz-Canel noted that the commemorative events … had a solemn and lively atmosphere" ¶89
    Query("what did the Cuban President say about the commemorative events?", "d807680a", "question"),
    # "George Hogg died of tetanus aged just 30 on 22 July 1945" ¶483
    Query("how old was George Hogg when tetanus took him in July 1945?", "ac7222d4", "question"),
    # "Arriving in the afternoon of September 2, Kim Jong Un was greeted at Beijing Railway Station by Cai Qi, …
    # Wang Yi, … Yin Yong" ¶221
    Query("on what day did Kim Jong Un arrive in Beijing and who greeted him?", "eca32116", "question"),
    # Topics
    # "Venezuela Commemorates 80 Years of China's Victory in the War of Resistance Against Japan" ¶51; "September 4
    # (Orinoco Tribune)" ¶53
    Query("Venezuela commemorates 80 years of China's victory Orinoco Tribune", "f78fdcd6", "topic"),
    # "bilateral meetings in Tianjin on August 31" ¶255; "meeting with Armenian Prime Minister Nikol Pashinyan" ¶257
    Query("Xi met Armenian Prime Minister in Tianjin on August 31", "0e5d6094", "topic"),
    # "Prime Minister Shehbaz … noted that the Communist Party of China's pivotal role in the global struggle against
    # fascism" ¶213
    Query("Pakistani Prime Minister Communist Party pivotal role fascism", "3a9fa4ed", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "a great number of Scots made contributions" and "countless unnamed Scottish heroes" (7ab1f62c ¶275); no count
    "how many Scots are remembered by China's Consulate-General in Edinburgh?",
    # the Ba Dinh Square parade (362ba691 ¶73–77, 20f574be ¶143–145); no tickets, no price
    "Hanoi parade ticket price",
    # "Xi hosted a lunch in the Great Hall of the People" (38a7d84f ¶385); no menu, and Putin is not named at it
    "Xi and Putin's lunch menu",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); the Caracas monument is f78fdcd6's
    "Radhika Desai Caracas monument",
    # Zhao Leji (362ba691, 20f574be ¶156); Stamford Bridge is the model of the Minyuan Stadium (7ab1f62c ¶291)
    "Zhao Leji Stamford Bridge",
    # KJ Noh is a webinar speaker (d89fdf72 ¶368); Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "KJ Noh Buckingham Palace",
    # Jodie Evans (d89fdf72 ¶365); the Hyde Park meeting of 1937 is J.R. Campbell's (ac7222d4 ¶525)
    "Jodie Evans Hyde Park",
    # Maduro (f78fdcd6) and Fidel Castro (d807680a ¶83/93, 20f574be ¶167) in Cyrillic: no article names both
    "Мадуро и Кастро",
    "蔡奇 年龄",  # Cai Qi (eca32116 ¶221) in Chinese characters; no age
    "洪森 高尔夫",  # "Samdech Techo Hun Sen" (20f574be ¶154) in Chinese characters; no golf
    # Dushanbe is not in the corpus (Tajikistan only in 3a9fa4ed's title); the railways are the
    # China-Kyrgyzstan-Uzbekistan (3a9fa4ed ¶207) and China-Laos (20f574be ¶139) ones
    "Dushanbe high-speed railway",
    # Jiaozuo is not in the corpus; JISCO is in Jiayuguan (dde32893 ¶335)
    "Jiaozuo JISCO",
    # "On August 23, Cambodian King Norodom Sihamoni … arrived in Beijing" (5a5d8582 ¶235); no time, no airport
    "what time did the Cambodian King's plane land at Beijing airport?",
    "how many votes did Hun Manet win?",  # "Cambodian Prime Minister Hun Manet" (5a5d8582 ¶243); no election
    # "the Dunhuang Salt Tower solar plant" (6710eba1 ¶539), "la planta de poder solar de sal fundido de Dunhuang"
    # (dde32893 ¶335); no capacity
    "what is the capacity of the Dunhuang molten salt power plant?",
    # Claudia Jones (ccf1d4fa ¶123); Tienanmen Square is 38a7d84f's and eca32116's
    "Claudia Jones Tienanmen Square",
    # Keith Bennett was at the Beijing symposium and Tsinghua (ac7222d4 ¶475) and speaks at the webinar (d89fdf72
    # ¶367); the Dunhuang dialogue is the delegation's (6710eba1 ¶537)
    "Keith Bennett Dunhuang dialogue",
    # David Horsley (ccf1d4fa ¶111/123) and Eric Liddell (7ab1f62c) in Cyrillic: no article names both
    "Дэвид Хорсли и Эрик Лидделл",
    # Tianshui is 4 edits from Tianjin and not in the corpus; the memorial complex is near Khabarovsk (054ef6fb line
    # 12) and the partisans' sites are in Russia (097182f6)
    "Tianshui memorial complex partisans",
    # Lavrov announced in Wonsan that a monument "will be erected" in the Moscow region (097182f6 line 7); no opening
    "Wonsan USSR monument opening ceremony",
    # the delegation's travel (dde32893 ¶307, ¶329: airports, "el tren normal"); no airline named
    "¿en qué aerolínea voló la delegación a China?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "the island of Príncipe … the town of Sobral" ¶7 (and ¶9); "two members, Suresh and Rhona, are off to Argentina"
    # ¶19 (Rhona again ¶21)
    Query("Príncipe Sobral Rhona Argentina", "1d460735", "cross-paragraph"),
    # "a Soarbridge framework knitter, Josiah Brightmore" ¶9; "kept them in a biscuit tin" ¶13; "the museum's 'Shilling
    # Weekend'" ¶17
    Query("Josiah Brightmore biscuit tin Shilling Weekend", "6697efb4", "cross-paragraph"),
    # "Winsome Tredgold, who has died aged 94" ¶3/5; "a railway platelayer" ¶7; "on Monday 2 April, Easter Monday" ¶23
    Query("Winsome Tredgold platelayer Easter Monday", "36a239a6", "cross-paragraph"),
    # "one teacher, Miss Hepsie Lanyard" ¶14; "The Infants' nativity play, 'The Starry Stable'" ¶8; "in St Perran's
    # church" ¶20
    Query("Hepsie Lanyard Starry Stable St Perran's", "9ca49133", "cross-paragraph"),
    # "The society's secretary, Morven Gilchrist" ¶7; "its own boat, the Lady Rintoul" ¶9; "a lantern cruise" ¶17
    Query("Morven Gilchrist Lady Rintoul lantern cruise", "23f3b122", "cross-paragraph"),
    # "Emanuel Schikaneder, who wrote the words" ¶6 (and ¶14); "in the old Salter Street hall" ¶8; "conducted by
    # Verity Halloran" ¶12
    Query("Schikaneder Salter Street hall Verity Halloran", "79977851", "cross-paragraph"),
    # "Зинаида Петровна Крутилова … модель шлюпа «Восток»" ¶11; "вышла из Кронштадта … пробыв в плавании 751 день"
    # ¶7 (Кронштадт again ¶19)
    Query("Крутилова модель шлюпа Кронштадт 751 день", "036c4e60", "cross-paragraph"),
    # "don Eusebio Albarrán … con chocolate y churros" ¶9; "queda el sorteo del Niño, el 6 de enero" ¶17
    Query("Eusebio Albarrán chocolate y churros sorteo del Niño", "b470c044", "cross-paragraph"),
    # 队长郝建国 ¶13; 作品《松鹤》 ¶15; 2月下旬到外省参加冰雕交流活动 ¶25
    Query("郝建国 松鹤 外省", "e6f77eb9", "cross-paragraph"),
    # Word forms
    # "she sat with a notebook in front of the television" ¶11 (sat → sitting, irregular)
    Query("Winsome Tredgold sitting with a notebook in front of the television", "36a239a6", "word-form"),
    # "the Moon slid across the Sun over the island of Príncipe" ¶7 (slid → sliding, irregular)
    Query("the Moon sliding across the Sun over Príncipe", "1d460735", "word-form"),
    # "Each walk … lasts about ninety minutes" ¶15 (lasts → lasting)
    Query("samphire walks lasting about ninety minutes", "2df4bd80", "word-form"),
    # "Eleven boats … sailed into the basin at the Falkirk Wheel" ¶5 (sailed → sailing)
    Query("eleven boats sailing into the basin at the Falkirk Wheel", "23f3b122", "word-form"),
    # "модель шлюпа «Восток», которую ребята строили больше года" ¶11 (строили → строят)
    Query("ребята строят модель шлюпа «Восток»", "036c4e60", "word-form"),
    # "Mi abuelo vendió el primer décimo a las nueve de la mañana" ¶11 (vendió → vende)
    Query("el abuelo vende el primer décimo a las nueve de la mañana", "b470c044", "word-form"),
    # "The caretaker, Ernie Linnell, … will turn the key" ¶7 (turn → turning)
    Query("caretaker Ernie Linnell turning the key", "678ee00e", "word-form"),
    # "The new swimming baths in Mill Lane opened today … The mayor lost by a length" ¶8 (lost → losing, irregular)
    Query("the mayor losing the race in the new Mill Lane baths", "95da328b", "word-form"),
    # Another script or romanisation
    Query("Эддингтон Принсипи", "1d460735", "translit"),  # "Arthur Eddington … on Príncipe" ¶9 in Cyrillic
    Query("爱丁顿 普林西比", "1d460735", "translit"),  # the same, in Chinese characters
    # "Emanuel Schikaneder … sang Papageno" ¶6 in Cyrillic
    Query("Шиканедер Папагено", "79977851", "translit"),
    # "под командованием Фаддея Беллинсгаузена и Михаила Лазарева" ¶5 in Latin letters
    Query("Faddei Bellinsgauzen Mikhail Lazarev", "036c4e60", "translit"),
    # "Руководитель клуба Зинаида Петровна Крутилова" ¶11 in Latin letters
    Query("Zinaida Petrovna Krutilova", "036c4e60", "translit"),
    Query("Hao Jianguo", "e6f77eb9", "translit"),  # 队长郝建国 ¶13 in pinyin
    Query("Xuesong zhen bingdiao dui", "e6f77eb9", "translit"),  # 雪松镇冰雕队 ¶3/11 in pinyin
    # accents dropped: "EL ECO DE PEÑALUENGA" ¶1; "la administración de loterías La Golondrina" ¶7
    Query("Penaluenga loteria La Golondrina", "b470c044", "translit"),
    # accents dropped: "Puccini's La Bohème … under the young Arturo Toscanini" ¶14; "Jenna Pargiter as Mimì" ¶15
    Query("La Boheme Mimi Toscanini", "63b04bfd", "translit"),
    # "Thomas Cook's first railway excursion" ¶5; "Loughborough" ¶3/5/7 in Cyrillic
    Query("Томас Кук Лафборо", "6697efb4", "translit"),
    Query("Уинсом Тредголд", "36a239a6", "translit"),  # "Winsome Tredgold" ¶3/5 in Cyrillic
    # "the basin at the Falkirk Wheel" ¶5; "moored overnight at Linlithgow" ¶11, in Chinese characters
    Query("福尔柯克 林利斯戈", "23f3b122", "translit"),
    # Russian
    # "в актовом зале пройдёт открытый урок «Двести лет Антарктиде»" ¶15
    Query("открытый урок «Двести лет Антарктиде»", "036c4e60", "russian"),
    Query("клуб юных моряков «Юнга»", "036c4e60", "russian"),  # "в школьном музее клуба юных моряков «Юнга»" ¶9
    Query("выставка «Под парусом к полюсу»", "036c4e60", "russian"),  # "открылась выставка «Под парусом к полюсу»" ¶9
    # Spanish
    # "ha montado en su escaparate … una pequeña exposición de décimos antiguos" ¶7
    Query("exposición de décimos antiguos en el escaparate", "b470c044", "spanish"),
    # "el abuelo de la actual lotera … celebró las bodas de oro del negocio" ¶9
    Query("bodas de oro del negocio de la lotera", "b470c044", "spanish"),
    # "La Golondrina vendió un quinto premio, y el pueblo entero salió a la calle" ¶13
    Query("el pueblo entero salió a la calle", "b470c044", "spanish"),
    # Chinese
    Query("雪松迎春 十二米", "e6f77eb9", "chinese"),  # 一件长十二米的大型作品《雪松迎春》 ¶17
    Query("首届哈尔滨冰雪节 松花江畔", "e6f77eb9", "chinese"),  # 首届哈尔滨冰雪节在松花江畔开幕 ¶7
    Query("七个人 两把冰镩", "e6f77eb9", "chinese"),  # 当时全队只有七个人、两把冰镩 ¶11
    # Mentions and zero-width spaces
    # "Walks are led by our warden, Corin Ashbury" ¶9
    Query("<@771> Corin Ashbury\u200b samphire walks", "2df4bd80", "mention-noise"),
    # "Valentine's Ball: Saturday 14 February in Gathersby Town Hall" ¶9
    Query("<@5521> Valentine's Ball\u200b Gathersby Town Hall", "8db992df", "mention-noise"),
    # "The county archivist, Imelda Ambley, will speak about the act" ¶18; "its own ballot box" ¶16
    Query("<#88> Imelda Ambley\u200b ballot box", "19c85d2e", "mention-noise"),
    # Typos
    Query("Thrushy Marsh samphier", "2df4bd80", "typo"),  # "THRUSHEY MARSH" ¶1, "samphire" ¶3/5 (1 edit + 2)
    Query("Gathersbey Swing Dnace", "8db992df", "typo"),  # "GATHERSBY SWING DANCE SOCIETY" ¶1
    Query("Soarbrige Mercury Loughbrough", "6697efb4", "typo"),  # "SOARBRIDGE MERCURY" ¶1, "Loughborough" ¶3
    # Names
    Query("Femi Hoskyns", "868bb9aa", "name"),  # "The hall manager, Femi Hoskyns" ¶24
    Query("Cedric Entwhistle", "95da328b", "name"),  # "The society's producer, Mr Cedric Entwhistle" ¶14
    Query("Alwen Brightmore", "6697efb4", "name"),  # "Josiah's great-great-granddaughter, Alwen Brightmore" ¶19
    # Phrases
    Query("Opened school this day, 9th January 1899. Very wet.", "9ca49133", "phrase"),  # Miss Lanyard's log, ¶14
    Query("Horace said I'd never stick it", "36a239a6", "phrase"),  # ¶13
    Query("Cut, never pull: the roots hold the mud together", "2df4bd80", "phrase"),  # ¶25
    # Questions
    # "the next day, 7 November, The Times ran the headline 'Revolution in Science'" ¶13
    Query("when did The Times run the headline Revolution in Science?", "1d460735", "question"),
    # "after a restoration that has cost the town £340,000" ¶6
    Query("how much did the restoration of the Marrick Assembly Hall cost?", "678ee00e", "question"),
    # "The camera obscura had its busiest week ever …, when 1,100 people climbed the tower" ¶26 (1d575787 ¶19 has
    # "more than six hundred visitors" on a summer weekend, "a record for two days", not the week)
    Query("how many people visited the camera obscura in its busiest week?", "c64cb21a", "question"),
    # "the organ's bellows split during the Remembrance concert, and a public appeal raised £18,000" ¶23
    Query("how much money was raised for the Marrick organ after the Remembrance concert?", "868bb9aa", "question"),
    # "It opened its doors on Monday 9 January 1899 with forty-one pupils and one teacher" ¶14
    Query("how many pupils did Quillmoor school open with?", "9ca49133", "question"),
    # Topics
    # "the first parliamentary election held by secret ballot, the Pontefract by-election of 15 August 1872" ¶16
    Query("secret ballot Pontefract by-election 1872", "19c85d2e", "topic"),
    # "The coronation mugs … when King Edward was crowned at last … given to the children of the Infants' School" ¶18
    Query("coronation mugs King Edward Infants' School", "95da328b", "topic"),
    # "Winter social … with the Crowhurst Stompers. The raffle for the new sprung floor" ¶7
    Query("Crowhurst Stompers raffle sprung floor", "8db992df", "topic"),
    # "The camera obscura on Castle Knoll reopened to the public on Saturday, 7 March, after four years of
    # restoration" ¶7; the council's release marks the thirtieth anniversary of that day ("thirty years to the day
    # since it reopened after four years of restoration", 1d575787 ¶5–7)
    Query(
        "camera obscura on Castle Knoll reopened after four years of restoration",
        "36807700",
        "topic",
        also=("1d575787",),
    ),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Ernie Linnell is the Marrick Assembly Hall's caretaker (678ee00e ¶7); the camera obscura is Wrathby's
    "Ernie Linnell camera obscura",
    # Morven Gilchrist is the canal society's secretary (23f3b122 ¶7, ¶19); the Open University degree is Winsome
    # Tredgold's (36a239a6 ¶11–17)
    "Morven Gilchrist Open University degree",
    # Miss Lanyard is Quillmoor's first teacher (9ca49133 ¶14–16); The Gondoliers is Caldrigg's (95da328b ¶13)
    "Miss Lanyard Gondoliers",
    # Tamsin Orlebar writes the Mirkbeck blog (1d460735 ¶3); The Magic Flute is Cranmoor's (79977851)
    "Tamsin Orlebar Magic Flute",
    # Corin Ashbury is the Thrushey warden (2df4bd80 ¶9); the Falkirk Wheel is 23f3b122's
    "Corin Ashbury Falkirk Wheel",
    # Priya Lunnon talks on the history of the camera (1d575787 ¶15); the talk on the ballot act is Imelda Ambley's
    # (19c85d2e ¶18)
    "Priya Lunnon ballot box talk",
    # Dora Fewster was Wrathby's mayor in 1987 (36807700 ¶8); the Mill Lane baths are Caldrigg's (95da328b ¶8)
    "Dora Fewster Mill Lane swimming baths",
    # Hamish Terleigh is today's Mayor of Wrathby (1d575787 ¶9, ¶21); the secret ballot is the library's cutting
    # (19c85d2e), which names no mayor
    "Hamish Terleigh secret ballot",
    # Jenna Pargiter sings Mimì in Marrick (63b04bfd ¶15); Mozart's Requiem is Cranmoor's (79977851 ¶24)
    "Jenna Pargiter Requiem",
    # "Emanuel Schikaneder … sang Papageno" in 1791 (79977851 ¶6); the new production's cast is never named
    "who sings Papageno in the Cranmoor Opera Circle's new production?",
    # "a lantern cruise on the evening of Thursday 2 June" (23f3b122 ¶17); no hour
    "at what hour does the Platinum Jubilee lantern cruise set off?",
    # "Tickets £8 from Pat on the door or through the website" (8db992df ¶9); no number sold
    "how many tickets were sold for the Valentine's Ball?",
    # "Tide times for each date are posted on the noticeboard by the gate" (2df4bd80 ¶15); none given
    "what time is low water at Thrushey on 12 July?",
    # "put off because of the illness of the speaker" (95da328b ¶19); the speaker is not named
    "who was the speaker whose illness put off the Caldrigg Mutual Improvement Society meeting?",
    # "a race between the mayor and the captain of Caldrigg Dolphins" (95da328b ¶8); neither is named
    "what was the captain of Caldrigg Dolphins called?",
    # Horace Tredgold, "a signalman" (36a239a6 ¶9), "died on Saturday 2 October 1976" (¶19); no retirement (the
    # obituary's "until she retired", ¶17, is Winsome's, with no date)
    "when did Horace Tredgold retire?",
    # "she kept the tutor's reply all her life" (36a239a6 ¶15); the tutor is not named
    "who was Winsome Tredgold's Open University tutor?",
    "which hotel did Suresh and Rhona stay at in Argentina?",  # 1d460735 ¶19: the trip, no hotel
    # "Mrs J. Tregellas, Headteacher" signs the letter (9ca49133 ¶24–25); no date of appointment
    "when was Mrs J. Tregellas appointed headteacher?",
    # "The Marrick Choral Union sings Haydn's Creation at the reopening" (678ee00e ¶7); no conductor (Verity Halloran
    # conducts the Cranmoor Sinfonia, 79977851 ¶12)
    "who conducted the Marrick Choral Union's Creation?",
    # "May Day dance in the market square: Monday 3 May, weather permitting" (8db992df ¶19); no hour
    "at what hour does the Gathersby May Day dance begin?",
    # Pontypool is not in the corpus; the by-elections are Pontefract's of 1872 and Wrathby's borough one (19c85d2e
    # ¶16–17)
    "Pontypool by-election",
    # Peñaranda is not in the corpus (4+ edits from Peñaluenga, whose lottery shop is La Golondrina, b470c044)
    "administración de loterías de Peñaranda",
    # Quorn is not in the corpus; the primary school centenary is Quillmoor's (9ca49133 ¶14–18)
    "Quorn primary school centenary",
    # "La Golondrina vendió un quinto premio" (b470c044 ¶13); no sum
    "¿cuánto dinero dio el quinto premio que vendió La Golondrina?",
    # "el primer sorteo … celebrado en Cádiz el 18 de diciembre de 1812" (b470c044 ¶5); no winner
    "¿quién ganó el primer premio en Cádiz en 1812?",
    # "Кто-то из мальчиков даже ночевал в мастерской накануне" (036c4e60 ¶13): the boy is not named
    "как звали мальчика, который ночевал в мастерской?",
    # the sloops «Восток» and «Мирный» (036c4e60 ¶5, ¶11); no crew numbers
    "сколько моряков было на шлюпе «Восток»?",
    # 《松鹤》获得冰雕比赛二等奖，这是冰雕队第一次获得二等奖 (e6f77eb9 ¶15); no first prize
    "雪松镇冰雕队 哪一年 获得 一等奖",
    "第二届雪松冰灯展 门票 价格",  # 第二届雪松冰灯展 (e6f77eb9 ¶21): dates and size, no ticket price
    # "the Mirkbeck Astronomical Society's observing hut" (1d460735 ¶1), "subscriptions are £20 a year" (¶25); no
    # founder (the Gathersby society's founders are "six friends", 8db992df ¶3)
    "who founded the Mirkbeck Astronomical Society?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind118/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
