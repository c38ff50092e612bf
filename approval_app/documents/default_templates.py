"""The bureau's standard notice templates (after the Ministry of Justice 2004 set), built as DOCX.

`approval-app templates export DIR` writes them; an administrator then edits them in Word,
keeping the `{{...}}` placeholders. Body text is 仿宋 16 pt, titles 宋体 bold 22 pt, A4.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from approval_app.documents.docx_fill import set_east_asian_font

BODY_FONT = "仿宋"
TITLE_FONT = "宋体"


@dataclass(frozen=True)
class NoticeKind:
    code: str
    title: str        # zh_CN name of the document
    file: str


KINDS = {k.code: k for k in (
    NoticeKind("receipt", "收件凭证", "receipt.docx"),
    NoticeKind("acceptance", "行政许可受理通知书", "acceptance.docx"),
    NoticeKind("supplement", "补正材料通知书", "supplement.docx"),
    NoticeKind("refusal", "不予受理决定书", "refusal.docx"),
    NoticeKind("approval", "准予行政许可决定书", "approval.docx"),
    NoticeKind("denial", "不予行政许可决定书", "denial.docx"),
    NoticeKind("extension", "延期通知书", "extension.docx"),
    NoticeKind("special_procedure", "特别程序告知书", "special_procedure.docx"),
    NoticeKind("service", "送达回证", "service.docx"),
    NoticeKind("filing_receipt", "备案回执", "filing_receipt.docx"),
    NoticeKind("filing_return", "备案材料退回通知书", "filing_return.docx"),
)}


class _Builder:
    def __init__(self) -> None:
        self.doc = Document()
        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
        normal = self.doc.styles["Normal"]
        set_east_asian_font(normal, BODY_FONT)
        normal.font.size = Pt(16)
        normal.paragraph_format.line_spacing = Pt(28)
        normal.paragraph_format.space_after = Pt(0)

    def title(self, bureau: bool, text: str) -> None:
        if bureau:
            self._line("{{bureau_name}}", TITLE_FONT, 22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        self._line(text, TITLE_FONT, 22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        self._line("{{doc_number}}", BODY_FONT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
        self.blank()

    def _line(self, text: str, font: str, size: int, *, bold: bool = False,
              align: WD_ALIGN_PARAGRAPH | None = None, indent: bool = False) -> None:
        p = self.doc.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        run = p.add_run(text)
        set_east_asian_font(run, font)
        run.font.size = Pt(size)
        run.bold = bold

    def para(self, text: str, indent: bool = True) -> None:
        self._line(text, BODY_FONT, 16, indent=indent)

    def blank(self) -> None:
        self.doc.add_paragraph()

    def table(self, headers: list[str], row: list[str], widths: list[float]) -> None:
        t = self.doc.add_table(rows=2, cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, width in enumerate(widths):  # gridCol widths: what LibreOffice and WPS honour
            t.columns[i].width = Cm(width)
        for i, (h, v) in enumerate(zip(headers, row)):
            for r, text, bold in ((0, h, True), (1, v, False)):
                cell = t.cell(r, i)
                cell.width = Cm(widths[i])
                p = cell.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.line_spacing = Pt(20)
                run = p.add_run(text)
                set_east_asian_font(run, BODY_FONT)
                run.font.size = Pt(14)
                run.bold = bold
        self.blank()

    def seal_and_date(self) -> None:
        self.blank()
        self._line("{{bureau_name}}", BODY_FONT, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
        self._line("（{{seal_label}}）", BODY_FONT, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
        self._line("{{issue_date}}", BODY_FONT, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)

    def missing_items(self) -> None:
        """The table of materials to supply, one row per item."""
        self.table(["序号", "材料名称", "数量", "备注"],
                   ["{{item.no}}", "{{item.name}}", "{{item.count}}", "{{item.remark}}"], [1.6, 8.0, 2.0, 3.8])

    def ending(self) -> None:
        self.seal_and_date()
        self.footer()

    def footer(self) -> None:
        self._line("案件编号：{{case_number}}    联系电话：{{bureau_phone}}", BODY_FONT, 12)
        self._line("本文书可通过扫描二维码或登录{{bureau_name}}网站，凭案件编号核验。", BODY_FONT, 12)

    def save(self, path: Path) -> None:
        # Chinese as the document language, so Word proofs and hyphenates it correctly
        styles = self.doc.styles.element
        rpr = styles.find(qn("w:docDefaults"))
        if rpr is not None:
            lang = OxmlElement("w:lang")
            lang.set(qn("w:eastAsia"), "zh-CN")
            rpr_default = rpr.find(qn("w:rPrDefault"))
            if rpr_default is not None and rpr_default.find(qn("w:rPr")) is not None:
                rpr_default.find(qn("w:rPr")).append(lang)
        self.doc.save(str(path))


def _receipt(b: _Builder) -> None:
    b.title(True, "收件凭证")
    b.para("{{applicant_name}}：", indent=False)
    b.para("你（单位）于{{received_date}}提交的“{{matter_name}}”申请材料已收到，收到的材料如下：")
    b.table(["序号", "材料名称", "原件/复印件", "页数"],
            ["{{item.no}}", "{{item.name}}", "{{item.form}}", "{{item.pages}}"], [1.4, 8.4, 3.6, 2.0])
    b.para("本机关将于{{answer_date}}前作出受理、不予受理或者一次性告知补正的决定。{{answer_note}}")
    b.para("收件人：{{officer}}")
    b.ending()


def _acceptance(b: _Builder) -> None:
    b.title(True, "行政许可受理通知书")
    b.para("{{applicant_name}}：", indent=False)
    b.para("你（单位）于{{received_date}}提出的“{{matter_name}}”行政许可申请，申请材料齐全、符合法定形式。"
           "根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，本机关决定自{{accepted_date}}起予以受理。")
    b.para("本机关将于{{decision_due}}前作出行政许可决定{{due_note}}。依法需要听证、招标、拍卖、检验、检测、检疫、鉴定"
           "和专家评审的，所需时间不计算在上述期限内，本机关将书面告知所需时间。")
    b.para("法律依据：{{legal_basis}}")
    b.ending()


def _supplement(b: _Builder) -> None:
    b.title(True, "补正材料通知书")
    b.para("{{applicant_name}}：", indent=False)
    b.para("你（单位）于{{received_date}}提出的“{{matter_name}}”行政许可申请，申请材料不齐全或者不符合法定形式。"
           "根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容如下：")
    b.missing_items()
    b.para("请于{{supplement_deadline}}前补正上述材料。补正材料齐全、符合法定形式的，本机关将依法受理。{{note}}")
    b.blank()
    b.para("申请人（签收）：________________    签收日期：________________", indent=False)
    b.ending()


def _refusal(b: _Builder) -> None:
    b.title(True, "不予受理决定书")
    b.para("{{applicant_name}}：", indent=False)
    b.para("你（单位）于{{received_date}}提出的“{{matter_name}}”行政许可申请，经审查，{{reason}}。"
           "根据《中华人民共和国行政许可法》第三十二条第一款的规定，本机关决定不予受理。")
    b.para("{{competent_office_note}}")
    b.para("如不服本决定，可以自收到本决定书之日起六十日内向{{reconsideration_body}}申请行政复议，"
           "也可以自收到本决定书之日起六个月内向{{court}}提起行政诉讼。")
    b.ending()


def _approval(b: _Builder) -> None:
    b.title(True, "准予行政许可决定书")
    b.para("申请人：{{applicant_name}}（统一社会信用代码：{{applicant_uscc}}）", indent=False)
    b.para("申请日期：{{received_date}}    受理日期：{{accepted_date}}", indent=False)
    b.para("申请事项：{{matter_name}}", indent=False)
    b.blank()
    b.para("经审查，你（单位）的申请符合法定条件、标准。{{reason}}根据《中华人民共和国行政许可法》第三十八条第一款"
           "及{{legal_basis}}的规定，本机关决定准予行政许可。")
    b.para("本机关将依法于{{permit_due}}前向你（单位）颁发《{{permit_title}}》。该事项原由{{department_name}}实施，"
           "现由本机关统一实施并加盖本机关印章。")
    b.ending()


def _denial(b: _Builder) -> None:
    b.title(True, "不予行政许可决定书")
    b.para("申请人：{{applicant_name}}（统一社会信用代码：{{applicant_uscc}}）", indent=False)
    b.para("申请日期：{{received_date}}    受理日期：{{accepted_date}}", indent=False)
    b.para("申请事项：{{matter_name}}", indent=False)
    b.blank()
    b.para("经审查，{{reason}}。根据《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予行政许可。")
    b.para("如不服本决定，可以自收到本决定书之日起六十日内向{{reconsideration_body}}申请行政复议，"
           "也可以自收到本决定书之日起六个月内向{{court}}提起行政诉讼。")
    b.ending()


def _extension(b: _Builder) -> None:
    b.title(True, "延期通知书")
    b.para("{{applicant_name}}：", indent=False)
    b.para("你（单位）于{{received_date}}提出的“{{matter_name}}”行政许可申请，本机关已于{{accepted_date}}受理。"
           "因{{reason}}，在法定期限内不能作出决定。经本机关负责人（{{signed_off_by}}）批准，根据《中华人民共和国行政许可法》"
           "第四十二条的规定，决定延长{{extension_days}}个工作日，将于{{decision_due}}前作出行政许可决定。")
    b.para("特此告知。")
    b.ending()


def _special(b: _Builder) -> None:
    b.title(True, "特别程序告知书")
    b.para("{{applicant_name}}：", indent=False)
    b.para("你（单位）申请的“{{matter_name}}”行政许可事项，因{{reason}}，需要进行{{procedure_name}}。"
           "根据《中华人民共和国行政许可法》第四十五条的规定，{{procedure_name}}所需时间不计算在行政许可期限内。")
    b.para("该程序自{{suspended_date}}起进行，预计需要{{expected_days}}日。程序结束后，本机关将继续审查并依法作出决定。")
    b.para("法律依据：{{legal_basis}}")
    b.ending()


def _service(b: _Builder) -> None:
    b.title(True, "送达回证")
    t = b.doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Cm(5.0), Cm(10.6)
    rows = [("送达文书名称及文号", "{{served_document}}"), ("份数", "{{copies}}"),
            ("受送达人", "{{applicant_name}}"), ("送达地址", "{{address}}"), ("送达方式", "{{method}}"),
            ("收件人签名（盖章）", "{{recipient}}"), ("收到日期", "　　　年　　月　　日"),
            ("送达人", "{{officer}}"), ("见证人（留置送达时）", ""), ("备注", "{{remark}}")]
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Cm(5.0), Cm(10.6)
        for cell, text, bold in ((cells[0], label, True), (cells[1], value, False)):
            cell.paragraphs[0].paragraph_format.line_spacing = Pt(22)
            run = cell.paragraphs[0].add_run(text)
            set_east_asian_font(run, BODY_FONT)
            run.font.size = Pt(14)
            run.bold = bold
    b.ending()


def _filing_receipt(b: _Builder) -> None:
    b.title(True, "备案回执")
    b.para("{{applicant_name}}（统一社会信用代码：{{applicant_uscc}}）：", indent=False)
    b.para("你（单位）于{{received_date}}提交的“{{matter_name}}”备案材料齐全，本机关已予备案，备案编号：{{filing_number}}。")
    b.para("本备案信息已推送至{{regulator_name}}，由其依法实施监管。备案不代表对备案事项的审批，"
           "你（单位）应当对备案材料的真实性负责，并依法开展经营活动、接受监督检查。")
    b.ending()


def _filing_return(b: _Builder) -> None:
    b.title(True, "备案材料退回通知书")
    b.para("{{applicant_name}}：", indent=False)
    b.para("你（单位）于{{received_date}}提交的“{{matter_name}}”备案材料不齐全，本机关暂不予备案。"
           "请补齐下列材料后重新提交：")
    b.missing_items()
    b.para("备案不是审批。材料齐全的，本机关当场予以备案。")
    b.ending()


BUILDERS = {"receipt": _receipt, "acceptance": _acceptance, "supplement": _supplement, "refusal": _refusal,
            "approval": _approval, "denial": _denial, "extension": _extension, "special_procedure": _special,
            "service": _service, "filing_receipt": _filing_receipt, "filing_return": _filing_return}


def write_templates(directory: Path, overwrite: bool = False) -> list[Path]:
    """Write the standard templates into `directory`; existing (edited) ones are kept unless asked."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for code, kind in KINDS.items():
        path = directory / kind.file
        if path.exists() and not overwrite:
            continue
        builder = _Builder()
        BUILDERS[code](builder)
        builder.save(path)
        written.append(path)
    return written
