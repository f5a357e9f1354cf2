#!/usr/bin/env python3
"""Regenerate corpus part F (cases.csv, tracker.csv, cass/*.eml, dcs/*.eml, labels.jsonl).

Deterministic: run with the project's venv (holidays, python-docx, reportlab, tldextract,
email-validator).  All people, organisations, addresses and references are invented;
telephone numbers are from Ofcom's drama ranges.

Labels are written from the semantic facts given for each message (category, level,
consent, subjects, ...) by applying the triage contract's routing table; the facts
themselves are set by hand per message below.
"""
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import quopri
import re
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import tldextract

HERE = Path(__file__).resolve().parent
LON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc
TLD = tldextract.TLDExtract(suffix_list_urls=())

MAILBOXES = {
    "cass": {"inbox": "cass@kestrelford.gov.uk", "mx": "mx.kestrelford.gov.uk", "prefix": "CASS"},
    "dcs": {"inbox": "dcyp-casework@mod.gov.uk", "mx": "relay.mod.gov.uk", "prefix": "DCS"},
}
SECURE = ["gov.uk", "nhs.net", "nhs.uk", "police.uk", "pnn.police.uk", "cjsm.net", "mod.uk",
          "cafcass.gov.uk", "probation.gov.uk", "justice.gov.uk"]
ROLE = set("admin business central contact duty enquiries enquiry front general help helpdesk hub "
           "info mailbox mash noreply office post reception referrals safeguarding secure support "
           "team triage".split())

# ---------------------------------------------------------------- case directory
W = {
    "ramsden": ("Priya Ramsden", "p.ramsden@kestrelford.gov.uk", "Locality Team East", "k.osei@kestrelford.gov.uk"),
    "fairweather": ("Callum Fairweather", "c.fairweather@kestrelford.gov.uk", "Child Protection and Proceedings", "r.lindqvist@kestrelford.gov.uk"),
    "hale": ("Bethan Hale", "b.hale@kestrelford.gov.uk", "Children in Care", "r.lindqvist@kestrelford.gov.uk"),
    "wilk": ("Tomasz Wilk", "t.wilk@kestrelford.gov.uk", "Children with Disabilities", "a.mbeki@kestrelford.gov.uk"),
    "roderick": ("Gwen Roderick", "g.roderick@kestrelford.gov.uk", "Locality Team West", "k.osei@kestrelford.gov.uk"),
}
AREA = {"ramsden": "East", "fairweather": "Central", "hale": "Central", "wilk": "Central", "roderick": "West"}

# person_id, given, family, dob, household, status, closed_on, worker, restriction, owner, area override
CASE_ROWS = [
    ("770010", "Kayden", "Marlow", "2016-02-11", "HH-F01", "open", "", "ramsden", "", "", ""),
    ("770011", "Ruby", "Marlow", "2019-08-30", "HH-F01", "open", "", "ramsden", "", "", ""),
    ("770020", "Oscar", "Penhaligon", "2013-06-05", "HH-F02", "closed", "2025-11-14", "roderick", "", "", ""),
    ("770021", "Isla", "Penhaligon", "2015-01-27", "HH-F02", "closed", "2025-11-14", "roderick", "", "", ""),
    ("770030", "Leo", "Achterberg", "2012-03-19", "HH-F03", "open", "", "fairweather", "", "", ""),
    ("770031", "Nell", "Achterberg", "2014-09-08", "HH-F03", "open", "", "fairweather", "", "", ""),
    ("770032", "Wilf", "Achterberg", "2020-12-01", "HH-F03", "open", "", "fairweather", "", "", ""),
    ("770040", "Maisie", "Okafor-Reid", "2017-04-22", "HH-F04", "closed", "2026-01-09", "ramsden", "", "", ""),
    ("770041", "Jude", "Okafor-Reid", "2011-10-02", "HH-F04", "open", "", "hale", "", "", ""),
    ("770050", "Aryan", "Bhatt", "2014-07-17", "HH-F05", "open", "", "fairweather", "locked", "m.aldous@kestrelford.gov.uk", ""),
    ("770051", "Sia", "Bhatt", "2016-11-03", "HH-F05", "open", "", "fairweather", "", "", ""),
    ("770060", "Tyler", "Brookes", "2010-05-14", "HH-F06", "open", "", "roderick", "", "", ""),
    ("770070", "Tyler", "Brookes", "2013-12-29", "HH-F07", "closed", "2024-06-20", "ramsden", "", "", ""),
    ("770080", "Amelia", "Grant", "2018-03-03", "HH-F08", "open", "", "wilk", "", "", ""),
    ("770090", "Amelia", "Grant", "2018-09-15", "HH-F09", "open", "", "ramsden", "", "", ""),
    ("770100", "Kacper", "Nowicki", "2012-08-08", "HH-F10", "open", "", "hale", "special_client", "s.ferris@kestrelford.gov.uk", ""),
    ("770110", "Ciara", "Doherty", "2011-04-12", "HH-F11", "open", "", "roderick", "personal_interest", "s.ferris@kestrelford.gov.uk", "NI"),
    ("770120", "Reggie", "Salt", "2015-10-10", "HH-F12", "open", "", "fairweather", "", "", ""),
    ("770121", "Poppy", "Salt", "2017-02-02", "HH-F12", "open", "", "fairweather", "", "", ""),
    ("770130", "Lennon", "Ashby", "2009-11-30", "HH-F13", "closed", "2026-05-22", "roderick", "", "", ""),
    ("770140", "Destiny", "Mbatha", "2014-02-14", "HH-F14", "closed", "2023-03-03", "ramsden", "", "", ""),
    ("770141", "Tariq", "Mbatha", "2016-08-19", "HH-F14", "closed", "2023-03-03", "ramsden", "", "", ""),
    ("770150", "Harvey", "Quinlan", "2012-12-12", "HH-F15", "closed", "2025-09-30", "roderick", "", "", ""),
    ("770160", "Mollie", "Entwistle", "2016-06-16", "HH-F16", "open", "", "hale", "", "", ""),
    ("770170", "Jaxon", "Pryce", "2019-01-05", "HH-F17", "closed", "2026-02-27", "fairweather", "", "", ""),
    ("770171", "Esther", "Pryce", "2021-07-19", "HH-F17", "closed", "2026-02-27", "fairweather", "", "", ""),
    ("770180", "Zofia", "Kowalczyk", "2010-09-09", "HH-F18", "closed", "2024-01-15", "ramsden", "", "", ""),
    ("770190", "Rhys", "Tennant", "2013-03-21", "HH-F19", "open", "", "roderick", "", "", ""),
    ("770191", "Cerys", "Tennant", "2009-06-06", "HH-F19", "closed", "2026-09-04", "roderick", "", "", ""),
    ("770200", "Corey", "Lister", "2011-01-31", "HH-F20", "open", "", "hale", "", "", ""),
    ("770210", "Ellie-Mae", "Dunmore", "2012-05-05", "HH-F21", "closed", "2025-10-10", "ramsden", "", "", ""),
    ("770220", "Bradley", "Fenwick", "2009-10-20", "HH-F22", "closed", "2025-08-01", "fairweather", "", "", ""),
    ("770230", "Niamh", "Colquhoun", "2015-08-08", "HH-F23", "open", "", "wilk", "", "", ""),
    ("770240", "Ollie", "Varga", "2016-04-04", "HH-F24", "open", "", "ramsden", "", "", ""),
    ("770250", "Sienna", "Hartley", "2017-12-12", "HH-F25", "open", "", "roderick", "", "", ""),
    ("770260", "Arlo", "Whitcombe", "2014-10-31", "HH-F26", "closed", "2026-06-01", "ramsden", "", "", ""),
    ("770270", "Freya", "Lindgren", "2018-06-21", "HH-F27", "open", "", "wilk", "", "", ""),
    ("770280", "Kai", "Olusanya", "2013-07-07", "HH-F28", "open", "", "roderick", "", "", ""),
    ("770290", "Bella", "Szabo", "2012-02-29", "HH-F29", "open", "", "ramsden", "", "", ""),
    ("770300", "Ezra", "Caldwell", "2011-11-11", "HH-F30", "open", "", "hale", "", "", ""),
    ("770310", "Mason", "Pike", "2010-03-08", "HH-F31", "open", "", "fairweather", "", "", ""),
    ("770311", "Lily", "Pike", "2012-12-01", "HH-F31", "open", "", "fairweather", "", "", ""),
    ("770320", "Hugo", "Ferrers", "2007-02-17", "HH-F32", "closed", "2019-07-05", "roderick", "", "", ""),
    ("770330", "Ava", "Kimura", "2019-11-23", "HH-F33", "open", "", "wilk", "", "", ""),
    ("770340", "Jayden", "Oyelaran", "2015-09-01", "HH-F34", "closed", "2021-03-12", "hale", "", "", ""),
    ("770350", "Summer-Rose", "Kettering", "2020-04-18", "HH-F35", "open", "", "ramsden", "personal_interest", "m.aldous@kestrelford.gov.uk", ""),
]
CASES = {r[0]: r for r in CASE_ROWS}

TRACKER = [
    ("CASS-2026-000388", "2026-09-28", "information_request", "irr_queue", "open"),
    ("CASS-2026-000412", "2026-10-15", "information_request", "allocated_worker", "open"),
    ("CASS-2027-000041", "2027-01-04", "correspondence", "allocated_worker", "closed"),
    ("DCS-2025-000187", "2025-11-20", "casework_submission", "casework_lead", "closed"),
    ("DCS-2026-000011", "2026-01-14", "casework_submission", "casework_lead", "open"),
    ("DCS-2026-000031", "2026-02-19", "casework_submission", "casework_lead", "closed"),
    ("DCS-2026-000164", "2026-11-30", "casework_submission", "casework_lead", "closed"),
    ("DCS-2027-000009", "2027-01-15", "casework_submission", "casework_lead", "open"),
]
TRACKED = {t[0] for t in TRACKER}


def write_directory():
    with open(HERE / "cases.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow("person_id,given_name,family_name,dob,household_id,status,closed_on,allocated_worker,"
                   "worker_email,team,team_manager_email,restriction,restriction_owner_email,area".split(","))
        for pid, given, family, dob, hh, status, closed, wk, restr, owner, area in CASE_ROWS:
            name, email, team, tm = W[wk]
            w.writerow([pid, given, family, dob, hh, status, closed, name, email, team, tm, restr, owner,
                        area or AREA[wk]])
    with open(HERE / "tracker.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["reference", "received_on", "category", "route", "status"])
        for row in TRACKER:
            w.writerow(row)


# ---------------------------------------------------------------- helpers
_HOL = holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2029))


def working_day(received_utc, n):
    d = received_utc.astimezone(LON).date()
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in _HOL:
            k += 1
    return d.isoformat()


def verdict(addr):
    local, _, domain = addr.rpartition("@")
    domain = domain.lower()
    secure = any(domain == s or domain.endswith("." + s) for s in SECURE)
    words = [w for w in re.split(r"[._+\-0-9]+", local.lower()) if w]
    generic = any(w in ROLE for w in words)
    return ("secure_" if secure else "") + ("generic" if generic else "personal") + ("" if secure else "_nonsecure")


def regdom(addr):
    return TLD(addr.rpartition("@")[2].lower()).top_domain_under_public_suffix


def h(seed, n=24):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def rfc_date(d, tz="+0000"):
    """d is an aware datetime; render in the given fixed offset."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    local = d.astimezone(dt.timezone(off))
    return local.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def london_offset(d):
    off = d.astimezone(LON).utcoffset()
    return "+0100" if off == dt.timedelta(hours=1) else "+0000"


def ip(seed):
    x = hashlib.md5(seed.encode()).digest()
    return f"{80 + x[0] % 120}.{x[1]}.{x[2]}.{1 + x[3] % 250}"


def fix_zip(data):
    """Rewrite a zip (docx) with fixed timestamps so the build is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- documents
def docx_bytes(blocks, created):
    """blocks: list of ("h", text) | ("p", text) | ("b", text) | ("table", [[a, b], ...])."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(val).bold = True
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    c.text = txt
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def pdf_bytes(blocks, title):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author="", invariant=1,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm)
    ss = getSampleStyleSheet()
    story = []
    for kind, val in blocks:
        if kind == "h":
            story.append(Paragraph(escape(val), ss["Heading2"]))
        elif kind == "b":
            story.append(Paragraph("<b>%s</b>" % escape(val), ss["Normal"]))
            story.append(Spacer(1, 3))
        elif kind == "p":
            story.append(Paragraph(escape(val) or "&nbsp;", ss["Normal"]))
            story.append(Spacer(1, 5))
        elif kind == "table":
            data = [[Paragraph(escape(c) or "&nbsp;", ss["Normal"]) for c in row] for row in val]
            t = Table(data, colWidths=[170 * mm / len(val[0])] * len(val[0]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc.build(story)
    return buf.getvalue()


FORM_PREAMBLE = ("There may be circumstances which cannot be covered by Defence policy contained in JSP 342: "
                 "Education of Children and Young People, JSP 834: Safeguarding and related direction. In these "
                 "circumstances, and where initial queries cannot be resolved through interpretation of policy, "
                 "Defence personnel may raise general casework through their line/chain to the Defence "
                 "Children's Services (DCS) for consideration.")


def form_blocks(f):
    """The Annex A casework form as document blocks. f: dict of field values (may be blank)."""
    detail = f.get("detail", [])
    return [
        ("h", "ANNEX A \u2013 DCS CASEWORK FORM"),
        ("p", FORM_PREAMBLE),
        ("b", "Part A"),
        ("b", "Originator Details"),
        ("p", "To be completed by the originator of the casework."),
        ("table", [["Name:", f.get("name", "")],
                   ["Service/Staff Number:", f.get("number", "")],
                   ["Telephone/email:", f.get("contact", "")]]),
        ("b", "Detail of Submission"),
        ("p", "Originator to provide an explanation of the issue: what is the organisation being asked to "
              "consider and what is the looked-for outcome."),
    ] + [("p", para) for para in (detail or [""])] + [
        ("table", [["Originator Signature", f.get("sig", "")], ["Dated", f.get("dated", "")]]),
        ("b", "Chain of Command (CofC)/Line Management(LM) Endorsement."),
        ("p", "To be completed by the originator's immediate CofC/LM."),
        ("table", [["Name:", f.get("cofc_name", "")],
                   ["Service/Staff Number:", f.get("cofc_number", "")],
                   ["Telephone/email:", f.get("cofc_contact", "")]]),
        ("table", [["This submission is endorsed for the following reasons:",
                    "This submission is not endorsed for the following reasons:"],
                   [f.get("endorsed", ""), f.get("not_endorsed", "")]]),
        ("b", "PART B"),
        ("p", "On completion of Part A, this form should be submitted, with any additional supporting "
              "documents, to DCS Executive Branch."),
    ]


def form_docx(f, created):
    return docx_bytes(form_blocks(f), created)


def form_pdf(f):
    return pdf_bytes(form_blocks(f), "DCS Casework Form")


# ---------------------------------------------------------------- messages
from email.utils import formataddr

MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


def parse_recv(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def encode_text(text, subtype="plain"):
    text = text.strip("\n") + "\n"
    needs_qp = any(ord(c) > 127 for c in text) or any(len(l) > 76 for l in text.split("\n"))
    if needs_qp:
        body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
        return (f'Content-Type: text/{subtype}; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n',
                body)
    return f'Content-Type: text/{subtype}; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n', text


def to_html(text):
    from html import escape
    paras = [p for p in text.strip().split("\n\n")]
    out = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>",
           "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"]
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(l) for l in p.split("\n")) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out)


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def build_eml(m):
    mbx = MAILBOXES[m["mb"]]
    recv = parse_recv(m["recv"])
    name, addr = m["frm"]
    recv = recv + dt.timedelta(seconds=int(h(m["mb"] + m["slug"] + "s", 2), 16) % 60)
    dom = addr.rpartition("@")[2].lower()
    seed = m["mb"] + m["slug"]
    out_host = m.get("out_host", f"mail-{h(dom, 4)}.outbound.{dom}")
    lines = []
    if m.get("return_path") is not None:
        lines.append(f"Return-Path: {m['return_path']}")
    tz = m.get("recv_tz", "+0000")
    if m.get("system"):
        lines.append(f"Received: from {mbx['mx']} ({mbx['mx']} [{ip(mbx['mx'])}])\n\tby {mbx['mx']} with ESMTPS id "
                     f"{h(seed, 12).upper()}\n\tfor <{mbx['inbox']}>; {rfc_date(recv, tz)}")
    else:
        lines.append(f"Received: from {out_host}\n ({out_host} [{ip(out_host)}]) by\n {mbx['mx']} with ESMTPS id "
                     f"{h(seed, 12).upper()} for\n <{mbx['inbox']}>; {rfc_date(recv, tz)}")
        spf, dkim, dmarc = m.get("auth", ("pass", "pass", "pass"))
        spf_c = "(sender IP is permitted)" if spf == "pass" else "(sender IP is not permitted)"
        dkim_c = "(signature was verified)" if dkim == "pass" else "(signature did not verify)"
        action = "none" if dmarc == "pass" else "quarantine"
        lines.append(f"Authentication-Results: {mbx['mx']}; spf={spf} {spf_c}\n smtp.mailfrom={dom}; "
                     f"dkim={dkim} {dkim_c}\n header.d={dom}; dmarc={dmarc} action={action}\n header.from={dom}")
        inner = recv - dt.timedelta(seconds=4 + int(h(seed + 'i', 2), 16) % 9)
        lines.append(f"Received: from [10.{int(h(seed,2),16)}.{int(h(seed+'a',2),16)}.{int(h(seed+'b',2),16)}] "
                     f"(unknown [10.{int(h(seed,2),16)}.{int(h(seed+'a',2),16)}.{int(h(seed+'b',2),16)}]) by\n"
                     f" {out_host} with ESMTPSA id {h(seed + 'x', 10)};\n {rfc_date(inner, '+0000')}")
        if m.get("untrusted_ar"):
            lines.append("Authentication-Results: " + m["untrusted_ar"])
    sent = recv - dt.timedelta(seconds=40 + int(h(seed + 'd', 3), 16) % 200)
    dtz = m.get("date_tz") or (london_offset(sent) if int(h(seed + 'z', 1), 16) % 2 else "+0000")
    lines.append(f"Date: {rfc_date(sent, dtz)}")
    lines.append("From: " + formataddr((name, addr)) if name else f"From: {addr}")
    lines.append(f"To: {m.get('to', mbx['inbox'])}")
    if m.get("cc"):
        lines.append(f"Cc: {m['cc']}")
    if m.get("reply_to"):
        rn, ra = m["reply_to"]
        lines.append("Reply-To: " + formataddr((rn, ra)) if rn else f"Reply-To: {ra}")
    lines.append(f"Subject: {m['subject']}")
    lines.append(f"Message-ID: <{h(seed, 24)}@{m.get('msgid_dom', dom)}>")
    for k, v in m.get("headers", []):
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")

    if m.get("raw_ct"):
        lines.append(f"Content-Type: {m['raw_ct']}")
        return "\n".join(lines) + "\n\n" + m["raw_body"].strip("\n") + "\n"

    body = m["body"]
    atts = m.get("attachments", [])
    if not atts and not m.get("html"):
        ct, payload = encode_text(body)
        return "\n".join(lines) + "\n" + ct + "\n" + payload
    parts = []
    if m.get("html"):
        b_alt = "----=_Alt_" + h(seed + "alt", 20)
        ct1, p1 = encode_text(body)
        ct2, p2 = encode_text(to_html(body), "html")
        alt = (f'Content-Type: multipart/alternative; boundary="{b_alt}"\n\n'
               f"--{b_alt}\n{ct1}\n{p1}\n--{b_alt}\n{ct2}\n{p2}\n--{b_alt}--\n")
        parts.append(alt)
    else:
        ct1, p1 = encode_text(body)
        parts.append(ct1 + "\n" + p1)
    for fname, mime, data in atts:
        parts.append(f'Content-Type: {mime}; name="{fname}"\nContent-Transfer-Encoding: base64\n'
                     f'Content-Disposition: attachment; filename="{fname}"\n\n' + b64lines(data))
    if not atts:  # html only
        return "\n".join(lines) + "\n" + parts[0].replace("\n\n", "\n\n", 1)
    b_mix = "----=_Part_" + h(seed + "mix", 20)
    txt = "\n".join(lines) + f'\nContent-Type: multipart/mixed; boundary="{b_mix}"\n\n'
    txt += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        txt += f"--{b_mix}\n{p}\n"
    txt += f"--{b_mix}--\n"
    return txt


# ---------------------------------------------------------------- labels
NO_CHILD = {"automated", "other", "follow_up", "casework_submission", "internal_review_request"}


def household(pids):
    hhs = {CASES[p][4] for p in pids}
    return sorted(p for p, r in CASES.items() if r[4] in hhs)


def derive(m, file_of):
    mb = m["mb"]
    cat = m["cat"]
    recv = parse_recv(m["recv"])
    frm = m["frm"][1]
    acc = dict(m.get("acceptable", {}))
    exc = m.get("exception")
    reply = frm.lower()
    if m.get("reply_to") and regdom(m["reply_to"][1]) != regdom(frm):
        assert exc == "reply_to_mismatch", m["slug"]
    elif m.get("reply_to"):
        reply = m["reply_to"][1].lower()
    reply = reply.rpartition("@")[0] + "@" + reply.rpartition("@")[2].lower()
    av = verdict(reply)
    subjects = sorted(m.get("subjects", []))
    level = m.get("level")
    consent = m.get("consent")
    basis = m.get("basis")
    ureason = m.get("urgent")
    urgent = ureason is not None
    concern = m.get("concern", False)
    related = m.get("related")
    status = None
    if cat not in NO_CHILD:
        if m.get("status"):
            status = m["status"]
        elif not subjects:
            status = "not_known"
        else:
            rs = [CASES[p] for p in subjects]
            if any(r[8] for r in rs):
                status = "restricted"
            elif any(r[5] == "open" for r in rs):
                status = "open"
            else:
                status = "closed"
    route, actions, notes = "none", [], []
    if exc in ("sender_not_authenticated", "reply_to_mismatch", "ambiguous_match", "unknown_reference",
               "unclassified", "no_subject_identified"):
        route = "exceptions"
    elif cat == "automated":
        pass
    elif cat == "other":
        raise ValueError("other needs exception unclassified")
    elif cat == "information_request":
        if status == "restricted":
            route, actions = "restricted", ["acknowledge", "notify"] + (["mark_urgent"] if urgent else [])
        elif status == "not_known" or level == 1:
            route, actions = "level1_reply", ["acknowledge", "level1_response"]
            if av == "generic_nonsecure":
                actions = ["acknowledge", "request_personal_address"]
            elif av in ("personal_nonsecure", "invalid"):
                route, actions, exc = "exceptions", ["acknowledge"], "nonsecure_address"
        elif status == "open":
            route, actions, notes = "allocated_worker", ["acknowledge", "notify", "save_case_note"], subjects
        elif status == "closed":
            if consent in ("provided", "not_required"):
                route, actions = "irr_queue", ["acknowledge", "notify"]
            else:
                route, actions, notes = "none", ["request_consent", "save_case_note"], subjects
        if route in ("allocated_worker", "irr_queue"):
            if av == "generic_nonsecure":
                actions.append("request_personal_address")
            if urgent:
                actions.append("mark_urgent")
    elif cat == "ofsted_suitability":
        if m.get("dup_of"):
            route = "none"
            related = {"reference_of": file_of[m["dup_of"]]}
        elif status == "not_known":
            route, actions = "irr_queue", ["notify"]
        elif status == "restricted":
            route, actions = "restricted", ["notify"]
        else:
            route, actions, notes = "irr_queue", ["notify", "save_case_note"], household(subjects)
    elif cat == "casework_submission":
        if m["on_form"]:
            route, actions = "casework_lead", ["acknowledge", "notify"]
        else:
            route, actions = "none", ["request_form"]
    elif cat == "internal_review_request":
        route, actions = "review_team", ["acknowledge", "notify"]
        assert related in TRACKED, m["slug"]
    elif cat == "follow_up":
        route, actions = "reference_owner", ["notify"]
        assert related in TRACKED, m["slug"]
    else:
        raise ValueError(cat)
    if exc == "unknown_reference":
        assert related not in TRACKED
    has_ref = route not in ("none", "exceptions", "reference_owner")
    due_ack = working_day(recv, 1) if "acknowledge" in actions else None
    due_resp = None
    if cat in ("casework_submission", "internal_review_request"):
        if has_ref:
            due_resp = working_day(recv, 20)
        else:
            acc["due_response"] = [None, working_day(recv, 20)]
    if status == "ambiguous":
        subjects = []
    if cat == "automated":
        acc.setdefault("reply_address", [reply, None])
    if cat in NO_CHILD and cat not in ("automated", "other"):
        acc.setdefault("case_status", [None, "not_known"])
    lab = {
        "file": file_of[m["slug"]], "mailbox": mb, "category": cat, "urgent": urgent,
        "urgency_reason": ureason, "irr_level": level if cat == "information_request" else None,
        "consent": consent if cat in ("information_request", "ofsted_suitability") else None,
        "consent_basis": basis if consent == "not_required" else None,
        "concern": concern, "reply_address": reply, "address_verdict": av, "case_status": status,
        "subjects": subjects, "route": route, "actions": sorted(actions), "case_notes": sorted(notes),
        "has_reference": has_ref, "reference_prefix": MAILBOXES[mb]["prefix"] if has_ref else None,
        "related_reference": related, "due_acknowledge": due_ack, "due_response": due_resp, "exception": exc,
    }
    if acc:
        ordered = {}
        for k in lab:
            if k in acc:
                ordered[k] = acc[k]
        lab["acceptable"] = ordered
    lab["why"] = m["why"]
    return lab


# ================================================================= cass mailbox
LADO_SIG_ROS = """Ros Achebe
Designated Officer (LADO)
Kestrelford Borough Council | Civic Centre, Marsh Lane, Kestrelford KF1 2AA
Tel: 0117 496 0412"""

M(mb="cass", slug="ofsted-lado-forward-marlow", recv="2026-01-13 10:05",
  frm=("Rosalind Achebe", "r.achebe@kestrelford.gov.uk"),
  subject="FW: Suitability enquiry - childminder registration - MARLOW",
  headers=[("Thread-Topic", "Suitability enquiry - childminder registration - MARLOW"),
           ("X-Mailer", "Microsoft Outlook 16.0")],
  body="""Morning CASS,

Forwarding the Ofsted request below. Mrs Marlow is not known to LADO and I have replied to Ofsted on that point. Both grandchildren who stay with her are open to Locality East, so over to you for the CSC history and response to Ofsted (both addresses please).

Thanks
""" + LADO_SIG_ROS + """

From: Ofsted Registration Suitability <suitability.enquiries@ofsted.gov.uk>
Sent: 12 January 2026 16:48
To: LADO <lado@kestrelford.gov.uk>
Subject: Suitability enquiry - childminder registration - MARLOW

Dear colleague,

We have received an application to register on the Early Years Register and would be grateful for any information your authority holds that may be relevant to suitability.

Applicant: Denise MARLOW
Date of birth: 09/04/1968
Address: 27 Orchard Rise, Kestrelford KF4 7LN
Provision: childminding on domestic premises

Children who live at or regularly stay at the premises:
- Kayden MARLOW, 11/02/2016 (grandson)
- Ruby MARLOW, 30/08/2019 (granddaughter)

The applicant has signed the declaration and consent form giving permission for these checks.

Please reply to both this mailbox and to earlyyears.registration@ofsted.gov.uk.

Regards
Registration Support Team
Ofsted
""",
  cat="ofsted_suitability", consent="provided", concern=False, subjects=["770010", "770011"],
  why="First Ofsted check naming two open children of one household: IRR queue, notify, case notes on both.")

M(mb="cass", slug="probation-release-address-mbatha", recv="2026-01-30 16:40",
  frm=("Connor Whitlow", "connor.whitlow@justice.gov.uk"),
  subject="Release address checks - release date 03/02/2026 - children at address",
  body="""Dear CASS,

I am the Community Offender Manager for Darren KEANE (DOB 17/06/1987), currently serving a custodial sentence at HMP Ashdown for assault occasioning ABH. His conditional release date is Tuesday 3 February 2026.

The release address he has put forward is 14 Fernleigh Close, Kestrelford KF2 9QP, the home of his sister Lorraine MBATHA. Two children live there:

  Destiny Mbatha   14/02/2014
  Tariq Mbatha     19/08/2016

Mr Keane has previous convictions for violence within a domestic setting, including against a former partner while her children were in the home, and is assessed as posing a medium risk of serious harm to children. Before I can approve or refuse this address I need to know what involvement Children's Social Care has had with the Mbatha children, the reasons for it and when it ended, and any information suggesting the children would not be safe with him living there.

Given the release date I would be grateful for a reply by Monday.

Kind regards

Connor Whitlow
Probation Officer | Kestrelford Probation Delivery Unit
The Probation Service, HM Prison and Probation Service
Mob: 07700 900417

This e-mail and any attachments is intended only for the attention of the addressee(s). Its unauthorised use, disclosure, storage or copying is not permitted.
""",
  cat="information_request", level=2, consent="not_required", basis="significant_harm",
  urgent="prisoner_release", concern=True, subjects=["770140", "770141"],
  why="Probation releasing a violent offender next week to the closed household's address: urgent (prisoner release), consent not required, IRR queue and marked urgent.")

M(mb="cass", slug="probation-ambiguous-tyler-brookes", recv="2026-02-09 09:20",
  frm=("Hollie Danvers", "hollie.danvers@probation.gov.uk"),
  subject="Query - is Tyler Brookes allocated?",
  body="""Hi,

Quick one. A man I supervise, Shane Brookes, told me at his appointment this morning that his son Tyler Brookes "has a social worker". Can you confirm whether Tyler has an allocated worker and, if so, who it is and how I can contact them? I don't have a date of birth or address for Tyler at the moment.

Thanks,
Hollie

Hollie Danvers
Probation Services Officer
Kestrelford & Marsh PDU
0117 496 0583
""",
  cat="information_request", level=1, consent="missing", concern=False, status="ambiguous",
  exception="ambiguous_match", acceptable={"subjects": [[], ["770060", "770070"]]},
  why="Two records are named Tyler Brookes and no date of birth is given: ambiguous_match, exceptions.")

M(mb="cass", slug="ofsted-duplicate-oneliner-marlow", recv="2026-02-25 14:31",
  frm=("LADO Team", "lado.team@kestrelford.gov.uk"),
  subject="FW: Suitability enquiry - MARLOW Denise (resubmitted)",
  body="""Looks like Ofsted have sent Mrs Marlow's one through again - FYI.

LADO Team, Kestrelford

-----Original Message-----
From: Ofsted Registration Suitability <suitability.enquiries@ofsted.gov.uk>
Sent: 25 February 2026 11:02
To: LADO <lado@kestrelford.gov.uk>
Subject: Suitability enquiry - MARLOW Denise (resubmitted)

Applicant: MARLOW, Denise   DOB 09.04.1968
Children at the premises: Kayden and Ruby Marlow (grandchildren)
Consent: signed applicant consent held on file.
""",
  cat="ofsted_suitability", consent="provided", concern=False, subjects=["770010", "770011"],
  dup_of="ofsted-lado-forward-marlow",
  why="Same applicant name and date of birth as the check of 13 January, 43 days earlier: duplicate, route none, related to that check's reference.")

M(mb="cass", slug="police-domestic-overnight-salt", recv="2026-03-08 01:12",
  frm=("PC 4471 Jade Whitmore", "jade.whitmore@kestrelshire.police.uk"),
  subject="Domestic incident 07/03 - children present - SALT - info required before interview",
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  body="""CASS / out of hours,

Officers attended 9 Tannery Row at 22:50 last night following a 999 call from a neighbour. The mother, Kelly SALT, had facial injuries; her partner Jordan ASHE (DOB 02/12/1991) was arrested for ABH and criminal damage. Two children were in the house throughout and were awake when officers arrived:

SALT, Reggie   dob 10/10/2015
SALT, Poppy    dob 02/02/2017

Reggie told officers that "Jordan always shouts at Mum" and that he hides with Poppy in the bathroom when it happens.

Mr Ashe is due to be interviewed later today and a bail decision will follow. Please can you let us have any current involvement with the children, whether they are subject to a child protection plan, the allocated social worker's details and any information about Mr Ashe held on the children's records, so that we can set bail conditions that protect them.

DASH risk assessment: HIGH. MARAC referral submitted.

PC 4471 Jade Whitmore
Response Team C, Kestrelford Police Station
Kestrelshire Police | 101 ext 60442

OFFICIAL-SENSITIVE. Any opinions expressed in this email are those of the individual and not necessarily those of Kestrelshire Police.
""",
  cat="information_request", level=2, consent="not_required", basis="significant_harm",
  urgent="significant_harm", concern=True, subjects=["770120", "770121"],
  why="Police after a high-risk domestic incident need the history before a bail decision: urgent, consent not required; open children to the allocated worker with case notes on both; acknowledgement due Monday 9 March.")

M(mb="cass", slug="ofsted-lindgren-march", recv="2026-03-17 11:02",
  frm=("Gareth Pym", "g.pym@kestrelford.gov.uk"),
  subject="Ofsted suitability check - Marcus Lindgren (childminder's assistant)",
  body="""Hello CASS

OFSTED SUITABILITY CHECK

Applicant: Marcus LINDGREN, born 2 November 1984
Role applied for: assistant to a registered childminder (Early Years Register)
Household: lives with his daughter Freya Lindgren, d.o.b. 21st June 2018

Mr Lindgren is not known to LADO. Freya is open to the Children with Disabilities team. Ofsted confirm the applicant has consented to the checks. Could you review the CSC history and respond to Ofsted directly, copying me in.

Many thanks

Gareth Pym
Local Authority Designated Officer
Kestrelford Borough Council
020 7946 0731
""",
  cat="ofsted_suitability", consent="provided", concern=False, subjects=["770270"],
  why="A new Ofsted check naming an open child: IRR queue, notify, case note on the only child of the household.")

M(mb="cass", slug="cafcass-section7-entwistle-easter", recv="2026-04-02 16:55", recv_tz="+0100",
  frm=("Yasmin Corrigan", "yasmin.corrigan@cafcass.gov.uk"),
  subject="Section 7 report - ENTWISTLE - request for local authority information",
  body="""Dear Sir/Madam

Re: Mollie ENTWISTLE (DOB 16.06.2016)
Court: Family Court sitting at Kestrelford, case no. KF26P00318

I have been directed by the court to prepare a Section 7 welfare report in private law proceedings between Mollie's parents about where she should live. The report is due to be filed on 28 May 2026.

I understand from the father that Mollie is currently open to Kestrelford Children's Services. I should be grateful for a summary of the local authority's involvement, including the reason for the current allocation, any assessments completed and their outcome, and any concerns held about either parent's care of Mollie. Please also let me know the name of the allocated social worker so that I can arrange to speak with them.

As this is a Section 7 report, parental consent is not required for this request. There is no need to treat it as urgent; a reply in the usual timescale will be fine.

Yours faithfully

Yasmin Corrigan
Family Court Adviser
Cafcass, South West Private Law Team
Tel: 0117 496 0890

Cafcass - Children and Family Court Advisory and Support Service. This email may contain confidential information.
""",
  cat="information_request", level=2, consent="not_required", basis="court_report", concern=False,
  subjects=["770160"],
  why="Cafcass writing a Section 7 report, not urgent, about an open case: allocated worker with a case note; received 17:55 on the Thursday before Easter, acknowledgement due Tuesday 7 April.")

M(mb="cass", slug="police-witness-under16-consent-dunmore", recv="2026-04-15 13:45",
  frm=("DC Owen Rafferty", "owen.rafferty@kestrelshire.police.uk"),
  subject="Ellie-Mae DUNMORE - background before witness interview",
  body="""Good afternoon,

I'm the officer in the case for a street robbery in Kestrelford town centre on 11 April. Ellie-Mae Dunmore, born 5th May 2012, saw the offence and we plan to video-interview her as a witness next week.

Before we do, I'd like to know about any previous involvement your service has had with her: any vulnerabilities, learning needs or trauma we should plan around, and anything else that would help us support her during the interview.

Ellie-Mae (she's 13) told us she is happy for us to contact social care. We haven't been able to reach her mum yet to ask for consent.

Regards

DC Owen Rafferty
CID, Kestrelford
Kestrelshire Police
07700 900 562
""",
  cat="information_request", level=2, consent="missing", concern=False, subjects=["770210"],
  why="Detailed information about a closed case with consent only from a 13-year-old, which does not count and no basis applies: request consent, save a case note, no reference.")

M(mb="cass", slug="ofsted-short-forward-penhaligon", recv="2026-04-30 08:50",
  frm=("Rosalind Achebe", "r.achebe@kestrelford.gov.uk"),
  subject="FW: Ofsted check - PENHALIGON",
  body="""FYI - for CASS. Thanks, Ros

________________________________
From: Ofsted Registration Suitability <suitability.enquiries@ofsted.gov.uk>
Sent: Wednesday, April 29, 2026 5:12 PM
Subject: Ofsted check - PENHALIGON

Applicant: Kerry Penhaligon, date of birth 1989-03-14
Registration: childminder, Early Years and Childcare Registers
Household: Oscar Penhaligon (born 5 June 2013) and Isla Penhaligon (born 27 January 2015)

Signed applicant consent held by Ofsted.
""",
  cat="ofsted_suitability", consent="provided", concern=False, subjects=["770020", "770021"],
  why="Short LADO forward of an Ofsted check naming two closed children: IRR queue, case notes on both.")

M(mb="cass", slug="mash-s47-special-client-nowicki", recv="2026-05-01 15:20",
  frm=("Westmarch MASH", "mash@westmarch.gov.uk"),
  subject="URGENT S47 strategy discussion Tuesday 10am - Kacper NOWICKI 08/08/2012",
  body="""To Kestrelford CASS

Kacper Nowicki (08/08/2012) has been staying with his uncle in Westmarch since Easter. Today his school reported bruising to his upper arms and back which he says was caused by his uncle. We are convening a Section 47 strategy discussion at 10:00 on Tuesday 5 May and cannot proceed without Kestrelford's information.

Please send:
 - the period and nature of your involvement
 - any child protection plans, S47 enquiries and assessments with dates
 - anything known about the uncle, Piotr Nowicki

Many thanks

Duty Practice Manager
Westmarch Multi-Agency Safeguarding Hub
Westmarch Council
020 7946 0378
""",
  cat="information_request", level=2, consent="not_required", basis="s47", urgent="s47_strategy",
  concern=True, subjects=["770100"],
  why="Another authority's S47 strategy discussion waits for this, but the child has a special client record: restricted route, plain acknowledgement, notify and mark urgent; acknowledgement due Tuesday 5 May after the bank holiday.")

M(mb="cass", slug="housing-generic-transfer-szabo", recv="2026-05-12 10:10",
  frm=("Kestrel Homes Tenancy Support", "tenancy.support@kestrelhomes.org.uk"),
  subject="Request for supporting information - management transfer - Szabo household",
  html=True,
  body="""Dear Children's Services,

We are assessing a management transfer application from our tenant Ms Edit Szabo, who lives at 3 Heron Court with her daughter Bella SZABO (DOB 29/02/2012). Ms Szabo says the family has an allocated social worker who supports the move to a larger property away from the area.

To present the case to our allocations panel on 2 June we would need to know what support Children's Services is providing to the family, whether the social worker supports the move and the reasons for this.

Ms Szabo signed our data-sharing consent form on 6 May 2026 and a copy is held on her tenancy file.

Kind regards,

Tenancy Support Team
Kestrel Homes
Tel: 0161 496 0215
Kestrel Homes is a registered provider of social housing.
""",
  cat="information_request", level=2, consent="provided", concern=False, subjects=["770290"],
  why="Level 2 with the mother's consent about an open case from a generic non-secure housing mailbox: allocated worker, case note, and ask for a personal address.")

M(mb="cass", slug="ofsted-olusanya-mother", recv="2026-05-18 09:35",
  frm=("Gareth Pym", "g.pym@kestrelford.gov.uk"),
  subject="Ofsted suitability - OLUSANYA, Grace",
  body="""CASS,

Another one from Ofsted please:

OLUSANYA, Grace - DOB 12/05/1990 - applying to register as a childminder
Living with her: son Kai Olusanya, 07/07/2013 (open to Locality West)

Not known to LADO. Ofsted have the applicant's consent on file.

Thanks, Gareth
LADO | 020 7946 0731
""",
  cat="ofsted_suitability", consent="provided", concern=False, subjects=["770280"],
  why="First Ofsted check for this applicant, naming an open child: IRR queue with a case note on the household.")

M(mb="cass", slug="police-missing-cse-pike-untrusted-ar", recv="2026-05-22 22:40",
  frm=("Sgt Leanne Fordyce", "leanne.fordyce@northmoor.police.uk"),
  untrusted_ar="mail.northmoor.police.uk; dkim=fail (body hash did not\n verify) header.d=northmoor.police.uk; spf=softfail smtp.mailfrom=northmoor.police.uk;\n dmarc=fail header.from=northmoor.police.uk",
  subject="MISSING - Mason PIKE 08/03/2010 - CSE concerns - request for information",
  body="""Kestrelford Children's Services,

Mason Pike, 08/03/2010, was reported missing to Northmoor Police at 19:30 this evening. He was last seen getting into a car with two adult males in Northmoor town centre. This is his third missing episode in a month and we have intelligence linking him to older males involved in drug supply; we are treating him as at high risk of exploitation.

We need, as soon as possible:
- the allocated social worker's name and out-of-hours contact
- any known associates, addresses or places he has been found before
- whether he is subject to a child protection or child in need plan

Please ring the Northmoor control room on 0161 496 0927 quoting log 1184 of 22/05 if you have anything tonight.

Sgt Leanne Fordyce 2290
Missing Persons Coordinator
Northmoor Police
""",
  cat="information_request", level=2, consent="not_required", basis="significant_harm",
  urgent="significant_harm", concern=True, subjects=["770310"],
  why="Police with a high-risk missing child need information promptly: urgent, consent not required, open case to the allocated worker; the sender's own failing Authentication-Results is not trusted and is ignored; 23:40 BST Friday before the May bank holiday, acknowledgement due Tuesday 26 May.")

M(mb="cass", slug="pcso-level1-closed-whitcombe-late", recv="2026-06-10 23:30", recv_tz="+0100",
  frm=("PCSO Dan Hurrell", "daniel.hurrell@kestrelshire.police.uk"),
  subject="Arlo Whitcombe - still open?",
  body="""Hi CASS,

Could you tell me whether Arlo Whitcombe (31/10/2014) still has a social worker, and if his case has closed, the date it closed?

Cheers
Dan Hurrell
PCSO 7718, Eastgate Neighbourhood Team
""",
  cat="information_request", level=1, consent="missing", concern=False, subjects=["770260"],
  why="Asks only whether there is a worker or when the case closed, from a secure police address: level-1 reply (closed 1 June); stamped 00:30 BST on Thursday 11 June, so acknowledgement due Friday 12 June.")

M(mb="cass", slug="ofsted-olusanya-grandmother-not-duplicate", recv="2026-06-24 10:15",
  frm=("LADO Team", "lado.team@kestrelford.gov.uk"),
  subject="Ofsted suitability check - Grace OLUSANYA (30/11/1962)",
  body="""Dear colleagues

Please note this is NOT the same person as the check we sent you on 18 May. This applicant is Kai's paternal grandmother, who shares her daughter-in-law's name.

Applicant: Mrs Grace Olusanya, born 30 November 1962
Applying for: Childcare Register (home childcarer)
Relevant child: her grandson Kai Olusanya, dob 07/07/2013, who stays with her most weekends

LADO has no record of the applicant. Applicant's written consent is held by Ofsted.

Kind regards

LADO Team
Kestrelford Borough Council
""",
  cat="ofsted_suitability", consent="provided", concern=False, subjects=["770280"],
  why="Same applicant name as the May check but a different date of birth, so not a duplicate: IRR queue with a case note.")

ACHTERBERG_LETTER = [
    ("b", "Kestrelford Borough Council - Local Authority Designated Officer"),
    ("p", "Civic Centre, Marsh Lane, Kestrelford KF1 2AA    Tel: 0117 496 0412"),
    ("p", "Date: 6 July 2026"),
    ("p", "To: Children's Advice and Support Service (CASS)"),
    ("b", "Re: Ofsted suitability check - Martin ACHTERBERG (date of birth 22/01/1980)"),
    ("p", "Ofsted have asked the local authority for any information relevant to Mr Achterberg's suitability. "
          "He has applied to register as a childminder working from his home at 61 Millstream Way, Kestrelford."),
    ("p", "Mr Achterberg is not known to the LADO service. However, his daughter Nell Achterberg "
          "(date of birth 08/09/2014) is recorded as open to Children's Social Care. I should be grateful if "
          "CASS would review the history of the household and respond to Ofsted at both of the addresses "
          "they have provided."),
    ("p", "Ofsted have confirmed that they hold Mr Achterberg's signed consent to these checks."),
    ("p", "Yours sincerely,"),
    ("p", "Rosalind Achebe"),
    ("p", "Designated Officer (LADO)"),
]

M(mb="cass", slug="ofsted-pdf-letter-achterberg", recv="2026-07-07 14:05",
  frm=("Rosalind Achebe", "r.achebe@kestrelford.gov.uk"),
  subject="Ofsted suitability - ACHTERBERG - letter attached",
  body="""Hi both,

Please see the attached letter about an Ofsted suitability check.

Ros
""",
  attachments=[("LADO letter - Ofsted check - Achterberg.pdf", "application/pdf",
                pdf_bytes(ACHTERBERG_LETTER, "LADO letter"))],
  cat="ofsted_suitability", consent="provided", concern=False, subjects=["770031"],
  why="Ofsted check in an attached PDF letter naming one open child: IRR queue, case notes on all three children of the household.")

M(mb="cass", slug="cafcass-care-proceedings-urgent-pryce", recv="2026-07-20 08:15",
  frm=("Femi Adebanjo", "femi.adebanjo@cafcass.gov.uk"),
  subject="Urgent - care proceedings - PRYCE children - hearing Wed 22 July",
  body="""Dear CASS team,

I have been appointed Children's Guardian for Jaxon PRYCE (05.01.2019) and Esther PRYCE (19.07.2021). Harrowfield Council issued care proceedings on Friday and the court has listed an interim care order hearing for Wednesday 22 July at 10:30.

The family lived in Kestrelford until this spring and I understand your authority was involved until earlier this year. For my initial analysis to the court I urgently need a summary of that involvement: dates, the reasons for it, any child protection plans and the circumstances in which the case closed.

Given the hearing date, anything you can send by close of play tomorrow would be very much appreciated.

Best wishes

Femi Adebanjo
Children's Guardian, Cafcass Public Law
07700 900 238
""",
  cat="information_request", level=2, consent="not_required", basis="plo_or_proceedings",
  urgent="court_or_cp_enquiry", concern=True, subjects=["770170", "770171"],
  acceptable={"concern": [True, False]},
  why="Cafcass urgently needs the history for an interim care order hearing in two days: urgent, consent not required (care proceedings); both children closed, so IRR queue marked urgent.")

M(mb="cass", slug="probation-replyto-other-domain-varga", recv="2026-07-30 12:25",
  frm=("Nadia Petrescu", "nadia.petrescu@justice.gov.uk"),
  reply_to=("Nadia Petrescu", "n.petrescu@probation.gov.uk"),
  subject="Info request - Ollie VARGA (04/04/2016)",
  body="""Dear CASS,

I supervise Stefan Varga on licence. He has asked for supervised contact with his son Ollie VARGA (04/04/2016) to be considered as part of his sentence plan. So that I can assess this properly I would like to know the nature of Children's Social Care's current involvement with Ollie, the allocated worker's view on contact, and any concerns recorded about Mr Varga.

Ollie's mother, Ms Anita Varga, gave her consent to this enquiry when I spoke to her by telephone on 28 July.

Please reply to my probation.gov.uk address as my justice mailbox is being migrated.

Kind regards

Nadia Petrescu
Probation Officer, Kestrelford PDU
0117 496 0655
""",
  cat="information_request", level=2, consent="provided", concern=False, subjects=["770240"],
  exception="reply_to_mismatch",
  acceptable={"concern": [False, True], "reply_address": ["nadia.petrescu@justice.gov.uk", None]},
  why="Reply-To is at probation.gov.uk while From is justice.gov.uk, different registrable domains under gov.uk: reply_to_mismatch, exceptions, nothing sent.")

M(mb="cass", slug="ofsted-lindgren-recheck-after-window", recv="2026-08-28 09:40",
  frm=("Gareth Pym", "g.pym@kestrelford.gov.uk"),
  subject="Ofsted suitability (new application) - LINDGREN, Marcus 02/11/1984",
  body="""Hi CASS,

Ofsted have sent a fresh suitability check on Marcus Lindgren (DOB 02/11/1984). He has now applied to register as a childminder in his own right rather than as an assistant. We last sent you a check for him in March; as that was more than three months ago please treat this as a new request.

Household is unchanged: Mr Lindgren and his daughter Freya (21/06/2018).

Consent held by Ofsted.

Gareth
""",
  cat="ofsted_suitability", consent="provided", concern=False, subjects=["770270"],
  why="Same applicant as the check of 17 March but 164 days later, outside the 90-day window: a new check, IRR queue with a case note.")

CONSENT_FORM = [
    ("h", "Kestrelshire Police - Youth Diversion"),
    ("b", "Consent to share information with partner agencies"),
    ("table", [["Young person", "Zofia KOWALCZYK"], ["Date of birth", "09/09/2010"],
               ["Parent/carer with parental responsibility", "Agnieszka Kowalczyk (mother)"]]),
    ("p", "I consent to Kestrelshire Police requesting and receiving information about my child from "
          "Children's Social Care, Education and Health for the purpose of the Youth Diversion Panel."),
    ("table", [["Signed", "A. Kowalczyk"], ["Date", "03/09/2026"], ["Witnessed by", "DS H. Breckon"]]),
]

M(mb="cass", slug="police-diversion-consent-attached-kowalczyk", recv="2026-09-08 10:55",
  frm=("DS Hannah Breckon", "hannah.breckon@kestrelshire.police.uk"),
  subject="Youth Diversion Panel - information request - Zofia Kowalczyk",
  body="""Dear colleagues,

Zofia Kowalczyk, d.o.b. 09/09/2010, was arrested last month for shoplifting and is being considered for an outcome 22 (deferred prosecution) through the Youth Diversion Panel on 24 September.

To help the panel decide on the most appropriate intervention, please could you provide a summary of Children's Social Care's previous involvement with Zofia and her family, including the reasons for involvement and any work completed.

Her mother, Mrs Agnieszka Kowalczyk, has signed our consent to share form, which I attach.

Many thanks

Hannah Breckon
Detective Sergeant, Youth Justice Liaison
Kestrelshire Police
Tel: 0161 496 0348
""",
  attachments=[("Consent to share - KOWALCZYK.pdf", "application/pdf", pdf_bytes(CONSENT_FORM, "Consent"))],
  cat="information_request", level=2, consent="provided", concern=False, subjects=["770180"],
  why="Signed parental consent attached; more than a level-1 question about a case closed in 2024: IRR queue.")

M(mb="cass", slug="police-asb-siblings-open-closed-tennant", recv="2026-09-21 13:30",
  frm=("PC Sam Oduya", "sam.oduya@kestrelshire.police.uk"),
  cc="Eastgate Neighbourhood Team <eastgate.nht@kestrelshire.police.uk>",
  subject="Problem-solving meeting - Tennant family, Larch Avenue",
  body="""Hello,

We're arranging a multi-agency problem-solving meeting about repeated antisocial behaviour reports involving the Tennant household on Larch Avenue. The young people named in the reports are:

Cerys TENNANT - DOB 06/06/2009
Rhys TENNANT - DOB 21/03/2013

Could you let us know what involvement Children's Services has or has had with each of them, whether there is a current plan, and whether a social worker could attend the meeting on 5 October?

Mrs Tennant agreed to us contacting Children's Services when I visited the family on 17 September.

Thanks,
Sam

PC 2317 Sam Oduya
Eastgate Neighbourhood Policing Team
Kestrelshire Police | 101
""",
  cat="information_request", level=2, consent="provided", concern=False, subjects=["770190", "770191"],
  why="Level 2 about two siblings, one open and one recently closed: case status open, allocated worker, case notes on both.")

M(mb="cass", slug="ooo-cafcass-citing-reference", recv="2026-10-06 09:02",
  frm=("Yasmin Corrigan", "yasmin.corrigan@cafcass.gov.uk"),
  subject="Automatic reply: Acknowledgement - CASS-2026-000388",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
           ("Thread-Topic", "Acknowledgement - CASS-2026-000388")],
  body="""Thank you for your email. I am on annual leave returning on Monday 19 October and will not be checking emails. If your message is urgent please contact the South West Private Law duty line on 0117 496 0800.

Yasmin Corrigan, Family Court Adviser
""",
  cat="automated", concern=False,
  why="Out-of-office auto-reply (Auto-Submitted, X-Autoreply): automated, even though the subject carries a known reference.")

M(mb="cass", slug="yjs-seventeen-own-consent-fenwick", recv="2026-10-22 11:20",
  frm=("Danielle Kaur", "danielle.kaur@harrowfield.gov.uk"),
  subject="Information request - Bradley FENWICK - consent attached / confirmed",
  body="""Dear CASS,

I am Bradley Fenwick's case manager at Harrowfield Youth Justice Service. Bradley (date of birth 20 October 2009) is subject to a Referral Order and is now living with his grandfather in Harrowfield.

Bradley turned 17 on Tuesday. He has signed our consent to share form and asked us to obtain a summary of his involvement with Kestrelford Children's Social Care, including any assessments and the reasons his case was closed, so that we can plan his transition support.

Kind regards

Danielle Kaur
Youth Justice Case Manager
Harrowfield Youth Justice Service, Harrowfield Council
0161 496 0774
""",
  cat="information_request", level=2, consent="provided", concern=False, subjects=["770220"],
  why="Consent given by the young person himself, who is 17: consent provided; level 2 about a closed case goes to the IRR queue.")

M(mb="cass", slug="followup-cafcass-000412-hearing", recv="2026-11-03 15:45",
  frm=("Yasmin Corrigan", "yasmin.corrigan@cafcass.gov.uk"),
  subject="RE: CASS-2026-000412 - hearing brought forward",
  headers=[("In-Reply-To", "<cass-ack-000412@kestrelford.gov.uk>"),
           ("References", "<cass-ack-000412@kestrelford.gov.uk>")],
  body="""Hello,

Further to my request under your reference CASS-2026-000412, the court has brought the dispute resolution hearing forward to 19 November. I would be grateful if the allocated worker's response could reach me by 13 November so that I can include it in my addendum report.

Thank you

Yasmin Corrigan
Family Court Adviser, Cafcass
""",
  cat="follow_up", related="CASS-2026-000412", concern=False,
  why="Reply on a reference the tracker holds: follow-up to the reference owner, no new reference.")

OKAFOR_LETTER = [
    ("b", "KESTRELFORD BOROUGH COUNCIL"),
    ("p", "Local Authority Designated Officer Service"),
    ("p", "Our ref: LADO/OF/2026/0419        17 November 2026"),
    ("p", "CASS, Children's Services, Civic Centre"),
    ("b", "OFSTED SUITABILITY CHECK"),
    ("table", [["Applicant", "Chioma OKAFOR-REID"], ["Date of birth", "30.07.1985"],
               ["Registration", "Childminder - Early Years Register"],
               ["Address", "8 Lapwing Walk, Kestrelford KF3 5RT"]]),
    ("p", "The applicant lives with her two children. Her son Jude Okafor-Reid (d.o.b. 02.10.2011) is "
          "currently open to the Children in Care service. The applicant is not known to LADO."),
    ("p", "Ofsted hold the applicant's signed consent. Please respond to Ofsted with any relevant "
          "information from the children's records."),
    ("p", "Gareth Pym, Local Authority Designated Officer. Tel 020 7946 0731"),
]

M(mb="cass", slug="ofsted-docx-letter-okafor-reid", recv="2026-11-18 10:30",
  frm=("Gareth Pym", "g.pym@kestrelford.gov.uk"),
  subject="LADO referral - Ofsted suitability check (see attached)",
  body="""CASS - referral letter attached for an Ofsted check. Thanks, Gareth""",
  attachments=[("LADO-OF-2026-0419.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx_bytes(OKAFOR_LETTER, dt.datetime(2026, 11, 17, 15, 0)))],
  cat="ofsted_suitability", consent="provided", concern=False, subjects=["770041"],
  why="Ofsted check in an attached .docx letter naming the open son: IRR queue, case notes on him and his sister, whose case is closed.")

M(mb="cass", slug="cafcass-safeguarding-level1-notknown", recv="2026-11-26 14:50",
  frm=("Cafcass Safeguarding South", "safeguarding.south@cafcass.gov.uk"),
  subject="Private law safeguarding enquiry - VANCE-IBE",
  body="""Dear Local Authority,

An application for a child arrangements order under the Children Act 1989 has been made to the Family Court at Kestrelford and the first hearing is listed for 15 December 2026. As part of our safeguarding enquiries before that hearing, please confirm whether the following child is known to your Children's Services and, if so, the name and contact details of the allocated worker or the date the case closed:

Theodora VANCE-IBE, born 14 March 2019, of 2 Kingfisher Mews, Kestrelford

Thank you,

Safeguarding Team (South)
Cafcass
0117 496 0841
""",
  cat="information_request", level=1, consent="not_required", basis="plo_or_proceedings", concern=False,
  subjects=[], acceptable={"consent": ["not_required", "missing"], "consent_basis": ["plo_or_proceedings", None]},
  why="The child is in no record: level-1 reply that the child is not known, to a secure generic Cafcass address.")

M(mb="cass", slug="resettlement-worker-nonsecure-caldwell", recv="2026-12-09 16:05",
  frm=("Ellen Wheeler", "e.wheeler@pathwaysresettlement.org.uk"),
  subject="Ezra Caldwell - allocated social worker?",
  body="""Hello

I'm a family support worker with Pathways Resettlement Trust, working with Ezra Caldwell's family ahead of his dad's release next month.

Could you let me know if Ezra (d.o.b 11/11/2011) has an allocated social worker, and if so their name and how I can get in touch with them?

Many thanks
Ellen Wheeler
Family Support Worker
Pathways Resettlement Trust - registered charity no. 1190000
07700 900 871
""",
  cat="information_request", level=1, consent="missing", concern=False, subjects=["770300"],
  acceptable={"concern": [False, True]},
  why="Level-1 question about an open case from a personal address on a non-secure charity domain: nonsecure_address, exceptions; the acknowledgement still goes.")

M(mb="cass", slug="police-level1-brookes-dob-christmas-eve", recv="2026-12-24 15:10",
  frm=("PC Imogen Salter", "imogen.salter@kestrelshire.police.uk"),
  subject="Tyler BROOKES DOB 29/12/2013 - known to CSC?",
  body="""Afternoon,

Tyler BROOKES, DOB 29/12/2013, is a witness to a minor collision outside his school. Is he known to Children's Services? If the case is closed, could you give me the closure date; if open, the social worker's name and number.

Happy Christmas when it comes.

PC 1650 Imogen Salter
Roads Policing Unit, Kestrelshire Police
""",
  cat="information_request", level=1, consent="missing", concern=False, subjects=["770070"],
  why="The date of birth picks one of the two Tyler Brookes records, closed in 2024: level-1 reply; received on Christmas Eve, acknowledgement due Tuesday 29 December after the Christmas and Boxing Day holidays.")

M(mb="cass", slug="ofsted-restricted-household-bhatt", recv="2027-01-05 11:10",
  frm=("LADO Team", "lado.team@kestrelford.gov.uk"),
  subject="Ofsted suitability request - BHATT",
  body="""Dear CASS

Ofsted suitability request received 4 January 2027.

Applicant - Ravinder Bhatt, DOB 03/03/1979, applying to register as a childminder.
Children in the household - his nephew Aryan Bhatt (17/07/2014) and niece Sia Bhatt (03/11/2016), who live with him under a family arrangement.

LADO: no record of the applicant. Applicant consent is held by Ofsted.

Regards
LADO Team
""",
  cat="ofsted_suitability", consent="provided", concern=False, subjects=["770050", "770051"],
  why="One of the named children has a locked record: restricted route, notify only, no case notes.")

M(mb="cass", slug="yjs-duty-lcs-number-lister", recv="2027-01-18 10:00",
  frm=("Harrowfield YJS Duty", "yjs.duty@harrowfield.gov.uk"),
  subject="Information request - LCS 770200",
  body="""Hello Kestrelford CASS,

Re: Corey (your LCS 770200)

Corey has been made subject to a Youth Rehabilitation Order at Harrowfield Youth Court and is now supervised by our service. Your social worker gave us his LCS number when the case was transferred for supervision.

We are completing our AssetPlus assessment and would like a summary of Kestrelford's current involvement, the current plan and any risks you are aware of. Corey's mother has signed our consent to share form (copy held on our system).

Thanks

Youth Justice Duty Officer
Harrowfield Youth Justice Service
0161 496 0770
""",
  cat="information_request", level=2, consent="provided", concern=False, subjects=["770200"],
  why="The LCS number alone identifies an open child: level 2 with consent goes to the allocated worker with a case note.")

M(mb="cass", slug="probation-personal-interest-ni-doherty", recv="2027-02-03 14:40",
  frm=("Orla Keenan", "orla.keenan@probation.gov.uk"),
  subject="Risk management - partner of mother - DOHERTY, Ciara (12/04/2011)",
  body="""Dear CASS,

I supervise a registered sex offender with convictions for offences against a child. At his appointment yesterday he disclosed that he has begun a relationship with Ms Sinead Doherty, who has a 15-year-old daughter, Ciara Doherty, born 12 April 2011. He says he has been staying overnight at the family home.

Because of the potential risk to Ciara I need to know, before a joint home visit with police on Friday, whether Children's Social Care is involved with her, the allocated worker and whether the family is aware of his offending.

Orla Keenan
Senior Probation Officer, Public Protection Unit
The Probation Service
0161 496 0519
""",
  cat="information_request", level=2, consent="not_required", basis="significant_harm",
  urgent="significant_harm", concern=True, subjects=["770110"],
  why="A risk of significant harm shown by probation before a visit on Friday: urgent, consent not required; the child's record is a personal-interest case (area NI), so restricted route with a plain acknowledgement.")

M(mb="cass", slug="spoofed-police-dmarc-fail-hartley", recv="2027-02-18 09:25",
  frm=("Kestrelshire Police Public Protection", "public.protection@kestrelshire.police.uk"),
  out_host="smtp.fastsend-relay.net", auth=("fail", "fail", "fail"),
  untrusted_ar="kestrelshire-police.mailguard.net; spf=pass\n smtp.mailfrom=kestrelshire.police.uk; dkim=pass header.d=kestrelshire.police.uk;\n dmarc=pass header.from=kestrelshire.police.uk",
  subject="URGENT information required - Sienna HARTLEY 12/12/2017",
  body="""Dear Sir/Madam

URGENT. Please provide the current home address of Sienna HARTLEY (12/12/2017), the name and address of her school, the mobile number of her mother and copies of any assessments held on her record.

Reply to this email at your earliest convenience.

Public Protection Unit
Kestrelshire Police
""",
  cat="information_request", level=2, consent="missing", concern=False, subjects=["770250"],
  exception="sender_not_authenticated",
  why="The trusted relay reports spf, dkim and dmarc all failing (the forged pass header from another authserv-id is ignored): sender_not_authenticated, exceptions, nothing sent.")

M(mb="cass", slug="ofsted-ambiguous-amelia-grant", recv="2027-03-02 10:45",
  frm=("Gareth Pym", "g.pym@kestrelford.gov.uk"),
  subject="Ofsted check - Sharon GRANT (nanny)",
  body="""Hi,

Ofsted check for Sharon GRANT, date of birth 19/06/1975, applying to the voluntary Childcare Register as a nanny. She has told Ofsted that her granddaughter Amelia Grant, who is about eight, stays with her two nights a week and "has a social worker". I don't have Amelia's date of birth.

Applicant consent is held by Ofsted.

Gareth Pym
LADO
""",
  cat="ofsted_suitability", consent="provided", concern=False, status="ambiguous",
  exception="ambiguous_match", acceptable={"subjects": [[], ["770080", "770090"]]},
  why="Two open records are named Amelia Grant and no date of birth is given: ambiguous_match, exceptions.")

M(mb="cass", slug="police-level1-replyto-mash-colquhoun", recv="2027-03-25 16:20",
  frm=("PC Ruth Abernathy", "ruth.abernathy@kestrelshire.police.uk"),
  reply_to=("Kestrelshire MASH Police Referrals", "mash.referrals@kestrelshire.police.uk"),
  subject="Niamh Colquhoun 08-08-2015 - allocated SW?",
  body="""Hi,

Does Niamh Colquhoun (DOB 08-08-2015) have an allocated social worker? If so, could you send the worker's name and contact number. I'm off from tomorrow for the Easter break, so please reply to our team mailbox (set as reply-to).

Thanks
Ruth Abernathy
PC 3306, Police MASH Desk
Kestrelshire Police
""",
  cat="information_request", level=1, consent="missing", concern=False, subjects=["770230"],
  why="Level-1 question about an open case; the Reply-To is a secure generic mailbox on the same force domain, so the level-1 answer goes there; acknowledgement due Tuesday 30 March after Easter.")

M(mb="cass", slug="followup-unknown-reference-2027", recv="2027-04-06 11:35",
  frm=("DS Hannah Breckon", "hannah.breckon@kestrelshire.police.uk"),
  subject="Re: your ref CASS-2027-000033",
  body="""Hello,

I haven't yet had a reply to the request you acknowledged under CASS-2027-000033. Could you let me know where it is up to? The panel sits next Thursday.

Regards
DS Hannah Breckon
Kestrelshire Police
""",
  cat="follow_up", related="CASS-2027-000033", exception="unknown_reference", concern=False,
  acceptable={"related_reference": ["CASS-2027-000033", None]},
  why="Cites a CASS reference of the configured form that the tracker does not hold: unknown_reference, exceptions.")

M(mb="cass", slug="ofsted-notknown-household-tremlett", recv="2027-04-14 09:05",
  frm=("Rosalind Achebe", "r.achebe@kestrelford.gov.uk"),
  subject="Ofsted suitability - TREMLETT household",
  body="""Dear CASS,

Ofsted have asked for suitability checks on the following household. None of them is known to LADO, but Ofsted have asked that Children's Social Care also check its records before they decide.

Applicant: Yvonne TREMLETT, DOB 04.01.1993 (childminder, Early Years Register)
Husband: Aaron TREMLETT, DOB 17.08.1991
Children: Harper TREMLETT, DOB 09.05.2020; Jack TREMLETT, DOB 30.11.2022

Signed consent for the checks is held by Ofsted.

Kind regards,
""" + LADO_SIG_ROS,
  cat="ofsted_suitability", consent="provided", concern=False, subjects=[],
  why="No named person is in the directory: case status not_known, IRR queue, notify, no case notes.")

M(mb="cass", slug="probation-urgent-wording-consent-refused-quinlan", recv="2027-04-26 08:30",
  frm=("Gary Ashworth", "gary.ashworth@justice.gov.uk"),
  subject="URGENT - information request - Harvey Quinlan",
  body="""Good morning,

I am supervising Lee Quinlan on a community order (unpaid work and an accredited programme). For his sentence plan review next week I would like to understand the family background, specifically the involvement Children's Services had with his son Harvey Quinlan (12/12/2012), the reasons for it and how it ended.

Mr Quinlan refused to sign our consent form when I asked him, and I have not been in touch with Harvey's mother.

Sorry for marking this urgent - my review is due on 4 May.

Gary Ashworth
Probation Officer
Kestrelford & Marsh PDU
0117 496 0622
""",
  cat="information_request", level=2, consent="missing", concern=False, subjects=["770150"],
  why="Marked urgent but meets no urgency criterion; consent refused and no basis applies; level 2 about a closed case: request consent and save a case note, no reference.")


# ================================================================= dcs mailbox
OS_P = """OFFICIAL-SENSITIVE: PERSONAL
This e-mail and any attachments are intended for the addressee only. If you have
received it in error, please inform the sender and delete it."""

M(mb="dcs", slug="notform-gmail-admission-after-germany", recv="2026-01-05 19:40",
  frm=("Kirsty Haworth", "kirsty.haworth88@gmail.com"),
  subject="help with school places when we move back from Germany",
  body="""Hi there,

My husband (Cpl Haworth, 1 Royal Welsh) has just been told he's posted from Sennelager back to Catterick at Easter. We've got two kids, Maya who is 9 and Alfie who is 6, and I've phoned North Yorkshire admissions twice now. Both times they've said they can't look at an in-year application until we have a UK address, but we won't get our quarter confirmed until about 2 weeks before we fly.

Someone on a Facebook group said DCS can sort this out. Is there anything you can do? I'm really worried they'll end up with no school for the summer term.

Thanks
Kirsty
""",
  cat="casework_submission", on_form=False, concern=False,
  why="A spouse's free-text request about school admissions, not on the casework form: request the form, no reference.")

M(mb="dcs", slug="form-body-ehcp-transfer-complete", recv="2026-01-22 10:15",
  frm=("Sgt Aled Morgan", "aled.morgan856@mod.gov.uk"),
  subject="DCS Casework Form - EHCP transfer Wiltshire to North Yorkshire",
  body="""Good morning,

Please find my casework submission below, completed on the Annex A template and endorsed by my OC.

ANNEX A - DCS CASEWORK FORM

PART A

Originator Details
Name: 30118245 Sgt Aled MORGAN, REME
Service/Staff Number: 30118245
Telephone/email: 01980 496 017 / aled.morgan856@mod.gov.uk

Detail of Submission
My son (Year 4) has an EHCP maintained by Wiltshire Council naming a specialist resource base at his current school. On my assignment to Catterick Garrison in February, North Yorkshire have said they will not name a school until they have carried out their own review, which could take up to 15 weeks. In the meantime he has no school place that can meet his needs.

I ask DCS to consider raising with North Yorkshire the requirement under the SEND Code of Practice to maintain the plan on transfer, and to support an interim placement. The looked-for outcome is a named school from the first day of the summer term.

Supporting evidence: EHCP (final, Oct 2025), assignment order, letter from North Yorkshire SEND team dated 12/01/2026 (available on request).

Originator Signature: A. Morgan
Dated: 20/01/2026

Chain of Command (CofC)/Line Management(LM) Endorsement
Name: Maj Kathryn Dowling, OC 4 Close Support Company
Service/Staff Number: 25066903
Telephone/email: kathryn.dowling101@mod.gov.uk
This submission is endorsed for the following reasons: The soldier's move is service-driven and the child is at risk of missing education; I support DCS involvement.
This submission is not endorsed for the following reasons:

""" + OS_P,
  cat="casework_submission", on_form=True, concern=False,
  why="Annex A form pasted in full in the body: casework lead, acknowledgement next working day, response in 20.")

M(mb="dcs", slug="other-recruitment-agency", recv="2026-02-03 08:05",
  frm=("Jess Pembury", "jess.pembury@talentbridge-education.co.uk"),
  subject="Interim SEND & casework officers available now - Defence Children's Services",
  html=True,
  body="""Hi team,

Hope the new year is treating you well! I'm reaching out because we currently have three experienced interim SEND caseworkers and an Education Welfare Officer available immediately, all with enhanced DBS and previous experience with armed forces families.

Day rates from £210. If you have any upcoming vacancies or backlog projects, I'd love to set up a quick call this week.

Best,
Jess Pembury
Senior Consultant - Public Sector Education
TalentBridge Education Ltd | 020 7946 0955
To stop receiving these emails reply STOP.
""",
  cat="other", exception="unclassified", concern=False,
  why="Unsolicited recruitment-agency marketing, no list headers: other, exceptions (unclassified).")

M(mb="dcs", slug="notform-headteacher-cea-boarding", recv="2026-02-11 15:30",
  frm=("Mrs Helen Strachan", "headteacher@stbarnabas-larkhill.wilts.sch.uk"),
  subject="Service pupil - loss of CEA when parents posted to Brunei",
  body="""Dear Defence Children's Services,

I am writing as head teacher of St Barnabas CE Primary, Larkhill, on behalf of the parents of one of our Year 6 pupils. Her father (Royal Artillery) has been assigned to Brunei from April on an accompanied posting, but the family have been told that their daughter cannot continue with us as a weekly boarder at the neighbouring prep school under CEA because the posting is "too short".

The family are distraught and the child has already had five schools. I would be grateful if DCS could look into whether an exception could be made, or advise the family what they need to do.

With kind regards

Helen Strachan
Headteacher
St Barnabas CE (VA) Primary School, Larkhill
Tel: 01980 496 330
""",
  cat="casework_submission", on_form=False, concern=False,
  why="A head teacher's letter about a service child's allowance, not on the casework form: request the form.")

GALLAGHER_FORM = {
    "name": "Lt Cdr Fiona GALLAGHER RN",
    "number": "C041977K",
    "contact": "023 9249 6051 / fiona.gallagher342@mod.gov.uk",
    "detail": [
        "I have been assigned to Allied Joint Force Command Naples from August 2026. My son (aged 13) has "
        "an autism diagnosis and is supported at his current school under SEN Support. The MOD school "
        "option near Naples has advised that it cannot meet his needs.",
        "I am asking DCS to consider whether CEA(Day) towards an English-speaking international school "
        "in Naples can be supported on the basis of continuity of education and SEN, given that the "
        "Assessment of Supportability Overseas recommended specialist provision.",
        "Looked-for outcome: confirmation that a CEA(Day) claim will be supported before the family "
        "commits to the posting. Evidence: ASO outcome letter, school SEN Support plan, posting order.",
    ],
    "sig": "F Gallagher",
    "dated": "27 Feb 2026",
    "cofc_name": "Cdr Julian Marchbank RN",
    "cofc_number": "C030184P",
    "cofc_contact": "julian.marchbank115@mod.gov.uk",
    "endorsed": "The officer's posting is a key appointment; supporting continuity of her son's education is essential to retention.",
    "not_endorsed": "",
}

M(mb="dcs", slug="form-docx-cea-day-naples-weekend", recv="2026-02-28 13:22",
  frm=("Lt Cdr Fiona Gallagher", "fiona.gallagher342@mod.gov.uk"),
  subject="Casework submission - CEA(Day) Naples - Annex A attached",
  body="""Good afternoon,

Please find attached my Annex A casework form for consideration, endorsed by my CO. I am working this weekend to get it in before the school's deadline on Friday.

Regards
Fiona Gallagher
Lt Cdr RN
""" + OS_P,
  attachments=[("Annex A - Gallagher - CEA Day Naples.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                form_docx(GALLAGHER_FORM, dt.datetime(2026, 2, 27, 18, 0)))],
  cat="casework_submission", on_form=True, concern=False,
  why="Casework form as an attached .docx, received on a Saturday: casework lead, acknowledgement due Monday 2 March.")

M(mb="dcs", slug="auto-ooo-uwo", recv="2026-03-09 07:00",
  frm=("WO1 Darren Keogh", "darren.keogh121@mod.gov.uk"),
  subject="Out of Office: DCS casework - school transport",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""I am on Exercise WESSEX STORM until 20 March with limited access to email.

For urgent welfare matters please contact the Unit Welfare Office on 01980 496 100.

WO1 D Keogh
Regimental Sergeant Major
""",
  cat="automated", concern=False,
  why="Out-of-office reply (Auto-Submitted: auto-replied): automated, no action.")

M(mb="dcs", slug="notform-senco-exam-access-arrangements", recv="2026-03-17 11:40",
  frm=("Rachel Amin (SENCo)", "r.amin@thornleigh.n-yorks.sch.uk"),
  subject="Exam access arrangements for a Y11 service pupil arriving from Cyprus",
  body="""Hello,

I'm the SENCo at Thornleigh Academy. We have a Year 11 boy who joined us in February when his mum was posted from Dhekelia. At his previous school he had 25% extra time and a reader for his mocks, but the assessment was done by a teacher there who isn't on our list, and the JCQ rules mean we can't simply carry his arrangements across in time for the summer GCSEs.

His parents asked me to contact you. Is there anything DCS can do - for instance, could the assessor from the Cyprus school be accepted, or could DCS fund a specialist assessor to see him quickly? The first exams are in mid-May.

Kind regards

Rachel Amin
SENCo / Assistant Head (Inclusion)
Thornleigh Academy
01748 496 211
""",
  cat="casework_submission", on_form=False, concern=False,
  why="A SENCo's free-text request about a service pupil's exam arrangements, not on the form: request the form.")

M(mb="dcs", slug="irv-dcs-2025-000187-school-transport", recv="2026-03-25 09:10",
  frm=("Capt Joel Ferris-Amadi", "joel.ferris-amadi220@mod.gov.uk"),
  subject="Request for internal review - DCS-2025-000187",
  body="""Dear Executive Branch,

Reference: DCS-2025-000187 (home to school transport)

I have now received two responses to my casework and neither addresses my central point, which is that my son lost his place on the county's transport because our assignment moved us 0.4 miles outside the eligibility boundary mid-year. The second response simply restated the county's policy.

I therefore request an internal review of the decision, conducted by someone with no previous involvement, in accordance with the casework directive.

Yours sincerely

Capt J Ferris-Amadi
Adjutant, 21 Engineer Regiment
01748 496 502
""" + OS_P,
  cat="internal_review_request", related="DCS-2025-000187", concern=False,
  why="The originator asks for an internal review of a casework reference the tracker holds: review team, acknowledge, response in 20 working days.")

CORDERO_FORM = {
    "name": "Flt Sgt Leanne CORDERO",
    "number": "Q8812043",
    "contact": "leanne.cordero417@mod.gov.uk, 07700 900 166",
    "detail": [
        "Assigned to RAF Akrotiri from September 2026 (accompanied). My daughter is 7 and has an EHCP for "
        "speech, language and communication needs with 20 hours of 1:1 support. The MOD school at Akrotiri "
        "has said following the ASO that it cannot provide this level of support.",
        "I ask DCS to review the supportability decision, or confirm what alternative provision could be "
        "funded, so that the family can accompany me. Documents attached to the covering email are the "
        "EHCP and the ASO outcome.",
    ],
    "sig": "L Cordero",
    "dated": "01/04/2026",
    "cofc_name": "Sqn Ldr Marcus Oyelowo",
    "cofc_number": "8301442D",
    "cofc_contact": "marcus.oyelowo309@mod.gov.uk",
    "endorsed": "Endorsed: the posting is operationally required and family separation would have a significant welfare impact.",
    "not_endorsed": "",
}

M(mb="dcs", slug="form-pdf-akrotiri-supportability-easter", recv="2026-04-02 14:45",
  frm=("Flt Sgt Leanne Cordero", "leanne.cordero417@mod.gov.uk"),
  subject="Casework - supportability of posting to Akrotiri (form attached)",
  body="""Hello,

Completed and signed casework form attached as a PDF.

Thanks
Leanne
""",
  attachments=[("DCS casework form - Cordero.pdf", "application/pdf", form_pdf(CORDERO_FORM))],
  cat="casework_submission", on_form=True, concern=False,
  why="Casework form as an attached PDF on the Thursday before Easter: casework lead; acknowledgement due Tuesday 7 April, response skips both Easter holidays.")

M(mb="dcs", slug="notform-padre-selfharm-concern", recv="2026-04-14 12:00",
  frm=("Revd Simon Ellery", "simon.ellery104@mod.gov.uk"),
  subject="Pastoral concern - teenage son of a deployed soldier",
  body="""Dear colleagues,

I am the padre at Bulford. A 15-year-old boy who comes to our youth club told one of the volunteers on Saturday that he has been cutting his arms since his father deployed in January. His mother is struggling on her own with three younger children and has said she does not know where to turn.

I have spoken to the boy and his mother, and she has agreed to a referral to the local authority's children's services, which I will make today. I am writing to ask what DCS can offer alongside that: is there specific support for service children in this situation, and should this be raised with you as casework?

With thanks and best wishes

The Revd Simon Ellery CF
Chaplain, Bulford Garrison
01980 496 744
""",
  cat="casework_submission", on_form=False, concern=True,
  why="A chaplain's free-text email about a service child at risk, sent to the casework inbox, not on the form: casework not on the form, request the form; concern is raised.")

M(mb="dcs", slug="followup-dcs-2026-000011-evidence", recv="2026-04-22 16:10",
  frm=("WO2 Kelvin Asante", "kelvin.asante507@mod.gov.uk"),
  subject="RE: DCS-2026-000011 - further evidence",
  headers=[("In-Reply-To", "<dcs-ack-000011@mod.gov.uk>")],
  body="""Afternoon,

Adding to my casework DCS-2026-000011: the local authority has now written to confirm that it will not consider the Service Pupil Premium evidence until September. Their letter of 20 April is pasted below for your file.

"Dear Mr Asante, Thank you for your enquiry. Applications received after the census date will be considered in the next financial year..."

WO2 K Asante
""",
  cat="follow_up", related="DCS-2026-000011", concern=False,
  why="An addition on a casework reference the tracker holds: follow-up to the reference owner, no new reference.")

M(mb="dcs", slug="notform-la-admissions-officer", recv="2026-05-08 10:20",
  frm=("Paul Stride, School Admissions", "admissions@wiltonshire.gov.uk"),
  subject="Service family - Year 7 application using unit address",
  body="""Good morning,

Wiltonshire Council has received a late Year 7 application for a child whose father is being assigned to RAF Brize Norton in July. The family have used the unit postal address, as allowed by the School Admissions Code, but have not provided an assignment order.

Could DCS confirm the father's assignment and expected arrival date, or tell me who in Defence can do so? Without this we will have to process the application as a non-resident one, and the child is likely to be offered a school some distance away.

Regards

Paul Stride
School Admissions Officer
Wiltonshire Council
01993 496 120
""",
  cat="casework_submission", on_form=False, concern=False,
  why="A local authority officer's free-text request about a service child's admission, not on the form: request the form.")

M(mb="dcs", slug="form-body-sparse-bank-holiday-eve", recv="2026-05-22 16:00",
  frm=("Cpl Dean Whitlock", "dean.whitlock633@mod.gov.uk"),
  subject="casework form",
  body="""ANNEX A - DCS CASEWORK FORM

Part A - Originator Details
Name: Cpl D Whitlock
Service/Staff Number:
Telephone/email: dean.whitlock633@mod.gov.uk

Detail of Submission
Son refused a place at Catterick Garrison primary even though we live in the quarter next to it. Want DCS to back our appeal.

Originator Signature: DW
Dated:

Chain of Command (CofC)/Line Management(LM) Endorsement
Name: Lt P Harrow
Service/Staff Number:
Telephone/email:
This submission is endorsed for the following reasons:
This submission is not endorsed for the following reasons:
""",
  cat="casework_submission", on_form=True, concern=False,
  why="Recognisably the Annex A form though sparsely filled: casework lead; Friday before the May bank holiday, acknowledgement due Tuesday 26 May.")

M(mb="dcs", slug="other-supplier-overdue-invoice", recv="2026-06-04 09:30",
  frm=("Brightline Stationery Accounts", "accounts@brightline-stationery.co.uk"),
  subject="Overdue invoice INV-30418 - DCYP",
  body="""Dear Customer,

Our records show that invoice INV-30418 for £1,284.60 (toner cartridges and A4 paper, delivered 14 April 2026 to DCYP, Trenchard Lines) is now 21 days overdue.

Please arrange payment or forward this email to your accounts payable team. If payment has already been made please disregard this reminder.

Brightline Stationery Ltd
Credit Control | 0161 496 0660
Company registered in England no. 00000000
""",
  cat="other", exception="unclassified", concern=False,
  why="A supplier's payment reminder misdirected to the casework inbox: other, exceptions (unclassified).")

M(mb="dcs", slug="notform-hotmail-fsm-service-pupil-premium", recv="2026-06-14 20:50",
  frm=("Shannon Leckie", "shannon_leckie@hotmail.co.uk"),
  subject="free school meals + pupil premium",
  body="""hi, we moved to tidworth in april (husband is LCpl in the tank regiment) and the new school has told me my 2 boys aren't getting free school meals anymore because the old council's award doesn't carry across, and they're not down for service pupil premium either. we're on universal credit so should definitely qualify. i've filled in the council form but it's been 6 weeks. can you chase it or tell the school??

shannon
""",
  cat="casework_submission", on_form=False, concern=False,
  why="A spouse's free-text request on a Sunday evening, not on the form: request the form, no reference.")

ALDRIDGE_FORM = {
    "name": "SAC Thomas ALDRIDGE",
    "number": "30241187",
    "contact": "thomas.aldridge190@mod.gov.uk / 01993 496 410",
    "detail": [
        "I would like DCS to fund a private tutor for my daughter's A-level chemistry because her new "
        "school near Brize Norton does not offer the same exam board and she will have to restart the course.",
        "Looked-for outcome: tutor funding for one year.",
    ],
    "sig": "T Aldridge",
    "dated": "22/06/2026",
    "cofc_name": "Flt Lt Sophie Carrow",
    "cofc_number": "8279331B",
    "cofc_contact": "sophie.carrow226@mod.gov.uk",
    "endorsed": "",
    "not_endorsed": "Not endorsed. The matter should first be raised with CEAS, who advise on continuity of "
                    "education and exam boards; policy does not provide for tutor funding.",
}

M(mb="dcs", slug="form-docx-not-endorsed", recv="2026-06-24 10:05",
  frm=("SAC Tom Aldridge", "thomas.aldridge190@mod.gov.uk"),
  cc="Flt Lt Sophie Carrow <sophie.carrow226@mod.gov.uk>",
  subject="Annex A - A level continuity (line manager comments included)",
  body="""To DCS,

My line manager has not endorsed this but has said I can still submit it. Form attached.

SAC T Aldridge
""",
  attachments=[("Aldridge_AnnexA.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                form_docx(ALDRIDGE_FORM, dt.datetime(2026, 6, 23, 9, 0)))],
  cat="casework_submission", on_form=True, concern=False,
  why="The Annex A form with the endorsement section recording non-endorsement is still the form: casework lead.")

M(mb="dcs", slug="notform-hive-generic-transition-scotland", recv="2026-07-07 13:15",
  frm=("Catterick HIVE Information Centre", "catterick-hive-info@mod.gov.uk"),
  subject="Family moving Catterick to Edinburgh - additional support needs",
  body="""Good afternoon,

We have been supporting a family who are moving on assignment from Catterick to Dreghorn Barracks, Edinburgh, in August. Their son is in Year 5 with an EHCP; the parents are anxious because Scotland does not use EHCPs and the City of Edinburgh Council has told them it will carry out its own assessment under the additional support for learning legislation after he starts school.

The parents have asked if DCS can help to make sure support is in place from day one. Could you advise what DCS can do, or who the family should contact?

Kind regards

HIVE Information Officer
Catterick Garrison HIVE
01748 496 600
""",
  cat="casework_submission", on_form=False, concern=False,
  why="HIVE's free-text request for help with a transition between postings, not on the form: request the form.")

M(mb="dcs", slug="rtm-form-body-replyto-gmail", recv="2026-07-16 17:30",
  frm=("Maj Hugh Templeton", "hugh.templeton300@mod.gov.uk"),
  reply_to=("Hugh Templeton", "hugh.templeton@gmail.com"),
  subject="DCS casework form - boarding school closure",
  body="""DCS Casework Form (Annex A)

Originator Details
Name: Maj H R Templeton
Service/Staff Number: 24873310
Telephone/email: hugh.templeton300@mod.gov.uk (please reply to my personal address while I am on leave)

Detail of Submission
My two children board at Harrowgate Hall School, which has announced that it will close at the end of the autumn term. The nearest alternative boarding school charges fees above the CEA(Board) ceiling. I ask DCS to consider a temporary uplift or transitional arrangement for the spring and summer terms so that the children can complete the school year without a further move.

Originator Signature: H R Templeton      Dated: 15 July 2026

Chain of Command (CofC)/Line Management(LM) Endorsement
Name: Lt Col S Faraday, CO
Service/Staff Number: 24519006
Telephone/email: s.faraday144@mod.gov.uk
This submission is endorsed for the following reasons: The closure is outside the family's control and a mid-year move would cause significant disruption.
This submission is not endorsed for the following reasons: N/A

""" + OS_P,
  cat="casework_submission", on_form=True, concern=False, exception="reply_to_mismatch",
  acceptable={"reply_address": ["hugh.templeton300@mod.gov.uk", None]},
  why="Reply-To at gmail.com differs from the mod.gov.uk From: reply_to_mismatch, exceptions, no acknowledgement sent.")

M(mb="dcs", slug="dsn-bounce-request-form", recv="2026-07-27 08:12",
  frm=("Mail Delivery Subsystem", "mailer-daemon@relay.mod.gov.uk"), system=True, return_path="<>",
  subject="Undeliverable: DCS casework - please resubmit on the casework form",
  headers=[("Auto-Submitted", "auto-replied")],
  raw_ct='multipart/report; report-type=delivery-status;\n\tboundary="----=_NDR_7c1e0b6a52d94f33"',
  raw_body="""This is a MIME-formatted message.

------=_NDR_7c1e0b6a52d94f33
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or groups:

shannon_leckie@hotmail.co.uk
The recipient's mailbox is unavailable. The message was not delivered after
repeated attempts.

------=_NDR_7c1e0b6a52d94f33
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.mod.gov.uk
Arrival-Date: Mon, 27 Jul 2026 07:10:05 +0000

Final-Recipient: rfc822; shannon_leckie@hotmail.co.uk
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox unavailable

------=_NDR_7c1e0b6a52d94f33
Content-Type: text/rfc822-headers

From: dcyp-casework@mod.gov.uk
To: shannon_leckie@hotmail.co.uk
Subject: DCS casework - please resubmit on the casework form
Date: Mon, 27 Jul 2026 08:10:01 +0100
Message-ID: <dcs-reqform-leckie@mod.gov.uk>

------=_NDR_7c1e0b6a52d94f33--
""",
  cat="automated", concern=False,
  why="Non-delivery report (multipart/report, null return path): automated, no action.")

M(mb="dcs", slug="notform-la-send-team-ehcp-funding", recv="2026-08-10 09:55",
  frm=("Castlemere SEN Team", "sen.team@castlemere.gov.uk"),
  subject="Service child EHCP - specialist placement and future posting",
  body="""Dear DCS,

Castlemere is finalising an EHCP for a 9-year-old service child whose parents have requested an independent specialist school. The family expect to be posted abroad within 18 months. Before our panel on 27 August, we would like to know whether MOD would fund continuity of the placement (for example through CEA) if the family moves overseas, as this affects whether the placement would be stable.

Could someone from DCS advise?

Bronwen Pugh
SEN Casework Officer, on behalf of the SEN Team
Castlemere Council
0161 496 0133
""",
  cat="casework_submission", on_form=False, concern=False,
  why="A local authority SEND team's free-text request, not on the casework form: request the form; the secure generic address does not change that.")

DUNBAR_FORM = {
    "name": "CPO Marie DUNBAR",
    "number": "D193870T",
    "contact": "marie.dunbar712@mod.gov.uk",
    "detail": [
        "My son boards at a school in Perthshire under CEA(Board). I am being drafted to HMNB Clyde for "
        "two years from October and will be living unaccompanied in the mess, with my partner remaining in "
        "the family home in Plymouth.",
        "I have been told that the change of duty station means my CEA eligibility must be reassessed and "
        "that it may cease. I ask DCS to consider whether continuity of education allows the allowance to "
        "continue until he finishes his Highers in 2028.",
    ],
    "sig": "M Dunbar",
    "dated": "26.08.2026",
    "cofc_name": "Lt Cdr A Penrose",
    "cofc_number": "C038211L",
    "cofc_contact": "a.penrose233@mod.gov.uk",
    "endorsed": "Supported - the draft is a service requirement.",
    "not_endorsed": "",
}

M(mb="dcs", slug="form-pdf-cea-board-before-bank-holiday", recv="2026-08-28 15:35",
  frm=("CPO Marie Dunbar", "marie.dunbar712@mod.gov.uk"),
  subject="Casework form - CEA(Board) continuity",
  body="""Please see attached casework form. Many thanks, Marie Dunbar (CPO)""",
  attachments=[("Casework_Dunbar_CEA.pdf", "application/pdf", form_pdf(DUNBAR_FORM))],
  cat="casework_submission", on_form=True, concern=False,
  why="Casework form as a PDF on the Friday before the August bank holiday: casework lead, acknowledgement due Tuesday 1 September.")

M(mb="dcs", slug="other-misdirected-hr-leave-query", recv="2026-09-09 08:45",
  frm=("Gavin Holt", "gavin.holt451@mod.gov.uk"),
  subject="Annual leave carry-over query",
  body="""Hi,

I'm a Band D in the Army Personnel Centre. I have 12 days of annual leave I couldn't take because of the summer surge and my line manager says I need HR approval to carry more than 10 into next year. Is this the right mailbox for that, and do I need a form?

Thanks
Gavin Holt
""",
  cat="other", exception="unclassified", concern=False,
  why="A civil servant's personal HR question sent to the wrong mailbox: other, exceptions (unclassified).")

M(mb="dcs", slug="notform-uwo-cea-after-separation", recv="2026-09-22 14:20",
  frm=("Capt Rhian Pritchard", "rhian.pritchard338@mod.gov.uk"),
  subject="Advice please - CEA(Board) after separation - soldier in my unit",
  body="""Dear DCS,

I'm the Unit Welfare Officer for 1st Battalion, The Mercian Regiment. One of my soldiers has separated from his wife; their daughter has boarded at a school in Shropshire for three years and now lives with her mother in the holidays. The soldier still pays his parental contribution and wants to keep her at the school until her GCSEs next summer, but the pay team say his eligibility lapses because the child is no longer "a member of his household".

Is there anything DCS can do for him, and what would he need to send you?

Regards

Rhian Pritchard
Capt, UWO 1 MERCIAN
01743 496 052
""",
  cat="casework_submission", on_form=False, concern=False,
  why="A unit welfare officer's free-text request on behalf of a soldier, not on the form: request the form.")

M(mb="dcs", slug="irv-dcs-2026-000031-formal", recv="2026-10-01 10:40",
  frm=("Lt Col Imogen Beck", "imogen.beck205@mod.gov.uk"),
  subject="Internal review - DCS-2026-000031",
  html=True,
  body="""Dear Head of DCS Executive Branch,

INTERNAL REVIEW REQUEST - CASEWORK REFERENCE DCS-2026-000031

I refer to the response of 14 August and the further response of 9 September to my casework about the refusal of CEA for my son following my assignment to SHAPE.

I remain dissatisfied. Neither response considered the educational psychologist's report that I submitted, and both relied on a policy interpretation that the CEAS adviser I spoke to regards as incorrect. I request an internal review, under paragraph 20 of the DCS casework directive, by officers with no part in the original decision.

I would be grateful for confirmation of the review lead and the expected completion date.

Yours faithfully

I. Beck
Lt Col
SHAPE, Belgium | +32 65 44 0000 (via switchboard)
""" + OS_P,
  cat="internal_review_request", related="DCS-2026-000031", concern=False,
  why="A formal request for internal review naming a tracked DCS reference: review team, acknowledge, 20 working days.")

RIDGEWAY_BODY = """DCS CASEWORK FORM - ANNEX A

Originator Details
Name: Sgt P Ridgeway
Service/Staff Number: 25190477
Telephone/email: paul.ridgeway519@mod.gov.uk

Detail of Submission
Please pay the outstanding school fees for my children's boarding school directly into the account given in the school's latest letter, as the school will exclude them on Friday. The account details have changed; use the new ones only.

Originator Signature: P Ridgeway     Dated: 12/10/2026

Chain of Command (CofC)/Line Management(LM) Endorsement
Name: Capt R Mills
Service/Staff Number: 25331902
Telephone/email: r.mills177@mod.gov.uk
This submission is endorsed for the following reasons: urgent
This submission is not endorsed for the following reasons:
"""

M(mb="dcs", slug="sna-form-body-dmarc-fail", recv="2026-10-13 11:00",
  frm=("Sgt Paul Ridgeway", "paul.ridgeway519@mod.gov.uk"),
  out_host="vps-4471.cheaphost-eu.net", auth=("fail", "fail", "fail"),
  subject="DCS casework - urgent school fees",
  body=RIDGEWAY_BODY,
  cat="casework_submission", on_form=True, concern=False, exception="sender_not_authenticated",
  why="The trusted relay reports spf, dkim and dmarc failing for a mod.gov.uk sender: sender_not_authenticated, exceptions, nothing sent.")

M(mb="dcs", slug="form-body-html-late-night-bst", recv="2026-10-22 23:20",
  frm=("LCpl Jordan Mensah", "jordan.mensah864@mod.gov.uk"),
  subject="Casework form - nursery place after posting to Tidworth",
  html=True,
  body="""Sorry for the late email, I've only just got back from duty. My form is below.

ANNEX A - DCS CASEWORK FORM

Part A - Originator Details
Name: LCpl Jordan MENSAH, RLC
Service/Staff Number: 30422871
Telephone/email: 07700 900 643

Detail of Submission
We were posted to Tidworth in September. Our daughter (3) had a funded 30-hours place in Aldershot, but Wiltshire have told us we cannot claim the funded hours until next term because our code was issued by Hampshire. My wife has had to give up her job to look after her. I am asking DCS to take this up with Wiltshire so that the funded place can start now.

Originator Signature: J Mensah
Dated: 22/10/26

Chain of Command (CofC)/Line Management(LM) Endorsement
Name: SSgt K Broadbent
Service/Staff Number: 25077140
Telephone/email: k.broadbent290@mod.gov.uk
This submission is endorsed for the following reasons: Service move has caused the loss of childcare funding.
This submission is not endorsed for the following reasons:
""",
  cat="casework_submission", on_form=True, concern=False,
  why="The form in an HTML body, stamped 00:20 BST on Friday 23 October: casework lead, acknowledgement due Monday 26 October.")

M(mb="dcs", slug="notform-bursar-untrusted-ar", recv="2026-10-26 10:05",
  frm=("Adrian Kellaway", "bursar@ardleighcollege.org.uk"),
  untrusted_ar="mail.ardleighcollege.org.uk; dkim=fail (signature\n expired) header.d=ardleighcollege.org.uk; dmarc=fail header.from=ardleighcollege.org.uk",
  subject="CEA claims rejected for two service pupils",
  body="""Dear Sir or Madam

I am writing about two of our boarders, siblings whose mother serves in the Royal Navy. The Pay and Admin office has rejected the autumn term CEA claims because the certificate of attendance was signed by our registrar rather than by me. I have now re-signed the certificates, but the family have been told it may be another term before payment is made and the fees are overdue.

I would be grateful if DCS could intervene so that the claims can be processed this term.

Yours faithfully

Adrian Kellaway
Bursar
Ardleigh College
01206 496 010
""",
  cat="casework_submission", on_form=False, concern=False,
  why="A bursar's free-text request, not on the form: request the form; the failing header added by the school's own server is from an untrusted authserv-id and is ignored.")

M(mb="dcs", slug="followup-unknown-dcs-reference", recv="2026-11-05 12:30",
  frm=("WO2 Kelvin Asante", "kelvin.asante507@mod.gov.uk"),
  subject="Chasing - DCS-2026-000110",
  body="""Hi,

I submitted the evidence you asked for under DCS-2026-000110 three weeks ago and haven't heard anything. Can you confirm it was received?

Kelvin Asante
""",
  cat="follow_up", related="DCS-2026-000110", exception="unknown_reference", concern=False,
  acceptable={"related_reference": ["DCS-2026-000110", None]},
  why="Cites a DCS reference of the configured form that the tracker does not hold: unknown_reference, exceptions.")

M(mb="dcs", slug="mdn-read-receipt-review-ack", recv="2026-11-17 09:03",
  frm=("Lt Col Imogen Beck", "imogen.beck205@mod.gov.uk"),
  subject="Read: Internal review - acknowledgement",
  raw_ct='multipart/report; report-type=disposition-notification;\n\tboundary="----=_MDN_3b8e41f0c2aa9d71"',
  raw_body="""------=_MDN_3b8e41f0c2aa9d71
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Your message

  To: Beck, Imogen Lt Col
  Subject: Internal review - acknowledgement
  Sent: 16 November 2026 16:40

was read on 17 November 2026 10:03.

------=_MDN_3b8e41f0c2aa9d71
Content-Type: message/disposition-notification

Reporting-UA: mod.gov.uk; Microsoft Outlook 16.0
Final-Recipient: rfc822;imogen.beck205@mod.gov.uk
Original-Message-ID: <dcs-irv-ack-beck@mod.gov.uk>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_3b8e41f0c2aa9d71--
""",
  cat="automated", concern=False,
  why="Read receipt (multipart/report, disposition-notification): automated.")

M(mb="dcs", slug="notform-sapper-no-secondary-place", recv="2026-11-25 18:10",
  frm=("Spr Ross McAllister", "ross.mcallister247@mod.gov.uk"),
  subject="No school place for my daughter",
  body="""Hi,

Posted to Chilwell in October. Notts have offered my daughter (Year 8) a school 14 miles away with no transport, and she's been at home for 5 weeks now. Can DCS help?

Spr McAllister
07700 900 309
""",
  cat="casework_submission", on_form=False, concern=False,
  why="A short free-text request from a serving soldier, not on the form: request the form.")

M(mb="dcs", slug="other-phishing-mailbox-quota", recv="2026-12-01 06:55",
  frm=("MOD IT Service Desk", "it-support@m0d-servicedesk.com"),
  subject="ACTION REQUIRED: Mailbox quota exceeded - verify within 24 hours",
  html=True,
  body="""Dear User,

Your mailbox dcyp-casework@mod.gov.uk has exceeded its storage quota (99.8%). Incoming messages will be rejected after 24 hours.

To keep your mailbox active, verify your account now:
https://m0d-servicedesk.com/owa/verify?u=dcyp-casework

Failure to verify will result in permanent deletion of your messages.

IT Service Desk
Ministry of Defence
""",
  cat="other", exception="unclassified", concern=False,
  why="A credential-phishing mail from a look-alike domain that passes its own checks: other, exceptions (unclassified).")

ODUYA_FORM = {
    "name": "Cfn L Oduya",
    "number": "",
    "contact": "liam.oduya318@mod.gov.uk",
    "detail": ["Kids school uniform grant lost when we moved from Germany. Want it paid."],
    "sig": "",
    "dated": "24/12",
    "cofc_name": "",
    "cofc_number": "",
    "cofc_contact": "",
    "endorsed": "",
    "not_endorsed": "",
}

M(mb="dcs", slug="form-docx-sparse-christmas-eve", recv="2026-12-24 14:00",
  frm=("Cfn Liam Oduya", "liam.oduya318@mod.gov.uk"),
  subject="casework",
  body="""Form attached. CO away till January so the endorsement bit is blank, sorry.

Liam
""",
  attachments=[("form.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                form_docx(ODUYA_FORM, dt.datetime(2026, 12, 24, 13, 0)))],
  cat="casework_submission", on_form=True, concern=False,
  why="A sparsely filled Annex A in a .docx with the endorsement blank is still the form: casework lead; received Christmas Eve, acknowledgement due Tuesday 29 December.")

M(mb="dcs", slug="notform-overseas-international-school-registrar", recv="2027-01-11 10:30",
  frm=("Anneke de Vries", "registrar@kingsmere-international.nl"),
  subject="Admission of a British service child - confirmation of fee arrangements",
  body="""Dear Sir/Madam,

Kingsmere International School, near Brunssum, has offered a place in Grade 4 from 1 February to the son of a British Army officer assigned to JFC Brunssum. Our board requires confirmation that tuition fees will be met before the pupil can start. The family tell us that fees are paid under the Continuity of Education Allowance (Day) but that they have not yet received written confirmation.

Could Defence Children's Services confirm the arrangements, or let me know who can provide a letter of financial guarantee?

Kind regards,

Anneke de Vries
Admissions Registrar
Kingsmere International School
+31 45 000 0000
""",
  cat="casework_submission", on_form=False, concern=False,
  why="An overseas school's free-text request about a service child, not on the form: request the form.")

M(mb="dcs", slug="mailing-list-families-newsletter", recv="2027-01-22 12:00",
  frm=("Forces Families Network", "newsletter@forcesfamiliesnetwork.org.uk"),
  subject="January bulletin: school admissions deadlines, SEND roadshows and more",
  headers=[("List-Id", "Forces Families Network bulletin <bulletin.forcesfamiliesnetwork.org.uk>"),
           ("List-Unsubscribe", "<mailto:unsubscribe@forcesfamiliesnetwork.org.uk>"),
           ("Precedence", "bulk")],
  html=True,
  body="""Forces Families Network - January 2027 bulletin

1. Primary school applications close on 15 January - late applications for service families.
2. SEND roadshows in Tidworth, Catterick and Colchester this spring.
3. New guidance on the Service Pupil Premium census date.

You are receiving this because you subscribed to our bulletin. Unsubscribe at any time.
""",
  cat="automated", concern=False,
  why="A mailing-list bulletin (List-Id, Precedence: bulk): automated, no action.")

M(mb="dcs", slug="irv-gmail-dcs-2026-000164-third-response", recv="2027-02-08 20:15",
  frm=("Nathan Coombes", "nath.coombes@gmail.com"),
  subject="internal review please - DCS-2026-000164",
  body="""Hello,

This is Sgt Nathan Coombes, writing from my home email as I'm on leave.

I've now had three replies on DCS-2026-000164 (my daughter's school transport after our move to Larkhill) and each one says the same thing without answering my question about the unsafe walking route. I'd like an internal review by someone who hasn't dealt with it before.

Thanks
Nathan Coombes
07700 900 118
""",
  cat="internal_review_request", related="DCS-2026-000164", concern=False,
  why="The originator, writing from a personal address, asks for an internal review of a tracked reference: review team, acknowledge, 20 working days.")

WHITFIELD_FORM = {
    "name": "Maj Eleanor WHITFIELD",
    "number": "24998172",
    "contact": "eleanor.whitfield411@mod.gov.uk",
    "detail": [
        "My daughter's school in Germany (closing under the drawdown) cannot provide a GCSE centre for her "
        "exams in summer 2027. I ask DCS to confirm arrangements for her to sit her exams at a UK centre and "
        "to fund travel and accommodation for the exam period.",
    ],
    "sig": "E Whitfield",
    "dated": "26 March 2027",
    "cofc_name": "Lt Col (awaiting CO signature)",
    "cofc_number": "",
    "cofc_contact": "",
    "endorsed": "",
    "not_endorsed": "",
}

M(mb="dcs", slug="form-pdf-sparse-easter-saturday", recv="2027-03-27 10:00",
  frm=("Maj Eleanor Whitfield", "eleanor.whitfield411@mod.gov.uk"),
  subject="Annex A - GCSE centre after school closure (endorsement to follow)",
  body="""Dear DCS,

Attached is my casework form. My CO is on leave over Easter, so the endorsement section is not yet complete; I will send the signed version when he returns, but I did not want to miss the exam entry deadline.

Eleanor Whitfield
""",
  attachments=[("Whitfield - Annex A.pdf", "application/pdf", form_pdf(WHITFIELD_FORM))],
  cat="casework_submission", on_form=True, concern=False,
  why="The Annex A form as PDF with the endorsement not yet completed is still the form; received on Easter Saturday, acknowledgement due Tuesday 30 March.")

M(mb="dcs", slug="notform-spouse-cannot-get-form-signed", recv="2027-04-07 09:00",
  frm=("Gemma Faulkner", "gemmafaulkner@btinternet.com"),
  subject="School appeal - service family Brize Norton",
  body="""Dear DCS,

I have read that casework should be sent on your Annex A form, but my husband is on exercise in Norway until May and can't get it signed by his chain of command, so I'm emailing instead.

We moved to Carterton in January. Our son was refused a place at the school nearest our quarter and we have an appeal hearing on 28 April. The admissions authority doesn't seem to have taken account of the Admissions Code provisions for service families. Could DCS provide a letter to support our appeal?

Thank you,
Gemma Faulkner
""",
  cat="casework_submission", on_form=False, concern=False,
  why="The sender mentions the Annex A form but writes in free text instead: not on the form, request the form.")

M(mb="dcs", slug="followup-dcs-2027-000009-resolved", recv="2027-04-21 13:25",
  frm=("FS Gareth Nolan", "gareth.nolan562@mod.gov.uk"),
  subject="Reference DCS-2027-000009 - resolved",
  body="""Good afternoon,

Just to let you know that the local authority has now confirmed my son's school place from the start of the summer term, so casework DCS-2027-000009 can be closed. Thank you for your help.

Regards
FS G Nolan
""",
  cat="follow_up", related="DCS-2027-000009", concern=False,
  why="An update on a casework reference the tracker holds: follow-up to the reference owner.")


# ================================================================= main
def main():
    write_directory()
    file_of = {}
    counters = {}
    for m in MESSAGES:
        counters[m["mb"]] = counters.get(m["mb"], 0) + 1
        m["file"] = f"{m['mb']}/{counters[m['mb']]:03d}_{m['slug']}.eml"
        file_of[m["slug"]] = m["file"]
    for mb in MAILBOXES:
        d = HERE / mb
        d.mkdir(exist_ok=True)
        for old in d.glob("*.eml"):
            old.unlink()
    labels = []
    for mb in ("cass", "dcs"):
        for m in MESSAGES:
            if m["mb"] != mb:
                continue
            (HERE / m["file"]).write_bytes(build_eml(m).encode("ascii"))
            labels.append(derive(m, file_of))
    with open(HERE / "labels.jsonl", "w") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
