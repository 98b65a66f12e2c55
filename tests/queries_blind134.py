"""A hundred-and-thirty-fourth lookup query set, for tuning ranking (written in the sixty-seventh session): a TUNING
set, not a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind133.py and tests/queries_blind135.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some eighteen thousand), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: every short phrase, every name, most two- and three-passage joins and most
  transcriptions of the seeds' names had been used already, and about five in six first drafts had to
  be rewritten (all the phrase and name drafts, and nearly all the question drafts, among them), so
  the seed queries here are mostly longer joins of three passages, with a few rarer transcriptions,
  inflected Russian, typos and questions; there are fewer of them than usual, and more new-document
  queries instead.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind146/docs, copied as ONE
  corpus into a subfolder blind146/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 11 + 13 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 1 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish), translit
1 + 17 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin letters
for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3,
chinese 1 + 3, mention-noise 1 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 3 + 5 (1–2 edits a word), name 0 + 4, phrase 0 + 5, question 2 + 7, topic 2 + 5: 26 + 77
answerable, and 15 + 39 unanswerable. Every answerable query is answered by the documents' own words in
some form, spelling or script (names may be written in another script); none needs a translation of a
common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
drove, lit, founded, won, tweeted or bought; what a daughter, a son or a maiden name was; which hotels;
how many people, socios or pupils; what time something starts or a plane landed; what a coach or a
hamburger cost; when someone retired or left); a place the corpus does not hold (spelled two or more
edits from anything real in it, or simply absent) joined to a subject it does; Russian, Spanish and
Chinese ones. Each shares one or more words with its corpus on purpose (in another script for some of
the seeds' ones), and every article holding those words was read to confirm that none answers the
query.

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

# The new-documents corpus is assembled by copying tests/gold/blind146/docs/* into ONE temporary
# corpus folder under the subfolder blind146/: files are then "blind146/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind146/docs",)
NEWDOCS_SUBDIRS = ("blind146",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "424971c7": "THE ALDBECK CHRONICLE",
    # en_brannerton_observer_fell_walkers_digest.txt, split by the loader: the Alps trip of 1989 (¶3–6), the Iceman
    # (¶10–13), the letter from Royal Park (¶17–22); the header (¶1) and the "----" rules (¶8, ¶15) belong to none of
    # them, and each cutting's dateline is its title
    "a695b11e": "Brannerton Observer, Wednesday 12 July 1989",
    "2ac19468": "Brannerton Observer, Tuesday 19 September",
    "06fcec41": "Brannerton Observer, Friday 20 August",
    "dd497d61": "CRESSLEY BOROUGH COUNCIL",
    # en_cressley_gazette_tanyard_lane_digest.txt, split by the loader: the opening of 1992 (¶3–6), the white horse
    # (¶10–13), the Christmas hours of 2007 (¶17–20); the header (¶1) and the rules (¶8, ¶15) belong to none of them
    "2a8b1294": "Cressley Gazette, Monday 16 March 1992",
    "faf7cd80": "Cressley Gazette, Tuesday 28 April",
    "ac9d9d12": "Cressley Gazette, Thursday 6 December 2007",
    "1a2ddeb0": "HAZELGROVE HEDGEHOG RESCUE",
    "cdbefa12": "THE SHIP THAT SAILED ITSELF",
    "f9c7fa9d": "INCHBERVIE SIGNAL HOUSE MUSEUM",
    "d77d7fee": "THE OLD STEAM LAUNDRY AT MALLERTON",
    "80a2041b": "OBITUARY: Ottilie Brangwyn",
    "29747d5a": "SLATTERBROOK, Tuesday 20 February",
    "fecebfd6": "THORNWELL PRIMARY SCHOOL",
    "181b54b3": "TWO BLACK HOLES AND A CHIRP",
    "872a45a7": "Cala Morisca, 26 de junio",
    "58adc1b6": "Мостовицк, 30 января",
    "ce240491": "11月30日 星期二",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the 'Hands off China' Campaign (1925-27)" ¶513; "members of the House of Lords" ¶519; "separating Xizang
    # (Tibet) from the rest of China" ¶521
    Query("Hands off China 1925-27 House of Lords Xizang", "ac7222d4", "cross-paragraph"),
    # "contrasting this with commodified cultural access in the West" ¶539; "cities in Shaanxi and Gansu provinces"
    # ¶549; "an endorsement of the guerrilla warfare strategy" ¶557
    Query("commodified cultural access Shaanxi guerrilla warfare strategy", "6710eba1", "cross-paragraph"),
    # "Born in 1902 to Scottish missionary parents" ¶289; "inducted into the Scottish Sports Hall of Fame in 2002"
    # ¶287; "not to talk about their ordeals in captivity" ¶277
    Query("Scottish missionary parents 1902 Hall of Fame 2002 ordeals in captivity", "7ab1f62c", "cross-paragraph"),
    # "The Bloomberg financial news service further reported Lula" ¶463; "the absence of Prime Minister Narendra Modi
    # … his continued vacillation" ¶451; "on modern, flexible foundations" ¶465
    Query("Bloomberg Modi vacillation modern flexible foundations", "e065690c", "cross-paragraph"),
    # "Slovakia was the only member state of NATO and the EU to be represented … at head of government level" ¶21;
    # "an early harvest arrangement" ¶25; "carry out the ten partnership actions" ¶27
    Query(
        "Slovakia only NATO member head of government early harvest ten partnership actions",
        "faecd2e1",
        "cross-paragraph",
    ),
    # "We have our rigid code of behaviour" ¶119; "the British Film Institute (BFI) on London's Southbank" ¶111;
    # "None Shall Escape the Judgement made in 1944" ¶125
    Query("rigid code of behaviour BFI Southbank None Shall Escape", "ccf1d4fa", "cross-paragraph"),
    # "the third time Comrade Miguel Díaz-Canel Bermúdez had visited the Lao PDR" ¶163; "established by President
    # Kaysone Phomvihane and President Fidel Castro" ¶167 (d807680a has Fidel Castro, not Kaysone or the Lao PDR)
    Query("Kaysone Phomvihane Fidel Castro Lao PDR third time", "20f574be", "cross-paragraph"),
    # "Mongolian President Khurelsukh Ukhnaa … friendly neighbours connected by mountains and rivers" ¶197; "a
    # UN-centred international governance system" ¶199
    Query("Khurelsukh connected by mountains and rivers UN-centred governance", "c061f0a1", "cross-paragraph"),
    # "Myanmar's Acting President Min Aung Hlaing in the afternoon and with Kazakhstan President Kassym-Jomart Tokayev"
    # ¶405; "Joint efforts should be made to combat cross-border crimes" ¶417
    Query("Kassym-Jomart Tokayev Myanmar Acting President cross-border crimes", "26d64f12", "cross-paragraph"),
    # "at Zhongnanhai, where the senior Chinese leadership live and work" ¶237; "Cambodian Prime Minister Hun Manet"
    # ¶243; "the China-Cambodia friendship … is rock-solid" ¶245
    Query("Zhongnanhai senior leadership live and work, Hun Manet rock-solid", "5a5d8582", "cross-paragraph"),
    # "Meeting with Uzbek President Shavkat Mirziyoyev … emergency management" ¶207; "Prime Minister Shehbaz …
    # through Belt and Road cooperation, earning global acclaim and winning people's hearts and minds" ¶213
    Query("Mirziyoyev emergency management Shehbaz Belt and Road hearts and minds", "3a9fa4ed", "cross-paragraph"),
    # Word forms: the text has another form
    # Norman Bethune, "who is still deeply remembered by hundreds of millions of Chinese people" ¶275 (remembered →
    # remembering; "remembering" is in b39d8185 and d89fdf72, not here)
    Query("hundreds of millions of Chinese people still deeply remembering him", "7ab1f62c", "word-form"),
    # Another script or romanisation
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed … and the representatives of India and Ethiopia" ¶451 in Cyrillic
    Query("Халед бин Мохаммед Абу-Даби Эфиопия", "e065690c", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Iranian President Masoud Pezeshkian, Indonesian President Prabowo Subianto" ¶451 ("about Pezeshkian and
    # Prabowo")
    Query("о Пезешкиане и Прабово", "e065690c", "russian"),
    # "Egyptian Prime Minister Mostafa Madbouly … Kazakhstan President Kassym-Jomart Tokayev" in Tianjin ¶405 ("with
    # Mostafa Madbouly and Kassym-Jomart Tokayev in Tianjin")
    Query("с Мостафой Мадбули и Касым-Жомартом Токаевым в Тяньцзине", "26d64f12", "russian"),
    # Spanish
    # "La expectativa de vida en las áreas rurales era tan baja como 24 años" ¶313; "medido por Paridad de Poder
    # Adquisitivo … la expectativa de vida es de más de 78 años" ¶317
    Query("expectativa de vida 24 años Paridad de Poder Adquisitivo 78 años", "dde32893", "spanish"),
    # "la siguiente fase es la 'prosperidad común'" ¶341; "haber alcanzado 100 millones de miembros … hasta el
    # cuidado de los niños" ¶345
    Query("prosperidad común 100 millones de miembros cuidado de los niños", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Miguel Díaz-Canel Bermúdez paid a state visit to Laos, September 6-7" ¶161 (d807680a has Díaz-Canel in
    # Beijing, not Laos)
    Query("米格尔·迪亚斯-卡内尔 老挝 9月6日", "20f574be", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "the Institute of Party History and Literature … and the Chinese Modernisation Forum (2025) … all of Tsinghua
    # University" ¶475
    Query("<@&55> Party History and Literature\u200b Tsinghua Modernisation Forum", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    # "the Nationalist Party (Kuomintang (KMT))" and "Yan'an" ¶557 (dde32893 ¶315 has Yan'an and "el KMT")
    Query("Kuomintag Yanan", "6710eba1", "typo", also=("dde32893",)),
    Query("Younghusbnd Xizng", "ac7222d4", "typo"),  # "a Colonel Younghusband … Xizang (Tibet)" ¶521
    Query("Mirzijoyev Turkmenistan", "3a9fa4ed", "typo"),  # "Shavkat Mirziyoyev" ¶207; "Turkmenistan" ¶203
    # Topics
    # "Vietnamese President Luong Cuong … jointly resist the countercurrents of unilateralism and protectionism, and
    # defend … the common interests of developing countries" ¶71
    Query("Luong Cuong protectionism countercurrents developing countries", "362ba691", "topic"),
    # "At the Fourth Dialogue on Exchanges and Mutual Learning Among Civilisations in Dunhuang … Concrete examples
    # from Botswana, Laos, Nepal, and Egypt" ¶537
    Query("Fourth Dialogue Dunhuang Egypt Botswana Laos", "6710eba1", "topic"),
    # Questions
    # "he even personally received a financial donation from a Colonel Younghusband … who had led the 1905 British
    # invasion" ¶521
    Query("which Colonel sent Arthur Clegg a donation despite the 1905 invasion?", "ac7222d4", "question"),
    # "Freedom Road Socialist Organization Central Committee member Sydney Loving's interview … the 2025 Friends of
    # Socialist China delegation" ¶297 (¶299 in Spanish); 6710eba1 ¶547 names Freedom Road among the delegation's
    # organisations, not the delegate
    Query(
        "who took part in the 2025 Friends of Socialist China delegation from Freedom Road?",
        "dde32893",
        "question",
        also=("6710eba1",),
    ),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Ramaphosa speaks at the virtual BRICS summit (e065690c ¶451, ¶467); the Tianjin SCO summit (9e49ddff, 26d64f12,
    # 0e5d6094) names no South African
    "Рамафоса в Тяньцзине",
    # Min Aung Hlaing (26d64f12 ¶405–419) in Chinese characters; Mandalay is not in the corpus ("northern Myanmar"
    # only, ¶419)
    "敏昂莱 曼德勒",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); Ho Chi Minh's Stilt House is Zhao Leji's visit (362ba691 ¶75)
    "Chen Weihua Stilt House",
    # Lukashenko met Xi in Tianjin on August 31 (0e5d6094 ¶255, ¶263); no arrival, no time
    "what time did Lukashenko land in Tianjin?",
    # the Consulate-General in Edinburgh published an article on its website (7ab1f62c ¶273); no event, no hotel
    "which hotel in Edinburgh did the Consulate-General use for its Scottish heroes event?",
    # Madbouly (26d64f12 ¶405–413) speaks of Egypt, trade and the one-China principle; the Yasukuni Shrine is only in
    # the joint statement's summary (b39d8185 line 41)
    "what did Mostafa Madbouly say about the Yasukuni Shrine?",
    # Jenny Clegg writes for SACU (ac7222d4 ¶513) and speaks at the webinar (d89fdf72 ¶366); the JISCO "vinatera" in
    # Jiayuguan is Sydney Loving's (dde32893 ¶335)
    "Jenny Clegg Jiayuguan winery",
    # Sassou Nguesso met Xi in Beijing (faecd2e1 ¶23); Khabarovsk and the veteran are Liu Qibao's (054ef6fb)
    "Sassou Nguesso Khabarovsk veterans",
    # Bishkek is not in the corpus; the China-Kyrgyzstan-Uzbekistan railway is a project still to advance (3a9fa4ed
    # ¶207), with no opening
    "Bishkek railway opening ceremony",
    # Yerevan is not in the corpus; Pashinyan met Xi in Tianjin (0e5d6094 ¶257)
    "Пашинян в Ереване",
    # "the Russian World War II veteran Lev Abramov" (054ef6fb line 14); no age, and Khabarovsk is where Liu met
    # Melnikov (line 6)
    "Абрамов Лев Хабаровск возраст",
    # Guterres met Xi in Tianjin on August 30 (26d64f12 ¶405–409; 9e49ddff ¶427); nothing puts him at the Beijing
    # parade of September 3
    "Гутерреш в Пекине на параде 3 сентября",
    # the partisans' memorial complex near Khabarovsk is Liu Qibao's visit (054ef6fb line 12); Lukashenko (0e5d6094)
    # is never connected with it
    "Khabarovsk Lukashenko partisans memorial",
    # Tokayev (26d64f12 ¶405) in Chinese characters; Astana is not in the corpus, and there is no banquet
    "托卡耶夫 阿斯塔纳 晚宴",
    # Chengdu is not in the corpus; the delegation visited Xi'an, Yan'an, Dunhuang, Jiayuguan and Shanghái (dde32893
    # ¶307); no pandas
    "delegación en Chengdu con los pandas",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "the Mayor, Councillor Priya Mistry" ¶8; "taster sessions in squash, climbing, trampolining and walking
    # netball" ¶10; "the replacement of the pool roof" ¶14
    Query("Priya Mistry walking netball pool roof", "dd497d61", "cross-paragraph"),
    # "a Brannerton emigrant, Hannah Voke … 'The camels were the wonder of the day.'" ¶20; "the museum lent it to a
    # Melbourne library" ¶22
    Query("Hannah Voke camels Melbourne library", "06fcec41", "cross-paragraph"),
    # "the helmsman of the brig Dei Gratia" ¶3 (and ¶7); "Silas Trevaskis, a young man from the town" ¶9; "he
    # married at St Petroc's" ¶13
    Query("Dei Gratia Silas Trevaskis St Petroc's", "cdbefa12", "cross-paragraph"),
    # "led by our vet, Dr Imogen Farrant … the signs of lungworm" ¶7; "This winter's quiz night … at the Rose and
    # Crown" ¶11
    Query("Imogen Farrant lungworm Rose and Crown quiz", "1a2ddeb0", "cross-paragraph"),
    # "a talk by Dr Isla Cullen on the building of the tower" ¶15; "service of thanksgiving at St Drostan's" ¶17; "a
    # beacon will be lit on the Signal House roof" ¶11
    Query("Isla Cullen St Drostan's beacon", "f9c7fa9d", "cross-paragraph"),
    # "Club secretary Wendy Colebatch" ¶5; "founded in a room above the Plough Inn" ¶17; "The French anatomist
    # Georges Cuvier" ¶13
    Query("Wendy Colebatch Plough Inn Georges Cuvier", "29747d5a", "cross-paragraph"),
    # "on Tuesday 2 June 1953, Coronation Day" ¶9; "followed by tea at the Drill Hall" ¶17; "Radio Alderslade marked
    # the day" ¶13
    Query("Coronation Day Drill Hall Radio Alderslade", "80a2041b", "cross-paragraph"),
    # "the astronomer Giuseppe Piazzi, at Palermo" ¶12; "Mr Haverill's astronomy club" ¶16; "Year 6 will visit the
    # planetarium" ¶18
    Query("Giuseppe Piazzi Mr Haverill planetarium", "fecebfd6", "cross-paragraph"),
    # "a third detector, Virgo near Pisa" ¶14; "explain the chirp with a Slinky" ¶16 (and ¶20); "a talk in Cardiff
    # about it" ¶10
    Query("Virgo Pisa Slinky Cardiff", "181b54b3", "cross-paragraph"),
    # "директор музея Ирина Лаптева" ¶17; "выставку о советской упаковке" ¶15; "на Пушкинской площади в Москве" ¶5
    Query("Лаптева советской упаковке Пушкинской площади", "58adc1b6", "cross-paragraph"),
    # "el presidente, Andreu Vilaró" ¶9; "Jaume Roig, calafate del pueblo" ¶13; "a la una, una paella popular" ¶19
    Query("Andreu Vilaró Jaume Roig paella", "872a45a7", "cross-paragraph"),
    # 文化站站长何文斌说 ¶17; 《人民日报》报道了广播体操 ¶11; 举办新年健步走 ¶19
    Query("何文斌 人民日报 健步走", "ce240491", "cross-paragraph"),
    # "the old bleaching green" ¶13; "at the foot of Mallerton Brow" ¶19; "Bring an old tablecloth" ¶10
    Query("bleaching green Mallerton Brow tablecloth", "d77d7fee", "cross-paragraph"),
    # Word forms
    # "The foundation stone of the new Wesleyan chapel … was laid … by Mrs Josiah Brearley" ¶15 (laid → laying;
    # "laying" is only in seeds/002)
    Query("Mrs Josiah Brearley laying the foundation stone of the Wesleyan chapel", "424971c7", "word-form"),
    # "two German walkers found a body in the melting ice" ¶11 (found → find, irregular; "find" is only in seeds)
    Query("two German walkers find a body in the melting ice", "2ac19468", "word-form"),
    # "Oliver Deveau, sailed her the last six hundred miles to Gibraltar" ¶7 (sailed → sailing)
    Query("Oliver Deveau sailing the Mary Celeste the last six hundred miles to Gibraltar", "cdbefa12", "word-form"),
    # "Ernest Fidge … was one of the vast crowd that spilled onto the pitch" ¶11 (spilled → spilling)
    Query("Ernest Fidge spilling onto the Wembley pitch", "faf7cd80", "word-form"),
    # "we took in 143 hedgehogs over the last twelve months and released 118" ¶21 (took → taking, irregular;
    # released → releasing; "taking" is only in seeds)
    Query("taking in 143 hedgehogs and releasing 118", "1a2ddeb0", "word-form"),
    # "Геннадий Шубин принесёт в городской музей … бумажный стаканчик" ¶7 (принесёт → принёс)
    Query("Шубин принёс бумажный стаканчик в музей", "58adc1b6", "word-form"),
    # "открылся первый в стране «Макдоналдс»" ¶5, "на Пушкинской площади" ¶5; "Встали в очередь" ¶9 («Макдоналдс» →
    # Макдоналдса)
    Query("очередь у первого Макдоналдса на Пушкинской площади", "58adc1b6", "word-form"),
    # "la réplica que sus socios han construido durante dos inviernos" ¶5 (construido → construye)
    Query("la asociación construye la réplica del Ictíneo", "872a45a7", "word-form"),
    # "she and the pips turned ninety together" ¶13 (turned → turning; "turning" is only in seeds)
    Query("Ottilie Brangwyn and the pips turning ninety together", "80a2041b", "word-form"),
    # Another script or romanisation
    Query("Эци Симилаун", "2ac19468", "translit"),  # "as Ötzi" ¶11, "at the Similaun hut" ¶13, in Cyrillic
    # "Robert O'Hara Burke and William Wills … Royal Park, Melbourne" ¶18 in Cyrillic
    Query("Берк и Уиллс Мельбурн", "06fcec41", "translit"),
    Query("Мэри Селест Гибралтар", "cdbefa12", "translit"),  # "the Mary Celeste" ¶3, "to Gibraltar" ¶7, in Cyrillic
    Query("玛丽·赛勒斯特号 直布罗陀", "cdbefa12", "translit"),  # the same, in Chinese characters
    # "the astronomer Giuseppe Piazzi, at Palermo in Sicily" ¶12 in Chinese characters
    Query("朱塞普·皮亚齐 巴勒莫", "fecebfd6", "translit"),
    # "the Reverend William Buckland" ¶1; "Georges Cuvier" ¶13, in Chinese characters
    Query("威廉·巴克兰 居维叶", "29747d5a", "translit"),
    # "It reached Livingston, Louisiana … and Hanford, Washington" ¶6 in Chinese characters
    Query("利文斯顿 汉福德", "181b54b3", "translit"),
    # "пенсионер Геннадий Шубин" ¶7; "директор музея Ирина Лаптева" ¶17, in Latin letters
    Query("Gennady Shubin Irina Lapteva", "58adc1b6", "translit"),
    Query("Mostovitsk Makdonalds", "58adc1b6", "translit"),  # "Мостовицк" ¶1/11; «Макдоналдс» ¶5, in Latin letters
    Query("Zhou Guilan Xingwan shachang", "ce240491", "translit"),  # 周桂兰，当年是杏湾纱厂的挡车工 ¶9, in pinyin
    Query("He Wenbin Xingwan zhen", "ce240491", "translit"),  # 杏湾镇 ¶3/7, 文化站站长何文斌 ¶17, in pinyin
    Query("Чжоу Гуйлань", "ce240491", "translit"),  # 周桂兰 ¶9/11 in Cyrillic
    # accents dropped: "Narcís Monturiol botó el Ictíneo" ¶5; "nacido en Figueres" ¶7
    Query("Narcis Monturiol Ictineo Figueres", "872a45a7", "translit"),
    # accents dropped: "as Ötzi" ¶11; "at the Similaun hut" ¶13 (a695b11e ¶4 has the Ötztal Alps, not Ötzi)
    Query("Otzi Similaun hut", "2ac19468", "translit"),
    # "the tower that Robert Stevenson had built" ¶5; "THE BELL ROCK 200" ¶2, in Cyrillic
    Query("Роберт Стивенсон Белл-Рок", "f9c7fa9d", "translit"),
    Query("Оттилия Брангвин", "80a2041b", "translit"),  # "Ottilie Brangwyn" ¶1/3/21 in Cyrillic
    Query("Нарсис Монтуриоль", "872a45a7", "translit"),  # "Narcís Monturiol" ¶5/7 in Cyrillic
    # Russian
    Query("выставка «Мой первый гамбургер»", "58adc1b6", "russian"),  # "Выставку «Мой первый гамбургер»" ¶13
    # "придётся на Международный день музеев, 18 мая" ¶19
    Query("Международный день музеев 18 мая", "58adc1b6", "russian"),
    # "а стаканчик так и стоял у него на полке рядом с дипломом" ¶11
    Query("стаканчик на полке рядом с дипломом", "58adc1b6", "russian"),
    # Spanish
    # "Cala Morisca acogerá el encuentro de réplicas históricas del Mediterráneo" ¶21
    Query("encuentro de réplicas históricas del Mediterráneo", "872a45a7", "spanish"),
    # "al que había impresionado la muerte de un pescador de coral en Cadaqués" ¶7
    Query("la muerte de un pescador de coral en Cadaqués", "872a45a7", "spanish"),
    # "durante la Semana del Mar … saldrá cada tarde remolcada hasta la bocana" ¶11
    Query("Semana del Mar remolcada hasta la bocana", "872a45a7", "spanish"),
    # Chinese
    Query("第一套广播体操 正式颁布", "ce240491", "chinese"),  # 新中国第一套广播体操正式颁布 ¶5
    Query("初二3班 获得第一名", "ce240491", "chinese"),  # 初二（3）班获得第一名 ¶13
    Query("政务院 工间操", "ce240491", "chinese"),  # 政务院发出通知，在政府机关推行工间操 ¶11
    # Mentions and zero-width spaces
    # "Curator Lowenna Quick" ¶15 ("Ms Quick" ¶19); "a talk on the salvage hearing" ¶17 (and ¶7)
    Query("<@4471> Lowenna Quick\u200b salvage hearing", "cdbefa12", "mention-noise"),
    # "Work on the replacement of the pool roof … Tanyard Lane" ¶14 (Tanyard Lane ¶4/6/16)
    Query("@here Tanyard Lane\u200b pool roof", "dd497d61", "mention-noise"),
    # "the animal he called Megalosaurus" ¶1; "in the Corn Exchange at 7.30pm" ¶3 (and ¶19, ¶21)
    Query("<#302> Megalosaurus\u200b Corn Exchange", "29747d5a", "mention-noise"),
    # Typos
    # "Sixteen members of Brannerton Fell Walkers … took them to the Dolomites" ¶4 (1 edit + 1)
    Query("Brannerton Fel Walkers Dolomities", "a695b11e", "typo"),
    Query("Inchberview Signal Hous", "f9c7fa9d", "typo"),  # "INCHBERVIE SIGNAL HOUSE MUSEUM" ¶1 (1 + 1)
    Query("Hazlegrove Hedgehog Rescu", "1a2ddeb0", "typo"),  # "HAZELGROVE HEDGEHOG RESCUE" ¶1 (2 + 1)
    Query("Mallerton Stean Laundrey", "d77d7fee", "typo"),  # "THE OLD STEAM LAUNDRY AT MALLERTON" ¶1 (1 + 1)
    Query("Slaterbrook Megalosarus", "29747d5a", "typo"),  # "SLATTERBROOK" ¶1, "Megalosaurus" ¶1 (1 + 1)
    # Names
    Query("Derek Hollies", "2ac19468", "name"),  # "Brannerton's Derek Hollies was at the Similaun hut" ¶13
    Query("Maureen Tilsley", "faf7cd80", "name"),  # "His granddaughter, Maureen Tilsley" ¶13
    # "The Mayor, Councillor Horace Quayle, cut the ribbon … he laid the foundation stone" ¶4; the council's release
    # names him in its notes, "opened … by the then Mayor, Councillor Horace Quayle" (dd497d61 ¶19)
    Query("Horace Quayle", "2a8b1294", "name", also=("dd497d61",)),
    # "The centre's first manager, Mr Colin Meakin, now retired, will cut a birthday cake" ¶8; the opening-day
    # cutting quotes him, "Manager Colin Meakin said" (2a8b1294 ¶6)
    Query("Colin Meakin", "dd497d61", "name", also=("2a8b1294",)),
    # Phrases
    Query("lying quiet as a church", "cdbefa12", "phrase"),  # Trevaskis's letter, ¶11
    Query("the only birthday card that was exactly on time", "80a2041b", "phrase"),  # ¶13
    Query("Please be kind to the Slinky", "181b54b3", "phrase"),  # ¶20
    Query("Bring a saw if you have one", "1a2ddeb0", "phrase"),  # ¶9
    Query("He always said the horse was grey", "faf7cd80", "phrase"),  # ¶13
    # Questions
    # "The Aldbeck bypass was opened on Monday the 10th by the county surveyor … (Chronicle, 14 April 1961.)" ¶5
    Query("on what day was the Aldbeck bypass opened by the county surveyor?", "424971c7", "question"),
    # "bound for Genoa with 1,701 barrels of alcohol" ¶5
    Query("how many barrels of alcohol was the Mary Celeste carrying?", "cdbefa12", "question"),
    # "Mr W. Butlin's new holiday camp at Skegness … A week's holiday, with three meals a day, costs 35 shillings" ¶10
    Query("what did a week at Butlin's Skegness holiday camp cost?", "424971c7", "question"),
    # "the Christmas stall on Saturday 8 December; it raised £412" ¶19
    Query("how much did the Christmas stall raise for the hedgehog rescue?", "1a2ddeb0", "question"),
    # "The first stone was laid on 10 July 1808" ¶15 (and ¶19, "the anniversary of the first stone")
    Query("when was the first stone of the Bell Rock tower laid?", "f9c7fa9d", "question"),
    # "It reached Livingston, Louisiana, at 5.51 in the morning local time" ¶6
    Query("what time did the LIGO signal reach Livingston?", "181b54b3", "question"),
    # "The centre's fifteenth-birthday fun run, held on 18 March, raised £2,300 for the climbing wall fund" ¶20
    Query("how much did the fifteenth-birthday fun run raise?", "ac9d9d12", "question"),
    # Topics
    # "THE DAY GRANDAD SAW THE WHITE HORSE … on 28 April 1923, Wembley staged its first FA Cup final" ¶11
    Query("Wembley first FA Cup final white horse 1923", "faf7cd80", "topic"),
    # "at a press conference in Washington, the LIGO collaboration announced that it had detected gravitational
    # waves" ¶4
    Query("gravitational waves press conference Washington", "181b54b3", "topic"),
    # "CHRISTMAS HOURS AT TANYARD LANE. The sports centre … will close at 2pm on Monday 24 December … It opens 9am to
    # 1pm on Monday 31 December" ¶18 (the other Tanyard Lane articles give no Christmas hours)
    Query("Christmas opening hours Tanyard Lane sports centre", "ac9d9d12", "topic"),
    # "a few hours before the BBC first broadcast the six-pip Greenwich time signal" ¶3
    Query("six-pip Greenwich time signal BBC", "80a2041b", "topic"),
    # "Robert O'Hara Burke and William Wills led their expedition out of Royal Park … to cross Australia" ¶18
    Query("Burke and Wills expedition to cross Australia", "06fcec41", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Derek Hollies was at the Similaun hut in 1991 (2ac19468 ¶13); the Dolomites trip of 1987 is another cutting's
    # (a695b11e ¶4), which names no member
    "Derek Hollies Dolomites 1987 trip",
    # Maureen Tilsley shows her grandfather's ticket (faf7cd80 ¶13); the climbing wall is the council's and the 2007
    # cutting's (dd497d61 ¶12, ac9d9d12 ¶20)
    "Maureen Tilsley climbing wall",
    # Dr Imogen Farrant is the hedgehog rescue's vet (1a2ddeb0 ¶7); the laundry is Mallerton's (d77d7fee)
    "Imogen Farrant Mallerton laundry",
    # Lowenna Quick is the Hennaway curator (cdbefa12 ¶15); the Bell Rock is Inchbervie's (f9c7fa9d)
    "Lowenna Quick Bell Rock",
    # Wendy Colebatch is the Slatterbrook geology club's secretary (29747d5a ¶5); Ceres is Thornwell's topic
    # (fecebfd6 ¶12–14)
    "Wendy Colebatch Ceres asteroid",
    # Mr Haverill runs Thornwell's astronomy club (fecebfd6 ¶16); the gravitational waves are the blog's (181b54b3),
    # whose writer and society are not named
    "Mr Haverill gravitational waves",
    # "Monturiol, nacido en Figueres" (872a45a7 ¶7); of Andreu Vilaró, the association's president (¶9), no
    # birthplace is given
    "Andreu Vilaró nacido en Figueres",
    # the museum's next exhibition is "о первых видеосалонах" (58adc1b6 ¶19); Shubin brings the cup (¶7, ¶21), nothing
    # connects him with it
    "Геннадий Шубин видеосалоны",
    # the New Year walk (ce240491 ¶19) ends at the old mill; nothing connects Zhou Guilan (¶9–11) with it
    "周桂兰 新年健步走",
    # "A lorry driver from Hull was the first through" (424971c7 ¶5); not named
    "who was the lorry driver from Hull who first drove through the Aldbeck bypass?",
    # "Captain Benjamin Briggs, his wife Sarah, their two-year-old daughter" (cdbefa12 ¶5); not named
    "what was the name of the Mary Celeste's two-year-old daughter?",
    # "a beacon will be lit on the Signal House roof and answered from the Rock" (f9c7fa9d ¶11); nobody named
    "who lit the beacon on the Signal House roof?",
    # "This winter's quiz night falls on Friday 29 February … and the raffle closes at 9pm" (1a2ddeb0 ¶11); no start
    "what time does the Hazelgrove quiz night start?",
    # "the volunteers of the Mallerton Laundry Trust" (d77d7fee ¶4, ¶21); no founder
    "who founded the Mallerton Laundry Trust?",
    # "washed the sheets of three hotels" (d77d7fee ¶4); not named
    "which hotels sent their sheets to the Mallerton laundry?",
    # "it hosted the county schools' swimming gala for the first time" (dd497d61 ¶12); no winner (2a8b1294 ¶6: "The
    # pool's first gala is on the 28th")
    "who won the county schools' swimming gala at Tanyard Lane?",
    # "The centre's fifteenth-birthday fun run … raised £2,300" (ac9d9d12 ¶20); no number of runners
    "how many people ran the Tanyard Lane fifteenth-birthday fun run?",
    # "Our Reception and Year 1 nativity, 'The Starry Stable'" (fecebfd6 ¶6); no cast
    "which Reception child is Mary in the Thornwell nativity?",
    # "Year 6 will visit the planetarium … a letter about the coach will follow" (fecebfd6 ¶18); no cost (the blog's
    # planetarium trip, 181b54b3 ¶16, has none either)
    "how much does the Year 6 planetarium coach cost?",
    # "By the 25th a physicist had tweeted that he had heard something" (181b54b3 ¶8); not named
    "who was the physicist who tweeted the LIGO rumour?",
    # the obituary gives her married name only (80a2041b ¶1–9)
    "what was Ottilie Brangwyn's maiden name?",
    # "Emrys Brangwyn, a studio manager" (80a2041b ¶9), "Emrys died in 2009" (¶15); no retirement (Ottilie "retired
    # on 31 December 1984", ¶11)
    "when did Emrys Brangwyn retire?",
    # "sold it to a collector for sixpence" (29747d5a ¶15); not named
    "who was the collector who bought the Megalosaurus tooth for sixpence?",
    # "stood before the Geological Society of London" on 20 February 1824 (29747d5a ¶1); no audience numbers
    "how many people came to Buckland's lecture at the Geological Society in 1824?",
    # "el 7 de agosto, nació su primer hijo" (872a45a7 ¶15); no name
    "¿cómo se llamaba el primer hijo de Jaume Roig?",
    # "la réplica que sus socios han construido durante dos inviernos" (872a45a7 ¶5); no number of socios
    "¿cuántos socios construyeron la réplica del Ictíneo?",
    # the first Moscow «Макдоналдс» and its thirty thousand visitors (58adc1b6 ¶5); no prices
    "сколько стоил первый гамбургер в 1990 году?",
    # "Тогда он учился в Москве, в институте" (58adc1b6 ¶9); the institute is not named
    "в каком институте учился Геннадий Шубин?",
    # 退休工人周桂兰，当年是杏湾纱厂的挡车工 (ce240491 ¶9); when she left the mill is not said
    "周桂兰 什么时候 离开 纱厂",
    "初二（3）班 班主任 是谁",  # 初二（3）班获得第一名 (ce240491 ¶13); no class teacher
    # Skegby is not in the corpus (four edits from Skegness, whose holiday camp and excursion are 424971c7 ¶10–12)
    "Skegby holiday camp excursion",
    # the Pyrenees are not in the corpus; the fell walkers' trips are to the Ötztal Alps and the Dolomites (a695b11e
    # ¶4)
    "Brannerton fell walkers Pyrenees trip",
    # Cressington is not in the corpus; the sports centre's twentieth anniversary is Cressley's (dd497d61)
    "Cressington sports centre anniversary",
    # Penzance is not in the corpus; the Mary Celeste exhibition is in Hennaway (cdbefa12)
    "Penzance Mary Celeste exhibition",
    # Skerryvore is not in the corpus; the bicentenary beacon is the Bell Rock's (f9c7fa9d ¶11)
    "Skerryvore bicentenary beacon",
    # Hazelmere is not in the corpus; the hedgehog hospital's open day is Hazelgrove's (1a2ddeb0 ¶17)
    "Hazelmere hedgehog hospital open day",
    # Tarragona is not in the corpus; the wooden submarine was launched in Barcelona (872a45a7 ¶5)
    "botadura en Tarragona de un submarino de madera",
    # Leningrad is not in the corpus; the first «Макдоналдс» opened on Pushkin Square in Moscow (58adc1b6 ¶5)
    "первый Макдоналдс в Ленинграде",
    "杭州 广播体操 纪念活动",  # Hangzhou is not in the corpus; the radio-gymnastics anniversary is 杏湾镇's (ce240491)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind146/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
