"""Interface language: zh_CN is the source language, English comes from resources/translations."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from approval_app import paths

log = logging.getLogger(__name__)
LANGUAGES = {"zh_CN": "中文", "en": "English"}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translation (and Qt's own for standard buttons); keep the result alive."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    if language != "zh_CN":
        ours = QTranslator(app)
        if ours.load(f"approval_app_{language}", str(paths.translations_dir())):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("no translation for %s in %s", language, paths.translations_dir())
    return installed
