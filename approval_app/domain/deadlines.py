"""Which deadline a case is running against, from its state and key dates (Arts. 32, 42, 44)."""
from __future__ import annotations

import datetime as dt

from approval_app.domain.case_status import Status
from approval_app.domain.workcalendar import Calendar, Deadline, add_working_days

ACCEPTANCE_DAYS = 5   # Art. 32: accept, refuse or send one supplement notice within 5 working days
PERMIT_DAYS = 10      # Art. 44: issue and deliver the permit within 10 working days of approval


def current_deadline(cal: Calendar, status: str, *, received: dt.date,
                     accepted: dt.date | None, approved: dt.date | None, decision_days: int,
                     pauses: list[tuple[dt.date, dt.date]] | None = None) -> Deadline | None:
    """The due date of the step the case is waiting for, or None when no clock runs."""
    st = Status(status)
    if st is Status.RECEIVED:
        return add_working_days(cal, received, ACCEPTANCE_DAYS)
    if st in (Status.ACCEPTED, Status.UNDER_REVIEW, Status.SUSPENDED):
        return add_working_days(cal, accepted or received, decision_days, pauses or [])
    if st in (Status.APPROVED, Status.PERMIT_ISSUED):
        return add_working_days(cal, approved or received, PERMIT_DAYS)
    return None
