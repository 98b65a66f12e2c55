"""A seventy-second lookup query set, for tuning ranking (written in the thirty-sixth session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind71.py and tests/queries_blind73.py, the last
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped
  and ё read as е, Chinese by character pairs, a few stop words, Discord/Telegram mentions and
  zero-width characters left out) with every one of the 9,319 earlier queries, and with the earlier
  queries of this set, while the set was being written; a query sharing more than half of its words
  with any one of them was replaced. The seeds have been queried so often that most first drafts failed
  the check (nearly every pair of names in one seed article has been asked before): the seed queries here
  join names or passages of one article that no earlier query joined, use the rarer words of a passage,
  write names in full in another script, or ask in longer words.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind84/docs, copied as ONE
  corpus into a subfolder blind84/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 7 (the words of the query are in
one article but no single paragraph, title line included, holds them all), word-form 5 + 7 (another
inflection or derivation than the text uses, irregular forms too, in English, Russian and Spanish),
translit 5 + 10 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and Chinese names,
pinyin without tones, accents dropped), russian 2 + 3 (over the seeds, names in Cyrillic), spanish 2 + 3,
chinese 2 + 3 (over the seeds, names in Chinese characters), mention-noise 2 + 3 (Discord/Telegram mentions
and zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word), name 3 + 3, phrase 2 + 4,
question 3 + 6, topic 3 + 3: 37 + 55 answerable, and 22 + 35 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds joined to
a subject it never connects with that name (a subject of another article, or a place or theatre the corpus
never names); a question in the corpus's own words about something it does not say (who played a part,
directed a film, drove a train or a van, founded a society or bought a cinema; when someone became president of
a senate or retired, when two women met, on what date a delegate came home; how many pupils, students or
soldiers; what time a ceremony, a firing or a webinar starts or ends, and a winning time; what a railway, a
swimming bath, a multiplex, a television set or a ticket cost; which hotel; what a father, a wife, a dog or a
factory manager were called, what a grandson did for a living); a place
the corpus does not hold but spelled close to one it does (two or more edits from a place in it: Tianshui,
Yangon, Brigmouth, Tidworth, Ketley, Hallenbeck, Valdepeñas, Лебедянь); Russian, Spanish and Chinese ones.
Each shares one or more words with its corpus on purpose (in another script for some of the seeds' ones),
and every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new corpus was
read in full first, and all of seeds/ was read through again. Each query was written from a passage of its
article, and every word of it (and a stem of it, for the other forms) was matched over the whole corpus, case-
and accent-insensitively (ё as е), by a throwaway script that listed every article and line holding it; those
lines were read to decide which article a reader wants first (`best`) and which others are fair answers too
(`also`). For cross-paragraph queries the same script checked that no paragraph holds all of the query's
words: in seeds/000–003 each line, as in the earlier sets; in seeds/004 each line and each blank-line block,
title line included; in the new documents, which have no blank lines and put one sentence or paragraph on a
line, each line. For word-form queries it checked that the form the query uses is not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind84/docs/* into ONE temporary
# corpus folder under the subfolder blind84/: files are then "blind84/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind84/docs",)
NEWDOCS_SUBDIRS = ("blind84",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "f26cc5a9": "Behind the Sofa — a blog by Gareth Mallender",
    "666ce3ef": "THE BRIGMARSH COURIER",
    "fd46d0df": "THE BRYNCOED CHRONICLE",
    "7dcda7d7": "HALLENPILL HARBOUR TRUST",
    "9141ddca": "HARDINGSTOKE BOROUGH COUNCIL",
    # en_ilverstone_messenger_digest.txt, split by the loader: the header (¶1–2), the Picture House (¶4–6), the
    # Lumière centenary (¶9–12), the multiplex (¶15–19); the datelines (¶3, ¶8, ¶14) and the "* * *" rules (¶7,
    # ¶13) belong to none of them
    "9dcb754f": "ILVERSTONE MESSENGER — CUTTINGS DIGEST",
    "e3c19299": "LAST REEL FOR THE PICTURE HOUSE",
    "8571f83a": "A CENTURY OF PICTURES",
    "66150099": "SIX SCREENS FOR ILVERSTONE",
    # en_ketlow_herald_beach_huts_digest.txt, split by the loader: the header (¶1–2), the 1981 threat (¶4–7), the
    # leap-day dip (¶10–13), the 2021 summer (¶16–19); the datelines (¶3, ¶9, ¶15) and the "~ ~ ~" rules (¶8,
    # ¶14) belong to none of them
    "8469dc53": "KETLOW HERALD — DIGEST",
    "23b31907": "BEACH HUTS MAY GO",
    "1d0ad5fa": "LEAP-DAY DIP",
    "1f54883c": "BEST SUMMER IN YEARS ON THE NORTH SANDS",
    "d4593e42": "LARKSPUR POTTERY",
    "939150da": "THE MARSHGRAVE REACH ADVERTISER",
    "83a514f8": "OBITUARY",
    "e963f13e": "THISTLEGARTH JUNIOR SCHOOL",
    "21cb5956": "TIDWELL FEN SKATING ASSOCIATION",
    "fdaf4700": "EL ECO DEL TAJO",
    "cd5ccfbd": "ЛЕБЯЖИНСКИЙ ВЕСТНИК",
    "08f2d9be": "望川镇文化站举办“荧屏六十年”展览",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "even from the occasional Conservative MP" ¶523; "the first to issue a pamphlet for China" ¶525; "the
    # Levellers took a stand for Irish independence" ¶517
    Query("Conservative MP pamphlet for China Irish independence", "ac7222d4", "cross-paragraph"),
    # "Radhika Desai (International Manifesto Group), Moderator" ¶369; "China suffered over 35 million casualties"
    # ¶357; "our commemoration of VE or Victory in Europe Day" ¶359
    Query("Radhika Desai 35 million casualties VE Day", "d89fdf72", "cross-paragraph"),
    # "although Hungary and Bulgaria also sent senior representatives" ¶21; "“five-star ironclad” friendship" ¶7;
    # "green industries, e-commerce and digital payments" ¶27
    Query("Hungary Bulgaria five-star ironclad e-commerce digital payments", "faecd2e1", "cross-paragraph"),
    # "China's Consulate-General in the Scottish capital Edinburgh" ¶273 (and ¶277); "to demilitarise the
    # country" ¶279; "Known as the 'Flying Scotsman'" ¶285
    Query("Consulate-General demilitarise Flying Scotsman", "7ab1f62c", "cross-paragraph"),
    # "Freedom Road Socialist Organization Central Committee member Sydney Loving's interview in FightBack News"
    # ¶297; "un sistema de platos hondos y frijoles" ¶315 (6710eba1 ¶547 has Freedom Road, not the rest)
    Query("Freedom Road FightBack News platos hondos", "dde32893", "cross-paragraph"),
    # Word forms: the text has another form
    # "the communist forces concluded the Long March" ¶557 (concluded → concluding); Yan'an ¶557 (dde32893 ¶315
    # tells of the Marcha Larga in Spanish only)
    Query("communist forces concluding the Long March in Yan’an", "6710eba1", "word-form"),
    # "los aeropuertos donde solo te paras frente a una cámara" ¶329 (paras → paré, aeropuertos → aeropuerto)
    Query("me paré frente a una cámara en el aeropuerto", "dde32893", "word-form"),
    # "From Caracas, we gift the Chinese people and President Xi Jinping this monument" ¶35 and ¶55 (gift →
    # gifting); "the Venezuelan president" ¶55
    Query("Venezuelan president gifting the monument to the Chinese people", "f78fdcd6", "word-form"),
    # Mnangagwa: "Zimbabwe … will unwaveringly adhere to the one-China principle" ¶11 (adhere → adhering)
    Query("Zimbabwe unwaveringly adhering to the one-China principle", "faecd2e1", "word-form"),
    # "Comrade Thongloun expressed sincere gratitude for the invaluable support extended by Cuba" ¶165 (expressed
    # → expressing)
    Query("Thongloun expressing gratitude for Cuba's invaluable support", "20f574be", "word-form"),
    # Another script or romanisation
    # "Chairman of the National Assembly of Vietnam Tran Thanh Man" ¶65; "Deputy Minister of National Defence
    # Sen. Lt. Gen. Hoang Xuan Chien" ¶77, in Cyrillic
    Query("Чан Тхань Ман и Хоанг Суан Тьен", "362ba691", "translit"),
    # "Mongolian President Khurelsukh Ukhnaa" ¶187 (and ¶197–199) with "Russian President Vladimir Putin" ¶187, in
    # Cyrillic (Putin is in many articles, Khurelsukh only here)
    Query("Хурэлсух Ухнаа и Владимир Путин", "c061f0a1", "translit"),
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "Vladimir Vladimirovich
    # Yakushev" ¶158, in Chinese characters
    Query("伊戈尔·谢尔盖延科 弗拉基米尔·亚库舍夫", "20f574be", "translit"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "starring Jonathan Rhys Meyers as Hogg" ¶491, in Chinese
    # characters
    Query("乔纳森·莱斯·梅耶斯 詹姆斯·麦克马纳斯", "ac7222d4", "translit"),
    # accents dropped: "Hay un gran énfasis en la modernización ecológica" ¶337
    Query("gran enfasis en la modernizacion ecologica", "dde32893", "translit"),
    # Russian (names written in Cyrillic)
    # "Iranian President Masoud Pezeshkian", "Crown Prince of Abu Dhabi Khaled bin Mohamed" ¶451
    Query("Масуд Пезешкиан и Халед бин Мохаммед", "e065690c", "russian"),
    # "Zimbabwean President Emmerson Mnangagwa" ¶5 (and ¶11)
    Query("президент Зимбабве Эммерсон Мнангагва", "faecd2e1", "russian"),
    # Spanish
    # "tenían un sistema de platos hondos y frijoles para las personas que no podían leer para votar" ¶315
    Query("tenían un sistema para las personas que no podían leer", "dde32893", "spanish"),
    # "Antes de la revolución en 1949, China fue totalmente devastada por el imperialismo y la ocupación
    # extranjera" ¶313
    Query("China fue totalmente devastada por el imperialismo y la ocupación extranjera", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Vice President Delcy Rodríguez and Defence Minister Vladimir Padrino" ¶33 (and ¶53)
    Query("德尔西·罗德里格斯 弗拉基米尔·帕德里诺", "f78fdcd6", "chinese"),
    # "Foreign Minister Subrahmanyam Jaishankar, with the absence of Prime Minister Narendra Modi" ¶451
    Query("苏布拉马尼亚姆·苏杰生 纳伦德拉·莫迪", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # the speakers: "Chen Weihua (Former EU bureau chief of China Daily)" ¶364; "Jodie Evans (Co-founder of Code
    # Pink)" ¶365
    Query("<@55> former EU bureau chief\u200b Jodie Evans\u200b Code Pink", "d89fdf72", "mention-noise"),
    # "hosted the 25th Meeting of the Council of Heads of State of the Shanghai Cooperation Organisation (SCO)
    # followed by the Shanghai Cooperation Organisation Plus meeting" ¶425
    Query("<#9> Shanghai Cooperation Organisation Plus\u200b 25th Meeting", "9e49ddff", "mention-noise"),
    # Typos (1–2 edits)
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker, whose expertise in radio engineering" ¶501
    Query("Lindsey of Birkar radio enginering", "ac7222d4", "typo"),
    # "Mongolian President Khurelsukh Ukhnaa" ¶187; "friendly neighbours connected by mountains and rivers" ¶197
    Query("Ukhnna Khurelsuk mountains and rivers", "c061f0a1", "typo"),
    # "King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk" ¶235; "at Zhongnanhai" ¶237
    Query("Sihamoni Monineth Zhongnanhay", "5a5d8582", "typo"),
    # Names
    # "George Hogg" ¶477–499; "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501
    Query("George Hogg Michael Lindsay", "ac7222d4", "name"),
    # the Hanoi guests: "Samdech Techo Hun Sen" ¶154; "Miguel Díaz-Canel Bermúdez" ¶155 (Díaz-Canel is also in
    # d807680a ¶85–89, without Hun Sen)
    Query("Samdech Techo Hun Sen Miguel Díaz-Canel Bermúdez", "20f574be", "name"),
    # "South African President Cyril Ramaphosa" ¶451 (and ¶467); "Foreign Minister Subrahmanyam Jaishankar" ¶451
    Query("Cyril Ramaphosa Subrahmanyam Jaishankar", "e065690c", "name"),
    # Phrases
    # "the Cuban people persevere on the path of socialism and continuously explore a development model" ¶99
    Query("persevere on the path of socialism and continuously explore a development model", "d807680a", "phrase"),
    # "irrefutable evidence of the atrocities committed by the Axis powers" line 39
    Query("irrefutable evidence of the atrocities committed by the Axis powers", "b39d8185", "phrase"),
    # Questions
    # "Around 400 military personnel from the armed forces of China, Russia, Laos, and Cambodia took part in the
    # military parade" ¶77 (20f574be ¶145 has only the Lao soldiers in the parade)
    Query("which country's army took part in the Hanoi parade alongside Laos and Cambodia?", "362ba691", "question"),
    # "The ironclad Pakistan-China friendship has taken root in the hearts of the over 200 million Pakistani
    # people" ¶213
    Query("how many Pakistani people has the ironclad friendship taken root among?", "3a9fa4ed", "question"),
    # "Xi Jinping extended congratulations on the (October 10) 80th anniversary of the founding of the WPK" ¶227;
    # "Workers' Party of Korea (WPK)" ¶223
    Query("when is the 80th anniversary of the founding of the Workers' Party of Korea?", "eca32116", "question"),
    # Topics
    # "During WWII, Hollywood film makers produced dozens of films based on that conflict. Many were worthy
    # attempts … and a few are anti-fascist classics" ¶125
    Query("Hollywood film makers dozens of films anti-fascist classics", "ccf1d4fa", "topic"),
    # "Mongolia highly commends China's commitment to the principle of amity, sincerity, mutual benefit and
    # inclusiveness in pursuing its neighbourhood diplomacy" ¶199
    Query("Mongolia neighbourhood diplomacy amity sincerity mutual benefit inclusiveness", "c061f0a1", "topic"),
    # "Cambodia … is ready to carry forward the long-standing friendly relations … build an all-weather
    # Cambodia-China community" ¶241 (and ¶247)
    Query("Cambodia all-weather community carrying forward long-standing friendly relations", "5a5d8582", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Robert Fico met Xi in Beijing (faecd2e1 ¶13–21); the Hanoi parade is 362ba691's (¶73–77) and 20f574be's
    # (¶143–145), and Fico is in neither
    "Robert Fico Hanoi parade",
    # "a strong family background in pacifism" (ac7222d4 ¶493); no parent is named
    "what was the name of George Hogg's father?",
    # Pashinyan met Xi in Tianjin (0e5d6094 ¶257–259); the Beijing parade (38a7d84f ¶377, eca32116 ¶219) never
    # names him
    "Никол Пашинян на параде в Пекине",
    # Wang Yi greeted Kim Jong Un in Beijing (eca32116 ¶221); Caracas is the monument's (f78fdcd6)
    "Ван И в Каракасе",
    # Kim Jong Un in Beijing, September 2–4 (eca32116 ¶219–223); "hotel" only in dde32893 (¶323, ¶329)
    "in which hotel did the North Korean leader's delegation lodge?",
    # "the perhaps overly fictionalised feature film, 'The Children of Huang Shi'" (ac7222d4 ¶491): stars, no
    # director
    "name the director of the 2008 feature film The Children of Huang Shi",
    # Tianshui is 4 edits from Tianjin; the one railway station is Beijing's (eca32116 ¶221)
    "Tianshui railway station welcome ceremony",
    # Zimbabwe (faecd2e1 ¶5–11): relations, trade, mining; no students
    "how many Chinese students study in Zimbabwe?",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); Bethune is 7ab1f62c's (¶275); nobody wrote a biography
    # of him (the one biography is MacManus's of Hogg, ac7222d4 ¶489)
    "Chen Weihua biography of Norman Bethune",
    # "the valiant Scottish soldiers who fought side by side with the Chinese Expeditionary Force on the Burmese
    # battlefield" (7ab1f62c ¶275); no count
    "how many Scottish soldiers fought on the Burmese battlefield?",
    # Claudia Jones (ccf1d4fa ¶123) and Anna May Wong (¶109–119) are never said to have met
    "when did Claudia Jones meet Anna May Wong?",
    "敏昂莱 夫人 名字",  # Min Aung Hlaing (26d64f12 ¶405, ¶415–419) in Chinese characters; no wife
    # Lula chaired the virtual BRICS summit (e065690c ¶451); Tianjin is the SCO's (9e49ddff) and Xi's meetings'
    "卢拉 到访 天津 会见",
    # Yangon is 2 edits from Yan'an, the revolutionary base where the Long March ended (6710eba1 ¶535, ¶557;
    # dde32893 ¶315); Yangon is not in the corpus
    "Yangon revolutionary base Long March",
    # Lev Abramov, the veteran (054ef6fb ¶14); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Lev Abramov Minyuan Stadium",
    # Twm Draper wrote the delegation's report (6710eba1 ¶533); the Caracas monument is f78fdcd6's
    "Twm Draper Caracas monument",
    # Ken Hammond, webinar speaker (d89fdf72 ¶363); Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "Ken Hammond Buckingham Palace",
    # "the operation of the China-Laos Railway" (20f574be ¶139, ¶179); no cost
    "how much did the China-Laos Railway cost to build?",
    # "Samdech Techo Hun Sen, President of the Cambodian People's Party and President of the Senate of Cambodia"
    # (20f574be ¶154); no date
    "when did Hun Sen become President of the Senate of Cambodia?",
    # "Sunday 21 September 2025, 4pm Britain, 11am US Eastern, 8am US Pacific" (d89fdf72 ¶351): a start, no end
    "what time does the Sunday webinar end?",
    # "una fábrica de Lenovo donde mostraron cómo colaboran con el sistema escolar" (dde32893 ¶339); no one named
    "¿cómo se llama el gerente de la fábrica de Lenovo que visitaron en Shanghái?",
    # "que recientemente regresó de una visita de diez días" (dde32893 ¶301); no date
    "¿en qué fecha exacta regresó Sydney Loving a Estados Unidos?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "in green biro, in a Letts schoolboy diary" ¶5; "a toy Dalek at Woolworths" ¶8; "in the Methodist hall" ¶12
    Query("Letts schoolboy diary toy Dalek Woolworths Methodist hall", "f26cc5a9", "cross-paragraph"),
    # "the water board lifted the hosepipe ban" ¶5; "Fire broke out at Tamsett's ropewalk" ¶11; "the colossal
    # statue of Liberty in New York harbour" ¶14
    Query("hosepipe ban Tamsett's ropewalk statue of Liberty", "666ce3ef", "cross-paragraph"),
    # "He is buried at Capel Bethania" ¶11; "a small brass plate" ¶12 (and ¶18); "a mail coach lent by a museum in
    # Shrewsbury" ¶16
    Query("Capel Bethania brass plate Shrewsbury mail coach", "fd46d0df", "cross-paragraph"),
    # "Ivy Colbourne, 70" ¶7; "a letter her aunt wrote from Pimlico" ¶10; "with the steam pump running" ¶15;
    # "Our photographer, Ron Pettifer" ¶12
    Query("Ivy Colbourne Pimlico steam pump Ron Pettifer", "939150da", "cross-paragraph"),
    # "a shopfitter with Gillard & Sons" ¶5; "He carved the gallopers" ¶12; "with the Skylon" ¶14
    Query("Gillard & Sons Skylon gallopers", "83a514f8", "cross-paragraph"),
    # "Вера Тихоновна Гурьева" ¶6; "Дворца культуры «Металлург»" ¶10; "Зимние гастроли школы" ¶15
    Query("Гурьева зимние гастроли Металлург", "cd5ccfbd", "cross-paragraph"),
    # 周德明 ¶5–7, ¶12, ¶16; "公社买回一台十二英寸黑白电视机" ¶7; "“电视与春节”摄影展" ¶15
    Query("周德明 十二英寸黑白电视机 电视与春节", "08f2d9be", "cross-paragraph"),
    # Word forms
    # "Manager Cyril Abbotsley said … the projectors would be offered to the town museum" ¶6 (offered → offering);
    # the multiplex cutting tells where the projector went: "kept by the museum since the cinema closed" (66150099
    # ¶17)
    Query("Cyril Abbotsley offering the projectors to the town museum", "e3c19299", "word-form", also=("66150099",)),
    # "The washes below Tidwell Bank flooded well before Christmas but never froze" ¶4 (flooded → flooding, froze →
    # freezing, irregular)
    Query("Tidwell Bank washes flooding but never freezing", "21cb5956", "word-form"),
    # "He carved the gallopers for the Fretherby Feast roundabout, and repainted them himself" ¶12 (carved →
    # carving, repainted → repainting)
    Query("Stan carving and repainting the gallopers for the Fretherby Feast", "83a514f8", "word-form"),
    # "Brunel's iron steamship Great Britain was floated out of her dock in Bristol" ¶4 (floated → floating)
    Query("Great Britain floating out of her dock in Bristol", "7dcda7d7", "word-form"),
    # "el perro del alcalde corrió detrás de la máquina" ¶6 (corrió → corre)
    Query("el perro del alcalde corre detrás de la máquina", "fdaf4700", "word-form"),
    # "ученики сами сшили двенадцать новых пачек" ¶16 (сшили → шьют, новых пачек → новые пачки)
    Query("ученики сами шьют новые пачки", "cd5ccfbd", "word-form"),
    # "Twenty-three members of the North Sands Winter Bathers took a leap-day dip off the huts" ¶11 (took →
    # taking, irregular)
    Query("Winter Bathers taking a leap-day dip off the huts", "1d0ad5fa", "word-form"),
    # Another script or romanisation
    Query("Гарет Маллендер", "f26cc5a9", "translit"),  # "a blog by Gareth Mallender" ¶1, in Cyrillic
    Query("Эдна Парфитт", "666ce3ef", "translit"),  # "Compiled by Edna Parfitt" ¶20, in Cyrillic
    # "Talk: “Brunel's iron giant”, by Dr Peter Amory" ¶12, in Chinese characters
    Query("彼得·艾默里", "7dcda7d7", "translit"),
    # "Thomas Telford's suspension bridge over the Menai Strait" ¶4 in Chinese characters
    Query("托马斯·特尔福德", "fd46d0df", "translit"),
    # "Вера Тихоновна Гурьева" ¶6 (Вера Тихоновна ¶9, ¶17) in Latin letters
    Query("Vera Tikhonovna Guryeva", "cd5ccfbd", "translit"),
    # 文化站站长何丽萍 ¶14 (何丽萍 ¶18), 望川镇文化站 ¶1, in pinyin
    Query("He Liping Wangchuan wenhuazhan", "08f2d9be", "translit"),
    # accents dropped: "el jefe de estación, Julián Cobeña" ¶9
    Query("Julian Cobena", "fdaf4700", "translit"),
    # "since Auguste and Louis Lumière first showed films to a paying audience" ¶10, in Cyrillic
    Query("Огюст и Луи Люмьер", "8571f83a", "translit"),
    Query("Прия Лакхани", "66150099", "translit"),  # "Manager Priya Lakhani said" ¶19, in Cyrillic
    # "Bob Tennick, chairman of the Winter Bathers for twenty-five years" ¶19, in Cyrillic
    Query("Боб Тенник", "1f54883c", "translit"),
    # Russian
    # "Лебяжинская хореографическая школа проводит неделю балета с 4 по 10 марта" ¶5
    Query("хореографическая школа проводит неделю балета", "cd5ccfbd", "russian"),
    Query(
        "открытый урок для родителей и гостей", "cd5ccfbd", "russian"
    ),  # "— открытый урок для родителей и гостей" ¶12
    # "Её ученицы танцуют сегодня в Перми, Новосибирске и Санкт-Петербурге" ¶9
    Query("ученицы танцуют сегодня в Перми, Новосибирске и Санкт-Петербурге", "cd5ccfbd", "russian"),
    # Spanish
    # "un tren histórico de vapor hará el viaje de Madrid a Aranjuez con parada en Valdetajo" ¶12
    Query("tren histórico de vapor con parada en Valdetajo", "fdaf4700", "spanish"),
    Query(
        "muestra de trenes de juguete", "fdaf4700", "spanish"
    ),  # "el museo prepara una muestra de trenes de juguete" ¶15
    # "La conferencia de clausura, a cargo del historiador Ramón Esteve, será el jueves 15 en el casino" ¶13
    Query("la conferencia de clausura en el casino", "fdaf4700", "spanish"),
    # Chinese
    Query("老电视修理讲座", "08f2d9be", "chinese"),  # 文化站还将于7月28日和29日举办老电视修理讲座 ¶13
    Query("第一台电视机的故事", "08f2d9be", "chinese"),  # 周德明将在展厅给孩子们讲“第一台电视机的故事” ¶12
    # 明年1月5日，第二期“老照片里的望川”征集活动将正式开始 ¶14
    Query("老照片里的望川 征集活动", "08f2d9be", "chinese"),
    # Mentions and zero-width spaces
    # "RAKU WEEKEND … dropped into sawdust" ¶6–7
    Query("<@881> Raku weekend\u200b sawdust", "d4593e42", "mention-noise"),
    # "a stall at the Fen Heritage Fair …, with the old bone skates from the museum" ¶14
    Query("@everyone Fen Heritage Fair\u200b bone skates", "21cb5956", "mention-noise"),
    # "A public meeting will be held at the Temperance Hall on Friday the 13th" ¶6
    Query("<#42> Temperance Hall\u200b public meeting", "23b31907", "mention-noise"),
    # Typos
    Query("Hallenpil Harbor Trust", "7dcda7d7", "typo"),  # "HALLENPILL HARBOUR TRUST" ¶1 (1 edit each)
    Query("Thistlegath Juniour School", "e963f13e", "typo"),  # "THISTLEGARTH JUNIOR SCHOOL" ¶1
    # "HARDINGSTOKE BOROUGH COUNCIL" ¶1; "the breathalyser came to Britain's roads" ¶5
    Query("Hardingstok breathaliser", "9141ddca", "typo"),
    # Names
    Query("Ernest Dunnage", "e963f13e", "name"),  # "the first log book, kept by Mr Ernest Dunnage" ¶14 (and ¶16)
    Query("Tomás Villegas", "fdaf4700", "name"),  # "el alcalde, don Tomás Villegas, escribió al Gobierno" ¶7
    # "A Hallenpill pilot, Josiah Vowles" ¶5; "The Vowles letter" ¶17 (666ce3ef's Josiah is Tamsett)
    Query("Josiah Vowles", "7dcda7d7", "name"),
    # Phrases
    Query("An old man and a police box that is bigger inside", "f26cc5a9", "phrase"),  # the diary entry, ¶6
    Query("fight for every plank", "23b31907", "phrase"),  # "Hut tenants say they will “fight for every plank”" ¶6
    Query("He wrote as if the bridge were his own", "fd46d0df", "phrase"),  # Mrs Lloyd, ¶19
    Query("the water has not got any warmer", "1f54883c", "phrase"),  # Bob Tennick, ¶19
    # Questions
    # "on 19 July, 127 years to the day after she was floated out, she was back in the dock where she was built" ¶7
    Query("when did the Great Britain come back to the dock where she was built?", "7dcda7d7", "question"),
    # "1,100 bathers went through the turnstiles in the first weekend" ¶8
    Query("how many bathers went through the turnstiles at the new Brigmarsh baths?", "666ce3ef", "question"),
    # "The new Regent multiplex on the old cattle market site opens on Friday 30 September" ¶16
    Query("when does the Regent multiplex in Ilverstone open?", "66150099", "question"),
    # "the huts and their timber walkway need £40,000 of repairs" ¶5
    Query("how much did the Ketlow beach huts need for repairs?", "23b31907", "question"),
    # "Last year's Christmas campaign … saw 214 drivers tested in the borough and 11 arrested" ¶12
    Query("how many drivers were tested in Hardingstoke's last Christmas campaign?", "9141ddca", "question"),
    # "Throwing demonstrations are held every afternoon at 3pm" ¶5
    Query("what time are the throwing demonstrations at Larkspur Pottery?", "d4593e42", "question"),
    # Topics
    # "Stanley Burrage: the Fretherby joiner who helped build the Festival" ¶2; "a contract for the Festival of
    # Britain on London's South Bank" ¶6
    Query("Festival of Britain South Bank joiner", "83a514f8", "topic"),
    # "the Queen formally opened the Thames Barrier at Woolwich on Tuesday 8 May 1984" ¶4
    Query("Thames Barrier opening at Woolwich", "939150da", "topic"),
    # "FORTY YEARS OF “BLOWING INTO THE BAG”" ¶4; "the council's road safety team" ¶6
    Query("forty years of the breathalyser road safety", "9141ddca", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Gareth Mallender writes the Doctor Who blog (f26cc5a9); the Thames Barrier is Marshgrave's (939150da)
    "Gareth Mallender Thames Barrier",
    # Ivy Colbourne, the flood survivor (939150da ¶7–18); the Festival of Britain is Stan Burrage's (83a514f8)
    "Ivy Colbourne Festival of Britain",
    # Josiah Vowles, the Hallenpill pilot (7dcda7d7 ¶5); the ropewalk fire is Tamsett's, whose Josiah is
    # another man (666ce3ef ¶11–12, ¶18)
    "Josiah Vowles ropewalk fire",
    # Margaret Oddie, Hardingstoke councillor (9141ddca ¶14); the swimming baths are Brigmarsh's (666ce3ef ¶8–9, ¶19)
    "Margaret Oddie swimming baths",
    # Hywel Pritchard kept a diary of the Menai bridge (fd46d0df); the steamship Great Britain is Hallenpill's
    # (7dcda7d7)
    "Hywel Pritchard Great Britain steamship",
    # Bob Tennick swims with the Ketlow Winter Bathers (1f54883c ¶19); the skating is Tidwell Fen's (21cb5956)
    "Bob Tennick Tidwell Fen skating",
    # Freda Mountjoy, Ilverstone Film Society secretary (8571f83a ¶12); Doctor Who is the blog's (f26cc5a9)
    "Freda Mountjoy Doctor Who",
    # PC Harold Benfield (9141ddca ¶8–10, ¶18); Channel 4 is in the Thistlegarth letter (e963f13e ¶6)
    "Harold Benfield Channel 4",
    # don Anselmo Ruiz, the Valdetajo schoolmaster (fdaf4700 ¶5); no suspension bridge in Spanish (Telford's is
    # fd46d0df's)
    "Anselmo Ruiz puente colgante",
    # Вера Тихоновна Гурьева founded the Lebyazhinsk school (cd5ccfbd ¶6–9, ¶17); the Mariinsky is never named
    "Вера Тихоновна Гурьева Мариинский театр",
    # the first episode (f26cc5a9 ¶4–7): "An old man and a police box"; no actor named
    "who played the Doctor in the first episode of Doctor Who?",
    # "the building had been sold to a supermarket chain" (e3c19299 ¶6); the chain is not named
    "which supermarket chain bought the Ilverstone Picture House?",
    # "the first test in the borough, on the driver of a furniture van in Market Street" (9141ddca ¶8); unnamed
    "who was the driver of the furniture van arrested in Market Street?",
    # "the Queen formally opened the Thames Barrier at Woolwich on Tuesday 8 May 1984" (939150da ¶4); the coach
    # left at 7.15am (¶6); no hour for the opening
    "what time did the Queen open the Thames Barrier?",
    # "lodging in Lambeth for five months" (83a514f8 ¶6); no hotel anywhere in the corpus
    "which hotel did Stan Burrage lodge at in Lambeth?",
    # the baths opened by Alderman Tolhope (666ce3ef ¶8), closing for repairs (¶19); no cost
    "how much money did Brigmarsh council spend building its swimming baths?",
    # "his grandson Emrys fixed a small brass plate to the Anglesey pier" (fd46d0df ¶12); no trade given
    "what did Emrys Pritchard do for a living?",
    # "212 children admitted" in January 1933 (e963f13e ¶15); today's roll is never given
    "how many children attend Thistlegarth Junior School now?",
    # "Tidwell won the men's 500 metres and lost everything else" (21cb5956 ¶8); no time
    "what was Tidwell's winning time in the men's 500 metres?",
    # the Regent multiplex (66150099 ¶16–19): dates and a festival; no cost
    "how much did the Ilverstone Regent multiplex cost to build?",
    # "Our raku firings will be on 14 and 15 June" (d4593e42 ¶7); the 3pm is the throwing demonstrations' (¶5)
    "what time does the raku firing start at Larkspur Pottery?",
    # "The newly formed Friends of the North Sands" (23b31907 ¶7); no founder named
    "who founded the Friends of the North Sands?",
    # "el perro del alcalde corrió detrás de la máquina" (fdaf4700 ¶6): the dog is not named
    "¿cómo se llamaba el perro del alcalde?",
    # "Los billetes se agotaron en tres horas" (fdaf4700 ¶12); no price
    "¿cuánto costaban los billetes del tren histórico de vapor?",
    # "para ver pasar el tren real" (fdaf4700 ¶5); no driver named
    "¿quién conducía el tren real en 1851?",
    # "Билеты на гала-концерт продаются в кассе Дворца культуры" (cd5ccfbd ¶18); no price
    "какая цена билета на гала-концерт учеников во Дворце культуры?",
    # "впервые поставила здесь «Лебединое озеро» с ученицами весной 1957 года" (cd5ccfbd ¶6–7); no dancer named
    "кто танцевал главную партию в «Лебедином озере» в 1957 году?",
    "老电工周德明 什么时候退休的",  # 镇上的老电工周德明今年八十一岁 (08f2d9be ¶5): no retirement
    "公社买电视机 价格 多少元",  # 公社买回一台十二英寸黑白电视机 (08f2d9be ¶7): no price
    # Brigmouth is 3 edits from Brigmarsh, whose baths have "ladies' sessions" in winter hours (666ce3ef ¶9)
    "Brigmouth baths winter hours ladies' sessions",
    "Tidworth skating association",  # Tidworth is 4 edits from Tidwell, whose skating association is 21cb5956
    # Ketley is 2 edits from Ketlow, whose hut lets are 23b31907's, 1d0ad5fa's and 1f54883c's
    "Ketley seafront hut lettings",
    # Лебедянь is 5 edits from Лебяжинск, whose choreographic school tours in winter (cd5ccfbd ¶5, ¶15)
    "Лебедянь хореографическая школа зимние гастроли",
    # Valdepeñas is 5 edits from Valdetajo, whose museum is "en la antigua sala de espera de la estación"
    # (fdaf4700 ¶10)
    "Valdepeñas museo del ferrocarril sala de espera",
    "Hallenbeck harbour festival",  # Hallenbeck is 4 edits from Hallenpill, whose harbour festival is 7dcda7d7 ¶18
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind84/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
