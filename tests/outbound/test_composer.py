"""The daemon's Composer: effects in, complete messages out."""

from __future__ import annotations

from pathlib import Path

from mailbot.config import load_settings
from mailbot.executor import EffectJob
from mailbot.wiring import Composer

ROOT = Path(__file__).resolve().parents[2]
DECISION = {
    "reference": "CASS-2026-000042",
    "received": "2026-11-20T10:00:00+00:00",
    "route": "front_door",
    "category": "information_request",
    "explanation": ["a rule said so"],
    "due": {"acknowledge": "2026-11-23", "response": "2026-12-18"},
}


def _raw(message_id: str, subject: str) -> bytes:
    return (
        f"From: Officer <officer@elmridge.police.uk>\r\nTo: cass@kestrelford.gov.uk\r\n"
        f"Subject: {subject}\r\nMessage-ID: {message_id}\r\n"
        f"Date: Fri, 20 Nov 2026 10:00:00 +0000\r\n\r\nIs the child known to you?\r\n"
    ).encode()


def _job(pk: int, kind: str, raw: bytes, to: str) -> EffectJob:
    return EffectJob(pk, kind, f"{kind}:{pk}", {"to": [to]}, 0, pk, "cass", raw, DECISION, None)


def test_a_reply_and_a_notification_of_one_message_answer_that_message() -> None:
    composer = Composer(load_settings(ROOT / "config" / "mailbot.example.yaml"))
    first = _raw("<first@elmridge.police.uk>", "Child known?")
    second = _raw("<second@elmridge.police.uk>", "Another child")
    ack = composer(_job(1, "acknowledge", first, "officer@elmridge.police.uk"))
    notify = composer(_job(1, "notify", first, "team@kestrelford.gov.uk"))
    other = composer(_job(2, "acknowledge", second, "officer@elmridge.police.uk"))
    assert ack["In-Reply-To"] == notify["In-Reply-To"] == "<first@elmridge.police.uk>"
    assert "Child known?" in str(ack["Subject"]) and "Child known?" in str(notify["Subject"])
    assert other["In-Reply-To"] == "<second@elmridge.police.uk>"
    assert "Another child" in str(other["Subject"])
    # the same row read again with other bytes (it never changes, but a cache must not care)
    changed = composer(_job(1, "acknowledge", second, "officer@elmridge.police.uk"))
    assert changed["In-Reply-To"] == "<second@elmridge.police.uk>"


def test_composed_multiparts_carry_their_boundaries() -> None:
    composer = Composer(load_settings(ROOT / "config" / "mailbot.example.yaml"))
    notify = composer(
        _job(3, "notify", _raw("<n@elmridge.police.uk>", "Forwarded"), "team@kestrelford.gov.uk")
    )
    multiparts = [p for p in notify.walk() if p.get_content_maintype() == "multipart"]
    assert multiparts and all(p.get_boundary() for p in multiparts)
    # the forwarded original holds one message, not parts: no boundary on it (RFC 2046 5.2.1)
    forwarded = [p for p in notify.walk() if p.get_content_type() == "message/rfc822"]
    assert len(forwarded) == 1 and forwarded[0].get_boundary() is None
