"""Officers: creating accounts, logging in, the first administrator."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from approval_app.domain import passwords
from approval_app.domain.errors import DomainError, PermissionDenied
from approval_app.domain.roles import Actor, Role
from approval_app.storage import models as m

log = logging.getLogger(__name__)
USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{1,63}$")


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool


def _row(user: m.User) -> UserRow:
    return UserRow(user.id, user.username, user.display_name,
                   frozenset(Role(r.role) for r in user.roles), user.active)


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(m.User)))


def create_user(session: Session, actor: Actor | None, username: str, password: str,
                roles: set[Role], display_name: str = "") -> UserRow:
    """Create an officer. Only an administrator may, except for the very first account,
    which must be an administrator (the bureau's first start)."""
    first = not has_users(session)
    if first:
        if Role.ADMIN not in roles:
            raise DomainError("first_user_must_be_admin")
    elif actor is None or not actor.has(Role.ADMIN):
        raise PermissionDenied("create_user", Role.ADMIN)
    if not USERNAME.match(username or ""):
        raise DomainError("bad_username", username=username)
    if not roles:
        raise DomainError("no_roles")
    problem = passwords.password_problem(password)
    if problem:
        raise DomainError(problem, min_length=passwords.MIN_LENGTH)
    if session.scalar(select(m.User).where(func.lower(m.User.username) == username.lower())):
        raise DomainError("username_taken", username=username)
    user = m.User(username=username, display_name=display_name or username,
                  password_hash=passwords.hash_password(password),
                  roles=[m.UserRole(role=r.value) for r in sorted(roles)])
    session.add(user)
    session.flush()
    log.info("user %s created with roles %s by %s", username, ",".join(sorted(roles)),
             actor.username if actor else "first start")
    return _row(user)


def authenticate(session: Session, username: str, password: str, terminal: str) -> Actor:
    """The actor for a correct username and password; one error for every wrong combination."""
    user = session.scalar(select(m.User).where(func.lower(m.User.username) == (username or "").lower()))
    if user is None:
        passwords.hash_password(password or "")  # same cost whether or not the name exists
        raise DomainError("login_failed")
    if not passwords.verify_password(password or "", user.password_hash):
        log.warning("failed login for %s from %s", user.username, terminal)
        raise DomainError("login_failed")
    if not user.active:
        raise DomainError("user_inactive", username=user.username)
    return Actor(user.id, user.username, frozenset(Role(r.role) for r in user.roles),
                 terminal, user.display_name)


def list_users(session: Session) -> list[UserRow]:
    return [_row(u) for u in session.scalars(select(m.User).order_by(m.User.username))]
