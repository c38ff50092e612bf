"""Opening, migrating and using the database on SQLite and a real PostgreSQL."""
import datetime as dt

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError

from approval_app.services import numbering
from approval_app.storage import models as m
from approval_app.storage.db import open_database, parse_url, resolve_url, schema_heads
from approval_app.storage.errors import BadDatabaseUrl, SchemaTooNew, StorageUnavailable

TABLES = {"departments", "matters", "applicants", "cases", "case_events", "materials", "files",
          "file_chunks", "documents", "users", "user_roles", "outbox", "sync_state", "counters",
          "calendar_days", "calendar_years"}


def test_migrated_schema_has_every_table(db):
    names = set(inspect(db.engine).get_table_names())
    assert TABLES <= names
    with db.engine.connect() as conn:
        assert {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))} == schema_heads()


def test_reopen_is_idempotent(db_url):
    open_database(db_url).dispose()
    again = open_database(db_url)
    assert TABLES <= set(inspect(again.engine).get_table_names())
    again.dispose()


def _case_with_event(session):
    dept = m.Department(code="d1", name="测试局")
    session.add(dept)
    session.flush()
    matter = m.Matter(code="X-1", version=1, name="测试事项", mode="licence", department_id=dept.id,
                      regulator_id=dept.id, legal_limit_days=20, promised_limit_days=10,
                      definition="{}", content_sha256="0" * 64)
    applicant = m.Applicant(name="测试有限公司", uscc="91350200MA2YJ1XR9G")
    session.add_all([matter, applicant])
    session.flush()
    now = dt.datetime(2026, 3, 2, 1, 30, tzinfo=dt.timezone.utc)
    case = m.Case(case_number="SP2026000001", matter_id=matter.id, department_id=dept.id,
                  applicant_id=applicant.id, channel="counter", status="received", received_at=now)
    session.add(case)
    session.flush()
    session.add(m.CaseEvent(case_id=case.id, seq=1, kind="received", at=now, actor_name="x",
                            after_status="received"))
    return case


def test_datetimes_come_back_aware_utc(db):
    with db.transaction() as s:
        case_id = _case_with_event(s).id
    with db.read() as s:
        got = s.get(m.Case, case_id).received_at
    assert got == dt.datetime(2026, 3, 2, 1, 30, tzinfo=dt.timezone.utc)
    assert got.utcoffset() == dt.timedelta(0)


def test_case_events_are_append_only_in_the_database(db):
    with db.transaction() as s:
        _case_with_event(s)
    for statement in ("UPDATE case_events SET reason = 'edited'", "DELETE FROM case_events"):
        with pytest.raises(DBAPIError, match="append-only"):
            with db.engine.begin() as conn:
                conn.execute(text(statement))
    with db.read() as s:
        assert s.scalar(select(m.CaseEvent.reason)) is None


def test_version_column_detects_a_conflicting_edit(db):
    from sqlalchemy.orm.exc import StaleDataError

    with db.transaction() as s:
        case_id = _case_with_event(s).id
    with db.sessions() as first, db.sessions() as second:
        a = first.get(m.Case, case_id)
        b = second.get(m.Case, case_id)
        a.status = "accepted"
        first.commit()
        b.status = "refused"
        with pytest.raises(StaleDataError):
            second.commit()


def test_counters_are_sequential_and_shared(db):
    with db.transaction() as s:
        first = numbering.case_number(s, "SP", 2026)
    with db.transaction() as s:
        second = numbering.case_number(s, "SP", 2026)
        other_year = numbering.case_number(s, "SP", 2027)
    assert (first, second, other_year) == ("SP2026000001", "SP2026000002", "SP2027000001")


def test_rolled_back_transaction_leaves_nothing(db):
    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            _case_with_event(s)
            raise RuntimeError("boom")
    with db.read() as s:
        assert s.scalar(select(m.Case)) is None


def test_schema_from_a_newer_version_is_refused(db_url):
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(SchemaTooNew) as err:
        open_database(db_url)
    assert err.value.params["revision"] == "9999_future"


@pytest.mark.parametrize("url,code", [
    ("not a url", "bad_url"),
    ("mysql://u@h/db", "unsupported_backend"),
    ("postgresql+asyncpg://u@h/db", "unsupported_driver"),
    ("postgresql://u@/db", "missing_host"),
])
def test_bad_urls(url, code):
    with pytest.raises(BadDatabaseUrl) as err:
        parse_url(url)
    assert err.value.code == code


def test_url_password_is_masked():
    with pytest.raises(BadDatabaseUrl) as err:
        parse_url("mysql://user:s3cret@host/db")
    assert "s3cret" not in str(err.value)


def test_unreachable_postgresql():
    with pytest.raises(StorageUnavailable) as err:
        open_database("postgresql://postgres@127.0.0.1:1/none")
    assert err.value.code == "db_unreachable"
    assert "127.0.0.1:1" in err.value.params["url"]


def test_sqlite_in_a_missing_directory(tmp_path):
    with pytest.raises(StorageUnavailable) as err:
        open_database(f"sqlite:///{tmp_path}/no/such/dir/x.db")
    assert err.value.code == "sqlite_dir_missing"
    assert not (tmp_path / "no").exists()


def test_not_a_database_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageUnavailable):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_url_resolution_order(monkeypatch):
    from approval_app.config import Config

    conf = Config({"database_url": "sqlite:///from-config.db"}, path=None)
    assert resolve_url("sqlite:///cli.db", conf) == ("sqlite:///cli.db", "cli")
    monkeypatch.setenv("APPROVAL_DB_URL", "sqlite:///env.db")
    assert resolve_url(None, conf) == ("sqlite:///env.db", "env")
    monkeypatch.delenv("APPROVAL_DB_URL")
    assert resolve_url(None, conf) == ("sqlite:///from-config.db", "config")
    url, source = resolve_url(None, Config({}, path=None))
    assert source == "default" and url.endswith("approval.db")


def test_migrations_match_the_models(db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from approval_app.storage.models import Base

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
