"""Number series drawn from the database, so all terminals share one sequence."""
from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from approval_app.storage import models as m


def next_value(session: Session, series: str) -> int:
    """Atomically take the next value of `series` (1, 2, ...) inside the caller's transaction.

    The row lock taken by the UPDATE serialises concurrent terminals until commit.
    """
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(m.Counter).values(name=series, value=0).on_conflict_do_nothing(index_elements=["name"]))
    return session.execute(
        update(m.Counter).where(m.Counter.name == series).values(value=m.Counter.value + 1)
        .returning(m.Counter.value)
    ).scalar_one()


def case_number(session: Session, prefix: str, year: int) -> str:
    """Bureau prefix + year + six-digit sequence, e.g. SP2026000123."""
    return f"{prefix}{year}{next_value(session, f'case:{prefix}:{year}'):06d}"
