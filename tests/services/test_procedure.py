"""Officer actions on real databases: every path, roles, conflicts, outbox, replay."""
import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from approval_app.domain import procedure as proc
from approval_app.domain.errors import DomainError, PermissionDenied
from approval_app.domain.roles import Role
from approval_app.services import procedure as p
from approval_app.storage import models as m
from approval_app.storage.errors import ConflictError
from tests_support import at

D = dt.date
I, R, A, K, F = Role.INTAKE, Role.REVIEWER, Role.APPROVER, Role.SEAL_KEEPER, Role.FILING


def _case(db, case_id):
    with db.read() as s:
        case = s.get(m.Case, case_id)
        events = [(e.kind, e.before_status, e.after_status, e.actor_name) for e in
                  s.scalars(select(m.CaseEvent).where(m.CaseEvent.case_id == case_id).order_by(m.CaseEvent.seq))]
        outbox = [(o.topic, o.payload) for o in s.scalars(select(m.OutboxMessage).where(
            m.OutboxMessage.aggregate_id == case_id).order_by(m.OutboxMessage.id))]
        _, _, state = p.case_state(s, case)
        snapshot = SimpleNamespace(status=case.status, assignee_id=case.assignee_id, due_date=case.due_date,
                                   version=case.version)
        return snapshot, events, outbox, state


def test_accept_approve_issue_deliver(bureau):
    db, cid = bureau.db, bureau.receive()
    steps = [
        lambda s: p.accept(s, bureau[I], cid, at=at(D(2026, 3, 3))),
        lambda s: p.assign(s, bureau[A], cid, "lina", at=at(D(2026, 3, 3), 3)),
        lambda s: p.record_opinion(s, bureau[R], cid, "市消防救援支队", "同意", at=at(D(2026, 3, 4))),
        lambda s: p.approve(s, bureau[A], cid, "符合法定条件", at=at(D(2026, 3, 10))),
        lambda s: p.issue_permit(s, bureau[K], cid, at=at(D(2026, 3, 11))),
        lambda s: p.deliver(s, bureau[I], cid, "直接送达", "王芳", at=at(D(2026, 3, 12))),
    ]
    results = []
    for step in steps:
        with db.transaction() as s:
            results.append(step(s))
    assert results[0].due.day == D(2026, 3, 17) and results[0].due.kind == "decision"
    assert results[3].due.kind == "permit" and results[3].due.day == D(2026, 3, 24)
    case, events, outbox, state = _case(db, cid)
    assert case.status == "delivered" and state.status.value == case.status
    assert [e[0] for e in events] == ["received", "accepted", "assigned", "opinion", "approved", "permit_issued",
                                      "delivered"]
    assert events[1][1:3] == ("received", "accepted") and events[1][3] == "张伟"
    assert case.assignee_id == bureau[R].user_id and case.due_date is None
    (record,) = [o for o in outbox if o[0] == "supervision.record"]
    assert record[1]["record_type"] == "licence_granted"
    assert record[1]["reference_number"] == "SCJG-001-2026-00001"
    assert record[1]["valid_until"] == "2031-03-10" and record[1]["regulator"] == "scjg"


def test_supplement_then_accept(bureau):
    db, cid = bureau.db, bureau.receive(missing=("layout",))
    with db.transaction() as s:
        with pytest.raises(DomainError) as err:
            p.accept(s, bureau[I], cid, at=at(D(2026, 3, 3)))
        assert err.value.code == "materials_incomplete" and err.value.params["missing"] == ["layout"]
    with db.transaction() as s:
        with pytest.raises(DomainError) as err:  # the one notice must list every missing item
            p.request_supplement(s, bureau[I], cid, ["safety_rules"], at=at(D(2026, 3, 3)))
        assert err.value.code == "supplement_incomplete_list"
    with db.transaction() as s:
        p.request_supplement(s, bureau[I], cid, ["layout", "safety_rules"], at=at(D(2026, 3, 3)))
    with db.transaction() as s:
        r = p.supplement_received(s, bureau[I], cid, at=at(D(2026, 3, 16)))
    assert r.status == "received" and r.due.kind == "acceptance" and r.due.day == D(2026, 3, 23)
    with db.transaction() as s:
        p.accept(s, bureau[I], cid, at=at(D(2026, 3, 17)))
    case, events, _, _ = _case(db, cid)
    assert case.status == "accepted"
    assert [e[0] for e in events][-3:] == ["supplement_requested", "supplement_received", "accepted"]


def test_refuse_deny_withdraw(bureau):
    db = bureau.db
    a, b, c = bureau.receive(), bureau.receive(), bureau.receive()
    with db.transaction() as s:
        p.refuse(s, bureau[I], a, "不属于本机关职权", "省级主管部门", at=at(D(2026, 3, 3)))
        p.accept(s, bureau[I], b, at=at(D(2026, 3, 3)))
        p.assign(s, bureau[A], b, "lina", at=at(D(2026, 3, 3)))
        p.deny(s, bureau[A], b, "场所不符合要求", at=at(D(2026, 3, 6)))
        p.accept(s, bureau[I], c, at=at(D(2026, 3, 3)))
        p.withdraw(s, bureau[I], c, at=at(D(2026, 3, 4)))
    assert [_case(db, x)[0].status for x in (a, b, c)] == ["refused", "denied", "withdrawn"]
    events = _case(db, b)[1]
    with db.read() as s:
        deny_data = s.scalar(select(m.CaseEvent.data).where(m.CaseEvent.case_id == b, m.CaseEvent.kind == "denied"))
    assert deny_data["reconsideration_days"] == 60 and deny_data["litigation_months"] == 6
    assert events[-1][0] == "denied"


def test_suspend_resume_extend_and_due_dates(bureau):
    db, cid = bureau.db, bureau.receive()
    with db.transaction() as s:
        p.accept(s, bureau[I], cid, at=at(D(2026, 3, 2), 5))
        p.assign(s, bureau[A], cid, "lina", at=at(D(2026, 3, 2), 6))
        r = p.suspend(s, bureau[R], cid, "inspection", 10, "现场核查", "《食品经营许可和备案管理办法》第二十条",
                      at=at(D(2026, 3, 10)))
    assert r.status == "suspended"
    with db.transaction() as s:
        r = p.resume(s, bureau[R], cid, at=at(D(2026, 3, 12)))
    assert r.due.day == D(2026, 3, 18)  # 10 working days, 11 and 12 March not counted
    with db.transaction() as s:
        with pytest.raises(PermissionDenied):
            p.extend(s, bureau[R], cid, "复杂", "局长", at=at(D(2026, 3, 13)))
    with db.transaction() as s:
        r = p.extend(s, bureau[A], cid, "复杂", "局长 赵建国", at=at(D(2026, 3, 13)))
    assert r.due.day == D(2026, 4, 1) and "extended" in r.due.notes
    with db.read() as s:
        basis, data = s.execute(select(m.CaseEvent.legal_basis, m.CaseEvent.data).where(
            m.CaseEvent.case_id == cid, m.CaseEvent.kind == "suspended")).one()
    assert "第四十五条" in basis and "第二十条" in basis and data["expected_days"] == 10


def test_roles_are_checked_inside_the_service(bureau):
    db, cid = bureau.db, bureau.receive()
    for role in (R, A, K, F):
        with db.transaction() as s:
            with pytest.raises(PermissionDenied):
                p.accept(s, bureau[role], cid, at=at(D(2026, 3, 3)))
    assert _case(db, cid)[0].status == "received"


def test_conflicting_change_is_reported_not_overwritten(bureau):
    db, cid = bureau.db, bureau.receive()
    with db.read() as s:
        seen = s.get(m.Case, cid).version
    with db.transaction() as s:
        p.accept(s, bureau[I], cid, version=seen, at=at(D(2026, 3, 3)))
    with db.transaction() as s:
        with pytest.raises(ConflictError):
            p.refuse(s, bureau[I], cid, "重复", version=seen, at=at(D(2026, 3, 3), 4))
    assert _case(db, cid)[0].status == "accepted"


def test_filing_mode_numbers_and_outbox(bureau):
    db = bureau.db
    good, bad = bureau.receive("SCJG-002"), bureau.receive("SCJG-002", missing=("business_licence",))
    with db.transaction() as s:
        r = p.file_record(s, bureau[F], good, at=at(D(2026, 3, 2), 3))
    assert r.status == "filed"
    with db.transaction() as s:
        with pytest.raises(DomainError) as err:
            p.file_record(s, bureau[F], bad, at=at(D(2026, 3, 2), 3))
        assert err.value.code == "materials_incomplete"
    with db.transaction() as s:
        p.return_filing(s, bureau[F], bad, at=at(D(2026, 3, 2), 3))
    case, events, outbox, state = _case(db, good)
    assert state.filing_number == "BA2026000001"
    (topic, payload), = outbox
    assert topic == "supervision.record" and payload["record_type"] == "filing"
    assert payload["reference_number"] == "BA2026000001" and payload["enterprise"]["uscc"] == "91350200MA2YJ1XR9G"
    assert _case(db, bad)[0].status == "filing_returned"
    with db.read() as s:
        ret = s.scalar(select(m.CaseEvent.data).where(m.CaseEvent.case_id == bad, m.CaseEvent.kind == "filing_returned"))
    assert "business_licence" in ret["missing"]


def test_commitment_mode_is_decided_on_the_spot_and_flagged_for_verification(bureau):
    db, cid = bureau.db, bureau.receive("WHLY-002")
    with db.transaction() as s:
        with pytest.raises(DomainError):
            p.commit(s, bureau[A], cid, pledge_signed=False, at=at(D(2026, 3, 2), 3))
    with db.transaction() as s:
        r = p.commit(s, bureau[A], cid, pledge_signed=True, at=at(D(2026, 3, 2), 3))
    assert r.status == "committed" and r.due.kind == "verification" and r.due.day == D(2026, 4, 1)


def test_online_cases_report_to_the_portal(bureau):
    db, cid = bureau.db, bureau.receive(channel="online", external_id="sub-001", missing=("layout",))
    with db.transaction() as s:
        p.request_supplement(s, bureau[I], cid, ["layout"], at=at(D(2026, 3, 3)))
    _, _, outbox, _ = _case(db, cid)
    (topic, payload), = outbox
    assert topic == "portal.status" and payload["submission_id"] == "sub-001"
    assert payload["event"]["status"] == "supplement_required" and payload["event"]["missing_materials"] == ["layout"]


def test_the_stored_status_always_equals_the_replayed_log(bureau):
    db = bureau.db
    cid = bureau.receive()
    with db.transaction() as s:
        p.accept(s, bureau[I], cid, at=at(D(2026, 3, 3)))
        p.assign(s, bureau[A], cid, "lina", at=at(D(2026, 3, 3)))
        p.suspend(s, bureau[R], cid, "testing", 3, "检测", at=at(D(2026, 3, 4)))
    case, _, _, state = _case(db, cid)
    assert state.status.value == case.status == "suspended"
    assert proc.current_due(proc.MatterRules(state.mode, 10), state, proc.Calendar(), D(2026, 3, 4)) is not None


def test_two_terminals_acting_at_once_get_a_conflict_not_a_crash(bureau):
    """Two terminals act on the same case at the same moment: one wins, the other is told plainly."""
    import threading

    from approval_app.domain.errors import DomainError
    from approval_app.ui.messages import describe_error, is_known

    db = bureau.db
    for round_ in range(5):
        cid = bureau.receive()
        barrier = threading.Barrier(2)
        outcomes = {}

        def act(name, fn):
            barrier.wait()
            try:
                with db.transaction() as s:
                    fn(s)
                outcomes[name] = "ok"
            except Exception as exc:  # recorded, judged below
                outcomes[name] = exc

        threads = [threading.Thread(target=act, args=("accept", lambda s: p.accept(s, bureau[I], cid,
                                                                                  at=at(D(2026, 3, 3))))),
                   threading.Thread(target=act, args=("refuse", lambda s: p.refuse(s, bureau[I], cid, "重复",
                                                                                  at=at(D(2026, 3, 3), 3))))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        results = list(outcomes.values())
        assert results.count("ok") == 1, (round_, outcomes)
        (loser,) = [r for r in results if r != "ok"]
        assert isinstance(loser, (ConflictError, DomainError)) and is_known(loser), repr(loser)
        assert "内部错误" not in describe_error(loser)
        assert _case(db, cid)[0].status in ("accepted", "refused")
