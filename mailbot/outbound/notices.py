"""Internal notices the scheduler sends: escalations, the overdue digest, and the locked-case
review and report. Same templates and headers as the rest of mailbot's mail."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from email.message import EmailMessage
from typing import Any

from mailbot.outbound.compose import (
    Mailbox,
    Original,
    Templates,
    _new_message,
    _Outgoing,
    default_templates,
)

SUBJECTS = {
    "escalation": "Response due soon: {reference}",
    "overdue_digest": "Overdue items: {count}",
    "locked_review": "Monthly review of your locked cases ({month})",
    "locked_report": "Locked cases report ({month})",
}


def notice(
    kind: str,
    *,
    mailbox: Mailbox,
    to: Sequence[str],
    values: Mapping[str, Any],
    key: str | None,
    reference: str | None = None,
    original: Original | None = None,
    templates: Templates | None = None,
) -> EmailMessage:
    """One internal notice of `kind` (a template under config/templates)."""
    out = _Outgoing(
        mailbox=mailbox,
        original=original or Original(message_id=None),
        reference=reference,
        key=key,
    )
    fields = {
        "reference": reference or "",
        "count": len(values.get("items", [])),
        "month": values.get("month", ""),
    }
    subject = SUBJECTS[kind].format(**fields)
    return _new_message(
        kind, out, subject, tuple(to), (), "auto-generated", templates or default_templates(),
        {**values, "mailbox": mailbox, "reference": reference},
    )  # fmt: skip
