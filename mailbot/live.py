"""The world as the store holds it, read live: references and OFSTED checks taken by any
daemon instance are seen by every other one at its next decision."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import overload

from sqlalchemy import Engine, func, select

from mailbot.store.models import ofsted_checks, tracker_entries
from routing.world import OfstedCheckSeen, TrackerEntry


class LiveTracker(Mapping[str, TrackerEntry]):
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __getitem__(self, reference: str) -> TrackerEntry:
        c = tracker_entries.c
        with self.engine.connect() as connection:
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
        with self.engine.connect() as connection:
            refs = connection.execute(select(tracker_entries.c.reference)).scalars().all()
        return iter(refs)

    def __len__(self) -> int:
        with self.engine.connect() as connection:
            return int(
                connection.execute(select(func.count()).select_from(tracker_entries)).scalar_one()
            )


class LiveOfstedChecks(Sequence[OfstedCheckSeen]):
    """Read afresh each time routing looks (a small table; checks are rare)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _load(self) -> list[OfstedCheckSeen]:
        c = ofsted_checks.c
        with self.engine.connect() as connection:
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
