"""Receiving applications: validation, legacy credit codes, numbering across terminals."""
import datetime as dt
import threading

import pytest
from sqlalchemy import select

from approval_app.domain.errors import PermissionDenied, ValidationFailed
from approval_app.domain.roles import Actor, Role
from approval_app.services import numbering
from approval_app.services.catalogue import load_catalogue, sync_catalogue
from approval_app.services.intake import ApplicantInput, MaterialInput, ReceiveInput, receive_case
from approval_app.storage import models as m
from tests_support import FORMS

CLERK = Actor(None, "zhang", frozenset({Role.INTAKE}), "hall-01", "张三")
FORM = {"premises": "某市思明区湖滨南路1号", "principal": "王芳", "principal_id": "34052419800101001X",
        "contact_phone": "13800138000", "business_type": "餐饮服务经营者", "area": 120}
GOOD = ApplicantInput("某市鹭岛餐饮管理有限公司", "91350200MA2YJ1XR9G", legal_representative="王芳",
                      contact_phone="0592-5551234")


@pytest.fixture
def catalogued(db):
    with db.transaction() as s:
        sync_catalogue(s, load_catalogue(FORMS))
    return db


def _receive(db, applicant=GOOD, channel="counter", form=FORM, actor=CLERK):
    with db.transaction() as s:
        return receive_case(s, actor, ReceiveInput("SCJG-001", applicant, dict(form),
                                                   (MaterialInput("application"), MaterialInput("business_licence")),
                                                   channel=channel,
                                                   received_at=dt.datetime(2026, 9, 28, 2, 0, tzinfo=dt.timezone.utc)))


def test_receive_writes_case_materials_event_and_due_date(catalogued):
    result = _receive(catalogued)
    # received Mon 28 Sep 2026; 5 working days skip the National Day holiday to the make-up Saturday
    assert result.due_date == dt.date(2026, 10, 10) and not result.due_provisional
    assert result.case_number == "SP2026000001"
    with catalogued.read() as s:
        case = s.get(m.Case, result.case_id)
        assert case.status == "received" and case.matter.version == 1
        mats = {x.code: x.received for x in case.materials}
        assert mats["application"] and not mats["layout"] and len(mats) == 5
        (event,) = case.events
        assert (event.kind, event.actor_name, event.terminal) == ("received", "张三", "hall-01")


def test_invalid_form_and_applicant_are_all_reported_and_nothing_is_written(catalogued):
    bad = ApplicantInput("", "91350200MA2YJ1XR9H", contact_phone="123")
    with pytest.raises(ValidationFailed) as err:
        _receive(catalogued, applicant=bad, form={**FORM, "area": "big"})
    fields = {(i.field, i.code) for i in err.value.issues}
    assert fields == {("applicant.name", "required"), ("applicant.uscc", "uscc_check"),
                      ("applicant.contact_phone", "phone_format"), ("area", "not_a_number")}
    with catalogued.read() as s:
        assert s.scalar(select(m.Case)) is None and s.scalar(select(m.Applicant)) is None


def test_legacy_code_accepted_at_counter_only_with_a_reason(catalogued):
    legacy = ApplicantInput("某市老字号茶业有限公司", "91350200MA2YJ1XR9H")
    with pytest.raises(ValidationFailed):
        _receive(catalogued, applicant=legacy)
    reason = "1998年登记的老代码，已核对营业执照原件"
    result = _receive(catalogued, applicant=ApplicantInput(legacy.name, legacy.uscc, uscc_override_reason=reason))
    with catalogued.read() as s:
        case = s.get(m.Case, result.case_id)
        assert case.applicant.uscc_valid is False and case.applicant.uscc_override_reason == reason
        assert case.events[0].reason == reason and case.events[0].data["uscc_override"] == reason
    # online: the same code is refused whatever reason is given (the import quarantines it)
    with pytest.raises(ValidationFailed) as err:
        _receive(catalogued, applicant=ApplicantInput(legacy.name, legacy.uscc, uscc_override_reason=reason),
                 channel="online")
    assert err.value.issues[0].code == "uscc_check"


def test_only_intake_officers_receive_at_the_counter(catalogued):
    reviewer = Actor(None, "li", frozenset({Role.REVIEWER}), "hall-02")
    with pytest.raises(PermissionDenied):
        _receive(catalogued, actor=reviewer)


def test_case_numbers_are_unique_across_concurrent_terminals(db):
    numbers, errors = [], []

    def terminal():
        try:
            for _ in range(10):
                with db.transaction() as s:
                    numbers.append(numbering.case_number(s, "SP", 2026))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=terminal) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(numbers) == [f"SP2026{i:06d}" for i in range(1, 41)]
