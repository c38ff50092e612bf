"""Service-level errors are domain errors: a code and parameters for the UI to put in words."""
from approval_app.domain.errors import DomainError, PermissionDenied, ValidationFailed

__all__ = ["DomainError", "PermissionDenied", "ValidationFailed"]
