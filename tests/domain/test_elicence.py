"""GB/T 36904 electronic licence identifiers and ISO 7064 MOD 37,36."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from approval_app.domain.elicence import (ALPHABET, identifier_valid, licence_identifier, mod37_36_check,
                                          mod37_36_valid)


def test_known_iso7064_mod37_36_values():
    # Worked values of the hybrid system MOD 37,36 (ISO/IEC 7064:2003, alphanumeric)
    assert mod37_36_check("A12425GABC1234002") == "M"
    assert mod37_36_valid("A12425GABC1234002M")


def test_identifier_shape_and_check():
    ident = licence_identifier("11350200MB0000001X001", "11350200MB0000001X", "2026000123", 1)
    root, rest = ident[:14], ident[15:]
    assert root == "1.2.156.3005.2"
    parts = rest.split(".")
    assert parts[:4] == ["11350200MB0000001X001", "11350200MB0000001X", "2026000123", "001"]
    assert identifier_valid(ident)
    tampered = ident[:-1] + ("0" if ident[-1] != "0" else "1")
    assert not identifier_valid(tampered)
    assert not identifier_valid(ident.replace(".001.", ".002."))


@pytest.mark.parametrize("bad", ["", "abc-1", "中文"])
def test_bad_parts_are_refused(bad):
    with pytest.raises(ValueError):
        licence_identifier(bad, "X1", "1", 1)


@given(st.text(alphabet=ALPHABET, min_size=1, max_size=60), st.integers(0, 59), st.sampled_from(ALPHABET))
def test_any_single_substitution_is_detected(data, pos, replacement):
    check = mod37_36_check(data)
    assert mod37_36_valid(data + check)
    pos = pos % len(data)
    if data[pos] != replacement:
        assert not mod37_36_valid(data[:pos] + replacement + data[pos + 1:] + check)
