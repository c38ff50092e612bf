"""Working-day deadlines on the official calendar, with real dates (Art. 82 and the project rule)."""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from approval_app.domain.workcalendar import Calendar, Deadline, add_working_days, working_days_between

D = dt.date
CAL = Calendar()


@pytest.mark.parametrize("start,days,expected", [
    # Spring Festival 2026: 15-23 Feb off, Sat 14 Feb and Sat 28 Feb are make-up working days
    (D(2026, 2, 13), 5, D(2026, 2, 27)),
    (D(2026, 2, 12), 5, D(2026, 2, 26)),
    (D(2026, 2, 10), 20, D(2026, 3, 16)),
    (D(2026, 2, 27), 1, D(2026, 2, 28)),
    # Mid-autumn and National Day 2026: 25-27 Sep and 1-7 Oct off; Sun 20 Sep and Sat 10 Oct worked
    (D(2026, 9, 30), 5, D(2026, 10, 13)),
    (D(2026, 9, 24), 5, D(2026, 10, 9)),
    (D(2026, 9, 19), 1, D(2026, 9, 20)),
    # the triggering day is not counted, even when it is a working day
    (D(2026, 3, 2), 1, D(2026, 3, 3)),
    (D(2026, 3, 2), 0, D(2026, 3, 2)),
    (D(2026, 3, 6), 1, D(2026, 3, 9)),
])
def test_deadlines_on_the_official_calendar(start, days, expected):
    assert add_working_days(CAL, start, days) == Deadline(expected, False)


def test_deadline_into_an_uncovered_year_is_provisional():
    got = add_working_days(CAL, D(2026, 12, 24), 20)
    # 2027 is not in chinesecalendar 1.11: weekdays only (1 Jan counted), flagged provisional
    assert got.day == D(2027, 1, 21) and got.provisional


def test_entering_the_year_settles_the_deadline():
    cal = Calendar(overrides={D(2027, 1, 1): False}, covered_years=frozenset({2027}))
    assert add_working_days(cal, D(2026, 12, 24), 20) == Deadline(D(2027, 1, 22), False)


def test_suspension_removes_working_days_after_its_start_up_to_its_end():
    base = add_working_days(CAL, D(2026, 3, 2), 20)
    assert base.day == D(2026, 3, 30)
    # S = Tue 10 Mar, E = Thu 12 Mar: 11 and 12 Mar are not counted
    assert add_working_days(CAL, D(2026, 3, 2), 20, [(D(2026, 3, 10), D(2026, 3, 12))]).day == D(2026, 4, 1)
    # a suspension over a weekend only removes nothing
    assert add_working_days(CAL, D(2026, 3, 2), 20, [(D(2026, 3, 6), D(2026, 3, 8))]).day == base.day


def test_counting_working_days():
    assert working_days_between(CAL, D(2026, 9, 30), D(2026, 10, 13)) == (5, False)
    assert working_days_between(CAL, D(2026, 2, 13), D(2026, 2, 27)) == (5, False)
    assert working_days_between(CAL, D(2026, 12, 31), D(2027, 1, 4)) == (2, True)
    assert working_days_between(CAL, D(2026, 3, 5), D(2026, 3, 5)) == (0, False)


dates = st.dates(min_value=D(2024, 1, 1), max_value=D(2027, 6, 30))


@settings(max_examples=300, deadline=None)
@given(start=dates, days=st.integers(1, 60))
def test_a_deadline_is_always_a_working_day_after_the_start(start, days):
    got = add_working_days(CAL, start, days)
    assert got.day > start and CAL.is_workday(got.day)
    assert working_days_between(CAL, start, got.day)[0] == days


@settings(max_examples=300, deadline=None)
@given(start=dates, days=st.integers(1, 45), s_off=st.integers(0, 60), length=st.integers(0, 30))
def test_a_suspension_never_brings_a_deadline_earlier(start, days, s_off, length):
    s = start + dt.timedelta(days=s_off)
    plain = add_working_days(CAL, start, days).day
    paused = add_working_days(CAL, start, days, [(s, s + dt.timedelta(days=length))]).day
    assert paused >= plain
    assert CAL.is_workday(paused)
