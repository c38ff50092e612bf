"""The administrator enters 2027's holidays in the GUI and the year stops being provisional."""
import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from approval_app.domain.roles import Actor, Role
from approval_app.domain.workcalendar import add_working_days
from approval_app.services import clock
from approval_app.ui.views.calendar_dialog import CalendarDialog

pytestmark = pytest.mark.gui


def test_enter_a_holiday_and_complete_the_year(app, qtbot, sqlite_db, monkeypatch):
    admin = Actor(None, "admin", frozenset({Role.ADMIN}), "t", "管理员")
    dialog = CalendarDialog(sqlite_db, admin, year=2027)
    qtbot.addWidget(dialog)
    assert "暂估" in dialog.source.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.complete.click()  # nothing entered yet: refused in plain words
    assert "节假日" in dialog.error.text()
    dialog.start.setDate(QDate(2027, 1, 1))
    dialog.end.setDate(QDate(2027, 1, 3))
    dialog.note.setText("元旦")
    dialog.add_entry()
    assert dialog.table.rowCount() == 3 and dialog.table.item(0, 2).text() == "元旦"
    dialog.complete.click()
    assert "录入完成" in dialog.source.text()
    with sqlite_db.read() as s:
        due = add_working_days(clock.load_calendar(s), dt.date(2026, 12, 24), 20)
    assert (due.day, due.provisional) == (dt.date(2027, 1, 22), False)


def test_non_admins_cannot_change_the_calendar(app, qtbot, sqlite_db):
    clerk = Actor(None, "zhang", frozenset({Role.INTAKE}), "t")
    dialog = CalendarDialog(sqlite_db, clerk, year=2027)
    qtbot.addWidget(dialog)
    dialog.note.setText("元旦")
    dialog.add_entry()
    assert "系统管理员" in dialog.error.text() and dialog.table.rowCount() == 0
