"""A sixty-sixth lookup query set, for tuning ranking (written in the thirty-second session): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the engineers score it once, then
read it and tune the search on it; once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind65.py and
  tests/queries_blind67.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, a few stop words and question
  words left out) with every earlier query (some eight thousand), and with the earlier queries of this set,
  while the set was being written; a query sharing more than half of its words with any one of them was
  replaced, and so was one that asked an earlier query's question again in other words. The seeds have
  been queried so often by now that nearly every passage and name has been asked about: most of these seed
  queries join names or passages that no earlier query joined, most still share exactly half of their
  words with one earlier query (the most the rule allows), and about four in five of the first drafts had
  to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind78/docs, copied as ONE
  corpus into a subfolder blind78/ (see NEWDOCS_DIRS). Two of its files are digests of three cuttings
  each that the loader splits into a header article and one article per cutting, and, in one of them,
  articles made of the rules between cuttings (see NEWDOCS_TITLES). No earlier set that could be read was
  written on these documents; the same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query are in
one article but no single paragraph, title line included, holds them all), word-form 4 + 6 (another
inflection or derivation than the text uses, irregular forms too, in English, Russian and Spanish),
translit 4 + 9 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin letters
for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3,
chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 3 + 3 (1–2 edits a word), name 3 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3: 35 + 48
answerable, and 20 + 30 unanswerable. Every answerable query is answered by the documents' own words in
some form, spelling or script (names may be written in another script); none needs a translation of a
common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or another person of
the same corpus); a question in the corpus's own words about something it does not say (who won,
conducts, gave an injection or is a chairman or a station chief; how long someone stayed, how tall a
monument is, how many attended, lived somewhere or are needed; what time something opens or finishes;
what a salary, a repair, a footbridge, an expedition or a subscription cost; what a seamstress, a
great-grandson or a flood victim was called); a place the corpus does not hold but spelled close to one
it does (two or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one
or more words with its corpus on purpose (in another script for some of the seeds' ones), and every
article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind78/docs/* into ONE temporary
# corpus folder under the subfolder blind78/: files are then "blind78/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind78/docs",)
NEWDOCS_SUBDIRS = ("blind78",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "6a12a973": "ALDERCOMBE ROYAL INFIRMARY — STAFF MAGAZINE",
    "3c1451cd": "OBITUARIES",
    "8ad34399": "COBBLEFORD CRICKET CLUB",
    "2a433a84": "THE DRUMMERSBY POST",
    "5dcd0453": "GREYMARSH JUNIOR SCHOOL",
    "9112c3c9": "HARROWELL PROMENADE CONCERTS",
    "222ee691": "PRICK AND PROPER",
    # en_kelmer_courier_cuttings_digest.txt, split by the loader: the header (¶1–2), the flood (¶4–12), the
    # show (¶14–22), the footbridge and the Christmas lights (¶24–31); each cutting's article begins with its
    # "=====" rule and dateline, and the third, which has no headline, is titled by its rule
    "49573c5d": "KELMER COURIER — CUTTINGS FILE",
    "f846dfc6": "TWO DIE AS BROOK BURSTS ITS BANKS",
    "f476e765": "SHOW CALLED OFF AS FOOT-AND-MOUTH LINGERS",
    "000d82c3": "==================== CUTTING 3 ====================",
    "2bcb579c": "KELMER VALE DISTRICT COUNCIL",
    "6a486fbd": "THE MARLOWAY WEEKLY LEDGER",
    "dc561ee0": "PENDLEBARROW DOWN NATURE RESERVE",
    # en_wendridge_star_transport_digest.txt, split by the loader: the header (¶1–2), the Underground (¶6–13),
    # the jumbo jet (¶17–23, titled by its first line), the station (¶26–33, titled by its dateline "Evening
    # Star, 2017", with its headline at ¶28); the "-----" rules (¶4, ¶15, ¶25) come out as articles of their
    # own (aeea9228, aeea9228-2, aeea9228-3, titled by the rule) and the datelines ¶5 and ¶16 belong to none
    "4108c490": "WENDRIDGE EVENING STAR — TRANSPORT CUTTINGS",
    "18c009be": "UNDERGROUND AT 125",
    "afaf49b1": "WENDRIDGE, 21 January — Thirty years ago tomorrow",
    "d0546343": "Evening Star, 2017",
    "dcf80e39": "BOLETÍN DE LA ASOCIACIÓN NAVAL «ISAAC PERAL»",
    "7853fbbc": "ГАЗЕТА «СТУДЁНОРЕЧЕНСКИЙ ВЕСТНИК»",
    "36b6c3ab": "《桥北运输》 公司内刊",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "distancing itself from symbols like the Yasukuni Shrine" line 41; "all forms of 'Taiwan independence'"
    # line 51; "expanding joint exercises, maritime and air patrols" line 54
    Query("Yasukuni Shrine Taiwan independence maritime patrols", "b39d8185", "cross-paragraph"),
    # "during a July event in the Korean city of Wonsan … in the 'Patriots' military-patriotic park" line 7;
    # "meticulous verification of historical records" line 11; "This process, while labor-intensive" line 12
    Query("Wonsan Patriots park labor-intensive verification", "097182f6", "cross-paragraph"),
    # "the two countries' 'five-star ironclad' friendship" ¶7 (Zimbabwe ¶5–11); "Slovakia was the only member
    # state of NATO" ¶21; "The Republic of the Congo is the first country to reach an early harvest arrangement"
    # ¶25
    Query("Zimbabwe five-star Slovakia NATO Congo early harvest", "faecd2e1", "cross-paragraph"),
    # "met at the Great Hall of the People … the Cuban Communist Party (PCC)" ¶85; "cybersecurity,
    # nanotechnology, life sciences, biomedicine" ¶105 (the Great Hall is also in eca32116 and 38a7d84f)
    Query("PCC cybersecurity biomedicine Great Hall of the People", "d807680a", "cross-paragraph"),
    # "Since the establishment of diplomatic relations 33 years ago" ¶257; "market regulation, metrology, and
    # media" ¶261; "the country's vibrant development and progress" ¶265
    Query("metrology vibrant development 33 years", "0e5d6094", "cross-paragraph"),
    # Word forms: the text has another form
    # "Prime Minister Shehbaz congratulated China on the 80th anniversary" ¶213 (congratulated → congratulating)
    Query("Shehbaz congratulating China on the 80th anniversary", "3a9fa4ed", "word-form"),
    # "since founding President Kim Il Sung participated in the 1959 tenth anniversary celebrations" ¶219
    # (participated → participating; "participating" is only in e065690c ¶461, of other leaders)
    Query("Kim Il Sung participating in the 1959 tenth anniversary celebrations", "eca32116", "word-form"),
    # "Desde pequeños robots que toman el elevador para entregar comida" ¶329 (plural → singular, toman → tomó)
    Query("un pequeño robot tomó el elevador", "dde32893", "word-form"),
    # "the China-Russia relationship, having stood the test of changes in the world" ¶189 (stood → standing,
    # irregular; "standing" is elsewhere only in "Standing Committee", "long-standing" and e065690c ¶453's
    # "standing at the forefront"; 5a5d8582 ¶245 has Cambodia's friendship "having stood the test of time")
    Query("China-Russia relationship standing the test of changes in the world", "c061f0a1", "word-form"),
    # Another script or romanisation
    # "Eric Liddell" ¶275/283–291 and "Xinhua correspondents Zheng Bofei and Jin Jing" ¶287, in Cyrillic
    Query("Эрик Лидделл и Цзинь Цзин", "7ab1f62c", "translit"),
    # "Myanmar's Acting President Min Aung Hlaing … Kazakhstan President Kassym-Jomart Tokayev" ¶405 in Cyrillic
    Query("Мин Аунг Хлайн и Касым-Жомарт Токаев", "26d64f12", "translit"),
    # the speakers "Ken Hammond (Historian and China scholar)" ¶363 and "Keith Bennett (Co-editor of Friends of
    # Socialist China)" ¶367, in Cyrillic (ac7222d4 ¶475 has Keith Bennett without Hammond)
    Query("Кен Хаммонд и Кит Беннетт", "d89fdf72", "translit"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501 and "Chow Yun-fat" ¶491, by their Chinese names
    Query("林迈可 周润发", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic)
    # "written by Callum Norris and Twm Draper of the Young Communist League of Britain" ¶533
    Query("Кэллум Норрис и Тум Дрейпер", "6710eba1", "russian"),
    # "Chinese Ambassador Lan Hu … Defence Minister Vladimir Padrino" ¶33 (also ¶53)
    Query("Лань Ху и Владимир Падрино", "f78fdcd6", "russian"),
    # Spanish
    # "Y ya que el turismo interno es tan importante, los museos y sitios estaban llenos de niños" ¶325
    Query("el turismo interno es tan importante", "dde32893", "spanish"),
    # JISCO in Jiayuguan: "Hoy tiene una cobertura verde de 42%, con estanques y parques" ¶335
    Query("Hoy tiene una cobertura verde de 42%, con estanques y parques", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Vietnamese Prime Minister Pham Minh Chinh" ¶79; "Ho Chi Minh" ¶63/75, as Xinhua writes them
    Query("范明政 胡志明", "362ba691", "chinese"),
    # "Egyptian President Abdel Fattah El-Sisi … Prime Minister Narendra Modi" ¶451, as Xinhua writes them
    Query("塞西 莫迪", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "a booklet on the life of Claudia Jones, the African-American communist and great friend of China" ¶123
    Query("<@9001> Claudia Jones\u200b great friend of China", "ccf1d4fa", "mention-noise"),
    # "Liu Qibao visited the Russian World War II veteran Lev Abramov … that historical feat made by war veterans"
    # line 14
    Query("@here Lev Abramov\u200b historical feat", "054ef6fb", "mention-noise"),
    # Typos (1–2 edits)
    # "Black Liberation Alliance and Qiao Collective" ¶547 (dde32893 ¶305 has the Spanish "Alianza de Liberación
    # Negra")
    Query("Qiao Colective Black Liberation Aliance", "6710eba1", "typo"),
    # "The victory of China is the victory of the Bolivarians" ¶39; Maduro ¶33–57
    Query("Bolivarians Madurro", "f78fdcd6", "typo"),
    # "Zhao Leji also paid respects at the Ho Chi Minh Mausoleum and visited Ho Chi Minh's Stilt House" ¶75
    Query("Zhao Leji Ho Chi Minh Mausolem Stilt Huose", "362ba691", "typo"),
    # Names
    # "Kim Jong Un was greeted at Beijing Railway Station by Cai Qi, … Wang Yi, … Yin Yong, Mayor of Beijing" ¶221
    Query("Kim Jong Un Cai Qi Wang Yi Yin Yong", "eca32116", "name"),
    # "Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "his mentor, the New Zealand
    # internationalist Rewi Alley" ¶495
    Query("Chen Hansheng Rewi Alley", "ac7222d4", "name"),
    # "Nhân Dân, noted that international guests included: Thongloun Sisoulith, … Samdech Techo Hun Sen" ¶151–154
    Query("Thongloun Sisoulith Nhân Dân Hun Sen", "20f574be", "name"),
    # Phrases
    # "he had a strong family background in pacifism, … and rooted in non-conformist Christianity" ¶493
    Query("rooted in non-conformist Christianity", "ac7222d4", "phrase"),
    # "The partnership is thus calibrated to serve both external strategy and domestic political needs" line 17
    Query("calibrated to serve both external strategy and domestic political needs", "b39d8185", "phrase"),
    # Questions
    # "Indonesian President Prabowo Subianto" among those attending the Virtual Summit ¶449–451
    Query("which Indonesian president attended the BRICS virtual summit?", "e065690c", "question"),
    # "Discussions at Fudan University reflected growing confidence" ¶541
    Query("which university did the delegates hold discussions at?", "6710eba1", "question"),
    # "Freedom Road Socialist Organization Central Committee member Sydney Loving's interview" ¶297 ("Yo
    # representé la Organización Socialista Camino de la Libertad" ¶305)
    Query("which organization did Sydney Loving represent?", "dde32893", "question"),
    # Topics
    # "During WWII, Hollywood film makers produced dozens of films … a few are anti-fascist classics, like the
    # outstanding None Shall Escape the Judgement" ¶125
    Query("Hollywood anti-fascist films None Shall Escape the Judgement", "ccf1d4fa", "topic"),
    # "Next year marks the 70th anniversary of China-Egypt diplomatic ties" ¶411; "cooperation in such areas as
    # new energy, electric vehicles, finance and seawater desalination" ¶413
    Query("China-Egypt 70th anniversary new energy electric vehicles", "26d64f12", "topic"),
    # "Lula's initiative was largely triggered by the economic, political and psychological warfare currently
    # being waged by the US Trump administration" ¶451
    Query("Lula initiative triggered by Trump administration", "e065690c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Rewi Alley was Hogg's mentor (ac7222d4 ¶495–499); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Rewi Alley Minyuan Stadium",
    # Keith Bennett (ac7222d4 ¶475, d89fdf72 ¶367); the Orinoco Tribune reported from Caracas (f78fdcd6 ¶49/53)
    "Keith Bennett Orinoco Tribune",
    # the webinar is announced, not reported (d89fdf72 ¶351–373); "attended by an array of heads of state" (¶355)
    # are the celebrations in China
    "how many people attended the World War Against Fascism webinar?",
    # "a full day of bilateral meetings in Tianjin on August 31" (0e5d6094 ¶255, Lukashenko ¶263–265); no stay
    "how long did Lukashenko stay in Tianjin?",
    # Hanover is 3 edits from Hanoi, whose ceremony is at Ba Dinh Square (20f574be ¶143, 362ba691 ¶73)
    "Hanover ceremony",
    "利德尔 妻子 是谁",  # Eric Liddell (7ab1f62c) in Chinese characters; no wife is mentioned
    # Ivan Melnikov met Liu Qibao in Khabarovsk (054ef6fb line 6); the Tienanmen parade is eca32116 ¶219 and
    # 38a7d84f ¶377
    "Ivan Melnikov Tienanmen parade",
    # the Caracas monument (f78fdcd6 ¶33–57): "the sculpture also represents" (¶47); no size anywhere
    "how tall is the Venezuela monument to China's victory?",
    "马杜罗 访问 北京 日期",  # Maduro (f78fdcd6) in Chinese characters: he is in Caracas, never in Beijing
    "Maracay monument",  # Maracay is 2 edits from Caracas, whose monument is f78fdcd6's
    "Mianyang stadium",  # Mianyang is 3 edits from Minyuan, whose stadium is 7ab1f62c's (¶291)
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); Hun Manet met Xi in Tianjin (5a5d8582 ¶243–247)
    "Chen Weihua Hun Manet",
    # "the heads of 10 international organisations, including the Secretary-General of the United Nations"
    # (9e49ddff ¶427); the SCO's own Secretary-General is never named
    "who is the current SCO Secretary-General?",
    # "Born in 1902 to Scottish missionary parents" (7ab1f62c ¶289): his parents, no children
    "сколько детей было у Эрика Лидделла?",
    "Лукашенко и Мадуро",  # Lukashenko (0e5d6094) and Maduro (f78fdcd6) are never in one article
    # "durante 10 días visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" (dde32893 ¶307): no Beijing
    "¿cuándo visitó Sydney Loving Pekín?",
    # Jodie Evans, Code Pink (d89fdf72 ¶365); Stamford Bridge is the Minyuan Stadium's model (7ab1f62c ¶291)
    "Jodie Evans Stamford Bridge",
    # Pashinyan (0e5d6094 ¶257–261); the Belt and Road is 3a9fa4ed ¶213, 9e49ddff ¶433/438 and d807680a ¶91
    "Nikol Pashinyan Belt and Road",
    # "el tren normal también fue genial" (dde32893 ¶329); Dunhuang ¶307/325/335; no timetable
    "¿a qué hora sale el tren normal de Dunhuang?",
    # "finally as headmaster of the Shandan Bailie School" (ac7222d4 ¶483); no pay
    "what was George Hogg's salary as headmaster?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "he photographed his wife Anna Bertha's hand" ¶9–10; "by Dr Josiah Penberthy, a house surgeon" ¶14; "a
    # lunchtime talk by consultant radiographer Priya Nandakumar-Holt" ¶27–28
    Query("Josiah Penberthy Anna Bertha Priya Nandakumar-Holt", "6a12a973", "cross-paragraph"),
    # "taught at the school on Kirk Brae" ¶11; "in 1975 sent her a barometer" ¶21; "The funeral will be at St
    # Cuthbert's, Thornlaw" ¶27–28
    Query("Kirk Brae barometer St Cuthbert's", "3c1451cd", "cross-paragraph"),
    # "The storm touched down near Ellington, Missouri" ¶11; "Papa found our cow in the Pruitts' yard" ¶24; the
    # exhibition "opens at the Carnegie library" ¶28–29
    Query("Ellington Missouri Pruitts' cow Carnegie library", "6a486fbd", "cross-paragraph"),
    # "Diversions will be signed via Station Road" ¶18–19; "Photographs lent by residents will be shown at the
    # Corn Hall" ¶22; "The Environment Agency will open the new sluice at Ferrers Mill" ¶26
    Query("Environment Agency sluice Station Road diversions Corn Hall photographs", "2bcb579c", "cross-paragraph"),
    # "метеоролог Иван Петрович Снегирёв" ¶11–12; "кружок получил в подарок настоящую метеобудку" ¶22; "Летняя
    # экспедиция кружка на Студёное озеро" ¶23–24 (¶22–25 is one block, Снегирёв is not in it)
    Query("Снегирёв метеобудку Студёное озеро", "7853fbbc", "cross-paragraph"),
    # 老驾驶员周德全 ¶10; 新建的车辆维修中心 ¶19; 公司开展了安全生产周活动 ¶21
    Query("周德全 安全生产周 维修中心", "36b6c3ab", "cross-paragraph"),
    # Word forms
    # "She married Tom Marwood, a railway signalman, on 14 June 1952" ¶11–12 (married → marrying)
    Query("Cecily Marwood marrying a railway signalman", "3c1451cd", "word-form"),
    # "The Italian Dorando Pietri fell five times in the last lap" ¶9 (fell → falling, irregular)
    Query("Dorando Pietri falling five times in the last lap", "2a433a84", "word-form"),
    # "a thunderstorm lifted part of the glass roof during the interval" ¶30–31 (lifted → lifting; "lifted" is
    # also in f476e765 ¶20 and 000d82c3 ¶29, of restrictions and a bridge deck)
    Query("thunderstorm lifting part of the glass roof", "9112c3c9", "word-form"),
    # "que salió al agua en el arsenal de La Carraca, en Cádiz" ¶8 (salió → sale)
    Query("el submarino sale al agua en La Carraca", "dcf80e39", "word-form"),
    # "Сорок лет назад на «Востоке» зимовал наш земляк, метеоролог Иван Петрович Снегирёв" ¶11–12 (зимовал →
    # зимует)
    Query("Снегирёв зимует на Востоке", "7853fbbc", "word-form"),
    # "the Ferrers Brook, swollen by a cloudburst over Harle Moor, rose nine feet in under two hours" ¶7–8 (rose
    # → rising, irregular); the council's notice of the twenty-fifth anniversary says the same (2bcb579c ¶6–7)
    Query("Ferrers Brook rising nine feet in under two hours", "f846dfc6", "word-form", also=("2bcb579c",)),
    # Another script or romanisation
    Query("Дорандо Пьетри", "2a433a84", "translit"),  # "The Italian Dorando Pietri" ¶9 in Cyrillic
    Query("Вильгельм Рентген", "6a12a973", "translit"),  # "Wilhelm Röntgen" ¶5–6 in Cyrillic
    # "Overture, Cockaigne … Elgar" ¶18; "Symphony No. 5 in E minor … Dvořák" ¶20, in Chinese characters
    Query("埃尔加 德沃夏克", "9112c3c9", "translit"),
    Query("Zhou Dequan", "36b6c3ab", "translit"),  # 老驾驶员周德全 ¶10 in pinyin
    # "метеоролог Иван Петрович Снегирёв" ¶12 and the station «Восток» ¶7 (¶11) in Latin letters
    Query("Snegiryov Vostok", "7853fbbc", "translit"),
    # accents dropped: "conferencia del capitán de corbeta (retirado) Andrés Lozano Ribera" ¶26–27; Cádiz ¶8/15/32
    Query("Andres Lozano Ribera Cadiz", "dcf80e39", "translit"),
    # "a fourteen-year-old boy called Leonard Thompson" ¶6–7 in Cyrillic
    Query("Леонард Томпсон", "222ee691", "translit"),
    # 第一辆解放牌CA10型载货汽车在长春第一汽车制造厂驶下总装线 ¶5 in pinyin
    Query("Jiefang CA10 Changchun", "36b6c3ab", "translit"),
    Query("Ада Кесслер", "6a486fbd", "translit"),  # "Her grandmother, Ada Kessler, was nine" ¶22 in Cyrillic
    # Russian
    # "К 40-летию рекорда школьный метеокружок «Полюс холода» готовит выставку" ¶8–9
    Query("метеокружок «Полюс холода» готовит выставку", "7853fbbc", "russian"),
    Query("Радиограмма ушла на Большую землю", "7853fbbc", "russian"),  # from the diary, ¶17
    # "Иван Петрович встретится со школьниками в районной библиотеке и покажет свои фотографии со станции" ¶19–20
    Query("фотографии со станции в районной библиотеке", "7853fbbc", "russian"),
    # Spanish
    # "ofrenda floral en el muelle y, a las 13 horas, comida de hermandad en el Club Náutico" ¶28–29
    Query("la comida de hermandad en el Club Náutico", "dcf80e39", "spanish"),
    # "conferencia del capitán de corbeta (retirado) Andrés Lozano Ribera, «Un submarino antes de tiempo»" ¶26–27
    Query("la conferencia Un submarino antes de tiempo", "dcf80e39", "spanish"),
    # "abrió su primera sede en los bajos de la antigua lonja" ¶18–19
    Query("la primera sede en los bajos de la antigua lonja", "dcf80e39", "spanish"),
    # Chinese
    Query("老解放 正式退役", "36b6c3ab", "chinese"),  # 公司最后一辆老解放（1978年出厂）正式退役 ¶13
    Query("重走1957年的第一条运输线路", "36b6c3ab", "chinese"),  # 车队将组织十位老驾驶员重走1957年的第一条运输线路 ¶24
    Query("一汽 新车采购协议", "36b6c3ab", "chinese"),  # 公司与一汽签订了新车采购协议 ¶17
    # Mentions and zero-width spaces
    # "Ladies' evening and quiz: Friday 11 June" ¶19; "Margaret Tolley is organising the food again" ¶23–24
    Query("<@8812> Margaret Tolley\u200b ladies' evening", "8ad34399", "mention-noise"),
    # "The great butterfly count … the annual count of the chalkhill blue on 2 August" ¶21–22
    Query("@here \u200bchalkhill blue butterfly count", "dc561ee0", "mention-noise"),
    # "The Christmas lights will be switched on by the town's oldest resident, Edna Carlow, 102" ¶29–30
    Query("<#77> Edna Carlow\u200b oldest resident", "000d82c3", "mention-noise"),
    # Typos
    Query("Pendelbarrow Down", "dc561ee0", "typo"),  # "PENDLEBARROW DOWN NATURE RESERVE" ¶1 (a transposition)
    Query("Cobblefrod Crickett Club", "8ad34399", "typo"),  # "COBBLEFORD CRICKET CLUB" ¶1
    Query("Greymarch Junior Scool", "5dcd0453", "typo"),  # "GREYMARSH JUNIOR SCHOOL" ¶1
    # Names
    Query("Dolores Varga-Whitcomb", "6a486fbd", "name"),  # "Dolores Varga-Whitcomb, 81, read the names" ¶18
    Query("Miriam Okafor-Lane", "9112c3c9", "name"),  # "Harrowell Festival Orchestra · conductor …" ¶21
    # Phrases
    Query("a floor to stand on", "9112c3c9", "phrase"),  # "cheap tickets, a floor to stand on" ¶8
    # "the first time in fifty-two years that anyone had made a fuss of the thing" ¶24–25
    Query("made a fuss of the thing", "3c1451cd", "phrase"),
    Query("never once had to boil a glass syringe", "222ee691", "phrase"),  # ¶22
    # Questions
    # "Of the 695 people it killed, more than any tornado before or since in the United States" ¶13 (and "the
    # forty-seven Marloway people killed" ¶7)
    Query("how many people did the Tri-State Tornado kill?", "6a486fbd", "question"),
    # "The nativity play on Tuesday the 7th and Wednesday the 8th raised £312" ¶8–9
    Query("how much did the Greymarsh nativity play raise?", "5dcd0453", "question"),
    # "Subscriptions (seniors £60, juniors £20) are due by 31 March" ¶14
    Query("when are Cobbleford cricket subscriptions due?", "8ad34399", "question"),
    # "Wendridge station reopens on Monday 11 September" ¶29
    Query("when does Wendridge station reopen?", "d0546343", "question"),
    # Topics
    # "Pan Am's first Boeing 747 passenger service" ¶18; "a 747 on a training flight made a low pass over the
    # town" ¶21
    Query("Pan Am Boeing 747 low pass over Wendridge", "afaf49b1", "topic"),
    # "SHOW CALLED OFF AS FOOT-AND-MOUTH LINGERS" ¶16; "restrictions on moving sheep and cattle in the district"
    # ¶19
    Query("foot-and-mouth restrictions on moving sheep and cattle", "f476e765", "topic"),
    # "125 years since the world's first underground railway opened" ¶7; "The Metropolitan Railway's steam trains
    # began running between Paddington and Farringdon Street" ¶8–9
    Query("Metropolitan Railway Paddington Farringdon Street 125 years", "18c009be", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Len Ashworth is Cobbleford's groundsman (8ad34399 ¶6); the Crane Street swimming baths are Drummersby's
    # (2a433a84 ¶16, ¶28)
    "Len Ashworth swimming baths",
    # Alderman Ruth Hebden opened the baths (2a433a84 ¶16–17); the Christmas lights are Kelmer's, switched on
    # by Edna Carlow (000d82c3 ¶29–30)
    "Ruth Hebden Christmas lights",
    # Margaret Tolley does the food for Cobbleford's ladies' evening (8ad34399 ¶24); the carnival queen is
    # Drummersby's Andrea Lumb (2a433a84 ¶24–25)
    "Margaret Tolley carnival queen",
    # Andrea Lumb (2a433a84 ¶24–25); the barometer was sent to Cecily Marwood (3c1451cd ¶21)
    "Andrea Lumb barometer",
    # Walter Pybus ran the 1908 marathon (2a433a84 ¶12); the tornado is Marloway's (6a486fbd)
    "Walter Pybus tornado",
    # Henry Wood conducted the first Proms in London (9112c3c9 ¶7); the Greymarsh choir sang at the hospital
    # (5dcd0453 ¶10–11)
    "Henry Wood Greymarsh choir",
    # Nurse Carol is in the insulin diary (222ee691 ¶17); the imaging department is Aldercombe's (6a12a973 ¶5)
    "Nurse Carol imaging department",
    # "Cricket week: Saturday 17 July to Saturday 24 July, with a match every day" (8ad34399 ¶20) is still to come
    "who won the Cobbleford cricket week?",
    "what time does the Cobbleford annual general meeting finish?",  # "Friday 22 January, 7.30 pm" (8ad34399 ¶13)
    # "it has been repaired with the help of a Lottery grant" (9112c3c9 ¶31–32); no sum
    "how much did the Winter Gardens glass roof repair cost?",
    # "Brass band weekend with Harrowell Colliery Band" (9112c3c9 ¶25); Miriam Okafor-Lane conducts the Festival
    # Orchestra (¶21)
    "who conducts the Harrowell Colliery Band?",
    # "of a needle in a seamstress's palm" (6a12a973 ¶15); she is not named
    "what was the name of the seamstress with the needle in her palm?",
    # "Volunteers are wanted for the annual count of the chalkhill blue" (dc561ee0 ¶22); no number
    "how many volunteers does the Pendlebarrow butterfly count need?",
    # "was given the first injection of insulin at Toronto General Hospital" (222ee691 ¶7–8): no one named;
    # Collip made the cleaner extract (¶10), Banting is only a birthday (¶23)
    "who gave Leonard Thompson his first insulin injection?",
    # "She is survived by Peter, two grandchildren and a great-grandson" (3c1451cd ¶27)
    "what is the name of Cecily Marwood's great-grandson?",
    # "Parrish, where most of the houses were flattened, was never rebuilt" (6a486fbd ¶30–31); no population
    "how many people lived in Parrish before the tornado?",
    # "the funeral of the younger victim, Gary Hensby, 19" (f846dfc6 ¶11–12); the other is never named, and "The
    # names of the two who died will be read" (2bcb579c ¶11) does not give them
    "what was the name of the older victim of the Ferrers Brook flood?",
    # "The new Mill Lane footbridge, built higher than the old one" (000d82c3 ¶26–28); no cost
    "what will the new Mill Lane footbridge cost?",
    # "will be read by the chairman of the Council" (2bcb579c ¶11–12): not named
    "who is the chairman of Kelmer Vale District Council?",
    "Harrogate promenade concerts",  # Harrogate is 4 edits from Harrowell, whose concerts are 9112c3c9's
    "Kelso flood memorial",  # Kelso is 3 edits from Kelmer, whose flood memorial service is 2bcb579c ¶10
    "Marlow tornado",  # Marlow is 2 edits from Marloway, whose tornado is 6a486fbd's
    "Thornton blacksmith",  # Thornton is 3 edits from Thornlaw, where Cecily's father was the blacksmith (3c1451cd ¶11)
    "Wendover air show",  # Wendover is 4 edits from Wendridge, whose air show is afaf49b1 ¶22–23
    # the station chief is never named: Снегирёв is "наш земляк, метеоролог" (7853fbbc ¶11–12)
    "кто был начальником станции Восток в 1983 году?",
    # "Летняя экспедиция кружка на Студёное озеро пройдёт 2 и 3 августа" (7853fbbc ¶23–24); no cost
    "сколько стоит экспедиция на Студёное озеро?",
    # "Las cuotas de socio se cobrarán, como siempre, en octubre" (dcf80e39 ¶33): when, not how much
    "¿cuánto pagan los socios de la asociación Isaac Peral?",
    # "la comisión de nuestro Ayuntamiento que ha de felicitarle" (dcf80e39 ¶14–15); no mayor named
    "¿quién era el alcalde de Puerto Cerval en 1888?",
    "周德全 退休 年份",  # 老驾驶员周德全 (36b6c3ab ¶10) among 三十多位退休老驾驶员 (¶7); no year
    "第一辆解放牌汽车 售价",  # 第一辆解放牌CA10型载货汽车 (36b6c3ab ¶5); no price
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind78/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
