"""Writing the append-only case history and the outbox, inside the caller's transaction."""
from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from approval_app.domain.roles import Actor
from approval_app.services import clock
from approval_app.storage import models as m


def record_event(session: Session, case: m.Case, actor: Actor, kind: str, *,
                 after_status: str | None = None, reason: str | None = None,
                 legal_basis: str | None = None, data: dict[str, Any] | None = None,
                 at: dt.datetime | None = None) -> m.CaseEvent:
    """Append one event; moves the case to `after_status` when given."""
    seq = (session.scalar(select(func.max(m.CaseEvent.seq)).where(m.CaseEvent.case_id == case.id)) or 0) + 1
    before = case.status
    event = m.CaseEvent(case_id=case.id, seq=seq, kind=kind, at=at or clock.now(), actor_id=actor.user_id,
                        actor_name=actor.display_name or actor.username, terminal=actor.terminal,
                        before_status=before, after_status=after_status or before, reason=reason,
                        legal_basis=legal_basis, data=data or {})
    session.add(event)
    if after_status and after_status != case.status:
        case.status = after_status
    return event


def enqueue(session: Session, topic: str, aggregate_type: str, aggregate_id: int,
            payload: dict[str, Any]) -> m.OutboxMessage:
    """A message for an external system, committed together with the change it reports."""
    msg = m.OutboxMessage(topic=topic, aggregate_type=aggregate_type, aggregate_id=aggregate_id,
                          idempotency_key=str(uuid.uuid4()), payload=payload)
    session.add(msg)
    return msg
