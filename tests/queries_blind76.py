"""A seventy-sixth lookup query set, for tuning ranking (written in the thirty-eighth session): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind75.py and tests/queries_blind77.py, the latter
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё
  read as е, Chinese by character pairs, a few stop words left out) with every earlier query (some ten
  thousand of them), and with the earlier queries of this set, while the set was being written; a query
  sharing more than half of its words with any one of them was replaced. The seeds are close to
  exhausted: most two-name and two-passage queries over them have been written before, so most seed
  queries here join three or four names or passages that no earlier query joined, and well over half of
  the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind88/docs, copied as ONE
  corpus into a subfolder blind88/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and
Chinese names, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3
(1–2 edits a word), name 3 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3: 36 + 48 answerable, and
20 + 36 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
file but another cutting); a question in the corpus's own words about something it does not say (who won,
who captained, who was a mother, a conductor, a farrier, a gentleman, a guide or an ambassador; when
someone retired or became something; how many, how long, what time, what it cost, which hotel, which
prize, what someone was called); a place the corpus does not hold, some spelled close to one it does (two
or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one or more words
with its corpus on purpose (in another script for some of the seeds' ones), and every article holding
those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind88/docs/* into ONE temporary
# corpus folder under the subfolder blind88/: files are then "blind88/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind88/docs",)
NEWDOCS_SUBDIRS = ("blind88",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "acda79e3": "BEXWORTH BOROUGH COUNCIL",
    "7d4022a4": "CRESSWOLD TENPIN BOWLING CLUB",
    # en_cullingham_post_sport_digest.txt, split by the loader: the header with the first cutting, the Centenary
    # Test (¶1–7), the football anniversary (¶11–14), the Olympic big screen (¶18–22); the "----------" rules
    # (¶9, ¶16) belong to none of them
    "59167914": "CULLINGHAM POST — SPORT CUTTINGS, ONE FOLDER, THREE YEARS",
    "99e6f015": "CULLINGHAM POST · Saturday 29 November",
    "7e79e705": "CULLINGHAM POST · Monday 6 August 2012",
    "a608125d": "A HUNDRED AND FIFTY YEARS SINCE THE FORFARSHIRE",
    "6bec5db9": "THE GRAVESMEAD ECHO",
    "68dc953e": "HAMBLECOTE RIVER FESTIVAL",
    "b0a723b8": "BOOTS AND BOTHIES",
    "42056bdb": "MAVIS TREHARNE",
    "39640092": "OSTLECOMBE, 2 June — The clock on the Corn Market is going again",
    "fa8abc52": "PILBURY LANE PRIMARY SCHOOL",
    # en_rotherhay_mercury_river_digest.txt, split by the loader: the header with the first cutting, the Thames
    # Tunnel (¶1–7), Tower Bridge (¶11–16), the Brunel shaft reopening (¶20–22); the "* * *" rules (¶9, ¶18)
    # belong to none of them
    "8af408f4": "ROTHERHAY MERCURY — THREE CUTTINGS FROM THE RIVER FILE",
    "f4ef3b86": "ROTHERHAY MERCURY · Saturday 30 June 1984",
    "960e9bc0": "ROTHERHAY MERCURY · Wednesday 17 March 2021",
    "5a9ff0f5": "THRUSHFORD FORGE",
    "2ff9e93b": "EL ECO DE TORREMARINA",
    "39957296": "«Камышинский вестник»",
    "2860b1e7": "沙汀镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "his mentor, the New Zealand internationalist Rewi Alley wrote" ¶495; "Michael Lindsay, later 2nd Baron
    # Lindsay of Birker" ¶501; "the Daily Worker, the newspaper of the Communist Party of Great Britain" ¶507
    Query("Rewi Alley Baron Lindsay Daily Worker", "ac7222d4", "cross-paragraph"),
    # "The Vietnamese newspaper Nhân Dân reported" ¶145 (and ¶151); "Vladimir Vladimirovich Yakushev" ¶158;
    # "established by President Kaysone Phomvihane and President Fidel Castro" ¶167
    Query("Yakushev Nhân Dân Kaysone", "20f574be", "cross-paragraph"),
    # "un sistema de platos hondos y frijoles" ¶315; "una granja lechera y una vinatera" ¶335; "pidiendo limosna
    # en la calle con un código QR" ¶327
    Query("frijoles granja lechera código QR", "dde32893", "cross-paragraph"),
    # "China Is Increasingly the Senior Partner" line 12; "the Global Development Initiative, Global Security
    # Initiative, and Global Civilization Initiative" line 13; "Highlight head-of-state diplomacy as the anchor"
    # line 53
    Query("Global Civilization Initiative senior partner head-of-state diplomacy", "b39d8185", "cross-paragraph"),
    # "since founding President Kim Il Sung participated in the 1959 tenth anniversary celebrations" ¶219; "greeted
    # at Beijing Railway Station by Cai Qi" ¶221; "good comrades who have shared weal and woe" ¶225
    Query("Cai Qi Kim Il Sung shared weal and woe", "eca32116", "cross-paragraph"),
    # Word forms: the text has another form
    # "at the latter meeting [the Shanghai Cooperation Organisation Plus meeting, ¶425], President Xi Jinping
    # proposed the Global Governance Initiative (GGI)" ¶429 (proposed → proposing; "proposing" is nowhere; the
    # initiative is "proposed by President Xi" in c061f0a1 ¶199, 3a9fa4ed ¶209/213, 20f574be ¶183 and e065690c
    # ¶457 too, none of them at SCO Plus)
    Query("Xi proposing the Global Governance Initiative at SCO Plus", "9e49ddff", "word-form"),
    # "the Olympic champion who once stunned the world later spent much of his life in China, … but finally died in
    # a Japanese internment camp" ¶285 (stunned → stunning, died → dying; neither form is in the corpus)
    Query("Liddell stunning the world then dying in an internment camp", "7ab1f62c", "word-form"),
    # "Thongloun visited Hanoi" ¶143; "To Lam … welcomed the visit of the Lao leader" ¶145 (welcomed → welcoming;
    # 362ba691 has To Lam and Hanoi, not the Lao leader's visit)
    Query("To Lam welcoming the Lao leader's visit to Hanoi", "20f574be", "word-form"),
    # "George Hogg came to China as a young idealist" ¶493 (came → coming, irregular; "coming" is nowhere)
    Query("George Hogg coming to China as a young idealist", "ac7222d4", "word-form"),
    # Another script or romanisation
    # "Her father, Arthur Clegg" ¶515 (also ¶519) and "our co-editor Keith Bennett" ¶475 in Cyrillic (d89fdf72
    # ¶366–367 lists Keith Bennett with Jenny Clegg, not Arthur)
    Query("Артур Клегг Кит Беннетт", "ac7222d4", "translit"),
    # "Chen Weihua (Former EU bureau chief of China Daily)" ¶364 and "KJ Noh (Journalist, writer and educator)"
    # ¶368 in Cyrillic
    Query("Чэнь Вэйхуа и Кей-Джей Нох", "d89fdf72", "translit"),
    # "King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk" ¶235–241 and "his wife Peng Liyuan"
    # ¶237 in Chinese characters
    Query("诺罗敦·西哈莫尼 莫尼列·西哈努克 彭丽媛", "5a5d8582", "translit"),
    # "Anna May Wong (real name Wong Liu Tsong)" ¶115 and "David Horsley reviews a season" ¶111 (also ¶123) in
    # Cyrillic
    Query("Уонг Лю Цонг Дэвид Хорсли", "ccf1d4fa", "translit"),
    # "Brazilian President Luiz Inácio Lula da Silva" ¶451 and "South African President Cyril Ramaphosa" ¶451/467
    # in Chinese characters
    Query("路易斯·伊纳西奥·卢拉·达席尔瓦 拉马福萨", "e065690c", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "his meeting with Ivan Melnikov" line 6; "Liu Qibao visited the Russian World War II veteran Lev Abramov"
    # line 14 (accusative, as a Russian sentence has them)
    Query("Ивана Мельникова и Льва Абрамова", "054ef6fb", "russian"),
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien" ¶77; "Vietnamese President Luong Cuong"
    # ¶71
    Query("Хоанг Суан Чиен и Лыонг Кыонг", "362ba691", "russian"),
    # Spanish
    # "y modestamente nos dijo: “Bueno, nuestra red nunca se cae”" ¶335
    Query("Bueno, nuestra red nunca se cae, nos dijo modestamente", "dde32893", "spanish"),
    # "feudalismo brutal, las hambrunas provocadas por el hombre, el caudillismo y más" ¶313
    Query("feudalismo brutal, las hambrunas provocadas por el hombre, el caudillismo", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501 and "Chow Yun-fat as the legendary Chinese
    # communist Chen Hansheng" ¶491
    Query("林迈可 陈翰笙", "ac7222d4", "chinese"),
    # "Ho Chi Minh" ¶63/75, "the ceremony held at the Ba Dinh Square in Hanoi" ¶73, "Vietnamese President Luong
    # Cuong" ¶71 (20f574be ¶143 has Ba Dinh Square, without Ho Chi Minh or Luong Cuong)
    Query("胡志明 巴亭广场 梁强", "362ba691", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Anna May Wong (real name Wong Liu Tsong)" ¶115; "details of showings may be found on the BFI website" ¶121
    Query("@here Wong Liu Tsong\u200b BFI website", "ccf1d4fa", "mention-noise"),
    # "greeted at Beijing Railway Station by Cai Qi, … Wang Yi, … Yin Yong, Mayor of Beijing" ¶221
    Query("<#5150> Yin Yong\u200b Beijing Railway Station", "eca32116", "mention-noise"),
    # Typos (1–2 edits)
    # "Iranian President Masoud Pezeshkian" ¶451 (a transposition); "South African President Cyril Ramaphosa"
    # ¶451/467 (one letter dropped)
    Query("Pezeshkain Ramaposa", "e065690c", "typo"),
    # "Zimbabwean President Emmerson Mnangagwa" ¶5; "a China-Zimbabwe all-weather community with a shared future"
    # ¶5/11
    Query("Mnangawa all-wether community", "faecd2e1", "typo"),
    # "written by Callum Norris and Twm Draper of the Young Communist League of Britain" ¶533
    Query("Twm Drapper Callum Noris", "6710eba1", "typo"),
    # Names
    # "our co-editor Keith Bennett" ¶475; "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501 (Keith Bennett
    # also d89fdf72 ¶367, without Lindsay)
    Query("Keith Bennett Michael Lindsay", "ac7222d4", "name"),
    # "Besides Presidents Xi and Lula, … Egyptian President Abdel Fattah El-Sisi, Iranian President Masoud
    # Pezeshkian" ¶451
    Query("Lula Masoud Pezeshkian Abdel Fattah El-Sisi", "e065690c", "name"),
    # the webinar's speakers and moderator, ¶365–369 (Keith Bennett also in ac7222d4, without the others)
    Query("Jodie Evans Keith Bennett KJ Noh Radhika Desai", "d89fdf72", "name"),
    # Phrases
    # Putin: "It is the foundation, the bedrock of our achievements today and in the future" ¶195
    Query("the bedrock of our achievements today and in the future", "c061f0a1", "phrase"),
    # Putin's message: "It is our common responsibility to maintain the truth of the history of World War II"
    # line 11
    Query("it is our common responsibility to maintain the truth of the history of World War II", "424ab945", "phrase"),
    # Questions
    # the Hanoi ceremony's international guests, ¶151–158: "Igor Sergeenko, Speaker of the House of
    # Representatives of Belarus" ¶157
    Query("which Belarus official attended the Hanoi ceremony?", "20f574be", "question"),
    # "In the following article, which originally appeared in the Morning Star, David Horsley reviews a season of
    # Anna May Wong's films" ¶111
    Query("which newspaper did David Horsley write his Anna May Wong review for?", "ccf1d4fa", "question"),
    # "Discussions at Fudan University reflected growing confidence in the concept of Chinese socialism" ¶541
    Query("which university hosted the delegation's discussions on Chinese socialism?", "6710eba1", "question"),
    # Topics
    # "advance the construction of the China-Kyrgyzstan-Uzbekistan railway project, step up cooperation in … green
    # energy, … and poverty reduction" ¶207
    Query("China-Kyrgyzstan-Uzbekistan railway green energy poverty reduction", "3a9fa4ed", "topic"),
    # "This webinar will mark the 80th anniversary of Japan's surrender … forgotten in the largely Eurocentric
    # narrative" ¶355
    Query("Japanese surrender 80th anniversary webinar Eurocentric", "d89fdf72", "topic"),
    # "delegates from Britain and the US, involved in … Progressive International, …, Workers World Party" ¶547;
    # the Spanish interview is about the same delegation ("Mundo de Obreros, Internacional Progresista", dde32893
    # ¶305, and "the 2025 Friends of Socialist China delegation" in English, ¶297)
    Query("Workers World Party Progressive International delegation", "6710eba1", "topic", also=("dde32893",)),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); Eric Liddell is 7ab1f62c's; no book by her anywhere
    "Radhika Desai book about Eric Liddell",
    # Ken Hammond is a webinar speaker (d89fdf72 ¶363); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Ken Hammond Minyuan Stadium",
    # Khurelsukh met Xi in Beijing (c061f0a1 ¶187, ¶197–199); the Hanoi ceremony's guests (20f574be ¶151–159,
    # 362ba691 ¶73) do not include him
    "Khurelsukh Ukhnaa Hanoi ceremony",
    # Zhao Leji was in Vietnam (362ba691 ¶65–75, 20f574be ¶156); the Dunhuang dialogue is the delegation's
    # (6710eba1 ¶537)
    "Zhao Leji Dunhuang dialogue",
    # Jodie Evans is a webinar speaker (d89fdf72 ¶365); the Caracas monument is f78fdcd6's
    "Jodie Evans Caracas monument",
    # the Lao leader came himself (20f574be ¶135–137); the only ambassador in seeds/ is Lan Hu, China's, in
    # Caracas (f78fdcd6 ¶33/43/53)
    "who was the Lao ambassador at the Beijing commemoration?",
    # "with Kazakhstan President Kassym-Jomart Tokayev in the evening" (26d64f12 ¶405); no time, no end
    "what time did Xi's meeting with Kassym-Jomart Tokayev end?",
    # "the operation of the China-Laos Railway and development along the route" (20f574be ¶139/179); no length
    # (the only kilometres are Hogg's "1,100 kilometre" journey, ac7222d4 ¶485)
    "how many kilometres long is the China-Laos Railway?",
    # the Tianjin Declaration is only named (9e49ddff ¶443); Ukraine is in the Moscow joint statement's analysis
    # (b39d8185 line 17)
    "what did the Tianjin Declaration say about Ukraine?",
    # Jiaozuo is not in the corpus (JISCO is in Jiayuguan, dde32893 ¶335: "Hoy tiene una cobertura verde de 42%")
    "Jiaozuo steel company green cover",
    # Harbin is not in the corpus; the memorial sites are in Russia (097182f6) and near Khabarovsk (054ef6fb ¶12)
    "Harbin partisan memorial",
    "Ulan-Ude memorial complex",  # Ulan-Ude is not in the corpus; the memorial complex is near Khabarovsk (054ef6fb)
    # "the Russian World War II veteran Lev Abramov" (054ef6fb line 14); no birth date
    "Лев Абрамов год рождения",
    # Lukashenko met Xi in Tianjin (0e5d6094 ¶263–265); Khabarovsk is Liu Qibao's (054ef6fb)
    "Лукашенко в Хабаровске",
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" (dde32893 ¶329); no count,
    # no Shanghai hotel
    "¿cuántos robots de entrega tiene el hotel de Shanghái?",
    # "En Xi'an fuimos a unos sitios históricos antiguos" (dde32893 ¶313); "nuestros guías nos dijeron" is in
    # Jiayuguan (¶345), and no guide is named
    "¿cómo se llamaba el guía del museo de Xi'an?",
    "李爱锐 妻子 名字",  # Eric Liddell (7ab1f62c) in Chinese characters; no wife anywhere
    # Guterres met Xi in Tianjin (26d64f12 ¶405–409), and Xi met Min Aung Hlaing there; no visit to Myanmar
    "古特雷斯 缅甸 访问 日期",
    # "China supports Armenia in joining the Shanghai Cooperation Organisation" (0e5d6094 ¶257): not yet a member,
    # no date
    "帕希尼扬 亚美尼亚 上合组织 成员国 日期",
    # "Thongloun … welcomed the Cuban delegation" (20f574be ¶163); no hotel; "hotel" is only in dde32893 ¶323/329
    "which hotel did the Cuban delegation stay at in Vientiane?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "she struck Big Harcar" ¶5; "A Farnstowe schoolmaster, Ezra Cullum" ¶9; "the exhibition in the Reading Room"
    # ¶13 (and ¶20)
    Query("Ezra Cullum Big Harcar Reading Room", "a608125d", "cross-paragraph"),
    # "after Dr Richard Beeching's report" ¶7; "Councillor Hema Parekh, cabinet member for transport" ¶16; "used as
    # a footpath and cycleway" ¶21
    Query("Beeching report Hema Parekh cycleway", "acda79e3", "cross-paragraph"),
    # "his great-grandfather, Amos Vellacott" ¶7; "Amos kept a workshop book" ¶9 and "rang a quarter peal" ¶11 (one
    # block, ¶9–11); "the mayor, Councillor Jean Pruett" ¶19
    Query("Amos Vellacott workshop book quarter peal Jean Pruett", "39640092", "cross-paragraph"),
    # "впервые вышла передача «Что? Где? Когда?»" ¶6; "выставка фотографий и дипломов клуба" ¶18; "руководитель
    # клуба Ирина Лыкова" ¶22 (three blocks: ¶6–11, ¶15–18, ¶20–22)
    Query("передача «Что? Где? Когда?» выставка дипломов Ирина Лыкова", "39957296", "cross-paragraph"),
    # "镇文化站站长何丽珍至今保存着当年的日记" ¶8; "粤港青少年龙舟友谊赛" ¶15; "码头将增开一班夜船" ¶18
    Query("何丽珍 日记 龙舟友谊赛 夜船", "2860b1e7", "cross-paragraph"),
    # "declared open at a gathering on Malham Moor" ¶6–7; "a tin of corned beef" ¶10; "Meet at the Bowden Bridge
    # car park" ¶16
    Query("Malham Moor corned beef Bowden Bridge car park", "b0a723b8", "cross-paragraph"),
    # Word forms
    # "Grace, then twenty-two, and her father William rowed their coble through the storm" ¶6 (rowed → rowing;
    # "rowing" is nowhere)
    Query("Grace Darling and her father rowing the coble through the storm", "a608125d", "word-form"),
    # "Generations of Polgreave children learned to read music in her front room" ¶15 (learned → learning)
    Query("Polgreave children learning to read music in her front room", "42056bdb", "word-form"),
    # "a pin in the going train sheared during a gale" ¶4 (sheared → shearing)
    Query("a pin in the going train shearing in a gale", "39640092", "word-form"),
    # "the saloon steamer Princess Alice was run down by the collier Bywell Castle" ¶15 (run → running, active for
    # passive; "running" is nowhere)
    Query("the collier Bywell Castle running down the Princess Alice", "6bec5db9", "word-form"),
    # "El día 6 de aquel mes se soltó el timón de la Pinta" ¶7 (soltó → suelta, irregular)
    Query("se suelta el timón de la Pinta", "2ff9e93b", "word-form"),
    # "Основатель клуба, учитель физики Геннадий Петрович Лыков, в тот год вёл дневник" ¶8 (вёл → ведёт, irregular)
    Query("учитель физики Лыков ведёт дневник", "39957296", "word-form"),
    # Another script or romanisation
    Query("Мэвис Трехарн", "42056bdb", "translit"),  # "MAVIS TREHARNE" ¶1 (and ¶4) in Cyrillic
    Query("Хорас Веллакотт", "39640092", "translit"),  # "Horace Vellacott, 74, restarted it" ¶3 in Cyrillic
    # "Farnstowe will remember Grace Darling" ¶3 in Chinese characters
    Query("格雷丝·达林", "a608125d", "translit"),
    # "учитель физики Геннадий Петрович Лыков" ¶8 in Latin letters (Лыков also ¶10; Ирина Лыкова ¶22)
    Query("Gennady Petrovich Lykov", "39957296", "translit"),
    Query("He Lizhen", "2860b1e7", "translit"),  # 镇文化站站长何丽珍 ¶8 in pinyin
    # accents dropped: "la llegada de Colón a Guanahaní" ¶6
    Query("Colon Guanahani", "2ff9e93b", "translit"),
    # "His son Isambard was nearly drowned" ¶5 and "Marc Brunel's Thames Tunnel" ¶4 in Cyrillic (960e9bc0 ¶21 has
    # "The Brunel shaft", not the man)
    Query("Изамбард Брюнель", "8af408f4", "translit"),
    # "the lighter of Jabez Oakum, great-grandfather of our own harbour reporter" ¶13 in Cyrillic
    Query("Джабез Оукум", "f4ef3b86", "translit"),
    # "King George I went up the Thames by barge …, and Handel's Water Music was played to him" ¶5 in Chinese
    # characters
    Query("乔治一世 亨德尔", "68dc953e", "translit"),
    # Russian
    Query("клуб знатоков районного Дома культуры", "39957296", "russian"),  # "Клуб знатоков районного Дома культуры" ¶7
    # "первая игра прошла в читальном зале библиотеки 14 ноября 1985 года" ¶10
    Query("первая игра прошла в читальном зале библиотеки", "39957296", "russian"),
    # "пройдут игры для школьников, студентов и ветеранов" ¶16
    Query("игры для школьников, студентов и ветеранов", "39957296", "russian"),
    # Spanish
    Query("regatas de traineras", "2ff9e93b", "spanish"),  # "Las regatas de traineras se celebrarán" ¶15
    # "habrá misa de marineros en la ermita del puerto" ¶16
    Query("misa de marineros en la ermita del puerto", "2ff9e93b", "spanish"),
    # Alonso Pinedo's letter: "Dígale a mi padre que he visto gente desnuda y loros verdes." ¶10
    Query("he visto gente desnuda y loros verdes", "2ff9e93b", "spanish"),
    # Chinese
    Query("十年同心 文艺晚会", "2860b1e7", "chinese"),  # 在码头广场举行"十年同心"文艺晚会 ¶13
    Query("镇图书馆 香港十年 图片展", "2860b1e7", "chinese"),  # 镇图书馆举办"香港十年"图片展 ¶14
    Query("迎新年美食节", "2860b1e7", "chinese"),  # 在码头广场举办迎新年美食节 ¶19
    # Mentions and zero-width spaces
    # "The season closes with the Harvest Hammer-In on 27 September" ¶14
    Query("<@8812> Harvest Hammer-In\u200b", "5a9ff0f5", "mention-noise"),
    # "the committee has booked all twelve lanes for a Leap Day Fun Bowl on Sunday 29 February" ¶11
    Query("<@3141> Leap Day Fun Bowl\u200b twelve lanes", "7d4022a4", "mention-noise"),
    # "The nativity play will be performed in the hall … Mrs Oddie has a waiting list for spares" ¶6
    Query("@everyone Mrs Oddie\u200b nativity play", "fa8abc52", "mention-noise"),
    # Typos
    Query("Hamblecoat river festival", "68dc953e", "typo"),  # "HAMBLECOTE RIVER FESTIVAL" ¶1 (2 edits)
    Query("Cresswald tenpin bowling", "7d4022a4", "typo"),  # "CRESSWOLD TENPIN BOWLING CLUB" ¶1 (1 edit)
    Query("Ostlecomb Corn Market clock", "39640092", "typo"),  # "OSTLECOMBE, … The clock on the Corn Market" ¶1
    # Names
    Query("Margaret Ilsley", "fa8abc52", "name"),  # the headteacher who signs the letter, ¶22–23
    Query("Derek Randall", "59167914", "name"),  # "Derek Randall's 174 very nearly won it for England" ¶5
    # Phrases
    # Amos Vellacott's workshop book: "Saturday the 7th, losing half a minute, a penny off the bob." ¶10 (a penny is
    # also the Thames Tunnel toll, 8af408f4 ¶4)
    Query("a penny off the bob", "39640092", "phrase"),
    # the grandfather's logbook: "Rain on Kinder, compass useless. Sun 31st. Crowden by dark, feet bad, tea good."
    # ¶12
    Query("compass useless, feet bad, tea good", "b0a723b8", "phrase"),
    # Mavis Treharne's letter home: "I have a new blue frock and I am not to faint." ¶10
    Query("I have a new blue frock and I am not to faint", "42056bdb", "phrase"),
    # Questions
    # "Copies of Cullum's letter, printed by the Farnstowe Press, cost £1.50" ¶22
    Query("how much do copies of Cullum's letter cost?", "a608125d", "question"),
    # "The Brunel shaft, … closed to visitors since 17 March last year, will reopen on Monday 12 April" ¶21 (8af408f4
    # ¶6 has the old shaft "open to visitors" in 1993, not a reopening)
    Query("when will the Brunel shaft reopen?", "960e9bc0", "question"),
    # "fifty thousand people paid a penny each to walk under the river in the first day" ¶4
    Query("how many people walked under the river on the Thames Tunnel's first day?", "8af408f4", "question"),
    # "Bexworth lost its passenger trains on Saturday 2 January 1965" ¶8
    Query("when did Bexworth lose its passenger trains?", "acda79e3", "question"),
    # Topics
    # "about four hundred ramblers walked up William Clough and onto Kinder Scout in the mass trespass" ¶5
    Query("Kinder Scout mass trespass", "b0a723b8", "topic"),
    # "125 years to the day since Scotland and England played the first international football match" ¶12
    Query("first international football match anniversary", "99e6f015", "topic"),
    # "The big screen in Market Square drew its biggest crowd yet" ¶19; "the screen will stay up until the end of
    # the Paralympics" ¶20
    Query("big screen in Market Square Paralympics", "7e79e705", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Horace Vellacott restarted the Ostlecombe clock (39640092); Tower Bridge is the Rotherhay cutting's (f4ef3b86)
    "Horace Vellacott Tower Bridge",
    # Walter Scrace is the Hamblecote ferryman whose diary is quoted (68dc953e ¶20); the Forfarshire wreck is
    # Farnstowe's (a608125d)
    "Walter Scrace Forfarshire wreck",
    # Hema Parekh is Bexworth's cabinet member for transport (acda79e3 ¶16); Kinder Scout is the Hayfold blog's
    # (b0a723b8)
    "Hema Parekh Kinder Scout",
    # Ezra Cullum was a schoolmaster in 1838 (a608125d ¶9–10); A Christmas Carol is Pilbury Lane's Class 6 reading
    # (fa8abc52 ¶7–8)
    "Ezra Cullum A Christmas Carol",
    # Jabez Oakum's lighter was at the Tower Bridge opening (f4ef3b86 ¶13); the Thames Tunnel is the other cutting
    # of the same file (8af408f4)
    "Jabez Oakum Thames Tunnel",
    # Walter Pim went to the Centenary Test (59167914 ¶6–7); Hamilton Crescent is the 1872 football cutting's
    # (99e6f015 ¶12)
    "Walter Pim Hamilton Crescent",
    # Mavis Treharne (42056bdb) never walked; the Pennine Way is the Hayfold blog's (b0a723b8)
    "Mavis Treharne Pennine Way",
    # "The mixed doubles handicap is on Sunday 25 January" (7d4022a4 ¶7), still to come; no winner
    "who won the mixed doubles handicap at Cresswold?",
    # "the programme, signed by the conductor" (42056bdb ¶11); the conductor is not named
    "who was the conductor who signed Mavis Treharne's programme?",
    # "Mr Vellacott, who retired from the family clockmaking business" (39640092 ¶6); no date
    "in what year did Mr Vellacott retire from clockmaking?",
    # "Tickets for all the concerts are on sale now from the library and the Ferry Inn" (68dc953e ¶24); no price
    "how much do tickets for the Water Music concert cost?",
    # the consultation, the bid and the survey (acda79e3 ¶7–18): "subject to funding", no sum
    "how much will reopening the Bexworth branch cost?",
    # "Class 6 will give a reading of the whole story" (fa8abc52 ¶8); no numbers of pupils
    "how many pupils are in Class 6 at Pilbury Lane?",
    # "Derek Randall's 174 very nearly won it for England" (59167914 ¶5); no captain named
    "who was the England captain in the Centenary Test?",
    # "at home to Wrayton on Saturday 6 December" (99e6f015 ¶13), still to come; no score
    "what was the score when Cullingham Albion played Wrayton?",
    # "three British gold medals came within an hour" (7e79e705 ¶19); no athletes named
    "which British athletes won gold on 4 August 2012?",
    # "the farrier visits on the 14th to shoe the ponies from Ridley's stables" (5a9ff0f5 ¶11); no name
    "what is the name of the farrier who shoes Ridley's ponies?",
    # "a gentleman came from London to take her likeness" (a608125d ¶10); not named
    "what was the name of the gentleman who came from London to take Grace's likeness?",
    # "taking it to the Llangollen Eisteddfod four times" (42056bdb ¶14); no prize
    "which prize did the Polgreave Ladies' Choir win at Llangollen?",
    # Walter Pim "flew out on 3 March" (59167914 ¶6); no hotel anywhere
    "which hotel did Walter Pim stay at in Melbourne?",
    # "Our Easter outing to the Merriton lanes" (7d4022a4 ¶17); only the Cresswold Bowl's "all twelve lanes" (¶11)
    # are counted
    "how many lanes does the Merriton bowling alley have?",
    # Grace and "her father William" (a608125d ¶6); her mother is never named
    "who was Grace Darling's mother?",
    "Farnborough lifeboat",  # Farnborough is not in the corpus; the lifeboats are Farnstowe's and Polgreave's
    "Ilfracombe town clock restarted",  # Ilfracombe is 5 edits from Ostlecombe, whose restarted clock is 39640092's
    "Thrushfield village smithy",  # Thrushfield is 3 edits from Thrushford, whose smithy is 5a9ff0f5's
    "Bexhill branch line consultation",  # Bexhill is 4 edits from Bexworth, whose consultation is acda79e3's
    # Камышлов is 4 edits from Камышинка, whose Дом культуры hosts the клуб знатоков (39957296 ¶7)
    "Камышлов районный Дом культуры",
    # Torredembarra is 5 edits from Torremarina, whose "ofrenda de flores en el mar" is 2ff9e93b's (¶16)
    "Torredembarra ofrenda de flores en el mar",
    # "Финал — в воскресенье, 13-го, в 18 часов" (39957296 ¶17), still to come; no winner
    "кто победил в финале юбилейного турнира?",
    # "Волчок для клуба выточил в мастерской механического завода его ученик" (39957296 ¶11); not named
    "как звали ученика, который выточил волчок?",
    # "se soltó el timón de la Pinta" (2ff9e93b ¶7); no captain named
    "¿quién era el capitán de la Pinta?",
    # "el Ayuntamiento botó la réplica de la carabela" (2ff9e93b ¶14); no cost
    "¿cuánto costó la réplica de la carabela?",
    # 码头迎来了第一百万名旅客，是一位回乡探亲的老华侨 (2860b1e7 ¶10): not named
    "沙汀码头迎来的第一百万名旅客叫什么",
    # 决赛定在21日上午举行 (2860b1e7 ¶15), still to come; no winner
    "粤港青少年龙舟友谊赛决赛 哪支队伍夺冠",
    # 镇文化站站长何丽珍 (2860b1e7 ¶8); no year she took the post
    "何丽珍 哪一年 当上 文化站站长",
    "香港回归 纪念邮票 价格",  # the anniversary (2860b1e7 ¶4–6) has no stamp, no price
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind88/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
