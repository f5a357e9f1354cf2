"""The daemon's speed on a backlog, against a private Dovecot and an SMTP server of its own.

Prints, over the same backlog of N messages (default 10,000) made from the labelled corpus:
  1. the floor: plain imapclient UID FETCH BODY.PEEK[] plus email.message_from_bytes;
  2. the daemon (`run --once`): every message fetched, decided, recorded, answered over SMTP
     and moved; messages/s and the ratio to 1 (the target is at least 1/3);
  3. CPU per message, in the daemon's process and in its worker processes; the whole
     machine's CPU per message (Dovecot and the SMTP capture included) and the rate it would
     allow with every core busy, a ceiling for this machine; and memory: the resident size of
     the daemon's process and of its workers at 10%, 50% and 100%;
  4. with IDLE: the time from an APPEND to its acknowledgement reaching the SMTP capture,
     50th and 95th percentiles over --latency-samples messages (target: p95 under 2 s).

    sh scripts/install-smtp-sink.sh    # once: Postfix's smtp-sink, unpacked under var/tools
    .venv/bin/python benchmarks/bench_daemon.py [--count 10000] [--latency-samples 40]
        [--workers N] [--effects process|thread] [--capture smtp-sink|aiosmtpd] [--log]

The SMTP server shares the machine's two cores with the daemon, so its own cost counts
against the daemon's rate. By default it is Postfix's smtp-sink (C), which costs next to
nothing, as a relay elsewhere would; --capture aiosmtpd uses the test suite's server instead
(Python, ~0.6 ms of CPU a message): the script prints which, and its CPU.

A smaller --count (2,000) is enough while trying a change; the machine is shared, so compare
ratios from the same run rather than messages/s across runs.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import email
import email.utils
import io
import os
import random
import re
import resource
import sys
import tempfile
import threading
import time
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import socket  # noqa: E402
import subprocess  # noqa: E402

import yaml  # noqa: E402

# mailbot and the test fixtures are imported in main(): the daemon's effects process is spawned,
# so it imports this module again, and should carry what mailbot's own entry point carries
# (mailbot.cli), not the harness (pytest, the whole daemon)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class AiosmtpdCapture:
    """benchmarks/smtp_sink.py (aiosmtpd, the test suite's SMTP server) in its own process."""

    name = "aiosmtpd"

    def __init__(self, folder: Path) -> None:
        self.host, self.port = "127.0.0.1", _free_port()
        self.log = folder / "sent.log"
        self.log.touch()
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "smtp_sink.py"),
                str(self.port),
                str(self.log),
            ],
            stdout=subprocess.PIPE,
        )
        assert self.process.stdout is not None
        self.process.stdout.readline()  # "ready"

    @property
    def received(self) -> int:
        with self.log.open("rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 16), b""))

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


SMTP_SINK = ROOT / "var" / "tools" / "postfix"  # scripts/install-smtp-sink.sh


class SmtpSinkCapture:
    """Postfix's smtp-sink, a test SMTP server in C: it takes each message and counts it (its
    -c counters on stdout), costing the two cores next to nothing, as a relay on another
    machine would. The Python server takes ~0.6 ms of CPU a message from the daemon's two
    cores, which is the harness's cost, not mailbot's."""

    name = "smtp-sink"

    def __init__(self, folder: Path) -> None:
        self.host, self.port = "127.0.0.1", _free_port()
        # its counters go to a file, read when asked: a pipe would need a reader (a thread of
        # this process, taking the GIL from the daemon's threads) or fill up and stall it
        self.counters = folder / "smtp-sink.counters"
        privileges = ["-u", "nobody"] if os.geteuid() == 0 else []  # it refuses to run as root
        self.process = subprocess.Popen(
            [
                str(SMTP_SINK / "usr/sbin/smtp-sink"),
                *privileges,
                "-c",
                f"{self.host}:{self.port}",
                "100",
            ],
            env={"LD_LIBRARY_PATH": str(SMTP_SINK / "usr/lib/postfix")},
            stdout=self.counters.open("wb"),
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection((self.host, self.port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("smtp-sink did not start") from None
                time.sleep(0.05)

    @property
    def received(self) -> int:
        # "sess=1 quit=1 mesg=3\r", written as each message ends: the last one counts
        with self.counters.open("rb") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - 200))
            found = re.findall(rb"mesg=(\d+)\r", f.read())
        return int(found[-1]) if found else 0

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:  # it ended meanwhile
        pass
    return 0.0


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")  # the unit of /proc's CPU times


def machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat (Linux)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return (sum(fields) - idle) / CLOCK_TICKS, sum(fields) / CLOCK_TICKS


def process_cpu(pid: int) -> float:
    """User and system CPU seconds of one process so far, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def workers_rss_mb(leave_out: set[int]) -> float:
    """The resident size of this process's children (the daemon's worker processes)."""
    children: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError):
            children.update(int(p) for p in (task / "children").read_text().split())
    return sum(rss_mb(pid) for pid in children - leave_out)


def corpus_messages() -> list[tuple[str, bytes]]:
    found = []
    for path in sorted(ROOT.glob("tests/corpus/part-*/cass/*.eml")):
        found.append((path.parent.parent.name, path.read_bytes()))
    return found


def backlog(count: int, seed: int) -> list[bytes]:
    """Typical 3-30 KB mail (corpus messages as Outlook sends them: plain and HTML parts, a
    disclaimer, the earlier message quoted), each with a fresh Message-ID (the store would
    take repeats as the same mail)."""
    from bench_triage import typical

    rng = random.Random(seed)
    base = []
    for _, raw in corpus_messages():
        big = typical(raw) if len(raw) < 3 * 1024 else raw
        if 3 * 1024 <= len(big) <= 30 * 1024:
            base.append(big)
    out = []
    for i in range(count):
        raw = rng.choice(base)
        head, sep, body = raw.partition(b"\n\n")
        lines = [ln for ln in head.split(b"\n") if not ln.lower().startswith(b"message-id:")]
        lines.append(f"Message-ID: <bench.{seed}.{i}@bench.invalid>".encode())
        out.append(b"\n".join(lines) + sep + body + f"\n\n(bench {i})\n".encode())
    return out


def merged_directory(folder: Path) -> tuple[Path, Path]:
    cases, tracker = io.StringIO(), io.StringIO()
    case_rows, tracker_rows, header_c, header_t = [], [], None, None
    for part in sorted(ROOT.glob("tests/corpus/part-*")):
        with (part / "cases.csv").open() as f:
            reader = csv.reader(f)
            header_c = next(reader)
            case_rows.extend(reader)
        with (part / "tracker.csv").open() as f:
            reader = csv.reader(f)
            header_t = next(reader)
            tracker_rows.extend(r for r in reader if r)
    seen: set[str] = set()
    writer = csv.writer(cases)
    writer.writerow(header_c)
    writer.writerows(r for r in case_rows if not (r[0] in seen or seen.add(r[0])))  # type: ignore[func-returns-value]
    refs: set[str] = set()
    writer = csv.writer(tracker)
    writer.writerow(header_t)
    writer.writerows(r for r in tracker_rows if not (r[0] in refs or refs.add(r[0])))  # type: ignore[func-returns-value]
    (folder / "cases.csv").write_text(cases.getvalue())
    (folder / "tracker.csv").write_text(tracker.getvalue())
    return folder / "cases.csv", folder / "tracker.csv"


def main() -> None:
    from mailbot.config import load_settings
    from mailbot.runner import build_daemon
    from mailbot.store.db import make_engine, upgrade
    from mailbot.store.imports import import_cases, import_tracker
    from tests.fixtures.dovecot import DovecotServer

    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--latency-samples", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--workers", type=int, default=None, help="classifier processes (default: as configured)"
    )
    parser.add_argument(
        "--effects", choices=("process", "thread"), default=None,
        help="effects in a process of their own or on the daemon's main thread (default: as configured)",
    )  # fmt: skip
    parser.add_argument(
        "--capture", choices=("smtp-sink", "aiosmtpd"), default="smtp-sink",
        help="the SMTP server that takes what is sent: Postfix's smtp-sink (C, default) or "
        "aiosmtpd in its own process (Python, about 0.6 ms of CPU a message on these cores)",
    )  # fmt: skip
    parser.add_argument("--log", action="store_true", help="the daemon's log lines on stderr")
    args = parser.parse_args()
    if args.log:
        from mailbot.wiring import configure_logging

        configure_logging()

    with DovecotServer() as server, tempfile.TemporaryDirectory(prefix="mailbot-bench-") as tmp:
        folder = Path(tmp)
        account = server.add_user()
        if args.capture == "smtp-sink" and not (SMTP_SINK / "usr/sbin/smtp-sink").exists():
            sys.exit(
                "bench_daemon: no smtp-sink: run scripts/install-smtp-sink.sh, or pass --capture aiosmtpd"
            )
        capture = (SmtpSinkCapture if args.capture == "smtp-sink" else AiosmtpdCapture)(folder)
        url = f"sqlite:///{folder / 'store.sqlite3'}"
        upgrade(url)
        engine = make_engine(url)
        cases, tracker = merged_directory(folder)
        import_cases(engine, cases)
        import_tracker(engine, tracker)
        data = yaml.safe_load((ROOT / "config" / "mailbot.example.yaml").read_text())
        data.update(state_dir=str(folder / "state"), database_url=url)
        data["mailboxes"]["cass"]["source"] = {
            "type": "imap", "host": account.host, "port": account.port, "security": "none",
            "username": account.user, "password": {"file": str(folder / "imap-password")},
        }  # fmt: skip
        (folder / "imap-password").write_text(account.password)
        del data["mailboxes"]["dcs"]
        data["sender"] = {
            "type": "smtp",
            "host": capture.host,
            "port": capture.port,
            "security": "none",
        }
        data["outbound"]["auto_reply_limit_per_day"] = 10**9  # a benchmark, not one sender's day
        data["routes"] = {k: ["team@kestrelford.gov.uk"] for k in data["routes"]}
        if args.workers is not None:
            data.setdefault("workers", {})["classify"] = args.workers
        if args.effects is not None:
            data.setdefault("workers", {})["effects"] = args.effects == "process"
        (folder / "mailbot.yaml").write_text(yaml.safe_dump(data))
        settings = load_settings(folder / "mailbot.yaml")

        messages = backlog(args.count, args.seed)
        size = sum(len(m) for m in messages)
        started = time.perf_counter()
        account.append_many(messages)
        print(
            f"backlog: {len(messages)} messages, {size / 1e6:.1f} MB, appended in {time.perf_counter() - started:.1f} s"
        )

        # 1. the floor: plain imapclient fetch + stdlib parse of the same messages
        with account.client() as client:
            client.select_folder("INBOX", readonly=True)
            uids = client.search("ALL")
            started = time.perf_counter()
            for i in range(0, len(uids), 100):
                for data_ in client.fetch(uids[i : i + 100], ["BODY.PEEK[]"]).values():
                    email.message_from_bytes(data_[b"BODY[]"], policy=policy.default)
            floor = len(uids) / (time.perf_counter() - started)
        print(f"floor: plain imapclient FETCH + email.message_from_bytes: {floor:.0f} messages/s")

        # 2 and 3. the daemon over the backlog, with memory sampled as it goes
        daemon = build_daemon(settings, make_engine(url))
        samples: dict[int, tuple[float, float]] = {}
        done = threading.Event()

        def sample() -> None:
            marks = [max(1, len(messages) // 10), len(messages) // 2, len(messages)]
            while not done.is_set():
                taken = daemon.summary.taken + daemon.summary.failed
                for mark in marks:
                    if taken >= mark and mark not in samples:
                        samples[mark] = (rss_mb(), workers_rss_mb({capture.process.pid}))
                time.sleep(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        before = rss_mb()
        own = resource.getrusage(resource.RUSAGE_SELF)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        machine_before, sink_before = machine_cpu(), process_cpu(capture.process.pid)
        started = time.perf_counter()
        summary = daemon.run(once=True)
        elapsed = time.perf_counter() - started
        machine_after, sink_after = machine_cpu(), process_cpu(capture.process.pid)
        own_after = resource.getrusage(resource.RUSAGE_SELF)
        children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        done.set()
        sampler.join()
        rate = len(messages) / elapsed
        print(f"daemon: {summary.line()}")
        print(f"daemon: {len(messages)} messages decided and carried out in {elapsed:.1f} s = {rate:.0f} messages/s; "
              f"ratio to the floor {rate / floor:.2f} (target >= 0.33)")  # fmt: skip
        print(f"smtp: {capture.received} messages captured by {capture.name}")
        cpu_own = own_after.ru_utime + own_after.ru_stime - own.ru_utime - own.ru_stime
        # the daemon's worker processes (joined when it stops); the SMTP sink is still running
        cpu_children = (children_after.ru_utime + children_after.ru_stime
                        - children.ru_utime - children.ru_stime)  # fmt: skip
        print(f"cpu: daemon process {cpu_own * 1000 / len(messages):.1f} ms/message, its worker "
              f"processes {cpu_children * 1000 / len(messages):.1f} ms/message; "
              f"{(cpu_own + cpu_children) / elapsed:.2f} cores busy on average")  # fmt: skip
        # The whole machine (Dovecot and the capture included): how busy it was, and the rate
        # if every core were busy for the same CPU per message (a ceiling for this machine)
        busy = machine_after[0] - machine_before[0]
        total = machine_after[1] - machine_before[1]
        cores = total / elapsed
        ceiling = len(messages) * cores / busy
        print(f"machine: {busy / total:.0%} of {cores:.0f} cores busy, {busy * 1000 / len(messages):.1f} ms CPU/message "
              f"in all (SMTP capture {(sink_after - sink_before) * 1000 / len(messages):.1f}); with every core busy: "
              f"{ceiling:.0f} messages/s, ratio {ceiling / floor:.2f}")  # fmt: skip
        marks = ", ".join(
            f"{k} msgs: {own_mb:.0f} MB + workers {workers_mb:.0f} MB"
            for k, (own_mb, workers_mb) in sorted(samples.items())
        )
        print(f"memory (resident): before {before:.0f} MB; {marks}")

        # 4. IDLE latency: APPEND to acknowledgement in the SMTP capture
        daemon = build_daemon(settings, make_engine(url))
        runner = threading.Thread(target=daemon.run, daemon=True)
        runner.start()
        time.sleep(2)
        latencies = []
        # requests that always get an acknowledgement (most of the backlog's mix would too,
        # but automated mail and spam get nothing, which is no latency to measure)
        fresh = [
            (
                f"Received: from mail.elmridge.police.uk by mx.kestrelford.gov.uk; {email.utils.format_datetime(email.utils.localtime())}\r\n"
                f"Authentication-Results: mx.kestrelford.gov.uk; spf=pass; dkim=pass; dmarc=pass\r\n"
                f"From: Officer {i} <officer{i}@elmridge.police.uk>\r\nTo: cass@kestrelford.gov.uk\r\n"
                f"Subject: Information request {i}\r\nMessage-ID: <latency.{i}.{args.seed}@bench.invalid>\r\n"
                f"Date: {email.utils.format_datetime(email.utils.localtime())}\r\n\r\n"
                "Is Ava Stone (03/04/2015) known to you, and who is her allocated social worker?\r\n"
            ).encode()
            for i in range(args.latency_samples)
        ]
        for raw in fresh:
            count = capture.received
            started = time.perf_counter()
            account.append(raw)
            while capture.received <= count and time.perf_counter() - started < 30:
                time.sleep(0.01)
            latencies.append(time.perf_counter() - started)
            time.sleep(0.3)
        daemon.stop.set()
        runner.join(timeout=15)
        latencies.sort()
        p50 = latencies[len(latencies) // 2]
        p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
        print(f"idle latency (APPEND to first message in the SMTP capture): p50 {p50:.2f} s, p95 {p95:.2f} s "
              f"over {len(latencies)} messages (target p95 < 2 s)")  # fmt: skip
        capture.stop()


if __name__ == "__main__":
    main()
