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
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, func, insert, select, update
from tenacity import retry, retry_if_exception, stop_after_attempt, wait_exponential

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

    # --- claiming --------------------------------------------------------------------------

    def claim(
        self, kinds: Iterable[str], mailboxes: Iterable[str] | None = None, limit: int = 20
    ) -> list[EffectJob]:
        """Due effects of these kinds, claimed for this holder."""
        now = datetime.now(UTC)
        e, m = effects.c, messages.c
        query = (
            select(e.id)
            .outerjoin(messages, m.id == e.message_pk)
            .where(
                e.state == "pending",
                e.next_attempt_at <= now,
                e.kind.in_(list(kinds)),
                (e.claimed_until.is_(None))
                | (e.claimed_until < now)
                | (e.claimed_by == self.holder),
            )
            .order_by(e.id)
            .limit(limit)
        )
        if mailboxes is not None:
            query = query.where(m.mailbox.in_(list(mailboxes)))
        if self.engine.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True, of=effects)
        with self.engine.begin() as conn:
            ids = list(conn.execute(query).scalars())
            if not ids:
                return []
            conn.execute(
                update(effects)
                .where(e.id.in_(ids))
                .values(
                    claimed_by=self.holder, claimed_until=now + timedelta(seconds=CLAIM_SECONDS)
                )
            )
            rows = conn.execute(
                select(
                    e.id,
                    e.kind,
                    e.key,
                    e.payload,
                    e.attempts,
                    e.message_pk,
                    m.mailbox,
                    m.raw,
                    e.outbound_message_id,
                    decisions.c.decision_json,
                )
                .outerjoin(messages, m.id == e.message_pk)
                .outerjoin(decisions, decisions.c.message_pk == e.message_pk)
                .where(e.id.in_(ids))
                .order_by(e.id)
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

    # --- carrying out ----------------------------------------------------------------------

    def run(self, jobs: Iterable[EffectJob]) -> dict[str, int]:
        counts = {"done": 0, "retry": 0, "failed": 0, "skipped": 0}
        for job in jobs:
            counts[self.run_one(job)] += 1
        return counts

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

    def _send(self, job: EffectJob) -> str:
        recipients = [*job.payload.get("to", []), *job.payload.get("cc", [])]
        if not recipients:
            return self._failed(job, ValueError("no recipients: configure the route's recipients"))
        if job.kind in AUTOMATIC_REPLIES and self._over_limit(job.payload["to"][0]):
            log.warning("auto-reply limit reached effect=%s key=%s", job.kind, job.key)
            self._finish(job, "skipped", "over the daily limit of automatic replies to this sender")
            return "skipped"
        message = self.compose(job)
        message_id = str(message["Message-ID"])
        with self.engine.begin() as conn:
            # recorded before sending: a crash between send and commit leaves the evidence
            conn.execute(
                update(effects).where(effects.c.id == job.id).values(outbound_message_id=message_id)
            )
        try:
            _quick_retry(self.send)(message, recipients)
        except Exception as exc:
            return self._failed(job, exc)
        with self.engine.begin() as conn:
            self._finish(job, "done", conn=conn, outbound_message_id=message_id)
            sent_folder = self.sent_folder_of(job) if job.kind in TO_SENDER else None
            if sent_folder:
                # the copy is appended by the mailbox's own thread, which owns its connection
                conn.execute(
                    insert(effects).values(
                        message_pk=job.message_pk,
                        kind="sent_copy",
                        key=f"{job.key}:sent_copy",
                        payload=json.dumps(
                            {
                                "folder": sent_folder,
                                "raw": base64.b64encode(message.as_bytes()).decode(),
                            }
                        ),
                        state="pending",
                        attempts=0,
                        next_attempt_at=datetime.now(UTC),
                    )
                )
            for recipient in job.payload.get("to", []):
                conn.execute(
                    insert(sent_messages).values(
                        message_id=message_id
                        if recipient == job.payload["to"][0]
                        else f"{message_id}#{recipient}",
                        reference=job.payload.get("reference"),
                        recipient=recipient.lower(),
                        automatic_reply=job.kind in AUTOMATIC_REPLIES,
                        sent_at=datetime.now(UTC),
                    )
                )
        log.info(
            "sent effect=%s reference=%s recipients=%d",
            job.kind,
            job.payload.get("reference"),
            len(recipients),
        )
        return "done"

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
                for job in moved:
                    self._finish(job, "done", conn=conn)
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

    def _over_limit(self, recipient: str) -> bool:
        s = sent_messages.c
        since = datetime.now(UTC) - timedelta(days=1)
        with self.engine.connect() as conn:
            count = conn.execute(
                select(func.count()).where(
                    s.recipient == recipient.lower(),
                    s.automatic_reply.is_(True),
                    s.sent_at >= since,
                )
            ).scalar_one()
        return int(count) >= self.auto_reply_limit

    def _finish(
        self,
        job: EffectJob,
        state: str,
        note: str | None = None,
        conn: Connection | None = None,
        outbound_message_id: str | None = None,
    ) -> None:
        values: dict[str, Any] = {
            "state": state,
            "done_at": datetime.now(UTC),
            "claimed_by": None,
            "claimed_until": None,
            "last_error": note,
        }
        if outbound_message_id is not None:
            values["outbound_message_id"] = outbound_message_id
        if conn is not None:
            conn.execute(update(effects).where(effects.c.id == job.id).values(**values))
            return
        with self.engine.begin() as c:
            c.execute(update(effects).where(effects.c.id == job.id).values(**values))

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
