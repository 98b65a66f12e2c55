"""An eightieth lookup query set, for tuning ranking (written in the fortieth session): a TUNING set, not a blind one,
RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once used for
tuning, a score on it is in-sample, as in blind56).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind79.py and tests/queries_blind81.py, the first
  unscored and the second written at the same time as this one, were not opened and are not part of the
  check). A throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased,
  accents dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every
  earlier query (some ten thousand of them), and with the earlier queries of this set, while the set was
  being written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are worn thin by now: nearly every name, pair of names and quotable sentence in them has been queried,
  so most of these seed queries join names or passages that no earlier query joined (three names of one
  article, a name with a place of another paragraph), or quote the less-quoted sentences, and well over
  half of the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind92/docs, copied as ONE
  corpus into a subfolder blind92/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 8 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 5 + 12 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3, spanish
2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the
real words), typo 3 + 4 (1–2 edits a word), name 3 + 3, phrase 4 + 4, question 5 + 5, topic 4 + 4:
42 + 61 answerable, and 21 + 35 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
won, paid, built or forged something, who was a brother, daughter or mayor; how many members, pupils,
people or students; what time something starts or closes; what something cost; which hotel; a rank, a
birth year, a date of taking office);
a place the corpus does not hold but spelled close to one it does (two or more edits from anything real
in it); Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in
another script for some of the seeds' ones), and every article holding those words was read to confirm
that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind92/docs/* into ONE temporary
# corpus folder under the subfolder blind92/: files are then "blind92/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind92/docs",)
NEWDOCS_SUBDIRS = ("blind92",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "5759f3b6": "CLEWBOROUGH TELEPHONE CENTENARY WEEK",
    "f06fa753": "FAWLINGHAM TOWN COUNCIL",
    "f1c212c9": "GORBECK EXPRESS",
    "b904fe8e": "HENSTING BARTON",
    "5ef637a9": "HINDLECOTE PRIMARY SCHOOL",
    # en_hurstleigh_examiner_horses_digest.txt, split by the loader: the header and the Derby cutting (¶1–5), the
    # leap-day cutting (¶7–10), the horse-show cutting (¶12–19); the "* * *" rules (¶6, ¶11) belong to none of them
    "2f953b0e": "Hurstleigh Riding School: three cuttings from the Examiner",
    "6f04d6f1": "Hurstleigh Examiner, Friday 29 February",
    "586c1134": "Hurstleigh Examiner, Wednesday 14 August 1996",
    "41cc5508": "Matchstick City: a model-maker's notebook",
    "5e6aa303": "MAWBREY SCRABBLE CLUB",
    "c03a356f": "OBITUARY",
    "590d8e0b": "THE POLGRENNICK VOICE",
    # en_rudwell_reporter_rowing_digest.txt, split by the loader: the header and the Boat Race cutting (¶1–6), the
    # flood cutting (¶8–12), the boathouse-roof cutting (¶14–19); here the "* * *" rules (¶7, ¶13) come out as
    # articles of their own (fe5508cd, fe5508cd-2, titled "* * *")
    "73bf1381": "Rudwell Rowing Club: three cuttings from the scrapbook",
    "41331069": "Rudwell Reporter, Thursday 4 March 1993",
    "accdbc60": "Rudwell Reporter, 18 October 2022",
    "ca9350e8": "WRAGSBY STANDARD",
    "c91fc1b8": "EL ECO DE ARENALEJO",
    "a1596908": "«ПЕСКОРЕЧЕНСКИЙ ВЕСТНИК»",
    "b68b306e": "岚泉镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "a strong family background in pacifism, specifically in the Fellowship of Reconciliation" ¶493; "to work
    # with Gung Ho [the Chinese Industrial Cooperatives]" ¶497; "Her father, Arthur Clegg" ¶515 (also ¶519)
    Query("Arthur Clegg Gung Ho Fellowship of Reconciliation", "ac7222d4", "cross-paragraph"),
    # "the General Secretary of the United Left Movement Party of the Dominican Republic and the General Secretary
    # of the Communist Party of Britain" ¶159; "established by President Kaysone Phomvihane and President Fidel
    # Castro" ¶167 (d807680a has Fidel Castro, ¶83/93, but neither of the others)
    Query("Fidel Castro Dominican Republic Communist Party of Britain", "20f574be", "cross-paragraph"),
    # "un sistema de platos hondos y frijoles" ¶315; "pequeños robots que toman el elevador … tomar el tren bala"
    # ¶329
    Query("platos hondos robots elevador tren bala", "dde32893", "cross-paragraph"),
    # "Concrete examples from Botswana" ¶537; "hosted by the China NGO Network for International Exchanges
    # (CNIE)" ¶547; "the encroaching Nationalist Party (Kuomintang (KMT))" ¶557
    Query("Botswana CNIE Kuomintang", "6710eba1", "cross-paragraph"),
    # "Slovak Prime Minister Robert Fico" ¶13; "although Hungary and Bulgaria also sent senior representatives"
    # ¶21; "the Forum on China-Africa Cooperation (FOCAC)" ¶9/27
    Query("Robert Fico Hungary FOCAC", "faecd2e1", "cross-paragraph"),
    # "Vice President Delcy Rodríguez" ¶33/53; "first published by Orinoco Tribune and Global Times" ¶49; "the
    # victory of the Bolivarians" ¶39
    Query("Delcy Rodríguez Global Times Bolivarians", "f78fdcd6", "cross-paragraph"),
    # Word forms: the text has another form
    # "Las calles están limpias, caminables, y bien ordenadas" ¶323 (plurals in the text; "limpia" and
    # "caminable" are nowhere in the corpus, "calle" is, in ¶327)
    Query("una calle limpia y caminable", "dde32893", "word-form"),
    # "From Caracas, we gift the Chinese people and President Xi Jinping this monument" ¶35/55 (gift → gifting)
    Query("Maduro gifting the monument to President Xi Jinping", "f78fdcd6", "word-form"),
    # "King Norodom Sihamoni and Queen Mother … attend upon invitation the Commemoration" ¶241 (attend → attends)
    Query("King Norodom Sihamoni attends the commemoration upon invitation", "5a5d8582", "word-form"),
    # "None Shall Escape the Judgement … which envisages a court in Warsaw trying a Nazi for his part in the
    # Holocaust" ¶125 (trying → tries)
    Query("a court in Warsaw tries a Nazi for his part in the Holocaust", "ccf1d4fa", "word-form"),
    # Another script or romanisation
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/197, as Russian papers write him (patronymic first)
    Query("Ухнаагийн Хурэлсух", "c061f0a1", "translit"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "his mentor, the New Zealand internationalist Rewi Alley"
    # ¶495, in Cyrillic
    Query("Джеймс Макманус Рьюи Элли", "ac7222d4", "translit"),
    # "Xinhua correspondents Zheng Bofei and Jin Jing" ¶287; "Modeled after London's Stamford Bridge (home of
    # Chelsea Football Club)" ¶291, in Cyrillic
    Query("Чжэн Бофэй, Стэмфорд Бридж, Челси", "7ab1f62c", "translit"),
    # "Concrete examples from Botswana" ¶537; "a number of cities in Shaanxi and Gansu" ¶549; "Yan'an" ¶535/557,
    # in Cyrillic (dde32893 has Yan'an too, ¶307/315, not Botswana or Shaanxi)
    Query("Ботсвана Шэньси Яньань", "6710eba1", "translit"),
    # "Iranian President Masoud Pezeshkian … the representatives of India and Ethiopia" ¶451; "the US Trump
    # administration" ¶451, in Chinese characters as Xinhua writes them
    Query("佩泽希齐扬 特朗普 埃塞俄比亚", "e065690c", "translit"),
    # Russian (names written in Cyrillic)
    # "internationalists like George Hogg" ¶477; "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501;
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491
    Query("Джордж Хогг, Майкл Линдси и Чоу Юньфат", "ac7222d4", "russian"),
    # "Brazilian President Luiz Inácio Lula da Silva … Foreign Minister Subrahmanyam Jaishankar" ¶451; "the US
    # Trump administration" ¶451
    Query("Лула, Джайшанкар и Трамп", "e065690c", "russian"),
    # Spanish
    # "y no solo estamos hablando en términos de cantidades de dólares" ¶317
    Query("no solo estamos hablando en términos de cantidades de dólares", "dde32893", "spanish"),
    # "tras el éxito de los masivos proyectos de aliviar de la pobreza" ¶341
    Query("el éxito de los masivos proyectos de aliviar de la pobreza", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Eric Liddell" ¶275/287; "Chelsea Football Club" ¶291; "Upon returning to Edinburgh" ¶287 (and ¶273)
    Query("利德尔 切尔西 爱丁堡", "7ab1f62c", "chinese"),
    # "Samdech Techo Hun Sen" ¶154; "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157;
    # "President Fidel Castro" ¶167 (d807680a has Castro alone)
    Query("洪森 谢尔盖因科 卡斯特罗", "20f574be", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Arthur Clegg" ¶515/519; "the first to organise a Hyde Park meeting" ¶525
    Query("<@77> Arthur Clegg\u200b Hyde Park", "ac7222d4", "mention-noise"),
    # "The Bloomberg financial news service further reported" ¶463; "the US Trump administration" ¶451
    Query("@here \u200bBloomberg Trump", "e065690c", "mention-noise"),
    # Typos (1–2 edits)
    # "Discussions at Fudan University" ¶541; "Black Liberation Alliance and Qiao Collective" ¶547
    Query("Fudan Univercity Qiao Colective", "6710eba1", "typo"),
    # "Defence Minister Vladimir Padrino" ¶33 ("Defense Minister" ¶53); Venezuela throughout
    Query("Padrino Defence Minster Venezuella", "f78fdcd6", "typo"),
    # "During WWII, Hollywood film makers … the outstanding None Shall Escape the Judgement" ¶125
    Query("Hollywod None Shall Escpe", "ccf1d4fa", "typo"),
    # Names
    # "David Horsley reviews a season of Anna May Wong's films" ¶111; "one film, Lady From Chungking" ¶113/129
    Query("David Horsley Lady From Chungking", "ccf1d4fa", "name"),
    # "founding President Kim Il Sung" ¶219; "General Secretary of the Workers' Party of Korea (WPK)" ¶223
    # (6710eba1 ¶547 has "Workers World Party", not Korea)
    Query("Kim Il Sung Workers' Party of Korea", "eca32116", "name"),
    # "Chairman of the National Assembly of Vietnam Tran Thanh Man" ¶65; "the ceremony held at the Ba Dinh Square
    # in Hanoi" ¶73 (20f574be ¶143 has Ba Dinh Square, not Tran Thanh Man)
    Query("Tran Thanh Man Ba Dinh Square", "362ba691", "name"),
    # Phrases
    # "the absence of Prime Minister Narendra Modi being widely interpreted as indicating his continued
    # vacillation" ¶451
    Query("widely interpreted as indicating his continued vacillation", "e065690c", "phrase"),
    # "avoiding alliance language that might imply mutual defence obligations" line 11
    Query("avoiding alliance language that might imply mutual defence obligations", "b39d8185", "phrase"),
    # "His first visit to China in six years drew extraordinary global attention, not least due to the high levels
    # of protocol and hospitality extended by the Chinese side" ¶219
    Query(
        "drew extraordinary global attention, not least due to the high levels of protocol and hospitality",
        "eca32116",
        "phrase",
    ),
    # "The same year saw the release of the perhaps overly fictionalised feature film" ¶491
    Query("the perhaps overly fictionalised feature film", "ac7222d4", "phrase"),
    # Questions
    # "founded in late August or early September 1937, that is scarcely two months after the July 7 Lugou 'Marco
    # Polo' Bridge Incident" ¶505
    Query(
        "how many months after the Marco Polo Bridge Incident was the China Campaign Committee founded?",
        "ac7222d4",
        "question",
    ),
    # "On August 23, Cambodian King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk arrived in
    # Beijing" ¶235
    Query("who arrived in Beijing on August 23?", "5a5d8582", "question"),
    # "Reporting the grand ceremony, Nhân Dân, noted that international guests included: … Samdech Techo Hun Sen"
    # ¶151–154 (5a5d8582 has Hun Manet, not Hun Sen)
    Query("which newspaper reported that international guests included Hun Sen?", "20f574be", "question"),
    # "They were also accompanied by … Vice President Delcy Rodríguez and Defence Minister Vladimir Padrino" ¶33
    # (also ¶53)
    Query("which Venezuelan defence minister accompanied Maduro in Caracas?", "f78fdcd6", "question"),
    # "the 'Friends of the Chinese People' (1927-37), founded by the British Section of the League Against
    # Imperialism" ¶513
    Query(
        "which section of the League Against Imperialism founded the Friends of the Chinese People?",
        "ac7222d4",
        "question",
    ),
    # Topics
    # "SCO member states must promote a correct historical perspective on World War II, oppose the Cold War
    # mentality, bloc confrontation … support the multilateral trading system with the WTO at its core" ¶440
    Query("Cold War mentality bloc confrontation multilateral trading system WTO", "9e49ddff", "topic"),
    # "Average life expectancy was below 35. Illiteracy was rife and disease was common." ¶555 (dde32893 ¶313/317
    # has "la expectativa de vida", in Spanish)
    Query("life expectancy illiteracy disease", "6710eba1", "topic"),
    # "actors in 'yellow face' … Lady From Chungking is an anti-imperialist classic" ¶113/129; "Hollywood film
    # makers produced dozens of films" ¶125
    Query("Hollywood anti-imperialist films yellow face", "ccf1d4fa", "topic"),
    # "Eric Liddell, the Scottish Olympic champion who … passed away in a Japanese prisoner-of-war camp" ¶275;
    # "the Olympic champion … finally died in a Japanese internment camp" ¶285
    Query("Scottish Olympic champion internment camp", "7ab1f62c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Eric Liddell "taught at an Anglo-Chinese college" in Tianjin (7ab1f62c ¶291); the Shandan Bailie School's
    # headmaster was George Hogg (ac7222d4 ¶483)
    "Eric Liddell headmaster of the Shandan school in Gansu",
    # "the Russian World War II veteran Lev Abramov, who participated in anti-Japanese liberation war" (054ef6fb
    # line 14); no unit, no rank
    "Lev Abramov wartime unit and rank",
    # Liddell was "helping to design and promote the Minyuan Stadium" (7ab1f62c ¶291); no one paid, no sum
    "who paid for the Minyuan Stadium in Tianjin?",
    # Liu Qibao (054ef6fb) went to Khabarovsk; Kim Jong Un (eca32116) came to Beijing; Pyongyang is nowhere
    "Лю Цибао встреча с Ким Чен Ыном в Пхеньяне",
    # Liu Qibao (054ef6fb) and Eric Liddell (7ab1f62c) are never joined
    "Лю Цибао и Эрик Лидделл",
    # "Aun en uno de los hoteles" (dde32893 ¶323), "tu cuarto de hotel" (¶329); Xi'an (¶307/313/325); no price
    "¿cuánto costó el hotel en Xi'an?",
    # Fico (faecd2e1 ¶13–21) in Chinese characters; Ukraine is b39d8185's (line 17), never Fico's
    "菲佐 乌克兰 立场",
    # Hun Sen (20f574be ¶154) and Peng Liyuan (5a5d8582 ¶237), in Chinese characters, never met in the corpus
    "洪森 彭丽媛 会见",
    # Pham Minh Chinh "visited Tianjin to attend the meetings of the Shanghai Cooperation Organisation" (362ba691
    # ¶79); the Tienanmen rostrum is Kim Jong Un's, Putin's and Xi's (eca32116 ¶219)
    "Pham Minh Chinh on the Tienanmen rostrum beside Kim Jong Un",
    # Padrino was in Caracas (f78fdcd6 ¶33/53); Moscow's parades are not his
    "Vladimir Padrino Moscow parade",
    # Keith Bennett went to a symposium and to Tsinghua (ac7222d4 ¶475) and is a webinar speaker (d89fdf72 ¶367);
    # the Yan'an visits are the delegation's (6710eba1 ¶535/557, dde32893 ¶307/315), which never names him
    "Keith Bennett Yan'an delegation",
    # Kim Jong Un "was greeted at Beijing Railway Station" (eca32116 ¶221); no hotel anywhere in the article
    "name of the hotel where Kim Jong Un's delegation stayed during the Beijing visit",
    # Fico came to the Beijing commemoration (faecd2e1 ¶13–21); Moscow's Victory Day is Xi's visit (c061f0a1 ¶193,
    # b39d8185 line 2)
    "Robert Fico Victory Day parade in Moscow",
    # Yunnan is 2 edits from Yan'an, where "the communist forces concluded the Long March" (6710eba1 ¶557)
    "Yunnan Long March base area",
    # Hogg was headmaster of the Shandan Bailie School (ac7222d4 ¶483, ¶501); today's roll is never given
    "how many students attend the Shandan Bailie School today?",
    # Mnangagwa (faecd2e1 ¶5–11): "infrastructure, mining, investment, trade"; no tobacco
    "Emmerson Mnangagwa tobacco exports",
    # "a booklet on the life of Claudia Jones" (ccf1d4fa ¶123); no grave, no Highgate
    "Claudia Jones grave in Highgate",
    # Lindsay's "expertise in radio engineering was much appreciated" (ac7222d4 ¶501); the Eighth Route Army is
    # Hogg's tour (¶497) and Liddell's (7ab1f62c ¶275); no radio set named
    "what radio did Michael Lindsay build for the Eighth Route Army?",
    # Curaçao is 3 edits from Caracas, where Lan Hu inaugurated the monument (f78fdcd6 ¶33)
    "Curaçao statue unveiled by Lan Hu",
    # "Li Jinxian, director of the Memorial Work Department" (097182f6 line 1); no date of appointment
    "когда Ли Цзиньсянь стал директором департамента?",
    # the Caracas ceremony (f78fdcd6 ¶33–57) names the leaders present; no soldiers, no count
    "how many Venezuelan soldiers paraded at the Caracas monument ceremony?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "the town's oldest subscriber, Mr Horace Lintern" ¶7; "The first operator, Miss Beatrice Challacombe … Dr
    # Purkiss's line dead till the 3rd" ¶13
    Query("Horace Lintern Beatrice Challacombe Dr Purkiss", "5759f3b6", "cross-paragraph"),
    # "its keeper, Josiah Pilbeam" ¶6; "the Revd Henry Bastable" ¶11; "the council's communications officer, Priya
    # Lathwell" ¶18
    Query("Josiah Pilbeam Henry Bastable Priya Lathwell", "f06fa753", "cross-paragraph"),
    # "Gorbeck Amateur Operatic Society's The Gondoliers" ¶6; "Mr Percy Dunnage of Mill Yard" ¶10; "The Gorbeck
    # Turnpike Trust held its last meeting" ¶14
    Query("Percy Dunnage Gondoliers Turnpike Trust", "f1c212c9", "cross-paragraph"),
    # "Congratulations to Olive Trumper, whose 612" ¶5; "Word of the quarter: QAT" ¶15; "the back room of the
    # Wheatsheaf" ¶3 (and ¶8)
    Query("Olive Trumper QAT Wheatsheaf", "5e6aa303", "cross-paragraph"),
    # "Thomas Jory, a caulker" ¶7; "Lilian Jory … presented a bouquet at Saltash station" ¶10; "Lilian, now Mrs
    # Rowse" ¶11
    Query("Thomas Jory Lilian Rowse Saltash", "590d8e0b", "cross-paragraph"),
    # "Mr Leslie Pouncey, who has kept the post office stores" ¶5; "Miss Freda Garbutt, has found a note from the
    # vestry clerk" ¶12
    Query("Leslie Pouncey Freda Garbutt vestry clerk", "ca9350e8", "cross-paragraph"),
    # "у подножия горы Аю-Даг" ¶4 (and ¶10); "Наташа Ветлугина и Костя Мохов" ¶6; "Анна Степановна Грибова" ¶9
    Query("Наташа Ветлугина Аю-Даг Грибова", "a1596908", "cross-paragraph"),
    # 道士王圆箓 ¶4; 本镇退休教师赵守仁老人 ¶7; 这些照片还将在县博物馆展出 ¶13
    Query("王圆箓 赵守仁 县博物馆", "b68b306e", "cross-paragraph"),
    # Word forms
    # "on the 4th he dug a pit in his garden with Sir William Penn to bury his wine and his Parmesan cheese" ¶5
    # (bury → burying)
    Query("Samuel Pepys burying his wine and Parmesan cheese", "41cc5508", "word-form"),
    # "Christopher Wren showed the King his plan for a new City on 11 September" ¶6 (showed → showing; "showing"
    # is in seeds/, ccf1d4fa ¶111, not in this corpus)
    Query("Wren showing the King his plan for a new City", "41cc5508", "word-form"),
    # "Alexander Graham Bell spoke the first words ever carried by telephone" ¶3 (spoke → speaking, irregular)
    Query("Alexander Graham Bell speaking the first words by telephone", "5759f3b6", "word-form"),
    # "our thatchers are stripping the north slope down to the rafters" ¶3 (stripping → strip)
    Query("thatchers strip the north slope down to the rafters", "b904fe8e", "word-form"),
    # "у подножия горы Аю-Даг … поставили первые палатки" ¶4 (plural → singular: первая палатка)
    Query("первая палатка у подножия Аю-Даг", "a1596908", "word-form"),
    # "el mar se retiró y volvió en tres olas" ¶5 (retiró → retira, volvió → vuelve)
    Query("el mar se retira y vuelve en tres olas", "c91fc1b8", "word-form"),
    # "She married Frank Gathercole, a piano tuner" ¶9 (married → marrying)
    Query("Phyllis Gathercole marrying a piano tuner", "c03a356f", "word-form"),
    # Mr Reuben Ruddle: "I shall keep my notes in the tea caddy." ¶8 (keep → keeping)
    Query("Reuben Ruddle keeping his notes in the tea caddy", "ca9350e8", "word-form"),
    # "the builders found the club's first minute book in the rafters" ¶16 (found → finding, irregular;
    # b904fe8e ¶3 has "rafters" only)
    Query("builders finding the first minute book in the rafters", "accdbc60", "word-form"),
    # Another script or romanisation
    Query("Александр Грэхем Белл", "5759f3b6", "translit"),  # "Alexander Graham Bell" ¶3 in Cyrillic
    Query("Джейн Остин", "f06fa753", "translit"),  # "Jane Austen" ¶3–4, ¶16 in Cyrillic
    Query("塞缪尔·佩皮斯", "41cc5508", "translit"),  # "Samuel Pepys" ¶5 in Chinese characters
    # "Isambard Kingdom Brunel, the bridge's engineer" ¶6; "at Saltash station" ¶10, in Chinese characters
    Query("伊桑巴德·布鲁内尔 索尔塔什", "590d8e0b", "translit"),
    Query("Natasha Vetlugina Kostya Mokhov", "a1596908", "translit"),  # "Наташа Ветлугина и Костя Мохов" ¶6
    Query("Anna Stepanovna Gribova", "a1596908", "translit"),  # "Анна Степановна Грибова" ¶9 in Latin letters
    # 道士王圆箓 ¶4 and 莫高窟 ¶4/6/7 in pinyin
    Query("Wang Yuanlu Mogaoku", "b68b306e", "translit"),
    Query("Zhao Shouren", "b68b306e", "translit"),  # 赵守仁 ¶7 (赵老师 ¶8–14) in pinyin
    # accents dropped: "El párroco, don Bartolomé Centeno" ¶6; "la concejala de Cultura, Remedios Galván" ¶17
    Query("Bartolome Centeno Remedios Galvan", "c91fc1b8", "translit"),
    Query("Томас Фарринер", "41cc5508", "translit"),  # "Thomas Farriner's bakery in Pudding Lane" ¶4 in Cyrillic
    # "Diomed won the first Derby at Epsom" ¶3 in Cyrillic (the Diomed Arms is only in this cutting)
    Query("Диомед Эпсом", "2f953b0e", "translit"),
    Query("Ма Сяоянь", "b68b306e", "translit"),  # 本报记者 马晓燕 ¶19 in Cyrillic
    # Russian
    # "их отряд провёл в городе сбор макулатуры" "ко Дню пионерии" ¶8
    Query("сбор макулатуры ко Дню пионерии", "a1596908", "russian"),
    # "выставка «Артеку — 50 лет» с фотографиями, вымпелами и тем самым письмом" ¶13
    Query("выставка с фотографиями, вымпелами и тем самым письмом", "a1596908", "russian"),
    Query("районный комитет комсомола", "a1596908", "russian"),  # "благодарят … районный комитет комсомола" ¶17
    # Spanish
    Query("la cofradía repartirá sardinas asadas", "c91fc1b8", "spanish"),  # ¶14
    # "exposición «El mar que vino» en la Casa de la Cultura, con el libro de difuntos" ¶11
    Query("exposición «El mar que vino» con el libro de difuntos", "c91fc1b8", "spanish"),
    # "minuto de silencio en la punta del Caño y ofrenda de flores" ¶12
    Query("minuto de silencio en la punta del Caño", "c91fc1b8", "spanish"),
    # Chinese
    Query("藏经洞百年 图片展", "b68b306e", "chinese"),  # 镇文化站将举办"藏经洞百年"图片展 ¶10
    Query("第一批全国重点文物保护单位", "b68b306e", "chinese"),  # 莫高窟被列入第一批全国重点文物保护单位 ¶6
    Query("敦煌文物研究所 写信", "b68b306e", "chinese"),  # 他在前一年的11月20日就给敦煌文物研究所写了信 ¶7
    # Mentions and zero-width spaces
    # "Saturday's Hurstleigh Horse Show drew 6,000 people" ¶13; "The show's founder, Mrs Edna Vosper" ¶14
    Query("<@4242> Hurstleigh Horse Show\u200b Edna Vosper", "586c1134", "mention-noise"),
    # "training moves to the school pool" ¶10; "The Head of the River race … has been put back to April" ¶11
    Query("@everyone Head of the River race\u200b school pool", "41331069", "mention-noise"),
    # "a free 'leap-day lesson' … at Hurstleigh Riding School, which moved to Mill Lane in 1989" ¶8 (5e6aa303 ¶8
    # has a "Leap-day lunch")
    Query("<#55> leap-day lesson\u200b Mill Lane", "6f04d6f1", "mention-noise"),
    # Typos
    # "THE POLGRENNICK VOICE" ¶1; "the Royal Albert Bridge" ¶4
    Query("Polgrenick Royal Albert Brige", "590d8e0b", "typo"),
    # "HINDLECOTE PRIMARY SCHOOL" ¶1; "the Metropolitan Railway" ¶7
    Query("Hindlecot Metropolitian Railway", "5ef637a9", "typo"),
    Query("Mawbray Scrable Club", "5e6aa303", "typo"),  # "MAWBREY SCRABBLE CLUB" ¶1
    # "WRAGSBY STANDARD" ¶1; "Pounds in the pocket: the town takes to the new coin" ¶2
    Query("Wragsbey pound coin", "ca9350e8", "typo"),
    # Names
    Query("Tamsin Pascoe", "586c1134", "name"),  # "The winner of the novice jumping, Tamsin Pascoe" ¶15
    Query("Roland Finnimore", "73bf1381", "name"),  # "the club president, Mr Roland Finnimore" ¶4
    Query("Alison Kettleborough", "5ef637a9", "name"),  # "Alison Kettleborough, Headteacher" ¶19
    # Phrases
    Query("guides with good feet and clear voices", "c03a356f", "phrase"),  # ¶5
    Query("Seen him. Hats off. Cheered till hoarse.", "590d8e0b", "phrase"),  # Thomas Jory's postscript, ¶9
    Query("one broken craft knife and a great deal of patience", "41cc5508", "phrase"),  # ¶15
    Query("the best Sunday on the river in living memory", "73bf1381", "phrase"),  # Mr Finnimore, ¶4
    # Questions
    # "The first passenger trains on the Metropolitan Railway ran between Paddington and Farringdon on 10 January
    # 1863" ¶7
    Query("when did the first passenger trains run on the Metropolitan Railway?", "5ef637a9", "question"),
    # "Its roof takes about four thousand bundles of reed." ¶12
    Query("how many bundles of reed does the long barn roof take?", "b904fe8e", "question"),
    # "Next year Clewborough goes automatic. … the weekend of 15 and 16 October" ¶16
    Query("when does Clewborough go automatic?", "5759f3b6", "question"),
    # "Saturday's Hurstleigh Horse Show drew 6,000 people" ¶13, in the cutting of 14 August 1996 (¶12)
    Query("how many people came to the Hurstleigh Horse Show in 1996?", "586c1134", "question"),
    # Grandad's diary: "Up the Monument with Mary, 311 steps, she counted." ¶12
    Query("how many steps did Mary count on the Monument?", "41cc5508", "question"),
    # Topics
    # "The first of the new pound coins … the day the round yellow coin went into circulation" ¶3 (f06fa753 ¶10
    # has the £10 note going into circulation)
    Query("new pound coin goes into circulation", "ca9350e8", "topic"),
    # "The cattle plague regulations have been lifted, and Gorbeck market will take cattle again." ¶17
    Query("cattle plague regulations lifted", "f1c212c9", "topic"),
    # "will mark the bicentenary of the death of Jane Austen" ¶4
    Query("bicentenary of Jane Austen's death", "f06fa753", "topic"),
    # "The club's new boathouse roof was finished on the 14th, eleven months after last year's gale" ¶15
    # (41331069 ¶9 has the boathouse in the flood, no roof or gale)
    Query("boathouse roof finished after the gale", "accdbc60", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Olive Trumper's 612 is a Scrabble club record (5e6aa303 ¶5); the telephone exchange is Clewborough's
    # (5759f3b6)
    "Olive Trumper telephone exchange",
    # Mrs Edna Vosper founded the horse show (586c1134 ¶14); the Derby winner Diomed is another cutting's
    # (2f953b0e ¶3–4)
    "Edna Vosper Derby winner",
    # Mr Roland Finnimore called the anniversary race the best Sunday (73bf1381 ¶4); the flooded boathouse is
    # another cutting's (41331069 ¶9), which names no one
    "Roland Finnimore boathouse flood",
    # Lilian Jory, now Mrs Rowse (590d8e0b ¶10–11); the Festival of Britain is Phyllis Gathercole's (c03a356f)
    "Lilian Rowse Festival of Britain",
    # "the PTA will hold its pancake race on the field" on Tuesday the 12th (5ef637a9 ¶15): still to come
    "Hindlecote pancake race winner",
    # "Winter Open: Saturday 24 January" (5e6aa303 ¶7) is still to come; Olive Trumper's 612 was a club night
    # (¶5)
    "Mawbrey Winter Open champion and score",
    # the riding school "moved to Mill Lane in 1989" (6f04d6f1 ¶8); no members counted
    "how many members does Hurstleigh Riding School have?",
    "how much did the Royal Albert Bridge cost?",  # 590d8e0b: dates, the letter, the events; no sum
    # "the Mayor opens the exhibition" (5759f3b6 ¶5), "will ring the Mayor" (¶7); never named
    "what is the Mayor of Clewborough called?",
    # Thomas Jory "wrote to his brother in Plymouth" (590d8e0b ¶7); the brother is not named
    "what was Thomas Jory's brother called?",
    # "with the annual dinner to follow later in the week" (5e6aa303 ¶12); no place
    "where is the Mawbrey Scrabble Club annual dinner held?",
    # "the barn reopens with a harvest supper on the 25th"; tickets £12 (b904fe8e ¶9–10); no time
    "what time does the Hensting Barton harvest supper start?",
    # "Public trains began to run over the bridge two days after" (590d8e0b ¶5); no count of people
    "how many people crossed the Royal Albert Bridge on the first day?",
    # "opened half an hour early and by closing time had given out 3,000 of the coins" (ca9350e8 ¶7); no hour
    "what time did the Wragsby Savings Bank close?",
    # Hastings is 3 edits from Hensting, whose barn has the thatching beginners' course (b904fe8e ¶6–7)
    "Hastings barn thatching course for beginners",
    # Holbeck is 2 edits from Gorbeck, whose new swimming baths open on the 20th (f1c212c9 ¶5)
    "Holbeck swimming baths opening",
    # Ridgewell is 3 edits from Rudwell, whose rowing club has its regattas (73bf1381 ¶6, accdbc60 ¶18)
    "Ridgewell rowing club regatta",
    "maremoto de Arenillas",  # Arenillas is 4 edits from Arenalejo, whose maremoto is c91fc1b8's
    # Гурьев is 3 edits from Гурзуф (a1596908 ¶6), where the children go to the «Артек» pioneer camp
    "Гурьев пионерский лагерь",
    "蓝田镇 藏经洞",  # 蓝田 is two characters from 岚泉, whose paper (b68b306e) tells of the 藏经洞
    # "их отряд провёл в городе сбор макулатуры" (a1596908 ¶8); no leader of the отряд named
    "кто был вожатым отряда Наташи и Кости?",
    # "Путёвки ребята заслужили ещё в прошлом году" (a1596908 ¶8); no price
    "сколько стоила путёвка в Артек?",
    # "el terremoto de Lisboa" (c91fc1b8 ¶4); the deaths counted are Arenalejo's parish's (¶5), none for Lisbon
    "¿cuántas personas murieron en Lisboa?",
    # "el pueblo levantó la cruz de hierro" (c91fc1b8 ¶8); no smith
    "¿qué herrero forjó la cruz de hierro de la punta del Caño?",
    "王圆箓 出生 年份",  # 道士王圆箓 (b68b306e ¶4): no birth year
    # 图片展免费参观 (b68b306e ¶15) is the town's exhibition; no price for the 莫高窟
    "莫高窟 门票 多少钱",
    # "the inn, until then the Plough, took the winner's name" (2f953b0e ¶4); no building date
    "when was the Diomed Arms built?",
    # "Up the Monument with Mary" (41cc5508 ¶12); no builder
    "who built the Monument in London?",
    # Susan Ellwood won a place at the Royal Ballet School (f1c212c9 ¶7); the Royal Festival Hall is Phyllis
    # Gathercole's (c03a356f)
    "Susan Ellwood Royal Festival Hall",
    # Mrs Ormesher is Hindlecote's school secretary (5ef637a9 ¶9); the telephone exchange is Clewborough's
    "Mrs Ormesher telephone exchange",
    # Mr Keith Orrell is the savings bank manager (ca9350e8 ¶7); "Wragsby Rotary Club's collection" (¶19) names
    # no president
    "Keith Orrell Rotary Club president",
    # "She is survived by her son David, by Claire" (her granddaughter) (c03a356f ¶15); she herself was "the
    # daughter of a railway signalman" (¶4)
    "name of Phyllis Gathercole's daughter",
    # "the new swimming baths in Cattle Market Road will open on Monday the 20th" (f1c212c9 ¶5); no hour
    "what time do the Gorbeck swimming baths open?",
    # "Compiled from the Express archive by Gwen Foulsham" (f1c212c9 ¶18); the Great Fire model is the blogger's
    # (41cc5508)
    "Gwen Foulsham Great Fire model",
    # David Best's skyline is set alight on the Thames (41cc5508 ¶10); the model at Cressbury library is the
    # blogger's own (¶11)
    "David Best Cressbury library",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind92/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
