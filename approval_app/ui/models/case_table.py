"""The worklist model: pages of cases fetched lazily off the GUI thread.

Rows arrive 200 at a time through canFetchMore/fetchMore (keyset paging in the service),
so the model stays responsive with a million cases and never loads the whole table.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from approval_app.services.cases import CaseFilter, CaseRow, Cursor
from approval_app.services.clock import BUREAU_TZ
from approval_app.ui.messages import channel_name, due_kind_name, status_name
from approval_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PageFn = Callable[[CaseFilter, Cursor | None, int], list[CaseRow]]
CountFn = Callable[[CaseFilter], int]


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - marks text for lupdate
    return text


class CaseTableModel(QAbstractTableModel):
    NUMBER, APPLICANT, MATTER, DEPARTMENT, STATUS, CHANNEL, RECEIVED, DUE = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("CaseTableModel", "案件编号"),
        QT_TRANSLATE_NOOP("CaseTableModel", "申请人"),
        QT_TRANSLATE_NOOP("CaseTableModel", "事项"),
        QT_TRANSLATE_NOOP("CaseTableModel", "部门"),
        QT_TRANSLATE_NOOP("CaseTableModel", "状态"),
        QT_TRANSLATE_NOOP("CaseTableModel", "渠道"),
        QT_TRANSLATE_NOOP("CaseTableModel", "收件日期"),
        QT_TRANSLATE_NOOP("CaseTableModel", "办理期限"),
    )
    RowRole = Qt.ItemDataRole.UserRole + 1
    DueStateRole = Qt.ItemDataRole.UserRole + 2
    PAGE = 200
    COLOURS = {"overdue": ("#f8d7da", "#842029"), "near": ("#fff3cd", "#664d03")}

    totalChanged = Signal(int)
    loadingChanged = Signal(bool)
    loadFailed = Signal(object)

    def __init__(self, runner: TaskRunner, page_fn: PageFn, count_fn: CountFn, parent=None,  # noqa: ANN001
                 row_fn: Callable[[int], CaseRow | None] | None = None) -> None:
        super().__init__(parent)
        self._row_fn = row_fn or (lambda _id: None)
        self._runner = runner
        self._page_fn = page_fn
        self._count_fn = count_fn
        self._rows: list[CaseRow] = []
        self._filter = CaseFilter()
        self._generation = 0
        self._exhausted = True
        self._loading = False
        self.total: int | None = None

    # --- loading ----------------------------------------------------------------------------
    def set_filter(self, flt: CaseFilter) -> None:
        """Start over with a new filter; pages and count of the old one are ignored when late."""
        self._generation += 1
        self._filter = flt
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.total = None
        generation = self._generation
        self._runner.start(self._count_fn, flt, on_result=lambda n: self._count_done(generation, n),
                           on_error=lambda e: self._failed(generation, e, page=False))
        self._load_page(generation)

    def refresh(self) -> None:
        self.set_filter(self._filter)

    @property
    def filter(self) -> CaseFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load_page(self._generation)

    def _load_page(self, generation: int) -> None:
        after = (self._rows[-1].received_at, self._rows[-1].id) if self._rows else None
        self._set_loading(True)
        self._runner.start(self._page_fn, self._filter, after, self.PAGE,
                           on_result=lambda rows: self._page_done(generation, rows),
                           on_error=lambda e: self._failed(generation, e, page=True))

    def _page_done(self, generation: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._exhausted = len(rows) < self.PAGE
        self._set_loading(False)

    def refresh_row(self, case_id: int) -> None:
        """Reload one case's row after an action (the rest of the page stays as it is)."""
        for i, row in enumerate(self._rows):
            if row.id == case_id:
                generation = self._generation
                self._runner.start(self._row_fn, case_id, on_result=lambda r, i=i: self._row_done(generation, i, r),
                                   on_error=lambda e: self._failed(generation, e, page=False))
                return

    def _row_done(self, generation: int, i: int, row: CaseRow | None) -> None:
        if generation != self._generation or row is None or i >= len(self._rows) or self._rows[i].id != row.id:
            return
        self._rows[i] = row
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def _count_done(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.totalChanged.emit(total)

    def _failed(self, generation: int, exc: Exception, page: bool) -> None:
        """Only a failed page of the current filter stops paging; late or other failures are reported."""
        if generation == self._generation and page:
            self._set_loading(False)
            self._exhausted = True
        self.loadFailed.emit(exc)

    def _set_loading(self, value: bool) -> None:
        if self._loading != value:
            self._loading = value
            self.loadingChanged.emit(value)

    # --- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == self.RowRole:
            return r
        if role == self.DueStateRole:
            return r.due_state
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and r.due_state in self.COLOURS:
            if col in (self.DUE, self.NUMBER, self.STATUS):
                bg, fg = self.COLOURS[r.due_state]
                return QBrush(QColor(bg if role == Qt.ItemDataRole.BackgroundRole else fg))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.DUE and r.due_date is not None:
                lines = [due_kind_name(r.due_kind)]
                if r.due_state == "overdue":
                    lines.append(self.tr("已超期"))
                elif r.due_state == "near":
                    lines.append(self.tr("临近期限"))
                if r.due_provisional:
                    lines.append(self.tr("该期限跨入官方日历尚未覆盖的年份，按工作日（周一至周五）暂估，"
                                         "待管理员录入该年日历后确定"))
                return "\n".join(lines)
            if col == self.APPLICANT:
                return r.applicant_uscc
        return None

    def _display(self, r: CaseRow, col: int) -> str:
        if col == self.NUMBER:
            return r.case_number
        if col == self.APPLICANT:
            return r.applicant_name
        if col == self.MATTER:
            return r.matter_name
        if col == self.DEPARTMENT:
            return r.department_name
        if col == self.STATUS:
            return status_name(r.status)
        if col == self.CHANNEL:
            return channel_name(r.channel)
        if col == self.RECEIVED:
            return r.received_at.astimezone(BUREAU_TZ).strftime("%Y-%m-%d")
        if col == self.DUE:
            return _due_text(r.due_date, r.due_provisional, self.tr("（暂估）"))
        return ""


def _due_text(due: dt.date | None, provisional: bool, mark: str) -> str:
    if due is None:
        return ""
    return due.isoformat() + (mark if provisional else "")
