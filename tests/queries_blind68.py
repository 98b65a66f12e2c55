"""A sixty-eighth lookup query set, for tuning ranking (written in the thirty-fourth session): a TUNING set, not a
blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it, and once
used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind67.py and tests/queries_blind69.py, the last
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped
  and ё read as е, Chinese by character pairs, a few stop words, Discord/Telegram mentions and
  zero-width characters left out) with every one of the 8,764 earlier queries, and with the earlier
  queries of this set, while the set was being written; a query sharing more than half of its words
  with any one of them was replaced. The seeds have been queried so often that nearly every first draft had
  to be rewritten (42 of 47 answerable ones and 15 of 21 unanswerable ones failed the check, and many of the
  rewrites failed again): most seed queries here join names or passages that no earlier query joined, or use
  the rarer words of a passage.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind80/docs, copied as ONE
  corpus into a subfolder blind80/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 7 (the words of the query are in
one article but no single paragraph, title line included, holds them all), word-form 4 + 7 (another
inflection or derivation than the text uses, irregular forms too, in English, Russian and Spanish),
translit 5 + 11 (another script or romanisation than the text: Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, a Chinese name in Cyrillic, Latin letters
for Cyrillic and Chinese names and titles, pinyin without tones, accents dropped), russian 2 + 3 (over the
seeds, names in Cyrillic), spanish 2 + 3, chinese 2 + 3 (over the seeds, names in Chinese characters,
Vietnamese ones too), mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real
words), typo 3 + 3 (1–2 edits a word), name 3 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3: 36 + 52
answerable, and 21 + 31 unanswerable. Every answerable query is answered by the documents' own words in
some form, spelling or script (names may be written in another script); none needs a translation of a
common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds joined
to a subject it never connects with that name (a subject of another article, twice of a sister cutting in
the same digest); a question in the corpus's own words about something it does not say (who wrote a
screenplay, gave a lecture, succeeded a conductor, chairs a club or won its prizes; how many pages,
documents, drowned or seats; what time a ceremony or a dinner starts; what an excursion cost; which hotel;
what a mother, a father, a wife, a merchant or a president was called); a place the corpus does not hold but
spelled close to one it does (two or more edits from anything real in it: Maracay, Binh Dinh, Porthleven,
Swindon, Witham, Arbizu, Лиговский; Holmfirth is further off); Russian, Spanish and Chinese ones. Each
shares one or more words with its corpus on purpose (in another script for some of the seeds' ones), and
every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and line holding it; those lines were read to decide which article a reader
wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph queries the
same script checked that no paragraph holds all of the query's words: in seeds/000–003 each line, as in
the earlier sets; elsewhere each blank-line block, title line included. The new documents keep one
sentence a line inside a few blank-line blocks, so a block there is often many lines, and every
cross-paragraph query over them takes its words from two or three different blocks (none from a single
line either). For word-form queries it checked that the form the query uses is not in the corpus (or,
where it is, in which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind80/docs/* into ONE temporary
# corpus folder under the subfolder blind80/: files are then "blind80/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind80/docs",)
NEWDOCS_SUBDIRS = ("blind80",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "cd7046dd": "ABBOTSMERE PRIMARY SCHOOL",
    "206509cf": "THE COLDENHAM COURIER — FEATURES",
    "68a4a2ce": "GULLHAVEN SMUGGLERS' CAVES",
    # en_harrowfield_courier_cuttings_digest.txt, split by the loader: the header (¶1–2), the orchestra's birthday
    # (¶6–9), the first Grand Prix (¶13–17), "Bohemian Rhapsody" (¶20–26, titled by its dateline, ¶20, with the
    # headline ¶21 inside it); the "--- n ---" rules (¶4, ¶11, ¶19) and the first two datelines (¶5, ¶12) belong
    # to none of them
    "1b34d658": "HARROWFIELD COURIER — CUTTINGS",
    "ed1ad50d": "YOUTH ORCHESTRA'S BIRTHDAY",
    "a4f5c7ff": "FIFTY YEARS SINCE THE FIRST GRAND PRIX",
    "f9d35e64": "Harrowfield Courier, Friday 31 October",
    "d05a5050": "Notes from the Back Desk — a blog by Ruth Kellaway",
    "897815a2": "OBITUARY",
    "0cddf55a": "HOLMBRIDGE SEA ANGLERS — THE LINE",
    "1f093c10": "LEIGHFORD TOWN COUNCIL — PRESS RELEASE",
    "834b14ee": "PORTHENNY EVENING POST",
    "1325f277": "THE SWINLOW ADVERTISER",
    # en_thwaitebeck_clarion_digest.txt, split by the loader: the header (¶1–2), the Eiger (¶4–10), Herschel in
    # Bath (¶12–18), Frankenstein (¶20–27); each cutting holds its own "==== CUTTING n ====" rule and dateline
    "7485a1a1": "THWAITEBECK MOUNTAINEERING CLUB — CUTTINGS FROM THE CLUB SCRAPBOOK",
    "4f5bffd7": "FIFTY YEARS ON THE EIGER",
    "76457fc2": "STARGAZERS IN BATH",
    "01f2812f": "MONSTER NIGHT AT THE LIBRARY",
    "ab4d46ab": "WYCKHAM LAWN TENNIS CLUB",
    "7c072f38": "PEÑA CICLISTA ARBEIZA — BOLETÍN Nº 87 · JULIO",
    "70e54d23": "«Луговская правда»",
    "66e8d9c0": "锦水日报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "los generales de terracota y las estatuas de mujeres nobles estaban rollizos" ¶313; "pequeños robots que
    # toman el elevador" ¶329
    Query("rollizos mujeres nobles robots elevador", "dde32893", "cross-paragraph"),
    # "where his country was admitted as a SCO Partner" ¶137; "revolutionary and peace movements among the
    # oppressed peoples" ¶149; "President Thongloun warmly welcomed the Cuban delegation" ¶163
    Query("Laos admitted SCO Partner oppressed peoples Cuban delegation", "20f574be", "cross-paragraph"),
    # "written by Callum Norris and Twm Draper" ¶533 (and ¶535, ¶543); "the extensive system of parks and green
    # belts" ¶539; "held the 7th National Congress" ¶557
    Query("Callum Twm green belts 7th National Congress", "6710eba1", "cross-paragraph"),
    # "Defence Minister Vladimir Padrino" ¶33 (and ¶53); "A sister power, a friendly power" ¶41; "originally
    # published in Spanish by Telesur" ¶49
    Query("Vladimir Padrino sister power Telesur", "f78fdcd6", "cross-paragraph"),
    # Putin: "It is the foundation, the bedrock of our achievements today" ¶195; China and Mongolia, "friendly
    # neighbours connected by mountains and rivers" ¶197
    Query("mountains and rivers bedrock achievements", "c061f0a1", "cross-paragraph"),
    # Word forms: the text has another form
    # "the stadium became one of Asia's most advanced sporting venues" ¶291 (became → becoming, venues → venue;
    # "becoming" is only in 9e49ddff ¶433, "thus becoming a proactive force")
    Query("Minyuan Stadium becoming Asia's most advanced sporting venue", "7ab1f62c", "word-form"),
    # "Kim Jong Un joined Russian President Vladimir Putin in flanking Chinese President Xi Jinping …, denoting
    # their status as the chief guests" ¶219 (flanking → flanked)
    Query("Kim Jong Un and Putin flanked Xi as chief guests", "eca32116", "word-form"),
    # "In an August 20 resolution passed by its Executive Committee, the CPGB stated: … The defence of China is
    # the defence of peace." ¶509 (resolution → resolving)
    Query(
        "CPGB Executive Committee resolving that the defence of China is the defence of peace", "ac7222d4", "word-form"
    ),
    # "Le preguntamos a un trabajador allí …, y modestamente nos dijo: 'Bueno, nuestra red nunca se cae'" ¶335
    # (dijo → dice)
    Query("un trabajador nos dice que su red nunca se cae", "dde32893", "word-form"),
    # Another script or romanisation
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157; "established by President Kaysone
    # Phomvihane" ¶167, in Cyrillic
    Query("Игорь Сергеенко и Кейсон Фомвихан", "20f574be", "translit"),
    # the webinar's speakers "Jodie Evans (Co-founder of Code Pink)" ¶365 and "Radhika Desai (International
    # Manifesto Group), Moderator" ¶369, in Cyrillic
    Query("Радхика Десаи и Джоди Эванс", "d89fdf72", "translit"),
    # "Brazilian President Luiz Inácio Lula da Silva" ¶451; "Indonesian President Prabowo Subianto" ¶451, in
    # Cyrillic
    Query("Прабово Субианто и Луис Инасиу Лула да Силва", "e065690c", "translit"),
    # accents dropped: "President Nicolás Maduro" and "(Orinoco Tribune)" ¶53 (also ¶33, ¶49)
    Query("Nicolas Maduro Orinoco Tribune", "f78fdcd6", "translit"),
    # "Uzbek President Shavkat Mirziyoyev … the China-Kyrgyzstan-Uzbekistan railway project" ¶207, in Cyrillic
    # (Kyrgyzstan is also in the title of 0e5d6094, ¶253, without Mirziyoyev)
    Query("Мирзиёев и Кыргызстан", "3a9fa4ed", "translit"),
    # Russian (names written in Cyrillic)
    # Hanoi's international guests: "Samdech Techo Hun Sen" ¶154 and "Vladimir Vladimirovich Yakushev" ¶158
    Query("Хун Сен и Владимир Якушев", "20f574be", "russian"),
    # "as Vietnamese communist leader Ho Chi Minh once described it in a poem" ¶63 (also ¶75); "Chairman of the
    # National Assembly of Vietnam Tran Thanh Man" ¶65
    Query("Хо Ши Мин и Чан Тхань Ман", "362ba691", "russian"),
    # Spanish
    Query("el Partido Comunista estuvo en todas partes", "dde32893", "spanish"),  # "El Partido Comunista estuvo …" ¶345
    # "con parques y jardines en todas partes, y muchas actividades gratuitas y acceso a la cultura" ¶323
    Query("muchas actividades gratuitas y acceso a la cultura", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495; "Michael Lindsay, later 2nd Baron Lindsay of
    # Birker" ¶501, by the names Chinese writers give them
    Query("路易·艾黎 林迈可", "ac7222d4", "chinese"),
    # "Deputy Minister of National Defence Sen. Lt. Gen. Hoang Xuan Chien" ¶77; "Vietnamese Prime Minister Pham
    # Minh Chinh visited Tianjin" ¶79, as Xinhua writes them
    Query("范明政 黄春战", "362ba691", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "signed and issued the Tianjin Declaration …, approved the SCO Development Strategy to 2035" ¶443
    Query("<#5> Tianjin Declaration\u200b Development Strategy", "9e49ddff", "mention-noise"),
    # "the Theory of Three Represents and the Scientific Outlook on Development" ¶383
    Query("@everyone Scientific Outlook\u200b Three Represents", "38a7d84f", "mention-noise"),
    # Typos (1–2 edits)
    # "Exchange Congratulatory Messages on the 75th Anniversary" line 2 (title)
    Query("Congratulatory Mesages 75th anniversery", "424ab945", "typo"),
    # "a few are anti-fascist classics" ¶125; "Hollywood film makers" ¶125
    Query("Holywood anti-fascist clasics", "ccf1d4fa", "typo"),
    # "Russian Foreign Minister Sergei Lavrov, who announced during a July event in the Korean city of Wonsan that a
    # monument …" line 7
    Query("Sergei Lavorv Wonsan monumment", "097182f6", "typo"),
    # Names
    # "Dr. Norman Bethune, heir to a Scottish family of doctors" ¶275; "Xinhua correspondents Zheng Bofei and Jin
    # Jing write" ¶287
    Query("Norman Bethune Jin Jing", "7ab1f62c", "name"),
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "Chow Yun-fat as the legendary Chinese communist Chen
    # Hansheng" ¶491 (d89fdf72's Chen is Chen Weihua)
    Query("James MacManus Chen Hansheng", "ac7222d4", "name"),
    # "South African President Cyril Ramaphosa" and "the absence of Prime Minister Narendra Modi" ¶451
    Query("Cyril Ramaphosa Narendra Modi", "e065690c", "name"),
    # Phrases
    Query("the high levels of protocol and hospitality extended by the Chinese side", "eca32116", "phrase"),  # ¶219
    Query("a training ground where Liddell himself won several medals", "7ab1f62c", "phrase"),  # ¶291
    # Questions
    # "Around 400 military personnel from the armed forces of China, Russia, Laos, and Cambodia took part in the
    # military parade. … gratitude to the foreign troops" ¶77, the parade of the National Day ¶73; 20f574be says
    # only that Lao soldiers took part "in the National Day parade" ¶145
    Query(
        "which countries sent troops to the Vietnamese National Day parade?", "362ba691", "question", also=("20f574be",)
    ),
    # "a full day of bilateral meetings in Tianjin on August 31" ¶255; Pashinyan ¶257, Lukashenko ¶263
    Query("on which day did Xi meet Pashinyan and Lukashenko in Tianjin?", "0e5d6094", "question"),
    # "On August 23, Cambodian King Norodom Sihamoni and Queen Mother Norodom Monineath Sihanouk arrived in
    # Beijing" ¶235
    Query("on what date did King Sihamoni and the Queen Mother arrive in Beijing?", "5a5d8582", "question"),
    # Topics
    # Guterres: "uphold the purposes and principles of the UN Charter, …, advance a multipolar world, enhance the
    # representation of developing countries" ¶409 (b39d8185 ¶14–15 has a "multipolar world" but no Charter)
    Query("UN Charter multipolar world representation of developing countries", "26d64f12", "topic"),
    # "Chinese socialism offers valuable lessons in poverty eradication, ecological development …; and that
    # British leftists should 'take inspiration'" ¶543
    Query("poverty eradication ecological development lessons for British leftists", "6710eba1", "topic"),
    # "The Cuban side highly values the outstanding theoretical and practical contributions of Xi Jinping Thought"
    # ¶97
    Query("Xi Jinping Thought theoretical contributions Cuban side", "d807680a", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Twm Draper co-wrote the delegation's report (6710eba1 ¶533); Stamford Bridge is the model of Liddell's
    # Minyuan Stadium (7ab1f62c ¶291)
    "Twm Draper Stamford Bridge",
    # Vietnamese President Luong Cuong met Zhao Leji (362ba691 ¶71); Buckingham Palace is where Xi spoke in 2015
    # (ac7222d4 ¶479)
    "Luong Cuong Buckingham Palace",
    # the Queen Mother came to Beijing early (5a5d8582 ¶235); the Minyuan Stadium is Tianjin's (7ab1f62c ¶291)
    "Monineath Sihanouk Minyuan Stadium",
    # Fico (faecd2e1 ¶13–21); the Yasukuni Shrine is in the joint statement (b39d8185 line 41)
    "Robert Fico Yasukuni Shrine",
    # Kaysone Phomvihane (20f574be ¶167); the Long March ends in Yan'an (6710eba1 ¶557, dde32893 ¶315 "la Marcha
    # Larga")
    "Kaysone Phomvihane Long March",
    # David Horsley reviews Anna May Wong's films (ccf1d4fa ¶111, ¶123); Tsinghua University held the Chinese
    # Modernisation Forum (ac7222d4 ¶475)
    "David Horsley Tsinghua University",
    # Chen Weihua was "Former EU bureau chief of China Daily" (d89fdf72 ¶364); the Global Times printed the
    # Caracas report (f78fdcd6 ¶49)
    "Chen Weihua Global Times",
    # Thongloun was in Beijing (20f574be ¶135, ¶171); the only hotel is in dde32893 ¶323/329, unnamed and not his
    "which hotel did Thongloun stay at in Beijing?",
    # George Hogg's "strong family background in pacifism" (ac7222d4 ¶493); no parent named; the only mother is
    # Cambodia's Queen Mother (5a5d8582)
    "what was George Hogg's mother called?",
    # Serbia is only in the title of faecd2e1 (¶1, ¶29), whose text stops after Zimbabwe, Slovakia and the Congo
    "what is the name of the Serbian president Xi met?",
    # "The leaders of the member states signed and issued the Tianjin Declaration" (9e49ddff ¶443); no time of day
    "what time did the Tianjin Declaration signing ceremony start?",
    # "his memoir, 'Aid China – 1937-1949', published in 1989" (ac7222d4 ¶515); no length
    "how many pages is Arthur Clegg's memoir Aid China?",
    # "signed multiple bilateral cooperation documents in such areas as market regulation, metrology, and media"
    # (0e5d6094 ¶261); no number (d807680a ¶91 is Cuba's, also "multiple")
    "how many bilateral cooperation documents did China and Armenia sign?",
    # "Lady From Chungking is an anti-imperialist classic" (ccf1d4fa ¶113, ¶129); no writer of the film named
    "who wrote the screenplay of Lady From Chungking?",
    # Maracay is 2 edits from Caracas, where the monument was unveiled (f78fdcd6 ¶33, ¶55)
    "Maracay monument to Chinese victory",
    # Binh Dinh is 3 edits from Ba Dinh, the Hanoi square of the National Day parade (362ba691 ¶73, 20f574be ¶143)
    "Binh Dinh military parade",
    # "the Spanish translation of … Sydney Loving's interview" (dde32893 ¶297, ¶299); no translator named
    "кто перевёл интервью Сидни Лавинг на испанский?",
    # Lavrov (097182f6 line 7) in Cyrillic; no Stalingrad anywhere
    "Лавров Сталинградская битва",
    # "la Alianza Negra por la Paz" is one of the delegation's groups (dde32893 ¶305); the only membership count
    # is the Party's "100 millones de miembros" (¶345)
    "¿cuántos miembros tiene la Alianza Negra por la Paz?",
    "马杜罗 妻子 名字",  # Maduro (f78fdcd6) in Chinese characters; no wife
    # Norman Bethune (7ab1f62c ¶275) in Chinese characters; no date of death
    "白求恩 去世 年份",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph (each blank-line block counts as one paragraph, see the docstring)
    # "under the noses of the Revenue men" ¶4 (block ¶4–5); "Lantern Procession: the 5th of November" ¶14 (block
    # ¶12–15); "family ticket £11" ¶18 (block ¶17–22)
    Query("Revenue men Lantern Procession family ticket", "68a4a2ce", "cross-paragraph"),
    # "The first Wimbledon Championships began at Worple Road" ¶7 (block ¶6–8); "what the papers called 'People's
    # Monday'" ¶19 (block ¶18–23); "Programme sponsored by Halden & Sons" ¶26 (block ¶25–27)
    Query("Worple Road People's Monday Halden & Sons", "ab4d46ab", "cross-paragraph"),
    # "The Swinlow Temperance Band played them off" ¶8 (100 years ago); "celebrated their golden wedding" ¶11 (75
    # years ago); "Swinlow's milkmen went over to electric floats" ¶15 (40 years ago)
    Query("Temperance Band golden wedding electric floats", "1325f277", "cross-paragraph"),
    # "the leap-day match, one rod and one hook, for the Barnacle Cup" ¶10 (FIXTURES, ¶7–13); "Peter Lusk's bass of
    # 9lb 2oz" ¶17 (NOTES, ¶15–23)
    Query("leap-day match Barnacle Cup Peter Lusk's bass", "0cddf55a", "cross-paragraph"),
    # "The exhibition, 'Brunel's Last Span'" ¶8 and "Mr Alan Venning" ¶11 (block ¶6–17); "The chains came from
    # Brunel's Hungerford footbridge" ¶21 (Notes to editors, ¶19–21)
    Query("Brunel's Last Span Hungerford footbridge Alan Venning", "1f093c10", "cross-paragraph"),
    # "Mill Road, Abbotsmere" ¶2 (block ¶1–2); "ride the Metropolitan line" ¶11 and "return the consent slip" ¶12
    # (block ¶6–20)
    Query("Mill Road Abbotsmere Metropolitan line consent slip", "cd7046dd", "cross-paragraph"),
    # "Notes from the Back Desk" ¶1; "Bill Tasker, the orchestra's first leader" ¶14 and "Harrowfield's twin town in
    # Brittany" ¶17 (block ¶5–18)
    Query("Back Desk Bill Tasker Brittany", "d05a5050", "cross-paragraph"),
    # Word forms
    # "a country doctor … scratched cowpox into the arm of an eight-year-old boy" ¶5 (scratched → scratching)
    Query("scratching cowpox into the arm of a boy", "206509cf", "word-form"),
    # "took over the rain gauge from her father in the spring of 1951" ¶6 (took → taking, irregular)
    Query("taking over the rain gauge from her father", "897815a2", "word-form"),
    # "The council resolved to buy a motor fire engine" ¶12 (resolved → resolving)
    Query("council resolving to buy a motor fire engine", "1325f277", "word-form"),
    # "en el bar se acabó el cava" ¶17 (acabó → acaba)
    Query("se acaba el cava en el bar", "7c072f38", "word-form"),
    # "матч слушали по радио в клубе железнодорожников" ¶6 (слушали → слушать)
    Query("слушать матч по радио в клубе железнодорожников", "70e54d23", "word-form"),
    # "William Herschel, observing from the garden of his house …, first saw the planet we now call Uranus" ¶15
    # (saw → seeing, irregular)
    Query("Herschel seeing Uranus from his garden", "76457fc2", "word-form"),
    # "about two hundred people gathered on the harbour wall last night to light a chain of lanterns" ¶4 (gathered
    # → gathering)
    Query("gathering on the harbour wall to light lanterns", "834b14ee", "word-form"),
    # Another script or romanisation
    Query("Чжоу Цзяньго", "66e8d9c0", "translit"),  # "退休教师周建国" ¶7 (also ¶17) in Cyrillic
    # the title "锦水日报" ¶1 and "记者 林晓雯" ¶3 in pinyin
    Query("Jinshui ribao Lin Xiaowen", "66e8d9c0", "translit"),
    # "забил Виктор Понедельник, а ворота нашей команды защищал Лев Яшин" ¶5 in Latin letters
    Query("Viktor Ponedelnik Lev Yashin", "70e54d23", "translit"),
    # "The doctor was Edward Jenner, the boy was James Phipps" ¶6 in Cyrillic
    Query("Эдвард Дженнер Джеймс Фиппс", "206509cf", "translit"),
    Query("Уильям Гершель", "76457fc2", "translit"),  # "William Herschel" ¶15 in Cyrillic
    # "Mary Shelley's Frankenstein" ¶23 (and ¶25) in Chinese characters
    Query("弗兰肯斯坦 玛丽·雪莱", "01f2812f", "translit"),
    # accents dropped: "Miguel Induráin" ¶5; "Nuestro socio más veterano, Fermín Goñi" ¶6
    Query("Miguel Indurain Fermin Goni", "7c072f38", "translit"),
    Query(
        "Goran Ivanisevic", "ab4d46ab", "translit"
    ),  # "Goran Ivanišević win the Wimbledon final" ¶19, accents dropped
    # "Brunel's Last Span" ¶8, "Isambard Kingdom Brunel" ¶20 in Chinese characters
    Query("布鲁内尔", "1f093c10", "translit"),
    # "won by Giuseppe Farina in an Alfa Romeo" ¶15 in Cyrillic
    Query("Джузеппе Фарина Альфа Ромео", "a4f5c7ff", "translit"),
    Query("Хейзел Терлоу", "897815a2", "translit"),  # "Hazel Thurlow, weather observer" ¶3 (and ¶5) in Cyrillic
    # Russian
    # "сборная СССР в Париже выиграла первый Кубок Европы" ¶4
    Query("первый Кубок Европы сборная СССР в Париже", "70e54d23", "russian"),
    # "городской стадион «Локомотив» проводит турнир ветеранов 17 и 18 июля" ¶9
    Query("турнир ветеранов на стадионе «Локомотив»", "70e54d23", "russian"),
    # "в городском музее будет работать выставка «Наш футбол»" ¶14
    Query("выставка «Наш футбол» в городском музее", "70e54d23", "russian"),
    # Spanish
    # "una marcha cicloturista el domingo 31 de julio, con salida a las 8:00 desde la plaza del Ayuntamiento" ¶10
    Query("marcha cicloturista con salida desde la plaza del Ayuntamiento", "7c072f38", "spanish"),
    # "la peña entregará sus premios anuales en el frontón" ¶14
    Query("premios anuales en el frontón", "7c072f38", "spanish"),
    # "Las salidas de invierno del año que viene serán del 15 al 30 de enero, los domingos a las 9:30" ¶16
    Query("las salidas de invierno los domingos a las 9:30", "7c072f38", "spanish"),
    # Chinese
    # "在申奥成功20周年之际，市体育局在人民广场举办了纪念展览" ¶5
    Query("申奥成功20周年 纪念展览 人民广场", "66e8d9c0", "chinese"),
    # "全市全民健身运动会定于8月8日开幕" ¶11; "运动会的游泳比赛安排在8月10日和11日" ¶12
    Query("全民健身运动会 游泳比赛", "66e8d9c0", "chinese"),
    Query("首届冰雪运动节", "66e8d9c0", "chinese"),  # "锦水市将举办首届冰雪运动节" ¶16
    # Mentions and zero-width spaces
    # "Smugglers' Night: 31 October, from dusk, with storytelling for families" ¶13
    Query("<@1234> Smugglers' Night\u200b storytelling", "68a4a2ce", "mention-noise"),
    # "Entries for the cod festival close on Friday the 13th, so get your forms to Jean" ¶18; "Secretary: Jean
    # Cowlam" ¶23
    Query("@here Jean Cowlam\u200b cod festival", "0cddf55a", "mention-noise"),
    # "Mrs Loveday Tremaine, read aloud from a letter written by a Porthenny merchant" ¶7; "copies of the
    # merchant's letter" ¶18
    Query("<#88> Loveday Tremaine\u200b merchant's letter", "834b14ee", "mention-noise"),
    # Typos
    Query("Gullhavn Smuglers Caves", "68a4a2ce", "typo"),  # "GULLHAVEN SMUGGLERS' CAVES" ¶1
    Query("Wyckam Lawn Tenis Club", "ab4d46ab", "typo"),  # "WYCKHAM LAWN TENNIS CLUB" ¶1
    # "THE COLDENHAM COURIER" ¶1 and "Edward Jenner" ¶6 (the other Courier is Harrowfield's, 1b34d658/f9d35e64)
    Query("Coldenhem Courier Jener", "206509cf", "typo"),
    # Names
    Query("Gwen Haddow", "f9d35e64", "name"),  # "Former shop owner Gwen Haddow kept her order book" ¶23
    Query("Dennis Orrell", "4f5bffd7", "name"),  # "Dennis Orrell and his son Mark are already in Switzerland" ¶9
    # Phrases
    Query("the horses being now past their work", "1325f277", "phrase"),  # the motor fire engine, ¶12
    Query("the rain gauge would not notice the difference", "897815a2", "phrase"),  # Daniel Ashe, ¶14
    Query("climbers look up too", "76457fc2", "phrase"),  # "the club's astronomy section (climbers look up too)" ¶15
    # Questions
    # "the Clifton Suspension Bridge, which was opened on 8 December 1864" ¶6 ("thrown open on the 8th" ¶12)
    Query("when did the Clifton bridge open to the public?", "1f093c10", "question"),
    # "The song went on to spend nine weeks at number one" ¶24
    Query("how many weeks was Bohemian Rhapsody at number one?", "f9d35e64", "question"),
    # "the first race of the Formula One World Championship was run there. That race … won by Giuseppe Farina"
    # ¶14–15
    Query("who won the first Formula One World Championship race at Silverstone?", "a4f5c7ff", "question"),
    # "School closes at 1.30 pm on Wednesday 19 December" ¶8
    Query("what time does Abbotsmere school close on 19 December?", "cd7046dd", "question"),
    # Topics
    # "the Great Storm of 1703" ¶4; "Henry Winstanley's wooden lighthouse on the Eddystone rocks" ¶6
    Query("Great Storm of 1703 Eddystone lighthouse", "834b14ee", "topic"),
    # "fifty years since the first ascent of the north face of the Eiger" ¶7
    Query("first ascent of the Eiger north face", "4f5bffd7", "topic"),
    # "The Harrowfield Youth Orchestra was founded by the grammar school's music master, Mr Leonard Darnell" ¶7;
    # the blog: "Mr Darnell, who founded the orchestra and conducted it for twenty-two years" (d05a5050 ¶10)
    Query("Harrowfield Youth Orchestra founded by Mr Darnell", "ed1ad50d", "topic", also=("d05a5050",)),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Jean Cowlam is the anglers' secretary (0cddf55a ¶23); the Blackpool Tower excursion is Swinlow's (1325f277)
    "Jean Cowlam Blackpool Tower",
    # Gwen Haddow sold "Bohemian Rhapsody" (f9d35e64 ¶23); the Grand Prix is the sister cutting's (a4f5c7ff)
    "Gwen Haddow Grand Prix",
    # Dr Helen Ruddock talks on Frankenstein's Alps and read it in Chamonix (01f2812f ¶24–27); the Eiger is the
    # Orrells' (4f5bffd7)
    "Helen Ruddock Eiger",
    # Mrs Brenda Askew is Coldenham's practice nurse (206509cf ¶14–16); the caves are Gullhaven's (68a4a2ce)
    "Brenda Askew smugglers' caves",
    # Mrs Judith Penrose is Abbotsmere's headteacher (cd7046dd ¶19); the Severn Tunnel lecture was Leighford's
    # (1f093c10 ¶15)
    "Judith Penrose Severn Tunnel",
    # Joan Pickles is the astronomy section's secretary (76457fc2 ¶17); the Frankenstein exhibition is the
    # library's (01f2812f ¶25)
    "Joan Pickles Frankenstein exhibition",
    # Peter Lusk's bass (0cddf55a ¶17); Silverstone is the Harrowfield Motor Club's (a4f5c7ff)
    "Peter Lusk Silverstone",
    # "Last year's lecture on the Severn Tunnel, on 20 November, drew more than 120 people" (1f093c10 ¶15); no
    # speaker
    "who gave the Leighford lecture on the Severn Tunnel?",
    # "a letter written by a Porthenny merchant to his brother in Bristol" (834b14ee ¶7); never named
    "what was the name of the Porthenny merchant who wrote the letter?",
    # "The tournament dinner will be held in the clubhouse on Friday 19 July" (ab4d46ab ¶22); no hour (the hours
    # of ¶12–15 are the finals')
    "what time does the Wyckham tournament dinner start?",
    # "The Blackpool Tower centenary excursion leaves Swinlow station at 8 am" (1325f277 ¶25); no fare
    "how much does the Blackpool Tower centenary excursion cost?",
    # Mr Darnell "conducted it for twenty-two years" (d05a5050 ¶10); no successor named
    "who succeeded Leonard Darnell as conductor?",
    # "took over the rain gauge from her father" (897815a2 ¶6); he is never named
    "what was Hazel Thurlow's father called?",
    # "Two Thwaitebeck climbers were in Grindelwald" (4f5bffd7 ¶7); no hotel anywhere
    "which hotel did the Thwaitebeck climbers stay at in Grindelwald?",
    # "the two-day cod festival at Skerrow Point" (0cddf55a ¶9) is still to come; the best fish is Lusk's bass
    "what was the biggest cod at the Skerrow Point festival?",
    "how deep are the Gullhaven smugglers' caves?",  # 68a4a2ce: steps, times, prices; no depth
    # the merchant counted "nine vessels lost in the roads" (834b14ee ¶9); no deaths anywhere
    "how many Porthenny people drowned in 1703?",
    # Porthleven is 4 edits from Porthenny, whose vigil lit lanterns on the quay (834b14ee ¶4–7)
    "Porthleven lantern vigil",
    # Swindon is 2 edits from Swinlow, whose Advertiser has the "YEARS AGO" column (1325f277)
    "Swindon Advertiser years ago",
    "Witham lawn tennis club",  # Witham is 3 edits from Wyckham, whose lawn tennis club it is (ab4d46ab)
    "Holmfirth sea anglers",  # Holmfirth is not in the corpus; the sea anglers are Holmbridge's (0cddf55a)
    # Arbizu is 2 edits from Arbeiza, whose fiestas end with prizes "en el frontón" (7c072f38 ¶14)
    "Arbizu fiestas frontón",
    # Лиговский is 2 edits from Луговской, whose stadium «Локомотив» holds the veterans' tournament (70e54d23 ¶9)
    "Лиговский стадион «Локомотив»",
    # "обыграв в финале Югославию со счётом 2:1" (70e54d23 ¶4): only Ponedelnik's goal has a scorer
    "кто забил гол за Югославию в финале?",
    # "на стадионе открыли новую трибуну, и теперь она впервые примет зрителей турнира" (70e54d23 ¶11); no size
    "сколько зрителей вмещает новая трибуна?",
    # "la peña entregará sus premios anuales en el frontón" (7c072f38 ¶14); no winners, this year or last
    "¿quién ganó los premios anuales de la peña el año pasado?",
    "¿quién preside la Peña Ciclista Arbeiza?",  # the bulletin is signed "La junta directiva" (7c072f38 ¶20); no name
    "Induráin Giro de Italia",  # Induráin's two Tours (7c072f38 ¶5, ¶9); no Giro
    "新游泳馆 造价 多少",  # 市体育中心新游泳馆建成开放 (66e8d9c0 ¶13); no cost
    "篮球邀请赛 冠军 是谁",  # 青少年篮球邀请赛 is still to come (66e8d9c0 ¶15); no winner
    "周建国 教 什么 科目",  # 退休教师周建国 (66e8d9c0 ¶7); no subject
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind80/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
