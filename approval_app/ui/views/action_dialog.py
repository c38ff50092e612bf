"""A small form asking for what an action needs (reason, legal basis, materials, reviewer...).

Each action declares its inputs as `Param`s; the dialog builds the widgets, checks required
inputs in place, and returns a plain dict for the service.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)


@dataclass(frozen=True)
class Param:
    key: str
    label: str
    kind: str = "text"   # text | multiline | choice | int | checklist | bool
    required: bool = True
    options: tuple[tuple[str, str], ...] = ()   # (value, label) for choice and checklist
    checked: tuple[str, ...] = ()               # pre-ticked checklist values
    default: Any = None
    minimum: int = 1
    maximum: int = 365
    hint: str = ""


@dataclass
class ActionForm:
    title: str
    intro: str = ""
    params: list[Param] = field(default_factory=list)
    confirm: str = ""   # for actions with no inputs: the question asked


class ActionDialog(QDialog):
    def __init__(self, form: ActionForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setWindowTitle(form.title)
        self.setMinimumWidth(520)
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        if form.intro or form.confirm:
            intro = QLabel(form.intro or form.confirm)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        grid = QFormLayout()
        for p in form.params:
            widget = self._widget(p)
            widget.setObjectName(p.key)
            self.widgets[p.key] = widget
            grid.addRow(p.label + ("*" if p.required and p.kind not in ("bool", "int") else ""), widget)
            if p.hint:
                hint = QLabel(p.hint)
                hint.setStyleSheet("color: #666")
                hint.setWordWrap(True)
                grid.addRow("", hint)
        layout.addLayout(grid)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b02a37")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = next(iter(self.widgets.values()), None)
        if first is not None:
            first.setFocus()

    def _widget(self, p: Param) -> QWidget:
        if p.kind == "multiline":
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)  # Tab moves on, as in every other field
            w.setFixedHeight(80)
            if p.default:
                w.setPlainText(str(p.default))
            return w
        if p.kind == "choice":
            w = QComboBox()
            for value, label in p.options:
                w.addItem(label, value)
            if p.default is not None:
                w.setCurrentIndex(max(0, w.findData(p.default)))
            return w
        if p.kind == "int":
            w = QSpinBox()
            w.setRange(p.minimum, p.maximum)
            w.setValue(int(p.default or p.minimum))
            return w
        if p.kind == "bool":
            w = QCheckBox()
            w.setChecked(bool(p.default))
            return w
        if p.kind == "checklist":
            w = QListWidget()
            for value, label in p.options:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value in p.checked else Qt.CheckState.Unchecked)
                w.addItem(item)
            w.setMinimumHeight(min(240, 26 * max(3, len(p.options))))
            return w
        w = QLineEdit()
        if p.default:
            w.setText(str(p.default))
        return w

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for p in self.form.params:
            w = self.widgets[p.key]
            if isinstance(w, QPlainTextEdit):
                out[p.key] = w.toPlainText().strip()
            elif isinstance(w, QComboBox):
                out[p.key] = w.currentData()
            elif isinstance(w, QSpinBox):
                out[p.key] = w.value()
            elif isinstance(w, QCheckBox):
                out[p.key] = w.isChecked()
            elif isinstance(w, QListWidget):
                out[p.key] = [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                              if w.item(i).checkState() == Qt.CheckState.Checked]
            else:
                out[p.key] = w.text().strip()
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the form programmatically (tests, and re-opening after an error)."""
        for key, value in values.items():
            w = self.widgets[key]
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(str(value))
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            elif isinstance(w, QSpinBox):
                w.setValue(int(value))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QListWidget):
                for i in range(w.count()):
                    item = w.item(i)
                    item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in value
                                       else Qt.CheckState.Unchecked)
            else:
                w.setText(str(value))

    def missing(self) -> list[str]:
        values = self.values()
        return [p.label for p in self.form.params
                if p.required and p.kind in ("text", "multiline", "checklist", "choice") and not values.get(p.key)]

    def _accept(self) -> None:
        missing = self.missing()
        if missing:
            self.error.setText(self.tr("请填写：{0}").format("、".join(missing)))
            self.widgets[next(p.key for p in self.form.params if p.label == missing[0])].setFocus()
            return
        self.accept()
