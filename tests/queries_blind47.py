"""A forty-seventh lookup query set: the BLIND set of the twenty-third round, RICH IN UNANSWERABLE
QUERIES. It is committed unscored and is scored once, at the end of the twenty-third round, by people
who have not seen it; nobody reads it or tunes on it before then (once it has been scored, a score on
it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind45.py and tests/queries_blind46.py, written
  at the same time as this one, were not opened and are not part of the check). A throwaway script
  compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped, Chinese
  by character pairs, a few stop words left out) with every earlier query, and with the other queries
  of this set, while the set was being written; a query sharing more than half of its words with any
  one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind59/docs, copied as ONE
  corpus into a subfolder blind59/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 4 + 7 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 7
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 5 + 7 (another script or romanisation than the text: Latin
names written in Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them,
postal and Wade-Giles spellings for pinyin names, Latin letters for Cyrillic and Chinese names, pinyin
without tones, accents dropped), russian 2 + 2, spanish 3 + 3, chinese 2 + 3, mention-noise 2 + 2
(Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits), name
3 + 3, phrase 2 + 3, question 3 + 4, topic 2 + 3: 35 + 47 answerable, and 20 + 30 unanswerable. Every
answerable query is answered by the documents' own words in some form, spelling or script (names may
be written in another script); none needs a translation of a common noun or a synonym the text never
uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name; a question in the corpus's own words about
something it does not say (an age, a date, a cost, a count, a weight, a name, who won); a place or
person the corpus does not hold but spelled close to one it does (two or more edits from anything
real in it); a common word plus a name from another article; Russian, Spanish and Chinese ones; date
and number questions the text does not answer. Each shares one or more words with its corpus on
purpose (in another script for some of the seeds' ones), and every article holding those words was
read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets) holds all of the query's words.

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

# The new-documents corpus is assembled by copying tests/gold/blind59/docs/* into ONE temporary
# corpus folder under the subfolder blind59/: files are then "blind59/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind59/docs",)
NEWDOCS_SUBDIRS = ("blind59",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_braddock_cross_recorder_digest.txt, split by the loader: the header (¶1–2), the space exhibition
    # (¶7–12), the cricket club's anniversary (¶17–21), the snow (¶26–32); the rules and datelines
    # (¶4–6, ¶14–16, ¶23–25) belong to none of them
    "8f370ae0": "THE BRADDOCK CROSS RECORDER — FROM THE ARCHIVE",
    "28ddda15": "SPACE FEVER AT THE LIBRARY",
    "13f4c478": "A HUNDRED AND FIFTY SUMMERS AT HOLME LANE",
    "4c91f727": "TOWN AT A STANDSTILL",
    "4155af0e": "YARL VALLEY ECHO",
    "012fc976": "DUNNOCKMERE CARNIVAL",
    "3f2c8b19": "THE LONSETT MERCURY",
    "6600a99e": "MIDDLECOTT TOWN COUNCIL",
    "eaa0b81a": "PIDSEY WOOD",
    "5bad09f7": "OBITUARIES",
    "b098eda8": "THE RISING TROUT",
    "47eb83a2": "Sorrelby Skies",
    # en_tewhurst_advertiser_cuttings_digest.txt, split by the loader with no header article: the pancake
    # race (¶5–11), the bells (¶15–19), the Market Hall (¶23–27); the scrapbook line (¶1) and the
    # bracketed datelines (¶3, ¶13, ¶21) belong to none of them
    "7b539e3a": "PANCAKE DASH IS A HIT",
    "bc6716a7": "NEW VOICES FOR ST ODA'S",
    "2dcbcf56": "MARKET HALL AT 150",
    "62980098": "TWENTY-FIVE YEARS OF FLIPPING",
    "a277287c": "PRESS RELEASE",
    "d4a330b3": "Las Hoyuelas (La Palma)",
    "a88bc3fc": "«ЛИСТВЯЖНЫЙ ВЕСТНИК»",
    "8e70fdec": "沪嘉高速通车三十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "The Lao News Agency KPL
    # reported" ¶163; "established by President Kaysone Phomvihane" ¶167
    Query("Igor Sergeenko KPL Kaysone", "20f574be", "cross-paragraph"),
    # "South African President Cyril Ramaphosa … Indonesian President Prabowo Subianto" ¶451; "The Bloomberg
    # financial news service further reported" ¶463; Ramaphosa again ¶467 (no Bloomberg, no Prabowo)
    Query("Cyril Ramaphosa Bloomberg Prabowo", "e065690c", "cross-paragraph"),
    # "on London's Southbank" ¶111; "She excoriated the racist and sexist stereotyping" ¶119; "details of
    # showings may be found on the BFI website" ¶121
    Query("excoriated sexist stereotyping Southbank showings", "ccf1d4fa", "cross-paragraph"),
    # "all forms of racism and xenophobia" 003 line 38; "the Nuremberg and Tokyo Trials" line 39; "opposing
    # all forms of “Taiwan independence.”" line 51 (Taiwan also line 17)
    Query("Tokyo Trials xenophobia Taiwan independence", "b39d8185", "cross-paragraph"),
    # Word forms: the text has another form
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" ¶329 (entregar →
    # entregaban); the other robots (d807680a ¶105, dde32893 ¶339, 6710eba1 ¶541) are robotics in industry
    Query("robots que entregaban comida al cuarto", "dde32893", "word-form"),
    # Lukashenko: "he would always be deeply impressed by the country's vibrant development" ¶265
    # (6710eba1 ¶539 has "vibrant use of history", no Lukashenko)
    Query("Lukashenko's impression of China's vibrancy", "0e5d6094", "word-form"),
    # Hun Manet: Cambodia looks forward to … "combat online gambling and telecom fraud" ¶247
    Query("Hun Manet combating telecom fraud", "5a5d8582", "word-form"),
    # Madbouly: Egypt stands ready to … "expand trade and investment" ¶413
    Query("Madbouly expanding trade with China", "26d64f12", "word-form"),
    # Another script or romanisation
    Query("Чжэн Бофэй Цзинь Цзин", "7ab1f62c", "translit"),  # "Xinhua correspondents Zheng Bofei and Jin Jing" ¶287
    # "a Hyde Park meeting, where on August 23 [1937], J.R. Campbell demanded a Japanese withdrawal" ¶525
    Query("Дж. Р. Кэмпбелл Гайд-парк", "ac7222d4", "translit"),
    # postal spellings of Xi'an (dde32893 ¶307/313/325, only there) and Dunhuang (dde32893 ¶307/325/335;
    # 6710eba1 ¶537/539, without Xi'an)
    Query("Sian Tunhwang", "dde32893", "translit", also=("6710eba1",)),
    # the webinar's moderator Radhika Desai ¶369 and speaker Jodie Evans ¶365, in characters
    Query("拉迪卡·德赛 乔迪·埃文斯", "d89fdf72", "translit"),
    # the delegation report by Callum Norris ¶533/535/543, in characters
    Query("卡勒姆·诺里斯", "6710eba1", "translit"),
    # Russian (names written in Cyrillic, declined)
    # "since founding President Kim Il Sung participated in the 1959 tenth anniversary celebrations" ¶219
    Query("Ким Ир Сен на параде 1959 года", "eca32116", "russian"),
    # "Zhao Leji also paid respects at the Ho Chi Minh Mausoleum" ¶75 (20f574be names Zhao Leji as a guest
    # in Hanoi ¶156, no mausoleum, no Ho Chi Minh)
    Query("Чжао Лэцзи в мавзолее Хо Ши Мина", "362ba691", "russian"),
    # Spanish
    # "Muchos vehículos y cosas son diseñados con consideración a las necesidades de los viejos" ¶323
    Query("vehículos diseñados para las necesidades de los viejos", "dde32893", "spanish"),
    # "alimentación, ropa, vivienda, electricidad y agua, atención médica y educación garantizadas" ¶317
    Query("alimentación, vivienda y electricidad garantizadas", "dde32893", "spanish"),
    # "mantener el pueblo como dueño de su historia y su cultura" ¶325
    Query("el pueblo como dueño de su historia", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "the Tianjin Declaration of the Council of Heads of State … approved the SCO Development Strategy to
    # 2035" ¶443
    Query("天津宣言 2035", "9e49ddff", "chinese"),
    # "uphold the principles of the Nuremberg and Tokyo Trials" 003 line 39 (ccf1d4fa ¶125 names "the actual
    # Nuremberg Trial" only, in passing, and no Tokyo)
    Query("纽伦堡审判 东京审判", "b39d8185", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "a Colonel Younghusband … he was trying to make amends for his past efforts to weaken China" ¶521
    Query("<#9001> Colonel Younghusband\u200b amends", "ac7222d4", "mention-noise"),
    Query("<@5521> Chen Weihua\u200b EU bureau chief", "d89fdf72", "mention-noise"),  # "Former EU bureau chief" ¶364
    # Typos (1–2 edits)
    Query("Emmerson Mnangawa", "faecd2e1", "typo"),  # "Zimbabwean President Emmerson Mnangagwa" ¶5
    Query("Shavkat Mirziyoyv", "3a9fa4ed", "typo"),  # "Uzbek President Shavkat Mirziyoyev" ¶207
    Query("Nikol Pashiyan", "0e5d6094", "typo"),  # "Armenian Prime Minister Nikol Pashinyan" ¶257
    # Names
    # "Queen Mother Norodom Monineath Sihanouk arrived in Beijing" ¶235; "his wife Peng Liyuan" ¶237
    Query("Norodom Monineath Peng Liyuan", "5a5d8582", "name"),
    # "according to Li Jinxian, director of the Memorial Work Department" 000 line 1; "reported by RIA
    # Novosti during a press conference" line 2
    Query("Li Jinxian RIA Novosti", "097182f6", "name"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501; "his mentor, the New Zealand internationalist
    # Rewi Alley" ¶495
    Query("Michael Lindsay Rewi Alley", "ac7222d4", "name"),
    # Phrases
    # the August Revolution "greatly inspired Laos's national liberation and energised revolutionary and peace
    # movements among the oppressed peoples worldwide" ¶149
    Query("energised revolutionary and peace movements among the oppressed peoples", "20f574be", "phrase"),
    # Lula: "We have the necessary legitimacy to lead the renewal of the multilateral trading system" ¶465
    Query("the necessary legitimacy to lead the renewal", "e065690c", "phrase"),
    # Questions
    # Díaz-Canel's state visit to Laos ¶161: "The Lao News Agency KPL reported" ¶163 (d807680a has Díaz-Canel
    # in Beijing, no news agency)
    Query("which Lao news agency reported Díaz-Canel's visit?", "20f574be", "question"),
    # "China was the first country to wage war against fascist occupation; that in the course of 14 years of
    # war (1931-45)" ¶357; 38a7d84f: "after fighting a bitter and heroic war of resistance for 14 years" ¶387
    Query("how many years did China's war against fascism last?", "d89fdf72", "question", also=("38a7d84f",)),
    # "Seven days later, on July 14, the Daily Worker … described this as a “plain case of aggression”" ¶507
    Query("when did the Daily Worker call it a plain case of aggression?", "ac7222d4", "question"),
    # Topics
    # the GGI "advocates for a UN-centred international governance system that ensures equal participation of
    # all developing countries" ¶199 (26d64f12 ¶409 and 362ba691 ¶71 mention developing countries in passing)
    Query("equal participation of developing countries in governance", "c061f0a1", "topic"),
    # Guterres: "multilateralism, international law and the authority of the United Nations are being
    # challenged" ¶409
    Query("challenges to the authority of the United Nations", "26d64f12", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Ramaphosa (e065690c ¶451/467) spoke at the virtual BRICS summit; Johannesburg is never named
    "Ramaphosa Johannesburg speech",
    # Keith Bennett (ac7222d4 ¶475: a visit to China; d89fdf72 ¶367: a webinar speaker); Moscow (097182f6,
    # b39d8185) is never connected with him
    "Keith Bennett Moscow visit",
    "¿cuánto acero produce JISCO al año?",  # JISCO, "una empresa siderúrgica estatal" (dde32893 ¶335): no output
    # 抗日战争 in the Chinese title (b39d8185, 003 line 20); Harbin is never named; the memorial sites are in
    # Russia (097182f6) and near Khabarovsk (054ef6fb)
    "哈尔滨 抗日战争纪念馆",
    # Zhao Lijian is 3 edits from Zhao Leji (362ba691, 20f574be); the only press conference is Li Jinxian's
    # (097182f6 line 2)
    "Zhao Lijian press conference",
    # Cai Qi greeted Kim Jong Un at Beijing Railway Station (eca32116 ¶221); Pyongyang is never named
    "Cai Qi Pyongyang trip",
    # Zheng Bofei wrote on Liddell's 1924 Paris Olympics (7ab1f62c ¶287); no Beijing Olympics, no torch
    "Zheng Bofei Beijing Olympics torch",
    # Min Aung Hlaing (26d64f12 ¶405/415/419): pauk-phaw friendship, post-disaster help; no elections
    "when will Min Aung Hlaing hold elections?",
    # Chow Yun-fat played Chen Hansheng (ac7222d4 ¶491); no ages anywhere
    "how old was Chow Yun-fat in The Children of Huang Shi?",
    # the only tolls are "over 20 million" killed (ccf1d4fa ¶127) and "35 million casualties" (d89fdf72 ¶357);
    # Nanjing is never named
    "how many Chinese died in the Nanjing massacre?",
    # Rewi Alley, "the New Zealand internationalist" (ac7222d4 ¶495): no birthplace, no Springfield
    "Rewi Alley Springfield Canterbury",
    # the parade on Tienanmen (eca32116 ¶219, 38a7d84f ¶377) is given no numbers; "around 400 military
    # personnel" marched in Hanoi (362ba691 ¶77)
    "how many soldiers marched past Tienanmen on September 3?",
    # the Nuremberg Tribunal (b39d8185 lines 39–40) and Trial (ccf1d4fa ¶125): no judges
    "how many judges sat at the Nuremberg Tribunal?",
    "洪玛奈 西点军校",  # Hun Manet (5a5d8582 ¶243/247), in characters; West Point is never named
    # Lukashevich is 4 or more edits from Lukashenko (0e5d6094); the Chinese Foreign Ministry is named only as
    # a source (5a5d8582 ¶249, e065690c ¶469, 38a7d84f ¶397); no spokesman
    "Lukashevich foreign ministry spokesman",
    # Gutierrez is 2 edits from Guterres (26d64f12); "refugee kids" (ac7222d4 ¶497); no refugee agency
    "Gutierrez UN refugee agency",
    # the China-Pakistan Economic Corridor 2.0 (3a9fa4ed ¶211) and Western claims of "debt traps" (6710eba1
    # ¶537, about Botswana, Laos, Nepal, Egypt): no debt figures, no CPEC
    "CPEC debt owed to China",
    "Токаев Алматы",  # Tokayev (26d64f12 ¶405) met Xi in Tianjin; Almaty is never named
    # el tren (dde32893 ¶329), la delegación (¶299–307): ten days, five cities, no distance; the "1,100
    # kilometre" journey is Hogg's with his pupils (ac7222d4 ¶485)
    "¿cuántos kilómetros recorrió la delegación en tren?",
    # the SCO summit (9e49ddff) names the UN Secretary-General only ¶427 (Guterres, 26d64f12); the SCO's own
    # secretary-general is never named
    "上海合作组织秘书长是谁",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Fresh spraint … found below Hobb's Weir" ¶9; "the first spraint" ¶18; "the old tannery outfall at
    # Stell Bridge" ¶20
    Query("Hobb's Weir spraint tannery outfall", "4155af0e", "cross-paragraph"),
    # "the Comet G-ALYP" ¶8; "work in her aunt's drapery" ¶13; "at St Bega's, Aysgill" ¶19, ¶26 (7b539e3a has
    # "Bell's Drapery" ¶8 only)
    Query("Comet G-ALYP drapery St Bega's", "5bad09f7", "cross-paragraph"),
    # "We did it for a bet … Olney had been doing it" ¶7; "in borrowed wellingtons" ¶13; "postman Gary
    # Nuttall" ¶15
    Query("Olney bet Gary Nuttall wellingtons", "62980098", "cross-paragraph"),
    # "a fifteen-year-old pony lad at Yatterby Main" ¶15; "the restored winding wheel" ¶21; "Botham's 1981
    # Headingley Test" ¶23
    Query("pony lad Botham Headingley winding wheel", "a277287c", "cross-paragraph"),
    # "на разъезде Балбухта" ¶7; "школьный музей БАМа" ¶17, "в школьном музее" ¶20; "соревнования «Стальная
    # магистраль»" ¶21
    Query("Балбухта школьный музей «Стальная магистраль»", "a88bc3fc", "cross-paragraph"),
    # "the last of the Hollis family left it to the village" ¶4; "See the charcoal kiln" ¶13; "on the Cold
    # Ashby road" ¶20
    Query("Hollis family charcoal kiln Cold Ashby road", "eaa0b81a", "cross-paragraph"),
    # "behind the Temperance Band" ¶6; "Drumhead service, Abbey Field" ¶16; "Closing fireworks over the
    # mere" ¶34
    Query("Temperance Band drumhead service fireworks", "012fc976", "cross-paragraph"),
    # Word forms
    # "while the roof timbers are treated against death-watch beetle" ¶7
    Query("treating roof timbers for death-watch beetles", "6600a99e", "word-form"),
    # "The six recast bells of St Oda's" ¶16; "taken to the foundry at Loughborough" ¶18
    Query("recasting the bells at the Loughborough foundry", "bc6716a7", "word-form"),
    # "пришёл состав со шпалами, и до утра мы его разгружали" ¶11–12 (разгружали → разгрузка)
    Query("разгрузка шпал ночью", "a88bc3fc", "word-form"),
    # "El 24 de marzo regresaron las primeras doce familias" ¶15
    Query("el regreso de las primeras familias", "d4a330b3", "word-form"),
    # "We fly to Rome on the 14th … so tell Mother I shall miss the Aysgill gala" ¶16–17 (fly → flew, irregular;
    # 3f2c8b19 has a swimming gala ¶12)
    Query("Ruth Callender flew to Rome and missed the gala", "5bad09f7", "word-form"),
    # "The top reservoir froze over on Saturday 4 February" ¶5 (froze → freezing, irregular; 47eb83a2 has "red
    # pillars over the reservoir" ¶21)
    Query("top reservoir freezing over", "b098eda8", "word-form"),
    # "THE NIGHT THE SKY WENT PINK" ¶4 (went → going, irregular); "pulsing pink and green" ¶10
    Query("the sky going pink and green", "47eb83a2", "word-form"),
    # Another script or romanisation
    Query("Кумбре Вьеха", "d4a330b3", "translit"),  # "la erupción de Cumbre Vieja" ¶5, in Cyrillic
    # accents dropped: "Candelaria Pérez, de 68 años … la erupción del Teneguía" ¶12–13
    Query("Candelaria Perez Teneguia", "d4a330b3", "translit"),
    # "на разъезде Балбухта" ¶7; "бригадир монтёров пути Виктор Семёнович Кольцов" ¶9, in Latin
    Query("Viktor Koltsov Balbukhta", "a88bc3fc", "translit"),
    # 陈国良 ¶5/7/13/19 and 沪嘉高速 ¶1/4, in pinyin without tones
    Query("Chen Guoliang Hujia gaosu", "8e70fdec", "translit"),
    Query("海伦·沙曼", "28ddda15", "translit"),  # "Braddock Cross has caught Helen Sharman fever" ¶8, in characters
    # "Bobby Moore wiping his hands before he took the trophy" ¶12; "When Hurst got the fourth" ¶17, in characters
    Query("博比·摩尔 赫斯特", "a277287c", "translit"),
    Query("Джосайя Крейн", "3f2c8b19", "translit"),  # "the gift of Alderman Josiah Crane" ¶6, in Cyrillic
    # Russian
    # "к посёлку Листвяжный пришёл первый рабочий поезд" ¶13
    Query("первый рабочий поезд пришёл к посёлку", "a88bc3fc", "russian"),
    # "открыли мемориальную доску строителям магистрали" ¶16–17
    Query("мемориальная доска строителям магистрали", "a88bc3fc", "russian"),
    # Spanish
    # "Hoy a las 15.12 sonarán las campanas de todas las iglesias del valle" ¶19–20
    Query("sonarán las campanas de todas las iglesias del valle", "d4a330b3", "spanish"),
    # "habrá una feria de productores en la plaza, la primera desde el 5 de agosto del año pasado" ¶21
    Query("feria de productores, la primera desde agosto", "d4a330b3", "spanish"),
    # "su nuevo local social, levantado sobre la lava ya fría" ¶23
    Query("nuevo local social levantado sobre la lava", "d4a330b3", "spanish"),
    # Chinese
    Query("收费站旧址", "8e70fdec", "chinese"),  # 又一次来到当年的收费站旧址 ¶5
    Query("乘坐仿古客车重走沪嘉线", "8e70fdec", "chinese"),  # 组织市民乘坐仿古客车重走沪嘉线 ¶17
    Query("直达虹桥枢纽的快线", "8e70fdec", "chinese"),  # 镇上又开通了直达虹桥枢纽的快线 ¶14
    # Mentions and zero-width spaces
    # "The Friends of Pidsey Wood look after it" ¶5; "Bat walk: 14 June" ¶14
    Query("<@88231> \u200bFriends of Pidsey Wood bat walk", "eaa0b81a", "mention-noise"),
    # "The Spring Cup will be fished on Sunday 22 April, and the Hawley Shield on 19 and 20 May" ¶26
    Query("@everyone Spring Cup\u200b Hawley Shield", "b098eda8", "mention-noise"),
    # Typos
    Query("Dunnockmeer carnival", "012fc976", "typo"),  # DUNNOCKMERE CARNIVAL ¶1
    Query("Yaterby Miners Welfare", "a277287c", "typo"),  # "Yatterby Miners' Welfare Institute" ¶2
    # "Braddock Cross Cricket Club, founded in 1850" ¶18 (3f2c8b19 has a cricket festival week ¶14)
    Query("Braddok Cross cricket", "13f4c478", "typo"),
    # Names
    Query("Oona Birtles", "28ddda15", "name"),  # "Librarian Mrs Oona Birtles said 214 children had visited" ¶11
    Query("Maureen Tolley", "a277287c", "name"),  # "Press contact: Maureen Tolley, Institute secretary" ¶31
    # "says Pat Greenhalgh, now 78" ¶7, handing over the whistle ¶26; 7b539e3a: "The organiser, Mrs Pat
    # Greenhalgh" of the first race ¶9
    Query("Pat Greenhalgh", "62980098", "name", also=("7b539e3a",)),
    # Phrases
    Query("the ice-fishing jokes lasted rather longer than the ice", "b098eda8", "phrase"),  # ¶6
    Query("shorter than anyone had feared", "5bad09f7", "phrase"),  # ¶22
    # "Three stories from our back numbers, chosen by the Recorder's librarian" ¶2 (28ddda15 has another
    # librarian, Mrs Oona Birtles ¶11)
    Query("stories chosen by the Recorder's librarian", "8f370ae0", "phrase"),
    # Questions
    # "Tewhurst's first pancake race … The winner, Sandra Bell of Bell's Drapery" ¶6–7 (62980098 recalls the
    # first race ¶3–9 but names no winner)
    Query("who won the first Tewhurst pancake race?", "7b539e3a", "question"),
    # "The hall will reopen on Monday 5 January" ¶16 (2dcbcf56 is Tewhurst's Market Hall, not closed)
    Query("when will the Old Market Hall reopen?", "6600a99e", "question"),
    # "played on 6 June 1851 against Clayworth, who were bowled out for 31" ¶20
    Query("how many runs were Clayworth bowled out for?", "13f4c478", "question"),
    # "I'll be talking about the night at the astronomy club on Thursday 23 May" ¶24–25 (28ddda15: a talk by
    # the Braddock Astronomical Society ¶11–12, another town)
    Query("when is Jen's talk at the astronomy club?", "47eb83a2", "question"),
    # Topics
    # "Otters have returned to the upper River Yarl" ¶6; "the cleaner water has brought back first the fish and
    # now the otters" ¶21
    Query("otters returning to a cleaner river", "4155af0e", "topic"),
    # "The snow that began falling on Thursday, 25 November" ¶27; "The postponed Christmas lights switch-on"
    # ¶30 (6600a99e and 2dcbcf56 have Christmas markets and fairs, no snow)
    Query("postponed Christmas lights switch-on after the snow", "4c91f727", "topic"),
    # "an open day, with tours of the clock turret and the old weights-and-measures office" ¶25–26
    Query("clock turret and weights-and-measures office tours", "2dcbcf56", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Helen Sharman "blasted off for the Mir space station on Saturday, 18 May" (28ddda15 ¶8–9): no return date
    "how long did Helen Sharman stay on Mir?",
    # Daniel Ashworth set the otter camera trap (4155af0e ¶10); the cricket clubs are Braddock Cross's
    # (13f4c478) and Lonsett's festival week (3f2c8b19 ¶14)
    "Daniel Ashworth cricket club",
    "who captained the MCC at Holme Lane?",  # "a match against the MCC" (13f4c478 ¶19): no captain
    # the Yarl was "declared fit for salmon in 1998" (4155af0e ¶20); the only record is a Scowdale brown trout
    # (b098eda8 ¶27)
    "heaviest salmon caught in the Yarl",
    "otters on the Scowdale reservoir",  # otters on the Yarl (4155af0e); the Scowdale reservoir froze (b098eda8 ¶5)
    "Dunnockford regatta",  # Dunnockford is 4 edits from Dunnockmere (012fc976); no regatta anywhere
    # Lonsdale is 3 edits from Lonsett (3f2c8b19: a rugby club ¶23, a swimming gala ¶12); no football
    "Lonsdale Mercury football results",
    # Middlecombe is 3 edits from Middlecott (6600a99e: the hall's closure, a council meeting ¶21); no planning
    "Middlecombe town council planning",
    "Podsley Wood badgers",  # Podsley is 2 edits from Pidsey (eaa0b81a: dormice, bats); no badgers
    # Sorrelby Moor (47eb83a2 ¶10) under the aurora; "wind" only in "window" (¶24) and "winding wheel"
    # (a277287c); the only farm is Low Farm (3f2c8b19 ¶8)
    "Sorrelby Moor wind farm",
    # "The course record, 41.6 seconds, was set by postman Gary Nuttall on 24 February twelve years ago"
    # (62980098 ¶15): no age; the only age given is Pat Greenhalgh's, 78 (¶7)
    "how old was Gary Nuttall when he set the course record?",
    # "The tenor, first cast in 1703" (bc6716a7 ¶18): no weight; "weights-and-measures office" (2dcbcf56 ¶26)
    "weight of the St Oda's tenor bell",
    # the Rev. Alan Crisp announced the bells (bc6716a7 ¶17); the only funeral is Ruth Callender's (5bad09f7 ¶25)
    "Rev. Alan Crisp funeral",
    # Tewhurst's Market Hall "built in 1867" (2dcbcf56 ¶24), Middlecott's "built in 1788" (6600a99e ¶7): no
    # architect
    "who designed the Tewhurst Market Hall?",
    # Bobby Moore (a277287c ¶12): no age; the fifteen-year-old is Dennis Hurrell (¶15)
    "how old was Bobby Moore in 1966?",
    "what was Dennis Hurrell's father called?",  # "My dad had been down on the night shift" (a277287c ¶15–16)
    # "a trust formed when the colliery closed" (a277287c ¶29): no date
    "when did Yatterby colliery close?",
    # «золотое звено» Байкало-Амурской магистрали (a88bc3fc ¶7): no length anywhere
    "длина Байкало-Амурской магистрали в километрах",
    "Виктор Кольцов орден Ленина",  # бригадир Виктор Семёнович Кольцов (a88bc3fc ¶9): no award
    # Листвянка is 4 edits from Листвяжный (a88bc3fc); Байкал only in Байкало-Амурской ¶7
    "Листвянка на Байкале",
    # the lava reached the Pérez Acosta house (d4a330b3 ¶10–11), "las casas que quedaron en pie" ¶15: no count
    "¿cuántas casas destruyó la lava en Las Hoyuelas?",
    "¿cuántos muertos dejó la erupción del Teneguía?",  # the Teneguía of 1971 (d4a330b3 ¶13): a memory, no deaths
    # Hoyas is 3 edits from Hoyuelas (d4a330b3, on La Palma; el barrio ¶7/16); Gran Canaria is never named
    "barrio de Las Hoyas en Gran Canaria",
    "陈国良的儿子在哪里工作",  # 陈国良 (8e70fdec): a retired driver; no family named
    "沪宁高速通车",  # 沪嘉高速 通车 (8e70fdec ¶1/4); 沪宁 is never named
    "青塘镇 人口",  # 青塘镇 (8e70fdec ¶4/13/16): no population
    # "the Grand Parade. Floats assemble on Mill Lane" (012fc976 ¶30): no count
    "how many floats were in the Dunnockmere Grand Parade?",
    # "Newsletter of the Scowdale Anglers' Association — Issue 14" (b098eda8 ¶2): no founding date
    "when was the Scowdale Anglers' Association founded?",
    # "the Comet G-ALYP … the world's first scheduled jet airliner service" (5bad09f7 ¶8): nothing later, no
    # crash
    "did the Comet jet airliner later crash?",
    # the drinking fountain, "the gift of Alderman Josiah Crane" (3f2c8b19 ¶6): no cost
    "how much did the Market Place drinking fountain cost?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind59/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
