"""A fifty-sixth lookup query set, for tuning ranking (written in the twenty-seventh round): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind55.py and
  tests/queries_blind57.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, a few stop words left out)
  with every earlier query, and with the earlier queries of this set, while the set was being written;
  a query sharing more than half of its words with any one of them was replaced. The seeds have been
  queried some seven thousand times by now, so most of these seed queries join passages or names that no
  earlier query joined, and about half of the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind68/docs, copied as ONE
  corpus into a subfolder blind68/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic,
Latin letters for Cyrillic and Chinese names and titles, pinyin without tones, accents dropped),
russian 2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word), name 3 + 2, phrase 2 + 3,
question 3 + 4, topic 3 + 3: 36 + 48 answerable, and 20 + 30 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
won, stole, composed, hosted or founded, who was a first headteacher or a ship's captain; when someone
became prime minister or retired; how many, what time, what it cost, which hotel, what a sergeant, a dog
or a daughter was called);
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

# The new-documents corpus is assembled by copying tests/gold/blind68/docs/* into ONE temporary
# corpus folder under the subfolder blind68/: files are then "blind68/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind68/docs",)
NEWDOCS_SUBDIRS = ("blind68",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "a5540c2e": "CINDERSBY BOROUGH COUNCIL",
    "8d73c267": "HEIGHLOW VILLAGE MAGAZINE",
    "46ef3dd5": "QUAYSIDE NOTES",
    # en_lathbury_quay_mercury_digest.txt, split by the loader: the header (¶1–2), the bridge (¶7–13), the health
    # service (¶18–24), the market (¶29–34); the "=====" rules (¶4, ¶15, ¶26) come out as articles of their own
    # (b5c1ac01, b5c1ac01-2, b5c1ac01-3, titled by the rule) and the "CUTTING n — date" lines (¶5, ¶16, ¶27)
    # belong to none of them
    "2a97d808": "FROM THE FILES OF THE LATHBURY QUAY MERCURY",
    "2411208d": "BRIDGE OPENS AT LAST",
    "a1135492": "FIFTY YEARS OF THE HEALTH SERVICE",
    "01dcf85e": "MARKET'S SILVER CHRISTMAS",
    "90ef278d": "MOSSLEY BROW BOWMEN",
    "7e408e06": "OBITUARY",
    "d0ae24d4": "OLLERDALE SCIENCE FESTIVAL",
    "c10c703b": "OSIERHOLT WITHY BEDS",
    # en_othermoor_advertiser_digest.txt, split by the loader: the header (¶1–2), the teacher (¶7–12), Boscastle
    # (¶17–22), the clog works (¶27–33); the "* * *" rules (¶4, ¶14, ¶24) come out as articles of their own
    # (d294ffa6, d294ffa6-2, d294ffa6-3) and the datelines (¶5, ¶15, ¶25) belong to none of them
    "c70f7502": "THE OTHERMOOR ADVERTISER — CUTTINGS FILE",
    "4f4949b1": "LOCAL TEACHER SAW MATHS HISTORY MADE",
    "281e64ad": "OTHERMOOR CREWS HELP AT BOSCASTLE",
    "00b7b7e0": "CLOG WORKS CLOSES AFTER 150 YEARS",
    "5131d51e": "TOLLGARTH C OF E PRIMARY SCHOOL",
    "0f644534": "THE TREWARTHEN ADVERTISER",
    "973355e5": "THE WRAXHOLME & LISLE ESTUARY GAZETTE",
    "db4d7458": "BOLETÍN DEL CLUB DE MONTAÑA PEÑALBAR",
    "f0a3a6cc": "ГАЗЕТА «ТИХОБОРСКИЙ ВЕСТНИК»",
    "7054fbc6": "禾阳日报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the first to set up a military confidence-building mechanism" ¶433; "carry forward the Shanghai Spirit …
    # in the following five ways" ¶435
    Query("confidence-building mechanism Shanghai Spirit five ways", "9e49ddff", "cross-paragraph"),
    # "the Queen Mother … arrived in Beijing … far ahead of others" ¶235; "Prime Minister Hun Manet … combat
    # online gambling and telecom fraud" ¶243/247
    Query("Hun Manet online gambling Queen Mother far ahead of others", "5a5d8582", "cross-paragraph"),
    # "examples from Botswana … countered Western claims of 'debt traps'" ¶537; "Discussions at Fudan University"
    # ¶541; "Black Liberation Alliance and Qiao Collective" ¶547
    Query("Qiao Collective Fudan Botswana debt traps", "6710eba1", "cross-paragraph"),
    # "the Daily Worker … in its editorial" ¶507; "the Levellers took a stand" ¶517; "a financial donation from a
    # Colonel Younghusband" ¶521
    Query("Levellers Younghusband donation Daily Worker editorial", "ac7222d4", "cross-paragraph"),
    # "an international seminar titled '70-Year Common Victory'" line 4; "Khabarovsk" lines 6 and 12; "the
    # Russian World War II veteran Lev Abramov" line 14
    Query("Khabarovsk seminar 70-Year Common Victory Lev Abramov", "054ef6fb", "cross-paragraph"),
    # Word forms: the text has another form
    # Putin: "Our ancestors, fathers and grandfathers paid an enormous price for peace and freedom" ¶195 (paid →
    # paying; 424ab945 line 7 has "paying the most painful price", without the rest)
    Query("grandfathers paying an enormous price for peace and freedom", "c061f0a1", "word-form"),
    # "every time he came to China, he would always be deeply impressed" ¶265 (came → comes, irregular)
    Query("Lukashenko deeply impressed every time he comes to China", "0e5d6094", "word-form"),
    # "los trabajadores se reunían en la plaza para hacer baile/ejercicio" ¶323 (reunían → reúnen)
    Query("los trabajadores se reúnen en la plaza para hacer ejercicio", "dde32893", "word-form"),
    # "uphold the principles of the Nuremberg and Tokyo Trials, describing their rulings as foundational to
    # international law" line 39 (plurals in the text)
    Query("Tokyo trial ruling foundational to international law", "b39d8185", "word-form"),
    # Another script or romanisation
    # "Uzbek President Shavkat Mirziyoyev" ¶207/209 and "Pakistani Prime Minister Shehbaz Sharif" ¶211 in Cyrillic
    Query("Мирзиёев Шахбаз Шариф", "3a9fa4ed", "translit"),
    # accents dropped: "Vice President Delcy Rodríguez" ¶33/53; "President Nicolás Maduro Moros" ¶45
    Query("Delcy Rodriguez Nicolas Maduro Moros", "f78fdcd6", "translit"),
    # "Xinhua correspondents Zheng Bofei and Jin Jing write" ¶287, in Cyrillic as a Russian paper writes them
    Query("Чжэн Бофэй и Цзинь Цзин", "7ab1f62c", "translit"),
    # the Chinese title line 20: "中华人民共和国和俄罗斯联邦 …", in pinyin without tones
    Query("Zhonghua Renmin Gongheguo he Eluosi Lianbang", "b39d8185", "translit"),
    # "David Horsley is also the author of a booklet on the life of Claudia Jones" ¶123 (Horsley also ¶111)
    Query("Клаудия Джонс Дэвид Хорсли", "ccf1d4fa", "translit"),
    # Russian (names written in Cyrillic)
    # "meeting with United Nations Secretary General António Guterres, … Myanmar's Acting President Min Aung
    # Hlaing" ¶405 (Guterres ¶407–409, Min Aung Hlaing ¶415–419)
    Query("Гутерриш и Мин Аунг Хлайн", "26d64f12", "russian"),
    # "founding President Kim Il Sung" ¶219; "greeted at Beijing Railway Station by Cai Qi, … Wang Yi" ¶221
    Query("Ким Ир Сен, Цай Ци и Ван И", "eca32116", "russian"),
    # Spanish
    # "solo vi a una persona pidiendo limosna en la calle con un código QR" ¶327
    Query("solo vi a una persona pidiendo limosna", "dde32893", "spanish"),
    # "La expectativa de vida en las áreas rurales era tan baja como 24 años" ¶313
    Query("la expectativa de vida en las áreas rurales era tan baja como 24 años", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # Emmerson Mnangagwa ¶5/11, Robert Fico ¶13/19, Denis Sassou Nguesso ¶23, as Xinhua writes them
    Query("姆南加古瓦 菲佐 萨苏-恩格索", "faecd2e1", "chinese"),
    # "Armenian Prime Minister Nikol Pashinyan" ¶257–259; "Belarusian President Aleksandr Lukashenko" ¶263–265
    Query("帕希尼扬 卢卡申科", "0e5d6094", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "which originally appeared in the Morning Star, … at the British Film Institute (BFI) on London's Southbank"
    # ¶111
    Query("<#12> Morning Star\u200b BFI Southbank", "ccf1d4fa", "mention-noise"),
    # "Her father, Arthur Clegg, … in his memoir, 'Aid China – 1937-1949'" ¶515 (d89fdf72 ¶366 has Jenny Clegg
    # only)
    Query("@everyone Arthur Clegg\u200b Aid China", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    # "Shavkat Mirziyoyev" ¶207; "the China-Kyrgyzstan-Uzbekistan railway project" ¶207
    Query("Mirziyoev Kyrgystan railway", "3a9fa4ed", "typo"),
    # "Egyptian Prime Minister Mostafa Madbouly" ¶411–413; "new energy, electric vehicles, finance and seawater
    # desalination" ¶413
    Query("Madbuly seawater desalination", "26d64f12", "typo"),
    # "director of the Memorial Work Department of the Veterans' Affairs Ministry of China" line 1 (054ef6fb has
    # "war veterans" and a "Publicity Department", not the ministry)
    Query("Veterns Afairs Ministry memorial department", "097182f6", "typo"),
    # Names
    # "South African President Cyril Ramaphosa, Egyptian President Abdel Fattah El-Sisi" ¶451
    Query("Cyril Ramaphosa Abdel Fattah El-Sisi", "e065690c", "name"),
    # "the traditional friendship and cooperation established by President Kaysone Phomvihane and President Fidel
    # Castro" ¶167 (Díaz-Canel also in d807680a ¶85/89, without Kaysone)
    Query("Miguel Díaz-Canel Kaysone Phomvihane", "20f574be", "name"),
    # the webinar's speakers: "Ken Hammond (Historian and China scholar)" ¶363; "Jodie Evans (Co-founder of Code
    # Pink)" ¶365
    Query("Jodie Evans Ken Hammond", "d89fdf72", "name"),
    # Phrases
    # "where yesterday's enemy soon became a frontline, if subordinate, ally against the Soviet Union" ¶279
    Query("yesterday's enemy soon became a frontline, if subordinate, ally", "7ab1f62c", "phrase"),
    # "good neighbours, good friends and good comrades who have shared weal and woe" ¶225
    Query("good comrades who have shared weal and woe", "eca32116", "phrase"),
    # Questions
    # "BRICS countries account for nearly half of the world's population, around 30 percent of global economic
    # output" ¶459
    Query("what percent of global economic output do BRICS countries account for?", "e065690c", "question"),
    # "the biggest gatherings to date in the SCO's quarter century history, drawing more than 20 heads of state or
    # government" ¶427 (eca32116 ¶219 counts "26 heads of state and government" at the Beijing commemoration,
    # not at the summit)
    Query("how many heads of state attended the SCO summit in Tianjin?", "9e49ddff", "question"),
    # "Cuban President … Miguel Díaz-Canel Bermúdez paid a state visit to Laos, September 6-7" ¶161
    Query("how long did the Cuban president stay in Laos?", "20f574be", "question"),
    # Topics
    # "build the China-Pakistan Economic Corridor 2.0 and upgrade the China-Pakistan Free Trade Agreement" ¶211
    Query("China-Pakistan Economic Corridor 2.0 free trade agreement", "3a9fa4ed", "topic"),
    # To Lam "expressed his gratitude for the tremendous assistance provided by China during various periods of
    # Vietnam's revolution and development" ¶69 (20f574be ¶145–147 has To Lam thanking Laos, not China)
    Query("To Lam gratitude for China's assistance during Vietnam's revolution", "362ba691", "topic"),
    # "follow Marxism-Leninism, Mao Zedong Thought, Deng Xiaoping Theory, the Theory of Three Represents" ¶383
    Query("Marxism-Leninism Deng Xiaoping Theory Three Represents", "38a7d84f", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Keith Bennett presented a paper at a symposium (ac7222d4 ¶475–477); the Hyde Park meeting of 1937 was J.R.
    # Campbell's (¶525), and the one speech of that article is Xi's at Buckingham Palace (¶479)
    "Keith Bennett Hyde Park speech",
    # "The Children of Huang Shi" (ac7222d4 ¶491): stars named, no music; "composed" only of the Friends Ambulance
    # Unit (¶501)
    "who composed the music for The Children of Huang Shi?",
    # "serving as a training ground where Liddell himself won several medals" (7ab1f62c ¶291); no count
    "how many medals did Liddell win at the Minyuan Stadium?",
    "what time did the BRICS virtual summit end?",  # "On the evening of September 8, 2025" (e065690c ¶449); no end
    # the delegation (6710eba1, dde32893): "uno de los hoteles" (dde32893 ¶323), never named
    "what hotel did the Young Communist League delegates stay at in Dunhuang?",
    # Fidel Castro (d807680a ¶83/93, 20f574be ¶167) and the Hanoi ceremony (20f574be ¶143, 362ba691 ¶73); Raúl
    # Castro is never named
    "Raul Castro Hanoi ceremony",
    "Tokaido railway",  # Tokaido is 3 edits from Tokayev (26d64f12 ¶405); the railways are the China-Laos and others
    # Kharkiv is not in the corpus; the memorial complex is near Khabarovsk (054ef6fb line 12)
    "Kharkiv war memorial complex",
    "Yantai shipyard",  # Yantai is 2 edits from Yan'an (dde32893 ¶307/315, 6710eba1 ¶535/557); no shipyard anywhere
    # the monument in Caracas (f78fdcd6): "the sculpture also represents" (¶47); no sculptor named
    "кто автор памятника в Каракасе?",
    "Лукашенко и хоккей",  # Lukashenko (0e5d6094 ¶263–265); no hockey
    # "Nuestros anfitriones nos avisaron contra tomar el tren bala" (dde32893 ¶329); no price
    "¿cuánto cuesta el billete del tren bala?",
    "¿quién fundó Lucha y Resiste?",  # the interviewer ¡Lucha y Resiste! (dde32893 ¶299–343); no founder
    "古特雷斯 下一任 继任者",  # Guterres (26d64f12 ¶405–409) in Chinese characters; no successor
    "金正恩 女儿 名字",  # Kim Jong Un (eca32116) in Chinese characters; no daughter
    # "Cambodian Prime Minister Hun Manet" (5a5d8582 ¶243); no date of taking office
    "when did Hun Manet become prime minister?",
    # "Eric Liddell captured gold in the men's 400 metres in 47.6 seconds" (7ab1f62c ¶287); no 200 metres
    "what was Eric Liddell's time in the 200 metres?",
    # "in a speech in Buckingham Palace, President Xi Jinping recalled" (ac7222d4 ¶479); no host named
    "who hosted Xi at Buckingham Palace in 2015?",
    # the biography is James MacManus's "Ocean Devil" (ac7222d4 ¶489); Jenny Clegg wrote for SACU (¶513)
    "Jenny Clegg biography of George Hogg",
    # Ken Hammond, "Historian and China scholar" (d89fdf72 ¶363); the Long March is 6710eba1's (¶557); no book
    "Ken Hammond book on the Long March",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "the same day that the Queen opened the Forth Road Bridge" ¶9–10; "The number 12 bus" ¶17; "a drop-in session
    # at the Corn Hall" ¶22
    Query("Forth Road Bridge number 12 bus Corn Hall", "a5540c2e", "cross-paragraph"),
    # "Martha Ellerker, a carter's daughter" ¶10; "full of gentlemen with hat-boxes" ¶24–25; "the school will bury
    # a time capsule" ¶34
    Query("Martha Ellerker hat-boxes time capsule", "8d73c267", "cross-paragraph"),
    # "with its white Stevenson screen" ¶10; "the day of the Burns' Day storm" ¶19; "The funeral will be at Capel
    # Salem" ¶28
    Query("Stevenson screen Burns' Day storm Capel Salem", "7e408e06", "cross-paragraph"),
    # "The harbour master, Mrs Delia Stroud" ¶9–10; "forty families in Ropers Row" ¶13; "the contractors, Hallam
    # & Voyce" ¶18
    Query("Delia Stroud Hallam & Voyce Ropers Row", "973355e5", "cross-paragraph"),
    # "директор прочитал сообщение ТАСС" ¶12–13; "«астрономический марафон»" ¶23; "в музей истории космонавтики"
    # ¶24 (¶22–26 is one block, ТАСС is not in it)
    Query("сообщение ТАСС астрономический марафон музей истории космонавтики", "f0a3a6cc", "cross-paragraph"),
    # 孟庆和 ¶9/12/25; 生态廊道全线贯通 ¶18; "世界水日" ¶23
    Query("孟庆和 生态廊道 世界水日", "7054fbc6", "cross-paragraph"),
    # Word forms
    # "has been found by a dog named Pickles under a hedge in south London" ¶15–16 (found → finding)
    Query("Pickles finding the World Cup under a hedge", "0f644534", "word-form"),
    # "Fitted three sets of spectacles and one set of teeth" ¶22–23 (fitted → fitting); Sister Tregear ¶21/24
    Query("Sister Tregear fitting spectacles and teeth", "a1135492", "word-form"),
    # "it stuck in the up position for six hours" ¶21 (stuck → sticking, irregular); 2411208d has the lift bridge,
    # not the fault
    Query("lift bridge deck sticking in the up position", "46ef3dd5", "word-form"),
    # "subió con él y con un sargento de la guardia" ¶11 (subió → sube); Bingham ¶6/9
    Query("Bingham sube con un sargento de la guardia", "db4d7458", "word-form"),
    # "мальчишки кричали "ура" так, что в окнах дрожали стёкла" ¶13 (кричали → кричат, дрожали → дрожат)
    Query("мальчишки кричат ура, дрожат стёкла", "f0a3a6cc", "word-form"),
    # "Mr Kettlewell had sat through the earlier lectures on 21 and 22 June" ¶11 (sat → sitting, irregular)
    Query("Kettlewell sitting through the earlier lectures", "4f4949b1", "word-form"),
    # Another script or romanisation
    Query("Мифанви Колклоу", "7e408e06", "translit"),  # "MYFANWY COLCLOUGH" ¶3, ¶6 in Cyrillic
    Query("Эндрю Уайлс", "4f4949b1", "translit"),  # "Professor Andrew Wiles" ¶9 in Cyrillic
    # "with George Stephenson on the footplate" ¶6 in Chinese characters
    Query("乔治·斯蒂芬森", "8d73c267", "translit"),
    # "учитель физики Павел Ерохин" ¶10 (Ерохина ¶28) and Тихоборск ¶1–2/7 in Latin letters
    Query("Pavel Yerokhin Tikhoborsk", "f0a3a6cc", "translit"),
    Query("Meng Qinghe", "7054fbc6", "translit"),  # 值班长的孟庆和 ¶9 (also ¶12, ¶25) in pinyin
    # accents dropped: "cuenta Pilar Echániz, la jefa del grupo" ¶16; "CLUB DE MONTAÑA PEÑALBAR" ¶1
    Query("Pilar Echaniz Penalbar", "db4d7458", "translit"),
    # "by the Mayor, Cllr Jessie Orme" ¶9 in Cyrillic (46ef3dd5 names no Mayor)
    Query("Джесси Орм", "2411208d", "translit"),
    # "Dr Ruth Ackroyd, who grew up on Tanners Hill" ¶8 (and ¶15) in Cyrillic (a5540c2e's Ruth is Maddison)
    Query("Рут Экройд", "d0ae24d4", "translit"),
    Query("博斯卡斯尔", "281e64ad", "translit"),  # "OTHERMOOR CREWS HELP AT BOSCASTLE" ¶17–18 in Chinese characters
    # Russian
    # "в школьном музее открыта выставка «Первые на Луне»" ¶18
    Query("выставка «Первые на Луне» в школьном музее", "f0a3a6cc", "russian"),
    Query("Зимняя школа юных астрономов", "f0a3a6cc", "russian"),  # "«Зимняя школа юных астрономов»" ¶26
    # "кружок приглашает всех желающих на ночные наблюдения Луны на стадионе" ¶19–20
    Query("ночные наблюдения Луны на стадионе", "f0a3a6cc", "russian"),
    # Spanish
    # "«El día 3 fuimos once en la trastienda de la farmacia; ahora ya somos veintiséis.»" ¶22
    Query("la trastienda de la farmacia", "db4d7458", "spanish"),
    # "Las jornadas del cincuentenario, con comida popular y subida nocturna al pico" ¶27–28
    Query("comida popular y subida nocturna al pico", "db4d7458", "spanish"),
    # "La primera salida oficial, al Moncayo, no llegó hasta el 9 de abril del año siguiente" ¶22–23
    Query("la primera salida oficial al Moncayo", "db4d7458", "spanish"),
    # Chinese
    Query("节水小卫士 夏令营", "7054fbc6", "chinese"),  # 开展了"节水小卫士"夏令营 ¶19
    Query("饮水思源 主题展览 滨河公园", "7054fbc6", "chinese"),  # 在滨河公园举办了"饮水思源"主题展览 ¶15
    Query("禾阳市节约用水十年报告", "7054fbc6", "chinese"),  # 水务局将发布《禾阳市节约用水十年报告》 ¶22
    # Mentions and zero-width spaces
    # "the lifeboat crew will run the mulled-wine stand as usual" ¶32–33
    Query("<@5150> lifeboat crew\u200b mulled-wine stand", "01dcf85e", "mention-noise"),
    # "The kit sale follows a fortnight later in the pavilion" ¶18–19
    Query("@everyone \u200bkit sale pavilion", "90ef278d", "mention-noise"),
    # "Mrs Askew has copied these lines from the first log book" ¶17
    Query("<#303> Mrs Askew\u200b first log book", "5131d51e", "mention-noise"),
    # Typos
    Query("Ollerdail Science Festivel", "d0ae24d4", "typo"),  # "OLLERDALE SCIENCE FESTIVAL" ¶1 (2 edits + 1 edit)
    Query("Mossly Brow Bowman", "90ef278d", "typo"),  # "MOSSLEY BROW BOWMEN" ¶1
    # "THE TREWARTHEN ADVERTISER" ¶1 (c70f7502 is "THE OTHERMOOR ADVERTISER")
    Query("Trewarthan Advertiser", "0f644534", "typo"),
    # Names
    Query("Amos Pettigrew", "c10c703b", "name"),  # "Amos Pettigrew's notebook for 1951" ¶10
    Query("Josiah Haworth", "00b7b7e0", "name"),  # "Josiah Haworth took the lease of the workshop" ¶29
    # Phrases
    Query("the coach that goes by every day at nine", "8d73c267", "phrase"),  # ¶24–25
    Query("a small salute to the big brother down the coast", "973355e5", "phrase"),  # ¶10
    Query("Lowering it was the worst night of my life", "46ef3dd5", "phrase"),  # the "Old Quay Lad" comment, ¶35
    # Questions
    # "The Station Road swing bridge … will be closed to all traffic from Monday 15 December to Friday 9 January"
    # ¶6–7 (and "13 to 24 July" for the second closure, ¶26–27)
    Query("how long will the Station Road swing bridge be closed?", "a5540c2e", "question"),
    # "since the National Health Service began, on 5 July 1948" ¶19–20
    Query("when did the National Health Service begin?", "a1135492", "question"),
    # "when Cheltenham set a new British record of 37.1°C, her own thermometer read 34.6" ¶21–22
    Query("what did Myfanwy Colclough's thermometer read when Cheltenham set the record?", "7e408e06", "question"),
    # "The inner beds are closed to visitors from 1 March to 31 July while reed warblers … are nesting" ¶16–17
    Query("when are the inner withy beds closed to visitors?", "c10c703b", "question"),
    # Topics
    # "The chain ferry … made its last run in the afternoon and will be towed away for scrap" ¶11–12; the blog
    # tells of the same day, when "the old chain ferry's bell went quiet for good" (46ef3dd5 ¶7–8)
    Query("chain ferry last run towed away for scrap", "2411208d", "topic", also=("46ef3dd5",)),
    # "Two fire crews from Othermoor were among those sent to Boscastle after the flash flood" ¶18–19
    Query("Othermoor fire crews flash flood", "281e64ad", "topic"),
    # "Victorian Day, children in costume (old clothes and a flat cap will do)" ¶25
    Query("Victorian Day children in costume", "5131d51e", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Ruth Ackroyd is the Ollerdale festival's physicist (d0ae24d4 ¶8); the Boscastle flood is the Othermoor
    # crews' (281e64ad)
    "Ruth Ackroyd Boscastle flood",
    # Bernard Quick ran the 1981 London Marathon (0f644534 ¶9) and will be at the library's exhibition (¶28–30);
    # the Corn Hall drop-in session is Cindersby's (a5540c2e ¶22)
    "Bernard Quick Corn Hall",
    # Delia Stroud is Wraxholme's harbour master (973355e5 ¶9–10); the lift bridge is Lathbury Quay's (46ef3dd5,
    # 2411208d)
    "Delia Stroud lift bridge",
    # Amos Pettigrew grew willow (c10c703b ¶10–12); the clog workshop is Haworth & Sons' (00b7b7e0)
    "Amos Pettigrew clog workshop",
    # Ellis Kettlewell, the maths teacher (4f4949b1 ¶8–12), in Cyrillic; the marathons are Trewarthen's runners'
    # (0f644534) and the astronomy club's «астрономический марафон» (f0a3a6cc ¶23)
    "Эллис Кеттлуэлл марафон",
    # Jessie Orme opened the lift bridge (2411208d ¶9); the Christmas market cutting (01dcf85e) names no Mayor
    "Jessie Orme Christmas market",
    # "Open tournament (two days): Saturday 9 and Sunday 10 September" (90ef278d ¶25) is still to come
    "which archer won the Mossley Brow open tournament?",
    # the crew "worked through the night … helping to check flooded houses" (281e64ad ¶20–21); no count
    "how many houses were flooded at Boscastle?",
    # "The World Cup, stolen from an exhibition in Westminster" (0f644534 ¶15); no thief
    "who stole the World Cup in 1966?",
    "how much did the Wraxholme tidal gates cost?",  # 973355e5: dates, tides, weights; no sum
    # "Closing concert … Sunday 10 July, 3 p.m." (d0ae24d4 ¶21); "sold out in an hour" last year (¶25); no end time
    "what time does the Ollerdale closing concert finish?",
    # "the first forty children" in 1869 (5131d51e ¶16–18); today's roll is never given
    "how many pupils does Tollgarth Primary have now?",
    # "The last pair of clogs left Haworth & Sons' workshop" (00b7b7e0 ¶28); the first pair went to Widow Ashe
    # (¶31); no total
    "how many pairs of clogs did Haworth & Sons make?",
    # the log book (5131d51e ¶17–19) names no master; Mrs J. Pennicott is today's headteacher (¶31)
    "who was the first headteacher of Tollgarth school?",
    # "Places on the basket course are limited to ten. Tools and willow are provided" (c10c703b ¶27); no fee
    "how much does the Osierholt basket course cost?",
    # "forty children and one very patient dog" (8d73c267 ¶29); the only dog named is Pickles (0f644534 ¶16)
    "what was the name of the dog in the 1925 centenary photograph?",
    # "llegó a Cuzco el día 17" (db4d7458 ¶14); no hotel anywhere
    "¿en qué hotel se alojaron en Cuzco?",
    "Ollerton science festival",  # Ollerton is 4 edits from Ollerdale, whose science festival is d0ae24d4's
    # Wrexham is 4 edits from Wraxholme, whose tidal gates are set beside the Thames Barrier (973355e5 ¶4–6)
    "Wrexham flood barrier",
    "Hexham railway bicentenary",  # Hexham is not in the corpus; the bicentenary is Heighlow's (8d73c267)
    # Тихорецк is 4 edits from Тихоборск, whose school has the rooftop observatory (f0a3a6cc ¶15–16)
    "Тихорецк обсерватория",
    # Peñafiel is 4 edits from Peñalbar, whose mountain club went to Machu Picchu (db4d7458)
    "Peñafiel club de montaña",
    "孟庆和 什么时候 退休的",  # 孟庆和退休后仍常到渠边走走 (7054fbc6 ¶25): no date
    "丹江口水库 蓄水量",  # 丹江口水库的江水 (7054fbc6 ¶7): no capacity
    # "15 сентября на линейке директор прочитал сообщение ТАСС" (f0a3a6cc ¶12–13): the director is not named
    "кто был директором школы № 3 в 1959 году?",
    # "поездку в Калугу, в музей истории космонавтики, 2 и 3 мая следующего года" (f0a3a6cc ¶24); no price
    "сколько стоит поездка в Калугу?",
    # "subió con él y con un sargento de la guardia" (db4d7458 ¶11): the sergeant is not named
    "¿cómo se llamaba el sargento que acompañó a Bingham?",
    # "a timber coaster is due for Sowerby's yard" (2411208d ¶13, 46ef3dd5 ¶16–17); no master named
    "who was the captain of the timber coaster for Sowerby's yard?",
    # Sister Nancy Tregear, "then in charge of the men's ward", "now 91" (a1135492 ¶21–24); no retirement
    "when did Sister Nancy Tregear retire?",
    # Pilar Echániz, "la jefa del grupo", led the Machu Picchu party (db4d7458 ¶16); the Patagonia trip (¶31) has
    # no leader named
    "Pilar Echániz jefa del viaje a Patagonia",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind68/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
