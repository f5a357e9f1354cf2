"""The scheduler: the clocks the procedures set, kept from the database.

Every run is an insert into the outbox under a key that names what it is for (the escalation
of one reference, the overdue digest of one day, one lock owner's review of one month), in
the same transaction as the tracker update it implies. The unique key is the whole of the
coordination: two instances that look at the same moment insert one row between them, and a
restart resumes with whatever is left. Time comes from a clock passed in, so tests can move it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from mailbot.config import Settings
from mailbot.retention import purge_expired
from mailbot.store import queries
from mailbot.store.models import decisions, effects, schedule_runs, tracker_entries
from routing.calendar import LONDON, WorkingCalendar, local_date
from routing.world import CaseRecord

log = logging.getLogger("mailbot.scheduler")
CASEWORK = ("casework_submission", "internal_review_request")


def working_days_between(calendar: WorkingCalendar, start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (negative when end is earlier)."""
    if end < start:
        return -working_days_between(calendar, end, start)
    days, day = 0, start
    while day < end:
        day += timedelta(days=1)
        days += calendar.is_working_day(day)
    return days


class Scheduler:
    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        holder: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.holder = holder
        self.clock = clock
        self.calendar = settings.working_calendar()
        self.levels = settings.service_levels
        self._records: list[CaseRecord] | None = None

    def tick(self) -> dict[str, int]:
        """Everything due now, once. Returns how many notices each job planned."""
        now = self.clock()
        self._records = None  # the case directory is read again, once, each tick
        return {
            "escalations": self.escalations(now),
            "holding_replies": self.holding_replies(now),
            "overdue_digest": self.overdue_digest(now),
            "locked_reviews": self.locked_reviews(now),
            "locked_reports": self.locked_reports(now),
            "purged": self.retention(now),
        }

    def retention(self, now: datetime) -> int:
        """Once a day: the content of messages past their category's retention period goes
        (the tracker row, with no personal data, stays; legal holds and preserved categories
        stop it)."""
        with self.engine.begin() as conn:
            if not self._once(conn, "retention", local_date(now).isoformat()):
                return 0
        return purge_expired(self.engine, self.settings, now).purged

    # --- one notice, once ------------------------------------------------------------------

    def _plan(
        self, conn: Connection, kind: str, key: str, payload: dict[str, Any], message_pk: int | None
    ) -> bool:
        """Insert the notice under its key; False when it was planned before (by anyone)."""
        try:
            with conn.begin_nested():
                conn.execute(
                    insert(effects).values(
                        message_pk=message_pk,
                        kind=kind,
                        key=key,
                        payload=json.dumps(payload, default=str),
                        state="pending",
                        attempts=0,
                        next_attempt_at=datetime.now(UTC),
                    )
                )
        except IntegrityError:
            return False
        return True

    def _open_entries(self, conn: Connection) -> list[Any]:
        t, d = tracker_entries.c, decisions.c
        return list(
            conn.execute(
                select(
                    t.reference,
                    t.mailbox,
                    t.category,
                    t.route,
                    t.received_on,
                    t.due_response,
                    t.escalated_at,
                    t.holding_reply_at,
                    d.message_pk,
                    d.decision_json,
                )
                .outerjoin(decisions, d.reference == t.reference)
                .where(t.responded_at.is_(None), t.due_response.is_not(None), t.status == "open")
            )
        )

    # --- jobs --------------------------------------------------------------------------------

    def escalations(self, now: datetime) -> int:
        """A configured number of working days before a response is due, tell the route's
        team manager (the subjects' managers; else whoever the work was sent to)."""
        today = local_date(now)
        planned = 0
        with self.engine.begin() as conn:
            for row in self._open_entries(conn):
                if row.escalated_at is not None or row.message_pk is None:
                    continue
                left = working_days_between(self.calendar, today, row.due_response)
                if left > self.levels.escalate_before_working_days:
                    continue
                to = self._managers(conn, row)
                payload = {"to": to, "reference": row.reference, "mailbox": row.mailbox, "due": row.due_response,
                           "working_days_left": max(0, left), "category": row.category,
                           "received": row.received_on}  # fmt: skip
                if to and self._plan(
                    conn, "escalation", f"escalate:{row.reference}", payload, row.message_pk
                ):
                    conn.execute(update(tracker_entries).where(tracker_entries.c.reference == row.reference)
                                 .values(escalated_at=now))  # fmt: skip
                    planned += 1
        return planned

    def _managers(self, conn: Connection, row: Any) -> list[str]:
        decision = json.loads(row.decision_json) if row.decision_json else {}
        ids = [s["person_id"] for s in decision.get("subjects", [])]
        directory = {r.person_id: r for r in self._directory()} if ids else {}
        managers = sorted(
            {
                directory[i].team_manager_email
                for i in ids
                if i in directory and directory[i].team_manager_email
            }
        )
        if managers:
            return managers
        notify = conn.execute(
            select(effects.c.payload).where(
                effects.c.message_pk == row.message_pk, effects.c.kind == "notify"
            )
        ).first()
        if notify is not None:
            return list(json.loads(notify[0]).get("to", []))
        return list(self.settings.routes.business_support)

    def holding_replies(self, now: datetime) -> int:
        """Casework not answered by the configured working day gets the holding reply of 002
        paragraph 19, once, with the new date; the tracker's due date moves to it."""
        today = local_date(now)
        planned = 0
        with self.engine.begin() as conn:
            for row in self._open_entries(conn):
                if (
                    row.category not in CASEWORK
                    or row.holding_reply_at is not None
                    or row.message_pk is None
                ):
                    continue
                deadline = self.calendar.add_working_days(
                    row.received_on, self.levels.holding_reply_on_working_day
                )
                if today < deadline:
                    continue
                decision = json.loads(row.decision_json) if row.decision_json else {}
                reply_to = decision.get("reply_address")
                if not reply_to or decision.get("address_verdict") == "invalid":
                    continue
                new_due = self.calendar.add_working_days(
                    row.due_response, self.levels.holding_reply_extension_working_days
                )
                payload = {"to": [reply_to], "reference": row.reference, "full_reply_by": new_due,
                           "reason": self.levels.holding_reply_reason,
                           "working_days": self.settings.casework_response_working_days}  # fmt: skip
                if self._plan(
                    conn, "holding_reply", f"holding:{row.reference}", payload, row.message_pk
                ):
                    conn.execute(update(tracker_entries).where(tracker_entries.c.reference == row.reference)
                                 .values(holding_reply_at=now, due_response=new_due, escalated_at=None))  # fmt: skip
                    planned += 1
        return planned

    def _once(self, conn: Connection, job: str, period: str) -> bool:
        """Claim a periodic job's period (a day, a month) for this run."""
        try:
            with conn.begin_nested():
                conn.execute(
                    insert(schedule_runs).values(
                        job=job, period=period, holder=self.holder, ran_at=datetime.now(UTC)
                    )
                )
        except IntegrityError:
            return False
        return True

    def overdue_digest(self, now: datetime) -> int:
        """Once a day, after the configured hour: overdue references to business support."""
        local = now.astimezone(LONDON)
        to = list(self.settings.routes.business_support)
        if (
            local.hour < self.levels.digest_hour
            or not to
            or not self.calendar.is_working_day(local.date())
        ):
            return 0
        today = local.date()
        with self.engine.begin() as conn:
            overdue = [
                {"reference": r.reference, "mailbox": r.mailbox or "-", "category": r.category or "-",
                 "due": r.due_response, "days_overdue": working_days_between(self.calendar, r.due_response, today)}
                for r in self._open_entries(conn) if r.due_response < today
            ]  # fmt: skip
            if not self._once(conn, "overdue_digest", today.isoformat()):
                return 0
            if not overdue:
                return 0
            payload = {
                "to": to,
                "mailbox": self._any_mailbox(),
                "values": {"today": today, "items": overdue},
            }
            return int(
                self._plan(conn, "overdue_digest", f"digest:{today.isoformat()}", payload, None)
            )

    def _directory(self) -> list[CaseRecord]:
        """The case directory, loaded at most once a tick (it can hold 50,000 people, and
        several jobs, and every escalation, look at it)."""
        if self._records is None:
            self._records = queries.load_directory(self.engine)
        return self._records

    def _locked_records(self) -> list[CaseRecord]:
        return [r for r in self._directory() if r.restriction == "locked"]

    def locked_reviews(self, now: datetime) -> int:
        """Monthly (001, 4.3): each lock owner, their own locked cases and no one else's."""
        local = now.astimezone(LONDON)
        if local.day < self.levels.locked_review_day:
            return 0
        month = local.strftime("%Y-%m")
        by_owner: dict[str, list[dict[str, str]]] = {}
        for r in self._locked_records():
            if r.restriction_owner_email:
                by_owner.setdefault(r.restriction_owner_email, []).append(
                    {"person_id": r.person_id, "team": r.team}
                )
        planned = 0
        with self.engine.begin() as conn:
            if not self._once(conn, "locked_review", month):
                return 0
            for owner, cases in sorted(by_owner.items()):
                payload = {
                    "to": [owner],
                    "mailbox": self._any_mailbox(),
                    "values": {"month": month, "cases": cases},
                }
                planned += self._plan(
                    conn, "locked_review", f"locked_review:{month}:{owner}", payload, None
                )
        return planned

    def locked_reports(self, now: datetime) -> int:
        """Bi-monthly (001, 4.5): each manager, the locked cases in their teams."""
        local = now.astimezone(LONDON)
        if local.month % 2 or local.day < self.levels.locked_review_day:
            return 0
        month = local.strftime("%Y-%m")
        by_manager: dict[str, list[dict[str, str]]] = {}
        for r in self._locked_records():
            if r.team_manager_email:
                by_manager.setdefault(r.team_manager_email, []).append(
                    {
                        "person_id": r.person_id,
                        "team": r.team,
                        "owner": r.restriction_owner_email or "-",
                    }
                )
        planned = 0
        with self.engine.begin() as conn:
            if not self._once(conn, "locked_report", month):
                return 0
            for manager, cases in sorted(by_manager.items()):
                payload = {
                    "to": [manager],
                    "mailbox": self._any_mailbox(),
                    "values": {"month": month, "cases": cases},
                }
                planned += self._plan(
                    conn, "locked_report", f"locked_report:{month}:{manager}", payload, None
                )
        return planned

    def _any_mailbox(self) -> str:
        return next(iter(self.settings.mailboxes))
