"""Registers the bundled CJK font so Chinese renders on machines without one."""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from approval_app import paths

log = logging.getLogger(__name__)


def install_font(app: QApplication, point_size: int = 10) -> str | None:
    """Register WenQuanYi Micro Hei and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(paths.font_file()))
    if font_id < 0:
        log.warning("could not load bundled font %s", paths.font_file())
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    font = QFont(families[0], point_size)
    app.setFont(font)
    return families[0]
