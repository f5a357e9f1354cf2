"""Intake commits a fetched batch's decisions in groups (Intake.take_many): the same decisions
as one message at a time, and a message that cannot be written spoils none of the others."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from classifiers.model import CategoryModel
from mailbot.intake import GROUP_COMMIT, Intake
from mailbot.sources.base import FetchedMessage
from mailbot.store.db import make_engine
from mailbot.store.imports import import_cases, import_tracker
from mailbot.store.models import decisions, effects, messages
from tests.shell.mail import message

from .conftest import make_rig

ROOT = Path(__file__).resolve().parents[2]
PART = ROOT / "tests" / "corpus" / "part-b"  # OFSTED checks, some of them repeats of others
LEVEL1 = (
    "Does Poppy Lindqvist (02/03/2014) have an allocated social worker? A name and number please."
)


def _intake(folder: Path, cases: Path | None = None) -> tuple[Intake, str]:
    url = f"sqlite:///{folder / 'store.sqlite3'}"
    rig = make_rig(folder, url)
    engine = make_engine(url)
    if cases is not None:
        import_cases(engine, cases / "cases.csv")
        import_tracker(engine, cases / "tracker.csv")
    return Intake(rig.settings, engine, CategoryModel()), url


def _decided(url: str) -> list[tuple[str, dict[str, Any]]]:
    import json

    with make_engine(url).connect() as conn:
        rows = conn.execute(
            select(messages.c.source_key, decisions.c.decision_json)
            .join(decisions, decisions.c.message_pk == messages.c.id)
            .order_by(messages.c.id)
        ).all()
    return [(str(r[0]), json.loads(r[1])) for r in rows]


def test_a_batch_taken_in_groups_is_decided_as_one_message_at_a_time(tmp_path: Path) -> None:
    paths = sorted((PART / "cass").glob("*.eml"))
    assert len(paths) > 2 * GROUP_COMMIT  # several groups, and repeats across them
    batch = [FetchedMessage(key=p.name, raw=p.read_bytes(), arrived=None) for p in paths]

    (tmp_path / "alone").mkdir()
    alone, alone_url = _intake(tmp_path / "alone", PART)
    for fetched in batch:
        alone.take("cass", fetched)

    (tmp_path / "grouped").mkdir()
    grouped, grouped_url = _intake(tmp_path / "grouped", PART)
    taken = grouped.take_many("cass", batch, grouped.prepare("cass", batch))

    assert [t.new for t in taken] == [True] * len(batch)
    one_by_one, together = _decided(alone_url), _decided(grouped_url)
    assert len(together) == len(batch)
    # OFSTED repeats and references taken earlier in the same group are seen, as when each
    # message had its own commit
    assert together == one_by_one
    assert any(d["route"] == "none" and "ofsted" in key for key, d in together)


def test_a_message_that_cannot_be_written_spoils_none_of_its_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    intake, url = _intake(tmp_path)
    batch = [
        FetchedMessage(key=f"k{i}", raw=message(LEVEL1, subject=f"request {i}"), arrived=None)
        for i in range(5)
    ]
    real = intake._write_decision

    def refuse_k2(conn: Any, pk: Any, mailbox: str, fetched: FetchedMessage, *rest: Any) -> Any:
        if fetched.key == "k2":
            # written first, so the rollback has something to take back
            real(conn, pk, mailbox, fetched, *rest)
            raise RuntimeError("disk said no")
        return real(conn, pk, mailbox, fetched, *rest)

    monkeypatch.setattr(intake, "_write_decision", refuse_k2)
    taken = intake.take_many("cass", batch, intake.prepare("cass", batch))

    assert [t.failed_stage for t in taken] == [None, None, "record_decision", None, None]
    with make_engine(url).connect() as conn:
        rows = conn.execute(select(messages.c.source_key, messages.c.state)).all()
        failed_effects = (
            conn.execute(select(effects.c.kind).where(effects.c.message_pk == taken[2].message_pk))
            .scalars()
            .all()
        )
    assert sorted(rows) == [("k0", "decided"), ("k1", "decided"), ("k2", "failed"),
                            ("k3", "decided"), ("k4", "decided")]  # fmt: skip
    assert failed_effects == ["move"]  # to the exceptions folder; nothing of the rolled-back plan
    references = [d["reference"] for _, d in _decided(url)]
    assert len(references) == 4 and len(set(references)) == 4


def test_the_same_message_under_two_keys_in_one_batch_is_decided_once(tmp_path: Path) -> None:
    intake, url = _intake(tmp_path)
    raw = message(LEVEL1, subject="twice")
    batch = [FetchedMessage(key="first", raw=raw, arrived=None)]
    batch += [
        FetchedMessage(key=f"other{i}", raw=message(LEVEL1, subject=f"other {i}"), arrived=None)
        for i in range(GROUP_COMMIT)
    ]
    batch.append(FetchedMessage(key="again", raw=raw, arrived=None))  # in the next group
    taken = intake.take_many("cass", batch, intake.prepare("cass", batch))
    assert taken[-1].new is False and taken[-1].message_pk == taken[0].message_pk
    assert len(_decided(url)) == GROUP_COMMIT + 1


def test_a_stop_between_messages_commits_what_was_decided(tmp_path: Path) -> None:
    intake, url = _intake(tmp_path)
    batch = [
        FetchedMessage(key=f"k{i}", raw=message(LEVEL1, subject=f"request {i}"), arrived=None)
        for i in range(6)
    ]
    asked = {"n": 0}

    def stop_after_three() -> bool:
        asked["n"] += 1
        return asked["n"] > 3

    taken = intake.take_many("cass", batch, intake.prepare("cass", batch), stop_after_three)
    assert len(taken) == 3
    assert [key for key, _ in _decided(url)] == ["k0", "k1", "k2"]


class _CountingModel:
    """The real model, with its calls counted; `broken` words make it fail on a text."""

    def __init__(self, model: CategoryModel, broken: str | None = None) -> None:
        self.model, self.broken = model, broken
        self.single: list[str] = []
        self.grouped: list[list[str]] = []

    def _check(self, text: str) -> None:
        if self.broken is not None and self.broken in text:
            raise ValueError("the model cannot read this")

    def scores(self, text: str) -> dict[str, float]:
        self.single.append(text)
        self._check(text)
        return self.model.scores(text)

    def scores_many(self, texts: list[str]) -> list[dict[str, float]]:
        self.grouped.append(list(texts))
        for text in texts:
            self._check(text)
        return self.model.scores_many(texts)


def test_a_group_is_scored_by_the_model_in_one_call(tmp_path: Path) -> None:
    intake, url = _intake(tmp_path)
    counting = _CountingModel(intake.model)
    intake.model = counting  # type: ignore[assignment]
    batch = [
        FetchedMessage(key=f"k{i}", raw=message(LEVEL1, subject=f"request {i}"), arrived=None)
        for i in range(GROUP_COMMIT + 3)
    ]
    taken = intake.take_many("cass", batch, intake.prepare("cass", batch))

    assert [t.failed_stage for t in taken] == [None] * len(batch)
    assert [len(texts) for texts in counting.grouped] == [GROUP_COMMIT, 3]  # a call a group
    assert counting.single == []
    assert all("request" in text for texts in counting.grouped for text in texts)
    assert len(_decided(url)) == len(batch)


def test_a_text_that_breaks_the_model_fails_only_its_own_message(tmp_path: Path) -> None:
    intake, url = _intake(tmp_path)
    counting = _CountingModel(intake.model, broken="zebra")
    intake.model = counting  # type: ignore[assignment]
    subjects = ["request one", "zebra crossing", "request three"]
    batch = [
        FetchedMessage(key=f"k{i}", raw=message(LEVEL1, subject=s), arrived=None)
        for i, s in enumerate(subjects)
    ]
    taken = intake.take_many("cass", batch, intake.prepare("cass", batch))

    # the group's call failed, so each was scored on its own: only the zebra failed
    assert len(counting.grouped) == 1 and len(counting.single) == 3
    assert [t.failed_stage for t in taken] == [None, "decide", None]
    with make_engine(url).connect() as conn:
        rows = conn.execute(
            select(messages.c.source_key, messages.c.state, messages.c.stage, messages.c.error)
        ).all()
    states = {key: (state, stage) for key, state, stage, _ in rows}
    assert states == {"k0": ("decided", None), "k1": ("failed", "decide"),
                      "k2": ("decided", None)}  # fmt: skip
    assert "the model cannot read this" in next(r[3] for r in rows if r[0] == "k1")
