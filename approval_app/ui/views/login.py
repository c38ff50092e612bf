"""Logging in, and creating the first administrator on a new database."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from approval_app.domain.errors import DomainError
from approval_app.domain.roles import Actor
from approval_app.ui.messages import describe, describe_error


class LoginDialog(QDialog):
    """Asks for username and password; `authenticate(username, password)` returns the actor."""

    def __init__(self, authenticate: Callable[[str, str], Actor], database: str,
                 hint: str = "", username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("审批工作站 · 登录"))
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b02a37")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        buttons.accepted.connect(self._try_login)
        self.username.returnPressed.connect(self.password.setFocus)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("行政审批局 审批工作站"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addLayout(form)
        db_label = QLabel(self.tr("数据库：{0}").format(database))
        db_label.setStyleSheet("color: #555")
        db_label.setWordWrap(True)
        layout.addWidget(db_label)
        if hint:
            layout.addWidget(QLabel(hint))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def _try_login(self) -> None:
        try:
            self.actor = self._authenticate(self.username.text().strip(), self.password.text())
        except DomainError as exc:
            self.error.setText(describe_error(exc))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()


class FirstAdminDialog(QDialog):
    """First start on an empty database: the bureau's administrator account is created here."""

    def __init__(self, create: Callable[[str, str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self.setWindowTitle(self.tr("首次启动 · 创建系统管理员"))
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.display_name = QLineEdit(self.tr("系统管理员"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b02a37")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("密码（至少8位）"), self.password)
        form.addRow(self.tr("再次输入密码"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建"))
        buttons.accepted.connect(self._try_create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("这是一个新的数据库。请先创建系统管理员账号，再由管理员为各位工作人员开设账号。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _try_create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(describe("password_mismatch"))
            return
        try:
            self._create(self.username.text().strip(), self.password.text(), self.display_name.text().strip())
        except DomainError as exc:
            self.error.setText(describe_error(exc))
            return
        self.accept()
