"""The permit's QR code: a compact payload signed by the seal key, verifiable offline.

`AAV1.<base64url(JSON)>.<base64url(signature)>`; the JSON holds the permit number, the holder's
credit code, the validity, the SHA-256 of the permit's registry content and the seal's
certificate fingerprint (first 16 hex digits).
"""
from __future__ import annotations

import base64
import json
from typing import Any

from approval_app.documents.seal_keys import SealKey, verify_raw

PREFIX = "AAV1"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_payload(fields: dict[str, Any], key: SealKey) -> str:
    body = json.dumps({**fields, "k": key.fingerprint[:16]}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")
    return f"{PREFIX}.{_b64(body)}.{_b64(key.sign(body))}"


def read_payload(text: str, certificates: list[bytes]) -> tuple[dict[str, Any] | None, bool]:
    """The payload's fields and whether one of the given seal certificates signed it."""
    import hashlib

    try:
        prefix, body64, sig64 = text.strip().split(".")
        if prefix != PREFIX:
            return None, False
        body, signature = _unb64(body64), _unb64(sig64)
        fields = json.loads(body)
    except (ValueError, json.JSONDecodeError):
        return None, False
    for der in certificates:
        if hashlib.sha256(der).hexdigest()[:16] == fields.get("k") and verify_raw(der, body, signature):
            return fields, True
    return fields, False
