"""A hundred-and-thirty-fifth lookup query set, the sixty-eighth round's BLIND set (written in the sixty-seventh
session): committed unscored, scored once at the end of the round; nobody reads it while the search is tuned, so a
score on it is out-of-sample. It is RICH IN UNANSWERABLE QUERIES, as in tests/queries_blind56.py and
tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind133.py and tests/queries_blind134.py, one a
  blind set and the other written at the same time as this one, were not opened and are not part of
  the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some eighteen thousand), and with the other queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: about nineteen in twenty first drafts (names, name pairs, transcriptions, short
  phrases, questions, Spanish passages) were near-copies of earlier queries and had to be rewritten or
  dropped, so the seed part is smaller than in earlier sets and its queries are longer joins of
  passages, rarer inflections and transcriptions, and typos; the new documents carry the rest.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind147/docs, copied as ONE
  corpus into a subfolder blind147/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them (the new
  documents follow templates of earlier corpora, and a few drafts that echoed earlier queries on
  those, e.g. a "last manual call", were reworded).

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 13 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 2 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 13 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3,
spanish 1 + 3, chinese 1 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 4 (1–2 edits a word), name 0 + 4, phrase 2 + 3, question 2 + 6,
topic 3 + 5: 26 + 69 answerable, and 12 + 38 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who won
a tug-of-war, who the men on a bridge deck, a skipper, a newspaper's director or a round table's speakers
were, who opened a canal, who played a runner in a film, who found a singer, who owns a hut, who wrote a
letter; when a barn was built; how many pupils, stall-holders or doctors; what time a concert or a boat;
what a bridge, a ticket or a subscription cost; which hotel or town; what a sister was called; a birthday,
a temperature, a dinner, a later headteacher); a place the corpus does not hold (spelled two or more edits
from anything real in it, or simply absent) joined to a subject it does; Russian, Spanish and Chinese
ones. Each shares one or more words with its corpus on purpose (in another script for some of the seeds'
ones), and every article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind147/docs/* into ONE temporary
# corpus folder under the subfolder blind147/: files are then "blind147/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind147/docs",)
NEWDOCS_SUBDIRS = ("blind147",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "f8770f6e": "JAM, JERUSALEM AND A HUNDRED YEARS",
    "8393a0a6": "HOBTHWAITE LETTER-CUTTING DAYS",
    "08c8e5fa": "HOLMWYKE LEADER",
    "a1ef12c0": "LANWARRICK PRIMARY SCHOOL",
    "7ab57fc6": "LUDCOMBE, Monday 18 September",
    "18f2f584": "Norah Brackstone, telephonist and parish councillor",
    "517f2b06": "ORROWMOUTH BOROUGH COUNCIL",
    # en_orrowmouth_echo_harbour_digest.txt, split by the loader: the first lift of 1985 (¶3–7), the bridge stuck in a
    # gale (¶11–15), the tall ships of 2009 (¶19–23); each cutting's dateline (¶3, ¶11, ¶19) is its title, and the
    # header (¶1) and the "----" rules belong to none of them
    "8d699e23": "Orrowmouth Echo, Saturday 14 September 1985",
    "707d5575": "Orrowmouth Echo, Wednesday 4 December",
    "4cc4693f": "Orrowmouth Echo, Tuesday 30 June 2009",
    # en_pinnerbrook_gazette_cuttings_digest.txt, split by the loader: the fete of 1988 (¶3–7), the trestle tables
    # (¶11–15), the Christmas lights of 2022 (¶19–23); each cutting's dateline (¶3, ¶11, ¶19) is its title, and the
    # header (¶1) and the "----" rules belong to none of them
    "08fa4b17": "Pinnerbrook Gazette, Thursday 16 June 1988",
    "d5941186": "Pinnerbrook Gazette, Monday 9 June",
    "480020b8": "Pinnerbrook Gazette, Friday 11 November 2022",
    "97f840aa": "A CABIN BY THE POND",
    "d192206a": "TUDDENMOOR DRAGON BOAT CLUB",
    "fb3e6468": "West From St John's",
    "70436155": "El Casino de Valdeyesca",
    "af227baa": "Каналу — семьдесят",
    "cd3a0b7b": "从祠堂到新楼",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "to work with Gung Ho … the sixty-odd peasant and refugee kids … a playing field in a school training new
    # technicians" ¶497; "the 2008 publication of James MacManus's biography, 'Ocean Devil'" ¶489
    Query("Gung Ho technicians playing field Ocean Devil 2008", "ac7222d4", "cross-paragraph"),
    # "Lula's initiative was largely triggered by the economic, political and psychological warfare" ¶451; "The
    # Bloomberg financial news service … 'Tariff blackmail is being normalised as an instrument to seize markets'"
    # ¶463
    Query("Lula triggered psychological warfare Bloomberg instrument to seize markets", "e065690c", "cross-paragraph"),
    # "The Vietnamese newspaper Nhân Dân reported … the rare, loyal, and special solidarity" ¶145; "it marked the
    # third time Comrade Miguel Díaz-Canel Bermúdez had visited the Lao PDR" ¶163
    Query("Nhân Dân loyal solidarity Díaz-Canel third time Lao PDR", "20f574be", "cross-paragraph"),
    # "China and Russia, respectively the main battlefield in Asia and Europe" seeds/002 line 7; "We must never
    # forget or slander the achievements of the liberators" line 11
    Query(
        "main battlefield in Asia and Europe slander the achievements of the liberators", "424ab945", "cross-paragraph"
    ),
    # "with Kazakhstan President Kassym-Jomart Tokayev in the evening" ¶405; "Egypt was the first Arab and African
    # country to establish diplomatic relations with the People's Republic of China" ¶411
    Query("Kassym-Jomart Tokayev evening Egypt first Arab country diplomatic relations", "26d64f12", "cross-paragraph"),
    # "initially as a journalist and finally as headmaster of the Shandan Bailie School, caring for children
    # orphaned by Japan's brutal war" ¶483; "starring Jonathan Rhys Meyers as Hogg" ¶491
    Query("journalist headmaster orphaned children Rhys Meyers", "ac7222d4", "cross-paragraph"),
    # "Noticiero ¡Lucha y Resiste! se sentó con Sydney Loving" ¶301; "La expectativa de vida en las áreas rurales
    # era tan baja como 24 años" ¶313; "una cobertura verde de 42%, con estanques y parques" ¶335
    Query("Sydney Loving 24 años expectativa de vida estanques y parques 42%", "dde32893", "cross-paragraph"),
    # Word forms: the text has another form
    # "The Lao News Agency KPL reported that President Thongloun warmly welcomed the Cuban delegation" ¶163
    # (reported → reports, welcomed → welcoming; neither form is in the corpus)
    Query("KPL reports Thongloun welcoming the Cuban delegation", "20f574be", "word-form"),
    # "the paper presented by Keith" ¶477; "the People's Liberation Army (PLA) Academy of Military Science" and "an
    # international symposium" ¶475 (presented → presenting, not in the corpus)
    Query("Keith Bennett presenting a paper at the PLA Academy of Military Science symposium", "ac7222d4", "word-form"),
    # Another script or romanisation
    # "Brazilian President Luiz Inácio Lula da Silva … South African President Cyril Ramaphosa … Crown Prince of Abu
    # Dhabi … Foreign Minister Subrahmanyam Jaishankar" ¶451, in Cyrillic
    Query("Лула Рамафоса Джайшанкар Абу-Даби", "e065690c", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Anna May Wong" ¶109–119 and "the life of Claudia Jones" ¶123 ("about Anna May Wong and Claudia Jones")
    Query("об Анне Мэй Вонг и Клаудии Джонс", "ccf1d4fa", "russian"),
    # "Zhao Leji" ¶65–75 and "Vietnamese Prime Minister Pham Minh Chinh visited Tianjin" ¶79 ("about Zhao Leji and
    # Pham Minh Chinh"; 20f574be ¶156 names Zhao Leji only)
    Query("о Чжао Лэцзи и Фам Минь Тине", "362ba691", "russian"),
    # Spanish
    # "Le preguntamos a un trabajador allí cuál es la diferencia tecnológica entre cómo funciona su red eléctrica y
    # la de EE. UU." ¶335
    Query("la diferencia tecnológica entre su red eléctrica y la de EE. UU.", "dde32893", "spanish"),
    # Chinese
    # 纪念中国人民抗日战争、苏联伟大卫国战争胜利和联合国成立80周年之际 seeds/003 line 20
    Query("纪念中国人民抗日战争 苏联伟大卫国战争胜利 联合国成立80周年", "b39d8185", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Egypt was the first Arab and African country … Next year marks the 70th anniversary of China-Egypt diplomatic
    # ties" ¶411
    Query("<@6021> Egypt first Arab and African country\u200b 70th anniversary next year", "26d64f12", "mention-noise"),
    # "forged by the historical leaders of the two countries, represented by Mao Zedong and Fidel Castro Ruz" ¶93
    Query("@everyone Fidel Castro Ruz\u200b historical leaders of the two countries", "d807680a", "mention-noise"),
    # Typos (1–2 edits)
    Query("Jaishanker Subrahmanyan", "e065690c", "typo"),  # "Foreign Minister Subrahmanyam Jaishankar" ¶451
    # "Igor Sergeenko" ¶157, "Vladimir Vladimirovich Yakushev" ¶158
    Query("Sergeenkko Yakushv", "20f574be", "typo"),
    Query("Mirziyoyeb Shavcat", "3a9fa4ed", "typo"),  # "Uzbek President Shavkat Mirziyoyev" ¶207
    # Phrases
    # "scarcely two months after the July 7 Lugou 'Marco Polo' Bridge Incident that heralded Japan's full-scale
    # invasion" ¶505
    Query("scarcely two months after, heralded Japan's full-scale invasion", "ac7222d4", "phrase"),
    # "The old adage that history is written by the victors does not seem to apply to the real victors of the
    # Second World War, the Soviets and the Chinese on the Eastern and Pacific fronts respectively" ¶353
    Query("history is written by the victors Eastern and Pacific fronts", "d89fdf72", "phrase"),
    # Questions
    # To Lam "noted that the participation of Lao People's Army soldiers in the National Day parade was a great
    # encouragement to Viet Nam" ¶145
    Query("what did To Lam call the participation of Lao soldiers in the parade?", "20f574be", "question"),
    # "This webinar is organised jointly by the International Manifesto Group and Friends of Socialist China" ¶373
    Query("which two organisations jointly organise the webinar on China's role in victory?", "d89fdf72", "question"),
    # Topics
    # "Support was forthcoming from many members of the Labour and Liberal parties and even from the occasional
    # Conservative MP" ¶523
    Query("support forthcoming from Labour and Liberal parties", "ac7222d4", "topic"),
    # "some of the leading intellectual and cultural figures of the time, members of the House of Lords, the Chinese
    # community" ¶519
    Query("intellectual and cultural figures members of the House of Lords Chinese community", "ac7222d4", "topic"),
    # "The Lao News Agency KPL reported … strategic partners bound by common ideals" ¶163
    Query("Lao News Agency KPL strategic partners bound by common ideals", "20f574be", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "Vice President Delcy Rodríguez" (f78fdcd6 ¶33/53); "Yin Yong, Mayor of Beijing" greets Kim Jong Un (eca32116
    # ¶221): no article names both
    "Delcy Rodríguez Yin Yong",
    # Twm Draper (6710eba1 ¶533), Sydney Loving (dde32893 ¶297–345), Jodie Evans (d89fdf72 ¶365): three articles, none
    # names two of them
    "Twm Draper Sydney Loving Jodie Evans",
    # Kim Jong Un's visit (eca32116 ¶219–223): the railway station and the Great Hall, no hotel
    "в каком отеле жил Ким Чен Ын в Пекине?",
    # Peng Liyuan meets the Cambodian King at Zhongnanhai (5a5d8582 ¶237); the Hanoi parade (362ba691 ¶73–77,
    # 20f574be ¶143–145) names no Peng Liyuan
    "Peng Liyuan Hanoi parade",
    # Ulaanbaatar is not in the corpus; Khurelsukh meets Xi in Beijing, in China for the SCO (c061f0a1 ¶187–199)
    "Ulaanbaatar SCO summit Khurelsukh",
    "梁强 生日",  # "Vietnamese President Luong Cuong" (362ba691 ¶71) in Chinese characters; no birthday
    # Jodie Evans (d89fdf72 ¶365) and Eric Liddell (7ab1f62c) in Cyrillic: no article names both
    "Джоди Эванс и Эрик Лидделл",
    # Wang Yi greets Kim Jong Un at Beijing Railway Station (eca32116 ¶221); Tianjin is the SCO's; no dinner (Xi's
    # lunch is in the Great Hall, 38a7d84f ¶385)
    "王毅 天津 晚宴",
    # Díaz-Canel's state visit to Laos (20f574be ¶161–167): cooperation and thanks, no doctors, no numbers
    "how many Cuban doctors work in Laos according to KPL?",
    # Tashkent is not in the corpus; the railway is the China-Kyrgyzstan-Uzbekistan one (3a9fa4ed ¶207), Shehbaz
    # Sharif is Pakistan's (¶211–213)
    "Tashkent railway Shehbaz Sharif",
    # Eric Liddell (7ab1f62c ¶275–291); no film about him (the films are Anna May Wong's, ccf1d4fa, and the Hogg film,
    # ac7222d4 ¶491)
    "кто сыграл Эрика Лидделла в кино?",
    # "en el borde del desierto de Gobi" (dde32893 ¶333, ¶335); no temperature
    "¿qué temperatura hacía en el desierto de Gobi durante la visita?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "the Canadian organiser Madge Watt" ¶4; "'Hens, Hives and Hedgerows': a talk … by Peter Wellbeloved" ¶14
    Query("Madge Watt Peter Wellbeloved hedgerows", "f8770f6e", "cross-paragraph"),
    # "a clean V-section letter in Welsh slate" ¶5; "a full alphabet in Roman capitals" ¶9; "ring Anne or Gareth
    # Dawtrey" ¶21
    Query("Welsh slate Roman capitals Dawtrey", "8393a0a6", "cross-paragraph"),
    # "the county's Olympic swimmer, Alan Threlkeld" ¶6; "a second snowplough 'of the kind used in Switzerland'" ¶12;
    # "the lamplighter, Mr Joseph Arkle" ¶18
    Query("Alan Threlkeld snowplough Switzerland Joseph Arkle", "08c8e5fa", "cross-paragraph"),
    # "the great eruption of Mount Tambora" ¶15; "the Glenvorlich outdoor centre" ¶17; "St Oswin's Church" ¶9
    Query("Mount Tambora Glenvorlich St Oswin's", "a1ef12c0", "cross-paragraph"),
    # "finished with 'Purple Haze' for Hendrix" ¶9; "in the back room of the Wheatsheaf" ¶3; "we can use the Dutch
    # barn" ¶7 (and ¶13)
    Query("Purple Haze Wheatsheaf Dutch barn", "7ab57fc6", "cross-paragraph"),
    # "born Norah Penhallurick" ¶5; "fought for the village bus shelter" ¶11; "in small red notebooks" ¶13
    Query("Penhallurick bus shelter red notebooks", "18f2f584", "cross-paragraph"),
    # "the Mayor, Councillor Brenda Jolliffe" ¶11; "new counterweight cables were fitted" ¶17; "in the Customs House"
    # ¶13 and ¶15
    Query("Brenda Jolliffe counterweight cables Customs House", "517f2b06", "cross-paragraph"),
    # "Sue Harkness continues her land training" ¶11; "Please pay Mick Sollis, our treasurer" ¶19; "a working safety
    # launch" ¶3
    Query("Sue Harkness Mick Sollis safety launch", "d192206a", "cross-paragraph"),
    # "founded … by Dorinda Astbury … a shelf in the back of the Corn Street bookshop" ¶7; "Mr Treddle fell in the dew
    # pond" ¶9 (Dorinda again ¶9, without Corn Street)
    Query("Dorinda Astbury Mr Treddle Corn Street", "97f840aa", "cross-paragraph"),
    # "outside Thunder Bay, Ontario" ¶7; "my aunt Bev had emigrated to Ontario" ¶9; "a man dressed as a moose" ¶15 (and
    # ¶17)
    Query("Thunder Bay aunt Bev moose", "fb3e6468", "cross-paragraph"),
    # "Anselmo Rubiales, que entonces tenía el quiosco de la plaza" ¶7; "un periódico que no huele a naftalina" ¶9;
    # "la biblioteca municipal de Aranda" ¶19
    Query("Rubiales quiosco naftalina Aranda", "70436155", "cross-paragraph"),
    # "дневник Фёдора Ивановича Сомова … ходили с Нюрой смотреть шлюз" ¶9; "билеты на теплоход до Дубны" ¶17; "новый
    # речной вокзал" ¶19
    Query("Сомов Нюра теплоход до Дубны речной вокзал", "af227baa", "cross-paragraph"),
    # 第一任校长杨秀兰老师 ¶9; 县里的书法家协会 ¶17; 杨老师亲手把旧祠堂的门匾挂进了新楼的门厅 ¶13
    Query("杨秀兰 书法家协会 门匾", "cd3a0b7b", "cross-paragraph"),
    # Word forms
    # "Alan Threlkeld, who dived in fully clothed for the cameras" ¶6 (dived → diving)
    Query("Olympic swimmer Alan Threlkeld diving in for the cameras", "08c8e5fa", "word-form"),
    # "Terry Fox dipped his artificial leg in the Atlantic" ¶5 (dipped → dips)
    Query("Terry Fox dips his artificial leg in the Atlantic", "fb3e6468", "word-form"),
    # "she put through the last manual call herself, to her sister in Truro, at two minutes to midnight" ¶7 (put →
    # putting, irregular)
    Query("Norah Brackstone putting the last manual call through at two minutes to midnight", "18f2f584", "word-form"),
    # "stuck half-open in a gale on Saturday afternoon, 30 November" ¶13 (stuck → sticking, irregular); the council's
    # release recalls it: "in the great gale it stuck half-open for an afternoon" (517f2b06 ¶17)
    Query("the Sculpin Reach bridge sticking half-open in a gale", "707d5575", "word-form", also=("517f2b06",)),
    # "while he was nailing planks across hay bales in his father's top field" ¶5 (nailing → nailed)
    Query("Ron Tapscott nailed planks across hay bales", "7ab57fc6", "word-form"),
    # "the Lord Lieutenant pressed the button that raised the new Sculpin Reach Bridge" ¶5 (pressed → pressing); the
    # release has "was opened by the Lord Lieutenant" (517f2b06 ¶9), a fair answer too, with no button
    Query("the Lord Lieutenant pressing the button", "8d699e23", "word-form", also=("517f2b06",)),
    # "Los paquetes llegaron en el coche de línea de Burgos pasadas las once" ¶7 (llegaron → llegan)
    Query("los paquetes llegan en el coche de línea de Burgos", "70436155", "word-form"),
    # "Нюра боится воды, но смотрела" ¶9 (боится → боялась)
    Query("Нюра боялась воды", "af227baa", "word-form"),
    # "the Holmwyke Rovers beat Scarside by three goals to one" ¶20 (beat → beating, irregular)
    Query("Holmwyke Rovers beating Scarside", "08c8e5fa", "word-form"),
    # Another script or romanisation
    Query("Торо Уолден", "97f840aa", "translit"),  # "Henry David Thoreau … Walden Pond" ¶3 in Cyrillic
    Query("梭罗 瓦尔登", "97f840aa", "translit"),  # the same, in Chinese characters
    # "Terry Fox" ¶5 and "outside Thunder Bay, Ontario" ¶7 in Cyrillic
    Query("Терри Фокс Тандер-Бей", "fb3e6468", "translit"),
    # "Terry Fox … at St John's, Newfoundland" ¶5 (and the title) in Chinese characters
    Query("特里·福克斯 圣约翰斯", "fb3e6468", "translit"),
    # "Jimi Hendrix died in a London hotel flat" ¶3; "In Ludcombe" ¶3 (and the title) in Cyrillic
    Query("Джими Хендрикс Ладкомб", "7ab57fc6", "translit"),
    Query("Ланваррик Тамбора", "a1ef12c0", "translit"),  # "LANWARRICK PRIMARY SCHOOL" ¶1, "Mount Tambora" ¶15
    # "the Canadian organiser Madge Watt … at Llanfairpwll on Anglesey" ¶4 in Cyrillic
    Query("Мэдж Уотт Лланвайрпулл", "f8770f6e", "translit"),
    # "дневник Фёдора Ивановича Сомова" ¶9; "Причальск" ¶3 and on, in Latin letters
    Query("Fyodor Ivanovich Somov Prichalsk", "af227baa", "translit"),
    # "на берегу Яхромы" and "каналом имени Москвы" ¶5 in Latin letters
    Query("Yakhroma kanal imeni Moskvy", "af227baa", "translit"),
    Query("Yang Xiulan", "cd3a0b7b", "translit"),  # 第一任校长杨秀兰老师 ¶9 in pinyin
    Query("Ян Сюлань", "cd3a0b7b", "translit"),  # the same, in Cyrillic
    Query("Jinzhai Nanxi zhen", "cd3a0b7b", "translit"),  # 安徽省金寨县南溪镇 ¶5 (金寨 again ¶21) in pinyin
    # accents dropped: "don Eusebio Arnáiz" ¶9; "Casino de Valdeyesca" ¶1/5
    Query("Eusebio Arnaiz Valdeyesca", "70436155", "translit"),
    # Russian
    # "в Доме культуры откроется выставка «Причальск и канал»" ¶13; "Выставка в Доме культуры будет открыта до 5
    # августа" ¶17
    Query("выставка «Причальск и канал» открыта до 5 августа", "af227baa", "russian"),
    # "канала Москва — Волга, который с 1947 года называется каналом имени Москвы. Семьдесят лет назад" ¶5; "Каналу —
    # семьдесят" ¶1
    Query("канал имени Москвы семьдесят лет", "af227baa", "russian"),
    # "в полдень у шлюза дадут гудок все суда" ¶13 (inflected: все суда → всех судов)
    Query("гудок всех судов у шлюза", "af227baa", "russian"),
    # Spanish
    # "el Casino organizó su primera tertulia de aniversario" ¶11
    Query("primera tertulia de aniversario del Casino", "70436155", "spanish"),
    # "los días 13 y 14 de mayo un taller de prensa para los alumnos del instituto" ¶15
    Query("taller de prensa para los alumnos del instituto", "70436155", "spanish"),
    # "una selección de portadas históricas, prestadas por los socios" ¶13
    Query("portadas históricas prestadas por los socios", "70436155", "spanish"),
    # Chinese
    # 全国第一所希望小学在安徽省金寨县南溪镇落成，它的前身是一座旧祠堂 ¶5
    Query("全国第一所希望小学 祠堂", "cd3a0b7b", "chinese"),
    # 希望工程于1989年10月30日由中国青少年发展基金会发起 ¶7
    Query("中国青少年发展基金会 希望工程", "cd3a0b7b", "chinese"),
    # 当年的第一批学生将回到母校，与在校学生一起上一堂“回忆课” ¶15
    Query("第一批学生 回到母校 回忆课", "cd3a0b7b", "chinese"),
    # Mentions and zero-width spaces
    # "the residents of Tanner Row will sit down to tea in the street again … at the very trestle tables" ¶13
    Query("<@1234> Tanner Row\u200b trestle tables", "d5941186", "mention-noise"),
    # "Nine tall ships … the first tall ships to enter the inner harbour since the schooner Ettrick Belle" ¶21
    Query("@here Ettrick Belle\u200b tall ships", "4cc4693f", "mention-noise"),
    # "Pinnerbrook's Christmas lights will be switched on … by the oldest member of the fete committee, Mrs Pettifer"
    # ¶21 (the 1953 tables cutting, d5941186 ¶15, has "Mrs Daisy Pettifer" but no lights)
    Query("<#55> Mrs Pettifer\u200b Christmas lights", "480020b8", "mention-noise"),
    # Typos
    Query("Tudenmoor dragon bote", "d192206a", "typo"),  # "TUDDENMOOR DRAGON BOAT CLUB" ¶1 (1 edit + 2)
    Query("Pruddelton Reading Cirle", "97f840aa", "typo"),  # "the Pruddleton Reading Circle" ¶5
    Query("Brackstne telephonst", "18f2f584", "typo"),  # "Norah Brackstone, telephonist" ¶1
    Query("Lanwarick Primery", "a1ef12c0", "typo"),  # "LANWARRICK PRIMARY SCHOOL" ¶1
    # Names
    Query("Gerald Pomfrey", "97f840aa", "name"),  # "the present chairman, Gerald Pomfrey" ¶9
    Query("Pilbeam headteacher", "a1ef12c0", "name"),  # "Mrs J. Pilbeam / Headteacher" ¶23–24
    Query("Anne and Gareth Dawtrey", "8393a0a6", "name"),  # "ring Anne or Gareth Dawtrey" ¶21
    Query("Maureen Coombes", "7ab57fc6", "name"),  # "Ron's sister Maureen" ¶7, "Maureen, now Mrs Coombes" ¶15
    # Phrases
    Query("Same field, same hammer", "7ab57fc6", "phrase"),  # Ron Tapscott, ¶19
    Query("quite as good as day", "08c8e5fa", "phrase"),  # the gas lamps, ¶18
    Query("sensible girl with a clear voice", "18f2f584", "phrase"),  # the exchange's advertisement, ¶5
    # Questions
    # "the Lord Lieutenant pressed the button that raised the new Sculpin Reach Bridge" ¶5; the council's release:
    # "was opened by the Lord Lieutenant on a wet Saturday morning" (517f2b06 ¶9)
    Query("who pressed the button that raised the Sculpin Reach Bridge?", "8d699e23", "question", also=("517f2b06",)),
    # "Pinnerbrook's summer fete on Saturday 11 June raised £1,310" ¶5 (the 1988 cutting)
    Query("how much did the Pinnerbrook fete raise in 1988?", "08fa4b17", "question"),
    # "we now have sixty-one members" ¶3
    Query("how many members does the Tuddenmoor Dragon Boat Club have?", "d192206a", "question"),
    # "was for thirty-one years the voice of the Polgoath Vale telephone exchange" ¶3; 2 September 1929 to 21
    # November 1959, ¶7
    Query("how long did Norah Brackstone work at the telephone exchange?", "18f2f584", "question"),
    # "Durnbury's own institute followed two years later, on 16 October 1917, in the schoolroom" ¶4
    Query("when was the Durnbury Women's Institute founded?", "f8770f6e", "question"),
    # "it has lifted, by the bridge-keepers' count, more than 61,000 times since" ¶9
    Query("how many times has the Sculpin Reach Bridge lifted?", "517f2b06", "question"),
    # Topics
    # "The Year 6 residential to the Glenvorlich outdoor centre … the deposit of £40 is due by 30 January" ¶17
    Query("Year 6 residential outdoor centre deposit", "a1ef12c0", "topic"),
    # "HOBTHWAITE LETTER-CUTTING DAYS" ¶1; "Spring taster days" ¶7; "Prices: taster days £55" ¶19
    Query("letter-cutting taster days prices", "8393a0a6", "topic"),
    # "Pinnerbrook's Christmas lights will be switched on at 5pm on Saturday 26 November by the oldest member of the
    # fete committee, Mrs Pettifer" ¶21
    Query("Christmas lights switched on by the oldest member of the fete committee", "480020b8", "topic"),
    # "the bridge will close to road traffic from 6 to 24 March next year for repainting, with a free shuttle bus"
    # ¶19
    Query("bridge repainting shuttle bus", "517f2b06", "topic"),
    # "will show lantern slides of the old Market Place, gas lamps and all" ¶24
    Query("lantern slides of the old Market Place", "08c8e5fa", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Madge Watt founded the first Women's Institute (f8770f6e ¶4); Walden Pond is Thoreau's (97f840aa)
    "Madge Watt Walden Pond",
    # Gerald Pomfrey chairs the Pruddleton Reading Circle (97f840aa ¶9); the bus shelter and its ribbon are Norah
    # Brackstone's (18f2f584 ¶11)
    "Pomfrey bus shelter ribbon",
    # Brenda Jolliffe is Orrowmouth's mayor in the council's release (517f2b06 ¶11, ¶21); the tall ships and fireworks
    # are the 2009 cutting's (4cc4693f ¶21–23), which names no mayor
    "Brenda Jolliffe tall ships fireworks",
    # Daisy Pettifer is Pinnerbrook's (d5941186 ¶15, 480020b8 ¶21); the swimming certificates are the Holmwyke
    # Leader's (08c8e5fa ¶26)
    "Daisy Pettifer swimming certificates",
    # Ron Tapscott is Ludcombe's festival (7ab57fc6); the Terry Fox Run is the blog's (fb3e6468 ¶15)
    "Ron Tapscott Terry Fox Run",
    # Dorinda Astbury founded the reading circle (97f840aa ¶7); the Women's Institute is Durnbury's (f8770f6e)
    "Dorinda Astbury Women's Institute",
    # Alan Threlkeld opened Holmwyke's baths (08c8e5fa ¶6); the ceremonial lift is Orrowmouth's (517f2b06 ¶7, ¶23)
    "Alan Threlkeld ceremonial lift",
    # Mick Sollis is the dragon boat club's treasurer (d192206a ¶19); letter-cutting is Hobthwaite's (8393a0a6)
    "Mick Sollis letter-cutting",
    # Peter Wellbeloved talks on wartime country cooking (f8770f6e ¶14); The Gondoliers in the Church Hall is
    # Holmwyke's (08c8e5fa ¶14)
    "Wellbeloved Gondoliers Church Hall",
    # Norah's son Graham (18f2f584 ¶9, ¶17); the dragon boats are Tuddenmoor's (d192206a)
    "Graham Brackstone dragon boat",
    # Maureen, now Mrs Coombes, takes the stewards' names (7ab57fc6 ¶15); the Walden readings are Pruddleton's
    # (97f840aa)
    "Mrs Coombes Walden reading",
    # "a borrowed shepherd's hut on Pruddleton Common" (97f840aa ¶5, "the same hut" ¶7); its owner is not named (what
    # is "lent by members" ¶15 is editions of Walden)
    "who owns the shepherd's hut on Pruddleton Common?",
    # "my aunt Bev had emigrated to Ontario" (fb3e6468 ¶9); no town is named (Thunder Bay ¶7 is where Terry Fox stopped)
    "which town in Ontario did Aunt Bev emigrate to?",
    # "A letter in the same issue complained that the baths' car park was 'already too small'" (08c8e5fa ¶8); the
    # writer is not named
    "who wrote the letter complaining about the baths' car park?",
    # "Jimi Hendrix died in a London hotel flat" (7ab57fc6 ¶3); nobody is said to have found him
    "who found Jimi Hendrix in the London hotel flat?",
    # "the council would be glad to hear from anyone who can name the men on the deck" (517f2b06 ¶13); the 1985
    # cutting's test lifts (8d699e23 ¶7) name nobody
    "who were the men on the deck during the test lifts?",
    # "it hopes to sign up more stall-holders" (480020b8 ¶23); no number
    "how many stall-holders signed up for the Pinnerbrook Christmas market?",
    # "a downpour that sent the tug-of-war teams into the beer tent" (08fa4b17 ¶5); no winner
    "who won the tug-of-war at the Pinnerbrook fete?",
    # "The workshop at Hobthwaite Barn has cut headstones … for more than thirty years" (8393a0a6 ¶5); the barn's age
    # is not given
    "which year was Hobthwaite Barn built?",
    "what was the name of Norah's sister in Truro?",  # "to her sister in Truro" (18f2f584 ¶7); not named
    # "the coaster Maid of Lundy steamed through" (8d699e23 ¶5); no skipper named
    "who was the skipper of the coaster Maid of Lundy?",
    # the bridge "two years in the building" (8d699e23 ¶5); no cost in any cutting or the release
    "what did the Sculpin Reach Bridge cost the borough council?",
    "how many pupils are in Mr Fairweather's Year 6 class?",  # "Mr Fairweather's Year 6 class" (a1ef12c0 ¶15); no size
    # Ludlow is not in the corpus; the hay bale festival is Ludcombe's (7ab57fc6)
    "Ludlow hay bale festival",
    # Holmbridge is not in the corpus; the lamplighter and the gas lamps are Holmwyke's (08c8e5fa ¶18)
    "Holmbridge lamplighter gas lamps",
    # Tuddenham is not in the corpus (three or more edits from Tuddenmoor, whose regatta is d192206a ¶13)
    "Tuddenham dragon boat regatta",
    # Middlesbrough is not in the corpus; the lifting bridge's anniversary is Orrowmouth's (517f2b06)
    "Middlesbrough lifting bridge anniversary",
    # Llandudno is not in the corpus; the Women's Institute centenary is Durnbury's programme (f8770f6e), the first
    # meeting Llanfairpwll's
    "Llandudno Women's Institute centenary",
    # Pinnerfield is not in the corpus; the fete and its raffle are Pinnerbrook's (08fa4b17 ¶5–7)
    "Pinnerfield village fete raffle",
    # "получат билеты на теплоход до Дубны" (af227baa ¶17); no sailing time
    "во сколько отходит теплоход до Дубны?",
    # "канал торжественно открыли" (af227baa ¶5); nobody named
    "кто открыл канал Москва — Волга в 1937 году?",
    # "в субботу, 14 июля, на набережной выступят хоры и духовой оркестр" (af227baa ¶13); no hour (the noon is the
    # ships' horn on Sunday)
    "во сколько начнётся концерт хоров на набережной?",
    # the first number of El País, "fechado el martes 4 de mayo de 1976" (70436155 ¶5); no director named
    "¿quién dirigía El País en mayo de 1976?",
    "¿cuánto cuesta la cuota de socio del Casino?",  # "La cuota de socio sube en junio" (70436155 ¶17); no sum
    # "una mesa redonda con dos antiguos corresponsales de la comarca" (70436155 ¶15); not named
    "¿quiénes son los corresponsales de la mesa redonda?",
    # 第一任校长杨秀兰老师 (cd3a0b7b ¶9); no later headteacher
    "青杉村希望小学 第二任校长",
    # “希望的二十年”图片展，欢迎村民参观 (cd3a0b7b ¶15); no ticket or price
    "希望的二十年 图片展 门票",
    # the first Hope school at Jinzhai (cd3a0b7b ¶5, ¶21); its headteacher is not named (杨秀兰 is Qingshan's)
    "金寨 希望小学 第一任校长是谁",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind147/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
