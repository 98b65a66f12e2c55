"""A third blind lookup query set. It was written after tests/queries_blind2.py, so that later
ranking work has a set it has never seen. It has never been used to tune anything and is to be
scored once, at the end of that work: once it is used for tuning it is in-sample, and a new blind
set is needed.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py, tests/queries_blind.py and tests/queries_blind2.py; no query here is a
  copy or near-copy of a query in those four files (a throwaway script compared the word sets of
  every query with every earlier one, and queries that shared a name were given other words or
  rewritten).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind4/docs, copied as ONE
  corpus into a subfolder blind4/ (see NEWDOCS_DIRS). No earlier query set used these documents.

Kinds: cross-paragraph (the words of the query are in one article but no single paragraph, title
line included, holds them all), word-form (the query uses another form of a word the text uses, in
both directions and including irregular forms: taught/teaching, sank/sinking, swept/sweeping,
ground/grinding, sold/selling, led/leader, invasion/invaded, rebuilding/rebuilt, собакой
Лайкой/собака Лайка, derrumbados/derrumbe), translit (the query is in another script or another
romanisation than the text: Ким Чен Ын for Kim Jong Un, Сианук for Sihanouk, 洪森 for Hun Sen,
Chen Han-seng for Chen Hansheng, Shensi/Kansu for Shaanxi/Gansu, Hsinhua for Xinhua,
Sputnik/Laika/Baikonur for спутник/Лайка/Байконур, R-7 for Р-7, Sanxia/Jiangping/Zhou Dehou for
三峡/江坪/周德厚, Kisferto for Kisfertő, Хиллари for Hillary), russian, spanish, chinese,
mention-noise (Discord/Telegram mentions and zero-width spaces around the real words), typo (1–2
edits), name, phrase, question, topic.
The few queries that a search box can only answer through translation or a synonym (not through
the text's own words in some form or script) say so in their comment ("needs translation",
"synonym").

How the expected articles were judged: by reading the documents only. Every document of both
corpora was read in full first. Each query was then written from a passage of its article, and
every word of it (and a stem of it, for the other forms) was matched over the whole corpus, case-
and accent-insensitively (ё as е), by a throwaway script that listed every article and paragraph
holding it; those paragraphs were read to decide which article a reader wants first (`best`) and
which others are fair answers too (`also`). For cross-paragraph queries the same script checked
that no paragraph (title line included) holds all of the query's words. The unanswerable queries
share one or more words with their corpus on purpose (Hanoi, Caracas, Shanghai, Tsinghua, Paris
Olympics, Korean, Quaker, Communist Manifesto, Yasukuni, Nuremberg, Belarus, Egypt, Uzbekistan,
Silk Road; New Zealand, Lake Superior, Greek, Cornwall, Glen Coe, Austria,
Equal Pay Act, flood defences, Aruba, yoga, Hillary, Байконур, 三峡, Ciudad de México, Corn Exchange);
every article mentioning those words was read to confirm that none answers the query.

The search engine was never run on these queries, and its code (bot/index/) and bench/ were not
read while writing them. Article ids come from `memorial-bot articles --json` (the document
loader), run on seeds/ and on a folder built as build_newdocs_corpus builds it.

This set is blind: score it once, at the end of the work, and report the number as it comes out.
Do not look at which of its queries miss and do not tune on it.
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

# The new-documents corpus is assembled by copying tests/gold/blind4/docs/* into ONE temporary
# corpus folder under the subfolder blind4/: files are then "blind4/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind4/docs",)
NEWDOCS_SUBDIRS = ("blind4",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "4598ff91": "Cressford & District Local History Society — Spring and Summer Newsletter",
    "658fe02b": "Penhallow braces itself for the eclipse crowds",
    "75b0c10d": "Skelbeck climbers raise a glass to Hillary and Tenzing, fifty years on",
    "4573fe48": "Bell tolls 29 times as Whitlock Harbor remembers the Edmund Fitzgerald",
    "8ade69aa": "Branwick's Greeks mark 200 years since the revolution",
    "5e000411": "Trams back on Harbrook's streets after 61 years",
    "c54aefcb": "Hollesby's twin town remembers the picnic that opened the border",
    "52461d9c": "Hollesby windmill turns again at 200",
    "60796076": "Hollinshaw Reservoir Visitor Centre — Opening Times and Events",
    "ccafa63f": "Fifty years on, Lynmouth remembers the night of the flood",
    "166deda4": "Quarrington Athletic: a hundred years to the day",
    "7f71d7bf": "Forty years on, the carpet mill strikers meet again",
    "82dee12c": "Riverside traders count the cost six months after the floods",
    "a38d4a72": "La capital recuerda el terremoto de 1985, veinte años después",
    "67dbaa0c": "В Новоключевске отметили 50-летие запуска первого спутника",
    "4bdfa341": "三峡工程开工二十周年 江坪镇老移民重聚话今昔",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    Query("Fico digital payments", "faecd2e1", "cross-paragraph"),  # Fico ¶13/19; e-commerce and digital payments ¶27
    Query("Madbouly pauk-phaw", "26d64f12", "cross-paragraph"),  # Egypt's PM ¶405/411/413; Myanmar ¶415/419
    Query("Hun Sen five-year action plan", "20f574be", "cross-paragraph"),  # Hanoi guest list ¶154; the plan ¶141/181
    # the Uzbek railway project ¶207; Pakistan's PM ¶211/213
    Query("Shehbaz China-Kyrgyzstan-Uzbekistan railway", "3a9fa4ed", "cross-paragraph"),
    Query("Younghusband Hyde Park", "ac7222d4", "cross-paragraph"),  # the donation ¶521; the 1937 meeting ¶525
    # 000: the guerrilla fighters line 3; the monument in the Moscow region line 7 (6710eba1 ¶557 has
    # "guerrilla warfare", no Moscow)
    Query("guerrilla fighters Moscow region", "097182f6", "cross-paragraph"),
    Query("Khurelsukh grandfathers", "c061f0a1", "cross-paragraph"),  # Putin's quote ¶195; Khurelsukh ¶187/197/199
    Query("Luong Cuong Guard of Honour", "362ba691", "cross-paragraph"),  # the president ¶71; the PLA guard ¶73
    Query("Wang Yi rostrum", "eca32116", "cross-paragraph"),  # the welcome party ¶221; Tienanmen rostrum ¶219
    Query("Southbank Holocaust", "ccf1d4fa", "cross-paragraph"),  # the BFI season ¶111; the 1944 film ¶125
    # Word forms: another form of a word the text uses
    Query("Younghusband invaded Tibet", "ac7222d4", "word-form"),  # ¶521 "led the 1905 British invasion"
    Query("Liddell teaching at an Anglo-Chinese college", "7ab1f62c", "word-form"),  # ¶291 "he taught at"
    Query("Lula chairing the BRICS virtual summit", "e065690c", "word-form"),  # ¶451 "convened and chaired by"
    Query("J.R. Campbell demands Japan withdraw", "ac7222d4", "word-form"),  # ¶525 "demanded a Japanese withdrawal"
    Query("Lord Lindsay of Birker radio engineer", "ac7222d4", "word-form"),  # ¶501 "expertise in radio engineering"
    Query("Putin on the beautification of Nazis", "424ab945", "word-form"),  # 002 line 11 "beautifying Nazis"
    # 003 line 37 "Condemns the desecration or destruction of World War II memorials"
    Query("desecrated war memorials", "b39d8185", "word-form"),
    # ¶77 "their swift integration into rehearsals"; 20f574be ¶145 Lao soldiers in the same parade
    Query("foreign troops rehearsing for the Hanoi parade", "362ba691", "word-form", also=("20f574be",)),
    # Other scripts and other romanisations
    Query("Ким Чен Ын", "eca32116", "translit"),  # Kim Jong Un ¶217–223
    Query("Тхонглун Сисулит", "20f574be", "translit"),  # Thongloun Sisoulith ¶135–183
    # Fidel Castro: d807680a title and ¶93; 20f574be ¶167 "President Fidel Castro"
    Query("Фидель Кастро", "d807680a", "translit", also=("20f574be",)),
    Query("洪森", "20f574be", "translit"),  # Hun Sen ¶154
    Query("Chen Han-seng", "ac7222d4", "translit"),  # Wade-Giles of Chen Hansheng ¶491
    # Wade-Giles/postal of Shaanxi and Gansu ¶549; dde32893 ¶333 and ac7222d4 ¶485 have Gansu only
    Query("Shensi and Kansu provinces", "6710eba1", "translit", also=("dde32893",)),
    Query("Сианук", "5a5d8582", "translit"),  # Queen Mother Norodom Monineath Sihanouk ¶235–241
    Query("Hsinhua correspondents", "7ab1f62c", "translit"),  # Wade-Giles of Xinhua ¶283/287
    # Russian
    Query("Мнангагва Зимбабве", "faecd2e1", "russian"),  # Mnangagwa, Zimbabwe ¶5–11
    # needs translation (олимпийский чемпион = Olympic champion); Лидделл = Liddell ¶275/285
    Query("Эрик Лидделл олимпийский чемпион", "7ab1f62c", "russian"),
    # Spanish
    # ¶307; 6710eba1 ¶547 names the same hosts in English (the China NGO Network, CNIE)
    Query("Red China de ONG de Intercambios Internacionales", "dde32893", "spanish", also=("6710eba1",)),
    # ¶335; 6710eba1 ¶539 is the same Dunhuang plant in English
    Query("planta solar de sal fundido", "dde32893", "spanish", also=("6710eba1",)),
    Query("platos hondos y frijoles para votar", "dde32893", "spanish"),  # ¶315
    # Chinese
    Query("进一步深化 苏联", "b39d8185", "chinese"),  # 003 line 20, the Chinese title of the joint statement
    # needs translation (上合组织 = SCO, 峰会 = summit); the SCO article is about the summit, these
    # others mention the Tianjin summit (as in tests/queries_heldout.py)
    Query(
        "上合组织天津峰会",
        "9e49ddff",
        "chinese",
        also=("3a9fa4ed", "26d64f12", "0e5d6094", "5a5d8582", "20f574be", "362ba691", "c061f0a1"),
    ),
    # Chat mentions around the real words
    # ¶501 the Friends Ambulance Unit provided medical supplies to the Shandan Bailie School
    Query("<@!112233445566778899> Shandan Bailie School medical supplies", "ac7222d4", "mention-noise"),
    Query("@here Kassym-Jomart Tokayev", "26d64f12", "mention-noise"),  # ¶405
    # ¶537 the Fourth Dialogue on Exchanges and Mutual Learning Among Civilisations in Dunhuang
    Query("\u200bMutual Learning\u200b Among Civilisations\u200b", "6710eba1", "mention-noise"),
    # Typos
    Query("Emerson Mnangagwa", "faecd2e1", "typo"),  # Emmerson ¶5
    Query("Subrahmanyam Jaishanker", "e065690c", "typo"),  # Jaishankar ¶451
    Query("Tsinghau University symposium", "ac7222d4", "typo"),  # Tsinghua ¶475
    Query("Abdel Fatah el-Sisi", "e065690c", "typo"),  # Abdel Fattah El-Sisi ¶451
    # Names
    Query("Wong Liu Tsong", "ccf1d4fa", "name"),  # Anna May Wong's real name ¶115
    Query("Narendra Modi", "e065690c", "name"),  # ¶451
    Query("Samdech Techo", "20f574be", "name"),  # Hun Sen's title ¶154
    Query("Jin Jing", "7ab1f62c", "name"),  # Xinhua correspondent ¶287
    # Phrases
    # faecd2e1 ¶5/11 (Zimbabwe); 5a5d8582 ¶241/247 "all-weather (Cambodia-China) community with a shared future"
    Query("all-weather community with a shared future", "faecd2e1", "phrase", also=("5a5d8582",)),
    Query("Theory of Three Represents", "38a7d84f", "phrase"),  # ¶383
    Query("I see a new China", "ac7222d4", "phrase"),  # Hogg's book ¶493
    Query("The Fight Against Fascism Then and Now", "d89fdf72", "phrase"),  # the companion webinar ¶359
    # Natural questions
    Query("how far did Hogg's pupils walk to safety?", "ac7222d4", "question"),  # ¶485 1,100 km, most of it on foot
    Query("what share of global trade do BRICS countries have?", "e065690c", "question"),  # ¶459 one-fifth
    # ¶87 "the 65th anniversary of the establishment of diplomatic relations between China and Cuba"
    Query("how long have China and Cuba had diplomatic relations?", "d807680a", "question"),
    Query("how many outcome documents did the SCO summit adopt?", "9e49ddff", "question"),  # ¶443 24
    # Topics
    # ¶277 the families of British POW survivors "continue to search for traces of their experiences"
    Query("families of British prisoners of war searching for their stories", "7ab1f62c", "topic"),
    Query("mass killings of Soviet civilians recognised as genocide", "b39d8185", "topic"),  # 003 line 40
    # ¶211 "upgrade the China-Pakistan Free Trade Agreement"
    Query("upgrading the Pakistan free trade agreement", "3a9fa4ed", "topic"),
    Query("Zimbabwe mining and infrastructure cooperation", "faecd2e1", "topic"),  # ¶9
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Hanoi street food tour",  # Hanoi (362ba691, 20f574be)
    "Caracas crime statistics",  # Caracas (f78fdcd6)
    "Shanghai Disneyland opening hours",  # Shanghai (SCO articles, dde32893, 6710eba1)
    "Tsinghua University world ranking",  # Tsinghua University (ac7222d4); "world" everywhere
    "Paris Olympics 2024 tickets",  # the 1924 Paris Olympics (7ab1f62c)
    "Korean War armistice anniversary",  # Korea, anniversary (eca32116, 7ab1f62c, d89fdf72, 097182f6)
    "Quaker meeting house near me",  # the Quakers (ac7222d4)
    "Communist Manifesto summary",  # Hogg asked for the 'Communist Manifesto' (ac7222d4)
    "Yasukuni Shrine visiting hours",  # Yasukuni Shrine (b39d8185)
    "Nuremberg Christmas market",  # Nuremberg (b39d8185, ccf1d4fa)
    "Belarus visa-free travel",  # Belarus (0e5d6094, 20f574be)
    "Egyptian pyramids guided tour",  # Egypt (26d64f12, e065690c, 6710eba1)
    "Uzbekistan Silk Road hotels",  # Uzbekistan (3a9fa4ed); 'Children of the Silk Road' (ac7222d4); hotel (dde32893)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Alan Mereworth Holt Lock", "4598ff91", "cross-paragraph"),  # the treasurer ¶5; the July visit ¶23
    Query("Derek Polglase Trewint Farm", "658fe02b", "cross-paragraph"),  # Aruba ¶11; the car parks ¶7
    Query("Tom Bourdillon Black Bull", "75b0c10d", "cross-paragraph"),  # South Summit ¶5; the dinner ¶9
    Query("Carol Lindqvist taconite", "4573fe48", "cross-paragraph"),  # the service ¶11; the cargo ¶5
    Query("Eleni Markou Ochi Day", "8ade69aa", "cross-paragraph"),  # the association ¶9; 28 October ¶13
    Query("car No. 17 Oakfield", "5e000411", "cross-paragraph"),  # the last tram in 1951 ¶5; the second line ¶11
    Query("Sopron Kisfertő", "c54aefcb", "cross-paragraph"),  # the picnic ¶3; the twin town ¶7/9
    Query("Joan Hartnoll Lyndale Hotel", "ccafa63f", "cross-paragraph"),  # the survivor ¶11; first service ¶7
    Query("Sedgecote Swifts Grand Hotel", "166deda4", "cross-paragraph"),  # the first match ¶5; the dinner ¶7
    Query("Weavers Row Equal Pay Act", "7f71d7bf", "cross-paragraph"),  # the plaque ¶21; the strike's end ¶19
    Query("Грачёв Байконур", "67dbaa0c", "cross-paragraph"),  # the radio operator ¶7; the launch site ¶3
    Query("周德厚 大江截流", "4bdfa341", "cross-paragraph"),  # the old resettler ¶7; the 1997 river closure ¶5
    # Word forms
    Query("Greeks revolted against Ottoman rule", "8ade69aa", "word-form"),  # ¶3 "the revolt against Ottoman rule"
    Query("why did the Edmund Fitzgerald sink", "4573fe48", "word-form"),  # ¶7 "Nobody knows ... why she sank"
    # ¶5 "The 1953 expedition, led by Colonel John Hunt"
    Query("who was the leader of the 1953 Everest expedition", "75b0c10d", "word-form"),
    Query("eclipse festival tickets selling out", "658fe02b", "word-form"),  # ¶9 "have almost sold out"
    Query("flood sweeping away houses", "ccafa63f", "word-form"),  # ¶5 "swept away houses, cars and a row of shops"
    Query("when was Lynmouth rebuilt", "ccafa63f", "word-form"),  # ¶7 "the rebuilding of the village"
    Query("miller grinding his first flour", "52461d9c", "word-form"),  # ¶17 "ground his first flour there"
    Query("completion of the Hollinshaw dam", "60796076", "word-form"),  # ¶3 "was completed on 14 October 1931"
    Query("closure of Quarrington Carpet Mills", "7f71d7bf", "word-form"),  # ¶21 "The mills themselves closed"
    Query("Hollesby twinned with a Hungarian town", "c54aefcb", "word-form"),  # "twin town", "twinning charter"
    Query("собака Лайка", "67dbaa0c", "word-form"),  # ¶5 "с собакой Лайкой на борту"
    # ¶3 "los edificios derrumbados"; ¶7 the colonia Roma, "se vinieron abajo decenas de edificios"
    Query("derrumbe de edificios en la colonia Roma", "a38d4a72", "word-form"),
    # Other scripts and other romanisations
    Query("Sputnik 50th anniversary planetarium", "67dbaa0c", "translit"),  # спутник, 50-летие, планетарий
    Query("Baikonur R-7", "67dbaa0c", "translit"),  # ¶3 "с Байконура стартовала ракета Р-7" (Cyrillic Р)
    Query("Novoklyuchevsk", "67dbaa0c", "translit"),  # Новоключевск, title and ¶3
    Query("Sanxia dam", "4bdfa341", "translit"),  # pinyin of 三峡 (…大坝 ¶5)
    Query("Jiangping resettlers", "4bdfa341", "translit"),  # 江坪镇 移民; "resettlers" needs translation
    Query("Zhou Dehou", "4bdfa341", "translit"),  # 周德厚 ¶7
    Query("Kisferto", "c54aefcb", "translit"),  # Kisfertő without the Hungarian ő
    Query("Хиллари и Тенцинг", "75b0c10d", "translit"),  # Hillary and Tenzing, title and ¶3
    # Russian, Spanish, Chinese
    Query("обсерватория на крыше планетария", "67dbaa0c", "russian"),  # ¶11
    Query("звездный зал после ремонта", "67dbaa0c", "russian"),  # ¶9 "новый звёздный зал", typed without ё
    Query("minuto de silencio en el Zócalo", "a38d4a72", "spanish"),  # ¶3
    Query("talleres de protección civil para niños", "a38d4a72", "spanish"),  # ¶11
    Query("Roma Solidaria jacarandas", "a38d4a72", "spanish"),  # ¶9
    Query("移民纪念馆", "4bdfa341", "chinese"),  # ¶9/11
    Query("三峡老照片展", "4bdfa341", "chinese"),  # ¶11
    Query("土坯房", "4bdfa341", "chinese"),  # ¶7
    # Chat mentions around the real words
    Query("@everyone Edmund Fitzgerald bell", "4573fe48", "mention-noise"),  # the bell ¶3/9 (Edmund also in 75b0c10d)
    Query("<@123456789012345678> Harbrook tram fares", "5e000411", "mention-noise"),  # ¶9
    Query("\u200bHollinshaw\u200b guided walks", "60796076", "mention-noise"),  # ¶9
    Query("@here Skelbeck Horseshoe", "75b0c10d", "mention-noise"),  # ¶9
    # Typos
    Query("Lynmoth flood", "ccafa63f", "typo"),  # Lynmouth
    Query("Penhalow eclipse", "658fe02b", "typo"),  # Penhallow
    Query("Quarington Athletic centenary", "166deda4", "typo"),  # Quarrington
    Query("Hollesbey windmill sails", "52461d9c", "typo"),  # Hollesby
    # Names
    Query("Margaret Ibbotson", "4598ff91", "name"),  # the secretary ¶25
    Query("Ruth Danforth", "4573fe48", "name"),  # ¶13
    Query("Moira Dent", "75b0c10d", "name"),  # ¶11
    Query("Rosa Elena Pacheco", "a38d4a72", "name"),  # ¶7
    # Phrases
    Query("We are holding our own", "4573fe48", "phrase"),  # the last radio message ¶5
    Query("the summer nobody came to town", "5e000411", "phrase"),  # ¶7
    Query("Cressford at Work", "4598ff91", "phrase"),  # the summer exhibition ¶21
    Query("Pan-European Picnic", "c54aefcb", "phrase"),  # ¶3
    Query("Las manos que levantaron la ciudad", "a38d4a72", "phrase"),  # the photo exhibition ¶11
    # Natural questions
    Query("how many people died in the Lynmouth flood?", "ccafa63f", "question"),  # ¶5 thirty-four dead or missing
    Query("how much did the Harbrook tram line cost?", "5e000411", "question"),  # ¶7 £118 million
    Query("how high is the Hollinshaw dam?", "60796076", "question"),  # ¶3 38 metres
    Query("how long did the carpet mill strike last?", "7f71d7bf", "question"),  # ¶19 eleven weeks
    Query("how much did the windmill appeal raise?", "52461d9c", "question"),  # ¶19 £86,000
    # Topics
    # synonym: ¶3 "The village of Low Hollinshaw ... lies under the water"
    Query("drowned village under a reservoir", "60796076", "topic"),
    Query("women weavers strike for equal pay", "7f71d7bf", "topic"),  # ¶17/19
    Query("East Germans crossing into Austria in 1989", "c54aefcb", "topic"),  # ¶3
    Query("shipwreck on the Great Lakes", "4573fe48", "topic"),  # the Great Lakes Shipwreck Museum ¶9
    # needs translation: Mexico City = la Ciudad de México ¶5, earthquake = terremoto
    Query("Mexico City earthquake anniversary", "a38d4a72", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "New Zealand honey exports",  # the New Zealand beekeeper (75b0c10d)
    "Lake Superior fishing licence",  # Lake Superior (4573fe48)
    "Greek yoghurt recipe",  # Greek (8ade69aa)
    "Cornwall holiday cottages",  # Cornwall (658fe02b)
    "Hillary Clinton memoir",  # Edmund Hillary (75b0c10d)
    "Glen Coe weather forecast",  # Glen Coe meet (75b0c10d); "the weather forecast for the lake" (4573fe48)
    "Austria ski resorts",  # Austria (c54aefcb)
    "Equal Pay Act claim form",  # the Equal Pay Act (7f71d7bf)
    "flood defence grants for homeowners",  # the flood defences consultation (82dee12c); flood (ccafa63f)
    "Aruba all-inclusive holidays",  # the eclipse watched from Aruba (658fe02b)
    "yoga classes for beginners",  # a dawn yoga session (658fe02b)
    "расписание запусков с Байконура",  # Байконур, запуск (67dbaa0c)
    "三峡游轮票价",  # 三峡 (4bdfa341)
    "vuelos baratos a la Ciudad de México",  # la Ciudad de México (a38d4a72)
    "Corn Exchange concert tickets",  # the Corn Exchange (4598ff91); tickets (658fe02b)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind4/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
