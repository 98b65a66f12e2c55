"""A seventieth lookup query set, for tuning ranking (written in the thirty-fifth session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind69.py and tests/queries_blind71.py, the last
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped
  and ё read as е, Chinese by character pairs, a few stop words, Discord/Telegram mentions and
  zero-width characters left out) with every one of the 9,037 earlier queries, and with the earlier
  queries of this set, while the set was being written; a query sharing more than half of its words
  with any one of them was replaced. The seeds have been queried so often that most first drafts had to be
  rewritten (of some 430 seed drafts tried, about three in four failed the check): the seed queries here join
  names or passages of one article that no earlier query joined, use the rarer words of a passage, or ask in
  longer words.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind82/docs, copied as ONE
  corpus into a subfolder blind82/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query are in
one article but no single paragraph, title line included, holds them all), word-form 4 + 6 (another
inflection or derivation than the text uses, irregular forms too, in English, Russian and Spanish),
translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and Chinese names
and titles, pinyin without tones, accents dropped), russian 2 + 3 (over the seeds, names in Cyrillic),
spanish 2 + 3, chinese 2 + 3 (over the seeds, names in Chinese characters), mention-noise 2 + 3
(Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word),
name 3 + 2, phrase 2 + 3, question 3 + 6, topic 3 + 3: 36 + 50 answerable, and 21 + 35 unanswerable. Every
answerable query is answered by the documents' own words in some form, spelling or script (names may be
written in another script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds joined to
a subject it never connects with that name (a subject of another article, twice of a sister cutting in the
same digest); a question in the corpus's own words about something it does not say (who scored, won a raffle,
designed a bridge, commanded an army or interpreted; when a smith died, a farm was founded or a station master
took office; how many people stood in Hyde Park, how many partisans lie at a camp, how many delegates or
pupils went; how old a president is; what share of a vote; what time a play or a ceremony ends; what a grant,
a ticket, an exhibition or a monument cost; which hotel, which orchestra; what parents, a father, a husband, a
sister, a patient, a jockey, a reporter or a worker were called); a place the corpus does not hold but spelled
close to one it does (two to four edits from a place in it: Yanji, Ferrisham, Holcombe, Inchmurrin,
Pellingford, Tanfield, Villafranca; Jiangyin, Кременчуг and Greymouth are further off, and 宝成铁路 is another
railway than the corpus's); Russian, Spanish and Chinese ones. Each shares one or more words with its corpus
on purpose (in another script for some of the seeds' ones), and every article holding those words was read to
confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new corpus was
read in full first, and all of seeds/ was read through again. Each query was written from a passage of its
article, and every word of it (and a stem of it, for the other forms) was matched over the whole corpus, case-
and accent-insensitively (ё as е), by a throwaway script that listed every article and line holding it; those
lines were read to decide which article a reader wants first (`best`) and which others are fair answers too
(`also`). For cross-paragraph queries the same script checked that no paragraph holds all of the query's
words: in seeds/000–003 each line, as in the earlier sets; in seeds/004 each blank-line block, title line
included; in the new documents, which have no blank lines and wrap their sentences over several lines, each
line, and every cross-paragraph query over them takes its words from two or more different sentences, at least
two lines apart. For word-form queries it checked that the form the query uses is not in the corpus (or, where
it is, in which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind82/docs/* into ONE temporary
# corpus folder under the subfolder blind82/: files are then "blind82/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind82/docs",)
NEWDOCS_SUBDIRS = ("blind82",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "a51caa4b": "Fathoms & Footnotes",
    "ebc50fc4": "OBITUARIES — THE KELLAND VALE NEWS",
    "fd43a2de": "DENHOLM CROSS ADVERTISER",
    # en_ferrisby_gazette_digest.txt, split by the loader: the header (¶1–2), the market hall fire (¶3–11), the
    # County Cup (¶12–18), the Routemaster (¶19–27); each cutting's "=====" rule and dateline belong to it
    "06d1d9ac": "FERRISBY GAZETTE — CUTTINGS DIGEST",
    "a32491aa": "MARKET HALL GUTTED BY FIRE",
    "82e09703": "TOWN LIFT THE COUNTY CUP AT LAST",
    "0dd605da": "FERRISBY MAN ON THE LAST ROUTEMASTER",
    "0bec8cb9": "FERRISBY TOWN COUNCIL — PRESS RELEASE",
    "401536d7": "GRAYMINSTER EVENING STAR — WEEKEND FEATURE",
    "4bc3f925": "HOLLOWCOMBE LAVENDER FARM",
    "f3b335ee": "OLD LACEY RACE CLUB",
    "314e4773": "THE PELLINGHAM POST",
    "270154be": "PITSFORD AND DISTRICT GUILD OF WEAVERS, SPINNERS AND DYERS",
    "d7494064": "PYKESTONE PRIMARY SCHOOL",
    # en_tansley_moor_echo_digest.txt, split by the loader: the header (¶1–2), Calgary (¶5–10), the sledge run
    # (¶13–18), the forge (¶21–26); the "-----" rules and datelines (¶3–4, ¶11–12, ¶19–20) belong to none of them
    "127af0c2": "TANSLEY MOOR ECHO — THREE FROM THE FILES",
    "225d60b6": "CRAIG FLIES THE FLAG IN CALGARY",
    "16b6b21e": "SLEDGE RUN FOR THE SCHOOL'S WINTER EXPEDITION",
    "6662839d": "MOOR'S OLD FORGE LIGHTS UP AGAIN",
    "41b51852": "EL ECO DE VILLABRERA",
    "0e597b85": "«Кремнегорский вестник»",
    "070763d3": "《雪岭日报》",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Ivan Melnikov, … State Duma's Deputy Speaker" line 6; "Liu Qibao visited the site of the former camp …
    # familiarized with the works on the construction of the memorial complex" line 12
    Query("Melnikov Deputy Speaker Liu Qibao camp construction works", "054ef6fb", "cross-paragraph"),
    # "the Global Development Initiative, Global Security Initiative, and Global Civilization Initiative" line 13;
    # "reforming institutions such as the UN, WTO, and IMF" line 15; "the Yasukuni Shrine" line 41
    Query("Yasukuni Shrine Global Civilization Initiative IMF", "b39d8185", "cross-paragraph"),
    # "President Xi Jinping and his wife Peng Liyuan met with the King" ¶237; "his state visit to Cambodia in
    # April this year, … fond memories" ¶239; "met in Tianjin with Cambodian Prime Minister Hun Manet" ¶243
    Query("Peng Liyuan fond memories April state visit Hun Manet Tianjin", "5a5d8582", "cross-paragraph"),
    # "new energy, electric vehicles, finance and seawater desalination" (Madbouly) ¶413; "peace and stability in
    # northern Myanmar" (Min Aung Hlaing) ¶419; ¶405 names both, without the rest
    Query("Min Aung Hlaing northern Myanmar Madbouly electric vehicles", "26d64f12", "cross-paragraph"),
    # "Dr. Norman Bethune" and "the Burmese battlefield" ¶275; "taught at an Anglo-Chinese college … Modeled after
    # London's Stamford Bridge" ¶291
    Query("Bethune Stamford Bridge Anglo-Chinese college Burmese battlefield", "7ab1f62c", "cross-paragraph"),
    # Word forms: the text has another form
    # "leading his pupils on a month-long 1,100 kilometre (700 miles) journey" ¶485 (leading → leads; "leads" is
    # not in seeds/, only as a noun in the new documents, "Dogs on leads")
    Query("George Hogg leads his pupils on a month-long journey", "ac7222d4", "word-form"),
    # "the Scottish Olympic champion … who passed away in a Japanese prisoner-of-war camp" ¶275; "where he taught
    # and preached, but finally died in a Japanese internment camp" ¶285 (passed → passing, preached →
    # preaching; "passing" is in the corpus too, as "their passing away" ¶277 and "the passing of a comrade" in
    # ac7222d4 ¶497)
    Query("Liddell passing away in a Japanese internment camp after preaching", "7ab1f62c", "word-form"),
    # "The summit was convened and chaired by Brazilian President Luiz Inácio Lula da Silva. Lula's initiative was
    # largely triggered by the … warfare currently being waged by the US Trump administration against many BRICS
    # members" ¶451 (convened → convening)
    Query("Lula convening BRICS members against Trump administration warfare", "e065690c", "word-form"),
    # "la entrevista concedida por Sydney Loving, … en la que reflexiona sobre sus experiencias" ¶299 (reflexiona →
    # reflexionó)
    Query("Sydney Loving reflexionó sobre sus experiencias", "dde32893", "word-form"),
    # Another script or romanisation
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien" and the troops "of China, Russia, Laos,
    # and Cambodia" ¶77, in Chinese characters
    Query("黄春战 老挝 柬埔寨", "362ba691", "translit"),
    # "Slovak Prime Minister Robert Fico" ¶13/19; "although Hungary and Bulgaria also sent senior representatives"
    # ¶21, in Chinese characters
    Query("罗伯特·菲佐 匈牙利 保加利亚", "faecd2e1", "translit"),
    # "Myanmar's Acting President Min Aung Hlaing" ¶415–419; "The China-Myanmar pauk-phaw (brotherly) friendship"
    # ¶415, in Chinese characters (胞波 is how Chinese writes pauk-phaw)
    Query("敏昂莱 缅甸 胞波", "26d64f12", "translit"),
    # accents dropped: "Miguel Díaz-Canel Bermúdez … it marked the third time Comrade Miguel Díaz-Canel Bermúdez had
    # visited the Lao PDR" ¶163; "the celebration of the 50th anniversary of the establishment of the Lao PDR"
    # ¶165 (d807680a has Díaz-Canel, not Laos)
    Query("Miguel Diaz-Canel third visit Lao PDR 50th anniversary", "20f574be", "translit"),
    # the Nhân Dân guest list: "Samdech Techo Hun Sen" ¶154, "Igor Sergeenko" ¶157, "Vladimir Vladimirovich
    # Yakushev" ¶158, in Chinese characters
    Query("洪森 谢尔盖延科 雅库舍夫", "20f574be", "translit"),
    # Russian (names written in Cyrillic)
    # the webinar's speakers: "Ken Hammond (Historian and China scholar)" ¶363; "KJ Noh (Journalist, writer and
    # educator)" ¶368
    Query("Кен Хэммонд и Кей Джей Ноу", "d89fdf72", "russian"),
    # "Lula da Silva" ¶451/463, "South African President Cyril Ramaphosa, Egyptian President Abdel Fattah El-Sisi"
    # ¶451 (Ramaphosa ¶467)
    Query("Лула, Рамафоса и Ас-Сиси", "e065690c", "russian"),
    # Spanish
    # "En Shanghái fuimos a una fábrica de robótica en donde demostraron los avances en la cirugía e industria" ¶339
    Query("una fábrica de robótica en donde demostraron los avances en la cirugía", "dde32893", "spanish"),
    # "JISCO, una empresa siderúrgica estatal alrededor de la cual los obreros construyeron la ciudad entera en los
    # años 1950s" ¶335
    Query("los obreros construyeron la ciudad entera en los años 1950s", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "his mentor, the New Zealand
    # internationalist Rewi Alley" ¶495
    Query("陈翰笙 路易·艾黎", "ac7222d4", "chinese"),
    # "a monument in the capital Caracas … Vice President Delcy Rodríguez and Defence Minister Vladimir Padrino"
    # ¶33 (and ¶53)
    Query("加拉加斯 帕德里诺 德尔西", "f78fdcd6", "chinese"),
    # Mentions and zero-width spaces around the real words
    # Anna May Wong: "We have our rigid code of behaviour, of honour" ¶119
    Query("<#42> Anna May Wong\u200b rigid code of behaviour", "ccf1d4fa", "mention-noise"),
    # "the Chinese Modernisation Forum (2025), organised by the School of Marxism, … all of Tsinghua University"
    # ¶475
    Query("@here Tsinghua\u200b Chinese Modernisation Forum School of Marxism", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    Query("Sasou Ngesso", "faecd2e1", "typo"),  # "Denis Sassou Nguesso" ¶23 (1 edit each)
    # "Belarusian President Aleksandr Lukashenko" ¶263–265; "Armenian Prime Minister Nikol Pashinyan" ¶257–259
    # (Lukashenka is the Belarusian spelling, 1 edit; Pashinian 1 edit)
    Query("Lukashenka Pashinian", "0e5d6094", "typo"),
    # "uphold the principles of the Nuremberg and Tokyo Trials, describing their rulings" line 39 (Nurenbirg 2
    # edits, Tokio 1)
    Query("Nurenbirg Tokio Trials rulings", "b39d8185", "typo"),
    # Names
    # "Ken Hammond (Historian and China scholar)" ¶363, "Jenny Clegg (Author and peace activist)" ¶366 (ac7222d4
    # ¶513 has Jenny Clegg, not Ken Hammond)
    Query("Ken Hammond Jenny Clegg", "d89fdf72", "name"),
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "Michael Lindsay, later 2nd Baron
    # Lindsay of Birker" ¶501
    Query("Chen Hansheng Michael Lindsay", "ac7222d4", "name"),
    # "Indonesian President Prabowo Subianto … the absence of Prime Minister Narendra Modi" ¶451
    Query("Prabowo Subianto Narendra Modi", "e065690c", "name"),
    # Phrases
    # "They were Scottish warriors, but also heroes of the world." ¶275
    Query("They were Scottish warriors, but also heroes of the world", "7ab1f62c", "phrase"),
    # Putin: "Our two countries and our two peoples have forged a profound friendship in that arduous war." line 11
    Query("a profound friendship in that arduous war", "424ab945", "phrase"),
    # Questions
    # "During his state visit to the United Kingdom in 2015, … in a speech in Buckingham Palace, President Xi
    # Jinping recalled how our two countries had once stood together as allies" ¶479
    Query("what year did Xi speak in Buckingham Palace about fighting as allies?", "ac7222d4", "question"),
    # "drawing more than 20 heads of state or government, along with the heads of 10 international organisations"
    # ¶427; "the Shanghai Cooperation Organisation Plus meeting" in Tianjin ¶425
    Query(
        "how many international organisations sent their heads to Tianjin for the SCO Plus meeting?",
        "9e49ddff",
        "question",
    ),
    # "a season of Anna May Wong's films, currently showing at the British Film Institute (BFI) on London's
    # Southbank until October 8" ¶111
    Query("until what date can Londoners see the Anna May Wong films at the Southbank?", "ccf1d4fa", "question"),
    # Topics
    # "signed multiple bilateral cooperation documents in such fields as Belt and Road cooperation, practical
    # cooperation, the Global Security Initiative, sub-national agricultural cooperation" ¶91
    Query("Belt and Road Global Security Initiative sub-national agricultural cooperation", "d807680a", "topic"),
    # "the elevation of bilateral relations to a China-Zimbabwe all-weather community" ¶5; "the two countries'
    # 'five-star ironclad' friendship" ¶7
    Query("China-Zimbabwe all-weather community five-star ironclad", "faecd2e1", "topic"),
    # "Li Jinxian, director of the Memorial Work Department" line 1; "the North East Anti-Japanese United Army
    # (Noraa), a group of Chinese guerrilla fighters" line 3 (Noraa also line 10)
    Query("Li Jinxian Noraa guerrilla", "097182f6", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "the first to organise a Hyde Park meeting, where on August 23 [1937], J.R. Campbell demanded a Japanese
    # withdrawal" (ac7222d4 ¶525); no count of the crowd
    "how many people stood in Hyde Park to hear J.R. Campbell demand withdrawal?",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); the Tianjin summit is the SCO's (9e49ddff, 26d64f12)
    "Radhika Desai Tianjin summit",
    # the monument in Caracas (f78fdcd6): "we gift the Chinese people … this monument" ¶35/55, "the sculpture also
    # represents" ¶47; no sum
    "what did the Venezuelan government pay for the sculpture in Caracas?",
    # "he had a strong family background in pacifism" (ac7222d4 ¶493); no parent named
    "what were the names of George Hogg's parents?",
    # Lenovo's factory is in Shanghai (dde32893 ¶339); Khabarovsk is Liu Qibao's (054ef6fb)
    "Lenovo Khabarovsk",
    # Yanji is 2 edits from Yan'an (dde32893 ¶307/315, 6710eba1 ¶535/557); no trade fair anywhere, the only border
    # is the China-Myanmar one (26d64f12 ¶417) and the SCO's border areas (9e49ddff ¶433)
    "Yanji border trade fair",
    # Jiangyin is not in the corpus (Jiayuguan is 4 edits off); JISCO, "una empresa siderúrgica estatal", is in
    # Jiayuguan (dde32893 ¶335)
    "Jiangyin steel works",
    # "Le preguntamos a un trabajador allí … nos dijo: 'Bueno, nuestra red nunca se cae'" (dde32893 ¶335): unnamed
    "¿cuál era el nombre del trabajador de la red eléctrica de Dunhuang?",
    "加拉加斯 纪念碑 造价",  # the Caracas monument (f78fdcd6) in Chinese characters; no cost
    # Pham Minh Chinh went to the SCO meetings in Tianjin (362ba691 ¶79); Lula's virtual BRICS summit (e065690c)
    # does not name Vietnam
    "Pham Minh Chinh Lula virtual summit",
    # Xi in Tianjin (26d64f12 ¶405, 9e49ddff, 5a5d8582 ¶243, 0e5d6094 ¶255); no hotel
    "习近平 天津 下榻 酒店",
    # "the North East Anti-Japanese United Army (Noraa)" (097182f6 line 3), "the North-eastern anti-Japanese united
    # army" (054ef6fb line 12); no commander
    "кто командовал Северо-Восточной антияпонской объединённой армией?",
    # the Friends of Socialist China delegation (dde32893 ¶299–305, 6710eba1 ¶533/547); no head count
    "¿cuántos delegados había en la delegación de Amigos de China Socialista?",
    # the unveiling in Caracas (f78fdcd6 ¶33–57) names no music
    "which orchestra played at the Caracas monument unveiling?",
    # "the site of the former camp of the North-eastern anti-Japanese united army near Khabarovsk" (054ef6fb line
    # 12); "Chinese partisans" (097182f6 line 2); no burials, no count
    "how many Chinese partisans are buried at the Khabarovsk camp site?",
    # Hun Manet (5a5d8582 ¶243–247): no schooling; the only academy is the PLA "Academy of Military Science" of Keith
    # Bennett's symposium (ac7222d4 ¶475)
    "Hun Manet military academy",
    # Callum Norris wrote 6710eba1's report; Eric Liddell is 7ab1f62c's
    "Callum Norris Eric Liddell",
    # Lavrov announced the monument in Wonsan for the Moscow region (097182f6 line 7); the memorial complex near
    # Khabarovsk (054ef6fb line 12) is Liu Qibao's visit
    "Сергей Лавров Хабаровск мемориал",
    # "Xi Jinping met at the Great Hall of the People in Beijing with … Miguel Díaz-Canel Bermúdez" (d807680a ¶85);
    # no interpreter named anywhere
    "who interpreted for Díaz-Canel at the Great Hall of the People?",
    # "Among them … Eric Liddell, the Scottish Olympic champion" (7ab1f62c ¶275); "topping the public vote when
    # inducted into the Scottish Sports Hall of Fame in 2002" (¶287): no number of votes
    "what share of the public vote did Liddell win for the Scottish Sports Hall of Fame?",
    # Thongloun (20f574be ¶135–183): offices, visits and words; no age or birthday
    "what age did Thongloun reach this year?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "who kept Harnock Lock" ¶3; "he planted a rowan beside the lock" ¶13; "Bert married Joan Pickles" ¶16; "the
    # restored balance beam at Harnock Lock" ¶20
    Query("Harnock Lock rowan Joan Pickles balance beam", "ebc50fc4", "cross-paragraph"),
    # "foreman Alun Prothero, 47" ¶8; "playing darts in their lodgings at Greenhithe" ¶15; "presented each man with a
    # framed photograph of the bridge" ¶17
    Query("Alun Prothero Greenhithe darts framed photograph", "fd43a2de", "cross-paragraph"),
    # "removed a crushed finger from a quarryman named Thomas Gell" ¶15–16; "voted ten guineas for 'a second inhaler
    # of the improved pattern'" ¶18–19
    Query("Thomas Gell crushed finger ten guineas inhaler", "401536d7", "cross-paragraph"),
    # "the last smith, Walter Hey, retired in 1979" ¶23; "Priya Anand, who restored it with a lottery grant" ¶24;
    # "horseshoe-making for children" ¶26
    Query("Priya Anand lottery grant Walter Hey horseshoe", "6662839d", "cross-paragraph"),
    # "учительница химии Вера Николаевна Сомова" ¶11–12; "раскрасили клетки лантаноидов" ¶13; "заняла второе место
    # на областной олимпиаде" ¶16
    Query("Вера Николаевна Сомова лантаноидов олимпиаде", "0e597b85", "cross-paragraph"),
    # 杨德福 ¶6/15/18; 日记 ¶6–7, ¶15; "雪岭站将开行至西昌的通勤列车" ¶17
    Query("杨德福 日记 通勤列车 西昌", "070763d3", "cross-paragraph"),
    # Word forms
    # "on 4 January he walked its cargo along the ice on a sledge to the village school" ¶10–11 (walked →
    # walking); 16b6b21e has a sledge, not the ice
    Query("Laverick walking the cargo along the ice on a sledge", "ebc50fc4", "word-form"),
    # "'I rang the bell myself,' he said" ¶25 (rang → ringing, irregular; fd43a2de ¶9 has "I rang my wife")
    Query("Stan Ackroyd ringing the bell himself", "0dd605da", "word-form"),
    # "Amos Brough, lamplighter for forty-one years, was retired on a pension of ten shillings a week" ¶5–6
    # (retired → retiring)
    Query("Amos Brough lamplighter retiring on a pension of ten shillings", "314e4773", "word-form"),
    # "un joven de Villabrera, Anselmo Ruiz Pardo. El día 18 de aquel mes escribió a su madre una carta" ¶8–9
    # (escribió → escribe)
    Query("Anselmo Ruiz Pardo escribe a su madre", "41b51852", "word-form"),
    # "Вера Николаевна Сомова построила с учениками огромную таблицу из фанеры" ¶11–12 (построила → построили)
    Query("Сомова с учениками построили таблицу из фанеры", "0e597b85", "word-form"),
    # "Robert Liston amputated a leg at University College Hospital without a cry from the patient" ¶9–10
    # (amputated → amputating)
    Query("Robert Liston amputating a leg without a cry", "401536d7", "word-form"),
    # Another script or romanisation
    # "Jacques Piccard and Don Walsh took the bathyscaphe Trieste" ¶4–5 in Cyrillic
    Query("Жак Пикар и Дон Уолш", "a51caa4b", "translit"),
    # "the dentist William Morton held a glass globe of ether … a young printer, Gilbert Abbott" ¶4–5 in Cyrillic
    Query("Уильям Мортон и Гилберт Эбботт", "401536d7", "translit"),
    Query("雅克·皮卡德 唐·沃尔什", "a51caa4b", "translit"),  # Jacques Piccard and Don Walsh ¶4 in Chinese characters
    # accents dropped: "el director, Tomás Echeverri" ¶24; "El Instituto Ramón y Cajal de Villabrera" ¶6
    Query("Tomas Echeverri Ramon y Cajal", "41b51852", "translit"),
    # "Директор школы Ирина Павловна Глебова" ¶7 (Глебова ¶21) in Latin letters
    Query("Irina Pavlovna Glebova", "0e597b85", "translit"),
    # "Дмитрий Иванович Менделеев закончил листок" ¶4 (Менделеев ¶21) in Latin letters
    Query("Dmitry Ivanovich Mendeleev", "0e597b85", "translit"),
    Query("Yang Defu", "070763d3", "translit"),  # "老站长杨德福" ¶6 (also ¶15, ¶18) in pinyin
    # the headline "成昆铁路通车三十周年" ¶3 in pinyin without tones
    Query("Chengkun tielu tongche sanshi zhounian", "070763d3", "translit"),
    # "Santiago Ramón y Cajal … compartido con el italiano Camillo Golgi" ¶4–6 in Cyrillic
    Query("Рамон-и-Кахаль и Гольджи", "41b51852", "translit"),
    # Russian
    # "В школе № 3 нашего города 150-летие периодического закона отметят целой неделей химии" ¶6; "Неделя химии
    # пройдёт с 11 по 16 марта" ¶9
    Query("неделя химии в школе № 3", "0e597b85", "russian"),
    # "Юбилейная выставка «Элементы вокруг нас» откроется в городском музее" ¶18
    Query("юбилейная выставка «Элементы вокруг нас»", "0e597b85", "russian"),
    Query("стенд висит в кабинете химии", "0e597b85", "russian"),  # "Стенд висит в кабинете химии до сих пор" ¶14–15
    # Spanish
    # "el instituto ya plantó en el patio un «árbol de las neuronas», un tilo" ¶20–21
    Query("árbol de las neuronas", "41b51852", "spanish"),
    # "habrá talleres de microscopía para los alumnos de primaria el 13 y 14 de diciembre" ¶16–17
    Query("talleres de microscopía para los alumnos de primaria", "41b51852", "spanish"),
    # "se inaugurará en la biblioteca una exposición de copias de los dibujos de Cajal" ¶18
    Query("exposición de copias de los dibujos de Cajal", "41b51852", "spanish"),
    # Chinese
    Query("铁道三十年 摄影展", "070763d3", "chinese"),  # "铁道三十年"摄影展将于7月1日至15日在镇文化站举办 ¶12–13
    Query("车站完成扩建 新候车室", "070763d3", "chinese"),  # 去年8月12日，车站完成扩建，新候车室 ¶10
    # 杨德福把十本日记捐给了镇档案馆。档案馆将在7月28日和29日举办两场专题讲座 ¶15
    Query("镇档案馆 专题讲座", "070763d3", "chinese"),
    # Mentions and zero-width spaces
    # "This evening I am giving a talk about the dive to the Inchmarrow Sub-Aqua Club" ¶15
    Query("<@4410> Inchmarrow Sub-Aqua Club\u200b talk", "a51caa4b", "mention-noise"),
    # "a family day with a build-a-roof challenge on 20 and 21 February" ¶17
    Query("@here \u200bbuild-a-roof challenge", "0bec8cb9", "mention-noise"),
    # "Stan will bring his own preserved Routemaster to the Heritage Bus Group's meeting" ¶26
    Query("<#88> Heritage Bus Group\u200b Routemaster", "0dd605da", "mention-noise"),
    # Typos
    Query("Hollowcomb Lavendar Farm", "4bc3f925", "typo"),  # "HOLLOWCOMBE LAVENDER FARM" ¶1 (1 edit each)
    Query("Pellinghm bypas", "314e4773", "typo"),  # "The Pellingham bypass opened to traffic" ¶14 (1 edit each)
    Query("Pykeston Primery", "d7494064", "typo"),  # "PYKESTONE PRIMARY SCHOOL" ¶1 (1 edit each)
    # Names
    # "Tansley's own Craig Mellor, brakeman in the number two four-man bobsleigh" ¶7–8
    Query("Craig Mellor", "225d60b6", "name"),
    # "Captain Darren Keel will lead an open-top parade through the town" ¶17
    Query("Darren Keel", "82e09703", "name"),
    # Phrases
    # "6 March: the ice went out at dusk with a noise like gunfire." ¶11
    Query("the ice went out at dusk with a noise like gunfire", "ebc50fc4", "phrase"),
    # "Snow like icing sugar and everybody calls me mate." ¶8–9
    Query("Snow like icing sugar and everybody calls me mate", "225d60b6", "phrase"),
    Query("On the first morning I burned my thumb", "6662839d", "phrase"),  # Priya Anand ¶24–25
    # Questions
    # "The descent took almost five hours, they spent twenty minutes on the bottom" ¶6–7
    Query("how long did the Trieste spend on the bottom of the Challenger Deep?", "a51caa4b", "question"),
    # "The Queen opened the Queen Elizabeth II Bridge on Wednesday, 30 October 1991" ¶6
    Query("when was the Queen Elizabeth II Bridge opened?", "fd43a2de", "question"),
    # "PRICES / Adults £4.50, children under 14 free. Season tickets £12." ¶20–21
    Query("how much are adult tickets at Hollowcombe?", "4bc3f925", "question"),
    # "the first Grand National, run at Aintree on 26 February 1839 and won by Lottery under Jem Mason" ¶3–4
    Query("who won the first Grand National?", "f3b335ee", "question"),
    # "The first party set out on 27 December 1981 with borrowed tents" ¶15–16; "Tansley Moor High" ¶14
    Query("when did the first Tansley Moor High winter expedition set out?", "16b6b21e", "question"),
    # "Tuesday 15 January: 'Natural dyes from the hedgerow', a talk by Hetty Crane." ¶8
    Query("what is Hetty Crane's talk about?", "270154be", "question"),
    # Topics
    # "Fire swept through the roof of Ferrisby Market Hall yesterday" ¶6; the council's press release marks
    # "TWENTY YEARS SINCE THE GREAT FIRE" (0bec8cb9 ¶3–5), the same fire
    Query("Ferrisby Market Hall fire", "a32491aa", "topic", also=("0bec8cb9",)),
    # "HARVEST FORTNIGHT / The harvest runs from 8 to 21 July. … see the first oil run from the copper still" ¶11–13
    Query("lavender harvest copper still", "4bc3f925", "topic"),
    # "The town's first electric street lamps were switched on in the Market Place on 3 November" ¶4
    Query("electric street lamps switched on in the Market Place", "314e4773", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Megan Prothero kept her husband's letters from the Dartford bridge (fd43a2de ¶11); the Routemaster is Stan
    # Ackroyd's (0dd605da)
    "Megan Prothero Routemaster",
    # Stan Ackroyd's cutting (0dd605da) has the Market Hall only as the Heritage Bus Group's meeting place (¶26–27);
    # the blaze is the sister cutting's (a32491aa ¶7) and the press release's fire (0bec8cb9)
    "Ackroyd Market Hall blaze",
    # Craig Mellor rode in the four-man bobsleigh at Calgary (225d60b6); the sledge run is the sister cutting's
    # (16b6b21e)
    "Craig Mellor sledge run",
    # Rosalind Oakes teaches tablet weaving (270154be ¶10); the lavender is Hollowcombe's (4bc3f925)
    "Rosalind Oakes lavender",
    # the lock-keeper (ebc50fc4); the Grand National is Old Lacey's (f3b335ee)
    "Cuthbert Laverick Grand National",
    # "beating Ashmoor Athletic 2–1 after extra time" (82e09703 ¶15–16); no scorer
    "who scored Ferrisby Town's goals in the County Senior Cup final?",
    # "the son of a lock-keeper, … took over from his father in 1957" (ebc50fc4 ¶6–7); the father is not named
    "what was the name of Cuthbert Laverick's father?",
    # "Nativity play (Years 1 and 2): Tuesday 14 and Wednesday 15 December, 2pm in the hall" (d7494064 ¶7); no end
    "what time does the Pykestone nativity play finish?",
    # "Priya Anand, who restored it with a lottery grant" (6662839d ¶24); no sum
    "what did the grant for restoring the Tansley Moor smithy amount to?",
    # "the men spent it playing darts in their lodgings at Greenhithe" (fd43a2de ¶14–15); no hotel
    "which hotel did the Denholm Cross bridge men stay in at Greenhithe?",
    # "the Post sent a reporter to ask the Gas Board" (314e4773 ¶10–11); unnamed (Harold Snape compiles the column)
    "who was the Post reporter sent to the Gas Board?",
    # "The Deep Ocean exhibition at the Portsburgh Museum runs from 1 to 29 March" (a51caa4b ¶18); no price
    "how much is entry to the Deep Ocean exhibition at the Portsburgh Museum?",
    # "the raffle raised enough to re-string two of the guild's table looms" (270154be ¶5); no winner
    "who won the Pitsford guild raffle?",
    # "'Rummy' recalls Red Rum's third National, won on 2 April 1977" (f3b335ee ¶10); no jockey (Jem Mason rode
    # Lottery in 1839, ¶4)
    "what was Red Rum's jockey called?",
    # "the last smith, Walter Hey, retired in 1979" (6662839d ¶23); no death
    "in what year did the smith Walter Hey die?",
    # "Robert Liston amputated a leg … without a cry from the patient" (401536d7 ¶9–10); unnamed (Gilbert Abbott
    # was Morton's and Warren's patient, Thomas Gell Amberlaine's)
    "what was the name of Robert Liston's patient?",
    # "the great bridge they helped to build" at Dartford (fd43a2de ¶4–6); "the engineers come to measure" (¶13);
    # no designer or firm named
    "which engineers designed the great bridge at Dartford?",
    # "three generations of the Trebilcock family have grown lavender" (4bc3f925 ¶3); no year
    "when was Hollowcombe Lavender Farm founded?",
    # Pellingford is 4 edits from Pellingham, whose bonfire is on the Recreation Ground (314e4773 ¶21)
    "Pellingford bonfire",
    # Ferrisham is 3 edits from Ferrisby, whose Market Hall fire had "Twelve firemen" (a32491aa ¶7)
    "Ferrisham firemen",
    "Tanfield smithy",  # Tanfield is 4 edits from Tansley, whose smithy lit up again (6662839d)
    # Кременчуг is not in the corpus; "Таблице Менделеева — 150 лет" is Кремнегорск's paper's (0e597b85 ¶3)
    "Кременчуг таблица Менделеева",
    # Villafranca is 4 edits from Villabrera, whose institute holds "la semana de la ciencia" (41b51852 ¶15–16)
    "Villafranca semana de la ciencia",
    "Holcombe lavender fields",  # Holcombe is 3 edits from Hollowcombe (4bc3f925)
    "宝成铁路通车纪念活动",  # 宝成铁路 is not in the corpus; the anniversary is 成昆铁路's (070763d3)
    # Inchmurrin is 3 edits from Inchmarrow, whose Sub-Aqua Club hears the talk (a51caa4b ¶15); "a diving bell" ¶11
    "Inchmurrin diving club",
    # Greymouth is not in the corpus; the ether and the Infirmary are Grayminster's (401536d7)
    "Greymouth infirmary ether",
    # "учительница химии Вера Николаевна Сомова" (0e597b85 ¶11–12); no husband
    "как звали мужа Веры Николаевны Сомовой?",
    # "Юбилейная выставка «Элементы вокруг нас» откроется в городском музее" (0e597b85 ¶18); no price
    "сколько стоит билет на выставку «Элементы вокруг нас»?",
    # "viajará a Estocolmo con una delegación de alumnos" (41b51852 ¶24–25); no number
    "¿cuántos alumnos viajarán a Estocolmo con el director?",
    # "Llegó, según anotó su hermana, el día 6" (41b51852 ¶12); the sister is not named
    "¿cómo se llamaba la hermana de Anselmo Ruiz Pardo?",
    "杨德福是哪一年当上站长的？",  # 老站长杨德福 (070763d3 ¶6): no year
    "纪念仪式几点结束",  # 7月1日上午十点，在雪岭站站前广场举行纪念仪式 (070763d3 ¶13): a start, no end
    # Ruth Ingleby is the Ferrisby council's communications officer (0bec8cb9 ¶23); the bobsleigh is Craig Mellor's
    # (225d60b6)
    "Ruth Ingleby bobsleigh",
    # Margaret Lowe edits the weavers' newsletter (270154be ¶22); Pykestone's headteacher is Mrs J. Hartigan
    # (d7494064 ¶22)
    "Margaret Lowe headteacher",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind82/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
