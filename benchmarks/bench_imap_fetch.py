"""IMAP fetch speed against a private Dovecot: the floor the daemon is measured against.

Appends N messages (MULTIAPPEND, 100 a command) to a private Dovecot started by the test
fixture's code, then times, over the same backlog:
  1. plain imapclient: UID FETCH BODY.PEEK[] in batches of 100, bytes only;
  2. the same plus `email.message_from_bytes(policy=default)` of every message (the
     reference rate of the issue's speed target);
  3. `ImapSource.fetch_new` reading the whole backlog (what the source adds to 1);
  4. the daemon's intake pattern: `fetch_new(limit=100)`, then `move` of each message to a
     Processed folder, until the inbox is empty (skipped with --no-move).
Prints messages/s for each and the ratios.

    .venv/bin/python benchmarks/bench_imap_fetch.py [--count 2000] [--seed 1] [--no-move]
"""

from __future__ import annotations

import argparse
import email
import random
import resource
import sys
import time
from collections.abc import Callable, Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mailbot.sources.imap import ImapSource, PasswordAuth  # noqa: E402
from tests.fixtures.dovecot import DovecotAccount, DovecotServer  # noqa: E402

BATCH = 100
WORDS = [
    "referral",
    "concern",
    "school",
    "health",
    "visit",
    "plan",
    "meeting",
    "family",
    "review",
    "support",
    "contact",
    "assessment",
    "strategy",
    "report",
    "attached",
    "please",
    "advise",
    "urgent",
    "today",
    "received",
    "thanks",
]


def synthetic_messages(count: int, seed: int) -> Iterator[bytes]:
    """Messages of 3-73 KB like a council inbox's: plain and HTML alternatives, one in five
    with a base64 attachment. Invented words only: no personal data."""
    rng = random.Random(seed)
    for n in range(count):
        size = rng.randint(3_000, 73_000)
        attach = n % 5 == 0
        text_size = size // 3 if attach else size // 2
        text = " ".join(rng.choice(WORDS) for _ in range(text_size // 7))
        message = EmailMessage()
        message["From"] = f"sender{n % 97}@example.org"
        message["To"] = "triage@example.gov.uk"
        message["Subject"] = f"Bench message {n}"
        message["Message-ID"] = f"<bench-{seed}-{n}@example.org>"
        message["Date"] = "Mon, 02 Mar 2026 09:00:00 +0000"
        message.set_content(text)
        message.add_alternative(f"<html><body><p>{text}</p></body></html>", subtype="html")
        if attach:
            message.add_attachment(
                rng.randbytes(size - 2 * text_size), "application", "octet-stream",
                filename=f"document-{n}.bin",
            )  # fmt: skip
        yield message.as_bytes()


def append_backlog(account: DovecotAccount, count: int, seed: int) -> tuple[int, float, float]:
    """Append `count` messages; returns (count, seconds, megabytes)."""
    total = 0

    def counted() -> Iterator[bytes]:
        nonlocal total
        for raw in synthetic_messages(count, seed):
            total += len(raw)
            yield raw

    started = time.perf_counter()
    appended = account.append_many(counted(), batch=BATCH)
    return appended, time.perf_counter() - started, total / 1e6


def plain_fetch(account: DovecotAccount, parse: bool) -> tuple[int, float]:
    """imapclient UID FETCH BODY.PEEK[] of the whole inbox in batches (and parse each)."""
    with account.client() as client:
        started = time.perf_counter()
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["ALL"]))
        count = 0
        for start in range(0, len(uids), BATCH):
            fetched = client.fetch(uids[start : start + BATCH], ["BODY.PEEK[]"])
            for data in fetched.values():
                raw = data[b"BODY[]"]
                if parse:
                    parsed: Any = email.message_from_bytes(raw, policy=policy.default)
                    assert parsed["Message-ID"] is not None
                count += 1
        return count, time.perf_counter() - started


def source_for(account: DovecotAccount) -> ImapSource:
    return ImapSource(
        account.host,
        account.port,
        account.user,
        PasswordAuth(account.password),
        security="none",
        fetch_batch=BATCH,
        name="bench",
    )


def source_fetch_all(account: DovecotAccount, count: int) -> tuple[int, float]:
    source = source_for(account)
    try:
        started = time.perf_counter()
        fetched = source.fetch_new(limit=count)
        return len(fetched), time.perf_counter() - started
    finally:
        source.close()


def source_fetch_and_move(account: DovecotAccount) -> tuple[int, float]:
    source = source_for(account)
    try:
        started = time.perf_counter()
        count = 0
        while batch := source.fetch_new(limit=BATCH):
            for message in batch:
                source.move(message.key, "Processed")
                count += 1
        return count, time.perf_counter() - started
    finally:
        source.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="messages (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-move", action="store_true", help="skip the fetch+move pass")
    args = parser.parse_args()

    with DovecotServer() as server:
        account = server.add_user()
        count, seconds, megabytes = append_backlog(account, args.count, args.seed)
        print(
            f"append (MULTIAPPEND x{BATCH}): {count} messages, {megabytes:.1f} MB "
            f"in {seconds:.2f} s = {count / seconds:,.0f} msg/s"
        )

        rates: dict[str, float] = {}
        passes: list[tuple[str, Callable[[], tuple[int, float]]]] = [
            ("imapclient FETCH BODY.PEEK[]", lambda: plain_fetch(account, parse=False)),
            ("imapclient FETCH + message_from_bytes", lambda: plain_fetch(account, parse=True)),
            ("ImapSource.fetch_new (whole backlog)", lambda: source_fetch_all(account, count)),
        ]
        for label, run in passes:
            fetched, elapsed = run()
            assert fetched == count, f"{label}: fetched {fetched} of {count}"
            rates[label] = fetched / elapsed
            print(f"{label}: {fetched} in {elapsed:.2f} s = {rates[label]:,.0f} msg/s")

        reference = rates["imapclient FETCH + message_from_bytes"]
        print(
            "ratio ImapSource.fetch_new / plain FETCH: "
            f"{rates['ImapSource.fetch_new (whole backlog)'] / rates['imapclient FETCH BODY.PEEK[]']:.2f}"
        )
        if not args.no_move:
            moved, elapsed = source_fetch_and_move(account)
            assert moved == count, f"moved {moved} of {count}"
            rate = moved / elapsed
            print(
                f"ImapSource fetch_new(100) + move each: {moved} in {elapsed:.2f} s = "
                f"{rate:,.0f} msg/s ({elapsed / moved * 1000:.2f} ms a message)"
            )
            print(f"ratio fetch+move / (FETCH + parse): {rate / reference:.2f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory (this process): {peak:.0f} MB")


if __name__ == "__main__":
    main()
