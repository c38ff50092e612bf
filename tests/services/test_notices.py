"""Notices filled from the case, numbered, stored with their SHA-256 and readable in Word."""
import datetime as dt
import hashlib
import io

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import select

from approval_app.domain.procedure import Action
from approval_app.domain.roles import Role
from approval_app.services import counter
from approval_app.services.intake import ApplicantInput, MaterialInput, ReceiveInput
from approval_app.services.notices import Bureau, document_bytes
from approval_app.storage import models as m
from tests_support import at

D = dt.date
BUREAU = Bureau()


def _text(db, notice):
    with db.read() as s:
        name, data = document_bytes(s, notice.id)
    assert hashlib.sha256(data).hexdigest() == notice.sha256 and name.endswith(".docx")
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts), d


def test_receipt_lists_the_materials_and_the_answer_date(bureau):
    db = bureau.db
    with db.transaction() as s:
        out = counter.receive(s, bureau[Role.INTAKE], ReceiveInput(
            "SCJG-001", ApplicantInput("某市鹭岛餐饮管理有限公司", "91350200MA2YJ1XR9G"),
            {"premises": "某市思明区湖滨南路1号", "principal": "王芳", "principal_id": "34052419800101001X",
             "contact_phone": "13800138000", "business_type": "餐饮服务经营者", "area": 120},
            (MaterialInput("application", pages=3, form="original"), MaterialInput("business_licence", pages=1)),
            received_at=at(D(2026, 9, 28))), BUREAU)
    (receipt,) = out.notices
    text, d = _text(db, receipt)
    assert out.case_number in text and "某市鹭岛餐饮管理有限公司" in text
    assert "2026年9月28日" in text and "2026年10月10日" in text  # 5 working days over National Day
    assert "食品经营许可申请书 | 原件 | 3" in text and "营业执照复印件 | 复印件 | 1" in text
    assert "经营场所平面布局图" not in text
    assert receipt.number == "某审批收字〔2026〕1号" and receipt.number in text
    assert "{{" not in text
    # East-Asian font set on the runs, so Word shows 仿宋 / 宋体
    fonts = {r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in d.paragraphs for r in p.runs if r.text}
    assert fonts <= {"仿宋", "宋体"} and "仿宋" in fonts


def test_each_action_issues_its_notice(bureau):
    db = bureau.db
    I, A, R = bureau[Role.INTAKE], bureau[Role.APPROVER], bureau[Role.REVIEWER]
    sup = bureau.receive(missing=("layout", "safety_rules"))
    with db.transaction() as s:
        out = counter.perform(s, I, Action.REQUEST_SUPPLEMENT, sup, BUREAU, missing=["layout", "safety_rules"],
                              at=at(D(2026, 3, 3)))
    text, _ = _text(db, out.notices[0])
    assert "经营场所平面布局图及设备布局、操作流程图" in text and "食品安全自查" in text
    assert "2026年3月24日" in text  # 15 working days to supplement
    assert "1 | 经营场所平面布局图" in text and "2 | 食品安全" in text

    ok = bureau.receive()
    steps = [(I, Action.ACCEPT, {}, "acceptance", ["2026年3月17日", "受理"]),
             (A, Action.ASSIGN, {"reviewer_username": "lina"}, None, []),
             (R, Action.SUSPEND, {"procedure": "inspection", "expected_days": 7, "reason": "需现场核查"},
              "special_procedure", ["现场核查", "7日", "第四十五条"]),
             (R, Action.RESUME, {}, None, []),
             (A, Action.EXTEND, {"reason": "案情复杂", "signed_off_by": "局长 赵建国"}, "extension",
              ["案情复杂", "赵建国", "10个工作日"]),
             (A, Action.APPROVE, {"reason": "符合条件"}, "approval", ["准予行政许可", "食品经营许可证", "市市场监督管理局"]),
             (Role.SEAL_KEEPER, Action.ISSUE_PERMIT, {}, None, []),
             (I, Action.DELIVER, {"method": "直接送达", "recipient": "王芳"}, "service", ["直接送达", "王芳", "准予行政许可决定书"])]
    day = D(2026, 3, 3)
    for actor, action, params, kind, expected in steps:
        actor = bureau[actor] if isinstance(actor, Role) else actor
        with db.transaction() as s:
            out = counter.perform(s, actor, action, ok, BUREAU, at=at(day), **params)
        day += dt.timedelta(days=1)
        assert [n.kind for n in out.notices] == ([kind] if kind else [])
        if kind:
            text, _ = _text(db, out.notices[0])
            for fragment in expected + ["某市鹭岛餐饮管理有限公司", out.case_number]:
                assert fragment in text, (kind, fragment)

    bad = bureau.receive()
    with db.transaction() as s:
        out = counter.perform(s, I, Action.REFUSE, bad, BUREAU, reason="不属于本机关职权范围",
                              competent_office="省市场监督管理局", at=at(D(2026, 3, 3)))
    text, _ = _text(db, out.notices[0])
    assert "不属于本机关职权范围" in text and "省市场监督管理局" in text and "六十日" in text and "六个月" in text

    no = bureau.receive()
    with db.transaction() as s:
        counter.perform(s, I, Action.ACCEPT, no, BUREAU, at=at(D(2026, 3, 3)))
        counter.perform(s, A, Action.ASSIGN, no, BUREAU, reviewer_username="lina", at=at(D(2026, 3, 3)))
        out = counter.perform(s, A, Action.DENY, no, BUREAU, reason="经营场所不符合食品安全要求", at=at(D(2026, 3, 6)))
    text, _ = _text(db, out.notices[0])
    assert "经营场所不符合食品安全要求" in text and "某市人民政府" in text and "行政诉讼" in text

    with db.read() as s:
        kinds = list(s.scalars(select(m.Document.kind).where(m.Document.case_id == ok).order_by(m.Document.id)))
    assert kinds == ["acceptance", "special_procedure", "extension", "approval", "service"]


def test_filing_at_the_counter_files_or_returns_at_once(bureau):
    db = bureau.db
    F = bureau[Role.FILING]

    def receive(materials):
        with db.transaction() as s:
            return counter.receive(s, F, ReceiveInput(
                "SCJG-002", ApplicantInput("某市鹭岛餐饮管理有限公司", "91350200MA2YJ1XR9G"),
                _filing_form(s),
                tuple(MaterialInput(c) for c in materials), received_at=at(D(2026, 3, 2))), BUREAU)

    complete = receive(_required(db, "SCJG-002"))
    assert complete.status == "filed" and [n.kind for n in complete.notices] == ["receipt", "filing_receipt"]
    text, _ = _text(db, complete.notices[1])
    assert "BA2026000001" in text and "市市场监督管理局" in text
    partial = receive(_required(db, "SCJG-002")[:1])
    assert partial.status == "filing_returned" and partial.notices[-1].kind == "filing_return"


def _required(db, code):
    from approval_app.services.catalogue import current_matter, matter_definition

    with db.read() as s:
        return [x.code for x in matter_definition(current_matter(s, code)).materials if x.required]


def _filing_form(s):
    import random

    from approval_app.services.catalogue import current_matter, matter_definition
    from approval_app.services.demo_seed import _field_value

    matter = matter_definition(current_matter(s, "SCJG-002"))
    return {f.name: _field_value(random.Random(2), f, "scjg", D(2026, 3, 2)) for f in matter.fields}


def test_a_broken_template_is_reported_and_nothing_is_written(bureau, tmp_path):
    from approval_app.documents.default_templates import write_templates

    write_templates(tmp_path)
    t = docx.Document(str(tmp_path / "acceptance.docx"))
    t.add_paragraph("{{no_such_field}}")
    t.save(str(tmp_path / "acceptance.docx"))
    edited = Bureau(templates_dir=str(tmp_path))
    cid = bureau.receive()
    from approval_app.domain.errors import DomainError

    with pytest.raises(DomainError) as err:
        with bureau.db.transaction() as s:
            counter.perform(s, bureau[Role.INTAKE], Action.ACCEPT, cid, edited, at=at(D(2026, 3, 3)))
    assert err.value.code == "template_unknown_field" and err.value.params["field"] == "no_such_field"
    with bureau.db.read() as s:
        assert s.get(m.Case, cid).status == "received"
        assert s.scalar(select(m.Document).where(m.Document.case_id == cid)) is None


def test_export_all_documents_of_a_case(bureau, tmp_path):
    from approval_app.services.counter import export_all

    cid = bureau.receive()
    with bureau.db.transaction() as s:
        counter.perform(s, bureau[Role.INTAKE], Action.ACCEPT, cid, BUREAU, at=at(D(2026, 3, 3)))
        counter.perform(s, bureau[Role.INTAKE], Action.WITHDRAW, cid, BUREAU, at=at(D(2026, 3, 4)))
    steps = []
    paths = export_all(bureau.db, cid, tmp_path / "out", progress=lambda p, t: steps.append(p))
    assert [p.suffix for p in paths] == [".docx"] and steps[-1] == 100
    assert docx.Document(str(paths[0])).paragraphs  # a real Word file
    assert not list((tmp_path / "out").glob("*.part"))


def test_pdf_export_says_so_without_libreoffice(bureau, tmp_path, monkeypatch):
    from approval_app.documents import office
    from approval_app.domain.errors import DomainError
    from approval_app.services.counter import export_document

    cid = bureau.receive()
    with bureau.db.transaction() as s:
        out = counter.perform(s, bureau[Role.INTAKE], Action.ACCEPT, cid, BUREAU, at=at(D(2026, 3, 3)))
    monkeypatch.setattr(office, "find_office", lambda: None)
    with pytest.raises(DomainError) as err:
        export_document(bureau.db, out.notices[0].id, tmp_path / "a.pdf", as_pdf=True)
    assert err.value.code == "libreoffice_missing" and not (tmp_path / "a.pdf").exists()


@pytest.mark.skipif(__import__("approval_app.documents.office", fromlist=["x"]).find_office() is None,
                    reason="LibreOffice is not installed here: DOCX→PDF conversion not exercised")
def test_pdf_export_through_libreoffice(bureau, tmp_path):
    import subprocess

    from approval_app.services.counter import export_document

    cid = bureau.receive()
    with bureau.db.transaction() as s:
        out = counter.perform(s, bureau[Role.INTAKE], Action.ACCEPT, cid, BUREAU, at=at(D(2026, 3, 3)))
    pdf = export_document(bureau.db, out.notices[0].id, tmp_path / "a.pdf", as_pdf=True)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "行政许可受理通知书" in text and "某市鹭岛餐饮管理有限公司" in text


def test_scans_are_streamed_into_the_case_and_cancel_keeps_nothing(bureau, tmp_path):
    import hashlib as h

    from approval_app.services.catalogue import current_matter, matter_definition
    from approval_app.ui.workers import Cancelled

    scan = tmp_path / "营业执照.pdf"
    scan.write_bytes(b"%PDF-1.4 scan " + bytes(range(256)) * 9000)
    with bureau.db.read() as s:
        matter = matter_definition(current_matter(s, "SCJG-001"))
    data = ReceiveInput("SCJG-001", ApplicantInput("某市鹭岛餐饮管理有限公司", "91350200MA2YJ1XR9G"),
                        {"premises": "某市思明区湖滨南路1号", "principal": "王芳", "principal_id": "34052419800101001X",
                         "contact_phone": "13800138000", "business_type": "餐饮服务经营者", "area": 120},
                        tuple(MaterialInput(x.code) for x in matter.materials if x.code != "business_licence"),
                        received_at=at(D(2026, 3, 2)))
    attachments = (counter.Attachment("business_licence", scan, pages=2),)

    def cancel_midway(percent, name):
        if percent > 0:
            raise Cancelled()

    with pytest.raises(Cancelled):
        counter.receive_in(bureau.db, bureau[Role.INTAKE], data, BUREAU, attachments=attachments,
                           progress=cancel_midway)
    with bureau.db.read() as s:
        assert s.scalar(select(m.Case)) is None and s.scalar(select(m.StoredFile)) is None
    steps = []
    out = counter.receive_in(bureau.db, bureau[Role.INTAKE], data, BUREAU, attachments=attachments,
                             progress=lambda p, n: steps.append(p))
    assert steps[-1] == 100
    with bureau.db.read() as s:
        mat = s.scalar(select(m.Material).where(m.Material.case_id == out.case_id,
                                                m.Material.code == "business_licence"))
        assert mat.received and mat.pages == 2
        assert mat.file.sha256 == h.sha256(scan.read_bytes()).hexdigest() and mat.file.file_name == "营业执照.pdf"
