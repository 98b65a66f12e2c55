"""A hundred-and-thirty-first lookup query set, the sixty-sixth round's BLIND set (written in the sixty-fifth
session): committed unscored, scored once at the end of the round, and not read while the search is tuned (a
score on it is out-of-sample only as long as nobody tunes on it), RICH IN UNANSWERABLE QUERIES, laid out as
tests/queries_blind106.py and tests/queries_blind56.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind129.py and tests/queries_blind130.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some seventeen thousand eight hundred), and with the earlier queries of this set, while the set
  was being written; a query sharing more than half of its words with any one of them was replaced. The
  seeds are exhausted: about eight in ten first drafts were near-copies (every short name, pair of names,
  transcription and most sentences of the seeds had been used already), so the seed queries here are
  longer joins of passages, longer sentences from little-queried passages, rarer transcriptions and
  typos; no seed query of the kind "name" survived the check, and there are fewer seed queries than new-
  document ones.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind143/docs, copied as ONE
  corpus into a subfolder blind143/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 4 + 11 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 2 + 10
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 3 + 11 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in pinyin without
tones, Cyrillic names in Latin letters, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 1 + 3,
mention-noise 1 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 4
(1–2 edits a word), name 0 + 3, phrase 8 + 3, question 4 + 5, topic 3 + 4: 33 + 63 answerable, and
15 + 36 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, of another
cutting of the same digest, or of another passage of the same article); a question in the corpus's own
words about something it does not say (who a contractor, a committee chairman or a band leader was; when
someone died; how many votes, spectators, pupils or dancers; what time a walk, a lunch, an opening or a
train; how long a summit lasted; what a course, a baths or a lift ride cost; which hotel; how old; what a
comet was called); a place the corpus does not hold (two or more edits from anything in it, or simply
absent) joined to a subject it does; Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on
purpose (in another script for some of them), and every article holding those words was read to confirm
that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind143/docs/* into ONE temporary
# corpus folder under the subfolder blind143/: files are then "blind143/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind143/docs",)
NEWDOCS_SUBDIRS = ("blind143",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "564f0e8b": "BRIMLOW EDGE WALKING CLUB",
    "6fdd3816": "THE CARRIGMOYLE LEADER",
    "5af30e17": "CAWLESBY, Saturday 8 August",
    # en_holmbury_advertiser_cuttings_digest.txt, split by the loader: the header (¶1) and the arcade cutting (¶3–7),
    # the caddie at Carnoustie (¶11–15), the Christmas lights of 2010 (¶19–23); the "----" rules belong to none
    "4d9003b9": "Holmbury Advertiser, Wednesday 14 March ",
    "8b6d378d": "Holmbury Advertiser, Saturday 24 July",
    "22a39127": "Holmbury Advertiser, Monday 15 November 2010",
    "3ac3faf1": "Lorna Orchardson, schoolteacher",
    "76ff54b4": "PELLWATER LANE PRIMARY SCHOOL",
    "393e4c14": "PORT AMHERLINE HERITAGE SOCIETY",
    "38e094fe": "SALTMARROW CREEK",
    "b976154a": "The Small Refractor",
    "da5c1567": "STAVENHAM OBSERVER",
    "bfae2f70": "WRAYHOLT TOWN COUNCIL",
    # en_wrayholt_sentinel_digest.txt, split by the loader: the header (¶1) and the Playhouse reopening of 1987
    # (¶3–7), the bowls club's hundredth birthday (¶11–15), the foyer clock stopping in 2016 (¶19–23); the "----"
    # rules belong to none
    "b8e98486": "Wrayholt Sentinel, Saturday 16 May 1987",
    "f51cbbd6": "Wrayholt Sentinel, Thursday 21 June",
    "97018599": "Wrayholt Sentinel, Friday 9 December 2016",
    "651556a2": "Valparaíso, viernes 28 de noviembre",
    "1cbf48c0": "Высокополье, пятница, 19 июля",
    "92c022c1": "杉埠镇 4月18日 星期一",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Cambodian King Norodom Sihamoni" ¶235; "met with the King and the Queen Mother at Zhongnanhai" ¶237; "as
    # ironclad friends, should keep the big picture in mind" ¶245
    Query("Norodom Sihamoni Zhongnanhai big picture ironclad friends", "5a5d8582", "cross-paragraph"),
    # "Dr. Norman Bethune, heir to a Scottish family of doctors" ¶275; "At the 1924 Paris Olympics … in 47.6 seconds"
    # ¶287; "Modeled after London's Stamford Bridge" ¶291
    Query("Norman Bethune heir Stamford Bridge Paris Olympics 47.6", "7ab1f62c", "cross-paragraph"),
    # "Chairman of the National Assembly of Vietnam Tran Thanh Man … the 80th anniversary of the August Revolution"
    # ¶65; "Vietnamese President Luong Cuong" ¶71; "paid respects at the Ho Chi Minh Mausoleum" ¶75 (20f574be ¶143
    # has the August Revolution, none of the names)
    Query("Tran Thanh Man Luong Cuong Ho Chi Minh Mausoleum August Revolution", "362ba691", "cross-paragraph"),
    # "with Kazakhstan President Kassym-Jomart Tokayev in the evening" ¶405; "the 75th anniversary of their
    # diplomatic relations" ¶415; "key projects of the China-Myanmar Economic Corridor" ¶417
    Query("Kazakhstan Tokayev evening Myanmar Economic Corridor 75th anniversary", "26d64f12", "cross-paragraph"),
    # Word forms: the text has another form
    # "Rewi Alley wrote: … a simple grave at the end of the trail" ¶495–497 (wrote → writes; "writes" is in
    # ac7222d4 ¶521, of Arthur Clegg, and in 7ab1f62c ¶273 and ccf1d4fa ¶113)
    Query("Rewi Alley writes of Hogg's simple grave at the end of the trail", "ac7222d4", "word-form"),
    # "Xi Jinping meets leaders from Armenia, Belarus, Maldives, Azerbaijan …" ¶253; "his counterparts who had come
    # to attend the meetings of the Shanghai Cooperation Organisation (SCO)" in Tianjin ¶255 (come → coming)
    Query("Maldives Azerbaijan leaders coming to Tianjin for the SCO meetings", "0e5d6094", "word-form"),
    # Another script or romanisation
    # "headmaster of the Shandan Bailie School" ¶483 (and ¶501) in Cyrillic
    Query("Шаньданьская школа Бэйли", "ac7222d4", "translit"),
    # "In Tianjin, he … helping to design and promote the Minyuan Stadium" ¶291, of Liddell, in Cyrillic
    Query("Миньюань стадион Тяньцзинь Лидделл", "7ab1f62c", "translit"),
    # accents dropped: "Armenia, Belarus, Maldives, Azerbaijan, Kyrgyzstan, India and Türkiye" ¶253
    Query("Turkiye Azerbaijan Maldives Kyrgyzstan Xi meetings", "0e5d6094", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "United Nations Secretary General António Guterres … Kazakhstan President Kassym-Jomart Tokayev" ¶405
    Query("про Касым-Жомарта Токаева и Антониу Гутерреша", "26d64f12", "russian"),
    # "Zimbabwean President Emmerson Mnangagwa" ¶5; "President of the Republic of the Congo Denis Sassou Nguesso" ¶23
    Query("о Денисе Сассу-Нгессо и Эммерсоне Мнангагве", "faecd2e1", "russian"),
    # Spanish
    # "solo vi a una persona pidiendo limosna en la calle con un código QR en el fondo de una olla" ¶327
    Query("¿a quién vio Loving pidiendo limosna en la calle?", "dde32893", "spanish"),
    # "Desafortunadamente, eso me hizo reír – siendo de Texas." ¶335 (Sydney Loving ¶297–301)
    Query("¿de qué estado es Sydney Loving y por qué se rió?", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # Anna May Wong, David Horsley and the British Film Institute ¶111, "Lady From Chungking" ¶113, in Chinese
    Query("黄柳霜 重庆 大卫·霍斯利 英国电影学院", "ccf1d4fa", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Reporting the grand ceremony, Nhân Dân, noted that international guests included" ¶151; "Igor Sergeenko" ¶157;
    # "Vladimir Vladimirovich Yakushev" ¶158
    Query("<#77> Sergeenko Yakushev\u200b Nhân Dân guests", "20f574be", "mention-noise"),
    # Typos (1–2 edits)
    # "Uzbek President Shavkat Mirziyoyev" ¶207, "Uzbekistan" ¶203/209 (1 edit each)
    Query("Mirziyoev Shavkhat Uzbekstan", "3a9fa4ed", "typo"),
    # "Foreign Minister Subrahmanyam Jaishankar" and "South African President Cyril Ramaphosa" ¶451, ¶467
    Query("Jaishenkar Ramaposa", "e065690c", "typo"),
    # "the Shandan Bailie School" ¶483/501; "the relative safety of Gansu" ¶485
    Query("Shandan Baillie Schol Gansu", "ac7222d4", "typo"),
    # Phrases
    # "We should resolutely oppose any acts of distorting history and beautifying Nazis" line 11
    Query("we should resolutely oppose any acts of distorting history and beautifying Nazis", "424ab945", "phrase"),
    # "Only years later did he realise that it was the same Younghusband who had led the 1905 British invasion" ¶521
    Query("Only years later did he realise that it was the same Younghusband", "ac7222d4", "phrase"),
    # "to embark on the journey toward great rejuvenation" ¶387
    Query("embark on the journey toward great rejuvenation", "38a7d84f", "phrase"),
    # "increase resources input and enhance capacity building" ¶441
    Query("increase resources input and enhance capacity building", "9e49ddff", "phrase"),
    # "It links their wartime alliance of the 1940s to a contemporary partnership" line 3
    Query("It links their wartime alliance of the 1940s to a contemporary partnership", "b39d8185", "phrase"),
    # "coordinate positions on matters pertaining to each other's core interests and major concerns in a timely
    # manner" ¶189
    Query(
        "coordinate positions on matters pertaining to each other's core interests in a timely manner",
        "c061f0a1",
        "phrase",
    ),
    # "endured great national sacrifices for and made indelible historic contributions to the victory" line 7
    Query("endured great national sacrifices and made indelible historic contributions", "424ab945", "phrase"),
    # "a warm and friendly reception by the King and the Cambodian people, of which he still has fond memories" ¶239
    Query("of which he still has fond memories", "5a5d8582", "phrase"),
    # Questions
    # "Lessons for Japan: Urge the Japanese government to face its wartime past honestly, refrain from historical
    # revisionism, and fully sever ties with militarism" line 41
    Query("what does the joint statement urge the Japanese government to do?", "b39d8185", "question"),
    # "The Chinese side once again calls on the United States to remove Cuba from the arbitrary 'list of state
    # sponsors of terrorism.'" ¶101
    Query("what does the Chinese side call on the United States to remove Cuba from?", "d807680a", "question"),
    # "Defence Minister Vladimir Padrino" ¶33 (inaugurating the monument, ¶33/43); "Defense Minister Vladimir
    # Padrino" ¶53
    Query("which Venezuelan defence minister attended the monument inauguration?", "f78fdcd6", "question"),
    # "issued the Joint Statement … on Establishing the Strategic Partnership and signed multiple bilateral
    # cooperation documents in such areas as market regulation, metrology, and media" ¶261
    Query("what documents did China and Armenia sign in such areas as market regulation?", "0e5d6094", "question"),
    # Topics
    # "Meeting with Uzbek President Shavkat Mirziyoyev … accelerate the alignment of development strategies, steadily
    # advance the construction of the China-Kyrgyzstan-Uzbekistan railway project" ¶207
    Query("China-Kyrgyzstan-Uzbekistan railway Mirziyoyev alignment of development strategies", "3a9fa4ed", "topic"),
    # "Themes" line 5; "China Is Increasingly the Senior Partner" line 12; "The structure and content of the
    # statement suggest growing asymmetry" line 13
    Query("joint statement theme China increasingly the senior partner asymmetry", "b39d8185", "topic"),
    # "China, Russia and Mongolia strengthen three-way friendship" ¶185; "Xi Jinping held important meetings with
    # Russian President Vladimir Putin and Mongolian President Khurelsukh Ukhnaa on the morning of September 2" ¶187
    Query("Khurelsukh Ukhnaa Vladimir Putin Xi three-way meeting September 2", "c061f0a1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Norman Bethune is in 7ab1f62c ¶275; the Nuremberg Tribunal and Trial are b39d8185's (lines 39–40) and ccf1d4fa's
    # (¶125)
    "Norman Bethune Nuremberg Tribunal",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the Yasukuni Shrine is b39d8185's (line 41)
    "Chen Weihua Yasukuni Shrine",
    # Jiayuguan is the delegation's (dde32893 ¶307, ¶335, ¶345); Lukashenko met Xi in Tianjin (0e5d6094 ¶263–265)
    "Jiayuguan Lukashenko",
    # David Horsley reviews the Anna May Wong season (ccf1d4fa ¶111, ¶123); Ken Hammond speaks at the webinar
    # (d89fdf72 ¶363): no article names both
    "David Horsley Ken Hammond",
    # James MacManus wrote the biography of Hogg (ac7222d4 ¶489); Stamford Bridge is the Minyuan Stadium's model
    # (7ab1f62c ¶291)
    "James MacManus Stamford Bridge",
    # Mirziyoyev met Xi in Beijing (3a9fa4ed ¶207–209); Wonsan is Lavrov's (097182f6 line 7)
    "Mirziyoyev Wonsan",
    # Rewi Alley (ac7222d4 ¶495); the rostrum of Tienanmen is Kim Jong Un's and Putin's (eca32116 ¶219)
    "Rewi Alley Tienanmen rostrum",
    # Khurelsukh Ukhnaa is Mongolia's president (c061f0a1 ¶187, ¶197–199); no election, no votes
    "how many votes did Khurelsukh Ukhnaa receive in Mongolia's presidential election?",
    # "a Virtual Summit of the ten full members of the BRICS" on "the evening of September 8, 2025" (e065690c ¶449);
    # no length
    "how long did the BRICS virtual summit of September 8 last?",
    # Glasgow is not in the corpus; the Consulate-General that wrote about Liddell is in Edinburgh (7ab1f62c ¶273)
    "Glasgow consulate Eric Liddell",
    # Ulaanbaatar is not in the corpus; Xi met Putin and the Mongolian president in Beijing (c061f0a1 ¶185–187)
    "Ulaanbaatar summit of Xi, Putin and the Mongolian president",
    # Liu Qibao in Khabarovsk (054ef6fb lines 4–14): no age ("how old was Liu Qibao when he visited Khabarovsk?")
    "сколько лет было Лю Цибао, когда он посетил Хабаровск?",
    # the same visit: no hotel ("in which hotel did Liu Qibao stay in Khabarovsk?")
    "в какой гостинице жил Лю Цибао в Хабаровске?",
    # "visitamos JISCO, una empresa siderúrgica estatal alrededor de la cual los obreros construyeron la ciudad
    # entera" (dde32893 ¶335); no number of workers
    "¿cuántos trabajadores tiene la siderúrgica JISCO en Jiayuguan?",
    # Eric Liddell (利德尔) "finally died in a Japanese internment camp" (7ab1f62c ¶285); no funeral, no date
    "利德尔 葬礼 日期",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "a gentle six miles from the village hall to Stannock Tarn" ¶5; "Tickets … from Hesba Dunsop" ¶7 (and ¶21);
    # "The coach trip to the Howgills" ¶15
    Query("Hesba Dunsop Stannock Tarn Howgills", "564f0e8b", "cross-paragraph"),
    # "Dervla Keogh, who kept a diary that winter" ¶7; "The sports magazine with Micheál O'Hehir" ¶9 (Mrs Keogh there
    # too); "the pantomime, 'Jack and the Beanstalk'" ¶11
    Query("Dervla Keogh Micheál O'Hehir Jack and the Beanstalk", "6fdd3816", "cross-paragraph"),
    # "Ronnie Abbatt, who set the club record" ¶5; "the county junior final on Saturday 29 August at Ribsford" ¶11;
    # "the club secretary, Glenys Tamblyn" ¶19
    Query("Ronnie Abbatt Glenys Tamblyn Ribsford", "5af30e17", "cross-paragraph"),
    # "born … in Leith, the youngest of five children of a ship's chandler" ¶5; "her niece, Ailsa Grierlaw" ¶17;
    # Hoolsay ¶3–21
    Query("Ailsa Grierlaw Leith ship's chandler Hoolsay", "3ac3faf1", "cross-paragraph"),
    # "One of the three, Lemuel Leary" ¶6; "an illustrated talk by Marguerite Sponagle" ¶9; "heritage supper of
    # fishcakes and beans" ¶21
    Query("Lemuel Leary Marguerite Sponagle fishcakes", "393e4c14", "cross-paragraph"),
    # "opened by the Mayor, Alderman Norris Sallis" ¶5; "Mr Gladstone's resignation" ¶15; "The baths' first manager,
    # Len Hodgkiss" ¶25
    Query("Alderman Norris Sallis Len Hodgkiss Gladstone", "da5c1567", "cross-paragraph"),
    # "the Thackeray-Bould family's ice-cream kiosk in the foyer" ¶8; "first opened as a corn exchange in June 1858"
    # ¶12 (da5c1567 ¶15 has "the Corn Exchange" of Stavenham)
    Query("Thackeray-Bould kiosk corn exchange 1858", "bfae2f70", "cross-paragraph"),
    # "el domingo, juegos para niños en el paseo Gervasoni" ¶7; "doña Elcira Saavedra" ¶9; "en plenas vísperas de
    # Fiestas Patrias" ¶13
    Query("Elcira Saavedra paseo Gervasoni Fiestas Patrias", "651556a2", "cross-paragraph"),
    # "в Лужниках … на стадионе «Колос» в Высокополье" ¶5; "Главный судья турнира, тренер Аркадий Мезенцев" ¶7 (and
    # ¶19)
    Query("Мезенцев Лужниках стадион «Колос»", "1cbf48c0", "cross-paragraph"),
    # D460次列车从上海站开出 ¶3; 退休站务员方桂林 ¶5 (and ¶9, ¶15); 到省城参观铁路博物馆 ¶13
    Query("方桂林 D460 铁路博物馆", "92c022c1", "cross-paragraph"),
    # "start from the old sluice gate" ¶4; "while redshank and lapwing are nesting" ¶12; "Wellington boots" ¶20
    Query("redshank lapwing Wellington boots sluice gate", "38e094fe", "cross-paragraph"),
    # Word forms
    # "Jonathan Edwards hopped, stepped and jumped 18.29 metres" ¶3 (hopped → hopping, stepped → stepping;
    # "jumping" is in ¶3 too, "triple jumping")
    Query("Jonathan Edwards hopping, stepping and jumping 18.29 metres", "5af30e17", "word-form"),
    # "in April she sailed … 'Sailed at six in the mail boat'" ¶7 (sailed → sailing)
    Query("Lorna Orchardson sailing to Hoolsay in the mail boat", "3ac3faf1", "word-form"),
    # "Con Hurley … sold most of those first sets" ¶13 (sold → selling, irregular; "sells" is there too, of Declan)
    Query("Con Hurley selling the first sets in Carrigmoyle", "6fdd3816", "word-form"),
    # "PLAYHOUSE CLOCK STOPS AGAIN. The Playhouse foyer clock … stopped at 3.40 on Tuesday afternoon" ¶21 (stops,
    # stopped → stopping); the Sentinel of 1987: "it had stopped at 3.40am on the night of the fire" (b8e98486 ¶7)
    Query(
        "the Playhouse foyer clock stopping again at 3.40 in the afternoon",
        "97018599",
        "word-form",
        also=("b8e98486",),
    ),
    # "Валерий Брумель … турнир прыгунов в высоту его имени" ¶5 (Валерий Брумель → Валерия Брумеля, genitive)
    Query("турнир прыгунов имени Валерия Брумеля", "1cbf48c0", "word-form"),
    # "los vecinos más antiguos subirán gratis en el primer carro" ¶7 (subirán → suben)
    Query("los vecinos más antiguos suben gratis en el primer carro", "651556a2", "word-form"),
    # "doña Elcira Saavedra, nacida el 3 de mayo de 1917" ¶9 (nacida → nació)
    Query("doña Elcira Saavedra nació en 1917", "651556a2", "word-form"),
    # "eighteen months after the fire of Monday 11 November 1985 gutted its auditorium" ¶5 (gutted → gutting); the
    # council's release: "The theatre was gutted by fire on the night of 11 November" (bfae2f70 ¶8)
    Query("the fire of 1985 gutting the Playhouse auditorium", "b8e98486", "word-form", also=("bfae2f70",)),
    # "Paul Lawrie came from ten shots behind to win a four-hole play-off" ¶13 (win → winning; "winning" is only in
    # seeds/)
    Query("Paul Lawrie winning a four-hole play-off at Carnoustie", "8b6d378d", "word-form"),
    # Dad's diary: "Saturday the 27th: saw it! Low in the north-west, a smudge with a tail." ¶6 (saw → seeing,
    # irregular)
    Query("Dad seeing the comet low in the north-west", "b976154a", "word-form"),
    # Another script or romanisation
    # "Валерий Брумель … в Лужниках" ¶5 in Latin letters
    Query("Valeriy Brumel Luzhniki", "1cbf48c0", "translit"),
    # "тренер Аркадий Мезенцев" ¶7 and "Высокополье" ¶1 in Latin letters
    Query("Arkadiy Mezentsev Vysokopolye", "1cbf48c0", "translit"),
    # 退休站务员方桂林 ¶5 and 杉埠 ¶1/5/9 in pinyin
    Query("Fang Guilin Shanbu", "92c022c1", "translit"),
    # "和谐号"动车组 ¶3 in pinyin
    Query("Hexie hao dongche", "92c022c1", "translit"),
    # accents dropped: "La junta de vecinos del pasaje Miramar" ¶7; "tocaba el Orfeón Municipal" ¶5; "Valparaíso" ¶1/5
    Query("pasaje Miramar Orfeon Municipal Valparaiso", "651556a2", "translit"),
    # accents dropped: "TELEFÍS ÉIREANN" ¶3, "Telefís Éireann" ¶5; "RTÉ will mark the night" ¶5 (and ¶11)
    Query("Telefis Eireann RTE", "6fdd3816", "translit"),
    # "Jonathan Edwards … at Gothenburg" ¶3 in Cyrillic
    Query("Джонатан Эдвардс Гётеборг", "5af30e17", "translit"),
    # the same, in Chinese characters
    Query("乔纳森·爱德华兹 哥德堡", "5af30e17", "translit"),
    # "The schooner Bluenose was launched … in Lunenburg" ¶4 in Cyrillic
    Query("Блюноуз Луненбург", "393e4c14", "translit"),
    # "the Open at Carnoustie, where Paul Lawrie came from ten shots behind" ¶13 in Chinese characters
    Query("卡诺斯蒂 保罗·劳里", "8b6d378d", "translit"),
    # "News of Mr Gladstone's resignation reached Stavenham" ¶15 in Cyrillic
    Query("Гладстон Ставенхем", "da5c1567", "translit"),
    # Russian
    # "для ветеранов легкой атлетики 27-го в доме культуры устроят вечер воспоминаний" ¶15
    Query("вечер воспоминаний для ветеранов легкой атлетики", "1cbf48c0", "russian"),
    # "зимнее первенство по прыжкам в высоту в новом манеже" ¶17
    Query("зимнее первенство по прыжкам в высоту в новом манеже", "1cbf48c0", "russian"),
    # "первый такой турнир собрал сорок два участника из пяти районов" ¶13
    Query("сорок два участника из пяти районов", "1cbf48c0", "russian"),
    # Spanish
    # "El ascensor fue declarado monumento histórico el 1 de septiembre de 1998" ¶11
    Query("declarado monumento histórico en 1998", "651556a2", "spanish"),
    # "habrá talleres de dibujo en el paseo, con el puerto de fondo" ¶17
    Query("talleres de dibujo en el paseo con el puerto de fondo", "651556a2", "spanish"),
    # "una avería lo dejó parado casi tres semanas" ¶13
    Query("una avería lo dejó parado casi tres semanas", "651556a2", "spanish"),
    # Chinese
    Query("第六次大提速 和谐号", "92c022c1", "chinese"),  # 全国铁路实施第六次大提速，"和谐号"动车组正式载客运行 ¶3
    Query("最后一趟绿皮慢车", "92c022c1", "chinese"),  # 最后一趟绿皮慢车晚上九点进站 ¶7
    Query("提速十五周年 图片展", "92c022c1", "chinese"),  # 举办了"提速十五周年"图片展 ¶9
    # Mentions and zero-width spaces
    # "the two-day navigation course on Saturday 9 and Sunday 10 February" ¶9; "BRIMLOW EDGE WALKING CLUB" ¶1
    Query("<@4411> Brimlow Edge\u200b navigation course", "564f0e8b", "mention-noise"),
    # "SALTMARROW CREEK" ¶1; "Guided cockle walks on the sands" ¶2, "Cockle walks run on 14, 15 and 16 June" ¶8
    Query("@here Saltmarrow\u200b cockle walks", "38e094fe", "mention-noise"),
    # "Bluenose II, the replica built in the same yard" ¶24
    Query("<#203> Bluenose II\u200b replica", "393e4c14", "mention-noise"),
    # Typos
    Query("Carrigmoyl Telefis Eirean", "6fdd3816", "typo"),  # "CARRIGMOYLE" ¶1, "TELEFÍS ÉIREANN" ¶3 (1 edit each)
    Query("Cawlsby Harries triple jump", "5af30e17", "typo"),  # "CAWLESBY" ¶1, "the Cawlesby Harriers" ¶3
    Query("Stavenhem Obsever", "da5c1567", "typo"),  # "STAVENHAM OBSERVER" ¶1 (1 edit each)
    # "Wrayholt Sentinel" ¶11; "Wrayholt Bowling Club" ¶13 ("bowls club" in the headline); 1 edit each
    Query("Wrayhalt Sentinal bowls club", "f51cbbd6", "typo"),
    # Names
    Query("Duncan Rowatt", "8b6d378d", "name"),  # "Holmbury Golf Club's assistant professional, Duncan Rowatt" ¶13
    Query("Priya Halsall", "5af30e17", "name"),  # "The best of the night, 13.61 metres, came from Priya Halsall" ¶7
    Query("Mrs A. Quarshie", "76ff54b4", "name"),  # "Mrs A. Quarshie, Headteacher" ¶23
    # Phrases
    Query("Finished the caulking on the port side", "393e4c14", "phrase"),  # Lemuel Leary's letter, ¶6
    # "several generations of pupils who still cannot split an infinitive without thinking of her" ¶17
    Query("who still cannot split an infinitive", "3ac3faf1", "phrase"),
    Query("saw nothing but the gasworks", "b976154a", "phrase"),  # Dad's diary, ¶6
    # Questions
    # "The tallest snowman ever built in our playground, at 2.4 metres" ¶8
    Query("how tall was the tallest snowman built in the Pellwater Lane playground?", "76ff54b4", "question"),
    # "Sir Patrick presented the programme for more than fifty-five years, until his death on 9 December 2012" ¶8
    Query("until when did Sir Patrick present The Sky at Night?", "b976154a", "question"),
    # "1,200 bathers passed through the turnstiles in the first week" ¶5
    Query(
        "how many bathers passed through the turnstiles in the first week at the Mill Road baths?",
        "da5c1567",
        "question",
    ),
    Query("how long does a Saltmarrow cockle walk last?", "38e094fe", "question"),  # "Walks last about two hours" ¶4
    # "Last year's switch-on, on 27 November, drew 4,000 people to the arcade" ¶23
    Query("how many people came to the Kingsgate switch-on last year?", "22a39127", "question"),
    # Topics
    # "thirty years to the day since The Snowman was first shown on Channel 4 … Raymond Briggs's book" ¶6
    Query("Snowman thirty years Channel 4 Raymond Briggs", "76ff54b4", "topic"),
    # "I set up the refractor in the garden for the transit of Mercury … with a proper solar filter" ¶12
    Query("transit of Mercury solar filter refractor", "b976154a", "topic"),
    # "Wrayholt Bowling Club played its first game … members in Edwardian costume will play a match against
    # Tadcombe" ¶13; "The centenary dinner" ¶15
    Query("Wrayholt Bowling Club centenary Edwardian costume Tadcombe", "f51cbbd6", "topic"),
    # "KINGSGATE ARCADE OPENS AT LAST. The new covered arcade between Kingsgate and the bus station opened" ¶5
    # (22a39127 ¶23 only says the arcade "is twenty years old this year")
    Query("Kingsgate covered arcade opening", "4d9003b9", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Hesba Dunsop takes bookings for the walking club (564f0e8b ¶7, ¶21); the triple jump is Cawlesby's (5af30e17)
    "Hesba Dunsop triple jump",
    # Glenys Tamblyn is the Harriers' secretary (5af30e17 ¶19); the Snowdonia weekend is Brimlow's (564f0e8b ¶17)
    "Glenys Tamblyn Snowdonia walking weekend",
    # Ailsa Grierlaw is Lorna Orchardson's niece (3ac3faf1 ¶17); the Bluenose is Port Amherline's (393e4c14)
    "Ailsa Grierlaw Bluenose schooner launch",
    # Marguerite Sponagle talks on the Bluenose (393e4c14 ¶9); The Sky at Night is the blog's (b976154a)
    "Marguerite Sponagle Sky at Night",
    # Duncan Rowatt is the caddie at Carnoustie (8b6d378d); the market's return to Kingsgate from the bus station is
    # another cutting (4d9003b9 ¶7)
    "Duncan Rowatt Kingsgate market bus station",
    # Vera Rusholme cut the Playhouse ribbon in 1987 (b8e98486 ¶5); the bowls centenary is another cutting (f51cbbd6)
    "Vera Rusholme bowls club centenary",
    # Clifford Pyebank is the bowls secretary (f51cbbd6 ¶15); the foyer clock is the other cuttings' (b8e98486 ¶7,
    # 97018599) and the council's (bfae2f70 ¶14)
    "Clifford Pyebank foyer clock",
    # Alderman Norris Sallis opened the baths "25 years ago" (da5c1567 ¶5); the schools closed by influenza are "75
    # years ago" (¶11), with Dr Harkness, not the Alderman
    "Norris Sallis schools closed by influenza",
    # Dr Harkness is Stavenham's (da5c1567 ¶11); Hoolsay "then had fourteen children and no doctor" (3ac3faf1 ¶7)
    "Dr Harkness Hoolsay school",
    # Declan Hurley sells sets (6fdd3816 ¶13); the pantomime in the parish hall (¶11) is not connected with him
    "Declan Hurley pantomime",
    # Priya Halsall jumps for Cawlesby (5af30e17 ¶7); the Gilsby Rotary sponsored walk is Brimlow's (564f0e8b ¶15)
    "Priya Halsall Gilsby Rotary sponsored walk",
    # Mrs Tibbets takes the Christmas card entries (76ff54b4 ¶8); the Silverdome ice-skating is Year 3 and 4's (¶16)
    "Mrs Tibbets Silverdome ice-skating",
    # "the official opening, with the Town Crier, will be on Saturday 7 April" (4d9003b9 ¶5); no hour
    "at what hour will the official opening with the Town Crier be held?",
    # "the two-day navigation course on Saturday 9 and Sunday 10 February, run by a mountain leader from Kendal;
    # places are limited to twelve" (564f0e8b ¶9); no price, and the leader is not named
    "what does the two-day February course with the Kendal mountain leader cost?",
    # "nominations for the committee must reach the secretary" (564f0e8b ¶9); no chairman, no secretary named
    "who chairs the Brimlow Edge walking club committee?",
    # "Christmas lunch is on Thursday 13 December" (76ff54b4 ¶10); no hour
    "at what hour is Christmas lunch served at Pellwater Lane Primary?",
    # "the work was put off when the contractor went bust" (5af30e17 ¶15); the contractor is not named
    "what was the contractor called who went bust before rebuilding the Dippings Lane pit?",
    # "the baths had cost more than the new branch library at Threaves Cross" (da5c1567 ¶7); no sum
    "how many pounds were spent on the Mill Road swimming baths?",
    # "the time for your walk is printed on your ticket" (38e094fe ¶8); no times given
    "what time does the Saltmarrow cockle walk start on 12 July?",
    # "several generations of pupils" (3ac3faf1 ¶17); no number for Skelbrae Academy (Hoolsay had fourteen
    # children, ¶7)
    "how many pupils did Lorna Orchardson teach at Skelbrae Academy?",
    # "look for a comet" (b976154a ¶4), "saw it! … a smudge with a tail" (¶6); the comet is not named
    "what was the name of the comet Dad saw in 1957?",
    # "crowds dancing in the snow on O'Connell Street" (6fdd3816 ¶5); no number
    "how many people danced in the snow on O'Connell Street?",
    # Lemuel Leary "wrote home to his wife every few days" (393e4c14 ¶6); she is not named, no death
    "in what year did Lemuel Leary's wife die?",
    # "в Лужниках" (1cbf48c0 ¶5, ¶7, ¶9): "весь стадион молчал", no number of spectators
    "сколько зрителей было в Лужниках в 1963 году?",
    # "В прошлом году … первый такой турнир собрал сорок два участника" (1cbf48c0 ¶13); no winner
    "кто стал победителем турнира имени Брумеля в прошлом году?",
    "退休站务员方桂林 多大年纪",  # 退休站务员方桂林 (92c022c1 ¶5): no age
    # 当天清晨5点38分，D460次列车从上海站开出，驶向苏州 (92c022c1 ¶3): departure only, no arrival time
    "D460次列车 几点 到达苏州",
    # "subieron al carro inferior del ascensor" in 1883 (651556a2 ¶5); "subirán gratis" today (¶7); no fare
    "¿cuánto costaba subir al ascensor en 1883?",
    "¿quién dirigía el Orfeón Municipal?",  # "mientras tocaba el Orfeón Municipal" (651556a2 ¶5); no conductor
    # Chester is not in the corpus; the model schooner regatta is Port Amherline's (393e4c14 ¶12)
    "Chester model schooner regatta",
    # Helsinki is not in the corpus; the world record was set at Gothenburg (5af30e17 ¶3)
    "Helsinki triple jump world record",
    # Skelmorlie is not in the corpus (Skelbrae is 4+ edits away); the teacher is Skelbrae's (3ac3faf1)
    "Skelmorlie Academy teacher obituary",
    # Grasmere is not in the corpus; the walking club and its AGM are Brimlow Edge's (564f0e8b ¶9)
    "Grasmere walking club AGM",
    # Viña del Mar is not in the corpus; the ascensor is Valparaíso's cerro Concepción (651556a2)
    "ascensor de Viña del Mar",
    # Одинцово is not in the corpus; the high-jump tournament is Высокополье's (1cbf48c0)
    "Одинцово турнир прыгунов в высоту",
    # 杭州 is not in the corpus; the first 动车 ran from 上海站 to 苏州 (92c022c1 ¶3), 杉埠站 waited for the first
    # one (¶7)
    "杭州站 第一趟动车",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind143/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
