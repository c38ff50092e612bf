"""Choosing, opening and migrating the database; sessions and transactions.

The URL comes from `--db`, then APPROVAL_DB_URL, then the config file, else a SQLite file
in the user data directory. A PostgreSQL password is never kept in the config file: it is
taken from APPROVAL_DB_PASSWORD or the OS keyring.
"""
from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError, OperationalError
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm import Session, sessionmaker

from approval_app import config as cfg
from approval_app.storage.errors import (BadDatabaseUrl, ConflictError, SchemaOutdated, SchemaTooNew,
                                         StorageUnavailable)

log = logging.getLogger(__name__)
ENV_DB_PASSWORD = "APPROVAL_DB_PASSWORD"
KEYRING_SERVICE = "approval-app"
MIGRATIONS = Path(__file__).with_name("migrations")


def default_sqlite_url() -> str:
    return f"sqlite:///{cfg.data_dir() / 'approval.db'}"


def resolve_url(cli_url: str | None, config: cfg.Config | None) -> tuple[str, str]:
    """The database URL to use and where it came from (cli, env, config, default)."""
    if cli_url:
        return cli_url, "cli"
    if os.environ.get(cfg.ENV_DB_URL):
        return os.environ[cfg.ENV_DB_URL], "env"
    if config is not None and config.get("database_url"):
        return config.get("database_url"), "config"
    return default_sqlite_url(), "default"


def parse_url(raw: str) -> URL:
    """Parse and check a database URL; only SQLite and PostgreSQL (psycopg 3) are supported."""
    try:
        url = make_url(raw.strip())
    except (ArgumentError, ValueError) as exc:
        raise BadDatabaseUrl("bad_url", url=_mask(raw), detail=str(exc)) from exc
    backend = url.get_backend_name()
    if backend == "sqlite":
        if url.drivername not in ("sqlite", "sqlite+pysqlite"):
            raise BadDatabaseUrl("unsupported_driver", url=_mask(raw), driver=url.drivername)
        return url
    if backend == "postgresql":
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        if url.drivername != "postgresql+psycopg":
            raise BadDatabaseUrl("unsupported_driver", url=_mask(raw), driver=url.drivername)
        if not url.host and not url.query.get("host"):
            raise BadDatabaseUrl("missing_host", url=_mask(raw))
        return url
    raise BadDatabaseUrl("unsupported_backend", url=_mask(raw), backend=backend)


def _mask(raw: str) -> str:
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL may still hold a password: show only the scheme
        return raw.split("://", 1)[0] + "://…" if "://" in raw else "…"


def _password_for(url: URL) -> str | None:
    if url.password:
        return url.password
    if os.environ.get(ENV_DB_PASSWORD):
        return os.environ[ENV_DB_PASSWORD]
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, f"db:{url.username}@{url.host}:{url.port or 5432}/{url.database}")
        except KeyringError:
            return None
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None


@dataclass
class Database:
    """An opened, migrated database: its engine and session factory."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def display_url(self) -> str:
        return self.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back on any error.

        A unique-key clash or a stale version means another terminal got there first: reported
        as ConflictError (the officer reloads and tries again), the detail kept in the log.
        """
        try:
            with self.sessions() as session:
                with session.begin():
                    yield session
        except (IntegrityError, StaleDataError) as exc:
            log.warning("concurrent change refused: %s", _first_line(exc))
            raise ConflictError("conflict") from exc

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self.sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        if self.dialect == "sqlite":
            _sqlite_optimize(self.engine)
        self.engine.dispose()

    def analyze(self) -> None:
        """Refresh the planner's statistics (after bulk loads)."""
        with self.engine.begin() as conn:
            conn.execute(text("ANALYZE"))


def _sqlite_optimize(engine: Engine) -> None:
    # Without statistics SQLite's planner walks the received_at index for filtered pages;
    # PRAGMA optimize keeps sqlite_stat1 fresh cheaply (PostgreSQL's autovacuum does this itself).
    try:
        with engine.begin() as conn:
            conn.execute(text("PRAGMA optimize"))
    except DBAPIError:
        log.debug("PRAGMA optimize failed", exc_info=True)


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            parent = Path(database).expanduser().resolve().parent
            if not parent.is_dir():
                raise StorageUnavailable("sqlite_dir_missing", path=str(parent))
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
        return engine
    password = _password_for(url)
    if password is not None:
        url = url.set(password=password)
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5},
                         pool_size=5, max_overflow=5)


def _alembic_config(connection=None) -> AlembicConfig:  # noqa: ANN001
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def schema_heads() -> set[str]:
    return set(ScriptDirectory.from_config(_alembic_config()).get_heads())


def open_database(raw_url: str, *, upgrade: bool = True, create_dir: bool = False) -> Database:
    """Open the database at `raw_url`, check its schema version and migrate it if asked.

    Raises BadDatabaseUrl, StorageUnavailable, SchemaTooNew or SchemaOutdated, all with
    a code and the place, before anything is written.
    """
    url = parse_url(raw_url)
    if create_dir and url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    where = url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
    except OperationalError as exc:
        engine.dispose()
        raise StorageUnavailable("db_unreachable", url=where, detail=_first_line(exc)) from exc
    except DBAPIError as exc:
        engine.dispose()
        raise StorageUnavailable("db_error", url=where, detail=_first_line(exc)) from exc
    except NoSuchModuleError as exc:  # pragma: no cover - parse_url rejects unknown drivers
        engine.dispose()
        raise BadDatabaseUrl("unsupported_driver", url=where, driver=str(exc)) from exc

    script = ScriptDirectory.from_config(_alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    unknown = current - known
    if unknown:
        engine.dispose()
        raise SchemaTooNew("schema_too_new", url=where, revision=", ".join(sorted(unknown)))
    heads = set(script.get_heads())
    if current != heads:
        if not upgrade:
            engine.dispose()
            raise SchemaOutdated("schema_outdated", url=where)
        log.info("migrating %s from %s to %s", where, sorted(current) or "empty", sorted(heads))
        try:
            with engine.begin() as conn:
                command.upgrade(_alembic_config(conn), "head")
        except DBAPIError as exc:
            engine.dispose()
            raise StorageUnavailable("migration_failed", url=where, detail=_first_line(exc)) from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    db = Database(url=url, engine=engine, sessions=sessions)
    if db.dialect == "sqlite":
        with engine.connect() as conn:
            has_stats = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first()
        if not has_stats:
            db.analyze()
    return db


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


def ping(db: Database) -> None:
    with db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
