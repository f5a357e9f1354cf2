"""Service levels: knowing that a response went out, and reporting what is due, met and overdue.

The tracker holds no personal data (002 paragraph 29) and neither does anything here: the
report names mailboxes, categories and references, never a sender, a child or a subject line.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, Engine, select, update

from classifiers.headers import find_references, reference_pattern
from mailbot.store.models import tracker_entries
from routing.calendar import WorkingCalendar, local_date

log = logging.getLogger(__name__)

RESPONDED = "responded"


@dataclass(frozen=True)
class Responded:
    """The outcome of recording a response on a known reference."""

    reference: str
    responded_at: datetime  # the time recorded: the first response's
    newly: bool  # False when a response was already recorded


def normalise_reference(reference: str) -> str:
    return reference.strip().upper()


def _respond(conn: Connection, reference: str, when: datetime) -> Responded | None:
    t = tracker_entries.c
    row = conn.execute(
        select(t.responded_at).where(t.reference == reference).with_for_update()
    ).first()
    if row is None:
        return None
    if row[0] is not None:
        # the first response recorded stands: the clock stopped then
        return Responded(reference, row[0], newly=False)
    conn.execute(
        update(tracker_entries)
        .where(t.reference == reference)
        .values(responded_at=when, status=RESPONDED)
    )
    return Responded(reference, when, newly=True)


def respond(
    engine: Engine, reference: str, when: datetime | None = None, source: str = "command"
) -> Responded | None:
    """Record that `reference` was responded to; None when the tracker does not know it."""
    when = when or datetime.now(UTC)
    if when.tzinfo is None:
        raise ValueError("naive datetime: give a timezone-aware response time")
    reference = normalise_reference(reference)
    with engine.begin() as conn:
        outcome = _respond(conn, reference, when)
    if outcome is None:
        log.info(
            "response not recorded reference=%s source=%s: unknown reference", reference, source
        )
    elif outcome.newly:
        log.info("responded reference=%s source=%s", reference, source)
    return outcome


def mark_responded(
    engine: Engine, reference: str, when: datetime | None = None, source: str = "command"
) -> bool:
    """Set responded_at (now by default) and status "responded"; False for an unknown
    reference. Idempotent: a second call keeps the time first recorded."""
    return respond(engine, reference, when, source) is not None


def responses_in_sent(
    engine: Engine,
    subjects_and_times: Iterable[tuple[str, datetime, bool]],
    prefixes: Iterable[str],
) -> int:
    """Mark as responded every known reference cited in the subject of a message in a
    mailbox's Sent folder: (subject, sent time, is_ours) tuples. Messages mailbot sent itself
    (acknowledgements, holding replies) are not responses. Returns how many references were
    newly marked, so scanning the same folder again returns 0."""
    pattern = reference_pattern(list(prefixes))
    cited: list[tuple[datetime, str]] = []
    for subject, sent, is_ours in subjects_and_times:
        if is_ours:
            continue
        cited.extend((sent, ref) for ref in find_references(pattern, subject or ""))
    marked = 0
    with engine.begin() as conn:
        # earliest first, so each reference keeps the time of its first reply
        for sent, ref in sorted(cited):
            outcome = _respond(conn, ref, sent)
            if outcome is not None and outcome.newly:
                marked += 1
                log.info("responded reference=%s source=sent_folder", ref)
    return marked


# --- the report --------------------------------------------------------------------------


@dataclass(frozen=True)
class Overdue:
    reference: str
    due_response: date
    working_days_overdue: int


@dataclass
class Line:
    """One mailbox and category: counts of tracker entries received in the report's range."""

    mailbox: str
    category: str
    received: int = 0
    due: int = 0  # a response or acknowledgement due date falls in the range
    met: int = 0  # responded on or before the response due date
    late: int = 0  # responded, but after the response due date
    overdue: int = 0  # not responded and the response due date has passed
    open: int = 0  # not responded and not yet due
    no_clock: int = 0  # no response due date
    overdue_references: list[Overdue] = field(default_factory=list)

    def add(self, other: Line) -> None:
        for name in ("received", "due", "met", "late", "overdue", "open", "no_clock"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.overdue_references.extend(other.overdue_references)


@dataclass
class Report:
    start: date
    end: date
    today: date
    lines: list[Line]

    def total(self) -> Line:
        total = Line("all", "all")
        for line in self.lines:
            total.add(line)
        return total


def working_days_after(calendar: WorkingCalendar, after: date, upto: date) -> int:
    """Working days d with after < d <= upto."""
    count, day = 0, after
    while day < upto:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            count += 1
    return count


def sla_report(
    engine: Engine, start: date, end: date, calendar: WorkingCalendar, today: date
) -> Report:
    """Tracker entries received in [start, end], by mailbox and category."""
    if end < start:
        raise ValueError(f"the range ends ({end}) before it starts ({start})")
    t = tracker_entries.c
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                t.reference,
                t.mailbox,
                t.category,
                t.due_acknowledge,
                t.due_response,
                t.responded_at,
            )
            .where(t.received_on >= start, t.received_on <= end)
            .order_by(t.reference)
        ).all()
    lines: dict[tuple[str, str], Line] = {}
    for row in rows:
        key = (row.mailbox or "-", row.category or "-")
        line = lines.setdefault(key, Line(*key))
        line.received += 1
        if any(
            d is not None and start <= d <= end for d in (row.due_response, row.due_acknowledge)
        ):
            line.due += 1
        due: date | None = row.due_response
        responded: date | None = local_date(row.responded_at) if row.responded_at else None
        if due is None:
            line.no_clock += 1
        elif responded is not None:
            if responded <= due:
                line.met += 1
            else:
                line.late += 1
        elif due < today:
            line.overdue += 1
            line.overdue_references.append(
                Overdue(row.reference, due, working_days_after(calendar, due, today))
            )
        else:
            line.open += 1
    return Report(start, end, today, [lines[k] for k in sorted(lines)])


_COLUMNS = ("received", "due", "met", "late", "overdue", "open", "no_clock")
_HEADINGS = ("received", "due", "met", "late", "overdue", "open", "no clock")


def render(report: Report) -> str:
    """The report as text: counts and references only, never personal data."""
    out = [
        f"Service levels for items received {report.start} to {report.end} (as of {report.today})",
        "",
    ]
    if not report.lines:
        out.append("no tracker entries were received in this range")
        return "\n".join(out)
    boxes = max(len("mailbox"), *(len(line.mailbox) for line in report.lines))
    labels = [f"{line.mailbox:<{boxes}}  {line.category}" for line in report.lines]
    heading = f"{'mailbox':<{boxes}}  category"
    width = max(len(label) for label in [heading, *labels]) + 2

    def row(label: str, values: Iterable[object]) -> str:
        return f"{label:<{width}}" + "".join(f"{v!s:>10}" for v in values)

    out.append(row(heading, _HEADINGS))
    for label, line in zip(labels, report.lines, strict=True):
        out.append(row(label, (getattr(line, c) for c in _COLUMNS)))
    total = report.total()
    out.append(row("all", (getattr(total, c) for c in _COLUMNS)))
    out.append("")
    out.append(
        "met: responded on or before the response due date; late: responded after it;"
        " open: not responded, not yet due;"
    )
    out.append("no clock: no response due date (no response time applies, or imported).")
    out.append("")
    if not total.overdue_references:
        out.append("nothing is overdue")
    else:
        out.append("overdue (not responded, response due date passed):")
        for line in report.lines:
            for item in sorted(
                line.overdue_references, key=lambda o: (o.due_response, o.reference)
            ):
                days = item.working_days_overdue
                out.append(
                    f"  {item.reference}  {line.mailbox} {line.category}  due {item.due_response},"
                    f" {days} working day{'s' if days != 1 else ''} overdue"
                )
    return "\n".join(out)
