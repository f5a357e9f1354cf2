"""What a person does to an item: release it with corrections, send a template reply, mark
it automated or spam, retry what failed.

Every action that sends mail is shown first (`preview_*`: the decision the rules make with
the corrections and every message it would send, composed by the same templates) and then
carried out (`release`, `reply`): the new decision, its reference and its effects are written
in one transaction with the audit entry, and the daemon's executors send them as they would
their own. An item can be settled once: a second click, or a colleague's at the same moment,
is refused.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from classifiers.extract import ClassifierSettings, evidence_from
from classifiers.mime import parse_message
from classifiers.model import CategoryModel
from mailbot.config import Settings
from mailbot.console import audit
from mailbot.console.items import Item, NotFound, Viewer, item
from mailbot.executor import EffectJob
from mailbot.intake import decision_values, own_references, reference_owner, write_people
from mailbot.live import LiveOfstedChecks, LiveTracker
from mailbot.planner import SENDER_REPLIES, PlannedEffect, insert_effects, plan
from mailbot.references import take_reference
from mailbot.store import queries
from mailbot.store.models import (
    decision_people,
    decision_revisions,
    decisions,
    effects,
    messages,
)
from mailbot.triage import classifier_settings_for, policy_from
from mailbot.wiring import Composer
from mailbot.workers import referenced_ids
from routing.decision import CATEGORIES, Decision
from routing.engine import REASSIGN_ROUTES, Corrections, decide
from routing.world import Directory, World

TEMPLATE_REPLIES = ("request_consent", "request_form", "request_personal_address")
MARKS = ("automated", "spam")
DIRECTORY_SECONDS = 60.0  # a re-imported directory is taken up within this


class ActionRefused(Exception):
    """The action cannot be done; the message says why, in plain words."""


@dataclass(frozen=True)
class OutgoingPreview:
    kind: str
    to: str
    cc: str
    subject: str
    body: str


@dataclass(frozen=True)
class Preview:
    decision: Decision
    outgoing: list[OutgoingPreview]
    case_notes: list[str]  # person IDs a case note will be saved for
    held: str | None  # an exception the corrected decision still has: release is refused


class Actions:
    def __init__(
        self, settings: Settings, engine: Engine, model: CategoryModel | None = None
    ) -> None:
        self.settings = settings
        self.engine = engine
        self._model = model
        self.composer = Composer(settings)
        self.calendar = settings.working_calendar()
        self._lock = threading.Lock()
        self._loaded = 0.0
        self.world = World(
            directory=Directory([]),
            tracker=LiveTracker(engine),
            ofsted_checks=LiveOfstedChecks(engine),
            policy=policy_from(settings),
            calendar=self.calendar,
            reference_prefixes={n: m.reference_prefix for n, m in settings.mailboxes.items()},
        )
        self.classifier_settings: dict[str, ClassifierSettings] = {}

    @property
    def model(self) -> CategoryModel:
        if self._model is None:  # loaded on first use: the console starts quickly
            self._model = CategoryModel()
        return self._model

    def _fresh(self) -> None:
        with self._lock:
            if time.monotonic() - self._loaded < DIRECTORY_SECONDS and self.classifier_settings:
                return
            directory = Directory(queries.load_directory(self.engine))
            self.world.directory = directory
            self.classifier_settings = classifier_settings_for(self.settings, directory)
            self._loaded = time.monotonic()

    # --- deciding again ----------------------------------------------------------------------

    def _redecide(self, viewer: Viewer, pk: int, corrections: Corrections) -> tuple[Any, Decision]:
        it = _waiting(self.engine, viewer, pk)
        if it.raw is None:
            raise ActionRefused("The message's content is not available to you.")
        if corrections.category is not None and corrections.category not in CATEGORIES:
            raise ActionRefused("Choose a category from the list.")
        if corrections.route is not None and corrections.route not in REASSIGN_ROUTES:
            raise ActionRefused("Choose a team from the list.")
        self._fresh()
        if corrections.person_ids:
            unknown = [p for p in corrections.person_ids if p not in self.world.directory.by_id]
            if unknown:
                raise ActionRefused("No child with that person ID is in the case directory.")
        if it.mailbox not in self.settings.mailboxes:
            raise ActionRefused("The item's mailbox is no longer in the configuration.")
        parsed = parse_message(it.raw)
        evidence = evidence_from(
            parsed,
            self.classifier_settings[it.mailbox],
            self.model,
            own_references(self.engine, referenced_ids(parsed.headers)),
        )
        evidence = replace(evidence, received=it.received)
        return it, decide(evidence, self.world, it.mailbox, corrections)

    def _plan(self, conn: Connection, decision: Decision, pk: int) -> list[PlannedEffect]:
        # the message already sits in the exceptions folder; it stays there as the record
        return [
            p
            for p in plan(
                decision,
                pk,
                self.world.directory,
                self.settings,
                lambda ref: reference_owner(conn, ref),
            )
            if p.kind != "move"
        ]

    def _compose(
        self,
        kind: str,
        key: str,
        payload: dict[str, Any],
        pk: int,
        mailbox: str,
        raw: bytes,
        decision: dict[str, Any],
    ) -> OutgoingPreview:
        job = EffectJob(0, kind, key, payload, 0, pk, mailbox, raw, decision, None)
        msg: EmailMessage = self.composer(job)
        body = msg.get_body(preferencelist=("plain",))
        text = body.get_content() if isinstance(body, EmailMessage) else ""
        return OutgoingPreview(
            kind,
            str(msg.get("To", "")),
            str(msg.get("Cc", "")),
            str(msg.get("Subject", "")),
            text,
        )

    def preview_release(self, viewer: Viewer, pk: int, corrections: Corrections) -> Preview:
        it, decision = self._redecide(viewer, pk, corrections)
        shown = decision
        if decision.needs_reference:
            # the real number is taken when the release is confirmed
            shown = decision.with_reference(
                f"{self.settings.mailboxes[it.mailbox].reference_prefix}-(new)"
            )
        outgoing: list[OutgoingPreview] = []
        notes: list[str] = []
        if decision.exception is None:
            done = self._done_replies(pk)
            with self.engine.connect() as conn:
                planned = self._plan(conn, shown, pk)
            for p in planned:
                if "skip" in p.payload or p.kind in done:
                    continue
                if p.kind == "save_case_note":
                    notes.append(str(p.payload["person_id"]))
                    continue
                outgoing.append(
                    self._compose(p.kind, p.key, p.payload, pk, it.mailbox, it.raw, shown.to_json())
                )
        return Preview(shown, outgoing, notes, decision.exception)

    def _done_replies(self, pk: int) -> set[str]:
        """Replies to the sender already sent for this message: never answer twice."""
        e = effects.c
        with self.engine.connect() as conn:
            return set(
                conn.execute(
                    select(e.kind).where(
                        e.message_pk == pk, e.state == "done", e.kind.in_(SENDER_REPLIES)
                    )
                ).scalars()
            )

    def _settle(self, conn: Connection, pk: int, viewer: Viewer, resolution: str) -> None:
        m = messages.c
        taken = conn.execute(
            update(messages)
            .where(m.id == pk, m.resolution.is_(None))
            .values(
                resolution=resolution, resolved_at=datetime.now(UTC), resolved_by=viewer.username
            )
        ).rowcount
        if taken != 1:
            raise ActionRefused("Someone else settled this item a moment ago.")

    def release(
        self, viewer: Viewer, pk: int, corrections: Corrections, *, remote_addr: str | None = None
    ) -> Decision:
        it, decision = self._redecide(viewer, pk, corrections)
        if decision.exception is not None:
            raise ActionRefused(
                f"The corrected decision is still held ({decision.exception}); correct it further."
            )
        return self._write(viewer, it, decision, corrections, "release", remote_addr)

    def _write(
        self,
        viewer: Viewer,
        it: Any,
        decision: Decision,
        corrections: Corrections,
        action: str,
        remote_addr: str | None,
    ) -> Decision:
        """The new decision, its reference and effects, and the audit entry, in one
        transaction. A decision still held stays in the queue with its new reason."""
        pk = it.pk
        done = self._done_replies(pk)
        d = decisions.c
        with self.engine.begin() as conn:
            if decision.exception is None:
                self._settle(conn, pk, viewer, "released")
            if decision.needs_reference and decision.exception is None:
                prefix = self.settings.mailboxes[it.mailbox].reference_prefix
                decision = take_reference(conn, prefix, it.mailbox, decision, it.received)
            now = datetime.now(UTC)
            old = conn.execute(select(d.decision_json).where(d.message_pk == pk)).scalar()
            revision = 0
            if old is not None:
                revision = int(
                    conn.execute(
                        insert(decision_revisions).values(
                            message_pk=pk,
                            decision_json=old,
                            replaced_at=now,
                            replaced_by=viewer.username,
                        )
                    ).inserted_primary_key[0]  # type: ignore[index]
                )
            values = decision_values(decision, now)
            if old is None:
                conn.execute(insert(decisions).values(message_pk=pk, **values))
            else:
                conn.execute(update(decisions).where(d.message_pk == pk).values(**values))
            conn.execute(
                update(messages).where(messages.c.id == pk).values(state="decided", stage=None)
            )
            conn.execute(delete(decision_people).where(decision_people.c.message_pk == pk))
            write_people(conn, pk, decision)
            planned = self._plan(conn, decision, pk) if decision.exception is None else []
            insert_effects(
                conn,
                pk,
                [
                    PlannedEffect(
                        p.kind,
                        f"{p.key}:release:{revision}",
                        {**p.payload, "skip": "already sent for this message"}
                        if p.kind in done
                        else p.payload,
                    )
                    for p in planned
                ],
                now,
            )
            audit.record(
                conn,
                username=viewer.username,
                role=viewer.role,
                action=action,
                message_pk=pk,
                reference=decision.reference,
                remote_addr=remote_addr,
                detail={
                    "category": corrections.category,
                    "person_ids": list(corrections.person_ids or []),
                    "route": corrections.route,
                    "decision": f"{decision.category}/{decision.route}",
                    "held": decision.exception,
                },
            )
        return decision

    # --- template replies ----------------------------------------------------------------------

    def _reply_payload(self, viewer: Viewer, pk: int, kind: str) -> tuple[Any, dict[str, Any]]:
        if kind not in TEMPLATE_REPLIES:
            raise ActionRefused("Choose one of the template replies.")
        it = _waiting(self.engine, viewer, pk)
        if it.decision is None:
            raise ActionRefused("mailbot has no decision for this message: try deciding it again.")
        address = it.decision.get("reply_address")
        own = {m.address.lower() for m in self.settings.mailboxes.values()} | {
            a.lower() for a in self.settings.outbound.own_addresses
        }
        if not address or it.decision.get("address_verdict") == "invalid" or address in own:
            raise ActionRefused("There is no address to reply to.")
        if it.decision.get("category") == "automated":
            raise ActionRefused("Automated mail is never answered.")
        payload = {
            "reference": it.reference,
            "urgent": bool(it.decision.get("urgent")),
            "to": [address],
        }
        return it, payload

    def preview_reply(self, viewer: Viewer, pk: int, kind: str) -> OutgoingPreview:
        it, payload = self._reply_payload(viewer, pk, kind)
        assert it.raw is not None and it.decision is not None
        return self._compose(
            kind, f"{pk}:console:{kind}", payload, pk, it.mailbox, it.raw, it.decision
        )

    def reply(self, viewer: Viewer, pk: int, kind: str, *, remote_addr: str | None = None) -> None:
        it, payload = self._reply_payload(viewer, pk, kind)
        e = effects.c
        with self.engine.begin() as conn:
            self._settle(conn, pk, viewer, f"replied:{kind}")
            key = f"{pk}:console:{kind}"
            if conn.execute(select(e.id).where(e.key == key)).first() is not None:
                raise ActionRefused("That reply was sent for this message already.")
            insert_effects(conn, pk, [PlannedEffect(kind, key, payload)], datetime.now(UTC))
            audit.record(
                conn,
                username=viewer.username,
                role=viewer.role,
                action="reply",
                message_pk=pk,
                reference=it.reference,
                remote_addr=remote_addr,
                detail={"kind": kind},
            )

    # --- marks and retries -------------------------------------------------------------------

    def mark(self, viewer: Viewer, pk: int, as_: str, *, remote_addr: str | None = None) -> None:
        if as_ not in MARKS:
            raise ActionRefused("Mark it as automated or as spam.")
        it = _waiting(self.engine, viewer, pk)
        with self.engine.begin() as conn:
            self._settle(conn, pk, viewer, f"marked_{as_}")
            audit.record(
                conn,
                username=viewer.username,
                role=viewer.role,
                action=f"mark_{as_}",
                message_pk=pk,
                reference=it.reference,
                remote_addr=remote_addr,
            )

    def retry(self, viewer: Viewer, pk: int, *, remote_addr: str | None = None) -> None:
        """Failed effects go back to the executors; a message that failed before it was
        decided is decided again by the rules (and released if nothing holds it)."""
        it = _waiting(self.engine, viewer, pk)
        if it.failed_effects:
            e = effects.c
            with self.engine.begin() as conn:
                conn.execute(
                    update(effects)
                    .where(e.message_pk == pk, e.state == "failed")
                    .values(
                        state="pending",
                        attempts=0,
                        next_attempt_at=datetime.now(UTC),
                        claimed_by=None,
                        claimed_until=None,
                    )
                )
                audit.record(
                    conn,
                    username=viewer.username,
                    role=viewer.role,
                    action="retry",
                    message_pk=pk,
                    reference=it.reference,
                    remote_addr=remote_addr,
                    detail={"effects": it.failed_effects},
                )
            return
        if it.state == "failed":
            corrections = Corrections(waive=())  # the rules alone, as the daemon would decide
            it, decision = self._redecide(viewer, pk, corrections)
            self._write(viewer, it, decision, corrections, "retry", remote_addr)
            return
        raise ActionRefused("Nothing failed here: release or reply instead.")


def _waiting(engine: Engine, viewer: Viewer, pk: int) -> Item:
    """The item, if this viewer may see it (else NotFound) and it still waits for a person."""
    it = item(engine, viewer, pk)
    if not it.waiting:
        raise ActionRefused("This item is not waiting for anyone: it was settled already.")
    return it


def corrections_from(category: str | None, person_id: str | None, route: str | None) -> Corrections:
    """Form fields to corrections; an empty field means "as mailbot read it"."""
    return Corrections(
        category=category or None,
        person_ids=(person_id.strip(),) if person_id and person_id.strip() else None,
        route=route or None,
    )


__all__ = [
    "MARKS",
    "TEMPLATE_REPLIES",
    "ActionRefused",
    "Actions",
    "NotFound",
    "OutgoingPreview",
    "Preview",
    "corrections_from",
]
