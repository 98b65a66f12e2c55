"""A hundred-and-twenty-third lookup query set, the sixty-second round's BLIND set (written in the sixty-first
session): committed unscored, scored once at the end of the round, and not read while the search is tuned (a
score on it is out-of-sample only while nobody tunes on it); RICH IN UNANSWERABLE QUERIES, laid out as
tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind121.py, a blind set, and tests/queries_blind122.py,
  written at the same time as this one, were not opened and are not part of the check). A throwaway script
  compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё read as
  е, Chinese by character pairs, a few stop words left out) with every earlier query (some sixteen thousand
  six hundred), and with the other queries of this set, while the set was being written; a query sharing
  more than half of its words with any one of them was replaced. The seeds are exhausted: every two-name
  pair of people from one seed article, almost every short phrase, question, transcription and inflected
  form had been used already, and about nine in ten first drafts had to be rewritten, so the seed queries
  here are fewer than in tests/queries_blind106.py and are mostly joins of three passages that no earlier
  query joined, typos of three words, rarer transcriptions and inflected Spanish.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind135/docs, copied as ONE
  corpus into a subfolder blind135/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 11 + 14 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 2 + 11 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names and words, pinyin without tones, accents dropped), russian 2 + 3,
spanish 1 + 3, chinese 1 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 4 + 4 (1–2 edits a word), name 1 + 3, phrase 0 + 3, question 1 + 6,
topic 1 + 5: 30 + 67 answerable, and 15 + 32 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
directed, trained, won or held a record; who a Lord Lieutenant or a competition's winner was; how many
deputies, visitors, children, mourners or companions; at what hour a meeting took place or a lace day
opens; what a dinner ticket, a restoration or a win was worth; which hotel; when a prize was received or
an organisation founded); a place the corpus does not hold (spelled two or more edits from anything real
in it, or simply absent) joined to a subject it does; Russian, Spanish and Chinese ones. Each shares one
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

# The new-documents corpus is assembled by copying tests/gold/blind135/docs/* into ONE temporary
# corpus folder under the subfolder blind135/: files are then "blind135/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind135/docs",)
NEWDOCS_SUBDIRS = ("blind135",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "507eadcb": "EDWINA BLAKISTON",
    "dc01cbad": "THE FELLGARTH ADVERTISER",
    "22103c35": "FENWARDINE KAYAK CLUB",
    "c70f0154": "HOLLINBRIGG PRIMARY SCHOOL",
    "61c656d9": "HOOVES AND HEDGES",
    # en_kilbrennock_herald_digest.txt, split by the loader: the hill race of 1985 (¶3–6), the crossing of Antarctica
    # (¶9–13), the old bridge of 2024 (¶16–19); the "----" rules at ¶7 and ¶14 come out as articles of their own
    # (61f24d3d, 61f24d3d-2, titled by the rule), and the header (¶1) and the datelines (¶2, ¶8, ¶15) belong to none
    "9afb637d": "HILL RACE RECORD FALLS",
    "61f24d3d": "----------------------------------------",
    "eabf5a45": "FIFTY YEARS SINCE THE CROSSING OF ANTARCTICA",
    "61f24d3d-2": "----------------------------------------",
    "34bc13bc": "OLD BRIDGE TO REOPEN",
    "3d641947": "SALLOWTHWAITE HORTICULTURAL SOCIETY",
    "592bddc0": "SKELDERWICK TOWN COUNCIL",
    # en_skelderwick_mercury_digest.txt, split by the loader: the opening of 1989 (¶3–6), Top of the Pops at thirty
    # (¶9–13), the reopening of 2021 (¶16–20); the "----" rules at ¶7 and ¶14 come out as articles of their own
    # (782febc7, 782febc7-2, titled by the rule), and the header (¶1) and the datelines (¶2, ¶8, ¶15) belong to none
    "c93d4c64": "HERITAGE CENTRE OPENS TOMORROW",
    "782febc7": "----------------------------------------",
    "80c912aa": "POPS AT THIRTY",
    "782febc7-2": "----------------------------------------",
    "f3d62a1b": "HERITAGE CENTRE REOPENS AFTER LONG CLOSURE",
    "bcae8090": "PUPILS TO SEE THE STONE IN THE CASTLE",
    "7104f892": "PEDAL POWER: TWENTY-FIVE YEARS SINCE THE ALBATROSS",
    "075cbf6a": "WITHYBECK LACEMAKERS",
    "227bbe67": "CEIBAVERDE CELEBRA LOS CIENTO CINCUENTA AÑOS DEL TREN",
    "cfb8e29d": "ТЕРНОВСК ОТМЕТИТ 90-ЛЕТИЕ НОБЕЛЕВСКОЙ ПРЕМИИ БУНИНА",
    "d6544f94": "柳岸镇台球爱好者纪念丁俊晖夺冠十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Thongloun was in China for the … (SCO) Summit, where his country was admitted as a SCO Partner" ¶137; "the
    # participation of Lao People's Army soldiers in the National Day parade" ¶145; "the General Secretary of the
    # United Left Movement Party of the Dominican Republic" ¶159 (the block ¶153–159)
    Query("Lao People's Army soldiers Dominican Republic SCO Partner", "20f574be", "cross-paragraph"),
    # "as Vietnamese communist leader Ho Chi Minh once described it in a poem" ¶63; "watched the military parade,
    # mass pageantry and grand cultural performances" ¶73; "Around 400 military personnel from the armed forces of
    # China, Russia, Laos, and Cambodia" ¶77
    Query("poem mass pageantry 400 military personnel", "362ba691", "cross-paragraph"),
    # "Vice President Delcy Rodríguez" ¶33/¶53; "China is the leading military power on planet earth" ¶41; "the
    # sculpture also represents recognition of both the Chinese and global anti-fascist cause" ¶47
    Query("Delcy Rodríguez planet earth sculpture", "f78fdcd6", "cross-paragraph"),
    # "Slovakia was the only member state of NATO and the EU to be represented" ¶21; "President of the Republic of
    # the Congo Denis Sassou Nguesso" ¶23; "to effectively carry out the ten partnership actions" ¶27
    Query("NATO Sassou Nguesso ten partnership actions", "faecd2e1", "cross-paragraph"),
    # "David Horsley reviews a season of Anna May Wong's films" ¶111 (and ¶123); "We have our rigid code of
    # behaviour, of honour" ¶119; "Further information, including synopses of all the films" ¶121
    Query("David Horsley rigid code synopses", "ccf1d4fa", "cross-paragraph"),
    # "Mongolian President Khurelsukh Ukhnaa" ¶187/¶197/¶199; "China will remain a trustworthy and reliable partner
    # for Mongolia" ¶197; "a UN-centred international governance system that ensures equal participation of all
    # developing countries" ¶199
    Query("Khurelsukh trustworthy equal participation", "c061f0a1", "cross-paragraph"),
    # "within the context of the Cold War" ¶279; "inducted into the Scottish Sports Hall of Fame in 2002" ¶287;
    # "Born in 1902 to Scottish missionary parents" ¶289 ("Cold War mentality" is also in 9e49ddff ¶440, alone)
    Query("Cold War Hall of Fame missionary parents", "7ab1f62c", "cross-paragraph"),
    # "visited the Russian city from Sept. 23-27" line 4; "regional cooperation between North-East China and Russian
    # Far East" line 6; "Russia and China have laid a solid foundation of friendship" line 10 ("solid foundation"
    # is also in 424ab945 and c061f0a1, without the rest)
    Query("Sept. 23-27 North-East China solid foundation", "054ef6fb", "cross-paragraph"),
    # "China Is Increasingly the Senior Partner" line 12; "Cross-support on issues like Taiwan, Ukraine" line 17;
    # "distancing itself from symbols like the Yasukuni Shrine" line 41
    Query("Senior Partner Ukraine Yasukuni", "b39d8185", "cross-paragraph"),
    # "founding President Kim Il Sung participated in the 1959 tenth anniversary celebrations" ¶219; "Yin Yong,
    # Mayor of Beijing" ¶221; "congratulations on the (October 10) 80th anniversary of the founding of the WPK" ¶227
    Query("1959 Yin Yong October 10", "eca32116", "cross-paragraph"),
    # "Egyptian Prime Minister Mostafa Madbouly" ¶405/¶411/¶413; "the purposes and principles of the UN Charter" ¶409;
    # "supporting its post-disaster rehabilitation efforts" ¶419
    Query("Madbouly UN Charter post-disaster", "26d64f12", "cross-paragraph"),
    # Word forms: the text has another form
    # "Lula's initiative was largely triggered by the economic, political and psychological warfare currently being
    # waged by the US Trump administration" ¶451; "a Virtual Summit" ¶449 (triggered → triggering)
    Query("Lula triggering the virtual summit over US economic warfare", "e065690c", "word-form"),
    # "His first visit to China in six years drew extraordinary global attention" ¶219 (drew → drawing, irregular;
    # "drawing" is in 9e49ddff ¶427, "drawing more than 20 heads of state", and in the new corpus)
    Query("Kim Jong Un's first visit in six years drawing extraordinary global attention", "eca32116", "word-form"),
    # "Desafortunadamente, eso me hizo reír – siendo de Texas" ¶335 (reír → ríe)
    Query("Loving se ríe porque es de Texas", "dde32893", "word-form"),
    # "la provincia de Gansu, en el borde del desierto de Gobi" ¶333; "(sí, probamos el vino — delicioso)" and "esto
    # es el desierto Gobi" ¶335 (probamos → prueba)
    Query("la delegación prueba el vino en el desierto de Gobi", "dde32893", "word-form"),
    # Another script or romanisation
    # "headmaster of the Shandan Bailie School" ¶483 (and ¶501); "to the relative safety of Gansu" ¶485; George Hogg,
    # in Cyrillic
    Query("Шаньдань Бэйли Ганьсу Хогг", "ac7222d4", "translit"),
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495; "to work with Gung Ho" ¶497; Hogg, in Cyrillic
    Query("Рьюи Элли Гун Хо Хогг", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "Egyptian President Abdel Fattah El-Sisi, Iranian President Masoud Pezeshkian, Indonesian President Prabowo
    # Subianto" ¶451 ("with Prabowo Subianto and Masoud Pezeshkian")
    Query("с Прабово Субианто и Масудом Пезешкианом", "e065690c", "russian"),
    # "the first to organise a Hyde Park meeting, where on August 23 [1937], J.R. Campbell demanded a Japanese
    # withdrawal" ¶525 ("about J.R. Campbell in Hyde Park")
    Query("о Джей Ар Кэмпбелле в Гайд-парке", "ac7222d4", "russian"),
    # Spanish
    # "¡Lucha y Resiste!: Fuiste al noroeste, una región bastante pobre de China. ¿Qué fue lo que más notaste?" ¶331,
    # answered ¶333–335
    Query("¿Qué fue lo que más notaste en el noroeste?", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Egyptian President Abdel Fattah El-Sisi … Indonesian President Prabowo Subianto, Crown Prince of Abu Dhabi" ¶451
    Query("阿卜杜勒-法塔赫·塞西 普拉博沃 阿布扎比", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "a statement entitled, 'Staying True to SCO Founding Mission …'" ¶431; "oppose the Cold War mentality" ¶440
    Query("<@77> Staying True\u200b Cold War mentality", "9e49ddff", "mention-noise"),
    # "a strong family background in pacifism, specifically in the Fellowship of Reconciliation … the title of his
    # book, 'I see a new China'" ¶493
    Query("<@&12> Fellowship of Reconciliation\u200b I see a new China", "ac7222d4", "mention-noise"),
    # Typos (1–2 edits)
    # "Armenian Prime Minister Nikol Pashinyan" ¶257; "China and Armenia enjoy a time-honoured friendship" ¶257;
    # "in such areas as market regulation, metrology, and media" ¶261 (1, 1 and 2 edits)
    Query("Pashinyam Armania metrologie", "0e5d6094", "typo"),
    Query("Liddel Anglo-Chinise college", "7ab1f62c", "typo"),  # "he taught at an Anglo-Chinese college" ¶291
    # "a Colonel Younghusband … separating Xizang (Tibet) from the rest of China" ¶521
    Query("Younghusbund Xizhang", "ac7222d4", "typo"),
    # "Uzbek President Shavkat Mirziyoyev … the China-Kyrgyzstan-Uzbekistan railway project" ¶207
    Query("Mirziyoev Uzbekisthan railwey", "3a9fa4ed", "typo"),
    # Names
    # "Reporting the grand ceremony, Nhân Dân, noted that international guests included" ¶151; "Zhao Leji, member of
    # the Standing Committee" ¶156 (the block ¶153–159); Zhao Leji is 362ba691's subject, but only here with Nhân Dân
    Query("Zhao Leji Nhân Dân", "20f574be", "name"),
    # Questions
    # "The Lao News Agency KPL reported that President Thongloun warmly welcomed the Cuban delegation" ¶163
    Query("which agency reported Thongloun's welcome of the Cuban delegation?", "20f574be", "question"),
    # Topics
    # "Seven days later, on July 14, the Daily Worker … described this as a 'plain case of aggression' in its
    # editorial, adding: 'The Chinese people must be backed up.'" ¶507
    Query("Daily Worker editorial July 14 the Chinese people must be backed up", "ac7222d4", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Shehbaz Sharif meets Xi in Beijing (3a9fa4ed ¶211–213); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Shehbaz Sharif Minyuan Stadium",
    # Ulaanbaatar is not in the corpus; Xi met Putin and Khurelsukh in Beijing (c061f0a1 ¶187)
    "Ulaanbaatar trilateral meeting Putin Khurelsukh",
    # "the Russian World War II veteran Lev Abramov" (054ef6fb line 14); no order or award ("when did Lev Abramov
    # receive an order?")
    "когда Лев Абрамов получил орден?",
    # Kim Jong Un was greeted at Beijing Railway Station by Cai Qi, Wang Yi and Yin Yong (eca32116 ¶221); his own
    # entourage is never counted ("how many people accompanied Kim Jong Un?")
    "金正恩 随行 人员 多少",
    # Tashkent is not in the corpus; Mirziyoyev's railway is the China-Kyrgyzstan-Uzbekistan one, discussed in
    # Beijing (3a9fa4ed ¶207)
    "Tashkent railway summit Mirziyoyev",
    # the Ba Dinh Square parade (362ba691 ¶73–77, 20f574be ¶143–145): "military parade, mass pageantry and grand
    # cultural performances"; no band or orchestra ("which orchestra played at the parade in Hanoi?")
    "какой оркестр играл на параде в Ханое?",
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" (20f574be ¶157) is one guest; nobody
    # travels with him
    "how many Belarusian deputies came to Hanoi with Igor Sergeenko?",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the Dunhuang Salt Tower solar plant is 6710eba1's (¶539)
    "Chen Weihua Salt Tower",
    # Thongloun (20f574be); the Hyde Park meeting of 1937 is the CCC's (ac7222d4 ¶525)
    "Thongloun Sisoulith Hyde Park",
    # Lukashenko meets Xi in Tianjin (0e5d6094 ¶263–265); electric vehicles are Madbouly's (26d64f12 ¶413)
    "Aleksandr Lukashenko electric vehicles",
    # To Lam (362ba691, 20f574be ¶145–147); Tokayev meets Xi in Tianjin (26d64f12 ¶405)
    "To Lam Tokayev",
    # Lev Abramov (054ef6fb); Hun Manet (5a5d8582 ¶243–247): no article names both
    "Lev Abramov Hun Manet",
    # "held important meetings with … Putin and … Khurelsukh Ukhnaa on the morning of September 2" (c061f0a1 ¶187);
    # no hour
    "at what hour did Xi meet Putin and Khurelsukh on September 2?",
    # "la Organización Socialista Camino de la Libertad" (dde32893 ¶301, ¶305; "Freedom Road Socialist
    # Organization", ¶297, 6710eba1 ¶547); no founding year
    "¿en qué año se fundó Camino de la Libertad?",
    # Liu Qibao (054ef6fb); Nhân Dân, the Vietnamese newspaper (20f574be ¶145, ¶151): no article names both
    "Liu Qibao Nhân Dân",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "won £1,000 in the very first Premium Bond draw" ¶2; "the drapery department of Hebblethwaite's" ¶4; "she went
    # back for the closing-down sale and bought a tablecloth" ¶20
    Query("Hebblethwaite's drapery Premium Bond tablecloth", "507eadcb", "cross-paragraph"),
    # "spring concert in the Temperance Hall" ¶10; "the milk lorry could not get through" ¶11; "A new bus service to
    # Ravensike" ¶12
    Query("Temperance Hall milk lorry Ravensike", "dc01cbad", "cross-paragraph"),
    # "Last year's Boxing Day paddle … thirty-two members and one very surprised seal" ¶5; "the Wharrow from Ellbridge
    # to the weir, grade 2" ¶14
    Query("Wharrow weir seal Boxing Day paddle", "22103c35", "cross-paragraph"),
    # "every child will plant a crocus bulb in the new Jubilee bed" ¶15; "our own Jubilee street party in Brigg Lane
    # … help with bunting and sandwiches" ¶17; "Mrs Gillian Farrowby" ¶20
    Query("crocus bulb Brigg Lane bunting Gillian Farrowby", "c70f0154", "cross-paragraph"),
    # "Red Rum won the Grand National for the third time" ¶4; "The shop on the corner has been a nail bar since 2009"
    # ¶13; "Pat from Ormskirk: My grandad had him at 9-1" ¶21
    Query("Red Rum nail bar Ormskirk", "61c656d9", "cross-paragraph"),
    # "Vivian Fuchs and his party drove into Scott Base" ¶10; "They had set out from the Weddell Sea side" ¶11;
    # "Kilbrennock schoolboy Angus Laidlaw wrote to congratulate the leader" ¶12 (Laidlaw also 34bc13bc ¶19, Jessie)
    Query("Vivian Fuchs Weddell Sea Angus Laidlaw", "eabf5a45", "cross-paragraph"),
    # "Threlfall came home with a silver medal on the evening of the 22nd" ¶4; "Secretary: Mrs Audrey Halstock" ¶22
    Query("Threlfall silver medal Audrey Halstock", "3d641947", "cross-paragraph"),
    # "the centre's honorary curator, Mr Frank Ellerker, will give a talk on the wreck of the brig Patience" ¶10;
    # "Councillor Moira Threlkeld, chair of the committee" ¶13 (Ellerker also f3d62a1b ¶19, without the rest)
    Query("Frank Ellerker brig Patience Moira Threlkeld", "592bddc0", "cross-paragraph"),
    # "its pipe major, Dougal Auchtermair, 71" ¶4; "The trips are paid for from the Balfron Bequest" ¶12; "The
    # school's Burns supper falls on Saturday 25 January" ¶14
    Query("Dougal Auchtermair Balfron Bequest Burns supper", "bcae8090", "cross-paragraph"),
    # "the Gossamer Albatross came down on the beach at Cap Gris-Nez" ¶4; "a Westbrake man, Owen Maitland" ¶6;
    # "a pedal-powered boat for the harbour regatta on Saturday 3 July" ¶18
    Query("Owen Maitland Cap Gris-Nez harbour regatta", "7104f892", "cross-paragraph"),
    # "You will make a small bookmark to take home" ¶5; "Make a lace angel for the tree" ¶18; "Please ring Margery
    # Quayle" ¶21
    Query("Margery Quayle lace angel bookmark", "075cbf6a", "cross-paragraph"),
    # "llegó a Bejucal entre aplausos y cohetes" ¶4; "El maquinista jubilado Eusebio Caraballo" ¶13 (and ¶14);
    # "presidida por la maestra Caridad Oramas" ¶16
    Query("Eusebio Caraballo Bejucal Caridad Oramas", "227bbe67", "cross-paragraph"),
    # "Терновск стоит на той же реке Сосне, что и Елец" ¶7 (Елец again ¶13); "Директор библиотеки Валентина
    # Рогожникова" ¶10; "Краевед Павел Сурмин прочтёт лекцию" ¶15
    Query("Сурмин Рогожникова Елец", "cfb8e29d", "cross-paragraph"),
    # 以9比5战胜苏格兰名将亨德利 ¶3; 老板宋德全 ¶5 (and ¶6, ¶7, ¶14); 俱乐部第一次举办“神童杯”邀请赛 ¶8 (and ¶10)
    Query("宋德全 亨德利 神童杯", "d6544f94", "cross-paragraph"),
    # Word forms
    # "Edwina Blakiston, who won £1,000 in the very first Premium Bond draw" ¶2 (won → winning, irregular; "winning"
    # is in 61c656d9 ¶9, "the winning post", and in seeds 3a9fa4ed ¶213)
    Query("Edwina Blakiston winning £1,000 in the first Premium Bond draw", "507eadcb", "word-form"),
    # "When he came past the Elbow in front, Dad stood on the sofa" ¶7 (stood → standing, irregular; "standing" is
    # only in seeds)
    Query("Dad standing on the sofa as Red Rum came past the Elbow", "61c656d9", "word-form"),
    # "saw the course record broken by nineteen-year-old Callum Strachan" ¶4 (broken → breaking, irregular)
    Query("Callum Strachan breaking the Kilbrennock course record", "9afb637d", "word-form"),
    # "an American cyclist called Bryan Allen pedalled a flimsy plane off the shore near Folkestone" ¶3 (pedalled →
    # pedalling)
    Query("Bryan Allen pedalling a flimsy plane off the shore near Folkestone", "7104f892", "word-form"),
    # "Edward I carried the Stone south from Scone Abbey in 1296" ¶3 (carried → carrying)
    Query("Edward I carrying the Stone south from Scone Abbey", "bcae8090", "word-form"),
    # "the nurseryman Josiah Threlfall, took three hampers of sweet peas by train to London" ¶3 (took → taking,
    # irregular; "taking" is only in seeds)
    Query("Josiah Threlfall taking three hampers of sweet peas to London", "3d641947", "word-form"),
    # "Елец, где Бунин учился в гимназии" ¶7 (учился → учится, Елец → Ельце)
    Query("Бунин учится в гимназии в Ельце", "cfb8e29d", "word-form"),
    # "El convoy partió a las ocho de la mañana, bajo la lluvia" ¶4 (partió → parte; "parte" is in seeds dde32893
    # ¶325 only)
    Query("el convoy parte a las ocho bajo la lluvia", "227bbe67", "word-form"),
    # "Skelderwick's Brenda Otterburn was dancing in front of the cameras" ¶10, title "THE GIRL FROM QUAY STREET WHO
    # DANCED ON THE FIRST SHOW" ¶9 (dancing/danced → dances)
    Query("Brenda Otterburn dances on the first Top of the Pops", "80c912aa", "word-form"),
    # Another script or romanisation
    # "Red Rum" ¶4–16, "buried by the winning post at Aintree" ¶9, "Southport, where Red Rum was trained" ¶16, in
    # Cyrillic
    Query("Ред Рам Эйнтри Саутпорт", "61c656d9", "translit"),
    # "Its designer, Paul MacCready" ¶5; "Bryan Allen" ¶3, in Chinese characters
    Query("保罗·麦克里迪 布赖恩·艾伦", "7104f892", "translit"),
    Query("Вивиан Фукс Уэдделл", "eabf5a45", "translit"),  # "Vivian Fuchs" ¶10, "the Weddell Sea side" ¶11
    # "Директор библиотеки Валентина Рогожникова … отрывки из «Жизни Арсеньева»" ¶10 in Latin letters
    Query("Valentina Rogozhnikova Zhizn Arseneva", "cfb8e29d", "translit"),
    # "Краевед Павел Сурмин прочтёт лекцию «Нобелевская речь Бунина»" ¶15 in Latin letters
    Query("Pavel Surmin Nobelevskaya rech Bunina", "cfb8e29d", "translit"),
    # 丁俊晖 ¶1/¶3 in pinyin; "以9比5战胜苏格兰名将亨德利" ¶3 (亨德利 is Hendry)
    Query("Ding Junhui Hendry 9-5", "d6544f94", "translit"),
    # 宋德全 ¶5; 柳岸镇台球俱乐部 ¶19 in pinyin
    Query("Song Dequan Liu'an taiqiu julebu", "d6544f94", "translit"),
    Query("Дин Цзюньхуэй Сун Дэцюань", "d6544f94", "translit"),  # 丁俊晖 ¶3, 宋德全 ¶5 in Cyrillic
    # accents dropped: "los raíles llegaron a Güines" ¶6; "llegó a Bejucal" ¶4; "la historia del ferrocarril" ¶11
    Query("Guines Bejucal ferrocarril", "227bbe67", "translit"),
    Query("Эдвина Блэкистон", "507eadcb", "translit"),  # "Edwina Blakiston" ¶1–2 in Cyrillic
    # "the Crown Room of Edinburgh Castle" ¶3; "Arbroath Abbey" ¶6; "Westminster Abbey" ¶5, in Chinese characters
    Query("爱丁堡 阿布罗斯 威斯敏斯特", "bcae8090", "translit"),
    # Russian
    # "Юбилейный вечер пройдёт в четверг, 9 ноября, в 18 часов" ¶9
    Query("юбилейный вечер в четверг в 18 часов", "cfb8e29d", "russian"),
    # "в библиотеке открылась постоянная выставка «Бунин и наш край»" ¶8
    Query("постоянная выставка «Бунин и наш край»", "cfb8e29d", "russian"),
    # "Библиотека приглашает всех желающих на литературные прогулки по городу" ¶14
    Query("литературные прогулки по городу", "cfb8e29d", "russian"),
    # Spanish
    # "la banda municipal recibirá en el andén al tren de la mañana" ¶9
    Query("la banda municipal recibirá al tren en el andén", "227bbe67", "spanish"),
    # "habrá bailes en el patio de la estación" ¶10
    Query("bailes en el patio de la estación", "227bbe67", "spanish"),
    # "colocar una placa en el andén con los nombres de todos los ferroviarios del pueblo" ¶17
    Query("placa con los nombres de todos los ferroviarios del pueblo", "227bbe67", "spanish"),
    # Chinese
    Query("十四英寸的电视机", "d6544f94", "chinese"),  # 一台十四英寸的电视机 ¶5 (and ¶15)
    Query("暑期青少年培训班", "d6544f94", "chinese"),  # 暑期青少年培训班将于7月20日至8月20日开课 ¶11
    Query("柳岸台球十年 图片展", "d6544f94", "chinese"),  # 举办“柳岸台球十年”图片展 ¶16
    # Mentions and zero-width spaces
    # "beginners' flat-water day on Fenwardine Mere" ¶15; "The one-star assessments will be held … on the Mere" ¶20
    Query("<@9921> Fenwardine Mere\u200b one-star assessments", "22103c35", "mention-noise"),
    # "WITHYBECK LACEMAKERS" ¶1; "Bobbin lace for beginners: taster mornings" ¶2
    Query("@here Withybeck bobbin lace\u200b taster mornings", "075cbf6a", "mention-noise"),
    # "The centre's record hop, with music from 1964, will be in the Quay Street hall" ¶13
    Query("<#301> record hop\u200b Quay Street hall", "80c912aa", "mention-noise"),
    # Typos
    Query("Sallowthwiate sweat peas", "3d641947", "typo"),  # "SALLOWTHWAITE" ¶1, "sweet peas" ¶3/¶6 (2 edits + 1)
    Query("Kilbrenock hill rase", "9afb637d", "typo"),  # "The Kilbrennock Hill Race" ¶4
    Query("Hollinbrig nativaty play", "c70f0154", "typo"),  # "HOLLINBRIGG" ¶1, "The Infants' nativity play" ¶5
    # "the Gossamer Albatross" ¶4; "off the shore near Folkestone" ¶3
    Query("Gossamer Albatros Folkstone", "7104f892", "typo"),
    # Names
    Query("Isla Dunnichen", "bcae8090", "name"),  # "said the rector, Mrs Isla Dunnichen" ¶13
    Query("Alan Prothero", "22103c35", "name"),  # "Coaching: Alan Prothero" ¶24
    Query("Colin Seddonby", "507eadcb", "name"),  # "The vicar, the Rev. Colin Seddonby" ¶18
    # Phrases
    Query("Lightning doesn't strike twice", "507eadcb", "phrase"),  # ¶11
    Query("Thanks for the push", "7104f892", "phrase"),  # the postcard's four words, ¶10
    Query("You don't wait that long twice", "bcae8090", "phrase"),  # Mr Auchtermair, ¶18
    # Questions
    # "Entries closed on the 9th with forty-one models" ¶14
    Query("how many models were entered for the pedal plane contest?", "7104f892", "question"),
    # "He died on 18 October 1995 and was buried by the winning post at Aintree" ¶9
    Query("when did Red Rum die and where was he buried?", "61c656d9", "question"),
    # "she went back for the closing-down sale and bought a tablecloth" ¶20
    Query("what did Edwina buy at the Hebblethwaite's closing-down sale?", "507eadcb", "question"),
    # "He reached the cairn in 21 minutes" ¶5
    Query("how long did Callum Strachan take to reach the cairn?", "9afb637d", "question"),
    # "A ribbon will be cut by the oldest resident of the Brig Brae, Mrs Jessie Laidlaw, 97" ¶19
    Query("who will cut the ribbon on the old bridge over the Kilbrennock Burn?", "34bc13bc", "question"),
    # "Admission is 50p for adults and 20p for children" ¶5 (the opening of 3 June 1989, dateline ¶2)
    Query("how much was admission to the Skelderwick heritage centre in 1989?", "c93d4c64", "question"),
    # Topics
    # "It was the first crossing of the Channel by human power, and it won Henry Kremer's prize" ¶4
    Query("first Channel crossing by human power Kremer prize", "7104f892", "topic"),
    # "the first Top of the Pops went out from a converted church in Manchester" ¶10
    Query("Top of the Pops converted church Manchester", "80c912aa", "topic"),
    # "won £1,000 in the very first Premium Bond draw" ¶2; "National Savings had asked her to the celebrations for the
    # fiftieth anniversary of the first draw" ¶13
    Query("Premium Bond draw fiftieth anniversary National Savings", "507eadcb", "topic"),
    # "to see the Stone of Destiny" ¶2; "it was set in the Crown Room of Edinburgh Castle" ¶3
    Query("Stone of Destiny Crown Room Edinburgh Castle", "bcae8090", "topic"),
    # "The Heritage Centre reopened on Saturday 19 June after fifteen months, with a one-way route and timed tickets"
    # ¶17 (title "HERITAGE CENTRE REOPENS AFTER LONG CLOSURE" ¶16)
    Query("heritage centre reopens timed tickets one-way route", "f3d62a1b", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Moira Threlkeld is the council's committee chair, "a girl in the crowd on the opening day" (592bddc0 ¶13); Top
    # of the Pops is Brenda Otterburn's (80c912aa)
    "Moira Threlkeld Top of the Pops",
    # Callum Strachan breaks the hill-race record (9afb637d); the Stone of Destiny is Strathallow's (bcae8090)
    "Callum Strachan Stone of Destiny",
    # Margery Quayle takes the lace bookings (075cbf6a ¶21); the Premium Bond is Edwina Blakiston's (507eadcb)
    "Margery Quayle Premium Bond",
    # Garrick writes the Red Rum blog (61c656d9 ¶3); the Ben Corrach relay is the Glenvarrie club's (9afb637d ¶6)
    "Garrick Ben Corrach relay",
    # Jean Hawksmoor is the kayak club's secretary (22103c35 ¶24); the sweet peas are Sallowthwaite's (3d641947)
    "Jean Hawksmoor sweet peas",
    # Audrey Halstock is the horticultural society's secretary (3d641947 ¶22); the kayak club is Fenwardine's
    "Audrey Halstock kayak club",
    # Angus Laidlaw is the schoolboy of 1958 (eabf5a45 ¶12); the Brig Brae and the parapets are the 2024 cutting's,
    # where the ribbon is cut by Mrs Jessie Laidlaw (34bc13bc ¶17–19), who is not said to be his relative
    "Angus Laidlaw Brig Brae parapets",
    # "The Fellgarth Players' spring production, 'The Importance of Being Earnest'" (dc01cbad ¶8); no director
    "who directed the Fellgarth Players' Importance of Being Earnest?",
    # "cutting almost a minute from the old record" (9afb637d ¶5); the old record's holder is not named
    "who set the previous hill record at Kilbrennock?",
    # "Her funeral will be held at St Oswald's on Friday 23 February" (507eadcb ¶14): still to come, no numbers (the
    # "tea for forty" of ¶12 was her birthday)
    "how many people came to Edwina Blakiston's funeral?",
    # "Southport, where Red Rum was trained on the sands" (61c656d9 ¶16); no trainer named
    "who trained Red Rum on Southport sands?",
    # "Dad had put fifty pence each way on him … the best fifty pence he ever spent" (61c656d9 ¶5); no winnings (the
    # "9-1" of ¶21 is Pat's grandad's)
    "how much did Dad win on Red Rum in 1977?",
    # the model pedal plane contest is "tomorrow" (7104f892 ¶12–15); no winner
    "who won the model pedal plane contest at Westbrake?",
    # "Friday 24 May: centenary dinner at the Threlfall Arms, 7pm for 7.30pm" (3d641947 ¶14, booking ¶17); no price
    "what does a ticket for the Threlfall Arms dinner cost?",
    # the parties "travel by coach" on 24 and 31 January (bcae8090 ¶7); no hotel, no overnight stay
    "which hotel will the Strathallow pupils stay at in Edinburgh?",
    # "Class 5's swimming lessons continue every Thursday" (c70f0154 ¶9); no numbers
    "how many children in Class 5 go swimming on Thursdays?",
    # "Our open lace day … will be held in the main hall on 6 September" (075cbf6a ¶16); no hour (the taster mornings'
    # hours, ¶4, and the summer school's, ¶13, are other events)
    "at what hour does the Withybeck lace day open on 6 September?",
    # "will be opened tomorrow, Saturday 3 June, by the Lord Lieutenant" (c93d4c64 ¶4); not named
    "what was the name of the Lord Lieutenant at the Skelderwick opening in 1989?",
    # "more than four hundred thousand visitors since" (592bddc0 ¶13); the council asks for volunteers "in its first
    # summer" (¶14); no first-summer count
    "how many visitors came to the Skelderwick heritage centre in its first summer?",
    # 去年4月3日，俱乐部第一次举办“神童杯”邀请赛，来了四十多名选手 (d6544f94 ¶8); no winner
    "第一届神童杯 冠军是谁",
    # 丁俊晖 … 夺得斯诺克中国公开赛冠军 (d6544f94 ¶3); no prize money
    "丁俊晖 奖金 多少",
    # "присудила Ивану Бунину Нобелевскую премию" (cfb8e29d ¶3), "Премию писателю вручил шведский король" (¶6); no sum
    "сколько денег получил Бунин вместе с премией?",
    # "Конкурс чтецов … продлится с 20 ноября по 15 января. Итоги конкурса подведут 25 января" (cfb8e29d ¶12–13); no
    # winner
    "как звали победителя конкурса чтецов в Терновске?",
    # "salió de La Habana el primer tren de Cuba" (227bbe67 ¶3–4); no driver (Caraballo, born 1911, drove later, ¶13–14)
    "¿quién condujo el primer tren de Cuba en 1837?",
    # "La vieja estación, restaurada por los vecinos" (227bbe67 ¶7); no cost
    "¿cuánto costó restaurar la vieja estación de Ceibaverde?",
    # Skelmersdale is not in the corpus; the twenty-fifth birthday is Skelderwick's heritage centre's (592bddc0)
    "Skelmersdale maritime heritage centre twenty-fifth birthday",
    # Kilmarnock is not in the corpus; the hill race and its cairn are Kilbrennock's (9afb637d)
    "Kilmarnock hill race course record cairn",
    # Hexham is not in the corpus; the by-pass is Fellgarth's (dc01cbad ¶5–7)
    "Hexham by-pass",
    # Withernsea is not in the corpus; the lace summer school is Withybeck's (075cbf6a ¶13–14)
    "Withernsea lace summer school",
    # Matanzas is not in the corpus; the hundred and fifty years of the railway are Ceibaverde's (227bbe67)
    "Matanzas ferrocarril ciento cincuenta años",
    # Тамбов is not in the corpus; the Bunin readings are Терновск's (cfb8e29d ¶11)
    "Тамбов Бунинские чтения",
    # Stirling is not in the corpus; the pupils going to see the Stone are from Strathallow Academy (bcae8090 ¶2)
    "Stirling Academy Stone of Destiny",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind135/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
