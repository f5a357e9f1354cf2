"""The rule chain: evidence and the world in, a decision out (triage contract, section 4).

Each rule is a small named function over a draft decision. It returns a sentence when it fires
and None when it does not; the sentences, in order, are the decision's explanation, so the
explanation cannot drift from the logic. Rules never name a person: the explanation must be
safe to show for a restricted case.
"""

from __future__ import annotations

import calendar as _cal
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from classifiers.evidence import Evidence
from classifiers.people import fold
from routing.addresses import check_address, registrable_domain, verdict
from routing.calendar import local_date
from routing.decision import EXCEPTIONS, NO_REFERENCE_ROUTES, Decision, Subject
from routing.matching import Match, match_subjects
from routing.world import CaseRecord, World

CHILD_CATEGORIES = (
    "information_request",
    "ofsted_suitability",
    "correspondence",
    "medical_correspondence",
)
NO_CHILD_CATEGORIES = (
    "automated",
    "other",
    "follow_up",
    "casework_submission",
    "internal_review_request",
)


@dataclass
class Draft:
    """The decision while the rules work on it."""

    ev: Evidence
    world: World
    mailbox: str
    category: str = "other"
    urgent: bool = False
    urgency_reason: str | None = None
    irr_level: int | None = None
    consent: str | None = None
    consent_basis: str | None = None
    concern: bool = False
    sender: str | None = None
    reply_address: str | None = None
    address_verdict: str = "invalid"
    match: Match = field(default_factory=Match)
    case_status: str | None = None
    closed_on: date | None = None
    route: str = "none"
    actions: set[str] = field(default_factory=set)
    case_notes: set[str] = field(default_factory=set)
    related_reference: str | None = None
    holds: list[str] = field(default_factory=list)
    applicant_key: str | None = None
    applicant_dob: date | None = None
    done: bool = False  # a rule settled the route; later routing rules skip

    def hold(self, reason: str) -> None:
        if reason not in self.holds:
            self.holds.append(reason)

    @property
    def records(self) -> list[CaseRecord]:
        return [r for r, _ in self.match.subjects]


Rule = Callable[[Draft], str | None]


# --- reading the evidence ---------------------------------------------------------------------


def category(d: Draft) -> str | None:
    d.category = d.ev.category
    return f"category {d.category}: {d.ev.category_reason}"


def sender_and_reply_address(d: Draft) -> str | None:
    policy = d.world.policy
    sender = (
        check_address(d.ev.from_address, policy.check_deliverability) if d.ev.from_address else None
    )
    d.sender = sender.address if sender else None
    reply = check_address(d.ev.reply_to[0], policy.check_deliverability) if d.ev.reply_to else None
    chosen = sender
    note = "the reply address is the From address"
    if reply is not None and sender is not None and reply.address != sender.address:
        if registrable_domain(reply.domain) != registrable_domain(sender.domain):
            if d.category != "automated":  # automated mail is filed before the sender checks
                d.hold("reply_to_mismatch")
            note = "Reply-To names a different registrable domain from From: a person must check"
        else:
            chosen, note = reply, "the reply address is the Reply-To address (same domain as From)"
    elif reply is not None and sender is None:
        chosen = reply
    d.reply_address = chosen.address if chosen else None
    d.address_verdict = verdict(
        chosen, policy.secure_domains, policy.role_words, policy.generic_addresses
    )
    return f"{note}; address verdict {d.address_verdict}"


def sender_authenticated(d: Draft) -> str | None:
    if d.category == "automated":
        return None  # automated mail is never answered either way (4.1)
    auth = d.ev.auth
    if auth.failed:
        d.hold("sender_not_authenticated")
        return (
            f"the trusted authentication result reports dmarc={auth.dmarc}, spf={auth.spf},"
            f" dkim={auth.dkim}: sender not authenticated"
        )
    return None


def readable(d: Draft) -> str | None:
    if d.category == "automated":
        return None
    if d.ev.unreadable:
        d.hold("unreadable")
        return "nothing readable is left in the message"
    if d.ev.unreadable_attachments and "attachment_needed" in d.ev.defects:
        d.hold("unreadable")
        return "an attachment the message depends on could not be read"
    return None


def identify_child(d: Draft) -> str | None:
    if d.category not in CHILD_CATEGORIES or d.ev.profile == "dcs":
        return None
    d.match = match_subjects(d.ev.person_ids, d.ev.people, d.world.directory)
    d.case_status = d.match.status()
    closed = [r.closed_on for r in d.records if r.status == "closed" and r.closed_on]
    if d.case_status == "closed" and closed:
        d.closed_on = max(closed)
    if d.match.ambiguous:
        d.hold("ambiguous_match")
    elif not d.match.named_anyone:
        d.hold("no_subject_identified")
        return "the message names no child"
    text = "; ".join(d.match.explanation)
    return f"{text}; case status {d.case_status}" if text else None


def urgency(d: Draft) -> str | None:
    if d.category == "information_request" and d.ev.urgency:
        d.urgent, d.urgency_reason = True, d.ev.urgency.value
        return f"urgent ({d.urgency_reason}): {d.ev.urgency.trigger!r}"
    return None


def consent(d: Draft) -> str | None:
    if d.category not in ("information_request", "ofsted_suitability"):
        return None
    signal = d.ev.consent
    if signal and signal.value == "provided":
        if not signal.from_child:
            d.consent = "provided"
            return f"consent provided: {signal.trigger!r}"
        age = signal.child_age if signal.child_age is not None else _age_of_subjects(d)
        if age is not None and age >= 16:
            d.consent = "provided"
            return "consent provided by the young person, who is 16 or over"
        note = "consent from a child under 16 does not count"
    elif signal and signal.value == "negated":
        note = f"consent not obtained: {signal.trigger!r}"
    else:
        note = "no statement of consent"
    basis = d.ev.consent_basis
    if basis:
        d.consent, d.consent_basis = "not_required", basis.value
        return f"{note}; consent not required ({basis.value}): {basis.trigger!r}"
    d.consent = "missing"
    return f"{note}: consent missing"


def _age_of_subjects(d: Draft) -> int | None:
    if not d.records or d.ev.received is None:
        return None
    on = local_date(d.ev.received)
    youngest = max(r.dob for r in d.records)
    return on.year - youngest.year - ((on.month, on.day) < (youngest.month, youngest.day))


def concern_and_level(d: Draft) -> str | None:
    d.concern = d.ev.concern is not None
    if d.category == "information_request":
        d.irr_level = d.ev.irr_level
        return f"level {d.irr_level} request: {d.ev.irr_level_trigger!r}"
    return None


def low_confidence(d: Draft) -> str | None:
    threshold = d.world.policy.low_confidence_threshold
    if d.ev.confidence < threshold:
        d.hold("low_confidence")
        return f"classifier confidence {d.ev.confidence:.2f} is under {threshold:.2f}"
    return None


# --- what each category leads to (4.5) ----------------------------------------------------------


def automated(d: Draft) -> str | None:
    if d.category != "automated":
        return None
    d.route, d.done = "none", True
    return "automated mail is never answered"


def references(d: Draft) -> str | None:
    if d.category not in ("follow_up", "internal_review_request") or not d.ev.references:
        return None
    known = [r for r in d.ev.references if r in d.world.tracker]
    d.related_reference = known[0] if known else d.ev.references[0]
    if not known:
        d.hold("unknown_reference")
        return f"the reference {d.related_reference} is not in the tracker"
    if d.category == "follow_up":
        d.route, d.done = "reference_owner", True
        d.actions |= {"notify"}
        return f"a follow-up on {d.related_reference}: to whoever holds that reference"
    return None


def information_request(d: Draft) -> str | None:
    if d.category != "information_request" or d.done:
        return None
    status = d.case_status
    if status == "restricted":
        d.route = "restricted"
        d.actions |= {"acknowledge", "notify"}
        return "the case is restricted: plain acknowledgement, passed to the lock owner or sensitive-case team"
    if status == "not_known" or (d.irr_level == 1 and status in ("open", "closed")):
        d.route = "level1_reply"
        d.actions |= {"acknowledge", "level1_response"}
        what = (
            "the child is not known"
            if status == "not_known"
            else f"a level-1 answer on a {status} case"
        )
        return f"{what}: level-1 reply"
    if status == "open":
        d.route = "allocated_worker"
        d.actions |= {"acknowledge", "notify", "save_case_note"}
        d.case_notes |= {r.person_id for r in d.records}
        return (
            "level 2 on an open case: to the allocated worker and team manager, saved to the case"
        )
    if status == "closed":
        if d.consent in ("provided", "not_required"):
            d.route = "irr_queue"
            d.actions |= {"acknowledge", "notify"}
            return "level 2 on a closed case with consent provided or not required: IRR queue"
        d.route = "none"
        d.actions |= {"request_consent", "save_case_note"}
        d.case_notes |= {r.person_id for r in d.records}
        return "level 2 on a closed case without consent: ask for consent; saved to the case, not kept as work"
    return None


def secure_address(d: Draft) -> str | None:
    """A level-1 response goes only to a secure address (4.5 IRR rules 6 and 7)."""
    if d.category != "information_request":
        return None
    v = d.address_verdict
    if "level1_response" in d.actions and not v.startswith("secure"):
        d.actions.discard("level1_response")
        if v == "generic_nonsecure":
            d.actions.add("request_personal_address")
            return "the reply address is generic and not secure: ask for a personal address instead"
        d.hold("nonsecure_address")
        return f"the reply address is {v}: the level-1 answer waits for a person"
    if d.route in ("allocated_worker", "irr_queue") and v == "generic_nonsecure":
        d.actions.add("request_personal_address")
        return "the reply address is generic and not secure: ask for a personal address"
    return None


def ofsted_suitability(d: Draft) -> str | None:
    if d.category != "ofsted_suitability" or d.done:
        return None
    applicant = next((m for m in d.ev.people if m.applicant and m.dob), None)
    if applicant is None:
        known = {(r.given_name, r.family_name) for r in d.records}
        applicant = next(
            (
                m
                for m in d.ev.people
                if m.dob and not m.in_directory and (m.given, m.family) not in known
            ),
            None,
        )
    if applicant is not None and applicant.dob is not None:
        d.applicant_key, d.applicant_dob = applicant.key, applicant.dob
        earlier = _earlier_check(d, applicant.key, applicant.dob)
        if earlier is not None:
            d.route, d.related_reference = "none", earlier
            return f"the same check (applicant name and date of birth) was taken as {earlier}"
    if d.case_status == "restricted":
        d.route = "restricted"
        d.actions |= {"notify"}
        return (
            "the household is restricted: to the lock owner or sensitive-case team, no case notes"
        )
    if d.case_status in ("not_known", None) and not d.match.ambiguous:
        if d.case_status == "not_known":
            d.route = "irr_queue"
            d.actions |= {"notify"}
            return "no one named is in the directory: IRR queue"
        return None
    if d.case_status in ("open", "closed"):
        d.route = "irr_queue"
        d.actions |= {"notify", "save_case_note"}
        household = {r.household_id for r in d.records}
        for hh in household:
            d.case_notes |= {r.person_id for r in d.world.directory.by_household.get(hh, [])}
        return "OFSTED check: IRR queue, saved on every child of the household"
    return None


def _earlier_check(d: Draft, key: str, dob: date) -> str | None:
    if d.ev.received is None:
        return None
    window = timedelta(days=d.world.policy.ofsted_duplicate_window_days)
    for check in d.world.ofsted_checks:
        if (
            fold(check.applicant_key) == key
            and check.applicant_dob == dob
            and timedelta(0) <= d.ev.received - check.received_at <= window
        ):
            return check.reference
    return None


def casework(d: Draft) -> str | None:
    if d.category != "casework_submission" or d.done:
        return None
    if "unreadable" in d.holds:
        return "the casework could not be read: a person must look at the attachment"
    if d.ev.casework_form is not None:
        d.route = "casework_lead"
        d.actions |= {"acknowledge", "notify"}
        return "on the casework form (Annex A): to the casework lead"
    d.route = "none"
    d.actions |= {"request_form"}
    return "casework not on the form: ask the originator to resubmit on Annex A"


def internal_review(d: Draft) -> str | None:
    if d.category != "internal_review_request" or d.done:
        return None
    d.route = "review_team"
    d.actions |= {"acknowledge", "notify"}
    return "an internal review request: to the review team"


def _within_a_month(closed_on: date, on: date) -> bool:
    month = closed_on.month % 12 + 1
    year = closed_on.year + (closed_on.month == 12)
    day = min(closed_on.day, _cal.monthrange(year, month)[1])
    return on <= date(year, month, day)


def correspondence(d: Draft) -> str | None:
    if d.category not in ("correspondence", "medical_correspondence") or d.done:
        return None
    status = d.case_status
    notes = {r.person_id for r in d.records}
    if status == "restricted":
        d.route = "restricted"
        d.actions |= {"notify"}
        if d.concern:
            d.urgent, d.urgency_reason = True, "significant_harm"
            d.actions.add("mark_urgent")
            return "a concern about a restricted case: to the lock owner or sensitive-case team, urgent"
        return "the case is restricted: to the lock owner or sensitive-case team"
    if d.category == "medical_correspondence":
        d.route = "cp_team"
        d.actions |= {"notify", "save_case_note"}
        d.case_notes |= notes
        return "a medical document: to the child-protection team, saved to the case"
    if status == "open":
        d.route = "allocated_worker"
        d.actions |= {"notify", "save_case_note"}
        d.case_notes |= notes
        return "correspondence on an open case: to the allocated worker, saved to the case"
    recent = bool(
        d.closed_on and d.ev.received and _within_a_month(d.closed_on, local_date(d.ev.received))
    )
    if status == "closed" and recent and d.concern:
        d.route = "re_referral"
        d.actions |= {"notify", "save_case_note"}
        d.case_notes |= notes
        return "a concern within a month of closure: re-referral to the most recent team manager"
    if status in ("closed", "not_known"):
        d.route = "front_door"
        d.actions |= {"notify"}
        return "to the front-door team tray"
    return None


def other(d: Draft) -> str | None:
    if d.category == "other":
        d.hold("unclassified")
        return "not a kind of message the procedures cover"
    return None


def mark_urgent(d: Draft) -> str | None:
    if d.category == "information_request" and d.urgent and d.route not in NO_REFERENCE_ROUTES:
        d.actions.add("mark_urgent")
    return None


# The whole policy on one screen. Order matters: reading first, then routing, then holds.
RULES: tuple[tuple[str, Rule], ...] = (
    ("category", category),
    ("automated", automated),
    ("sender-and-reply-address", sender_and_reply_address),
    ("sender-authenticated", sender_authenticated),
    ("readable", readable),
    ("low-confidence", low_confidence),
    ("identify-child", identify_child),
    ("concern-and-level", concern_and_level),
    ("urgency", urgency),
    ("consent", consent),
    ("references", references),
    ("information-request", information_request),
    ("secure-address", secure_address),
    ("ofsted-suitability", ofsted_suitability),
    ("casework", casework),
    ("internal-review", internal_review),
    ("correspondence", correspondence),
    ("other", other),
    ("mark-urgent", mark_urgent),
)


def _check_unique_names() -> None:
    names = [name for name, _ in RULES]
    if len(names) != len(set(names)):
        raise RuntimeError("two rules share a name")


_check_unique_names()


# Holds a person may settle by releasing an item. The secure-address rule is never waived:
# personal data goes only where the procedures allow, whoever asks.
WAIVABLE_HOLDS = (
    "unreadable", "sender_not_authenticated", "reply_to_mismatch", "unknown_reference",
    "low_confidence", "unclassified",
)  # fmt: skip
# Routes a person may send work to from the console (a notification follows).
REASSIGN_ROUTES = (
    "allocated_worker", "irr_queue", "front_door", "cp_team", "casework_lead", "review_team",
)  # fmt: skip


@dataclass(frozen=True)
class Corrections:
    """What a person settled when releasing an item from the exceptions queue: the decision
    is made again by the same rules from these (contract 4.0 still applies)."""

    category: str | None = None
    person_ids: tuple[str, ...] | None = None  # the child, chosen from the case directory
    route: str | None = None
    waive: tuple[str, ...] = WAIVABLE_HOLDS

    def apply(self, ev: Evidence) -> Evidence:
        if self.category is not None:
            ev = replace(ev, category=self.category, confidence=1.0,
                         category_reason="corrected in the console")  # fmt: skip
        if self.person_ids is not None:
            # the chosen records stand for the children named; an OFSTED applicant stays
            applicants = tuple(m for m in ev.people if m.applicant)
            ev = replace(ev, person_ids=self.person_ids, people=applicants)
        return ev


def _reassign(d: Draft, route: str) -> str:
    if d.case_status == "restricted" and route != "restricted":
        # a restricted case stays with those who may know of it
        return "the route was not changed: the case is restricted"
    d.route, d.done = route, True
    # the team answers now: keep the acknowledgement, drop replies the old route composed
    d.actions = (d.actions & {"acknowledge", "mark_urgent", "save_case_note"}) | {"notify"}
    return f"route corrected in the console to {route}"


def decide(
    ev: Evidence, world: World, mailbox: str, corrections: Corrections | None = None
) -> Decision:
    """Apply the rule chain; then the exception, reference and due-date rules of 4.0 and 4.8-4.10."""
    waived: tuple[str, ...] = ()
    if corrections is not None:
        ev = corrections.apply(ev)
        waived = corrections.waive
    d = Draft(ev=ev, world=world, mailbox=mailbox)
    explanation: list[str] = []
    for _name, rule in RULES:
        if d.category == "automated" and d.done and _name not in ("sender-and-reply-address",):
            continue
        sentence = rule(d)
        if sentence:
            explanation.append(sentence)
    if corrections is not None and corrections.route is not None:
        explanation.append(_reassign(d, corrections.route))
    if waived and any(h in waived for h in d.holds):
        explanation.append(
            f"released in the console: {', '.join(h for h in d.holds if h in waived)} settled"
        )
        d.holds = [h for h in d.holds if h not in waived]

    exception = next((e for e in EXCEPTIONS if e in d.holds), None)
    if exception is not None:
        d.route = "exceptions"
        keep = {"acknowledge"} if exception == "nonsecure_address" else set()
        d.actions &= keep
        d.case_notes.clear()
        explanation.append(f"held for a person: {', '.join(d.holds)}")
    if d.case_status == "restricted":
        d.case_notes.clear()  # the lock owner or sensitive-case team records what they decide
    if d.ev.profile == "dcs" or d.category in NO_CHILD_CATEGORIES:
        d.case_status, d.closed_on = None, None

    needs_reference = d.route not in NO_REFERENCE_ROUTES
    due_ack = due_resp = None
    if ev.received is not None:
        cal = world.calendar
        if "acknowledge" in d.actions:
            due_ack = cal.due_after(ev.received, 1)
        if needs_reference:
            days: int | None = None
            if d.category in ("casework_submission", "internal_review_request"):
                days = world.policy.casework_response_working_days
            elif d.category == "information_request":
                days = world.policy.irr_response_working_days
            if days:
                due_resp = cal.due_after(ev.received, days)

    subjects: tuple[Subject, ...] = ()
    if not d.match.ambiguous and d.category in CHILD_CATEGORIES:
        subjects = tuple(
            Subject(r.person_id, kind)
            for r, kind in sorted(d.match.subjects, key=lambda s: s[0].person_id)
        )
    return Decision(
        message_id=ev.message_id,
        mailbox=mailbox,
        received=ev.received,
        category=d.category,
        confidence=ev.confidence,
        urgent=d.urgent,
        urgency_reason=d.urgency_reason,
        irr_level=d.irr_level,
        consent=d.consent,
        consent_basis=d.consent_basis,
        concern=d.concern,
        sender=d.sender,
        reply_address=d.reply_address,
        address_verdict=d.address_verdict,
        subjects=subjects,
        case_status=d.case_status,
        closed_on=d.closed_on,
        route=d.route,
        actions=tuple(sorted(d.actions)),
        case_notes=tuple(sorted(d.case_notes)),
        reference=None,
        related_reference=d.related_reference,
        due_acknowledge=due_ack,
        due_response=due_resp,
        exception=exception,
        explanation=tuple(explanation),
        holds=tuple(d.holds),
        needs_reference=needs_reference,
        applicant_key=d.applicant_key,
        applicant_dob=d.applicant_dob,
        candidates=tuple(d.match.ambiguous_candidates),
    )
