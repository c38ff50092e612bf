"""Logging set up once at start: a rotating file in the user log directory, warnings to stderr."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from approval_app import config


class _Brief(logging.Formatter):
    """Console lines without tracebacks: the user reads one sentence, the log file keeps the rest."""

    def format(self, record: logging.LogRecord) -> str:
        return self.formatMessage(logging.makeLogRecord({**record.__dict__, "exc_info": None,
                                                         "exc_text": None, "message": record.getMessage()}))


def setup_logging(verbose: bool = False) -> Path | None:
    root = logging.getLogger()
    if getattr(root, "_approval_configured", False):
        return getattr(root, "_approval_log_file", None)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    log_file: Path | None = config.log_dir() / "approval-app.log"
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        log_file = None
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(_Brief("%(levelname)s: %(message)s") if not verbose
                         else logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
    root._approval_configured = True  # type: ignore[attr-defined]
    root._approval_log_file = log_file  # type: ignore[attr-defined]
    return log_file
