"""A hundred-and-twenty-seventh lookup query set, the sixty-fourth round's BLIND set (written in the sixty-third
session): committed unscored, scored once at the end of the round, and not read while the search is tuned (a
score on it is out-of-sample only while nobody tunes on it); RICH IN UNANSWERABLE QUERIES, laid out as
tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind125.py, a blind set, and tests/queries_blind126.py,
  written at the same time as this one, were not opened and are not part of the check). A throwaway script
  compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё read as
  е, Chinese by character pairs, a few stop words left out) with every earlier query (some seventeen thousand
  two hundred), and with the other queries of this set, while the set was being written; a query sharing
  more than half of its words with any one of them was replaced. The seeds are exhausted: every two-name
  pair, almost every short phrase, question, transcription, inflected form and typo had been used already,
  and well over nine in ten first drafts had to be rewritten, so the seed queries here are fewer than in
  tests/queries_blind106.py and are mostly joins of two or three passages that no earlier query joined,
  typos of two or three words and a rarer Russian transcription.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind139/docs, copied as ONE
  corpus into a subfolder blind139/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 16 + 15 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 0 + 9
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 0 + 12 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic, Latin
letters for Cyrillic and Chinese names and words, pinyin without tones, accents dropped), russian 1 + 3,
spanish 1 + 3, chinese 0 + 3, mention-noise 1 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 5 (1–2 edits a word), name 0 + 3, phrase 1 + 3, question 0 + 8,
topic 1 + 7: 24 + 74 answerable, and 13 + 38 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won a championship, a draw or a title, who gives a demonstration, designed a bridge or wrote a
screenplay; what a son's job or a museum director's name was; how many members, pupils, photographs,
rooms, people at a rally or spectators; at what hour a dinner, a session or an open evening begins; what
a pier, a depot or concert tickets cost, or a quiz raised; which hotel); a place the corpus does not hold
(spelled two or more edits from anything real in it, or simply absent) joined to a subject it does;
Russian, Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in another
script for some of the seeds' ones), and every article holding those words was read to confirm that none
answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind139/docs/* into ONE temporary
# corpus folder under the subfolder blind139/: files are then "blind139/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind139/docs",)
NEWDOCS_SUBDIRS = ("blind139",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "44c3cb59": "Drewsford Fencing Club",
    "b14a9ca7": "Gorsleigh Arts Centre",
    "ab8846a4": "HALBERRY TOWN COUNCIL",
    # en_halberry_echo_digest.txt, split by the loader: the first article is titled by the digest's header (¶1) and
    # holds the first dateline (¶3) and the Puffin cutting of 1990 (¶5–7); the pier's centenary (¶11–13) and the
    # Santa Specials of 2006 (¶17–19) are titled by their datelines; the "----" rules (¶9, ¶15) belong to none
    "559bb26c": "Halberry Echo, Thursday 24 May 1990",
    "a029f752": "Halberry Echo, Friday 11 July",
    "354794ca": "Halberry Echo, Tuesday 5 December 2006",
    "d3ec6019": "Half-Time Oranges",
    "c4271b86": "A hundred years since the vote",
    "36ae4fa7": "Marjory Tullett",
    # en_nettlecombe_mercury_digest.txt, split by the loader: the first article is titled by the digest's header (¶1)
    # and holds the first dateline (¶3) and the bowls club at fifty (¶5); the footpaths of 2001 (¶9–13) and the
    # jubilee weekend (¶17–21) are titled by their datelines; the "----" rules (¶7, ¶15) belong to none
    "9a96ae9e": "Nettlecombe Mercury, Saturday 7 June",
    "8a0ed922": "Nettlecombe Mercury, Wednesday 14 March 2001",
    "3ed5da2b": "Nettlecombe Mercury, Friday 3 June",
    "d95beb0c": "Forty years on, a perfect score",
    "a1df042a": "Railroad town marks 150 years",
    "371372a8": "Skellock Sands Seaweed Pressing",
    "d54df1e6": "Tansy Hill Primary School",
    "973ef146": "Vega de Orandi celebra el centenario",
    "1c611ef6": "Порожск вспоминает строителей Днепрогэса",
    "b88125a9": "蔡桥街道纪念杨浦大桥通车二十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "'The Children of Huang Shi'" ¶491; "James MacManus's biography, 'Ocean Devil'" ¶489; "the first to organise a
    # Hyde Park meeting, where on August 23 [1937]" ¶525
    Query("Huang Shi Ocean Devil Hyde Park August 23", "ac7222d4", "cross-paragraph"),
    # "director of the Memorial Work Department" line 1; "actively gathering and verifying information" line 4;
    # "This process, while labor-intensive" line 12
    Query("Memorial Work Department verifying information labor-intensive", "097182f6", "cross-paragraph"),
    # "the mass killings and expulsions of Soviet civilians during the war constituted genocide" line 40; "all forms
    # of 'Taiwan independence'" line 51; "joint exercises, maritime and air patrols, and military-technical
    # cooperation" line 54
    Query(
        "genocide Soviet civilians expulsions Taiwan independence military-technical cooperation",
        "b39d8185",
        "cross-paragraph",
    ),
    # "the British Film Institute (BFI) on London's Southbank until October 8" ¶111; "Her final defiant words before
    # a firing squad" ¶117
    Query("BFI Southbank October 8 firing squad defiant words", "ccf1d4fa", "cross-paragraph"),
    # "Sunday 21 September 2025, 4pm Britain" ¶351; "in the course of 14 years of war (1931-45)" ¶357
    Query("Sunday 21 September 4pm Britain 14 years of war 1931-45", "d89fdf72", "cross-paragraph"),
    # "the perhaps overly fictionalised feature film … Chow Yun-fat" ¶491; "the Friends Ambulance Unit, organised by
    # the Quakers …, roughly 200 of whom" ¶501
    Query("Chow Yun-fat film and roughly 200 Quakers of the Friends Ambulance Unit", "ac7222d4", "cross-paragraph"),
    # "according to Li Jinxian" line 1 (and 10); "in the Korean city of Wonsan that a monument honoring the joint
    # efforts of the USSR and North Korea" line 7; "meticulous verification of historical records" line 11;
    # "labor-intensive" line 12
    Query("Li Jinxian Wonsan USSR Korean monument labor-intensive verification", "097182f6", "cross-paragraph"),
    # "Ivan Melnikov, … State Duma's Deputy Speaker in Khabarovsk … the series of festive events" line 6; "the site
    # of the former camp … near Khabarovsk" line 12
    Query("Khabarovsk camp Ivan Melnikov deputy speaker festive events", "054ef6fb", "cross-paragraph"),
    # "Beijing–Moscow: Marking History, Cementing Ties" line 1; "fully sever ties with militarism, including
    # distancing itself from symbols like the Yasukuni Shrine" line 41
    Query("cementing ties Yasukuni sever ties militarism", "b39d8185", "cross-paragraph"),
    # "Defence Minister Vladimir Padrino" ¶33; "Ambassador Lan Hu … during the inauguration" ¶43; "the sculpture
    # also represents recognition" ¶47
    Query("Lan Hu inauguration sculpture Defence Minister Padrino", "f78fdcd6", "cross-paragraph"),
    # "General Secretary of the CPV Central Committee To Lam" ¶67 (and ¶69, ¶73); "jointly resist the countercurrents
    # of unilateralism" ¶71; "Around 400 military personnel from the armed forces of China, Russia, Laos, and
    # Cambodia" ¶77
    Query("To Lam countercurrents unilateralism 400 military personnel Laos Cambodia", "362ba691", "cross-paragraph"),
    # "as well as for a working visit" ¶137 (and ¶173); "cooperation in defence, law enforcement and security" ¶139;
    # "The Lao News Agency KPL … the third time Comrade Miguel Díaz-Canel Bermúdez had visited" ¶163
    Query("Thongloun working visit defence law enforcement KPL third visit", "20f574be", "cross-paragraph"),
    # "President Mirziyoyev … China's productive presidency" ¶209; "Prime Minister Shehbaz … China's selfless support
    # … Belt and Road cooperation" ¶213
    Query("Mirziyoyev productive presidency Shehbaz selfless support Belt and Road", "3a9fa4ed", "cross-paragraph"),
    # "On September 9, the Xinhua News Agency devoted a feature article" ¶283; "Xinhua correspondents Zheng Bofei and
    # Jin Jing … the men's 400 metres" ¶287
    Query("Xinhua feature September 9 Jin Jing 400 metres", "7ab1f62c", "cross-paragraph"),
    # "Ken Hammond", "Chen Weihua" ¶363–364; "Radhika Desai (International Manifesto Group)" ¶369 (and ¶373); "This
    # webinar is the companion to our commemoration of VE or Victory in Europe Day" ¶359
    Query("Ken Hammond Chen Weihua Manifesto Group VE Day companion", "d89fdf72", "cross-paragraph"),
    # "The Bloomberg financial news service … 'Tariff blackmail is being normalised'" ¶463; "We have the necessary
    # legitimacy to lead the renewal of the multilateral trading system on modern, flexible foundations" ¶465
    Query("tariff blackmail Bloomberg legitimacy renewal flexible foundations", "e065690c", "cross-paragraph"),
    # Russian (names written in Cyrillic, inflected)
    # "starring Jonathan Rhys Meyers as Hogg and Chow Yun-fat" ¶491 ("about Jonathan Rhys Meyers and Chow Yun-fat")
    Query("о Джонатане Рис-Майерсе и Чоу Юньфате", "ac7222d4", "russian"),
    # Spanish
    # "pequeños robots que toman el elevador para entregar comida a tu cuarto de hotel … frente a una cámara … tu
    # puerta de embarque" ¶329
    Query("robots elevador comida cuarto de hotel cámara puerta de embarque", "dde32893", "spanish"),
    # Mentions and zero-width spaces around the real words
    # "At the 1924 Paris Olympics, Eric Liddell captured gold in the men's 400 metres in 47.6 seconds" ¶287
    Query("@everyone 47.6 seconds\u200b Paris Olympics", "7ab1f62c", "mention-noise"),
    # Typos (1–2 edits)
    # "Denis Sassou Nguesso" ¶23; "Zimbabwe, Slovakia" ¶1 (and on)
    Query("Sassou Ngueso Slovakai Zimbabwee", "faecd2e1", "typo"),
    # "Uzbek President Shavkat Mirziyoyev" ¶207; "Turkmenistan" in the title ¶203
    Query("Mirziyoev Turkmenistn", "3a9fa4ed", "typo"),
    # "Indonesian President Prabowo Subianto … Foreign Minister Subrahmanyam Jaishankar" ¶451
    Query("Prabowo Subiantto Jaishankr", "e065690c", "typo"),
    # Phrases
    # "then he came at my bidding, to work with Gung Ho" ¶497 (Rewi Alley on George Hogg)
    Query("came at my bidding, to work with Gung Ho", "ac7222d4", "phrase"),
    # Topics
    # "written by Callum Norris and Twm Draper" ¶533; "revolutionary history in Yan'an, where Mao and other leaders
    # developed the core ideas of Mao Zedong Thought, and in Shanghai, at the site of the CPC's first congress" ¶535
    # (Mao Zedong Thought and Yan'an are in dde32893 ¶315 too, in Spanish, without the two writers)
    Query("Twm Draper Callum Norris Mao Zedong Thought Yan'an first congress Shanghai", "6710eba1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); JISCO's "vinatera" in Jiayuguan is the Spanish
    # interview's (dde32893 ¶335)
    "Radhika Desai JISCO winery Jiayuguan",
    # Igor Sergeenko is at the Hanoi ceremony (20f574be ¶157); the Caracas monument is f78fdcd6's, which names him
    # nowhere
    "Igor Sergeenko Caracas monument inauguration",
    # Chow Yun-fat plays Chen Hansheng (ac7222d4 ¶491); the Consulate-General in Edinburgh is 7ab1f62c's (¶273)
    "Chow Yun-fat Edinburgh Consulate-General",
    # Hogg was headmaster of the Shandan Bailie School (ac7222d4 ¶483); the Anglo-Chinese college is where Liddell
    # taught (7ab1f62c ¶291); no pupil numbers
    "how many pupils did George Hogg teach at the Anglo-Chinese college?",
    # "the singular contribution of the South Wales miners" (ac7222d4 ¶477, ¶527); Jenny Clegg (¶513) is not tied
    # to them, and no sum or lodge is given
    "Jenny Clegg South Wales miners lodge donation amount",
    # "the construction of the China-Kyrgyzstan-Uzbekistan railway project" (3a9fa4ed ¶207); no length
    "how many kilometres of track has the China-Kyrgyzstan-Uzbekistan railway?",
    # Cheltenham is not in the corpus; the CCC's branches and handbills are ac7222d4 ¶525, with no town
    "Cheltenham China Campaign Committee branch handbills",
    # Harbin is not in the corpus; the memorial sites are the Noraa's in Russia (097182f6 lines 1–3), no budget
    "Harbin memorial sites Noraa restoration budget",
    # "Aun en uno de los hoteles" (dde32893 ¶323), "tu cuarto de hotel" (¶329); no hotel named, no rooms counted
    "¿cuántas habitaciones tiene el hotel de la delegación en Xi'an?",
    # "The Children of Huang Shi" (ac7222d4 ¶491) in Russian; no screenwriter
    "кто написал сценарий фильма «Дети Хуанши»",
    # Sydney Loving's delegation in Dunhuang (dde32893 ¶307, ¶325, ¶335) in Russian; no hotel named
    "в каком отеле жила делегация Сидни Лавинг в Дуньхуане",
    # Eric Liddell (7ab1f62c ¶283–291) in Chinese characters; no daughter
    "利德尔 女儿 名字",
    # Chen Hansheng (ac7222d4 ¶491) in Chinese characters; no year of birth
    "陈翰笙 出生 年份",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "in the back room of the Corn Exchange" ¶3; "the inter-club team match against Castlebrook … the barbecue" ¶19
    Query("Corn Exchange Castlebrook barbecue", "44c3cb59", "cross-paragraph"),
    # "the railway engineer Ken Sato-Ellery, who first rode the line … on his way to the Osaka Expo" ¶9; "Closing
    # concert by the Gorsleigh Koto Ensemble" ¶19
    Query("Ken Sato-Ellery Osaka Expo Koto Ensemble", "b14a9ca7", "cross-paragraph"),
    # "a ribbon-cutting by the Mayor, Cllr Denise Aukett" ¶9; "a 'Driver for a Day' draw" ¶13; "Media enquiries: Tom
    # Reddish" ¶21
    Query("Denise Aukett Tom Reddish Driver for a Day", "ab8846a4", "cross-paragraph"),
    # "since the gale of 25 January tore up a hundred yards of its track" ¶5; "Three volunteers, Bob Irwin, Jean
    # Cattermole and Sid Parkes" ¶7
    Query("Bob Irwin Jean Cattermole gale", "559bb26c", "cross-paragraph"),
    # "close enough to the Crystal Palace mast … 'Watched the football on BBC2 at Mr Pask's'" ¶7; "to him and to
    # Kenneth Wolstenholme" ¶19
    Query("Mr Pask Crystal Palace mast Kenneth Wolstenholme", "d3ec6019", "cross-paragraph"),
    # "the postmaster, Edwin Gard" ¶5; "the bed of white camellias" ¶17; "park at the racecourse …; a shuttle bus"
    # ¶19
    Query("Edwin Gard white camellias racecourse shuttle", "c4271b86", "cross-paragraph"),
    # "born … in Walsall, the daughter of a lock-maker" ¶5; "the Ruddlesby Talking Newspaper" ¶13 (and ¶19); "She
    # married Dennis Tullett" ¶15
    Query("Walsall lock-maker Ruddlesby Talking Newspaper Dennis", "36ae4fa7", "cross-paragraph"),
    # "the village street party … the Coronation party of 2 June 1953, held in the rain" ¶19; "the Red Lion's quiz
    # … for the church roof" ¶21
    Query("street party Coronation rain church roof quiz", "3ed5da2b", "cross-paragraph"),
    # "the club's founder, Gwen Attridge" ¶5; "It came to Tanner Street … it hosted the regional finals" ¶11 (Tanner
    # Street ¶5 too); "in a Pemberwick leotard" ¶15
    Query("Gwen Attridge Tanner Street regional finals leotard", "d95beb0c", "cross-paragraph"),
    # "said Orla Brisco, 81" ¶7; "museum president Lyle Okamura" ¶11; "the photographs Andrew J. Russell took" ¶15
    Query("Orla Brisco Lyle Okamura Andrew J. Russell", "a1df042a", "cross-paragraph"),
    # "wellies, a sun hat and a towel … pressing boards, cartridge paper and blotters" ¶11; "The pools below the
    # lighthouse … while terns nest" ¶17
    Query("wellies blotters terns lighthouse", "371372a8", "cross-paragraph"),
    # "one teacher, Miss Harriet Pell" ¶7; "the centenary service at St Oswin's … the Mayor will plant an oak" ¶17;
    # "the summer residential at Kettlewell" ¶21
    Query("Harriet Pell Kettlewell St Oswin's oak", "d54df1e6", "cross-paragraph"),
    # "la plantación de un tejo … Herminia Cueto" ¶9; "viajará a Torla, en el Pirineo" ¶17
    Query("Herminia Cueto tejo Torla Pirineo", "973ef146", "cross-paragraph"),
    # "Приехал Калинин" ¶7; "через новый шлюз по Днепру прошёл первый пароход, и Сердюков был на его борту" ¶9
    Query("Сердюков пароход шлюз Калинин", "1c611ef6", "cross-paragraph"),
    # 老居民顾秀英 ¶5; 南浦大桥已于1991年12月1日通车 ¶7; 这一次要带着重孙再走一遍大桥 ¶17
    Query("顾秀英 南浦大桥 重孙", "b88125a9", "cross-paragraph"),
    # Word forms: the text has another form
    # "Three volunteers, Bob Irwin, … drove the first train at 10am" ¶7 (drove → driving, irregular; "driving" is in
    # the seeds only as "driving force", 362ba691 ¶69 and 9e49ddff ¶433); the council's release says the three
    # volunteers "will drive the first train" again (ab8846a4 ¶9), without names
    Query("Bob Irwin driving the first train", "559bb26c", "word-form", also=("ab8846a4",)),
    # "Albert Fry, 91, … will bowl the first wood again on Monday"; "The first wood was bowled" ¶5 (→ bowling)
    Query("Albert Fry bowling the first wood", "9a96ae9e", "word-form"),
    # "Tuesday the 24th. Rewrote the weather four times." ¶9 (rewrote → rewriting, irregular)
    Query("Marjory Tullett rewriting the weather", "36ae4fa7", "word-form"),
    # "she walked four miles to the schoolroom to cast her first vote" ¶11 (walked → walking)
    Query("Jessie Maclure walking four miles to cast her first vote", "c4271b86", "word-form"),
    # "Nadia Comăneci swung through her compulsory routine on the uneven bars" ¶3 (swung → swinging, irregular;
    # accent dropped)
    Query("Nadia Comaneci swinging through her compulsory routine", "d95beb0c", "word-form"),
    # "said Orla Brisco, 81, who rang the depot bell" ¶7 (rang → ringing, irregular)
    Query("Orla Brisco ringing the depot bell", "a1df042a", "word-form"),
    # "пустил маленькую ГЭС на реке Порожне" ¶11 (пустил → пускает)
    Query("Сердюков пускает маленькую ГЭС на реке Порожне", "1c611ef6", "word-form"),
    # "la ley, sancionada por Alfonso XIII el 22 de julio de 1918, que declaró Parque Nacional" ¶3 (sancionada →
    # sanciona)
    Query("Alfonso XIII sanciona la ley del parque nacional", "973ef146", "word-form"),
    # "the Mayor will plant an oak in the playground on the Friday after" ¶17 (plant → planting)
    Query("the Mayor planting an oak in the playground", "d54df1e6", "word-form"),
    # Another script or romanisation
    Query("Надя Команечи", "d95beb0c", "translit"),  # "Nadia Comăneci" ¶3 in Cyrillic
    # "Nadia Comăneci" ¶3 and "the Montreal Olympics" ¶3, in Chinese characters
    Query("科马内奇 蒙特利尔", "d95beb0c", "translit"),
    # "Порожск", "Днепрогэс" ¶1/3 in Latin letters
    Query("Dneproges Porozhsk", "1c611ef6", "translit"),
    Query("Fyodor Lukich Serdyukov", "1c611ef6", "translit"),  # "монтажник Фёдор Лукич Сердюков" ¶5 in Latin letters
    Query("Caiqiao jiedao Yangpu", "b88125a9", "translit"),  # 蔡桥街道 … 杨浦大桥 ¶1 in pinyin without tones
    Query("Гу Сюин", "b88125a9", "translit"),  # 顾秀英 ¶5/17 in Cyrillic
    # "'Tokyo Olympiad', Kon Ichikawa's film of the 1964 Games" ¶11 in Cyrillic
    Query("Кон Итикава", "b14a9ca7", "translit"),
    Query("Кеннет Уолстенхолм", "d3ec6019", "translit"),  # "Kenneth Wolstenholme" ¶19 in Cyrillic
    # accents dropped: "Parque Nacional de la Montaña de Covadonga el macizo de Peña Santa" ¶3
    Query("Pena Santa Covadonga", "973ef146", "translit"),
    # "the photographs Andrew J. Russell took at the summit" ¶15; "at Promontory Summit" ¶3, in Cyrillic
    Query("Эндрю Рассел Промонтори", "a1df042a", "translit"),
    # "the first Match of the Day: Liverpool 3, Arsenal 2" ¶5 in Chinese characters (Liverpool is in d95beb0c ¶13
    # too, Arsenal only here)
    Query("利物浦 阿森纳", "d3ec6019", "translit"),
    Query("杰茜·麦克卢尔", "c4271b86", "translit"),  # "Jessie Maclure" ¶9/19 in Chinese characters
    # Russian
    # "Выставка «Днепрогэс: люди и машины» откроется в музее" ¶13
    Query("выставка «Днепрогэс: люди и машины»", "1c611ef6", "russian"),
    # "был монтажник Фёдор Лукич Сердюков" ¶5; "Его записная книжка хранится в музее" ¶7
    Query("записная книжка монтажника Сердюкова", "1c611ef6", "russian"),
    # "на областных краеведческих чтениях" ¶15; "Порожск" ¶1/3
    Query("краеведческие чтения в Порожске", "1c611ef6", "russian"),
    # Spanish
    # "un concierto de gaita en la plaza el sábado 28" ¶7
    Query("concierto de gaita el sábado 28", "973ef146", "spanish"),
    # "unas jornadas sobre el oso pardo a las que asistieron casi trescientas personas" ¶13
    Query("jornadas sobre el oso pardo", "973ef146", "spanish"),
    # "Hoy aprueban en Madrid el Reglamento y ya no se podrá cazar el rebeco" ¶11
    Query("ya no se podrá cazar el rebeco", "973ef146", "spanish"),
    # Chinese
    Query("大桥与我 老照片展", "b88125a9", "chinese"),  # 举办"大桥与我"老照片展 ¶9
    Query("黄浦江两岸 摄影比赛", "b88125a9", "chinese"),  # 组织"黄浦江两岸"摄影比赛 ¶11
    Query("主跨最大的斜拉桥", "b88125a9", "chinese"),  # 这座当时世界上主跨最大的斜拉桥正式通车 ¶3
    # Mentions and zero-width spaces
    # "Taiko drummers on the Market Square at noon" ¶7
    Query("@everyone Taiko drummers\u200b Market Square", "b14a9ca7", "mention-noise"),
    # "a family morning every day of the Skellock Regatta" ¶7
    Query("<@8812> Skellock Regatta\u200b family morning", "371372a8", "mention-noise"),
    # "she was given its long-service badge" ¶13; "the Ruddlesby Talking Newspaper" ¶13
    Query("<#40> long-service badge\u200b Talking Newspaper", "36ae4fa7", "mention-noise"),
    # Typos
    # "because of the foot-and-mouth outbreak" ¶11; "Nettlecombe Mercury" ¶9 (the other cuttings have Nettlecombe,
    # not foot-and-mouth)
    Query("foot-and-mouht Nettlecomb", "8a0ed922", "typo"),
    Query("Drewsfrod Fencing Clubb", "44c3cb59", "typo"),  # "Drewsford Fencing Club" ¶1
    # "SAGEHOLLOW" ¶3; "the golden spike was driven" ¶3; "the last spike" ¶1
    Query("Sagehollw golden spkie", "a1df042a", "typo"),
    # "Kowhai Flat" ¶1/3; "the library's exhibition of suffrage photographs" ¶15
    Query("Kowhia Flat sufrage", "c4271b86", "typo"),
    Query("Marjorie Tullet Ceefacs", "36ae4fa7", "typo"),  # "Marjory Tullett … the first pages of Ceefax" ¶1/3
    # Names
    Query("Anna Maclure-Teague", "c4271b86", "name"),  # "Her great-granddaughter, Anna Maclure-Teague" ¶13
    Query("Celso Miranda", "973ef146", "name"),  # "El alcalde, Celso Miranda, presentó el programa" ¶15
    Query("Margaret Okonedo", "d54df1e6", "name"),  # "Margaret Okonedo, Headteacher" ¶25
    # Phrases
    Query("Thirty pages and nobody watching", "36ae4fa7", "phrase"),  # her diary, ¶9
    Query("I never did score a 10", "d95beb0c", "phrase"),  # Mrs Attridge, ¶19
    Query("The men were civil", "c4271b86", "phrase"),  # Jessie Maclure's diary, ¶11
    # Questions
    # "Last year's open, on Saturday 17 March, drew ninety entries" ¶11
    Query("how many entries did the Drewsford Open get on Saturday 17 March?", "44c3cb59", "question"),
    # "on Thursday 1 October 1964, the first bullet train left Tokyo for Osaka" ¶5
    Query("when did the first bullet train leave Tokyo for Osaka?", "b14a9ca7", "question"),
    # "The line has carried more than 1.2 million passengers since it reopened" ¶11 (the Echo's cutting of 1990,
    # 559bb26c ¶5, has the first passengers after the gale, no total)
    Query(
        "how many passengers has the Halberry Sands Miniature Railway carried since it reopened?",
        "ab8846a4",
        "question",
    ),
    # "The pier company's first season ended on 30 September that year with 61,000 paying visitors" ¶13
    Query("how many paying visitors did Halberry Pier have in its first season?", "a029f752", "question"),
    # "Colour arrived on 15 November 1969, Liverpool again, against West Ham" ¶11
    Query("when did colour come to Match of the Day?", "d3ec6019", "question"),
    # "Its oldest member, Albert Fry, 91" ¶5
    Query("how old is the Nettlecombe bowls club's oldest member?", "9a96ae9e", "question"),
    # "the Platinum Jubilee beacon on Nettlecombe Hill was lit at 9.45pm last night" ¶19
    Query("what time was the Platinum Jubilee beacon on Nettlecombe Hill lit?", "3ed5da2b", "question"),
    # "Sessions last two hours and cost £4 per person" ¶9
    Query("how much does a seaweed pressing session cost?", "371372a8", "question"),
    # Topics
    # "Japan Fortnight" ¶1; "Fifty years ago … the first bullet train left Tokyo" ¶5
    Query("Japan Fortnight bullet train fifty years", "b14a9ca7", "topic"),
    # "FOOTPATHS STAY SHUT … The spring point-to-point on Sunday 25 March has been cancelled" ¶11
    Query("spring point-to-point cancelled footpaths shut", "8a0ed922", "topic"),
    Query("Santa Specials Sands Line", "354794ca", "topic"),  # "The Sands Line's Santa Specials run on …" ¶19
    # "PIER AT 100 … celebrates its centenary on Monday with a brass band and fireworks … The Sands Line will run
    # late" ¶13
    Query("Halberry Pier 100 fireworks Sands Line run late", "a029f752", "topic"),
    # "marks 150 years since the last spike" ¶1; "a pancake breakfast at the Grange hall follows on Sunday" ¶13
    Query("last spike 150 years pancake breakfast Grange hall", "a1df042a", "topic"),
    # "the first pages of Ceefax" ¶3; "launched its teletext service on Monday 23 September 1974" ¶7; "the launch"
    # ¶17
    Query("Ceefax teletext launch 1974", "36ae4fa7", "topic"),
    # "since the vote" ¶1; "the centenary … the unveiling of a plaque" ¶7; "The plaque names the eighty-three local
    # women who signed the great petition" ¶9; "suffrage photographs" ¶15
    Query("suffrage centenary plaque petition", "c4271b86", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Denise Aukett is today's Mayor of Halberry (ab8846a4 ¶9); the Santa Specials of 2006 (354794ca) name no one
    "Denise Aukett Santa Specials",
    # Sid Parkes drove the first train in 1990 (559bb26c ¶7); the pier's centenary cutting (a029f752) names no one
    "Sid Parkes Halberry Pier centenary",
    # Gwen Attridge watched the Montreal Games of 1976 (d95beb0c ¶3–7); the Tokyo Olympics are Gorsleigh's
    # (b14a9ca7 ¶5, ¶17)
    "Gwen Attridge Tokyo Olympics",
    # Jean Cattermole is one of Halberry's three drivers (559bb26c ¶7); the Coronation party is Nettlecombe's
    # (3ed5da2b ¶19)
    "Jean Cattermole Coronation party",
    # Lyle Okamura is the Sagehollow museum's president (a1df042a ¶11); the bullet train is Gorsleigh's (b14a9ca7)
    "Lyle Okamura bullet train",
    # Harriet Pell was Tansy Hill's first teacher (d54df1e6 ¶7, ¶13); the suffrage petition is Kowhai Flat's
    # (c4271b86 ¶9)
    "Harriet Pell suffrage petition",
    # Albert Fry is in the bowls cutting of 1986 (9a96ae9e ¶5); the foot-and-mouth cutting (8a0ed922 ¶11–13) has
    # the bowls club but not him
    "Albert Fry foot-and-mouth",
    # Herminia Cueto plants the yew at Vega de Orandi (973ef146 ¶9); the depot bell is rung by Orla Brisco
    # (a1df042a ¶7, ¶19)
    "Herminia Cueto Sagehollow depot bell",
    # "The club championships will be held on Saturday 2 and Sunday 3 February" (44c3cb59 ¶7); no winner
    "which fencer won the Drewsford championships in February?",
    # "Our leap-day social is on Friday 29 February at the Plough" (44c3cb59 ¶9); no attendance (the club's
    # forty-eight members, ¶3, are not the social's)
    "how many members went to the leap-day social at the Plough?",
    # "Tea ceremony demonstration. Places are limited" (b14a9ca7 ¶15); no name
    "who gives the Gorsleigh tea ceremony demonstration?",
    # "Closing concert by the Gorsleigh Koto Ensemble" (b14a9ca7 ¶19); "Tickets for all events from the box office"
    # (¶21), no price
    "what do tickets for the Gorsleigh Koto Ensemble closing concert cost?",
    # "a 'Driver for a Day' draw on Friday 29 May" (ab8846a4 ¶13); no winner
    "who won the Halberry Driver for a Day draw?",
    # "Halberry Pier, opened by the Mayor on Wednesday 14 July 1897" (a029f752 ¶13); no cost
    "what did Halberry Pier cost to build in 1897?",
    # "to an audience smaller than the crowd at Anfield" (d3ec6019 ¶5); no figure for either
    "what was the attendance at Anfield for Liverpool against Arsenal in 1964?",
    # "the district council will hold an open evening in the same schoolroom" (c4271b86 ¶13); no hour
    "what time does the Kowhai Flat library open evening start on 28 November?",
    # "She is survived by their son, Adrian" (36ae4fa7 ¶15); no job
    "what was Marjory Tullett's son Adrian's job?",
    # "The jubilee dinner is at the Red Lion on the 21st" (9a96ae9e ¶5); no hour
    "what time is the Nettlecombe bowls club jubilee dinner at the Red Lion?",
    # "the Red Lion's quiz on the 9th will raise money for the church roof" (3ed5da2b ¶21); still to come, no sum
    "how much did the Red Lion quiz raise for the church roof?",
    # "Two of its seniors competed at the British championships in Liverpool" (d95beb0c ¶13); no winner
    "who won the British championships in Liverpool?",
    # "the Sagehollow depot, which the county bought from the railroad in 1977" (a1df042a ¶5); no price
    "what did the county pay the railroad for the Sagehollow depot in 1977?",
    # "Sessions run at low tide, so start times vary. This summer's dates are 14 June, …" (371372a8 ¶5); no hour
    "what time does the Skellock Sands seaweed session start on 14 June?",
    # "Our hall … was opened on 22 June 1962" (d54df1e6 ¶19); pupils are counted only for 1889 (¶7)
    "how many pupils did Tansy Hill Primary have when its hall opened in 1962?",
    # "the summer residential at Kettlewell, from 3 to 7 July" (d54df1e6 ¶21); no hotel or hostel named
    "which hotel hosts the Kettlewell summer residential?",
    # Drewsbury is not in the corpus (3 edits from Drewsford); the AGM and nominations are 44c3cb59 ¶17
    "Drewsbury fencing club AGM nominations",
    # Halbeck is not in the corpus (3 edits from Halberry); Puffin is Halberry's engine (ab8846a4 ¶7, 559bb26c ¶5)
    "Halbeck miniature railway Puffin engine",
    # Tauranga is not in the corpus; the women voters of 1893 and the plaque are Kowhai Flat's (c4271b86)
    "Tauranga women voters 1893 plaque",
    # Nettleford is not in the corpus; the bowls green and open days are Nettlecombe's (9a96ae9e ¶5)
    "Nettleford bowls green open days",
    # Skelmorlie is not in the corpus; the shore ranger and the strandline are Skellock Sands' (371372a8)
    "Skelmorlie shore ranger strandline",
    # Порхов is not in the corpus; the museum and its exhibition are Порожск's (1c611ef6 ¶13)
    "Порхов краеведческий музей выставка",
    # Villaviciosa is not in the corpus; the national park's centenary is Vega de Orandi's (973ef146)
    "centenario del parque nacional en Villaviciosa",
    # 苏通大桥 is not in the corpus; the bridges are 杨浦大桥 and 南浦大桥 (b88125a9 ¶3, ¶7)
    "苏通大桥 通车 二十周年",
    # "на митинге у плотины была открыта первая очередь" (1c611ef6 ¶3); no crowd figure
    "сколько человек было на митинге у плотины Днепрогэса?",
    # "дед нынешнего директора нашего краеведческого музея" (1c611ef6 ¶5); the director is not named
    "как звали директора краеведческого музея в Порожске?",
    # "Bautista Cueto, fue nombrado guarda del parque el 1 de octubre de 1918" (973ef146 ¶9); no age (96 is
    # Herminia's)
    "¿cuántos años tenía Bautista Cueto cuando fue nombrado guarda?",
    # "una exposición de fotografías antiguas en las escuelas" (973ef146 ¶7); no count
    "¿cuántas fotografías tiene la exposición de las escuelas?",
    # 杨浦大桥 (b88125a9 ¶3); no designer
    "杨浦大桥 设计师 是谁",
    # 23日一早就带孙子上了桥 (b88125a9 ¶7); the grandson is not named
    "顾秀英 孙子 名字",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind139/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
