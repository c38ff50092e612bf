"""The administrator's calendar: enter a year's holidays and make-up working days, mark it complete."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from approval_app.domain.errors import DomainError
from approval_app.domain.roles import Actor
from approval_app.services import calendar_admin
from approval_app.storage.db import Database
from approval_app.storage.errors import StorageError
from approval_app.ui.messages import describe_error


class CalendarDialog(QDialog):
    """Runs small admin writes directly: each is one short transaction on a handful of rows."""

    def __init__(self, db: Database, actor: Actor, year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("官方日历"))
        self.resize(720, 520)
        self.year = QSpinBox()
        self.year.setRange(2004, 2100)
        self.year.setValue(year or dt.date.today().year + 1)
        self.year.valueChanged.connect(self.reload)
        self.source = QLabel()
        self.source.setObjectName("yearSource")
        self.source.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("类型"), self.tr("说明"), self.tr("录入人")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.end = QDateEdit()
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("休息日（法定节假日）"), False)
        self.kind.addItem(self.tr("工作日（调休上班）"), True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如：2027年春节"))
        add = QPushButton(self.tr("录入"))
        add.clicked.connect(self.add_entry)
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(self.remove_selected)
        self.complete = QPushButton()
        self.complete.clicked.connect(self.toggle_complete)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b02a37")
        self.error.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        top.addWidget(self.year)
        top.addWidget(self.source, 1)
        form = QFormLayout()
        span = QHBoxLayout()
        span.addWidget(self.start)
        span.addWidget(QLabel(self.tr("至")))
        span.addWidget(self.end)
        form.addRow(self.tr("日期"), span)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("说明"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.complete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        first = QDate(year, 1, 1)
        for edit in (self.start, self.end):
            if edit.date().year() != year:
                edit.setDate(first)
        with self.db.read() as s:
            status = calendar_admin.year_status(s, year)
        texts = {
            "package": self.tr("{0}年的官方日历已由 chinesecalendar 软件包提供；此处录入的条目会覆盖它。"),
            "entered": self.tr("{0}年的官方日历已录入完成，期限按录入的日历计算。"),
            "provisional": self.tr("{0}年的官方日历尚未录入完成：涉及该年的期限按周一至周五暂估，并标注“暂估”。"),
        }
        self.source.setText(texts[status.source].format(year))
        self.complete.setVisible(status.source != "package")
        self.complete.setText(self.tr("恢复为暂估") if status.source == "entered" else self.tr("标记本年录入完成"))
        self.table.setRowCount(len(status.entries))
        for r, e in enumerate(status.entries):
            values = [e.day.isoformat(), self.tr("工作日") if e.is_workday else self.tr("休息日"), e.note, e.changed_by]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, e.day)
                self.table.setItem(r, c, item)
        self._status = status

    def _apply(self, fn, *args) -> None:  # noqa: ANN001
        with self.db.transaction() as s:
            fn(s, self.actor, *args)

    def _run(self, fn, *args) -> bool:  # noqa: ANN001
        from approval_app.ui.dialogs import run_with_progress

        try:
            # a calendar change recomputes every running deadline: on a worker, behind a progress dialog
            run_with_progress(self, self.tr("正在保存并重新计算办理期限……"), self._apply, fn, *args)
        except (DomainError, StorageError) as exc:
            self.error.setText(describe_error(exc))
            return False
        self.error.clear()
        self.reload()
        return True

    def add_entry(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if end < start:
            end = start
        if self._run(calendar_admin.set_days, start, end, bool(self.kind.currentData()), self.note.text()):
            self.note.clear()

    def remove_selected(self) -> None:
        days = {self.table.item(i.row(), 0).data(Qt.ItemDataRole.UserRole) for i in self.table.selectedIndexes()}
        for day in sorted(days):
            self._run(calendar_admin.clear_day, day)

    def toggle_complete(self) -> None:
        entered = self._status.source != "entered"
        if entered and QMessageBox.question(
                self, self.tr("标记录入完成"),
                self.tr("确认{0}年的全部法定节假日和调休上班日都已按国务院办公厅通知录入？").format(self.year.value())
        ) != QMessageBox.StandardButton.Yes:
            return
        self._run(calendar_admin.mark_year_entered, self.year.value(), entered)
