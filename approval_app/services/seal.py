"""The bureau's one seal: installing it, unlocking it for a session, confirming its use, the register.

The PKCS#12 is stored in the database (every terminal needs it) encrypted by its password; the
password is kept in the OS keyring when a secure one exists, otherwise asked once per session.
It never goes to the database, the config file or the logs.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from approval_app.documents.pades import PdfSealer
from approval_app.documents.seal_keys import SealKey, SealKeyError, certificate_der, load_pkcs12
from approval_app.domain import passwords
from approval_app.domain.errors import DomainError, PermissionDenied
from approval_app.domain.roles import Actor, Role
from approval_app.domain.seal_register import GENESIS, ChainProblem, RegisterEntry, entry_hash, verify_chain
from approval_app.services import clock, files, numbering
from approval_app.storage import models as m

log = logging.getLogger(__name__)
KEYRING_SERVICE = "approval-app"
ENV_SEAL_PASSWORD = "APPROVAL_SEAL_PASSWORD"


@dataclass(frozen=True)
class SealInfo:
    id: int
    version: int
    name: str
    subject: str
    fingerprint: str
    valid_until: dt.datetime
    active: bool


@dataclass
class LoadedSeal:
    """The active seal, unlocked for this session: key, PDF signer and image, all in memory."""

    info: SealInfo
    key: SealKey
    sealer: PdfSealer
    image_png: bytes


def _info(row: m.Seal) -> SealInfo:
    return SealInfo(row.id, row.version, row.name, row.subject, row.fingerprint, row.valid_until, row.active)


def active_seal(session: Session) -> SealInfo | None:
    row = session.scalar(select(m.Seal).where(m.Seal.active))
    return _info(row) if row else None


def all_seal_certificates(session: Session) -> list[bytes]:
    """Every seal the bureau ever used: old documents stay verifiable after a change."""
    return list(session.scalars(select(m.Seal.certificate_der).order_by(m.Seal.version)))


def install_seal(session: Session, actor: Actor, p12: bytes, password: str, image_png: bytes, name: str) -> SealInfo:
    """Make a new certificate/image the bureau's seal (an audited administrator action)."""
    if not actor.has(Role.ADMIN):
        raise PermissionDenied("seal_install", Role.ADMIN)
    key = _load(p12, password)
    if not image_png.startswith(b"\x89PNG"):
        raise DomainError("seal_image_not_png")
    fingerprint = key.fingerprint
    if session.scalar(select(m.Seal.id).where(m.Seal.fingerprint == fingerprint)):
        raise DomainError("seal_already_installed", fingerprint=fingerprint[:16])
    version = (session.scalar(select(func.max(m.Seal.version))) or 0) + 1
    p12_file = files.store_bytes(session, p12, f"seal-v{version}.p12", "application/x-pkcs12")
    image_file = files.store_bytes(session, image_png, f"seal-v{version}.png", "image/png")
    previous = active_seal(session)
    session.execute(update(m.Seal).values(active=False))
    row = m.Seal(version=version, active=True, name=name, subject=key.subject, fingerprint=fingerprint,
                 certificate_der=certificate_der(key.certificate), valid_until=key.certificate.not_valid_after_utc,
                 p12_file_id=p12_file.id, image_file_id=image_file.id, created_by=actor.username)
    session.add(row)
    session.flush()
    append_register(session, row, "seal_changed", None, hashlib.sha256(row.certificate_der).hexdigest(), actor,
                    {"version": version, "previous": previous.fingerprint if previous else None,
                     "image_sha256": image_file.sha256, "subject": key.subject})
    log.info("seal v%s installed by %s (certificate %s)", version, actor.username, fingerprint)
    return _info(row)


def _load(p12: bytes, password: str) -> SealKey:
    try:
        return load_pkcs12(p12, password)
    except SealKeyError as exc:
        raise DomainError(exc.code, **exc.params) from exc


def unlock(session: Session, password: str) -> LoadedSeal:
    """Load the active seal's key with its password, once per session."""
    row = session.scalar(select(m.Seal).where(m.Seal.active))
    if row is None:
        raise DomainError("no_active_seal")
    p12 = io.BytesIO()
    files.copy_to(session, row.p12_file_id, p12)
    image = io.BytesIO()
    files.copy_to(session, row.image_file_id, image)
    key = _load(p12.getvalue(), password)
    return LoadedSeal(_info(row), key, PdfSealer(key, location=row.name), image.getvalue())


# --- the password in the OS keyring -------------------------------------------------------------

def keyring_status() -> tuple[bool, str]:
    """Whether a secure keyring backend exists here, and its name (never a plaintext fallback)."""
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    insecure = ("keyring.backends.fail", "keyrings.alt", "keyring.backends.null")
    usable = backend.priority > 0 and not any(name.startswith(x) for x in insecure)
    return usable, name


def stored_password(fingerprint: str) -> str | None:
    """APPROVAL_SEAL_PASSWORD (headless services, tests), else the keyring; None if neither."""
    if os.environ.get(ENV_SEAL_PASSWORD):
        return os.environ[ENV_SEAL_PASSWORD]
    import keyring
    from keyring.errors import KeyringError

    usable, _ = keyring_status()
    if not usable:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, f"seal:{fingerprint}")
    except KeyringError:
        return None


def remember_password(fingerprint: str, password: str) -> bool:
    """Keep the password in the OS keyring; False (and nothing written) when none is secure."""
    import keyring
    from keyring.errors import KeyringError

    usable, name = keyring_status()
    if not usable:
        log.warning("no secure keyring backend (%s): the seal password is asked every session", name)
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, f"seal:{fingerprint}", password)
    except KeyringError:
        log.warning("keyring refused the seal password", exc_info=True)
        return False
    return True


# --- confirmation and the register ---------------------------------------------------------------

def confirm_seal_keeper(session: Session, actor: Actor, password: str) -> None:
    """Applying the seal needs a seal keeper who re-enters their password."""
    if not actor.has(Role.SEAL_KEEPER):
        raise PermissionDenied("apply_seal", Role.SEAL_KEEPER)
    user = session.get(m.User, actor.user_id) if actor.user_id is not None else None
    if user is None or not passwords.verify_password(password or "", user.password_hash):
        log.warning("seal confirmation failed for %s", actor.username)
        raise DomainError("seal_confirmation_failed")
    # The role and the account as they stand now, not as they were at login.
    if not user.active or Role.SEAL_KEEPER.value not in {r.role for r in user.roles}:
        raise PermissionDenied("apply_seal", Role.SEAL_KEEPER)


def append_register(session: Session, seal: m.Seal, kind: str, case: m.Case | None, document_sha256: str,
                    actor: Actor, details: dict | None = None) -> m.SealRegisterEntry:
    """Append one use of the seal. The sequence row lock serialises terminals until commit."""
    seq = numbering.next_value(session, "seal_register")
    prev = session.scalar(select(m.SealRegisterEntry.entry_hash).where(m.SealRegisterEntry.seq == seq - 1)) \
        if seq > 1 else GENESIS
    at = clock.now()
    entry = RegisterEntry(seq=seq, at=at.isoformat(), kind=kind, seal_fingerprint=seal.fingerprint,
                          case_number=case.case_number if case else "", document_sha256=document_sha256,
                          officer=actor.display_name or actor.username, terminal=actor.terminal,
                          details=details or {}, prev_hash=prev or GENESIS)
    row = m.SealRegisterEntry(seq=seq, at=at, kind=kind, seal_id=seal.id, case_id=case.id if case else None,
                              case_number=entry.case_number, document_sha256=document_sha256,
                              officer=entry.officer, terminal=entry.terminal, details=entry.details,
                              prev_hash=entry.prev_hash, entry_hash=entry_hash(entry, entry.prev_hash))
    session.add(row)
    session.flush()
    return row


def _entries(session: Session):  # noqa: ANN202
    seals = dict(session.execute(select(m.Seal.id, m.Seal.fingerprint)).all())
    for r in session.scalars(select(m.SealRegisterEntry).order_by(m.SealRegisterEntry.id)).yield_per(1000):
        yield RegisterEntry(seq=r.seq, at=r.at.isoformat(), kind=r.kind, seal_fingerprint=seals.get(r.seal_id, ""),
                            case_number=r.case_number or "", document_sha256=r.document_sha256, officer=r.officer,
                            terminal=r.terminal, details=r.details or {}, prev_hash=r.prev_hash,
                            entry_hash=r.entry_hash)


def verify_register(session: Session) -> tuple[int, ChainProblem | None]:
    """Walk the chain in the order entries were written; the first edited, removed or reordered one.

    The chain must also reach the last number the database drew, so cutting entries off the
    end (or emptying the table) is detected too.
    """
    count, problem = verify_chain(_entries(session))
    if problem is not None:
        return count, problem
    drawn = session.scalar(select(m.Counter.value).where(m.Counter.name == "seal_register")) or 0
    if drawn != count:
        return count, ChainProblem(count + 1, "removed", count + 1)
    return count, None


def export_register(session: Session, out: Path) -> int:
    """The register for an audit: .csv, .json or .xlsx by the file's suffix."""
    rows = [e for e in _entries(session)]
    header = ["seq", "at", "kind", "seal_fingerprint", "case_number", "document_sha256", "officer", "terminal",
              "details", "prev_hash", "entry_hash"]

    def values(e: RegisterEntry) -> list:
        return [e.seq, e.at, e.kind, e.seal_fingerprint, e.case_number, e.document_sha256, e.officer, e.terminal,
                json.dumps(e.details, ensure_ascii=False, sort_keys=True), e.prev_hash, e.entry_hash]

    tmp = out.with_name(out.name + ".part")
    suffix = out.suffix.lower()
    if suffix == ".json":
        tmp.write_text(json.dumps([dict(zip(header, values(e))) for e in rows], ensure_ascii=False, indent=1),
                       encoding="utf-8")
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("用印登记")
        ws.append(header)
        for e in rows:
            ws.append(values(e))
        wb.save(tmp)
    elif suffix == ".csv":
        with tmp.open("w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel opens Chinese correctly
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(values(e) for e in rows)
    else:
        raise DomainError("export_format_unknown", suffix=suffix or "-")
    tmp.replace(out)
    return len(rows)
