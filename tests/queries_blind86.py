"""An eighty-sixth lookup query set, for tuning ranking (written in the forty-third session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once used
for tuning, a score on it is in-sample, as in blind56).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind85.py and tests/queries_blind87.py, the first
  unscored and the second written at the same time as this one, were not opened and are not part of the
  check). A throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased,
  accents dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every
  earlier query (some 11,300 of them), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its own words with any one of them was replaced. The seeds
  are worn through: every seed name has been queried in Latin, Cyrillic and Chinese letters, most pairs of
  them too, and nearly every quotable sentence; so these seed queries join passages or names no earlier
  query joined, or lean on the less-quoted words of a passage, and most of the first drafts (well over
  two thirds) had to be rewritten, several of them longer than a reader would type.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind98/docs, copied as ONE
  corpus into a subfolder blind98/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them (a dozen
  drafts, mostly questions worded like earlier sets' questions about other towns, were replaced).

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 8 (the words of the query are in
one article but no single paragraph, title line included, holds them all), word-form 5 + 6 (another
inflection or derivation than the text uses, irregular forms too, in English, Russian and Spanish),
translit 5 + 10 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, country names in Cyrillic, Chinese names
in pinyin without tones, Cyrillic names in Latin letters, accents dropped), russian 2 + 3, spanish 2 + 4,
chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 3 + 3 (1–2 edits a word), name 3 + 3, phrase 3 + 3, question 4 + 5, topic 4 + 4: 41 + 55
answerable, and 20 + 35 unanswerable. Every answerable query is answered by the documents' own words in
some form, spelling or script (names and country names may be written in another script); none needs a
translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, mostly); a question
in the corpus's own words about something it does not say (who carved, directed, designed, wrote or won;
who was a director; when someone took office; how many, how old, what time, what it cost or charged,
which hotel or B&B, what a husband, a boat or a record-holder was called, what caused a fire); a place the
corpus does not hold, either spelled three or more edits from one it does and joined to that place's
subject, or two edits from one and joined to a subject nowhere in the corpus; Russian, Spanish and
Chinese ones. Each shares one or more words with its corpus on purpose (in another script for some of
the seeds' ones), and every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (in seeds/000–003 each line, as in the earlier sets;
in seeds/004 each blank-line block; in the new documents, which have no blank lines, each line; the
title line included, joined to each paragraph) holds all of the query's words. For word-form queries it
checked that the form the query uses is not in the corpus (or, where it is, in which article, noted
below).

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

# The new-documents corpus is assembled by copying tests/gold/blind98/docs/* into ONE temporary
# corpus folder under the subfolder blind98/: files are then "blind98/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind98/docs",)
NEWDOCS_SUBDIRS = ("blind98",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "fc850bc9": "CLIMB ALDWINSEY TOWER",
    "296fc73d": "FIFTY YEARS ON: WHEN BRIGSTANTON WENT TO THE SOUTH BANK",
    "cbce9e69": "ELVERSTOCK ORCHESTRAL SOCIETY",
    # en_hobsford_times_sport_digest.txt, split by the loader: the football centenary under the first dateline
    # (¶1–6), the cricket week (¶9–14), the half marathon (¶17–22); the "==========" rules (¶7, ¶15) come out as
    # articles of their own (eae1ae97, eae1ae97-2) and the later datelines (¶8, ¶16) belong to none of them
    "bca87c64": "HOBSFORD TIMES, Thursday 8 September",
    "eed967a5": "CRICKET WEEK RETURNS TO THE RECREATION GROUND",
    "de2141d0": "HALF MARATHON ROAD CLOSURES",
    "6f4e0b9b": "HUNSLEIGH, Thursday, 3 November",
    "51957cb7": "JORY PASCOE",
    "5e584a26": "OVER THE GORGE",
    "a4af46d9": "PIPPERTON GAZETTE",
    "a80797d7": "RUDDINGFOLD PRIMARY SCHOOL",
    # en_vessingham_advertiser_digest.txt, split by the loader: the library fire under the first dateline
    # (¶1–6), the Players (¶9–14), the Mill Row flood (¶17–23); the "-----" rules (¶7, ¶15) come out as articles
    # of their own (e5ca3cf1, e5ca3cf1-2) and the later datelines (¶8, ¶16) belong to none of them
    "16feccc7": "VESSINGHAM ADVERTISER, Saturday 16 March 1985",
    "2da211be": "PLAYERS AT FIFTY",
    "049cbe6e": "NEW YEAR FLOOD ON MILL ROW",
    "b2d477de": "VESSINGHAM TOWN COUNCIL",
    "9966d010": "WIMBERLOW UKULELE CLUB",
    "341387dd": "EL ECO DEL SAUZAL",
    "e93855d3": "«ШУМИЛОВСКИЙ ВЕСТНИК»",
    "7a376828": "鹭汀镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the reinterpretation of World War II … Shared memory … serve as ideological glue" ¶9; "vilify the image of
    # the liberators" ¶37; "expanding joint exercises, maritime and air patrols" ¶54 (424ab945 ¶11 has "the
    # liberators" only)
    Query("reinterpretation ideological glue vilify liberators patrols", "b39d8185", "cross-paragraph"),
    # "partially rectified with the 2008 publication of James MacManus's biography, 'Ocean Devil'" ¶489; "a
    # Colonel Younghusband … trying to make amends" ¶521
    Query("Ocean Devil rectified Younghusband amends", "ac7222d4", "cross-paragraph"),
    # "historic Ba Dinh Square" ¶143; "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157
    # (in the ¶153–159 list); "The Lao News Agency KPL reported" ¶163 (362ba691 ¶73 has Ba Dinh only)
    Query("Igor Sergeenko KPL Ba Dinh Square", "20f574be", "cross-paragraph"),
    # "Indonesian President Prabowo Subianto" ¶451; "Tariff blackmail is being normalised" ¶463; "great
    # hardships and danger" ¶467
    Query("Prabowo Subianto tariff blackmail great hardships", "e065690c", "cross-paragraph"),
    # "written by Callum Norris and Twm Draper" ¶533; "commodified cultural access in the West" ¶539;
    # "Discussions at Fudan University" ¶541
    Query("Callum Norris Fudan commodified cultural access", "6710eba1", "cross-paragraph"),
    # "Asia, Europe, Africa and Oceania … the main battlefield in Asia and Europe" line 7; "the most painful
    # tragedy in human history … beautifying Nazis" line 11
    Query("painful tragedy beautifying Nazis Oceania battlefield", "424ab945", "cross-paragraph"),
    # Word forms: the text has another form
    # "The summit was convened and chaired by Brazilian President Luiz Inácio Lula da Silva" ¶451 (convened →
    # convening); "tariff wars" is the title, ¶447
    Query("Lula convening the BRICS summit on tariff wars", "e065690c", "word-form"),
    # "los museos y sitios estaban llenos de niños, ancianos y familias" ¶325 (museos → museo, llenos → lleno)
    Query("museo lleno de ancianos y familias", "dde32893", "word-form"),
    # Lavrov "announced … that a monument honoring the joint efforts of the USSR and North Korea … will be erected
    # in the 'Patriots' military-patriotic park in the Moscow region" line 7 (announced → announcing)
    Query("Lavrov announcing the monument in the Patriots park near Moscow", "097182f6", "word-form"),
    # "expand cooperation in trade, investment and infrastructure, combat online gambling and telecom fraud" ¶247
    # (combat → combating; "expanding" is in b39d8185 ¶13/¶54 and 20f574be ¶167, not of Cambodia)
    Query("Hun Manet combating online gambling, expanding trade with China", "5a5d8582", "word-form"),
    # "the 2008 publication of James MacManus's biography, 'Ocean Devil'" ¶489 (publication → publishing)
    Query("James MacManus publishing the Hogg biography in 2008", "ac7222d4", "word-form"),
    # Another script or romanisation
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495 and "Her father, Arthur Clegg" ¶515, in
    # Cyrillic
    Query("Реви Алли Артур Клегг", "ac7222d4", "translit"),
    # "Igor Sergeenko" ¶157 and "The Vietnamese newspaper Nhân Dân" ¶145/151, in Cyrillic
    Query("Игорь Сергеенко Нян Зан", "20f574be", "translit"),
    # "Chow Yun-fat" ¶491 and "a Colonel Younghusband" ¶521, in Chinese characters
    Query("周润发 荣赫鹏", "ac7222d4", "translit"),
    # "President Nicolás Maduro" ¶33 and "Orinoco Tribune" ¶49/53, in Cyrillic
    Query("Николас Мадуро Ориноко Трибьюн", "f78fdcd6", "translit"),
    # the title ¶1 (and ¶29): "the leaders of Zimbabwe, Slovakia, Congo, Serbia and Indonesia", in Cyrillic
    Query("Зимбабве Словакия Конго Сербия Индонезия", "faecd2e1", "translit"),
    # Russian (names written in Cyrillic)
    # "Luiz Inácio Lula da Silva" ¶451 (Lula ¶463); "the absence of Prime Minister Narendra Modi" ¶451
    Query("Лула и Моди", "e065690c", "russian"),
    # "South African President Cyril Ramaphosa" ¶451/467; "Foreign Minister Subrahmanyam Jaishankar" ¶451
    Query("Рамафоса и Джайшанкар", "e065690c", "russian"),
    # Spanish
    # the interviewer: "Fuiste al noroeste, una región bastante pobre de China." ¶331
    Query("una región bastante pobre de China", "dde32893", "spanish"),
    # "hay que entender la historia y cómo fue la vida anterior para la mayoría de la gente" ¶313
    Query("hay que entender la historia y cómo fue la vida anterior", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Cambodian Prime Minister Hun Manet" ¶243/247; "met with the King and the Queen Mother at Zhongnanhai" ¶237
    Query("洪玛奈 中南海", "5a5d8582", "chinese"),
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed representing the United Arab Emirates (UAE), and the
    # representatives of India and Ethiopia" ¶451
    Query("哈立德 埃塞俄比亚 阿联酋", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "a strong family background in pacifism, specifically in the Fellowship of Reconciliation" ¶493
    Query("<@55> Fellowship of Reconciliation\u200b pacifism", "ac7222d4", "mention-noise"),
    # "one film, Lady From Chungking is an anti-imperialist classic" ¶113 (and ¶129)
    Query("<@7> Lady From Chungking\u200b anti-imperialist classic", "ccf1d4fa", "mention-noise"),
    # Typos (1–2 edits)
    # "Myanmar's Acting President Min Aung Hlaing" ¶405/415/419; "The China-Myanmar pauk-phaw (brotherly)
    # friendship" ¶415
    Query("Min Aung Hliang pauk-phaw", "26d64f12", "typo"),
    # "Cyril Ramaphosa" ¶451 (Ramaphosa ¶467); "Subrahmanyam Jaishankar" ¶451
    Query("Ramaphossa Subrahmanyam", "e065690c", "typo"),
    # "Mostafa Madbouly" ¶405/411/413; "Kazakhstan President Kassym-Jomart Tokayev" ¶405 (and the title ¶401)
    Query("Madbuly Tokayev Kazakstan", "26d64f12", "typo"),
    # Names
    # "Freedom Road Socialist Organization Central Committee member Sydney Loving's interview in FightBack News"
    # ¶297
    Query("Freedom Road Socialist Organization Sydney Loving FightBack News", "dde32893", "name"),
    # the title ¶203: "leaders from Uzbekistan, Pakistan, Turkmenistan, Iran, Malaysia and Tajikistan";
    # "Shavkat Mirziyoyev" ¶207; "Shehbaz Sharif" ¶211
    Query("Shehbaz Sharif Mirziyoyev Turkmenistan Iran Malaysia Tajikistan", "3a9fa4ed", "name"),
    # "Queen Mother Norodom Monineath Sihanouk" ¶235/239/241; "at Zhongnanhai" ¶237
    Query("Queen Mother Norodom Monineath Sihanouk Zhongnanhai", "5a5d8582", "name"),
    # Phrases
    # "The SCO was the first to conclude a treaty … and proclaim the member states' commitment to forge lasting
    # friendship" ¶433
    Query("proclaim the member states' commitment to forge lasting friendship", "9e49ddff", "phrase"),
    # "He said the purpose of the commemoration was to 'remember history, honour fallen heroes'" ¶391
    Query("He said the purpose of the commemoration was to remember history", "38a7d84f", "phrase"),
    # "the two sides should seize the opportunity presented by the elevation of bilateral relations" ¶9
    Query("the two sides should seize the opportunity presented by the elevation", "faecd2e1", "phrase"),
    # Questions
    # "China's global initiatives—the Global Development Initiative, Global Security Initiative, and Global
    # Civilization Initiative—feature prominently" line 13 (d807680a ¶91 names the Global Security Initiative
    # alone, among signed documents)
    Query("which three global initiatives of China feature in the joint statement?", "b39d8185", "question"),
    # "Keith Bennett participated in an international symposium organised by the Institute of Party History and
    # Literature … on September 2" ¶475; "the text of the paper presented by Keith" ¶477
    Query("who presented a paper at the Institute of Party History symposium on September 2?", "ac7222d4", "question"),
    # "President Xi Jinping and his wife Peng Liyuan met with the King and the Queen Mother at Zhongnanhai … on
    # August 26" ¶237
    Query("on what date did Peng Liyuan and Xi meet the Cambodian King at Zhongnanhai?", "5a5d8582", "question"),
    # "Miguel Díaz-Canel Bermúdez paid a state visit to Laos, September 6-7" ¶161; "President Thongloun warmly
    # welcomed the Cuban delegation" ¶163
    Query("who was the Lao leader's Cuban visitor on September 6-7?", "20f574be", "question"),
    # Topics
    # Guterres: "at a time when multilateralism, international law and the authority of the United Nations are
    # being challenged" ¶409
    Query("Guterres authority of the United Nations being challenged", "26d64f12", "topic"),
    # "They date back to the English Revolution [of the 1640s] when the Levellers took a stand for Irish
    # independence" ¶517
    Query("Levellers Irish independence 1640s English Revolution", "ac7222d4", "topic"),
    # "Average life expectancy was below 35. Illiteracy was rife" ¶555 ("In 1949, when …")
    Query("Average life expectancy below 35 illiteracy rife 1949", "6710eba1", "topic"),
    # "concluded the Long March, when tens of thousands of party members marched … in a strategic retreat from
    # the encroaching Nationalist Party (Kuomintang (KMT))" ¶557 (dde32893 ¶315 has "la Marcha Larga", in Spanish)
    Query("Kuomintang strategic retreat tens of thousands Long March Yan'an", "6710eba1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # the Caracas monument (f78fdcd6 ¶33–47, ¶53–55): "for the construction of this commemorative monument" (¶45);
    # no sum anywhere
    "how much money did Venezuela spend building the commemorative monument in Caracas?",
    # "the sculpture also represents recognition" (f78fdcd6 ¶47); no sculptor named
    "who carved the sculpture unveiled by Maduro and Lan Hu?",
    # Zhao Leji "watched the military parade, mass pageantry" (362ba691 ¶73); "Around 400 military personnel …
    # took part" (¶77) are marchers, not onlookers; 20f574be ¶143–159 lists guests only
    "how many people watched the mass pageantry and military parade in Hanoi?",
    # Tokayev is met "in the evening" (26d64f12 ¶405) and nothing more; the railway project is Mirziyoyev's
    # (3a9fa4ed ¶207)
    "Tokayev evening talks on the China-Kyrgyzstan-Uzbekistan railway project",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the retrospective is reviewed by David Horsley (ccf1d4fa
    # ¶111)
    "Chen Weihua writing about the Lady From Chungking retrospective",
    # Keith Bennett was at a symposium and a forum (ac7222d4 ¶475) and co-edits Friends of Socialist China
    # (d89fdf72 ¶367); JISCO in Jiayuguan was visited by Sydney Loving's delegation (dde32893 ¶335)
    "Keith Bennett touring the JISCO steelworks in Jiayuguan",
    # the delegation "including delegates from Britain and the US, involved in a range of organisations including
    # the Young Communist League" (6710eba1 ¶547); no count of delegates
    "how many young communists joined Callum and Twm on the delegation?",
    # Lula chairs the BRICS summit (e065690c ¶451, ¶463–465); no date of taking office
    "in what year did Lula first take office as Brazil's president?",
    # Ganzi is 2 edits from Gansu (dde32893 ¶333, ac7222d4 ¶485, 6710eba1 ¶549); no monastery anywhere, and the
    # restoration is of memorial sites in Russia (097182f6)
    "Ganzi monastery restoration",
    # Lanzhou is not in the corpus; the delegations (dde32893, 6710eba1) visited Jiayuguan and Dunhuang in Gansu,
    # and a robotics and a Lenovo factory in Shanghai (dde32893 ¶339); no noodles
    "Lanzhou noodle factory delegation visit",
    # "En Xi'an fuimos a unos sitios históricos antiguos" (dde32893 ¶313, ¶325); no price
    "¿cuánto cuesta la entrada a los sitios históricos de Xi'an?",
    # Thongloun (20f574be) in Chinese characters; "the celebration of the 50th anniversary of the establishment of
    # the Lao PDR" (¶165) is the state's, not his birthday
    "通伦 生日 庆祝",
    # "Lady From Chungking" (ccf1d4fa ¶113, ¶129); "Hollywood film makers" (¶125) of other films; no director
    "who directed Lady From Chungking for the Hollywood studio?",
    # Sydney Loving is interviewed in dde32893; the Edinburgh consulate's article on Scottish heroes is 7ab1f62c's
    # (¶273–281)
    "Sydney Loving Edinburgh consulate Scottish heroes article",
    # Liu Qibao "visited the Russian World War II veteran Lev Abramov" (054ef6fb line 14); no place, no medal
    "Lev Abramov Yakutsk medal ceremony",
    # "Zimbabwean President Emmerson Mnangagwa" (faecd2e1 ¶5, ¶11) in Cyrillic; no age
    "сколько лет президенту Мнангагве",
    # Tianshui is 4 edits from Tianjin, where the SCO summit met (9e49ddff; "SCO family" is its title, ¶423)
    "Tianshui Shanghai Cooperation summit family photo",
    # "the Minyuan Stadium" (7ab1f62c ¶291); the only hotels are the delegation's (dde32893 ¶323, ¶329), unnamed
    "how many rooms does the Minyuan Stadium hotel have?",
    # Tienanmen Square (38a7d84f ¶377, eca32116 ¶219): "just prior to the commencement of the military parade",
    # no hour
    "во сколько начался военный парад на площади Тяньаньмэнь",
    # Hun Manet met Xi "in Tianjin" on August 30 (5a5d8582 ¶243); no hotel anywhere
    "洪玛奈 天津 下榻 哪家 酒店",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "The scorch marks can still be seen" ¶4; "let them try a handstroke on the treble" ¶8; "count the swifts
    # nesting under the louvres" ¶10
    Query("scorch marks swifts louvres handstroke treble", "fc850bc9", "cross-paragraph"),
    # "The Skylon looks like a cigar" ¶5; "the old brickyard at Sawpit Bottom" ¶8; "the lupins have taken" ¶9
    Query("Skylon cigar lupins Sawpit Bottom", "296fc73d", "cross-paragraph"),
    # "a parting gift from Holst's friend Henry Balfour Gardiner" ¶4; "Neptune's wordless chorus" ¶5; "with
    # borrowed timpani" ¶14
    Query("Balfour Gardiner borrowed timpani Neptune wordless chorus", "cbce9e69", "cross-paragraph"),
    # "born in Wood Green" ¶2; "the snowbound week of January 1982" ¶5; "a showing of old test cards" ¶7
    Query("Wood Green test cards snowbound week", "6f4e0b9b", "cross-paragraph"),
    # "marrying Lowenna Rowse" ¶5; the Queen Mother … "he kept the glove" ¶8; "kept the deck gritted" ¶10
    Query("Lowenna Rowse glove Queen Mother gritted deck", "51957cb7", "cross-paragraph"),
    # "My grandad, Stan Ruckley" ¶5; "the ribs were cast at Coalbrookdale" ¶8; "in the river at Jackfield" ¶14
    Query("Stan Ruckley Coalbrookdale Jackfield", "5e584a26", "cross-paragraph"),
    # 林阿水 ¶6/9/14/17; "宝船"壁画 ¶12; 郑和研究会 ¶13 (¶14 has 研究会 and 林阿水, no 壁画)
    Query("林阿水 壁画 研究会", "7a376828", "cross-paragraph"),
    # "La bibliotecaria, Norma Ibarguren" ¶6; "un mural de Mafalda" ¶9; "con sopa (obligatoria)" ¶12
    Query("Ibarguren mural sopa obligatoria", "341387dd", "cross-paragraph"),
    # Word forms
    # "Painted the last of the kerbs by lamplight" ¶7 (painted → painting)
    Query("Jory Pascoe painting the last of the kerbs by lamplight", "51957cb7", "word-form"),
    # "she slept at the station for six nights" ¶5 (slept → sleeping, irregular)
    Query("Tapperley sleeping at the relay station for six nights", "6f4e0b9b", "word-form"),
    # "The Skylon looks like a cigar hung up on a thread" ¶5 (looks → looked)
    Query("the Skylon, which looked like a cigar hung up on a thread", "296fc73d", "word-form"),
    # "the Olympic swimmer Janet Birkinshaw, who dived in fully clothed to cut the ribbon" ¶4 (dived → diving;
    # "to dive in again" ¶17)
    Query("Janet Birkinshaw diving in fully clothed to cut the ribbon", "a4af46d9", "word-form"),
    # "с главного сборочного конвейера … сошёл первый серийный грузовик КАМАЗ" ¶4 (сошёл → сходит)
    Query("первый серийный КАМАЗ сходит с конвейера", "e93855d3", "word-form"),
    # "la tira de Quino se publicó por primera vez … en el semanario Primera Plana" ¶4 (publicó → publica)
    Query("la tira de Quino se publica por primera vez en Primera Plana", "341387dd", "word-form"),
    # Another script or romanisation
    Query("Розалинд Тапперли", "6f4e0b9b", "translit"),  # "Rosalind Tapperley" ¶2 (Mrs Tapperley ¶4–18) in Cyrillic
    Query("Джори Паско", "51957cb7", "translit"),  # "JORY PASCOE" ¶1, ¶3, ¶19 in Cyrillic
    Query("古斯塔夫·霍尔斯特", "cbce9e69", "translit"),  # "Gustav Holst's suite The Planets" ¶4 in Chinese characters
    Query("Stanislav Goncharuk", "e93855d3", "translit"),  # "Станислав Гончарук" ¶7 in Latin letters
    # "Камского автозавода в Набережных Челнах" ¶4 in Latin letters
    Query("Naberezhnye Chelny Kamsky avtozavod", "e93855d3", "translit"),
    Query("Lin Ashui", "7a376828", "translit"),  # 老船长林阿水 ¶6 (also ¶9, ¶14, ¶17) in pinyin
    # 研究会会长陈秋月 ¶14 and 郑和研究会 ¶13 in pinyin
    Query("Chen Qiuyue Zheng He yanjiuhui", "7a376828", "translit"),
    # accents dropped: "la última tira apareció en 1973" ¶7
    Query("la ultima tira de Mafalda aparecio en 1973", "341387dd", "translit"),
    Query("Амрит Сандху", "b2d477de", "translit"),  # "The Mayor, Councillor Amrit Sandhu" ¶12 in Cyrillic
    Query("Liujiagang", "7a376828", "translit"),  # 从刘家港起航 ¶5 in pinyin
    # Russian
    Query("выставка «Сорок лет за рулём»", "e93855d3", "russian"),  # "открывается выставка «Сорок лет за рулём»" ¶10
    # "можно будет посидеть в кабине ветерана и сфотографироваться с ним" ¶11
    Query("посидеть в кабине ветерана и сфотографироваться", "e93855d3", "russian"),
    Query("Мороз, трасса пустая", "e93855d3", "russian"),  # Гончарук's notebook: "Мороз, трасса пустая." ¶8
    # Spanish
    # "habrá una maratón de lectura de las tiras completas" ¶12
    Query("maratón de lectura de las tiras completas", "341387dd", "spanish"),
    Query("la chica que odiaba la sopa", "341387dd", "spanish"),  # ¶8
    # "esos mismos chicos le enviaron una carta colectiva a Mendoza" ¶10
    Query("una carta colectiva a Mendoza", "341387dd", "spanish"),
    # "En el verano, la biblioteca dará un taller de historieta para chicos" ¶15
    Query("taller de historieta para chicos en el verano", "341387dd", "spanish"),
    # Chinese
    Query("升旗仪式 渔船一齐鸣笛", "7a376828", "chinese"),  # 渔港码头举行了升旗仪式，上百条渔船一齐鸣笛 ¶9
    Query("小小航海家 夏令营", "7a376828", "chinese"),  # 举办"小小航海家"夏令营 ¶15 (also ¶16)
    Query("一网打上来半舱黄鱼", "7a376828", "chinese"),  # 林阿水's log: 一网打上来半舱黄鱼 ¶7
    # Mentions and zero-width spaces
    # "Founder member Ken Abbotsley turns eighty on Thursday 14 March" ¶9
    Query("<@31> Ken Abbotsley\u200b turns eighty", "9966d010", "mention-noise"),
    # "FESTIVAL TRIP … Grimsmoor Uke Fest. The minibus leaves the Tollhouse at 4pm" ¶12 (a4af46d9 ¶6 has another
    # minibus)
    Query("@everyone Grimsmoor Uke Fest\u200b minibus", "9966d010", "mention-noise"),
    # "keep the old slipper baths in Tanyard Lane open" ¶5
    Query("<#12> slipper baths\u200b Tanyard Lane", "a4af46d9", "mention-noise"),
    # Typos
    Query("Aldwinsy towr climbs", "fc850bc9", "typo"),  # "CLIMB ALDWINSEY TOWER" ¶1, "Guided climbs" ¶2
    # "FIRE DESTROYS CARNEGIE LIBRARY … Vessingham's Carnegie library" ¶2–3; the council's release recalls "fire
    # destroyed the old Carnegie library" (b2d477de ¶4–5)
    Query("Vesingham Carnegie libary fire", "16feccc7", "typo", also=("b2d477de",)),
    Query("Ruddingfeld Primry", "a80797d7", "typo"),  # "RUDDINGFOLD PRIMARY SCHOOL" ¶1, ¶8
    # Names
    Query("Beatrice Lomax", "a80797d7", "name"),  # "Mrs Beatrice Lomax, our first headteacher" ¶9
    Query("Donna Kilbride", "de2141d0", "name"),  # "Race director Donna Kilbride said" ¶21
    Query("Gwyneth Scorer", "16feccc7", "name"),  # "The chief librarian, Mrs Gwyneth Scorer" ¶5
    # Phrases
    Query("Keep a log, and write the date at the top of every page", "6f4e0b9b", "phrase"),  # her advice, ¶19
    # the 1968 conductor Eric Gosforth wrote "that 'Saturn has been rehearsed more than any of us would like'" ¶15
    Query("Saturn has been rehearsed more than any of us would like", "cbce9e69", "phrase"),
    Query("The toll man made me pay like everybody else", "51957cb7", "phrase"),  # ¶6
    # Questions
    # "The bridge opened to traffic on Tuesday 24 October 1961" ¶6 (the Tamar Bridge ¶2–3)
    Query("when did the Tamar Bridge open to traffic?", "51957cb7", "question"),
    # "All Hallows has the tallest tower in the hundred: 131 steps to the leads" ¶3
    Query("how many steps up to the leads at All Hallows, Aldwinsey?", "fc850bc9", "question"),
    # "the bridge first opened to traffic on 1 January 1781" ¶4 (the blog from the Severn valley, ¶1)
    Query("in what year did traffic first cross the Iron Bridge over the Severn?", "5e584a26", "question"),
    # "Ruddingfold Primary opened its doors on Tuesday 5 January 1971" ¶8; "the forty-four children who came on
    # that first wet morning" ¶9
    Query("how many children came on Ruddingfold Primary's first morning in 1971?", "a80797d7", "question"),
    # "The building cost £3.9 million, of which £1.2 million came from the Heritage Lottery Fund" ¶16; the
    # library "on Wyke Street" ¶4
    Query("how much Heritage Lottery money went into the Wyke Street building?", "b2d477de", "question"),
    # Topics
    # "Heritage Open Days: 12 to 15 September, free climbs every hour, no booking needed" ¶11
    Query("Heritage Open Days free climbs no booking", "fc850bc9", "topic"),
    # "The Environment Agency will hold a drop-in session at the library … bring photographs of the water levels"
    # ¶22
    Query("Environment Agency drop-in session water levels", "049cbe6e", "topic"),
    # "on Saturday 8 September 1888, the first Football League matches were played, twelve clubs" ¶3
    Query("first Football League matches twelve clubs 1888", "bca87c64", "topic"),
    # "Their first production, 'The Ghost Train'" ¶11; "Their jubilee production, a revival of the same play" ¶12
    Query("Vessingham Players jubilee production The Ghost Train", "2da211be", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Rosalind Tapperley is the Hunsleigh engineer (6f4e0b9b); the Tamar Bridge is Jory Pascoe's (51957cb7)
    "Rosalind Tapperley Tamar Bridge",
    # Ezra Culpin kept Brigstanton's Festival Garden (296fc73d ¶9), whose exhibition is in the Corn Hall (¶14); the
    # Corn Exchange is Elverstock's (cbce9e69 ¶14)
    "Ezra Culpin Corn Exchange",
    # Gwyneth Scorer is the 1985 chief librarian (16feccc7 ¶5); "The Ghost Train" is the Players' (2da211be ¶11–12)
    "Gwyneth Scorer Ghost Train",
    # Donna Kilbride directs the half marathon (de2141d0 ¶21); the cricket week is eed967a5's, with no director
    "Donna Kilbride cricket week",
    # Ken Abbotsley is the ukulele club's founder member (9966d010 ¶9, ¶19); The Planets are Elverstock's
    # (cbce9e69)
    "Ken Abbotsley Planets concert",
    # Amrit Sandhu is Mayor in the council's library release (b2d477de ¶12); the Mill Row flood (049cbe6e) names
    # no Mayor
    "Amrit Sandhu Mill Row flood",
    "which Olympic medal did Janet Birkinshaw win?",  # "the Olympic swimmer Janet Birkinshaw" (a4af46d9 ¶4); no medal
    # "Last year we had 1,212, and the sun shone" (de2141d0 ¶21, a 2007 cutting); no winner
    "who won the Hobsford race in 2006?",
    # "The course record … was set on 14 May 2000 by a Kenyan visitor" (de2141d0 ¶20): never named
    "what was the name of the Kenyan who set the Hobsford course record?",
    # "roads on the route will be closed from 6am to 1pm"; training runs "at 8am" (de2141d0 ¶18–19); no start time
    "what time does the Hobsford half marathon start?",
    # "Staff and volunteers will move the stock to Wyke Street on 12 and 13 March" (b2d477de ¶7); the old library
    # "held some 31,000 books" (16feccc7 ¶4); no count for the move
    "how many books were moved from the Drill Hall to Wyke Street?",
    # "the poem written by a pupil of Vess Vale School the week after the fire" (b2d477de ¶8): unnamed
    "who wrote the poem read aloud on the anniversary of the library fire?",
    "which B&B did the ukulele club stay at for Grimsmoor Uke Fest?",  # "Camping or B&B, your choice" (9966d010 ¶12)
    # the festival trip (9966d010 ¶12) has no price; "Still £30, or £15 for students" are the subscriptions (¶10)
    "how much does the Grimsmoor festival trip cost?",
    # Olwen Sprackling, her Dad, Mr Culpin and her grandson Neil (296fc73d ¶4–5, ¶14); no husband
    "what was Olwen Sprackling's husband called?",
    # "The toll man made me pay like everybody else"; "Cars nose to tail back to Saltash" (51957cb7 ¶6–7); no count
    "how many vehicles paid the toll on the Tamar Bridge's opening morning?",
    # "the ribs were cast at Coalbrookdale" (5e584a26 ¶8); no price
    "what did Coalbrookdale charge for casting the Iron Bridge ribs?",
    "who designed the Skylon?",  # the Skylon (296fc73d ¶5, ¶7): "nobody can say what holds it"; no designer
    # "The Lighthouse Keeper's Christmas", performed by Classes 1 and 2 (a80797d7 ¶5); no author
    "who wrote The Lighthouse Keeper's Christmas?",
    "how old was Marjorie Tipton when she died?",  # "Our founder, the late Marjorie Tipton" (9966d010 ¶17); no age
    # Cricket Week "begins on Monday with a match against the Vicar's XI" (eed967a5 ¶10): still to come
    "who won the Vicar's XI game at Hobsford Cricket Week?",
    # the fire (16feccc7 ¶3–5, b2d477de ¶5): alarm, six crews, the lost history room; nobody hurt or unhurt
    "was anyone hurt when Vessingham's Carnegie library burned?",
    # "The fire broke out late on Friday 15 March, after the building had closed" (b2d477de ¶5); no cause
    "what caused the Wyke Street library fire?",
    "Aldwinkle church tower climbs",  # Aldwinkle is 3 edits from Aldwinsey, whose tower climbs are fc850bc9's
    # Hunslet is 3 edits from Hunsleigh, whose television relay station is 6f4e0b9b's
    "Hunslet television relay station",
    # Potterton is 3 edits from Pipperton, whose Gazette runs "The Way We Were" (a4af46d9)
    "Potterton Gazette the way we were",
    # Vessington is 3 edits from Vessingham, whose Drill Hall held the temporary library (16feccc7 ¶5, b2d477de ¶6)
    "Vessington Drill Hall temporary library",
    # Brigstock is 5 edits from Brigstanton, whose Festival Garden is 296fc73d's
    "Brigstock Festival of Britain garden",
    # Storm Ciara flooded Vessingham in 2020, and sandbags are Mill Row's (049cbe6e ¶20–21); nothing in Hobsford
    "Hobsford Storm Ciara flooding sandbags",
    "сколько стоил первый КАМАЗ?",  # the first KAMAZ (e93855d3 ¶4, ¶9): no price
    # "Камского автозавода" (e93855d3 ¶4): no director named
    "кто был директором Камского автозавода в 1976 году?",
    # Ibarguren's father bought "el número del martes 29" (341387dd ¶6); no sales figure
    "¿cuántos ejemplares de Mafalda vendió Primera Plana?",
    # "concurso de historietas para escuelas" (341387dd ¶11, ¶13): entries close on Friday; the Escuela N.º 214
    # painted the mural (¶9)
    "¿qué escuela ganó el concurso de historietas de la Biblioteca Almafuerte?",
    "林阿水 1962年 第一次出海 的渔船名",  # 第一次当船长出海是在1962年4月2日 (7a376828 ¶6): the boat is not named
    "郑和纪念馆 什么时候 建成的",  # 新修的郑和纪念馆 (7a376828 ¶11): no date
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind98/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
