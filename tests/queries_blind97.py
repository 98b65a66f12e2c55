"""An ninety-seventh lookup query set, BLIND (written in the forty-eighth session for the forty-ninth round): committed
unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (as in blind56).

Its queries were not shown to the developers before it is scored, and it is not to be tuned on: once scored, a score on
it is in-sample like any other spent set's.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind95.py, unscored, and tests/queries_blind96.py,
  written at the same time as this one, were not opened and are not part of the check). A throwaway script
  compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё read as
  е, Chinese by character pairs, a few stop words left out) with every one of the 12,764 earlier queries,
  and with the earlier queries of this set, while the set was being written; a query sharing more than half
  of its words with any one of them was replaced. The seeds are all but exhausted by now: most first drafts
  (single names, names in Cyrillic or Chinese characters, short phrases) had been asked before, so most of
  these seed queries join two or three passages, names or scripts that no earlier query joined.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind109/docs, copied as ONE
  corpus into a subfolder blind109/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). No earlier query set was written over these
  documents; the same near-copy check was run on them (against every earlier query all the same).

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 7 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 8
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 10 (another script or romanisation than the text: Latin names and places written in
Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them, Russian names in Latin
letters, Chinese names in pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3
(1–2 edits a word), name 3 + 3, phrase 3 + 4, question 5 + 5, topic 3 + 3: 41 + 55 answerable, and 22 + 34
unanswerable. Every answerable query is answered by the documents' own words in some form, spelling or
script (names and places may be written in another script); none needs a translation of a common noun or a
synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (the subject of another article); a question in the
corpus's own words about something it does not say (who won, designed, coached, ran or accompanied, who
captained a boat; when someone married or took a post; how many boats, people, passengers or carriages, what
time something starts, what it cost, which hotel, what a trawler, a king, an interpreter or a daughter was
called); a place the corpus does not hold, most of them spelled close to one it does (two or more edits from
anything real in it), a few simply absent (Tashkent, Haiphong, Pontypridd, Ilfracombe, Seaton Carew,
Tamaraceite); Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on purpose
(in another script for some of the seeds' ones), and every article holding those words was read to confirm
that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind109/docs/* into ONE temporary
# corpus folder under the subfolder blind109/: files are then "blind109/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind109/docs",)
NEWDOCS_SUBDIRS = ("blind109",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "4a869692": "HEDDLESTONE PRIMARY SCHOOL",
    "dbdf4e3e": "HEWORTHBY BOROUGH COUNCIL: PRESS RELEASE",
    "7275b478": "OBITUARY: Lachlan Gowrie, ferry engineer and bridgeman",
    # en_lethbury_echo_digest.txt, split by the loader: the comet (¶4–9), the League (¶12–17), the lido (¶20–24);
    # the "----------" rules (¶10, ¶18) come out as articles of their own (985a29e4, 985a29e4-2, titled by the
    # rule), and the file's header (¶1) and the cuttings' "LETHBURY ECHO, date" lines (¶3, ¶11, ¶19) belong to
    # none of them
    "e200f88d": "COMET PASSES THE SUN",
    "ad2a96ce": "ALBION TOAST A CENTURY OF THE LEAGUE",
    "39b33ac0": "LIDO'S GIRL IS GLASGOW BOUND",
    "b8499deb": "TWO HUNDRED YEARS ABOVE THE DEE",
    "62b7b0e0": "NEVERCOMBE ASSEMBLY ROOMS",
    "79635649": "OAKENRIGG OLD BAKEHOUSE",
    "b1b70310": "PEDDLECOMBE, Monday, 13 April —",
    "badcf84b": "SALT ON THE BOARDS: notes from the end of Seathwick pier",
    # en_seathwick_advertiser_digest.txt, split by the loader: the fire (¶4–9), the ticket booth (¶12–16), Kielder
    # (¶19–24); the "----------" rules (¶10, ¶17) come out as articles of their own (2a70d93f, 2a70d93f-2), and
    # the header (¶1) and the "SEATHWICK ADVERTISER, date" lines (¶3, ¶11, ¶18) belong to none of them
    "e0b49839": "PIER PAVILION LOST IN NIGHT BLAZE",
    "97066e4a": "TICKET BOOTH COMES HOME",
    "a18c8c22": "SAILORS' SILVER DAY AT KIELDER",
    "b94f0ec2": "WHERRINGTON HERALD, Thursday 10 June 1999",
    "15414ca6": "WYRLOW GO CLUB: Spring Newsletter",
    "7192f7ab": "BODAS DE PLATA CON LAS ESTRELLAS",
    "be6e99ab": "ОБРАТНАЯ СТОРОНА: ШЕСТЬДЕСЯТ ЛЕТ СПУСТЯ",
    "51e37799": "杏坪镇：小球五十年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Sergei Lavrov, who announced during a July event in the Korean city of Wonsan" line 7; "has historically
    # taken a contentious stance on such commemorations" line 13; "may serve as a countermeasure" line 16
    Query("Wonsan Lavrov contentious stance countermeasure", "097182f6", "cross-paragraph"),
    # "head of the Publicity Department" line 4; "promote the cause of Sino-Russian friendship" line 8; "the
    # Russian World War II veteran Lev Abramov" line 14
    Query("Abramov Sino-Russian friendship Publicity Department", "054ef6fb", "cross-paragraph"),
    # "Uzbekistan congratulates China … and believes that China's productive presidency" ¶209; "China and Pakistan
    # share a resilient bond" ¶211
    Query("Uzbekistan productive presidency resilient bond Pakistan", "3a9fa4ed", "cross-paragraph"),
    # "cooperation documents in such areas as market regulation, metrology, and media" ¶261 (Armenia); President
    # Lukashenko "deeply impressed by the country's vibrant development" ¶265
    Query("market regulation metrology Lukashenko vibrant development", "0e5d6094", "cross-paragraph"),
    # "Kazakhstan President Kassym-Jomart Tokayev in the evening" ¶405; Guterres: "uphold the purposes and
    # principles of the UN Charter, defend the basic norms of international relations" ¶409
    Query("Kassym-Jomart Tokayev UN Charter basic norms", "26d64f12", "cross-paragraph"),
    # "forgotten in the largely Eurocentric narrative" ¶355; "This webinar is the companion to our commemoration
    # of VE … Day" ¶359; "Jodie Evans (Co-founder of Code Pink)" ¶365
    Query("Eurocentric narrative Jodie Evans companion webinar", "d89fdf72", "cross-paragraph"),
    # "The victory of China is the victory of the Bolivarians" ¶39; "the sculpture also represents" ¶47; "first
    # published by Orinoco Tribune and Global Times" ¶49 (and ¶53)
    Query("Bolivarians sculpture Orinoco Tribune", "f78fdcd6", "cross-paragraph"),
    # Word forms: the text has another form
    # "the China Campaign Committee which organised and agitated the length and breadth of the country" ¶477
    # (agitated → agitating)
    Query("China Campaign Committee agitating the length and breadth of the country", "ac7222d4", "word-form"),
    # "Uzbekistan attaches great importance to its relations with China" ¶209 (attaches → attaching)
    Query("Uzbekistan attaching great importance to relations with China", "3a9fa4ed", "word-form"),
    # "while the DPRK has kept making new progress in developing socialism" ¶227 (kept → keeping, irregular;
    # "keeps" is in 054ef6fb and 0e5d6094)
    Query("the DPRK keeping on making new progress in developing socialism", "eca32116", "word-form"),
    # "they seek to elevate forums like BRICS and the SCO" line 15 (elevate → elevating; 3a9fa4ed ¶209 has
    # "elevated", of the SCO's international influence)
    Query("elevating forums like BRICS and the SCO", "b39d8185", "word-form"),
    # Another script or romanisation
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495; "starring … Chow Yun-fat" ¶491, in Cyrillic
    Query("Реви Элли и Чоу Юньфат", "ac7222d4", "translit"),
    # "Discussions at Fudan University" ¶541; "examples from Botswana, Laos, Nepal, and Egypt" ¶537; "in Yan'an"
    # ¶535/557, in Cyrillic (dde32893 ¶307/315 has Yan'an only)
    Query("Фудань, Непал и Яньань", "6710eba1", "translit"),
    # "visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" ¶307 (Jiayuguan also ¶335/345, Xi'an ¶313/325),
    # in Cyrillic
    Query("Цзяюйгуань и Сиань", "dde32893", "translit"),
    # "Miguel Díaz-Canel Bermúdez" ¶85/89; "represented by Mao Zedong and Fidel Castro Ruz" ¶93 (and "Chairman Mao"
    # in the title), in Cyrillic (20f574be has Díaz-Canel but not Mao)
    Query("Диас-Канель и Мао Цзэдун", "d807680a", "translit"),
    # Thongloun ¶135…; "President Kaysone Phomvihane" ¶167; "Igor Sergeenko, Speaker of the House of
    # Representatives of Belarus" ¶157, in Chinese characters
    Query("通伦 凯山·丰威汉 谢尔盖延科", "20f574be", "translit"),
    # Russian (names written in Cyrillic)
    # George Hogg ¶477/483; "Her father, Arthur Clegg, who served as the CCC's National Organiser" ¶515
    Query("Джордж Хогг и Артур Клегг", "ac7222d4", "russian"),
    # "Egyptian President Abdel Fattah El-Sisi, … Crown Prince of Abu Dhabi Khaled bin Mohamed …, Prime Minister
    # Narendra Modi" ¶451
    Query("Ас-Сиси, Халед бен Мухаммед и Нарендра Моди", "e065690c", "russian"),
    # Spanish
    # "somos muy lentos con tanto equipaje y seguro íbamos a llegar tarde" ¶329
    Query("seguro íbamos a llegar tarde con tanto equipaje", "dde32893", "spanish"),
    # "alimentación, ropa, vivienda, electricidad y agua, atención médica y educación garantizadas" ¶317
    Query("atención médica y educación garantizadas", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # Kim Jong Un ¶219–223; "Wang Yi, member of the Political Bureau …, Yin Yong, Mayor of Beijing" ¶221
    Query("金正恩 王毅 殷勇", "eca32116", "chinese"),
    # To Lam ¶67–73; "Vietnamese President Luong Cuong" ¶71; "Sen. Lt. Gen. Hoang Xuan Chien" ¶77 (20f574be ¶145
    # has To Lam only)
    Query("苏林 梁强 黄春战", "362ba691", "chinese"),
    # Mentions and zero-width spaces around the real words
    # Putin: "forged a profound friendship in that arduous war" and "beautifying Nazis, militarists and their
    # accomplices" line 11
    Query("<@902> \u200barduous war beautifying Nazis", "424ab945", "mention-noise"),
    # "further improving the multidimensional connectivity network" and "becoming a proactive force for world
    # peace" ¶433
    Query("@everyone multidimensional connectivity\u200b proactive force", "9e49ddff", "mention-noise"),
    # Typos (1–2 edits)
    # "President Khurelsukh" ¶199 (Khurelsukh Ukhnaa ¶187): "the principle of amity, sincerity" ¶199
    Query("Khurelsuk amity sincerety", "c061f0a1", "typo"),
    # "Foreign Minister Subrahmanyam Jaishankar" ¶451
    Query("Subrahmanyam Jaishankr", "e065690c", "typo"),
    # "one film, Lady From Chungking" ¶113/129; "David Horsley reviews" ¶111 (and ¶123)
    Query("Lady From Chunking Horsely", "ccf1d4fa", "typo"),
    # Names
    # "Known as the 'Flying Scotsman'" ¶285; "Modeled after London's Stamford Bridge" ¶291
    Query("Flying Scotsman Stamford Bridge", "7ab1f62c", "name"),
    # "Igor Sergeenko" ¶157 and "Miguel Díaz-Canel Bermúdez" ¶155/161 among the guests at Hanoi (d807680a has
    # Díaz-Canel only)
    Query("Igor Sergeenko Díaz-Canel", "20f574be", "name"),
    # "Jenny Clegg, writing for the Society for Anglo-Chinese Understanding" ¶513; "James MacManus's biography"
    # ¶489; "starring Jonathan Rhys Meyers as Hogg" ¶491 (d89fdf72 ¶366 has Jenny Clegg only)
    Query("Jenny Clegg James MacManus Jonathan Rhys Meyers", "ac7222d4", "name"),
    # Phrases
    Query("guide their cooperation through large and especially more flagship projects", "c061f0a1", "phrase"),  # ¶189
    Query("Zimbabwe-China relations have become increasingly mature and resilient", "faecd2e1", "phrase"),  # ¶11
    Query("this position will stay unchanged", "eca32116", "phrase"),  # "No matter how … will stay unchanged" ¶227
    # Questions
    # "Slovakia was the only member state of NATO and the EU to be represented … although Hungary and Bulgaria
    # also sent senior representatives" ¶21
    Query("which countries sent senior representatives besides Slovakia?", "faecd2e1", "question"),
    # "The initiative has not gone unnoticed by Japan, which has historically taken a contentious stance on such
    # commemorations" line 13
    Query("what kind of stance has Japan taken on China's memorial restoration?", "097182f6", "question"),
    # "The Vietnamese newspaper Nhân Dân reported that To Lam … welcomed the visit of the Lao leader" ¶145
    Query("which Vietnamese newspaper reported To Lam's welcome of the Lao leader?", "20f574be", "question"),
    # "Receiving them on August 29, Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien … expressed
    # gratitude to the foreign troops" ¶77
    Query("who received the foreign troops on August 29?", "362ba691", "question"),
    # "The people … recovered more than half of their territory that they lost in this … war of the then Japanese
    # empire" ¶57
    Query("what did Maduro say the people recovered from the Japanese empire?", "f78fdcd6", "question"),
    # Topics
    # "Responding to Challenges: Commit to strategic patience and mutual prioritisation" line 49
    Query("strategic patience mutual prioritisation", "b39d8185", "topic"),
    # "jointly advance the socialist modernisation endeavours" ¶67; "the 80th anniversary of the August
    # Revolution" ¶65 (20f574be ¶143/149 has the August Revolution, not the endeavours)
    Query("socialist modernisation endeavours August Revolution", "362ba691", "topic"),
    # "held on September 3 in Beijing's Tienanmen Square" ¶377; "On the new journey in the new era, the Chinese
    # people of all ethnic groups … the Scientific Outlook on Development" ¶383
    Query("Scientific Outlook Tienanmen Square new journey ethnic groups", "38a7d84f", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Lula chaired the BRICS virtual summit (e065690c ¶451); Zhongnanhai is where Xi met the Cambodian King (5a5d8582
    # ¶237)
    "Lula Zhongnanhai",
    # To Lam (362ba691 ¶67–73, 20f574be ¶145); the only trains are the China-Laos Railway (20f574be) and the
    # delegation's "tren bala" and "tren normal" (dde32893 ¶329)
    "To Lam bullet train",
    # El-Sisi attended the BRICS summit (e065690c ¶451); Telesur first published the Orinoco Tribune piece
    # (f78fdcd6 ¶49); the one interview is Sydney Loving's (dde32893 ¶297–301)
    "El-Sisi Telesur interview",
    # Keith Bennett (ac7222d4 ¶475–477, d89fdf72 ¶367); Stamford Bridge is the Minyuan Stadium's model (7ab1f62c
    # ¶291)
    "Keith Bennett Stamford Bridge",
    # Jodie Evans is a webinar speaker (d89fdf72 ¶365); the Orinoco Tribune is Venezuela's (f78fdcd6)
    "Jodie Evans Orinoco Tribune",
    # Tokayev met Xi in Tianjin (26d64f12 ¶405); Yan'an is the delegations' (6710eba1, dde32893)
    "Tokayev Yan'an",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Radhika Desai Minyuan Stadium",
    # "President Xi Jinping met in Tianjin with Cambodian Prime Minister Hun Manet" (5a5d8582 ¶243); nobody with him
    "which Cambodian ministers accompanied Hun Manet to Tianjin?",
    # "a monument … will be erected in the 'Patriots' military-patriotic park" (097182f6 line 7); no sculptor
    "which Russian sculptor designed the monument in the Patriots park?",
    # "Eric Liddell captured gold in the men's 400 metres in 47.6 seconds" (7ab1f62c ¶287); no other runner named
    "who won the 400 metres silver behind Eric Liddell in Paris?",
    # Lukashenko's meeting with Xi (0e5d6094 ¶263–265); no interpreter
    "what was the name of Lukashenko's interpreter?",
    # Maduro and Ambassador Lan Hu at the Caracas ceremony (f78fdcd6 ¶33–55); no hotel anywhere in the article
    "which hotel did Maduro host Lan Hu at in Caracas?",
    # Haiphong is not in the corpus; the National Day ceremony was in Hanoi's Ba Dinh Square (362ba691 ¶73,
    # 20f574be ¶143)
    "Haiphong National Day ceremony",
    # Tashkent is not in the corpus; the railways are the China-Kyrgyzstan-Uzbekistan (3a9fa4ed ¶207) and the
    # China-Laos ones (20f574be)
    "Tashkent railway",
    # Khabarovo is 2 edits from Khabarovsk, whose veteran Lev Abramov Liu Qibao visited (054ef6fb line 14)
    "Khabarovo veterans",
    # Thongloun in Hanoi (20f574be ¶143), in Cyrillic; no hotel
    "в какой гостинице жил Тхонглун в Ханое?",
    # Pham Minh Chinh, Vietnam's Prime Minister, went to Tianjin (362ba691 ¶79); no ambassador anywhere
    "кто был послом Вьетнама в Тяньцзине?",
    # the Noraa memorial sites (097182f6 lines 3 and 10): "gathering and verifying information"; no cost
    "сколько стоила реставрация мемориалов Нораа?",
    # "fuimos a la provincia de Gansu" (dde32893 ¶333; 6710eba1 ¶549 "Shaanxi and Gansu provinces"); no month
    "¿en qué mes visitó la delegación la provincia de Gansu?",
    # "el tren normal también fue genial" (dde32893 ¶329); no carriages
    "¿cuántos vagones tenía el tren normal que tomó la delegación?",
    # Guterres met Xi in Tianjin (26d64f12 ¶405–409), in Chinese characters; no hotel
    "古特雷斯 天津 住在哪个酒店",
    # Thongloun (20f574be), in Chinese characters; no daughter
    "通伦 女儿",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "The Infants' nativity play" ¶9; "Class 5's papier-mâché coelacanth" ¶18; "except the 23rd, when the pool is
    # closed for repairs" ¶20–21
    Query("nativity play papier-mâché coelacanth pool closed for repairs", "4a869692", "cross-paragraph"),
    # "served his time at Henry Robb's yard" ¶8; "chief engineer of the Sir William Wallace" ¶12; "afterwards at
    # the Ferry Tavern" ¶27
    Query("Henry Robb's yard Sir William Wallace Ferry Tavern", "7275b478", "cross-paragraph"),
    # "a mason's mark, a small harp" ¶15; "Mrs Olwen Hughes-Pryce" ¶24; "walked the towpath behind the chapel band"
    # ¶27
    Query("small harp towpath Hughes-Pryce", "b8499deb", "cross-paragraph"),
    # "with Nina Boucicault flying as Peter" ¶6; "'Lost Boys' New Year', a late cabaret" ¶19
    Query("Nina Boucicault Lost Boys' New Year cabaret", "62b7b0e0", "cross-paragraph"),
    # "Dr Nnamdi Okafor's talk on the great castle games of old Japan" ¶17–18; "pay the treasurer, Mrs Alison
    # Threlkeld" ¶29
    Query("Okafor castle games Threlkeld treasurer", "15414ca6", "cross-paragraph"),
    # "the children of Grange Lane Juniors. Their project … won a county prize" ¶17; "at Pilcher's Field" ¶20
    Query("Grange Lane Juniors county prize Pilcher's Field", "b1b70310", "cross-paragraph"),
    # 学校唯一的一台收音机 ¶7; 第一届"杏坪杯"乒乓球邀请赛 ¶17 (魏德昌 ¶7, ¶15, ¶20)
    Query("魏德昌 收音机 杏坪杯 邀请赛", "51e37799", "cross-paragraph"),
    # Word forms
    # "Miss Marjorie Courtenay-Latimer … recognised a strange blue fish" ¶14–16 (recognised → recognising)
    Query("Courtenay-Latimer recognising a strange blue fish", "4a869692", "word-form"),
    # "he walked half of the span with a stick, declining every offer of a car" ¶23 (declining → declined)
    Query("Lachlan Gowrie declined every offer of a car", "7275b478", "word-form"),
    # Dowsabel's letter: "The thing started, wound itself up to a scream" ¶8–9 (wound → winding, irregular); Frank
    # Whittle's first jet engine ¶3
    Query("Whittle's engine winding itself up to a scream", "b1b70310", "word-form"),
    # "The alarm was raised at 11.40pm by a fisherman, Mr Len Aske" ¶6–7 (raised → raising); the blog has "Len
    # Aske, who raised the alarm that night" (badcf84b ¶16), without the fisherman
    Query("fisherman Len Aske raising the alarm", "e0b49839", "word-form", also=("badcf84b",)),
    # "Lady Farrand, who broke a bottle of ginger beer on the first boat" ¶11–12 (broke → breaking, irregular)
    Query("Lady Farrand breaking a bottle of ginger beer", "b94f0ec2", "word-form"),
    # "reyes y jefes de Estado de media Europa subieron en helicóptero a la cumbre" ¶5–6 (subieron → suben)
    Query("reyes y jefes de Estado suben en helicóptero a la cumbre", "7192f7ab", "word-form"),
    # "«Ребята клеят из картона глобус Луны»" ¶11 (клеят → клеили)
    Query("ребята клеили глобус из картона", "be6e99ab", "word-form"),
    # "when the oven is fired with ash and thorn" ¶8 (fired → firing)
    Query("firing the oven with ash and thorn", "79635649", "word-form"),
    # Another script or romanisation
    Query("Эван Придерх", "b8499deb", "translit"),  # "Evan Prydderch, a Llanwerog mason" ¶8 (also ¶15, ¶24) in Cyrillic
    Query("Лахлан Гоури", "7275b478", "translit"),  # "Lachlan Gowrie" ¶1, ¶3 in Cyrillic
    Query("弗兰克·惠特尔", "b1b70310", "translit"),  # "Frank Whittle's first jet engine" ¶3 in Chinese characters
    # "Doña Candelaria Hernández Pestano" ¶8 in Cyrillic
    Query("Канделария Эрнандес", "7192f7ab", "translit"),
    # "нынешняя руководительница кружка Ольга Витальевна Семибратова" ¶13–14 in Latin letters
    Query("Olga Semibratova", "be6e99ab", "translit"),
    Query("Rong Guotuan", "51e37799", "translit"),  # 容国团 ¶4 (also ¶8, ¶14) in pinyin
    # accents dropped: "don Aurelio Brito, fotógrafo del pueblo" ¶20
    Query("Aurelio Brito fotografo", "7192f7ab", "translit"),
    # "Miss Marjorie Courtenay-Latimer" ¶14–15 in Cyrillic
    Query("Марджори Куртене-Латимер", "4a869692", "translit"),
    # "Fourteen-year-old Ellie Tamsett" ¶21 in Chinese characters
    Query("埃莉·塔姆塞特", "39b33ac0", "translit"),
    # "Mr Dennis Pemberthy of Lethbury Astronomical Society" ¶6 in Cyrillic
    Query("Деннис Пемберти", "e200f88d", "translit"),
    # Russian
    # "она впервые в истории сфотографировала обратную сторону Луны" ¶5–6
    Query("впервые сфотографировала обратную сторону Луны", "be6e99ab", "russian"),
    Query("глобус с белой половиной", "be6e99ab", "russian"),  # "Глобус с белой половиной сохранился" ¶13
    # "наблюдения в телескопы городского клуба любителей астрономии" ¶20
    Query("телескопы городского клуба любителей астрономии", "be6e99ab", "russian"),
    # Spanish
    # "organizó en la plaza de Tamarcejo una noche de observación" ¶14–15
    Query("noche de observación en la plaza de Tamarcejo", "7192f7ab", "spanish"),
    # "la asociación juvenil organiza una acampada astronómica en la cumbre" ¶23
    Query("acampada astronómica en la cumbre", "7192f7ab", "spanish"),
    # "«Una semana después, el día 6 de julio, todavía nos llegaban cartas de agradecimiento.»" ¶10–11
    Query("todavía nos llegaban cartas de agradecimiento", "7192f7ab", "spanish"),
    # Chinese
    Query("老中青三代乒乓球表演赛", "51e37799", "chinese"),  # 在镇中学体育馆举行老中青三代乒乓球表演赛 ¶16
    Query("用木板钉了三张球台", "51e37799", "chinese"),  # 学生们就用木板钉了三张球台 ¶9
    Query("新中国第一个世界冠军", "51e37799", "chinese"),  # 成为新中国第一个世界冠军 ¶5
    # Mentions and zero-width spaces
    # "The plaque was paid for by the Rotary Club, whose president, Mr Howard Tilsley" ¶16
    Query("<@1187> Rotary Club\u200b Howard Tilsley", "b1b70310", "mention-noise"),
    # "the carnival queen will be chosen at the Drill Hall" ¶8
    Query("@here \u200bcarnival queen Drill Hall", "b94f0ec2", "mention-noise"),
    # 'Children's "Little Bakers" sessions (ages 7 to 12, with a grown-up)' ¶19
    Query("<#77> Little Bakers\u200b sessions", "79635649", "mention-noise"),
    # Typos
    Query("Pontcysylte Aquaduct", "b8499deb", "typo"),  # "the Pontcysyllte Aqueduct" ¶4–5 (1 edit + 1 edit)
    Query("Nevercomb Assembley Rooms", "62b7b0e0", "typo"),  # "NEVERCOMBE ASSEMBLY ROOMS" ¶1
    Query("Heworthy Borough Counsil", "dbdf4e3e", "typo"),  # "HEWORTHBY BOROUGH COUNCIL" ¶1
    # Names
    Query("Brenda Ushworth", "dbdf4e3e", "name"),  # "the Mayor, Councillor Brenda Ushworth" ¶15 (Ushworth ¶24)
    Query("Josiah Pruett", "b94f0ec2", "name"),  # "this paper's founder, Mr Josiah Pruett" ¶24
    Query("Ruth Ollason", "a18c8c22", "name"),  # "The club's commodore, Mrs Ruth Ollason" ¶21–22
    # Phrases
    Query("the man who talked to cables", "7275b478", "phrase"),  # ¶18–19
    Query("The Water over. God be thanked.", "b8499deb", "phrase"),  # the account book, ¶10
    Query("They danced here", "badcf84b", "phrase"),  # the brass plate on the bench, ¶13
    Query("just bring a friend who has always wanted to learn", "15414ca6", "phrase"),  # ¶6
    # Questions
    # "its great brick oven, which holds forty loaves" ¶5
    Query("how many loaves does the Oakenrigg oven hold?", "79635649", "question"),
    # "The Friends of Seathwick Pier bought it at auction on 27 May for £1,150" ¶14–15
    Query("how much did the Friends pay for the ticket booth at auction?", "97066e4a", "question"),
    # "The alarm was raised at 11.40pm by a fisherman, Mr Len Aske" ¶6–7 (the blog, badcf84b ¶16, gives no time)
    Query("at what time did Len Aske raise the alarm on Seathwick pier?", "e0b49839", "question"),
    # "The University crews of Oxford and Cambridge rowed … at Henley, on 10 June 1829, and Oxford won easily" ¶21–22
    Query("did Oxford or Cambridge win the 1829 race at Henley?", "b94f0ec2", "question"),
    # "the society's first dawn watch on Lethbury Beacon is on Saturday 22 February at 5.30am" ¶7–8
    Query("when is the Lethbury Astronomical Society's first dawn watch?", "e200f88d", "question"),
    # Topics
    # "a hundred years to the day after William McGregor and the founders of the Football League met" ¶14; "their
    # own centenary friendly against Dorrington Swifts" ¶16–17
    Query("Football League centenary friendly", "ad2a96ce", "topic"),
    # "Ellie Tamsett, who learned to swim at Lethbury Lido, has been picked for the Commonwealth Games" ¶21–22
    Query("Lethbury Lido girl picked for the Commonwealth Games", "39b33ac0", "topic"),
    # "joined the flotilla on Kielder Water on Saturday to mark the twenty-fifth birthday of the reservoir" ¶20–21
    # (b8499deb ¶17 has another flotilla, across the aqueduct)
    Query("Kielder Water twenty-fifth birthday flotilla", "a18c8c22", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Brenda Ushworth is Heworthby's Mayor (dbdf4e3e ¶15, ¶24); Queensferry is Lachlan Gowrie's (7275b478)
    "Councillor Brenda Ushworth Queensferry",
    # Len Aske raised the alarm at the pier fire (e0b49839 ¶6–7, badcf84b ¶16); Kielder Water is the sailing club's
    # (a18c8c22)
    "Len Aske Kielder Water",
    # Dennis Pemberthy is Lethbury's astronomer (e200f88d ¶6); the Seathwick Regatta is the ticket booth's weekend
    # (97066e4a ¶16), the Wherrington one the rowing club's (b94f0ec2 ¶12)
    "Dennis Pemberthy Seathwick Regatta",
    # Dr Nnamdi Okafor talks on the castle games of old Japan (15414ca6 ¶17–18); Halley's Comet is Lethbury's
    # (e200f88d)
    "Nnamdi Okafor Halley's Comet",
    # Mr Cyril Armitstead opened the footbridge over the Wherry Cut (b94f0ec2 ¶5–6); the Tyne Bridge was opened by
    # King George V (dbdf4e3e)
    "Cyril Armitstead Tyne Bridge",
    # Peter Yau won the Go club's November handicap (15414ca6 ¶22); the Commonwealth Games are Ellie Tamsett's
    # (39b33ac0)
    "Peter Yau Commonwealth Games",
    # Lady Farrand opened the rowing club's boathouse (b94f0ec2 ¶11); the Queen opened the reservoir (a18c8c22 ¶21)
    "Lady Farrand Kielder reservoir",
    # "The Wyrlow Open, our one-day tournament, is on Saturday 16 April … the full results will go out … on
    # Saturday the 30th" (15414ca6 ¶20–21): no winner yet
    "who won the Wyrlow Open one-day tournament in April?",
    # "free guided walks across the bridge … (booking essential)" (dbdf4e3e ¶16–17); no count
    "how many people came on the Tyne Bridge guided walks?",
    # "a strange blue fish brought in by a trawler" (4a869692 ¶15–16); the trawler is not named
    "what was the name of the trawler that brought in the coelacanth?",
    # "King George V and Queen Mary opened the bridge" (dbdf4e3e ¶7–8, ¶28); no engineer named
    "which engineer designed the Tyne Bridge opened by King George V?",
    # "a procession of boats crossed the valley" (b8499deb ¶6); no count
    "how many boats crossed the Pontcysyllte Aqueduct in 1805?",
    # "joining the Queensferry Passage ferries" (7275b478 ¶8); "the ferries never carried paying passengers again"
    # (¶15–16); no count
    "how many paying passengers did the Queensferry Passage ferries carry each year?",
    # "The plaque was paid for by the Rotary Club" (b1b70310 ¶16); no sum
    "how much did the Peddlecombe plaque cost?",
    # "who learned to swim at Lethbury Lido" (39b33ac0 ¶21); no coach named
    "who coached Ellie Tamsett?",
    # "the club picnic, with outdoor games on the cricket field, is on Sunday 22 May" (15414ca6 ¶24); no time
    "what time does the Wyrlow club picnic start?",
    # "the season ends with the Charity Cup final on Monday 2 May" (ad2a96ce ¶17); the Railway Hotel (¶13) and the
    # Royal Hotel, Manchester (¶14–15) are the toast's and the League founders', not a stay
    "which hotel did Lethbury Albion stay at for the Charity Cup final?",
    # "the first boat, the Kingfisher" (b94f0ec2 ¶12); no crew or captain named
    "who was the captain of the Kingfisher?",
    "Pontypridd aqueduct",  # Pontypridd is not in the corpus; the aqueduct is Pontcysyllte (b8499deb)
    # Ilfracombe is not in the corpus; the flying harness was borrowed "from a touring production" (62b7b0e0 ¶7)
    "Ilfracombe flying harness",
    # Oakengates is 5 edits from Oakenrigg, whose bakehouse is 79635649's
    "Oakengates bakehouse",
    "Wyrley go club",  # Wyrley is 2 edits from Wyrlow, whose Go club is 15414ca6's
    # Seaton Carew is not in the corpus; the pier fire is Seathwick's (e0b49839, badcf84b)
    "Seaton Carew pier fire",
    # "В понедельник, 7 октября, в актовом зале откроется выставка «Невидимая Луна»" (be6e99ab ¶18–19); no hour
    "во сколько откроется выставка «Невидимая Луна»?",
    # Ясенево is 2 edits from Ясеневск, whose school №2 made the globe (be6e99ab ¶8–13)
    "Ясенево школа №2 глобус",
    # "Зимняя астрономическая школа для старшеклассников пройдёт с 28 декабря по 8 января" (be6e99ab ¶22–23); no
    # one named to run it
    "Зимняя астрономическая школа: кто ведёт занятия?",
    # «Луна-3» (be6e99ab ¶5, ¶16); no cost
    "сколько стоила станция «Луна-3»?",
    # "Mañana, a las siete de la tarde, se descubrirá una placa en la plaza" (7192f7ab ¶17–18); no price
    "¿cuánto pagó el Ayuntamiento por la placa del vigesimoquinto aniversario?",
    # "reyes y jefes de Estado de media Europa subieron" (7192f7ab ¶5); "ya estaban allí los reyes" (¶10): unnamed
    "¿cómo se llamaba el rey que subió a la cumbre?",
    # Tamaraceite is not Tamarcejo, whose "noches de estrellas en el mirador" are 7192f7ab's (¶22)
    "Tamaraceite noche de estrellas",
    "容国团 决赛 对手",  # 容国团夺得男子单打冠军 (51e37799 ¶4): the opponent is not named
    "杏坪杯 冠军 是谁",  # 第一届"杏坪杯"乒乓球邀请赛 is still to come (51e37799 ¶17)
    "魏德昌 哪一年 当上 校长",  # 老校长魏德昌 (51e37799 ¶7, ¶15): no year he became head
    # Ernest Dowsabel (b1b70310 ¶6–10, ¶22): apprentice, letters, death; no marriage
    "when did Ernest Dowsabel marry?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind109/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
