"""Seal keepers issue permits from the GUI: seal unlocked once, one confirmation, progress, register."""
import datetime as dt

import pytest
from sqlalchemy import select

from approval_app.services import cases as case_service
from approval_app.services import seal, users
from approval_app.storage import models as m
from approval_app.ui.views.main_window import MainWindow
from approval_app.ui.views.seal_dialogs import BatchIssueDialog

pytestmark = pytest.mark.gui


def _window(qtbot, db, username):
    with db.read() as s:
        actor = users.authenticate(s, username, "demo1234", "hall-09")
    window = MainWindow(db, actor)
    window.quiet_errors = True
    qtbot.addWidget(window)
    return window


def test_batch_issue_with_one_confirmation(app, qtbot, demo_db, monkeypatch):
    monkeypatch.delenv("APPROVAL_SEAL_PASSWORD", raising=False)
    waiting = case_service.fetch_awaiting_permit(demo_db)
    assert waiting, "the demo leaves approved cases waiting for their permits"
    window = _window(qtbot, demo_db, "liuyang")
    asked = []

    def answer(title, intro, check, **kw):
        asked.append(title)
        return check("demo1234")   # the demo seal's password, then the keeper's own

    window.ask_password = answer
    dialog = BatchIssueDialog([(r.id, r.case_number) for r in waiting])
    qtbot.addWidget(dialog)
    window.issue_permits(dialog.chosen(), dialog)
    qtbot.waitUntil(lambda: window.last_batch is not None, timeout=20000)
    assert asked == ["解锁印章", "用印确认"]
    assert len(window.last_batch.issued) == len(waiting) and not window.last_batch.failed
    assert dialog.progress.value() == 100 and "已用印制证" in dialog.status.text()
    with demo_db.read() as s:
        assert seal.verify_register(s)[1] is None
        kinds = list(s.scalars(select(m.SealRegisterEntry.kind).order_by(m.SealRegisterEntry.seq)))
        assert kinds.count("permit") >= len(waiting)
    assert case_service.fetch_awaiting_permit(demo_db) == []
    # a second batch in the same session does not ask for the seal password again
    asked.clear()
    window.issue_permits([waiting[0].id])
    qtbot.waitUntil(lambda: bool(window.last_error) or asked == ["用印确认"], timeout=10000)
    assert asked == ["用印确认"]


def test_non_keepers_cannot_issue(app, qtbot, demo_db):
    window = _window(qtbot, demo_db, "wangqiang")
    window.ask_password = lambda *a, **k: pytest.fail("an approver is never asked to seal")
    window.issue_permits([1])
    assert window.loaded_seal is None
    assert not window.findChild(type(window.menuBar().actions()[0]), "batchIssue").isEnabled()


def test_expiring_permits_filter(app, qtbot, demo_db):
    from approval_app.services.clock import today

    with demo_db.transaction() as s:
        row = s.scalars(select(m.Permit).where(m.Permit.valid_to.is_not(None)).limit(1)).first()
        assert row is not None
        row.valid_to = today() + dt.timedelta(days=20)
        case_number = row.case.case_number
    window = _window(qtbot, demo_db, "zhangwei")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10000)
    window.expiring.setChecked(True)
    qtbot.waitUntil(lambda: not window.model.loading and window.model.total == 1, timeout=10000)
    assert window.model.row_at(0).case_number == case_number
