"""An eighty-fourth lookup query set, for tuning ranking (written in the forty-second session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once used
for tuning, a score on it is in-sample, as in blind56).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind83.py and tests/queries_blind85.py, the first
  unscored and the second written at the same time as this one, were not opened and are not part of the
  check). A throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased,
  accents dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every
  earlier query (some 11,200 of them), and with the earlier queries of this set, while the set was being
  written; a query sharing more than half of its own words with any one of them was replaced. The seeds
  are worn very thin: every pair of names in most seed articles has been queried together, and in every
  script, so these seed queries lean on the less-quoted words (the countries of the article titles, in
  Cyrillic and Chinese; rare verbs and adjectives; sentences no earlier query quoted), and well over two
  thirds of the first drafts had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind96/docs, copied as ONE
  corpus into a subfolder blind96/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them (a few
  earlier sets had documents on the same anniversaries, and several drafts here had to be replaced).

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 7 (the words of the query are in
one article but no single paragraph, title line included, holds them all), word-form 5 + 7 (another
inflection or derivation than the text uses, irregular forms too, in English, Russian and Spanish),
translit 4 + 10 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, Chinese names and titles in pinyin without
tones, Cyrillic names in Latin letters, accents dropped), russian 2 + 3, spanish 2 + 4, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3
(1–2 edits a word), name 3 + 3, phrase 3 + 4, question 4 + 5, topic 4 + 5: 39 + 57 answerable, and
20 + 34 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names and country names may be written in another script); none needs a translation
of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, mostly); a question
in the corpus's own words about something it does not say (who won, played, piloted, danced or built; who was an
ambassador before another or an Earl's agent; when someone started; how many, how old, what time, what it
cost, which hotel, what a camp, a guide or a maiden name was called, what make an aeroplane
was, what an inscription said); a place the corpus does not hold but spelled close to one it does (two or
more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one or more words
with its corpus on purpose (in another script for some of the seeds' ones), and every article holding
those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (in seeds/000–003 each line, as in the earlier sets;
in seeds/004 and in the new documents each line, which there is one paragraph; the title line included,
joined to each paragraph) holds all of the query's words; the Fettroyd and Haxenby ones hold
across their files' blank-line blocks too. For word-form queries it checked that the form the query
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

# The new-documents corpus is assembled by copying tests/gold/blind96/docs/* into ONE temporary
# corpus folder under the subfolder blind96/: files are then "blind96/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind96/docs",)
NEWDOCS_SUBDIRS = ("blind96",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "fb732a4b": "AYSGILL COURIER — OBITUARIES",
    "fa0989d2": "CAWSTOCK CRICKET CLUB",
    "46ea4372": "FETTROYD EXAMINER — CENTENARY SUPPLEMENT",
    "ed271c81": "GATLEIGH VALE BOROUGH COUNCIL",
    "33d4359a": "HARLESDYKE PRIMARY SCHOOL",
    "ef5f62da": "HAXENBY EVENING POST",
    # en_lenthorpe_gazette_park_theatre_digest.txt, split by the loader: the heat of 1976 (¶3–6), the season
    # opening (¶9–13), the reopening of 2007 (¶16–19); the "-----" rules (¶7, ¶14) come out as articles of their
    # own (106fa2b1, 106fa2b1-2, titled by the rule), and the header (¶1) and the datelines (¶2, ¶8, ¶15) belong
    # to none of them
    "276995b3": "HEAT HALTS THE DREAM",
    "ec013fd8": "CURTAIN UP IN THE PARK",
    "2d81ddf7": "THE PARK STAGE LIVES AGAIN",
    "85a60251": "MALLINGBY CACTUS AND SUCCULENT SOCIETY",
    # en_quantley_observer_beacon_hill_digest.txt, split the same way: the dome (¶3–6), Neptune (¶9–13), the
    # Perseids (¶16–20); the rules (¶7, ¶14) are 595914f9 and 595914f9-2, and the header (¶1) and the datelines
    # (¶2, ¶8, ¶15) belong to none of them
    "b8f99b56": "DOME GOES UP ON BEACON HILL",
    "558f7cb2": "NEPTUNE NIGHT ON BEACON HILL",
    "1550c5a5": "PERSEIDS DRAW RECORD CROWD",
    "35fd8526": "Slowly, Slowly — a walking blog by Fran Etherington",
    "49985dd5": "THRANDALE ADVERTISER",
    "0d3bc7fa": "WYLLOWMERE PONDS — NEWT EVENINGS",
    "5721dd15": "EL HERALDO DE CALLANMARCA",
    "d89ed8ad": "«ЧЕРЕМШАНСКИЙ ВЕСТНИК»",
    "ab62cf1c": "苇塘镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "The most consequential outcome of the visit" ¶2; "a deliberate effort to embed bilateral ties within durable
    # mechanisms" ¶7
    Query("consequential outcome deliberate effort durable mechanisms", "b39d8185", "cross-paragraph"),
    # "made indelible historic contributions to the victory" line 7; "promoting the vigorous development of
    # Russia-China comprehensive strategic partnership" line 11
    Query("indelible historic contributions vigorous development", "424ab945", "cross-paragraph"),
    # "the north China coastal city of Tianjin" ¶425; "jointly cultivate a garden of civilisations" ¶439
    Query("north China coastal city garden of civilisations", "9e49ddff", "cross-paragraph"),
    # "conveyed General Secretary Xi Jinping's cordial greetings" ¶67; "respond to external uncertainties with the
    # strengths of the socialist system" ¶71
    Query("cordial greetings uncertainties socialist system", "362ba691", "cross-paragraph"),
    # "to ensure their protection and accessibility for future generations" line 4; "The initiative has not gone
    # unnoticed by Japan, which has historically taken a contentious stance" line 13
    Query("accessibility future generations Japan contentious stance", "097182f6", "cross-paragraph"),
    # Word forms: the text has another form
    # "China and Mongolia, as friendly neighbours connected by mountains and rivers" ¶197 (plurals in the text;
    # "neighbour" is in 26d64f12 ¶419 and "mountain" in ac7222d4 ¶485, neither of them about Mongolia)
    Query("Mongolia neighbour connected by mountain and river", "c061f0a1", "word-form"),
    # "China's high-level diplomacy has recently experienced a particularly busy period" ¶403 (experienced →
    # experiencing)
    Query("China's high-level diplomacy experiencing a busy period", "26d64f12", "word-form"),
    # "the Chinese nation emerging from the grave crises in modern times" ¶387 (emerging → emerged; crises →
    # crisis, an irregular plural)
    Query("the Chinese nation emerged from a grave crisis", "38a7d84f", "word-form"),
    # "China and Russia … endured great national sacrifices" line 7 (endured → enduring, sacrifices → sacrifice)
    Query("enduring great national sacrifice", "424ab945", "word-form"),
    # Hoang Xuan Chien "commended their determination and training efforts" ¶77 (commended → commending, efforts →
    # effort; "effort" is in 097182f6, b39d8185, ccf1d4fa and 9e49ddff, not of troops)
    Query("commending the foreign troops' training effort", "362ba691", "word-form"),
    # Another script: the countries of the article titles in Cyrillic
    # "Xi Jinping meets leaders from Uzbekistan, Pakistan, Turkmenistan, Iran, Malaysia and Tajikistan" ¶203 (only
    # there; "Iranian" is e065690c's)
    Query("Туркменистан, Иран, Малайзия и Таджикистан", "3a9fa4ed", "translit"),
    # "… leaders from Armenia, Belarus, Maldives, Azerbaijan, Kyrgyzstan, India and Türkiye" ¶253 (Kyrgyzstan also
    # in 3a9fa4ed ¶207, India in e065690c ¶451, each alone)
    Query("Мальдивы, Азербайджан, Кыргызстан и Турция", "0e5d6094", "translit"),
    # "Xi Jinping meets UN Secretary General and leaders from Egypt, Myanmar and Kazakhstan" ¶401 (Egypt also in
    # 6710eba1 ¶537, in a list of countries)
    Query("Египет, Мьянма и Казахстан", "26d64f12", "translit"),
    # "Xi Jinping meets the leaders of Zimbabwe, Slovakia, Congo, Serbia and Indonesia" line 1 (only there;
    # "Indonesian" is e065690c's)
    Query("Сербия и Индонезия", "faecd2e1", "translit"),
    # Russian (names in Cyrillic)
    # "reported by RIA Novosti" line 2; "in the Korean city of Wonsan … in the 'Patriots' military-patriotic park"
    # line 7
    Query("РИА Новости, Вонсан и «Патриот»", "097182f6", "russian"),
    # "Slovakia was the only member state of NATO and the EU … although Hungary and Bulgaria also sent senior
    # representatives" ¶21
    Query("Словакия, Венгрия и Болгария", "faecd2e1", "russian"),
    # Spanish
    # "Se siente sinceramente diferente a las ciudades en los EE. UU." ¶323
    Query("se siente sinceramente diferente a las ciudades en los EE. UU.", "dde32893", "spanish"),
    # "Ellos pelearon contra el dogmatismo y tomaron la decisión de ser el partido de las masas" ¶315
    Query("ellos pelearon contra el dogmatismo y tomaron la decisión", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "follow Marxism-Leninism, Mao Zedong Thought" ¶383; "held on September 3 in Beijing's Tienanmen Square" ¶377
    # (eca32116 ¶219 has Tienanmen, without Marxism-Leninism)
    Query("马克思列宁主义 天安门", "38a7d84f", "chinese"),
    # Türkiye, India and Maldives of the title ¶253, as Chinese papers write them
    Query("土耳其 印度 马尔代夫", "0e5d6094", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "We visited a number of cities in Shaanxi and Gansu provinces" ¶549; "China's construction of n ecological
    # civilisation" ¶551 (Gansu is also in dde32893 and ac7222d4, without the rest)
    Query("@everyone ecological civilisation\u200b Shaanxi Gansu", "6710eba1", "mention-noise"),
    # "Further information, including synopses of all the films, … may be found on the BFI website" ¶121
    Query("<#909> synopses of all the films\u200b BFI website", "ccf1d4fa", "mention-noise"),
    # Typos (1–2 edits)
    # "President Mirziyoyev … is grateful for China's long-term and valuable support … the improvement of people's
    # livelihood" ¶209
    Query("Mirziyoev gratefull livelyhood", "3a9fa4ed", "typo"),
    # "Prime Minister Pashinyan" ¶259; "in such areas as market regulation, metrology, and media" ¶261
    Query("Pashinian metrolgy", "0e5d6094", "typo"),
    # "Ivan Melnikov, vice chairman … and State Duma's Deputy Speaker" line 6 (20f574be ¶157 has a "Speaker of the
    # House of Representatives of Belarus", no Melnikov)
    Query("Melnikof Deputy Speeker", "054ef6fb", "typo"),
    # Names
    # "the New Zealand internationalist Rewi Alley" ¶495; "Her father, Arthur Clegg" ¶515 (d89fdf72 ¶366 has Jenny
    # Clegg only)
    Query("Rewi Alley Arthur Clegg", "ac7222d4", "name"),
    # "Egyptian President Abdel Fattah El-Sisi"; "India was represented by Foreign Minister Subrahmanyam
    # Jaishankar" ¶451
    Query("El-Sisi Jaishankar", "e065690c", "name"),
    # "Vietnamese Prime Minister Pham Minh Chinh visited Tianjin" ¶79; "the ceremony held at the Ba Dinh Square in
    # Hanoi" ¶73 (20f574be ¶143 has Ba Dinh Square, without Pham Minh Chinh)
    Query("Pham Minh Chinh Ba Dinh Square", "362ba691", "name"),
    # Phrases
    # "became an important part of the series of festive events in honor of the 70th anniversary" line 6
    Query("an important part of the series of festive events", "054ef6fb", "phrase"),
    # "China … has become a main driving force of global economic growth" ¶69
    Query("a main driving force of global economic growth", "362ba691", "phrase"),
    # "his continued vacillation between the interests of the Global South and those of the imperialist camp"
    # ¶451
    Query("continued vacillation between the interests of the Global South", "e065690c", "phrase"),
    # Questions
    # "call for reforming institutions such as the UN, WTO, and IMF" ¶15
    Query("which institutions do China and Russia call to reform?", "b39d8185", "question"),
    # Putin: "World War II is the most painful tragedy in human history" line 11 (c061f0a1 ¶195 quotes him on
    # ancestors, not on the war)
    Query("what did Putin call World War II in his message?", "424ab945", "question"),
    # "Thongloun was in China for the … SCO Summit, where his country was admitted as a SCO Partner" ¶137
    Query("what status was Laos given at the SCO summit?", "20f574be", "question"),
    # "President Xi paid a state visit to Russia and attended the celebrations marking the 80th anniversary of the
    # victory of the Soviet Union's Great Patriotic War last May" ¶193; b39d8185 ¶2 tells of the same visit "last
    # week", a fair answer too
    Query(
        "when did Xi attend the Great Patriotic War celebrations in Russia?", "c061f0a1", "question", also=("b39d8185",)
    ),
    # Topics
    # "building a China-Mongolia community with a shared future, consolidate strategic mutual trust, deepen
    # development integration" ¶197 (362ba691 ¶77 has "integration" of troops into rehearsals)
    Query("China-Mongolia development integration strategic mutual trust", "c061f0a1", "topic"),
    # "China's focus on memorial restoration" line 9; "not only intended as tributes to the Noraa but also as
    # educational resources for visitors" line 10
    Query("memorial restoration educational resources for visitors", "097182f6", "topic"),
    # "the China-Cambodia friendship … China and Cambodia, as ironclad friends, should … steadfastly follow the path
    # of friendship opened by the older generation of Chinese and Cambodian leaders" ¶245
    Query("China-Cambodia ironclad friendship older generation of leaders", "5a5d8582", "topic"),
    # "The Chinese people firmly stand on the right side of history … remain committed to the path of peaceful
    # development" ¶381
    Query("path of peaceful development right side of history", "38a7d84f", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Twm Draper wrote the delegation's report (6710eba1 ¶533); the Yasukuni Shrine is the joint statement's
    # (b39d8185 line 41)
    "Twm Draper Yasukuni Shrine",
    # Lan Hu is the ambassador in Caracas (f78fdcd6 ¶33–45); the Tsinghua symposium and forum are Keith Bennett's
    # (ac7222d4 ¶475)
    "Lan Hu Tsinghua symposium",
    "Tianshan summit",  # Tianshan is 3 edits from Tianjin, whose SCO summit is 9e49ddff's and others'
    # Lukashenko (0e5d6094 ¶263–265) and Mirziyoyev (3a9fa4ed ¶207–209) met Xi apart; Samarkand is not in seeds/
    "Лукашенко и Мирзиёев в Самарканде",
    "黄柳霜 出生 年份",  # Anna May Wong (Wong Liu Tsong, ccf1d4fa ¶115) in Chinese characters; no birth year
    # the season is "currently showing at the British Film Institute (BFI) … until October 8" (ccf1d4fa ¶111); no
    # attendance
    "how many people attended the Anna May Wong screenings?",
    # KJ Noh is a webinar speaker (d89fdf72 ¶368); Lady From Chungking is Anna May Wong's film (ccf1d4fa ¶113/129)
    "KJ Noh Lady From Chungking",
    # the monument's words are Maduro's speech and Lan Hu's (f78fdcd6 ¶35–47); no inscription
    "what did the inscription on the Venezuelan monument say?",
    "Hainan parade",  # Hainan is 3 edits from Hanoi, whose National Day parade is 362ba691's and 20f574be's
    # "durante 10 días visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" (dde32893 ¶307); no leg timed
    "¿cuánto duró el viaje de Dunhuang a Jiayuguan?",
    # Liddell "passed away in a Japanese prisoner-of-war camp" (7ab1f62c ¶275), "died in a Japanese internment
    # camp" (¶285); the camp is never named
    "what was the name of the camp where Liddell died?",
    # Khurelsukh met Xi in Beijing (c061f0a1 ¶187–199); the Hyde Park meeting of 1937 is ac7222d4's (¶525)
    "Khurelsukh Ukhnaa Hyde Park",
    # Delcy Rodríguez is Venezuela's Vice President (f78fdcd6 ¶33/53); the Jiayuguan steelworks JISCO is dde32893's
    # (¶335)
    "Delcy Rodríguez Jiayuguan steel",
    # "Meeting with Uzbek President Shavkat Mirziyoyev in the morning" (3a9fa4ed ¶207); the meeting with Shehbaz
    # Sharif (¶211) has no time
    "what time did Shehbaz Sharif's meeting with Xi start?",
    # "Chinese Ambassador Lan Hu" (f78fdcd6 ¶33); no predecessor
    "кто был послом Китая в Венесуэле до Лань Ху?",
    # the King and the Queen Mother "arrived in Beijing" and were met "at Zhongnanhai" (5a5d8582 ¶235–237); no hotel
    "which hotel did the Cambodian King stay at for the commemoration?",
    # Lavrov announced in Wonsan that a monument "will be erected" (097182f6 line 7); no date of unveiling
    "拉夫罗夫 元山 纪念碑 揭幕 日期",
    # "una fábrica de Lenovo" (dde32893 ¶339), the one they saw; no count
    "¿cuántas fábricas tiene Lenovo en Shanghái?",
    # Pashinyan met Xi in Tianjin (0e5d6094 ¶257–259); "Tariff blackmail" is Lula's (e065690c ¶463)
    "Nikol Pashinyan tariff blackmail",
    # Tokayev met Xi in the evening of August 30 (26d64f12 ¶405); the Orinoco Tribune is f78fdcd6's source (¶49/53)
    "Tokayev Orinoco Tribune interview",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph (in these files every line is a paragraph; no line, title line included, holds all the words)
    # "for thirty years, the Townswomen's Guild" ¶8; "she swam the first length in a borrowed costume" ¶10; "Paul
    # Rushworth writes" ¶19
    Query("Townswomen's Guild borrowed costume Paul Rushworth", "fb732a4b", "cross-paragraph"),
    # "the first secretary, Amos Birtwhistle" ¶6; "Ladies' match, Cawstock v Bellsworth Ladies" ¶12; "Speaker: Jack
    # Hainsworth" ¶15
    Query("Amos Birtwhistle Jack Hainsworth Bellsworth Ladies", "fa0989d2", "cross-paragraph"),
    # "The club's secretary, Josiah Lumb" ¶4; "the former Rovers and county prop Harold Sugden" ¶13; "Dinner tickets,
    # £18, from Brenda Ackworth" ¶20 (Josiah is in the first blank-line block only, the other two in the second)
    Query("Josiah Lumb Harold Sugden Brenda Ackworth", "46ea4372", "cross-paragraph"),
    # "the Mayor, Councillor Rita Oldroyd" ¶6; "the panels of a canal quilt" ¶13; "the council hopes to rebuild the
    # stop-lock at Moss Bridge" ¶14
    Query("Rita Oldroyd canal quilt stop-lock", "ed271c81", "cross-paragraph"),
    # "Its chairman, Gerald Pennifold" ¶5; "his daughter, Mrs Ada Corless" ¶7; "the Rolls-Royce works at Crewe" ¶12
    # (the first two in the first blank-line block, Crewe in the second)
    Query("Gerald Pennifold Ada Corless Crewe", "ef5f62da", "cross-paragraph"),
    # "инженер Пётр Голубев" ¶7; "детский спектакль «Снежная королева»" ¶14; "Директор театра Сергей Лапин" ¶17
    Query("Пётр Голубев Снежная королева Сергей Лапин", "d89ed8ad", "cross-paragraph"),
    # 电影《创业》 ¶10; 镇文化站站长刘玉梅 ¶16; 赵长顺的孙女赵小红 ¶17
    Query("赵小红 刘玉梅 创业", "ab62cf1c", "cross-paragraph"),
    # Word forms
    # "Meyer had failed twice before" ¶4 (failed → failing); Kilimanjaro ¶3/6
    Query("Meyer failing twice on Kilimanjaro", "35fd8526", "word-form"),
    # "stopped last night's performance … at the interval, when two of the fairies fainted" ¶4 (fainted → fainting;
    # 2d81ddf7 ¶18 has the fairies of 1976, not the fainting)
    Query("fairies fainting at the interval", "276995b3", "word-form"),
    # "Mr Fairbank, who has taught at Harlesdyke for thirty-one years, retires at Christmas" ¶16 (retires →
    # retiring; taught → teaching, irregular)
    Query("Mr Fairbank retiring after thirty-one years teaching", "33d4359a", "word-form"),
    # "Chávez murió en el hospital" ¶4 (murió → muere); "Al aterrizar en Domodossola" ¶4
    Query("Chávez muere en el hospital de Domodossola", "5721dd15", "word-form"),
    # "городской театр танца" ¶5; "театр … получил приз зрительских симпатий" ¶6 (получил → получает)
    Query("театр танца получает приз зрительских симпатий", "d89ed8ad", "word-form"),
    # "Galle found it within an hour" ¶11; "Johann Galle first saw Neptune from the Berlin Observatory" ¶10 (found →
    # finding, irregular)
    Query("Galle finding Neptune from the Berlin Observatory", "558f7cb2", "word-form"),
    # "Charles Rolls met Henry Royce at the Midland Hotel in Manchester" ¶4 (met → meets, irregular)
    Query("Rolls meets Royce at the Midland Hotel", "ef5f62da", "word-form"),
    # Another script or romanisation
    Query("Берил Котгрейв", "fb732a4b", "translit"),  # "Beryl Cotgrave" ¶2–3 in Cyrillic
    # "the French mathematician Urbain Le Verrier" ¶11; "Johann Galle" ¶10, in Cyrillic
    Query("Урбен Леверье и Иоганн Галле", "558f7cb2", "translit"),
    # "Charles Rolls met Henry Royce" ¶4, in Chinese characters as in 劳斯莱斯 (Rolls-Royce)
    Query("查尔斯·劳斯 亨利·莱斯", "ef5f62da", "translit"),
    # 苇塘镇 ¶1/3; 老队长赵长顺 ¶6; 镇文化站站长刘玉梅 ¶16, in pinyin
    Query("Weitang Zhao Changshun Liu Yumei", "ab62cf1c", "translit"),
    Query("Songji Sanjing Daqing", "ab62cf1c", "translit"),  # 松基三井 ¶3–5, 大庆 ¶4/7, in pinyin
    # "хореографу Нине Голубевой" ¶7, "Нина Голубева" ¶10; "в постановке Леонида Якобсона" ¶4, in Latin letters
    Query("Nina Golubeva Leonid Yakobson", "d89ed8ad", "translit"),
    # accents dropped: "Eusebio Larrañaga" ¶5; "Jorge Chávez" ¶2
    Query("Eusebio Larranaga Jorge Chavez", "5721dd15", "translit"),
    # "el vuelo de Jorge Chávez" ¶2; "cruzó el paso del Simplón" ¶3, in Cyrillic
    Query("Хорхе Чавес Симплон", "5721dd15", "translit"),
    # "the geographer Hans Meyer … the summit of Kilimanjaro" ¶3, in Chinese characters
    Query("乞力马扎罗 汉斯·迈耶", "35fd8526", "translit"),
    # "балет Арама Хачатуряна «Спартак»" ¶4, in Latin letters
    Query("Aram Khachaturian Spartak", "d89ed8ad", "translit"),
    # Russian
    # "театр собирается повезти «Спартака» в Казань: гастроли намечены на 12 и 13 мая" ¶15 (Казани, another case)
    Query("гастроли «Спартака» в Казани", "d89ed8ad", "russian"),
    # "из них половина — ученики хореографической студии при театре" ¶11
    Query("ученики хореографической студии при театре", "d89ed8ad", "russian"),
    Query("скидка для школьников и пенсионеров", "d89ed8ad", "russian"),  # ¶13
    # Spanish
    # "habrá vuelos de bautismo para los vecinos en el aeródromo de Chuquiyaco" ¶12
    Query("vuelos de bautismo en el aeródromo de Chuquiyaco", "5721dd15", "spanish"),
    Query("sonarán las sirenas del aeródromo", "5721dd15", "spanish"),  # ¶11
    # "Callanmarca acogerá el encuentro nacional de aeroclubes" ¶16
    Query("encuentro nacional de aeroclubes", "5721dd15", "spanish"),
    Query("Arriba, siempre arriba", "5721dd15", "spanish"),  # Chávez's last words, ¶4
    # Chinese
    Query("老石油工人 献花 纪念碑", "ab62cf1c", "chinese"),  # 老石油工人代表将在镇纪念碑前献花 ¶11
    Query("地质队 借住在老乡家里", "ab62cf1c", "chinese"),  # 第一支地质队 … 借住在老乡家里 ¶5
    Query("陈列馆 扩建工程 开工", "ab62cf1c", "chinese"),  # 陈列馆明年将扩建，工程计划于明年3月1日开工 ¶13
    # Mentions and zero-width spaces
    # "Leap Day Open Greenhouse at Joan Tweddle's nursery" ¶8
    Query("<@8812> Leap Day Open Greenhouse\u200b Joan Tweddle", "85a60251", "mention-noise"),
    # "the egg search: we look for leaves folded over by the females" ¶8
    Query("@here \u200bnewt egg search folded leaves", "0d3bc7fa", "mention-noise"),
    # "More than three hundred people climbed Beacon Hill … to watch the Perseid meteor shower" ¶17 (Beacon Hill is
    # in all three Quantley cuttings, the Perseids in this one only)
    Query("<#77> Perseid meteor shower\u200b Beacon Hill", "1550c5a5", "mention-noise"),
    # Typos
    Query("Thrandail Advertizer", "49985dd5", "typo"),  # "THRANDALE ADVERTISER" ¶1 (2 edits + 1 edit)
    Query("Wylowmere newts", "0d3bc7fa", "typo"),  # "WYLLOWMERE PONDS — NEWT EVENINGS" ¶1
    Query("Cawstok Criket Club", "fa0989d2", "typo"),  # "CAWSTOCK CRICKET CLUB" ¶1
    # Names
    Query("Walter Brigstock", "ef5f62da", "name"),  # "Walter Brigstock drove it" ¶6–7
    Query("Marisol Quispe", "5721dd15", "name"),  # "La presidenta del aeroclub, Marisol Quispe" ¶15
    # "Congratulations to Derek Fairhurst, whose Echinocactus grusonii flowered" ¶15
    Query("Derek Fairhurst", "85a60251", "name"),
    # Phrases
    Query("the dot that proved the arithmetic right", "558f7cb2", "phrase"),  # Colin Brearley, ¶13
    Query("a boatman somewhere in the tree", "ed271c81", "phrase"),  # Councillor Dennis Haworth, ¶11
    Query("It only comes round once in four years", "85a60251", "phrase"),  # the Leap Day open greenhouse, ¶8
    Query("nobody spoke the whole way", "ef5f62da", "phrase"),  # Walter Brigstock's diary, ¶8
    # Questions
    # "She was elected to the borough council in 1971 and became mayor in May 1979" ¶9
    Query("when did Beryl Cotgrave become mayor?", "fb732a4b", "question"),
    # "its centenary dinner at the Fleece" ¶13; "Dinner tickets, £18" ¶20 (Cawstock's centenary dinner, fa0989d2
    # ¶15, is at the Plough and has no price)
    Query("how much are the centenary dinner tickets at the Fleece?", "46ea4372", "question"),
    # "running a coach to London … The fare is £3.50 for adults and £2 for children" ¶13–14
    Query("what is the fare for the coach to the Natural History Museum?", "33d4359a", "question"),
    # "Last year's spring run, on 30 April, drew only nineteen cars" ¶15
    Query("how many cars came to the Haxenby spring run last year?", "ef5f62da", "question"),
    # "on Saturday 23 June, when the Friends of the Park reopen it with a concert by the town band" ¶17
    Query("when will the Friends of the Park reopen the park stage?", "2d81ddf7", "question"),
    # Topics
    # "Thrandale's first self-service grocery, the Co-operative Society's new store in Bridge Street" ¶6
    Query("first self-service grocery Co-operative store Bridge Street", "49985dd5", "topic"),
    Query("broken-time payments six shillings a day", "46ea4372", "topic"),  # ¶7
    # "The first Test match … Australia won it by 45 runs" ¶4; "the Centenary Test was played … in Melbourne …
    # Australia won again by exactly 45 runs" ¶7
    Query("Centenary Test Melbourne Australia won by 45 runs", "fa0989d2", "topic"),
    # "The dome, bought second-hand from a school in Kent" ¶5
    Query("dome bought second-hand from a school in Kent", "b8f99b56", "topic"),
    # "The open-air theatre in Lenthorpe Park … opens its season tonight with 'Twelfth Night'" ¶10
    Query("Twelfth Night open-air theatre in Lenthorpe Park", "ec013fd8", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Beryl Cotgrave is Aysgill's baker's wife and mayor (fb732a4b); the Rolls-Royce cars are Haxenby's (ef5f62da)
    "Beryl Cotgrave Rolls-Royce",
    # Josiah Lumb was Fettroyd Rovers' secretary (46ea4372 ¶4–6); the canal and its boatmen are Gatleigh's
    # (ed271c81 ¶11)
    "Josiah Lumb canal boatman",
    # Gerald Pennifold chairs the Haxenby motor club (ef5f62da ¶5); the canal festival is Gatleigh's (ed271c81)
    "Gerald Pennifold canal festival",
    # Fran Etherington writes the Kilimanjaro blog (35fd8526); Neptune is Quantley's (558f7cb2)
    "Fran Etherington Neptune",
    # Colin Brearley is the Quantley society's secretary and life member (558f7cb2 ¶13, 1550c5a5 ¶20);
    # Kilimanjaro is Fran's (35fd8526)
    "Colin Brearley Kilimanjaro",
    # Rita Oldroyd is Gatleigh's Mayor (ed271c81 ¶6); the nativity play is Harlesdyke's (33d4359a ¶5)
    "Rita Oldroyd nativity play",
    # Derek Fairhurst grows cacti (85a60251 ¶10/15/17); the newt counts are Wyllowmere's (0d3bc7fa)
    "Derek Fairhurst newt count",
    # "Saturday 23 July, 11am: Cawstock v an MCC Eleven, the club's centenary match" (fa0989d2 ¶16) is still to come
    "who won the Cawstock centenary match against the MCC Eleven?",
    # "The centenary match against Holme Lees … is on Sunday 3 September" (46ea4372 ¶14), still to come; the match of
    # 1895 "was lost at Holme Lees by a single try" (¶6)
    "what was the score in the Fettroyd centenary match against Holme Lees?",
    # "a flotilla of working boats will leave Gatleigh Wharf at 11am" (ed271c81 ¶6); no count
    "how many boats will be in the Bridgewater flotilla?",
    # "The presentation will be at the carol service in the parish church" (33d4359a ¶16); no time
    "what time does the Harlesdyke carol service start?",
    # the Lenthorpe Players' "A Midsummer Night's Dream" (276995b3 ¶4–5, and again in 2007, 2d81ddf7 ¶18) has no
    # cast
    "who played Puck in A Midsummer Night's Dream in Lenthorpe Park?",
    # "Work on a new motor for the dome … starts on the 21st" (1550c5a5 ¶18); no cost
    "how much did the new motor for the Beacon Hill dome cost?",
    # "I went with a college friend to Moshi on a building project" (35fd8526 ¶10); no hotel
    "which hotel did Fran stay at in Moshi?",
    # "his machine broke up in the air" (ef5f62da ¶8), "an aeroplane accident" (¶9); no make
    "what make of aeroplane was Charles Rolls flying when he was killed?",
    # "the Austrian climber Ludwig Purtscheller stood on the highest point of Kibo" (35fd8526 ¶3); no age
    "how old was Ludwig Purtscheller when he reached the top of Kibo?",
    # "opened on the 12th by the Earl's agent, who paid the first halfpenny toll" (49985dd5 ¶15); not named
    "who was the Earl's agent who opened the Thran footbridge?",
    # "26 March — counting with the county recorder" (0d3bc7fa ¶6); "The season's results are posted at the hut" (¶15);
    # no numbers
    "how many great crested newts did the county recorder find?",
    # "born in the back room of her father's bakery" (fb732a4b ¶3); her father is never named
    "what was Beryl Cotgrave's maiden name?",
    "what is the guide Elias's surname?",  # "our guide, Elias" (35fd8526 ¶7), "Elias M." (¶18)
    # "the Quantley Astronomical Society's new observatory … after two years of building by members" (b8f99b56 ¶4),
    # "even in our telescope" (558f7cb2 ¶13); no maker
    "who built the Quantley observatory's telescope?",
    # "Mrs Dobbin will be in school during the holiday" (33d4359a ¶7); nothing of when she came
    "when did Mrs Dobbin start at Harlesdyke?",
    "Haxby vintage car rally",  # Haxby is 2 edits from Haxenby, whose vintage cars are ef5f62da's
    "Mallinford cactus show",  # Mallinford is 3 edits from Mallingby, whose cactus society has a show (85a60251)
    "Quantock observatory open night",  # Quantock is 3 edits from Quantley, whose observatory is b8f99b56's
    # Cajamarca is 3 edits from Callanmarca, whose aeroclub is 5721dd15's
    "aeroclub de Cajamarca",
    # Черемхово is 4 edits from Черемшанск, whose theatre of dance stages «Спартак» (d89ed8ad)
    "Черемхово балет «Спартак»",
    # the 1956 premiere "в постановке Леонида Якобсона" (d89ed8ad ¶4) has no dancers named
    "кто танцевал Спартака в постановке Якобсона?",
    # "Билеты продаются в кассе театра; для школьников и пенсионеров действует скидка" (d89ed8ad ¶13); no price
    "сколько стоят билеты на детский спектакль «Снежная королева»?",
    # "tres avionetas sobrevolarán la plaza de Armas" (5721dd15 ¶11); no pilots named
    "¿quién pilotó las avionetas sobre la plaza de Armas?",
    # "el aeroclub inauguró la pista que hoy lleva el nombre del aviador" (5721dd15 ¶7); no cost
    "¿cuánto costó la pista del aeroclub?",
    "陈列馆 门票 价格",  # 石油历史陈列馆 (ab62cf1c ¶12–15): visitors and opening, no ticket price
    "地质队 队员 人数",  # 第一支地质队 (ab62cf1c ¶5): no count of its members
    "大庆油田 年产量",  # 大庆油田由此被发现 (ab62cf1c ¶4/7): no output
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind96/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
