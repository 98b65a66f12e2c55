"""A thirtieth lookup query set, a BLIND set for the fifteenth round: it is committed unscored and is
to be scored once, later; the search must not be tuned on it (once a score on it has been used for
tuning, it is in-sample and no longer blind).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py sets; no query here is a copy or
  near-copy of a query in those files. A throwaway script compared the word set of every query
  (Latin and Cyrillic words, Chinese by character pairs, a few stop words left out) with every
  earlier query, while the set was being written; a query sharing more than half of its words with
  any one earlier query (or with an earlier query of this set) was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind42/docs, copied as ONE
  corpus into a subfolder blind42/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (a heading article and one article per cutting). The same near-copy
  check was run on these queries.

Kinds and counts (answerable seeds + new documents): cross-paragraph 8 + 10 (the words of the
query are in one article but no single paragraph, title line included, holds them all),
word-form 6 + 11 (another inflection or derivation than the text uses, both directions, irregular
forms too, in English, Russian and Spanish), translit 4 + 7 (another script or romanisation than
the text: Cyrillic and Chinese characters for Latin-script names, Latin for Cyrillic and Chinese,
Wade-Giles for pinyin and pinyin for older romanisations, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 3 + 3, mention-noise 3 + 3 (Discord/Telegram mentions and zero-width
spaces around the real words), typo 4 + 3 (1–2 edits), name 3 + 4, phrase 3 + 3, question 4 + 4,
topic 3 + 3: 45 + 57 answerable, and 12 + 16 unanswerable. Every answerable query is answered by
the documents' own words in some form, spelling or script (names may be written in another script);
none needs a translation of a common noun or a synonym the text never uses.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (title line included) holds all of the query's
words. The unanswerable queries share one or more words with their corpus on purpose; every article
holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind42/docs/* into ONE temporary
# corpus folder under the subfolder blind42/: files are then "blind42/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind42/docs",)
NEWDOCS_SUBDIRS = ("blind42",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "3dcb8ed2": "PRESS RELEASE",  # en_brackenthwaite_pencil_museum_release.txt
    "2a526a3e": "CARDENBY BATHS MARK FORTY YEARS WITH A MIDNIGHT SWIM",
    # en_cardenby_herald_digest.txt: the heading (¶1–2) and three cuttings
    "1b296353": "CARDENBY HERALD - FROM THE FILES",
    "bfb88df0": "NEW BATHS OPEN - AND THE MAYOR TAKES THE PLUNGE",
    "d90e7e27": "CHAMPION'S WELCOME FOR DIVER KATE",
    "10d94688": "BATHS TO CLOSE FOR CHARTER YEAR REFIT",
    "15ca11d0": "WAYSIDE",  # en_flying_scotsman_ninety.txt
    "652a6461": "Aerial Notes",  # en_goonhilly_telstar_blog.txt
    "2acf41af": "HOLLOWAY CROSS MUMMERS' FESTIVAL",
    # en_marlcombe_echo_digest.txt: the heading (¶1–2) and three cuttings
    "aad7ac9c": "MARLCOMBE ECHO: CARNIVAL CUTTINGS",
    "dfd74a23": "QUEEN LISA CROWNED IN THE RAIN",
    "b15ccfd2": "ECLIPSE HALTS THE CARNIVAL",
    "2d63de55": "SECOND TIME LUCKY FOR CARNIVAL",
    "a82a7fc0": "PRESSINGTON TOWN COUNCIL",
    "984ec31e": "THE TAIL-END",  # en_rathmoyle_kite_newsletter.txt
    "f73afb4a": "SALLOWMERE NATURE RESERVE",
    "d815ea85": "LOOKING BACK",  # en_sedgebrook_looking_back_column.txt
    "dbe87443": "OBITUARY",  # en_winifred_oakes_obituary.txt
    "7041583b": "BODAS DE PLATA DEL AVE: VALDECIRIO RECUERDA EL PRIMER TREN",
    "dfbb5b0f": "КРАСНОБЕРЕЖСКИЙ ВЕСТНИК",
    "90314daf": '跨海大桥通车十五周年 澄浦镇办起"大桥生日会"',
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Vladimir Vladimirovich Yakushev among the guests ¶158; President Kaysone Phomvihane ¶167
    Query("Yakushev Kaysone", "20f574be", "cross-paragraph"),
    # Xinhua correspondents Zheng Bofei and Jin Jing ¶287; Stamford Bridge (home of Chelsea Football Club) ¶291
    Query("Jin Jing Chelsea Football Club", "7ab1f62c", "cross-paragraph"),
    # his mentor, the New Zealand internationalist Rewi Alley ¶495; a Hyde Park meeting ¶525
    Query("Rewi Alley Hyde Park", "ac7222d4", "cross-paragraph"),
    # Queen Mother Norodom Monineath Sihanouk ¶235/239/241; Zhongnanhai ¶237; online gambling ¶247
    Query("Monineath Zhongnanhai gambling", "5a5d8582", "cross-paragraph"),
    # Egyptian President Abdel Fattah El-Sisi ¶451; the Bloomberg financial news service ¶463
    Query("El-Sisi Bloomberg", "e065690c", "cross-paragraph"),
    # written by Callum Norris and Twm Draper ¶533; the Dunhuang Salt Tower solar plant ¶539
    Query("Callum Norris Salt Tower", "6710eba1", "cross-paragraph"),
    # Mnangagwa ¶5/11; "five-star ironclad" friendship ¶7; Slovak Prime Minister Robert Fico ¶13
    Query("Robert Fico Mnangagwa ironclad", "faecd2e1", "cross-paragraph"),
    # Mirziyoyev ¶207/209; "boosting Pakistan's home-grown capacity for development" ¶211
    Query("Mirziyoyev Pakistan home-grown", "3a9fa4ed", "cross-paragraph"),
    # Word forms: the text has another form
    # "calls on the United States to remove Cuba from the arbitrary 'list of state sponsors of terrorism'" ¶101
    Query("removing Cuba from the terrorism list", "d807680a", "word-form"),
    # "Thongloun visited Hanoi to participate in the grand ceremony" ¶143 (362ba691 ¶73: the ceremony, not him)
    Query("Thongloun visiting Hanoi ceremony", "20f574be", "word-form"),
    # "comrades as well as brothers … as … Ho Chi Minh once described it in a poem" ¶63
    Query("Ho Chi Minh poems comrades brothers", "362ba691", "word-form"),
    # "Fuimos para Yan’an … El Ejército Rojo se reagrupó allá después de la Marcha Larga" ¶315
    Query("Ejército Rojo reagrupado en Yan'an", "dde32893", "word-form"),
    # "President Mnangagwa said that he is delighted to attend the historic commemoration" ¶11
    Query("Mnangagwa delighted attending", "faecd2e1", "word-form"),
    # Michael Lindsay, "whose expertise in radio engineering was much appreciated" ¶501
    Query("Lindsay radio expertise appreciation", "ac7222d4", "word-form"),
    # Another script or romanisation
    Query("Tun-huang Salt Tower", "6710eba1", "translit"),  # Wade-Giles for "the Dunhuang Salt Tower" ¶539
    Query("Lu-kou Bridge incident", "ac7222d4", "translit"),  # Wade-Giles for "Lugou 'Marco Polo' Bridge Incident" ¶505
    Query("Chungnanhai", "5a5d8582", "translit"),  # Wade-Giles for Zhongnanhai ¶237
    # pinyin for "Gung Ho [the Chinese Industrial Cooperatives]" ¶497
    Query("Gonghe cooperatives", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic)
    Query("Рьюи Элли", "ac7222d4", "russian"),  # Rewi Alley, Hogg's mentor ¶495–499
    # "When meeting with Vietnamese President Luong Cuong, Zhao Leji conveyed …" ¶71 (20f574be ¶156: Zhao Leji a guest)
    Query("Чжао Лэцзи Лыонг Кыонг", "362ba691", "russian"),
    # Spanish
    Query("Fuimos invitados por la Red China de ONG", "dde32893", "spanish"),  # ¶307
    # "nos avisaron contra tomar el tren bala porque nosotros los occidentales somos muy lentos con tanto equipaje" ¶329
    Query("tren bala equipaje occidentales lentos", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("塞西", "e065690c", "chinese"),  # Egyptian President Abdel Fattah El-Sisi ¶451
    Query("何克 山丹", "ac7222d4", "chinese"),  # George Hogg, headmaster of the Shandan Bailie School ¶483
    Query("切尔西 民园", "7ab1f62c", "chinese"),  # the Minyuan Stadium, modelled on Chelsea's Stamford Bridge ¶291
    # Mentions and zero-width spaces around the real words
    # "uphold the purposes and principles of the UN Charter … recall the founding mission" ¶409
    Query("@here UN Charter founding mission", "26d64f12", "mention-noise"),
    # "the war effort against Hitler … a court in Warsaw trying a Nazi for his part in the Holocaust" ¶125
    Query("<#7788> \u200bHitler Holocaust Warsaw\u200b", "ccf1d4fa", "mention-noise"),
    # "the United Arab Emirates (UAE), and the representatives of India and Ethiopia" ¶451
    Query("<@556677> United Arab Emirates Ethiopia", "e065690c", "mention-noise"),
    # Typos (1–2 edits)
    Query("Bethnue", "7ab1f62c", "typo"),  # Dr. Norman Bethune ¶275
    Query("Sihamonee", "5a5d8582", "typo"),  # King Norodom Sihamoni ¶235–241
    Query("Younghusbund", "ac7222d4", "typo"),  # Colonel Younghusband ¶521
    Query("Lukashencko", "0e5d6094", "typo"),  # Aleksandr Lukashenko ¶263–265
    # Names
    # Ambassador Lan Hu and Defence Minister Vladimir Padrino ¶33/53
    Query("Vladimir Padrino Lan Hu", "f78fdcd6", "name"),
    Query("Chen Weihua KJ Noh", "d89fdf72", "name"),  # two of the webinar's speakers ¶363–368
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as … Chen Hansheng" ¶491
    Query("Jonathan Rhys Meyers Chow Yun-fat", "ac7222d4", "name"),
    # Phrases
    Query("honoured as a hero by schools, churches and sports clubs", "7ab1f62c", "phrase"),  # ¶287
    Query("the people saved their culture, their history", "f78fdcd6", "phrase"),  # Maduro ¶57
    Query("a proactive force for world peace", "9e49ddff", "phrase"),  # ¶433
    # Questions
    # "the Japanese invaders slaughtered over 20 million men, women and children" ¶127; d89fdf72: "China suffered over
    # 35 million casualties" ¶357; 6710eba1: "the Japanese invasion, which claimed the lives of tens of millions" ¶555
    Query(
        "how many people did the Japanese invaders kill in China?",
        "ccf1d4fa",
        "question",
        also=("d89fdf72", "6710eba1"),
    ),
    # "bilateral meetings in Tianjin on August 30 … Guterres … Madbouly … Min Aung Hlaing … Tokayev" ¶405;
    # 5a5d8582: "on August 30, President Xi Jinping met in Tianjin with … Hun Manet" ¶243
    Query("which leaders did Xi meet in Tianjin on August 30?", "26d64f12", "question", also=("5a5d8582",)),
    # "At the Fourth Dialogue on Exchanges and Mutual Learning Among Civilisations in Dunhuang" ¶537
    Query("where was the Fourth Dialogue on Exchanges among Civilisations held?", "6710eba1", "question"),
    # "Seven days later, on July 14, the Daily Worker … described this as a 'plain case of aggression'" ¶507
    Query("when was the Daily Worker editorial published?", "ac7222d4", "question"),
    # Topics
    # "Taiwan is an inalienable part of the PRC and opposing all forms of 'Taiwan independence'" 003 ¶51
    Query("Taiwan independence One China", "b39d8185", "topic"),
    # "Concrete examples from Botswana, Laos, Nepal, and Egypt" ¶537
    Query("Nepal Botswana Egypt Laos examples", "6710eba1", "topic"),
    # "facilitating peace and stability in northern Myanmar" ¶419
    Query("Myanmar northern peace stability", "26d64f12", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Hollywood Oscar nominations",  # Hollywood's war films (ccf1d4fa ¶125); no Oscars
    # Pashinyan, Azerbaijan in the title (0e5d6094); treaties (b39d8185, 9e49ddff) are not Armenia's
    "Pashinyan Azerbaijan peace treaty",
    "Maldives tourism",  # Maldives in a title (0e5d6094); tourism (3a9fa4ed) is Uzbekistan's
    "Norman Bethune Montreal hospital",  # Bethune (7ab1f62c); hospitality (eca32116), hospitales (dde32893)
    "Pakistan cricket team",  # Pakistan (3a9fa4ed)
    "Tokayev election results",  # Tokayev (26d64f12)
    "Díaz-Canel hurricane relief",  # Díaz-Canel (d807680a, 20f574be)
    "DPRK nuclear missile tests",  # DPRK (eca32116); "test" only in testament / stood the test
    "Chelsea transfer news",  # Chelsea Football Club (7ab1f62c ¶291)
    "联合国气候大会",  # 联合国 (003 ¶20, b39d8185); climate change in passing (d807680a ¶105), no conference
    "Лавров переговоры с Японией",  # Lavrov in Wonsan (097182f6 ¶7); no talks with Japan
    "precio del vino en Jiayuguan",  # Jiayuguan, el vino (dde32893 ¶335); no price
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # a new gallery on the history of the graphite mines ¶8–11; museum manager Carol Lindqvist ¶27
    Query("Carol Lindqvist graphite gallery", "3dcb8ed2", "cross-paragraph"),
    # six regulars presented with gold caps ¶11–13; Jean Pascoe, 81 ¶15
    Query("Jean Pascoe gold caps", "2a526a3e", "cross-paragraph"),
    # driven by Bill Sparshatt ¶6–9/20; Papyrus ¶15/30; the Kelby steam gala and line ¶27/30–31
    Query("Sparshatt Papyrus Kelby", "15ca11d0", "cross-paragraph"),
    # Goonhilly ¶8–10/12/21; his diary ¶12–13; a herd of buffalo ¶16–19
    Query("Goonhilly diary buffalo", "652a6461", "cross-paragraph"),
    # the curate, the Rev. Josiah Marsh ¶9–10; the Molly dancers on Plough Monday ¶33–35
    Query("Josiah Marsh Molly dancers", "2acf41af", "cross-paragraph"),
    # resurfacing of Bridge Street ¶21–22; R. J. Allard, Town Clerk ¶29
    Query("Allard Bridge Street resurfacing", "a82a7fc0", "cross-paragraph"),
    # the AGM at Hegarty's ¶8–10; the big green octopus ¶12–15; the weekend camp at Inishcarra ¶20–21
    Query("Hegarty's octopus Inishcarra", "984ec31e", "cross-paragraph"),
    # the Daubenton's skimming the water ¶4–6; a red-filtered torch ¶24–26
    Query("Daubenton's red-filtered torch", "f73afb4a", "cross-paragraph"),
    # travel agent Norman Lyle aboard Concorde ¶16–19; the bypass closed by heavy snow ¶21–23
    Query("Norman Lyle bypass snow", "d815ea85", "cross-paragraph"),
    # Winifred Oakes ¶3/7; docking in Fremantle ¶15–19; donations to the lifeboat ¶24–27
    Query("Winifred Fremantle lifeboat", "dbe87443", "cross-paragraph"),
    # Word forms
    Query("carved pencils Christmas workshops", "3dcb8ed2", "word-form"),  # "Christmas pencil-carving workshops" ¶17
    # "stepping back for the photographers, fell into the learner pool" ¶7–9; bfb88df0: "toppled into the learner pool"
    Query("mayor falls into the learner pool", "2a526a3e", "word-form", also=("bfb88df0",)),
    Query("Winifred swimming off the Quay steps", "dbe87443", "word-form"),  # "She swam off the Quay steps" ¶21
    # "the first time a steam locomotive had been authenticated at that speed" ¶6–9
    Query("Flying Scotsman speed authentication", "15ca11d0", "word-form"),
    # "the first live television pictures crossed the Atlantic" ¶8–9
    Query("live television picture crossing the Atlantic", "652a6461", "word-form"),
    # "ten years later, on 27 December, the sword team was formed" ¶5–7
    Query("Holloway Cross sword team formation", "2acf41af", "word-form"),
    # "Temporary road closures for the Summer Carnival"; "the following roads will be closed" ¶4–10
    Query("roads closing for the Pressington carnival", "a82a7fc0", "word-form"),
    # "was crowned Carnival Queen at the Regal" under QUEEN LISA CROWNED IN THE RAIN ¶7–10
    Query("crowning the carnival queen in the rain", "dfd74a23", "word-form"),
    # "к 50-летию преодоления звукового барьера" ¶24–26
    Query("Ту-144 преодолел звуковой барьер", "dfbb5b0f", "word-form"),
    # "La línea se había inaugurado oficialmente una semana antes" ¶3–7
    Query("inauguración de la línea del AVE", "7041583b", "word-form"),
    # "Rafael Montero, maquinista jubilado …, condujo trenes de alta velocidad" ¶9–11
    Query("maquinista que conducía trenes de alta velocidad", "7041583b", "word-form"),
    # Another script or romanisation
    Query("Pyotr Savostin", "dfbb5b0f", "translit"),  # инженер Пётр Ильич Савостин ¶15–18
    Query("Chengpu wenhuazhan", "90314daf", "translit"),  # pinyin for 澄浦镇文化站 ¶3
    Query("Lu Hsiao-lan", "90314daf", "translit"),  # Wade-Giles for the correspondent 陆晓岚 ¶3
    Query("Уинифред Оукс", "dbe87443", "translit"),  # Winifred Oakes in Cyrillic ¶3/7
    Query("Телстар Гунхилли", "652a6461", "translit"),  # Telstar, Goonhilly in Cyrillic ¶8–12
    Query("唐卡斯特 利兹", "15ca11d0", "translit"),  # Doncaster ¶11, Leeds ¶6 in Chinese characters
    # "la víspera, el 20 de abril, la Exposición Universal de Sevilla" ¶6 (accents dropped)
    Query("Exposicion Universal vispera", "7041583b", "translit"),
    # Russian
    Query("городской музей авиации", "dfbb5b0f", "russian"),  # ¶6–9
    Query("пассажирское кресло из салона", "dfbb5b0f", "russian"),  # ¶24–25
    # "бывший штурман-испытатель Валентин Горохов прочтёт лекцию о первых полётах" ¶22
    Query("лекция штурмана-испытателя", "dfbb5b0f", "russian"),
    # Spanish
    Query("viaje conmemorativo a Sevilla", "7041583b", "spanish"),  # ¶15
    Query("exposición de maquetas", "7041583b", "spanish"),  # "una exposición de maquetas en la casa de cultura" ¶16
    # "recibió la placa de la locomotora que arrastró el primer tren de mercancías del pueblo" ¶19–20
    Query("placa de la locomotora del primer tren de mercancías", "7041583b", "spanish"),
    # Chinese
    Query("老照片展 文化站一楼", "90314daf", "chinese"),  # 老照片展在文化站一楼展出 ¶10
    Query("滨海步道 元旦", "90314daf", "chinese"),  # 新的滨海步道 … 开放日初步定在1月1日元旦 ¶16–17
    Query("大桥生日会 滨海广场", "90314daf", "chinese"),  # 镇上将在滨海广场举行"大桥生日会" ¶7
    # Mentions and zero-width spaces
    # "The national bat count weekend is 22 and 23 August. Volunteers are trained …" ¶21–22
    Query("@everyone bat count weekend volunteers", "f73afb4a", "mention-noise"),
    # "the water polo club hosts a reunion tournament on 25 and 26 May" ¶20–21
    Query("<@123456> \u200bwater polo reunion tournament\u200b", "2a526a3e", "mention-noise"),
    Query("<#4455> Lahinch kite festival", "984ec31e", "mention-noise"),  # "Lahinch kite festival, club stand" ¶25
    # Typos
    Query("Brackenthwiate pencil", "3dcb8ed2", "typo"),  # Brackenthwaite Pencil Museum ¶2/8
    Query("Sallowmeer bat walks", "f73afb4a", "typo"),  # Sallowmere Nature Reserve, bat walks ¶1–2
    Query("Holoway Cross mumers", "2acf41af", "typo"),  # Holloway Cross Mummers' Festival ¶1
    # Names
    Query("Megan Tolley", "2a526a3e", "name"),  # the mayor's granddaughter ¶9 (Frank Tolley also in bfb88df0)
    Query("Kate Ormerod", "d90e7e27", "name"),  # the diver ¶17
    Query("Helen Varney", "15ca11d0", "name"),  # the talk at the Station Hotel ¶21
    Query("Lisa Tregear", "dfd74a23", "name"),  # the carnival queen ¶8
    # Phrases
    Query("Best museum ever. Pencils are brilliant", "3dcb8ed2", "phrase"),  # the visitors' book ¶13–14
    Query("Forty is only halfway", "2a526a3e", "phrase"),  # the pool manager ¶29
    Query("like being fired out of a gun", "d815ea85", "phrase"),  # Norman Lyle on Concorde ¶19
    # Questions
    Query("when does the pencil museum reopen?", "3dcb8ed2", "question"),  # "will reopen on Saturday 25 March" ¶10
    Query("how much did the midnight swim raise?", "2a526a3e", "question"),  # "£4,120 was raised" ¶11
    # "meeting at the Boathouse car park half an hour after sunset" ¶9–10
    Query("where do the Sallowmere bat walks meet?", "f73afb4a", "question"),
    # "The AGM is on Friday 29 February at eight in the back room of Hegarty's" ¶8
    Query("when is the Rathmoyle kite club AGM?", "984ec31e", "question"),
    # Topics
    # "moved the children's procession because of the total eclipse on Wednesday 11 August" ¶17–18
    Query("total eclipse children's procession", "b15ccfd2", "topic"),
    Query("Festival of Britain limes", "d815ea85", "topic"),  # "plant an avenue of limes" ¶12–14
    # "King John granted its market charter … the Victoria Road baths are to have a new roof" ¶28–29
    Query("King John market charter baths roof", "10d94688", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Brackenthwaite Pencil Company (3dcb8ed2): first and last pencils, no factory fire
    "Brackenthwaite pencil factory fire",
    "Cardenby baths swimming lessons timetable",  # Cardenby baths (2a526a3e, bfb88df0, d90e7e27, 10d94688)
    "Flying Scotsman restoration appeal",  # Flying Scotsman (15ca11d0); an appeal (2a526a3e), restored (a82a7fc0)
    "Goonhilly satellite dish for sale",  # Goonhilly, a satellite, the club's dish (652a6461)
    "Holloway Cross church bell ringers",  # Holloway Cross, the church (2acf41af); bells (d815ea85)
    "Pressington parking permits",  # Pressington (a82a7fc0); "weather permitting" (984ec31e)
    "Rathmoyle kite insurance cover",  # Rathmoyle Kite Club (984ec31e)
    "Sallowmere otter spotting",  # Sallowmere (f73afb4a)
    "Sedgebrook flood defences",  # Sedgebrook (d815ea85)
    "Harold Oakes ferry accident",  # Harold Oakes, a ferryman, died in 1979 (dbe87443); no accident
    "AVE Madrid Barcelona horarios",  # AVE, Madrid (7041583b)
    "Ту-144 катастрофа в Ле Бурже",  # Ту-144 (dfbb5b0f); no crash
    "跨海大桥 收费标准",  # 跨海大桥 (90314daf); no tolls
    "Olympic pool dimensions",  # pools (2a526a3e, bfb88df0, 10d94688); nothing Olympic
    "Kelby steam gala ticket prices",  # the Kelby steam gala needs volunteers (15ca11d0); no tickets
    "Edinburgh Commonwealth Games results",  # the Games in Edinburgh open on 24 July (d90e7e27); no results
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind42/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
