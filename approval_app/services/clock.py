"""The bureau's clock: local time zone, today's date and the official calendar from the database."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from approval_app.domain.workcalendar import Calendar, working_days_between
from approval_app.storage import models as m

BUREAU_TZ = ZoneInfo("Asia/Shanghai")
NEAR_DUE_DAYS = 3


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(BUREAU_TZ).date()


def today() -> dt.date:
    return local_date(now())


def load_calendar(session: Session) -> Calendar:
    """Package calendar plus the administrator's entries."""
    overrides = {row.day: row.is_workday for row in session.scalars(select(m.CalendarDay))}
    years = frozenset(session.scalars(select(m.CalendarYear.year)))
    return Calendar(overrides=overrides, covered_years=years)


def warn_within(due_kind: str | None) -> int:
    """Working days left at which the worklist warns: day 4 of the 5-day acceptance window, else 3."""
    return 1 if due_kind == "acceptance" else NEAR_DUE_DAYS


def due_state(cal: Calendar, due: dt.date | None, on: dt.date, due_kind: str | None = None) -> str:
    """'overdue', 'near' (few working days left), 'ok', or '' when there is no deadline."""
    if due is None:
        return ""
    if due < on:
        return "overdue"
    left, _ = working_days_between(cal, on, due)
    return "near" if left <= warn_within(due_kind) else "ok"
