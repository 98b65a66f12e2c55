"""A hundred-and-second lookup query set, for tuning ranking (written in the fifty-first session): a TUNING
set, not a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (as in
tests/queries_blind56.py: the search may be tuned on it, and once used for tuning, a score on it is
in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind101.py and tests/queries_blind103.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, Discord/Telegram mentions and zero-width spaces
  and a few stop words left out, once more with question words also left out) with every one of the
  some 13,600 earlier queries, and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: some nine in ten first drafts were near-copies, so most seed queries here join two or
  three passages or names of one article that no earlier query joined, use a romanisation no earlier
  query used (Wade-Giles), or pair a seed name with a subject of another seed article (unanswerable).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind114/docs, copied as ONE
  corpus into a subfolder blind114/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into three articles each (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Wade-Giles for pinyin, Latin
letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3, spanish
2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the
real words), typo 3 + 3 (1–2 edits a word), name 3 + 2, phrase 2 + 3, question 3 + 4, topic 4 + 3:
37 + 48 answerable, and 20 + 32 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
won a cup, captained an airship, commanded a Zeppelin, designed a swimming bath or opened a metro; when
a group was founded, a man died or became prime minister; how many people heard a reading, how old
someone is or was; what a ticket, a trip, a badge or a wine cellar cost; which hotel; what a
great-grandson or a wife was called; what time a supper starts or a train arrived); a place the corpus
does not hold but spelled close to one it does (two or more edits from anything real in it); Russian,
Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in another script for
some of the seeds' ones), and every article holding those words was read to confirm that none answers
the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets; in the new documents, whose blank lines only set off
a title or a list, each line) holds all of the query's words. For word-form queries it checked that
the form the query uses is not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind114/docs/* into ONE temporary
# corpus folder under the subfolder blind114/: files are then "blind114/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind114/docs",)
NEWDOCS_SUBDIRS = ("blind114",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "d23f5e70": "ASHMERE HEATH CODY CENTENARY WEEK",
    "c294f199": "THE CARTOUCHE AND QUILL",
    "4c654bab": "COTTENHOE AND CARDINGTON VILLAGER",
    "8ea4347c": "OBITUARY",
    "adff2bff": "GORSEY INTAKE COMMUNITY ORCHARD",
    "46925e3e": "HALSINGMOOR MODEL BOAT CLUB",
    "f688bbe3": "HOLKENHAM MERCURY",
    # en_kettlewold_courier_cinema_digest.txt, split by the loader: 1896/1986 (¶4–8), 2003 (¶11–14), 2019
    # (¶17–21); the "* * *" rules (¶9, ¶15) come out as articles of their own (8461a3da, 8461a3da-2) and the
    # header (¶1–3) and datelines (¶10, ¶16) belong to none of them
    "18bfd794": "NINETY YEARS OF PICTURES",
    "da120195": "REGAL TO CLOSE",
    "d5c16acd": "PICTURES RETURN TO BRIDGE STREET",
    "8bb9fbc7": "SCARNFORD TOWN COUNCIL",
    # en_scarnford_standard_digest.txt, split by the loader: 1988 (¶4–6), 1992 (¶9–12), the tunnel (¶15–19);
    # the "* * *" rules (¶7, ¶13) come out as articles of their own (47702144, 47702144-2) and the header
    # (¶1–3) and datelines (¶8, ¶14) belong to none of them
    "55f4f134": "FRENCH MAYOR TO VISIT",
    "ec1453d8": "TWINNED AT LAST",
    "0a678ed2": "TUNNEL MAN'S GRANDSON REMEMBERS",
    "215b609b": "SKELBY LANE PRIMARY SCHOOL",
    "b7e8a4b0": "THORNSETT HILL GAZETTE",
    "abdf3d6e": "EL ECO DE TORRELLADÓ",
    "d8348c26": "ЗАЙЦЕГОРСКИЙ ВЕСТНИК",
    "b0cfa244": "柳汀镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the North East Anti-Japanese United Army (Noraa), a group of Chinese guerrilla fighters" line 3; "the
    # Korean city of Wonsan … the 'Patriots' military-patriotic park" line 7
    Query("Wonsan Patriots park Noraa guerrilla fighters", "097182f6", "cross-paragraph"),
    # "which originally appeared in the Morning Star, … on London's Southbank until October 8" ¶111; "the author
    # of a booklet on the life of Claudia Jones" ¶123
    Query("Claudia Jones booklet Morning Star Southbank October 8", "ccf1d4fa", "cross-paragraph"),
    # "a solemn and lively atmosphere" ¶89; "Mao Zedong and Fidel Castro Ruz" ¶93; "life sciences,
    # biomedicine, food production" ¶105 (20f574be ¶167 has Fidel Castro only)
    Query("Fidel Castro Ruz biomedicine food production lively atmosphere", "d807680a", "cross-paragraph"),
    # "Defence Minister Vladimir Padrino" ¶33/53; "the sculpture also represents … the firm determination" ¶47;
    # "this criminal, colonial, savage war" ¶57
    Query("Padrino sculpture firm determination criminal colonial savage war", "f78fdcd6", "cross-paragraph"),
    # "Prime Minister Fico said … to witness this grand event in person" ¶19; "Denis Sassou Nguesso" ¶23;
    # "assuming the role of African co-chair of the Forum on China-Africa Cooperation (FOCAC)" ¶27
    Query("Sassou Nguesso African co-chair FOCAC Fico grand event in person", "faecd2e1", "cross-paragraph"),
    # Word forms: the text has another form
    # "la delegación presenció de primera mano el poder del socialismo" ¶301 (presenció → presenciando);
    # Yan'an ¶307/315, Dunhuang ¶307/325 (6710eba1 has them in English, without the Spanish words)
    Query("la delegación presenciando el socialismo en Yan'an y Dunhuang", "dde32893", "word-form"),
    # "Noticiero ¡Lucha y Resiste! se sentó con Sydney Loving, … que recientemente regresó de una visita de diez
    # días" ¶301 (se sentó → se sienta)
    Query("Noticiero se sienta con Sydney Loving tras la visita de diez días", "dde32893", "word-form"),
    # "I would like to thank … the government and people of Venezuela … for this great global victory" ¶45
    # (thank → thanking); Lan Hu ¶33/43/53, "the Venezuelan people" ¶43
    Query("Lan Hu thanking the Venezuelan people for this great global victory", "f78fdcd6", "word-form"),
    # "accompanied by … Vice President Delcy Rodríguez and Defence Minister Vladimir Padrino" ¶33/53; "originally
    # published in Spanish by Telesur" ¶49 (accompanied → accompanying, published → publishing)
    Query("Padrino and Rodríguez accompanying Maduro, Telesur publishing it in Spanish", "f78fdcd6", "word-form"),
    # Another script or romanisation
    # "En Jiayuguan, visitamos JISCO" ¶335: Jiayuguan in Wade-Giles
    Query("Chiayukuan JISCO", "dde32893", "translit"),
    # "greeted at Beijing Railway Station by Cai Qi, … Wang Yi, … Yin Yong, Mayor of Beijing" ¶221, in Wade-Giles
    Query("Ts'ai Ch'i Wang I Yin Yung", "eca32116", "translit"),
    # "headmaster of the Shandan Bailie School" ¶483 (and ¶501): Shandan in Wade-Giles
    Query("Shan-tan Bailie School", "ac7222d4", "translit"),
    # "Chen Weihua (Former EU bureau chief of China Daily)" ¶364, in Wade-Giles
    Query("Ch'en Wei-hua China Daily", "d89fdf72", "translit"),
    # Yan'an ¶535/557, "Discussions at Fudan University" ¶541, Dunhuang ¶537/539, in Wade-Giles (dde32893 has
    # Yan'an and Dunhuang, not Fudan)
    Query("Yenan Fu-tan Tunhuang", "6710eba1", "translit"),
    # Russian (names written in Cyrillic)
    # "Liu Qibao" line 4–14; "State Duma's Deputy Speaker in Khabarovsk" line 6
    Query("Лю Цибао, Хабаровск и Госдума", "054ef6fb", "russian"),
    # "a Colonel Younghusband … the 1905 British invasion aimed at separating Xizang (Tibet)" ¶521; "J.R.
    # Campbell demanded a Japanese withdrawal" ¶525
    Query("Юнхазбенд, Тибет и Кэмпбелл", "ac7222d4", "russian"),
    # Spanish
    # "Las calles están limpias, caminables" ¶323; "los aeropuertos donde solo te paras frente a una cámara y te
    # muestra toda la información de tu puerta de embarque" ¶329
    Query(
        "las calles limpias y los aeropuertos con una cámara que muestra tu puerta de embarque", "dde32893", "spanish"
    ),
    # "la bodega de vino techada más grande de Asia … un centro de control con IA para una red eléctrica
    # inteligente que ayuda a reducir la producción de carbón" ¶335
    Query("la bodega techada y la red eléctrica inteligente que ayuda a reducir el carbón", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Consulate-General in the Scottish capital Edinburgh" ¶273 and ¶287; "the Xinhua News Agency" ¶283/287
    Query("爱丁堡 新华社", "7ab1f62c", "chinese"),
    # "the Yasukuni Shrine" line 41; "the Nuremberg and Tokyo Trials" line 39 (ccf1d4fa ¶125 has "the actual
    # Nuremberg Trial" only)
    Query("靖国神社 纽伦堡 东京", "b39d8185", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "according to Li Jinxian" line 1; "reported by RIA Novosti during a press conference" line 2
    Query("<#1999> Li Jinxian\u200b press conference", "097182f6", "mention-noise"),
    # "first published by Orinoco Tribune" ¶49/53; "a permanent testament to the brave victory" ¶35/55
    Query("@everyone Orinoco Tribune\u200b permanent testament", "f78fdcd6", "mention-noise"),
    # Typos (1–2 edits)
    # "the same Younghusband who had led the 1905 British invasion aimed at separating Xizang (Tibet)" ¶521
    Query("Younghusbnd Xizang", "ac7222d4", "typo"),
    # "Iranian President Masoud Pezeshkian" ¶451; "the representatives of India and Ethiopia. India was represented
    # by Foreign Minister Subrahmanyam Jaishankar" ¶451
    Query("Pezeshkain Ethiopa Jaishanker", "e065690c", "typo"),
    # the title ¶203 "Xi Jinping meets leaders from Uzbekistan, Pakistan, Turkmenistan, Iran, Malaysia and
    # Tajikistan"; "Shavkat Mirziyoyev" ¶207
    Query("Mirziyoyev Turkmenistn Tajikstan", "3a9fa4ed", "typo"),
    # Names
    Query(
        "Shehbaz Sharif Pakistani Prime Minister", "3a9fa4ed", "name"
    ),  # "Pakistani Prime Minister Shehbaz Sharif" ¶211
    # "Belarusian President Aleksandr Lukashenko" ¶263
    Query("Aleksandr Lukashenko Belarusian President", "0e5d6094", "name"),
    # "South African President Cyril Ramaphosa" ¶451, "South African President Ramaphosa said" ¶467
    Query("Cyril Ramaphosa South African President", "e065690c", "name"),
    # Phrases
    # "the largest ever gathering of the quarter century old Shanghai Cooperation Organisation (SCO)" ¶403
    Query("the quarter century old Shanghai Cooperation Organisation", "26d64f12", "phrase"),
    # "the two countries have respected and trusted each other, and benefited and learned from each other" ¶257
    Query("benefited and learned from each other", "0e5d6094", "phrase"),
    # Questions
    # "China stands ready to work with African countries to effectively carry out the ten partnership actions" ¶27
    Query("how many partnership actions will China carry out with Africa?", "faecd2e1", "question"),
    # "in Shanghai, at the site of the CPC's first congress" ¶535
    Query("where did the CPC hold its first congress?", "6710eba1", "question"),
    # "that China was the first country to wage war against fascist occupation; that in the course of 14 years of
    # war (1931-45)" ¶357 (38a7d84f ¶387 has "a bitter and heroic war of resistance for 14 years", not the webinar)
    Query(
        "how long did China's war against fascist occupation last, according to the webinar?", "d89fdf72", "question"
    ),
    # Topics
    # "we gift the Chinese people and President Xi Jinping this monument, which will be a permanent testament"
    # ¶35/55
    Query("Venezuela gift monument permanent testament", "f78fdcd6", "topic"),
    # "China now faces an even brighter prospect, and no force can stop China's development and revitalisation"
    # ¶265
    Query("Lukashenko China's development and revitalisation brighter prospect", "0e5d6094", "topic"),
    # "is grateful for China's long-term and valuable support for its economic and social development and the
    # improvement of people's livelihood" ¶209
    Query("Uzbekistan grateful for improvement of people's livelihood", "3a9fa4ed", "topic"),
    # "this year marks the 45th anniversary of … diplomatic relations between China and Zimbabwe … oppose external
    # interference and illegal sanctions, and safeguard the shared interests … Global South" ¶7
    Query("Zimbabwe 45th anniversary illegal sanctions Global South", "faecd2e1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Lan Hu is the ambassador in Caracas (f78fdcd6 ¶33–45); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Lan Hu Minyuan Stadium",
    # Rewi Alley wrote "The People have Strength" (ac7222d4 ¶495); the Nuremberg Trials are b39d8185's (line 39)
    # and ccf1d4fa's (¶125)
    "Rewi Alley Nuremberg Trials",
    # Claudia Jones (ccf1d4fa ¶123); "the Scottish Olympic champion" is Liddell (7ab1f62c ¶275/285)
    "Claudia Jones Olympic champion",
    # "Arriving in the afternoon of September 2, Kim Jong Un was greeted at Beijing Railway Station" (eca32116
    # ¶221); no time, no train
    "what time did Kim Jong Un's armoured train pull in on September 2?",
    # "la bodega de vino techada más grande de Asia" (dde32893 ¶335); no cost
    "how much did the JISCO wine cellar cost?",
    "сколько лет было Ивану Мельникову в Хабаровске?",  # Ivan Melnikov, vice chairman (054ef6fb line 6); no age
    "马杜罗 出生 年份",  # Maduro (f78fdcd6) in Chinese characters; no birth year
    "Хун Манет и чемпионат по футболу",  # Hun Manet (5a5d8582 ¶243–247); football only of Chelsea (7ab1f62c ¶291)
    # "Pakistani Prime Minister Shehbaz Sharif" (3a9fa4ed ¶211–213); no date of taking office
    "when did Shehbaz Sharif first become head of government in Islamabad?",
    # Khurelsukh (c061f0a1 ¶187/197–199) says nothing of Belt and Road (3a9fa4ed ¶213, d807680a ¶91, 9e49ddff
    # ¶433/438) or a railway (20f574be, 3a9fa4ed, eca32116)
    "Khurelsukh Belt and Road railway",
    # Igor Sergeenko, Speaker of Belarus's House of Representatives, at the Hanoi ceremony (20f574be ¶157); the
    # Dunhuang solar plant is the delegation's (dde32893 ¶335, 6710eba1 ¶539)
    "Igor Sergeenko Dunhuang solar",
    # the BRICS virtual summit "was convened and chaired by … Lula" (e065690c ¶451); Sergeenko is not in it
    "Sergeenko BRICS Lula convened",
    # "En Xi'an fuimos a unos sitios históricos antiguos, y los generales de terracota" (dde32893 ¶313); no price
    "¿cuánto costó la entrada al museo de terracota de Xi'an para la delegación?",
    "刘奇葆 妻子 名字",  # Liu Qibao (054ef6fb) in Chinese characters; no wife
    # Xi met Khurelsukh "on the morning of September 2" (c061f0a1 ¶187); no time, no Great Hall (that is Díaz-Canel's,
    # d807680a ¶85, Kim Jong Un's, eca32116 ¶223, and the lunch's, 38a7d84f ¶385)
    "what time did the Mongolian president arrive at the Great Hall?",
    # Zhao Leji went to Hanoi (362ba691 ¶65–75, 20f574be ¶156); the Orinoco Tribune reported Caracas (f78fdcd6 ¶49/53)
    "Zhao Leji Orinoco Tribune",
    # Ken Hammond is a webinar speaker (d89fdf72 ¶363); mining is Zimbabwe's (faecd2e1 ¶9) and Pakistan's (3a9fa4ed
    # ¶211)
    "Ken Hammond Zimbabwe mining",
    # Norman Bethune (7ab1f62c ¶275); the Caracas monument (f78fdcd6)
    "Norman Bethune Caracas monument",
    # Wang Yi greeted Kim Jong Un (eca32116 ¶221); "Ocean Devil" is MacManus's biography of Hogg (ac7222d4 ¶489)
    "Wang Yi Ocean Devil",
    # Dandong is not in the corpus (3 edits from Dunhuang); the delegation went to Gansu (dde32893 ¶333, 6710eba1
    # ¶549), to Dunhuang and Jiayuguan
    "Dandong Gansu province delegation",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph (the new documents' lines; their blank lines only set off a title or a list)
    # "man-lifting kites built to Cody's design by the Kettering Kite Fliers" ¶10; "centenary dinner, Ashmere
    # Heath Golf Club" ¶14; "with the original propeller on loan" ¶17
    Query("Kettering Kite Fliers propeller on loan golf club dinner", "d23f5e70", "cross-paragraph"),
    # "her grandson, Clive Pilbeam, read from it" ¶7; "members of the Airship Heritage group will fly a small model
    # inside the school hall" ¶15
    Query("Clive Pilbeam Airship Heritage model school hall", "4c654bab", "cross-paragraph"),
    # "to work behind the counter of Tapsell and Cobbold's" ¶5; "sold the business to … Vera Platt" ¶8; "made the
    # residents' lounge curtains" ¶12
    Query("Tapsell and Cobbold's Vera Platt residents' lounge curtains", "8ea4347c", "cross-paragraph"),
    # "every child will take home a centenary mug" ¶8; "Mrs Annie Pocklington, who will be 96" ¶13; "should reach
    # Mr Gadsby" ¶16
    Query("Annie Pocklington centenary mug Mr Gadsby", "215b609b", "cross-paragraph"),
    # "Horace Merridew was a fireman" ¶8 (and ¶12); "the brass nozzle his father brought home" ¶11; "at the top of
    # Anerley Steps" ¶14
    Query("Horace Merridew brass nozzle Anerley Steps", "b7e8a4b0", "cross-paragraph"),
    # "Кудрявцев" ¶8/10; "конкурс рисунка «Мой Волк»" ¶13; "детская студия мультипликации" ¶18
    Query("Кудрявцев конкурс рисунка «Мой Волк» студия мультипликации", "d8348c26", "cross-paragraph"),
    # Word forms
    # "She married Clifford Cardew, a signalman, at St Wilfrid's" ¶6 (married → marrying)
    Query("Evelyn marrying a signalman at St Wilfrid's", "8ea4347c", "word-form"),
    # "he ran into his brother's office, shouted "Je tiens l'affaire!" … and collapsed" ¶10 (shouted → shouts,
    # collapsed → collapses)
    Query("Champollion shouts Je tiens l'affaire and collapses", "c294f199", "word-form"),
    # "The airship slipped her mast at Cardington" ¶5 (slipped → slipping)
    Query("R101 slipping her mast at Cardington", "4c654bab", "word-form"),
    # "by the chairman of the county council, who swam the first length in a borrowed costume" ¶14 (swam → swims,
    # irregular)
    Query("county council chairman swims the first length", "f688bbe3", "word-form"),
    Query("Папанов озвучивает Волка", "d8348c26", "word-form"),  # "Волка озвучил Анатолий Папанов" ¶7
    # "uno de los hombres que excavaron aquel túnel era de aquí: Josep Vilaró i Puig, picador" ¶7 (excavaron →
    # excavó)
    Query("el picador que excavó el túnel del metro", "abdf3d6e", "word-form"),
    # Another script or romanisation
    Query("Самуэль Франклин Коди", "d23f5e70", "translit"),  # "Samuel Franklin Cody" ¶5 in Cyrillic
    Query("商博良", "c294f199", "translit"),  # "Jean-François Champollion" ¶9 as Chinese writes him
    # "Режиссёр Вячеслав Котёночкин … Зайца — Клара Румянова" ¶7 in Latin letters
    Query("Vyacheslav Kotyonochkin Klara Rumyanova", "d8348c26", "translit"),
    Query("Gu Xiuying", "b0cfa244", "translit"),  # 顾秀英 ¶8/11/17 in pinyin
    # accents dropped: "Josep Vilaró i Puig" ¶7; "EL ECO DE TORRELLADÓ" ¶1
    Query("Josep Vilaro i Puig Torrellado", "abdf3d6e", "translit"),
    # "The mayor of Saint-Véran-sur-Lisse, Monsieur Henri Lebrun" ¶5 in Cyrillic
    Query("Анри Лебрен", "55f4f134", "translit"),
    # "Sidney Gedge, 88, of Ferry Lane" ¶16 (and ¶17–18) in Cyrillic
    Query("Сидни Гедж", "0a678ed2", "translit"),
    # "slipped her mast at Cardington" ¶5 (and the title ¶1); "on a hillside near Beauvais" ¶4, in Cyrillic
    Query("Кардингтон и Бове", "4c654bab", "translit"),
    Query("Liuting zhen bao", "b0cfa244", "translit"),  # the title 柳汀镇报 ¶1 in pinyin
    # Russian
    # "забег в костюмах зайцев для детей до десяти лет" ¶13
    Query("забег в костюмах зайцев", "d8348c26", "russian"),
    # "С 15 по 21 июня в фойе «Зари» открыта выставка рисунков, кукол и старых афиш" ¶14
    Query("выставка кукол в фойе «Зари»", "d8348c26", "russian"),
    Query("юбилейные значки в кассе кинотеатра", "d8348c26", "russian"),  # "Юбилейные значки можно купить в кассе" ¶16
    # Spanish
    # "conserva la libreta en la que Josep apuntaba sus jornales" ¶8
    Query("la libreta en la que apuntaba sus jornales", "abdf3d6e", "spanish"),
    # "saldrá un autobús desde la plaza Mayor a las 10 de la mañana" ¶13
    Query("autobús desde la plaza Mayor", "abdf3d6e", "spanish"),
    # "«Mi abuelo decía que bajo tierra no se sabía si era de día o de noche»" ¶17
    Query("bajo tierra no se sabía si era de día o de noche", "abdf3d6e", "spanish"),
    # Chinese
    # 去年4月18日，镇里举办了第一届"浦东记忆"老照片征集活动，共收到照片两千三百多张 ¶13
    Query("第一届 浦东记忆 两千三百多张", "b0cfa244", "chinese"),
    Query("合资工厂 奠基", "b0cfa244", "chinese"),  # 柳汀第一家中外合资工厂奠基 ¶10
    Query("黄浦江渡口 砂石路", "b0cfa244", "chinese"),  # 全镇只有一条通往黄浦江渡口的砂石路 ¶7
    # Mentions and zero-width spaces
    # "ring the orchard warden, Gwen Hartopp" ¶20 (and ¶12)
    Query("<@2207> Gwen Hartopp\u200b orchard warden", "adff2bff", "mention-noise"),
    # "The clubhouse key is now kept by Rhona Tebbutt" ¶23
    Query("@everyone Rhona Tebbutt\u200b clubhouse key", "46925e3e", "mention-noise"),
    # "Constable Reuben Ashling saw the Zeppelin pass over the church tower" ¶9
    Query("<#88> Reuben Ashling\u200b Zeppelin", "f688bbe3", "mention-noise"),
    # Typos
    Query("Halsingmore Model Boat Club", "46925e3e", "typo"),  # "HALSINGMOOR MODEL BOAT CLUB" ¶1 (2 edits)
    Query("Gorsy Intake comunity orchard", "adff2bff", "typo"),  # "GORSEY INTAKE COMMUNITY ORCHARD" ¶1
    Query("Thornset Hill Gazete", "b7e8a4b0", "typo"),  # "THORNSETT HILL GAZETTE" ¶1
    # Names
    Query("Cedric Threlfall", "18bfd794", "name"),  # "The manager, Cedric Threlfall" ¶8
    Query("Beatrice Farrant", "d23f5e70", "name"),  # "an illustrated talk by Dr Beatrice Farrant" ¶11
    # Phrases
    # "as she liked to say, "everything a town needs that nobody thinks about"" ¶7
    Query("everything a town needs that nobody thinks about", "8ea4347c", "phrase"),
    # "saw the Zeppelin pass over the church tower "lit by the moon, as long as the street"" ¶9 (4c654bab ¶8 has
    # "She was lit up like a street", another line)
    Query("lit by the moon, as long as the street", "f688bbe3", "phrase"),
    # ""You could read a newspaper by it in Thornsett Road."" ¶9
    Query("read a newspaper by it in Thornsett Road", "b7e8a4b0", "phrase"),
    # Questions
    # "Samuel Franklin Cody flew British Army Aeroplane No 1 for about 1,400 feet" ¶5
    Query("how far did Cody fly British Army Aeroplane No 1?", "d23f5e70", "question"),
    # "Forty-eight of the fifty-four people on board died" ¶5
    Query("how many of the fifty-four people on board R101 died?", "4c654bab", "question"),
    # "The projectionist, Ray Liddicoat, has worked there since 2 January 1967" ¶13 (d5c16acd ¶19 has him "now
    # 74", switching off in 2003)
    Query("how long has Ray Liddicoat worked at the Rialto?", "da120195", "question"),
    # "Each day costs £12, which includes a rootstock to take home" ¶18
    Query("how much does a grafting day cost at Gorsey Intake?", "adff2bff", "question"),
    # Topics
    # "FIFTY YEARS SINCE THE PALACE BURNED" ¶4; "the Crystal Palace … burned to the ground" ¶6; "the Thornsett Hill
    # Society will gather" ¶14; "the fiftieth anniversary" ¶13; "photographs of the fire" ¶18
    Query("Crystal Palace fire Thornsett Hill Society fiftieth anniversary", "b7e8a4b0", "topic"),
    # "the Prince of Wales opened the Blackwall Tunnel" ¶16; "one of the miners who worked in the compressed air
    # under the river" ¶17
    Query("Blackwall Tunnel compressed air miners", "0a678ed2", "topic"),
    # "bombs fell on Snettisham and on King's Lynn" ¶8; "the Zeppelin" ¶9
    Query("Zeppelin bombs on Snettisham and King's Lynn", "f688bbe3", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Gwen Hartopp is the Gorsey Intake orchard warden (adff2bff ¶20); the regattas are Halsingmoor's (46925e3e
    # ¶15/18)
    "Gwen Hartopp model boat regatta",
    # Cedric Threlfall manages the Rialto (18bfd794 ¶8); the Crystal Palace is Thornsett Hill's (b7e8a4b0)
    "Cedric Threlfall Crystal Palace",
    # Brenda Pennefather is Mayor of Scarnford (8bb9fbc7 ¶7/12/20); the centenary dinner is Cody's at Ashmere Heath
    # (d23f5e70 ¶14)
    "Brenda Pennefather Cody centenary dinner",
    # Horace Merridew fought the Crystal Palace fire (b7e8a4b0 ¶8–12); R101 is Cottenhoe's (4c654bab)
    "Horace Merridew R101 airship",
    # Evelyn Cardew's obituary (8ea4347c) has no swimming; the gala is Holkenham's (f688bbe3 ¶15) and the Rialto's
    # screening (d5c16acd ¶18)
    "Evelyn Cardew swimming gala",
    # Kevin Duffield is the station master of 25 years ago (f688bbe3 ¶20); the Zeppelin is of 100 years ago (¶9)
    "Kevin Duffield Zeppelin",
    # Snettisham was bombed (f688bbe3 ¶8); the swimming bath is Holkenham's, in Station Road (¶14)
    "Snettisham swimming bath",
    # Montserrat Vilaró keeps her grandfather's notebook (abdf3d6e); the Lumière films are Kettlewold's (18bfd794,
    # d5c16acd)
    "Montserrat Vilaró Lumière films",
    # "Sunday 13 May: yacht racing for the Brackenmere Cup" (46925e3e ¶16) is still to come
    "who won the yacht racing for the Brackenmere Cup?",
    # "opens on Friday 18 October with a gala screening" (d5c16acd ¶18); no price
    "how much are tickets for the Rialto gala screening?",
    # "a reunion supper on the evening of the 20th" (215b609b ¶15); no time
    "what time does the Skelby Lane reunion supper start?",
    "who was the captain of R101?",  # 4c654bab: the airship, the dead, the diary; no one of the crew is named
    # Champollion read his letter to the Académie; "Thomas Young … was in the room" (c294f199 ¶7–8); no count
    "how many people heard Champollion read his letter at the Académie?",
    # "Unveiling of the memorial stone by Cody's great-grandson at noon" (d23f5e70 ¶13); not named
    "what is Cody's great-grandson called?",
    # "Holkenham's new swimming bath in Station Road was opened on Saturday 16 January by the chairman of the county
    # council" (f688bbe3 ¶14); no architect
    "who designed Holkenham's new swimming bath?",
    # "planted … by the Gorsey Orchard Group" (adff2bff ¶4), "a registered charity run by volunteers" (¶22); no date
    # (the model boat club's founding, 1993, is 46925e3e ¶5)
    "when was the Gorsey Orchard Group founded?",
    # "Last year, on 18 September, I went to Figeac with my sister" (c294f199 ¶12); no hotel anywhere
    "which hotel did the blogger stay at in Figeac?",
    # "His sister Lilian, then twelve, kept a diary" (4c654bab ¶7); her death is not told
    "how old was Lilian Staveley when she died?",
    # "the visitors were taken on the river in the ferry Kittiwake" (ec1453d8 ¶11); no price
    "how much did the trip on the ferry Kittiwake cost?",
    # "Constable Reuben Ashling saw the Zeppelin" (f688bbe3 ¶9); no commander
    "who commanded the Zeppelin over Holkenham?",
    # Ashford is 3 edits from Ashmere, whose aviation fair is d23f5e70's (¶15/20)
    "Ashford Heath aviation fair",
    # Kettlewell is 2 edits from Kettlewold, whose picture house closed in 2003 (da120195)
    "Kettlewell Picture House closing",
    # Holkham is 2 edits from Holkenham, whose Zeppelin night is f688bbe3's (¶8–11)
    "Holkham Zeppelin raid",
    # Зайцеград is 4 edits from Зайцегорск, whose cinema celebrates «Ну, погоди!» (d8348c26)
    "Зайцеград мультфильм «Ну, погоди!»",
    # Torrelavega is 4 edits from Torrelladó, whose picador dug the Barcelona metro (abdf3d6e)
    "el metro de Torrelavega",
    # 桃园 is 2 characters from 柳汀, whose Pudong anniversary is b0cfa244's
    "桃园镇 纪念浦东开发开放三十周年",
    # "Юбилейные значки можно купить в кассе кинотеатра" (d8348c26 ¶16); no price
    "сколько стоят юбилейные значки к сорокалетию?",
    # "Фото: афиша 1969 года из архива кинотеатра «Заря»" (d8348c26 ¶21); no artist
    "кто нарисовал афишу 1969 года?",
    # Josep Vilaró i Puig, "nacido en la calle del Molí en 1879" (abdf3d6e ¶7); his death is not told
    "¿en qué año murió Josep Vilaró?",
    # "la inauguración del Gran Metro de Barcelona … el 30 de diciembre de 1924" (abdf3d6e ¶6); no one named
    "¿quién inauguró el Gran Metro de Barcelona?",
    "顾秀英 今年 多少岁",  # 顾秀英 (b0cfa244 ¶8/11/17); no age (Montserrat's 71 is abdf3d6e ¶19)
    "柳汀 老照片展 门票多少钱",  # 老照片展4月20日至5月10日 … 开放 (b0cfa244 ¶15); no price
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind114/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
