"""Paths and helpers shared by tests."""
import datetime as dt
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"


def at(day: dt.date, hour: int = 2) -> dt.datetime:
    """A moment on a bureau working day (UTC 02:00 is 10:00 in the bureau)."""
    return dt.datetime.combine(day, dt.time(hour), tzinfo=dt.timezone.utc)
