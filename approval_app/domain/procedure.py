"""The statutory licensing procedure as a pure state machine over a case's event log.

`apply(rules, state, event)` checks one step and returns the next state; `replay` folds the
whole log, so the state (and every due date derived from it) is always rebuilt from events.
Articles cited are those of the Administrative Licensing Law of the PRC.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Iterable, Mapping

from approval_app.domain.case_status import Status
from approval_app.domain.catalogue import Mode
from approval_app.domain.errors import DomainError
from approval_app.domain.roles import Role
from approval_app.domain.workcalendar import Calendar, Deadline, add_working_days, working_days_between

ACCEPTANCE_DAYS = 5        # Art. 32
PERMIT_DAYS = 10           # Art. 44
EXTENSION_DAYS = 10        # Art. 42
JOINT_EXTENSION_DAYS = 15  # Art. 42 with Art. 26
RENEWAL_NOTICE_DAYS = 30   # Art. 50 (calendar days before expiry)
RECONSIDERATION_DAYS = 60  # Administrative Reconsideration Law
LITIGATION_MONTHS = 6      # Administrative Litigation Law

LAW = "《中华人民共和国行政许可法》"


class Action(StrEnum):
    RECEIVE = "received"
    ACCEPT = "accepted"
    REQUEST_SUPPLEMENT = "supplement_requested"
    SUPPLEMENT_RECEIVED = "supplement_received"
    REFUSE = "refused"
    ASSIGN = "assigned"
    OPINION = "opinion"
    SUSPEND = "suspended"
    RESUME = "resumed"
    EXTEND = "extended"
    APPROVE = "approved"
    DENY = "denied"
    DECIDE_ON_SPOT = "decided_on_the_spot"
    ISSUE_PERMIT = "permit_issued"
    DELIVER = "delivered"
    WITHDRAW = "withdrawn"
    FILE = "filed"
    RETURN_FILING = "filing_returned"
    COMMIT = "committed"
    VERIFY = "verified"
    APPLY_CHANGE = "change_applied"
    DECIDE_CHANGE = "change_decided"
    APPLY_RENEWAL = "renewal_applied"
    DECIDE_RENEWAL = "renewal_decided"
    CANCEL = "cancelled"
    REVOKE = "revoked"


# Art. 45: procedures whose time is not counted.
ART45_PROCEDURES = ("hearing", "bidding", "auction", "testing", "inspection", "quarantine",
                    "appraisal", "expert_review", "public_notice")
# Art. 70: the six grounds of cancellation (注销).
ART70_GROUNDS = ("expired", "holder_died", "entity_terminated", "permit_withdrawn", "force_majeure", "other_statutory")
# Art. 69: grounds of revocation (撤销); the last two make it mandatory.
ART69_GROUNDS = ("abuse_of_power", "beyond_powers", "procedure_breach", "unqualified_applicant", "other_legal",
                 "fraud", "bribery")
ART69_MANDATORY = ("fraud", "bribery")

# Who may take each action (any of the roles).
ROLES: dict[Action, tuple[Role, ...]] = {
    Action.RECEIVE: (Role.INTAKE, Role.FILING),
    Action.ACCEPT: (Role.INTAKE,),
    Action.REQUEST_SUPPLEMENT: (Role.INTAKE,),
    Action.SUPPLEMENT_RECEIVED: (Role.INTAKE,),
    Action.REFUSE: (Role.INTAKE,),
    Action.ASSIGN: (Role.APPROVER,),
    Action.OPINION: (Role.REVIEWER,),
    Action.SUSPEND: (Role.REVIEWER, Role.APPROVER),
    Action.RESUME: (Role.REVIEWER, Role.APPROVER),
    Action.EXTEND: (Role.APPROVER,),
    Action.APPROVE: (Role.APPROVER,),
    Action.DENY: (Role.APPROVER,),
    Action.DECIDE_ON_SPOT: (Role.APPROVER, Role.INTAKE),
    Action.ISSUE_PERMIT: (Role.SEAL_KEEPER,),
    Action.DELIVER: (Role.INTAKE, Role.SEAL_KEEPER),
    Action.WITHDRAW: (Role.INTAKE,),
    Action.FILE: (Role.FILING,),
    Action.RETURN_FILING: (Role.FILING,),
    Action.COMMIT: (Role.APPROVER, Role.INTAKE),
    Action.VERIFY: (Role.FILING, Role.APPROVER),
    Action.APPLY_CHANGE: (Role.INTAKE,),
    Action.DECIDE_CHANGE: (Role.APPROVER,),
    Action.APPLY_RENEWAL: (Role.INTAKE,),
    Action.DECIDE_RENEWAL: (Role.APPROVER,),
    Action.CANCEL: (Role.APPROVER,),
    Action.REVOKE: (Role.APPROVER,),
}

# Where each action may start from, per mode. Permit-life actions keep the case's status.
_PRE_DECISION = (Status.RECEIVED, Status.SUPPLEMENT_REQUESTED, Status.ACCEPTED, Status.UNDER_REVIEW, Status.SUSPENDED)
_PERMIT_HELD = (Status.PERMIT_ISSUED, Status.DELIVERED)
FROM: dict[Action, tuple[Status, ...]] = {
    Action.ACCEPT: (Status.RECEIVED,),
    Action.REQUEST_SUPPLEMENT: (Status.RECEIVED,),
    Action.SUPPLEMENT_RECEIVED: (Status.SUPPLEMENT_REQUESTED,),
    Action.REFUSE: (Status.RECEIVED, Status.SUPPLEMENT_REQUESTED),
    Action.ASSIGN: (Status.ACCEPTED, Status.UNDER_REVIEW),
    Action.OPINION: (Status.UNDER_REVIEW,),
    Action.SUSPEND: (Status.ACCEPTED, Status.UNDER_REVIEW),
    Action.RESUME: (Status.SUSPENDED,),
    Action.EXTEND: (Status.ACCEPTED, Status.UNDER_REVIEW, Status.SUSPENDED),
    Action.APPROVE: (Status.UNDER_REVIEW,),
    Action.DENY: (Status.UNDER_REVIEW,),
    Action.DECIDE_ON_SPOT: (Status.RECEIVED, Status.ACCEPTED),
    Action.ISSUE_PERMIT: (Status.APPROVED, Status.COMMITTED),
    Action.DELIVER: (Status.PERMIT_ISSUED, Status.DENIED, Status.REFUSED),
    Action.WITHDRAW: _PRE_DECISION,
    Action.FILE: (Status.RECEIVED,),
    Action.RETURN_FILING: (Status.RECEIVED,),
    Action.COMMIT: (Status.RECEIVED,),
    Action.VERIFY: (Status.COMMITTED, Status.PERMIT_ISSUED, Status.DELIVERED),
    Action.APPLY_CHANGE: _PERMIT_HELD,
    Action.DECIDE_CHANGE: _PERMIT_HELD,
    Action.APPLY_RENEWAL: _PERMIT_HELD,
    Action.DECIDE_RENEWAL: _PERMIT_HELD,
    Action.CANCEL: _PERMIT_HELD,
    Action.REVOKE: _PERMIT_HELD,
}
MODES: dict[Action, tuple[Mode, ...]] = {
    Action.FILE: (Mode.FILING,), Action.RETURN_FILING: (Mode.FILING,),
    Action.COMMIT: (Mode.COMMITMENT,),
    Action.ACCEPT: (Mode.LICENCE,), Action.REQUEST_SUPPLEMENT: (Mode.LICENCE,),
    Action.SUPPLEMENT_RECEIVED: (Mode.LICENCE,), Action.REFUSE: (Mode.LICENCE,),
    Action.ASSIGN: (Mode.LICENCE,), Action.OPINION: (Mode.LICENCE,), Action.SUSPEND: (Mode.LICENCE,),
    Action.RESUME: (Mode.LICENCE,), Action.EXTEND: (Mode.LICENCE,), Action.APPROVE: (Mode.LICENCE,),
    Action.DENY: (Mode.LICENCE,), Action.DECIDE_ON_SPOT: (Mode.LICENCE,),
    Action.WITHDRAW: (Mode.LICENCE, Mode.COMMITMENT, Mode.FILING),
}


@dataclass(frozen=True)
class MatterRules:
    """What the procedure needs to know of a matter (from the catalogue version of the case)."""

    mode: Mode
    legal_limit_days: int
    joint: bool = False
    on_the_spot: bool = False
    verification_days: int | None = None
    validity_years: int | None = None
    has_permit: bool = True


@dataclass(frozen=True)
class ProcEvent:
    """One entry of the log as the procedure sees it: what, on which (local) day, with what data."""

    kind: str
    day: dt.date
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseState:
    mode: Mode
    status: Status
    received: dt.date
    window_start: dt.date                  # receipt of the (complete) materials: starts the 5-day window
    accepted: dt.date | None = None
    deemed_accepted: bool = False          # Art. 32: no answer within 5 days → accepted on receipt
    supplement_requested: bool = False     # Art. 32: one notice only
    reviewer: str | None = None
    opinions: int = 0
    pauses: tuple[tuple[dt.date, dt.date], ...] = ()
    open_pause: dt.date | None = None
    pause_from: Status | None = None
    expected_pause_days: int | None = None
    extension_days: int = 0
    decided: dt.date | None = None
    permit_issued: dt.date | None = None
    permit_valid_until: dt.date | None = None
    permit_status: str | None = None       # valid | cancelled | revoked
    permit_version: int = 0
    pending: str | None = None             # change | renewal
    renewal_applied: dt.date | None = None
    verification_due: dt.date | None = None
    verification: str | None = None        # passed | failed
    filing_number: str | None = None
    last_day: dt.date = dt.date.min        # the log's clock never runs backwards


def initial_state(rules: MatterRules, received: dt.date) -> CaseState:
    return CaseState(mode=rules.mode, status=Status.RECEIVED, received=received, window_start=received,
                     last_day=received)


def acceptance_deadline(cal: Calendar, state: CaseState) -> Deadline:
    return add_working_days(cal, state.window_start, ACCEPTANCE_DAYS)


def allowed_actions(rules: MatterRules, state: CaseState) -> list[Action]:
    """Actions whose starting state and mode fit (data and roles are checked on apply)."""
    out = []
    for action, starts in FROM.items():
        if state.status in starts and rules.mode in MODES.get(action, tuple(Mode)):
            if action is Action.REQUEST_SUPPLEMENT and state.supplement_requested:
                continue
            if action is Action.EXTEND and state.extension_days:
                continue
            if action is Action.DECIDE_ON_SPOT and not rules.on_the_spot:
                continue
            if action in (Action.APPLY_CHANGE, Action.APPLY_RENEWAL, Action.CANCEL, Action.REVOKE) \
                    and state.permit_status != "valid":
                continue
            if action in (Action.APPLY_CHANGE, Action.APPLY_RENEWAL) and state.pending:
                continue
            if action is Action.DECIDE_CHANGE and state.pending != "change":
                continue
            if action is Action.DECIDE_RENEWAL and state.pending != "renewal":
                continue
            if action is Action.APPLY_RENEWAL and state.permit_valid_until is None:
                continue
            if action is Action.VERIFY and (state.verification_due is None or state.verification):
                continue
            if action is Action.DELIVER and state.status is Status.PERMIT_ISSUED and not rules.has_permit:
                continue
            out.append(action)
    return out


def _require(data: Mapping[str, Any], key: str, action: Action) -> Any:
    value = data.get(key)
    if value is None or (isinstance(value, (str, list, tuple)) and not value):
        raise DomainError("missing_data", action=action.value, field=key)
    return value


def _date(value: Any, key: str, action: Action) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise DomainError("bad_data", action=action.value, field=key) from exc


def valid_to(issued: dt.date, years: int) -> dt.date:
    """The last day of validity: the day before the anniversary (29 Feb → 28 Feb, never a day short)."""
    return add_years(issued - dt.timedelta(days=1), years)


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def apply(rules: MatterRules, state: CaseState, event: ProcEvent, cal: Calendar | None = None) -> CaseState:
    """The state after `event`, or DomainError naming why the step is not allowed."""
    try:
        action = Action(event.kind)
    except ValueError as exc:
        raise DomainError("unknown_action", action=event.kind) from exc
    if action is Action.RECEIVE:
        raise DomainError("already_received")
    if state.status not in FROM[action] or rules.mode not in MODES.get(action, tuple(Mode)):
        raise DomainError("action_not_allowed", action=action.value, status=state.status.value,
                          mode=rules.mode.value)
    if event.day < state.last_day:
        raise DomainError("event_before_previous", action=action.value)
    return replace(_step(rules, state, action, event, cal or Calendar()), last_day=event.day)


def _step(rules: MatterRules, state: CaseState, action: Action, event: ProcEvent, cal: Calendar) -> CaseState:
    d, day = event.data, event.day

    if action is Action.ACCEPT:
        window = acceptance_deadline(cal, state)
        # Art. 32: answered after the 5-day window, the application counts as accepted on receipt.
        if day > window.day:
            return replace(state, status=Status.ACCEPTED, accepted=state.window_start, deemed_accepted=True)
        return replace(state, status=Status.ACCEPTED, accepted=day)
    if action is Action.REQUEST_SUPPLEMENT:
        if state.supplement_requested:
            raise DomainError("supplement_only_once")
        if day > acceptance_deadline(cal, state).day:
            raise DomainError("supplement_window_passed", deadline=acceptance_deadline(cal, state).day.isoformat())
        _require(d, "missing", action)
        return replace(state, status=Status.SUPPLEMENT_REQUESTED, supplement_requested=True)
    if action is Action.SUPPLEMENT_RECEIVED:
        return replace(state, status=Status.RECEIVED, window_start=day)
    if action is Action.REFUSE:
        # Art. 32: after the 5-day window the application is deemed accepted; only a decision remains.
        if state.status is Status.RECEIVED and day > acceptance_deadline(cal, state).day:
            raise DomainError("refusal_window_passed", deadline=acceptance_deadline(cal, state).day.isoformat())
        _require(d, "reason", action)
        return replace(state, status=Status.REFUSED, decided=day)
    if action is Action.ASSIGN:
        _require(d, "reviewer", action)
        return replace(state, status=Status.UNDER_REVIEW, reviewer=str(d["reviewer"]))
    if action is Action.OPINION:
        _require(d, "department", action)
        _require(d, "opinion", action)
        return replace(state, opinions=state.opinions + 1)
    if action is Action.SUSPEND:
        procedure = _require(d, "procedure", action)
        if procedure not in ART45_PROCEDURES:
            raise DomainError("bad_data", action=action.value, field="procedure")
        expected = _require(d, "expected_days", action)
        if not isinstance(expected, int) or isinstance(expected, bool) or expected < 1:
            raise DomainError("bad_data", action=action.value, field="expected_days")
        return replace(state, status=Status.SUSPENDED, open_pause=day, pause_from=state.status,
                       expected_pause_days=expected)
    if action is Action.RESUME:
        assert state.open_pause is not None
        return replace(state, status=state.pause_from or Status.UNDER_REVIEW, open_pause=None, pause_from=None,
                       expected_pause_days=None, pauses=state.pauses + ((state.open_pause, day),))
    if action is Action.EXTEND:
        if state.extension_days:
            raise DomainError("extension_only_once")
        limit = decision_deadline(rules, state, cal, day)
        if day > limit.day:  # Art. 42: the extension is decided within the time limit, not after it ran out
            raise DomainError("extension_too_late", deadline=limit.day.isoformat())
        _require(d, "reason", action)
        _require(d, "signed_off_by", action)
        return replace(state, extension_days=JOINT_EXTENSION_DAYS if rules.joint else EXTENSION_DAYS)
    if action is Action.APPROVE:
        return replace(state, status=Status.APPROVED, decided=day)
    if action is Action.DENY:
        _require(d, "reason", action)
        return replace(state, status=Status.DENIED, decided=day)
    if action is Action.DECIDE_ON_SPOT:
        if not rules.on_the_spot:
            raise DomainError("on_the_spot_not_allowed")
        if not d.get("materials_complete"):
            raise DomainError("materials_incomplete")
        window = acceptance_deadline(cal, state)
        accepted = state.accepted or (state.window_start if day > window.day else day)
        return replace(state, status=Status.APPROVED, accepted=accepted,
                       deemed_accepted=state.deemed_accepted or (state.accepted is None and day > window.day),
                       decided=day)
    if action is Action.ISSUE_PERMIT:
        if not rules.has_permit:
            raise DomainError("matter_has_no_permit")
        _require(d, "permit_number", action)
        valid_until = _date(d["valid_until"], "valid_until", action) if d.get("valid_until") else (
            valid_to(day, rules.validity_years) if rules.validity_years else None)
        return replace(state, status=Status.PERMIT_ISSUED, permit_issued=day, permit_valid_until=valid_until,
                       permit_status="valid", permit_version=1)
    if action is Action.DELIVER:
        _require(d, "method", action)
        if state.status in (Status.DENIED, Status.REFUSED):
            return state  # service of a refusal or denial decision: the case stays closed
        return replace(state, status=Status.DELIVERED)
    if action is Action.WITHDRAW:
        return replace(state, status=Status.WITHDRAWN, open_pause=None,
                       pauses=state.pauses + (((state.open_pause, day),) if state.open_pause else ()))
    if action is Action.FILE:
        if not d.get("materials_complete"):
            raise DomainError("materials_incomplete")
        number = _require(d, "filing_number", action)
        return replace(state, status=Status.FILED, decided=day, filing_number=str(number))
    if action is Action.RETURN_FILING:
        _require(d, "missing", action)
        return replace(state, status=Status.FILING_RETURNED, decided=day)
    if action is Action.COMMIT:
        if not d.get("pledge_signed"):
            raise DomainError("pledge_not_signed")
        if not d.get("materials_complete"):
            raise DomainError("materials_incomplete")
        due = day + dt.timedelta(days=rules.verification_days or 0) if rules.verification_days else None
        return replace(state, status=Status.COMMITTED, accepted=day, decided=day, verification_due=due)
    if action is Action.VERIFY:
        result = _require(d, "result", action)
        if result not in ("passed", "failed"):
            raise DomainError("bad_data", action=action.value, field="result")
        return replace(state, verification=result)
    return _permit_life(rules, state, action, d, day)


def _permit_life(rules: MatterRules, state: CaseState, action: Action, d: Mapping[str, Any],
                 day: dt.date) -> CaseState:
    if state.permit_status != "valid" and action in (Action.APPLY_CHANGE, Action.APPLY_RENEWAL,
                                                     Action.CANCEL, Action.REVOKE):
        raise DomainError("permit_not_valid", status=state.permit_status or "none")
    if action is Action.APPLY_CHANGE:
        if state.pending:
            raise DomainError("permit_procedure_pending", pending=state.pending)
        _require(d, "items", action)
        return replace(state, pending="change")
    if action is Action.DECIDE_CHANGE:
        if state.pending != "change":
            raise DomainError("nothing_pending", expected="change")
        granted = bool(d.get("granted"))
        if not granted:
            _require(d, "reason", action)
        return replace(state, pending=None, permit_version=state.permit_version + (1 if granted else 0))
    if action is Action.APPLY_RENEWAL:
        if state.pending:
            raise DomainError("permit_procedure_pending", pending=state.pending)
        if state.permit_valid_until is None:
            raise DomainError("permit_has_no_expiry")
        latest = state.permit_valid_until - dt.timedelta(days=RENEWAL_NOTICE_DAYS)
        if day > latest:
            raise DomainError("renewal_too_late", latest=latest.isoformat(),
                              expiry=state.permit_valid_until.isoformat())
        return replace(state, pending="renewal", renewal_applied=day)
    if action is Action.DECIDE_RENEWAL:
        if state.pending != "renewal":
            raise DomainError("nothing_pending", expected="renewal")
        assert state.permit_valid_until is not None
        if day > state.permit_valid_until and not d.get("granted"):
            # Art. 50: not decided before expiry → the renewal is deemed granted; it can only be recorded as such.
            raise DomainError("renewal_deemed_granted", expiry=state.permit_valid_until.isoformat())
        if d.get("granted"):
            return replace(state, pending=None, renewal_applied=None,
                           permit_valid_until=renewed_until(rules, state.permit_valid_until, d))
        _require(d, "reason", action)
        return replace(state, pending=None, renewal_applied=None)
    if action is Action.CANCEL:
        ground = _require(d, "ground", action)
        if ground not in ART70_GROUNDS:
            raise DomainError("bad_data", action=action.value, field="ground")
        return replace(state, permit_status="cancelled", pending=None)
    if action is Action.REVOKE:
        ground = _require(d, "ground", action)
        if ground not in ART69_GROUNDS:
            raise DomainError("bad_data", action=action.value, field="ground")
        _require(d, "reason", action)
        return replace(state, permit_status="revoked", pending=None)
    raise DomainError("unknown_action", action=action.value)  # pragma: no cover


def renewed_until(rules: MatterRules, old_expiry: dt.date, data: Mapping[str, Any] | None = None) -> dt.date:
    if data and data.get("valid_until"):
        return _date(data["valid_until"], "valid_until", Action.DECIDE_RENEWAL)
    return add_years(old_expiry, rules.validity_years or 1)


def replay(rules: MatterRules, events: Iterable[ProcEvent], cal: Calendar | None = None) -> CaseState:
    """Fold the event log from the receipt onwards; the result is the case's state."""
    it = iter(events)
    first = next(it, None)
    if first is None or first.kind != Action.RECEIVE.value:
        raise DomainError("log_must_start_with_receipt")
    state = initial_state(rules, first.day)
    for event in it:
        state = apply(rules, state, event, cal)
    return state


# --- the clock ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Due:
    """The deadline a case is running against now."""

    kind: str            # acceptance | decision | permit | verification | renewal
    day: dt.date
    provisional: bool
    warn_within: int     # warn when this many working days or fewer are left
    notes: tuple[str, ...] = ()   # deemed_accepted | suspended | extended | renewal_deemed_granted


def decision_deadline(rules: MatterRules, state: CaseState, cal: Calendar, today: dt.date) -> Deadline:
    """Art. 42 limit (plus any extension) from acceptance, without the Art. 45 pauses.

    An open suspension counts as ending today, so the date moves on while the clock is stopped.
    """
    start = state.accepted or state.window_start
    pauses = list(state.pauses)
    if state.open_pause is not None:
        pauses.append((state.open_pause, max(today, state.open_pause)))
    return add_working_days(cal, start, rules.legal_limit_days + state.extension_days, pauses)


def current_due(rules: MatterRules, state: CaseState, cal: Calendar, today: dt.date) -> Due | None:
    st = state.status
    if st is Status.RECEIVED:
        window = acceptance_deadline(cal, state)
        if today <= window.day:
            return Due("acceptance", window.day, window.provisional, warn_within=1)
        # Art. 32: the window passed unanswered, so the application counts as accepted on receipt.
        deemed = replace(state, accepted=state.window_start, deemed_accepted=True)
        dl = decision_deadline(rules, deemed, cal, today)
        return Due("decision", dl.day, dl.provisional, 3, ("deemed_accepted",))
    if st in (Status.ACCEPTED, Status.UNDER_REVIEW, Status.SUSPENDED):
        dl = decision_deadline(rules, state, cal, today)
        notes = tuple(n for n, on in (("deemed_accepted", state.deemed_accepted),
                                      ("suspended", st is Status.SUSPENDED),
                                      ("extended", bool(state.extension_days))) if on)
        return Due("decision", dl.day, dl.provisional, 3, notes)
    if st in _PERMIT_HELD and state.pending == "renewal" and state.permit_valid_until:
        notes = ("renewal_deemed_granted",) if today > state.permit_valid_until else ()
        return Due("renewal", state.permit_valid_until, not cal.is_covered(state.permit_valid_until), 3, notes)
    if st in (Status.APPROVED, Status.PERMIT_ISSUED) and state.decided is not None:
        # Art. 44: issue and deliver the permit within 10 working days of the decision.
        dl = add_working_days(cal, state.decided, PERMIT_DAYS)
        return Due("permit", dl.day, dl.provisional, 3)
    if st is Status.COMMITTED and state.verification_due and not state.verification:
        return Due("verification", state.verification_due, False, 3)
    return None


def due_state(cal: Calendar, due: Due | None, today: dt.date) -> str:
    """'overdue', 'near', 'ok', or '' when no clock runs against the bureau."""
    if due is None:
        return ""
    if due.day < today:
        return "overdue"
    left, _ = working_days_between(cal, today, due.day)
    return "near" if left <= due.warn_within else "ok"


def renewal_deemed_granted(state: CaseState, today: dt.date) -> bool:
    """Art. 50: a renewal applied for in time and not decided before expiry counts as granted."""
    return state.pending == "renewal" and state.permit_valid_until is not None and today > state.permit_valid_until


def effective_permit_status(state: CaseState, today: dt.date) -> str | None:
    """valid | changed-version aware status for the registry: valid, renewed (deemed), expired, cancelled, revoked."""
    if state.permit_status is None:
        return None
    if state.permit_status != "valid":
        return state.permit_status
    if renewal_deemed_granted(state, today):
        return "renewed"
    if state.permit_valid_until is not None and today > state.permit_valid_until:
        return "expired"
    return "valid"


def working_days_taken(cal: Calendar, state: CaseState) -> int | None:
    """Working days from receipt to decision, without Art. 45 pauses (for statistics)."""
    if state.decided is None:
        return None
    total, _ = working_days_between(cal, state.received, state.decided)
    paused = sum(working_days_between(cal, s, e)[0] for s, e in state.pauses)
    return max(0, total - paused)
