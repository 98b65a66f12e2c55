"""A blind lookup query set, written before any ranking change for the "whole-article relevance, word
forms, other scripts" work. It has never been used to tune anything and is to be scored once, at
the end of that work: once it is used for tuning it is in-sample, and a new blind set is needed.

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py and
  tests/queries_heldout.py; no query here is a copy or near-copy of a query in those two files.
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/dev/docs and
  tests/gold/blind/docs taken together as ONE corpus (see NEWDOCS_DIRS).

Kinds: cross-paragraph (the words of the query are in one article but no single paragraph holds
them all), word-form (the query uses another form of a word the text uses: restoring/restore,
demolished/demolition, космонавты/космонавтов), translit (the query is in another script or another
romanisation than the text: Лавров for Lavrov, Gorbachev for Горбачёв, Guomindang for Kuomintang,
Tangshan for 唐山), russian, spanish, chinese, mention-noise (Discord/Telegram mentions around the
real words), typo, name, phrase, question, topic.

How the expected articles were judged: by reading the documents only. Each query was written from a
passage of its article; every word of it was then grepped over the whole corpus (case- and
accent-insensitively, plus the obvious other forms) to find every article that mentions it, and
those articles' paragraphs were read to decide which one a reader wants first (`best`) and which
others are fair answers too (`also`). For cross-paragraph queries the paragraphs holding each word
were printed and checked by eye. The unanswerable queries share one or more words with their
corpus on purpose (Scottish, Tianjin, Edinburgh, "world record", "great wall", Apollo, Berlin,
festival, lighthouse keeper, Москва, 北京…); every article mentioning those words was read to
confirm that none answers the query. The search engine was never run on these queries, and its
code (bot/index/search.py, bot/index/textnorm.py) was not read while writing them; article ids come
from `memorial-bot articles --json` (the document loader).
"""

from __future__ import annotations

from pathlib import Path

from .queries import TITLES, Query, copy_folders

__all__ = [
    "NEWDOCS_ANSWERED",
    "NEWDOCS_DIRS",
    "NEWDOCS_TITLES",
    "NEWDOCS_UNANSWERED",
    "SEEDS_ANSWERED",
    "SEEDS_TITLES",
    "SEEDS_UNANSWERED",
    "Query",
    "build_newdocs_corpus",
]

# The new-documents corpus is assembled by copying both folders into ONE temporary corpus folder,
# each under its own subfolder: tests/gold/dev/docs/* -> <tmp>/dev/*, tests/gold/blind/docs/* ->
# <tmp>/blind/*. Files are then "dev/<name>.txt" and "blind/<name>.txt", and article ids (the first
# 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/dev/docs", "tests/gold/blind/docs")

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "136b21c2": "Fifty years after Apollo 11, Houston looks up again",
    "14bd7ff1": "Ashby Colliery: thirty years on, a memorial garden opens",
    "f55c821c": "Elm Street Community Garden: the growing year",
    "57af5f98": "Millbrook Town Museum",
    "cc4e9954": "Ten years on, Ashby remembers its miners",
    "aca0bbab": "Valley line carries passengers again after forty years",
    "a2450bf2": "Ashby Male Voice Choir sings its centenary",
    "8db9fbd5": "Bogotá celebra el 200 aniversario del Grito de Independencia",
    "3846c21c": "Двадцать лет после Чернобыля",
    "fbe7f3b4": "唐山大地震40周年",
    "a6fcdd9a": "Berlin releases 8,000 balloons along the old border strip",
    "9d3eda57": "Seahaven History Blog: seventy years since the great flood",
    "70a5975d": "Seahaven lifeboat marks 75 years of service",
    "9c2cc0c1": "Divers find the wreck of the Marwick",
    "5892f516": "Harbour bells ring for the armistice centenary",
    "1f771960": "Visiting Carrick Head Lighthouse",
    "63182d31": "Kingsbridge Rowing Club",
    "b409dcea": "Wonderful things: the museum prepares for Tutankhamun's 75th",
    "774c50a2": "El Perú celebra el bicentenario de su independencia",
    "9c105465": "Сорок лет назад Гагарин открыл дорогу в космос",
    "7429edce": "神舟五号飞天10周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt, and in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph: every word is in the article, no paragraph has them all
    # Bethune only in the Consulate quote ¶275; Paris ¶287/289
    Query("Bethune Paris Olympics", "7ab1f62c", "cross-paragraph"),
    Query("Mnangagwa Bulgaria", "faecd2e1", "cross-paragraph"),  # Mnangagwa ¶5/11; Hungary and Bulgaria only in ¶21
    # the ambassador ¶33/43/53; Telesur only in the source note ¶49
    Query("Lan Hu Telesur", "f78fdcd6", "cross-paragraph"),
    # the Vietnamese paper Nhân Dân ¶145/151; the Lao news agency KPL ¶163
    Query("Nhan Dan KPL", "20f574be", "cross-paragraph"),
    Query("Tran Thanh Man Pham Minh Chinh", "362ba691", "cross-paragraph"),  # NA chairman ¶65; PM in Tianjin ¶79
    Query("Pashinyan Lukashenko", "0e5d6094", "cross-paragraph"),  # Armenia ¶257/259; Belarus ¶263/265
    Query("Melnikov Lev Abramov", "054ef6fb", "cross-paragraph"),  # 001: Melnikov line 6, Abramov line 14
    # India's representative ¶451; Bloomberg quoting Lula ¶463
    Query("Jaishankar Bloomberg", "e065690c", "cross-paragraph"),
    # the two authors ¶533 (Twm also ¶535/543); Fudan University only in ¶541
    Query("Twm Draper Fudan University", "6710eba1", "cross-paragraph"),
    # Word forms: another form of a word the text uses
    # restore/restoration; 054ef6fb: memorial complex near Khabarovsk
    Query("restoring memorial sites in Russia", "097182f6", "word-form", also=("054ef6fb",)),
    Query("Xi and Putin congratulate each other", "424ab945", "word-form"),  # "exchanged congratulatory messages"
    Query("demilitarisation of Japan", "7ab1f62c", "word-form"),  # ¶279 "or to demilitarise the country"
    Query("Zimbabwe relations elevated", "faecd2e1", "word-form"),  # "the elevation of bilateral relations" ¶5/9
    Query("Laos admission as SCO partner", "20f574be", "word-form"),  # ¶137 "admitted as a SCO Partner"
    # 002 "slander the achievements of the liberators"; 003 "vilify the image of the liberators"
    Query("slandering the liberators", "424ab945", "word-form", also=("b39d8185",)),
    # ¶287 "inducted into the Scottish Sports Hall of Fame"
    Query("induction into the Scottish Sports Hall of Fame", "7ab1f62c", "word-form"),
    # Hogg: "children orphaned" ¶483, "leading his pupils ... to Gansu" ¶485
    # (Gansu is also in dde32893 and 6710eba1, with no orphans)
    Query("orphans led to Gansu", "ac7222d4", "word-form"),
    # 003 "Condemnation of Fascism and Militarism", "Condemns the desecration"
    Query("condemning fascism and militarism", "b39d8185", "word-form"),
    # Other scripts and other romanisations
    Query("Лавров", "097182f6", "translit"),  # Sergei Lavrov, line 7
    Query("Хабаровск", "054ef6fb", "translit"),  # Khabarovsk, lines 6 and 12
    Query("Лукашенко", "0e5d6094", "translit"),  # Lukashenko ¶263/265
    Query("Якушев", "20f574be", "translit"),  # Vladimir Vladimirovich Yakushev, Hanoi guest list ¶158
    Query("Хурэлсух", "c061f0a1", "translit"),  # Mongolian Cyrillic of Khurelsukh ¶187/197/199
    # pinyin; the text has the postal spelling "Lady From Chungking" ¶113/129
    Query("Chongqing", "ccf1d4fa", "translit"),
    # pinyin of Kuomintang (KMT) ¶557; dde32893 ¶315 "el KMT"
    Query("Guomindang", "6710eba1", "translit", also=("dde32893",)),
    Query("Qinghua University", "ac7222d4", "translit"),  # pinyin of Tsinghua University ¶475
    # Russian, Spanish, Chinese
    Query("ветеран Лев Абрамов", "054ef6fb", "russian"),  # "veteran Lev Abramov", 001 line 14
    Query("expectativa de vida", "dde32893", "spanish"),  # ¶313 and ¶317
    Query("bodega de vino", "dde32893", "spanish"),  # JISCO's winery ¶335
    Query("fábrica de Lenovo", "dde32893", "spanish"),  # ¶339
    Query("联合国成立80周年", "b39d8185", "chinese"),  # the Chinese title of the joint statement, 003 line 20
    Query("俄罗斯联邦", "b39d8185", "chinese"),  # same title: 中华人民共和国和俄罗斯联邦
    # Chat mentions around the real words
    Query("@everyone @here Maduro", "f78fdcd6", "mention-noise"),  # Maduro only in the Venezuela article
    # ¶221 Kim greeted at Beijing Railway Station by Cai Qi
    Query("<@!284512039475> Cai Qi railway station", "eca32116", "mention-noise"),
    Query("<@123456789012345678> Stilt House", "362ba691", "mention-noise"),  # Ho Chi Minh's Stilt House ¶75
    # Typos
    Query("Khurelsuh", "c061f0a1", "typo"),  # Khurelsukh
    Query("Mnangagua", "faecd2e1", "typo"),  # Mnangagwa
    Query("Prabowo Subiyanto", "e065690c", "typo"),  # Prabowo Subianto, BRICS summit ¶451
    # Names
    Query("Luong Cuong", "362ba691", "name"),  # Vietnamese president ¶71
    Query("Arthur Clegg", "ac7222d4", "name"),  # the CCC's National Organiser ¶515/519 (Jenny Clegg's father)
    Query("Ken Hammond", "d89fdf72", "name"),  # webinar speaker ¶363
    # Phrases
    Query("Patriots military-patriotic park", "097182f6", "phrase"),  # line 7
    Query("70-Year Common Victory", "054ef6fb", "phrase"),  # the seminar's title, line 4
    Query("might may rule the moment but right prevails forever", "38a7d84f", "phrase"),  # ¶393
    Query("Hands off China campaign", "ac7222d4", "phrase"),  # ¶513 "the 'Hands off China' Campaign (1925-27)"
    # Natural questions
    Query("who is China's ambassador to Venezuela?", "f78fdcd6", "question"),  # Lan Hu ¶33/53
    Query("who represented India at the BRICS summit?", "e065690c", "question"),  # Jaishankar ¶451
    # Treaty of Good-Neighborliness, 003 line 47
    Query("which treaty did China and Russia sign in 2001?", "b39d8185", "question"),
    # ¶77: ~400 troops of China, Russia, Laos and Cambodia; 20f574be ¶145: Lao soldiers in that parade
    Query(
        "how many foreign soldiers marched in Vietnam's National Day parade?",
        "362ba691",
        "question",
        also=("20f574be",),
    ),
    # ¶195 "Our ancestors, fathers and grandfathers paid an enormous price"
    Query("what did Putin say about his ancestors?", "c061f0a1", "question"),
    # Topics
    Query("Quaker conscientious objectors in China", "ac7222d4", "topic"),  # Friends Ambulance Unit ¶501
    # ¶411 first Arab and African country to establish relations
    Query("Egypt first Arab country to recognise China", "26d64f12", "topic"),
    # ¶451 the Trump administration's warfare on BRICS members
    Query("Trump tariffs against BRICS", "e065690c", "topic"),
    # Noraa guerrilla fighters in northeastern China (000 line 3);
    # 054ef6fb: the camp of the North-eastern anti-Japanese united army near Khabarovsk
    Query("Chinese guerrillas in the northeast", "097182f6", "topic", also=("054ef6fb",)),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Scottish whisky distillery tours",  # Scottish (7ab1f62c)
    "Cuban cigar prices",  # Cuban (d807680a)
    "Mongolian barbecue restaurant",  # Mongolian (c061f0a1, d89fdf72)
    "Tianjin port container shipping rates",  # Tianjin (SCO summit, Liddell)
    "marathon world record",  # "world record": Liddell's 400 metres ¶287
    "Kazakhstan visa requirements",  # Kazakhstan (26d64f12)
    "Edinburgh festival fringe tickets",  # Edinburgh (7ab1f62c)
    "Great Wall hiking tour",  # "formed a great wall with flesh and blood" ¶381
    "Silk Road cycling holiday",  # the film 'Children of the Silk Road' ¶491
    "Hyde Park boat hire",  # the 1937 Hyde Park meeting ¶525
    "Armenian genocide",  # Armenia (0e5d6094); genocide of Soviet civilians (003 line 40)
    "Zimbabwe safari holidays",  # Zimbabwe (faecd2e1)
    "Anna Karenina film adaptation",  # Anna May Wong's films (ccf1d4fa)
    "solar eclipse 2026",  # solar plants at Dunhuang (6710eba1, dde32893)
    "Angkor Wat temples Cambodia",  # Cambodia (5a5d8582)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # Cross-paragraph
    Query("Sea of Tranquility Kennedy Space Center", "136b21c2", "cross-paragraph"),  # ¶5 landing; ¶15 NASA broadcast
    Query("Llorente Boyacá", "8db9fbd5", "cross-paragraph"),  # the merchant ¶7/11; the battle ¶9
    # 1989 press conference ¶7; the rose at Bernauer Strasse ¶13
    Query("Schabowski Merkel", "a6fcdd9a", "cross-paragraph"),
    Query("Albert Rudd Mersey-class boat", "70a5975d", "cross-paragraph"),  # coxswain's medal ¶7; the new boat ¶9
    # Carnarvon ¶5/7; the founder's letters from Luxor ¶9
    Query("Carnarvon Luxor letters", "b409dcea", "cross-paragraph"),
    Query("Hadley family flour mill", "57af5f98", "cross-paragraph"),  # photographs ¶7; the mill fire ¶9
    Query("Bethel Chapel eisteddfod", "a2450bf2", "cross-paragraph"),  # concerts ¶23; first prize ¶25
    Query("San Martín Gaceta del Gobierno", "774c50a2", "cross-paragraph"),  # San Martín ¶3/9; the exhibition ¶13
    # Word forms
    Query("Wall demolished", "a6fcdd9a", "word-form"),  # "Official demolition began on 13 June" ¶9
    Query("balloon illumination", "a6fcdd9a", "word-form"),  # "8,000 illuminated white balloons" ¶3
    Query("quarantined crew", "136b21c2", "word-form"),  # "spent almost three weeks in quarantine" ¶7
    # "a section of roof collapsed" ¶5; cc4e9954 ¶3 "a roof gave way"
    Query("roof collapse", "14bd7ff1", "word-form", also=("cc4e9954",)),
    Query("lighthouse automation", "1f771960", "word-form"),  # "the light was automated" ¶11
    Query("armistice signing", "5892f516", "word-form"),  # "the armistice signed on 11 November 1918" ¶25
    Query("passenger line reopened", "aca0bbab", "word-form"),  # "reopening the line to commuters" ¶15
    # "The original boathouse burned down" ¶13 (the mill in 57af5f98 also "burned down": no boathouse)
    Query("boathouse burnt down", "63182d31", "word-form"),
    # "proclamada" ¶3, "la proclamó" ¶9; Colombia has no proclamation
    Query("proclamación de la independencia", "774c50a2", "word-form"),
    Query("ликвидаторы", "3846c21c", "word-form"),  # "ликвидаторов" title and ¶11
    Query("космонавты", "9c105465", "word-form"),  # "космонавтов" ¶7, "космонавтики" ¶3/9/11
    # Other scripts and other romanisations
    Query("Yuri Gagarin", "9c105465", "translit"),  # "Юрия Гагарина" ¶3 (genitive)
    Query("Gorbachev", "3846c21c", "translit"),  # "Михаил Горбачёв" ¶7
    Query("Chornobyl", "3846c21c", "translit"),  # Ukrainian romanisation of Чернобыль (title, ¶3/13)
    Query("Pripyat", "3846c21c", "translit"),  # "Эвакуация Припяти" ¶7, "взамен Припяти" ¶9
    Query("Baikonur Vostok", "9c105465", "translit"),  # "Корабль «Восток» стартовал с Байконура" ¶5
    Query("German Titov", "9c105465", "translit"),  # "Герман Титов" ¶5 (Berlin's "East Germans" is not him)
    Query("Шабовски", "a6fcdd9a", "translit"),  # Günter Schabowski ¶7: Russian spelling, far from the German one
    Query("Армстронг", "136b21c2", "translit"),  # Neil Armstrong ¶5/7
    Query("Tangshan earthquake", "fbe7f3b4", "translit"),  # pinyin of 唐山 (…地震)
    Query("Yang Liwei", "7429edce", "translit"),  # pinyin of 杨利伟 ¶3/5
    # Russian, Spanish, Chinese
    Query("День космонавтики", "9c105465", "russian"),  # ¶3
    Query("Горбачёв Славутич", "3846c21c", "russian"),  # also cross-paragraph: Горбачёв ¶7; Славутич title, ¶3/9
    Query("Берлинская стена", "a6fcdd9a", "russian"),  # "the Berlin Wall" in Russian
    Query("florero de Llorente", "8db9fbd5", "spanish"),  # ¶11 "el célebre florero de Llorente"
    Query("himno desde los balcones", "774c50a2", "spanish"),  # ¶7
    # Colombia ¶11 "la Biblioteca Nacional expone"; Peru ¶13 "la Biblioteca Nacional exhibe el acta original"
    Query("Biblioteca Nacional exposición", "8db9fbd5", "spanish", also=("774c50a2",)),
    Query("唐山大地震", "fbe7f3b4", "chinese"),  # title
    Query("首次太空授课", "7429edce", "chinese"),  # Wang Yaping's lesson in Tiangong-1 ¶11
    Query("酒泉", "7429edce", "chinese"),  # Jiuquan launch centre ¶3/13
    Query("纪念碑", "fbe7f3b4", "chinese"),  # 抗震纪念碑 ¶3/7
    # Chat mentions around the real words
    Query("@here Tutankhamun exhibition", "b409dcea", "mention-noise"),
    # 9d3eda57 ¶7 "The lifeboat took 43 people"; 5892f516 only fires the lifeboat maroons
    Query("<@!998877665544332211> Seahaven lifeboat", "70a5975d", "mention-noise", also=("9d3eda57",)),
    Query("@everyone <#444555666777> Apollo 11 anniversary", "136b21c2", "mention-noise"),
    # Typos
    Query("Tutankamun", "b409dcea", "typo"),
    Query("Brandenberg Gate", "a6fcdd9a", "typo"),  # Brandenburg Gate ¶15/17
    Query("Kingsbrige regatta", "63182d31", "typo"),  # Kingsbridge
    # Names
    Query("Howard Carter", "b409dcea", "name"),  # ¶3/5
    Query("Simón Bolívar", "8db9fbd5", "name"),  # Plaza de Bolívar, parque Simón Bolívar ¶5, Quinta de Bolívar ¶13
    Query("Neil Armstrong", "136b21c2", "name"),  # ¶5
    # Phrases
    Query("border of light", "a6fcdd9a", "phrase"),  # the "Lichtgrenze" ¶5
    Query("When the Sea Came In", "9d3eda57", "phrase"),  # the museum's exhibition ¶9
    Query("Ladies' Plate final", "63182d31", "phrase"),  # ¶7
    Query("Heritage Open Day", "57af5f98", "phrase"),  # ¶11
    # Natural questions
    # ¶11 "It went up on the night of 12 to 13 August 1961"
    Query("when did the Berlin Wall go up?", "a6fcdd9a", "question"),
    # both: eleven men died
    Query("how many miners died at Ashby Colliery?", "14bd7ff1", "question", also=("cc4e9954",)),
    Query("when was Carrick Head lighthouse first lit?", "1f771960", "question"),  # ¶11 1 December 1874
    Query("how many names are on Seahaven's war memorial?", "5892f516", "question"),  # ¶31 "bears 83 names"
    Query("who found the wreck of the Marwick?", "9c2cc0c1", "question"),  # ¶15 two amateur divers
    # Topics
    Query("moon landing anniversary", "136b21c2", "topic"),  # "Moon Week", "the moment of the landing" ¶9
    Query("divers discover shipwreck", "9c2cc0c1", "topic"),
    # 9d3eda57 is about the flood (it never says 1953); 70a5975d ¶5 dates it 31 January 1953
    Query("great flood of 1953", "9d3eda57", "topic", also=("70a5975d",)),
    Query("allotment plots for new members", "f55c821c", "topic"),  # ¶3 plots allocated, new members
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Apollo theatre box office",  # Apollo (136b21c2)
    "full moon calendar",  # "Moon Week", "filled its calendar" (136b21c2)
    "Berlin film festival winners",  # Berlin, Festival of Lights (a6fcdd9a); "film the bell" (9c2cc0c1)
    "lighthouse keeper job vacancies",  # lighthouse keepers (1f771960)
    "rowing machine workout",  # rowing (63182d31)
    "Egyptian cotton bed sheets",  # Egyptian collection (b409dcea); raised beds (f55c821c)
    "Machu Picchu train tickets Peru",  # Perú (774c50a2); train (aca0bbab); tickets (a2450bf2, b409dcea)
    "Colombian coffee prices",  # Colombia (8db9fbd5)
    "Gagarin Cup KHL playoffs",  # Gagarin (9c105465)
    "flood insurance claims",  # flood (9d3eda57, 70a5975d)
    "Houston Rockets schedule",  # Houston (136b21c2)
    "Chernobyl HBO series cast",  # Chernobyl (3846c21c); "lecture series" (b409dcea)
    "пробки в Москве сегодня",  # Москва (9c105465)
    "北京房价",  # 北京 (7429edce)
    "resultados de la selección de fútbol del Perú",  # Perú (774c50a2)
)


# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as dev/ and blind/: the one
    corpus the NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, ("dev", "blind"))
