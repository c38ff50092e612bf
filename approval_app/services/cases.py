"""Reading cases for the worklist, the detail pane and the command line.

Rows are frozen dataclasses, never ORM objects, so nothing lazy-loads on the GUI thread.
The worklist pages with a keyset (received_at, id) so any page costs the same at 1,000,000 cases.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator

from sqlalchemy import Select, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from approval_app.domain.case_status import CLOSED, Status
from approval_app.domain.catalogue import Matter as MatterDef
from approval_app.domain.workcalendar import Calendar
from approval_app.services import clock
from approval_app.domain.procedure import CaseState, Due, allowed_actions, current_due, effective_permit_status
from approval_app.services.procedure import case_state, refresh_due_dates
from approval_app.storage import models as m

Dept = aliased(m.Department)


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    matter_code: str | None = None
    department_code: str | None = None
    search: str = ""
    assignee_id: int | None = None
    overdue_only: bool = False
    expiring_only: bool = False  # permits expiring within 30 days: remind the holder to renew (Art. 50)


@dataclass(frozen=True)
class CaseRow:
    id: int
    case_number: str
    applicant_name: str
    applicant_uscc: str
    matter_code: str
    matter_name: str
    department_name: str
    status: str
    channel: str
    received_at: dt.datetime
    due_date: dt.date | None
    due_provisional: bool
    due_kind: str | None  # acceptance | decision | permit | verification | renewal
    due_state: str  # overdue | near | ok | ''

    def to_json(self) -> dict:
        return {
            "case_number": self.case_number, "status": self.status,
            "matter_code": self.matter_code, "matter_name": self.matter_name,
            "department": self.department_name,
            "applicant": {"name": self.applicant_name, "uscc": self.applicant_uscc},
            "applicant_name": self.applicant_name, "applicant_uscc": self.applicant_uscc,
            "channel": self.channel,
            "received": self.received_at.astimezone(clock.BUREAU_TZ).isoformat(timespec="seconds"),
            "received_date": clock.local_date(self.received_at).isoformat(),
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "due_provisional": self.due_provisional,
            "due_kind": self.due_kind,
        }


def _base() -> Select:
    return (select(m.Case.id, m.Case.case_number, m.Applicant.name, m.Applicant.uscc, m.Matter.code,
                   m.Matter.name, Dept.name, m.Case.status, m.Case.channel, m.Case.received_at,
                   m.Case.due_date, m.Case.due_provisional, m.Case.due_kind)
            .join(m.Applicant, m.Applicant.id == m.Case.applicant_id)
            .join(m.Matter, m.Matter.id == m.Case.matter_id)
            .join(Dept, Dept.id == m.Case.department_id))


_USCC_LIKE = re.compile(r"^[0-9A-Z]{18}$")
RENEWAL_REMINDER_DAYS = 30


def _apply(stmt: Select, flt: CaseFilter, today: dt.date) -> Select:
    if flt.status:
        stmt = stmt.where(m.Case.status == flt.status)
    if flt.matter_code:
        stmt = stmt.where(m.Case.matter_id.in_(select(m.Matter.id).where(m.Matter.code == flt.matter_code)))
    if flt.department_code:
        stmt = stmt.where(m.Case.department_id.in_(
            select(m.Department.id).where(m.Department.code == flt.department_code)))
    if flt.assignee_id is not None:
        stmt = stmt.where(m.Case.assignee_id == flt.assignee_id)
    if flt.overdue_only:
        stmt = stmt.where(m.Case.due_date < today, m.Case.status.not_in([s.value for s in CLOSED]))
    if flt.expiring_only:
        horizon = today + dt.timedelta(days=RENEWAL_REMINDER_DAYS)
        stmt = stmt.where(m.Case.id.in_(select(m.Permit.case_id).where(
            m.Permit.status == "valid", m.Permit.valid_to >= today, m.Permit.valid_to <= horizon)))
    text = flt.search.strip()
    if text:
        upper = text.upper()
        # A range on case_number (not LIKE) so both databases use its unique index.
        conds = [and_(m.Case.case_number >= upper, m.Case.case_number < upper + "\uffff")]
        if _USCC_LIKE.match(upper):
            conds.append(m.Case.applicant_id.in_(select(m.Applicant.id).where(m.Applicant.uscc == upper)))
        conds.append(m.Case.applicant_id.in_(
            select(m.Applicant.id).where(m.Applicant.name.like("%" + _escape(text) + "%", escape="\\"))))
        stmt = stmt.where(or_(*conds))
    return stmt


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _rows(session: Session, stmt: Select, cal: Calendar, today: dt.date) -> list[CaseRow]:
    out = []
    for r in session.execute(stmt):
        out.append(CaseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12],
                           clock.due_state(cal, r[10], today, r[12])))
    return out


def count_cases(session: Session, flt: CaseFilter) -> int:
    stmt = _apply(select(func.count()).select_from(m.Case), flt, clock.today())
    return session.scalar(stmt) or 0


Cursor = tuple[dt.datetime, int]


def page_cases(session: Session, flt: CaseFilter, after: Cursor | None = None, limit: int = 200,
               cal: Calendar | None = None) -> list[CaseRow]:
    """Newest first; `after` is the (received_at, id) of the last row already shown."""
    today = clock.today()
    cal = cal or clock.load_calendar(session)
    stmt = _apply(_base(), flt, today)
    if after is not None:
        # Row-value comparison: both SQLite (3.15+) and PostgreSQL walk the index from the cursor.
        stmt = stmt.where(tuple_(m.Case.received_at, m.Case.id) < tuple_(*after))
    stmt = stmt.order_by(m.Case.received_at.desc(), m.Case.id.desc()).limit(limit)
    return _rows(session, stmt, cal, today)


def iter_cases(session: Session, flt: CaseFilter, limit: int | None = None, batch: int = 1000) -> Iterator[CaseRow]:
    """Every matching case (or the first `limit`), newest first, fetched in batches."""
    cal = clock.load_calendar(session)
    after: Cursor | None = None
    remaining = limit
    while remaining is None or remaining > 0:
        size = batch if remaining is None else min(batch, remaining)
        rows = page_cases(session, flt, after, size, cal)
        yield from rows
        if len(rows) < size:
            return
        after = (rows[-1].received_at, rows[-1].id)
        if remaining is not None:
            remaining -= len(rows)


@dataclass(frozen=True)
class FieldValue:
    name: str
    label: str
    value: str


@dataclass(frozen=True)
class MaterialRow:
    code: str
    name: str
    required: bool
    received: bool
    form: str
    pages: int | None
    file_name: str | None
    size: int | None
    sha256: str | None


@dataclass(frozen=True)
class EventRow:
    seq: int
    kind: str
    at: dt.datetime
    actor: str
    terminal: str
    before: str | None
    after: str | None
    reason: str | None
    legal_basis: str | None


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    number: str | None
    file_name: str
    sha256: str
    created_at: dt.datetime


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    matter_version: int
    matter_mode: str
    applicant_legal_rep: str | None
    applicant_phone: str | None
    applicant_address: str | None
    uscc_override_reason: str | None
    fields: tuple[FieldValue, ...]
    materials: tuple[MaterialRow, ...]
    events: tuple[EventRow, ...]
    documents: tuple[DocumentRow, ...]
    version: int
    due: Due | None = None                 # derived from the event log now, not the cached column
    state: CaseState | None = None
    allowed: tuple[str, ...] = ()          # actions the procedure allows next (roles not applied)
    permit_status: str | None = None       # valid | renewed | expired | cancelled | revoked
    reissue_due: bool = False              # a granted change or renewal awaits its new permit version


def permits_reissue_due(session: Session, case_id: int) -> bool:
    from approval_app.services.permits import reissue_due  # permits builds on counter, which reads cases

    return reissue_due(session, case_id)


def case_detail(session: Session, case_id: int) -> CaseDetail | None:
    case = session.get(m.Case, case_id)
    if case is None:
        return None
    cal = clock.load_calendar(session)
    (row,) = _rows(session, _base().where(m.Case.id == case_id), cal, clock.today())
    definition = MatterDef.from_json(case.matter.definition)
    labels = {f.name: f.label for f in definition.fields}
    fields = tuple(FieldValue(name, labels.get(name, name), "" if value is None else str(value))
                   for name, value in (case.form_data or {}).items())
    materials = tuple(
        MaterialRow(x.code, x.name, x.required, x.received, x.form, x.pages,
                    x.file.file_name if x.file else None, x.file.size if x.file else None,
                    x.file.sha256 if x.file else None)
        for x in session.scalars(select(m.Material).where(m.Material.case_id == case_id).order_by(m.Material.id)))
    events = tuple(
        EventRow(e.seq, e.kind, e.at, e.actor_name, e.terminal, e.before_status, e.after_status,
                 e.reason, e.legal_basis)
        for e in session.scalars(select(m.CaseEvent).where(m.CaseEvent.case_id == case_id).order_by(m.CaseEvent.seq)))
    documents = tuple(
        DocumentRow(d.id, d.kind, d.number, d.file.file_name, d.sha256, d.created_at)
        for d in session.scalars(select(m.Document).where(m.Document.case_id == case_id).order_by(m.Document.id)))
    a = case.applicant
    _, rules, state = case_state(session, case)
    today = clock.today()
    return CaseDetail(row, case.matter.version, case.matter.mode, a.legal_representative, a.contact_phone,
                      a.address, a.uscc_override_reason, fields, materials, events, documents, case.version,
                      due=current_due(rules, state, cal, today), state=state,
                      allowed=tuple(x.value for x in allowed_actions(rules, state)),
                      permit_status=effective_permit_status(state, today),
                      reissue_due=permits_reissue_due(session, case_id))


@dataclass(frozen=True)
class Option:
    code: str
    name: str


@dataclass(frozen=True)
class FilterOptions:
    statuses: tuple[str, ...]
    matters: tuple[Option, ...]
    departments: tuple[Option, ...]


def filter_options(session: Session) -> FilterOptions:
    matters = tuple(Option(c, n) for c, n in session.execute(
        select(m.Matter.code, m.Matter.name).where(m.Matter.is_current).order_by(m.Matter.code)))
    depts = tuple(Option(c, n) for c, n in session.execute(
        select(m.Department.code, m.Department.name).order_by(m.Department.code)))
    return FilterOptions(tuple(s.value for s in Status), matters, depts)


# --- entry points for workers: each opens its own session ---------------------------------

def fetch_page(db, flt: CaseFilter, after: Cursor | None, limit: int) -> list[CaseRow]:  # noqa: ANN001
    with db.read() as session:
        return page_cases(session, flt, after, limit)


def fetch_count(db, flt: CaseFilter) -> int:  # noqa: ANN001
    with db.read() as session:
        return count_cases(session, flt)


def fetch_detail(db, case_id: int) -> CaseDetail | None:  # noqa: ANN001
    with db.read() as session:
        return case_detail(session, case_id)


def fetch_filter_options(db) -> FilterOptions:  # noqa: ANN001
    with db.read() as session:
        return filter_options(session)


def refresh_due(db) -> int:  # noqa: ANN001
    """Recompute the cached due dates that move with time; one transaction."""
    with db.transaction() as session:
        return refresh_due_dates(session)


def fetch_reviewers(db) -> list:  # noqa: ANN001
    """Active officers with the reviewer role, for assigning cases."""
    from approval_app.services.users import list_users

    with db.read() as session:
        return [u for u in list_users(session) if u.active and "reviewer" in {r.value for r in u.roles}]


def fetch_row(db, case_id: int) -> CaseRow | None:  # noqa: ANN001
    with db.read() as session:
        rows = _rows(session, _base().where(m.Case.id == case_id), clock.load_calendar(session), clock.today())
        return rows[0] if rows else None


def fetch_awaiting_permit(db, limit: int = 500) -> list[CaseRow]:  # noqa: ANN001
    """Approved cases (and decided commitments) whose permit is not issued yet, oldest first."""
    with db.read() as session:
        stmt = _base().where(m.Case.status.in_([Status.APPROVED.value, Status.COMMITTED.value])) \
            .where(~m.Case.id.in_(select(m.Permit.case_id))) \
            .order_by(m.Case.decided_at, m.Case.id).limit(limit)
        return _rows(session, stmt, clock.load_calendar(session), clock.today())
