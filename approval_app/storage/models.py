"""SQLAlchemy 2 typed models: the workstation's tables on SQLite and PostgreSQL alike."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer,
                        LargeBinary, String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from approval_app.storage.types import UTCDateTime

# BigInteger ids on PostgreSQL; SQLite needs INTEGER PRIMARY KEY for rowid autoincrement.
BigId = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {
        dict[str, Any]: JSON,
        list[Any]: JSON,
        dt.datetime: UTCDateTime(),
    }


class Department(Base):
    """A department whose licensing power moved to the bureau, or a supervising regulator."""

    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class Matter(Base):
    """One version of a catalogue matter; a case keeps the version it was received under."""

    __tablename__ = "matters"
    __table_args__ = (UniqueConstraint("code", "version", name="uq_matters_code_version"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    name: Mapped[str] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(16))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    regulator_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    legal_limit_days: Mapped[int] = mapped_column(Integer)
    promised_limit_days: Mapped[int] = mapped_column(Integer)
    definition: Mapped[str] = mapped_column(Text)  # canonical JSON of domain.catalogue.Matter
    content_sha256: Mapped[str] = mapped_column(String(64))
    source_file: Mapped[str] = mapped_column(String(255), default="")
    loaded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    department: Mapped[Department] = relationship(foreign_keys=[department_id])
    regulator: Mapped[Department] = relationship(foreign_keys=[regulator_id])


class Applicant(Base):
    """An enterprise (or other applicant) known to the bureau."""

    __tablename__ = "applicants"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    uscc: Mapped[str] = mapped_column(String(64), unique=True)
    uscc_valid: Mapped[bool] = mapped_column(Boolean, default=True)
    uscc_override_reason: Mapped[str | None] = mapped_column(Text)
    legal_representative: Mapped[str | None] = mapped_column(String(100))
    contact_name: Mapped[str | None] = mapped_column(String(100))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Case(Base):
    """An application or filing being handled by the bureau."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_received", "received_at", "id"),
        Index("ix_cases_status_received", "status", "received_at"),
        Index("ix_cases_matter_received", "matter_id", "received_at"),
        Index("ix_cases_department_received", "department_id", "received_at"),
        Index("ix_cases_due", "due_date"),
        UniqueConstraint("external_id", name="uq_cases_external_id"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_number: Mapped[str] = mapped_column(String(40), unique=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id"))
    # Denormalised from the matter so the worklist filters by department without a join.
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))  # counter | online
    status: Mapped[str] = mapped_column(String(24))
    form_data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    received_at: Mapped[dt.datetime] = mapped_column()
    accepted_at: Mapped[dt.datetime | None] = mapped_column()
    decided_at: Mapped[dt.datetime | None] = mapped_column()
    # A cache of the due date derived from the event log, for worklist sorting and filters.
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    due_kind: Mapped[str | None] = mapped_column(String(16))  # acceptance | decision | permit | ...
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    external_id: Mapped[str | None] = mapped_column(String(64))
    external_revision: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    matter: Mapped[Matter] = relationship()
    applicant: Mapped[Applicant] = relationship()
    events: Mapped[list["CaseEvent"]] = relationship(order_by="CaseEvent.seq", viewonly=True)
    materials: Mapped[list["Material"]] = relationship(order_by="Material.id", viewonly=True)


class CaseEvent(Base):
    """Append-only history of a case: who did what, when, why, from which state to which."""

    __tablename__ = "case_events"
    __table_args__ = (UniqueConstraint("case_id", "seq", name="uq_case_events_case_seq"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[dt.datetime] = mapped_column()
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(100))
    terminal: Mapped[str] = mapped_column(String(100), default="")
    before_status: Mapped[str | None] = mapped_column(String(24))
    after_status: Mapped[str | None] = mapped_column(String(24))
    reason: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class StoredFile(Base):
    """A file kept in the database (so it reaches the central server), in chunks for streaming."""

    __tablename__ = "files"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class FileChunk(Base):
    __tablename__ = "file_chunks"
    file_id: Mapped[int] = mapped_column(ForeignKey("files.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Material(Base):
    """A material of a case's checklist: received or not, original or copy, its scanned file."""

    __tablename__ = "materials"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    received: Mapped[bool] = mapped_column(Boolean, default=False)
    form: Mapped[str] = mapped_column(String(16), default="copy")  # original | copy
    pages: Mapped[int | None] = mapped_column(Integer)
    file_id: Mapped[int | None] = mapped_column(ForeignKey("files.id"))
    received_at: Mapped[dt.datetime | None] = mapped_column()
    file: Mapped[StoredFile | None] = relationship()


class Document(Base):
    """A document the bureau generated for a case (notice, decision, permit)."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    number: Mapped[str | None] = mapped_column(String(80))
    file_id: Mapped[int] = mapped_column(ForeignKey("files.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    file: Mapped[StoredFile] = relationship()


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    roles: Mapped[list["UserRole"]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class UserRole(Base):
    __tablename__ = "user_roles"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(32), primary_key=True)


class OutboxMessage(Base):
    """A message for an external system, written in the same transaction as the change."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "sent_at", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    topic: Mapped[str] = mapped_column(String(64))
    aggregate_type: Mapped[str] = mapped_column(String(32))
    aggregate_id: Mapped[int] = mapped_column(BigInteger)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    payload: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column()
    sent_at: Mapped[dt.datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)


class SyncState(Base):
    """Where a sync with an external system stands (e.g. the portal's opaque cursor)."""

    __tablename__ = "sync_state"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    cursor: Mapped[str | None] = mapped_column(String(256))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)


class Counter(Base):
    """Number series kept by the database, so every terminal draws from one sequence."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class CalendarDay(Base):
    """An administrator's entry in the official calendar (for years the package lacks)."""

    __tablename__ = "calendar_days"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(100), default="")
    changed_by: Mapped[str] = mapped_column(String(64), default="")
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CalendarYear(Base):
    """A year the administrator has entered completely (its deadlines are no longer provisional)."""

    __tablename__ = "calendar_years"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    entered_by: Mapped[str] = mapped_column(String(64), default="")
    entered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Seal(Base):
    """One version of the bureau's seal: certificate (public), encrypted PKCS#12, seal image.

    Exactly one is active; older versions stay so that documents they signed remain verifiable.
    The PKCS#12 password is never stored: it lives in the OS keyring or is typed per session.
    """

    __tablename__ = "seals"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    name: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(500))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    certificate_der: Mapped[bytes] = mapped_column(LargeBinary)
    valid_until: Mapped[dt.datetime] = mapped_column()
    p12_file_id: Mapped[int] = mapped_column(ForeignKey("files.id"))
    image_file_id: Mapped[int] = mapped_column(ForeignKey("files.id"))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SealRegisterEntry(Base):
    """用印登记: every use of the seal, chained by hashes so an edit, removal or reordering shows."""

    __tablename__ = "seal_register"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    at: Mapped[dt.datetime] = mapped_column()
    kind: Mapped[str] = mapped_column(String(40))          # permit | decision | filing_receipt | seal_changed
    seal_id: Mapped[int] = mapped_column(ForeignKey("seals.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    case_number: Mapped[str | None] = mapped_column(String(40))
    document_sha256: Mapped[str] = mapped_column(String(64))
    officer: Mapped[str] = mapped_column(String(100))
    terminal: Mapped[str] = mapped_column(String(100))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class Permit(Base):
    """The permit registry, with the national e-licence catalogue fields (GB/T 36902)."""

    __tablename__ = "permits"
    __table_args__ = (UniqueConstraint("permit_number", "version", name="uq_permits_number_version"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    permit_number: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    licence_id: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200))                 # licence name (title)
    type_name: Mapped[str] = mapped_column(String(200))
    type_code: Mapped[str] = mapped_column(String(64))
    issue_date: Mapped[dt.date] = mapped_column(Date)
    issuer_name: Mapped[str] = mapped_column(String(200))
    issuer_code: Mapped[str] = mapped_column(String(64))
    definer_name: Mapped[str] = mapped_column(String(200))         # the original competent department
    definer_code: Mapped[str] = mapped_column(String(64))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    jurisdiction_code: Mapped[str] = mapped_column(String(12))
    holder: Mapped[str] = mapped_column(String(200))
    holder_code: Mapped[str] = mapped_column(String(64), index=True)
    holder_code_type: Mapped[str] = mapped_column(String(8))
    matter_name: Mapped[str] = mapped_column(String(200))
    matter_code: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="valid")  # valid | changed | renewed | cancelled | revoked
    content_sha256: Mapped[str] = mapped_column(String(64))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    pdf_sha256: Mapped[str] = mapped_column(String(64), index=True)
    seal_id: Mapped[int] = mapped_column(ForeignKey("seals.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    case: Mapped[Case] = relationship(viewonly=True)
