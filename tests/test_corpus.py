"""Ingestion: every article of the digest comes out whole with its exact title and line range;
ids are stable; unreadable files are skipped with a warning naming them."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from bot.corpus import CONTINUE_PREFIX, CorpusError, load_corpus, split_articles

from .paths import SEEDS

DIGEST = next(SEEDS.glob("004_*.txt"))

# Every article title of the digest, judged by reading the file (two have no "Continue reading").
DIGEST_TITLES = [
    "Xi Jinping meets the leaders of Zimbabwe, Slovakia, Congo, Serbia and Indonesia",
    "Venezuela unveils monument to Chinese people’s victory",
    "China-Vietnam relations of comrades and brothers underlined in three high-level meetings",
    "China and Cuba build on the friendship established by Chairman Mao and Fidel Castro",
    "London film retrospective pays tribute to Anna May Wong",
    "Xi meets Lao president",
    "China, Russia and Mongolia strengthen three-way friendship in Beijing",
    "Xi Jinping meets leaders from Uzbekistan, Pakistan, Turkmenistan, Iran, Malaysia and Tajikistan",
    "Kim Jong Un’s first China visit in six years draws world attention",
    "Special friendship with Cambodia reflected in high-level visits",
    "Xi Jinping meets leaders from Armenia, Belarus, Maldives, Azerbaijan, Kyrgyzstan, India and Türkiye",
    "Scottish people’s contributions to China’s war of resistance remembered",
    "Entrevista: Como China está construyendo el socialismo",
    "Webinar: World War Against Fascism – Remembering China’s role in victory 80 years on",
    "Xi Jinping: At all times, our work must be for the people and we must do our best to improve the "
    "well-being of all the people",
    "Xi Jinping meets UN Secretary General and leaders from Egypt, Myanmar and Kazakhstan",
    "Largest ever gathering of SCO family held in Tianjin",
    "BRICS countries seek common stand on ‘tariff wars’",
    "Shoulder to shoulder: British people’s solidarity with the Chinese People’s War of Resistance Against "
    "Japanese Aggression",
    "Taking inspiration from Chinese socialism: British delegates report back from China",
]


def test_digest_splits_into_every_article_with_exact_titles(seed_index) -> None:
    digest = [a for a in seed_index.corpus.articles if a.file == DIGEST.name]
    assert [a.title for a in digest] == DIGEST_TITLES


def test_digest_articles_are_whole_and_without_continue_reading(seed_index) -> None:
    lines = DIGEST.read_text(encoding="utf-8").split("\n")
    digest = [a for a in seed_index.corpus.articles if a.file == DIGEST.name]
    for a in digest:
        assert lines[a.line_start - 1].strip() == a.title
        assert all(not p.text.startswith(CONTINUE_PREFIX) for p in a.paragraphs)
        # Each paragraph's line number points at its text in the file.
        for p in a.paragraphs:
            assert lines[p.line - 1].strip() == p.text
    # Together the articles cover every non-blank, non-trailer line of the file exactly once.
    covered = sorted(p.line for a in digest for p in a.paragraphs) + [a.line_start for a in digest]
    expected = [i + 1 for i, s in enumerate(lines) if s.strip() and not s.startswith(CONTINUE_PREFIX)]
    assert sorted(covered) == expected


def test_single_article_files_take_their_title_after_a_breadcrumb(seed_index) -> None:
    by_file = {a.file: a for a in seed_index.corpus.articles if not a.file.startswith("004_")}
    assert len(by_file) == 4
    xi_putin = next(a for f, a in by_file.items() if f.startswith("002_"))
    assert xi_putin.title.startswith("Xi Jinping and Russian President Vladimir Putin Exchange")
    assert xi_putin.line_start == 2  # line 1 is "Home > China News"
    assert next(a for f, a in by_file.items() if f.startswith("003_")).title == (
        "Beijing–Moscow: Marking History, Cementing Ties"
    )


def test_ids_are_stable_between_loads_and_independent_of_location(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere"
    shutil.copytree(SEEDS, copy)
    first = [(a.article_id, a.title) for a in load_corpus(SEEDS).articles]
    second = [(a.article_id, a.title) for a in load_corpus(copy).articles]
    assert first == second
    assert len({aid for aid, _ in first}) == len(first) == 24


def test_markdown_splits_at_top_level_headings(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(
        "# First day\n\nThe parade took place.\nIt was long\nand cold.\n\n## Detail\n\nMore.\n\n"
        "# Second day\n\nQuiet.\n",
        encoding="utf-8",
    )
    arts = load_corpus(tmp_path).articles
    assert [a.title for a in arts] == ["First day", "Second day"]
    assert [p.text for p in arts[0].paragraphs] == [
        "The parade took place.",
        "It was long and cold.",
        "Detail",
        "More.",
    ]
    assert arts[1].line_start == 11


def test_unreadable_files_are_skipped_with_one_warning_each(tmp_path: Path, caplog) -> None:
    (tmp_path / "good.txt").write_text("A title\n\nSome text about Khabarovsk.\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me\n".encode("latin-1"))
    (tmp_path / "empty.md").write_text("  \n", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")  # not a document format: not read, not listed
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(tmp_path)
    assert [a.title for a in corpus.articles] == ["A title"]
    assert {s.file for s in corpus.skipped} == {"latin1.txt", "empty.md", "blob.txt"}
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warned) == 3
    assert any("latin1.txt" in w and "UTF-8" in w for w in warned)


@pytest.mark.parametrize("make", ["missing", "empty", "only-bad"])
def test_unusable_corpus_folder_is_a_clear_error(tmp_path: Path, make: str) -> None:
    folder = tmp_path / "corpus"
    if make != "missing":
        folder.mkdir()
    if make == "only-bad":
        (folder / "x.txt").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(CorpusError) as err:
        load_corpus(folder)
    assert "corpus" in str(err.value) and str(folder) in str(err.value)


def test_hard_wrapped_prose_is_joined_but_lines_are_kept() -> None:
    arts = split_articles("Title\n\nThis sentence is wrapped\nover two lines.\nA new one.\n", "x.txt")
    assert [(p.text, p.line) for p in arts[0].paragraphs] == [
        ("This sentence is wrapped over two lines.", 3),
        ("A new one.", 5),
    ]


def test_a_line_that_stops_on_a_preposition_goes_on_in_the_next_even_with_a_number() -> None:
    arts = split_articles(
        "Charter\n\nThe town marks 800 years since its charter was granted in\n1205, with a pageant.\n", "x.txt"
    )
    assert [p.text for p in arts[0].paragraphs] == [
        "The town marks 800 years since its charter was granted in 1205, with a pageant."
    ]


def test_a_hard_wrapped_line_at_the_margin_goes_on_in_the_next_even_with_a_name() -> None:
    text = (
        "Notes from a Small Flat\n\n"
        "Twenty years ago today I was one of the thousands who walked across the new Millennium\n"
        "Bridge on its opening day, and I have been boring people about it ever since. It opened on\n"
        "Saturday 10 June, a bright, breezy morning, and by lunchtime the whole deck was swaying from\n"
        "side to side like a ship in a swell. My diary for that day says only that it was like a ferry\n"
        "deck, with everybody walking like sailors. The engineers were less thrilled about it, and it\n"
        "stayed open on the Sunday with the numbers cut; on the Monday it was shut for good, and then\n"
        "they fitted the dampers.\n"
        "Short line without a stop\n"
        "Another paragraph.\n"
    )
    paras = [p.text for p in split_articles(text, "x.txt")[0].paragraphs]
    assert paras[0].startswith("Twenty years ago today") and "Millennium Bridge on its opening day" in paras[0]
    assert paras[1:] == ["Short line without a stop", "Another paragraph."]  # far from the margin: its own


def test_a_wrapped_line_goes_on_in_the_next_even_when_it_opens_with_a_quotation_mark() -> None:
    # A hard-wrapped Russian notice: the competition's name in guillemets opens the next line.
    text = (
        "Клуб юных натуралистов\n\n"
        "Выставка работ откроется в субботу, 12 апреля, в читальном зале городской библиотеки, и\n"
        "продлится до конца месяца. Всё лето там же будет идти фотоконкурс для школьников, а\n"
        "рисунки принимаются в кабинете номер три по средам и пятницам с трёх часов дня, и\n"
        "лучшие из них повесят в фойе. Работы на детский конкурс с простым и понятным названием\n"
        "«Моя река» принимаются до 30-го. Приходите с друзьями и с родителями, будет чай.\n"
    )
    (para,) = split_articles(text, "x.txt")[0].paragraphs
    assert "названием «Моя река» принимаются до 30-го." in para.text


def test_a_chinese_line_cut_mid_sentence_goes_on_in_a_line_that_opens_with_a_date() -> None:
    text = (
        "《河湾日报》\n\n老桥工王德明至今保存着当年的日记，他的回忆也很多。通车前一年的\n10月15日，他在日记里写道。\n"
    )
    assert [p.text for p in split_articles(text, "x.txt")[0].paragraphs] == [
        "老桥工王德明至今保存着当年的日记，他的回忆也很多。通车前一年的 10月15日，他在日记里写道。"
    ]


def test_cuttings_between_plain_rules_split_even_when_one_has_no_date() -> None:
    text = (
        "PELLOW ADVERTISER — DIGEST\nThree cuttings about the town clock, from the Advertiser's files\n"
        "Pellow Advertiser, Tuesday 3 May 1983\nCLOCK STOPS AT NOON\nThe town clock stopped on Friday.\n"
        "~ ~ ~\nPellow Advertiser (undated cutting)\nCLOCK GOES DIGITAL\nThe hands came down on 29 February.\n"
        "~ ~ ~\nPellow Advertiser, Friday 9 May 2014\nCLOCK BACK IN TIME\nThe hands went back up on Sunday 4 May.\n"
    )
    titles = [a.title for a in split_articles(text, "x.txt")]
    assert titles[-3:] == ["CLOCK STOPS AT NOON", "CLOCK GOES DIGITAL", "CLOCK BACK IN TIME"]


def test_a_cutting_dated_by_a_weekday_without_a_year_is_not_read_into_the_cutting_before() -> None:
    # the middle cutting's year shows only in its text: it is an article of its own, not the 1988 one's
    text = (
        "MARLBY HERALD: THREE CUTTINGS\n\nMarlby Herald, Thursday 14 July 1988\nCARNIVAL QUEEN CROWNED\n\n"
        "The queen was crowned on Monday the 11th.\n\n----\n\nMarlby Herald, Monday 6 March\nMILL CLOCK AT 150\n\n"
        "The clock first struck on Tuesday 11 March 1845.\n\n----\n\nMarlby Herald, Wednesday 29 December 2021\n"
        "NEW YEAR DIP IS BACK\n\nThe dip returns on Saturday 1 January.\n"
    )
    articles = split_articles(text, "x.txt")
    assert [(a.line_start, a.line_end) for a in articles] == [(3, 6), (10, 13), (17, 20)]
    assert "1845" not in " ".join(p.text for p in articles[0].paragraphs)


def test_a_yearless_cuttings_dateline_over_a_lead_that_opens_on_its_headline_opens_an_article() -> None:
    text = (
        "MARLBY GAZETTE — CUTTINGS FILE\n\nMarlby Gazette, Monday 16 March 1992\n"
        "NEW POOL OPENS. Two thousand people came on Saturday, 14 March.\n\n----------\n\n"
        "Marlby Gazette, Tuesday 28 April\nTHE DAY GRANDAD SAW THE CUP FINAL. Seventy-five years ago today, on 28"
        " April 1923, the first final was played at Wembley.\n\n----------\n\n"
        "Marlby Gazette, Thursday 6 December 2007\nPOOL TO CLOSE. The pool will shut on 21 December.\n"
    )
    articles = split_articles(text, "x.txt")
    assert [(a.line_start, a.line_end) for a in articles] == [(3, 4), (8, 9), (13, 14)]


def test_a_first_cuttings_lead_that_opens_on_its_headline_under_the_pages_heading_is_an_article() -> None:
    # the page's heading and a line about it, then the first cutting with no rule above it: its lead
    # opens on its headline ("POOL OPENS AT DAWN. …"), so its dating line is its title and dates it
    text = (
        "WENBURY ECHO: THREE CUTTINGS FROM THE FILES\n\nChosen by the library's volunteers.\n\n"
        "Wenbury Echo, Wednesday 14 June 1995\n\nPOOL OPENS AT DAWN. The new pool opened last Saturday,"
        " 10 June.\n\n----------\n\nWenbury Echo, Thursday 19 August\n\nCREW HELPS AT THE COAST. The"
        " crew worked on Monday 16 August.\n\n----------\n\nWenbury Echo, Friday 13 September\n\n"
        "HARRIERS AT FIFTY. The club was founded on 3 April 1969.\n"
    )
    articles = split_articles(text, "x.txt")
    assert [(a.title, a.line_start) for a in articles][:2] == [
        ("WENBURY ECHO: THREE CUTTINGS FROM THE FILES", 1),
        ("Wenbury Echo, Wednesday 14 June 1995", 5),
    ]
    assert articles[0].line_end == 3


def test_a_cuttings_hard_wrapped_lead_is_no_headline_its_dateline_is_the_title() -> None:
    # the second cutting's lead opens on a run-in headline and is wrapped ("… two years after they" /
    # "closed for rebuilding …"): its first line is no title, the sentence stays whole
    text = (
        "Renfold Courier, Thursday 14 February\n\nTHE BIG FREEZE. The canal froze from end to end on Tuesday"
        " the 12th.\n\n----------------------------------------\n\nRenfold Courier, Monday 4 June 1990\n\n"
        "LIDO BACK IN THE SWIM. The Renfold Lido reopened on Saturday, 2 June, two years after it\n"
        "closed for repairs on 30 May 1988. The Mayor swam the first length.\n\n"
        "----------------------------------------\n\nRenfold Courier, Friday 3 March\n\n"
        "BAND STAND. The town band played on the 1st.\n"
    )
    articles = split_articles(text, "x.txt")
    assert [a.title for a in articles][1] == "Renfold Courier, Monday 4 June 1990"
    assert "two years after it closed for repairs on 30 May 1988" in articles[1].paragraphs[0].text


def test_a_cutting_that_opens_on_its_text_between_rules_is_an_article_of_its_own() -> None:
    # the middle cutting has no headline ("Six days after …"): it is no part of the 1977 cutting above it
    text = (
        "The Kelby sandcastle contest — three cuttings from the Echo\n\n"
        "Kelby Echo, Tuesday 2 August 1977\nThree hundred children built castles yesterday.\n"
        "The cup went to the Pell twins.\n---------------\n"
        "Six days after the centenary of the pier, the contest on Monday 30 May was won by a model of it.\n"
        "Its builder practised on the 21st and 22nd.\n---------------\n"
        "Kelby Echo, Saturday 6 August 2016\nThe contest returned to August this year.\n"
        "Two hundred children took part.\n"
    )
    articles = split_articles(text, "x.txt")
    middle = next(a for a in articles if a.title.startswith("Six days after"))
    assert [p.line for p in middle.paragraphs] == [7, 8]
    assert not any(a.title.startswith("---") for a in articles)


def test_a_quotation_in_straight_quotes_left_open_goes_on_in_the_line_that_closes_it() -> None:
    text = (
        'Notes\n\nShe wrote in her diary: "3 May, the first swallow is back.\n7th, a pair on the roof."\nA new one.\n'
    )
    assert [p.text for p in split_articles(text, "x.txt")[0].paragraphs] == [
        'She wrote in her diary: "3 May, the first swallow is back. 7th, a pair on the roof."',
        "A new one.",
    ]


def test_cuttings_under_banners_boxed_between_rules_are_articles() -> None:
    rule = "-" * 50
    text = (
        "KELMORE GAZETTE — FROM THE ARCHIVE\n\n"
        f"{rule}\nI.  KELMORE GAZETTE · Monday 3 June 1985\n{rule}\nNEW LIBRARY OPENS\n\nThe library opened today.\n\n"
        f"{rule}\nII. KELMORE GAZETTE · Friday 7 May 1999\n{rule}\nTRAM TRIAL ENDS\n\nThe last tram ran on Sunday.\n"
    )
    arts = split_articles(text, "x.txt")
    assert [a.title for a in arts] == ["NEW LIBRARY OPENS", "TRAM TRIAL ENDS"]  # (the heading has no body)
    assert arts[1].paragraphs[0].text == "II. KELMORE GAZETTE · Friday 7 May 1999"  # the banner dates its cutting


def test_cuttings_divided_by_box_drawing_rules_are_articles() -> None:
    text = (
        "ADVERTISER — THREE FROM THE FILES\nReprinted for the Advertiser's 150th year.\n\n"
        "From our issue of Friday 10 April 1992\n\nALL NIGHT AT THE DRILL HALL\nThe count began at 10pm.\n\n"
        + "─" * 40
        + "\n\nFOOTPATHS SHUT\nThe council closed all rights of way.\n[Advertiser, 2 March 2001]\n\n"
        + "━" * 40
        + "\n\nSNOW DAY\nEvery school was shut.\n(From the Advertiser of Thursday 5 February 2009)\n"
    )
    titles = [a.title for a in split_articles(text, "x.txt")]
    assert titles[-3:] == ["ALL NIGHT AT THE DRILL HALL", "FOOTPATHS SHUT", "SNOW DAY"]


def test_a_folder_of_cuttings_divided_by_rules_is_one_article_a_cutting_with_its_source_line() -> None:
    text = (
        "HERALD - FROM THE FILES\nCuttings kept by the library\n\n"
        "----------\nFrom our issue of Tuesday 15 May 1979\n\nNEW BATHS OPEN\nThe baths opened yesterday, 14 May.\n\n"
        "=== 2 ===\nDIVER COMES HOME\nCrowds met her on Monday 16 June.\n[Source: Herald, Wednesday 18 June 1986]\n"
    )
    articles = split_articles(text, "a.txt")
    assert [a.title for a in articles] == ["HERALD - FROM THE FILES", "NEW BATHS OPEN", "DIVER COMES HOME"]
    assert articles[1].paragraphs[0].text == "From our issue of Tuesday 15 May 1979"
    assert articles[2].paragraphs[-1].text == "[Source: Herald, Wednesday 18 June 1986]"


def test_a_source_line_of_the_paper_and_a_year_under_a_rule_opens_a_cutting_of_its_own() -> None:
    text = (
        "HOLMBY GAZETTE - TRANSPORT CUTTINGS\nThree articles from the files\n\n"
        "----------\nMonday, 6 May 1991\nTRAMS AT A HUNDRED\nThe first tram ran on 6 May 1891.\n\n"
        "----------\nHolmby Gazette, 2004\nHOLMBY, 12 March - The ferry stops on the 20th.\n\n"
        "----------\nHolmby Gazette, 2015\nFriday 3 July\nBRIDGE SHUT\nThe bridge shuts on Monday 6 July.\n"
    )
    articles = split_articles(text, "a.txt")

    def holding(words: str) -> int:
        return next(
            i for i, a in enumerate(articles) if any(words in t for t in (a.title, *(p.text for p in a.paragraphs)))
        )

    cuttings = [holding("6 May 1891"), holding("Holmby Gazette, 2004"), holding("Holmby Gazette, 2015")]
    assert len(set(cuttings)) == 3  # (not the 2004 cutting run on into the 1991 one)
    assert holding("12 March") == cuttings[1]


def test_headings_between_rules_split_a_digest_and_stay_its_cuttings_first_lines() -> None:
    text = (
        "VALLEY ECHO - FROM THE BOUND VOLUMES\nThree articles chosen by our readers\n\n"
        "== From our issue of Thursday 14 November 1991 ==\n\nNEW LIBRARY OPENS\nIt opened on Monday.\n\n"
        "== From our issue of 27 August ==\n\nSHOW IN THE SUNSHINE\nA record crowd came.\n"
    )
    articles = split_articles(text, "a.txt")
    titles = ["VALLEY ECHO - FROM THE BOUND VOLUMES", "NEW LIBRARY OPENS", "SHOW IN THE SUNSHINE"]
    assert [a.title for a in articles] == titles
    assert articles[1].paragraphs[0].text == "== From our issue of Thursday 14 November 1991 =="


def test_a_cuttings_dating_line_above_its_rule_goes_with_it() -> None:
    text = (
        "COURIER — FROM THE FILES\nThree pieces from our back numbers\n\n"
        "From our issue of Tuesday 17 October 1995\n——————————\nFERRY SAILS INTO HISTORY\nThe bridge opened.\n\n"
        "From our issue of 9 May 2003\n——————————\nHALL REOPENS\nThe hall reopened on Saturday 3 May.\n"
    )
    articles = split_articles(text, "a.txt")
    assert [a.title for a in articles] == ["COURIER — FROM THE FILES", "FERRY SAILS INTO HISTORY", "HALL REOPENS"]
    assert [a.paragraphs[0].text for a in articles[1:]] == [
        "From our issue of Tuesday 17 October 1995", "From our issue of 9 May 2003"
    ]  # fmt: skip


def test_a_footer_after_the_last_rule_leaves_the_cuttings_split_and_goes_with_the_last() -> None:
    # each cutting opens on its dating line and its text (a run-in headline); the page's footer stands alone
    text = (
        "KELBY ECHO — CUTTINGS KEPT BY THE SOCIETY\n\nKelby Echo, Friday 3 June 1988\n\n"
        "PIER REOPENS. The pier reopens on Saturday the 11th after two years.\n\n----------\n\n"
        "Kelby Echo, Tuesday 14 December\n\nLIGHTS ON. The lights go on tonight and stay on until 6 January.\n\n"
        "----------\n\nKelby Echo, Friday 2 July 2004\n\nFETE MOVED. The fete is moved to the 17th.\n\n"
        "----------\n\nThe scrapbook may be seen at Kelby Library.\n"
    )
    arts = split_articles(text, "x.txt")
    assert [a.title for a in arts][1:] == ["Kelby Echo, Tuesday 14 December", "Kelby Echo, Friday 2 July 2004"]
    assert arts[-1].paragraphs[-1].text == "The scrapbook may be seen at Kelby Library."


def test_rules_inside_one_report_do_not_split_it() -> None:
    text = (
        "Storm night\n\nThe wind rose at dusk.\n\n* * *\n\nBy morning the pier had gone.\n\n* * *\n\n"
        "The town began to clear up.\n"
    )
    assert [a.title for a in split_articles(text, "a.txt")] == ["Storm night"]


def test_archive_pages_split_at_read_more_and_at_dated_entries() -> None:
    read_more = (
        "Walkers' archive\n\nSpring walks\nNewsletter, March 1996\n\nWe start on Sunday 24 March.\n\nRead more\n\n"
        "Coast weekend\nNewsletter, June 2005\n\nWe walked on 11 June.\n\nRead more\n"
    )
    dated = (
        "Gallery — bulletin archive\n\nSummer show\nBulletin, 14 July 2000\n\nThe show opens on 21 July.\n\n"
        "New roof\nBulletin, 2 February 2009\n\nWe close on 16 February.\n"
    )
    for text, titles in ((read_more, ["Spring walks", "Coast weekend"]), (dated, ["Summer show", "New roof"])):
        articles = split_articles(text, "a.txt")
        assert [a.title for a in articles] == titles
        assert all("Read more" not in p.text for a in articles for p in a.paragraphs)


def test_archive_pages_written_one_paragraph_per_line_split_at_dated_entries() -> None:
    # No blank lines at all: an entry's title follows the page heading or a finished paragraph.
    text = (
        "Harbour Gazette — from the archive\n"
        "Pier reopens\n"
        "Harbour Gazette, week of Monday 12 April 1999\n"
        "The pier reopens on Saturday 17 April.\n"
        "New lifeboat named\n"
        "Published Monday, 11 June 2007\n"
        "The boat was named on 9 June.\n"
        "Lights for the promenade\n"
        "From the issue of 22 August 2016\n"
        "The lights go on on 3 September.\n"
    )
    articles = split_articles(text, "a.txt")
    assert [a.title for a in articles] == ["Pier reopens", "New lifeboat named", "Lights for the promenade"]
    assert [len(a.paragraphs) for a in articles] == [2, 2, 2]


def test_a_report_written_one_paragraph_per_line_stays_one_article() -> None:
    text = "Fire at the mill\nKelby, 3 May 2001\nThe mill burned on 2 May.\nA short line\nIt was rebuilt.\n"
    assert [a.title for a in split_articles(text, "a.txt")] == ["Fire at the mill"]


def test_an_issue_line_without_a_year_still_heads_an_archive_entry() -> None:
    text = (
        "Harbour Gazette — from the archive\n"
        "New market hall opens\n"
        "Harbour Gazette, June 2005\n"
        "The hall opened on Friday, 17 June.\n"
        "Record landings\n"
        "Issue of 14 September\n"
        "Boats landed a record catch between 2 and 8 September.\n"
        "The fair's 400th year\n"
        "From the Herald of 2010\n"
        "The fair ran from 24 to 26 September.\n"
    )
    titles = [a.title for a in split_articles(text, "a.txt")]
    assert titles == ["New market hall opens", "Record landings", "The fair's 400th year"]


def test_a_weekday_and_day_alone_under_a_title_heads_an_archive_entry() -> None:
    text = (
        "Gazette archive\n\nCIDER FESTIVAL BREAKS ITS RECORD\nFrom the issue of Saturday 6 September\n"
        "The festival drew a record crowd.\n\nAPPLE DAY RETURNS\nTuesday, 20 October\nThe village takes part.\n"
    )
    titles = [a.title for a in split_articles(text, "a.txt")]
    assert titles == ["CIDER FESTIVAL BREAKS ITS RECORD", "APPLE DAY RETURNS"]


def test_a_wrapped_list_item_ending_on_its_day_is_no_archive_entry() -> None:
    # Two items of a club's diary whose days wrap onto the next line, alone: not titles over datelines.
    text = (
        "ALLERBY CHESS CLUB — WINTER LETTER\n\nDear members,\n\nDates for your diary:\n\n"
        "- Lightning tournament: Saturday 3 December in the church hall. Entries to the secretary by\n"
        "  Friday 25 November.\n"
        "- Junior coaching: Tuesday 10 January to Tuesday 28 February, with the prize-giving on\n"
        "  Saturday 4 March.\n"
        "Subscriptions are due by 31 January.\n"
    )
    (article,) = split_articles(text, "a.txt")
    assert article.title == "ALLERBY CHESS CLUB — WINTER LETTER"
    assert article.paragraphs[-1].text == "Subscriptions are due by 31 January."


def test_archive_entries_between_rules_split_and_the_rules_are_no_text() -> None:
    text = (
        "From the club archive: three cuttings\nCollected by the club historian.\n---\n"
        "CLUB WINS THE SHIELD\nHarnley Courier, 15 May 1995\nThe club won the shield.\n---\n"
        "NEW YEAR CONGRESS A SELL-OUT\nClub newsletter, spring 2001\nEvery place was taken.\n* * *\n"
    )
    articles = split_articles(text, "a.txt")
    assert [a.title for a in articles][1:] == ["CLUB WINS THE SHIELD", "NEW YEAR CONGRESS A SELL-OUT"]
    assert all(p.text not in ("---", "* * *") for a in articles for p in a.paragraphs)


def test_an_entry_headed_in_capitals_like_the_others_needs_no_date_of_its_own() -> None:
    text = (
        "Coastline Weekly — archive page\n\nTICKET HALL REOPENS\nCoastline Weekly, Friday, 5 April 1996\n"
        "The hall reopens.\n\nFIRE GUTS DERELICT WEST PIER\nCoastline Weekly, weekend edition\nThe pier burned.\n\n"
        "PIER OF THE YEAR\nCoastline Weekly, Friday, 11 February\nHallam Bay won.\n"
    )
    titles = [a.title for a in split_articles(text, "a.txt")]
    assert titles == ["TICKET HALL REOPENS", "FIRE GUTS DERELICT WEST PIER", "PIER OF THE YEAR"]


def test_capital_headlines_split_a_page_written_one_paragraph_per_line_with_one_dated_entry() -> None:
    # Only the first cutting's line dates it; the others are headed in capitals the same way.
    text = (
        "Dairy scrapbook\nThree cuttings kept by the secretaries.\nDAIRY AT 75\nKellow Gazette, Friday, 3 April\n"
        "The society was founded 75 years ago.\nNEW BOTTLING HALL OPENS\nMembers' Bulletin No. 83 — Spring\n"
        "The hall came into use on Monday, 20 March.\nLAST DOORSTEP ROUND\nFrom the society's website\n"
        "The last round was driven on Friday, 29 March.\n"
    )
    titles = [a.title for a in split_articles(text, "a.txt")]
    assert titles == ["Dairy scrapbook", "DAIRY AT 75", "NEW BOTTLING HALL OPENS", "LAST DOORSTEP ROUND"]


def test_russian_entries_dated_by_the_issue_they_come_from() -> None:
    text = (
        "Страницы из подшивки\n\nТри публикации разных лет.\n\nГАЗЕТЕ — 65 ЛЕТ\nИз номера от 4 мая\n"
        "Газета отмечает юбилей.\n\nНОВАЯ ПЕЧАТНАЯ МАШИНА\nИз номера от 14 августа 2004 года\nМашина работает.\n"
    )
    titles = [a.title for a in split_articles(text, "a.txt")]
    assert titles == ["Страницы из подшивки", "ГАЗЕТЕ — 65 ЛЕТ", "НОВАЯ ПЕЧАТНАЯ МАШИНА"]


def test_archive_entries_dated_by_a_closing_stop_or_by_their_first_lines_dateline() -> None:
    text = (
        "Valley Gazette — sports files\n"
        "Three reports from the archive.\n"
        "Wanderers win the cup\n"
        "Saturday, 2 September 1995 — The Wanderers beat Callowmouth 3–1.\n"
        "Canal reopens\n"
        "Published Tuesday, 13 May 1997.\n"
        "The canal reopened yesterday, Monday, 12 May.\n"
    )
    titles = [a.title for a in split_articles(text, "a.txt")]
    assert titles == ["Valley Gazette — sports files", "Wanderers win the cup", "Canal reopens"]


def test_archive_entries_whose_first_line_opens_with_a_season_or_month_and_year() -> None:
    # "Newsletter, autumn 2003. Nine recruits …": the dating words end with a full stop, the report
    # goes on on the same line.
    text = (
        "Fire Brigade Association — three items from the newsletter\n"
        "NEW ENGINE\n"
        "Newsletter, spring 1997. The new engine arrived on Monday 3 March.\n"
        "RECRUITS PASS OUT\n"
        "Newsletter, autumn 2003. Nine recruits passed out on Friday 26 September.\n"
        "FLOOD CREWS THANKED\n"
        "February 2015. The mayor thanked the crews.\n"
    )
    titles = [a.title for a in split_articles(text, "a.txt")]
    assert titles == ["NEW ENGINE", "RECRUITS PASS OUT", "FLOOD CREWS THANKED"]


def test_archive_dating_lines_with_an_issue_number_or_where_it_was_posted() -> None:
    text = (
        "Canal Trust — three articles from our back numbers\n"
        "\n"
        "LOCK REOPENS\n"
        "Canal News, No. 41, June 1997\n"
        "Boats passed through the lock on 17 May.\n"
        "\n"
        "STOPPAGE NOTICE\n"
        "Posted on the Trust website on 12 January 2015\n"
        "The flight will be closed from 2 February.\n"
    )
    assert [a.title for a in split_articles(text, "a.txt")] == ["LOCK REOPENS", "STOPPAGE NOTICE"]


def test_a_cuttings_page_whose_dating_lines_stand_above_the_headlines() -> None:
    text = (
        "Printing Works — press cuttings\n"
        "From the Courier, October 1995\n"
        "NEW PRESS ROLLS\n"
        "The press was started on Monday, 2 October.\n"
        "From the Courier — Saturday 4 October\n"
        "APPRENTICES RETURN\n"
        "Six school-leavers begin on 3 November.\n"
        "From the Courier, 21 May 2016\n"
        "PRESS TO CLOSE\n"
        "The works will print its final job on 30 June.\n"
    )
    articles = split_articles(text, "a.txt")
    assert [a.title for a in articles] == ["NEW PRESS ROLLS", "APPRENTICES RETURN", "PRESS TO CLOSE"]
    # the dating line is the entry's first paragraph, so that it dates the entry
    firsts = [a.paragraphs[0].text for a in articles]
    assert firsts[0] == "From the Courier, October 1995" and firsts[2] == "From the Courier, 21 May 2016"


def test_dating_lines_joined_by_a_dash_or_with_only_a_weekday_and_day() -> None:
    text = (
        "Transport archive — a digest of cuttings\n\n"
        "BUS STATION OPENS\nEvening Post, Saturday 18 April 1998\n\nThe station opened today.\n\n"
        "TRAM PLAN UNVEILED\nEvening Post — 30 September 2006\n\nThe committee approved a tram line.\n\n"
        "FIRST TRAM IN 42 YEARS\nEvening Post, Monday 25 November\n\nA tram carried passengers today.\n"
    )
    titles = [a.title for a in split_articles(text, "a.txt")]
    assert titles == ["BUS STATION OPENS", "TRAM PLAN UNVEILED", "FIRST TRAM IN 42 YEARS"]


def test_cuttings_numbered_in_capitals_and_closed_by_their_sources() -> None:
    text = (
        "MILLBROOK GAZETTE: CUTTINGS\nReprinted for the open day\n\n"
        "I. FERRY RETURNS\n\nThe ferry will run again from Monday 4 April.\n"
        "[Millbrook Gazette, 25 March 1983, p. 2]\n\n"
        "II. BANDSTAND AT FIFTY\n\nThe bandstand turns fifty on 9 July.\n[Gazette, 2 July]\n"
    )
    articles = split_articles(text, "a.txt")
    assert [a.title for a in articles] == ["MILLBROOK GAZETTE: CUTTINGS", "I. FERRY RETURNS", "II. BANDSTAND AT FIFTY"]
    assert articles[2].paragraphs[-1].text == "[Gazette, 2 July]"
    # A numbered list in capitals with no sources is no cuttings file.
    plain = "Programme\n\n1. OPENING\n\nThe mayor speaks at noon.\n\n2. CONCERT\n\nThe band plays at two.\n"
    assert len(split_articles(plain, "b.txt")) == 1


def test_a_source_line_under_the_paragraph_it_closes_stays_with_its_cutting() -> None:
    text = (
        "HARTLEY ECHO - CUTTINGS\nKept for the society\n\n"
        "1. LIDO REOPENS\nThe lido reopened on Saturday 29 May after its winter repairs.\n"
        "[Hartley Echo, Friday 4 June 1993, page 5]\n\n"
        "2. FAIR CALLED OFF\nThe summer fair, due on Saturday 28 July, has been called off.\n"
        "[Hartley Echo, 13 April 2001, front page]\n\n"
        "3. LIBRARY MOVES\nThe library reopened in the old bank on Saturday 17 October.\n"
        "[Hartley Echo, 23 October 2009, page 3]\n"
    )
    articles = split_articles(text, "a.txt")
    titles = ["HARTLEY ECHO - CUTTINGS", "1. LIDO REOPENS", "2. FAIR CALLED OFF", "3. LIBRARY MOVES"]
    assert [a.title for a in articles] == titles
    assert [p.text[:13] for p in articles[1].paragraphs] == ["The lido reop", "[Hartley Echo"]
    assert articles[1].paragraphs[-1].text.endswith("1993, page 5]")


def test_a_bracket_left_open_at_a_lines_end_goes_on_in_the_next_line() -> None:
    text = (
        "NEW FOOTBRIDGE\n\nThe footbridge was opened on Tuesday 21 March.\n"
        "(Picture caption: the mayor is first across. Photograph: Dunford\nGazette, March 2006.)\n"
    )
    (article,) = split_articles(text, "a.txt")
    assert (
        article.paragraphs[-1].text
        == "(Picture caption: the mayor is first across. Photograph: Dunford Gazette, March 2006.)"
    )


def test_a_quotation_is_one_paragraph_with_the_line_that_introduces_it() -> None:
    text = (
        "大桥通车\n\n他回忆说：\n“10月7日一早，全村的人都到桥头放鞭炮。\n10月9日，第一辆公共汽车开过了大桥。”\n\n"
        "今年的展览开幕了。\n"
    )
    (article,) = split_articles(text, "a.txt")
    assert [p.text[:5] for p in article.paragraphs] == ["他回忆说：", "今年的展览"]
    # A line that ends a sentence with no quotation open still ends its paragraph.
    (plain,) = split_articles("大桥通车\n\n他说了一句话。\n“我们明天开会。”\n", "b.txt")
    assert len(plain.paragraphs) == 2


def test_rules_cut_a_scrapbook_into_cuttings_even_when_one_dating_line_gives_no_year() -> None:
    rule = "=" * 40
    text = (
        "TOLLBRIDGE TIMES - FROM THE FILES\nCuttings kept at the library\n\n"
        f"{rule}\nFrom our issue of Friday 2 July 1993\n\n"
        "NEW SLIPWAY OPENS\n\nThe slipway was opened on Wednesday, 30 June.\n\n"
        f"{rule}\nFrom our issue of Tuesday 27 February 2001\n\n"
        "MART SHUT\n\nThe mart is closed until further notice.\n\n"
        f"{rule}\nFrom our issue of 11 December\n\nLIGHTS UP\n\nThe lights were switched on on Friday, 5 December.\n"
    )
    titles = [a.title for a in split_articles(text, "a.txt")]
    assert titles == ["TOLLBRIDGE TIMES - FROM THE FILES", "NEW SLIPWAY OPENS", "MART SHUT", "LIGHTS UP"]


def test_cuttings_under_bracketed_sources_with_a_middle_dot_and_an_exclaiming_headline() -> None:
    text = (
        "KELBY GAZETTE\nOut of the files\n\n[Kelby Gazette, Friday 8 February 1991, front page]\nSNOWBOUND!\n"
        "Kelby woke yesterday under deep snow.\n\n[Kelby Gazette · 12 Oct 2012]\nA TOWN'S THANK-YOU\n"
        "The volunteers will be guests of honour on Saturday 20 October.\n"
    )
    titles = [a.title for a in split_articles(text, "a.txt")]
    assert titles == ["KELBY GAZETTE", "SNOWBOUND!", "A TOWN'S THANK-YOU"]


def test_cuttings_numbered_between_dashes_with_no_are_articles() -> None:
    text = (
        "LAKESIDE POST\nCuttings from the archive\n\n"
        "-- No. 1 --\nPost, Friday 3 June 1983\nFERRY RUNS AGROUND\nThe ferry ran aground on Thursday 2 June.\n\n"
        "-- No. 2 --\n[Post, 14.2.94]\nICE CLOSES THE LAKE\nSkaters were warned off on Sunday 13 February.\n"
    )
    titles = [a.title for a in split_articles(text, "x.txt")]
    assert titles[-2:] == ["FERRY RUNS AGROUND", "ICE CLOSES THE LAKE"]


def test_a_numbered_cutting_keeps_its_dating_line_and_takes_its_headline_as_title() -> None:
    text = (
        "KELBY GAZETTE — TWO CUTTINGS\nFrom the library's scrapbook.\n\n"
        "-----------------------------\nCUTTING ONE\nKELBY GAZETTE, Friday 3 March 1989\n\n"
        "MILL FIRE LIGHTS UP THE VALLEY\nThe old corn mill burned down on Wednesday the 1st.\n\n"
        "-----------------------------\nCUTTING TWO\nKELBY GAZETTE, Monday 7 June 1993\n\n"
        "NEW BRIDGE OPENS\nThe footbridge opened on Saturday, 5 June.\n"
    )
    arts = split_articles(text, "x.txt")
    assert [a.title for a in arts][1:] == ["MILL FIRE LIGHTS UP THE VALLEY", "NEW BRIDGE OPENS"]
    assert arts[1].paragraphs[0].text == "KELBY GAZETTE, Friday 3 March 1989"
