"""The ninth lookup query set: a BLIND set. It is scored once, at the end of a change, and never tuned
on (once anything is tuned against it, a score on it is in-sample and the set is spent).

Two corpora:
- seeds/ (SEEDS_ANSWERED, SEEDS_UNANSWERED): the same five files as tests/queries.py and the earlier
  query sets; no query here is a copy or near-copy of a query in an earlier tests/queries*.py file
  (a throwaway script compared the word sets of every query with every earlier one, by script, and
  queries that shared too many words with one were given other words or rewritten).
- the new documents (NEWDOCS_ANSWERED, NEWDOCS_UNANSWERED): tests/gold/blind14/docs, copied as ONE
  corpus into a subfolder blind14/ (see NEWDOCS_DIRS).

Kinds and counts (answerable seeds + new documents): cross-paragraph 7 + 8, word-form 6 + 7,
translit 5 + 6, russian 2 + 3, spanish 3 + 3, chinese 2 + 3, mention-noise 3 + 3, typo 3 + 3,
name 3 + 3, phrase 4 + 3, question 3 + 4, topic 3 + 4: 44 + 50 answerable, and 13 + 14 unanswerable.
Cross-paragraph: the words of the query are in one article but no single paragraph (title line
included) holds them all. Word-form: another inflection or derivation than the text's, both
directions, irregular forms too (fight/fought, breaking/broke, falling/fell, losing/lost,
rebuilding/rebuilt, honored/honor, defeated/defeating, beautified/beautifying, launching/launched,
walking out/walked out, digitising/digitisation). Translit: Cyrillic and Chinese characters for
Latin-script names, Latin for Cyrillic, pinyin for Chinese, Wade-Giles for pinyin, accents dropped.
Every answerable query is answerable from the documents' own words in some form, spelling or script
(a name in another script counts); none needs translation or a synonym. Names in seeds/ are all used
by earlier sets, so the seeds name queries are names of organisations.

How it was written: by reading only; the search engine was never run on these queries, and its code
(bot/, adapters/) and bench/ and docs/ were not read. Every document of the new corpus was read in
full, and the seed articles used were read. Each query was written from a passage of its article;
a throwaway script listed, for every word of it (and a stem, for other word forms), every article
and paragraph holding it, case- and accent-insensitively (ё as е), and those paragraphs were read to
decide which article a reader wants first (`best`) and which others are fair answers too (`also`).
For cross-paragraph queries the same script checked that no paragraph holds all the words. The
unanswerable queries share one or more words with their corpus on purpose; every article holding
those words was read to confirm none answers the query. Article ids come from
`memorial-bot articles --json` (the document loader), run on seeds/ and on a folder built as
build_newdocs_corpus builds it.
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

# The new-documents corpus is assembled by copying tests/gold/blind14/docs/* into ONE temporary
# corpus folder under the subfolder blind14/: files are then "blind14/<name>.txt", and article ids
# (the first 8 hex digits of SHA-1 over relative path and title) depend on those relative paths.
NEWDOCS_DIRS = ("tests/gold/blind14/docs",)
NEWDOCS_SUBDIRS = ("blind14",)

# id → title prefix (from `memorial-bot articles --json`), to fail loudly if an id changes.
SEEDS_TITLES: dict[str, str] = TITLES
NEWDOCS_TITLES: dict[str, str] = {
    "e3ae01b9": "Friends of Ashcombe Mill Museum",
    "dac75aa8": "Garrowby Local History Society — Autumn Newsletter",
    "fd3a1fbc": "Lifeboat station celebrates a hundred years of rescues",
    "386df080": "Old mill site sold to housebuilder",
    "60394fec": "Quay reopens two months after storm damage",
    "22629352": "Harcastle Harriers — Club Report",
    "2239f371": "HOLLINS VALLEY RAMBLERS — NOTICE TO MEMBERS",
    "be455b53": "KELDERBY WINTER LIGHTS — FESTIVAL PROGRAMME",
    "8a4c9094": "Pelham Bridge Past — a town history blog",
    "7e4850fe": "OBITUARIES — Wednesday 13 February 2008",
    "79d54630": "Northfield branch marks 75 years of organising",
    "02366fda": "Depot staff back pay offer after walkout",
    "fde4bb26": "Conference to put level crossings at top of the agenda",
    "6f024123": "Tay Bridge dead remembered 125 years on",
    "6bc0adb3": "PRESS RELEASE",
    "31ed921c": "Westmarsh Record Office",
    "d13a7391": "CLUB CICLISTA VILLAVERDE DEL RÍO",
    "6b6fde88": "El Metro de Madrid celebra sus 90 años con trenes históricos",
    "29210070": "В Ванаваре отметят 110 лет Тунгусскому событию",
    "6c608483": "纪念东方红一号发射成功50周年",
}

# Paragraph references (¶N) are line numbers: in seeds/004_*.txt (000–003 by their own lines), and
# in the new documents' own files.

SEEDS_ANSWERED: tuple[Query, ...] = (
    # 000 lines 3/10 Noraa; line 2 the press conference
    Query("Noraa press conference", "097182f6", "cross-paragraph"),
    # 001 line 8 Political Bureau; line 4 the seminar; lines 6/12 Khabarovsk
    Query("Political Bureau seminar Khabarovsk", "054ef6fb", "cross-paragraph"),
    # ¶187/197 Khurelsukh; ¶193 Great Patriotic War
    Query("Khurelsukh Great Patriotic War", "c061f0a1", "cross-paragraph"),
    # ¶355 Eurocentric narrative; ¶357 Korean resistance forces
    Query("Eurocentric narrative Korean resistance forces", "d89fdf72", "cross-paragraph"),
    # 003 line 40 Nuremberg Tribunal; line 47 the Treaty of Good-Neighborliness
    Query("Nuremberg Tribunal Good-Neighborliness", "b39d8185", "cross-paragraph"),
    # ¶87/93 65th anniversary; ¶105 agrotechnology
    Query("65th anniversary agrotechnology", "d807680a", "cross-paragraph"),
    # ¶425/443 Council of Heads of State; ¶427 quarter century
    Query("Council of Heads of State quarter century", "9e49ddff", "cross-paragraph"),
    # 000 line 2 'honor Chinese partisans'; title 'restore memorial sites'
    Query("partisans honored by restored memorials", "097182f6", "word-form"),
    # 002 line 11 'completely defeating the invaders'
    Query("invaders defeated by the Soviet Union and China", "424ab945", "word-form"),
    # 001 line 14 'participated in anti-Japanese liberation war'
    Query("Abramov participating in the liberation war", "054ef6fb", "word-form"),
    # 002 line 11 'beautifying Nazis'; 003 line 37 distorting history
    Query("Nazis beautified", "424ab945", "word-form", also=("b39d8185",)),
    # 003 line 51 'its support for the One China principle'
    Query("Russia supporting the One China principle", "b39d8185", "word-form"),
    # 002 line 7 'fought side by side'; ¶193 the same
    Query("Chinese and Russian peoples fight side by side", "424ab945", "word-form", also=("c061f0a1",)),
    # Wonsan, 000 line 7
    Query("Вонсан", "097182f6", "translit"),
    # Jodie Evans ¶365 in Cyrillic
    Query("Джоди Эванс", "d89fdf72", "translit"),
    # Khurelsukh ¶187/197/199 in Chinese characters
    Query("呼日勒苏赫", "c061f0a1", "translit"),
    # Wade-Giles of Li Jinxian, 000 lines 1/10
    Query("Li Chin-hsien", "097182f6", "translit"),
    # Prabowo Subianto ¶451 in Cyrillic
    Query("Прабово Субианто", "e065690c", "translit"),
    # Liu Qibao and Ivan Melnikov, 001 line 6
    Query("Лю Цибао и Иван Мельников", "054ef6fb", "russian"),
    # Putin and Khurelsukh ¶187
    Query("Путин и Хурэлсух", "c061f0a1", "russian"),
    # ¶335
    Query("empresa siderúrgica estatal en Jiayuguan", "dde32893", "spanish"),
    # ¶335
    Query("estanques y parques en el desierto Gobi", "dde32893", "spanish"),
    # ¶315
    Query("la cuna de la revolución en Yan’an", "dde32893", "spanish"),
    # 003 line 20
    Query("进一步深化中俄关系", "b39d8185", "chinese"),
    # 003 line 20
    Query("中华人民共和国和俄罗斯联邦", "b39d8185", "chinese"),
    # 000 line 1
    Query("<@998877665544> Veterans’ Affairs Ministry memorial work", "097182f6", "mention-noise"),
    # ¶367/373; dde32893 ¶297 and 6710eba1 ¶533 name the group
    Query(
        "<#55501> Friends of Socialist China webinar speakers",
        "d89fdf72",
        "mention-noise",
        also=("dde32893", "6710eba1"),
    ),
    # ¶435 'forge ahead with solid steps'
    Query("\u200bforge\u200b ahead\u200b with\u200b solid\u200b steps\u200b", "9e49ddff", "mention-noise"),
    # Khurelsukh Ukhnaa ¶187
    Query("Khurelsuhk Ukhnaa", "c061f0a1", "typo"),
    # Jiayuguan ¶307/335/345
    Query("Jiayugaun", "dde32893", "typo"),
    # Wonsan, 'the Korean city of Wonsan' 000 line 7
    Query("Wonsam Korea", "097182f6", "typo"),
    # ¶475
    Query("Chinese Academy of Social Sciences", "ac7222d4", "name"),
    # ¶547 (dde32893 ¶307 names it only in Spanish)
    Query("China NGO Network for International Exchanges", "6710eba1", "name"),
    # ¶547 (dde32893 ¶305 names it only in Spanish)
    Query("Black Liberation Alliance", "6710eba1", "name"),
    # ¶195
    Query("the bedrock of our achievements", "c061f0a1", "phrase"),
    # 003 line 15
    Query("platforms that reflect civilisational diversity", "b39d8185", "phrase"),
    # 003 line 9
    Query("ideological glue", "b39d8185", "phrase"),
    # ¶197
    Query("friendly neighbours connected by mountains and rivers", "c061f0a1", "phrase"),
    # ¶427 'the heads of 10 international organisations'
    Query("how many international organisations came to the SCO meeting?", "9e49ddff", "question"),
    # 001 line 4 'head of the Publicity Department … visited the Russian city from Sept. 23-27'; line
    # 6 Khabarovsk
    Query("which Russian city did the head of the Publicity Department visit?", "054ef6fb", "question"),
    # ¶187 the morning of September 2
    Query("when did Khurelsukh meet Xi?", "c061f0a1", "question"),
    # ¶433
    Query("military confidence-building in border areas", "9e49ddff", "topic"),
    # ¶91
    Query("sub-national agricultural cooperation", "d807680a", "topic"),
    # ¶199
    Query("Mongolia neighbourhood diplomacy", "c061f0a1", "topic"),
)

# Nothing in seeds/ answers these; each shares a word or two with it on purpose.
SEEDS_UNANSWERED: tuple[str, ...] = (
    "Wonsan beach resort hotels",  # Wonsan (097182f6)
    "Khabarovsk airport flights",  # Khabarovsk (054ef6fb)
    "Mongolia coal exports to China",  # Mongolia (c061f0a1, d89fdf72)
    "Yasukuni war criminals list",  # Yasukuni Shrine (b39d8185); Japanese war criminals (7ab1f62c ¶279)
    "Code Pink protest arrests",  # Code Pink (d89fdf72)
    "Cuban cigars import rules",  # Cuban (d807680a, 20f574be)
    "Tokyo Skytree height",  # the Tokyo Trials (b39d8185)
    "IMF loan to Argentina",  # IMF (b39d8185)
    "Taiwan earthquake",  # Taiwan (b39d8185)
    "China Daily crossword",  # China Daily (d89fdf72)
    "Лавров день рождения",  # Лавров = Lavrov (097182f6)
    "苏联国歌歌词",  # 苏联 (b39d8185 line 20)
    "Sino-Russian border crossing queues",  # Sino-Russian friendship (054ef6fb line 8)
)

NEWDOCS_ANSWERED: tuple[Query, ...] = (
    # ¶12 Margaret Cole; ¶10 demonstrations
    Query("Margaret Cole milling demonstrations", "e3ae01b9", "cross-paragraph"),
    # ¶9; ¶5
    Query("Sophie Marsh Iffley Road", "22629352", "cross-paragraph"),
    # ¶7; ¶14
    Query("Pat Greaves Woolpack", "2239f371", "cross-paragraph"),
    # ¶9; ¶11
    Query("Brian Trubshaw Alpha Foxtrot", "7e4850fe", "cross-paragraph"),
    # ¶7; ¶11
    Query("Thomas Bouch McManus Galleries", "6f024123", "cross-paragraph"),
    # ¶12; ¶10
    Query("Karen Liddle Jarrow", "6bc0adb3", "cross-paragraph"),
    # ¶7 Леонида Кулика; ¶3 КРАСНОЯРСК (¶9 Кулика and Красноярске, no Леонид)
    Query("Леонид Кулик Красноярск", "29210070", "cross-paragraph"),
    # ¶10; ¶12
    Query("Perico Delgado Tourmalet", "d13a7391", "cross-paragraph"),
    # ¶5 'broke four minutes'
    Query("Bannister breaking four minutes", "22629352", "word-form"),
    # ¶3 'was launched down the slipway'
    Query("lifeboat launching down the slipway", "fd3a1fbc", "word-form"),
    # ¶13 'walked out', title 'walkout'
    Query("depot cleaners walking out", "02366fda", "word-form"),
    # ¶3 'fell into the firth'
    Query("Tay Bridge falling into the firth", "6f024123", "word-form"),
    # ¶6 'Westmarsh lost an estimated 40,000 trees'
    Query("Westmarsh losing 40,000 trees", "31ed921c", "word-form"),
    # ¶6 'volunteers have rebuilt the sack hoist'
    Query("volunteers rebuilding the sack hoist", "e3ae01b9", "word-form"),
    # ¶14 'digitisation of the county's tithe maps'
    Query("digitising tithe maps", "31ed921c", "word-form"),
    # Concorde, title line 3 and ¶5–11
    Query("Конкорд", "7e4850fe", "translit"),
    # Roger Bannister ¶5/7
    Query("Роджер Баннистер", "22629352", "translit"),
    # Леонида Кулика ¶7, Кулика ¶9
    Query("Leonid Kulik", "29210070", "translit"),
    # pinyin of 东方红一号, title and ¶3/5/11
    Query("Dong Fang Hong 1", "6c608483", "translit"),
    # pinyin of 酒泉 ¶5
    Query("Jiuquan", "6c608483", "translit"),
    # ¶7 'la estación de Chamberí', accents dropped
    Query("estacion de Chamberi", "6b6fde88", "translit"),
    # ¶5 огненный шар; ¶3 тайгой
    Query("огненный шар над тайгой", "29210070", "russian"),
    # ¶9
    Query("выставка метеоритов", "29210070", "russian"),
    # ¶5
    Query("читать газету в Лондоне", "29210070", "russian"),
    # ¶6; title
    Query("bodas de plata del club ciclista", "d13a7391", "spanish"),
    # ¶9
    Query("trenes históricos entre Sol y Cuatro Caminos", "6b6fde88", "spanish"),
    # ¶5 'El billete costaba quince céntimos'
    Query("cuánto costaba el billete del metro", "6b6fde88", "spanish"),
    # ¶7/9
    Query("中国航天日主场活动", "6c608483", "chinese"),
    # ¶5
    Query("长征一号运载火箭", "6c608483", "chinese"),
    # ¶5 播放《东方红》乐曲
    Query("播放东方红乐曲", "6c608483", "chinese"),
    # ¶9 lantern-making workshops; title
    Query("@everyone Kelderby lantern workshops", "be455b53", "mention-noise"),
    # ¶23
    Query("<@4455667788> Garrowby Quay Storm Desmond", "60394fec", "mention-noise"),
    # ¶21; title
    Query("\u200bUfton\u200b Nervet\u200b level\u200b crossing\u200b", "fde4bb26", "mention-noise"),
    # Kelderby, title
    Query("Kelderbey winter lights", "be455b53", "typo"),
    # Valley, title
    Query("Hollins Valey Ramblers", "2239f371", "typo"),
    # Tynemoor ¶4/6
    Query("Tynmoor Composites", "6bc0adb3", "typo"),
    # ¶5
    Query("Derek Haines", "fd3a1fbc", "name"),
    # ¶5/15
    Query("Ruth Ainsworth", "8a4c9094", "name"),
    # ¶7
    Query("Alan Reeve", "79d54630", "name"),
    # ¶9
    Query("we held our breath for twenty-two minutes", "7e4850fe", "phrase"),
    # line 3
    Query("Let there be light", "8a4c9094", "phrase"),
    # ¶9
    Query("please wear stout shoes", "dac75aa8", "phrase"),
    # ¶13 'burnt-out shell … the fire that gutted it on the night of 12 October 1971'; dac75aa8 ¶5/7
    # the fire's fiftieth anniversary
    Query("when was Garrow Mill burnt down?", "386df080", "question", also=("dac75aa8",)),
    # ¶3 more than 600 lives
    Query("how many lives has the Garrowby lifeboat saved?", "fd3a1fbc", "question"),
    # ¶6/8 next month, officially 22 April
    Query("when does the blade factory open?", "6bc0adb3", "question"),
    # ¶3 the 75 people who are thought to have died
    Query("how many people died on the Tay Bridge?", "6f024123", "question"),
    # lines 3/7–13
    Query("history of gas street lighting", "8a4c9094", "topic"),
    # ¶6
    Query("hurricane of October 1987", "31ed921c", "topic"),
    # line 3, ¶5
    Query("four-minute mile anniversary", "22629352", "topic"),
    # ¶3 Railworkers' Union; ¶5 the General Strike
    Query("railway union and the General Strike", "79d54630", "topic"),
)

# Nothing in the new documents answers these; each shares a word or two with them on purpose.
NEWDOCS_UNANSWERED: tuple[str, ...] = (
    "Concorde flights to New York",  # Concorde (7e4850fe)
    "Roger Bannister medical career",  # Roger Bannister (22629352)
    "Storm Desmond wind speeds",  # Storm Desmond (60394fec); winds (31ed921c)
    "Kelderby Sands parking",  # Kelderby Sands (be455b53)
    "recorrido del Tour de Francia 2025",  # Tour, recorridos (d13a7391)
    "horario del Metro de Madrid en Nochevieja",  # Metro de Madrid (6b6fde88)
    "аренда квартиры в Красноярске",  # Красноярск (29210070)
    "酒泉卫星发射中心参观门票",  # 酒泉卫星发射中心, 参观 (6c608483)
    "Clayton Homes house prices",  # Clayton Homes (386df080)
    "Daniel Defoe Robinson Crusoe",  # Daniel Defoe (31ed921c)
    "wind turbine blade recycling",  # wind-turbine blades (6bc0adb3)
    "Bristol Airport car parking",  # Bristol (7e4850fe)
    "Dundee United results",  # Dundee (6f024123)
    "Vancouver cruise terminal",  # Vancouver (22629352)
)

# -- scoring helper: the new-documents corpus ------------------------------------------------------


def build_newdocs_corpus(root: Path, dest: Path) -> Path:
    """Copy NEWDOCS_DIRS (relative to the project `root`) into `dest` as blind14/: the one corpus the
    NEWDOCS queries were judged on (article ids depend on these relative paths)."""
    return copy_folders(root, dest, NEWDOCS_DIRS, NEWDOCS_SUBDIRS)
