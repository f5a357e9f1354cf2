"""Crash safety (issue 3): the daemon is SIGKILLed at random moments while it works through a
backlog from a real Dovecot, and restarted each time. Afterwards every message was decided
exactly once, every required outbound message reached the SMTP capture, and none twice, but
for a send that a kill cut off between DATA and the commit (its copy carries the same
Message-ID, so the receiving side can drop it).

The kills come from a seeded random.Random: the seed is printed, and MAILBOT_CRASH_SEED=<seed>
replays the same messages and the same delays after the same signs of work (where in its work
each delay lands still depends on the machine's speed).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.pool import NullPool

from mailbot.executor import SEND_KINDS
from mailbot.planner import SENDER_REPLIES
from mailbot.store.db import make_engine
from mailbot.store.models import decisions, effects, messages
from tests.fixtures.dovecot import DovecotAccount
from tests.fixtures.processes import live_group_members
from tests.fixtures.smtp import SmtpCapture
from tests.shell.mail import message

from .conftest import make_rig, start_daemon, use_real_servers

pytestmark = pytest.mark.slow

BACKLOG = 200
KILLS = 20
MAX_DELAY = 0.25  # seconds of work before a kill, drawn uniformly from [0, MAX_DELAY]
ORPHAN_SECONDS = 30  # what the daemon started must end within this once it is gone
FOLDERS = {"processed": "Processed", "exceptions": "Exceptions", "automated": "Automated"}
# what the daemon logs once it works: the executor starts at once, on what earlier runs left;
# the mailbox thread (intake, moves) once it holds the mailbox, which it takes at once from
# the dead run (the same installation on this host: mailbot.leases.dead_predecessor)
ANCHORS = {
    "any work": ("lease taken", "sent effect=", "decided mailbox="),
    "mailbox held": ("lease taken",),
}


# --- the backlog --------------------------------------------------------------------------

# the people of tests/shell/mail.py's CASES_CSV: two open cases, one closed, one locked
KNOWN = [("Poppy", "Lindqvist", "02/03/2014"), ("Reuben", "Lindqvist", "19/08/2017"),
         ("Maisie", "Crowther", "30/11/2012")]  # fmt: skip
LOCKED = ("Tobias", "Fenn", "05/05/2013")
GIVEN = ["Jasper", "Imogen", "Felix", "Hattie", "Rowan", "Elsie", "Arlo", "Nell", "Ezra", "Maya"]
FAMILY = ["Quarrie", "Penrose", "Ashworth", "Kettering", "Holloway", "Brightwell", "Sandiford"]
STAFF_GIVEN = ["Dana", "Sam", "Priya", "Owen", "Rhian", "Colm", "Tess", "Ibrahim", "Lena", "Mark"]
STAFF_FAMILY = ["Reeve", "Bates", "Moss", "Carver", "Lloyd", "Hughes", "Ward", "Ahmed", "Frost"]
KINDS = ("level1", "level1_not_known", "history_with_consent", "locked_case", "ofsted",
         "school_update", "discharge_summary", "out_of_office", "spam", "follow_up",
         "nonsecure_sender", "dmarc_fail")  # fmt: skip


def backlog(rng: random.Random, count: int) -> list[bytes]:
    """`count` messages for the cass inbox, every kind in turn, details drawn from `rng`.
    Each has its own sender, so the daily limit of automatic replies never applies."""
    out = []
    start = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
    for i in range(count):
        kind = KINDS[i % len(KINDS)]
        first, last = rng.choice(STAFF_GIVEN), rng.choice(STAFF_FAMILY)
        local = f"{first.lower()}.{last.lower()}{i}"
        sender = f"{first} {last} <{local}@elmridge.police.uk>"
        given, family, dob = rng.choice(KNOWN)
        child = f"{given} {family}"
        other = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        options: dict[str, Any] = {"received": start + timedelta(minutes=7 * i)}
        if kind == "level1":
            body = (
                f"Does {child} ({dob}) have an allocated social worker? A name and number please."
            )
            subject = child
        elif kind == "level1_not_known":
            body = (f"Is {other} (DOB {rng.randint(10, 28)}/0{rng.randint(1, 9)}/2015) known to "
                    "children's social care? If so, who is the allocated worker?")  # fmt: skip
            subject = other
        elif kind == "history_with_consent":
            body = (f"We are completing a risk assessment for {child} ({dob}). Could you share any "
                    "history you hold, including previous referrals? Mum has given consent for "
                    "this request.")  # fmt: skip
            subject = f"Information request - {child}"
        elif kind == "locked_case":
            body = (f"{LOCKED[0]} {LOCKED[1]} ({LOCKED[2]}): could you share any history you hold? "
                    "Mum has given consent.")  # fmt: skip
            subject = "background please"
        elif kind == "ofsted":
            sender = f"{first} {last} <{local}@kestrelford.gov.uk>"
            applicant = f"{rng.choice(GIVEN)} {rng.choice(FAMILY).upper()}{i}"
            body = ("Please see below an OFSTED suitability request for your checks.\n\n"
                    f"Applicant: {applicant}\n"
                    f"Date of birth: 0{rng.randint(1, 9)}/0{rng.randint(1, 9)}/198{rng.randint(0, 9)}\n"
                    "Registration: Childminder (Early Years Register)\n"
                    f"Child in the household known to CSC: {child}, DOB {dob}\n\n"
                    "Ofsted hold the applicant's signed consent for these checks.")  # fmt: skip
            subject = f"OFSTED suitability check - {applicant}"
        elif kind == "school_update":
            sender = f"{first} {last} <{local}@stmarys.kestrelford.sch.uk>"
            body = (f"Good morning,\n\nAs agreed at the core group, a short attendance update for "
                    f"{child} (DOB {dob}) for this half term: attendance {rng.randint(88, 99)}%, "
                    "no concerns from school. Please pass this to the social worker for the "
                    "file.\n\nKind regards")  # fmt: skip
            subject = f"Attendance update - {child}"
        elif kind == "discharge_summary":
            sender = f"Children's Unit <ward{i}.paeds@nhs.net>"
            body = ("INPATIENT DISCHARGE SUMMARY - copy to Children's Social Care\n\n"
                    f"Patient: {family.upper()}, {given}\nDOB: {dob}\n"
                    f"Admitted: 0{rng.randint(1, 4)}/08/2026\nDischarged: 1{rng.randint(0, 4)}/08/2026\n\n"
                    "Procedure: tonsillectomy, uncomplicated. ENT nurse follow-up in two weeks.")  # fmt: skip
            subject = "Discharge summary"
        elif kind == "out_of_office":
            body = "I am out of the office until Monday. For urgent matters please contact the duty desk."
            subject = "Automatic reply: your email"
            options["extra"] = {"Auto-Submitted": "auto-replied"}
        elif kind == "spam":
            sender = f"Deals <deals{i}@chairs.biz>"
            body = f"Clearance sale: office chairs {rng.randint(20, 90)} GBP, this week only."
            subject = "Office chairs"
        elif kind == "follow_up":  # a reference the imported tracker holds
            body = ("Further to my earlier request, the family has now moved address. Please "
                    "update your records.")  # fmt: skip
            subject = "RE: [CASS-2026-000041] information request"
        elif kind == "nonsecure_sender":
            sender = f"{first} {last} <{local}@gmail.com>"
            body = (
                f"Does {child} ({dob}) have an allocated social worker? A name and number please."
            )
            subject = child
        else:  # dmarc_fail: a police address that did not authenticate
            options["dmarc"] = "fail"
            body = (
                f"Does {child} ({dob}) have an allocated social worker? A name and number please."
            )
            subject = child
        out.append(message(body, subject=subject, sender=sender, **options))
    return out


# --- running and killing the daemon -------------------------------------------------------


@dataclass
class Kill:
    number: int
    pid: int
    anchor: str  # what the delay was counted from
    delay: float  # seconds after it
    decided: int  # messages decided when it died
    pending: int  # effects still to carry out then
    in_flight: set[str] = field(default_factory=set)  # Message-IDs it may have been sending


def _wait_for(
    process: subprocess.Popen[bytes], log: Path, markers: tuple[str, ...], timeout: float
) -> None:
    """Until the daemon's log shows one of `markers`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        if any(marker in text for marker in markers):
            return
        assert process.poll() is None, f"the daemon exited early:\n{text[-3000:]}"
        time.sleep(0.02)
    raise AssertionError(f"the daemon did not start working:\n{log.read_text()[-3000:]}")


def _stop(process: subprocess.Popen[bytes]) -> list[int]:
    """Make sure the daemon is gone, and whatever it started (classifier worker processes)
    with it. Returns those that outlived it by ORPHAN_SECONDS (and were then killed)."""
    if process.poll() is None:
        process.kill()
    process.wait(timeout=30)
    deadline = time.monotonic() + ORPHAN_SECONDS
    while (left := live_group_members(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in left:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return left


def _progress(engine: Engine) -> tuple[int, int]:
    """(messages decided, effects pending)."""
    with engine.connect() as conn:
        decided = conn.execute(select(func.count()).select_from(decisions)).scalar_one()
        pending = conn.execute(
            select(func.count()).select_from(effects).where(effects.c.state == "pending")
        ).scalar_one()
    return int(decided), int(pending)


def _recorded_not_done(engine: Engine, pid: int | None = None) -> set[str]:
    """Sends started and not recorded done: the executor records the Message-ID just before
    it sends. With `pid`, only those the process claimed (its holder is host:pid:random)."""
    e = effects.c
    query = select(e.outbound_message_id).where(
        e.state == "pending", e.outbound_message_id.is_not(None)
    )
    if pid is not None:
        query = query.where(e.claimed_by.like(f"%:{pid}:%"))
    with engine.connect() as conn:
        return {str(r[0]) for r in conn.execute(query)}


def _all_done(engine: Engine) -> bool:
    m, e = messages.c, effects.c
    with engine.connect() as conn:
        decided = conn.execute(select(func.count()).select_from(decisions)).scalar_one()
        unmoved = conn.execute(
            select(func.count()).select_from(messages).where(m.moved.is_(False))
        ).scalar_one()
        pending = conn.execute(
            select(func.count()).select_from(effects).where(e.state == "pending")
        ).scalar_one()
    return decided == BACKLOG and unmoved == 0 and pending == 0


def test_sigkill_at_random_moments_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path, dovecot: DovecotAccount, smtp_capture: SmtpCapture
) -> None:
    seed = int(os.environ.get("MAILBOT_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    print(f"\ncrash test seed={seed} (MAILBOT_CRASH_SEED={seed} replays it)")
    rng = random.Random(seed)
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    make_rig(tmp_path, url)
    config = tmp_path / "mailbot.yaml"
    # a restarted daemon takes the dead run's lease at once; the short lease is a safeguard
    env = use_real_servers(config, smtp_capture, {"cass": dovecot}, lease_seconds=5)
    raws = backlog(rng, BACKLOG)
    sent_ids = [str(message_from_bytes(raw, policy=policy.default)["Message-ID"]) for raw in raws]
    assert dovecot.append_many(raws) == BACKLOG
    engine = make_engine(url, poolclass=NullPool)  # the test's own reads: no pooled connections
    kills: list[Kill] = []
    started = time.monotonic()
    try:
        for number in range(1, KILLS + 1):
            log = tmp_path / f"run-{number:02d}.log"
            left_over = _recorded_not_done(engine)  # sends an earlier kill may have cut off
            process = start_daemon(config, log, env)
            try:
                anchor = rng.choice(sorted(ANCHORS))
                _wait_for(process, log, ANCHORS[anchor], timeout=90)
                delay = rng.uniform(0, MAX_DELAY)
                time.sleep(delay)
                assert process.poll() is None, log.read_text()[-3000:]
                os.kill(process.pid, signal.SIGKILL)
                assert process.wait(timeout=30) == -signal.SIGKILL
            finally:
                orphans = _stop(process)
            assert not orphans, f"processes outlived the killed daemon: {orphans}"
            in_flight = _recorded_not_done(engine, process.pid)
            kill = Kill(number, process.pid, anchor, delay, *_progress(engine), in_flight)
            print(f"kill {number:2d}: {delay:.2f}s after {anchor}; {kill.decided} "
                  f"decided, {kill.pending} effects pending, {len(in_flight)} in flight")  # fmt: skip
            # one executor thread sends one message at a time: besides sends it took over from
            # an earlier kill, it can have started at most one
            assert len(kill.in_flight - left_over) <= 1, kill
            kills.append(kill)
        killed_at = time.monotonic()

        # the last run, left to finish the work, then stopped cleanly
        log = tmp_path / "run-final.log"
        process = start_daemon(config, log, env)
        try:
            _wait_for(process, log, ("lease taken",), timeout=90)  # it holds the mailbox
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline and not _all_done(engine):
                assert process.poll() is None, log.read_text()[-3000:]
                time.sleep(0.25)
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0, log.read_text()[-3000:]
        finally:
            orphans = _stop(process)
        assert not orphans, f"processes outlived the stopped daemon: {orphans}"
        print(f"{KILLS} kills in {killed_at - started:.1f}s; "
              f"the last run finished in {time.monotonic() - killed_at:.1f}s")  # fmt: skip
        assert _all_done(engine), log.read_text()[-3000:]
        _check_store_and_capture(engine, sent_ids, kills, smtp_capture, tmp_path / "case-notes")
        _check_mailbox(engine, dovecot, sent_ids)
    finally:
        engine.dispose()


def _check_store_and_capture(
    engine: Engine,
    sent_ids: list[str],
    kills: list[Kill],
    smtp_capture: SmtpCapture,
    case_notes: Path,
) -> None:
    m, d, e = messages.c, decisions.c, effects.c
    with engine.connect() as conn:
        stored = conn.execute(
            select(m.id, m.message_id, m.state, d.category, d.decision_json).outerjoin(
                decisions, d.message_pk == m.id
            )
        ).all()
        rows = conn.execute(
            select(e.message_pk, e.kind, e.key, e.state, e.payload, e.outbound_message_id)
        ).all()

    # every message decided exactly once: one row each, one decision each
    assert Counter(r.message_id for r in stored) == Counter(sent_ids)
    assert all(r.state == "decided" and r.decision_json for r in stored)
    categories = Counter(r.category for r in stored)
    print(f"decided: {dict(sorted(categories.items()))}")
    assert len(categories) >= 6  # the backlog is varied: replies, notifications, exceptions

    # everything a decision requires was planned once (a message seen again before it
    # moved keeps its one move: its key is the same), and nothing is left undone
    by_message: dict[int, list[str]] = {}
    for row in rows:
        by_message.setdefault(row.message_pk or 0, []).append(row.kind)
    for r in stored:
        decision = json.loads(r.decision_json)
        wanted = [a for a in decision["actions"] if a in (*SENDER_REPLIES, "notify")]
        wanted += ["save_case_note"] * len(decision["case_notes"])
        planned = by_message.get(r.id, [])
        assert sorted(k for k in planned if k != "move") == sorted(wanted), (r.id, planned)
        assert planned.count("move") == 1, (r.id, planned)
    sends = [row for row in rows if row.kind in SEND_KINDS]
    assert sends
    for row in sends:
        planned_skip = "skip" in json.loads(row.payload)
        assert row.state == ("skipped" if planned_skip else "done"), row
    assert all(row.state == "done" for row in rows if row.kind not in SEND_KINDS)

    # each done send reached the capture, to exactly its recipients
    captured = smtp_capture.messages
    by_id: dict[str, list[list[str]]] = {}
    for c in captured:
        by_id.setdefault(str(c.message["Message-ID"]), []).append(sorted(c.rcpt_tos))
    done = {str(row.outbound_message_id): row for row in sends if row.state == "done"}
    for message_id, row in done.items():
        payload = json.loads(row.payload)
        assert message_id in by_id, f"never received: {row.kind} {row.key}"
        wanted = sorted(a.lower() for a in [*payload.get("to", []), *payload.get("cc", [])])
        assert all(sorted(a.lower() for a in got) == wanted for got in by_id[message_id]), row.key
    # nothing was received that the store does not know as done (a resend composed afresh
    # would carry a new Message-ID and show up here) ...
    assert set(by_id) == set(done)
    # ... and, read from the mail alone, each message sent (kind, thread, recipients) has
    # one Message-ID, however often it arrived
    ids_of: dict[tuple[str, ...], set[str]] = {}
    for c in captured:
        what = (
            str(c.message["X-Mailbot-Kind"]),
            str(c.message["In-Reply-To"]),
            *sorted(c.rcpt_tos),
        )
        ids_of.setdefault(what, set()).add(str(c.message["Message-ID"]))
    assert all(len(ids) == 1 for ids in ids_of.values())
    # one case note each, however often a kill cut the writing short
    notes = [row for row in rows if row.kind == "save_case_note"]
    assert len(list(case_notes.glob("*.eml"))) == len(notes) > 0

    # nothing twice, except a send a kill cut off, with the same Message-ID (so the receiver
    # can drop the copy): each extra copy is owed to a different kill that had it in flight
    copies = Counter(str(c.message["Message-ID"]) for c in captured)
    extra = [mid for mid, n in copies.items() for _ in range(n - 1)]
    print(f"outbound: {len(done)} messages, {len(captured)} received, "
          f"{len(extra)} duplicate(s) from {len(kills)} kills")  # fmt: skip
    owed = _owe_each_copy_to_a_kill(extra, kills)
    assert len(owed) == len(extra), f"duplicates no kill explains: {extra} {kills}"


def _owe_each_copy_to_a_kill(extra: list[str], kills: list[Kill]) -> dict[int, int]:
    """A matching of extra copies (by index) to kills, at most one copy per kill, each kill
    having had that Message-ID in flight (Kuhn's augmenting paths)."""
    owner: dict[int, int] = {}  # kill number -> index of the copy it explains

    def assign(copy: int, seen: set[int]) -> bool:
        for kill in kills:
            if extra[copy] in kill.in_flight and kill.number not in seen:
                seen.add(kill.number)
                if kill.number not in owner or assign(owner[kill.number], seen):
                    owner[kill.number] = copy
                    return True
        return False

    for copy in range(len(extra)):
        assign(copy, set())
    return owner


def _check_mailbox(engine: Engine, dovecot: DovecotAccount, sent_ids: list[str]) -> None:
    """Every message left the INBOX, once, for the folder of its outcome."""
    m = messages.c
    with engine.connect() as conn:
        outcome = dict(conn.execute(select(m.message_id, m.outcome_folder)).all())
    assert dovecot.list("INBOX") == []
    found: Counter[str] = Counter()
    for key, folder in FOLDERS.items():
        for stored in dovecot.list(folder):
            message_id = str(message_from_bytes(stored.raw, policy=policy.default)["Message-ID"])
            found[message_id] += 1
            assert outcome[message_id] == key, (message_id, folder)
    assert found == Counter(sent_ids)
