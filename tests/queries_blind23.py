"""A twenty-third lookup query set, for tuning ranking in the ninth round: it is a TUNING set, not a
blind one (the search may be tuned on it, and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py sets; no query here is a copy or
  near-copy of a query in those files. A throwaway script compared the word set of every query
  (Latin and Cyrillic words, Chinese by character pairs, a few stop words and mention tokens left
  out) with every earlier query, while the set was being written; a query sharing more than half
  of its words with any one earlier query was replaced, as was one sharing that much with an
  earlier query of this set.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind35/docs, copied as ONE
  corpus into a subfolder blind35/ (see NEWDOCS_DIRS). Three of its files are digests that the
  loader splits into several articles (the Blaymouth seafront digest, the coastline piers digest
  and the Kelworth Gazette digest); ids are per article. The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 10
(another inflection or derivation than the text uses, both directions, irregular forms too —
fell/falling, foot/feet, lost/lose, endured/endure — in English, Russian and Spanish), translit
4 + 7 (another script or romanisation than the text: Cyrillic for Latin-script names and the
Kuomintang, Latin for Cyrillic, pinyin for Chinese characters, Wade-Giles for pinyin, accents dropped),
russian 2 + 3, spanish 2 + 3, chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 4 + 3 (1–2 edits), name 3 + 4, phrase 3 + 3,
question 4 + 4, topic 3 + 3: 45 + 55 answerable, and 12 + 16 unanswerable. Every answerable query
is answered by the documents' own words in some form, spelling or script (names may be written in
another script); none needs a translation of a common noun or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was
written from a passage of its article, and every word of it (and a stem of it, for the other
forms) was matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway
script that listed every article and paragraph holding it; those paragraphs were read to decide
which article a reader wants first (`best`) and which others are fair answers too (`also`). For
cross-paragraph queries the same script checked that no paragraph (title line included) holds all
of the query's words. The unanswerable queries share one or more words with their corpus on
purpose; every article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind35/docs/* into ONE temporary
# corpus folder under the subfolder blind35/: files are then "blind35/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind35/docs",)
NEWDOCS_SUBDIRS = ("blind35",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_blaymouth_seafront_digest.txt: three cuttings (¶3–10, ¶12–19, ¶21–28)
    "0d36bbad": "COTTAGE HOSPITAL X-RAY UNIT OPENS IN CENTENARY YEAR",
    "3848c1be": "ONE YEAR ON, THE PIER HEAD RISES AGAIN",
    "12db3a6c": "THE BOOK BOX KEEPS ON READING",
    # en_coastline_piers_digest.txt: three cuttings (¶3–8, ¶10–15, ¶17–22)
    "6143e822": "KELSEA PIER TICKET HALL REOPENS FOR EASTER",
    "3f110f68": "FIRE GUTS DERELICT WEST PIER",
    "4995c78c": "HALLAM BAY IS PIER OF THE YEAR",
    "2660a978": "Hallam Bay Pier at 100: bunting, brass and a birthday cake",
    "9374bdf0": "FROM OUR ARCHIVES",
    "51ada0f3": "HARROWBY DISTRICT COUNCIL",
    "a42da94f": "Ivy Tremlett (1921–2012): the voice of the Kelworth switchboard",
    "33d8f448": '"Number, please?" — fifty years since Kelworth',
    # en_kelworth_gazette_digest.txt: the page heading (¶1–2) and four cuttings (¶4–8, ¶10–14, ¶16–20, ¶22–25)
    "c36d4307": "KELWORTH GAZETTE — FROM OUR FILES: THE TELEPHONE IN KELWORTH",
    "57d8f4c4": "ONE MORE DIGIT FOR EVERY CALLER",
    "90942ba4": "EXCHANGE BUILDING FOR SALE",
    "7c19819e": "FLATS ON THE LINE",
    "b9cc6ad9": "RED BOX SAVES LIVES",
    "35e93084": "PENMARROW INFIRMARY 150",
    "90ce1277": "Tidelines — a blog about the Wrayness waterfront",
    "fc41ea21": "THE RED BOX TRAIL",
    "008dd07b": "FRIENDS OF ST ANSELM'S ALMSHOUSES — SUMMER NEWSLETTER",
    "201b1384": "PRESS RELEASE",
    "09a0681a": "El muelle de hierro de Puerto Alcaraz cumple 125 años",
    "b5e9c63f": "Заречинской районной больнице — 90 лет",
    "1302237d": "清河县电话大楼建成五十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # pragmatic results 001 ¶1–2; the seminar "70-Year Common Victory" ¶4; the State Duma ¶6; Lev Abramov ¶14
    Query("Duma pragmatic seminar Abramov", "054ef6fb", "cross-paragraph"),
    # "indelible historic contributions" 002 ¶7; "beautifying Nazis, militarists and their accomplices" ¶11
    Query("indelible contributions Nazis accomplices", "424ab945", "cross-paragraph"),
    # Ho Chi Minh's poem ¶63; the countercurrents of unilateralism ¶71; Ba Dinh Square in Hanoi ¶73
    # (20f574be has Hanoi ¶143 only)
    Query("poem countercurrents Hanoi", "362ba691", "cross-paragraph"),
    # real name Wong Liu Tsong ¶115; synopses on the BFI website ¶121; the Holocaust ¶125
    Query("Tsong synopses Holocaust", "ccf1d4fa", "cross-paragraph"),
    # "an awakening agony" ¶277; "the devout Christian" ¶289
    Query("awakening agony devout Christian", "7ab1f62c", "cross-paragraph"),
    # Modi's absence and "continued vacillation" ¶451; "the trade upheaval" ¶467
    Query("Modi vacillation trade upheaval", "e065690c", "cross-paragraph"),
    # illiteracy was rife in 1949 ¶555; the Kuomintang ¶557; Fudan University ¶541
    Query("illiteracy Kuomintang Fudan", "6710eba1", "cross-paragraph"),
    # "the outstanding theoretical and practical contributions" ¶97; agrotechnology ¶105; Cuba ¶83–101
    Query("theoretical contributions agrotechnology Cuba", "d807680a", "cross-paragraph"),
    # Word forms: the text has another form
    # "topping the public vote when inducted into the Scottish Sports Hall of Fame" ¶287
    Query("Liddell topped the public vote", "7ab1f62c", "word-form"),
    # "None Shall Escape the Judgement … envisages a court in Warsaw trying a Nazi" ¶125
    Query("film makers envisaging a Nazi trial", "ccf1d4fa", "word-form"),
    # "China and Russia … endured great national sacrifices" 002 ¶7; b39d8185: "suffered great losses …
    # made enormous sacrifices" 003 ¶34
    Query("China and Russia endure national sacrifices", "424ab945", "word-form", also=("b39d8185",)),
    # "China supports Armenia in joining the Shanghai Cooperation Organisation" ¶257
    Query("Armenia to join the Shanghai Cooperation Organisation", "0e5d6094", "word-form"),
    # "proclaim the member states' commitment to … refrain from hostilities" ¶433
    Query("SCO refraining from hostilities", "9e49ddff", "word-form"),
    # "he had a strong family background in pacifism" ¶493
    Query("Hogg's pacifist family", "ac7222d4", "word-form"),
    # Another script or romanisation
    Query("Yin Yung", "eca32116", "translit"),  # Wade-Giles for Yin Yong, Mayor of Beijing ¶221
    # Nhân Dân with the accents dropped ¶145/151; "international guests included" ¶151
    Query("Nhan Dan international guests", "20f574be", "translit"),
    Query("Стэмфорд Бридж", "7ab1f62c", "translit"),  # London's Stamford Bridge in Cyrillic ¶291
    # the Kuomintang (KMT) in Russian ¶557; dde32893: "el imperialismo japonés y el KMT" ¶315
    Query("Гоминьдан", "6710eba1", "translit", also=("dde32893",)),
    # Russian (names written in Cyrillic)
    Query("Чоу Юньфат", "ac7222d4", "russian"),  # Chow Yun-fat as Chen Hansheng ¶491
    Query("Делси Родригес", "f78fdcd6", "russian"),  # Vice President Delcy Rodríguez ¶33/53
    # Spanish
    Query("pelearon contra el dogmatismo", "dde32893", "spanish"),  # ¶315
    # "Lo lograron con el planeo central y la movilización en masa" ¶319
    Query("planeo central y movilización en masa", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("苏比安托 佩泽希齐扬", "e065690c", "chinese"),  # Prabowo Subianto and Masoud Pezeshkian ¶451
    Query("伊万·梅利尼科夫", "054ef6fb", "chinese"),  # Ivan Melnikov, 001 ¶6
    Query("雅库舍夫", "20f574be", "chinese"),  # Vladimir Vladimirovich Yakushev among the Hanoi guests ¶158
    # Mentions and zero-width spaces around the real words
    # "His remarks, reported by RIA Novosti during a press conference" 000 ¶2
    Query("<@!5550001> RIA Novosti press conference", "097182f6", "mention-noise"),
    # "Jenny Clegg, writing for the Society for Anglo-Chinese Understanding (SACU)" ¶513
    Query("@everyone \u200bSACU\u200b Anglo-Chinese Understanding", "ac7222d4", "mention-noise"),
    # "… Theory of Three Represents and the Scientific Outlook on Development" ¶383
    Query("<#246810> \u200bScientific Outlook on Development\u200b", "38a7d84f", "mention-noise"),
    # Typos (1–2 edits)
    Query("Vladimir Padrinno", "f78fdcd6", "typo"),  # Defence Minister Vladimir Padrino ¶33/53
    Query("Kaysone Phomvihne", "20f574be", "typo"),  # President Kaysone Phomvihane ¶167
    Query("Sihamonni", "5a5d8582", "typo"),  # King Norodom Sihamoni ¶235–241
    Query("Jiayugan", "dde32893", "typo"),  # Jiayuguan ¶307/335/345
    # Names
    # "Wang Yi, member of the Political Bureau of the CPC Central Committee and Foreign Minister" ¶221
    Query("Wang Yi foreign minister", "eca32116", "name"),
    # "Sergei Lavrov … a monument … will be erected in the 'Patriots' military-patriotic park in the Moscow
    # region" 000 ¶7
    Query("Lavrov monument Moscow region", "097182f6", "name"),
    Query("Hun Manet prime minister", "5a5d8582", "name"),  # "Cambodian Prime Minister Hun Manet" ¶243/247
    # Phrases
    Query("why should we always scheme, rob, kill?", "ccf1d4fa", "phrase"),  # Anna May Wong's words ¶119
    Query("no force can shake this unbreakable bond", "3a9fa4ed", "phrase"),  # Shehbaz ¶213
    Query("shore up regime legitimacy", "b39d8185", "phrase"),  # 003 ¶17
    # Questions
    # "he returned to Tianjin, the northern Chinese city of his birth" ¶289
    Query("which city was Liddell's birthplace?", "7ab1f62c", "question"),
    # "the 2008 publication of James MacManus's biography, 'Ocean Devil'" ¶489
    Query("who is the author of Hogg's biography?", "ac7222d4", "question"),
    # "a month-long 1,100 kilometre (700 miles) journey … to the relative safety of Gansu" ¶485
    Query("how long was Hogg's journey to Gansu?", "ac7222d4", "question"),
    # "He compared this achievement to the victory of the Soviet Red Army against Nazi Germany" ¶37
    Query("what did Maduro compare China's victory to?", "f78fdcd6", "question"),
    # Topics
    # "the principles of the Nuremberg and Tokyo Trials … atrocities committed by the Axis powers" 003 ¶39
    Query("war crimes trials and the Axis powers", "b39d8185", "topic"),
    # the lady of the title, the resistance group's leader ¶115; her words before a firing squad ¶117
    Query("resistance group leader firing squad film", "ccf1d4fa", "topic"),
    # "the valiant Scottish soldiers who fought side by side with the Chinese Expeditionary Force" ¶275
    Query("Scottish soldiers with the Chinese Expeditionary Force", "7ab1f62c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Xi Jinping Davos speech",  # Xi everywhere; no Davos
    "Lula election campaign",  # Lula (e065690c); campaign only the China Campaign Committee (ac7222d4)
    "苏联 宇航员",  # 苏联 (003 ¶20); no cosmonauts
    # generales de terracota in Xi'an (dde32893 ¶313); no tickets or prices
    "precio de entrada a los guerreros de terracota",
    "Yin Yong corruption investigation",  # Yin Yong (eca32116 ¶221) greeted Kim; no corruption
    "Shehbaz Sharif IMF loan",  # Shehbaz (3a9fa4ed); IMF (b39d8185 ¶15, reform of institutions); no loan
    "Мадуро нефть",  # Maduro (in Latin script: f78fdcd6); no oil
    "Tokayev Astana expo",  # Tokayev (26d64f12 ¶405); no Astana
    "Putin Alaska summit with Trump",  # Putin (many); Trump (e065690c ¶451, tariffs); no Alaska summit
    # Liddell died in a Japanese internment camp (7ab1f62c ¶285), unnamed; the memorial complex at a former
    # camp (054ef6fb ¶12) is near Khabarovsk
    "Weifang camp memorial",
    "Pashinyan Azerbaijan peace treaty",  # Pashinyan, Azerbaijan (0e5d6094); treaties (b39d8185, 9e49ddff)
    "Tianjin marathon",  # Tianjin (SCO articles, 7ab1f62c); no marathon
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # born Ivy Samways ¶5; married Frank Tremlett, a lineman ¶11
    Query("Ivy Samways Frank Tremlett lineman", "a42da94f", "cross-paragraph"),
    # the supervisor, Mrs Doris Kemble ¶6; "sent out for fish and chips" ¶7
    Query("Doris Kemble fish and chips", "33d8f448", "cross-paragraph"),
    # the engineer Walter Grieve ¶3; the paddle steamer Lady Hallam ¶6
    Query("Walter Grieve paddle steamer", "2660a978", "cross-paragraph"),
    # the first patient Jacob Hosken ¶7; Teddy Bear Hospital for under-8s ¶20
    Query("Jacob Hosken Teddy Bear Hospital", "35e93084", "cross-paragraph"),
    # Mrs Ada Pinnock's 100th birthday ¶25; the Westbury Handbell Ringers at the Summer Fair ¶13
    Query("Ada Pinnock handbell ringers", "008dd07b", "cross-paragraph"),
    # club captain Priya Lakhani ¶9; the first overseas tour, to Barbados ¶15
    Query("Priya Lakhani Barbados tour", "201b1384", "cross-paragraph"),
    # aground on the Holm bar in a fog ¶13; the World Cup final on a television ¶15
    Query("Holm bar fog World Cup final", "90ce1277", "cross-paragraph"),
    # Bede's Hospital Almshouses ¶4–5; scaffolding ¶12–13; the diversion via Tanyard Road ¶15
    Query("Bede's Hospital scaffolding Tanyard Road", "51ada0f3", "cross-paragraph"),
    # the tollkeeper Mr Amos Bright ¶6; the Marjorie Ward ¶10
    Query("Amos Bright Marjorie Ward", "9374bdf0", "cross-paragraph"),
    # Word forms
    # "the pier company was rebuked from the pulpit of St Cuthbert's for taking money on the Sabbath" ¶5
    Query("pier company rebuke Sabbath", "2660a978", "word-form"),
    # "moved to the directory enquiries room at Harcombe. She retired there" ¶15
    Query("Ivy Tremlett retirement Harcombe", "a42da94f", "word-form"),
    # "the old switchboard was dismantled and sent for scrap … the Kelworth Institute" ¶9
    Query("Kelworth switchboard dismantling", "33d8f448", "word-form"),
    # "now houses a defibrillator. The device was installed on 24 February" ¶24–25
    Query("defibrillator installation in a red telephone box", "b9cc6ad9", "word-form"),
    # "a section of the glass canopy fell onto the turnstiles" ¶6 (irregular: fell/falling)
    Query("Kelsea glass canopy falling on turnstiles", "6143e822", "word-form"),
    # "a quarry labourer with a crushed foot" ¶7 (irregular plural; "feet" only in 2660a978 ¶4, a length)
    Query("quarry labourer with crushed feet", "35e93084", "word-form"),
    # "against a scratch side from Oakworth … lost by nine wickets" ¶5 (irregular: lost/lose)
    Query("Thornleigh lose first match to Oakworth", "201b1384", "word-form"),
    # "на территории высадили девяносто лип" ¶13
    Query("высадка девяноста лип", "b5e9c63f", "word-form"),
    # "La estructura … fue inaugurada el 4 de agosto de 1889" ¶3
    Query("inauguración del muelle de hierro en 1889", "09a0681a", "word-form"),
    # "The town council says it will oppose any plan to demolish the building" ¶14; Kelworth Gazette ¶11
    Query("Kelworth exchange demolition plan", "90942ba4", "word-form"),
    # Another script or romanisation
    Query("Айви Тремлетт", "a42da94f", "translit"),  # Ivy Tremlett in Cyrillic ¶1/3/11
    Query("Olga Lavrentyeva", "b5e9c63f", "translit"),  # Главный врач Ольга Сергеевна Лаврентьева ¶21
    Query("Nikolai Vedeneev", "b5e9c63f", "translit"),  # Николай Петрович Веденеев, the first chief doctor ¶5
    Query("Li Xiuying", "1302237d", "translit"),  # 退休话务员李秀英 ¶11
    Query("Ch'ing-ho hsien", "1302237d", "translit"),  # Wade-Giles for 清河县 ¶1/3/16
    Query("Julian Roca alcalde", "09a0681a", "translit"),  # "el alcalde, Julián Roca" ¶17 (accent dropped)
    # Margaret Oyelaran in Cyrillic: the trust chairman quoted in 2660a978 ¶14–16; 4995c78c: the award to her ¶20
    Query("Маргарет Ойеларан", "2660a978", "translit", also=("4995c78c",)),
    # Russian
    Query("компьютерный томограф", "b5e9c63f", "russian"),  # ¶11
    Query("выставка «90 лет милосердия»", "b5e9c63f", "russian"),  # ¶19
    Query("хирургический корпус на берегу реки", "b5e9c63f", "russian"),  # ¶7
    # Spanish
    Query("temporal arrancó tramos de la pasarela", "09a0681a", "spanish"),  # ¶6
    Query("regata de barcas tradicionales", "09a0681a", "spanish"),  # ¶15
    # "alertó de la corrosión de varios pilares" ¶9 (2660a978 ¶14 has corrosion in English, no pillars)
    Query("corrosión de los pilares Autoridad Portuaria", "09a0681a", "spanish"),
    # Chinese
    Query("自动电话交换机", "1302237d", "chinese"),  # 全县第一台自动电话交换机 ¶4
    Query("人民邮电 五角星", "1302237d", "chinese"),  # 恢复了当年的红色五角星和"人民邮电" ¶9
    Query("清河通信博物馆", "1302237d", "chinese"),  # ¶14
    # Mentions and zero-width spaces
    # "opened … by the League's president, Mrs Hilda Vane" ¶8; the new X-ray unit ¶3/6
    Query("<@55501> Hilda Vane X-ray unit", "0d36bbad", "mention-noise"),
    # "books that have been left in quarantine for 72 hours" ¶26; the Book Box ¶21/28
    Query("@everyone \u200bBook Box quarantine\u200b", "12db3a6c", "mention-noise"),
    # the Pier Heritage Room's new display, "Over the Water" ¶19
    Query("<#4242> Pier Heritage Room \u200bOver the Water\u200b", "90ce1277", "mention-noise"),
    # Typos
    Query("Alderman Petifer", "2660a978", "typo"),  # the Mayor, Alderman Josiah Pettifer ¶2/9
    Query("Penmarow infirmary", "35e93084", "typo"),  # Penmarrow Infirmary ¶1/6
    Query("Thornliegh cricket", "201b1384", "typo"),  # Thornleigh Cricket Club ¶2/4
    # Names
    Query("Kerry Ballantyne", "90ce1277", "name"),  # the blog's author ¶3
    Query("Pat Lovell", "33d8f448", "name"),  # a former operator ¶7/15
    Query("Derek Mossop", "201b1384", "name"),  # the club archivist ¶14
    Query("Ron Tilbury", "9374bdf0", "name"),  # compiler of the column ¶3
    # Phrases
    Query("From Cords to Code", "33d8f448", "phrase"),  # Gareth Pryce's talk ¶13
    Query("a birthday cake the length of a tram", "2660a978", "phrase"),  # the title ¶1
    Query("decayed seamen and their widows", "9374bdf0", "phrase"),  # the Mariners' Almshouses ¶19
    # Questions
    # "Kelworth's code 0479 becomes 01479" from 1am on Sunday, 16 April ¶6
    Query("when did Kelworth's dialling code change to 01479?", "57d8f4c4", "question"),
    # "bought by the parish council for £1 eleven years ago" ¶24 (b9cc6ad9: a town council, Kelworth)
    Query("how much did Blaymouth parish council pay for the telephone box?", "12db3a6c", "question"),
    # "the Duchess of Blaymouth opened the new children's ward at Harbourside Cottage Hospital" ¶10
    Query("who opened the children's ward at Harbourside Cottage Hospital?", "9374bdf0", "question"),
    # "Sealed bids close at noon on Friday, 27 February" ¶13
    Query("when do sealed bids for the Mill Lane exchange close?", "90942ba4", "question"),
    # Topics
    # "presented at the National Piers Society dinner in London" ¶20
    Query("National Piers Society award", "4995c78c", "topic"),
    # 008dd07b: "The roof repairs to Nos. 9 to 12 were finished" ¶27; 51ada0f3: repair of the south range and
    # replacement of the roof coverings ¶6/14
    Query("almshouses roof repairs", "008dd07b", "topic", also=("51ada0f3",)),
    # seven red telephone kiosks ¶5; the trail and its guided walks ¶2/6/8–11
    Query("telephone kiosk trail walks", "fc41ea21", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Kelworth (a42da94f, 33d8f448, the Gazette digest); the exchange fire is Harbourside's Quay Street (9374bdf0 ¶14)
    "Kelworth telephone exchange fire",
    "Hallam Bay pier ghost stories",  # Hallam Bay Pier (2660a978, 4995c78c)
    "Southend pier train timetable",  # a temporary station for the pier railway (3848c1be ¶17); no times
    "Carol Tremlett wedding",  # Carol, born a year after her parents' wedding (a42da94f ¶11); no wedding of hers
    "Thornleigh cricket club membership fees",  # Thornleigh CC (201b1384); tour deposits only
    "Penmarrow Infirmary visiting hours",  # Penmarrow Infirmary (35e93084): events and tours, no visiting hours
    "Harrowby library",  # Harrowby (51ada0f3); the libraries are elsewhere (12db3a6c, 9374bdf0, 33d8f448)
    "St Anselm's almshouses waiting list",  # St Anselm's almshouses (008dd07b); subscription, no waiting list
    "Wrayness ferry fares",  # the Wrayness Pier ferry (90ce1277); no fares
    "Blaymouth beach huts",  # Blaymouth (0d36bbad, 3848c1be, 12db3a6c, 9374bdf0); no beach huts
    "Brighton Palace Pier arcade",  # Brighton's West Pier (3f110f68)
    "запись к врачу онлайн в Заречинске",  # Заречинск, врач (b5e9c63f); no appointments
    "horario de autobuses a Puerto Alcaraz",  # Puerto Alcaraz (09a0681a)
    "清河县 高铁站",  # 清河县 (1302237d); no railway
    "Kelsea Leisure Ltd share price",  # Kelsea Leisure Ltd, the pier's owners (6143e822 ¶7)
    "Kelworth Institute opening hours",  # the Institute (a42da94f, 33d8f448, b9cc6ad9): events, no hours
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind35/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
