"""A fortieth lookup query set: the BLIND set of the twentieth round. It is committed unscored and is
scored once, at the end of the next round; nobody tunes on it (once it has been scored, a score on it
is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind38.py and tests/queries_blind41.py, blind
  sets of other writers, were not opened and are not part of the check). A throwaway script compared
  the word set of every query (Latin and Cyrillic words, Chinese by character pairs, a few stop words
  left out) with every earlier query, and with the earlier queries of this set, while the set was
  being written; a query sharing more than half of its words with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind52/docs, copied as ONE
  corpus into a subfolder blind52/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 4 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 5 + 8
(another inflection or derivation than the text uses, both directions, in English, Russian and
Spanish), translit 6 + 11 (another script or romanisation than the text: Latin-script names written in
Cyrillic or in Chinese characters as those languages transcribe them, pinyin and Wade-Giles for
Chinese names, Latin letters for Cyrillic names, accents dropped), russian 2 + 4, spanish 2 + 4,
chinese 3 + 5, mention-noise 3 + 4 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 4 + 5 (1–2 edits), name 3 + 4, phrase 3 + 4, question 5 + 7, topic 6 + 5: 46 + 67
answerable, and 19 + 30 unanswerable. Every answerable query is answered by the documents' own words
in some form, spelling or script (names may be written in another script); none needs a translation
of a common noun or a synonym the text never uses.

The unanswerable queries are of varied kinds: a name the corpus holds joined to a subject it never
connects with that name; a question in the corpus's own words about something it does not say (fact
questions: a price, a length, a count, a date, a name the text leaves out); a place the corpus does
not hold but spelled close to one it does (two or more edits from anything real in it); Russian,
Spanish and Chinese ones. Each shares one or more words with its corpus on purpose, and every article
holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles were read in full. Each query was written from
a passage of its article, and every word of it (and a stem of it, for the other forms) was matched
over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that listed
every article and paragraph holding it; those paragraphs were read to decide which article a reader
wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph queries the
same script checked that no paragraph (blank-line block or line, title line included) of any article
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

# The new-documents corpus is assembled by copying tests/gold/blind52/docs/* into ONE temporary
# corpus folder under the subfolder blind52/: files are then "blind52/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind52/docs",)
NEWDOCS_SUBDIRS = ("blind52",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "04b18277": "ASHPOOL CROQUET CLUB",
    "ce439635": "PRESS RELEASE",
    "af3ef9be": "THE KESTLEFORD MERCURY Friday 19 November 1993",
    "a2d0952b": "KITTLEWELL SWIFT WATCH",
    # en_pennithorne_gazette_digest.txt, split by the loader: the header (¶1–2), the opening of the
    # Mill Theatre (¶5–10), the carnival queen (¶13–16), the roof (¶19–22); the dateline lines
    # (¶4, ¶12, ¶18) fall between articles
    "eb99476d": "PENNITHORNE GAZETTE — THREE CUTTINGS FROM THE MILL THEATRE SCRAPBOOK",
    "7c9f892c": "CURTAIN UP AT THE OLD CORN MILL",
    "9f81cdb3": "CARNIVAL QUEEN CROWNED ON THE MILL STEPS",
    "40d0bbee": "THEATRE ROOF SAVED BY LOTTERY GRANT",
    "7b29b83f": "PENNITHORNE, 21 September — The Mill Theatre will celebrate a quarter of a",
    "dddd4e63": "Tin Whistle and Tea — notes on my dad's London",
    # en_thrushcombe_courier_digest.txt, split by the loader: the header (¶1–2), the sea wall (¶5–10),
    # the Golden Jubilee beacon (¶12–16), the Platinum Jubilee (¶18–23)
    "0ba47f2d": "THE THRUSHCOMBE COURIER: CUTTINGS ON THE SEA WALL AND THE GREEN",
    "df833b42": "SEA WALL FINISHED AT LAST",
    "09906985": "BEACON BLAZES FOR THE JUBILEE",
    "4259d476": "GREEN TURNS RED, WHITE AND BLUE AGAIN",
    "24389bbd": "WRENHOLT ADVERTISER · Weekend edition · 5 April 2014",
    "d73cedd0": "GACETA DE SAN TELMO DE LA LOMA",
    "77e998b3": "AYUNTAMIENTO DE VILLAMARGA DEL RÍO",
    "bca7e673": "СОСНОВСКИЙ ВЕСТНИК",
    "5936d079": "КЛУБ ЛЮБИТЕЛЕЙ СОБАК «ВЕРНЫЙ ДРУГ»",
    "349f66a5": "白桦沟林场纪念“五·六”大火三十周年",
    "ba8a4b33": "青禾镇中心小学",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Claudia Jones ¶123; "None Shall Escape the Judgement … a court in Warsaw" ¶125
    Query("Claudia Jones None Shall Escape Warsaw", "ccf1d4fa", "cross-paragraph"),
    # Emmerson Mnangagwa ¶5/11; "Hungary and Bulgaria also sent senior representatives" ¶21;
    # "e-commerce and digital payments" ¶27
    Query("Mnangagwa Hungary Bulgaria digital payments", "faecd2e1", "cross-paragraph"),
    # 002: Oceania, "more than 100 million troops" ¶7; "beautifying Nazis" ¶11
    Query("Oceania 100 million troops beautifying Nazis", "424ab945", "cross-paragraph"),
    # 001: Liu Qibao and the seminar "70-Year Common Victory" ¶4; Lev Abramov ¶14
    Query("Liu Qibao Lev Abramov 70-Year Common Victory seminar", "054ef6fb", "cross-paragraph"),
    # Word forms: the text has another form
    # "he even personally received a financial donation from a Colonel Younghusband" ¶521
    Query("Colonel Younghusband donated to the campaign", "ac7222d4", "word-form"),
    # "proclaim the member states' commitment to forge lasting friendship" ¶433
    Query("SCO proclaiming lasting friendship", "9e49ddff", "word-form"),
    # "en la que reflexiona sobre sus experiencias con la delegación" ¶299
    Query("Sydney Loving reflexionando sobre la delegación", "dde32893", "word-form"),
    # "los trabajadores se reunían en la plaza para hacer baile/ejercicio" ¶323
    Query("los trabajadores se reúnen para bailar", "dde32893", "word-form"),
    # "Dr. Norman Bethune …, whom Chairman Mao Zedong praised as 'a man of noble character…'" ¶275
    Query("Chairman Mao's praise for Dr. Norman Bethune", "7ab1f62c", "word-form"),
    # Another script or romanisation
    Query("Хун Сен и Игорь Сергеенко", "20f574be", "translit"),  # Hun Sen ¶154, Igor Sergeenko ¶157 in Cyrillic
    Query("Zhou Runfa Chen Hansheng", "ac7222d4", "translit"),  # Chow Yun-fat in pinyin, as Chen Hansheng ¶491
    # Shavkat Mirziyoyev ¶207, Shehbaz Sharif ¶211 in Cyrillic
    Query("Шавкат Мирзиёев и Шахбаз Шариф", "3a9fa4ed", "translit"),
    Query("Джоди Эванс и Кей Джей Но", "d89fdf72", "translit"),  # Jodie Evans ¶365, KJ Noh ¶368 in Cyrillic
    # Norman Bethune ¶275 and Eric Liddell ¶275/285 by their Chinese names
    Query("白求恩 李爱锐", "7ab1f62c", "translit"),
    # the title: "… Maldives, Azerbaijan, Kyrgyzstan, India and Türkiye", ü typed as u
    Query("India and Turkiye Maldives Kyrgyzstan", "0e5d6094", "translit"),
    # Russian (names written in Cyrillic)
    Query("Майкл Линдси и Рьюи Элли", "ac7222d4", "russian"),  # Michael Lindsay ¶501, Rewi Alley ¶495
    # George Hogg ¶477–499, "the 2008 publication of James MacManus's biography" ¶489
    Query("Джеймс Макманус и Джордж Хогг", "ac7222d4", "russian"),
    # Spanish
    # "Es un testamento de cómo van juntos el alivio de la pobreza y el ambientalismo" ¶337
    Query("alivio de la pobreza y ambientalismo", "dde32893", "spanish"),
    # "La diferencia está en quién controla la tecnología" ¶339
    Query("la diferencia está en quién controla la tecnología", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # To Lam ¶67–69, Luong Cuong ¶71, Pham Minh Chinh ¶79 (20f574be names To Lam only, ¶145)
    Query("苏林 梁强 范明政", "362ba691", "chinese"),
    # Thongloun ¶135–183 and President Kaysone Phomvihane ¶167
    Query("通伦 凯山·丰威汉", "20f574be", "chinese"),
    # Hun Manet ¶243/247 and Queen Mother Norodom Monineath Sihanouk ¶235–241
    Query("洪玛奈 莫尼列", "5a5d8582", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "the Friends Ambulance Unit, organised by the Quakers and composed of conscientious objectors" ¶501
    Query("<@&1200> \u200bQuakers conscientious objectors", "ac7222d4", "mention-noise"),
    # "South African President Ramaphosa said developing nations are facing 'great hardships and danger'" ¶467
    Query("<#777> Ramaphosa \u200bgreat hardships and danger", "e065690c", "mention-noise"),
    # 003: "stating Taiwan is an inalienable part of the PRC" ¶51
    Query("@here \u200bTaiwan inalienable part of the PRC", "b39d8185", "mention-noise"),
    # Typos (1–2 edits)
    Query("Khurelsukh Ukhna", "c061f0a1", "typo"),  # Mongolian President Khurelsukh Ukhnaa ¶187/197
    Query("Stamfrod Bridge", "7ab1f62c", "typo"),  # "Modeled after London's Stamford Bridge" ¶291
    Query("Sydeny Loving", "dde32893", "typo"),  # Sydney Loving ¶297–301
    Query("Lugou Brige", "ac7222d4", "typo"),  # "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505
    # Names
    # Denis Sassou Nguesso ¶23; "assuming the role of African co-chair of … FOCAC" ¶27
    Query("Denis Sassou Nguesso African co-chair", "faecd2e1", "name"),
    # "Vladimir Vladimirovich Yakushev, … First Vice Chairman of the Federation Council" ¶158
    Query("Vladimir Vladimirovich Yakushev Federation Council", "20f574be", "name"),
    Query("Masoud Pezeshkian Iranian President", "e065690c", "name"),  # "Iranian President Masoud Pezeshkian" ¶451
    # Phrases
    # "an ironclad friendship featuring mutual assistance in trying times" ¶239
    Query("ironclad friendship featuring mutual assistance in trying times", "5a5d8582", "phrase"),
    # "distributed our handbills, posted our posters" ¶525
    Query("distributed our handbills, posted our posters", "ac7222d4", "phrase"),
    # "every generation will remember China's selfless support" ¶213
    Query("every generation will remember China's selfless support", "3a9fa4ed", "phrase"),
    # Questions
    # "China's Consulate-General in the Scottish capital Edinburgh" ¶273
    Query("where is the Chinese Consulate-General in Scotland?", "7ab1f62c", "question"),
    # "the biggest gatherings to date in the SCO's quarter century history" ¶427; 26d64f12 ¶403: "the
    # quarter century old Shanghai Cooperation Organisation (SCO) in Tianjin"
    Query("how old was the SCO at the Tianjin summit?", "9e49ddff", "question", also=("26d64f12",)),
    # "the founding of the United Nations was the most important decision made by the international
    # community at the end of the Second World War" ¶407 (b39d8185, 9e49ddff name the founding only)
    Query("what did Xi call the founding of the United Nations?", "26d64f12", "question"),
    # "Xinhua correspondents Zheng Bofei and Jin Jing write" ¶283–287
    Query("who wrote the Xinhua feature on Eric Liddell?", "7ab1f62c", "question"),
    # "every time he came to China, he would always be deeply impressed by the country's vibrant
    # development and progress" ¶265
    Query("what impressed Lukashenko on his visits to China?", "0e5d6094", "question"),
    # Topics
    # "the first occasion for Kim Jong Un to participate in this type of multilateral gathering of world
    # leaders" ¶219
    Query("Kim Jong Un first multilateral gathering of world leaders", "eca32116", "topic"),
    # "This webinar is the companion to our commemoration of VE …; … the re-emergence of fascist forces" ¶359
    Query("VE Day companion webinar re-emergence of fascist forces", "d89fdf72", "topic"),
    # "Myanmar was part of the Eastern battlefield … and it is an important dialogue partner of the SCO" ¶415
    Query("Myanmar Eastern battlefield dialogue partner", "26d64f12", "topic"),
    # "the Dunhuang Salt Tower solar plant and the extensive system of parks and green belts" ¶539;
    # dde32893 ¶335 describes the same molten-salt solar plant of Dunhuang, in Spanish
    Query("Dunhuang Salt Tower solar plant parks green belts", "6710eba1", "topic", also=("dde32893",)),
    # Zhao Leji visited Vietnam "at the invitation of … Chairman of the National Assembly of Vietnam Tran
    # Thanh Man" ¶65 (20f574be lists Zhao Leji among the guests ¶156, no invitation)
    Query("Zhao Leji National Assembly Tran Thanh Man invitation", "362ba691", "topic"),
    # "BRICS countries, standing at the forefront of the Global South, should act on the BRICS Spirit of
    # openness, inclusiveness and win-win cooperation" ¶453
    Query("Global South forefront BRICS Spirit openness inclusiveness", "e065690c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Liddell 1928 Amsterdam Olympics",  # Liddell (7ab1f62c) won gold at the 1924 Paris Olympics; no Amsterdam
    "Maduro Tianjin visit",  # Maduro (f78fdcd6) spoke in Caracas; he is not among the guests in Tianjin
    "Lukashenko Moscow parade speech",  # Lukashenko (0e5d6094) met Xi in Tianjin; no Moscow, no speech
    # Kim was greeted at Beijing Railway Station (eca32116 ¶221); nothing on the journey or its length
    "how long did Kim Jong Un's train journey to Beijing take?",
    "Sydney Loving visita a Hong Kong",  # Sydney Loving (dde32893) visited Xi'an, Yan'an, Dunhuang, Jiayuguan, Shanghái
    "Лавров в Пхеньяне",  # Lavrov (097182f6) spoke in Wonsan; Pyongyang is never named
    "Twm Draper Welsh miners",  # Twm Draper (6710eba1); the South Wales miners (ac7222d4) are another story
    "Callum Norris Glasgow university",  # Callum Norris (6710eba1); Fudan University only; no Glasgow
    "卫国战争 纪念馆 门票",  # 伟大卫国战争 (003 ¶20); no museum, no tickets
    "联合国成立 八十周年 纪念邮票",  # 联合国成立80周年 (003 ¶20); no stamps
    "Mostafa Madbouly Cairo metro",  # Madbouly (26d64f12): desalination, electric vehicles; no Cairo, no metro
    "Igor Sergeenko Minsk election",  # Igor Sergeenko (20f574be) was a guest in Hanoi; no Minsk, no election
    "how many copies did Ocean Devil sell?",  # 'Ocean Devil' (ac7222d4 ¶489): published 2008, no sales
    # Tianshui is no place in the corpus (Tianjin, Tianjin…); Japan's surrender (d89fdf72) has no ceremony
    "Tianshui Japanese surrender ceremony",
    "Díaz-Canel Havana sugar harvest",  # Díaz-Canel (d807680a, 20f574be); no Havana, no sugar
    # Arthur Clegg (ac7222d4) was the CCC's National Organiser; the Daily Worker (¶507) is not tied to him
    "Arthur Clegg Daily Worker journalist",
    "Pezeshkian Tehran nuclear talks",  # Pezeshkian (e065690c) at the BRICS summit; no Tehran, nothing nuclear
    # Keith Bennett (ac7222d4, d89fdf72); Shanghai (6710eba1, dde32893); films (ccf1d4fa); no festival
    "Keith Bennett Shanghai film festival",
    "Ken Hammond Harvard lecture",  # Ken Hammond (d89fdf72), historian and webinar speaker; no Harvard
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # ASHPOOL CROQUET CLUB ¶1; "Away match at Marlow Fold" ¶14; "The mowers were serviced" ¶18
    Query("Ashpool croquet Marlow Fold mowers", "04b18277", "cross-paragraph"),
    # Amos Rudd ¶11/13; "model railway exhibition in the Goods Shed" ¶19; "Janet Fell, Heritage Officer" ¶25
    Query("Amos Rudd model railway Janet Fell", "ce439635", "cross-paragraph"),
    # "chosen by Arnold Pye" ¶2/24; "first traffic lights" ¶11; "complaints from carters" ¶13
    Query("Arnold Pye traffic lights carters", "af3ef9be", "cross-paragraph"),
    # "He kept a pocket diary" ¶8; "a whole page about the fog" ¶11; "the Headingley Local History Circle" ¶21
    Query("pocket diary fog Headingley", "dddd4e63", "cross-paragraph"),
    # "By Maureen Tapley" ¶4; "a cousin in the BBC wardrobe department" ¶11; "her ticket stub" ¶17
    Query("Maureen Tapley BBC wardrobe ticket stub", "24389bbd", "cross-paragraph"),
    # Анна Петровна Ермолова ¶6; "поход на Сосновое озеро" ¶12; "вручила первоклассникам букварь" ¶16
    Query("Ермолова Сосновое озеро букварь", "bca7e673", "cross-paragraph"),
    # Word forms
    Query("Kestleford Baths boiler failure", "af3ef9be", "word-form"),  # "the boiler failed" ¶18
    # "slept in a tithe barn on the 26th" ¶12
    Query("Hetherdale quarrymen sleeping in a tithe barn", "ce439635", "word-form"),
    # "Locomotion No. 1 hauled the opening train of the Stockton and Darlington Railway" ¶7
    Query("Locomotion No. 1 hauling the opening train", "ce439635", "word-form"),
    # "CARNIVAL QUEEN CROWNED ON THE MILL STEPS", "Carly Dent was crowned" ¶13–14
    Query("crowning of Carly Dent", "9f81cdb3", "word-form"),
    Query("reseeding Thrushcombe Green", "09906985", "word-form"),  # "The Green will be reseeded" ¶16
    Query("вручение букваря первоклассникам", "bca7e673", "word-form"),  # "вручила первоклассникам букварь" ¶16
    # "había repartido en la plaza trescientas gafas de cartón" ¶10–11
    Query("reparto de gafas de cartón en la plaza", "d73cedd0", "word-form"),
    # "с Байконура стартовал корабль-спутник" ¶7
    Query("старт корабля-спутника с Байконура", "5936d079", "word-form"),
    # Another script or romanisation
    # Ермолова ¶6, "в деревне Подгорное" ¶9, romanised
    Query("Yermolova Podgornoye", "bca7e673", "translit"),
    # "Нина Аркадьевна Шубина" ¶10, "посёлок Тихий Ключ" ¶2, romanised
    Query("Nina Shubina Tikhiy Klyuch", "5936d079", "translit"),
    Query("Belka i Strelka", "5936d079", "translit"),  # Белка и Стрелка ¶5/8, romanised
    Query("Wang Deshan Baihuagou", "349f66a5", "translit"),  # 白桦沟 ¶1/2/7, 老职工王德山 ¶7, in pinyin
    Query("Liu Chih-kang", "349f66a5", "translit"),  # 场长刘志刚 ¶17, in Wade-Giles
    Query("Qinghe zhen zhongxin xiaoxue", "ba8a4b33", "translit"),  # 青禾镇中心小学 ¶1/19, in pinyin
    # "the Beatles climbed onto the roof of 3 Savile Row" ¶6, in Cyrillic
    Query("Битлз Сэвил-Роу", "dddd4e63", "translit"),
    Query("Rocio Almansa Vidal", "77e998b3", "translit"),  # "La concejala, Rocío Almansa Vidal" ¶21, í typed as i
    Query("Ансельмо Рувалькаба", "d73cedd0", "translit"),  # el maestro Anselmo Ruvalcaba ¶10, in Cyrillic
    # Pat Greening ¶12/22, "Waterloo" ¶3/19, in Cyrillic
    Query("Пат Гриннинг Ватерлоо", "24389bbd", "translit"),
    # "в Верхнесосновской средней школе" ¶7, romanised in the nominative
    Query("Verkhnesosnovskaya shkola", "bca7e673", "translit"),
    # Russian
    Query("фотовыставка «Собаки-космонавты»", "5936d079", "russian"),  # ¶17
    Query("звание заслуженного учителя", "bca7e673", "russian"),  # ¶12–13
    # "Прощание состоится в субботу, 10 февраля" ¶18
    Query("прощание состоится в субботу", "bca7e673", "russian"),
    Query("годовщина полёта Лайки", "5936d079", "russian"),  # "в годовщину полёта Лайки" ¶20
    # Spanish
    Query("Cabalgata de los Reyes Magos", "77e998b3", "spanish"),  # ¶14
    Query("taller infantil de belenes", "77e998b3", "spanish"),  # ¶9
    Query("observación nocturna con telescopios", "d73cedd0", "spanish"),  # ¶19
    Query("las farolas se encendieron solas", "d73cedd0", "spanish"),  # ¶12
    # Chinese
    Query("火线三十天 图片展", "349f66a5", "chinese"),  # “火线三十天”图片展 ¶14
    Query("防火瞭望塔", "349f66a5", "chinese"),  # 新建的防火瞭望塔 ¶16
    Query("寒假作业", "ba8a4b33", "chinese"),  # 按时完成寒假作业 ¶17
    Query("植树节 青禾山", "ba8a4b33", "chinese"),  # 植树节，学校将组织……到青禾山植树 ¶14
    Query("新年联欢会", "ba8a4b33", "chinese"),  # 去年12月28日的新年联欢会 ¶12
    # Mentions and zero-width spaces
    # "The Handicap Doubles … with a reserve date of Sunday 18 May" ¶11–12
    Query("<@771203> \u200bHandicap Doubles reserve date", "04b18277", "mention-noise"),
    # BEACON BLAZES FOR THE JUBILEE: "the Golden Jubilee beacon lit at 10.30pm" ¶12/15; 4259d476:
    # "Twenty years after the Golden Jubilee beacon" ¶19
    Query("@everyone Golden Jubilee \u200bbeacon\u200b", "09906985", "mention-noise", also=("4259d476",)),
    # "Evening swift walks from the church gate" ¶14
    Query("<#4410> \u200bevening swift walks church gate", "a2d0952b", "mention-noise"),
    # "вечер памяти в читальном зале библиотеки" ¶15 (bca7e673 ¶19: a memorial evening in the school)
    Query("<@&902> вечер памяти\u200b в библиотеке", "5936d079", "mention-noise"),
    # Typos
    Query("Kestelford Mercury", "af3ef9be", "typo"),  # THE KESTLEFORD MERCURY ¶1
    # SEA WALL FINISHED AT LAST, Thrushcombe, "after the storms of 24 and 25 April" ¶5–10 (the header
    # 0ba47f2d names the sea wall in its title only)
    Query("Thrushcomb sea wall storms", "df833b42", "typo"),
    Query("Pennythorne carnival", "9f81cdb3", "typo"),  # Pennithorne; the carnival queen ¶13–16
    Query("Wrenhold library ticket stub", "24389bbd", "typo"),  # "on show at Wrenholt Library" ¶17
    Query("Hetherdael Station Yard", "ce439635", "typo"),  # "Hetherdale Railway Heritage Centre, Station Yard" ¶2
    # Names
    Query("Bob Fenner", "af3ef9be", "name"),  # "the county champion Bob Fenner and his sisters" ¶17
    Query("Ken Ollard", "7b29b83f", "name"),  # Chairman Ken Ollard ¶14
    Query("Ruth Amberley Swallow Cottage", "a2d0952b", "name"),  # ¶21
    Query("greyhound_gill", "dddd4e63", "name"),  # the blog's author ¶2/25
    # Phrases
    Query("two winters and a great many jumble sales", "7c9f892c", "phrase"),  # ¶8–9
    Query("Nobody else there but a pigeon", "dddd4e63", "phrase"),  # ¶18
    Query("a Swedish band in platform boots", "24389bbd", "phrase"),  # ¶9
    Query("every re-roofed cottage can mean a lost colony", "a2d0952b", "phrase"),  # ¶6
    # Questions
    # "The gasworks chimney of 1893 comes down at last on Saturday 27 November" ¶21
    Query("when does the Kestleford gasworks chimney come down?", "af3ef9be", "question"),
    # "says Pat Greening, who was fifteen" ¶12–13; the caption dates the Dome to 6 April 1974 ¶22
    Query("how old was Pat Greening in 1974?", "24389bbd", "question"),
    # "on the great day watched the train pass at Heighington" ¶13
    Query("where did the Hetherdale quarrymen watch the train pass?", "ce439635", "question"),
    # "Our first swifts are usually seen around 5 May" ¶12
    Query("when do the first swifts arrive in Kittlewell?", "a2d0952b", "question"),
    # "Work to replace the Mill Theatre's leaking roof … the spring season now opens on 4 May" ¶20–21
    Query("when does the Mill Theatre spring season open after the roof work?", "40d0bbee", "question"),
    # "Анна Петровна родилась 12 марта 1931 года" ¶9
    Query("когда родилась Анна Петровна Ермолова?", "bca7e673", "question"),
    # 大火直到6月2日才被彻底扑灭 ¶9
    Query("大火什么时候被彻底扑灭？", "349f66a5", "question"),
    # Topics
    # "the Eurovision Song Contest came to the Brighton Dome" ¶8; the caption "6 April 1974" ¶22
    Query("Eurovision Song Contest Brighton Dome 1974", "24389bbd", "topic"),
    # "the opening train of the Stockton and Darlington Railway … the 175th anniversary" ¶7–9
    Query("Stockton and Darlington Railway anniversary", "ce439635", "topic"),
    Query("croquet club championship finals", "04b18277", "topic"),  # "The Club Championship finals" ¶15
    Query("Platinum Jubilee Big Lunch", "4259d476", "topic"),  # ¶20–21
    # "The Mill Theatre will celebrate a quarter of a century" ¶1–2 (the other cuttings: its opening,
    # a carnival, the roof)
    Query("Mill Theatre quarter century celebration", "7b29b83f", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # "Subscriptions (unchanged) are due by 30 April" (04b18277 ¶21): no amount
    "how much is the Ashpool croquet subscription?",
    "Hetherdale railway museum café",  # the Heritage Centre (ce439635): a gallery, a goods shed; no café
    "Hetherdale parish clerk's grave",  # the parish clerk Amos Rudd (ce439635) kept a diary; no grave
    "Bob Fenner Olympic swimmer",  # Bob Fenner (af3ef9be) is a county champion; nothing Olympic
    "Kittlewell swallows nesting",  # Kittlewell's swifts nest under the eaves (a2d0952b); Swallow Cottage only
    # 9f81cdb3: "next year's carnival" is fixed for 26 June; its queen is not named
    "Pennithorne carnival queen 1999",
    "Hilda Marsh obituary",  # Hilda Marsh (7c9f892c, 7b29b83f) is alive, 84; the obituary (bca7e673) is another
    "who plays Aladdin at the Mill Theatre?",  # "Aladdin" opens on 10 December (7b29b83f ¶16); no cast
    "what was the name of the tailor's firm on Savile Row?",  # dddd4e63: "a tailor's two doors down", unnamed
    "Beatles Abbey Road",  # the Beatles on the roof of 3 Savile Row (dddd4e63); no Abbey Road
    "Wrenholt Jubilee street party",  # Wrenholt (24389bbd); the Jubilee street party is Thrushcombe's (09906985)
    "who drove the Wrenholt coach to Brighton?",  # "The coach had left the Market Cross" (24389bbd ¶10); no driver
    # total eclipses only (d73cedd0): 1991, Chile and Argentina last year, April 2024
    "¿cuándo fue el último eclipse anular en Jalisco?",
    "precio de las uvas de Nochevieja en Villamarga",  # "Campanadas y uvas en la plaza" (77e998b3 ¶12); no price
    "fiestas de San Pedro en Villamarga",  # the church of San Pedro, the fiestas of San José (77e998b3 ¶18–19)
    "Белка и Стрелка щенки",  # Белка и Стрелка (5936d079): the flight, a drawing; no puppies
    "когда основан клуб «Верный друг»?",  # the founder Шубина (5936d079 ¶10); no founding date
    "Ермолова внуки",  # Ермолова (bca7e673): pupils and colleagues; no family
    "白桦沟林场 职工工资",  # 白桦沟林场 (349f66a5), 职工; no wages
    "王德山 哪一年退休",  # 老职工王德山, 71 (349f66a5 ¶7); no retirement
    "青禾镇中心小学 校长",  # 青禾镇中心小学 (ba8a4b33) names no head teacher
    "Ashford croquet lawns",  # Ashpool Croquet Club and its lawns (04b18277); Ashford is three edits away
    "Thornecombe Esplanade",  # Thrushcombe's Esplanade sea wall (df833b42); Thornecombe is another place
    "Kittlewick swift boxes",  # Kittlewell Swift Watch (a2d0952b); Kittlewick is three edits away
    "Pennington Players",  # the Pennithorne Players (7c9f892c, 7b29b83f); Pennington is another place
    # "with a gala attended by the county champion Bob Fenner and his sisters" (af3ef9be ¶16–17): no number
    "how many people attended the Kestleford Baths gala?",
    "how long is the Thrushcombe sea wall?",  # "The Mayor will walk the full length" (df833b42 ¶8): no length
    "how many swifts were counted in Kittlewell last year?",  # results are shared in September (a2d0952b); none
    "how big was the lottery grant for the theatre roof?",  # "ROOF SAVED BY LOTTERY GRANT" (40d0bbee): no sum
    "population of Villamarga del Río",  # the programme (77e998b3) gives no population
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind52/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
