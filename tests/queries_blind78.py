"""A seventy-eighth lookup query set, for tuning ranking (written in the thirty-ninth session): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind77.py and tests/queries_blind79.py, the latter
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё
  read as е, Chinese by character pairs, a few stop words left out) with every earlier query (some ten
  thousand two hundred of them), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds are
  all but exhausted: nearly every name, pair of names, passage, quotation and "who/when/how many" over
  them has been written before, often several times, so the seed queries here join three or four names
  or passages that no earlier query joined, or quote passages no earlier query quoted, and about four
  first drafts in five had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind90/docs, copied as ONE
  corpus into a subfolder blind90/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them (earlier
  sets over other documents hold a few of the same subjects: Herschel and Uranus, the first rugby
  international, the QE2).

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 8 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 7
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 10 (another script or romanisation than the text: Latin names written in
Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for
Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3,
chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 4 + 3 (1–2 edits a word), name 3 + 3, phrase 3 + 4, question 3 + 6, topic 3 + 4: 39 + 57
answerable, and 22 + 36 unanswerable. Every answerable query is answered by the documents' own words in
some form, spelling or script (names may be written in another script); none needs a translation of a
common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same file); a question in the corpus's own words about something it does not say (who won,
who scored, who captained, who composed, who was head of an expedition or a headteacher before another,
who was a sculptor, a coach or a first ambassador; how many, how tall, what time, what it cost, what a
wage was, which hotel, which airline, which language, what a show or a shop was called, what a wife was
called, when someone was born); a place the corpus does not hold, spelled close to one it does (two or
more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one or more words
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

# The new-documents corpus is assembled by copying tests/gold/blind90/docs/* into ONE temporary
# corpus folder under the subfolder blind90/: files are then "blind90/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind90/docs",)
NEWDOCS_SUBDIRS = ("blind90",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "804e855e": "MOSSOP LANE PRIMARY SCHOOL, EDGERBY",
    "17781d3e": "A HUNDRED AND FIFTY YEARS SINCE RAEBURN PLACE",
    "8b7eb6b7": "HOXLEY KORFBALL CLUB",
    # en_inverclune_advertiser_clyde_liners_digest.txt, split by the loader: the heading line "THE YARDS
    # REMEMBERED" (¶1) belongs to no article; the standfirst and the QE2 cutting (¶2–6) are 1804ae55, titled by
    # the standfirst; the Queen Mary cutting (¶8–13) is 9027ce6c, titled by its dateline; the two "* * *" rules
    # (¶7, ¶14) are articles of their own (486d4cf9, 486d4cf9-2); the crane cutting (¶15–20) is 83a57d86, titled
    # by its dateline. (Until the fifty-eighth session the first rule opened the Queen Mary cutting, ¶7–13, as
    # 486d4cf9, and its query was judged to that article; it is judged to the cutting's own, 9027ce6c, since. The
    # comments below that cite 486d4cf9 for the Queen Mary cutting mean 9027ce6c now.)
    "1804ae55": "Three cuttings from the Inverclune Advertiser",
    "486d4cf9": "* * *",
    "9027ce6c": "Inverclune Advertiser, Wednesday 26 September",
    "83a57d86": "Inverclune Advertiser, Thursday 2 May 2019",
    # en_lindenford_clarion_cricket_cuttings_digest.txt, split by the loader: the header (¶1–2) is bfed1d02 and
    # the Ashes centenary cutting (¶3–8) 2261c762 (until the sixty-sixth session the two were one article,
    # bfed1d02, and the "* * *" rules came out as articles of their own); the pavilion cutting (¶10–13) is
    # 34ecd993 and the 2005 Ashes cutting (¶15–19) 645b6fdc, each titled by its dateline
    "bfed1d02": "FROM THE CUTTINGS BOOK",
    "2261c762": "Lindenford Clarion, Friday 27 August",
    "34ecd993": "Lindenford Clarion, Thursday 3 July 1975",
    "645b6fdc": "Lindenford Clarion, Tuesday 13 September 2005",
    "9c82d7f3": "MADDERBY DYE GARDEN",
    "8dda4232": "SCALE GREAT EASTERN GOES SIDEWAYS INTO CROWN LAKE",
    "2037c2d7": "SENNOWETH TOWN COUNCIL",
    "2c1e7b0f": "SLADEBOROUGH WEAVERS' WEEK",
    "27b73869": "Splice and Serve — a rigger's notebook",
    "e3b48e4c": "SYBIL CHEVERTON",
    "65d279d5": "YARDLOW GAZETTE",
    "eeee9163": "Fuentelmoral celebra los quinientos años del descubrimiento del Mar del Sur",
    "292d6af4": "Полвека над Памиром",
    "50029978": "砚溪镇纪念国足出线十五周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "to push for more pragmatic results" lines 1–2; "State Duma's Deputy Speaker" line 6; "he familiarized with
    # the works on the construction of the memorial complex" line 12
    Query("pragmatic results Duma's Deputy Speaker familiarized", "054ef6fb", "cross-paragraph"),
    # "Chartist opposition to the first Opium War" ¶513; "headmaster of the Shandan Bailie School" ¶483 (and ¶501);
    # "died of tetanus" ¶483, "fought with tetanus" ¶499
    Query("Chartist opposition Opium War Shandan Bailie School tetanus", "ac7222d4", "cross-paragraph"),
    # "the Dunhuang Salt Tower solar plant" ¶539; "Illiteracy was rife" ¶555; "with greatly depleted numbers" ¶557
    # (dde32893 ¶335 has the Dunhuang plant in Spanish only)
    Query("Dunhuang Salt Tower illiteracy rife depleted numbers", "6710eba1", "cross-paragraph"),
    # Armenia: "cooperation documents in such areas as market regulation, metrology, and media" ¶261; Belarus:
    # "century-defining transformation is accelerating … humanity once again stands at a crossroads" ¶263
    Query("metrology media century-defining transformation crossroads", "0e5d6094", "cross-paragraph"),
    # "reported by RIA Novosti" line 2; "the 'Patriots' military-patriotic park" line 7; "called for the exclusion
    # of China's Victory Parade" line 14
    Query("RIA Novosti exclusion of China's Victory Parade military-patriotic park", "097182f6", "cross-paragraph"),
    # "Foreign Minister Subrahmanyam Jaishankar … his continued vacillation" ¶451; "one-fifth of global trade"
    # ¶459; "Tariff blackmail is being normalised" ¶463
    Query("Jaishankar vacillation one-fifth of global trade tariff blackmail", "e065690c", "cross-paragraph"),
    # Word forms: the text has another form
    # "The leaders … signed and issued the Tianjin Declaration …, approved the SCO Development Strategy to 2035"
    # ¶443 (signed → signing, approved → approving; "signing" is in b39d8185 line 2, "the signing of a new joint
    # statement", without the rest)
    Query(
        "SCO member states signing the Tianjin Declaration and approving the Development Strategy to 2035",
        "9e49ddff",
        "word-form",
    ),
    # "Realmente están transformando el desierto en un lugar habitable y sostenible" ¶337; Gansu ¶333
    # (transformando → transforman)
    Query("en Gansu transforman el desierto en un lugar habitable y sostenible", "dde32893", "word-form"),
    # "The Republic of the Congo … will soon benefit from China's zero-tariff treatment" ¶25 (benefit → benefiting;
    # 0e5d6094 ¶257 has "benefited", of Armenia)
    Query("the Republic of the Congo benefiting from China's zero-tariff treatment", "faecd2e1", "word-form"),
    # "None Shall Escape the Judgement made in 1944 which envisages a court in Warsaw trying a Nazi" ¶125
    # (envisages → envisaging)
    Query("Hollywood film makers envisaging a court in Warsaw", "ccf1d4fa", "word-form"),
    # Another script or romanisation
    # the Chinese title line 20, "…关于进一步深化中俄新时代全面战略协作伙伴关系的联合声明", in pinyin without tones
    Query("jinyibu shenhua Zhong-E xin shidai", "b39d8185", "translit"),
    # "Zimbabwean President Emmerson Mnangagwa" ¶5 and "President of the Republic of the Congo Denis Sassou
    # Nguesso" ¶23, in Cyrillic
    Query("Эммерсон Мнангагва и Дени Сассу-Нгессо", "faecd2e1", "translit"),
    # "The Vietnamese newspaper Nhân Dân reported that To Lam … welcomed the visit of the Lao leader" ¶145;
    # Thongloun ¶135–183; in Cyrillic (362ba691 has To Lam only)
    Query("Нян Зан, Тхонглун и То Лам", "20f574be", "translit"),
    # the Hanoi guest list: "Samdech Techo Hun Sen" ¶154, "Miguel Díaz-Canel Bermúdez" ¶155 (and ¶161–167), in
    # Cyrillic (d807680a has Díaz-Canel only)
    Query("Мигель Диас-Канель и Хун Сен", "20f574be", "translit"),
    # "Freedom Road Socialist Organization Central Committee member Sydney Loving's interview" ¶297, in Cyrillic
    # (6710eba1 ¶547 names Freedom Road only)
    Query("Сидни Лавинг и Фридом Роуд", "dde32893", "translit"),
    # Russian (names written in Cyrillic)
    # "Kim Jong Un visited Beijing … since founding President Kim Il Sung participated" ¶219; "Yin Yong, Mayor of
    # Beijing" ¶221
    Query("Ким Чен Ын, Инь Юн и Ким Ир Сен", "eca32116", "russian"),
    # the webinar's speakers "Keith Bennett (Co-editor of Friends of Socialist China)" ¶367, "Radhika Desai
    # (International Manifesto Group), Moderator" ¶369 (ac7222d4 ¶475 has Keith Bennett only)
    Query("Радхика Десаи и Кит Беннетт", "d89fdf72", "russian"),
    # Spanish
    # "la planta de poder solar de sal fundido de Dunhuang, que puede almacenar energía por la noche" ¶335
    Query(
        "la planta de poder solar de sal fundido de Dunhuang puede almacenar energía por la noche",
        "dde32893",
        "spanish",
    ),
    # "Desafortunadamente, eso me hizo reír – siendo de Texas" ¶335
    Query("desafortunadamente, eso me hizo reír", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "António Guterres, Egyptian Prime Minister Mostafa Madbouly and Myanmar's Acting President Min Aung Hlaing"
    # ¶405, as Xinhua writes them
    Query("安东尼奥·古特雷斯 穆斯塔法·马德布利 敏昂莱", "26d64f12", "chinese"),
    # "Ken Hammond (Historian and China scholar)" ¶363; "Jodie Evans (Co-founder of Code Pink)" ¶365
    Query("肯·哈蒙德 乔迪·埃文斯", "d89fdf72", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "the General Secretary of the
    # United Left Movement Party of the Dominican Republic" ¶159
    Query("<@!5512> Igor Sergeenko\u200b Dominican Republic United Left Movement", "20f574be", "mention-noise"),
    # "Known as the 'Flying Scotsman,' his story has become part of national legend" ¶285; "Xinhua correspondents
    # Zheng Bofei and Jin Jing write" ¶287
    Query("@here Zheng Bofei\u200b Flying Scotsman national legend", "7ab1f62c", "mention-noise"),
    # Typos (1–2 edits)
    Query("Khurelsuh Uhnaa", "c061f0a1", "typo"),  # "Mongolian President Khurelsukh Ukhnaa" ¶187, ¶197
    # "Denis Sassou Nguesso" ¶23; "the first country to reach an early harvest arrangement with China" ¶25
    Query("Denis Sasou Nguesso early harvest", "faecd2e1", "typo"),
    Query("Monineath Sihanuk", "5a5d8582", "typo"),  # "Queen Mother Norodom Monineath Sihanouk" ¶235–241
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat as … Chen Hansheng" ¶491
    Query("Rhys Meyrs Chow Yunfat", "ac7222d4", "typo"),
    # Names
    # "Brazilian President Luiz Inácio Lula da Silva … Cyril Ramaphosa … Khaled bin Mohamed … Subrahmanyam
    # Jaishankar" ¶451
    Query("Khaled bin Mohamed Cyril Ramaphosa Subrahmanyam Jaishankar Luiz Inácio Lula", "e065690c", "name"),
    # "Dr. Norman Bethune" ¶275; "Xinhua correspondents Zheng Bofei and Jin Jing" ¶287; "Modeled after London's
    # Stamford Bridge" ¶291
    Query("Zheng Bofei Jin Jing Norman Bethune Stamford Bridge", "7ab1f62c", "name"),
    # "James MacManus's biography" ¶489; "Chen Hansheng" ¶491; "Rewi Alley" ¶495; "Michael Lindsay, later 2nd Baron
    # Lindsay of Birker" ¶501
    Query("Michael Lindsay Rewi Alley James MacManus Chen Hansheng", "ac7222d4", "name"),
    # Phrases
    # Rewi Alley on Hogg: "The sixty-odd peasant and refugee kids who carried him out to his grave" ¶497
    Query("the sixty-odd peasant and refugee kids who carried him out to his grave", "ac7222d4", "phrase"),
    # "against the Chinese revolution and the wars of liberation in Korea, Vietnam, Laos and Cambodia" ¶279
    Query("the wars of liberation in Korea, Vietnam, Laos and Cambodia", "7ab1f62c", "phrase"),
    # "and ensure righteousness prevails and brightness shines in our world" ¶393
    Query("ensure righteousness prevails and brightness shines in our world", "38a7d84f", "phrase"),
    # Questions
    # "The delegates were able … to see the success of 76 years of Chinese Socialism" ¶557 (the report of Callum
    # Norris and Twm Draper of the Young Communist League of Britain, ¶533); dde32893 ¶309 has "76 años de
    # construcción socialista", from an American delegate of the same delegation, in Spanish: a fair answer too
    Query(
        "how many years of socialist construction did the British delegates see?",
        "6710eba1",
        "question",
        also=("dde32893",),
    ),
    # "Our greatest and most consistent supporter was the Communist Party" ¶525 (Arthur Clegg, ¶515–523)
    Query("what did Arthur Clegg call the Communist Party?", "ac7222d4", "question"),
    # "President Nicolás Maduro being joined by Chinese Ambassador Lan Hu … also accompanied by … Delcy Rodríguez
    # and Defence Minister Vladimir Padrino" ¶33 (again ¶53)
    Query("who accompanied Nicolás Maduro at the monument's inauguration?", "f78fdcd6", "question"),
    # Topics
    # "Hegemonism, unilateralism, and protectionism are getting more and more rampant" ¶453
    Query("Hegemonism, unilateralism, and protectionism getting more rampant", "e065690c", "topic"),
    # "the Cuban people in their struggle to defend their national sovereignty against the economic, commercial
    # and financial blockade imposed by the United States" ¶101
    Query("Cuban people's struggle against the economic, commercial and financial blockade", "d807680a", "topic"),
    # "The British survivors from the Japanese Far East prisoner-of-war camps … their families continue to search
    # for traces of their experiences in the camps" ¶277
    Query("Japanese Far East prisoner-of-war camps families searching for traces", "7ab1f62c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Keith Bennett (ac7222d4 ¶475, d89fdf72 ¶367) and the Minyuan Stadium (7ab1f62c ¶291) are never connected
    "Keith Bennett Minyuan Stadium",
    # Twm Draper co-wrote the delegation's report (6710eba1 ¶533); the stadium is Liddell's (7ab1f62c ¶291)
    "Twm Draper Minyuan Stadium",
    # Sydney Loving (dde32893) never goes to Britain; Buckingham Palace is Xi's 2015 speech (ac7222d4 ¶479)
    "Sydney Loving Buckingham Palace",
    # Lavrov spoke in Wonsan (097182f6 line 7); the BRICS virtual summit (e065690c) was attended by Putin, not him
    "Sergei Lavrov BRICS summit",
    # Peng Liyuan met the King and Queen Mother (5a5d8582 ¶237); nothing of her singing or the stage
    "Peng Liyuan opera performance",
    # James MacManus wrote "Ocean Devil" (ac7222d4 ¶489); nothing else about him
    "James MacManus newspaper career",
    # Khurelsukh Ukhnaa met Xi in Beijing (c061f0a1 ¶187, ¶197–199); no Ulaanbaatar, no airport anywhere
    "Khurelsukh Ukhnaa Ulaanbaatar airport",
    # "Dunhuang Salt Tower solar plant" (6710eba1 ¶539), "planta de poder solar de sal fundido de Dunhuang"
    # (dde32893 ¶335): no cost
    "how much did the Dunhuang solar plant cost to build?",
    # Thongloun "was in China for the SCO Summit … as well as for a working visit" (20f574be ¶137, ¶173): no time
    "what time did the Lao president arrive in Beijing?",
    # the delegation visited Shaanxi, Gansu and Shanghai (6710eba1 ¶549); dde32893 ¶329 has airports, no airline
    "which airline did the British delegates fly to Xi'an?",
    # "the 45th anniversary of the establishment of diplomatic relations between China and Zimbabwe" (faecd2e1 ¶7);
    # the one ambassador in the seeds is China's Lan Hu in Caracas (f78fdcd6 ¶33)
    "who was the first ambassador of Zimbabwe to China?",
    # the Paris Olympics and the 400 metres (7ab1f62c ¶287): no coach named
    "Liddell's coach at the Paris Olympics",
    # Tiantai is 3 edits from Tianjin, whose SCO summit is 9e49ddff's and 26d64f12's; no venue is named anywhere
    "Tiantai summit venue",
    # Jiayuan is 2 edits from Jiayuguan (dde32893 ¶307, ¶335, ¶345); no silk, no market
    "Jiayuan silk market",
    # Yunnan is 2 edits from Yan'an (dde32893 ¶307/315, 6710eba1 ¶535/557); no tea growers in any delegation
    "Yunnan tea growers delegation",
    # Edenburg is 2 edits from Edinburgh, whose Consulate-General remembers the Scottish heroes (7ab1f62c ¶273);
    # no bagpipes, no festival
    "Edenburg Scottish bagpipe festival",
    # the film season at the BFI (ccf1d4fa ¶111) gives no year for any first film
    "когда Анна Мэй Вонг снялась в первом фильме?",
    # "a monument … will be erected in the 'Patriots' military-patriotic park" (097182f6 line 7): no sculptor
    "кто будет скульптором памятника в парке «Патриот»?",
    # JISCO, "una empresa siderúrgica estatal" (dde32893 ¶335): no wage
    "¿cuál es el salario de un obrero de JISCO?",
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel" (dde32893 ¶329): no language
    "¿qué idioma habla el robot del hotel?",
    # Hun Manet (5a5d8582 ¶243–247) in Chinese characters; the only wife named is Xi's, Peng Liyuan (¶237)
    "洪玛奈 妻子 名字",
    # George Hogg "died of tetanus aged just 30 on 22 July 1945" (ac7222d4 ¶483): no date of birth
    "乔治·何克 出生 日期",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Hamish Dunlop, 71, of Kirkwynd, … has kept his yard pass" ¶5; "a reunion ceilidh in the Burgh Hall …, with
    # music from the Kirkwynd Ramblers" ¶6
    Query("Hamish Dunlop yard pass Kirkwynd Ramblers ceilidh", "1804ae55", "cross-paragraph"),
    # "Mrs Agnes Laird of Station Brae" ¶10; "Mrs Laird has kept her diary" ¶11; "on her maiden voyage … as far as
    # Cherbourg" ¶12 (the crane guide in 83a57d86 ¶19 is Ross Laird)
    Query("Agnes Laird diary maiden voyage Cherbourg", "9027ce6c", "cross-paragraph"),
    # "The society's chairman, Reuben Aspinall" ¶5; "a paddle wheel on each side that really turns" ¶9; "She laid
    # telegraph cable across the Atlantic" ¶15
    Query("Reuben Aspinall paddle wheel telegraph cable", "8dda4232", "cross-paragraph"),
    # "Jacob Penberthy, a Sennoweth mason" ¶7; "rebuilt on Plymouth Hoe" ¶17; "Media enquiries: Kerensa Hocking" ¶20
    Query("Jacob Penberthy Plymouth Hoe Kerensa Hocking", "2037c2d7", "cross-paragraph"),
    # "One of them, Abel Haworth, wrote to his brother" ¶6; "We shall bury old Betty Kay" ¶7; "at the Cloth Hall"
    # ¶10, ¶12
    Query("Abel Haworth Betty Kay Cloth Hall", "2c1e7b0f", "cross-paragraph"),
    # "Пётр Кузьмич Рябцев" ¶6 (and ¶8–9, ¶18); "Сам зимний лагерь пройдёт на турбазе" ¶16 ("зимний лагерь" also
    # ¶15); "соревнования по скалолазанию на Белых скалах" ¶17
    Query("Рябцев, зимний лагерь и соревнования на Белых скалах", "292d6af4", "cross-paragraph"),
    # 第一任教练周德顺老师 ¶7 (and ¶19); "砚溪杯"少年足球邀请赛 ¶13; 今年冬训时间 ¶16
    Query("周德顺 砚溪杯 冬训", "50029978", "cross-paragraph"),
    # "El alcalde de entonces, don Eusebio Trejo" ¶8; "una conferencia del historiador Julián Barrena" ¶11; "un belén
    # viviente en la ermita" ¶16
    Query("Eusebio Trejo Julián Barrena belén viviente", "eeee9163", "cross-paragraph"),
    # Word forms
    # "Herschel thought at first that he had found a comet, and it was as a comet that his paper was read to the
    # Royal Society" ¶14 (found → finding)
    Query("Herschel finding a comet, his paper read to the Royal Society", "804e855e", "word-form"),
    # "He collapsed with a stroke on board on 5 September 1859" ¶14 (collapsed → collapsing)
    Query("Brunel collapsing with a stroke on board", "8dda4232", "word-form"),
    # "P. T. Barnum marched twenty-one elephants across it" ¶9 (marched → marching)
    Query("P. T. Barnum marching elephants across the bridge", "27b73869", "word-form"),
    # "the Queen launched the Queen Elizabeth 2 at John Brown's yard in Clydebank" ¶4 (launched → launching;
    # 486d4cf9 ¶9 has Queen Mary launched at John Brown's yard)
    Query("the Queen Elizabeth 2 launching at John Brown's yard", "1804ae55", "word-form"),
    # "Евгений Абалаков первым поднялся на высочайшую вершину" ¶4; "на пик Коммунизма поднялась первая связка" ¶9
    # (поднялся → поднимается)
    Query("Абалаков первым поднимается на пик Коммунизма", "292d6af4", "word-form"),
    # "Balboa entró en las aguas de un golfo al que llamó de San Miguel" ¶6 (entró → entra)
    Query("Balboa entra en las aguas del golfo de San Miguel", "eeee9163", "word-form"),
    # "She married Leonard Cheverton, a glass-cutter, at St Oswin's Church" ¶9 (married → marrying)
    Query("Sybil Cheverton marrying Leonard at St Oswin's", "e3b48e4c", "word-form"),
    # Another script or romanisation
    # "William Herschel and his sister Caroline" ¶17, in Cyrillic
    Query("Каролина Гершель", "804e855e", "translit"),
    Query("Брюнель Грейт Истерн", "8dda4232", "translit"),  # "Brunel's Great Eastern" ¶2, in Cyrillic
    # "John Smeaton's lighthouse on the Eddystone rocks" ¶5, in Cyrillic
    Query("Джон Смитон Эддистоун", "2037c2d7", "translit"),
    # "Posted … by Gareth Mellish" ¶3; "P. T. Barnum" ¶9; in Cyrillic
    Query("Гарет Меллиш и Барнум", "27b73869", "translit"),
    # "Peterloo 200" ¶2 and "Henry Hunt" ¶4, ¶15, in Chinese characters
    Query("彼得卢 亨利·亨特", "2c1e7b0f", "translit"),
    # "Евгений Абалаков" ¶4, "Ольга Семёновна Дергачёва" ¶19, «Вертикаль» ¶2, in Latin letters
    Query("Yevgeny Abalakov Olga Dergacheva Vertikal", "292d6af4", "translit"),
    Query("Lin Xiaomei Yanxi", "50029978", "translit"),  # 本报砚溪10月5日电（记者 林小梅） ¶3, in pinyin
    # accents dropped: "Vasco Núñez de Balboa" ¶2, ¶4; Fuentelmoral ¶1
    Query("Vasco Nunez de Balboa Fuentelmoral", "eeee9163", "translit"),
    Query("Родриго де Карвахаль", "eeee9163", "translit"),  # "Rodrigo de Carvajal" ¶7, ¶12, in Cyrillic
    # "RAEBURN PLACE" ¶1 (and ¶4, ¶13) and "Walter Cairncross" ¶6, ¶16, in Cyrillic
    Query("Уолтер Кэрнкросс Рейберн-Плейс", "17781d3e", "translit"),
    # Russian
    # "Фотовыставка «Полвека на высоте» открыта в фойе Дома культуры" ¶14
    Query("Фотовыставка «Полвека на высоте» в фойе Дома культуры", "292d6af4", "russian"),
    # "состоится массовое восхождение на Лысуху для всех желающих" ¶13
    Query("массовое восхождение на Лысуху для всех желающих", "292d6af4", "russian"),
    Query(
        "областной слёт альпинистов", "292d6af4", "russian"
    ),  # "клуб провёл на Лысухе областной слёт альпинистов" ¶11
    # Spanish
    # "Aquella carta forma parte ahora de la exposición «Del Ardila al Darién»" ¶10
    Query("la exposición «Del Ardila al Darién»", "eeee9163", "spanish"),
    Query("un pasodoble compuesto para la ocasión", "eeee9163", "spanish"),  # ¶14
    # "el Ayuntamiento colocó una lápida en la fachada de la ermita" ¶8; "la ermita de San Miguel" ¶7, ¶20
    Query("la lápida en la fachada de la ermita de San Miguel", "eeee9163", "spanish"),
    # Chinese
    Query("沈阳五里河体育场 战胜阿曼队", "50029978", "chinese"),  # 在沈阳五里河体育场以1比0战胜阿曼队 ¶4
    Query("老队员 回到母校 友谊赛", "50029978", "chinese"),  # 当年的老队员将回到母校，…踢一场友谊赛 ¶14
    Query("向省市专业队输送了二十多名队员", "50029978", "chinese"),  # ¶10
    # Mentions and zero-width spaces
    # "a visit … to the Ridley Planetarium" ¶12; "The planetarium is putting on a special show" ¶15
    Query("<@8812> Ridley Planetarium\u200b special show", "804e855e", "mention-noise"),
    # "a touring side from the Ballarat Wanderers" ¶4; "guests of honour at a dinner in the Harcombe Arms" ¶8
    Query("@here \u200bHarcombe Arms dinner Ballarat Wanderers", "2261c762", "mention-noise"),
    # "autumn colours from walnut husks and oak galls" ¶12
    Query("<#7731> walnut husks\u200b oak galls", "9c82d7f3", "mention-noise"),
    # Typos
    Query("Madderbey Dye Gardn", "9c82d7f3", "typo"),  # "MADDERBY DYE GARDEN" ¶1, ¶21
    Query("Sladeborogh Peterlo", "2c1e7b0f", "typo"),  # "SLADEBOROUGH WEAVERS' WEEK" ¶1, "Peterloo 200" ¶2
    Query("Hoxly Korfbal Club", "8b7eb6b7", "typo"),  # "HOXLEY KORFBALL CLUB" ¶1
    # Names
    Query("Fiona Mutch", "17781d3e", "name"),  # "the secretary, Fiona Mutch, at the clubhouse" ¶17
    Query("Cyril Jebb", "34ecd993", "name"),  # "by the club's oldest member, Mr Cyril Jebb" ¶11
    Query("Ernest Balshaw", "65d279d5", "name"),  # "Mr Ernest Balshaw, the borough surveyor" ¶7
    # Phrases
    Query("you could hear the glass going like rain", "e3b48e4c", "phrase"),  # Sybil's letter, ¶7
    # Ross Laird of his great-grandmother and the Queen Mary launch, ¶19 (486d4cf9 ¶10 tells of the water that
    # "soaked everybody's shoes", not of Christmas)
    Query("She told us about the wave every Christmas", "83a57d86", "phrase"),
    Query("Nobody thought we would wait so long to see them won back", "645b6fdc", "phrase"),  # ¶18
    # "She said he kept a piece of the bridge cable on the counter" ¶20
    Query("a piece of the bridge cable on the counter", "27b73869", "phrase"),
    # Questions
    # "The cost is £1.20" ¶16, for the Ridley Planetarium visit ¶12
    Query("how much does the Herschel planetarium trip cost?", "804e855e", "question"),
    # "the first rugby international, at Raeburn Place in Edinburgh on 27 March 1871" ¶4
    Query("in what year was the first rugby international played at Raeburn Place?", "17781d3e", "question"),
    # "The new telephone exchange at the Post Office opened yesterday, the 14th, with 112 subscribers" ¶11
    Query("how many subscribers did the Yardlow telephone exchange have when it opened?", "65d279d5", "question"),
    Query("how much is the Madderby summer school?", "9c82d7f3", "question"),  # "The summer school costs £120" ¶14
    # "The fire broke out on the evening of 30 November 1936, and by morning the building was a tangle of iron" ¶5
    Query("when was the Crystal Palace destroyed by fire?", "e3b48e4c", "question"),
    # "the lanterns will be lit at 7pm, facing the Eddystone" ¶9 (8dda4232 ¶12 has a night-time sail with
    # lanterns, no time)
    Query("what time will the lanterns be lit on the harbour wall?", "2037c2d7", "question"),
    # Topics
    # "The Co-operative Society's first self-service grocery … Customers will collect their own goods in wire
    # baskets" ¶8
    Query("first self-service grocery wire baskets", "65d279d5", "topic"),
    # "The old fitting-out crane on Inverclune quay … after a two-year restoration" ¶16; "Guided climbs to the cab"
    # ¶18
    Query("old fitting-out crane restoration guided climbs", "83a57d86", "topic"),
    Query("beach korfball Marram Sands", "8b7eb6b7", "topic"),  # "Beach korfball returns … at Marram Sands" ¶17
    # "James Lillywhite's eleven … at Melbourne" ¶14; "That Melbourne match is now counted as the first Test match.
    # Its centenary is being marked" ¶18 (2261c762 and 645b6fdc have other Tests, the Oval's)
    Query("Lillywhite first Test match Melbourne centenary", "65d279d5", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Hamish Dunlop was a plater on the QE2 (1804ae55 ¶5); the Queen Mary launch is the next cutting's (486d4cf9)
    "Hamish Dunlop Queen Mary launch",
    # Ross Laird is the crane guide (83a57d86 ¶19); the QE2's plater is Hamish Dunlop (1804ae55 ¶5)
    "Ross Laird QE2 plater",
    # Walter Cairncross saw the first rugby international (17781d3e ¶6–7, ¶16); the cricket is Lindenford's and
    # Yardlow's (2261c762, 34ecd993, 645b6fdc, 65d279d5), none names him
    "Walter Cairncross cricket",
    # Dilys Rudge is the model boat society's secretary (8dda4232 ¶11); the Crystal Palace fire is Sybil
    # Cheverton's (e3b48e4c ¶5–8)
    "Dilys Rudge Crystal Palace",
    # Enoch Mellish worked on the Brooklyn Bridge (27b73869); the Great Eastern is the Scaldwick model's (8dda4232)
    "Enoch Mellish Great Eastern",
    # Abel Haworth marched to Peterloo (2c1e7b0f ¶6–7); the Eddystone lighthouse is Sennoweth's (2037c2d7)
    "Abel Haworth Eddystone lighthouse",
    # Sybil Cheverton saw the Crystal Palace burn (e3b48e4c); the Brooklyn Bridge is the rigger's blog (27b73869)
    "Sybil Cheverton Brooklyn Bridge",
    # Alasdair Rintoul is the Glenrath Wanderers' president (17781d3e ¶13); the korfball club is Hoxley's (8b7eb6b7)
    "Alasdair Rintoul korfball",
    # "the Wanderers played a twenty-a-side game against Stoneyhaugh in top hats and knickerbockers" (17781d3e ¶10);
    # no result (the 1871 result, ¶5, is Scotland's over England)
    "who won the Glenrath Wanderers twenty-a-side match in 1971?",
    # the Ashes centenary match is announced (2261c762 ¶4, ¶8) and remembered (645b6fdc ¶18); no score
    "what was the score of the Ashes centenary match at Harcombe Park?",
    # "watched by a crowd that lined both banks of the river in the rain" (486d4cf9 ¶9); no number (the "about three
    # hundred people" of 8dda4232 ¶10 watched the model)
    "how many people watched the Queen Mary launch?",
    # the Queen Mary's maiden voyage from Southampton (486d4cf9 ¶12) names only Mrs Laird's father, a joiner
    "who captained the Queen Mary on her maiden voyage?",
    # "a walk along the marchers' route as far as the county boundary … Times on the daily sheet" (2c1e7b0f ¶11)
    "what time does the Sladeborough marchers' route walk start?",
    # "a dinner in the Harcombe Arms" (2261c762 ¶8); "a dinner on Saturday the 24th. Tickets from the bar" (645b6fdc
    # ¶19); no price
    "how much are tickets for the Harcombe Park dinner?",
    # Gareth Mellish's blog (27b73869) has Enoch's lodgings (¶10), now a laundromat; no hotel
    "which hotel did Gareth Mellish stay at in Brooklyn?",
    # "The planetarium is putting on a special show for the anniversary" (804e855e ¶15); no title
    "what was the name of the Herschel planetarium show?",
    # Mrs P. Gathercole, Headteacher (804e855e ¶21–22); no earlier head
    "who was the Edgerby headteacher before Mrs Gathercole?",
    # "the glass and china shop in Dowlesbury's Market Row" (e3b48e4c ¶3, ¶10); it is never named
    "what was the name of Sybil Cheverton's shop?",
    # "Last year's cup final … ended in a one-goal defeat" (8b7eb6b7 ¶15); no scorer anywhere
    "who scored for Hoxley in last year's cup final?",
    # "will open to the public … after a two-year restoration" (83a57d86 ¶16–17); no sum
    "what did the two-year restoration of the Inverclune crane cost?",
    # Josiah Aspinall "carried rivets at the yard", "Paid off until the new presses come" (8dda4232 ¶5, ¶7); no wage
    "what was Josiah Aspinall's wage at the Millwall yard?",
    # "Smeaton's tower, built of dovetailed blocks of granite and Portland stone" (2037c2d7 ¶6, ¶17); no height
    "how tall is Smeaton's tower?",
    "Scaldwell model boat society",  # Scaldwell is 3 edits from Scaldwick, whose Model Boat Society is 8dda4232's
    # Sennen is 4 edits from Sennoweth, whose lanterns face the Eddystone (2037c2d7); no keepers anywhere
    "Sennen lighthouse keepers",
    "Hoxton korfball",  # Hoxton is 3 edits from Hoxley, whose korfball club is 8b7eb6b7
    # Glenrothes is 3 edits from Glenrath, whose Wanderers kept their centenary in 1971 (17781d3e ¶10)
    "Glenrothes Wanderers centenary",
    "Madeley dye garden",  # Madeley is 3 edits from Madderby, whose dye garden is 9c82d7f3
    # "В Таджикско-Памирской экспедиции работал и наш земляк, … Рябцев, тогда молодой геолог" (292d6af4 ¶6); its
    # head is never named ("начальником клуба", ¶9, is Рябцев, of the club, in 1963)
    "кто был начальником Таджикско-Памирской экспедиции?",
    # "Сам зимний лагерь пройдёт на турбазе «Снежник» с 28 декабря по 4 января" (292d6af4 ¶16); no price
    "сколько стоит зимний лагерь на турбазе «Снежник»?",
    "Белокуриха альпклуб",  # Белокуриха is far from Белокаменск, whose Альпклуб «Вертикаль» is 292d6af4's
    # "un pasodoble compuesto para la ocasión" (eeee9163 ¶14): no composer
    "¿quién compuso el pasodoble para el aniversario?",
    # "el proyecto de restauración de la lápida, que hoy luce limpia" (eeee9163 ¶12): no cost
    "¿cuánto costó la restauración de la lápida?",
    # Fuentelmonte is 3 edits from Fuentelmoral, whose "procesión de siempre" on San Miguel's day is eeee9163's
    # (¶9, ¶15)
    "Fuentelmonte procesión de San Miguel",
    # 周德顺老师今年已经七十二岁 (50029978 ¶19), 第一任教练 (¶7): no years of teaching
    "周德顺老师 教了多少年书",
    # 镇里计划明年再修建两块标准的五人制足球场 (50029978 ¶18): no cost
    "砚溪镇 足球场 造价",
    # 以1比0战胜阿曼队 (50029978 ¶4): Oman's coach is never named (the only 教练 is 周德顺, ¶7)
    "阿曼队 主教练 是谁",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind90/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
