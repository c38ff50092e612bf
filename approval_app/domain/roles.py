"""Officer roles and the actor performing an action."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    INTAKE = "intake"            # 收件受理员
    REVIEWER = "reviewer"        # 审查员
    APPROVER = "approver"        # 审批负责人
    SEAL_KEEPER = "seal_keeper"  # 印章管理员
    FILING = "filing"            # 备案管理员
    ADMIN = "admin"              # 系统管理员


@dataclass(frozen=True)
class Actor:
    """Who does something, and from which terminal."""

    user_id: int | None
    username: str
    roles: frozenset[Role] = field(default_factory=frozenset)
    terminal: str = ""
    display_name: str = ""

    def has(self, *roles: Role) -> bool:
        return any(r in self.roles for r in roles)


SYSTEM = Actor(None, "system", frozenset(Role), "system", "系统")
