"""Filling Word templates: `{{name}}` placeholders, repeated table rows, East-Asian fonts.

Templates live in resources/templates/ and may be edited in Word. Word splits text into runs
wherever formatting or editing history changes, so a placeholder is matched on the paragraph's
whole text; the paragraph keeps the formatting of its first run.
"""
from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any, Mapping, Sequence

from docx import Document as open_docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

PLACEHOLDER = re.compile(r"\{\{\s*([a-zA-Z_][a-zA-Z0-9_.]*)\s*\}\}")
ROW_PREFIX = "item."  # a table row with {{item.x}} is repeated once per item


class TemplateError(Exception):
    """The template is unusable (missing file, unknown placeholder)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


def set_east_asian_font(run_or_style, name: str) -> None:  # noqa: ANN001
    """`font.name` only sets the Latin font; Word needs w:eastAsia for Chinese."""
    run_or_style.font.name = name
    element = getattr(run_or_style, "element", None)
    element = element if element is not None else run_or_style._element
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _substitute(text: str, values: Mapping[str, Any], source: str) -> str:
    def one(match: re.Match) -> str:
        key = match.group(1)
        if key not in values:
            raise TemplateError("template_unknown_field", field=key, template=source)
        value = values[key]
        return "" if value is None else str(value)
    return PLACEHOLDER.sub(one, text)


def _fill_paragraph(paragraph: Paragraph, values: Mapping[str, Any], source: str) -> None:
    runs = paragraph.runs
    text = "".join(r.text for r in runs)
    if "{{" not in text:
        return
    new = _substitute(text, values, source)
    lines = new.split("\n")
    runs[0].text = lines[0]
    for r in runs[1:]:
        r.text = ""
    for line in lines[1:]:  # a multi-line value becomes line breaks in the first run
        runs[0].add_break()
        runs[0].add_text(line)


def _row_has_items(row) -> bool:  # noqa: ANN001
    return any("{{" + ROW_PREFIX in c.text.replace(" ", "") for c in row.cells)


def _fill_table(table: Table, values: Mapping[str, Any], items: Sequence[Mapping[str, Any]], source: str) -> None:
    from copy import deepcopy

    for row in list(table.rows):
        if _row_has_items(row):
            template_tr = row._tr
            anchor = template_tr
            for item in items:
                new_tr = deepcopy(template_tr)
                anchor.addnext(new_tr)
                anchor = new_tr
                scoped = {**values, **{ROW_PREFIX + k: v for k, v in item.items()}}
                for tc in new_tr.iter(qn("w:p")):
                    _fill_paragraph(Paragraph(tc, row._parent), scoped, source)
            template_tr.getparent().remove(template_tr)
        else:
            for cell in row.cells:
                for p in cell.paragraphs:
                    _fill_paragraph(p, values, source)
                for inner in cell.tables:
                    _fill_table(inner, values, items, source)


def fill(template: Path, values: Mapping[str, Any], items: Sequence[Mapping[str, Any]] = ()) -> bytes:
    """The template with every placeholder replaced; rows with {{item.*}} repeated per item."""
    if not template.is_file():
        raise TemplateError("template_missing", template=str(template))
    try:
        doc: Document = open_docx(str(template))
    except Exception as exc:  # python-docx raises several kinds for a file that is not DOCX
        raise TemplateError("template_unreadable", template=str(template), detail=str(exc)) from exc
    source = template.name
    for p in doc.paragraphs:
        _fill_paragraph(p, values, source)
    for table in doc.tables:
        _fill_table(table, values, items, source)
    for section in doc.sections:
        for part in (section.header, section.footer):
            for p in part.paragraphs:
                _fill_paragraph(p, values, source)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def placeholders(template: Path) -> set[str]:
    """Every placeholder a template uses (for checking an edited template before it is used)."""
    doc = open_docx(str(template))
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            texts += [c.text for c in row.cells]
    return {m.group(1) for t in texts for m in PLACEHOLDER.finditer(t)}
