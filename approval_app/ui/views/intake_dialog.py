"""New case at the counter: matter, applicant, the matter's own form, materials with scans.

The form is generated from the matter's catalogue definition; tab order follows the paper
form, Enter moves to the next field (it never submits or loses input), Ctrl+S saves.
Saving runs on a worker with a progress dialog that can cancel; the receipt comes with it.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDialog, QFileDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QProgressDialog, QPushButton, QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from approval_app.domain import validators
from approval_app.domain.catalogue import FieldSpec, Matter, Mode, check_field
from approval_app.domain.errors import DomainError, Issue, ValidationFailed
from approval_app.domain.procedure import Action
from approval_app.domain.roles import Actor
from approval_app.services import counter
from approval_app.services.intake import (ApplicantInput, ApplicantRow, MaterialInput, ReceiveInput, check_applicant,
                                          fetch_applicants, fetch_matters)
from approval_app.services.notices import Bureau
from approval_app.storage.db import Database
from approval_app.ui.messages import describe, describe_error, mode_name
from approval_app.ui.workers import Cancelled, TaskRunner

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #b02a37"


class _Enter(QLineEdit):
    """A line edit where Enter moves to the next field, as on the paper form."""

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)


class MaterialsTable(QTableWidget):
    """The checklist: received, original/copy, pages, scanned file (drop a file on its row)."""

    RECEIVED, NAME, REQUIRED, FORM, PAGES, FILE = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels([self.tr("已收"), self.tr("材料名称"), self.tr("必需"), self.tr("原件/复印件"),
                                        self.tr("页数"), self.tr("扫描件（可拖入）")])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.codes: list[str] = []
        self.files: dict[str, Path] = {}

    def set_materials(self, matter: Matter) -> None:
        self.setRowCount(len(matter.materials))
        self.codes = [x.code for x in matter.materials]
        self.files = {}
        for r, spec in enumerate(matter.materials):
            box = QCheckBox()
            box.setObjectName(f"received_{spec.code}")
            self.setCellWidget(r, self.RECEIVED, box)
            name = QTableWidgetItem(spec.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.setItem(r, self.NAME, name)
            req = QTableWidgetItem(self.tr("是") if spec.required else self.tr("否"))
            req.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(r, self.REQUIRED, req)
            form = QComboBox()
            form.addItem(self.tr("原件"), "original")
            form.addItem(self.tr("复印件"), "copy")
            form.setCurrentIndex(0 if spec.form == "original" else 1)
            self.setCellWidget(r, self.FORM, form)
            pages = QSpinBox()
            pages.setRange(0, 9999)
            pages.setSpecialValueText("-")
            self.setCellWidget(r, self.PAGES, pages)
            button = QPushButton(self.tr("选择文件…"))
            button.clicked.connect(lambda _=False, row=r: self.choose_file(row))
            self.setCellWidget(r, self.FILE, button)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)

    def row_of(self, code: str) -> int:
        return self.codes.index(code)

    def set_received(self, code: str, received: bool = True, pages: int | None = None) -> None:
        r = self.row_of(code)
        self.cellWidget(r, self.RECEIVED).setChecked(received)
        if pages is not None:
            self.cellWidget(r, self.PAGES).setValue(pages)

    def set_file(self, row: int, path: Path) -> None:
        code = self.codes[row]
        self.files[code] = path
        self.cellWidget(row, self.FILE).setText(path.name)
        self.cellWidget(row, self.FILE).setToolTip(str(path))
        self.cellWidget(row, self.RECEIVED).setChecked(True)

    def choose_file(self, row: int) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择扫描件"), "",
                                              self.tr("扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.ofd);;所有文件 (*)"))
        if path:
            self.set_file(row, Path(path))

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent  # noqa: N815

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        row = self.rowAt(int(event.position().y()))
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if row >= 0 and urls:
            self.set_file(row, Path(urls[0].toLocalFile()))
            event.acceptProposedAction()

    def materials(self) -> tuple[MaterialInput, ...]:
        out = []
        for r, code in enumerate(self.codes):
            if self.cellWidget(r, self.RECEIVED).isChecked():
                pages = self.cellWidget(r, self.PAGES).value() or None
                out.append(MaterialInput(code, True, self.cellWidget(r, self.FORM).currentData(), pages))
        return tuple(out)

    def attachments(self) -> tuple[counter.Attachment, ...]:
        pages = {x.code: x.pages for x in self.materials()}
        return tuple(counter.Attachment(code, path, pages.get(code)) for code, path in self.files.items())


class IntakeDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, bureau: Bureau, runner: TaskRunner, *, case_prefix: str = "SP",
                 max_file_size: int = 50 * 1024 * 1024, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.bureau, self.runner = db, actor, bureau, runner
        self.case_prefix, self.max_file_size = case_prefix, max_file_size
        self.outcome: counter.Outcome | None = None
        self.matters: list[Matter] = []
        self.matter: Matter | None = None
        self.field_widgets: dict[str, QWidget] = {}
        self.field_errors: dict[str, QLabel] = {}
        self._cancel = False
        self.saving = False
        self.setWindowTitle(self.tr("新建收件"))
        self.resize(980, 860)

        # matter
        self.matter_box = QComboBox()
        self.matter_box.setObjectName("matter")
        self.matter_box.setEditable(True)
        self.matter_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.matter_box.lineEdit().setPlaceholderText(self.tr("输入事项名称或编码查找"))
        self.matter_box.currentIndexChanged.connect(self._matter_changed)
        self.matter_info = QLabel()
        self.matter_info.setWordWrap(True)
        self.matter_info.setStyleSheet("color: #555")

        # applicant
        self.uscc = _Enter()
        self.uscc.setObjectName("uscc")
        self.uscc.setMaxLength(18)
        self.uscc.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9A-Za-z]{0,18}"), self))
        self.uscc.textEdited.connect(lambda t: self.uscc.setText(t.upper()))
        self.uscc.editingFinished.connect(self._uscc_done)
        self.applicant_name = _Enter()
        self.applicant_name.setObjectName("applicantName")
        self.legal_rep = _Enter()
        self.legal_rep.setObjectName("legalRep")
        self.contact_name = _Enter()
        self.contact_phone = _Enter()
        self.contact_phone.setObjectName("contactPhone")
        self.address = _Enter()
        self.override = _Enter()
        self.override.setObjectName("ussccOverride")
        self.override.setPlaceholderText(self.tr("历史登记代码校验位不符时，写明核对情况（记入办理记录）"))
        self.override_label = QLabel(self.tr("代码不符说明"))
        self.applicant_errors: dict[str, QLabel] = {}
        self._completer_rows: dict[str, ApplicantRow] = {}
        self.name_completer = QCompleter(self)
        self.name_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_completer.activated.connect(self._completed)
        self.applicant_name.setCompleter(self.name_completer)
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(250)
        self._lookup_timer.timeout.connect(lambda: self._lookup(self.applicant_name.text()))
        self.applicant_name.textEdited.connect(self._lookup_timer.start)

        applicant_box = QGroupBox(self.tr("申请人"))
        af = QFormLayout(applicant_box)
        for label, widget, key in ((self.tr("统一社会信用代码*"), self.uscc, "applicant.uscc"),
                                   (self.tr("名称*"), self.applicant_name, "applicant.name"),
                                   (self.tr("法定代表人"), self.legal_rep, None),
                                   (self.tr("联系人"), self.contact_name, None),
                                   (self.tr("联系电话"), self.contact_phone, "applicant.contact_phone"),
                                   (self.tr("地址"), self.address, None)):
            af.addRow(label, self._with_error(widget, key, self.applicant_errors))
        af.addRow(self.override_label, self.override)
        self._show_override(False)

        # the matter's own form
        self.form_box = QGroupBox(self.tr("申请表"))
        self.form_layout = QFormLayout(self.form_box)
        self.materials_table = MaterialsTable()
        self.materials_table.setObjectName("materials")
        materials_box = QGroupBox(self.tr("申请材料"))
        QVBoxLayout(materials_box).addWidget(self.materials_table)
        self.pledge = QCheckBox(self.tr("申请人已签署告知承诺书，材料齐全的当场作出审批决定"))
        self.pledge.setObjectName("pledge")
        self.on_spot = QCheckBox(self.tr("材料齐全，当场作出准予许可决定（第三十四条）"))
        self.on_spot.setObjectName("onSpot")

        content = QWidget()
        cl = QVBoxLayout(content)
        top = QFormLayout()
        top.addRow(self.tr("事项*"), self.matter_box)
        top.addRow("", self.matter_info)
        cl.addLayout(top)
        cl.addWidget(applicant_box)
        cl.addWidget(self.form_box)
        cl.addWidget(materials_box, 1)
        cl.addWidget(self.pledge)
        cl.addWidget(self.on_spot)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存并生成收件凭证（Ctrl+S）"))
        self.save_button.setObjectName("save")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("取消"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        for seq in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(seq), self, activated=self.save)

        self.runner.start(fetch_matters, db, on_result=self._set_matters, on_error=self._show_error)

    # --- building ----------------------------------------------------------------------------
    def _with_error(self, widget: QWidget, key: str | None, errors: dict[str, QLabel]) -> QWidget:
        if key is None:
            return widget
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setVisible(False)
        label.setWordWrap(True)
        v.addWidget(label)
        errors[key] = label
        return box

    def _set_matters(self, matters: list[Matter]) -> None:
        self.matters = matters
        self.matter_box.blockSignals(True)
        self.matter_box.clear()
        self.matter_box.addItem("", None)
        for m in matters:
            self.matter_box.addItem(f"{m.name}（{m.code}，{m.department.name}）", m.code)
        completer = QCompleter([self.matter_box.itemText(i) for i in range(1, self.matter_box.count())], self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.matter_box.setCompleter(completer)
        self.matter_box.setCurrentIndex(0)
        self.matter_box.blockSignals(False)
        self.matter_box.setFocus()

    def select_matter(self, code: str) -> None:
        self.matter_box.setCurrentIndex(self.matter_box.findData(code))

    def _matter_changed(self, index: int) -> None:
        code = self.matter_box.itemData(index)
        self.matter = next((m for m in self.matters if m.code == code), None)
        while self.form_layout.rowCount():
            self.form_layout.removeRow(0)
        self.field_widgets, self.field_errors = {}, {}
        if self.matter is None:
            self.matter_info.clear()
            self.materials_table.setRowCount(0)
            return
        m = self.matter
        self.matter_info.setText(self.tr("{0}；原主管部门：{1}；法定时限{2}个工作日，承诺时限{3}个工作日").format(
            mode_name(m.mode.value), m.department.name, m.legal_limit_days, m.promised_limit_days))
        previous = self.applicant_name
        for spec in m.fields:
            widget = self._field_widget(spec)
            widget.setObjectName(f"field_{spec.name}")
            self.field_widgets[spec.name] = widget
            self.form_layout.addRow(spec.label + ("*" if spec.required else ""),
                                    self._with_error(widget, spec.name, self.field_errors))
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self.materials_table.set_materials(m)
        QWidget.setTabOrder(previous, self.materials_table)
        self.pledge.setVisible(m.mode is Mode.COMMITMENT)
        self.on_spot.setVisible(m.mode is Mode.LICENCE and m.on_the_spot)
        self.pledge.setChecked(False)
        self.on_spot.setChecked(False)

    def _field_widget(self, spec: FieldSpec) -> QWidget:
        if spec.type == "choice":
            box = QComboBox()
            box.addItem("", "")
            for choice in spec.choices:
                box.addItem(choice, choice)
            return box
        edit = _Enter()
        if spec.max_length:
            edit.setMaxLength(spec.max_length)
        placeholders = {"date": "YYYY-MM-DD", "uscc": self.tr("18位统一社会信用代码"),
                        "id_number": self.tr("18位身份证号码"), "phone": self.tr("手机或区号-电话")}
        edit.setPlaceholderText(spec.example or placeholders.get(spec.type, ""))
        if spec.type == "number":
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"-?\d{0,12}(\.\d{0,4})?"), edit))
        if spec.type == "date":
            edit.setText("")
        return edit

    # --- applicant lookup -----------------------------------------------------------------------
    def _uscc_done(self) -> None:
        code = self.uscc.text().strip().upper()
        issues = validators.check_uscc(code, "applicant.uscc") if code else []
        self._show_issue("applicant.uscc", issues[0] if issues else None, self.applicant_errors)
        self._show_override(bool(issues) and issues[0].code == "uscc_check")
        if len(code) == 18:
            self._lookup(code)

    def _lookup(self, text: str) -> None:
        if len(text.strip()) >= 2:
            self.runner.start(fetch_applicants, self.db, text, on_result=self._lookup_done, on_error=self._show_error)

    def _lookup_done(self, rows: list[ApplicantRow]) -> None:
        from PySide6.QtCore import QStringListModel

        self._completer_rows = {f"{r.name}  {r.uscc}": r for r in rows}
        self.name_completer.setModel(QStringListModel(list(self._completer_rows), self.name_completer))
        exact = [r for r in rows if r.uscc == self.uscc.text().strip().upper()]
        if exact:
            self.fill_applicant(exact[0])

    def _completed(self, text: str) -> None:
        row = self._completer_rows.get(text)
        if row:
            self.fill_applicant(row)

    def fill_applicant(self, row: ApplicantRow) -> None:
        """A known applicant: fill what the bureau already holds (officers may still correct it)."""
        self.uscc.setText(row.uscc)
        self.applicant_name.setText(row.name)
        for widget, value in ((self.legal_rep, row.legal_representative), (self.contact_name, row.contact_name),
                              (self.contact_phone, row.contact_phone), (self.address, row.address)):
            if not widget.text().strip():
                widget.setText(value)
        self._show_override(not row.uscc_valid)

    def _show_override(self, visible: bool) -> None:
        self.override.setVisible(visible)
        self.override_label.setVisible(visible)

    # --- validation and saving -----------------------------------------------------------------
    def _show_issue(self, key: str, issue: Issue | None, errors: dict[str, QLabel]) -> None:
        label = errors.get(key)
        if label is None:
            return
        label.setVisible(issue is not None)
        label.setText(describe(issue.code, issue.params) if issue else "")

    def form_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, w in self.field_widgets.items():
            value = w.currentData() if isinstance(w, QComboBox) else w.text().strip()
            if value not in ("", None):
                out[name] = value
        return out

    def applicant(self) -> ApplicantInput:
        return ApplicantInput(self.applicant_name.text().strip(), self.uscc.text().strip().upper(),
                              self.legal_rep.text().strip(), self.contact_name.text().strip(),
                              self.contact_phone.text().strip(), self.address.text().strip(),
                              uscc_override_reason=self.override.text().strip() if self.override.isVisible() else "")

    def check(self) -> list[Issue]:
        """Every problem at once, each shown next to its field (the service checks again)."""
        issues: list[Issue] = []
        if self.matter is None:
            issues.append(Issue("matter", "required"))
            self.error.setText(self.tr("请选择事项"))
            return issues
        applicant_issues, _ = check_applicant(self.applicant(), "counter")
        for key in self.applicant_errors:
            self._show_issue(key, next((i for i in applicant_issues if i.field == key), None), self.applicant_errors)
        self._show_override(self.override.isVisible() or any(i.code == "uscc_check" for i in applicant_issues))
        issues += applicant_issues
        values = self.form_values()
        for spec in self.matter.fields:
            raw = values.get(spec.name)
            found = [Issue(spec.name, "required")] if raw is None and spec.required else (
                check_field(spec, raw) if raw is not None else [])
            self._show_issue(spec.name, found[0] if found else None, self.field_errors)
            issues += found
        if issues:
            self.error.setText(self.tr("有{0}处需要更正，已在对应栏目下方标出").format(len(issues)))
        else:
            self.error.clear()
        return issues

    def then_action(self) -> Action | None:
        if self.pledge.isVisible() and self.pledge.isChecked():
            return Action.COMMIT
        if self.on_spot.isVisible() and self.on_spot.isChecked():
            return Action.DECIDE_ON_SPOT
        return None

    def save(self) -> None:
        if self.saving or self.check():
            return
        assert self.matter is not None
        data = ReceiveInput(self.matter.code, self.applicant(), self.form_values(), self.materials_table.materials())
        attachments = self.materials_table.attachments()
        self.saving = True
        self.save_button.setEnabled(False)
        self._cancel = False
        self.progress = QProgressDialog(self.tr("正在保存……"), self.tr("取消"), 0, 100, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self._request_cancel)
        self.runner.start(counter.receive_in, self.db, self.actor, data, self.bureau, case_prefix=self.case_prefix,
                          attachments=attachments, max_file_size=self.max_file_size,
                          on_progress=lambda p, n: (self.progress.setValue(p),
                                                    self.progress.setLabelText(self.tr("正在保存扫描件：{0}").format(n))),
                          on_result=self._saved, on_error=self._save_failed, then=self.then_action(),
                          cancel=lambda: self._cancel)

    def _request_cancel(self) -> None:
        self._cancel = True

    def _saved(self, outcome: counter.Outcome) -> None:
        self.progress.reset()
        self.saving = False
        self.outcome = outcome
        self.accept()

    def _save_failed(self, exc: Exception) -> None:
        self.progress.reset()
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.error.setText(self.tr("已取消，未保存任何内容"))
            return
        if isinstance(exc, ValidationFailed):
            for issue in exc.issues:
                self._show_issue(issue.field, issue, self.field_errors if issue.field in self.field_errors
                                 else self.applicant_errors)
        self.error.setText(describe_error(exc) if isinstance(exc, (DomainError,)) or getattr(exc, "code", None)
                           else describe("internal_error"))

    def _show_error(self, exc: Exception) -> None:
        self.error.setText(describe_error(exc))

    def reject(self) -> None:
        if self.saving:
            self._request_cancel()
            return
        if self.outcome is None and self.matter is not None and (self.form_values() or self.uscc.text()) \
                and self.isVisible() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(self, self.tr("放弃收件"), self.tr("已填写的内容尚未保存，确定放弃？"))
        return answer == QMessageBox.StandardButton.Yes


