"""From raw bytes to Evidence: parse, read the signals, classify. Pure: no store, no clock."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from classifiers import headers, signals
from classifiers.evidence import Evidence
from classifiers.message import ParsedMessage
from classifiers.mime import parse_message
from classifiers.model import PROFILE_CATEGORIES, CategoryModel, model_text, restrict
from classifiers.people import Gazetteer, find_people
from classifiers.rx import quick

_OFSTED_HINT = re.compile(r"\bofsted\b", re.I)
_OFSTED_CONTEXT = quick(
    re.compile(
        r"suitab|\blado\b|childcare\s+register|applicant|designated\s+officer|household\s+member",
        re.I,
    )
)


@lru_cache(maxsize=64)  # compiled once, however many settings name them
def _id_pattern(written: str) -> re.Pattern[str]:
    return quick(re.compile(written, re.I))


@dataclass
class ClassifierSettings:
    """What the classifiers need from the configuration (passed in: they read no files)."""

    profile: str
    trusted_authserv_ids: Sequence[str]
    reference_prefixes: Sequence[str]
    person_id_patterns: Sequence[str]
    gazetteer: Gazetteer = field(default_factory=Gazetteer)

    def __post_init__(self) -> None:
        self._ref_re = headers.reference_pattern(self.reference_prefixes)
        self._id_res = [_id_pattern(p) for p in self.person_id_patterns]

    @property
    def reference_re(self) -> re.Pattern[str]:
        return self._ref_re

    def person_ids(self, text: str) -> list[str]:
        found: list[str] = []
        for pattern in self._id_res:
            for m in pattern.finditer(text):
                if m.group(1) not in found:
                    found.append(m.group(1))
        return found


_FORWARD_SUBJECT_RE = re.compile(r"^\s*(?:(?:re|aw|sv)\s*:\s*)*(?:fw|fwd)\s*:", re.I)


def _body(msg: ParsedMessage) -> str:
    """The part of the body to read: a forwarded message is the content, so for a forward the
    whole body counts (Outlook writes forwards with the same header block as replies)."""
    if _FORWARD_SUBJECT_RE.match(msg.subject) or not msg.latest_text.strip():
        return msg.body_text
    return msg.latest_text


def received_time(msg: ParsedMessage) -> datetime | None:
    """The topmost Received: timestamp, else the Date: header (contract section 2)."""
    if msg.received_dates:
        return msg.received_dates[0]
    return msg.date


def _category(
    text: str,
    settings: ClassifierSettings,
    references: list[str],
    automated: str | None,
    form: signals.Signal | None,
    review: signals.Signal | None,
    scores: dict[str, float],
) -> tuple[str, float, str]:
    """Precedence of contract section 3: automated, internal review, follow-up, then content."""
    if automated:
        return "automated", 1.0, f"automated mail ({automated})"
    if settings.profile == "dcs" and review and references:
        return "internal_review_request", 1.0, f"asks for an internal review ({review.trigger})"
    if references:
        return "follow_up", 1.0, f"cites the reference {references[0]}"
    allowed = PROFILE_CATEGORIES.get(settings.profile, PROFILE_CATEGORIES["cass"])
    category, confidence = restrict(scores, allowed)
    reason = f"the classifier reads it as {category} ({confidence:.2f})"
    if settings.profile == "dcs" and form:
        return (
            "casework_submission",
            max(confidence, 0.95),
            f"on the casework form ({form.trigger})",
        )
    if settings.profile == "dcs" and review and category != "casework_submission":
        return (
            "internal_review_request",
            max(confidence, 0.9),
            f"asks for a review ({review.trigger})",
        )
    if (
        "ofsted_suitability" in allowed
        and _OFSTED_HINT.search(text)
        and _OFSTED_CONTEXT.search(text)
        and category in ("information_request", "ofsted_suitability", "other")
    ):
        return "ofsted_suitability", max(confidence, 0.9), "an Ofsted suitability check via LADO"
    return category, confidence, reason


CONCERN_THRESHOLD = 0.5
# chosen by 5-fold cross-validation on the training split (benchmarks/cross_validate_concern.py):
# a concern phrase stands unless the classifier all but rules it out
CONCERN_PHRASE_SUPPORT = 0.05
_DOCUMENT_TYPES = (
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats",
    "application/vnd.ms-tnef",
)
_COVERING_NOTE_CHARS = 600


def _needs_attachment(msg: ParsedMessage, body: str) -> bool:
    """A document that could not be read, sent with no more than a covering note: the message's
    content is in the attachment, so the message itself is unreadable (4.10)."""
    failed = [a for a in msg.attachments if a.error and a.content_type.startswith(_DOCUMENT_TYPES)]
    return bool(failed) and len(body.strip()) < _COVERING_NOTE_CHARS


def _concern(text: str, scores: dict[str, float]) -> signals.Signal | None:
    """A concern phrase the classifier does not rule out, or the classifier's own reading.

    The phrases alone over-read ("no injuries", a clinic's routine "fracture"); the classifier
    alone misses rare wordings. Together they agree with people more often than either.
    """
    phrase = signals.concern(text)
    if "concern" not in scores:
        return phrase
    p = scores["concern"]
    if phrase is not None and p >= CONCERN_PHRASE_SUPPORT:
        return phrase
    if p >= CONCERN_THRESHOLD:
        return signals.Signal("concern", f"the classifier reads a concern ({p:.2f})")
    return None


def extract(raw: bytes, settings: ClassifierSettings, model: CategoryModel) -> Evidence:
    """Everything the classifiers can say about one message. Never raises on bad input."""
    msg = parse_message(raw)
    return evidence_from(msg, settings, model)


@dataclass(frozen=True)
class Reading:
    """A parsed message with the part of it that counts and the text the category model
    reads: made before the rest of the evidence, so that a group's texts can be scored in
    one call (`CategoryModel.scores_many`)."""

    msg: ParsedMessage
    body: str
    attachments_text: tuple[str, ...]
    model_text: str


def read(msg: ParsedMessage) -> Reading:
    body = _body(msg)
    attachments_text = tuple(a.text for a in msg.attachments if a.text)
    return Reading(
        msg,
        body,
        attachments_text,
        model_text(msg.subject, body, attachments_text, msg.from_address),
    )


def evidence_from(
    msg: ParsedMessage,
    settings: ClassifierSettings,
    model: CategoryModel,
    thread_references: Sequence[str] = (),
) -> Evidence:
    """Evidence for one parsed message. `thread_references` are the references of our own
    messages that this one replies to (In-Reply-To/References): they count first."""
    reading = read(msg)
    return evidence_of(reading, settings, model.scores(reading.model_text), thread_references)


def evidence_of(
    reading: Reading,
    settings: ClassifierSettings,
    scores: dict[str, float],
    thread_references: Sequence[str] = (),
) -> Evidence:
    """`evidence_from` with the model's `scores` for `reading.model_text` given."""
    msg, body, attachments_text = reading.msg, reading.body, reading.attachments_text
    received = received_time(msg)
    pivot = received.year if received else 2099
    text = "\n".join([msg.subject, body, *attachments_text])
    automated = headers.automated_reason(msg)
    found = headers.find_references(settings.reference_re, msg.subject, body)
    references = list(dict.fromkeys([*thread_references, *found]))
    form = signals.casework_form(text) if settings.profile == "dcs" else None
    review = signals.internal_review(text) if settings.profile == "dcs" else None
    category, confidence, reason = _category(
        body, settings, references, automated, form, review, scores
    )
    concern = _concern(text, scores)
    level, level_trigger = signals.irr_level(text)
    return Evidence(
        message_id=msg.message_id,
        subject=msg.subject,
        from_address=msg.from_address,
        reply_to=tuple(msg.reply_to),
        received=received,
        profile=settings.profile,
        automated=automated,
        auth=headers.authentication(msg, settings.trusted_authserv_ids),
        references=tuple(references),
        category=category,
        confidence=round(confidence, 4),
        category_reason=reason,
        urgency=signals.urgency(text),
        consent=signals.consent(text),
        consent_basis=signals.consent_basis(text),
        irr_level=level,
        irr_level_trigger=level_trigger,
        concern=concern,
        casework_form=form,
        internal_review=review,
        person_ids=tuple(settings.person_ids(text)),
        people=tuple(find_people(text, settings.gazetteer, pivot)),
        unreadable=msg.unreadable,
        unreadable_attachments=tuple(a.error for a in msg.attachments if a.error),
        defects=msg.defects + (("attachment_needed",) if _needs_attachment(msg, body) else ()),
    )
