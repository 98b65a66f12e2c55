"""A hundred-and-twelfth lookup query set, for tuning ranking (written in the fifty-sixth session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind111.py, a blind set, and tests/queries_blind113.py,
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё
  read as е, Chinese by character pairs, a few stop words left out) with every earlier query (some fifteen
  thousand), and with the earlier queries of this set, while the set was being written; a query sharing
  more than half of its words with any one of them was replaced. The seeds are exhausted: of some two
  hundred seed drafts (joins of passages, names in Cyrillic and Chinese characters, inflected forms,
  typos, questions, quotations) more than four in five were near-copies of earlier queries, so the seed
  part here is smaller than asked (28 answerable, 11 unanswerable, with no seed name or topic query left
  that was not a near-copy) and the new documents carry the rest.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind124/docs, copied as ONE
  corpus into a subfolder blind124/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 11 + 15 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 2 + 10
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 13 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 1 + 3, mention-noise 1 + 4 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 4 (1–2 edits a word), name 0 + 4, phrase 2 + 5, question 3 + 8,
topic 0 + 7: 28 + 79 answerable, and 11 + 36 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
scored, won, wrote, photographed or lent; who a first headmaster, a great-grandson or a collector was;
how many men, volunteers or metres; what time a lecture began; what a flight, a ticket or a film evening
cost; which hotel; how old someone was); a place the corpus does not hold (spelled two or more edits from
anything real in it, or simply absent) joined to a subject it does; Russian, Spanish and Chinese ones.
Each shares one or more words with its corpus on purpose (in another script for some of the seeds'
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

# The new-documents corpus is assembled by copying tests/gold/blind124/docs/* into ONE temporary
# corpus folder under the subfolder blind124/: files are then "blind124/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind124/docs",)
NEWDOCS_SUBDIRS = ("blind124",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "3c2919d0": "BIRKHAVEN CIVIC SOCIETY",
    "8abff935": "THE BRANDLOW TOWNSMAN",
    "b9014597": "FRITHWELL GAZETTE",
    "23cfaa00": "GADBURY BOROUGH COUNCIL",
    # en_gadbury_pennant_digest.txt, split by the loader at its "———" rules, which it reads as titles: each rule
    # (¶2, ¶8, ¶14) is an article of its own holding nothing but the rule; the boating lake of 1988 (¶4–7), the Velo
    # Club's hundred years (¶10–13) and the library's children's floor (¶16–19); the header (¶1) and the datelines
    # (¶3, ¶9, ¶15) belong to none of them
    "2cb7d3da": "———",
    "56c8f9a7": "BOATS OUT ON PEEL PARK LAKE",
    "2cb7d3da-2": "———",
    "560ef4c7": "WHEELS STILL TURNING AFTER A HUNDRED YEARS",
    "2cb7d3da-3": "———",
    "8c64d06b": "LIBRARY OPENS NEW CHILDREN'S FLOOR",
    "c41a0a4e": "LUDWELL BIRD CLUB",
    # en_lynstowe_lamp_digest.txt, split the same way, except that the first cutting's headline (¶4, in quotation
    # marks) is not taken for a title: the car-telephone cutting is titled by its dateline (¶3–7); the three rules
    # (¶2, ¶8, ¶14) are articles holding nothing else; foot-and-mouth (¶10–13) and the band's hundred and fifty years
    # (¶16–20); the header (¶1) and the datelines ¶9 and ¶15 belong to none of them. (Until the fifty-eighth session
    # the first rule article "———" (¶2–7) held the whole car-telephone cutting: its queries were judged to 097ff43b
    # then, and are judged to the cutting's own article, b9e6f8d9, since.)
    "097ff43b": "———",
    "b9e6f8d9": "Lynstowe Lamp, Friday 4 January",
    "097ff43b-2": "———",
    "da6929b4": "FOOTPATHS SHUT AS FARMS WAIT",
    "097ff43b-3": "———",
    "69fc7631": "BAND PLAYS ON FOR 150 YEARS",
    "6a195f25": "OBITUARY",
    "2c3d1c41": "SLOEFORD COUNTY PRIMARY SCHOOL",
    "1f951e28": "STARDUST ON THE SILL",
    "57d326d8": "TAMSLEY EVENING POST",
    "e8668453": "TOLLYMOOR WILLOW BEDS",
    "4f406668": "EL ECO DE QUEBRACHAL",
    "f3df08a9": "КОМАРЕЦКАЯ ПРАВДА",
    "803e08a6": "汀湾镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "met with the King and the Queen Mother at Zhongnanhai" ¶237; "his state visit to Cambodia in April this year"
    # ¶239; "Amidst an ever-changing international landscape … the path of friendship opened by the older generation"
    # ¶245 ("state visit" is in other articles too; Zhongnanhai, ever-changing and older generation only here)
    Query("Zhongnanhai April state visit ever-changing landscape older generation", "5a5d8582", "cross-paragraph"),
    # "Meeting with Uzbek President Shavkat Mirziyoyev … joint scientific research" ¶207; "Prime Minister Shehbaz … the
    # over 200 million Pakistani people" ¶213
    Query("Mirziyoyev joint scientific research Shehbaz 200 million", "3a9fa4ed", "cross-paragraph"),
    # "greeted at Beijing Railway Station by Cai Qi, … Wang Yi" ¶221; "who have shared weal and woe" ¶225; "the
    # (October 10) 80th anniversary of the founding of the WPK" ¶227
    Query("Cai Qi Wang Yi weal and woe October 10", "eca32116", "cross-paragraph"),
    # "the first country to reach an early harvest arrangement … China's zero-tariff treatment" ¶25; "green industries,
    # e-commerce and digital payments" ¶27; "the only member state of NATO and the EU" ¶21
    Query("early harvest arrangement zero-tariff e-commerce digital payments NATO", "faecd2e1", "cross-paragraph"),
    # "The Vietnamese newspaper Nhân Dân reported … the rare, loyal, and special solidarity" ¶145; "the new five-year
    # action plan" ¶141 (and ¶181)
    Query("Nhân Dân rare loyal solidarity five-year action plan", "20f574be", "cross-paragraph"),
    # "the economic, political and psychological warfare currently being waged" ¶451; "The Bloomberg financial news
    # service" ¶463; "a universally beneficial and inclusive economic globalisation" ¶458
    Query("psychological warfare Bloomberg universally beneficial globalisation", "e065690c", "cross-paragraph"),
    # "la Alianza de Liberación Negra, Libros Iskra, y otros" ¶305; "la bodega de vino techada más grande de Asia …
    # el desierto Gobi" ¶335 (Gobi also ¶333)
    Query("Libros Iskra bodega de vino Gobi", "dde32893", "cross-paragraph"),
    # "the quarter century old Shanghai Cooperation Organisation" ¶403; "Kazakhstan President Kassym-Jomart Tokayev"
    # ¶405; "its post-disaster rehabilitation efforts" ¶419
    Query("quarter century old post-disaster rehabilitation Kassym-Jomart", "26d64f12", "cross-paragraph"),
    # "This year marks the 65th anniversary … the ironclad friendship" ¶87; "the economic, commercial and financial
    # blockade … the arbitrary 'list of state sponsors of terrorism'" ¶101 (ironclad is in other articles too)
    Query("65th anniversary blockade arbitrary list ironclad", "d807680a", "cross-paragraph"),
    # "hosted the 25th Meeting of the Council of Heads of State" ¶425; "including the Secretary-General of the United
    # Nations" ¶427; "the first to set up a military confidence-building mechanism" ¶433
    Query("military confidence-building mechanism 25th Meeting Secretary-General", "9e49ddff", "cross-paragraph"),
    # "director of the Memorial Work Department" line 1; "a July event in the Korean city of Wonsan" line 7; "taken a
    # contentious stance on such commemorations" line 13 (seeds/000)
    Query("Memorial Work Department Wonsan contentious stance", "097182f6", "cross-paragraph"),
    # Word forms: the text has another form
    # "She wisely directs their efforts to resist" ¶115, of Anna May Wong in Lady From Chungking (directs → directing;
    # "directing" is nowhere in seeds/)
    Query("Anna May Wong wisely directing the resistance group's efforts", "ccf1d4fa", "word-form"),
    # "To Lam asked Zhao Leji to convey his sincere greetings to General Secretary Xi Jinping" ¶69 (convey →
    # conveying; "conveyed" is in ¶67 and ¶71, "conveying" nowhere)
    Query("To Lam conveying sincere greetings to Xi", "362ba691", "word-form"),
    # Another script or romanisation
    # "Iranian President Masoud Pezeshkian" and "Egyptian President Abdel Fattah El-Sisi" ¶451, in Chinese characters
    Query("马苏德·佩泽希齐扬 阿卜杜勒·法塔赫·塞西", "e065690c", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "President Xi Jinping and his wife Peng Liyuan met with the King" ¶237; "Cambodian Prime Minister Hun Manet" ¶243
    # ("about Hun Manet and Peng Liyuan")
    Query("о Хуне Манете и Пэн Лиюань", "5a5d8582", "russian"),
    # "South African President Cyril Ramaphosa … Iranian President Masoud Pezeshkian" ¶451 (Ramaphosa again ¶467)
    # ("with Cyril Ramaphosa and Masoud Pezeshkian")
    Query("с Сирилом Рамафосой и Масудом Пезешкианом", "e065690c", "russian"),
    # Spanish
    # "Aldeas, hospitales, escuelas y fábricas tienen ramas del Partido" ¶345
    Query("el Partido Comunista tiene ramas en aldeas, hospitales, escuelas y fábricas", "dde32893", "spanish"),
    # "uno de los 'Centros del Partido,' donde … las personas pueden ir a hacer preguntas o pedir ayuda de los cadres"
    # ¶345 (pedir → pide)
    Query("los Centros del Partido donde la gente pide ayuda a los cadres", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501 and "a Colonel Younghusband" ¶521, as Chinese papers
    # write them
    Query("林赛 扬哈斯本", "ac7222d4", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed representing the United Arab Emirates" ¶451
    Query("@here Khaled bin Mohamed\u200b Abu Dhabi", "e065690c", "mention-noise"),
    # Typos (1–2 edits)
    # "Egyptian Prime Minister Mostafa Madbouly" and "Kazakhstan President Kassym-Jomart Tokayev" ¶405
    Query("Madbuly Tokaiev", "26d64f12", "typo"),
    Query("Pezeshkan Ramaposa", "e065690c", "typo"),  # "Masoud Pezeshkian", "Cyril Ramaphosa" ¶451
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "Vladimir Vladimirovich Yakushev" ¶158
    Query("Sergeenco Yakushef", "20f574be", "typo"),
    # Phrases
    # "Shared memory of war and perceived Western revisionism serve as ideological glue." line 9 (seeds/003)
    Query("the ideological glue of shared memory", "b39d8185", "phrase"),
    # "the 'roots of this activism are to be found in Chartist opposition to the first Opium War'" ¶513
    Query("roots of this activism Chartist opposition", "ac7222d4", "phrase"),
    # Questions
    # "continue to step up coordination and cooperation at the UN, the SCO, the BRICS, the G20 and other multilateral
    # platforms" ¶191
    Query("which multilateral platforms should China and Russia coordinate at?", "c061f0a1", "question"),
    # "After 45 years of development, Zimbabwe-China relations have become increasingly mature and resilient" ¶11
    Query(
        "what did the Zimbabwean president say about 45 years of Zimbabwe-China relations?",
        "faecd2e1",
        "question",
    ),
    # "Acting President Min Aung Hlaing said that Myanmar and China share a deep pauk-phaw friendship … supporting its
    # post-disaster rehabilitation efforts" ¶419
    Query(
        "which Acting President spoke of pauk-phaw friendship and post-disaster rehabilitation?",
        "26d64f12",
        "question",
    ),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Defence Minister Vladimir Padrino is at the Caracas unveiling (f78fdcd6 ¶33, ¶53); the Tianjin Declaration is the
    # SCO's (9e49ddff ¶443), which names no Venezuelan
    "Vladimir Padrino Tianjin Declaration",
    # Novosibirsk is nowhere in seeds/; the Noraa's veterans and memorial sites are in 097182f6, the Khabarovsk camp in
    # 054ef6fb
    "Novosibirsk veterans Noraa",
    # Ramaphosa speaks at the BRICS summit (e065690c ¶451, ¶467); the Levellers are Arthur Clegg's (ac7222d4 ¶517)
    "Ramaphosa Levellers",
    # Delcy Rodríguez is at the Caracas unveiling (f78fdcd6 ¶33, ¶53); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Delcy Rodríguez Minyuan Stadium",
    # Yakutsk is nowhere in seeds/; the restoration of memorial sites in Russia is 097182f6's, with no town named
    "Yakutsk war memorial restoration",
    # Harbin is nowhere in seeds/; Lady From Chungking is shown at the BFI on London's Southbank (ccf1d4fa ¶111)
    "Harbin Lady From Chungking screening",
    # Rewi Alley is Hogg's mentor, quoted from his 1954 book (ac7222d4 ¶495–499); his death is never told ("when did
    # Rewi Alley die?")
    "когда умер Рьюи Элли?",
    # Ambassador Lan Hu speaks in Caracas (f78fdcd6 ¶33, ¶43–45); the Yasukuni Shrine is in the joint statement's
    # summary (b39d8185 line 41)
    "Lan Hu Yasukuni Shrine",
    # Kim Il Sung "participated in the 1959 tenth anniversary celebrations" (eca32116 ¶219); no speech of his is told
    # ("Kim Il Sung speech content")
    "金日成 演讲 内容",
    # Zhao Leji is in Hanoi (362ba691 ¶65–75, 20f574be ¶156); the Caracas monument is f78fdcd6's
    "Zhao Leji Caracas monument",
    # Almaty is nowhere in seeds/; Xi met Tokayev "in the evening" in Tianjin (26d64f12 ¶405)
    "Almaty Tokayev evening meeting",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "From the diary of Eric Ledsham, aged twelve" ¶18; "1930s dance at the Civic Hall, with the Merseyside
    # Syncopators" ¶12
    Query("Eric Ledsham Merseyside Syncopators", "3c2919d0", "cross-paragraph"),
    # "lecture, 'Basil Mott, John Brodie and the Tunnel', by Dr Nerys Kinsella" ¶10; "service of thanksgiving … at St
    # Werburgh's" ¶14; "photographs and toll tickets, in the library" ¶16
    Query("Nerys Kinsella St Werburgh's toll tickets", "3c2919d0", "cross-paragraph"),
    # "Mr Josiah Threlfall of Hope Street was fined five shillings" ¶14; "The new slipper baths in Canal Street" ¶6 (and
    # ¶23); "farthings are still turning up in their tills" ¶7
    Query("Josiah Threlfall slipper baths farthings", "8abff935", "cross-paragraph"),
    # "Hidegkuti scored in the first minute" ¶6; "a tape lent by a collector in Luton" ¶14; "still lives on Kiln Street"
    # ¶18
    Query("Hidegkuti Kiln Street Luton", "b9014597", "cross-paragraph"),
    # "Councillor Priya Malhan, cabinet member for leisure" ¶9; "Councillor Swainby's granddaughter, Alison Dunnage"
    # ¶12; "so that its clay lining could be renewed" ¶7
    Query("Priya Malhan Alison Dunnage clay lining", "23cfaa00", "cross-paragraph"),
    # "Its first recorded race, to Fenny Cross and back" ¶11; "the club's oldest member, Reg Halstow, rode the course
    # at eighty-one" ¶12 (the digest has no blank lines: each line is a paragraph)
    Query("Reg Halstow Fenny Cross", "560ef4c7", "cross-paragraph"),
    # "41 members counted 3,212 birds, including a drake smew" ¶4; "The midsummer nightjar walk … at the Holt Lane car
    # park" ¶16
    Query("drake smew nightjar Holt Lane", "c41a0a4e", "cross-paragraph"),
    # "She married Vernon Hartopp, a railway signalman" ¶8; "the Ambrington Ladies won at Llangollen in 1962" ¶12; "She
    # died peacefully at home in Holm Street" ¶4
    Query("Vernon Hartopp Llangollen Holm Street", "6a195f25", "cross-paragraph"),
    # "One of our members once worked on the big dish at Jodrell Bank" ¶14; "the Principia mission … the London
    # Marathon on the station's treadmill" ¶8
    Query("Jodrell Bank Principia treadmill", "1f951e28", "cross-paragraph"),
    # "Its owner, Maureen Tabbard, said it had been mended" ¶11; "Hetty Sallis, 81, remembered the pile-drivers" ¶13
    Query("Maureen Tabbard Hetty Sallis", "57d326d8", "cross-paragraph"),
    # "Tollymoor Willow Beds, Ferry Drove" ¶22; "volunteers with sharp secateurs and warm socks" ¶17; "Garden obelisks:
    # 7 and 8 June" ¶9
    Query("Ferry Drove secateurs obelisks", "e8668453", "cross-paragraph"),
    # "ganarle 2 a 0 a Grecia en Sudáfrica … el presidente del club, Rubén Cardozo" ¶15; "el torneo infantil «Pelusa»"
    # ¶13
    Query("Rubén Cardozo Grecia Pelusa", "4f406668", "cross-paragraph"),
    # "льноводку Прасковью Гуреву сфотографировали … с дипломом и патефоном в подарок колхозу" ¶7 (Гуревой ¶9); "в
    # парке культуры пройдёт праздник льна" ¶13 (the query has the nominative "Прасковья Гурева", "патефон")
    Query("Прасковья Гурева патефон праздник льна", "f3df08a9", "cross-paragraph"),
    # 法拉利车手巴里切罗获得冠军 ¶5; 周立新至今保存着当年的志愿者证 ¶9; 举行遥控赛车比赛 ¶11
    Query("巴里切罗 志愿者证 遥控赛车", "803e08a6", "cross-paragraph"),
    # "The oldest past pupil we know of, Mrs Lilian Pruett" ¶10; "the children will come to school dressed as
    # Victorian pupils" ¶12
    Query("Lilian Pruett Victorian pupils", "2c3d1c41", "cross-paragraph"),
    # Word forms
    # "His foreman, a Wolves man, had told him on Monday 23 November that 'our lads will show them'" ¶8 (told →
    # telling, irregular)
    Query("Horace Ebdon's foreman telling him our lads will show them", "b9014597", "word-form"),
    # "The new iron footbridge over the Brand was opened … by the Mayor, who crossed it twice" ¶18 (crossed → crossing)
    Query("the Mayor crossing the new iron footbridge over the Brand twice", "8abff935", "word-form"),
    # "On Sunday 24 April he ran the London Marathon on the station's treadmill" ¶8 (ran → running, irregular)
    Query("Tim Peake running the London Marathon on the station's treadmill", "1f951e28", "word-form"),
    # "a rehearsal run that ended early when the steam lorry lost a wheel nut on the Lichfield Road" ¶11 (lost →
    # losing, irregular; "lost" is also in b9014597 ¶4, of England at home)
    Query("steam lorry losing a wheel nut on the Lichfield Road", "57d326d8", "word-form"),
    # "Garden count. … Blue tits beat house sparrows for the first time." ¶6 (beat → beating; "beat" is also in
    # b9014597 ¶4/¶10, of Hungary)
    Query("blue tits beating house sparrows in the garden count", "c41a0a4e", "word-form"),
    # "the choir sang again for the street parties that had been rained off" ¶10 (sang → singing, irregular)
    Query("the Ambrington choir singing for the street parties", "6a195f25", "word-form"),
    # "Делегация колхоза … везла в Москву сорок снопов льна-долгунца" ¶7 (везла → везёт, снопов → снопы)
    Query("делегация колхоза везёт в Москву снопы льна", "f3df08a9", "word-form"),
    # "una entrada que todavía guarda en un sobre" ¶9 (guarda → guardaba)
    Query("Anacleto guardaba la entrada en un sobre", "4f406668", "word-form"),
    # "cuando dejó atrás a medio equipo inglés" ¶5 (dejó → dejando)
    Query("Maradona dejando atrás a medio equipo inglés", "4f406668", "word-form"),
    # "Fowler's Radio of Sheep Street expects to sell Lynstowe's first car telephones by the spring" ¶5 (sell →
    # selling); the first cutting of the Lynstowe digest, which the loader files under the first "———" rule
    Query("Fowler's Radio selling the first car telephones", "b9e6f8d9", "word-form"),
    # Another script or romanisation
    Query("Хидегкути Уэмбли", "b9014597", "translit"),  # "Hidegkuti scored" ¶6, "at Wembley" ¶4 in Cyrillic
    # "Tim Peake's Soyuz came down on the steppe in Kazakhstan" ¶4; "the big dish at Jodrell Bank" ¶14, in Cyrillic
    Query("Тим Пик, Джодрелл-Бэнк и Казахстан", "1f951e28", "translit"),
    # "Diego Armando Maradona … en el estadio Azteca" ¶5 in Chinese characters
    Query("马拉多纳 阿兹特克", "4f406668", "translit"),
    # "КОМАРЕЦКАЯ ПРАВДА" ¶1, «Комарецк на ВСХВ» ¶11; "как ВДНХ" ¶5 (and ¶9, ¶13), in Latin letters
    Query("Komaretsk VDNKh", "f3df08a9", "translit"),
    Query("Praskovya Gureva", "f3df08a9", "translit"),  # "Прасковью Гуреву" ¶7, "Прасковьи Гуревой" ¶9 in Latin letters
    Query("Nina Sergeevna Gureva", "f3df08a9", "translit"),  # "учительница Нина Сергеевна Гурева" ¶9 in Latin letters
    Query("Zhou Lixin", "803e08a6", "translit"),  # 周立新 ¶7/9/13/17 in pinyin
    # 汀湾 ¶1/3/7; 镇赛车模型俱乐部 ¶7 (and ¶11), in pinyin without tones
    Query("Tingwan saiche moxing julebu", "803e08a6", "translit"),
    # 法拉利车手巴里切罗 ¶5 and 周立新 ¶7, in Cyrillic
    Query("Баррикелло Чжоу Лисинь", "803e08a6", "translit"),
    Query("Анаклето Баррионуэво", "4f406668", "translit"),  # "Anacleto Barrionuevo" ¶7 in Cyrillic
    # "the comedian Ernie Wise has made the first call on the new Vodafone network" ¶5, in Cyrillic
    Query("Эрни Уайз Водафон", "b9e6f8d9", "translit"),
    # accents dropped: "La exposición «México 86»" ¶11; "EL ECO DE QUEBRACHAL" ¶1
    Query("Mexico 86 exposicion Quebrachal", "4f406668", "translit"),
    # "its chairman, Clifford Orpwood, drove the same Austin Maxi" ¶5, in Chinese characters
    Query("奥普伍德 奥斯汀", "57d326d8", "translit"),
    # Russian
    Query("праздник льна в парке культуры", "f3df08a9", "russian"),  # "в парке культуры пройдёт праздник льна" ¶13
    # "музей открывает выставку «Комарецк на ВСХВ» … открытие для ветеранов колхоза состоится в пятницу" ¶11
    Query("Комарецк на ВСХВ, открытие для ветеранов колхоза", "f3df08a9", "russian"),
    # "музей обещает выпустить книгу о колхозе «Рассвет»" ¶17 (книгу → книга)
    Query("книга о колхозе «Рассвет»", "f3df08a9", "russian"),
    # Spanish
    # "el torneo infantil «Pelusa», con equipos de Villa Quebrachal, Las Tunas Viejas y Colonia Tres Ombúes" ¶13
    Query("torneo «Pelusa» con Las Tunas Viejas y Colonia Tres Ombúes", "4f406668", "spanish"),
    # "la nueva tribuna, que llevará el nombre de Anacleto" ¶17
    Query("la nueva tribuna llevará el nombre de Anacleto", "4f406668", "spanish"),
    # "«Llegamos al Distrito Federal el jueves 19, después de un vuelo con tres escalas»" ¶7
    Query("un vuelo con tres escalas", "4f406668", "spanish"),
    # Chinese
    Query("汀湾与F1 图片展 文化站", "803e08a6", "chinese"),  # 在文化站举办"汀湾与F1"图片展 ¶11
    Query("排位赛 下了点小雨", "803e08a6", "chinese"),  # 25日排位赛那天下了点小雨 ¶7
    Query("国庆假期 俱乐部活动室 全天开放", "803e08a6", "chinese"),  # 今年国庆假期……俱乐部活动室全天开放 ¶13
    # Mentions and zero-width spaces
    # "Bandmaster Kerensa Polglaze said" ¶18; "Seats for the Rec concert are free" ¶20 ("on the Rec" ¶17)
    Query("@everyone Kerensa Polglaze\u200b Rec concert", "69fc7631", "mention-noise"),
    # "Subscriptions (£12, juniors £3) … please see Margery Sowden" ¶18
    Query("<@42> Margery Sowden\u200b subscriptions", "c41a0a4e", "mention-noise"),
    # "The rebuilt children's floor of Gadbury Library" ¶17; "Librarian Sunita Bhogal said the floor" ¶18
    Query("<#7> Sunita Bhogal\u200b children's floor", "8c64d06b", "mention-noise"),
    # "the carnival committee … agreed that … this year's procession … will have a golden theme" ¶6
    Query("\u200bcarnival golden theme <@&12>", "b9e6f8d9", "mention-noise"),
    # Typos
    Query("Birkhavn Quensway", "3c2919d0", "typo"),  # "BIRKHAVEN CIVIC SOCIETY", "QUEENSWAY 75" ¶1–2
    Query("Frithwel Magyers", "b9014597", "typo"),  # "FRITHWELL GAZETTE", "THE AFTERNOON THE MAGYARS CAME" ¶1–2
    Query("Tollymore wilow beds", "e8668453", "typo"),  # "TOLLYMOOR WILLOW BEDS" ¶1 (2 edits + 1)
    Query("Sloford centenery", "2c3d1c41", "typo"),  # "SLOEFORD COUNTY PRIMARY SCHOOL" ¶1, "The centenary" ¶10
    # Names
    Query("Keith Fowler", "b9e6f8d9", "name"),  # "Mr Keith Fowler says a demonstration set will be in his window" ¶5
    Query("Clifford Orpwood", "57d326d8", "name"),  # "whose chairman, Clifford Orpwood" ¶5; "Mr Orpwood" ¶15
    Query("Judith Mabbott", "1f951e28", "name"),  # "Posted Saturday 18 June by Judith Mabbott" ¶2 (and ¶20)
    Query("Tobias Quilliam", "c41a0a4e", "name"),  # "Tobias Quilliam shows his film of the Ludwell heronry" ¶8
    # Phrases
    Query("Saw the King's hat", "3c2919d0", "phrase"),  # Eric Ledsham's diary, ¶18
    Query("used up all my bad luck at once", "6a195f25", "phrase"),  # ¶6
    Query("deep enough to matter", "56c8f9a7", "phrase"),  # the park keeper, ¶6
    Query("thirty summers of wet feet and sunburn", "23cfaa00", "phrase"),  # Councillor Malhan, ¶9
    Query("we were taught a lesson, and we deserved it", "b9014597", "phrase"),  # Horace Ebdon, ¶18
    # Questions
    # "The new slipper baths in Canal Street opened on Monday 6 March, and 212 bathers paid their fourpence on the
    # first day" ¶6
    Query("how many bathers paid their fourpence on the first day at the slipper baths?", "8abff935", "question"),
    # "We cut the beds by hand from 1 November to the end of February and welcome volunteers" ¶17
    Query("when do volunteers cut the Tollymoor willow beds?", "e8668453", "question"),
    # "It began on 15 December with 186 days and ends, today, at zero." ¶16
    Query("how many days did Judith's countdown chart start with?", "1f951e28", "question"),
    # "The lake covers 2.3 hectares and was dug out of a former clay pit" ¶22 (the 1988 cutting, 56c8f9a7, gives no
    # size)
    Query("how big is Gadbury's boating lake?", "23cfaa00", "question"),
    # "All public footpaths … remain closed because of foot-and-mouth disease, and the Lynstowe Spring Show … has been
    # cancelled" ¶11
    Query("why was the Lynstowe Spring Show cancelled?", "da6929b4", "question"),
    # "has been stocked with twenty boats from a yard in Lowestoft" ¶5
    Query("where did the twenty boats on Peel Park lake come from?", "56c8f9a7", "question"),
    # "Gadbury Velo Club, founded by nine young men at the Red Lion on 6 July 1895" ¶11
    Query("how many young men founded the Velo Club at the Red Lion?", "560ef4c7", "question"),
    # "Term ends at 2pm on Friday 17 December" ¶8
    Query("when does the Sloeford term end before Christmas?", "2c3d1c41", "question"),
    # Topics
    # "All public footpaths in the parish remain closed because of foot-and-mouth disease" ¶11; "A meeting for farmers
    # and footpath users will be held at the Corn Hall" ¶13 (the Corn Hall is also 69fc7631's, ¶17)
    Query("foot-and-mouth parish footpaths Corn Hall farmers meeting", "da6929b4", "topic"),
    # "On Wednesday 18 July 1934 King George V and Queen Mary opened the Mersey Tunnel … a souvenir page with a
    # photograph of the royal car" ¶5
    Query("Mersey Tunnel 1934 royal car souvenir page", "3c2919d0", "topic"),
    # "the Gravelly Hill Interchange, known to everyone as Spaghetti Junction, opened to traffic on Wednesday 24 May
    # 1972" ¶3
    Query("Spaghetti Junction opened to traffic 24 May 1972", "57d326d8", "topic"),
    # "Gadbury Velo Club … is a hundred years old today" ¶11; "The centenary ride, over the same course" ¶12
    Query("Gadbury Velo Club centenary ride", "560ef4c7", "topic"),
    # "The rebuilt children's floor of Gadbury Library opened on Monday 8 October" ¶17
    Query("Gadbury Library rebuilt children's floor", "8c64d06b", "topic"),
    # "The scrapbook begins earlier. Its first page is a cutting about Hungary's Olympic football gold, won in
    # Helsinki" ¶12
    Query("Hungary Olympic football gold Helsinki scrapbook", "b9014597", "topic"),
    # "BAND PLAYS ON FOR 150 YEARS" ¶16; "Lynstowe Town Band was founded … it will play an anniversary concert" ¶17
    Query("Lynstowe Town Band 150 years anniversary concert", "69fc7631", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Kerensa Polglaze is the town band's bandmaster (69fc7631 ¶18); the carnival procession is in the first cutting of
    # the same digest (097ff43b ¶6), which names no one on it
    "Kerensa Polglaze carnival procession",
    # Sunita Bhogal is Gadbury's librarian (8c64d06b ¶18); the boating lake is 23cfaa00's and 56c8f9a7's
    "Sunita Bhogal boating lake",
    # Reg Halstow is the Velo Club's oldest member (560ef4c7 ¶12); the Peel Park regattas are the lake's (23cfaa00 ¶13,
    # 56c8f9a7 ¶6)
    "Reg Halstow Peel Park regatta",
    # Clifford Orpwood chairs the Tamsley Motor Heritage Club (57d326d8 ¶5); the Mersey Tunnel is Birkhaven's (3c2919d0)
    "Clifford Orpwood Mersey Tunnel",
    # Judith Mabbott writes the Ashbeck blog (1f951e28); the heronry film is Tobias Quilliam's, at Ludwell (c41a0a4e ¶8)
    "Judith Mabbott Ludwell heronry",
    # Dr Nerys Kinsella lectures on the Mersey Tunnel (3c2919d0 ¶10); Spaghetti Junction is Tamsley's (57d326d8)
    "Nerys Kinsella Spaghetti Junction",
    # Margery Sowden is the bird club's secretary (c41a0a4e ¶18, ¶20); the willow baskets are Tollymoor's (e8668453)
    "Margery Sowden willow baskets",
    # Horace Ebdon is Frithwell's Wembley fan (b9014597); the Merseyside Syncopators play Birkhaven's dance
    # (3c2919d0 ¶12)
    "Horace Ebdon Merseyside Syncopators",
    # Mrs Lilian Pruett is Sloeford's oldest past pupil (2c3d1c41 ¶10); the Ambrington Ladies' Choir is Rosina
    # Hartopp's (6a195f25)
    "Lilian Pruett Ambrington Ladies' Choir",
    # Alison Dunnage cuts the boating lake's cake (23cfaa00 ¶12); the Velo Club dinner is at the Corn Exchange
    # (560ef4c7 ¶12), with no guest named
    "Alison Dunnage Velo Club dinner",
    # Keith Fowler sells car telephones (097ff43b ¶5); the foot-and-mouth meeting at the Corn Hall is the next cutting's
    # (da6929b4 ¶13), which names no one
    "Keith Fowler foot-and-mouth meeting",
    # Eric Ledsham's diary is of the tunnel opening of 1934 (3c2919d0 ¶18); Wembley 1953 is Frithwell's (b9014597)
    "Eric Ledsham Wembley 1953 match",
    # "Hidegkuti scored in the first minute. By half-time it was 4–2" (b9014597 ¶6); no other scorer is named
    "who scored Hungary's other goals at Wembley in 1953?",
    # "Its first recorded race, to Fenny Cross and back, was run on 3 August 1895 and won on a borrowed machine"
    # (560ef4c7 ¶11); the winner is not named
    "who won Gadbury Velo Club's first race to Fenny Cross?",
    # "A lecture on 'The Electric Light' will be given at the Institute on Wednesday 10 March" (8abff935 ¶19); no hour
    # (Birkhaven's lecture, 3c2919d0 ¶10, has none either)
    "what time does the lecture on The Electric Light begin?",
    # "The band's history, written by its oldest member, will be on sale in the autumn" (69fc7631 ¶19); unnamed (the
    # Velo Club's oldest member, Reg Halstow, 560ef4c7 ¶12, is another club's)
    "name of the oldest member writing the Lynstowe band's history",
    # "the first page of the old log book, in the first headmaster's hand" (2c3d1c41 ¶12); the first headmaster is not
    # named (R. J. Musgrove is today's headteacher, ¶19)
    "who was Sloeford School's first headmaster?",
    # "from a tape lent by a collector in Luton" (b9014597 ¶14); the collector is not named
    "which collector in Luton lent the tape of the Wembley match?",
    # "The club holiday to Mull runs from Saturday 2 June to Saturday 9 June" (c41a0a4e ¶16): no hotel; "staying at
    # the Crown" is the Titchwell weekend (¶10)
    "which hotel does the Ludwell Bird Club stay at on Mull?",
    # "the club's film evenings run from 2 to 13 June in the library annexe" (57d326d8 ¶9); no price ("Dinner tickets,
    # £14", ¶19, are the annual dinner's)
    "how much does the Tamsley club's film evening cost?",
    # "The Townsman's spelling bee for schools will now be held on Monday 9 March and Thursday 12 March" (8abff935
    # ¶11); no winner
    "who won the Townsman's spelling bee?",
    # "a great-grandson, born on New Year's Day, whose christening she attended in a wheelchair" (6a195f25 ¶14);
    # unnamed
    "what was the name of Rosina Hartopp's great-grandson?",
    # "welcome volunteers with sharp secateurs and warm socks" (e8668453 ¶17); no number
    "how many harvest volunteers came to Tollymoor last winter?",
    # "then the longest underwater road tunnel in the world" (3c2919d0 ¶5); no length ("Under the River" is a trail, ¶8)
    "how many metres long is the Mersey road tunnel under the river?",
    # Birkenhead is not in the corpus; the tunnel's 75th anniversary week is Birkhaven's (3c2919d0)
    "Birkenhead tunnel 75th anniversary week of events",
    # Ludlow is not in the corpus (3+ edits from Ludwell, whose bird club sends the spring newsletter, c41a0a4e)
    "Ludlow bird club spring newsletter",
    # Tamworth is not in the corpus; the Spaghetti Junction anniversary is Tamsley's (57d326d8)
    "Tamworth Spaghetti Junction anniversary",
    # Shrewsbury is not in the corpus; the willow weaving days are Tollymoor's (e8668453)
    "Shrewsbury willow weaving days",
    # Lindfield is not in the corpus; the hundred-year-old club is the Gadbury Velo Club (560ef4c7)
    "Lindfield cycling club hundred years",
    # "льноводку Прасковью Гуреву сфотографировали у павильона" (f3df08a9 ¶7); no photographer
    "кто сфотографировал Прасковью Гуреву у павильона?",
    # "Делегация колхоза выехала из Комарецка 29 июля" (f3df08a9 ¶7); no number of delegates
    "сколько человек было в делегации колхоза «Рассвет»?",
    # "La final será el domingo 26 a las 17 horas" (4f406668 ¶13): not played yet, no winner
    "¿qué equipo de Las Tunas Viejas ganó la final del Pelusa?",
    # "después de un vuelo con tres escalas" (4f406668 ¶7); no price
    "¿cuánto costó el vuelo de Anacleto a México?",
    # 镇上有十二位年轻人报名当了赛道志愿者，其中就有……周立新 (803e08a6 ¶7); his age is not given
    "周立新 当年 多大年纪",
    # 俱乐部还将在镇中心广场举行遥控赛车比赛 (803e08a6 ¶11); no winner, no prize
    "遥控赛车比赛 冠军 奖品",
    # 珠海 (Zhuhai) is not in the corpus; the twentieth anniversary is of the Shanghai circuit's first Grand Prix
    # (803e08a6 ¶5)
    "珠海 赛车场 二十周年",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind124/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
