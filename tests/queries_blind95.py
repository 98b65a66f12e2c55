"""An ninety-fifth lookup query set, BLIND (written in the forty-seventh session for the forty-eighth round):
committed unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (its kinds, its
checks and its structure as in tests/queries_blind56.py).

Nobody tunes on it: the developers do not read its queries before it is scored, once, at the end of the
forty-eighth round; after that it is spent (a score on it again is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind93.py and tests/queries_blind94.py, unscored
  or written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё
  read as е, Chinese by character pairs, a few stop words left out) with every earlier query (some twelve
  thousand five hundred), and with the earlier queries of this set, while the set was being written; a query
  sharing more than half of its words with any one of them was replaced. The seeds have been queried so
  often that nearly every pair of names and most phrases were taken: these seed queries join passages and
  words no earlier query joined, and most first drafts (some nine in ten) had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind107/docs, copied as ONE
  corpus into a subfolder blind107/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 10 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 7
(another inflection than the text uses, in English, Russian and Spanish), translit 3 + 11 (another
script or romanisation than the text: Latin names written in Cyrillic or Chinese characters as a Russian
or Chinese newspaper transcribes them, Cyrillic and Chinese names in Latin letters, pinyin without tones,
accents dropped), russian 1 + 3, spanish 0 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram
mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word), name 1 + 3, phrase
2 + 4, question 5 + 5, topic 2 + 4: 35 + 58 answerable, and 20 + 32 unanswerable (the seeds' Spanish
text is queried in the cross-paragraph and unanswerable ones). Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
won, founded, built, translated or played a part; when someone died or retired; how many, what time, what
it cost, which hotel or ship, what a wife, a father's trade or a teacher was); a place the corpus does not
hold but spelled close to one it does (two or more edits from anything real in it); Russian, Spanish and
Chinese ones. Each shares one or more words with its corpus on purpose (in another script for some of
them), and every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets, and in the new documents, which have no blank
lines, each line) holds all of the query's words. For word-form queries it checked that the form the
query uses is not in the corpus (or, where it is, in which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind107/docs/* into ONE temporary
# corpus folder under the subfolder blind107/: files are then "blind107/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind107/docs",)
NEWDOCS_SUBDIRS = ("blind107",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "10af9310": "THE BARLOWMERE ADVERTISER · WEEKEND FEATURES",
    "a8c07a47": "ROSES AND CASTLES",
    # en_cobwarren_herald_museum_cuttings_digest.txt, split by the loader: the X-ray (¶3–6), Champollion
    # (¶9–14), Nesmin's return (¶17–21); the "* * *" rules (¶7, ¶15) come out as articles of their own
    # (93d52902, 93d52902-2) and the header and datelines (¶1–2, ¶8, ¶16) belong to none of them
    "917e04f0": "MUMMY CASE GOES TO HOSPITAL",
    "0dd79cb1": "CHAMPOLLION'S ANNIVERSARY: EGYPTIAN ROOM REOPENS",
    "d814785d": "NESMIN COMES HOME",
    "009c19d5": "CUTLERBROOK HARMONICA CLUB — NEWSLETTER No. 103",
    "2c18513c": "DRUMCARNE COURIER",
    "81be5c35": "FENNISTONE PRIMARY SCHOOL",
    "eca71583": "GRETTONLEY TOWN FOOTBALL CLUB",
    "22048165": "IRIS WETHERCOTT",
    "792cb41d": "THE ORMESWICK MERCURY",
    "3f54dbf1": "SANDWARDINE BOROUGH COUNCIL — PRESS RELEASE",
    # en_sandwardine_echo_leisure_cuttings_digest.txt, split by the loader: the observatory's opening (¶3–6),
    # the Harriers (¶9–12), K2 (¶15–19); the "* * *" rules (¶7, ¶13) come out as articles of their own
    # (f32398e0, f32398e0-2) and the header and datelines (¶1–2, ¶8, ¶14) belong to none of them
    "7b5eaa67": "TOWN'S OWN WINDOW ON THE UNIVERSE",
    "a6cdcbc2": "HARRIERS EYE HAT-TRICK",
    "2fc915e5": "TAMSIN'S KARAKORAM SUMMER",
    "b1fd5bec": "SCRUFF ON THE CHART",
    "42bbccdc": "EL ECO DE MONTELUZ",
    "47ff071b": "«ЗВЕЗДОЯРСКИЙ ВЕСТНИК»",
    "7261057e": "枣林镇读书会通讯",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495; "The sixty-odd peasant and refugee kids who
    # carried him out to his grave in what has now become a playing field" ¶497; "Lugou 'Marco Polo' Bridge" ¶505
    Query("Rewi Alley sixty-odd kids playing field Lugou", "ac7222d4", "cross-paragraph"),
    # "Modeled after London's Stamford Bridge (home of Chelsea Football Club)" ¶291; "They were Scottish warriors
    # … fought side by side with the Chinese Expeditionary Force on the Burmese battlefield" ¶275
    Query("Chelsea Football Club Burmese battlefield Scottish warriors", "7ab1f62c", "cross-paragraph"),
    # "written by Callum Norris and Twm Draper" ¶533; "Discussions at Fudan University" ¶541; "(Kuomintang (KMT))
    # … They arrived in Yan'an with greatly depleted numbers" ¶557
    Query("Twm Draper Fudan Kuomintang depleted numbers", "6710eba1", "cross-paragraph"),
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451; "The Bloomberg financial news service … 'Tariff blackmail
    # is being normalised'" ¶463
    Query("Crown Prince Khaled bin Mohamed Bloomberg tariff blackmail", "e065690c", "cross-paragraph"),
    # "on August 30, the eve of the SCO Summit … Kazakhstan President Kassym-Jomart Tokayev" ¶405; Egypt's Prime
    # Minister on "new energy, electric vehicles, finance and seawater desalination" ¶413; "pauk-phaw" ¶415/419
    Query("Egypt seawater desalination Kazakhstan pauk-phaw eve of the SCO Summit", "26d64f12", "cross-paragraph"),
    # "En Jiayuguan, visitamos JISCO … una granja lechera" ¶335; "En Jiayuguan pasamos por uno de los 'Centros del
    # Partido'" ¶345
    Query("JISCO granja lechera Jiayuguan Centros del Partido", "dde32893", "cross-paragraph"),
    # "the Chinese Modernisation Forum (2025)" ¶475; "Chartist opposition to the first Opium War" ¶513; "a financial
    # donation from a Colonel Younghusband" ¶521
    Query("Chinese Modernisation Forum Colonel Younghusband Chartist", "ac7222d4", "cross-paragraph"),
    # Uzbekistan: "emergency management" ¶207; Pakistan: "the once-in-a-century transformations … Pakistan's
    # home-grown capacity for development" ¶211
    Query("once-in-a-century transformations home-grown capacity emergency management", "3a9fa4ed", "cross-paragraph"),
    # "met with the King and the Queen Mother at Zhongnanhai" ¶237; "the path of friendship opened by the older
    # generation of Chinese and Cambodian leaders" ¶245; "combat online gambling and telecom fraud" ¶247
    Query("Zhongnanhai older generation of leaders telecom fraud", "5a5d8582", "cross-paragraph"),
    # "the Scientific Outlook on Development" ¶383; "the relatives of international friends and comrades" ¶385
    Query("Scientific Outlook on Development relatives of international friends", "38a7d84f", "cross-paragraph"),
    # Word forms: the text has another form
    # "he returned to Tianjin, the northern Chinese city of his birth" ¶289 (returned → returns)
    Query("Liddell returns to Tianjin, the city of his birth", "7ab1f62c", "word-form"),
    # "President Mnangagwa said that he is delighted to attend the historic commemoration" ¶11 (delighted → delights)
    Query("Mnangagwa delights in attending the historic commemoration", "faecd2e1", "word-form"),
    # Fico: "it is an honour to be invited to China to witness this grand event in person" ¶19 (honour → honoured;
    # "honoured" is in f78fdcd6 ¶33, 0e5d6094 ¶257 and 7ab1f62c ¶287, of other people)
    Query("Fico honoured to witness the grand event in person", "faecd2e1", "word-form"),
    # "The two sides released the Joint Statement between the People's Republic of China and the Republic of Cuba"
    # ¶91 (released → releasing); Díaz-Canel ¶85/89 (20f574be has him in Laos, without the statement)
    Query("Xi and Díaz-Canel releasing a joint statement", "d807680a", "word-form"),
    # Another script or romanisation
    # "South African President Cyril Ramaphosa, Egyptian President Abdel Fattah El-Sisi, Iranian President Masoud
    # Pezeshkian" ¶451, in Cyrillic as a Russian paper writes them
    Query("Сирил Рамафоса Абдель Фаттах ас-Сиси Масуд Пезешкиан", "e065690c", "translit"),
    # "Armenian Prime Minister Nikol Pashinyan" ¶257, "Belarusian President Aleksandr Lukashenko" ¶263, and the
    # two countries (¶253) in Cyrillic
    Query("Лукашенко Пашинян Армения Беларусь", "0e5d6094", "translit"),
    # "Slovak Prime Minister Robert Fico" ¶13; "although Hungary and Bulgaria also sent senior representatives" ¶21
    Query("Роберт Фицо Венгрия Болгария", "faecd2e1", "translit"),
    # Russian (names written in Cyrillic)
    # "starring Jonathan Rhys Meyers as Hogg" ¶491; "Rewi Alley" ¶495; "the Shandan Bailie School" ¶483/501
    Query("Джонатан Рис Майерс Реви Алли Шаньдань", "ac7222d4", "russian"),
    # Chinese (names in Chinese characters)
    # Eric Liddell ¶283–291, Tianjin ¶289/291, the Minyuan Stadium ¶291, as Chinese papers write them
    Query("利德尔 天津 民园", "7ab1f62c", "chinese"),
    # "Anna May Wong (real name Wong Liu Tsong)" ¶115, her Chinese name; "London's Southbank" ¶111
    Query("安娜·黄柳霜 伦敦", "ccf1d4fa", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "the Friends Ambulance Unit … composed of conscientious objectors … providing medical supplies to the Shandan
    # Bailie School" ¶501
    Query("<#4410> conscientious objectors\u200b Shandan", "ac7222d4", "mention-noise"),
    # "That in Orinoco Tribune was originally published in Spanish by Telesur" ¶49; "Defense Minister Vladimir
    # Padrino" ¶53
    Query("<@71> Telesur\u200b Defense Minister Padrino", "f78fdcd6", "mention-noise"),
    # Typos (1–2 edits)
    # "the communist forces concluded the Long March … (Kuomintang (KMT))" ¶557 (1 edit each)
    Query("Kuomintag Long Mrch", "6710eba1", "typo"),
    Query("Bolivarains Maduro", "f78fdcd6", "typo"),  # "The victory of China is the victory of the Bolivarians" ¶39
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/197; "the principle of amity, sincerity, mutual benefit" ¶199
    Query("Khurelsuk Ukhnaa amity sincerity", "c061f0a1", "typo"),
    # Names
    # "Sydney Loving" ¶297–305; "el Pensamiento Mao Zedong fue cristalizado" ¶315 (Mao Zedong is in five other
    # articles, without her)
    Query("Sydney Loving Mao Zedong", "dde32893", "name"),
    # Phrases
    # Anna May Wong: "How should we be, with a civilisation that's so many times older than that of the West" ¶119
    Query("How should we be, with a civilisation that's so many times older", "ccf1d4fa", "phrase"),
    Query("while labor-intensive, is seen as a critical step", "097182f6", "phrase"),  # line 12
    # Questions
    # Madbouly: "deepen cooperation in such areas as new energy, electric vehicles, finance and seawater
    # desalination" ¶413
    Query("what did the Egyptian prime minister want to cooperate on?", "26d64f12", "question"),
    Query("what did Jodie Evans co-found?", "d89fdf72", "question"),  # "Jodie Evans (Co-founder of Code Pink)" ¶365
    # "Her final defiant words before a firing squad says after her death, that many more will follow in her place"
    # ¶117; "Lady From Chungking" ¶113/129
    Query("what were the final defiant words of the lady from Chungking?", "ccf1d4fa", "question"),
    # Putin: "they helped each other and fought side by side in the World Anti-Fascist War" ¶193 (424ab945 ¶7 has
    # "fought side by side" in Xi's message, not Putin's)
    Query("what did Putin say Russia and China fought side by side in?", "c061f0a1", "question"),
    # Díaz-Canel "thanked the Lao PDR for its continued encouragement and support for Cuba in overcoming challenges"
    # ¶167
    Query("what did the Cuban side thank Laos for?", "20f574be", "question"),
    # Topics
    # "reinforce the importance of the Asian front in Japan's defeat" and "Pledge to hold joint remembrance" line 42
    Query("Asian front in Japan's defeat joint remembrance", "b39d8185", "topic"),
    # the lunch "in the Great Hall of the People" ¶385; "the Chinese people thoroughly defeated the Japanese
    # militarist aggressors after fighting a bitter and heroic war" ¶387
    Query("Japanese militarist aggressors bitter heroic war lunch Great Hall", "38a7d84f", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "James MacManus's biography, 'Ocean Devil'" (ac7222d4 ¶489); no translation named
    "who translated Ocean Devil into Chinese?",
    # Kim Jong Un "Arriving in the afternoon of September 2 … greeted at Beijing Railway Station" (eca32116 ¶221); no
    # departure, no train, no Pyongyang
    "what time did Kim Jong Un's train leave Pyongyang?",
    "what was Rewi Alley's wife called?",  # Rewi Alley (ac7222d4 ¶495); the only wife is Xi's (5a5d8582 ¶237)
    # Jiayugang is 2 edits from Jiayuguan (dde32893 ¶307/335/345); no airport named anywhere
    "Jiayugang airport",
    # the terracotta generals are Xi'an's (dde32893 ¶313); Lanzhou is not in the corpus
    "Lanzhou terracotta generals",
    # Chen Weihua, "Former EU bureau chief of China Daily" (d89fdf72 ¶364), in Cyrillic; no book
    "Чэнь Вэйхуа книга о Тайване",
    # "Aun en uno de los hoteles" (dde32893 ¶323), "tu cuarto de hotel" (¶329): no count, no hotel in Xi'an named
    "¿cuántos hoteles visitó la delegación en Xi'an?",
    "洪森 葬礼",  # Samdech Techo Hun Sen (20f574be ¶154) in Chinese characters; no funeral
    # Keith Bennett, co-editor and speaker (d89fdf72 ¶367, ac7222d4 ¶475–477); Stamford Bridge is the Minyuan
    # Stadium's model (7ab1f62c ¶291)
    "Keith Bennett Stamford Bridge",
    # Jenny Clegg (d89fdf72 ¶366, ac7222d4 ¶513); Lady From Chungking is Anna May Wong's film (ccf1d4fa ¶113/129)
    "Jenny Clegg Lady from Chungking",
    # "On August 31-September 1 … Tianjin … hosted the 25th Meeting" (9e49ddff ¶425); no opening time
    "what time did the Tianjin Summit open on August 31?",
    "Мао Цзэдун и Гельмут Коль",  # Mao Zedong in Cyrillic (d807680a, 7ab1f62c, …); Kohl is not in the corpus
    "李锦贤 出生 年份",  # Li Jinxian (097182f6 line 1) in Chinese characters; no birth year
    "王毅 夫人",  # Wang Yi (eca32116 ¶221) in Chinese characters; no wife
    # "Fuimos invitados por la Red China de ONG de Intercambios Internacionales" (dde32893 ¶307); nobody is said
    # to have paid
    "¿quién pagó el viaje de la delegación a Gansu?",
    # the delegation (dde32893 ¶299–307) went to Shanghái (¶307/339); no landing, no time
    "¿a qué hora aterrizó la delegación en Shanghái?",
    "Кит Беннетт и Пражская весна",  # Keith Bennett (d89fdf72 ¶367, ac7222d4) in Cyrillic; no Prague Spring
    "KJ Noh Boxer Rebellion",  # "KJ Noh (Journalist, writer and educator)" (d89fdf72 ¶368); no Boxer Rebellion
    # "he returned to Tianjin, the northern Chinese city of his birth" (7ab1f62c ¶289); no ship
    "which ship took Liddell back to Tianjin?",
    # the ceremony "held at the Ba Dinh Square in Hanoi" (362ba691 ¶73, 20f574be ¶143); no crowd counted
    "Hanoy Ba Dinh crowd size",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Laker had Len Maddocks lbw" ¶6; "a second card, kept by the uncle, in a biscuit tin" ¶12; "meet Grangethorpe"
    # ¶14
    Query("Len Maddocks biscuit tin Grangethorpe", "10af9310", "cross-paragraph"),
    # "Cyrus Mallinder on bending notes" ¶5; "The weekend residential at Thorncliffe Grange" ¶13; "the treasurer, Mrs
    # Gwyneth Oddie" ¶16
    Query("Cyrus Mallinder Thorncliffe Grange Gwyneth Oddie", "009c19d5", "cross-paragraph"),
    # "taken off from Harbour Grace, Newfoundland" ¶4; "the glider was blown clean off its trailer on the Limavady
    # road" ¶11; "annual dinner … at the Strand Hotel" ¶12
    Query("Harbour Grace Limavady glider Strand Hotel", "2c18513c", "cross-paragraph"),
    # "the second tunnel, the Kingsway" ¶7; "under the name 'Tollgate'" ¶11; "at Arrowe Park Hospital" ¶13
    Query("Kingsway Tollgate Arrowe Park", "22048165", "cross-paragraph"),
    # "opened The Gondoliers" ¶8; "the chimney stack of the Railway Inn" ¶11; "to Thrupcott Cross and back" ¶16
    Query("Gondoliers Railway Inn Thrupcott Cross", "792cb41d", "cross-paragraph"),
    # "the group called the source LGM-1" ¶4; "from Gerald's old satellite dish" ¶7; "meeting is at Chester" ¶13
    Query("LGM-1 Gerald's satellite dish Chester", "b1fd5bec", "cross-paragraph"),
    # "стартовала с Байконура" ¶5; "Геннадий Павлович Сурмин" ¶8; "в загородном лагере «Ракета»" ¶16
    Query("Байконура Сурмин в лагере «Ракета»", "47ff071b", "cross-paragraph"),
    # 韩秀芝老师 ¶7; "红高粱读书节" ¶10; "乡村小作家"写作班 ¶13
    Query("韩秀芝 红高粱读书节 乡村小作家", "7261057e", "cross-paragraph"),
    # "ante el argentino Mariano Puerta" ¶4; "una paella para doscientas personas" ¶9; "Julián Escobedo" ¶17
    Query("Mariano Puerta paella Julián Escobedo", "42bbccdc", "cross-paragraph"),
    # Word forms
    Query("Iris selling tickets by torchlight", "22048165", "word-form"),  # "she sold tickets by torchlight" ¶9
    Query("Laker taking nine for 37", "10af9310", "word-form"),  # "Laker took nine for 37" ¶4 (took → taking)
    # "Amelia Earhart came down in a cow pasture at Culmore" ¶2 (came → coming)
    Query("Earhart coming down in a cow pasture at Culmore", "2c18513c", "word-form"),
    # "he is said to have run into his brother's office … and fainted on the spot" ¶11 (fainted → faints)
    Query("Champollion faints in his brother's office", "0dd79cb1", "word-form"),
    # "спускаемый аппарат … совершил мягкую посадку на поверхность Марса" ¶4 (совершил → совершает; Марса → Марс)
    Query("спускаемый аппарат совершает мягкую посадку на Марс", "47ff071b", "word-form"),
    # "Nadal había vencido en la semifinal al suizo Roger Federer" ¶5 (había vencido → vence)
    Query("Nadal vence a Federer en la semifinal", "42bbccdc", "word-form"),
    # "A gale … brought down the chimney stack of the Railway Inn" ¶11 (brought → bringing)
    Query("gale bringing down the chimney stack of the Railway Inn", "792cb41d", "word-form"),
    # Another script or romanisation
    Query("Джим Лейкер", "10af9310", "translit"),  # "Jim Laker" ¶3 in Cyrillic
    Query("阿梅莉亚·埃尔哈特", "2c18513c", "translit"),  # "Amelia Earhart" ¶2 in Chinese characters
    Query("Джоселин Белл", "b1fd5bec", "translit"),  # "Jocelyn Bell" ¶3 in Cyrillic
    # "станции «Марс-3»" ¶4 and "с Байконура" ¶5 in Latin letters
    Query("Mars-3 Baikonur", "47ff071b", "translit"),
    Query("Gennady Surmin", "47ff071b", "translit"),  # "Геннадий Павлович Сурмин" ¶8 in Latin letters
    Query("Han Xiuzhi", "7261057e", "translit"),  # 韩秀芝 ¶7 in pinyin
    # accents dropped: "Julián Escobedo" ¶17, "Inés Balaguer" ¶7
    Query("Julian Escobedo Ines Balaguer", "42bbccdc", "translit"),
    Query("Шампольон", "0dd79cb1", "translit"),  # "Jean-François Champollion" ¶10 in Cyrillic
    # "Roland Garros" ¶4 and "Rafael Nadal" ¶3–5 in Chinese characters
    Query("罗兰·加洛斯 纳达尔", "42bbccdc", "translit"),
    Query("Zaolin dushuhui", "7261057e", "translit"),  # the title 枣林镇读书会 ¶1 in pinyin
    Query("Питер Пэн", "81be5c35", "translit"),  # "Peter Pan" ¶5/8 in Cyrillic
    # Russian
    Query("выставка рисунков и моделей марсоходов", "47ff071b", "russian"),  # ¶12
    Query("Неделя космоса", "47ff071b", "russian"),  # "первую в городе «Неделю космоса»" ¶15
    Query("модель «Марса-3» в натуральную величину", "47ff071b", "russian"),  # ¶17
    # Spanish
    Query("una pista de tierra batida", "42bbccdc", "spanish"),  # "comprar una pista de tierra batida" ¶7
    # "El campus de Navidad … en la pista cubierta del polideportivo municipal" ¶14
    Query("campus de Navidad en el polideportivo municipal", "42bbccdc", "spanish"),
    Query("las persianas bajadas por el calor", "42bbccdc", "spanish"),  # ¶6
    # Chinese
    # 莫言在斯德哥尔摩发表了题为《讲故事的人》的文学演讲 ¶5
    Query("讲故事的人 斯德哥尔摩 演讲", "7261057e", "chinese"),
    Query("从高密到斯德哥尔摩", "7261057e", "chinese"),  # 题目是"从高密到斯德哥尔摩" ¶11
    Query("亲子共读活动", "7261057e", "chinese"),  # 第一次亲子共读活动 ¶12
    # Mentions and zero-width spaces
    # "Evening tours, 'Mummies by Lamplight', … with hot chocolate in the foyer" ¶20
    Query("<@4471> Mummies by Lamplight\u200b hot chocolate", "d814785d", "mention-noise"),
    # "the tablature for the carol session and the new club tune, 'Cutlerbrook Shuffle'" ¶18
    Query("@everyone \u200bCutlerbrook Shuffle tablature", "009c19d5", "mention-noise"),
    # "a watch for the Orionid meteors … and a Christmas star show on 17 December" ¶10
    Query("<#909> Orionid meteors\u200b Christmas star show", "3f54dbf1", "mention-noise"),
    # Typos
    Query("Wethercot Queenway tunnel", "22048165", "typo"),  # "Iris Wethercott" ¶1, "Queensway" ¶2/8
    Query("Grettonly Centenery Week", "eca71583", "typo"),  # "GRETTONLEY TOWN", "CENTENARY WEEK" ¶1–2
    # "Maggie Threlfall" ¶6, "Narrowboat painting workshops" ¶2
    Query("Threllfall narowboat painting", "a8c07a47", "typo"),
    # Names
    Query("Maggie Threlfall", "a8c07a47", "name"),  # "Tutor: Maggie Threlfall" ¶6
    Query("Bethan Auldridge", "d814785d", "name"),  # "Curator Bethan Auldridge" ¶19
    Query("Tamsin Rudgwick", "2fc915e5", "name"),  # "Tamsin Rudgwick, 34" ¶17 (Tamsin in the title ¶15)
    # Phrases
    Query("a ploughed field with ideas", "a6cdcbc2", "phrase"),  # ¶11
    Query("more miles in eighteen months than in the previous two thousand years", "d814785d", "phrase"),  # ¶19
    Query("from sheer astonishment", "792cb41d", "phrase"),  # ¶14
    Query("the shed that is not a shed", "b1fd5bec", "phrase"),  # ¶12
    # Questions
    # "the first birthday open night drew more than 800 visitors, a record that still stands" ¶6 (7b5eaa67 has the
    # opening itself and "The first public viewing night", ¶6, no birthday)
    Query("what record did the observatory's first birthday open night set?", "3f54dbf1", "question"),
    # "Barrie gave the rights to Peter Pan to Great Ormond Street Hospital" ¶8
    Query("who did Barrie give the rights to Peter Pan to?", "81be5c35", "question"),
    # "turned back at about 8,000 metres on 9 July, an hour above the last camp" ¶17
    Query("how high did Tamsin Rudgwick get on K2?", "2fc915e5", "question"),
    # "She met Ron Wethercott … at a dance in New Brighton on 14 February 1955" ¶6
    Query("when did Iris Wethercott meet Ron?", "22048165", "question"),
    # "spent Monday 12 February in the X-ray department …, where radiographers found that it still holds a
    # linen-wrapped body" ¶4 (d814785d has Nesmin's coffin on tour, no X-ray)
    Query("what did the X-ray of Nesmin's coffin find?", "917e04f0", "question"),
    # Topics
    # "Narrowboat painting workshops" ¶2; "TASTER SESSIONS" ¶7–8
    Query("narrowboat painting taster sessions", "a8c07a47", "topic"),
    # "she led the first party of a guided walk through the Queensway" ¶8; "The Circle's summer tunnel walk" ¶17
    Query("Queensway tunnel guided walk", "22048165", "topic"),
    # "Sandwardine Harriers go into next Saturday's county cross-country relays" ¶10
    Query("Harriers county cross-country relays", "a6cdcbc2", "topic"),
    # "notes from a radio telescope on an allotment" ¶1 (3f54dbf1 has a telescope, not a radio one or an allotment)
    Query("radio telescope on an allotment", "b1fd5bec", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Roisin Maddigan flew from Prestwick to Culmore (2c18513c ¶3, ¶16); K2 is Tamsin Rudgwick's (2fc915e5)
    "Roisin Maddigan K2 expedition",
    # Hermione Brigholme opened the observatory (3f54dbf1 ¶5, 7b5eaa67 ¶4); the harmonicas are Cutlerbrook's
    # (009c19d5)
    "Hermione Brigholme harmonica",
    # Walter Prosser is Grettonley's club historian (eca71583 ¶10/18); the cricket scorecard is Arrowsmith's
    # (10af9310 ¶9)
    "Walter Prosser cricket scorecard",
    # Clifford Arrowsmith is alive and will unveil a plaque (10af9310 ¶15); the funeral is Iris Wethercott's
    # (22048165 ¶15)
    "Clifford Arrowsmith funeral",
    # Maggie Threlfall is the Bellinghoe tutor (a8c07a47 ¶6); the centenary dinner is Grettonley's (eca71583 ¶13)
    "Threlfall Grettonley centenary dinner",
    # "Saturday 3 September — Centenary Cup: Grettonley Town v Ossbrigg Athletic" (eca71583 ¶7) is still to come
    "who won the Centenary Cup between Grettonley and Ossbrigg?",
    # "the first team won the county intermediate cup for the first time in thirty years" (eca71583 ¶16); no score
    # (the 4–1 of ¶5 is the first game of 1888)
    "what was the score in Grettonley's county intermediate cup win?",
    # "The club's annual dinner is on Friday 11 September at the Strand Hotel" (2c18513c ¶12); no time
    "what time does the Drumcarne Flying Club annual dinner start?",
    # "cuenta con el apoyo del Ayuntamiento de Monteluz y de la Caja Rural" (42bbccdc ¶19); no sum
    "¿cuánto dinero aportó la Caja Rural?",
    # "La final del cuadro de veteranos se jugará el domingo 14" (42bbccdc ¶11) is still to come
    "¿quién ganó el torneo de veteranos?",
    # Earhart came down at Culmore (2c18513c ¶2–4); Mrs Lenaghan offered "our kitchen" (¶6); the Strand Hotel is the
    # club dinner's (¶12)
    "which hotel did Amelia Earhart stay at after landing?",
    # "her father, who was in the crowd at the Liverpool entrance" (22048165 ¶4); no trade
    "what was Iris Wethercott's father's trade?",
    # "while the coffin is cleaned and a new case is built" (917e04f0 ¶5); no sum anywhere
    "how much did the new case for Nesmin's coffin cost?",
    # "The main dome houses a 16-inch reflector" (3f54dbf1 ¶18); no maker
    "who built the Sandwardine observatory's 16-inch reflector?",
    # "This year's Christmas play is Peter Pan" (81be5c35 ¶5); Mrs Tandy directs (¶18); no cast named
    "who played Peter Pan in the Fennistone Christmas play?",
    # "The club was founded in 1986 by four friends" (009c19d5 ¶3), never named
    "who founded the Cutlerbrook Harmonica Club?",
    # Barrowmore is 2 edits from Barlowmere, whose cricket club has the scorecard (10af9310 ¶9)
    "Barrowmore cricket club scorecard",
    "Drumcree glider",  # Drumcree is 3 edits from Drumcarne, whose flying club has the glider (2c18513c ¶10–13)
    # Звездоград is 4+ edits from Звездоярск, whose «кружок юных астрономов» it is (47ff071b ¶8)
    "Звездоград кружок юных астрономов",
    # "Учительница сказала, что я буду космонавтом" (47ff071b ¶9): the teacher is not named
    "кто был учительницей Сурмина?",
    # Ольга Николаевна Кречетова leads the circle (47ff071b ¶20); "Открытые занятия для новичков" (¶14); no price
    "сколько стоят занятия в кружке Кречетовой?",
    "莫言 奖金 多少",  # 莫言 won the prize (7261057e ¶4–5); no prize money
    "韩老师 哪年 退休",  # 韩老师 "当时在镇中学教语文" (7261057e ¶7); no retirement
    # "the first pulsar" (b1fd5bec ¶4); PSR B0329+54 is "the brightest pulsar in the northern sky" (¶7); no second
    # discovery
    "who discovered the second pulsar?",
    "how many harmonicas does the Cutlerbrook club own?",  # "Harmonicas in C can be borrowed" (009c19d5 ¶11)
    "Rudgwick Annapurna",  # Tamsin Rudgwick climbed on K2 (2fc915e5 ¶16–17); no Annapurna
    # Bethan Auldridge is the curator in 2007 (d814785d ¶19); the Rosetta Stone cast is in the Champollion cutting
    # (0dd79cb1 ¶13)
    "Auldridge Rosetta Stone",
    # Joseph Scarratt is the Railway Inn's landlord (792cb41d ¶12); the swimming gala is another year's (¶5)
    "Joseph Scarratt swimming gala",
    # Harry Ackroyd is the harmonica club's secretary (009c19d5 ¶20); the Pennerley Radio Sky Group is the blog's
    # (b1fd5bec ¶12)
    "Harry Ackroyd Pennerley Radio Sky Group",
    "when did Jim Laker die?",  # Jim Laker (10af9310 ¶3–9); no death
    # "the Sandwardine Astronomical Society, whose members give about 4,000 hours" (3f54dbf1 ¶17); no count
    "how many people belong to the Sandwardine Astronomical Society?",
    # Montealto is 4+ edits from Monteluz, whose club had "dos pistas de cemento" (42bbccdc ¶16)
    "Montealto pista de cemento",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind107/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
