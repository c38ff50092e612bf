"""Starting the GUI: font, language, database, first administrator, login, main window."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from approval_app import config as cfg
from approval_app import paths
from approval_app.logs import setup_logging
from approval_app.services import users
from approval_app.services.catalogue import load_catalogue, sync_catalogue
from approval_app.storage.db import Database, open_database, resolve_url
from approval_app.storage.errors import StorageError
from approval_app.ui.dialogs import install_crash_dialog, run_with_progress, show_error
from approval_app.ui.fonts import install_font
from approval_app.ui.i18n import install_translators
from approval_app.ui.messages import describe, describe_error
from approval_app.ui.views.login import FirstAdminDialog, LoginDialog
from approval_app.ui.views.main_window import MainWindow

log = logging.getLogger(__name__)


class CatalogueBroken(Exception):
    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def prepare_database(url: str, create_dir: bool) -> Database:
    """Open and migrate the database and record the catalogue (runs on a worker)."""
    catalogue = load_catalogue(paths.forms_dir())
    if not catalogue.ok:
        raise CatalogueBroken([f"{p.source}: {p.key}: {describe(p.code, p.params)}" for p in catalogue.problems])
    db = open_database(url, create_dir=create_dir)
    with db.transaction() as s:
        sync_catalogue(s, catalogue)
    return db


def make_application(language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("approval-app")
    app.setApplicationDisplayName("审批工作站")
    install_font(app)
    app._translators = install_translators(app, language)  # type: ignore[attr-defined]
    return app


def login(db: Database, terminal: str, *, demo: bool, parent=None):  # noqa: ANN001
    """First-admin dialog when the database has no account, then the login dialog; None if cancelled."""
    with db.read() as s:
        needs_admin = not users.has_users(s)
    if needs_admin:
        def create(username: str, password: str, display_name: str) -> None:
            from approval_app.domain.roles import Role

            with db.transaction() as s:
                users.create_user(s, None, username, password, {Role.ADMIN}, display_name)
        if FirstAdminDialog(create, parent).exec() != QDialog.DialogCode.Accepted:
            return None

    def authenticate(username: str, password: str):  # noqa: ANN202
        with db.read() as s:
            return users.authenticate(s, username, password, terminal)

    hint = QCoreApplication.translate("app", "演示数据库：所有账号的密码都是 demo1234（zhangwei 收件，lina 审查，wangqiang 审批，admin 管理）") if demo else ""
    dialog = LoginDialog(authenticate, db.display_url, hint=hint, username="zhangwei" if demo else "", parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def seed_database(db: Database, cases: int, progress=None) -> object:  # noqa: ANN001
    """The demo's realistic day (runs on a worker, reporting progress)."""
    from approval_app.services.demo_seed import seed_demo

    catalogue = load_catalogue(paths.forms_dir())
    return seed_demo(db, catalogue, cases=cases, progress=progress)


def run_gui(db_url: str | None = None, *, demo: bool = False, language: str | None = None,
            seed_cases: int = 0) -> int:
    log_file = setup_logging()
    try:
        config = cfg.load_config()
    except cfg.ConfigError as exc:
        app = make_application("zh_CN")
        show_error(None, describe("config_error", {"path": exc.path, "detail": exc.detail}))
        return 1
    language = language or config.get("language")
    app = make_application(language)
    install_crash_dialog(log_file)
    url, source = resolve_url(db_url, config)
    try:
        db = run_with_progress(None, QCoreApplication.translate("app", "正在打开数据库……"), prepare_database, url, source == "default")
    except (StorageError, CatalogueBroken) as exc:
        show_error(None, describe_error(exc) if isinstance(exc, StorageError) else
                   QCoreApplication.translate("app", "事项目录有错误，请联系系统管理员：\n{0}").format(exc))
        return 1
    if seed_cases:
        from approval_app.domain.errors import DomainError

        try:
            run_with_progress(None, QCoreApplication.translate("app", "正在生成演示数据……"), seed_database, db,
                              seed_cases, with_progress=True)
        except DomainError as exc:
            show_error(None, describe_error(exc))
            db.dispose()
            return 1
    try:
        actor = login(db, config.terminal, demo=demo)
        if actor is None:
            return 0

        def save_language(code: str) -> None:
            cfg.save_setting(config, "language", code)

        from approval_app.services.notices import Bureau

        window = MainWindow(db, actor, demo=demo, language=language, on_language=save_language,
                            bureau=Bureau.from_config(config), case_prefix=config.get("bureau_prefix"))
        window.show()
        return app.exec()
    finally:
        db.dispose()
