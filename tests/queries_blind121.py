"""A hundred-and-twenty-first lookup query set, the sixty-first round's BLIND set (written in the sixtieth session):
committed unscored, scored once at the end of the round, and not read while the search is tuned (a score on it is
out-of-sample only until it has been read), RICH IN UNANSWERABLE QUERIES, laid out as tests/queries_blind106.py.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind119.py and tests/queries_blind120.py, one of
  them written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some sixteen thousand), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are close to exhausted: about nine in ten first drafts (some three hundred and fifty were tried) were
  near-copies and had to be rewritten or dropped, so the seed queries here are fewer than in earlier
  sets, mostly longer joins of passages no earlier query joined, and the new documents carry the rest.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind133/docs, copied as ONE
  corpus into a subfolder blind133/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 13 + 15 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 3 + 11
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 1 + 11 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in pinyin
without tones, Cyrillic names and words in Latin letters, accents dropped), russian 2 + 3,
spanish 1 + 3, chinese 1 + 4, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 2 + 4 (1–2 edits a word), name 0 + 5, phrase 3 + 4, question 2 + 7,
topic 3 + 6: 33 + 76 answerable, and 11 + 37 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
buried, won, designed or conducted; who a mayor or a headmaster was; when someone died; how old someone
was, how many watched, came or built; what time a dance starts; what a bypass, a repair, a fare or a
ticket cost; which hotel; what a boat was called); a place the corpus does not hold (spelled two or
more edits from anything real in it, or simply absent) joined to a subject it does; Russian, Spanish
and Chinese ones. Each shares one or more words with its corpus on purpose (in another script for some
of the seeds' ones), and every article holding those words was read to confirm that none answers the
query.

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

# The new-documents corpus is assembled by copying tests/gold/blind133/docs/* into ONE temporary
# corpus folder under the subfolder blind133/: files are then "blind133/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind133/docs",)
NEWDOCS_SUBDIRS = ("blind133",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "dff03619": "GLISTERBY TOWN COUNCIL",
    # en_glisterby_mercury_digest.txt, split by the loader: the quarry theatre opens in 1989 (¶3–7), the market
    # cross (¶10–14), the show's 150 years (¶17–22); the "----" rules at ¶8 and ¶15 come out as articles of their own
    # (4bd9c481, 4bd9c481-2, titled by the rule), and the header (¶1) and the datelines (¶2, ¶9, ¶16) belong to none
    "92845273": "CURTAIN UP IN THE QUARRY",
    "4bd9c481": "----------",
    "68369d78": "MARKET CROSS TO BE MENDED AT LAST",
    "4bd9c481-2": "----------",
    "6b4d882e": "SHOW MARKS 150 YEARS ON THE LOW MEADOW",
    # en_hinchcombe_gazette_digest.txt, split by the loader: the pier lights (¶3–6), Handel's fireworks (¶9–14), the
    # new school (¶17–21); the "----" rules at ¶7 and ¶15 come out as articles of their own (dd8c1e47, dd8c1e47-2,
    # titled by the rule), and the header (¶1) and the datelines (¶2, ¶8, ¶16) belong to none of them
    "4e1b7238": "PIER LIGHTS TO SHINE AGAIN",
    "dd8c1e47": "----------",
    "433fbd81": "FIREWORKS ON THE COMMON FOR HANDEL",
    "dd8c1e47-2": "----------",
    "89cfbf9a": "NEW SCHOOL OPENS ON THE OLD GASWORKS SITE",
    "f34bdc4a": "KNAPTON DOWN FIELD CENTRE",
    "197ea54b": "LUMSWORTH ADVERTISER",
    "d23a864f": "MARDENHOLT DULCIMER CIRCLE",
    "70c885c2": "Nellie Scarrott, milliner of Pudding Lane",
    "3a6de284": "QUADDINGTON, Saturday, 1 April",
    "000a4551": "Reef Points",
    "851f6cc4": "RIBBLESHAW 125",
    "88905bb7": "FIFTY YEARS OF THE SWITCH",
    "d92eaa7e": "Stoneylathe Church of England Primary School",
    "5d862f51": "La Coral de Fuentecarda cantará en Madrid",
    "a07a9db8": "Решетовский вестник",
    "b52de22a": "冰湾镇纪念杨扬冬奥首金十周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "originally published in Spanish by Telesur" ¶49; "Defense Minister Vladimir Padrino" ¶53; "a commemorative
    # monument was inaugurated" ¶55 (monument also ¶33, ¶35, ¶45); "this criminal, colonial, savage war" ¶57
    Query("Telesur Defense Minister monument criminal colonial savage war", "f78fdcd6", "cross-paragraph"),
    # "Xi Jinping meets leaders from Uzbekistan, Pakistan, Turkmenistan, Iran, Malaysia and Tajikistan" (title) ¶203;
    # "emergency management … medical and health care" ¶207
    Query("Turkmenistan Iran Malaysia emergency management medical and health care", "3a9fa4ed", "cross-paragraph"),
    # "Jodie Evans (Co-founder of Code Pink)" ¶365; "the companion to our commemoration of VE or Victory in Europe Day"
    # ¶359; "the largely Eurocentric narrative" ¶355; "China suffered over 35 million casualties" ¶357
    Query("Code Pink VE Day companion Eurocentric narrative 35 million casualties", "d89fdf72", "cross-paragraph"),
    # "Arthur Clegg, … in his memoir, 'Aid China – 1937-1949'" ¶515; "the Levellers took a stand for Irish
    # independence" ¶517; "the first to organise a Hyde Park meeting" ¶525
    Query("Arthur Clegg Aid China memoir Levellers Irish independence Hyde Park", "ac7222d4", "cross-paragraph"),
    # "<Suggest to a friend>" line 13; "Exchange Congratulatory Messages" (title) line 2, "exchanged congratulatory
    # messages" line 5; "across Asia, Europe, Africa and Oceania" line 7 (line 1, "Home > China News", is outside the
    # article, so "News" was left out)
    Query("Suggest to a friend congratulatory messages Oceania", "424ab945", "cross-paragraph"),
    # "Chinese Ambassador Lan Hu" ¶33 (¶43, ¶53); "the sculpture also represents recognition of both the Chinese and
    # global anti-fascist cause" ¶47; "September 4 (Orinoco Tribune)" ¶53
    Query("Lan Hu sculpture global anti-fascist cause September 4 Orinoco", "f78fdcd6", "cross-paragraph"),
    # "Lady From Chungking … actors in 'yellow face'" ¶113 (again ¶129); "before a firing squad" ¶117; "synopses of
    # all the films … may be found on the BFI website" ¶121
    Query("Chungking yellow face firing squad synopses BFI website", "ccf1d4fa", "cross-paragraph"),
    # "Taiwan is an inalienable part of the PRC … the One China principle" line 51; "maritime and air patrols" line 54
    Query("Taiwan One China principle maritime air patrols", "b39d8185", "cross-paragraph"),
    # "Deputy Minister of National Defence … Receiving them on August 29 … rehearsals" ¶77; "the ceremony held at the
    # Ba Dinh Square in Hanoi" ¶73 (20f574be ¶143 names the square too, with neither the minister nor the rehearsals)
    Query("Deputy Minister of National Defence August 29 rehearsals Ba Dinh Square", "362ba691", "cross-paragraph"),
    # "Hollywood film makers produced dozens of films … against Hitler" ¶125; "appeared in the Morning Star … on
    # London's Southbank" ¶111
    Query("Hollywood Hitler dozens of films Southbank Morning Star", "ccf1d4fa", "cross-paragraph"),
    # "the participation of Lao People's Army soldiers in the National Day parade" ¶145; "the General Secretary of the
    # United Left Movement Party of the Dominican Republic" ¶159 (a bullet of the block ¶153–159)
    Query("Lao People's Army soldiers United Left Movement Party", "20f574be", "cross-paragraph"),
    # "support the Eighth Route Army's resistance … 'a man of noble character'" ¶275; "Born in 1902 to Scottish
    # missionary parents" ¶289 (ac7222d4 ¶497 has the Eighth Route Army only)
    Query("Eighth Route Army noble character Scottish missionary parents", "7ab1f62c", "cross-paragraph"),
    # "written by Callum Norris and Twm Draper" ¶533; "This began in Yan’an … the Long March … from the encroaching
    # Nationalist Party (Kuomintang (KMT))" ¶557 (Yan’an also ¶535)
    Query("Twm Draper Yan'an Long March encroaching Nationalist Party", "6710eba1", "cross-paragraph"),
    # Word forms: the text has another form
    # "Desafortunadamente, eso me hizo reír – siendo de Texas" ¶335 (reír → ríe)
    Query("Loving se ríe siendo de Texas", "dde32893", "word-form"),
    # "Condemns the desecration or destruction of World War II memorials" line 37 (condemns → condemning; the text
    # speaks of "the joint statement" throughout)
    Query("joint statement condemning desecration of World War II memorials", "b39d8185", "word-form"),
    # "Why should we always scheme, rob, kill?" ¶119 (scheme, rob, kill → scheming, robbing, killing)
    Query("Anna May Wong on scheming, robbing and killing", "ccf1d4fa", "word-form"),
    # Another script or romanisation
    # "'The Children of Huang Shi' … Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491, in Cyrillic
    Query("Хуан Ши Чоу Юньфат", "ac7222d4", "translit"),
    # Russian (names written in Cyrillic, inflected)
    # "according to Li Jinxian" line 1 (and line 10); "Russian Foreign Minister Sergei Lavrov" line 7 ("about Li
    # Jinxian and Lavrov")
    Query("о Ли Цзиньсяне и Лаврове", "097182f6", "russian"),
    # "Liu Qibao visited the Russian World War II veteran Lev Abramov" line 14 ("about Liu Qibao and Lev Abramov")
    Query("о Лю Цибао и Льве Абрамове", "054ef6fb", "russian"),
    # Spanish
    # "la provincia de Gansu … una de las partes más empobrecidas de China" ¶333; "una vinatera" ¶335; "una fábrica
    # de Lenovo" ¶339 (Gansu also in ac7222d4 ¶485 and 6710eba1 ¶549, in English)
    Query("Gansu empobrecidas vinatera Lenovo", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Deng Xiaoping Theory" ¶383; "Xi hosted a lunch in the Great Hall of the People" ¶385 (the Great Hall is also
    # in d807680a ¶85 and eca32116 ¶223, Deng Xiaoping only here)
    Query("邓小平理论 人民大会堂", "38a7d84f", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "Veterans’ Affairs Ministry" line 1; "the Moscow region" line 7; "Chinese partisans who fought … from 1937 to
    # 1945" line 2
    Query("@here Veterans' Affairs Ministry\u200b Moscow region partisans 1937", "097182f6", "mention-noise"),
    # "Vladimir Vladimirovich Yakushev, Secretary of the General Council of the United Russia Party" ¶158
    Query("<#90> Vladimirovich\u200b United Russia Party General Council", "20f574be", "mention-noise"),
    # Typos (1–2 edits)
    Query("Sydny Lovng FightBack Nws", "dde32893", "typo"),  # "Sydney Loving's interview in FightBack News" ¶297
    Query("Minyuan Stadum Tienjin", "7ab1f62c", "typo"),  # "In Tianjin … the Minyuan Stadium" ¶291
    # Phrases
    Query("needs no introduction Flying Scotsman", "7ab1f62c", "phrase"),  # ¶285
    # "the China-Cambodia friendship, having stood the test of time, is rock-solid" ¶245 (d807680a ¶89 has "the
    # friendship is rock-solid" only)
    Query("having stood the test of time, is rock-solid", "5a5d8582", "phrase"),
    Query("the Japanese imperial armies would have had free rein", "d89fdf72", "phrase"),  # ¶357
    # Questions
    # "Prime Minister Fico said … sends a strong message to the world that justice will prevail" ¶19
    Query("what message did Fico say the commemoration sends to the world?", "faecd2e1", "question"),
    # "Arthur Clegg, who served as the CCC’s National Organiser …, in his memoir, 'Aid China – 1937-1949', published
    # in 1989" ¶515
    Query("when did the CCC's National Organiser publish his memoir?", "ac7222d4", "question"),
    # Topics
    # "followed by the Shanghai Cooperation Organisation Plus meeting" ¶425; "along with the heads of 10 international
    # organisations" ¶427
    Query("heads of 10 international organisations Shanghai Cooperation Organisation Plus", "9e49ddff", "topic"),
    # "the SCO’s quarter century history, drawing more than 20 heads of state" ¶427; "the three forces of terrorism,
    # separatism and extremism" ¶433
    Query("quarter century history 20 heads of state terrorism separatism extremism", "9e49ddff", "topic"),
    # "Brazilian President Luiz Inácio Lula da Silva, whose country holds the current rotating Chair of BRICS … Brazil"
    # ¶451; "the multilateral trading system on modern, flexible foundations" ¶465
    Query("Brazil rotating Chair modern flexible foundations", "e065690c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Liddell "finally died in a Japanese internment camp" (7ab1f62c ¶285, ¶275); no burial, no one who buried him
    # (the "kids who carried him out to his grave" are George Hogg's, ac7222d4 ¶497)
    "who buried Eric Liddell after he died in the internment camp?",
    # Samarkand and a carpet are not in the corpus; Mirziyoyev's meeting is 3a9fa4ed ¶207–209, with no gift
    "Mirziyoyev Samarkand silk carpet gift",
    # Lukashenko meets Xi in Tianjin (0e5d6094 ¶263–265); no tractor, no gift
    "Lukashenko Belarusian tractor gift in Tianjin",
    # Pashinyan meets Xi in Tianjin (0e5d6094 ¶257–261); Yerevan is not in the corpus, nor his return
    "когда Пашинян вернулся в Ереван из Тяньцзиня?",
    # "En Xi’an fuimos a unos sitios históricos antiguos" (dde32893 ¶313); nothing on what the delegation ate there
    # (the "comida" of ¶329 is the robots' room service in a hotel)
    "¿qué comió la delegación de Sydney Loving en Xi'an el primer día?",
    # Hun Manet meets Xi in Tianjin (5a5d8582 ¶243–247); no golf, and Phnom Penh is not in the corpus
    "Hun Manet golf tournament in Phnom Penh",
    # "Nuestros anfitriones nos avisaron contra tomar el tren bala" (dde32893 ¶329); no fares (6710eba1 names no
    # trains)
    "how much did the Friends of Socialist China delegation pay for the bullet train?",
    # Keith Bennett (ac7222d4 ¶475–477, d89fdf72 ¶367); the Hollywood films are David Horsley's review (ccf1d4fa ¶125)
    "Keith Bennett Hollywood films",
    # Tegucigalpa is not in the corpus; the BRICS summit was virtual, chaired by Brazil (e065690c ¶449–451)
    "Tegucigalpa BRICS summit tariffs",
    # George Hogg's "simple grave at the end of the trail" (ac7222d4 ¶497); no tickets, no price
    "乔治·何克 墓地 门票 价格",
    # Vladimir Padrino is at the Caracas monument (f78fdcd6 ¶33, ¶53); the "joint exercises, maritime and air patrols"
    # are China's and Russia's (b39d8185 line 54), with no navy of Venezuela
    "Vladimir Padrino naval exercises with the Chinese navy",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "a bench in memory of the theatre's founder, Clarrie Ashbridge" ¶8; "The Ashbridge bench was carved by the
    # Glisterby stonemason Giles Hawnby" ¶16; "includes Twelfth Night" ¶9 (92845273 ¶7 names Clarrie Ashbridge only)
    Query("Clarrie Ashbridge Giles Hawnby bench Twelfth Night", "dff03619", "cross-paragraph"),
    # "the oldest member of the Pier Trust, Mrs Lilian Allardyce" ¶4; "the lights will then burn every evening until
    # the Christmas fair" ¶5; "My father lit the first lamps in 1911" ¶6
    Query("Lilian Allardyce 1911 Christmas fair", "4e1b7238", "cross-paragraph"),
    # "The band's conductor, Derek Wassall" ¶12; "the public rehearsal in Vauxhall Gardens" ¶11; "will repeat the
    # concert at the pier pavilion" ¶13
    Query("Derek Wassall Vauxhall Gardens pier pavilion", "433fbd81", "cross-paragraph"),
    # "Our knapper, Tamsin Blewitt" ¶4; "No child under ten may handle a hammerstone" ¶16; "gifts of antler are always
    # welcome" ¶20 (antler also ¶3)
    Query("Tamsin Blewitt hammerstone antler gifts", "f34bdc4a", "cross-paragraph"),
    # "outside Pettifer's electrical shop … a television set in the window" ¶9; "A thick fog … stopped the river
    # ferry …; the ferryman, Jos Pickersgill" ¶14
    Query("Pettifer television Jos Pickersgill ferry fog", "197ea54b", "cross-paragraph"),
    # "One of them, Dora Pennifold" ¶9; "with a paraffin stove under the counter" ¶10; "made her a freeman of the
    # borough" ¶12
    Query("Dora Pennifold paraffin stove freeman of the borough", "70c885c2", "cross-paragraph"),
    # "the retired BBC engineer Cedric Dunnage" ¶15; "Parish councillor Glenys Pobjoy" ¶12; "the virtual
    # disappearance of the spaghetti weevil" ¶4
    Query("Cedric Dunnage Glenys Pobjoy spaghetti weevil", "3a6de284", "cross-paragraph"),
    # "the burial of a navvy's infant, Thomas Bulmer" ¶16; "the Dentside Silver Band" ¶9; "The exhibition will then
    # move to Appleby" ¶19
    Query("Thomas Bulmer Dentside Silver Band Appleby", "851f6cc4", "cross-paragraph"),
    # "The club's secretary, Desmond Scaife … We found the cake tin last week" ¶16; "Peggy Crayke" ¶7, ¶18; "plant a
    # rowan" ¶14 (¶17)
    Query("Desmond Scaife cake tin Peggy Crayke rowan", "88905bb7", "cross-paragraph"),
    # "the caretaker, Mr Amos Bletsoe" ¶7; "Monday 29 February will be 'Space Day'" ¶17; "Mrs Harriet Clowes,
    # Headteacher" ¶20
    Query("Amos Bletsoe Space Day Harriet Clowes", "d92eaa7e", "cross-paragraph"),
    # "fundada por el maestro Anselmo Urquiza" ¶4; "confiesa la presidenta, Milagros Anguita" ¶8; "una ayuda de
    # 400.000 pesetas para el viaje" ¶17
    Query("Anselmo Urquiza Milagros Anguita 400.000 pesetas", "5d862f51", "cross-paragraph"),
    # "Jan Treloar: I was on Pendennis Point too!" ¶20; "past the Manacles" ¶10; "the boat jumble in Penryn" ¶14
    Query("Jan Treloar Manacles Penryn boat jumble", "000a4551", "cross-paragraph"),
    # "Show secretary Sylvia Kitching" ¶20; "Car parking will be on Ings Lane" ¶22; "Entries for the heavy horse
    # classes" ¶19
    Query("Sylvia Kitching Ings Lane heavy horse", "6b4d882e", "cross-paragraph"),
    # "The head, Alison Maybury" ¶21; "the official opening by the Bishop" ¶20; "opens its doors to 420 pupils … the
    # old gasworks site" ¶18 (gasworks also ¶17, the title)
    Query("Alison Maybury Bishop gasworks 420 pupils", "89cfbf9a", "cross-paragraph"),
    # "The medieval market cross … repaired by a mason from Ripon" ¶11; "noticed by the verger" ¶12; "the market will
    # move to Chapel Street" ¶13 (dff03619 ¶16 has a stonemason only)
    Query("market cross Ripon mason Chapel Street verger", "68369d78", "cross-paragraph"),
    # Word forms: the text has another form
    # "where she swept the floor for a year" ¶5 (swept → sweeping, irregular)
    Query("Nellie Scarrott sweeping the floor at Madame Ferrand's", "70c885c2", "word-form"),
    # "The Queen pulled the lever shortly after noon" ¶9 (pulled → pulls)
    Query("the Queen pulls the lever at Calder Hall", "88905bb7", "word-form"),
    # "The next morning, 8 February, she sailed into Falmouth" ¶7 (sailed → sails; "sail" is in ¶4)
    Query("Ellen MacArthur sails into Falmouth", "000a4551", "word-form"),
    # "an escaped monkey was recovered from the chapel roof" ¶17; "A travelling menagerie" ¶17 (escaped → escaping)
    Query("monkey escaping from the menagerie onto the chapel roof", "197ea54b", "word-form"),
    # "They dug it in by torchlight on Thursday night" ¶2 (dug → digging, irregular)
    Query("the Ferruccis digging the tree in by torchlight", "3a6de284", "word-form"),
    # "the bunting went up …, in a gale that blew half of it into the beck" ¶5 (blew → blowing, irregular)
    Query("bunting blowing into the beck in a gale", "88905bb7", "word-form"),
    # "part of the wooden pavilion built for it caught fire … first performed in Green Park" ¶10–11 (caught →
    # catching, irregular)
    Query("wooden pavilion catching fire in Green Park", "433fbd81", "word-form"),
    # "El abuelo del actual director, el tenor Baltasar Cuadrado, cantó en el coro del Real" ¶5 (cantó → canta)
    Query("el abuelo del director canta en el coro del Real", "5d862f51", "word-form"),
    # "que se inauguró el martes 19 de noviembre de 1850 con La Favorita de Donizetti" ¶3 (inauguró → inaugura)
    Query("el teatro se inaugura con La Favorita de Donizetti", "5d862f51", "word-form"),
    # "письмо решетовского инженера Пахома Лыкова … он пишет жене" ¶8 (пишет → написал; Пахома Лыкова → Пахом Лыков)
    Query("Пахом Лыков написал жене письмо", "a07a9db8", "word-form"),
    # "Наша водонапорная башня на Садовой улице тоже построена по проекту Шухова" ¶5 (построена → построили,
    # водонапорная башня → водонапорную башню)
    Query("водонапорную башню на Садовой улице построили по проекту Шухова", "a07a9db8", "word-form"),
    # Another script or romanisation
    # "Handel's Music for the Royal Fireworks" ¶10; "the public rehearsal in Vauxhall Gardens" ¶11, in Cyrillic
    Query("Гендель Воксхолл", "433fbd81", "translit"),
    Query("亨德尔 沃克斯豪尔", "433fbd81", "translit"),  # the same, in Chinese characters
    # "crossed the line off Ushant" ¶4; "she sailed into Falmouth … to stand on Pendennis Point" ¶7 (and ¶20), in
    # Cyrillic
    Query("Уэссан Фалмут Пенденнис-Пойнт", "000a4551", "translit"),
    # "with Richard Dimbleby describing a bumper crop" ¶4; "BBC Panorama" ¶1 (¶4, ¶9), in Cyrillic
    Query("Ричард Димблби Панорама", "3a6de284", "translit"),
    # "SELLAMOOR REMEMBERS CALDER HALL" ¶1 (Calder Hall ¶3, ¶11; Sellamoor ¶4 and on), in Cyrillic
    Query("Калдер-Холл Селламур", "88905bb7", "translit"),
    # "в Москве на Шаболовке заработала радиостанция на башне Владимира Шухова: … 19 марта 1922 года" ¶4, in Latin
    # letters
    Query("Vladimir Shukhov Shabolovka 1922", "a07a9db8", "translit"),
    # "Решетовск" ¶2; "Наша водонапорная башня на Садовой улице" ¶5, in Latin letters
    Query("Reshetovsk Sadovaya vodonapornaya bashnya", "a07a9db8", "translit"),
    # 韩立新 ¶5 (¶9, ¶16); 滑冰场负责人罗春梅 ¶14; 冰湾镇 ¶1 and on, in pinyin
    Query("Han Lixin Luo Chunmei Bingwan", "b52de22a", "translit"),
    Query("Бальтасар Куадрадо", "5d862f51", "translit"),  # "Baltasar Cuadrado" ¶5, ¶19 in Cyrillic
    # "La Favorita de Donizetti" ¶3; "saldrán mañana en autobús hacia Madrid" ¶3 (Madrid ¶1), in Chinese characters
    Query("多尼采蒂 马德里", "5d862f51", "translit"),
    # accents dropped: "a beneficio de la restauración del órgano" ¶15; "La Coral de Fuentecarda" ¶1 (Fuentecarda
    # ¶2–3, ¶14)
    Query("Fuentecarda organo restauracion coral", "5d862f51", "translit"),
    # Russian
    # "детский конкурс моделей из проволоки" ¶7 ("Заявки на конкурс моделей из проволоки" ¶18)
    Query("детский конкурс моделей из проволоки", "a07a9db8", "russian"),
    # "По документам городской управы, воду в неё впервые подали 1 сентября 1912 года" ¶10
    Query("когда в решетовскую башню впервые подали воду?", "a07a9db8", "russian"),
    # "подготовил выставку «Сетка и небо», которая будет открыта с 14 по 27 марта" ¶6
    Query("«Сетка и небо» с 14 по 27 марта", "a07a9db8", "russian"),
    # Spanish
    # "en el concierto popular de la plaza de Oriente" ¶4 (¶13 "concierto en la plaza de Oriente")
    Query("concierto popular de la plaza de Oriente", "5d862f51", "spanish"),
    Query("el telón pesa más que la iglesia entera", "5d862f51", "spanish"),  # the grandfather's letter, ¶5
    # "cantará los villancicos del 22 de diciembre al 6 de enero por las calles del pueblo" ¶16
    Query("villancicos por las calles del pueblo", "5d862f51", "spanish"),
    # Chinese
    # 韩立新 ¶5/9/16; 滑冰场负责人罗春梅 ¶14; 滑冰场的地址是冰湾镇湖滨路8号 ¶19 (no paragraph has all three)
    Query("韩立新 罗春梅 湖滨路", "b52de22a", "chinese"),
    Query("冰湾杯 少儿短道速滑比赛", "b52de22a", "chinese"),  # 举行“冰湾杯”少儿短道速滑比赛 ¶10
    Query("盐湖城冬奥会 女子500米决赛", "b52de22a", "chinese"),  # 在美国盐湖城冬奥会短道速滑女子500米决赛中 ¶4
    Query("全县中小学生冰上运动会", "b52de22a", "chinese"),  # 滑冰场还将承办全县中小学生冰上运动会 ¶14
    # Mentions and zero-width spaces
    # "The season closes with the Quarry Proms, a brass and choral weekend" ¶10
    Query("<@4471> Quarry Proms\u200b brass and choral", "dff03619", "mention-noise"),
    # "we are holding a leap day ceilidh on Monday 29 February in the Coach House" ¶8
    Query("@everyone leap day ceilidh\u200b Coach House", "d23a864f", "mention-noise"),
    # "the last frostbite race of the season is on the 29th of this month, which, this being a leap year, actually
    # exists" ¶16 (a leap year is also in d92eaa7e ¶17, a leap day in d23a864f ¶8–9, with no frostbite race)
    Query("<#220> frostbite race\u200b leap year", "000a4551", "mention-noise"),
    # Typos
    # "Quaddington green … a young tree hung with strands of spaghetti" ¶1 (1 edit each: Quaddingtun, spagetti)
    Query("Quaddingtun spagetti tree", "3a6de284", "typo"),
    Query("Knapton Doun flint knaping", "f34bdc4a", "typo"),  # "KNAPTON DOWN" ¶1; "Flint Knapping Days" ¶2
    # "Stoneylathe" ¶1; "the Barwell meteorite fell just three miles from this school" ¶6
    Query("Stoneylath meteorite Barwel", "d92eaa7e", "typo"),
    # "RIBBLESHAW 125" ¶1; "the Settle and Carlisle line" ¶2, ¶4; "the navvies who had built it" ¶4
    Query("Ribbleshaw navies Settle Carlise", "851f6cc4", "typo"),
    # Names
    # "our treasurer, Irene Sleightholme" ¶9; "the luthier Emrys Vaughan" ¶13; "Our youngest player, Poppy Quilliam"
    # ¶19 (no paragraph has two of them)
    Query("Irene Sleightholme Emrys Vaughan Poppy Quilliam", "d23a864f", "name"),
    # "инженера Пахома Лыкова" ¶8; "лекция инженера Галины Ярцевой" ¶7 (¶17); "директора музея Веры Сотниковой" ¶9,
    # in the nominative (no paragraph has two of them)
    Query("Пахом Лыков Галина Ярцева Вера Сотникова", "a07a9db8", "name"),
    Query("Mike Penberthy", "000a4551", "name"),  # the second comment, ¶21
    Query("Bethan Brigsteer", "851f6cc4", "name"),  # "led by Dr Bethan Brigsteer" ¶7
    Query("Anwen Tighe", "dff03619", "name"),  # "the Mayor, Councillor Anwen Tighe" ¶8; "Councillor Tighe said" ¶14
    # Phrases
    Query("If it rains, we get wet. That is the whole idea.", "92845273", "phrase"),  # Clarrie Ashbridge, ¶7
    Query("I shall try not to fuse them", "4e1b7238", "phrase"),  # Mrs Allardyce, ¶6
    Query("It can manage without us for six weeks", "68369d78", "phrase"),  # the town clerk, ¶14
    Query("finished, more or less", "89cfbf9a", "phrase"),  # Alison Maybury, ¶21
    # Questions
    # "the Advertiser was first printed on 20 November 1851" ¶19
    Query("when was the Lumsworth Advertiser first printed?", "197ea54b", "question"),
    # "Tickets have been on sale … since Thursday 29 May, and more than 4,000 have already been sold" ¶11
    Query("how many tickets have been sold for the Quarry Theatre season?", "dff03619", "question"),
    # "on the common" ¶10; "Fireworks begin at 9.30pm" ¶14
    Query("what time do the fireworks begin on Hinchcombe common?", "433fbd81", "question"),
    Query("when did Calder Hall stop generating?", "88905bb7", "question"),  # "stopped generating on 31 March 2003" ¶11
    # "Sessions cost £18 (taster) and £65 a day (courses)" ¶19
    Query("how much do flint knapping taster sessions cost?", "f34bdc4a", "question"),
    # "Nellie Scarrott, milliner of Pudding Lane" ¶1 (the title); "She died peacefully at Fellgarth Cottage Hospital on
    # Thursday 16 January" ¶3
    Query("which hospital did the Pudding Lane milliner die in?", "70c885c2", "question"),
    # "the Barwell meteorite fell … at about twenty past four on Friday 24 December 1965" ¶6
    Query("what time did the Barwell meteorite fall?", "d92eaa7e", "question"),
    # Topics
    # "The Glisterby Show opens tomorrow, 150 years to the day after the first show was held on the Low Meadow" ¶18
    Query("Glisterby Show 150 years Low Meadow", "6b4d882e", "topic"),
    # "The medieval market cross, cracked by frost over the New Year" ¶11; "while the scaffolding is up" ¶13
    Query("market cross cracked by frost over the New Year scaffolding", "68369d78", "topic"),
    # "Hinchcombe Bay Academy opens its doors … on the old gasworks site" ¶18
    Query("Hinchcombe Bay Academy old gasworks", "89cfbf9a", "topic"),
    # "A week for the Settle and Carlisle line" ¶2; "125 years on" ¶5; "finds from the navvy camp" ¶6
    Query("Settle and Carlisle line 125 years navvy camp", "851f6cc4", "topic"),
    # "Handel's Music for the Royal Fireworks …, 250 years to the day after it was first performed" ¶10
    Query("Handel Music for the Royal Fireworks 250 years", "433fbd81", "topic"),
    # "Glisterby's open-air theatre in the old Gallowmire Quarry opens tonight with A Midsummer Night's Dream" ¶4; the
    # council's release remembers that first night ("The theatre's first audience … to watch A Midsummer Night's
    # Dream", dff03619 ¶6) and opens the anniversary season with the same play (¶7)
    Query(
        "Gallowmire Quarry open-air theatre opens with A Midsummer Night's Dream",
        "92845273",
        "topic",
        also=("dff03619",),
    ),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Sylvia Kitching is the show secretary (6b4d882e ¶20); the market cross is another cutting (68369d78)
    "Sylvia Kitching market cross",
    # Derek Wassall conducts the Silver Band (433fbd81 ¶12); the coloured lamps switched on again are another cutting's
    # (4e1b7238 ¶4, by Mrs Allardyce)
    "Derek Wassall coloured lamps switch-on",
    # Mrs Allardyce switches on the pier lights (4e1b7238 ¶4); the new school and its open day are another cutting's
    # (89cfbf9a ¶18–20)
    "Lilian Allardyce new school open day",
    # Alison Maybury is the academy's head (89cfbf9a ¶21); the Royal Fireworks are 433fbd81's
    "Alison Maybury Royal Fireworks",
    # Clarrie Ashbridge founded the quarry theatre (92845273 ¶7, dff03619 ¶8); the show is 6b4d882e's
    "Clarrie Ashbridge Glisterby Show",
    # Tamsin Blewitt is the Knapton knapper (f34bdc4a ¶4); the dulcimer workshop is Aled Rhydderch's (d23a864f ¶5)
    "Tamsin Blewitt dulcimer workshop",
    # Aled Rhydderch runs the dulcimer workshop (d23a864f ¶5); flint knapping is f34bdc4a's
    "Aled Rhydderch flint knapping",
    # Peggy Crayke plants the Sellamoor rowan (88905bb7 ¶7, ¶14, ¶18); the spaghetti supper is Quaddington's (3a6de284
    # ¶9)
    "Peggy Crayke spaghetti supper",
    # Mrs Harriet Clowes heads Stoneylathe school (d92eaa7e ¶20); the navvy suppers are Ribbleshaw's (851f6cc4 ¶11,
    # ¶21)
    "Harriet Clowes navvy suppers",
    # Irene Sleightholme is the dulcimer circle's treasurer (d23a864f ¶9); the Quarry Proms are Glisterby's
    # (dff03619 ¶10)
    "Irene Sleightholme Quarry Proms",
    # Giles Hawnby, "the Glisterby stonemason", carved the Ashbridge bench (dff03619 ¶16); the market cross was mended
    # "by a mason from Ripon" (68369d78 ¶11), who is not named
    "was Giles Hawnby the mason who mended the market cross?",
    # "Entries for the heavy horse classes closed last week, and the judges arrived this morning" (6b4d882e ¶19); no
    # winners
    "who won the heavy horse classes at the Glisterby Show?",
    # the lights are to be switched on "on Saturday the 18th" (4e1b7238 ¶4); no crowd
    "how many people watched the Hinchcombe pier lights switched on?",
    # "The new bypass was formally opened …, who cut a ribbon" (197ea54b ¶5); no cost
    "how much did Lumsworth's new bypass cost to build?",
    # "a leap day ceilidh on Monday 29 February in the Coach House" (d23a864f ¶8); no hour
    "what time does the Mardenholt leap day ceilidh start?",
    # "She married Horace Scarrott, a signalman" (70c885c2 ¶6); "Horace died young" (¶7), no date
    "when did Horace Scarrott die?",
    # Ellen MacArthur's voyage (000a4551 ¶4–7); her age is not given ("I was twenty-two" is the blogger, ¶5)
    "how old was Ellen MacArthur when she sailed around the world?",
    # "in a trimaran built for one person" (000a4551 ¶6): not named (Tern is the blogger's own boat, ¶10–15)
    "what was Ellen MacArthur's trimaran called?",
    # "the navvies who had built it" (851f6cc4 ¶4); no number
    "how many navvies built the Settle and Carlisle line?",
    # no mayor of Hinchcombe anywhere (the Mayor in dff03619 ¶8 is Glisterby's)
    "who is the mayor of Hinchcombe?",
    # "A reunion dinner follows at the weekend" (88905bb7 ¶15); no place
    "which hotel hosts the Sellamoor reunion dinner?",
    # "the headmaster noted later that week" (d92eaa7e ¶8); not named
    "what was the Stoneylathe headmaster called in 1966?",
    # "The 10.49 from Leeds will be met at Ribbleshaw halt by the school choir and the Dentside Silver Band" (851f6cc4
    # ¶9); no conductor (Derek Wassall conducts the Hinchcombe Silver Band, 433fbd81 ¶12)
    "who conducts the band that meets the 10.49 from Leeds?",
    # "the Field Centre's own open day, when knapping demonstrations are free to all" (f34bdc4a ¶12); no numbers
    "how many people came to the Knapton Down Field Centre open day?",
    # "the Gallowmire Quarry … the last of the stone seats was set last week" (92845273 ¶5), "the new stone seats"
    # (dff03619 ¶6); no designer
    "who designed the stone seats of the Gallowmire quarry theatre?",
    # Sellafield is not in the corpus; the Atomic Social Club and its cooling-tower cake are Sellamoor's (88905bb7 ¶10)
    "Sellafield Atomic Social Club cooling tower cake",
    # Ribblesdale is not in the corpus (Ribbleshaw is 3 edits away); the camp and its burial ground are 851f6cc4 ¶7
    "Ribblesdale navvy camp burial ground",
    # Quedlinburg is not in the corpus; the spaghetti tree is Quaddington's (3a6de284)
    "Quedlinburg spaghetti tree",
    # Lumbridge is not in the corpus (6 edits from Lumsworth); the archive room is the Lumsworth Advertiser's (197ea54b
    # ¶20)
    "Lumbridge Advertiser archive room",
    # "Реставрация самой башни начнётся весной и … закончится к Дню города" (a07a9db8 ¶15); no cost
    "во сколько обойдётся ремонт решетовской башни к Дню города?",
    # the Reshetovsk tower is "только пониже" than Moscow's (a07a9db8 ¶5); no height
    "какой высоты водонапорная башня в Решетовске?",
    # Vera Sotnikova directs the Reshetovsk museum (a07a9db8 ¶9); Calder Hall is 88905bb7's
    "Вера Сотникова и Калдер-Холл",
    # "el concierto popular de la plaza de Oriente" (5d862f51 ¶4, ¶13); no tickets
    "¿cuántas entradas se vendieron para el concierto de la plaza de Oriente?",
    # "se inauguró el martes 19 de noviembre de 1850 con La Favorita de Donizetti" (5d862f51 ¶3); no conductor
    "¿quién dirigió La Favorita en 1850?",
    # the grandfather "cantó en el coro del Real" (5d862f51 ¶5); no size of that chorus (the "treinta y dos voces",
    # ¶3, are Fuentecarda's)
    "¿cuántos cantantes tiene el coro del Teatro Real?",
    # 杨扬率先冲过终点 (b52de22a ¶4); no time
    "杨扬 决赛 成绩 几秒",
    # 2月18日和19日，举行“冰湾杯”少儿短道速滑比赛 (b52de22a ¶10): still to come, no winner
    "冰湾杯 冠军 是谁",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind133/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
