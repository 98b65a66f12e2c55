"""Each surface form of a day in text, and the words that only look like dates."""

from __future__ import annotations

import pytest

from bot.index.dates.extract import bare_ordinal_days, find_mentions


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("On September 3, 2020, Xi wrote.", [("September 3, 2020", 2020, 9, 3, 2020, 9, 3)]),
        ("It was 3 September 2020.", [("3 September 2020", 2020, 9, 3, 2020, 9, 3)]),
        ("He died on 22 July 1945 after", [("22 July 1945", 1945, 7, 22, 1945, 7, 22)]),
        ("Visited from Sept. 23-27, then", [("Sept. 23-27", None, 9, 23, None, 9, 27)]),
        ("on the 3rd of September", [("3rd of September", None, 9, 3, None, 9, 3)]),
        ("On September 4 Xi met", [("September 4", None, 9, 4, None, 9, 4)]),
        ("Published 2025-09-03.", [("2025-09-03", 2025, 9, 3, 2025, 9, 3)]),
        ("📆 Sunday 21 September 2025, 4pm", [("Sunday 21 September 2025", 2025, 9, 21, 2025, 9, 21)]),
        ("a visit, September 6-7, after", [("September 6-7", None, 9, 6, None, 9, 7)]),
        ("From August 31-September 2, Zhao", [("August 31-September 2", None, 8, 31, None, 9, 2)]),
        ("From August 31 – September 2, Zhao", [("August 31 – September 2", None, 8, 31, None, 9, 2)]),
        ("from 30 August to 2 September, a show", [("30 August to 2 September", None, 8, 30, None, 9, 2)]),
        ("runs December 30-January 2 in Harbin", [("December 30-January 2", None, 12, 30, None, 1, 2)]),
        (
            "on Thursday, September 30, through Sunday, October 3.",
            [("Thursday, September 30, through Sunday, October 3", None, 9, 30, None, 10, 3)],
        ),
        ("runs December 30-January 2, 2026.", [("December 30-January 2, 2026", 2025, 12, 30, 2026, 1, 2)]),
        ("where on August 23 [1937], J.R. Campbell", [("August 23 [1937]", 1937, 8, 23, 1937, 8, 23)]),
        ("9 мая 1945 года", [("9 мая 1945 года", 1945, 5, 9, 1945, 5, 9)]),
        ("началась 22 июня 1941 г. и", [("22 июня 1941 г.", 1941, 6, 22, 1941, 6, 22)]),
        ("продлятся 8–9 мая.", [("8–9 мая", None, 5, 8, None, 5, 9)]),
        ("1945年9月3日，", [("1945年9月3日", 1945, 9, 3, 1945, 9, 3)]),
        ("9月3日被定为", [("9月3日", None, 9, 3, None, 9, 3)]),
        ("8月31日至9月1日，峰会", [("8月31日至9月1日", None, 8, 31, None, 9, 1)]),
        ("el 3 de septiembre de 1945", [("3 de septiembre de 1945", 1945, 9, 3, 1945, 9, 3)]),
        ("del 20 al 25 de agosto.", [("20 al 25 de agosto", None, 8, 20, None, 8, 25)]),
        # each end with its year; a life's two dates stay two dates
        (
            "The festival · 26 December 2015 - 2 January 2016",
            [("26 December 2015 - 2 January 2016", 2015, 12, 26, 2016, 1, 2)],
        ),
        (
            "born 3 May 1920 - 4 June 1990 died",
            [("3 May 1920", 1920, 5, 3, 1920, 5, 3), ("4 June 1990", 1990, 6, 4, 1990, 6, 4)],
        ),
        (
            "closed from 6pm on Friday 22 July until 8pm on Sunday 24 July",
            [("Friday 22 July until 8pm on Sunday 24 July", None, 7, 22, None, 7, 24)],
        ),
        ("4月29日（星期六）至5月3日", [("4月29日（星期六）至5月3日", None, 4, 29, None, 5, 3)]),
        # a Chinese range across the new year: each end with its year, or the one year written at its start
        ("冬训从1996年12月27日到1997年1月4日。", [("1996年12月27日到1997年1月4日", 1996, 12, 27, 1997, 1, 4)]),
        ("冬训从1996年12月27日到1月4日。", [("1996年12月27日到1月4日", 1996, 12, 27, 1997, 1, 4)]),
        ("冬训从12月27日到1997年1月4日。", [("12月27日到1997年1月4日", 1996, 12, 27, 1997, 1, 4)]),
    ],
)
def test_forms(text: str, found: list[tuple]) -> None:
    got = [(m.text, m.year, m.month, m.day, m.end_year, m.end_month, m.end_day) for m in find_mentions(text)]
    assert got == found


def test_parenthesised_anniversary_span_is_the_original_date() -> None:
    (m,) = find_mentions("the August Revolution (August 19, 1945 – 2025) and")
    assert (m.year, m.month, m.day, m.anniversary_year) == (1945, 8, 19, 2025)
    assert m.text == "August 19, 1945 – 2025"


def test_weekday_is_recorded() -> None:
    (m,) = find_mentions("held in Caracas on Wednesday, September 3, to")
    assert m.weekday == 2 and m.text == "Wednesday, September 3"


@pytest.mark.parametrize(
    "text",
    [
        "it may be that",
        "May 2025 was busy",
        "after the Long March the army",
        "the 80th anniversary",
        "a 1,100 kilometre (700 miles) journey",
        "14 years of war (1931-45)",
        "Marco Polo Bridge 3 times",
        "on 31 June nothing happened",
        "at 4pm Britain, 11am US Eastern",
        "the 25th Meeting of the Council",
    ],
)
def test_look_alikes_are_not_dates(text: str) -> None:
    assert find_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Group work mornings are held on 6 and 20 June.", [(6, 6), (6, 20)]),
        ("Please give your availability for 20, 21 and 22 July.", [(7, 20), (7, 21), (7, 22)]),
        ("the battles of 15 and 16 October 1941", [(10, 15), (10, 16)]),
        ("with night-sky viewings on July 19 and 20.", [(7, 19), (7, 20)]),
        ("segunda jornada el 5 y 6 de agosto en Tunja", [(8, 5), (8, 6)]),
        ("Позже, 2 и 3 мая, вывезли жителей", [(5, 2), (5, 3)]),
        ("7月28日和29日，纪念公园免费开放", [(7, 28), (7, 29)]),
        ("la feria abre el sábado 10 y domingo 11 de octubre", [(10, 10), (10, 11)]),  # a weekday before each
        ("ярмарка пройдёт в субботу 3 и воскресенье 4 мая", [(5, 3), (5, 4)]),
        ("School closed Oct. 19th & 20th for the election.", [(10, 19), (10, 20)]),  # an ordinal is no count
    ],
)
def test_coordinated_days_each_count(text: str, days: list[tuple[int, int]]) -> None:
    assert [(m.month, m.day) for m in find_mentions(text)] == days


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("returns to the welfare hall from 16 to 28 October.", ((10, 16), (10, 28))),
        ("runs from Wednesday 1 August to Friday 31 August upstairs", ((8, 1), (8, 31))),
        ("прошла в Киеве с 24 по 26 апреля", ((4, 24), (4, 26))),
        ("Half-term holiday Oct. 23rd to 27th.", ((10, 23), (10, 27))),  # month first, the last day alone
        ("The fair runs October 23 to 27 on the green.", ((10, 23), (10, 27))),
    ],
)
def test_ranges_written_with_words(text: str, span: tuple[tuple[int, int], tuple[int, int]]) -> None:
    (m,) = find_mentions(text)
    assert ((m.month, m.day), (m.end_month, m.end_day)) == span


def test_a_number_after_a_date_is_not_a_day_when_a_noun_follows() -> None:
    assert [(m.month, m.day) for m in find_mentions("On July 19 and 20 people came.")] == [(7, 19)]
    assert [(m.day, m.end_day) for m in find_mentions("Open July 4 to 5 pm.")] == [(4, 4)]
    assert [(m.day, m.end_day) for m in find_mentions("On June 3 to 30 people came.")] == [(3, 3)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("celebrations fall on Saturday 26 and Sunday 27 April this year", [(4, 26), (4, 27)]),
        ("returns from Friday 19 to Sunday 21 July", [(7, 19)]),  # a range: one mention, 19–21 July
        ("Saturday 18 and Tuesday 21 February: two defeats", [(2, 18), (2, 21)]),
    ],
)
def test_days_written_with_their_weekdays(text: str, days: list[tuple[int, int]]) -> None:
    assert [(m.month, m.day) for m in find_mentions(text)] == days


def test_a_legal_notices_day_of_the_month() -> None:
    assert [(m.day, m.month, m.year) for m in find_mentions("Dated this 14th day of January 2020")] == [(14, 1, 2020)]


def test_a_bare_ordinal_before_a_verb_or_this_is_a_day_of_the_month_named_before() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "The fair is on 2 July. Bins normally emptied on the 23rd will be emptied on the 25th."
    got = [(m.month, m.day) for m in bare_ordinal_days(text, find_mentions(text), None)]
    assert got == [(7, 23), (7, 25)]
    century = "Built on 2 July 1890, the hall is in the 19th century style."
    assert bare_ordinal_days(century, find_mentions(century), None) == []
    # before a modal or an auxiliary, and closing the text
    modal = "The trials open on 8 August. Dogs running on the 9th must be at the field by seven."
    assert [(m.month, m.day) for m in bare_ordinal_days(modal, find_mentions(modal), None)] == [(8, 9)]
    closing = "Championships on Sunday 17 April; entries close on the 10th"
    assert [(m.month, m.day) for m in bare_ordinal_days(closing, find_mentions(closing), None)] == [(4, 10)]
    # a month named after the days: "of that January"
    that = "The school reopened on 3 March. It was shut on the 24th and 25th of that January."
    got = [(m.text, m.month, m.day) for m in bare_ordinal_days(that, find_mentions(that), None)]
    assert got == [("24th and 25th of that January", 1, 24), ("24th and 25th of that January", 1, 25)]
    # before an aside in brackets; not a number in them ("the 19th (1890) century")
    aside = "The flags went up on 1 June. The lambs were marked on the 14th (not by me)."
    assert [(m.month, m.day) for m in bare_ordinal_days(aside, find_mentions(aside), None)] == [(6, 14)]


def test_a_programmes_headings_in_capitals_are_dates() -> None:
    got = [(m.text, m.month, m.day, m.weekday) for m in find_mentions("FRIDAY 23 MAY")]
    assert got == [("FRIDAY 23 MAY", 5, 23, 4)]
    assert [(m.month, m.day, m.year) for m in find_mentions("TRAMS RUN UNTIL MARCH 3, 1997")] == [(3, 3, 1997)]
    assert find_mentions("SAT SCORES ROSE BY 12 POINTS") == []


def test_a_range_of_days_in_capitals_is_one_range() -> None:
    # "TO" and "AND" between two days in a heading in capitals join them as the lower-case words do
    got = [
        (m.month, m.day, m.end_month, m.end_day)
        for m in find_mentions("LANTERN FESTIVAL, FRIDAY 4 TO SUNDAY 13 OCTOBER")
    ]
    assert got == [(10, 4, 10, 13)]
    pair = [(m.month, m.day) for m in find_mentions("OPEN DAYS: MONDAY 8 AND TUESDAY 9 APRIL")]
    assert pair == [(4, 8), (4, 9)]


def test_bare_ordinals_with_or_by_and_an_earlier_day_of_the_same_paragraph() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    cases = {
        "Our party flies on Saturday 11 July. We try the ridge on the 16th or 17th, weather permitting.": [
            (7, 16), (7, 17)
        ],
        "Built on 2 and 3 December; the first withdrawal was made on Monday the 9th by the manager.": [(12, 9)],
        "It passed perihelion on 1 April, and by the 10th the tail was shorter.": [(4, 10)],  # no deadline
        "The market is on Friday 19 December. Parking is suspended from 6 pm on the 18th.": [(12, 18)],
    }  # fmt: skip
    for text, want in cases.items():
        assert [(m.month, m.day) for m in bare_ordinal_days(text, find_mentions(text), None)] == want, text


def test_a_day_alone_in_russian_and_chinese_after_a_month_named_before() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    ru = "Игры открылись 19 июля, а на следующий день, 20-го, команда вышла на канал. В 20-го веке — нет."
    assert [(m.month, m.day) for m in bare_ordinal_days(ru, find_mentions(ru), None)] == [(7, 20)]
    zh = "12月2日凌晨发射升空；12月6日进入环月轨道；14日晚着陆。第二天，即15日凌晨，月球车驶上月面。"
    assert [(m.month, m.day) for m in bare_ordinal_days(zh, find_mentions(zh), None)] == [(12, 14), (12, 15)]
    listed = "时间分别是8月12日、13日。"
    assert bare_ordinal_days(listed, find_mentions(listed), None) == []  # the list already holds the 13th


def test_a_bare_ordinal_takes_the_month_of_a_day_named_with_its_number() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    cases = {
        "The torch passes on Tuesday 5 June; the Games open on 27 July. Roads close on the 5th.": [(6, 5)],
        "Gusts were recorded on Thursday, 25 January. He expects the road to be clear by the 29th.": [(1, 29)],
        "The dinner is on Friday, 1 October. Tickets must be booked by the 24th.": [(9, 24)],
        "The fair is on 16 August. It will be held on the 23rd instead.": [(8, 23)],
    }
    for text, want in cases.items():
        assert [(m.month, m.day) for m in bare_ordinal_days(text, find_mentions(text), None)] == want, text
    es = "Un viaje los días 30 de noviembre y 1 de diciembre. Las plazas se reparten por inscripción hasta el día 22."
    assert [(m.month, m.day) for m in bare_ordinal_days(es, find_mentions(es), None)] == [(11, 22)]


def test_a_range_that_ends_on_a_bare_ordinal() -> None:
    got = find_mentions("Lowgate will be closed each night from 5 March until the 9th, between 8pm and 6am.")
    assert [(m.text, m.month, m.day, m.end_day) for m in got] == [("5 March until the 9th", 3, 5, 9)]
    assert [m.text for m in find_mentions("Open from 9 March to the 2nd, and again.")] == ["9 March"]  # no range back


def test_a_bare_ordinal_keeps_its_weekday_and_takes_the_month_of_the_next_day_it_names() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "The film will be shown in the church hall on Friday the 9th and again on Saturday 10 March."
    found = find_mentions(text)
    got = bare_ordinal_days(text, found, (4, 6))  # April was named before
    assert [(m.text, m.month, m.day, m.weekday) for m in got] == [("Friday the 9th", 3, 9, 4)]
    text = "Within a week, on the 23rd, drivers refused to pay, and a camp held out from 28 December."
    got = bare_ordinal_days(text, find_mentions(text), (10, 16))  # no weekday: the month named before
    assert [(m.text, m.month) for m in got] == [("23rd", 10)]


def test_a_spanish_day_with_its_weekday_takes_the_month_of_a_later_date_whose_weekday_agrees() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "La víspera, el viernes 6, hubo verbena en la plaza. El domingo 8 de marzo se inauguró el puente."
    got = bare_ordinal_days(text, find_mentions(text), (2, 20))  # February was named before
    assert [(m.text, m.month, m.day, m.weekday) for m in got] == [("viernes 6", 3, 6, 4)]
    # A weekday that does not agree gives no month: the number is left alone.
    text = "La víspera, el jueves 6, hubo verbena en la plaza. El domingo 8 de marzo se inauguró el puente."
    assert [m.month for m in bare_ordinal_days(text, find_mentions(text), (2, 20))] == []


def test_chinese_days_alone_after_a_month_named_alone_and_the_next_day_of_the_paragraph_before() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "早在3月2日就通了电。10月中旬，新桥试通车，15日和16日两天，桥头站满了人。"
    got = bare_ordinal_days(text, find_mentions(text), None)
    assert [(m.month, m.day) for m in got] == [(10, 15), (10, 16)]
    # A paragraph that names no month: a day alone just after the last date before it is of its month.
    text = "那天晚上，他在桥头一直站到了6日凌晨。"
    assert [(m.month, m.day) for m in bare_ordinal_days(text, [], (10, 5))] == [(10, 6)]
    assert bare_ordinal_days(text, [], (10, 1)) == []  # (not days later)


def test_a_weekday_and_a_day_number_the_day_after_the_one_named_last_is_of_its_month() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "MONDAY 29: Darts and dominoes knockout at the Plough."
    got = bare_ordinal_days(text, find_mentions(text), (6, 28))  # "SUNDAY 28 JUNE" on the line before
    assert [(m.text, m.month, m.day, m.weekday) for m in got] == [("MONDAY 29", 6, 29, 0)]
    # Not a day later than the next one, nor a number of something else.
    assert bare_ordinal_days("Monday 30 runners set off.", [], (6, 28)) == []
    assert bare_ordinal_days("TUESDAY 29: quiz night.", [], (6, 21)) == []


def test_short_weekdays_in_a_range_and_a_day_moved_from_one_date_to_another() -> None:
    got = find_mentions("Sat 21 – Sun 22 June ...... Cup weekend; the Sun 22 June edition")
    assert [(m.text, m.day, m.end_day, m.weekday) for m in got] == [
        ("Sat 21 – Sun 22 June", 21, 22, 5),
        ("22 June", 22, 22, None),  # a paper's name, not a weekday
    ]
    moved = find_mentions("The street's gala has been moved from 29 June to 6 July, just in case.")
    assert [(m.text, m.month, m.day, m.end_day) for m in moved] == [("29 June", 6, 29, 29), ("6 July", 7, 6, 6)]
    assert [m.text for m in find_mentions("The fair runs from 29 June to 6 July.")] == ["29 June to 6 July"]


def test_a_day_moved_from_an_ordinal_alone_takes_the_new_days_month() -> None:
    # "moved from the 3rd to Saturday 17 March": two days of March, not a fortnight's span
    moved = find_mentions("The lifeboat supper has been moved from the 3rd to Saturday 17 March 2001.")
    assert [(m.text, m.month, m.day, m.end_day, m.year) for m in moved] == [
        ("3rd", 3, 3, 3, 2001),
        ("Saturday 17 March 2001", 3, 17, 17, 2001),
    ]
    # (a span stays one when the verb is not right before it)
    text = "The show was postponed and will run from the 3rd to the 17th of March."
    assert [m.text for m in find_mentions(text)] == ["3rd to the 17th of March"]


def test_a_bare_ordinal_before_there_and_on_the_day_a_paragraph_before_named() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "On Friday 13 July we drove out. By the 17th there were reporters in the pub."
    assert [(m.month, m.day) for m in bare_ordinal_days(text, find_mentions(text), None)] == [(7, 17)]
    text = "Bowsers arrived on the 23rd, and bottled water is handed out."
    assert [(m.month, m.day) for m in bare_ordinal_days(text, [], (7, 23))] == [(7, 23)]  # "Monday 23 July" before
    # an earlier day told in the past, within a week: that month's (within two when the verb just before
    # it tells the past; further back, or in the future: maybe another's)
    assert [(m.month, m.day) for m in bare_ordinal_days(text, [], (7, 25))] == [(7, 23)]
    assert [(m.month, m.day) for m in bare_ordinal_days(text, [], (7, 31))] == [(7, 23)]
    assert bare_ordinal_days("Bowsers arrived on the 3rd, and bottled water is handed out.", [], (7, 25)) == []
    assert bare_ordinal_days("Bowsers will arrive on the 23rd.", [], (7, 25)) == []


def test_a_deadline_before_the_day_a_paragraph_before_named_is_of_its_month() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "Christmas lunch will be on the 16th. Please return the menu slip by the 11th."
    # "Tuesday 15 December" was named a paragraph before
    assert [(m.month, m.day) for m in bare_ordinal_days(text, [], (12, 15))] == [(12, 16), (12, 11)]


def test_a_deadline_by_a_part_of_the_day_before_the_day_named_is_of_its_month() -> None:
    # "Open Gardens Weekend, 20 and 21 June" a paragraph before: the gardens are tidied by the eve
    text = "Owners are asked to have their front gardens tidied by the evening of the 19th."
    assert [(m.month, m.day) for m in bare_ordinal_days(text, [], (6, 21))] == [(6, 19)]


def test_a_month_first_range_ends_on_an_ordinal_even_before_a_capital() -> None:
    got = [(m.text, m.month, m.day, m.end_day) for m in find_mentions("Oct. 23rd to 27th  Half-term holiday.")]
    assert got == [("Oct. 23rd to 27th", 10, 23, 27)]
    # a bare number before a capital may be an address
    assert [m.text for m in find_mentions("Deliveries from October 23 to 27 Mill Lane.")] == ["October 23"]


def test_a_two_digit_year_after_an_apostrophe() -> None:
    got = [(m.text, m.month, m.day, m.year) for m in find_mentions('my mother wrote "Canal St, June 6th, \'53".')]
    assert got == [("June 6th, '53", 6, 6, 1953)]
    assert [m.year for m in find_mentions("on 5 May ’17 the mill reopened")] == [2017]
    # a quotation mark that opens a word is no year
    assert [m.year for m in find_mentions("the 6 June 'Overlord' plan")] == [None]


def test_a_bare_ordinal_after_a_preposition_of_time_before_any_word_but_what_ordinals_count() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    cases = {
        "The regatta is on 2 August. By the 6th eleven crews had entered.": [(8, 6)],
        "The show opens on Saturday 4 May. Rain is forecast, so it had better not rain on the 4th\".": [(5, 4)],
        "Voting began on 3 March and on the 9th turnout passed half.": [(3, 9)],
        "Work began on 3 March. The office is on the 5th floor, and the 2nd round starts after the 3rd lap.": [],
    }  # fmt: skip
    for text, want in cases.items():
        assert [(m.month, m.day) for m in bare_ordinal_days(text, find_mentions(text), None)] == want, text


def test_a_bare_ordinal_the_day_before_a_date_later_in_its_sentence_is_of_that_month() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "The open day on the 14th runs until four, with guided walks on 15 and 16 May."
    assert [(m.month, m.day) for m in bare_ordinal_days(text, find_mentions(text), (9, 9))] == [(5, 14)]
    # further ahead, the month carried from before holds ("Within a week, on the 23rd, … from 28 December")
    later = "Within a week, on the 23rd, the pickets came, and they stayed from 28 December to 2 January."
    assert [(m.month, m.day) for m in bare_ordinal_days(later, find_mentions(later), (10, 16))] == [(10, 23)]


def test_a_cuttings_source_dated_in_figures_day_first() -> None:
    got = [(m.day, m.month, m.year, m.text) for m in find_mentions("[Echo, 14.2.94]")]
    assert got == [(14, 2, 1994, "14.2.94")]
    assert [(m.day, m.month, m.year) for m in find_mentions("(Gazette, 3.11.1987)")] == [(3, 11, 1987)]
    # not a version, a score or a time in brackets
    assert find_mentions("(version 2.1.3)") == [] and find_mentions("[won, 3.2.1 on points]") == []


def test_a_day_inside_the_range_just_named_and_a_spanish_dia_with_its_weekday() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    es = "La feria del libro abre del 10 al 20 de mayo, y el jueves día 14 firma el autor."
    got = bare_ordinal_days(es, find_mentions(es), None)
    assert [(m.text, m.month, m.day, m.weekday) for m in got] == [("jueves día 14", 5, 14, 3)]
    ru = "Выставка работает с 3 по 12 мая. Заявки на экскурсии принимают до 9-го."
    assert [(m.month, m.day) for m in bare_ordinal_days(ru, find_mentions(ru), None)] == [(5, 9)]


def test_a_bare_ordinals_weekday_picks_the_month_of_a_day_it_agrees_with() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = (
        "Work on the pavilion began on 9 May. The last tile went on on Friday the 8th. "
        "Hundreds came to the opening on Saturday 16 July."
    )
    got = bare_ordinal_days(text, find_mentions(text), None)
    assert [(m.text, m.month, m.day) for m in got] == [("Friday the 8th", 7, 8)]
    # a weekday that agrees with none keeps the month named before it
    text = text.replace("Friday the 8th", "Thursday the 12th")
    assert [(m.month, m.day) for m in bare_ordinal_days(text, find_mentions(text), None)] == [(5, 12)]


def test_an_ordinal_range_into_the_month_named_after_its_end() -> None:
    got = find_mentions("The pool is open from the 1st of May until the 15th of September, weather allowing.")
    assert [(m.text, m.month, m.day, m.end_month, m.end_day) for m in got] == [
        ("1st of May until the 15th of September", 5, 1, 9, 15)
    ]


def test_a_bare_ordinal_after_the_new_year_is_a_day_of_january() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "With the new year the frost lifted. The ferry ran again on the 4th, and the school opened."
    got = bare_ordinal_days(text, find_mentions(text), (12, 28))  # December was named before
    assert [(m.month, m.day) for m in got] == [(1, 4)]


def test_a_bare_ordinal_after_its_weekday_is_read_before_any_word() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "The gale that rose on Tuesday the 4th had by Thursday the 6th closed the harbour; since 5 March …"
    got = bare_ordinal_days(text, find_mentions(text), (3, 1))
    assert [(m.text, m.month, m.day) for m in got] == [("Tuesday the 4th", 3, 4), ("Thursday the 6th", 3, 6)]


def test_a_chinese_day_named_again_in_its_paragraph_is_a_mention() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "1998年7月3日，洪水漫过了江堤。老人回忆说：“3日晚上我们还在堤上，4日凌晨水就进了村。”"
    got = bare_ordinal_days(text, find_mentions(text), None)
    assert [(m.text, m.month, m.day) for m in got] == [("3日", 7, 3), ("4日", 7, 4)]


def test_a_bare_ordinal_list_that_names_the_last_day_again_is_of_its_month() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    # after "Sunday 10 July" of a programme: the 9th is earlier, but the list names the 10th again
    text = "Workshops for children run on the 9th and 10th from 10 am; places are limited."
    got = bare_ordinal_days(text, find_mentions(text), (7, 10))
    assert [(m.month, m.day) for m in got] == [(7, 9), (7, 10)]


def test_a_bare_ordinal_inside_a_range_into_the_next_month_is_of_its_first_month() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "The ice rink stands on the green from 12 November to 4 December, and the fair meets on the 20th."
    got = bare_ordinal_days(text, find_mentions(text), None)
    assert [(m.month, m.day) for m in got] == [(11, 20)]


def test_a_number_before_a_dash_and_a_weekday_dated_day_is_no_range() -> None:
    # "CUTTING 1 — Tuesday 7 March 1989": the cutting's number, then its date (a range with weekdays
    # names both ends: "Friday 24 to Sunday 26 May")
    got = find_mentions("CUTTING 1 — Tuesday 7 March 1989")
    assert [(m.text, m.day, m.end_day, m.weekday) for m in got] == [("Tuesday 7 March 1989", 7, 7, 1)]
    assert [(m.day, m.end_day) for m in find_mentions("open 1 – 7 March")] == [(1, 7)]


def test_a_diary_entry_headed_by_its_day_alone_is_a_day() -> None:
    text = '"3 April: the ice went out," she wrote. "4th: first boat across the lake. 6th: the ferry ran.'
    days = bare_ordinal_days(text, find_mentions(text), None)
    assert [(x.text, x.month, x.day) for x in days] == [("4th", 4, 4), ("6th", 4, 6)]


def test_the_morning_of_a_bare_ordinal_is_a_day() -> None:
    text = "The storm broke late on 3 March, and by the morning of the 4th not a boat was afloat."
    days = bare_ordinal_days(text, find_mentions(text), None)
    assert [(x.text, x.month, x.day) for x in days] == [("4th", 3, 4)]


def test_a_range_of_ordinals_with_the_before_each_day() -> None:
    found = find_mentions("The regatta ran from the 3rd to the 9th of August, in fog.")
    assert [(m.text, m.month, m.day, m.end_month, m.end_day) for m in found] == [
        ("3rd to the 9th of August", 8, 3, 8, 9)
    ]


def test_a_diarys_short_weekday_and_ordinal_is_a_day() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = 'The log is terse. "Mon. 3rd. Sailed at dawn. Wind north-east." Then: "Thurs. 6th. Sighted land."'
    got = [(m.text, m.month, m.day, m.weekday) for m in bare_ordinal_days(text, [], (7, 1))]
    assert got == [("Mon. 3rd", 7, 3, 0), ("Thurs. 6th", 7, 6, 3)]


def test_a_spanish_weekday_and_day_before_a_dia_alone_take_the_month_carried_over() -> None:
    text = "La charla de clausura será el martes 14 en el ateneo, y la muestra seguirá abierta hasta el día 19."
    got = [(m.text, m.month, m.day) for m in bare_ordinal_days(text, [], (3, 10))]
    assert got == [("martes 14", 3, 14), ("el día 19", 3, 19)]


def test_a_bare_day_a_few_days_before_a_later_one_of_the_carried_month_is_of_it() -> None:
    # "Tuesday 20 September" a paragraph before: "on the 18th and return on Thursday the 22nd" is
    # September's 18th too (an earlier day alone would be another month's)
    found = bare_ordinal_days(
        "She will drive down on the 18th and return on Thursday the 22nd, in time for the regatta.", [], (9, 20)
    )
    assert [(x.month, x.day) for x in found] == [(9, 18), (9, 22)]


def test_a_russian_bare_day_with_its_weekday_on_the_day_a_range_ended() -> None:
    # "С 10 по 13 сентября …" a paragraph before: "Финал — в воскресенье, 13-го" is that 13 September,
    # with its weekday (a bare day no later than the one carried is otherwise another month's)
    found = bare_ordinal_days("Финал — в воскресенье, 13-го, в 18 часов.", [], (9, 13))
    assert [(x.text, x.month, x.day, x.weekday) for x in found] == [("воскресенье, 13-го", 9, 13, 6)]


def test_a_chinese_day_alone_before_an_adverb_is_a_mention() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    # "1985年8月2日，他第一次登上长城，3日又去了十三陵": the 3rd, with "again" after it
    text = "1985年8月2日，他第一次登上长城，3日又去了十三陵，5日就回了家。"
    got = bare_ordinal_days(text, find_mentions(text), None)
    assert [(m.text, m.month, m.day) for m in got] == [("3日", 8, 3), ("5日", 8, 5)]


def test_a_russian_day_still_to_come_before_the_letters_own_day_is_the_next_months() -> None:
    # «28 ноября … обещают напечатать 3-го, а домой я вернусь к 10-му»: 3 and 10 December
    text = "«Вторник, 28 ноября 1961 года. Снимки обещают напечатать 3-го, а домой я вернусь к 10-му, если отпустят»."
    found = find_mentions(text)
    days = bare_ordinal_days(text, found, None)
    assert [(d.text, d.month, d.day) for d in days] == [("3-го", 12, 3), ("10-му", 12, 10)]


def test_a_range_with_a_comma_before_its_to_and_a_feast_before_its_weekday_is_one_range() -> None:
    # "from Good Friday, 9 April, to Easter Monday, 12 April", "Saturday, 16 January, to Sunday, 24 January"
    got = find_mentions("The hall is closed from Good Friday, 9 April, to Easter Monday, 12 April.")
    assert [(m.text, m.month, m.day, m.end_month, m.end_day) for m in got] == [
        ("Friday, 9 April, to Easter Monday, 12 April", 4, 9, 4, 12)
    ]
    got = find_mentions("The sale runs from Saturday, 16 January, to Sunday, 24 January.")
    assert [(m.day, m.end_day) for m in got] == [(16, 24)]
    assert [m.text for m in find_mentions("It opened on 3 May, to the delight of all.")] == ["3 May"]


def test_a_record_for_the_day_just_named_is_a_mention_of_it() -> None:
    # "… on Monday 3 May 1948. Her diary for the 3rd reads: …": the day named again (and "for the 3rd time" is none)
    text = 'The lido opened on Monday 3 May 1948. Her diary for the 3rd reads: "Busy, cold, happy."'
    days = bare_ordinal_days(text, find_mentions(text), None)
    assert [(d.text, d.month, d.day) for d in days] == [("3rd", 5, 3)]
    text = "The lido opened on Monday 3 May 1948, and she swam there for the 3rd time that week."
    assert bare_ordinal_days(text, find_mentions(text), None) == []


def test_a_weekday_that_names_its_week_before_a_bare_day_is_its_weekday() -> None:
    # "on the Friday of that week, the 12th": the 12th is a Friday (what picks its month when two fit)
    text = "Term begins on Monday 8 January. The tea will be on the Friday of that week, the 12th, in the hall."
    days = bare_ordinal_days(text, find_mentions(text), None)
    assert [(d.text, d.month, d.day, d.weekday) for d in days] == [("Friday of that week, the 12th", 1, 12, 4)]


def test_days_run_on_past_the_months_end_after_or_and_till() -> None:
    # "on the 30th, or on the 1st" and "home on the 30th and stay till the 2nd": the next month's 1st and 2nd
    text = 'Her letter of 12 April reads: "I leave on the 30th, or on the 1st, and shall be home for a week."'
    days = bare_ordinal_days(text, find_mentions(text), None)
    assert [(d.text, d.month, d.day) for d in days] == [("30th", 4, 30), ("1st", 5, 1)]
    text = 'His letter of 10 June reads: "I shall come home on the 30th and stay till the 2nd."'
    days = bare_ordinal_days(text, find_mentions(text), None)
    assert [(d.text, d.month, d.day) for d in days] == [("30th", 6, 30), ("2nd", 7, 2)]


def test_a_day_a_paragraph_goes_on_to_past_the_carried_months_end_is_the_next_months() -> None:
    # The paragraph before ended on 31 March (carried); "the next day, the 1st" and "until the 3rd" are April's.
    text = "The ice held, and the next day, the 1st, the ferry crossed again."
    assert [(d.month, d.day) for d in bare_ordinal_days(text, [], (3, 31))] == [(4, 1)]
    text = "The crew were not relieved until the morning of the 3rd."
    assert [(d.month, d.day) for d in bare_ordinal_days(text, [], (3, 31))] == [(4, 3)]


def test_a_day_worked_into_or_spent_is_a_bare_ordinal_of_the_month_named_before() -> None:
    cases = {
        "The ferry grounded on 4 October; the crew pumped all night and into the 5th clearing the hold.": [(10, 5)],
        "The diary for 11 June 1887 says: rain. Spent the 12th mending nets in the loft.": [(6, 12)],
        "The kiln was lit on 2 May and burned through the 4th without a break.": [(5, 4)],
        "She moved into the 3rd floor flat on 9 April.": [],
    }  # fmt: skip
    for text, want in cases.items():
        assert [(m.month, m.day) for m in bare_ordinal_days(text, find_mentions(text), None)] == want, text


def test_a_russian_day_with_its_ending_written_out_before_the_month() -> None:
    cases = {
        "Новый корпус откроют 12-го апреля будущего года.": [("12-го апреля", None, 4, 12, 12)],
        "Клуб основан 3-го мая 1987 года.": [("3-го мая 1987 года", 1987, 5, 3, 3)],
        "Сборы пройдут с 5-го по 9-е июля.": [("5-го по 9-е июля", None, 7, 5, 9)],
    }
    for text, want in cases.items():
        assert [(m.text, m.year, m.month, m.day, m.end_day) for m in find_mentions(text)] == want, text


def test_a_price_before_a_date_is_no_first_day_of_a_range() -> None:
    cases = {
        "Copies can be ordered for £8 until 29 February.": [("29 February", 2, 29, 29)],
        "Day tickets cost $5 to 7 May, then $6.": [("7 May", 5, 7, 7)],
        "The exhibition runs from 8 until 29 February.": [("8 until 29 February", 2, 8, 29)],
    }
    for text, want in cases.items():
        assert [(m.text, m.month, m.day, m.end_day) for m in find_mentions(text)] == want, text


@pytest.mark.parametrize(
    "text",
    [
        "He kept the lighthouse from 3 April 1967 to 31 March 1986, when it went automatic.",
        "Guardó el faro del 3 de abril de 1967 al 31 de marzo de 1986.",
        "Он служил смотрителем маяка с 3 апреля 1967 года по 31 марта 1986 года.",
    ],
)
def test_from_one_full_date_to_another_in_a_later_year_is_one_range(text: str) -> None:
    (got,) = find_mentions(text)
    assert (got.year, got.month, got.day) == (1967, 4, 3)
    assert (got.end_year, got.end_month, got.end_day) == (1986, 3, 31)


def test_a_bare_day_counted_to_a_day_named_elsewhere_takes_that_days_month() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    # the last month named is June's ("since the 2nd of June"); the count lands on 14 September
    text = (
        'The skipper noted that the crew "were still arguing over the sails on the 11th", three days before the race.'
    )
    named = [(9, 14), (6, 2)]
    assert [(m.month, m.day) for m in bare_ordinal_days(text, [], (6, 2), named)] == [(9, 11)]
    # (a count that lands on no named day leaves the month carried)
    assert [(m.month, m.day) for m in bare_ordinal_days(text, [], (6, 2), [(9, 20), (6, 2)])] == [(6, 11)]


def test_a_bare_day_listed_after_a_date_near_its_months_end_is_of_the_next_month() -> None:
    from bot.index.dates.extract import bare_ordinal_days

    text = "The brass band will practise in the Corn Exchange on 29 June and on the 3rd."
    assert [(m.month, m.day) for m in bare_ordinal_days(text, find_mentions(text), None)] == [(7, 3)]
    # (not after a day early in the month: "on 12 June and on the 3rd" keeps June)
    text = "The brass band will practise in the Corn Exchange on 12 June and on the 3rd."
    assert [(m.month, m.day) for m in bare_ordinal_days(text, find_mentions(text), None)] == [(6, 3)]


def test_a_range_to_a_weekday_and_an_ordinal_is_one_range() -> None:
    # "from Friday 2 June to Sunday the 11th": the weekday before the last day's ordinal
    text = "The flower festival runs from Friday 2 June to Sunday the 11th in the parish church."
    assert [(m.month, m.day, m.end_month, m.end_day) for m in find_mentions(text)] == [(6, 2, 6, 11)]


def test_a_spanish_weekdays_day_in_the_week_before_a_day_named_with_its_weekday_is_of_its_month() -> None:
    # The paragraph before named "el sábado 14 de mayo de 1977", carried over with its weekday.
    text = "«Salimos de Mendoza el martes 10, con las bicicletas en el techo del colectivo», cuenta."
    got = bare_ordinal_days(text, [], (5, 14), weekday_days=[(5, 14, 5)])
    assert [(m.text, m.month, m.day) for m in got] == [("martes 10", 5, 10)]
    # A weekday that does not agree (the 10th of that May was a Tuesday, not a Wednesday) says nothing.
    text = "«Salimos de Mendoza el miércoles 10, con las bicicletas en el techo del colectivo», cuenta."
    assert bare_ordinal_days(text, [], (5, 14), weekday_days=[(5, 14, 5)]) == []


def test_a_spanish_day_told_again_with_its_weekday_is_the_day_just_named() -> None:
    text = "Las regatas serán los días 11 y 12 de marzo. La entrega de premios será el domingo 12 a las 19 horas."
    got = bare_ordinal_days(text, find_mentions(text), None)
    assert [(m.text, m.month, m.day, m.weekday) for m in got] == [("domingo 12", 3, 12, 6)]


def test_a_chinese_day_alone_before_any_word_but_not_a_count_of_days_or_a_house_number() -> None:
    text = "“6月12日星期五是训练日，13日预赛那天下着雨。”"
    got = bare_ordinal_days(text, find_mentions(text), None)
    assert [(m.text, m.month, m.day) for m in got] == [("13日", 6, 13)]
    for text in ("6月12日起，比赛为期3日，报名者5日内交表。", "6月12日起开放，地址：青溪路18号文化站。"):
        assert bare_ordinal_days(text, find_mentions(text), None) == []


def test_a_russian_diarys_until_with_a_future_after_its_first_entry_is_the_next_months_day() -> None:
    # «Понедельник, 20 марта. … Буду ждать каждый день до 2-го»: the diary's coming 2nd, April's; "запись"
    # here is the diary's entry, not a booking, whose "до 2-го" would fall before the 20th
    text = "Первая запись: «Понедельник, 20 марта. Мост закрыли. Буду ждать каждый день до 2-го»."
    got = bare_ordinal_days(text, find_mentions(text), None)
    assert [(m.month, m.day) for m in got] == [(4, 2)]
