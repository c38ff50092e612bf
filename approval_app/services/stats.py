"""Statistics from the event log: working days taken, on-time rates, online share, receipt to permit.

These are the figures a bureau reports ("registration time cut from X days to Y days"); every
number is derived by replaying each case's log, never from cached columns.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from approval_app.domain import procedure as proc
from approval_app.domain.case_status import Status
from approval_app.domain.catalogue import Matter as MatterDef, Mode
from approval_app.domain.workcalendar import Calendar, add_working_days, working_days_between
from approval_app.services import clock
from approval_app.services.procedure import proc_events, rules_for
from approval_app.storage import models as m

# Outcomes that end the statutory clock with a decision of the bureau.
DECIDED = (Status.APPROVED, Status.DENIED, Status.PERMIT_ISSUED, Status.DELIVERED, Status.COMMITTED,
           Status.FILED, Status.FILING_RETURNED, Status.REFUSED)


@dataclass
class Group:
    """Figures for one matter, one department, or the whole bureau."""

    key: str
    name: str
    cases: int = 0
    online: int = 0
    decided: int = 0
    on_time: int = 0
    late: int = 0
    days_to_decision: list[int] = field(default_factory=list)
    days_to_permit: list[int] = field(default_factory=list)

    def as_dict(self) -> dict:
        def avg(xs: list[int]) -> float | None:
            return round(sum(xs) / len(xs), 2) if xs else None
        judged = self.on_time + self.late
        return {
            "key": self.key, "name": self.name, "cases": self.cases, "online": self.online,
            "online_share": round(self.online / self.cases, 4) if self.cases else None,
            "decided": self.decided, "on_time": self.on_time, "late": self.late,
            "on_time_rate": round(self.on_time / judged, 4) if judged else None,
            "avg_working_days_to_decision": avg(self.days_to_decision),
            "avg_working_days_to_permit": avg(self.days_to_permit),
        }


@dataclass(frozen=True)
class CaseFigures:
    case_number: str
    matter_code: str
    department: str
    channel: str
    status: str
    working_days_to_decision: int | None
    working_days_to_permit: int | None
    on_time: bool | None  # None while the case is still within its time limit


@dataclass
class Report:
    date_from: dt.date
    date_to: dt.date
    total: Group
    by_matter: dict[str, Group]
    by_department: dict[str, Group]
    cases: list[CaseFigures]

    def as_dict(self) -> dict:
        return {"from": self.date_from.isoformat(), "to": self.date_to.isoformat(),
                "total": self.total.as_dict(),
                "by_matter": [g.as_dict() for g in sorted(self.by_matter.values(), key=lambda g: g.key)],
                "by_department": [g.as_dict() for g in sorted(self.by_department.values(), key=lambda g: g.key)],
                "cases": [asdict(c) for c in self.cases]}


def case_figures(cal: Calendar, rules: proc.MatterRules, state: proc.CaseState, today: dt.date
                 ) -> tuple[int | None, int | None, bool | None]:
    """Working days receipt→decision and receipt→permit (pauses excluded), and whether on time."""
    to_decision = proc.working_days_taken(cal, state) if state.status in DECIDED else None
    to_permit = None
    if state.permit_issued is not None:
        total, _ = working_days_between(cal, state.received, state.permit_issued)
        paused = sum(working_days_between(cal, s, e)[0] for s, e in state.pauses)
        to_permit = max(0, total - paused)
    return to_decision, to_permit, _on_time(cal, rules, state, today)


def _on_time(cal: Calendar, rules: proc.MatterRules, state: proc.CaseState, today: dt.date) -> bool | None:
    """Decided within the limit that applied (True), past it (False), or not yet judgeable (None)."""
    if state.status in (Status.WITHDRAWN, Status.SUPPLEMENT_REQUESTED):
        return None
    if state.mode is Mode.LICENCE and state.accepted is None and state.status is not Status.RECEIVED:
        # refused without acceptance: judged against the 5-day window of Art. 32
        deadline = proc.acceptance_deadline(cal, state).day
    elif state.mode is Mode.LICENCE:
        if state.accepted is None:  # unanswered receipt: deemed accepted once the window passes
            state = replace(state, accepted=state.window_start)
        deadline = proc.decision_deadline(rules, state, cal, state.decided or today).day
    else:
        deadline = add_working_days(cal, state.received, rules.legal_limit_days).day
    if state.decided is not None:
        return state.decided <= deadline
    return False if today > deadline else None


def compute(session: Session, date_from: dt.date, date_to: dt.date, batch: int = 500) -> Report:
    """Figures for the cases received between `date_from` and `date_to` (local dates, inclusive)."""
    cal = clock.load_calendar(session)
    today = clock.today()
    start = dt.datetime.combine(date_from, dt.time(0), tzinfo=clock.BUREAU_TZ)
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(0), tzinfo=clock.BUREAU_TZ)
    total = Group("total", "全局")
    by_matter: dict[str, Group] = {}
    by_dept: dict[str, Group] = {}
    figures: list[CaseFigures] = []
    ids = list(session.scalars(select(m.Case.id).where(m.Case.received_at >= start, m.Case.received_at < end)
                               .order_by(m.Case.received_at, m.Case.id)))
    definitions: dict[int, MatterDef] = {}
    for lo in range(0, len(ids), batch):
        chunk = ids[lo:lo + batch]
        events = defaultdict(list)
        for e in session.scalars(select(m.CaseEvent).where(m.CaseEvent.case_id.in_(chunk))
                                 .order_by(m.CaseEvent.case_id, m.CaseEvent.seq)):
            events[e.case_id].append(e)
        for case in session.scalars(select(m.Case).where(m.Case.id.in_(chunk)).order_by(m.Case.received_at)):
            if case.matter_id not in definitions:
                definitions[case.matter_id] = MatterDef.from_json(case.matter.definition)
            matter = definitions[case.matter_id]
            rules = rules_for(matter)
            state = proc.replay(rules, proc_events(events[case.id]), cal)
            to_decision, to_permit, on_time = case_figures(cal, rules, state, today)
            figures.append(CaseFigures(case.case_number, matter.code, matter.department.code, case.channel,
                                       state.status.value, to_decision, to_permit, on_time))
            groups = (total,
                      by_matter.setdefault(matter.code, Group(matter.code, matter.name)),
                      by_dept.setdefault(matter.department.code, Group(matter.department.code, matter.department.name)))
            for g in groups:
                g.cases += 1
                g.online += case.channel == "online"
                g.decided += to_decision is not None
                g.on_time += on_time is True
                g.late += on_time is False
                if to_decision is not None:
                    g.days_to_decision.append(to_decision)
                if to_permit is not None:
                    g.days_to_permit.append(to_permit)
    return Report(date_from, date_to, total, by_matter, by_dept, figures)
