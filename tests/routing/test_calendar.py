"""Due dates in UK working days (contract 4.9)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from routing.calendar import WorkingCalendar, local_date


@pytest.mark.parametrize(
    ("received", "n", "due"),
    [
        # Thursday before Easter 2027: Good Friday and Easter Monday are skipped
        (datetime(2027, 3, 25, 10, tzinfo=UTC), 1, date(2027, 3, 30)),
        # Wednesday 24 March 2027: 20 working days skip both Easter holidays
        (datetime(2027, 3, 24, 10, tzinfo=UTC), 20, date(2027, 4, 23)),
        # 24 December 2026 (Thu): 25 Dec (Fri) and the observed Boxing Day (Mon 28) are holidays
        (datetime(2026, 12, 24, 12, tzinfo=UTC), 1, date(2026, 12, 29)),
        # Saturday: counting starts on Sunday, so Monday is the first working day
        (datetime(2026, 10, 3, 12, tzinfo=UTC), 1, date(2026, 10, 5)),
        # 23:59 on a Friday in winter is still Friday in London
        (datetime(2026, 11, 20, 23, 59, tzinfo=UTC), 1, date(2026, 11, 23)),
        # 23:20 UTC on 30 September is 00:20 on 1 October in London (BST)
        (datetime(2026, 9, 30, 23, 20, tzinfo=UTC), 1, date(2026, 10, 2)),
    ],
)
def test_due_dates_england_and_wales(received: datetime, n: int, due: date) -> None:
    assert WorkingCalendar().due_after(received, n) == due


def test_scotland_has_its_own_bank_holidays() -> None:
    # 2 January is a Scottish bank holiday, not an English one; in 2027 it falls on a Saturday
    # and Scotland observes it on Monday 4 January
    received = datetime(2026, 12, 31, 12, tzinfo=UTC)
    assert WorkingCalendar("england-and-wales").due_after(received, 1) == date(2027, 1, 4)
    assert WorkingCalendar("scotland").due_after(received, 1) == date(2027, 1, 5)
    # Easter Monday is not a Scottish bank holiday
    assert WorkingCalendar("scotland").add_working_days(date(2027, 3, 28), 1) == date(2027, 3, 29)
    assert WorkingCalendar("england-and-wales").add_working_days(date(2027, 3, 28), 1) == date(
        2027, 3, 30
    )


def test_northern_ireland_st_patricks_day() -> None:
    assert not WorkingCalendar("northern-ireland").is_working_day(date(2027, 3, 17))
    assert WorkingCalendar("england-and-wales").is_working_day(date(2027, 3, 17))


def test_closure_days_are_not_working_days() -> None:
    cal = WorkingCalendar(closure_days=[date(2026, 12, 29), date(2026, 12, 30)])
    assert cal.due_after(datetime(2026, 12, 24, 12, tzinfo=UTC), 1) == date(2026, 12, 31)


def test_naive_times_are_taken_as_utc() -> None:
    assert local_date(datetime(2026, 7, 1, 23, 30)) == date(2026, 7, 2)


def test_unknown_region_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown region"):
        WorkingCalendar("wessex")
