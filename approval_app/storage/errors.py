"""Known storage failures (environment, not bugs): each carries a code and where it happened."""
from __future__ import annotations

from typing import Any


class StorageError(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return f"{self.code} {self.params}"


class BadDatabaseUrl(StorageError):
    pass


class StorageUnavailable(StorageError):
    pass


class SchemaTooNew(StorageError):
    pass


class SchemaOutdated(StorageError):
    pass


class ConflictError(StorageError):
    """Somebody else changed the row since it was read (optimistic locking)."""
