"""Catalogue loading: the shipped catalogue, broken files, and versioning in the database."""
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from approval_app.domain.catalogue import Mode, validate_form
from approval_app.services.catalogue import load_catalogue, sync_catalogue
from approval_app.storage import models as m

FORMS = Path(__file__).resolve().parents[2] / "forms"


def test_shipped_catalogue_is_valid_and_broad():
    result = load_catalogue(FORMS)
    assert result.problems == []
    assert len(result.matters) >= 12
    assert len({x.department.code for x in result.matters}) >= 6
    modes = [x.mode for x in result.matters]
    assert modes.count(Mode.FILING) >= 3
    assert modes.count(Mode.COMMITMENT) >= 2
    for matter in result.matters:
        assert matter.materials and matter.fields
        assert matter.promised_limit_days <= matter.legal_limit_days
        if matter.mode is not Mode.FILING:
            assert matter.permit is not None


def _copy(tmp_path: Path, *names: str) -> Path:
    d = tmp_path / "forms"
    d.mkdir()
    for name in names:
        shutil.copy(FORMS / name, d / name)
    return d


def _problems(directory: Path) -> list[tuple[str, str, str]]:
    return [(p.source, p.key, p.code) for p in load_catalogue(directory).problems]


def test_syntax_error_names_the_file(tmp_path):
    d = _copy(tmp_path, "scjg-food-business.toml")
    (d / "broken.toml").write_text('code = "X-1"\nname = \n', encoding="utf-8")
    (problem,) = _problems(d)
    assert problem[0] == "broken.toml" and problem[2] == "toml_syntax"


@pytest.mark.parametrize("edit,key,code", [
    (('mode = "licence"', 'mode = "approval"'), "mode", "bad_choice"),
    (("legal = 10 ", "legal = -3 "), "time_limits.legal", "out_of_range"),
    (("promised = 5 ", "promised = 50 "), "time_limits.promised", "promised_exceeds_legal"),
    (('type = "phone"', 'type = "telephone"'), "fields[3].type", "bad_choice"),
    (('form = "original"', 'form = "scan"'), "materials[0].form", "bad_choice"),
    (('code = "SCJG-001"', 'code = "SCJG 001"'), "code", "bad_code"),
    (('name = "食品经营许可"\n', 'name = "食品经营许可"\nnmae = "typo"\n'), "nmae", "unknown_key"),
    (('on_the_spot = false', 'on_the_spot = "no"'), "on_the_spot", "wrong_type"),
    (('validity_years = 5', 'validity_years = 0'), "permit.validity_years", "out_of_range"),
])
def test_broken_values_name_file_key_and_problem(tmp_path, edit, key, code):
    d = _copy(tmp_path, "scjg-food-business.toml")
    path = d / "scjg-food-business.toml"
    text = path.read_text(encoding="utf-8")
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    assert ("scjg-food-business.toml", key, code) in _problems(d)


def test_missing_keys_are_all_reported(tmp_path):
    d = tmp_path / "forms"
    d.mkdir()
    (d / "thin.toml").write_text('code = "T-1"\nmode = "licence"\n', encoding="utf-8")
    keys = {key for _, key, code in _problems(d) if code == "missing"}
    assert {"name", "department", "regulator", "time_limits", "materials", "fields", "permit"} <= keys


def test_duplicate_matter_codes_and_department_names(tmp_path):
    d = _copy(tmp_path, "scjg-food-business.toml")
    text = (d / "scjg-food-business.toml").read_text(encoding="utf-8")
    (d / "copy.toml").write_text(text.replace("市市场监督管理局", "市场监管局"), encoding="utf-8")
    codes = {code for _, _, code in _problems(d)}
    assert {"duplicate_matter", "department_name_conflict"} <= codes


def test_empty_and_missing_directories(tmp_path):
    assert _problems(tmp_path)[0][2] == "catalogue_empty"
    assert _problems(tmp_path / "nope")[0][2] == "catalogue_dir_missing"


def test_form_validation_uses_field_rules():
    matter = next(x for x in load_catalogue(FORMS).matters if x.code == "SCJG-001")
    issues = validate_form(matter, {"premises": "思明区湖滨南路1号", "principal": "王芳",
                                    "principal_id": "34052419800101001X", "contact_phone": "12345",
                                    "business_type": "夜市摊贩", "area": "-5", "extra": "x"})
    got = {(i.field, i.code) for i in issues}
    assert got == {("contact_phone", "phone_format"), ("business_type", "bad_choice"),
                   ("area", "below_min"), ("extra", "unknown_field")}


def test_catalogue_versions_keep_cases_on_their_version(db, tmp_path):
    d = _copy(tmp_path, "scjg-food-business.toml")
    with db.transaction() as s:
        first = sync_catalogue(s, load_catalogue(d))
    assert first.added == ("SCJG-001",)
    with db.transaction() as s:
        again = sync_catalogue(s, load_catalogue(d))
    assert again.added == () and again.unchanged == ("SCJG-001",)
    path = d / "scjg-food-business.toml"
    text = path.read_text(encoding="utf-8").replace('mode = "licence"', 'mode = "filing"')
    path.write_text(text, encoding="utf-8")
    with db.transaction() as s:
        sync_catalogue(s, load_catalogue(d))
    with db.read() as s:
        rows = s.execute(select(m.Matter.version, m.Matter.mode, m.Matter.is_current)
                         .where(m.Matter.code == "SCJG-001").order_by(m.Matter.version)).all()
    assert [tuple(r) for r in rows] == [(1, "licence", False), (2, "filing", True)]


def test_a_terminal_with_an_older_catalogue_does_not_switch_back(db, tmp_path):
    d = _copy(tmp_path, "scjg-food-business.toml")
    path = d / "scjg-food-business.toml"
    old = path.read_text(encoding="utf-8")
    with db.transaction() as s:
        sync_catalogue(s, load_catalogue(d))
    path.write_text(old.replace("promised = 5 ", "promised = 3 "), encoding="utf-8")
    with db.transaction() as s:
        assert sync_catalogue(s, load_catalogue(d)).added == ("SCJG-001",)
    path.write_text(old, encoding="utf-8")  # another terminal, still on the old install
    with db.transaction() as s:
        assert sync_catalogue(s, load_catalogue(d)).added == ()
    with db.read() as s:
        current = s.scalar(select(m.Matter).where(m.Matter.code == "SCJG-001", m.Matter.is_current))
        assert current.version == 2 and current.promised_limit_days == 3
