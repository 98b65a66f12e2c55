"""A hundred-and-twenty-fourth lookup query set, for tuning ranking (written in the sixty-second session): a TUNING set,
not a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and
once used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind123.py and tests/queries_blind125.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some seventeen thousand), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: of some 270 seed drafts about four in five were near-copies (every name, most
  pairs of names, most transcriptions into Cyrillic and Chinese, most Spanish phrases and most "who/when/
  how many" questions had been asked already), so the seed part is smaller than planned (36 answerable,
  10 unanswerable), has no name queries, and leans on joins of passages through words no earlier query
  used, inflected Russian names, typos and rarely quoted sentences; the new documents carry the rest.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind136/docs, copied as ONE
  corpus into a subfolder blind136/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 11 + 11 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 3 + 10
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 14 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Cyrillic names and Chinese words
in Latin letters, pinyin without tones, accents dropped), russian 3 + 3, spanish 1 + 3, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 4
(1–2 edits a word), name 0 + 3, phrase 5 + 4, question 2 + 8, topic 3 + 5: 36 + 71 answerable, and
10 + 39 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
scored, lectured, played or will take over; who the manager, the station head or the opener is; where a
celebration will be; what time a boat leaves or a steamer returns; how many queued, were flooded or how
many floors; how high; what a camp, a ticket or a ride cost; a width, an age, a year); a place the corpus
does not hold (spelled two or more edits from anything real in it, or simply absent) joined to a
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

# The new-documents corpus is assembled by copying tests/gold/blind136/docs/* into ONE temporary
# corpus folder under the subfolder blind136/: files are then "blind136/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind136/docs",)
NEWDOCS_SUBDIRS = ("blind136",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "4638a0b0": "CALLOWBRIDGE BOROUGH COUNCIL",
    # en_callowbridge_courier_digest.txt, split by the loader: the Osprey Swing Bridge opens in 1989 (¶4–8), the New
    # Year floods of 1996 (¶11–15), the Stones night at the Anchor (¶18–24); the two "----" rules are articles of their
    # own (fed7c429 ¶9, fed7c429-2 ¶16), and the header (¶1) and the datelines (¶3, ¶10, ¶17) belong to none of them
    "91c446bd": "HARBOUR'S NEW BRIDGE SWINGS INTO SERVICE",
    "fed7c429": "----------------------------------------",
    "205a266f": "NEW YEAR FLOODS: TRADERS COUNT THE COST",
    "fed7c429-2": "----------------------------------------",
    "987e435d": "STONES NIGHT AT THE ANCHOR",
    "263ab6b0": "COWLINGSBY PRIMARY SCHOOL",
    "3a7176b8": "DUM-DI-DUM",
    "568a55c0": "Dunlarrick climbers sail for the Old Man of Hoy",
    "ee024208": "Nesta Dunnage",
    "cd5df2fc": "ORRINSDALE SEA KAYAK CLUB",
    # en_pebbleham_express_digest.txt, split by the loader: the snooker hall in the Corn Exchange (¶4–7), the cricket
    # club's centenary (¶10–15), Christmas on the seafront (¶18–22); the two rules are articles of their own (7a2d8156
    # ¶8, 7a2d8156-2 ¶16), and the header (¶1) and the datelines (¶3, ¶9, ¶17) belong to none of them
    "448dcb93": "CUE ACTION AT THE CORN EXCHANGE",
    "7a2d8156": "----------------------------------------",
    "b4f456b2": "CRICKET CLUB REACHES ITS CENTURY",
    "7a2d8156-2": "----------------------------------------",
    "f5f11a16": "CHRISTMAS ON THE SEAFRONT",
    "253590a3": "ROCK-POOL RAMBLES AT PENDRAITH POINT",
    "73713c17": "A hundred years of Woolies",
    "010269f4": "STONEACRE ARGUS",
    "e27b7bce": "ULLASBY DAFFODIL BICENTENARY WEEK",
    "6aec935b": "Arroyuelo de Iguña celebra el centenario",
    "f27714ab": "Вешнеградцы в высотке",
    "efe81112": "云渡镇老建设者重聚",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the singular contribution of the South Wales miners" ¶477 (miners again ¶527); "James MacManus's biography,
    # 'Ocean Devil'" ¶489; "to work with Gung Ho [the Chinese Industrial Cooperatives]" ¶497
    Query("singular contribution South Wales miners Ocean Devil Gung Ho", "ac7222d4", "cross-paragraph"),
    # "the last nearly eight years of his tragically short life … finally as headmaster of the Shandan Bailie School"
    # ¶483; "it operated on an unprecedented scale and with unprecedented breadth of support" ¶511
    Query(
        "tragically short life headmaster Shandan Bailie unprecedented breadth of support",
        "ac7222d4",
        "cross-paragraph",
    ),
    # "contrasting this with commodified cultural access in the West" ¶539; "Twm Draper of the Young Communist League
    # of Britain" ¶533 (and ¶547); "the Nationalist Party (Kuomintang (KMT))" ¶557
    Query("commodified cultural access Young Communist League Kuomintang", "6710eba1", "cross-paragraph"),
    # "the friendship is rock-solid" ¶89; "food production and agrotechnology, … robotics and automation" ¶105
    # (5a5d8582 ¶245 calls the Cambodian friendship "rock-solid", 6710eba1 ¶541 has "robotics"; neither has the rest)
    Query("rock-solid friendship agrotechnology robotics automation", "d807680a", "cross-paragraph"),
    # "China will remain a trustworthy and reliable partner for Mongolia" ¶197; "The Russian President's website further
    # quoted him" ¶195
    Query("trustworthy and reliable partner Mongolia Russian President's website", "c061f0a1", "cross-paragraph"),
    # "Egyptian President Abdel Fattah El-Sisi" ¶451; Lula: "to lead the renewal of the multilateral trading system on
    # modern, flexible foundations" ¶465
    Query(
        "Abdel Fattah El-Sisi renewal of the multilateral trading system on modern flexible foundations",
        "e065690c",
        "cross-paragraph",
    ),
    # "the 80th anniversary of Japan's surrender" ¶355; "VE or Victory in Europe Day" ¶359; "Radhika Desai
    # (International Manifesto Group)" ¶369, "organised jointly by the International Manifesto Group" ¶373
    Query("International Manifesto Group Victory in Europe Day Japan's surrender", "d89fdf72", "cross-paragraph"),
    # "converging strategic interests" line 3; "It Seeks to Reframe Global Governance Through Multipolar Institutions"
    # line 14; "coordination among government, legislative, and party bodies" line 53
    Query("reframe global governance converging strategic interests legislative bodies", "b39d8185", "cross-paragraph"),
    # "Condemnation of Fascism and Militarism" line 35; "Pledge to hold joint remembrance" line 42; "remembering the
    # causes and horrors of World War II" line 43
    Query("condemnation of fascism horrors of World War II pledge", "b39d8185", "cross-paragraph"),
    # "not only intended as tributes to the Noraa but also as educational resources" line 10; "ensuring that memorials
    # accurately reflect the sacrifices" line 11
    Query("memorials accurately reflect sacrifices Noraa educational resources", "097182f6", "cross-paragraph"),
    # "initially as a journalist and finally as headmaster" ¶483; "Long acclaimed as a national hero in China, Hogg
    # remained almost entirely unknown" ¶487
    Query("Hogg initially a journalist long acclaimed as a national hero", "ac7222d4", "cross-paragraph"),
    # Word forms: the text has another form
    # "he was trying to make amends for his past efforts to weaken China" ¶521 (make → made, irregular; "made" is in
    # many articles, never with "amends")
    Query("Younghusband made amends for his past efforts to weaken China", "ac7222d4", "word-form"),
    # "President Xi Jinping recalled how our two countries had once stood together as allies and fought shoulder to
    # shoulder" ¶479 (recalled → recalling; "recalling" is not in the corpus)
    Query("Xi recalling how the two countries fought shoulder to shoulder", "ac7222d4", "word-form"),
    # "Anna May Wong (real name Wong Liu Tsong) portrays the lady of the film's title" ¶115 (portrays → portraying)
    Query("Anna May Wong portraying the lady of the film's title", "ccf1d4fa", "word-form"),
    # Another script or romanisation
    # "the Shandan Bailie School" ¶483; "to the relative safety of Gansu" ¶485, in Cyrillic (Gansu is also in dde32893
    # ¶333 and 6710eba1 ¶549; Shandan only here)
    Query("Шаньдань Ганьсу", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Mao Zedong Thought, Deng Xiaoping Theory" ¶383 (genitive: "of Deng Xiaoping and Mao Zedong"); Mao is in
    # several articles, Deng only here
    Query("Дэн Сяопина и Мао Цзэдуна", "38a7d84f", "russian"),
    # "Uzbek President Shavkat Mirziyoyev" ¶207; "Pakistani Prime Minister Shehbaz Sharif" ¶211 (instrumental: "with
    # Shavkat Mirziyoyev and Shehbaz Sharif")
    Query("с Шавкатом Мирзиёевым и Шахбазом Шарифом", "3a9fa4ed", "russian"),
    # "President Nicolás Maduro … Vice President Delcy Rodríguez" ¶33 and ¶53 (instrumental)
    Query("с Дельси Родригес и Николасом Мадуро", "f78fdcd6", "russian"),
    # Spanish
    # "las mentiras estilo Guerra Fría con las que estamos bombardeadas dentro del oeste" ¶309
    Query("bombardeadas dentro del oeste", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Jenny Clegg (Author and peace activist)" ¶366 and "Keith Bennett (Co-editor of Friends of Socialist China)"
    # ¶367, the webinar's speakers; ac7222d4 has both too (Keith Bennett ¶475, Jenny Clegg ¶513)
    Query("珍妮·克莱格 基思·贝内特", "d89fdf72", "chinese", also=("ac7222d4",)),
    # "written by Callum Norris and Twm Draper" ¶533 (Twm transcribed letter by letter)
    Query("卡勒姆·诺里斯 特威姆·德雷珀", "6710eba1", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Domestic Legitimacy and Strategic Stability Are Intertwined" line 16
    Query("@everyone intertwined\u200b domestic legitimacy strategic stability", "b39d8185", "mention-noise"),
    # "culminating in the Japanese invasion, which claimed the lives of tens of millions of people" ¶555
    Query("<#77> culminating\u200b Japanese invasion tens of millions", "6710eba1", "mention-noise"),
    # Typos (1–2 edits)
    # "Turkmenistan" ¶203 (title); "Malaysia" ¶203; "Shavkat Mirziyoyev" ¶207 (1 edit + 2, transposed)
    Query("Mirziyoyov Turkmenistan Malayisa", "3a9fa4ed", "typo"),
    Query("Pashinyn Armenai", "0e5d6094", "typo"),  # "Armenian Prime Minister Nikol Pashinyan" ¶257; "Armenia" ¶253/257
    # "Ivan Melnikov … in Khabarovsk" line 6 (and line 12); "the Russian World War II veteran Lev Abramov" line 14
    Query("Lev Abramof Khabarovk", "054ef6fb", "typo"),
    # Phrases
    # "an awakening agony …, and a historical truth that must never be concealed" ¶277
    Query("historical truth that must never be concealed", "7ab1f62c", "phrase"),
    # "ensure that Global South countries participate in international cooperation as equals and share in the fruits of
    # development" ¶458
    Query("Global South countries participate as equals and share in the fruits of development", "e065690c", "phrase"),
    # "the Chinese people thoroughly defeated the Japanese militarist aggressors" ¶387
    Query("Chinese people thoroughly defeated the Japanese militarist aggressors", "38a7d84f", "phrase"),
    # "Vietnam will do its utmost, together with Laos, to preserve and further strengthen their special relationship"
    # ¶147
    Query("Vietnam will do its utmost together with Laos", "20f574be", "phrase"),
    # "China and Vietnam should respond to external uncertainties with the strengths of the socialist system" ¶71
    Query("respond to external uncertainties with the strengths of the socialist system", "362ba691", "phrase"),
    # Questions
    # "At the 1924 Paris Olympics, Eric Liddell captured gold in the men's 400 metres in 47.6 seconds" ¶287
    Query("what record time did Eric Liddell run at the 1924 Paris Olympics?", "7ab1f62c", "question"),
    # "Xi hosted a lunch in the Great Hall of the People" ¶385; "after fighting a bitter and heroic war of resistance
    # for 14 years" ¶387
    Query("what did Xi say at the lunch about how long the Chinese people fought?", "38a7d84f", "question"),
    # Topics
    # "During his state visit to the United Kingdom in 2015 … in a speech in Buckingham Palace, President Xi Jinping
    # recalled how our two countries had once stood together as allies and fought shoulder to shoulder" ¶479
    Query("Buckingham Palace speech 2015 shoulder to shoulder allies", "ac7222d4", "topic"),
    # Madbouly: "Egypt stands ready to take next year's 70th anniversary … deepen cooperation in such areas as new
    # energy, electric vehicles, finance and seawater desalination" ¶413
    Query("seawater desalination finance new energy Egypt next year", "26d64f12", "topic"),
    # "the peoples of China and Belarus, fighting side by side in the past, made important contributions to defeating
    # militarism and fascism … century-defining transformation is accelerating" ¶263
    Query("Belarus fighting side by side defeating militarism century-defining transformation", "0e5d6094", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Xi met Denis Sassou Nguesso in Beijing (faecd2e1 ¶23–27); Brazzaville and any airport are not in the corpus
    "Sassou Nguesso Brazzaville airport",
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed representing the United Arab Emirates" (e065690c ¶451); no fund
    "Khaled bin Mohamed sovereign wealth fund",
    # "Samdech Techo Hun Sen, … President of the Senate of Cambodia" (20f574be ¶154), in Chinese characters; no
    # election, no date
    "洪森 参议院 选举 日期",
    # Delcy Rodríguez at the Caracas monument (f78fdcd6 ¶33, ¶53); Maracaibo and refineries are not in the corpus
    "Delcy Rodríguez Maracaibo refinery",
    # Lev Abramov, "who participated in anti-Japanese liberation war in China" (054ef6fb line 14); the Amur is not in
    # the corpus
    "Lev Abramov Amur river crossing",
    # Ramaphosa at the BRICS virtual summit (e065690c ¶451, ¶467); Cape Town is not in the corpus, and the only press
    # conference is Li Jinxian's (097182f6 line 2)
    "Cyril Ramaphosa Cape Town press conference",
    # Lavrov spoke in Wonsan (097182f6 line 7), Ivan Melnikov met Liu Qibao in Khabarovsk (054ef6fb line 6): no
    # article names both ("Lavrov and Melnikov in Khabarovsk")
    "Лавров и Мельников в Хабаровске",
    # Lavrov announced in Wonsan that a monument "will be erected" in the Moscow region (097182f6 line 7): no opening
    # ("Lavrov in Wonsan, the opening of the monument")
    "Лавров в Вонсане открытие памятника",
    # "written by Callum Norris and Twm Draper of the Young Communist League of Britain" (6710eba1 ¶533); no poetry,
    # nothing Gaelic
    "Twm Draper Gaelic poetry",
    # "the 2008 publication of James MacManus's biography, 'Ocean Devil'" (ac7222d4 ¶489); no length
    "how many pages is James MacManus's biography Ocean Devil?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "The Mayor, Councillor Royston Farrant, will unveil a plaque" ¶14 (Farrant again ¶22); "A signed diversion will
    # run by way of Ropewalk Lane" ¶20; "Contact: Dawn Treloar, Press Officer" ¶29
    Query("Royston Farrant Ropewalk Lane Dawn Treloar", "4638a0b0", "cross-paragraph"),
    # "led by club secretary Fenella Struthers" ¶8; "the sea cliffs at Corbie Head" ¶17; "Club president Hamish
    # Lennie, now 71" ¶23
    Query("Fenella Struthers Corbie Head Hamish Lennie", "568a55c0", "cross-paragraph"),
    # "Nesta Dunnage, who has died aged 88" ¶3 (and the title ¶1); "a typist at the Lucas works" ¶7; "her season
    # ticket at Edgbaston" ¶19
    Query("Nesta Dunnage Lucas works Edgbaston", "ee024208", "cross-paragraph"),
    # "the New Year paddle round Solan Skerry" ¶12; "coastal navigation weekend at Haverlock bunkhouse" ¶13; "Thank you
    # to Isla Teale, who retires as treasurer" ¶28
    Query("Isla Teale Solan Skerry Haverlock", "cd5df2fc", "cross-paragraph"),
    # "Brownsea Island" ¶20; "Akela (Mr Tebbutt) will send a letter" ¶22; "Mrs Oakenshaw, who ran the tombola for the
    # twelfth year running" ¶25
    Query("Mrs Oakenshaw tombola Akela Brownsea", "263ab6b0", "cross-paragraph"),
    # "By Rhiannon Vosper" ¶3; "the queue … stretched past the Market House" ¶11–12; "a cake in the shape of the
    # pick-and-mix counter" ¶13 ("Pick and Mix" again ¶23)
    Query("Rhiannon Vosper pick-and-mix Market House", "73713c17", "cross-paragraph"),
    # "the family farmed at 'Wimberton'" ¶9; "the church at Hanbury" ¶15; "take the coach to Inkberrow" ¶22
    Query("Wimberton Hanbury Inkberrow", "3a7176b8", "cross-paragraph"),
    # "in the woods beyond Gowbarrow Park" ¶5–6; "an illustrated talk by Dr Ailsa Pirie" ¶17; "the Bicentenary Supper at
    # the Brackenrigg Arms" ¶18
    Query("Ailsa Pirie Gowbarrow Park Brackenrigg Arms", "e27b7bce", "cross-paragraph"),
    # "Галина Петровна Урусова, сохранила дневник" ¶7; "гости посадят во дворе школы пять лиственниц" ¶21; "к
    # Татьяниному дню" ¶25
    Query("Урусова лиственниц Татьяниному дню", "f27714ab", "cross-paragraph"),
    # "dos conciertos en el frontón" ¶17; "viajará a Santander" ¶21; "cuenta Begoña Saiz, de 81 años" ¶24
    Query("Begoña Saiz frontón Santander", "6aec935b", "cross-paragraph"),
    # 自卸车司机郑德全老人 ¶8 (and ¶10, ¶18); 给工地送去了两万多个馒头 ¶14; 现住武汉的刘桂芬老人 ¶21
    Query("郑德全 馒头 刘桂芬", "efe81112", "cross-paragraph"),
    # Word forms
    # "William and Dorothy Wordsworth walked home along the shore of Ullswater in a gale" ¶4–5 (walked → walking;
    # "walking" is not in the corpus)
    Query("the Wordsworths walking home along Ullswater in a gale", "e27b7bce", "word-form"),
    # "she married Clifford Dunnage, a sound engineer" ¶9–10 (married → marrying)
    Query("Nesta marrying Clifford Dunnage, a sound engineer", "ee024208", "word-form"),
    # "the tide over-topped the harbour wall on the night of 2 and 3 January" ¶12–13 (over-topped → over-topping)
    Query("the tide over-topping the harbour wall on Quay Street", "205a266f", "word-form"),
    Query("Torres Quevedo muere en Madrid", "6aec935b", "word-form"),  # "Torres Quevedo murió en Madrid" ¶27 (→ muere)
    # "Лифт поднимал нас на девятый этаж" ¶7–8; "своих первокурсников-земляков" ¶14 (поднимал → поднимает)
    Query("лифт поднимает первокурсников на девятый этаж", "f27714ab", "word-form"),
    # "When Joe Brown came over the top of the South Face" ¶13 (came → coming, irregular; "coming" is only in
    # 263ab6b0 ¶6, "the coming weeks")
    Query("Joe Brown coming over the top of the South Face", "568a55c0", "word-form"),
    # "Fire gutted the stockroom on the night of 2 and 3 February 1961" ¶15 (gutted → gutting)
    Query("fire gutting the Penwyther stockroom", "73713c17", "word-form"),
    # "the Rolling Stones played their first gig at the Marquee Club" ¶19 (played → playing)
    Query("the Rolling Stones playing their first gig at the Marquee", "987e435d", "word-form"),
    # "The club's first game, on 14 September 1907, was lost by nine wickets" ¶13 (lost → losing, irregular; "losing"
    # is only inside "closing")
    Query("Pebbleham Cricket Club losing its first game by nine wickets", "b4f456b2", "word-form"),
    # "opened this morning by Dame Alison Pengelly, who cut a blue ribbon" ¶5 (cut → cutting; "cuttings" is only in
    # the digests' headers, ¶1, which belong to no article)
    Query("Dame Alison Pengelly cutting a blue ribbon", "91c446bd", "word-form"),
    # Another script or romanisation
    Query("Торрес Кеведо", "6aec935b", "translit"),  # "el ingeniero Leonardo Torres Quevedo" ¶4–5, in Cyrillic
    # the same, and "el centenario del transbordador del Niágara" ¶3–4, in Chinese characters
    Query("托雷斯·克韦多 尼亚加拉", "6aec935b", "translit"),
    # "Галина Петровна Урусова" ¶7; "Вешнеград, 29 августа" ¶3 (and the title's "Вешнеградцы"), in Latin letters
    Query("Galina Urusova Veshnegrad", "f27714ab", "translit"),
    # "Вешнеград" ¶3; "на Ленинских горах" ¶1/¶4 (nominative, in Latin letters)
    Query("Veshnegrad Leninskie gory", "f27714ab", "translit"),
    # 郑德全 ¶8 and 刘桂芬 ¶21 in pinyin
    Query("Zheng Dequan Liu Guifen", "efe81112", "translit"),
    # 长江葛洲坝工程大江截流 ¶5 (and the title) in pinyin
    Query("Gezhouba dajiang jieliu", "efe81112", "translit"),
    # 云渡镇 ¶1/¶6/¶13; 展览之后照片将送到宜昌展出 ¶17, in pinyin
    Query("Yundu zhen Yichang zhanlan", "efe81112", "translit"),
    # "William and Dorothy Wordsworth … the shore of Ullswater" ¶4–5 in Cyrillic
    Query("Вордсворт Алсуотер", "e27b7bce", "translit"),
    Query("华兹华斯 多萝西", "e27b7bce", "translit"),  # "William and Dorothy Wordsworth" ¶4 in Chinese characters
    # "When Joe Brown came over the top" ¶13; "the Old Man of Hoy" ¶1/¶4 in Cyrillic
    Query("Джо Браун Олд-Мэн-оф-Хой", "568a55c0", "translit"),
    # "F. W. Woolworth opened his first British store, at 25 Church Street in Liverpool" ¶5–6 in Chinese characters
    Query("伍尔沃斯 利物浦", "73713c17", "translit"),
    # "Nesta Dunnage" ¶1/¶3; "the very first programme of Pot Black" ¶4 (and ¶13) in Cyrillic
    Query("Неста Даннедж Пот Блэк", "ee024208", "translit"),
    # accents dropped: "Begoña Saiz" ¶24; "Arroyuelo de Iguña" ¶1/¶3
    Query("Begona Saiz Arroyuelo de Iguna", "6aec935b", "translit"),
    # "Baden-Powell's first experimental camp was held on Brownsea Island" ¶19–20 in Cyrillic
    Query("Баден-Пауэлл Браунси", "263ab6b0", "translit"),
    # Russian
    # "школьный музей открывает выставку «Наши в высотке»" ¶17–18
    Query("«Наши в высотке» школьный музей", "f27714ab", "russian"),
    # "С тех пор в МГУ поступили сорок два выпускника школы № 2." ¶14
    Query("сорок два выпускника школы № 2 поступили в МГУ", "f27714ab", "russian"),
    # "Торжественное собрание выпускников школы пройдёт … в актовом зале" ¶20–21
    Query("торжественное собрание выпускников в актовом зале", "f27714ab", "russian"),
    # Spanish
    # "la barquilla roja seguirá cruzando el río sin haber sufrido un solo accidente grave" ¶10–11
    Query("la barquilla roja sin un solo accidente grave", "6aec935b", "spanish"),
    # "habrá talleres de inventos para niños en las antiguas escuelas" ¶15
    Query("talleres de inventos para niños en las antiguas escuelas", "6aec935b", "spanish"),
    # "la banda municipal ofrecerá dos conciertos en el frontón" ¶17
    Query("la banda municipal ofrecerá dos conciertos en el frontón", "6aec935b", "spanish"),
    # Chinese
    Query("截流记忆 镇文化站", "efe81112", "chinese"),  # 镇文化站还将举办"截流记忆"老照片展 ¶17
    Query("自卸车司机 发黄的日记", "efe81112", "chinese"),  # 当年的自卸车司机郑德全老人拿出一本发黄的日记 ¶8
    Query("万里长江第一次被拦腰截断", "efe81112", "chinese"),  # ¶5
    # Mentions and zero-width spaces
    # "Free guided walks of the harbour leave the Osprey Steps at 2pm on 22 and 23 May" ¶17 (the Osprey Steps are also
    # in 205a266f ¶13 and 987e435d ¶23, without walks)
    Query("<@8812> Osprey Steps\u200b guided walks", "4638a0b0", "mention-noise"),
    # "Family Discovery Day is on 19 August only, with a touch tank, crab-racing" ¶14
    Query("@everyone Family Discovery Day\u200b crab-racing", "253590a3", "mention-noise"),
    # "ORRINSDALE SEA KAYAK CLUB" ¶1; "the summer 'mackerel paddles' leave the slip at 6.30pm" ¶24
    Query("<#204> mackerel paddles\u200b Orrinsdale", "cd5df2fc", "mention-noise"),
    # Typos
    # "Pendraith Point" ¶1/¶3; "the rare cushion star" ¶12 (1 edit each)
    Query("Pendrait Point cusion star", "253590a3", "typo"),
    # "Six members of the Dunlarrick Mountaineering Club" ¶3 (1 edit each)
    Query("Dunlarick Mountaneering Club", "568a55c0", "typo"),
    # "Woolies" ¶1; "Penwyther" ¶10 (transposed, 2 edits); "marking the centenary" ¶23 (1 edit)
    Query("Penwythre Woolies centenery", "73713c17", "typo"),
    # "COWLINGSBY PRIMARY SCHOOL" ¶1; "Our Christmas concert, 'The Snow Queen'" ¶8 (1 edit each)
    Query("Cowlingby Snow Quen", "263ab6b0", "typo"),
    # Names
    Query("Lloyd Colley", "987e435d", "name"),  # "Organiser Lloyd Colley says" ¶21
    Query("Elsie Wragge", "010269f4", "name"),  # "Producer Mrs Elsie Wragge promises" ¶16
    Query("Tomas Fyfe", "cd5df2fc", "name"),  # "the New Year paddle round Solan Skerry … (leader: Tomas Fyfe)" ¶12
    # Phrases
    Query("may your silage never flood", "3a7176b8", "phrase"),  # "Until then: a happy new year, and may …" ¶25
    Query("girls with quick hands and good eyes", "ee024208", "phrase"),  # "an advertisement for '…' at the BBC" ¶8
    Query("the best Venice this side of the Humber", "010269f4", "phrase"),  # Mrs Elsie Wragge's promise, ¶16
    # Councillor Farrant: "Ten years ago people told us nobody would use a bridge that moved." ¶22
    Query("Ten years ago people told us nobody would use a bridge that moved", "4638a0b0", "phrase"),
    # Questions
    # "the footbridge that carries the riverside walk across the mouth of the Callow" ¶7–8; "The Osprey Swing Bridge is
    # 46 metres long" ¶27 (the 1989 cutting, 91c446bd, gives no length)
    Query("how many metres long is the Osprey bridge over the Callow?", "4638a0b0", "question"),
    # "it has since opened more than nine thousand times to let boats into the inner harbour" ¶11–12
    Query("how many times has the Osprey Swing Bridge opened?", "4638a0b0", "question"),
    # "The PTA raised £1,142 at the Winter Fair on 25 November" ¶24
    Query("how much did the PTA raise at the Cowlingsby Winter Fair?", "263ab6b0", "question"),
    # "The new colour service of BBC2 …" ¶12; "The first Pot Black went out on Wednesday 23 July 1969" ¶13–14
    Query("when did the first Pot Black go out on BBC2?", "ee024208", "question"),
    # "only thirty mourners can attend her funeral at Lodge Hill crematorium" ¶22–23
    Query("how many mourners can attend Nesta Dunnage's funeral?", "ee024208", "question"),
    # "we now have sixty-two members" ¶4
    Query("how many members has the Orrinsdale kayak club got now?", "cd5df2fc", "question"),
    # "The first motor omnibus between Stoneacre and Hexthorpe Bridge … leaving the Market Cross at 8am. Return fare
    # 6d." ¶20–21
    Query("what was the return fare from the Market Cross to Hexthorpe Bridge?", "010269f4", "question"),
    # "nacido en Santa Cruz de Iguña el 28 de diciembre de 1852" ¶5 (nacido → nació)
    Query("¿cuándo nació Torres Quevedo?", "6aec935b", "question"),
    # Topics
    # "The Archers will have been on the national airwaves for sixty years" ¶4
    Query("The Archers sixty years on the national airwaves", "3a7176b8", "topic"),
    # "The Pebbleham Snooker Club's new hall in the old Corn Exchange will open on Saturday 5 March" ¶5 (the Stoneacre
    # Corn Exchange, 010269f4 ¶15, has The Gondoliers; snooker is also Pot Black's, ee024208)
    Query("Pebbleham snooker club new hall in the Corn Exchange", "448dcb93", "topic"),
    # "The seafront ice rink opens on Friday 15 December … The lights switch-on, postponed by the storm of Saturday the
    # 2nd" ¶19–21
    Query("seafront ice rink and lights switch-on postponed by the storm", "f5f11a16", "topic"),
    # "the BBC's famous outside broadcast from the stack, which filled the nation's screens over the weekend of 8 and 9
    # July 1967" ¶5–6
    Query("Old Man of Hoy BBC outside broadcast 1967", "568a55c0", "topic"),
    # "Shopkeepers on Quay Street … sandbags will be kept at the Osprey Steps … a public meeting on flood defences"
    # ¶12–14
    Query("Quay Street sandbags public meeting on flood defences", "205a266f", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Royston Farrant is the Mayor of Callowbridge (4638a0b0 ¶14, ¶22); the cricket centenary is Pebbleham's (b4f456b2)
    "Royston Farrant Pebbleham cricket centenary",
    # Dawn Treloar is the council's press officer (4638a0b0 ¶29; its regatta is the Callow Harbour Regatta, ¶24); the
    # Pendraith Regatta is the rock-pool leaflet's (253590a3 ¶26)
    "Dawn Treloar Pendraith Regatta",
    # Fenella Struthers leads the Dunlarrick climbers (568a55c0 ¶8, ¶12); the Sound of Arisaig week is the kayak
    # club's (cd5df2fc ¶22)
    "Fenella Struthers Sound of Arisaig",
    # Hamish Lennie is the Dunlarrick club's president (568a55c0 ¶23); the Brownsea Island camp is Cowlingsby's Cubs'
    # (263ab6b0 ¶19–22)
    "Hamish Lennie Brownsea Island camp",
    # Nesta Dunnage mixed Pot Black at BBC Birmingham (ee024208); "Barwick Green" is sung by the Archers blog's
    # listening circle (3a7176b8 ¶16), which never names her
    "Nesta Dunnage Barwick Green",
    # Lloyd Colley organises the Stones night (987e435d ¶21; the bands play "on the Osprey Steps", ¶23); the bridge's
    # opening ceremony is Dame Alison Pengelly's (91c446bd) and the release's (4638a0b0), neither names him
    "Lloyd Colley Osprey Swing Bridge opening ceremony",
    # Dame Alison Pengelly cut the ribbon in 1989 (91c446bd ¶5); the tenth-anniversary plaque is unveiled by the Mayor
    # (4638a0b0 ¶14), and the release never names her
    "Dame Alison Pengelly tenth anniversary plaque",
    # Isla Teale is the kayak club's treasurer (cd5df2fc ¶28); the Winter Fair tombola is Mrs Oakenshaw's (263ab6b0 ¶25)
    "Isla Teale Winter Fair tombola",
    # Elsie Wragge produces The Gondoliers in Stoneacre (010269f4 ¶15–16); Pebbleham Books sells the cricket club's
    # history (b4f456b2 ¶15), and names no author
    "Elsie Wragge Pebbleham Books",
    # "The Cubs will sail from Poole on Wednesday 1 August" (263ab6b0 ¶21); no hour
    "what time does the Cowlingsby Cub Pack's boat leave Poole?",
    # "Akela (Mr Tebbutt) will send a letter about kit and costs after half term" (263ab6b0 ¶22); no sum
    "how much will the Brownsea Island centenary camp cost?",
    # "celebrates its centenary with a match against an MCC eleven on the Rec" (b4f456b2 ¶12), played that day; no
    # result (only the first game of 1907 was "lost by nine wickets", ¶13)
    "what was the result of Pebbleham's match with the MCC on the Rec?",
    # "Stoneacre Wanderers beat Holbeck Athletic 3-1" (010269f4 ¶10); no scorers
    "who scored in Stoneacre Wanderers' 3-1 win over Holbeck Athletic?",
    # "will announce the place nearer the time" (ee024208 ¶24–25)
    "where will the celebration of Nesta Dunnage's life be held?",
    # "I am told there is a dramatic storyline planned for the big week. I have my theories." (3a7176b8 ¶19)
    "what dramatic storyline is planned for the Archers' sixtieth anniversary week?",
    # "A lecture on 'The Wonders of Wireless' drew a full house at the Mechanics' Institute" (010269f4 ¶23); no lecturer
    "who gave the lecture on The Wonders of Wireless at the Mechanics' Institute?",
    # "guided boat trip on the lake steamer from Glenridding pier, 11am" (e27b7bce ¶19); no return time
    "what time does the lake steamer get back to Glenridding pier?",
    # Isla Teale "retires as treasurer" (cd5df2fc ¶28–29); no successor named
    "who will take over from Isla Teale as treasurer?",
    # "the queue … stretched past the Market House" (73713c17 ¶11–12); no number
    "how many people queued outside the Penwyther Woolworths in 1928?",
    # "the manager let off fireworks from the roof" (73713c17 ¶17); not named
    "what was the name of the Penwyther manager who let off fireworks from the roof?",
    # the Old Man of Hoy (568a55c0): "the stack", its faces and its foot, never its height
    "what is the height of the Hoy sea stack in metres?",
    # "Shopkeepers on Quay Street are still drying out" (205a266f ¶12); no number
    "how many shops on Quay Street were flooded in January 1996?",
    # Pembridge is not in the corpus; the harbour footbridge's tenth anniversary is Callowbridge's (4638a0b0)
    "Pembridge harbour footbridge tenth birthday",
    # Orrinsford is not in the corpus (4 edits from Orrinsdale, whose sea kayak club is cd5df2fc)
    "Orrinsford sea kayak club",
    # Stonehaven is not in the corpus; "FROM OUR FILES" is the Stoneacre Argus's (010269f4)
    "Stonehaven Argus from our files",
    # Ullapool is not in the corpus (3 edits from Ullasby, whose daffodil walk is e27b7bce ¶14)
    "Ullapool daffodil walk",
    # Penzance is not in the corpus; the Woolworths centenary is Penwyther's (73713c17)
    "Penzance Woolworths centenary",
    # Dunbarton is not in the corpus; the club going for the Old Man of Hoy is Dunlarrick's (568a55c0)
    "Dunbarton mountaineering club Old Man of Hoy",
    # "билет до Вешнеграда стоил слишком дорого" (f27714ab ¶10–11): too dear, no price ("ticket price to Veshnegrad in
    # 1953")
    "цена билета до Вешнеграда в 1953 году",
    # "В четверг, 3-го, первая лекция по физике" (f27714ab ¶8–9): no lecturer ("who gave the first physics lecture?")
    "кто читал первую лекцию по физике в новом здании МГУ?",
    # "Лифт поднимал нас на девятый этаж" (f27714ab ¶7–8): the ninth floor, not how many floors
    "сколько этажей в высотке МГУ?",
    # "la exposición … viajará a Santander" (6aec935b ¶20–21); no one opens it
    "¿quién inaugurará la exposición de Torres Quevedo en Santander?",
    # the red car crosses the Niagara whirlpool (6aec935b ¶7–11); no fare
    "¿qué precio tiene un viaje en la barquilla roja del Niágara?",
    # "Mi abuelo trabajó en los talleres de Bilbao" (6aec935b ¶23); no year
    "¿en qué año trabajó en Bilbao el abuelo de Begoña Saiz?",
    "技术员刘桂芬 今年多大年纪",  # 当年的技术员、现住武汉的刘桂芬老人 (efe81112 ¶21); no age
    "镇文化站站长 叫什么名字",  # 镇文化站站长介绍 (efe81112 ¶20); the station head is not named
    "葛洲坝 截流 龙口 宽度",  # 4日晚，龙口合龙 (efe81112 ¶9); no width of the gap
    # "an exhibition match" opens the Pebbleham snooker hall (448dcb93 ¶5); no players
    "who played in the exhibition match at the Pebbleham Corn Exchange?",
    # Dorothy Wordsworth and Grasmere (e27b7bce ¶4–8); no cottage, and the only opening hours are the Ullasby Reading
    # Room's (¶22)
    "Dorothy Wordsworth Grasmere cottage opening hours",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind136/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
