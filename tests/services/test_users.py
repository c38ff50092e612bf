"""Officer accounts: hashed passwords, roles, who may create whom."""
import pytest
from sqlalchemy import select

from approval_app.domain.errors import DomainError, PermissionDenied
from approval_app.domain.roles import Role
from approval_app.services import users
from approval_app.storage import models as m


def test_first_account_must_be_admin_and_passwords_are_hashed(db):
    with db.transaction() as s:
        with pytest.raises(DomainError) as err:
            users.create_user(s, None, "clerk", "long-enough", {Role.INTAKE})
        assert err.value.code == "first_user_must_be_admin"
    with db.transaction() as s:
        users.create_user(s, None, "admin", "s3cret-password", {Role.ADMIN}, "管理员")
    with db.read() as s:
        stored = s.scalar(select(m.User.password_hash))
    assert "s3cret-password" not in stored and stored.startswith("scrypt$")


def test_only_admins_create_accounts_and_login_checks_password(db):
    with db.transaction() as s:
        users.create_user(s, None, "admin", "s3cret-password", {Role.ADMIN})
    with db.read() as s:
        admin = users.authenticate(s, "ADMIN", "s3cret-password", "t1")
    assert admin.has(Role.ADMIN) and admin.terminal == "t1"
    with db.transaction() as s:
        users.create_user(s, admin, "zhang", "another-password", {Role.INTAKE, Role.FILING}, "张三")
    with db.read() as s:
        clerk = users.authenticate(s, "zhang", "another-password", "t2")
        for name, password in (("zhang", "wrong-password"), ("nobody", "whatever1")):
            with pytest.raises(DomainError) as err:
                users.authenticate(s, name, password, "t2")
            assert err.value.code == "login_failed"
    assert clerk.roles == frozenset({Role.INTAKE, Role.FILING})
    with db.transaction() as s:
        with pytest.raises(PermissionDenied):
            users.create_user(s, clerk, "li", "password-123", {Role.REVIEWER})
        for name, password, code in (("zhang", "password-123", "username_taken"),
                                     ("9bad", "password-123", "bad_username"),
                                     ("li", "short", "password_too_short")):
            with pytest.raises(DomainError) as err:
                users.create_user(s, admin, name, password, {Role.REVIEWER})
            assert err.value.code == code
