"""A daemon restarted after a crash takes its dead predecessor's mailbox leases at once;
another installation still waits for them to expire."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml
from sqlalchemy import func, select

from mailbot.leases import dead_predecessor, holder_name, instance_key
from mailbot.store.db import make_engine
from mailbot.store.models import decisions
from tests.shell.mail import message

from .conftest import Rig, make_rig, start_daemon

LEVEL1 = (
    "Does Poppy Lindqvist (02/03/2014) have an allocated social worker? A name and number please."
)
LEASE_SECONDS = 60  # far longer than a restart that takes the lease at once needs


def _wait_for(log: Path, marker: str, count: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.read_text(errors="replace").count(marker) >= count:
            return True
        time.sleep(0.05)
    return False


def _decided(rig: Rig) -> int:
    engine = make_engine(rig.url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(decisions)).scalar_one())
    finally:
        engine.dispose()


def _dead_pid() -> int:
    """The pid of a process that has ended."""
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(gone.stdout)


def _killed_holder(rig: Rig, log: Path) -> None:
    """A daemon that took the mailboxes and was then SIGKILLed (its leases still run)."""
    first = start_daemon(rig.folder / "mailbot.yaml", log)
    try:
        assert _wait_for(log, "lease taken", 2, 60), log.read_text()[-2000:]  # cass and dcs
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)


def test_a_restarted_daemon_takes_its_dead_predecessors_lease_at_once(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, f"sqlite:///{tmp_path / 'store.sqlite3'}", lease_seconds=LEASE_SECONDS)
    log = tmp_path / "daemon.log"
    _killed_holder(rig, log)
    rig.deliver(message(LEVEL1, subject="after the crash"))
    restarted = start_daemon(rig.folder / "mailbot.yaml", log)
    try:
        # well inside the dead holder's lease: taken because its process is gone
        assert _wait_for(log, "decided mailbox=cass", 1, LEASE_SECONDS / 3), log.read_text()[-2000:]
    finally:
        restarted.send_signal(signal.SIGTERM)
        assert restarted.wait(timeout=15) == 0
    assert _decided(rig) == 1


def test_another_installation_waits_for_the_lease_to_expire(tmp_path: Path) -> None:
    rig = make_rig(tmp_path, f"sqlite:///{tmp_path / 'store.sqlite3'}", lease_seconds=LEASE_SECONDS)
    log = tmp_path / "daemon.log"
    _killed_holder(rig, log)
    rig.deliver(message(LEVEL1, subject="after the crash"))
    # the same store and mailboxes, another state directory: another installation (machine)
    config = yaml.safe_load((rig.folder / "mailbot.yaml").read_text())
    config["state_dir"] = str(tmp_path / "other-state")
    other_config = tmp_path / "other.yaml"
    other_config.write_text(yaml.safe_dump(config))
    other_log = tmp_path / "other.log"
    other = start_daemon(other_config, other_log)
    try:
        # it starts within a second or two and asks for the leases every LEASE_SECONDS / 4
        assert not _wait_for(other_log, "lease taken", 1, 10), other_log.read_text()[-2000:]
        assert other.poll() is None and _decided(rig) == 0
    finally:
        other.send_signal(signal.SIGTERM)
        assert other.wait(timeout=15) == 0


def test_only_a_dead_process_of_the_same_installation_on_this_host_is_a_predecessor(
    tmp_path: Path,
) -> None:
    key = instance_key(tmp_path / "state")
    assert instance_key(tmp_path / "state") == key  # kept
    mine = holder_name(key)
    host, _, _, _ = mine.split(":")
    dead_pid = _dead_pid()
    assert dead_predecessor(f"{host}:{dead_pid}:abc123:{key}", mine)
    assert not dead_predecessor(f"{host}:{os.getppid()}:abc123:{key}", mine)  # it runs
    assert not dead_predecessor(f"{host}:{dead_pid}:abc123:another", mine)  # another install
    assert not dead_predecessor(f"elsewhere:{dead_pid}:abc123:{key}", mine)  # another machine
    assert not dead_predecessor(f"{host}:{dead_pid}:abc123", mine)  # an older name
    assert not dead_predecessor(mine, mine)


def test_taking_from_a_dead_predecessor_frees_every_claim_it_held(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import insert

    from mailbot.leases import take_from_predecessor
    from mailbot.store.models import effects, mailbox_leases

    rig = make_rig(tmp_path, f"sqlite:///{tmp_path / 'store.sqlite3'}")
    key = instance_key(tmp_path / "state")
    mine = holder_name(key)
    host = mine.split(":")[0]
    dead_pid = _dead_pid()
    dead = f"{host}:{dead_pid}:abc123:{key}"
    stranger = f"{host}:{dead_pid}:abc123:another"
    later = datetime.now(UTC) + timedelta(minutes=5)
    engine = make_engine(rig.url)
    with engine.begin() as conn:
        conn.execute(insert(mailbox_leases), [
            {"mailbox": "cass", "holder": dead, "expires_at": later},
            {"mailbox": "dcs", "holder": stranger, "expires_at": later},
        ])  # fmt: skip
        conn.execute(insert(effects), [  # a scheduler's notice each: no message, no mailbox
            {"message_pk": None, "kind": "escalate", "key": f"notice-{n}", "payload": "{}",
             "state": "pending", "attempts": 0, "next_attempt_at": later,
             "claimed_by": holder, "claimed_until": later}
            for n, holder in enumerate((dead, stranger))
        ])  # fmt: skip
    assert not take_from_predecessor(engine, "dcs", mine, 30)  # not ours to judge
    assert take_from_predecessor(engine, "cass", mine, 30)
    with engine.connect() as conn:
        leases = dict(conn.execute(select(mailbox_leases.c.mailbox, mailbox_leases.c.holder)).all())
        claims = dict(conn.execute(select(effects.c.key, effects.c.claimed_by)).all())
    engine.dispose()
    assert leases == {"cass": mine, "dcs": stranger}
    assert claims == {"notice-0": None, "notice-1": stranger}
