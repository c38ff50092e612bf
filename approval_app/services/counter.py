"""The counter's units of work: an officer action together with its notice, in one transaction.

Workers call the `*_in` functions, which open their own session; the GUI thread never touches
the database.
"""
from __future__ import annotations

import datetime as dt
import logging
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from approval_app.domain.catalogue import Mode
from approval_app.domain.errors import DomainError
from approval_app.domain.procedure import Action
from approval_app.domain.roles import Actor
from approval_app.services import files, notices, procedure
from approval_app.services.intake import ReceiveInput, ReceiveResult, receive_case
from approval_app.services.notices import Bureau, NoticeRow
from approval_app.services.procedure import ActionResult
from approval_app.storage import models as m
from approval_app.storage.db import Database

log = logging.getLogger(__name__)
Progress = Callable[[int, str], None]

ACTIONS: dict[Action, Callable[..., ActionResult]] = {
    Action.ACCEPT: procedure.accept,
    Action.REQUEST_SUPPLEMENT: procedure.request_supplement,
    Action.SUPPLEMENT_RECEIVED: procedure.supplement_received,
    Action.REFUSE: procedure.refuse,
    Action.ASSIGN: procedure.assign,
    Action.OPINION: procedure.record_opinion,
    Action.SUSPEND: procedure.suspend,
    Action.RESUME: procedure.resume,
    Action.EXTEND: procedure.extend,
    Action.APPROVE: procedure.approve,
    Action.DENY: procedure.deny,
    Action.DECIDE_ON_SPOT: procedure.decide_on_the_spot,
    Action.ISSUE_PERMIT: procedure.issue_permit,
    Action.DELIVER: procedure.deliver,
    Action.WITHDRAW: procedure.withdraw,
    Action.FILE: procedure.file_record,
    Action.RETURN_FILING: procedure.return_filing,
    Action.COMMIT: procedure.commit,
    Action.VERIFY: procedure.record_verification,
    Action.APPLY_CHANGE: procedure.apply_change,
    Action.DECIDE_CHANGE: procedure.decide_change,
    Action.APPLY_RENEWAL: procedure.apply_renewal,
    Action.DECIDE_RENEWAL: procedure.decide_renewal,
    Action.CANCEL: procedure.cancel,
    Action.REVOKE: procedure.revoke,
}


@dataclass(frozen=True)
class Outcome:
    case_id: int
    case_number: str
    status: str
    notices: tuple[NoticeRow, ...]
    result: ActionResult | ReceiveResult


@dataclass(frozen=True)
class Attachment:
    """A scanned file for one material, read from disk as a stream when saved."""

    material_code: str
    path: Path
    pages: int | None = None


def perform(session: Session, actor: Actor, action: Action, case_id: int, bureau: Bureau, *,
            version: int | None = None, at: dt.datetime | None = None, **params: Any) -> Outcome:
    """Take `action` on the case and generate the notice the law asks for, in the caller's transaction."""
    if action is Action.REQUEST_SUPPLEMENT:
        params.setdefault("supplement_days", bureau.supplement_days)
    result = ACTIONS[action](session, actor, case_id, version=version, at=at, **params)
    _registry_follows(session, action, case_id)
    kind = notices.NOTICE_FOR.get(action)
    made = (notices.generate(session, actor, case_id, kind, bureau, at=at),) if kind else ()
    return Outcome(result.case_id, result.case_number, result.status, made, result)


def _registry_follows(session: Session, action: Action, case_id: int) -> None:
    """The permit registry's status follows cancellation and revocation at once."""
    status = {Action.CANCEL: "cancelled", Action.REVOKE: "revoked"}.get(action)
    if status:
        for row in session.scalars(select(m.Permit).where(m.Permit.case_id == case_id, m.Permit.status == "valid")):
            row.status = status


def receive(session: Session, actor: Actor, data: ReceiveInput, bureau: Bureau, *, case_prefix: str = "SP",
            attachments: tuple[Attachment, ...] = (), max_file_size: int | None = None,
            progress: Progress | None = None, then: Action | None = None) -> Outcome:
    """Register the application, store its scans, and issue the receipt (收件凭证).

    For a filing matter complete materials are filed at once (备案回执); incomplete ones are
    returned with the list of what is missing. `then` decides on the spot in the same unit of
    work: DECIDE_ON_SPOT (Art. 34) or COMMIT (notify-and-commit, pledge signed).
    """
    result = receive_case(session, actor, data, case_prefix=case_prefix)
    attach(session, result.case_id, attachments, max_file_size=max_file_size, progress=progress)
    if progress:
        progress(100, "")  # last chance to cancel before anything is committed
    made = [notices.generate(session, actor, result.case_id, "receipt", bureau, at=data.received_at)]
    case = session.get(m.Case, result.case_id)
    status = case.status
    if case.matter.mode == Mode.FILING.value and data.channel == "counter":
        action = Action.FILE if not procedure.missing_required(session, case.id) else Action.RETURN_FILING
        outcome = perform(session, actor, action, case.id, bureau, at=data.received_at)
        made += outcome.notices
        status = outcome.status
    elif then is not None:
        params = {"pledge_signed": True} if then is Action.COMMIT else {}
        outcome = perform(session, actor, then, case.id, bureau, at=data.received_at, **params)
        made += outcome.notices
        status = outcome.status
    return Outcome(result.case_id, result.case_number, status, tuple(made), result)


def attach(session: Session, case_id: int, attachments: tuple[Attachment, ...], *, max_file_size: int | None = None,
           progress: Progress | None = None) -> None:
    """Stream scanned files into the database and link them to the case's materials."""
    materials = {x.code: x for x in session.scalars(select(m.Material).where(m.Material.case_id == case_id))}
    total = sum(a.path.stat().st_size for a in attachments if a.path.is_file()) or 1
    done = 0
    for a in attachments:
        material = materials.get(a.material_code)
        if material is None:
            raise DomainError("unknown_material", codes=[a.material_code])
        if not a.path.is_file():
            raise DomainError("attachment_missing", file=str(a.path))
        media = mimetypes.guess_type(a.path.name)[0] or "application/octet-stream"
        size = a.path.stat().st_size
        with a.path.open("rb") as stream:
            def step(percent: int, _name: str, _done=done, _size=size) -> None:
                if progress:
                    progress(min(99, int((_done + _size * percent / 100) * 100 / total)), a.path.name)
            info = files.store_stream(session, stream, a.path.name, media, max_size=max_file_size,
                                      expected_size=size, progress=step)
        done += size
        material.file_id = info.id
        material.received = True
        if a.pages:
            material.pages = a.pages
        log.info("attached %s (%d bytes, sha256 %s) to material %s", a.path.name, size, info.sha256, a.material_code)
    if progress and attachments:
        progress(100, "")
    session.flush()


# --- worker entry points: one session and one transaction each -------------------------------

def perform_in(db: Database, actor: Actor, action: Action, case_id: int, bureau: Bureau, **kw: Any) -> Outcome:
    with db.transaction() as session:
        return perform(session, actor, action, case_id, bureau, **kw)


def receive_in(db: Database, actor: Actor, data: ReceiveInput, bureau: Bureau, *, case_prefix: str = "SP",
               attachments: tuple[Attachment, ...] = (), max_file_size: int | None = None,
               progress: Progress | None = None, then: Action | None = None) -> Outcome:
    with db.transaction() as session:
        return receive(session, actor, data, bureau, case_prefix=case_prefix, attachments=attachments,
                       max_file_size=max_file_size, progress=progress, then=then)


def document_in(db: Database, document_id: int) -> tuple[str, bytes]:
    with db.read() as session:
        return notices.document_bytes(session, document_id)


def export_document(db: Database, document_id: int, out: Path, as_pdf: bool = False,
                    progress: Progress | None = None) -> Path:
    """Write a stored document to `out` (DOCX as stored, or PDF through LibreOffice)."""
    from approval_app.documents.office import OfficeError, docx_to_pdf

    if progress:
        progress(10, out.name)
    name, data = document_in(db, document_id)
    if as_pdf:
        try:
            data = docx_to_pdf(data, name)
        except OfficeError as exc:
            raise DomainError(exc.code, **exc.params) from exc
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(out)  # never leave a half-written file under the real name
    if progress:
        progress(100, out.name)
    return out


def print_document(db: Database, document_id: int) -> None:
    from approval_app.documents.office import OfficeError, print_docx

    name, data = document_in(db, document_id)
    try:
        print_docx(data, name)
    except OfficeError as exc:
        raise DomainError(exc.code, **exc.params) from exc


def open_copy(db: Database, document_id: int, directory: Path) -> Path:
    """A read-only working copy to open in Word; the stored original stays untouched."""
    import os
    import stat

    name, data = document_in(db, document_id)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{document_id}-{name}"
    if path.exists():
        os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
    path.write_bytes(data)
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return path


def export_all(db: Database, case_id: int, directory: Path, as_pdf: bool = False,
               progress: Progress | None = None) -> list[Path]:
    """Every document of a case into `directory`, one file each; progress lets the officer cancel."""
    from approval_app.documents.office import find_office

    with db.read() as session:
        ids = list(session.scalars(select(m.Document.id).where(m.Document.case_id == case_id).order_by(m.Document.id)))
    if as_pdf and find_office() is None:
        raise DomainError("libreoffice_missing")
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for i, document_id in enumerate(ids):
        if progress:
            progress(int(i * 100 / max(1, len(ids))), f"{i + 1}/{len(ids)}")
        name, _ = document_in(db, document_id)
        target = directory / (Path(name).stem + (".pdf" if as_pdf else ".docx"))
        written.append(export_document(db, document_id, target, as_pdf))
    if progress:
        progress(100, f"{len(ids)}/{len(ids)}")
    return written
