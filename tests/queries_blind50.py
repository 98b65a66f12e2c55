"""A fiftieth lookup query set, for tuning ranking (written in the twenty-fourth round): a TUNING set, not
a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned on
it, and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind49.py, and tests/queries_blind51.py, written
  at the same time as this one, were not opened and are not part of the check). A throwaway script
  compared the word set of every query (Latin and Cyrillic words lower-cased, Chinese by character
  pairs, a few stop words left out) with every earlier query, and with the other queries of this set,
  while the set was being written; a query sharing more than half of its words with any one of them
  was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind62/docs, copied as ONE
  corpus into a subfolder blind62/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 4 + 6 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 5 + 6
(another inflection or derivation than the text uses, both directions, irregular forms too, in
English, Russian and Spanish), translit 6 + 10 (another script or romanisation than the text: Latin
names written in Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them,
postal spellings for Chinese place names, pinyin without tones for Chinese text, Latin letters for
Cyrillic names, accents dropped), russian 2 + 2, spanish 2 + 3, chinese 3 + 3, mention-noise 2 + 2
(Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits), name
2 + 3, phrase 2 + 2, question 3 + 3, topic 3 + 4: 37 + 47 answerable, and 20 + 30 unanswerable. Every
answerable query is answered by the documents' own words in some form, spelling or script (names may
be written in another script); none needs a translation of a common noun or a synonym the text never
uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name; a question in the corpus's own words about
something it does not say (a cost, a count, a height, a founder, a designer, a name, a cause, who won,
when someone died); a place or person the corpus does not hold but spelled close to one it does (two
or more edits from anything real in it); a common word plus a name from another article; Russian,
Spanish and Chinese ones; date-like and number questions the text does not answer. Each shares one or
more words with its corpus on purpose (in another script for some of the seeds' ones), and every
article holding those words was read to confirm that none answers the query.

How the expected articles were judged: by reading the documents only. Every document of the new
corpus was read in full first, and the seed articles used were read in full. Each query was written
from a passage of its article, and every word of it (and a stem of it, for the other forms) was
matched over the whole corpus, case- and accent-insensitively (ё as е), by a throwaway script that
listed every article and paragraph holding it; those paragraphs were read to decide which article a
reader wants first (`best`) and which others are fair answers too (`also`). For cross-paragraph
queries the same script checked that no paragraph (blank-line block or line, title line included;
in seeds/000–003 each line, as in the earlier sets) holds all of the query's words.

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

# The new-documents corpus is assembled by copying tests/gold/blind62/docs/* into ONE temporary
# corpus folder under the subfolder blind62/: files are then "blind62/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind62/docs",)
NEWDOCS_SUBDIRS = ("blind62",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "019f4b04": "THE BALCARRIE PRESS",
    "f9ea8020": "NEWS RELEASE",
    "93971bde": "THE DUNLAGGAN HERALD",
    # en_glasserton_gazette_digest.txt, split by the loader: the header (¶1–2), the gilders (¶5–13),
    # the Ashes (¶16–23), the northern lights (¶26–32); the "== n ==" markers (¶4, ¶15, ¶25) belong to
    # none of them
    "e7874c5f": "GLASSERTON GAZETTE: THREE STORIES FROM THE ARCHIVE",
    "28c7b96c": "GLASSERTON GILDERS ON STANDBY FOR WINDSOR",
    "42acfc5b": "ASHES JOY AT THE PAVILION",
    "ace9d6bc": "GLASSERTON, Saturday 11 May - Hundreds of people turned out",
    "2a1e732a": "THE GREYHOLM QUILTER",
    "e69eac74": "INVERBRAE AND DISTRICT CIVIC TRUST",
    "bc9a0646": "OBITUARIES",
    # en_orrick_advertiser_digest.txt, split by the loader: the hall fire (¶5–12), the seat belts
    # (¶18–23), the parliament (¶27–34); the scrapbook heading (¶1), the datelines (¶3, ¶16) and the
    # rules (¶14, ¶25) belong to none of them
    "09f92713": "HALL DESTROYED IN NIGHT BLAZE",
    "632d33aa": "BELT UP, SAYS SERGEANT",
    "3f2e48d9": "ORRICK PUPILS SEE PARLIAMENT OPENED",
    "4fcaa9dc": "ORRICK, 11 March - Twenty-five years to the day after fire gutted",
    "5c1af780": "ROWANBURN SCULPTURE TRAIL",
    "b2905a63": "TOLLIVER CREEK NOTEBOOK",
    "358b11b2": "WRANGBY TOWN COUNCIL",
    "4c5583ba": "ZUBIZABAL",
    "90329377": "ПОЛЮС ХОЛОДА В ШКОЛЬНОМ МУЗЕЕ",
    "807cf518": "云杉镇举行汶川地震十五周年纪念活动",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "Modeled after London's Stamford Bridge" ¶291; "47.6 seconds" ¶287; Bethune, "heir to a Scottish family
    # of doctors" ¶275
    Query("Stamford Bridge 47.6 seconds family of doctors", "7ab1f62c", "cross-paragraph"),
    # "the July 7 Lugou 'Marco Polo' Bridge Incident" ¶505; the Daily Worker's "editorial" ¶507; MacManus's
    # biography "'Ocean Devil'" ¶489; "the Levellers took a stand for Irish independence" ¶517
    Query("Lugou editorial Ocean Devil Levellers", "ac7222d4", "cross-paragraph"),
    # "cybersecurity, nanotechnology" ¶105; "the 65th anniversary of the establishment of diplomatic
    # relations" ¶87; "Miguel Díaz-Canel Bermúdez" ¶85/89 (20f574be has Díaz-Canel in Laos only); "the
    # economic, commercial and financial blockade" ¶101
    Query("cybersecurity 65th anniversary Díaz-Canel blockade", "d807680a", "cross-paragraph"),
    # "symbols like the Yasukuni Shrine" 003 line 41; "the 2001 Treaty of Good-Neighborliness" line 47;
    # "reforming institutions such as the UN, WTO, and IMF" line 15 (9e49ddff has the WTO only ¶440)
    Query("Yasukuni Shrine Treaty of Good-Neighborliness WTO IMF", "b39d8185", "cross-paragraph"),
    # Word forms: the text has another form
    # "George Hogg died of tetanus aged just 30 on 22 July 1945" ¶483; "in his last days of the summer of
    # 1945" ¶499 (died → death)
    Query("Hogg's death in the summer of 1945", "ac7222d4", "word-form"),
    # "he taught and preached" ¶285; "In Tianjin, he taught at an Anglo-Chinese college" ¶291 (taught →
    # teaching, irregular)
    Query("Liddell teaching and preaching in Tianjin", "7ab1f62c", "word-form"),
    # "The friendship between Cuba and China was forged by … Mao Zedong and Fidel Castro Ruz" ¶93; "the
    # friendship is rock-solid" ¶89 (5a5d8582 calls the Cambodian friendship rock-solid ¶245, no Castro)
    Query("Castro and Mao forging a rock-solid friendship", "d807680a", "word-form"),
    # "Ellos pelearon contra el dogmatismo" ¶315, in Yan'an (pelearon → pelea)
    Query("la pelea contra el dogmatismo en Yan'an", "dde32893", "word-form"),
    # Putin: "oppose any acts of distorting history and beautifying Nazis, militarists … never forget or
    # slander the achievements of the liberators" 002 line 11; b39d8185: "vilify the image of the
    # liberators" 003 line 37
    Query("slander of liberators and beautification of militarists", "424ab945", "word-form", also=("b39d8185",)),
    # Another script or romanisation
    Query("Хорсли Саутбэнк", "ccf1d4fa", "translit"),  # David Horsley, "London's Southbank" ¶111 in Cyrillic
    Query("Реви Элли", "ac7222d4", "translit"),  # "the New Zealand internationalist Rewi Alley" ¶495 in Cyrillic
    # accents dropped: "The Vietnamese newspaper Nhân Dân … welcomed the visit of the Lao leader" ¶145, ¶151
    Query("Nhan Dan Lao leader", "20f574be", "translit"),
    # To Lam ¶67/69/73, Luong Cuong ¶71, Hanoi ¶73 in Cyrillic; 20f574be: To Lam ¶145 and Hanoi ¶143, no
    # Luong Cuong
    Query("То Лам и Лыонг Кыонг в Ханое", "362ba691", "translit", also=("20f574be",)),
    # postal spelling of Shaanxi: "cities in Shaanxi and Gansu provinces, as well as Shanghai" ¶549;
    # "Discussions at Fudan University" ¶541
    Query("Shensi Shanghai Fudan", "6710eba1", "translit"),
    # pinyin of 抗日战争 … 胜利 in the Chinese title, 003 line 20 (the only Chinese text in seeds/)
    Query("Kangri zhanzheng shengli", "b39d8185", "translit"),
    # Russian (names written in Cyrillic, declined)
    # "his meeting with Ivan Melnikov" 001 line 6 (Liu Qibao lines 4–14)
    Query("встреча Лю Цибао с Иваном Мельниковым", "054ef6fb", "russian"),
    # King Norodom Sihamoni ¶235–241; Prime Minister Hun Manet ¶243/247
    Query("Хун Манет и король Сихамони", "5a5d8582", "russian"),
    # Spanish
    # "visitamos JISCO, una empresa siderúrgica estatal … una granja lechera" ¶335
    Query("una empresa siderúrgica estatal con granja lechera", "dde32893", "spanish"),
    # "Antes de la revolución en 1949 … las hambrunas provocadas por el hombre, el caudillismo" ¶313
    Query("las hambrunas y el caudillismo antes de la revolución", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("兰虎 大使", "f78fdcd6", "chinese"),  # "Chinese Ambassador Lan Hu" ¶33/43/53
    # "Zhao Leji also paid respects at the Ho Chi Minh Mausoleum" ¶75 (20f574be names Zhao Leji ¶156 only)
    Query("赵乐际 胡志明陵", "362ba691", "chinese"),
    # "Deng Xiaoping Theory, the Theory of Three Represents" ¶383, in the original characters
    Query("邓小平理论 三个代表", "38a7d84f", "chinese"),
    # Mentions and zero-width spaces around the real words
    # "the text of the paper presented by Keith, which outlines the solidarity extended by people in
    # Britain" ¶477 (d89fdf72 lists Keith Bennett as a speaker ¶367)
    Query("<@31337> \u200bKeith presented a paper on British solidarity", "ac7222d4", "mention-noise"),
    # "Ambassador Lan Hu expressed his gratitude … during the inauguration" ¶43
    Query("@here \u200bLan Hu\u200b inauguration speech", "f78fdcd6", "mention-noise"),
    # Typos (1–2 edits)
    Query("Tokaiev Kazakstan", "26d64f12", "typo"),  # "Kazakhstan President Kassym-Jomart Tokayev" ¶405
    Query("Pashinian Armenian", "0e5d6094", "typo"),  # "Armenian Prime Minister Nikol Pashinyan" ¶257
    Query("Khurelsukh Ukhnah", "c061f0a1", "typo"),  # "Mongolian President Khurelsukh Ukhnaa" ¶187/197
    # Names
    Query("Ken Hammond Jodie Evans", "d89fdf72", "name"),  # speakers ¶363, ¶365
    # "Li Jinxian, director of the Memorial Work Department" 000 line 1; "Foreign Minister Sergei Lavrov" line 7
    Query("Sergei Lavrov Li Jinxian", "097182f6", "name"),
    # Phrases
    # Mao on Bethune: "a man free from vulgar interests, a man who was of benefit to the people" ¶275
    Query("a man who was of benefit to the people", "7ab1f62c", "phrase"),
    # the Daily Worker's editorial: "The Chinese people must be backed up." ¶507
    Query("the Chinese people must be backed up", "ac7222d4", "phrase"),
    # Questions
    Query("who moderated the Eurocentric narrative webinar?", "d89fdf72", "question"),  # ¶355, "Moderator" ¶369
    # "On September 9, the Xinhua News Agency devoted a feature article to the legacy of Eric Liddell" ¶283
    Query("which agency ran a feature on Liddell on 9 September?", "7ab1f62c", "question"),
    # "actors in 'yellow face' when depicting Chinese people" ¶113/129
    Query("in what colour face did actors depict Chinese people?", "ccf1d4fa", "question"),
    # Topics
    # "the high levels of protocol and hospitality extended by the Chinese side" to the DPRK leader ¶219
    Query("hospitality and protocol for the DPRK leader", "eca32116", "topic"),
    # "the first to organise a Hyde Park meeting, where … J.R. Campbell demanded a Japanese withdrawal" ¶525
    Query("Hyde Park meeting demanding Japanese withdrawal", "ac7222d4", "topic"),
    # "yesterday's enemy soon became a frontline, if subordinate, ally … within the context of the Cold War"
    # ¶279 (9e49ddff: "the Cold War mentality" ¶440, not Japan)
    Query("Japan as a subordinate Cold War ally", "7ab1f62c", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Congo (faecd2e1): the community with a shared future, zero-tariff treatment, FOCAC; no river, no power
    "Congo river hydropower",
    # Lady From Chungking (ccf1d4fa ¶113/129): its star and story; no composer and no music anywhere
    "who composed the music for Lady from Chungking?",
    # Lula, Brazil and tariff blackmail (e065690c ¶451/463); no coffee and no tariff rate
    "Lula tariff on Brazilian coffee",
    "¿cuántos empleados tiene JISCO?",  # JISCO (dde32893 ¶335): its green cover, dairy farm, winery; no staff count
    # Kim Jong Un (eca32116) reviewed a military parade in Beijing ¶219; Pyongyang is never named
    "金正恩 平壤 阅兵",
    # Mirzoyan is 3+ edits from Mirziyoyev, the Uzbek president (3a9fa4ed); nobody called Mirzoyan
    "Mirzoyan Uzbekistan",
    # Defence Minister Vladimir Padrino was at the Caracas unveiling (f78fdcd6 ¶33/53); only Putin, another
    # Vladimir, visits Beijing (c061f0a1, eca32116)
    "Vladimir Padrino Beijing visit",
    "Бетьюн Монреаль",  # Bethune (7ab1f62c ¶275): "heir to a Scottish family of doctors"; no Montreal, no Canada
    # SACU is named once, as Jenny Clegg's outlet (ac7222d4 ¶513); "founded" there is the 'Friends of the
    # Chinese People'; the CCC was "founded in late August or early September 1937" ¶505
    "when was SACU founded?",
    # Tienanmen Square (eca32116 ¶219, 38a7d84f ¶377): the rostrum and the parade; no aircraft in seeds/
    "how many aircraft flew over Tienanmen Square?",
    # "a financial donation from a Colonel Younghusband" to Arthur Clegg (ac7222d4 ¶521): no sum
    "how much money did Younghusband give the CCC?",
    # the only ambassador is China's Lan Hu in Caracas (f78fdcd6); Lukashevich is 4 edits from Lukashenko
    "ambassador Lukashevich",
    # Lavrov spoke in Wonsan (097182f6 line 7); the Tianjin SCO statement is Xi's (9e49ddff ¶431)
    "Lavrov Tianjin SCO speech",
    "Zhao Leji Phnom Penh",  # Zhao Leji (362ba691) went to Hanoi; Phnom Penh is never named
    # "expanding joint exercises" (b39d8185, 003 line 54): no place; 中俄 and 联合 are in the Chinese title (line 20)
    "中俄联合军演 地点",
    # Thongsing is 4 edits from Thongloun (20f574be); Vientiane is never named
    "Thongsing Vientiane",
    # the 7th Congress in Yan'an and its bowls-and-beans ballot (dde32893 ¶315): no vote count
    "¿cuántos votos recibió el 7mo Congreso?",
    # Liu Qibao met Ivan Melnikov in Khabarovsk (054ef6fb line 6); nobody called Maslov
    "Маслов Хабаровск",
    "Thongloun wife",  # Thongloun (20f574be): no wife; the one wife in seeds/ is Xi's, Peng Liyuan (5a5d8582 ¶237)
    # the Queen Mother Norodom Monineath Sihanouk visited Beijing (5a5d8582 ¶235–241); no funeral
    "Sihanouk funeral",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # Ally's widow "still lives on Shore Street" ¶17; "carrying a candle each" ¶7 (93971bde: "printed by
    # candlelight" ¶23); "a memorial garden on the old net-drying green" ¶25–26
    Query("Shore Street candle net-drying green", "019f4b04", "cross-paragraph"),
    # "a flypast by the museum's Tiger Moth" ¶19–20; "Derrygimlagh bog near Clifden" ¶14; "Contact: Fiona
    # Laidlaw, museum secretary" ¶31
    Query("Tiger Moth Derrygimlagh Fiona Laidlaw", "f9ea8020", "cross-paragraph"),
    # "born on 19 February 1921 at Achnaskea" ¶9; "the last of her Munros" ¶17; "A memorial walk up Creag
    # Bheag" ¶25
    Query("Achnaskea Munros Creag Bheag", "bc9a0646", "cross-paragraph"),
    # "механик-водитель Аркадий Сундуков" ¶8–9; "у руководителя музея Ольги Витальевны Кромовой" ¶16–17;
    # "в Пихтовск приедет полярник" ¶20
    Query("Сундуков Кромова полярник", "90329377", "cross-paragraph"),
    # "Next year's Charter Fair, on 21 May" ¶24; "Ruth Abernethy, Town Clerk" ¶26; "The Christmas Market
    # goes ahead" ¶14
    Query("Charter Fair Ruth Abernethy Christmas Market", "358b11b2", "cross-paragraph"),
    # "la ingeniera Itziar Olabarrieta" ¶16; "nuestra primera travesía en la barquilla" ¶12; "visitas
    # guiadas a la pasarela superior" ¶23
    Query("Olabarrieta barquilla pasarela superior", "4c5583ba", "cross-paragraph"),
    # Word forms
    # "taught three generations of Strathavel children to read" ¶6 (taught → teaching, irregular)
    Query("teaching Strathavel children to read", "bc9a0646", "word-form"),
    # "the Piper Alpha platform was destroyed on the night of 6 July 1988" ¶8 (09f92713: "HALL DESTROYED" ¶5)
    Query("destruction of the Piper Alpha platform", "019f4b04", "word-form"),
    # "The 1890 bridge will be floodlit for the first time in its life" ¶19 (floodlit → floodlighting)
    Query("floodlighting the 1890 bridge", "e69eac74", "word-form"),
    # "самую низкую температуру, когда-либо измеренную на поверхности Земли" ¶10–11
    Query("измерение самой низкой температуры на Земле", "90329377", "word-form"),
    Query("la inauguración del Puente de Vizcaya", "4c5583ba", "word-form"),  # "se inauguró el Puente de Vizcaya" ¶6
    # "The entry for May 19 just says "Shoveling."" ¶16; "Ash like flour on the truck" ¶15
    Query("shovelled the ash off the truck", "b2905a63", "word-form"),
    # Another script or romanisation
    # Пихтовск ¶3/8/20, Аркадий Сундуков ¶8–9 in Latin
    Query("Pikhtovsk Sundukov", "90329377", "translit"),
    Query("Olga Vitalievna Kromova", "90329377", "translit"),  # Ольги Витальевны Кромовой ¶16–17 in Latin
    # 云杉镇 ¶1/3/6, 镇卫生院老院长何素芬 ¶8 in pinyin
    Query("Yunshan zhen He Sufen", "807cf518", "translit"),
    Query("Пайпер Альфа Балкарри", "019f4b04", "translit"),  # Piper Alpha ¶8/13, Balcarrie ¶1/6/14 in Cyrillic
    # "Alcock and Brown's crossing" ¶8, "near Clifden" ¶14, in Cyrillic
    Query("Олкок и Браун Клифден", "f9ea8020", "translit"),
    # "Tolliver Creek, a hundred and sixty-odd miles east of Mount St. Helens" ¶6–7, in characters
    Query("圣海伦斯 托利弗溪", "b2905a63", "translit"),
    # "Mr Donald Rusk visited the castle" ¶10, "Windsor Castle" ¶9, in characters
    Query("唐纳德·拉斯克 温莎", "28c7b96c", "translit"),
    Query("Португалете Лас-Аренас", "4c5583ba", "translit"),  # "entre Portugalete y Las Arenas" ¶6–7 in Cyrillic
    # accents dropped: "La exposición fotográfica «Ciento veinticinco años colgados»" ¶21
    Query("exposicion fotografica Ciento veinticinco anos colgados", "4c5583ba", "translit"),
    Query("Несса Куорри", "bc9a0646", "translit"),  # Nessa Quarrie ¶3/6/22 in Cyrillic
    # Russian
    Query("записаться на экскурсию для классов", "90329377", "russian"),  # "Записаться на экскурсию для классов" ¶16
    # "приедет полярник … он проведёт встречи со старшеклассниками" ¶20–21
    Query("полярник встретится со старшеклассниками", "90329377", "russian"),
    # Spanish
    # "la marcha por la ría; la repetiremos el próximo año … si el tiempo lo permite" ¶26–27
    Query("la marcha por la ría si el tiempo lo permite", "4c5583ba", "spanish"),
    Query("comida popular en el frontón", "4c5583ba", "spanish"),  # "Comida popular en el frontón" ¶19
    # "la UNESCO lo declaró Patrimonio de la Humanidad" ¶11–12
    Query("la UNESCO lo declaró Patrimonio de la Humanidad", "4c5583ba", "spanish"),
    # Chinese
    Query("生命之墙 遇难者照片", "807cf518", "chinese"),  # "生命之墙"又增补了一批遇难者照片 ¶12
    Query("操场上搭帐篷接生", "807cf518", "chinese"),  # 那几天我们在操场上搭帐篷接生 ¶8–9
    Query("镇中学 防灾演练", "807cf518", "chinese"),  # 镇中学还组织学生到纪念园开展防灾演练 ¶15
    # Mentions and zero-width spaces
    # "[Caption: The aurora over the Law, 10 May 2024. Picture: Kirsty Noble]" ¶32
    Query("<@8812> Kirsty Noble\u200b aurora picture", "ace9d6bc", "mention-noise"),
    # "Hand-quilting workshop with Morven Ruthie" ¶14
    Query("@everyone \u200bMorven Ruthie hand-quilting workshop", "2a1e732a", "mention-noise"),
    # Typos
    Query("Cairnhold Aviation Museum", "f9ea8020", "typo"),  # "Cairnholt Aviation Museum" ¶2/8/30
    Query("Rowenburn sculpture trail", "5c1af780", "typo"),  # "ROWANBURN SCULPTURE TRAIL" ¶1
    Query("Toliver Creek notebook", "b2905a63", "typo"),  # "TOLLIVER CREEK NOTEBOOK" ¶1
    # Names
    Query("Dale Ackerby", "b2905a63", "name"),  # "Posted on May 18 by Dale Ackerby" ¶2, ¶29
    Query("Elspeth Mair", "93971bde", "name"),  # "Compiled from the Herald's files by Elspeth Mair" ¶4
    Query("Alec Moffat", "4fcaa9dc", "name"),  # "said Trust chairman Alec Moffat" ¶22–23
    # Phrases
    Query("I can still smell it", "4fcaa9dc", "phrase"),  # Mrs Jean Halliday ¶6
    Query("It is heartbreaking, but it can be done", "28c7b96c", "phrase"),  # Mr Donald Rusk ¶12
    # Questions
    # "Twelve pupils of Orrick High were on the Mound yesterday to watch the Queen open the Scottish
    # Parliament" ¶29–30
    Query("how many pupils of Orrick High saw the parliament opened?", "3f2e48d9", "question"),
    # "took off from Lester's Field, St John's, Newfoundland … Some sixteen hours later … in the west of
    # Ireland" ¶11–14 (28c7b96c: the fire "burned for some fifteen hours" ¶10)
    Query("how many hours did the Vimy take from Newfoundland to Ireland?", "f9ea8020", "question"),
    # "she took charge of Strathavel School on 28 August 1956, its first woman head" ¶11–12
    Query("who was Strathavel School's first woman head?", "bc9a0646", "question"),
    # Topics
    # "drivers and front-seat passengers must by law wear their seat belts" ¶20–21
    Query("seat belt law for front-seat passengers", "632d33aa", "topic"),
    # "Hundreds of people turned out on Glasserton Law last night for a display of the northern lights" ¶26–27;
    # "The aurora over the Law" ¶32
    Query("northern lights over the Law", "ace9d6bc", "topic"),
    # "crowded into the Glasserton CC pavilion … to watch the last day of the Oval Test on the big screen" ¶18–19
    Query("watching the Oval Test on the big screen", "42acfc5b", "topic"),
    # "The hall had been booked for the Young Farmers' dance on Friday 17 March; the dance will now be held in
    # the school gym" ¶9–11 (4fcaa9dc: dances held in the school gym for 25 years ¶11–12, no Young Farmers)
    Query("Young Farmers' dance after the hall fire", "09f92713", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Piper Alpha compensation payments",  # Piper Alpha (019f4b04): the 167 lost, the memorials; no compensation
    # "an explosion tore through the Piper Alpha platform" (019f4b04 ¶13): no cause given
    "what caused the Piper Alpha explosion?",
    # Walter Dunning (f9ea8020 ¶15/21): one of the Vimy's fitters, his papers on show; no death, no grave
    "where is Walter Dunning buried?",
    # "the great bridge over the Firth" (e69eac74 ¶6): "the men who built it"; no designer or engineer named
    "who designed the bridge over the Firth?",
    # Kilcarrie is 2 edits from Balcarrie, whose harbour and memorial garden are 019f4b04's; no Kilcarrie
    "Kilcarrie harbour memorial",
    # the Rowanburn trail and its guided walks (5c1af780 ¶14); Rowanbank is 3 edits from Rowanburn
    "Rowanbank woodland walks",
    # Dunlaggan Curling Club (93971bde ¶26); Dunlappin is 3 edits from Dunlaggan
    "Dunlappin curling club",
    # Mount St. Helens and its ash (b2905a63); Rainier is never named, and the text never says "eruption"
    "Mount Rainier eruption ash",
    "何素芬 当了多少年院长",  # 镇卫生院老院长何素芬 (807cf518 ¶8): no years in office
    "云杉镇 人口",  # 云杉镇 (807cf518): 四十七人遇难 ¶7; no population
    "когда умер Аркадий Сундуков?",  # Аркадий Сундуков (90329377 ¶8–12): two winters at Vostok; no death date
    # «Восток» "была открыта 16 декабря 1957 года" (90329377 ¶4–5): no founder named
    "кто основал станцию «Восток»?",
    "Пихтовск аэропорт",  # Пихтовск (90329377): the school museum; no airport
    # "nuestra primera travesía en la barquilla" ¶12, "Travesía conmemorativa" ¶17 (4c5583ba): no price; the
    # only tickets are for the comida ¶19
    "¿cuánto cuesta la travesía en la barquilla?",
    # "Junta directiva de Zubizabal" (4c5583ba ¶29) signs the bulletin; nobody presides by name
    "¿quién preside la junta directiva de Zubizabal?",
    "¿cuántos metros mide el Puente de Vizcaya?",  # the Puente de Vizcaya (4c5583ba ¶6): no size
    # Cairnholt (f9ea8020 ¶25–26): "visitor numbers have since doubled"; no figures
    "what are Cairnholt's annual visitor figures?",
    # the new Orrick Community Hall (4fcaa9dc ¶4, ¶14): "a Lottery award"; no sum, no cost
    "how much did the new Orrick Community Hall cost?",
    # Kirsty Noble took the aurora picture (ace9d6bc ¶32); the quilts and the spring show are the guild's
    # (2a1e732a ¶15, ¶21–23), with no Kirsty Noble
    "Kirsty Noble's quilts at the spring show",
    # Mrs Jean Halliday opened the Orrick hall (4fcaa9dc ¶5); curling is Dunlaggan's (93971bde ¶13/26)
    "Jean Halliday curling",
    # Sergeant Tom Elliot (632d33aa ¶21): seat belts; the firemen are in the hall fire (09f92713 ¶8); no brigade
    "Tom Elliot fire brigade",
    # Ally Strachan (019f4b04 ¶15): "None came home"; the funerals are Queen Victoria's (93971bde ¶9) and
    # Nessa Quarrie's (bc9a0646 ¶24)
    "Ally Strachan's funeral",
    # "The club's own season closes on the 24th with the President's XI match" (42acfc5b ¶21–22): no result
    "who won the President's XI match?",
    # Windsor Castle (28c7b96c): "A decision on the restoration contracts is not expected before 4 December"
    # ¶12–13; no cost
    "how much did the Windsor Castle restoration cost?",
    # Wrangby's Thursday market (358b11b2 ¶9, ¶17): no number of traders or stalls
    "how many traders come to Wrangby's Thursday market?",
    # Wrangby Town Council (358b11b2): the Town Clerk Ruth Abernethy ¶26; no mayor (e69eac74 has a Provost)
    "who is the mayor of Wrangby?",
    # "Rowanburn Wood Trust is a registered charity run by volunteers" (5c1af780 ¶25); the one Trust
    # chairman, Alec Moffat, chairs Orrick's Hall Trust (4fcaa9dc ¶22)
    "Rowanburn Wood Trust chairman",
    "what is Dale Ackerby's sister called?",  # "My sister and I" (b2905a63 ¶20): never named
    "how high is Glasserton Law?",  # Glasserton Law (ace9d6bc ¶26, ¶32): the aurora crowd; no height
    # the gales "brought down the chimney of the Cross Keys" (93971bde ¶19); "Snow closed every road" ¶22
    "when did the Cross Keys close?",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind62/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
