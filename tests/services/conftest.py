"""Service fixtures: a catalogued database with one officer per role, and a case factory."""
import datetime as dt

import pytest

from approval_app.domain.roles import Actor, Role
from approval_app.services import users
from approval_app.services.catalogue import load_catalogue, sync_catalogue
from approval_app.services.intake import ApplicantInput, MaterialInput, ReceiveInput, receive_case
from tests_support import FORMS

FORMS_BY_MATTER = {
    "SCJG-001": {"premises": "某市思明区湖滨南路1号", "principal": "王芳", "principal_id": "34052419800101001X",
                 "contact_phone": "13800138000", "business_type": "餐饮服务经营者", "area": 120},
}


class Bureau:
    """The officers of a test bureau and a way to receive cases."""

    def __init__(self, db):
        self.db = db
        self.actors: dict[Role, Actor] = {}
        with db.transaction() as s:
            sync_catalogue(s, load_catalogue(FORMS))
            admin = users.create_user(s, None, "admin", "password-admin", {Role.ADMIN}, "管理员")
            admin_actor = Actor(admin.id, "admin", frozenset({Role.ADMIN}), "t0", "管理员")
            self.actors[Role.ADMIN] = admin_actor
            for username, name, role in (("zhang", "张伟", Role.INTAKE), ("lina", "李娜", Role.REVIEWER),
                                         ("wang", "王强", Role.APPROVER), ("liu", "刘洋", Role.SEAL_KEEPER),
                                         ("chen", "陈静", Role.FILING)):
                row = users.create_user(s, admin_actor, username, "password-" + username, {role}, name)
                self.actors[role] = Actor(row.id, username, frozenset({role}), "hall-01", name)

    def __getitem__(self, role: Role) -> Actor:
        return self.actors[role]

    def receive(self, matter_code="SCJG-001", *, day=dt.date(2026, 3, 2), channel="counter", missing=(),
                external_id=None, form=None):
        from approval_app.services.catalogue import current_matter, matter_definition

        with self.db.transaction() as s:
            matter = matter_definition(current_matter(s, matter_code))
            values = form if form is not None else FORMS_BY_MATTER.get(matter_code) or _sample_form(matter)
            at = dt.datetime.combine(day, dt.time(1, 30), tzinfo=dt.timezone.utc)
            actor = self.actors[Role.FILING] if matter.mode.value == "filing" else self.actors[Role.INTAKE]
            return receive_case(s, actor, ReceiveInput(
                matter_code, ApplicantInput("某市鹭岛餐饮管理有限公司", "91350200MA2YJ1XR9G", legal_representative="王芳",
                                            address="某市思明区湖滨南路1号"),
                values, tuple(MaterialInput(x.code) for x in matter.materials if x.code not in missing),
                channel=channel, received_at=at, external_id=external_id,
                external_revision=1 if external_id else None)).case_id


def _sample_form(matter):
    import random

    from approval_app.services.demo_seed import _field_value

    rng = random.Random(1)
    return {f.name: _field_value(rng, f, matter.department.code, dt.date(2026, 3, 2)) for f in matter.fields}


@pytest.fixture
def bureau(db):
    return Bureau(db)
