"""A hundred-and-nineteenth lookup query set, the sixtieth round's BLIND set (written in the fifty-ninth session):
committed unscored, scored once at the end of the round, and not read while the search is tuned (a score on it
is out-of-sample only as long as nobody reads it before then). Laid out as tests/queries_blind106.py, and, like
it, RICH IN UNANSWERABLE QUERIES.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind117.py and tests/queries_blind118.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some sixteen thousand), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: nearly every name, pair of names, short phrase and transcription of a seed article had
  been used already, and some nine in ten first drafts (well over a hundred) had to be rewritten or
  dropped, so there are fewer seed queries here than in tests/queries_blind106.py, and more on the new
  documents; the seed queries that remain are longer joins of passages, inflected forms no earlier
  query used, Russian names in oblique cases, and typos.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind131/docs, copied as ONE
  corpus into a subfolder blind131/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 15 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 11
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 5 + 13 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names and words, pinyin without tones, accents dropped), russian 4 + 2,
spanish 2 + 4, chinese 0 + 3, mention-noise 1 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 2 + 3 (1–2 edits a word), name 0 + 4, phrase 2 + 5, question 2 + 8,
topic 3 + 6: 31 + 77 answerable, and 15 + 42 unanswerable. (No Chinese query and no name query on the
seeds survived the near-copy check.) Every answerable query is answered by the documents' own words in
some form, spelling or script (names may be written in another script); none needs a translation of a
common noun or a synonym the text never uses.

The unanswerable queries are a point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won, opened, founded, carved or presided; who a sculptor, a medium, a collector or a speaker was; how many
climbed, goals, pupils or seconds; what time a ceilidh ends; what a refit, a besom, a ticket or a
rebuilding cost; which room; what a gift or a time capsule held; someone's age or birthday); a place the
corpus does not hold (simply absent) joined to a subject it does; Russian, Spanish and Chinese ones. Each
shares one or more words with its corpus on purpose (in another script for some of the seeds' ones), and
every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets; in the new documents, which have no blank lines,
each line) holds all of the query's words. For word-form queries it checked that the form the query
uses is not in the corpus (or, where it is, in which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind131/docs/* into ONE temporary
# corpus folder under the subfolder blind131/: files are then "blind131/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind131/docs",)
NEWDOCS_SUBDIRS = ("blind131",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_brimsey_courier_digest.txt, split by the loader: Wade's Wimbledon (¶3–6), the new courts (¶9–12), the
    # strawberry tea twenty-five years on (¶15–19); the "* * *" rules (¶7, ¶13) come out as articles of their own,
    # and the header (¶1) and the datelines (¶2, ¶8, ¶14) belong to none of them
    "798e2b1f": "WADE WINS, AND BRIMSEY CHEERS",
    "7c710ce0": "* * *",
    "d3c4ad31": "NEW COURTS FOR BRIMSEY",
    "7c710ce0-2": "* * *",
    "5288d963": "TWENTY-FIVE YEARS ON",
    "58c55acb": "CRADNELL FLY DRESSERS' CLUB",
    "6f60ed1a": "FOSSBECK TOWN COUNCIL",
    # en_fossbeck_gazette_digest.txt, split by the loader: the Drill Hall fire of 1986 (¶3–7), the Millennium beacon
    # (¶10–13), the hall reopening in 2021 (¶16–21); the "* * *" rules (¶8, ¶14) come out as articles of their own,
    # and the header (¶1) and the datelines (¶2, ¶9, ¶15) belong to none of them
    "39c14e10": "DRILL HALL GUTTED",
    "c94b3a3e": "* * *",
    "6bb24acf": "BEACON FOR THE MILLENNIUM",
    "c94b3a3e-2": "* * *",
    "66222458": "HALL DOORS OPEN AGAIN",
    "c9c7abd6": "GLEBEHOLT, Thursday 5 January",
    "569d0a87": "GLENMORDIE AND THE BEN",
    "f0497aa6": "INK AND ALIBI",
    "dc9d6bb0": "MARROWICK PRIMARY SCHOOL",
    "9d670193": "OLWEN HOLLICK",
    "63c53a62": "THACKSTEAD MERCURY",
    "d7ceb7b7": "FOUR LITTLE RABBITS, 125 YEARS ON",
    "37e4998c": "BESOM BROOM-MAKING IN WADSLEY WOOD",
    "4e120622": "Cercanieve, 11 de febrero",
    "010e0c30": "«Мерзлотинский вестник»",
    "0cbd6ad5": "瓯桥镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files (which have no blank lines: each line is a paragraph).

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "President Xi Jinping and his wife Peng Liyuan met with the King and the Queen Mother at Zhongnanhai" ¶237;
    # "arrived in Beijing … far ahead of others" ¶235; "the China-Cambodia friendship … is rock-solid" ¶245
    # ("rock-solid" is also in d807680a ¶89)
    Query("Peng Liyuan Zhongnanhai far ahead of others rock-solid", "5a5d8582", "cross-paragraph"),
    # "Jodie Evans (Co-founder of Code Pink)" ¶365; "Ken Hammond (Historian and China scholar)" ¶363; "the 80th
    # anniversary of Japan's surrender" ¶355; "VE or Victory in Europe Day" ¶359
    Query("Jodie Evans Ken Hammond Japan's surrender VE Day", "d89fdf72", "cross-paragraph"),
    # "Discussions at Fudan University … AI-driven renewable energy management" ¶541; "the Dunhuang Salt Tower solar
    # plant" ¶539; "Concrete examples from Botswana" ¶537
    Query("Fudan University AI-driven renewable energy Salt Tower Botswana", "6710eba1", "cross-paragraph"),
    # "Chen Weihua (Former EU bureau chief of China Daily)" ¶364; "the largely Eurocentric narrative" ¶355; "China
    # suffered over 35 million casualties" ¶357
    Query("Chen Weihua China Daily EU bureau Eurocentric 35 million casualties", "d89fdf72", "cross-paragraph"),
    # "Vladimir Vladimirovich Yakushev, Secretary of the General Council of the United Russia Party" ¶158; "the
    # United Left Movement Party of the Dominican Republic" ¶159
    Query("Yakushev United Russia General Council Dominican Republic", "20f574be", "cross-paragraph"),
    # "a financial donation from a Colonel Younghusband" ¶521; "even from the occasional Conservative MP" ¶523; "the
    # Daily Worker, the newspaper of the Communist Party of Great Britain" ¶507
    Query("Colonel Younghusband financial donation Conservative MP Daily Worker", "ac7222d4", "cross-paragraph"),
    # Word forms: the text has another form
    # "Xinhua correspondents Zheng Bofei and Jin Jing write: 'At the 1924 Paris Olympics, Eric Liddell captured gold'"
    # ¶287 (captured → capturing, write → writing; "writing" is in ac7222d4 ¶513, of Jenny Clegg)
    Query("Eric Liddell capturing gold, Zheng Bofei and Jin Jing writing", "7ab1f62c", "word-form"),
    # "Guterres expressed his gratitude for China's strong and solid support to the UN" ¶409; "Egyptian Prime Minister
    # Mostafa Madbouly and Myanmar's Acting President Min Aung Hlaing" in Tianjin ¶405 (expressed → expressing)
    Query("Guterres expressing gratitude, Madbouly and Min Aung Hlaing in Tianjin", "26d64f12", "word-form"),
    # "The summit was convened and chaired by Brazilian President Luiz Inácio Lula da Silva … India was represented
    # by Foreign Minister Subrahmanyam Jaishankar" ¶451 (chaired → chairing; "representing" is in ¶451 itself, of the
    # Crown Prince of Abu Dhabi)
    Query("Lula chairing BRICS, Jaishankar representing India", "e065690c", "word-form"),
    # "David Horsley reviews a season of Anna May Wong's films, currently showing at the British Film Institute
    # (BFI)" ¶111 (reviews → reviewing)
    Query("David Horsley reviewing Anna May Wong's films at the BFI", "ccf1d4fa", "word-form"),
    # Another script or romanisation
    # "Denis Sassou Nguesso" ¶23, "Robert Fico" ¶13, "Emmerson Mnangagwa" ¶5, "a series of meetings on September 4
    # with national leaders who had come to Beijing" ¶3, in Cyrillic
    Query("Сассу-Нгессо Роберт Фицо Мнангагва Пекин 4 сентября", "faecd2e1", "translit"),
    # "in Tianjin on August 30 … António Guterres, Egyptian Prime Minister Mostafa Madbouly and Myanmar's Acting
    # President Min Aung Hlaing" ¶405, in Cyrillic
    Query("Гутерреш Мадбули Мин Аун Хлайн Тяньцзинь", "26d64f12", "translit"),
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491,
    # in Cyrillic ("Chow Yun-fat and Jonathan Rhys Meyers in the film about Hogg")
    Query("Чоу Юньфат и Джонатан Рис-Майерс в фильме про Хогга", "ac7222d4", "translit"),
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501, in Cyrillic (prepositional case)
    Query("о Майкле Линдси, бароне Линдси оф Биркер", "ac7222d4", "translit"),
    # "Vice President Delcy Rodríguez and Defence Minister Vladimir Padrino" ¶33 (and ¶53), in Cyrillic
    # (prepositional case)
    Query("о Дельси Родригес и Владимире Падрино", "f78fdcd6", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Uzbek President Shavkat Mirziyoyev" ¶207 and "Pakistani Prime Minister Shehbaz Sharif" ¶211, met by Xi in
    # Beijing ¶205 ("Xi Jinping received Mirziyoyev and Shehbaz Sharif")
    Query("Мирзиёева и Шахбаза Шарифа принимал Си Цзиньпин", "3a9fa4ed", "russian"),
    # "written by Callum Norris and Twm Draper" ¶533; "At the Fourth Dialogue … in Dunhuang" ¶537 ("about Callum
    # Norris and Twm Draper in Dunhuang"; dde32893 ¶307/325/335 has Dunhuang too, without them)
    Query("о Каллуме Норрисе и Туме Дрейпере в Дуньхуане", "6710eba1", "russian"),
    # "Kazakhstan President Kassym-Jomart Tokayev" and "António Guterres" ¶405 ("about Tokayev and Guterres")
    Query("о Кассым-Жомарте Токаеве и Антониу Гутерреше", "26d64f12", "russian"),
    # "Liu Qibao" line 4 and on; "his meeting with Ivan Melnikov … in Khabarovsk" line 6 ("about Liu Qibao and Ivan
    # Melnikov in Khabarovsk")
    Query("про Лю Цибао и Ивана Мельникова в Хабаровске", "054ef6fb", "russian"),
    # Spanish
    # "Desafortunadamente, eso me hizo reír – siendo de Texas" ¶335 (reír → rió, siendo → ser)
    Query("Loving se rió por ser de Texas", "dde32893", "spanish"),
    # "fuimos a la provincia de Gansu … Pero realmente nos impresionó lo que están haciendo allí" ¶333
    Query("nos impresionó mucho la provincia de Gansu", "dde32893", "spanish"),
    # Mentions and zero-width spaces around the real words
    # "Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk … Peng Liyuan met with the King and the Queen
    # Mother at Zhongnanhai … on August 26" ¶237; "welcomed King Norodom Sihamoni's attendance" ¶239
    Query("<@6021> Queen Mother\u200b August 26 Peng Liyuan welcomed", "5a5d8582", "mention-noise"),
    # Typos (1–2 edits)
    # "King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk" ¶235; "at Zhongnanhai" ¶237
    Query("Sihamonni Monineath Zhongnanhay", "5a5d8582", "typo"),
    # "Iranian President Masoud Pezeshkian, Indonesian President Prabowo Subianto" and "South African President Cyril
    # Ramaphosa" ¶451
    Query("Pezeskian Subianto Ramaphossa", "e065690c", "typo"),
    # Phrases
    # "effectively carry out the ten partnership actions and foster new growth drivers in green industries" ¶27
    Query("the ten partnership actions and new growth drivers", "faecd2e1", "phrase"),
    # "refers to the 'Hands off China' Campaign (1925-27) and the 'Friends of the Chinese People' (1927-37)" ¶513
    Query("Hands off China Campaign Friends of the Chinese People 1927-37", "ac7222d4", "phrase"),
    # Questions
    # "Slovakia was the only member state of NATO and the EU to be represented at the commemoration at head of
    # government level" ¶21
    Query(
        "which NATO country's leader was the only one at head of government level at the commemoration?",
        "faecd2e1",
        "question",
    ),
    # "the China Campaign Committee (CCC), which was founded in late August or early September 1937" ¶505
    Query("which British organisation was founded in late August or early September 1937?", "ac7222d4", "question"),
    # Topics
    # "In Tianjin, he taught at an Anglo-Chinese college and left a visible legacy in sports … where Liddell himself
    # won several medals" ¶291
    Query("Anglo-Chinese college sports Tianjin Liddell medals", "7ab1f62c", "topic"),
    # "President Khurelsukh said that it is a priority of Mongolia's foreign policy to maintain permanent
    # good-neighbourly friendship and pursue sustainable, mutually beneficial cooperation with China" ¶199
    Query("Khurelsukh sustainable mutually beneficial good-neighbourly", "c061f0a1", "topic"),
    # "He called on BRICS to 'play a critical role in strengthening the multilateral system.'" ¶467
    Query("Ramaphosa calling on BRICS to strengthen the multilateral system", "e065690c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "the sculpture also represents recognition …" (f78fdcd6 ¶47); no sculptor or designer is named
    "what was the sculptor of the Caracas monument called?",
    # Montevideo is not in the corpus; the monument to China's victory is in Caracas (f78fdcd6)
    "Montevideo monument China victory",
    "李金先 年龄",  # Li Jinxian (097182f6 line 1) in Chinese characters; no age
    # the Minyuan Stadium (7ab1f62c ¶291): designed with Liddell's help, modelled on Stamford Bridge; no floodlights,
    # nobody paying
    "who paid for the Minyuan Stadium's floodlights?",
    # Ramaphosa is at the BRICS summit (e065690c ¶451, ¶467); the veterans near Khabarovsk are Liu Qibao's (054ef6fb)
    "Ramaphosa visiting Khabarovsk veterans",
    "¿qué edad tiene Sydney Loving?",  # dde32893 ¶297–345: her trip and her views, no age
    # Vientiane is not in the corpus; Hun Sen was a guest in Hanoi (20f574be ¶154), Díaz-Canel visited Laos (¶161)
    "Vientiane Hun Sen visit",
    # Hogg's "simple grave at the end of the trail", in what is now a playing field (ac7222d4 ¶497); no inscription,
    # no tombstone
    "Hogg's tombstone inscription in Shandan",
    # "During his recent visit to China … our co-editor Keith Bennett participated in an international symposium"
    # (ac7222d4 ¶475); no flight
    "Keith Bennett's flight home from Beijing",
    "what did Min Aung Hlaing give Xi as a present?",  # 26d64f12 ¶415–419: the talks, no gift
    # Mnangagwa met Xi in Beijing (faecd2e1 ¶5–11); Khabarovsk is Liu Qibao's (054ef6fb); no article joins them
    "Мнангагва в Хабаровске",
    "何克 生日",  # George Hogg (ac7222d4) in Chinese characters: he "died of tetanus aged just 30" (¶483); no birthday
    # "with Kazakhstan President Kassym-Jomart Tokayev in the evening" (26d64f12 ¶405); no dinner, no menu
    "Tokayev's dinner menu in Tianjin",
    # "on the rostrum of Tienanmen Square" (eca32116 ¶219); nobody designed anything for the parade in the corpus
    "who designed the rostrum of Tienanmen for the parade?",
    # Ulan Bator is not in the corpus; Keith Bennett spoke in Beijing (ac7222d4 ¶475) and at the webinar (d89fdf72
    # ¶367)
    "Кит Беннетт выступал в Улан-Баторе",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Betty Stöve of Holland" ¶4; "'We cheered so loudly the tea urn boiled over,' said the club captain, Mrs Vera
    # Stannard" ¶5 (the tea urn and Mrs Stannard again in 5288d963 ¶17, without Stöve)
    Query("Vera Stannard tea urn Betty Stöve", "798e2b1f", "cross-paragraph", also=("5288d963",)),
    # "our guest tier, Sandy Muirhouse" ¶5; "his Greenwell's Glory was the best in the county" ¶15; "The club trip to
    # the Tweed … eight places in the bunkhouse" ¶13
    Query("Sandy Muirhouse Greenwell's Glory Tweed bunkhouse", "58c55acb", "cross-paragraph"),
    # "a slate plaque … carved by the Fossbeck letter-cutter Rhodri Fagg" ¶7; "Derek Hebden and Colin Byers" ¶8
    Query("Rhodri Fagg slate plaque Colin Byers", "6f60ed1a", "cross-paragraph"),
    # "The caretaker, Mr Wallace Oddie, locked up … after the Over-Sixties' whist drive" ¶7; "booked for the Young
    # Farmers' dance" ¶6
    Query("Wallace Oddie whist drive Young Farmers' dance", "39c14e10", "cross-paragraph"),
    # "Mrs Brenda Cattermole of Wyebank Road" ¶7; "The dinner is … at the Anchor Hotel" ¶15
    Query("Brenda Cattermole Wyebank Road Anchor Hotel", "c9c7abd6", "cross-paragraph"),
    # "a Glenmordie lad, Duncan Rennie" ¶14; "turned back by snow at the Red Burn" ¶16; "the exhibition 'Hourly on the
    # Hill'" ¶5
    Query("Duncan Rennie Red Burn Hourly on the Hill", "569d0a87", "cross-paragraph"),
    # "as Mrs Teresa Neele of Cape Town" ¶6; "in her Morris Cowley" ¶3; "Policemen dragged the Silent Pool" ¶5 (and ¶9)
    Query("Teresa Neele Morris Cowley Silent Pool", "f0497aa6", "cross-paragraph"),
    # "one teacher, Miss Martha Threlfall" ¶5; "Our oldest former pupil, Mrs Lily Garbutt" ¶12; "we have booked the
    # Palace Theatre again" ¶9
    Query("Martha Threlfall Lily Garbutt Palace Theatre", "dc9d6bb0", "cross-paragraph"),
    # "She married Idris Hollick, a quarry clerk" ¶6; "the first broadcast of Dylan Thomas's Under Milk Wood" ¶7
    Query("Idris Hollick quarry clerk Under Milk Wood", "9d670193", "cross-paragraph"),
    # "Mrs Hetty Pinchbeck's chrysanthemums" ¶9; "the Electric Palace in Bridge Street" ¶11 (and ¶19); "by excursion
    # train to Deepdale" ¶14
    Query("Hetty Pinchbeck Electric Palace Deepdale", "63c53a62", "cross-paragraph"),
    # "the town's first librarian, Miss Clemency Toomer" ¶11; "the illustrator Imogen Sallis" ¶12; "a rented house at
    # Dunkeld in Perthshire" ¶3
    Query("Clemency Toomer Imogen Sallis Dunkeld", "d7ceb7b7", "cross-paragraph"),
    # "un telegrama de felicitación, cuya copia se conserva … en el salón de plenos" ¶6; "el casco es obligatorio"
    # ¶19; "Los dorsales se entregarán en la misma pista" ¶18
    Query("telegrama salón de plenos casco obligatorio dorsales", "4e120622", "cross-paragraph"),
    # "ring Bryony at the wood yard" ¶18; "the Wadsley Wood Trust, a registered charity" ¶17; "The 44 bus stops at the
    # end of the lane" ¶15
    Query("Bryony Wadsley Wood Trust 44 bus", "37e4998c", "cross-paragraph"),
    # "бульдозерист Анатолий Логачёв, снимая мёрзлый грунт на ручье Киргилях" ¶3; "доктор наук Ирина Ганцева" ¶12
    Query("Логачёв Киргилях Ганцева", "010e0c30", "cross-paragraph"),
    # 温州十九岁的姑娘章华妹 ¶4; 他的孙子林晓东 ¶8 (and ¶15); 本报记者 周雨桐 ¶19
    Query("章华妹 林晓东 周雨桐", "0cbd6ad5", "cross-paragraph"),
    # Word forms
    # "Virginia Wade won the women's singles at Wimbledon …, beating Betty Stöve" ¶4 (beating → beats; 5288d963 ¶16:
    # "after Virginia Wade won Wimbledon")
    Query("Virginia Wade beats Betty Stöve at Wimbledon", "798e2b1f", "word-form", also=("5288d963",)),
    # "the hall's clock tower fell into Tanyard Street at about 2am" ¶5 (fell → falling, irregular; 39c14e10 ¶5: "The
    # clock tower fell into the street", its hall "on Tanyard Street" ¶4)
    Query("the clock tower falling into Tanyard Street", "6f60ed1a", "word-form", also=("39c14e10",)),
    # "ninety years to the day after Sir Ernest Shackleton died aboard her" ¶2; "The ship was the Quest … off
    # Grytviken" ¶3 (died → dying)
    Query("Shackleton dying aboard the Quest off Grytviken", "c9c7abd6", "word-form"),
    # "came down again and drove off into the dark in her Morris Cowley" ¶3 (drove → driving, irregular; "drive" is
    # in ¶10)
    Query("Agatha Christie driving off into the dark in her Morris Cowley", "f0497aa6", "word-form"),
    # "Noel kept the letter" ¶7 (kept → keeping, irregular); "The boy was Noel Moore … Beatrix Potter" ¶4
    Query("Noel Moore keeping Beatrix Potter's letter", "d7ceb7b7", "word-form"),
    # "Лекцию «Как мерзлота хранит время» прочтёт … доктор наук Ирина Ганцева" ¶12 (Ирина Ганцева → Ирины
    # Ганцевой, доктор → доктора, мерзлота → мерзлоте)
    Query("лекция доктора наук Ирины Ганцевой о мерзлоте", "010e0c30", "word-form"),
    # "Francisco Fernández Ochoa, «Paquito», ganó el eslalon de los Juegos Olímpicos de Sapporo" ¶3 (ganó → gana)
    Query("Paquito gana el eslalon de Sapporo", "4e120622", "word-form"),
    # "el Ayuntamiento le envió un telegrama de felicitación" ¶6 (envió → envía)
    Query("el Ayuntamiento envía un telegrama de felicitación a Paquito", "4e120622", "word-form"),
    # "Olwen retired on Friday 23 July 1971, and the whole school walked her home" ¶9; "teaching in the infants' room
    # of the village school" ¶5 (retired → retiring)
    Query("Olwen Hollick retiring from the village school", "9d670193", "word-form"),
    # "the Mayor, Alderman Frank Leadbitter, who dived in fully dressed" ¶5 (dived → diving)
    Query("Alderman Frank Leadbitter diving in fully dressed", "63c53a62", "word-form"),
    # "Forty firefighters from four stations fought the blaze until dawn" ¶5 (fought → fighting, irregular; 39c14e10
    # ¶5: "Firemen from four stations fought the blaze until dawn")
    Query("firefighters fighting the blaze until dawn", "6f60ed1a", "word-form", also=("39c14e10",)),
    # Another script or romanisation
    # "Virginia Wade won the women's singles at Wimbledon" ¶4, in Cyrillic (5288d963 ¶16 too)
    Query("Вирджиния Уэйд Уимблдон", "798e2b1f", "translit", also=("5288d963",)),
    # "Shackleton" ¶2–3 and "Grytviken" ¶3/6/13 in Chinese characters
    Query("沙克尔顿 格里特维肯", "c9c7abd6", "translit"),
    # "Agatha Christie" ¶3 and "the Harrogate Hydropathic Hotel" ¶6 (Harrogate again ¶11, ¶19), in Cyrillic
    Query("Агата Кристи Харрогейт", "f0497aa6", "translit"),
    Query("Беатрис Поттер Данкелд", "d7ceb7b7", "translit"),  # "Beatrix Potter" ¶4, "at Dunkeld" ¶3, in Cyrillic
    # "бульдозерист Анатолий Логачёв … на ручье Киргилях" ¶3 in Latin letters
    Query("Anatoly Logachev Kirgilyakh", "010e0c30", "translit"),
    Query("Pyotr Savvich Khomutov", "010e0c30", "translit"),  # "геолог Пётр Саввич Хомутов" ¶5 in Latin letters
    Query("Zhang Huamei Wenzhou", "0cbd6ad5", "translit"),  # 温州十九岁的姑娘章华妹 ¶4 in pinyin
    Query("Lin Agen caifeng", "0cbd6ad5", "translit"),  # 镇上的老裁缝林阿根 ¶5 in pinyin
    Query("Чжан Хуамэй Вэньчжоу", "0cbd6ad5", "translit"),  # 温州…章华妹 ¶4 in Cyrillic
    # accents dropped: "Francisco Fernández Ochoa … ganó el eslalon de los Juegos Olímpicos de Sapporo" ¶3
    Query("Francisco Fernandez Ochoa eslalon Sapporo", "4e120622", "translit"),
    # "Shackleton" ¶2–3, "Grytviken" ¶3, "The ship was the Quest" ¶3, in Cyrillic
    Query("Шеклтон Грютвикен Квест", "c9c7abd6", "translit"),
    # "Dylan Thomas's Under Milk Wood" ¶7 and "Olwen Hollick" ¶1/3, in Cyrillic
    Query("Дилан Томас Олвен Холлик", "9d670193", "translit"),
    # "the observatory on the summit of Ben Nevis" ¶3 and "Duncan Rennie" ¶14, in Cyrillic
    Query("Бен-Невис Дункан Ренни", "569d0a87", "translit"),
    # Russian
    Query("выставка «Дима и его время»", "010e0c30", "russian"),  # "открыта выставка «Дима и его время»" ¶10
    Query("лекция «Как мерзлота хранит время»", "010e0c30", "russian"),  # "Лекцию «Как мерзлота хранит время»" ¶12
    # Spanish
    Query("medio siglo del oro de Sapporo", "4e120622", "spanish"),  # "Medio siglo del oro de Sapporo" ¶2
    # "una pequeña bajada de antorchas, pero la nieve escaseó y solo participaron treinta esquiadores" ¶10
    Query("bajada de antorchas con treinta esquiadores", "4e120622", "spanish"),
    # "la cena de socios se celebrará el sábado 5 de marzo en el hotel del puerto" ¶13
    Query("la cena de socios en el hotel del puerto", "4e120622", "spanish"),
    # "«Paquito nos enseñó que desde un pueblo pequeño se puede llegar muy lejos», dice Villaraz" ¶15
    Query("Paquito nos enseñó que desde un pueblo pequeño se puede llegar muy lejos", "4e120622", "spanish"),
    # Chinese
    Query("第一张个体工商户营业执照", "0cbd6ad5", "chinese"),  # 我国第一张个体工商户营业执照发放四十周年 ¶3
    # 举办“小店四十年”图片展 ¶9; 图片展将移到县图书馆继续展出 ¶14
    Query("“小店四十年” 县图书馆 继续展出", "0cbd6ad5", "chinese"),
    Query("老字号市集 四十多家老店", "0cbd6ad5", "chinese"),  # 老街将举办“老字号市集”，四十多家老店摆摊 ¶10
    # Mentions and zero-width spaces
    # "The museum's curator, Neil Parfrey" ¶9; "He will give a talk, 'The Boss and the Quest'" ¶10
    Query("<@2291> Neil Parfrey\u200b The Boss and the Quest", "c9c7abd6", "mention-noise"),
    # "Guided walk to the Halfway Lochan with ranger Kirsty MacPhail" ¶6
    Query("@here Kirsty MacPhail\u200b Halfway Lochan", "569d0a87", "mention-noise"),
    # "ring Bryony at the wood yard" ¶18; "Besoms are for sale at the wood yard all year round" ¶19
    Query("@everyone Bryony\u200b wood yard besoms", "37e4998c", "mention-noise"),
    # Typos
    # "GLENMORDIE AND THE BEN: OBSERVATORY 125" ¶1 (2 edits, 1 edit); "the summit of Ben Nevis" ¶3
    Query("Glenmordy Obervatory Ben Nevis", "569d0a87", "typo"),
    # "Mrs Patricia Wolstenholme … a chambermaid at the hydro" ¶13 (1 edit, 2 edits); Harrogate ¶6
    Query("Wolstenholm chambermade Harrogate", "f0497aa6", "typo"),
    # "MARROWICK PRIMARY SCHOOL" ¶1, "Our centenary tea party" ¶12, "a Victorian day" ¶11 (1 edit each)
    Query("Marowick Centenery Victorian day", "dc9d6bb0", "typo"),
    # Names
    Query("Anselmo Villaraz", "4e120622", "name"),  # "el presidente del club, Anselmo Villaraz" ¶11 (Villaraz ¶15)
    Query("Menna Roberts", "9d670193", "name"),  # "Her niece, Menna Roberts, is collecting memories" ¶15
    Query("Craig Aspinall", "d7ceb7b7", "name"),  # "said the librarian, Craig Aspinall" ¶14
    Query("Derek Hebden", "6f60ed1a", "name"),  # "Two firefighters …, Derek Hebden and Colin Byers" ¶8
    # Phrases
    Query("We cheered so loudly the tea urn boiled over", "798e2b1f", "phrase"),  # Vera Stannard, ¶5
    Query("She never raised her voice", "9d670193", "phrase"),  # Geraint Vaughan, ¶17
    Query("Sailing Saturday 17th, all being well", "c9c7abd6", "phrase"),  # Albert Tunstead's postcard, ¶5
    Query("We are to come down on the 1st, for good", "569d0a87", "phrase"),  # Duncan Rennie's letter, ¶14
    # Councillor Brigstock, ¶12
    Query("Half of this town met their husbands and wives on that floor", "6f60ed1a", "phrase"),
    # Questions
    # "Shackleton, who was 47, suffered a heart attack in his cabin" ¶3
    Query("at what age did Sir Ernest Shackleton suffer his heart attack?", "c9c7abd6", "question"),
    # "on the evening of 14 December 1926, a Tuesday, she was recognised at the Harrogate Hydropathic Hotel" ¶6
    Query("when was Agatha Christie recognised at the Harrogate Hydropathic Hotel?", "f0497aa6", "question"),
    # "Marrowick Board School opened its doors on Wednesday 10 January 1894 with sixty-one pupils and one teacher,
    # Miss Martha Threlfall" ¶5
    Query("who taught at Marrowick Board School when it opened in 1894?", "dc9d6bb0", "question"),
    # "The observers kept their records until the observatory closed in October 1904, for lack of money" ¶13
    Query("when did the Ben Nevis observatory close?", "569d0a87", "question"),
    # "Two new hard courts at Brimsey Lawn Tennis Club" ¶10; "The club raised £18,000 over three years" ¶11
    Query("how much did Brimsey raise for the new hard courts?", "d3c4ad31", "question"),
    # "The hall was rebuilt by public subscription and reopened … as the Fossbeck Community Hall" ¶6
    Query("what did the Fossbeck Drill Hall become after it was rebuilt?", "6f60ed1a", "question"),
    # "She had 250 copies printed at her own expense in December 1901" ¶8
    Query("how many copies did Beatrix Potter have printed at her own expense?", "d7ceb7b7", "question"),
    # "the Electric Palace in Bridge Street" ¶11; "It closed on 2 March 1959 and was pulled down the next year" ¶19
    Query("when did the Electric Palace in Bridge Street close?", "63c53a62", "question"),
    # Topics
    # "The new Football League played its first matches today … to see Preston North End beat Burnley" ¶14
    Query("Preston North End Burnley first Football League matches", "63c53a62", "topic"),
    # "The February fly-in, the club's one-day competition … Sunday 29 February" ¶6; "another leap-day fly-in" ¶7
    Query("Cradnell fly-in on a leap day", "58c55acb", "topic"),
    # "A beacon will be lit on Fossbeck Pike at midnight" ¶11; "A time capsule will be buried outside the hall" ¶13
    # (dc9d6bb0 ¶10 buries a time capsule too, without a beacon)
    Query("millennium beacon Fossbeck Pike time capsule", "6bb24acf", "topic"),
    # "a bundle of birch twigs bound to a hazel or ash handle" ¶3
    Query("besom birch twigs hazel handle", "37e4998c", "topic"),
    # "On the evening of 25 January 1954 … the first broadcast of Dylan Thomas's Under Milk Wood" ¶7
    Query("Under Milk Wood first broadcast 1954", "9d670193", "topic"),
    # "Members are already saving to be at Grytviken for the centenary of the burial, on 5 March 2022" ¶13;
    # "Shackleton's burial in the little cemetery at Grytviken" ¶6
    Query("centenary of Shackleton's burial at Grytviken", "c9c7abd6", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Vera Stannard is Brimsey's club captain (798e2b1f ¶5, 5288d963 ¶17); "a strawberry tea" (5288d963 ¶16), no jam
    "Vera Stannard strawberry jam recipe",
    # Neil Parfrey is Glebeholt Museum's curator (c9c7abd6 ¶9–10, ¶18); Ben Nevis is Glenmordie's (569d0a87)
    "Neil Parfrey Ben Nevis",
    # Rhodri Fagg carves the Fossbeck plaque (6f60ed1a ¶7); Bethel Chapel is Olwen Hollick's (9d670193 ¶6, ¶11, ¶13)
    "Rhodri Fagg Bethel Chapel",
    # Kirsty MacPhail is the Glenmordie ranger (569d0a87 ¶6); the Electric Palace is Thackstead's (63c53a62)
    "Kirsty MacPhail Electric Palace",
    # Dilys Mawer is the Glebeholt Polar Society's secretary (c9c7abd6 ¶14); the besom workshops are Wadsley Wood's
    # (37e4998c)
    "Dilys Mawer besom workshop",
    # Frances Illingworth writes the Christie blog (f0497aa6 ¶18); the Peter exhibition is Tibbleford's (d7ceb7b7 ¶10)
    "Frances Illingworth Peter Rabbit exhibition",
    # Gareth Loxley chairs the fly dressers (58c55acb ¶17); the tennis club is Brimsey's (798e2b1f, d3c4ad31, 5288d963)
    "Gareth Loxley tennis club",
    # Councillor Pauline Brigstock is today's Mayor (6f60ed1a ¶7, ¶12: "the last dance in the old hall"); the
    # Millennium dance is the Gazette's other cutting (6bb24acf ¶12), which names nobody
    "Pauline Brigstock Millennium dance",
    # Wallace Oddie was the caretaker in 1986 (39c14e10 ¶7); the reopening after sixteen months is the 2021 cutting
    # (66222458 ¶17), which names nobody
    "Wallace Oddie hall reopens after sixteen months",
    # Geraint Vaughan is headteacher in Cwmtrallwyn (9d670193 ¶17); Marrowick's centenary letter is signed by Mrs R.
    # Dunstone (dc9d6bb0 ¶19)
    "Geraint Vaughan Marrowick centenary",
    # Moira Salkeld is the fly dressers' secretary (58c55acb ¶10, ¶16–17); the Jubilee tournament is Brimsey's
    # (798e2b1f ¶6)
    "Moira Salkeld Jubilee tournament",
    # Craig Aspinall is Tibbleford's librarian (d7ceb7b7 ¶14, ¶18); the Shackleton talk is Neil Parfrey's (c9c7abd6
    # ¶10)
    "Craig Aspinall Shackleton talk",
    # Dr Hamish Crerar talks on the Ben Nevis observers (569d0a87 ¶8); the crime writing festival is Harrogate's, in
    # the blog (f0497aa6 ¶11)
    "Hamish Crerar crime writing festival",
    # Frank Leadbitter opened the Thackstead Baths (63c53a62 ¶5, ¶18); the Drill Hall plaque is Fossbeck's (6f60ed1a
    # ¶7)
    "Frank Leadbitter drill hall plaque",
    # "The club's own Jubilee tournament runs from 11 to 16 July" (798e2b1f ¶6); no winner anywhere
    "who won the Brimsey Jubilee tournament in 1977?",
    # "opened on Saturday 4 May by the county's junior champion" (d3c4ad31 ¶10); not named
    "what was the name of the county junior champion who opened Brimsey's courts?",
    # "The hall was rebuilt by public subscription" (6f60ed1a ¶6); no sum
    "how much did rebuilding the Fossbeck Drill Hall cost?",
    "what time does the Glenmordie ceilidh finish?",  # "Ceilidh in the village hall, 8pm. Tickets £7" (569d0a87 ¶10)
    # the anniversary climb (569d0a87 ¶4, ¶11, ¶16, ¶18); no number of climbers
    "how many people climbed Ben Nevis on the anniversary climb?",
    # Tunstead "had helped to refit the Quest on the Thames that summer" (c9c7abd6 ¶4); no cost
    "what did the refit of the Quest on the Thames cost?",
    # "Conan Doyle took one of her gloves to a medium" (f0497aa6 ¶5); the medium is not named
    "who was the medium Conan Doyle took Agatha Christie's glove to?",
    # the Harrogate Hydropathic Hotel (f0497aa6 ¶6), and the blogger's "room from the 19th" (¶11); no room number
    "what was Agatha Christie's room number at the Harrogate hotel?",
    # "began teaching in the infants' room of the village school" (9d670193 ¶5); no number of children
    "how many children were in Olwen Hollick's infants' room?",
    # "The Nativity play will be performed on Tuesday 14 and Wednesday 15 December" (dc9d6bb0 ¶6); no cast
    "who plays Mary in the Marrowick nativity play?",
    # "the children will bury a time capsule beside the front gate" (dc9d6bb0 ¶10); no contents (nor in 6bb24acf ¶13)
    "what will the Marrowick children put in the time capsule?",
    # "The Baths … hold a birthday gala on Saturday 17 September" (63c53a62 ¶18); no price (the "penny a seat" is the
    # Electric Palace's matinee of 1913, ¶12)
    "how much is a ticket for the Thackstead Baths birthday gala?",
    # "will play Darwen's reserves at home on the 15th" (63c53a62 ¶15); no result
    "how many goals did Thackstead score against Darwen's reserves?",
    # "a facsimile of the letter, lent by a private collector" (d7ceb7b7 ¶17); not named
    "which private collector lent the facsimile of the Peter Rabbit letter?",
    # "Besoms are for sale at the wood yard all year round" (37e4998c ¶19); no price (the £15 and £40 are the
    # workshops', ¶5, ¶7)
    "how much does a besom cost at the Wadsley Wood yard?",
    # Hexham is not in the corpus; the Drill Hall fire is Fossbeck's (6f60ed1a, 39c14e10)
    "Hexham drill hall fire",
    # Kettlewell is not in the corpus; the fly dressers' club is Cradnell's (58c55acb)
    "Kettlewell fly dressers club",
    # Penzance is not in the corpus; the Christie festival is Torquay's (f0497aa6 ¶15)
    "Penzance Agatha Christie festival",
    # Whitby is not in the corpus; the Shackleton postcard is in Glebeholt Museum (c9c7abd6)
    "Whitby Shackleton postcard",
    # "the society's secretary, Dilys Mawer" (c9c7abd6 ¶14); no president
    "who is the president of the Glebeholt Polar Society?",
    # Paquito won the Sapporo slalom (4e120622 ¶3); no other medallist is named
    "¿quién ganó la medalla de plata en el eslalon de Sapporo?",
    # "El Club Alpino Cercanieve se fundó aquel mismo año, el 1 de marzo" (4e120622 ¶7); no founder named
    "¿quién fundó el Club Alpino Cercanieve?",
    "¿cuántos segundos de ventaja sacó Paquito al segundo?",  # 4e120622 ¶3–4: the win, no times
    # "Юбилейный вечер состоится в Доме культуры в субботу, 1 июля, в 18 часов" (010e0c30 ¶13); no performers
    "кто выступит на юбилейном вечере 1 июля?",
    "сколько весил мамонтёнок Дима?",  # 010e0c30 ¶3–4: "небольшого зверя", no weight
    "章华妹的店铺叫什么名字",  # 章华妹 (0cbd6ad5 ¶4) got the licence; no shop name
    "林阿根 中山装 价格",  # 12月31日做完了第一件订做的中山装 (0cbd6ad5 ¶6); no price
    "林阿根 今年 多大",  # 林阿根 (0cbd6ad5 ¶5–8, ¶13); no age
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind131/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
