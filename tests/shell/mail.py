"""Builds test messages as a mail server would deliver them to the CASS or DCS inbox."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

ROOT_CONFIG = (
    __import__("pathlib").Path(__file__).resolve().parents[2] / "config" / "mailbot.example.yaml"
)
_IDS = itertools.count(1)
TRUSTED = {"cass": "mx.kestrelford.gov.uk", "dcs": "relay.mod.gov.uk"}
INBOX = {"cass": "cass@kestrelford.gov.uk", "dcs": "dcyp-casework@mod.gov.uk"}


def message(
    body: str,
    *,
    subject: str = "Information request",
    sender: str = "Dana Reeve <dana.reeve@elmridge.police.uk>",
    mailbox: str = "cass",
    received: datetime = datetime(2026, 9, 1, 9, 0, tzinfo=UTC),
    dmarc: str = "pass",
    reply_to: str | None = None,
    extra: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    msg["Received"] = (
        f"from mail.{domain} by {TRUSTED[mailbox]} with ESMTPS; {format_datetime(received)}"
    )
    msg["Authentication-Results"] = (
        f"{TRUSTED[mailbox]}; spf=pass smtp.mailfrom={domain}; dkim=pass header.d={domain};"
        f" dmarc={dmarc} header.from={domain}"
    )
    msg["Date"] = format_datetime(received)
    msg["From"] = sender
    msg["To"] = INBOX[mailbox]
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{next(_IDS)}.test@{domain}>"  # not make_msgid: no randomness in tests
    if reply_to:
        msg["Reply-To"] = reply_to
    for name, value in (extra or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


CASES_CSV = """person_id,given_name,family_name,dob,household_id,status,closed_on,allocated_worker,worker_email,team,team_manager_email,restriction,restriction_owner_email,area
900001,Poppy,Lindqvist,2014-03-02,HH-1,open,,Ann Worker,a.worker@kestrelford.gov.uk,Locality North,tm.north@kestrelford.gov.uk,,,North
900002,Reuben,Lindqvist,2017-08-19,HH-1,open,,Ann Worker,a.worker@kestrelford.gov.uk,Locality North,tm.north@kestrelford.gov.uk,,,North
900003,Maisie,Crowther,2012-11-30,HH-2,closed,2026-08-14,Ben Worker,b.worker@kestrelford.gov.uk,Locality South,tm.south@kestrelford.gov.uk,,,South
900004,Tobias,Fenn,2013-05-05,HH-3,open,,Cal Worker,c.worker@kestrelford.gov.uk,CP,tm.cp@kestrelford.gov.uk,locked,owner@kestrelford.gov.uk,East
"""
TRACKER_CSV = """reference,received_on,category,route,status
CASS-2026-000041,2026-08-20,information_request,irr_queue,open
"""
