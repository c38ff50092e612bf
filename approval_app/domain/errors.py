"""Domain errors: a code and parameters, no user-facing text (the UI maps codes to words)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class DomainError(Exception):
    """A rule was broken; `code` names which, `params` say with what."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:  # for logs only
        return f"{self.code} {self.params}" if self.params else self.code


@dataclass(frozen=True)
class Issue:
    """One validation failure: which field, what is wrong (a code), and details."""

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


class ValidationFailed(DomainError):
    """One or more fields failed validation."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("validation_failed", count=len(issues))
        self.issues = list(issues)

    def __str__(self) -> str:  # for logs only
        return "validation_failed: " + "; ".join(f"{i.field} {i.code} {i.params}" for i in self.issues)


class PermissionDenied(DomainError):
    def __init__(self, action: str, role_needed: str | tuple[str, ...]) -> None:
        super().__init__("permission_denied", action=action, role=role_needed)
