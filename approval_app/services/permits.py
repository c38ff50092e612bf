"""Permits under the one seal: issuing (PDF, seal, QR, PAdES signature), the registry, verification.

Each case is its own unit of work: the permit action, the signed PDF, the registry row and the
seal-register entry commit together or not at all, and a failure on one case of a batch
leaves the others untouched.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from approval_app import paths
from approval_app.documents.pades import SignatureReport, verify_pdf
from approval_app.documents.permit_pdf import PermitContent, render_permit
from approval_app.documents.qr_payload import make_payload, read_payload
from approval_app.domain.catalogue import Matter as MatterDef
from approval_app.domain.elicence import HOLDER_CODE_TYPES, licence_identifier
from approval_app.domain.errors import DomainError, PermissionDenied
from approval_app.domain.procedure import ROLES, Action, effective_permit_status
from approval_app.domain.roles import Actor
from approval_app.services import clock, counter, files, seal as seal_service
from approval_app.services.notices import Bureau, cn_date
from approval_app.services.procedure import case_state
from approval_app.storage import models as m
from approval_app.storage.db import Database
from approval_app.storage.errors import StorageError

log = logging.getLogger(__name__)
PDF = "application/pdf"
Progress = Callable[[int, str], None]
# Personal data is not printed on a permit that hangs on a wall.
_NOT_PRINTED = ("id_number", "phone")


@dataclass(frozen=True)
class PermitRow:
    id: int
    case_id: int
    case_number: str
    permit_number: str
    version: int
    licence_id: str
    status: str
    document_id: int
    pdf_sha256: str
    valid_to: dt.date | None


def _type_code(matter: MatterDef, definer_code: str) -> str:
    digits = re.findall(r"\d+", matter.code)
    return f"{definer_code}{int(digits[-1]) if digits else 1:03d}"


def _registry_fields(case: m.Case, matter: MatterDef, bureau: Bureau, number: str, version: int,
                     issue: dt.date, valid_to: dt.date | None) -> dict:
    a = case.applicant
    definer_code = bureau.credit_code  # the departments' own credit codes are not in the catalogue yet
    serial = re.sub(r"[^0-9A-Z]", "", number.upper())  # the whole permit number: unique across matters
    type_code = _type_code(matter, definer_code)
    return {
        "licence_id": licence_identifier(type_code, bureau.credit_code, serial, version),
        "permit_number": number, "version": version, "name": matter.permit.title if matter.permit else matter.name,
        "type_name": matter.permit.title if matter.permit else matter.name, "type_code": type_code,
        "issue_date": issue.isoformat(), "issuer_name": bureau.name, "issuer_code": bureau.credit_code,
        "definer_name": matter.department.name, "definer_code": definer_code,
        "valid_from": issue.isoformat(), "valid_to": valid_to.isoformat() if valid_to else None,
        "jurisdiction_code": bureau.region_code, "holder": a.name, "holder_code": a.uscc,
        "holder_code_type": HOLDER_CODE_TYPES["uscc"], "matter_name": matter.name, "matter_code": matter.code,
    }


def _items(case: m.Case, matter: MatterDef) -> tuple[tuple[str, str], ...]:
    values = case.form_data or {}
    return tuple((f.label, str(values[f.name])) for f in matter.fields
                 if f.name in values and f.type not in _NOT_PRINTED and str(values[f.name]).strip())


def _make_permit(session: Session, actor: Actor, case: m.Case, loaded: seal_service.LoadedSeal, bureau: Bureau,
                 number: str, version: int, issue: dt.date, valid_to: dt.date | None,
                 at: dt.datetime | None = None) -> PermitRow:
    """Render, seal, sign and record one permit version (inside the caller's transaction)."""
    matter = MatterDef.from_json(case.matter.definition)
    fields = _registry_fields(case, matter, bureau, number, version, issue, valid_to)
    content_sha256 = hashlib.sha256(json.dumps(fields, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    payload = make_payload({"n": number, "u": case.applicant.uscc, "f": fields["valid_from"],
                            "t": fields["valid_to"] or "", "h": content_sha256, "v": version}, loaded.key)
    a = case.applicant
    content = PermitContent(
        title=fields["name"], permit_number=number, licence_id=fields["licence_id"], holder=a.name,
        holder_code=a.uscc, legal_representative=a.legal_representative or "", address=a.address or "",
        items=_items(case, matter), valid_from=cn_date(issue), valid_to=cn_date(valid_to) if valid_to else "长期",
        issue_date=cn_date(issue), issuer=bureau.name, original_department=matter.department.name,
        matter_name=matter.name, qr_payload=payload, version=version)
    pdf = loaded.sealer.sign(render_permit(content, loaded.image_png, paths.font_file()))
    stored = files.store_bytes(session, pdf, f"{case.case_number}-{fields['name']}-v{version}.pdf", PDF)
    doc = m.Document(case_id=case.id, kind="permit", number=number, file_id=stored.id, sha256=stored.sha256,
                     created_by=actor.user_id, created_at=at or clock.now())
    session.add(doc)
    session.flush()
    seal_row = session.get(m.Seal, loaded.info.id)
    row = m.Permit(case_id=case.id, content_sha256=content_sha256, document_id=doc.id, pdf_sha256=stored.sha256,
                   seal_id=seal_row.id, status="valid",
                   **{k: (dt.date.fromisoformat(v) if k in ("issue_date", "valid_from", "valid_to") and v else v)
                      for k, v in fields.items()})
    session.add(row)
    seal_service.append_register(session, seal_row, "permit", case, stored.sha256, actor,
                                 {"permit_number": number, "version": version, "licence_id": fields["licence_id"]})
    session.flush()
    log.info("permit %s v%s sealed for %s (sha256 %s)", number, version, case.case_number, stored.sha256)
    return PermitRow(row.id, case.id, case.case_number, number, version, row.licence_id, row.status, doc.id,
                     stored.sha256, valid_to)


def issue_one(session: Session, actor: Actor, case_id: int, loaded: seal_service.LoadedSeal, bureau: Bureau,
              at: dt.datetime | None = None) -> PermitRow:
    """制证: the permit action, then the sealed and signed PDF, in the caller's transaction."""
    if not actor.has(*ROLES[Action.ISSUE_PERMIT]):
        raise PermissionDenied(Action.ISSUE_PERMIT.value, ROLES[Action.ISSUE_PERMIT])
    at = at or clock.now()
    counter.perform(session, actor, Action.ISSUE_PERMIT, case_id, bureau, at=at)
    case = session.get(m.Case, case_id)
    _, _, state = case_state(session, case)
    event = session.scalars(select(m.CaseEvent).where(m.CaseEvent.case_id == case_id,
                                                      m.CaseEvent.kind == Action.ISSUE_PERMIT.value)
                            .order_by(m.CaseEvent.seq.desc()).limit(1)).first()
    return _make_permit(session, actor, case, loaded, bureau, event.data["permit_number"], 1,
                        clock.local_date(at), state.permit_valid_until, at)


@dataclass
class BatchResult:
    issued: list[PermitRow] = field(default_factory=list)
    failed: list[tuple[int, str, Exception]] = field(default_factory=list)   # case id, case number, error
    cancelled: bool = False


def issue_batch(db: Database, actor: Actor, case_ids: list[int], loaded: seal_service.LoadedSeal, bureau: Bureau,
                confirmation: str, progress: Progress | None = None) -> BatchResult:
    """Issue many permits with one seal confirmation; one transaction per case."""
    with db.read() as session:
        seal_service.confirm_seal_keeper(session, actor, confirmation)
        numbers = dict(session.execute(select(m.Case.id, m.Case.case_number).where(m.Case.id.in_(case_ids))).all())
    result = BatchResult()
    for i, case_id in enumerate(case_ids):
        if progress:
            try:
                progress(int(i * 100 / max(1, len(case_ids))), numbers.get(case_id, str(case_id)))
            except Exception:  # cancelled: the permits already issued stay issued and are reported
                result.cancelled = True
                return result
        try:
            with db.transaction() as session:
                if reissue_due(session, case_id):
                    result.issued.append(reissue(session, actor, case_id, loaded, bureau))
                else:
                    result.issued.append(issue_one(session, actor, case_id, loaded, bureau))
        except (DomainError, StorageError) as exc:
            result.failed.append((case_id, numbers.get(case_id, str(case_id)), exc))
        except Exception as exc:  # a bug on one case must not stop the others; the log keeps it
            log.exception("permit for case %s failed", case_id)
            result.failed.append((case_id, numbers.get(case_id, str(case_id)), exc))
    if progress:
        progress(100, "")
    return result


def reissue_due(session: Session, case_id: int) -> bool:
    """A granted change or renewal not yet followed by a new permit version."""
    from sqlalchemy import func

    versions = session.scalar(select(func.count()).select_from(m.Permit).where(m.Permit.case_id == case_id)) or 0
    if not versions:
        return False
    latest = session.scalar(select(m.Permit.status).where(m.Permit.case_id == case_id)
                            .order_by(m.Permit.version.desc()).limit(1))
    if latest != "valid":  # a revoked or cancelled licence is never reissued
        return False
    granted = sum(1 for data in session.scalars(select(m.CaseEvent.data).where(
        m.CaseEvent.case_id == case_id,
        m.CaseEvent.kind.in_([Action.DECIDE_CHANGE.value, Action.DECIDE_RENEWAL.value]))) if (data or {}).get("granted"))
    return versions < 1 + granted


def reissue(session: Session, actor: Actor, case_id: int, loaded: seal_service.LoadedSeal, bureau: Bureau) -> PermitRow:
    """A new version after a granted change or renewal; the old version's status records why."""
    case = session.get(m.Case, case_id)
    current = session.scalars(select(m.Permit).where(m.Permit.case_id == case_id)
                              .order_by(m.Permit.version.desc()).limit(1)).first()
    if current is None:
        raise DomainError("no_permit", case=case.case_number)
    _, _, state = case_state(session, case)
    if not reissue_due(session, case_id):
        raise DomainError("nothing_to_reissue")
    last = session.scalars(select(m.CaseEvent).where(
        m.CaseEvent.case_id == case_id,
        m.CaseEvent.kind.in_([Action.DECIDE_CHANGE.value, Action.DECIDE_RENEWAL.value]))
        .order_by(m.CaseEvent.seq.desc()).limit(1)).first()
    current.status = "changed" if last.kind == Action.DECIDE_CHANGE.value else "renewed"
    return _make_permit(session, actor, case, loaded, bureau, current.permit_number, current.version + 1,
                        clock.today(), state.permit_valid_until)


# --- reading ---------------------------------------------------------------------------------

def registry_status(session: Session, row: m.Permit, today: dt.date | None = None) -> str:
    """valid | changed | renewed | cancelled | revoked | expired, as a regulator should read it."""
    today = today or clock.today()
    if row.status != "valid":
        return row.status
    _, _, state = case_state(session, row.case)
    effective = effective_permit_status(state, today)
    return effective or ("expired" if row.valid_to and today > row.valid_to else "valid")


def current_permit_pdf(session: Session, case_number: str) -> tuple[str, bytes]:
    import io

    case = session.scalar(select(m.Case).where(m.Case.case_number == case_number))
    if case is None:
        raise DomainError("case_not_found", case=case_number)
    row = session.scalars(select(m.Permit).where(m.Permit.case_id == case.id)
                          .order_by(m.Permit.version.desc()).limit(1)).first()
    if row is None:
        raise DomainError("no_permit", case=case_number)
    out = io.BytesIO()
    files.copy_to(session, session.get(m.Document, row.document_id).file_id, out)
    return f"{row.permit_number}-v{row.version}.pdf", out.getvalue()


@dataclass(frozen=True)
class Verification:
    signature: SignatureReport
    seal_version: int | None
    permit_number: str | None
    permit_version: int | None
    registry_status: str | None
    qr_signed: bool | None


def verify_document(session: Session | None, pdf: bytes, certificates: list[bytes] | None = None) -> Verification:
    """Check a PDF: its seal signature, which seal, unchanged since signing, and its registry status."""
    certs = certificates if certificates is not None else seal_service.all_seal_certificates(session)
    report = verify_pdf(pdf, certs)
    seal_version = number = version = status = None
    qr_ok = None
    if session is not None:
        if report.signer_fingerprint:
            seal_version = session.scalar(select(m.Seal.version).where(m.Seal.fingerprint == report.signer_fingerprint))
        row = session.scalar(select(m.Permit).where(m.Permit.pdf_sha256 == hashlib.sha256(pdf).hexdigest()))
        if row is not None:
            number, version, status = row.permit_number, row.version, registry_status(session, row)
    qr = _qr_from_pdf(pdf)
    if qr:
        fields, qr_ok = read_payload(qr, certs)
        if number is None and fields and qr_ok:  # an unsigned payload proves nothing
            number, version = fields.get("n"), fields.get("v")
            if session is not None:
                row = session.scalar(select(m.Permit).where(m.Permit.permit_number == number,
                                                            m.Permit.version == version))
                status = registry_status(session, row) if row else None
    return Verification(report, seal_version, number, version, status, qr_ok)


def _qr_from_pdf(pdf: bytes) -> str | None:
    """The QR payload is also written as text in the PDF's keywords, so it can be read without a camera."""
    match = re.search(rb"/Keywords \((AAV1\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)\)", pdf)
    return match.group(1).decode("ascii") if match else None


def export_permit(db: Database, case_number: str, out: Path) -> Path:
    with db.read() as session:
        _, data = current_permit_pdf(session, case_number)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(out)
    return out


SEALED_KINDS = ("acceptance", "refusal", "approval", "denial", "extension", "special_procedure", "filing_receipt",
                "filing_return", "supplement")


def export_sealed_pdf(db: Database, actor: Actor, document_id: int, out: Path, loaded: seal_service.LoadedSeal,
                      confirmation: str, progress: Progress | None = None) -> Path:
    """A notice or decision as PDF under the seal: converted, PAdES-signed, entered in the register."""
    from approval_app.documents.office import OfficeError, docx_to_pdf

    with db.read() as session:
        seal_service.confirm_seal_keeper(session, actor, confirmation)
        doc = session.get(m.Document, document_id)
        if doc is None:
            raise DomainError("document_not_found", id=document_id)
        if doc.kind not in SEALED_KINDS:
            raise DomainError("document_not_sealable", kind=doc.kind)
    if progress:
        progress(10, out.name)
    name, data = counter.document_in(db, document_id)
    try:
        pdf = docx_to_pdf(data, name)
    except OfficeError as exc:
        raise DomainError(exc.code, **exc.params) from exc
    if progress:
        progress(70, out.name)
    signed = loaded.sealer.sign(pdf)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(signed)
    try:
        with db.transaction() as session:
            doc = session.get(m.Document, document_id)
            seal_row = session.get(m.Seal, loaded.info.id)
            seal_service.append_register(session, seal_row, doc.kind, session.get(m.Case, doc.case_id),
                                         hashlib.sha256(signed).hexdigest(), actor,
                                         {"document_number": doc.number, "docx_sha256": doc.sha256})
    except BaseException:
        tmp.unlink(missing_ok=True)  # no register entry, no sealed file
        raise
    tmp.replace(out)
    if progress:
        progress(100, out.name)
    return out
