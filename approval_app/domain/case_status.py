"""The states a case passes through (licence, filing and commitment modes)."""
from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    RECEIVED = "received"                      # 已收件
    SUPPLEMENT_REQUESTED = "supplement"        # 待补正
    ACCEPTED = "accepted"                      # 已受理
    UNDER_REVIEW = "review"                    # 审查中
    SUSPENDED = "suspended"                    # 中止计时 (Art. 45)
    APPROVED = "approved"                      # 准予许可
    DENIED = "denied"                          # 不予许可
    REFUSED = "refused"                        # 不予受理
    PERMIT_ISSUED = "issued"                   # 已制证
    DELIVERED = "delivered"                    # 已送达
    WITHDRAWN = "withdrawn"                    # 已撤回
    FILED = "filed"                            # 已备案
    FILING_RETURNED = "filing_returned"        # 备案退回
    COMMITTED = "committed"                    # 承诺审批待核查


CLOSED = frozenset({Status.DENIED, Status.REFUSED, Status.DELIVERED, Status.WITHDRAWN,
                    Status.FILED, Status.FILING_RETURNED})
# States in which the statutory clock is running against the bureau.
CLOCK_RUNNING = frozenset({Status.RECEIVED, Status.ACCEPTED, Status.UNDER_REVIEW, Status.APPROVED,
                           Status.PERMIT_ISSUED})
