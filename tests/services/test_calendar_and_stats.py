"""The administrator's calendar table and statistics derived from the event log."""
import datetime as dt

import pytest

from approval_app.domain.errors import DomainError, PermissionDenied
from approval_app.domain.roles import Role
from approval_app.services import calendar_admin, clock, stats
from approval_app.services import procedure as p
from approval_app.domain.workcalendar import add_working_days
from approval_app.storage import models as m
from tests_support import at

D = dt.date


def test_entering_2027_settles_provisional_deadlines(bureau):
    db, admin = bureau.db, bureau[Role.ADMIN]
    with db.read() as s:
        assert add_working_days(clock.load_calendar(s), D(2026, 12, 24), 20).provisional
        assert calendar_admin.year_status(s, 2027).source == "provisional"
    with db.transaction() as s:
        with pytest.raises(PermissionDenied):
            calendar_admin.set_days(s, bureau[Role.INTAKE], D(2027, 1, 1), D(2027, 1, 1), False, "元旦")
        with pytest.raises(DomainError) as err:
            calendar_admin.mark_year_entered(s, admin, 2027)
        assert err.value.code == "year_has_no_holidays"
        assert calendar_admin.set_days(s, admin, D(2027, 1, 1), D(2027, 1, 3), False, "元旦") == 3
        calendar_admin.mark_year_entered(s, admin, 2027)
    with db.read() as s:
        cal = clock.load_calendar(s)
        status = calendar_admin.year_status(s, 2027)
    due = add_working_days(cal, D(2026, 12, 24), 20)
    assert (due.day, due.provisional) == (D(2027, 1, 22), False)
    assert status.source == "entered" and [e.note for e in status.entries] == ["元旦"] * 3
    with db.transaction() as s:
        with pytest.raises(DomainError):
            calendar_admin.mark_year_entered(s, admin, 2026)  # the package covers it
        with pytest.raises(DomainError):
            calendar_admin.set_days(s, admin, D(2027, 2, 1), D(2027, 1, 1), False, "x")


def test_statistics_from_the_log(bureau):
    db = bureau.db
    fast, slow, online = bureau.receive(), bureau.receive(), bureau.receive(channel="online", external_id="s1")
    with db.read() as s:
        online_number = s.get(m.Case, online).case_number
    with db.transaction() as s:
        for cid, decided in ((fast, D(2026, 3, 5)), (slow, D(2026, 3, 27))):
            p.accept(s, bureau[Role.INTAKE], cid, at=at(D(2026, 3, 3)))
            p.assign(s, bureau[Role.APPROVER], cid, "lina", at=at(D(2026, 3, 3)))
            p.approve(s, bureau[Role.APPROVER], cid, at=at(decided))
        p.issue_permit(s, bureau[Role.SEAL_KEEPER], fast, at=at(D(2026, 3, 9)))
    with db.read() as s:
        report = stats.compute(s, D(2026, 3, 1), D(2026, 3, 31))
    total = report.total.as_dict()
    assert total["cases"] == 3 and total["online"] == 1 and round(total["online_share"], 2) == 0.33
    assert total["decided"] == 2 and total["on_time"] == 1 and total["late"] == 2  # slow, and the unanswered one
    assert total["avg_working_days_to_decision"] == (3 + 19) / 2
    assert total["avg_working_days_to_permit"] == 5
    figures = {c.case_number: c for c in report.cases}
    assert len(figures) == 3
    assert figures[online_number].channel == "online" and figures[online_number].on_time is False
    assert report.by_matter["SCJG-001"].as_dict()["on_time_rate"] == pytest.approx(1 / 3, abs=1e-3)
    with db.read() as s:
        assert stats.compute(s, D(2026, 4, 1), D(2026, 4, 30)).total.cases == 0
