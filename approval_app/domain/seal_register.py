"""The seal register's hash chain: each entry's hash covers its content and the previous hash."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Iterable

GENESIS = "0" * 64


@dataclass(frozen=True)
class RegisterEntry:
    seq: int
    at: str                  # ISO 8601, UTC
    kind: str
    seal_fingerprint: str
    case_number: str
    document_sha256: str
    officer: str
    terminal: str
    details: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS
    entry_hash: str = ""

    def content(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at, "kind": self.kind, "seal": self.seal_fingerprint,
                "case": self.case_number, "sha256": self.document_sha256, "officer": self.officer,
                "terminal": self.terminal, "details": self.details}


def entry_hash(entry: RegisterEntry, prev_hash: str) -> str:
    canonical = json.dumps(entry.content(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    seq: int          # the first entry where the chain no longer holds
    kind: str         # edited | removed | reordered
    expected_seq: int


def verify_chain(entries: Iterable[RegisterEntry]) -> tuple[int, ChainProblem | None]:
    """Walk the register in stored order; the number of entries checked and the first problem."""
    prev, expected, count = GENESIS, 1, 0
    for e in entries:
        count += 1
        if e.seq != expected:
            return count, ChainProblem(e.seq, "removed" if e.seq > expected else "reordered", expected)
        if e.prev_hash != prev:
            # the link to the previous entry is broken: it was replaced, or entries were swapped
            return count, ChainProblem(e.seq, "reordered" if e.entry_hash == entry_hash(e, e.prev_hash)
                                       else "edited", expected)
        if entry_hash(e, prev) != e.entry_hash:
            return count, ChainProblem(e.seq, "edited", expected)
        prev, expected = e.entry_hash, expected + 1
    return count, None
