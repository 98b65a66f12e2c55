"""An ninety-third lookup query set, BLIND (written in the forty-sixth session for the forty-seventh round): committed
unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (as in blind56).

Its queries were not shown to the developers before it is scored, and it is not to be tuned on: once scored, a score on
it is in-sample like any other spent set's.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind91.py, still unscored, and tests/queries_blind92.py, written
  at the same time as this one, were not opened and are not part of the check). A throwaway script compared the word
  set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё read as е, Chinese by character
  pairs, a few stop words left out) with every earlier query (some twelve thousand of them), and with the earlier
  queries of this set, while the set was being written; a query sharing more than half of its words with any one of
  them was replaced. The seeds have been queried so often by now that most of these seed queries join names or
  passages that no earlier query joined, and well over half of the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind105/docs, copied as ONE
  corpus into a subfolder blind105/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 5 + 6
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish), translit
5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, Chinese names in their Chinese characters,
Latin letters for Cyrillic names, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3,
chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 3 + 3 (1–2 edits a word), name 3 + 3, phrase 2 + 3, question 3 + 5, topic 3 + 3: 37 + 50
answerable, and 21 + 31 unanswerable. Every answerable query is answered by the documents' own words in
some form, spelling or script (names may be written in another script); none needs a translation of a
common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article); a question
in the corpus's own words about something it does not say (who won, stole, played or wrote the music;
when someone took office or died; how many, what time, what it cost, which hotel, what a ship, a boy, a
husband or a party was called, what language was spoken); a place the corpus does not hold but spelled
close to one it does (three or more edits from anything real in it); Russian, Spanish and Chinese ones.
Each shares one or more words with its corpus on purpose (in another script for some of the seeds'
ones), and every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block, title line included; in
seeds/000–003 each line, as in the earlier sets) holds all of the query's words. For word-form
queries it checked that the form the query uses is not in the corpus (or, where it is in the other
corpus, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind105/docs/* into ONE temporary
# corpus folder under the subfolder blind105/: files are then "blind105/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind105/docs",)
NEWDOCS_SUBDIRS = ("blind105",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "ab9fc884": "CLOWBECK PRIMARY SCHOOL",
    "55b61373": "THE EIGHTY-SIXTH FLOOR",
    "a3bf5219": "LAVINIA CHOLMER",
    "4cddabcd": "MARRISHFORD TOWN COUNCIL",
    # en_mowbeck_advertiser_digest.txt, split by the loader: the header with the radium cutting (¶1–7, titled by the
    # header), the London Eye (¶10–14), the Louvre (¶17–21); the "* * *" rules (¶8, ¶15) and the datelines (¶9, ¶16)
    # belong to none of them
    "c9b6b95c": "MOWBECK ADVERTISER — three cuttings",
    "38b5309a": "MOWBECK FAMILY AMONG FIRST ON THE EYE",
    "78d1c560": "THE DAY SHE WALKED OUT OF THE LOUVRE",
    # en_pexton_herald_digest.txt, split by the loader: the header with the Crystal Palace cutting (¶1–8, titled by
    # the header), the maze (¶11–15), the play (¶18–22); the "* * *" rules (¶9, ¶16) and the datelines (¶10, ¶17)
    # belong to none of them
    "f7cee704": "PEXTON HERALD — three cuttings",
    "bc074dde": "MAZE OPENS TO A STAMPEDE",
    "48d50d4b": "ANGRY YOUNG MEN AT THE INSTITUTE",
    "734597e9": "THIRTY YEARS AMONG THE HEDGES",
    "0b905d27": "RUCKBY TIDDLYWINKS CLUB",
    "4bd64ea7": "STODDLE BRIDGE, Tuesday 16 October",
    "8220e58c": "TANDLEBURY & DISTRICT MOTOR CLUB",
    "868d06a4": "TILBECK HAVEN OYSTER SMACK TRIPS",
    "b6eff8a2": "VENNICK GAZETTE",
    "06e8bcc4": "Sallentar celebra los 75 años de la estación de Canfranc",
    "838a1c00": "«Эндшпиль» отмечает тридцатилетие победы Каспарова",
    "18502115": "桂塘镇：一个汉堡，三十年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the North East Anti-Japanese United Army (Noraa), a group of Chinese guerrilla fighters" line 3; "may serve as
    # a countermeasure … in a geopolitical landscape marked by shifting alliances" line 16
    Query("Noraa guerrilla fighters countermeasure geopolitical landscape", "097182f6", "cross-paragraph"),
    # "an important part of the series of festive events … in the far East of Russia" line 6; "where he familiarized
    # with the works on the construction of the memorial complex" line 12; "the Russian World War II veteran Lev
    # Abramov" line 14
    Query("Lev Abramov familiarized far east festive events", "054ef6fb", "cross-paragraph"),
    # "moved beyond ad hoc or tactical engagement" line 7; "Shared memory of war and perceived Western revisionism
    # serve as ideological glue" line 9; "distancing itself from symbols like the Yasukuni Shrine" line 41
    Query("Yasukuni Shrine ideological glue ad hoc tactical engagement", "b39d8185", "cross-paragraph"),
    # "Kazakhstan President Kassym-Jomart Tokayev in the evening" ¶405; "new energy, electric vehicles, finance and
    # seawater desalination" ¶413; "The China-Myanmar pauk-phaw (brotherly) friendship" ¶415 (also ¶419)
    Query("pauk-phaw Kassym-Jomart evening electric vehicles", "26d64f12", "cross-paragraph"),
    # "headmaster of the Shandan Bailie School" ¶483 (also ¶501); "the Levellers took a stand for Irish independence"
    # ¶517; "distributed our handbills, posted our posters" ¶525
    Query("Shandan Bailie School Levellers Irish independence handbills", "ac7222d4", "cross-paragraph"),
    # Word forms: the text has another form
    # "Cambodia appreciates China's long-standing, valuable support and assistance" ¶247 (appreciates → appreciating;
    # faecd2e1 ¶17 has "appreciates" of Slovakia)
    Query("Cambodia appreciating China's long-standing valuable support", "5a5d8582", "word-form"),
    # "Guterres expressed his gratitude for China's strong and solid support … the international governance
    # architecture is in urgent need of reform" ¶409 (expressed → expressing, need → needs)
    Query("Guterres expressing gratitude as the governance architecture needs urgent reform", "26d64f12", "word-form"),
    # Fico: "sends a strong message to the world that justice will prevail, peace will prevail … an honour to be
    # invited to China to witness this grand event in person" ¶19 (witness → witnessing)
    Query("Robert Fico witnessing in person that justice and peace will prevail", "faecd2e1", "word-form"),
    # "The ironclad Pakistan-China friendship has taken root in the hearts of the over 200 million Pakistani people"
    # ¶213 (taken → takes, irregular; "takes" is only in the new documents, not in seeds/)
    Query("Shehbaz saying the friendship takes root in 200 million hearts", "3a9fa4ed", "word-form"),
    # "las madres y sus hijos simplemente caminaban tras cada intersección, con confianza de que los carros tenían que
    # pararse" ¶323 (caminaban → caminan, tenían → tienen; "tienen" is in ¶345)
    Query("los carros tienen que pararse y las madres caminan con sus hijos", "dde32893", "word-form"),
    # Another script or romanisation
    # "Vladimir Vladimirovich Yakushev" ¶158 and "Miguel Díaz-Canel Bermúdez" ¶155/161–167 in Cyrillic (d807680a has
    # Díaz-Canel without Yakushev)
    Query("Владимир Якушев и Диас-Канель", "20f574be", "translit"),
    # "Egyptian President Abdel Fattah El-Sisi … Indonesian President Prabowo Subianto … Prime Minister Narendra Modi"
    # ¶451 in Cyrillic
    Query("Ас-Сиси, Прабово и Моди", "e065690c", "translit"),
    # "which originally appeared in the Morning Star" ¶111; "a booklet on the life of Claudia Jones" ¶123, in Cyrillic
    Query("Клаудия Джонс и Морнинг Стар", "ccf1d4fa", "translit"),
    # "Pakistani Prime Minister Shehbaz Sharif" ¶211 (also ¶213) with President Xi, in Cyrillic (Xi is in most
    # articles, Shehbaz only here)
    Query("Шахбаз Шариф и Си Цзиньпин", "3a9fa4ed", "translit"),
    # "the Xinhua News Agency" ¶283 (also ¶287); "the Minyuan Stadium. Modeled after London's Stamford Bridge" ¶291, in
    # Cyrillic
    Query("Синьхуа, Стэмфорд Бридж, Минъюань", "7ab1f62c", "translit"),
    # Russian (names written in Cyrillic)
    # "Vietnamese President Luong Cuong" ¶71; Ho Chi Minh ¶63/75; "the ceremony held at the Ba Dinh Square in Hanoi"
    # ¶73 (20f574be ¶143 has Ba Dinh Square without the others)
    Query("Лыонг Кыонг, Хо Ши Мин и Бадинь", "362ba691", "russian"),
    # "Defence Minister Vladimir Padrino" ¶33/53; Caracas ¶33–35/53–55; "originally published in Spanish by Telesur"
    # ¶49
    Query("Владимир Падрино, Каракас и Телесур", "f78fdcd6", "russian"),
    # Spanish
    # "la bodega de vino techada más grande de Asia" ¶335; "tenían un sistema de platos hondos y frijoles" ¶315
    Query("la bodega techada y los platos hondos", "dde32893", "spanish"),
    # "los generales de terracota y las estatuas de mujeres nobles" ¶313; "pero el tren normal también fue genial" ¶329
    Query("los generales de terracota y el tren normal", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Chen Weihua (Former EU bureau chief of China Daily)" ¶364 and "Jodie Evans (Co-founder of Code Pink)" ¶365
    Query("陈卫华 朱迪·埃文斯", "d89fdf72", "chinese"),
    # "Her father, Arthur Clegg" ¶515 (also ¶519–523) and George Hogg (何克, the name China knows him by) ¶477–499
    Query("阿瑟·克莱格 何克", "ac7222d4", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "watched the military parade, mass pageantry and grand cultural performances" ¶73; "visited Ho Chi Minh's Stilt
    # House" ¶75
    Query("<#51> Stilt House\u200b mass pageantry", "362ba691", "mention-noise"),
    # "attended a Virtual Summit of the ten full members of the BRICS cooperation mechanism" ¶449
    Query("<@5> \u200bVirtual Summit ten full members", "e065690c", "mention-noise"),
    # Typos (1–2 edits)
    Query("Abramow Melnikow", "054ef6fb", "typo"),  # "Lev Abramov" line 14, "Ivan Melnikov" line 6 (1 edit each)
    Query("Sassou Nguessou", "faecd2e1", "typo"),  # "President of the Republic of the Congo Denis Sassou Nguesso" ¶23
    # "Myanmar's Acting President Min Aung Hlaing" ¶405/415/419 (Myanmr: 1 edit)
    Query("Hlaing Myanmr", "26d64f12", "typo"),
    # Names
    # "President Kaysone Phomvihane" ¶167; "Zhao Leji" in Nhân Dân's list of guests ¶156 (362ba691 is Zhao Leji's
    # article, without Kaysone)
    Query("Kaysone Phomvihane Zhao Leji", "20f574be", "name"),
    # "starring Jonathan Rhys Meyers as Hogg" ¶491; "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501; "a
    # Colonel Younghusband" ¶521
    Query("Michael Lindsay Jonathan Rhys Meyers Younghusband", "ac7222d4", "name"),
    # the webinar's speakers ¶363–369 (Keith Bennett also in ac7222d4 ¶475–477, without the others)
    Query("Ken Hammond Chen Weihua Keith Bennett Radhika Desai", "d89fdf72", "name"),
    # Phrases
    # "a resilient bond, a brotherly bond, and also a bond built on trust and common values" ¶211
    Query("a bond built on trust and common values", "3a9fa4ed", "phrase"),
    # "he taught at an Anglo-Chinese college and left a visible legacy in sports" ¶291
    Query("left a visible legacy in sports", "7ab1f62c", "phrase"),
    # Questions
    # "more than 100 million troops and civilians in all countries involved were injured or killed" line 7
    Query(
        "how many troops and civilians were injured or killed according to Xi's congratulatory message?",
        "424ab945",
        "question",
    ),
    # "On August 23, Cambodian King Norodom Sihamoni and Queen Mother … arrived in Beijing to attend the
    # commemoration" ¶235
    Query("on which day did the Cambodian King arrive in Beijing for the commemoration?", "5a5d8582", "question"),
    # "At the Fourth Dialogue on Exchanges and Mutual Learning Among Civilisations in Dunhuang" ¶537
    Query("which city hosted the Fourth Dialogue on Mutual Learning Among Civilisations?", "6710eba1", "question"),
    # Topics
    # "promote the high-quality implementation of the Belt and Road Initiative, improve trade and investment
    # facilitation, enhance cooperation in such areas as … the digital economy" ¶438
    Query("Belt and Road trade and investment facilitation digital economy", "9e49ddff", "topic"),
    # "She excoriated the racist and sexist stereotyping … We have our rigid code of behaviour, of honour" ¶119
    Query("rigid code of behaviour racist sexist stereotyping", "ccf1d4fa", "topic"),
    # "oppose external interference and illegal sanctions" ¶7; "broaden cooperation in infrastructure, mining,
    # investment, trade" ¶9
    Query("Zimbabwe illegal sanctions mining infrastructure investment", "faecd2e1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Chen Weihua, a webinar speaker (d89fdf72 ¶364); the Olympic champion is Eric Liddell (7ab1f62c ¶275/285)
    "Chen Weihua Olympic champion",
    # Igor Sergeenko, Speaker of Belarus's House of Representatives (20f574be ¶157); Fudan University is where the
    # delegates held discussions (6710eba1 ¶541)
    "Igor Sergeenko Fudan University",
    # "held on September 3 in Beijing's Tienanmen Square, just prior to the commencement of the military parade"
    # (38a7d84f ¶377); no hour anywhere
    "what time did Xi's Tienanmen speech begin on September 3?",
    # "Thongloun Sisoulith, General Secretary of the … Lao People's Revolutionary Party … and Lao President" (20f574be
    # ¶135); no date of taking office
    "when did Thongloun Sisoulith take office as Lao president?",
    # Kim Il Sung "participated in the 1959 tenth anniversary celebrations" (eca32116 ¶219); his death is never told
    "金日成 去世 年份",
    # "Lady From Chungking is an anti-imperialist classic" (ccf1d4fa ¶113/129), "Hollywood film makers produced dozens
    # of films" (¶125); no studio, no other actor
    "which Hollywood studio made Lady From Chungking and who played opposite Anna May Wong?",
    # Liu Qibao's meeting with Ivan Melnikov in Khabarovsk (054ef6fb line 6); no language
    "what language did Liu Qibao and Ivan Melnikov speak at their Khabarovsk meeting?",
    # Zheng Bofei is a Xinhua correspondent (7ab1f62c ¶287); the medals are Liddell's (¶291)
    "how many medals did Zheng Bofei win?",
    # Callum Norris wrote the delegates' report (6710eba1 ¶533); the Consulate-General in Edinburgh is 7ab1f62c's (¶273)
    "Callum Norris Edinburgh consulate",
    # Jenny Clegg, "Author and peace activist" (d89fdf72 ¶366), "writing for the Society for Anglo-Chinese
    # Understanding" (ac7222d4 ¶513); no party
    "which party does Jenny Clegg belong to?",
    "Рамафоса регби",  # Ramaphosa (e065690c ¶451/467) in Cyrillic; no rugby anywhere
    "Хурэлсух и Чингисхан",  # Khurelsukh (c061f0a1 ¶187/197–199) in Cyrillic; no Genghis Khan
    "古巴 雪茄",  # Cuba (d807680a; 20f574be ¶161–167) in Chinese characters; no cigars
    # Edinboro is 3 edits from Edinburgh, whose Consulate-General's article is quoted in 7ab1f62c (¶273)
    "Edinboro consulate-general article",
    # "la bodega de vino techada más grande de Asia" (dde32893 ¶335); no age, no founding date
    "¿cuántos años tiene la bodega de vino de JISCO?",
    "¿qué equipo de fútbol apoya Sydney Loving?",  # Loving, "siendo de Texas" (dde32893 ¶335); no football team
    # Kyoto is 4 edits from Tokyo, whose Trials are in b39d8185 (line 39, with "the atrocities committed by the Axis
    # powers")
    "Kyoto Trials Axis atrocities",
    # Sergei Lavrov spoke in Wonsan (097182f6 line 7); the Dunhuang dialogue is 6710eba1's (¶537)
    "Sergei Lavrov Dunhuang dialogue",
    # Lan Hu, China's ambassador to Venezuela (f78fdcd6 ¶33/43/53); Stamford Bridge is in 7ab1f62c (¶291)
    "Lan Hu Stamford Bridge",
    # Delcy Rodríguez, Venezuela's Vice President (f78fdcd6 ¶33/53); robotics in Shanghai (dde32893 ¶339, 6710eba1 ¶541)
    "Delcy Rodríguez Shanghai robotics",
    # "Zimbabwean President Emmerson Mnangagwa" (faecd2e1 ¶5/11); his party is never named
    "what is the name of Mnangagwa's party?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "This year's Christmas show is Peter Pan" ¶11; "Year 4 swimming at Clowbeck Baths" ¶19; "Judith Bottomley,
    # Headteacher" ¶27–28
    Query("Judith Bottomley Peter Pan Clowbeck Baths", "ab9fc884", "cross-paragraph"),
    # "by Nell Haverstock" ¶2; "President Hoover pressed a button in Washington" ¶4; "the annual race up the stairs,
    # all 1,576 of them" ¶17
    Query("Nell Haverstock President Hoover 1,576 stairs", "55b61373", "cross-paragraph"),
    # "Club historian Bernard Fawcus read from the pocket diary" ¶6; "Club secretary Pauline Ordish said those two
    # games cost the club about £3,000 in lost bar takings" ¶14
    Query("Bernard Fawcus pocket diary Pauline Ordish bar takings", "4bd64ea7", "cross-paragraph"),
    # "Her skipper, Kenver Tregaskis" ¶5; "with breakfast at the Smack Inn afterwards" ¶11; "The Haven's Oyster
    # Feast" ¶19
    Query("Kenver Tregaskis Smack Inn Oyster Feast", "868d06a4", "cross-paragraph"),
    # "chosen by Alma Fretwell" ¶2; "the timber merchants Hobart and Fenning" ¶11; "The Gondoliers at the Corn Hall"
    # ¶14
    Query("Alma Fretwell Gondoliers Hobart and Fenning", "b6eff8a2", "cross-paragraph"),
    # "el presidente francés Gaston Doumergue" ¶4; "la asociación Amigos del Canfranc" ¶14; "con noche en el albergue
    # municipal" ¶16 (¶4–9 and ¶11–19 are two blocks)
    Query("Gaston Doumergue Amigos del Canfranc albergue municipal", "06e8bcc4", "cross-paragraph"),
    # Word forms
    # "after a queue of customers had stood in the snow to say goodbye" ¶13 (stood → standing, irregular; "standing"
    # is only in seeds/)
    Query("customers standing in the snow to say goodbye", "a3bf5219", "word-form"),
    # "She had planted the 1,150 yew saplings herself" ¶6; "A late frost on 21 April browned nearly a third of them"
    # ¶7 (browned → browning)
    Query("late frost browning the yew saplings", "734597e9", "word-form"),
    # "when a painter came to copy her and found four iron pegs on the wall" ¶18 (found → finding, irregular)
    Query("painter finding four iron pegs on the wall", "78d1c560", "word-form"),
    # "From the top they could see Windsor Castle" ¶13; the London Eye ¶11 (see → seeing)
    Query("seeing Windsor Castle from the top of the London Eye", "38b5309a", "word-form"),
    # "Гарри Каспаров выиграл последнюю партию матча у Анатолия Карпова" ¶4 (выиграл → выигрывает)
    Query("Каспаров выигрывает последнюю партию у Карпова", "838a1c00", "word-form"),
    # "un tren de mercancías francés descarriló y derribó el puente de L'Estanguet" ¶9 (descarriló → descarrila,
    # derribó → derriba)
    Query("tren de mercancías francés descarrila y derriba el puente", "06e8bcc4", "word-form"),
    # Another script or romanisation
    Query("Лавиния Чолмер", "a3bf5219", "translit"),  # "LAVINIA CHOLMER" ¶1 (also ¶4) in Cyrillic
    Query("Тамсин Велл", "4cddabcd", "translit"),  # "the high-wire artist Tamsin Vell" ¶6 (also ¶8/11) in Cyrillic
    # "Гарри Каспаров … у Анатолия Карпова" ¶4 in Latin letters
    Query("Garry Kasparov Anatoly Karpov", "838a1c00", "translit"),
    Query("Luo Xiuying Guitang", "18502115", "translit"),  # 桂塘镇姑娘罗秀英 ¶5 (also ¶1, ¶9) in pinyin
    # "John Osborne's Look Back in Anger" ¶19 in Chinese characters
    Query("约翰·奥斯本", "48d50d4b", "translit"),
    # "Pierre and Marie Curie" ¶5 in Chinese characters (the radium cutting, ¶3–7, belongs to the digest's header
    # article)
    Query("玛丽·居里", "c9b6b95c", "translit"),
    Query("Pilar Arbues", "06e8bcc4", "translit"),  # accent dropped: "la alcaldesa, Pilar Arbués" ¶6
    # "Gwenda Lusk, who planted it" ¶2 (also ¶5/10/14/21) in Cyrillic; bc074dde ¶13 has "the head gardener, Gwenda
    # Lusk" too
    Query("Гвенда Ласк", "734597e9", "translit", also=("bc074dde",)),
    Query("Кенвер Трегаскис", "868d06a4", "translit"),  # "Her skipper, Kenver Tregaskis" ¶5 in Cyrillic
    # Russian
    # "В понедельник, 9 ноября … в клубе пройдёт юбилейный блиц-турнир" ¶11
    Query("юбилейный блиц-турнир", "838a1c00", "russian"),
    # "Зимний шахматный лагерь для детей будет работать с 28 декабря по 8 января" ¶17
    Query("зимний шахматный лагерь для детей", "838a1c00", "russian"),
    # "клуб впервые примет областной командный чемпионат среди школ" ¶18
    Query("областной командный чемпионат среди школ", "838a1c00", "russian"),
    # Spanish
    # "se leerá en la plaza la crónica de la inauguración publicada por el periódico de Jaca" ¶13
    Query("la crónica de la inauguración publicada por el periódico de Jaca", "06e8bcc4", "spanish"),
    # "la misma asociación organizó una marcha a pie por la vía hasta la boca del túnel" ¶15
    Query("marcha a pie por la vía hasta la boca del túnel", "06e8bcc4", "spanish"),
    # "El abuelo de la alcaldesa, Pilar Arbués, era mozo de equipajes en la estación" ¶6
    Query("mozo de equipajes en la estación", "06e8bcc4", "spanish"),
    # Chinese
    Query("中国内地第一家麦当劳餐厅", "18502115", "chinese"),  # 中国内地第一家麦当劳餐厅在深圳东门开业 ¶4
    Query("练习折纸盒 包汉堡", "18502115", "chinese"),  # 她和同事们还在店里一遍遍练习折纸盒、包汉堡 ¶7
    Query("桂塘人在外闯荡 老照片展", "18502115", "chinese"),  # 将举办"桂塘人在外闯荡"老照片展 ¶18
    # Mentions and zero-width spaces
    # "the Leap Day Marathon, our once-every-four-years charity event … for the hospice" ¶14 (ab9fc884 ¶13's
    # jumper day is for a hospice too, without the marathon)
    Query("<@4412> Leap Day Marathon\u200b hospice", "0b905d27", "mention-noise"),
    # "Mowbeck's Over-Sixties Club has now booked two capsules for the summer" ¶14
    Query("@here \u200bOver-Sixties Club capsules", "38b5309a", "mention-noise"),
    # "on Friday 13 September there is a torch-lit walk through the maze for families" ¶15
    Query("<#77> torch-lit walk\u200b maze", "734597e9", "mention-noise"),
    # Typos
    # "RUCKBY TIDDLYWINKS CLUB" ¶1 (Tiddlywinx: 2 edits, Ruckbey: 1 edit)
    Query("Tiddlywinx Ruckbey", "0b905d27", "typo"),
    Query("Marishford Gorge Day", "4cddabcd", "typo"),  # "MARRISHFORD TOWN COUNCIL" ¶1, "the council's Gorge Day" ¶7
    Query("Tandelbury Motor Club", "8220e58c", "typo"),  # "TANDLEBURY & DISTRICT MOTOR CLUB" ¶1 (two letters swapped)
    # Names
    # "Reginald Coppock, now 73, watched it from the top of a fire escape" ¶5 (the Crystal Palace cutting, ¶3–8,
    # belongs to the digest's header article)
    Query("Reginald Coppock", "f7cee704", "name"),
    Query(
        "Desmond Yelland", "78d1c560", "name"
    ),  # "Society chairman Desmond Yelland has painted his own Mona Lisa" ¶20
    # "opened by the mayor, Councillor Olwen Wheatcroft" ¶12 (734597e9 ¶4/10 names no mayor)
    Query("Olwen Wheatcroft", "bc074dde", "name"),
    # Phrases
    Query("the light was like the moon come down", "4bd64ea7", "phrase"),  # the great-grandfather's diary, ¶7
    Query("I had never seen anything so lovely die so quickly", "a3bf5219", "phrase"),  # her letter to the paper, ¶9
    Query("with a slightly more worried smile", "78d1c560", "phrase"),  # Desmond Yelland's Mona Lisa, ¶20
    # Questions
    Query("when does the Clowbeck spring term end?", "ab9fc884", "question"),  # "ends on Friday 31 March" ¶21
    # "Each trip lasts about three hours … Adults £38, under-16s £19" ¶14–15
    Query("how much does an oyster smack trip cost for adults?", "868d06a4", "question"),
    # "died aged 84 on Saturday 6 March at Thursby Cottage Hospital" ¶4
    Query("how old was Lavinia Cholmer when she died in Thursby Cottage Hospital?", "a3bf5219", "question"),
    # "The 1,150 yews were planted by the park's gardeners in March" ¶13; 734597e9 ¶6: "She had planted the 1,150 yew
    # saplings herself"
    Query("how many yews were planted in the Pexton maze?", "bc074dde", "question", also=("734597e9",)),
    # "The pylons cost £212,000, paid for by a grant and three years of raffles and quiz nights" ¶10
    Query("how much did the Stoddle Bridge floodlight pylons cost?", "4bd64ea7", "question"),
    # Topics
    # "The four new floodlight pylons at Ketch Lane were switched on for the first time" ¶4; "a framed photograph of
    # the switch-on" ¶21
    Query("Ketch Lane floodlight pylons switch-on", "4bd64ea7", "topic"),
    # "GRAND PRIX SIXTY — a week of racing memories" ¶2; "the first race of the new Formula One World Championship was
    # run at Silverstone" ¶4; "newsreels of the 1950 race" ¶11
    Query("1950 Silverstone race anniversary racing memories", "8220e58c", "topic"),
    # "settled the programme for Jubilee Day … a procession to the Market Cross … and a bonfire on Vennick Beacon"
    # ¶18–19
    Query("Vennick Jubilee Day procession and bonfire", "b6eff8a2", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Reginald Coppock watched the Crystal Palace fire (f7cee704 ¶5–8); the London Eye is the Pickavances' (38b5309a)
    "Reginald Coppock London Eye",
    # Gwenda Lusk planted the Pexton maze (734597e9, bc074dde ¶13); the Oyster Feast is Tilbeck Haven's (868d06a4 ¶19)
    "Gwenda Lusk Oyster Feast",
    # Desmond Yelland painted a Mona Lisa (78d1c560 ¶20); the Crystal Palace fire is a3bf5219's and f7cee704's
    "Desmond Yelland Crystal Palace",
    # Hector Bramwell went to Silverstone in 1950 (8220e58c ¶5); Bramall Lane is where Sheffield's floodlit match was
    # played (4bd64ea7 ¶5)
    "Hector Bramwell Bramall Lane",
    # Nell Haverstock writes of the Empire State Building (55b61373); the Louvre theft is 78d1c560's
    "Nell Haverstock Louvre theft",
    # "Saturday 13 and Sunday 14 March: national singles, hosted by Carswell" (0b905d27 ¶15) is still to come
    "who won the national singles tiddlywinks at Carswell?",
    # "The painting was missing for more than two years" (78d1c560 ¶21); how it came back is never told
    "how was the Mona Lisa recovered after two years?",
    # "the Mona Lisa was stolen from the Louvre, on Monday 21 August 1911" (78d1c560 ¶18); no thief named
    "who stole the Mona Lisa from the Louvre in 1911?",
    # the grandmother's postcard: "Up the Empire State today … Sailing home on the 24th" (55b61373 ¶7); no hotel
    "which hotel did Nell Haverstock's grandmother stay at in New York?",
    # "Sailing home on the 24th" and "she was sick every day of the crossing" (55b61373 ¶7–8); no ship named
    "what was the name of the ship Nell Haverstock's grandmother sailed home on?",
    # "This year's Christmas show is Peter Pan … our Year 6 are in good company" (ab9fc884 ¶11); no cast
    "who plays Peter Pan in the Clowbeck Christmas show?",
    # "between two teams of Sheffield players" (4bd64ea7 ¶5); no result
    "who won the first floodlit football match in 1878?",
    # "the first race of the new Formula One World Championship was run at Silverstone" (8220e58c ¶4); no winner
    "which driver won at Silverstone on 13 May 1950?",
    # "Film night at the Regal … Doors 7pm" (8220e58c ¶11); only the sprint has a price (¶15)
    "how much is a ticket for the Tandlebury film night?",
    # "its first lost child: a boy of six who was found asleep at the centre after dark" (734597e9 ¶8); never named
    "what was the lost boy in the Pexton maze called?",
    # "The Gondoliers at the Corn Hall" (b6eff8a2 ¶14); no composer or writer named
    "who wrote the music for the Vennick Operatic Society's Gondoliers?",
    # Hector Bramwell, "Our club's founder" (8220e58c ¶5); no age
    "how old was Hector Bramwell in 1950?",
    "Pexham maze",  # Pexham is 3 edits from Pexton, whose yew maze is bc074dde's and 734597e9's
    "Tilbury oyster trips",  # Tilbury is 3 edits from Tilbeck, whose oyster smack trips are 868d06a4's
    # Mowbray is 3 edits from Mowbeck, whose Advertiser's cuttings are c9b6b95c, 38b5309a and 78d1c560
    "Mowbray Advertiser",
    "estación de Candanchú",  # Candanchú is not in the corpus (4 edits from Canfranc, whose station is 06e8bcc4's)
    # Кочкурово is not in the corpus; the chess club «Эндшпиль» is Кочетовск's (838a1c00)
    "Кочкурово шахматный клуб",
    "贵阳 麦当劳 三十年",  # 贵阳 is not in the corpus; the first McDonald's was in 深圳东门 (18502115 ¶4)
    # "В понедельник, 9 ноября … пройдёт юбилейный блиц-турнир" (838a1c00 ¶11), written on 4 November: no winner yet
    "кто выиграл юбилейный блиц-турнир 9 ноября в Кочетовске?",
    # "юбилейный приз — шахматные часы с гравировкой — учредил городской совет" (838a1c00 ¶15); no price
    "сколько стоят шахматные часы?",
    # the grandfather "era mozo de equipajes en la estación" (06e8bcc4 ¶6); no stationmaster named
    "¿quién era el jefe de estación en 1928?",
    # "el 2 y 3 de agosto, con noche en el albergue municipal" (06e8bcc4 ¶16); no price
    "¿cuánto cuesta la noche en el albergue durante la marcha de agosto?",
    "罗秀英 丈夫 名字",  # 罗秀英 (18502115 ¶5–18); no husband mentioned
    # "It runs from tonight until Saturday 13 May" (48d50d4b ¶21); no audience figures
    "how many people came to the Pexton Players' Look Back in Anger?",
    # "still dredges the beds under sail … as his grandfather did" (868d06a4 ¶5); nothing more of the grandfather
    "when did Kenver Tregaskis's grandfather die?",
    # "opened its doors on Wednesday 8 January 1992 with 94 pupils" (ab9fc884 ¶7); no present roll
    "how many pupils are on the roll at Clowbeck Primary this December?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind105/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
