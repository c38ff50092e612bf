"""The workstation as an officer meets it: log in, filter the worklist, open a case."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from approval_app.services import users
from approval_app.services.cases import CaseFilter, fetch_count
from approval_app.ui.views.login import FirstAdminDialog, LoginDialog
from approval_app.ui.views.main_window import MainWindow

pytestmark = pytest.mark.gui


def _authenticator(db):
    def authenticate(username, password):
        with db.read() as s:
            return users.authenticate(s, username, password, "test-terminal")
    return authenticate


def _login(qtbot, db, username, password):
    dialog = LoginDialog(_authenticator(db), db.display_url)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


def test_wrong_password_is_refused_in_plain_words(app, qtbot, demo_db):
    dialog = _login(qtbot, demo_db, "lina", "wrong-password")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "用户名或密码错误"
    assert dialog.actor is None


def test_login_filter_and_open_a_case(app, qtbot, demo_db):
    dialog = _login(qtbot, demo_db, "lina", "demo1234")
    assert dialog.result() == QDialog.DialogCode.Accepted
    window = MainWindow(demo_db, dialog.actor)
    qtbot.addWidget(window)
    window.show()
    model = window.model
    qtbot.waitUntil(lambda: model.total == 60 and model.rowCount() == 60 and not model.loading, timeout=10000)
    assert "李娜" in window.user_label.text() and "审查员" in window.user_label.text()
    assert demo_db.display_url in window.db_label.text()
    assert window.count_label.text() == "共 60 件"

    # filter by status
    qtbot.waitUntil(lambda: window.status_box.count() > 1, timeout=5000)
    window.status_box.setCurrentIndex(window.status_box.findData("review"))
    expected = fetch_count(demo_db, CaseFilter(status="review"))
    assert expected > 0
    qtbot.waitUntil(lambda: model.total == expected and model.rowCount() == expected and not model.loading,
                    timeout=10000)
    assert {model.row_at(i).status for i in range(model.rowCount())} == {"review"}
    assert model.index(0, model.STATUS).data() == "审查中"

    # search by case number narrows to one case
    number = model.row_at(0).case_number
    window.search.setText(number)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).case_number == number, timeout=10000)

    # open it: the detail pane shows fields, materials and the event timeline
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=10000)
    detail = window.detail.detail
    assert detail.row.case_number == number
    assert window.detail.title.text().startswith(number)
    assert window.detail.events.rowCount() == len(detail.events) >= 3
    assert window.detail.events.item(0, 1).text() == "收件"
    assert window.detail.materials.rowCount() == len(detail.materials) > 0
    assert window.detail.fields.rowCount() == len(detail.fields) > 0


def test_department_filter_and_enterprise_search(app, qtbot, demo_db):
    with demo_db.read() as s:
        actor = users.authenticate(s, "zhangwei", "demo1234", "t")
    window = MainWindow(demo_db, actor)
    qtbot.addWidget(window)
    model = window.model
    qtbot.waitUntil(lambda: window.dept_box.count() > 1 and not model.loading, timeout=10000)
    window.dept_box.setCurrentIndex(window.dept_box.findData("scjg"))
    qtbot.waitUntil(lambda: not model.loading and model.total is not None
                    and model.total == fetch_count(demo_db, CaseFilter(department_code="scjg")), timeout=10000)
    assert {model.row_at(i).department_name for i in range(model.rowCount())} == {"市市场监督管理局"}
    name = model.row_at(0).applicant_name
    window.dept_box.setCurrentIndex(0)
    window.search.setText(name[2:6])
    qtbot.waitUntil(lambda: not model.loading and model.total is not None
                    and model.total == fetch_count(demo_db, CaseFilter(search=name[2:6])), timeout=10000)
    assert all(name[2:6] in model.row_at(i).applicant_name for i in range(model.rowCount()))


def test_first_start_creates_the_administrator(app, qtbot, sqlite_db):
    def create(username, password, display_name):
        from approval_app.domain.roles import Role

        with sqlite_db.transaction() as s:
            users.create_user(s, None, username, password, {Role.ADMIN}, display_name)

    dialog = FirstAdminDialog(create)
    qtbot.addWidget(dialog)
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog._try_create()
    assert "至少8位" in dialog.error.text()
    dialog.password.setText("a-good-password")
    dialog.repeat.setText("a-good-password")
    dialog._try_create()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with sqlite_db.read() as s:
        (row,) = users.list_users(s)
    assert row.username == "admin" and {r.value for r in row.roles} == {"admin"}
