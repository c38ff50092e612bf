"""Shared fixtures: offscreen Qt, isolated user dirs and keyring, real SQLite and PostgreSQL databases."""
from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

import pytest

# Before any QApplication exists and before the app reads its directories.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

sys.path.insert(0, str(Path(__file__).parent))
from pgcluster import Cluster, start_cluster  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    """Every test gets its own data dir and config file, never the real user's."""
    monkeypatch.setenv("APPROVAL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("APPROVAL_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.delenv("APPROVAL_DB_URL", raising=False)


@pytest.fixture(scope="session")
def pg_cluster():
    """One PostgreSQL cluster per test run, started from the installed server binaries."""
    try:
        cluster = start_cluster()
    except FileNotFoundError as exc:
        print(f"\nPostgreSQL tests skipped: {exc}", file=sys.stderr)
        yield None
        return
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster | None):
    """A migrated template database; each test copies it (CREATE DATABASE ... TEMPLATE)."""
    if pg_cluster is None:
        yield None
        return
    from sqlalchemy import create_engine, text

    from approval_app.storage.db import open_database

    admin = create_engine(pg_cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("CREATE DATABASE app_template"))
    db = open_database(pg_cluster.url("app_template"))
    db.dispose()
    yield admin
    admin.dispose()


_counter = itertools.count()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, pg_cluster, pg_template):
    """A fresh, migrated database URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    if pg_cluster is None:
        pytest.skip("no PostgreSQL server binaries (initdb) on this machine")
    from sqlalchemy import text

    name = f"t{os.getpid()}_{next(_counter)}"
    with pg_template.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE app_template"))
    return pg_cluster.url(name)


@pytest.fixture
def db(db_url):
    from approval_app.storage.db import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path):
    from approval_app.storage.db import open_database

    database = open_database(f"sqlite:///{tmp_path / 'one.db'}")
    yield database
    database.dispose()
