"""Files kept in the database in chunks: written from a stream, read back as a stream.

Scans and generated documents must reach the central server, so they live in the database;
chunking keeps memory flat however large the file, on SQLite and PostgreSQL alike.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from approval_app.domain.errors import DomainError
from approval_app.storage import models as m

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredFileInfo:
    id: int
    sha256: str
    size: int
    file_name: str
    media_type: str


def store_stream(session: Session, stream: BinaryIO, file_name: str, media_type: str = "application/octet-stream",
                 *, max_size: int | None = None, expected_sha256: str | None = None,
                 expected_size: int | None = None,
                 progress: Callable[[int, str], None] | None = None) -> StoredFileInfo:
    """Copy `stream` into the database chunk by chunk; checks size and SHA-256 when given.

    Raises DomainError (file_too_large, size_mismatch, sha256_mismatch); the caller's
    transaction then rolls back, so a half-written file never remains.
    """
    row = m.StoredFile(sha256="", size=0, file_name=file_name, media_type=media_type)
    session.add(row)
    session.flush()
    digest, size, seq = hashlib.sha256(), 0, 0
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if max_size is not None and size > max_size:
            raise DomainError("file_too_large", file=file_name, limit=max_size)
        digest.update(chunk)
        session.add(m.FileChunk(file_id=row.id, seq=seq, data=chunk))
        seq += 1
        if seq % 8 == 0:
            session.flush()  # keep the unit of work small for big files
        if progress and expected_size:
            progress(min(99, int(size * 100 / expected_size)), file_name)
    if expected_size is not None and size != expected_size:
        raise DomainError("size_mismatch", file=file_name, expected=expected_size, actual=size)
    hexdigest = digest.hexdigest()
    if expected_sha256 is not None and hexdigest != expected_sha256.lower():
        raise DomainError("sha256_mismatch", file=file_name)
    row.sha256, row.size = hexdigest, size
    session.flush()
    return StoredFileInfo(row.id, hexdigest, size, file_name, media_type)


def store_bytes(session: Session, data: bytes, file_name: str, media_type: str = "application/octet-stream") -> StoredFileInfo:
    import io

    return store_stream(session, io.BytesIO(data), file_name, media_type)


def file_info(session: Session, file_id: int) -> StoredFileInfo:
    row = session.get(m.StoredFile, file_id)
    if row is None:
        raise DomainError("file_not_found", id=file_id)
    return StoredFileInfo(row.id, row.sha256, row.size, row.file_name, row.media_type)


def iter_chunks(session: Session, file_id: int) -> Iterator[bytes]:
    """The file's bytes in order, one chunk at a time (never the whole file in memory)."""
    seqs = list(session.scalars(select(m.FileChunk.seq).where(m.FileChunk.file_id == file_id).order_by(m.FileChunk.seq)))
    for seq in seqs:
        yield session.scalar(select(m.FileChunk.data).where(m.FileChunk.file_id == file_id, m.FileChunk.seq == seq))


def copy_to(session: Session, file_id: int, out: BinaryIO) -> str:
    """Write the file to `out`, verifying its SHA-256 on the way; returns the digest."""
    info = file_info(session, file_id)
    digest = hashlib.sha256()
    for chunk in iter_chunks(session, file_id):
        digest.update(chunk)
        out.write(chunk)
    if digest.hexdigest() != info.sha256:
        raise DomainError("file_corrupted", id=file_id, file=info.file_name)
    return info.sha256
