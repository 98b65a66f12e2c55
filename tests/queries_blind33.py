"""A thirty-third lookup query set, for tuning the search in the fifteenth round: it is a TUNING set, not
a blind one (it was written to be read, and the search may be tuned on it; once used for tuning, a score
on it is in-sample). It is RICH IN UNANSWERABLE QUERIES: about two in five of its queries have no answer
in their corpus, and each of those shares one or more words with it on purpose, so the "nothing found"
cut-off is tested against partial matches rather than against words the corpus never uses.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or near-copy
  of a query in those files. A throwaway script compared the word set of every query (Latin and
  Cyrillic words, Chinese by character pairs, a few stop words left out) with every earlier query of
  every earlier set (both corpora) and with the queries before it in this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind45/docs, copied as ONE
  corpus into a subfolder blind45/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles: the Brimscar Mercury file (a heading article and three reports; the
  bracketed and dashed datelines between them fall outside every article) and the Otterhythe
  Advertiser file (three reports; its heading and its first dateline fall outside every article). The
  same near-copy check was run on these queries.

Kinds and counts (seeds + new documents). Answerable: cross-paragraph 4 + 5 (the words of the query are
in one article but no single paragraph, title line included, holds them all), word-form 5 + 7 (another
inflection or derivation than the text uses, both directions, irregular forms too — fought/fighting,
loaves/loaf, flew/flying, burned/burnt — in English, Russian and Spanish), translit 3 + 5 (another
script or romanisation than the text: Cyrillic and Chinese characters for Latin-script names, Latin for
Cyrillic, Wade-Giles for pinyin, pinyin for an older romanisation, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 3 (1–2 edits), name 2 + 3, phrase 3 + 3, question 3 + 4, topic 2 + 3:
33 + 45 answerable. Unanswerable: 20 + 30, of these kinds (seeds + new documents): a name the corpus
holds joined to a subject it never connects with that name, or with a common word from another article,
6 + 6; a question in the corpus's own words about something it does not say, 1 + 7; a place or person
the corpus does not hold but spelled close to one it does (at least two edits, mostly three or more,
from anything real in it), 4 + 4; a number or date the text does not give, 3 + 5; Russian 2 + 3 (one of
them a close-spelled place), Spanish 2 + 2, Chinese 2 + 3 (one of them a close-spelled place). Every
answerable query is answered by the documents' own words in some form, spelling or script (names may be
written in another script); none needs a translation of a common noun or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new corpus
was read in full first, and the seed articles used were read in full (the rest skimmed by title). Each
query was written from a passage of its article, and every word of it (and a stem of it, for the other
forms) was matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script
that listed every article and paragraph holding it; those paragraphs were read to decide which article
a reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (a block of lines between blank lines, and no single
line, title line included) holds all of the query's words. For the unanswerable queries, every article
holding one of their words was read to confirm that none answers the query.

The search engine was never run on these queries, and its code (bot/), adapters/, bench/ and docs/ were
not read while writing them. Article ids come from `memorial-bot articles --json` (the document loader),
run on seeds/ and on a folder built as build_newdocs_corpus builds it.
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

# The new-documents corpus is assembled by copying tests/gold/blind45/docs/* into ONE temporary
# corpus folder under the subfolder blind45/: files are then "blind45/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind45/docs",)
NEWDOCS_SUBDIRS = ("blind45",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_brimscar_mercury_digest.txt, split by the loader: the heading (¶1–2) and three reports
    "c4bec826": "LOST BRIMSCAR: THREE REPORTS FROM THE MERCURY",
    "eddc3956": "PALLADIUM GUTTED IN SATURDAY NIGHT BLAZE",
    "02debd50": "PAY RISE FOR THOUSANDS AS MINIMUM WAGE ARRIVES",
    "f0f6a4b3": "CENSUS COLLECTORS READY TO KNOCK",
    "02faacad": "The Crickholt & Welton Courier",
    "6ec2dbc4": "OBITUARIES",
    "87c40ab0": "FERROWBY LANE PRIMARY SCHOOL",
    "d688a222": "HAGWORTH FELL FARM",
    "6f319bc9": "INVERKELLAN, Monday 5 March 1990",
    "3d72f53a": "MARLHAVEN & DISTRICT HOMING SOCIETY",
    # en_otterhythe_advertiser_digest.txt, split by the loader into three reports
    "c7157749": "QUEUES AT THE BUILDING SOCIETY AFTER DAY OF TURMOIL",
    "6a1442e5": "SMOKE-FREE AT LAST",
    "65f12f7c": "REGATTA IS BACK",
    "9d249e6f": "Flickering Lights: the lost picture houses",
    "7b304d40": "QUENBY ST GILES",
    "c1587fcb": "NEWS RELEASE",
    "b324f8fe": "THE WENDHAM OBSERVER",
    "7215e28c": "Torrealba de los Llanos, 27 de octubre.",
    "5521ebf4": "Северомысск, 16 августа",
    "8ea85a0a": "青崖县体育运动学校校园简讯",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and in
# the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "countless unnamed Scottish heroes" ¶275; "Modeled after London's Stamford Bridge" ¶291
    Query("unnamed Scottish heroes Stamford Bridge", "7ab1f62c", "cross-paragraph"),
    # Ambassador Lan Hu ¶33/43/53; "this criminal, colonial, savage war of the then Japanese empire" ¶57
    Query("Lan Hu savage colonial war", "f78fdcd6", "cross-paragraph"),
    # Mirziyoyev on "China's productive presidency" ¶209; Shehbaz Sharif ¶211/213
    Query("Mirziyoyev productive presidency Shehbaz", "3a9fa4ed", "cross-paragraph"),
    # Ramaphosa, "the representatives of India and Ethiopia" ¶451; Ramaphosa's "great hardships" ¶467
    Query("Ramaphosa hardships Ethiopia representatives", "e065690c", "cross-paragraph"),
    # Word forms: the text has another form
    # "As he fought with tetanus in his last days" ¶499 (fought/fighting); "died of tetanus" ¶483
    Query("George Hogg fighting tetanus", "ac7222d4", "word-form"),
    # 002 ¶11 "this spirit of mutual assistance continues to be carried forward" (5a5d8582 ¶239/241 has
    # "mutual assistance" and "carry forward" apart, about Cambodia, not this spirit)
    Query("mutual assistance spirit carrying forward", "424ab945", "word-form"),
    # 000 ¶10 the sites as "educational resources for visitors"; memorial sites ¶1/4
    Query("memorial sites educating visitors", "097182f6", "word-form"),
    # "He also invited Comrade Miguel Díaz-Canel Bermúdez" (Thongloun) ¶165
    Query("Thongloun inviting Diaz-Canel", "20f574be", "word-form"),
    # "las estatuas de mujeres nobles estaban rollizos – porque la hambruna masiva" ¶313
    Query("estatuas rollizas hambruna masiva", "dde32893", "word-form"),
    # Another script or romanisation
    Query("Lady from Chongqing", "ccf1d4fa", "translit"),  # pinyin for the film "Lady From Chungking" ¶113/129
    Query("Сергеенко Якушев", "20f574be", "translit"),  # Igor Sergeenko ¶157, Vladimir Yakushev ¶158
    # Wade-Giles for Dunhuang: "the Dunhuang Salt Tower solar plant" ¶539; dde32893: the same plant,
    # "la planta de poder solar de sal fundido de Dunhuang" ¶335
    Query("Tun-huang Salt Tower", "6710eba1", "translit", also=("dde32893",)),
    # Russian (names written in Cyrillic)
    Query("Цай Ци, Ван И, Инь Юн", "eca32116", "russian"),  # Cai Qi, Wang Yi, Yin Yong greeted Kim ¶221
    Query("Клаудия Джонс Дэвид Хорсли", "ccf1d4fa", "russian"),  # David Horsley ¶111/123, Claudia Jones ¶123
    # Spanish
    # "En Xi'an y Dunhuang … ya que el turismo interno es tan importante, los museos…" ¶325
    Query("turismo interno en Xi'an y Dunhuang", "dde32893", "spanish"),
    # "JISCO incluso tiene una granja lechera y una vinatera" ¶335, "el desierto Gobi" ¶333/335
    Query("granja lechera y vinatera en el desierto", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("斯坦福桥 切尔西", "7ab1f62c", "chinese"),  # "London's Stamford Bridge (home of Chelsea Football Club)" ¶291
    Query("卢拉 特朗普", "e065690c", "chinese"),  # Lula and "the US Trump administration" ¶451
    # Mentions and zero-width spaces around the real words
    # "Both China and Russia emphasise sovereign equality, international rule of law" ¶191; 26d64f12 has
    # "international rule of law" with Guterres ¶409
    Query("@here \u200bsovereign equality international rule of law", "c061f0a1", "mention-noise", also=("26d64f12",)),
    # the title line ¶203 "Xi Jinping meets leaders from Uzbekistan, Pakistan, Turkmenistan, Iran, Malaysia and
    # Tajikistan"
    Query("<@&5566> Turkmenistan Tajikistan Malaysia leaders", "3a9fa4ed", "mention-noise"),
    # Typos (1–2 edits)
    Query("Jodie Evens", "d89fdf72", "typo"),  # Jodie Evans (Co-founder of Code Pink) ¶365
    Query("Yakushov", "20f574be", "typo"),  # Vladimir Vladimirovich Yakushev ¶158
    Query("Subramanyam Jaishankar", "e065690c", "typo"),  # Foreign Minister Subrahmanyam Jaishankar ¶451
    # Names
    Query("Ken Hammond Chen Weihua", "d89fdf72", "name"),  # the webinar's speakers ¶363–364
    Query("Vladimir Padrino Lan Hu", "f78fdcd6", "name"),  # Defence Minister Padrino, Ambassador Lan Hu ¶33/53
    # Phrases
    Query("people with a specialised interest in China", "ac7222d4", "phrase"),  # Arthur Clegg's CCC ¶519
    Query("the pioneering Chinese-American actor", "ccf1d4fa", "phrase"),  # ¶111
    Query("hearts must be with the people", "38a7d84f", "phrase"),  # "our hearts must be with the people" ¶395
    # Questions
    # "At noon Xi met with Slovak Prime Minister Robert Fico" ¶13; "Prime Minister Fico said … this is truly
    # impressive" ¶19
    Query("what did Robert Fico say about the commemoration?", "faecd2e1", "question"),
    # "Cuba was the first country in Latin America to build a bilateral community with a shared future with
    # China" ¶89
    Query(
        "which was the first Latin American country to build a community with China?",
        "d807680a",
        "question",
    ),
    # "no force can stop China's development and revitalisation" ¶265
    Query("what did Lukashenko say about China's development?", "0e5d6094", "question"),
    # Topics
    # 001 ¶4 "visited the Russian city from Sept. 23-27 … an international seminar"; Khabarovsk ¶6/12
    Query("Sept. 23-27 Khabarovsk seminar", "054ef6fb", "topic"),
    # "cybersecurity, nanotechnology, life sciences, biomedicine, … brain sciences" ¶105
    Query("nanotechnology biomedicine brain sciences", "d807680a", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # A question in the corpus's words: Hogg's tetanus (ac7222d4 ¶483/499) names no hospital; "hospitales"
    # (dde32893 ¶345) and "hospitality" (eca32116) are elsewhere
    "which hospital treated George Hogg's tetanus?",
    # A name joined to a subject its article never connects with it
    "Liddell wife and daughters",  # Liddell (7ab1f62c): only his missionary parents; "wife" is Peng Liyuan's (5a5d8582)
    "Fico Ukraine weapons",  # Fico (faecd2e1); Ukraine only in b39d8185 ¶17; no weapons anywhere
    "Thongloun Sisoulith hydropower dams",  # Thongloun (20f574be): the China-Laos Railway, no dams
    "Diaz-Canel blackout power grid",  # Díaz-Canel (d807680a, 20f574be); "power" (f78fdcd6, b39d8185, 6710eba1)
    "Cuba hurricane relief",  # Cuba (d807680a, 20f574be): the blockade, cooperation; no hurricane
    "Ukraine peace talks Istanbul",  # Ukraine (b39d8185 ¶17, "cross-support on issues like Taiwan, Ukraine")
    # A place or person the corpus does not hold, spelled close to one it does
    "Edinboro university",  # Edinburgh (7ab1f62c) is three edits away; universities (ac7222d4, 6710eba1)
    "Khurelbaatar budget speech",  # Khurelsukh (c061f0a1) shares only a prefix; speeches (38a7d84f, e065690c …)
    # Tianjin (many articles) is four edits away; memorial restoration plans (097182f6 ¶1/6) are in Russia
    "Tianshui memorial restoration plans",
    "Shantou special economic zone",  # Shandan (ac7222d4 ¶483/501) is three edits away
    # Numbers and dates the text does not give
    "what year did Rewi Alley die?",  # Rewi Alley (ac7222d4 ¶495): only his 1954 book
    "Khabarovsk population",  # Khabarovsk (054ef6fb ¶6/12); "population" only of BRICS (e065690c ¶459)
    "Egypt China trade volume 2024",  # Egypt–China ties (26d64f12 ¶411–413): "expand trade", no volume
    # Russian, Spanish, Chinese
    "Токаев конституционная реформа",  # Tokayev (26d64f12 ¶405): only met Xi in the evening
    "Мадуро выборы 2024",  # Maduro (f78fdcd6): the monument; no elections
    "precio de las entradas al museo de terracota en Xi'an",  # terracotta in Xi'an, museos (dde32893 ¶313/325)
    "horario de visitas de la planta solar de Dunhuang",  # the solar plant (dde32893 ¶335), no opening hours
    # Putin (424ab945, b39d8185, c061f0a1 …), North Korea (097182f6 ¶7); the treaties are China–Russia (b39d8185
    # ¶47) and the SCO's (9e49ddff ¶433)
    "普京 朝鲜 条约",
    "习近平 访问 巴西",  # Xi; Brazil chaired the virtual BRICS summit Xi attended (e065690c ¶449–451); no visit
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # Gwen Arbery ¶10; "her father towed a lorry … with the Fordson" ¶15–16, "a bottle of whisky" ¶17
    Query("Gwen Arbery Fordson whisky", "02faacad", "cross-paragraph"),
    # Doris Wainfleet ¶3/6/16; the Compton organ ¶6; the Winter Gardens ¶20/25
    Query("Wainfleet Compton organ Winter Gardens", "6ec2dbc4", "cross-paragraph"),
    # Callum Rennie ¶10; "Gold rivet." ¶15; "found the diary in a tea tin" (Mr Rennie) ¶18
    Query("Callum Rennie tea tin gold rivet", "6f319bc9", "cross-paragraph"),
    # "Carrick Head, the long one; transporter leaves on the 6th" ¶19; Ted Pardoe, Carrick Head ¶24
    Query("Ted Pardoe Carrick Head transporter", "3d72f53a", "cross-paragraph"),
    # the nativity ¶6; a time capsule ¶24; Mrs J. Okafor, Headteacher ¶27
    Query("Okafor time capsule nativity", "87c40ab0", "cross-paragraph"),
    # Word forms
    # "TWENTY YEARS AGO TONIGHT THE PALLADIUM BURNED" ¶4 (burned/burnt); eddc3956: "Fire destroyed the
    # Palladium cinema … on Saturday night" ¶5–6
    Query("the night the Palladium burnt", "9d249e6f", "word-form", also=("eddc3956",)),
    Query("towing a lorry out of a drift", "02faacad", "word-form"),  # "towed a lorry out of a drift" ¶16
    # "Scotland banned smoking in enclosed public places last year" ¶18–19
    Query("Scotland banning smoking in enclosed places", "6a1442e5", "word-form"),
    # "передала музею его вдова" ¶15, "записали её воспоминания" ¶16; Лобанову ¶8, Лобанов ¶12
    Query("воспоминания вдовы Лобанова", "5521ebf4", "word-form"),
    Query("retransmisión de una corrida", "7215e28c", "word-form"),  # "para ver una corrida retransmitida" ¶11
    # "The Co-operative Society's new bakery … baked its first loaves" ¶14 (loaves/loaf; f0f6a4b3's "old Co-op"
    # ¶25 is a building, not an answer)
    Query("the Co-op bakery's first loaf", "b324f8fe", "word-form"),
    # "Alcock and … Brown flew a converted Vickers Vimy bomber from Newfoundland to Ireland" ¶7–8 (flew/flying)
    Query("Alcock Brown flying Newfoundland", "c1587fcb", "word-form"),
    # Another script or romanisation
    # Виктору Семёновичу Лобанову ¶7–8, ледокол «Арктика» ¶3/5
    Query("Viktor Lobanov Arktika", "5521ebf4", "translit"),
    Query("Hsu Hai-feng", "8ea85a0a", "translit"),  # Wade-Giles for 许海峰 (Xu Haifeng) ¶3/5
    Query("Алкок и Браун", "c1587fcb", "translit"),  # Captain John Alcock and Lieutenant Arthur Whitten Brown ¶7
    Query("泰坦尼克", "b324f8fe", "translit"),  # "the loss of the Titanic" ¶7
    # "la primera emisión regular de Televisión Española … paseo de la Habana" ¶5–6 (accents dropped)
    Query("Television Espanola Habana", "7215e28c", "translit"),
    # Russian
    Query("выставка «Курс — полюс»", "5521ebf4", "russian"),  # "Выставка «Курс — полюс» откроется" ¶19
    Query("встреча с ветеранами атомного флота", "5521ebf4", "russian"),  # ¶20
    Query("открытка с видом ледокола", "5521ebf4", "russian"),  # "написал домой открытку с видом ледокола" ¶12
    # Spanish
    Query("noches de televisión al aire libre", "7215e28c", "spanish"),  # «noches de televisión» al aire libre ¶12–13
    Query("Casino de Labradores primer televisor", "7215e28c", "spanish"),  # "El primer televisor del pueblo" ¶9–10
    Query("libro de recuerdos fotografías", "7215e28c", "spanish"),  # fotografías ¶22, "un libro de recuerdos" ¶23
    # Chinese
    Query("射击夏令营", "8ea85a0a", "chinese"),  # "举办青少年射击夏令营" ¶17
    Query("电子靶位", "8ea85a0a", "chinese"),  # "新增了十个电子靶位" ¶19
    Query("首金记忆展室", "8ea85a0a", "chinese"),  # "开设“首金记忆”展室" ¶21 (quotation marks dropped)
    # Mentions and zero-width spaces
    Query("@everyone Quenby scarecrow trail", "7b304d40", "mention-noise"),  # Scarecrow trail ¶15; Quenby ¶1
    # "Entries for the gig races close on 6 August" ¶28–29; the Otterhythe Regatta ¶26–28
    Query("<@4455667788> \u200bgig races regatta\u200b", "65f12f7c", "mention-noise"),
    Query("<#2233445566> Hagworth bunkhouse", "d688a222", "mention-noise"),  # "two nights in the bunkhouse" ¶19
    # Typos
    Query("Marlhavn homing", "3d72f53a", "typo"),  # MARLHAVEN & DISTRICT HOMING SOCIETY ¶1
    Query("Tarington Vimy", "c1587fcb", "typo"),  # Tarrington Aviation Heritage Centre ¶2, the Vimy ¶8/15
    Query("Wainflete organist", "6ec2dbc4", "typo"),  # "Doris Wainfleet / Organist of the Regal" ¶3–4
    # Names
    Query("Colin Parr", "c7157749", "name"),  # "the branch manager, Colin Parr" ¶9
    Query("Ernest Marples", "02faacad", "name"),  # the Minister of Transport ¶5
    Query("Margaret Lowry", "b324f8fe", "name"),  # "compiled by Margaret Lowry" ¶4
    # Phrases
    Query("Eleven cars in the first hour", "02faacad", "phrase"),  # "we counted eleven cars in the first hour" ¶13
    Query("a cigar for every regular", "6a1442e5", "phrase"),  # ¶18
    Query("Across in Sixteen Hours", "c1587fcb", "phrase"),  # the gallery ¶5/12
    # Questions
    # "The building, which opened on Boxing Day 1929" ¶8; 9d249e6f: "The Palladium opened on 26 December 1929" ¶14
    Query("when did the Palladium cinema open?", "eddc3956", "question", also=("9d249e6f",)),
    # "the national minimum wage of £3.60 an hour came into force yesterday" ¶16–17
    Query("how much was the minimum wage an hour when it came into force?", "02debd50", "question"),
    # "interest rates were raised twice … and the pound left the exchange rate mechanism" ¶6–7; "Yesterday,
    # Wednesday 16 September" ¶8
    Query("what happened to the pound on Wednesday 16 September?", "c7157749", "question"),
    # "a Wendham man, the saloon steward Albert Hoyle" ¶8–9; the Titanic ¶7
    Query("who was the Wendham saloon steward on the Titanic?", "b324f8fe", "question"),
    # Topics
    Query("young bird race Wellsby", "3d72f53a", "topic"),  # "first young bird race, Wellsby" ¶21–22
    Query("Platinum Jubilee beacon", "7b304d40", "topic"),  # ¶1; "Lighting of the beacon on Gallows Knoll" ¶8
    Query("regatta restrictions lifted", "65f12f7c", "topic"),  # "With the last restrictions lifted … Regatta" ¶26
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # A name joined to a subject its article never connects with it
    "Doris Wainfleet recordings",  # her obituary (6ec2dbc4); "recordings" are the oral history's (02faacad ¶24)
    "Colin Parr retirement party",  # Colin Parr (c7157749); parties (6a1442e5 ¶18, 7b304d40 ¶23)
    "Len Hobson loft for sale",  # Len Hobson's clocks, the lofts along Quay Road (3d72f53a ¶5/27); nothing for sale
    "Mrs Arbery's wedding day",  # Mrs Arbery (02faacad ¶10/23); no wedding anywhere
    # A name joined to a common word from another article
    "Ted Pardoe RNLI lifeboat",  # Ted Pardoe (3d72f53a ¶24); a lifeboat collection (6f319bc9 ¶27)
    "Pat Cawley organ recital",  # Pat Cawley (87c40ab0 ¶22); organ recitals (6ec2dbc4 ¶20/25)
    # Questions in the corpus's own words about what it does not say
    "height of the Forth Bridge cantilevers",  # the Forth Bridge, "the north cantilever" (6f319bc9 ¶5/9)
    "how many passengers were on the Titanic?",  # the Titanic (b324f8fe ¶7); "passengers" (6f319bc9 ¶10)
    # Brimscar (c4bec826, 02debd50, f0f6a4b3): four thousand workers, a census, but no population figure
    "what is the population of Brimscar?",
    "what time does the Hagworth farm shop open?",  # "Ask at the farm shop" (d688a222 ¶21); no hours
    "who designed the Regal cinema in Orrisby?",  # the Regal (6ec2dbc4): opening and closing dates only
    "what film was showing at the Regal on its first night?",  # its first night, 21 September 1936 (6ec2dbc4 ¶12)
    "who won the Married v Single cricket match?",  # the programme (7b304d40 ¶12), before the match
    # Places the corpus does not hold, spelled close to ones it does
    "Inverkeithing heritage trail",  # Inverkellan (6f319bc9); heritage (6f319bc9, c1587fcb); trail (7b304d40)
    "Crickhollow motorway services",  # Crickholt is three edits away; the motorway (02faacad)
    "Otterburn agricultural show",  # Otterhythe is five edits away; shows (6f319bc9, 9d249e6f)
    "Wendover Town football club",  # Wendham (b324f8fe ¶18: "Wendham Town took three points") is four edits away
    # Numbers and dates the text does not give
    "how many members does the Marlhaven homing society have?",  # founder members only (3d72f53a ¶6)
    "how much did the Vickers Vimy cost?",  # the Vimy (c1587fcb ¶8); prices are the centre's (¶19)
    "how many pupils went on the Rathmere Scar residential?",  # the dates only (87c40ab0 ¶16); 94 pupils in 1966
    "what year did the Wendham Observer close?",  # the Observer turns 140 (b324f8fe ¶28); no closure
    "when was Hollow Farm sold?",  # Hollow Farm (02faacad ¶10) lost two fields; no sale
    # Russian, Spanish, Chinese
    "Североморск подводная лодка",  # Северомысск (5521ebf4) is two letters away; no submarine
    "Лобанов орден Ленина",  # Лобанов (5521ebf4): the postcard and logbook; no order
    "Анна Петровна пенсия",  # Анна Петровна, his widow (5521ebf4 ¶15–16); no pension
    "Anselmo Rivas alcalde elecciones",  # Anselmo Rivas, president of the Casino (7215e28c ¶16)
    "horario de la biblioteca municipal de Torrealba",  # Torrealba, "cineclub municipal" (7215e28c); no library
    "清河县射击队",  # 青崖县, 县射击队 (8ea85a0a ¶1/8): another county's team, two characters apart
    "巴黎奥运会 射击 金牌 得主",  # the Paris Games opened, its shooting is to begin (8ea85a0a ¶13–14); no winners
    "许海峰 教练 退休",  # 许海峰 (8ea85a0a ¶3/5); 老教练周国梁 (¶8); no retirement
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind45/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
