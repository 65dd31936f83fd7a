import pytest

from cleanse.document import PartialDate
from cleanse.steps.dates import find_dates, parse_date_string

PUBLISHED = PartialDate("2024-05-15", "day")


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("It was Feb 15, 2024 then.", None, [("Feb 15, 2024", "2024-02-15", "day")]),
        ("on 15 March 2011", None, [("15 March 2011", "2011-03-15", "day")]),
        ("in November 2023 the board", None, [("November 2023", "2023-11", "month")]),
        ("Our Aug 2021 event", None, [("Aug 2021", "2021-08", "month")]),
        ("back in 2011", None, [("2011", "2011", "year")]),
        ("from 2011–2015 he", None, [("2011–2015", "2011/2015", "year")]),
        ("in 2018-19 there", None, [("2018-19", "2018/2019", "year")]),
        ("the drama in late 2023?", None, [("late 2023", "2023", "year")]),
        ("music of the 1950s", None, [("the 1950s", "1950/1959", "decade")]),
        ("revenue in Q3 2023 rose", None, [("Q3 2023", "2023-07/2023-09", "quarter")]),
        ("the 17th century", None, [("the 17th century", "1600/1699", "century")]),
        ("Update May 14 7:55 PM EST: more", None, [("May 14 7:55 PM EST", "--05-14T19:55-05:00", "minute")]),
        ("Update May 14 7:55 PM EST: more", PUBLISHED, [("May 14 7:55 PM EST", "2024-05-14T19:55-05:00", "minute")]),
        ("at 2024-02-15T09:30:00Z sharp", None, [("2024-02-15T09:30:00Z", "2024-02-15T09:30+00:00", "minute")]),
        ("the ouster last November", None, [("last November", None, None)]),
        ("the ouster last November", PUBLISHED, [("last November", "2023-11", "month")]),
        ("a coup from last year", PUBLISHED, [("last year", "2023", "year")]),
        ("Last year, the company", PUBLISHED, [("Last year", "2023", "year")]),
        ("we met on Tuesday", PUBLISHED, [("on Tuesday", "2024-05-14", "day")]),
        # traps: no date here
        ("we will go; may I ask? march on", None, []),
        ("GPT-4 and 35 Innovators Under 35", None, []),
        ("it cost $2000 and 1,999 units, 2000.5 kg", None, []),
        ("in today's world", PUBLISHED, []),
    ],
)
def test_find_dates(text, published, expected):
    found = find_dates(text, published)
    assert [(d.text, d.value, d.precision) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.text


def test_qualifier_is_kept():
    (found,) = find_dates("in late 2023", None)
    assert found.qualifier == "late"


def test_never_invents_a_year_for_year_less_dates():
    (found,) = find_dates("on May 14 the news broke", None)
    assert found.value == "--05-14"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-02-15", PartialDate("2024-02-15", "day")),
        ("2024-02-15T09:30:00+0100", PartialDate("2024-02-15T09:30+01:00", "minute")),
        ("Feb 15, 2024", PartialDate("2024-02-15", "day")),
        ("not a date", None),
    ],
)
def test_parse_date_string(value, expected):
    assert parse_date_string(value) == expected
