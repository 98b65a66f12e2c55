"""A hundred-and-first lookup query set, BLIND (written in the fiftieth session for the fifty-first round): committed
unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (as in blind56).

Its queries were not shown to the developers before it is scored, and it is not to be tuned on: once scored, a score on
it is in-sample like any other spent set's.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind99.py, unscored, and tests/queries_blind100.py,
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and
  ё read as е, Chinese by character pairs, Discord/Telegram mentions and zero-width spaces and a few stop
  words left out) with every one of the some 13,300 earlier queries, and with the earlier queries of this
  set, while the set was being written; a query sharing more than half of its words with any one of them
  was replaced. The seeds are exhausted: nearly every single-passage draft was a near-copy, so the seed
  queries here join two to four passages, or names, of one article that no earlier query joined, and the
  unanswerable ones pair a seed name with a subject of another seed article or ask an unusual question.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind113/docs, copied as ONE
  corpus into a subfolder blind113/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into three articles each (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 7 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 7
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 10 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Chinese names in Cyrillic,
Latin letters for Cyrillic and Chinese names, pinyin without tones, accents dropped), russian 2 + 3,
spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces
around the real words), typo 3 + 3 (1–2 edits a word), name 3 + 2, phrase 2 + 3, question 3 + 5,
topic 3 + 4: 36 + 53 answerable, and 22 + 34 unanswerable. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none
needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
won or trained someone; who was a headteacher, a mayor or a contractor; which minister came along; how
many members, rivets, climbers, spectators or bricks; what it cost, what colour it is, how tall it is;
which hotel; what a dog or a wife was called; when someone died; what time a screening begins); a place
the corpus does not hold but spelled close to one it does (two or more edits from anything real in it),
or a real place joined to a subject the corpus gives to an invented one; Russian, Spanish and Chinese
ones. Each shares one or more words with its corpus on purpose (in another script for some of the seeds'
ones), and every article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and all of seeds/ was read through again. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets; in the new documents each blank-line block) holds
all of the query's words. For word-form queries it checked that the form the query uses is not in the
corpus (or, where it is, in which article, noted below).

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

# The new-documents corpus is assembled by copying tests/gold/blind113/docs/* into ONE temporary
# corpus folder under the subfolder blind113/: files are then "blind113/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind113/docs",)
NEWDOCS_SUBDIRS = ("blind113",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "13f3afe8": "Bog and Flagstone — notes from a slow walker",
    "27eb722c": "CORBEL STREET PRIMARY SCHOOL",
    "77f27158": "MAKE YOUR OWN CORACLE",
    "9640cfad": "FIFTY YEARS SINCE THE SUMMIT THAT NOBODY STOOD ON",
    "ddefb409": "GRENDLESHAM GAZETTE",
    "34a28382": "LUMBLEY BOROUGH COUNCIL",
    # en_lumbley_recorder_sport_digest.txt, split by the loader: the track's opening (¶4–6), Dorando (¶9–13), the
    # half marathon (¶16–19); the "-----" rules (¶7, ¶14) come out as articles of their own (f969bc27,
    # f969bc27-2, titled by the rule) and the header (¶1) and the datelines (¶3, ¶8, ¶15) belong to none of them
    "486c8a2e": "MOBERLY PARK TRACK OPENS TODAY",
    "78eae0e4": "A HUNDRED YEARS SINCE DORANDO",
    "898864a7": "HALF MARATHON RECORD FIELD",
    "75b50b68": "MOURNSBY DRACULA CENTENARY WEEK",
    "dc4cc495": "PRUDENCE CADDICK",
    "9e608ac2": "STRAVENBY KEY CLUB TAPS OUT A 150-YEAR-OLD MESSAGE",
    # en_thrangholm_courier_bridges_digest.txt, split by the loader: the Tyne Bridge (¶4–7), the Coble Lane
    # footbridge (¶10–13), the cycle bridge (¶16–19); the "-----" rules (¶8, ¶14) come out as articles of their
    # own (5d9833b2, 5d9833b2-2) and the header (¶1) and the datelines (¶3, ¶9, ¶15) belong to none of them
    "5f958634": "SEVENTY-FIVE YEARS OF THE TYNE BRIDGE",
    "d518d57a": "COBLE LANE FOOTBRIDGE TO SHUT FOR REPAIRS",
    "9e09cb57": "NEW CYCLE BRIDGE SWINGS INTO PLACE",
    "57289191": "WHELPFORD & DISTRICT DARTS LEAGUE",
    "03477db2": "EL OBELISCO CUMPLE OCHENTA AÑOS Y SAN CEFERINO RECUERDA EL SUYO",
    "269e3d6e": "ДИСК ЛЕТИТ СЕМЬДЕСЯТ ЛЕТ",
    "bac4ee29": "五十年前，他在北京挖地铁",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "grand cultural performances … mass pageantry" ¶73; "their swift integration into rehearsals" ¶77; "jointly
    # resist the countercurrents of unilateralism" ¶71
    Query("mass pageantry swift integration rehearsals countercurrents", "362ba691", "cross-paragraph"),
    # "although Hungary and Bulgaria also sent senior representatives" ¶21; "carry out the ten partnership
    # actions" ¶27; "this year marks the 45th anniversary" ¶7
    Query("Hungary Bulgaria ten partnership actions 45th anniversary", "faecd2e1", "cross-paragraph"),
    # "headmaster of the Shandan Bailie School" ¶483 (and ¶501); "The sixty-odd peasant and refugee kids" ¶497;
    # "As he fought with tetanus … the 'Communist Manifesto'" ¶499
    Query("Shandan Bailie tetanus Communist Manifesto sixty-odd kids", "ac7222d4", "cross-paragraph"),
    # "an international seminar titled '70-Year Common Victory'" line 4; "Ivan Melnikov … in the far East of
    # Russia … promote regional cooperation" line 6
    Query("Melnikov far East regional cooperation seminar 70-Year", "054ef6fb", "cross-paragraph"),
    # "the Global Development Initiative, Global Security Initiative, and Global Civilization Initiative" line 13;
    # "all forms of 'Taiwan independence'" line 51; "expanding joint exercises, maritime and air patrols" line 54
    Query(
        "Global Civilization Initiative Taiwan independence joint exercises maritime patrols",
        "b39d8185",
        "cross-paragraph",
    ),
    # Word forms: the text has another form
    # "Lula's initiative was largely triggered by the economic, political and psychological warfare" ¶451 (triggered
    # → triggering); "‘tariff wars’" in the title ¶447
    Query("Lula triggering the summit against tariff warfare", "e065690c", "word-form"),
    # the Minyuan Stadium "hosting international competitions and serving as a training ground" ¶291 (hosting →
    # hosted, serving → served; "hosted" is in 38a7d84f ¶385, 9e49ddff ¶425 and 6710eba1 ¶547, "served" in
    # ac7222d4 ¶501/515, none of them about a stadium)
    Query("the stadium hosted international competitions and served as training ground", "7ab1f62c", "word-form"),
    # Fico: "sends a strong message to the world that justice will prevail" ¶19 (sends → sending, prevail →
    # prevails; "prevails" is in 38a7d84f ¶393, "right prevails forever", without Fico)
    Query("Fico sending a strong message that justice prevails", "faecd2e1", "word-form"),
    # "Liu Qibao stressed that … this historic site is the witness of friendship" line 12 (stressed → stressing,
    # witness → witnesses)
    Query("Liu Qibao stressing the historic site witnesses friendship", "054ef6fb", "word-form"),
    # Another script or romanisation
    # "the Institute of Party History … all of Tsinghua University" ¶475; "Chow Yun-fat as the legendary Chinese
    # communist Chen Hansheng" ¶491; "the Shandan Bailie School" ¶483/501, in Cyrillic
    Query("Шаньдань Чэнь Ханьшэн Цинхуа", "ac7222d4", "translit"),
    # "written by Callum Norris and Twm Draper" ¶533; "We visited a number of cities in Shaanxi and Gansu
    # provinces" ¶549, in Cyrillic
    Query("Каллум Норрис Шэньси Ганьсу", "6710eba1", "translit"),
    # "Sydney Loving" ¶297–301; "visitamos Xi’an, Yan’an, Dunhuang, Jiayuguan y Shanghái" ¶307 (Jiayuguan also ¶335,
    # Yan’an ¶315), in Cyrillic (6710eba1 has Yan'an, not Loving nor Jiayuguan)
    Query("Сидней Лавинг Цзяюйгуань Яньань", "dde32893", "translit"),
    # "Xinhua correspondents Zheng Bofei and Jin Jing" ¶287; "the Minyuan Stadium" ¶291; "Upon returning to
    # Edinburgh" ¶287 (Edinburgh also ¶273), in Cyrillic
    Query("Цзинь Цзин, Миньюань и Эдинбург", "7ab1f62c", "translit"),
    # "the ceremony held at the Ba Dinh Square in Hanoi" ¶73; "General Secretary of the CPV Central Committee To
    # Lam" ¶67–69; "Vietnamese Prime Minister Pham Minh Chinh visited Tianjin" ¶79, in Cyrillic (20f574be ¶143–145
    # has Ba Dinh and To Lam, not Pham Minh Chinh)
    Query("Бадинь, То Лам и Фам Минь Тинь", "362ba691", "translit"),
    # Russian (names written in Cyrillic)
    # the webinar's speakers: "Ken Hammond" ¶363, "Jenny Clegg" ¶366, "Keith Bennett" ¶367 (Jenny Clegg and Keith
    # Bennett are also in ac7222d4 ¶475/513, without Ken Hammond)
    Query("Кен Хэммонд, Дженни Клегг и Кит Беннетт", "d89fdf72", "russian"),
    # "Brazilian President Luiz Inácio Lula da Silva", "South African President Cyril Ramaphosa", "Crown Prince of
    # Abu Dhabi Khaled bin Mohamed" ¶451
    Query("Лула, Сирил Рамафоса и Халед бен Мохаммед", "e065690c", "russian"),
    # Spanish
    # "Compáralo con San Francisco o Nueva York, donde hay barrios enteros de campamentos" ¶327; "un centro de
    # control con IA para una red eléctrica inteligente" ¶335
    Query("campamentos en San Francisco y la red eléctrica inteligente", "dde32893", "spanish"),
    # "los generales de terracota y las estatuas de mujeres nobles" ¶313; "JISCO incluso tiene una granja lechera"
    # ¶335
    Query("los generales de terracota y la granja lechera", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "greeted at Beijing Railway Station by Cai Qi, … Wang Yi, … Yin Yong, Mayor of Beijing" ¶221
    Query("王毅 殷勇 北京站", "eca32116", "chinese"),
    # "Dr. Norman Bethune" ¶275; "the Minyuan Stadium" ¶291; "the Scottish capital Edinburgh" ¶273 (and ¶287)
    Query("白求恩 民园体育场 爱丁堡", "7ab1f62c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "paid respects at the Ho Chi Minh Mausoleum and visited Ho Chi Minh's Stilt House" ¶75; "the 80th anniversary
    # of the August Revolution" ¶65/73 (20f574be ¶143/149 has the August Revolution, not the Stilt House)
    Query("<@9> Stilt House\u200b August Revolution", "362ba691", "mention-noise"),
    # "the General Secretary of the United Left Movement Party of the Dominican Republic" ¶159; "deepen cooperation
    # in defence, law enforcement and security" ¶139 (and ¶179)
    Query("<@2024> Dominican Republic\u200b law enforcement", "20f574be", "mention-noise"),
    # Typos (1–2 edits)
    # "President of the Republic of the Congo Denis Sassou Nguesso" ¶23; "China's zero-tariff treatment" ¶25
    Query("Sassou Ngesso Congo zero-tarif", "faecd2e1", "typo"),
    # "Chen Hansheng" ¶491; "all of Tsinghua University" ¶475
    Query("Chen Hansheg Tsinhua Univercity", "ac7222d4", "typo"),
    # Mirziyoyev ¶207–209: "cooperation in such areas as … emergency management" ¶207
    Query("Mirziyoyev emergancy managment", "3a9fa4ed", "typo"),
    # Names
    # "Chen Weihua (Former EU bureau chief of China Daily)" ¶364; "Jodie Evans (Co-founder of Code Pink)" ¶365
    Query("Chen Weihua Code Pink", "d89fdf72", "name"),
    # "Samdech Techo Hun Sen, President of the Cambodian People's Party" ¶154, at "the historic Ba Dinh Square"
    # ¶143 (362ba691 ¶73 has Ba Dinh, not Hun Sen)
    Query("Hun Sen Ba Dinh", "20f574be", "name"),
    # "David Horsley reviews … at the British Film Institute (BFI) on London's Southbank" ¶111; "Anna May Wong
    # (real name Wong Liu Tsong)" ¶115
    Query("David Horsley Wong Liu Tsong Southbank", "ccf1d4fa", "name"),
    # Phrases
    # "Many were worthy attempts to support the war effort against Hitler" ¶125
    Query("Many were worthy attempts to support the war effort against Hitler", "ccf1d4fa", "phrase"),
    # "opening a new chapter in bilateral trade and investment cooperation" ¶25
    Query("a new chapter in bilateral trade and investment cooperation", "faecd2e1", "phrase"),
    # Questions
    # "Igor Sergeenko, Speaker of the House of Representatives of Belarus" ¶157, among the guests of the grand
    # ceremony in Hanoi ¶143/151
    Query("which Belarusian speaker went to the Hanoi ceremony?", "20f574be", "question"),
    # "topping the public vote when inducted into the Scottish Sports Hall of Fame in 2002" ¶287
    Query("which year was Eric Liddell inducted into the Scottish Sports Hall of Fame?", "7ab1f62c", "question"),
    # "They arrived in Yan'an … and held the 7th National Congress, more than a decade later in 1945" ¶557;
    # dde32893 ¶315 tells it in Spanish ("el PCCh … tuvo el 7mo Congreso Nacional" in Yan'an)
    Query("which party congress did the CPC hold in Yan'an in 1945?", "6710eba1", "question", also=("dde32893",)),
    # Topics
    # "Shared memory of war and perceived Western revisionism serve as ideological glue" line 9; "a 'fairer'
    # multipolar world and call for reforming institutions such as the UN, WTO, and IMF" line 15
    Query("ideological glue multipolar institutions IMF WTO", "b39d8185", "topic"),
    # "taken root in the hearts of the over 200 million Pakistani people" ¶213; "emergency management …
    # poverty reduction" ¶207
    Query("200 million Pakistani people emergency management poverty reduction", "3a9fa4ed", "topic"),
    # "sub-national agricultural cooperation" ¶91; "nanotechnology … robotics and automation" ¶105; "the arbitrary
    # 'list of state sponsors of terrorism'" ¶101
    Query(
        "sub-national agricultural cooperation robotics nanotechnology state sponsors of terrorism", "d807680a", "topic"
    ),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Hoang Xuan Chien received the foreign troops (362ba691 ¶77); it was Pham Minh Chinh who went to Tianjin for
    # the SCO meetings (¶79)
    "Hoang Xuan Chien Tianjin SCO meetings",
    # Igor Sergeenko was a guest in Hanoi (20f574be ¶157); Lukashenko met Xi in Tianjin (0e5d6094 ¶263–265)
    "Igor Sergeenko Lukashenko meeting",
    # Delcy Rodríguez was at the Caracas unveiling (f78fdcd6 ¶33/53); the blockade is Cuba's (d807680a ¶101)
    "Delcy Rodríguez Cuba blockade",
    # Rewi Alley was Hogg's mentor (ac7222d4 ¶495–499); Fudan University is the delegates' (6710eba1 ¶541)
    "Rewi Alley Fudan University",
    # Keith Bennett went to the Beijing symposium (ac7222d4 ¶475); the Hanoi guests (20f574be ¶151–159) name only
    # "the General Secretary of the Communist Party of Britain"
    "Keith Bennett Hanoi parade",
    # David Horsley's booklet on Claudia Jones (ccf1d4fa ¶123); the Dunhuang delegation is 6710eba1's and dde32893's
    "Claudia Jones Dunhuang delegation",
    # "a monument in the capital Caracas", "the sculpture also represents" (f78fdcd6 ¶33/47): no colour, no height
    "what colour is the Caracas monument?",
    "¿cuánto mide el monumento de Caracas?",
    # the King and the Queen Mother met Xi and Peng Liyuan at Zhongnanhai (5a5d8582 ¶237–241); no gifts
    "what gifts did King Sihamoni bring to Zhongnanhai?",
    # Caracas (f78fdcd6) names no mayor; the only mayor in the seeds is Yin Yong, Mayor of Beijing (eca32116 ¶221)
    "кто был мэром Каракаса?",
    # Hun Manet met Xi in Tianjin (5a5d8582 ¶243–247); the Hanoi ceremony had Hun Sen (20f574be ¶154)
    "洪玛奈 河内 典礼",
    # "At noon Xi met with Slovak Prime Minister Robert Fico" (faecd2e1 ¶13–21): no minister with him, no length of
    # stay
    "which Slovak minister accompanied Robert Fico to Beijing?",
    "how long did Robert Fico stay in China?",
    # Denis Sassou Nguesso (faecd2e1 ¶23–27): no ministers named
    "which Congolese ministers came with Sassou Nguesso?",
    # "Japan reportedly called for the exclusion of China's Victory Parade" (097182f6 line 14); no prime minister
    "which Japanese prime minister answered the call to exclude the Victory Parade?",
    # "Liu Qibao visited the Russian World War II veteran Lev Abramov" (054ef6fb line 14); nothing of his death
    "когда умер Лев Абрамов?",
    # Tianmen is 2 edits from Tianjin, whose Declaration the SCO leaders signed (9e49ddff ¶443), and from Tienanmen
    "Tianmen Declaration",
    # Khurelsukh Ukhnaa met Xi and Putin in Beijing (c061f0a1); the Caracas monument is Venezuela's (f78fdcd6)
    "Khurelsukh Ukhnaa Caracas monument",
    # the Minyuan Stadium was "Modeled after London's Stamford Bridge" (7ab1f62c ¶291); no tickets, no prices
    "Stamford Bridge ticket price",
    # Liddell "finally died in a Japanese internment camp" (7ab1f62c ¶285); no grave
    "李爱锐 葬在 哪里",
    # Vladimir Yakushev was a guest in Hanoi (20f574be ¶158); the Tianjin summit is 9e49ddff's
    "Vladimir Yakushev Tianjin summit",
    # "un centro de control con IA para una red eléctrica inteligente" (dde32893 ¶335); no length
    "¿cuántos kilómetros mide la red eléctrica de Gansu?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Tom Stephenson had first asked for a 'long green trail'" ¶5; "I finished at the Border Hotel in Kirk
    # Yetholm" ¶10; "there is a ceilidh in the village hall" ¶12
    Query("Tom Stephenson Border Hotel ceilidh", "13f3afe8", "cross-paragraph"),
    # "They had promised the Maharaja of Sikkim" ¶5; "The club dinner follows … at the Drovers' Rest" ¶18; "the
    # club secretary, Ruaridh Balloch" ¶22
    Query("Maharaja of Sikkim Drovers' Rest Ruaridh Balloch", "9640cfad", "cross-paragraph"),
    # "She trained as a nurse at the Western Infirmary in Glasgow" ¶8; "the choir sang carols on the BBC Home
    # Service" ¶13; "the Ebblesdon Cottage Hospital League of Friends" ¶21
    Query("Western Infirmary BBC Home Service League of Friends", "dc4cc495", "cross-paragraph"),
    # "chosen from the Book of Numbers by Annie Ellsworth" ¶4; "in the back room of the Wheatsheaf" ¶13; "The
    # operator in Newfoundland sent back a joke" ¶15
    Query("Annie Ellsworth Wheatsheaf Newfoundland", "9e608ac2", "cross-paragraph"),
    # "Трибуны слушали репортаж из Хельсинки по громкоговорителю" ¶6; "на базе «Сосновый бор»" ¶14; "уложили
    # первое в области синтетическое покрытие" ¶16
    Query("репортаж по громкоговорителю «Сосновый бор» синтетическое покрытие", "269e3d6e", "cross-paragraph"),
    # 周德茂年轻时是铁道兵的技术员 ¶6; 开通了第一条到县城的公交快线 ¶14; 举办"老物件展" ¶19
    Query("铁道兵 公交快线 老物件展", "bac4ee29", "cross-paragraph"),
    # 'Our Christmas play, "The Snow Goose Express"' ¶7; "Mr Rex Dunnage, who was in the very first register" ¶13;
    # "Anything left after that goes to the PTA jumble sale" ¶19
    Query("Snow Goose Express Rex Dunnage jumble sale", "27eb722c", "cross-paragraph"),
    # Word forms
    # "you will split and weave the laths, stretch and tar the skin" ¶5 (split → splitting, weave → weaving, tar →
    # tarring)
    Query("splitting and weaving laths, tarring the skin", "77f27158", "word-form"),
    # "self-service supermarket … by closing time the wire baskets had run out" ¶6 (run → running)
    Query("supermarket running out of wire baskets", "ddefb409", "word-form"),
    # "Joe Brown and George Band, stopped a few feet below the summit" ¶4 (stopped → stopping)
    Query("Joe Brown and George Band stopping below the summit", "9640cfad", "word-form"),
    # "she stood in the rain with her father to watch Queen Mary launch the great Cunard liner" ¶6 (watch →
    # watching, launch → launched)
    Query("watching the great Cunard liner launched in the rain", "dc4cc495", "word-form"),
    # "Lo levantó el albañil Anselmo Ruidíaz con sus dos hijos" ¶7 (levantó → levanta; "levantado" ¶3)
    Query("el albañil Ruidíaz levanta el obelisco con sus dos hijos", "03477db2", "word-form"),
    # "Нина Ромашкова метнула диск на 51 метр 42 сантиметра" ¶4 (метнула → метнувшая)
    Query("Нина Ромашкова, метнувшая диск на 51 метр", "269e3d6e", "word-form"),
    # "Dorando Pietri staggered into the White City stadium" ¶10 (staggered → staggering)
    Query("Pietri staggering into the White City stadium", "78eae0e4", "word-form"),
    # Another script or romanisation
    Query("Энцо Кастеллари", "78eae0e4", "translit"),  # "veteran Enzo Castellari" ¶12–13, in Cyrillic
    Query("布拉姆·斯托克", "75b50b68", "translit"),  # "Bram Stoker" ¶4 (Stoker ¶5–6, ¶16), in Chinese characters
    Query("Zhou Demao", "bac4ee29", "translit"),  # 退休工程师周德茂 ¶2 (and ¶4, ¶6, ¶11, ¶19), in pinyin
    Query("Nina Romashkova", "269e3d6e", "translit"),  # "Нина Ромашкова" ¶4 in Latin letters
    # "Из дневника первого директора стадиона Пантелея Журова" ¶8, in Latin letters
    Query("Pantelei Zhurov", "269e3d6e", "translit"),
    Query("Альберто Пребиш", "03477db2", "translit"),  # "el arquitecto Alberto Prebisch" ¶4, in Cyrillic
    Query("Elba Ruidiaz", "03477db2", "translit"),  # accents dropped: "Su nieta, Elba Ruidíaz" ¶15
    Query("Олвен Таскер", "9e608ac2", "translit"),  # "Club chairman Olwen Tasker" ¶8, in Cyrillic
    Query("Джо Браун и Джордж Бэнд", "9640cfad", "translit"),  # "Joe Brown and George Band" ¶4, in Cyrillic
    # 杏桥镇老年大学 ¶4 (镇老年大学 ¶15, 老年大学 ¶19), in pinyin
    Query("Xingqiao laonian daxue", "bac4ee29", "translit"),
    # Russian
    # "спортивная школа проведёт на «Труде» открытый турнир по метанию диска" ¶11
    Query("открытый турнир по метанию диска на «Труде»", "269e3d6e", "russian"),
    Query("стадион принял первую районную спартакиаду", "269e3d6e", "russian"),  # ¶6
    # "стадион впервые примет чемпионат области по лёгкой атлетике среди юниоров" ¶18
    Query("чемпионат области по лёгкой атлетике среди юниоров", "269e3d6e", "russian"),
    # Spanish
    # "la placa original, que estaba partida en dos desde una tormenta de granizo" ¶11
    Query("la placa original partida en dos por una tormenta de granizo", "03477db2", "spanish"),
    Query("feria, desfile y chocolate caliente en la plaza", "03477db2", "spanish"),  # ¶13
    # "la comisión vecinal ya prepara un libro con fotos y testimonios" ¶16
    Query("la comisión vecinal prepara un libro con fotos y testimonios", "03477db2", "spanish"),
    # Chinese
    Query("北京地铁 试运营 凭票乘车", "bac4ee29", "chinese"),  # 北京地铁开始试运营，普通市民可以凭票乘车 ¶11
    Query("国庆七十周年的直播", "bac4ee29", "chinese"),  # 在家里看国庆七十周年的直播 ¶17
    Query("一夜没睡 把每个站台又扫了一遍", "bac4ee29", "chinese"),  # ¶10
    # Mentions and zero-width spaces
    # "Tutor: Huw Penllyn, who learned the craft from his grandfather on the Teifi" ¶24
    Query("<@88> Huw Penllyn\u200b Teifi", "77f27158", "mention-noise"),
    # "Len Gaukroger of the Crown and Cushion, who hit a nine-dart finish" ¶14
    Query("@everyone nine-dart finish\u200b Len Gaukroger", "57289191", "mention-noise"),
    # "The Luxor Cinema in Market Row opened on Monday 5 July with an organ recital" ¶11
    Query("<#417> Luxor Cinema\u200b organ recital", "ddefb409", "mention-noise"),
    # Typos
    Query("Grendlesam Gazete", "ddefb409", "typo"),  # "GRENDLESHAM GAZETTE" ¶1
    Query("Whelpfrod darts leage", "57289191", "typo"),  # "WHELPFORD & DISTRICT DARTS LEAGUE" ¶1
    Query("Mournsbey Dracla", "75b50b68", "typo"),  # "MOURNSBY DRACULA CENTENARY WEEK" ¶1
    # Names
    Query("Priya Markland", "898864a7", "name"),  # "The winner, Priya Markland" ¶18
    Query("Greta Lidgate", "5f958634", "name"),  # "his daughter Greta, now 80" ¶6; "Mrs Lidgate will give a talk" ¶7
    # Phrases
    Query("Ten years, no deaths, one broken ankle", "9640cfad", "phrase"),  # ¶21
    Query("a pub that loses its board loses its home games", "57289191", "phrase"),  # ¶20
    Query("the King looked cold and the Queen looked at the bridge", "5f958634", "phrase"),  # ¶7
    # Questions
    # "The footbridge is due to reopen on Monday 6 June" ¶13
    Query("when will the Coble Lane footbridge reopen?", "d518d57a", "question"),
    # "The resurfacing costs £310,000" ¶20
    Query("how much does the Moberly Park resurfacing cost?", "34a28382", "question"),
    # "A record 1,412 runners finished the Lumbley Half Marathon yesterday" ¶17 (2017 is in the dateline ¶15)
    Query("how many finished the Lumbley Half Marathon in 2017?", "898864a7", "question"),
    # "she is thought to have helped more than 3,000 Ebblesdon babies into the world" ¶10
    Query("how many babies did Prudence Caddick help into the world?", "dc4cc495", "question"),
    # "The surplus of £3 4s. 6d. will pay for a drinking fountain" ¶17 (the Jubilee ¶16, ¶22)
    Query("what will the Jubilee surplus pay for?", "ddefb409", "question"),
    # Topics
    # "the coracle race on the river at Pont Gwenlas on 23 August" ¶17
    Query("coracle race Pont Gwenlas", "77f27158", "topic"),
    # "LEAP-DAY TRIPLES. Our charity triples is on Wednesday 29 February at the Fox, in aid of Whelpford Hospice" ¶8
    Query("leap-day charity triples at the Fox", "57289191", "topic"),
    # "NEW CYCLE BRIDGE SWINGS INTO PLACE. The steel span … was lifted into place by crane" ¶16–17
    Query("new cycle bridge steel span lifted by crane", "9e09cb57", "topic"),
    # 'Thursday 29 May — Film night: "Nosferatu", with live piano, at the Empress Cinema' ¶12
    Query("film night Nosferatu live piano", "75b50b68", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Olwen Tasker is the Stravenby Key Club's chairman (9e608ac2 ¶8); the Pennine Way is the blog's (13f3afe8)
    "Olwen Tasker Pennine Way",
    # Isla Macrath is the Glenquorrie club's president (9640cfad ¶13); the coracle courses are Cwm Gwenlas's
    # (77f27158)
    "Isla Macrath coracle course",
    # Huw Penllyn is the coracle tutor (77f27158 ¶24); Kirk Yetholm is the end of the blogger's walk (13f3afe8)
    "Huw Penllyn Kirk Yetholm",
    # Rex Dunnage is Corbel Street's oldest former pupil (27eb722c ¶13); the Tyne Bridge is 5f958634's
    "Rex Dunnage Tyne Bridge",
    # Norris Fenby managed the supermarket 25 years ago (ddefb409 ¶6–7); the Luxor Cinema is the 50-years-ago item
    # (¶11–12), with no manager named
    "Norris Fenby Luxor Cinema",
    # Enzo Castellari will run the 1908 marathon course (78eae0e4 ¶12–13); the half marathon is 898864a7's, and
    # its winner is Priya Markland
    "Enzo Castellari half marathon",
    # Dilys Scammell is the darts league secretary (57289191 ¶2); the choir is Prudence Caddick's (dc4cc495 ¶12–14)
    "Dilys Scammell choir",
    # Amos Lidgate helped build the Tyne Bridge (5f958634 ¶6); the regatta is in the Coble Lane cutting (d518d57a
    # ¶13)
    "Amos Lidgate regatta",
    # Dr Ailsa Crewdson gives the talk "Stoker the theatre man" (75b50b68 ¶9); Kangchenjunga is 9640cfad's
    "Ailsa Crewdson Kangchenjunga",
    # "finals night is Saturday 17 March at the Working Men's Club" (57289191 ¶10) is still to come
    "which player won the Whelpford singles finals night?",
    # 'Film night: "Nosferatu", with live piano, at the Empress Cinema' (75b50b68 ¶12): no time, unlike the other
    # days
    "what time does the Empress Cinema screening begin?",
    # the Key Club (9e608ac2): six telegraphists founded it (¶13); no membership now
    "what is the Stravenby Key Club's membership?",
    # Corbel Street opened "on Monday 6 January 1964, with 180 pupils and four classrooms" (27eb722c ¶11); Mrs Jean
    # Trevaskis is today's headteacher (¶22)
    "who was Corbel Street's headteacher in 1964?",
    # Dorando Pietri "was helped over the line by officials … He was disqualified" (78eae0e4 ¶10–11); no time
    "what was Dorando Pietri's finishing time?",
    # "The expedition was led by Charles Evans" (9640cfad ¶7); four climbers are named, the party is not counted
    "how many climbers were in Charles Evans's expedition?",
    # Prudence went back to Clydebank in 1984 and 2004 (dc4cc495 ¶16); the only hotel is the blogger's Border
    # Hotel (13f3afe8 ¶10)
    "which hotel did Prudence Caddick stay at in Clydebank?",
    # "a member's dog pulled out the aerial lead" (9e608ac2 ¶9): the dog is not named
    "what was the name of the dog that pulled out the aerial lead?",
    # "the club runs a beginners' course from Monday 6 to Friday 10 June" (9e608ac2 ¶19, ¶22): no price
    "how much is the Stravenby beginners' Morse course?",
    # "the great steel arch" of the Tyne Bridge (5f958634 ¶6): no rivets counted
    "how many rivets went into the Tyne Bridge arch?",
    # "the council replaces its corroded deck plates" (d518d57a ¶11): no contractor named
    "which contractor is replacing the Coble Lane deck plates?",
    # "followed by the first Lumbley Open meeting" (486c8a2e ¶5): it is still to come; no winner
    "who won the first Lumbley Open meeting in 1990?",
    "Whitby Dracula week",  # Whitby is not in the corpus; the Dracula centenary week is Mournsby's (75b50b68)
    "Bromley athletics track",  # Bromley is 4 edits from Lumbley, whose athletics track is Moberly Park's
    "Wexford darts league",  # Wexford is 3 edits from Whelpford, whose darts league is 57289191's
    # Glencoe is 5 edits from Glenquorrie, whose mountaineering club is 9640cfad's (the logbook's "Buachaille" is
    # never placed)
    "Glencoe mountaineering club",
    "Осинники стадион",  # Осинники is 4 edits from Осинцево, whose stadium «Труд» is 269e3d6e's
    # San Fernando is 5 edits from San Ceferino (del Monte), whose obelisk is 03477db2's
    "San Fernando del Monte obelisco",
    "杏花村 地铁",  # 杏花村 differs from 杏桥镇 (bac4ee29) in two characters; 周德茂 dug the Beijing subway
    # Ромашкова's win (269e3d6e ¶4); no coach named (Галина Ферапонтова, ¶9, is a coach of today's school)
    "кто тренировал Нину Ромашкову?",
    # "Трибуны слушали репортаж" (269e3d6e ¶6): no count of spectators at the opening
    "сколько зрителей было на открытии стадиона «Труд»?",
    # "Hablé con el intendente" (03477db2 ¶9): the intendente is not named
    "¿quién era el intendente de San Ceferino en 1936?",
    # the copy "de ladrillo y revoque" (03477db2 ¶9), "de nueve metros" (¶5): no count of bricks
    "¿cuántos ladrillos tiene la réplica del obelisco?",
    "周德茂的妻子叫什么名字",  # 周德茂带着妻子坐了一趟 (bac4ee29 ¶11): she is not named
    "北京地铁一号线票价多少钱",  # 凭票乘车 (bac4ee29 ¶11), 一张1971年的地铁票 (¶19): no fare
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind113/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
