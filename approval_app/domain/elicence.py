"""Electronic licence identifiers (GB/T 36904-2018) and the national catalogue's code types.

`1.2.156.3005.2.<licence type code>.<issuer code>.<serial>.<version, 3 digits>.<check>`, the check
character computed with ISO 7064 MOD 37,36 over the parts joined without the root and the dots.
"""
from __future__ import annotations

import re

ROOT = "1.2.156.3005.2"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # ISO 7064 MOD 37,36: 36 characters
# Holder code types of the national catalogue (GB/T 36902); project rule, see README.
HOLDER_CODE_TYPES = {"uscc": "001", "id_number": "111"}


def mod37_36_check(data: str) -> str:
    """ISO/IEC 7064 hybrid MOD 37,36 check character for alphanumeric `data`."""
    m = 36
    p = m
    for ch in data.upper():
        if ch not in ALPHABET:
            raise ValueError(f"character {ch!r} outside 0-9A-Z")
        s = (p + ALPHABET.index(ch)) % m or m
        p = (s * 2) % (m + 1)
    return ALPHABET[(m + 1 - p) % m]


def mod37_36_valid(data_with_check: str) -> bool:
    m = 36
    p = m
    for ch in data_with_check.upper():
        if ch not in ALPHABET:
            return False
        s = (p + ALPHABET.index(ch)) % m or m
        p = (s * 2) % (m + 1)
    return s == 1


def licence_identifier(licence_type_code: str, issuer_code: str, serial: str, version: int) -> str:
    """The full identifier of one version of one licence."""
    for name, part in (("licence_type_code", licence_type_code), ("issuer_code", issuer_code), ("serial", serial)):
        if not re.fullmatch(r"[0-9A-Z]+", part or ""):
            raise ValueError(f"{name} must be non-empty 0-9A-Z, got {part!r}")
    if not 1 <= version <= 999:
        raise ValueError("version must be 1..999")
    body = f"{licence_type_code}{issuer_code}{serial}{version:03d}"
    return f"{ROOT}.{licence_type_code}.{issuer_code}.{serial}.{version:03d}.{mod37_36_check(body)}"


def identifier_valid(identifier: str) -> bool:
    if not identifier.startswith(ROOT + "."):
        return False
    parts = identifier[len(ROOT) + 1:].split(".")
    if len(parts) != 5 or len(parts[3]) != 3 or not parts[3].isdigit() or len(parts[4]) != 1:
        return False
    return mod37_36_valid("".join(parts))
