#!/usr/bin/env python3
"""Regenerates corpus part D (messy real-world MIME) deterministically.

Run with the project venv (holidays, python-docx, reportlab):
    /work/main/.venv/bin/python build.py
Writes cass/*.eml, dcs/*.eml and labels.jsonl next to this file.
cases.csv and tracker.csv are hand-written data and are not touched.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import quopri
import random
import zlib
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
from docx import Document
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
LONDON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc
HOL = holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2029))

MAILBOX = {
    "cass": ("cass@kestrelford.gov.uk", "mx.kestrelford.gov.uk", "CASS"),
    "dcs": ("dcyp-casework@mod.gov.uk", "relay.mod.gov.uk", "DCS"),
}
SECURE = ["gov.uk", "nhs.net", "nhs.uk", "police.uk", "pnn.police.uk", "cjsm.net", "mod.uk",
          "cafcass.gov.uk", "probation.gov.uk", "justice.gov.uk"]
ROLE = set("admin business central contact duty enquiries enquiry front general help helpdesk hub info "
           "mailbox mash noreply office post reception referrals safeguarding secure support team triage".split())

# Deterministic "randomness" (ids, IPs) derived from the file name.
def rng_for(key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


# ---------------------------------------------------------------- dates
def working_days_after(d: dt.date, n: int) -> dt.date:
    cur = d
    count = 0
    while count < n:
        cur += dt.timedelta(days=1)
        if cur.weekday() < 5 and cur not in HOL:
            count += 1
    return cur


def utc(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


# ---------------------------------------------------------------- addresses
import re


def verdict(addr: str) -> str:
    local, _, domain = addr.rpartition("@")
    domain = domain.lower()
    if local.endswith(".") or ".." in local or local.startswith("."):
        return "invalid"
    secure = any(domain == s or domain.endswith("." + s) for s in SECURE)
    words = [w.lower() for w in re.split(r"[._+\-0-9]+", local) if w]
    generic = any(w in ROLE for w in words)
    return ("secure_" if secure else "") + ("generic" if generic else "personal") + ("" if secure else "_nonsecure")


# ---------------------------------------------------------------- MIME helpers
def b64(data: bytes) -> bytes:
    return base64.encodebytes(data)


def qp(data: bytes) -> bytes:
    return quopri.encodestring(data)


def enc_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return b64(data)
    if cte == "quoted-printable":
        return qp(data)
    return data


def leaf(ctype: str, body, cte: str = "7bit", charset: str | None = "utf-8", extra=(), enc_charset=None) -> bytes:
    """A single MIME part (headers + encoded body) as bytes.
    body: str (encoded with enc_charset or charset) or bytes."""
    if isinstance(body, str):
        body = body.encode(enc_charset or charset or "ascii")
    h = f"Content-Type: {ctype}"
    if charset:
        h += f'; charset="{charset}"'
    lines = [h, f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return ("\n".join(lines) + "\n\n").encode() + enc_body(body, cte)


def attachment(ctype: str, data: bytes, filename: str, encoded_name: str | None = None, inline_cid=None) -> bytes:
    fn = encoded_name or f'"{filename}"'
    extra = []
    if inline_cid:
        extra.append(f"Content-ID: <{inline_cid}>")
        extra.append(f"Content-Disposition: inline; filename={fn}")
        ct = f"{ctype}; name={fn}"
    else:
        extra.append(f"Content-Disposition: attachment; filename={fn}")
        ct = f"{ctype}; name={fn}"
    return leaf(ct, data, "base64", None, extra)


def multipart(subtype: str, parts: list[bytes], boundary: str, extra_params: str = "", preamble: str | None = None) -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra_params}\n\n'.encode()
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += f"--{boundary}\n".encode() + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode()
    return out


def rfc2047(text: str, charset: str = "utf-8", enc: str = "b") -> str:
    raw = text.encode(charset)
    if enc == "b":
        return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    q = "".join(
        c if (c.isalnum() and ord(c) < 128) else ("_" if c == " " else "".join(f"={b:02X}" for b in c.encode(charset)))
        for c in text)
    return f"=?{charset}?Q?{q}?="


def fold(name: str, value: str) -> str:
    return Header(value, header_name=name, maxlinelen=78).encode() if value.isascii() else value


# ---------------------------------------------------------------- documents
def make_docx(paragraphs, table=None) -> bytes:
    doc = Document()
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "h":
            doc.add_heading(p[1], level=p[2] if len(p) > 2 else 1)
        elif isinstance(p, tuple) and p[0] == "table":
            rows = p[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        else:
            doc.add_paragraph(p)
    # fixed core properties so the output is deterministic
    cp = doc.core_properties
    cp.author = "Kestrelford corpus"
    cp.created = dt.datetime(2026, 1, 1)
    cp.modified = dt.datetime(2026, 1, 1)
    cp.last_modified_by = "corpus"
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so builds are byte-identical."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(ni, src.read(info.filename))
    return out.getvalue()


def make_pdf(lines, title="", password: str | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {}
    if password:
        kw["encrypt"] = pdfencrypt.StandardEncryption(password, ownerPassword=password + "-own", strength=128)
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, **kw)
    c.setTitle(title)
    y = 800
    for ln in lines:
        if ln.startswith("# "):
            c.setFont("Helvetica-Bold", 13)
            ln = ln[2:]
        else:
            c.setFont("Helvetica", 10)
        c.drawString(50, y, ln)
        y -= 15
        if y < 60:
            c.showPage()
            y = 800
    c.save()
    return buf.getvalue()


def make_png(w=120, h=40, rgb=(20, 70, 120)) -> bytes:
    import struct
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- envelope
MESSAGES: list[dict] = []


def envelope(file: str, *, recv: str, frm: str, subject: str | None, body: bytes, date_offset_min=3,
             date_tz: str = "+0000", to: str | None = None, cc=None, reply_to=None, msgid_domain=None,
             auth=("pass", "pass", "pass"), untrusted_auth=None, extra_headers=(), return_path=None,
             relay_host=None, no_auth=False, mime_version=True) -> bytes:
    mailbox = file.split("/")[0]
    inbox, trusted, _ = MAILBOX[mailbox]
    r = rng_for(file)
    ts = utc(recv)
    addr = frm.rsplit("<", 1)[-1].rstrip(">").strip()
    domain = addr.split("@")[1].lower()
    host = relay_host or f"mail-{r.randrange(0x1000, 0xffff):04x}.outbound.{domain}"
    ip = f"{r.randrange(80, 200)}.{r.randrange(1, 254)}.{r.randrange(1, 254)}.{r.randrange(1, 254)}"
    qid = "".join(r.choice("0123456789ABCDEF") for _ in range(12))
    hdr = []
    if return_path is not None:
        hdr.append(f"Return-Path: {return_path}")
    hdr.append(f"Received: from {host} ({host} [{ip}])\n by {trusted} with ESMTPS id {qid}\n"
               f" for <{inbox}>; {format_datetime(ts)}")
    if not no_auth:
        spf, dkim, dmarc = auth
        act = "quarantine" if dmarc == "fail" else "none"
        hdr.append(f"Authentication-Results: {trusted}; spf={spf} smtp.mailfrom={domain};\n"
                   f" dkim={dkim} header.d={domain if dkim != 'none' else 'none'};\n"
                   f" dmarc={dmarc} action={act} header.from={domain}")
        inner = ts - dt.timedelta(seconds=r.randrange(3, 20))
        if untrusted_auth:
            hdr.append(f"Authentication-Results: {untrusted_auth}")
        hdr.append(f"Received: from [10.{r.randrange(1, 254)}.{r.randrange(1, 254)}.{r.randrange(1, 254)}]"
                   f" (unknown)\n by {host} with ESMTPSA id {r.randrange(16**9):09x};\n {format_datetime(inner)}")
    sent = ts - dt.timedelta(minutes=date_offset_min, seconds=r.randrange(0, 59))
    if date_tz == "+0100":
        sent_s = format_datetime(sent.astimezone(dt.timezone(dt.timedelta(hours=1))))
    else:
        sent_s = format_datetime(sent).replace("-0000", "+0000")
    hdr.append(f"Date: {sent_s}")
    hdr.append(f"From: {frm}")
    hdr.append(f"To: {to or inbox}")
    if cc:
        hdr.append(f"Cc: {cc}")
    if reply_to:
        hdr.append(f"Reply-To: {reply_to}")
    if subject is not None:
        hdr.append(f"Subject: {subject}")
    hdr.append(f"Message-ID: <{r.getrandbits(96):024x}@{msgid_domain or domain}>")
    hdr.extend(extra_headers)
    if mime_version:
        hdr.append("MIME-Version: 1.0")
    return ("\n".join(hdr) + "\n").encode() + body


def plain(text: str, cte="7bit", charset="utf-8", enc_charset=None) -> bytes:
    return leaf("text/plain", text, cte, charset, enc_charset=enc_charset)


def html(text: str, cte="quoted-printable", charset="utf-8", enc_charset=None) -> bytes:
    return leaf("text/html", text, cte, charset, enc_charset=enc_charset)


def add(file: str, raw: bytes, label: dict):
    MESSAGES.append({"file": file, "raw": raw, "label": label, "recv": label.pop("_recv")})


FIELDS = ["file", "mailbox", "category", "urgent", "urgency_reason", "irr_level", "consent", "consent_basis",
          "concern", "reply_address", "address_verdict", "case_status", "subjects", "route", "actions",
          "case_notes", "has_reference", "reference_prefix", "related_reference", "due_acknowledge",
          "due_response", "exception", "acceptable", "why"]
NO_CHILD = {"automated", "other", "follow_up", "casework_submission", "internal_review_request"}


def L(file, recv, category, route, actions, why, *, frm, reply_to=None, urgent=False, urgency_reason=None,
      irr_level=None, consent=None, consent_basis=None, concern=False, case_status=None, subjects=(),
      case_notes=(), related=None, exception=None, acceptable=None, reply_address="auto"):
    mailbox = file.split("/")[0]
    from_addr = frm.rsplit("<", 1)[-1].rstrip(">").strip()
    acc = dict(acceptable or {})
    if reply_address == "auto":
        if exception == "reply_to_mismatch" or not reply_to:
            reply_address = from_addr.lower()
        else:
            reply_address = reply_to.rsplit("<", 1)[-1].rstrip(">").strip().lower()
    lp, _, dom = reply_address.rpartition("@")
    reply_address = lp + "@" + dom.lower()
    if category == "automated" or exception == "reply_to_mismatch":
        acc.setdefault("reply_address", [reply_address, None])
    if case_status == "auto":
        case_status = None
    if category in ("follow_up", "casework_submission", "internal_review_request") and case_status is None:
        acc.setdefault("case_status", [None, "not_known"])
    has_ref = route not in ("none", "exceptions", "reference_owner")
    ts = utc(recv)
    local_date = ts.astimezone(LONDON).date()
    due_ack = working_days_after(local_date, 1).isoformat() if "acknowledge" in actions else None
    due_resp = None
    if category in ("casework_submission", "internal_review_request"):
        d20 = working_days_after(local_date, 20).isoformat()
        if has_ref:
            due_resp = d20
        else:
            acc.setdefault("due_response", [None, d20])
    lab = {
        "file": file, "mailbox": mailbox, "category": category, "urgent": urgent,
        "urgency_reason": urgency_reason, "irr_level": irr_level, "consent": consent,
        "consent_basis": consent_basis, "concern": concern, "reply_address": reply_address,
        "address_verdict": verdict(reply_address), "case_status": case_status,
        "subjects": sorted(subjects), "route": route, "actions": sorted(actions),
        "case_notes": sorted(case_notes), "has_reference": has_ref,
        "reference_prefix": MAILBOX[mailbox][2] if has_ref else None, "related_reference": related,
        "due_acknowledge": due_ack, "due_response": due_resp, "exception": exception,
        "acceptable": acc or None, "why": why, "_recv": recv,
    }
    return lab


def write_all():
    for sub in ("cass", "dcs"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for old in d.glob("*.eml"):
            old.unlink()
    lines = []
    order = sorted(MESSAGES, key=lambda m: (0 if m["file"].startswith("cass/") else 1, m["file"]))
    for m in order:
        (HERE / m["file"]).write_bytes(m["raw"])
        lab = {k: m["label"].get(k) for k in FIELDS}
        if lab["acceptable"] is None:
            del lab["acceptable"]
        lines.append(json.dumps(lab, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(order)} messages")


# =====================================================================================
# CASS mailbox
# =====================================================================================
def cass_01_20():
    # ---------------------------------------------------------------- 001
    f = "cass/001_police-html-table-doyle-harvey.eml"
    R = "2026-01-06 09:12:40"
    frm = "DC Ruth Pemberton <ruth.pemberton@harrowmoor.police.uk>"
    h = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.grid td {border:solid #BFBFBF 1.0pt; padding:2pt 5pt;} --></style></head>
<body lang="EN-GB" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Good morning CASS,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Officers attended a verbal domestic at the address below in the early hours of
Sunday&nbsp;4th. No offences disclosed and no injuries; the child was asleep upstairs throughout.
Before I submit the PPN I just need to know whether he has an allocated social worker and, if so,
their name and a contact number.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="grid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Surname</b></p></td><td><p class="MsoNormal">DOYLE</p></td></tr>
<tr><td><p class="MsoNormal"><b>Forename(s)</b></p></td><td><p class="MsoNormal">Harvey</p></td></tr>
<tr><td><p class="MsoNormal"><b>DOB</b></p></td><td><p class="MsoNormal">26/05/2017</p></td></tr>
<tr><td><p class="MsoNormal"><b>Address</b></p></td><td><p class="MsoNormal">41 Tanner&#8217;s Row, Kestrelford KF3&nbsp;8LD</p></td></tr>
<tr><td><p class="MsoNormal"><b>Occurrence</b></p></td><td><p class="MsoNormal">HP/26/00412</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Many thanks,<o:p></o:p></p>
<p class="MsoNormal"><b>DC 2291 Ruth Pemberton</b><br>
Public Protection Unit &#8211; Kestrelford<br>
Harrowmoor Police<br>
Tel: 0161 496 0418 | Ext 4418<o:p></o:p></p>
<p class="MsoNormal" style="font-size:8.0pt;color:gray">OFFICIAL-SENSITIVE. This e-mail and any attachments are
intended solely for the addressee. If you have received it in error please notify the sender and delete it.
Harrowmoor Police may monitor e-mail traffic data and content.<o:p></o:p></p>
</div></body></html>
"""
    raw = envelope(f, recv=R, frm=frm, subject="DOYLE Harvey - allocated SW?", body=html(h),
                   extra_headers=["Thread-Topic: DOYLE Harvey - allocated SW?", "X-Mailer: Microsoft Outlook 16.0"])
    add(f, raw, L(f, R, "information_request", "level1_reply", ["acknowledge", "level1_response"],
                  "HTML-only request that asks only whether there is an allocated worker and how to reach them; open case, secure police address: level-1 reply.",
                  frm=frm, irr_level=1, consent="missing", concern=True, case_status="open", subjects=["750210"],
                  acceptable={"concern": [True, False]}))

    # ---------------------------------------------------------------- 002
    f = "cass/002_schoolnurse-multipart-qp-hartigan-zoe.eml"
    R = "2026-01-14 14:03:11"
    frm = "Nadia Qureshi <nadia.qureshi4@nhs.net>"
    txt = """Hello,

I'm the school nurse for Ashgrove Academy and I am doing Zoe Hartigan's
annual health review next week (DOB 11.06.2014, Year 7).

Mum (Kerry Hartigan) told me at the drop-in on Monday that the family has
a social worker and that there was a Child in Need plan "for the boys' dad
situation". She was happy for me to contact you and gave her consent for
children's services to share information with the school nursing team -
I've recorded this on SystmOne.

Could you let me know what the current plan is for Zoe, how long the family
have been open to you and whether there is anything health should be doing
as part of the plan? I'd also like to be invited to the next CIN review if
that's appropriate.

Kind regards

Nadia Qureshi RN SCPHN
School Nurse - Kestrelford West 5-19 Team
Kestrelford Community Health Services
Mobile 07700 900 417
Working days: Mon/Tue/Wed
"""
    hh = """<div dir="ltr"><p>Hello,</p>
<p>I'm the school nurse for Ashgrove Academy and I am doing Zoe Hartigan's annual health review next week (DOB 11.06.2014, Year 7).</p>
<p>Mum (Kerry Hartigan) told me at the drop-in on Monday that the family has a social worker and that there was a Child in Need plan &quot;for the boys' dad situation&quot;. She was happy for me to contact you and gave her consent for children's services to share information with the school nursing team &ndash; I've recorded this on SystmOne.</p>
<p>Could you let me know what the current plan is for Zoe, how long the family have been open to you and whether there is anything health should be doing as part of the plan? I'd also like to be invited to the next CIN review if that's appropriate.</p>
<p>Kind regards</p>
<p><b>Nadia Qureshi</b> RN SCPHN<br>School Nurse &ndash; Kestrelford West 5-19 Team<br>Kestrelford Community Health Services<br>Mobile 07700&nbsp;900&nbsp;417<br><i>Working days: Mon/Tue/Wed</i></p></div>
"""
    body = multipart("alternative", [plain(txt, "quoted-printable"), html(hh)], "000000000000a1b2c3d4e5f60718")
    raw = envelope(f, recv=R, frm=frm, subject="Info request - Zoe Hartigan", body=body)
    add(f, raw, L(f, R, "information_request", "allocated_worker", ["acknowledge", "notify", "save_case_note"],
                  "Asks for the plan and history (level 2) about an open case; mother's consent stated; 'Zoe' matches Zoë by name and date of birth.",
                  frm=frm, irr_level=2, consent="provided", case_status="open", subjects=["750101"], case_notes=["750101"]))

    # ---------------------------------------------------------------- 003
    f = "cass/003_dentist-latin1-closed-level1-sinclair-boyd.eml"
    R = "2026-01-16 11:25:03"
    frm = "Gareth Llewellyn <gareth.llewellyn1@nhs.net>"
    txt = """Dear Sir/Madam,

Re: Ava Sinclair-Boyd, d.o.b. 9th September 2016

Ava attended today with her grandmother for treatment of two carious teeth.
Our records show a safeguarding flag from last year saying "social care
involved". Could you confirm whether Ava's case is still open and, if it has
closed, the date it closed? We only need this to update the flag on our
system.

Yours faithfully,

Gareth Llewellyn BDS
Dental Surgeon
Riverside Dental Care (NHS contract 7714)
14 Quayside, Kestrelford KF1 2PA
Tel 0117 496 0733

-------------------------------------------------------------------------
This message may contain confidential information. If you are not the
intended recipient please inform the sender that you have received the
message in error before deleting it. Please do not disclose, copy or
distribute information in this e-mail or take any action in reliance on its
contents: to do so is strictly prohibited and may be unlawful. Thank you
for your co-operation. NHSmail is the secure email and directory service
available for all NHS staff in England and Scotland.
-------------------------------------------------------------------------
"""
    raw = envelope(f, recv=R, frm=frm, subject="Query =?iso-8859-1?Q?=96?= is case still open?",
                   body=plain(txt, "quoted-printable", "iso-8859-1"))
    add(f, raw, L(f, R, "information_request", "level1_reply", ["acknowledge", "level1_response"],
                  "Asks only whether the case is open or when it closed (level 1); the case closed on 19 December 2025 and the nhs.net address is secure: level-1 reply.",
                  frm=frm, irr_level=1, consent="missing", case_status="closed", subjects=["750330"]))

    # ---------------------------------------------------------------- 004
    f = "cass/004_attachment-only-docx-attendance-ashdown.eml"
    R = "2026-01-23 16:47:52"
    frm = "Attendance Officer - Hollins Lane Primary <m.begum@hollinslane.kestrelford.sch.uk>"
    docx = make_docx([
        ("h", "Hollins Lane Primary School"),
        "Attendance summary for the social worker - Spring 1 2026",
        ("table", [["Pupil", "Noah ASHDOWN"], ["Date of birth", "19/08/2015"], ["Year group", "Year 5"],
                   ["Attendance this half term", "81.3% (persistent absence threshold 90%)"],
                   ["Unauthorised sessions", "9 (mostly Mondays)"], ["Late marks", "6"]]),
        "Noah's absences are mainly on Mondays following contact weekends. When he is in school he is settled, "
        "engages well with his 1:1 and is making expected progress in reading.",
        "We will continue to send weekly figures while he is on the Children with Disabilities caseload.",
        "M. Begum, Attendance Officer, 0117 496 0251",
    ])
    body = multipart("mixed", [plain("Please see attached.\n\nMaryam\n"),
                               attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          docx, "Attendance Spring1 - N Ashdown.docx")],
                     "----=_NextPart_000_0012_01DC8C4A.5E1B2C30")
    raw = envelope(f, recv=R, frm=frm, subject="Attendance report", body=body,
                   extra_headers=["X-Mailer: Microsoft Outlook 16.0"])
    add(f, raw, L(f, R, "correspondence", "allocated_worker", ["notify", "save_case_note"],
                  "The only content is an attached school attendance report naming an open child by name and date of birth: allocated worker with a case note.",
                  frm=frm, case_status="open", subjects=["750250"], case_notes=["750250"],
                  acceptable={"concern": [False, True]}))

    # ---------------------------------------------------------------- 005
    f = "cass/005_list-bulletin-safeguarding-partnership.eml"
    R = "2026-01-31 10:20:17"
    frm = "Kestrelford Safeguarding Children Partnership <bulletin@lists.kscp.org.uk>"
    txt = """KSCP BRIEFING - JANUARY 2026
===========================

In this issue
 * New multi-agency threshold document goes live on 2 March
 * Learning from a local child safeguarding practice review
 * Neglect toolkit: refreshed training dates
 * Spotlight on private fostering

The refreshed neglect toolkit training runs on 12 and 26 February and
9 March (09:30-12:30, online). Places are free to partner agencies.

Private fostering: if a child under 16 (under 18 if disabled) is living with
someone who is not a close relative for 28 days or more, the local authority
must be told. Schools and GPs are often the first to find out.

---
You are receiving this because you subscribed to KSCP briefings.
Unsubscribe: https://lists.kscp.org.uk/unsubscribe?u=cass
"""
    hh = """<html><body style="font-family:Arial">
<h2 style="color:#5b2c6f">KSCP Briefing &ndash; January 2026</h2>
<ul><li>New multi-agency threshold document goes live on 2 March</li>
<li>Learning from a local child safeguarding practice review</li>
<li>Neglect toolkit: refreshed training dates</li><li>Spotlight on private fostering</li></ul>
<p>The refreshed neglect toolkit training runs on 12 and 26 February and 9 March (09:30&ndash;12:30, online).</p>
<p style="font-size:9px">You are receiving this because you subscribed to KSCP briefings.
<a href="https://lists.kscp.org.uk/unsubscribe?u=cass">Unsubscribe</a></p></body></html>
"""
    body = multipart("alternative", [plain(txt), html(hh)], "b1_kscp_7f3e0a")
    raw = envelope(f, recv=R, frm=frm, subject="KSCP Briefing - January 2026", body=body,
                   extra_headers=["List-Id: KSCP partner briefings <briefing.lists.kscp.org.uk>",
                                  "List-Unsubscribe: <https://lists.kscp.org.uk/unsubscribe?u=cass>",
                                  "Precedence: list"])
    add(f, raw, L(f, R, "automated", "none", [],
                  "Mailing-list bulletin (List-Id, Precedence: list): automated, never answered.", frm=frm))

    # ---------------------------------------------------------------- 006
    f = "cass/006_ofsted-lado-logo-doyle-sharon.eml"
    R = "2026-02-02 08:55:30"
    frm = "Imogen Tarrant <imogen.tarrant@kestrelford.gov.uk>"
    txt = """Good morning,

Please see below an Ofsted suitability check that has come to LADO.
The applicant is not known to LADO. One of the children in the household is
known to Children's Social Care, so I am passing it to you to review and
respond to Ofsted directly.

Applicant:          Sharon Louise DOYLE
Date of birth:      14/03/1989
Registration:       Childminder (Early Years Register)
Address:            41 Tanner's Row, Kestrelford KF3 8LD
Household member known to CSC:  Lexi DOYLE, d.o.b. 08/08/2019

Ofsted have confirmed that they hold the applicant's signed consent for
these checks. Ofsted's reference is EY-2026-118803.

Thanks,
Imogen

Imogen Tarrant
Local Authority Designated Officer (LADO)
Kestrelford Borough Council | Children's Services
020 7946 0312
"""
    body = multipart("related", [plain(txt, "quoted-printable"),
                                 attachment("image/png", make_png(), "image001.png", inline_cid="image001.png@01DC9432.A1B2C3D0")],
                     "_005_LADO2026020208_", '; type="text/plain"')
    raw = envelope(f, recv=R, frm=frm, subject="Ofsted suitability check - DOYLE, Sharon", body=body)
    add(f, raw, L(f, R, "ofsted_suitability", "irr_queue", ["notify", "save_case_note"],
                  "First Ofsted check for this applicant; the named child's household has three open records, so every sibling gets the case note.",
                  frm=frm, consent="provided", case_status="open", subjects=["750211"],
                  case_notes=["750210", "750211", "750212"]))

    # ---------------------------------------------------------------- 007
    f = "cass/007_mash-s47-cp1252-locked-ogunleye.eml"
    R = "2026-02-10 11:30:44"
    frm = "Northwold MASH <mash@northwold.gov.uk>"
    txt = ("Dear colleagues,\n\n"
           "URGENT \u2013 S47 STRATEGY DISCUSSION TODAY 3PM\n\n"
           "OGUNLEYE, Mason (dob 12/09/2013)\n"
           "Current address: c/o 7 Fenwick Court, Northwold NW4 2JE\n\n"
           "Mason was brought to Northwold Walk-in Centre last night with an injury to his ear that he says "
           "was caused by his mother\u2019s partner. He is currently staying with his aunt in our area. "
           "We are convening a Section 47 strategy discussion at 3pm today and cannot hold it without "
           "Kestrelford\u2019s history: involvement, any current plan, and the details of the allocated worker.\n\n"
           "We understand Mason\u2019s family may have lived in Kestrelford until last summer.\n\n"
           "Regards\n\n"
           "Jo Fairweather\n"
           "Senior Practitioner \u2013 Northwold Multi-Agency Safeguarding Hub\n"
           "Direct line 0113 496 0577\n")
    raw = envelope(f, recv=R, frm=frm, subject="URGENT - S47 strategy today - Mason OGUNLEYE",
                   body=plain(txt, "quoted-printable", "windows-1252"),
                   extra_headers=["X-Priority: 1", "Importance: High"])
    add(f, raw, L(f, R, "information_request", "restricted", ["acknowledge", "mark_urgent", "notify"],
                  "Another LA needs the history for a S47 strategy discussion (urgent, consent not required) but the child's record is locked: restricted route, plain acknowledgement, marked urgent.",
                  frm=frm, irr_level=2, consent="not_required", consent_basis="s47", urgent=True,
                  urgency_reason="s47_strategy", concern=True, case_status="restricted", subjects=["750170"]))

    # ---------------------------------------------------------------- 008
    f = "cass/008_clinic-letter-pdf-kaczmarek.eml"
    R = "2026-02-19 13:15:09"
    frm = "Dr Anjali Raman <anjali.raman@nhs.net>"
    pdf = make_pdf([
        "# Kestrelford General Hospital NHS Trust - Child Development Centre",
        "Consultant Community Paediatrician: Dr A. Raman",
        "",
        "Clinic date: 17 February 2026",
        "Patient: Leo KACZMAREK   DOB: 03/03/2018   NHS No: 943 476 5919",
        "",
        "Diagnoses:",
        "  1. Autism spectrum condition (diagnosed Nov 2024)",
        "  2. Sleep onset difficulty - melatonin 2mg nocte",
        "  3. Constipation - Movicol paediatric, one sachet daily",
        "",
        "Leo attended with his father. Weight 21.4kg (50th centile), height on the 40th centile.",
        "Sleep has improved since melatonin started; he now settles by 21:00 most nights.",
        "Toileting remains a difficulty at school. Continence referral made today.",
        "",
        "Plan: review in 6 months; continue melatonin; school to share continence plan.",
        "",
        "cc: GP, parent, allocated social worker (Children with Disabilities)",
    ], title="Clinic letter")
    body = multipart("mixed", [plain("Dear Social Care,\n\nPlease find attached the clinic letter from Leo's appointment on 17/02.\n\n"
                                     "Dr A Raman\nConsultant Community Paediatrician\n"),
                               attachment("application/pdf", pdf, "CDC clinic letter 170226.pdf")],
                     "=_mixed 0046F3A2802589A4_=")
    raw = envelope(f, recv=R, frm=frm, subject="Clinic letter: KACZMAREK Leo 03/03/2018", body=body)
    add(f, raw, L(f, R, "medical_correspondence", "cp_team", ["notify", "save_case_note"],
                  "A paediatric clinic letter (attached PDF) about an open child is a medical document: CP team, case note to the allocated worker.",
                  frm=frm, case_status="open", subjects=["750270"], case_notes=["750270"]))

    # ---------------------------------------------------------------- 009
    f = "cass/009_youthproject-latin1-rereferral-lindqvist.eml"
    R = "2026-02-28 10:05:26"
    frm = "Dan Ferreira <dan@riversideyouth.org.uk>"
    txt = """Hi there,

I run the Saturday drop-in at the Riverside Youth Project. I'm writing
about Oscar Lindqvist (born 28/02/2013 - it's actually his 13th birthday
today). I understand from Oscar that he had a social worker until recently.

This morning Oscar told me and a colleague that his stepdad "whacked" him
round the head on Thursday night because he'd lost his £20 bus pass, and
that it's "been getting worse since the social worker stopped coming". We
didn't see any marks. He didn't want to go home at lunchtime and is still
here with us. He asked if he could "get his social worker back".

I have rung the out-of-hours number as well but wanted this in writing.
Please can someone pick this up?

Dan Ferreira
Youth Work Coordinator, Riverside Youth Project
Unit 3, Millrace Yard, Kestrelford KF2 5TT
07700 900 582
Registered charity no. 1190417
"""
    raw = envelope(f, recv=R, frm=frm,
                   subject="=?iso-8859-1?Q?Oscar_Lindqvist_=2D_disclosure_at_drop=2Din_=28=A320_bus_pass=29?=",
                   body=plain(txt, "quoted-printable", "iso-8859-1"))
    add(f, raw, L(f, R, "correspondence", "re_referral", ["notify", "save_case_note"],
                  "A disclosure of physical harm and a request for help 28 days after closure on 31 January (within one calendar month, clamped to 28 February): re-referral to the most recent team manager.",
                  frm=frm, concern=True, case_status="closed", subjects=["750240"], case_notes=["750240"]))

    # ---------------------------------------------------------------- 010
    f = "cass/010_housing-ambiguous-burrows-kayden.eml"
    R = "2026-03-03 09:40:58"
    frm = "Tamsin Okafor <tamsin.okafor@kestrelford.gov.uk>"
    txt = """Hi CASS,

Quick one - I'm the housing options officer dealing with a homelessness
application from a Ms Leanne Burrows, who has her son Kayden Burrows living
with her. She says they "had a social worker a while back". Can you tell me
whether Kayden is known to you and, if so, who the worker is? I need to know
who to liaise with about the temporary accommodation offer.

I don't have his date of birth yet - mum is bringing ID on Thursday.

Thanks

Tamsin Okafor
Housing Options Officer
Housing Solutions | Kestrelford Borough Council
Civic Centre, Kestrelford KF1 1AA
Tel: 0117 496 0964

Kestrelford Borough Council - Working for you
This email and any files transmitted with it are confidential and intended
solely for the use of the individual or entity to whom they are addressed.
If you have received this email in error please notify the system manager.
This message contains confidential information and is intended only for the
individual named. If you are not the named addressee you should not
disseminate, distribute or copy this e-mail. Please notify the sender
immediately by e-mail if you have received this e-mail by mistake and delete
this e-mail from your system. E-mail transmission cannot be guaranteed to be
secure or error-free as information could be intercepted, corrupted, lost,
destroyed, arrive late or incomplete, or contain viruses. The sender therefore
does not accept liability for any errors or omissions in the contents of this
message, which arise as a result of e-mail transmission. Kestrelford Borough
Council may monitor email traffic data and also the content of email for the
purposes of security and staff training.
"""
    raw = envelope(f, recv=R, frm=frm, subject="Kayden Burrows - known?", body=plain(txt))
    add(f, raw, L(f, R, "information_request", "exceptions", [],
                  "Two records are named Kayden Burrows and no date of birth is given: ambiguous_match, exceptions.",
                  frm=frm, irr_level=1, consent="missing", case_status="ambiguous", exception="ambiguous_match",
                  acceptable={"subjects": [[], ["750150", "750151"]]}))

    # ---------------------------------------------------------------- 011
    f = "cass/011_followup-000031-quoted-chain.eml"
    R = "2026-03-12 15:22:35"
    frm = "PC Aled Morgan <aled.morgan@ashdale.police.uk>"
    txt = """Thanks Priya - that's really helpful.

Just to add for your records: we've now charged the neighbour with the
criminal damage and he has bail conditions not to attend Halsey Road. I've
attached nothing further but the OIC is now DC Saunders (0117 496 0810)
if you need us.

Aled

On Wed, 25 Feb 2026 at 10:02, Priya Natarajan <p.natarajan@kestrelford.gov.uk> wrote:
> Hi Aled,
>
> I'm the allocated social worker for the children you asked about under
> CASS-2026-000031. I visited on Monday and the children are safe; mum is
> aware of the incident and has agreed to keep the side gate locked.
>
> Could you let me know the outcome of the investigation when you have it?
>
> Kind regards
> Priya
>
> Priya Natarajan | Social Worker | Locality Team West
> Kestrelford Borough Council | 0117 496 0122
>
> On Tue, 24 Feb 2026 at 16:40, CASS <cass@kestrelford.gov.uk> wrote:
>> Thank you for your request, which has been logged as CASS-2026-000031.
>> It has been passed to the allocated worker, who will contact you.
>>
>> Kestrelford Children's Advice and Support Service
>>
>>> On Tue, 24 Feb 2026 at 15:55, PC Aled Morgan <aled.morgan@ashdale.police.uk> wrote:
>>> Afternoon CASS,
>>>
>>> Following a neighbour dispute on Halsey Road on 22/02 where a window
>>> was smashed while the children were in the front room, please could the
>>> social worker contact me to discuss the children's welfare and share what
>>> support the family currently has.
>>>
>>> PC 5120 Aled Morgan
>>> Kestrelford South NPT
--
PC 5120 Aled Morgan | Kestrelford South Neighbourhood Policing Team
Ashdale Constabulary | 101 ext 5120
"""
    raw = envelope(f, recv=R, frm=frm, subject="Re: CASS-2026-000031 - Halsey Road incident",
                   body=plain(txt, "8bit"),
                   extra_headers=["In-Reply-To: <CAJ8xQp0pN1@mail.kestrelford.gov.uk>",
                                  "References: <cass-ack-000031@kestrelford.gov.uk> <CAJ8xQp0pN1@mail.kestrelford.gov.uk>"])
    add(f, raw, L(f, R, "follow_up", "reference_owner", ["notify"],
                  "A reply quoting the whole thread under a reference the tracker holds: follow-up to the reference owner, no new reference.",
                  frm=frm, related="CASS-2026-000031"))

    # ---------------------------------------------------------------- 012
    f = "cass/012_foodbank-wrong-charset-hussain.eml"
    R = "2026-03-18 22:10:04"
    frm = "Kestrelford Community Pantry <pantry.coordinator@kestrelfordpantry.org.uk>"
    txt = ("To the social worker for Jamal Hussain (DOB 09/01/2011)\n\n"
           "I\u2019m writing from the Community Pantry on Station Street. Jamal\u2019s mum, Mrs Rukhsana Hussain, has "
           "been using our pantry weekly since November and signed our referral form tonight so that I could "
           "contact you.\n\n"
           "The family\u2019s Universal Credit has been sanctioned and she says they have \u00a312.40 left until "
           "the 2nd of April. The gas meter ran out on Sunday and Jamal has been going to school without "
           "breakfast. She asked me to say she is \u201cat the end of her rope\u201d and would like help from "
           "her social worker with the household support fund and the meter.\n\n"
           "We have given a food parcel and a \u00a349 fuel voucher this evening.\n\n"
           "With thanks,\n"
           "Bernadette Kowal\n"
           "Volunteer Coordinator \u2013 Kestrelford Community Pantry\n"
           "0161 496 0390 (Tues & Wed evenings)\n")
    # Declared us-ascii, but the bytes are windows-1252 (curly quotes, pound signs, en dash).
    raw = envelope(f, recv=R, frm=frm, subject="Jamal Hussain - family needs support",
                   body=leaf("text/plain", txt, "8bit", "us-ascii", enc_charset="windows-1252"),
                   extra_headers=["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"])
    add(f, raw, L(f, R, "correspondence", "allocated_worker", ["notify", "save_case_note"],
                  "A charity's letter about an open child asking for help (its windows-1252 bytes are mislabelled us-ascii): allocated worker with a case note.",
                  frm=frm, concern=True, case_status="open", subjects=["750320"], case_notes=["750320"]))

    # ---------------------------------------------------------------- 013
    f = "cass/013_ofsted-duplicate-doyle-sharon.eml"
    R = "2026-03-20 10:30:12"
    frm = "Imogen Tarrant <imogen.tarrant@kestrelford.gov.uk>"
    txt = """CASS,

Ofsted have sent this one through again (their system re-issued it after the
applicant changed her registration type to childminder with an assistant).
Forwarding for completeness - I think you have already dealt with it.

---------- Forwarded message ---------
From: Ofsted Applications <applications@ofsted.gov.uk>
Date: Thu, 19 Mar 2026 at 16:12
Subject: Suitability check request EY-2026-118803 (re-issued)
To: LADO <lado@kestrelford.gov.uk>

Applicant: DOYLE, Sharon Louise
Date of birth: 14 March 1989
Address: 41 Tanner's Row, KF3 8LD
Other household members under 16:
    DOYLE Harvey  26/05/2017
    DOYLE Lexi    08/08/2019
    DOYLE Bobby   04/01/2022
Consent: signed consent held by Ofsted

Imogen Tarrant - LADO
"""
    raw = envelope(f, recv=R, frm=frm, subject="FW: Suitability check request EY-2026-118803 (re-issued)",
                   body=plain(txt))
    add(f, raw, L(f, R, "ofsted_suitability", "none", [],
                  "Same applicant name and date of birth as the check of 2 February, within 90 days: route none, related to the earlier reference.",
                  frm=frm, consent="provided", case_status="open", subjects=["750210", "750211", "750212"],
                  related={"reference_of": "cass/006_ofsted-lado-logo-doyle-sharon.eml"}))

    # ---------------------------------------------------------------- 014
    f = "cass/014_cafcass-s7-base64-banner-easter-rees.eml"
    R = "2026-04-02 17:55:40"
    frm = "Leonie Abbott <leonie.abbott@cafcass.gov.uk>"
    txt = """**EXTERNAL EMAIL** This message came from outside Kestrelford Borough
Council. Do not click links or open attachments unless you recognise the
sender and know the content is safe.
______________________________________________________________________

Dear CASS team

I am the Family Court Adviser allocated to private law proceedings
concerning Ffion REES (born 31/07/2014) at the Family Court sitting at
Kestrelford. The court has directed a Section 7 report, to be filed by
29 May 2026.

To prepare the report I need the local authority's involvement with Ffion
and her mother: the current plan, any assessments completed in the last two
years and the social worker's view of the proposed contact arrangements.
This is not urgent - a response within the usual timescale is fine.

Yours sincerely

Leonie Abbott
Family Court Adviser | Cafcass
Tel: 03069 990 118 (switchboard) | Direct 020 7946 0661

This e-mail and any attachment are confidential. If you are not the
intended recipient please delete it and notify the sender.
"""
    raw = envelope(f, recv=R, frm=frm, subject="Section 7 report - REES, Ffion", body=plain(txt, "base64"),
                   date_tz="+0100")
    add(f, raw, L(f, R, "information_request", "allocated_worker", ["acknowledge", "notify", "save_case_note"],
                  "Section 7 report (consent not required, explicitly not urgent) needing more than level-1 detail on an open case; received on the Thursday before Good Friday, so the acknowledgement is due Tuesday 7 April.",
                  frm=frm, irr_level=2, consent="not_required", consent_basis="court_report",
                  case_status="open", subjects=["750280"], case_notes=["750280"]))

    # ---------------------------------------------------------------- 015
    f = "cass/015_ooo-html-outlook.eml"
    R = "2026-04-07 08:05:33"
    frm = "Marcus Delaney <marcus.delaney@brackenfield.gov.uk>"
    hh = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000000">
<p>Thank you for your email.</p>
<p>I am out of the office on annual leave until <b>Monday 13 April 2026</b> with no access to emails.</p>
<p>If your enquiry is urgent please contact the Brackenfield Children&#8217;s Front Door on
<b>0191 498 0700</b> or email <a href="mailto:frontdoor@brackenfield.gov.uk">frontdoor@brackenfield.gov.uk</a>.</p>
<p>Kind regards,<br>Marcus</p></div></body></html>
"""
    raw = envelope(f, recv=R, frm=frm, subject="Automatic reply: CASS-2026-000059 acknowledgement", body=html(hh),
                   extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                                  "Thread-Topic: CASS-2026-000059 acknowledgement"])
    add(f, raw, L(f, R, "automated", "none", [],
                  "HTML out-of-office auto-reply (Auto-Submitted): automated, even though its subject quotes a reference.",
                  frm=frm))

    # ---------------------------------------------------------------- 016
    f = "cass/016_nursery-rfc2047-from-generic-penhaligon.eml"
    R = "2026-04-10 12:30:21"
    frm = "=?utf-8?Q?Little_Acorns_Day_Nursery_=E2=80=93_Office?= <info@littleacorns-nursery.co.uk>"
    txt = """Hello,

We have a new starter, Daisy Penhaligon (DOB 04/04/2019), joining our
wraparound club after Easter. Her dad mentioned she has a social worker.
Please can you tell us if that's right and give us the social worker's name
and phone number so we can invite them to the settling-in meeting?

Many thanks,
Hayley
Little Acorns Day Nursery & Out of School Club
Ofsted URN EY559210 | 0117 496 0875
"""
    raw = envelope(f, recv=R, frm=frm, subject="New starter - Daisy Penhaligon", body=plain(txt, "quoted-printable"))
    add(f, raw, L(f, R, "information_request", "level1_reply", ["acknowledge", "request_personal_address"],
                  "Level-1 question on an open case from a generic non-secure address (info@): the level-1 answer is replaced by a request for a personal address.",
                  frm=frm, irr_level=1, consent="missing", case_status="open", subjects=["750310"]))

    # ---------------------------------------------------------------- 017
    f = "cass/017_yos-welsh-rfc2047-docx-consent-pritchard.eml"
    R = "2026-04-20 10:10:48"
    frm = "Rhian Bowen <rhian.bowen@caerwent.gov.uk>"
    docx = make_docx([
        ("h", "Caerwent Youth Justice Service / Gwasanaeth Cyfiawnder Ieuenctid Caerwent"),
        ("h", "Consent to share information / Caniatâd i rannu gwybodaeth", 2),
        ("table", [["Young person", "Siân Pritchard (05/10/2011)"],
                   ["Sibling", "Gethin Pritchard (22/01/2015)"],
                   ["Parent with parental responsibility", "Mrs Carys Pritchard"],
                   ["Agencies information may be requested from", "Kestrelford Children's Services; Caerwent Education"],
                   ["Purpose", "AssetPlus assessment and intervention plan"]]),
        "I, Carys Pritchard, give my consent for Caerwent Youth Justice Service to obtain information "
        "about my children from the agencies listed above.",
        "Signed: C Pritchard            Date: 16/04/2026",
        "Witnessed by: R Bowen, YJS Case Manager",
    ])
    txt = """Bore da / Good morning,

I have recently been allocated Siân Pritchard (dob 05/10/2011), who is
subject to a Referral Order with Caerwent YJS. The family moved to our area
in January, but I understand Siân is still open to your Child Protection and
Proceedings team and that her younger brother Gethin (dob 22/01/2015) was
also known to you.

For the AssetPlus assessment could you share a summary of your involvement
with both children: the reasons for involvement, any current plan for Siân
and the dates of any previous plans. Signed parental consent is attached.

Diolch yn fawr,

Rhian Bowen
Case Manager / Rheolwr Achos
Caerwent Youth Justice Service
029 2018 0455

Croesewir gohebiaeth yn y Gymraeg / We welcome correspondence in Welsh
"""
    fname = "Caniatâd - consent form - Pritchard.docx"
    enc_name = '"' + rfc2047(fname) + '"'
    body = multipart("mixed", [plain(txt, "quoted-printable"),
                               attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          docx, fname, encoded_name=enc_name)],
                     "----=_Part_41_219577004.1776679848")
    raw = envelope(f, recv=R, frm=frm, subject=rfc2047("Cais am wybodaeth / Information request – Siân & Gethin Pritchard"),
                   body=body)
    add(f, raw, L(f, R, "information_request", "allocated_worker", ["acknowledge", "notify", "save_case_note"],
                  "Level-2 request with signed parental consent about two siblings, one open and one closed: status open wins and the case note covers both.",
                  frm=frm, irr_level=2, consent="provided", case_status="open", subjects=["750120", "750121"],
                  case_notes=["750120", "750121"]))

    # ---------------------------------------------------------------- 018
    f = "cass/018_cpd-webinar-marketing-html.eml"
    R = "2026-04-22 09:00:05"
    frm = "Practice Matters CPD <hello@practicematters-cpd.co.uk>"
    hh = """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial">
<tr><td style="background:#0b6e4f;color:#fff;padding:20px"><h1 style="margin:0">Trauma-informed practice: a live masterclass</h1></td></tr>
<tr><td style="padding:20px">
<p>Dear Colleague,</p>
<p>Join our <b>three-hour live webinar</b> on 14 May for social workers, early help practitioners and team managers.
Earn 3 CPD hours and receive our exclusive practice toolkit.</p>
<p><b>Early-bird price &pound;49 + VAT</b> (usual price &pound;79) &ndash; ends Friday!</p>
<p style="text-align:center"><a href="https://practicematters-cpd.co.uk/book?utm=kbc" style="background:#f39c12;color:#fff;padding:12px 24px;text-decoration:none">Book my place</a></p>
<p>Group bookings of 5+ save a further 15%.</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding:10px 20px">Practice Matters Training Ltd, 2 Orchard Place, Bristol BS1 9ZZ.
You are receiving this email because your organisation has attended our events.</td></tr>
</table></body></html>
"""
    raw = envelope(f, recv=R, frm=frm, subject=rfc2047("\U0001F4E3 Last chance: trauma-informed practice masterclass \u2013 \u00a349 early bird"),
                   body=html(hh, "base64"))
    add(f, raw, L(f, R, "other", "exceptions", [],
                  "Marketing for a paid webinar, with no list headers: other, exceptions (unclassified).",
                  frm=frm, exception="unclassified"))

    # ---------------------------------------------------------------- 019
    f = "cass/019_probation-release-fairclough.eml"
    R = "2026-04-29 14:45:19"
    frm = "Simone Achterberg <simone.achterberg@justice.gov.uk>"
    txt = """OFFICIAL - SENSITIVE

Dear CASS,

Request for information - release planning - URGENT

I am the Probation Practitioner for Mr Dean HOLLOWAY (DOB 02/02/1987), who
is due to be released from HMP Ferncastle on licence on 6 May 2026. He has
proposed to live with his partner, Ms Nicola Fairclough, at 9 Kiln Lane,
Kestrelford KF4 6RW. Ms Fairclough's daughter, Willow FAIRCLOUGH (DOB
12/12/2016), lives at the address.

Mr Holloway has a previous conviction for cruelty to a child and is assessed
as posing a high risk of serious harm to children. Before I can approve or
refuse the address I need to know what Children's Services know of Willow and
her mother, whether there is an allocated worker and a current plan, and the
social worker's view of the proposed address. As the release date is next
week I would be grateful for a response as soon as possible.

Kind regards

Simone Achterberg
Probation Practitioner | Kestrelford Probation Delivery Unit
The Probation Service | HM Prison & Probation Service
Mobile: 07700 900 641 | Office: 0117 496 0521
2nd Floor, Carrow House, Kestrelford KF1 3QP

Working hours: Monday-Thursday 8.30-17.00

This e-mail and any attachments is intended only for the attention of the
addressee(s). Its unauthorised use, disclosure, storage or copying is not
permitted. If you are not the intended recipient, please destroy all copies
and inform the sender by return e-mail. Internet e-mail is not a secure
medium. Any reply to this message could be intercepted and read by someone
else. Please bear that in mind when deciding whether to send material in
response to this message by e-mail. This e-mail (whether you are the sender
or the recipient) may be monitored, recorded and retained by the Ministry of
Justice. Monitoring / blocking software may be used, and e-mail content may
be read at any time. You have a responsibility to ensure laws are not broken
when composing or forwarding e-mails and their contents.
"""
    raw = envelope(f, recv=R, frm=frm, subject="URGENT - release address check - FAIRCLOUGH, Willow 12/12/2016",
                   body=plain(txt))
    add(f, raw, L(f, R, "information_request", "allocated_worker", ["acknowledge", "mark_urgent", "notify", "save_case_note"],
                  "Probation is releasing a man assessed as a high risk to children to the address of an open child: urgent (prisoner_release), consent not required, allocated worker, marked urgent.",
                  frm=frm, irr_level=2, consent="not_required", consent_basis="significant_harm", urgent=True,
                  urgency_reason="prisoner_release", concern=True, case_status="open", subjects=["750230"],
                  case_notes=["750230"]))

    # ---------------------------------------------------------------- 020
    f = "cass/020_police-notknown-bankholiday-mallory.eml"
    R = "2026-05-01 16:30:55"
    frm = "PS Gemma Whitfield <gemma.whitfield@ashdale.police.uk>"
    txt = """Hi,

Can you check whether Tegan MALLORY, DOB 09.02.2013, is known to Children's
Social Care and whether she has an allocated social worker? She was reported
missing by her grandmother this afternoon and has since been found safe at
a friend's house. Just need to know if there is anyone we should inform.

PS 1877 G. Whitfield
Ashdale Constabulary - Kestrelford Response
Tel 0161 496 0227
"""
    hh = """<div style="font-family:Arial;font-size:10pt">Hi,<br><br>Can you check whether <b>Tegan MALLORY, DOB 09.02.2013</b>, is known to Children's Social Care and whether she has an allocated social worker? She was reported missing by her grandmother this afternoon and has since been found safe at a friend's house. Just need to know if there is anyone we should inform.<br><br>PS 1877 G. Whitfield<br>Ashdale Constabulary &ndash; Kestrelford Response<br>Tel 0161&nbsp;496&nbsp;0227</div>
"""
    body = multipart("alternative", [plain(txt, "quoted-printable"), html(hh, "quoted-printable")],
                     "--boundary_7781_3ae1c3c0-44b5-4a2e-9c55-1b2f0a7d0e11")
    raw = envelope(f, recv=R, frm=frm, subject="Tegan MALLORY - known to CSC?", body=body, date_tz="+0100")
    add(f, raw, L(f, R, "information_request", "level1_reply", ["acknowledge", "level1_response"],
                  "The child is in no record, so the level-1 answer is 'not known'; received Friday before the May bank holiday, acknowledgement due Tuesday 5 May.",
                  frm=frm, irr_level=1, consent="missing", concern=True, case_status="not_known",
                  acceptable={"concern": [True, False]}))


def cass_21_40():
    # ---------------------------------------------------------------- 021
    f = "cass/021_nursery-forwarded-bruise-special-brennan.eml"
    R = "2026-05-12 10:00:37"
    frm = "Joanne Peel <joanne.peel@brambletreenursery.co.uk>"
    txt = """Dear Children's Services,

Please see below the note our key worker made this morning. I have spoken
to Tilly's foster carer at drop off but I am not satisfied with the
explanation and I am sending this on as a safeguarding concern.

Joanne Peel
Nursery Manager & DSL
Bramble Tree Nursery, 2 Orchard Walk, Kestrelford KF5 1HU
Tel 0117 496 0349

---------- Forwarded message ---------
From: Alisha Grant <alisha.grant@brambletreenursery.co.uk>
Date: Tue, 12 May 2026 at 09:21
Subject: Tilly B - body map
To: Joanne Peel <joanne.peel@brambletreenursery.co.uk>


Jo,

When changing Tilly Brennan (d.o.b. 15/01/2018) at 8.50 I noticed three
small round bruises on the back of her left upper arm, roughly fingertip
sized, yellow/purple. Body map completed and in the DSL tray. Tilly said
"a grown up squeezed me" but would not say who. She was quiet and clingy at
breakfast and did not want to take her coat off.

Alisha
Room Leader, Pre-school room
"""
    raw = envelope(f, recv=R, frm=frm, subject="Fwd: Tilly B - body map", body=plain(txt, "quoted-printable"))
    add(f, raw, L(f, R, "correspondence", "restricted", ["mark_urgent", "notify"],
                  "A forwarded nursery note about fingertip bruising on a child with a special client record: restricted route, marked urgent (significant_harm).",
                  frm=frm, urgent=True, urgency_reason="significant_harm", concern=True, case_status="restricted",
                  subjects=["750180"]))

    # ---------------------------------------------------------------- 022
    f = "cass/022_discharge-summary-pdf-notknown-doherty.eml"
    R = "2026-05-21 13:20:14"
    frm = "KGH Safeguarding Children Team <kgh.safeguarding.children@nhs.net>"
    pdf = make_pdf([
        "# Kestrelford General Hospital NHS Trust",
        "Paediatric Ward 7 - Discharge Summary",
        "",
        "Patient: Ruair\u00ed DOHERTY        DOB: 27/11/2015        Hosp No: K4471902",
        "Admitted: 18/05/2026 via Emergency Department     Discharged: 20/05/2026",
        "",
        "Presenting complaint: accidental ingestion of grandmother's amlodipine tablets (estimated 2 x 5mg).",
        "Management: observed on cardiac monitoring for 24 hours; no hypotension; bloods normal.",
        "Safeguarding: medication was stored in a handbag on the kitchen floor. Advice given on safe",
        "storage. Family are visiting from Co. Donegal and staying with relatives in Kestrelford.",
        "Health visitor / school nurse informed. Children's social care informed for information.",
        "",
        "Follow-up: none required. GP to review.",
        "Discharging clinician: Dr P. Oyelowo, ST5 Paediatrics",
    ], title="Discharge summary")
    body = multipart("mixed", [
        plain("Good afternoon,\n\nFor information, please find attached a discharge summary for a child "
              "admitted to Ward 7 this week.\n\nKGH Safeguarding Children Team\nKestrelford General Hospital\n"
              "0117 496 0610\n", "7bit"),
        attachment("application/pdf", pdf, "Discharge summary Ruairi D.pdf")], "_004_DB9PR07MB_")
    raw = envelope(f, recv=R, frm=frm, subject="Discharge summary for information", body=body)
    add(f, raw, L(f, R, "medical_correspondence", "cp_team", ["notify", "save_case_note"],
                  "A hospital discharge summary (attached PDF) about a child in no record: CP team; case_notes is empty because there is no record to save to.",
                  frm=frm, case_status="not_known",
                  acceptable={"concern": [False, True], "actions": [["notify", "save_case_note"], ["notify"]]}))

    # ---------------------------------------------------------------- 023
    f = "cass/023_supportedhousing-consent-under16-pike.eml"
    R = "2026-06-01 19:40:02"
    frm = "Owen Trask <owen.trask@hearthstonehousing.org.uk>"
    txt = """Evening,

I'm a keyworker at Hearthstone Supported Lodgings. We've been asked to
consider a placement for Jayden Pike, born 7 July 2010, who is currently
sofa-surfing. Jayden told us he used to be looked after by Kestrelford.

Before our panel meets I need to understand his history with children's
services - why he was in care, any risk assessments, and any history of
missing episodes or offending. Jayden himself is happy for us to contact
you (he told me so in person today), although we haven't been able to
reach his mum.

Cheers,
Owen

Owen Trask | Keyworker | Hearthstone Supported Lodgings
07700 900 318

Sent from my iPhone
"""
    raw = envelope(f, recv=R, frm=frm, subject="Jayden Pike", body=plain(txt, "quoted-printable"),
                   extra_headers=["X-Mailer: iPhone Mail (21F90)"], date_tz="+0100")
    add(f, raw, L(f, R, "information_request", "none", ["request_consent", "save_case_note"],
                  "Level-2 request about a case closed in 2023; the only consent is from a 15-year-old, which does not count and no basis applies: request consent, save a case note, no reference.",
                  frm=frm, irr_level=2, consent="missing", case_status="closed", subjects=["750200"],
                  case_notes=["750200"], concern=True, acceptable={"concern": [True, False]}))

    # ---------------------------------------------------------------- 024
    f = "cass/024_spoofed-police-dmarc-fail-doyle.eml"
    R = "2026-06-10 09:30:48"
    frm = "DS Ian Ferris <ian.ferris@harrowmoor.police.uk>"
    hh = """<html><body><p>Hello,</p>
<p>Could you please confirm the name and direct mobile number of the social worker for <b>Harvey DOYLE</b> (26/05/2017)?
It is in relation to an ongoing enquiry and I need to speak to them today.</p>
<p>DS Ian Ferris<br>Harrowmoor Police CID</p></body></html>
"""
    txt = ("Hello,\n\nCould you please confirm the name and direct mobile number of the social worker for Harvey "
           "DOYLE (26/05/2017)? It is in relation to an ongoing enquiry and I need to speak to them today.\n\n"
           "DS Ian Ferris\nHarrowmoor Police CID\n")
    body = multipart("alternative", [plain(txt), html(hh)], "===============4418736901224712349==")
    raw = envelope(f, recv=R, frm=frm, subject="Social worker details - Harvey DOYLE", body=body,
                   auth=("fail", "none", "fail"),
                   untrusted_auth="mail.harrowmoor-police.net; spf=pass smtp.mailfrom=harrowmoor.police.uk;\n dkim=pass header.d=harrowmoor.police.uk; dmarc=pass",
                   relay_host="vps-31-220-7-14.cloudhost-eu.net")
    add(f, raw, L(f, R, "information_request", "exceptions", [],
                  "The trusted authserv-id reports dmarc=fail (the pass comes from an untrusted server and is ignored): sender_not_authenticated, nothing sent.",
                  frm=frm, irr_level=1, consent="missing", case_status="open", subjects=["750210"],
                  exception="sender_not_authenticated"))

    # ---------------------------------------------------------------- 025
    f = "cass/025_college-cp1252-html-pound-whitlock.eml"
    R = "2026-06-16 11:11:27"
    frm = "Student Finance - Kestrelford College <bursary.team@kestrelford-college.ac.uk>"
    hh = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
          "<style>td{font-family:Verdana;font-size:9pt}</style></head><body>"
          "<p>Dear Sir or Madam,</p>"
          "<p>Re: Tyler WHITLOCK &nbsp;|&nbsp; DOB 15/05/2009 &nbsp;|&nbsp; Student no. 2611873</p>"
          "<p>We are writing to confirm that Tyler\u2019s application to the <i>16\u201319 Bursary Fund</i> for 2026/27 "
          "has been approved. As a former child in need he qualifies for the discretionary award.</p>"
          "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
          "<tr><td><b>Award</b></td><td><b>Amount</b></td></tr>"
          "<tr><td>Travel pass (annual)</td><td>&pound;620.00</td></tr>"
          "<tr><td>Equipment &amp; kit (Level 2 Carpentry)</td><td>&pound;180.00</td></tr>"
          "<tr><td>Meal allowance</td><td>\u00a3400.00</td></tr>"
          "<tr><td><b>Total</b></td><td><b>&pound;1,200.00</b></td></tr></table>"
          "<p>Tyler starts his course on 7 September. This letter is copied to you as the referring agency "
          "named on his application; no action is needed.</p>"
          "<p>Yours faithfully,<br><br>Student Finance Team<br>Kestrelford College<br>0161 496 0944</p>"
          "</body></html>\n")
    raw = envelope(f, recv=R, frm=frm, subject="Bursary award letter - T Whitlock",
                   body=html(hh, "quoted-printable", "windows-1252"),
                   extra_headers=["X-Mailer: Microsoft Outlook 16.0"])
    add(f, raw, L(f, R, "correspondence", "front_door", ["notify"],
                  "A bursary letter about a child whose case closed on 29 May, received within a month but raising no concern: front door.",
                  frm=frm, case_status="closed", subjects=["750300"]))

    # ---------------------------------------------------------------- 026
    f = "cass/026_ofsted-pdf-notknown-rowlands.eml"
    R = "2026-06-18 10:45:50"
    frm = "Imogen Tarrant <imogen.tarrant@kestrelford.gov.uk>"
    pdf = make_pdf([
        "# Ofsted - Request for local authority suitability information",
        "Ofsted reference: EY-2026-131477",
        "",
        "Applicant:            ROWLANDS, Bethany Ann",
        "Date of birth:        03/11/1992",
        "Address:              Flat 2, 19 Cresswell Street, Kestrelford KF2 7NB",
        "Registration sought:  Childminder - Early Years Register",
        "",
        "Other household members:",
        "   ROWLANDS, Finley    DOB 21/06/2018   (son)",
        "   PARFITT, Craig      DOB 30/08/1990   (partner)",
        "",
        "The applicant has given written consent to these checks (copy held by Ofsted).",
        "Please reply to both: applications@ofsted.gov.uk and earlyyears.checks@ofsted.gov.uk",
    ], title="Ofsted suitability request")
    body = multipart("mixed", [
        plain("Hi CASS - another Ofsted suitability request attached. Not known to LADO.\nThanks, Imogen\n"),
        attachment("application/pdf", pdf, "EY-2026-131477 suitability request.pdf")], "----=_Part_9920_1813")
    raw = envelope(f, recv=R, frm=frm, subject="Ofsted check EY-2026-131477", body=body)
    add(f, raw, L(f, R, "ofsted_suitability", "irr_queue", ["notify"],
                  "An Ofsted check (in the attached PDF) in which no named person is in the directory: not known, IRR queue, notify, no case notes.",
                  frm=frm, consent="provided", case_status="not_known"))

    # ---------------------------------------------------------------- 027 (very long: ~30 KB)
    f = "cass/027_tac-minutes-30kb-hawthorne.eml"
    R = "2026-06-22 08:20:09"
    frm = "Helen Okonedo <h.okonedo@larkfield.kestrelford.sch.uk>"
    head = """Dear Orla / CASS,

As promised at Friday's meeting, the full minutes of the Team Around the
Child meeting for Poppy Hawthorne (DOB 18/06/2018) are pasted below, followed
by the attendance extract and the classroom wellbeing log for this academic
year that we agreed to share with the social worker. Apologies for the
length - our system will not export it as a file.

The headline for the social worker is item 6: Poppy's mum has asked for help
with evening routines and we have agreed to ask you about a family support
worker.

Helen Okonedo
Deputy Headteacher & Designated Safeguarding Lead
Larkfield Infant and Nursery School
Tel 0117 496 0280

=======================================================================
TEAM AROUND THE CHILD (TAC) MEETING - MINUTES
Child: Poppy HAWTHORNE    DOB: 18/06/2018    Year 2, Class Kingfisher
Date: Friday 19 June 2026, 13:30-15:10, Larkfield Infant School, Room 4
=======================================================================

Present
  Helen Okonedo (HO)   - DSL, Larkfield Infant and Nursery School (chair)
  Sam Whitby (SW)      - Class teacher, Kingfisher class
  Mrs Rachel Hawthorne (RH) - Poppy's mother
  Orla Fitzgerald (OF) - Social worker, Kestrelford Children in Care team
  Farah Iqbal (FI)     - School nurse, Kestrelford West 5-19 team
  Deb Marston (DM)     - Family Link worker, Larkfield Children's Centre
Apologies
  Dr K. Sethi          - GP, Orchard Park Surgery (report sent)
  Paul Hawthorne       - father (working)

1. Welcome, introductions and purpose of the meeting
HO welcomed everyone and reminded the group that the TAC is a voluntary
meeting held with Mrs Hawthorne's agreement. The purpose is to review the
plan agreed on 13 March and to agree actions for the summer holiday and the
transition to Year 3 at Larkfield Junior School in September. Everyone
introduced themselves. RH said she was happy for the minutes to be shared
with the social worker and with the junior school.

2. Review of actions from the meeting on 13 March 2026
  a) School to offer Poppy a place at breakfast club three mornings a week.
     DONE - Poppy has attended on Monday, Wednesday and Friday since 20 April
     and staff report she eats well and is calmer at the start of the day.
  b) School nurse to complete a sleep questionnaire with RH.
     DONE - completed 28 April; FI to report under item 5.
  c) Family Link worker to support RH to apply for the holiday activities
     and food programme (HAF).
     PARTIALLY DONE - application made; places for August are confirmed but
     July places were full.
  d) Social worker to confirm the contact arrangements with Poppy's
     birth father.
     DONE - OF confirmed that supervised contact remains monthly at the
     family centre; see item 4.
  e) Class teacher to set up a daily "check-in" with a trusted adult.
     DONE - Poppy checks in with Mrs Lowe (TA) every morning.

3. Education update (SW)
Poppy has made good progress in phonics and passed her Year 1 re-check. Her
reading age is now close to her chronological age. Maths remains an area of
difficulty, particularly number bonds and telling the time, and she is in a
small intervention group three times a week. Socially, Poppy has two firm
friends in class and has been much more willing to join in at playtime since
Easter. There have been four occasions this term where she became very upset
at home time, on each occasion on a Friday. SW wondered whether this was
linked to weekend arrangements; RH agreed that Fridays are "hard".
SW shared that Poppy wrote in her diary "I like school because it is the
same every day". The class will move to Larkfield Junior School together.

4. Social care update (OF)
OF gave an update on Poppy's circumstances. Poppy lives with her mother,
stepfather and half-brother. Supervised contact with her birth father takes
place monthly and has gone well; Poppy enjoys it but is tired afterwards.
OF explained that she will be on leave from 27 July to 14 August and that
the duty worker will cover. OF will visit before the end of term and again
in the last week of August.

5. Health update (FI and GP report)
The sleep questionnaire suggested Poppy takes a long time to get to sleep
(often after 21:30) and wakes at least once most nights. FI gave RH advice
on a consistent bedtime routine and reducing screen time before bed, and
provided the "Sleep tight" leaflet. The GP report confirms that Poppy's
asthma is well controlled on her brown inhaler and that her immunisations
are up to date. FI will offer a follow-up appointment in September.

6. Parent's views (RH)
RH said she is pleased with how Poppy is doing in school and thanked staff
for the breakfast club place. She said evenings are "chaos" since her
partner started night shifts and she is finding it hard to manage Poppy's
bedtime and her son's at the same time. She asked whether she could have
some help at home with routines over the summer. OF said she would ask her
team manager about allocating a family support worker and would let RH know
by 3 July. RH also asked about help with the cost of school uniform for the
junior school; DM will send her the details of the uniform exchange.

7. Child's views
HO met Poppy before the meeting. Poppy drew a picture of her family and her
dog. She said the best thing about school is "golden time" and "Mrs Lowe".
She said she sometimes feels "wobbly" on Fridays. When asked what would make
things better she said "more time with Mummy at bedtime".

8. Transition to Year 3
The junior school SENCo, Mrs Adebayo, was unable to attend but has agreed to
two extra transition visits for Poppy on 2 and 9 July, with photographs of
her new classroom and teacher to take home over the summer. HO will pass on
the TAC plan with RH's agreement.

9. Actions agreed
  | No | Action                                                  | Who | By       |
  |----|---------------------------------------------------------|-----|----------|
  | 1  | Ask team manager about a family support worker          | OF  | 03/07/26 |
  | 2  | Send uniform exchange details to RH                     | DM  | 26/06/26 |
  | 3  | Arrange two extra transition visits to the junior school| HO  | 02/07/26 |
  | 4  | Follow-up sleep appointment                             | FI  | 18/09/26 |
  | 5  | Share TAC plan with Larkfield Junior School             | HO  | 17/07/26 |
  | 6  | Confirm HAF places for July if any become free          | DM  | 10/07/26 |
  | 7  | Next TAC meeting (at the junior school)                 | HO  | 02/10/26 |

10. Any other business
None.

Date of next meeting: Friday 2 October 2026, 13:30, Larkfield Junior School.

"""
    rnd = rng_for(f)
    marks_ok = ["/ \\", "/ \\", "/ \\", "/ \\", "/ \\", "L \\", "/ \\", "I I", "M \\", "/ \\", "O O"]
    notes = {"L ": "late - arrived 09:07, mum said the bus was late",
             "I ": "illness - reported by mum by phone, temperature",
             "M ": "medical appointment (asthma review) - returned 10:40",
             "O ": "unauthorised - no contact from home; first-day calling made at 09:40"}
    lines = ["", "ATTENDANCE EXTRACT 2025/26 (AM / PM marks)", "-" * 60]
    day = dt.date(2025, 9, 3)
    closures = [(dt.date(2025, 10, 27), dt.date(2025, 10, 31)), (dt.date(2025, 12, 22), dt.date(2026, 1, 2)),
                (dt.date(2026, 2, 16), dt.date(2026, 2, 20)), (dt.date(2026, 3, 30), dt.date(2026, 4, 10)),
                (dt.date(2026, 5, 25), dt.date(2026, 5, 29))]
    present = sessions = 0
    while day <= dt.date(2026, 6, 19):
        if day.weekday() < 5 and day not in HOL and not any(a <= day <= b for a, b in closures):
            m = rnd.choice(marks_ok)
            sessions += 2
            present += sum(1 for c in m.split() if c in "/\\LM")
            note = notes.get(m[:2], "")
            lines.append(f"{day.strftime('%a %d/%m/%Y')}   {m}   {note}".rstrip())
        day += dt.timedelta(days=1)
    lines.append("-" * 60)
    lines.append(f"Sessions possible: {sessions}   Present (incl. late/approved): {present}   "
                 f"Attendance: {100 * present / sessions:.1f}%")
    wb = ["", "CLASSROOM WELLBEING LOG (Kingfisher class, completed by class staff)", "-" * 60]
    moods = ["settled and cheerful on arrival", "quiet on arrival, brightened after breakfast club",
             "tearful at the door, settled with Mrs Lowe within ten minutes", "chatty, told staff about her dog",
             "tired - yawning through phonics", "proud of her reading certificate", "upset at home time",
             "played with Isabelle and Mo at lunchtime", "asked to sit near the teacher during maths",
             "forgot PE kit, lent spare kit", "brought in a drawing of her brother",
             "said she had been to the family centre at the weekend"]
    actions = ["no action needed", "check-in with TA extended", "mum informed at pick-up", "logged for DSL awareness",
               "praise sticker given", "quiet space offered at lunchtime", "reading with TA"]
    day = dt.date(2025, 9, 3)
    while day <= dt.date(2026, 6, 19):
        if day.weekday() < 5 and day not in HOL and not any(a <= day <= b for a, b in closures):
            mood = rnd.choice(moods)
            if day.weekday() == 4 and rnd.random() < 0.3:
                mood = "upset at home time (Friday)"
            wb.append(f"{day.strftime('%d/%m')}  {mood}; {rnd.choice(actions)}. Initials: {rnd.choice(['SW', 'JL', 'SW', 'TA'])}")
        day += dt.timedelta(days=1)
    tail = """
-----------------------------------------------------------------------
Minutes are confidential and shared with the consent of Poppy's mother.
They must not be forwarded outside the agencies named above.
-----------------------------------------------------------------------

Larkfield Infant and Nursery School is part of the Kestrelford Learning
Partnership, a charitable company limited by guarantee registered in England
and Wales (company no. 08917733). Registered office: Larkfield Road,
Kestrelford KF6 2DS. The contents of this e-mail are confidential to the
intended recipient and may be legally privileged. If you have received this
e-mail in error please notify the sender immediately and delete it. Views or
opinions expressed are those of the author and do not necessarily represent
those of the Trust. Although the Trust has taken reasonable precautions to
ensure no viruses are present in this e-mail, it cannot accept responsibility
for any loss or damage arising from the use of this e-mail or attachments.
"""
    txt = head + "\n".join(lines) + "\n" + "\n".join(wb) + "\n" + tail
    raw = envelope(f, recv=R, frm=frm, subject="TAC minutes 19/06 - Poppy Hawthorne (long, sorry!)",
                   body=plain(txt, "quoted-printable"), cc="Orla Fitzgerald <o.fitzgerald@kestrelford.gov.uk>")
    add(f, raw, L(f, R, "correspondence", "allocated_worker", ["notify", "save_case_note"],
                  "Very long TAC minutes (about 30 KB) about an open child, including the mother's request for help: allocated worker with a case note.",
                  frm=frm, concern=True, case_status="open", subjects=["750370"], case_notes=["750370"],
                  acceptable={"concern": [True, False]}))

    # ---------------------------------------------------------------- 028
    f = "cass/028_followup-unknown-000412-outlook-block.eml"
    R = "2026-07-02 14:00:41"
    frm = "Craig Donnelly <c.donnelly@stmarksprimary.kestrelford.sch.uk>"
    txt = """Hello,

I've not heard anything back on this yet - could someone let me know where
it's up to please? Term ends in three weeks.

Thanks
Craig

Craig Donnelly | Assistant Head & DSL | St Mark's CE Primary
0117 496 0516

________________________________
From: CASS <cass@kestrelford.gov.uk>
Sent: 16 June 2026 11:04
To: Craig Donnelly <c.donnelly@stmarksprimary.kestrelford.sch.uk>
Subject: CASS-2026-000412 - acknowledgement

Thank you for your information request. It has been logged under reference
CASS-2026-000412. Please quote this reference in any further correspondence.

Kestrelford Children's Advice and Support Service
"""
    raw = envelope(f, recv=R, frm=frm, subject="RE: CASS-2026-000412 - acknowledgement", body=plain(txt),
                   extra_headers=["In-Reply-To: <cass-ack-000412@kestrelford.gov.uk>",
                                  "References: <cass-ack-000412@kestrelford.gov.uk>",
                                  "Thread-Topic: CASS-2026-000412 - acknowledgement",
                                  "Thread-Index: AdrPq1bQ2cX0m7v0TRa6hLk1uE9nNw=="])
    add(f, raw, L(f, R, "follow_up", "exceptions", [],
                  "A chaser quoting a CASS reference of the configured form that the tracker does not hold: unknown_reference, exceptions.",
                  frm=frm, related="CASS-2026-000412", exception="unknown_reference",
                  acceptable={"related_reference": ["CASS-2026-000412", None]}))

    # ---------------------------------------------------------------- 029
    f = "cass/029_hv-replyto-gmail-mismatch-doyle-bobby.eml"
    R = "2026-07-07 12:00:16"
    frm = "Kirsty Vance <kirsty.vance3@nhs.net>"
    rt = "Kirsty Vance <kirstyvance.hv@gmail.com>"
    txt = """Hi,

I'm the health visitor for Bobby Doyle, DOB 04/01/2022. Can you tell me
who his social worker is and their number? I've got his 4-year review
coming up.

I'm mostly working from my own laptop this week as my NHS one is being
re-imaged, so please reply to my gmail.

Kirsty Vance, Health Visitor, Kestrelford West 0-5 team
07700 900 204
"""
    raw = envelope(f, recv=R, frm=frm, reply_to=rt, subject="Bobby Doyle - who is SW?", body=plain(txt))
    add(f, raw, L(f, R, "information_request", "exceptions", [],
                  "Reply-To at gmail.com differs from the nhs.net From: reply_to_mismatch, exceptions, nothing sent.",
                  frm=frm, reply_to=rt, irr_level=1, consent="missing", case_status="open", subjects=["750212"],
                  exception="reply_to_mismatch"))

    # ---------------------------------------------------------------- 030
    f = "cass/030_housing-original-message-no-child-named.eml"
    R = "2026-07-15 15:35:22"
    frm = "Nikhil Batra <nikhil.batra@harbourhomes.org.uk>"
    txt = """Dear Children's Services,

I am forwarding the note below from our caretaker. I do not know the
children's names; the tenancy is in the name of the mother, and I am not
able to share tenant details by email without a data request. The
property is Flat 3, 22 Wren Court, Kestrelford KF2 9EL.

Regards,
Nikhil Batra
Neighbourhood Officer
Harbour Homes Housing Association
0161 496 0755

-----Original Message-----
From: Stephen Hale <stephen.hale@harbourhomes.org.uk>
Sent: 15 July 2026 13:02
To: Nikhil Batra <nikhil.batra@harbourhomes.org.uk>
Subject: Wren Court flat 3

Nik

Third time this month I've seen the two little ones from flat 3 out on the
walkway on their own, no shoes, nappy on the youngest, no adult about.
Knocked and got no answer for 20 mins. Smell of rubbish coming from the
letterbox. They look about 2 and 4. Neighbour at no.4 says mum works nights.
Can you pass it on to someone?

Steve
Caretaker - Wren Court / Sedge Court
"""
    raw = envelope(f, recv=R, frm=frm, subject="FW: Wren Court flat 3", body=plain(txt),
                   extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: Wren Court flat 3"])
    add(f, raw, L(f, R, "correspondence", "exceptions", [],
                  "A concern about unnamed children at an address: correspondence that names no child, so no_subject_identified.",
                  frm=frm, concern=True, exception="no_subject_identified",
                  acceptable={"case_status": [None, "not_known"]}))

    # ---------------------------------------------------------------- 031
    f = "cass/031_no-subject-header-gp-closed-osei.eml"
    R = "2026-07-24 09:05:58"
    frm = "Dr Philippa Nwosu <philippa.nwosu@nhs.net>"
    txt = """Dear Colleagues,

Amara Osei, date of birth 10 October 2014, of 5 Linnet Close, KF7 3AG.

We have a "child in need" code on Amara's record. Could you confirm whether
children's social care are still involved, and if the case has closed, the
date of closure, so that we can update the coding?

Thank you.

Dr P. Nwosu
GP Safeguarding Lead, Linnet Lane Medical Practice
0113 496 0688
"""
    raw = envelope(f, recv=R, frm=frm, subject=None, body=plain(txt))
    add(f, raw, L(f, R, "information_request", "level1_reply", ["acknowledge", "level1_response"],
                  "No Subject header; the body asks only whether the case is still open or when it closed (level 1); the case closed on 26 June: level-1 reply.",
                  frm=frm, irr_level=1, consent="missing", case_status="closed", subjects=["750220"]))

    # ---------------------------------------------------------------- 032
    f = "cass/032_camhs-base64-html-personal-interest-ni-mcallister.eml"
    R = "2026-07-31 10:15:03"
    frm = "Kestrelford CAMHS <kestrelford.camhs@nhs.net>"
    hh = """<html><body style="font-family:Arial;font-size:11pt">
<p><b>Kestrelford Child and Adolescent Mental Health Service</b><br>Beech House, Kestrelford General Hospital</p>
<p>Clinic letter &ndash; 29 July 2026</p>
<table cellpadding="2"><tr><td>Name:</td><td>Conor McALLISTER</td></tr>
<tr><td>DOB:</td><td>04/12/2012</td></tr><tr><td>NHS no:</td><td>485 777 3456</td></tr></table>
<p>Conor was seen for his six-monthly review with his mother. His mood has been stable since the spring and he
has been attending school full time. He reports sleeping well. He continues on sertraline 50mg daily with no side
effects. No risk concerns were identified today.</p>
<p><b>Plan:</b> continue sertraline; review in six months; discharge to GP if he remains well.</p>
<p>Dr S. Maguire, Consultant Child and Adolescent Psychiatrist</p>
<p>cc: GP; parent; Children&rsquo;s Social Care</p></body></html>
"""
    raw = envelope(f, recv=R, frm=frm, subject="Clinic letter - C McAllister", body=html(hh, "base64"))
    add(f, raw, L(f, R, "medical_correspondence", "restricted", ["notify"],
                  "A CAMHS clinic letter about a personal-interest record (area NI): restricted route, notify only; no concern, so not marked urgent.",
                  frm=frm, case_status="restricted", subjects=["750190"]))

    # ---------------------------------------------------------------- 033
    f = "cass/033_mentoring-bst-midnight-closed-over-month-oyelaran.eml"
    R = "2026-08-31 23:30:10"
    frm = "Brightside Mentoring <referrals.admin@brightsidementoring.org.uk>"
    txt = """Dear Sir/Madam,

Marcus Oyelaran (DOB 14/02/2012) has been matched with one of our volunteer
mentors since March. At his session this evening Marcus told his mentor
that he has been staying out until after midnight with older boys he met in
the park, that one of them gave him a phone, and that he has been asked to
"drop off parcels" for them. His mentor is worried he is being groomed for
county lines.

Marcus's previous social worker (Tom) closed the case at the end of July.
We are aware the case is closed but did not know where else to send this.
We would be grateful if someone could look at whether Marcus needs support.

Kind regards,

Lucy Hammond
Programme Manager
Brightside Mentoring (charity no. 1170055)
0117 496 0967
"""
    raw = envelope(f, recv=R, frm=frm, subject="Concern - Marcus Oyelaran", body=plain(txt, "base64"),
                   date_tz="+0100")
    add(f, raw, L(f, R, "correspondence", "front_door", ["notify"],
                  "Stamped 23:30 UTC on 31 August, which is 00:30 on 1 September in London: more than one month after closure on 31 July, so a concern goes to the front door, not re-referral.",
                  frm=frm, concern=True, case_status="closed", subjects=["750360"]))

    # ---------------------------------------------------------------- 034
    f = "cass/034_ofsted-doyle-again-outside-window.eml"
    R = "2026-09-02 09:50:37"
    frm = "Imogen Tarrant <imogen.tarrant@kestrelford.gov.uk>"
    txt = """Morning CASS,

Another Ofsted suitability check for Sharon Doyle, I'm afraid. Her
registration lapsed over the summer and she has re-applied, so Ofsted want
fresh checks (new reference EY-2026-140962). Your last response was in
February.

  Applicant: Sharon Louise Doyle, DOB 14-03-1989
  Children in household: Harvey Doyle (26-05-2017), Lexi Doyle
  (08-08-2019), Bobby Doyle (04-01-2022)
  Consent: signed consent held by Ofsted

Not known to LADO.

Best wishes
Imogen
LADO | 020 7946 0312
"""
    raw = envelope(f, recv=R, frm=frm, subject="Ofsted suitability - Sharon DOYLE (re-application)", body=plain(txt))
    add(f, raw, L(f, R, "ofsted_suitability", "irr_queue", ["notify", "save_case_note"],
                  "Same applicant as February, but the earlier checks were more than 90 days ago: treated as a new check, IRR queue with case notes on all three siblings.",
                  frm=frm, consent="provided", case_status="open", subjects=["750210", "750211", "750212"],
                  case_notes=["750210", "750211", "750212"]))

    # ---------------------------------------------------------------- 035
    f = "cass/035_ofsted-rfc822-attached-locked-ogunleye.eml"
    R = "2026-09-09 11:20:44"
    frm = "Imogen Tarrant <imogen.tarrant@kestrelford.gov.uk>"
    inner = ("Date: Tue, 08 Sep 2026 15:41:09 +0100\n"
             "From: Ofsted Applications <applications@ofsted.gov.uk>\n"
             "To: LADO <lado@kestrelford.gov.uk>\n"
             "Subject: Suitability check request EY-2026-142210\n"
             "Message-ID: <ey-2026-142210.1@ofsted.gov.uk>\n"
             "MIME-Version: 1.0\n"
             "Content-Type: text/plain; charset=\"utf-8\"\n"
             "Content-Transfer-Encoding: 7bit\n\n"
             "Dear LADO,\n\n"
             "Please carry out local authority checks for the following applicant to the\n"
             "Childcare Register.\n\n"
             "Applicant: ADEYEMI, Funmilayo        DOB 05/05/1984\n"
             "Role: home childcarer (nanny)\n"
             "Household members: OGUNLEYE, Precious  DOB 30/03/2016 (niece)\n\n"
             "The applicant has consented to these checks.\n\n"
             "Regards\nOfsted Applications, Early Years Regulatory Support\n").encode()
    body = multipart("mixed", [
        plain("CASS,\n\nOfsted request attached as received. Applicant not known to LADO, but the child in the "
              "household may be known to you.\n\nImogen\n"),
        leaf("message/rfc822", inner, "7bit", None,
             ["Content-Disposition: attachment; filename=\"Suitability check request EY-2026-142210.eml\""])],
        "----=_NextPart_000_00A1_01DD2F0E")
    raw = envelope(f, recv=R, frm=frm, subject="FW: Suitability check request EY-2026-142210", body=body)
    add(f, raw, L(f, R, "ofsted_suitability", "restricted", ["notify"],
                  "Ofsted's request, forwarded as an attached message, names a child in a locked household: restricted route, notify only, no case notes.",
                  frm=frm, consent="provided", case_status="restricted", subjects=["750171"]))

    # ---------------------------------------------------------------- 036
    f = "cass/036_nursery-related-logo-invalid-replyto-penhaligon-theo.eml"
    R = "2026-09-14 08:45:25"
    frm = "Khadija Ahmed <k.ahmed@brambles-nursery.org.uk>"
    rt = "k.ahmed.@brambles-nursery.org.uk"
    hh = """<html><body style="font-family:'Segoe UI',sans-serif;font-size:10.5pt">
<p>Good morning,</p>
<p>Theo Penhaligon (born 2nd May 2023) started with us in the Toddler Room today. Mum says the family has a
social worker &ndash; could you let us know who that is and how to contact them, please?</p>
<p>Thank you,<br>Khadija Ahmed<br>Deputy Manager</p>
<p><img src="cid:brambles-logo@01DD4412" alt="Brambles Nursery" width="160" height="48"><br>
<span style="color:#2e7d32">Brambles Community Nursery &bull; 0117 496 0129 &bull; Registered charity 1158820</span></p>
</body></html>
"""
    txt = ("Good morning,\n\nTheo Penhaligon (born 2nd May 2023) started with us in the Toddler Room today. Mum says "
           "the family has a social worker - could you let us know who that is and how to contact them, please?\n\n"
           "Thank you,\nKhadija Ahmed\nDeputy Manager\nBrambles Community Nursery - 0117 496 0129\n")
    alt = multipart("alternative", [plain(txt), html(hh)], "alt-7f9c2e51")
    body = multipart("related", [alt[len(b""):], attachment("image/png", make_png(160, 48, (46, 125, 50)), "brambles.png",
                                                           inline_cid="brambles-logo@01DD4412")],
                     "rel-7f9c2e51", '; type="multipart/alternative"')
    raw = envelope(f, recv=R, frm=frm, reply_to=rt, subject="New starter - Theo", body=body)
    add(f, raw, L(f, R, "information_request", "exceptions", ["acknowledge"],
                  "Level-1 question on an open case, but the Reply-To (same domain) is not a valid address: the level-1 answer is dropped, nonsecure_address, the acknowledgement still goes.",
                  frm=frm, reply_to=rt, irr_level=1, consent="missing", case_status="open", subjects=["750311"],
                  exception="nonsecure_address"))

    # ---------------------------------------------------------------- 037
    f = "cass/037_school-letter-ics-invite-fairclough.eml"
    R = "2026-09-22 13:30:08"
    frm = "Mrs P. Antwi (SENCo) <p.antwi@kilnlane.kestrelford.sch.uk>"
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261015T090000Z
DTEND:20261015T100000Z
UID:040000008200E00074C5B7101A82E0080000000012A7F3C5
SUMMARY:EHCP annual review - W. Fairclough
LOCATION:Kiln Lane Primary - SENCo office
ORGANIZER;CN=P Antwi:mailto:p.antwi@kilnlane.kestrelford.sch.uk
DESCRIPTION:Annual review of the EHC plan.
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n").encode()
    txt = """Dear Mr Ashcroft,

Re: Willow Fairclough, Year 5 (DOB 12/12/2016)

Further to your visit in July, I'm writing to let you know that the local
authority has agreed to issue an Education, Health and Care Plan for Willow.
The final plan names Kiln Lane Primary and provides 15 hours of 1:1 support
each week, speech and language therapy once a fortnight, and a place in our
nurture group every afternoon.

Willow has settled well into Year 5. She has had no days off this term and
is enjoying the nurture group. I've attached an invitation to her first
annual review; it would be really helpful if you could attend.

Kind regards

Mrs Patience Antwi
SENCo, Kiln Lane Primary School
0117 496 0463
"""
    body = multipart("mixed", [plain(txt, "quoted-printable"),
                               attachment("text/calendar", ics, "invite.ics")], "_=_swift_1790_4e1f_=_")
    raw = envelope(f, recv=R, frm=frm, subject="Willow F - EHCP issued / annual review invite", body=body)
    add(f, raw, L(f, R, "correspondence", "allocated_worker", ["notify", "save_case_note"],
                  "A SENCo's letter about an open child's EHC plan (the calendar invite is incidental): allocated worker with a case note.",
                  frm=frm, case_status="open", subjects=["750230"], case_notes=["750230"]))

    # ---------------------------------------------------------------- 038
    f = "cass/038_counsellor-latin1-html-special-client-brennan.eml"
    R = "2026-10-01 10:00:51"
    frm = "Laura O'Sullivan <l.osullivan@oakvale-academy.org.uk>"
    hh = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
          "<p>Dear CASS,</p>"
          "<p>I am the school counsellor at Oakvale Academy and have started weekly sessions with <b>Tilly Brennan</b> "
          "(date of birth 15/01/2018). Tilly\u00b4s foster carer has mentioned that she is looked after by Kestrelford.</p>"
          "<p>So that I can work safely with Tilly, could you share a summary of her background: why she came into "
          "care, her current care plan and any contact arrangements I should be aware of? Tilly\u00b4s birth mother, "
          "who retains parental responsibility, has signed the school\u00b4s consent to share form (copy available on "
          "request) and her social worker has also agreed.</p>"
          "<p>Many thanks,<br>Laura O\u00b4Sullivan MBACP<br>School Counsellor, Oakvale Academy<br>"
          "Tel: 0161 496 0812</p></body></html>\n")
    txt = ("Dear CASS,\n\nI am the school counsellor at Oakvale Academy and have started weekly sessions with Tilly "
           "Brennan (date of birth 15/01/2018). Tilly\u00b4s foster carer has mentioned that she is looked after by "
           "Kestrelford.\n\nSo that I can work safely with Tilly, could you share a summary of her background: why she "
           "came into care, her current care plan and any contact arrangements I should be aware of? Tilly\u00b4s birth "
           "mother, who retains parental responsibility, has signed the school\u00b4s consent to share form (copy "
           "available on request) and her social worker has also agreed.\n\nMany thanks,\nLaura O\u00b4Sullivan MBACP\n"
           "School Counsellor, Oakvale Academy\nTel: 0161 496 0812\n")
    body = multipart("alternative", [plain(txt, "quoted-printable", "iso-8859-1"),
                                     html(hh, "quoted-printable", "iso-8859-1")], "----=_Part_3310_15.1790")
    raw = envelope(f, recv=R, frm=frm, subject="Background information - Tilly Brennan", body=body)
    add(f, raw, L(f, R, "information_request", "restricted", ["acknowledge", "notify"],
                  "Level-2 request with parental consent about a child with a special client record: restricted route, plain acknowledgement and notify only.",
                  frm=frm, irr_level=2, consent="provided", case_status="restricted", subjects=["750180"]))

    # ---------------------------------------------------------------- 039
    f = "cass/039_otherla-consent-pdf-closed-marchant.eml"
    R = "2026-10-06 16:10:27"
    frm = "Femi Adeola <femi.adeola@brackenfield.gov.uk>"
    pdf = make_pdf([
        "# Brackenfield Children's Services - Consent to share information",
        "",
        "Child: Chloe MARCHANT    Date of birth: 19/03/2013",
        "Parent/carer: Ms Danielle Marchant (mother, parental responsibility)",
        "",
        "I agree that Brackenfield Children's Services may request and receive information about",
        "my child from other local authorities, health services and schools for the purpose of",
        "a Child and Family Assessment.",
        "",
        "Signed: D. Marchant                     Date: 01/10/2026",
        "Consent obtained by: F. Adeola, Social Worker, Brackenfield Assessment Team",
    ], title="Consent to share")
    txt = """Good afternoon,

MARCHANT, Chloe - DOB 19-Mar-2013
Previous address: 88 Kingfisher Way, Kestrelford KF4 1RR

Chloe and her mum moved to Brackenfield in the summer and we are completing
a Child and Family Assessment following a referral from her new school
about low mood. Mum has told us Kestrelford were involved until last
November.

Please could you share a summary of your involvement: the dates, the
reasons, and any assessments or plans? Mum's signed consent is attached.

Thank you,

Femi Adeola
Social Worker | Assessment Team 2
Brackenfield Metropolitan Borough Council
0191 498 0143

The information in this e-mail is confidential and may be legally
privileged. It is intended solely for the addressee. Brackenfield MBC
cannot accept any liability for any loss or damage sustained as a result
of software viruses.
"""
    body = multipart("mixed", [plain(txt), attachment("application/pdf", pdf, "Marchant consent 011026.pdf")],
                     "Apple-Mail=_8A5C1F22-1E0B-4F8C-9A3E-2B7F61D0C4AA")
    raw = envelope(f, recv=R, frm=frm, subject="Request for information - MARCHANT Chloe", body=body)
    add(f, raw, L(f, R, "information_request", "irr_queue", ["acknowledge", "notify"],
                  "Level 2 with a signed consent form attached, about a case closed in November 2025 ('Chloe' matches Chloé): IRR queue.",
                  frm=frm, irr_level=2, consent="provided", case_status="closed", subjects=["750110"],
                  acceptable={"concern": [False, True]}))

    # ---------------------------------------------------------------- 040
    f = "cass/040_plo-same-name-dob-burrows-kayden.eml"
    R = "2026-10-13 09:25:36"
    frm = "Hollie Stanway <hollie.stanway@northwold.gov.uk>"
    txt = """Dear Kestrelford CASS,

Kayden BURROWS  -  d.o.b. 9th July 2016

Northwold issued a PLO letter before proceedings to Kayden's father last
week and we are now in the pre-proceedings stage. Kayden lived in
Kestrelford with his father until 2025 and I understand there was a child
protection plan while he was there.

For the social work evidence I need a chronology of Kestrelford's
involvement, copies or summaries of any assessments, the dates of any child
protection plan and the reasons the case closed. The pre-proceedings
meeting is on 10 November.

Regards,
Hollie Stanway
Social Worker, Court and Pre-Proceedings Team
Northwold Council, Children's Services
Tel 0113 496 0262 | Mobile 07700 900 733
"""
    hh = ("<div style=\"font-family:Calibri;font-size:11pt\">" + txt.replace("&", "&amp;").replace("\n\n", "</p><p>")
          .replace("\n", "<br>") + "</div>\n")
    body = multipart("alternative", [plain(txt), html("<p>" + hh + "</p>")], "_000_AM0PR02MB5443E1_")
    raw = envelope(f, recv=R, frm=frm, subject="PLO - chronology request - Kayden Burrows", body=body,
                   extra_headers=["Thread-Topic: PLO - chronology request - Kayden Burrows"])
    add(f, raw, L(f, R, "information_request", "irr_queue", ["acknowledge", "notify"],
                  "The date of birth picks the closed one of two Kayden Burrows records; PLO means consent is not required; level 2 on a closed case: IRR queue.",
                  frm=frm, irr_level=2, consent="not_required", consent_basis="plo_or_proceedings",
                  case_status="closed", subjects=["750151"], acceptable={"concern": [False, True]}))


def cass_41_60():
    # ---------------------------------------------------------------- 041
    f = "cass/041_police-cait-eclipse-id-replyto-same-domain-stroud.eml"
    R = "2026-10-20 14:40:03"
    frm = "DC Caitlin Dooley <caitlin.dooley@harrowmoor.police.uk>"
    rt = "CAIT Referrals <CAIT.Referrals@harrowmoor.police.uk>"
    txt = """OFFICIAL-SENSITIVE

CASS,

Child Abuse Investigation Team - request for information

Elijah STROUD, DOB 02/11/2010, Eclipse ID 750380 (provided by your MASH at
the strategy meeting in August).

We received a third-party report last night that Elijah has been seen with
injuries to his face and that he told a friend his uncle "beat him up" at
the weekend. Officers have been unable to locate Elijah today; he was not at
school. Given the allegation and that he is currently unaccounted for, we
need to know without delay what you hold: the current plan, the allocated
worker, any recent concerns, and whether the uncle (Ryan STROUD, 17/04/1991)
is known to you as a risk.

Please reply to the CAIT Referrals mailbox so that whoever is on shift picks
it up.

DC 4470 Caitlin Dooley
Child Abuse Investigation Team (CAIT) - Harrowmoor Police
0161 496 0199
"""
    raw = envelope(f, recv=R, frm=frm, reply_to=rt, subject="CAIT enquiry - STROUD Elijah - child currently missing",
                   body=plain(txt, "quoted-printable"), extra_headers=["Importance: High"])
    add(f, raw, L(f, R, "information_request", "allocated_worker", ["acknowledge", "mark_urgent", "notify", "save_case_note"],
                  "Police investigating an assault on a missing child need the information promptly (significant harm: urgent, consent not required); open case; the Reply-To is the same force's generic mailbox, which is secure.",
                  frm=frm, reply_to=rt, irr_level=2, consent="not_required", consent_basis="significant_harm",
                  urgent=True, urgency_reason="significant_harm", concern=True, case_status="open",
                  subjects=["750380"], case_notes=["750380"]))

    # ---------------------------------------------------------------- 042
    f = "cass/042_school-office-generic-open-foster-2012.eml"
    R = "2026-10-26 09:10:19"
    frm = "St Bede's Academy Office <office@stbedes.kestrelford.sch.uk>"
    txt = """Dear Sir/Madam

Pupil: FOSTER Ellie-Mae   DOB: 02/05/2012   Year 9

Ellie-Mae joined St Bede's from Northwold this half term. Her carer told our
admissions team that she is looked after by Kestrelford. Our DSL, Mr Arkwright,
needs to understand Ellie-Mae's care arrangements, the name of her social
worker and virtual school contact, and any information relevant to her
safety in school (e.g. contact restrictions). Her carer and her birth mother
have both given consent for this information to be shared with the school.

Please address any reply for the DSL's attention.

St Bede's Catholic Academy
Admissions & Office Team
0161 496 0455
"""
    raw = envelope(f, recv=R, frm=frm, subject="New pupil - care arrangements - FOSTER Ellie-Mae", body=plain(txt))
    add(f, raw, L(f, R, "information_request", "allocated_worker",
                  ["acknowledge", "notify", "request_personal_address", "save_case_note"],
                  "The date of birth picks the open Ellie-Mae Foster; level 2 with consent from a generic non-secure office address: allocated worker, case note and a request for a personal address.",
                  frm=frm, irr_level=2, consent="provided", case_status="open", subjects=["750161"],
                  case_notes=["750161"]))

    # ---------------------------------------------------------------- 043
    f = "cass/043_coach-latin1-subject-rereferral-gallagher.eml"
    R = "2026-10-30 11:00:47"
    frm = "Declan Moriarty <declan@kestrelfordhurling.co.uk>"
    txt = """Hi,

I coach the U14s at Kestrelford Gaels. Sean Gallagher (born 30/08/2012) has
been with us three seasons. I heard his case with you closed a few weeks
ago.

At training on Wednesday Sean had a large bruise on his cheek and a cut lip.
He said he "fell off his bike" but one of the other lads told me Sean's
older brother did it, and that it happens a lot. Sean also asked me if he
could stay at mine over half-term because "home's bad at the minute".

I wasn't sure who to tell so I'm emailing you. Can someone help him?

Declan Moriarty
Head Coach U12-U14, Kestrelford Gaels Hurling Club
07700 900 856
"""
    raw = envelope(f, recv=R, frm=frm, subject="=?iso-8859-1?Q?Se=E1n_Gallagher_-_worried_about_him?=",
                   body=plain(txt))
    add(f, raw, L(f, R, "correspondence", "re_referral", ["notify", "save_case_note"],
                  "Injuries and a request for help three weeks after closure on 9 October (accent only in the encoded subject): re-referral with a case note.",
                  frm=frm, concern=True, case_status="closed", subjects=["750130"], case_notes=["750130"]))

    # ---------------------------------------------------------------- 044
    f = "cass/044_charity-generic-closed-consent-foster-2015.eml"
    R = "2026-11-04 10:30:12"
    frm = "Hearth & Home Family Support <support@hearthandhome.org.uk>"
    hh = """<html><body>
<p>Good morning,</p>
<p>We have received a self-referral from Ms Amber Foster for support with her daughter
<b>Ellie-Mae Foster</b>, <b>DOB 23.11.2015</b>. Ms Foster tells us that Kestrelford Children&#39;s Services
worked with the family until earlier this year.</p>
<p>To help us plan the right support we would be grateful for a summary of the previous involvement:
why the family were open to you, what the plan was, and why the case was closed.
Ms Foster has signed our consent form agreeing to this request (she holds parental responsibility).</p>
<p>With thanks,<br>
Referrals Coordinator<br>
Hearth &amp; Home Family Support &middot; 0117 496 0802<br>
<i>Registered charity no. 1165342</i></p>
</body></html>
"""
    raw = envelope(f, recv=R, frm=frm, subject="Previous involvement - Ellie-Mae Foster (23.11.2015)",
                   body=html(hh))
    add(f, raw, L(f, R, "information_request", "irr_queue", ["acknowledge", "notify", "request_personal_address"],
                  "The date of birth picks the closed Ellie-Mae Foster; level 2 with consent on a closed case from a generic non-secure address: IRR queue plus a request for a personal address.",
                  frm=frm, irr_level=2, consent="provided", case_status="closed", subjects=["750160"]))

    # ---------------------------------------------------------------- 045
    f = "cass/045_dsl-personal-nonsecure-level1-cartwright.eml"
    R = "2026-11-11 15:15:30"
    frm = "Rob Sheridan <rob.sheridan@thornleigh.kestrelford.sch.uk>"
    txt = """Hi CASS

Riley Cartwright, DOB 13/03/2015 - is there an allocated social worker?
If so, name and number please. Riley told his teacher his "social worker is
called Orla" and we don't have anything on file.

Cheers
Rob Sheridan, DSL, Thornleigh Primary
0117 496 0704
"""
    raw = envelope(f, recv=R, frm=frm, subject="Riley C - SW?", body=plain(txt))
    add(f, raw, L(f, R, "information_request", "exceptions", ["acknowledge"],
                  "Level-1 question; the date of birth picks one of two Riley Cartwright records (open); the school address is personal but not secure, so nonsecure_address with the acknowledgement only.",
                  frm=frm, irr_level=1, consent="missing", case_status="open", subjects=["750340"],
                  exception="nonsecure_address"))

    # ---------------------------------------------------------------- 046
    f = "cass/046_eal-polish-rfc2047-consent-pdf-nowakowska.eml"
    R = "2026-11-17 12:05:44"
    frm = "=?utf-8?B?QWduaWVzemthIFfDs2pjaWs=?= <a.wojcik@meadowbank.kestrelford.sch.uk>"
    pdf = make_pdf([
        "# Meadowbank Primary School - Consent to share information / Zgoda na udostepnienie informacji",
        "",
        "Pupil / Uczen: Lucja Nowakowska          Date of birth / Data urodzenia: 14/04/2016",
        "Parent / Rodzic: Marta Nowakowska (mother / matka)",
        "",
        "I agree that the school may ask Kestrelford Children's Services for information about my",
        "child to support her education and wellbeing.",
        "Wyrazam zgode na to, aby szkola zwrocila sie do Kestrelford Children's Services o informacje.",
        "",
        "Signed / Podpis: M. Nowakowska                   Date / Data: 12/11/2026",
        "Interpreter present: A. Wojcik (EAL coordinator)",
    ], title="Consent")
    txt = """Dear colleagues,

I am the EAL coordinator at Meadowbank Primary. Łucja Nowakowska (DOB
14/04/2016) joined Year 6 in September. Her mother has told us, through me
as interpreter, that Łucja has a social worker from the Children with
Disabilities team.

We are planning Łucja's support for secondary transfer and would like to
know the outline of her plan, the needs it covers and whether the social
worker could contribute to a transition meeting. Mrs Nowakowska's signed
consent (in Polish and English) is attached.

Z poważaniem / Kind regards
Agnieszka Wójcik
EAL Coordinator, Meadowbank Primary School
0117 496 0358
"""
    body = multipart("mixed", [plain(txt, "base64"),
                               attachment("application/pdf", pdf, "Zgoda - consent.pdf",
                                          encoded_name='"' + rfc2047("Zgoda Łucja N - consent.pdf") + '"')],
                     "=-2mZ0p8Yq1sRvq7bYgq3u")
    raw = envelope(f, recv=R, frm=frm, subject=rfc2047("Prośba o informacje / information request – Łucja Nowakowska"),
                   body=body)
    add(f, raw, L(f, R, "information_request", "allocated_worker", ["acknowledge", "notify", "save_case_note"],
                  "Level 2 with a parent's signed consent (attached) about an open child named with Polish diacritics: allocated worker with a case note.",
                  frm=frm, irr_level=2, consent="provided", case_status="open", subjects=["750140"],
                  case_notes=["750140"]))

    # ---------------------------------------------------------------- 047
    f = "cass/047_followup-000102-cafcass-outlook-html.eml"
    R = "2026-11-23 09:00:27"
    frm = "Leonie Abbott <leonie.abbott@cafcass.gov.uk>"
    hh = """<html><body><div style="font-family:Calibri;font-size:11pt">
<p>Hi,</p>
<p>Just to let you know the hearing has been adjourned to 14 January, so there is a little more time for the
information I asked for. Could you confirm you have everything you need from me?</p>
<p>Thanks, Leonie</p>
<p>Leonie Abbott | Family Court Adviser | Cafcass | 020 7946 0661</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> CASS &lt;cass@kestrelford.gov.uk&gt;<br>
<b>Sent:</b> 21 October 2026 14:12<br>
<b>To:</b> Leonie Abbott &lt;leonie.abbott@cafcass.gov.uk&gt;<br>
<b>Subject:</b> CASS-2026-000102 - your request has been received</p></div>
<p>Thank you for your request, which has been logged as CASS-2026-000102.</p>
</div></body></html>
"""
    raw = envelope(f, recv=R, frm=frm, subject="RE: CASS-2026-000102 - your request has been received",
                   body=html(hh), extra_headers=["Thread-Topic: CASS-2026-000102 - your request has been received"])
    add(f, raw, L(f, R, "follow_up", "reference_owner", ["notify"],
                  "An HTML reply under a reference the tracker holds: follow-up to the reference owner.",
                  frm=frm, related="CASS-2026-000102"))

    # ---------------------------------------------------------------- 048
    f = "cass/048_mdn-read-receipt-cass.eml"
    R = "2026-11-26 16:45:09"
    frm = "Simone Achterberg <simone.achterberg@justice.gov.uk>"
    body = multipart("report", [
        plain("Your message\n\n  To: Simone Achterberg\n  Subject: CASS-2026-000140 - response\n  Sent: 26/11/2026 16:30\n\n"
              "was read on 26/11/2026 16:44.\n"),
        leaf("message/disposition-notification",
             "Reporting-UA: justice.gov.uk; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;simone.achterberg@justice.gov.uk\n"
             "Original-Message-ID: <cass-resp-000140@kestrelford.gov.uk>\nDisposition: manual-action/MDN-sent-manually; displayed\n",
             "7bit", None)], "----=_MDN_0c1d55e2", "; report-type=disposition-notification")
    raw = envelope(f, recv=R, frm=frm, subject="Read: CASS-2026-000140 - response", body=body)
    add(f, raw, L(f, R, "automated", "none", [],
                  "A read receipt (multipart/report disposition-notification): automated, although its subject carries a known reference.",
                  frm=frm))

    # ---------------------------------------------------------------- 049
    f = "cass/049_cdc-assessment-docx-penhaligon-theo.eml"
    R = "2026-12-02 10:20:51"
    frm = "Dr Tobias Fenn <tobias.fenn@nhs.net>"
    docx = make_docx([
        ("h", "Kestrelford Child Development Centre"),
        ("h", "Multidisciplinary developmental assessment", 2),
        ("table", [["Name", "Theo PENHALIGON"], ["DOB", "02/05/2023"], ["Assessment date", "25/11/2026"],
                   ["Assessed by", "Dr T Fenn (community paediatrics), Ms R Khan (SLT), Mr D Osei-Bonsu (OT)"]]),
        "Summary: Theo is a 3 year 6 month old boy referred by his health visitor with speech delay. He uses around "
        "20 single words. Receptive language is at approximately 24 months. Play skills are emerging. Hearing test: "
        "normal. Growth: weight 25th centile, height 50th centile.",
        "Impression: global developmental delay, most marked in speech and language. No dysmorphic features.",
        "Plan: SLT block of 6 sessions at nursery; portage referral; chromosome microarray with consent; review "
        "in 6 months. Copy to GP, health visitor, parent and children's social care (open case).",
    ])
    body = multipart("mixed", [plain("Please find attached the CDC assessment report for Theo Penhaligon.\n\nTobias Fenn\n"
                                     "Consultant Community Paediatrician\n0117 496 0620\n", "quoted-printable"),
                               attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          docx, "CDC report T Penhaligon.docx")], "b2_Dd8q1Pz")
    raw = envelope(f, recv=R, frm=frm, subject="CDC assessment report", body=body)
    add(f, raw, L(f, R, "medical_correspondence", "cp_team", ["notify", "save_case_note"],
                  "A developmental assessment report (attached .docx) about an open child: medical, CP team with a case note.",
                  frm=frm, case_status="open", subjects=["750311"], case_notes=["750311"]))

    # ---------------------------------------------------------------- 050
    f = "cass/050_empty-body-subject-only-level1-doyle-lexi.eml"
    R = "2026-12-08 08:30:22"
    frm = "PC Ashok Varma <ashok.varma@ashdale.police.uk>"
    raw = envelope(f, recv=R, frm=frm,
                   subject="Lexi DOYLE 08/08/2019 - does she have an allocated SW? If so name + number pls. PC 6630 Varma, Ashdale Constabulary",
                   body=plain(""))
    add(f, raw, L(f, R, "information_request", "level1_reply", ["acknowledge", "level1_response"],
                  "Empty body; the subject asks only for the allocated worker's name and number about an open child: level-1 reply to a secure police address.",
                  frm=frm, irr_level=1, consent="missing", case_status="open", subjects=["750211"]))

    # ---------------------------------------------------------------- 051
    f = "cass/051_school-report-multipart-closed-long-ago-trelawney.eml"
    R = "2026-12-14 13:50:33"
    frm = "Jenna Polglase <j.polglase@porthallow-academy.org.uk>"
    txt = """Dear Children's Services,

As requested on Maisie's file when she transferred to us, please find below a
copy of her autumn term report for your records.

MAISIE TRELAWNEY - Year 9 - DOB 11/11/2012
Attendance: 97.8%
English: working at expected standard; "a thoughtful contributor"
Maths: working above expected standard
Science: expected standard
Art: exceptional - selected for the county young artists exhibition
Form tutor: Maisie has had an excellent term and is a kind and reliable
member of the form. She has joined the debating club and the school choir.

With best wishes,
Jenna Polglase
Head of Year 9, Porthallow Academy
0117 496 0911
"""
    hh = ("<html><body><p>Dear Children's Services,</p><p>As requested on Maisie's file when she transferred to us, "
          "please find below a copy of her autumn term report for your records.</p>"
          "<table border=1 cellpadding=4><tr><th colspan=2>MAISIE TRELAWNEY &ndash; Year 9 &ndash; DOB 11/11/2012</th></tr>"
          "<tr><td>Attendance</td><td>97.8%</td></tr><tr><td>English</td><td>working at expected standard; "
          "&ldquo;a thoughtful contributor&rdquo;</td></tr><tr><td>Maths</td><td>working above expected standard</td></tr>"
          "<tr><td>Science</td><td>expected standard</td></tr><tr><td>Art</td><td>exceptional &ndash; selected for the "
          "county young artists exhibition</td></tr></table><p>Form tutor: Maisie has had an excellent term and is a "
          "kind and reliable member of the form. She has joined the debating club and the school choir.</p>"
          "<p>With best wishes,<br>Jenna Polglase<br>Head of Year 9, Porthallow Academy<br>0117 496 0911</p></body></html>\n")
    body = multipart("alternative", [plain(txt, "quoted-printable"), html(hh)], "=_alt_5fd1c7a0")
    raw = envelope(f, recv=R, frm=frm, subject="Autumn report - Maisie Trelawney", body=body)
    add(f, raw, L(f, R, "correspondence", "front_door", ["notify"],
                  "A routine school report about a child whose case closed in 2024, raising no concern: front door.",
                  frm=frm, case_status="closed", subjects=["750260"]))

    # ---------------------------------------------------------------- 052
    f = "cass/052_mash-s47-christmas-eve-closed-siblings-osei.eml"
    R = "2026-12-24 15:00:18"
    frm = "Brackenfield MASH <mash.team@brackenfield.gov.uk>"
    txt = """URGENT - SECTION 47 STRATEGY DISCUSSION 29/12/2026

Children:
  1. OSEI, Kofi    - DOB 25/04/2011
  2. OSEI, Amara   - DOB 10/10/2014
Now living at: 12 Hartside Gardens, Brackenfield BF3 6LP (moved from Kestrelford July 2026)

Kofi attended A&E this afternoon with a burn to his forearm consistent with
an iron; his explanation is inconsistent. Brackenfield is holding a Section
47 strategy discussion first thing on 29 December and we need Kestrelford's
history for both children before then: periods of involvement, reasons,
plans and any previous injuries.

Brackenfield MASH (staffed until 18:00 today and from 08:30 on 29/12)
0191 498 0600
"""
    raw = envelope(f, recv=R, frm=frm, subject="URGENT S47 - OSEI children - strategy 29/12", body=plain(txt),
                   extra_headers=["X-Priority: 1"])
    add(f, raw, L(f, R, "information_request", "irr_queue", ["acknowledge", "mark_urgent", "notify"],
                  "Another LA's S47 strategy discussion depends on the history of two closed siblings: urgent, consent not required, IRR queue; received Christmas Eve, acknowledgement due Tuesday 29 December.",
                  frm=frm, irr_level=2, consent="not_required", consent_basis="s47", urgent=True,
                  urgency_reason="s47_strategy", concern=True, case_status="closed", subjects=["750220", "750221"]))

    # ---------------------------------------------------------------- 053
    f = "cass/053_duty-team-begin-forwarded-newyear-notknown-zielinski.eml"
    R = "2026-12-31 18:00:40"
    frm = "Brackenfield Duty Team <duty.team@brackenfield.gov.uk>"
    txt = """Hello Kestrelford,

Forwarding the below from our police colleague; could you answer on our
behalf to this address please?

Thanks, Brackenfield Duty Team (0191 498 0611)

Begin forwarded message:

> From: PC Megan Rhodes <megan.rhodes@harrowmoor.police.uk>
> Subject: Kacper ZIELINSKI
> Date: 31 December 2026 at 16:22:05 GMT
> To: Brackenfield Duty Team <duty.team@brackenfield.gov.uk>
>
> Hi Duty,
>
> Kacper ZIELINSKI, DOB 2012-09-17, was stopped with friends at Brackenfield
> bus station this afternoon. He says he lives in Kestrelford with his aunt.
> Is he known to children's services there and does he have a social worker?
>
> PC 2819 Megan Rhodes
"""
    raw = envelope(f, recv=R, frm=frm, subject="Fwd: Kacper ZIELINSKI", body=plain(txt),
                   extra_headers=["X-Mailer: Apple Mail (2.3826.500.1)"])
    add(f, raw, L(f, R, "information_request", "level1_reply", ["acknowledge", "level1_response"],
                  "A forwarded level-1 question about a child in no record, to a secure generic council address: 'not known'; New Year's Eve, acknowledgement due Monday 4 January 2027.",
                  frm=frm, irr_level=1, consent="missing", case_status="not_known",
                  acceptable={"concern": [False, True]}))

    # ---------------------------------------------------------------- 054
    f = "cass/054_dsn-bounce-returned.eml"
    R = "2027-01-12 10:00:03"
    frm = "Mail Delivery Subsystem <MAILER-DAEMON@mx.kestrelford.gov.uk>"
    body = multipart("report", [
        plain("This is the mail system at host mx.kestrelford.gov.uk.\n\nI'm sorry to have to inform you that your "
              "message could not be delivered to one or more recipients.\n\n<rob.sheridan@thornleigh.kestrelford.sch.uk>: "
              "host mx.thornleigh.kestrelford.sch.uk said: 550 5.1.1 User unknown\n"),
        leaf("message/delivery-status",
             "Reporting-MTA: dns; mx.kestrelford.gov.uk\nArrival-Date: Tue, 12 Jan 2027 09:59:58 +0000\n\n"
             "Final-Recipient: rfc822; rob.sheridan@thornleigh.kestrelford.sch.uk\nAction: failed\nStatus: 5.1.1\n"
             "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n", "7bit", None),
        leaf("text/rfc822-headers",
             "From: CASS <cass@kestrelford.gov.uk>\nTo: rob.sheridan@thornleigh.kestrelford.sch.uk\n"
             "Subject: Your information request\nDate: Tue, 12 Jan 2027 09:59:51 +0000\n", "7bit", None)],
        "7C1B23F1A1.1799748003/mx.kestrelford.gov.uk", "; report-type=delivery-status")
    raw = envelope(f, recv=R, frm=frm, subject="Undelivered Mail Returned to Sender", body=body, no_auth=True,
                   return_path="<>", relay_host="localhost", extra_headers=["Auto-Submitted: auto-replied"])
    add(f, raw, L(f, R, "automated", "none", [],
                  "Delivery failure report (multipart/report, null return path): automated.", frm=frm))

    # ---------------------------------------------------------------- 055
    f = "cass/055_misdirected-bins-public.eml"
    R = "2027-01-19 09:15:27"
    frm = "Gordon Pryce <gordon.pryce58@gmail.com>"
    txt = """To whom it may concern

Our green bin has not been emptied for three weeks now on Rowan Avenue. I
have reported it twice online and nobody has come. The lorry goes straight
past. I pay my council tax like everyone else. Can you please pass this to
whoever deals with the bins.

G. Pryce
27 Rowan Avenue
"""
    raw = envelope(f, recv=R, frm=frm, subject="Bins!!!", body=plain(txt))
    add(f, raw, L(f, R, "other", "exceptions", [],
                  "A resident's complaint about bin collections sent to the wrong mailbox: other, exceptions (unclassified).",
                  frm=frm, exception="unclassified"))

    # ---------------------------------------------------------------- 056
    f = "cass/056_followup-2027-000009-ref-in-body.eml"
    R = "2027-02-03 11:40:16"
    frm = "Maryam Begum <m.begum@hollinslane.kestrelford.sch.uk>"
    txt = """Hi,

Further to our letter logged under your reference CASS-2027-000009, the
latest weekly attendance figures for Noah are below:

  w/c 25 Jan: 8/10 sessions
  w/c 1 Feb:  10/10 sessions so far

Thanks,
Maryam Begum
Attendance Officer, Hollins Lane Primary
"""
    raw = envelope(f, recv=R, frm=frm, subject="Weekly attendance update - Noah A", body=plain(txt))
    add(f, raw, L(f, R, "follow_up", "reference_owner", ["notify"],
                  "The reference appears only in the body, and the tracker holds it: follow-up to the reference owner, even though the content is about a child.",
                  frm=frm, related="CASS-2027-000009"))

    # ---------------------------------------------------------------- 057
    f = "cass/057_x-autoreply-mash.eml"
    R = "2027-02-16 14:20:50"
    frm = "Northwold MASH <mash@northwold.gov.uk>"
    txt = """Thank you for contacting the Northwold Multi-Agency Safeguarding Hub.

This is an automated response to confirm that we have received your email.
Please do not reply to this message.

If you believe a child is at immediate risk of harm, call 999.
Professionals' consultation line: 0113 496 0500 (Mon-Fri 9-5).
"""
    raw = envelope(f, recv=R, frm=frm, subject="Re: Information requested - Northwold S47", body=plain(txt),
                   extra_headers=["X-Autoreply: yes"])
    add(f, raw, L(f, R, "automated", "none", [],
                  "An automated receipt from another LA's MASH (X-Autoreply): automated, never answered.", frm=frm))

    # ---------------------------------------------------------------- 058
    f = "cass/058_internal-send-person-id-easter2027-laurent.eml"
    R = "2027-03-25 23:30:12"
    frm = "Sunita Bhardwaj <sunita.bhardwaj@kestrelford.gov.uk>"
    txt = """Hi CASS,

Person ID: 750350

SEND Assessment Team here - we are reviewing this young person's EHC plan
and I just need the name and email address of her current social worker so
that I can request their advice. Nothing else needed.

Thanks,
Sunita
SEND Officer, Kestrelford Borough Council
0117 496 0150
"""
    raw = envelope(f, recv=R, frm=frm, subject="SW contact please (EHCP review)", body=plain(txt))
    add(f, raw, L(f, R, "information_request", "level1_reply", ["acknowledge", "level1_response"],
                  "The person ID alone identifies an open child; only the worker's contact is asked for: level-1 reply; received late on the Thursday before Good Friday 2027, acknowledgement due Tuesday 30 March.",
                  frm=frm, irr_level=1, consent="missing", case_status="open", subjects=["750350"]))

    # ---------------------------------------------------------------- 059
    f = "cass/059_ed-letter-locked-injury-ogunleye-precious.eml"
    R = "2027-04-06 10:00:29"
    frm = "Dr Hannah Ruddock <hannah.ruddock@nhs.net>"
    pdf = make_pdf([
        "# Kestrelford General Hospital - Emergency Department",
        "Safeguarding notification to Children's Social Care",
        "",
        "Patient: OGUNLEYE, Precious     DOB: 30/03/2016",
        "Attendance: 05/04/2027 21:48      Discharged: 06/04/2027 02:15",
        "",
        "Presented with a spiral fracture of the left humerus. Mother states Precious fell from the",
        "top bunk. The mechanism is not consistent with the injury pattern. Precious was withdrawn",
        "and reluctant to speak in front of her mother's partner.",
        "",
        "Skeletal survey requested. Paediatric consultant review arranged for 07/04/2027.",
        "Police (Ashdale Constabulary) informed - ref AC/27/04418.",
        "Dr H. Ruddock, Consultant in Paediatric Emergency Medicine",
    ], title="ED safeguarding notification")
    body = multipart("mixed", [
        plain("Dear Social Care,\n\nPlease see the attached safeguarding notification from last night's attendance. "
              "We have significant concerns about the explanation for this injury.\n\nDr H Ruddock\nPaediatric ED, "
              "Kestrelford General Hospital\n0117 496 0600 bleep 2214\n"),
        attachment("application/pdf", pdf, "ED safeguarding notification.pdf")], "==XY7f3b9e21==")
    raw = envelope(f, recv=R, frm=frm, subject="Safeguarding - ED attendance 05/04 - OGUNLEYE", body=body,
                   date_tz="+0100")
    add(f, raw, L(f, R, "medical_correspondence", "restricted", ["mark_urgent", "notify"],
                  "An emergency-department notification of a suspicious fracture on a child with a locked record: restricted route, marked urgent (significant_harm).",
                  frm=frm, urgent=True, urgency_reason="significant_harm", concern=True, case_status="restricted",
                  subjects=["750171"]))

    # ---------------------------------------------------------------- 060
    f = "cass/060_refused-consent-closed-siblings-redmond.eml"
    R = "2027-04-14 13:00:55"
    frm = "Gail Thornbury <gail.thornbury@redbrook-cic.co.uk>"
    txt = """Dear Sir/Madam

We are a community interest company providing after-school tutoring and
mentoring. Isla Redmond (17/10/2017) and Freya Redmond (06/06/2013) have
been referred to us by their school.

I would like to know why the girls were involved with children's services,
what the concerns were, and whether there are any risks our tutors should
know about. I asked their mother for consent but she declined, saying that
was "all in the past". I hope you can still help.

Yours faithfully

Gail Thornbury
Operations Lead, Redbrook Learning CIC
0161 496 0622
"""
    raw = envelope(f, recv=R, frm=frm, subject="Isla and Freya Redmond", body=plain(txt))
    add(f, raw, L(f, R, "information_request", "none", ["request_consent", "save_case_note"],
                  "Level 2 about two closed siblings; the mother refused consent and no basis applies: request consent, save the email to both records, no reference.",
                  frm=frm, irr_level=2, consent="missing", case_status="closed", subjects=["750290", "750291"],
                  case_notes=["750290", "750291"]))


# =====================================================================================
# DCS mailbox
# =====================================================================================
def form_fields(name, number, contact, detail, sig, dated, cname, cnumber, ccontact, endorsed, not_endorsed):
    return [("Name", name), ("Service/Staff Number", number), ("Telephone/email", contact),
            ("Detail of Submission", detail), ("Originator Signature", sig), ("Dated", dated),
            ("CofC/LM Name", cname), ("CofC/LM Service/Staff Number", cnumber), ("CofC/LM Telephone/email", ccontact),
            ("This submission is endorsed for the following reasons", endorsed),
            ("This submission is not endorsed for the following reasons", not_endorsed)]


def form_docx(ff):
    d = dict(ff)
    return make_docx([
        ("h", "ANNEX A - DCS CASEWORK FORM"),
        "Part A", ("h", "Originator Details", 2),
        ("table", [["Name:", d["Name"]], ["Service/Staff Number:", d["Service/Staff Number"]],
                   ["Telephone/email:", d["Telephone/email"]]]),
        ("h", "Detail of Submission", 2),
        "Originator to provide an explanation of the issue: what is the organisation being asked to consider and what is the looked-for outcome.",
        d["Detail of Submission"],
        ("table", [["Originator Signature", d["Originator Signature"]], ["Dated", d["Dated"]]]),
        ("h", "Chain of Command (CofC)/Line Management(LM) Endorsement", 2),
        ("table", [["Name:", d["CofC/LM Name"]], ["Service/Staff Number:", d["CofC/LM Service/Staff Number"]],
                   ["Telephone/email:", d["CofC/LM Telephone/email"]]]),
        ("table", [["This submission is endorsed for the following reasons:",
                    "This submission is not endorsed for the following reasons:"],
                   [d["This submission is endorsed for the following reasons"],
                    d["This submission is not endorsed for the following reasons"]]]),
        "PART B - Submission: on completion of Part A, submit to DCS Executive Branch.",
    ])


def form_pdf(ff, password=None):
    import textwrap
    d = dict(ff)
    lines = ["# ANNEX A - DCS CASEWORK FORM", "", "Part A - Originator Details",
             f"Name: {d['Name']}", f"Service/Staff Number: {d['Service/Staff Number']}",
             f"Telephone/email: {d['Telephone/email']}", "", "# Detail of Submission"]
    for para in d["Detail of Submission"].split("\n"):
        lines += textwrap.wrap(para, 95) or [""]
    lines += ["", f"Originator Signature: {d['Originator Signature']}     Dated: {d['Dated']}", "",
              "# Chain of Command (CofC)/Line Management(LM) Endorsement",
              f"Name: {d['CofC/LM Name']}", f"Service/Staff Number: {d['CofC/LM Service/Staff Number']}",
              f"Telephone/email: {d['CofC/LM Telephone/email']}",
              "This submission is endorsed for the following reasons:"]
    lines += ["   " + x for x in textwrap.wrap(d["This submission is endorsed for the following reasons"], 90)]
    lines += ["This submission is not endorsed for the following reasons:"]
    lines += ["   " + x for x in textwrap.wrap(d["This submission is not endorsed for the following reasons"], 90)]
    return make_pdf(lines, title="DCS Casework Form", password=password)


def dcs_all():
    # ---------------------------------------------------------------- dcs 001
    f = "dcs/001_form-html-table-outlook-dunmore.eml"
    R = "2026-01-12 10:00:14"
    frm = "Sgt Kirsty Dunmore <kirsty.dunmore101@mod.gov.uk>"
    detail = ("My son (Year 10) has been refused a place at the only school near our new assignment in Lincolnshire that "
              "offers his GCSE options; the admissions authority says the year group is full and that the Service "
              "family priority does not apply mid-year. Moving him to another school would mean dropping two GCSEs "
              "half-way through the course. I ask DCS to advise the admissions authority on the School Admissions Code "
              "provisions for Service children and to support an appeal. Looked-for outcome: a place from the start "
              "of the summer term.")
    ff = form_fields("Sgt Kirsty Dunmore, REME", "30119874", "kirsty.dunmore101@mod.gov.uk / 0117 496 0213",
                     detail, "K Dunmore", "08/01/2026", "Capt A. Okonkwo, OC LAD", "25590341",
                     "a.okonkwo102@mod.gov.uk", "Service move at short notice; risk to GCSE continuity.", "")
    rows = "".join(f"<tr><td style='background:#D9E2F3;width:35%'><b>{k}</b></td><td>{v}</td></tr>" for k, v in ff)
    hh = f"""<html><head><style>td{{border:1px solid #8EAADB;font-family:Arial;font-size:10pt;padding:4px}}</style></head>
<body><p style="font-family:Arial;font-size:10pt">Good morning,<br><br>Please find my casework form below &ndash; I
couldn&#39;t get the Word version to open on my work laptop so I&#39;ve filled it in here.<br><br>Kind regards,<br>Kirsty</p>
<p style="font-family:Arial;font-size:12pt"><b>ANNEX A &ndash; DCS CASEWORK FORM</b><br>Part A &ndash; Originator Details / Detail of Submission / Chain of Command (CofC)/Line Management (LM) Endorsement</p>
<table cellspacing="0" style="border-collapse:collapse;width:100%">{rows}</table>
<p style="font-family:Arial;font-size:8pt;color:#555">OFFICIAL-SENSITIVE: PERSONAL</p></body></html>
"""
    raw = envelope(f, recv=R, frm=frm, subject="DCS Casework Form - school admission (Dunmore)", body=html(hh),
                   extra_headers=["X-Mailer: Microsoft Outlook 16.0"])
    add(f, raw, L(f, R, "casework_submission", "casework_lead", ["acknowledge", "notify"],
                  "The Annex A casework form pasted as an HTML table: casework lead, acknowledgement in 1 working day, response in 20.",
                  frm=frm))

    # ---------------------------------------------------------------- dcs 002
    f = "dcs/002_notform-gmail-spouse-cyprus.eml"
    R = "2026-01-27 19:20:33"
    frm = "Hayley Brough <hayleybrough.family@gmail.com>"
    txt = """Hi,

My husband is being posted to Cyprus (Dhekelia) in August and we have three
children, one of whom has an EHCP for autism. We have been told by someone
at the welfare office that the MOD school there may not be able to meet his
needs and that we may have to be "unaccompanied". Nobody will give us a
straight answer.

Please can someone from Defence Children's Services tell us whether our son
can be supported out there and what happens if he can't? We don't want the
family split up.

Thanks,
Hayley Brough (wife of Cpl Dean Brough, 2 Signal Regiment)
07700 900 142

Sent from my Galaxy
"""
    raw = envelope(f, recv=R, frm=frm, subject="Posting to Cyprus - son with EHCP", body=plain(txt))
    add(f, raw, L(f, R, "casework_submission", "none", ["request_form"],
                  "Casework sent as a free-text email, not on the casework form: request the form, no reference.",
                  frm=frm))

    # ---------------------------------------------------------------- dcs 003
    f = "dcs/003_form-docx-rfc2047-filename-griffiths.eml"
    R = "2026-02-16 09:05:41"
    frm = "=?utf-8?Q?Cpl_Si=C3=B4n_Griffiths?= <sion.griffiths100@mod.gov.uk>"
    ff = form_fields("Cpl Siôn Griffiths, 1 R WELSH", "30244170", "sion.griffiths100@mod.gov.uk / 0117 496 0217",
                     "My daughter has been assessed by her school in Germany as needing a Welsh-medium education plan "
                     "on our return to Wales in April, but the receiving local authority will not start its assessment "
                     "until we have a Welsh address. We ask DCS to liaise with the authority so that the assessment can "
                     "begin before we move, using the assignment order as evidence of the move date.",
                     "S Griffiths", "12/02/2026", "WO2 (CSM) M. Pugh", "25114402", "m.pugh100@mod.gov.uk",
                     "Time-critical; the child's support would otherwise lapse for a term.", "")
    fname = "Ffurflen achos – Siôn Griffiths.docx"
    body = multipart("mixed", [
        plain("Bore da,\n\nPlease find my casework form attached, signed off by the CSM.\n\nSiôn Griffiths\n"
              "Cpl | 1st Battalion The Royal Welsh\n", "quoted-printable"),
        attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document", form_docx(ff), fname,
                   encoded_name='"' + rfc2047(fname) + '"')], "----=_Part_118_20260216")
    raw = envelope(f, recv=R, frm=frm, subject=rfc2047("Casework form - Siôn Griffiths", "iso-8859-1", "q"), body=body)
    add(f, raw, L(f, R, "casework_submission", "casework_lead", ["acknowledge", "notify"],
                  "The casework form as an attached .docx with an RFC 2047 encoded file name: casework lead.", frm=frm))

    # ---------------------------------------------------------------- dcs 004
    f = "dcs/004_followup-000004-outlook-chain.eml"
    R = "2026-03-05 11:30:57"
    frm = "Maj Tariq Hussein <tariq.hussein100@mod.gov.uk>"
    txt = """All,

Update on the above: the local authority has now offered a place at Ryehill
Academy from 13 April, so the urgency has reduced. I'd still be grateful for
DCS's view on the transport question in my original submission.

Regards
Tariq

Maj T Hussein | SO2 G1 | HQ 7 Bde | 0118 496 0410

-----Original Message-----
From: DCS Executive Branch <dcyp-casework@mod.gov.uk>
Sent: 10 February 2026 09:14
To: Hussein, Tariq Maj (7X-G1-SO2) <tariq.hussein100@mod.gov.uk>
Subject: DCS casework - DCS-2026-000004 - acknowledgement

Dear Maj Hussein,

DCS is committed to providing a high quality of service and your casework
submission will be treated seriously and in confidence. We have referred
your casework to the Education Policy lead, who will aim to provide a full
response within 20 working days. Your reference is DCS-2026-000004.

DCS Executive Branch
"""
    raw = envelope(f, recv=R, frm=frm, subject="RE: DCS casework - DCS-2026-000004 - acknowledgement",
                   body=plain(txt), extra_headers=["Thread-Topic: DCS casework - DCS-2026-000004 - acknowledgement"])
    add(f, raw, L(f, R, "follow_up", "reference_owner", ["notify"],
                  "An update under a casework reference the tracker holds: follow-up to the reference owner.",
                  frm=frm, related="DCS-2026-000004"))

    # ---------------------------------------------------------------- dcs 005
    f = "dcs/005_form-pdf-raf-boarding.eml"
    R = "2026-03-24 14:15:22"
    frm = "Flt Lt Naomi Achebe <naomi.achebe101@mod.gov.uk>"
    ff = form_fields("Flt Lt Naomi Achebe RAF", "30611938", "naomi.achebe101@mod.gov.uk",
                     "I am a single parent assigned to RAF Lossiemouth from June. My eldest has completed Year 12 at a "
                     "boarding school in England and a move now would disrupt her A-levels. CEA rules would end the "
                     "allowance when I am no longer accompanied by the child at my duty station. I ask DCS to consider "
                     "whether the continuity of education provisions can apply for her final year.",
                     "N Achebe", "20/03/2026", "Sqn Ldr P. Harrow", "30411207", "p.harrow100@mod.gov.uk",
                     "Exam year; single-parent circumstances.", "")
    body = multipart("mixed", [
        plain("Dear DCS,\n\nAttached is my casework form (PDF).\n\nNaomi Achebe\nFlt Lt | RAF Coningsby\n"),
        attachment("application/pdf", form_pdf(ff), "Achebe - DCS casework form.pdf")], "==BOUNDARY_achebe_0324==")
    raw = envelope(f, recv=R, frm=frm, subject="Casework form - continuity of education", body=body)
    add(f, raw, L(f, R, "casework_submission", "casework_lead", ["acknowledge", "notify"],
                  "The casework form as an attached PDF: casework lead.", frm=frm))

    # ---------------------------------------------------------------- dcs 006
    f = "dcs/006_irv-2025-000187-original-message.eml"
    R = "2026-04-15 08:40:09"
    frm = "WO1 Graham Pennock <graham.pennock100@mod.gov.uk>"
    txt = """Dear Executive Branch,

I wish to request an internal review of the decision on my casework
DCS-2025-000187 (SEN support for my daughter during our posting to Brunei).

I have now had three responses, each of which repeats that the overseas
school "can meet need with reasonable adjustments". The educational
psychologist's report I supplied in January says otherwise, and this was not
addressed in any of the responses. I would like someone who was not involved
in the original decision to look at whether my evidence was considered.

Yours sincerely

G Pennock
WO1 (RSM) | 1 MERCIAN | 0121 496 0001

-----Original Message-----
From: DCS Education Lead <dcyp-casework@mod.gov.uk>
Sent: 30 March 2026 16:02
To: Pennock, Graham WO1 <graham.pennock100@mod.gov.uk>
Subject: DCS-2025-000187 - response

Dear WO1 Pennock,

Thank you for your further email. Having reviewed the case again, DCS's
position is unchanged: the school can meet your daughter's needs with
reasonable adjustments...
"""
    raw = envelope(f, recv=R, frm=frm, subject="Request for internal review - DCS-2025-000187", body=plain(txt))
    add(f, raw, L(f, R, "internal_review_request", "review_team", ["acknowledge", "notify"],
                  "The originator, dissatisfied after three responses, asks for an internal review of a named casework reference: review team, 20 working days.",
                  frm=frm, related="DCS-2025-000187"))

    # ---------------------------------------------------------------- dcs 007
    f = "dcs/007_ooo-deployed-auto-submitted.eml"
    R = "2026-05-06 07:00:02"
    frm = "Capt Rory Fanshawe <rory.fanshawe100@mod.gov.uk>"
    txt = """I am deployed on Op CABRIT until 30 June 2026 with limited access to
email. For anything urgent regarding 2 YORKS welfare matters please contact
the Unit Welfare Office on 0113 496 0321.

Rory Fanshawe
"""
    raw = envelope(f, recv=R, frm=frm, subject="Out of Office: DCS casework - form required", body=plain(txt),
                   extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    add(f, raw, L(f, R, "automated", "none", [], "Out-of-office auto-reply (Auto-Submitted): automated.", frm=frm))

    # ---------------------------------------------------------------- dcs 008
    f = "dcs/008_sna-spf-dkim-fail-form-body.eml"
    R = "2026-05-20 16:00:45"
    frm = "SSgt Owen Blackwood <owen.blackwood100@mod.gov.uk>"
    txt = """ANNEX A - DCS CASEWORK FORM

Part A - Originator Details
Name: SSgt Owen Blackwood
Service/Staff Number: 30199023
Telephone/email: owen.blackwood100@mod.gov.uk

Detail of Submission
We have been assigned to Naples from September. Our younger son has a
hearing impairment and uses a radio aid; the international school there
has told us it cannot support the equipment. I ask DCS to confirm whether
he can attend the MOD-supported school at Naples and, if not, what
education allowance options are open to us.

Originator Signature: O Blackwood     Dated: 20/05/2026

Chain of Command (CofC)/Line Management(LM) Endorsement
Name: Maj K Lyle
Service/Staff Number: 24877310
Telephone/email: k.lyle100@mod.gov.uk
This submission is endorsed for the following reasons: child's SEND needs
on an overseas assignment.
This submission is not endorsed for the following reasons: n/a
"""
    raw = envelope(f, recv=R, frm=frm, subject="Casework form - Naples assignment", body=plain(txt),
                   auth=("fail", "fail", "none"), relay_host="smtp.bulk-relay-7.example.net")
    add(f, raw, L(f, R, "casework_submission", "exceptions", [],
                  "The trusted relay reports both spf=fail and dkim=fail: sender_not_authenticated, exceptions, nothing sent, although the casework is on the form.",
                  frm=frm, exception="sender_not_authenticated"))

    # ---------------------------------------------------------------- dcs 009
    f = "dcs/009_form-forwarded-by-uwo-gmail-style.eml"
    R = "2026-06-11 10:25:18"
    frm = "Mrs Beverley Castle <beverley.castle100@mod.gov.uk>"
    txt = """Good morning DCS,

I'm the Unit Welfare Officer for 3 Medical Regiment. LCpl Ansah does not
yet have an MOD email account after transferring in from the Reserves, so
he asked me to send his completed casework form on. Please copy me into any
reply.

Bev Castle
Unit Welfare Officer, 3 Med Regt
0161 496 0071

---------- Forwarded message ---------
From: Kwesi Ansah <kwesi.ansah@outlook.com>
Date: Wed, 10 Jun 2026 at 21:47
Subject: DCS casework form
To: Beverley Castle <beverley.castle100@mod.gov.uk>


ANNEX A - DCS CASEWORK FORM

PART A - ORIGINATOR DETAILS
Name: LCpl Kwesi Ansah, RAMC
Service/Staff Number: 30777215
Telephone/email: via UWO, beverley.castle100@mod.gov.uk

DETAIL OF SUBMISSION
My partner and I have a 4-year-old with cerebral palsy. Since moving into
Service Family Accommodation at Catterick we have been told the nearest
specialist nursery place is 40 miles away and we are not eligible for
transport because we are not yet on the local authority's records. I am
asking DCS to help us get the local authority to accept the assignment
order as proof of residence so that transport can be arranged.
Originator Signature: K. Ansah    Dated: 10/06/2026

CHAIN OF COMMAND (CofC)/LINE MANAGEMENT (LM) ENDORSEMENT
Name: Capt L. Moreau, Adjt
Service/Staff Number: 25870012
Telephone/email: l.moreau100@mod.gov.uk
This submission is endorsed for the following reasons: Welfare of a
disabled child following a Service move; family has no other support.
This submission is not endorsed for the following reasons: -
"""
    raw = envelope(f, recv=R, frm=frm, subject="Fwd: DCS casework form", body=plain(txt, "quoted-printable"))
    add(f, raw, L(f, R, "casework_submission", "casework_lead", ["acknowledge", "notify"],
                  "A unit welfare officer forwards a soldier's completed casework form; the forwarded form is what counts: casework lead, reply to the UWO.",
                  frm=frm))

    # ---------------------------------------------------------------- dcs 010
    f = "dcs/010_rtm-hotmail-replyto.eml"
    R = "2026-07-08 13:10:39"
    frm = "Lt Sophie Marsh <sophie.marsh100@mod.gov.uk>"
    rt = "Sophie Marsh <sophiemarsh_88@hotmail.co.uk>"
    txt = """Hi DCS,

I'd like DCS to consider whether my son's Continuity of Education
Allowance can carry on when we're posted to Shrivenham in September: the
school he boards at is only 30 miles away and I've been told that ends
eligibility. I will do the proper form if I need to, but my leave starts
tomorrow, so please reply to my personal email.

Thanks, Sophie
"""
    raw = envelope(f, recv=R, frm=frm, reply_to=rt, subject="CEA when posted near school", body=plain(txt))
    add(f, raw, L(f, R, "casework_submission", "exceptions", [],
                  "Reply-To at hotmail.co.uk differs from the mod.gov.uk From: reply_to_mismatch, exceptions, nothing sent.",
                  frm=frm, reply_to=rt, exception="reply_to_mismatch"))

    # ---------------------------------------------------------------- dcs 011
    f = "dcs/011_notform-html-replyto-welfare-office.eml"
    R = "2026-07-21 09:45:50"
    frm = "Sgt Dylan Mcfarlane <dylan.mcfarlane102@mod.gov.uk>"
    rt = "4 RIFLES Welfare Office <4RIFLES-Welfare-Office@mod.gov.uk>"
    hh = """<html><body><div style="font-family:Calibri;font-size:11pt">
<p>Sir/Ma&#39;am,</p>
<p>I am writing on behalf of Rfn Tapper, whose daughter (age 9) has been out of school for six weeks since the
family arrived at Bulford. The local primary is full and the next nearest has no places in Year 5. Mrs Tapper has
been to the council twice. We would like DCS to intervene with the admissions team.</p>
<p>Please respond to the welfare office shared mailbox so the team can pick it up while I&#39;m on exercise.</p>
<p>Sgt D Mcfarlane<br>Welfare Senior NCO, 4 RIFLES<br>0117 496 0388</p>
<p style="font-size:8pt;color:#808080">OFFICIAL</p></div></body></html>
"""
    raw = envelope(f, recv=R, frm=frm, reply_to=rt, subject="Child out of school - Rfn Tapper", body=html(hh),
                   extra_headers=["X-Mailer: Microsoft Outlook 16.0"])
    add(f, raw, L(f, R, "casework_submission", "none", ["request_form"],
                  "Casework in a free-text HTML email, not on the form: request the form, sent to the same-domain welfare-office Reply-To.",
                  frm=frm, reply_to=rt))

    # ---------------------------------------------------------------- dcs 012
    f = "dcs/012_form-pdf-password-protected-unreadable.eml"
    R = "2026-09-03 12:00:26"
    frm = "CPO Marcus Ellery <marcus.ellery100@mod.gov.uk>"
    ff = form_fields("CPO Marcus Ellery", "D291177K", "marcus.ellery100@mod.gov.uk",
                     "Request for DCS support with an appeal against a school transport decision for my son.",
                     "M Ellery", "01/09/2026", "Lt Cdr S Quigley", "C044120M", "s.quigley100@mod.gov.uk",
                     "Support the appeal.", "")
    body = multipart("mixed", [
        plain("Dear DCS,\n\nMy completed casework form is attached. It is password protected as it contains "
              "personal data; I will send the password in a separate email.\n\nCPO M Ellery\nHMS Sultan\n"),
        attachment("application/pdf", form_pdf(ff, password="Sultan2026!"), "Ellery_casework_form_PROTECTED.pdf")],
        "----=_Part_7781_ellery")
    raw = envelope(f, recv=R, frm=frm, subject="DCS casework form (password protected)", body=body)
    add(f, raw, L(f, R, "casework_submission", "exceptions", [],
                  "The casework is entirely in a password-protected PDF that cannot be opened: unreadable, exceptions, for a person to release.",
                  frm=frm, exception="unreadable"))

    # ---------------------------------------------------------------- dcs 013
    f = "dcs/013_followup-unknown-dcs-000777.eml"
    R = "2026-09-29 15:30:04"
    frm = "Mrs Ruth Adebanjo <ruth.adebanjo100@mod.gov.uk>"
    txt = """Hello,

Chasing my casework DCS-2026-000777 submitted in August about my son's
school place in Gibraltar. It has now been more than 20 working days and I
have had no response or holding reply.

Ruth Adebanjo
Civilian HR Business Partner, MOD Gibraltar
"""
    raw = envelope(f, recv=R, frm=frm, subject="Chasing DCS-2026-000777", body=plain(txt))
    add(f, raw, L(f, R, "follow_up", "exceptions", [],
                  "A DCS reference of the configured form that the tracker does not hold: unknown_reference, exceptions.",
                  frm=frm, related="DCS-2026-000777", exception="unknown_reference",
                  acceptable={"related_reference": ["DCS-2026-000777", None]}))

    # ---------------------------------------------------------------- dcs 014
    f = "dcs/014_irv-cp1252-quoted-chain-000009.eml"
    R = "2026-10-19 10:10:55"
    frm = "Lt Col Fiona Galbraith <fiona.galbraith100@mod.gov.uk>"
    txt = ("Dear DCS,\n\n"
           "I\u2019m afraid I remain dissatisfied with the response to my casework (DCS-2026-000009) and I would "
           "like to request an internal review.\n\n"
           "The response of 2 October states that the \u00a33,200 I paid for my daughter\u2019s specialist "
           "assessment cannot be reimbursed because it was \u201cnot pre-approved\u201d. I applied for approval in "
           "May and was told the request had been \u201clost in the system\u201d. I would ask that the review "
           "considers whether the delay was DCS\u2019s and whether reimbursement should therefore be made.\n\n"
           "Regards\n\n"
           "Fiona Galbraith\n"
           "Lt Col | SO1 Plans | Army HQ\n\n"
           "> From: DCS Executive Branch\n"
           "> Sent: 02 October 2026 11:40\n"
           "> Subject: DCS-2026-000009 \u2013 response\n"
           ">\n"
           "> Dear Lt Col Galbraith,\n"
           "> Thank you for your patience. DCS is unable to reimburse the cost of the\n"
           "> private assessment as it was not pre-approved in accordance with policy.\n"
           "> If you are dissatisfied with this response you may request an internal review.\n")
    raw = envelope(f, recv=R, frm=frm, subject="=?windows-1252?Q?Internal_review_request_=96_DCS-2026-000009?=",
                   body=plain(txt, "quoted-printable", "windows-1252"))
    add(f, raw, L(f, R, "internal_review_request", "review_team", ["acknowledge", "notify"],
                  "An internal review request (windows-1252 text, curly quotes and a pound sign) naming a known casework reference: review team, not a follow-up.",
                  frm=frm, related="DCS-2026-000009"))

    # ---------------------------------------------------------------- dcs 015
    f = "dcs/015_dsn-bounce-relay.eml"
    R = "2026-11-10 08:00:07"
    frm = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mod.gov.uk>"
    body = multipart("report", [
        plain("Delivery has failed to these recipients or groups:\n\nr.fanshawe.old@mod.gov.uk\n"
              "The email address you entered couldn't be found. Please check the recipient's email address and try to "
              "resend the message.\n"),
        leaf("message/delivery-status",
             "Reporting-MTA: dns;relay.mod.gov.uk\nReceived-From-MTA: dns;relay.mod.gov.uk\n\n"
             "Final-Recipient: rfc822;r.fanshawe.old@mod.gov.uk\nAction: failed\nStatus: 5.1.10\n"
             "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n",
             "7bit", None)], "_dsn_b0a7e3c1_", "; report-type=delivery-status")
    raw = envelope(f, recv=R, frm=frm, subject="Undeliverable: DCS casework - acknowledgement", body=body, no_auth=True,
                   return_path="<>", relay_host="relay.mod.gov.uk", extra_headers=["Auto-Submitted: auto-replied"])
    add(f, raw, L(f, R, "automated", "none", [],
                  "Exchange non-delivery report (multipart/report, null return path): automated.", frm=frm))

    # ---------------------------------------------------------------- dcs 016
    f = "dcs/016_form-docx-not-endorsed-christmas-eve.eml"
    R = "2026-12-24 11:00:48"
    frm = "Cpl Jade Whitmore <jade.whitmore100@mod.gov.uk>"
    ff = form_fields("Cpl Jade Whitmore, AGC(SPS)", "30551876", "jade.whitmore100@mod.gov.uk / 0117 496 0533",
                     "I am requesting that DCS fund a private educational psychology assessment for my daughter "
                     "before our posting to Cyprus in March, because the NHS waiting list is 18 months and the "
                     "school overseas will not accept her without a recent assessment.",
                     "J Whitmore", "21/12/2026", "Maj H. Okafor, SO2", "24918830", "h.okafor100@mod.gov.uk",
                     "", "The request should first go through CEAS, which has its own process for assessments; "
                         "forwarded at the originator's request.")
    body = multipart("mixed", [
        plain("Hello,\n\nMy form is attached. My OC has not endorsed it but said I could still send it in.\n\n"
              "Merry Christmas,\nJade Whitmore\n"),
        attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document", form_docx(ff),
                   "DCS Casework Form - Whitmore.docx")], "----=_Part_1224_whitmore")
    raw = envelope(f, recv=R, frm=frm, subject="Casework form (not endorsed) - EP assessment", body=body)
    add(f, raw, L(f, R, "casework_submission", "casework_lead", ["acknowledge", "notify"],
                  "The casework form (.docx) whose endorsement section records non-endorsement is still the form: casework lead; Christmas Eve, so the acknowledgement is due Tuesday 29 December.",
                  frm=frm))

    # ---------------------------------------------------------------- dcs 017
    f = "dcs/017_notform-multipart-btinternet-parent.eml"
    R = "2027-01-14 20:30:11"
    frm = "Paul & Shona Reid <reidfamily@btinternet.com>"
    txt = """Dear Sir/Madam,

We are writing about our twin boys, who moved with us from Germany to
Tidworth in December. The local secondary school has offered them places in
different tutor groups and different sets, which has made the move much
harder for them, and it refuses to reconsider. We think it should take
account of the fact that they are Service children who have just been uprooted.

Can DCS please look into this for us?

Yours faithfully,
Shona Reid (spouse of SSgt P. Reid, 1 RHA)
"""
    hh = "<p>" + txt.replace("\n\n", "</p><p>").replace("\n", " ") + "</p>\n"
    body = multipart("alternative", [plain(txt), html(hh)], "----=_NextPart_reid_0114")
    raw = envelope(f, recv=R, frm=frm, subject="Our twins - school in Tidworth", body=body)
    add(f, raw, L(f, R, "casework_submission", "none", ["request_form"],
                  "A parent's free-text casework email, not on the form: request the form, no reference.", frm=frm))

    # ---------------------------------------------------------------- dcs 018
    f = "dcs/018_followup-2027-000002-evidence-pdf.eml"
    R = "2027-02-09 10:00:35"
    frm = "Lt Cdr Amelia Stroud <amelia.stroud100@mod.gov.uk>"
    pdf = make_pdf([
        "# Heathfield Specialist School - letter of offer",
        "Date: 4 February 2027",
        "",
        "Dear Lt Cdr and Mr Stroud,",
        "Following your son's visit on 28 January we are able to offer a Year 4 place from 19 April 2027,",
        "subject to confirmation of funding by the local authority.",
        "",
        "Mrs E. Carrow, Headteacher",
    ], title="Letter of offer")
    body = multipart("mixed", [
        plain("Good morning,\n\nFurther to my casework DCS-2027-000002, please find attached the school's letter of "
              "offer, which the casework officer asked for.\n\nA Stroud\nLt Cdr RN\n"),
        attachment("application/pdf", pdf, "Heathfield offer letter.pdf")], "----=_Part_0209_stroud")
    raw = envelope(f, recv=R, frm=frm, subject="DCS-2027-000002 - supporting evidence", body=body)
    add(f, raw, L(f, R, "follow_up", "reference_owner", ["notify"],
                  "Supporting evidence sent under a casework reference the tracker holds: follow-up to the reference owner.",
                  frm=frm, related="DCS-2027-000002"))

    # ---------------------------------------------------------------- dcs 019
    f = "dcs/019_form-body-qp-easter2027.eml"
    R = "2027-03-25 16:00:21"
    frm = "Sqn Ldr Oliver Penrose <oliver.penrose100@mod.gov.uk>"
    txt = """Please see my casework form below; my station commander has endorsed it.

DCS CASEWORK FORM (ANNEX A)

Part A - Originator Details
  Name: Sqn Ldr Oliver Penrose RAF
  Service/Staff Number: 30467781
  Telephone/email: oliver.penrose100@mod.gov.uk | 0161 496 0149

Detail of Submission
  Our daughter has been offered a place at a state boarding school from
  September, but because my wife and I are both serving and will be posted
  separately in the summer, the school says it cannot confirm which of us is
  the "home" parent for the purposes of its exeat and guardianship policy.
  I would like DCS to advise the school on the Defence position for
  dual-serving couples, so that the place can be confirmed before the
  30 April deadline.
  Originator Signature: O. Penrose        Dated: 24/03/2027

Chain of Command (CofC)/Line Management (LM) Endorsement
  Name: Gp Capt R. Hallam, Station Commander
  Service/Staff Number: 28140077
  Telephone/email: r.hallam100@mod.gov.uk
  This submission is endorsed for the following reasons: Dual-serving
  couple; deadline-driven; continuity of education.
  This submission is not endorsed for the following reasons: N/A

OFFICIAL-SENSITIVE: PERSONAL
"""
    raw = envelope(f, recv=R, frm=frm, subject="DCS casework form - boarding school confirmation",
                   body=plain(txt, "quoted-printable"))
    add(f, raw, L(f, R, "casework_submission", "casework_lead", ["acknowledge", "notify"],
                  "The casework form in the body (quoted-printable); received the day before Good Friday 2027: acknowledgement due Tuesday 30 March, and the 20 working days skip both Easter holidays.",
                  frm=frm))

    # ---------------------------------------------------------------- dcs 020
    f = "dcs/020_mdn-read-receipt-plain.eml"
    R = "2027-04-07 09:00:44"
    frm = "Sqn Ldr Oliver Penrose <oliver.penrose100@mod.gov.uk>"
    body = multipart("report", [
        plain("Your message to oliver.penrose100@mod.gov.uk was displayed on 07/04/2027 09:59.\n"
              "Subject: DCS casework - acknowledgement\n"),
        leaf("message/disposition-notification",
             "Reporting-UA: mod.gov.uk; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;oliver.penrose100@mod.gov.uk\n"
             "Disposition: automatic-action/MDN-sent-automatically; displayed\n", "7bit", None)],
        "----=_MDN_penrose", "; report-type=disposition-notification")
    raw = envelope(f, recv=R, frm=frm, subject="Read: DCS casework - acknowledgement", body=body)
    add(f, raw, L(f, R, "automated", "none", [],
                  "Read receipt (disposition-notification): automated.", frm=frm))

    # ---------------------------------------------------------------- dcs 021
    f = "dcs/021_irv-000031-multipart-html.eml"
    R = "2027-04-13 11:45:06"
    frm = "=?utf-8?Q?WO2_Ren=C3=A9e_Okoro?= <renee.okoro100@mod.gov.uk>"
    txt = """Dear Executive Branch,

I am writing to ask for an internal review of the decision on my casework
reference DCS-2026-000031, which concluded in December that my son's
continuity of education allowance could not be backdated.

I have now received two responses. Neither addresses the fact that the
delay in my claim arose from a mis-recorded assignment order, which my unit
has since corrected in writing (letter attached to my second email). I
would like the review to consider whether that evidence changes the outcome.

Yours sincerely,
Renée Okoro
WO2 | Army Personnel Centre | 0141 496 0218
"""
    hh = ("<html><body style='font-family:Arial'>" + "".join(f"<p>{p}</p>" for p in txt.replace("&", "&amp;")
          .split("\n\n")).replace("\n", " ").replace("Renée", "Ren&eacute;e") + "</body></html>\n")
    body = multipart("alternative", [plain(txt, "quoted-printable"), html(hh)], "b1_okoro_irv")
    raw = envelope(f, recv=R, frm=frm, subject="Internal review - DCS-2026-000031", body=body)
    add(f, raw, L(f, R, "internal_review_request", "review_team", ["acknowledge", "notify"],
                  "The originator asks for an internal review of a named, known casework reference: review team.",
                  frm=frm, related="DCS-2026-000031"))

    # ---------------------------------------------------------------- dcs 022
    f = "dcs/022_removals-marketing-other.eml"
    R = "2027-04-20 14:00:39"
    frm = "Forces Move Ltd <offers@forcesmove-removals.co.uk>"
    hh = """<html><body style="font-family:Verdana">
<h2>Posting season is here!</h2>
<p>Forces Move offers <b>15% off</b> removals and storage for serving personnel and their families &ndash; UK and
overseas, fully insured, JPA-friendly invoices.</p>
<p>Book a free survey before 31 May and get free packing materials worth &pound;150.</p>
<p><a href="https://forcesmove-removals.co.uk/survey">Book your survey</a></p>
<p style="font-size:8pt">Forces Move Ltd, Unit 9, Aldershot Trade Park. To stop receiving these emails reply STOP.</p>
</body></html>
"""
    raw = envelope(f, recv=R, frm=frm, subject="15% off your next posting move", body=html(hh))
    add(f, raw, L(f, R, "other", "exceptions", [],
                  "Commercial marketing with no list headers sent to the casework inbox: other, exceptions (unclassified).",
                  frm=frm, exception="unclassified"))


if __name__ == "__main__":
    cass_01_20()
    cass_21_40()
    cass_41_60()
    dcs_all()
    write_all()
