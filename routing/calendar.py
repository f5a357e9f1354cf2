"""UK working days: Monday to Friday less the region's bank holidays and closure days (4.9)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")
_SUBDIVISIONS = {"england-and-wales": "ENG", "scotland": "SCT", "northern-ireland": "NIR"}


@lru_cache(maxsize=8)
def _bank_holidays(region: str) -> holidays.HolidayBase:
    if region not in _SUBDIVISIONS:
        raise ValueError(f"unknown region {region!r}; choose one of {sorted(_SUBDIVISIONS)}")
    return holidays.country_holidays("GB", subdiv=_SUBDIVISIONS[region])


class WorkingCalendar:
    def __init__(
        self, region: str = "england-and-wales", closure_days: Iterable[date] = ()
    ) -> None:
        self.region = region
        self._holidays = _bank_holidays(region)
        self._closures = frozenset(closure_days)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays and day not in self._closures

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (counting begins the day after)."""
        if n < 1:
            raise ValueError("n must be at least 1")
        day, counted = start, 0
        while counted < n:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def due_after(self, received: datetime, n: int) -> date:
        """Due date n working days after a receipt time, taken in Europe/London."""
        return self.add_working_days(local_date(received), n)


def local_date(moment: datetime) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(LONDON).date()
