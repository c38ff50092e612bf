"""The matter catalogue: what a matter declares, parsed and checked from plain data.

Reading the TOML files is done by the service layer; this module only checks the
parsed mapping, so every problem names the file, the key and what is wrong.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from approval_app.domain import validators
from approval_app.domain.errors import Issue


class Mode(StrEnum):
    LICENCE = "licence"          # 行政许可 (full procedure)
    FILING = "filing"            # 审批改为备案 (post-hoc filing)
    COMMITMENT = "commitment"    # 实行告知承诺


FIELD_TYPES = ("text", "number", "date", "choice", "uscc", "id_number", "phone", "address")
MATTER_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
DEPT_CODE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


@dataclass(frozen=True)
class Department:
    code: str
    name: str


@dataclass(frozen=True)
class MaterialSpec:
    code: str
    name: str
    required: bool = True
    form: str = "copy"  # "original" or "copy"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    type: str = "text"
    required: bool = False
    max_length: int | None = None
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] = ()
    pattern: str | None = None
    example: str | None = None  # shown as the input's placeholder (and used by the demo)


@dataclass(frozen=True)
class PermitSpec:
    title: str
    template: str = "standard"
    validity_years: int | None = None


@dataclass(frozen=True)
class Matter:
    code: str
    name: str
    department: Department
    regulator: Department
    mode: Mode
    legal_limit_days: int
    promised_limit_days: int
    on_the_spot: bool
    joint: bool
    materials: tuple[MaterialSpec, ...]
    fields: tuple[FieldSpec, ...]
    permit: PermitSpec | None
    legal_basis: str = ""
    verification_days: int | None = None  # commitment mode: regulator's verification period

    def to_json(self) -> str:
        """Canonical JSON of the definition (stored with each catalogue version)."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    def content_hash(self) -> str:
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()

    @staticmethod
    def from_json(text: str) -> "Matter":
        d = json.loads(text)
        return Matter(
            code=d["code"], name=d["name"],
            department=Department(**d["department"]), regulator=Department(**d["regulator"]),
            mode=Mode(d["mode"]), legal_limit_days=d["legal_limit_days"],
            promised_limit_days=d["promised_limit_days"], on_the_spot=d["on_the_spot"],
            joint=d["joint"],
            materials=tuple(MaterialSpec(**m) for m in d["materials"]),
            fields=tuple(FieldSpec(**{**f, "choices": tuple(f["choices"])}) for f in d["fields"]),
            permit=PermitSpec(**d["permit"]) if d["permit"] else None,
            legal_basis=d.get("legal_basis", ""), verification_days=d.get("verification_days"),
        )


@dataclass(frozen=True)
class CatalogueProblem:
    """One problem in a catalogue file: where (file, key) and what (code, params)."""

    source: str
    key: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[CatalogueProblem] = []

    def add(self, key: str, code: str, **params: Any) -> None:
        self.problems.append(CatalogueProblem(self.source, key, code, params))

    def get(self, data: dict, key: str, kind: type | tuple[type, ...], path: str,
            required: bool = True, default: Any = None) -> Any:
        full = f"{path}.{key}" if path else key
        if key not in data:
            if required:
                self.add(full, "missing")
            return default
        value = data[key]
        # bool is an int in Python; a limit of `true` is a mistake, not a number
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            self.add(full, "wrong_type", expected=_type_name(kind), got="bool")
            return default
        if not isinstance(value, kind):
            self.add(full, "wrong_type", expected=_type_name(kind), got=type(value).__name__)
            return default
        return value


def _type_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return "/".join({str: "string", int: "integer", float: "number", bool: "boolean",
                     list: "array", dict: "table"}.get(k, k.__name__) for k in kinds)


_KNOWN_TOP = {"code", "name", "mode", "legal_basis", "department", "regulator", "time_limits",
              "on_the_spot", "joint", "verification_days", "materials", "fields", "permit"}


def parse_matter(data: dict[str, Any], source: str) -> tuple[Matter | None, list[CatalogueProblem]]:
    """Check one matter definition; return the matter, or None and every problem found."""
    c = _Checker(source)
    for key in sorted(set(data) - _KNOWN_TOP):
        c.add(key, "unknown_key")
    code = c.get(data, "code", str, "")
    if code is not None and not MATTER_CODE.match(code):
        c.add("code", "bad_code", value=code)
    name = c.get(data, "name", str, "")
    if name is not None and not name.strip():
        c.add("name", "empty")
    mode_text = c.get(data, "mode", str, "")
    mode = None
    if mode_text is not None:
        try:
            mode = Mode(mode_text)
        except ValueError:
            c.add("mode", "bad_choice", value=mode_text, allowed=", ".join(m.value for m in Mode))
    legal_basis = c.get(data, "legal_basis", str, "", required=False, default="")
    depts = []
    for key in ("department", "regulator"):
        d = c.get(data, key, dict, "")
        dept = None
        if d is not None:
            dcode = c.get(d, "code", str, key)
            dname = c.get(d, "name", str, key)
            if dcode is not None and not DEPT_CODE.match(dcode):
                c.add(f"{key}.code", "bad_code", value=dcode)
            if dcode and dname:
                dept = Department(dcode, dname)
        depts.append(dept)

    limits = c.get(data, "time_limits", dict, "")
    legal = promised = None
    if limits is not None:
        legal = c.get(limits, "legal", int, "time_limits")
        promised = c.get(limits, "promised", int, "time_limits")
        for key, val in (("legal", legal), ("promised", promised)):
            if val is not None and not (0 <= val <= 365):
                c.add(f"time_limits.{key}", "out_of_range", value=val, low=0, high=365)
        if legal is not None and promised is not None and promised > legal:
            c.add("time_limits.promised", "promised_exceeds_legal", promised=promised, legal=legal)
    on_the_spot = c.get(data, "on_the_spot", bool, "", required=False, default=False)
    joint = c.get(data, "joint", bool, "", required=False, default=False)
    verification_days = c.get(data, "verification_days", int, "", required=False)
    if mode is Mode.COMMITMENT and verification_days is None:
        c.add("verification_days", "missing_for_commitment")

    materials = _parse_materials(c, data)
    fields = _parse_fields(c, data)
    permit = None
    p = c.get(data, "permit", dict, "", required=mode is Mode.LICENCE or mode is Mode.COMMITMENT)
    if p is not None:
        title = c.get(p, "title", str, "permit")
        template = c.get(p, "template", str, "permit", required=False, default="standard")
        years = c.get(p, "validity_years", int, "permit", required=False)
        if years is not None and not (1 <= years <= 50):
            c.add("permit.validity_years", "out_of_range", value=years, low=1, high=50)
        if title:
            permit = PermitSpec(title, template or "standard", years)

    if c.problems:
        return None, c.problems
    return Matter(code=code, name=name.strip(), department=depts[0], regulator=depts[1], mode=mode,
                  legal_limit_days=legal, promised_limit_days=promised, on_the_spot=on_the_spot,
                  joint=joint, materials=tuple(materials), fields=tuple(fields), permit=permit,
                  legal_basis=legal_basis, verification_days=verification_days), []


def _parse_materials(c: _Checker, data: dict) -> list[MaterialSpec]:
    items = c.get(data, "materials", list, "")
    out: list[MaterialSpec] = []
    seen: set[str] = set()
    if items is not None and not items:
        c.add("materials", "empty")
    for i, m in enumerate(items or []):
        path = f"materials[{i}]"
        if not isinstance(m, dict):
            c.add(path, "wrong_type", expected="table", got=type(m).__name__)
            continue
        mcode = c.get(m, "code", str, path)
        mname = c.get(m, "name", str, path)
        required = c.get(m, "required", bool, path, required=False, default=True)
        form = c.get(m, "form", str, path, required=False, default="copy")
        if form not in ("original", "copy"):
            c.add(f"{path}.form", "bad_choice", value=form, allowed="original, copy")
        if mcode in seen:
            c.add(f"{path}.code", "duplicate", value=mcode)
        if mcode and mname and form in ("original", "copy"):
            seen.add(mcode)
            out.append(MaterialSpec(mcode, mname, required, form))
    return out


def _parse_fields(c: _Checker, data: dict) -> list[FieldSpec]:
    items = c.get(data, "fields", list, "")
    out: list[FieldSpec] = []
    seen: set[str] = set()
    for i, f in enumerate(items or []):
        path = f"fields[{i}]"
        if not isinstance(f, dict):
            c.add(path, "wrong_type", expected="table", got=type(f).__name__)
            continue
        fname = c.get(f, "name", str, path)
        if fname is not None and not re.fullmatch(r"[a-z][a-z0-9_]{0,63}", fname):
            c.add(f"{path}.name", "bad_code", value=fname)
        label = c.get(f, "label", str, path)
        ftype = c.get(f, "type", str, path, required=False, default="text")
        if ftype not in FIELD_TYPES:
            c.add(f"{path}.type", "bad_choice", value=ftype, allowed=", ".join(FIELD_TYPES))
        required = c.get(f, "required", bool, path, required=False, default=False)
        max_length = c.get(f, "max_length", int, path, required=False)
        low = c.get(f, "min", (int, float), path, required=False)
        high = c.get(f, "max", (int, float), path, required=False)
        if low is not None and high is not None and low > high:
            c.add(f"{path}.min", "min_exceeds_max", min=low, max=high)
        choices = c.get(f, "choices", list, path, required=ftype == "choice", default=[])
        if ftype == "choice" and choices is not None and not choices:
            c.add(f"{path}.choices", "empty")
        if any(not isinstance(x, str) for x in choices or []):
            c.add(f"{path}.choices", "wrong_type", expected="string", got="mixed")
        pattern = c.get(f, "pattern", str, path, required=False)
        example = c.get(f, "example", str, path, required=False)
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                c.add(f"{path}.pattern", "bad_pattern", detail=str(exc))
            else:
                if example is not None and not re.fullmatch(pattern, example):
                    c.add(f"{path}.example", "pattern_mismatch", value=example)
        if fname in seen:
            c.add(f"{path}.name", "duplicate", value=fname)
        if fname and label and ftype in FIELD_TYPES:
            seen.add(fname)
            out.append(FieldSpec(fname, label, ftype, required, max_length, low, high,
                                 tuple(choices or ()), pattern, example))
    return out


def check_departments_consistent(matters: list[tuple[Matter, str]]) -> list[CatalogueProblem]:
    """The same department code must carry the same name in every file."""
    names: dict[str, tuple[str, str]] = {}
    codes: dict[str, str] = {}
    problems = []
    for matter, source in matters:
        if matter.code in codes:
            problems.append(CatalogueProblem(source, "code", "duplicate_matter",
                                             {"value": matter.code, "other": codes[matter.code]}))
        codes[matter.code] = source
        for key, dept in (("department", matter.department), ("regulator", matter.regulator)):
            known = names.get(dept.code)
            if known and known[0] != dept.name:
                problems.append(CatalogueProblem(source, f"{key}.name", "department_name_conflict",
                                                 {"code": dept.code, "name": dept.name,
                                                  "other": known[0], "other_source": known[1]}))
            names.setdefault(dept.code, (dept.name, source))
    return problems


def validate_form(matter: Matter, values: dict[str, Any]) -> list[Issue]:
    """Check form values against the matter's field rules; unknown fields are reported too."""
    issues: list[Issue] = []
    known = {f.name for f in matter.fields}
    for name in sorted(set(values) - known):
        issues.append(Issue(name, "unknown_field"))
    for spec in matter.fields:
        raw = values.get(spec.name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if spec.required:
                issues.append(Issue(spec.name, "required", {"label": spec.label}))
            continue
        issues.extend(check_field(spec, raw))
    return issues


def check_field(spec: FieldSpec, raw: Any) -> list[Issue]:
    """Check one value against its field definition."""
    name = spec.name
    if spec.type == "number":
        try:
            num = float(raw) if not isinstance(raw, bool) else None
        except (TypeError, ValueError):
            num = None
        if num is None:
            return [Issue(name, "not_a_number", {"value": str(raw)})]
        if spec.min is not None and num < spec.min:
            return [Issue(name, "below_min", {"value": raw, "min": spec.min})]
        if spec.max is not None and num > spec.max:
            return [Issue(name, "above_max", {"value": raw, "max": spec.max})]
        return []
    if not isinstance(raw, str):
        return [Issue(name, "wrong_type", {"expected": "string", "got": type(raw).__name__})]
    text = raw.strip()
    if spec.max_length is not None and len(text) > spec.max_length:
        return [Issue(name, "too_long", {"length": len(text), "max": spec.max_length})]
    if spec.type == "date":
        return validators.check_date(text, name)
    if spec.type == "choice" and text not in spec.choices:
        return [Issue(name, "bad_choice", {"value": text, "allowed": "、".join(spec.choices)})]
    if spec.type == "uscc":
        return validators.check_uscc(text, name)
    if spec.type == "id_number":
        return validators.check_id_number(text, name)
    if spec.type == "phone":
        return validators.check_phone(text, name)
    if spec.pattern and not re.fullmatch(spec.pattern, text):
        return [Issue(name, "pattern_mismatch", {"value": text})]
    return []
