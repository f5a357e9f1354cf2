"""A store with real decisions for the console tests: messages taken in by the daemon
(Maildir, SQLite file), a case directory with a name two children share and a locked case,
and an account per role."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select

from mailbot.console import auth
from mailbot.store.db import make_engine
from mailbot.store.imports import import_cases
from mailbot.store.models import decisions, messages
from tests.daemon.conftest import Rig, make_rig
from tests.fixtures.smtp import SmtpCapture
from tests.shell.mail import message

CASES = """person_id,given_name,family_name,dob,household_id,status,closed_on,allocated_worker,worker_email,team,team_manager_email,restriction,restriction_owner_email,area
700001,Jamie,Hollis,2015-02-11,HH-71,open,,Wren Adeyemi,w.adeyemi@kestrelford.gov.uk,Locality West,tm.west@kestrelford.gov.uk,,,West
700002,Jamie,Hollis,2018-07-30,HH-72,open,,Ola Brandt,o.brandt@kestrelford.gov.uk,Locality East,tm.east@kestrelford.gov.uk,,,East
700003,Tobias,Fenn,2013-05-05,HH-73,open,,Cal Worker,c.worker@kestrelford.gov.uk,CP,tm.cp@kestrelford.gov.uk,locked,lock.owner@kestrelford.gov.uk,East
700004,Ellis,Marr,2012-01-09,HH-74,open,,Cal Worker,c.worker@kestrelford.gov.uk,Locality West,tm.west@kestrelford.gov.uk,,,West
"""
PASSWORD = "correct horse battery staple"
ROLES = {
    "bs": ("business_support", "bs.one@kestrelford.gov.uk"),
    "tm": ("team_manager", "tm.west@kestrelford.gov.uk"),
    "sct": ("sensitive_case_team", "sct@kestrelford.gov.uk"),
    "admin": ("administrator", "it.admin@kestrelford.gov.uk"),
    "owner": ("team_manager", "lock.owner@kestrelford.gov.uk"),
}
NOW = datetime.now(UTC).replace(microsecond=0)

AMBIGUOUS = message(
    "Dear colleagues,\n\nWe are making enquiries about Jamie Hollis and ask whether the family is"
    " known to children's services and who the allocated worker is. This is a level 2 request"
    " for information about any current involvement.\nConsent: the parent has given consent.\n\n"
    "Regards\nDC Dana Reeve\nElmridge Police\n",
    subject="Information request - Jamie Hollis",
    received=NOW,
)
RESTRICTED = message(
    "Hello,\n\nPlease can you tell us whether Tobias Fenn, date of birth 05/05/2013, is open to"
    " children's services and who the allocated social worker is. Consent has been given by"
    " his mother.\n\nThanks\nPC Lee Hart\n",
    subject="Information request - Tobias Fenn DOB 05/05/2013",
    sender="Lee Hart <lee.hart@elmridge.police.uk>",
    dmarc="fail",
    received=NOW,
)
HOSTILE_HTML = (
    b"From: Pat Quill <pat.quill@elmridge.police.uk>\r\n"
    b"To: cass@kestrelford.gov.uk\r\n"
    b"Subject: Information request - Ellis Marr\r\n"
    b"Message-ID: <hostile.1@elmridge.police.uk>\r\n"
    b"Date: " + NOW.strftime("%a, %d %b %Y %H:%M:%S +0000").encode() + b"\r\n"
    b"Authentication-Results: mx.kestrelford.gov.uk; spf=fail smtp.mailfrom=elmridge.police.uk;"
    b" dkim=fail header.d=elmridge.police.uk; dmarc=fail header.from=elmridge.police.uk\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: text/html; charset="utf-8"\r\n\r\n'
    b"<html><body><p>Is Ellis Marr, date of birth 09/01/2012, known to you?"
    b" Consent given by the parent.</p>"
    b"<script>window.__pwned = 1; document.title = 'pwned';</script>"
    b'<img src="http://tracker.invalid/pixel.png" onerror="window.__pwned = 2">'
    b'<a href="javascript:window.__pwned = 3">click</a>'
    b'<form action="http://evil.invalid/"><input name="q"></form>'
    b'<p onclick="window.__pwned = 4">Regards, Pat</p></body></html>\r\n'
)


@dataclass
class ConsoleRig:
    rig: Rig
    engine: Engine
    items: dict[str, int] = field(default_factory=dict)  # name -> message pk
    served: Any = None
    clients: list[Any] = field(default_factory=list)

    @property
    def settings(self):  # type: ignore[no-untyped-def]
        return self.rig.settings


def make_console_rig(folder: Path, url: str, **overrides: object) -> ConsoleRig:
    rig = make_rig(folder, url, **overrides)
    engine = make_engine(url)
    (folder / "console-cases.csv").write_text(CASES)
    import_cases(engine, folder / "console-cases.csv")
    names = {}
    for name, raw in (("ambiguous", AMBIGUOUS), ("restricted", RESTRICTED),
                      ("hostile", HOSTILE_HTML)):  # fmt: skip
        rig.deliver(raw)
        names[name] = raw
    rig.run_once()
    for username, (role, email) in ROLES.items():
        auth.add_user(engine, username, role, email=email, password=PASSWORD)
    found: dict[str, int] = {}
    with engine.connect() as conn:
        rows = conn.execute(select(messages.c.id, messages.c.raw)).all()
    for name, raw in names.items():
        found[name] = next(r.id for r in rows if r.raw == raw)
    return ConsoleRig(rig, engine, found)


def exception_of(engine: Engine, pk: int) -> str | None:
    with engine.connect() as conn:
        return conn.execute(
            select(decisions.c.exception).where(decisions.c.message_pk == pk)
        ).scalar()


class Served:
    """The console served by uvicorn on a free loopback port, in a thread (a real server,
    as a browser or HTTP client meets it)."""

    def __init__(self, settings: object, engine: Engine) -> None:
        import socket
        import threading
        import time

        import uvicorn

        from mailbot.console.app import create_app

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        config = uvicorn.Config(
            create_app(settings, engine),  # type: ignore[arg-type]
            host="127.0.0.1", port=self.port, log_level="warning", lifespan="off",
        )  # fmt: skip
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the console did not start")
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def crig(tmp_path: Path, smtp_capture: SmtpCapture) -> Iterator[ConsoleRig]:
    sender = {"type": "smtp", "host": smtp_capture.host, "port": smtp_capture.port,
              "security": "none"}  # fmt: skip
    crig = make_console_rig(
        tmp_path, f"sqlite:///{tmp_path / 'store.sqlite3'}", sender=sender,
        console={"secure_cookies": False, "poll_seconds": 2},
    )  # fmt: skip
    crig.served = Served(crig.settings, crig.engine)
    clients: list[httpx.Client] = []
    crig.clients = clients
    yield crig
    for c in clients:
        c.close()
    crig.served.stop()
    crig.engine.dispose()
