"""Evidence: everything the classifiers can say about one message, each with its trigger."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from classifiers.headers import AuthResult
from classifiers.people import NameMention
from classifiers.signals import ConsentSignal, Signal


@dataclass(frozen=True, slots=True)
class Evidence:
    message_id: str | None
    subject: str
    from_address: str | None
    reply_to: tuple[str, ...]
    received: datetime | None  # topmost Received: timestamp, else Date:
    profile: str
    automated: str | None  # why it is automated mail, or None
    auth: AuthResult
    references: tuple[str, ...]  # references of the configured form, subject first
    category: str
    confidence: float
    category_reason: str
    urgency: Signal | None
    consent: ConsentSignal | None
    consent_basis: Signal | None
    irr_level: int
    irr_level_trigger: str
    concern: Signal | None
    casework_form: Signal | None
    internal_review: Signal | None
    person_ids: tuple[str, ...]
    people: tuple[NameMention, ...]
    unreadable: bool
    unreadable_attachments: tuple[str, ...] = field(default_factory=tuple)  # error codes
    defects: tuple[str, ...] = field(default_factory=tuple)
