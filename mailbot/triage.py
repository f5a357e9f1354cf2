"""Triage: the same decision the daemon would take, from the store's state, written nowhere.

`Triage` loads a snapshot of the world once (directory, tracker, OFSTED checks, reference
sequences) and decides messages in order; each sees what the earlier ones would have left
(references taken, checks recorded) through an in-memory overlay that is never written back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from classifiers.extract import ClassifierSettings, evidence_from
from classifiers.mime import parse_message
from classifiers.model import CategoryModel
from classifiers.people import Gazetteer
from mailbot.config import Settings
from mailbot.store import queries
from routing.calendar import LONDON
from routing.decision import Decision
from routing.engine import decide
from routing.world import Directory, OfstedCheckSeen, Policy, TrackerEntry, World


def policy_from(settings: Settings) -> Policy:
    return Policy(
        secure_domains=tuple(settings.secure_domains),
        role_words=tuple(settings.role_words),
        generic_addresses=tuple(settings.generic_addresses),
        check_deliverability=settings.check_deliverability,
        low_confidence_threshold=settings.low_confidence_threshold,
        ofsted_duplicate_window_days=settings.ofsted_duplicate_window_days,
        irr_response_working_days=settings.irr_response_working_days,
        casework_response_working_days=settings.casework_response_working_days,
    )


def classifier_settings_for(
    settings: Settings, directory: Directory
) -> dict[str, ClassifierSettings]:
    """Each mailbox's classifier settings, with the case directory's names as the gazetteer.
    `mailbot triage` and the daemon build them the same way, so they decide alike."""
    gazetteer = Gazetteer.from_names(directory.names())
    prefixes = [m.reference_prefix for m in settings.mailboxes.values()]
    return {
        name: ClassifierSettings(
            profile=mailbox.profile,
            trusted_authserv_ids=mailbox.trusted_authserv_ids,
            reference_prefixes=prefixes,
            person_id_patterns=settings.person_id_patterns,
            gazetteer=gazetteer,
        )
        for name, mailbox in settings.mailboxes.items()
    }


@dataclass
class Snapshot:
    """The world as the store holds it now."""

    directory: Directory
    tracker: dict[str, TrackerEntry]
    ofsted_checks: list[OfstedCheckSeen]
    sequences: dict[tuple[str, int], int] = field(default_factory=dict)

    @classmethod
    def load(cls, engine: Engine) -> Snapshot:
        checks = [
            OfstedCheckSeen(c.applicant_key, c.applicant_dob, c.reference, c.received_at)
            for c in queries.load_ofsted_checks(engine)
            if c.reference
        ]
        return cls(
            Directory(queries.load_directory(engine)),
            queries.load_tracker(engine),
            checks,
            queries.load_sequences(engine),
        )


class Triage:
    """Decides messages against a snapshot; references come from an in-memory overlay."""

    def __init__(
        self, settings: Settings, snapshot: Snapshot, model: CategoryModel | None = None
    ) -> None:
        self.settings = settings
        self.snapshot = snapshot
        self.model = model or CategoryModel()
        self.world = World(
            directory=snapshot.directory,
            tracker=dict(snapshot.tracker),
            ofsted_checks=list(snapshot.ofsted_checks),
            policy=policy_from(settings),
            calendar=settings.working_calendar(),
            reference_prefixes={n: m.reference_prefix for n, m in settings.mailboxes.items()},
        )
        self.classifier_settings = classifier_settings_for(settings, snapshot.directory)
        self._sequences = dict(snapshot.sequences)

    def decide(self, raw: bytes, mailbox: str) -> Decision:
        """One decision; a reference is taken from the overlay when the route needs one."""
        if mailbox not in self.settings.mailboxes:
            raise KeyError(f"no mailbox {mailbox!r} in the configuration")
        msg = parse_message(raw)
        evidence = evidence_from(msg, self.classifier_settings[mailbox], self.model)
        decision = decide(evidence, self.world, mailbox)
        if decision.needs_reference:
            decision = decision.with_reference(self._take_reference(decision, mailbox))
            self._remember(decision)
        return decision

    def _take_reference(self, decision: Decision, mailbox: str) -> str:
        prefix = self.settings.mailboxes[mailbox].reference_prefix
        moment = decision.received or datetime.now(UTC)
        year = moment.astimezone(LONDON).year
        number = self._sequences.get((prefix, year), 0) + 1
        self._sequences[(prefix, year)] = number
        return f"{prefix}-{year}-{number:06d}"

    def _remember(self, decision: Decision) -> None:
        assert decision.reference is not None
        received = decision.received or datetime.now(UTC)
        tracker = dict(self.world.tracker)
        tracker[decision.reference] = TrackerEntry(
            decision.reference, received.astimezone(LONDON).date(), decision.category,
            decision.route, "open",
        )  # fmt: skip
        self.world.tracker = tracker
        if (
            decision.category == "ofsted_suitability"
            and decision.applicant_key
            and decision.applicant_dob
        ):
            checks = list(self.world.ofsted_checks)
            checks.append(
                OfstedCheckSeen(
                    decision.applicant_key, decision.applicant_dob, decision.reference, received
                )
            )
            self.world.ofsted_checks = checks


def mailbox_for(path: Path, settings: Settings, explicit: str | None) -> str:
    """--mailbox wins; otherwise the folder the file sits in, when it names a mailbox."""
    if explicit:
        return explicit
    for parent in path.resolve().parents:
        if parent.name in settings.mailboxes:
            return parent.name
        if parent.name in ("cur", "new", "tmp"):
            continue
        break
    raise KeyError(f"{path}: cannot tell the mailbox; give --mailbox NAME")
