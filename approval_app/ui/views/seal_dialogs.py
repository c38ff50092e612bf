"""Dialogs around the seal: unlocking it for the session, the seal keeper's confirmation,
batch issuing with progress, and the administrator's seal change."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

ERROR_STYLE = "color: #b02a37"


class PasswordDialog(QDialog):
    """Asks for one secret; `check(password)` raises with a readable message when it is wrong."""

    def __init__(self, title: str, intro: str, check: Callable[[str], object], *, remember_text: str = "",
                 remember_enabled: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._check = check
        self.result_value: object = None
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(remember_text)
        self.remember.setVisible(bool(remember_text))
        self.remember.setEnabled(remember_enabled)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        label = QLabel(intro)
        label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("密码"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _accept(self) -> None:
        from approval_app.ui.messages import describe_error

        try:
            self.result_value = self._check(self.password.text())
        except Exception as exc:  # a wrong password is expected; anything with a code reads well
            self.error.setText(describe_error(exc))
            self.password.selectAll()
            return
        self.accept()


class BatchIssueDialog(QDialog):
    """Choose approved cases and issue their permits under one confirmation, with progress and cancel."""

    def __init__(self, rows: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量制证"))
        self.resize(620, 560)
        self.list = QListWidget()
        self.list.setObjectName("cases")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for case_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel(self.tr("已准予许可、待制证的案件共{0}件").format(len(rows)))
        self.status.setWordWrap(True)
        all_button = QPushButton(self.tr("全选"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button = QPushButton(self.tr("全不选"))
        none_button.clicked.connect(lambda: self._check_all(False))
        self.issue_button = QPushButton(self.tr("用印并制证"))
        self.issue_button.setObjectName("issue")
        self.cancel_button = QPushButton(self.tr("关闭"))
        self.cancel_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(all_button)
        top.addWidget(none_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.issue_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.cancelled = False
        self.running = False

    def _check_all(self, checked: bool) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def started(self) -> None:
        self.running = True
        self.cancelled = False
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.issue_button.setEnabled(False)
        self.cancel_button.setText(self.tr("取消"))

    def step(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        if text:
            self.status.setText(self.tr("正在制证：{0}").format(text))

    def finished(self, text: str) -> None:
        self.running = False
        self.progress.setValue(100)
        self.status.setText(text)
        self.cancel_button.setText(self.tr("关闭"))

    def reject(self) -> None:
        if self.running:  # cancel stops after the case in hand; issued permits stay issued
            self.cancelled = True
            self.status.setText(self.tr("正在取消……"))
            return
        super().reject()


class SealAdminDialog(QDialog):
    """The administrator replaces the seal: PKCS#12 certificate, its password, and the seal image."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("更换本局印章"))
        self.p12 = QLineEdit()
        self.image = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.name = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        for label, edit, pattern in ((self.tr("证书文件（PKCS#12）"), self.p12, "*.p12 *.pfx"),
                                     (self.tr("印章图片（PNG，透明背景）"), self.image, "*.png")):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            browse = QPushButton(self.tr("选择…"))
            browse.clicked.connect(lambda _=False, e=edit, p=pattern: self._browse(e, p))
            row.addWidget(browse)
            form.addRow(label, row)
        form.addRow(self.tr("证书密码"), self.password)
        form.addRow(self.tr("印章名称"), self.name)
        intro = QLabel(self.tr("当前印章：{0}\n更换后旧印章停用，但其签发的文书仍可核验。更换记入用印登记簿。").format(current))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.install: Callable[[bytes, str, bytes, str], object] | None = None

    def _browse(self, edit: QLineEdit, pattern: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择文件"), "", pattern)
        if path:
            edit.setText(path)

    def _accept(self) -> None:
        from approval_app.ui.messages import describe_error

        try:
            p12, image = Path(self.p12.text()), Path(self.image.text())
            if not p12.is_file() or not image.is_file():
                self.error.setText(self.tr("请选择证书文件和印章图片"))
                return
            assert self.install is not None
            self.install(p12.read_bytes(), self.password.text(), image.read_bytes(), self.name.text().strip())
        except Exception as exc:
            self.error.setText(describe_error(exc))
            return
        self.accept()
