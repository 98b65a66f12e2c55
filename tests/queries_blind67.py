"""A sixty-seventh lookup query set: the BLIND set of the thirty-third round, RICH IN UNANSWERABLE QUERIES,
written in the thirty-second session by a writer who reported its counts only (by kind and corpus), never
its queries, names or subjects. It is committed unscored and is scored once, at the end of the thirty-third
round, by people who have not seen it; nobody reads it or tunes on it before then (once it has been scored,
a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind65.py and
  tests/queries_blind66.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, a possessive 's dropped, Chinese by character pairs,
  mentions, zero-width spaces and a few stop words left out) with every earlier query (some 8,400 of
  them), and with the other queries of this set, while the set was being written; a query sharing more
  than half of its words with any one of them was replaced. The seeds have been queried so often by now
  that every name of them, and nearly every pair of names of one article, has been asked about already:
  a script listed the pairs and triples of names of each article (in Latin, Cyrillic and Chinese
  characters) that no earlier query had joined, and the name, translit, Russian and Chinese seed
  queries were taken from those; the other seed queries join three passages of one article that no
  earlier query joined, or use passages and forms no earlier query used. Well over half of the first
  drafts had to be rewritten, many more than once. Queries that asked the same thing as an earlier one
  in other words were replaced too; about half of those left still share exactly half of their words
  with one earlier query (the most the rule allows).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind79/docs, copied as ONE
  corpus into a subfolder blind79/ (see NEWDOCS_DIRS). Two of its files are digests of three cuttings
  each that the loader splits into a header article and one article per cutting (see NEWDOCS_TITLES).
  No earlier set that could be read was written on these documents; the same near-copy check was run on
  them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query are
in one article but no single paragraph, title line included, holds them all), word-form 4 + 6 (another
inflection or derivation than the text uses, irregular forms too, in English, Russian and Spanish),
translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin letters
for Cyrillic names, pinyin without tones for a Chinese name, accents dropped), russian 2 + 3, spanish
2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the
real words), typo 3 + 3 (1–2 edits a word), name 2 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3:
35 + 48 answerable, and 20 + 30 unanswerable. Every answerable query is answered by the documents' own
words in some form, spelling or script (names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, of another cutting
of the same digest, or one the corpus never mentions); a question in the corpus's own words about
something it does not say (who commanded or found something, who won a competition still to be judged,
who a headteacher or a museum director was; what a wife, a foreman, an organist, a president, a master
or apprentices were called; when someone was born or died, when a collaboration began, when a last
flight was; how many handbills, members, medals, swimmers, children, hectares or inhabitants; what time
something begins or starts; what a barrier, a trip, a coach fare or a building cost, what a counter
fetched at auction, what a sculpture is made of); a place the corpus does not hold but spelled close to
one it does (two or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares
one or more words with its corpus on purpose (in another script for some of the seeds' ones), and every
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

# The new-documents corpus is assembled by copying tests/gold/blind79/docs/* into ONE temporary
# corpus folder under the subfolder blind79/: files are then "blind79/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind79/docs",)
NEWDOCS_SUBDIRS = ("blind79",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "5fd73046": "BERROWCOMBE MEDICAL HISTORY SOCIETY",
    "4c971969": "CULMSTEAD LIDO KEEPS ITS GATES OPEN FOR A THIRTIETH SUMMER",
    "83957868": "FALLOWMERE COURIER",
    "cac832f6": "GORSEMOOR PRIMARY SCHOOL",
    "6dabe252": "KEEL AND FRAME — notes from a model-maker's shed",
    "814c0f7b": "A HUNDRED YEARS OF PROMENADING",
    # en_larkwell_bugle_digest.txt, split by the loader: the header (¶1–2), the astronaut (¶7–12), the ironmonger
    # (¶17–24), the space week (¶29–35); the "=====" rules (¶4, ¶14, ¶26) come out as articles of their own
    # (98daf498, 98daf498-2, 98daf498-3, titled by the rule) and the dated "LARKWELL BUGLE, …" lines (¶5, ¶15,
    # ¶27) belong to none of them
    "e927af34": "LARKWELL BUGLE — CUTTINGS FROM THREE DECADES",
    "41237754": "PUPILS CHEER BRITAIN'S FIRST ASTRONAUT",
    "d629da7c": "LAST ORDERS FOR TAPSELL'S",
    "ea10bfb7": "SPACE WEEK FOR A NEW GENERATION",
    "9c30c808": "MERRIVALE STRAND SEASHORE FORAGING WALKS",
    "5525598b": "MIREFOLD PHOTOGRAPHIC SOCIETY",
    "b7903ac8": "NORMAN GEDLING",
    "70df74ef": "PENDROSSICK DISTRICT COUNCIL",
    # en_wharlton_observer_digest.txt, split by the loader: the header (¶1–2), cutting one (¶5–14), cutting two
    # (¶17–25), cutting three (¶28–36), each from its "CUTTING …" line; the dashed rules (¶4, ¶16, ¶27) belong
    # to none of them
    "cb1aed48": "WHARLTON OBSERVER — THREE CUTTINGS FROM THE LIBRARY'S LOCAL",
    "cbb08450": "ICE DREAMS: IVY HEADS FOR CALGARY",
    "dcc66129": "LIDO OPENS TO A HEATWAVE WELCOME",
    "16f46cb2": "RIVER PEAKS AS WHARLTON COUNTS THE COST",
    "521a8137": "BOLETÍN DE LA PEÑA FERROVIARIA «EL FURGÓN»",
    "64a8f574": "ВЕСТНИК АВИАМОДЕЛЬНОГО КЛУБА «СТРИЖ»",
    "92df2c8e": "北源石油机械厂 厂报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "This process, while labor-intensive" line 12; "Such actions have fueled diplomatic tensions" line 15; the
    # "(Noraa)" line 3 (also line 10)
    Query("labor-intensive process diplomatic tensions Noraa", "097182f6", "cross-paragraph"),
    # "signed and issued the Tianjin Declaration" ¶443; "a garden of civilisations" ¶439 and "oppose the Cold War
    # mentality" ¶440 (the bullet block ¶437–441)
    Query("Tianjin Declaration garden of civilisations Cold War mentality", "9e49ddff", "cross-paragraph"),
    # "humanity once again stands at a crossroads" ¶263; "China now faces an even brighter prospect" ¶265;
    # Pashinyan ¶257–259
    Query("humanity at a crossroads brighter prospect Pashinyan", "0e5d6094", "cross-paragraph"),
    # "4pm Britain, 11am US Eastern, 8am US Pacific" ¶351; "on the Eastern and Pacific fronts" ¶353; "Jodie Evans
    # (Co-founder of Code Pink)" ¶365
    Query("11am US Eastern Pacific fronts Jodie Evans", "d89fdf72", "cross-paragraph"),
    # "poverty reduction, … at the sub-national level" ¶207; "Prime Minister Shehbaz" ¶211/213; "the over 200
    # million Pakistani people" ¶213
    Query("sub-national level poverty reduction Shehbaz 200 million", "3a9fa4ed", "cross-paragraph"),
    # Word forms: the text has another form
    # "Li emphasized the importance of preserving these sites" line 4; "restore memorial sites" line 1, "Li
    # Jinxian" lines 1/10 (emphasized → emphasizes; "emphasizes" is nowhere in seeds/)
    Query("Li Jinxian emphasizes preserving memorial sites", "097182f6", "word-form"),
    # China and Armenia: "the two countries have respected and trusted each other" ¶257 (respected → respecting,
    # trusted → trusting)
    Query("China and Armenia respecting and trusting each other", "0e5d6094", "word-form"),
    # "The ironclad Pakistan-China friendship has taken root in the hearts of the over 200 million Pakistani
    # people" ¶213 (taken → takes, irregular; Pakistani → Pakistanis)
    Query("Pakistan-China friendship takes root in the hearts of Pakistanis", "3a9fa4ed", "word-form"),
    # "Callum and Twm conclude that Chinese socialism offers valuable lessons" ¶543 (conclude → concluding; the
    # article has "concluded" ¶557, "concluding" is nowhere)
    Query("Callum and Twm concluding that Chinese socialism offers valuable lessons", "6710eba1", "word-form"),
    # Another script or romanisation
    # "Thongloun Sisoulith" ¶135/153, "Samdech Techo Hun Sen" ¶154, "Vladimir Vladimirovich Yakushev" ¶158 in
    # Cyrillic
    Query("Тхонглун Сисулит, Хун Сен и Владимир Якушев", "20f574be", "translit"),
    # "Miguel Díaz-Canel Bermúdez" ¶155/161–167 and "President Kaysone Phomvihane" ¶167 in Cyrillic (d807680a
    # ¶85/89 has Díaz-Canel, without Kaysone)
    Query("Диас-Канель и Кайсон Фомвихан", "20f574be", "translit"),
    # the webinar's "Jenny Clegg" ¶366, "KJ Noh" ¶368, "Radhika Desai" ¶369 in Cyrillic (ac7222d4 ¶513 has Jenny
    # Clegg only)
    Query("Дженни Клегг, Кей Джей Но и Радхика Десаи", "d89fdf72", "translit"),
    # "Anna May Wong (real name Wong Liu Tsong)" ¶115 (also ¶111) and "Claudia Jones" ¶123 in Cyrillic
    Query("Анна Мэй Вонг, Клаудия Джонс и Вонг Лю Цонг", "ccf1d4fa", "translit"),
    # "Eric Liddell" ¶275/285–291 and "Xinhua correspondents Zheng Bofei and Jin Jing" ¶287 in Cyrillic
    Query("Эрик Лидделл и Цзинь Цзин", "7ab1f62c", "translit"),
    # Russian (names written in Cyrillic)
    # George Hogg ¶477/483, "the legendary Chinese communist Chen Hansheng" ¶491, "a Colonel Younghusband" ¶521
    Query("Джордж Хогг, Чэнь Ханьшэн и Янгхазбенд", "ac7222d4", "russian"),
    # "South African President Cyril Ramaphosa", "Crown Prince of Abu Dhabi Khaled bin Mohamed", "Prime Minister
    # Narendra Modi" ¶451
    Query("Сирил Рамафоса, Халед бин Мохамед и Нарендра Моди", "e065690c", "russian"),
    # Spanish
    # "un proyecto político dedicado a fortalecer la comprensión y apoyo para China" ¶305
    Query("un proyecto político dedicado a fortalecer la comprensión", "dde32893", "spanish"),
    # "porque nosotros los occidentales somos muy lentos con tanto equipaje" ¶329
    Query("nosotros los occidentales somos muy lentos con tanto equipaje", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Masoud Pezeshkian", "Prabowo Subianto", "Subrahmanyam Jaishankar" ¶451, as Xinhua writes them
    Query("佩泽希齐扬 普拉博沃 苏杰生", "e065690c", "chinese"),
    # "Wang Yi, member of the Political Bureau … and Foreign Minister, Yin Yong, Mayor of Beijing" ¶221
    Query("王毅 殷勇", "eca32116", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "held on September 3 in Beijing's Tienanmen Square, just prior to the commencement of the military parade" ¶377
    Query("<@515> \u200bjust prior to the commencement of the military parade", "38a7d84f", "mention-noise"),
    # "September 4 (Orinoco Tribune) – … an official event held in Caracas on Wednesday, September 3" ¶53
    Query("<#909> Orinoco Tribune\u200b Wednesday September 3", "f78fdcd6", "mention-noise"),
    # Typos (1–2 edits)
    Query("Madoro Caracaz", "f78fdcd6", "typo"),  # "President Nicolás Maduro … in the capital Caracas" ¶33
    # "Uzbek President Shavkat Mirziyoyev … China and Uzbekistan are friendly neighbors" ¶207
    Query("Mirziyoyev Uzbekistn", "3a9fa4ed", "typo"),
    # "Liu Qibao … visited the Russian city" line 4, "Khabarovsk" lines 6 and 12
    Query("Liu Qiabao Khabarvosk", "054ef6fb", "typo"),
    # Names
    # "starring Jonathan Rhys Meyers as Hogg" ¶491; "a Hyde Park meeting, where … J.R. Campbell demanded" ¶525
    Query("Jonathan Rhys Meyers J.R. Campbell", "ac7222d4", "name"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501; "Chow Yun-fat" ¶491; "Arthur Clegg" ¶515/519
    Query("Michael Lindsay Chow Yun-fat Arthur Clegg", "ac7222d4", "name"),
    # Phrases
    # "Shared memory of war and perceived Western revisionism serve as ideological glue" line 9
    Query("Shared memory of war and perceived Western revisionism", "b39d8185", "phrase"),
    Query("Striving for real results and high efficiency", "9e49ddff", "phrase"),  # the fifth of the five ways, ¶441
    # Questions
    # "the 2008 publication of James MacManus's biography, 'Ocean Devil'" ¶489
    Query("in what year was Ocean Devil published?", "ac7222d4", "question"),
    # "'We are willing to step up exchange with the Communist Party of the Russian Federation and promote the cause
    # of Sino-Russian friendship,' said Liu" line 8
    Query(
        "what cause did Liu Qibao want to promote with the Communist Party of the Russian Federation?",
        "054ef6fb",
        "question",
    ),
    # "He said the purpose of the commemoration was to 'remember history, honour fallen heroes, cherish peace, and
    # create a better future'" ¶391 (also ¶379)
    Query("what did Xi say was the purpose of the commemoration?", "38a7d84f", "question"),
    # Topics
    # "Joint Commemorations: Pledge to … continue uncovering evidence of fascist and militarist crimes, and
    # reinforce the importance of the Asian front in Japan's defeat" line 42
    Query("uncovering evidence of fascist and militarist crimes Asian front", "b39d8185", "topic"),
    # "The Cuban side highly values the outstanding theoretical and practical contributions of Xi Jinping Thought
    # on Socialism with Chinese Characteristics" ¶97 (38a7d84f ¶383 and ac7222d4 ¶475 name the Thought, not Cuba)
    Query("Cuban side values Xi Jinping Thought on Socialism", "d807680a", "topic"),
    # "China is ready to deepen exchanges with Laos on experience in party and state governance, Xi said" ¶177
    Query("China to deepen exchanges with Laos on party and state governance", "20f574be", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "Mongolian President Khurelsukh Ukhnaa" (c061f0a1 ¶187/197) has no wife named; the one wife of seeds/ is
    # Xi's, Peng Liyuan (5a5d8582 ¶237)
    "what is the Mongolian president's wife called?",
    # "Its branches and members loyally supported our meetings, distributed our handbills" (ac7222d4 ¶525); no
    # count
    "how many handbills did the Communist Party distribute for the CCC?",
    # Ganzhou is 3 edits from Gansu (ac7222d4 ¶485, dde32893 ¶333, 6710eba1 ¶549); the mining is Zimbabwe's and
    # Pakistan's (faecd2e1 ¶9, 3a9fa4ed ¶211); no tungsten anywhere
    "Ganzhou tungsten mining",
    # "the sculpture also represents recognition of both the Chinese and global anti-fascist cause" (f78fdcd6
    # ¶47); no material
    "what material is the Caracas sculpture made of?",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); the symposium paper is Keith Bennett's and the forum
    # at Tsinghua University (ac7222d4 ¶475–477)
    "Radhika Desai Tsinghua symposium paper",
    # "The Guard of Honour of the Chinese People's Liberation Army was invited to participate in the military
    # parade" (362ba691 ¶73); no commander named
    "who commanded the Chinese Guard of Honour at the Hanoi parade?",
    # Samdech Techo Hun Sen is among the guests at Hanoi (20f574be ¶154); Xi's meeting in Tianjin is with Hun
    # Manet (5a5d8582 ¶243), and no article has Hun Sen meet Xi or go to Tianjin
    "Hun Sen meets Xi in Tianjin",
    # Mianyang is 3 edits from Minyuan (7ab1f62c ¶291) and 4 from Myanmar; the electric vehicles are Egypt's
    # (26d64f12 ¶413); no factory anywhere
    "Mianyang electric vehicles factory",
    # Liu Qibao "visited the Russian city from Sept. 23-27, attended … an international seminar" (054ef6fb line 4);
    # no time
    "what time did Liu Qibao's seminar in Khabarovsk begin?",
    # the Qiao Collective is one of the delegation's organisations (6710eba1 ¶547); no membership given (the
    # "100 millones de miembros" of dde32893 ¶345 are the Communist Party's)
    "how many members does the Qiao Collective have?",
    # Prabowo Subianto is at the BRICS summit (e065690c ¶451); the National Day parade in Hanoi is 362ba691's
    # (¶73/77) and 20f574be's (¶143–145), neither names him
    "Prabowo Subianto Hanoi National Day parade",
    # "una fábrica de Lenovo donde mostraron cómo colaboran con el sistema escolar para llevar tecnología avanzada a
    # escuelas rurales" (dde32893 ¶339); no date
    "when did Lenovo start working with rural schools?",
    # Caracol is 2 edits from Caracas (f78fdcd6); "industrial" is only the Chinese Industrial Cooperatives
    # (ac7222d4 ¶497), the park the Patriots park (097182f6 line 7)
    "Caracol industrial park",
    # the veteran Lev Abramov (054ef6fb line 14) is never joined to the parade on Tienanmen Square (38a7d84f ¶377,
    # eca32116 ¶219)
    "Lev Abramov Tienanmen parade",
    "когда родился Токаев?",  # "Kazakhstan President Kassym-Jomart Tokayev" (26d64f12 ¶405) in Cyrillic; no birth
    # "represented by Foreign Minister Subrahmanyam Jaishankar" (e065690c ¶451) in Cyrillic; Washington is nowhere
    "Джайшанкар в Вашингтоне",
    # "En Xi'an y Dunhuang … los museos y sitios estaban llenos de niños" (dde32893 ¶325); no director anywhere
    "¿quién es el director del museo de Dunhuang?",
    # "la planta de poder solar de sal fundido de Dunhuang" (dde32893 ¶335; 6710eba1 ¶539 "the Dunhuang Salt Tower
    # solar plant"); no area
    "¿cuántas hectáreas ocupa la planta solar de Dunhuang?",
    "蔡奇 生日",  # Cai Qi (eca32116 ¶221) in Chinese characters; no birthday
    # Putin (c061f0a1, 424ab945, eca32116, e065690c, b39d8185) in Chinese characters; "ancestors, fathers and
    # grandfathers" (c061f0a1 ¶195) only, no daughter
    "普京 女儿",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "served his time at Pellew's boiler works" ¶11–14; "We got the last of the sill plates in" ¶16–21; "a
    # silver spoon engraved with the barrier's outline" ¶27–29
    Query("Pellew's boiler works sill plates silver spoon", "b7903ac8", "cross-paragraph"),
    # "was Maud Penrose" ¶8–11; "the diving boards arrived" ¶13–17; "urgent repairs to the filter house" ¶19–22
    Query("Maud Penrose diving boards filter house", "4c971969", "cross-paragraph"),
    # "its borrowed timpani" ¶4–8; "the shilling promenaders packed like herrings" ¶10–15; "a brass band from the
    # twin town" ¶27–30
    Query("shilling promenaders borrowed timpani twin town", "814c0f7b", "cross-paragraph"),
    # "The print battle against Oxclough Camera Club" ¶6–11; "Field trip to Stanger Gill waterfalls" ¶14–21 (the
    # COMING UP list); "the Mirefold mountain rescue team" ¶24–27
    Query("Oxclough Camera Club Stanger Gill mountain rescue", "5525598b", "cross-paragraph"),
    # "the Trevail Street house of Walter Penhale" ¶6–9; "Got back on the milk train" ¶16–19; "football camps
    # for under-12s at Treloyhan Park" ¶24–27
    Query("Walter Penhale milk train Treloyhan Park", "70df74ef", "cross-paragraph"),
    # "don Evaristo Lamadrid" ¶10–17; "La asamblea anual se celebrará" ¶23–27; "La biblioteca de la peña
    # reabrirá" ¶29–30
    Query("Evaristo Lamadrid asamblea anual biblioteca de la peña", "521a8137", "cross-paragraph"),
    # Word forms
    # "Shackleton ordered the men onto the floe with whatever they could carry" ¶14–19 (ordered → ordering)
    Query("Shackleton ordering the men onto the floe", "6dabe252", "word-form"),
    # "The first head, Miss Edna Threlfall, wrote in the log book" ¶25–30 (wrote → writes, irregular; seeds/ has
    # "writes", the new documents do not)
    Query("Miss Edna Threlfall writes in the log book", "cac832f6", "word-form"),
    # "three generations of Tapsells have sold nails by the pound" ¶18–24 (sold → selling, irregular)
    Query("Tapsell's selling nails by the pound", "d629da7c", "word-form"),
    # "наши юниоры впервые выступили на областных соревнованиях по копийным моделям" ¶16–19 (выступили →
    # выступают)
    Query("юниоры выступают на областных соревнованиях", "64a8f574", "word-form"),
    # "el día 5 por fin bajé la escalera y viajé hasta Plaza Miserere sin ver el sol" ¶13–15 (bajé → baja, viajé
    # → viaja); Anselmo ¶11/16
    Query("Anselmo baja la escalera y viaja hasta Plaza Miserere", "521a8137", "word-form"),
    # "Wharlton's own speed skater, Ivy Trelawney, nineteen, flew out to Canada on Wednesday the 10th with the
    # British squad" ¶9–10 (flew → flies, irregular)
    Query("speed skater flies out to Canada with the British squad", "cbb08450", "word-form"),
    # Another script or romanisation
    # "Helen Sharman's launch" ¶8 in Cyrillic; the 2016 cutting names her too ("their predecessors cheered Helen
    # Sharman", ¶30)
    Query("Хелен Шарман", "41237754", "translit", also=("ea10bfb7",)),
    Query("蒂姆·皮克", "ea10bfb7", "translit"),  # "Major Tim Peake" ¶31 in Chinese characters
    Query("Шеклтон «Эндьюранс»", "6dabe252", "translit"),  # "a 1:48 model of Shackleton's Endurance" ¶7 in Cyrillic
    Query("Генри Вуд", "814c0f7b", "translit"),  # "since Henry Wood raised his baton" ¶7 in Cyrillic
    # "Edward Jenner, scratched matter … into the arm of James Phipps" ¶5–7 in Chinese characters
    Query("爱德华·詹纳 詹姆斯·菲普斯", "5fd73046", "translit"),
    # "Руководитель клуба Геннадий Петрович Сомов" ¶11 and "г. Белоярцево" ¶2 in Latin letters
    Query("Gennady Somov Beloyartsevo", "64a8f574", "translit"),
    Query("Yang Deshun", "92df2c8e", "translit"),  # 退休钳工杨德顺 ¶9 (also ¶18) in pinyin
    # accents dropped: "BOLETÍN DE LA PEÑA FERROVIARIA «EL FURGÓN»" ¶1
    Query("Pena Ferroviaria El Furgon", "521a8137", "translit"),
    Query("Бренда Холлис", "5525598b", "translit"),  # "email the editor, Brenda Hollis" ¶35 in Cyrillic
    # Russian
    # "первого полёта самого большого самолёта в мире — Ан-225 «Мрия»" ¶6–7 (the query's nominative forms are not
    # in the text; its words are)
    Query("самый большой самолёт в мире Ан-225", "64a8f574", "russian"),
    # "клуб начал строить большую модель «Мрии» в масштабе 1:72" ¶17–18
    Query("модель «Мрии» в масштабе 1:72", "64a8f574", "russian"),
    # "первенство области по кордовым моделям пройдёт 12 января" ¶25–27
    Query("первенство области по кордовым моделям", "64a8f574", "russian"),
    # Spanish
    # "la carta que su abuelo Anselmo, tornero de Villa Olmedo, escribió a su madre" ¶10–11
    Query("la carta que su abuelo Anselmo escribió a su madre", "521a8137", "spanish"),
    # "el traqueteo de los viejos coches de madera, que hoy ya no circulan" ¶19–21
    Query("el traqueteo de los viejos coches de madera", "521a8137", "spanish"),
    # "la inauguración del subterráneo de Buenos Aires, el primero de América Latina" ¶6–8
    Query("el subterráneo de Buenos Aires, el primero de América Latina", "521a8137", "spanish"),
    # Chinese
    Query("松基三井 喷出工业油流", "92df2c8e", "chinese"),  # 1959年9月26日，松基三井喷出工业油流 ¶6
    # 仅存的几位"老会战"之一 ¶9; 随第一批支援队伍北上 ¶10
    Query("老会战 支援队伍 北上", "92df2c8e", "chinese"),
    # 他在当年4月5日的日记里写道："天还没亮就出工，钻台上的冰有一寸厚。" ¶11
    Query("钻台上的冰有一寸厚", "92df2c8e", "chinese"),
    # Mentions and zero-width spaces
    # "Tapsell & Sons, the Market Hill ironmongers" ¶18; "the famous wall of four hundred tiny drawers" ¶22–23
    Query("<@4412> Tapsell & Sons\u200b four hundred tiny drawers", "d629da7c", "mention-noise"),
    # "MERRIVALE STRAND SEASHORE FORAGING WALKS" ¶1; "then seaweed broth on the beach stove" ¶11–12
    Query("@everyone Merrivale Strand\u200b seaweed broth", "9c30c808", "mention-noise"),
    # "compiled by Reg Hebden" ¶3 (also ¶25); "Pratt's drapery had sold out of black crape" ¶8
    Query("<#777> Reg Hebden\u200b black crape", "83957868", "mention-noise"),
    # Typos
    # "CULMSTEAD LIDO KEEPS ITS GATES OPEN" ¶1; the 1993 cutting tells of the same lido's opening ("Culmstead's new
    # open-air pool", dcc66129 ¶21–25)
    Query("Culmsted Lido", "4c971969", "typo", also=("dcc66129",)),
    # "PENDROSSICK REMEMBERS ITS WORLD CUP PILGRIM" ¶4; "will unveil a bronze plaque" ¶7–8
    Query("Pendrossik World Cup plaque", "70df74ef", "typo"),
    # "BERROWCOMBE MEDICAL HISTORY SOCIETY" ¶1 (1 edit, and a swap)
    Query("Berrowcomb Medical Histroy Society", "5fd73046", "typo"),
    # Names
    Query("Alison Verity", "cac832f6", "name"),  # "Mrs Alison Verity, Headteacher" ¶36
    Query("Jenna Rowe", "70df74ef", "name"),  # "unveiled by the Mayor, Cllr Jenna Rowe" ¶21
    # Phrases
    Query("the sort of coincidence no novelist would dare to use", "6dabe252", "phrase"),  # ¶10–12
    # "the club asks supporters to bring spades if the pitch is frozen" ¶20–22
    Query("bring spades if the pitch is frozen", "83957868", "phrase"),
    Query("Hall as hot as an oven", "814c0f7b", "phrase"),  # Lavinia Scholes's diary, ¶12–13
    # Questions
    # "He married June Ashby at St Aldate's on 2 April 1955" ¶12–13
    Query("when did Norman Gedling marry June Ashby?", "b7903ac8", "question"),
    # "the bill had been met by the town council and by a public appeal that raised £38,000" ¶21–22
    Query("how much did the public appeal for the Culmstead lido raise?", "4c971969", "question"),
    # "Gorsemoor Primary first opened its doors on 9 January 1956, with sixty-one pupils and two teachers" ¶25–26
    Query("how many pupils did Gorsemoor Primary open with?", "cac832f6", "question"),
    # "to show her at the Harwood Model Club's summer show on 25 and 26 June" ¶27–29
    Query("when is the Harwood Model Club's summer show?", "6dabe252", "question"),
    # Topics
    # "More than ninety homes in Low Town were flooded … volunteers are still needed to fill sandbags" ¶33–36
    Query("Low Town flooded homes sandbags", "16f46cb2", "topic"),
    # "Culmstead's new open-air pool opened its gates … after a ten-year campaign by the Culmstead Swimming Club"
    # ¶21–24; the thirtieth-summer article tells of the same opening day (4c971969 ¶4–17)
    Query("Culmstead new open-air pool ten-year campaign swimming club", "dcc66129", "topic", also=("4c971969",)),
    # "The school's space week runs from 27 June to 1 July, and Year 6 will send their questions to the UK Space
    # Agency" ¶34–35
    Query("UK Space Agency questions space week", "ea10bfb7", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Ivy flew out for the Games and her first race is on 20 February (cbb08450 ¶9–13); no result
    "how many medals did Ivy Trelawney win at Calgary?",
    # "Lavinia married a Ketterby organist" (814c0f7b ¶17); he is not named
    "what was the name of the Ketterby organist Lavinia married?",
    # "Three generations of swimmers queued at the turnstiles" (4c971969 ¶4–6); the counts are of the first days
    # thirty years before (¶14–16, dcc66129 ¶22–23), none of the birthday
    "how many swimmers came to Culmstead Lido on its thirtieth birthday?",
    # "on 24 and 25 June with a swimming gala" (4c971969 ¶25); "a gala later in the month" (dcc66129 ¶25); no time
    "what time does the Culmstead swimming gala start?",
    "in what year was Walter Penhale born?",  # "Walter, who died in 1998" (70df74ef ¶11); no birth, no age
    # the Thames Barrier at Woolwich (b7903ac8 ¶4–9); no cost ("the bill" of 4c971969 ¶21 is the lido's repairs)
    "what was the total bill for building the barrier at Woolwich?",
    # "the foreman stood us all a pint" (b7903ac8 ¶19–20); he is not named
    "what was the Woolwich foreman's name?",
    "when did Edward Jenner die?",  # 5fd73046 ¶5–8: 1796 only
    # "Ordered, that the poor children of this parish be vaccinated gratis" (5fd73046 ¶10–13); no count
    "how many children were vaccinated in Berrowcombe in 1800?",
    # "the wreck had been found four days earlier … in the Weddell Sea" (6dabe252 ¶8–10); no finder named
    "which expedition discovered the Endurance in the Weddell Sea?",
    # "the trip to Hollins Outdoor Centre … The final payment is due" (cac832f6 ¶32–33); no sum
    "what does the trip to Hollins Outdoor Centre cost?",
    # "The fittings … will be auctioned on 8 January, and the town museum hopes to buy the counter" (d629da7c
    # ¶22–24); the sale is still to come
    "what did Tapsell's counter fetch at auction?",
    # the 2016 cutting (ea10bfb7) names no headteacher; Mr Colin Ashworth is the 1991 one (41237754 ¶10)
    "who was headteacher of Larkwell Junior in 2016?",
    # Ivy Trelawney is Wharlton's skater (cbb08450); the lido is Culmstead's (4c971969, dcc66129)
    "Ivy Trelawney Culmstead lido",
    # Maud Penrose is the lido's first swimmer (4c971969 ¶8–11); the Festival of Britain is Fallowmere's works
    # band's (83957868 ¶16–17)
    "Maud Penrose Festival of Britain",
    # Brenda Hollis edits the Mirefold newsletter (5525598b ¶35), whose exhibition is at the Corn Hall (¶24); the
    # Corn Exchange is Ketterby's (814c0f7b ¶24)
    "Brenda Hollis Corn Exchange",
    # Colin Ashworth is the 1991 cutting's headteacher (41237754 ¶10); Tim Peake is the 2016 cutting's (ea10bfb7)
    "Colin Ashworth Tim Peake",
    # Reg Hebden compiles the Fallowmere column (83957868 ¶3/25); the Thames Barrier is Norman Gedling's (b7903ac8)
    "Reg Hebden Thames Barrier",
    # Gravesend is 3 edits from Gravesby, whose steel erector's ashes go from "the riverside walk beside the
    # barrier" (b7903ac8 ¶33–35)
    "Gravesend riverside walk",
    # Kettering is 3 edits from Ketterby, whose Orchestral Society plays on the Market Square (814c0f7b ¶4)
    "Kettering orchestral society",
    # Mirfield is 3 edits from Mirefold, whose spring exhibition returns to the Corn Hall (5525598b ¶24)
    "Mirfield spring exhibition",
    # "а вечером мастер принёс газету с фотографией" (64a8f574 ¶14); the master is not named
    "кто был мастер, который принёс газету с фотографией?",
    "сколько членов в клубе «Стриж»?",  # "каждого нашего кружковца" (64a8f574 ¶9); no count anywhere
    "когда «Мрия» совершила последний полёт?",  # 64a8f574 has the first flight only (¶6–8)
    # "saldrá un micro hacia Buenos Aires a las seis" (521a8137 ¶25); no fare
    "¿cuánto cuesta el micro a Buenos Aires?",
    # "La comisión directiva desea a todos los socios" (521a8137 ¶32); no president named (Evaristo Lamadrid is
    # "nuestro socio más antiguo", ¶10)
    "¿cómo se llama el presidente de la comisión directiva?",
    "杨德顺 徒弟 名字",  # 带出的徒弟有四十多人 (92df2c8e ¶15): a number, no names
    "厂史馆 投资 多少",  # 厂史馆工程去年12月8日正式开工 (92df2c8e ¶24–25): dates only, no sum
    "how many people live in Low Town?",  # "More than ninety homes in Low Town were flooded" (16f46cb2 ¶33–34)
    # "Closing date for the set-subject competition, 'Water'" and "Set-subject results" on 1 April (5525598b ¶16,
    # ¶19): still to come
    "who won the Mirefold set-subject competition Water?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind79/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
