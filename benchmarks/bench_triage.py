"""Triage speed, start-up and memory: prints figures (targets: >= 200 msg/s on one core for
3-30 KB messages, start-up under 2 s, peak memory under 400 MB).

    .venv/bin/python benchmarks/bench_triage.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


DISCLAIMER = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error please notify the sender and delete it. Any views or "
    "opinions expressed are those of the author. Internet e-mail is not a secure medium. "
) * 3


def typical(raw: bytes) -> bytes:
    """A corpus message as Outlook sends it: plain and HTML alternatives, a signature block
    with a disclaimer, and the earlier message quoted below (3-30 KB, most inbox mail)."""
    from email import message_from_bytes, policy
    from email.message import EmailMessage
    from html import escape

    original = message_from_bytes(raw, policy=policy.default)
    part = original.get_body(preferencelist=("plain",))
    text = part.get_content() if part is not None else ""
    quoted = "\n".join("> " + line for line in (text * 3).splitlines())
    plain = f"{text}\n\n{DISCLAIMER}\n\n-----Original Message-----\nFrom: a colleague\n\n{quoted}\n"
    out = EmailMessage()
    for name in (
        "Received",
        "Authentication-Results",
        "Date",
        "From",
        "To",
        "Subject",
        "Message-ID",
    ):
        if original[name] is not None:
            out[name] = original[name]
    out.set_content(plain)
    paragraphs = "".join(
        f"<p class=MsoNormal style='margin:0'>{escape(p)}</p>" for p in plain.split("\n\n")
    )
    out.add_alternative(
        f"<html><head><style>p.MsoNormal{{font-family:Calibri}}</style></head><body>{paragraphs}</body></html>",
        subtype="html",
    )
    return out.as_bytes()


def rate(triage: object, messages: list[tuple[bytes, str]], rounds: int) -> float:
    count, started = 0, time.perf_counter()
    for _ in range(rounds):
        for raw, mailbox in messages:
            triage.decide(raw, mailbox)  # type: ignore[attr-defined]
            count += 1
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    started = time.perf_counter()
    from classifiers.model import CategoryModel
    from mailbot.config import load_settings
    from mailbot.triage import Snapshot, Triage
    from routing.world import Directory

    settings = load_settings(ROOT / "config" / "mailbot.example.yaml")
    model = CategoryModel()
    startup = time.perf_counter() - started

    as_sent: list[tuple[bytes, str]] = []  # corpus messages of 3-30 KB: most carry a PDF or .docx
    rendered: list[tuple[bytes, str]] = []  # plain corpus messages as Outlook would send them
    for path in sorted(ROOT.glob("tests/corpus/part-*/*/*.eml")):
        raw = path.read_bytes()
        if 3 * 1024 <= len(raw) <= 30 * 1024:
            as_sent.append((raw, path.parent.name))
        elif len(raw) < 3 * 1024:
            big = typical(raw)
            if 3 * 1024 <= len(big) <= 30 * 1024:
                rendered.append((big, path.parent.name))
    triage = Triage(settings, Snapshot(Directory([]), {}, []), model)
    for raw, mailbox in as_sent[:10] + rendered[:10]:
        triage.decide(raw, mailbox)  # warm caches
    print(f"start-up (imports, config, model load): {startup:.2f} s")
    for name, messages in (
        ("typical HTML+plain mail", rendered),
        ("with PDF/.docx attachments", as_sent),
    ):
        sizes = sorted(len(r) for r, _ in messages)
        print(
            f"{name}: {len(messages)} messages, {sizes[0] / 1024:.1f}-{sizes[-1] / 1024:.1f} KB"
            f" (median {sizes[len(sizes) // 2] / 1024:.1f} KB): {rate(triage, messages, args.rounds):.0f} messages/s on one core"
        )
    both = rendered + as_sent
    print(f"all {len(both)}: {rate(triage, both, args.rounds):.0f} messages/s on one core")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
