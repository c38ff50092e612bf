"""Every error code the program can raise has plain words for the officer."""
import re
from pathlib import Path

from approval_app.domain.errors import DomainError, PermissionDenied
from approval_app.domain.roles import Role
from approval_app.ui.messages import TEXTS, describe_error

PACKAGE = Path(__file__).resolve().parents[2] / "approval_app"
RAISED = re.compile(r'(?:DomainError|StorageUnavailable|BadDatabaseUrl|SchemaTooNew|SchemaOutdated|ConflictError'
                    r'|StorageError|TemplateError|OfficeError|SealKeyError)\("([a-z_0-9]+)"|Issue\([^,()]+, "([a-z_0-9]+)"|\.add\([^,()]+, "([a-z_0-9]+)"')


def test_every_raised_code_has_a_message():
    codes = set()
    for path in PACKAGE.rglob("*.py"):
        for match in RAISED.finditer(path.read_text(encoding="utf-8")):
            codes.add(next(g for g in match.groups() if g))
    assert len(codes) > 60
    assert sorted(codes - set(TEXTS)) == []


def test_messages_fill_their_parameters():
    assert describe_error(DomainError("action_not_allowed", action="accepted", status="denied", mode="licence")) == \
        "案件当前状态为“不予许可”，不能办理“受理”"
    text = describe_error(PermissionDenied("accepted", (Role.INTAKE,)))
    assert "受理" in text and "收件受理员" in text
    assert "营业执照" in describe_error(DomainError("materials_incomplete", missing=["x"], names=["营业执照复印件"]))
