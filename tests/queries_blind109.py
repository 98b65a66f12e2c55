"""A hundred-and-ninth lookup query set, the fifty-fifth round's BLIND set (written in the fifty-fourth session):
committed unscored, scored once at the end of the round; nobody reads it while the engine is tuned, and it is
RICH IN UNANSWERABLE QUERIES, as tests/queries_blind56.py and tests/queries_blind106.py are.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind107.py and tests/queries_blind108.py, the
  latter written at the same time as this one, were not opened and are not part of the check). A
  throwaway script compared the word set of every query (Latin and Cyrillic words lower-cased, accents
  dropped and ё read as е, Chinese by character pairs, a few stop words left out) with every earlier
  query (some fourteen and a half thousand), and with the earlier queries of this set, while the set was
  being written; a query sharing more than half of its words with any one of them was replaced. The seeds
  are exhausted: of some two hundred first drafts on them (names, name pairs, phrases, transcriptions,
  inflected forms, questions) fewer than one in six survived the check, so the seed queries here are fewer
  than planned (27 answerable, 11 unanswerable), mostly longer joins of passages no earlier query joined,
  phrases picked out of less-quoted sentences, rarer transcriptions and typos; the new documents carry
  the rest.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind121/docs, copied as ONE
  corpus into a subfolder blind121/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 9 + 12 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 2 + 11
(another inflection than the text uses, irregular forms too, in English, Russian and Spanish),
translit 2 + 14 (another script or romanisation than the text: Latin names written in Cyrillic or
Chinese characters as a Russian or Chinese newspaper transcribes them, Latin letters for Cyrillic and
Chinese names, pinyin without tones, accents dropped), russian 2 + 3, spanish 0 + 3, chinese 1 + 3,
mention-noise 2 + 3 (Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 4
(1–2 edits a word), name 1 + 3, phrase 3 + 4, question 1 + 6, topic 1 + 6: 27 + 72 answerable, and
11 + 35 unanswerable. Every answerable query is answered by the documents' own words in some form,
spelling or script (names may be written in another script); none needs a translation of a common noun
or a synonym the text never uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name (or to a subject of another article, or of another
cutting of the same digest); a question in the corpus's own words about something it does not say (who
chaired, captained or won; who scored a goal; what a tortoise was called, what a plaque said, what a
gift was; when someone left a job or took a post; how many wreaths or visitors; how old a diarist was;
what time a steamer left; what baths, a restoration, tickets or a day trip cost; which hotel; which
song); a place the corpus does not hold (spelled two or more edits from anything real in it, or simply
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
in seeds/000–003 each line, as in the earlier sets) holds all of the query's words; the two digests
of the new corpus have no blank lines between their cuttings, so no cross-paragraph query was drawn
from them. For word-form queries it checked that the form the query uses is not in the corpus (or,
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

# The new-documents corpus is assembled by copying tests/gold/blind121/docs/* into ONE temporary
# corpus folder under the subfolder blind121/: files are then "blind121/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind121/docs",)
NEWDOCS_SUBDIRS = ("blind121",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "ec27258e": "BRISSELTON TRUMPET",
    # en_cobhallow_packet_pier_digest.txt, split by the loader: the centenary of 1886 (¶4–7), the pavilion's last
    # season (¶10–14), the record Easter of 2024 (¶17–20); the "~~~~" rules (¶8, ¶15) come out as articles of their
    # own (e1e1a386, e1e1a386-2, titled by the rule), and the header (¶1) and the datelines (¶3, ¶9, ¶16) belong to
    # none of them
    "bb052b78": "PIER READY FOR ITS HUNDREDTH",
    "e1e1a386": "~~~~~~~~~~",
    "b1a32f60": "PAVILION'S LAST SUMMER SEASON",
    "e1e1a386-2": "~~~~~~~~~~",
    "0347de77": "RECORD EASTER ON THE PIER",
    "c0b57df9": "CRADBURY ADVERTISER",
    "a8bf3928": "GORSEFIELD PRIMARY SCHOOL",
    "823839e9": "HORLEWICK CLOCK WEEK",
    "f4cee141": "LONG LEG AND GULLY",
    "f14fbab2": "MARLCOTE FIVES CLUB",
    "f745cafe": "A HUNDRED AND SEVENTY-FIVE YEARS BESIDE THE LINE",
    "6d20766c": "RUDDLESTONE BOROUGH COUNCIL",
    # en_ruddlestone_gazette_skinner_street_digest.txt, split by the loader: the fire of 1990 (¶4–7), the arts
    # centre opens (¶10–14), the roof repairs of 2021 (¶17–21); the "----" rules (¶8, ¶15) come out as articles of
    # their own (de31633d, de31633d-2), and the header (¶1) and the datelines (¶3, ¶9, ¶16) belong to none of them
    "d0557d61": "TANNERY LOST IN NIGHT BLAZE",
    "de31633d": "----------",
    "bc376a80": "FROM ASHES TO ARTS",
    "de31633d-2": "----------",
    "d942cf7d": "ARTS CENTRE TO CLOSE FOR ROOF REPAIRS",
    "ab0e4afc": "OBITUARY",
    "bbfd8543": "YARROWDEAN WOOD",
    "ef83b8ce": "EL ECO DE VILLATORCAZ",
    "c8b4a483": "ВЕРБОГОРСКИЙ ВЕСТНИК",
    "862ec29d": "杏坞镇报",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Vladimir Vladimirovich Yakushev" ¶158; "the United Left Movement Party of the Dominican Republic" ¶159; "the
    # China-Laos Railway" ¶139/179; "the new five-year action plan" ¶141/181
    Query("Yakushev Dominican Republic China-Laos Railway five-year action plan", "20f574be", "cross-paragraph"),
    # "market regulation, metrology, and media" ¶261; "Maldives" in the title ¶253; "Belarusian President Aleksandr
    # Lukashenko" ¶263; "no force can stop China's development and revitalisation" ¶265
    Query("metrology Maldives Belarusian revitalisation", "0e5d6094", "cross-paragraph"),
    # "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505; "the Daily Worker" ¶507; "the Levellers took a stand for
    # Irish independence" ¶517
    Query("Lugou Bridge Daily Worker Levellers Irish independence", "ac7222d4", "cross-paragraph"),
    # "originally published in Spanish by Telesur" ¶49; "Vice President Delcy Rodríguez" ¶33/53; "a permanent testament"
    # ¶35/55; "The victory of China is the victory of the Bolivarians" ¶39
    Query("Telesur Delcy Rodríguez permanent testament Bolivarians", "f78fdcd6", "cross-paragraph"),
    # "warfare currently being waged by the US Trump administration", "Crown Prince of Abu Dhabi", "Foreign Minister
    # Subrahmanyam Jaishankar" ¶451; "victims of unjustified and illegal trade practices" ¶463
    Query("Jaishankar Abu Dhabi Trump administration unjustified trade practices", "e065690c", "cross-paragraph"),
    # "visited the Russian city from Sept. 23-27 … a seminar titled '70-Year Common Victory'" line 4; "in Khabarovsk"
    # lines 6 and 12; "a member of the Political Bureau of the CPC Central Committee" line 8
    Query("Sept. 23-27 70-Year Common Victory Khabarovsk Political Bureau", "054ef6fb", "cross-paragraph"),
    # "the 2001 Treaty of Good-Neighborliness and Friendly Cooperation" line 47; "joint exercises, maritime and air
    # patrols" line 54
    Query("Treaty of Good-Neighborliness 2001 maritime and air patrols", "b39d8185", "cross-paragraph"),
    # "En Xi'an … los generales de terracota y las estatuas de mujeres nobles estaban rollizos" ¶313; "Compáralo con
    # San Francisco o Nueva York, donde hay barrios enteros de campamentos" ¶327
    Query("Xi'an terracota rollizos Nueva York campamentos", "dde32893", "cross-paragraph"),
    # "Kazakhstan President Kassym-Jomart Tokayev" ¶405 (and the title ¶401); "Egypt was the first Arab and African
    # country … Next year marks the 70th anniversary" ¶411; "The China-Myanmar pauk-phaw (brotherly) friendship" ¶415
    Query("Kazakhstan Egypt 70th anniversary Arab pauk-phaw", "26d64f12", "cross-paragraph"),
    # Word forms: the text has another form
    # "The special friendship between China and Cambodia has again been reaffirmed with two overlapping visits by
    # Cambodia's top leaders" ¶233 (reaffirmed → reaffirming; "reaffirming" is nowhere in the corpus)
    Query(
        "Cambodia's top leaders reaffirming the special friendship with two overlapping visits", "5a5d8582", "word-form"
    ),
    # "Xi Jinping extended congratulations on the (October 10) 80th anniversary of the founding of the WPK" ¶227
    # (extended → extending; "extending" is nowhere in the corpus)
    Query("Xi extending congratulations on the founding anniversary of the WPK", "eca32116", "word-form"),
    # Another script or romanisation
    # "President of the Republic of the Congo Denis Sassou Nguesso" ¶23 and "Slovak Prime Minister Robert Fico" ¶13 in
    # Cyrillic
    Query("Сассу Нгессо Фицо", "faecd2e1", "translit"),
    # accents and the hyphen dropped: "United Nations Secretary General António Guterres … Kazakhstan President
    # Kassym-Jomart Tokayev" ¶405
    Query("Antonio Guterres Kassym Jomart", "26d64f12", "translit"),
    # Chinese (names in Chinese characters)
    # "South African President Cyril Ramaphosa" and "Foreign Minister Subrahmanyam Jaishankar" ¶451 (Ramaphosa again
    # ¶467)
    Query("西里尔·拉马福萨 贾伊尚卡尔", "e065690c", "chinese"),
    # Russian (names written in Cyrillic, inflected)
    # "Meeting with Myanmar's Acting President Min Aung Hlaing, President Xi noted" ¶415 ("Xi with Min Aung Hlaing")
    Query("Си Цзиньпин с Мин Аунг Хлайном", "26d64f12", "russian"),
    # "Armenian Prime Minister Nikol Pashinyan" ¶257 and "Belarusian President Aleksandr Lukashenko" ¶263 ("about
    # Nikol Pashinyan and Lukashenko")
    Query("о Николе Пашиняне и Лукашенко", "0e5d6094", "russian"),
    # Mentions and zero-width spaces around the real words
    # "South African President Ramaphosa said developing nations are facing 'great hardships and danger' … from the
    # trade upheaval" ¶467
    Query("<@5150> Ramaphosa\u200b great hardships South Africa trade upheaval", "e065690c", "mention-noise"),
    # "written by Callum Norris and Twm Draper" ¶533; "a number of cities in Shaanxi and Gansu provinces" ¶549
    Query("@everyone\u200b Callum Norris Shaanxi Gansu provinces", "6710eba1", "mention-noise"),
    # Typos (1–2 edits)
    Query("Mirziyoev Shavkatt", "3a9fa4ed", "typo"),  # "Uzbek President Shavkat Mirziyoyev" ¶207
    # "Ivan Melnikov … in Khabarovsk" line 6; "the Russian World War II veteran Lev Abramov" line 14
    Query("Melnikv Khabarovks Abramof", "054ef6fb", "typo"),
    # "met with the King and the Queen Mother at Zhongnanhai" ¶237; "Queen Mother Norodom Monineath Sihanouk" ¶235
    Query("Zhongnanahai Monineat", "5a5d8582", "typo"),
    # Names
    # "Her father, Arthur Clegg, … in his memoir, 'Aid China – 1937-1949', published in 1989" ¶515
    Query("Arthur Clegg memoir Aid China 1937-1949 published in 1989", "ac7222d4", "name"),
    # Phrases
    # "The restoration of memorials in Russia and the construction of new monuments in Moscow may serve as a
    # countermeasure" line 16
    Query("new monuments in Moscow may serve as a countermeasure", "097182f6", "phrase"),
    # "Arthur Clegg, who served as the CCC's National Organiser practically from the campaign's inception" ¶515
    Query("Organiser practically from the campaign's inception", "ac7222d4", "phrase"),
    # "The Chinese People's War of Resistance Against Japanese Aggression was a great war fought with tenacity and
    # valour" ¶381
    Query("a great war fought with tenacity", "38a7d84f", "phrase"),
    # Questions
    # "the same Younghusband who had led the 1905 British invasion aimed at separating Xizang (Tibet) from the rest of
    # China" ¶521
    Query("in what year did Younghusband invade Tibet?", "ac7222d4", "question"),
    # Topics
    # "Uzbekistan congratulates China on hosting a successful SCO Tianjin Summit and believes that China's productive
    # presidency has effectively elevated the international influence of the Organisation" ¶209
    Query("Uzbekistan congratulates China productive presidency elevated international influence", "3a9fa4ed", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Ken Hammond is a webinar speaker (d89fdf72 ¶363); the delegation that went to Yan'an is Friends of Socialist
    # China's (dde32893 ¶307/315, 6710eba1 ¶535/557), and neither names him
    "Ken Hammond Yan'an delegation",
    # Eric Liddell (7ab1f62c) in Chinese characters, with "marathon": he won the 400 metres (¶287); no marathon
    "利德尔 马拉松",
    # Chow Yun-fat plays Chen Hansheng in the Hogg film (ac7222d4 ¶491); the Olympic gold is Liddell's (7ab1f62c ¶287)
    "Chow Yun-fat Olympic gold",
    # Sassou Nguesso meets Xi (faecd2e1 ¶23–27); no gift (the only "gift" is Maduro's monument, f78fdcd6 ¶35/55)
    "what gift did Sassou Nguesso bring Xi Jinping?",
    # "Liu Qibao, head of the Publicity Department of the Central Committee" (054ef6fb line 4); no year he took the post
    "в каком году Лю Цибао стал главой отдела пропаганды?",
    # Robert Fico (faecd2e1 ¶13–21); the Lugou Bridge Incident is ac7222d4's (¶505)
    "Robert Fico Lugou Bridge",
    # Kyzylorda is not in the corpus; Mirziyoyev and the China-Kyrgyzstan-Uzbekistan railway project (3a9fa4ed ¶207)
    # have no signing ceremony
    "Kyzylorda railway Mirziyoyev signing ceremony",
    # Tiraspol is not in the corpus; Laos "was admitted as a SCO Partner" (20f574be ¶137)
    "Tiraspol SCO partner status",
    # the delegation visited JISCO (dde32893 ¶335); nobody sings
    "¿qué canción cantaron los obreros de JISCO a los delegados?",
    # Radhika Desai moderates the webinar (d89fdf72 ¶369); the Lao News Agency KPL reports Díaz-Canel's visit
    # (20f574be ¶163); no interview joins them
    "Radhika Desai KPL interview",
    # Vladimir Padrino is Venezuela's Defence Minister (f78fdcd6 ¶33/53); the Mongolian President is in c061f0a1, the
    # Mongolian forces in d89fdf72 ¶357; no yurt anywhere
    "Padrino Mongolian yurt",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph (none from the two digests, whose cuttings have no blank lines between them)
    # "Clemency Crabtree, 71, of Ropewalk Lane" ¶5 (and ¶13, ¶23); "a photograph of our tortoise wearing it" ¶7; "will
    # travel to Netherby branch library" ¶27
    Query("Clemency Crabtree tortoise Netherby", "ec27258e", "cross-paragraph"),
    # "the county diving champion Brenda Quantock" ¶7; "Fire broke out at Ackroyd's brickworks" ¶11; "The clockmaker,
    # Mr Josiah Wrenfield" ¶21
    Query("Brenda Quantock Ackroyd's brickworks Josiah Wrenfield", "c0b57df9", "cross-paragraph"),
    # "one teacher, Miss Abigail Threlkeld" ¶9; "slates and chalk will replace exercise books" ¶20; "the centenary
    # concert in the Miners' Welfare Hall" ¶22
    Query("Abigail Threlkeld Miners' Welfare Hall slates", "a8bf3928", "cross-paragraph"),
    # "Market Clock, built by Ezra Tunnicliffe" ¶4; "Talk: … by Dr Anwen Pugsley" ¶17; "the movement was lowered from
    # the tower by crane" ¶25
    Query("Ezra Tunnicliffe Anwen Pugsley crane", "823839e9", "cross-paragraph"),
    # "Charles Bannerman faced the first ball" ¶5; "against Hatchley Green" ¶11; "the roller broke and rolled on its own
    # into the pond" ¶13
    Query("Charles Bannerman Hatchley Green roller pond", "f4cee141", "cross-paragraph"),
    # "Please pay Ottilie Scarrett" ¶26; "at home to the Old Corbettians" ¶13; "the Rugby fives courts at Wraxby" ¶20
    Query("Ottilie Scarrett Old Corbettians Wraxby", "f14fbab2", "cross-paragraph"),
    # "William Huskisson … struck by the Rocket" ¶13; "the row of limes that still lines Station Road" ¶17; "Clarice
    # Harrop-Lyle, who found the diary" ¶27
    Query("Huskisson Clarice Harrop-Lyle limes Station Road", "f745cafe", "cross-paragraph"),
    # "The Mayor, Councillor Denise Arkwright" ¶11; "a concert by Ruddlestone Silver Band" ¶17; "Contact: Liam
    # Borrowdale" ¶30
    Query("Denise Arkwright Liam Borrowdale Silver Band", "6d20766c", "cross-paragraph"),
    # "to work in a button factory" ¶7; "when Grace Archer died in a stable fire" ¶13; "keeping bees" ¶17; "the village
    # hall in Wythenbrook" ¶19 (and ¶21)
    Query("Grace Archer button factory Wythenbrook bees", "ab0e4afc", "cross-paragraph"),
    # "el primer gol del nuevo campo lo marcó Sabino Barinaga" ¶7; "una pensión de la calle de Toledo" ¶11; "dice su
    # hija Consuelo Requejo" ¶27
    Query("Sabino Barinaga Consuelo Requejo calle de Toledo", "ef83b8ce", "cross-paragraph"),
    # "Нина Аркадьевна Светличная" ¶9; "Вечером гуляли по Красной площади" ¶13; "на областном фестивале «Весенние
    # ласточки»" ¶17
    Query("Светличная Красной площади Весенние ласточки", "c8b4a483", "cross-paragraph"),
    # 退休教师郝桂芝 ¶7; 吃了狗不理包子 ¶17; 文化站站长宋立新 ¶27
    Query("郝桂芝 狗不理 宋立新", "862ec29d", "cross-paragraph"),
    # Word forms
    # "the roller broke and rolled on its own into the pond" ¶13 (rolled → rolling; nowhere in the corpus)
    Query("the roller rolling into the pond", "f4cee141", "word-form"),
    # "Thomasina burnt straw in a bucket outside the studio door for the crackle" ¶13 (burnt → burning, irregular;
    # nowhere in the corpus)
    Query("Thomasina burning straw in a bucket for the crackle", "ab0e4afc", "word-form"),
    # "William Huskisson … had been struck by the Rocket, and he died that evening at Eccles" ¶13 (died → dying;
    # nowhere in the corpus)
    Query("Huskisson struck by the Rocket and dying at Eccles", "f745cafe", "word-form"),
    # "a hundred years to the day after the Lord Lieutenant walked its length at the opening" ¶5 (walked → walking;
    # nowhere in the corpus)
    Query("the Lord Lieutenant walking the length of Cobhallow pier", "bb052b78", "word-form"),
    # "the county diving champion Brenda Quantock … gave a display from the top board" ¶7 (gave → giving, irregular;
    # "giving" is in the corpus only in the fives club's "prize-giving", f14fbab2 ¶21)
    Query("Brenda Quantock giving a display from the top board", "c0b57df9", "word-form"),
    # "The former tanner Septimus Grisedale, now 84, will cut the ribbon" ¶13 (cut → cutting; "cutting" is in the
    # corpus only as a noun, Yarrowdean's "cutting season" bbfd8543 ¶18 and Pennow Moss's railway "cutting" f745cafe
    # ¶11/21)
    Query("Septimus Grisedale cutting the ribbon", "bc376a80", "word-form"),
    # "Each winter the group cuts one 'cant' of hazel" ¶4 (cuts → cut; "cut" is in the corpus only in Septimus
    # Grisedale's "will cut the ribbon", bc376a80 ¶13)
    Query("the coppice group cut a cant of hazel every winter", "bbfd8543", "word-form"),
    # "durmió dos noches en una pensión de la calle de Toledo" ¶11, of Anselmo Requejo ¶9 (durmió → duerme, irregular;
    # nowhere in the corpus)
    Query("Anselmo Requejo duerme dos noches en una pensión", "ef83b8ce", "word-form"),
    # "el primer gol del nuevo campo lo marcó Sabino Barinaga" ¶7 (marcó → marca; nowhere in the corpus)
    Query("Sabino Barinaga marca el primer gol del nuevo campo", "ef83b8ce", "word-form"),
    # "Екатерина II дала князю Петру Урусову привилегию" ¶5 (dative and accusative → nominative and genitive; none of
    # the four forms is in the corpus)
    Query("привилегия князя Петра Урусова", "c8b4a483", "word-form"),
    # "Девочки сидели на галёрке и боялись дышать" ¶13 (сидели → сидят, боялись → боятся; neither form is in the
    # corpus)
    Query("девочки сидят на галёрке и боятся дышать", "c8b4a483", "word-form"),
    # Another script or romanisation
    # "William Huskisson … died that evening at Eccles" ¶13 in Cyrillic
    Query("Уильям Хаскиссон Эклс", "f745cafe", "translit"),
    # "the Liverpool and Manchester Railway" ¶5; "William Huskisson, the Member for Liverpool" ¶13, in Chinese
    # characters
    Query("利物浦 曼彻斯特 赫斯基森", "f745cafe", "translit"),
    # "at the Melbourne Cricket Ground … Charles Bannerman faced the first ball" ¶5 in Cyrillic
    Query("Чарльз Бэннерман Мельбурн", "f4cee141", "translit"),
    Query("班纳曼 墨尔本", "f4cee141", "translit"),  # the same, in Chinese characters
    # accents dropped: "el estadio de Chamartín, que hoy lleva el nombre de Santiago Bernabéu" ¶5; "al Os Belenenses de
    # Lisboa" ¶7
    Query("Santiago Bernabeu Chamartin Belenenses", "ef83b8ce", "translit"),
    Query("Сантьяго Бернабеу Чамартин", "ef83b8ce", "translit"),  # the same ¶5, in Cyrillic
    # accents dropped: "La peña madridista de Villatorcaz" ¶5
    Query("pena madridista Villatorcaz", "ef83b8ce", "translit"),
    # "28 марта 1776 года, когда императрица Екатерина II дала князю Петру Урусову привилегию" ¶5; "Большому театру" ¶5,
    # in Latin letters
    Query("Pyotr Urusov Bolshoi 1776", "c8b4a483", "translit"),
    # "Студию основала … Нина Аркадьевна Светличная" ¶9; "студия «Вербочка»" ¶7, in Latin letters
    Query("Nina Arkadyevna Svetlichnaya Verbochka", "c8b4a483", "translit"),
    Query("Hao Guizhi Xingwu", "862ec29d", "translit"),  # 杏坞镇退休教师郝桂芝 ¶7 in pinyin
    Query("Song Lixin Yan Xiaohe", "862ec29d", "translit"),  # 站长宋立新 ¶27, 本报记者 严小禾 ¶29, in pinyin
    # 京津城际铁路开通运营十五周年 ¶5 in pinyin
    Query("Jingjin chengji tielu shiwu zhounian", "862ec29d", "translit"),
    # "Thomasina Alsopp" ¶3/5 and "BBC radio drama in Birmingham" ¶5, in Cyrillic
    Query("Томасина Олсопп Бирмингем", "ab0e4afc", "translit"),
    Query("托马西娜·阿尔索普", "ab0e4afc", "translit"),  # "Thomasina Alsopp" in Chinese characters
    # Russian
    # "Детская хореографическая студия «Вербочка» при Доме культуры железнодорожников" ¶7
    Query("хореографическая студия «Вербочка» при Доме культуры железнодорожников", "c8b4a483", "russian"),
    # "отчётный концерт пройдёт с 25 по 30 апреля в большом зале Дома культуры" ¶19
    Query("отчётный концерт в большом зале Дома культуры", "c8b4a483", "russian"),
    # "1 июня, в День защиты детей, студия выступит в городском парке" ¶21
    Query("День защиты детей в городском парке", "c8b4a483", "russian"),
    # Spanish
    # "la peña ha querido dedicarle los actos del cincuentenario" ¶15; "la inauguración del estadio de Chamartín" ¶5
    Query("el cincuentenario del estadio de Chamartín", "ef83b8ce", "spanish"),
    Query("sin una peseta y sin voz", "ef83b8ce", "spanish"),  # "«sin una peseta y sin voz»" ¶11
    # "una exposición de fotografías, bufandas y entradas antiguas en la Casa de Cultura" ¶17
    Query("bufandas y entradas antiguas en la Casa de Cultura", "ef83b8ce", "spanish"),
    # Chinese
    Query("京津城际铁路 开通 十五周年", "862ec29d", "chinese"),  # 京津城际铁路开通运营十五周年 ¶5
    Query("比我在家包一顿饺子还快", "862ec29d", "chinese"),  # ¶11
    Query("城际十五年 摄影比赛", "862ec29d", "chinese"),  # “城际十五年”摄影比赛的评选 ¶19
    # Mentions and zero-width spaces
    # "Librarian Owen Patchett said the response had surprised everybody" ¶15; "The display … runs from Saturday 17
    # October" ¶9
    Query("<@9931> Owen Patchett\u200b library display", "ec27258e", "mention-noise"),
    # "'Everybody in Cobhallow has danced in there at some time,' said the trust's chairman, Tamsin Tolcarne" ¶14; "The
    # pier pavilion" ¶11
    Query("@everyone Tamsin Tolcarne\u200b pavilion", "b1a32f60", "mention-noise"),
    # "TWO-DAY HURDLE COURSE" ¶10; "by telephone to Alun Threapwood" ¶24
    Query("<#204> Alun Threapwood\u200b hurdle course", "bbfd8543", "mention-noise"),
    # Typos
    Query("Yarowdean hazle hurdles", "bbfd8543", "typo"),  # "YARROWDEAN WOOD — HAZEL HURDLE-MAKING" ¶1, "hurdles" ¶4
    # "Fire destroyed the old Skinner Street tannery" ¶5; the council's release marks its 25th anniversary (6d20766c)
    Query("Skiner Street tanery fire", "d0557d61", "typo", also=("6d20766c",)),
    Query("Horlewik Markt Clock", "823839e9", "typo"),  # "Horlewick's own Market Clock" ¶4
    Query("Thomasina Alsop Archers", "ab0e4afc", "typo"),  # "Thomasina Alsopp … for The Archers" ¶5
    # Names
    Query("Priya Hallworth", "d942cf7d", "name"),  # "Director Priya Hallworth said" ¶20
    Query("Gareth Inskip", "f14fbab2", "name"),  # "which Gareth Inskip has kindly rebuilt" ¶5; "secretary" ¶30
    Query("Josiah Harrop Lower Fold", "f745cafe", "name"),  # "Josiah Harrop, who farmed at Lower Fold" ¶7
    # Phrases
    # ¶13
    Query("I never thought I'd be glad to see the place full of people in black polo necks", "bc376a80", "phrase"),
    Query("Forty and he still bowls like a gate", "f4cee141", "phrase"),  # ¶22
    Query("because they needed somebody who could carry a gramophone and not drop it", "ab0e4afc", "phrase"),  # ¶9
    Query("Then, for one week, the whole world comes past his gate", "f745cafe", "phrase"),  # ¶27
    # Questions
    # "Fire destroyed the old Skinner Street tannery … Eleven engines attended" ¶5
    Query("how many engines attended the Skinner Street tannery fire?", "d0557d61", "question"),
    Query("when did Thomasina Alsopp retire?", "ab0e4afc", "question"),  # "She retired on 31 March 1987" ¶17
    Query("what do subscriptions to the Marlcote Fives Club cost?", "f14fbab2", "question"),  # "£25 (juniors £5)" ¶26
    # "TASTER MORNINGS … 10am to noon. £12." ¶6–8
    Query("what does a taster morning in Yarrowdean Wood cost?", "bbfd8543", "question"),
    # "Gorsefield Board School opened its doors on Monday 8 January 1894 with forty-one pupils and one teacher, Miss
    # Abigail Threlkeld" ¶9
    Query("who was Gorsefield Board School's first teacher?", "a8bf3928", "question"),
    # "Horlewick's own Market Clock, built by Ezra Tunnicliffe and first started on Monday 24 June 1861" ¶4
    Query("when was Horlewick's Market Clock first started?", "823839e9", "question"),
    # Topics
    # "a paddle steamer, the Westward Lass" ¶6; "after the Lord Lieutenant walked its length" ¶5; "A centenary regatta"
    # ¶7 (one cutting, whose lines the loader keeps together)
    Query("Westward Lass Lord Lieutenant regatta", "bb052b78", "topic"),
    # "Today is the 175th anniversary of the opening of the Liverpool and Manchester Railway" ¶5; Harrop's "pocket
    # diary" ¶7 and on
    Query("Liverpool and Manchester Railway 175th anniversary diary", "f745cafe", "topic"),
    # "The reading room of Brisselton library was turned into a small television studio this morning, forty years to
    # the day after the first Blue Peter" ¶3; "The display" ¶9
    Query("Blue Peter forty years library display", "ec27258e", "topic"),
    # "On 31 May 1859 the Great Clock at Westminster began to keep time … A hundred and fifty years later, Horlewick …
    # celebrates with a week" ¶4; "HORLEWICK CLOCK WEEK" ¶1
    Query("Great Clock at Westminster hundred and fifty years clock week", "823839e9", "topic"),
    # "Cobhallow pier will celebrate its centenary … at the opening on Monday 5 July 1886" ¶5
    Query("Cobhallow pier centenary 1886", "bb052b78", "topic"),
    # "The Hidehouse Arts Centre will close … so that the drying-loft roof, damaged in last month's storm, can be
    # replaced" ¶18
    Query("Hidehouse Arts Centre drying-loft roof storm", "d942cf7d", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # Clemency Crabtree is Brisselton's Blue Peter fan (ec27258e); the sound effects for The Archers are Thomasina
    # Alsopp's (ab0e4afc ¶5–13)
    "Clemency Crabtree Archers sound effects",
    # Tamsin Tolcarne is the trust's chairman in the pavilion cutting (b1a32f60 ¶14); the 1986 centenary regatta is
    # another cutting's (bb052b78 ¶7), which names nobody at the trust
    "Tamsin Tolcarne centenary regatta 1986",
    # Josiah Wrenfield made Cradbury's Jubilee clock (c0b57df9 ¶20–21); the talk on the Big Clock is Dr Anwen Pugsley's
    # in Horlewick (823839e9 ¶17)
    "Josiah Wrenfield Big Clock talk",
    # Ezra Tunnicliffe built Horlewick's Market Clock (823839e9 ¶4); the Jubilee clock is Cradbury's (c0b57df9 ¶20)
    "Ezra Tunnicliffe Jubilee clock",
    # Brenda Quantock opened Cradbury's baths (c0b57df9 ¶7); the Hidehouse Arts Centre's opening is Ruddlestone's
    # (bc376a80, opened by Septimus Grisedale)
    "Brenda Quantock Hidehouse Arts Centre opening",
    # Priya Hallworth directs the Hidehouse Arts Centre (d942cf7d ¶20); the badge collection is Clemency Crabtree's
    # (ec27258e ¶13)
    "Priya Hallworth badge collection",
    # Alun Threapwood takes bookings for the hazel courses (bbfd8543 ¶24); the fives courts are Marlcote's (f14fbab2)
    "Alun Threapwood Marlcote fives courts",
    # Gareth Inskip is the fives club's secretary (f14fbab2 ¶5/30); the cricket nets are Nethercoombe's (f4cee141
    # ¶11/15)
    "Gareth Inskip cricket nets",
    # Denise Arkwright is Ruddlestone's Mayor (6d20766c ¶11); Horlewick's Mayor, who opens the clock trail on the day
    # the Market Clock's dials are unveiled, is not named (823839e9 ¶7)
    "Denise Arkwright Market Clock",
    # "'The town has waited forty years for the baths,' said the chairman" (c0b57df9 ¶8); the chairman is not named
    "who was the chairman of the Cradbury Ratepayers' Association?",
    # the Ratepayers' Association "will discuss the cost" (c0b57df9 ¶8); no sum (the "sixpences" ¶7 are admission)
    "how much did the Ashpit Lane baths cost to build?",
    # "the Westward Lass, will call at the pier head at 2pm" (bb052b78 ¶6); no time of leaving (0347de77 ¶20: "the
    # paddle steamer returning on the last day", no hour)
    "what time does the Westward Lass leave Cobhallow pier?",
    # the Nethercoombe blog names no captain (f4cee141; "Hen (Sunday XI)", "Old Wicket-keeper" comment ¶22–24)
    "who captains the Nethercoombe cricket club?",
    # "the switchboard was jammed with listeners in tears, and some sent wreaths" (ab0e4afc ¶13); no number
    "how many wreaths were sent after Grace Archer died?",
    "what was the name of Clemency Crabtree's tortoise?",  # "a photograph of our tortoise" (ec27258e ¶7); no name
    # "the best of them will be judged on Saturday 24 October" (ec27258e ¶9); no winner yet
    "who won the Mill Street Primary model competition?",
    # "The plaque was commissioned … after a public vote on the wording" (6d20766c ¶19); the wording is not given
    "what did the slate plaque in Skinner Street say?",
    # "the opening festival runs from 5 to 20 July" (bc376a80 ¶12); no count (d0557d61 ¶6's "more than a thousand
    # visitors" toured the tannery in 1989)
    "how many visitors came to the Hidehouse opening festival?",
    # "after a year's restoration" (823839e9 ¶4, ¶25); no cost
    "how much did the restoration of Horlewick's Market Clock cost?",
    # the studio went to Moscow in 1976 and goes again on 28 March (c8b4a483 ¶11–15); no hotel
    "в какой гостинице останавливались девочки «Вербочки» в Москве?",
    # "билеты уже продаются в кассе" (c8b4a483 ¶19); no price
    "сколько стоят билеты на отчётный концерт «Вербочки»?",
    # "La comida de hermandad será el día 27, y las entradas pueden comprarse en el bar" (ef83b8ce ¶23); no price
    "¿a qué precio se venden las entradas para la comida del día 27?",
    # "el Real Madrid ganó por 3 a 1 al Os Belenenses de Lisboa" (ef83b8ce ¶7); only Barinaga's goal is named
    "¿quién marcó el único gol del Os Belenenses de Lisboa?",
    "城际一日游 费用 多少钱",  # 8月5日“城际一日游” … 名额有限 (862ec29d ¶23); no price
    "摄影比赛 一等奖 获得者",  # “城际十五年”摄影比赛 … 获奖作品 (862ec29d ¶19–21); no winner named
    # Penzance is not in the corpus; the paddle steamer calls at Cobhallow pier (bb052b78 ¶6, 0347de77 ¶20)
    "Penzance pier paddle steamer",
    # Ruddington is not in the corpus (Ruddlestone's tannery blaze is d0557d61)
    "Ruddington leather works blaze",
    # Horsham is not in the corpus; the clockmaking town with open workshops is Horlewick (823839e9 ¶4)
    "Horsham clockmakers open workshops",
    # Valladolid is not in the corpus; the peña and the stadium's anniversary are Villatorcaz's (ef83b8ce)
    "Valladolid peña aniversario estadio",
    # Voronezh is not in the corpus; the choreographic studio is Verbogorsk's (c8b4a483)
    "Воронеж хореографическая студия Большой театр",
    # Tangshan is not in the corpus; the intercity trains and the photo contest are Xingwu's (862ec29d)
    "唐山 城际列车 摄影展",
    # Owen Patchett is Brisselton's librarian (ec27258e ¶15); the coppice open day is Yarrowdean's (bbfd8543 ¶14–15)
    "Owen Patchett coppice open day",
    # Dr Anwen Pugsley gives the Big Clock talk (823839e9 ¶17); the Rocket is Pennow Moss's (f745cafe ¶13)
    "Dr Anwen Pugsley Rocket locomotive",
    # Barnaby Alsopp, "a studio engineer", "died in 2004" (ab0e4afc ¶15); no date he left
    "when did Barnaby Alsopp leave the BBC?",
    # Josiah Harrop kept a pocket diary (f745cafe ¶7–15); no age
    "how old was Josiah Harrop when he kept his diary?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind121/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
