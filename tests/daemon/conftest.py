"""A daemon on the embedded default: Maildir mailboxes, a SQLite file, the folder sender."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
import yaml

from mailbot.config import Settings, load_settings
from mailbot.daemon import Daemon, Summary
from mailbot.runner import build_daemon
from mailbot.sources.maildir import deliver
from mailbot.store.db import make_engine, upgrade
from mailbot.store.imports import import_cases, import_tracker
from tests.fixtures.dovecot import DovecotAccount
from tests.fixtures.smtp import SmtpCapture
from tests.shell.mail import CASES_CSV, TRACKER_CSV

ROOT = Path(__file__).resolve().parents[2]
MAILBOT = str(Path(sys.executable).parent / "mailbot")


def write_config(folder: Path, database_url: str, **overrides: object) -> Path:
    data = yaml.safe_load((ROOT / "config" / "mailbot.example.yaml").read_text())
    data["state_dir"] = str(folder / "state")
    data["database_url"] = database_url
    for name in ("cass", "dcs"):
        data["mailboxes"][name]["source"]["path"] = str(folder / "mail" / name)
    data["sender"] = {"type": "folder", "path": str(folder / "outbound")}
    data["case_notes"] = {"type": "folder", "path": str(folder / "case-notes")}
    data.update(overrides)
    path = folder / "mailbot.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


@dataclass
class Rig:
    folder: Path
    settings: Settings
    url: str

    def deliver(self, raw: bytes, mailbox: str = "cass") -> str:
        return deliver(self.folder / "mail" / mailbox, raw)

    def daemon(
        self,
        holder: str = "test-instance",
        clock: Callable[[], datetime] | None = None,
        schedule: bool = False,  # the scheduler's clocks are tested in tests/scheduler
    ) -> Daemon:
        return build_daemon(
            self.settings, make_engine(self.url), holder=holder, clock=clock, schedule=schedule
        )

    def run_once(self) -> Summary:
        return self.daemon().run(once=True)

    def sent(self) -> list[EmailMessage]:
        out = []
        for path in sorted((self.folder / "outbound" / "new").glob("*.eml")):
            msg = message_from_bytes(path.read_bytes(), policy=policy.default)
            assert isinstance(msg, EmailMessage)
            out.append(msg)
        return out

    def folder_count(self, mailbox: str, folder: str) -> int:
        cur = self.folder / "mail" / mailbox / f".{folder}" / "cur"
        return len(list(cur.iterdir())) if cur.exists() else 0

    def inbox_count(self, mailbox: str) -> int:
        root = self.folder / "mail" / mailbox
        return sum(
            len(list((root / sub).iterdir())) for sub in ("new", "cur") if (root / sub).exists()
        )


def make_rig(folder: Path, url: str, **overrides: object) -> Rig:
    settings = load_settings(write_config(folder, url, **overrides))
    upgrade(url)
    engine = make_engine(url)
    (folder / "cases.csv").write_text(CASES_CSV)
    (folder / "tracker.csv").write_text(TRACKER_CSV)
    import_cases(engine, folder / "cases.csv")
    import_tracker(engine, folder / "tracker.csv")
    engine.dispose()
    return Rig(folder, settings, url)


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    yield make_rig(tmp_path, f"sqlite:///{tmp_path / 'store.sqlite3'}")


def use_real_servers(
    config: Path, smtp: SmtpCapture, accounts: dict[str, DovecotAccount], **overrides: object
) -> dict[str, str]:
    """Rewrite `config` (from `write_config`) for real servers: SMTP to the aiosmtpd capture
    and each mailbox in `accounts` on its own Dovecot user (mailboxes not named are dropped).
    Returns the environment the daemon needs: the IMAP passwords, which never go in the file."""
    data = yaml.safe_load(config.read_text())
    data["sender"] = {"type": "smtp", "host": smtp.host, "port": smtp.port, "security": "none"}
    env = {}
    for name in list(data["mailboxes"]):
        account = accounts.get(name)
        if account is None:
            del data["mailboxes"][name]
            continue
        variable = f"MAILBOT_TEST_IMAP_PASSWORD_{name.upper()}"
        env[variable] = account.password
        data["mailboxes"][name]["source"] = {
            "type": "imap", "host": account.host, "port": account.port, "security": "none",
            "username": account.user, "password": {"env": variable}, "poll_seconds": 5,
        }  # fmt: skip
    data.update(overrides)
    config.write_text(yaml.safe_dump(data))
    return env


def start_daemon(
    config: Path, log: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """`mailbot run` as its own process, logging to `log`, in a process group of its own (so
    what it starts can be found by group)."""
    with log.open("ab") as out:  # the child keeps its own descriptor
        return subprocess.Popen(
            [MAILBOT, "--config", str(config), "run"], stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, env={**os.environ, **(env or {}), "PYTHONUNBUFFERED": "1"},
            start_new_session=True,
        )  # fmt: skip
