"""The administrator opens accounts for the officers in the GUI."""
import pytest

from approval_app.domain.roles import Actor, Role
from approval_app.services import users
from approval_app.ui.views.users_dialog import UsersDialog

pytestmark = pytest.mark.gui


def test_admin_adds_an_officer(app, qtbot, demo_db):
    with demo_db.read() as s:
        admin = users.authenticate(s, "admin", "demo1234", "t")
    dialog = UsersDialog(demo_db, admin)
    qtbot.addWidget(dialog)
    before = dialog.table.rowCount()
    qtbot.keyClicks(dialog.username, "zhaolei")
    dialog.display_name.setText("赵磊")
    dialog.password.setText("new-officer-1")
    dialog.repeat.setText("new-officer-1")
    dialog.add_user()
    assert "至少要选择一个角色" in dialog.error.text()
    dialog.roles[Role.REVIEWER].setChecked(True)
    dialog.add_user()
    assert dialog.error.text() == "" and dialog.table.rowCount() == before + 1
    with demo_db.read() as s:
        assert users.authenticate(s, "zhaolei", "new-officer-1", "t").roles == frozenset({Role.REVIEWER})


def test_non_admin_cannot_add(app, qtbot, demo_db):
    clerk = Actor(None, "zhangwei", frozenset({Role.INTAKE}), "t")
    dialog = UsersDialog(demo_db, clerk)
    qtbot.addWidget(dialog)
    dialog.username.setText("someone")
    dialog.password.setText("password-9")
    dialog.repeat.setText("password-9")
    dialog.roles[Role.ADMIN].setChecked(True)
    dialog.add_user()
    assert "系统管理员" in dialog.error.text()
