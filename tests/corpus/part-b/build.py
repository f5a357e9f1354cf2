#!/usr/bin/env python3
"""Regenerates the part-B triage corpus (cass mailbox: correspondence, medical
correspondence, OFSTED suitability checks) deterministically.

Run with /work/main/.venv/bin/python build.py from this folder (needs
python-docx, reportlab, holidays). Writes cases.csv, tracker.csv, cass/*.eml and
labels.jsonl next to this script.
"""
import base64, csv, hashlib, io, json, os, re, zipfile
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
SECURE = ["gov.uk", "nhs.net", "nhs.uk", "police.uk", "pnn.police.uk", "cjsm.net",
          "mod.uk", "cafcass.gov.uk", "probation.gov.uk", "justice.gov.uk"]
ROLE = set("admin business central contact duty enquiries enquiry front general help helpdesk hub "
           "info mailbox mash noreply office post reception referrals safeguarding secure support "
           "team triage".split())

# --------------------------------------------------------------------------
# Case directory
# --------------------------------------------------------------------------
W = {  # worker key: (name, email, team, team manager)
    "PR": ("Priya Ramanathan", "p.ramanathan@kestrelford.gov.uk", "Family Safeguarding East", "r.colquhoun@kestrelford.gov.uk"),
    "TW": ("Tomasz Wieczorek", "t.wieczorek@kestrelford.gov.uk", "Family Safeguarding West", "h.achebe@kestrelford.gov.uk"),
    "GR": ("Gemma Rowntree", "g.rowntree@kestrelford.gov.uk", "Disabled Children's Team", "s.mcallister@kestrelford.gov.uk"),
    "KA": ("Kwame Asante", "k.asante@kestrelford.gov.uk", "Children in Care", "h.achebe@kestrelford.gov.uk"),
    "BL": ("Bethan Lloyd-Price", "b.lloydprice@kestrelford.gov.uk", "Early Help and Assessment", "r.colquhoun@kestrelford.gov.uk"),
    "OA": ("Olumide Adebayo", "o.adebayo@kestrelford.gov.uk", "Child Protection and Court", "s.mcallister@kestrelford.gov.uk"),
}
# id, given, family, dob, household, status, closed_on, worker, restriction, owner, area
CASES = [
    (730101, "Chidi", "Okafor", "2014-11-02", "HH-B101", "open", "", "PR", "", "", "East"),
    (730102, "Adaeze", "Okafor", "2017-06-30", "HH-B101", "open", "", "PR", "", "", "East"),
    (730103, "Kayden", "Whitlock", "2012-09-04", "HH-B102", "open", "", "TW", "", "", "West"),
    (730104, "Renée", "Dufresne", "2016-08-22", "HH-B103", "open", "", "GR", "", "", "Central"),
    (730105, "Jaxon", "Pilbeam", "2019-03-15", "HH-B104", "open", "", "BL", "", "", "South"),
    (730106, "Poppy", "Pilbeam", "2021-10-07", "HH-B104", "open", "", "BL", "", "", "South"),
    (730107, "Rio", "Pilbeam", "2023-05-28", "HH-B104", "open", "", "BL", "", "", "South"),
    (730108, "Harvey", "Barraclough", "2015-03-12", "HH-B105", "closed", "2026-01-31", "TW", "", "", "West"),
    (730109, "Lily-Mae", "Barraclough", "2019-11-02", "HH-B105", "closed", "2026-01-31", "TW", "", "", "West"),
    (730110, "Maisie", "Trenholm", "2013-07-21", "HH-B106", "closed", "2026-03-16", "BL", "", "", "South"),
    (730111, "Oscar", "Trenholm", "2016-01-09", "HH-B106", "closed", "2026-03-16", "BL", "", "", "South"),
    (730112, "Leo", "Hartigan", "2016-04-08", "HH-B107", "open", "", "KA", "", "", "Central"),
    (730113, "Leo", "Hartigan", "2018-12-19", "HH-B108", "closed", "2023-09-29", "BL", "", "", "South"),
    (730114, "Ruby", "Sinclair", "2014-10-03", "HH-B109", "open", "", "PR", "", "", "East"),
    (730115, "Ruby", "Sinclair", "2011-05-27", "HH-B110", "closed", "2026-06-12", "TW", "", "", "West"),
    (730116, "Tyler", "Marchbank", "2010-12-01", "HH-B111", "closed", "2024-07-19", "OA", "", "", "Central"),
    (730117, "Ellie-Rose", "Cattermole", "2020-02-29", "HH-B112", "open", "", "GR", "", "", "Central"),
    (730118, "Nasir", "Qureshi", "2013-05-05", "HH-B113", "open", "", "OA", "locked", "d.fairbrother@kestrelford.gov.uk", "East"),
    (730119, "Aisling", "Doherty", "2015-09-17", "HH-B114", "open", "", "KA", "special_client", "c.mcilroy@kestrelford.gov.uk", "NI"),
    (730120, "Ciaran", "Doherty", "2018-01-25", "HH-B114", "open", "", "KA", "special_client", "c.mcilroy@kestrelford.gov.uk", "NI"),
    (730121, "Bartosz", "Nowicki", "2012-03-30", "HH-B115", "closed", "2025-11-14", "TW", "personal_interest", "m.oduya@kestrelford.gov.uk", "West"),
    (730122, "Summer-Jade", "Fenwick", "2017-07-04", "HH-B116", "closed", "2026-05-29", "TW", "", "", "West"),
    (730123, "Declan", "Fenwick", "2014-11-11", "HH-B116", "closed", "2026-05-29", "TW", "", "", "West"),
    (730124, "Isla", "McBride", "2022-04-19", "HH-B117", "open", "", "BL", "", "", "South"),
    (730125, "Freya", "Lindqvist", "2012-06-06", "HH-B118", "open", "", "KA", "", "", "Central"),
    (730126, "Mohammed", "Rahman", "2011-02-14", "HH-B119", "open", "", "OA", "", "", "Central"),
    (730127, "Aaliyah", "Rahman", "2015-08-08", "HH-B119", "open", "", "OA", "", "", "Central"),
    (730128, "Zainab", "Rahman", "2019-12-24", "HH-B119", "open", "", "OA", "", "", "Central"),
    (730129, "Jack", "Ellery", "2009-10-10", "HH-B120", "closed", "2026-10-31", "OA", "", "", "Central"),
    (730130, "Logan", "Ellery", "2013-01-20", "HH-B120", "closed", "2026-10-31", "OA", "", "", "Central"),
    (730131, "Ivy", "Thornbury", "2018-08-12", "HH-B121", "open", "", "GR", "locked", "d.fairbrother@kestrelford.gov.uk", "Central"),
    (730132, "Kacper", "Zielinski", "2016-02-02", "HH-B122", "closed", "2026-08-07", "PR", "", "", "East"),
    (730133, "Holly", "Penrose", "2014-07-07", "HH-B123", "open", "", "TW", "", "", "West"),
    (730134, "Finley", "Penrose", "2011-03-03", "HH-B123", "open", "", "TW", "", "", "West"),
    (730135, "Evie", "Penrose", "2022-09-09", "HH-B123", "open", "", "TW", "", "", "West"),
    (730136, "Archie", "Gallagher", "2017-10-30", "HH-B124", "closed", "2025-02-21", "BL", "", "", "South"),
    (730137, "Rosie", "Gallagher", "2020-05-13", "HH-B124", "closed", "2025-02-21", "BL", "", "", "South"),
    (730138, "Dylan", "Osei", "2015-12-05", "HH-B125", "open", "", "OA", "", "", "Central"),
    (730139, "Sophia", "Osei", "2010-04-22", "HH-B125", "open", "", "OA", "", "", "Central"),
    (730140, "Noah", "Brightwell", "2016-06-16", "HH-B126", "open", "", "PR", "personal_interest", "m.oduya@kestrelford.gov.uk", "East"),
    (730141, "Grace", "Brightwell", "2013-09-01", "HH-B126", "open", "", "PR", "personal_interest", "m.oduya@kestrelford.gov.uk", "East"),
    (730142, "Reggie", "Ashdown", "2012-11-27", "HH-B127", "closed", "2027-02-12", "KA", "", "", "Central"),
    (730143, "Tilly", "Ashdown", "2016-03-18", "HH-B127", "closed", "2027-02-12", "KA", "", "", "Central"),
    (730144, "Mason", "Greaves", "2014-01-06", "HH-B128", "open", "", "PR", "", "", "East"),
    (730145, "Lola", "Greaves", "2017-05-25", "HH-B128", "open", "", "PR", "", "", "East"),
    (730146, "Kai", "Worrall", "2019-07-31", "HH-B129", "closed", "2026-12-18", "GR", "", "", "Central"),
    (730147, "Harper", "Quinlan", "2020-10-14", "HH-B130", "open", "", "BL", "", "", "South"),
    (730148, "Ethan", "Brookes", "2012-02-08", "HH-B131", "closed", "2026-04-30", "TW", "", "", "West"),
    (730150, "Bonnie", "Askew", "2024-01-17", "HH-B132", "open", "", "BL", "", "", "South"),
]
CASE = {c[0]: c for c in CASES}


def household(pid):
    hh = CASE[pid][4]
    return sorted(str(c[0]) for c in CASES if c[4] == hh)


def write_cases():
    with open(os.path.join(HERE, "cases.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow("person_id,given_name,family_name,dob,household_id,status,closed_on,allocated_worker,"
                   "worker_email,team,team_manager_email,restriction,restriction_owner_email,area".split(","))
        for (pid, g, fam, dob, hh, st, closed, wk, restr, owner, area) in CASES:
            n, e, team, tm = W[wk]
            w.writerow([pid, g, fam, dob, hh, st, closed, n, e, team, tm, restr, owner, area])


TRACKER = [
    ("CASS-2026-000004", "2026-01-05", "information_request", "level1_reply", "closed"),
    ("CASS-2026-000005", "2026-01-05", "correspondence", "allocated_worker", "closed"),
    ("CASS-2027-000002", "2027-01-04", "information_request", "irr_queue", "open"),
]


def write_tracker():
    with open(os.path.join(HERE, "tracker.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["reference", "received_on", "category", "route", "status"])
        for row in TRACKER:
            w.writerow(row)

# --------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------

def make_pdf(title, lines):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    y = 800
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 28
    c.setFont("Helvetica", 10)
    for line in lines:
        for chunk in wrap(line, 95):
            if y < 60:
                c.showPage(); c.setFont("Helvetica", 10); y = 800
            c.drawString(50, y, chunk)
            y -= 14
        y -= 4
    c.showPage()
    c.save()
    return buf.getvalue()


def wrap(text, width):
    if not text:
        return [""]
    out, cur = [], ""
    for word in text.split(" "):
        if len(cur) + len(word) + 1 > width and cur:
            out.append(cur); cur = word
        else:
            cur = (cur + " " + word).strip()
    out.append(cur)
    return out


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    fixed = datetime(2026, 1, 1, 9, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.author = ""
    d.core_properties.title = title
    d.add_heading(title, level=1)
    if table:
        t = d.add_table(rows=0, cols=2)
        for k, v in table:
            r = t.add_row().cells
            r[0].text, r[1].text = k, v
    for p in paras:
        d.add_paragraph(p)
    raw = io.BytesIO(); d.save(raw)
    # rewrite the zip with fixed timestamps so that the output is deterministic
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()

# --------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------

def h(s, n=24):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def fold(name, value, width=78):
    """Fold a header the way the samples do (continuation lines start with a space)."""
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w_ in words:
        if len(cur) + 1 + len(w_) > width and cur.strip() != name + ":":
            lines.append(cur); cur = " " + w_
        else:
            cur = cur + " " + w_
    lines.append(cur)
    return "\n".join(lines)


def rfc_date(dt_utc, style):
    if style == "local":
        return format_datetime(dt_utc.astimezone(LON))
    return format_datetime(dt_utc).replace("-0000", "+0000")


def ip(seed):
    b = hashlib.md5(seed.encode()).digest()
    return f"{100 + b[0] % 90}.{b[1]}.{b[2]}.{1 + b[3] % 250}"


def build_eml(m):
    slug = m["file"]
    addr = m["from"][1]
    dom = addr.split("@")[1].lower()
    rcv = m["rcv"]
    relay = m.get("relay") or f"mail-{h(dom,4)}.outbound.{dom}"
    hdr = []
    hdr.append(fold("Received", f"from {relay} ({relay} [{ip(slug)}]) by mx.kestrelford.gov.uk with ESMTPS id "
                    f"{h(slug+'q',12).upper()} for <cass@kestrelford.gov.uk>; {rfc_date(rcv, m.get('rstyle','utc'))}"))
    auth = m.get("auth", "pass")
    adom = m.get("mailfrom", dom)
    if auth == "pass":
        ar = (f"mx.kestrelford.gov.uk; spf=pass (sender IP is permitted) smtp.mailfrom={adom}; dkim=pass "
              f"(signature was verified) header.d={adom}; dmarc=pass action=none header.from={dom}")
    elif auth == "dmarc_fail":
        ar = (f"mx.kestrelford.gov.uk; spf=fail (sender IP is not permitted) smtp.mailfrom={adom}; dkim=none "
              f"(message not signed) header.d=none; dmarc=fail action=quarantine header.from={dom}")
    elif auth == "spf_dkim_fail":
        ar = (f"mx.kestrelford.gov.uk; spf=fail (sender IP is not permitted) smtp.mailfrom={adom}; dkim=fail "
              f"(signature did not verify) header.d={adom}; dmarc=none action=none header.from={dom}")
    hdr.append(fold("Authentication-Results", ar))
    inner = rcv - timedelta(seconds=4 + int(h(slug, 2), 16) % 30)
    hdr.append(fold("Received", f"from [10.{int(h(slug+'a',2),16)}.{int(h(slug+'b',2),16)}.{int(h(slug+'c',2),16)}] "
                    f"(unknown [10.{int(h(slug+'a',2),16)}.{int(h(slug+'b',2),16)}.{int(h(slug+'c',2),16)}]) by {relay} "
                    f"with ESMTPSA id {h(slug+'i',10)}; {rfc_date(inner, 'utc')}"))
    if m.get("untrusted_ar"):
        hdr.append(fold("Authentication-Results", m["untrusted_ar"]))
    sent = rcv - timedelta(seconds=40 + int(h(slug, 3), 16) % 400)
    hdr.append(f"Date: {rfc_date(sent, m.get('dstyle','utc'))}")
    name, a = m["from"]
    hdr.append(f"From: {name} <{a}>" if name else f"From: {a}")
    hdr.append(f"To: {m.get('to', 'cass@kestrelford.gov.uk')}")
    if m.get("cc"):
        hdr.append(fold("Cc", m["cc"]))
    if m.get("reply_to"):
        hdr.append(f"Reply-To: {m['reply_to']}")
    hdr.append(fold("Subject", m["subject"]))
    for k, v in m.get("extra", []):
        hdr.append(fold(k, v))
    hdr.append(f"Message-ID: <{h(slug+'mid')}@{m.get('mid_dom', dom)}>")
    hdr.append("MIME-Version: 1.0")
    body = m["body"].strip("\n") + "\n"
    atts = m.get("att", [])
    html = m.get("html")
    if not atts and not html:
        enc = "8bit" if any(ord(ch) > 127 for ch in body) else "7bit"
        hdr.append('Content-Type: text/plain; charset="utf-8"')
        hdr.append(f"Content-Transfer-Encoding: {enc}")
        return "\n".join(hdr) + "\n\n" + body
    bnd = f"----=_Part_{h(slug+'bnd',20)}"
    parts = []
    enc = "8bit" if any(ord(ch) > 127 for ch in body) else "7bit"
    textpart = f'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: {enc}\n\n{body}'
    if html:
        import quopri
        qp = quopri.encodestring(html.encode("utf-8")).decode("ascii")
        b2 = f"----=_Alt_{h(slug+'alt',20)}"
        alt = (f'Content-Type: multipart/alternative; boundary="{b2}"\n\n--{b2}\n{textpart}\n--{b2}\n'
               f'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n{qp}\n--{b2}--\n')
        first = alt
    else:
        first = textpart
    if not atts:
        # body is multipart/alternative on its own
        b2 = f"----=_Alt_{h(slug+'alt',20)}"
        hdr.append(f'Content-Type: multipart/alternative;\n boundary="{b2}"')
        return "\n".join(hdr) + "\n\n" + first.split("\n\n", 1)[1]
    parts.append(first)
    for kind, fname, data in atts:
        ctype = {"pdf": "application/pdf",
                 "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[kind]
        b64 = base64.encodebytes(data).decode("ascii")
        parts.append(f'Content-Type: {ctype}; name="{fname}"\nContent-Transfer-Encoding: base64\n'
                     f'Content-Disposition: attachment; filename="{fname}"\n\n{b64}')
    hdr.append(f'Content-Type: multipart/mixed;\n boundary="{bnd}"')
    out = "\n".join(hdr) + "\n\nThis is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{bnd}\n{p.rstrip(chr(10))}\n\n"
    out += f"--{bnd}--\n"
    return out

# --------------------------------------------------------------------------
# Label logic (an independent statement of the contract, checked against the
# route written by hand for every message)
# --------------------------------------------------------------------------

def verdict(address):
    local, dom = address.rsplit("@", 1)
    dom = dom.lower()
    secure = any(dom == s or dom.endswith("." + s) for s in SECURE)
    words = [w_ for w_ in re.split(r"[._+\-0-9]+", local.lower()) if w_]
    generic = any(w_ in ROLE for w_ in words)
    return ("secure_" if secure else "") + ("generic" if generic else "personal") + ("" if secure else "_nonsecure")


def london_date(dt):
    return dt.astimezone(LON).date()


def add_month(d):
    import calendar
    y, mth = (d.year + (d.month // 12), d.month % 12 + 1)
    last = calendar.monthrange(y, mth)[1]
    return date(y, mth, min(d.day, last))


def label(m):
    cat = m["cat"]
    subs = sorted(str(s) for s in m.get("subjects", []))
    status = m.get("status")  # explicit for ambiguous / not_known / None
    if status is None and subs:
        recs = [CASE[int(s)] for s in subs]
        if any(r[8] for r in recs):
            status = "restricted"
        elif any(r[5] == "open" for r in recs):
            status = "open"
        else:
            status = "closed"
    frm = m["from"][1]
    rt = m.get("reply_to")
    exc = m.get("exception")
    if exc == "reply_to_mismatch":
        reply = frm.lower()
    else:
        reply = (re.search(r"<([^>]+)>", rt).group(1) if rt and "<" in rt else rt or frm).lower()
    recv_local = london_date(m["rcv"])
    concern = m["concern"]
    urgent, ureason = False, None
    actions, notes, route, related = [], [], None, None
    if exc is None and status == "ambiguous":
        exc = "ambiguous_match"
    if exc:
        route = "exceptions"
    elif cat in ("correspondence", "medical_correspondence"):
        if status == "restricted":
            route = "restricted"; actions = ["notify"]
            if concern:
                actions.append("mark_urgent")
        elif cat == "medical_correspondence":
            route = "cp_team"; actions = ["notify", "save_case_note"]; notes = subs
        elif status == "open":
            route = "allocated_worker"; actions = ["notify", "save_case_note"]; notes = subs
        elif status == "closed" and concern and all(True for _ in [0]) and \
                recv_local <= max(add_month(date.fromisoformat(CASE[int(s)][6])) for s in subs):
            route = "re_referral"; actions = ["notify", "save_case_note"]; notes = subs
        else:
            route = "front_door"; actions = ["notify"]
    elif cat == "ofsted_suitability":
        if m.get("dup_of"):
            route = "none"; related = {"reference_of": m["dup_of"]}
        elif status == "not_known":
            route = "irr_queue"; actions = ["notify"]
        elif status == "restricted":
            route = "restricted"; actions = ["notify"]
        else:
            route = "irr_queue"; actions = ["notify", "save_case_note"]
            notes = sorted({p for s in subs for p in household(int(s))})
    if cat in ("correspondence", "medical_correspondence") and status == "restricted" and concern:
        urgent, ureason = True, "significant_harm"
    assert route == m["route"], (m["file"], route, m["route"])
    has_ref = route not in ("none", "exceptions", "reference_owner")
    lab = {
        "file": "cass/" + m["file"], "mailbox": "cass", "category": cat,
        "urgent": urgent, "urgency_reason": ureason, "irr_level": None,
        "consent": m.get("consent") if cat == "ofsted_suitability" else None,
        "consent_basis": None, "concern": concern,
        "reply_address": reply, "address_verdict": verdict(reply),
        "case_status": status, "subjects": subs if status != "ambiguous" else [],
        "route": route, "actions": sorted(actions), "case_notes": sorted(notes),
        "has_reference": has_ref, "reference_prefix": "CASS" if has_ref else None,
        "related_reference": related, "due_acknowledge": None, "due_response": None,
        "exception": exc,
    }
    acc = dict(m.get("acceptable", {}))
    if status == "ambiguous":
        acc["subjects"] = [[], subs]
    if exc == "no_subject_identified":
        acc["case_status"] = [None, "not_known"]
    if acc:
        lab["acceptable"] = acc
    lab["why"] = m["why"]
    return lab


def utc(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


# --------------------------------------------------------------------------
# Messages, in triage order
# --------------------------------------------------------------------------
MESSAGES = []
def M(**k):
    k['from'] = k.pop('from_')
    MESSAGES.append(k)

M(file="001_attendance-letter-okafor-chidi.eml", received="2026-01-06 09:12:31",
  from_=("Mrs Denise Harrop", "d.harrop@staidans.kestrelford.sch.uk"),
  subject="Attendance update - Chidi Okafor (Yr 6)",
  body="""
Good morning,

As agreed at the last core group, I am sending a short attendance update for
Chidi Okafor (DOB 02/11/2014, LCS 730101) for the autumn term.

Autumn term attendance: 96.1% (one authorised absence, dental appointment,
and two late marks in September before the new bus pass came through).
Chidi has not missed a day since half term. He is punctual, comes in with
everything he needs and has joined the lunchtime chess club.

No action needed from school's side; we will carry on monitoring as normal.
Please pass this to Priya for the file.

Kind regards

Denise Harrop
Attendance and Pastoral Lead
St Aidan's CE Primary School, Kestrelford
Tel: 0117 496 0412
""",
  cat="correspondence", subjects=[730101], concern=False, route="allocated_worker",
  why="An attendance update on an open case raising no concern: allocated worker, case note on the child.")

M(file="002_ofsted-childminder-pilbeam-kerry.eml", received="2026-01-08 14:03:12",
  from_=("Marcus Ilesanmi", "m.ilesanmi@kestrelford.gov.uk"),
  subject="OFSTED suitability check - PILBEAM, Kerry",
  body="""
Hi CASS,

Please see below an OFSTED suitability request that has come through to
LADO. The applicant is not known to LADO; however one of her children is
open to Early Help, so I'm passing it on for you to review and respond to
Ofsted directly.

Applicant:       Kerry PILBEAM
Date of birth:   02/09/1991
Registration:    Childminder (Early Years Register), home address in
                 the Fernhill ward
Child in the household known to CSC:  Jaxon PILBEAM, DOB 15/03/2019

Ofsted have confirmed that they hold the applicant's signed consent for
these checks.

Thanks,
Marcus

Marcus Ilesanmi
Local Authority Designated Officer (LADO)
Kestrelford Borough Council | 020 7946 0318
""",
  cat="ofsted_suitability", subjects=[730105], consent="provided", concern=False, route="irr_queue",
  why="First check on this applicant naming an open child: IRR queue, notify, case notes on all three Pilbeam children.")

M(file="003_discharge-summary-dufresne.eml", received="2026-01-12 11:47:05",
  from_=("Ward 7 Children's Unit", "kef-tr.ward7paeds@nhs.net"),
  subject="Discharge summary",
  body="""
INPATIENT DISCHARGE SUMMARY - copy to Children's Social Care (open case)

Patient:        DUFRESNE, Renee
DOB:            22-08-2016
NHS No:         943 476 5921
Admitted:       09/01/2026 (elective)
Discharged:     11/01/2026
Consultant:     Mr A. Fairweather, ENT

Procedure: bilateral tonsillectomy for recurrent tonsillitis (7 episodes in
12 months). Uncomplicated. Tolerating soft diet and fluids on discharge.

Medication on discharge: paracetamol and ibuprofen, weight-based doses,
for 5 days.

Follow-up: ENT nurse telephone review in 2 weeks. Return to school after
2 weeks. Parents advised to seek urgent review if any bleeding.

Mum and her support worker were present for the discharge discussion and
given written aftercare advice.

This summary was produced electronically and is valid without a signature.
Kestrelford and Fenmoor NHS Trust - Children's Services
""",
  cat="medical_correspondence", subjects=[730104], concern=False, route="cp_team",
  why="A hospital discharge summary is a medical document; the child (accents aside) is open: CP team with a case note.")

M(file="004_ofsted-nanny-notknown-tremlett.eml", received="2026-01-15 10:20:44",
  from_=("LADO Kestrelford", "lado.team@kestrelford.gov.uk"),
  subject="Ofsted check - nanny applicant J Tremlett",
  body="""
Good morning

Ofsted have asked for checks on the applicant below, who has applied to
register as a home childcarer (nanny) on the voluntary Childcare Register.
In her declaration she said social care "may have been involved" with her
family when she lived in Kestrelford about ten years ago, so please check
your records for her and her son.

  Name:          Joanna Tremlett (previously Joanna Kaye)
  DOB:           03.03.1988
  Son:           Tobias Tremlett, born 14 November 2017
  Current address: Stoke Bishop (Brackenmoor area)

Nothing is held by LADO. Ofsted hold her signed consent.

Regards
Designated Officer Team (LADO)
Kestrelford Borough Council
""",
  cat="ofsted_suitability", subjects=[], status="not_known", consent="provided", concern=False, route="irr_queue",
  why="Neither the applicant nor her son is in the directory: not_known, IRR queue, notify only, no case notes.")

M(file="005_housing-transfer-whitlock.eml", received="2026-01-19 15:31:50",
  from_=("Sanjay Mehta", "sanjay.mehta@ridgewayhomes.org.uk"),
  subject="Tenancy transfer completed - Whitlock household",
  cc="t.wieczorek@kestrelford.gov.uk",
  body="""
Dear Tomasz / Children's Services,

I am writing to confirm that the management transfer for Ms Jodie Whitlock
and her son Kayden (d.o.b. 4th September 2012) completed on Friday 16
January. The family have moved from 22 Coppice Row to a two-bedroom
first-floor flat at 9 Lark Rise, Kestrelford KF4 2PL.

The new property has been inspected and the repairs identified at viewing
(bedroom window lock, kitchen extractor) were completed before the keys
were handed over. Ms Whitlock's housing benefit claim has been updated with
the new address.

Kayden's school have confirmed he will stay at Fernhill Academy and the
travel time is about the same.

Please do not hesitate to contact me if you need anything further.

Yours sincerely,

Sanjay Mehta
Tenancy Sustainment Officer
Ridgeway Homes
Direct line: 0161 496 0735
Ridgeway Homes is a registered society (No. 7720). This e-mail and any
attachments are confidential and intended only for the addressee.
""",
  cat="correspondence", subjects=[730103], concern=False, route="allocated_worker",
  why="A housing association's letter about an open child's household: allocated worker with a case note.")

M(file="006_paediatric-assessment-pdf-hartigan.eml", received="2026-01-22 16:05:19",
  from_=("Dr Helen Castellano", "helen.castellano@nhs.net"),
  subject="Community paediatric assessment - Leo Hartigan",
  body="""
Dear colleagues,

Please find attached my assessment letter for Leo Hartigan (DOB 08.04.2016),
seen in the Child Development Centre on 20 January. A copy has gone to
his GP and to his carers.

With best wishes

Dr Helen Castellano
Consultant Community Paediatrician
Larchfield Child Development Centre
0117 496 0288
""",
  att=[("pdf", "Hartigan L - CDC assessment 20-01-2026.pdf",
        ("Larchfield Child Development Centre - Community Paediatric Assessment", [
            "Name: Leo HARTIGAN    Date of birth: 08/04/2016    NHS number: 487 220 6619",
            "Seen: 20 January 2026, with his foster carer Mrs Lorna Beddoes.",
            "Reason for referral: concerns from school about attention, fine motor skills and handwriting.",
            "History: Leo settled well in his current placement. Sleep is better since a bedtime routine was introduced. No medical problems of note; immunisations up to date.",
            "Examination: growth on the 25th centile for height and weight. Neurological examination normal. Mild hypermobility. Immature pencil grip.",
            "Impression: developmental coordination difficulties; no evidence of ADHD at this stage.",
            "Plan: referral to children's occupational therapy; school to use a sloping board and pencil grips; review in clinic in 6 months.",
            "Dr H. Castellano, Consultant Community Paediatrician"]))],
  cat="medical_correspondence", subjects=[730112], concern=False, route="cp_team",
  why="A paediatric assessment (PDF) for the open Leo Hartigan picked out by his date of birth: CP team with a case note.")

M(file="007_gp-admin-nochild.eml", received="2026-01-27 12:14:02",
  from_=("Practice Manager - Elm Lodge Surgery", "elmlodge.practicemanager@nhs.net"),
  subject="Re: our telephone call this morning",
  body="""
Hello,

Further to our telephone conversation this morning, I can confirm that the
practice has now updated its records for the child we discussed. The foster
carer's details have been added as the main contact and the previous home
address has been removed from the record, as you asked.

The registration will show on the national system within 48 hours.

Kind regards,
Janice
Practice Manager
Elm Lodge Surgery, 4 Elm Lodge Road, Kestrelford
Tel 0117 496 0977
""",
  cat="correspondence", subjects=[], status=None, concern=False, route="exceptions",
  exception="no_subject_identified",
  why="A surgery's letter about 'the child we discussed' names no child: no_subject_identified, exceptions.")

M(file="008_ofsted-penrose-household-noconsent.eml", received="2026-01-30 09:40:27",
  from_=("Anika Sorensen", "anika.sorensen@kestrelford.gov.uk"),
  subject="Suitability check (Ofsted) - Michelle Penrose",
  body="""
Morning,

One for CASS from the LADO inbox.

Ofsted have received an application from Mrs Michelle PENROSE (19 November
1987) to register as a childminder working from home. Her stepson Finley
Penrose (03/03/2011) lives in the household and is known to Children's
Social Care. Nothing on LADO records for Mrs Penrose.

Can you review and send your response to both Ofsted addresses as usual.

Anika

Anika Sorensen | LADO Support Officer
Kestrelford Borough Council | 020 7946 0542
""",
  cat="ofsted_suitability", subjects=[730134], consent="missing", concern=False, route="irr_queue",
  why="Check naming one open child of the Penrose household with no word on consent: IRR queue, case notes on all three siblings.")

M(file="009_camhs-report-docx-lindqvist.eml", received="2026-02-04 13:22:40",
  from_=("Owain Pritchard", "owain.pritchard2@nhs.net"),
  subject="CAMHS progress report - Freya Lindqvist - Eclipse ID 730125",
  body="""
Kwame,

Attached is my progress report for Freya ahead of her LAC review next week.
Headline: she has completed 10 of 12 sessions of CBT for anxiety and is
sleeping much better. No new risks identified.

Thanks
Owain

Owain Pritchard
Clinical Psychologist, Kestrelford CAMHS (Looked After Children Team)
Hawthorn House, Kestrelford | 0161 496 0150
""",
  att=[("docx", "Freya Lindqvist CAMHS progress report Feb 2026.docx",
        ("CAMHS Progress Report", [
            "Freya presented with generalised anxiety and difficulty settling at night after her move to her current foster placement.",
            "She has engaged well with cognitive behavioural therapy and uses a thought diary most evenings. Her foster carer reports that she now falls asleep within half an hour on most nights.",
            "Freya's own rating of her worry has come down from 8/10 to 4/10. School report fewer visits to the medical room.",
            "Plan: two further sessions, then discharge to the universal school counselling service with an open door for six months.",
            "Owain Pritchard, Clinical Psychologist"],
         [("Name", "Freya LINDQVIST"), ("Date of birth", "06/06/2012"), ("Eclipse ID", "730125"), ("Referrer", "Children in Care Team")]))],
  cat="medical_correspondence", subjects=[730125], concern=False, route="cp_team",
  why="A CAMHS clinical report (DOCX) for an open child, identified by Eclipse ID: CP team with a case note.")

M(file="010_ofsted-restricted-brightwell.eml", received="2026-02-10 10:02:58",
  from_=("Marcus Ilesanmi", "m.ilesanmi@kestrelford.gov.uk"),
  subject="Ofsted suitability - nanny application (Brightwell)",
  body="""
CASS team,

Ofsted check for a nanny applicant, Carla BRIGHTWELL, dob 27/01/1990,
applying to the voluntary Childcare Register. Her son Noah Brightwell
(16/06/2016) is on your system. Not known to LADO.

Ofsted have the applicant's signed consent.

Marcus
LADO, Kestrelford Borough Council
""",
  cat="ofsted_suitability", subjects=[730140], consent="provided", concern=False, route="restricted",
  why="The named child's household is a personal-interest record: restricted route, notify only, no case notes.")

M(file="011_swimclub-ambiguous-sinclair.eml", received="2026-02-13 15:48:11",
  from_=("Kestrelford Otters Swimming Club", "welfare.officer@kestrelfordotters.co.uk"),
  subject="Ruby Sinclair - gala photographs",
  body="""
Dear Sir or Madam,

Ruby Sinclair's mother has told us that Ruby has a social worker and that
we should not publish any photographs of her. We have removed Ruby from the
photographs of last Saturday's county gala on our website and Facebook page
and we will keep her out of club publicity from now on.

I am writing so that this is on her file. We do not need a reply.

Yours faithfully

Pauline Tenby
Club Welfare Officer, Kestrelford Otters SC
07700 900318
""",
  cat="correspondence", subjects=[730114, 730115], status="ambiguous", concern=False, route="exceptions",
  why="Two records are named Ruby Sinclair and the letter gives no date of birth: ambiguous_match, exceptions.")

M(file="012_nursery-concern-notknown-holloway.eml", received="2026-02-18 08:55:37",
  from_=("Tasha Rendell", "tasha@littleacornsnursery.co.uk"),
  subject="Safeguarding concern - Jasper Holloway",
  body="""
Hello,

I am the DSL at Little Acorns Day Nursery on Mill Lane.

Jasper Holloway, born 30/06/2022, has attended with us since January. This
morning staff noticed fingertip-shaped bruising on the top of both of his
arms when he was changed after messy play. When asked, he said "Daddy
squeezed". Mum, who dropped him off, said he fell off the sofa.

We have body-mapped the marks and written everything up. I have not spoken
to the family yet because I wanted advice first. Please can somebody call me
on 0117 496 0631 this morning.

Tasha Rendell
Manager and Designated Safeguarding Lead
Little Acorns Day Nursery
""",
  cat="correspondence", subjects=[], status="not_known", concern=True, route="front_door",
  why="A nursery's injury concern about a child in no record: not_known, front door, notify.")

M(file="013_hv-2yr-review-askew.eml", received="2026-02-23 14:30:09",
  from_=("Rachael Oyelaran", "rachael.oyelaran@nhs.net"),
  subject="2 year developmental review - Bonnie ASKEW dob 17/01/2024",
  html="""<html><body>
<p>Dear Bethan,</p>
<p>As discussed at the TAF meeting, please see below the outcome of Bonnie's 2-year review.</p>
<table border="1" cellpadding="4">
<tr><td>Child</td><td>Bonnie ASKEW, 17/01/2024</td></tr>
<tr><td>Review date</td><td>19/02/2026 (home visit)</td></tr>
<tr><td>ASQ-3</td><td>Communication 35, Gross motor 55, Fine motor 50, Problem solving 45, Personal-social 40</td></tr>
<tr><td>Growth</td><td>Weight 12.1 kg (50th centile), height 87 cm (50th centile)</td></tr>
<tr><td>Immunisations</td><td>up to date</td></tr>
</table>
<p>Communication is just below the expected range; Bonnie uses about 30 single words and is not yet joining two words. I have referred her to the Speech and Language drop-in and given Mum a Chatter Matters pack. All other areas are within the expected range. Home conditions were good and Mum was very engaged.</p>
<p>Rachael Oyelaran<br>Specialist Community Public Health Nurse (Health Visitor)<br>South Kestrelford 0-19 Team | 0117 496 0730</p>
</body></html>""",
  body="""
Dear Bethan,

As discussed at the TAF meeting, please see below the outcome of Bonnie's
2-year review.

Child:          Bonnie ASKEW, 17/01/2024
Review date:    19/02/2026 (home visit)
ASQ-3:          Communication 35, Gross motor 55, Fine motor 50,
                Problem solving 45, Personal-social 40
Growth:         Weight 12.1 kg (50th centile), height 87 cm (50th centile)
Immunisations:  up to date

Communication is just below the expected range; Bonnie uses about 30 single
words and is not yet joining two words. I have referred her to the Speech
and Language drop-in and given Mum a Chatter Matters pack. All other areas
are within the expected range. Home conditions were good and Mum was very
engaged.

Rachael Oyelaran
Specialist Community Public Health Nurse (Health Visitor)
South Kestrelford 0-19 Team | 0117 496 0730
""",
  cat="medical_correspondence", subjects=[730150], concern=False, route="cp_team",
  why="A health visitor's developmental review is a health record: CP team with a case note on the open child.")

M(file="014_school-concern-barraclough-harvey-feb28.eml", received="2026-02-28 10:40:16",
  from_=("Gareth Pimlott", "g.pimlott@brookfield-jun.kestrelford.sch.uk"),
  subject="Harvey Barraclough - worry over the weekend",
  body="""
Dear Children's Services,

Apologies for emailing on a Saturday but I did not want this to wait until
Monday.

Harvey Barraclough (Year 6, DOB 12 March 2015) told his class teacher on
Friday afternoon that he and his little sister were "on our own all night
again" on Wednesday because Mum "went out with her friend and didn't come
back till it was light". He said he made his sister toast for breakfast and
walked her to nursery. He was tired and tearful all day.

I understand your team closed the family's case at the end of January. We
think the family needs support again and would like someone to look at this.

Gareth Pimlott
Deputy Headteacher and DSL
Brookfield Junior School
0161 496 0847 (mobile 07700 900562)
""",
  cat="correspondence", subjects=[730108], concern=True, route="re_referral",
  why="Closed on 31 January; 28 February is the last day of the month after (clamped), and the letter raises neglect: re-referral with a case note.")

M(file="015_childminder-concern-barraclough-lilymae-mar1.eml", received="2026-03-01 19:05:42",
  from_=("Sharon Wilks", "sharonwilks.childminding@gmail.com"),
  subject="Lily-Mae Barraclough",
  body="""
Hi,

I am a registered childminder and I look after Lily-Mae Barraclough
(02/11/2019) three afternoons a week after nursery. I'm writing because the
last fortnight she has come to me in the same clothes every day, they smell,
and she is starving when she arrives - on Thursday she ate two lunches. Her
mum has not paid me since January and hasn't answered my messages.

I know there was a social worker before. I am worried about her and would
like somebody to check on the family.

Sharon Wilks
Ofsted reg. EY558204
07700 900741
""",
  cat="correspondence", subjects=[730109], concern=True, route="front_door",
  why="Closed 31 January, so the one-month window ended 28 February; a concern received on 1 March goes to the front door.")

M(file="016_ofsted-okafor-aunt.eml", received="2026-03-04 11:11:09",
  from_=("Marcus Ilesanmi", "m.ilesanmi@kestrelford.gov.uk"),
  subject="Ofsted check - Ngozi Okafor (childminder)",
  body="""
Hello CASS,

Another suitability check from Ofsted via LADO.

Applicant: OKAFOR, Ngozi - d.o.b. 30/08/1979 - applying to register as a
childminder. She is the children's aunt and has been living with the family
since last summer. The younger child, Adaeze Okafor (30/06/2017), is open to
Family Safeguarding.

Ofsted confirm the applicant has signed the consent declaration.

Many thanks,
Marcus Ilesanmi, LADO
""",
  cat="ofsted_suitability", subjects=[730102], consent="provided", concern=False, route="irr_queue",
  why="Check naming Adaeze Okafor: IRR queue, notify, case notes on both children of the household.")

M(file="017_fracture-clinic-marchbank-closed.eml", received="2026-03-09 10:35:55",
  from_=("Orthopaedic Outpatients", "kef-tr.orthoclinic.letters@nhs.net"),
  subject="Clinic letter: MARCHBANK Tyler 01/12/2010",
  body="""
Fracture Clinic - Kestrelford General Hospital

Re:  Tyler MARCHBANK   DOB 01/12/2010   Hosp no. K2290471

Diagnosis: undisplaced fracture of the left scaphoid, sustained playing
rugby on 14 February 2026.

Tyler was reviewed today. He has been in a cast for 3 weeks. Repeat X-ray
shows early union. Cast removed and a removable splint applied. Advised no
contact sport for a further 6 weeks. Physiotherapy referral made.

Copied to: GP; Children's Social Care (as listed on the hospital record).

Mr D. Oyelowo, Consultant Orthopaedic Surgeon
Typed by: KM  Date typed: 06/03/2026
""",
  cat="medical_correspondence", subjects=[730116], concern=False, route="cp_team",
  why="A fracture-clinic letter is a medical document; the case closed in 2024, but medical documents still go to the CP team with a case note.")

M(file="018_school-report-qureshi-locked.eml", received="2026-03-12 14:52:30",
  from_=("Mr Imran Baig", "i.baig@harrowdene-academy.org.uk"),
  subject="Spring term progress report - Nasir Qureshi (Year 8)",
  body="""
Dear Social Worker,

Please find below Nasir's spring interim report, which we send for all
students with a social worker.

Student: Nasir Qureshi   DOB 05.05.2013   Form 8JT
English: on track        Maths: above target     Science: on track
History: on track        French: working towards PE: on track
Attendance this year: 97.8%   Behaviour points: 41 positive, 2 negative

Tutor comment: Nasir is a kind and hard-working member of the form who has
settled well since joining us in September. He has taken on a role as a
library monitor and is proud of it.

Regards,

Imran Baig
Head of Year 8, Harrowdene Academy
Tel 020 7946 0623
""",
  cat="correspondence", subjects=[730118], concern=False, route="restricted",
  why="A routine school report about a locked record with no concern: restricted route, notify only, not urgent.")

M(file="019_ofsted-duplicate-pilbeam.eml", received="2026-03-17 09:18:47",
  from_=("LADO Kestrelford", "lado.team@kestrelford.gov.uk"),
  subject="FW: Suitability check - Mrs K Pilbeam",
  body="""
Hi both,

Ofsted have sent this one through to us again - the applicant is Kerry
Pilbeam, d.o.b. 2nd September 1991, childminder application, son Jaxon
Pilbeam (15.03.2019). I could not see a CASS response on the case notes
yet so I am forwarding it just in case.

Ofsted still hold her signed consent.

LADO Team
Kestrelford Borough Council
""",
  cat="ofsted_suitability", subjects=[730105], consent="provided", concern=False, route="none",
  dup_of="cass/002_ofsted-childminder-pilbeam-kerry.eml",
  why="Same applicant name and date of birth as the check of 8 January, 68 days earlier: route none, related to that reference.")

M(file="020_ae-attendance-rahman-mohammed.eml", received="2026-03-20 17:26:14",
  from_=("Paediatric Liaison", "kef-tr.paedsliaison@nhs.net"),
  subject="ED attendance notification - RAHMAN, Mohammed (14/02/2011)",
  body="""
EMERGENCY DEPARTMENT ATTENDANCE - NOTIFICATION TO CHILDREN'S SOCIAL CARE

Name: RAHMAN, Mohammed        DOB: 14/02/2011
Attended: 19/03/2026 23:10    Brought by: ambulance, alone
Presenting complaint: laceration to left palm, 4 cm, requiring sutures.

Mohammed first said he cut his hand on a broken bottle in the park, then
that it happened "at a mate's house" when someone "was messing about with a
knife". He would not give names. Smelled of cannabis. Mother arrived at
01:30 and took him home. Social worker listed on the hospital system as
Olumide Adebayo (CP & Court).

The paediatric liaison nurse has flagged this attendance for follow-up
because of the inconsistent account and possible exploitation.

Paediatric Liaison Service, Kestrelford General Hospital
0117 496 0905 (Mon-Fri 08:00-16:00)
""",
  cat="medical_correspondence", subjects=[730126], concern=True, route="cp_team",
  why="An ED attendance note is a medical document (here raising a concern, which does not change the route for an open case): CP team with a case note.")

M(file="021_school-letter-okafor-siblings.eml", received="2026-03-25 12:00:21",
  from_=("Faith Adekunle", "f.adekunle@staidans.kestrelford.sch.uk"),
  subject="Chidi and Adaeze - Easter holiday club places",
  body="""
Hi Priya,

Just to let you know that we have been able to offer both Chidi (Y6) and
Adaeze (Y3) Okafor funded places on our HAF Easter holiday club, Monday to
Thursday in both weeks, 9am-3pm, lunch included. Mum has accepted and
completed the forms.

Chidi Okafor - 02/11/2014
Adaeze Okafor - 30/06/2017

Have a lovely Easter.

Faith Adekunle
Family Support Worker
St Aidan's CE Primary School
""",
  cat="correspondence", subjects=[730101, 730102], concern=False, route="allocated_worker",
  why="A school letter about two open siblings: allocated worker, with case notes on both matched children.")

M(file="022_ofsted-household-member-sutcliffe.eml", received="2026-04-02 14:44:03",
  from_=("Anika Sorensen", "anika.sorensen@kestrelford.gov.uk"), dstyle="local",
  subject="Ofsted household member check - Lee SUTCLIFFE",
  body="""
Hi,

Ofsted are checking a household member of a registered childminder, Ms
Natalie Greaves. The person being checked is her partner, Mr Lee SUTCLIFFE,
born 05/05/1985, who moved into the household in February. Ms Greaves's
daughter Lola Greaves (25.05.2017) is an open case.

Mr Sutcliffe has completed and signed the Ofsted household member consent
form, which Ofsted hold.

Not known to LADO. Over to you - thanks and happy Easter.

Anika Sorensen
LADO Support Officer | 020 7946 0542
""",
  cat="ofsted_suitability", subjects=[730145], consent="provided", concern=False, route="irr_queue",
  why="Household-member check naming an open child: IRR queue, case notes on both Greaves children.")

M(file="023_outpatients-wnb-cattermole-goodfriday.eml", received="2026-04-03 09:15:38",
  from_=("Outpatient Booking Centre", "kef-tr.opbooking@nhs.net"), dstyle="local",
  subject="Was Not Brought - LCS: 730117",
  body="""
Dear Social Worker

Re: Ellie-Rose CATTERMOLE   DOB 29/02/2020

This child was not brought to her appointment in the Paediatric Dietetics
clinic on 31/03/2026. This is the second consecutive appointment that has
been missed (previous: 17/02/2026). In line with the Trust's Was Not Brought
policy a further appointment has been booked for 28/04/2026 at 10:40 and a
letter has been sent to the parent.

We are informing you because the child's record shows an allocated social
worker. Please contact the Booking Centre on 0117 496 0511 if the family
need transport or a different time.

Outpatient Booking Centre
Kestrelford and Fenmoor NHS Trust
""",
  cat="correspondence", subjects=[730117], concern=True, route="allocated_worker",
  acceptable={"concern": [True, False]},
  why="An appointment-administration letter (not a medical record) about an open child, received on Good Friday: allocated worker with a case note.")

M(file="024_salt-report-pdf-notknown-bramwell.eml", received="2026-04-07 08:05:51",
  from_=("Ffion Garside", "ffion.garside@nhs.net"),
  subject="SLT report",
  body="""
Good morning,

Mum asked for a copy of Arlo's speech and language report to be sent to
Children's Services as she has applied for support. Report attached.

Arlo Bramwell, DOB 2019-09-12

Kind regards,
Ffion Garside
Highly Specialist Speech and Language Therapist
Kestrelford Children's Therapy Service
""",
  att=[("pdf", "SLT report - Arlo Bramwell.pdf",
        ("Speech and Language Therapy Report", [
            "Name: Arlo BRAMWELL    DOB: 12/09/2019",
            "Assessment: CELF Preschool-3 UK and informal play-based observation in school on 24 March 2026.",
            "Findings: moderate expressive language disorder; receptive language within the average range. Speech sounds: fronting of /k/ and /g/ persists.",
            "Recommendations: 1:1 therapy in school for a block of 6 weeks; visual timetable; small-group narrative intervention.",
            "F. Garside, Highly Specialist SLT"]))],
  cat="medical_correspondence", subjects=[], status="not_known", concern=False, route="cp_team",
  acceptable={"concern": [False, True]},
  why="A therapy report is a medical document; the child is in no record, so CP team and notify, with no case notes.")

M(file="025_reply-to-mismatch-penrose.eml", received="2026-04-10 10:31:27",
  from_=("Karen Dunmore", "k.dunmore@ashgrove-academy.org.uk"),
  reply_to="Karen Dunmore <kdunmore.ashgrove@gmail.com>",
  subject="Holly Penrose - Year 6 parents' evening",
  body="""
Hi there,

Just a note for Holly Penrose's file (07/07/2014): her dad came to the
Year 6 parents' evening on Tuesday and we discussed her progress. Holly is
doing well and the meeting was positive.

I'm working from home this week so please reply to my personal address.

Karen Dunmore
Year 6 Phase Leader, Ashgrove Primary Academy
""",
  cat="correspondence", subjects=[730133], concern=False, route="exceptions", exception="reply_to_mismatch",
  why="Reply-To at gmail.com differs from the academy's From domain: reply_to_mismatch, exceptions, nothing sent.")

M(file="026_youthworker-concern-trenholm-maisie-boundary.eml", received="2026-04-16 22:50:08",
  from_=("Jade Okonkwo", "jade.okonkwo@kestrelford.gov.uk"), dstyle="local",
  subject="Concern: Maisie Trenholm 21/07/2013",
  body="""
Hi all,

Writing this up after tonight's session at the Hub youth club.

Maisie Trenholm (21/07/2013) stayed behind at the end and told me that
she has been self-harming again (cuts to her upper arm, which she showed
me - superficial, cleaned and dressed by our first aider). She says things
at home have been "really bad" since Mum's partner moved back in and that
nobody checks on her any more now that her social worker has finished.

She agreed that I could pass this on. Her mum collected her at 22:00.

Jade Okonkwo
Youth Worker, Kestrelford Youth Service
07700 900834
""",
  cat="correspondence", subjects=[730110], concern=True, route="re_referral",
  why="Received 23:50 BST on 16 April, exactly one calendar month after closure on 16 March, with a self-harm concern: re-referral with a case note.")

M(file="027_football-welfare-trenholm-oscar-after-midnight.eml", received="2026-04-16 23:15:40",
  from_=("Dean Halloran", "dean.halloran@fernhillrovers-jfc.co.uk"), dstyle="local",
  subject="Welfare concern - one of our U10s",
  body="""
Hello,

I'm the welfare officer for Fernhill Rovers Juniors. I've just got back from
our evening fixture and wanted to get this to you straight away.

Oscar Trenholm (born 9 January 2016) plays in our under-10s. After the game
he would not get changed in front of the others. When our coach asked if he
was OK he said his dad "whacked me with the belt" on Sunday because he lost
his boots. The coach saw a red mark across the back of his legs.

Oscar was collected by his grandmother. We have not said anything to the
family.

Dean Halloran
Club Welfare Officer, Fernhill Rovers JFC
07700 900215
""",
  cat="correspondence", subjects=[730111], concern=True, route="front_door",
  why="Stamped 23:15 UTC on 16 April, which is 00:15 on 17 April in London: one day past the month after closure, so the front door.")

M(file="028_ofsted-ambiguous-sinclair.eml", received="2026-04-21 13:05:10",
  from_=("Marcus Ilesanmi", "m.ilesanmi@kestrelford.gov.uk"),
  subject="Ofsted check - Tanya Sinclair",
  body="""
Hi CASS,

Suitability check received from Ofsted for Tanya SINCLAIR, DOB 11/10/1986,
who has applied to work as a nanny. Her daughter Ruby Sinclair lives with
her and Ofsted think she may be known to you. Ms Sinclair is not known to
LADO.

Ofsted hold Ms Sinclair's signed consent.

Marcus
""",
  cat="ofsted_suitability", subjects=[730114, 730115], status="ambiguous", consent="provided", concern=False,
  route="exceptions",
  why="Two Ruby Sinclair records and no date of birth for the child: ambiguous_match, exceptions, nothing done.")

M(file="029_paediatric-adhd-docx-rahman-aaliyah.eml", received="2026-04-24 11:42:19",
  from_=("Dr Sunil Varma", "sunil.varma@nhs.net"), dstyle="local",
  subject="Neurodevelopmental assessment outcome - A. Rahman",
  body="""
Dear Mr Adebayo,

Please find attached the outcome letter following Aaliyah's
neurodevelopmental assessment (Aaliyah Rahman, d.o.b. 8th August 2015).
Parents have their own copy and we discussed it with them on Tuesday.

Yours sincerely

Dr S. Varma
Associate Specialist in Community Paediatrics
Kestrelford Children's Neurodevelopmental Service
""",
  att=[("docx", "Rahman Aaliyah ND outcome.docx",
        ("Neurodevelopmental Assessment - Outcome Letter", [
            "Aaliyah was assessed over three appointments including a school observation and a QbTest.",
            "She meets the diagnostic criteria for Attention Deficit Hyperactivity Disorder, combined presentation. There is no evidence of autism spectrum disorder.",
            "We have discussed medication with her parents, who would like to try behavioural strategies first. A parent workshop place has been offered for June.",
            "Review in the ADHD nurse clinic in 3 months.",
            "Dr S. Varma"],
         [("Patient", "Aaliyah RAHMAN"), ("Date of birth", "08.08.2015"), ("NHS number", "612 448 0973")]))],
  cat="medical_correspondence", subjects=[730127], concern=False, route="cp_team",
  why="A paediatric diagnostic outcome letter (DOCX) about an open child: CP team with a case note.")

M(file="030_nursery-update-mcbride.eml", received="2026-05-01 15:58:44",
  from_=("Bright Beginnings Nursery", "bethany@brightbeginnings-kestrelford.co.uk"), dstyle="local",
  subject="Isla McBride - termly update LCS730124",
  body="""
Hi Bethan

Hope you're well. Here's Isla's update for this term as promised.

Isla (19.04.2022) turned four last week and we had a little party for her.
She's now in every day 8-3 and her attendance has been 100% since February.
Her speech has come on lovely - she's chatting in short sentences with her
key person and has made a best friend, Maya. Toileting fully sorted.

Dad has been doing most drop-offs and pick-ups and is always on time. We
are starting her transition visits to Fernhill Infants in June.

Have a good bank holiday weekend!

Bethany Cole
Room Leader (Pre-school), Bright Beginnings Nursery
0161 496 0388
""",
  cat="correspondence", subjects=[730124], concern=False, route="allocated_worker",
  why="A nursery's termly update on an open child, no concern: allocated worker with a case note.")

M(file="031_ofsted-nurserystaff-notknown-nyambura.eml", received="2026-05-05 08:49:33",
  from_=("LADO Kestrelford", "lado.team@kestrelford.gov.uk"),
  subject="Ofsted suitability - Precious NYAMBURA",
  body="""
Dear CASS,

Ofsted have asked LADO to check Ms Precious NYAMBURA, born 23 June 1999,
who has applied to work at Squirrels Nursery, Fernhill, and who will be
living with her sister, a registered childminder. Ms Nyambura declared that
her daughter, Wanjiru NYAMBURA (dob 2020-02-06), "had a social worker in
Kestrelford" for a short time in 2021.

Nothing held by LADO. Please check and respond to Ofsted.

LADO Team
""",
  cat="ofsted_suitability", subjects=[], status="not_known", consent="missing", concern=False, route="irr_queue",
  why="No named person is in the directory and consent is not mentioned: not_known, IRR queue, notify only.")

M(file="032_ed-burn-thornbury-locked.eml", received="2026-05-08 10:20:32",
  from_=("Siobhan Keyes", "siobhan.keyes@nhs.net"),
  subject="URGENT - ED attendance Ivy Thornbury 12/08/2018",
  body="""
Dear Children's Social Care,

Ivy Thornbury (DOB 12/08/2018) was brought to the Children's Emergency
Department at 19:40 last night by her mother with a burn to the back of
her right hand and wrist, approximately 3 x 4 cm, with a clear edge.

Mother said Ivy touched the oven door. Ivy told the triage nurse that
"Mummy's friend held my hand on the iron because I was naughty". The
pattern of the burn is in keeping with a contact burn from a flat, hot
surface and is not in keeping with the explanation given.

The registrar has completed a child protection medical referral. Ivy was
kept in overnight on Ward 7 and is still there this morning.

Siobhan Keyes
Named Nurse for Safeguarding Children
Kestrelford and Fenmoor NHS Trust
Bleep 4417 / 0117 496 0099
""",
  cat="medical_correspondence", subjects=[730131], concern=True, route="restricted",
  why="ED notes on a locked record raising a child-protection concern: restricted route, notify and mark urgent (significant_harm).")

M(file="033_ep-letter-dufresne.eml", received="2026-05-13 12:37:25",
  from_=("Dr Lauren Fitzwilliam", "l.fitzwilliam@kestrelford.gov.uk"),
  subject="Educational Psychology consultation - Renee Dufresne",
  body="""
Dear Gemma,

Following my consultation at Larkspur Primary on 11 May, I am writing to
summarise the advice agreed for Renee Dufresne (born 22/08/2016).

- Renee responds well to visual supports; a "now and next" board is to be
  used for all transitions.
- Her sensory profile suggests she seeks movement: timetabled movement
  breaks every 40 minutes.
- Staff will use a shared communication book with home.

I will contribute to the EHCP needs assessment and have asked school to
send the application by the end of the month.

Best wishes,

Dr Lauren Fitzwilliam
Senior Educational Psychologist
Kestrelford Educational Psychology Service
020 7946 0871
""",
  cat="correspondence", subjects=[730104], concern=False, route="allocated_worker",
  why="A professional (EP) letter about an open child written without the accent: allocated worker with a case note.")

M(file="034_ofsted-whitlock-jodie-1993.eml", received="2026-05-19 09:12:50",
  from_=("Marcus Ilesanmi", "m.ilesanmi@kestrelford.gov.uk"),
  subject="Ofsted suitability request - Jodie WHITLOCK",
  body="""
Good morning,

Please review the following Ofsted suitability check and respond to Ofsted.

Applicant: Jodie WHITLOCK
DOB: 17/02/1993
Type: Childminder, Early Years and Childcare Register
Household: son Kayden WHITLOCK, 04/09/2012 (open to Family Safeguarding)

Ofsted hold Ms Whitlock's consent.

Marcus Ilesanmi
LADO
""",
  cat="ofsted_suitability", subjects=[730103], consent="provided", concern=False, route="irr_queue",
  why="First check for this applicant, naming an open child: IRR queue, notify, case note on the household's only child.")

M(file="035_dermatology-clinic-trenholm-oscar-closed.eml", received="2026-05-22 13:56:02",
  from_=("Dermatology Secretaries", "kef-tr.dermsecs@nhs.net"),
  subject="Clinic letter - Oscar Trenholm",
  body="""
Paediatric Dermatology Clinic, Kestrelford General Hospital

Dear Dr Osborne (GP),

Re: Oscar TRENHOLM  d.o.b. 09/01/2016

Diagnosis: moderate atopic eczema, flexural.

I saw Oscar with his grandmother today. His eczema has improved on the
current regime but is still active behind the knees. I have stepped up to
a moderate-potency steroid for the flexures, twice daily for 2 weeks then
weekends only, and reinforced generous use of emollient. Review in 4 months.

Yours sincerely

Dr Farah Siddiqui
Consultant Paediatric Dermatologist

cc: Children's Social Care, Kestrelford (as requested by family)
""",
  cat="medical_correspondence", subjects=[730111], concern=False, route="cp_team",
  why="A clinic letter about a closed case is still a medical document: CP team with a case note.")

M(file="036_charity-untrusted-authres-quinlan.eml", received="2026-05-28 10:04:45",
  from_=("Home-Start Kestrelford", "coordinator@homestart-kestrelford.org.uk"),
  untrusted_ar=("filter.homestart-kestrelford.org.uk; spf=fail smtp.mailfrom=homestart-kestrelford.org.uk; "
                "dkim=fail header.d=homestart-kestrelford.org.uk; dmarc=fail header.from=homestart-kestrelford.org.uk"),
  subject="Volunteer visits - Harper Quinlan's family - Person ID 730147",
  body="""
Dear Bethan,

Our volunteer, Maureen, has now completed six weekly visits to Harper's
family (Harper Quinlan, 14/10/2020). Mum says the visits have helped her
get out of the house - they have been to the library rhyme time and the
toddler group at St Luke's together - and she now goes to the group on her
own.

We will continue visits until the end of July and then close, as agreed
with Mum.

With warm wishes,

Lesley Adjaye
Scheme Coordinator, Home-Start Kestrelford
Registered charity no. 1099823 | 0117 496 0465
""",
  cat="correspondence", subjects=[730147], concern=False, route="allocated_worker",
  why="The failing Authentication-Results header is from the charity's own filter, not the trusted id, so it is ignored: an update on an open case to the allocated worker.")

M(file="037_ofsted-gallagher-closed-household.eml", received="2026-06-02 11:20:36",
  from_=("Anika Sorensen", "anika.sorensen@kestrelford.gov.uk"),
  subject="Ofsted check - nanny applicant Shauna Gallagher",
  body="""
Hi CASS,

Ofsted suitability check for Shauna GALLAGHER, date of birth 3rd April
1992, applying to the voluntary part of the Childcare Register as a nanny.
Her son Archie Gallagher (30/10/2017) was previously known to Children's
Social Care. Nothing held by LADO.

Ofsted confirm they have her consent to the checks.

Thanks,
Anika
LADO Support Officer
""",
  cat="ofsted_suitability", subjects=[730136], consent="provided", concern=False, route="irr_queue",
  why="Check naming a child whose case closed in 2025: IRR queue, notify, case notes on both Gallagher children.")

M(file="038_school-transition-fenwick-closed-noconcern.eml", received="2026-06-05 14:13:58",
  from_=("Mrs Wendy Ashcombe", "w.ashcombe@larkspur.kestrelford.sch.uk"),
  subject="Summer-Jade Fenwick - transition to Year 5",
  body="""
Dear Mr Wieczorek,

I am writing to let you know that we have held Summer-Jade Fenwick's
transition meeting for September (DOB 04/07/2017). Her new class teacher
will be Mr Alvarez and she will keep her current teaching assistant for
reading support. Mum attended the meeting and was happy with the plan.

Summer-Jade's attendance this year is 98% and she is a pleasure to teach.

I know that the family's case was closed last week; I am sending this for
completeness only.

Kind regards

Wendy Ashcombe
SENCo, Larkspur Primary School
""",
  cat="correspondence", subjects=[730122], concern=False, route="front_door",
  why="Closed a week earlier but the letter raises no concern and asks for nothing: front door, notify only.")

M(file="039_camhs-selfharm-osei-sophia.eml", received="2026-06-10 16:41:29",
  from_=("CAMHS Crisis and Home Treatment", "kef-tr.camhs.crisis@nhs.net"),
  subject="CAMHS assessment letter - Sophia Osei - Eclipse ID 730139",
  body="""
Dear Mr Adebayo,

Re: Sophia OSEI, DOB 22.04.2010

I assessed Sophia in the Emergency Department on 9 June after she took an
overdose of approximately 12 paracetamol tablets at home. She told her
mother an hour later and was brought in. Bloods were below the treatment
line and she was medically fit for discharge this morning.

Sophia described low mood for several months, linked to arguments at home
and online bullying. She denied current suicidal intent and agreed a safety
plan with her mother. Her mother has removed medicines from the house.

Plan: CAMHS crisis team home visits on 11 and 13 June; referral to the
Community CAMHS team; GP informed.

Kelechi Mba
Senior Mental Health Practitioner
CAMHS Crisis and Home Treatment Team | 0161 496 0922
""",
  cat="medical_correspondence", subjects=[730139], concern=True, route="cp_team",
  why="A CAMHS assessment letter after an overdose: medical correspondence on an open case, CP team with a case note.")

M(file="040_ofsted-whitlock-jodie-1971-notdup.eml", received="2026-06-15 10:27:13",
  from_=("Marcus Ilesanmi", "m.ilesanmi@kestrelford.gov.uk"),
  subject="Ofsted check - Jodie Whitlock (grandmother)",
  body="""
Hello,

Please note this is a different applicant from the Whitlock check I sent
on 19 May. This is Kayden's grandmother, who has the same name as his mum.

Applicant: Jodie Whitlock, born 8 July 1971, nanny (voluntary register)
Kayden Whitlock (4 September 2012) stays with her two nights a week.

Ofsted hold her signed consent. Not known to LADO.

Marcus Ilesanmi
LADO, Kestrelford Borough Council
""",
  cat="ofsted_suitability", subjects=[730103], consent="provided", concern=False, route="irr_queue",
  why="Same applicant name as the check of 19 May but a different date of birth, so not a duplicate: a normal check.")

M(file="041_womensaid-refuge-greaves.eml", received="2026-06-19 09:33:05",
  from_=("Lorraine Beckford", "l.beckford@kestrelfordwomensaid.org.uk"),
  subject="Greaves - move to refuge",
  body="""
Dear Priya,

I am the children's worker at Kestrelford Women's Aid. Natalie Greaves and
her two children, MASON GREAVES (06/01/2014) and LOLA GREAVES (25/05/2017),
came into our refuge on Wednesday night after a serious assault by her
partner, Lee Sutcliffe. Police attended and he was arrested.

Mason has said that he saw the assault and that it is not the first time.
Both children have told me they are frightened Lee will find them. Natalie
is asking for help with the children's schooling and for support for Mason,
who is not sleeping.

Please treat the refuge address as confidential. Natalie is happy for me to
share this with you.

Lorraine Beckford
Children and Young People's Worker
Kestrelford Women's Aid | 24-hr line 0117 496 0200
""",
  cat="correspondence", subjects=[730144, 730145], concern=True, route="allocated_worker",
  why="A charity letter about domestic abuse affecting two open siblings: allocated worker, case notes on both children.")

M(file="042_orthoptics-doherty-aisling-ni-restricted.eml", received="2026-06-24 12:48:39",
  from_=("Orthoptic Department", "orthoptics.admin@northerntrust.hscni.net"),
  subject="Orthoptic review - Aisling Doherty",
  body="""
Orthoptic Department, Antrim Area Hospital

Patient: Aisling DOHERTY     D.O.B. 17-09-2015
Seen: 22 June 2026

Aisling attended with her father for review of her convergence
insufficiency. Near point of convergence has improved from 14 cm to 8 cm
with home exercises. Visual acuity 6/6 each eye. She will continue the
exercises for 6 more weeks and be reviewed in September.

Copy: GP; social worker (at parent's request).

Head Orthoptist, Northern Health and Social Care Trust
""",
  cat="medical_correspondence", subjects=[730119], concern=False, route="restricted",
  why="A clinic letter about a special-client record (area NI) with no concern: restricted route, notify only.")

M(file="043_school-concern-sinclair-ruby-2011-rereferral.eml", received="2026-07-01 13:24:55",
  from_=("Ms Carys Thorne", "c.thorne@westbury-high.kestrelford.sch.uk"),
  subject="Ruby Sinclair Y10 (27/05/2011) - concerns",
  body="""
To the Children's Services team,

I'm contacting you about Ruby Sinclair in Year 10, date of birth
27/05/2011. I understand your involvement ended in June.

Since half term Ruby's attendance has dropped to 61%. On three occasions
she has been seen getting into a car outside school with a man in his
twenties whom she calls her "boyfriend". She has a new phone and new
clothes that Mum says she did not buy. Yesterday she was found in the
toilets with a bottle of vodka in her bag.

We are worried about possible exploitation and would ask that the case is
looked at again.

Carys Thorne
Assistant Headteacher (Safeguarding)
Westbury High School | 020 7946 0467
""",
  cat="correspondence", subjects=[730115], concern=True, route="re_referral",
  why="The date of birth picks the Ruby Sinclair closed on 12 June; a concern on 1 July is within a month: re-referral with a case note.")

M(file="044_ofsted-begum-rahman-household.eml", received="2026-07-06 15:02:17",
  from_=("LADO Kestrelford", "lado.team@kestrelford.gov.uk"),
  subject="OFSTED - suitability check - BEGUM Farhana",
  body="""
CASS,

Ofsted suitability check as below. LADO hold no information.

Applicant name ........ Farhana BEGUM
Date of birth ......... 1983-11-02
Role .................. household member of a registered childminder
                        (the applicant's sister-in-law)
Children in household . includes Zainab RAHMAN, dob 24/12/2019, known to
                        CSC

Consent held by Ofsted.

Regards, LADO team
""",
  cat="ofsted_suitability", subjects=[730128], consent="provided", concern=False, route="irr_queue",
  why="Check naming one child of the Rahman household: IRR queue, case notes on all three Rahman children.")

M(file="045_discharge-pdf-whitlock-asthma.eml", received="2026-07-14 08:26:48",
  from_=("Discharge Letters", "kef-tr.dischargeletters@nhs.net"),
  subject="Discharge summary - WHITLOCK Kayden 04/09/2012",
  body="""
Please see attached the discharge summary for the above patient, sent to
you because Children's Social Care is recorded as involved.

Sent from the Kestrelford and Fenmoor NHS Trust electronic discharge
system on behalf of Dr R. Mensah, Ward 7. Replies to this address are read
by the ward clerks during office hours.
""",
  att=[("pdf", "DS_WHITLOCK_K_20260713.pdf",
        ("Electronic Discharge Summary", [
            "Patient: WHITLOCK, Kayden    DOB: 04/09/2012    NHS: 401 993 2210",
            "Admitted: 11/07/2026 via ED    Discharged: 13/07/2026    Ward: 7 (Children's)",
            "Diagnosis: acute exacerbation of asthma (moderate), viral trigger.",
            "Treatment: salbutamol nebulisers, oral prednisolone 3 days; weaned to inhaler by day 2.",
            "Discharge medication: salbutamol inhaler with spacer as per weaning plan; clenil 100 mcg two puffs twice daily.",
            "Follow-up: asthma nurse review in 2 weeks; GP to review inhaler technique. Mother given a written asthma action plan."]))],
  cat="medical_correspondence", subjects=[730103], concern=False, route="cp_team",
  why="A discharge summary (PDF, name in the subject) for an open child: CP team with a case note.")

M(file="046_school-concern-doherty-ciaran-ni.eml", received="2026-07-20 11:09:30",
  from_=("Mrs B. McConville", "bmcconville123@c2kni.net"),
  subject="Child protection concern - Ciaran Doherty P3",
  body="""
Dear Sir/Madam,

I am the Designated Teacher for Child Protection at St Bride's Primary
School. Ciaran Doherty (date of birth 25 January 2018) came into summer
scheme this morning with red marks and what looks like bruising around his
neck. When the classroom assistant asked what happened he said "Uncle
Sean grabbed me there" and then would not say any more.

I have been told that Ciaran's family are known to your authority. I am
also making a referral to the Gateway team in our Trust.

Bernadette McConville
Designated Teacher for Child Protection, St Bride's PS
028 9018 0573
""",
  cat="correspondence", subjects=[730120], concern=True, route="restricted",
  why="A child-protection concern about a special-client record (area NI): restricted route, notify and mark urgent (significant_harm).")

M(file="047_ofsted-duplicate-whitlock-jodie.eml", received="2026-07-23 14:45:21",
  from_=("Anika Sorensen", "anika.sorensen@kestrelford.gov.uk"),
  subject="RE: Ofsted - Whitlock",
  body="""
Hi,

Ofsted have re-sent the childminder check for WHITLOCK, Jodie (born 17
February 1993) - her son is Kayden Whitlock. Can you let me know if CASS
have already responded? If not, please treat this as the request.

Consent: held by Ofsted.

Thanks, Anika (LADO)
""",
  cat="ofsted_suitability", subjects=[730103], consent="provided", concern=False, route="none",
  dup_of="cass/034_ofsted-whitlock-jodie-1993.eml",
  why="Same applicant name and date of birth as the check of 19 May (65 days earlier), not the grandmother's check: route none, related to the first one.")

M(file="048_gp-deregistration-cattermole.eml", received="2026-07-29 10:58:06",
  from_=("Reception - Castlegate Medical Practice", "castlegate.reception@nhs.net"),
  subject="Patient removal notification",
  body="""
Dear Colleague,

We are writing to inform you that the following patient has been removed
from our practice list because the family has registered with a practice
outside our catchment area (new practice not yet known to us):

    Ellie-Rose Cattermole   DOB 29 Feb 2020   (LCS 730117)

The medical record will be transferred electronically once the new
registration is complete.

Yours faithfully,
Reception Team
Castlegate Medical Practice
0117 496 0153
""",
  cat="correspondence", subjects=[730117], concern=False, route="allocated_worker",
  acceptable={"concern": [False, True]},
  why="A GP surgery's administrative letter (not a medical record) about an open child: allocated worker with a case note.")

M(file="049_ofsted-osei-household-member-sophia.eml", received="2026-08-07 09:35:59",
  from_=("Marcus Ilesanmi", "m.ilesanmi@kestrelford.gov.uk"),
  subject="Ofsted suitability check - Abena Osei and household",
  body="""
Hi team,

Ofsted have asked for checks in respect of Mrs Abena OSEI (DOB 14/08/1984),
who has applied to register as a childminder. Her daughter Sophia OSEI
(22/04/2010), who lives with her, is over 16 and has had her own household
member check done; Sophia is known to CSC.

Ofsted hold signed consent from Mrs Osei and from Sophia.

Nothing known to LADO.

Marcus Ilesanmi, LADO
""",
  cat="ofsted_suitability", subjects=[730139], consent="provided", concern=False, route="irr_queue",
  why="Check naming Sophia Osei (a 16-year-old household member on the directory): IRR queue, case notes on both Osei children.")

M(file="050_playscheme-concern-zielinski-rereferral.eml", received="2026-08-12 16:20:43",
  from_=("Kestrelford Summer Playscheme", "summerplay@kestrelfordleisure.co.uk"),
  subject="Kacper Zielinski - collection yesterday",
  body="""
Hello,

I run the council-funded summer playscheme at Eastfield Leisure Centre.

Yesterday at 5.15pm Kacper Zielinski (2/2/2016) was collected by his dad,
who was slurring his words, unsteady and smelled strongly of alcohol. Staff
asked him to call someone else but he became angry and left with Kacper on
foot. Kacper had told staff earlier in the week that he does not like
being at home when Dad "has his drinks".

We were given your details because Kacper had a social worker until last
week. Please let us know if there is anything else you need.

Joe Lindley
Playscheme Coordinator
Kestrelford Leisure | 07700 900487
""",
  cat="correspondence", subjects=[730132], concern=True, route="re_referral",
  why="Closed on 7 August and the concern arrives on 12 August, within a month: re-referral with a case note.")

M(file="051_ed-trampoline-quinlan.eml", received="2026-08-28 15:53:23",
  from_=("Paediatric Liaison", "kef-tr.paedsliaison@nhs.net"),
  subject="ED attendance - Harper Quinlan 14.10.2020",
  body="""
EMERGENCY DEPARTMENT ATTENDANCE - NOTIFICATION

Child: Harper QUINLAN   DOB: 14.10.2020
Attended: 27/08/2026 18:25, with mother and grandmother
Complaint: fell from a garden trampoline onto grass; bump to the forehead.
Examination: 2 cm haematoma, right forehead. No loss of consciousness, GCS
15, neurologically normal. No other injuries.

The account was consistent between mother, grandmother and Harper and with
the injury. Head injury advice given; discharged home at 20:10.

This notification is sent routinely because the child has an allocated
social worker.

Paediatric Liaison Service, Kestrelford General Hospital
""",
  cat="medical_correspondence", subjects=[730147], concern=False, route="cp_team",
  acceptable={"concern": [False, True]},
  why="An ED attendance note is a medical document; accidental injury with a consistent account on an open case: CP team with a case note.")

M(file="052_coach-letter-osei-dylan-plus-cousin.eml", received="2026-08-30 18:12:37",
  from_=("Coach Femi", "femi.adewale@kestrelfordcricket.co.uk"),
  subject="Dylan Osei - county development squad",
  body="""
Hello,

Sorry to email on a Sunday. Great news - Dylan Osei (5 December 2015) and
his cousin Kofi Mensah (3 March 2016) have both been selected for the
county under-11 development squad for winter training.

Dylan's mum told us his social worker needs to know about anything like
this, so I'm letting you know. Training is at the indoor centre, Sundays
10-12 from October. We'll need a consent form signed by someone with
parental responsibility for each boy.

Cheers,
Femi Adewale
Head Junior Coach, Kestrelford Cricket Club
07700 900611
""",
  cat="correspondence", subjects=[730138], concern=False, route="allocated_worker",
  why="Letter naming an open child and a cousin who is in no record: status open wins, allocated worker, case note on the matched child only.")

M(file="053_ofsted-repeat-sutcliffe-over90days.eml", received="2026-09-03 10:41:04",
  from_=("Anika Sorensen", "anika.sorensen@kestrelford.gov.uk"),
  subject="Ofsted household member check - Lee Sutcliffe (new application)",
  body="""
Morning,

Ofsted have asked us to check Lee SUTCLIFFE (05.05.1985) again. Ms
Greaves withdrew her childminding registration in the spring and has now
reapplied; Mr Sutcliffe is again listed as a household member. Her son
Mason Greaves (06/01/2014) and daughter Lola are open to Family
Safeguarding.

Ofsted hold Mr Sutcliffe's signed consent.

Anika
""",
  cat="ofsted_suitability", subjects=[730144], consent="provided", concern=False, route="irr_queue",
  why="Same applicant as the check of 2 April but 154 days later, outside the 90-day window: a normal check with its own reference.")

M(file="054_dental-letter-nowicki-personal-interest.eml", received="2026-09-08 11:18:12",
  from_=("Kestrelford Community Dental Service", "kcds.referrals@nhs.net"),
  subject="Treatment completed - Bartosz Nowicki",
  body="""
Dear colleague,

Re: Bartosz NOWICKI, born 30/03/2012

Bartosz has completed his course of treatment with the Community Dental
Service (two fillings and a fissure sealant under inhalation sedation). He
coped well. He has been discharged back to his general dental practitioner
for routine six-monthly check-ups.

Kind regards

Dr Martha Ellison
Specialist in Special Care Dentistry
""",
  cat="medical_correspondence", subjects=[730121], concern=False, route="restricted",
  why="A dental treatment letter about a personal-interest record (closed, but restricted wins): restricted route, notify only.")

M(file="055_spoofed-school-pilbeam-dmarc-fail.eml", received="2026-09-14 07:58:50",
  from_=("Fernhill Primary School", "head@fernhill-primary.kestrelford.sch.uk"),
  mailfrom="bulkmail-relay.example-sender.net",
  subject="Jaxon Pilbeam - reading support this term",
  body="""
Dear Social Worker,

I am writing to let you know that Jaxon Pilbeam (Year 3, DOB 15/03/2019)
has been given a place in our Reading Recovery group this term. He will
have daily 30-minute sessions with Mrs Ogden from 21 September.

His mum has been told and is very pleased. We will send an update at the
end of the programme.

Yours sincerely

Mrs Clare Whitford
Headteacher, Fernhill Primary School
""",
  cat="correspondence", subjects=[730105], concern=False, route="exceptions", auth="dmarc_fail",
  exception="sender_not_authenticated",
  why="The trusted authserv-id reports dmarc=fail for the school's domain: sender_not_authenticated, exceptions, nothing done.")

M(file="056_college-concern-marchbank-closed-longago.eml", received="2026-09-22 12:02:44",
  from_=("Kestrelford College Student Services", "welfare@kestrelfordcollege.ac.uk"),
  subject="Tyler Marchbank 01.12.2010 - homeless",
  body="""
Dear Children's Services,

Tyler Marchbank (01.12.2010) started a Level 2 Sport course with us this
month. This morning he told his tutor that he has been sofa-surfing since
his mother's partner "kicked him out" three weeks ago and that last night
he slept in the bus station. He is 15.

Tyler says he had a social worker "a couple of years ago". He is asking for
help with somewhere to stay and we have given him lunch and a bus pass for
today.

Please contact me on 0161 496 0284.

Mark Chowdhury
Student Welfare Officer
Kestrelford College
""",
  cat="correspondence", subjects=[730116], concern=True, route="front_door",
  why="A 15-year-old asking for help, but the case closed in July 2024, long over a month ago: front door, notify.")

M(file="057_ofsted-duplicate-osei-abena.eml", received="2026-09-17 14:06:39",
  from_=("LADO Kestrelford", "lado.team@kestrelford.gov.uk"),
  subject="Ofsted check (resubmitted) - OSEI, Abena",
  body="""
CASS colleagues,

Ofsted have resubmitted their request for Abena Osei, d.o.b. 14 August
1984, childminder applicant. Household: daughter Sophia Osei, born
22 April 2010. Consent is held by Ofsted.

We believe this may already be with you from early August.

Thanks
LADO Team, Kestrelford Borough Council
""",
  cat="ofsted_suitability", subjects=[730139], consent="provided", concern=False, route="none",
  dup_of="cass/049_ofsted-osei-household-member-sophia.eml",
  why="Same applicant name and date of birth as the check of 7 August (41 days earlier): route none, related to that reference.")

M(file="058_audiology-ambiguous-hartigan.eml", received="2026-09-25 09:47:18",
  from_=("Paediatric Audiology", "kef-tr.audiology@nhs.net"),
  subject="Audiology results - Leo Hartigan",
  body="""
Children's Hearing Service - results letter

Re: Leo Hartigan, 14 Foxglove Way, Kestrelford KF2 8NN

Leo was seen in the audiology clinic on 23/09/2026 following a failed
school hearing screen. Tympanometry showed flat traces in both ears
(type B), consistent with glue ear. Hearing thresholds were 30-35 dB in
both ears.

Plan: re-test in 3 months (watchful waiting); school advised to seat Leo
near the front of the class. Parents were given information about glue
ear.

Paediatric Audiologist
Kestrelford General Hospital
""",
  cat="medical_correspondence", subjects=[730112, 730113], status="ambiguous", concern=False, route="exceptions",
  why="Two records named Leo Hartigan, and the letter gives an address but no date of birth: ambiguous_match, exceptions.")

M(file="059_probation-letter-pilbeam-household.eml", received="2026-10-01 15:37:26",
  from_=("Stuart Kerridge", "stuart.kerridge@justice.gov.uk"),
  subject="OFFICIAL-SENSITIVE: notification - Pilbeam children",
  cc="lado.team@kestrelford.gov.uk",
  body="""
OFFICIAL-SENSITIVE

Dear Colleague,

I am the Probation Practitioner for Mr Craig Dawlish, who was released on
licence on 28 September 2026. Mr Dawlish has a conviction for offences
against a child (2019) and is subject to MAPPA Category 1 management.

I have been informed that Mr Dawlish has begun a relationship with Ms
Kerry Pilbeam, who has three children:

  PILBEAM, Jaxon   - 15/03/2019
  PILBEAM, Poppy   - 07/10/2021
  PILBEAM, Rio     - 28/05/2023

Mr Dawlish's licence prohibits unsupervised contact with children under 18
without the prior approval of his Probation Practitioner, and he has been
reminded of this. I am writing to ensure the children's social worker is
aware. I would welcome a call to discuss a joint home visit.

Yours faithfully,

Stuart Kerridge
Probation Practitioner, Kestrelford Probation Delivery Unit
The Probation Service
Tel: 020 7946 0185

This e-mail and any attachments are intended only for the addressee(s)
and may contain OFFICIAL-SENSITIVE information.
""",
  cat="correspondence", subjects=[730105, 730106, 730107], concern=True, route="allocated_worker",
  why="A probation letter raising a risk to three open siblings: allocated worker, case notes on all three.")

M(file="060_ofsted-hartigan-older-record-dob.eml", received="2026-10-06 10:14:55",
  from_=("Marcus Ilesanmi", "m.ilesanmi@kestrelford.gov.uk"),
  subject="Ofsted suitability - Marie Hartigan, nursery practitioner",
  body="""
Hello,

Suitability check request from Ofsted:

Marie HARTIGAN, DOB 22/05/1989, has applied for a post as a nursery
practitioner in a setting registered with Ofsted. She lives with her son,
Leo Hartigan, date of birth 19/12/2018, who she says had a social worker
some years ago.

Ofsted hold Ms Hartigan's consent. LADO has nothing on her.

Regards
Marcus Ilesanmi, LADO
""",
  cat="ofsted_suitability", subjects=[730113], consent="provided", concern=False, route="irr_queue",
  why="The child's date of birth picks the closed Leo Hartigan record: IRR queue, notify, case note on that household.")

M(file="061_discharge-docx-mcbride.eml", received="2026-10-12 12:31:09", rstyle="local",
  from_=("Dr Nkechi Obi", "nkechi.obi1@nhs.net"),
  subject="Isla McBride - discharge letter",
  body="""
Dear colleagues

Please see the attached discharge letter for Isla McBride (DOB 19/04/2022),
admitted with bronchiolitis-like illness and dehydration over the weekend.
She is much better and went home with her father yesterday.

Regards

Dr Nkechi Obi
Paediatric Registrar, Ward 7
""",
  att=[("docx", "Isla McBride discharge letter.docx",
        ("Paediatric Discharge Letter", [
            "Admitted 09/10/2026 with a 3-day history of cough, fever and reduced oral intake. Mildly dehydrated on admission.",
            "Managed with nasogastric fluids for 24 hours and then oral fluids. Respiratory viral panel positive for RSV.",
            "Discharged 11/10/2026 eating and drinking normally. No follow-up needed; safety-netting advice given to father.",
            "Dr N. Obi, Paediatric Registrar, for Dr C. Lamb, Consultant Paediatrician"],
         [("Patient", "Isla McBRIDE"), ("Date of birth", "19/04/2022"), ("Hospital number", "K3318806")]))],
  cat="medical_correspondence", subjects=[730124], concern=False, route="cp_team",
  why="A hospital discharge letter (DOCX) about an open child: CP team with a case note.")

M(file="062_youngcarers-fenwick-declan-closed.eml", received="2026-10-16 13:55:34",
  from_=("Kestrelford Young Carers", "youngcarers@kestrelfordcarerscentre.org.uk"),
  subject="Declan Fenwick (11/11/2014) - young carer",
  body="""
Dear Sir or Madam

Declan Fenwick (11/11/2014) has been referred to our young carers project
by his school. Declan looks after his mum, who has MS, most evenings and
at weekends, and gets his little sister ready for school. He is often late
and exhausted and says he has no time for homework or friends.

Mum has asked us to contact Children's Services to ask for a young carer's
assessment and any help with care at home. We understand the family had a
social worker until the spring.

With kind regards

Imogen Fairclough
Young Carers Support Worker
Kestrelford Carers Centre | 0117 496 0856
""",
  cat="correspondence", subjects=[730123], concern=True, route="front_door",
  why="A request for a young carer's assessment, but the case closed on 29 May, over a month earlier: front door, notify.")

M(file="063_ofsted-trenholm-closed-household-noconsent.eml", received="2026-10-20 09:22:18",
  from_=("Anika Sorensen", "anika.sorensen@kestrelford.gov.uk"),
  subject="OFSTED check: Dale TRENHOLM",
  body="""
Hi CASS,

LADO has received an Ofsted check for Dale Trenholm, DOB 01/08/1982, who
has applied to register as a childminder with his new partner. His
children Maisie Trenholm (21/07/2013) and Oscar Trenholm (09/01/2016) live
with him part of the week. Not known to LADO.

Could you review and reply to Ofsted please.

Anika Sorensen
LADO Support Officer
""",
  cat="ofsted_suitability", subjects=[730110, 730111], consent="missing", concern=False, route="irr_queue",
  why="Check naming both children of a closed household, consent not mentioned: IRR queue, case notes on both.")

M(file="064_salt-docx-cattermole.eml", received="2026-10-23 14:08:42",
  from_=("Children's Therapy Admin", "kef-tr.childtherapy.admin@nhs.net"),
  reply_to="Aoife Brennan <aoife.brennan@nhs.net>",
  subject="SLT review report",
  body="""
Dear Ms Rowntree,

Please find attached Aoife Brennan's speech and language therapy review
report for Ellie-Rose Cattermole, DOB 29.02.2020, following the review on
20 October. Please reply to Aoife directly with any questions.

Children's Therapy Service
Kestrelford and Fenmoor NHS Trust
""",
  att=[("docx", "Ellie-Rose Cattermole SLT review.docx",
        ("Speech and Language Therapy Review", [
            "Ellie-Rose uses a communication aid (core vocabulary board) and around 50 signs.",
            "Since the last review she has begun combining two symbols to request and comment. Attention and listening are improving in a quiet room.",
            "Targets for next term: two-symbol combinations for a range of functions; use of 'more' and 'finished' at home.",
            "Aoife Brennan, Speech and Language Therapist"],
         [("Name", "Ellie-Rose CATTERMOLE"), ("DOB", "29/02/2020")]))],
  cat="medical_correspondence", subjects=[730117], concern=False, route="cp_team",
  why="A therapy report (DOCX) about an open child; the Reply-To is in the same nhs.net domain, so no mismatch: CP team with a case note.")

M(file="065_attendance-rahman-aaliyah-persistent-absence.eml", received="2026-10-26 08:40:03",
  from_=("Attendance Office - Oakfield Academy", "attendance.office@oakfield-academy.org.uk"),
  subject="Persistent absence letter - Aaliyah Rahman",
  body="""
Dear Social Worker,

RE: Aaliyah RAHMAN - Year 7 - DOB 08/08/2015

We are writing to inform you that Aaliyah's attendance for this academic
year is 79.3%, which means she is now classed as persistently absent. Of
the 15 sessions missed, 11 are unauthorised and have not been explained by
her parents despite phone calls and a letter home.

We have invited parents to an attendance meeting on 4 November and our
letter to them has gone home by post.

Attendance Office
Oakfield Academy
0161 496 0527
""",
  cat="correspondence", subjects=[730127], concern=True, route="allocated_worker",
  acceptable={"concern": [True, False]},
  why="A school attendance letter about an open child: allocated worker with a case note (received on the first Monday of GMT).")

M(file="066_ofsted-restricted-doherty-ni.eml", received="2026-10-30 11:50:27",
  from_=("Marcus Ilesanmi", "m.ilesanmi@kestrelford.gov.uk"),
  subject="Ofsted check - Roisin Doherty",
  body="""
CASS,

Ofsted suitability check for Roisin DOHERTY (DOB 02/02/1990), applying to
register as a childminder after moving back to Kestrelford. Her son Ciaran
Doherty, 25/01/2018, is in the household. Nothing held by LADO.

Ofsted have her written consent.

Marcus
""",
  cat="ofsted_suitability", subjects=[730120], consent="provided", concern=False, route="restricted",
  why="The named child's household is a special-client record (area NI): restricted route, notify only, no case notes.")

M(file="067_cdc-report-pdf-pilbeam-rio.eml", received="2026-11-04 10:03:37",
  from_=("Dr Helen Castellano", "helen.castellano@nhs.net"),
  subject="CDC report - Rio Pilbeam",
  body="""
Dear Bethan,

I saw Rio at the Child Development Centre last week. My report is
attached. Rio Pilbeam, 28/05/2023.

Best wishes
Helen

Dr Helen Castellano
Consultant Community Paediatrician
""",
  att=[("pdf", "CDC report Rio Pilbeam 2026-10-29.pdf",
        ("Larchfield Child Development Centre - Clinic Report", [
            "Name: Rio PILBEAM    DOB: 28/05/2023",
            "Seen 29 October 2026 with his mother.",
            "Concerns: limited speech (5 words), poor eye contact, lining up toys.",
            "Observations: Rio did not respond to his name on several attempts and showed little shared attention. Hearing test normal in September.",
            "Plan: referral for multidisciplinary autism assessment; Portage referral; review in 4 months.",
            "Dr H. Castellano"]))],
  cat="medical_correspondence", subjects=[730107], concern=False, route="cp_team",
  why="A paediatric clinic report (PDF) about an open child: CP team with a case note.")

M(file="068_ward-note-askew-visit.eml", received="2026-11-09 17:45:51",
  from_=("Ward 7 Nurse in Charge", "kef-tr.ward7paeds@nhs.net"),
  subject="Bonnie Askew 17/01/2024 - parental visiting",
  body="""
Hi,

As requested by the social worker, a note of visiting for Bonnie Askew
while she was on Ward 7 (admitted for observation after a febrile
convulsion, 6-8 November):

- Mum stayed with Bonnie both nights and was present for all ward rounds.
- Maternal grandmother visited on 7 November, 2-4pm.
- No other visitors.

Bonnie went home with Mum at midday on 8 November.

Ward 7, Kestrelford General Hospital
""",
  cat="correspondence", subjects=[730150], concern=False, route="allocated_worker",
  why="A ward's note of who visited (not a medical record) about an open child: allocated worker with a case note.")

M(file="069_ofsted-pilbeam-shane-household-member.eml", received="2026-11-13 12:12:06",
  from_=("LADO Kestrelford", "lado.team@kestrelford.gov.uk"),
  subject="Ofsted household member suitability - Shane PILBEAM",
  body="""
Dear CASS,

Ofsted request: household member check for Shane PILBEAM, DOB 19/06/1988,
who has moved back into the household of a registered childminder (Kerry
Pilbeam). Children in the household include Poppy Pilbeam, born 07/10/2021,
known to CSC.

Consent held by Ofsted.

LADO Team
""",
  cat="ofsted_suitability", subjects=[730106], consent="provided", concern=False, route="irr_queue",
  why="A different person from the earlier Pilbeam check (another name and date of birth): a normal check, case notes on all three children.")

M(file="070_clinic-letter-ellery-jack-closed.eml", received="2026-11-18 11:27:14",
  from_=("Diabetes Team", "kef-tr.paedsdiabetes@nhs.net"),
  subject="Diabetes clinic letter: Jack Ellery",
  body="""
Paediatric Diabetes Clinic

Re: JACK ELLERY   DOB 10/10/2009

Jack attended clinic on 16 November on his own. HbA1c 78 mmol/mol (up
from 64). He told us he has been missing his evening insulin about twice a
week because "things at home are a bit all over the place", and that he
has not collected his last prescription.

We have agreed a plan with Jack: phone reminders set on his pump app, and
our nurse will ring him weekly for a month. He will move to the young
adult clinic in the new year.

Dr Emily Porteous, Consultant Paediatrician (Diabetes)
""",
  cat="medical_correspondence", subjects=[730129], concern=False, route="cp_team",
  acceptable={"concern": [False, True]},
  why="A diabetes clinic letter is a medical document; the case closed on 31 October: CP team with a case note.")

M(file="071_housing-concern-ellery-logan-nov30.eml", received="2026-11-30 16:22:48",
  from_=("Priyanka Dhillon", "priyanka.dhillon@kestrelford.gov.uk"),
  subject="Logan Ellery 20/01/2013 - housing concern",
  body="""
Hi,

I'm a Housing Options officer. Logan Ellery (born 20 January 2013) came
into the customer service centre this afternoon with his older brother,
who is 17. They say their mother left the flat a fortnight ago and
has not come back, the electricity has run out and they have no food.
Logan has not been to school for a week.

I have given them a food parcel and topped up the meter. I understand your
involvement with the family ended recently. Can someone please contact me
today - 020 7946 0639.

Priyanka Dhillon
Housing Options Officer, Kestrelford Borough Council
""",
  cat="correspondence", subjects=[730130], concern=True, route="re_referral",
  why="Closed on 31 October, so the month runs to 30 November (clamped); a neglect concern on 30 November is a re-referral with a case note.")

M(file="072_college-concern-ellery-jack-dec1.eml", received="2026-12-01 09:06:30",
  from_=("Kestrelford College Student Services", "welfare@kestrelfordcollege.ac.uk"),
  subject="Jack Ellery - welfare concern",
  body="""
Dear Children's Services,

Jack Ellery (DOB 10/10/2009), one of our Level 3 Engineering students,
told his personal tutor yesterday that he and his younger brother have
been living alone since their mum left. He was admitted to hospital at
the weekend with high blood sugar and says he can't afford food and his
insulin supplies. He is 17.

He has asked for our help. Could someone please contact the family?

Mark Chowdhury
Student Welfare Officer, Kestrelford College
0161 496 0284
""",
  cat="correspondence", subjects=[730129], concern=True, route="front_door",
  why="Closed on 31 October, so the window ended on 30 November; a concern on 1 December goes to the front door.")

M(file="073_ofsted-mcbride-grandmother-noconsent.eml", received="2026-12-09 10:44:59",
  from_=("Marcus Ilesanmi", "m.ilesanmi@kestrelford.gov.uk"),
  subject="Ofsted suitability check - Gillian McBRIDE",
  body="""
Hi,

Ofsted have asked LADO about Gillian McBRIDE, born 30/12/1964, who is
applying to register as a childminder. Her granddaughter Isla McBride
(19/04/2022) lives with her during the week and has an open case.

LADO hold no information about Mrs McBride.

Marcus Ilesanmi
LADO | 020 7946 0318
""",
  cat="ofsted_suitability", subjects=[730124], consent="missing", concern=False, route="irr_queue",
  why="Check naming an open child, no consent mentioned: IRR queue, notify, case note on the household's only child.")

M(file="074_youthproject-cce-nowicki-restricted.eml", received="2026-12-23 20:31:12",
  from_=("Ryan Cheung", "ryan.cheung@streetwisekestrelford.org.uk"),
  subject="Bartosz Nowicki - exploitation concern",
  body="""
Hi,

I'm a detached youth worker with Streetwise. Tonight Bartosz Nowicki
(30.03.2012) told me that two older lads have been making him carry
"packages" to addresses across town after school, and that they threatened
to hurt his mum if he stops. He had 300 in cash on him and a second phone.
He is 14.

He was scared to go home tonight. I walked him to his nan's house on
Marlow Road at 8pm. I've also rung the police on 101 (log 1812 of 23/12).

Ryan Cheung
Detached Youth Worker, Streetwise Kestrelford
07700 900903
""",
  cat="correspondence", subjects=[730121], concern=True, route="restricted",
  why="A criminal-exploitation concern about a personal-interest record: restricted route, notify and mark urgent (significant_harm).")

M(file="075_discharge-worrall-christmas-eve.eml", received="2026-12-24 16:30:25",
  from_=("Dr Tom Aldridge", "tom.aldridge@nhs.net"),
  subject="Discharge summary - Kai Worrall, 31/07/2019",
  body="""
Discharge summary (copy to Children's Social Care)

Name: Kai WORRALL          DOB: 31/07/2019
Admitted: 21/12/2026       Discharged: 24/12/2026
Diagnosis: epilepsy - cluster of focal seizures with impaired awareness.

Kai's levetiracetam dose was increased. EEG showed left temporal
discharges; MRI brain booked for January. Rescue medication (buccal
midazolam) prescribed and his parents were trained in its use. Epilepsy
nurse will ring on 29 December.

Merry Christmas,
Dr T. Aldridge, Paediatric Registrar
""",
  cat="medical_correspondence", subjects=[730146], concern=False, route="cp_team",
  why="A discharge summary about a child whose case closed on 18 December: medical documents go to the CP team with a case note.")

M(file="076_ofsted-repeat-whitlock-2027.eml", received="2027-01-04 11:03:45",
  from_=("Anika Sorensen", "anika.sorensen@kestrelford.gov.uk"),
  subject="New Ofsted check - WHITLOCK Jodie 17/02/1993",
  body="""
Happy new year CASS,

Ofsted have sent a new suitability request for Jodie Whitlock (17/02/1993,
Kayden's mum). She let her childminder registration lapse in the autumn
and is applying again. Kayden Whitlock (04/09/2012) is still open.

Ofsted hold her consent for the new application.

Anika
LADO Support Officer
""",
  cat="ofsted_suitability", subjects=[730103], consent="provided", concern=False, route="irr_queue",
  why="Same applicant as the checks of May and July 2026 but over 90 days later: not a duplicate, a normal check with a 2027 reference.")

M(file="077_school-concern-worrall-kai-rereferral.eml", received="2027-01-11 13:18:36",
  from_=("Nadia Hussain", "n.hussain@larkspur.kestrelford.sch.uk"),
  subject="Kai Worrall (Year 2) - concern",
  body="""
Dear Children's Services

Kai Worrall (DOB 31/07/2019) has come back to school after Christmas
without his rescue medication, which must be in school at all times
because of his epilepsy. Mum says Dad has it and Dad says Mum has it. Kai
had a seizure at school on Thursday and we had to call an ambulance
because we had nothing to give him.

Kai also told staff that "Mummy and Daddy were shouting and Daddy broke
the door" over Christmas.

We know your team closed the case just before Christmas. We feel the
family need support again.

Nadia Hussain
Headteacher and DSL, Larkspur Primary School
020 7946 0990
""",
  cat="correspondence", subjects=[730146], concern=True, route="re_referral",
  why="Closed on 18 December 2026 and the concern arrives on 11 January 2027, within a month: re-referral with a case note.")

M(file="078_ofsted-ashdown-closed-household.eml", received="2027-02-26 09:51:21",
  from_=("LADO Kestrelford", "lado.team@kestrelford.gov.uk"),
  subject="Ofsted suitability - ASHDOWN, Carly",
  body="""
Morning,

Ofsted suitability check:
  Applicant: Carly ASHDOWN, DOB 09/09/1987 - nanny, voluntary register
  Children: Reggie Ashdown (27/11/2012) and Tilly Ashdown (18/03/2016)

Ofsted hold the applicant's signed consent. LADO: not known.

LADO Team
""",
  cat="ofsted_suitability", subjects=[730142, 730143], consent="provided", concern=False, route="irr_queue",
  why="Check naming both children of a recently closed household: IRR queue, notify, case notes on both.")

M(file="079_school-concern-ashdown-tilly-rereferral.eml", received="2027-03-10 12:29:16",
  from_=("Mr Paul Grainger", "p.grainger@brookfield-jun.kestrelford.sch.uk"),
  subject="Tilly Ashdown Y6 - disclosure today",
  body="""
Dear Children's Services,

Tilly Ashdown (born 18 March 2016) told her teaching assistant this
morning that her mum's new boyfriend "comes in the bathroom when I'm in
the bath and won't go out". She was very upset and asked us not to tell
Mum. We have recorded her words exactly.

I understand the family's case was closed last month. I have also phoned
your front door but wanted to put this in writing.

Paul Grainger
Headteacher and Designated Safeguarding Lead
Brookfield Junior School | 0161 496 0847
""",
  cat="correspondence", subjects=[730143], concern=True, route="re_referral",
  why="Closed on 12 February 2027; a sexual-harm concern on 10 March is within the month: re-referral with a case note.")

M(file="080_physio-report-penrose-evie-goodfriday2027.eml", received="2027-03-26 10:37:52",
  from_=("Rhiannon Castell", "rhiannon.castell@nhs.net"),
  subject="Physiotherapy report - Evie Penrose (09/09/2022)",
  body="""
Hello,

Apologies for sending this on a bank holiday - catching up on my reports.

Children's Physiotherapy - progress report
Evie Penrose, DOB 09/09/2022

Evie was referred with toe-walking. Over eight sessions her calf length has
improved (ankle dorsiflexion now 10 degrees each side) and she walks with a
heel strike most of the time. Night splints no longer needed. Discharged
from physiotherapy with a home stretching programme.

Rhiannon Castell
Paediatric Physiotherapist, Kestrelford Children's Therapy Service
""",
  cat="medical_correspondence", subjects=[730135], concern=False, route="cp_team",
  why="A physiotherapy progress report about an open child, sent on Good Friday 2027: CP team with a case note.")

M(file="081_nursery-spf-dkim-fail-penrose.eml", received="2027-04-06 08:12:09",
  from_=("Tiny Steps Nursery", "hello@tinystepsnursery.co.uk"),
  auth="spf_dkim_fail",
  subject="Evie Penrose - learning journal summary",
  body="""
Hi!

Please find below Evie Penrose's learning journal summary for the spring
term (DOB 09/09/2022).

Evie has loved our space topic and can count to 15. She is much more
confident at drop-off and now says goodbye to Dad at the door. She is
looking forward to starting school in September.

Thanks,
Tiny Steps Nursery
""",
  cat="correspondence", subjects=[730135], concern=False, route="exceptions", exception="sender_not_authenticated",
  why="The trusted authserv-id reports both spf=fail and dkim=fail: sender_not_authenticated, exceptions, nothing done.")

M(file="082_ofsted-duplicate-ashdown.eml", received="2027-04-20 13:40:27",
  from_=("Marcus Ilesanmi", "m.ilesanmi@kestrelford.gov.uk"),
  subject="Ofsted - Ms C Ashdown (duplicate?)",
  body="""
Hi CASS,

I think Ofsted have sent the same request twice: Carly Ashdown, date of
birth 9th September 1987, nanny application; children Reggie and Tilly
Ashdown (Tilly born 18.03.2016). Consent held by Ofsted.

Can you check whether you've already replied on the February request?

Marcus Ilesanmi, LADO
""",
  cat="ofsted_suitability", subjects=[730142, 730143], consent="provided", concern=False, route="none",
  dup_of="cass/078_ofsted-ashdown-closed-household.eml",
  why="Same applicant name and date of birth as the check of 26 February 2027 (53 days earlier): route none, related to that reference.")



def main():
    os.makedirs(os.path.join(HERE, "cass"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "cass")):
        os.remove(os.path.join(HERE, "cass", f))
    write_cases(); write_tracker()
    labels = []
    for m in MESSAGES:
        m["rcv"] = utc(m["received"])
        m["att"] = [(k, n, make_pdf(*spec) if k == "pdf" else make_docx(*spec)) for (k, n, spec) in m.get("att", [])]
        with open(os.path.join(HERE, "cass", m["file"]), "w", newline="\n") as f:
            f.write(build_eml(m))
        labels.append(label(m))
    with open(os.path.join(HERE, "labels.jsonl"), "w") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "messages")


if __name__ == "__main__":
    main()
