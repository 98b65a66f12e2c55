"""A ninety-ninth lookup query set, BLIND (written in the forty-ninth session for the fiftieth round):
committed unscored, scored once at that round's end, then spent; RICH IN UNANSWERABLE QUERIES (its kinds, its
checks and its structure as in tests/queries_blind56.py).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind97.py and tests/queries_blind98.py, the latter
  written at the same time as this one, were not opened and are not part of the check). A throwaway
  script compared the word set of every query (Latin and Cyrillic words lower-cased, accents dropped and
  ё read as е, Chinese by character pairs, a few stop words left out) with every earlier query (some
  thirteen thousand of them), and with the earlier queries of this set, while the set was being written;
  a query sharing more than half of its words with any one of them was replaced. The seeds have been
  queried so often by now that most first drafts (names, phrases, questions, typos and misspelt places
  alike) were near-copies, so most of these seed queries join two or three passages, names or scripts
  that no earlier query joined.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind111/docs, copied as ONE
  corpus into a subfolder blind111/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 5 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 4 + 6
(another inflection or derivation than the text uses, irregular forms too, in English, Russian and
Spanish), translit 5 + 9 (another script or romanisation than the text: Latin names written in Cyrillic
or Chinese characters as a Russian or Chinese newspaper transcribes them, Cyrillic and Chinese names in
Latin letters, pinyin without tones, accents dropped), russian 2 + 3, spanish 2 + 3, chinese 2 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3
(1–2 edits a word), name 3 + 2, phrase 2 + 3, question 3 + 4, topic 3 + 3: 36 + 48 answerable, and
22 + 33 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of the same
article but another passage); a question in the corpus's own words about something it does not say (who
refereed, painted, won, captained or taught; when someone died; how many boats, copies, members,
children or veterans; what time a concert ends or a festival starts; what a trip, a ticket or a paella
cost; which hotel; what someone played or ate); a place the corpus does not hold but spelled close to one
it does (two or more edits from anything real in it); Russian, Spanish and Chinese ones. Each shares one
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
queries it checked that the form the query uses is not in the corpus.

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

# The new-documents corpus is assembled by copying tests/gold/blind111/docs/* into ONE temporary
# corpus folder under the subfolder blind111/: files are then "blind111/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind111/docs",)
NEWDOCS_SUBDIRS = ("blind111",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    # en_auldbrig_courier_arts_digest.txt, split by the loader: the header (¶1–2), the Fringe play (¶5–9), the
    # lottery grant (¶12–14), the reopening (¶17–21); the "----" rules (¶10, ¶15) come out as articles of their
    # own (d7964e89, d7964e89-2, titled by the rule) and the "Auldbrig Courier, <date>" lines (¶4, ¶11, ¶16)
    # belong to none of them
    "33f29845": "AULDBRIG COURIER: ARTS CUTTINGS",
    "a43fa109": "PLAYERS TAKE THEIR BOW ON THE FRINGE",
    "a022e716": "ARTS CENTRE GETS ITS LOTTERY MONEY",
    "07f104cb": "DOORS OPEN AGAIN AT THE MILL",
    "9d8f746d": "BRINKHALLOW SMOKEHOUSE",
    "e01164e3": "DUNNERSIDE ACCORDION CLUB",
    "a03a5243": "FORGEHOLME STEEL WEEK",
    "9a5169e5": "FROM THE PADDLEBOX",
    "94a17b24": "GARLANDSBY MERCURY",
    # en_harkenby_echo_digest.txt, split by the loader: the header (¶1–2), the hull plates (¶5–8), the homecoming
    # (¶11–14), the Mona Lisa (¶17–22); the "----" rules (¶9, ¶15) come out as articles of their own (518d419e,
    # 518d419e-2) and the "Harkenby Echo, <date>" lines (¶4, ¶10, ¶16) belong to none of them
    "e81dd801": "HARKENBY ECHO: THREE CUTTINGS",
    "172d8e1b": "STEAMER'S NEW PLATES ARE ON",
    "97275bc8": "LADY ORMELIE COMES HOME",
    "ee759272": "A HUNDRED YEARS SINCE THE SMILE VANISHED",
    "5ee89abc": "MORAG KINNAIRD",
    "32fcebfb": "QUERNHOLLOW PRIMARY SCHOOL",
    "2cc0fbff": "SALLOWGATE BOROUGH COUNCIL",
    "f1c4a8c4": "THORNCASTLE GAZETTE",
    "578abce7": "WINTLECOMBE ADVERTISER",
    "8d3e5c12": "LA VOZ DE VALDELOBA",
    "55f7a54a": "КРЫЛОВСКИЙ ВЕСТНИК",
    "475e7411": "双桥镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Shared memory of war and perceived Western revisionism serve as ideological glue" line 9; "the Global
    # Development Initiative, Global Security Initiative, and Global Civilization Initiative" line 13; "the 2001
    # Treaty of Good-Neighborliness and Friendly Cooperation" line 47
    Query(
        "ideological glue Global Development Initiative Treaty of Good-Neighborliness", "b39d8185", "cross-paragraph"
    ),
    # "as Vietnamese communist leader Ho Chi Minh once described it in a poem" ¶63; "the 80th anniversary of the
    # August Revolution" ¶65/73; "visited Ho Chi Minh's Stilt House" ¶75; "their swift integration into
    # rehearsals" ¶77 (20f574be ¶143–149 has the August Revolution, without the rest)
    Query("August Revolution poem Stilt House rehearsals", "362ba691", "cross-paragraph"),
    # "greeted at Beijing Railway Station by Cai Qi" ¶221; "General Secretary of the Workers' Party of Korea
    # (WPK)" ¶223, "the founding of the WPK" ¶227; "good comrades who have shared weal and woe" ¶225
    Query("Beijing Railway Station weal and woe Workers' Party of Korea", "eca32116", "cross-paragraph"),
    # "a July event in the Korean city of Wonsan" line 7; "This process, while labor-intensive" line 12; "Japan
    # reportedly called for the exclusion of China's Victory Parade" line 14
    Query("Wonsan Victory Parade exclusion labor-intensive", "097182f6", "cross-paragraph"),
    # "which originally appeared in the Morning Star" ¶111; "Her final defiant words before a firing squad" ¶117;
    # "We have our rigid code of behaviour, of honour" ¶119
    Query("Morning Star firing squad rigid code of behaviour", "ccf1d4fa", "cross-paragraph"),
    # Word forms: the text has another form
    # "will soon benefit from China's zero-tariff treatment, opening a new chapter in bilateral trade" ¶25
    # (opening → opens)
    Query("Congo opens a new chapter in bilateral trade", "faecd2e1", "word-form"),
    # "his department is actively gathering and verifying information" line 4; "The department's work involves
    # meticulous verification of historical records" line 11 (verification → verified, meticulous →
    # meticulously)
    Query("Li Jinxian's department verified historical records meticulously", "097182f6", "word-form"),
    # "the stadium became one of Asia's most advanced sporting venues at the time, hosting international
    # competitions" ¶291 (hosting → hosts)
    Query("the Minyuan stadium hosts international competitions", "7ab1f62c", "word-form"),
    # "The joint statement reflects China's expanding leadership role and Russia's growing reliance on Beijing for
    # economic and diplomatic support" line 13 (reliance → relying)
    Query("Russia relying on Beijing for economic and diplomatic support", "b39d8185", "word-form"),
    # Another script or romanisation
    # "internationalists like George Hogg" ¶477; "Her father, Arthur Clegg" ¶515; in Cyrillic
    Query("Джордж Хогг и Артур Клегг", "ac7222d4", "translit"),
    # "starring … Chow Yun-fat as the legendary Chinese communist Chen Hansheng" ¶491; "his mentor, the New
    # Zealand internationalist Rewi Alley" ¶495; in Cyrillic
    Query("Чоу Юньфат и Реви Элли", "ac7222d4", "translit"),
    # "Queen Mother Norodom Monineath Sihanouk" ¶235/239/241; "met with the King and the Queen Mother at
    # Zhongnanhai" ¶237; in Cyrillic
    Query("Монинеат и Чжуннаньхай", "5a5d8582", "translit"),
    # "durante 10 días visitamos Xi'an, Yan'an, Dunhuang, Jiayuguan y Shanghái" ¶307, "En Jiayuguan, visitamos
    # JISCO" ¶335, "Fuimos para Yan'an" ¶315; in Cyrillic (6710eba1 has Yan'an, ¶535/557, not Jiayuguan)
    Query("Цзяюйгуань и Яньань", "dde32893", "translit"),
    # "Ken Hammond (Historian and China scholar)" ¶363; "Keith Bennett (Co-editor of Friends of Socialist China)"
    # ¶367; in Chinese characters (ac7222d4 has Keith Bennett, ¶475, not Ken Hammond)
    Query("肯·哈蒙德 基思·贝内特", "d89fdf72", "translit"),
    # Russian (names written in Cyrillic)
    # "convened and chaired by Brazilian President Luiz Inácio Lula da Silva" ¶451; "Iranian President Masoud
    # Pezeshkian" ¶451; "Foreign Minister Subrahmanyam Jaishankar" ¶451
    Query("Лула да Силва, Масуд Пезешкиан и Джайшанкар", "e065690c", "russian"),
    # "President Nicolás Maduro … inaugurate a monument in the capital Caracas" ¶33; "originally published in
    # Spanish by Telesur" ¶49
    Query("Николас Мадуро, Каракас и Телесур", "f78fdcd6", "russian"),
    # Spanish
    # "Lo lograron con el planeo central y la movilización en masa" ¶319; "la siguiente fase es la 'prosperidad
    # común'" ¶341
    Query("el planeo central y la prosperidad común", "dde32893", "spanish"),
    # "Lo lograron con el planeo central y la movilización en masa" ¶319; "los generales de terracota y las
    # estatuas de mujeres nobles estaban rollizos" ¶313
    Query("la movilización en masa y los generales de terracota", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    # "Anna May Wong (real name Wong Liu Tsong)" ¶115 (黄柳霜); "David Horsley" ¶111/123; "Claudia Jones" ¶123
    Query("黄柳霜 克劳迪娅·琼斯 大卫·霍斯利", "ccf1d4fa", "chinese"),
    # "Kim Jong Un was greeted at Beijing Railway Station by … Wang Yi, … Yin Yong, Mayor of Beijing" ¶221
    Query("金正恩 王毅 殷勇", "eca32116", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "His remarks, reported by RIA Novosti" line 2; "Japan, which has historically taken a contentious stance"
    # line 13
    Query("<@3141> RIA Novosti\u200b contentious stance", "097182f6", "mention-noise"),
    # "President Xi Jinping and his wife Peng Liyuan met with the King" ¶237; "the path of friendship opened by
    # the older generation of Chinese and Cambodian leaders" ¶245
    Query("@here Peng Liyuan\u200b older generation", "5a5d8582", "mention-noise"),
    # Typos (1–2 edits)
    Query("Shehbaz Sharief", "3a9fa4ed", "typo"),  # "Pakistani Prime Minister Shehbaz Sharif" ¶211
    Query("Thongloun Sisulith", "20f574be", "typo"),  # "Thongloun Sisoulith" ¶135/153/171
    # "Kazakhstan President Kassym-Jomart Tokayev" ¶405 (Tokayev → Tokaiev, 1 edit)
    Query("Kassym-Jomart Tokaiev Kazakhstan", "26d64f12", "typo"),
    # Names
    # "internationalists like George Hogg" ¶477; "a Colonel Younghusband" ¶521; "the Levellers took a stand"
    # ¶517
    Query("George Hogg Younghusband Levellers", "ac7222d4", "name"),
    # "Lady From Chungking is an anti-imperialist classic" ¶113/129; "a booklet on the life of Claudia Jones" ¶123
    Query("Claudia Jones Lady From Chungking", "ccf1d4fa", "name"),
    # "Sydney Loving" ¶297–345; "visitamos JISCO" ¶335; "una fábrica de Lenovo" ¶339
    Query("Sydney Loving JISCO Lenovo", "dde32893", "name"),
    # Phrases
    # "It links their wartime alliance of the 1940s to a contemporary partnership grounded in shared historical
    # narratives" line 3
    Query("a contemporary partnership grounded in shared historical narratives", "b39d8185", "phrase"),
    # Mnangagwa: "After 45 years of development, Zimbabwe-China relations have become increasingly mature and
    # resilient." ¶11
    Query("Zimbabwe-China relations have become increasingly mature and resilient", "faecd2e1", "phrase"),
    # Questions
    # "The Republic of the Congo is the first country to reach an early harvest arrangement with China … and will
    # soon benefit from China's zero-tariff treatment" ¶25
    Query("what will the Republic of the Congo soon benefit from?", "faecd2e1", "question"),
    # "The Russian President's website further quoted him as saying: 'Our ancestors, fathers and grandfathers
    # paid an enormous price'" ¶195
    Query("what did the Russian President's website quote Putin saying about ancestors?", "c061f0a1", "question"),
    # "Crown Prince of Abu Dhabi Khaled bin Mohamed representing the United Arab Emirates (UAE)" ¶451
    Query("who represented the United Arab Emirates at the BRICS summit?", "e065690c", "question"),
    # Topics
    # "followed by the Shanghai Cooperation Organisation Plus meeting" ¶425; "the three forces of terrorism,
    # separatism and extremism" ¶433
    Query("SCO Plus meeting three forces of terrorism", "9e49ddff", "topic"),
    # "remove Cuba from the arbitrary 'list of state sponsors of terrorism'" ¶101; "the economic, commercial and
    # financial blockade" ¶101; "Mao Zedong and Fidel Castro Ruz" ¶93
    Query("list of state sponsors of terrorism blockade Fidel Castro Ruz", "d807680a", "topic"),
    # "- Preventing the Resurgence of Extremism: Oppose any revival of Nazism, militarism, or racial supremacy
    # ideologies" line 38
    Query("preventing the resurgence of extremism", "b39d8185", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Li Jinxian spoke of memorial sites in Russia (097182f6 lines 1–4); the Yasukuni Shrine is the joint
    # statement's (b39d8185 line 41)
    "Li Jinxian Yasukuni Shrine",
    # Sydney Loving's delegation went to Xi'an, Yan'an, Dunhuang, Jiayuguan and Shanghai (dde32893 ¶307); the
    # Minyuan Stadium is Liddell's, in Tianjin (7ab1f62c ¶291)
    "Sydney Loving Minyuan Stadium",
    # To Lam met Zhao Leji in Vietnam (362ba691 ¶67–69) and welcomed Thongloun in Hanoi (20f574be ¶145); Zhongnanhai
    # is where Xi met the Cambodian King (5a5d8582 ¶237)
    "To Lam received at Zhongnanhai",
    # the Noraa fought in northeastern China (097182f6 lines 2–3); Jiayuguan is in Gansu (dde32893 ¶333–335)
    "Noraa guerrillas in Jiayuguan",
    # the Chinese Modernisation Forum was at Tsinghua (ac7222d4 ¶475); the "70-Year Common Victory" seminar was
    # the CPC's and the CPRF's, in the Russian city Liu Qibao visited (054ef6fb line 4)
    "Tsinghua University Khabarovsk seminar",
    # Wonsan (097182f6 line 7) and Khabarovsk (054ef6fb lines 6, 12); no ferry anywhere
    "Wonsan Khabarovsk ferry route",
    # Telesur first published the Caracas article in Spanish (f78fdcd6 ¶49); Botswana is one of the delegates'
    # examples (6710eba1 ¶537); no correspondent
    "Telesur correspondent in Botswana",
    # Bloomberg reported Lula (e065690c ¶463); Hun Manet met Xi in Tianjin (5a5d8582 ¶243–247); no interview
    "Bloomberg interview with Hun Manet",
    # Kim Il Sung reviewed the 1959 parade (eca32116 ¶219); the Minyuan Stadium is Liddell's (7ab1f62c ¶291)
    "Kim Il Sung Minyuan Stadium visit",
    # Liddell ran, taught and preached (7ab1f62c ¶285–291); no instrument
    "what instrument did Eric Liddell play?",
    # Zheng Bofei wrote the Xinhua feature with Jin Jing (7ab1f62c ¶287); no award
    "Zheng Bofei award for journalism",
    # KJ Noh, "Journalist, writer and educator" (d89fdf72 ¶368); no podcast
    "KJ Noh podcast episodes",
    # Keith Bennett's visit (ac7222d4 ¶475) and Xi's lunch in the Great Hall (38a7d84f ¶385): never joined, no
    # menu
    "what did Keith Bennett eat at the Great Hall lunch?",
    # Khurelsukh Ukhnaa met Xi in Beijing (c061f0a1 ¶187/197–199); no horses
    "Khurelsukh Ukhnaa horse race",
    # "Black Liberation Alliance and Qiao Collective" (6710eba1 ¶547); no founding year
    "which year did Qiao Collective form?",
    # Younghusband "had led the 1905 British invasion" (ac7222d4 ¶521); no photographs
    "Younghusband expedition photographs",
    # Maracay is 2 edits from Caracas (f78fdcd6); the only stadium is the Minyuan (7ab1f62c ¶291)
    "Maracay baseball stadium",
    # Liu Qibao visited one veteran, Lev Abramov (054ef6fb line 14); the seminar (line 4) has no attendance
    "сколько ветеранов пришло на семинар в Хабаровске?",
    # Lavrov spoke in Wonsan (097182f6 line 7); Maduro in Caracas (f78fdcd6); never together
    "Лавров и Мадуро в Каракасе",
    # "los museos y sitios estaban llenos de niños, ancianos y familias" (dde32893 ¶325); no count
    "¿cuántos niños había en el museo de Xi'an?",
    # Hogg (何克) is in ac7222d4; the one film is the feature "The Children of Huang Shi" (¶491), no director
    # named and no documentary
    "何克 纪录片 导演",
    # "greeted at Beijing Railway Station" (eca32116 ¶221); no train or platform
    "金正恩 专列 停靠 几号站台",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "cured herring over oak sawdust" ¶4; "closed to visitors on 14 and 15 June, when the kiln floor is relined"
    # ¶8; "Adults £4, children £2, family ticket £10" ¶23
    Query("oak sawdust kiln floor relined family ticket", "9d8f746d", "cross-paragraph"),
    # "the club has since trained in the back room of the Lugger Inn" ¶7; "a sponsored skip on 13 and 14 March"
    # ¶9; "Club treasurer Sandra Quilley" ¶16
    Query("Lugger Inn sponsored skip Sandra Quilley", "94a17b24", "cross-paragraph"),
    # "turning a copper disc between the poles of a great horseshoe magnet" ¶6; "two rooms over the Friar Street
    # saddlery" ¶9; "the Institute's archivist, Frances Tolmie" ¶13
    Query("Frances Tolmie saddlery horseshoe magnet", "578abce7", "cross-paragraph"),
    # "a Hallowe'en 'ghost strike' competition" ¶7; "laid today by Mrs Harriet Corsbie" ¶16; "Last week's
    # Michaelmas hiring fair" ¶18 (¶15–18 is one block, without the ghost strike)
    Query("ghost strike Harriet Corsbie hiring fair", "f1c4a8c4", "cross-paragraph"),
    # "Галина Петровна Свирцева" ¶10 (also ¶17); "мы держали козу" ¶11; "ветеранам аэропорта вручат памятные
    # знаки" ¶16 (¶6–13 and ¶15–20 are the two blocks)
    Query("Свирцева козу памятные знаки", "55f7a54a", "cross-paragraph"),
    # 郭沫若的书面讲话《科学的春天》 ¶7; 县科技馆的科普大篷车 ¶14 (二十年前是科学的春天 ¶19, without 郭沫若)
    Query("郭沫若 科学的春天 科普大篷车", "475e7411", "cross-paragraph"),
    # Word forms
    # "a float on the starboard wheel worked loose and we limped in to cheers" ¶10 (limped → limping)
    Query("starboard wheel float loose, limping in to cheers", "9a5169e5", "word-form"),
    # "Clay went down at the end of the fourth round" ¶5 (went → goes, irregular)
    Query("Clay goes down at the end of the fourth round", "94a17b24", "word-form"),
    # "Its first work party … pulled two prams and a motorbike out of the basin" ¶7 (pulled → pulling)
    Query("pulling two prams and a motorbike out of the canal basin", "5ee89abc", "word-form"),
    # "The painting was not even missed until the next day, the 22nd" ¶19 (missed → missing)
    Query("nobody missing the painting until the next day", "ee759272", "word-form"),
    # "la peña repartió una paella para seiscientas personas" ¶10 (repartió → reparte)
    Query("la peña reparte una paella para seiscientas personas", "8d3e5c12", "word-form"),
    # "помнит, как в детстве бегала на луг встречать самолёты" ¶10 (бегала → бегать)
    Query("бегать на луг встречать самолёты", "55f7a54a", "word-form"),
    # Another script or romanisation
    Query("Айла Фэрли", "a43fa109", "translit"),  # "the Players' director, Isla Fairlie" ¶8, in Cyrillic
    # "The centre's director, Calum Brogan" ¶20, in Cyrillic
    Query("Калум Броган", "07f104cb", "translit"),
    # "Галина Петровна Свирцева" ¶10 in Latin letters
    Query("Galina Svirtseva", "55f7a54a", "translit"),
    # 物理教师韦德昌 ¶8 (also ¶9, ¶13) in pinyin
    Query("Wei Dechang", "475e7411", "translit"),
    # "since Michael Faraday, in the basement laboratory of the Royal Institution" ¶4, in Chinese characters
    Query("迈克尔·法拉第", "578abce7", "translit"),
    # "the Mona Lisa was stolen from the Louvre" ¶18, in Chinese characters
    Query("蒙娜丽莎 卢浮宫", "ee759272", "translit"),
    # "since Louis Braille was born, on 4 January 1809" ¶9, in Cyrillic
    Query("Луи Брайль", "32fcebfb", "translit"),
    # accents dropped: "La Peña Deportiva Valdeloba celebrará" ¶6
    Query("Pena Deportiva Valdeloba", "8d3e5c12", "translit"),
    # "Harry Brearley cast a steel with about thirteen per cent chromium" ¶4, in Cyrillic
    Query("Гарри Брирли", "a03a5243", "translit"),
    # Russian
    # "в краеведческом музее будет работать выставка «Небо над Сенным лугом»" ¶18
    Query("выставка «Небо над Сенным лугом» в краеведческом музее", "55f7a54a", "russian"),
    # "открылась первая регулярная пассажирская авиалиния Москва — Нижний Новгород" ¶8
    Query("первая пассажирская авиалиния Москва — Нижний Новгород", "55f7a54a", "russian"),
    # "можно будет посидеть в кабине самолёта и подняться на вышку" ¶17
    Query("посидеть в кабине самолёта и подняться на вышку", "55f7a54a", "russian"),
    # Spanish
    # "Aquella noche la peña instaló una pantalla gigante en la plaza Mayor" ¶7 (also ¶13, "la pantalla volverá a
    # la plaza Mayor")
    Query("pantalla gigante en la plaza Mayor", "8d3e5c12", "spanish"),
    # "una mesa redonda en la Casa de Cultura con tres socios que viajaron a Viena en autobús" ¶12
    Query("mesa redonda con socios que viajaron a Viena en autobús", "8d3e5c12", "spanish"),
    # "Valdeloba acogerá por primera vez el encuentro regional de peñas deportivas" ¶18
    Query("encuentro regional de peñas deportivas", "8d3e5c12", "spanish"),
    # Chinese
    Query("科学技术是生产力 邓小平", "475e7411", "chinese"),  # 邓小平同志在开幕式上指出"科学技术是生产力" ¶7
    Query("天文望远镜和显微镜", "475e7411", "chinese"),  # 学生可以亲手操作天文望远镜和显微镜 ¶14
    Query("科普画廊 正式对外开放", "475e7411", "chinese"),  # 新建的科普画廊将正式对外开放 ¶17
    # Mentions and zero-width spaces
    # "The festival ends with the grand kipper breakfast on the quay" ¶16
    Query("<@8812> kipper breakfast\u200b on the quay", "9d8f746d", "mention-noise"),
    # "LEAP DAY TEA DANCE: Sunday 29 February, 2.30 to 5.30pm, at the Oddfellows' Hall" ¶9
    Query("<@5150> Leap Day\u200b tea dance Oddfellows' Hall", "e01164e3", "mention-noise"),
    # "Schools' days at the Cutlers' Museum: 'Make a knife handle'" ¶10
    Query("<#77> Cutlers' Museum\u200b make a knife handle", "a03a5243", "mention-noise"),
    # Typos
    Query("Dunnerside Acordion Clubb", "e01164e3", "typo"),  # "DUNNERSIDE ACCORDION CLUB" ¶1
    Query("Brinkhalow smokehose", "9d8f746d", "typo"),  # "BRINKHALLOW SMOKEHOUSE" ¶1
    Query("Thorncastel Gazete", "f1c4a8c4", "typo"),  # "THORNCASTLE GAZETTE" ¶1
    # Names
    # "said the society's chairman, Trevor Acklam" ¶7 (the Mona Lisa cutting's chairman is Glenys Nuttgens, ¶21)
    Query("Trevor Acklam", "172d8e1b", "name"),
    # "Her husband, the marine engineer Callum Kinnaird" ¶14
    Query("Callum Kinnaird", "5ee89abc", "name"),
    # Phrases
    # Cottingley's diary: "To London by the Mail, to hear Mr Faraday make a current from a magnet. The whole room
    # gasped." ¶8
    Query("the whole room gasped", "578abce7", "phrase"),
    # Cllr Priya Lanfranc: "Instead the air cleared, and the pubs are still here." ¶11
    Query("Instead the air cleared, and the pubs are still here", "2cc0fbff", "phrase"),
    # "'I cried, and then I did the sums on the water in the gondolas,' she said." ¶9
    Query("I did the sums on the water in the gondolas", "5ee89abc", "phrase"),
    # Questions
    # "Last year's Christmas Fair raised £1,240; this year's, on 29 November, raised £1,615" ¶15
    Query("how much did this year's Quernhollow Christmas Fair raise?", "32fcebfb", "question"),
    # "the Lochgarvie Canal Society was founded that night, Thursday 21 September 1972" ¶6
    Query("when was the Lochgarvie Canal Society founded?", "5ee89abc", "question"),
    # "The Forgeholme Blade Show in the Market Hall: forty makers, from pocket knives to surgical instruments" ¶13
    Query("how many makers are in the Forgeholme Blade Show?", "a03a5243", "question"),
    # "launched on the Clyde on 14 April 1931" ¶6 (172d8e1b ¶8 has a boiler appeal "launched on 1 June")
    Query("when was the Lady Ormelie launched?", "9a5169e5", "question"),
    # Topics
    # "TEN YEARS OF SMOKE-FREE SALLOWGATE" ¶4; "ten years since the smoke-free law came into force in England" ¶6
    Query("smoke-free law ten years on", "2cc0fbff", "topic"),
    # "The old Auldbrig corn mill will become an arts centre after the Arts Council confirmed a lottery grant"
    # ¶13 (07f104cb is the same centre reopening in 2021, with no grant)
    Query("lottery grant for an arts centre in the old corn mill", "a022e716", "topic"),
    # "LADY ORMELIE COMES HOME … to welcome the Lady Ormelie back to Harkenby" ¶11–12; the blog remembers the same
    # day: "Twenty years ago today the Lady Ormelie came home" (9a5169e5 ¶5)
    Query("paddle steamer Lady Ormelie comes home to Harkenby", "97275bc8", "topic", also=("9a5169e5",)),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Isla Fairlie directs the Auldbrig Players (a43fa109 ¶8); the Falkirk Wheel is Morag Kinnaird's (5ee89abc ¶8)
    "Isla Fairlie Falkirk Wheel",
    # Trevor Acklam chaired the steamer society in 1988 (172d8e1b ¶7); the Mona Lisa copy on a deck plank is the
    # art society chairman Glenys Nuttgens's (ee759272 ¶21)
    "Trevor Acklam Mona Lisa copy",
    # Gerry Moxham kept the Maltkiln Vaults (2cc0fbff ¶7); the boxing dinner was Garlandsby's (94a17b24 ¶9)
    "Gerry Moxham boxing dinner",
    # Maureen Haxby played at the accordion club's social (e01164e3 ¶4); the herring festival is Brinkhallow's
    # (9d8f746d ¶15)
    "Maureen Haxby herring festival",
    # Dr Rosalind Staniforth lectures on "Brearley's Rustless Steel" (a03a5243 ¶11); the Faraday lecture is Frances
    # Tolmie's (578abce7 ¶13)
    "Rosalind Staniforth Faraday lecture",
    # "The Man Who Stole a Smile", a talk about the thief Vincenzo Peruggia (ee759272 ¶22); no trial
    "Vincenzo Peruggia trial and sentence",
    # the ten-pin lanes are the Thorncastle Bowl's (f1c4a8c4 ¶6); Harkenby has the steamer and the pier
    "Harkenby ten-pin bowling lanes",
    # "in the fifth the referee stopped it for Henry's cut eye" (94a17b24 ¶5); the referee is not named
    "who was the referee in the Cooper–Clay fight at Wembley?",
    # "laid up in Corvey Creek after her last sailing on 29 September 1971" (9a5169e5 ¶6); no captain named
    "who was the Lady Ormelie's captain on her last sailing in 1971?",
    # "SUMMER CONCERT: Saturday the 22nd of May, 7pm, in St Oswin's church, with the Dunnerside Ladies' Choir"
    # (e01164e3 ¶13); no end time
    "what time will the Dunnerside Ladies' Choir concert end?",
    # "in a church hall off the Royal Mile" (a43fa109 ¶6); no hotel anywhere
    "which hotel did the Auldbrig Players stay at in Edinburgh?",
    # "an exhibition of members' copies, 'Mona Lisa Returns'" (ee759272 ¶20); no count
    "how many copies are in the Mona Lisa Returns exhibition?",
    # "a public meeting on Tuesday the 17th would choose its first librarian" (f1c4a8c4 ¶17); not named
    "who did the public meeting choose as Thorncastle's librarian?",
    # "Len, who had bought the tickets with his first week's wages" (94a17b24 ¶4); no sum
    "how much were Len Fennimore's first week's wages?",
    # "The competition itself is on Saturday 8 May, judged this year by Ilse Varga" (e01164e3 ¶12); still to come
    "who won the Dunnerside solo trophy?",
    # "'Musette and Waltz', with a visiting tutor from Lille" (e01164e3 ¶15); not named
    "who is the visiting tutor from Lille?",
    # "Morag was aboard the society's boat in the first flotilla" (5ee89abc ¶9); no count
    "how many boats were in the first flotilla through the Falkirk Wheel?",
    # Harry Brearley cast the steel in 1913 (a03a5243 ¶4); no death
    "when did Harry Brearley die?",
    # the Mona Lisa (ee759272) is stolen, missed and copied; its painter is never named (Glenys Nuttgens "has
    # painted hers", ¶21)
    "which artist painted the Mona Lisa originally?",
    # "the club was founded in 1990 by six players" (e01164e3 ¶17); no membership count
    "how many members does the Dunnerside Accordion Club have?",
    # "extra evening trips on 4 and 5 June for the Harkenby Sea Festival" (9a5169e5 ¶12); no time
    "what time does the Harkenby Sea Festival start?",
    # Brinkhill is 3 edits from Brinkhallow, whose smokehouse has the kipper days (9d8f746d)
    "Brinkhill smokehouse kipper",
    # Winchcombe is 3 edits from Wintlecombe, whose Institute repeats the Faraday ring experiment (578abce7)
    "Winchcombe Faraday ring",
    # Lochgilphead is not in the corpus; the canal society and its trip boat are Lochgarvie's (5ee89abc ¶6/11)
    "Lochgilphead canal society boat trips",
    # Quernmore is 4 edits from Quernhollow, whose nativity (three tickets a family) is on 16 and 17 December
    # (32fcebfb ¶6)
    "Quernmore school nativity tickets",
    # Valdemoro is 3 edits from Valdeloba, whose Peña Deportiva puts a screen in the plaza Mayor (8d3e5c12 ¶7/13)
    "Valdemoro peña deportiva pantalla en la plaza",
    # Кировск is 3 edits from Крыловск, whose airfield held last year's авиапраздник (55f7a54a ¶13)
    "Кировск авиапраздник",
    # "Первый почтовый самолёт сел на Сенном лугу 12 августа 1934 года" (55f7a54a ¶9); no pilot named
    "кто был пилотом первого почтового самолёта?",
    # "пассажирские рейсы в областной центр" (55f7a54a ¶9); no fare
    "сколько стоил билет на рейс в областной центр?",
    # the final, "con el gol de Fernando Torres" (8d3e5c12 ¶6); no goalkeeper named
    "¿quién era el portero de España en la final de Viena?",
    # "El 1 de julio, … la peña repartió una paella para seiscientas personas" (8d3e5c12 ¶10); no cost
    "¿cuánto costó la paella del 1 de julio?",
    # 县科技馆的科普大篷车 (475e7411 ¶14); no ticket or price
    "大篷车 门票 价格 多少",
    # 柑橘嫁接示范园 (475e7411 ¶16); no area
    "柑橘嫁接示范园 面积 多大",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind111/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
