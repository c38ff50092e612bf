"""The administrator's list of officers, and new accounts with their roles."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from approval_app.domain.errors import DomainError
from approval_app.domain.roles import Actor, Role
from approval_app.services import users
from approval_app.storage.db import Database
from approval_app.ui.messages import describe, describe_error, role_name


class UsersDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("工作人员账号"))
        self.resize(640, 600)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("用户名"), self.tr("姓名"), self.tr("角色")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles: dict[Role, QCheckBox] = {}
        grid = QGridLayout()
        for i, role in enumerate(Role):
            box = QCheckBox(role_name(role.value))
            box.setObjectName(f"role_{role.value}")
            self.roles[role] = box
            grid.addWidget(box, i // 3, i % 3)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("初始密码（至少8位）"), self.password)
        form.addRow(self.tr("再次输入密码"), self.repeat)
        form.addRow(self.tr("角色"), grid)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b02a37")
        self.error.setWordWrap(True)
        add = QPushButton(self.tr("新建账号"))
        add.setObjectName("addUser")
        add.clicked.connect(self.add_user)
        box = QGroupBox(self.tr("新建账号"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        with self.db.read() as s:
            rows = users.list_users(s)
        self.table.setRowCount(len(rows))
        for r, u in enumerate(rows):
            roles = "、".join(role_name(x.value) for x in sorted(u.roles))
            for c, text in enumerate((u.username, u.display_name, roles)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def add_user(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(describe("password_mismatch"))
            return
        roles = {role for role, box in self.roles.items() if box.isChecked()}
        try:
            with self.db.transaction() as s:
                users.create_user(s, self.actor, self.username.text().strip(), self.password.text(), roles,
                                  self.display_name.text().strip())
        except DomainError as exc:
            self.error.setText(describe_error(exc))
            return
        self.error.clear()
        for w in (self.username, self.display_name, self.password, self.repeat):
            w.clear()
        for box in self.roles.values():
            box.setChecked(False)
        self.reload()
