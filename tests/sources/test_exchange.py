"""ExchangeSource and ExchangeSender driving the real exchangelib against a fake EWS endpoint
(no Exchange Server can run here). The fake speaks SOAP over HTTP on 127.0.0.1 with Basic or
NTLM auth; see tests/fakes/ews.py."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest
from exchangelib import Build, Version

from mailbot.senders.base import PermanentSendError, TransientSendError
from mailbot.senders.exchange import ExchangeSender
from mailbot.sources.base import AuthenticationFailed, SourceUnavailable
from mailbot.sources.exchange import ExchangeSource, FolderParent
from tests.fakes.ews import FakeEws

VERSION = Version(build=Build(15, 1, 2507, 6))  # Exchange 2016 CU: no version probe
MAILBOX = "cass@kestrelford.gov.uk"
T0 = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)


class Sleeps:
    """An injected sleep: records what it was asked to wait, waits for nothing."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def raw_message(n: int, body: str = "Please send the file.") -> bytes:
    # CRLF, an 8-bit UTF-8 body and a binary attachment: the bytes must come back unchanged
    msg = EmailMessage()
    msg["From"] = "Police Referrals <referrals@elmridge.police.uk>"
    msg["To"] = MAILBOX
    msg["Subject"] = f"Request {n}"
    msg["Message-ID"] = f"<req-{n}@elmridge.police.uk>"
    msg.set_content(f"{body} — £{n}\n", charset="utf-8", cte="8bit")
    msg.add_attachment(bytes(range(256)) * 4, maintype="application", subtype="octet-stream")
    msg.set_boundary(f"boundary-{n}")  # the same bytes every time it is built
    return msg.as_bytes(policy=email.policy.SMTP)


@pytest.fixture
def ews() -> Iterator[FakeEws]:
    with FakeEws() as fake:
        yield fake


def source(
    fake: FakeEws,
    *,
    password: str | None = None,
    sleep: Sleeps | None = None,
    version: Version | None = VERSION,
    folder_parent: FolderParent = "root",
    **kwargs: object,
) -> ExchangeSource:
    return ExchangeSource(
        endpoint=fake.url,
        username=fake.username,
        password=fake.password if password is None else password,
        primary_smtp_address=MAILBOX,
        auth_type="NTLM" if fake.auth == "NTLM" else "basic",
        version=version,
        folder_parent=folder_parent,
        sleep=sleep or Sleeps(),
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def connected(ews: FakeEws) -> Iterator[tuple[FakeEws, ExchangeSource, Sleeps]]:
    sleeps = Sleeps()
    src = source(ews, sleep=sleeps)
    src.connect()
    yield ews, src, sleeps
    src.close()


# -- intake ----------------------------------------------------------------------------------


def test_fetch_returns_the_inbox_oldest_first_with_exact_mime_and_arrival(
    connected: tuple[FakeEws, ExchangeSource, Sleeps],
) -> None:
    fake, src, _ = connected
    arrivals = [T0 + timedelta(minutes=m) for m in (30, 10, 20)]
    ids = [fake.add_message(raw_message(n), at) for n, at in enumerate(arrivals)]

    fetched = src.fetch_new()

    assert [m.key for m in fetched] == [ids[1], ids[2], ids[0]]
    assert [m.raw for m in fetched] == [raw_message(1), raw_message(2), raw_message(0)]
    assert [m.arrived for m in fetched] == sorted(arrivals)
    assert all(m.arrived is not None and m.arrived.utcoffset() == timedelta(0) for m in fetched)
    assert type(fetched[0].arrived) is datetime  # not exchangelib's EWSDateTime


def test_fetch_honours_the_limit_and_keys_are_stable(
    connected: tuple[FakeEws, ExchangeSource, Sleeps],
) -> None:
    fake, src, _ = connected
    ids = [fake.add_message(raw_message(n), T0 + timedelta(minutes=n)) for n in range(5)]

    first = src.fetch_new(limit=2)
    for item in fake.items.values():
        item.changekey = "touched"  # a read flag or category changes the change key only
    again = src.fetch_new(limit=2)

    assert [m.key for m in first] == ids[:2]
    assert [m.key for m in again] == ids[:2]
    assert fake.calls.count("FindItem") == 2 and fake.calls.count("GetItem") == 2


def test_an_item_moved_away_between_listing_and_fetch_is_skipped(
    connected: tuple[FakeEws, ExchangeSource, Sleeps],
) -> None:
    fake, src, _ = connected
    keep = fake.add_message(raw_message(1), T0)
    gone = fake.add_message(raw_message(2), T0 + timedelta(minutes=1))
    original = fake.op_GetItem

    def vanish_then_get(request: object) -> str:
        fake.items.pop(gone, None)
        return original(request)  # type: ignore[arg-type]

    fake.op_GetItem = vanish_then_get  # type: ignore[method-assign]
    assert [m.key for m in src.fetch_new()] == [keep]


def test_without_an_explicit_version_exchangelib_probes_first(ews: FakeEws) -> None:
    ews.add_message(raw_message(1), T0)
    src = source(ews, version=None)
    src.connect()
    try:
        assert [m.raw for m in src.fetch_new()] == [raw_message(1)]
    finally:
        src.close()
    assert ews.calls[0] == "ConvertId"


def test_with_an_explicit_version_there_is_no_probe(
    connected: tuple[FakeEws, ExchangeSource, Sleeps],
) -> None:
    fake, _, _ = connected
    assert "ConvertId" not in fake.calls


# -- moves -----------------------------------------------------------------------------------


def test_move_creates_the_folder_under_the_top_of_the_mailbox_once(
    connected: tuple[FakeEws, ExchangeSource, Sleeps],
) -> None:
    fake, src, _ = connected
    for n in range(2):
        fake.add_message(raw_message(n), T0 + timedelta(minutes=n))
    fetched = src.fetch_new()

    for message in fetched:
        src.move(message.key, "Processed")

    folder = fake.folder_named("Processed")
    top = fake.folder_named("msgfolderroot")
    assert folder is not None and top is not None and folder.parent_id == top.id
    assert sorted(i.mime for i in fake.messages_in("Processed")) == sorted(m.raw for m in fetched)
    assert fake.messages_in("inbox") == []
    assert src.fetch_new() == []
    assert fake.calls.count("CreateFolder") == 1 and fake.calls.count("MoveItem") == 2


def test_move_can_use_an_existing_folder_under_the_inbox(ews: FakeEws) -> None:
    inbox = ews.folder_named("inbox")
    assert inbox is not None
    existing = ews._folder("exceptions", inbox.id)  # a person made it, in other case
    ews.add_message(raw_message(1), T0)
    src = source(ews, folder_parent="inbox")
    src.connect()
    try:
        [message] = src.fetch_new()
        src.move(message.key, "Exceptions")
    finally:
        src.close()
    assert [i.folder_id for i in ews.messages_in("exceptions")] == [existing.id]
    assert "CreateFolder" not in ews.calls


def test_folders_named_at_construction_are_made_at_connect(ews: FakeEws) -> None:
    src = source(ews, folders=("Processed", "Exceptions", "Automated"))
    src.connect()
    src.close()
    assert all(ews.folder_named(n) for n in ("Processed", "Exceptions", "Automated"))


def test_moving_an_item_that_is_already_gone_is_not_an_error(
    connected: tuple[FakeEws, ExchangeSource, Sleeps],
) -> None:
    fake, src, _ = connected
    fake.add_message(raw_message(1), T0)
    [message] = src.fetch_new()
    src.move(message.key, "Processed")

    src.move(message.key, "Processed")  # after a crash between the move and its record

    assert len(fake.messages_in("Processed")) == 1


# -- waiting ---------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self.on_sleep: list[object] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_wait_polls_until_the_timeout_then_sees_a_new_message(ews: FakeEws) -> None:
    clock = FakeClock()
    src = ExchangeSource(
        endpoint=ews.url,
        username=ews.username,
        password=ews.password,
        primary_smtp_address=MAILBOX,
        auth_type="basic",
        version=VERSION,
        poll_seconds=5,
        sleep=clock.sleep,
        clock=clock.time,
    )
    src.connect()
    try:
        ews.add_message(raw_message(1), T0)
        src.fetch_new()  # handed out: not new any more
        assert src.wait(12) is False
        assert clock.sleeps == [5, 5, 2]

        ews.add_message(raw_message(2), T0 + timedelta(minutes=1))
        clock.sleeps.clear()
        assert src.wait(60) is True
        assert clock.sleeps == []
    finally:
        src.close()


# -- authentication --------------------------------------------------------------------------


def test_a_wrong_password_is_authentication_failed(ews: FakeEws) -> None:
    src = source(ews, password="wrong")
    with pytest.raises(AuthenticationFailed):
        src.connect()
    src.close()


@pytest.fixture
def ntlm_ews(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeEws]:
    with FakeEws(auth="NTLM") as fake:
        monkeypatch.setenv("NTLM_USER_FILE", str(fake.ntlm_user_file))
        yield fake


def test_ntlm_login_fetches_and_moves(ntlm_ews: FakeEws) -> None:
    ntlm_ews.add_message(raw_message(1), T0)
    src = source(ntlm_ews)
    src.connect()
    try:
        [message] = src.fetch_new()
        src.move(message.key, "Processed")
    finally:
        src.close()
    assert message.raw == raw_message(1)
    assert len(ntlm_ews.messages_in("Processed")) == 1


def test_a_wrong_ntlm_password_is_authentication_failed(ntlm_ews: FakeEws) -> None:
    src = source(ntlm_ews, password="wrong")
    with pytest.raises(AuthenticationFailed):
        src.connect()
    src.close()


# -- a busy or broken server -----------------------------------------------------------------


def test_server_busy_is_retried_after_the_servers_back_off(
    connected: tuple[FakeEws, ExchangeSource, Sleeps],
) -> None:
    fake, src, sleeps = connected
    fake.add_message(raw_message(1), T0)
    fake.fail_next("busy", operation="FindItem", back_off_ms=2500)

    fetched = src.fetch_new()

    assert [m.raw for m in fetched] == [raw_message(1)]
    assert sleeps.calls == [2.5]
    assert fake.calls.count("FindItem") == 2


def test_server_busy_past_the_retries_is_source_unavailable(
    connected: tuple[FakeEws, ExchangeSource, Sleeps],
) -> None:
    fake, src, sleeps = connected
    fake.fail_next("busy", count=4, operation="FindItem", back_off_ms=1000)

    with pytest.raises(SourceUnavailable):
        src.fetch_new()
    assert sleeps.calls == [1.0, 1.0, 1.0]  # three retries, each after the server's back-off


def test_a_503_retry_after_is_honoured(connected: tuple[FakeEws, ExchangeSource, Sleeps]) -> None:
    fake, src, sleeps = connected
    fake.fail_next("503", operation="FindItem", retry_after=4)

    assert src.fetch_new() == []
    assert sleeps.calls == [4.0]


@pytest.mark.parametrize("kind", ["http500", "drop"])
def test_a_broken_answer_is_source_unavailable_and_the_next_call_works(
    connected: tuple[FakeEws, ExchangeSource, Sleeps], kind: str
) -> None:
    fake, src, _ = connected
    fake.add_message(raw_message(1), T0)
    fake.fail_next(kind, operation="FindItem")  # type: ignore[arg-type]

    with pytest.raises(SourceUnavailable):
        src.fetch_new()
    assert [m.raw for m in src.fetch_new()] == [raw_message(1)]


def test_an_unreachable_server_is_source_unavailable() -> None:
    with FakeEws() as fake:
        url, user, password = fake.url, fake.username, fake.password
    src = ExchangeSource(
        endpoint=url,
        username=user,
        password=password,
        primary_smtp_address=MAILBOX,
        auth_type="basic",
        version=VERSION,
    )
    with pytest.raises(SourceUnavailable):
        src.connect()
    src.close()


# -- sending ---------------------------------------------------------------------------------


def reply() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = MAILBOX
    msg["To"] = "referrals@elmridge.police.uk"
    msg["Subject"] = "Re: Request 1 [CASS-2026-000042]"
    msg["Message-ID"] = "<ack-42@mailbot.kestrelford.gov.uk>"
    msg["In-Reply-To"] = "<req-1@elmridge.police.uk>"
    msg["References"] = "<req-1@elmridge.police.uk>"
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content("We have received your request.\n")
    return msg


def sender(fake: FakeEws, **kwargs: object) -> ExchangeSender:
    return ExchangeSender(
        endpoint=fake.url,
        username=fake.username,
        password=str(kwargs.pop("password", fake.password)),
        primary_smtp_address=MAILBOX,
        auth_type="basic",
        version=VERSION,
        **kwargs,  # type: ignore[arg-type]
    )


def test_send_and_save_copy_keeps_our_headers(ews: FakeEws) -> None:
    out = sender(ews)
    out.send(reply(), ["referrals@elmridge.police.uk"])
    out.close()

    [record] = ews.sent
    assert record.disposition == "SendAndSaveCopy" and record.saved_folder == "sentitems"
    sent = email.message_from_bytes(record.mime, policy=email.policy.default)
    assert sent["Message-ID"] == "<ack-42@mailbot.kestrelford.gov.uk>"
    assert sent["In-Reply-To"] == "<req-1@elmridge.police.uk>"
    assert sent["Auto-Submitted"] == "auto-replied"
    assert sent["Subject"] == "Re: Request 1 [CASS-2026-000042]"
    assert [i.mime for i in ews.messages_in("sentitems")] == [record.mime]


def test_send_only_saves_no_copy(ews: FakeEws) -> None:
    out = sender(ews, save_copy=False)
    out.send(reply(), ["referrals@elmridge.police.uk"])
    out.close()
    assert [r.disposition for r in ews.sent] == ["SendOnly"]
    assert ews.messages_in("sentitems") == []


def test_a_recipient_not_in_the_headers_is_added_as_bcc(ews: FakeEws) -> None:
    out = sender(ews)
    out.send(reply(), ["referrals@elmridge.police.uk", "ra-team@kestrelford.gov.uk"])
    out.close()
    sent = email.message_from_bytes(ews.sent[0].mime, policy=email.policy.default)
    assert sent["Bcc"] == "ra-team@kestrelford.gov.uk"
    assert sent["To"] == "referrals@elmridge.police.uk"


def test_a_header_address_not_asked_for_is_refused_before_sending(ews: FakeEws) -> None:
    out = sender(ews)
    with pytest.raises(PermanentSendError):
        out.send(reply(), ["someone-else@kestrelford.gov.uk"])
    out.close()
    assert "CreateItem" not in ews.calls


def test_send_with_a_wrong_password_is_permanent(ews: FakeEws) -> None:
    out = sender(ews, password="wrong")
    with pytest.raises(PermanentSendError):
        out.send(reply(), ["referrals@elmridge.police.uk"])
    out.close()


def test_send_when_busy_waits_the_back_off_then_sends_once(ews: FakeEws) -> None:
    sleeps = Sleeps()
    out = sender(ews, sleep=sleeps)
    ews.fail_next("busy", operation="CreateItem", back_off_ms=3000)
    out.send(reply(), ["referrals@elmridge.police.uk"])
    out.close()
    assert sleeps.calls == [3.0]
    assert len(ews.sent) == 1


def test_send_when_the_connection_drops_is_transient(ews: FakeEws) -> None:
    out = sender(ews)
    ews.fail_next("drop", operation="CreateItem")
    with pytest.raises(TransientSendError):
        out.send(reply(), ["referrals@elmridge.police.uk"])
    out.close()
    assert ews.sent == []
