"""Working days on the official calendar (Art. 82), with make-up working weekends.

The calendar is a pure function of a `Calendar`: the `chinesecalendar` package for the
years it covers, plus overrides entered by the administrator. A day in a year nobody
covers is treated as weekday-only and the result is flagged provisional.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import chinese_calendar


def _package_years() -> frozenset[int]:
    years = set()
    for year in range(2004, 2100):
        try:
            chinese_calendar.is_workday(dt.date(year, 6, 1))
        except NotImplementedError:
            break
        years.add(year)
    return frozenset(years)


PACKAGE_YEARS = _package_years()


@dataclass(frozen=True)
class Calendar:
    """Official working days: package data + administrator overrides (date -> is workday)."""

    overrides: Mapping[dt.date, bool] = field(default_factory=dict)
    covered_years: frozenset[int] = frozenset()  # years fully entered by the administrator

    def is_covered(self, day: dt.date) -> bool:
        return day.year in PACKAGE_YEARS or day.year in self.covered_years

    def is_workday(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        if day.year in PACKAGE_YEARS:
            return chinese_calendar.is_workday(day)
        return day.weekday() < 5


@dataclass(frozen=True)
class Deadline:
    day: dt.date
    provisional: bool  # some counted day lies in a year the calendar does not cover


def add_working_days(cal: Calendar, start: dt.date, days: int,
                     pauses: Iterable[tuple[dt.date, dt.date]] = ()) -> Deadline:
    """End of the `days`-th working day after `start` (the start day itself is not counted).

    A pause (S, E) removes every working day d with S < d <= E from the count.
    """
    if days < 0:
        raise ValueError("days must be >= 0")
    spans = list(pauses)
    day, counted, provisional = start, 0, not cal.is_covered(start)
    while counted < days:
        day += dt.timedelta(days=1)
        if not cal.is_covered(day):
            provisional = True
        if cal.is_workday(day) and not any(s < day <= e for s, e in spans):
            counted += 1
    return Deadline(day, provisional)


def working_days_between(cal: Calendar, start: dt.date, end: dt.date) -> tuple[int, bool]:
    """Working days d with start < d <= end, and whether the count is provisional."""
    if end <= start:
        return 0, False
    count, provisional, day = 0, False, start
    while day < end:
        day += dt.timedelta(days=1)
        provisional |= not cal.is_covered(day)
        count += cal.is_workday(day)
    return count, provisional
