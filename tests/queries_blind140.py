"""A hundred-and-fortieth lookup query set, for tuning ranking (written in the seventieth session): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample), as in tests/queries_blind56.py and tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind139.py and tests/queries_blind141.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some nineteen thousand), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: of some three hundred seed drafts about one in seven survived. Every name pair, most
  transcriptions into Cyrillic and Chinese characters, and most phrases had been used already, so the
  seed queries here lean on the paragraphs earlier sets touched least (the analysis headings and
  bullet points of 003, the generic sentences of 000 and 001, closing lines of the 004 articles),
  on inflections no earlier query used, and on joins of passages; there are no seed queries of the
  chinese or name kinds, because every draft of those kinds was a near-copy.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind152/docs, copied as ONE
  corpus into a subfolder blind152/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 13 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 5 + 16
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish), translit
1 + 17 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, Cyrillic and Chinese names in Latin
letters, pinyin without tones, accents dropped), russian 3 + 5, spanish 1 + 4, chinese 0 + 4,
mention-noise 1 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 2 + 5
(1–2 edits a word), name 0 + 4, phrase 6 + 6, question 3 + 11, topic 7 + 6: 34 + 94 answerable, and
9 + 40 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common
noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
won a raft race or scored a goal, who conducted a band, what a father, a radio operator, a manager or a
caretaker was called, which horse won, which film was shown; how much a payout, new seating, a workshop,
a coach fare, a trip or a ticket cost; how many chicks hatched; at what time a box office or a fair
stall opens; which hotel; what two leaders said at a meeting a title names but the text does not
report); a place the corpus does not hold (two or more edits from anything real in it, or simply
absent) joined to a subject it does; Russian, Spanish and Chinese ones. Each shares one or more words
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
queries it checked, as whole words, that the form the query uses is not in the corpus (or, where it
is, in which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind152/docs/* into ONE temporary
# corpus folder under the subfolder blind152/: files are then "blind152/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind152/docs",)
NEWDOCS_SUBDIRS = ("blind152",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_ashworth_signal_digest.txt, split by the loader: the storm of Friday 16 October (¶1–7: the digest's header
    # line ¶1 is this article's title, with the dateline ¶3 and the cutting ¶5–7), the dry summer of 2003 (¶11–17),
    # the Euro 2024 final (¶21–25); the "----" rules (¶9, ¶19) belong to none of them
    "b3168d13": "The Ashworth Signal: three cuttings on wind, water and football",
    "f898b0b4": "Ashworth Signal, Friday 12 September 2003",
    "c41ef16b": "Ashworth Signal, Monday 15 July 2024",
    "c70b1fbd": "BRADWATER JUGGLING CLUB",
    "4096ca50": "When Drumhollin crossed Antarctica",
    "658733cd": "GELDERSIDE OSPREY WATCH",
    "5a26ae73": "Crusade walkers retrace the 1936 road to London",
    "dc27c48a": "PELLWORTH GREEN PRIMARY SCHOOL",
    "023cfe6d": "THE QUENMARSH PLAYERS",
    "3f558c47": "Reg Tuddenham: the Shawfold bookmaker who paid out on Shergar",
    "b1d68c69": "TILLINGFORD DISTRICT COUNCIL",
    # en_tillingford_trumpet_digest.txt, split by the loader: the royal wedding (¶1–7: the digest's header line ¶1 is
    # this article's title, with the dateline ¶3 and the cutting ¶5–7), the amphitheatre's opening in 1997 (¶11–15),
    # the millennium night (¶19–23); the "----" rules (¶9, ¶17) belong to none of them
    "118729b7": "The Tillingford Trumpet: three cuttings from the local collection",
    "501932f6": "Tillingford Trumpet, Monday 19 May 1997",
    "e86e499e": "Tillingford Trumpet, Monday 3 January",
    "c3a5a65b": "TUCK SHOP TAPES",
    "1c2a225a": "THE WRANGHAM TATLER",
    "6e39f483": "Xocoyotla, lunes 15 de septiembre",
    "8064cf7f": "Медвежий Лог, понедельник, 28 сентября",
    "c769cf42": "12月20日 星期三",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines, written "line N"),
# and in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "guide their cooperation through large and especially more flagship projects" ¶189; "The Russian President's
    # website further quoted him … It is the foundation, the bedrock of our achievements" ¶195
    Query("flagship projects Russian President's website bedrock", "c061f0a1", "cross-paragraph"),
    # "steadily advance the construction of the China-Kyrgyzstan-Uzbekistan railway project" ¶207; "upgrade the
    # China-Pakistan Free Trade Agreement … boosting Pakistan's home-grown capacity for development" ¶211
    Query(
        "China-Kyrgyzstan-Uzbekistan railway Free Trade Agreement home-grown capacity",
        "3a9fa4ed",
        "cross-paragraph",
    ),
    # "during his state visit to Cambodia in April this year … of which he still has fond memories" and "Queen Mother
    # Norodom Monineath Sihanouk" ¶239; "originally published on the website of the Chinese Foreign Ministry" ¶249
    # (the same sentence closes 38a7d84f ¶397 and e065690c ¶469, which have no Queen Mother and no April visit)
    Query("Chinese Foreign Ministry website Queen Mother fond memories April", "5a5d8582", "cross-paragraph"),
    # "China supports Armenia in joining the Shanghai Cooperation Organisation" ¶257 (SCO ¶255); Lukashenko "deeply
    # impressed by the country's vibrant development … China's development and revitalisation" ¶265 (Belarus
    # ¶263–265; "vibrant use of history" is in 6710eba1 ¶539)
    Query("Armenia joining SCO vibrant development revitalisation Belarus", "0e5d6094", "cross-paragraph"),
    # "Wang Yi, member of the Political Bureau … and Foreign Minister" ¶221; "the (October 10) 80th anniversary of
    # the founding of the WPK" ¶227
    Query("Wang Yi Foreign Minister October 10 WPK anniversary", "eca32116", "cross-paragraph"),
    # Word forms: the text has another form
    # Hun Manet: "The Chinese people forged peace with courage and unity" ¶247 (forged → forging; "Forging" is only in
    # the title of Xi's BRICS speech, e065690c ¶449)
    Query("Hun Manet: the Chinese people forging peace with courage and unity", "5a5d8582", "word-form"),
    # "Russia's Stability: China reaffirms support for Russia's sovereignty and internal stability" line 52
    # (reaffirms → reaffirming, not in the corpus)
    Query("China reaffirming support for Russia's internal stability", "b39d8185", "word-form"),
    # "Japan reportedly called for the exclusion" line 14; "Such actions have fueled diplomatic tensions, with
    # Chinese officials repeatedly emphasizing the importance of acknowledging historical facts" line 15 (fueled →
    # fueling, not in the corpus)
    Query("Japan's actions fueling diplomatic tensions over historical facts", "097182f6", "word-form"),
    # "unilateralist and bullying acts are disrupting the international order" ¶461 (disrupting → disrupted, not in
    # the corpus)
    Query("unilateralist and bullying acts disrupted the international order", "e065690c", "word-form"),
    # "held a series of meetings on September 4 with national leaders who had come to Beijing" ¶3 (come → came, which
    # is in the corpus only in other senses: 0e5d6094 ¶265, ac7222d4 ¶493/497)
    Query("national leaders who came to Beijing for Xi's series of meetings on September 4", "faecd2e1", "word-form"),
    # Another script or romanisation
    # "Her father, Arthur Clegg … in his memoir, 'Aid China – 1937-1949'" ¶515, the name in Cyrillic
    Query("Артур Клегг Aid China", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "In his meeting with Mongolian President Khurelsukh Ukhnaa" ¶197 (Khurelsukh ¶187–199), "a meeting with
    # Khurelsukh"
    Query("встреча с Хурэлсухом", "c061f0a1", "russian"),
    # "Egyptian President Abdel Fattah El-Sisi, Iranian President Masoud Pezeshkian" ¶451 ("about Masoud Pezeshkian
    # and Abdel Fattah El-Sisi")
    Query("о Масуде Пезешкиане и Абдель Фаттахе ас-Сиси", "e065690c", "russian"),
    # "United Nations Secretary General António Guterres, Egyptian Prime Minister Mostafa Madbouly" ¶405 (Guterres
    # ¶407–409, Madbouly ¶411–413)
    Query("о Мостафе Мадбули и Антониу Гутерреше", "26d64f12", "russian"),
    # Spanish
    # "En Jiayuguan pasamos por uno de los 'Centros del Partido,' donde nuestros guías nos dijeron" ¶345 (dijeron →
    # dicen, not in the corpus)
    Query("Centros del Partido en Jiayuguan, nos dicen los guías", "dde32893", "spanish"),
    # Mentions and zero-width spaces around the real words
    # "We reprint the full texts of both speeches below as originally published on the website of the Chinese
    # Foreign Ministry" ¶397
    Query("@everyone Chinese Foreign Ministry\u200b full texts of both speeches", "38a7d84f", "mention-noise"),
    # Typos (1–2 edits)
    Query("Mirziyoev Uzbekistn", "3a9fa4ed", "typo"),  # "Uzbek President Shavkat Mirziyoyev" ¶207, Uzbekistan ¶209
    # "South African President Cyril Ramaphosa …, Iranian President Masoud Pezeshkian" ¶451 (Ramaphosa ¶467)
    Query("Pezeshkain Ramaphoza", "e065690c", "typo"),
    # Phrases
    # the heading "It Targets Western Dominance While Avoiding Explicit Military Alliance" line 10
    Query("Western dominance without an explicit military alliance", "b39d8185", "phrase"),
    # "We visited a number of cities in Shaanxi and Gansu provinces, as well as Shanghai." ¶549
    Query("cities in Shaanxi and Gansu provinces as well as Shanghai", "6710eba1", "phrase"),
    # "The people are the creators of history, and the pursuit of a better life is a shared aspiration" ¶395
    Query("the people are the creators of history, the pursuit of a better life", "38a7d84f", "phrase"),
    # "A clear example of how such direct and indirect support worked in practice is provided by the South Wales
    # miners." ¶527
    Query("direct and indirect support worked in practice South Wales miners", "ac7222d4", "phrase"),
    # "the solidarity of people in Britain with China's war of national salvation, as a vital, and the first, front
    # of the world peoples' struggle against fascism" ¶503
    Query("war of national salvation first front of the world peoples' struggle", "ac7222d4", "phrase"),
    # "the failure of inhumane ideologies aimed at dominating the world and suppressing cultures, identities, and
    # values" line 35
    Query("failure of inhumane ideologies suppressing cultures identities and values", "b39d8185", "phrase"),
    # Questions
    # "meeting with United Nations Secretary General António Guterres, Egyptian Prime Minister Mostafa Madbouly and
    # Myanmar's Acting President Min Aung Hlaing in the afternoon and with Kazakhstan President Kassym-Jomart Tokayev
    # in the evening" ¶405
    Query(
        "which leader did Xi meet in the evening of August 30, after the Egyptian Prime Minister?",
        "26d64f12",
        "question",
    ),
    # "The themes of the trip were building people to people relations between China and the rest of the world,
    # and China's construction of n ecological civilisation." ¶551 ("British delegates report back" ¶531)
    Query("what were the themes of the British delegates' trip?", "6710eba1", "question"),
    # "Slovakia was the only member state of NATO and the EU to be represented at the commemoration at head of
    # government level" ¶21
    Query("what made Slovakia unusual among NATO and EU members at the commemoration?", "faecd2e1", "question"),
    # Topics
    # "President Xi paid a state visit to Russia and attended the celebrations marking the 80th anniversary of the
    # victory of the Soviet Union's Great Patriotic War last May" ¶193; the same visit is the subject of b39d8185
    # line 2 ("Xi Jinping visited Moscow last week on a state visit … the Great Patriotic War")
    Query(
        "Xi paid a state visit to Russia last May Great Patriotic War",
        "c061f0a1",
        "topic",
        also=("b39d8185",),
    ),
    # "In an article entitled, 'We will never forget the Scottish heroes …', published on its website on August 28,
    # China's Consulate-General in the Scottish capital Edinburgh writes" ¶273
    Query("Consulate-General August 28 website Scottish heroes article", "7ab1f62c", "topic"),
    # "it is all the more important to recall the founding mission and values … uphold the purposes and principles of
    # the UN Charter, defend the basic norms of international relations" ¶409 (9e49ddff ¶431 has "SCO Founding
    # Mission" only)
    Query("Guterres founding mission UN Charter basic norms", "26d64f12", "topic"),
    # "China's focus on memorial restoration also highlights its commitment to safeguarding historical narratives
    # that emphasize collective resistance to foreign aggression." line 9
    Query("memorial restoration collective resistance to foreign aggression", "097182f6", "topic"),
    # "'We are willing to step up exchange with the Communist Party of the Russian Federation and promote the cause
    # of Sino-Russian friendship,' said Liu" line 8
    Query(
        "Communist Party of the Russian Federation step up exchange Sino-Russian friendship",
        "054ef6fb",
        "topic",
    ),
    # "responding to both traditional and non-traditional threats. Commits to expanding joint exercises, maritime and
    # air patrols" line 54
    Query("non-traditional threats joint exercises maritime and air patrols", "b39d8185", "topic"),
    # "Support was forthcoming from many members of the Labour and Liberal parties … However, Clegg is at pains to
    # point out" ¶523
    Query("Labour and Liberal parties Clegg at pains to point out", "ac7222d4", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Ramaphosa is only at the BRICS virtual summit (e065690c ¶451, ¶467); on the Tienanmen rostrum the text names
    # only Kim Jong Un and Putin flanking Xi among "26 heads of state and government" (eca32116 ¶219)
    "did Ramaphosa stand on the Tienanmen Square rostrum on September 3?",
    # Norman Bethune (7ab1f62c ¶275) in Chinese characters: no grave is mentioned (the grave is Hogg's, ac7222d4 ¶497)
    "白求恩 墓地 在哪里",
    # Türkiye is only in the title of 0e5d6094 (¶253), whose text covers Armenia and Belarus; Erdogan is not in the
    # corpus
    "Erdogan Türkiye Tianjin meeting",
    # Xi met Tokayev "in the evening" (26d64f12 ¶405), but the article reports only the Guterres, Madbouly and Min Aung
    # Hlaing meetings (¶407–419)
    "what did Xi and Tokayev discuss in Tianjin?",
    # Serbia is only in the title of faecd2e1 (¶1, ¶29), whose text covers Zimbabwe, Slovakia and the Congo
    "¿qué dijo Xi Jinping al presidente de Serbia?",
    # the Maldives are only in the title of 0e5d6094 (¶253, ¶267); nothing of that meeting is reported
    "马尔代夫 总统 会见 内容",
    # Díaz-Canel met Xi at the Great Hall of the People (d807680a ¶85); Xi's lunch there for foreign guests (38a7d84f
    # ¶385) has no menu and names no Cuban
    "what did the Cuban delegation eat at the Great Hall banquet?",
    # Iran is only in the title of 3a9fa4ed (¶203, ¶215), whose text covers Uzbekistan and Pakistan; the Iranian
    # President is at the BRICS summit (e065690c ¶451) with nothing of his reported
    "что сказал Си Цзиньпин президенту Ирана?",
    # Keith Bennett is at the Beijing symposium and Tsinghua (ac7222d4 ¶475) and on the webinar (d89fdf72 ¶367); the
    # Yasukuni Shrine is the joint statement's (b39d8185 line 41)
    "Keith Bennett Yasukuni Shrine",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Miss Morven Lyall's class … followed every mile on a wall map" ¶7; "Mr Baird gave us toffees" ¶9; "lend it to the
    # museum in Perth" ¶17
    Query("Morven Lyall wall map Perth museum toffees", "4096ca50", "cross-paragraph"),
    # "Brenda Oakshott, 58" ¶5; "six members walked to Chester-le-Street" ¶11; "raised £2,300 for the town's food
    # bank" ¶13
    Query("Brenda Oakshott Chester-le-Street food bank", "5a26ae73", "cross-paragraph"),
    # "The diabolo workshop with Anna Roczek" ¶9; "Our summer show, 'Gravity Optional', … at the Linen Hall" ¶21
    # (Linen Hall ¶7 too)
    Query("Anna Roczek diabolo Gravity Optional Linen Hall", "c70b1fbd", "cross-paragraph"),
    # "Shergar won the Derby" ¶9 (stolen ¶13); "He married Joan Bellamy" ¶15; "somewhere near Tattenham Corner" ¶21
    Query("Joan Bellamy Shergar Tattenham Corner", "3f558c47", "cross-paragraph"),
    # "opening in the old Corn Exchange on Tuesday 12 August 1975" ¶11; "Our founder, Walter Gorwell" ¶13;
    # "Estragon: Malcolm Tibbs" ¶21
    Query("Walter Gorwell Corn Exchange Malcolm Tibbs", "023cfe6d", "cross-paragraph"),
    # "Mrs Keble … about studying at the kitchen table" ¶9; "Last year's carol singing at the Market Cross" ¶17
    # ("Carol" is also the name of Reg Tuddenham's daughter, 3f558c47 ¶21)
    Query("Mrs Keble kitchen table Market Cross carol", "dc27c48a", "cross-paragraph"),
    # "на станции Куанда" ¶7; "наш земляк Виктор Сомов" ¶9; "поездку ветеранов в Тынду" ¶17
    Query("Виктор Сомов Куанда Тында", "8064cf7f", "cross-paragraph"),
    # "Don Aurelio Tepoz, de 61 años" ¶7; "para ver la Piedra del Sol con calma" ¶9; "calle Hidalgo 4" ¶19
    Query("Aurelio Tepoz Piedra del Sol calle Hidalgo", "6e39f483", "cross-paragraph"),
    # 团长林秋云 ¶9; 在县文化馆演出了两场新年音乐会 ¶13; 联系人：枫岭镇文化站 王老师 ¶21
    Query("林秋云 县文化馆 王老师", "c769cf42", "cross-paragraph"),
    # "argue about Tucker Jenkins" ¶9 (Tucker's ¶23); "a reunion screening at the Plaza in Dapworth" ¶15; "my spare
    # copy of the 1980 annual" ¶19
    Query("Tucker Jenkins Plaza Dapworth 1980 annual", "c3a5a65b", "cross-paragraph"),
    # "the ice cracked under a milk float" ¶7; "with a Gracie Fields picture" ¶13; "beat Hoyland Town 3-1" ¶15
    Query("Gracie Fields Hoyland Town milk float", "1c2a225a", "cross-paragraph"),
    # "Councillor Priya Nandra" ¶11; "bury a time capsule beside the stage" ¶13; "resurface the riverside path" ¶15
    Query("time capsule Priya Nandra riverside path", "b1d68c69", "cross-paragraph"),
    # "The young are usually ringed … the ringing … if the chicks are ready" ¶13; "fish-finding games" ¶15;
    # "Gelderside Water, Moorgate Lane" ¶19
    Query("ringing chicks fish-finding games Moorgate Lane", "658733cd", "cross-paragraph"),
    # Word forms (checked as whole words: the form the query uses is not in the corpus)
    # "The storm that tore across the south of England" ¶5 (tore → tearing, irregular)
    Query("the storm tearing across the south of England", "b3168d13", "word-form"),
    # "to watch England lose the Euro 2024 final 2-1 to Spain in Berlin" ¶23 (lose → losing)
    Query("England losing the Euro 2024 final to Spain in Berlin", "c41ef16b", "word-form"),
    # "Eleven walkers set off from the steps of the old Co-operative hall" ¶3 (set off → setting off)
    Query("walkers setting off from the old Co-operative hall", "5a26ae73", "word-form"),
    # "Ellen Wilkinson presented the petition to the Commons" ¶9 (presented → presenting)
    Query("Ellen Wilkinson presenting the petition to the Commons", "5a26ae73", "word-form"),
    # "Half the stalls walked out" ¶13 (walked → walking; "Beckett's play" ¶7)
    Query("half the stalls walking out of Beckett's play", "023cfe6d", "word-form"),
    # "when Shergar won the Derby at Epsom by ten lengths" ¶9 (won → winning, irregular)
    Query("Shergar winning the Derby by ten lengths", "3f558c47", "word-form"),
    # "Skating on Fell Mere was banned from the 6th after the ice cracked under a milk float" ¶7 (cracked → cracking)
    Query("ice cracking under a milk float on Fell Mere", "1c2a225a", "word-form"),
    # "The Rialto cinema … opened …, and eleven hundred people queued in the rain" ¶13 (queued → queueing)
    Query("eleven hundred people queueing in the rain for the Rialto", "1c2a225a", "word-form"),
    # "Her pupil Hamish Tennant wrote to the expedition before Christmas" ¶7 (wrote → writing, irregular)
    Query("Hamish Tennant writing to the expedition before Christmas", "4096ca50", "word-form"),
    # "Vivian Fuchs and his party drove their Sno-cats into Scott Base" ¶3 (drove → driving, irregular)
    Query("Fuchs driving the Sno-cats into Scott Base", "4096ca50", "word-form"),
    # "the screen will stay up for the Olympics, which open in Paris" ¶25 (stay → staying)
    Query("the big screen staying up for the Paris Olympics", "c41ef16b", "word-form"),
    # "на разъезде Балбухта сомкнулись рельсы" ¶5; "по случаю стыковки" ¶7; "До стыковки меньше километра" ¶9
    # (стыковки → стыковка, рельсы → рельсов, Балбухта/Балбухту → Балбухте)
    Query("стыковка рельсов на Балбухте", "8064cf7f", "word-form"),
    # "Золотому звену — четверть века" ¶3; "со дня укладки «золотого звена»" ¶5; "День строителя БАМа" ¶13
    # (звену/звена → золотое звено)
    Query("золотое звено БАМа четверть века", "8064cf7f", "word-form"),
    # "el jueves 17 llegó el presidente y yo no podía ni respirar" ¶7 (llegó → llega, podía → puede)
    Query("el presidente llega y don Aurelio no puede respirar", "6e39f483", "word-form"),
    # "El martes 15 ensayamos bajo el paraguas del patio" ¶7 (ensayamos → ensayaron)
    Query("ensayaron bajo el paraguas del patio", "6e39f483", "word-form"),
    # "bailaba con el grupo de danza de su escuela" ¶7 (bailaba → baila)
    Query("don Aurelio baila con el grupo de danza de su escuela", "6e39f483", "word-form"),
    # Another script or romanisation
    Query("Шергар Эпсом Дерби", "3f558c47", "translit"),  # "Shergar won the Derby at Epsom" ¶9 in Cyrillic
    # "Waiting for Godot by Samuel Beckett" ¶3; "a young Peter Hall opened Beckett's play" ¶7, in Cyrillic
    Query("Беккет Годо Питер Холл", "023cfe6d", "translit"),
    Query("贝克特 彼得·霍尔", "023cfe6d", "translit"),  # the same, in Chinese characters
    # "Ellen Wilkinson presented the petition" ¶9; "some two hundred men left Jarrow" ¶3, in Cyrillic
    Query("Эллен Уилкинсон Джарроу", "5a26ae73", "translit"),
    # "The first episode of Grange Hill" ¶7; "Tucker Jenkins" ¶9, in Cyrillic
    Query("Грейндж Хилл Такер Дженкинс", "c3a5a65b", "translit"),
    Query("格雷西·菲尔兹", "1c2a225a", "translit"),  # "with a Gracie Fields picture" ¶13, in Chinese characters
    Query("Viktor Somov", "8064cf7f", "translit"),  # "наш земляк Виктор Сомов" ¶9 in Latin letters
    # "на станции Куанда" ¶7; "поездку ветеранов в Тынду" ¶17, in Latin letters
    Query("Kuanda Tynda", "8064cf7f", "translit"),
    Query("Medvezhy Log", "8064cf7f", "translit"),  # the title "Медвежий Лог" ¶1 (and ¶15) in Latin letters
    Query("Lin Qiuyun", "c769cf42", "translit"),  # 团长林秋云 ¶9 (¶19) in pinyin
    Query("Fengling zhen hechangtuan", "c769cf42", "translit"),  # 枫岭镇合唱团 ¶3/7/9 in pinyin
    Query("Guojia Dajuyuan shi zhounian", "c769cf42", "translit"),  # 国家大剧院运营十周年 ¶3 in pinyin
    # accents dropped: "Museo Nacional de Antropología, que el presidente Adolfo López Mateos abrió en el Bosque de
    # Chapultepec" ¶5
    Query("Lopez Mateos Chapultepec Museo Nacional de Antropologia", "6e39f483", "translit"),
    Query("Адольфо Лопес Матеос", "6e39f483", "translit"),  # "el presidente Adolfo López Mateos" ¶5 in Cyrillic
    # López Mateos and Chapultepec ¶5 in Chinese characters
    Query("洛佩斯·马特奥斯 查普尔特佩克", "6e39f483", "translit"),
    # "Prince Andrew marry Sarah Ferguson" ¶5; "Bunting was still up in Mill Row" ¶5, in Cyrillic
    Query("Сара Фергюсон Милл-Роу", "118729b7", "translit"),
    Query("萨拉·弗格森 安德鲁", "118729b7", "translit"),  # Sarah Ferguson and Prince Andrew ¶5 in Chinese characters
    # Russian
    # "Miss Morven Lyall's class" ¶7 and "Her pupil Hamish Tennant" ¶7/13, in Cyrillic ("Hamish Tennant and Miss Morven
    # Lyall")
    Query("Хэмиш Теннант и мисс Морвен Лайелл", "4096ca50", "russian"),
    Query("выставка «БАМ: годы и люди»", "8064cf7f", "russian"),  # "выставка «БАМ: годы и люди» будет открыта" ¶15
    Query("поездка ветеранов в Тынду", "8064cf7f", "russian"),  # "музей планирует поездку ветеранов в Тынду" ¶17
    # "В прошлом году, 8 июля, в День строителя БАМа, музей открыл новый зал." ¶13
    Query("новый зал в День строителя БАМа", "8064cf7f", "russian"),
    # "Встреча с Виктором Сомовым состоится в школе № 3" ¶19
    Query("встреча с Виктором Сомовым в школе", "8064cf7f", "russian"),
    # Spanish
    # "la Casa de Cultura de Xocoyotla organiza un viaje al museo" ¶13
    Query("viaje al museo de la Casa de Cultura", "6e39f483", "spanish"),
    # "Las inscripciones para el viaje están abiertas hasta el viernes 19; el autobús sale a las 6 de la mañana" ¶17
    Query("inscripciones para el viaje, el autobús sale a las 6 de la mañana", "6e39f483", "spanish"),
    # "el 18 de mayo, Día Internacional de los Museos, el grupo de danza del pueblo bailó" ¶15
    Query("Día Internacional de los Museos grupo de danza", "6e39f483", "spanish"),
    # "una exposición con las fotografías de don Aurelio" ¶13
    Query("exposición con las fotografías de don Aurelio", "6e39f483", "spanish"),
    # Chinese
    Query("国家大剧院 运营十周年", "c769cf42", "chinese"),  # 纪念国家大剧院运营十周年 ¶3; 运营十周年的日子 ¶5
    Query("枫岭镇合唱团 赴京", "c769cf42", "chinese"),  # 枫岭镇合唱团赴京 ¶3
    Query("报名截止日期 本月28日", "c769cf42", "chinese"),  # 新年音乐会的报名截止日期为本月28日 ¶17
    Query("春节前的排练", "c769cf42", "chinese"),  # 春节前的排练安排在1月8日至2月9日 ¶15
    # Mentions and zero-width spaces
    # "The Northern Juggling Convention runs from Friday 17 to Sunday 19 May at Ridgeley Leisure Centre" ¶19
    Query("<@1234> Northern Juggling Convention\u200b Ridgeley", "c70b1fbd", "mention-noise"),
    # "Guided dawn watches run on 18 and 19 May … Meet at the car park at 5am" ¶9
    Query("@everyone osprey dawn watch\u200b car park 5am", "658733cd", "mention-noise"),
    # "a concert by the Tillingford Silver Band" ¶13; "the first play, A Midsummer Night's Dream" ¶15
    Query("<#55> Midsummer Night's Dream\u200b Tillingford Silver Band", "501932f6", "mention-noise"),
    # Typos
    Query("Tuddenhem Shergr", "3f558c47", "typo"),  # "Reg Tuddenham" ¶1/3, "Shergar" ¶1/9/13 (1 edit + 1)
    # "GELDERSIDE OSPREY WATCH" ¶1; "our hide" ¶3 (Gelderside → Geldarside, watch → wach, hide → hyde)
    Query("Geldarside ospreys hyde wach", "658733cd", "typo"),
    Query("Quenmarch Godott", "023cfe6d", "typo"),  # "THE QUENMARSH PLAYERS" ¶1, "Waiting for Godot" ¶3
    Query("Drumholin Sno-cat", "4096ca50", "typo"),  # "When Drumhollin crossed Antarctica" ¶1; "Sno-cats" ¶3/¶13
    Query("Kelvidge Jarow", "5a26ae73", "typo"),  # "KELVEDGE" ¶3 (Kelvedge ¶5, ¶11, ¶21), "Jarrow" ¶3
    # Names
    Query("Owen Tasker Roy Edley", "023cfe6d", "name"),  # "Vladimir: Owen Tasker · … · Pozzo: Roy Edley" ¶21
    Query("Dr Imogen Fairless talk", "023cfe6d", "name"),  # "will be followed by a talk from Dr Imogen Fairless" ¶7
    Query("Tom Ayling", "c70b1fbd", "name"),  # "Secretary: Tom Ayling" ¶23
    # "His daughters Carol and Denise hope to scatter his ashes" ¶21
    Query("Carol and Denise Tuddenham", "3f558c47", "name"),
    # Phrases
    Query("London at last. We have done what we said we would.", "5a26ae73", "phrase"),  # Tom Oakshott's diary, ¶19
    Query("You need a telescope to see the rest", "3f558c47", "phrase"),  # Reg's talk, ¶17
    Query("The cats are running well", "4096ca50", "phrase"),  # the reply from Scott Base, ¶7
    Query("Nothing has changed except the smell", "c3a5a65b", "phrase"),  # ¶9
    Query("Chapel ladies gave us soup and mended socks", "5a26ae73", "phrase"),  # ¶7
    Query("baffling but brave", "023cfe6d", "phrase"),  # "The local paper called it 'baffling but brave'" ¶11
    # Questions
    # "The Riverside Amphitheatre on Causey Meadow opened on Saturday 17 May" (1997) 501932f6 ¶13; the council's
    # release marks the twenty-fifth anniversary, "twenty-five years to the day after the first audience climbed its
    # grass steps on 17 May" (b1d68c69 ¶7, the fiftieth in 2047 ¶13)
    Query("when did the Causey Meadow amphitheatre first open?", "501932f6", "question", also=("b1d68c69",)),
    # "Last year's Crossing Day … raised £600 for the school library" ¶15
    Query("what did Drumhollin's Crossing Day raise for the school library?", "4096ca50", "question"),
    # "The AGM is on Friday 29 March at 7.30pm" ¶11
    Query("when is the Bradwater Juggling Club AGM?", "c70b1fbd", "question"),
    # "brought down forty trees in Ashworth Park" ¶5
    Query("how many trees came down in Ashworth Park?", "b3168d13", "question"),
    # "On Tuesday 5 August the thermometer at the weir station reached 33C" ¶13
    Query("what temperature did the weir station reach on 5 August?", "f898b0b4", "question"),
    # "Ellen Wilkinson presented the petition to the Commons on 4 November 1936" ¶9; "left Jarrow … to carry their
    # town's petition to London" ¶3
    Query("who presented the Jarrow petition to the Commons?", "5a26ae73", "question"),
    # "The first episode of Grange Hill went out on BBC1 at teatime on Wednesday 8 February 1978" ¶7
    Query("when did the first episode of Grange Hill go out?", "c3a5a65b", "question"),
    # "The Rialto cinema on Abbey Walk opened on Saturday 5 March …, and eleven hundred people queued in the rain" ¶13
    Query("how many queued in the rain when the Rialto opened on Abbey Walk?", "1c2a225a", "question"),
    # "Our school opened its doors on 9 January 1961" ¶21 (the school: "PELLWORTH GREEN PRIMARY SCHOOL" ¶1)
    Query("when did Pellworth Green Primary School open?", "dc27c48a", "question"),
    # "Pupils from Causey Meadow and Wharf Street primary schools will bury a time capsule beside the stage" ¶13
    Query("who will bury the time capsule beside the amphitheatre stage?", "b1d68c69", "question"),
    # "The hide is open daily from 1 April to 31 August, 10am to 5pm" ¶5
    Query("what are the opening hours of the osprey hide?", "658733cd", "question"),
    # Topics
    # "About 300 residents watched Prince Andrew marry Sarah Ferguson on a television carried out on to the pavement"
    # ¶5; "Bunting was still up in Mill Row … after yesterday's royal wedding" ¶5
    Query("Prince Andrew Sarah Ferguson wedding Mill Row pavement television", "118729b7", "topic"),
    # "The town saw in the new millennium … on Causey Meadow …, and a ceilidh band played on the amphitheatre stage"
    # ¶21
    Query("millennium ceilidh band Causey Meadow", "e86e499e", "topic"),
    # "The hiring fair was held on Wednesday 29 February and Thursday 1 March … a leap-day fair" ¶19
    Query("hiring fair leap day", "1c2a225a", "topic"),
    # "The River Ewenny … after the driest summer in years" ¶13; "Anglers have been asked not to fish … review the
    # ban" ¶15
    Query("driest summer River Ewenny anglers ban", "f898b0b4", "topic"),
    # "took the roof off the bowls pavilion. Viewers will remember the television forecast …, which told a worried
    # caller there was no hurricane on the way" ¶5
    Query("bowls pavilion roof television forecast hurricane", "b3168d13", "topic"),
    # "The OU's very first television programme went out on BBC2 on Sunday 3 January 1971" ¶9
    Query("Open University first television programme BBC2", "dc27c48a", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Priya Nandra is the council's cabinet member for leisure (b1d68c69 ¶11); the Millennium Dome coach trip is the
    # millennium cutting's (e86e499e ¶23)
    "Priya Nandra Millennium Dome coach trip",
    # Tom Ayling is the juggling club's secretary (c70b1fbd ¶23); the hide on Moorgate Lane is the osprey watch's
    # (658733cd ¶3, ¶19)
    "Mr Ayling Moorgate Lane hide",
    # Brenda Oakshott walks to London (5a26ae73 ¶5, ¶11); the reunion screening is the Grange Hill blog's (c3a5a65b ¶15)
    "Brenda Oakshott Grange Hill reunion",
    # Hamish Tennant is the Drumhollin pupil (4096ca50 ¶7, ¶13); Shergar is Reg Tuddenham's (3f558c47)
    "Hamish Tennant Shergar bet",
    # Dr Imogen Fairless talks after Godot (023cfe6d ¶7); Year 6 and the assembly are Mrs Keble's (dc27c48a ¶9)
    "Imogen Fairless Year 6 assembly",
    # Anna Roczek runs the diabolo workshop (c70b1fbd ¶9); the Ropery's workshop for young actors names no leader
    # (023cfe6d ¶17)
    "Anna Roczek Ropery Theatre workshop",
    # Walter Gorwell saw Godot in 1955 (023cfe6d ¶13); Marble Arch is where the Jarrow men ended (5a26ae73 ¶5)
    "Walter Gorwell Marble Arch",
    # "Reg took bets on everything from the Grand National to the Shawfold pancake race" (3f558c47 ¶7); no winner
    "which horse won the Grand National that Reg Tuddenham took bets on?",
    # "The Ashworth raft race … has been moved to Sunday 19 October" (f898b0b4 ¶17); no result
    "which team won the Ashworth raft race on the Ewenny?",
    # "England lose the Euro 2024 final 2-1 to Spain in Berlin" (c41ef16b ¶23); no scorers, no penalties
    "which player missed a penalty in the Berlin final?",
    # "Last year's new seating, finished on 30 September" (b1d68c69 ¶11); no cost
    "how much did the new seating at the Riverside Amphitheatre cost?",
    # "a concert by the Tillingford Silver Band and the youth choir" (501932f6 ¶13); no conductor
    "who conducted the Tillingford Silver Band at the amphitheatre opening?",
    "what was Reg Tuddenham's father called?",  # "born above his father's saddlery" (3f558c47 ¶5); no name
    # "by closing time half of Shawfold had been paid out" (3f558c47 ¶9); no sum
    "how much money did Reg Tuddenham pay out on Shergar?",
    # "will stay in Sheffield from 28 to 30 October" (5a26ae73 ¶15); no hotel
    "which hotel will the crusade walkers stay at in Sheffield?",
    "at what time does the Quenmarsh box office open on 18 July?",  # "Box office: opens Monday 18 July" (023cfe6d ¶19)
    # "The diabolo workshop … places are limited to twelve" (c70b1fbd ¶9); no fee (subscriptions are £25 a year, ¶23)
    "what do the twelve diabolo places cost?",
    # "a reply came from a radio operator at Scott Base" (4096ca50 ¶7); not named
    "what was the name of the radio operator at Scott Base who replied to Hamish?",
    # "The young are usually ringed in early July" (658733cd ¶13); no count of chicks
    "how many osprey chicks hatched at Gelderside last season?",
    # "50 YEARS AGO" in the issue of 1988: "the manager promised the team a dinner" (1c2a225a ¶15); not named
    "who was the manager of Wrangham Athletic in 1938?",
    "which Gracie Fields film opened the Rialto cinema?",  # "with a Gracie Fields picture" (1c2a225a ¶13); no title
    "what was the Dapworth school caretaker's name?",  # "The caretaker let me in." (c3a5a65b ¶9); not named
    # "a stall at the Bradwater May Fair on the bank holiday, Monday 6 May" (c70b1fbd ¶17); no hour
    "what time does the Bradwater May Fair stall open?",
    # "The council's coach trip to the Millennium Dome leaves on Saturday 15 January" (e86e499e ¶23); no fare
    "how much was a seat on the council's trip to the Dome?",
    # the trip to the museum in Chapultepec (6e39f483 ¶5, ¶13, ¶17): dates and the bus's hour, no price
    "¿qué precio tiene la excursión a Chapultepec?",
    "¿cómo se llamaba la maestra de don Aurelio?",  # "su maestra lo llevó de nuevo al museo" (6e39f483 ¶9); no name
    # "музей планирует поездку ветеранов в Тынду с 5 по 9 июля" (8064cf7f ¶17); no hotel
    "в какой гостинице остановятся ветераны в Тынде?",
    # "на разъезде Балбухта сомкнулись рельсы западного и восточного участков" (8064cf7f ¶5); no builder named
    "кто уложил золотое звено на Балбухте?",
    "国家大剧院 新年音乐会 门票 多少钱",  # 林秋云 saw a 新年音乐会 there (c769cf42 ¶9); no ticket price
    "林秋云的女儿 今年几岁",  # 和女儿商量去北京 (c769cf42 ¶11); no age, no name
    "合唱团的指挥是谁",  # 团长林秋云 (c769cf42 ¶9) heads the choir; no conductor is named
    # Ashford is not in the corpus; the storm that brought down forty trees is Ashworth's (b3168d13 ¶5)
    "Ashford storm forty trees",
    # Bradford is not in the corpus; the Northern Juggling Convention is at Ridgeley Leisure Centre (c70b1fbd ¶19)
    "Bradford jugglers convention",
    # Tillingham is not in the corpus (4 edits from Tillingford, whose amphitheatre turns twenty-five, b1d68c69)
    "Tillingham amphitheatre anniversary",
    "Quenby Players Godot",  # Quenby is not in the corpus; the Godot programme is the Quenmarsh Players' (023cfe6d)
    "Kielder osprey watch hide",  # Kielder is not in the corpus; the osprey hide is Gelderside's (658733cd)
    # Drumnadrochit is not in the corpus; Crossing Day and its sledge race are Drumhollin's (4096ca50 ¶11)
    "Drumnadrochit Crossing Day sledge race",
    # Xochimilco is not in the corpus; the trip to the museum by bus is Xocoyotla's (6e39f483 ¶13, ¶17)
    "Xochimilco museo viaje autobús",
    # Медвежьегорск is not in the corpus; the BAM jubilee is Медвежий Лог's (8064cf7f ¶15)
    "Медвежьегорск БАМ юбилей",
    # 桃源镇 is not in the corpus; the choir going to the Grand Theatre is 枫岭镇's (c769cf42)
    "桃源镇合唱团 国家大剧院",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind152/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
