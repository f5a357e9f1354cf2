"""GraphSource and GraphSender driving the real httpx client against a fake of the Graph mail
endpoints (no Microsoft 365 here); see tests/fakes/graph.py. The token provider is injected."""

from __future__ import annotations

import email
import email.policy
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest

from mailbot.senders.base import PermanentSendError, TransientSendError
from mailbot.senders.graph import GraphSender
from mailbot.sources.base import AuthenticationFailed, SourceUnavailable
from mailbot.sources.graph import GraphClient, GraphSource
from tests.fakes.graph import FakeGraph

MAILBOX = "dcyp-casework@mod.gov.uk"
T0 = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)


class Tokens:
    """An injected token provider: hands out `tokens` in turn, counts invalidations."""

    def __init__(self, *tokens: str) -> None:
        self.tokens = list(tokens)
        self.invalidated = 0

    def token(self) -> str:
        return self.tokens[0]

    def invalidate(self) -> None:
        self.invalidated += 1
        if len(self.tokens) > 1:
            self.tokens.pop(0)


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, seconds: float) -> None:
        with self._lock:
            self.calls.append(seconds)


def raw_message(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Probation <duty@probation.gov.uk>"
    msg["To"] = MAILBOX
    msg["Subject"] = f"Case {n}"
    msg["Message-ID"] = f"<case-{n}@probation.gov.uk>"
    msg.set_content(f"Referral {n} — please acknowledge.\n", charset="utf-8", cte="8bit")
    return msg.as_bytes(policy=email.policy.SMTP)


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        yield fake


def client(fake: FakeGraph, sleeps: Sleeps | None = None, **kwargs: object) -> GraphClient:
    tokens = kwargs.pop("tokens", None) or Tokens(fake.token)
    return GraphClient(
        MAILBOX,
        tokens,  # type: ignore[arg-type]
        base_url=fake.api_url,
        sleep=sleeps or Sleeps(),
        **kwargs,  # type: ignore[arg-type]
    )


def add(fake: FakeGraph, n: int, minutes: int | None = None) -> str:
    return fake.add_message(
        MAILBOX, raw_message(n), T0 + timedelta(minutes=n if minutes is None else minutes)
    )


# -- intake by delta query -------------------------------------------------------------------


def test_first_round_lists_the_inbox_oldest_first_with_exact_mime_and_arrival(
    graph: FakeGraph,
) -> None:
    ids = [add(graph, n, minutes) for n, minutes in enumerate((30, 10, 20))]
    src = GraphSource(client(graph))
    src.connect()

    fetched = src.fetch_new()
    src.close()

    assert [m.key for m in fetched] == [ids[1], ids[2], ids[0]]
    assert [m.raw for m in fetched] == [raw_message(1), raw_message(2), raw_message(0)]
    assert [m.arrived for m in fetched] == [T0 + timedelta(minutes=m) for m in (10, 20, 30)]


def test_the_second_delta_round_returns_only_new_messages(graph: FakeGraph) -> None:
    for n in range(3):
        add(graph, n)
    src = GraphSource(client(graph))
    assert len(src.fetch_new()) == 3
    first_state = src.delta_state

    new = [add(graph, n) for n in (3, 4)]
    second = src.fetch_new()
    third = src.fetch_new()
    src.close()

    assert [m.key for m in second] == new
    assert third == []
    assert first_state is not None and "deltatoken" in first_state
    assert src.delta_state != first_state


def test_delta_pages_are_followed_to_the_delta_link(graph: FakeGraph) -> None:
    for n in range(5):
        add(graph, n)
    src = GraphSource(client(graph), page_size=2)

    assert len(src.fetch_new()) == 5
    src.close()
    delta_calls = [p for m, p in graph.requests if p.endswith("/messages/delta")]
    assert len(delta_calls) == 3  # 2 + 2 + 1


def test_delta_state_advances_only_when_the_round_is_handed_out_and_resumes(
    graph: FakeGraph,
) -> None:
    for n in range(5):
        add(graph, n)
    src = GraphSource(client(graph))
    assert len(src.fetch_new(limit=2)) == 2
    assert src.delta_state is None  # a restart now must list the inbox again
    assert len(src.fetch_new(limit=2)) == 2
    assert src.delta_state is None
    assert len(src.fetch_new(limit=2)) == 1
    saved = src.delta_state
    assert saved is not None
    src.close()

    later = add(graph, 5)
    resumed = GraphSource(client(graph), delta_state=saved)  # after a restart
    assert [m.key for m in resumed.fetch_new()] == [later]
    resumed.close()


def test_wait_polls_the_delta_query(graph: FakeGraph) -> None:
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds
        if len(waits) == 2:
            add(graph, 1)  # arrives during the second pause

    src = GraphSource(client(graph), poll_seconds=5, sleep=sleep, clock=lambda: now[0])
    assert src.wait(4) is False
    assert waits == [4]
    waits.clear()
    assert src.wait(60) is True
    assert waits == [5, 5]
    assert [m.raw for m in src.fetch_new()] == [raw_message(1)]
    src.close()


# -- moves -----------------------------------------------------------------------------------


def test_move_creates_the_folder_once_and_the_key_survives_the_move(graph: FakeGraph) -> None:
    for n in range(2):
        add(graph, n)
    src = GraphSource(client(graph))
    fetched = src.fetch_new()

    for message in fetched:
        src.move(message.key, "Processed")

    moved = graph.in_folder(MAILBOX, "Processed")
    assert sorted(m.id for m in moved) == sorted(m.key for m in fetched)  # immutable ids
    assert graph.in_folder(MAILBOX, "inbox") == []
    assert sum(1 for m, p in graph.requests if m == "POST" and p.endswith("/mailFolders")) == 1
    assert src.fetch_new() == []  # the next round reports them removed, not new
    src.close()


def test_move_under_the_inbox_uses_child_folders(graph: FakeGraph) -> None:
    add(graph, 1)
    src = GraphSource(client(graph), folder_parent="inbox")
    [message] = src.fetch_new()
    src.move(message.key, "Exceptions")
    src.close()
    assert graph.mailbox(MAILBOX).folders and all(
        parent == "inbox" for _, parent in graph.mailbox(MAILBOX).folders.values()
    )
    assert [m.id for m in graph.in_folder(MAILBOX, "Exceptions")] == [message.key]


def test_moving_a_message_that_is_gone_is_not_an_error(graph: FakeGraph) -> None:
    add(graph, 1)
    src = GraphSource(client(graph))
    [message] = src.fetch_new()
    src.move(message.key, "Processed")
    src.move(message.key + "x", "Processed")  # unknown id: 404
    src.close()
    assert len(graph.in_folder(MAILBOX, "Processed")) == 1


# -- throttling and concurrency --------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 503])
def test_throttling_waits_the_servers_retry_after_then_retries(
    graph: FakeGraph, status: int
) -> None:
    add(graph, 1)
    sleeps = Sleeps()
    src = GraphSource(client(graph, sleeps))
    graph.throttle(1, retry_after=7, status=status, path_contains="$value")

    [message] = src.fetch_new()
    src.close()

    assert message.raw == raw_message(1)
    assert sleeps.calls == [7.0]
    assert sum(1 for _, p in graph.requests if p.endswith("$value")) == 2


def test_throttling_past_the_retries_is_source_unavailable(graph: FakeGraph) -> None:
    sleeps = Sleeps()
    src = GraphSource(client(graph, sleeps, max_retries=2))
    graph.throttle(3, retry_after=11)
    with pytest.raises(SourceUnavailable):
        src.fetch_new()
    src.close()
    assert sleeps.calls == [11.0, 11.0]


def test_at_most_four_requests_at_once_with_ten_parallel_fetches(graph: FakeGraph) -> None:
    for n in range(10):
        add(graph, n)
    graph.delay = 0.1
    src = GraphSource(client(graph), parallel=10)

    fetched = src.fetch_new()
    src.close()

    assert len(fetched) == 10
    assert graph.peak_in_flight == 4


def test_the_fake_would_see_more_than_four_without_the_limit(graph: FakeGraph) -> None:
    # the control for the test above: the fake's counter does see overlapping requests
    for n in range(10):
        add(graph, n)
    graph.delay = 0.1
    src = GraphSource(client(graph, max_concurrent=10), parallel=10)
    src.fetch_new()
    src.close()
    assert graph.peak_in_flight > 4


# -- authentication --------------------------------------------------------------------------


def test_a_refused_token_is_refreshed_once(graph: FakeGraph) -> None:
    tokens = Tokens("expired", graph.token)
    src = GraphSource(client(graph, tokens=tokens))
    src.connect()
    src.close()
    assert tokens.invalidated == 1


def test_a_token_refused_twice_is_authentication_failed(graph: FakeGraph) -> None:
    tokens = Tokens("wrong")
    src = GraphSource(client(graph, tokens=tokens))
    with pytest.raises(AuthenticationFailed):
        src.connect()
    src.close()


def test_an_unreachable_graph_is_source_unavailable() -> None:
    with FakeGraph() as fake:
        url = fake.api_url
    src = GraphSource(GraphClient(MAILBOX, Tokens("t"), base_url=url))
    with pytest.raises(SourceUnavailable):
        src.connect()
    src.close()


# -- sending ---------------------------------------------------------------------------------


def reply() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = MAILBOX
    msg["To"] = "duty@probation.gov.uk"
    msg["Subject"] = "Re: Case 1 [DCS-2026-000007]"
    msg["Message-ID"] = "<ack-7@mailbot.mod.gov.uk>"
    msg["In-Reply-To"] = "<case-1@probation.gov.uk>"
    msg["References"] = "<case-1@probation.gov.uk>"
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content("We have received your message.\n")
    return msg


def test_send_posts_raw_mime_and_keeps_our_headers(graph: FakeGraph) -> None:
    shared = client(graph)
    GraphSender(shared).send(reply(), ["duty@probation.gov.uk", "lead@mod.gov.uk"])
    shared.close()

    [raw] = graph.sent(MAILBOX)
    sent = email.message_from_bytes(raw, policy=email.policy.default)
    assert sent["Message-ID"] == "<ack-7@mailbot.mod.gov.uk>"
    assert sent["In-Reply-To"] == "<case-1@probation.gov.uk>"
    assert sent["Auto-Submitted"] == "auto-replied"
    assert sent["Bcc"] == "lead@mod.gov.uk"
    assert b"\r\n" in raw  # CRLF line ends, as MIME on the wire


def test_send_when_throttled_waits_then_sends_once(graph: FakeGraph) -> None:
    sleeps = Sleeps()
    shared = client(graph, sleeps)
    graph.throttle(1, retry_after=3, path_contains="sendMail")
    GraphSender(shared).send(reply(), ["duty@probation.gov.uk"])
    shared.close()
    assert sleeps.calls == [3.0]
    assert len(graph.sent(MAILBOX)) == 1


def test_send_with_a_refused_token_is_permanent(graph: FakeGraph) -> None:
    shared = client(graph, tokens=Tokens("wrong"))
    with pytest.raises(PermanentSendError):
        GraphSender(shared).send(reply(), ["duty@probation.gov.uk"])
    shared.close()


def test_send_while_graph_is_unavailable_is_transient(graph: FakeGraph) -> None:
    shared = client(graph, max_retries=1)
    graph.throttle(2, retry_after=1, status=503, path_contains="sendMail")
    with pytest.raises(TransientSendError):
        GraphSender(shared).send(reply(), ["duty@probation.gov.uk"])
    shared.close()
    assert graph.sent(MAILBOX) == []
