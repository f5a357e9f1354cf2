"""The world as the store holds it, read live: references and OFSTED checks taken by any
daemon instance are seen by every other one at its next decision.

While intake writes a batch of decisions in one transaction, a thread binds its reads to that
transaction (`bound`), so a decision sees the references and checks of the batch's earlier
messages, which no other connection can see before the commit."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import overload

from sqlalchemy import Connection, Engine, func, select

from mailbot.store.models import ofsted_checks, tracker_entries
from routing.world import OfstedCheckSeen, TrackerEntry


class _LiveReads:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._bound = threading.local()  # one intake serves every mailbox thread

    @contextmanager
    def bound(self, connection: Connection) -> Iterator[None]:
        """This thread's reads go through `connection` (and see what it has written)."""
        self._bound.connection = connection
        try:
            yield
        finally:
            self._bound.connection = None

    @contextmanager
    def _connect(self) -> Iterator[Connection]:
        connection = getattr(self._bound, "connection", None)
        if connection is not None:
            yield connection
        else:
            with self.engine.connect() as fresh:
                yield fresh


class LiveTracker(_LiveReads, Mapping[str, TrackerEntry]):
    def __getitem__(self, reference: str) -> TrackerEntry:
        c = tracker_entries.c
        with self._connect() as connection:
            row = (
                connection.execute(select(tracker_entries).where(c.reference == reference))
                .mappings()
                .first()
            )
        if row is None:
            raise KeyError(reference)
        return TrackerEntry(
            row["reference"], row["received_on"], row["category"] or "", row["route"] or "",
            row["status"] or "",
        )  # fmt: skip

    def __contains__(self, reference: object) -> bool:
        if not isinstance(reference, str):
            return False
        try:
            self[reference]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        with self._connect() as connection:
            refs = connection.execute(select(tracker_entries.c.reference)).scalars().all()
        return iter(refs)

    def __len__(self) -> int:
        with self._connect() as connection:
            return int(
                connection.execute(select(func.count()).select_from(tracker_entries)).scalar_one()
            )


class LiveOfstedChecks(_LiveReads, Sequence[OfstedCheckSeen]):
    """Read afresh each time routing looks (a small table; checks are rare)."""

    def _load(self) -> list[OfstedCheckSeen]:
        c = ofsted_checks.c
        with self._connect() as connection:
            rows = connection.execute(
                select(c.applicant_key, c.applicant_dob, c.reference, c.received_at)
                .where(c.reference.is_not(None))
                .order_by(c.received_at)
            ).all()
        return [OfstedCheckSeen(r[0], r[1], r[2], r[3]) for r in rows]

    @overload
    def __getitem__(self, index: int) -> OfstedCheckSeen: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[OfstedCheckSeen]: ...
    def __getitem__(self, index: int | slice) -> OfstedCheckSeen | Sequence[OfstedCheckSeen]:
        return self._load()[index]

    def __iter__(self) -> Iterator[OfstedCheckSeen]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())
