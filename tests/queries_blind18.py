"""An eighteenth lookup query set, and a BLIND one: it is the set for the seventh round. It is
committed unscored and is to be scored once, later; the search must not be tuned on it (a score
taken after tuning on it would be in-sample and worthless as a blind measure).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and tests/queries_blind.py … tests/queries_blind17.py; no query here is a
  copy or near-copy of a query in those files. A throwaway script compared the word set of every
  query (Latin and Cyrillic words, accents folded, Chinese by character pairs, a few stop words left
  out, and once more with them kept) with every earlier query, while the set was being written; a
  query sharing more than half of its words with any one earlier query was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind30/docs, copied as ONE
  corpus into a subfolder blind30/ (see NEWDOCS_DIRS). No earlier query set used these documents;
  the same near-copy check was run on them against every earlier query anyway.

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 9 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 6 + 8
(the query uses another form of a word the text uses, in both directions and including irregular
forms: congratulations/congratulating, paid/paying, overcoming/overcame, commends/commending,
compared/comparison, design/designed, passed/passing, auctioned/auction, electrified/
electrification, unveiled/unveiling, спасли/спасение, led/leading, rode/riding,
inauguró/inauguración), translit 5 + 7 (another script or romanisation than the text: Wade-Giles
and postal romanisations for pinyin, Cyrillic and Chinese characters for Latin-script names, Latin
for Cyrillic, pinyin for Chinese, accents dropped), russian 3 + 3, spanish 3 + 3, chinese 2 + 3,
mention-noise 3 + 4 (Discord/Telegram mentions and zero-width spaces around the real words), typo
3 + 4 (1–2 edits), name 3 + 4, phrase 3 + 4, question 3 + 4, topic 4 + 5: 45 + 58 answerable, and
10 + 16 unanswerable. Every answerable query is answerable from the documents' own words in some
form, spelling or script (names in another script are transcriptions by sound); none needs a
translation of a common noun or a synonym the text never uses, and none names a country in another
language.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full (the others skimmed).
Each query was then written from a passage of its article, and every word of it (and a stem of it,
for the other forms) was matched over the whole corpus, case- and accent-insensitively (ё as е), by a
throwaway script that listed every article and paragraph holding it; those paragraphs were read to
decide which article a reader wants first (`best`) and which others are fair answers too (`also`).
For cross-paragraph queries the same script checked that no paragraph (title line included) holds
all of the query's words. The unanswerable queries share one or more words with their corpus on
purpose; every article mentioning those words was read to confirm that none answers the query.

The search engine was never run on these queries, and its code (bot/), adapters/, bench/ and docs/
were not read while writing them. Article ids come from `memorial-bot articles --json` (the document
loader), run on seeds/ and on a folder built as build_newdocs_corpus builds it.
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

# The new-documents corpus is assembled by copying tests/gold/blind30/docs/* into ONE temporary
# corpus folder under the subfolder blind30/: files are then "blind30/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind30/docs",)
NEWDOCS_SUBDIRS = ("blind30",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "479f64b8": "Ashwell Courier — From our archives",
    "fd241d9c": "Brackmoor fire station marks half a century on Station Road",
    "df7cc2e0": "Dale Cheese & Dairy Fair — visitor leaflet",
    "65cca151": "Silver birthday for the Corn Exchange market hall",
    "3fbc251c": "Ellingham Library — Friends' Bulletin, Spring",
    "6b8ebb74": "NEW ENGINE FOR HOLLIN CROSS",
    "4d56bda9": "RECRUITS PASS OUT",
    "ddae6eb9": "FLOOD CREWS THANKED",
    "ee36f6fa": "Hollin District Council — Notice of Election",
    "9d14405e": "NEW HALL FOR THE CORN EXCHANGE MARKET",
    "f1567b02": "FARMERS' MARKET COMES TO THE SQUARE",
    "d17e687e": "MARKET TRADERS VOTE TO STAY",
    "8d8bb5c2": "Putting the Town Hall clock right — a volunteer's blog",
    "135cf208": "Walter Hibbs, station officer, 1921–2004",
    "caae8ba1": "El Mercado de Abastos de San Bartolo cumple cuarenta años",
    "702aa7fe": "Пожарной части Озёрска — 50 лет",
    "e0d2b8c2": "青石镇农贸市场迎来开业20周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    Query("Rewi Alley Shandan Bailie", "ac7222d4", "cross-paragraph"),  # Alley ¶495; the school ¶483/501
    Query("Padrino Telesur", "f78fdcd6", "cross-paragraph"),  # the defence minister ¶33/53; Telesur ¶49
    Query("JISCO Lenovo", "dde32893", "cross-paragraph"),  # the steel company ¶335; the factory ¶339
    Query("Luong Cuong Stilt House", "362ba691", "cross-paragraph"),  # the president ¶71; the house ¶75
    Query("Twm Draper Salt Tower", "6710eba1", "cross-paragraph"),  # the author ¶533; the solar plant ¶539
    # the nickname ¶285; the Burmese battlefield ¶275
    Query("Flying Scotsman Burmese battlefield", "7ab1f62c", "cross-paragraph"),
    # 001 line 14 the veteran Lev Abramov; Khabarovsk lines 6 and 12
    Query("Abramov veteran Khabarovsk", "054ef6fb", "cross-paragraph"),
    # Word forms: another form of a word the text uses
    # ¶149 "the Lao leader offered congratulations to Vietnam"
    Query("the Lao leader congratulating Vietnam", "20f574be", "word-form"),
    # ¶75 "Zhao Leji also paid respects at the Ho Chi Minh Mausoleum"
    Query("Zhao Leji paying respects at the Mausoleum", "362ba691", "word-form"),
    # ¶99 "the Cuban people persevere … overcoming all difficulties"
    Query("Cuban people overcame difficulties", "d807680a", "word-form"),
    # ¶199 "Mongolia highly commends China's commitment to … neighbourhood diplomacy"
    Query("Khurelsukh commending neighbourhood diplomacy", "c061f0a1", "word-form"),
    # ¶37 "He compared this achievement to the victory of the Soviet Red Army" (Maduro ¶35)
    Query("Maduro's comparison with the Soviet Red Army", "f78fdcd6", "word-form"),
    # ¶291 "helping to design and promote the Minyuan Stadium"
    Query("Liddell designed the Minyuan Stadium", "7ab1f62c", "word-form"),
    # Other scripts and other romanisations
    Query("Ch'en Han-sheng", "ac7222d4", "translit"),  # Wade-Giles of Chen Hansheng ¶491
    Query("Лан Ху", "f78fdcd6", "translit"),  # Ambassador Lan Hu ¶33/43/53
    # postal romanisations of Yan'an and Gansu: 6710eba1 ¶535/557 and ¶549; dde32893 ¶307/315 and
    # ¶333 (in Spanish); ac7222d4 ¶485 has Gansu only
    Query("Yenan Kansu", "6710eba1", "translit", also=("dde32893",)),
    Query("克劳迪娅·琼斯", "ccf1d4fa", "translit"),  # Claudia Jones in Chinese characters ¶123
    Query("Кейсон Фомвихан", "20f574be", "translit"),  # President Kaysone Phomvihane ¶167
    # Russian (names in Cyrillic; the seed text has no Russian)
    Query("Эммерсон Мнангагва", "faecd2e1", "russian"),  # Emmerson Mnangagwa ¶5/11
    Query("Цай Ци", "eca32116", "russian"),  # Cai Qi greets Kim Jong Un ¶221
    Query("Майкл Линдси", "ac7222d4", "russian"),  # Michael Lindsay, 2nd Baron Lindsay of Birker ¶501
    # Spanish
    Query("escuelas rurales tecnología avanzada", "dde32893", "spanish"),  # ¶339
    Query("mentiras estilo Guerra Fría", "dde32893", "spanish"),  # ¶309
    Query("reducir la producción de carbón", "dde32893", "spanish"),  # ¶335
    # Chinese (names in characters; the only Chinese text is b39d8185 line 20)
    # Dunhuang ¶307/335, Jiayuguan ¶307/335; 6710eba1 ¶537/539 has Dunhuang only
    Query("敦煌 嘉峪关", "dde32893", "chinese", also=("6710eba1",)),
    Query("山丹 培黎", "ac7222d4", "chinese"),  # the Shandan Bailie School ¶483/501
    # Chat mentions around the real words
    # ¶497 "to work with Gung Ho [the Chinese Industrial Cooperatives]"
    Query("<@987654321> Gung Ho Industrial Cooperatives", "ac7222d4", "mention-noise"),
    Query("<@!4242> Sydney Loving Iskra", "dde32893", "mention-noise"),  # ¶305
    Query("@here debt traps Botswana Nepal", "6710eba1", "mention-noise"),  # ¶537
    # Typos
    Query("Callum Noris", "6710eba1", "typo"),  # Callum Norris ¶533
    Query("Prabowo Subianta", "e065690c", "typo"),  # Prabowo Subianto ¶451
    Query("Mostafa Madbuoly", "26d64f12", "typo"),  # Mostafa Madbouly ¶405/411/413
    # Names
    Query("Samdech Techo Hun Sen", "20f574be", "name"),  # ¶154
    Query("Jin Jing Xinhua correspondent", "7ab1f62c", "name"),  # ¶287 (Xinhua also ¶283)
    Query("Fico NATO member", "faecd2e1", "name"),  # Fico ¶13/19; Slovakia the only NATO member ¶21
    # Phrases
    Query("they date back to the English Revolution", "ac7222d4", "phrase"),  # Arthur Clegg ¶517
    Query("rooted in the hearts of the two peoples", "26d64f12", "phrase"),  # pauk-phaw ¶415
    Query("trade is being used as a tool", "e065690c", "phrase"),  # ¶461
    # Natural questions
    Query("who wrote the biography Ocean Devil?", "ac7222d4", "question"),  # ¶489 James MacManus
    # ¶163 "it marked the third time Comrade Miguel Díaz-Canel Bermúdez had visited the Lao PDR";
    # d807680a names Díaz-Canel but not Laos
    Query("how many times has Díaz-Canel visited Laos?", "20f574be", "question"),
    # ¶41 "China is the leading military power on planet earth"
    Query("what did Maduro call China on planet earth?", "f78fdcd6", "question"),
    # Topics
    Query("zero-tariff treatment for African countries", "faecd2e1", "topic"),  # ¶25 (Africa ¶7/27)
    # ¶335 the molten-salt solar plant of Dunhuang, the Gobi desert ¶333/335 (Spanish);
    # 6710eba1 ¶539 the Dunhuang Salt Tower solar plant
    Query("solar power in the Gobi desert", "dde32893", "topic", also=("6710eba1",)),
    # ¶9 cooperation in "infrastructure, mining, investment, trade"; 3a9fa4ed ¶211 mining with Pakistan
    Query("Chinese investment in Zimbabwe mining", "faecd2e1", "topic"),
    # ¶329 robots that take the lift to deliver food to a hotel room (Spanish)
    Query("robots in Chinese hotels", "dde32893", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Hyde Park Speakers' Corner",  # the Hyde Park meeting of 1937 (ac7222d4 ¶525)
    "BFI Southbank membership price",  # the BFI season (ccf1d4fa ¶111/121)
    "Хабаровск погода",  # Khabarovsk (054ef6fb); no weather anywhere
    "苏联卫国战争电影推荐",  # 苏联…卫国战争 (b39d8185 line 20); films (ccf1d4fa) are about other wars
    "Stilt House Hanoi entry ticket",  # Zhao Leji visited the Stilt House (362ba691 ¶75)
    "Great Hall of the People guided tours",  # meetings there (d807680a, eca32116, 38a7d84f)
    "Minyuan Stadium football fixtures this season",  # the stadium's history (7ab1f62c ¶291)
    "Buckingham Palace summer opening",  # Xi's speech there in 2015 (ac7222d4 ¶479)
    "Marco Polo travels to China",  # the Lugou 'Marco Polo' Bridge incident (ac7222d4 ¶505)
    "Code Pink founder Medea Benjamin",  # Jodie Evans, co-founder of Code Pink (d89fdf72 ¶365)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Carol Benning Dennis pump", "fd241d9c", "cross-paragraph"),  # the firefighter ¶6; the pump ¶8
    # the former mayor ¶3; the butcher ¶6 (9d14405e ¶5 names Dorothy Fenn only)
    Query("Dorothy Fenn Ken Rowley", "65cca151", "cross-paragraph"),
    Query("Carr's spinning mill Joan Tate", "135cf208", "cross-paragraph"),  # the mill ¶6; his wife ¶10
    Query("Greyhope clock pendulum", "8d8bb5c2", "cross-paragraph"),  # Greyhope ¶3; the pendulum ¶11
    Query("Margaret Ives quiz night", "3fbc251c", "cross-paragraph"),  # the talk ¶5; the quiz ¶8
    Query("Соколов автолестница", "702aa7fe", "cross-paragraph"),  # the veteran ¶10; "автолестницу" ¶9
    Query("李强 冷库", "e0d2b8c2", "cross-paragraph"),  # the market manager ¶9; the cold store ¶14
    Query("Carmen Ruiz lonja de pescado", "caae8ba1", "cross-paragraph"),  # the stallholder ¶10; ¶4
    Query("Dan Pyle civic reception", "ddae6eb9", "cross-paragraph"),  # the officer ¶11; the reception ¶10
    # Word forms
    # ¶6 "Nine recruits passed out at the training centre", title "RECRUITS PASS OUT"
    Query("recruits passing out at the training centre", "4d56bda9", "word-form"),
    # ¶8 "The champion cheese will be auctioned"; 6b8ebb74 ¶4 an engine "sold at auction", no cheese
    Query("champion cheese auction", "df7cc2e0", "word-form"),
    Query("clock electrification in 1958", "8d8bb5c2", "word-form"),  # ¶8 "It was electrified in 1958"
    # ¶11 "he unveiled the memorial plaque at the old mill"
    Query("Walter Hibbs unveiling the mill plaque", "135cf208", "word-form"),
    # ¶8 "пожарные спасли из горящего дома трёх детей"
    Query("спасение трёх детей из горящего дома", "702aa7fe", "word-form"),
    # ¶3 "who led Kestrel's fire crews through the great mill fire"
    Query("Hibbs leading crews through the mill fire", "135cf208", "word-form"),
    # ¶12 "Len Marsh, 84, who rode the engine on that first call"
    Query("Len Marsh riding the engine", "fd241d9c", "word-form"),
    # ¶3 "El edificio se inauguró el 14 de marzo de 1978"
    Query("inauguración del mercado en 1978", "caae8ba1", "word-form"),
    # Other scripts and other romanisations
    Query("Уолтер Хиббс", "135cf208", "translit"),  # Walter Hibbs, title and ¶3
    Query("Ozyorsk pozharnaya chast", "702aa7fe", "translit"),  # Пожарная часть, Озёрск: title, ¶2
    Query("Ivan Sokolov", "702aa7fe", "translit"),  # Иван Петрович Соколов ¶10
    Query("Qingshi nongmao shichang", "e0d2b8c2", "translit"),  # pinyin of 青石镇农贸市场, title and ¶2
    Query("卡门·鲁伊斯", "caae8ba1", "translit"),  # Carmen Ruiz in Chinese characters ¶10
    Query("cuadragesimo aniversario", "caae8ba1", "translit"),  # "cuadragésimo aniversario" ¶2, accent dropped
    # Dorothy Fenn opened the hall in 1986 (9d14405e ¶5) and cuts the birthday cake (65cca151 ¶3)
    Query("Дороти Фенн", "9d14405e", "translit", also=("65cca151",)),
    # Russian
    Query("первый выезд сарай на улице Лесной", "702aa7fe", "russian"),  # ¶4
    Query("торжественное собрание в Доме культуры", "702aa7fe", "russian"),  # ¶6
    Query("конкурс детских рисунков", "702aa7fe", "russian"),  # ¶11
    # Spanish
    Query("sesenta puestos de fruta, carne y pescado", "caae8ba1", "spanish"),  # ¶3
    Query("placa a los puestos fundadores", "caae8ba1", "spanish"),  # ¶13
    Query("servicio de autobús gratuito durante las fiestas", "caae8ba1", "spanish"),  # ¶15
    # Chinese
    Query("镇东老粮站旧址", "e0d2b8c2", "chinese"),  # ¶3
    Query("秋季果蔬节", "e0d2b8c2", "chinese"),  # ¶11
    Query("张大妈卖菜", "e0d2b8c2", "chinese"),  # ¶10
    # Chat mentions around the real words
    # ¶14 "Visitors can climb the tower on Heritage Open Days"
    Query("@everyone Heritage Open Days tower climb", "8d8bb5c2", "mention-noise"),
    Query("<@112233445566> butter-making demonstration", "df7cc2e0", "mention-noise"),  # ¶7
    Query("\u200bpostal\u200b vote\u200b applications\u200b", "ee36f6fa", "mention-noise"),  # ¶6
    # ¶13 the newsletters kept at Westmarsh station, ¶14 lent for scanning
    Query("<#4455> Westmarsh newsletters scanning", "ddae6eb9", "mention-noise"),
    # Typos
    Query("Walter Hibs", "135cf208", "typo"),  # Hibbs, title and ¶3
    Query("Brackmore fire station", "fd241d9c", "typo"),  # Brackmoor, title and ¶2
    # Ellingham, title and ¶2; 479f64b8 and fd241d9c ¶9 mention other libraries
    Query("Ellingam library", "3fbc251c", "typo"),
    Query("Tom Redaway", "8d8bb5c2", "typo"),  # Tom Reddaway ¶2
    # Names
    # ¶13 the organiser; 65cca151 ¶5 "the Allard family's greengrocery" shares the surname only
    Query("Ruth Allard", "f1567b02", "name"),
    Query("Phil Dacre", "fd241d9c", "name"),  # ¶7/11
    Query("J. Pardew returning officer", "ee36f6fa", "name"),  # ¶15 (Returning Officer also ¶2)
    Query("Ann Cole", "3fbc251c", "name"),  # ¶13
    # Phrases
    Query("I never thought I'd see the station reach fifty", "fd241d9c", "phrase"),  # ¶12
    Query("Twenty-five years later I'm still here", "65cca151", "phrase"),  # ¶6
    Query("after eighteen months of silence", "8d8bb5c2", "phrase"),  # ¶3
    Query("teams of up to six are welcome", "3fbc251c", "phrase"),  # ¶8
    # Natural questions
    Query("how much did the town council pay the clockmaker?", "8d8bb5c2", "question"),  # ¶7 £84
    Query("how many seats are up for election on Hollin District Council?", "ee36f6fa", "question"),  # ¶3
    Query("how many books did the new Ashwell library open with?", "479f64b8", "question"),  # ¶5
    Query("what did the Ellingham Christmas fair raise?", "3fbc251c", "question"),  # ¶10 £640
    # Topics
    # 6b8ebb74 the new water tender, title "NEW ENGINE FOR HOLLIN CROSS"; 479f64b8 ¶9 "Ashwell's new
    # fire engine"
    Query("new fire engine for the brigade", "6b8ebb74", "topic", also=("479f64b8",)),
    # ¶12 "The first monthly farmers' market … twenty growers from within thirty miles"
    Query("monthly farmers' market with local growers", "f1567b02", "topic"),
    # ¶3–7 the election and polling stations; 479f64b8 ¶13 polling for the town council 100 years ago
    Query("council elections and polling stations", "ee36f6fa", "topic", also=("479f64b8",)),
    # ¶18 "voted … to stay in the building rather than move to the new retail park"
    Query("market traders moving to a retail park", "d17e687e", "topic"),
    # ¶4 "nobody could get up the tower to wind it", ¶12 "We now wind it every Saturday morning"
    Query("winding the town hall clock", "8d8bb5c2", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Brackmoor fire station phone number",  # Brackmoor, fire station (fd241d9c); no number anywhere
    "Dale cheese fair ticket prices",  # the fair (df7cc2e0) gives no prices
    "Corn Exchange wedding venue hire",  # Corn Exchange (65cca151, 9d14405e, d17e687e)
    "Ellingham library printing costs",  # Ellingham library (3fbc251c)
    "Hollin District Council planning application",  # Hollin District Council (ee36f6fa)
    "Kestrel swimming pool",  # Kestrel (9d14405e, f1567b02, d17e687e, 135cf208)
    "Greyhope car boot sale",  # Greyhope (8d8bb5c2)
    "Station Road parking restrictions",  # the fire station on Station Road (fd241d9c title, ¶2)
    "Hill Road cemetery opening times",  # the burial at Hill Road cemetery (135cf208 ¶13)
    "Upper Dale holiday cottages",  # Upper Dale (df7cc2e0)
    "Bath spa opening times",  # the Bath market visit (f1567b02 ¶13)
    "Carol Benning retirement",  # she joined in 1988 (fd241d9c ¶6); nothing on her leaving
    "Mill Lane house prices",  # Mill Lane parking (65cca151 ¶13), Hibbs born there (135cf208 ¶5)
    "расписание автобусов Озёрск",  # Озёрск (702aa7fe); no buses
    "precio del pescado en San Bartolo",  # pescado, San Bartolo (caae8ba1); no prices
    "青石镇天气预报",  # 青石镇 (e0d2b8c2); no weather
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind30/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
