"""Running service calls off the GUI thread and answering on it (QThreadPool + signals)."""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task whose officer pressed Cancel; its transaction rolls back."""


class TaskSignals(QObject):
    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class ServiceTask(QRunnable):
    """Calls `fn(*args, **kwargs)` on a pool thread; `progress=` is passed when asked for."""

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False,
                 cancel: Callable[[], bool] | None = None, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = TaskSignals()
        self.with_progress = with_progress
        self.cancel = cancel
        self.setAutoDelete(True)

    def _progress(self, percent: int, text: str) -> None:
        # Checked at every progress step: cancelling stops the work at the next step.
        if self.cancel is not None and self.cancel():
            raise Cancelled()
        self.signals.progress.emit(percent, text)

    def run(self) -> None:
        try:
            if self.with_progress:
                self.kwargs["progress"] = self._progress
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # reported to the GUI thread, which decides how to show it
            from approval_app.ui.messages import is_known

            if not is_known(exc) and not isinstance(exc, Cancelled):
                log.exception("background task %s failed", getattr(self.fn, "__name__", self.fn))
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks on one pool and keeps their signal objects alive until they finish."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool(self)
        self._live: set[TaskSignals] = set()

    def start(self, fn: Callable[..., Any], *args: Any, on_result: Callable[[Any], None] | None = None,
              on_error: Callable[[Exception], None] | None = None,
              on_progress: Callable[[int, str], None] | None = None, cancel: Callable[[], bool] | None = None,
              **kwargs: Any) -> ServiceTask:
        task = ServiceTask(fn, *args, with_progress=on_progress is not None or cancel is not None, cancel=cancel,
                           **kwargs)
        signals = task.signals
        self._live.add(signals)
        if on_result:
            signals.succeeded.connect(on_result)
        if on_error:
            signals.failed.connect(on_error)
        if on_progress:
            signals.progress.connect(on_progress)
        signals.finished.connect(lambda: self._live.discard(signals))
        self.pool.start(task)
        return task

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
