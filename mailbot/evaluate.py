"""Evaluation: triage a labelled corpus folder and compare every field with its label.

A corpus folder is laid out like the samples: cases.csv, tracker.csv, one folder per mailbox
(each triaged in file-name order, in one run, as the daemon would meet them) and labels.jsonl.
The store is a throwaway SQLite file, so evaluating never touches a real database.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifiers.model import CategoryModel
from classifiers.training import is_held_out
from mailbot.config import Settings
from mailbot.store.db import make_engine, upgrade
from mailbot.store.imports import import_cases, import_tracker
from mailbot.triage import Snapshot, Triage

FIELDS = (
    "category", "urgent", "urgency_reason", "irr_level", "consent", "consent_basis", "concern",
    "reply_address", "address_verdict", "case_status", "subjects", "route", "actions",
    "case_notes", "has_reference", "reference_prefix", "related_reference", "due_acknowledge",
    "due_response", "exception",
)  # fmt: skip


@dataclass
class Report:
    messages: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    mismatches: list[tuple[str, str, Any, Any]] = field(
        default_factory=list
    )  # file, field, got, want

    def add(self, other: Report) -> None:
        self.messages += other.messages
        for f in FIELDS:
            self.correct[f] += other.correct[f]
        self.mismatches.extend(other.mismatches)

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.messages if self.messages else 1.0

    def render(self, title: str) -> str:
        lines = [f"{title}: {self.messages} messages"]
        for name in FIELDS:
            lines.append(
                f"  {name:<18} {self.accuracy(name) * 100:6.2f}%  ({self.correct[name]}/{self.messages})"
            )
        exact = self.messages - len({m[0] for m in self.mismatches})
        lines.append(
            f"  {'all fields':<18} {exact / self.messages * 100 if self.messages else 100:6.2f}%  ({exact}/{self.messages})"
        )
        for file, name, got, want in self.mismatches:
            lines.append(f"  MISMATCH {file} {name}: got {got!r}, label {want!r}")
        return "\n".join(lines)


def observed(decision_json: dict[str, Any]) -> dict[str, Any]:
    ref = decision_json["reference"]
    return {
        "category": decision_json["category"],
        "urgent": decision_json["urgent"],
        "urgency_reason": decision_json["urgency_reason"],
        "irr_level": decision_json["irr_level"],
        "consent": decision_json["consent"],
        "consent_basis": decision_json["consent_basis"],
        "concern": decision_json["concern"],
        "reply_address": decision_json["reply_address"],
        "address_verdict": decision_json["address_verdict"],
        "case_status": decision_json["case_status"],
        "subjects": sorted(s["person_id"] for s in decision_json["subjects"]),
        "route": decision_json["route"],
        "actions": decision_json["actions"],
        "case_notes": decision_json["case_notes"],
        "has_reference": ref is not None,
        "reference_prefix": ref.split("-")[0] if ref else None,
        "related_reference": decision_json["related_reference"],
        "due_acknowledge": decision_json["due"]["acknowledge"],
        "due_response": decision_json["due"]["response"],
        "exception": decision_json["exception"],
    }


def evaluate_corpus(
    folder: Path,
    settings: Settings,
    model: CategoryModel,
    split: str = "all",
) -> tuple[Report, list[dict[str, Any]]]:
    """Triage every message of the folder in order; score the ones in `split`."""
    labels = [
        json.loads(line)
        for line in (folder / "labels.jsonl").read_text().splitlines()
        if line.strip()
    ]
    with tempfile.TemporaryDirectory(prefix="mailbot-eval-") as tmp:
        url = f"sqlite:///{tmp}/eval.sqlite3"
        upgrade(url)
        engine = make_engine(url)
        if (folder / "cases.csv").exists():
            import_cases(engine, folder / "cases.csv")
        if (folder / "tracker.csv").exists():
            import_tracker(engine, folder / "tracker.csv")
        snapshot = Snapshot.load(engine)
        engine.dispose()
    triage = Triage(settings, snapshot, model)
    decisions: dict[str, dict[str, Any]] = {}
    for label in sorted(labels, key=lambda lab: (lab["mailbox"], lab["file"])):
        raw = (folder / label["file"]).read_bytes()
        decisions[label["file"]] = triage.decide(raw, label["mailbox"]).to_json(label["file"])
    report = Report()
    for label in labels:
        key = f"{folder.name}/{label['file']}"
        if split == "held-out" and not is_held_out(key):
            continue
        if split == "train" and is_held_out(key):
            continue
        got = observed(decisions[label["file"]])
        report.messages += 1
        for name in FIELDS:
            want = label.get(name)
            if name == "related_reference" and isinstance(want, dict):
                want = decisions[want["reference_of"]]["reference"]
            acceptable = [want, *label.get("acceptable", {}).get(name, [])]
            if name in ("subjects", "case_notes", "actions"):
                acceptable = [sorted(a) if isinstance(a, list) else a for a in acceptable]
            if got[name] in acceptable:
                report.correct[name] += 1
            else:
                report.mismatches.append((key, name, got[name], want))
    return report, list(decisions.values())


def evaluate(
    folders: Iterable[Path], settings: Settings, model: CategoryModel, split: str = "all"
) -> tuple[Report, dict[str, Report]]:
    total, parts = Report(), {}
    for folder in folders:
        report, _ = evaluate_corpus(folder, settings, model, split)
        parts[str(folder)] = report
        total.add(report)
    return total, parts
