"""A fifty-third lookup query set: the BLIND set of the twenty-sixth round, RICH IN UNANSWERABLE QUERIES.
It is committed unscored and is scored once, at the end of the twenty-sixth round, by people who have
not seen it; nobody reads it or tunes on it before then (once it has been scored, a score on it is
in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind51.py, and tests/queries_blind52.py, written
  at the same time as this one, were not opened and are not part of the check). A throwaway script
  compared the word set of every query (Latin and Cyrillic words, Chinese by character pairs, a few
  stop words left out) with every earlier query, and with the other queries of this set, while the set
  was being written; a query sharing more than half of its words with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind65/docs, copied as ONE
  corpus into a subfolder blind65/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 4 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 5 + 7 (another script or romanisation than the text: Latin
names written in Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them,
Latin letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3,
spanish 3 + 3, chinese 2 + 3, mention-noise 2 + 2 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 3 (1–2 edits), name 3 + 3, phrase 2 + 2, question 3 + 5, topic
2 + 3: 35 + 46 answerable, and 20 + 30 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name; a question in the corpus's own words about
something it does not say (an age, a date, a cost, a count, a score, a cause, who did something); a
place or person the corpus does not hold but spelled close to one it does (two or more edits from
anything real in it); a common word plus a name from another article; Russian, Spanish and Chinese
ones. Each shares one or more words with its corpus on purpose (in another script for some of the
seeds' ones), and every article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind65/docs/* into ONE temporary
# corpus folder under the subfolder blind65/: files are then "blind65/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind65/docs",)
NEWDOCS_SUBDIRS = ("blind65",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "5f8d3a40": "OBITUARY",
    "33f13736": "EELBROOK REACH COURIER",
    # en_fleetholm_observer_digest.txt, split by the loader: the header with the snow report (¶1–9),
    # the twinning (¶13–18), the operatic society (¶22–28); the "* * *" rules (¶11, ¶20) belong to
    # none of them
    "38b034cb": "FLEETHOLM OBSERVER — FROM THE BOUND VOLUMES",
    "7419c6f9": "TWINNING AT TWENTY-FIVE",
    "56056ab6": "OPERATIC SOCIETY AT FIFTY",
    "6d5c58da": "GLOW-WORM EVENINGS AT GORRINGE WARREN",
    "5c722074": "HOBBINGFORD PUPPET FESTIVAL",
    # en_orrinford_mercury_digest.txt, split by the loader: the header (¶1–2), the skate park (¶5–11),
    # the market (¶14–19), the San Francisco earthquake (¶22–30); the "From our issue of …" lines
    # (¶4, ¶13, ¶21) belong to none of them
    "9977871b": "THE ORRINFORD MERCURY: THREE CUTTINGS FROM THE ARCHIVE",
    "acffa763": "NEW WHEELS PARK IS A HIT",
    "d4f671f6": "MARKET STAYS ON WEDNESDAYS",
    "5d8abbaf": "ORRINFORD REMEMBERS ITS SAN FRANCISCO SONS",
    "5895ec37": "PRESS RELEASE",
    "dc1e28ea": "Running Late — a slow runner's blog",
    "5d914274": "TARROCK QUAY, 14 March — The old steam crane",
    "64740988": "WATHERMOOR ADVERTISER",
    "2f93f195": "WHITLOW CROSS PRIMARY SCHOOL",
    "4c0907eb": "THE WINDSOCK",
    "f8e94eac": "EL ECO DE FUENTESALVAS",
    "f982df76": "«СТАРОДУБСКИЙ ВЕСТНИК»",
    "b3e1a9d6": "北坡林业局《林海新声》",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the Minyuan Stadium" ¶291; "Born in 1902 to Scottish missionary parents" ¶289
    Query("Minyuan Stadium missionary parents", "7ab1f62c", "cross-paragraph"),
    # "British leftists should …" ¶543; "Black Liberation Alliance and Qiao Collective" ¶547; "Illiteracy was
    # rife" ¶555
    Query("British leftists Qiao Collective illiteracy", "6710eba1", "cross-paragraph"),
    # "the General Secretary of the United Left Movement Party of the Dominican Republic" ¶159; "the China-Laos
    # Railway" ¶139/179; "President Kaysone Phomvihane and President Fidel Castro" ¶167
    Query("Dominican Republic railway Kaysone", "20f574be", "cross-paragraph"),
    # "David Horsley reviews" ¶111/123; "None Shall Escape the Judgement made in 1944 … a court in Warsaw"
    # ¶125; "racist stereotypes or actors in 'yellow face'" ¶113/129
    Query("Horsley 1944 Warsaw yellow face stereotypes", "ccf1d4fa", "cross-paragraph"),
    # Word forms: the text has another form
    # "Hollywood film makers produced dozens of films based on that conflict … the war effort" ¶125
    Query("Hollywood's production of dozens of war films", "ccf1d4fa", "word-form"),
    # "the perhaps overly fictionalised feature film … starring Jonathan Rhys Meyers as Hogg" ¶491; "his
    # tragically short life" ¶483
    Query("fictionalising Hogg's life in a feature film", "ac7222d4", "word-form"),
    # "Prime Minister Fico said … it is an honour to be invited to China" ¶19
    Query("Prime Minister Fico honoured by the invitation", "faecd2e1", "word-form"),
    # "recorrimos la planta de poder solar de sal fundido de Dunhuang" ¶335; 6710eba1: the delegates commend
    # "the Dunhuang Salt Tower solar plant" ¶539
    Query("visita a la planta de poder solar de sal fundida", "dde32893", "word-form", also=("6710eba1",)),
    # Another script or romanisation
    # "which originally appeared in the Morning Star, David Horsley reviews" ¶111, in Cyrillic
    Query("Дэвид Хорсли Морнинг Стар", "ccf1d4fa", "translit"),
    # Kim Jong Un greeted by "Cai Qi … Yin Yong, Mayor of Beijing" ¶221, in characters
    Query("蔡奇 尹勇", "eca32116", "translit"),
    # Zhao Leji visited Vietnam at the invitation of "Chairman of the National Assembly of Vietnam Tran Thanh
    # Man" ¶65, in characters; 20f574be names Zhao Leji only (¶156)
    Query("陈青敏 赵乐际", "362ba691", "translit"),
    # "Indonesian President Prabowo Subianto … Egyptian President Abdel Fattah El-Sisi" ¶451, in Cyrillic
    Query("Прабово Субианто и Эль-Сиси", "e065690c", "translit"),
    # "the first to organise a Hyde Park meeting, where on August 23 [1937], J.R. Campbell demanded" ¶525, in
    # characters
    Query("坎贝尔 海德公园", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic, declined)
    # "Chinese Ambassador Lan Hu … a monument in the capital Caracas" ¶33, ¶43, ¶53
    Query("посол Лан Ху в Каракасе", "f78fdcd6", "russian"),
    # "bilateral meetings in Tianjin on August 30 … meeting with United Nations Secretary General António
    # Guterres" ¶405 (9e49ddff: an unnamed "Secretary-General of the United Nations" ¶427)
    Query("Гутерриш в Тяньцзине", "26d64f12", "russian"),
    # Spanish
    Query("la delegación presenció el poder del socialismo", "dde32893", "spanish"),  # ¶301
    # "la Alianza Negra por la Paz, Mundo de Obreros, … Libros Iskra" ¶305
    Query("Libros Iskra y Mundo de Obreros", "dde32893", "spanish"),
    # "En Xi'an fuimos a unos sitios históricos antiguos" ¶313
    Query("sitios históricos antiguos en Xi'an", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "the School of Marxism … all of Tsinghua University" ¶475
    Query("清华大学 马克思主义学院", "ac7222d4", "chinese"),
    # "President Nicolás Maduro … a monument in the capital Caracas" ¶33, ¶53
    Query("卡拉卡斯 马杜罗", "f78fdcd6", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "In his 1954 book, 'The People have Strength', his mentor, the New Zealand internationalist Rewi Alley" ¶495
    Query("<@40218> \u200bRewi Alley The People have Strength", "ac7222d4", "mention-noise"),
    # "Cai Qi, member of … the Secretariat and Director of the General Office of the CPC Central Committee" ¶221
    Query("<#202> \u200bSecretariat General Office Cai Qi", "eca32116", "mention-noise"),
    # Typos (1–2 edits)
    Query("Chen Hangsheng", "ac7222d4", "typo"),  # "the legendary Chinese communist Chen Hansheng" ¶491
    Query("Mostafa Madboully", "26d64f12", "typo"),  # "Egyptian Prime Minister Mostafa Madbouly" ¶405/411
    Query("Mirziyoyov", "3a9fa4ed", "typo"),  # "Uzbek President Shavkat Mirziyoyev" ¶207/209
    # Names
    # "Li Jinxian, director of the Memorial Work Department of the Veterans' Affairs Ministry" 000 line 1
    Query("Li Jinxian, director of the Memorial Work Department", "097182f6", "name"),
    # "Ivan Melnikov, vice chairman of the Communist Party of Russian Federation" 001 line 6
    Query("Ivan Melnikov, vice chairman of the Communist Party of Russian Federation", "054ef6fb", "name"),
    # the virtual BRICS summit "was also attended by … Egyptian President Abdel Fattah El-Sisi" ¶449–451
    # (26d64f12 names Egypt's Prime Minister only)
    Query("Abdel Fattah El-Sisi of Egypt at the BRICS summit", "e065690c", "name"),
    # Phrases
    # "we should always remember that historical feat made by war veterans for the Victory" 001 line 14
    Query("that historical feat made by war veterans", "054ef6fb", "phrase"),
    # "We must never forget or slander the achievements of the liberators" 002 line 11 (b39d8185 line 37:
    # "vilify the image of the liberators")
    Query("never forget or slander the achievements of the liberators", "424ab945", "phrase"),
    # Questions
    # "China is the leading military power on planet earth" ¶41
    Query("what did Maduro call China's military power?", "f78fdcd6", "question"),
    # "Egypt was the first Arab and African country to establish diplomatic relations with the People's
    # Republic of China" ¶411
    Query(
        "which Arab and African country established diplomatic relations with the People's Republic first?",
        "26d64f12",
        "question",
    ),
    # "the new five-year action plan on building a Laos-China community with a shared future" ¶141/181
    Query("how many years does the Laos-China action plan cover?", "20f574be", "question"),
    # Topics
    # "China's construction of n ecological civilisation" ¶551; "the extensive system of parks and green
    # belts" ¶539
    Query("ecological civilisation and green belts", "6710eba1", "topic"),
    # "Oppose any revival of Nazism, militarism, or racial supremacy ideologies … all forms of racism and
    # xenophobia" 003 line 38
    Query("racial supremacy ideologies and xenophobia", "b39d8185", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Hun Makara is 3 or more edits from Hun Manet (5a5d8582, met Xi in Tianjin); Phnom Penh and an airport
    # are never named
    "Hun Makara Phnom Penh airport",
    # the Laos–Cuba friendship "established by President Kaysone Phomvihane" (20f574be ¶167); no statue, no Vientiane
    "Kaysone statue Vientiane",
    "Прабово Субианто визит в Москву",  # Prabowo (e065690c ¶451) at the virtual BRICS summit; no visit to Moscow
    "Лукашенко урожай картофеля",  # Lukashenko (0e5d6094): development, multilateralism; no harvest, no potatoes
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" (dde32893 ¶329): no count
    "¿cuántos robots hay en el hotel?",
    # Sydney Loving (dde32893): Freedom Road Socialist Organization; no university, no studies
    "¿en qué universidad estudió Sydney Loving?",
    # Kim Jong Un, General Secretary of the WPK (eca32116 ¶223), in characters; no membership figure
    "金正恩 朝鲜劳动党 党员人数",
    # 联合国成立 in the Chinese title (b39d8185, 003 line 20); no count of UN member states anywhere
    "联合国成立 会员国数量",
    "Republic of the Congo oil exports",  # the Congo (faecd2e1 ¶23–27): zero-tariff treatment, FOCAC; no oil
    # the Caracas monument (f78fdcd6): "the sculpture also represents recognition" ¶47; no sculptor named
    "sculptor of the Caracas memorial",
    "Fico Ukraine grain imports",  # Fico (faecd2e1 ¶13–19); Ukraine only in b39d8185 ¶17; no grain
    # Bethune (7ab1f62c ¶275): "heir to a Scottish family of doctors"; Canada and surgery are never named
    "Bethune Canadian surgeon",
    # Hogg led his pupils on "a month-long 1,100 kilometre (700 miles) journey" (ac7222d4 ¶485); no deaths counted
    "how many of Hogg's pupils died on the journey?",
    # "the valiant Scottish soldiers who fought side by side with the Chinese Expeditionary Force" (7ab1f62c
    # ¶275); no number
    "how many Scots fought in the Chinese Expeditionary Force?",
    # "Slovakia was the only member state of NATO and the EU to be represented" (faecd2e1 ¶21); no spending
    "Slovakia NATO defence spending",
    "Zhao Leji's home province and age",  # Zhao Leji (362ba691, 20f574be ¶156): offices only; no province, no age
    "Radhika Desai Cambridge lecture",  # Radhika Desai, the webinar's moderator (d89fdf72 ¶369); no Cambridge
    # Luong Cuong, Vietnam's president (362ba691 ¶71); the Cuban state visit is Díaz-Canel's to Laos (20f574be ¶161)
    "Luong Cuong state visit to Cuba",
    # Khabarovsk (054ef6fb): the memorial complex; no ice hockey; "sports clubs" are Scotland's (7ab1f62c ¶287)
    "Khabarovsk ice hockey club",
    # Khurelsukh (c061f0a1): no family; the only wife is Xi's, Peng Liyuan (5a5d8582 ¶237)
    "Mongolian President Khurelsukh's wife",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "born in the schoolhouse at Lanner Beck" ¶7; "300 detective stories and one Bible" ¶18; "reading aloud at
    # the hospital" ¶20
    Query("Lanner Beck detective stories hospital", "5f8d3a40", "cross-paragraph"),
    # "Ivy Sallis … remembered sledging down Pound Hill" ¶10; "The council raised the embankment … the last
    # coping stone" ¶23
    Query("Ivy Sallis sledging embankment coping stone", "33f13736", "cross-paragraph"),
    # "a second-hand Gipsy Moth" ¶7; "down at Karachi" ¶14; "must reach Pat Cleever by the 31st" ¶28
    Query("Gipsy Moth Karachi Pat Cleever", "4c0907eb", "cross-paragraph"),
    # "horse-drawn milk float, pulled by a mare called Dolly" ¶16; "That first goal was handball" ¶24;
    # "landlord Ken Rowe" ¶25
    Query("Dolly milk float Ken Rowe handball", "64740988", "cross-paragraph"),
    # "Николай Петрович Зуев" ¶10; "встречал его оркестр музыкальной школы" ¶15; "открыли новый навес" ¶17
    Query("Зуев оркестр навес", "f982df76", "cross-paragraph"),
    # "伐木工的赵长林老人" ¶6; "林业局在烈士陵园举行了纪念仪式" ¶13; "“三十年·绿满北坡”摄影展" ¶17
    Query("赵长林 烈士陵园 摄影展", "b3e1a9d6", "cross-paragraph"),
    # Word forms
    # "the female glow-worm climbs a grass stem and lights the tip of her tail" ¶4
    Query("glow-worm climbing a grass stem", "6d5c58da", "word-form"),
    # "Fourteen people drowned along the London river that night" ¶19; "the flood of 1928" ¶6
    Query("drowning of fourteen people in the flood", "33f13736", "word-form"),
    # "ran the county's first mobile library and drove it herself" ¶4 (drove → driving, irregular); "the
    # librarian who took books to the islands" ¶2
    Query("librarian driving the mobile library herself", "5f8d3a40", "word-form"),
    # "у платформы открыли новый навес и пешеходный мост" ¶17
    Query("открытие пешеходного моста у платформы", "f982df76", "word-form"),
    # "los vecinos hicieron cola en la Caja Rural para comprar el «euromonedero»" ¶9–10
    Query("colas en la Caja Rural para la compra del euromonedero", "f8e94eac", "word-form"),
    # "The charter was signed in the Town Hall on 17 June 1978" ¶15; "the silver jubilee of the twinning" ¶14–15
    Query("signing of the twinning charter", "7419c6f9", "word-form"),
    # Another script or romanisation
    Query("Констанс Мерриуэзер", "5f8d3a40", "translit"),  # Constance Merriweather ¶2/4 in Cyrillic
    # "Amy Johnson left Croydon on 5 May 1930 and landed at Darwin" ¶7–8, in characters
    Query("艾米·约翰逊 达尔文", "4c0907eb", "translit"),
    # «СТАРОДУБСКИЙ ВЕСТНИК», "Через Стародубки скоростной поезд" ¶7, «Сапсан» ¶4/7, in Latin
    Query("Starodubki Sapsan", "f982df76", "translit"),
    # "赵长林老人" ¶6 and "撤到了加格达奇" ¶9 in pinyin
    Query("Zhao Changlin Jiagedaqi", "b3e1a9d6", "translit"),
    # accents dropped: "recuerda Pilar Antón, que sigue al frente de la frutería" ¶14–15
    Query("Pilar Anton fruteria", "f8e94eac", "translit"),
    # "el cronista local, Tomás Ferrero" ¶27; "EL ECO DE FUENTESALVAS" ¶1, in Cyrillic
    Query("Томас Ферреро Фуэнтесальвас", "f8e94eac", "translit"),
    # "A letter from Walter Marriner" ¶26; "ORRINFORD REMEMBERS ITS SAN FRANCISCO SONS" ¶22, in Cyrillic
    Query("Уолтер Марринер Сан-Франциско", "5d8abbaf", "translit"),
    # Russian
    # "скоростной поезд тогда проносился без остановки" ¶7
    Query("поезд проносился без остановки", "f982df76", "russian"),
    Query("с крыши сдуло снег", "f982df76", "russian"),  # "Прошёл он так, что с крыши сдуло снег" ¶11
    # "лучших учеников школы № 2 прокатят на «Сапсане» до Твери и обратно" ¶24–25
    Query("лучших учеников прокатят на Сапсане до Твери", "f982df76", "russian"),
    # Spanish
    Query("la peseta dejó de ser moneda de curso legal", "f8e94eac", "spanish"),  # ¶18–19
    # "la cabalgata de Reyes pasará por la plaza del mercado" ¶29
    Query("cabalgata de Reyes por la plaza del mercado", "f8e94eac", "spanish"),
    # "El mercado celebra el aniversario … con un puesto de «precios de 2002»" ¶25
    Query("puesto de precios de 2002 en el mercado", "f8e94eac", "spanish"),
    # Chinese
    Query("老人和孩子 运木材的火车", "b3e1a9d6", "chinese"),  # 北坡镇的老人和孩子坐上运木材的火车撤到了加格达奇 ¶9
    Query("过火面积 一百多万公顷", "b3e1a9d6", "chinese"),  # 这场火灾过火面积一百多万公顷 ¶11
    Query("青年职工 重走隔离带", "b3e1a9d6", "chinese"),  # 组织四十名青年职工重走了当年的隔离带 ¶14–15
    # Mentions and zero-width spaces
    # "MOTH NIGHT / Join our moth recorders for an all-night trap session" ¶13–14
    Query("<@70441> \u200bmoth recorders all-night trap", "6d5c58da", "mention-noise"),
    # "Mrs Okafor leaves us at Christmas after nineteen years" ¶26
    Query("<#3390> Mrs Okafor\u200b nineteen years", "2f93f195", "mention-noise"),
    # Typos
    Query("Hobingford puppet festval", "5c722074", "typo"),  # HOBBINGFORD PUPPET FESTIVAL ¶1
    # WATHERMOOR ADVERTISER ¶1 (4c0907eb: "The Wyvernholt Advertiser" ¶19)
    Query("Wathermor Advertizer", "64740988", "typo"),
    # "the golden jubilee production is "The Pirates of Penzance"" ¶25; "The Gondoliers" ¶24
    Query("Pirates of Penzence Gondoliers", "56056ab6", "typo"),
    # Names
    Query("Len Hoskins", "5d914274", "name"),  # "Len Hoskins, 74, drove it from 1958" ¶9
    Query("Doreen Platt", "acffa763", "name"),  # "the Mayor, Cllr Doreen Platt, cut the tape" ¶6
    Query("Alf Pybus", "64740988", "name"),  # "said roundsman Alf Pybus" ¶17; "restored by the Pybus family" ¶19
    # Phrases
    Query("a jelly baby and said see you next week", "dc1e28ea", "phrase"),  # ¶12
    Query("to general alarm, drove it round the car park", "5f8d3a40", "phrase"),  # ¶22–23
    # Questions
    # "Places are free but limited to twenty a walk" ¶17 (5c722074: workshop "Places are limited" ¶20)
    Query("how many places are there on each glow-worm walk?", "6d5c58da", "question"),
    Query("who built the Tarrock steam crane?", "5d914274", "question"),  # "built by a Leeds firm in 1926" ¶5
    # "There was a bad spell after that, and a broken wing at Rangoon" ¶15; "a second-hand Gipsy Moth" ¶7
    Query("where did the Gipsy Moth break a wing?", "4c0907eb", "question"),
    # "councillors voted 14 to 3 to drop plans to move it to Thursdays" ¶15–16
    Query("how did the Orrinford councillors vote on moving the market?", "d4f671f6", "question"),
    # "bus services to Crag End will not run before the 14th" ¶8
    Query("when will buses run to Crag End again?", "38b034cb", "question"),
    # Topics
    # "the silver jubilee of the twinning. The charter was signed in the Town Hall" ¶14–15; "The French party" ¶17
    Query("twinning with a French town", "7419c6f9", "topic"),
    # "Orrinford's skate park on Gasworks Lane is to be rebuilt with a concrete bowl" ¶7–8 (acffa763 is the
    # park's opening in 1994, not the rebuilding)
    Query("skate park rebuilt with a concrete bowl", "5895ec37", "topic"),
    # "the nativity on Tuesday 18 December; the collection will again go to the children's ward at Northshire
    # General" ¶6–7
    Query("nativity collection for Northshire General", "2f93f195", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Constance Merriweather (5f8d3a40): the van named "Constance" in her honour ¶22; no MBE or other award
    "Constance Merriweather MBE",
    "when was Tom Merriweather born?",  # Tom Merriweather (5f8d3a40 ¶9): married in 1929, died in 1968; no birth
    # "The council raised the embankment by four feet the following spring" (33f13736 ¶23): no cost
    "how much did raising the Eelbrook embankment cost?",
    "Fleetwood Moor quarry",  # Fleetholm Moor (38b034cb ¶6); Fleetwood is 3 edits from Fleetholm; no quarry
    "Wathermere regatta",  # Wathermoor (64740988); Wathermere is 3 edits from it; no regatta anywhere
    # the Hobbingford Puppet Festival (5c722074); Hobbinton is 4 edits from Hobbingford
    "Hobbinton puppet festival",
    "how old is Madame Odile Ferrand?",  # Madame Odile Ferrand signed the twinning charter (7419c6f9 ¶16); no age
    "who composed The Gondoliers?",  # "its first show, "The Gondoliers"" (56056ab6 ¶24); no composer named
    # ""Dr Faustus" for string marionettes" (5c722074 ¶13, ¶27); no maker named; "puppet-makers' fair" ¶17
    "who made the Dr Faustus marionettes?",
    "Lee Hartnup skateboarding championship",  # Lee Hartnup, 15 (acffa763 ¶10), skated in the multi-storey; no contest
    "how old was Walter Marriner in 1906?",  # Walter Marriner's letter (5d8abbaf ¶26); the brothers' ages never given
    "when was Sunita Bhatt elected?",  # Cllr Sunita Bhatt, chair of Leisure and Parks (5895ec37 ¶23); no election
    # the crane on "the east wall of Tarrock harbour" (5d914274 ¶1–2) "will be lifted onto a low-loader" ¶5;
    # "two days before the lift" ¶21; what it could lift is never given
    "how many tons could the old harbour crane lift?",
    # England "go out of the World Cup to Argentina" (64740988 ¶23); "That first goal was handball" ¶24; no score
    "what was the final score of England v Argentina?",
    "who took over the Lamb from Ken Rowe?",  # "Ken, who kept the Lamb until 2002" (64740988 ¶25); no successor
    "Whitlow Cross Ofsted inspection",  # Whitlow Cross Primary (2f93f195): dates, nativity, staff; no inspection
    # Amy Johnson (4c0907eb): the 1930 flight to Darwin; her death is never mentioned
    "how did Amy Johnson die?",
    # "la tabla de conversión" (f8e94eac ¶14), "la bolsita de 43 monedas que costaba 2.000 pesetas" ¶10; no rate
    "¿cuánto vale hoy una peseta en euros?",
    "¿cuántos años tiene Pilar Antón?",  # Pilar Antón (f8e94eac ¶14): her grandson's birthday only; no age
    # "el mercado de abastos de Fuentesalvas" (f8e94eac ¶7); Fuentesaúco is 4 edits from Fuentesalvas
    "mercado de abastos de Fuentesaúco",
    # the «Сапсан» (f982df76) to Тверь for the best pupils ¶24–25; no fares anywhere
    "сколько стоит билет на Сапсан до Твери?",
    "когда Зуев вышел на пенсию?",  # "бывший дежурный по станции Николай Петрович Зуев" (f982df76 ¶10); no date
    # Стародубки (f982df76); Стародубцево is 4 edits from it; no suburban trains (электрички)
    "Стародубцево электричка",
    "赵长林 是哪一年出生的",  # 赵长林老人 (b3e1a9d6 ¶6): no birth year, no age
    "大兴安岭火灾 起火原因",  # 大兴安岭 (b3e1a9d6 ¶4/6): 先后燃起数处山火; the cause is never given
    "东山林场 护林员",  # 林场 (b3e1a9d6: 北坡林场 ¶6/11, 各林场 ¶20); no 东山, no forest rangers
    "Len Hoskins puppet show",  # Len Hoskins (5d914274 ¶9) drove the crane; puppets only in 5c722074
    "Jenny Tolland parkrun",  # Jenny Tolland, walks secretary (6d5c58da ¶24); the parkrun is Jo Amberley's (dc1e28ea)
    # the museum at Gannock (5d914274 ¶3/24) will show the crane from 1 May; no shop; "shop" only in 4c0907eb ¶16
    "Gannock museum gift shop",
    # "Entry forms for the Wyvernholt Rally on Saturday 18 June" (4c0907eb ¶28); "the results of the spring
    # navigation competition" ¶29; no rally result
    "who won the Wyvernholt Rally?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind65/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
