"""The read-only view of the world that routing decides against.

The shell (``mailbot``) loads these records from the store; routing never touches the store
itself, so rules stay pure and their tests need no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from classifiers.people import fold
from routing.calendar import WorkingCalendar

CaseStatusValue = Literal["open", "closed"]
RESTRICTIONS = ("locked", "special_client", "personal_interest")


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """One row of the case directory (triage contract, section 5)."""

    person_id: str
    given_name: str
    family_name: str
    dob: date
    household_id: str
    status: CaseStatusValue
    closed_on: date | None
    allocated_worker: str
    worker_email: str
    team: str
    team_manager_email: str
    restriction: str | None  # one of RESTRICTIONS, or None
    restriction_owner_email: str | None
    area: str

    @property
    def restricted(self) -> bool:
        return self.restriction is not None


@dataclass(frozen=True, slots=True)
class TrackerEntry:
    """A reference the organisation already holds (no personal data: ``002_...`` para 29)."""

    reference: str
    received_on: date
    category: str
    route: str
    status: str


@dataclass(frozen=True, slots=True)
class OfstedCheckSeen:
    """An OFSTED suitability check already taken, kept to recognise OFSTED's duplicates."""

    applicant_key: str  # folded "given family"
    applicant_dob: date
    reference: str
    received_at: datetime


@dataclass(frozen=True, slots=True)
class Policy:
    """The configuration that routing reads."""

    secure_domains: tuple[str, ...]
    role_words: tuple[str, ...]
    generic_addresses: tuple[str, ...] = ()
    check_deliverability: bool = False
    low_confidence_threshold: float = 0.5
    ofsted_duplicate_window_days: int = 90
    irr_response_working_days: int | None = None
    casework_response_working_days: int = 20


class Directory:
    """The case directory indexed for matching: by person ID, by folded name, by household."""

    def __init__(self, records: Iterable[CaseRecord]) -> None:
        self.by_id: dict[str, CaseRecord] = {}
        self.by_name: dict[tuple[str, str], list[CaseRecord]] = {}
        self.by_household: dict[str, list[CaseRecord]] = {}
        for record in records:
            self.by_id[record.person_id] = record
            key = (fold(record.given_name).strip(), fold(record.family_name).strip())
            self.by_name.setdefault(key, []).append(record)
            self.by_household.setdefault(record.household_id, []).append(record)

    def names(self) -> list[tuple[str, str]]:
        return [(r.given_name, r.family_name) for r in self.by_id.values()]

    def __len__(self) -> int:
        return len(self.by_id)


@dataclass
class World:
    """Everything routing may read. Built by the shell; never written by routing."""

    directory: Directory
    tracker: Mapping[str, TrackerEntry]
    ofsted_checks: Sequence[OfstedCheckSeen]
    policy: Policy
    calendar: WorkingCalendar
    reference_prefixes: Mapping[str, str] = field(default_factory=dict)  # mailbox -> prefix
