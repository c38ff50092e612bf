"""Validators for codes and values used by every form, import and export.

Unified social credit code (GB 32100-2015), resident ID number (GB 11643-1999),
phone numbers and dates. Each returns a list of `Issue`s naming the field.
"""
from __future__ import annotations

import datetime as dt
import re

from approval_app.domain.errors import Issue

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Landline: optional area code 0xx(x), 7-8 digit number, optional extension.
_LANDLINE = re.compile(r"^(0\d{2,3}-?)?[2-9]\d{6,7}(-\d{1,6})?$")


def uscc_check_char(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters."""
    total = sum(USCC_CHARSET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARSET[(31 - total % 31) % 31]


def check_uscc(value: str, field: str = "uscc") -> list[Issue]:
    """Validate a unified social credit code; empty list means valid."""
    code = (value or "").strip().upper()
    if not code:
        return [Issue(field, "required")]
    if len(code) != 18:
        return [Issue(field, "uscc_length", {"length": len(code)})]
    bad = sorted({c for c in code if c not in USCC_CHARSET})
    if bad:
        return [Issue(field, "uscc_charset", {"chars": "".join(bad)})]
    if not code[2:8].isdigit():
        return [Issue(field, "uscc_region", {"region": code[2:8]})]
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        return [Issue(field, "uscc_check", {"expected": expected, "got": code[17]})]
    return []


def id_check_char(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    return ID_CHECK[total % 11]


def check_id_number(value: str, field: str = "id_number", today: dt.date | None = None) -> list[Issue]:
    """Validate an 18-character resident ID number (GB 11643-1999)."""
    code = (value or "").strip().upper()
    if not code:
        return [Issue(field, "required")]
    if len(code) != 18:
        return [Issue(field, "id_length", {"length": len(code)})]
    if not code[:17].isdigit() or not (code[17].isdigit() or code[17] == "X"):
        return [Issue(field, "id_charset")]
    try:
        born = dt.date(int(code[6:10]), int(code[10:12]), int(code[12:14]))
    except ValueError:
        return [Issue(field, "id_birthdate", {"value": code[6:14]})]
    if born.year < 1900 or born > (today or dt.date.today()):
        return [Issue(field, "id_birthdate", {"value": code[6:14]})]
    expected = id_check_char(code[:17])
    if code[17] != expected:
        return [Issue(field, "id_check", {"expected": expected, "got": code[17]})]
    return []


def normalise_phone(value: str) -> str:
    return re.sub(r"[\s()（）]", "", (value or "").strip()).removeprefix("+86")


def check_phone(value: str, field: str = "phone") -> list[Issue]:
    """A mainland mobile number (11 digits from 13x-19x) or a landline with area code."""
    phone = normalise_phone(value)
    if not phone:
        return [Issue(field, "required")]
    if _MOBILE.match(phone) or _LANDLINE.match(phone):
        return []
    return [Issue(field, "phone_format", {"value": value})]


def parse_date(value: str | dt.date, field: str = "date") -> tuple[dt.date | None, list[Issue]]:
    """Parse an ISO date (YYYY-MM-DD); also accepts YYYY/MM/DD and YYYY年M月D日."""
    if isinstance(value, dt.datetime):
        return value.date(), []
    if isinstance(value, dt.date):
        return value, []
    text = (value or "").strip()
    if not text:
        return None, [Issue(field, "required")]
    m = re.fullmatch(r"(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?", text)
    if not m:
        return None, [Issue(field, "date_format", {"value": text})]
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])), []
    except ValueError:
        return None, [Issue(field, "date_invalid", {"value": text})]


def check_date(value: str | dt.date, field: str = "date",
               earliest: dt.date | None = None, latest: dt.date | None = None) -> list[Issue]:
    parsed, issues = parse_date(value, field)
    if issues or parsed is None:
        return issues
    if earliest and parsed < earliest:
        return [Issue(field, "date_too_early", {"value": parsed.isoformat(), "earliest": earliest.isoformat()})]
    if latest and parsed > latest:
        return [Issue(field, "date_too_late", {"value": parsed.isoformat(), "latest": latest.isoformat()})]
    return []
