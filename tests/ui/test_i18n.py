"""The English translation is complete and is what the officer sees when English is chosen."""
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from approval_app import paths
from approval_app.ui.i18n import install_translators
from approval_app.ui.models.case_table import CaseTableModel
from approval_app.ui.workers import TaskRunner

pytestmark = pytest.mark.gui
TS = paths.translations_dir() / "approval_app_en.ts"


def test_every_message_is_translated_with_its_placeholders():
    root = ET.parse(TS).getroot()
    # a string lupdate could not place in its class is looked up under another context at run time
    assert all(ctx.findtext("name") for ctx in root.findall("context"))
    messages = root.findall(".//message")
    assert len(messages) > 150
    for msg in messages:
        source = msg.findtext("source")
        translation = msg.find("translation")
        assert translation.get("type") != "unfinished" and translation.text, source
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", translation.text)), source


def test_english_ui_texts(qapp):
    translators = install_translators(qapp, "en")
    try:
        model = CaseTableModel(TaskRunner(), lambda *a: [], lambda *a: 0)


        assert model.headerData(0, Qt.Orientation.Horizontal) == "Case No."
        from approval_app.ui.messages import describe, status_name

        assert status_name("review") == "Under review"
        assert "expected G" in describe("uscc_check", {"expected": "G", "got": "H"})
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)
    assert CaseTableModel(TaskRunner(), lambda *a: [], lambda *a: 0).headerData(0, Qt.Orientation.Horizontal) == "案件编号"
