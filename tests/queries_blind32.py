"""A thirty-second lookup query set: a BLIND set for the sixteenth round. It is committed unscored and is
to be scored once, later; the search must not be tuned on it (a score on it is out-of-sample only as
long as nobody has looked at how the search does on it).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py sets; no query here is a copy or
  near-copy of a query in those files. A throwaway script compared the word set of every query (Latin
  and Cyrillic words folded to lower case without accents, Chinese by character pairs, a few stop words
  left out) with every earlier query, while the set was being written; a query sharing more than half of
  its words with any one earlier query (or with another query of this set) was replaced.
  tests/queries_blind30.py and tests/queries_blind33.py were not opened and are not part of that check.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind44/docs, copied as ONE
  corpus into a subfolder blind44/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (a heading article and one article per cutting). The same near-copy check
  was run on these queries.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 9 (the words of the query are
in one article but no single paragraph, title line included, holds them all), word-form 6 + 10 (another
inflection or derivation than the text uses, both directions, irregular forms too, in English, Russian
and Spanish), translit 4 + 7 (another script or romanisation than the text: Cyrillic for Latin-script
names by sound, Latin for Cyrillic and Chinese names, pinyin, Wade-Giles for pinyin, accents dropped),
russian 2 + 3, spanish 2 + 3, chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 4 + 3 (1–2 edits), name 3 + 4, phrase 3 + 3,
question 4 + 4, topic 3 + 3: 45 + 55 answerable, and 12 + 16 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries each share one or more words (or a name in another script) with their corpus
on purpose: a name or place the corpus holds joined to a subject it never connects with it, or a
question about something the text does not say. Every article holding those words was read to confirm
that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new corpus
was read in full first, and the seed articles used were read in full. Each query was written from a
passage of its article, and every word of it (and a stem of it, for the other forms) was matched over
the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that listed every
article and paragraph holding it; those paragraphs were read to decide which article a reader wants
first (`best`) and which others are fair answers too (`also`). For cross-paragraph queries the same
script checked that no paragraph (title line included) holds all of the query's words, even by stem.

The search engine was never run on these queries, and its code (bot/), adapters/, bench/ and docs/
were not read while writing them. Article ids come from `memorial-bot articles --json` (the document
loader), run on seeds/ and on a folder built as build_newdocs_corpus builds it.
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

# The new-documents corpus is assembled by copying tests/gold/blind44/docs/* into ONE temporary
# corpus folder under the subfolder blind44/: files are then "blind44/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind44/docs",)
NEWDOCS_SUBDIRS = ("blind44",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "2aaa6a09": "BRAYFIELD TOWN COUNCIL",
    "4b247194": "PRESS RELEASE",
    "9a456715": "THE GARTHWAITE ROPE",
    "2da9ec4e": "Notes from a Back-Garden Observatory",
    "bdc54e72": "OBITUARIES",
    "212eaf6f": "DOWN THE YEARS",
    "ad7651d1": "ORRISFORD QUAY SHANTY FESTIVAL",
    # en_pennard_echo_digest.txt: a heading article (¶1–2) and three cuttings
    "0b4d3ac0": "PENNARD VALLEY ECHO - FROM THE BOUND VOLUMES",
    "b7d08762": "NEW LIBRARY OPENS ITS DOORS",
    "8593f0b4": "SHOW CELEBRATES ITS GOLDEN JUBILEE IN THE SUNSHINE",
    "81ca9609": "FLAME LIGHTS UP PENNARD",
    "71677260": "SEDGEMERE NATURE RESERVE",
    "31d16c6f": "Thirty years on, Tolvern remembers the Marigold",
    # en_tolvern_packet_digest.txt: a heading article (¶1–2) and three cuttings
    "65704c88": "THE TOLVERN PACKET: THREE CUTTINGS FROM THE HARBOUR FILE",
    "e5ec8db7": "LIFEBOAT SAVES SIX FROM THE MARIGOLD",
    "3025229b": "HARBOUR LIGHTS SWITCHED ON AT LAST",
    "c8924e5c": "THIRTY-ONE YEARS AND OUT: HARBOUR MASTER STEPS ASHORE",
    "4df15102": "WRAYFORD ADVERTISER",
    "06401f12": "VILARMOA RECUERDA EL PRESTIGE VEINTE AÑOS DESPUÉS",
    "b35e17d5": "КЛЮЧЕГОРСКИЙ ВЕСТНИК",
    "af864553": "柳塘日报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Deputy Minister Hoang Xuan Chien, the rehearsals ¶77; Ho Chi Minh's Stilt House ¶75
    Query("Chien rehearsals Stilt House", "362ba691", "cross-paragraph"),
    # children orphaned, Shandan Bailie School ¶483; the Quakers' Friends Ambulance Unit (and the school) ¶501
    Query("Shandan Bailie orphaned Quakers", "ac7222d4", "cross-paragraph"),
    # Putin: "never forget or slander the achievements of the liberators" ¶11; Asia, Europe, Africa and Oceania ¶7
    Query("Putin slander liberators Oceania", "424ab945", "cross-paragraph"),
    # the Tianjin Declaration of the Council of Heads of State ¶443; "carry forward the Shanghai Spirit" ¶435
    Query("Tianjin Declaration Shanghai Spirit", "9e49ddff", "cross-paragraph"),
    # 003: the Yasukuni Shrine ¶41; Western … hegemonism ¶9; "growing asymmetry in the relationship" ¶13
    Query("Yasukuni hegemonism asymmetry", "b39d8185", "cross-paragraph"),
    # 001: head of the Publicity Department ¶4; the memorial complex near Khabarovsk ¶12; veteran Lev Abramov ¶14
    Query("Publicity Department veteran Abramov memorial complex", "054ef6fb", "cross-paragraph"),
    # "among 26 heads of state and government" ¶219; Wang Yi among those greeting Kim at the station ¶221
    Query("26 heads of state Wang Yi", "eca32116", "cross-paragraph"),
    # Pashinyan ¶257/259; documents on market regulation, metrology and media ¶261; Lukashenko, "humanity … stands at
    # a crossroads" ¶263
    Query("Pashinyan metrology Lukashenko crossroads", "0e5d6094", "cross-paragraph"),
    # Word forms: the text has another form
    Query("Hogg biographer MacManus", "ac7222d4", "word-form"),  # "James MacManus's biography, 'Ocean Devil'" ¶489
    # "Xi Jinping addressed the commemoration … held on September 3 in Beijing's Tienanmen Square" ¶377
    # (eca32116 ¶219 has Tienanmen Square too, for Kim Jong Un on the rostrum: not this speech)
    Query("Xi addressing Tienanmen Square commemoration", "38a7d84f", "word-form"),
    # "Pham Minh Chinh visited Tianjin to attend the meetings of the Shanghai Cooperation Organisation (SCO)" ¶79
    Query("Pham Minh Chinh attending SCO meetings Tianjin", "362ba691", "word-form"),
    # "the Cuban people persevere on the path of socialism" ¶99
    Query("Cuban people persevering on the path of socialism", "d807680a", "word-form"),
    # "Kim Jong Un joined … Putin in flanking Chinese President Xi Jinping … as the chief guests" ¶219
    Query("flanked Xi chief guests", "eca32116", "word-form"),
    # "held the 7th National Congress … an endorsement of the guerrilla warfare strategy" ¶557
    Query("guerrilla warfare endorsed at the 7th Congress", "6710eba1", "word-form"),
    # Another script or romanisation
    Query("Huang Shih film", "ac7222d4", "translit"),  # Wade-Giles for the film 'The Children of Huang Shi' ¶491
    # Khaled bin Mohamed, Crown Prince of Abu Dhabi, in Cyrillic ¶451
    Query("Халед бен Мохаммед", "e065690c", "translit"),
    Query("Вонг Лю Цонг", "ccf1d4fa", "translit"),  # "Anna May Wong (real name Wong Liu Tsong)" in Cyrillic ¶115
    Query("Лугоу Марко Поло", "ac7222d4", "translit"),  # the Lugou 'Marco Polo' Bridge Incident, in Cyrillic ¶505
    # Russian (names written in Cyrillic)
    Query("Тяньцзинь Миньюань", "7ab1f62c", "russian"),  # Tianjin ¶289/291, the Minyuan Stadium ¶291
    Query("Чэнь Ханьшэн Чоу Юньфат", "ac7222d4", "russian"),  # "Chow Yun-fat as … Chen Hansheng" ¶491
    # Spanish
    # "la de EE. UU. … nuestra red nunca se cae … me hizo reír – siendo de Texas" ¶335 (red eléctrica ¶335)
    Query("Texas reír red eléctrica", "dde32893", "spanish"),
    Query("cuna de la revolución de 1935 y 1947", "dde32893", "spanish"),  # Yan'an ¶315
    # Chinese (names in Chinese characters)
    # Fudan University ¶541, Yan'an ¶535/557; dde32893: the same delegation in Yan'an ¶307/315
    Query("复旦 延安", "6710eba1", "chinese", also=("dde32893",)),
    # Kim Jong Un on the rostrum of Tienanmen Square ¶219 (38a7d84f ¶377 has the square without Kim)
    Query("金正恩 天安门", "eca32116", "chinese"),
    Query("范明政", "362ba691", "chinese"),  # Vietnamese Prime Minister Pham Minh Chinh ¶79
    # Mentions and zero-width spaces around the real words
    # "The Guard of Honour of the Chinese People's Liberation Army was invited to participate in the military
    # parade" ¶73
    Query("<@7788> Guard of Honour \u200bPeople's Liberation Army\u200b parade", "362ba691", "mention-noise"),
    # Ramaphosa: "South Africa has already experienced negative economic effects from the trade upheaval" ¶467
    Query("<#555> \u200bSouth Africa negative economic effects\u200b", "e065690c", "mention-noise"),
    # "the British Film Institute (BFI) on London's Southbank until October 8" ¶111
    Query("@everyone Southbank BFI October 8\u200b", "ccf1d4fa", "mention-noise"),
    # Typos (1–2 edits)
    Query("Pezeshkien", "e065690c", "typo"),  # Iranian President Masoud Pezeshkian ¶451
    Query("Thonglon Sisoulith", "20f574be", "typo"),  # Thongloun Sisoulith ¶135/153/171
    Query("Shavkat Mirzyoyev", "3a9fa4ed", "typo"),  # Shavkat Mirziyoyev ¶207
    Query("Khabarowsk", "054ef6fb", "typo"),  # Khabarovsk ¶6/12
    # Names
    Query("KJ Noh journalist educator", "d89fdf72", "name"),  # "KJ Noh (Journalist, writer and educator)" ¶368
    # "a booklet on the life of Claudia Jones, the African-American communist" ¶123
    Query("Claudia Jones African-American communist", "ccf1d4fa", "name"),
    Query("Luong Cuong Vietnamese President", "362ba691", "name"),  # "Vietnamese President Luong Cuong" ¶71
    # Phrases
    Query("many more will follow in her place", "ccf1d4fa", "phrase"),  # Lady from Chungking ¶117
    Query("a frontline, if subordinate, ally", "7ab1f62c", "phrase"),  # ¶279
    Query("from a void or a vacuum", "ac7222d4", "phrase"),  # the China Campaign Committee "did not emerge from" ¶511
    # Questions
    # "the Friends Ambulance Unit … roughly 200 of whom … served in China" ¶501
    Query("how many members of the Friends Ambulance Unit served in China?", "ac7222d4", "question"),
    # Thongloun "invited Comrade Miguel Díaz-Canel Bermúdez to participate in the celebration of the 50th anniversary
    # of the establishment of the Lao PDR" ¶165
    Query("what did the Lao leader invite Díaz-Canel to?", "20f574be", "question"),
    # "Zhongnanhai, where the senior Chinese leadership live and work" ¶237
    Query("where does the senior Chinese leadership live?", "5a5d8582", "question"),
    # "At the 1924 Paris Olympics" ¶287; "Born in 1902" ¶289
    Query("how old was Liddell at the Paris Olympics?", "7ab1f62c", "question"),
    # Topics
    # 003 ¶15 "a 'fairer' multipolar world … reforming institutions such as the UN, WTO, and IMF" (9e49ddff ¶440 names
    # the WTO, 26d64f12 ¶409 a multipolar world, in passing)
    Query("multipolar world reform of IMF and WTO", "b39d8185", "topic"),
    # "new growth drivers in green industries, e-commerce and digital payments" with the Republic of the Congo ¶27
    Query("Congo green industries e-commerce digital payments", "faecd2e1", "topic"),
    # "China and Uzbekistan are friendly neighbors and all-weather comprehensive strategic partners" ¶207
    Query("China-Uzbekistan all-weather comprehensive strategic partners", "3a9fa4ed", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two (or a name in another script) with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Lavrov Ukraine peace talks",  # Lavrov (097182f6); Ukraine (b39d8185 ¶17); "talks" (eca32116): no peace talks
    "Guterres climate summit speech",  # Guterres (26d64f12); climate change (d807680a ¶105)
    "Castro Bay of Pigs",  # Castro (d807680a, 20f574be)
    "Tianjin chemical warehouse blast",  # Tianjin (SCO summit, Liddell): no blast
    "Пашинян референдум конституция",  # Pashinyan (0e5d6094) in Cyrillic: no referendum
    "中俄 免签 政策",  # 中俄 (003 ¶20, b39d8185): no visa policy
    "Maduro election fraud claims",  # Maduro (f78fdcd6); fraud (5a5d8582 telecom fraud); claims (6710eba1)
    "Maldives rising sea levels",  # Maldives (0e5d6094 title only)
    "Egypt pyramids entrance fee",  # Egypt (26d64f12, 6710eba1, e065690c)
    "¿cuánto cuesta visitar JISCO?",  # JISCO (dde32893 ¶335): no prices
    "Mnangagwa crocodile nickname",  # Mnangagwa (faecd2e1)
    "Tokayev Astana capital renaming",  # Tokayev (26d64f12 ¶405); "capital" (Caracas, Edinburgh, Hanoi)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # chief executive Pauline Marsh ¶16, a cashier in 1981 ¶18; tours of the vault ¶14
    Query("Pauline Marsh cashier vault tours", "4b247194", "cross-paragraph"),
    # Whymper ¶7/9; a wreath of Lakeland heather ¶11; slide show of the Zermatt trip ¶24
    Query("Whymper wreath slide show", "9a456715", "cross-paragraph"),
    # "he saw Bennett" ¶6; Thornacre, the comet evening ¶14
    Query("Bennett Thornacre comet evening", "2da9ec4e", "cross-paragraph"),
    # rang for the coronation ¶11; Albert Quennell, a signalman ¶13
    Query("Quennell coronation signalman", "bdc54e72", "cross-paragraph"),
    # the census enumerators in Marlbeck ¶6; the Festival bandstand ¶11
    Query("Marlbeck census bandstand", "212eaf6f", "cross-paragraph"),
    # the Sail Loft, thirty years a furniture store ¶4; the Kittiwake ¶17/25
    Query("Sail Loft furniture store Kittiwake", "ad7651d1", "cross-paragraph"),
    # land given by the Ashdyke family ¶4; Marsh Hide closed ¶11
    Query("Sedgemere Ashdyke Marsh Hide", "71677260", "cross-paragraph"),
    # Hosken's silver medal ¶8; the memorial bench of teak ¶16 (e5ec8db7 ¶6 has Hosken only)
    Query("Hosken silver medal teak bench", "31d16c6f", "cross-paragraph"),
    # a coach firm from Cadiz ¶16; the Instituto San Telmo ¶20
    Query("Wrayford Cadiz San Telmo", "4df15102", "cross-paragraph"),
    # Word forms
    # "the replacement of the water main beneath the railway bridge" ¶8
    Query("water main replaced railway bridge", "2aaa6a09", "word-form"),
    Query("Lovejoy diving through the Sun's corona", "2da9ec4e", "word-form"),  # "dived through the Sun's corona" ¶10
    # "I rang the tenor for a full peal … I was eighty-one" ¶15 (ring/rang/rung)
    Query("peal rung at eighty-one", "bdc54e72", "word-form"),
    Query("rope broken Hadow slipping", "9a456715", "word-form"),  # "young Hadow slipped, the rope broke" ¶9
    # "the old Queen's death … the bells of St Wilfrid's were tolled" ¶7
    Query("tolling bells Queen's death Marlbeck", "212eaf6f", "word-form"),
    Query("Seville flight cancellation", "4df15102", "word-form"),  # "Their flight from Seville was cancelled" ¶8
    # "the skipper Alan Brewer, was hauled aboard" ¶6; e5ec8db7 ¶6: the skipper hauled aboard, unnamed
    Query("Alan Brewer hauling aboard", "31d16c6f", "word-form", also=("e5ec8db7",)),
    # "Derek Rowe … retires this month" ¶19 (3025229b ¶13 names him as harbour master only)
    Query("retiring harbour master Derek Rowe", "c8924e5c", "word-form"),
    # "Гребная база на Ключевском озере" ¶17
    Query("Ключевское озеро гребная база", "b35e17d5", "word-form"),
    Query("petrolero hundido", "06401f12", "word-form"),  # "el petrolero se partió en dos y se hundió" ¶5
    # Another script or romanisation
    Query("Хейл-Бопп", "2da9ec4e", "translit"),  # comet Hale-Bopp in Cyrillic ¶4/8/12
    Query("Уимпер Маттерхорн", "9a456715", "translit"),  # Whymper, the Matterhorn in Cyrillic ¶7/9/11
    Query("Nina Somova", "b35e17d5", "translit"),  # гребчиха Нина Сомова ¶7
    Query("Chen Deming", "af864553", "translit"),  # 退休工程师陈德明 ¶10
    Query("Chang'e san hao", "af864553", "translit"),  # pinyin for 嫦娥三号 ¶4/6/8
    Query("Carmina Louzan", "06401f12", "translit"),  # la mariscadora Carmiña Louzán ¶7 (accents dropped)
    Query("Luzhniki 1980", "b35e17d5", "translit"),  # "19 июля 1980 года … Лужников" ¶7, Лужниках ¶13
    # Russian
    Query("письмо Нины Сомовой домой", "b35e17d5", "russian"),  # "Сохранилось её письмо домой" ¶11; Нина Сомова ¶7
    Query("выставка Наша Олимпиада", "b35e17d5", "russian"),  # ¶15
    Query("церемония закрытия Мишка", "b35e17d5", "russian"),  # "на церемонии закрытия … огромный Мишка" ¶13
    # Spanish
    Query("exposición Mans negras en la lonja", "06401f12", "spanish"),  # ¶11
    Query("manifestación de Nunca Máis en Santiago", "06401f12", "spanish"),  # ¶9
    Query("bandera azul Area Longa", "06401f12", "spanish"),  # ¶13
    # Chinese
    Query("揽月十年 特展", "af864553", "chinese"),  # ¶4/12
    Query("玉兔号月球车", "af864553", "chinese"),  # "“玉兔号”月球车驶上月面" ¶8
    Query("青少年航天模型大赛", "af864553", "chinese"),  # 第三届柳塘青少年航天模型大赛 ¶16
    # Mentions and zero-width spaces
    # "Grand concert: Mariners' Ring, Kate Penwarden and friends" ¶13
    Query("@everyone Kate Penwarden grand concert", "ad7651d1", "mention-noise"),
    # "Spring: booming bitterns" ¶14
    Query("<@5551234> \u200bbooming bitterns\u200b spring", "71677260", "mention-noise"),
    # "The champion ram came from Tom Parry of Cwm Isaf" ¶12
    Query("<#778899> Tom Parry champion ram", "8593f0b4", "mention-noise"),
    # Typos
    Query("Hester Quenell", "bdc54e72", "typo"),  # Hester Quennell ¶3/7/17
    Query("Eyjafjalajokull", "4df15102", "typo"),  # the Eyjafjallajokull glacier ¶10
    Query("Orrisfrod shanty festival", "ad7651d1", "typo"),  # Orrisford Quay Shanty Festival ¶1
    # Names
    Query("Glyn Morgan", "8593f0b4", "name"),  # committee chairman ¶12
    Query("Alison Garrow", "4df15102", "name"),  # the head teacher ¶12/16
    Query("Dennis Attwater", "212eaf6f", "name"),  # the compiler ¶2/17
    Query("Tony Pascoe", "31d16c6f", "name"),  # one of Hosken's crew ¶10/12
    # Phrases
    Query("Number, please?", "bdc54e72", "phrase"),  # ¶7
    Query("go fishing, badly", "c8924e5c", "phrase"),  # Derek Rowe ¶19
    Query("Faint. Low in the west. Goodbye.", "2da9ec4e", "phrase"),  # the last notebook entry ¶8
    # Questions
    # "on 27 June, the world's first cash machine was unveiled outside a bank branch in Enfield" ¶8
    Query("when was the world's first cash machine unveiled?", "4b247194", "question"),
    # "Forty-two pupils and six members of staff … stuck in southern Spain" ¶6; stranded pupils ¶14; Seville ¶8
    Query("how many pupils were stranded in Seville?", "4df15102", "question"),
    # "Pennard's new branch library in Mill Lane was opened on Monday by the county's chief librarian" ¶7
    Query("who opened the Mill Lane library in Pennard?", "b7d08762", "question"),
    # "The Tolvern lifeboat rescued all six crew of the Brixham trawler Marigold" ¶6; 31d16c6f tells the same
    # rescue (¶4–8) without the count
    Query("how many were rescued from the Marigold?", "e5ec8db7", "question", also=("31d16c6f",)),
    # Topics
    Query("leading lights Mainstone North Pier", "3025229b", "topic"),  # ¶13
    Query("Diamond Jubilee street parties Chapel Row", "81ca9609", "topic"),  # ¶17
    Query("residents' parking scheme Abbey Fields", "2aaa6a09", "topic"),  # the parking consultation ¶18
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Brayfield swimming pool reopening",  # Brayfield (2aaa6a09): roads, bins, market, parking, meetings
    "how much did a Fellmarket cash card cost?",  # Fellmarket cash card (4b247194 ¶12): no price
    "Matterhorn cable car tickets",  # Matterhorn (9a456715); car park (71677260); tickets (ad7651d1)
    "Hale-Bopp cult Heaven's Gate",  # Hale-Bopp (2da9ec4e); a gate (71677260 ¶24)
    "Lanthorne exchange operators strike",  # the Lanthorne exchange (bdc54e72); a baggage handlers' strike (4df15102)
    "Orrisford Quay car park charges",  # Orrisford Quay (ad7651d1); a car park (71677260)
    "Sedgemere otter sightings",  # Sedgemere (71677260): bitterns, harriers, waders, starlings; no otters
    "Tolvern lifeboat capsized crew lost",  # Tolvern lifeboat (31d16c6f, e5ec8db7): every man saved, no capsize
    "Wrayford college Ofsted report",  # Wrayford Community College (4df15102)
    "Prestige juicio capitán condena",  # Prestige (06401f12): no trial
    "Ключегорск хоккейная команда",  # Ключегорск (b35e17d5): a rowing team, no hockey
    "柳塘科技馆 门票价格",  # 柳塘科技馆 (af864553): no ticket prices
    "Pennard Show sheepdog trials results",  # the Pennard Show (8593f0b4): a champion ram, no sheepdogs
    "Marlbeck gasworks explosion",  # the new streets by the gasworks (212eaf6f ¶6)
    "Kittiwake nesting season Gullholm",  # the steamer Kittiwake to Gullholm (ad7651d1 ¶17/25)
    "Garthwaite club Ben Nevis winter route",  # Garthwaite club (9a456715); the winter issue (9a456715 ¶29)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind44/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
