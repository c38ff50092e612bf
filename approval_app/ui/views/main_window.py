"""The main window: filter bar, the worklist and the detail pane, status bar with database and officer."""
from __future__ import annotations

import logging

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMainWindow, QMessageBox, QProgressBar, QPushButton, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from approval_app.domain.roles import Actor, Role
from approval_app.services import cases as case_service
from approval_app.services.cases import CaseFilter, FilterOptions
from approval_app.services.notices import Bureau
from approval_app.storage.db import Database
from approval_app.ui.messages import describe, describe_error, role_name, status_name
from approval_app.ui.models.case_table import CaseTableModel
from approval_app.ui.views.case_actions import CaseActions
from approval_app.ui.views.case_detail import CaseDetailPane
from approval_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, *, demo: bool = False, language: str = "zh_CN",
                 on_language: object = None, bureau: Bureau | None = None, case_prefix: str = "SP") -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.bureau = bureau or Bureau()
        self.case_prefix = case_prefix
        self._reviewers: list[tuple[str, str]] = []
        self.language = language
        self._on_language = on_language
        self.runner = TaskRunner(parent=self)
        self._detail_generation = 0
        title = self.tr("审批工作站")
        if demo:
            title += " — " + self.tr("演示数据")
        self.setWindowTitle(title)

        self.model = CaseTableModel(self.runner, lambda f, a, n: case_service.fetch_page(db, f, a, n),
                                    lambda f: case_service.fetch_count(db, f), self,
                                    row_fn=lambda case_id: case_service.fetch_row(db, case_id))
        self.model.totalChanged.connect(self._show_total)
        self.model.loadingChanged.connect(self._show_loading)
        self.model.loadFailed.connect(self._load_failed)

        # filter bar
        self.status_box = QComboBox()
        self.status_box.setObjectName("statusFilter")
        self.matter_box = QComboBox()
        self.matter_box.setObjectName("matterFilter")
        self.matter_box.setMinimumWidth(220)
        self.dept_box = QComboBox()
        self.dept_box.setObjectName("departmentFilter")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("案件编号 / 企业名称 / 统一社会信用代码"))
        self.search.setClearButtonEnabled(True)
        self.overdue = QCheckBox(self.tr("只看逾期"))
        self.overdue.setObjectName("overdueOnly")
        self.mine = QCheckBox(self.tr("我的案件"))
        self.mine.setObjectName("mineOnly")
        self.expiring = QCheckBox(self.tr("证照30日内届满"))
        self.expiring.setObjectName("expiringOnly")
        self.expiring.setToolTip(self.tr("有效期在30日内届满的证照：提醒持证人依法在届满30日前申请延续"))
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.model.refresh)
        self.new_case_button = QPushButton(self.tr("新建收件"))
        self.new_case_button.setObjectName("newCase")
        self.new_case_button.setToolTip(self.tr("新建收件（Ctrl+N）"))
        self.new_case_button.clicked.connect(self.new_case)
        self.new_case_button.setEnabled(actor.has(Role.INTAKE, Role.FILING))
        bar = QHBoxLayout()
        bar.addWidget(self.new_case_button)
        bar.addWidget(QLabel(self.tr("状态")))
        bar.addWidget(self.status_box)
        bar.addWidget(QLabel(self.tr("事项")))
        bar.addWidget(self.matter_box)
        bar.addWidget(QLabel(self.tr("部门")))
        bar.addWidget(self.dept_box)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.overdue)
        bar.addWidget(self.mine)
        bar.addWidget(self.expiring)
        bar.addWidget(refresh)
        self._reset_filter_boxes(None)

        self.table = QTableView()
        self.table.setObjectName("worklist")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((0, 116), (1, 210), (2, 170), (3, 130), (4, 100), (5, 60), (6, 86)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.detail = CaseDetailPane()
        self.case_actions = CaseActions(db, actor, self.bureau, self.runner, self, lambda: self._reviewers)
        for qa in self.case_actions.actions.values():
            self.detail.toolbar.addAction(qa)
        self.detail.toolbar.addAction(self.case_actions.reissue)
        self.case_actions.done.connect(self._action_done)
        self.case_actions.failed.connect(self._action_failed)
        self.case_actions.busy.connect(self._show_loading)
        self.case_actions.issuePermit.connect(lambda case_id: self.issue_permits([case_id]))
        self.loaded_seal = None
        self.detail.documentRequested.connect(self._document_requested)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([920, 600])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)

        # status bar: database in use, officer, count, progress
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setVisible(False)
        roles = "、".join(role_name(r.value) for r in sorted(actor.roles))
        self.db_label = QLabel(self.tr("数据库：{0}").format(db.display_url))
        self.db_label.setObjectName("dbLabel")
        self.user_label = QLabel(self.tr("当前用户：{0}（{1}）").format(actor.display_name or actor.username, roles))
        self.user_label.setObjectName("userLabel")
        sb = self.statusBar()
        sb.addWidget(self.count_label)
        sb.addWidget(self.progress)
        sb.addPermanentWidget(self.user_label)
        sb.addPermanentWidget(self.db_label)

        self._build_menu()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        for box in (self.status_box, self.matter_box, self.dept_box):
            box.currentIndexChanged.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        self.mine.toggled.connect(self.apply_filter)
        self.expiring.toggled.connect(self.apply_filter)

        self.runner.start(case_service.fetch_filter_options, db, on_result=self._reset_filter_boxes,
                          on_error=self._load_failed)
        self.apply_filter()
        # Deadlines that move with time (deemed acceptance, open suspensions, renewals) are refreshed once
        # per start, off the GUI thread; the worklist reloads when any changed.
        self.runner.start(case_service.refresh_due, db, on_result=self._due_refreshed, on_error=self._load_failed)
        self.runner.start(case_service.fetch_reviewers, db, on_result=self._set_reviewers, on_error=self._load_failed)
        self._restore_geometry()

    # --- menu ---------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        new_case = QAction(self.tr("新建收件…"), self)
        new_case.setShortcut(QKeySequence.StandardKey.New)
        new_case.setEnabled(self.actor.has(Role.INTAKE, Role.FILING))
        new_case.triggered.connect(self.new_case)
        menu.addAction(new_case)
        refresh = QAction(self.tr("刷新"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.model.refresh)
        menu.addAction(refresh)
        find = QAction(self.tr("查找案件"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        menu.addAction(find)
        menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        handling = self.menuBar().addMenu(self.tr("办理(&C)"))
        for qa in self.case_actions.actions.values():
            handling.addAction(qa)
        seal_menu = self.menuBar().addMenu(self.tr("印章(&Z)"))
        batch = QAction(self.tr("批量制证…"), self)
        batch.setObjectName("batchIssue")
        batch.setEnabled(self.actor.has(Role.SEAL_KEEPER))
        batch.triggered.connect(self.batch_issue)
        seal_menu.addAction(batch)
        check = QAction(self.tr("校验用印登记簿"), self)
        check.triggered.connect(self.check_register)
        seal_menu.addAction(check)
        change = QAction(self.tr("更换本局印章…"), self)
        change.setEnabled(self.actor.has(Role.ADMIN))
        change.triggered.connect(self.change_seal)
        seal_menu.addAction(change)
        settings = self.menuBar().addMenu(self.tr("设置(&S)"))
        if self.actor.has(Role.ADMIN):
            accounts = QAction(self.tr("工作人员账号…"), self)
            accounts.triggered.connect(self._open_users)
            settings.addAction(accounts)
            calendar = QAction(self.tr("官方日历…"), self)
            calendar.triggered.connect(self._open_calendar)
            settings.addAction(calendar)
        lang = settings.addMenu(self.tr("界面语言"))
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            act = QAction(name, self, checkable=True)
            act.setChecked(code == self.language)
            act.triggered.connect(lambda _=False, c=code: self._change_language(c))
            lang.addAction(act)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _open_users(self) -> None:
        from approval_app.ui.views.users_dialog import UsersDialog

        UsersDialog(self.db, self.actor, parent=self).exec()
        self.runner.start(case_service.fetch_reviewers, self.db, on_result=self._set_reviewers,
                          on_error=self._load_failed)

    def _open_calendar(self) -> None:
        from approval_app.ui.views.calendar_dialog import CalendarDialog

        CalendarDialog(self.db, self.actor, parent=self).exec()
        self.model.refresh()

    def _change_language(self, code: str) -> None:
        if callable(self._on_language):
            self._on_language(code)
        QMessageBox.information(self, self.tr("界面语言"), self.tr("界面语言将在下次启动时生效。"))

    def _about(self) -> None:
        from approval_app import __version__

        QMessageBox.about(self, self.tr("关于"), self.tr("审批工作站 {0}\n一枚印章管审批").format(__version__))

    # --- filters ------------------------------------------------------------------------------
    def _reset_filter_boxes(self, options: FilterOptions | None) -> None:
        boxes = (self.status_box, self.matter_box, self.dept_box)
        current = [b.currentData() for b in boxes]
        for b in boxes:
            b.blockSignals(True)
            b.clear()
        self.status_box.addItem(self.tr("全部状态"), None)
        self.matter_box.addItem(self.tr("全部事项"), None)
        self.dept_box.addItem(self.tr("全部部门"), None)
        if options:
            for s in options.statuses:
                self.status_box.addItem(status_name(s), s)
            for o in options.matters:
                self.matter_box.addItem(f"{o.name}（{o.code}）", o.code)
            for o in options.departments:
                self.dept_box.addItem(o.name, o.code)
        for b, value in zip(boxes, current):
            i = b.findData(value)
            b.setCurrentIndex(max(i, 0))
            b.blockSignals(False)

    def current_filter(self) -> CaseFilter:
        return CaseFilter(status=self.status_box.currentData(), matter_code=self.matter_box.currentData(),
                          department_code=self.dept_box.currentData(), search=self.search.text().strip(),
                          assignee_id=self.actor.user_id if self.mine.isChecked() else None,
                          overdue_only=self.overdue.isChecked(), expiring_only=self.expiring.isChecked())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt == self.model.filter and self.model.rowCount():
            return
        self.detail.clear()
        self.count_label.setText(self.tr("正在查询……"))
        self.model.set_filter(flt)

    def _due_refreshed(self, changed: int) -> None:
        if changed:
            self.model.refresh()

    def _show_total(self, total: int) -> None:
        self.count_label.setText(self.tr("共 {0} 件").format(total))

    def _show_loading(self, loading: bool) -> None:
        self.progress.setVisible(loading)

    def _load_failed(self, exc: Exception) -> None:
        self.progress.setVisible(False)
        self.statusBar().showMessage(describe_error(exc), 10000)

    # --- detail -------------------------------------------------------------------------------
    def _row_changed(self, current, _previous) -> None:  # noqa: ANN001
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.detail.clear()
            self.case_actions.set_detail(None)
            return
        self.case_actions.set_detail(None)
        self._detail_generation += 1
        generation = self._detail_generation
        self.detail.show_loading()
        self.runner.start(case_service.fetch_detail, self.db, row.id,
                          on_result=lambda d: self._detail_loaded(generation, d), on_error=self._load_failed)

    def _detail_loaded(self, generation: int, detail) -> None:  # noqa: ANN001
        if generation == self._detail_generation and detail is not None:
            self.detail.show_detail(detail)
            self.case_actions.set_detail(detail)

    def reload_detail(self, case_id: int) -> None:
        self._detail_generation += 1
        generation = self._detail_generation
        self.runner.start(case_service.fetch_detail, self.db, case_id,
                          on_result=lambda d: self._detail_loaded(generation, d), on_error=self._load_failed)

    def _set_reviewers(self, rows) -> None:  # noqa: ANN001
        self._reviewers = [(r.username, r.display_name or r.username) for r in rows]

    # --- actions and documents ----------------------------------------------------------------
    def _action_done(self, outcome) -> None:  # noqa: ANN001
        made = "、".join(f"《{n.title}》{n.number}" for n in outcome.notices)
        text = self.tr("{0}：已办理，当前状态“{1}”").format(outcome.case_number, status_name(outcome.status))
        if made:
            text += self.tr("；已生成{0}").format(made)
        self.statusBar().showMessage(text, 15000)
        self.last_outcome = outcome
        self.reload_detail(outcome.case_id)
        self.model.refresh_row(outcome.case_id)

    def _action_failed(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)
        self.last_error = text
        if self.detail.detail is not None:
            self.reload_detail(self.detail.detail.row.id)
        if not self.quiet_errors:
            QMessageBox.warning(self, self.tr("不能办理"), text)

    quiet_errors = False  # tests read last_error instead of closing message boxes
    last_error = ""
    last_outcome = None

    def _document_requested(self, document_id: int, what: str) -> None:
        from approval_app import config as cfg
        from approval_app.services import counter

        def failed(exc: Exception) -> None:
            self._action_failed(describe_error(exc))

        if what == "all":
            self._export_all()
            return
        if what == "open":
            target = cfg.data_dir() / "open"
            self.runner.start(counter.open_copy, self.db, document_id, target,
                              on_result=lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))), on_error=failed)
        elif what == "print":
            self.statusBar().showMessage(self.tr("正在发送到打印机……"), 5000)
            self.runner.start(counter.print_document, self.db, document_id,
                              on_result=lambda _: self.statusBar().showMessage(self.tr("已发送到打印机"), 5000),
                              on_error=failed)
        elif what == "pdf" and self.actor.has(Role.SEAL_KEEPER) and self._sealable(document_id):
            self._export_sealed(document_id)
        else:
            as_pdf = what == "pdf"
            suffix = ".pdf" if as_pdf else ".docx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出文书"), "", f"*{suffix}")
            if path:
                if not path.endswith(suffix):
                    path += suffix
                self.progress.setVisible(True)
                self.runner.start(counter.export_document, self.db, document_id, Path(path), as_pdf,
                                  on_result=lambda p: (self.progress.setVisible(False),
                                                       self.statusBar().showMessage(self.tr("已导出：{0}").format(p), 10000)),
                                  on_error=lambda e: (self.progress.setVisible(False), failed(e)))

    def _sealable(self, document_id: int) -> bool:
        from approval_app.services.permits import SEALED_KINDS

        detail = self.detail.detail
        return bool(detail) and any(d.id == document_id and d.kind in SEALED_KINDS for d in detail.documents)

    def _export_sealed(self, document_id: int) -> None:
        """Seal keepers export decisions and notices as sealed, signed PDFs (entered in the register)."""
        from approval_app.services import permits

        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出加盖印章的PDF"), "", "*.pdf")
        if not path:
            return
        loaded = self.ensure_seal()
        confirmation = self.confirm_seal() if loaded is not None else None
        if confirmation is None:
            return
        path = path if path.endswith(".pdf") else path + ".pdf"
        self.progress.setVisible(True)
        self.runner.start(permits.export_sealed_pdf, self.db, self.actor, document_id, Path(path), loaded,
                          confirmation,
                          on_result=lambda p: (self.progress.setVisible(False), self.statusBar().showMessage(
                              self.tr("已导出加盖印章并签名的PDF：{0}").format(p), 10000)),
                          on_error=lambda e: (self.progress.setVisible(False), self._action_failed(describe_error(e))))

    def _export_all(self) -> None:
        """Every document of the case, as PDF when LibreOffice is present; progress with cancel."""
        from PySide6.QtWidgets import QProgressDialog

        from approval_app.documents.office import find_office
        from approval_app.services import counter

        detail = self.detail.detail
        if detail is None:
            return
        directory = QFileDialog.getExistingDirectory(self, self.tr("导出到文件夹"))
        if not directory:
            return
        as_pdf = find_office() is not None
        dialog = QProgressDialog(self.tr("正在导出文书……"), self.tr("取消"), 0, 100, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        cancelled = {"flag": False}
        dialog.canceled.connect(lambda: cancelled.__setitem__("flag", True))

        def finished(paths) -> None:  # noqa: ANN001
            dialog.reset()
            kind = "PDF" if as_pdf else "Word"
            self.statusBar().showMessage(self.tr("已导出{0}份文书（{1}）到 {2}").format(len(paths), kind, directory), 15000)

        def failed(exc: Exception) -> None:
            dialog.reset()
            from approval_app.ui.workers import Cancelled

            self.statusBar().showMessage(self.tr("已取消导出") if isinstance(exc, Cancelled) else describe_error(exc), 15000)

        self.runner.start(counter.export_all, self.db, detail.row.id, Path(directory), as_pdf,
                          on_progress=lambda p, t: (dialog.setValue(p), dialog.setLabelText(
                              self.tr("正在导出文书 {0}").format(t))),
                          cancel=lambda: cancelled["flag"], on_result=finished, on_error=failed)

    # --- the seal ------------------------------------------------------------------------------
    def ask_password(self, title: str, intro: str, check, remember_text: str = "",  # noqa: ANN001
                     remember_enabled: bool = False):  # noqa: ANN201
        """A password dialog; returns check()'s result or None. Tests replace this."""
        from approval_app.ui.views.seal_dialogs import PasswordDialog

        dialog = PasswordDialog(title, intro, check, remember_text=remember_text,
                                remember_enabled=remember_enabled, parent=self)
        if dialog.exec() != PasswordDialog.DialogCode.Accepted:
            return None
        if dialog.remember.isChecked():
            self._remember_seal_password = dialog.password.text()
        return dialog.result_value

    def ensure_seal(self):  # noqa: ANN201
        """The active seal unlocked for this session: keyring first, else the password is asked."""
        from approval_app.services import seal

        try:  # one small row; the key itself is decrypted only after the officer has typed
            with self.db.read() as s:
                info = seal.active_seal(s)
        except Exception as exc:
            self._action_failed(describe_error(exc))
            return None
        if info is None:
            self._action_failed(describe("no_active_seal"))
            return None
        if self.loaded_seal is not None and self.loaded_seal.info.fingerprint == info.fingerprint:
            return self.loaded_seal
        stored = seal.stored_password(info.fingerprint)
        if stored:
            try:
                with self.db.read() as s:
                    self.loaded_seal = seal.unlock(s, stored)
                return self.loaded_seal
            except Exception:  # a stale keyring entry: ask instead
                log.warning("stored seal password did not open the seal")
        usable, backend = seal.keyring_status()
        intro = self.tr("请输入本局印章证书（第{0}版，{1}）的密码，本次登录期间有效。").format(info.version, info.name)
        if not usable:
            intro += "\n" + self.tr("本机没有安全的系统密钥环（{0}），密码不会被保存，每次登录后需重新输入。").format(backend)
        self._remember_seal_password = None

        def check(password: str):  # noqa: ANN202
            with self.db.read() as s:
                return seal.unlock(s, password)

        loaded = self.ask_password(self.tr("解锁印章"), intro, check,
                                   remember_text=self.tr("保存到系统密钥环（本机）"), remember_enabled=usable)
        if loaded is None:
            return None
        if self._remember_seal_password:
            seal.remember_password(info.fingerprint, self._remember_seal_password)
        self.loaded_seal = loaded
        return loaded

    def confirm_seal(self) -> str | None:
        """The seal keeper re-enters their own password for each application of the seal."""
        from approval_app.services import seal

        def check(password: str) -> str:
            with self.db.read() as s:
                seal.confirm_seal_keeper(s, self.actor, password)
            return password

        return self.ask_password(self.tr("用印确认"),
                                 self.tr("用印须由印章管理员确认：请输入您的登录密码。本次用印将记入用印登记簿。"), check)

    def issue_permits(self, case_ids: list[int], dialog=None) -> None:  # noqa: ANN001
        from approval_app.services import permits
        from approval_app.ui.workers import Cancelled

        if not self.actor.has(Role.SEAL_KEEPER) or not case_ids:
            return
        loaded = self.ensure_seal()
        if loaded is None:
            return
        confirmation = self.confirm_seal()
        if confirmation is None:
            return
        if dialog is not None:
            dialog.started()
        self.progress.setVisible(True)

        def finished(result) -> None:  # noqa: ANN001
            self.progress.setVisible(False)
            text = self.tr("已用印制证{0}件").format(len(result.issued))
            if result.failed:
                text += self.tr("；{0}件未能制证：").format(len(result.failed)) + "；".join(
                    f"{number}（{describe_error(exc)}）" for _, number, exc in result.failed)
            self.last_batch = result
            self.statusBar().showMessage(text, 20000)
            if dialog is not None:
                dialog.finished(text)
            self.model.refresh()
            if self.detail.detail is not None:
                self.reload_detail(self.detail.detail.row.id)

        def failed(exc: Exception) -> None:
            self.progress.setVisible(False)
            text = self.tr("已取消") if isinstance(exc, Cancelled) else describe_error(exc)
            if dialog is not None:
                dialog.finished(text)
            self._action_failed(text)

        self.runner.start(permits.issue_batch, self.db, self.actor, case_ids, loaded, self.bureau, confirmation,
                          on_result=finished, on_error=failed,
                          on_progress=(dialog.step if dialog is not None else lambda p, t: None),
                          cancel=(lambda: dialog.cancelled) if dialog is not None else None)

    last_batch = None

    def batch_issue(self) -> None:
        self.runner.start(case_service.fetch_awaiting_permit, self.db, on_result=self._open_batch,
                          on_error=lambda e: self._action_failed(describe_error(e)))

    def _open_batch(self, rows) -> None:  # noqa: ANN001
        from approval_app.ui.views.seal_dialogs import BatchIssueDialog

        dialog = BatchIssueDialog([(r.id, f"{r.case_number}  {r.matter_name}  {r.applicant_name}") for r in rows], self)
        dialog.issue_button.clicked.connect(lambda: self.issue_permits(dialog.chosen(), dialog))
        self.batch_dialog = dialog
        dialog.exec()

    def check_register(self) -> None:
        from approval_app.services import seal

        def walk():  # noqa: ANN202 - the whole chain: on a worker
            with self.db.read() as s:
                return seal.verify_register(s)

        self.statusBar().showMessage(self.tr("正在校验用印登记簿……"))
        self.runner.start(walk, on_result=self._register_checked,
                          on_error=lambda e: self._action_failed(describe_error(e)))

    def _register_checked(self, result) -> None:  # noqa: ANN001
        count, problem = result
        self.statusBar().clearMessage()
        if problem is None:
            QMessageBox.information(self, self.tr("用印登记簿"), self.tr("共{0}条，哈希链逐条校验通过。").format(count))
        else:
            QMessageBox.warning(self, self.tr("用印登记簿"),
                                self.tr("第{0}条记录之后哈希链不再成立（{1}）。请立即报告。").format(problem.seq, problem.kind))

    def change_seal(self) -> None:
        from approval_app.services import seal
        from approval_app.ui.views.seal_dialogs import SealAdminDialog

        with self.db.read() as s:
            info = seal.active_seal(s)
        dialog = SealAdminDialog(f"{info.name}（第{info.version}版）" if info else self.tr("无"), self)

        def install(p12: bytes, password: str, image: bytes, name: str) -> None:
            with self.db.transaction() as s:
                seal.install_seal(s, self.actor, p12, password, image, name or self.bureau.name)

        dialog.install = install
        if dialog.exec() == SealAdminDialog.DialogCode.Accepted:
            self.loaded_seal = None
            self.statusBar().showMessage(self.tr("已更换本局印章，记入用印登记簿"), 10000)

    def new_case(self) -> None:
        from approval_app.ui.views.intake_dialog import IntakeDialog

        if not self.actor.has(Role.INTAKE, Role.FILING):
            return
        dialog = IntakeDialog(self.db, self.actor, self.bureau, self.runner, case_prefix=self.case_prefix, parent=self)
        if dialog.exec() == IntakeDialog.DialogCode.Accepted and dialog.outcome is not None:
            self._action_done(dialog.outcome)
            self.model.refresh()

    # --- window state -------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings("approval-app", "workstation")
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 820)

    def closeEvent(self, event) -> None:  # noqa: ANN001
        QSettings("approval-app", "workstation").setValue("main/geometry", self.saveGeometry())
        self.runner.wait(5000)
        super().closeEvent(event)
