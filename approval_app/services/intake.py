"""Receiving an application at the counter or from the online portal (收件)."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from approval_app.domain import validators
from approval_app.domain.case_status import Status
from approval_app.domain.catalogue import Matter as MatterDef, validate_form
from approval_app.domain.procedure import current_due, initial_state
from approval_app.domain.errors import DomainError, Issue, PermissionDenied, ValidationFailed
from approval_app.domain.roles import Actor, Role
from approval_app.services import clock, numbering
from approval_app.services.catalogue import current_matter
from approval_app.services.events import record_event
from approval_app.services.procedure import cache_due, rules_for
from approval_app.storage import models as m

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ApplicantInput:
    name: str
    uscc: str
    legal_representative: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    address: str = ""
    email: str = ""
    # A legacy code failing the GB 32100 check may be accepted at the counter with a reason.
    uscc_override_reason: str = ""


@dataclass(frozen=True)
class MaterialInput:
    code: str
    received: bool = True
    form: str | None = None   # original | copy; default from the catalogue
    pages: int | None = None


@dataclass(frozen=True)
class ReceiveInput:
    matter_code: str
    applicant: ApplicantInput
    form: dict = field(default_factory=dict)
    materials: tuple[MaterialInput, ...] = ()
    channel: str = "counter"
    received_at: dt.datetime | None = None
    external_id: str | None = None
    external_revision: int | None = None


@dataclass(frozen=True)
class ReceiveResult:
    case_id: int
    case_number: str
    due_date: dt.date | None
    due_provisional: bool


def check_applicant(applicant: ApplicantInput, channel: str) -> tuple[list[Issue], bool]:
    """Validation issues and whether the USCC passes its check (False = accepted by override)."""
    issues: list[Issue] = []
    if not applicant.name.strip():
        issues.append(Issue("applicant.name", "required"))
    uscc_issues = validators.check_uscc(applicant.uscc, "applicant.uscc")
    uscc_valid = not uscc_issues
    only_check_char = [i.code for i in uscc_issues] == ["uscc_check"]
    if uscc_issues and not (channel == "counter" and only_check_char and applicant.uscc_override_reason.strip()):
        issues.extend(uscc_issues)
    if applicant.contact_phone:
        issues.extend(validators.check_phone(applicant.contact_phone, "applicant.contact_phone"))
    return issues, uscc_valid


def upsert_applicant(session: Session, applicant: ApplicantInput, uscc_valid: bool) -> m.Applicant:
    uscc = applicant.uscc.strip().upper()
    row = session.scalar(select(m.Applicant).where(m.Applicant.uscc == uscc))
    if row is None:
        row = m.Applicant(uscc=uscc, name=applicant.name.strip())
        session.add(row)
    row.name = applicant.name.strip()
    row.uscc_valid = uscc_valid
    if not uscc_valid:
        row.uscc_override_reason = applicant.uscc_override_reason.strip()
    for attr in ("legal_representative", "contact_name", "contact_phone", "address", "email"):
        value = getattr(applicant, attr).strip()
        if value:
            setattr(row, attr, value)
    session.flush()
    return row


def receive_case(session: Session, actor: Actor, data: ReceiveInput, *, case_prefix: str = "SP") -> ReceiveResult:
    """Register a new application with its materials; starts the 5-working-day acceptance clock."""
    if data.channel == "counter" and not actor.has(Role.INTAKE, Role.FILING):
        raise PermissionDenied("receive_case", (Role.INTAKE, Role.FILING))
    if data.channel not in ("counter", "online"):
        raise DomainError("bad_channel", channel=data.channel)
    matter_row = current_matter(session, data.matter_code)
    if matter_row is None:
        raise DomainError("unknown_matter", code=data.matter_code)
    matter = MatterDef.from_json(matter_row.definition)
    issues, uscc_valid = check_applicant(data.applicant, data.channel)
    issues += validate_form(matter, data.form)
    known = {x.code for x in matter.materials}
    issues += [Issue(f"materials.{x.code}", "unknown_material") for x in data.materials if x.code not in known]
    if issues:
        raise ValidationFailed(issues)

    received_at = data.received_at or clock.now()
    applicant = upsert_applicant(session, data.applicant, uscc_valid)
    number = numbering.case_number(session, case_prefix, clock.local_date(received_at).year)
    case = m.Case(case_number=number, matter_id=matter_row.id, department_id=matter_row.department_id,
                  applicant_id=applicant.id, channel=data.channel, status=Status.RECEIVED.value,
                  form_data=dict(data.form), received_at=received_at, created_by=actor.user_id,
                  external_id=data.external_id, external_revision=data.external_revision)
    session.add(case)
    session.flush()
    given = {x.code: x for x in data.materials}
    for spec in matter.materials:
        got = given.get(spec.code)
        session.add(m.Material(case_id=case.id, code=spec.code, name=spec.name, required=spec.required,
                               received=bool(got and got.received), form=(got.form if got and got.form else spec.form),
                               pages=got.pages if got else None,
                               received_at=received_at if got and got.received else None))
    extra = {"channel": data.channel, "matter_version": matter_row.version}
    if not uscc_valid:
        extra["uscc_override"] = data.applicant.uscc_override_reason.strip()
    record_event(session, case, actor, "received", after_status=Status.RECEIVED.value, at=received_at,
                 reason=(data.applicant.uscc_override_reason.strip() or None) if not uscc_valid else None,
                 legal_basis="《中华人民共和国行政许可法》第三十二条", data=extra)
    rules = rules_for(matter)
    state = initial_state(rules, clock.local_date(received_at))
    cache_due(case, current_due(rules, state, clock.load_calendar(session), clock.local_date(received_at)))
    session.flush()
    log.info("case %s received (%s) by %s", number, data.channel, actor.username)
    return ReceiveResult(case.id, number, case.due_date, case.due_provisional)


@dataclass(frozen=True)
class ApplicantRow:
    id: int
    name: str
    uscc: str
    uscc_valid: bool
    legal_representative: str
    contact_name: str
    contact_phone: str
    address: str


def find_applicants(session: Session, text: str, limit: int = 20) -> list[ApplicantRow]:
    """Known applicants by exact USCC or by a fragment of the name, for pre-filling the form."""
    text = (text or "").strip()
    if len(text) < 2:
        return []
    cond = m.Applicant.uscc == text.upper() if len(text) == 18 else \
        m.Applicant.name.like("%" + text.replace("%", "").replace("_", "") + "%")
    return [ApplicantRow(a.id, a.name, a.uscc, a.uscc_valid, a.legal_representative or "", a.contact_name or "",
                         a.contact_phone or "", a.address or "")
            for a in session.scalars(select(m.Applicant).where(cond).order_by(m.Applicant.name).limit(limit))]


def current_matters(session: Session) -> list[MatterDef]:
    return [MatterDef.from_json(x) for x in session.scalars(
        select(m.Matter.definition).where(m.Matter.is_current).order_by(m.Matter.code))]


def fetch_matters(db) -> list[MatterDef]:  # noqa: ANN001
    with db.read() as session:
        return current_matters(session)


def fetch_applicants(db, text: str) -> list[ApplicantRow]:  # noqa: ANN001
    with db.read() as session:
        return find_applicants(session, text)
