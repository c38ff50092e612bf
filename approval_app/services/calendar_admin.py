"""The administrator's calendar table: official working days for years the package lacks.

The State Council publishes each year's holidays in November or December; until
`chinesecalendar` ships them, the administrator enters them here and marks the year complete,
which turns its deadlines from provisional to settled.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from approval_app.domain.errors import DomainError, PermissionDenied
from approval_app.domain.roles import Actor, Role
from approval_app.domain.workcalendar import PACKAGE_YEARS
from approval_app.services import clock
from approval_app.storage import models as m

log = logging.getLogger(__name__)
MAX_RANGE_DAYS = 31


@dataclass(frozen=True)
class CalendarEntry:
    day: dt.date
    is_workday: bool
    note: str
    changed_by: str


@dataclass(frozen=True)
class YearStatus:
    year: int
    source: str            # package | entered | provisional
    entries: tuple[CalendarEntry, ...]


def _admin(actor: Actor, action: str) -> None:
    if not actor.has(Role.ADMIN):
        raise PermissionDenied(action, Role.ADMIN)


def set_days(session: Session, actor: Actor, start: dt.date, end: dt.date, is_workday: bool, note: str) -> int:
    """Mark every day from `start` to `end` (inclusive) as working day or holiday."""
    _admin(actor, "calendar_set")
    if end < start:
        raise DomainError("date_range_reversed", start=start.isoformat(), end=end.isoformat())
    if (end - start).days >= MAX_RANGE_DAYS:
        raise DomainError("date_range_too_long", days=MAX_RANGE_DAYS)
    if not note.strip():
        raise DomainError("calendar_note_required")
    day, count = start, 0
    while day <= end:
        row = session.get(m.CalendarDay, day) or m.CalendarDay(day=day)
        row.is_workday, row.note, row.changed_by, row.changed_at = is_workday, note.strip(), actor.username, clock.now()
        session.add(row)
        day += dt.timedelta(days=1)
        count += 1
    session.flush()
    _refresh(session)
    log.info("calendar: %s %s..%s set to %s (%s)", actor.username, start, end,
             "workday" if is_workday else "holiday", note)
    return count


def clear_day(session: Session, actor: Actor, day: dt.date) -> None:
    _admin(actor, "calendar_set")
    session.execute(delete(m.CalendarDay).where(m.CalendarDay.day == day))
    _refresh(session)
    log.info("calendar: %s removed the entry for %s", actor.username, day)


def mark_year_entered(session: Session, actor: Actor, year: int, entered: bool = True) -> None:
    """Declare a year's official calendar complete (its deadlines stop being provisional)."""
    _admin(actor, "calendar_complete")
    if year in PACKAGE_YEARS:
        raise DomainError("year_in_package", year=year)
    row = session.get(m.CalendarYear, year)
    if entered and row is None:
        holidays = session.scalars(select(m.CalendarDay).where(
            m.CalendarDay.day >= dt.date(year, 1, 1), m.CalendarDay.day <= dt.date(year, 12, 31),
            m.CalendarDay.is_workday.is_(False))).first()
        if holidays is None:  # every year has statutory holidays; an empty year is a mistake
            raise DomainError("year_has_no_holidays", year=year)
        session.add(m.CalendarYear(year=year, entered_by=actor.username))
    elif not entered and row is not None:
        session.delete(row)
    session.flush()
    _refresh(session)
    log.info("calendar: %s marked %s as %s", actor.username, year, "entered" if entered else "provisional")


def _refresh(session: Session) -> None:
    """A calendar change moves every running clock: recompute the cached due dates now."""
    from approval_app.services.procedure import RUNNING, refresh_due_dates

    refresh_due_dates(session, RUNNING)


def year_status(session: Session, year: int) -> YearStatus:
    entries = tuple(CalendarEntry(r.day, r.is_workday, r.note, r.changed_by) for r in session.scalars(
        select(m.CalendarDay).where(m.CalendarDay.day >= dt.date(year, 1, 1),
                                    m.CalendarDay.day <= dt.date(year, 12, 31)).order_by(m.CalendarDay.day)))
    if year in PACKAGE_YEARS:
        source = "package"
    elif session.get(m.CalendarYear, year) is not None:
        source = "entered"
    else:
        source = "provisional"
    return YearStatus(year, source, entries)
