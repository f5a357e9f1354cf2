"""Due dates in each region for the awkward receipt times (issue 5), counted by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from routing.calendar import WorkingCalendar

THURSDAY_BEFORE_EASTER = datetime(2027, 3, 25, 10, tzinfo=UTC)
CHRISTMAS_EVE = datetime(2026, 12, 24, 12, tzinfo=UTC)
SATURDAY = datetime(2026, 10, 3, 12, tzinfo=UTC)
FRIDAY_2359_GMT = datetime(2026, 11, 20, 23, 59, tzinfo=UTC)
FRIDAY_2359_BST = datetime(2026, 10, 2, 22, 59, tzinfo=UTC)  # 23:59 in London


@pytest.mark.parametrize(
    ("region", "received", "first", "twentieth"),
    [
        # Good Friday and Easter Monday are bank holidays in England and Wales and in NI;
        # Scotland keeps Good Friday but not Easter Monday
        ("england-and-wales", THURSDAY_BEFORE_EASTER, date(2027, 3, 30), date(2027, 4, 26)),
        ("northern-ireland", THURSDAY_BEFORE_EASTER, date(2027, 3, 30), date(2027, 4, 26)),
        ("scotland", THURSDAY_BEFORE_EASTER, date(2027, 3, 29), date(2027, 4, 23)),
        # Christmas Day (Fri), Boxing Day observed (Mon 28), New Year's Day (Fri 1 Jan); Scotland
        # also observes 2 January on Monday 4 January 2027
        ("england-and-wales", CHRISTMAS_EVE, date(2026, 12, 29), date(2027, 1, 26)),
        ("northern-ireland", CHRISTMAS_EVE, date(2026, 12, 29), date(2027, 1, 26)),
        ("scotland", CHRISTMAS_EVE, date(2026, 12, 29), date(2027, 1, 27)),
        ("england-and-wales", SATURDAY, date(2026, 10, 5), date(2026, 10, 30)),
        ("scotland", SATURDAY, date(2026, 10, 5), date(2026, 10, 30)),
        ("northern-ireland", SATURDAY, date(2026, 10, 5), date(2026, 10, 30)),
        ("england-and-wales", FRIDAY_2359_GMT, date(2026, 11, 23), date(2026, 12, 18)),
        # St Andrew's Day (Mon 30 Nov 2026) is a Scottish bank holiday
        ("scotland", FRIDAY_2359_GMT, date(2026, 11, 23), date(2026, 12, 21)),
        ("england-and-wales", FRIDAY_2359_BST, date(2026, 10, 5), date(2026, 10, 30)),
        ("northern-ireland", FRIDAY_2359_BST, date(2026, 10, 5), date(2026, 10, 30)),
    ],
)
def test_acknowledge_and_response_due_dates(
    region: str, received: datetime, first: date, twentieth: date
) -> None:
    calendar = WorkingCalendar(region)
    assert calendar.due_after(received, 1) == first
    assert calendar.due_after(received, 20) == twentieth


def test_st_andrews_day_is_scottish_only() -> None:
    assert not WorkingCalendar("scotland").is_working_day(date(2026, 11, 30))
    assert WorkingCalendar("england-and-wales").is_working_day(date(2026, 11, 30))
