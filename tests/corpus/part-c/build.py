#!/usr/bin/env python3
"""Regenerate part C of the mailbot test corpus (dcs casework mailbox, cass follow-ups,
automated and other mail) deterministically.

    /work/main/.venv/bin/python build.py

Writes cases.csv, tracker.csv, cass/*.eml, dcs/*.eml and labels.jsonl next to this file.
Every person, organisation, address and reference is invented; telephone numbers are
in Ofcom's drama ranges. Attachments are real .docx (python-docx) and .pdf (reportlab,
invariant mode) files. Due dates are computed with the `holidays` package.
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import quopri
import re
import shutil
import textwrap
import zipfile
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays

HERE = Path(__file__).resolve().parent
LON = ZoneInfo("Europe/London")
UTC = timezone.utc

MAILBOX = {
    "cass": {"inbox": "cass@kestrelford.gov.uk", "prefix": "CASS", "mx": "mx.kestrelford.gov.uk",
             "mx_ip": "141.29.220.107"},
    "dcs": {"inbox": "dcyp-casework@mod.gov.uk", "prefix": "DCS", "mx": "relay.mod.gov.uk",
            "mx_ip": "181.7.113.140"},
}
SECURE = ["gov.uk", "nhs.net", "nhs.uk", "police.uk", "pnn.police.uk", "cjsm.net", "mod.uk",
          "cafcass.gov.uk", "probation.gov.uk", "justice.gov.uk"]
ROLE = set("admin business central contact duty enquiries enquiry front general help helpdesk hub "
           "info mailbox mash noreply office post reception referrals safeguarding secure support "
           "team triage".split())

_HOL = holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2029))


def working_day(received_utc: datetime, n: int) -> str:
    """The n-th working day after the London-time receipt date."""
    d = received_utc.astimezone(LON).date()
    count = 0
    while count < n:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in _HOL:
            count += 1
    return d.isoformat()


def verdict(addr: str) -> str:
    local, dom = addr.lower().rsplit("@", 1)
    secure = any(dom == s or dom.endswith("." + s) for s in SECURE)
    words = [w for w in re.split(r"[._\-+0-9]+", local) if w]
    generic = any(w in ROLE for w in words)
    if secure:
        return "secure_generic" if generic else "secure_personal"
    return "generic_nonsecure" if generic else "personal_nonsecure"


def h(seed: str, n: int = 24) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def ded(s: str) -> str:
    return textwrap.dedent(s).strip("\n") + "\n"


# --------------------------------------------------------------------------- attachments

def _fix_zip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o600 << 16
            zout.writestr(ni, zin.read(info.filename))
    return out.getvalue()


def _docx_base(author: str):
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    fixed = datetime(2026, 1, 1, 0, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.title = ""
    return doc


def form_docx(f: dict) -> bytes:
    """The Annex A casework form as a Word document. f: originator fields etc."""
    doc = _docx_base(f.get("author", "MOD User"))
    doc.core_properties.title = "DCS Casework Form"
    doc.add_paragraph("OFFICIAL-SENSITIVE: PERSONAL (WHEN COMPLETE)")
    doc.add_heading("ANNEX A - DCS CASEWORK FORM", level=1)
    doc.add_paragraph(
        "Use this form to raise general casework with Defence Children's Services through your "
        "chain of command or line management. Read the DCS and MOD privacy notices on GOV.UK "
        "before completing it.")
    doc.add_heading("Part A", level=2)
    doc.add_heading("Originator Details", level=3)
    doc.add_paragraph("To be completed by the originator of the casework.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name:", f.get("name", "")),
                                ("Service/Staff Number:", f.get("number", "")),
                                ("Telephone/email:", f.get("contact", ""))]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_heading("Detail of Submission", level=3)
    doc.add_paragraph(
        "Originator to provide an explanation of the issue: what is the organisation being asked "
        "to consider and what is the looked-for outcome.")
    for para in f.get("detail", "").split("\n\n"):
        doc.add_paragraph(para.strip())
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Originator Signature"
    t.cell(0, 1).text = f.get("signature", "")
    t.cell(1, 0).text = "Dated"
    t.cell(1, 1).text = f.get("dated", "")
    doc.add_heading("Chain of Command (CofC)/Line Management (LM) Endorsement", level=3)
    doc.add_paragraph("To be completed by the originator's immediate CofC/LM.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Name:", f.get("cofc_name", "")),
                                ("Service/Staff Number:", f.get("cofc_number", "")),
                                ("Telephone/email:", f.get("cofc_contact", ""))]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_paragraph("CofC/LM to provide reasons for endorsement/non-endorsement in the relevant box below:")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "This submission is endorsed for the following reasons:"
    t.cell(0, 1).text = "This submission is not endorsed for the following reasons:"
    t.cell(1, 0).text = f.get("endorsed", "")
    t.cell(1, 1).text = f.get("not_endorsed", "")
    doc.add_heading("PART B - Submission", level=2)
    doc.add_paragraph("Send the completed form and any supporting documents to the DCS Executive Branch.")
    doc.add_heading("PART C - DCS Response", level=2)
    doc.add_paragraph("To be completed by the casework officer assigned to this submission.")
    doc.add_paragraph("Authorising Signature (SO1 level or above): ")
    doc.add_paragraph("Dated: ")
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue())


def letter_docx(author: str, paras: list[str]) -> bytes:
    doc = _docx_base(author)
    for p in paras:
        doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue())


def _pdf(story_fn, title: str) -> bytes:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author="", subject="", creator="")
    doc.build(story_fn())
    return buf.getvalue()


def form_pdf(f: dict, extra_pages: list[tuple[str, list[str]]] | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()

    def grid(rows, widths):
        rows = [[Paragraph(c or "&nbsp;", ss["BodyText"]) for c in r] for r in rows]
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    def story():
        s = [Paragraph("OFFICIAL-SENSITIVE: PERSONAL (WHEN COMPLETE)", ss["Normal"]),
             Paragraph("ANNEX A - DCS CASEWORK FORM", ss["Title"]),
             Paragraph("Part A - Originator Details", ss["Heading2"]),
             grid([["Name:", f.get("name", "")], ["Service/Staff Number:", f.get("number", "")],
                   ["Telephone/email:", f.get("contact", "")]], [150, 330]),
             Paragraph("Detail of Submission", ss["Heading2"]),
             Paragraph("Originator to provide an explanation of the issue: what is the organisation "
                       "being asked to consider and what is the looked-for outcome.", ss["Italic"])]
        for para in f.get("detail", "").split("\n\n"):
            s.append(Paragraph(para.strip().replace("&", "&amp;"), ss["BodyText"]))
        s += [Spacer(1, 8),
              grid([["Originator Signature", f.get("signature", "")], ["Dated", f.get("dated", "")]],
                   [150, 330]),
              Paragraph("Chain of Command (CofC)/Line Management (LM) Endorsement", ss["Heading2"]),
              grid([["Name:", f.get("cofc_name", "")], ["Service/Staff Number:", f.get("cofc_number", "")],
                    ["Telephone/email:", f.get("cofc_contact", "")]], [150, 330]),
              Spacer(1, 6),
              grid([["This submission is endorsed for the following reasons:",
                     "This submission is not endorsed for the following reasons:"],
                    [f.get("endorsed", ""), f.get("not_endorsed", "")]], [240, 240]),
              Paragraph("PART B - Submission", ss["Heading2"]),
              Paragraph("Submit the completed form, with any supporting documents, to the DCS "
                        "Executive Branch.", ss["BodyText"]),
              Paragraph("PART C - DCS Response", ss["Heading2"]),
              grid([["Authorising Signature (SO1 level or above)", ""], ["Dated", ""]], [240, 240])]
        for title, paras in (extra_pages or []):
            s.append(PageBreak())
            s.append(Paragraph(title, ss["Heading2"]))
            for p in paras:
                s.append(Paragraph(p.replace("&", "&amp;"), ss["BodyText"]))
        return s

    return _pdf(story, "DCS Casework Form")


def letter_pdf(title: str, paras: list[str]) -> bytes:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Spacer

    ss = getSampleStyleSheet()

    def story():
        s = [Paragraph(title, ss["Heading2"]), Spacer(1, 6)]
        for p in paras:
            s.append(Paragraph(p.replace("&", "&amp;"), ss["BodyText"]))
        return s

    return _pdf(story, title)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"

# --------------------------------------------------------------------------- message assembly


def _relay_host(domain: str, seed: str) -> tuple[str, str]:
    n = int(h(seed, 4), 16)
    ip = f"{40 + n % 180}.{n % 251}.{(n // 7) % 250}.{(n // 3) % 250}"
    if domain in ("gmail.com", "googlemail.com"):
        return f"mail-wr1-f{n % 90 + 10}.google.com", ip
    if domain in ("hotmail.co.uk", "outlook.com", "live.co.uk", "hotmail.com"):
        return f"EUR0{n % 6 + 1}-DB{n % 9 + 1}-obe.outbound.protection.outlook.com", ip
    if domain.endswith("mod.gov.uk"):
        return f"mail-{h(seed, 4)}.outbound.mod.gov.uk", "181.7.113.131"
    if domain.endswith("nhs.net"):
        return f"relay{n % 9 + 1}.nhs.net", ip
    return f"smtp-out{n % 5 + 1}.{domain}", ip


def rfc_date(dt: datetime, local: bool) -> str:
    return format_datetime(dt.astimezone(LON) if local else dt.astimezone(UTC))


def encode_text(body: str, subtype: str = "plain") -> tuple[str, str]:
    """Return (headers, payload) for a text part."""
    try:
        body.encode("ascii")
        return (f'Content-Type: text/{subtype}; charset="us-ascii"\nContent-Transfer-Encoding: 7bit',
                body)
    except UnicodeEncodeError:
        qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        return (f'Content-Type: text/{subtype}; charset="utf-8"\n'
                "Content-Transfer-Encoding: quoted-printable", qp)


MESSAGES: list[dict] = []


def M(mailbox: str, slug: str, when: str, frm: tuple[str, str], subject: str, body: str = "",
      **kw) -> None:
    """Declare a message. when: UTC 'YYYY-MM-DD HH:MM:SS'."""
    kw.update(mailbox=mailbox, slug=slug, frm=frm, subject=subject, body=body,
              received=datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC))
    MESSAGES.append(kw)


def render(m: dict, fname: str) -> str:
    mb = MAILBOX[m["mailbox"]]
    rec: datetime = m["received"]
    name, addr = m["frm"]
    domain = addr.rsplit("@", 1)[1].lower()
    seed = m["mailbox"] + fname
    lines: list[str] = []
    if "return_path" in m:
        lines.append(f"Return-Path: {m['return_path']}")
    local = m.get("rx_local", False)
    relay, ip = m.get("relay", _relay_host(domain, seed))
    rid = h(seed + "rid", 12).upper()
    if m.get("system"):  # generated by our own mail system: no Authentication-Results
        lines.append(f"Received: from {mb['mx']} ({mb['mx']} [{mb['mx_ip']}])\n"
                     f"\tby {mb['mx']} with ESMTP id {rid}\n"
                     f"\tfor <{mb['inbox']}>; {rfc_date(rec, local)}")
    else:
        lines.append(f"Received: from {relay} ({relay}\n [{ip}]) by {mb['mx']} with ESMTPS id {rid} for\n"
                     f" <{mb['inbox']}>; {rfc_date(rec, local)}")
        spf, dkim, dmarc = {"pass": ("pass", "pass", "pass"),
                            "dmarc_fail": ("softfail", "none", "fail"),
                            "dmarc_fail_dkim": ("pass", "fail", "fail"),
                            "spf_dkim_fail": ("fail", "fail", "none")}[m.get("auth", "pass")]
        act = "quarantine" if dmarc == "fail" else "none"
        afrom = m.get("auth_domain", domain)
        lines.append(f"Authentication-Results: {mb['mx']}; spf={spf} smtp.mailfrom={afrom};\n"
                     f" dkim={dkim} header.d={afrom if dkim != 'none' else 'none'};\n"
                     f" dmarc={dmarc} action={act} header.from={domain}")
        sent = rec - timedelta(seconds=int(h(seed + "d", 2), 16) % 40 + 3)
        lines.append(f"Received: from [10.{int(h(seed+'a',2),16)}.{int(h(seed+'b',2),16)}.{int(h(seed+'c',2),16)}]"
                     f" (unknown) by\n {relay} with ESMTPSA id {h(seed + 'sa', 10)};\n"
                     f" {rfc_date(sent, False)}")
        if m.get("untrusted"):
            uid, uspf, udkim, udmarc = m["untrusted"]
            lines.append(f"Authentication-Results: {uid}; spf={uspf} smtp.mailfrom={domain};\n"
                         f" dkim={udkim} header.d={domain}; dmarc={udmarc} header.from={domain}")
    date_hdr = rec - timedelta(seconds=int(h(seed + "dt", 3), 16) % 300 + 30)
    lines.append(f"Date: {rfc_date(date_hdr, m.get('date_local', domain.endswith('mod.gov.uk') is False))}")
    if not name.isascii():
        from email.header import Header
        disp = Header(name, "utf-8").encode()
    else:
        disp = f'"{name}"' if any(c in name for c in ",.()") else name
    lines.append(f"From: {disp} <{addr}>" if name else f"From: {addr}")
    lines.append(f"To: {m.get('to', mb['inbox'])}")
    if m.get("cc"):
        lines.append(f"Cc: {m['cc']}")
    if m.get("reply_to"):
        lines.append(f"Reply-To: {m['reply_to']}")
    lines.append(f"Subject: {m['subject']}")
    if m.get("thread_topic", True) and m.get("in_reply_to"):
        lines.append(f"In-Reply-To: {m['in_reply_to']}")
        lines.append(f"References: {m['in_reply_to']}")
    mid_dom = m.get("mid_domain", domain)
    lines.append(f"Message-ID: <{m.get('mid', h(seed + 'mid'))}@{mid_dom}>")
    for k, v in m.get("extra", []):
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")

    atts = m.get("attachments", [])
    if m.get("raw_content_type"):
        lines.append(f"Content-Type: {m['raw_content_type']}")
        head = "\n".join(lines)
        return head + "\n\n" + m["body"]
    if not atts and not m.get("html"):
        th, payload = encode_text(m["body"])
        return "\n".join(lines) + "\n" + th + "\n\n" + payload
    bnd = "----=_Part_" + h(seed + "bnd", 20)
    parts: list[str] = []
    if m.get("html"):
        alt = "----=_Alt_" + h(seed + "alt", 20)
        th1, p1 = encode_text(m["body"])
        th2, p2 = encode_text(m["html"], "html")
        alt_body = (f"--{alt}\n{th1}\n\n{p1}\n--{alt}\n{th2}\n\n{p2}\n--{alt}--\n")
        if not atts:
            lines.append(f'Content-Type: multipart/alternative; boundary="{alt}"')
            return "\n".join(lines) + "\n\n" + alt_body
        parts.append(f'Content-Type: multipart/alternative; boundary="{alt}"\n\n{alt_body}')
    else:
        th, payload = encode_text(m["body"])
        parts.append(f"{th}\n\n{payload}")
    for fn, ctype, data in atts:
        parts.append(f'Content-Type: {ctype}; name="{fn}"\nContent-Transfer-Encoding: base64\n'
                     f'Content-Disposition: attachment; filename="{fn}"\n\n{b64(data)}\n')
    lines.append(f'Content-Type: multipart/mixed; boundary="{bnd}"')
    out = "\n".join(lines) + "\n\nThis is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{bnd}\n{p}\n"
    out += f"--{bnd}--\n"
    return out


# --------------------------------------------------------------------------- labels

FIELDS = ["file", "mailbox", "category", "urgent", "urgency_reason", "irr_level", "consent",
          "consent_basis", "concern", "reply_address", "address_verdict", "case_status", "subjects",
          "route", "actions", "case_notes", "has_reference", "reference_prefix", "related_reference",
          "due_acknowledge", "due_response", "exception", "acceptable", "why"]

NO_REF_ROUTES = {"none", "exceptions", "reference_owner"}


def label(m: dict, fname: str) -> dict:
    lb = dict(m["label"])
    cat = lb["category"]
    route = lb["route"]
    actions = sorted(lb.get("actions", []))
    exc = lb.get("exception")
    name, addr = m["frm"]
    if exc == "reply_to_mismatch" or not m.get("reply_to"):
        reply = addr.lower()
    else:
        reply = re.search(r"<([^>]+)>", m["reply_to"]).group(1).lower() if "<" in m["reply_to"] \
            else m["reply_to"].lower()
    has_ref = route not in NO_REF_ROUTES
    acc = dict(lb.get("acceptable", {}))
    due_resp = None
    if cat in ("casework_submission", "internal_review_request"):
        if has_ref:
            due_resp = working_day(m["received"], 20)
        else:
            acc.setdefault("due_response", [None, working_day(m["received"], 20)])
    if cat in ("follow_up", "casework_submission", "internal_review_request"):
        acc.setdefault("case_status", [None, "not_known"])
    if cat == "automated":
        acc.setdefault("reply_address", [reply, None])
    if exc == "reply_to_mismatch":
        acc.setdefault("reply_address", [reply, None])
    if exc == "unknown_reference":
        acc.setdefault("related_reference", [lb["related_reference"], None])
    out = {
        "file": fname,
        "mailbox": m["mailbox"],
        "category": cat,
        "urgent": lb.get("urgent", False),
        "urgency_reason": lb.get("urgency_reason"),
        "irr_level": None,
        "consent": None,
        "consent_basis": None,
        "concern": lb.get("concern", False),
        "reply_address": reply,
        "address_verdict": verdict(reply),
        "case_status": None,
        "subjects": lb.get("subjects", []),
        "route": route,
        "actions": actions,
        "case_notes": [],
        "has_reference": has_ref,
        "reference_prefix": MAILBOX[m["mailbox"]]["prefix"] if has_ref else None,
        "related_reference": lb.get("related_reference"),
        "due_acknowledge": working_day(m["received"], 1) if "acknowledge" in actions else None,
        "due_response": due_resp,
        "exception": exc,
        "acceptable": acc,
        "why": lb["why"],
    }
    if not out["acceptable"]:
        del out["acceptable"]
    return {k: out[k] for k in FIELDS if k in out}


# Shorthands for the common decisions ---------------------------------------------------

def FORM(why, **extra):
    return dict(category="casework_submission", route="casework_lead",
                actions=["acknowledge", "notify"], why=why, **extra)


def NOTFORM(why, **extra):
    return dict(category="casework_submission", route="none", actions=["request_form"], why=why, **extra)


def IRV(ref, why, **extra):
    return dict(category="internal_review_request", route="review_team",
                actions=["acknowledge", "notify"], related_reference=ref, why=why, **extra)


def FUP(ref, why, **extra):
    return dict(category="follow_up", route="reference_owner", actions=["notify"],
                related_reference=ref, why=why, **extra)


def UNKNOWN(ref, why, **extra):
    return dict(category="follow_up", route="exceptions", exception="unknown_reference",
                related_reference=ref, why=why, **extra)


def AUTO(why, **extra):
    return dict(category="automated", route="none", why=why, **extra)


def OTHER(why, **extra):
    return dict(category="other", route="exceptions", exception="unclassified", why=why, **extra)


def EXC(category, exc, why, **extra):
    return dict(category=category, route="exceptions", exception=exc, why=why, **extra)


MOD_FOOTER = ("OFFICIAL-SENSITIVE: PERSONAL. This e-mail and any attachment are intended for the "
              "named recipient only.\nIf you have received it in error, tell the sender and delete "
              "it. Do not forward outside\nMOD without the originator's permission.\n")


# --------------------------------------------------------------------------- case directory

CASES_HEADER = ("person_id,given_name,family_name,dob,household_id,status,closed_on,allocated_worker,"
                "worker_email,team,team_manager_email,restriction,restriction_owner_email,area")
_W = {  # worker -> (email, team, team manager)
    "Priya Nandakumar": ("p.nandakumar@kestrelford.gov.uk", "Locality Team East", "r.okafor@kestrelford.gov.uk"),
    "Callum Reddish": ("c.reddish@kestrelford.gov.uk", "Locality Team West", "r.okafor@kestrelford.gov.uk"),
    "Bethan Lloyd-Hughes": ("b.lloyd-hughes@kestrelford.gov.uk", "Child Protection and Proceedings", "t.ashdown@kestrelford.gov.uk"),
    "Marcus Achterberg": ("m.achterberg@kestrelford.gov.uk", "Children in Care", "t.ashdown@kestrelford.gov.uk"),
    "Siobhan Farrelly": ("s.farrelly@kestrelford.gov.uk", "Disabled Children's Team", "h.quayle@kestrelford.gov.uk"),
    "Tunde Ajayi": ("t.ajayi@kestrelford.gov.uk", "Family Help South", "h.quayle@kestrelford.gov.uk"),
}
CASES = [
    # id, given, family, dob, household, status, closed_on, worker, restriction, owner, area
    (740101, "Kayden", "Ashworth", "2014-02-11", "HH-C101", "open", "", "Priya Nandakumar", "", "", "East"),
    (740102, "Lexi", "Ashworth", "2017-09-30", "HH-C101", "open", "", "Priya Nandakumar", "", "", "East"),
    (740103, "Tommy", "Ashworth", "2021-06-02", "HH-C101", "open", "", "Priya Nandakumar", "", "", "East"),
    (740110, "Olivia", "Brennan", "2012-12-05", "HH-C102", "closed", "2026-05-29", "Callum Reddish", "", "", "West"),
    (740111, "Ruby", "Brennan", "2016-03-14", "HH-C102", "closed", "2026-05-29", "Callum Reddish", "", "", "West"),
    (740120, "Jayden", "Price", "2013-07-21", "HH-C103", "open", "", "Bethan Lloyd-Hughes", "", "", "Central"),
    (740121, "Jayden", "Price", "2019-01-08", "HH-C104", "closed", "2024-06-14", "Tunde Ajayi", "", "", "South"),
    (740130, "Amara", "Okonkwo", "2015-10-19", "HH-C105", "open", "", "Bethan Lloyd-Hughes", "locked", "l.whitcombe@kestrelford.gov.uk", "Central"),
    (740131, "Chidi", "Okonkwo", "2018-02-07", "HH-C105", "open", "", "Bethan Lloyd-Hughes", "locked", "l.whitcombe@kestrelford.gov.uk", "Central"),
    (740140, "Ellis", "Cartwright", "2011-04-02", "HH-C106", "open", "", "Marcus Achterberg", "special_client", "d.fairbairn@kestrelford.gov.uk", "West"),
    (740150, "Niamh", "Doherty", "2016-08-27", "HH-C107", "open", "", "Tunde Ajayi", "personal_interest", "d.fairbairn@kestrelford.gov.uk", "NI"),
    (740151, "Ciaran", "Doherty", "2013-05-15", "HH-C107", "open", "", "Tunde Ajayi", "personal_interest", "d.fairbairn@kestrelford.gov.uk", "NI"),
    (740160, "Sophie", "Turner", "2018-11-30", "HH-C108", "closed", "2027-01-15", "Callum Reddish", "", "", "West"),
    (740161, "Sophie", "Turner", "2010-02-22", "HH-C109", "open", "", "Siobhan Farrelly", "", "", "North"),
    (740170, "Harvey", "Mellor", "2012-06-06", "HH-C110", "closed", "2019-03-01", "Tunde Ajayi", "", "", "South"),
    (740180, "Zainab", "Hussain", "2017-04-04", "HH-C111", "open", "", "Priya Nandakumar", "", "", "East"),
    (740181, "Yusuf", "Hussain", "2014-01-19", "HH-C111", "open", "", "Priya Nandakumar", "", "", "East"),
    (740182, "Maryam", "Hussain", "2020-12-12", "HH-C111", "open", "", "Priya Nandakumar", "", "", "East"),
    (740190, "Logan", "Pritchard", "2015-03-03", "HH-C112", "closed", "2026-10-09", "Callum Reddish", "", "", "West"),
    (740200, "Freya", "Lindqvist", "2019-07-17", "HH-C113", "open", "", "Siobhan Farrelly", "", "", "North"),
    (740210, "Oscar", "Mbeki-Rowe", "2010-10-10", "HH-C114", "open", "", "Marcus Achterberg", "", "", "Central"),
    (740220, "Poppy", "Garside", "2013-09-01", "HH-C115", "closed", "2025-11-21", "Tunde Ajayi", "", "", "South"),
    (740221, "Alfie", "Garside", "2016-12-24", "HH-C115", "closed", "2025-11-21", "Tunde Ajayi", "", "", "South"),
    (740230, "Leon", "Szymanski", "2012-05-28", "HH-C116", "open", "", "Bethan Lloyd-Hughes", "", "", "Central"),
    (740240, "Isla", "McCready", "2017-01-13", "HH-C117", "open", "", "Tunde Ajayi", "special_client", "d.fairbairn@kestrelford.gov.uk", "NI"),
    (740250, "Mason", "Okafor-Bell", "2014-11-09", "HH-C118", "closed", "2026-12-11", "Priya Nandakumar", "", "", "East"),
    (740260, "Grace", "Whitlock", "2011-08-19", "HH-C119", "open", "", "Callum Reddish", "", "", "West"),
    (740261, "Noah", "Whitlock", "2015-02-26", "HH-C119", "open", "", "Callum Reddish", "", "", "West"),
    (740270, "Aisha", "Rahman", "2020-03-31", "HH-C120", "closed", "2023-07-07", "Siobhan Farrelly", "", "", "North"),
    (740280, "Theo", "Vance", "2012-04-15", "HH-C121", "open", "", "Marcus Achterberg", "personal_interest", "l.whitcombe@kestrelford.gov.uk", "Central"),
    (740290, "Lily-Mae", "Dawber", "2018-06-21", "HH-C122", "closed", "2027-03-19", "Tunde Ajayi", "", "", "South"),
    (740291, "Riley", "Dawber", "2014-10-03", "HH-C122", "closed", "2027-03-19", "Tunde Ajayi", "", "", "South"),
    (740300, "Ethan", "Cole", "2016-04-12", "HH-C123", "open", "", "Priya Nandakumar", "", "", "East"),
    (740301, "Ethan", "Cole", "2009-11-02", "HH-C124", "closed", "2026-08-14", "Callum Reddish", "", "", "West"),
]

TRACKER_HEADER = "reference,received_on,category,route,status"
TRACKER = [
    ("CASS-2025-000877", "2025-11-18", "information_request", "irr_queue", "closed"),
    ("CASS-2026-000045", "2026-01-09", "information_request", "allocated_worker", "open"),
    ("CASS-2026-000102", "2026-02-03", "correspondence", "allocated_worker", "closed"),
    ("CASS-2026-000187", "2026-03-16", "information_request", "irr_queue", "open"),
    ("CASS-2026-000233", "2026-04-21", "information_request", "level1_reply", "closed"),
    ("CASS-2026-000310", "2026-06-02", "ofsted_suitability", "irr_queue", "closed"),
    ("CASS-2026-000402", "2026-07-27", "information_request", "restricted", "open"),
    ("CASS-2026-000455", "2026-09-07", "correspondence", "re_referral", "open"),
    ("CASS-2026-000517", "2026-10-28", "information_request", "irr_queue", "open"),
    ("CASS-2026-000560", "2026-12-01", "correspondence", "front_door", "open"),
    ("CASS-2027-000021", "2027-01-14", "information_request", "allocated_worker", "open"),
    ("CASS-2027-000064", "2027-02-22", "information_request", "irr_queue", "open"),
    ("DCS-2025-000188", "2025-10-14", "casework_submission", "casework_lead", "closed"),
    ("DCS-2025-000231", "2025-12-09", "casework_submission", "casework_lead", "closed"),
    ("DCS-2026-000004", "2026-01-07", "casework_submission", "casework_lead", "open"),
    ("DCS-2026-000012", "2026-01-26", "casework_submission", "casework_lead", "closed"),
    ("DCS-2026-000027", "2026-02-23", "casework_submission", "casework_lead", "closed"),
    ("DCS-2026-000033", "2026-03-09", "casework_submission", "casework_lead", "open"),
    ("DCS-2026-000041", "2026-03-30", "casework_submission", "casework_lead", "closed"),
    ("DCS-2026-000058", "2026-05-12", "casework_submission", "casework_lead", "open"),
    ("DCS-2026-000064", "2026-06-01", "internal_review_request", "review_team", "open"),
    ("DCS-2026-000079", "2026-07-06", "casework_submission", "casework_lead", "closed"),
    ("DCS-2026-000090", "2026-08-03", "casework_submission", "casework_lead", "open"),
    ("DCS-2026-000104", "2026-09-10", "casework_submission", "casework_lead", "closed"),
    ("DCS-2026-000118", "2026-10-12", "casework_submission", "casework_lead", "open"),
    ("DCS-2026-000126", "2026-11-05", "casework_submission", "casework_lead", "closed"),
    ("DCS-2027-000005", "2027-01-12", "casework_submission", "casework_lead", "open"),
    ("DCS-2027-000014", "2027-01-25", "casework_submission", "casework_lead", "closed"),
    ("DCS-2027-000017", "2027-03-22", "internal_review_request", "review_team", "open"),
]
# Cited but deliberately absent (gaps below the highest imported number of their year, or a
# year this run never assigns in): DCS-2026-000071, DCS-2025-000402, DCS-2027-000009,
# CASS-2026-000288, CASS-2025-000930, CASS-2027-000040.
UNKNOWN_REFS = {"DCS-2026-000071", "DCS-2025-000402", "DCS-2027-000009",
                "CASS-2026-000288", "CASS-2025-000930", "CASS-2027-000040"}


# =========================================================================== dcs mailbox

M("dcs", "form-body-school-transport-raf", "2026-01-12 09:14:07",
  ("Sgt Kerry-Ann Mabey", "kerryann.mabey101@mod.gov.uk"),
  "DCS Casework Form - home to school transport refused after assignment",
  ded("""
    OFFICIAL-SENSITIVE PERSONAL

    Good morning,

    Please find my casework below. I have used the form from the GOV.UK page but
    pasted it in as the fillable version would not save on my work laptop.

    DCS CASEWORK FORM (ANNEX A)

    PART A
    Originator Details
    Name: Sgt Kerry-Ann Mabey
    Service/Staff Number: 30218874
    Telephone/email: 01632 960418 / kerryann.mabey101@mod.gov.uk

    Detail of Submission
    We moved into SFA at RAF Hollinsby on 5 January on assignment from Cyprus.
    Our son (Year 8) has been offered a place at Brackenfield Academy, 6.4 miles
    from the quarter, because the nearer secondary was full by the time we could
    apply. The county council has refused home to school transport on the basis
    that we "expressed a preference" for Brackenfield. We did not: it was the
    only school with a place.

    I am asking DCS to consider whether the council has taken the Armed Forces
    Covenant duty into account, and to raise it with their transport team if
    appropriate. Looked-for outcome: transport awarded from the start of this
    term, or the decision reviewed with our assignment taken into account.
    Council refusal letter available on request.

    Originator Signature: K Mabey
    Dated: 09/01/2026

    Chain of Command (CofC)/Line Management (LM) Endorsement
    Name: Flt Lt Daniel Osei, OC Personnel Support Flight
    Service/Staff Number: 8307741
    Telephone/email: daniel.osei102@mod.gov.uk
    This submission is endorsed for the following reasons: The family had no
    opportunity to apply in the normal admissions round. Sgt Mabey works shifts
    and cannot do a 13-mile school run twice a day.
    This submission is not endorsed for the following reasons:

    Regards
    Kerry

    Sgt K Mabey | Sqn Admin | RAF Hollinsby | 01632 960418
    """) + MOD_FOOTER,
  label=FORM("The Annex A form pasted into the body with an endorsement: casework lead, acknowledge the next working day, respond within 20."))

M("dcs", "notform-gmail-cyprus-school-place", "2026-01-19 14:02:51",
  ("Hayley Coombes", "hayleycoombes88@gmail.com"),
  "School place Cyprus",
  ded("""
    Hi

    I'm not sure if this is the right email, I got it from the HIVE lady.

    We're due to fly out to Cyprus on 14 Feb with my husband's posting (he's
    Cpl Coombes, 5 Westmarch Rifles). Our daughter Ella is 7 and we applied for the MOD
    school out there in November but we still haven't heard anything back and
    nobody will tell us if she has a place. I don't want her missing school when
    we land. Can someone please chase this or tell us who to speak to??

    Thanks
    Hayley Coombes
    07700 900482

    Sent from my iPhone
    """),
  label=NOTFORM("A spouse's free-text email asking DCS to chase a school place: casework not on the form, so ask for the form; no reference."))

M("dcs", "followup-000004-admissions-letter", "2026-01-28 10:40:12",
  ("WO1 Gareth Pennock", "gareth.pennock100@mod.gov.uk"),
  "RE: DCS-2026-000004 - in-year admission appeal",
  ded("""
    All,

    Further to DCS-2026-000004, the admissions appeal panel has now given us a
    date: 19 February. I've attached nothing new yet but wanted you to have the
    date in case it affects your response timings. The LA's appeal pack says
    representations must be in by the 12th.

    Thanks for the help so far.

    Gareth

    WO1 G Pennock | RSM | 31 Regt RLC | Carverton Barracks
    Mil 94731 4420 | Civ 01632 960733
    """) + MOD_FOOTER,
  in_reply_to="<dcs-ack-2026-000004@mod.gov.uk>",
  label=FUP("DCS-2026-000004", "A date added to casework the tracker holds: follow-up to whoever holds the reference, no new reference."))

_f = dict(author="L Atherley", name="WO1 (SSM) Lorraine Atherley", number="25119032",
          contact="lorraine.atherley100@mod.gov.uk / 0161 496 0257",
          detail=("My spouse has accepted a two-year civilian contract in Brussels while I remain "
                  "assigned to Harnham Barracks. Our two children board at St Wilfrid's School "
                  "under CEA. The CEA claim has been queried because the accompanied-service "
                  "condition may no longer be met.\n\n"
                  "I ask DCS to consider whether the family remains eligible for CEA while one "
                  "parent works abroad and the serving parent remains mobile, and to advise the "
                  "JSP 752 policy team if clarification is needed. Looked-for outcome: a clear "
                  "ruling before the summer term fees are invoiced (due 1 April)."),
          signature="L Atherley", dated="30 Jan 2026",
          cofc_name="Maj Hugh Benbow, OC HQ Sqn", cofc_number="24987710",
          cofc_contact="hugh.benbow100@mod.gov.uk",
          endorsed="SSM Atherley is fully mobile and has moved four times in six years. Continuity of education is the reason the children board.",
          not_endorsed="")
M("dcs", "form-docx-cea-spouse-abroad", "2026-02-03 11:55:40",
  ("WO1 Lorraine Atherley", "lorraine.atherley100@mod.gov.uk"),
  "DCS casework - CEA eligibility (spouse working overseas)",
  ded("""
    Good morning,

    Please see attached my DCS casework form regarding CEA eligibility. My OC has
    completed the endorsement section.

    Kind regards,
    Lorraine

    WO1 (SSM) L Atherley
    HQ Sqn, Harnham Barracks
    0161 496 0257
    """) + MOD_FOOTER,
  attachments=[("DCS Casework Form - Atherley.docx", DOCX, form_docx(_f))],
  extra=[("X-Mailer", "Microsoft Outlook 16.0")],
  label=FORM("The casework form arrives as a completed Word attachment: casework lead."))

M("dcs", "ooo-autosubmitted-reply-with-ref", "2026-02-09 08:20:03",
  ("Capt Imogen Strachan", "imogen.strachan100@mod.gov.uk"),
  "Automatic reply: Acknowledgement - DCS-2026-000012",
  ded("""
    I am away from my desk on a course until Monday 16 February with no access to
    email. For anything urgent please contact the Adjt, Capt Bowes, on
    01632 960115.
    """),
  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "imogen.strachan100@mod.gov.uk")],
  label=AUTO("An out-of-office reply marked Auto-Submitted; the reference in its subject does not make it a follow-up, automated comes first."))

M("dcs", "notform-welfare-office-nursery-germany", "2026-02-14 10:31:26",
  ("Unit Welfare Office 63 Sig Regt", "63sig-welfare.office@mod.gov.uk"),
  "Early years place for a family moving to Germany - advice please",
  ded("""
    Good morning DCS,

    Writing on behalf of one of our families (LCpl and Mrs Tanaka) who are due to
    assign to Germany at Easter. Their youngest will be 3 in June and they have
    been told there is a waiting list for the early years setting on the patch
    and they may not get the funded hours they get in the UK.

    Could you let us know what the entitlement is overseas and whether there is
    anything DCS can do to secure a place before they move? Mrs Tanaka works and
    needs to know whether to turn down a job offer.

    Many thanks,

    Jo Prentice
    Unit Welfare Officer (civ)
    63 Signal Regiment | Ormsby Lines
    Tel: 0121 496 0388
    """) + MOD_FOOTER,
  label=NOTFORM("A welfare officer raises a family's issue in a free-text email, not on the form: request the form; the reply goes to the secure generic welfare mailbox."))

M("dcs", "irv-aw-german-outlook-000231", "2026-02-25 16:45:18",
  ("Maj Stefan Kowalczyk", "stefan.kowalczyk101@mod.gov.uk"),
  "AW: DCS-2025-000231 - Antwort / response to casework",
  ded("""
    Dear Executive Branch,

    I have now had time to consider the response to my casework DCS-2025-000231
    (SEN support for my son on assignment to Bruggenfeld Garrison, received 3
    February). With respect, the response only restates JSP 342 and does not
    address the central point: that the assessment of supportability was not
    carried out before the assignment order was issued.

    I therefore request an internal review of the decision under the DCS
    casework procedure, by someone not involved in the original response. I am
    happy to agree the points for review with whoever leads it.

    Mit freundlichen Gruessen / kind regards

    Major S Kowalczyk
    SO2 J4 | HQ Bruggenfeld Garrison (Rear)
    +49 2161 472 xxxx (mil) | 020 7946 0871
    """) + MOD_FOOTER,
  extra=[("Thread-Topic", "DCS-2025-000231 - Antwort / response to casework"), ("Thread-Index", "AdyG3kQ1x7wNd4pqR9u2a0bB")],
  label=IRV("DCS-2025-000231", "The originator disputes the response to a tracked casework reference and asks for an internal review: review team, 20 working days."))

_f = dict(author="Sgt P Dunmore", name="Sgt Paul Dunmore REME", number="25561874",
          contact="paul.dunmore100@mod.gov.uk, 07700 900917",
          detail=("I am asking DCS to intervene with my ex-partner's local authority, which has "
                  "refused to transfer my daughter's school place to a school near my new "
                  "quarter for the weeks she stays with me under the child arrangements order.\n\n"
                  "Looked-for outcome: DCS writes to the authority confirming that a service "
                  "child may be dual-registered."),
          signature="P Dunmore", dated="27/02/2026",
          cofc_name="Capt A Ferreira, OC Workshops", cofc_number="25300144",
          cofc_contact="ana.ferreira100@mod.gov.uk",
          endorsed="",
          not_endorsed=("This is a private family law matter governed by the court order, not a "
                        "service-related disadvantage. Sgt Dunmore has been advised to seek legal "
                        "advice and to speak to the HIVE. I do not support submission to DCS."))
M("dcs", "form-pdf-not-endorsed-dual-registration", "2026-03-04 13:22:09",
  ("Sgt Paul Dunmore", "paul.dunmore100@mod.gov.uk"),
  "Casework form (Dunmore)",
  ded("""
    DCS

    Form attached. My OC has not endorsed it (see her comments) but I was told I
    can still submit it and let DCS decide.

    Sgt P Dunmore
    """),
  attachments=[("Dunmore_Casework_Form.pdf", PDF, form_pdf(_f))],
  label=FORM("The casework form as a PDF whose endorsement section records non-endorsement: still the form, so casework lead."))

M("dcs", "sna-dmarc-fail-form-body", "2026-03-11 07:58:44",
  ("Lt Col Ruaridh Blane", "ruaridh.blane100@mod.gov.uk"),
  "URGENT DCS casework form - boarding fees refund",
  ded("""
    DCS casework form

    Part A - Originator Details
    Name: Lt Col R Blane
    Service/Staff Number: 514220
    Telephone/email: ruaridh.blane100@mod.gov.uk

    Detail of Submission
    My son's school has overcharged CEA boarding fees for the autumn term. I ask
    DCS to arrange the refund of the parental contribution directly to my new
    account, details of which I will send on receipt of your reply, as my
    salary account is being closed this week.

    Originator Signature: R Blane   Dated: 10/03/2026

    Chain of Command (CofC)/Line Management (LM) Endorsement
    Name: Col J Thackeray
    Service/Staff Number: 498811
    Telephone/email: j.thackeray@mod.gov.uk
    This submission is endorsed for the following reasons: Approved.
    """),
  auth="dmarc_fail", auth_domain="blane-mail.top",
  relay=("vps-2281.hostnode-eu.net", "193.22.87.14"),
  label=EXC("casework_submission", "sender_not_authenticated",
            "Looks like the form but the trusted relay reports dmarc=fail for the mod.gov.uk From: sender_not_authenticated, nothing sent."))

M("dcs", "followup-fw-000033-cofc-comment", "2026-03-18 12:06:30",
  ("Lt Col Fiona Gaskell", "fiona.gaskell100@mod.gov.uk"),
  "FW: DCS-2026-000033 - SEN transport, Cpl Rowntree",
  ded("""
    Executive Branch,

    I'm forwarding Cpl Rowntree's note below as his CO. I'd add that the unit
    can flex his hours for the next four weeks but not beyond, so a decision
    before the Easter break would be very helpful.

    F Gaskell
    CO 9 Med Regt

    -----Original Message-----
    From: Cpl Shaun Rowntree <shaun.rowntree100@mod.gov.uk>
    Sent: 17 March 2026 16:12
    To: Gaskell, Fiona Lt Col (9MED-CO) <fiona.gaskell100@mod.gov.uk>
    Subject: DCS-2026-000033 - SEN transport

    Ma'am, DCS have acknowledged my casework (DCS-2026-000033) and said a reply
    will come within 20 working days. The council still hasn't put transport in
    place for Ryan so I'm doing the run myself every day. Could you add anything
    from the unit side?

    Cpl S Rowntree
    """) + MOD_FOOTER,
  label=FUP("DCS-2026-000033", "A forwarded note adding the CO's view to casework the tracker holds: follow-up to the reference owner."))

M("dcs", "notform-senco-ehcp-transfer", "2026-03-26 15:37:02",
  ("Mrs D. Okoro (SENCo)", "senco@ashgrove-primary.wexcombe.sch.uk"),
  "Service child - EHCP transfer from Scotland",
  ded("""
    Dear Sir/Madam,

    We have a Year 3 pupil who joined us in January from a school in the Highlands when
    his father was posted to Larkbourne Camp. In Scotland he had a Co-ordinated
    Support Plan. Wexcombe Council have told us the CSP "does not transfer" and
    that we must start an EHC needs assessment from scratch, which could take 20
    weeks. In the meantime we are funding his 1:1 from our own budget.

    Is there anything DCS can do to speed this up, or guidance we can point the
    council to? The family are happy for us to contact you.

    Yours faithfully

    Deborah Okoro
    SENCo, Ashgrove Primary School
    Tel 0117 496 0620
    """),
  label=NOTFORM("A school raises a service child's SEN issue by free-text email: casework not on the form, request the form.",
                acceptable={"concern": [False, True]}))

M("dcs", "form-body-tabs-before-easter", "2026-04-02 15:20:45",
  ("CPO Martin Ugwu", "martin.ugwu100@mod.gov.uk"),
  "DCS casework - exam access arrangements after mid-year move",
  ded("""
    ANNEX A - DCS CASEWORK FORM

    PART A\tOriginator Details
    Name:\tCPO(ETME) Martin Ugwu
    Service/Staff Number:\tD221874K
    Telephone/email:\t0117 496 0941 / martin.ugwu100@mod.gov.uk

    Detail of Submission
    My daughter (Year 11) moved from a school in Devon to one near Garelochside
    in September on my draft to HMS Caldervale. Her previous school had approved
    25% extra time for her GCSEs. The new school sits SQA National 5s, and says
    it cannot recognise the English access arrangements without a fresh
    assessment, which it cannot arrange before the May diet.

    I ask DCS to consider liaising with the school and the local authority so
    that the evidence already gathered is accepted. Desired outcome: access
    arrangements in place for the 2026 exam diet.

    Originator Signature:\tM Ugwu
    Dated:\t01 Apr 26

    Chain of Command (CofC)/Line Management (LM) Endorsement
    Name:\tLt Cdr Sarah Penhaligon RN
    Service/Staff Number:\tC047712B
    Telephone/email:\tsarah.penhaligon100@mod.gov.uk
    This submission is endorsed for the following reasons:\tMove was a
    service requirement at short notice; the child's exam year is affected.
    This submission is not endorsed for the following reasons:\tN/A

    --
    CPO Ugwu
    MEO Dept, HMS Caldervale
    """) + MOD_FOOTER,
  label=FORM("Annex A pasted with tab separators, received the Thursday before Good Friday: acknowledgement due Tuesday 7 April after Easter Monday."))

M("dcs", "unknown-ref-000071-re-subject", "2026-04-08 09:03:27",
  ("SSgt Tomasz Wierzbicki", "tomasz.wierzbicki100@mod.gov.uk"),
  "Re: DCS-2026-000071 update?",
  ded("""
    Hi,

    Just checking where we are with DCS-2026-000071? The school has asked me
    again for something in writing.

    Cheers
    Tom Wierzbicki
    SSgt, QM Dept, Port & Maritime Sqn, 31 Regt RLC
    """) + MOD_FOOTER,
  label=UNKNOWN("DCS-2026-000071", "Cites a DCS reference of the right form that the tracker does not hold: unknown_reference, exceptions."))

M("dcs", "listid-forces-education-digest", "2026-04-20 06:00:12",
  ("Forces Education Network", "digest@lists.forceseducation-network.org.uk"),
  "[FEN-digest] April round-up: admissions, SEND reforms and transition resources",
  ded("""
    FORCES EDUCATION NETWORK - APRIL DIGEST
    =======================================

    In this issue
    1. In-year admissions: what the revised code means for mobile families
    2. SEND reforms consultation - members' briefing, 6 May (online)
    3. New transition passport templates for primary settings
    4. Research round-up: attainment of service pupils at KS4

    You are receiving this because dcyp-casework@mod.gov.uk is subscribed to
    fen-digest. To unsubscribe or change your settings visit
    https://lists.forceseducation-network.org.uk/mailman/listinfo/fen-digest
    """),
  extra=[("List-Id", "Forces Education Network digest <fen-digest.lists.forceseducation-network.org.uk>"),
         ("List-Unsubscribe", "<mailto:fen-digest-leave@lists.forceseducation-network.org.uk>"),
         ("Precedence", "list")],
  label=AUTO("A mailing-list digest carrying List-Id and Precedence: list: automated, no action."))

_f = dict(author="Kieran Doyle", name="Bdr Kieran Doyle RA", number="30447718",
          contact="kieran.doyle102@mod.gov.uk (until 10 May) / 07700 900651",
          detail=("I deploy on Op TORRENT on 10 May for six months. My wife will be the sole carer "
                  "for our three children, one of whom (aged 9) has an EHCP naming a specialist "
                  "unit 14 miles from our quarter. The LA transport contract ends at the end of "
                  "the summer term and the new route has not been confirmed.\n\n"
                  "I am asking DCS to consider asking the LA to confirm transport for September "
                  "before I deploy, and to note that my wife does not drive. Looked-for outcome: "
                  "written confirmation of transport for the 2026/27 school year.\n\n"
                  "Please correspond with my wife, Mrs Siân Doyle, at the address this comes from "
                  "while I am away."),
          signature="K Doyle", dated="29/04/2026",
          cofc_name="Maj E Rutherford, BC 27 Bty", cofc_number="25011934",
          cofc_contact="e.rutherford100@mod.gov.uk",
          endorsed="Deployment-related; sole carer without transport. Fully supported.",
          not_endorsed="")
M("dcs", "form-docx-hotmail-spouse-saturday", "2026-05-02 10:48:33",
  ("Siân Doyle", "sian.doyle.home@hotmail.co.uk"),
  "Casework form for Kieran Doyle (deploying)",
  ded("""
    Hello,

    Kieran has asked me to send this as he's already handed his laptop in ahead
    of deploying. The form is filled in and his Battery Commander has signed the
    bottom part. Please can any replies come to me on this email.

    Many thanks,
    Siân Doyle
    07700 900652
    """),
  attachments=[("Doyle casework form signed.docx", DOCX, form_docx(_f))],
  label=FORM("The completed form attached by the serving member's spouse from a personal webmail address: still the form, casework lead; received Saturday before the May bank holiday, so acknowledgement due Tuesday 5 May."))

M("dcs", "irv-reads-like-followup-000041", "2026-05-13 14:27:55",
  ("Flt Sgt Andrea Velasquez", "andrea.velasquez100@mod.gov.uk"),
  "RE: DCS-2026-000041 - your response dated 6 May",
  ded("""
    Good afternoon,

    Thank you for the response of 6 May on DCS-2026-000041.

    I'm afraid I don't accept it. The letter says the school's decision not to
    hold my son's Year 10 place while we were on an unaccompanied tour was
    "a matter for the admission authority", but the point of my casework was
    that DCS guidance says the opposite and nobody has looked at that.

    I would like this escalated to an internal review, please, by someone who
    had no part in the first response. Can you confirm who will lead it and
    when I can expect the outcome?

    Regards

    Flt Sgt A Velasquez
    Station Flight Safety Office, RAF Hollinsby
    01632 960 207
    """) + MOD_FOOTER,
  in_reply_to="<dcs-resp-2026-000041@mod.gov.uk>",
  label=IRV("DCS-2026-000041", "Written as a reply on the reference, but it rejects the response and asks for an internal review: internal_review_request takes precedence over follow_up."))

M("dcs", "form-html-table-late-night-bst", "2026-05-22 23:40:16",
  ("Sgt Ade Olatunji", "ade.olatunji100@mod.gov.uk"),
  "DCS Casework Form - nursery funding on return from Brunei",
  ded("""
    DCS CASEWORK FORM (ANNEX A)

    Part A - Originator Details
      Name                   Sgt Adewale Olatunji
      Service/Staff Number   30672215
      Telephone/email        07700 900336 / ade.olatunji100@mod.gov.uk

    Detail of Submission
      We returned from an overseas tour in March. Our daughter turned 3 while
      abroad and the local authority says she cannot take up funded early years
      hours until the term after we "registered as resident", i.e. September.
      I ask DCS to consider whether this disadvantages service families under
      the Covenant and to raise it with the LA's early years team. Outcome
      sought: 15 hours funding from the summer term.

      Originator Signature   A Olatunji          Dated  21 May 2026

    Chain of Command (CofC)/Line Management (LM) Endorsement
      Name                   WO2 Carys Price-Evans
      Service/Staff Number   25290063
      Telephone/email        carys.price-evans100@mod.gov.uk
      Endorsed because       The delay arises only from the overseas assignment.
      Not endorsed because   -
    """),
  html=ded("""
    <html><body style="font-family:Arial,sans-serif;font-size:11pt">
    <p><b>DCS CASEWORK FORM (ANNEX A)</b></p>
    <p><b>Part A - Originator Details</b></p>
    <table border="1" cellpadding="4" cellspacing="0">
    <tr><td>Name:</td><td>Sgt Adewale Olatunji</td></tr>
    <tr><td>Service/Staff Number:</td><td>30672215</td></tr>
    <tr><td>Telephone/email:</td><td>07700 900336 / ade.olatunji100@mod.gov.uk</td></tr>
    </table>
    <p><b>Detail of Submission</b></p>
    <p>We returned from an overseas tour in March. Our daughter turned 3 while abroad and the
    local authority says she cannot take up funded early years hours until the term after we
    &quot;registered as resident&quot;, i.e. September. I ask DCS to consider whether this
    disadvantages service families under the Covenant and to raise it with the LA's early years
    team. Outcome sought: 15 hours funding from the summer term.</p>
    <table border="1" cellpadding="4" cellspacing="0">
    <tr><td>Originator Signature</td><td>A Olatunji</td><td>Dated</td><td>21 May 2026</td></tr>
    </table>
    <p><b>Chain of Command (CofC)/Line Management (LM) Endorsement</b></p>
    <table border="1" cellpadding="4" cellspacing="0">
    <tr><td>Name:</td><td>WO2 Carys Price-Evans</td></tr>
    <tr><td>Service/Staff Number:</td><td>25290063</td></tr>
    <tr><td>Telephone/email:</td><td>carys.price-evans100@mod.gov.uk</td></tr>
    <tr><td>This submission is endorsed for the following reasons:</td>
        <td>The delay arises only from the overseas assignment.</td></tr>
    <tr><td>This submission is not endorsed for the following reasons:</td><td>-</td></tr>
    </table>
    </body></html>
    """),
  rx_local=True,
  label=FORM("The form as an HTML table, stamped 00:40 BST on Saturday 23 May: acknowledgement due Tuesday 26 May after the spring bank holiday."))

M("dcs", "rtm-gmail-reply-to-form-body", "2026-06-03 11:12:40",
  ("Cpl Lewis Harkness", "lewis.harkness100@mod.gov.uk"),
  "DCS casework form - school uniform grant",
  ded("""
    DCS Casework Form

    Originator Details
    Name: Cpl Lewis Harkness
    Service/Staff Number: 30891456
    Telephone/email: see reply-to address, 07700 900184

    Detail of Submission
    My two boys start at a new secondary in September after our posting. The
    school requires a blazer and sports kit from a single supplier costing over
    £300 per child. We have already bought uniform for their last school ten
    months ago. I am asking DCS whether any grant exists for service families
    moved at short notice and, if not, whether DCS would raise it with the
    school. Outcome: help towards uniform costs.

    Originator Signature: L Harkness   Dated 2 June 2026

    Chain of Command (CofC)/Line Management (LM) Endorsement
    Name: Lt M Ashby
    Service/Staff Number: 30099281
    Telephone/email: m.ashby100@mod.gov.uk
    This submission is endorsed for the following reasons: short-notice move.

    Please reply to my personal email as I'm on leave from Friday.
    """),
  reply_to="Lewis Harkness <lewisharkness@gmail.com>",
  label=EXC("casework_submission", "reply_to_mismatch",
            "The form in the body, but Reply-To (gmail.com) names a different registrable domain from the mod.gov.uk From: reply_to_mismatch, exceptions, nothing sent."))

M("dcs", "notform-soldier-long-oc-supports", "2026-06-09 19:52:08",
  ("LCpl Dean Fairclough", "dean.fairclough100@mod.gov.uk"),
  "Kids school after posting - need help",
  ded("""
    To whom it may concern

    I'm writing as I don't know where else to go with this. I was posted from
    North Yorkshire to Larkbourne Camp at the start of May. We were given a quarter in
    Upper Stanwell but the two primary schools in the village are full, and the
    council has offered places for my daughters at two different schools, one of
    them 5 miles away in the other direction. My wife doesn't drive and I start
    pre-deployment training in July.

    I've spoken to my OC and he supports me asking DCS for help and says he will
    put something in writing if needed. The schools say they can't go over their
    numbers. The council say it's down to the schools. We appealed for the
    nearer school on 20 May and haven't heard back.

    What I'm after is both girls at the same school, ideally the one in the
    village. Even a place for the younger one in September would help.

    I can send the council letters if you need them.

    Thanks for reading
    LCpl D Fairclough
    1 Sqn, 61 Engr Regt
    07700 900290
    """) + MOD_FOOTER,
  label=NOTFORM("A detailed free-text request; mentioning the OC's support does not make it the Annex A form: request the form, no reference."))

M("dcs", "mdn-read-receipt", "2026-06-17 08:05:51",
  ("Sgt Ade Olatunji", "ade.olatunji100@mod.gov.uk"),
  "Read: Acknowledgement of your DCS casework",
  "",
  raw_content_type='multipart/report; report-type=disposition-notification;\n\tboundary="----=_MDN_4b71c0d2"',
  label=AUTO("A read receipt (multipart/report, disposition-notification): automated."))
MESSAGES[-1]["body"] = ded("""
    ------=_MDN_4b71c0d2
    Content-Type: text/plain; charset="us-ascii"
    Content-Transfer-Encoding: 7bit

    Your message

      To: Olatunji, Ade Sgt (ARMY-REME-SGT)
      Subject: Acknowledgement of your DCS casework
      Sent: 16 June 2026 15:22:41 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

    was read on 17 June 2026 09:05:42 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.

    ------=_MDN_4b71c0d2
    Content-Type: message/disposition-notification

    Reporting-UA: EXHYB-MOD-07.mod.gov.uk; Microsoft Exchange Server
    Final-Recipient: rfc822;ade.olatunji100@mod.gov.uk
    Original-Message-ID: <dcs-ack-olatunji@mod.gov.uk>
    Disposition: manual-action/MDN-sent-automatically; displayed

    ------=_MDN_4b71c0d2--
    """)

M("dcs", "followup-000058-chasing-delay", "2026-06-26 13:40:22",
  ("Mrs Rachel Onyango", "rachel.onyango100@mod.gov.uk"),
  "Re: DCS-2026-000058",
  ded("""
    Hello,

    It's now six weeks since I submitted casework DCS-2026-000058 and I haven't
    had a reply or a holding letter. Term finishes on 22 July and the issue with
    my son's place at Fenwold High has to be sorted before then.

    Could someone let me know where it's got to?

    Rachel Onyango
    Civil Servant (C1), DBS Pay & Allowances
    0161 496 0930
    """) + MOD_FOOTER,
  label=FUP("DCS-2026-000058", "Chasing a reply on casework the tracker holds is an addition to that reference, not a request for review: follow-up."))

_f = dict(author="User", name="Cpl Jodie Marr", number="30554120", contact="jodie.marr100@mod.gov.uk",
          detail=("Request that DCS considers whether my son can remain at his current school "
                  "(Year 10) when we are posted in August, with CEA day-school support or similar. "
                  "Supporting letter from the school attached separately later."),
          signature="", dated="", cofc_name="", cofc_number="", cofc_contact="",
          endorsed="", not_endorsed="")
M("dcs", "form-pdf-partial-unendorsed-blank", "2026-07-02 08:49:13",
  ("Cpl Jodie Marr", "jodie.marr100@mod.gov.uk"),
  "casework form",
  ded("""
    Morning, form attached. I haven't been able to get it signed off yet as my
    line manager is on leave till the 13th, I'll send an updated one then.

    Jodie
    """),
  attachments=[("casework form Marr.pdf", PDF, form_pdf(_f))],
  label=FORM("The Annex A form as a PDF with the signature and endorsement sections left blank: recognisably the form however complete, so casework lead."))

M("dcs", "misdirected-sfa-boiler-repair", "2026-07-06 07:15:39",
  ("Claire Mottram", "claire.mottram@btinternet.com"),
  "No hot water - 14 Kestrel Close, Ormsby Lines - 3rd time reporting",
  ded("""
    To the housing helpdesk,

    Our boiler has failed AGAIN at 14 Kestrel Close. This is the third time
    since April. I was told by the contractor's call centre to email this address
    to escalate. We have had no hot water since Sunday. Job numbers from the
    previous visits are 4471-220 and 4498-013.

    Please send an engineer today.

    Claire Mottram
    07700 900823
    """),
  label=OTHER("A service-family housing repair complaint sent to the wrong mailbox; it is not casework about a child: other, unclassified."))

M("dcs", "form-body-partial-bst-midnight", "2026-07-14 23:15:27",
  ("AB Liam Trevithick", "liam.trevithick100@mod.gov.uk"),
  "DCS casework form - part A (CofC to follow)",
  ded("""
    Evening,

    Sending part A now because the admissions deadline is Friday. My DO will
    complete the endorsement when he's back alongside.

    ---------------------------------------------------------------
    DCS CASEWORK FORM
    ---------------------------------------------------------------
    ORIGINATOR DETAILS
    Name ............................ AB(WS) Liam Trevithick
    Service/Staff Number ............ D305517F
    Telephone/email ................. 07700 900573

    DETAIL OF SUBMISSION
    I am joining HMS Tamarisk at Saltash Reach in August. My partner and our son
    (starting Reception in September) will move with me. Because we could not
    give an address in the new area before 15 January, our son has been
    allocated a school 9 miles from the only SFA available to us. I ask DCS to
    consider supporting a late application for a local school. Outcome: a
    Reception place within walking distance.

    Originator signature: L Trevithick        Dated: 14/07/26

    CHAIN OF COMMAND (CofC)/LINE MANAGEMENT (LM) ENDORSEMENT
    Name:
    Service/Staff Number:
    Telephone/email:
    Endorsed for the following reasons:
    Not endorsed for the following reasons:
    ---------------------------------------------------------------
    """) + MOD_FOOTER,
  rx_local=True,
  label=FORM("The form in the body with the endorsement still blank; stamped 00:15 BST on Wednesday 15 July, so the acknowledgement is due Thursday 16 July."))

M("dcs", "notform-academy-untrusted-ar-fail", "2026-07-21 10:26:48",
  ("Mark Haworth", "m.haworth@brightwell-learning.org.uk"),
  "Service pupil premium - pupils arriving mid-year",
  ded("""
    Dear colleagues,

    I'm the Trust lead for service children across our five academies near
    Ormsby Lines. Each year we admit 30-40 service pupils after the January
    census and so receive no Service Pupil Premium for them for up to 15
    months, although they need transition support from day one.

    Could DCS consider raising with DfE whether mid-year arrivals could be
    funded, or tell us where best to take this? I can provide figures by school.

    Best wishes,

    Mark Haworth
    Director of Inclusion, Brightwell Learning Trust
    T: 0113 496 0712
    Brightwell Learning Trust is a charitable company limited by guarantee
    registered in England and Wales.
    """),
  untrusted=("mail.brightwell-learning.org.uk", "fail", "fail", "fail"),
  label=NOTFORM("Free-text casework from a trust; the failing Authentication-Results comes from the sender's own server, not the trusted relay (which passes), so it is ignored: request the form."))

M("dcs", "irv-ref-in-body-only-000079", "2026-07-29 09:58:05",
  ("Capt Olusegun Adeyemi", "olusegun.adeyemi100@mod.gov.uk"),
  "Request for internal review of DCS casework decision",
  ded("""
    Sir/Ma'am,

    1. I refer to my casework submission of 6 July 2026, reference
    DCS-2026-000079, and the response I received on 24 July.

    2. The response concluded that my daughter's eligibility for the overseas
    education allowance ended when she turned 18 during Year 13. I believe this
    misreads the policy, which refers to the academic year in which the child
    turns 18.

    3. I request an internal review of that decision in accordance with the DCS
    casework directive. I would be grateful to be told who will lead the review
    and the target date.

    Capt O Adeyemi
    Adjt, 19 Log Sp Regt
    020 7946 0522
    """) + MOD_FOOTER,
  label=IRV("DCS-2026-000079", "A formal internal review request; the reference is only in the body: review team, related to that reference."))

M("dcs", "dsn-bounce-postmaster", "2026-08-05 14:01:19",
  ("Mail Delivery System", "MAILER-DAEMON@relay.mod.gov.uk"),
  "Undeliverable: Acknowledgement - DCS-2026-000090",
  "", system=True, return_path="<>",
  extra=[("Auto-Submitted", "auto-replied")],
  raw_content_type='multipart/report; report-type=delivery-status;\n\tboundary="----=_DSN_9f02e7"',
  label=AUTO("A delivery status notification (multipart/report, null return path, MAILER-DAEMON): automated."))
MESSAGES[-1]["body"] = ded("""
    This is a MIME-formatted message.

    ------=_DSN_9f02e7
    Content-Type: text/plain; charset="us-ascii"

    Delivery has failed to these recipients or groups:

    r.kettlewell@armymail.example
    The domain name in the address doesn't exist. Check the address and try again.

    ------=_DSN_9f02e7
    Content-Type: message/delivery-status

    Reporting-MTA: dns; relay.mod.gov.uk
    Arrival-Date: Wed, 05 Aug 2026 14:01:02 +0000

    Final-Recipient: rfc822; r.kettlewell@armymail.example
    Action: failed
    Status: 5.1.2
    Diagnostic-Code: smtp; 550 5.1.2 Host unknown

    ------=_DSN_9f02e7
    Content-Type: text/rfc822-headers

    From: dcyp-casework@mod.gov.uk
    To: r.kettlewell@armymail.example
    Subject: Acknowledgement - DCS-2026-000090
    Date: Wed, 05 Aug 2026 15:00:58 +0100
    Message-ID: <dcs-ack-2026-000090-2@mod.gov.uk>

    ------=_DSN_9f02e7--
    """)

M("dcs", "form-body-capitals-scotland-deferral", "2026-08-13 12:33:50",
  ("PO Gemma Rusk", "gemma.rusk100@mod.gov.uk"),
  "DCS CASEWORK - SCHOOL START DEFERRAL, MOVE ENGLAND TO SCOTLAND",
  ded("""
    OFFICIAL-SENSITIVE PERSONAL

    PART A - ORIGINATOR DETAILS
    NAME: PO(CIS) GEMMA RUSK
    SERVICE/STAFF NUMBER: D298014H
    TELEPHONE/EMAIL: 0141 496 0356 / GEMMA.RUSK100@MOD.GOV.UK

    DETAIL OF SUBMISSION
    OUR SON WAS BORN IN FEBRUARY 2021 AND STARTED RECEPTION IN ENGLAND IN
    SEPTEMBER 2025. ON OUR MOVE TO ARGYLL HE WOULD NORMALLY ENTER P1, BUT THE
    COUNCIL HAS PLACED HIM IN P2 WITH CHILDREN UP TO A YEAR OLDER BECAUSE HE HAS
    "ALREADY STARTED SCHOOL". HIS NURSERY AND RECEPTION TEACHERS BOTH FEEL HE IS
    NOT READY. I ASK DCS TO CONSIDER SUPPORTING OUR REQUEST THAT HE IS PLACED IN
    P1. OUTCOME SOUGHT: P1 PLACEMENT FROM AUGUST 2026.

    ORIGINATOR SIGNATURE: G RUSK            DATED: 11 AUG 26

    CHAIN OF COMMAND (COFC)/LINE MANAGEMENT (LM) ENDORSEMENT
    NAME: LT CDR P ARMITAGE RN
    SERVICE/STAFF NUMBER: C051123D
    TELEPHONE/EMAIL: PETER.ARMITAGE100@MOD.GOV.UK
    THIS SUBMISSION IS ENDORSED FOR THE FOLLOWING REASONS: THE DIFFERENCE
    BETWEEN THE TWO SYSTEMS IS A DIRECT RESULT OF SERVICE MOBILITY.
    THIS SUBMISSION IS NOT ENDORSED FOR THE FOLLOWING REASONS: NIL

    Sent from Workspace Mobile
    """),
  label=FORM("The form written out in capitals in the body, endorsed: casework lead."))

_f = dict(author="63 Sig Regt UWO", name="Spr Connor Blackwood", number="30981127",
          contact="via Unit Welfare Office, 0121 496 0388",
          detail=("Our daughter (10) was diagnosed with type 1 diabetes in June. Her new school "
                  "after our posting says it cannot administer insulin and has asked that a "
                  "parent attends at lunchtime every day. I work on a flight line 20 minutes "
                  "away and my wife is seven months pregnant.\n\n"
                  "I ask DCS to consider raising with the school and the local authority their "
                  "duty to support pupils with medical conditions. Looked-for outcome: an "
                  "individual healthcare plan and trained staff in place for September."),
          signature="C Blackwood", dated="28.08.2026",
          cofc_name="SSgt R Mulholland", cofc_number="25470291",
          cofc_contact="r.mulholland100@mod.gov.uk",
          endorsed="The family has no local support network following the posting; the soldier cannot leave the line daily.",
          not_endorsed="")
M("dcs", "form-docx-welfare-office-sunday", "2026-08-30 18:04:22",
  ("63 Sig Regt Welfare Office", "63sig-welfare.office@mod.gov.uk"),
  "Casework submission on behalf of Spr Blackwood - medical needs at school",
  ded("""
    Good evening,

    Please find attached a DCS casework form completed by Spr Blackwood and
    endorsed by his Troop SSgt. Spr Blackwood has asked that correspondence comes
    through this office as he has limited access to a terminal.

    Apologies for the weekend email - term starts on Thursday.

    Regards
    Jo Prentice
    Unit Welfare Officer (civ), 63 Signal Regiment
    """) + MOD_FOOTER,
  attachments=[("DCS_Casework_Form_Blackwood.docx", DOCX, form_docx(_f))],
  label=FORM("The completed form sent on a Sunday by a unit welfare office (secure generic address); the bank holiday Monday moves the acknowledgement to Tuesday 1 September."))

_f = dict(author="M Nakamura-Hill", name="Sqn Ldr Mei Nakamura-Hill", number="5209884C",
          contact="mei.nakamura-hill100@mod.gov.uk / 01632 960 562",
          detail=("AMENDED 3 SEPT: I have added the tribunal date (2 October) and the LA's "
                  "revised decision letter of 28 August.\n\n"
                  "Request that DCS consider supporting my appeal to the SEND tribunal about "
                  "my son's placement following our assignment."),
          signature="M Nakamura-Hill", dated="03/09/2026",
          cofc_name="Wg Cdr A Lister", cofc_number="2631775F", cofc_contact="a.lister100@mod.gov.uk",
          endorsed="Endorsed as originally.", not_endorsed="")
M("dcs", "followup-fw-000090-amended-form", "2026-09-04 10:10:10",
  ("Sqn Ldr Mei Nakamura-Hill", "mei.nakamura-hill100@mod.gov.uk"),
  "FW: DCS-2026-000090 - amended casework form",
  ded("""
    Hello,

    For DCS-2026-000090: please find an amended version of my casework form with
    the tribunal date added. Everything else is unchanged. Please replace the
    earlier version on file.

    Mei

    ________________________________
    From: Nakamura-Hill, Mei Sqn Ldr (AIR-SPT-SO2)
    Sent: 03 August 2026 14:11
    To: DCYP-Casework (MULTIUSER)
    Subject: DCS casework form - SEND placement after assignment
    """) + MOD_FOOTER,
  attachments=[("DCS casework form Nakamura-Hill AMENDED.docx", DOCX, form_docx(_f))],
  label=FUP("DCS-2026-000090", "Carries the casework form again, but cites a reference the tracker holds: a known reference wins over content, follow-up."))

M("dcs", "notform-council-letter-attached", "2026-09-11 17:45:03",
  ("Nadia Sorensen", "nadia.sorensen@outlook.com"),
  "Help with admissions - letter attached",
  ded("""
    Dear DCS,

    My husband is in the RAF (Cpl Sorensen, posted to RAF Hollinsby last month).
    We have been refused a school place for our son at the village school and
    the council has sent the attached letter saying we have to go on a waiting
    list. We are number 6.

    Can you help? I have attached the letter from the council.

    Nadia Sorensen
    """),
  attachments=[("Council letter 02-09-2026.pdf", PDF, letter_pdf(
      "Fenwold County Council - School Admissions",
      ["Dear Mrs Sorensen,",
       "Application for a Year 4 place at Hollinsby Church of England Primary School",
       "Thank you for your in-year application. I am sorry to tell you that the school is full "
       "in Year 4 and a place cannot be offered. Your child has been placed on the waiting list "
       "in position 6. You have the right of appeal to an independent panel.",
       "Yours sincerely,", "School Admissions Team, Fenwold County Council"]))],
  label=NOTFORM("Free text with the council's refusal letter attached; the attachment is not the casework form: request the form."))

M("dcs", "form-body-reply-to-same-domain", "2026-09-15 09:31:57",
  ("Cpl Hannah Mwale", "hannah.mwale100@mod.gov.uk"),
  "DCS casework form - Mwale",
  ded("""
    Originator Details
    Name: Cpl H Mwale AGC(SPS)
    Service/Staff Number: 30775530
    Telephone/email: 01632 960 884

    Detail of Submission
    Our twins (Year 6) were refused places at the secondary school on the garrison
    because the LA applies its catchment map and our SFA falls just outside it,
    although every other service family on our road was admitted last year.
    I ask DCS to consider raising the consistency of the catchment with the LA.
    Outcome: places at Larkbourne School for both children.
    Originator Signature: H Mwale   Dated: 15/09/2026

    Chain of Command (CofC)/Line Management (LM) Endorsement
    Name: Capt Ben Oduya, RAO
    Service/Staff Number: 25338190
    Telephone/email: ben.oduya100@mod.gov.uk
    This submission is endorsed for the following reasons: Affects several
    families on the patch.
    This submission is not endorsed for the following reasons: -

    Replies to the RAO office mailbox please so the team can pick them up.
    """) + MOD_FOOTER,
  reply_to="RAO Office Larkbourne <larkbourne-rao.office@mod.gov.uk>",
  label=FORM("The form in the body with a Reply-To in the same registrable domain (mod.gov.uk): no mismatch, so the reply goes to that secure generic office mailbox."))

M("dcs", "ooo-wording-no-headers", "2026-09-23 06:12:44",
  ("Lt Rhys Penberthy", "rhys.penberthy100@mod.gov.uk"),
  "Out of Office: DCS-2026-000104 - response to your casework",
  ded("""
    Thank you for your email. I am currently deployed on exercise with limited
    access to email until 9 October. If your matter is urgent please contact
    the Ops Officer on 01632 960 330, otherwise I will reply on my return.

    Lt R Penberthy
    """),
  label=AUTO("Out-of-office wording in subject and body, though no auto-reply header is set: automated, and not a follow-up."))

M("dcs", "notform-spouse-camhs-outlook", "2026-09-30 21:18:36",
  ("Leanne Ashby-Kerr", "leanneashbykerr@outlook.com"),
  "Our daughter's mental health support keeps stopping every time we move",
  ded("""
    Hello,

    I've been given this address by the HIVE. I'm a forces wife (my husband is
    Sgt Ashby-Kerr, currently in Estonia) and I'm at the end of my tether.

    Our daughter is 13. She was on the CAMHS list in Wiltshire for 14 months
    and was about to be seen when we were posted in July. The new CAMHS says she
    has to be re-referred by a GP here and start at the bottom of their list,
    which is over a year. She has started self-harming again and the school
    counsellor is seeing her once a week but says she needs more than that.

    Is there anything at all DCS can do? Surely forces children shouldn't lose
    their place on a waiting list because their parent is posted?

    Leanne
    """),
  label=NOTFORM("A spouse's free-text email about a child's mental-health support: not on the form, so request the form (it raises self-harm, hence a concern).",
                concern=True, acceptable={"concern": [True, False]}))

M("dcs", "sna-spf-dkim-fail-irv-000104", "2026-10-07 14:55:31",
  ("Maj Helen Crosthwaite", "helen.crosthwaite100@mod.gov.uk"),
  "Internal review - DCS-2026-000104",
  ded("""
    I request an internal review of the decision in DCS-2026-000104. The reasons
    are set out in the attached note, which you will need to open through the
    secure portal link below as it is too large for email:

    https://securedocs-mod-review.example.net/open?id=88f1c2

    Maj H Crosthwaite
    """),
  auth="spf_dkim_fail",
  relay=("mx1.bulkrelay-services.example.net", "203.0.113.87"),
  label=EXC("internal_review_request", "sender_not_authenticated",
            "Asks for an internal review of a known reference, but the trusted relay reports spf=fail and dkim=fail: sender_not_authenticated, exceptions, no acknowledgement.",
            related_reference="DCS-2026-000104"))

_f = dict(author="Sgt T Aldous", name="Sgt Tamsin Aldous RAF", number="30660871",
          contact="tamsin.aldous100@mod.gov.uk / 01632 960 147",
          detail=("My son has an EHC plan naming a special school in Lincolnshire. On our "
                  "assignment to RAF Kestrel Moor the receiving county has named a mainstream "
                  "school with a resourced provision instead, without an annual review meeting. "
                  "The new school says it cannot meet his needs (letter attached, page 2).\n\n"
                  "I ask DCS to consider writing to the receiving local authority about the "
                  "transfer of EHC plans between authorities and the continuity of provision for "
                  "service children. Looked-for outcome: an interim placement at a special "
                  "school and an early review of the plan.\n\n"
                  "Supporting evidence: school letter (page 2); LA decision (page 3)."),
          signature="T Aldous", dated="13 October 2026",
          cofc_name="Flt Lt G Marchbank", cofc_number="8311420R", cofc_contact="g.marchbank100@mod.gov.uk",
          endorsed="Direct consequence of assignment; the child has been out of education for three weeks.",
          not_endorsed="")
M("dcs", "form-pdf-with-supporting-pages", "2026-10-13 11:20:08",
  ("Sgt Tamsin Aldous", "tamsin.aldous100@mod.gov.uk"),
  "DCS casework form + supporting evidence (EHCP transfer)",
  ded("""
    Dear Executive Branch,

    Attached is my casework form as one PDF with the supporting letters at the
    back (pages 2-3). My Flight Commander has endorsed it.

    I'd be grateful for an acknowledgement as my son has now been out of school
    for three weeks.

    Kind regards
    Tamsin Aldous
    Sgt | Logistics Sqn | RAF Kestrel Moor | 01632 960 147
    """) + MOD_FOOTER,
  attachments=[("Aldous - DCS casework form and evidence.pdf", PDF, form_pdf(_f, [
      ("Page 2 - Letter from Kestrel Moor Academy",
       ["Dear Sgt Aldous, having reviewed the EHC plan we do not believe we can meet the needs set "
        "out in sections F and G within our resourced provision. We have written to the local "
        "authority asking that the placement is reconsidered."]),
      ("Page 3 - Local authority decision",
       ["The authority has decided to name Kestrel Moor Academy (resourced provision) in section I "
        "of the plan pending the annual review."])]))],
  label=FORM("The form as a PDF with supporting pages appended: casework lead.",
             acceptable={"concern": [False, True]}))

M("dcs", "unknown-ref-2025-000402-in-body", "2026-10-22 15:02:46",
  ("WO2 Declan Furlong", "declan.furlong100@mod.gov.uk"),
  "School transport again",
  ded("""
    DCS,

    Last year you helped me with transport for my daughter under reference
    DCS-2025-000402. The same problem has come back with the new contractor: the
    bus now leaves the patch at 07:05 and she is at school 70 minutes early.
    Please can this be picked up under the same reference?

    WO2 D Furlong
    RQMS(T), 61 Engr Regt
    """) + MOD_FOOTER,
  label=UNKNOWN("DCS-2025-000402", "The body cites a DCS reference that the tracker does not hold: follow-up with unknown_reference, exceptions."))

_f = dict(author="LCpl N Ferreira", name="LCpl Nuno Ferreira", number="30900312",
          contact="nuno.ferreira100@mod.gov.uk",
          detail=("We are a dual-serving couple posted 180 miles apart from 1 November. Our "
                  "children (7 and 4) will live with my wife. Wraparound care at the school near "
                  "her unit stops at 17:30 and she works until 18:00 four days a week.\n\n"
                  "I ask DCS to consider whether any support exists for dual-serving families "
                  "with no wraparound care. Outcome sought: advice and, if possible, help "
                  "securing a childminder place."),
          signature="N Ferreira", dated="24/10/2026",
          cofc_name="Sgt Lee Boateng", cofc_number="25118870", cofc_contact="lee.boateng100@mod.gov.uk",
          endorsed="Dual-serving family separated by assignments.", not_endorsed="")
M("dcs", "form-docx-clocks-go-back", "2026-10-25 00:45:19",
  ("LCpl Nuno Ferreira", "nuno.ferreira100@mod.gov.uk"),
  "Casework form - wraparound care, dual serving",
  "Form attached. Thanks, Nuno\n\n" + MOD_FOOTER,
  attachments=[("Ferreira DCS casework.docx", DOCX, form_docx(_f))],
  label=FORM("The form attached, received at 01:45 BST on Sunday 25 October (the night the clocks go back): acknowledgement Monday 26 October."))

M("dcs", "auto-generated-ticket-ack", "2026-11-04 10:17:00",
  ("Kestrel Moor Academy Helpdesk", "helpdesk@kestrelmoor-academy.org.uk"),
  "[Ticket #40217] We have received your message",
  ded("""
    This is an automated response. Please do not reply to this email.

    Thank you for contacting Kestrel Moor Academy. Your message has been logged
    as ticket #40217 and a member of the team will respond within 3 school days.

    Kestrel Moor Academy | Station Road | Kestrel Moor
    """),
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  label=AUTO("An auto-acknowledgement from a school's ticketing system with Auto-Submitted: auto-generated: automated."))

M("dcs", "notform-which-form-do-i-need", "2026-11-13 13:08:25",
  ("Chf Tech Robyn Sallis", "robyn.sallis100@mod.gov.uk"),
  "How do I raise casework?",
  ded("""
    Hi,

    I need to raise an issue with DCS about my son's school refusing to
    authorise leave for my R&R from Op SHELTER (they've given him an unauthorised
    absence and the LA has sent us a fixed penalty warning). What form do I need
    and who has to sign it? Or can you just deal with it from this email?

    Thanks,
    Robyn

    Chf Tech R Sallis | 2 Sqn | RAF Kestrel Moor
    """) + MOD_FOOTER,
  label=NOTFORM("Describes casework and asks which form to use; it is not on the form, so the reply sends the form: request_form, no reference."))

M("dcs", "followup-000118-review-the-letter", "2026-11-17 16:40:52",
  ("Maj Carl Westbury", "carl.westbury100@mod.gov.uk"),
  "RE: RE: DCS-2026-000118 - updated letter from the school",
  ded("""
    Dear Casework Officer,

    Thank you for your holding reply on DCS-2026-000118. The school has now
    written to us again (copied below) and has changed its position on the
    part-time timetable. Please could you review the updated letter before you
    finalise your response, as it may make part of my request unnecessary.

    "Dear Major and Mrs Westbury, following the meeting on 12 November we are
    able to offer Jack a full-time timetable from 30 November with a phased
    return to PE. Yours sincerely, Mrs P Stanhope, Deputy Head"

    Regards,
    Carl Westbury
    Maj | SO2 Trg | HQ 4 Bde (Fwd) | 020 7946 0167
    """) + MOD_FOOTER,
  label=FUP("DCS-2026-000118", "New information on a tracked reference; asking the caseworker to 'review' a letter is not a request for an internal review: follow-up."))

M("dcs", "spam-phishing-password-expiry", "2026-11-25 03:14:09",
  ("MOD 365 Admin", "security-notice@m0d-365-portal.com"),
  "ACTION REQUIRED: Your mailbox password expires in 24 hours",
  ded("""
    Dear dcyp-casework,

    Your mailbox password is due to expire in 24 hours. To keep your current
    password and avoid losing access to incoming messages, verify your account
    now:

    https://m0d-365-portal.com/verify?u=dcyp-casework

    Failure to verify will result in suspension of your mailbox.

    IT Service Desk
    """),
  label=OTHER("A credential-phishing message: other, unclassified."))

M("dcs", "form-body-sparse-not-endorsed", "2026-12-03 10:05:37",
  ("SAC Priyanka Desai", "priyanka.desai100@mod.gov.uk"),
  "Casework form",
  ded("""
    Originator details: SAC P Desai, 30912245, priyanka.desai100@mod.gov.uk

    Detail of submission: School will not accept my child's Year 9 options from
    her previous school after our move and has put her in subjects she did not
    choose. Asking DCS to intervene. Outcome: original GCSE options.

    Signed P Desai 01/12/26

    CofC/LM endorsement: Cpl M Hatherley, 30411729, m.hatherley100@mod.gov.uk
    Not endorsed - this should go to CEAS first as it is an individual school
    matter; SAC Desai has been advised accordingly.
    """) + MOD_FOOTER,
  label=FORM("A terse version of the form's three sections, with the line manager recording non-endorsement: still the form, casework lead."))

M("dcs", "rtm-followup-hotmail-to-outlook", "2026-12-06 20:22:14",
  ("Donna Kettleborough", "donna.kettleborough@hotmail.co.uk"),
  "Re: DCS-2026-000126",
  ded("""
    Hi, this is Cpl Kettleborough's wife. The response on DCS-2026-000126 went
    to his old unit address. Please send everything to the email I've put as
    the reply address from now on as I deal with the kids' school stuff.

    Donna
    """),
  reply_to="<d.kettleborough.family@outlook.com>",
  label=EXC("follow_up", "reply_to_mismatch",
            "Cites a tracked reference, but Reply-To (outlook.com) differs from the From domain (hotmail.co.uk): reply_to_mismatch, exceptions, nothing sent.",
            related_reference="DCS-2026-000126"))

M("dcs", "x-autoreply-vacation-btinternet", "2026-12-18 11:48:03",
  ("Gail Ferris", "gail.ferris@btinternet.com"),
  "Away: Re: your casework submission",
  ded("""
    Hi, I'm away visiting family until 4 January and checking emails only
    occasionally. I'll get back to you when I'm home. Merry Christmas! Gail
    """),
  extra=[("X-Autoreply", "yes"), ("X-Mailer", "BT Mail vacation responder")],
  label=AUTO("A vacation responder marked X-Autoreply: automated."))

_f = dict(author="Cpl A Whitehouse", name="Cpl Aaron Whitehouse", number="30588214",
          contact="aaron.whitehouse100@mod.gov.uk, 07700 900 719",
          detail=("We move to Cyprus on assignment on 20 January. Our daughter is in Year 11 and "
                  "sits GCSEs in May. The overseas school offers a different exam board for two "
                  "of her subjects and says she will have to drop them.\n\n"
                  "I ask DCS to consider supporting an application for her to remain in the UK "
                  "to finish Year 11 (CEA or another allowance), or to arrange for her to sit "
                  "the same boards overseas. Outcome sought: she completes all nine GCSEs."),
          signature="A Whitehouse", dated="23 Dec 2026",
          cofc_name="Capt L Okonedo, Adjt", cofc_number="25390077", cofc_contact="l.okonedo100@mod.gov.uk",
          endorsed="Assignment timing falls in the child's exam year; strongly endorsed.", not_endorsed="")
M("dcs", "form-docx-christmas-eve", "2026-12-24 14:10:55",
  ("Cpl Aaron Whitehouse", "aaron.whitehouse100@mod.gov.uk"),
  "DCS casework form - GCSEs and overseas assignment",
  ded("""
    Afternoon,

    Casework form attached, endorsed by the Adjt. I know it's Christmas Eve -
    just wanted it in before the stand-down.

    Merry Christmas,
    Aaron
    """) + MOD_FOOTER,
  attachments=[("Whitehouse casework form.docx", DOCX, form_docx(_f))],
  label=FORM("The form attached on Christmas Eve: Christmas Day and the observed Boxing Day (28 December) are not working days, so acknowledgement is due Tuesday 29 December."))

M("dcs", "irv-new-years-eve-late-000027", "2026-12-31 23:30:42",
  ("Mrs Joanne Pereira", "joanne.pereira100@mod.gov.uk"),
  "DCS-2026-000027 - request for internal review",
  ded("""
    Dear Sir or Madam,

    I have been sent the final response to DCS-2026-000027 (nursery fees
    reimbursement while posted to Gibraltar). I remain dissatisfied: it has taken
    three responses to reach a decision and none of them deals with the invoice
    evidence I supplied in March.

    Please treat this email as my formal request for an internal review of that
    decision. I understand this will be carried out by someone who was not
    involved in the casework.

    Yours faithfully,
    Joanne Pereira
    Band D, Defence Business Services
    0161 496 0472
    """) + MOD_FOOTER,
  label=IRV("DCS-2026-000027", "Formal internal review request on a tracked reference, sent at 23:30 GMT on New Year's Eve: acknowledgement due Monday 4 January 2027."))

M("dcs", "sna-gmail-spf-dkim-fail-untrusted-pass", "2027-01-11 09:41:20",
  ("Rebecca Stonehouse", "rebecca.stonehouse@gmail.com"),
  "Son's school place - please help",
  ded("""
    Hello

    My husband is serving and we've just moved to Ormsby Lines. Our son still has
    no school place after five weeks. Please could you ring me on 07700 900 115
    or reply with the best person to contact?

    Rebecca
    """),
  auth="spf_dkim_fail",
  relay=("smtp.massmail-relay.example.org", "198.51.100.23"),
  untrusted=("mx.google.com", "pass", "pass", "pass"),
  label=EXC("casework_submission", "sender_not_authenticated",
            "The trusted relay's Authentication-Results reports spf=fail and dkim=fail; the passing result below it is from an untrusted authserv-id and is ignored: sender_not_authenticated."))

_f = dict(author="Lt R Haldane", name="Lt Rosalind Haldane RN", number="C062217F",
          contact="rosalind.haldane100@mod.gov.uk / 01632 960 611",
          detail=("I am a single parent assigned to a sea-going post from March. My son (12) will "
                  "live with his grandparents in Wales during deployments. Their local authority "
                  "says he is not a 'service child' for admissions purposes as he will not live "
                  "with the serving parent.\n\n"
                  "I ask DCS to consider clarifying with the authority how service status "
                  "applies to children of single serving parents cared for by relatives. "
                  "Looked-for outcome: a place at the grandparents' local secondary from "
                  "February half-term under the service child provisions."),
          signature="R Haldane", dated="18.01.2027",
          cofc_name="Cdr J Ellery RN", cofc_number="C044108K", cofc_contact="j.ellery100@mod.gov.uk",
          endorsed="Single serving parent; arrangement is a direct consequence of sea service.",
          not_endorsed="")
M("dcs", "form-pdf-late-evening-gmt", "2027-01-18 23:50:03",
  ("Lt Rosalind Haldane", "rosalind.haldane100@mod.gov.uk"),
  "DCS casework (PDF) - Haldane",
  ded("""
    Good evening,

    My casework form is attached as a PDF, endorsed by my CO. Apologies for the
    late hour - I'm only ashore until Wednesday.

    R Haldane
    Lt RN | HMS Caldervale
    """) + MOD_FOOTER,
  attachments=[("Haldane_DCS_Casework_Form.pdf", PDF, form_pdf(_f))],
  label=FORM("The form as a PDF at 23:50 on Monday 18 January (GMT, so still Monday in London): acknowledgement due Tuesday 19 January."))

M("dcs", "followup-ref-in-body-000005", "2027-01-26 12:12:12",
  ("Flt Lt Owain Pryce", "owain.pryce100@mod.gov.uk"),
  "Re: Your casework submission",
  ded("""
    Thanks for the acknowledgement. One more thing for reference DCS-2027-000005:
    the school has now confirmed in writing that the place will be held until
    the end of February, so the timescale is less tight than I said.

    Owain Pryce
    Flt Lt | OC Eng Records | RAF Kestrel Moor | 01632 960 902
    """) + MOD_FOOTER,
  in_reply_to="<dcs-ack-2027-000005@mod.gov.uk>",
  label=FUP("DCS-2027-000005", "The subject carries no reference but the body cites one the tracker holds: follow-up."))

M("dcs", "other-training-advert-no-list-headers", "2027-02-01 08:30:00",
  ("Caseworks Training Ltd", "events@caseworkstraining.co.uk"),
  "Spring 2027: complaints handling & casework masterclasses - early bird 20% off",
  ded("""
    Spring 2027 public sector masterclasses

    * Effective complaints handling in the public sector - 9 March, London
    * Writing decision letters that stand up to review - 23 March, online
    * Managing unreasonable persistent contact - 14 April, Manchester

    Book by 28 February for 20% off with code SPRING20.
    https://caseworkstraining.co.uk/spring-2027

    Caseworks Training Ltd, Unit 4, Mill Yard, Harrogate HG1 9ZZ.
    Reply STOP to be removed from our mailings.
    """),
  label=OTHER("A training company's marketing email without list headers: other, unclassified."))

M("dcs", "irv-formal-000014", "2027-02-11 10:44:39",
  ("WO2 Benedict Anyanwu", "benedict.anyanwu100@mod.gov.uk"),
  "Request for Internal Review - DCS-2027-000014",
  ded("""
    OFFICIAL-SENSITIVE

    Executive Branch,

    Ref: DCS-2027-000014 (response dated 3 Feb 27)

    I am requesting an internal review. The points I would like the review to
    consider are:

    a. whether my assignment order was taken into account in deciding that my
       children's school move was voluntary;
    b. whether the Covenant guidance on admissions was applied; and
    c. why the response did not address the evidence from the head teacher.

    I would be grateful for the name of the review lead and the expected
    completion date.

    WO2 B Anyanwu
    SQMS, 9 Med Regt
    Tel: 0113 496 0264
    """) + MOD_FOOTER,
  label=IRV("DCS-2027-000014", "Names a tracked casework reference and sets out points for an internal review: review team, 20 working days."))

M("dcs", "notform-school-dsl-deployed-parent", "2027-02-16 15:29:17",
  ("Mr A. Castellano - DSL", "a.castellano@stmarks-larkbourne.wexcombe.sch.uk"),
  "Support for a service pupil - parent deployed",
  ded("""
    Good afternoon,

    I am the Designated Safeguarding Lead at St Mark's CE Primary, Larkbourne.
    One of our Year 5 pupils, whose mother is deployed until the summer, has had
    a marked change in behaviour and attendance since Christmas. Dad is doing his
    best but is struggling with shifts and three children. There are no
    safeguarding concerns about the home at this stage, and we have a TAF
    meeting next week.

    We would welcome any support DCS can offer - for example whether the unit
    can be more flexible with dad's hours, or any deployment support resources
    for the children. Dad is aware that I am writing to you.

    Kind regards,

    Antonio Castellano
    Deputy Head & DSL
    St Mark's CE Primary School | 0117 496 0855
    """),
  label=NOTFORM("A school asks DCS for support for a service family in a free-text email: casework not on the form, request the form.",
                acceptable={"concern": [False, True]}))

M("dcs", "unknown-ref-2027-000009-subject", "2027-03-01 14:06:50",
  ("Cpl Sinead Gallagher", "sinead.gallagher100@mod.gov.uk"),
  "RE: DCS-2027-000009 - documents",
  ded("""
    Hi,

    As requested, I've spoken to the school and they will send their letter
    directly to you this week.

    Sinead
    Cpl S Gallagher | MT Section | 0141 496 0190
    """) + MOD_FOOTER,
  label=UNKNOWN("DCS-2027-000009", "A DCS reference the tracker does not hold (a gap in the 2027 sequence): unknown_reference, exceptions."))

M("dcs", "form-body-before-easter-2027", "2027-03-25 17:05:36",
  ("Sgt Callum Rennie", "callum.rennie100@mod.gov.uk"),
  "DCS Casework Form: SEN school transport from new SFA",
  ded("""
    Part A - Originator Details
    Name: Sgt Callum Rennie
    Service/Staff Number: 25776104
    Telephone/email: callum.rennie100@mod.gov.uk, 0131 496 0647

    Detail of Submission:
    Our daughter has an EHCP and attends a special school. After our move to the
    new SFA at Garelochside the LA says the school is now "outside the transport
    area" and has withdrawn her taxi from 19 April. She cannot use public
    transport. I ask DCS to consider raising this with the LA. Outcome sought:
    transport maintained while she remains on the school's roll.

    Originator Signature: C. Rennie
    Dated: 24/03/2027

    Chain of Command (CofC)/Line Management (LM) Endorsement
    Name: WO1 D Scobie
    Service/Staff Number: 25101298
    Telephone/email: d.scobie100@mod.gov.uk
    This submission is endorsed for the following reasons: Move directed by the
    service; child has complex needs.
    This submission is not endorsed for the following reasons:
    """) + MOD_FOOTER,
  label=FORM("The form in the body on the Thursday before Good Friday 2027: acknowledgement due Tuesday 30 March after Easter Monday."))

_f = dict(author="Pte K Addo", name="Pte Kofi Addo", number="30998810",
          contact="kofi.addo100@mod.gov.uk",
          detail=("Our son is due to start Year 7 in September. We move to Larkbourne Camp in "
                  "July, after the national offer day, and the LA says we cannot apply from our "
                  "current address for a school in the new area without a unit letter confirming "
                  "the quarter.\n\n"
                  "Request: DCS to confirm to the LA that an assignment order is sufficient "
                  "evidence under the admissions code. Outcome: application accepted now."),
          signature="K Addo", dated="02/04/2027",
          cofc_name="Lt F Marsh", cofc_number="30712290", cofc_contact="f.marsh100@mod.gov.uk",
          endorsed="Endorsed - the soldier is moving on assignment.", not_endorsed="")
M("dcs", "form-docx-fw-by-cofc-no-ref", "2027-04-06 08:55:14",
  ("Lt Felicity Marsh", "felicity.marsh100@mod.gov.uk"),
  "FW: casework form - Pte Addo",
  ded("""
    Executive Branch,

    Forwarding Pte Addo's casework form, which I have endorsed. He has asked me
    to send it on as he is on a course this week.

    Lt F Marsh
    Pl Comd, B Coy

    -----Original Message-----
    From: Addo, Kofi Pte (B COY)
    Sent: 02 April 2027 16:31
    To: Marsh, Felicity Lt (B COY-PL COMD)
    Subject: casework form

    Ma'am, form for DCS attached, can you sign and send please. Thanks, Kofi
    """) + MOD_FOOTER,
  attachments=[("casework form Addo.docx", DOCX, form_docx(_f))],
  label=FORM("A forwarded casework form: 'FW:' without any reference is not a follow-up, so casework lead."))

M("dcs", "followup-aw-aw-2027-000017-review-points", "2027-04-13 07:48:29",
  ("Flt Lt Bronwen Aubrey", "bronwen.aubrey100@mod.gov.uk"),
  "AW: AW: DCS-2027-000017 - points for the review",
  ded("""
    Dear review lead,

    Following our call yesterday on DCS-2027-000017, I confirm the agreed points
    for the review and add one more: whether the supportability check should have
    been repeated when the assignment date moved. I have no further documents to
    send.

    Mit freundlichen Gruessen / kind regards
    Flt Lt B Aubrey, SO3 Pers, JHQ Bruggenfeld
    """) + MOD_FOOTER,
  label=FUP("DCS-2027-000017", "An addition on a tracked (internal review) reference: follow-up to the reference owner, not a new review request."))


# =========================================================================== cass mailbox

M("cass", "followup-000045-police-arrest-update", "2026-01-15 16:22:05",
  ("DC Farah Liddell", "farah.liddell@wexcombe.police.uk"),
  "RE: CASS-2026-000045 - update from police",
  ded("""
    Good afternoon,

    Further to my information request (your ref CASS-2026-000045), an update for
    the allocated worker: the father was arrested last night for breach of the
    non-molestation order after attending the family home at 23:10. Mum and the
    children were present. He has been remanded to appear at Wexcombe
    Magistrates' on Monday. Crime ref WX/26/004471.

    Please make sure this reaches the social worker today if possible.

    DC 4417 Farah Liddell
    Public Protection Unit | Wexcombe Constabulary
    Tel 0117 496 0378 | Mobile 07700 900 233

    This email and any attachments are confidential and intended solely for the
    addressee. If you are not the intended recipient please notify the sender
    and delete. Wexcombe Constabulary monitors email traffic.
    """),
  in_reply_to="<cass-ack-2026-000045@kestrelford.gov.uk>",
  label=FUP("CASS-2026-000045", "New information from the requester on a reference the tracker holds: follow-up to the reference owner; it reports domestic abuse, so a concern.",
            concern=True))

M("cass", "ooo-health-visitor-dmarc-fail", "2026-01-22 09:02:48",
  ("Sunita Bhattacharya", "sunita.bhattacharya@nhs.net"),
  "Automatic reply: Information request - Hussain children",
  ded("""
    Thank you for your email. I am on annual leave returning Monday 2 February.
    For urgent health visiting matters please call the Wexcombe 0-19 duty line
    on 0113 496 0815.

    Sunita Bhattacharya, Health Visitor
    """),
  auth="dmarc_fail_dkim",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  label=AUTO("An out-of-office marked Auto-Submitted; automated mail is filed before the sender checks, so the failed DMARC does not make it an exception."))

M("cass", "supplier-invoice-stationery", "2026-02-06 14:30:11",
  ("Harbourside Office Supplies - Accounts", "accounts@harbourside-office.co.uk"),
  "Invoice HOS-118204 - Kestrelford Borough Council (CASS team)",
  ded("""
    Dear Customer,

    Please find attached invoice HOS-118204 for the order delivered on 2 February
    (PO KBC-55102). Payment terms are 30 days.

    If you have any queries please contact our accounts team on 0161 496 0744.

    Kind regards,
    Accounts Department
    Harbourside Office Supplies Ltd | Registered in England No. 07712345
    """),
  attachments=[("Invoice_HOS-118204.pdf", PDF, letter_pdf(
      "INVOICE HOS-118204",
      ["Harbourside Office Supplies Ltd, Unit 9, Quayside Trading Estate",
       "Bill to: Kestrelford Borough Council, Children's Services (CASS), PO KBC-55102",
       "10 x A4 copier paper (box of 5 reams) @ 21.40 = 214.00",
       "4 x lever arch files (pack of 10) @ 18.95 = 75.80",
       "Subtotal 289.80; VAT 20% 57.96; Total due 347.76",
       "Payment due within 30 days. Bank details on request by telephone only."]))],
  label=OTHER("A supplier's invoice sent to the CASS inbox: not about a child, other, unclassified."))

M("cass", "precedence-bulk-staff-bulletin", "2026-02-19 07:30:00",
  ("Kestrelford Council Internal Comms", "noreply-comms@kestrelford.gov.uk"),
  "Staff bulletin: February half term, IT changes and wellbeing week",
  ded("""
    KESTRELFORD BOROUGH COUNCIL - STAFF BULLETIN, 19 FEBRUARY 2026

    IT: Windows updates will be installed on all laptops overnight on Tuesday
    24 February. Leave your device connected to power.

    Wellbeing week: lunchtime sessions in the Civic Centre atrium from 2 March.

    Car parking: level 3 of the Civic Centre car park is closed for resurfacing
    until further notice.

    This is an automated bulletin to all staff. Please do not reply.
    """),
  extra=[("Precedence", "bulk"), ("X-Mailer", "Kestrelford Comms Hub 4.2")],
  label=AUTO("A council-wide bulletin with Precedence: bulk: automated."))

M("cass", "followup-fw-000102-school-attendance", "2026-03-02 11:18:39",
  ("Lorna Haig", "l.haig@wexcombe-high.wexcombe.sch.uk"),
  "FW: CASS-2026-000102 - attendance letter for Leon SZYMANSKI",
  ded("""
    Hello CASS,

    I sent you Leon's attendance summary last month (your reference
    CASS-2026-000102). Please find below the letter we've now sent home, for his
    file. Leon Szymanski, DOB 28/05/2012, LCS 740230.

    Lorna Haig
    Attendance Officer, Wexcombe High School
    0117 496 0519

    ---------- Forwarded message ---------
    From: Wexcombe High School <l.haig@wexcombe-high.wexcombe.sch.uk>
    Date: Fri, 27 Feb 2026 at 15:02
    Subject: Leon's attendance

    Dear Mr and Mrs Szymanski, Leon's attendance this half term is 84%. We would
    like to meet with you on 10 March to agree a plan. Yours sincerely,
    L Haig, Attendance Officer
    """),
  label=FUP("CASS-2026-000102", "Forwards a further letter under a reference the tracker holds: follow-up to the reference owner, even though it names the child with an ID.",
            acceptable={"subjects": [[], ["740230"]],
                        "case_status": [None, "not_known", "open"]}))

M("cass", "unknown-ref-000288-academy", "2026-03-17 13:44:26",
  ("Mrs T. Ferncombe", "t.ferncombe@larkbourneacademy.org.uk"),
  "Re: CASS-2026-000288 consent form",
  ded("""
    Dear CASS team,

    Please find the signed parental consent for our request, reference
    CASS-2026-000288, which you asked us to resubmit. Mum signed it at our
    meeting this morning.

    Tracy Ferncombe
    Pastoral Lead, Larkbourne Academy
    """),
  label=UNKNOWN("CASS-2026-000288", "A CASS reference the tracker does not hold: follow-up with unknown_reference, exceptions."))

M("cass", "dsn-multipart-report-null-return-path", "2026-03-27 10:05:58",
  ("Mail Delivery Subsystem", "mailer-daemon@mx.kestrelford.gov.uk"),
  "Delivery Status Notification (Failure)",
  "", system=True, return_path="<>",
  raw_content_type='multipart/report; report-type=delivery-status;\n\tboundary="=_dsn_2c7a1e"',
  label=AUTO("A delivery failure report (multipart/report with a null return path): automated."))
MESSAGES[-1]["body"] = ded("""
    --=_dsn_2c7a1e
    Content-Type: text/plain; charset="us-ascii"

    Your message could not be delivered to one or more recipients.

    <k.oyelaran@wexcombe.gov.uk>: 550 5.1.1 User unknown

    --=_dsn_2c7a1e
    Content-Type: message/delivery-status

    Reporting-MTA: dns; mx.kestrelford.gov.uk

    Final-Recipient: rfc822; k.oyelaran@wexcombe.gov.uk
    Action: failed
    Status: 5.1.1
    Remote-MTA: dns; mx.wexcombe.gov.uk
    Diagnostic-Code: smtp; 550 5.1.1 <k.oyelaran@wexcombe.gov.uk>: Recipient address rejected

    --=_dsn_2c7a1e
    Content-Type: text/rfc822-headers

    From: cass@kestrelford.gov.uk
    To: k.oyelaran@wexcombe.gov.uk
    Subject: Acknowledgement - CASS-2026-000187
    Date: Fri, 27 Mar 2026 10:05:31 +0000

    --=_dsn_2c7a1e--
    """)

M("cass", "followup-000187-cafcass-good-friday", "2026-04-03 10:27:14",
  ("Olamide Fashola", "olamide.fashola@cafcass.gov.uk"),
  "CASS-2026-000187: change of hearing date",
  ded("""
    Hello,

    Apologies for writing on the bank holiday. For CASS-2026-000187: the First
    Hearing Dispute Resolution Appointment has been brought forward to 14 April,
    so I will need your response by 10 April if at all possible.

    With thanks,

    Olamide Fashola
    Family Court Adviser | Cafcass
    020 7946 0348
    """),
  label=FUP("CASS-2026-000187", "A new hearing date on a reference the tracker holds: follow-up to the reference owner; no acknowledgement, so Good Friday does not matter."))

M("cass", "listid-lscp-newsletter", "2026-04-23 12:00:00",
  ("Kestrelford Safeguarding Children Partnership", "news@kscp-kestrelford.org.uk"),
  "KSCP Newsletter - April 2026",
  ded("""
    KESTRELFORD SAFEGUARDING CHILDREN PARTNERSHIP - APRIL 2026

    * New multi-agency threshold guidance published
    * Learning from local child safeguarding practice reviews: briefing 12 May
    * Neglect toolkit refresh - have your say

    You are receiving this because you subscribed to KSCP updates.
    Manage your subscription: https://kscp-kestrelford.org.uk/lists/news
    """),
  extra=[("List-Id", "KSCP news <news.kscp-kestrelford.org.uk>"),
         ("List-Unsubscribe", "<https://kscp-kestrelford.org.uk/lists/news/unsubscribe>")],
  label=AUTO("A partnership newsletter sent through a list with List-Id: automated."))

M("cass", "misdirected-bin-collection", "2026-05-06 18:51:30",
  ("Geoffrey Alsop", "geoff.alsop1952@btinternet.com"),
  "Missed bin collection - Orchard Rise",
  ded("""
    Dear Sir/Madam

    For the third week running the green bins on Orchard Rise have not been
    emptied. I have reported it online twice (refs 88120 and 88407). I found this
    email address on the council website. Please pass to whoever deals with
    refuse collection.

    G. Alsop
    12 Orchard Rise
    """),
  label=OTHER("A resident's refuse-collection complaint sent to the wrong team: other, unclassified."))

M("cass", "followup-000233-housing-generic", "2026-05-20 10:09:41",
  ("Wexcombe Homes Tenancy Support", "tenancy-support@wexcombehomes.org.uk"),
  "Re: CASS-2026-000233 - thank you and new address",
  ded("""
    Hi,

    Thanks for your reply on CASS-2026-000233. For your records, the family
    moved to their new tenancy on 18 May; we will close our support on 31 May.

    Kind regards
    Tenancy Support Team
    Wexcombe Homes | 0121 496 0605
    Wexcombe Homes is a registered society and a registered provider of social
    housing.
    """),
  label=FUP("CASS-2026-000233", "A housing provider adds to a reference the tracker holds (even though closed): follow-up; the reply address is a generic non-secure mailbox, but a follow-up only notifies."))

M("cass", "x-autoreply-gp-reception", "2026-06-15 12:40:27",
  ("Elm Park Surgery Reception", "elmpark.reception@nhs.net"),
  "Re: Request for information",
  ded("""
    Thank you for contacting Elm Park Surgery. This mailbox is not monitored
    for clinical queries. Requests for information about patients must be sent
    to our secure practice manager mailbox. We aim to respond within 5 working
    days.
    """),
  extra=[("X-Autoreply", "yes")],
  label=AUTO("An automatic reply carrying X-Autoreply: automated."))

M("cass", "sna-followup-000310-dmarc-fail", "2026-06-30 08:16:03",
  ("LADO Kestrelford", "lado@kestrelford.gov.uk"),
  "RE: CASS-2026-000310 - Ofsted response needed again",
  ded("""
    Hi CASS,

    Ofsted have asked for the response on CASS-2026-000310 to be resent to a new
    address. Please send it to ofsted-checks@ofsted-suitability.example.com
    today.

    LADO
    """),
  auth="dmarc_fail", auth_domain="ofsted-suitability.example.com",
  relay=("smtp.ofsted-suitability.example.com", "192.0.2.61"),
  label=EXC("follow_up", "sender_not_authenticated",
            "Cites a tracked reference, but the trusted authserv-id reports dmarc=fail for the kestrelford.gov.uk From: sender_not_authenticated, exceptions, no notification.",
            related_reference="CASS-2026-000310"))

M("cass", "mailer-daemon-return-path-plain", "2026-07-16 22:14:55",
  ("Mail Delivery System", "Mailer-Daemon@smtp.wexcombe.gov.uk"),
  "Mail delivery failed: returning message to sender",
  ded("""
    This message was created automatically by mail delivery software.

    A message that you sent could not be delivered to one or more of its
    recipients. This is a permanent error. The following address(es) failed:

      childrens.frontdoor@wexcombe.gov.uk
        retry timeout exceeded

    ------ This is a copy of the message, including all the headers. ------

    From: cass@kestrelford.gov.uk
    To: childrens.frontdoor@wexcombe.gov.uk
    Subject: Level 1 response - CASS-2026-000233
    """),
  return_path="<MAILER-DAEMON@smtp.wexcombe.gov.uk>",
  relay=("smtp.wexcombe.gov.uk", "132.135.20.130"),
  label=AUTO("A bounce from a MAILER-DAEMON return path (plain text, not multipart/report): automated."))

M("cass", "followup-000402-police-restricted-child", "2026-08-07 21:35:50",
  ("PC Ryan Oduya", "ryan.oduya@wexcombe.police.uk"),
  "RE: CASS-2026-000402 OKONKWO, Amara (dob 19/10/2015)",
  ded("""
    Evening,

    Re your ref CASS-2026-000402 - OKONKWO, Amara (dob 19/10/2015).

    For info, officers attended the address at 19:40 tonight following a
    report of a disturbance. Amara was present and told officers she did not
    want to go home after school tomorrow. No injuries seen. A DASH risk
    assessment was completed (medium) and a PPN has been submitted.

    PC 2290 R Oduya
    Response Team B, Wexcombe Constabulary
    07700 900 561
    """),
  rx_local=True,
  label=FUP("CASS-2026-000402", "New information on a tracked reference: follow-up to the reference owner (who holds the restricted case); the police report raises a concern.",
            concern=True,
            acceptable={"subjects": [[], ["740130"]],
                        "case_status": [None, "not_known", "restricted"]}))

M("cass", "precedence-junk-marketing", "2026-08-28 05:44:12",
  ("SafeGuard Pro Software", "offers@safeguardpro-software.com"),
  "Cut your case recording time by 40% - free trial",
  ded("""
    Hi there,

    Children's services teams like yours are saving hours a week with
    SafeGuard Pro's AI case recording assistant.

    Start your free 30-day trial today: https://safeguardpro-software.com/trial

    Unsubscribe: https://safeguardpro-software.com/u/8812
    """),
  extra=[("Precedence", "junk")],
  label=AUTO("Marketing mail carrying Precedence: junk: the header files it as automated before any content category."))

M("cass", "ooo-wording-school-no-headers", "2026-09-08 15:30:40",
  ("Mrs Ruth Caddick", "r.caddick@fenwold-high.fenwold.sch.uk"),
  "Out of office",
  ded("""
    Thank you for your email. I am out of the office until Monday 14 September
    and will have limited access to emails. If your enquiry is urgent please
    contact the school office on 0113 496 0790.

    Mrs R Caddick, Head of Year 9
    """),
  label=AUTO("The usual out-of-office wording, with no auto-reply header: automated."))

M("cass", "autoreply-quoting-ref-000455", "2026-09-21 09:12:18",
  ("Dr Harriet Mowbray", "harriet.mowbray@nhs.net"),
  "Automatic reply: RE: CASS-2026-000455 - paediatric letter",
  ded("""
    I am not in clinic this week. Your email has not been forwarded. For urgent
    paediatric queries please contact the on-call registrar via switchboard on
    0161 496 0100.
    """),
  extra=[("Auto-Submitted", "auto-replied")],
  label=AUTO("An auto-reply whose subject quotes a tracked reference: automated takes precedence over follow-up."))

M("cass", "unknown-ref-2025-000930-police", "2026-10-05 11:51:09",
  ("DS Mohammed Iqbal", "mohammed.iqbal@wexcombe.police.uk"),
  "Request for information - further to previous",
  ded("""
    Good morning,

    Last November your team replied to a request from us under reference
    CASS-2025-000930. Could you send me a copy of that response? The officer
    who received it has since left and it is not on our system.

    DS M Iqbal
    Child Abuse Investigation Team | Wexcombe Constabulary
    0117 496 0402
    """),
  label=UNKNOWN("CASS-2025-000930", "Cites a CASS reference the tracker does not hold: follow-up with unknown_reference, exceptions."))

M("cass", "spam-seo-services", "2026-10-19 02:03:33",
  ("Daniel | RankRise", "daniel@rankrise-digital.net"),
  "Quick question about kestrelford.gov.uk",
  ded("""
    Hi,

    I noticed kestrelford.gov.uk isn't ranking on page one for several key
    search terms. We've helped 200+ organisations boost their traffic by 300%.

    Would you be open to a 10-minute call this week?

    Daniel
    RankRise Digital
    """),
  label=OTHER("Unsolicited marketing: other, unclassified."))

M("cass", "followup-000517-consent-attached", "2026-11-12 14:48:21",
  ("Kerry Lomax", "kerry.lomax2@nhs.net"),
  "CASS-2026-000517 - signed consent",
  ded("""
    Hi,

    As requested, please find attached the signed consent from mum for my
    request CASS-2026-000517.

    Many thanks
    Kerry

    Kerry Lomax | Specialist Community Public Health Nurse (School Nursing)
    Wexcombe 0-19 Service | 0113 496 0833
    """),
  attachments=[("consent form signed.pdf", PDF, letter_pdf(
      "Consent to share information",
      ["I give consent for Wexcombe 0-19 Service to request and receive information from "
       "Kestrelford Children's Services about my children, to support their health needs.",
       "Signed: (parent)            Date: 11/11/2026",
       "Reference quoted by the practitioner: CASS-2026-000517"]))],
  label=FUP("CASS-2026-000517", "Consent supplied for a request the tracker holds: follow-up to the reference owner."))

M("cass", "newsletter-no-list-headers-cpd", "2026-12-10 07:02:50",
  ("Meridian Social Care Training", "hello@meridian-sctraining.co.uk"),
  "Winter CPD: 12 new courses for social care professionals",
  ded("""
    MERIDIAN SOCIAL CARE TRAINING - WINTER NEWSLETTER

    New for 2027:
    - Chronologies that tell the story (half day, online)
    - Information sharing and the UK GDPR for front-door teams
    - Working with neurodivergent parents

    Book now at meridian-sctraining.co.uk/winter
    To stop receiving our newsletter reply with UNSUBSCRIBE in the subject line.
    """),
  label=OTHER("A training provider's newsletter without any list headers: other, unclassified."))

M("cass", "followup-000560-mash-new-incident", "2027-01-07 13:25:44",
  ("Wexcombe MASH", "mash@wexcombe.gov.uk"),
  "AW: CASS-2026-000560 - further incident",
  ded("""
    Dear colleagues,

    Reference CASS-2026-000560. We have received a further police notification
    about the same family: on 5 January the younger child was found alone at the
    address at 21:00. The family have now moved into your area, so we are
    sending this for your records and consideration.

    Regards,

    Wexcombe Multi-Agency Safeguarding Hub
    Tel: 0121 496 0244 (Mon-Fri 9-5)
    """),
  label=FUP("CASS-2026-000560", "Another council's MASH adds an incident to a tracked reference: follow-up to the reference owner; a child left alone is a concern.",
            concern=True))

M("cass", "unknown-ref-2027-000040-cafcass", "2027-02-02 09:59:59",
  ("Olamide Fashola", "olamide.fashola@cafcass.gov.uk"),
  "CASS-2027-000040 - chasing",
  ded("""
    Good morning,

    Could I have an update on CASS-2027-000040, please? The court has listed
    the matter for 16 February.

    Olamide Fashola
    Family Court Adviser | Cafcass | 020 7946 0348
    """),
  label=UNKNOWN("CASS-2027-000040", "A CASS reference in a gap of the 2027 sequence that the tracker does not hold: unknown_reference, exceptions."))

M("cass", "followup-000021-school-dsl", "2027-03-01 16:03:12",
  ("Ms Precious Ndlovu", "p.ndlovu@orchardvale.kestrelford.sch.uk"),
  "Re: Re: CASS-2027-000021",
  ded("""
    Hi,

    Thanks for getting back to me. Just to add to CASS-2027-000021 that Mum
    came in today and has agreed to attend the early help meeting on 8 March.
    Nothing further from us for now.

    Precious Ndlovu
    DSL, Orchard Vale Primary
    """),
  label=FUP("CASS-2027-000021", "A school adds to a reference the tracker holds: follow-up to the reference owner."))

M("cass", "auto-generated-police-ppu-noreply", "2027-03-15 08:00:31",
  ("Wexcombe Police PPU", "noreply-ppu@wexcombe.police.uk"),
  "Your email has been received [PPU-2027-11873]",
  ded("""
    This is an automatically generated message. Do not reply to this address.

    Your email to the Public Protection Unit has been received and logged as
    PPU-2027-11873. It will be reviewed by a member of staff.
    """),
  extra=[("Auto-Submitted", "auto-generated")],
  label=AUTO("A system acknowledgement with Auto-Submitted: auto-generated: automated."))

M("cass", "followup-fw-000064-probation", "2027-04-09 12:37:45",
  ("Gavin Thorley", "gavin.thorley@justice.gov.uk"),
  "FW: CASS-2027-000064 - release date confirmed",
  ded("""
    Hello,

    Forwarding for CASS-2027-000064: the release date is now confirmed as
    23 April 2027 and the approved address is unchanged. Please add this to the
    request already with you.

    Gavin Thorley
    Probation Officer | Wexcombe Probation Delivery Unit
    0151 496 0377

    From: Gavin Thorley
    Sent: 22 February 2027 10:14
    To: cass@kestrelford.gov.uk
    Subject: Information request - prisoner release
    """),
  label=FUP("CASS-2027-000064", "Adds a confirmed release date to a tracked request: follow-up to the reference owner.",
            acceptable={"concern": [False, True]}))

M("cass", "misdirected-foi-request", "2027-04-21 20:20:20",
  ("Pauline Greatorex", "pgreatorex@localnewsdesk.co.uk"),
  "Freedom of Information request - agency social workers",
  ded("""
    Dear Kestrelford Borough Council,

    Under the Freedom of Information Act 2000 please provide:

    1. The number of agency social workers employed in children's services on
       31 March in each of 2024, 2025 and 2026.
    2. The total spend on agency social workers in each of those financial
       years.

    I would prefer to receive the information electronically.

    Yours faithfully,
    Pauline Greatorex
    Reporter, Kestrelford Local News Desk
    """),
  label=OTHER("A Freedom of Information request about statistics, not about any child, sent to the wrong team: other, unclassified."))


# =========================================================================== output

def main() -> None:
    for sub in ("cass", "dcs"):
        d = HERE / sub
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    with open(HERE / "cases.csv", "w", newline="") as fh:
        fh.write(CASES_HEADER + "\n")
        for pid, given, family, dob, hh, status, closed, worker, restr, owner, area in CASES:
            email, team, tm = _W[worker]
            fh.write(f"{pid},{given},{family},{dob},{hh},{status},{closed},{worker},{email},{team},"
                     f"{tm},{restr},{owner},{area}\n")
    with open(HERE / "tracker.csv", "w", newline="") as fh:
        fh.write(TRACKER_HEADER + "\n")
        for row in TRACKER:
            fh.write(",".join(row) + "\n")
    labels = []
    counters = {"cass": 0, "dcs": 0}
    for mailbox in ("cass", "dcs"):
        for m in MESSAGES:
            if m["mailbox"] != mailbox:
                continue
            counters[mailbox] += 1
            fname = f"{mailbox}/{counters[mailbox]:03d}_{m['slug']}.eml"
            text = render(m, fname)
            (HERE / fname).write_text(text, encoding="ascii", newline="\n")
            labels.append(label(m, fname))
    with open(HERE / "labels.jsonl", "w") as fh:
        for lb in labels:
            fh.write(json.dumps(lb, ensure_ascii=False) + "\n")
    print(f"{counters['cass']} cass, {counters['dcs']} dcs messages written")


if __name__ == "__main__":
    main()
