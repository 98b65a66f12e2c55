"""An eighty-first lookup query set, BLIND (written in the fortieth session for the forty-first round): committed
unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (as in blind56: about a third
of the set are queries the corpus cannot answer, each sharing words with it on purpose).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind79.py, unscored, and tests/queries_blind80.py,
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and
  ё read as е, Chinese by character pairs, mentions and zero-width spaces and a few stop words left out)
  with every earlier query, and with the earlier queries of this set, while the set was being written;
  a query sharing more than half of its words with any one of them was replaced. The seeds have been
  queried many thousands of times by now, so most of these seed queries join passages or names that no
  earlier query joined, and well over half of the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind93/docs, copied as ONE
  corpus into a subfolder blind93/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 5 + 6
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish), translit
5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese characters
as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and Chinese names, pinyin
without tones, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3
(Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word),
name 3 + 3, phrase 3 + 3, question 4 + 4, topic 3 + 3: 39 + 49 answerable, and 20 + 32 unanswerable.
Every answerable query is answered by the documents' own words in some form, spelling or script (names
may be written in another script); none needs a translation of a common noun or a synonym the text never
uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article); a question in
the corpus's own words about something it does not say (who won, directed, played or was a captain or a
headteacher; when someone retired; how many, what time, what it cost, what someone earned, which
hotel, what a rose or a wife was called); a place the corpus does not hold but spelled close to one it
does (two or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one or
more words with its corpus on purpose (in another script for some of the seeds' ones), and every article
holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets) holds all of the query's words. For word-form
queries it checked that the form the query uses is not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind93/docs/* into ONE temporary
# corpus folder under the subfolder blind93/: files are then "blind93/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind93/docs",)
NEWDOCS_SUBDIRS = ("blind93",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "01203187": "CAVERLEIGH AMATEUR ROWING CLUB",
    "de54ba5d": "CORVISHAM PÉTANQUE CLUB",
    # en_drumbrechan_gazette_cuttings_digest.txt, split by the loader: the header (¶1–2), the transatlantic flight
    # (¶4–7, titled by its dateline), Blue Peter (¶10–13), the harbour festival (¶16–19); the "----------" rules
    # (¶8, ¶14) come out as articles of their own (31e46770, 31e46770-2) and the datelines ¶9 and ¶15 belong to
    # none of them
    "b5934bbd": "DRUMBRECHAN GAZETTE",
    "52694c48": "Drumbrechan Gazette, Wednesday 15 June 1994",
    "516a75ec": "Time capsule for Blue Peter birthday",
    "9f64e3f0": "Harbour festival is back",
    "21d6b053": "Hobbenden halt reopens after a quarter of a century",
    "a72e92be": "CLOGS AT NABB'S MILL",
    "5ad6806a": "Percy Ellwood: forty-one years in the Roxy's projection box",
    "6b103c5b": "PILKERTON JUNIOR SCHOOL",
    "18f71f08": "The Met at 150: a Quintonbury clerk and the first Underground tickets",
    "ffb12534": "Slack Water — notes from a small boat",
    "749a2775": "THACKENDEN BOROUGH COUNCIL",
    "c9ed916b": "THE WENSBURY STAR · Friday 9 September 2011",
    # en_yeadwick_courier_cuttings_digest.txt, split by the loader: the header (¶1–2), the Jarrow walk (¶5–8),
    # The Mousetrap (¶11–14), the rose show (¶17–20); the "----------" rules (¶9, ¶15) come out as articles of
    # their own (8ce7ba76, 8ce7ba76-2) and the datelines ¶4, ¶10 and ¶16 belong to none of them
    "6fac2e3e": "YEADWICK COURIER — FROM THE FILES",
    "4ccbabfa": "Marchers to retrace Jarrow steps",
    "6d0893fd": "Players set the trap",
    "d5ef1d2b": "Rose show returns",
    "eb782fbd": "Castrobermejo celebra el bicentenario de la Pepa",
    "f215b718": "Глинозёрская правда",
    "fa9422a3": "槐树坪村纪念红旗渠通水六十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "The Bloomberg financial news service further reported Lula" ¶463; "India was represented by Foreign Minister
    # Subrahmanyam Jaishankar, with the absence of Prime Minister Narendra Modi … his continued vacillation" ¶451
    Query("Bloomberg Jaishankar Modi vacillation", "e065690c", "cross-paragraph"),
    # "the North East Anti-Japanese United Army (Noraa), a group of Chinese guerrilla fighters" line 3; "Japan
    # reportedly called for the exclusion of China's Victory Parade from international events" line 14
    Query("Japan exclusion Victory Parade Noraa guerrilla", "097182f6", "cross-paragraph"),
    # "un sistema de platos hondos y frijoles" ¶315; "pequeños robots que toman el elevador" ¶329; "siendo de
    # Texas" ¶335
    Query("frijoles robots elevador Texas", "dde32893", "cross-paragraph"),
    # "'Escape from Huang Shi'" ¶491; "the Fellowship of Reconciliation" ¶493; "a financial donation from a Colonel
    # Younghusband" ¶521
    Query("Escape from Huang Shi Fellowship of Reconciliation Younghusband", "ac7222d4", "cross-paragraph"),
    # "hosted by the China NGO Network for International Exchanges (CNIE)" ¶547; "cities in Shaanxi and Gansu
    # provinces" ¶549; "Illiteracy was rife" ¶555
    Query("CNIE Shaanxi illiteracy", "6710eba1", "cross-paragraph"),
    # Word forms: the text has another form
    # Putin: "We must never forget or slander the achievements of the liberators" and "oppose any acts of distorting
    # history and beautifying Nazis" line 11 (slander → slandering)
    Query("never slandering the liberators or beautifying the Nazis", "424ab945", "word-form"),
    # Hun Manet: "combat online gambling and telecom fraud" and "President Xi's historic state visit to Cambodia last
    # April" ¶247 (combat → combating)
    Query("Hun Manet combating telecom fraud after Xi's April state visit", "5a5d8582", "word-form"),
    # "he had spent his early years in China before returning to Britain" ¶289 (spent → spends, irregular)
    Query("Liddell spends his early years in China", "7ab1f62c", "word-form"),
    # "When meeting with Vietnamese President Luong Cuong, Zhao Leji conveyed President Xi Jinping's best wishes to
    # him" ¶71 (conveyed → conveying)
    Query("Zhao Leji conveying Xi's best wishes to Luong Cuong", "362ba691", "word-form"),
    # the Daily Worker's editorial: "The Chinese people must be backed up." ¶507 (backed → backing)
    Query("the Daily Worker backing up the Chinese people", "ac7222d4", "word-form"),
    # Another script or romanisation
    # "President Kaysone Phomvihane" ¶167 and "Vladimir Vladimirovich Yakushev" ¶158, in Cyrillic
    Query("Кейсон Фомвихан и Владимир Якушев", "20f574be", "translit"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501 and "James MacManus's biography, 'Ocean Devil'"
    # ¶489, in Cyrillic
    Query("Майкл Линдси и Джеймс Макманус", "ac7222d4", "translit"),
    # "China's Consulate-General in the Scottish capital Edinburgh" ¶273 (Edinburgh also ¶287) and "the Minyuan
    # Stadium" ¶291, in Cyrillic
    Query("Эдинбург Минъюань", "7ab1f62c", "translit"),
    # "Wang Yi, member of the Political Bureau … and Foreign Minister" ¶221 and "the rostrum of Tienanmen Square"
    # ¶219, in Cyrillic (38a7d84f ¶377 has Tienanmen Square, without Wang Yi)
    Query("Ван И Тяньаньмэнь", "eca32116", "translit"),
    # accents dropped: "participante de la delegación de Amigos de China Socialista" and "Loving es miembro del
    # Comité Central de la Organización Socialista Camino de la Libertad" ¶301 (Comité, Organización)
    Query(
        "Comite Central Organizacion Socialista Camino de la Libertad Amigos de China Socialista",
        "dde32893",
        "translit",
    ),
    # Russian (names written in Cyrillic)
    # "Samdech Techo Hun Sen" ¶154 and "The Vietnamese newspaper Nhân Dân" ¶145/151
    Query("Хун Сен и Нян Зан", "20f574be", "russian"),
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491
    Query("Джордж Хогг и Чоу Юньфат", "ac7222d4", "russian"),
    # Spanish
    # "la delegación incluyó la gente de la Alianza Negra por la Paz, Mundo de Obreros, Internacional Progresista" ¶305
    # (6710eba1 ¶547 names "Progressive International, Workers World Party" in English)
    Query("Mundo de Obreros Internacional Progresista", "dde32893", "spanish"),
    # "más de 800 millones de personas han salido de la pobreza extrema" ¶317; "la siguiente fase es la
    # 'prosperidad común'" ¶341
    Query("pobreza extrema y prosperidad común", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Iranian President Masoud Pezeshkian" and "Foreign Minister Subrahmanyam Jaishankar" ¶451, as Xinhua writes them
    Query("佩泽希齐扬 贾伊尚卡尔", "e065690c", "chinese"),
    # "Chairman of the National Assembly of Vietnam Tran Thanh Man" ¶65; "Deputy Minister of National Defence … Hoang
    # Xuan Chien" ¶77
    Query("陈青敏 黄春战", "362ba691", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "he taught at an Anglo-Chinese college … Modeled after London's Stamford Bridge (home of Chelsea Football
    # Club)" ¶291
    Query("<@4242> Chelsea Football Club\u200b Anglo-Chinese college", "7ab1f62c", "mention-noise"),
    # "the Russian World War II veteran Lev Abramov, who participated in anti-Japanese liberation war in China" line 14
    Query("@here Lev Abramov\u200b anti-Japanese liberation war", "054ef6fb", "mention-noise"),
    # Typos (1–2 edits)
    # "Indonesian President Prabowo Subianto" ¶451
    Query("Prabovo Subyanto", "e065690c", "typo"),
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "Vladimir Vladimirovich Yakushev"
    # ¶158
    Query("Sergienko Yakushov", "20f574be", "typo"),
    # "no force can stop China's development and revitalisation" ¶265, said by President Lukashenko
    Query("Lukashenco revitalisation", "0e5d6094", "typo"),
    # Names
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "Her father, Arthur Clegg" ¶515 (and
    # ¶519–523)
    Query("Chen Hansheng Arthur Clegg", "ac7222d4", "name"),
    # the webinar's speakers: "Jenny Clegg (Author and peace activist)" ¶366; "Keith Bennett (Co-editor of Friends of
    # Socialist China)" ¶367; ac7222d4 names both too ("our co-editor Keith Bennett" ¶475, "Jenny Clegg, writing for
    # the Society for Anglo-Chinese Understanding" ¶513)
    Query("Jenny Clegg Keith Bennett", "d89fdf72", "name", also=("ac7222d4",)),
    # "Besides Presidents Xi and Lula" and "Indonesian President Prabowo Subianto" ¶451
    Query("Lula Prabowo", "e065690c", "name"),
    # Phrases
    # "leading his pupils on a month-long 1,100 kilometre (700 miles) journey" ¶485
    Query("a month-long 1,100 kilometre journey", "ac7222d4", "phrase"),
    # "a critical step in maintaining the integrity of historical memory" line 12
    Query("maintaining the integrity of historical memory", "097182f6", "phrase"),
    # "He affirmed that Vietnam deeply treasures this valuable assistance" ¶147
    Query("Vietnam deeply treasures this valuable assistance", "20f574be", "phrase"),
    # Questions
    # "Dr. Norman Bethune, heir to a Scottish family of doctors" ¶275
    Query("was Norman Bethune from a family of doctors?", "7ab1f62c", "question"),
    # Rewi Alley: "the sixty-odd peasant and refugee kids who carried him out to his grave … a simple grave at the end
    # of the trail" ¶497
    Query("what did Rewi Alley say about Hogg's grave?", "ac7222d4", "question"),
    # "The organisation was the first to set up a military confidence-building mechanism in its member states' border
    # areas" ¶433
    Query("what did the SCO do first in its member states' border areas?", "9e49ddff", "question"),
    # Madbouly: "deepen cooperation in such areas as new energy, electric vehicles, finance and seawater desalination"
    # ¶413
    Query("what did Madbouly want to cooperate on with China?", "26d64f12", "question"),
    # Topics
    # "since assuming the role of African co-chair of the Forum on China-Africa Cooperation (FOCAC), the Republic of
    # the Congo has been working actively together with China" ¶27
    Query("Congo working actively as African co-chair", "faecd2e1", "topic"),
    # "strengthen exchanges of experience in governance of Party and state affairs" ¶227
    Query("DPRK governance experience Party and state affairs", "eca32116", "topic"),
    # "meeting with United Nations Secretary General António Guterres … in the afternoon and with Kazakhstan President
    # Kassym-Jomart Tokayev in the evening", in Tianjin ¶405
    Query("Tokayev evening Guterres afternoon Tianjin", "26d64f12", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Ambassador Lan Hu was in Caracas (f78fdcd6 ¶33–45); the Tianjin summit's speech is Xi's (9e49ddff ¶431)
    "Lan Hu SCO summit Tianjin speech",
    # Putin met Khurelsukh in Beijing (c061f0a1 ¶187); no visit to Ulan Bator anywhere
    "визит Путина в Улан-Батор",
    # Kim Jong Un came to Beijing for the commemoration (eca32116 ¶219); the Tianjin summit (9e49ddff) does not name him
    "金正恩 天津 峰会",
    # "At the 1924 Paris Olympics, Eric Liddell captured gold" (7ab1f62c ¶287); no crowd is counted
    "how many spectators watched Liddell win in Paris?",
    # Jodie Evans is a webinar speaker (d89fdf72 ¶365); the Tsinghua forum and the symposium are Keith Bennett's
    # (ac7222d4 ¶475)
    "Jodie Evans Tsinghua symposium",
    # David Horsley reviews Anna May Wong's films (ccf1d4fa ¶111); the Dunhuang dialogue is the delegation's
    # (6710eba1 ¶537)
    "David Horsley Dunhuang dialogue",
    # Callum Norris wrote the delegation's report (6710eba1 ¶533); Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "Callum Norris Buckingham Palace",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the Caracas monument is Venezuela's (f78fdcd6)
    "Chen Weihua Caracas monument",
    # Lukashenko met Xi in Tianjin (0e5d6094 ¶255/263); no banquet or food is mentioned (the only lunch is Xi's in
    # Beijing, 38a7d84f ¶385)
    "what did Lukashenko's delegation eat at the Tianjin banquet?",
    # Thongloun was in Beijing "for a working visit" (20f574be ¶137/173); no hotel is named
    "which hotel did the Lao president stay in during his working visit?",
    # "the Ho Chi Minh Mausoleum" (362ba691 ¶75), in Chinese characters; no opening hours
    "胡志明 陵墓 开放 时间",
    # Keith Bennett (ac7222d4 ¶475, d89fdf72 ¶367); the Olympic gold is Liddell's (7ab1f62c ¶287)
    "Keith Bennett Olympic gold",
    # "the Chinese Modernisation Forum (2025) … all of Tsinghua University, on September 4" (ac7222d4 ¶475); no length
    "how long did the Tsinghua forum last?",
    # Khabarovka is 2 edits from Khabarovsk, whose seminar "70-Year Common Victory" is 054ef6fb's (lines 4–6)
    "Khabarovka veterans seminar",
    # "En Xi'an fuimos a unos sitios históricos antiguos, y los generales de terracota" (dde32893 ¶313); no hours
    "¿a qué hora abre el museo de terracota?",
    # Ulaanbaatar is not in the corpus; Khurelsukh met Xi in Beijing (c061f0a1 ¶187/197–199) and the state visits
    # are Xi's to Russia (c061f0a1 ¶193) and Cambodia (5a5d8582 ¶239)
    "Ulanbaatar Khurelsukh state visit",
    # the film names Rhys Meyers as Hogg and Chow Yun-fat as Chen Hansheng (ac7222d4 ¶491); Rewi Alley (¶495–499)
    # is not in the film
    "кто сыграл Реви Алли в фильме?",
    # Shandong is 2 edits from Shandan and Bailey 2 from Bailie: the "Shandan Bailie School" (ac7222d4 ¶483/501);
    # no orphanage anywhere ("children orphaned by Japan's brutal war", ¶483)
    "Shandong Bailey orphanage",
    # Robert Fico met Xi in Beijing (faecd2e1 ¶13–19); the Minyuan Stadium is Tianjin's (7ab1f62c ¶291)
    "Robert Fico Minyuan Stadium",
    # Liu Qibao visited Khabarovsk (054ef6fb); Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "Liu Qibao Buckingham Palace",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "a talk in the clubhouse by the club historian, Edna Marrick" ¶10; "please bring your own padlock" ¶16; "All
    # proceeds to the new boat fund" ¶19 (three blank-line blocks)
    Query("Edna Marrick padlock new boat fund", "01203187", "cross-paragraph"),
    # "the station master, Albert Pruett" ¶5; "the café sold out of teacakes by eleven" ¶11; "Dunnerby Silver Band
    # will play on the platform" ¶13
    Query("Albert Pruett teacakes Silver Band", "21d6b053", "cross-paragraph"),
    # "He met his wife, Dora, in the queue for Genevieve" ¶6; "Donations … to the Roxy Restoration Fund" ¶16; "the
    # Film Society's winter newsletter" ¶20
    Query("Genevieve Restoration Fund winter newsletter", "5ad6806a", "cross-paragraph"),
    # "walkers set out from Bowden Bridge quarry" ¶5; "'Right to Roam', an exhibition" ¶11; "through the press
    # office" ¶18, "Press office, Town Hall" ¶20 ("Press release" ¶2 has no office)
    Query("Bowden Bridge quarry Right to Roam press office", "749a2775", "cross-paragraph"),
    # "у подножия горы Аю-Даг" ¶5 (block ¶1–15); "благодарит шефов — коллектив глиноземного завода" ¶17 (block
    # ¶17–19)
    Query("Аю-Даг шефов глиноземного завода", "f215b718", "cross-paragraph"),
    # 老石匠赵长顺 ¶5 (and ¶6–8, ¶14); 大家高兴得直敲钢钎 ¶6 (block ¶1–15); 联系人：村委会办公室 赵建国 ¶17
    # (block ¶17–19)
    Query("赵长顺 钢钎 赵建国", "fa9422a3", "cross-paragraph"),
    # Word forms
    # "John Alcock and Arthur Whitten Brown landed in a bog near Clifden" ¶5 (landed → landing)
    Query("Alcock and Brown landing in a bog near Clifden", "52694c48", "word-form"),
    # "where workers wore wooden-soled clogs on the stone floors" ¶4 (wore → wearing, irregular; "Wear loose
    # trousers" ¶8)
    Query("workers wearing wooden-soled clogs on stone floors", "a72e92be", "word-form"),
    # "There will be a birthday tea, and every child will take home a mug" ¶11 (take → takes)
    Query("birthday tea, every child takes home a mug", "6b103c5b", "word-form"),
    # "El cura, don Anselmo Tejerina, … lo leyó en voz alta en la plaza" ¶5 (leyó → leyendo)
    Query("don Anselmo Tejerina leyendo en voz alta en la plaza", "eb782fbd", "word-form"),
    # "Первые пионеры жили в палатках" ¶5 (жили → живут, палатках → палатке)
    Query("первые пионеры живут в палатке", "f215b718", "word-form"),
    # "Fire swept through Tunnicliffe's bakery in Cross Street" ¶9 (swept → sweeps, irregular)
    Query("fire sweeps through Tunnicliffe's bakery", "c9ed916b", "word-form"),
    # Another script or romanisation
    Query("Альберт Прюэтт", "21d6b053", "translit"),  # "the station master, Albert Pruett" ¶5 in Cyrillic
    Query("Фрэнсис Чичестер", "ffb12534", "translit"),  # "Francis Chichester sailed Gipsy Moth IV" ¶4 in Cyrillic
    # "Agatha Christie's The Mousetrap" ¶12 in Chinese characters
    Query("阿加莎·克里斯蒂", "6d0893fd", "translit"),
    # "Учительница географии школы № 2 Нина Петровна Белоусова" ¶9 (and ¶10–11, ¶18) in Latin letters
    Query("Nina Petrovna Belousova", "f215b718", "translit"),
    Query("Zhao Changshun", "fa9422a3", "translit"),  # 老石匠赵长顺 ¶5 (also ¶7–8, ¶14) in pinyin
    # accents dropped: "la historiadora Lucía Arrieta dará una conferencia sobre las Cortes de Cádiz" ¶15
    Query("Lucia Arrieta Cadiz", "eb782fbd", "translit"),
    # "John Alcock and Arthur Whitten Brown" ¶5 in Cyrillic
    Query("Джон Олкок и Артур Уиттен Браун", "52694c48", "translit"),
    # "the Metropolitan Railway between Paddington and Farringdon Street" ¶3 (Farringdon also ¶4) in Chinese characters
    Query("帕丁顿 法灵顿", "18f71f08", "translit"),
    # "Among them was Wilf Spendlove" ¶6 (and ¶8, ¶18) in Cyrillic
    Query("Уилф Спендлав", "749a2775", "translit"),
    # Russian
    # "откроется выставка «Артек — страна детства»" ¶12
    Query("выставка «Артек — страна детства»", "f215b718", "russian"),
    # "Путёвки на зимнюю смену, с 27 декабря по 16 января, можно получить в гороно" ¶14
    Query("путёвки на зимнюю смену в гороно", "f215b718", "russian"),
    # "Письмо, фотографии и артековский галстук Нины Петровны станут частью школьной выставки" ¶11
    Query("артековский галстук Нины Петровны", "f215b718", "russian"),
    # Spanish
    # "mercado decimonónico en la plaza de la Constitución" ¶12
    Query("mercado decimonónico en la plaza de la Constitución", "eb782fbd", "spanish"),
    # "el pueblo plantó en la plaza la acacia que todavía da sombra a la fuente" ¶7
    Query("la acacia que todavía da sombra a la fuente", "eb782fbd", "spanish"),
    # "se colocó en la fachada del Ayuntamiento una copia en azulejo del acta de 1812" ¶9
    Query("una copia en azulejo del acta de 1812", "eb782fbd", "spanish"),
    # Chinese
    Query("山碑 图片展 村文化广场", "fa9422a3", "chinese"),  # "山碑"图片展在村文化广场展出 ¶11
    Query("村小学 沿渠徒步十公里", "fa9422a3", "chinese"),  # 村小学的孩子们将沿渠徒步十公里 ¶12
    Query("工地模范 奖状 堂屋", "fa9422a3", "chinese"),  # 被评为工地模范，奖状至今挂在他家堂屋里 ¶5
    # Mentions and zero-width spaces
    # "Club members built a quarter-scale model of the Vickers Vimy" ¶7
    Query("@here Vickers Vimy\u200b quarter-scale model", "52694c48", "mention-noise"),
    # "Learn to clog dance with the Nabb's Mill Steppers" ¶2; "teach at the summer school" ¶9, "Summer school: £60"
    # ¶14
    Query("<#512> Nabb's Mill Steppers\u200b summer school", "a72e92be", "mention-noise"),
    # "Joan Ackworth tells us she was the first swimmer into the Ropewalk Lane pool in 1986" ¶18
    Query("@everyone Joan Ackworth\u200b Ropewalk Lane pool", "c9ed916b", "mention-noise"),
    # Typos
    # "a nineteen-year-old from Quintonbury" ¶5 (and title, ¶7, ¶14, ¶20); "the Metropolitan Railway" ¶3 (1 edit each)
    Query("Quintonbery Metropolitain", "18f71f08", "typo"),
    # "THACKENDEN BOROUGH COUNCIL" ¶1; "the Kinder Scout mass trespass" ¶3 (1 edit each)
    Query("Thackendon Kinder Scout trespas", "749a2775", "typo"),
    # "DRUMBRECHAN GAZETTE" and "Harbour festival is back" ¶16 (1 edit each); b5934bbd, 52694c48 and 516a75ec have
    # Drumbrechan but no harbour or festival
    Query("Drumbrechen harbor festivel", "9f64e3f0", "typo"),
    # Names
    Query("Tamsin Keverne", "ffb12534", "name"),  # "Posted Monday 29 May by Tamsin Keverne" ¶3
    Query("Arthur Bellwood", "d5ef1d2b", "name"),  # "The society's secretary, Arthur Bellwood" ¶20
    Query("Pauline Strick", "6d0893fd", "name"),  # "The director, Pauline Strick" ¶13
    # Phrases
    Query("one Chichester was enough for any family", "ffb12534", "phrase"),  # ¶12
    Query("foreman said nowt", "749a2775", "phrase"),  # Wilf Spendlove's pocket diary, ¶6
    Query("the capsule is to be opened when today's pupils are grandparents", "516a75ec", "phrase"),  # ¶13
    # Questions
    # "The pantomime trip to the Empire, Hallbrigg, is on Thursday 13 January. Coaches leave at 12.30" ¶9
    Query("what time do coaches leave for the pantomime at the Empire?", "6b103c5b", "question"),
    # "a Sunday service will run from 4 June to 24 September" ¶10
    Query("when does the Sunday service run at Hobbenden halt?", "21d6b053", "question"),
    # "the town's first launderette opens in Bridge Street … A wash will cost two shillings" ¶10–11
    Query("what will a wash cost at the town's first launderette?", "c9ed916b", "question"),
    # "The club was founded in 1990 and has never had so many members: sixty-four, with eleven juniors" ¶4
    Query("how many members does the Corvisham pétanque club have?", "de54ba5d", "question"),
    # Topics
    # "Marchers to retrace Jarrow steps" ¶5; "a party of twelve from Yeadwick will walk the first day's stage" ¶6
    Query("Jarrow marchers retrace the first day's stage", "4ccbabfa", "topic"),
    # "The Yeadwick Rose Society's show returns to the Park Pavilion … Last year the society gave up its show to help
    # with the street parties for the Jubilee" ¶18
    Query("Rose Society show Park Pavilion Jubilee street parties", "d5ef1d2b", "topic"),
    # "Twinning: our friends from Saint-Aubin" ¶13; "Last season's trip to Saint-Aubin … raised £340 for the minibus
    # fund" ¶14
    Query("Saint-Aubin twinning minibus fund", "de54ba5d", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Edna Marrick is Caverleigh's club historian (01203187 ¶10); the Roxy cinema is Percy Ellwood's (5ad6806a)
    "Edna Marrick Roxy cinema",
    # Pauline Strick directs The Mousetrap (6d0893fd ¶13); the Jarrow walk is another cutting's (4ccbabfa)
    "Pauline Strick Jarrow march",
    # Tom Pattinson walks the Jarrow stage (4ccbabfa ¶7); the rose show is another cutting's (d5ef1d2b)
    "Tom Pattinson rose show",
    # Irene Colley cut the Hobbenden ribbon (21d6b053 ¶6); the Blue Peter time capsule is Drumbrechan Primary's
    # (516a75ec)
    "Irene Colley Blue Peter time capsule",
    # Cllr Brenda Oddie is Thackenden's Mayor (749a2775 ¶8); the harbour festival is Drumbrechan's (9f64e3f0)
    "Brenda Oddie harbour festival",
    # Jack Pascoe "rowed out to meet Gipsy Moth in the Sound" (ffb12534 ¶7); the Boat Race is in 01203187 (¶3, ¶8)
    "Jack Pascoe Boat Race",
    # "the club's veterans' eight race the Cartmere Ancients over the old course" (01203187 ¶8) is still to come;
    # "Oxford won" (¶3) is the 1829 Boat Race
    "who won the veterans' eight race against the Cartmere Ancients?",
    # "British Rail says it will count passengers for a month" (21d6b053 ¶16); "about three hundred people were
    # waiting" (¶4) is the first day's crowd, not a count of passengers
    "how many passengers used Hobbenden halt in its first month?",
    # "The fund hopes to reopen the Roxy next year, on 21 September" (5ad6806a ¶17); no hour
    "what time will the Roxy reopen on 21 September?",
    # "the county council agreed to pay for a new platform" (21d6b053 ¶8); no sum (the fares, ¶18, are not its cost)
    "how much did the new platform at Hobbenden cost?",
    # "The Mousetrap opened in London on 25 November 1952"; "The director, Pauline Strick, first saw the London
    # production" (6d0893fd ¶12–13): the London director is not named
    "who directed The Mousetrap in London in 1952?",
    # "a new crimson rose … hope to name it at the show" (d5ef1d2b ¶20): not named yet
    "what was the name of the new crimson rose?",
    # "our friends from Saint-Aubin stay with us for ten nights … Beds are still needed" (de54ba5d ¶13); no hotel
    "which hotel did the Saint-Aubin twinning guests stay in?",
    # Josiah Wickstead "never sold so many tickets" (18f71f08 ¶6); no fare is given (the 60p single, 21d6b053 ¶18,
    # is Hobbenden's)
    "what did a ticket on the first Underground train cost?",
    # "Oxford and Cambridge rowed the first University Boat Race … Oxford won" (01203187 ¶3); no crew member named
    "who was the captain of the Oxford crew in 1829?",
    # Percy Ellwood "was learning to run the projectors … a rise on the 9th" (5ad6806a ¶5), "chief projectionist in
    # 1950" (¶7); no wage
    "what did Percy Ellwood earn as chief projectionist?",
    # Grandad went "Back to the yard on the 29th" (ffb12534 ¶6) and "died in 2009" (¶13); no retirement
    "when did Bert Keverne retire from the yard?",
    # "Pupils at Drumbrechan Primary will bury a time capsule" (516a75ec ¶11); no head named (Pilkerton's head is
    # Mrs Tasker, 6b103c5b ¶17–18)
    "who is the headteacher of Drumbrechan Primary?",
    # "Club championship: Saturday 5 June to Sunday 13 June" (de54ba5d ¶12) is still to come
    "who won the Corvisham club championship?",
    # Caversham is not in the corpus (5 edits from Caverleigh, whose rowing club's regatta is 01203187's)
    "Caversham rowing club regatta",
    # Hobbledon is 3 edits from Hobbenden, whose railway halt reopens (21d6b053)
    "Hobbledon railway halt",
    # Blackenden is 2 edits from Thackenden, where the plaque goes up at the station (749a2775 ¶4, ¶12)
    "Blackenden station plaque",
    # Wensleydale is not in the corpus (7 edits from Wensbury); "The Wensbury Show, put off … because of the railway
    # strike" (c9ed916b ¶14)
    "Wensleydale show railway strike",
    # «Орлёнок» is not in the corpus; the camp that turns 60 is «Артек» (f215b718 ¶3–5)
    "лагерь «Орлёнок» 60 лет",
    # "Путёвки на зимнюю смену … можно получить в гороно" (f215b718 ¶14); no price
    "сколько стоит путёвка в «Артек»?",
    # Нина Петровна "сама была в «Артеке» летом 1951 года" (f215b718 ¶9–10); no counsellor named
    "кто был вожатым Нины Петровны в 1951 году?",
    # "una copia en azulejo del acta de 1812" (eb782fbd ¶9); no painter
    "¿quién pintó el azulejo del acta?",
    # "Durante la exposición, la historiadora Lucía Arrieta dará una conferencia" (eb782fbd ¶15); no date or hour
    "¿a qué hora empieza la conferencia de Lucía Arrieta?",
    # Castroverde is 4 edits from Castrobermejo, and not in the corpus; the Pepa's bicentenary is Castrobermejo's
    # (eb782fbd)
    "Castroverde bicentenario de la Pepa",
    # 赵长顺 (fa9422a3 ¶5–8, ¶14): his grandson is named as such, no wife
    "赵长顺 的 妻子 叫 什么",
    # 红旗渠 (fa9422a3): the children walk 十公里 along it (¶12); the canal's length is not given
    "红旗渠 总长度 多少公里",
    # 槐树坪村 (fa9422a3): the contact is 村委会办公室 赵建国 (¶17); no party secretary
    "槐树坪 村支书 是谁",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind93/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
