"""Validators with real valid and invalid codes."""
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from approval_app.domain import validators as v

VALID_USCC = ["91350200MA2YJ1XR9G", "91440101MA5CJQ4N59", "913502000728319549", "11100000000013338W"]


@pytest.mark.parametrize("code", VALID_USCC)
def test_valid_uscc(code):
    assert v.check_uscc(code) == []
    assert v.check_uscc(code.lower()) == []


@pytest.mark.parametrize("code,problem", [
    ("91350200MA2YJ1XR9H", "uscc_check"),
    ("91440101MA5CJQ4N58", "uscc_check"),
    ("91350200MA2YJ1XR9", "uscc_length"),
    ("91350200MA2YJ1XR9GG", "uscc_length"),
    ("91350200MA2YJ1XO9G", "uscc_charset"),  # O is not in the character set
    ("913502ZZMA2YJ1XR9G", "uscc_charset"),
    ("91AB0200MA2YJ1XR9G", "uscc_region"),
    ("", "required"),
])
def test_invalid_uscc(code, problem):
    issues = v.check_uscc(code, "applicant.uscc")
    assert [i.code for i in issues] == [problem]
    assert issues[0].field == "applicant.uscc"


def test_uscc_check_reports_expected_character():
    (issue,) = v.check_uscc("91350200MA2YJ1XR9H")
    assert issue.params == {"expected": "G", "got": "H"}


@given(st.text(alphabet=v.USCC_CHARSET, min_size=17, max_size=17).filter(lambda s: s[2:8].isdigit()))
def test_any_code_with_computed_check_char_is_valid(body):
    code = body + v.uscc_check_char(body)
    assert v.check_uscc(code) == []
    # changing the check character always breaks it
    wrong = next(c for c in v.USCC_CHARSET if c != code[-1])
    assert v.check_uscc(body + wrong)[0].code == "uscc_check"


@pytest.mark.parametrize("code", ["34052419800101001X", "11010519491231002X"])
def test_valid_id(code):
    assert v.check_id_number(code) == []


@pytest.mark.parametrize("code,problem", [
    ("340524198001010011", "id_check"),
    ("3405241980010100", "id_length"),
    ("34052419801301001X", "id_birthdate"),
    ("34052430000101001X", "id_birthdate"),
    ("3405241980A101001X", "id_charset"),
])
def test_invalid_id(code, problem):
    assert [i.code for i in v.check_id_number(code, "legal_id")] == [problem]


@pytest.mark.parametrize("phone", ["13800138000", "+86 138 0013 8000", "0592-5551234", "010-88886666-123", "05925551234"])
def test_valid_phone(phone):
    assert v.check_phone(phone) == []


@pytest.mark.parametrize("phone", ["12800138000", "1380013800", "abc", "0592-123"])
def test_invalid_phone(phone):
    assert v.check_phone(phone, "contact_phone")[0].code == "phone_format"


def test_dates():
    assert v.parse_date("2026-02-14")[0] == dt.date(2026, 2, 14)
    assert v.parse_date("2026年2月14日")[0] == dt.date(2026, 2, 14)
    assert v.parse_date("2026-02-30")[1][0].code == "date_invalid"
    assert v.parse_date("14/02/2026")[1][0].code == "date_format"
    assert v.check_date("2026-01-01", "d", earliest=dt.date(2026, 6, 1))[0].code == "date_too_early"
