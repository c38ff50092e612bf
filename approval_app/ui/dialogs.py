"""Small dialog helpers: waiting with progress, errors in plain words, the crash dialog."""
from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from approval_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)


def run_with_progress(parent: QWidget | None, label: str, fn: Callable[..., Any], *args: Any,
                      runner: TaskRunner | None = None, **kwargs: Any) -> Any:
    """Run `fn` on a worker while a modal progress dialog keeps the GUI alive; re-raise its error."""
    runner = runner or TaskRunner()
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    dialog.setWindowTitle(QCoreApplication.translate("app", "请稍候"))
    outcome: dict[str, Any] = {}

    def done_ok(result: Any) -> None:
        outcome["result"] = result
        dialog.done(0)

    def done_err(exc: Exception) -> None:
        outcome["error"] = exc
        dialog.done(0)

    def on_progress(percent: int, text: str) -> None:
        dialog.setRange(0, 100)
        dialog.setValue(percent)
        dialog.setLabelText(f"{label}\n{text}")

    runner.start(fn, *args, on_result=done_ok, on_error=done_err,
                 on_progress=on_progress if kwargs.pop("with_progress", False) else None, **kwargs)
    if "result" not in outcome and "error" not in outcome:
        dialog.exec()
    runner.wait()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.critical(parent, title or QCoreApplication.translate("app", "无法继续"), text)


def install_crash_dialog(log_file: Path | None) -> None:
    """Unexpected errors open a dialog with the details to copy, instead of vanishing."""

    def hook(exc_type, exc, tb) -> None:  # noqa: ANN001
        detail = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("unhandled exception\n%s", detail)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        from approval_app import __version__

        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("app", "程序错误"),
                          QCoreApplication.translate("app", "审批工作站遇到了一个内部错误。您的数据已保存到出错前的最后一步。\n"
                             "请将下方详细信息复制给系统管理员。日志文件：{0}").format(log_file or "-"))
        box.setDetailedText(f"approval-app {__version__}\nPython {platform.python_version()} "
                            f"{platform.platform()}\n\n{detail}")
        box.exec()

    sys.excepthook = hook
