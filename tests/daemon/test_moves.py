"""The mailbox thread's moves: claimed without the original message, carried out in one
command per folder, and marked done together."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from mailbot.executor import SEND_KINDS, EffectJob
from mailbot.senders.folder import FolderSender
from mailbot.store.models import effects, messages
from mailbot.wiring import build_executor

from .test_sends import _decided


def test_a_move_is_claimed_without_the_original_and_a_send_with_it(tmp_path: Path) -> None:
    rig, engine = _decided(tmp_path, 2)
    executor = build_executor(rig.settings, engine, "test", FolderSender(tmp_path / "out"), {})
    moves = executor.claim(("move",), with_original=False)
    assert len(moves) == 2
    for job in moves:
        assert job.raw == b"" and job.decision is None  # neither is read
        assert job.mailbox == "cass" and job.payload["source_key"] and job.message_pk
    sends = executor.claim(SEND_KINDS)
    assert sends
    for job in sends:  # composing needs both
        assert job.raw.startswith(b"From:") or b"\nFrom:" in job.raw
        assert job.decision is not None and job.decision["reference"]


def test_moves_are_done_together_and_a_stale_key_is_not(tmp_path: Path) -> None:
    rig, engine = _decided(tmp_path, 3)
    executor = build_executor(rig.settings, engine, "test", FolderSender(tmp_path / "out"), {})
    jobs = executor.claim(("move",), with_original=False)
    stale = jobs[1].payload["source_key"]
    calls: list[tuple[list[str], str]] = []

    def move_many(keys: list[str], folder: str) -> list[str]:
        calls.append((keys, folder))
        return [k for k in keys if k == stale]

    counts = executor.run_moves(jobs, move_many)
    assert counts == {"done": 2, "retry": 0, "failed": 1, "skipped": 0}
    assert len(calls) == 1 and len(calls[0][0]) == 3  # one command for the folder
    with engine.connect() as conn:
        rows = {
            r.id: r
            for r in conn.execute(
                select(
                    effects.c.id,
                    effects.c.state,
                    effects.c.done_at,
                    effects.c.claimed_by,
                    messages.c.moved,
                )
                .join(messages, messages.c.id == effects.c.message_pk)
                .where(effects.c.kind == "move")
            )
        }
    for job in jobs:
        row = rows[job.id]
        if job.payload["source_key"] == stale:
            assert row.state == "failed" and not row.moved  # fetched again under a new key
        else:
            assert row.state == "done" and row.done_at is not None
            assert row.claimed_by is None and row.moved


def test_a_batch_of_case_notes_is_written_together_and_marked_done_together(
    tmp_path: Path,
) -> None:
    rig, engine = _with_case_notes(tmp_path, 3)
    executor = build_executor(rig.settings, engine, "test", FolderSender(tmp_path / "out"), {})
    together = executor.save_case_notes
    assert together is not None  # the folder sink
    batches: list[int] = []

    def spied(jobs: list[EffectJob]) -> None:
        batches.append(len(jobs))
        together(jobs)

    executor.save_case_notes = spied
    jobs = executor.claim(("save_case_note",))
    assert len(jobs) == 3
    counts = executor.run(jobs)

    assert batches == [len(jobs)] and counts["done"] == len(jobs)
    notes = rig.settings.in_state_dir(rig.settings.case_notes.path)
    assert len(list(notes.glob("*.eml"))) == len(list(notes.glob("*.json"))) == len(jobs)
    assert _states(engine, "save_case_note") == {"done"}


def test_when_notes_fail_together_each_is_written_alone_and_only_the_bad_one_fails(
    tmp_path: Path,
) -> None:
    rig, engine = _with_case_notes(tmp_path, 3)
    executor = build_executor(rig.settings, engine, "test", FolderSender(tmp_path / "out"), {})
    jobs = executor.claim(("save_case_note",))
    assert len(jobs) == 3
    bad = jobs[1].id
    alone = executor.save_case_note

    def refuses_all(jobs: list[EffectJob]) -> None:
        raise ValueError("one of these notes cannot be made")

    def refuses_bad(job: EffectJob) -> None:
        if job.id == bad:
            raise ValueError("this note cannot be made")
        alone(job)

    executor.save_case_notes, executor.save_case_note = refuses_all, refuses_bad
    counts = executor.run(jobs)

    assert counts["done"] == len(jobs) - 1 and counts["failed"] == 1
    with engine.connect() as conn:
        states = dict(
            conn.execute(
                select(effects.c.id, effects.c.state).where(effects.c.kind == "save_case_note")
            ).all()
        )
    assert states.pop(bad) == "failed" and set(states.values()) == {"done"}


def _states(engine, kind: str) -> set[str]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return set(conn.execute(select(effects.c.state).where(effects.c.kind == kind)).scalars())


LEVEL2 = (
    "Please send the full chronology, strategy meeting minutes and any safeguarding concerns "
    "held for Poppy Lindqvist (02/03/2014). Signed consent from the parent is attached."
)


def _with_case_notes(tmp_path: Path, count: int):  # type: ignore[no-untyped-def]
    """A store holding `count` decided level-2 requests on an open case: a case note each."""
    return _decided(tmp_path, count, LEVEL2)
