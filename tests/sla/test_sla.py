"""Knowing that a response went out, and the service-level report (issue 5)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, select

from mailbot.sla import mark_responded, render, responses_in_sent, sla_report
from mailbot.store.models import messages, tracker_entries
from routing.calendar import WorkingCalendar

from . import CHILD, SENDER, add_entry, add_message

ENGLAND = WorkingCalendar("england-and-wales")
SCOTLAND = WorkingCalendar("scotland")


def _entry(engine: Engine, reference: str) -> tuple[datetime | None, str | None]:
    t = tracker_entries.c
    with engine.connect() as conn:
        row = conn.execute(select(t.responded_at, t.status).where(t.reference == reference)).one()
    return row[0], row[1]


# --- responses ---------------------------------------------------------------------------


def test_respond_marks_once_and_keeps_the_first_time(engine: Engine) -> None:
    add_entry(engine, "DCS-2026-000042", date(2026, 12, 24))
    first = datetime(2027, 1, 5, 10, 0, tzinfo=UTC)
    assert mark_responded(engine, "DCS-2026-000042", first)
    assert _entry(engine, "DCS-2026-000042") == (first, "responded")
    assert mark_responded(engine, "dcs-2026-000042", datetime(2027, 1, 9, tzinfo=UTC))
    assert mark_responded(engine, "DCS-2026-000042", datetime(2027, 1, 4, tzinfo=UTC))
    assert mark_responded(engine, "DCS-2026-000042")  # now, by default
    assert _entry(engine, "DCS-2026-000042") == (first, "responded")


def test_respond_defaults_to_now(engine: Engine) -> None:
    add_entry(engine, "DCS-2026-000042", date(2026, 12, 24))
    before = datetime.now(UTC)
    assert mark_responded(engine, "DCS-2026-000042", source="console")
    when, _ = _entry(engine, "DCS-2026-000042")
    assert when is not None and before <= when <= datetime.now(UTC)


def test_respond_to_an_unknown_reference_changes_nothing(engine: Engine) -> None:
    add_entry(engine, "DCS-2026-000042", date(2026, 12, 24))
    assert not mark_responded(engine, "DCS-2026-000043")
    assert _entry(engine, "DCS-2026-000042") == (None, "open")


def test_sent_folder_replies_mark_their_references_and_ours_are_skipped(engine: Engine) -> None:
    for n in range(1, 6):
        add_entry(engine, f"DCS-2027-00000{n}", date(2027, 3, 25))
    add_entry(engine, "CASS-2027-000001", date(2027, 3, 25), mailbox="cass")
    t = datetime(2027, 3, 30, 9, 0, tzinfo=UTC)
    sent = [
        ("Re: DCS-2027-000001 your casework", t, False),
        ("AW: WG: dcs-2027-000002", t, False),
        ("RE: Fwd: VS: [DCS-2027-000003] reply", t, False),
        # mailbot's own acknowledgement and holding reply are not responses
        ("Your casework: reference DCS-2027-000004", t, True),
        ("Holding reply DCS-2027-000005", t, True),
        ("Re: CASS-2027-000001", t, False),  # another mailbox's prefix
        ("Re: DCS-2027-999999", t, False),  # not in the tracker
        ("Re: no reference at all", t, False),
    ]
    assert responses_in_sent(engine, sent, ["DCS"]) == 3
    for n in (1, 2, 3):
        assert _entry(engine, f"DCS-2027-00000{n}") == (t, "responded")
    for ref in ("DCS-2027-000004", "DCS-2027-000005", "CASS-2027-000001"):
        assert _entry(engine, ref) == (None, "open")
    assert responses_in_sent(engine, sent, ["DCS"]) == 0  # the same folder scanned again


def test_the_earliest_reply_in_one_scan_is_the_response_time(engine: Engine) -> None:
    add_entry(engine, "DCS-2027-000001", date(2027, 3, 25))
    early = datetime(2027, 3, 30, 9, 0, tzinfo=UTC)
    late = datetime(2027, 4, 2, 9, 0, tzinfo=UTC)
    sent = [("Re: DCS-2027-000001", late, False), ("RE: DCS-2027-000001", early, False)]
    assert responses_in_sent(engine, sent, ["DCS", "CASS"]) == 1
    assert _entry(engine, "DCS-2027-000001") == (early, "responded")


# --- the report --------------------------------------------------------------------------


def _report_store(engine: Engine) -> None:
    """Items around Christmas 2026 and Easter 2027, due dates as the calendar gives them."""

    def add(
        ref: str, received: date, box: str, category: str, responded_at: datetime | None = None
    ) -> None:
        ack = ENGLAND.add_working_days(received, 1)
        response = (
            ENGLAND.add_working_days(received, 20) if category != "information_request" else None
        )
        add_entry(engine, ref, received, mailbox=box, category=category,
                  due_acknowledge=ack, due_response=response, responded_at=responded_at)  # fmt: skip

    # Christmas Eve: the acknowledgement after Christmas and Boxing Day (substitute Monday)
    add("DCS-2026-000101", date(2026, 12, 24), "dcs", "casework_submission",
        responded_at=datetime(2027, 1, 26, 17, 0, tzinfo=UTC))  # fmt: skip  # met, on the day
    add("DCS-2027-000001", date(2027, 1, 4), "dcs", "casework_submission",
        responded_at=datetime(2027, 2, 2, 9, 0, tzinfo=UTC))  # fmt: skip  # late by a day
    # due on the Tuesday after Easter Monday; not answered
    add("DCS-2027-000002", date(2027, 2, 26), "dcs", "casework_submission")
    # the Thursday before Easter: not yet due
    add("DCS-2027-000010", date(2027, 3, 25), "dcs", "casework_submission")
    add("DCS-2027-000011", date(2027, 3, 25), "dcs", "internal_review_request")
    # a Saturday: information requests have no response clock by default
    add("CASS-2027-000005", date(2027, 3, 20), "cass", "information_request")
    # outside the range
    add("DCS-2026-000099", date(2026, 11, 30), "dcs", "casework_submission")
    add("DCS-2027-000020", date(2027, 3, 27), "dcs", "casework_submission")
    # imported from the old tracker: no mailbox, no clock
    add_entry(engine, "CASS-2026-000041", date(2026, 12, 1), mailbox=None, category=None)
    # the messages behind the entries hold personal data; the report must not show any
    add_message(
        engine, arrived_at=datetime(2026, 12, 24, 9, tzinfo=UTC), reference="DCS-2026-000101"
    )
    add_message(
        engine, arrived_at=datetime(2027, 2, 26, 9, tzinfo=UTC), reference="DCS-2027-000002"
    )


def test_due_dates_around_christmas_and_easter() -> None:
    # the calendar the report relies on, checked by hand
    assert ENGLAND.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 29)
    assert ENGLAND.add_working_days(date(2026, 12, 24), 20) == date(2027, 1, 26)
    assert SCOTLAND.add_working_days(date(2026, 12, 24), 20) == date(2027, 1, 27)  # 4 January
    assert ENGLAND.add_working_days(date(2027, 2, 26), 20) == date(2027, 3, 30)
    assert SCOTLAND.add_working_days(date(2027, 2, 26), 20) == date(2027, 3, 29)  # no Easter Monday
    assert ENGLAND.add_working_days(date(2027, 3, 25), 1) == date(2027, 3, 30)
    assert ENGLAND.add_working_days(date(2027, 3, 20), 1) == date(2027, 3, 22)


def test_report_counts_due_met_late_overdue_and_open(engine: Engine) -> None:
    _report_store(engine)
    report = sla_report(engine, date(2026, 12, 1), date(2027, 3, 26), ENGLAND, date(2027, 4, 6))
    lines = {(line.mailbox, line.category): line for line in report.lines}
    assert set(lines) == {
        ("-", "-"),
        ("cass", "information_request"),
        ("dcs", "casework_submission"),
        ("dcs", "internal_review_request"),
    }
    casework = lines[("dcs", "casework_submission")]
    assert (casework.received, casework.met, casework.late, casework.overdue, casework.open) == (
        4, 1, 1, 1, 1,
    )  # fmt: skip
    # a due date in the range: the December and January items, and the acknowledgement of
    # 26 February (due 1 March); not the acknowledgement due after Easter
    assert casework.due == 3
    assert casework.no_clock == 0
    [overdue] = casework.overdue_references
    assert (overdue.reference, overdue.due_response) == ("DCS-2027-000002", date(2027, 3, 30))
    assert overdue.working_days_overdue == 5  # 31 March to 6 April

    review = lines[("dcs", "internal_review_request")]
    assert (review.received, review.due, review.open, review.overdue) == (1, 0, 1, 0)
    irr = lines[("cass", "information_request")]
    assert (irr.received, irr.due, irr.no_clock, irr.met, irr.overdue) == (1, 1, 1, 0, 0)
    imported = lines[("-", "-")]
    assert (imported.received, imported.due, imported.no_clock) == (1, 0, 1)

    total = report.total()
    assert (total.received, total.due, total.met, total.late, total.overdue) == (7, 4, 1, 1, 1)
    assert (total.open, total.no_clock) == (2, 2)


@pytest.mark.parametrize(
    ("responded", "met"),
    [(datetime(2027, 4, 26, 22, 59, tzinfo=UTC), True), (datetime(2027, 4, 26, 23, 0, tzinfo=UTC), False)],
)  # fmt: skip
def test_met_is_judged_on_the_london_date(engine: Engine, responded: datetime, met: bool) -> None:
    due = ENGLAND.add_working_days(date(2027, 3, 25), 20)
    assert due == date(2027, 4, 26)
    add_entry(
        engine, "DCS-2027-000010", date(2027, 3, 25), due_response=due, responded_at=responded
    )
    report = sla_report(engine, date(2027, 3, 1), date(2027, 3, 31), ENGLAND, date(2027, 5, 1))
    [line] = report.lines
    assert (line.met, line.late) == ((1, 0) if met else (0, 1))


def test_working_days_overdue_follow_the_region(engine: Engine) -> None:
    add_entry(engine, "DCS-2027-000002", date(2027, 2, 26), due_response=date(2027, 3, 25))
    england = sla_report(engine, date(2027, 2, 1), date(2027, 2, 28), ENGLAND, date(2027, 4, 6))
    scotland = sla_report(engine, date(2027, 2, 1), date(2027, 2, 28), SCOTLAND, date(2027, 4, 6))
    # after the Thursday before Easter: Good Friday is a holiday in both, Easter Monday in
    # England only
    assert england.lines[0].overdue_references[0].working_days_overdue == 6
    assert scotland.lines[0].overdue_references[0].working_days_overdue == 7


def test_nothing_is_overdue_on_its_due_date(engine: Engine) -> None:
    add_entry(engine, "DCS-2027-000002", date(2027, 2, 26), due_response=date(2027, 3, 30))
    report = sla_report(engine, date(2027, 2, 1), date(2027, 2, 28), ENGLAND, date(2027, 3, 30))
    assert (report.lines[0].overdue, report.lines[0].open) == (0, 1)


def test_the_rendered_report_shows_references_and_no_personal_data(engine: Engine) -> None:
    _report_store(engine)
    report = sla_report(engine, date(2026, 12, 1), date(2027, 3, 26), ENGLAND, date(2027, 4, 6))
    text = render(report)
    assert "DCS-2027-000002" in text and "5 working days overdue" in text
    assert "2026-12-01 to 2027-03-26" in text
    for other in ("DCS-2026-000101", "DCS-2027-000010", "DCS-2026-000099", "DCS-2027-000020"):
        assert other not in text  # only overdue references are listed
    with engine.connect() as conn:
        raws = conn.execute(select(messages.c.raw)).scalars().all()
    assert all(CHILD.encode() in raw for raw in raws)  # the store does hold personal data...
    for personal in (CHILD, "Poppy", "Lindqvist", SENDER, "Dana", "Reeve", "Wren Close", "900001"):
        assert personal not in text  # ...and the report shows none of it
    header = text.splitlines()[2]
    assert header.split() == [
        "mailbox", "category", "received", "due", "met", "late", "overdue", "open", "no", "clock",
    ]  # fmt: skip


def test_an_empty_range_says_so(engine: Engine) -> None:
    text = render(
        sla_report(engine, date(2027, 1, 1), date(2027, 1, 31), ENGLAND, date(2027, 2, 1))
    )
    assert "no tracker entries were received in this range" in text


def test_a_range_that_ends_before_it_starts_is_refused(engine: Engine) -> None:
    with pytest.raises(ValueError, match="before it starts"):
        sla_report(engine, date(2027, 2, 1), date(2027, 1, 1), ENGLAND, date(2027, 2, 1))
