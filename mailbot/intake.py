"""Intake: record a message, decide it, and plan its effects — exactly once.

Intake is at-least-once (a source may hand the same message over again after a crash or a
server hiccup); processing is exactly-once: the message is recorded and committed before
anything happens to it on the server, recognised by (mailbox, key) or its SHA-256 when seen
again, and its decision, reference and effects are written in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from classifiers.evidence import Evidence
from classifiers.extract import ClassifierSettings, Reading, evidence_of, read
from classifiers.headers import MSG_ID_RE
from classifiers.mime import parse_message
from classifiers.model import CategoryModel
from mailbot.config import Settings
from mailbot.live import LiveOfstedChecks, LiveTracker
from mailbot.planner import PlannedEffect, insert_effects, outcome_folder, plan
from mailbot.references import take_reference
from mailbot.sources.base import FetchedMessage
from mailbot.store import queries
from mailbot.store.models import (
    decision_people,
    decisions,
    effects,
    messages,
    sent_messages,
)
from mailbot.triage import classifier_settings_for, policy_from
from mailbot.workers import (
    RESULT_SECONDS,
    Classified,
    ClassifierPool,
    PoolUnavailable,
    WorkerDied,
    referenced_ids,
)
from routing.decision import Decision
from routing.engine import decide
from routing.world import Directory, World

log = logging.getLogger("mailbot.intake")
# built once: statement construction was a visible share of each decision's write
_MARK_DECIDED = (
    update(messages)
    .where(messages.c.id == bindparam("pk"))
    .values(state="decided", outcome_folder=bindparam("folder"))
)
_INSERT_MESSAGE = insert(messages)
_INSERT_DECISION = insert(decisions)
_INSERT_PEOPLE = insert(decision_people)
# a batch this big is a backlog: worth starting the worker processes for (a trickle of mail is
# decided in-process, with no process to start and no round trip)
POOL_START_BATCH = 20
# messages whose decisions are committed together (Intake.take_many)
GROUP_COMMIT = 20


def hash_id(message_id: str | None) -> str:
    """Logs carry a hash of the Message-ID, never the header itself."""
    return hashlib.sha256((message_id or "").encode()).hexdigest()[:12]


class _BatchState:
    """What a batch's own messages have recorded since its lookup."""

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self.digests: set[str] = set()


@dataclass(frozen=True)
class Prepared:
    """One message of a batch as `prepare` left it: its SHA-256, its store row when the batch
    was looked up (None: not recorded) and its classification under way in a worker process,
    if any."""

    classified: Future[Classified] | None
    found: tuple[int, str] | None
    batch: _BatchState
    digest: str

    def repeats(self, key: str) -> bool:
        """Whether the same key or content came earlier in the batch (this one is noted)."""
        seen = key in self.batch.keys or self.digest in self.batch.digests
        self.batch.keys.add(key)
        self.batch.digests.add(self.digest)
        return seen

    def found_now(
        self, key: str, lookup: Callable[[], tuple[int, str] | None]
    ) -> tuple[int, str] | None:
        """The row now. The mailbox's lease makes this thread the only one recording its
        messages, so only a message of the same batch can have been recorded since the batch
        was looked up: the same key or content seen again within it is looked up afresh."""
        return lookup() if self.repeats(key) else self.found


@dataclass(frozen=True)
class _Read:
    """A message of a group read in-process, waiting for the group's scores."""

    reading: Reading
    thread_references: list[str]


@dataclass(frozen=True)
class Taken:
    message_pk: int
    new: bool
    decision: Decision | None = None
    failed_stage: str | None = None


class Intake:
    """Decides messages for the daemon against the live store."""

    def __init__(
        self, settings: Settings, engine: Engine, model: CategoryModel, workers: int = 0
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.model = model
        self.workers = workers  # processes that classify ahead of `take`; 0: all in-process
        self.pool: ClassifierPool | None = None
        self._pool_lock = threading.Lock()
        self._tracker = LiveTracker(engine)
        self._ofsted_checks = LiveOfstedChecks(engine)
        self.world = World(
            directory=Directory([]),
            tracker=self._tracker,
            ofsted_checks=self._ofsted_checks,
            policy=policy_from(settings),
            calendar=settings.working_calendar(),
            reference_prefixes={n: m.reference_prefix for n, m in settings.mailboxes.items()},
        )
        self.classifier_settings: dict[str, ClassifierSettings] = {}
        self.reload_directory()

    def reload_directory(self) -> None:
        """Take up a re-imported case directory (the daemon calls this periodically)."""
        directory = Directory(queries.load_directory(self.engine))
        self.world.directory = directory
        self.classifier_settings = classifier_settings_for(self.settings, directory)
        if self.pool is not None:
            self.pool.update_settings(self.classifier_settings)

    # --- worker processes ----------------------------------------------------------------

    def prepare(self, mailbox: str, batch: Sequence[FetchedMessage]) -> list[Prepared]:
        """Look a fetched batch up in the store at once (one query instead of one per
        message) and hand it to the worker processes, to be classified while the messages
        before it are decided and committed; `take` then takes each in turn. Nothing here is
        recorded: a message whose classification is lost is simply taken again."""
        digests = [hashlib.sha256(fetched.raw).hexdigest() for fetched in batch]
        found = self._lookup_many(mailbox, batch, digests)
        state = _BatchState()
        pool = self._pool(len(batch))
        if pool is None or not pool.ready:  # (until the workers have loaded the model)
            futures: list[Future[Classified] | None] = [None] * len(batch)
        else:
            futures = [
                None if row is not None and row[1] != "received" else pool.submit(mailbox, f.raw)
                for f, row in zip(batch, found, strict=True)
            ]
        return [
            Prepared(f, row, state, digest)
            for f, row, digest in zip(futures, found, digests, strict=True)
        ]

    def _lookup_many(
        self, mailbox: str, batch: Sequence[FetchedMessage], digests: list[str]
    ) -> list[tuple[int, str] | None]:
        """`_lookup` for a whole batch, in one query."""
        if not batch:
            return []
        c = messages.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(c.id, c.state, c.source_key, c.sha256).where(
                    c.mailbox == mailbox,
                    or_(c.source_key.in_([f.key for f in batch]), c.sha256.in_(digests)),
                )
            ).all()
        by_key = {r[2]: (int(r[0]), str(r[1])) for r in rows}
        by_digest = {r[3]: (int(r[0]), str(r[1])) for r in rows}
        return [by_key.get(f.key) or by_digest.get(d) for f, d in zip(batch, digests, strict=True)]

    def _pool(self, batch: int) -> ClassifierPool | None:
        if self.workers <= 0:
            return None
        with self._pool_lock:
            if self.pool is None and batch >= POOL_START_BATCH:
                log.info("backlog: starting classifier workers=%d", self.workers)
                self.pool = ClassifierPool(self.workers, self.classifier_settings)
            return self.pool

    def close(self) -> None:
        """Stop the worker processes (the daemon calls this once its threads are done)."""
        with self._pool_lock:
            pool, self.pool = self.pool, None
        if pool is not None:
            pool.close()

    # --- recording -----------------------------------------------------------------------

    def record(self, mailbox: str, fetched: FetchedMessage) -> tuple[int, bool]:
        """The message's row on its own, created if it is new (`take` records a new message
        with its decision instead). Returns (row id, whether it still has to be decided)."""
        digest = hashlib.sha256(fetched.raw).hexdigest()
        found = self._lookup(mailbox, fetched, digest)
        with self.engine.begin() as conn:
            if found is None:
                return self._insert_message(conn, mailbox, fetched, digest, "received"), True
            if found[1] == "received":
                # recorded, then the process died before the decision was committed
                return found[0], True
            self._ensure_moved(conn, found[0], fetched.key)
            return found[0], False

    def _insert_message(
        self,
        conn: Connection,
        mailbox: str,
        fetched: FetchedMessage,
        digest: str,
        state: str,
        folder: str | None = None,
    ) -> int:
        message_id = MSG_ID_RE.search(_header(fetched.raw, b"message-id") or "")
        pk = conn.execute(
            _INSERT_MESSAGE,
            {
                "mailbox": mailbox,
                "source_key": fetched.key,
                "sha256": digest,
                "message_id": message_id.group(0) if message_id else None,
                "arrived_at": fetched.arrived or datetime.now(UTC),
                "raw": fetched.raw,
                "state": state,
                "outcome_folder": folder,
                "moved": False,
                "created_at": datetime.now(UTC),
            },
        ).inserted_primary_key
        assert pk is not None
        return int(pk[0])

    def _lookup(self, mailbox: str, fetched: FetchedMessage, digest: str) -> tuple[int, str] | None:
        c = messages.c
        with self.engine.connect() as conn:
            row = conn.execute(
                select(c.id, c.state).where(
                    c.mailbox == mailbox, or_(c.source_key == fetched.key, c.sha256 == digest)
                )
            ).first()
        return (int(row[0]), str(row[1])) if row is not None else None

    def _ensure_moved(self, conn: Connection, pk: int, source_key: str) -> None:
        """Seen again: it was decided before (never decide twice), but it is still in the
        inbox, so the move must run (again) for the key it has now."""
        e = effects.c
        folder = conn.execute(select(messages.c.outcome_folder).where(messages.c.id == pk)).scalar()
        if folder is None:
            return  # not decided yet: the decision plans the move
        moves = conn.execute(
            select(e.id, e.key, e.state, e.payload).where(e.message_pk == pk, e.kind == "move")
        ).all()
        if any(
            m.state == "pending" and json.loads(m.payload).get("source_key") == source_key
            for m in moves
        ):
            return  # a move of this very key is still to run (a crash before it did)
        key = f"{pk}:move:{hashlib.sha256(source_key.encode()).hexdigest()[:16]}"
        existing = next((m for m in moves if m.key == key), None)
        if existing is None:
            move = PlannedEffect("move", key, {"folder": folder, "source_key": source_key})
            insert_effects(conn, pk, [move], datetime.now(UTC))
        elif existing.state == "done":
            conn.execute(
                update(effects)
                .where(e.id == existing.id)
                .values(state="pending", next_attempt_at=datetime.now(UTC))
            )

    # --- deciding ------------------------------------------------------------------------

    def take(
        self, mailbox: str, fetched: FetchedMessage, prepared: Prepared | None = None
    ) -> Taken:
        """Record, decide and plan one message. A new message is recorded in the same
        transaction as its decision and effects: if the process dies before the commit,
        nothing is recorded and nothing has happened on the server, so the message is simply
        taken again. Either way it is committed before anything happens to it. `prepared` is
        what `prepare` found out about it with its batch."""
        if prepared is None:
            digest = hashlib.sha256(fetched.raw).hexdigest()
            found = self._lookup(mailbox, fetched, digest)
        else:
            digest = prepared.digest
            found = prepared.found_now(fetched.key, lambda: self._lookup(mailbox, fetched, digest))
        if found is not None and found[1] != "received":
            with self.engine.begin() as conn:
                self._ensure_moved(conn, found[0], fetched.key)
            return Taken(found[0], False)
        pk = found[0] if found is not None else None
        try:
            decision = self._decision_for(mailbox, fetched, prepared)
        except Exception as exc:  # any failure: the exceptions queue, with the stage; carry on
            return self._failed_to_decide(pk, mailbox, fetched, digest, exc)
        try:
            pk, decision = self._commit(pk, mailbox, fetched, digest, decision)
        except IntegrityError:
            # the same message recorded meanwhile (it can only be another sighting of it)
            return Taken(self._lookup(mailbox, fetched, digest)[0], False)  # type: ignore[index]
        except Exception as exc:
            pk = self._fail(pk, mailbox, fetched, digest, "record_decision", exc)
            return Taken(pk, True, failed_stage="record_decision")
        _log_decided(mailbox, decision)
        return Taken(pk, True, decision)

    def take_many(
        self,
        mailbox: str,
        batch: Sequence[FetchedMessage],
        prepared: Sequence[Prepared],
        stop: Callable[[], bool] = lambda: False,
    ) -> list[Taken]:
        """`take` for a fetched batch, in order, with one commit per GROUP_COMMIT messages.

        A commit is a lock, a journal write and an fsync: one per message cost more than the
        writes themselves, and held the store's single writer lock away from the sends. It
        is still a commit before anything happens on the server: the batch's moves run after
        this returns. Groups rather than the whole batch, so the sends of one group start
        while the next is being decided. `stop` is asked between messages: on stop the
        messages already decided are still committed."""
        taken: list[Taken] = []
        for start in range(0, len(batch), GROUP_COMMIT):
            end = start + GROUP_COMMIT
            group = self._take_group(mailbox, batch[start:end], prepared[start:end], stop)
            taken.extend(group)
            if len(group) < len(batch[start:end]):
                break  # stopped
        return taken

    def _take_group(
        self,
        mailbox: str,
        batch: Sequence[FetchedMessage],
        prepared: Sequence[Prepared],
        stop: Callable[[], bool],
    ) -> list[Taken]:
        """One group: classified in turn, then routed and written in one transaction. Whatever
        is not plain here (a second sighting within the batch, a failed group commit) is taken
        on its own afterwards, exactly as `take` does, against what is then committed. A
        message that fails to be written rolls the group back, so then every message of the
        group is taken on its own: rare, and cheaper than a savepoint around every message
        (two statements each, while the store's write lock is held)."""
        taken: dict[int, Taken] = {}
        seen: list[tuple[int, int, str]] = []  # (index, row, key): recorded before
        read: list[tuple[int, int | None, FetchedMessage, str, Evidence | _Read]] = []
        alone: list[int] = []  # taken one by one after the group's commit
        count = 0
        for i, (fetched, ahead) in enumerate(zip(batch, prepared, strict=True)):
            if stop():
                break  # finish the message in hand, take no new one
            count = i + 1
            digest = ahead.digest
            if ahead.repeats(fetched.key):  # the same message again: seen again, after the commit
                alone.append(i)
                continue
            found = ahead.found
            if found is not None and found[1] != "received":
                seen.append((i, found[0], fetched.key))
                continue
            pk = found[0] if found is not None else None
            try:
                if ahead.classified is not None:
                    reading: Evidence | _Read = self._evidence_prepared(
                        mailbox, fetched, ahead.classified
                    )
                else:
                    reading = self._read(fetched)
            except Exception as exc:  # the exceptions queue, with the stage; carry on
                taken[i] = self._failed_to_decide(pk, mailbox, fetched, digest, exc)
                continue
            read.append((i, pk, fetched, digest, reading))
        # the group's texts scored in one call: the model's cost is mostly per call, and its
        # weights are then read into the CPU's caches once for the group, not once a message
        scored = self._scores_many([r.reading for *_, r in read if isinstance(r, _Read)])
        scores = iter(scored) if scored is not None else None
        classified: list[tuple[int, int | None, FetchedMessage, str, Evidence]] = []
        for i, pk, fetched, digest, reading in read:
            try:
                if isinstance(reading, _Read):
                    score = next(scores) if scores is not None else None
                    evidence = self._evidence_read(mailbox, reading, score)
                else:
                    evidence = reading
            except Exception as exc:  # as above
                taken[i] = self._failed_to_decide(pk, mailbox, fetched, digest, exc)
                continue
            classified.append((i, pk, fetched, digest, evidence))
        written: dict[int, Taken] = {}
        unroutable: list[tuple[int, int | None, FetchedMessage, str, Exception]] = []
        try:
            # Routed inside the transaction: a decision may depend on an earlier message of
            # the batch (an OFSTED check seen twice, a reference just taken), which only this
            # connection can see before the commit. Routing is quick; the classifying is done.
            with self.engine.begin() as conn, self._bound_world(conn):
                for i, pk, key in seen:
                    self._ensure_moved(conn, pk, key)
                    written[i] = Taken(pk, False)
                for i, pk, fetched, digest, evidence in classified:
                    try:
                        decision = self._decide_evidence(mailbox, fetched, evidence)
                    except Exception as exc:  # recorded after the commit, as in `take`
                        unroutable.append((i, pk, fetched, digest, exc))
                        continue
                    # no savepoint each: a write that fails takes the group back, and every
                    # message of it is then taken alone (below), which records why
                    row, final = self._write_decision(conn, pk, mailbox, fetched, digest, decision)
                    written[i] = Taken(row, True, final)
        except Exception as exc:
            log.warning("batch commit failed error=%s: taken one by one", type(exc).__name__)
            alone.extend(i for i, *_ in seen)
            alone.extend(i for i, *_ in classified)
            written = {}
        for t in written.values():
            if t.decision is not None:
                _log_decided(mailbox, t.decision)
        for i, pk, fetched, digest, error in unroutable:
            if i not in alone:  # (a failed group commit takes them alone instead)
                taken[i] = self._failed_to_decide(pk, mailbox, fetched, digest, error)
        taken.update(written)
        for i in sorted(set(alone)):
            taken[i] = self.take(mailbox, batch[i])
        return [taken[i] for i in range(count)]

    def _decision_for(
        self, mailbox: str, fetched: FetchedMessage, prepared: Prepared | None
    ) -> Decision:
        return self._decide_evidence(
            mailbox, fetched, self._evidence_for(mailbox, fetched, prepared)
        )

    def _evidence_for(
        self, mailbox: str, fetched: FetchedMessage, prepared: Prepared | None
    ) -> Evidence:
        if prepared is not None and prepared.classified is not None:
            return self._evidence_prepared(mailbox, fetched, prepared.classified)
        return self._evidence(mailbox, fetched)

    @contextmanager
    def _bound_world(self, conn: Connection) -> Iterator[None]:
        with self._tracker.bound(conn), self._ofsted_checks.bound(conn):
            yield

    def decide(self, mailbox: str, fetched: FetchedMessage) -> Decision:
        return self._decide_evidence(mailbox, fetched, self._evidence(mailbox, fetched))

    def _evidence(self, mailbox: str, fetched: FetchedMessage) -> Evidence:
        return self._evidence_read(mailbox, self._read(fetched))

    def _read(self, fetched: FetchedMessage) -> _Read:
        """A message parsed and read up to what the model reads (`_evidence_read` finishes
        it), so that a group's texts can be scored together."""
        parsed = parse_message(fetched.raw)
        return _Read(read(parsed), self._thread_references(parsed.headers))

    def _evidence_read(
        self, mailbox: str, r: _Read, scores: dict[str, float] | None = None
    ) -> Evidence:
        """The evidence of a read message, with its model scores (scored now if not given)."""
        if scores is None:
            scores = self.model.scores(r.reading.model_text)
        return evidence_of(
            r.reading, self.classifier_settings[mailbox], scores, r.thread_references
        )

    def _scores_many(self, readings: list[Reading]) -> list[dict[str, float]] | None:
        """The model's scores for `readings` in one call; None if that call fails, so that
        each is then scored on its own and only a message that breaks the model fails."""
        if not readings:
            return []
        try:
            return self.model.scores_many([r.model_text for r in readings])
        except Exception as exc:
            log.warning("scoring a group failed error=%s: scored one by one", type(exc).__name__)
            return None

    def _evidence_prepared(
        self, mailbox: str, fetched: FetchedMessage, prepared: Future[Classified]
    ) -> Evidence:
        """The evidence a worker made. The worker cannot see the store, so it classifies as
        if the message answered none of our own mail; when it does, the store says which
        references, and the message is classified again with them, as in-process."""
        try:
            classified = _answer(prepared)
            if classified.thread_references is None and classified.referenced_ids:
                refs = own_references(self.engine, list(classified.referenced_ids))
                if refs:
                    pool = self.pool
                    if pool is None:
                        raise PoolUnavailable("the classifier pool is closed")
                    classified = _answer(pool.submit(mailbox, fetched.raw, refs))
        except PoolUnavailable:
            return self._evidence(mailbox, fetched)  # the pool closed or gave up: here
        return classified.evidence

    def _decide_evidence(
        self, mailbox: str, fetched: FetchedMessage, evidence: Evidence
    ) -> Decision:
        if fetched.arrived is not None and (
            fetched.authoritative_arrival or evidence.received is None
        ):
            evidence = replace(evidence, received=fetched.arrived)
        return decide(evidence, self.world, mailbox)

    def _thread_references(self, headers: dict[str, list[str]]) -> list[str]:
        """References of our own messages that this one answers (In-Reply-To, References)."""
        return own_references(self.engine, referenced_ids(headers))

    def _commit(
        self, pk: int | None, mailbox: str, fetched: FetchedMessage, digest: str, decision: Decision
    ) -> tuple[int, Decision]:
        with self.engine.begin() as conn:
            return self._write_decision(conn, pk, mailbox, fetched, digest, decision)

    def _write_decision(
        self,
        conn: Connection,
        pk: int | None,
        mailbox: str,
        fetched: FetchedMessage,
        digest: str,
        decision: Decision,
    ) -> tuple[int, Decision]:
        """The message's row (if new), its decision, reference, people and effects."""
        prefix = self.settings.mailboxes[mailbox].reference_prefix
        received = decision.received or fetched.arrived or datetime.now(UTC)
        if decision.needs_reference:
            decision = take_reference(conn, prefix, mailbox, decision, received)
        folder = outcome_folder(decision)
        if pk is None:  # recorded as decided at once: one statement, not an insert and update
            pk = self._insert_message(conn, mailbox, fetched, digest, "decided", folder)
        else:
            conn.execute(_MARK_DECIDED, {"pk": pk, "folder": folder})
        now = datetime.now(UTC)
        conn.execute(_INSERT_DECISION, {"message_pk": pk, **decision_values(decision, now)})
        write_people(conn, pk, decision)
        planned = plan(
            decision,
            pk,
            self.world.directory,
            self.settings,
            lambda ref: reference_owner(conn, ref),
        )
        insert_effects(
            conn,
            pk,
            [
                replace(e, payload={**e.payload, "source_key": fetched.key})
                if e.kind == "move"
                else e
                for e in planned
            ],
            now,
        )
        return pk, decision

    def _failed_to_decide(
        self, pk: int | None, mailbox: str, fetched: FetchedMessage, digest: str, exc: Exception
    ) -> Taken:
        return Taken(
            self._fail(pk, mailbox, fetched, digest, "decide", exc), True, failed_stage="decide"
        )

    def _fail(
        self,
        pk: int | None,
        mailbox: str,
        fetched: FetchedMessage,
        digest: str,
        stage: str,
        exc: Exception,
    ) -> int:
        """Record the message as failed at `stage` and plan its move to the exceptions folder."""
        # the error's class and text, never message content (exceptions quote little, and we
        # cut them short all the same)
        error = f"{type(exc).__name__}: {str(exc)[:200]}"
        log.error("failed stage=%s mailbox=%s error=%s", stage, mailbox, type(exc).__name__)
        with self.engine.begin() as conn:
            if pk is None:
                pk = self._insert_message(conn, mailbox, fetched, digest, "failed")
            conn.execute(
                update(messages).where(messages.c.id == pk)
                .values(state="failed", stage=stage, error=error, outcome_folder="exceptions")
            )  # fmt: skip
            move = {"folder": "exceptions", "source_key": fetched.key}
            insert_effects(conn, pk, [PlannedEffect("move", f"{pk}:move", move)], datetime.now(UTC))
        return pk


def _log_decided(mailbox: str, decision: Decision) -> None:
    log.info(
        "decided mailbox=%s msg=%s category=%s route=%s exception=%s reference=%s",
        mailbox, hash_id(decision.message_id), decision.category, decision.route,
        decision.exception, decision.reference,
    )  # fmt: skip


def _answer(future: Future[Classified]) -> Classified:
    try:
        return future.result(timeout=RESULT_SECONDS)
    except FutureTimeout as exc:  # the pool kills a hung worker sooner: something else is wrong
        raise WorkerDied(
            f"no answer from the classifier workers in {RESULT_SECONDS:.0f} s"
        ) from exc


def decision_values(decision: Decision, now: datetime) -> dict[str, Any]:
    """A decision's row: the contract's JSON and the columns queues sort and filter by."""
    return {
        "category": decision.category,
        "route": decision.route,
        "exception": decision.exception,
        "reference": decision.reference,
        "related_reference": decision.related_reference,
        "due_acknowledge": decision.due_acknowledge,
        "due_response": decision.due_response,
        "decision_json": json.dumps(decision.to_json()),
        "decided_at": now,
    }


def reference_owner(conn: Connection, reference: str) -> list[str]:
    """Whoever holds a reference: those its own notification went to."""
    d, e = decisions.c, effects.c
    row = conn.execute(
        select(e.payload)
        .join(decisions, d.message_pk == e.message_pk)
        .where(d.reference == reference, e.kind == "notify")
    ).first()
    return list(json.loads(row[0]).get("to", [])) if row else []


def own_references(engine: Engine, ids: list[str]) -> list[str]:
    """The references of those of `ids` (Message-IDs) that are our own outbound messages."""
    if not ids:
        return []
    s = sent_messages.c
    with engine.connect() as conn:
        refs = conn.execute(
            select(s.reference).where(s.message_id.in_(ids), s.reference.is_not(None))
        ).scalars()
        return list(dict.fromkeys(r for r in refs if r))


def write_people(conn: Connection, pk: int, decision: Decision) -> None:
    """The records a decision concerns, for who may see the item in the console (a new
    decision's: a release that replaces one deletes the old rows first)."""
    people = {s.person_id: "subject" for s in decision.subjects}
    people.update({p: "candidate" for p in decision.candidates if p not in people})
    if people:
        conn.execute(
            _INSERT_PEOPLE,
            [{"message_pk": pk, "person_id": p, "kind": k} for p, k in people.items()],
        )


def _header(raw: bytes, name: bytes) -> str | None:
    """One header from the raw head, cheaply (the parse happens later, in deciding)."""
    head = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    m = re.search(rb"^" + name + rb":[ \t]*(.*(?:\r?\n[ \t].*)*)", head, re.I | re.M)
    return (
        m.group(1).decode("utf-8", "replace").replace("\r\n", " ").replace("\n", " ") if m else None
    )
