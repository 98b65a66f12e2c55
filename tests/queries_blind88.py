"""An eighty-eighth lookup query set, for tuning ranking (written in the forty-fourth session): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on it,
and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind87.py and tests/queries_blind89.py, the latter
  written at the same time as this one, were not opened and are not part of the check). A throwaway script
  compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and ё read as
  е, Chinese by character pairs, Discord/Telegram mentions and a few stop words left out) with every
  earlier query, and with the earlier queries of this set, while the set was being written; a query sharing
  more than half of its words with any one of them was replaced. The earlier files hold some 11,600
  queries, most of them over seeds/, so most of these seed queries join passages or names that no earlier
  query joined, and some nine first drafts in ten had to be rewritten.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind100/docs, copied as ONE
  corpus into a subfolder blind100/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 3 + 6
(another inflection or derivation than the text uses, in English, Russian and Spanish), translit 5 + 9
(another script or romanisation than the text: Latin names written in Cyrillic or Chinese characters as a
Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and Chinese names and titles,
pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 3
(Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits a word),
name 2 + 2, phrase 2 + 3, question 3 + 4, topic 4 + 3: 37 + 48 answerable, and 20 + 31 unanswerable. Every
answerable query is answered by the documents' own words in some form, spelling or script (names may be
written in another script); none needs a translation of a common noun or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
won, wrote, coached, captained or sold something, who a bishop, a contractor or a conductor was; where
someone was born, when someone became president; how many, how much, what time, which hotel, what a
daughter or a guide was called); a place the corpus does not hold but spelled close to one it does (two or
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

# The new-documents corpus is assembled by copying tests/gold/blind100/docs/* into ONE temporary
# corpus folder under the subfolder blind100/: files are then "blind100/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind100/docs",)
NEWDOCS_SUBDIRS = ("blind100",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "8ffc9d10": "THE AUCHENLARIG ADVERTISER",
    "14a3a620": "BROCKHOLLOW BOROUGH COUNCIL",
    "4111ba5f": "THE FAWDRY MERCURY",
    "01448b42": "LARCHCOMBE BARN OWL TRUST",
    "fb54c356": "MAISIE TREGUNNA",
    "8410afd0": "Petri and Pipette",
    "b6e1f74d": "Pottersgate Primary School, Cawfold",
    "526ddde3": "SALTENHITHE AND DOCKS JOURNAL",
    "6eab01eb": "SCALDERBY FOOTBALL 150",
    "fc29f05d": "SKELLOW WATER POLO CLUB",
    # en_tidemouth_echo_digest.txt, split by the loader: the pool's opening (¶4–7), the modern Games (¶10–14), the
    # sand sculptors (¶17–21); the "-----" rules (¶8, ¶15) come out as articles of their own (1c2d2441,
    # 1c2d2441-2, titled by the rule), and the scrapbook header and the datelines (¶1–3, ¶9, ¶16) belong to none
    "1a5c2028": "POOL OPENS WITH A SPLASH",
    "89fed1a5": "A HUNDRED YEARS OF THE MODERN GAMES",
    "56d70c2e": "SAND SCULPTORS RETURN",
    # en_wellbury_courier_stage_digest.txt, split the same way: The Mousetrap (¶4–8), Test cricket (¶11–14), the
    # Players' season (¶17–21); the rules (¶9, ¶15) are 4b837184 and 4b837184-2, and the header and the datelines
    # (¶1–3, ¶10, ¶16) belong to none
    "bd54a6d3": "FORTY YEARS OF WHODUNNIT",
    "f25d60fd": "125 YEARS OF TEST CRICKET",
    "15829799": "PLAYERS' 75TH SEASON",
    "83ccafad": "El Eco de Valdecastro",
    "2cf47d21": "«Озерцовская правда»",
    "5013cddb": "双河日报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Dr. Norman Bethune … 'a man of noble character'" ¶275; "London's Stamford Bridge (home of Chelsea Football
    # Club)" ¶291
    Query("Bethune noble character Chelsea Football Club", "7ab1f62c", "cross-paragraph"),
    # "the Levellers took a stand for Irish independence" ¶517; "the first to organise a Hyde Park meeting, where
    # … J.R. Campbell demanded …", "the similar work they were doing for Spain" ¶525
    Query("Levellers Irish independence Hyde Park Campbell Spain", "ac7222d4", "cross-paragraph"),
    # "Concrete examples from Botswana, Laos, Nepal, and Egypt" ¶537; "the extensive system of parks and green
    # belts" ¶539; "a number of cities in Shaanxi and Gansu provinces" ¶549
    Query("Botswana Nepal green belts Shaanxi", "6710eba1", "cross-paragraph"),
    # "Queen Mother Norodom Monineath Sihanouk" ¶235/239/241; "met with the King and the Queen Mother at
    # Zhongnanhai" ¶237; Hun Manet ¶243/247, "expand cooperation in trade, investment and infrastructure" ¶247
    Query("Monineath Zhongnanhai Hun Manet trade investment", "5a5d8582", "cross-paragraph"),
    # "fight the formidable enemy with an iron will, formed a great wall with flesh and blood" ¶381; "Xi hosted a
    # lunch … and the relatives of international friends and comrades" ¶385
    Query("iron will great wall lunch relatives", "38a7d84f", "cross-paragraph"),
    # "China will remain a trustworthy and reliable partner for Mongolia" ¶197; "President Khurelsukh said that it
    # is a priority of Mongolia's foreign policy" ¶199
    Query("Mongolia trustworthy reliable partner Khurelsukh foreign policy priority", "c061f0a1", "cross-paragraph"),
    # "September 4 (Orinoco Tribune)" ¶53 (and ¶49); "to honor China's liberation from Japanese rule in 1945, a
    # milestone of global significance" ¶55
    Query("Orinoco Tribune milestone of global significance 1945 liberation", "f78fdcd6", "cross-paragraph"),
    # Word forms: the text has another form
    # "Only years later did he realise that it was the same Younghusband who had led the 1905 British invasion
    # aimed at separating Xizang (Tibet)" ¶521, after "a financial donation from a Colonel Younghusband" (realise
    # → realising)
    Query("Clegg realising the donation came from the Younghusband of the Tibet invasion", "ac7222d4", "word-form"),
    # "China is willing to work with the Belarusian side to shoulder the responsibilities of the times" ¶263
    # (shoulder → shouldering; 424ab945 and 26d64f12 have "shoulder" of other responsibilities)
    Query("Belarus shouldering the responsibilities of the times", "0e5d6094", "word-form"),
    # "Egypt places high importance on its relations with China" ¶413 (places → placing)
    Query("Egypt placing high importance on relations with China", "26d64f12", "word-form"),
    # Another script or romanisation
    # "headmaster of the Shandan Bailie School" ¶483 (and ¶501), "the relative safety of Gansu" ¶485, "the New
    # Zealand internationalist Rewi Alley" ¶495, in Cyrillic
    Query("Шаньдань Бейли Реви Алли Гансу", "ac7222d4", "translit"),
    # "the 2008 publication of James MacManus's biography, 'Ocean Devil'" ¶489, in Cyrillic
    Query("Оушен Девил Джеймс Макманус", "ac7222d4", "translit"),
    # the Hanoi guests "Samdech Techo Hun Sen" ¶154 and "Miguel Díaz-Canel Bermúdez" ¶155 (also ¶161–167), with
    # Thongloun ¶135–183, in Chinese characters (d807680a has Díaz-Canel Bermúdez, without Hun Sen or Thongloun)
    Query("洪森 通伦 贝尔穆德斯", "20f574be", "translit"),
    # "the same Younghusband who had led the 1905 British invasion aimed at separating Xizang (Tibet)" ¶521 in
    # Cyrillic
    Query("Янгхазбенд Сицзан", "ac7222d4", "translit"),
    # "En Shanghái fuimos a una fábrica de robótica … y una fábrica de Lenovo" ¶339 in Cyrillic
    Query("Леново Шанхай", "dde32893", "translit"),
    # Russian (names written in Cyrillic)
    # "the Xinhua News Agency devoted a feature article to the legacy of Eric Liddell" ¶283; "he returned to
    # Tianjin" ¶289; "the Minyuan Stadium" ¶291
    Query("Синьхуа Эрик Лидделл Тяньцзинь Минъюань", "7ab1f62c", "russian"),
    # "the war effort against Hitler …", "a court in Warsaw trying a Nazi …", "the actual Nuremberg Trial" ¶125
    # (b39d8185 lines 39–40 have the Nuremberg trials, without Hitler or Warsaw)
    Query("Гитлер, Варшава и Нюрнберг", "ccf1d4fa", "russian"),
    # Spanish
    # "Loving es miembro del Comité Central de la Organización Socialista Camino de la Libertad" ¶301
    Query("Loving es miembro del Comité Central", "dde32893", "spanish"),
    # "Loving: Se siente sinceramente diferente a las ciudades en los EE. UU., incluso nuestras ciudades más
    # grandes" ¶323
    Query("Sydney Loving: nuestras ciudades más grandes", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "our co-editor Keith Bennett participated …", "all of Tsinghua University" ¶475
    Query("基思·贝内特 清华大学", "ac7222d4", "chinese"),
    # "Lula's initiative …", "the US Trump administration", "Foreign Minister Subrahmanyam Jaishankar, with the
    # absence of Prime Minister Narendra Modi" ¶451
    Query("卢拉 莫迪 特朗普 苏杰生", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # the webinar's "Speakers" ¶361: "Jodie Evans (Co-founder of Code Pink)" ¶365
    Query("@here Code Pink\u200b webinar speakers", "d89fdf72", "mention-noise"),
    # "Freedom Road Socialist Organization, Workers World Party, Black Liberation Alliance and Qiao Collective"
    # ¶547 (dde32893 has Freedom Road, not Qiao)
    Query("<#88> Qiao Collective\u200b Freedom Road", "6710eba1", "mention-noise"),
    # Typos (1–2 edits)
    Query("Orinocco Tribne", "f78fdcd6", "typo"),  # "Orinoco Tribune" ¶49, ¶53
    Query("Younghusbnd Tibbet", "ac7222d4", "typo"),  # "Colonel Younghusband", "Xizang (Tibet)" ¶521
    # "Belarusian President Aleksandr Lukashenko" ¶263, "President Lukashenko" ¶265
    Query("Lukashenco Belarussian", "0e5d6094", "typo"),
    # Names
    # the webinar's speakers ¶363–368: Ken Hammond, Chen Weihua, Jenny Clegg, KJ Noh (ac7222d4 ¶513 has Jenny
    # Clegg alone)
    Query("Chen Weihua KJ Noh Jenny Clegg Ken Hammond", "d89fdf72", "name"),
    # "Cai Qi, … Director of the General Office of the CPC Central Committee, Wang Yi, … Foreign Minister" ¶221
    Query("Wang Yi Foreign Minister Cai Qi General Office", "eca32116", "name"),
    # Phrases
    Query("Illiteracy was rife and disease was common", "6710eba1", "phrase"),  # ¶555
    # "She excoriated the racist and sexist stereotyping that she faced in her professional life" ¶119
    Query("racist and sexist stereotyping in her professional life", "ccf1d4fa", "phrase"),
    # Questions
    # "China's Consulate-General in the Scottish capital Edinburgh writes" ¶273
    Query("which Scottish city has a Chinese Consulate-General?", "7ab1f62c", "question"),
    # "Zhao Leji also paid respects at the Ho Chi Minh Mausoleum and visited Ho Chi Minh's Stilt House" ¶75; the
    # ceremony "at the Ba Dinh Square in Hanoi" ¶73 (20f574be ¶143 has Hanoi, not Zhao Leji's visits)
    Query("where did Zhao Leji pay his respects in Hanoi?", "362ba691", "question"),
    # "George Hogg died of tetanus aged just 30 on 22 July 1945" ¶483
    Query("how old was Hogg when tetanus killed him?", "ac7222d4", "question"),
    # Topics
    # "relations between the parties, states, and peoples of Laos and Cuba have continued to strengthen as
    # strategic partners bound by common ideals" ¶163 (d807680a is China and Cuba)
    Query("Cuba Laos strategic partners common ideals", "20f574be", "topic"),
    # "This webinar will mark the 80th anniversary of Japan's surrender … the contributions of the Chinese and
    # other Asian forces which are forgotten" ¶355
    Query("webinar on Japan's surrender and forgotten Asian forces", "d89fdf72", "topic"),
    # "step up cooperation in such areas as joint scientific research, green energy, medical and health care,
    # emergency management" ¶207
    Query("Uzbekistan emergency management joint scientific research", "3a9fa4ed", "topic"),
    # "the war effort against Hitler …, like the outstanding None Shall Escape the Judgement made in 1944 … a Nazi
    # for his part in the Holocaust" ¶125
    Query("Hitler None Shall Escape Holocaust 1944", "ccf1d4fa", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Hun Manet is Cambodia's prime minister (5a5d8582 ¶243–247); the Daily Worker's editorial is of 1937
    # (ac7222d4 ¶507)
    "Hun Manet Daily Worker",
    # Chen Weihua is a webinar speaker (d89fdf72 ¶364); the Orinoco Tribune reported on Caracas (f78fdcd6 ¶49–53)
    "Chen Weihua Orinoco Tribune",
    # the inauguration in Caracas (f78fdcd6 ¶33, ¶43, ¶53): guests named, no count of people
    "what was the attendance at the Caracas inauguration?",
    # "Nuestros anfitriones nos avisaron contra tomar el tren bala" (dde32893 ¶329); no speed
    "¿a qué velocidad va el tren bala?",
    # Lula's "country holds the current rotating Chair of BRICS" (e065690c ¶451); the next chair is never named
    "which country takes over the BRICS chair after Brazil?",
    # Keith Bennett, co-editor (ac7222d4 ¶475–477, d89fdf72 ¶367); no birthplace
    "where was Keith Bennett born?",
    # Jenny Clegg wrote for SACU (ac7222d4 ¶513) and speaks at the webinar (d89fdf72 ¶366); the Yasukuni Shrine is
    # the joint statement's (b39d8185 line 41)
    "Jenny Clegg Yasukuni Shrine",
    # "Zimbabwean President Emmerson Mnangagwa" (faecd2e1 ¶5–11); no date of taking office
    "when did Mnangagwa become president of Zimbabwe?",
    # Callum Norris wrote the delegation's report (6710eba1 ¶533); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Callum Norris Minyuan Stadium",
    # Maduro (f78fdcd6) in Cyrillic, with Pyongyang, which is nowhere in the corpus
    "Мадуро и Пхеньян",
    # Chow Yun-fat starred in "The Children of Huang Shi" (ac7222d4 ¶491); no Oscar, no award
    "周润发 奥斯卡 获奖",
    # Madbouly is Egypt's prime minister (26d64f12 ¶411–413); Shandan is Hogg's school (ac7222d4 ¶483, ¶501)
    "Madbouly Shandan",
    # Jodie Evans is a webinar speaker (d89fdf72 ¶365); the Tianjin summit is the SCO's (9e49ddff, 26d64f12)
    "Jodie Evans Tianjin summit",
    # Tokayev met Xi in Tianjin (26d64f12 ¶405); the BFI retrospective is Anna May Wong's (ccf1d4fa ¶111)
    "Tokayev BFI retrospective",
    # "At the 1924 Paris Olympics, Eric Liddell captured gold" (7ab1f62c ¶287), for Britain; no Chinese medals
    "how many medals did China win at the 1924 Paris Olympics?",
    # the Hanoi parade (362ba691 ¶73–77, 20f574be ¶143–145): "mass pageantry and grand cultural performances"; no
    # music or composer
    "who wrote the music for the Hanoi parade?",
    # Liddell (7ab1f62c) in Cyrillic: "Who was Liddell's coach?"; no coach is named
    "кто был тренером Лидделла?",
    # Pashinyan (0e5d6094 ¶257–259) and Shandan (ac7222d4 ¶483) in Cyrillic, never connected
    "Пашинян и Шаньдань",
    # Chow Yun-fat played Chen Hansheng (ac7222d4 ¶491); Liddell (李爱锐, 7ab1f62c) is in no film in the corpus
    "周润发 李爱锐",
    # Wonju is 3 edits from Wonsan, where Lavrov spoke of a monument (097182f6 line 7); no naval base anywhere
    "Wonju naval base",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "opened them on 1 May, with a borrowed flag on every green" ¶6; "who call themselves the Mellonby Eight" ¶8;
    # "saw Louis Oosthuizen lift the Claret Jug" ¶13
    Query("borrowed flag Mellonby Eight Oosthuizen", "8ffc9d10", "cross-paragraph"),
    # "She met Alfie Rosewarne" ¶6; "In the great freeze that began on Boxing Day 1962" ¶7; "died peacefully at
    # Treliske" ¶16 (Alfie again ¶15)
    Query("Alfie Rosewarne great freeze Treliske", "fb54c356", "cross-paragraph"),
    # "his son Isambard was carried up the shaft" ¶5; "An exhibition … in St Olave's parish hall" ¶13; "Its
    # founder, the late Osbert Haggas" ¶16
    Query("Isambard Osbert Haggas St Olave's parish hall", "526ddde3", "cross-paragraph"),
    # "Sheffield played Hallam at Sandygate" ¶4; "The Wanderers' oldest member, Septimus Pendleby" ¶14; "walking
    # football for the over-60s" ¶19
    Query("Sandygate Septimus Pendleby walking football", "6eab01eb", "cross-paragraph"),
    # "Киномеханик клуба Пётр Рыжиков" ¶7 (¶8); "выступит киновед Нина Сорокоумова" ¶11; "фильмом «Карнавальная
    # ночь»" ¶16
    Query("Рыжиков Сорокоумова Карнавальная ночь", "2cf47d21", "cross-paragraph"),
    # "有的孩子回家就用竹竿练举枪" ¶7; "'海峰杯'少年气枪赛" ¶10; "今年冬训营将于12月28日至明年1月5日举行" ¶15
    Query("竹竿 冬训营 海峰杯", "5013cddb", "cross-paragraph"),
    # Word forms
    # "The river broke in … and again on 12 January 1828, when six men were drowned and his son Isambard was
    # carried up the shaft on the flood" ¶5 (drowned → drowning)
    Query("Thames Tunnel flood six men drowning", "526ddde3", "word-form"),
    # "Miss Ollivant's log book records the first days: … on the 19th, 'The stove smokes.'" ¶9 (smokes → smoking)
    Query("the stove smoking in Miss Ollivant's log book", "b6e1f74d", "word-form"),
    # "She was on duty on the last bus …, and she kept the ticket rack" ¶9 (kept → keeping, irregular; "keeper"
    # ¶2)
    Query("conductress keeping the ticket rack", "fb54c356", "word-form"),
    # "Alexander Fleming noticed the mould that had killed his staphylococci" ¶4 (noticed → notices, killed →
    # killing)
    Query("Fleming notices mould killing his staphylococci", "8410afd0", "word-form"),
    # "los alumnos del colegio plantaron un tejo junto a la placa; este año plantarán veintidós" ¶13 (plantaron,
    # plantarán → plantan; tejo → tejos)
    Query("los alumnos plantan tejos junto a la placa", "83ccafad", "word-form"),
    # "зал полон, одесскую лестницу смотрят стоя" ¶7 (смотрят → смотрели)
    Query("одесскую лестницу смотрели стоя", "2cf47d21", "word-form"),
    # Another script or romanisation
    # "the ploughman-turned-greenkeeper Hector Mellonby" ¶5 in Cyrillic
    Query("Хектор Меллонби", "8ffc9d10", "translit"),
    # "Marc Brunel's tunnelling shield …, his son Isambard" ¶5 in Cyrillic
    Query("Исамбард Брюнель", "526ddde3", "translit"),
    # "Charles Bannerman scored 165 before retiring hurt" ¶12 (the "Bannerman Supper" ¶14) in Chinese characters
    Query("查尔斯·班纳曼", "f25d60fd", "translit"),
    # "Alexander Fleming noticed the mould" ¶4 in Chinese characters
    Query("亚历山大·弗莱明", "8410afd0", "translit"),
    # "фильма Сергея Эйзенштейна «Броненосец „Потёмкин"»" ¶4 in Latin letters
    Query("Eyzenshteyn Bronenosets Potyomkin", "2cf47d21", "translit"),
    # "镇射击队的老教练周长林" ¶6 (also ¶7, ¶11, ¶13, ¶17) in pinyin
    Query("Zhou Changlin", "5013cddb", "translit"),
    # accents dropped: "un niño llamado Andrés Barreiro" ¶6; "Remedios Albarrán, cronista oficial" ¶19
    Query("Andres Barreiro Remedios Albarran", "83ccafad", "translit"),
    # "won by a Greek water-carrier, Spyridon Louis" ¶12 in Cyrillic
    Query("Спиридон Луис", "89fed1a5", "translit"),
    Query("Мейзи Трегунна", "fb54c356", "translit"),  # "MAISIE TREGUNNA" ¶1, ¶4, ¶16 in Cyrillic
    # Russian
    # "покажут восстановленную копию фильма с живой музыкой" ¶10
    Query("восстановленную копию фильма с живой музыкой", "2cf47d21", "russian"),
    # "С 26 декабря по 10 января в фойе будет открыта выставка старых киноафиш" ¶12
    Query("выставка старых киноафиш в фойе", "2cf47d21", "russian"),
    # "В Озерцовске фильм впервые показали той же весной, 20 апреля, в клубе кожевенной фабрики" ¶6
    Query("первый показ в клубе кожевенной фабрики", "2cf47d21", "russian"),
    # Spanish
    # "Mañana a las doce habrá una ofrenda floral ante la placa de la plaza" ¶9
    Query("ofrenda floral ante la placa de la plaza", "83ccafad", "spanish"),
    # "la exposición «Brazo a brazo», abierta del 29 de noviembre al 11 de enero" ¶8
    Query("«Brazo a brazo» abierta hasta el 11 de enero", "83ccafad", "spanish"),
    # "se colocará una réplica de la placa en la antigua Casa de Expósitos de La Coruña" ¶14
    Query("réplica de la placa en la antigua Casa de Expósitos", "83ccafad", "spanish"),
    # Chinese
    Query("海峰杯 少年气枪赛", "5013cddb", "chinese"),  # 举办"海峰杯"少年气枪赛 ¶10 (少年气枪赛 also ¶12)
    Query("零的突破 奥运图片展", "5013cddb", "chinese"),  # 举办"零的突破"奥运图片展 ¶11
    Query("自选手枪慢射 566环", "5013cddb", "chinese"),  # 男子自选手枪慢射比赛中，许海峰以566环夺冠 ¶4
    # Mentions and zero-width spaces
    # '"We started at noon …," said the club captain, Isla Carrach' ¶10 (and ¶19)
    Query("<@777> Isla Carrach\u200b club captain", "8ffc9d10", "mention-noise"),
    # "how to take apart a barn owl pellet" ¶4; "Owl pellet workshops" ¶2; "the March workshop" ¶16
    Query("@here \u200bowl pellet workshop", "01448b42", "mention-noise"),
    # "The new Corn Exchange was opened … by the Earl, who spoke for forty minutes and was cheered for five" ¶19
    Query("<#42> Corn Exchange\u200b Earl cheered for five", "4111ba5f", "mention-noise"),
    # Typos
    Query("Skelow Water Pollo", "fc29f05d", "typo"),  # "SKELLOW WATER POLO CLUB" ¶1
    Query("Saltenhith Riverside Socity", "526ddde3", "typo"),  # "the Saltenhithe Riverside Society" ¶11, ¶19
    Query("Scalderbey Wanderes", "6eab01eb", "typo"),  # "the Scalderby Wanderers" ¶4
    # Names
    # "The Players' secretary, Peggy Challoner, has seen it eleven times" ¶7
    Query("Peggy Challoner", "bd54a6d3", "name"),
    Query("Reg Haverstock", "89fed1a5", "name"),  # "Club president Reg Haverstock" ¶12
    # Phrases
    Query("lost by two goals and a hat", "6eab01eb", "phrase"),  # the minute book, ¶13
    Query("the owls hear them long before you do", "01448b42", "phrase"),  # ¶18
    Query("She could never remember her own phone number", "fb54c356", "phrase"),  # her daughter Jenna, ¶21
    # Questions
    # "the Thames Tunnel …, which was opened to the public on Saturday 25 March 1843" ¶4
    Query("when was the Thames Tunnel opened to the public?", "526ddde3", "question"),
    # "The annual dinner dance is at the Skellow Arms on Saturday 20 March. Tickets £18 from Gwen Ashtrey" ¶14
    Query("who sells the Skellow dinner dance tickets?", "fc29f05d", "question"),
    # "The Tidemouth Sand Sculpture Festival returns …", "low water on the Saturday is at 1.14pm" ¶18–19
    Query("what time is low water on the Saturday of the sand sculpture festival?", "56d70c2e", "question"),
    # "On 15 March 1877, at Melbourne, Australia and England began the first Test match. … Australia won by 45
    # runs" ¶12
    Query("by how many runs did Australia win the first Test match?", "f25d60fd", "question"),
    # Topics
    # "TIDEMOUTH POOL TURNS THIRTY" ¶3, "will celebrate with a free swim" ¶5, "Birthday week events" ¶9–13
    # (1a5c2028 ¶7 has the opening's free swims, not the birthday)
    Query("Tidemouth pool birthday week free swim", "14a3a620", "topic"),
    # "The Jubilee oak will be planted in the Market Place on 24 June" ¶16
    Query("Jubilee oak planted in the Market Place", "4111ba5f", "topic"),
    # 'Last year's big project here was the "sourdough zoo": I started the culture on 2 March' ¶9
    Query("sourdough zoo culture", "8410afd0", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Dora Pimblett owns Amos's letter (526ddde3 ¶7, ¶11); the sand sculptures are Tidemouth's (56d70c2e)
    "Dora Pimblett sand sculpture",
    # Septimus Pendleby, the Wanderers' oldest member (6eab01eb ¶14, ¶17); water polo is Skellow's (fc29f05d)
    "Septimus Pendleby water polo",
    # Gwen Ashtrey, Skellow's secretary (fc29f05d ¶14, ¶22); the time capsule is the Brockhollow council's (14a3a620
    # ¶16)
    "Gwen Ashtrey time capsule",
    # Priya Ramsbottom, Brockhollow's cabinet member for leisure (14a3a620 ¶15); the Corn Hall is Wellbury's
    # (bd54a6d3 ¶8, 15829799 ¶21)
    "Priya Ramsbottom Corn Hall",
    # Hannah Ollivant taught at Pottersgate from 1891 (b6e1f74d ¶7–9); the Jubilee is Fawdry's of 1887 (4111ba5f
    # ¶14–16)
    "Hannah Ollivant Jubilee",
    # Peggy Challoner, the Players' secretary, has seen The Mousetrap (bd54a6d3 ¶7); Blithe Spirit (15829799 ¶18)
    # names no cast
    "what part did Peggy Challoner play in Blithe Spirit?",
    # "Opening match: Wanderers v Hallam Old Boys" (6eab01eb ¶7) is still to come
    "who won the Scalderby opening match against Hallam Old Boys?",
    # "by the Earl, who spoke for forty minutes and was cheered for five" (4111ba5f ¶19); nothing of what he said
    "what did the Earl say when he opened the Corn Exchange?",
    "who was the contractor for the Fawdry bypass?",  # "The contractor expects …" (4111ba5f ¶5), unnamed
    # "Building began on 3 March last year" (1a5c2028 ¶6); 14a3a620 has visitors and events; no cost anywhere
    "how much did the Tidemouth Leisure Pool cost to build?",
    # "She is survived by two daughters" (fb54c356 ¶15); only Jenna is named (¶21)
    "what was the name of Maisie Tregunna's other daughter?",
    # "will go to see it by coach on Saturday 28 November" (bd54a6d3 ¶6); no hotel
    "which hotel did the Wellbury Players book for the Mousetrap trip?",
    # "The women's team's cup quarter-final is on Sunday 29 February" (fc29f05d ¶8), still to come
    "who won the Skellow women's cup quarter-final?",
    # the first Test (f25d60fd ¶12): Bannerman is Australia's; no captain is named
    "who was England's captain at Melbourne in 1877?",
    # "Willie Park of Musselburgh won it by two strokes" (8ffc9d10 ¶4); no age
    "how old was Willie Park when he won the red belt?",
    # "the Bishop will visit later in the month" (b6e1f74d ¶10), unnamed
    "who was the Bishop who visited Pottersgate?",
    # "The guide, a retired lab technician called Bernard" (8410afd0 ¶12); no surname
    "what is the surname of Bernard, the retired lab technician?",
    "who is the Skellow quizmaster?",  # "same place, same quizmaster" (fc29f05d ¶16), unnamed
    # "six men were drowned" (526ddde3 ¶5), "Fifty thousand people paid a penny" (¶8); no count of tunnellers
    "how many tunnellers worked under Marc Brunel?",
    # Auchterarder is far from Auchenlarig, whose club played with hickory clubs (8ffc9d10 ¶8, ¶14)
    "Auchterarder hickory golf",
    # Tidworth is 4 edits from Tidemouth, whose sand sculpture festival is on the Long Beach (56d70c2e ¶18)
    "Tidworth beach festival",
    "Larchmont owl walks",  # Larchmont is 4 edits from Larchcombe, whose dusk walks go to the owl boxes (01448b42)
    # Saltash is 6 edits from Saltenhithe, whose society marks the tunnel's anniversary (526ddde3)
    "Saltash tunnel anniversary",
    "Озерск кинотеатр",  # Озерск is 3 edits from Озерцовск, whose cinema is «Прибой» (2cf47d21)
    # "играет камерный оркестр музыкальной школы" (2cf47d21 ¶10); no conductor
    "кто дирижировал оркестром в «Прибое»?",
    # "Четвёртый сеанс подряд, зал полон" (2cf47d21 ¶7) is the fourth showing, not the first; no count anywhere
    "сколько зрителей было на первом показе в Озерцовске?",
    # "la salida de la corbeta María Pita …, con el médico Francisco Javier de Balmis" (83ccafad ¶4); no captain
    "¿quién fue el capitán de la corbeta María Pita?",
    "¿cuánto costó la placa de la plaza?",  # the plaque of 1903 (83ccafad ¶9, ¶12–14); no cost
    # in 1903 "el periódico de la comarca reprodujo el discurso del maestro" (83ccafad ¶12): a teacher, unnamed; the
    # "instituto" is where this year's talks are (¶9)
    "¿quién era el director del instituto en 1903?",
    "许海峰 现在 住在 哪里",  # 许海峰 (5013cddb ¶3–5): where he lives now is not said
    # 今年的巴黎奥运会已于7月26日开幕 (5013cddb ¶9): no tickets, no prices
    "巴黎奥运会 开幕式 门票 价格",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind100/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
