"""Permits as PDF (reportlab): A4 landscape, embedded CJK subset font, seal over the date, QR code.

The font and the seal image are prepared once per process and reused, since a batch of
permits is rendered in one go.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import segno
from reportlab import rl_config
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from approval_app.documents.seal_keys import register_font

DARK_RED = Color(0.55, 0.08, 0.08)
# Binary (Flate) image streams: ASCII85 adds a quarter to the size and, in pure Python, ~15 ms per permit.
rl_config.useA85 = 0


@dataclass(frozen=True)
class PermitContent:
    title: str
    permit_number: str
    licence_id: str
    holder: str
    holder_code: str
    legal_representative: str
    address: str
    items: tuple[tuple[str, str], ...]   # the licensed scope, label → value
    valid_from: str                      # 2026年3月11日
    valid_to: str                        # 2031年3月10日, or 长期
    issue_date: str
    issuer: str                          # the bureau
    original_department: str             # whose power the bureau exercises
    matter_name: str
    qr_payload: str
    version: int = 1


@lru_cache(maxsize=8)
def _seal_reader(png: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(png))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if stringWidth(line + ch, font, size) > width:
            lines.append(line)
            line = ch
        else:
            line += ch
    return lines + ([line] if line else [])


def _qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """The QR code as vector squares: sharp at any zoom, cheaper than an embedded image."""
    # A fixed mask skips segno's evaluation of all eight (most of its time); any mask is valid.
    qr = segno.make(payload, error="m", micro=False, mask=4, boost_error=False)
    matrix = qr.matrix
    border = 2
    n = len(matrix) + 2 * border
    cell = size / n
    c.setFillColor(black)
    path = c.beginPath()
    for r, row in enumerate(matrix):
        top = y + size - (r + border + 1) * cell
        col, width = 0, len(row)
        while col < width:  # one rectangle per run of dark modules
            if row[col]:
                start = col
                while col < width and row[col]:
                    col += 1
                path.rect(x + (start + border) * cell, top, (col - start) * cell, cell)
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)


def render_permit(content: PermitContent, seal_png: bytes, font_file: Path) -> bytes:
    font = register_font(font_file)
    out = io.BytesIO()
    width, height = landscape(A4)
    c = Canvas(out, pagesize=(width, height), pageCompression=1, initialFontName=font, initialFontSize=12)
    c.setTitle(f"{content.title} {content.permit_number}")
    c.setAuthor(content.issuer)
    c.setSubject(content.licence_id)
    c.setCreator("approval-app")
    c.setKeywords(content.qr_payload)  # the QR's signed payload, readable without a camera
    # border: a double frame as on printed certificates
    c.setStrokeColor(DARK_RED)
    c.setLineWidth(2.2)
    c.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    c.setLineWidth(0.6)
    c.rect(13 * mm, 13 * mm, width - 26 * mm, height - 26 * mm)

    c.setFillColor(DARK_RED)
    c.setFont(font, 30)
    c.drawCentredString(width / 2, height - 38 * mm, content.title)
    c.setFillColor(black)
    c.setFont(font, 11)
    c.drawCentredString(width / 2, height - 47 * mm, f"许可证编号：{content.permit_number}")
    c.setFont(font, 8)
    c.drawCentredString(width / 2, height - 52.5 * mm, f"电子证照标识：{content.licence_id}")

    rows = [("持证主体", content.holder), ("统一社会信用代码", content.holder_code),
            ("法定代表人", content.legal_representative), ("住所", content.address),
            ("许可事项", content.matter_name)] + list(content.items) + \
        [("有效期", f"{content.valid_from} 至 {content.valid_to}")]
    left, label_w, value_w = 32 * mm, 44 * mm, width - 64 * mm - 44 * mm - 70 * mm
    y = height - 66 * mm
    size = 12
    for label, value in rows:
        lines = _wrap(str(value or "—"), font, size, value_w) or ["—"]
        c.setFont(font, size)
        c.setFillColor(Color(0.3, 0.3, 0.3))
        c.drawString(left, y, label)
        c.setFillColor(black)
        for line in lines:
            c.drawString(left + label_w, y, line)
            y -= 7.2 * mm
        if y < 45 * mm:
            break

    # issuer, the original department, the date, and the seal over the date
    right = width - 40 * mm
    base = 36 * mm
    c.setFont(font, 13)
    c.drawRightString(right, base + 26 * mm, f"发证机关：{content.issuer}")
    c.setFont(font, 9)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawRightString(right, base + 19 * mm, f"（原主管部门：{content.original_department}）")
    c.setFillColor(black)
    c.setFont(font, 13)
    c.drawRightString(right, base + 8 * mm, content.issue_date)
    seal = 42 * mm
    date_w = stringWidth(content.issue_date, font, 13)
    c.drawImage(_seal_reader(seal_png), right - date_w / 2 - seal / 2, base + 8 * mm - seal / 2 + 2 * mm,
                seal, seal, mask="auto")

    qr_size = 34 * mm
    _qr(c, content.qr_payload, width - 13 * mm - qr_size - 6 * mm, height - 13 * mm - qr_size - 6 * mm, qr_size)
    c.setFont(font, 7)
    c.drawCentredString(width - 13 * mm - qr_size / 2 - 6 * mm, height - 13 * mm - qr_size - 9 * mm,
                        "扫码离线核验")
    c.setFont(font, 7.5)
    c.setFillColor(Color(0.35, 0.35, 0.35))
    note = (f"本证照由{content.issuer}依法统一实施行政许可后颁发，加盖本机关印章并附电子签名，"
            f"可使用 approval-app verify 核验。第{content.version}版。")
    c.drawString(20 * mm, 17 * mm, note)
    c.showPage()
    c.save()
    return out.getvalue()
