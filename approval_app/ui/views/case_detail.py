"""The detail pane: a case's fields, materials, documents and event timeline."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QStackedWidget, QTableWidget, QTableWidgetItem, QTabWidget, QToolBar, QVBoxLayout,
                               QWidget)

from approval_app.documents.default_templates import KINDS
from approval_app.services.cases import CaseDetail
from approval_app.services.clock import BUREAU_TZ
from approval_app.ui.messages import (channel_name, due_kind_name, event_name, mode_name, permit_status_name,
                                      status_name)


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.setWordWrap(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeRowsToContents()


class CaseDetailPane(QWidget):
    documentRequested = Signal(int, str)  # document id, what to do: open | print | pdf | save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("caseActions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.detail: CaseDetail | None = None
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("在左侧列表中选择一件案件查看详情"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #777")
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.title.setWordWrap(True)
        self.tabs = QTabWidget()
        self.summary = QWidget()
        self.summary_form = QFormLayout(self.summary)
        self.summary_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = _table([self.tr("项目"), self.tr("内容")])
        self.materials = _table([self.tr("材料"), self.tr("必需"), self.tr("已收"), self.tr("原件/复印件"),
                                 self.tr("页数"), self.tr("文件")])
        self.events = _table([self.tr("时间"), self.tr("环节"), self.tr("经办人"), self.tr("状态变化"),
                              self.tr("理由/说明"), self.tr("法律依据"), self.tr("终端")])
        self.documents = _table([self.tr("文书"), self.tr("文号"), self.tr("生成时间"), self.tr("SHA-256")])
        self.tabs.addTab(self.summary, self.tr("概要"))
        self.tabs.addTab(self.fields, self.tr("申请表"))
        self.tabs.addTab(self.materials, self.tr("材料"))
        self.tabs.addTab(self.events, self.tr("办理记录"))
        docs = QWidget()
        docs_layout = QVBoxLayout(docs)
        docs_layout.setContentsMargins(0, 0, 0, 0)
        docs_layout.addWidget(self.documents)
        buttons = QHBoxLayout()
        for what, label in (("open", self.tr("打开")), ("print", self.tr("打印")), ("pdf", self.tr("导出PDF")),
                            ("save", self.tr("另存为…")), ("all", self.tr("全部导出…"))):
            b = QPushButton(label)
            b.setObjectName(f"doc_{what}")
            b.clicked.connect(lambda _=False, w=what: self._request_document(w))
            buttons.addWidget(b)
        buttons.addStretch(1)
        docs_layout.addLayout(buttons)
        self.tabs.addTab(docs, self.tr("文书"))
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.toolbar)
        inner.addWidget(self.tabs)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def selected_document(self) -> int | None:
        row = self.documents.currentRow()
        if row < 0 and self.documents.rowCount():
            row = self.documents.rowCount() - 1
        item = self.documents.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _request_document(self, what: str) -> None:
        if what == "all":
            if self.detail is not None:
                self.documentRequested.emit(-1, what)
            return
        doc = self.selected_document()
        if doc is not None:
            self.documentRequested.emit(doc, what)

    def clear(self) -> None:
        self.detail = None
        self.stack.setCurrentIndex(0)

    def show_loading(self) -> None:
        self.placeholder.setText(self.tr("正在读取案件……"))
        self.stack.setCurrentIndex(0)

    def _due_text(self, d: CaseDetail) -> str:
        if d.due is None:
            return self.tr("无（当前环节不计时）")
        lines = [f"{d.due.day.isoformat()}  {due_kind_name(d.due.kind)}"]
        if d.due.provisional:
            lines.append(self.tr("暂估：该年官方日历尚未录入，按周一至周五计算"))
        notes = {
            "deemed_accepted": self.tr("收件后5个工作日内未作处理，依法视为自收件之日起受理（第三十二条）"),
            "suspended": self.tr("中止计时中（第四十五条），预计{0}日").format(
                d.state.expected_pause_days if d.state else "-"),
            "extended": self.tr("已延长期限一次（第四十二条）"),
            "renewal_deemed_granted": self.tr("有效期届满前未作决定，依法视为准予延续（第五十条）"),
        }
        lines += [notes[n] for n in d.due.notes if n in notes]
        return "\n".join(lines)

    def show_detail(self, d: CaseDetail) -> None:
        self.detail = d
        r = d.row
        self.title.setText(f"{r.case_number}  {r.matter_name}")
        while self.summary_form.rowCount():
            self.summary_form.removeRow(0)
        due = self._due_text(d)
        uscc = r.applicant_uscc
        if d.uscc_override_reason:
            uscc += self.tr("（校验位不符，经办人说明：{0}）").format(d.uscc_override_reason)
        version = self.tr("第{0}版").format(d.matter_version)
        rows = [
            (self.tr("状态"), status_name(r.status)),
            (self.tr("事项"), f"{r.matter_name}（{r.matter_code}，{version}，"
                             f"{mode_name(d.matter_mode)}）"),
            (self.tr("原主管部门"), r.department_name),
            (self.tr("申请人"), r.applicant_name),
            (self.tr("统一社会信用代码"), uscc),
            (self.tr("法定代表人"), d.applicant_legal_rep or ""),
            (self.tr("联系电话"), d.applicant_phone or ""),
            (self.tr("地址"), d.applicant_address or ""),
            (self.tr("收件渠道"), channel_name(r.channel)),
            (self.tr("收件时间"), r.received_at.astimezone(BUREAU_TZ).strftime("%Y-%m-%d %H:%M")),
            (self.tr("办理期限"), due),
        ]
        if d.permit_status:
            rows.append((self.tr("证件状态"), permit_status_name(d.permit_status)))
        for label, value in rows:
            v = QLabel(value)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            v.setWordWrap(True)
            self.summary_form.addRow(label, v)
        _fill(self.fields, [[f.label, f.value] for f in d.fields])
        yes, no = self.tr("是"), self.tr("否")
        _fill(self.materials, [[x.name, yes if x.required else no, yes if x.received else no,
                                self.tr("原件") if x.form == "original" else self.tr("复印件"),
                                "" if x.pages is None else str(x.pages), x.file_name or ""] for x in d.materials])
        _fill(self.events, [[e.at.astimezone(BUREAU_TZ).strftime("%Y-%m-%d %H:%M"), event_name(e.kind), e.actor,
                             _transition(e.before, e.after), e.reason or "", e.legal_basis or "", e.terminal]
                            for e in d.events])
        _fill(self.documents, [[KIND_TITLES.get(x.kind, x.kind), x.number or "",
                                x.created_at.astimezone(BUREAU_TZ).strftime("%Y-%m-%d %H:%M"), x.sha256[:16] + "…"]
                               for x in d.documents])
        for r, x in enumerate(d.documents):
            self.documents.item(r, 0).setData(Qt.ItemDataRole.UserRole, x.id)
            self.documents.item(r, 3).setToolTip(x.sha256)
        self.stack.setCurrentIndex(1)


KIND_TITLES = {code: kind.title for code, kind in KINDS.items()} | {"permit": "许可证件（签章PDF）"}


def _transition(before: str | None, after: str | None) -> str:
    if not after or before == after:
        return status_name(after or before or "")
    if not before:
        return status_name(after)
    return f"{status_name(before)} → {status_name(after)}"
