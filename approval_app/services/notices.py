"""Notices from templates: filled from the case, numbered by the database, stored with the case.

Each notice is generated in the same transaction as the action it records, so a case never has
an action without its notice or a notice without its action.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from approval_app import paths
from approval_app.config import Config
from approval_app.documents.default_templates import KINDS
from approval_app.documents.docx_fill import TemplateError, fill
from approval_app.domain.catalogue import Matter as MatterDef
from approval_app.domain.errors import DomainError
from approval_app.domain.procedure import Action, current_due
from approval_app.domain.roles import Actor
from approval_app.services import clock, files, numbering
from approval_app.services.procedure import case_state
from approval_app.storage import models as m

log = logging.getLogger(__name__)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

NOTICE_FOR = {
    Action.ACCEPT: "acceptance", Action.REQUEST_SUPPLEMENT: "supplement", Action.REFUSE: "refusal",
    Action.APPROVE: "approval", Action.DECIDE_ON_SPOT: "approval", Action.DENY: "denial",
    Action.EXTEND: "extension", Action.SUSPEND: "special_procedure", Action.DELIVER: "service",
    Action.FILE: "filing_receipt", Action.RETURN_FILING: "filing_return",
}
# 文号 type characters: 某审批受字〔2026〕12号
NUMBER_CHAR = {"receipt": "收", "acceptance": "受", "supplement": "补", "refusal": "不受", "approval": "准",
               "denial": "不准", "extension": "延", "special_procedure": "特", "service": "送",
               "filing_receipt": "备", "filing_return": "备退"}
PROCEDURE_NAMES = {"hearing": "听证", "bidding": "招标", "auction": "拍卖", "testing": "检验检测",
                   "inspection": "现场核查", "quarantine": "检疫", "appraisal": "鉴定", "expert_review": "专家评审",
                   "public_notice": "公示"}


@dataclass(frozen=True)
class Bureau:
    """The issuing authority as the documents name it (from the settings)."""

    name: str = "某市行政审批局"
    abbreviation: str = "某审批"
    phone: str = "12345"
    reconsideration_body: str = "某市人民政府"
    court: str = "某市某区人民法院"
    templates_dir: str = ""
    supplement_days: int = 15
    credit_code: str = "11350200MB0123456A"
    region_code: str = "350200"

    @staticmethod
    def from_config(config: Config) -> "Bureau":
        return Bureau(config.get("bureau_name"), config.get("bureau_abbreviation"), config.get("bureau_phone"),
                      config.get("reconsideration_body"), config.get("court"), config.get("templates_dir"),
                      config.get("supplement_days"), config.get("bureau_credit_code"), config.get("bureau_region"))

    def template(self, kind: str) -> Path:
        """The administrator's edited template when there is one, else the shipped one."""
        name = KINDS[kind].file
        if self.templates_dir and (Path(self.templates_dir) / name).is_file():
            return Path(self.templates_dir) / name
        return paths.templates_dir() / name


@dataclass(frozen=True)
class NoticeRow:
    id: int
    case_id: int
    kind: str
    title: str
    number: str
    sha256: str
    file_id: int
    file_name: str


def cn_date(day: dt.date | dt.datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = clock.local_date(day)
    return f"{day.year}年{day.month}月{day.day}日"


def doc_number(session: Session, bureau: Bureau, kind: str, year: int) -> str:
    seq = numbering.next_value(session, f"doc:{kind}:{year}")
    return f"{bureau.abbreviation}{NUMBER_CHAR[kind]}字〔{year}〕{seq}号"


def _latest_event(session: Session, case_id: int, *kinds: str) -> m.CaseEvent:
    """The event a notice reports; a notice for something that did not happen is refused."""
    event = session.scalars(select(m.CaseEvent).where(m.CaseEvent.case_id == case_id, m.CaseEvent.kind.in_(kinds))
                            .order_by(m.CaseEvent.seq.desc()).limit(1)).first()
    if event is None:
        raise DomainError("notice_without_event", action=kinds[0])
    return event


def _context(session: Session, case: m.Case, matter: MatterDef, kind: str, bureau: Bureau, actor: Actor,
             number: str, at: dt.datetime) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    _, rules, state = case_state(session, case)
    cal = clock.load_calendar(session)
    today = clock.local_date(at)
    due = current_due(rules, state, cal, today)
    a = case.applicant
    values: dict[str, Any] = {
        "bureau_name": bureau.name, "bureau_phone": bureau.phone, "doc_number": number,
        "case_number": case.case_number, "applicant_name": a.name, "applicant_uscc": a.uscc,
        "matter_name": matter.name, "department_name": matter.department.name, "regulator_name": matter.regulator.name,
        "received_date": cn_date(state.received), "accepted_date": cn_date(state.accepted),
        "issue_date": cn_date(today), "officer": actor.display_name or actor.username,
        "reconsideration_body": bureau.reconsideration_body, "court": bureau.court, "seal_label": "印章",
        "legal_basis": matter.legal_basis or "《中华人民共和国行政许可法》",
    }
    provisional = "（该日期跨入官方日历尚未公布的年份，为暂估日期，以正式公布的节假日安排为准）"
    items: list[dict[str, Any]] = []
    event = None
    if kind == "receipt":
        materials = session.scalars(select(m.Material).where(m.Material.case_id == case.id, m.Material.received)
                                    .order_by(m.Material.id))
        items = [{"no": i, "name": x.name, "form": "原件" if x.form == "original" else "复印件",
                  "pages": x.pages or ""} for i, x in enumerate(materials, 1)]
        values["answer_date"] = cn_date(due.day) if due else ""
        values["answer_note"] = provisional if due and due.provisional else ""
    elif kind == "acceptance" and state.accepted is None:
        raise DomainError("notice_without_event", action=Action.ACCEPT.value)
    elif kind in ("acceptance", "extension"):
        values["decision_due"] = cn_date(due.day) if due else ""
        values["due_note"] = provisional if due and due.provisional else ""
        if kind == "extension":
            event = _latest_event(session, case.id, Action.EXTEND.value)
            values.update(reason=event.reason or "", signed_off_by=event.data.get("signed_off_by", ""),
                          extension_days=state.extension_days)
    elif kind in ("supplement", "filing_return"):
        event = _latest_event(session, case.id, Action.REQUEST_SUPPLEMENT.value if kind == "supplement"
                              else Action.RETURN_FILING.value)
        names = {x.code: x.name for x in matter.materials}
        items = [{"no": i, "name": names.get(code, code), "count": "1份", "remark": "缺少或不符合法定形式"}
                 for i, code in enumerate(event.data.get("missing", []), 1)]
        if kind == "supplement":
            values["supplement_deadline"] = cn_date(dt.date.fromisoformat(event.data["supplement_deadline"])) \
                if event.data.get("supplement_deadline") else ""
            values["note"] = event.data.get("note", "")
    elif kind == "refusal":
        event = _latest_event(session, case.id, Action.REFUSE.value)
        office = event.data.get("competent_office", "")
        values["reason"] = (event.reason or "").rstrip("。")
        values["competent_office_note"] = f"本申请事项请向{office}提出申请。" if office else ""
    elif kind == "approval":
        event = _latest_event(session, case.id, Action.APPROVE.value, Action.DECIDE_ON_SPOT.value)
        reason = (event.reason or "").strip()
        values["reason"] = (reason.rstrip("。") + "。") if reason else ""
        values["permit_due"] = cn_date(due.day) if due else ""
        values["permit_title"] = matter.permit.title if matter.permit else matter.name
    elif kind == "denial":
        event = _latest_event(session, case.id, Action.DENY.value)
        values["reason"] = (event.reason or "").rstrip("。")
    elif kind == "special_procedure":
        event = _latest_event(session, case.id, Action.SUSPEND.value)
        values.update(reason=event.reason or "", procedure_name=PROCEDURE_NAMES.get(event.data.get("procedure"), ""),
                      suspended_date=cn_date(event.at), expected_days=event.data.get("expected_days", ""),
                      legal_basis=event.legal_basis or "")
    elif kind == "service":
        event = _latest_event(session, case.id, Action.DELIVER.value)
        served = []
        for kinds in (("approval", "denial", "refusal"), ("permit",)):
            doc = session.scalars(select(m.Document).where(m.Document.case_id == case.id, m.Document.kind.in_(kinds))
                                  .order_by(m.Document.id.desc()).limit(1)).first()
            if doc is not None:
                title = KINDS[doc.kind].title if doc.kind in KINDS else (
                    matter.permit.title if matter.permit else "行政许可证件")
                served.append(f"{title}（{doc.number}）")
        values.update(served_document="、".join(served) or (matter.permit.title if matter.permit else ""),
                      copies=str(max(1, len(served))), address=a.address or "", method=event.data.get("method", ""),
                      recipient=event.data.get("recipient", ""), remark="")
    elif kind == "filing_receipt":
        if not state.filing_number:
            raise DomainError("notice_without_event", action=Action.FILE.value)
        values["filing_number"] = state.filing_number
    return values, items


def generate(session: Session, actor: Actor, case_id: int, kind: str, bureau: Bureau,
             at: dt.datetime | None = None) -> NoticeRow:
    """Fill the template for `kind`, number it, and store it with the case (SHA-256 kept)."""
    if kind not in KINDS:
        raise DomainError("unknown_notice", kind=kind)
    case = session.get(m.Case, case_id)
    if case is None:
        raise DomainError("case_not_found", case=case_id)
    matter = MatterDef.from_json(case.matter.definition)
    at = at or clock.now()
    number = doc_number(session, bureau, kind, clock.local_date(at).year)
    values, items = _context(session, case, matter, kind, bureau, actor, number, at)
    try:
        data = fill(bureau.template(kind), values, items)
    except TemplateError as exc:
        raise DomainError(exc.code, **exc.params) from exc
    title = KINDS[kind].title
    stored = files.store_bytes(session, data, f"{case.case_number}-{title}.docx", DOCX)
    row = m.Document(case_id=case.id, kind=kind, number=number, file_id=stored.id, sha256=stored.sha256,
                     created_by=actor.user_id, created_at=at)
    session.add(row)
    session.flush()
    log.info("notice %s (%s) for %s, sha256 %s", number, kind, case.case_number, stored.sha256)
    return NoticeRow(row.id, case.id, kind, title, number, stored.sha256, stored.id, stored.file_name)


def document_bytes(session: Session, document_id: int) -> tuple[str, bytes]:
    """A stored document's file name and bytes (verified against its SHA-256)."""
    import io

    doc = session.get(m.Document, document_id)
    if doc is None:
        raise DomainError("document_not_found", id=document_id)
    out = io.BytesIO()
    digest = files.copy_to(session, doc.file_id, out)
    if digest != doc.sha256:
        raise DomainError("file_corrupted", id=doc.file_id, file=doc.file.file_name)
    return doc.file.file_name, out.getvalue()
