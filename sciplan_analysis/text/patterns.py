"""The vocabulary of Chinese government documents that every stage shares, written once."""

from __future__ import annotations

# The labels of a unit list: 牵头/主责 name leads, the rest partners.
LEAD_ROLES = ("牵头", "主责")
UNIT_LABELS: tuple[str, ...] = tuple(
    role + body for role in (*LEAD_ROLES, "责任", "配合", "参与", "协办", "协助") for body in ("单位", "部门")
)
UNIT_LABEL = "(?:" + "|".join(UNIT_LABELS) + ")"
