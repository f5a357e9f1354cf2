"""Several daemon instances on one PostgreSQL database: the one holding the mailboxes is
killed mid-backlog and the other finishes the work, with nothing lost or sent twice."""

from __future__ import annotations

import signal
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine, func, select
from sqlalchemy.pool import NullPool

from mailbot.store.db import make_engine
from mailbot.store.models import decisions, effects, messages
from tests.fixtures.smtp import SmtpCapture
from tests.shell.mail import message

from .conftest import make_rig, start_daemon

pytestmark = pytest.mark.postgres
BACKLOG = 60


_ENGINES: dict[str, Engine] = {}


def _engine(url: str) -> Engine:
    if url not in _ENGINES:
        _ENGINES[url] = make_engine(url, poolclass=NullPool)  # polling must not hoard connections
    return _ENGINES[url]


def _decided(url: str) -> int:
    with _engine(url).connect() as conn:
        return int(conn.execute(select(func.count()).select_from(decisions)).scalar_one())


def _unfinished(url: str) -> int:
    with _engine(url).connect() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(effects).where(effects.c.state == "pending")
            ).scalar_one()
        )


def test_a_killed_instance_is_taken_over_and_nothing_is_lost_or_sent_twice(
    tmp_path: Path, pg_url: str, smtp_capture: SmtpCapture
) -> None:
    rig = make_rig(tmp_path, pg_url, lease_seconds=5,
                   sender={"type": "smtp", "host": smtp_capture.host, "port": smtp_capture.port, "security": "none"})  # fmt: skip
    config = tmp_path / "mailbot.yaml"
    data = yaml.safe_load(config.read_text())
    data["sender"] = {
        "type": "smtp",
        "host": smtp_capture.host,
        "port": smtp_capture.port,
        "security": "none",
    }
    config.write_text(yaml.safe_dump(data))
    for i in range(BACKLOG):  # different senders: the daily auto-reply limit is per sender
        rig.deliver(message(
            "Does Poppy Lindqvist (02/03/2014) have an allocated social worker? A name and number please.",
            subject=f"Poppy Lindqvist ({i})", sender=f"Officer {i} <officer{i}@elmridge.police.uk>",
        ))  # fmt: skip
    log = tmp_path / "instances.log"
    first = start_daemon(config, log)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _decided(pg_url) < BACKLOG // 4:
            time.sleep(0.05)
        assert _decided(pg_url) >= BACKLOG // 4, log.read_text()[-3000:]
        first.send_signal(signal.SIGKILL)  # mid-backlog, without a chance to release anything
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            first.kill()
    assert _decided(pg_url) < BACKLOG, "the first instance finished before it could be killed"
    with _engine(pg_url).connect() as conn:
        # sends the kill may have interrupted: claimed by the dead instance, not recorded done;
        # the executor records each Message-ID before it sends, so a second copy carries it
        in_flight = set(
            conn.execute(
                select(effects.c.outbound_message_id).where(
                    effects.c.state == "pending",
                    effects.c.claimed_by.is_not(None),
                    effects.c.outbound_message_id.is_not(None),
                )
            ).scalars()
        )

    # the other instance is another installation (as on another machine): its own state
    # directory, so it waits for the dead one's lease (5 s) to expire before it takes over
    other = yaml.safe_load(config.read_text())
    other["state_dir"] = str(tmp_path / "second-state")
    second_config = tmp_path / "second.yaml"
    second_config.write_text(yaml.safe_dump(other))
    second = start_daemon(second_config, log)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and (_decided(pg_url) < BACKLOG or _unfinished(pg_url)):
            time.sleep(0.2)
    finally:
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=15) == 0

    with _engine(pg_url).connect() as conn:
        references = conn.execute(select(decisions.c.reference)).scalars().all()
        unmoved = conn.execute(
            select(func.count()).select_from(messages).where(messages.c.moved.is_(False))
        ).scalar_one()
    assert (
        len(references) == BACKLOG and len(set(references)) == BACKLOG
    )  # every message decided once
    assert unmoved == 0 and rig.inbox_count("cass") == 0
    # the replies to the backlog (the scheduler's own notices, such as the monthly locked-case
    # review, run on the real clock in these processes and are not counted here)
    replies = [
        c
        for c in smtp_capture.messages
        if c.message["X-Mailbot-Kind"] in ("acknowledgement", "level1_response")
    ]
    sent = Counter(str(c.message["Message-ID"]) for c in replies)
    assert len(sent) == 2 * BACKLOG  # an acknowledgement and a level-1 response each: none lost
    twice = {mid for mid, n in sent.items() if n > 1}
    # nothing sent twice, except at most the one send the kill interrupted (its Message-ID is
    # the same, so the receiving side can tell the copy apart)
    assert twice <= in_flight and len(twice) <= 1
    _ENGINES.pop(pg_url).dispose()
