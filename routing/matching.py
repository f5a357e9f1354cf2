"""Identifying the child (contract 4.2): by person ID, then name and date of birth, then name."""

from __future__ import annotations

from dataclasses import dataclass, field

from classifiers.people import NameMention
from routing.world import CaseRecord, Directory

STATUS_ORDER = ("restricted", "open", "closed", "not_known")


@dataclass
class Match:
    subjects: list[tuple[CaseRecord, str]] = field(default_factory=list)  # (record, "id"|...)
    ambiguous_candidates: list[str] = field(default_factory=list)  # person_ids
    unmatched_named: int = 0  # people named as the subject but in no record
    explanation: list[str] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return bool(self.ambiguous_candidates)

    @property
    def named_anyone(self) -> bool:
        return bool(self.subjects or self.ambiguous_candidates or self.unmatched_named)

    def status(self) -> str | None:
        """Restricted, open, closed, not_known: the first that any subject has (4.2)."""
        if self.ambiguous:
            return "ambiguous"
        if not self.subjects:
            return "not_known" if self.unmatched_named else None
        statuses = {"restricted" if r.restricted else r.status for r, _ in self.subjects}
        return next(s for s in STATUS_ORDER if s in statuses)


def match_subjects(
    person_ids: tuple[str, ...], people: tuple[NameMention, ...], directory: Directory
) -> Match:
    result = Match()
    chosen: dict[str, tuple[CaseRecord, str]] = {}
    for pid in person_ids:
        record = directory.by_id.get(pid)
        if record is not None and pid not in chosen:
            chosen[pid] = (record, "id")
    if chosen:
        result.explanation.append("a person ID in the message is in the case directory")

    # Group mentions by name; a date of birth given anywhere for that name applies to it.
    by_name: dict[tuple[str, str], list[NameMention]] = {}
    for mention in people:
        by_name.setdefault((mention.given, mention.family), []).append(mention)
    for (given, family), mentions in by_name.items():
        records = directory.by_name.get((given, family), [])
        if any(r.person_id in chosen for r in records):
            continue  # already identified by ID
        dobs = {m.dob for m in mentions if m.dob is not None}
        if dobs:
            hits = [r for r in records if r.dob in dobs]
            if hits:
                for r in hits:
                    chosen.setdefault(r.person_id, (r, "name_dob"))
                continue
            # a name with a date of birth that no record has: a person who is not known
            result.unmatched_named += 1
            continue
        if len(records) == 1:
            chosen.setdefault(records[0].person_id, (records[0], "name_only"))
        elif len(records) > 1:
            result.ambiguous_candidates.extend(sorted(r.person_id for r in records))
        elif not any(m.in_directory for m in mentions):
            result.unmatched_named += 1
    result.subjects = list(chosen.values())
    if result.ambiguous:
        result.explanation.append(
            f"{len(result.ambiguous_candidates)} directory records share a name given without"
            " a date of birth to tell them apart"
        )
    elif result.subjects:
        kinds = sorted({kind for _, kind in result.subjects})
        result.explanation.append(
            f"matched {len(result.subjects)} case record(s) by {', '.join(kinds)}"
        )
    elif result.unmatched_named:
        result.explanation.append("the person named is in no case record: not known")
    return result
