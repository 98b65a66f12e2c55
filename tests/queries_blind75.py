"""A seventy-fifth lookup query set, BLIND (written in the thirty-seventh session for the thirty-eighth round):
committed unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (as in blind56).

It was written without the search engine: nobody ran it on these queries, and no developer is to read them
before that one scoring. Once scored, the set is spent: a score on it after any tuning is in-sample.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind73.py and tests/queries_blind74.py, the
  second written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words, Discord/Telegram mentions and
  zero-width characters left out) with every one of the 9,617 earlier queries, and with the earlier
  queries of this set, while the set was being written; a query sharing more than half of its words with
  any one of them was replaced. The seeds have been queried so often that most first drafts failed that
  check, so most of these seed queries join names or passages that no earlier query joined, or take words
  from passages earlier sets left alone.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind87/docs, copied as ONE
  corpus into a subfolder blind87/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 6 + 7, word-form 4 + 7, translit 5 +
10, russian 2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3, typo 3 + 4, name 3 + 3, phrase 2 +
4, question 3 + 5, topic 3 + 4: 37 + 56 answerable, and 21 + 38 unanswerable. Cross-paragraph: the words
of the query are in one article but no single paragraph, title line included, holds them all; word-form:
another inflection or derivation than the text uses, irregular forms too, in English, Russian and Spanish;
translit: another script or romanisation than the text (Latin names written in Cyrillic or Chinese
characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and Chinese
names and titles, pinyin without tones, accents dropped); mention-noise: Discord/Telegram mentions and
zero-width spaces around the real words; typo: 1–2 edits a word. Every answerable query is answered by the
documents' own words in some form, spelling or script (names may be written in another script); none needs
a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article); a question
in the corpus's own words about something it does not say (who played, designed, unveiled or
photographed something, who a secretary, a guide or a cousin is; when someone took office; how many
sites, pages, ducks, books or people; how old, what time, what it cost, which hotel, which host of a
summit; what a father or an editor was called); a place the corpus does not hold but spelled close to
one it does (two or more edits from anything real in it); Russian, Spanish and Chinese ones. Each
shares one or more words with its corpus on purpose (in another script for some of the seeds' ones),
and every article holding those words was read to confirm that none answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind87/docs/* into ONE temporary
# corpus folder under the subfolder blind87/: files are then "blind87/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind87/docs",)
NEWDOCS_SUBDIRS = ("blind87",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "cd65c631": "ASHELFORD DISTRICT COUNCIL",
    # en_cradlebridge_duck_race_digest.txt, split by the loader: the header and the 1985 cutting (lines 1–6), the
    # leap-day notice (8–11), the 2023 cutting (13–20); the "* * *" rules (lines 7, 12) belong to none of them
    "31e5032e": "The Cradlebridge duck race — three cuttings",
    "f88892df": "LEAP DAY DUCKS — The Rotary Club, which has run the",
    "f7d6e3c3": "Cradlebridge Echo, Tuesday 29 August 2023",
    "a0dcfb6e": "Hensby Chronicle",
    "4cf62f51": "Dunwold Hall Birds of Prey",
    "0abe40cf": "Elvesham Gazette — Weekend Features",
    "d02ffc69": "Spinning at 45 — a blog about old records",
    "8fec0db1": "Gulverton Weekly Courier",
    # en_lanthorne_sands_digest.txt, split by the loader: the header and the 1977 cutting (lines 1–6), the Brooklyn
    # Bridge contest (8–11), the 2016 cutting (13–20); the "-----" rules (lines 7, 12) belong to none of them
    "2585b033": "The Lanthorne Sands sandcastle contest — three cuttings from the Echo",
    "9051bddb": "Six days after the centenary of the Brooklyn Bridge, which",
    "0f90ae2f": "Lanthorne Echo, Saturday 6 August 2016",
    "218631c6": "Roskell Sabre & Foil Club",
    "4ac5a006": "Stowcombe County Primary School",
    "7f214f2a": "Tarnwick Athletic Football Club",
    "7ff8b485": "Wyverley Herald",
    "ddb30056": "El Heraldo de Villalcor",
    "16ddf875": "«Яснолесский вестник»",
    "b81896a8": "青柳日报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines, "line N"), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "reported by RIA Novosti during a press conference" line 2; "the North East Anti-Japanese United Army (Noraa),
    # a group of Chinese guerrilla fighters" line 3; "the construction of new monuments in Moscow" line 16
    Query("RIA Novosti press conference Noraa guerrilla Moscow monuments", "097182f6", "cross-paragraph"),
    # "Libros Iskra" ¶305; "los generales de terracota" ¶313; "siendo de Texas" ¶335
    Query("Libros Iskra terracota Texas", "dde32893", "cross-paragraph"),
    # "Queen Mother Norodom Monineath Sihanouk" ¶235/239/241; "combat online gambling and telecom fraud" ¶247
    Query("Monineath Sihanouk telecom fraud", "5a5d8582", "cross-paragraph"),
    # "a power without an imperialist, colonialist, or slave-owning vision" ¶41; "first published by Orinoco
    # Tribune … originally published in Spanish by Telesur" ¶49
    Query("Orinoco Tribune Telesur slave-owning vision", "f78fdcd6", "cross-paragraph"),
    # Guterres ¶405–409 ("the UN Charter" ¶409); Madbouly ¶405, ¶411–413; "combat cross-border crimes" ¶417
    Query("Madbouly cross-border crimes Guterres UN Charter", "26d64f12", "cross-paragraph"),
    # "Armenian Prime Minister Nikol Pashinyan … diplomatic relations 33 years ago" ¶257; "market regulation,
    # metrology, and media" ¶261
    Query("metrology media 33 years Pashinyan", "0e5d6094", "cross-paragraph"),
    # Word forms: the text has another form
    # "the same Younghusband who had led the 1905 British invasion aimed at separating Xizang (Tibet) from the rest
    # of China" ¶521 (led → leads)
    Query("Younghusband leads the 1905 invasion aimed at separating Xizang from China", "ac7222d4", "word-form"),
    # "Lula's initiative was largely triggered by the economic, political and psychological warfare" ¶451
    # (triggered → triggering)
    Query("psychological warfare triggering Lula's initiative", "e065690c", "word-form"),
    # "nuestros guías nos dijeron que las personas pueden ir a hacer preguntas o pedir ayuda de los cadres" ¶345
    # (dijeron → dicen)
    Query("los guías nos dicen que la gente puede pedir ayuda de los cadres", "dde32893", "word-form"),
    # "Japan reportedly called for the exclusion of China's Victory Parade from international events" line 14
    # (exclusion → excluding, called → calls; "calls" is in b39d8185 line 36 and d807680a ¶101, of other things)
    Query("Japan calls for excluding China's Victory Parade from international events", "097182f6", "word-form"),
    # Another script or romanisation
    # "Jodie Evans (Co-founder of Code Pink)" ¶365; "Jenny Clegg (Author and peace activist)" ¶366 in Cyrillic
    # (ac7222d4 ¶513–515 has Jenny Clegg without Jodie Evans)
    Query("Джоди Эванс и Дженни Клегг", "d89fdf72", "translit"),
    # "Iranian President Masoud Pezeshkian … Foreign Minister Subrahmanyam Jaishankar" ¶451 in Cyrillic
    Query("Масуд Пезешкиан и Субраманьям Джайшанкар", "e065690c", "translit"),
    # "Sen. Lt. Gen. Hoang Xuan Chien" ¶77; "Ho Chi Minh once described it in a poem" ¶63 (and ¶75) in Cyrillic
    Query("Хоанг Суан Тьен и Хо Ши Мин", "362ba691", "translit"),
    # "Thongloun Sisoulith" ¶135/153/171; "Igor Sergeenko, Speaker of the House of Representatives of Belarus"
    # ¶157 in Cyrillic
    Query("Тхонглун Сисулит и Игорь Сергеенко", "20f574be", "translit"),
    # "Indonesian President Prabowo Subianto" and "the absence of Prime Minister Narendra Modi" ¶451 in Cyrillic
    Query("Прабово Субианто и Нарендра Моди", "e065690c", "translit"),
    # Russian (names written in Cyrillic)
    # "President Nicolás Maduro being joined by Chinese Ambassador Lan Hu" ¶33 (and ¶43–45, ¶53)
    Query("Николас Мадуро и Лан Ху", "f78fdcd6", "russian"),
    # "Samdech Techo Hun Sen, President of the Cambodian People's Party" ¶154; "President Kaysone Phomvihane and
    # President Fidel Castro" ¶167 (d807680a ¶83/93 has Fidel Castro without Hun Sen)
    Query("Хун Сен и Фидель Кастро", "20f574be", "russian"),
    # Spanish
    # "Es un testamento del nivel de desarrollo de las fuerzas productivas que ahora JISCO …" ¶335
    Query("un testamento del nivel de desarrollo de las fuerzas productivas", "dde32893", "spanish"),
    # "(sí, probamos el vino — delicioso)" ¶335
    Query("sí, probamos el vino, delicioso", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Michael Lindsay, later 2nd Baron Lindsay of Birker" ¶501; "the legendary Chinese communist Chen Hansheng"
    # ¶491, as a Chinese paper writes them
    Query("林迈可 陈翰笙", "ac7222d4", "chinese"),
    # "his mentor, the New Zealand internationalist Rewi Alley" ¶495; "Chow Yun-fat" ¶491
    Query("路易·艾黎 周润发", "ac7222d4", "chinese"),
    # Mentions and zero-width spaces around the real words
    # George Hogg: "Although from a privileged background, he had a strong family background in pacifism" ¶493
    Query("@here privileged background\u200b pacifism Hogg", "ac7222d4", "mention-noise"),
    # "At the Fourth Dialogue on Exchanges and Mutual Learning Among Civilisations in Dunhuang … Concrete examples
    # from Botswana, Laos, Nepal, and Egypt" ¶537
    Query("<@5> Fourth Dialogue\u200b Botswana Nepal", "6710eba1", "mention-noise"),
    # Typos (1–2 edits)
    Query("Mnangawa Zimbabwe", "faecd2e1", "typo"),  # "Zimbabwean President Emmerson Mnangagwa" ¶5 (and ¶11)
    Query("Khurelsukh Uknaa", "c061f0a1", "typo"),  # "Mongolian President Khurelsukh Ukhnaa" ¶187/197
    # "Vice President Delcy Rodríguez and Defence Minister Vladimir Padrino" ¶33 (¶53)
    Query("Delcy Rodrigez Padrinno", "f78fdcd6", "typo"),
    # Names
    # "James MacManus's biography, 'Ocean Devil'" ¶489; "our co-editor Keith Bennett" ¶475 (d89fdf72 ¶367 has
    # Keith Bennett without MacManus)
    Query("James MacManus Keith Bennett", "ac7222d4", "name"),
    # "written by Callum Norris and Twm Draper" ¶533; "Black Liberation Alliance and Qiao Collective" ¶547
    Query("Twm Draper Qiao Collective", "6710eba1", "name"),
    # "Sydney Loving" ¶297–301; "la Alianza Negra por la Paz, Mundo de Obreros" ¶305
    Query("Sydney Loving Mundo de Obreros", "dde32893", "name"),
    # Phrases
    # "a struggle that determined the future and destiny of humanity" ¶275
    Query("a struggle that determined the future and destiny of humanity", "7ab1f62c", "phrase"),
    # Lula: "Tariff blackmail is being normalised as an instrument to seize markets" ¶463
    Query("Tariff blackmail is being normalised as an instrument to seize markets", "e065690c", "phrase"),
    # Questions
    # "as Vietnamese communist leader Ho Chi Minh once described it in a poem" ¶63
    Query(
        "which Vietnamese leader described China and Vietnam as comrades and brothers in a poem?",
        "362ba691",
        "question",
    ),
    # "since assuming the role of African co-chair of the Forum on China-Africa Cooperation (FOCAC), the Republic
    # of the Congo …" ¶27
    Query("what was the Republic of the Congo's role in FOCAC?", "faecd2e1", "question"),
    # "In the following article, which originally appeared in the Morning Star, David Horsley reviews …" ¶111
    Query("which newspaper first published David Horsley's review?", "ccf1d4fa", "question"),
    # Topics
    # "Hollywood film makers produced dozens of films … a few are anti-fascist classics, like … None Shall Escape
    # the Judgement … which envisages a court in Warsaw trying a Nazi" ¶125
    Query("Hollywood anti-fascist classics Warsaw court Nazi trial", "ccf1d4fa", "topic"),
    # "contrasting this with commodified cultural access in the West" and "accessible public spaces" ¶539
    Query("commodified cultural access in the West and accessible public spaces in China", "6710eba1", "topic"),
    # "Its branches and members loyally supported our meetings, distributed our handbills, posted our posters" ¶525
    Query("handbills posters Communist Party branches loyally supported", "ac7222d4", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # "The Children of Huang Shi', also called … 'Escape from Huang Shi', starring Jonathan Rhys Meyers as Hogg and
    # Chow Yun-fat as … Chen Hansheng" (ac7222d4 ¶491); Rewi Alley (¶495) is played by nobody named
    "who played Rewi Alley in Escape from Huang Shi?",
    # "Kazakhstan President Kassym-Jomart Tokayev in the evening" (26d64f12 ¶405); nothing on his taking office
    "when did Tokayev become president of Kazakhstan?",
    # Dandong is far more than two edits from Dunhuang, whose solar plant is dde32893's (¶335) and 6710eba1's (¶539)
    "Dandong solar power plant",
    "how many memorial sites will China restore in Russia?",  # 097182f6 lines 1, 16: "plans to restore"; no count
    "what gift did Putin send Xi in 2020?",  # 424ab945: congratulatory messages only; no gift
    "how many pages is the China–Russia joint statement?",  # b39d8185 summarises it; no length
    # Turkmenistan is only in 3a9fa4ed's title (¶203, ¶215); the text covers Uzbekistan and Pakistan
    "what did Turkmenistan's president discuss with Xi?",
    # Modi is named only for his absence from the BRICS virtual summit (e065690c ¶451); India is in 0e5d6094's
    # title (¶253) with no meeting told
    "Narendra Modi meeting with Xi in Tianjin",
    # "durante 10 días visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" (dde32893 ¶307); no days per city
    "¿cuántos días pasó la delegación en Shanghái?",
    # the Tianjin summit (9e49ddff) and the SCO elsewhere: no next host
    "which country hosts the next SCO summit?",
    # "a number of cities in Shaanxi and Gansu provinces" (6710eba1 ¶549); "la provincia de Gansu" (dde32893 ¶333);
    # no length of stay
    "how long did the delegation stay in Gansu?",
    # Claudia Jones, "the African-American communist" (ccf1d4fa ¶123); the Morning Star printed Horsley's review
    # (¶111); she edits nothing in the corpus
    "Claudia Jones Morning Star editor",
    # Delcy Rodríguez was at the Caracas ceremony (f78fdcd6 ¶33/53); the Beijing parade is others' (eca32116,
    # 38a7d84f)
    "Delcy Rodríguez Beijing military parade",
    # Yunnan is not in the corpus (two edits from Yan'an, where Mao Zedong Thought was developed: 6710eba1 ¶535)
    "Yunnan revolutionary base Mao Zedong Thought",
    "西哈莫尼 多大年纪",  # King Norodom Sihamoni (5a5d8582 ¶235–241) in Chinese characters; no age
    # "the Daily Worker … in its editorial" (ac7222d4 ¶507); no editor named
    "what was the Daily Worker editor called?",
    # the monument to the USSR and North Korea "will be erected in the 'Patriots' … park in the Moscow region",
    # announced in Wonsan (097182f6 line 7); no builder, and not in Wonsan
    "кто построит памятник в Вонсане?",
    # Thongloun (20f574be) in Chinese characters; Díaz-Canel visited Laos (¶161–167), Thongloun never visits Cuba
    "通伦 访问 古巴 日期",
    # Curaçao is two edits from Caracas, where the monument was unveiled (f78fdcd6)
    "Curacao monument to the victory over the Japanese empire",
    # Lula chaired the BRICS virtual summit (e065690c ¶451); the Tianjin SCO summit (9e49ddff, 26d64f12) has no Lula
    "Лула и саммит ШОС в Тяньцзине",
    # JISCO (dde32893 ¶335) and "nuestros guías" in Jiayuguan (¶345): no guide's age, nor name
    "¿qué edad tenía el guía de JISCO?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "Josiah Tolputt, a riveter from Elvesham" ¶5; "the diary lay forgotten in a tin trunk" ¶10; "Bookings for the
    # coach: Mr Derek Fowden" ¶19
    Query("Josiah Tolputt tin trunk Derek Fowden", "0abe40cf", "cross-paragraph"),
    # "in the back room of the Drovers Arms" ¶6; "dressed as a Beefeater" ¶11; "gone back to Harrod's Radio" ¶13
    Query("Drovers Arms Beefeater Harrod's Radio", "8fec0db1", "cross-paragraph"),
    # "Colin Treloar … a farewell supper for him at the Crown Hotel" ¶7; "Lost: a black glove, left-handed" ¶19
    Query("Colin Treloar Crown Hotel left-handed glove", "218631c6", "cross-paragraph"),
    # "мемориальная доска" ¶8 and "Анны Петровны Гуляевой … Анна Петровна" ¶9–10 (one block); "конкурс чтецов"
    # ¶12
    Query("Анна Петровна, конкурс чтецов, мемориальная доска", "16ddf875", "cross-paragraph"),
    # 浦江饭店 ¶4; 周德明 ¶7/10/15/18; "理财讲座" ¶14
    Query("周德明 浦江饭店 理财讲座", "b81896a8", "cross-paragraph"),
    # "Scotland v England at Hamilton Crescent" ¶5; "a meeting in the Red Lion" ¶15; "raised £1,380 for the
    # floodlight fund" ¶17
    Query("Hamilton Crescent Red Lion floodlight fund", "7f214f2a", "cross-paragraph"),
    # "our golden eagle, Bracken" ¶4; "a bag of chick food can be bought at the kiosk" ¶15
    Query("Bracken golden eagle chick food kiosk", "4cf62f51", "cross-paragraph"),
    # Word forms
    # "the Brookside team, who pulled the Mill Lane men into the water twice" ¶12 (pulled → pulling)
    Query("Brookside team pulling the Mill Lane men into the water", "8fec0db1", "word-form"),
    # "the diary lay forgotten in a tin trunk" ¶10 (lay → lying, irregular)
    Query("diary lying forgotten in a tin trunk", "0abe40cf", "word-form"),
    # "Bought the Beatles record. Played it eleven times." ¶6 (bought → buying, irregular; played → playing)
    Query("buying the Beatles record, playing it eleven times", "d02ffc69", "word-form"),
    # "Britain's first parking meters came into use in Grosvenor Square" ¶5 (came → coming, irregular)
    Query("parking meters coming into use in Grosvenor Square", "cd65c631", "word-form"),
    # "а 10-го школьники читали стихи у памятника поэту в сквере" ¶6 (читали → читают)
    Query("школьники читают стихи у памятника поэту", "16ddf875", "word-form"),
    # "el abuelo contaba que había cenado con Picasso «el martes 30»" ¶7 (había cenado → cenó)
    Query("el abuelo cenó con Picasso el martes 30", "ddb30056", "word-form"),
    # "Mrs Cattell, who joined us in September, leaves us at Christmas to move to Bristol" ¶15 (leaves → leaving;
    # "leaving" is in 0abe40cf ¶15, of the coach)
    Query("Mrs Cattell leaving to move to Bristol", "4ac5a006", "word-form"),
    # Another script or romanisation
    Query("Доркас Фенрайт", "a0dcfb6e", "translit"),  # "Dorcas Fenwright" ¶4 (¶9, ¶19) in Cyrillic
    Query("Джосайя Толпатт", "0abe40cf", "translit"),  # "Josiah Tolputt, a riveter from Elvesham" ¶5 in Cyrillic
    Query("Кит Трантер", "9051bddb", "translit"),  # "Its builder, Keith Tranter, 15" ¶9 in Cyrillic
    Query("Нора Кеддл", "8fec0db1", "translit"),  # "Mrs Nora Keddle, who chaired the street committee" ¶5
    # "первой заведующей, Анны Петровны Гуляевой" ¶9 in Latin letters
    Query("Anna Gulyaeva", "16ddf875", "translit"),
    Query("Qingliu Ribao", "b81896a8", "translit"),  # the paper's title, 青柳日报 ¶1, in pinyin
    Query("Shanghai Zhengquan Jiaoyisuo", "b81896a8", "translit"),  # 上海证券交易所 ¶4 in pinyin
    # accents dropped: "Ramón Rivas, conoció al pintor en Madrid" ¶6; "nacido en Málaga" ¶4 (and ¶15)
    Query("Ramon Rivas Malaga", "ddb30056", "translit"),
    Query("毕加索 马拉加", "ddb30056", "translit"),  # "Pablo Picasso, nacido en Málaga" ¶4 in Chinese characters
    Query("普希金", "16ddf875", "translit"),  # "Александра Сергеевича Пушкина" ¶4 (¶5–6) in Chinese characters
    # Russian
    Query("выставка «Я помню чудное мгновенье»", "16ddf875", "russian"),  # ¶5
    # "библиотека отметит своё 50-летие: торжественный вечер назначен на 2 сентября" ¶13
    Query("торжественный вечер 50-летие библиотеки", "16ddf875", "russian"),
    # "библиотека обещает провести праздник уже на открытой сцене в парке" ¶14
    Query("праздник на открытой сцене в парке", "16ddf875", "russian"),
    # Spanish
    Query("talleres infantiles de estampación", "ddb30056", "spanish"),  # "Talleres infantiles de estampación" ¶14
    # "ya se expusieron tres de los grabados en el salón de plenos … con un concierto de guitarra" ¶10
    Query("concierto de guitarra en el salón de plenos", "ddb30056", "spanish"),
    Query("la exposición viajará a Málaga", "ddb30056", "spanish"),  # "la exposición viajará a Málaga" ¶15
    # Chinese
    Query("老八股 首批上市的股票", "b81896a8", "chinese"),  # 首批上市的股票只有八只，人称"老八股" ¶4
    Query("股票交割单", "b81896a8", "chinese"),  # 他至今还留着一张早年的股票交割单 ¶18
    Query("老股民座谈 二十年来的变化", "b81896a8", "chinese"),  # 请几位老股民座谈，讲讲二十年来的变化 ¶13
    # Mentions and zero-width spaces
    # "Owl evenings, with a talk and a walk in the park at dusk" ¶6
    Query("<@8812> Owl evenings\u200b walk in the park at dusk", "4cf62f51", "mention-noise"),
    # "we had forty-one unnamed plimsolls this term" ¶12
    Query("@here \u200bforty-one unnamed plimsolls", "4ac5a006", "mention-noise"),
    # "The Wyverley Rose Show, held on Wednesday 12 June in the Abbey grounds" ¶10
    Query("<#77> Wyverley Rose Show\u200b Abbey grounds", "7ff8b485", "mention-noise"),
    # Typos
    # "The Cradlebridge duck race — three cuttings" ¶1 (the header article); the two other cuttings are the same
    # race's
    Query("Cradelbridge duk race", "31e5032e", "typo", also=("f88892df", "f7d6e3c3")),
    Query("Dunwald Hall Birds of Pray", "4cf62f51", "typo"),  # "Dunwold Hall Birds of Prey" ¶1
    Query("Stowcomb County Primery", "4ac5a006", "typo"),  # "Stowcombe County Primary School" ¶1
    Query("Tarnwik Athletic", "7f214f2a", "typo"),  # "Tarnwick Athletic Football Club" ¶1
    # Names
    Query("Walter Brisley", "8fec0db1", "name"),  # "Mr Walter Brisley, 84, still has a letter from his sister" ¶10
    Query("Gail Hepworth", "218631c6", "name"),  # "please give your form and fee to Gail Hepworth" ¶5
    # "One of the judges was Susan Pettigrew, who won the very first contest" ¶15 (2585b033 ¶6 has "the Pettigrew
    # twins, Susan and Graham", the first winners)
    Query("Susan Pettigrew", "0f90ae2f", "name", also=("2585b033",)),
    # Phrases
    Query("Nobody loves a parking meter", "cd65c631", "phrase"),  # Cllr Margaret Hollis, ¶12
    # her father's letter to his brother in Canada, ¶7
    Query("Dorcas waved her flag at the King until her arm gave out", "a0dcfb6e", "phrase"),
    Query("a banner reading My father built this", "0abe40cf", "phrase"),  # ¶11
    Query("We've proved we can do it", "8fec0db1", "phrase"),  # Mrs Keddle, ¶18
    # Questions
    # "hoped they would 'pay for themselves by the 1st of August'. They did not: … takings were eleven pounds short"
    # ¶6–7
    Query("how short were the takings from Ashelford's first meters?", "cd65c631", "question"),
    # "She was born at 7 Quay Row on Wednesday 16 May 1923" ¶5
    Query("when was Dorcas Fenwright born?", "a0dcfb6e", "question"),
    # "The Christmas fair on Saturday 30 November raised £745" ¶14
    Query("how much was raised at Stowcombe's Christmas fair on 30 November?", "4ac5a006", "question"),
    # "The duck race … was held yesterday, Monday 28 August, and raised £3,200 for the hospice" ¶14
    Query("what did the 2023 duck race raise for the hospice?", "f7d6e3c3", "question"),
    # "Prices: adults £7, children £4, family ticket £20" ¶13
    Query("what does a family ticket cost at the Dunwold bird centre?", "4cf62f51", "question"),
    # Topics
    # "they played the Royal Variety Performance, and Grandad watched it when ITV showed it" ¶8
    Query("Royal Variety Performance Beatles", "d02ffc69", "topic"),
    # "the Lanthorne Sands contest on Monday 30 May was won by a twenty-foot sand model of the bridge" ¶8
    Query("sand model of the Brooklyn Bridge", "9051bddb", "topic"),
    # "125 years since the first international match, Scotland v England at Hamilton Crescent" ¶5 (and the talk,
    # ¶10)
    Query("first international match Scotland v England", "7f214f2a", "topic"),
    # "Year 6 were among the first school parties to cross the new Queen Elizabeth II Bridge at Dartford, … and
    # their bridge models will be on show in the hall" ¶5
    Query("Year 6 bridge models on show in the hall Dartford", "4ac5a006", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Edna Fairclough's duck won the first duck race (31e5032e ¶5, f7d6e3c3 ¶15); the sandcastle contest is
    # Lanthorne's (2585b033, 9051bddb, 0f90ae2f)
    "Edna Fairclough sandcastle contest",
    # Josiah Tebb is the Bradwick miller (7ff8b485 ¶14); the Tyne Bridge is Hensby's (a0dcfb6e)
    "Josiah Tebb Tyne Bridge",
    # Cllr Margaret Hollis speaks for Ashelford's meters (cd65c631 ¶12); the Tower Bridge centenary is Elvesham's
    # (0abe40cf)
    "Margaret Hollis Tower Bridge centenary",
    # Colin Treloar coaches the fencing juniors (218631c6 ¶7); the football coaching evenings are Tarnwick's
    # (7f214f2a ¶9)
    "Colin Treloar football coaching",
    # Mrs Pamela Wrigley lent Tolputt's diary (0abe40cf ¶5, ¶10, ¶16); the duck race is Cradlebridge's
    "Pamela Wrigley duck race",
    # Ewan Dalgleish's talk is on the 1872 match (7f214f2a ¶10); the Beatles talk is the blogger's (d02ffc69 ¶12)
    "Ewan Dalgleish talk on the Beatles",
    # Len Ashcroft bought "Love Me Do" (d02ffc69 ¶5–6); the royal wedding street party is Gulverton's (8fec0db1)
    "Len Ashcroft royal wedding street party",
    # "Pictures: Ken Alsop" is the Gulverton Courier's (8fec0db1 ¶20); "The Echo's photographer" at Lanthorne
    # (9051bddb ¶11) is not named
    "Ken Alsop Lanthorne Echo photographer",
    # "Wyverley Cricket Club beat Hallbeck … and play the return match on Wednesday the 23rd" (7ff8b485 ¶7)
    "did Wyverley win the return match against Hallbeck?",
    # the leap-day race (f88892df ¶8–9) has no count; the two thousand ducks were the first race's (31e5032e ¶4)
    "how many ducks were in the leap-day race?",
    # "items for the agenda to the secretary, please" (218631c6 ¶10); no secretary named
    "who is the secretary of the Roskell fencing club?",
    # "a new beginners' course will start in June" (218631c6 ¶13); no fee
    "what is the fee for the Roskell beginners' course?",
    # "wins a weekend for two in the Lake District" (31e5032e ¶5, f7d6e3c3 ¶16); no hotel
    "which hotel did Edna Fairclough stay at in the Lake District?",
    # "her father, a plater at the Hensby shipyard" (a0dcfb6e ¶6–7); never named
    "what was the name of Dorcas Fenwright's father?",
    # "the Mayor promised a second contest next summer" (2585b033 ¶6); not named
    "who was the mayor of Lanthorne in 1977?",
    # the Sheep Street meters were to "pay for themselves" and fell eleven pounds short (cd65c631 ¶6–7); no price
    "how much did Ashelford council pay for the Sheep Street meters?",
    # "Saturday 29 November — League match v Farrowden Town, kick-off 3pm" (7f214f2a ¶12) is still to come
    "what was the score of the Farrowden Town league match?",
    # the "Sixties Sounds" exhibition at Quarrywell Library (d02ffc69 ¶12); no attendance
    "how many people came to the Sixties Sounds exhibition?",
    # 0abe40cf: the Prince of Wales opened it, Tolputt "worked on the high walkways" (¶6); no architect named
    "who was the architect of the Tower Bridge Josiah Tolputt worked on?",
    # "Mrs Cattell, who joined us in September, leaves us at Christmas" (4ac5a006 ¶15); no class named
    "which year group did Mrs Cattell teach?",
    "how old is Bracken?",  # "our golden eagle, Bracken" (4cf62f51 ¶4); no age
    # the exhibition runs "from Monday 8 to Saturday 27 October" (d02ffc69 ¶12); no hours for the library (the
    # Ashelford museum's and the Pushkin library's hours are cd65c631 ¶19, 16ddf875 ¶19)
    "what time does Quarrywell Library close?",
    # "The Echo's photographer took the winning picture from the end of the pier" (9051bddb ¶11); not named
    "who photographed Keith Tranter's winning bridge?",
    # Ashford is two edits from Ashelford, whose pay-by-phone machines are cd65c631's (¶9)
    "Ashford pay-by-phone machines",
    # Cambridge is many edits from Cradlebridge, whose Rotary Club runs the duck race (31e5032e, f88892df, f7d6e3c3)
    "Cambridge Rotary Club ducks",
    # Lanthwaite is four edits from Lanthorne, whose sandcastle contest is 2585b033's (and 9051bddb's, 0f90ae2f's)
    "Lanthwaite Sands sandcastle contest",
    "Tamworth football festival",  # Tamworth is five edits from Tarnwick, whose festival is 7f214f2a's
    # Henley is two edits from Hensby, whose Townswomen's Guild Dorcas Fenwright chaired (a0dcfb6e ¶12)
    "Henley Townswomen's Guild",
    # Яснополье is not the paper's town («Яснолесский вестник»); the Pushkin library is 16ddf875's
    "Яснополье библиотека имени Пушкина",
    # Villalba is three edits from Villalcor, whose Casa de Cultura shows the Picasso engravings (ddb30056)
    "Villalba exposición de grabados de Picasso",
    "周德明的表哥是谁",  # 他在上海的表哥 (b81896a8 ¶7–9): the cousin is not named
    "老八股 是哪八只股票",  # 首批上市的股票只有八只，人称"老八股" (b81896a8 ¶4): not listed
    "上交所 第一天 成交额",  # the opening day (b81896a8 ¶4, ¶8): no turnover
    # "5-го привезли из области доску и два ящика книг" (16ddf875 ¶9); no size of the library's stock
    "сколько книг в районной библиотеке?",
    # "на здании появилась мемориальная доска" (16ddf875 ¶8); nobody is said to have unveiled it
    "кто открывал мемориальную доску на здании библиотеки?",
    # "торжественный вечер назначен на 2 сентября" (16ddf875 ¶13); no hour (the reading contest's is ¶12)
    "в котором часу начнётся торжественный вечер библиотеки?",
    # "La muestra se inauguró el sábado 21 de octubre" (ddb30056 ¶5); by whom is not said
    "¿quién inauguró la exposición de grabados?",
    # "la colección de don Eusebio Rivas" (ddb30056 ¶6); three engravings shown last year (¶10), no total
    "¿cuántos grabados tiene la colección de Eusebio Rivas?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind87/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
