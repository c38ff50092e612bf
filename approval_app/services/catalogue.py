"""Loading the matter catalogue from forms/*.toml and recording its versions in the database."""
from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from approval_app.domain import catalogue as cat
from approval_app.storage import models as m

log = logging.getLogger(__name__)


@dataclass
class LoadResult:
    matters: list[cat.Matter] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # matter code -> file name
    problems: list[cat.CatalogueProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def load_catalogue(directory: Path) -> LoadResult:
    """Read and check every `*.toml` in `directory`; collects every problem, not just the first."""
    result = LoadResult()
    if not directory.is_dir():
        result.problems.append(cat.CatalogueProblem(str(directory), "", "catalogue_dir_missing"))
        return result
    files = sorted(directory.glob("*.toml"))
    if not files:
        result.problems.append(cat.CatalogueProblem(str(directory), "", "catalogue_empty"))
    parsed: list[tuple[cat.Matter, str]] = []
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            result.problems.append(cat.CatalogueProblem(path.name, "", "toml_syntax", {"detail": str(exc)}))
            continue
        except (UnicodeDecodeError, OSError) as exc:
            result.problems.append(cat.CatalogueProblem(path.name, "", "unreadable", {"detail": str(exc)}))
            continue
        matter, problems = cat.parse_matter(data, path.name)
        result.problems.extend(problems)
        if matter is not None:
            parsed.append((matter, path.name))
    result.problems.extend(cat.check_departments_consistent(parsed))
    result.matters = [matter for matter, _ in parsed]
    result.sources = {matter.code: source for matter, source in parsed}
    return result


@dataclass(frozen=True)
class SyncResult:
    added: tuple[str, ...]      # matter codes with a new version
    unchanged: tuple[str, ...]


def sync_catalogue(session: Session, load: LoadResult) -> SyncResult:
    """Record the loaded catalogue: a changed matter gets a new version; old versions stay.

    Cases point at the version they were received under, so changing a matter (e.g. from
    licence to filing) never changes cases already in flight.
    """
    if not load.ok:
        raise ValueError("refusing to record a catalogue with problems")
    depts = {d.code: d for d in session.scalars(select(m.Department))}
    added, unchanged = [], []
    for matter in load.matters:
        for d in (matter.department, matter.regulator):
            if d.code not in depts:
                depts[d.code] = m.Department(code=d.code, name=d.name)
                session.add(depts[d.code])
            elif depts[d.code].name != d.name:
                depts[d.code].name = d.name
        session.flush()
        current = session.scalars(
            select(m.Matter).where(m.Matter.code == matter.code).order_by(m.Matter.version.desc()).limit(1)
        ).first()
        digest = matter.content_hash()
        known = set(session.scalars(select(m.Matter.content_sha256).where(m.Matter.code == matter.code)))
        if digest in known:
            # The current version, or an older one that a terminal with an outdated forms/ still carries:
            # never switch back, so terminals on different installs cannot make versions alternate.
            unchanged.append(matter.code)
            continue
        session.execute(update(m.Matter).where(m.Matter.code == matter.code).values(is_current=False))
        session.add(m.Matter(
            code=matter.code, version=(current.version + 1) if current else 1, is_current=True,
            name=matter.name, mode=matter.mode.value,
            department_id=depts[matter.department.code].id, regulator_id=depts[matter.regulator.code].id,
            legal_limit_days=matter.legal_limit_days, promised_limit_days=matter.promised_limit_days,
            definition=matter.to_json(), content_sha256=digest,
            source_file=load.sources.get(matter.code, ""),
        ))
        added.append(matter.code)
    session.flush()
    if added:
        log.info("catalogue: new versions of %s", ", ".join(added))
    return SyncResult(tuple(added), tuple(unchanged))


def current_matter(session: Session, code: str) -> m.Matter | None:
    return session.scalars(select(m.Matter).where(m.Matter.code == code, m.Matter.is_current)).first()


def matter_definition(row: m.Matter) -> cat.Matter:
    return cat.Matter.from_json(row.definition)
