"""Officer actions on a case: one function each, applying the procedure engine to the event log.

Every action checks the actor's role, the case's version (a conflicting change by another
officer is reported, never overwritten), replays the log, applies the step, writes one event,
refreshes the cached due date and, where an external system must hear of it, an outbox row,
all in the caller's transaction.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from approval_app.domain import procedure as proc
from approval_app.domain.case_status import Status
from approval_app.domain.catalogue import Matter as MatterDef
from approval_app.domain.errors import DomainError, PermissionDenied
from approval_app.domain.procedure import LAW, Action, CaseState, Due, MatterRules, ProcEvent
from approval_app.domain.roles import Actor
from approval_app.domain.workcalendar import add_working_days
from approval_app.services import clock, numbering
from approval_app.services.events import enqueue, record_event
from approval_app.storage import models as m
from approval_app.storage.errors import ConflictError

log = logging.getLogger(__name__)

BASIS = {
    Action.ACCEPT: LAW + "第三十二条",
    Action.REQUEST_SUPPLEMENT: LAW + "第三十二条第一款第（四）项",
    Action.SUPPLEMENT_RECEIVED: LAW + "第三十二条",
    Action.REFUSE: LAW + "第三十二条",
    Action.SUSPEND: LAW + "第四十五条",
    Action.EXTEND: LAW + "第四十二条",
    Action.APPROVE: LAW + "第三十四条、第三十八条第一款",
    Action.DENY: LAW + "第三十八条第二款",
    Action.DECIDE_ON_SPOT: LAW + "第三十四条第二款",
    Action.ISSUE_PERMIT: LAW + "第三十九条、第四十四条",
    Action.DELIVER: LAW + "第四十四条",
    Action.COMMIT: "《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》（国发〔2021〕7号）",
    Action.APPLY_CHANGE: LAW + "第四十九条",
    Action.DECIDE_CHANGE: LAW + "第四十九条",
    Action.APPLY_RENEWAL: LAW + "第五十条",
    Action.DECIDE_RENEWAL: LAW + "第五十条",
    Action.REVOKE: LAW + "第六十九条",
    Action.CANCEL: LAW + "第七十条",
}
# What the enterprise portal hears of each step (StatusEvent.status in portal-v1.yaml).
PORTAL_STATUS = {
    Action.ACCEPT: "accepted", Action.REQUEST_SUPPLEMENT: "supplement_required", Action.REFUSE: "not_accepted",
    Action.APPROVE: "approved", Action.DECIDE_ON_SPOT: "approved", Action.COMMIT: "approved",
    Action.DENY: "denied", Action.ISSUE_PERMIT: "permit_issued", Action.FILE: "filed",
    Action.WITHDRAW: "withdrawn",
}
# What the supervision platform hears (Record.record_type in supervision-v1.yaml).
SUPERVISION_RECORD = {
    Action.FILE: "filing", Action.ISSUE_PERMIT: "licence_granted", Action.DECIDE_CHANGE: "licence_changed",
    Action.REVOKE: "licence_revoked", Action.CANCEL: "licence_cancelled",
}


@dataclass(frozen=True)
class ActionResult:
    case_id: int
    case_number: str
    status: str
    version: int
    due: Due | None
    event_seq: int


def rules_for(matter: MatterDef) -> MatterRules:
    return MatterRules(mode=matter.mode, legal_limit_days=matter.legal_limit_days, joint=matter.joint,
                       on_the_spot=matter.on_the_spot, verification_days=matter.verification_days,
                       validity_years=matter.permit.validity_years if matter.permit else None,
                       has_permit=matter.permit is not None)


def proc_events(events: Iterable[m.CaseEvent]) -> list[ProcEvent]:
    return [ProcEvent(e.kind, clock.local_date(e.at), e.data or {}) for e in events]


def case_state(session: Session, case: m.Case) -> tuple[MatterDef, MatterRules, CaseState]:
    """Rebuild the case's state from its event log (the only source of truth)."""
    matter = MatterDef.from_json(case.matter.definition)
    rules = rules_for(matter)
    events = session.scalars(select(m.CaseEvent).where(m.CaseEvent.case_id == case.id).order_by(m.CaseEvent.seq))
    return matter, rules, proc.replay(rules, proc_events(events), clock.load_calendar(session))


def _load(session: Session, case_id: int, version: int | None) -> m.Case:
    case = session.get(m.Case, case_id)
    if case is None:
        raise DomainError("case_not_found", case=case_id)
    if version is not None and case.version != version:
        raise ConflictError("conflict", case=case.case_number)
    return case


def missing_required(session: Session, case_id: int) -> list[str]:
    return [code for code, _ in _missing(session, case_id)]


def _missing(session: Session, case_id: int) -> list[tuple[str, str]]:
    return [tuple(r) for r in session.execute(select(m.Material.code, m.Material.name).where(
        m.Material.case_id == case_id, m.Material.required, m.Material.received.is_(False)).order_by(m.Material.id))]


def _incomplete(session: Session, case_id: int) -> DomainError | None:
    missing = _missing(session, case_id)
    if not missing:
        return None
    return DomainError("materials_incomplete", missing=[c for c, _ in missing], names=[n for _, n in missing])


def _act(session: Session, actor: Actor, case_id: int, action: Action, *, version: int | None = None,
         data: dict[str, Any] | None = None, reason: str | None = None, legal_basis: str | None = None,
         at: dt.datetime | None = None, prepare=None) -> ActionResult:  # noqa: ANN001
    if not actor.has(*proc.ROLES[action]):
        raise PermissionDenied(action.value, proc.ROLES[action])
    case = _load(session, case_id, version)
    matter, rules, state = case_state(session, case)
    at = at or clock.now()
    data = dict(data or {})
    if reason:
        data.setdefault("reason", reason)
    if prepare is not None:
        data = prepare(case, matter, state, data) or data
    cal = clock.load_calendar(session)
    new_state = proc.apply(rules, state, ProcEvent(action.value, clock.local_date(at), data), cal)
    basis = legal_basis or BASIS.get(action) or (matter.legal_basis if action is Action.FILE else None)
    event = record_event(session, case, actor, action.value, after_status=new_state.status.value, reason=reason,
                         legal_basis=basis, data=_jsonable(data), at=at)
    _update_case(case, new_state, action, actor, data, at)
    due = proc.current_due(rules, new_state, cal, clock.local_date(at))
    cache_due(case, due)
    _notify(session, case, matter, new_state, action, data, at, due)
    session.flush()
    log.info("case %s: %s by %s (%s → %s)", case.case_number, action.value, actor.username,
             state.status.value, new_state.status.value)
    return ActionResult(case.id, case.case_number, case.status, case.version, due, event.seq)


def cache_due(case: m.Case, due: Due | None) -> None:
    case.due_date = due.day if due else None
    case.due_provisional = bool(due and due.provisional)
    case.due_kind = due.kind if due else None


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in data.items()}


def _update_case(case: m.Case, state: CaseState, action: Action, actor: Actor, data: dict, at: dt.datetime) -> None:
    # Every action updates the row, so its version moves and a concurrent edit is detected.
    case.updated_at = clock.now()
    case.status = state.status.value
    if action in (Action.ACCEPT, Action.DECIDE_ON_SPOT, Action.COMMIT) and case.accepted_at is None:
        case.accepted_at = at
    if action in (Action.APPROVE, Action.DENY, Action.DECIDE_ON_SPOT, Action.REFUSE, Action.FILE,
                  Action.RETURN_FILING, Action.COMMIT):
        case.decided_at = at
    if action is Action.ASSIGN:
        case.assignee_id = data.get("reviewer_id")


def _notify(session: Session, case: m.Case, matter: MatterDef, state: CaseState, action: Action,
            data: dict, at: dt.datetime, due: Due | None) -> None:
    """Outbox rows for the portal (online cases) and the supervision platform."""
    status = PORTAL_STATUS.get(action)
    if status and case.external_id:
        event: dict[str, Any] = {"revision": case.external_revision or 1, "status": status,
                                 "case_number": case.case_number, "occurred_at": at.isoformat()}
        if action is Action.REQUEST_SUPPLEMENT:
            event["missing_materials"] = list(data.get("missing", []))
        if data.get("reason"):
            event["message"] = str(data["reason"])[:2000]
        if due is not None and status in ("accepted", "approved"):
            event["due_date"] = due.day.isoformat()
        enqueue(session, "portal.status", "case", case.id, {"submission_id": case.external_id, "event": event})
    record_type = SUPERVISION_RECORD.get(action)
    if record_type and not (action is Action.DECIDE_CHANGE and not data.get("granted")):
        msg = enqueue(session, "supervision.record", "case", case.id, {})
        applicant = case.applicant
        reference = state.filing_number if action is Action.FILE else data.get("permit_number") or \
            _permit_number(session, case.id)
        msg.payload = {
            "record_id": msg.idempotency_key, "record_type": record_type,
            "matter_code": matter.code, "matter_name": matter.name, "regulator": matter.regulator.code,
            "enterprise": {"name": applicant.name, "uscc": applicant.uscc,
                           "legal_representative": applicant.legal_representative or "",
                           "address": applicant.address or ""},
            "reference_number": reference or case.case_number,
            "effective_date": clock.local_date(at).isoformat(),
            "valid_until": state.permit_valid_until.isoformat() if state.permit_valid_until else None,
            "details": {**{k: v for k, v in (case.form_data or {}).items()},
                        **({"reason": data["reason"]} if data.get("reason") else {}),
                        **({"ground": data["ground"]} if data.get("ground") else {})},
            "issued_by": "",  # filled by the push from the bureau's name setting
            "recorded_at": at.isoformat(),
        }


def _permit_number(session: Session, case_id: int) -> str | None:
    for e in session.scalars(select(m.CaseEvent).where(m.CaseEvent.case_id == case_id,
                                                       m.CaseEvent.kind == Action.ISSUE_PERMIT.value)
                             .order_by(m.CaseEvent.seq.desc()).limit(1)):
        return (e.data or {}).get("permit_number")
    return None


# --- the actions ------------------------------------------------------------------------------

def accept(session: Session, actor: Actor, case_id: int, *, version: int | None = None,
           at: dt.datetime | None = None) -> ActionResult:
    """受理 (Art. 32 (5)): the materials are complete and in legal form."""
    def prepare(case, matter, state, data):  # noqa: ANN001, ANN202
        error = _incomplete(session, case.id)
        if error:
            raise error
        return data
    return _act(session, actor, case_id, Action.ACCEPT, version=version, at=at, prepare=prepare)


def request_supplement(session: Session, actor: Actor, case_id: int, missing: list[str], *,
                       version: int | None = None, note: str = "", supplement_days: int = 15,
                       at: dt.datetime | None = None) -> ActionResult:
    """一次性告知补正 (Art. 32 (4)): one notice listing every missing or defective material,
    with the date by which the applicant should supply them."""
    moment = at or clock.now()

    def prepare(case, matter, state, data):  # noqa: ANN001, ANN202
        codes = {x.code for x in matter.materials}
        unknown = [c for c in missing if c not in codes]
        if unknown:
            raise DomainError("unknown_material", codes=unknown)
        not_listed = [(c, n) for c, n in _missing(session, case.id) if c not in missing]
        if not_listed:  # the one notice must list everything that is missing
            raise DomainError("supplement_incomplete_list", codes=[c for c, _ in not_listed],
                              names=[n for _, n in not_listed])
        deadline = add_working_days(clock.load_calendar(session), clock.local_date(moment), supplement_days)
        return {**data, "missing": list(dict.fromkeys(missing)), "note": note,
                "supplement_deadline": deadline.day.isoformat()}
    return _act(session, actor, case_id, Action.REQUEST_SUPPLEMENT, version=version, at=moment, prepare=prepare)


def supplement_received(session: Session, actor: Actor, case_id: int, received: list[str] | None = None, *,
                        version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    """补正材料收到: marks the supplied materials received; the 5-day window starts again."""
    moment = at or clock.now()

    def prepare(case, matter, state, data):  # noqa: ANN001, ANN202
        codes = received
        if codes is None:
            last = session.scalar(select(m.CaseEvent.data).where(
                m.CaseEvent.case_id == case.id, m.CaseEvent.kind == Action.REQUEST_SUPPLEMENT.value))
            codes = list((last or {}).get("missing", []))
        for mat in session.scalars(select(m.Material).where(m.Material.case_id == case.id,
                                                            m.Material.code.in_(codes))):
            mat.received, mat.received_at = True, moment
        return {**data, "received": list(codes)}
    return _act(session, actor, case_id, Action.SUPPLEMENT_RECEIVED, version=version, at=moment, prepare=prepare)


def refuse(session: Session, actor: Actor, case_id: int, reason: str, competent_office: str = "", *,
           version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    """不予受理 (Art. 32 (2)): with the reason and where the applicant should apply instead."""
    return _act(session, actor, case_id, Action.REFUSE, version=version, at=at, reason=reason,
                data={"competent_office": competent_office})


def assign(session: Session, actor: Actor, case_id: int, reviewer_username: str, *, version: int | None = None,
           at: dt.datetime | None = None) -> ActionResult:
    """分派审查: the approver hands the case to a reviewer."""
    reviewer = session.scalar(select(m.User).where(m.User.username == reviewer_username, m.User.active))
    if reviewer is None or "reviewer" not in {r.role for r in reviewer.roles}:
        raise DomainError("not_a_reviewer", username=reviewer_username)
    return _act(session, actor, case_id, Action.ASSIGN, version=version, at=at,
                data={"reviewer": reviewer.username, "reviewer_id": reviewer.id,
                      "reviewer_name": reviewer.display_name})


def record_opinion(session: Session, actor: Actor, case_id: int, department: str, opinion: str, *,
                   version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    """部门意见: another department's opinion, collected in parallel during review."""
    return _act(session, actor, case_id, Action.OPINION, version=version, at=at,
                data={"department": department, "opinion": opinion})


def suspend(session: Session, actor: Actor, case_id: int, procedure: str, expected_days: int, reason: str,
            legal_basis: str = "", *, version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    """中止计时 (Art. 45): hearing, testing, inspection, expert review... with the expected duration."""
    basis = BASIS[Action.SUSPEND] + (f"；{legal_basis}" if legal_basis else "")
    return _act(session, actor, case_id, Action.SUSPEND, version=version, at=at, reason=reason, legal_basis=basis,
                data={"procedure": procedure, "expected_days": expected_days})


def resume(session: Session, actor: Actor, case_id: int, *, version: int | None = None,
           at: dt.datetime | None = None, note: str = "") -> ActionResult:
    return _act(session, actor, case_id, Action.RESUME, version=version, at=at, reason=note or None)


def extend(session: Session, actor: Actor, case_id: int, reason: str, signed_off_by: str, *,
           version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    """延长期限 (Art. 42): once, with the head's sign-off; the reason is told to the applicant."""
    return _act(session, actor, case_id, Action.EXTEND, version=version, at=at, reason=reason,
                data={"signed_off_by": signed_off_by})


def approve(session: Session, actor: Actor, case_id: int, reason: str = "", *, version: int | None = None,
            at: dt.datetime | None = None) -> ActionResult:
    """准予行政许可 (Art. 38)."""
    return _act(session, actor, case_id, Action.APPROVE, version=version, at=at, reason=reason or None)


def deny(session: Session, actor: Actor, case_id: int, reason: str, *, version: int | None = None,
         at: dt.datetime | None = None) -> ActionResult:
    """不予行政许可 (Art. 38): written reasons and the applicant's rights of remedy."""
    return _act(session, actor, case_id, Action.DENY, version=version, at=at, reason=reason,
                data={"reconsideration_days": proc.RECONSIDERATION_DAYS,
                      "litigation_months": proc.LITIGATION_MONTHS})


def decide_on_the_spot(session: Session, actor: Actor, case_id: int, *, version: int | None = None,
                       at: dt.datetime | None = None) -> ActionResult:
    """当场作出决定 (Art. 34): where the matter allows and the materials are complete."""
    def prepare(case, matter, state, data):  # noqa: ANN001, ANN202
        return {**data, "materials_complete": not missing_required(session, case.id)}
    return _act(session, actor, case_id, Action.DECIDE_ON_SPOT, version=version, at=at, prepare=prepare)


def issue_permit(session: Session, actor: Actor, case_id: int, *, version: int | None = None,
                 at: dt.datetime | None = None, valid_until: dt.date | None = None) -> ActionResult:
    """制发证照 (Arts. 39, 44): the permit number comes from the matter's series in the database."""
    moment = at or clock.now()

    def prepare(case, matter, state, data):  # noqa: ANN001, ANN202
        if matter.permit is None:
            raise DomainError("matter_has_no_permit")
        year = clock.local_date(moment).year
        seq = numbering.next_value(session, f"permit:{matter.code}:{year}")
        number = f"{matter.code}-{year}-{seq:05d}"
        out = {**data, "permit_number": number, "permit_title": matter.permit.title}
        if valid_until:
            out["valid_until"] = valid_until.isoformat()
        return out
    return _act(session, actor, case_id, Action.ISSUE_PERMIT, version=version, at=moment, prepare=prepare)


def deliver(session: Session, actor: Actor, case_id: int, method: str, recipient: str = "", *,
            version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    """送达: the service record of the permit or decision."""
    return _act(session, actor, case_id, Action.DELIVER, version=version, at=at,
                data={"method": method, "recipient": recipient})


def withdraw(session: Session, actor: Actor, case_id: int, reason: str = "申请人申请撤回", *,
             version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    """撤回: the applicant withdraws before the decision."""
    return _act(session, actor, case_id, Action.WITHDRAW, version=version, at=at, reason=reason)


def file_record(session: Session, actor: Actor, case_id: int, *, version: int | None = None,
                at: dt.datetime | None = None) -> ActionResult:
    """备案登记: complete materials get a filing number at once; the regulator is told via the outbox."""
    moment = at or clock.now()

    def prepare(case, matter, state, data):  # noqa: ANN001, ANN202
        error = _incomplete(session, case.id)
        if error:
            raise error
        year = clock.local_date(moment).year
        number = f"BA{year}{numbering.next_value(session, f'filing:{year}'):06d}"
        return {**data, "materials_complete": True, "filing_number": number}
    return _act(session, actor, case_id, Action.FILE, version=version, at=moment, prepare=prepare)


def return_filing(session: Session, actor: Actor, case_id: int, missing: list[str] | None = None, *,
                  version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    """备案退回: incomplete filings go back with the list of what is missing."""
    def prepare(case, matter, state, data):  # noqa: ANN001, ANN202
        listed = list(dict.fromkeys((missing or []) + missing_required(session, case.id)))
        if not listed:
            raise DomainError("nothing_missing")
        return {**data, "missing": listed}
    return _act(session, actor, case_id, Action.RETURN_FILING, version=version, at=at, prepare=prepare)


def commit(session: Session, actor: Actor, case_id: int, pledge_signed: bool, *, version: int | None = None,
           at: dt.datetime | None = None) -> ActionResult:
    """告知承诺: with the signed pledge and complete materials, decided on the spot; verified later."""
    def prepare(case, matter, state, data):  # noqa: ANN001, ANN202
        return {**data, "pledge_signed": pledge_signed, "materials_complete": not missing_required(session, case.id),
                "verification_days": matter.verification_days}
    return _act(session, actor, case_id, Action.COMMIT, version=version, at=at, prepare=prepare)


def record_verification(session: Session, actor: Actor, case_id: int, result: str, note: str = "", *,
                        version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    """承诺核查结果: the regulator's post-approval verification of the pledge."""
    return _act(session, actor, case_id, Action.VERIFY, version=version, at=at, reason=note or None,
                data={"result": result})


def apply_change(session: Session, actor: Actor, case_id: int, items: str, *, version: int | None = None,
                 at: dt.datetime | None = None) -> ActionResult:
    return _act(session, actor, case_id, Action.APPLY_CHANGE, version=version, at=at, data={"items": items})


def decide_change(session: Session, actor: Actor, case_id: int, granted: bool, reason: str = "", *,
                  version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    return _act(session, actor, case_id, Action.DECIDE_CHANGE, version=version, at=at, reason=reason or None,
                data={"granted": granted})


def apply_renewal(session: Session, actor: Actor, case_id: int, *, version: int | None = None,
                  at: dt.datetime | None = None) -> ActionResult:
    return _act(session, actor, case_id, Action.APPLY_RENEWAL, version=version, at=at)


def decide_renewal(session: Session, actor: Actor, case_id: int, granted: bool, reason: str = "", *,
                   version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    return _act(session, actor, case_id, Action.DECIDE_RENEWAL, version=version, at=at, reason=reason or None,
                data={"granted": granted})


def cancel(session: Session, actor: Actor, case_id: int, ground: str, reason: str = "", *,
           version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    """注销 (Art. 70): on one of the six statutory grounds."""
    return _act(session, actor, case_id, Action.CANCEL, version=version, at=at, reason=reason or None,
                data={"ground": ground})


def revoke(session: Session, actor: Actor, case_id: int, ground: str, reason: str, *,
           version: int | None = None, at: dt.datetime | None = None) -> ActionResult:
    """撤销 (Art. 69): mandatory where the permit was obtained by deception or bribery."""
    return _act(session, actor, case_id, Action.REVOKE, version=version, at=at, reason=reason,
                data={"ground": ground, "mandatory": ground in proc.ART69_MANDATORY})


# --- the clock, refreshed --------------------------------------------------------------------

MOVING = (Status.RECEIVED.value, Status.SUSPENDED.value, Status.PERMIT_ISSUED.value, Status.DELIVERED.value)
# After the calendar changes every running clock may move.
RUNNING = MOVING + (Status.ACCEPTED.value, Status.UNDER_REVIEW.value, Status.APPROVED.value, Status.COMMITTED.value)


def refresh_due_dates(session: Session, statuses: Iterable[str] = MOVING, batch: int = 500) -> int:
    """Recompute the cached due dates whose value moves with time (deemed acceptance, open
    suspensions, renewals reaching expiry). Returns how many changed."""
    cal = clock.load_calendar(session)
    today = clock.today()
    changed = 0
    ids = list(session.scalars(select(m.Case.id).where(m.Case.status.in_(list(statuses)))))
    if Status.DELIVERED.value in statuses:  # delivered cases move only while a renewal is pending
        pending = set(session.scalars(select(m.CaseEvent.case_id).where(
            m.CaseEvent.kind == Action.APPLY_RENEWAL.value)))
        delivered = set(session.scalars(select(m.Case.id).where(m.Case.status == Status.DELIVERED.value)))
        ids = [i for i in ids if i not in delivered or i in pending]
    for lo in range(0, len(ids), batch):
        for case in session.scalars(select(m.Case).where(m.Case.id.in_(ids[lo:lo + batch]))):
            _, rules, state = case_state(session, case)
            due = proc.current_due(rules, state, cal, today)
            after = (due.day, due.provisional, due.kind) if due else (None, False, None)
            if (case.due_date, case.due_provisional, case.due_kind) != after:
                # a plain UPDATE: a cache refresh is not an officer's edit and must not bump the version
                # only if nobody acted on the case meanwhile (its version would have moved)
                session.execute(update(m.Case).where(m.Case.id == case.id, m.Case.version == case.version).values(
                    due_date=after[0], due_provisional=after[1], due_kind=after[2]))
                changed += 1
    return changed
