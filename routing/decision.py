"""The decision (triage contract, section 2) and its value sets."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from typing import Any

CATEGORIES = (
    "information_request", "ofsted_suitability", "casework_submission", "internal_review_request",
    "correspondence", "medical_correspondence", "follow_up", "automated", "other",
)  # fmt: skip
ROUTES = (
    "allocated_worker", "irr_queue", "level1_reply", "restricted", "re_referral", "front_door",
    "cp_team", "casework_lead", "review_team", "reference_owner", "exceptions", "none",
)  # fmt: skip
ACTIONS = (
    "acknowledge", "level1_response", "mark_urgent", "notify", "request_consent", "request_form",
    "request_personal_address", "save_case_note",
)  # fmt: skip
EXCEPTIONS = (
    "unreadable", "sender_not_authenticated", "reply_to_mismatch", "unknown_reference",
    "low_confidence", "ambiguous_match", "no_subject_identified", "unclassified",
    "nonsecure_address",
)  # fmt: skip  # in this order one is chosen when several hold
URGENCY_REASONS = ("s47_strategy", "court_or_cp_enquiry", "prisoner_release", "significant_harm")
CONSENT_BASES = ("s47", "court_report", "plo_or_proceedings", "significant_harm")
ADDRESS_VERDICTS = (
    "secure_personal", "secure_generic", "personal_nonsecure", "generic_nonsecure", "invalid",
)  # fmt: skip
NO_REFERENCE_ROUTES = ("none", "exceptions", "reference_owner")


@dataclass(frozen=True)
class Subject:
    person_id: str
    match: str  # "id", "name_dob", "name_only"


@dataclass(frozen=True)
class Decision:
    message_id: str | None
    mailbox: str
    received: datetime | None
    category: str
    confidence: float
    urgent: bool
    urgency_reason: str | None
    irr_level: int | None
    consent: str | None
    consent_basis: str | None
    concern: bool
    sender: str | None
    reply_address: str | None
    address_verdict: str
    subjects: tuple[Subject, ...]
    case_status: str | None
    closed_on: date | None
    route: str
    actions: tuple[str, ...]
    case_notes: tuple[str, ...]
    reference: str | None
    related_reference: str | None
    due_acknowledge: date | None
    due_response: date | None
    exception: str | None
    explanation: tuple[str, ...]
    # not contract fields: what the shell needs to finish and carry out the decision
    holds: tuple[str, ...] = field(default=(), compare=False)  # every exception that applied
    needs_reference: bool = field(default=False, compare=False)
    applicant_key: str | None = field(default=None, compare=False)
    applicant_dob: date | None = field(default=None, compare=False)
    # person IDs an ambiguous match could not tell apart (who may see the item depends on them)
    candidates: tuple[str, ...] = field(default=(), compare=False)

    def with_reference(self, reference: str) -> Decision:
        return replace(self, reference=reference, needs_reference=False)

    def to_json(self, file: str | None = None) -> dict[str, Any]:
        """The contract's JSON form (section 2)."""
        data: dict[str, Any] = {}
        if file is not None:
            data["file"] = file
        for key in (
            "message_id", "mailbox", "received", "category", "confidence", "urgent",
            "urgency_reason", "irr_level", "consent", "consent_basis", "concern", "sender",
            "reply_address", "address_verdict", "subjects", "case_status", "closed_on", "route",
            "actions", "case_notes", "reference", "related_reference",
        ):  # fmt: skip
            value = getattr(self, key)
            if key == "subjects":  # the one field holding dataclasses (asdict of all is slow)
                value = [asdict(subject) for subject in value]
            elif isinstance(value, datetime | date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            data[key] = value
        data["due"] = {
            "acknowledge": self.due_acknowledge.isoformat() if self.due_acknowledge else None,
            "response": self.due_response.isoformat() if self.due_response else None,
        }
        data["exception"] = self.exception
        data["explanation"] = list(self.explanation)
        return data
