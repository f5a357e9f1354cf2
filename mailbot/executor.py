"""The outbox executor: carries out each effect once, by its key.

Effects are claimed with row locks (`FOR UPDATE SKIP LOCKED` on PostgreSQL), so two daemon
instances never carry out the same one. A transient failure is retried: a few times at once
(tenacity), then later with a growing delay kept in the database so it survives restarts. A
permanent failure marks the effect failed: it shows in the exceptions queue for a person.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from functools import partial
from typing import Any, Protocol

from sqlalchemy import (
    Connection,
    Engine,
    LargeBinary,
    Select,
    Text,
    bindparam,
    func,
    insert,
    literal,
    select,
    update,
)
from tenacity import retry, retry_if_exception, stop_after_attempt, wait_exponential

from mailbot.planner import PlannedEffect, insert_effects
from mailbot.store.models import decisions, effects, messages, sent_messages

log = logging.getLogger("mailbot.executor")

SEND_KINDS = (
    "holding_reply",
    "escalation",
    "overdue_digest",
    "locked_review",
    "locked_report",
    "acknowledge",
    "level1_response",
    "request_consent",
    "request_form",
    "request_personal_address",
    "notify",
)
AUTOMATIC_REPLIES = (
    "acknowledge",
    "level1_response",
    "request_consent",
    "request_form",
    "request_personal_address",
)
# the sender's mail kept in the Sent folder: the automatic replies and the scheduled holding
# reply (which is not an answer to incoming mail, so no loop limit applies to it)
TO_SENDER = (*AUTOMATIC_REPLIES, "holding_reply")
MAX_ATTEMPTS = 12
CLAIM_SECONDS = 60  # a claim outlives any one send; a dead holder's claims are freed on takeover


OVER_LIMIT = "over the daily limit of automatic replies to this sender"

# The statements of every send, built once: building one costs more than running it, and a
# statement built once keeps its cache key, so the compiled form is found at once.
_e, _s = effects.c, sent_messages.c
_RECORD_SENDING = (
    update(effects)
    .where(_e.id == bindparam("b_id"))
    .values(outbound_message_id=bindparam("b_message_id"))
)
_FINISH = (
    update(effects)
    .where(_e.id == bindparam("b_id"))
    .values(
        state=bindparam("b_state"),
        done_at=bindparam("b_done_at"),
        claimed_by=None,
        claimed_until=None,
        last_error=bindparam("b_note"),
    )
)
_FINISH_SENT = _FINISH.values(outbound_message_id=bindparam("b_message_id"))
_m, _d = messages.c, decisions.c


def _claimed_rows(with_original: bool) -> Select[Any]:
    """The rows of claimed effects, by id; without the original, NULLs stand for its bytes
    and its decision, and the decision is not joined at all."""
    raw = _m.raw if with_original else literal(None, LargeBinary)
    decision = _d.decision_json if with_original else literal(None, Text)
    query = select(
        _e.id, _e.kind, _e.key, _e.payload, _e.attempts, _e.message_pk, _m.mailbox, raw,
        _e.outbound_message_id, decision,
    ).outerjoin(messages, _m.id == _e.message_pk)  # fmt: skip
    if with_original:
        query = query.outerjoin(decisions, _d.message_pk == _e.message_pk)
    return query.where(_e.id.in_(bindparam("b_ids", expanding=True))).order_by(
        _e.next_attempt_at, _e.id
    )  # in the order claimed (_DUE)


_CLAIMED_WITH_ORIGINAL, _CLAIMED = _claimed_rows(True), _claimed_rows(False)

# Due effects, the earliest due first: the order of ix_effects_state_next_attempt_at, so the
# database reads them from that index and stops at the limit. Ordered by id instead, it read
# and sorted every due effect for each claim, which on a backlog of thousands of pending
# effects was most of the time of claiming.
_DUE = (
    select(_e.id)
    .where(
        _e.state == "pending",
        _e.next_attempt_at <= bindparam("b_now"),
        _e.kind.in_(bindparam("b_kinds", expanding=True)),
        (_e.claimed_until.is_(None))
        | (_e.claimed_until < bindparam("b_now"))
        | (_e.claimed_by == bindparam("b_holder")),
    )
    .order_by(_e.next_attempt_at, _e.id)
    .limit(bindparam("b_limit"))
)
_DUE_IN_MAILBOXES = _DUE.join(messages, _m.id == _e.message_pk).where(
    _m.mailbox.in_(bindparam("b_mailboxes", expanding=True))
)
_RECORD_SENT_TO = insert(sent_messages)
_AUTOMATIC_REPLIES_SINCE = select(func.count()).where(
    _s.recipient == bindparam("b_recipient"),
    _s.automatic_reply.is_(True),
    _s.sent_at >= bindparam("b_since"),
)


class Composer(Protocol):
    def __call__(self, effect: EffectJob) -> EmailMessage: ...


@dataclass(frozen=True)
class EffectJob:
    """Everything needed to carry out one effect, read in one go."""

    id: int
    kind: str
    key: str
    payload: dict[str, Any]
    attempts: int
    message_pk: int  # 0 for a scheduled notice that concerns no one message
    mailbox: str
    raw: bytes
    decision: dict[str, Any] | None
    outbound_message_id: str | None


@dataclass(frozen=True)
class _Outgoing:
    """A composed message, ready to be recorded and sent."""

    job: EffectJob
    message: EmailMessage
    message_id: str
    recipients: list[str]


class _Ahead:
    """The next message, composed once: while a send waits for the server's answer, or after
    it. Composing has no effect outside this process (a message that cannot be composed is
    marked failed in the store, as before); what it raises is raised when asked for, after
    the send has ended either way."""

    def __init__(self, compose: Callable[[], _Outgoing | str | None]) -> None:
        self._compose = compose
        self._done = False
        self._value: _Outgoing | str | None = None
        self._error: BaseException | None = None

    def __call__(self) -> None:
        if self._done:
            return
        self._done = True
        try:
            self._value = self._compose()
        except BaseException as exc:  # not into the middle of an SMTP exchange
            self._error = exc

    def result(self) -> _Outgoing | str | None:
        self()
        if self._error is not None:
            raise self._error
        return self._value


def _transient(exc: BaseException) -> bool:
    return bool(getattr(exc, "transient", False))


_quick_retry = retry(
    retry=retry_if_exception(_transient),
    stop=stop_after_attempt(3),
    wait=wait_exponential(multiplier=0.5, max=4),
    reraise=True,
)


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min ... up to an hour between later attempts."""
    return timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


class Executor:
    def __init__(
        self,
        engine: Engine,
        holder: str,
        compose: Composer,
        send: Callable[[EmailMessage, list[str]], None],
        save_case_note: Callable[[EffectJob], None],
        move: Callable[[EffectJob], None],
        auto_reply_limit: int = 5,
        folder_of: Callable[[EffectJob], str] = lambda job: str(job.payload["folder"]),
        sent_folder_of: Callable[[EffectJob], str | None] = lambda job: None,
        append: Callable[[EffectJob], None] | None = None,
        save_case_notes: Callable[[list[EffectJob]], None] | None = None,
        send_overlapping: Callable[[EmailMessage, list[str], Callable[[], None]], None]
        | None = None,
    ) -> None:
        self.engine = engine
        self.holder = holder
        self.compose = compose
        self.send = send
        self.save_case_note = save_case_note
        self.move = move
        self.auto_reply_limit = auto_reply_limit
        self.folder_of = folder_of  # the mailbox folder a move effect's outcome names
        self.sent_folder_of = sent_folder_of  # where a copy of a reply is kept, if anywhere
        self.append = append
        # given when a case note written again lands on the same files (the folder sink): a
        # batch's notes are then written together and marked done in one transaction
        self.save_case_notes = save_case_notes
        # `send` that calls its third argument between sending and reading the answer
        self.send_overlapping = send_overlapping

    # --- claiming --------------------------------------------------------------------------

    def claim(
        self,
        kinds: Iterable[str],
        mailboxes: Iterable[str] | None = None,
        limit: int = 20,
        with_original: bool = True,
    ) -> list[EffectJob]:
        """Due effects of these kinds, claimed for this holder. Without `with_original` the
        jobs carry neither the original message nor its decision (`raw` is empty and
        `decision` None): a move or a Sent copy needs only its payload, and reading a
        batch's messages and decisions for nothing cost the mailbox thread a tenth of its
        time on a backlog."""
        now = datetime.now(UTC)
        query = _DUE if mailboxes is None else _DUE_IN_MAILBOXES
        if self.engine.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True, of=effects)
        values: dict[str, Any] = {
            "b_now": now, "b_kinds": list(kinds), "b_holder": self.holder, "b_limit": limit,
        }  # fmt: skip
        if mailboxes is not None:
            values["b_mailboxes"] = list(mailboxes)
        with self.engine.begin() as conn:
            ids = list(conn.execute(query, values).scalars())
            if not ids:
                return []
            conn.execute(
                update(effects)
                .where(effects.c.id.in_(ids))
                .values(
                    claimed_by=self.holder, claimed_until=now + timedelta(seconds=CLAIM_SECONDS)
                )
            )
            rows = conn.execute(
                _CLAIMED_WITH_ORIGINAL if with_original else _CLAIMED, {"b_ids": ids}
            ).all()
        return [
            EffectJob(
                r[0],
                r[1],
                r[2],
                payload := json.loads(r[3]),
                r[4],
                r[5] or 0,
                r[6] or payload.get("mailbox", ""),  # a scheduled notice names its mailbox
                r[7] or b"",
                json.loads(r[9]) if r[9] else None,
                r[8],
            )
            for r in rows
        ]

    def release(self, jobs: Iterable[EffectJob]) -> None:
        """Give back claims not started (on stopping), so the next run need not wait for them
        to expire."""
        ids = [j.id for j in jobs]
        if not ids:
            return
        e = effects.c
        with self.engine.begin() as conn:
            conn.execute(
                update(effects)
                .where(e.id.in_(ids), e.claimed_by == self.holder, e.state == "pending")
                .values(claimed_by=None, claimed_until=None)
            )

    # --- carrying out ----------------------------------------------------------------------

    def run(
        self, jobs: Iterable[EffectJob], stop: Callable[[], bool] | None = None
    ) -> dict[str, int]:
        """Carry out claimed effects. With `stop`, looked at between two effects, the rest
        are given back unstarted once it says so. The batch's sends go first, one after the
        other (see `_send_many`), then the rest in order: no effect waits on another."""
        counts = {"done": 0, "retry": 0, "failed": 0, "skipped": 0}
        jobs = list(jobs)
        sends = [j for j in jobs if j.kind in SEND_KINDS]
        others = [j for j in jobs if j.kind not in SEND_KINDS]
        left = self._send_many(sends, counts, stop)
        if left:
            self.release([*left, *others])
            return counts
        notes: list[EffectJob] = []  # written together, after the others
        for i, job in enumerate(others):
            if stop is not None and stop():
                self.release(others[i:])
                break
            if job.kind == "save_case_note" and self.save_case_notes is not None:
                notes.append(job)
            else:
                counts[self.run_one(job)] += 1
        written = self._write_notes(notes, counts)
        if written:  # one commit for the batch's notes: each is as done as its files
            with self.engine.begin() as conn:
                self._finish_all(conn, written)
            counts["done"] += len(written)
        return counts

    def _write_notes(self, jobs: list[EffectJob], counts: dict[str, int]) -> list[EffectJob]:
        """The notes written together; if that fails, each on its own (a note written twice
        is the same files), so that only a note that cannot be written fails. The written."""
        if not jobs or self.save_case_notes is None:
            return []
        try:
            _quick_retry(self.save_case_notes)(jobs)
            return jobs
        except Exception as exc:
            log.warning("case notes failed together error=%s: one by one", type(exc).__name__)
        written: list[EffectJob] = []
        for job in jobs:
            try:
                _quick_retry(self.save_case_note)(job)
            except Exception as exc:
                counts[self._failed(job, exc)] += 1
                continue
            written.append(job)
        return written

    def run_one(self, job: EffectJob) -> str:
        try:
            if job.kind in SEND_KINDS:
                return self._send(job)
            if job.kind == "save_case_note":
                _quick_retry(self.save_case_note)(job)
            elif job.kind == "sent_copy" and self.append is not None:
                _quick_retry(self.append)(job)
            elif job.kind == "move":
                _quick_retry(self.move)(job)
                with self.engine.begin() as conn:
                    conn.execute(
                        update(messages).where(messages.c.id == job.message_pk).values(moved=True)
                    )
            else:
                raise ValueError(f"no executor for effect kind {job.kind!r}")
        except Exception as exc:
            return self._failed(job, exc)
        self._finish(job, "done")
        return "done"

    # --- sending ---------------------------------------------------------------------------

    def _send(self, job: EffectJob) -> str:
        counts = {"done": 0, "retry": 0, "failed": 0, "skipped": 0}
        self._send_many([job], counts)
        return next(k for k, v in counts.items() if v)

    def _send_many(
        self,
        jobs: list[EffectJob],
        counts: dict[str, int],
        stop: Callable[[], bool] | None = None,
    ) -> list[EffectJob]:
        """Send one after the other. A send is recorded (its Message-ID) before it goes and
        marked done after, as ever; the done of one is committed in the same transaction that
        records the next (one commit a send, not two). So at most one send is ever recorded
        and not done, and the next message is composed before this one's commit (while the
        server takes this one, where the sender can say when that is), so nothing stands
        between a send and its commit but the commit. Returns the jobs not started when
        `stop` said so."""
        went: _Outgoing | None = None  # sent; its done not committed yet

        def compose_after(i: int) -> _Outgoing | str | None:
            return self._compose(jobs[i + 1]) if i + 1 < len(jobs) else None

        upcoming = compose_after(-1)
        try:
            for i, job in enumerate(jobs):
                if stop is not None and stop():
                    return jobs[i:]
                out, upcoming = upcoming, None
                if not isinstance(out, _Outgoing):
                    counts[out or "failed"] += 1  # not composed: already failed or skipped
                    upcoming = compose_after(i)
                    continue
                try:
                    with self.engine.begin() as conn:
                        if went is not None:
                            self._record_done(conn, went)
                        recorded = self._record_sending(conn, out)
                except Exception as exc:  # the store failed: each on its own, as before
                    if went is not None:
                        self._finish_sent(went)
                        counts["done"] += 1
                        went = None
                    counts[self._failed(job, exc)] += 1
                    upcoming = compose_after(i)
                    continue
                if went is not None:
                    self._log_sent(went)
                    counts["done"] += 1
                    went = None
                if not recorded:
                    counts["skipped"] += 1
                    upcoming = compose_after(i)
                    continue
                ahead = _Ahead(partial(compose_after, i))
                try:
                    if self.send_overlapping is not None:
                        # the next is composed while the server takes this one
                        _quick_retry(self.send_overlapping)(out.message, out.recipients, ahead)
                    else:
                        _quick_retry(self.send)(out.message, out.recipients)
                except Exception as exc:
                    counts[self._failed(job, exc)] += 1
                else:
                    went = out  # before the next is asked for: if that raises, this is done
                upcoming = ahead.result()
        finally:
            if went is not None:
                self._finish_sent(went)
                counts["done"] += 1
        return []

    def _compose(self, job: EffectJob) -> _Outgoing | str:
        """The message to send, or how the effect ended without one ("failed", "skipped")."""
        recipients = [*job.payload.get("to", []), *job.payload.get("cc", [])]
        if not recipients:
            return self._failed(job, ValueError("no recipients: configure the route's recipients"))
        try:
            message = self.compose(job)
        except Exception as exc:
            if job.kind in AUTOMATIC_REPLIES and self._over_limit(job.payload["to"][0]):
                return self._skip_over_limit(job)
            return self._failed(job, exc)
        return _Outgoing(job, message, str(message["Message-ID"]), recipients)

    def _record_sending(self, conn: Connection, out: _Outgoing) -> bool:
        """In `conn`: the daily limit read and the send recorded, in one transaction (no other
        send to the sender can slip in between); False when it is skipped instead."""
        job = out.job
        if job.kind in AUTOMATIC_REPLIES and self._over_limit(job.payload["to"][0], conn):
            self._skip_over_limit(job, conn)
            return False
        # recorded before sending: a crash between send and commit leaves the evidence
        conn.execute(_RECORD_SENDING, {"b_id": job.id, "b_message_id": out.message_id})
        return True

    def _finish_sent(self, out: _Outgoing) -> None:
        with self.engine.begin() as conn:
            self._record_done(conn, out)
        self._log_sent(out)

    def _record_done(self, conn: Connection, out: _Outgoing) -> None:
        """In `conn`: a send done, with the copy for the Sent folder and who it went to."""
        job, message_id = out.job, out.message_id
        self._finish(job, "done", conn=conn, outbound_message_id=message_id)
        sent_folder = self.sent_folder_of(job) if job.kind in TO_SENDER else None
        if sent_folder:
            # the copy is appended by the mailbox's own thread, which owns its connection
            raw = base64.b64encode(out.message.as_bytes()).decode()
            copy = PlannedEffect(
                "sent_copy", f"{job.key}:sent_copy", {"folder": sent_folder, "raw": raw}
            )
            insert_effects(conn, job.message_pk, [copy], datetime.now(UTC))
        for recipient in job.payload.get("to", []):
            conn.execute(
                _RECORD_SENT_TO,
                {
                    "message_id": message_id
                    if recipient == job.payload["to"][0]
                    else f"{message_id}#{recipient}",
                    "reference": job.payload.get("reference"),
                    "recipient": recipient.lower(),
                    "automatic_reply": job.kind in AUTOMATIC_REPLIES,
                    "sent_at": datetime.now(UTC),
                },
            )

    @staticmethod
    def _log_sent(out: _Outgoing) -> None:
        log.info(
            "sent effect=%s reference=%s recipients=%d",
            out.job.kind,
            out.job.payload.get("reference"),
            len(out.recipients),
        )

    def run_moves(
        self, jobs: list[EffectJob], move_many: Callable[[list[str], str], list[str]] | None
    ) -> dict[str, int]:
        """Moves, batched by folder when the source can move many at once (IMAP UID MOVE)."""
        if move_many is None:
            return self.run(jobs)
        counts = {"done": 0, "retry": 0, "failed": 0, "skipped": 0}
        by_folder: dict[str, list[EffectJob]] = {}
        for job in jobs:
            by_folder.setdefault(self.folder_of(job), []).append(job)
        for folder, batch in by_folder.items():
            try:
                stale = set(
                    _quick_retry(move_many)([j.payload["source_key"] for j in batch], folder)
                )
            except Exception as exc:
                for job in batch:
                    counts[self._failed(job, exc)] += 1
                continue
            moved = [j for j in batch if j.payload["source_key"] not in stale]
            with self.engine.begin() as conn:
                self._finish_all(conn, moved)
                conn.execute(
                    update(messages)
                    .where(messages.c.id.in_([j.message_pk for j in moved]))
                    .values(moved=True)
                )
            counts["done"] += len(moved)
            for job in batch:
                if job.payload["source_key"] in stale:
                    counts[
                        self._failed(
                            job, ValueError("stale key: the message will be fetched again")
                        )
                    ] += 1
        return counts

    def _skip_over_limit(self, job: EffectJob, conn: Connection | None = None) -> str:
        """An automatic reply the sender's daily limit holds back: noted, not sent."""
        log.warning("auto-reply limit reached effect=%s key=%s", job.kind, job.key)
        self._finish(job, "skipped", OVER_LIMIT, conn=conn)
        return "skipped"

    def _over_limit(self, recipient: str, conn: Connection | None = None) -> bool:
        values = {
            "b_recipient": recipient.lower(),
            "b_since": datetime.now(UTC) - timedelta(days=1),
        }
        if conn is not None:
            count = conn.execute(_AUTOMATIC_REPLIES_SINCE, values).scalar_one()
        else:
            with self.engine.connect() as c:
                count = c.execute(_AUTOMATIC_REPLIES_SINCE, values).scalar_one()
        return int(count) >= self.auto_reply_limit

    def _finish(
        self,
        job: EffectJob,
        state: str,
        note: str | None = None,
        conn: Connection | None = None,
        outbound_message_id: str | None = None,
    ) -> None:
        values = {"b_id": job.id, "b_state": state, "b_done_at": datetime.now(UTC), "b_note": note}
        statement = _FINISH
        if outbound_message_id is not None:
            statement, values["b_message_id"] = _FINISH_SENT, outbound_message_id
        if conn is not None:
            conn.execute(statement, values)
            return
        with self.engine.begin() as c:
            c.execute(statement, values)

    @staticmethod
    def _finish_all(conn: Connection, jobs: list[EffectJob]) -> None:
        """In `conn`: effects all done together, in one statement."""
        if jobs:
            done_at = datetime.now(UTC)
            conn.execute(
                _FINISH,
                [
                    {"b_id": j.id, "b_state": "done", "b_done_at": done_at, "b_note": None}
                    for j in jobs
                ],
            )

    def _failed(self, job: EffectJob, exc: BaseException) -> str:
        attempts = job.attempts + 1
        error = f"{type(exc).__name__}: {str(exc)[:300]}"
        permanent = not _transient(exc) or attempts >= MAX_ATTEMPTS
        values: dict[str, Any] = {
            "attempts": attempts,
            "last_error": error,
            "claimed_by": None,
            "claimed_until": None,
        }
        if permanent:
            values["state"] = "failed"
        else:
            values["next_attempt_at"] = datetime.now(UTC) + backoff(attempts)
        with self.engine.begin() as conn:
            conn.execute(update(effects).where(effects.c.id == job.id).values(**values))
        log.warning(
            "effect %s kind=%s attempt=%d error=%s",
            "failed" if permanent else "will retry",
            job.kind,
            attempts,
            type(exc).__name__,
        )
        return "failed" if permanent else "retry"


def pending_count(
    engine: Engine,
    kinds: Iterable[str] | None = None,
    due_only: bool = True,
    mailbox: str | None = None,
) -> int:
    e = effects.c
    query = select(func.count()).where(e.state == "pending")
    if mailbox is not None:
        query = query.where(
            e.message_pk.in_(select(messages.c.id).where(messages.c.mailbox == mailbox))
        )
    if due_only:
        query = query.where(e.next_attempt_at <= datetime.now(UTC))
    if kinds is not None:
        query = query.where(e.kind.in_(list(kinds)))
    with engine.connect() as conn:
        return int(conn.execute(query).scalar_one())
