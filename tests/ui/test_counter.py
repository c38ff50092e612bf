"""The counter day driven through the GUI: intake with its receipt, then every procedure path."""
import io

import docx
import pytest
from PySide6.QtCore import Qt

from approval_app.domain.procedure import Action
from approval_app.domain.roles import Actor, Role
from approval_app.services import users
from approval_app.services.notices import document_bytes
from approval_app.ui.views.intake_dialog import IntakeDialog
from approval_app.ui.views.main_window import MainWindow
from approval_app.ui.workers import TaskRunner

pytestmark = pytest.mark.gui

FORM = {"premises": "某市思明区湖滨南路1号", "principal": "Wang Fang", "principal_id": "34052419800101001X",
        "contact_phone": "13800138000", "area": "120", "opening_date": "2026-12-01"}


def _officer(db, username):
    with db.read() as s:
        return users.authenticate(s, username, "demo1234", "hall-07")


def _docx_text(db, document_id):
    with db.read() as s:
        _, data = document_bytes(s, document_id)
    d = docx.Document(io.BytesIO(data))
    return "\n".join([p.text for p in d.paragraphs] +
                     [" | ".join(c.text for c in r.cells) for t in d.tables for r in t.rows])


def _intake(qtbot, db, actor, *, complete=True, uscc="91350200MA2YJ1XR9G", name="某市鹭岛餐饮管理有限公司"):
    dialog = IntakeDialog(db, actor, window_bureau(), TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.matter_box.count() > 10, timeout=5000)
    dialog.select_matter("SCJG-001")
    qtbot.keyClicks(dialog.uscc, uscc.lower())  # typed in lower case, shown upper case
    dialog.applicant_name.setText(name)
    for key, value in FORM.items():
        dialog.field_widgets[key].setText(value)
    box = dialog.field_widgets["business_type"]
    box.setCurrentIndex(box.findData("餐饮服务经营者"))
    for code, pages in (("application", 3), ("business_licence", 1), ("layout", 2), ("safety_rules", 5)):
        if complete or code != "layout":
            dialog.materials_table.set_received(code, True, pages)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.outcome is not None or (not dialog.saving and bool(dialog.error.text())), timeout=10000)
    assert dialog.outcome is not None, dialog.error.text()
    return dialog.outcome


def window_bureau():
    from approval_app.services.notices import Bureau

    return Bureau()


def test_intake_validates_in_place_then_saves_with_its_receipt(app, qtbot, demo_db):
    clerk = _officer(demo_db, "zhangwei")
    dialog = IntakeDialog(demo_db, clerk, window_bureau(), TaskRunner())
    dialog.confirm_discard = lambda: True
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.matter_box.count() > 10, timeout=5000)
    dialog.select_matter("SCJG-001")
    dialog.uscc.setText("91350200MA2YJ1XR9H")
    dialog.field_widgets["contact_phone"].setText("12345")
    dialog.save()
    assert dialog.outcome is None and "需要更正" in dialog.error.text()
    assert "校验码错误" in dialog.applicant_errors["applicant.uscc"].text()
    assert "电话号码格式不正确" in dialog.field_errors["contact_phone"].text()
    assert dialog.override.isVisible()  # a legacy code may be accepted with a reason

    # Enter in a field moves on and never submits
    dialog.uscc.setFocus()
    qtbot.keyClick(dialog.uscc, Qt.Key.Key_Return)
    assert dialog.outcome is None and not dialog.saving

    outcome = _intake(qtbot, demo_db, clerk)
    assert outcome.status == "received" and outcome.case_number.startswith("SP2026")
    (receipt,) = outcome.notices
    text = _docx_text(demo_db, receipt.id)
    assert outcome.case_number in text and "某市鹭岛餐饮管理有限公司" in text
    assert "食品经营许可申请书 | 原件 | 3" in text and "经营场所平面布局图" in text
    assert "作出受理、不予受理或者一次性告知补正的决定" in text


@pytest.fixture
def desk(app, qtbot, demo_db):
    """The main window for an officer holding every counter role (one person covering the hall)."""
    roles = frozenset({Role.INTAKE, Role.REVIEWER, Role.APPROVER, Role.SEAL_KEEPER})
    base = _officer(demo_db, "zhangwei")
    from approval_app.storage import models as m

    with demo_db.transaction() as s:  # the seal checks the keeper's role in the database itself
        s.add(m.UserRole(user_id=base.user_id, role=Role.SEAL_KEEPER.value))
    actor = Actor(base.user_id, base.username, roles, "hall-07", base.display_name)
    window = MainWindow(demo_db, actor)
    window.quiet_errors = True
    window.ask_password = lambda title, intro, check, **kw: check("demo1234")  # seal and keeper passwords
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and bool(window._reviewers), timeout=10000)
    return window


def _open(qtbot, window, case_number):
    window.search.setText(case_number)
    window.apply_filter()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and not window.model.loading, timeout=10000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.detail is not None
                    and window.detail.detail.row.case_number == case_number, timeout=10000)


def _act(qtbot, window, action, values=None):
    """Press the action (as the officer would), answer its form, wait for the case to reload."""
    before = window.detail.detail.version
    qa = window.case_actions.actions[action]
    assert qa.isEnabled(), f"{action} not enabled in {window.detail.detail.row.status}"
    window.case_actions.ask = lambda form: dict(values or {})
    window.last_outcome = None
    window.last_error = ""
    qa.trigger()
    def settled():
        d = window.detail.detail
        return bool(window.last_error) or (window.last_outcome is not None and d is not None and d.version != before)
    try:
        qtbot.waitUntil(settled, timeout=10000)
    except Exception as exc:
        raise AssertionError(f"{action}: no outcome (running={window.case_actions.running}, "
                             f"outcome={window.last_outcome})") from exc
    assert not window.last_error, window.last_error
    return window.last_outcome


def test_accept_approve_permit_deliver(qtbot, desk, demo_db):
    outcome = _intake(qtbot, demo_db, desk.actor)
    _open(qtbot, desk, outcome.case_number)
    assert not desk.case_actions.actions[Action.APPROVE].isVisible()
    acc = _act(qtbot, desk, Action.ACCEPT)
    text = _docx_text(demo_db, acc.notices[0].id)
    assert "予以受理" in text and outcome.case_number in text and "作出行政许可决定" in text
    _act(qtbot, desk, Action.ASSIGN, {"reviewer_username": "lina"})
    _act(qtbot, desk, Action.OPINION, {"department": "市消防救援支队", "opinion": "同意"})
    ok = _act(qtbot, desk, Action.APPROVE, {"reason": "经审查符合条件"})
    assert "准予行政许可" in _docx_text(demo_db, ok.notices[0].id)
    desk.case_actions.actions[Action.ISSUE_PERMIT].trigger()  # through the seal: unlock, confirm, sign
    qtbot.waitUntil(lambda: desk.last_batch is not None and desk.detail.detail.row.status == "issued", timeout=20000)
    assert len(desk.last_batch.issued) == 1
    served = _act(qtbot, desk, Action.DELIVER, {"method": "直接送达", "recipient": "王芳"})
    text = _docx_text(demo_db, served.notices[0].id)
    assert "直接送达" in text and "王芳" in text and "准予行政许可决定书" in text
    assert desk.detail.detail.row.status == "delivered"
    assert desk.detail.documents.rowCount() == 5  # receipt, acceptance, approval, permit, service
    assert [desk.detail.events.item(i, 1).text() for i in range(desk.detail.events.rowCount())][-1] == "送达"


def test_supplement_then_accept(qtbot, desk, demo_db):
    outcome = _intake(qtbot, demo_db, desk.actor, complete=False)
    _open(qtbot, desk, outcome.case_number)
    sup = _act(qtbot, desk, Action.REQUEST_SUPPLEMENT, {"missing": ["layout", "proxy"], "note": ""})
    text = _docx_text(demo_db, sup.notices[0].id)
    assert "经营场所平面布局图" in text and "委托代理人身份证明" in text and "请于" in text
    assert not desk.case_actions.actions[Action.REQUEST_SUPPLEMENT].isVisible()  # one notice only
    _act(qtbot, desk, Action.SUPPLEMENT_RECEIVED, {"received": ["layout"]})
    _act(qtbot, desk, Action.ACCEPT)
    assert desk.detail.detail.row.status == "accepted"


def test_refuse_deny_withdraw(qtbot, desk, demo_db):
    first = _intake(qtbot, demo_db, desk.actor)
    _open(qtbot, desk, first.case_number)
    out = _act(qtbot, desk, Action.REFUSE, {"reason": "申请事项不属于本机关职权范围", "competent_office": "省药监局"})
    text = _docx_text(demo_db, out.notices[0].id)
    assert "不属于本机关职权范围" in text and "省药监局" in text and "六十日" in text

    second = _intake(qtbot, demo_db, desk.actor)
    _open(qtbot, desk, second.case_number)
    _act(qtbot, desk, Action.ACCEPT)
    _act(qtbot, desk, Action.ASSIGN, {"reviewer_username": "lina"})
    out = _act(qtbot, desk, Action.DENY, {"reason": "经营场所与有毒有害场所距离不符合要求"})
    text = _docx_text(demo_db, out.notices[0].id)
    assert "有毒有害场所" in text and "行政复议" in text and "六个月" in text

    third = _intake(qtbot, demo_db, desk.actor)
    _open(qtbot, desk, third.case_number)
    _act(qtbot, desk, Action.ACCEPT)
    _act(qtbot, desk, Action.WITHDRAW, {"reason": "申请人书面申请撤回"})
    assert desk.detail.detail.row.status == "withdrawn"
    assert not any(qa.isVisible() for qa in desk.case_actions.actions.values())


def test_suspend_resume_extend(qtbot, desk, demo_db):
    outcome = _intake(qtbot, demo_db, desk.actor)
    _open(qtbot, desk, outcome.case_number)
    _act(qtbot, desk, Action.ACCEPT)
    _act(qtbot, desk, Action.ASSIGN, {"reviewer_username": "lina"})
    out = _act(qtbot, desk, Action.SUSPEND, {"procedure": "expert_review", "expected_days": 12,
                                             "reason": "组织专家评审", "legal_basis": ""})
    text = _docx_text(demo_db, out.notices[0].id)
    assert "专家评审" in text and "12日" in text and "第四十五条" in text
    assert "中止计时中" in desk.detail.summary.findChildren(type(desk.detail.title))[-1].text()
    _act(qtbot, desk, Action.RESUME, {"note": ""})
    out = _act(qtbot, desk, Action.EXTEND, {"reason": "涉及多个部门，情况复杂", "signed_off_by": "局长 赵建国"})
    text = _docx_text(demo_db, out.notices[0].id)
    assert "情况复杂" in text and "赵建国" in text and "10个工作日" in text
    assert not desk.case_actions.actions[Action.EXTEND].isVisible()  # once only


def test_a_conflicting_change_is_reported_not_overwritten(qtbot, desk, demo_db):
    from approval_app.services import counter
    from approval_app.services.notices import Bureau

    outcome = _intake(qtbot, demo_db, desk.actor)
    _open(qtbot, desk, outcome.case_number)
    # another terminal accepts the case meanwhile
    with demo_db.transaction() as s:
        counter.perform(s, desk.actor, Action.ACCEPT, outcome.case_id, Bureau())
    desk.case_actions.ask = lambda form: {"reason": "x", "competent_office": ""}
    desk.case_actions.actions[Action.REFUSE].trigger()
    qtbot.waitUntil(lambda: bool(desk.last_error), timeout=10000)
    assert "其他工作人员" in desk.last_error
    qtbot.waitUntil(lambda: desk.detail.detail.row.status == "accepted", timeout=10000)


def test_actions_follow_the_officers_roles(qtbot, app, demo_db):
    outcome = _intake(qtbot, demo_db, _officer(demo_db, "zhangwei"))
    reviewer = _officer(demo_db, "lina")
    window = MainWindow(demo_db, reviewer)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10000)
    _open(qtbot, window, outcome.case_number)
    accept = window.case_actions.actions[Action.ACCEPT]
    assert accept.isVisible() and not accept.isEnabled()
    assert not window.new_case_button.isEnabled()
