"""A forty-fourth lookup query set, for tuning ranking in the twenty-second round: it is a TUNING set,
not a blind one, RICH IN UNANSWERABLE QUERIES, written to be read and tuned on (the search may be tuned
on it, and once used for tuning, a score on it is in-sample).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py,
  tests/queries_heldout.py and the earlier tests/queries_blind*.py; no query here is a copy or
  near-copy of a query in those files (tests/queries_blind43.py, a blind set, and
  tests/queries_blind45.py, written at the same time as this one, were not opened and are not part of
  the check). A throwaway script compared the word set of every query (Latin and Cyrillic words,
  Chinese by character pairs, a few stop words left out) with every earlier query, and with the other
  queries of this set, while the set was being written; a query sharing more than half of its words
  with any one of them was replaced.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind56/docs, copied as ONE
  corpus into a subfolder blind56/ (see NEWDOCS_DIRS). Two of its files are digests that the loader
  splits into several articles (see NEWDOCS_TITLES). The same near-copy check was run on them.

Kinds and counts (answerable seeds + new documents): cross-paragraph 4 + 5 (the words of the query
are in one article but no single paragraph, title line included, holds them all), word-form 5 + 7
(another inflection or derivation than the text uses, both directions, an irregular past too, in
English, Russian and Spanish), translit 6 + 10 (another script or romanisation than the text: Latin
names written in Cyrillic or Chinese characters as a Russian or Chinese newspaper transcribes them,
postal spellings for pinyin names, Latin letters for Cyrillic and Chinese names, Spanish names in
Cyrillic, accents dropped), russian 2 + 2, spanish 2 + 3, chinese 2 + 3, mention-noise 2 + 2
(Discord/Telegram mentions and zero-width spaces around the real words), typo 3 + 3 (1–2 edits), name
2 + 2, phrase 2 + 2, question 3 + 3, topic 2 + 3: 35 + 45 answerable, and 20 + 30 unanswerable. Every
answerable query is answered by the documents' own words in some form, spelling or script (names may
be written in another script); none needs a translation of a common noun or a synonym the text never
uses.

The unanswerable queries are the point of this set, and are of varied kinds: a name the corpus holds
joined to a subject it never connects with that name; a question in the corpus's own words about
something it does not say (a founder, a birthplace or birth date, an age, a count, a price, a winner,
a name, a title); a place or person the corpus does not hold but spelled close to one it does (three
or more edits from anything real in it); a common word plus a name from another article; Russian,
Spanish and Chinese ones. Each shares one or more words with its corpus on purpose (in another script
for some of the seeds' ones), and every article holding those words was read to confirm that none
answers the query.

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

# The new-documents corpus is assembled by copying tests/gold/blind56/docs/* into ONE temporary
# corpus folder under the subfolder blind56/: files are then "blind56/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind56/docs",)
NEWDOCS_SUBDIRS = ("blind56",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "d23da54a": "DUNNERHOLM SEAL WATCH",
    "43e4cd33": "FAXBURY & DISTRICT ADVERTISER",
    "dbbcdab0": "PRESS RELEASE",
    "6a2af746": "THE LUNSDALE LODESTONE",
    "f5d63a9e": "THE MORROWFIELD MERCURY",
    # en_quillerton_clarion_digest.txt, split by the loader: the header (¶1–2), the World Cup semi-final
    # (¶5–8), the Diamond Jubilee (¶13–16), the northern lights (¶21–24); the bracketed datelines (¶4,
    # ¶12, ¶20) and the rules (¶10, ¶18) belong to none of them
    "445fa9ec": "THE QUILLERTON CLARION: THREE NIGHTS THE TOWN STAYED UP",
    "17080037": "TEARS IN TURIN, SILENCE IN THE SQUARE",
    "f58e579b": "STREETS OF BUNTING FOR THE DIAMOND JUBILEE",
    "55b63ba7": "NORTHERN LIGHTS PAINT THE SKY PINK OVER QUILLERTON",
    "9e6e113c": "OBITUARIES",
    "68ba061b": "RUSHOLT SWORD & MORRIS WEEKEND",
    # en_sappersby_gazette_digest.txt, split by the loader: the header (¶1–2), the footbridge (¶7–11),
    # foot-and-mouth (¶16–22), the Christmas lights (¶27–33); the "=====" rules (¶4, ¶13, ¶24) and the
    # "From our issue of …" lines (¶5, ¶14, ¶25) belong to none of them
    "abc36415": "SAPPERSBY GAZETTE - FROM THE BOUND VOLUMES",
    "be4b7354": "NEW FOOTBRIDGE SPANS THE SAPPER AT LAST",
    "0ee9e73b": "FOOT-AND-MOUTH: MART SHUT, FOOTPATHS CLOSED",
    "90b2701b": "LIGHTS UP, AND STAYING UP",
    "956e4883": "Mart bell rings again, ten years after the gates were chained",
    "993519b2": "SWALEBY TOP - notes from a small Dales village",
    "2ec495eb": "YELDERBY DISTRICT COUNCIL",
    "10b491f3": "CUARENTA AÑOS DE LA PANTANADA",
    "b51a0a1a": "«КРАСНООЗЁРСКИЙ ВЕСТНИК»",
    "253b8551": "岚湾人的“争气电”",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # "reported by RIA Novosti" 000 line 2; Lavrov "in the Korean city of Wonsan" line 7; "the exclusion of
    # China's Victory Parade" line 14
    Query("RIA Novosti Wonsan exclusion", "097182f6", "cross-paragraph"),
    # "the Dunhuang Salt Tower solar plant" ¶539; "the guerrilla warfare strategy", "(Kuomintang (KMT))"
    # ¶557 (097182f6: "Chinese guerrilla fighters" line 3)
    Query("Salt Tower guerrilla warfare Kuomintang", "6710eba1", "cross-paragraph"),
    # "emergency management" ¶207 (Mirziyoyev); "the China-Pakistan Economic Corridor 2.0" ¶211; "No force
    # can shake this unbreakable bond" ¶213 (424ab945: "an unbreakable great friendship" line 7)
    Query("Corridor 2.0 emergency management unbreakable bond", "3a9fa4ed", "cross-paragraph"),
    # "at Zhongnanhai" ¶237; "his state visit to Cambodia in April" ¶239; "President Xi's historic state
    # visit to Cambodia last April … combat online gambling and telecom fraud" ¶247
    Query("Zhongnanhai April state visit telecom fraud", "5a5d8582", "cross-paragraph"),
    # Word forms: the text has another form
    # Armenia "signed multiple bilateral cooperation documents in such areas as market regulation,
    # metrology, and media" ¶261
    Query("Armenia signing metrology documents", "0e5d6094", "word-form"),
    # "The ironclad Pakistan-China friendship has taken root in the hearts of the over 200 million
    # Pakistani people" ¶213
    Query("friendship taking root in the hearts of Pakistani people", "3a9fa4ed", "word-form"),
    # Min Aung Hlaing: China "supporting its post-disaster rehabilitation efforts" ¶419
    Query("rehabilitating Myanmar after the disaster", "26d64f12", "word-form"),
    # the SCO was the first to "proclaim the member states' commitment to forge lasting friendship and
    # refrain from hostilities" ¶433
    Query("proclamation of lasting friendship refraining from hostilities", "9e49ddff", "word-form"),
    # "la delegación presenció de primera mano el poder del socialismo" ¶301
    Query("presenciando de primera mano el poder del socialismo", "dde32893", "word-form"),
    # Another script or romanisation
    # postal spellings of Shaanxi ¶549 and Yan'an ¶535/557; dde32893 has Yan'an (¶307/315) but not Shaanxi
    Query("Shensi Yenan", "6710eba1", "translit"),
    # "Chairman of the National Assembly of Vietnam Tran Thanh Man" ¶65, "Vietnamese President Luong
    # Cuong" ¶71, in Cyrillic
    Query("Чан Тхань Ман Лыонг Кыонг", "362ba691", "translit"),
    # accents dropped: "The Vietnamese newspaper Nhân Dân" ¶145/151, "the historic Ba Dinh Square" ¶143
    # (362ba691 has Ba Dinh Square ¶73 but not Nhân Dân)
    Query("Nhan Dan Ba Dinh", "20f574be", "translit"),
    # "Dr. Norman Bethune" ¶275 and "the Scottish capital Edinburgh" ¶273/287 in characters
    Query("白求恩 爱丁堡", "7ab1f62c", "translit"),
    # Jiayuguan ¶307/335/345 and "la provincia de Gansu" ¶333 in Cyrillic (6710eba1 ¶549 and ac7222d4
    # ¶485 have Gansu only)
    Query("Цзяюйгуань Ганьсу", "dde32893", "translit"),
    # "Discussions at Fudan University" ¶541 and Dunhuang ¶537/539 in Cyrillic (dde32893 has Dunhuang only)
    Query("Фудань Дуньхуан", "6710eba1", "translit"),
    # Russian (names written in Cyrillic, declined)
    # "President Nicolás Maduro being joined by Chinese Ambassador Lan Hu to inaugurate a monument" ¶33
    Query("Мадуро и посол Лань Ху", "f78fdcd6", "russian"),
    # "Kim Jong Un was greeted at Beijing Railway Station by Cai Qi" ¶221
    Query("Цай Ци встречал Ким Чен Ына", "eca32116", "russian"),
    # Spanish
    # "La expectativa de vida en las áreas rurales era tan baja como 24 años" ¶313
    Query("la expectativa de vida era tan baja como 24 años", "dde32893", "spanish"),
    # "la Alianza de Liberación Negra, Libros Iskra, y otros" ¶305
    Query("Alianza de Liberación Negra y Libros Iskra", "dde32893", "spanish"),
    # Chinese (names in Chinese characters)
    Query("清华大学", "ac7222d4", "chinese"),  # "all of Tsinghua University" ¶475
    # "Foreign Minister Subrahmanyam Jaishankar, with the absence of Prime Minister Narendra Modi" ¶451
    Query("莫迪 苏杰生", "e065690c", "chinese"),
    # Mentions and zero-width spaces around the real words
    # Xi to "Mongolian President Khurelsukh Ukhnaa": China "will remain a trustworthy and reliable partner for
    # Mongolia" ¶197
    Query("@here Khurelsukh \u200btrustworthy reliable partner", "c061f0a1", "mention-noise"),
    # "Zhao Leji also paid respects at the Ho Chi Minh Mausoleum and visited Ho Chi Minh's Stilt House" ¶75
    Query("<@5150> Stilt House\u200b mausoleum respects", "362ba691", "mention-noise"),
    # Typos (1–2 edits)
    Query("Subrahmanyan", "e065690c", "typo"),  # "Foreign Minister Subrahmanyam Jaishankar" ¶451
    Query("Younghusbend", "ac7222d4", "typo"),  # "a Colonel Younghusband" ¶521
    Query("Shebaz Sharif", "3a9fa4ed", "typo"),  # "Pakistani Prime Minister Shehbaz Sharif" ¶211
    # Names
    # "Jodie Evans (Co-founder of Code Pink)" ¶365; "Radhika Desai (International Manifesto Group),
    # Moderator" ¶369
    Query("Jodie Evans Radhika Desai", "d89fdf72", "name"),
    # "Defence Minister Vladimir Padrino" ¶33/53; "President Nicolás Maduro" ¶33/45/53
    Query("Vladimir Padrino Nicolás Maduro", "f78fdcd6", "name"),
    # Phrases
    # Lukashenko: "no force can stop China's development and revitalisation" ¶265
    Query("no force can stop China's development and revitalisation", "0e5d6094", "phrase"),
    # "with the United States cast as the primary disruptor of global stability" 003 line 11
    Query("cast as the primary disruptor of global stability", "b39d8185", "phrase"),
    # Questions
    # "Hogg remained almost entirely unknown in his native country for decades. This began to be partially
    # rectified with the 2008 publication of James MacManus's biography, 'Ocean Devil'" ¶487–489
    Query("which biography made George Hogg known in Britain?", "ac7222d4", "question"),
    # "as Vietnamese communist leader Ho Chi Minh once described it in a poem" ¶63
    Query("who described China-Vietnam relations in a poem?", "362ba691", "question"),
    # "Díaz-Canel Bermúdez paid a state visit to Laos, September 6-7, following his own visits to Vietnam and
    # China" ¶161 (d807680a has him in Beijing only)
    Query("which country did Díaz-Canel visit after China?", "20f574be", "question"),
    # Topics
    # "Some films dealing with the war in China either used the usual racist stereotypes" ¶113/129
    Query("racist stereotypes in war films", "ccf1d4fa", "topic"),
    # "the wartime camaraderie forged during the anti-fascist struggle laid the foundation for today's
    # comprehensive strategic partnership" 003 line 45
    Query("wartime camaraderie as foundation of the partnership", "b39d8185", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    # Armenia (0e5d6094): Pashinyan and the strategic partnership; the only foreign ministers are Lavrov,
    # Wang Yi and Jaishankar; Mirzoyan is 4 edits from Mirziyoyev (3a9fa4ed), the nearest real word
    "Mirzoyan Armenian foreign minister",
    # the delegation (dde32893 ¶299–307, 6710eba1 ¶547) lists organisations and cities, never a head count
    "¿cuántos delegados viajaron a China?",
    "洪森 柬埔寨 大选",  # Hun Sen (20f574be ¶154) is only a guest in Hanoi; no election anywhere
    # Khurelsukh (c061f0a1): mountains and rivers, the GGI; no Ulaanbaatar; the railways are China-Laos
    # (20f574be), China-Kyrgyzstan-Uzbekistan (3a9fa4ed) and Beijing Railway Station (eca32116)
    "Khurelsukh Ulaanbaatar railway",
    "Lenovo factory revenue",  # the Lenovo factory (dde32893 ¶339) works with rural schools; no figures
    "how many people attended the Caracas ceremony?",  # the Caracas monument (f78fdcd6): no attendance
    # the Belarusian speaker is Igor Sergeenko (20f574be ¶157); Sergeyev is 3 edits from Lavrov's first name
    # Sergei and 4 from Sergeenko
    "Sergeyev Belarus parliament",
    "Мирзиёев Самарканд",  # Mirziyoyev (3a9fa4ed) met Xi in Beijing; Samarkand is never named
    # "the Spanish translation of … Sydney Loving's interview in FightBack News" (dde32893 ¶297): no translator
    "who translated the FightBack News interview?",
    # Jenny Clegg: "Author and peace activist" (d89fdf72 ¶366), writing for SACU (ac7222d4 ¶513); the one
    # book title given is her father Arthur Clegg's memoir 'Aid China – 1937-1949' (¶515)
    "Jenny Clegg's book title",
    "Кастро Гавана",  # Fidel Castro (d807680a, 20f574be); Havana is never named
    "Modi Kashmir",  # Modi's absence from the BRICS summit (e065690c ¶451); no Kashmir
    "Nhân Dân circulation figures",  # Nhân Dân (20f574be ¶145/151) reports the ceremony; no figures
    # the delegates' "Discussions at Fudan University" (6710eba1 ¶541); Fuzhou is 4 edits from Fudan
    "Fuzhou University delegation",
    # the webinar (d89fdf72): a date, speakers and organisers; no price
    "how much does the webinar cost to attend?",
    # Liddell's gold "in the men's 400 metres in 47.6 seconds" (7ab1f62c ¶287); no other runner
    "who came second behind Liddell in Paris?",
    # Tianjin (9e49ddff, 26d64f12, 0e5d6094, 5a5d8582, 7ab1f62c) is "the north China coastal city" at most;
    # the only population is the BRICS countries' share of the world's (e065690c ¶459)
    "how many people live in Tianjin?",
    # Hogg was the headmaster of the Shandan Bailie School (ac7222d4 ¶483); no founder is named
    "founder of Hogg's school at Shandan",
    "卢拉 巴西利亚",  # Lula (e065690c ¶451–465) chaired the virtual BRICS summit; Brasília is never named
    # "una vinatera con la bodega de vino techada más grande de Asia (sí, probamos el vino — delicioso)"
    # (dde32893 ¶335); no price
    "¿cuánto cuesta una botella del vino de la bodega techada?",
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    # "never let go of the envelope till we reached Baker Street" ¶8; "his grey horse Billie" ¶10; "the
    # Wanderers' home game against Hollin Athletic" ¶18
    Query("Baker Street Billie Hollin Athletic", "43e4cd33", "cross-paragraph"),
    # "the regular organist went down with quinsy" ¶9; "Hollybank nursing home" ¶17; "donations … to the
    # Cinema Organ Society" ¶21
    Query("quinsy Hollybank Cinema Organ Society", "9e6e113c", "cross-paragraph"),
    # "four hundred store lambs penned" ¶8; "a short service of thanksgiving … at St Ebba's" ¶14; "the old
    # wooden pens will finally be replaced" ¶16
    Query("store lambs St Ebba's wooden pens", "956e4883", "cross-paragraph"),
    # "станция стартовала с Байконура" ¶9; "программы «Утренняя звезда»" ¶15; "кружок «Альтаир»" ¶19
    Query("Байконура Альтаир Утренняя звезда", "b51a0a1a", "cross-paragraph"),
    # "dos noches en el campanario" ¶8; "la Universitat de València organiza" ¶14; "en la antigua
    # cooperativa" ¶18
    Query("campanario cooperativa Universitat de València", "10b491f3", "cross-paragraph"),
    # Word forms
    # "A pup stays with its mother for about three weeks, trebling its weight on her milk" ¶7
    Query("seal pups treble their weight", "d23da54a", "word-form"),
    # "she began teaching piano at Ebbingford Grammar School" ¶13 (teaching → taught, irregular)
    Query("Rowena taught piano at Ebbingford Grammar School", "9e6e113c", "word-form"),
    # "the Mayor, Councillor Ivy Thorley, who cut the ribbon at noon" ¶9; "NEW FOOTBRIDGE SPANS THE SAPPER"
    # ¶7 (956e4883: "the Sapper valley" ¶8)
    Query("ribbon cutting at the Sapper footbridge", "be4b7354", "word-form"),
    Query("передача сигнала на Землю", "b51a0a1a", "word-form"),  # "передал на Землю сигнал" ¶7
    # "la rotura de la presa de Tous" ¶4, "la presa cedió" ¶6
    Query("cuando se rompió la presa de Tous", "10b491f3", "word-form"),
    # "Kerbside recycling, introduced across the district in 1999" ¶6
    Query("introduction of kerbside recycling", "2ec495eb", "word-form"),
    # "the point-to-point at Grisedale on 3 March has been cancelled" ¶20 (956e4883: the first case "at Low
    # Grisedale on 9 March" ¶8, no point-to-point)
    Query("cancellation of the Grisedale point-to-point", "0ee9e73b", "word-form"),
    # Another script or romanisation
    Query("Ровена Траск", "9e6e113c", "translit"),  # Rowena Trask ¶3/7/19 in Cyrillic
    # "Bolton Wanderers beat West Ham United 2-0" ¶10 in Cyrillic
    Query("Болтон Уондерерс Вест Хэм", "43e4cd33", "translit"),
    # "Kittel winning and poor Cavendish crashing …; stage 2 … which Nibali won in Sheffield" ¶12, in characters
    Query("卡文迪什 尼巴利", "993519b2", "translit"),
    # "учитель физики Аркадий Лесных" ¶9 in Latin
    Query("Arkadiy Lesnykh", "b51a0a1a", "translit"),
    # 退休电工陆根发 ¶8/10/22 and 秦山核电站 ¶2/6 in pinyin
    Query("Lu Genfa Qinshan", "253b8551", "translit"),
    # accents dropped: "la gota fría descargó sobre la cuenca del Júcar" ¶6
    Query("Jucar gota fria", "10b491f3", "translit"),
    # Benialcora ¶2/4/8/14 and "la presa de Tous" ¶2/4 in Cyrillic
    Query("Бениалькора Тоус", "10b491f3", "translit"),
    # "TEARS IN TURIN" ¶5; "Sunday's win over Cameroon in Naples" ¶6, in characters
    Query("都灵 喀麦隆", "17080037", "translit"),
    # "Helen Strickland … the eruption of Mount St Helens" ¶15 in Cyrillic
    Query("Сент-Хеленс Хелен Стрикленд", "f5d63a9e", "translit"),
    Query("Дилис Ормерод", "55b63ba7", "translit"),  # "Reader Dilys Ormerod" ¶23 in Cyrillic
    # Russian
    # "начнутся … лекцией Виктора Сомова «Как мы слушали Венеру»" ¶15
    Query("лекция Виктора Сомова в планетарии", "b51a0a1a", "russian"),
    # "в фойе будет работать выставка детских рисунков" ¶17
    Query("выставка детских рисунков в фойе", "b51a0a1a", "russian"),
    # Spanish
    # "los vecinos votaron en las elecciones generales en unas escuelas que todavía olían a barro" ¶10
    Query("votaron en escuelas que olían a barro", "10b491f3", "spanish"),
    Query("ofrenda floral junto a la raya azul", "10b491f3", "spanish"),  # ¶12
    Query("jornadas sobre riesgo de inundaciones", "10b491f3", "spanish"),  # ¶14
    # Chinese
    Query("母亲煮了一锅鸡蛋", "253b8551", "chinese"),  # 他的母亲专门煮了一锅鸡蛋，挨家挨户地送 ¶10
    Query("安全帽都要被吹跑了", "253b8551", "chinese"),  # ¶8
    # 核电科普展将在镇文化站开放，中小学生可以免费参观 ¶14
    Query("核电科普展 中小学生免费参观", "253b8551", "chinese"),
    # Mentions and zero-width spaces
    # "The bell over the sale ring … was rung … by Wilf Harrop" ¶4
    Query("<@77123> Wilf Harrop\u200b sale ring bell", "956e4883", "mention-noise"),
    # "a free "aurora photo night" in the Corn Exchange" ¶24 (17080037: the Corn Exchange ¶6/8, no aurora)
    Query("@here aurora photo night\u200b Corn Exchange", "55b63ba7", "mention-noise"),
    # Typos
    Query("Dunerholm seal", "d23da54a", "typo"),  # DUNNERHOLM SEAL WATCH ¶1
    Query("Yelderbey council", "2ec495eb", "typo"),  # YELDERBY DISTRICT COUNCIL ¶1
    Query("Morowfield Mercury", "f5d63a9e", "typo"),  # THE MORROWFIELD MERCURY ¶1
    # Names
    Query("Alma Kettlewell", "6a2af746", "name"),  # "Whitby jet: from beach to brooch", with Alma Kettlewell ¶9
    Query("Margaret Loach", "dbbcdab0", "name"),  # "Chief executive Margaret Loach said" ¶20
    # Phrases
    Query("You could have heard a pin drop on the cobbles", "17080037", "phrase"),  # ¶7
    Query("not with permission from the sheep", "993519b2", "phrase"),  # ¶8
    # Questions
    # "The Mercury's reporter counted 412 borrowers enrolled on the first day" ¶7
    Query("how many borrowers enrolled on the library's first day?", "f5d63a9e", "question"),
    # "Last year's Moonlit Mile … raised more than £84,000" ¶14
    Query("how much did last year's Moonlit Mile raise?", "dbbcdab0", "question"),
    # "8.00pm   Festival concert, St Wilfrid's church" ¶14
    Query("where is the Rusholt festival concert held?", "68ba061b", "question"),
    # Topics
    # "Field trips" ¶14–15; "Lunsdale Lapidary & Fossil Club" ¶2
    Query("fossil club field trips", "6a2af746", "topic"),
    # "Christmas lights … will stay lit … a week longer than usual, thanks to the new low-energy bulbs" ¶29
    Query("Christmas lights with low-energy bulbs", "90b2701b", "topic"),
    # "the jubilee beacon on Quillerton Knoll was lit at 10.15pm by the town's oldest resident" ¶15
    Query("jubilee beacon lit by the oldest resident", "f58e579b", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    # "Mr Harrop retired the following year" (956e4883 ¶12); no age anywhere for him (Peter Dunstall,
    # 43e4cd33 ¶14, is "now 81")
    "Mr Harrop's age when he retired",
    # Ernest Dunstall (43e4cd33) was "in his nineties" in 1973 ¶14; no death
    "when did Ernest Dunstall die?",
    "who scored for Bolton at Wembley in 1923?",  # "Bolton Wanderers beat West Ham United 2-0" ¶10; no scorers
    "Dunnerholm lighthouse",  # Dunnerholm Point, the Staithe, the hide (d23da54a); no lighthouse
    "Moonlit Mile winner's time",  # a sponsored walk (dbbcdab0): walkers and money raised; no winner, no times
    # "The jet workshops at the museum … each takes eight people" (6a2af746 ¶15); no price; the only sums are
    # the subscriptions ¶24
    "how much does the museum jet workshop cost?",
    # "returned Sir Geoffrey Hallam for the Conservatives with an increased majority" (f5d63a9e ¶11); no rival
    "who stood against Sir Geoffrey Hallam?",
    # Helen Strickland (f5d63a9e ¶15–16): her letter, a lecture; no book
    "title of Helen Strickland's book",
    # "The penalty shoot-out ended just before ten" (17080037 ¶7); no player is named
    "who missed England's penalties in the shoot-out?",
    # Nellie Sharratt lit the jubilee beacon (f58e579b ¶15); the ceilidh's caller is Nellie Armitage (68ba061b ¶7)
    "Nellie Sharratt ceilidh caller",
    "what camera did Dilys Ormerod use?",  # Dilys Ormerod's photograph (55b63ba7 ¶23); no camera
    # "held every July since the first in 1986" (68ba061b ¶2), "A note from the organisers" ¶25; no founder
    "who founded the Rusholt Sword festival?",
    # the footbridge (be4b7354) was opened by the Mayor, tested by contractors; no designer
    "who designed the Sappersby footbridge?",
    # "the cast of the Castle Theatre pantomime" (90b2701b ¶29); no title
    "name of the Sappersby Castle Theatre pantomime",
    # "The first case in the Sapper valley was confirmed at Low Grisedale … eleven farms were under
    # restriction … the pyres" (956e4883 ¶8); no number of animals
    "how many sheep were culled at Low Grisedale?",
    # Kittel won stage 1, Nibali stage 2 (993519b2 ¶12); "then on Monday 7 July they were off to Cambridge and
    # London": no winner named
    "who won the stage into Cambridge?",
    # Christmas trees "collected with garden waste from 5 to 16 January" (2ec495eb ¶20); no charge
    "garden waste bin charge in Yelderby",
    # "Issued by the Director of Environmental Services" (2ec495eb ¶26); no name
    "who is Yelderby's Director of Environmental Services?",
    # "la lectura de los nombres de los vecinos que ya no están" (10b491f3 ¶12); no count of dead
    "¿cuántos muertos hubo en la pantanada de Tous?",
    "¿cuándo fue elegido alcalde Vicent Soler?",  # el alcalde Vicent Soler (10b491f3 ¶18); no election of his
    # "Билеты продаются в кассе планетария" (b51a0a1a ¶23); no price
    "сколько стоят билеты в планетарий?",
    "когда родился Аркадий Лесных?",  # the young physics teacher in 1970 (b51a0a1a ¶9); no birth date
    "秦山核电站 总投资",  # 秦山核电站 (253b8551): the grid connection and the builders; no cost
    "陆根发的孙子叫什么名字",  # 陆根发 wants to take 孙子 to the plant (253b8551 ¶22); the grandson is unnamed
    "Dunnerdale grey seals",  # the grey seals of Dunnerholm Point (d23da54a); Dunnerdale is 3 edits away
    "Ibbotsford Hospice walk",  # Ibbotsfield Hospice's walk (dbbcdab0); Ibbotsford is 3 edits away
    "Quillington Clarion aurora",  # the Quillerton Clarion's aurora (55b63ba7); Quillington is 3 edits away
    # the Красноозёрский планетарий (b51a0a1a); Красноярский is 3 edits from Красноозерский
    "Красноярский планетарий",
    "松江镇 老建设者",  # 岚湾镇's 老建设者 (253b8551); 松江镇 differs in two of its three characters
    # Ron Pickles found the ammonite at Kettleness (6a2af746 ¶21); the Whitby jet talk is Alma Kettlewell's ¶9
    "Ron Pickles Whitby jet",
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind56/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
