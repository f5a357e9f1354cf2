"""Regenerates the part-E corpus (correspondence v. information requests, cass mailbox).

Run with /work/main/.venv/bin/python build.py; it rewrites cass/*.eml and labels.jsonl next to
this file deterministically. cases.csv and tracker.csv are hand-written data read by this script.
Each message definition carries the raw material of the .eml and the human judgements of its
label (category, subjects, concern, level, consent, urgency); label() derives route, actions,
case notes and dates from the triage contract.
"""
from __future__ import annotations

import base64
import calendar
import csv
import datetime as dt
import hashlib
import html
import io
import json
import quopri
import random
import re
import textwrap
import zipfile
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import email_validator
import holidays
import tldextract

HERE = Path(__file__).resolve().parent
LON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc
TRUSTED = "mx.kestrelford.gov.uk"
INBOX = "cass@kestrelford.gov.uk"
SECURE = ["gov.uk", "nhs.net", "nhs.uk", "police.uk", "pnn.police.uk", "cjsm.net", "mod.uk",
          "cafcass.gov.uk", "probation.gov.uk", "justice.gov.uk"]
ROLE = set("admin business central contact duty enquiries enquiry front general help helpdesk hub info "
           "mailbox mash noreply office post reception referrals safeguarding secure support team triage".split())
BH = holidays.country_holidays("GB", subdiv="ENG", years=[2026, 2027, 2028])
PSL = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
CASES = {r["person_id"]: r for r in csv.DictReader(open(HERE / "cases.csv", newline="", encoding="utf-8"))}
TRACKER = {r["reference"] for r in csv.DictReader(open(HERE / "tracker.csv", newline="", encoding="utf-8"))}


# ------------------------------------------------------------------ helpers
def working_day_after(d: dt.date, n: int) -> dt.date:
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BH:
            n -= 1
    return d


def plus_one_month(d: dt.date) -> dt.date:
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def registrable(dom: str) -> str:
    r = PSL(dom)
    return getattr(r, "top_domain_under_public_suffix", None) or r.registered_domain or dom


def verdict(addr: str) -> str:
    try:
        email_validator.validate_email(addr, check_deliverability=False)
    except email_validator.EmailNotValidError:
        return "invalid"
    local, dom = addr.rsplit("@", 1)
    dom = dom.lower()
    secure = any(dom == s or dom.endswith("." + s) for s in SECURE)
    generic = any(w.lower() in ROLE for w in re.split(r"[._+\-0-9]+", local) if w)
    return ("secure_" if secure else "") + ("generic" if generic else "personal") + ("" if secure else "_nonsecure")


def make_pdf(title: str, lines: list[str]) -> bytes:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    y = 800
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56, y, title)
    c.setFont("Helvetica", 10)
    y -= 28
    for ln in lines:
        if y < 60:
            c.showPage()
            c.setFont("Helvetica", 10)
            y = 800
        c.drawString(56, y, ln)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title: str, paras: list[str], table: list[tuple[str, str]] | None = None) -> bytes:
    import docx
    d = docx.Document()
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.core_properties.author = ""
    d.add_heading(title, level=1)
    if table:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in table:
            row = t.add_row().cells
            row[0].text, row[1].text = a, b
    for p in paras:
        d.add_paragraph(p)
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def dedent(s: str) -> str:
    return textwrap.dedent(s).strip("\n") + "\n"


def text_part(body: str) -> str:
    if body.isascii() and max(len(x) for x in body.splitlines()) < 990:
        return 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n\n' + body
    qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    return 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n' + qp


def html_part(body: str) -> str:
    paras = body.strip().split("\n\n")
    inner = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
           '<body style="font-family:Arial,sans-serif;font-size:11pt">\n' + inner + "\n</body></html>\n")
    qp = quopri.encodestring(doc.encode("utf-8")).decode("ascii")
    return 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n' + qp


def enc_display(name: str) -> str:
    if not name.isascii():
        return Header(name, "utf-8").encode()
    return f'"{name}"' if any(c in name for c in ",.()@:;") else name


def auth_line(dom: str, mode: str, authserv: str = TRUSTED) -> str:
    if mode == "pass":
        return (f"Authentication-Results: {authserv}; spf=pass (sender IP is permitted)\n smtp.mailfrom={dom}; "
                f"dkim=pass (signature was verified)\n header.d={dom}; dmarc=pass action=none header.from={dom}\n")
    if mode == "dmarc_fail":
        return (f"Authentication-Results: {authserv}; spf=softfail (domain does not designate sender)\n"
                f" smtp.mailfrom={dom}; dkim=none (message not signed) header.d=none;\n"
                f" dmarc=fail action=quarantine header.from={dom}\n")
    if mode == "spf_dkim_fail":
        return (f"Authentication-Results: {authserv}; spf=fail (sender IP is not permitted)\n smtp.mailfrom={dom}; "
                f"dkim=fail (body hash did not verify)\n header.d={dom}; dmarc=none action=none header.from={dom}\n")
    raise ValueError(mode)


def received_lines(m: dict, rng: random.Random, when: dt.datetime) -> tuple[str, str]:
    dom = m["frm"][1].rsplit("@", 1)[1].lower()
    via = m.get("via")
    if via is None:
        if dom in ("gmail.com", "googlemail.com"):
            via = "google"
        elif dom.endswith(("hotmail.co.uk", "outlook.com", "live.co.uk")):
            via = "outlook"
        else:
            via = "outlook" if rng.random() < 0.45 else "own"
    hexid = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    ts = format_datetime(when.astimezone(LON) if m.get("rx_local") else when.astimezone(UTC))
    earlier = format_datetime((when - dt.timedelta(seconds=rng.randint(2, 9))).astimezone(UTC))
    if via == "google":
        n = rng.randint(41, 99)
        host, ip = f"mail-ej1-f{n}.google.com", f"209.85.218.{n}"
        inner = f"Received: by mail-ej1-f{n}.google.com with SMTP id {rng.getrandbits(40):x}so{rng.randint(100, 999)};\n {earlier}\n"
    elif via == "outlook":
        pod = rng.choice(["LO4P265", "CWXP123", "LO2P123", "AM7PR02"])
        host = f"{pod}CU00{rng.randint(1, 9)}.outbound.protection.outlook.com"
        ip = f"40.107.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
        mb = f"{pod}MB{rng.randint(1000, 9999)}.GBRP{pod[2:5]}.PROD.OUTLOOK.COM"
        inner = f"Received: from {mb} ([fe80::{rng.getrandbits(16):x}:{rng.getrandbits(16):x}]) by\n {mb} with mapi id 15.20.{rng.randint(7000, 8999)}.{rng.randint(10, 40)};\n {earlier}\n"
    else:
        host = f"{rng.choice(['mail', 'smtp', 'relay', 'mx-out', 'mailgw'])}{rng.randint(1, 9)}.{dom}"
        ip = f"{rng.randint(81, 195)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
        lan = f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        inner = f"Received: from [{lan}] (unknown [{lan}])\n by {host} with ESMTPSA id {rng.getrandbits(40):x};\n {earlier}\n"
    top = f"Received: from {host} ({host} [{ip}])\n by {TRUSTED} with ESMTPS id {hexid}\n for <{INBOX}>; {ts}\n"
    return top, inner


def render(m: dict) -> str:
    rng = random.Random("part-e-" + m["slug"])
    when = dt.datetime.fromisoformat(m["utc"]).replace(tzinfo=UTC)
    name, addr = m["frm"]
    dom = addr.rsplit("@", 1)[1].lower()
    top, inner = received_lines(m, rng, when)
    h = top + auth_line(dom, m.get("auth", "pass"))
    if m.get("untrusted_auth"):
        h += auth_line(dom, m["untrusted_auth"][1], m["untrusted_auth"][0])
    h += inner
    sent = when - dt.timedelta(seconds=m.get("lag", rng.randint(20, 300)))
    h += f"Date: {format_datetime(sent.astimezone(LON if m.get('date_local', rng.random() < 0.5) else UTC))}\n"
    h += f"From: {enc_display(name)} <{addr}>\n" if name else f"From: {addr}\n"
    h += f"To: {m.get('to') or ('Children' + chr(39) + 's Advice and Support Service <' + INBOX + '>' if rng.random() < 0.4 else INBOX)}\n"
    if m.get("cc"):
        h += f"Cc: {m['cc']}\n"
    if m.get("reply_to"):
        h += f"Reply-To: {m['reply_to']}\n"
    subj = m["subject"]
    h += f"Subject: {subj if subj.isascii() else Header(subj, 'utf-8').encode()}\n"
    if m.get("thread_topic"):
        h += f"Thread-Topic: {m['thread_topic']}\n"
    mid = hashlib.sha1(("e" + m["slug"]).encode()).hexdigest()[:26]
    h += f"Message-ID: <{mid}@{m.get('mid_host', dom)}>\n"
    for k, v in m.get("headers", []):
        h += f"{k}: {v}\n"
    h += "MIME-Version: 1.0\n"
    body = dedent(m["body"])
    if m.get("html_only"):
        main = html_part(body)
    elif m.get("html"):
        b1 = "----=_Alt_" + hashlib.md5((m["slug"] + "alt").encode()).hexdigest()[:20]
        main = f'Content-Type: multipart/alternative; boundary="{b1}"\n\n--{b1}\n{text_part(body)}\n--{b1}\n{html_part(body)}\n--{b1}--\n'
    else:
        main = text_part(body)
    atts = m.get("atts", [])
    if not atts:
        return h + main
    b0 = "----=_Part_" + hashlib.md5(m["slug"].encode()).hexdigest()[:22]
    out = h + f'Content-Type: multipart/mixed; boundary="{b0}"\n\nThis is a multi-part message in MIME format.\n\n--{b0}\n' + main
    for att in atts:
        kind, fname, title, content = att[:4]
        if kind == "pdf":
            data, ctype = make_pdf(title, content), "application/pdf"
        else:
            data = make_docx(title, content, att[4] if len(att) > 4 else None)
            ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        out += (f'\n--{b0}\nContent-Type: {ctype}; name="{fname}"\nContent-Transfer-Encoding: base64\n'
                f'Content-Disposition: attachment; filename="{fname}"\n\n' + base64.encodebytes(data).decode("ascii"))
    return out + f"\n--{b0}--\n"


MSGS: list[dict] = []


def M(**kw):
    MSGS.append(kw)


# ------------------------------------------------------------------ message definitions
def define():
    M(slug="school-attendance-update-doherty-kian", utc="2026-01-06 10:14:22", cat="correspondence",
      frm=("Helen Craddock", "h.craddock@ashgrove-primary.kestrelford.sch.uk"),
      subject="Attendance update - Kian Doherty (Y6)", subj=["760001"], concern=False,
      body="""
        Dear Priya,

        As agreed at the last core group, here is Kian's attendance for the autumn term now
        that the register has been closed off.

        Kian Doherty, DOB 11/03/2014, Year 6
        Autumn 1: 94.2%
        Autumn 2: 97.6% (one authorised absence, dentist)
        Lates: 3, all before 9:05

        This is a real improvement on last year and Kian has been proud of his certificate.
        Breakfast club is still going well and he is eating there most mornings.

        Please let me know if you need anything else before the next meeting.

        Kind regards

        Mrs Helen Craddock
        Deputy Headteacher / Designated Safeguarding Lead
        Ashgrove Primary School
        01632 960 418 ext 2
        """,
      why="A school sending attendance figures for the allocated worker; the closing offer of more information is not a request for what children's social care knows: correspondence on an open case.")

    M(slug="police-night-level1-fairweather", utc="2026-01-10 02:15:40", cat="information_request",
      frm=("PS 1184 Gareth Lyle", "gareth.lyle@northmoor.police.uk"),
      subject="Ollie FAIRWEATHER 30/06/2013 - allocated SW?", subj=["760250"], lv=1, cons="missing",
      concern=True, acc={"concern": [True, False]},
      body="""
        Hello CASS,

        FAIRWEATHER, Ollie (dob 30/06/2013) was found by a patrol at 23:40 last night in the
        bus shelter on Ferrers Road with two older lads, having had some alcohol. He was
        returned home to his mother and was fine by the time we left.

        I just need to know whether Ollie has an allocated social worker and, if he does,
        their name and a contact number so I can send the notification to the right person.

        Thanks
        PS 1184 Gareth Lyle
        Response Sergeant, Kestrelford East
        Northmoor Police | 0161 496 0772

        OFFICIAL - this message may contain personal data. If received in error, notify the
        sender and delete it.
        """,
      why="Asks only whether there is an allocated worker and how to reach them; open case, secure personal police address: level-1 reply, acknowledgement due Monday after a Saturday arrival.")

    M(slug="misdirected-council-tax", utc="2026-01-14 19:02:11", cat="other",
      frm=("Dean Hollis", "deanhollis1979@gmail.com"),
      subject="single person discount", concern=False,
      body="""
        hi

        i got a bill through saying my single person discount is being taken off from
        february but my partner moved out in october. i filled the form in online twice.
        account no 4471 0093 2. can someone sort it out before it goes to enforcement

        Dean
        """,
      why="A council tax discount query sent to the children's services inbox by mistake: other, unclassified.")

    M(slug="paediatric-clinic-letter-penhaligon", utc="2026-01-19 13:48:09", cat="medical_correspondence",
      frm=("Dr Anjali Sethuraman", "anjali.sethuraman@nhs.net"), html=True,
      subject="Clinic letter: Oscar Penhaligon DOB 25.10.2015 - Neurodevelopmental clinic",
      subj=["760020"], concern=False,
      body="""
        Community Paediatrics - Neurodevelopmental Clinic
        Kestrelford Child Development Centre, Orchard Wing

        Re: Oscar PENHALIGON   DOB: 25.10.2015   NHS No: 999 631 2047

        Diagnoses:
        1. Autism spectrum disorder (diagnosed 2021)
        2. Sleep-onset insomnia
        3. Constipation, improving

        Medication: melatonin 2 mg modified release at 19:30; Movicol Paediatric one sachet daily.

        I reviewed Oscar today with his mother. Sleep onset has improved from around two hours
        to forty minutes since starting melatonin. Weight 31.4 kg (50th-75th centile). He
        engaged well with the examination once the lights were dimmed. Bowels are now regular.

        Plan: continue melatonin, review dose in six months; wean Movicol over four weeks;
        refer to the community sleep practitioner for behavioural strategies.

        Copy to: GP; Tomasz Nowicki, Children with Disabilities Team (via CASS).

        Dr Anjali Sethuraman MRCPCH
        Consultant Community Paediatrician
        Secretary: 0117 496 0521
        """,
      why="A paediatric clinic letter with diagnoses, medication and a clinical plan is a medical document: cp_team with a case note to the allocated worker.")

    M(slug="earlyhelp-lcs-id-level1-ashdown", utc="2026-01-22 11:31:56", cat="information_request",
      frm=("Marcus Obi", "marcus.obi@kestrelford.gov.uk"),
      subject="Who holds LCS 760360?", subj=["760360"], lv=1, cons="missing", concern=False,
      body="""
        Hi both,

        I'm the Early Help practitioner who has just picked up a TAF for the family of
        LCS 760360. Mum mentioned a social worker from "the family support people".

        Could you tell me who the allocated worker is and their direct line? I want to
        make sure we aren't duplicating. That's all.

        Cheers,
        Marcus

        Marcus Obi | Early Help Practitioner | Kestrelford Family Hubs
        Kestrelford Borough Council | 07700 900 216
        """,
      why="A person ID identifies the child by itself; the practitioner asks only for the allocated worker and contact, from a secure personal council address: level-1 reply.")

    M(slug="ifa-monthly-report-lindqvist", utc="2026-01-27 15:06:30", cat="correspondence",
      frm=("Saskia Brennan", "saskia.brennan@brightharbourfostering.org.uk"),
      subject="Monthly placement report - Freya L - January", subj=["760150"], concern=False,
      atts=[("docx", "Freya Lindqvist - monthly report Jan 2026.docx", "Monthly Placement Report",
             ["Freya has settled into her new bedroom and chose the paint colour herself.",
              "Contact with birth mother took place on 9 and 23 January and went well; Freya was tired afterwards but not distressed.",
              "Nursery attendance 100%. The carers have started a bedtime story routine which Freya enjoys.",
              "No incidents, no missing episodes, no concerns this month.",
              "Supervising social worker visits: 8 January (announced), 21 January (unannounced)."],
             [("Child", "Freya Lindqvist"), ("Date of birth", "08/08/2018"), ("Carers", "Mr and Mrs Achterkirk"),
              ("Period", "1 - 31 January 2026"), ("Local authority SW", "Bethan Pryce")])],
      body="""
        Dear Bethan,

        Please find attached the monthly placement report for Freya Lindqvist (08/08/2018)
        for January. Nothing of concern to report - a settled month.

        Could you pass a copy to the IRO ahead of the review on the 12th? Thanks.

        Saskia Brennan
        Supervising Social Worker
        Bright Harbour Fostering
        020 7946 0387

        Bright Harbour Fostering Ltd is registered in England and Wales (No. 08812345).
        This email is confidential and intended for the addressee only.
        """,
      why="A fostering agency sending its monthly report for the child's file: correspondence on an open case, to the allocated worker with a case note.")

    M(slug="school-disclosure-locked-okafor", utc="2026-01-30 12:52:03", cat="correspondence",
      frm=("Ruth Castellane", "r.castellane@kingsmead.kestrelford.sch.uk"),
      subject="SAFEGUARDING - Jude Okafor - disclosure this morning", subj=["760080"], concern=True,
      body="""
        Dear colleagues,

        I'm passing on a disclosure made at 10:20 today.

        Jude Okafor (Year 8, date of birth 12 December 2012) came to the pastoral office
        holding his wrist. He said his stepdad "twisted it" last night because he wouldn't
        hand over his phone. There is redness and he can't grip a pen. He has said he is
        scared to go home tonight.

        He is with our pastoral lead now. I have not contacted home. I have also rung the
        front door but wanted it in writing.

        Ruth Castellane
        Designated Safeguarding Lead, Kingsmead Academy
        Direct: 0161 496 0934
        """,
      why="A disclosure of physical harm about a locked record: restricted route, notify the lock owner, marked urgent as significant harm.")

    M(slug="housing-notknown-homeless-family", utc="2026-02-03 09:40:15", cat="information_request",
      frm=("Jasmine Adeleke", "jasmine.adeleke@hollinbury.gov.uk"),
      subject="Homeless application - children in household - any involvement?",
      status="not_known", lv=2, cons="provided", concern=False, acc={"concern": [False, True]},
      body="""
        Good morning,

        I am assessing a homelessness application from Ms Charlene Voss, who has moved into
        emergency accommodation in Hollinbury after leaving a private rental in Kestrelford.
        She has two children:

          Kaden VOSS  - 14/02/2016
          Summer-Rose VOSS - 02/09/2019

        Ms Voss has signed our consent form agreeing to us contacting other agencies.

        Could you let me know whether either child is or was known to Kestrelford children's
        social care, and if so the reasons for involvement and any current plan? This will
        help us decide on the suitability of the accommodation we offer.

        Kind regards,
        Jasmine Adeleke
        Housing Options Officer, Hollinbury District Council
        Tel 020 7946 0512
        """,
      why="Housing asks what is known about two children, with background; neither is in the directory, so whatever the level the answer is 'not known' by level-1 reply to a secure address.")

    M(slug="youthclub-certificate-mbeki", utc="2026-02-09 17:22:48", cat="correspondence",
      frm=("Carl Dunwoody", "carl@theforgeyouthproject.org.uk"),
      subject="Tyler Mbeki - Duke of Edinburgh Bronze", subj=["760060"], concern=False,
      body="""
        Hi,

        Good news to share. Tyler Mbeki (17/07/2010) has completed his Bronze DofE through
        The Forge - volunteering, physical, skills and the expedition in October. A copy of
        his certificate letter is below for his file:

          "This is to certify that Tyler Mbeki has completed all sections of the Duke of
          Edinburgh's Bronze Award."

        He wants to start Silver in the spring and we'd love to have him. Can you confirm
        you received this so I can tell him it's gone to his social worker?

        Carl Dunwoody
        Youth Worker, The Forge Youth Project
        07700 900 455
        """,
      why="A youth project sending an achievement for the child's file; asking for a receipt is not an information request: correspondence, open case.")

    M(slug="coldsales-casemgmt-software", utc="2026-02-16 08:03:55", cat="other",
      frm=("Lucy at CaseFlow", "lucy.marsh@caseflow-systems.io"), html_only=True,
      subject="Cut your referral backlog by 40% - 15 min demo?", concern=False,
      body="""
        Hi there,

        I noticed Kestrelford's children's services team is recruiting for business support
        roles. CaseFlow automates triage of shared inboxes and integrates with LCS, Mosaic
        and Eclipse in under a week.

        Councils like yours have cut their referral backlog by 40% in the first quarter.

        Do you have 15 minutes on Thursday for a quick demo? Just reply with a time.

        Lucy Marsh
        Account Executive, CaseFlow Systems
        """,
      why="Unsolicited sales email: other, unclassified.")

    M(slug="cafcass-s7-penhaligon", utc="2026-02-20 10:27:31", cat="information_request",
      frm=("Imogen Starkey", "imogen.starkey@cafcass.gov.uk"),
      subject="Section 7 report - Oscar Penhaligon (25.10.2015) - request for LA information",
      subj=["760020"], lv=2, cons="not_required", basis="court_report", concern=False,
      body="""
        Dear Kestrelford CASS,

        I have been directed by the Family Court sitting at Kestrelford to prepare a Section 7
        welfare report in private law proceedings concerning Oscar Penhaligon, born
        25.10.2015. The parents dispute the child arrangements following separation.

        To inform my report, please provide:
          - the periods of involvement with Oscar and his family and the reasons;
          - any assessments or plans (CIN, CP) with dates;
          - the views of the allocated worker on the arrangements proposed.

        My report is due to be filed on 10 April 2026, so a response within the usual
        timescale is fine.

        Yours sincerely,
        Imogen Starkey
        Family Court Adviser, Cafcass (Kestrelford team)
        Telephone: 020 7946 0634 / mobile 07700 900 634
        """,
      why="Cafcass asks for the history and the worker's views for a Section 7 report: level 2, consent not required (court_report), not urgent; open case to the allocated worker.")

    M(slug="housing-arrears-concern-brightwell", utc="2026-03-02 14:10:02", cat="correspondence",
      frm=("Tenancy Sustainment - Kestrel Homes", "tenancy.sustainment@kestrelhomes.org.uk"),
      subject="Brightwell household, 7 Tansy Walk - notice seeking possession",
      subj=["760010", "760011"], concern=True,
      body="""
        Dear Children's Services,

        I am writing about Ms Kelly Brightwell and her children Aaron Brightwell (19/06/2012)
        and Nevaeh Brightwell (07/01/2016) at 7 Tansy Walk.

        Rent arrears have reached £2,940 and a notice seeking possession was served on
        24 February. When I visited on Friday the kitchen had no food other than cereal,
        the gas meter was on emergency credit and Ms Brightwell was tearful. She told me
        she "can't cope" since the family support ended and asked me to contact you to ask
        for help again.

        I have made a referral to the food bank and to our welfare benefits adviser. I am
        sending this so that someone can look at whether the family need support from you.

        Yours faithfully,

        Denise Okonkwo
        Tenancy Sustainment Officer
        Kestrel Homes (Housing Association)
        0117 496 0658
        """,
      why="A housing letter raising neglect and asking for help seventeen days after the household's case closed on 13 February: re-referral with case notes on both children.")

    M(slug="dental-ga-letter-dunmore", utc="2026-03-06 11:55:19", cat="medical_correspondence",
      frm=("Community Dental Service", "kestrelford.cds@nhs.net"),
      subject="Treatment under general anaesthetic - Archie Dunmore", subj=["760340"], concern=False,
      body="""
        Community Dental Service - Special Care Paediatric Dentistry

        Patient: Archie DUNMORE
        Date of birth: 26 April 2017

        Dear Colleague,

        Archie attended for comprehensive dental care under general anaesthetic on
        4 March 2026. Treatment: extraction of 54, 64, 74 and 84 (gross caries);
        fissure sealants 16, 26, 36, 46; fluoride varnish applied.

        Recovery was uneventful and he was discharged home with his father the same day.
        Post-operative advice was given. He will be reviewed in clinic in three months with
        fluoride varnish every three months thereafter.

        We copy this letter to children's services at the family's request, as Archie has a
        social worker in the Children with Disabilities Team.

        Yours sincerely,
        Mr Kwame Asante BDS MFDS
        Specialist in Paediatric Dentistry
        Tel 0161 496 0320
        """,
      why="A clinical dental letter recording treatment under anaesthetic is a medical document: cp_team with a case note.")

    M(slug="dsl-incident-level1-nonsecure-trelawny", utc="2026-03-11 15:37:44", cat="information_request",
      frm=("Owen Parfitt", "o.parfitt@st-aldhelms.kestrelford.sch.uk"),
      subject="Lacey Trelawny 01/10/2017", subj=["760220"], lv=1, cons="missing", concern=False,
      acc={"concern": [False, True]},
      body="""
        Hi,

        Lacey in Year 3 told her class teacher today that her dad has "gone to live with
        Nana" after an argument at the weekend. She seemed matter-of-fact about it and
        was happy at lunch; we are keeping an eye.

        Mum said at pick-up that a social worker from the Family Support team visits.
        Could you give me that worker's name and phone number please, so I can let them
        know what Lacey said? Lacey Trelawny, born 01/10/2017.

        Thanks,
        Owen Parfitt
        Assistant Head / DSL
        St Aldhelm's C of E Primary
        """,
      why="The background is context; the only question is the worker's name and number, and the sch.uk personal address is not secure: nonsecure_address exception, acknowledgement still goes.")

    M(slug="nursery-bruise-pass-to-sw-nwosu", utc="2026-03-17 09:12:37", cat="correspondence",
      frm=("Little Acorns Day Nursery", "manager@littleacorns-kestrelford.co.uk"),
      subject="Body map - Amara Nwosu", subj=["760110"], concern=True, xmailer="Microsoft Outlook 16.0",
      body="""
        Good morning,

        Amara Nwosu (DOB 10/10/2020) arrived at 8:05 today with a bruise about the size of
        a 10p coin on her left cheek, yellowish in colour. Dad said she fell off the sofa at
        the weekend. Amara said "Mummy's friend" but would not say more. We completed a
        body map (copied below) and our safeguarding log.

          Location: left cheekbone
          Size: approx. 2 cm, oval
          Colour: yellow/green edges
          Child's account: "Mummy's friend"

        Could you please pass this to her social worker today? We know Amara has one but
        don't have a direct email.

        Sandra Whitfield
        Nursery Manager & DSL
        Little Acorns Day Nursery, 0117 496 0281
        """,
      why="A nursery reporting an injury and asking for it to be passed on is a concern (correspondence), not a request for information: open case, allocated worker with a case note.")

    M(slug="mash-s47-closed-copeland", utc="2026-03-24 08:21:09", cat="information_request",
      frm=("Marlowe MASH", "mash@marlowe.gov.uk"),
      subject="URGENT - S47 strategy today 14:00 - Jayden COPELAND 22/03/2014",
      subj=["760210"], lv=2, cons="not_required", basis="s47", urg="s47_strategy", concern=True,
      body="""
        URGENT - STRATEGY DISCUSSION TODAY AT 14:00

        Dear Kestrelford CASS,

        Marlowe MASH is convening a Section 47 strategy discussion this afternoon following
        a disclosure at school yesterday by Jayden COPELAND (DOB 22/03/2014), who moved to
        Marlowe with his mother in December. Jayden described being hit with a belt by his
        mother's partner.

        We understand Kestrelford had involvement until late last year. We need your history
        (periods of involvement, category of concern, any S47s or plans, and the reason for
        closure) before 14:00 to inform the strategy discussion.

        Consent is not being sought as this is a Section 47 enquiry.

        Marlowe Multi-Agency Safeguarding Hub
        Marlowe City Council | 020 7946 0114
        """,
      why="Another local authority needs the history for a Section 47 strategy discussion today: urgent (s47_strategy), consent not required; the case closed in 2025, so IRR queue marked urgent.")

    M(slug="hv-consent-easter-gascoigne", utc="2026-04-02 17:55:12", cat="information_request",
      frm=("Bernadette Quail", "bernadette.quail1@nhs.net"),
      subject="Tilly Gascoigne - request for previous involvement", subj=["760260"], lv=2, cons="provided",
      concern=False,
      body="""
        Dear CASS team

        I am the health visitor for Tilly Gascoigne, d.o.b 15th January 2018, who has just
        been transferred to my caseload from the school nursing service for a developmental
        review.

        I understand your Family Support service was working with the family until very
        recently. Please could you let me know the reasons for involvement, what support
        was provided and whether any concerns remained at closure? I would like to make
        sure my review picks up anything relevant.

        Tilly's mother gave verbal consent on 1 April for me to contact you and share
        information; this is recorded in our health record.

        Many thanks and have a lovely Easter
        Bernadette Quail
        Health Visitor, 0-19 Public Health Nursing, Kestrelford Central
        07700 900 873
        """,
      why="Level 2 on a case closed on 31 March with the parent's consent: IRR queue; received on the Thursday before Easter, so the acknowledgement is due Tuesday 7 April.")

    M(slug="phishing-mailbox-quota", utc="2026-04-04 06:44:30", cat="other",
      frm=("IT Service Desk", "it-servicedesk@kestrelford-gov-uk.com"), html_only=True,
      subject="ACTION REQUIRED: cass@kestrelford.gov.uk mailbox has exceeded its storage limit",
      concern=False,
      body="""
        Dear cass@kestrelford.gov.uk,

        Your mailbox has reached 99.7% of its allocated storage. Incoming messages will be
        rejected in 24 hours.

        To avoid losing email, validate your account at the secure portal:
        https://kestrelford-gov-uk.com/owa/validate?user=cass

        IT Service Desk
        This is an automatically monitored request. Do not reply.
        """,
      why="A credential-phishing message from a look-alike domain: other, unclassified.")

    M(slug="spoofed-school-update-fairweather", utc="2026-04-14 13:03:48", cat="correspondence", auth="dmarc_fail",
      frm=("Lindon High School Office", "office@lindonhigh.kestrelford.sch.uk"),
      subject="Ollie Fairweather - updated timetable", subj=["760250"], concern=False,
      body="""
        Dear Social Worker

        Please see updated timetable for Ollie Fairweather (DOB 30.06.2013) following the
        move to a reduced day. He now finishes at 13:15 on Tuesdays and Thursdays. Please
        add to his file.

        Lindon High School
        """,
      why="The trusted authserv-id reports dmarc=fail: sender_not_authenticated, exceptions, no action, although the content is ordinary correspondence.")

    M(slug="boxing-club-no-consent-achterberg", utc="2026-04-21 18:30:26", cat="information_request",
      frm=("Terry Bassington", "terry@redhousebc.co.uk"),
      subject="Noah Achterberg - residential trip", subj=["760160"], lv=2, cons="missing", concern=False,
      body="""
        Hi,

        I'm head coach at Red House Boxing Club. We are taking a group of juniors to a
        training camp in Snowdonia over half term and one of our lads, Noah Achterberg,
        date of birth 30 September 2013, has mentioned he "used to have a social worker".

        Before we take him away for four nights, could you tell us whether there were any
        safeguarding issues in the past we ought to know about, and why you were involved?
        I haven't spoken to his mum or dad about asking you - I didn't want to make it
        awkward.

        Regards
        Terry Bassington
        Head Coach & Welfare Officer
        Red House ABC | 07700 900 129
        """,
      why="Asks why children's services were involved and about past concerns (level 2) on a case closed in 2022, with no consent and no basis: request consent, save a case note, no reference.")
    M(slug="college-attendance-letter-blaylock", utc="2026-04-28 12:44:51", cat="correspondence",
      frm=("Student Services", "studentservices@kestrelford-college.ac.uk"),
      subject="Connor Blaylock - attendance and progress letter", subj=["760290"], concern=False,
      cc="Bethan Pryce <b.pryce@kestrelford.gov.uk>",
      body="""
        Dear Ms Pryce,

        RE: Connor BLAYLOCK, DOB 01.12.2009 - Level 3 Extended Diploma in Engineering

        Further to Connor's PEP in March, his spring term attendance was 91%, up from 78%
        in the autumn. He has passed his first two units with Merit and his tutor reports
        he is now coming in early to use the workshop.

        His bursary payments continue weekly, conditional on attendance above 90%.

        Is there anything else you need from us for the next review? Happy to complete the
        college section of the PEP form again.

        Yours sincerely,

        Niamh Corrigan
        Looked After and Care Experienced Students Coordinator
        Kestrelford College | 0161 496 0047
        """,
      why="A college progress letter for the child's worker; 'anything else you need' offers information rather than asking for it: correspondence, open case.")

    M(slug="gp-level2-consent-bankhol-haddow", utc="2026-05-01 16:40:08", cat="information_request",
      frm=("Dr Rhiannon Beale", "rhiannon.beale@nhs.net"),
      subject="Ibrahim Haddow 16/08/2012 - information request from GP", subj=["760230"], lv=2,
      cons="provided", concern=False,
      body="""
        Dear colleagues,

        I saw Ibrahim Haddow (16/08/2012) with his father this week. Ibrahim has a
        diagnosis of cerebral palsy and his father is struggling with lifting and personal
        care since his own back injury. He asked me to contact you, and has consented in
        writing for us to share and receive information (scanned to our record 28/04/2026).

        Could you let me know what support is currently in place from the Children with
        Disabilities Team, whether a carer's assessment has been done, and whether there
        is a current plan? I would like to coordinate our care.

        Kind regards,

        Dr Rhiannon Beale
        GP Partner, Meadowside Surgery
        Kestrelford and Elmridge ICB
        0117 496 0990 (professional line)
        """,
      why="A GP asks what support and plans are in place (level 2) with written parental consent; open case: allocated worker with a case note; received on the Friday before the May bank holiday, acknowledgement due Tuesday 5 May.")

    M(slug="fwd-parent-letter-kaczmarek", utc="2026-05-07 08:58:33", cat="correspondence",
      frm=("Tariq Hussain", "t.hussain@brookfieldjuniors.kestrelford.sch.uk"),
      subject="FW: letter from Ms Kaczmarek re Zoe", subj=["760280"], concern=True,
      acc={"concern": [True, False]}, thread_topic="letter from Ms Kaczmarek re Zoe",
      body="""
        Hi Grace,

        Forwarding the letter below which Zoe's mum handed in yesterday. We have met her and
        put a plan in place in school, but mum asked that her social worker sees it too.
        Zoe Kaczmarek, 17/03/2015, Year 6.

        Tariq Hussain
        Pastoral Lead, Brookfield Junior School

        -----Original Message-----
        From: Brookfield Junior School Office
        Sent: 06 May 2026 15:12
        Subject: Scanned letter

        Dear Mr Hussain,

        I am writing again about the girls in Zoe's class who are calling her names about
        our accent and saying she smells. She has cried every night this week and says she
        doesn't want to come to school. Last week they took her lunch box and threw it in
        the bin. I want this to stop. Please can her social worker know about this too.

        Yours,
        Agnieszka Kaczmarek
        """,
      why="A school forwarding a parent's letter about bullying so the social worker sees it: correspondence on an open case (name matched without the diaeresis).")

    M(slug="immunisation-catchup-mbeki", utc="2026-05-12 10:19:25", cat="medical_correspondence",
      frm=("School Age Immunisation Service", "kestrelford.saiservice@nhs.net"),
      subject="Immunisation record - Tyler Mbeki - catch-up completed", subj=["760060"], concern=False,
      body="""
        SCHOOL AGE IMMUNISATION SERVICE - CLINICAL RECORD OF VACCINES GIVEN

        Name: Tyler MBEKI
        DOB: 2010-07-17
        Setting: Looked-after children catch-up clinic, 11/05/2026

        Vaccines administered:
          Td/IPV (teenage booster) - left deltoid - batch TD4471K
          MenACWY - right deltoid - batch MN2209A
          MMR dose 2 (catch-up) - right deltoid - batch MR8835C

        Observed for 15 minutes post-vaccination; no adverse reaction. His immunisation
        schedule is now complete for his age. The GP record has been updated.

        This record is sent to the responsible local authority for the child's health file
        as he is looked after.

        Jade Featherby RN, Immunisation Nurse
        Tel 020 7946 0741
        """,
      why="A clinical record of vaccines given (batches, sites, reaction) is a medical document: cp_team with a case note.")

    M(slug="followup-000412-further-update", utc="2026-05-14 14:33:10", cat="follow_up",
      frm=("Helen Craddock", "h.craddock@ashgrove-primary.kestrelford.sch.uk"),
      subject="RE: Your ref CASS-2026-000412 - further update", related="CASS-2026-000412", concern=False,
      headers=[("In-Reply-To", "<cass-ack-000412@kestrelford.gov.uk>"), ("References", "<cass-ack-000412@kestrelford.gov.uk>")],
      body="""
        Hello,

        Thank you for the acknowledgement (your ref CASS-2026-000412). Just to add to my
        letter of Monday: the family have now accepted the place at holiday club for the
        summer and the funding is confirmed.

        Helen

        > Thank you for your email. Your reference is CASS-2026-000412.
        > Please quote it in any further correspondence.
        """,
      why="Quotes a reference the tracker holds: follow-up to the reference owner, no new reference, whatever the content.")

    M(slug="police-ambiguous-begum", utc="2026-05-19 20:05:47", cat="information_request",
      frm=("DC Hannah Oyelaran", "hannah.oyelaran@northmoor.police.uk"),
      subject="Aisha Begum - missing from home tonight", status="ambiguous", cand=["760330", "760331"],
      lv=2, cons="not_required", basis="significant_harm", urg="significant_harm", concern=True,
      body="""
        CASS / out of hours,

        Aisha Begum, aged 12 or 13, has been reported missing from home in Kestrelford since
        16:00. She was last seen getting into a grey car outside the leisure centre. Family
        believe she may be with an older male she met online. We are treating her as
        high risk.

        I need to know urgently whether Aisha is known to you, any history of going missing,
        exploitation concerns or known associates, and who her social worker is. I don't have
        her date of birth or address yet - the call came from an aunt.

        DC Hannah Oyelaran
        Missing Persons / CSE Team
        Northmoor Police, 0161 496 0561
        """,
      why="Police need history urgently for a high-risk missing child, but two records are named Aisha Begum and no date of birth is given: ambiguous_match, exceptions.")

    M(slug="afterschool-admin-level1-bankhol-dunmore", utc="2026-05-22 15:30:00", cat="information_request",
      frm=("Funhouse Club Admin", "admin@funhouseclub.co.uk"),
      subject="social worker contact for Archie Dunmore please", subj=["760340"], lv=1, cons="missing",
      concern=False,
      body="""
        Hello,

        Archie Dunmore (26/04/2017) is starting with our after-school club in June, with
        funding from his disability short-breaks package. His dad said the social worker
        would like to visit the club.

        Who is his social worker and how do we contact them? That's all we need to arrange it.

        Thanks,
        Funhouse Club Administration
        Kestrelford Community Centre, 0117 496 0203
        """,
      why="Level 1 on an open case from a generic non-secure address: the level-1 answer is replaced by a request for a personal address; received the Friday before the late-May bank holiday, acknowledgement due Tuesday 26 May.")

    M(slug="probation-fyi-marchbank", utc="2026-06-03 11:02:44", cat="correspondence",
      frm=("Gemma Rountree", "gemma.rountree@justice.gov.uk"),
      subject="For the allocated social worker - Marchbank children - change of circumstances",
      subj=["760170", "760171"], concern=True,
      body="""
        OFFICIAL-SENSITIVE

        Dear colleague,

        I supervise Mr Lee Marchbank on licence. I am writing to share information, not to
        request any.

        Mr Marchbank informed me yesterday that he has moved back to the family home at
        42 Cinder Row to live with his partner and their children, Evie Marchbank (born
        2 February 2012) and Alfie Marchbank (born 5 May 2015). His licence conditions
        include a requirement to disclose relationships and he has done so. His index
        offence was an assault on a previous partner. I have not approved the address and
        am reviewing it.

        I understand both children are open to your Child Protection and Proceedings team.
        Please pass this to the allocated worker; I am happy to attend the next core group.

        Gemma Rountree
        Probation Officer, Kestrelford Probation Delivery Unit
        The Probation Service | 020 7946 0928
        """,
      why="Probation explicitly shares a change of circumstances (not asking for information) that raises a domestic-abuse risk: correspondence on two open cases, case notes on both.")

    M(slug="nursery-leaving-report-sandford", utc="2026-06-10 13:25:18", cat="correspondence",
      frm=("Jenny Tolliver", "jenny.tolliver@bumblebeespreschool.org.uk"),
      subject="Transition report - Poppy Sandford", subj=["760070"], concern=False,
      atts=[("pdf", "Poppy Sandford transition report.pdf", "Pre-school transition report - Poppy Sandford",
             ["Child: Poppy Sandford    Date of birth: 03/03/2018",
              "Setting: Bumblebees Pre-school    Keyworker: Jenny Tolliver",
              "",
              "Personal, social and emotional development: confident, plays cooperatively,",
              "separates from mum easily now.",
              "Communication and language: speaks in full sentences; enjoys stories.",
              "Physical development: good pencil grip; can dress independently.",
              "",
              "Poppy is ready for Reception in September at Ashgrove Primary.",
              "No safeguarding concerns during her time with us."])],
      body="""
        Dear Sir or Madam,

        Mum asked us to send Poppy's transition report to children's services as well as
        to her new school, as she said you were involved with the family earlier this year.
        It's attached. Poppy Sandford, DOB 03/03/2018.

        Best wishes,
        Jenny Tolliver
        Keyworker, Bumblebees Pre-school
        """,
      why="A pre-school report with no concern about a child whose case closed on 29 May: front door (closed recently but no concern).")

    M(slug="school-incident-then-history-sandford", utc="2026-06-16 09:47:29", cat="information_request",
      frm=("Priscilla Ndlovu", "p.ndlovu@ashgrove-primary.kestrelford.sch.uk"),
      subject="Harvey Sandford 09/09/2014 - previous involvement?", subj=["760071"], lv=2, cons="missing",
      concern=True, acc={"concern": [True, False]},
      body="""
        Good morning,

        Harvey Sandford (Year 6, born 9/9/2014) was very upset in class yesterday and said
        things at home were "bad again". When the learning mentor spoke to him he would not
        say more and he seemed brighter by the afternoon.

        We are not making a referral at this point. Before we decide what to do, it would
        help to know what children's services' involvement with the family was, why it
        ended, and whether there were concerns we should be aware of. We have not discussed
        this request with his parents.

        Many thanks,
        Priscilla Ndlovu
        Learning Mentor and Deputy DSL
        Ashgrove Primary School
        """,
      why="The incident is background: the school explicitly does not refer and asks what involvement there was (level 2) on a closed case without consent: request consent, save a case note, no reference.")

    M(slug="camhs-clinic-letter-qureshi", utc="2026-06-22 16:12:55", cat="medical_correspondence",
      frm=("Dr Femi Adeyinka", "femi.adeyinka@nhs.net"),
      subject="CAMHS clinic letter: Zara QURESHI (04/04/2013)", subj=["760030"], concern=True,
      acc={"concern": [True, False]},
      body="""
        Kestrelford CAMHS - Tier 3 Community Team

        Re: Zara QURESHI, DOB 04/04/2013, NHS 999 118 4420

        Seen: 18 June 2026, with mother.

        Presenting problem: low mood for six months, superficial self-harm (cutting to
        forearms) approximately weekly, no suicidal intent. PHQ-9 score 16.

        Assessment: moderate depressive episode. Safeguarding: Zara denies any harm from
        others; her mother is supportive and has removed blades from the home.

        Plan: start CBT (12 sessions); safety plan agreed and shared with school nurse;
        sertraline to be considered at review if no improvement in 8 weeks.

        Cc: GP; school nurse; Kestrelford children's services (previous involvement noted).

        Dr Femi Adeyinka, Consultant Child and Adolescent Psychiatrist
        """,
      why="A CAMHS clinic letter with assessment and treatment plan is a medical document: cp_team, with a case note on the (closed) child's record.")

    M(slug="probation-release-urgent-quince", utc="2026-06-25 07:58:13", cat="information_request",
      frm=("Stuart Eccleston", "stuart.eccleston@justice.gov.uk"),
      subject="URGENT: release on 29/06 to address with children - Quince",
      subj=["760320", "760321"], lv=2, cons="not_required", basis="significant_harm",
      urg="prisoner_release", concern=True,
      body="""
        Dear Kestrelford CASS,

        Mr Aaron Pike is due for release from HMP Elmridge on Monday 29 June and has given
        his release address as 16 Poplar Crescent, Kestrelford, the home of his partner
        Ms Donna Quince and her children:

          Harper QUINCE  31/01/2014
          Jenson QUINCE  22/06/2018

        Mr Pike has a previous conviction for cruelty to a child (2017). I need to know
        whether the children are known, the nature of any current involvement and any
        concerns, so that I can assess the address before release. Given his history I
        consider there is a risk of significant harm to the children.

        Stuart Eccleston
        Senior Probation Officer, Public Protection Unit
        HM Prison and Probation Service | 020 7946 0316
        """,
      why="Probation is releasing a prisoner with a child-cruelty conviction to the children's home: urgent (prisoner_release), consent not required; both children are open, so the allocated worker with case notes on both, marked urgent.")

    M(slug="foodbank-concern-notknown-brook", utc="2026-07-01 12:08:40", cat="correspondence",
      frm=("Kestrelford Foodbank", "foodbank.coordinator@kestrelfordfoodbank.org.uk"),
      subject="Family needing help - Brook", status="not_known", concern=True,
      body="""
        Dear Children's Services

        A mum came to our Wednesday session today with her two children, Kayla Brook (about
        6, dob 4/11/2019) and Tommy Brook (a baby, 8 months). She said they have been living
        in one room at a friend's since the council flat had a flood and she has no money
        for nappies or formula until her universal credit is sorted. The baby looked pale and
        his clothes were too small.

        She agreed that we could contact you to ask for help for her. Her mobile is
        07700 900 562 and the family are at 3 Hillside Court, Flat B.

        Thank you
        Maureen Ashworth
        Foodbank Coordinator (volunteer), Kestrelford Foodbank
        """,
      why="A charity reporting a family in need and asking for help is correspondence raising a concern; the children are in no record: front door.")

    M(slug="misdirected-school-admissions", utc="2026-07-06 21:14:03", cat="other",
      frm=("Sophie Landry", "sophie.landry88@outlook.com"),
      subject="In year transfer application - help",
      concern=False,
      body="""
        Hello

        We are moving to Kestrelford in August from Bristol and I submitted an in-year
        application for a Year 4 place at Fernhill or Brookfield for my son. It's been
        three weeks and I haven't heard anything. Is there a waiting list and where is
        he on it? I couldn't find an admissions email so I am trying this one.

        Kind regards
        Sophie Landry
        """,
      why="A school admissions query sent to the wrong department: other, unclassified (admissions is not children's social care).")

    M(slug="la-legal-plo-closed-rhysjones", utc="2026-07-09 10:05:36", cat="information_request",
      frm=("Elliot Fairclough", "elliot.fairclough@marlowe.gov.uk"),
      subject="PLO - Nia Rhys-Jones (19/10/2016) - request for Kestrelford records",
      subj=["760300"], lv=2, cons="not_required", basis="plo_or_proceedings", concern=False,
      acc={"concern": [False, True]},
      body="""
        Dear Sir / Madam,

        I am the social worker for Nia Rhys-Jones, date of birth 19 October 2016, who moved
        into Marlowe with her father in June. Following a legal planning meeting on 6 July,
        the family are now in the pre-proceedings (PLO) stage and a letter before
        proceedings has been sent.

        Please send us a summary of Kestrelford's involvement with Nia, including dates,
        reasons, any plans and the reason for closure, to inform the parenting assessment.
        We would like this within the next two to three weeks.

        Regards,
        Elliot Fairclough
        Social Worker, Children in Need Team North
        Marlowe City Council | 020 7946 0855
        """,
      why="Another authority asks for a summary of involvement for a family in PLO: level 2, consent not required (plo_or_proceedings), not urgent; closed case, IRR queue.")

    M(slug="camhs-late-bst-level2-marchbank", utc="2026-07-15 23:40:21", cat="information_request",
      frm=("Keeley Osborne", "keeley.osborne@nhs.net"),
      subject="Evie & Alfie Marchbank - CAMHS info request", subj=["760170", "760171"], lv=2,
      cons="provided", concern=False, date_local=True,
      body="""
        Hello,

        Apologies for the late email - catching up after clinic.

        I'm a CAMHS practitioner and have received referrals for both Evie Marchbank
        (02/02/2012) and Alfie Marchbank (05/05/2015) from their GP for anxiety and sleep
        difficulties. Their mum has given written consent (on our referral form) for us to
        share and request information with children's services.

        Could you tell me whether there are current plans for the children, what category
        they are under, and whether their social worker could join an initial consultation?

        Kind regards,
        Keeley Osborne
        Senior Mental Health Practitioner, Kestrelford CAMHS
        """,
      why="Level 2 with written consent on two open cases: allocated worker, case notes on both; stamped 23:40 UTC on 15 July, which is 00:40 on 16 July in London, so the acknowledgement is due Friday 17 July.")

    M(slug="football-hunger-concern-abernethy", utc="2026-07-20 19:51:07", cat="correspondence",
      frm=("Wayne Pilkington", "wayne.pilkington.coach@gmail.com"),
      subject="Reggie Abernethy - worried about him", subj=["760270"], concern=True,
      body="""
        Hi there

        I coach Reggie Abernethy at Kestrelford Rovers Under 16s. I'm writing because a few
        of us are worried about him. He's turned up to the last four sessions in the same
        kit, which hasn't been washed, he's lost weight and on Saturday he ate three of the
        lads' sandwiches at the away game and said he hadn't had tea for two days.

        He told me he's got a social worker so I thought I should tell you. I've asked our
        club welfare officer to ring the number on the council website as well.

        Cheers
        Wayne Pilkington
        U16 Coach, Kestrelford Rovers JFC
        07700 900 688
        """,
      why="A coach reporting signs of neglect is a concern, not an information request: correspondence on an open case to the allocated worker.")

    M(slug="physio-report-special-ellwood", utc="2026-07-23 11:17:39", cat="medical_correspondence",
      frm=("Paediatric Physiotherapy", "kest.paedsphysio@nhs.net"),
      subject="Physiotherapy discharge report - Ruby Ellwood", subj=["760090"], concern=False,
      body="""
        Paediatric Physiotherapy Service - Discharge Report

        Name: Ruby ELLWOOD     DOB: 21/07/2017

        Reason for referral: in-toeing gait and frequent falls (referred by GP, Jan 2026).

        Outcome: Six sessions completed. Hip internal rotation within normal limits; gait
        pattern now age-appropriate. Falls reduced from several weekly to none reported in
        the last month. Home exercise programme given to carers.

        Discharged from physiotherapy. Re-referral via GP if concerns recur.

        Chloe Vantongeren, Highly Specialist Paediatric Physiotherapist
        """,
      why="A clinical physiotherapy report about a special-client record: restricted route, notify only, not urgent because it raises no concern.")

    M(slug="school-sportsday-ambiguous-kowalski", utc="2026-07-28 10:40:16", cat="correspondence",
      frm=("Jo Heatherington", "j.heatherington@fernhill.kestrelford.sch.uk"),
      subject="End of year report - Ethan Kowalski", status="ambiguous", cand=["760050", "760051"],
      concern=False,
      body="""
        Hello,

        Ethan's end-of-year report is copied below for his social worker, as his class
        teacher asked.

        Ethan Kowalski - summer term summary
        Reading: working at the expected standard
        Writing: working towards
        Maths: working at the expected standard
        Attendance: 96%

        Ethan has had a good year and particularly enjoyed the residential to Kingswood.

        Jo Heatherington
        School Business Manager, Fernhill Primary
        """,
      why="Two open records are named Ethan Kowalski and the letter gives no date of birth: ambiguous_match, exceptions.")
    M(slug="holiday-scheme-notknown-nonsecure", utc="2026-08-04 14:22:58", cat="information_request",
      frm=("Ellie Drummond", "ellie.drummond@playrangers.org.uk"),
      subject="quick check - Rio Castellano", status="not_known", lv=1, cons="missing", concern=False,
      body="""
        Hi CASS,

        We run the Play Rangers summer scheme in Elmfield Park. A boy called Rio Castellano,
        he told us he's 10 (birthday 21 March 2016), has been coming on his own every day.
        He is happy and well but his mum said he "has a social worker from the council".

        Is he known to you and who is the worker? We'd just like to introduce ourselves.

        Ellie Drummond
        Play Ranger Lead
        07700 900 914
        """,
      why="Level 1 about a child in no record; the answer would be 'not known', but the personal address is not secure: nonsecure_address exception with the acknowledgement.")

    M(slug="childminder-untrusted-auth-doherty-rosie", utc="2026-08-11 16:55:02", cat="correspondence",
      frm=("Carys Bellamy Childminding", "carys@bellamychildminding.co.uk"),
      untrusted_auth=("mail.bellamychildminding.co.uk", "dmarc_fail"),
      subject="Rosie Doherty - summer progress notes", subj=["760003"], concern=False,
      body="""
        Dear Priya

        As promised, some notes on Rosie's summer with me for her file. Rosie Doherty,
        DOB 02.12.2021.

        - She is now dry in the day and only has the odd accident at nap time.
        - Her speech has come on - lots of 4-5 word sentences and she is singing.
        - She has been sharing much better with the younger ones.
        - Attendance has been every booked day (Mon, Tue, Thu).

        Mum has been on time for every pick-up and we chat most days.

        Thank you
        Carys Bellamy, Registered Childminder (Ofsted EY568123)
        """,
      why="A childminder's progress notes on an open case: correspondence to the allocated worker; the failing Authentication-Results header comes from an untrusted authserv-id and is ignored.")

    M(slug="ed-discharge-nai-locked-varga", utc="2026-08-14 03:26:45", cat="medical_correspondence",
      frm=("Kestrelford General ED", "kgh.ed.discharges@nhs.net"),
      subject="ED discharge summary - VARGA, Hollie - 14/07/2016", subj=["760200"], concern=True,
      atts=[("pdf", "ED discharge VARGA H.pdf", "Emergency Department Discharge Summary",
             ["Patient: VARGA, Hollie        DOB: 14/07/2016        Hosp No: K4471902",
              "Attended: 13/08/2026 21:48   Discharged: 14/08/2026 02:55",
              "Presenting complaint: swollen left upper arm after 'falling down stairs'.",
              "Examination: tender mid-shaft humerus; two linear bruises to left flank.",
              "X-ray: undisplaced spiral fracture of left humerus.",
              "Impression: mechanism not consistent with injury; NAI cannot be excluded.",
              "Actions: paediatric registrar informed; safeguarding referral made by phone;",
              "admitted to Ward 7 for skeletal survey and paediatric review.",
              "Clinician: Dr O. Marangoni, ST5 Emergency Medicine"])],
      body="""
        Please find attached the discharge summary for the patient below, sent to the child's
        local authority at the request of the treating clinician.

        Patient: VARGA, Hollie   DOB 14/07/2016
        Summary attached (PDF).

        Kestrelford General Hospital Emergency Department
        Safeguarding queries: 0117 496 0600
        """,
      why="A hospital discharge summary is medical correspondence; it raises possible non-accidental injury on a locked record: restricted route, notify and mark urgent (significant harm).")

    M(slug="childminder-hotmail-level1-restricted-truscott", utc="2026-08-19 08:49:20", cat="information_request",
      frm=("Jo Pettifer", "jopettifer.minder@hotmail.co.uk"),
      subject="Bobby Truscott", subj=["760310"], lv=1, cons="missing", concern=False,
      body="""
        hello

        i'm bobby's new childminder from september (he was born 09/09/2019). mum says
        there's a social worker - can you tell me their name and number please?

        thanks
        Jo
        """,
      why="The record has a personal-interest restriction, so the restricted route applies whatever the level or the address: plain acknowledgement and notify, no level-1 answer.")

    M(slug="swimming-club-letter-ni-mcateer", utc="2026-08-26 18:03:11", cat="correspondence",
      frm=("Kestrelford Dolphins Swimming Club", "welfare.officer@kestrelforddolphins.org.uk"),
      subject="Declan McAteer - squad selection", subj=["760100"], concern=False,
      body="""
        Dear Sir/Madam,

        Declan McAteer (15.02.2013) has been selected for the club's county development
        squad from September. This means two extra early-morning sessions a week, Tuesday and
        Friday at 6:15am.

        His foster carer asked us to write to you with the details in case any arrangements
        needed agreeing. There is no cost to the family.

        Yours faithfully,
        Andrea Colquhoun
        Club Welfare Officer
        """,
      why="A club letter with no concern about a personal-interest record (area NI): restricted route, notify only, not urgent.")

    M(slug="hv-new-birth-notknown-stanton", utc="2026-09-01 10:31:44", cat="medical_correspondence",
      frm=("Olumide Fashola", "olumide.fashola@nhs.net"),
      subject="New birth visit summary - baby Willow Stanton", status="not_known", concern=False,
      acc={"concern": [False, True]},
      body="""
        HEALTH VISITING - NEW BIRTH REVIEW (day 12)

        Baby: Willow STANTON   DOB: 2026-08-18   Birth weight 2.61 kg (9th centile)
        Mother: Ms Tamsin Stanton (19)

        Weight today 2.74 kg - regained birth weight. Breastfeeding with formula top-ups;
        latch observed and improved with support. Cord separated. Hips and eyes NAD.
        Maternal mood: EPDS 11 - mild symptoms; GP appointment booked.

        Home: one-bedroom flat, clean, safe sleeping space seen (Moses basket).

        Mother has previous involvement with children's services as a child in another area;
        sending this to you at the maternity safeguarding team's request for information.
        Next contact: 6-8 week review.

        Olumide Fashola
        Health Visitor, Kestrelford South 0-19 Team | 0161 496 0411
        """,
      why="A health-visiting review with clinical findings is medical correspondence; the baby is in no record, so cp_team with notify and a case-note action but no record to save it to.")

    M(slug="breakfastclub-office-level2-consent-doherty", utc="2026-09-08 07:42:31", cat="information_request",
      frm=("Kestrelford Kids Club Office", "office@kestrelfordkidsclub.co.uk"),
      subject="Lily-Mae Doherty 30/08/2017 - information sharing", subj=["760002"], lv=2,
      cons="provided", concern=False,
      body="""
        Dear CASS,

        Lily-Mae Doherty (DOB 30/08/2017) has started with our breakfast and after-school club.
        Her mum has signed our information sharing agreement (copy can be provided) so that we
        can speak to her social worker.

        So that we can support her properly, could you let us know what the current plan for
        Lily-Mae involves, whether there are any adults who must not collect her, and whether
        there is anything we should be doing as part of the plan?

        With thanks,
        Kestrelford Kids Club
        0117 496 0745
        """,
      why="Level 2 (plan details and collection restrictions) with consent on an open case from a generic non-secure address: allocated worker with a case note, plus a request for a personal address.")

    M(slug="ehcp-review-papers-lcs-featherstone", utc="2026-09-15 13:14:09", cat="correspondence",
      frm=("SEND Case Officer", "send.annualreviews@kestrelford.gov.uk"),
      subject="EHCP annual review paperwork - Isla Featherstone (LCS: 760130)", subj=["760130"], concern=False,
      atts=[("pdf", "Isla Featherstone EHCP annual review summary.pdf", "EHCP Annual Review - Summary of Outcomes",
             ["Child: Isla Featherstone    LCS: 760130",
              "School: Larkrise Special School    Review date: 09/09/2026",
              "",
              "Outcome 1 (communication): partially met - uses PECS phase 4 consistently.",
              "Outcome 2 (independence): met - toileting independently at school.",
              "Outcome 3 (social): not yet met - continue small-group work.",
              "",
              "Recommendation: maintain placement; amend plan to add sensory breaks;",
              "no change to funding band.",
              "Attendees: parent, class teacher, SENCo, Children with Disabilities SW (apologies)."])],
      body="""
        Good afternoon,

        Please find attached the annual review summary for Isla Featherstone's Education,
        Health and Care Plan, held on 9 September. The social worker sent apologies, so I am
        sending a copy for Isla's social care record.

        No reply is needed.

        Regards
        Hayley Simmonds
        SEND Case Officer, Kestrelford Borough Council
        """,
      why="An education document sent for the social care record, identified by person ID: correspondence on an open case to the allocated worker.")

    M(slug="nhs-replyto-gmail-osei-bonsu", utc="2026-09-21 12:36:05", cat="information_request",
      frm=("Dr Leon Whitaker", "leon.whitaker@nhs.net"), reply_to="leon.whitaker.gp@gmail.com",
      subject="Kai Osei-Bonsu 27/05/2010 - social care history please", subj=["760190"], lv=2,
      cons="provided", concern=False,
      body="""
        Dear Team,

        I'm a locum GP at Parkview Surgery. Kai Osei-Bonsu (27/05/2010) attended with his aunt
        who has parental responsibility and consented to us contacting you.

        Could you send me a summary of current involvement and any safeguarding plan? As I'm
        locum and move between practices, please reply to my personal address, which I check
        daily.

        Thanks,
        Leon Whitaker
        """,
      why="Reply-To points to gmail.com while From is nhs.net: reply_to_mismatch, exceptions, nothing sent.")

    M(slug="bst-boundary-concern-harrington", utc="2026-09-27 23:35:14", cat="correspondence",
      frm=("Mark Featherstonehaugh", "m.featherstonehaugh@stcuthberts.kestrelford.sch.uk"),
      subject="Concern - Leo Harrington (18/04/2016)", subj=["760120"], concern=True, date_local=True,
      body="""
        Dear Children's Services,

        I am writing this late on Sunday as I have only just caught up on a message from a
        parent. Leo Harrington (DOB 18/04/2016, Year 5) was seen by another parent on Friday
        evening at 9pm alone outside the Spar on Gorse Lane, in school uniform, saying he
        was locked out. He has arrived late and hungry three times in the last fortnight.

        I know your team closed the case at the end of August. I am reporting this as a new
        concern and we will log it on our system tomorrow.

        Mark Featherstonehaugh
        Headteacher and DSL, St Cuthbert's RC Primary
        """,
      why="A concern about a closed case; stamped 23:35 UTC on 27 September, which is 28 September in London, one day after the one-month window from closure on 27 August ended: front door, not re-referral.")

    M(slug="closed-generic-consent-thorne-maisie", utc="2026-10-01 11:08:48", cat="information_request",
      frm=("Bright Minds Tutoring", "info@brightmindstutoring.co.uk"),
      subject="Maisie Thorne - DOB 28/11/2011 - tutoring placement", subj=["760041"], lv=2,
      cons="provided", concern=False,
      body="""
        Dear Sir or Madam,

        We have been commissioned by the virtual school in Marlowe to provide one-to-one
        tutoring for Maisie Thorne, date of birth 28/11/2011. Her mother has given written
        consent (signed 29/09/2026, copy on request) for us to obtain relevant background.

        Could you please tell us about any previous children's services involvement and
        whether there were any risks to a lone tutor visiting the home?

        Kind regards
        Placements team
        Bright Minds Tutoring Ltd
        020 7946 0271
        """,
      why="The date of birth picks the closed record of the two Maisie Thornes; level 2 with consent: IRR queue, and the generic non-secure address adds a request for a personal address.")

    M(slug="ot-report-pdf-haddow", utc="2026-10-05 14:27:36", cat="medical_correspondence",
      frm=("Fiona Gledhill", "fiona.gledhill@nhs.net"),
      subject="OT assessment report - Ibrahim Haddow", subj=["760230"], concern=False,
      atts=[("pdf", "OT report - I Haddow - Oct 2026.pdf", "Children's Occupational Therapy - Assessment Report",
             ["Name: Ibrahim Haddow    DOB: 16/08/2012    NHS No: 999 204 8836",
              "Diagnosis: spastic diplegic cerebral palsy (GMFCS level III)",
              "Assessment: home visit 29/09/2026 with father.",
              "Findings: bathing and transfers unsafe with current equipment; father reports",
              "back pain when lifting. Wheelchair access to downstairs toilet restricted.",
              "Recommendations: specialist bath seat with hoist; ceiling track hoist (bedroom);",
              "referral to housing adaptations (DFG); review in 3 months.",
              "Fiona Gledhill, Senior Occupational Therapist, HCPC OT61234"])],
      body="""
        Dear colleagues,

        Please find attached my occupational therapy assessment report for Ibrahim Haddow
        (16.08.2012), following the home visit on 29 September. I have copied it to the
        Children with Disabilities Team because of the equipment and adaptations needs and
        the father's back injury.

        Best wishes
        Fiona Gledhill
        Senior Occupational Therapist, Children's Therapies
        Kestrelford and Elmridge NHS Foundation Trust
        """,
      why="An occupational therapy assessment report is a clinical document: cp_team with a case note to the allocated worker.")

    M(slug="newsletter-training-provider", utc="2026-10-12 07:00:02", cat="other",
      frm=("Safeguarding Skills Academy", "newsletter@safeguardingskills.co.uk"), html_only=True,
      subject="Autumn newsletter: new courses, Working Together 2026 update and 20% early bird",
      concern=False,
      body="""
        SAFEGUARDING SKILLS ACADEMY - AUTUMN NEWSLETTER

        In this issue:
        - What the latest Working Together update means for your front door
        - New course: Trauma-informed report writing (online, 2 x half days)
        - Case study: how one council halved re-referrals
        - 20% early bird discount on all spring 2027 courses with code AUTUMN20

        You are receiving this because your organisation attended one of our courses.
        To stop receiving these emails, reply UNSUBSCRIBE.
        """,
      why="A training provider's newsletter without list headers: other, unclassified.")

    M(slug="schoolnurse-replyto-same-domain-level1-brightwell", utc="2026-10-20 09:55:19", cat="information_request",
      frm=("Yasmin Kettering", "yasmin.kettering@nhs.net"), reply_to="Kestrelford School Nursing Team <kestrelford.schoolnursing.team@nhs.net>",
      subject="Closure date - Aaron Brightwell", subj=["760010"], lv=1, cons="missing", concern=False,
      body="""
        Morning,

        For our records: could you confirm when children's social care closed its case for
        Aaron Brightwell, born 19/06/2012? That is the only information we need.

        Please reply to the team mailbox as I am part-time.

        Yasmin Kettering
        School Staff Nurse, 5-19 Service
        """,
      why="Only asks for the closure date (level 1) of a closed case; the Reply-To is a secure generic team address on the same domain: level-1 reply to it.")

    M(slug="holidayclub-siblings-mixed-nwosu", utc="2026-10-26 15:49:03", cat="correspondence",
      frm=("Abigail Tennant", "abigail.tennant@eastsidecommunitytrust.org.uk"),
      subject="Half-term activity club - Amara and Chidi Nwosu", subj=["760110", "760111"], concern=False,
      body="""
        Dear Priya,

        Just a note that Amara Nwosu (10/10/2020) and her brother Chidi Nwosu (06/06/2015)
        have both had a great week at our half-term club. Their mum asked me to let you know
        they came every day and that Chidi has been helping with the little ones' group.

        If it is useful for your visit I can send over the photos of the craft they made -
        just say.

        Warm regards,
        Abigail Tennant
        Children's Activities Lead, Eastside Community Trust
        07700 900 302
        """,
      why="A positive update about two siblings, one open and one closed: case status open, correspondence to the allocated worker with case notes on both matched children.")

    M(slug="private-physio-report-ashdown", utc="2026-11-02 17:20:57", cat="medical_correspondence",
      frm=("Ravi Chaudhry MCSP", "ravi@stridephysio.co.uk"),
      subject="Physiotherapy report - Finlay Ashdown", subj=["760360"], concern=False,
      body="""
        Dear Social Worker,

        RE: Finlay Ashdown, d.o.b. 19/12/2015

        I have treated Finlay privately for six sessions following a grade 2 ankle sprain
        playing football. Assessment today: full range of movement, single-leg balance 30 s
        both sides, hop test symmetrical. He is fit to return to sport with a graded
        programme. Discharged.

        His mother asked that a copy of my report be sent to you.

        Kind regards
        Ravi Chaudhry MCSP
        Chartered Physiotherapist, Stride Physiotherapy Clinic
        0161 496 0889
        """,
      why="A private physiotherapist's clinical report is medical correspondence even from a non-secure address: cp_team with a case note.")

    M(slug="police-nosubject-address-check", utc="2026-11-09 12:12:40", cat="information_request",
      frm=("PC 5530 Rachel Amberley", "rachel.amberley@northmoor.police.uk"),
      subject="Family at 22 Larch Close - any involvement?", status=None, lv=2, cons="not_required",
      basis="significant_harm", concern=True, acc={"concern": [True, False], "consent": ["not_required", "missing"],
                                                  "consent_basis": ["significant_harm", None]},
      body="""
        Hi,

        We attended 22 Larch Close, Kestrelford last night following reports of shouting.
        The occupants are Dean CARVER (34) and Kerry MOSS (29). Neighbours say two young
        children live there but they were not seen; the adults said the children were at
        their grandmother's.

        Can you tell me if you have any involvement with this household or any children
        there, and any concerns on record? I'm completing the DASH risk assessment and I
        am concerned the children may be at risk.

        PC 5530 Rachel Amberley
        Kestrelford Response, Northmoor Police
        """,
      why="An information request that names only adults and no child: no_subject_identified, exceptions.")

    M(slug="boundary-day-concern-pritchard", utc="2026-11-16 10:05:26", cat="correspondence",
      frm=("Lorraine Haig", "lorraine.haig@kestrelford-college.ac.uk"),
      subject="Mason Pritchard - concern", subj=["760140"], concern=True,
      body="""
        Dear Children's Services,

        Mason Pritchard (DOB 23/01/11), who is on our 14-16 engineering programme two days a
        week, came in this morning with a black eye and cut knuckles. He said he had been
        "jumped" by older boys near the station who wanted him to carry a bag for them and
        that he owes them money. He is frightened to go home via town.

        His mum is aware. I understand your team closed his case recently; we think he needs
        support again.

        Lorraine Haig
        Safeguarding Officer
        Kestrelford College
        """,
      why="A concern about possible exploitation received on 16 November, the last day of the one-month window after closure on 16 October: re-referral with a case note.")
    M(slug="youth-homeless-consent16-grayling", utc="2026-11-19 13:40:22", cat="information_request",
      frm=("Kerry-Ann Maddox", "kerryann.maddox@nightstophaven.org.uk"),
      subject="Mollie Grayling 03/09/2010 - request with consent", subj=["760370"], lv=2, cons="provided",
      concern=False, acc={"concern": [False, True]},
      atts=[("docx", "Consent - Mollie Grayling.docx", "Consent to share information",
             ["I, Mollie Grayling, agree that Nightstop Haven may contact Kestrelford Children's Services "
              "to ask about my history with them, so that they can support me with housing.",
              "I understand I can withdraw this consent at any time.",
              "Signed: M. Grayling        Date: 17/11/2026"],
             [("Name", "Mollie Grayling"), ("Date of birth", "03/09/2010"), ("Age at signing", "16")])],
      body="""
        Hello,

        Mollie Grayling (03/09/2010) is 16 and staying with one of our Nightstop hosts after a
        breakdown in her relationship with her mum. She told us she was in care for a while
        when she was younger and then went home.

        Mollie has signed the attached consent form herself. Please could you tell us the
        periods she was looked after, whether any leaving-care or other entitlements apply,
        and anything about risks we should know to place her safely?

        Kind regards,
        Kerry-Ann Maddox
        Youth Housing Support Worker, Nightstop Haven
        07700 900 377
        """,
      why="Level 2 about a closed case with consent signed by the young person, who is 16: consent provided, IRR queue.")

    M(slug="charity-replyto-mismatch-doherty-kian", utc="2026-11-24 11:28:37", cat="correspondence",
      frm=("Sunrise Mentoring", "mentoring@sunrisementors.org.uk"), reply_to="sunrise.mentors.uk@gmail.com",
      subject="Mentoring review - Kian Doherty", subj=["760001"], concern=False,
      body="""
        Dear Social Worker,

        Kian Doherty (11/03/2014) has now completed 12 weeks with his mentor. They have been
        going to the climbing wall and working on his confidence about starting secondary
        school. Kian says he'd like to carry on, and we have a mentor available until July.

        Please reply to our new address as we are moving email provider.

        Sunrise Mentoring Project
        """,
      why="Reply-To names gmail.com while From is sunrisementors.org.uk: reply_to_mismatch, exceptions, no action.")

    M(slug="misdirected-adult-social-care", utc="2026-11-30 16:44:59", cat="other",
      frm=("Graham Pettigrew", "g.pettigrew@btinternet.com"),
      subject="Care needs assessment for my mother", concern=False,
      body="""
        Dear Sir or Madam,

        My mother, Mrs Irene Pettigrew (87), was discharged from Kestrelford General last
        week after a fall and is now struggling to manage stairs and washing at home on her
        own. The hospital said to contact the council for a care needs assessment and
        possibly a care package.

        Could someone please arrange an assessment? She lives at 4 Dovecote Lane.

        Yours faithfully,
        Graham Pettigrew
        """,
      why="A request for an adult social care assessment sent to the children's services inbox: other, unclassified (no child concerned).")

    M(slug="discharge-summary-overdose-osei-bonsu", utc="2026-12-03 08:37:15", cat="medical_correspondence",
      frm=("Dr Sunita Ramprakash", "sunita.ramprakash@nhs.net"),
      subject="Discharge summary - Kai OSEI-BONSU - Ward 7 Paediatrics", subj=["760190"], concern=True,
      body="""
        PAEDIATRIC INPATIENT DISCHARGE SUMMARY

        Patient: Kai OSEI-BONSU
        DOB: 27 May 2010
        Admitted: 30/11/2026 via ED   Discharged: 02/12/2026

        Diagnosis: intentional overdose of paracetamol (approx. 24 x 500 mg tablets).
        Treatment: N-acetylcysteine infusion (21-hour protocol). LFTs normal at discharge.

        Psychosocial: seen by CAMHS liaison on 01/12/2026. Kai described a row with his aunt
        and online bullying; denies current suicidal intent. Safety plan agreed; medicines to
        be locked away at home. CAMHS follow-up within 7 days.

        Discharged to the care of his aunt. Allocated social worker informed by phone on
        01/12/2026 by the ward safeguarding nurse.

        Dr S. Ramprakash, Paediatric Registrar
        Kestrelford General Hospital
        """,
      why="A paediatric discharge summary after self-harm is medical correspondence with a concern; the record is not restricted, so it is not urgent: cp_team with a case note.")

    M(slug="college-counsellor-child15-consent-pritchard", utc="2026-12-09 14:02:33", cat="information_request",
      frm=("Bronwen Ashby", "bronwen.ashby@kestrelford-college.ac.uk"),
      subject="Mason Pritchard - background for counselling", subj=["760140"], lv=2, cons="missing",
      concern=False, acc={"concern": [False, True]},
      body="""
        Hello,

        I am the counsellor at Kestrelford College and have started seeing Mason Pritchard
        (DOB 23/01/2011) on our 14-16 programme following the incident last month.

        Mason (15) has told me he is happy for me to contact you. Could you let me know what
        the previous involvement was about and whether there were any concerns about
        exploitation? It would help me to understand his background.

        I haven't spoken with his parents about this yet.

        Best wishes,
        Bronwen Ashby, BACP accredited
        Student Counsellor, Kestrelford College
        """,
      why="Level 2 about a closed case; consent from a 15-year-old does not count and no parent has agreed: request consent, save a case note, no reference.")

    M(slug="followup-000903-police-update", utc="2026-12-17 10:22:49", cat="follow_up",
      frm=("DC Hannah Oyelaran", "hannah.oyelaran@northmoor.police.uk"),
      subject="RE: CASS-2026-000903 - additional information", related="CASS-2026-000903", concern=False,
      acc={"concern": [False, True]},
      body="""
        Hi,

        Further to my request on Monday (CASS-2026-000903): the child's mother has now been
        interviewed and a second address for the family has come up - 9 Mill Lane,
        Elmridge. Please add this to the request.

        Thanks
        Hannah
        """,
      why="Cites a reference the tracker holds: follow-up to the reference owner, whatever the tracker status.")

    M(slug="police-xmas-eve-urgent-doherty-rosie", utc="2026-12-24 15:10:33", cat="information_request",
      frm=("PC 7702 Tom Hargrave", "tom.hargrave@northmoor.police.uk"),
      subject="URGENT - Rosie DOHERTY (02/12/2021) - child found alone", subj=["760003"], lv=2,
      cons="not_required", basis="significant_harm", urg="significant_harm", concern=True,
      body="""
        URGENT

        At 13:30 today officers found Rosie DOHERTY, 5 years, DOB 02/12/2021, alone in the flat
        at 11 Orchard Mews after a neighbour heard crying. Mother returned at 14:50, appeared
        intoxicated, and has been arrested. Rosie is currently with a neighbour under police
        protection pending a placement decision.

        I need any current plan, the allocated worker's details, and known family or friends
        who could safely care for Rosie tonight. There is a real risk of significant harm if
        she is returned to mother this evening.

        PC 7702 Tom Hargrave
        Child Abuse Investigation Unit, Northmoor Police
        0161 496 0115
        """,
      why="Police need the plan and safe carers promptly because a child may be at risk of significant harm: urgent, consent not required; open case to the allocated worker, marked urgent; the acknowledgement skips Christmas and the substitute Boxing Day (due Tuesday 29 December).")

    M(slug="counsellor-nye-locked-varga", utc="2026-12-31 11:17:20", cat="information_request",
      frm=("Naomi Ekwueme", "n.ekwueme@hopewellcounselling.org.uk"),
      subject="Information request - Hollie Varga (14/07/2016)", subj=["760200"], lv=2, cons="provided",
      concern=False,
      body="""
        Dear CASS,

        I have been asked to provide play therapy for Hollie Varga, born 14/07/2016, starting
        in January. Her grandmother, who holds a special guardianship order, has signed our
        consent to share form.

        Before I begin, could you please share a brief summary of children's services'
        involvement and any current plan, so that sessions can be planned safely? I would
        also welcome a conversation with the social worker.

        Happy new year when it comes,
        Naomi Ekwueme
        Play Therapist (BAPT), Hopewell Counselling
        """,
      why="The record is locked: restricted route with the plain acknowledgement and notify; received on New Year's Eve, acknowledgement due Monday 4 January 2027.")

    M(slug="gp-deregistration-letter-rowcroft", utc="2027-01-11 10:48:04", cat="correspondence",
      frm=("Meadowside Surgery Admin", "meadowside.surgery@nhs.net"),
      subject="Patient deregistration notification - Sienna Rowcroft", subj=["760180"], concern=False,
      body="""
        MEADOWSIDE SURGERY - PATIENT REGISTRATION NOTIFICATION

        Patient name: Sienna Rowcroft
        Date of birth: 24/12/2019
        Status: deregistered (moved out of practice area) with effect from 08/01/2027
        New practice: not yet known

        Our records showed a children's social care flag for this patient, so we are
        notifying you of the change in registration as part of our practice procedure.
        The medical record will transfer to the new practice via GP2GP once she registers.

        Practice Administration Team
        Meadowside Surgery, 14 Brook Street, Kestrelford
        """,
      why="A GP practice's administrative registration notice, not a clinical document: correspondence about a case closed on 4 December, more than a month ago and with no concern: front door.")

    M(slug="sna-spf-dkim-fail-ashdown", utc="2027-01-18 09:06:27", cat="information_request", auth="spf_dkim_fail",
      frm=("DS Carl Menzies", "carl.menzies@northmoor.police.uk"),
      subject="Finlay Ashdown 19/12/2015 - who is the SW", subj=["760360"], lv=1, cons="missing", concern=False,
      body="""
        Hello,

        Please can you send me the name and direct number of the allocated worker for Finlay
        Ashdown, 19/12/2015? Nothing further needed.

        DS Carl Menzies
        Northmoor Police
        """,
      why="The trusted authserv-id reports both spf=fail and dkim=fail: sender_not_authenticated, exceptions, no acknowledgement or answer.")

    M(slug="misdirected-parking-pcn", utc="2027-01-25 20:31:41", cat="other",
      frm=("Ashok Varadarajan", "ashok.varadarajan@yahoo.co.uk"),
      subject="PCN KF40218833 - appeal", concern=False,
      body="""
        To the Parking Appeals Team,

        I wish to appeal against Penalty Charge Notice KF40218833 issued on 19 January in
        the Gorse Lane car park. I had paid for 2 hours by app (receipt attached in my
        next email) and returned 6 minutes after expiry because of a queue at the pharmacy.

        I would be grateful if you could cancel the notice.

        Ashok Varadarajan
        """,
      why="A parking penalty appeal sent to the wrong inbox: other, unclassified.")

    M(slug="church-holidayclub-nosubject-concern", utc="2027-02-01 12:59:52", cat="correspondence",
      frm=("Revd Alison Merriweather", "vicar@stmichaelskestrelford.org.uk"),
      subject="Safeguarding concern from our youth group", status=None, concern=True,
      body="""
        Dear Children's Services

        At our Friday youth group a girl of about 13, who has only come twice and gave only
        her first name, told one of our leaders that she sometimes stays with "a friend of
        her brother's" who is in his twenties and gives her vapes and lifts. She left early
        with a young man in a white car. We do not know her surname or where she lives.

        Our diocesan safeguarding adviser told me to pass this on to you in writing.

        The Revd Alison Merriweather
        Vicar, St Michael and All Angels, Kestrelford
        0117 496 0136
        """,
      why="A concern that names no identifiable child: correspondence with no_subject_identified, exceptions.")

    M(slug="audiology-dob-picks-kowalski", utc="2027-02-08 15:33:18", cat="medical_correspondence",
      frm=("Paediatric Audiology", "kgh.paedsaudiology@nhs.net"),
      subject="Audiology results - Ethan KOWALSKI 12/09/2016", subj=["760051"], concern=False,
      body="""
        Paediatric Audiology - Clinic Report

        Name: Ethan KOWALSKI      DOB: 12/09/2016

        Tests: pure tone audiometry, tympanometry.
        Results: bilateral mild conductive hearing loss (average 30 dB HL), type B
        tympanograms both ears, consistent with otitis media with effusion (glue ear).

        Plan: hearing aids offered as an alternative to grommets - family to decide;
        classroom advice letter sent to school; review in 3 months.

        A copy is sent to children's services at the parent's request.

        Ruth Okanlawon, Clinical Scientist (Audiology)
        """,
      why="An audiology clinic report is medical; the date of birth picks one of the two Ethan Kowalski records: cp_team with a case note.")

    M(slug="police-urgent-ni-restricted-mcateer", utc="2027-02-15 22:48:09", cat="information_request",
      frm=("DS Niamh Gallagher", "niamh.gallagher@northmoor.police.uk"),
      subject="URGENT - Declan McATEER d.o.b. 15/02/2013", subj=["760100"], lv=2, cons="not_required",
      basis="significant_harm", urg="significant_harm", concern=True,
      body="""
        URGENT - OUT OF HOURS

        Declan McATEER (d.o.b. 15/02/2013) has disclosed tonight to his foster carer that an
        adult male known to his birth family approached him outside school and threatened him
        if he "talked to police". We are assessing the risk to Declan tonight.

        I need to know urgently what you hold about risks from the birth family, any known
        adults of concern and the safety plan, as there is a risk of significant harm.

        DS Niamh Gallagher
        Public Protection, Northmoor Police | 0161 496 0980
        """,
      why="Urgent police request about a personal-interest record (area NI): restricted route, acknowledge, notify and mark urgent; nothing about the restriction goes to the sender.")

    M(slug="sunday-clamped-window-bannister", utc="2027-02-28 10:12:45", cat="correspondence",
      frm=("Rachel Poynter", "rachelpoynter.childminder@gmail.com"),
      subject="Skye Bannister - worried after weekend", subj=["760240"], concern=True,
      body="""
        Hello,

        I am Skye Bannister's childminder (Skye born 20.02.2020). I know it's Sunday but I
        didn't want to leave this. Skye's mum dropped her off for a few hours yesterday and
        Skye had a burn mark on the back of her hand, about the size of a 5p, which mum said
        was from the oven door. Skye said "Daddy did it with his cigarette".

        I know your worker stopped visiting at the end of January. Please can someone look
        into this. I have written everything down and can send photos.

        Rachel Poynter
        Registered Childminder
        """,
      why="A possible burn injury reported on 28 February, within the one-month window after closure on 29 January (clamped to 28 February): re-referral with a case note.")

    M(slug="school-letter-dob-picks-thorne-maisie", utc="2027-03-04 13:30:51", cat="correspondence",
      frm=("Danielle Royce", "d.royce@lindonhigh.kestrelford.sch.uk"),
      subject="Maisie Thorne (28/11/2011) - GCSE options letter", subj=["760041"], concern=False,
      body="""
        Dear Sir/Madam,

        As requested by Maisie's mother, I enclose below a copy of the letter confirming
        Maisie Thorne's GCSE option choices (Maisie's date of birth: 28/11/2011).

          Triple Science, Geography, Art and Design, Food Preparation and Nutrition

        Maisie has settled well this year and is on track in all subjects.

        Regards,
        Danielle Royce
        Head of Year 10, Lindon High School
        """,
      why="The date of birth picks the closed Maisie Thorne record (closed in 2025); a letter with no concern: front door.")

    M(slug="unknown-ref-2027-000977", utc="2027-03-10 11:46:13", cat="follow_up", unknown_ref=True,
      frm=("Saskia Brennan", "saskia.brennan@brightharbourfostering.org.uk"),
      subject="Re: CASS-2027-000977 - placement report February", related="CASS-2027-000977", concern=False,
      body="""
        Hi,

        Attached below, the February placement summary further to reference
        CASS-2027-000977. Freya has had another settled month and contact continues as
        planned.

        Saskia
        """,
      why="Cites a CASS reference the tracker does not hold: follow_up with unknown_reference, exceptions, even though the content is a placement update.")

    M(slug="la-level1-easter-nwosu-chidi", utc="2027-03-25 14:20:07", cat="information_request",
      frm=("Duty and Assessment", "duty.assessment@marlowe.gov.uk"),
      subject="Chidi Nwosu 06/06/2015 - closure date", subj=["760111"], lv=1, cons="missing", concern=False,
      body="""
        Dear colleagues,

        Chidi Nwosu (06/06/2015) has moved into our area with his father. Could you confirm
        whether Kestrelford's involvement with Chidi is open or closed and, if closed, the
        date it closed?

        Many thanks
        Duty and Assessment Team
        Marlowe City Council | 020 7946 0190
        """,
      why="Only asks whether the case is open and the closure date, from a secure generic council address: level-1 reply; received the Thursday before Easter 2027, acknowledgement due Tuesday 30 March.")

    M(slug="housing-tenancy-letter-pennington", utc="2027-04-06 09:19:38", cat="correspondence",
      frm=("Omar Siddiqui", "omar.siddiqui@kestrelford.gov.uk"),
      subject="New tenancy - Pennington family", subj=["760350"], concern=False,
      body="""
        Hi,

        Housing Allocations here. Ms Pennington asked me to let children's services know that
        the family have signed for a three-bedroom council house at 27 Wren Gardens and moved
        in on 1 April. Lola Pennington (11/11/2012) now has her own room.

        Nothing is needed from you - it's just for your records.

        Omar Siddiqui
        Allocations Officer, Kestrelford Borough Council Housing Services
        """,
      why="A housing letter with no concern about a case closed on 12 March: front door (closed recently, no concern).")

    M(slug="slt-discharge-closed-sandford-poppy", utc="2027-04-13 12:41:26", cat="medical_correspondence",
      frm=("Children's Speech and Language Therapy", "kest.slt.admin@nhs.net"),
      subject="Discharge from SLT - Poppy Sandford - 03/03/2018", subj=["760070"], concern=False,
      body="""
        Dear Parent/Carer and colleagues,

        Re: Poppy Sandford, DOB 03/03/2018

        Poppy has completed a block of therapy for a phonological delay (fronting and
        stopping). On reassessment (DEAP) her percentage of consonants correct has risen from
        68% to 94%, within the typical range for her age. She is discharged from the Speech
        and Language Therapy service.

        Copies: GP, school SENCo, children's services (as previously involved).

        Clinical Lead, Children's SLT
        """,
      why="A speech therapy discharge with clinical results is medical correspondence: cp_team with a case note on the (closed) child's record.")

    M(slug="charity-newsletter-spring", utc="2027-04-20 08:15:00", cat="other",
      frm=("Kestrelford Young Carers", "hello@kestrelfordyoungcarers.org.uk"), html=True,
      subject="Spring update from Kestrelford Young Carers",
      concern=False,
      body="""
        Dear friends,

        What a winter it has been! Thanks to your support we ran 42 respite sessions and
        took 60 young carers to the pantomime.

        Coming up this spring:
        - Young Carers Awareness Day stall at the market, 14 May
        - Our sponsored walk along the canal - sign up by 30 April
        - New drop-in for 16-18s at the Hub, Thursdays 5-7pm

        Please share with colleagues and families who might benefit.

        With thanks,
        The Kestrelford Young Carers team
        Registered charity no. 1187654
        """,
      why="A charity newsletter with no list headers and no child concerned: other, unclassified.")
# ------------------------------------------------------------------ labels
FIELDS = ["file", "mailbox", "category", "urgent", "urgency_reason", "irr_level", "consent", "consent_basis",
          "concern", "reply_address", "address_verdict", "case_status", "subjects", "route", "actions",
          "case_notes", "has_reference", "reference_prefix", "related_reference", "due_acknowledge",
          "due_response", "exception", "acceptable", "why"]
ABOUT_CHILD = ("information_request", "correspondence", "medical_correspondence")


def status_of(subs: list[str]) -> str:
    st = [("restricted" if CASES[s]["restriction"] else CASES[s]["status"]) for s in subs]
    for s in ("restricted", "open", "closed"):
        if s in st:
            return s
    raise ValueError(subs)


def label(m: dict, fname: str) -> dict:
    when = dt.datetime.fromisoformat(m["utc"]).replace(tzinfo=UTC)
    day = when.astimezone(LON).date()
    cat = m["cat"]
    frm = m["frm"][1]
    urg = m.get("urg")
    if cat in ("correspondence", "medical_correspondence"):
        assert urg is None, m["slug"]
    L = dict(file=fname, mailbox="cass", category=cat, urgent=False, urgency_reason=None,
             irr_level=m.get("lv"), consent=m.get("cons"), consent_basis=m.get("basis"), concern=m["concern"])
    if cat == "information_request":
        assert L["irr_level"] in (1, 2) and L["consent"] in ("provided", "not_required", "missing"), m["slug"]
        assert (L["consent"] == "not_required") == (L["consent_basis"] is not None), m["slug"]
    else:
        assert L["irr_level"] is None and L["consent"] is None, m["slug"]
    exc = None
    if m.get("auth", "pass") != "pass":
        exc = "sender_not_authenticated"
    rt = m.get("reply_to")
    rt_addr = (re.search(r"<([^>]+)>", rt).group(1) if "<" in rt else rt) if rt else None
    if rt_addr and registrable(rt_addr.rsplit("@", 1)[1].lower()) != registrable(frm.rsplit("@", 1)[1].lower()):
        exc = exc or "reply_to_mismatch"
        reply = frm
    else:
        reply = rt_addr or frm
    local, dom = reply.rsplit("@", 1)
    reply = local + "@" + dom.lower()
    L["reply_address"], L["address_verdict"] = reply, verdict(reply)
    subs = sorted(m.get("subj", []))
    for s in subs:
        assert s in CASES, s
    if cat in ABOUT_CHILD:
        status = m["status"] if "status" in m else (status_of(subs) if subs else "MISSING")
        assert status != "MISSING", m["slug"]
        if status in ("not_known", "ambiguous", None):
            assert not subs, m["slug"]
    else:
        status = None
        assert not subs, m["slug"]
    route, actions, notes, related = None, [], [], m.get("related")
    if cat in ABOUT_CHILD:
        if status == "ambiguous":
            exc = exc or "ambiguous_match"
        if status is None:
            exc = exc or "no_subject_identified"
    if cat == "information_request":
        if urg:
            L["urgent"], L["urgency_reason"] = True, urg
        if exc:
            route = "exceptions"
        elif status == "restricted":
            route, actions = "restricted", ["acknowledge", "notify"]
        elif status == "not_known" or L["irr_level"] == 1:
            route, actions = "level1_reply", ["acknowledge", "level1_response"]
            v = L["address_verdict"]
            if v == "generic_nonsecure":
                actions = ["acknowledge", "request_personal_address"]
            elif v in ("personal_nonsecure", "invalid"):
                route, actions, exc = "exceptions", ["acknowledge"], "nonsecure_address"
        elif status == "open":
            route, actions, notes = "allocated_worker", ["acknowledge", "notify", "save_case_note"], subs
        elif status == "closed":
            if L["consent"] in ("provided", "not_required"):
                route, actions = "irr_queue", ["acknowledge", "notify"]
            else:
                route, actions, notes = "none", ["request_consent", "save_case_note"], subs
        if route in ("allocated_worker", "irr_queue") and L["address_verdict"] == "generic_nonsecure":
            actions.append("request_personal_address")
    elif cat in ("correspondence", "medical_correspondence"):
        if status == "restricted" and L["concern"]:
            L["urgent"], L["urgency_reason"] = True, "significant_harm"
        if exc:
            route = "exceptions"
        elif status == "restricted":
            route, actions = "restricted", ["notify"]
        elif cat == "medical_correspondence":
            route, actions, notes = "cp_team", ["notify", "save_case_note"], subs
        elif status == "open":
            route, actions, notes = "allocated_worker", ["notify", "save_case_note"], subs
        elif status == "closed" and L["concern"] and day <= plus_one_month(
                max(dt.date.fromisoformat(CASES[s]["closed_on"]) for s in subs)):
            route, actions, notes = "re_referral", ["notify", "save_case_note"], subs
        else:
            route, actions = "front_door", ["notify"]
    elif cat == "follow_up":
        assert related
        known = related in TRACKER
        assert known != bool(m.get("unknown_ref")), m["slug"]
        if not known:
            exc = exc or "unknown_reference"
        route, actions = ("exceptions", []) if exc else ("reference_owner", ["notify"])
    elif cat == "other":
        exc = exc or "unclassified"
        route = "exceptions"
    else:
        raise ValueError(cat)
    if exc and exc != "nonsecure_address":
        actions, notes = [], []
    has_ref = route not in ("none", "exceptions", "reference_owner")
    if L["urgent"] and has_ref and route != "restricted" or (L["urgent"] and route == "restricted"):
        actions.append("mark_urgent")
    if status == "restricted":
        notes = []
    L.update(case_status=status, subjects=subs, route=route, actions=sorted(set(actions)),
             case_notes=sorted(set(notes)), has_reference=has_ref, reference_prefix="CASS" if has_ref else None,
             related_reference=related,
             due_acknowledge=working_day_after(day, 1).isoformat() if "acknowledge" in actions else None,
             due_response=None, exception=exc)
    acc = {k: v for k, v in m.get("acc", {}).items()}
    if status == "ambiguous":
        acc.setdefault("subjects", [[], sorted(m["cand"])])
    if exc == "no_subject_identified":
        acc.setdefault("case_status", [None, "not_known"])
    if cat == "follow_up":
        acc.setdefault("case_status", [None, "not_known"])
        if exc == "unknown_reference":
            acc.setdefault("related_reference", [related, None])
    for k, vals in acc.items():
        assert L[k] in vals, (m["slug"], k)
    L["acceptable"] = acc
    L["why"] = m["why"]
    return {k: L[k] for k in FIELDS if not (k == "acceptable" and not L[k])}


def main():
    define()
    MSGS.sort(key=lambda m: m["utc"])
    slugs = [m["slug"] for m in MSGS]
    assert len(slugs) == len(set(slugs))
    (HERE / "cass").mkdir(exist_ok=True)
    for old in (HERE / "cass").glob("*.eml"):
        old.unlink()
    labels = []
    for i, m in enumerate(MSGS, 1):
        fname = f"cass/{i:03d}_{m['slug']}.eml"
        (HERE / fname).write_text(render(m), encoding="utf-8", newline="\n")
        labels.append(label(m, fname))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for L in labels:
            f.write(json.dumps(L, ensure_ascii=False) + "\n")
    print(f"{len(MSGS)} messages written")


if __name__ == "__main__":
    main()
