"""A seventy-third lookup query set, BLIND (written in the thirty-sixth session for the thirty-seventh round):
committed unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (the
unanswerable queries are of varied kinds, as in blind56).

Not to be read, tuned on or scored before the end of the thirty-seventh round; after that single scoring it
may be read and tuned on like the earlier sets, and a score on it is then in-sample.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind71.py, and tests/queries_blind72.py, written at
  the same time as this one, were not opened and are not part of the check). A throwaway script compared
  the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё read as е,
  Chinese by character pairs, a few stop words left out) with every earlier query, and with the earlier
  queries of this set, while the set was being written; a query sharing more than half of its words with
  any one of them was replaced. The seeds have been queried some nine thousand times by now, so these seed
  queries join passages or names that no earlier query joined, and most of the first drafts had to be
  rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind85/docs, copied as ONE
  corpus into a subfolder blind85/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 4 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and
Chinese names, pinyin without tones, accents dropped), russian 2 + 3, spanish 3 + 3, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3
(1–2 edits a word), name 2 + 3, phrase 2 + 3, question 3 + 4, topic 4 + 4: 37 + 50 answerable, and
20 + 32 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article); a question in
the corpus's own words about something it does not say (who won, played, captained or was mayor; when
someone married or was born; how many, how long, what time, what it cost, which hotel, what a ship, a dog
or a wife was called); a place the corpus does not hold but spelled close to one it does (two or more
edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one or more words with
its corpus on purpose (in another script for some of the seeds' ones), and every article holding those
words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets; in the new documents each line) holds all of the
query's words. For word-form queries it checked that the form the query uses is not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind85/docs/* into ONE temporary
# corpus folder under the subfolder blind85/: files are then "blind85/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind85/docs",)
NEWDOCS_SUBDIRS = ("blind85",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "b6edf0a7": "TRANMOSS & WIRRAL NEWS",
    "33487716": "CADDLESEY TO THE WORLD",
    # en_gadsworth_mercury_digest.txt, split by the loader into its three cuttings (¶3–7, ¶10–14, ¶17–22); the
    # header (¶1–2), the "————————" rules (¶8, ¶15) and the masthead/dateline lines (¶9, ¶16) belong to none
    "c3218789": "FLOODLIGHTS FOR GADSWORTH TOWN",
    "af1e0a90": "A HUNDRED YEARS OF TOWER BRIDGE",
    "673d8b76": "PANTOMIME BACK AT THE PLAYHOUSE",
    "7c45a2ac": "HATCHBURY BOROUGH COUNCIL",
    "557975d1": "THE HEMBURY REACH CHRONICLE",
    "b9b4e4e9": "THE LODDENHAM ADVERTISER",
    "993f47c9": "MARRISFORD GAZETTE",
    "77bdbc75": "OXCOMBE CIDER PRESS",
    # en_pallaton_standard_digest.txt, split by the loader: the header with the first cutting, QE2 (¶1–5), the
    # leisure centre (¶8–12), the riverside path (¶15–19); the "————————" rules (¶6, ¶13) come out as articles
    # of their own (b6dfb916, b6dfb916-2, titled by the rule) and the datelines (¶7, ¶14) belong to none
    "4a2e8122": "THE PALLATON STANDARD · THREE CUTTINGS",
    "e0c90a69": "LEISURE CENTRE TO CLOSE FOR NEW ROOF",
    "f0ab8fb7": "RIVERSIDE PATH REOPENS AFTER LANDSLIP",
    "83a11ab0": "QUAVERLEY & DISTRICT PHILATELIC SOCIETY",
    "cad5a8c5": "SALTINGHOE HARBOUR WEEK",
    "68c21187": "STENNACK LANE PRIMARY SCHOOL",
    "f91ed4a6": "EL ECO DE TECOLAPA",
    "08b06067": "ВЕРЕСКИНСКИЙ ВЕСТНИК",
    "a4f24426": "槐荫镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495; "he asked to have the 'Communist Manifesto'
    # read to him" ¶499; "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505
    Query("Rewi Alley Communist Manifesto Lugou Marco Polo Bridge", "ac7222d4", "cross-paragraph"),
    # "Libros Iskra" ¶305; "San Francisco o Nueva York" ¶327; "En Jiayuguan, visitamos JISCO" and "siendo de
    # Texas" ¶335
    Query("JISCO Texas Iskra San Francisco", "dde32893", "cross-paragraph"),
    # "during a July event in the Korean city of Wonsan" line 7; "the North East Anti-Japanese United Army
    # (Noraa)" line 3, "as educational resources for visitors" line 10; "while labor-intensive" line 12
    Query("Wonsan Noraa labor-intensive educational resources", "097182f6", "cross-paragraph"),
    # "as Vietnamese communist leader Ho Chi Minh once described it in a poem" ¶63; "Vietnamese President Luong
    # Cuong" ¶71; "their swift integration into rehearsals" ¶77
    Query("Ho Chi Minh poem Luong Cuong swift integration", "362ba691", "cross-paragraph"),
    # "Anna May Wong (real name Wong Liu Tsong)" ¶115; "synopses of all the films" ¶121; "Hollywood film makers
    # produced dozens of films" ¶125
    Query("Wong Liu Tsong Hollywood dozens of films synopses", "ccf1d4fa", "cross-paragraph"),
    # Congo: "a high-level community with a shared future" ¶23; "zero-tariff treatment" ¶25; "African co-chair of
    # the Forum on China-Africa Cooperation (FOCAC)" ¶27 (FOCAC also ¶9, Zimbabwe)
    Query("China-Congo high-level community zero-tariff FOCAC co-chair", "faecd2e1", "cross-paragraph"),
    # Word forms: the text has another form
    # Liddell, "Known as the 'Flying Scotsman' … where he taught and preached" ¶285 (taught → teaches, preached →
    # preaches)
    Query("the Flying Scotsman teaches and preaches in China", "7ab1f62c", "word-form"),
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" ¶329 (entregar → entregan)
    Query("robots toman el elevador y entregan comida al cuarto", "dde32893", "word-form"),
    # "George Hogg died of tetanus aged just 30 on 22 July 1945" ¶483 (died → dying)
    Query("George Hogg dying of tetanus aged 30", "ac7222d4", "word-form"),
    # "Callum and Twm conclude that … British leftists should 'take inspiration from Chinese socialism'" ¶543
    # (conclude → concluding)
    Query("Callum and Twm concluding that British leftists should take inspiration", "6710eba1", "word-form"),
    # Another script or romanisation
    # the Chinese title line 20 "…在纪念中国人民抗日战争、苏联伟大卫国战争胜利…" in pinyin without tones
    Query("jinian Zhongguo renmin kang Ri zhanzheng Sulian weida weiguo zhanzheng shengli", "b39d8185", "translit"),
    # "Foreign Minister Subrahmanyam Jaishankar" and "Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451 in
    # Chinese characters
    Query("苏杰生 哈立德", "e065690c", "translit"),
    # accents dropped: "los avances increíbles que han hecho en 76 años de construcción socialista" ¶309
    Query("construccion socialista 76 anos", "dde32893", "translit"),
    # the webinar's speakers "Chen Weihua (Former EU bureau chief of China Daily)" ¶364 and "Jenny Clegg (Author
    # and peace activist)" ¶366 in Cyrillic (ac7222d4 ¶513 has Jenny Clegg alone)
    Query("Чэнь Вэйхуа и Дженни Клегг", "d89fdf72", "translit"),
    # Russian (names written in Cyrillic)
    # "our co-editor Keith Bennett" ¶475/477 and George Hogg ¶477–499 (d89fdf72 ¶367 has Bennett, no Hogg)
    Query("Кейт Беннетт и Джордж Хогг", "ac7222d4", "russian"),
    # "Foreign Minister Subrahmanyam Jaishankar" and "Iranian President Masoud Pezeshkian" ¶451
    Query("Субрахманьям Джайшанкар и Масуд Пезешкиан", "e065690c", "russian"),
    # Spanish
    # "Antes de la revolución en 1949, China fue totalmente devastada por el imperialismo y la ocupación
    # extranjera" ¶313
    Query("China fue totalmente devastada por el imperialismo y la ocupación extranjera", "dde32893", "spanish"),
    # "JISCO, una empresa siderúrgica estatal alrededor de la cual los obreros construyeron la ciudad entera" ¶335
    Query(
        "una empresa siderúrgica estatal alrededor de la cual los obreros construyeron la ciudad entera",
        "dde32893",
        "spanish",
    ),
    # "vimos como miles de años de civilización están siendo preservados" ¶325
    Query("vimos como miles de años de civilización están siendo preservados", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # Eric Liddell (李爱锐) and "the Minyuan Stadium. Modeled after London's Stamford Bridge" ¶291
    Query("李爱锐 民园体育场 斯坦福桥", "7ab1f62c", "chinese"),
    # "Xinhua correspondents Zheng Bofei and Jin Jing write" ¶287, about Eric Liddell
    Query("郑博非 金晶 李爱锐", "7ab1f62c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Defence Minister Vladimir Padrino" ¶33; "first published by Orinoco Tribune" ¶49, "(Orinoco Tribune)" ¶53
    Query("<#9> Orinoco Tribune\u200b Defence Minister", "f78fdcd6", "mention-noise"),
    # "Armenian Prime Minister Nikol Pashinyan" ¶257; "cooperation documents in … market regulation, metrology,
    # and media" ¶261
    Query("@here Nikol Pashinyan\u200b metrology media", "0e5d6094", "mention-noise"),
    # Typos (1–2 edits)
    # "Kazakhstan President Kassym-Jomart Tokayev" ¶405 (title line 401 has Kazakhstan too)
    Query("Tokaev Kazakstan", "26d64f12", "typo"),
    # "Nikol Pashinyan" ¶257; "metrology" ¶261
    Query("Pashinian metrology", "0e5d6094", "typo"),
    # "Uzbek President Shavkat Mirziyoyev … green energy" ¶207 (Uzbekistan: 1 edit)
    Query("Mirziyoyev Uzbekistn green energy", "3a9fa4ed", "typo"),
    # Names
    # the BRICS summit's participants ¶451
    Query("Masoud Pezeshkian Prabowo Subianto Khaled bin Mohamed Subrahmanyam Jaishankar", "e065690c", "name"),
    # Nhân Dân's list of international guests at Hanoi ¶153–159
    Query("Samdech Techo Hun Sen Igor Sergeenko Yakushev Dominican Republic", "20f574be", "name"),
    # Phrases
    # "Justice, light and progress will inevitably triumph over evil, darkness, and regression" ¶393 (7ab1f62c ¶277
    # has "justice will ultimately triumph over evil")
    Query("inevitably triumph over evil, darkness, and regression", "38a7d84f", "phrase"),
    # "The China-Myanmar pauk-phaw (brotherly) friendship, rooted in the hearts of the two peoples" ¶415
    Query("pauk-phaw brotherly friendship rooted in the hearts of the two peoples", "26d64f12", "phrase"),
    # Questions
    # "Around 400 military personnel from the armed forces of China, Russia, Laos, and Cambodia took part in the
    # military parade" ¶77 (the Hanoi ceremony ¶73)
    Query(
        "how many military personnel from China, Russia, Laos and Cambodia took part in the parade in Hanoi?",
        "362ba691",
        "question",
    ),
    # "the Daily Worker … described this as a 'plain case of aggression' in its editorial" ¶507
    Query("what did the Daily Worker call the Japanese attack in its editorial?", "ac7222d4", "question"),
    # "the war in China where the Japanese invaders slaughtered over 20 million men, women and children" ¶127
    Query("how many Chinese did the Japanese invaders slaughter according to the film review?", "ccf1d4fa", "question"),
    # Topics
    # "distancing itself from symbols like the Yasukuni Shrine", "refrain from historical revisionism" line 35
    Query("Yasukuni Shrine historical revisionism", "b39d8185", "topic"),
    # Rewi Alley: "to work with Gung Ho [the Chinese Industrial Cooperatives], where there was little glory, many
    # problems and a simple grave at the end of the trail" ¶497
    Query("Chinese Industrial Cooperatives Gung Ho little glory simple grave", "ac7222d4", "topic"),
    # "Chartist opposition to the first Opium War" and "the 'Hands off China' Campaign (1925-27)" ¶513
    Query("Hands off China campaign Chartist opposition first Opium War", "ac7222d4", "topic"),
    # Khurelsukh: "The Global Governance Initiative (GGI) … advocates for a UN-centred international governance
    # system" ¶199 (the GGI is also in 9e49ddff, 3a9fa4ed, 20f574be, e065690c, without Khurelsukh)
    Query("Global Governance Initiative Khurelsukh UN-centred governance system", "c061f0a1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); the Lenovo factory is Sydney Loving's (dde32893 ¶339)
    "Radhika Desai Lenovo factory",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Chen Weihua Minyuan Stadium",
    # Lan Hu is China's ambassador in Caracas (f78fdcd6); the Hanoi parade is 362ba691 ¶73–77 and 20f574be ¶143–145
    "Lan Hu Hanoi parade",
    # KJ Noh is a webinar speaker (d89fdf72 ¶368); Ho Chi Minh's Stilt House is Zhao Leji's visit (362ba691 ¶75)
    "KJ Noh Stilt House",
    # Ken Hammond is a webinar speaker (d89fdf72 ¶363); the monument is Caracas's (f78fdcd6)
    "Ken Hammond Caracas monument",
    # Hun Manet met Xi in Tianjin (5a5d8582 ¶243–247); the Orinoco Tribune is quoted on Venezuela (f78fdcd6 ¶49–53)
    "Hun Manet Orinoco Tribune",
    # Lev Abramov is the veteran Liu Qibao visited (054ef6fb line 14); the Minyuan Stadium is 7ab1f62c ¶291
    "Lev Abramov Minyuan Stadium",
    # "Sunday 21 September 2025, 4pm Britain" (d89fdf72 ¶351); no length or end
    "how long was the webinar on 21 September planned to last?",
    # "tremendous national sacrifices" (faecd2e1 ¶15); no figure for Slovakia
    "how many casualties did Slovakia suffer in the war?",
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as … Chen Hansheng" (ac7222d4 ¶491); no words of his
    "what did Chow Yun-fat say about George Hogg?",
    # Díaz-Canel visited Laos for the third time (20f574be ¶161–163); no visit of Thongloun's to Cuba
    "what year did Thongloun Sisoulith visit Cuba?",
    # Tianshui is 3 edits from Tianjin, whose "Tianjin Declaration of the Council of Heads of State" is 9e49ddff ¶443
    "Tianshui Declaration heads of state",
    # Cartagena is far from Caracas, where the monument was inaugurated (f78fdcd6 ¶33/55)
    "Cartagena monument inauguration",
    # Kim Jong Un (eca32116) in Cyrillic: no age given
    "сколько лет Ким Чен Ыну?",
    # "nuestros guías nos dijeron" (dde32893 ¶345): the guides are not named
    "¿quién fue el guía de la delegación en Jiayuguan?",
    # "nos avisaron contra tomar el tren bala" (dde32893 ¶329); no passenger numbers
    "¿cuántos pasajeros lleva el tren bala?",
    # "durante 10 días visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" (dde32893 ¶307); no days per city
    "¿cuántos días pasó la delegación en Yan'an?",
    # Khurelsukh Ukhnaa (c061f0a1 ¶187–199) in the corpus's words, in Chinese: no wife named
    "蒙古 总统 夫人 名字",
    # Eric Liddell (李爱锐) "died in a Japanese internment camp" (7ab1f62c ¶285); no grave or its place
    "李爱锐 墓地 位置",
    # Putin at the commemoration (c061f0a1 ¶193); only Xi's speeches are reprinted (38a7d84f ¶397)
    "普京 阅兵 演讲 全文",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "He died at his home in Cressage Road" ¶5; "He married Edna Pascoe" ¶11; "At the tunnel's silver jubilee
    # … presented with a watch" ¶12
    Query("Edna Pascoe silver jubilee watch Cressage Road", "b6edf0a7", "cross-paragraph"),
    # "in my aunt's attic … in a biscuit tin" ¶4; "from the Staten Island ferry" ¶8; "Ann Scurrah" ¶11, "Annie
    # Scurrah" ¶3/¶15
    Query("Annie Scurrah biscuit tin Staten Island ferry", "33487716", "cross-paragraph"),
    # "The landlord of the Swan has a cabinet of fossils" ¶6, "the Swan's fossil cabinet" ¶8; "a lecture by Dr
    # Harriet Munsley of Daverham University" ¶11
    Query("Swan fossil cabinet Harriet Munsley Daverham", "7c45a2ac", "cross-paragraph"),
    # "Engineers from Prowse & Kitto" ¶4; "Hilda Fenwright" ¶5; "off the Gull Spit" ¶13
    Query("Hilda Fenwright Gull Spit Prowse & Kitto", "b9b4e4e9", "cross-paragraph"),
    # "the builders, Scott & Linton" ¶4; "a half model of the hull" ¶8; "Meg Pellow" ¶11
    Query("Meg Pellow half model Scott & Linton", "993f47c9", "cross-paragraph"),
    # "Лапшин сам полетел на Ту-104" ¶9; "В Верескино он вернулся" ¶10; "выставка «Крылья эпохи»" ¶12
    Query("Лапшин Верескино «Крылья эпохи»", "08b06067", "cross-paragraph"),
    # Word forms
    # "one of the last of the men who dug the Mersey road tunnel" ¶4 (dug → digging, irregular)
    Query("Arnold Treleddon digging the Mersey road tunnel", "b6edf0a7", "word-form"),
    # "Darwin kept his promise and came back to the Swan" ¶16, "I have promised to return on the 28th" ¶6
    # (kept → keeping, irregular)
    Query("Darwin keeping his promise to return to the Swan", "7c45a2ac", "word-form"),
    # "The May Fair, held on 1 May in pouring rain … The maypole blew down twice" ¶10 (blew → blowing, irregular)
    Query("the maypole blowing down twice in pouring rain", "557975d1", "word-form"),
    # "Trabajó en la Línea 1 durante veintidós años y se jubiló" ¶9 (jubiló → jubila)
    Query("don Efrén se jubila de la Línea 1", "f91ed4a6", "word-form"),
    # "был тогда молодым техником … и встречал этот самолёт на земле" ¶5 (встречал → встречает)
    Query("Лапшин встречает самолёт на земле", "08b06067", "word-form"),
    # "the tea clipper Cutty Sark, which went down the ways at Dumbarton" ¶3 (went → going, irregular)
    Query("Cutty Sark going down the ways at Dumbarton", "993f47c9", "word-form"),
    # Another script or romanisation
    Query("Арнольд Треледдон", "b6edf0a7", "translit"),  # "ARNOLD TRELEDDON" ¶3, ¶4 in Cyrillic
    Query("Гровер Кливленд", "33487716", "translit"),  # "President Grover Cleveland dedicated the Statue" ¶3
    Query("查尔斯·达尔文", "7c45a2ac", "translit"),  # "Charles Darwin" ¶4 in Chinese characters
    Query("Efren Zamudio Lara", "f91ed4a6", "translit"),  # "don Efrén Zamudio Lara" ¶5, accent dropped
    # "Аркадий Семёнович Лапшин" ¶5 in Latin letters
    Query("Arkadiy Semyonovich Lapshin", "08b06067", "translit"),
    Query("Zheng Mingyuan", "a4f24426", "translit"),  # 物理老师郑明远 ¶5 (also ¶9) in pinyin
    Query("Катти Сарк", "993f47c9", "translit"),  # "the tea clipper Cutty Sark" ¶3 as a Russian paper writes it
    # "chauffeur to the Hon. Charles Rolls … to meet a Mr Henry Royce" ¶12 in Cyrillic
    Query("Чарльз Роллс и Генри Ройс", "557975d1", "translit"),
    # "Brunel's steamship Great Britain at Bristol" ¶3 (Brunel also ¶11), names in Chinese characters
    Query("布鲁内尔 布里斯托尔", "cad5a8c5", "translit"),
    # Russian
    # "2 и 3 октября в Доме культуры покажут документальный фильм о Ту-104" ¶15
    Query("документальный фильм о Ту-104 в Доме культуры", "08b06067", "russian"),
    Query("полосу проверили дважды", "08b06067", "russian"),  # the diary: "Полосу проверили дважды" ¶7
    # "В субботу, 24 сентября, школьники поедут на экскурсию в омский аэропорт" ¶14
    Query("школьники поедут на экскурсию в омский аэропорт", "08b06067", "russian"),
    # Spanish
    # "una exposición de fotografías de la construcción del Metro" ¶12
    Query("exposición de fotografías de la construcción del Metro", "f91ed4a6", "spanish"),
    # "Habrá visitas guiadas para los alumnos de la secundaria Benito Juárez" ¶13
    Query("visitas guiadas para los alumnos de la secundaria Benito Juárez", "f91ed4a6", "spanish"),
    Query("treinta años pasan como una estación", "f91ed4a6", "spanish"),  # «Treinta años pasan como una estación» ¶16
    # Chinese
    Query("64K国际专线 接入互联网", "a4f24426", "chinese"),  # 一条64K的国际专线让中国正式接入了互联网 ¶4
    Query("网页设计比赛", "a4f24426", "chinese"),  # 镇中学还将举办网页设计比赛 ¶10
    Query("打印出来的电子贺卡", "a4f24426", "chinese"),  # 他最珍惜的是一张打印出来的电子贺卡 ¶14
    # Mentions and zero-width spaces
    # "Gadsworth Town's new floodlights … the home match against Brantock Rovers" ¶4
    Query("<@7731> Brantock Rovers\u200b floodlights", "c3218789", "mention-noise"),
    # '"Dick Whittington" runs at the Gadsworth Playhouse' ¶18
    Query("@here \u200bDick Whittington Playhouse", "673d8b76", "mention-noise"),
    # '"Penny Reds and Their Plates", a display by our President, Mr Frank Odsall' ¶5
    Query("<#41> Penny Reds\u200b Frank Odsall", "83a11ab0", "mention-noise"),
    # Typos
    Query("Saltinhoe Harbor Week", "cad5a8c5", "typo"),  # "SALTINGHOE HARBOUR WEEK" ¶1 (1 edit + 1 edit)
    Query("Quaverly Philatelik Society", "83a11ab0", "typo"),  # "QUAVERLEY & DISTRICT PHILATELIC SOCIETY" ¶1
    Query("Stenack Lane Primery School", "68c21187", "typo"),  # "STENNACK LANE PRIMARY SCHOOL" ¶1
    # Names
    Query("Edwin Carrack", "68c21187", "name"),  # "the first headmaster, Mr Edwin Carrack" ¶8
    Query("Jock Menzies", "4a2e8122", "name"),  # "Pallaton riveter Jock Menzies" ¶3
    Query("Amrit Sandhu", "673d8b76", "name"),  # "The director, Amrit Sandhu" ¶21
    # Phrases
    Query("like the whole Mersey knocking to come in", "b6edf0a7", "phrase"),  # ¶8
    Query("You could read a newspaper in the centre circle", "c3218789", "phrase"),  # Mr Len Hobart, ¶7
    Query("Now the creek can sleep at night", "b9b4e4e9", "phrase"),  # Mr Lusby, ¶18
    # Questions
    # "Pallaton Leisure Centre will close from 26 February to 20 April while its roof is replaced" ¶9
    Query("how long will Pallaton Leisure Centre be closed for its new roof?", "e0c90a69", "question"),
    # "eleven months after a landslip closed it on 12 December last year" ¶16
    Query("when did the landslip close the riverside path?", "f0ab8fb7", "question"),
    # "Our Apple Day is held on 18 October, with apple naming, a longest-peel competition" ¶10
    Query("when is the longest-peel competition at Oxcombe?", "77bdbc75", "question"),
    # "The new steam ferry Lady Hembury made her first crossing …, carrying sixty-one passengers and a cow" ¶14
    Query("how many passengers did the Lady Hembury carry on her first crossing?", "557975d1", "question"),
    # Topics
    # "the 100th birthday of Tower Bridge" ¶11; "one of the bridge's first engine drivers. His notebook" ¶12
    Query("Tower Bridge 100th birthday engine driver's notebook", "af1e0a90", "topic"),
    # "125 years ago today … President Grover Cleveland dedicated the Statue of Liberty" ¶3
    Query("Statue of Liberty dedication 125 years ago", "33487716", "topic"),
    # "the Queen launched the liner Queen Elizabeth 2 at Clydebank on 20 September 1967" ¶3
    Query("Queen Elizabeth 2 launch at Clydebank", "4a2e8122", "topic"),
    # "the 175th anniversary of the floating out of Brunel's steamship Great Britain … first hawsers were spun at
    # the Saltinghoe rope walk" ¶3
    Query("Great Britain steamship floating out anniversary rope walk", "cad5a8c5", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Arnold Treleddon dug the Mersey tunnel (b6edf0a7); the Cutty Sark is Marrisford's story (993f47c9)
    "Arnold Treleddon Cutty Sark",
    # Sue Harrop manages Pallaton Leisure Centre (e0c90a69 ¶10); the floodlights are Gadsworth Town's (c3218789)
    "Sue Harrop floodlights",
    # Hilda Fenwright watched the Loddenham gate (b9b4e4e9 ¶5); the rope walk is Saltinghoe's (cad5a8c5)
    "Hilda Fenwright rope walk",
    # Meg Pellow brought the Cutty Sark model back (993f47c9 ¶11); the Statue of Liberty is the Caddlesey blog's
    "Meg Pellow Statue of Liberty",
    # Frank Odsall is the philatelic society's President (83a11ab0); the fossil cabinet is the Swan's (7c45a2ac)
    "Frank Odsall fossil cabinet",
    # Edwin Carrack was Stennack Lane's first headmaster (68c21187 ¶8); the bowls club is Treleddon's (b6edf0a7)
    "Edwin Carrack bowls club",
    # Gareth Lusby is Loddenham's county engineer (b9b4e4e9 ¶8, ¶18); Tower Bridge is Gadsworth's cutting
    "Gareth Lusby Tower Bridge",
    # "will be switched on at the home match against Brantock Rovers on Saturday 19 April" (c3218789 ¶4): to come
    "who won the Gadsworth Town match against Brantock Rovers?",
    # "The cat has been rehearsing since October" (673d8b76 ¶21): no actor named
    "who played the cat in Dick Whittington?",
    # "Fireworks on the Saturday at 10pm" (cad5a8c5 ¶20); no end time
    "what time do the Saltinghoe fireworks finish?",
    # "Tickets for the talk and the supper are on sale" (cad5a8c5 ¶21): only the supper has a price (£18, ¶15)
    "how much is a ticket for Dr Owen Rackstraw's talk?",
    # Annie "stayed on in New York" (33487716 ¶6); no hotel anywhere in the blog (the Swan Hotel is Hatchbury's)
    "which hotel did Annie Scurrah stay at in New York?",
    # "The new steam ferry Lady Hembury made her first crossing" (557975d1 ¶14): no master; the "master" of ¶12 is
    # Charles Rolls, Mr Cottle's employer
    "who was the master of the steam ferry Lady Hembury?",
    # Josiah Pellow's letters, model and death (993f47c9); no marriage
    "when did Josiah Pellow marry?",
    # no dog in the obituary (b6edf0a7); the only dogs are Oxcombe's "Dogs on leads" (77bdbc75 ¶18)
    "what was Arnold Treleddon's dog called?",
    # "On 24 November 1959 … the Hatchbury Naturalists' Society planted an oak" (7c45a2ac ¶12); the Mayor named is
    # today's, Councillor Pauline Threlkeld (¶7)
    "who was Mayor of Hatchbury in 1959?",
    # "The great stone mill at Oxcombe was built in 1788 for the Haylett family" (77bdbc75 ¶3); no cost
    "how much did it cost to build the Oxcombe mill in 1788?",
    # "Summer social and quiz at the Bell" on 14 June (83a11ab0 ¶15) is still to come
    "who won the Quaverley summer quiz at the Bell?",
    # "Annie had sailed from Liverpool with her brother Tom" (33487716 ¶4); the ship is not named
    "what was the name of the ship Annie Scurrah sailed on from Liverpool?",
    # "School opened this morning with 64 children present" in 1888 (68c21187 ¶8); today's roll is never given
    "how many children are at Stennack Lane now?",
    # Loddington is 5 edits from Loddenham, whose creek gate is b9b4e4e9's
    "Loddington creek gate",
    # Maresfield is 5 edits from Marrisford, whose Literary Institute had the model (993f47c9 ¶8–10)
    "Maresfield Literary Institute",
    # Pallington is 3 edits from Pallaton, whose reopening gala is e0c90a69 ¶12
    "Pallington reopening gala",
    # Saltfleet is 5 edits from Saltinghoe, whose Harbour Week is cad5a8c5's
    "Saltfleet harbour week",
    # Hatfield is 5 edits from Hatchbury, whose Darwin plaque is 7c45a2ac ¶7/¶15
    "Hatfield Darwin plaque",
    # "Ту-104 выполнил первый регулярный рейс" (08b06067 ¶4): no crew named
    "кто был командиром экипажа Ту-104 в первом рейсе?",
    # "рейс Москва — Омск — Иркутск" (08b06067 ¶4); no fare
    "сколько стоил билет Москва — Омск — Иркутск?",
    # Лапшин (08b06067); no Gagarin anywhere
    "Аркадий Лапшин и Гагарин",
    # the first stretch opened on 4 September 1969 (f91ed4a6 ¶4); no fare
    "¿qué precio tenía el boleto del Metro en 1969?",
    # don Efrén's mother (¶8) and granddaughter Mariana (¶15); no wife
    "¿cómo se llama la esposa de don Efrén?",
    # 郑明远 (a4f24426 ¶5, ¶9, ¶13–15): no wife
    "郑明远 妻子 名字",
    # 本月12日我就去县邮电局申请上网 (a4f24426 ¶6): no cost
    "上网 费用 多少钱",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind85/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
