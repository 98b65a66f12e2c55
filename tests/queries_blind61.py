"""A sixty-first lookup query set: the BLIND set of the thirtieth round, RICH IN UNANSWERABLE QUERIES.
It was written in the twenty-ninth session by a writer who reported its counts only (by kind and corpus),
never its queries, names or subjects, and it is committed unscored: it is scored once, at the end of the
thirtieth round, by people who have not seen it; nobody reads it or tunes on it before then (once it has
been scored, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind53.py, tests/queries_blind59.py and
  tests/queries_blind60.py, the last written at the same time as this one, were not opened and are not
  part of the check). A throwaway script compared the word set of every query (Latin and Cyrillic words
  lower-cased, accents dropped and ё read as е, Chinese by character pairs, a few stop words left out)
  with every earlier query (some 7,500 of them), and with the earlier queries of this set, while the set
  was being written; a query sharing more than half of its words with any one of them was replaced. The
  seeds have been queried many thousands of times by now, so most of these seed queries join passages or
  names that no earlier query joined, and most of the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind73/docs, copied as ONE
  corpus into a subfolder blind73/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic,
Latin letters for Cyrillic and Chinese names and titles, pinyin without tones, accents dropped),
russian 2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and
zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word), name 2 + 2, phrase 2 + 3,
question 3 + 4, topic 3 + 3: 35 + 48 answerable, and 20 + 30 unanswerable. Every answerable query is
answered by the documents' own words in some form, spelling or script (names may be written in another
script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article); a question
in the corpus's own words about something it does not say (who scored, won, unveiled or guided;
whom someone married, what someone said, gave, earned or did for a living; when someone joined,
first came or died; how many, how old, what time, what it cost); a place the corpus does not hold but
spelled close to one it does (two or more edits from anything real in it); Russian, Spanish and Chinese
ones. Each shares one or more words with its corpus on purpose (in another script for some of the seeds'
ones), and every article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind73/docs/* into ONE temporary
# corpus folder under the subfolder blind73/: files are then "blind73/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind73/docs",)
NEWDOCS_SUBDIRS = ("blind73",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "2d5c3463": "BIRKENSHAWE WOODLAND VOLUNTEERS",
    "e34efb21": "CRAGWYTH FILM SOCIETY",
    # en_dunstanhope_courier_cuttings_digest.txt, split by the loader: the header (¶1–2), the health centre
    # (¶5–10), the reservoir (¶13–18), the bonfire (¶21–29, the last rule and the compiler's line included); the
    # "____" rules at ¶11 and ¶19 come out as articles of their own (69cefb05, 69cefb05-2, titled by the rule),
    # and the rule at ¶3 and the datelines (¶4, ¶12, ¶20) belong to none of them
    "c1cb449b": "DUNSTANHOPE COURIER",
    "44468ff2": "NEW HEALTH CENTRE OPENS ITS DOORS",
    "1bbc130a": "RESERVOIR AT RECORD LOW",
    "0625c525": "BONFIRE POSTPONED AFTER FLOODING",
    "a3eec76e": "OBITUARY",
    "bb04f83d": "GANTLEBURY & DISTRICT MERCURY",
    "83b3d3f8": "LANNERBY COMMUNITY KITCHEN",
    "23aaf220": "PITLOWRIE, Thursday 16 November 2017",
    "9fec3d60": "RADIO SCARLET AT THIRTY",
    # en_scarletmoss_gazette_cuttings_digest.txt, split by the loader: the header (¶1–2), the hospital radio
    # (¶5–10), the gala (¶13–18), the library clock (¶21–28, the last rule and the closing line included); the
    # "----" rules at ¶11 and ¶19 come out as articles of their own (8d0754b7, 8d0754b7-2), and the rule at ¶3
    # and the datelines (¶4, ¶12, ¶20) belong to none of them
    "45864854": "SCARLETMOSS GAZETTE",
    "593275a3": "HOSPITAL RADIO ON AIR AT LAST",
    "7a77f85f": "GALA DAY WASHED OUT",
    "33ee6916": "LIBRARY CLOCK TOWER TO BE REPAIRED",
    "815f2a48": "NOTES FROM THE SHED",
    "4095c56e": "ULVERHOLM ADVERTISER",
    "a995f264": "WYNDLOW ECHO",
    "57814faf": "HONTANAREJO, 10 de septiembre de 2025.",
    "337910c3": "КЛЕНОВОГОРСК, 1 июня 1982 года.",
    "e780db3b": "松岚县人民剧场迎来三十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files (which have no blank lines: each line is a paragraph).

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "the New Zealand internationalist Rewi Alley" ¶495; "the Friends Ambulance Unit, organised by the Quakers"
    # ¶501; "Chartist opposition to the first Opium War" ¶513; "distributed our handbills" ¶525
    Query("Rewi Alley Quakers Chartist handbills", "ac7222d4", "cross-paragraph"),
    # "Anna May Wong (real name Wong Liu Tsong)" ¶115; "a booklet on the life of Claudia Jones" ¶123; "a court
    # in Warsaw trying a Nazi" ¶125
    Query("Wong Liu Tsong Claudia Jones Warsaw", "ccf1d4fa", "cross-paragraph"),
    # "fuimos a la provincia de Gansu" ¶333; "siendo de Texas" ¶335; "una fábrica de robótica en donde demostraron
    # los avances en la cirugía … y una fábrica de Lenovo" ¶339 (Gansu is also in ac7222d4 ¶485 and 6710eba1
    # ¶549, without the rest)
    Query("Gansu Texas Lenovo cirugía", "dde32893", "cross-paragraph"),
    # "the two countries' 'five-star ironclad' friendship" ¶7; "Slovakia was the only member state of NATO" ¶21;
    # "Denis Sassou Nguesso" ¶23
    Query("five-star ironclad Slovakia NATO Sassou Nguesso", "faecd2e1", "cross-paragraph"),
    # seeds/003: "symbols like the Yasukuni Shrine" line 41; "all forms of racism and xenophobia" line 38; "the
    # importance of the Asian front in Japan's defeat" line 42
    Query("Yasukuni Shrine xenophobia Asian front", "b39d8185", "cross-paragraph"),
    # Word forms: the text has another form
    # "delegates explored revolutionary history in Yan'an" ¶535 (explored → exploring; "exploring" is nowhere)
    Query("delegates exploring revolutionary history in Yan'an", "6710eba1", "word-form"),
    # seeds/003: "The agreement consolidates the alignment between Beijing and Moscow" line 3, of "a new joint
    # statement" line 2 (consolidates → consolidating, nowhere in the corpus)
    Query("joint statement consolidating the alignment between Beijing and Moscow", "b39d8185", "word-form"),
    # "una empresa siderúrgica estatal alrededor de la cual los obreros construyeron la ciudad entera" ¶335
    # (construyeron → construyen; the title's "construyendo" is another form again)
    Query("los obreros construyen la ciudad entera alrededor de JISCO", "dde32893", "word-form"),
    # seeds/000: "Li Jinxian, director of the Memorial Work Department" line 1; "his department is actively
    # gathering and verifying information" line 4 (gathering → gathers, verifying → verifies; neither is anywhere)
    Query("Li Jinxian's department gathers and verifies information", "097182f6", "word-form"),
    # Another script or romanisation
    # seeds/000: "Li Jinxian" line 1 (and line 10) and "the Korean city of Wonsan" line 7, in Cyrillic
    Query("Ли Цзиньсянь Вонсан", "097182f6", "translit"),
    # the webinar's speakers "Ken Hammond" ¶363 and "Chen Weihua (Former EU bureau chief of China Daily)" ¶364,
    # in Cyrillic
    Query("Кен Хаммонд Чэнь Вэйхуа", "d89fdf72", "translit"),
    # "David Horsley reviews a season of Anna May Wong's films" ¶111; "Anna May Wong (real name Wong Liu Tsong)"
    # ¶115, her Chinese name 黄柳霜; both in Chinese characters
    Query("戴维·霍斯利 黄柳霜", "ccf1d4fa", "translit"),
    # seeds/003, the Chinese title line 20: "…联合国成立80周年之际关于进一步深化中俄…", in pinyin without tones
    Query("jinyibu shenhua Lianheguo chengli", "b39d8185", "translit"),
    # accents dropped: "Amigos de China Socialista" ¶301/305; "la Alianza de Liberación Negra" ¶305
    Query("Amigos de China Socialista Alianza de Liberacion Negra", "dde32893", "translit"),
    # Russian (names written in Cyrillic)
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501; "Her father, Arthur Clegg" ¶515 (and ¶519)
    Query("Майкл Линдси и Артур Клегг", "ac7222d4", "russian"),
    # "Chairman of the National Assembly of Vietnam Tran Thanh Man" ¶65; "Vietnamese Prime Minister Pham Minh
    # Chinh visited Tianjin" ¶79
    Query("Чан Тхань Ман и Фам Минь Тинь", "362ba691", "russian"),
    # Spanish
    # "El capitalismo no es capaz de cumplir esa clase de proyecto." ¶319
    Query("el capitalismo no es capaz de cumplir esa clase de proyecto", "dde32893", "spanish"),
    # "no vimos casi ninguna falta de vivienda" ¶327
    Query("no vimos casi ninguna falta de vivienda", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "President Kaysone Phomvihane" ¶167; "Vladimir Vladimirovich Yakushev, Secretary of the General Council of
    # the United Russia Party" ¶158
    Query("凯山·丰威汉 雅库舍夫", "20f574be", "chinese"),
    # "Egyptian President Abdel Fattah El-Sisi" ¶451; "Brazilian President Luiz Inácio Lula da Silva" ¶451 (and
    # ¶463–465), as Xinhua writes them
    Query("塞西 卢拉", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "The following article was originally published on the website of China's State Council Information Office"
    # ¶169, of Xi's meeting with the Lao president ¶171–183
    Query("@everyone State Council Information Office\u200b Laos", "20f574be", "mention-noise"),
    # "Xinhua correspondents Zheng Bofei and Jin Jing write" ¶287; "side by side with the Chinese Expeditionary
    # Force on the Burmese battlefield" ¶275
    Query("<@7731> Jin Jing\u200b Expeditionary Force", "7ab1f62c", "mention-noise"),
    # Typos (1–2 edits)
    # "Iranian President Masoud Pezeshkian" (a swap: 2 edits), "Foreign Minister Subrahmanyam Jaishankar" (1) ¶451
    Query("Pezeshkain Jaishankr", "e065690c", "typo"),
    # "Uzbek President Shavkat Mirziyoyev" ¶207 (1 edit); "Turkmenistan" in the title ¶203 (1 edit)
    Query("Shavkat Mirzioyev Turkmenstan", "3a9fa4ed", "typo"),
    # "Queen Mother Norodom Monineath Sihanouk" ¶235 (and ¶239/241), 1 edit in each word
    Query("Monineth Sihanuk", "5a5d8582", "typo"),
    # Names
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien" ¶77; "Prime Minister Pham Minh Chinh"
    # ¶79
    Query("Hoang Xuan Chien Pham Minh Chinh", "362ba691", "name"),
    # "United Nations Secretary General António Guterres, … Kazakhstan President Kassym-Jomart Tokayev" ¶405
    Query("Tokayev Guterres", "26d64f12", "name"),
    # Phrases
    # "should keep the big picture in mind, adopt a long-term perspective" ¶245
    Query("keep the big picture in mind", "5a5d8582", "phrase"),
    # "fully demonstrates the sense of responsibility of major countries as the key victorious nations" ¶191
    Query("the sense of responsibility of major countries", "c061f0a1", "phrase"),
    # Questions
    # seeds/003: "Leadership Diplomacy: Highlight head-of-state diplomacy as the anchor of the relationship" line 53
    Query("what is the anchor of the China–Russia relationship?", "b39d8185", "question"),
    # "The British survivors from the Japanese Far East prisoner-of-war camps were all required not to talk about
    # their ordeals in captivity" ¶277
    Query("why did British prisoners of war not talk about their ordeals?", "7ab1f62c", "question"),
    # "The Chinese nation is a great nation that is never intimidated by any bullies" ¶381
    Query("is the Chinese nation intimidated by bullies?", "38a7d84f", "question"),
    # Topics
    # "The ironclad Pakistan-China friendship has taken root in the hearts of the over 200 million Pakistani
    # people" ¶213 (with "an ironclad friendship" ¶211)
    Query("Pakistan 200 million people ironclad friendship", "3a9fa4ed", "topic"),
    # seeds/000: the memorial restoration (lines 1, 6, 9, 16); "The initiative has not gone unnoticed by Japan"
    # line 13; "Such actions have fueled diplomatic tensions" line 15
    Query("memorial restoration Japan diplomatic tensions", "097182f6", "topic"),
    # seeds/002: Putin's message, "We should resolutely oppose any acts of distorting history and beautifying
    # Nazis" line 11 (b39d8185 line 37 has "distort history", without the Nazis)
    Query("beautifying Nazis distorting history", "424ab945", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Jenny Clegg is a webinar speaker (d89fdf72 ¶366) and SACU writer (ac7222d4 ¶513); the Minyuan Stadium is
    # Liddell's (7ab1f62c ¶291)
    "Jenny Clegg Minyuan Stadium",
    # Claudia Jones is the subject of Horsley's booklet (ccf1d4fa ¶123); the Hyde Park meeting is the Communist
    # Party's of 1937 (ac7222d4 ¶525)
    "Claudia Jones Hyde Park",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "Radhika Desai Buckingham Palace",
    # the Young Communist League of Britain (6710eba1 ¶533/547); the only membership count is the CPC's "100
    # millones de miembros" (dde32893 ¶345)
    "how many members does the Young Communist League of Britain have?",
    # "The same year saw the release of the perhaps overly fictionalised feature film" (ac7222d4 ¶491); no takings
    "what did The Children of Huang Shi earn at the box office?",
    # "President Xi Jinping and his wife Peng Liyuan met with the King and the Queen Mother" (5a5d8582 ¶237); no
    # gift
    "what did Peng Liyuan give the Queen Mother?",
    # "In his 1954 book, 'The People have Strength', his mentor … Rewi Alley wrote" (ac7222d4 ¶495); no age
    "how old was Rewi Alley when he wrote The People have Strength?",
    # "George Hogg came to China as a young idealist" (ac7222d4 ¶493); no ship, no journey out
    "what ship brought George Hogg to China?",
    # "currently showing at the British Film Institute (BFI) on London's Southbank until October 8" (ccf1d4fa
    # ¶111); no opening hours
    "what time does the BFI close on Southbank?",
    # "Callum Norris and Twm Draper of the Young Communist League of Britain" (6710eba1 ¶533); no jobs
    "what was Twm Draper's job before the delegation?",
    # "At noon Xi met with Slovak Prime Minister Robert Fico" (faecd2e1 ¶13); his arrival is never told
    "what time did Robert Fico land in Beijing?",
    "Curacao monument",  # Curacao is 2 edits from Caracas, whose monument is f78fdcd6's; Curaçao is nowhere
    # Yunnan is 2 edits from Yan'an (the revolutionary base of 6710eba1 ¶535/557, dde32893 ¶315); Yunnan is nowhere
    "Yunnan revolutionary base",
    # Tiangong is 3 edits from Tianjin; the only station is Beijing Railway Station (eca32116 ¶221); no space
    "Tiangong space station",
    # "every time he came to China, he would always be deeply impressed" (0e5d6094 ¶265); no first visit
    "когда Лукашенко впервые приехал в Китай?",
    # Liddell "passed away in a Japanese prisoner-of-war camp" (7ab1f62c ¶275), "finally died in a Japanese
    # internment camp" (¶285); born 1902 (¶289), no year of death
    "в каком году умер Эрик Лидделл?",
    # "En Xi'an y Dunhuang … los museos y sitios estaban llenos de niños" (dde32893 ¶325); no opening hours
    "¿a qué hora abren los museos de Xi'an?",
    # "Fuimos para Yan'an" (dde32893 ¶315); "nuestros guías nos dijeron" (¶345, in Jiayuguan); no guide named
    "¿quién guió a la delegación en Yan'an?",
    "通伦 夫人 名字",  # Thongloun (20f574be ¶135–183) in Chinese characters; no wife named
    "卢拉 第几任 总统",  # Lula (e065690c ¶451–465) in Chinese characters; no count of his terms
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "with our instructor Walter Kime" ¶9 (and ¶26); "raised sixty pounds for the barn owl boxes" ¶21; "two new
    # bow saws" ¶25
    Query("Walter Kime barn owl boxes bow saws", "2d5c3463", "cross-paragraph"),
    # "in the Temperance Hall, Cragwyth" ¶3; "Whisky Galore!" ¶14; "members' choice, chosen by postal ballot" ¶16
    Query("Temperance Hall Whisky Galore postal ballot", "e34efb21", "cross-paragraph"),
    # "a small leather notebook wrapped in oilcloth" ¶4; "Miss Isobel Rennie" ¶5; "the new primary in Aberfeldy"
    # ¶19
    Query("Isobel Rennie oilcloth Aberfeldy", "23aaf220", "cross-paragraph"),
    # "a reunion dinner at the Crown Hotel" ¶6; "the club secretary, Norman Blythe" ¶7; "a twenty-mile trial round
    # Tarnwyke reservoir" ¶8 (1bbc130a's reservoir is Oxcleugh)
    Query("Norman Blythe Tarnwyke reservoir Crown Hotel", "4095c56e", "cross-paragraph"),
    # "над новым зданием подняли красный флаг" ¶6; "Прасковья Ильинична Гордеева" ¶8; "высажены сорок пять клёнов"
    # ¶24 (which has "красный уголок" but neither flag nor director)
    Query("Прасковья Гордеева красный флаг сорок пять клёнов", "337910c3", "cross-paragraph"),
    # 《茶山春》 ¶5/15; 剧场经理周建国 ¶21; 老照片展将持续到明年元宵节以后 ¶26
    Query("茶山春 周建国 元宵节", "e780db3b", "cross-paragraph"),
    # Word forms
    # "Dunstanhope's bonfire and fireworks … were called off when the river broke its banks" ¶22 (broke → breaks,
    # irregular; "breaks" is nowhere)
    Query("bonfire called off when the river breaks its banks", "0625c525", "word-form"),
    # "The floats were towed back to the cattle market" ¶15 (towed → tow; bb04f83d ¶23 has a cattle market too,
    # for car parking)
    Query("tow the floats back to the cattle market", "7a77f85f", "word-form"),
    # "se encendieron a la vez las treinta y dos bombillas" ¶4 (encendieron → encienden, nowhere; ¶12 has
    # "enciende", ¶17 "encenderán", ¶24 "enciendan")
    Query("se encienden las treinta y dos bombillas", "57814faf", "word-form"),
    # "Первые сорок швейных машин привезли по реке на барже, и разгружали их вручную" ¶7 (разгружали →
    # разгружают, швейных машин → швейные машины; none of these forms is in the corpus)
    Query("разгружают швейные машины вручную", "337910c3", "word-form"),
    # "The joiners lifted the boards … and found a small leather notebook" ¶4, "beneath the floorboards" ¶15
    # (lifted → lifting, nowhere; found → find, which 815f2a48 ¶6/8/22 uses of other things)
    Query("joiners lifting floorboards find a leather notebook", "23aaf220", "word-form"),
    # "had spent the whole summer wiring headphone sockets into the bedheads of four wards" ¶5 (wiring → wired,
    # nowhere; 593275a3 ¶7 has "bedside headphones", no sockets or wiring)
    Query("Keith Lumb wired headphone sockets into bedheads", "9fec3d60", "word-form"),
    # Another script or romanisation
    # "Dr Enid Pargeter" ¶2–3 in Cyrillic; the cutting of her opening the health centre (44468ff2 ¶6–7) is a fair
    # answer too
    Query("Энид Парджетер", "a3eec76e", "translit", also=("44468ff2",)),
    # "Founder Keith Lumb" ¶5 (and ¶11) in Cyrillic; the launch cutting names him too (593275a3 ¶8); 33ee6916's
    # Lumbs are a mill family
    Query("Кит Ламб", "9fec3d60", "translit", also=("593275a3",)),
    Query("伊莎贝尔·伦尼", "23aaf220", "translit"),  # "Miss Isobel Rennie" ¶5 in Chinese characters
    # "Первым директором стала бывшая ткачиха Прасковья Ильинична Гордеева" ¶8 in Latin letters
    Query("Praskovya Gordeeva", "337910c3", "translit"),
    Query("juchang jingli Zhou Jianguo", "e780db3b", "translit"),  # 剧场经理周建国 ¶21 in pinyin
    Query("Songlan xian renmin juchang", "e780db3b", "translit"),  # 松岚县人民剧场 ¶1/3 in pinyin
    Query("Lucia Tejedor", "57814faf", "translit"),  # accent dropped: "la actual alcaldesa, Lucía Tejedor" ¶17
    # "Committee chairman Doreen Platt" ¶18 in Cyrillic
    Query("Дорин Платт", "7a77f85f", "translit"),
    # "the club secretary, Norman Blythe" ¶7 (Blythe also ¶9/11/16/22) in Chinese characters
    Query("诺曼·布莱思", "4095c56e", "translit"),
    # Russian
    # "в заводском Доме культуры открыта выставка «Полвека в строю»" ¶17
    Query("выставка «Полвека в строю» в Доме культуры", "337910c3", "russian"),
    Query("спартакиада работников фабрики на стадионе", "337910c3", "russian"),  # ¶22
    # "фабрика получила переходящее знамя области за досрочное выполнение плана" ¶9
    Query("переходящее знамя области за досрочное выполнение плана", "337910c3", "russian"),
    # Spanish
    Query("pequeño museo de la electricidad", "57814faf", "spanish"),  # "un pequeño museo de la electricidad" ¶11
    # "llegó al casino el primer aparato de radio del pueblo" ¶9
    Query("el primer aparato de radio del pueblo llegó al casino", "57814faf", "spanish"),
    # "pagaban una peseta al mes por cada bombilla" ¶8
    Query("una peseta al mes por cada bombilla", "57814faf", "spanish"),
    # Chinese
    Query("我与剧场三十年 老照片展", "e780db3b", "chinese"),  # “我与剧场三十年”老照片展开幕式 ¶17
    Query("春节戏曲展演", "e780db3b", "chinese"),  # 剧场将举办春节戏曲展演 ¶19
    Query("新年音乐会 连续两晚", "e780db3b", "chinese"),  # 剧场将连续两晚举办新年音乐会 ¶16
    # Mentions and zero-width spaces
    # "Babette's Feast, with a supper of French cheeses" ¶11; "Cinema Paradiso" ¶15
    Query("<@4411> Cinema Paradiso\u200b Babette's Feast", "e34efb21", "mention-noise"),
    # "The level at Oxcleugh reservoir" ¶14; "a hosepipe ban will come into force" ¶15
    Query("@here \u200bhosepipe ban Oxcleugh", "1bbc130a", "mention-noise"),
    # "A dance at the Drill Hall on 11 October raised forty pounds for the cottage hospital" ¶15 (83b3d3f8 ¶21 has
    # forty pounds too, for jam)
    Query("<#77> Drill Hall\u200b forty pounds", "a995f264", "mention-noise"),
    # Typos
    # "Pitlowrie" ¶1/3 (1 edit); "Schoolmistress's diary" ¶2 (1 edit)
    Query("Pitlowry schoolmistres diary", "23aaf220", "typo"),
    # "The Gantlebury charity raft race" ¶4 (a swap: 2 edits; race → rase, 1 edit)
    Query("Gantelbury raft rase", "bb04f83d", "typo"),
    Query("Wyndlowe Ecco", "a995f264", "typo"),  # "WYNDLOW ECHO" ¶1 (1 edit each)
    # Names
    Query("Amos Barraclough", "a995f264", "name"),  # "The landlord, Mr Amos Barraclough" ¶21
    Query("Anne Ridsdale", "9fec3d60", "name"),  # "the station's chairman, Anne Ridsdale" ¶25
    # Phrases
    Query("I wept in the coal shed after", "23aaf220", "phrase"),  # the diary, ¶13
    # "which sank halfway down the course with the band still playing" ¶15
    Query("sank halfway down the course with the band still playing", "bb04f83d", "phrase"),
    # "Columbia came down … landing on a dry lake bed like a glider" ¶10
    Query("landing on a dry lake bed like a glider", "815f2a48", "phrase"),
    # Questions
    # "She delivered, by her own count, more than eleven hundred babies" ¶12
    Query("how many babies did Dr Pargeter deliver?", "a3eec76e", "question"),
    # "The clock on Scarletmoss library stopped at 4.17pm on 2 January" ¶22
    Query("when did the Scarletmoss library clock stop?", "33ee6916", "question"),
    # "The strawberry jam week costs forty pounds for all five mornings" ¶21
    Query("how much does the strawberry jam week cost?", "83b3d3f8", "question"),
    # "Race day was cold and wet. Blythe finished in three hours and forty-one minutes." ¶9
    Query("how long did Norman Blythe take to finish the first London Marathon?", "4095c56e", "question"),
    # Topics
    # "RADIO SCARLET AT THIRTY" ¶1; "The anniversary will be marked with a special live programme" ¶13; "an open
    # day on Saturday 8 November" ¶15 (593275a3 is the launch thirty years before)
    Query("Radio Scarlet anniversary open day", "9fec3d60", "topic"),
    # "the space shuttle Columbia" ¶5; "a photograph of the launch" ¶13; "after Gagarin's flight on 12 April 1961"
    # ¶8
    Query("space shuttle Columbia launch Gagarin", "815f2a48", "topic"),
    # "NEW HEALTH CENTRE OPENS ITS DOORS" ¶5; "The centre brings together two surgeries, a dental room and a baby
    # clinic" ¶8 (the obituary, a3eec76e ¶11, tells of the campaign for it, not of what it holds)
    Query("new health centre two surgeries dental room baby clinic", "44468ff2", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Keith Lumb founded the hospital radio (9fec3d60, 593275a3); the London Marathon is Ulverholm's (4095c56e)
    "Keith Lumb London Marathon",
    # Dr Enid Pargeter (a3eec76e, 44468ff2) is never at the Gantlebury raft race (bb04f83d)
    "Enid Pargeter raft race",
    # Walter Kime teaches hedge laying (2d5c3463 ¶9/26); the film society is Cragwyth's (e34efb21)
    "Walter Kime film society",
    # Doreen Platt chairs the Scarletmoss gala committee (7a77f85f ¶18); the bonfire is Dunstanhope's (0625c525)
    "Doreen Platt bonfire",
    # Carol Ashe ran the first London Marathon (4095c56e ¶10/28); the gala is Scarletmoss's (7a77f85f)
    "Carol Ashe Scarletmoss gala",
    # Amos Barraclough kept the Golden Fleece in Wyndlow (a995f264 ¶21); the Lady Well is Dunstanhope's (a3eec76e
    # ¶18)
    "Amos Barraclough Lady Well",
    # "el alcalde, don Anselmo Rubio, bajó la palanca" (57814faf ¶4); no word of his is reported (the quotes,
    # ¶22–23, are the present alcaldesa's)
    "¿qué dijo don Anselmo Rubio al encender la luz?",
    # "The winning goal was scored by a seventeen-year-old apprentice joiner" (a995f264 ¶7); never named
    "who scored the winning goal for Wyndlow Rovers against Hexby Albion?",
    # "because the matron said it would not wake anyone up" (9fec3d60 ¶8); never named
    "who was the matron at Scarletmoss Infirmary?",
    # "The first was held on 5 June 1971, when six rafts … raced for a barrel of beer" (bb04f83d ¶12); no winner
    "which crew won the 1971 raft race on the River Gant?",
    # "children's matinee at 2pm, The Railway Children" (e34efb21 ¶8); no end time
    "what time does the children's matinee of The Railway Children finish?",
    # the health centre on Cragwyth Road (44468ff2 ¶6–8, a3eec76e ¶11); no cost anywhere
    "how much did the new health centre on Cragwyth Road cost?",
    # "The record time for the course, set by a crew of dustmen, will not stand" (bb04f83d ¶16); no time given
    "what was the record time for the Gantlebury raft race course?",
    # "The drinking fountain in the Market Place, unveiled on 22 June to mark the Queen's Diamond Jubilee" (a995f264
    # ¶20); nobody named as unveiling it
    "who unveiled the Wyndlow drinking fountain in 1897?",
    # "the official opening … when the mayoress cut a tape at the Tarn Lane roundabout" (a995f264 ¶11); never
    # named
    "who was the mayoress who opened the Wyndlow bypass?",
    # "Miss Rennie left Pitlowrie in 1913 to marry a farmer near Crieff" (23aaf220 ¶16); never named
    "what was the name of the farmer Isobel Rennie married?",
    # "Councillors agreed to pay for the repairs" (33ee6916 ¶23); no sum
    "how much did the Scarletmoss library clock repairs cost?",
    # "said Dr Anil Kapoor, who now leads the practice" (a3eec76e ¶21); no date
    "when did Dr Anil Kapoor join the practice?",
    # "A reunion dinner … is planned in the new year, on 3 and 4 January" (9fec3d60 ¶19): still to come; the one
    # count of volunteers is "forty" at the end of the 1980s (¶10)
    "how many volunteers came to the Radio Scarlet reunion dinner?",
    "松岚剧场改造工程花了多少钱",  # 剧场完成了为期一年的改造工程 (e780db3b ¶11); no cost
    "《茶山春》的编剧是谁",  # 《茶山春》 (e780db3b ¶5/15) was staged by 县采茶剧团; no writer
    "王秀英退休前在哪所学校教书",  # 退休教师王秀英 (e780db3b ¶24); no school named
    # "Первые сорок швейных машин привезли по реке на барже" (337910c3 ¶7); no price
    "сколько стоили первые швейные машины?",
    # "Первым директором стала … Гордеева" (337910c3 ¶8); no later director named
    "кто стал вторым директором фабрики «Рассвет»?",
    # "el Ayuntamiento terminó de restaurarlo" (57814faf ¶11), "la antigua central" (¶19); no cost
    "¿cuánto costó restaurar la antigua central?",
    # "según cuenta la crónica del párroco" (57814faf ¶5); never named
    "¿cómo se llamaba el párroco de Hontanarejo?",
    # Pitlochry is 4 edits from Pitlowrie, whose schoolhouse diary is 23aaf220's; Pitlochry is nowhere
    "Pitlochry schoolhouse diary",
    "Ulverston harriers",  # Ulverston is 4 edits from Ulverholm, whose Harriers are 4095c56e's
    # Dunstable is 5 edits from Dunstanhope, whose reservoir and hosepipe ban are 1bbc130a's
    "Dunstable reservoir hosepipe ban",
    # Красногорск is 4 edits from Кленовогорск, whose sewing factory is 337910c3's
    "Красногорск швейная фабрика",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind73/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
