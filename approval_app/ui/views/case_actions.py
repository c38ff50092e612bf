"""The officer's actions on the selected case: enabled by state and role, with shortcuts.

Each action asks for what it needs, then runs the service (action + notice, one transaction)
on a worker. A conflicting change by another officer is reported and the case reloaded.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from approval_app.domain import procedure as proc
from approval_app.domain.procedure import Action
from approval_app.domain.roles import Actor
from approval_app.services import counter
from approval_app.services.cases import CaseDetail
from approval_app.services.notices import Bureau, PROCEDURE_NAMES
from approval_app.storage.db import Database
from approval_app.storage.errors import ConflictError
from approval_app.ui.messages import action_label, describe_error
from approval_app.ui.views.action_dialog import ActionDialog, ActionForm, Param
from approval_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)

# Menu order, label and shortcut of each action offered in the detail pane.
ACTION_ORDER: list[tuple[Action, str]] = [
    (Action.ACCEPT, "Ctrl+Shift+A"), (Action.REQUEST_SUPPLEMENT, "Ctrl+Shift+B"),
    (Action.SUPPLEMENT_RECEIVED, "Ctrl+Shift+C"), (Action.REFUSE, "Ctrl+Shift+R"),
    (Action.DECIDE_ON_SPOT, "Ctrl+Shift+T"), (Action.FILE, "Ctrl+Shift+F"), (Action.RETURN_FILING, "Ctrl+Shift+H"),
    (Action.COMMIT, "Ctrl+Shift+K"), (Action.ASSIGN, "Ctrl+Shift+G"), (Action.OPINION, "Ctrl+Shift+O"),
    (Action.SUSPEND, "Ctrl+Shift+S"), (Action.RESUME, "Ctrl+Shift+U"), (Action.EXTEND, "Ctrl+Shift+E"),
    (Action.APPROVE, "Ctrl+Shift+P"), (Action.DENY, "Ctrl+Shift+D"), (Action.ISSUE_PERMIT, "Ctrl+Shift+I"),
    (Action.DELIVER, "Ctrl+Shift+L"), (Action.WITHDRAW, "Ctrl+Shift+W"), (Action.VERIFY, ""),
    (Action.APPLY_CHANGE, ""), (Action.DECIDE_CHANGE, ""), (Action.APPLY_RENEWAL, ""),
    (Action.DECIDE_RENEWAL, ""), (Action.CANCEL, ""), (Action.REVOKE, ""),
]

ART70_NAMES = {"expired": "有效期届满未延续", "holder_died": "赋予公民特定资格的，该公民死亡或者丧失行为能力",
               "entity_terminated": "法人或者其他组织依法终止", "permit_withdrawn": "行政许可依法被撤销、撤回或者许可证件依法被吊销",
               "force_majeure": "因不可抗力导致行政许可事项无法实施", "other_statutory": "法律、法规规定的其他情形"}
ART69_NAMES = {"abuse_of_power": "滥用职权、玩忽职守作出准予许可决定", "beyond_powers": "超越法定职权作出准予许可决定",
               "procedure_breach": "违反法定程序作出准予许可决定", "unqualified_applicant": "对不具备申请资格或者不符合法定条件的申请人准予许可",
               "other_legal": "依法可以撤销的其他情形", "fraud": "以欺骗手段取得行政许可（应当撤销）",
               "bribery": "以贿赂等不正当手段取得行政许可（应当撤销）"}
DELIVERY_METHODS = ("直接送达", "邮寄送达", "电子送达", "留置送达", "委托送达", "公告送达")


class CaseActions(QObject):
    """Owns one QAction per procedure action; `detail` decides which are enabled."""

    done = Signal(object)        # counter.Outcome
    failed = Signal(str)
    busy = Signal(bool)
    issuePermit = Signal(int)    # case id: permits go through the seal, handled by the window

    def __init__(self, db: Database, actor: Actor, bureau: Bureau, runner: TaskRunner, parent: QWidget,
                 reviewers: Callable[[], list[tuple[str, str]]]) -> None:
        super().__init__(parent)
        self.db, self.actor, self.bureau, self.runner = db, actor, bureau, runner
        self.parent_widget = parent
        self.reviewers = reviewers
        self.detail: CaseDetail | None = None
        self.running = False
        # Tests replace this with a function returning the values directly.
        self.ask: Callable[[ActionForm], dict[str, Any] | None] = self._ask_dialog
        self.actions: dict[Action, QAction] = {}
        for action, shortcut in ACTION_ORDER:
            qa = QAction(action_label(action.value), parent)
            qa.setObjectName(f"action_{action.value}")
            if shortcut:
                qa.setShortcut(QKeySequence(shortcut))
                keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
                qa.setToolTip(f"{action_label(action.value)}（{keys}）")
            qa.triggered.connect(lambda _=False, a=action: self.trigger(a))
            self.actions[action] = qa
        self.reissue = QAction(self.tr("换发证照"), parent)
        self.reissue.setObjectName("action_reissue")
        self.reissue.setToolTip(self.tr("准予变更或延续后，用印制发新版证照（旧版状态随之更新）"))
        self.reissue.triggered.connect(lambda: self.detail and self.issuePermit.emit(self.detail.row.id))
        self.set_detail(None)

    # --- state ------------------------------------------------------------------------------
    def allowed_for_actor(self, action: Action) -> bool:
        return self.actor.has(*proc.ROLES[action])

    def set_detail(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        if hasattr(self, "reissue"):
            due = bool(detail and detail.reissue_due)
            self.reissue.setVisible(due)
            self.reissue.setEnabled(due and not self.running and self.actor.has(*proc.ROLES[Action.ISSUE_PERMIT]))
        allowed = set(detail.allowed) if detail else set()
        for action, qa in self.actions.items():
            ok = action.value in allowed and not self.running
            qa.setVisible(action.value in allowed)
            qa.setEnabled(ok and self.allowed_for_actor(action))
            if ok and not self.allowed_for_actor(action):
                roles = "、".join(sorted(r.value for r in proc.ROLES[action]))
                qa.setStatusTip(self.tr("需要角色：{0}").format(roles))

    # --- running ----------------------------------------------------------------------------
    def trigger(self, action: Action) -> None:
        if self.detail is None or self.running or not self.actions[action].isEnabled():
            return
        if action is Action.ISSUE_PERMIT:
            self.issuePermit.emit(self.detail.row.id)
            return
        form = self.form_for(action, self.detail)
        values = self.ask(form)
        if values is None:
            return
        self.run(action, values)

    def run(self, action: Action, values: dict[str, Any]) -> None:
        detail = self.detail
        assert detail is not None
        params = self.params_for(action, values)
        self.running = True
        self.busy.emit(True)
        self.set_detail(detail)
        self.runner.start(counter.perform_in, self.db, self.actor, action, detail.row.id, self.bureau,
                          version=detail.version, on_result=self._succeeded, on_error=self._failed, **params)

    def _succeeded(self, outcome: counter.Outcome) -> None:
        self.running = False
        self.busy.emit(False)
        self.done.emit(outcome)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.busy.emit(False)
        if isinstance(exc, ConflictError):
            text = self.tr("该案件刚刚已被其他工作人员办理，您的操作没有保存。案件已重新读取，请确认后再办理。")
        else:
            text = describe_error(exc)
        self.set_detail(self.detail)
        self.failed.emit(text)

    def _ask_dialog(self, form: ActionForm) -> dict[str, Any] | None:
        if not form.params:
            answer = QMessageBox.question(self.parent_widget, form.title, form.confirm or form.title)
            return {} if answer == QMessageBox.StandardButton.Yes else None
        dialog = ActionDialog(form, self.parent_widget)
        return dialog.values() if dialog.exec() == ActionDialog.DialogCode.Accepted else None

    # --- what each action asks ------------------------------------------------------------
    def form_for(self, action: Action, d: CaseDetail) -> ActionForm:
        title = action_label(action.value)
        materials = tuple((x.code, x.name + ("" if x.required else self.tr("（可选）"))) for x in d.materials)
        missing = tuple(x.code for x in d.materials if x.required and not x.received)
        A = Action
        if action is A.ACCEPT:
            return ActionForm(title, confirm=self.tr("确认申请材料齐全、符合法定形式，予以受理？\n将生成《行政许可受理通知书》。"))
        if action is A.REQUEST_SUPPLEMENT:
            return ActionForm(title, self.tr("勾选需要补正的全部材料（依法只能一次性告知）。将生成《补正材料通知书》。"), [
                Param("missing", self.tr("需补正的材料"), "checklist", options=materials, checked=missing),
                Param("note", self.tr("补充说明"), "multiline", required=False)])
        if action is A.SUPPLEMENT_RECEIVED:
            return ActionForm(title, self.tr("勾选申请人已补正的材料。"), [
                Param("received", self.tr("已补正的材料"), "checklist", options=materials, checked=missing)])
        if action is A.REFUSE:
            return ActionForm(title, self.tr("将生成《不予受理决定书》，告知申请人复议和诉讼权利。"), [
                Param("reason", self.tr("不予受理的理由"), "multiline"),
                Param("competent_office", self.tr("应向哪个机关申请"), required=False,
                      hint=self.tr("申请事项不属于本机关职权范围的，告知申请人向有关行政机关申请"))])
        if action is A.ASSIGN:
            return ActionForm(title, params=[Param("reviewer_username", self.tr("审查员"), "choice",
                                                   options=tuple(self.reviewers()))])
        if action is A.OPINION:
            return ActionForm(title, params=[Param("department", self.tr("提出意见的部门")),
                                             Param("opinion", self.tr("意见"), "multiline")])
        if action is A.SUSPEND:
            return ActionForm(title, self.tr("第四十五条规定的程序所需时间不计入审批期限，将生成《特别程序告知书》。"), [
                Param("procedure", self.tr("程序"), "choice", options=tuple(PROCEDURE_NAMES.items())),
                Param("expected_days", self.tr("预计所需天数"), "int", default=10, minimum=1, maximum=365),
                Param("reason", self.tr("事由"), "multiline"),
                Param("legal_basis", self.tr("其他法律依据"), required=False, hint=self.tr("如该事项的专门法规条款"))])
        if action is A.RESUME:
            return ActionForm(title, params=[Param("note", self.tr("说明"), required=False)])
        if action is A.EXTEND:
            return ActionForm(title, self.tr("办理期限只能延长一次（10个工作日，联合办理事项15个工作日），须经本机关负责人批准；"
                                        "延期理由将以《延期通知书》书面告知申请人。"), [
                Param("reason", self.tr("延期理由"), "multiline"),
                Param("signed_off_by", self.tr("批准的负责人"))])
        if action is A.APPROVE:
            return ActionForm(title, self.tr("将生成《准予行政许可决定书》。"), [
                Param("reason", self.tr("审查意见"), "multiline", required=False,
                      default=self.tr("经审查，申请材料齐全、符合法定形式，申请人符合法定条件、标准"))])
        if action is A.DENY:
            return ActionForm(title, self.tr("不予许可必须说明理由，并告知申请人依法享有申请行政复议（60日内）或者提起行政诉讼（6个月内）的权利。"), [
                Param("reason", self.tr("不予许可的理由"), "multiline")])
        if action is A.DELIVER:
            return ActionForm(title, self.tr("将生成《送达回证》。"), [
                Param("method", self.tr("送达方式"), "choice", options=tuple((m, m) for m in DELIVERY_METHODS)),
                Param("recipient", self.tr("签收人"), required=False)])
        if action is A.WITHDRAW:
            return ActionForm(title, params=[Param("reason", self.tr("撤回理由"), default=self.tr("申请人书面申请撤回"))])
        if action is A.RETURN_FILING:
            return ActionForm(title, self.tr("将生成《备案材料退回通知书》，列明缺少的材料。"), [
                Param("missing", self.tr("缺少的材料"), "checklist", options=materials, checked=missing)])
        if action is A.COMMIT:
            return ActionForm(title, self.tr("申请人签署告知承诺书、材料齐全的，当场作出审批决定，并由监管部门在核查期限内核查。"), [
                Param("pledge_signed", self.tr("申请人已签署告知承诺书"), "bool")])
        if action is A.VERIFY:
            return ActionForm(title, params=[Param("result", self.tr("核查结果"), "choice",
                                                   options=(("passed", self.tr("符合承诺")), ("failed", self.tr("不符合承诺")))),
                                             Param("note", self.tr("说明"), "multiline", required=False)])
        if action is A.APPLY_CHANGE:
            return ActionForm(title, params=[Param("items", self.tr("变更事项"), "multiline")])
        if action in (A.DECIDE_CHANGE, A.DECIDE_RENEWAL):
            return ActionForm(title, params=[Param("granted", self.tr("准予"), "bool", default=True),
                                             Param("reason", self.tr("理由（不予准予时必填）"), "multiline", required=False)])
        if action is A.CANCEL:
            return ActionForm(title, self.tr("行政许可法第七十条规定的注销情形："), [
                Param("ground", self.tr("注销情形"), "choice", options=tuple(ART70_NAMES.items())),
                Param("reason", self.tr("说明"), "multiline", required=False)])
        if action is A.REVOKE:
            return ActionForm(title, self.tr("行政许可法第六十九条：以欺骗、贿赂等不正当手段取得行政许可的，应当予以撤销。"), [
                Param("ground", self.tr("撤销情形"), "choice", options=tuple(ART69_NAMES.items())),
                Param("reason", self.tr("撤销理由"), "multiline")])
        confirms = {A.DECIDE_ON_SPOT: self.tr("材料齐全、符合法定形式，当场作出准予行政许可决定？"),
                    A.FILE: self.tr("材料齐全，予以备案并生成《备案回执》？备案信息将推送监管部门。"),
                    A.ISSUE_PERMIT: self.tr("制发许可证件？"), A.APPLY_RENEWAL: self.tr("登记延续申请？")}
        return ActionForm(title, confirm=confirms.get(action, title))

    @staticmethod
    def params_for(action: Action, values: dict[str, Any]) -> dict[str, Any]:
        """Form values → service keyword arguments."""
        v = dict(values)
        if action is Action.SUSPEND and not v.get("legal_basis"):
            v["legal_basis"] = ""
        if action is Action.DECIDE_CHANGE or action is Action.DECIDE_RENEWAL:
            v["granted"] = bool(v.get("granted"))
        if action is Action.COMMIT:
            v["pledge_signed"] = bool(v.get("pledge_signed"))
        return v
