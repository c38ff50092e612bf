"""The licensing procedure: legal steps, refused steps, deadlines from the log, replay."""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from approval_app.domain.case_status import CLOSED, Status
from approval_app.domain.catalogue import Mode
from approval_app.domain.errors import DomainError
from approval_app.domain.procedure import (ART45_PROCEDURES, Action, MatterRules, ProcEvent, allowed_actions,
                                           apply, current_due, due_state, effective_permit_status, initial_state,
                                           replay, working_days_taken)
from approval_app.domain.workcalendar import Calendar

D = dt.date
CAL = Calendar()
LICENCE = MatterRules(Mode.LICENCE, legal_limit_days=20, validity_years=5, on_the_spot=True)
JOINT = MatterRules(Mode.LICENCE, legal_limit_days=45, joint=True)
FILING = MatterRules(Mode.FILING, legal_limit_days=1, has_permit=False)
COMMIT = MatterRules(Mode.COMMITMENT, legal_limit_days=20, verification_days=60, validity_years=3)

DATA = {
    Action.REQUEST_SUPPLEMENT: {"missing": ["layout"]},
    Action.REFUSE: {"reason": "不属于本机关职权", "competent_office": "省市场监管局"},
    Action.ASSIGN: {"reviewer": "lina"},
    Action.OPINION: {"department": "消防", "opinion": "同意"},
    Action.SUSPEND: {"procedure": "inspection", "expected_days": 10},
    Action.EXTEND: {"reason": "情况复杂", "signed_off_by": "局长"},
    Action.DENY: {"reason": "不符合条件"},
    Action.DECIDE_ON_SPOT: {"materials_complete": True},
    Action.ISSUE_PERMIT: {"permit_number": "P-1"},
    Action.DELIVER: {"method": "直接送达"},
    Action.WITHDRAW: {"reason": "申请人撤回"},
    Action.FILE: {"materials_complete": True, "filing_number": "BA1"},
    Action.RETURN_FILING: {"missing": ["x"]},
    Action.COMMIT: {"pledge_signed": True, "materials_complete": True},
    Action.VERIFY: {"result": "passed"},
    Action.APPLY_CHANGE: {"items": "法定代表人变更"},
    Action.DECIDE_CHANGE: {"granted": True},
    Action.APPLY_RENEWAL: {},
    Action.DECIDE_RENEWAL: {"granted": True},
    Action.CANCEL: {"ground": "entity_terminated"},
    Action.REVOKE: {"ground": "fraud", "reason": "以欺骗手段取得"},
}


def ev(action, day, **data):
    return ProcEvent(action.value, day, {**DATA.get(action, {}), **data})


def run(rules, *steps, start=D(2026, 3, 2)):
    return replay(rules, [ProcEvent("received", start)] + list(steps), CAL)


def test_full_licence_path_and_its_deadlines():
    s = run(LICENCE)
    due = current_due(LICENCE, s, CAL, D(2026, 3, 2))
    assert (due.kind, due.day, due.warn_within) == ("acceptance", D(2026, 3, 9), 1)
    s = run(LICENCE, ev(Action.ACCEPT, D(2026, 3, 4)))
    assert s.accepted == D(2026, 3, 4)
    assert current_due(LICENCE, s, CAL, D(2026, 3, 4)).day == D(2026, 4, 1)
    s = run(LICENCE, ev(Action.ACCEPT, D(2026, 3, 4)), ev(Action.ASSIGN, D(2026, 3, 4)),
            ev(Action.OPINION, D(2026, 3, 5)), ev(Action.APPROVE, D(2026, 3, 20)))
    assert s.status is Status.APPROVED
    assert current_due(LICENCE, s, CAL, D(2026, 3, 20)) .day == D(2026, 4, 3)  # Art. 44: 10 working days
    s = run(LICENCE, ev(Action.ACCEPT, D(2026, 3, 4)), ev(Action.ASSIGN, D(2026, 3, 4)),
            ev(Action.APPROVE, D(2026, 3, 20)), ev(Action.ISSUE_PERMIT, D(2026, 3, 23)),
            ev(Action.DELIVER, D(2026, 3, 24)))
    assert s.status is Status.DELIVERED and s.permit_valid_until == D(2031, 3, 22)
    assert current_due(LICENCE, s, CAL, D(2026, 3, 24)) is None
    assert working_days_taken(CAL, s) == 14


def test_day_four_of_the_acceptance_window_warns():
    s = run(LICENCE)  # received Mon 2 Mar, window ends Mon 9 Mar
    due = current_due(LICENCE, s, CAL, D(2026, 3, 5))  # day 3: two working days left
    assert due_state(CAL, due, D(2026, 3, 5)) == "ok"
    assert due_state(CAL, due, D(2026, 3, 6)) == "near"  # day 4
    assert due_state(CAL, due, D(2026, 3, 9)) == "near"


def test_silence_for_five_days_counts_as_acceptance_on_receipt():
    s = run(LICENCE)
    due = current_due(LICENCE, s, CAL, D(2026, 3, 10))
    assert due.kind == "decision" and "deemed_accepted" in due.notes
    assert due.day == D(2026, 3, 30)  # 20 working days from receipt, not from a later acceptance
    late = run(LICENCE, ev(Action.ACCEPT, D(2026, 3, 12)))
    assert late.accepted == D(2026, 3, 2) and late.deemed_accepted
    with pytest.raises(DomainError) as err:
        run(LICENCE, ev(Action.REQUEST_SUPPLEMENT, D(2026, 3, 10)))
    assert err.value.code == "supplement_window_passed"


def test_one_supplement_notice_then_the_window_restarts_on_new_materials():
    s = run(LICENCE, ev(Action.REQUEST_SUPPLEMENT, D(2026, 3, 3)))
    assert s.status is Status.SUPPLEMENT_REQUESTED
    assert current_due(LICENCE, s, CAL, D(2026, 3, 30)) is None  # the applicant's turn
    s = run(LICENCE, ev(Action.REQUEST_SUPPLEMENT, D(2026, 3, 3)), ev(Action.SUPPLEMENT_RECEIVED, D(2026, 3, 16)))
    assert s.status is Status.RECEIVED and current_due(LICENCE, s, CAL, D(2026, 3, 16)).day == D(2026, 3, 23)
    assert Action.REQUEST_SUPPLEMENT not in allowed_actions(LICENCE, s)
    with pytest.raises(DomainError) as err:
        apply(LICENCE, s, ev(Action.REQUEST_SUPPLEMENT, D(2026, 3, 17)), CAL)
    assert err.value.code == "supplement_only_once"


def test_suspension_moves_the_deadline_and_resume_fixes_it():
    base = [ev(Action.ACCEPT, D(2026, 3, 2)), ev(Action.ASSIGN, D(2026, 3, 2))]
    s = run(LICENCE, *base, ev(Action.SUSPEND, D(2026, 3, 10)))
    assert s.status is Status.SUSPENDED and s.expected_pause_days == 10
    assert current_due(LICENCE, s, CAL, D(2026, 3, 10)).day == D(2026, 3, 30)
    assert current_due(LICENCE, s, CAL, D(2026, 3, 12)).day == D(2026, 4, 1)
    s = run(LICENCE, *base, ev(Action.SUSPEND, D(2026, 3, 10)), ev(Action.RESUME, D(2026, 3, 12)))
    assert s.status is Status.UNDER_REVIEW and s.pauses == ((D(2026, 3, 10), D(2026, 3, 12)),)
    assert current_due(LICENCE, s, CAL, D(2026, 6, 1)).day == D(2026, 4, 1)
    with pytest.raises(DomainError) as err:
        run(LICENCE, *base, ev(Action.SUSPEND, D(2026, 3, 10), procedure="coffee break"))
    assert err.value.code == "bad_data"


def test_extension_once_ten_days_or_fifteen_when_joint():
    base = [ev(Action.ACCEPT, D(2026, 3, 2)), ev(Action.ASSIGN, D(2026, 3, 2))]
    s = run(LICENCE, *base, ev(Action.EXTEND, D(2026, 3, 20)))
    assert s.extension_days == 10 and current_due(LICENCE, s, CAL, D(2026, 3, 20)).day == D(2026, 4, 14)
    with pytest.raises(DomainError) as err:
        apply(LICENCE, s, ev(Action.EXTEND, D(2026, 3, 21)), CAL)
    assert err.value.code == "extension_only_once"
    assert run(JOINT, *base, ev(Action.EXTEND, D(2026, 3, 20))).extension_days == 15
    with pytest.raises(DomainError) as err:
        run(LICENCE, *base, ev(Action.EXTEND, D(2026, 3, 20), signed_off_by=""))
    assert (err.value.code, err.value.params["field"]) == ("missing_data", "signed_off_by")


def test_refusal_denial_and_withdrawal():
    assert run(LICENCE, ev(Action.REFUSE, D(2026, 3, 3))).status is Status.REFUSED
    with pytest.raises(DomainError):
        run(LICENCE, ev(Action.REFUSE, D(2026, 3, 3), reason=""))
    denied = run(LICENCE, ev(Action.ACCEPT, D(2026, 3, 2)), ev(Action.ASSIGN, D(2026, 3, 2)),
                 ev(Action.DENY, D(2026, 3, 5)))
    assert denied.status is Status.DENIED and denied.status in CLOSED
    withdrawn = run(LICENCE, ev(Action.ACCEPT, D(2026, 3, 2)), ev(Action.WITHDRAW, D(2026, 3, 5)))
    assert withdrawn.status is Status.WITHDRAWN
    with pytest.raises(DomainError) as err:
        apply(LICENCE, denied, ev(Action.WITHDRAW, D(2026, 3, 6)), CAL)
    assert err.value.code == "action_not_allowed"


def test_on_the_spot_decision_only_where_allowed_and_complete():
    s = run(LICENCE, ev(Action.DECIDE_ON_SPOT, D(2026, 3, 2)))
    assert s.status is Status.APPROVED and s.accepted == s.decided == D(2026, 3, 2)
    with pytest.raises(DomainError) as err:
        run(LICENCE, ev(Action.DECIDE_ON_SPOT, D(2026, 3, 2), materials_complete=False))
    assert err.value.code == "materials_incomplete"
    with pytest.raises(DomainError):
        run(JOINT, ev(Action.DECIDE_ON_SPOT, D(2026, 3, 2)))


def test_filing_and_commitment_modes():
    filed = run(FILING, ev(Action.FILE, D(2026, 3, 2)))
    assert filed.status is Status.FILED and filed.filing_number == "BA1"
    assert run(FILING, ev(Action.RETURN_FILING, D(2026, 3, 2))).status is Status.FILING_RETURNED
    with pytest.raises(DomainError):
        run(FILING, ev(Action.ACCEPT, D(2026, 3, 2)))
    committed = run(COMMIT, ev(Action.COMMIT, D(2026, 3, 2)))
    assert committed.status is Status.COMMITTED and committed.verification_due == D(2026, 5, 1)
    assert current_due(COMMIT, committed, CAL, D(2026, 3, 2)).kind == "verification"
    with pytest.raises(DomainError) as err:
        run(COMMIT, ev(Action.COMMIT, D(2026, 3, 2), pledge_signed=False))
    assert err.value.code == "pledge_not_signed"


def _issued(*more):
    return run(LICENCE, ev(Action.ACCEPT, D(2026, 3, 2)), ev(Action.ASSIGN, D(2026, 3, 2)),
               ev(Action.APPROVE, D(2026, 3, 5)), ev(Action.ISSUE_PERMIT, D(2026, 3, 6)),
               ev(Action.DELIVER, D(2026, 3, 9)), *more)


def test_permit_life_change_renewal_cancel_revoke():
    assert _issued().permit_valid_until == D(2031, 3, 5)
    changed = _issued(ev(Action.APPLY_CHANGE, D(2027, 1, 4)), ev(Action.DECIDE_CHANGE, D(2027, 1, 8)))
    assert changed.permit_version == 2 and changed.pending is None
    with pytest.raises(DomainError) as err:
        _issued(ev(Action.APPLY_RENEWAL, D(2031, 2, 10)))
    assert err.value.code == "renewal_too_late"
    pending = _issued(ev(Action.APPLY_RENEWAL, D(2031, 1, 10)))
    due = current_due(LICENCE, pending, CAL, D(2031, 1, 10))
    assert (due.kind, due.day) == ("renewal", D(2031, 3, 5))
    renewed = _issued(ev(Action.APPLY_RENEWAL, D(2031, 1, 10)), ev(Action.DECIDE_RENEWAL, D(2031, 2, 1)))
    assert renewed.permit_valid_until == D(2036, 3, 5)
    # not decided before expiry: deemed granted, and the system says so
    assert effective_permit_status(pending, D(2031, 3, 6)) == "renewed"
    assert "renewal_deemed_granted" in current_due(LICENCE, pending, CAL, D(2031, 3, 6)).notes
    with pytest.raises(DomainError) as err:  # after expiry a refusal is no longer possible
        apply(LICENCE, pending, ev(Action.DECIDE_RENEWAL, D(2031, 3, 10), granted=False, reason="x"), CAL)
    assert err.value.code == "renewal_deemed_granted"
    recorded = apply(LICENCE, pending, ev(Action.DECIDE_RENEWAL, D(2031, 3, 10)), CAL)  # recorded as granted
    assert recorded.pending is None and recorded.permit_valid_until == D(2036, 3, 5)
    assert effective_permit_status(recorded, D(2031, 3, 10)) == "valid"
    assert effective_permit_status(_issued(), D(2031, 3, 6)) == "expired"
    assert _issued(ev(Action.CANCEL, D(2027, 1, 4))).permit_status == "cancelled"
    assert _issued(ev(Action.REVOKE, D(2027, 1, 4))).permit_status == "revoked"
    with pytest.raises(DomainError):
        _issued(ev(Action.CANCEL, D(2027, 1, 4), ground="boredom"))
    with pytest.raises(DomainError) as err:
        _issued(ev(Action.REVOKE, D(2027, 1, 4)), ev(Action.APPLY_CHANGE, D(2027, 2, 1)))
    assert err.value.code == "permit_not_valid"


def test_the_log_never_runs_backwards():
    with pytest.raises(DomainError) as err:
        run(LICENCE, ev(Action.ACCEPT, D(2026, 3, 4)), ev(Action.ASSIGN, D(2026, 3, 3)))
    assert err.value.code == "event_before_previous"


# --- properties ------------------------------------------------------------------------------

RULES = st.sampled_from([LICENCE, JOINT, FILING, COMMIT])


@st.composite
def walks(draw):
    """A random sequence of allowed actions with plausible data, a few days apart."""
    rules = draw(RULES)
    start = draw(st.dates(min_value=D(2025, 1, 1), max_value=D(2026, 12, 31)))
    state = initial_state(rules, start)
    events = [ProcEvent("received", start)]
    day = start
    for _ in range(draw(st.integers(0, 12))):
        options = allowed_actions(rules, state)
        if not options:
            break
        rest = [a for a in options if a not in (Action.WITHDRAW, Action.REFUSE, Action.RETURN_FILING)]
        action = draw(st.sampled_from(rest if rest and draw(st.integers(0, 9)) else options))
        day = day + dt.timedelta(days=draw(st.integers(0, 6)))
        data = dict(DATA.get(action, {}))
        if action is Action.SUSPEND:
            data["procedure"] = draw(st.sampled_from(ART45_PROCEDURES))
        if action is Action.APPLY_RENEWAL and state.permit_valid_until:
            day = max(day, state.permit_valid_until - dt.timedelta(days=60))
        event = ProcEvent(action.value, day, data)
        try:
            state = apply(rules, state, event, CAL)
        except DomainError:
            continue  # e.g. a supplement notice after the window: refused, the log stays as it was
        events.append(event)
    return rules, events, state


@settings(max_examples=250, deadline=None)
@given(walks())
def test_replaying_the_log_reproduces_the_state(walk):
    rules, events, state = walk
    assert replay(rules, events, CAL) == state


@settings(max_examples=250, deadline=None)
@given(walks())
def test_no_sequence_of_allowed_actions_reaches_an_illegal_state(walk):
    rules, events, state = walk
    assert isinstance(state.status, Status)
    if rules.mode is Mode.FILING:
        assert state.status in (Status.RECEIVED, Status.FILED, Status.FILING_RETURNED, Status.WITHDRAWN)
    if state.status in (Status.APPROVED, Status.PERMIT_ISSUED, Status.DELIVERED, Status.DENIED):
        assert state.decided is not None and state.accepted is not None
    if state.status is Status.PERMIT_ISSUED:
        assert state.permit_status is not None
    if state.status is Status.SUSPENDED:
        assert state.open_pause is not None
    else:
        assert state.open_pause is None
    assert state.extension_days in (0, 10, 15)
    kinds = [e.kind for e in events]
    assert kinds.count("supplement_requested") <= 1 and kinds.count("extended") <= 1
    if state.accepted is not None:
        assert state.accepted >= state.received
    due = current_due(rules, state, CAL, events[-1].day)
    if due is not None and due.kind in ("acceptance", "decision", "permit"):
        assert CAL.is_workday(due.day)
    if state.status in CLOSED - {Status.DENIED, Status.REFUSED, Status.DELIVERED}:
        assert allowed_actions(rules, state) == []  # withdrawn and filing outcomes are final


def test_time_limits_bind_refusal_and_extension():
    with pytest.raises(DomainError) as err:  # received Mon 2 Mar, window ended Mon 9 Mar
        run(LICENCE, ev(Action.REFUSE, D(2026, 3, 12)))
    assert err.value.code == "refusal_window_passed"
    assert run(LICENCE, ev(Action.REFUSE, D(2026, 3, 9))).status is Status.REFUSED
    base = [ev(Action.ACCEPT, D(2026, 3, 2)), ev(Action.ASSIGN, D(2026, 3, 2))]
    with pytest.raises(DomainError) as err:  # due 30 Mar: an extension on 20 May is too late
        run(LICENCE, *base, ev(Action.EXTEND, D(2026, 5, 20)))
    assert err.value.code == "extension_too_late"
    late = run(LICENCE, ev(Action.DECIDE_ON_SPOT, D(2026, 3, 12)))
    assert late.accepted == D(2026, 3, 2) and late.deemed_accepted


def test_validity_counts_whole_years_from_a_leap_day():
    from approval_app.domain.procedure import valid_to

    assert valid_to(D(2028, 2, 29), 5) == D(2033, 2, 28)
    assert valid_to(D(2026, 3, 11), 5) == D(2031, 3, 10)
    assert valid_to(D(2028, 3, 1), 1) == D(2029, 2, 28)
