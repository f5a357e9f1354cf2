"""Regenerates the part-A corpus (information requests, cass mailbox) deterministically.

Run with /work/main/.venv/bin/python build.py from anywhere; it rewrites cass/*.eml and
labels.jsonl next to this file (cases.csv and tracker.csv are hand-written data).
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
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

CASES = {r["person_id"]: r for r in csv.DictReader(open(HERE / "cases.csv", newline=""))}


# ---------------------------------------------------------------- helpers
def working_day_after(d: dt.date, n: int) -> dt.date:
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BH:
            n -= 1
    return d


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
    words = [w.lower() for w in re.split(r"[._+\-0-9]+", local) if w]
    generic = any(w in ROLE for w in words)
    return ("secure_" if secure else "") + ("generic" if generic else "personal") + ("" if secure else "_nonsecure")


def dedent(s: str) -> str:
    return textwrap.dedent(s).strip("\n") + "\n"


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
    c.setFont("Helvetica", 10.5)
    y -= 30
    for ln in lines:
        c.drawString(56, y, ln)
        y -= 17
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
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in table:
            row = t.add_row().cells
            row[0].text, row[1].text = a, b
    raw = io.BytesIO()
    d.save(raw)
    # rewrite the zip with fixed timestamps so the build is reproducible
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def text_part(body: str) -> str:
    if body.isascii():
        return ('Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n\n' + body)
    qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    return ('Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n' + qp)


def html_of(body: str) -> str:
    import html
    paras = [p for p in body.strip().split("\n\n")]
    inner = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
           '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + inner + "\n</div></body></html>\n")
    qp = quopri.encodestring(doc.encode("utf-8")).decode("ascii")
    return 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n' + qp


def enc_display(name: str) -> str:
    if name.isascii():
        return f'"{name}"' if any(c in name for c in ",.()") else name
    return Header(name, "utf-8").encode()


# ---------------------------------------------------------------- messages
MSGS: list[dict] = []


def M(**kw):
    MSGS.append(kw)


def received_lines(m: dict, rng: random.Random, when: dt.datetime) -> tuple[str, str]:
    dom = m["frm"][1].rsplit("@", 1)[1].lower()
    via = m.get("via") or ("outlook" if dom.endswith((".gov.uk", ".sch.uk", ".org.uk", ".ac.uk")) and rng.random() < 0.5 else "own")
    hexid = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    ts = format_datetime(when.astimezone(LON) if m.get("tz") == "local" else when.astimezone(UTC))
    if via == "google":
        n = rng.randint(41, 99)
        host = f"mail-wr1-f{n}.google.com"
        ip = f"209.85.221.{n}"
        inner_host, inner = host, f"Received: by {host} with SMTP id {rng.getrandbits(40):x}so{rng.randint(100,999)}.{rng.randint(1,9)}\n for <{INBOX}>; {format_datetime(when - dt.timedelta(seconds=2))}\n"
    elif via == "outlook":
        pod = rng.choice(["LO2P265", "CWLP123", "LO0P123", "DB9PR02"])
        host = f"{pod}CU00{rng.randint(1,9)}.outbound.protection.outlook.com"
        ip = f"40.107.{rng.randint(1,254)}.{rng.randint(1,254)}"
        mb = f"{pod}MB{rng.randint(1000,9999)}.GBRP265.PROD.OUTLOOK.COM"
        inner = (f"Received: from {mb} ([fe80::{rng.getrandbits(16):x}:{rng.getrandbits(16):x}]) by\n {mb} ([fe80::{rng.getrandbits(16):x}%5])"
                 f" with mapi id 15.20.{rng.randint(7000,8999)}.{rng.randint(10,40)}; {format_datetime((when - dt.timedelta(seconds=rng.randint(2,9))).astimezone(UTC))}\n")
    else:
        host = f"{rng.choice(['mail', 'smtp', 'relay', 'mx-out'])}{rng.randint(1,9)}.{dom}"
        ip = f"{rng.randint(81,195)}.{rng.randint(1,254)}.{rng.randint(1,254)}.{rng.randint(1,254)}"
        lan = f"10.{rng.randint(0,254)}.{rng.randint(0,254)}.{rng.randint(1,254)}"
        inner = (f"Received: from [{lan}] (unknown [{lan}])\n"
                 f" by {host} with ESMTPSA id {rng.getrandbits(40):x}; {format_datetime((when - dt.timedelta(seconds=rng.randint(2,9))).astimezone(UTC))}\n")
    top = f"Received: from {host} ({host} [{ip}])\n by {TRUSTED} with ESMTPS id {hexid}\n for <{INBOX}>; {ts}\n"
    return top, inner


def auth_line(dom: str, mode: str, authserv: str = TRUSTED) -> str:
    if mode == "pass":
        return (f"Authentication-Results: {authserv}; spf=pass (sender IP is permitted)\n smtp.mailfrom={dom}; dkim=pass (signature was verified)\n"
                f" header.d={dom}; dmarc=pass action=none header.from={dom}\n")
    if mode == "dmarc_fail":
        return (f"Authentication-Results: {authserv}; spf=softfail (sender IP is not permitted)\n smtp.mailfrom={dom}; dkim=none (message not signed)\n"
                f" header.d=none; dmarc=fail action=quarantine header.from={dom}\n")
    if mode == "spf_dkim_fail":
        return (f"Authentication-Results: {authserv}; spf=fail (sender IP is not permitted)\n smtp.mailfrom={dom}; dkim=fail (body hash did not verify)\n"
                f" header.d={dom}; dmarc=none action=none header.from={dom}\n")
    raise ValueError(mode)


def render(m: dict, n: int) -> str:
    rng = random.Random(f"part-a-{m['slug']}")
    when = dt.datetime.fromisoformat(m["utc"]).replace(tzinfo=UTC)
    name, addr = m["frm"]
    dom = addr.rsplit("@", 1)[1].lower()
    top, inner = received_lines(m, rng, when)
    h = top
    if not m.get("automated_dsn"):
        h += auth_line(dom, m.get("auth", "pass"))
    if m.get("untrusted_auth"):
        h += auth_line(dom, m["untrusted_auth"][1], m["untrusted_auth"][0])
    h += inner
    sent = when - dt.timedelta(seconds=m.get("lag", rng.randint(25, 240)))
    date_tz = LON if m.get("date_local", rng.random() < 0.4) else UTC
    h += f"Date: {format_datetime(sent.astimezone(date_tz))}\n"
    h += f"From: {enc_display(name)} <{addr}>\n"
    h += f"To: {m.get('to', 'CASS Team <' + INBOX + '>' if rng.random() < 0.5 else INBOX)}\n"
    if m.get("cc"):
        h += f"Cc: {m['cc']}\n"
    if m.get("reply_to"):
        h += f"Reply-To: {m['reply_to']}\n"
    subj = m["subject"]
    h += f"Subject: {subj if subj.isascii() else Header(subj, 'utf-8').encode()}\n"
    if m.get("thread_topic"):
        h += f"Thread-Topic: {m['thread_topic']}\n"
    mid = hashlib.sha1(m["slug"].encode()).hexdigest()[:24]
    h += f"Message-ID: <{mid}@{dom}>\n"
    for k, v in m.get("extra_headers", []):
        h += f"{k}: {v}\n"
    if m.get("xmailer"):
        h += f"X-Mailer: {m['xmailer']}\n"
    h += "MIME-Version: 1.0\n"
    body = dedent(m["body"])
    atts = m.get("atts", [])
    if m.get("html"):
        b1 = "----=_NextPart_" + hashlib.md5((m["slug"] + "alt").encode()).hexdigest()[:20]
        alt = f'Content-Type: multipart/alternative; boundary="{b1}"\n\n--{b1}\n{text_part(body)}\n--{b1}\n{html_of(body)}\n--{b1}--\n'
        main = alt
    else:
        main = text_part(body)
    if not atts:
        return h + main
    b0 = "----=_Part_" + hashlib.md5(m["slug"].encode()).hexdigest()[:22]
    out = h + f'Content-Type: multipart/mixed; boundary="{b0}"\n\nThis is a multi-part message in MIME format.\n\n--{b0}\n' + main
    for kind, fname, title, content, *rest in atts:
        if kind == "pdf":
            data, ctype = make_pdf(title, content), "application/pdf"
        else:
            data = make_docx(title, content, rest[0] if rest else None)
            ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        out += (f'\n--{b0}\nContent-Type: {ctype}; name="{fname}"\nContent-Transfer-Encoding: base64\n'
                f'Content-Disposition: attachment; filename="{fname}"\n\n' + b64(data))
    return out + f"\n--{b0}--\n"


# ---------------------------------------------------------------- message definitions
# Each call gives the raw material of one .eml and the judgement calls of its label; label()
# derives route, actions and dates from the contract.


def define(M):
    M(slug="police-rtc-witness-l1-whitfield", utc="2026-01-05 09:12:40",
      frm=("PC 2291 Daniel Whitcombe", "daniel.whitcombe@northmoor.police.uk"),
      subject="Child witness - WHITFIELD, Kayden", lv=1, cons="missing", subj=["720011"],
      body="""
        Good morning,

        I'm dealing with a minor road traffic collision on Friday afternoon outside
        Larkhill Primary on Cotton Lane. WHITFIELD, Kayden (dob 03/06/2014) was one of
        the children waiting at the crossing and saw it happen. Nobody was hurt.

        Before I arrange to take a short account from him I'd like to know whether he
        has an allocated social worker and, if so, how I can get hold of them, so the
        visit can be arranged sensibly with the family. Nothing more than that is needed.

        Many thanks,
        PC 2291 Daniel Whitcombe
        Roads Policing Unit (Kestrelford)
        Northmoor Police
        Tel: 0161 496 0418

        --
        This email and any attachments are intended only for the named recipient and may
        contain information that is protectively marked. If you have received it in error
        please notify the sender and delete it. Northmoor Police monitors its email systems.
        """,
      why="Asks only whether there is an allocated worker and how to reach them, about an open case, from a secure personal police address: level-1 reply.")

    M(slug="schoolnurse-closure-date-kowalczyk-milo", utc="2026-01-08 14:40:05",
      frm=("Rachel Ogundipe", "rachel.ogundipe@nhs.net"),
      subject="Closure date query", lv=1, cons="missing", subj=["720152"], date_local=True,
      body="""
        Hi,

        Quick one please. Milo Kowalczyk, born 1 May 2015, has transferred into Fernhill
        Juniors and his previous health record mentions social care involvement. Could you
        let me know whether his case with you is still open and, if it has closed, the date
        it closed? That is all I need for my records.

        Thanks very much
        Rachel Ogundipe
        School Nurse (5-19 Team), Kestrelford Community Health
        Mobile 07700 900314
        """,
      why="Only asks whether the case is open and when it closed; the case is closed and the nhs.net address is secure: level-1 reply.")

    M(slug="oakvale-mash-saturday-notknown-keane", utc="2026-01-10 11:03:27",
      frm=("Oakvale MASH", "mash@oakvale.gov.uk"), via="outlook",
      subject="Is this child known to Kestrelford? KEANE Brodie 14.08.2019", lv=1, cons="missing",
      subj=[], status="not_known", concern=True, acc={"concern": [True, False]},
      body="""
        Dear colleagues

        Oakvale MASH has received a police notification for a domestic incident at an
        address in Oakvale on Thursday night. No children were injured. The family told
        officers they moved here from Kestrelford before Christmas.

        Child: Brodie KEANE
        DOB: 14.08.2019

        Can you confirm whether Brodie is known to Kestrelford children's social care and,
        if so, the name and contact details of the allocated worker?

        Regards

        Oakvale Multi-Agency Safeguarding Hub
        Oakvale Borough Council | 020 7946 0631
        (weekend cover: Emergency Duty Team 020 7946 0999)
        """,
      why="A secure generic MASH address asks only whether a child is known; the child is in no record: level-1 reply saying not known, acknowledged on Monday 12 January after a Saturday arrival.")

    M(slug="wessexshire-police-dv-zainab-urgent", utc="2026-01-14 07:52:10",
      frm=("Fiona Lakin", "fiona.lakin@wessexshire.police.uk"),
      reply_to="Wessexshire CPT Referrals <cpt.referrals@wessexshire.police.uk>",
      subject="URGENT: Zainab CHAUDHRY 30/03/2011 - disclosure of assault", lv=2, cons="not_required",
      basis="significant_harm", urg="significant_harm", concern=True, subj=["720034"], xmailer="Microsoft Outlook 16.0",
      body="""
        Good morning,

        Last night Zainab CHAUDHRY (30/03/2011), who I understand lives in Kestrelford, was
        staying with her aunt in Wessexshire. She disclosed to her aunt that her stepfather
        hit her across the face with a belt before she left home on Monday. Officers saw a
        mark on her left cheek. She does not want to go home.

        We are considering police protection and I need to know today what involvement your
        service has had: current plan, any previous Section 47 enquiries, and any concerns
        recorded about the stepfather. I believe Zainab is at risk of significant harm if she
        returns, so I am asking for this without parental consent.

        Please reply to our team mailbox (set as the reply address) so whoever is on shift
        picks it up.

        Sgt 1187 Fiona Lakin
        Child Protection Team (West)
        Wessexshire Constabulary
        0117 496 0772
        """,
      why="Police show a child at risk of significant harm and need the history today: urgent, consent not required; open case, so the allocated worker gets it with a case note, marked urgent; the reply goes to the secure team mailbox on the same domain.")

    M(slug="afterschool-club-info-l1-osei", utc="2026-01-19 16:31:44",
      frm=("KidZone Clubs", "info@kidzone-clubs.co.uk"), via="google",
      subject="Amara Osei - social worker contact?", lv=1, cons="missing", subj=["720095"],
      body="""
        Hello,

        Amara Osei (DOB 19.05.2018) started at our after-school club at St Barnabas this
        term. Her mum has asked us to speak to her social worker about who is allowed to
        collect her. Could you let us know who the social worker is and how we contact them?

        Thank you
        Kerry
        KidZone Clubs | 07700 900562
        """,
      why="Level-1 question about an open case from a generic non-secure address: level-1 route but the answer is replaced by a request for a personal address.")

    M(slug="academy-dsl-dad-verbal-consent-fenwick", utc="2026-01-22 12:05:19",
      frm=("Harrowfield Academy DSL", "dsl@harrowfield-academy.org.uk"), via="outlook", html=True,
      subject="Information sharing request - Oscar Fenwick (Y4)", lv=2, cons="provided", concern=True,
      subj=["720047"],
      body="""
        Dear CASS team,

        I am the Designated Safeguarding Lead at Harrowfield Academy. Oscar Fenwick, date of
        birth 12/08/2016, is in Year 4 with us. Over the last half term his attendance has
        dropped to 81% and staff have noticed him asking other children for food at
        lunchtime and arriving without a coat.

        We would like to understand what support is in place at home. Could you share what
        your involvement has been, whether there is a current plan, and anything the school
        should be doing as part of it?

        I spoke to Oscar's dad, Mr Lee Fenwick, on the phone this morning. He has parental
        responsibility and gave his verbal consent for us to share information with
        children's social care and for you to share with us.

        Kind regards

        Mrs A. Dhaliwal
        Deputy Headteacher and DSL
        Harrowfield Academy, Mill Road, Kestrelford
        0161 496 0275
        """,
      why="Asks for involvement and the plan (level 2) about an open case; dad with PR consented verbally: allocated worker with a case note; dsl@ has no role word, so it is a personal address and no request for a personal address is added.")

    M(slug="probation-release-marsh-finley-2012", utc="2026-01-27 10:44:02",
      frm=("Marcus Delaney", "marcus.delaney@justice.gov.uk"), via="own",
      subject="Release planning - address check for Finley Marsh (08/01/2012) URGENT", lv=2, cons="not_required",
      basis="significant_harm", urg="prisoner_release", concern=True, subj=["720102"],
      body="""
        Dear Sir/Madam,

        OFFICIAL-SENSITIVE

        I am the Probation Practitioner for a man currently serving a sentence at HMP
        Cranmoor for offences of violence against a former partner. His release date is
        Friday 6 February and the proposed address is 17 Wicken Row, Kestrelford, the home
        of his current partner Ms Shauna Marsh and her son, Finley Marsh (08/01/2012).

        Before the address can be approved I need to know urgently whether Finley is known
        to you, the nature of any current involvement, and whether there are any concerns
        that would make the address unsuitable. Given his history I consider there is a
        real risk of harm to Finley if the release goes ahead without this check.

        Many thanks
        Marcus Delaney
        Probation Practitioner, Kestrelford Probation Delivery Unit
        The Probation Service
        020 7946 0145
        """,
      why="Probation releasing a violent offender to a child's address: urgent (prisoner_release), consent not required; the date of birth picks the open Finley Marsh, so the allocated worker gets it, marked urgent.")

    M(slug="gp-urgent-no-criterion-l1-abernethy", utc="2026-02-02 13:18:36",
      frm=("Dr Hannah Bright", "hannah.bright@nhs.net"),
      cc="Ashgrove Medical Practice <ashgrove.admin@nhs.net>",
      subject="URGENT - Noah Abernethy 08/03/2017", lv=1, cons="missing", subj=["720146"],
      body="""
        Hi

        Noah's mum is coming in tomorrow morning and has asked me to write a letter in
        support of her housing application. She mentioned Noah has a social worker. Could
        someone urgently let me know who that is and a phone number, so I can check with
        them before I write anything?

        Noah Abernethy, dob 08/03/2017, 4 Orchard Mews.

        Thanks
        Hannah

        Dr Hannah Bright MBChB MRCGP
        Ashgrove Medical Practice
        """,
      why="Marked URGENT but only for a GP appointment, which meets no urgency criterion; asks only for the worker's name and number about an open case, from nhs.net: level-1 reply.")

    M(slug="sna-dmarc-fail-nhs-brannock", utc="2026-02-06 23:50:12",
      frm=("Sunita Patel", "s.patel@kestrelford-hct.nhs.uk"), auth="dmarc_fail", via="own",
      subject="Request for records - Ollie Brannock", lv=2, cons="provided", subj=["720404"],
      body="""
        Dear CASS,

        I am the new community paediatrician for Ollie Brannock (date of birth 11/11/2014).
        His mother consents to information sharing. Please send me his full social care
        chronology and the most recent assessment by return so I can prepare for clinic
        on Monday.

        Regards
        Dr S Patel
        Community Paediatrics
        """,
      why="The trusted authserv-id reports dmarc=fail: sender_not_authenticated, exceptions, nothing sent.")

    M(slug="cafcass-s7-vaughanjones-rhys", utc="2026-02-11 11:27:51",
      frm=("Tunde Akinola", "tunde.akinola@cafcass.gov.uk"),
      subject="Section 7 report - Rhys Vaughan-Jones - request for local authority information",
      lv=2, cons="not_required", basis="court_report", subj=["720229"],
      atts=[("docx", "S7 LA information request - Vaughan-Jones.docx", "Request for local authority information (Section 7)",
             ["The court has directed Cafcass to prepare a report under section 7 of the Children Act 1989.",
              "Please provide a summary of the local authority's involvement with the child named below, including dates of any assessments, plans and enquiries.",
              "Filing date for the report: 20 March 2026."],
             [("Child", "Rhys VAUGHAN-JONES"), ("Date of birth", "24.12.2009"), ("Court", "Family Court at Kestrelford"),
              ("Family Court Adviser", "Tunde Akinola"), ("Telephone", "0161 496 0833")])],
      body="""
        Good morning,

        Please find attached a request for information in respect of Rhys Vaughan-Jones
        (24.12.2009). I have been directed to prepare a Section 7 report in private law
        proceedings between his parents, to be filed by 20 March.

        I understand Kestrelford was involved with the family until last year. A summary of
        that involvement would be very helpful.

        Kind regards,

        Tunde Akinola
        Family Court Adviser | Cafcass
        0161 496 0833
        """,
      why="Section 7 report: consent not required, not urgent (filing in five weeks); level 2 about a closed case: IRR queue.")

    M(slug="oakvale-s47-strategy-tomorrow-lindqvist", utc="2026-02-16 16:20:09",
      frm=("Aled Pritchard", "aled.pritchard@oakvale.gov.uk"), via="outlook",
      cc="Oakvale MASH <mash@oakvale.gov.uk>",
      subject="S47 strategy discussion 10am tomorrow - Corey LINDQVIST 15/04/2011", lv=2, cons="not_required",
      basis="s47", urg="s47_strategy", concern=True, subj=["720207"],
      body="""
        Hi,

        We are holding a Section 47 strategy discussion at 10am tomorrow about Corey
        Lindqvist (15/04/2011). Corey moved into Oakvale with his mother in January. On
        Friday he arrived at school with a burn to his forearm that he says happened when
        mum's partner held his arm against a radiator.

        I understand Kestrelford closed his case recently. Before the strategy discussion we
        need the reasons for your involvement, any CP planning and when and why the case
        closed. Anything you can send tonight or first thing would be appreciated.

        Aled Pritchard
        Senior Social Worker, Assessment Team
        Oakvale Borough Council Children's Services
        Tel 020 7946 0358 | Mob 07700 900781
        """,
      why="Another local authority is waiting for the history to hold a S47 strategy discussion: urgent s47_strategy, consent not required; closed case, so IRR queue, marked urgent.")

    M(slug="housing-urgent-no-consent-ingram", utc="2026-02-19 15:02:48",
      frm=("Lydia Cheung", "l.cheung@kestrelford-homes.co.uk"),
      subject="URGENT!!! Harley Ingram - info needed ASAP", lv=2, cons="missing", subj=["720427"],
      body="""
        Hi there,

        Can you send me whatever you hold on Harley Ingram, DOB 05/03/2010, ASAP please. He has
        applied for one of our supported lodgings places for 16-17s and the panel sits on
        Monday. I need to know why social care were involved with him and whether there is
        anything we need to know about risk.

        Thanks,
        Lydia Cheung
        Allocations Officer, Kestrelford Homes
        T: 0117 496 0903
        """,
      why="Wants the reasons for past involvement (level 2) about a case closed in 2024, with no consent and no basis; 'ASAP' for a panel meets no urgency criterion: request consent and save a case note, no reference.")

    M(slug="ep-service-notknown-millward", utc="2026-02-24 10:15:30",
      frm=("Westbury Educational Psychology Service", "ep.service@westbury.gov.uk"), via="outlook", html=True,
      subject="Information request: Darcey Millward, DOB 2 October 2014", lv=2, cons="provided",
      subj=[], status="not_known",
      body="""
        Dear Colleague,

        We have been asked to carry out a statutory educational psychology assessment for
        Darcey Millward (date of birth 2 October 2014) as part of an EHC needs assessment.
        The family lived in Kestrelford until 2024.

        Darcey's parents have signed our consent form, which allows us to contact other
        services. Please let us know whether your service has been involved and, if so, a
        summary of any assessments or support provided.

        Yours sincerely

        Dr Naomi Castell
        Senior Educational Psychologist
        Westbury Educational Psychology Service
        Westbury Council, Civic Centre, Westbury
        Tel: 0161 496 0127
        """,
      why="The child is in no record, so whatever the level the answer is 'not known' (level-1 reply); ep.service@ has no role word, so it is a secure personal address.")

    M(slug="teacher-schooluk-nameonly-oconnell", utc="2026-03-02 08:47:16",
      frm=("Mr M Okafor", "m.okafor@stjudes.kestrelford.sch.uk"), via="outlook",
      subject="Grace O'Connell - Year 6", lv=1, cons="missing", subj=["720117"],
      body="""
        Morning,

        I'm Grace O'Connell's class teacher (Year 6, St Jude's CE Primary). Mum mentioned at
        parents' evening that Grace has a social worker and suggested I get in touch about
        the secondary transition plan. Could you tell me who that is and how best to reach
        them?

        Best wishes
        Michael Okafor
        Year 6 Teacher / Transition Lead
        """,
      why="Name alone matches one open record; a level-1 question from a personal address on a non-secure school domain: exceptions (nonsecure_address), the acknowledgement still goes.")

    M(slug="police-diversion-ambiguous-hale", utc="2026-03-05 14:22:58",
      frm=("Tom Herridge", "tom.herridge@northmoor.police.uk"),
      subject="Youth diversion panel - Jessica Hale", lv=2, cons="missing",
      subj=["720124", "720125"], status="ambiguous",
      body="""
        Good afternoon,

        Jessica Hale has been referred to the Kestrelford Youth Diversion Panel following
        a shoplifting matter at the Riverside Centre last month. The panel meets on
        26 March.

        To help the panel decide on an appropriate outcome, could you let me know whether
        she is known to children's social care and give a brief outline of any involvement
        and current support?

        Regards,
        Tom Herridge
        Youth Diversion Officer
        Northmoor Police - Kestrelford Local Policing Area
        0161 496 0590
        """,
      why="Two records named Jessica Hale and no date of birth: ambiguous_match, exceptions.")

    M(slug="charity-referrals-consent-docx-rahman", utc="2026-03-09 09:36:11",
      frm=("BrightPath Families", "referrals@brightpathfamilies.org.uk"), via="outlook",
      subject="Aisha Rahman - consent to share enclosed", lv=2, cons="provided", subj=["720196"],
      atts=[("docx", "Consent to share - Rahman.docx", "BrightPath Families - Consent to share information",
             ["I agree to BrightPath Families contacting other services, including children's social care, and to those services sharing information about my child with BrightPath Families.",
              "Signed: Nadia Rahman (mother)        Date: 4 March 2026"],
             [("Child's name", "Aisha Rahman"), ("Date of birth", "12/12/2019"), ("Parent/carer", "Nadia Rahman"),
              ("Relationship", "Mother, has parental responsibility")])],
      body="""
        Dear Sir or Madam,

        We have been asked by Aisha Rahman's mother to provide family support, and as part of
        our usual checks we would like to know whether children's services have worked with
        the family before, what the reasons were and what support was given.

        Child: Aisha Rahman, d.o.b. 12/12/2019

        Mum's signed consent form is attached.

        With thanks,
        Referrals Coordinator
        BrightPath Families (registered charity 1180000)
        0117 496 0416
        """,
      why="Signed parental consent attached; asks for reasons and support given (level 2) about a case closed in 2023: IRR queue, and the generic non-secure address adds a request for a personal address.")

    M(slug="school-office-closure-kowalczyk-esther", utc="2026-03-13 11:58:20",
      frm=("Brambleside School Office", "office@brambleside.kestrelford.sch.uk"),
      subject="Esther Kowalczyk", lv=1, cons="missing", subj=["720151"],
      body="""
        Good morning,

        We are updating our records for a new Year 8 pupil, Esther Kowalczyk, D.O.B. 23rd
        November 2012. Her previous school noted children's social care involvement. Please
        could you confirm whether the case is now closed and the date it closed.

        Kind regards,

        Brambleside School Office
        Brambleside Academy
        """,
      why="Asks only for the closure date of a closed case from a generic non-secure school office: level-1 route with a request for a personal address instead of the answer.")

    M(slug="counsellor-child13-consent-vaughanjones-mason", utc="2026-03-20 15:40:05",
      frm=("Dawn Whyte", "d.whyte@kestrelcounselling.org.uk"), via="own",
      subject="Background information - Mason Vaughan-Jones", lv=2, cons="missing", subj=["720230"],
      body="""
        Hello,

        I am a school-based counsellor working with Mason Vaughan-Jones (5 May 2012) at
        Coldharbour School. Mason has talked about a time when a social worker visited the
        family and it would help me to understand what that was about and what support was
        put in place.

        Mason, who is 13, has told me he is happy for me to contact you. I have not spoken
        to his parents about this.

        Warm regards
        Dawn Whyte MBACP
        Kestrel Counselling in Schools
        07700 900247
        """,
      why="Only the 13-year-old agreed, which is not consent; level 2 on a closed case with no basis: request consent and save a case note, no reference.")

    M(slug="camhs-child-consent-open-sutherland", utc="2026-03-26 13:09:44",
      frm=("CAMHS Referrals", "camhs.referrals@nhs.net"),
      subject="Kai Sutherland DOB 30/08/2012 - request for information", lv=2, cons="missing", concern=True,
      subj=["720382"],
      body="""
        Dear colleagues,

        We have received a referral for Kai Sutherland (DOB 30/08/2012) from his GP following
        superficial self-harm to his forearms. Kai has an autism diagnosis and attends Fenbrook
        Specialist School.

        To inform our triage, could you share details of your current involvement with Kai,
        including his plan and any recent assessments?

        Kai consented to us contacting you when he was seen on Tuesday. We have not yet spoken
        with his parents.

        Kestrelford CAMHS Single Point of Access
        Kestrelford and Elmridge NHS Foundation Trust
        0161 496 0666
        """,
      why="Level 2 about an open case; consent came only from a 13-year-old so it is missing, which does not matter for an open case: allocated worker with a case note; camhs.referrals@ is secure generic.")

    M(slug="probation-release-notknown-reeve-goodfriday", utc="2026-04-02 16:45:31",
      frm=("Gemma Holt", "gemma.holt@probation.gov.uk"), via="own",
      subject="Urgent - release on 7 April - address with child", lv=2, cons="not_required", basis="significant_harm",
      urg="prisoner_release", concern=True, subj=[], status="not_known",
      body="""
        Dear CASS,

        A man I supervise is due to be released from HMP Ashdale on Tuesday 7 April. He has
        previous convictions for sexual offences against a child and is subject to Schedule 1
        risk management. His proposed release address is 41 Heron Way, Kestrelford, which is
        the home of his partner and her daughter:

        Tamsin Reeve - 11/02/2016

        I need to know before release whether Tamsin or the household is known to your
        service and whether there are any safeguarding concerns. I appreciate the bank
        holidays are coming up; I am in the office until 6pm today.

        Gemma Holt
        Senior Probation Officer, Public Protection Team
        The Probation Service, Kestrelford
        0117 496 0388 / 07700 900158
        """,
      why="Probation releasing a Schedule 1 offender to a child's home: urgent (prisoner_release), consent not required; the child is in no record, so a level-1 reply saying not known, marked urgent; received Thursday before Easter, acknowledgement due Tuesday 7 April.")

    M(slug="gp-parents-declined-dunmore", utc="2026-04-04 10:20:14",
      frm=("Dr Amrit Gill", "amrit.gill@nhs.net"),
      subject="Harvey Dunmore 06/06/10", lv=2, cons="missing", subj=["720163"],
      body="""
        Dear Children's Services

        I am referring Harvey Dunmore (06/06/10) to the neurodevelopmental pathway for an ADHD
        assessment. The pathway asks for any relevant social history, and Harvey's notes
        indicate he was looked after for a period.

        I did ask his parents whether I could contact you for background information, but they
        declined. I am writing anyway in case you are able to share a summary of your
        involvement.

        Kind regards
        Dr A Gill
        GP Partner, Riverside Surgery
        """,
      why="Parents declined consent and no basis applies; level 2 on a closed case: request consent and save a case note, no reference.")

    M(slug="police-seconded-rtm-kaminski", utc="2026-04-09 09:03:37",
      frm=("DC Ian Rowe", "ian.rowe@northmoor.police.uk"),
      reply_to="Ian Rowe <ian.rowe@wessexshire.police.uk>",
      subject="Leo Kaminski (witness) - communication needs", lv=2, cons="provided", subj=["720071"],
      body="""
        Hello,

        I'm currently seconded to Wessexshire so please reply to my Wessexshire address.

        Leo Kaminski, born 2 December 2015, witnessed an assault on his school bus on
        31 March. We would like to interview him and I want to get it right for him. Could you
        tell me about his communication needs and any assessments that describe how he is best
        supported (I understand he is autistic), and who his social worker is?

        Leo's mum has said she is happy for us to speak to you.

        Thanks
        DC Ian Rowe
        """,
      why="The Reply-To is on wessexshire.police.uk while From is northmoor.police.uk, two different registrable domains under police.uk: reply_to_mismatch, exceptions, nothing sent.")

    M(slug="college-counsellor-17yo-consent-stanton", utc="2026-04-14 12:33:00",
      frm=("Polly Farrant", "p.farrant@kestrelford-college.ac.uk"), via="outlook",
      subject="Hollie Stanton - request for information with consent", lv=2, cons="provided", subj=["720371"],
      atts=[("pdf", "Hollie Stanton consent.pdf", "Kestrelford College - Student consent to share information",
             ["Student: Hollie Stanton", "Date of birth: 18/03/2009", "",
              "I give consent for Kestrelford College Student Support to request information",
              "about me from Kestrelford Children's Social Care.", "",
              "Signed: H. Stanton          Date: 13/04/2026"])],
      body="""
        Hi,

        I'm a Student Support Adviser at Kestrelford College. Hollie Stanton (18/03/2009) is
        applying for our 16-19 Bursary and has told us she had a social worker until last
        autumn. To work out which support she is entitled to, we need to know the period of
        involvement and whether she was ever looked after or on a child in need plan.

        Hollie is 17 and has signed a consent form (attached).

        Best
        Polly Farrant
        Student Support Adviser
        Kestrelford College | 0161 496 0912
        """,
      why="The young person is 17 and signed consent; level 2 about a closed case: IRR queue.")

    M(slug="safeguarding-nurse-eclipse-id-brookes", utc="2026-04-20 10:10:10",
      frm=("Safeguarding Nurse", "safeguarding.nurse@kestrelford-hct.nhs.uk"), via="own",
      subject="Eclipse ID 720066 - allocated worker please", lv=1, cons="missing", subj=["720066"],
      body="""
        Hi CASS

        Could you let me know the allocated social worker and their contact number for Eclipse
        ID 720066 please. The young person is due an initial health assessment review.

        Many thanks
        Named Nurse for Children Looked After
        Kestrelford Community Health
        """,
      why="The Eclipse ID identifies an open case; asks only for the worker's contact from a secure generic address: level-1 reply.")

    M(slug="dentist-lcs-id-neglect-fairbanks", utc="2026-04-23 14:56:25",
      frm=("Jasmine Oyelowo", "j.oyelowo@kestrelford-dental.nhs.uk"), via="own",
      subject="Dental neglect concern - LCS720461", lv=2, cons="missing", concern=True, subj=["720461"],
      body="""
        Dear Sir/Madam,

        I saw Amelia Fairbanks (LCS720461) today at the Community Dental Service. Amelia has
        extensive untreated decay and will need eight extractions under general anaesthetic.
        She has missed four previous appointments and was in pain today.

        I understand Amelia is open to your service. Please could you tell me what the current
        plan is and whether dental care forms part of it, so that we can work with her social
        worker on getting her to the theatre list?

        Yours faithfully

        Jasmine Oyelowo
        Specialist in Paediatric Dentistry
        Kestrelford Community Dental Service
        Tel 0117 496 0455
        """,
      why="LCS number identifies an open case; asks about the plan (level 2) and raises dental neglect: allocated worker with a case note.")

    M(slug="foodbank-family-no-child-named", utc="2026-04-28 11:41:53",
      frm=("Joy Adeyemi", "j.adeyemi@kestrelfoodbank.org.uk"), via="google",
      subject="Family at Pennine Walk - are they known?", lv=1, cons="missing", concern=True, subj=[],
      body="""
        Hello,

        A mum came to our Tuesday session today with three young children. They had not eaten
        since Sunday, the children's clothes were soaked and she said the electric has been
        off for a week. She would not give us the children's names and left before we could
        offer a referral. She said they live at 4 Pennine Walk.

        Are you able to tell us if the family is known to you?

        Joy Adeyemi
        Volunteer Coordinator, Kestrel Foodbank
        07700 900833
        """,
      why="An information request that names no child: no_subject_identified, exceptions.")

    M(slug="cafcass-s37-bankholiday-mensah", utc="2026-05-01 18:20:42",
      frm=("Ruth Saddler", "ruth.saddler@cafcass.gov.uk"),
      subject="URGENT s.37 report - Daniel and Sophia MENSAH - hearing 12 May", lv=2, cons="not_required",
      basis="court_report", urg="court_or_cp_enquiry", subj=["720415", "720416"], acc={"concern": [False, True]},
      body="""
        Dear CASS,

        The court has directed a section 37 report about Daniel Mensah (12/12/2012) and Sophia
        Mensah (22/07/2019) in their father's application for a child arrangements order.
        Cafcass is contributing to the local authority's report and the matter is listed for a
        further hearing on 12 May.

        I need a summary of your involvement with both children, any current plans and the
        outcome of any assessments, as soon as possible after the bank holiday. I am sorry
        for the late hour of this request.

        Ruth Saddler
        Family Court Adviser
        Cafcass | 020 7946 0277
        """,
      why="Section 37 report needed urgently for a hearing: urgent court_or_cp_enquiry, consent not required; both children open: allocated worker, case notes on both, marked urgent; received Friday evening before the May bank holiday, acknowledgement due Tuesday 5 May.")

    M(slug="brockley-plo-consent-pdf-kowalczyk", utc="2026-05-06 09:55:07",
      frm=("Clare Henshaw", "c.henshaw@brockley.gov.uk"), via="outlook", html=True,
      subject="PLO - request for history - Esther and Milo Kowalczyk", lv=2, cons="provided", concern=True,
      subj=["720151", "720152"], acc={"concern": [True, False]},
      atts=[("pdf", "Kowalczyk - signed consent.pdf", "Brockley Children's Services - Parental consent to share",
             ["Children: Esther Kowalczyk (23/11/2012), Milo Kowalczyk (01/05/2015)", "",
              "I, Magda Kowalczyk, mother of the children named above, consent to Brockley",
              "Children's Services obtaining information about my children from other local",
              "authorities and agencies.", "", "Signed: M. Kowalczyk      Date: 29 April 2026"])],
      body="""
        Dear colleagues,

        Brockley has started the Public Law Outline pre-proceedings process for Esther
        Kowalczyk (23/11/2012) and Milo Kowalczyk (01/05/2015), who moved into our area last
        year. We need to compile a full chronology for the letter before proceedings.

        Please would you provide a summary of Kestrelford's involvement with the family,
        including the reasons for involvement, any child protection plans and the dates of
        assessments. Mrs Kowalczyk has signed a consent form, attached for your records.

        Kind regards

        Clare Henshaw
        Social Worker, Family Safeguarding Team
        Brockley Council
        Tel: 020 7946 0512
        """,
      why="Signed parental consent is attached, so consent is provided and the PLO basis is not recorded; level 2 about two closed siblings: IRR queue.")

    M(slug="schoolnurse-locked-blackwood-sienna", utc="2026-05-11 13:30:18",
      frm=("Nkechi Achebe", "n.achebe@nhs.net"),
      subject="Sienna Blackwood 17/05/2013", lv=2, cons="provided", subj=["720301"],
      body="""
        Good afternoon,

        I am the school nurse for Hollybank Academy. Sienna Blackwood (17/05/2013) has been
        referred to me for support with continence. Mum tells me there has been social care
        involvement and has agreed to me contacting you. Could you share any relevant history
        and the name of Sienna's worker so we can coordinate?

        Kind regards
        Nkechi Achebe
        School Nurse, Kestrelford 5-19 Service
        0161 496 0728
        """,
      why="The child's record is locked: restricted route, plain acknowledgement and notify only, whatever the level.")

    M(slug="housing-options-siblings-open-closed-sutcliffe", utc="2026-05-15 10:07:45",
      frm=("Nathan Barlow", "n.barlow@kestrelford.gov.uk"), via="own",
      subject="Sutcliffe family - homelessness application", lv=1, cons="missing", subj=["720082", "720083"],
      body="""
        Hi CASS,

        I'm assessing a homelessness application from Ms Dawn Sutcliffe. Her children are
        Ruby-Mae Sutcliffe (26/04/2013) and Archie Sutcliffe, who is 16.

        Could you tell me whether either of the children currently has a social worker (name
        and contact please) and, if either case is closed, when it was closed? That's all I
        need at this stage.

        Thanks,
        Nathan Barlow
        Housing Options Officer
        Kestrelford Council | 0161 496 0641
        """,
      why="Level-1 question about two siblings, one open and one closed: case status open (open before closed); level-1 reply to a secure council address.")

    M(slug="physio-untrusted-ar-no-consent-quayle", utc="2026-05-20 08:42:29",
      frm=("Hamza Iqbal", "h.iqbal@kestrelford-hct.nhs.uk"), via="own",
      untrusted_auth=("mail-gw.kestrelford-hct.nhs.uk", "spf_dkim_fail"),
      subject="Lily-Rose Quayle (DOB 15 Sept 2017) - background", lv=2, cons="missing", subj=["720393"],
      body="""
        Dear CASS

        I'm the paediatric physiotherapist now seeing Lily-Rose Quayle, DOB 15 Sept 2017, for
        hypermobility. She has missed a number of appointments and I'd like to understand the
        background to the family's earlier involvement with children's services and what
        support they had, to help plan her therapy.

        To be honest I haven't asked her mum for consent yet - I wanted to check with you
        first what the process is.

        Thanks
        Hamza Iqbal
        Paediatric Physiotherapist
        Kestrelford Community Health
        """,
      why="The only failing Authentication-Results comes from an untrusted authserv-id and is ignored; consent not yet asked and no basis; level 2 on a closed case: request consent, save a case note.")

    M(slug="athletics-club-bankholiday-notknown-arundel", utc="2026-05-25 10:05:33",
      frm=("Kestrelford Harriers", "info@kestrelford-harriers.co.uk"), via="google",
      subject="Residential trip - Keeley Arundel", lv=1, cons="missing", subj=[], status="not_known",
      body="""
        Hi,

        Keeley Arundel (DOB 2013-06-09) is booked on our junior residential to the Peak
        District in July. Her mum said she has a social worker who would need to agree to the
        trip. Can you tell us if that's right and who we should speak to?

        Sorry to email on a bank holiday!

        Pete Langley
        Junior Section Secretary, Kestrelford Harriers AC
        """,
      why="The child is in no record (level-1 reply, not known) but the address is generic non-secure, so a personal address is requested instead; received on the Spring bank holiday, acknowledgement due Tuesday 26 May.")

    M(slug="hscni-ni-personal-interest-petrovic", utc="2026-05-29 14:14:51",
      frm=("Aoife McLoughlin", "aoife.mcloughlin@hscni.net"), via="own",
      subject="Request for information - Nadia Petrovic 07/07/2014", lv=2, cons="provided", subj=["720326"],
      body="""
        Dear Sir/Madam,

        I am a social worker with the Family Intervention Team, Northern Health and Social Care
        Trust. Nadia Petrovic (07/07/2014) and her mother have recently moved to our area and
        mum has told us the family was supported by Kestrelford. With her mother's consent,
        could you please share a summary of your involvement, the reasons for it and any
        outstanding concerns?

        Kind regards,
        Aoife McLoughlin
        Social Worker, Family Intervention Team
        Northern HSC Trust
        """,
      why="A personal-interest record (area NI): restricted route, plain acknowledgement and notify, regardless of the non-secure address.")

    M(slug="brockley-legal-proceedings-pryce", utc="2026-06-03 09:21:16",
      frm=("Brockley Childcare Legal", "legal.childcare@brockley.gov.uk"), via="outlook",
      subject="Care proceedings (Brockley) - information about Dylan Pryce", lv=2, cons="not_required",
      basis="plo_or_proceedings", subj=["720138"], acc={"concern": [False, True]},
      body="""
        Dear Sirs

        Re: Brockley Council care proceedings - the Pryce children (case no. BK26C00412)

        We act for Brockley Council in care proceedings issued in April concerning the younger
        half-siblings of Dylan Pryce (born 19 July 2011), who lives with his father in
        Kestrelford. The final hearing is listed for September.

        The court has asked the local authority to address the children's relationship with
        Dylan. Please could you provide a summary of Kestrelford's involvement with Dylan,
        including his current plan and the outcome of any recent assessment.

        Yours faithfully

        Childcare Legal Team
        Legal Services, Brockley Council
        DX 12345 Brockley | 020 7946 0861
        """,
      why="Information for care proceedings: consent not required (plo_or_proceedings), not urgent (final hearing in September); level 2 about an open case: allocated worker with a case note; legal.childcare@ has no role word.")

    M(slug="holidayclub-urgent-mum-consent-mcbride", utc="2026-06-08 07:58:40",
      frm=("Funtastic Holiday Club", "manager@funtasticholidayclub.co.uk"), via="google",
      subject="URGENT - Isla McBride (29.02.2016)", lv=2, cons="provided", subj=["720174"],
      body="""
        Hi

        URGENT please - we have an Ofsted inspection tomorrow and I want Isla McBride's file
        complete. Isla (29.02.2016) is booked with us for the summer holidays. Her mum says
        she had support from a social worker until recently and has given consent for us to
        ask you about it. Can you tell us what support she had and whether there is anything
        we should know to keep her safe in the club?

        Thanks so much
        Leanne Moffat
        Manager, Funtastic Holiday Club
        07700 900419
        """,
      why="'URGENT' for an inspection meets no urgency criterion; mum gave consent; level 2 about a case closed in May: IRR queue; manager@ is a personal non-secure address.")

    M(slug="school-invalid-replyto-lindqvist", utc="2026-06-12 12:16:03",
      frm=("Rebecca Frost", "rebecca.frost@greenhill.kestrelford.sch.uk"),
      reply_to="Rebecca Frost <rebecca..frost@greenhill.kestrelford.sch.uk>",
      subject="Corey Lindqvist - case closure date", lv=1, cons="missing", subj=["720207"],
      body="""
        Good afternoon,

        Corey Lindqvist (15 April 2011) was on our roll until January. We have been asked by
        his new school in Oakvale for the date his social care case closed. Could you let me
        know the closure date?

        Many thanks,
        Rebecca Frost
        Attendance and Welfare Officer
        Greenhill Academy
        """,
      why="The Reply-To has two consecutive dots and email-validator rejects it: invalid address, so the level-1 answer is dropped and the request goes to exceptions (nonsecure_address) with the acknowledgement kept.")

    M(slug="sna-spf-dkim-fail-police-whitfield-poppy", utc="2026-06-17 19:37:12",
      frm=("Kevin Ashworth", "k.ashworth@northmoor.police.uk"), auth="spf_dkim_fail", via="own",
      subject="Poppy Whitfield 21/11/2017 - SW details", lv=1, cons="missing", subj=["720012"],
      body="""
        Hi team,

        Can you let me know if Poppy Whitfield 21/11/2017 has a social worker, with their
        mobile number? I need to arrange a joint visit this week.

        Kev Ashworth
        """,
      why="The trusted authserv-id reports both spf=fail and dkim=fail: sender_not_authenticated, exceptions, nothing sent.")

    M(slug="rugby-welfare-bruising-brannock", utc="2026-06-22 20:48:55",
      frm=("Kestrelford RFC Welfare Officer", "welfare@kestrelfordrfc.co.uk"), via="google",
      subject="Concern about a player - Ollie Brannock", lv=2, cons="missing", concern=True, subj=["720404"],
      body="""
        Dear Sir or Madam,

        I am the club welfare officer at Kestrelford RFC. At training tonight one of our U12
        coaches noticed bruising on the back of Ollie Brannock's legs (date of birth
        11-11-2014). Ollie said he fell off his bike. He seemed reluctant to get changed.

        Ollie's mum has previously told coaches that he has a social worker. Could you tell
        me what support is in place for Ollie and whether there is anything the club should
        be doing? I have not discussed this with his parents.

        Yours faithfully
        Graham Tulley
        Club Welfare Officer, Kestrelford RFC
        07700 900690
        """,
      why="Raises bruising and asks what support is in place (level 2) about an open case: allocated worker with a case note; welfare@ is a personal non-secure address (no role word).")

    M(slug="counselling-enquiries-closed-no-consent-hale-2015", utc="2026-06-26 10:02:37",
      frm=("Hopewell Counselling", "enquiries@hopewellcounselling.org.uk"), via="outlook",
      subject="Jessica Hale, born 04/10/2015", lv=2, cons="missing", subj=["720125"],
      body="""
        Dear Children's Services,

        Jessica Hale (born 04/10/2015) has been referred to our play therapy service by her
        school. To prepare for the first session our therapist would like to understand any
        past involvement of children's social care, why you were involved and what work was
        done with Jessica.

        We look forward to hearing from you.

        Hopewell Counselling - Children and Young People's Service
        0117 496 0950
        """,
      why="The date of birth picks the closed Jessica Hale; level 2 with no consent and no basis: request consent and save a case note, no reference (the generic address adds nothing on route none).")

    M(slug="cafcass-s7-notknown-bancroft", utc="2026-07-01 14:27:09",
      frm=("Megan Fairweather", "megan.fairweather@cafcass.gov.uk"),
      subject="Section 7 - Theo Bancroft (12/03/2018) - LA checks", lv=2, cons="not_required",
      basis="court_report", subj=[], status="not_known",
      body="""
        Dear CASS

        I have been directed to prepare a section 7 report concerning Theo Bancroft
        (12/03/2018). The report is due to be filed on 14 August. Dad lives in your area.

        Please could you let me know whether Theo or the family are known to your service and,
        if so, provide a summary of involvement including any assessments and plans?

        Thank you
        Megan Fairweather
        Family Court Adviser
        Cafcass
        """,
      why="Section 7 request about a child in no record: level-1 reply saying not known, consent not required, not urgent.")

    M(slug="police-special-client-halloran-urgent", utc="2026-07-06 06:14:22",
      frm=("Rebecca O'Connor", "rebecca.oconnor@northmoor.police.uk"),
      subject="URGENT - missing child found - Ezra HALLORAN", lv=2, cons="not_required", basis="significant_harm",
      urg="significant_harm", concern=True, subj=["720315"],
      body="""
        Good morning,

        Ezra HALLORAN, DOB 01/12/2012, was reported missing yesterday evening and was found at
        03:40 today in a flat on the Eastgate estate with two adult males not known to the
        family. There are indications of criminal exploitation.

        He is currently at Kestrelford Central police station. I need to know urgently what
        the current plan is, any known exploitation risks and who we should be speaking to,
        because I believe he is at risk of significant harm if he is returned without a
        safety plan.

        Sgt Rebecca O'Connor
        Missing and Exploited Children Team
        Northmoor Police
        0161 496 0333
        """,
      why="A special-client record with police showing risk of significant harm: restricted route, plain acknowledgement, notify and mark urgent; nothing reveals the restriction.")

    M(slug="yot-cjsm-closure-ingram", utc="2026-07-09 15:48:17",
      frm=("Siân Pugh", "sian.pugh@kestrelford-yot.cjsm.net"), via="own",
      subject="Harley Ingram - closure date?", lv=1, cons="missing", subj=["720427"],
      body="""
        Hiya,

        Harley Ingram (05.03.2010) has just been allocated to me at the Youth Justice Service.
        Our records show he had a social worker in the past. Please can you confirm the date
        his case closed with you?

        Diolch,
        Siân Pugh
        Youth Justice Practitioner
        Kestrelford Youth Justice Service
        0117 496 0672
        """,
      why="Asks only for the closure date of a closed case from a secure personal cjsm.net address: level-1 reply.")

    M(slug="school-nursing-marsh-finley-2016-l1", utc="2026-07-14 09:30:44",
      frm=("School Nursing Service", "school.nursing@nhs.net"),
      subject="Finley MARSH DOB 27/07/2016", lv=1, cons="missing", subj=["720103"],
      body="""
        Good morning,

        Please could you confirm whether Finley MARSH, DOB 27/07/2016, is currently open to
        children's social care? If he is no longer open, the closure date would be helpful.

        We are reviewing our caseload before the summer holidays.

        Thank you,
        School Nursing Service
        Kestrelford East
        """,
      why="The date of birth picks the closed Finley Marsh; a level-1 question from school.nursing@nhs.net, which has no role word (secure personal): level-1 reply with the closure date.")

    M(slug="police-dv-refused-consent-cartwright-2013", utc="2026-07-20 22:52:06",
      frm=("PC Aaron Kipling", "aaron.kipling@wessexshire.police.uk"),
      subject="Ryan Cartwright d.o.b 02/11/13 - domestic incident tonight", lv=2, cons="not_required",
      basis="significant_harm", urg="significant_harm", concern=True, subj=["720450"],
      body="""
        Hi,

        I attended a domestic incident tonight at 9 Maltings Court, Wessexshire. Ryan
        Cartwright d.o.b 02/11/13 was present when his mum's partner smashed a window and
        threatened her with a knife. The partner has been arrested. Ryan was hiding in his
        bedroom and is very distressed.

        Mum refused consent for us to share information but I believe Ryan is at risk of
        significant harm, so I am asking for any history your service holds on him and the
        family (they lived in Kestrelford until last year) to inform the risk assessment and
        bail decision in the morning.

        PC 4471 Aaron Kipling
        Response Team, Wessexshire Constabulary
        """,
      why="Mum refused consent but police show risk of significant harm and need it promptly: consent not required, urgent; the date of birth picks the closed Ryan Cartwright: IRR queue, marked urgent.")

    M(slug="familyhub-no-consent-northcott-bella", utc="2026-07-24 11:19:58",
      frm=("Tanya Greaves", "t.greaves@kestrelfordfamilyhubs.org.uk"), via="outlook",
      subject="Bella Northcott 22/08/2014 - previous involvement", lv=2, cons="missing", subj=["720490"],
      body="""
        Hello,

        I'm a Family Support Worker at the Kingsmead Family Hub. Bella Northcott (22/08/2014)
        and her dad have started coming to our parenting group and I'm trying to plan some
        1:1 support. It would help to know why social care were involved before and what
        work was done.

        We have not been able to obtain consent from dad yet as he has not come back in, but
        I thought I would ask in the meantime.

        Tanya Greaves
        Family Support Worker
        Kingsmead Family Hub
        """,
      why="Consent explicitly not obtained and no basis applies; level 2 on a closed case: request consent and save a case note, no reference.")

    M(slug="eastmarsh-replyto-frontdoor-penrose", utc="2026-07-30 13:02:26",
      frm=("Priya Shah", "priya.shah@eastmarsh.gov.uk"), via="outlook",
      reply_to="Eastmarsh Front Door <front.door@eastmarsh.gov.uk>",
      subject="Ava Penrose born 02/02/2018 - known to you?", lv=1, cons="missing", subj=["720483"],
      concern=True, acc={"concern": [True, False]},
      body="""
        Dear CASS,

        Eastmarsh Front Door received a call from a member of the public yesterday about Ava
        Penrose (born 02/02/2018), who is staying with her grandparents in Eastmarsh for the
        summer. The caller was worried about the grandfather's drinking.

        Please could you confirm if Ava has an allocated worker with you and give us their
        contact details? Replies to the Front Door mailbox please.

        Priya Shah
        Contact Officer, Eastmarsh Front Door
        Eastmarsh District Council | 020 7946 0486
        """,
      why="Level-1 question about an open case; the Reply-To is the council's secure generic mailbox on the same domain: level-1 reply to it.")

    M(slug="ooo-autoreply-family-hub", utc="2026-08-03 08:05:02", cat="automated",
      frm=("Tanya Greaves", "t.greaves@kestrelfordfamilyhubs.org.uk"), via="outlook",
      extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<ack-720490@kestrelford.gov.uk>")],
      subject="Automatic reply: Your request has been received", concern=False, subj=[],
      body="""
        Thank you for your email. I am on annual leave until Monday 17 August with no access
        to email.

        For anything urgent please contact the Kingsmead Family Hub on 0161 496 0702.

        Tanya
        """,
      why="Out-of-office auto-reply (Auto-Submitted: auto-replied): automated, no action.")

    M(slug="paed-nurse-consent-pdf-thorne", utc="2026-08-07 10:26:48",
      frm=("Lucy Harker", "lucy.harker@nhs.net"), html=True,
      subject="Maisie Thorne - information request (consent attached)", lv=2, cons="provided", subj=["720058"],
      atts=[("pdf", "Consent - Maisie Thorne.pdf", "Kestrelford Community Children's Nursing - Consent",
             ["Child: Maisie Thorne     DOB: 05/01/2019", "",
              "I consent to the Community Children's Nursing Team sharing information with",
              "and requesting information from Kestrelford Children's Social Care.", "",
              "Parent: Carla Thorne (mother)     Signature: C Thorne     Date: 03/08/2026"])],
      body="""
        Dear colleagues,

        I am Maisie Thorne's community children's nurse (DOB 05/01/2019). Maisie has
        type 1 diabetes and her control has been poor since the spring. We are planning a
        multi-agency meeting and would find it helpful to know the current social care plan,
        the frequency of visits and the outcome of the most recent assessment.

        Signed parental consent is attached.

        Best wishes
        Lucy Harker RN (Child)
        Community Children's Nursing Team
        Kestrelford and Elmridge NHS Foundation Trust
        Tel 0161 496 0154
        """,
      why="Signed consent attached; asks for the plan and assessment (level 2) about an open case: allocated worker with a case note.")

    M(slug="followup-000704-hv-additional-info", utc="2026-08-12 12:44:39", cat="follow_up",
      frm=("Rachel Ogundipe", "rachel.ogundipe@nhs.net"), related="CASS-2026-000704",
      extra_headers=[("In-Reply-To", "<ack-cass-2026-000704@kestrelford.gov.uk>"),
                     ("References", "<ack-cass-2026-000704@kestrelford.gov.uk>")],
      subject="RE: CASS-2026-000704 - your information request has been received", subj=[],
      body="""
        Hello,

        Following up my request under the above reference: the family have now given me
        their new address (Flat 2, 18 Quarry Lane) in case that helps you locate the older
        records. Is there an expected date for a response?

        Thanks
        Rachel

        -----Original Message-----
        From: CASS Team <cass@kestrelford.gov.uk>
        Sent: 23 July 2026 09:12
        Subject: CASS-2026-000704 - your information request has been received

        Thank you for your request. Your reference is CASS-2026-000704.
        """,
      why="Carries a reference the tracker holds: follow-up to the reference owner, no new reference.")

    M(slug="probation-release-closed-doyle", utc="2026-08-21 11:33:12",
      frm=("Owen Bright", "owen.bright@justice.gov.uk"), via="own",
      subject="Kiera Doyle 19/08/2010 - release address check - urgent", lv=2, cons="not_required",
      basis="significant_harm", urg="prisoner_release", concern=True, subj=["720241"],
      body="""
        Good morning,

        I'm the Community Offender Manager for a man due to be released on licence on
        2 September. He intends to live with his sister, whose daughter is Kiera Doyle
        (19/08/2010). He has convictions for violence and for possession of indecent images
        of children.

        I need to know urgently whether there has been social care involvement with Kiera or
        the household and, if so, what the concerns were, so that I can decide whether this
        address can be approved.

        Owen Bright
        Probation Officer
        Kestrelford Probation Delivery Unit
        07700 900127
        """,
      why="Probation releasing a prisoner to a child's home: urgent (prisoner_release), consent not required; case closed in July: IRR queue, marked urgent.")

    M(slug="police-wandering-bst-midnight-whitfield-lennon", utc="2026-08-28 23:40:19", tz="local",
      frm=("PC Craig Mallon", "craig.mallon@northmoor.police.uk"),
      subject="Lennon Whitfield (09/02/2020) found wandering - SW contact needed tonight", lv=1, cons="missing",
      urg="significant_harm", concern=True, subj=["720013"],
      body="""
        CASS / EDT,

        Lennon Whitfield (09/02/2020) was found at 23:10 wandering alone by the canal on Mill
        Lane in his pyjamas. He is safe and with officers now. We cannot get an answer at the
        home address.

        Does Lennon have a social worker, and what is the best number to reach them? I need
        this as a matter of urgency - if we cannot find a carer tonight he is at risk.

        PC 3390 Craig Mallon
        Response Team, Northmoor Police
        0161 496 0100 (control room)
        """,
      why="Police need only the worker's contact but a six-year-old alone at night is at risk: urgent significant_harm, level-1 reply marked urgent; 00:40 on Saturday 29 August in London, before the August bank holiday, so acknowledgement due Tuesday 1 September.")

    M(slug="welsh-school-dad-pr-consent-faraday", utc="2026-09-02 13:55:49",
      frm=("Karen Rees", "karen.rees@ysgolbrynteg.org.uk"), via="outlook",
      subject="Ellis Faraday DOB 09/09/2015 - transfer from Kestrelford", lv=2, cons="provided", subj=["720252"],
      body="""
        Dear Sir/Madam,

        Ellis Faraday (09/09/2015) joins Ysgol Bryn Teg this week after moving from
        Kestrelford. Ellis has additional needs and I understand your Children with
        Disabilities team supported the family until recently.

        Ellis's father, who has parental responsibility, has given his consent for us to ask
        for information. Could you share a summary of the support provided and any
        assessments we should be aware of?

        Yours faithfully
        Karen Rees
        ALNCo, Ysgol Bryn Teg
        """,
      why="Father with PR consented; level 2 about a case closed on 21 August: IRR queue.")

    M(slug="head-gmail-replyto-mismatch-fairbanks", utc="2026-09-07 17:11:35",
      frm=("Mrs J Oakley (Headteacher)", "headteacher@lowfield.kestrelford.sch.uk"), via="outlook",
      reply_to="Jo Oakley <lowfield.head@gmail.com>",
      subject="Amelia Fairbanks - social worker name?", lv=1, cons="missing", subj=["720461"],
      body="""
        Hello,

        Please can you tell me the name and number of Amelia Fairbanks's social worker (DOB
        12/04/2016)? She has joined our Year 6 this term.

        I'm working from home this week so please reply to my personal address, which is set
        as the reply-to.

        Jo Oakley
        Headteacher, Lowfield Primary School
        """,
      why="Reply-To is a gmail.com address while From is the school's domain: reply_to_mismatch, exceptions, nothing sent.")

    M(slug="westbury-s47-not-urgent-northcott-sam", utc="2026-09-11 10:48:03",
      frm=("Nadeem Farooq", "n.farooq@westbury.gov.uk"), via="outlook",
      subject="Section 47 enquiry - Sam NORTHCOTT (03/01/2011)", lv=2, cons="not_required", basis="s47",
      concern=True, subj=["720491"],
      body="""
        Dear Kestrelford CASS,

        Westbury Children's Services is undertaking Section 47 enquiries in respect of Sam
        NORTHCOTT, date of birth 03/01/2011, following allegations he made against his
        father's partner. The initial strategy discussion has already taken place.

        As part of the enquiries we would be grateful for a summary of Kestrelford's previous
        involvement: dates, reasons and any plans. A reply within the next two weeks would fit
        our timescales.

        Kind regards
        Nadeem Farooq
        Social Worker, Westbury Assessment Service
        0161 496 0561
        """,
      why="Another local authority's Section 47 enquiry: consent not required; not urgent (the strategy discussion has happened, two weeks asked); level 2 on a closed case: IRR queue.")

    M(slug="noah-school-refused-consent-abernethy", utc="2026-09-14 15:25:47",
      frm=("Sally Marchant", "s.marchant@oakfield.kestrelford.sch.uk"), via="outlook",
      subject="Noah Abernethy 8.3.17", lv=2, cons="missing", concern=True, subj=["720146"],
      body="""
        Dear CASS team

        Noah Abernethy (8.3.17), Year 4, has come back after the summer noticeably thinner and
        has been falling asleep in class. He told his teacher there is "not much food at
        home".

        I know Noah has a social worker. Please can you tell me what the current plan is and
        how school can support it. I asked mum today if she would agree to us sharing
        information with you and she refused, so I am letting you know that.

        Sally Marchant
        Family Support Lead / Deputy DSL
        Oakfield Primary School
        0117 496 0281
        """,
      why="Mum refused consent, but the case is open and the request is level 2: allocated worker with a case note; school domain is non-secure but the address is personal, so nothing more is added.")

    M(slug="thornbury-mash-siblings-one-locked-oduya", utc="2026-09-16 09:12:30",
      frm=("Thornbury MASH", "mash@thornbury.gov.uk"), via="outlook",
      subject="Benjamin and Precious Oduya - information request", lv=2, cons="provided", subj=["720359", "720360"],
      body="""
        Good morning

        Thornbury MASH has received a contact from Benjamin Oduya's school (DOB 16/06/2016)
        about his behaviour; he is staying with his aunt in Thornbury together with his
        sister Precious Oduya (31/01/2013) while mum is in hospital.

        Mum has given verbal consent to information sharing. Please could you share details of
        any involvement with both children and the names of their workers?

        Regards
        Thornbury MASH
        Thornbury Council | 020 7946 0744
        """,
      why="One of the two named siblings has a locked record: case status restricted for the request, restricted route, plain acknowledgement and notify, no case notes.")

    M(slug="childminder-gmail-notknown-corrigan", utc="2026-09-24 19:02:41",
      frm=("Jackie's Daycare", "jackiesdaycare78@gmail.com"), via="google",
      subject="Alfie-James Corrigan", lv=1, cons="missing", subj=[], status="not_known",
      body="""
        hi

        I'm a registered childminder and Alfie-James Corrigan (dob 05/05/2021) is starting
        with me next week. Mum says he had a social worker in Kestrelford, is that right and
        who is it so I can get in touch

        thanks Jackie
        (Ofsted registered childminder)
        """,
      why="The child is in no record; the reply address is personal and non-secure (gmail.com): the level-1 answer is dropped, exceptions (nonsecure_address), acknowledgement kept.")

    M(slug="brockley-legal-final-hearing-urgent-chaudhry", utc="2026-10-01 16:36:14",
      frm=("Brockley Legal Services", "legal.services@brockley.gov.uk"), via="outlook",
      subject="URGENT - final hearing Monday 5 October - Zainab Chaudhry (30.03.2011)", lv=2,
      cons="not_required", basis="plo_or_proceedings", urg="court_or_cp_enquiry", subj=["720034"],
      acc={"concern": [False, True]},
      body="""
        Dear CASS,

        We act for Brockley Council in care proceedings about Zainab Chaudhry's cousins, who
        have been staying with Zainab's family in Kestrelford (Zainab Chaudhry, 30.03.2011).
        The final hearing is on Monday 5 October and the judge has asked for confirmation of
        Kestrelford's current involvement with Zainab's household and the plan in place.

        We need this by close of business tomorrow at the latest for the court bundle.

        Yours faithfully
        Harriet Lowe, Solicitor
        Legal Services, Brockley Council
        020 7946 0862
        """,
      why="Needed urgently for a final hearing in care proceedings: urgent court_or_cp_enquiry, consent not required (plo_or_proceedings); open case: allocated worker with a case note, marked urgent.")

    M(slug="training-provider-16yo-consent-dunmore", utc="2026-10-06 11:08:52",
      frm=("Lola Okonkwo", "l.okonkwo@brightfutures-training.co.uk"), via="google",
      subject="Harvey Dunmore - apprenticeship support", lv=2, cons="provided", subj=["720163"],
      body="""
        Hi there,

        Harvey Dunmore (06/06/2010) has started a construction apprenticeship with us. He
        says he was in care when he was younger and may be entitled to extra support (the care
        leaver bursary). Could you tell us about the period he was looked after?

        Harvey is 16 and has given his written consent for us to contact you - he signed our
        consent section on the enrolment form last week.

        Many thanks,
        Lola Okonkwo
        Learner Support Coordinator
        Bright Futures Training
        """,
      why="The young person is 16 and gave written consent; level 2 about a closed case: IRR queue.")

    M(slug="thornbury-hub-person-id-l1-vaughanjones", utc="2026-10-12 09:34:26",
      frm=("Thornbury Children's Hub", "cs.hub@thornbury.gov.uk"), via="outlook",
      subject="Person ID 720230 - is the case closed?", lv=1, cons="missing", subj=["720230"],
      body="""
        Hello

        Your Person ID 720230 (Mason) has moved into Thornbury. Could you please confirm
        whether his case is closed with you and the date it closed.

        Thanks
        Children's Hub, Thornbury Council
        """,
      why="The Person ID identifies a closed case; a level-1 closure-date question from a secure generic council mailbox: level-1 reply.")

    M(slug="sna-untrusted-pass-westbury-northcott", utc="2026-10-15 13:41:09",
      frm=("Nadeem Farooq", "n.farooq@westbury.gov.uk"), auth="dmarc_fail", via="own",
      untrusted_auth=("mail.westbury.gov.uk", "pass"),
      subject="Sam Northcott - full file needed", lv=2, cons="provided", subj=["720491"],
      body="""
        Hi

        Following my earlier enquiry I now need the complete case file for Sam Northcott,
        including all assessments and contact notes. Dad has consented. Please send
        everything as attachments today.

        N Farooq
        """,
      why="The trusted authserv-id (topmost) reports dmarc=fail; the 'pass' below comes from an untrusted id and is ignored: sender_not_authenticated.")

    M(slug="nhs-invalid-replyto-notknown-fairclough", utc="2026-10-20 14:03:55",
      frm=("Chidi Okoro", "c.okoro@nhs.net"),
      reply_to="c.okoro.@nhs.net",
      subject="Reggie Fairclough 17/01/2022", lv=1, cons="missing", subj=[], status="not_known",
      body="""
        Dear CASS,

        I'm a health visitor covering the Eastgate area. Reggie Fairclough (17/01/2022) has
        transferred into our caseload from out of area. Is he known to your service, and does
        he have an allocated worker?

        Regards
        Chidi Okoro
        Health Visitor, Eastgate Team
        07700 900951
        """,
      why="The Reply-To ends with a dot before the @ and is rejected by email-validator (invalid): no level-1 answer, exceptions (nonsecure_address), acknowledgement kept.")

    M(slug="oakvale-duty-dad-consent-lockwood", utc="2026-10-23 10:57:14",
      frm=("Oakvale Duty Team", "duty.team@oakvale.gov.uk"), via="outlook",
      subject="Evie Lockwood (19 Jan 2015) - previous involvement", lv=2, cons="provided", subj=["720438"],
      concern=True, acc={"concern": [True, False]},
      body="""
        Dear colleagues,

        We have received a referral from Evie Lockwood's school about her emotional wellbeing
        following her parents' separation. Evie (born 19 January 2015) moved to Oakvale with
        her father in September.

        Dad, who has PR, consented on 20 October to us contacting other agencies. Please could
        you tell us the reasons for your involvement and the outcome of any assessment?

        Oakvale Duty and Assessment Team
        020 7946 0633
        """,
      why="Father with PR consented; level 2 about a case closed in September: IRR queue; duty.team@ is secure generic.")

    M(slug="ooschool-admin-consent-docx-penrose", utc="2026-10-26 08:19:27",
      frm=("Penfold Out of School Club", "admin@penfoldclub.co.uk"), via="google",
      subject="Ava Penrose - information sharing (signed consent attached)", lv=2, cons="provided",
      subj=["720483"],
      atts=[("docx", "Penrose consent form.docx", "Penfold Out of School Club - Information sharing consent",
             ["I give permission for Penfold Out of School Club to contact Kestrelford Children's Services about my daughter and for information to be shared.",
              "Signed: Gemma Penrose (mother)"],
             [("Child", "Ava Penrose"), ("DOB", "02/02/18"), ("Date signed", "22/10/2026")])],
      body="""
        Good morning,

        Ava Penrose (02/02/18) attends our breakfast and after-school club five days a week.
        We would like to know what the plan is for Ava and whether there are any arrangements
        (for example around who can collect her) that we should be following.

        Mum's signed consent is attached.

        Penfold Out of School Club
        Admin Office | 0117 496 0377
        """,
      why="Signed consent; level 2 about an open case from a generic non-secure address: allocated worker, case note and a request for a personal address.")

    M(slug="school-office-history-notknown-delacroix", utc="2026-11-02 12:40:18",
      frm=("Marlowe Primary Office", "office@marlowe.kestrelford.sch.uk"), via="outlook",
      subject="New pupil - Frankie Delacroix-Hume", lv=2, cons="provided", subj=[], status="not_known",
      body="""
        Dear Children's Services,

        We have a new pupil, Frankie Delacroix-Hume, DOB 2015-12-19, who has joined from a
        school abroad. Mum has given consent for us to ask whether the family has had any
        involvement with social care in the past and, if so, what support was given.

        Many thanks
        School Office, Marlowe Primary
        """,
      why="The child is in no record: level-1 route (not known); the school office address is generic non-secure, so a personal address is requested instead of the answer.")

    M(slug="gymnastics-info-locked-ashdown", utc="2026-11-06 17:25:40",
      frm=("Kestrelford Gymnastics", "info@kestrelfordgymnastics.co.uk"), via="google",
      subject="Lola Ashdown - who is her social worker", lv=1, cons="missing", subj=["720348"],
      body="""
        Hello

        We run the Saturday gymnastics sessions at the leisure centre. Lola Ashdown (DOB
        04/04/2018) is joining our squad and her foster carer said we should ask her social
        worker before we take photos for the club website. Who should we contact?

        Thanks
        Kestrelford Gymnastics Club
        """,
      why="The child's record is locked: restricted route, plain acknowledgement and notify only; no level-1 answer goes anywhere.")

    M(slug="police-closure-recent-pettigrew", utc="2026-11-11 10:14:33",
      frm=("Paul Lindsay", "paul.lindsay@northmoor.police.uk"),
      subject="Jaxon Pettigrew 08/08/2013 - is case still open?", lv=1, cons="missing", subj=["720185"],
      body="""
        Morning,

        PCSO 7712 Paul Lindsay, Kestrelford South neighbourhood team. I'm updating our
        records on Jaxon Pettigrew (08/08/2013) after he was a victim of a bike theft last
        month. Is his social care case still open and if not, when did it close?

        Cheers
        Paul
        """,
      why="Asks only whether the case is open and when it closed; the case closed on 30 October: level-1 reply to a secure police address.")

    M(slug="followup-unknown-ref-000650", utc="2026-11-16 09:45:56", cat="follow_up", unknown_ref=True,
      frm=("Tunde Akinola", "tunde.akinola@cafcass.gov.uk"), related="CASS-2026-000650",
      subject="Chasing: CASS-2026-000650", subj=[],
      body="""
        Good morning,

        I have not yet received a response to my information request CASS-2026-000650 and the
        report is due to be filed next week. Could you let me know when I can expect it?

        Kind regards,
        Tunde Akinola
        Family Court Adviser | Cafcass
        """,
      why="Cites a CASS reference the tracker does not hold: follow-up with exception unknown_reference, exceptions.")

    M(slug="nhs-scot-hv-closed-vaughanjones-rhys", utc="2026-11-20 15:52:07",
      frm=("Fiona Baird", "fiona.baird@nhs.scot"), via="own",
      subject="Rhys Vaughan-Jones dob 24/12/2009", lv=1, cons="missing", subj=["720229"],
      body="""
        Hello,

        I'm a school nurse in NHS Lothian. Rhys Vaughan-Jones (dob 24/12/2009) has moved to
        Edinburgh with his dad. Could you please confirm when his case with you closed?

        Many thanks
        Fiona Baird
        School Nurse, NHS Lothian
        """,
      why="Level-1 closure-date question, but nhs.scot is not a secure domain and the address is personal: exceptions (nonsecure_address), acknowledgement kept.")

    M(slug="cla-safeguarding-not-asked-consent-brookes", utc="2026-11-25 14:30:51",
      frm=("Safeguarding Children Team", "safeguarding@kestrelford-hct.nhs.uk"), via="own",
      subject="Tyler Brookes (17/10/2010) - information for health assessment", lv=2, cons="missing",
      subj=["720066"],
      body="""
        Dear CASS

        Tyler Brookes, 17/10/2010, is due his review health assessment. To complete it we need
        the current care plan, placement details and any risks the assessing nurse should be
        aware of.

        I haven't asked Tyler or his carers for consent yet as I assumed this would be covered
        by his looked-after status - please advise if not.

        Safeguarding Children Team
        Kestrelford Community Health
        0161 496 0171
        """,
      why="Level 2 about an open case (consent not asked, which does not matter when open): allocated worker with a case note; safeguarding@ is secure generic.")

    M(slug="cafcass-s7-with-consent-quayle", utc="2026-12-01 11:11:11",
      frm=("Megan Fairweather", "megan.fairweather@cafcass.gov.uk"),
      subject="Lily-Rose Quayle DOB 15/09/2017 - section 7 - consent enclosed", lv=2, cons="provided",
      subj=["720393"],
      atts=[("pdf", "Quayle - parental consent.pdf", "Cafcass - Consent to request information",
             ["Child: Lily-Rose Quayle (15/09/2017)", "",
              "I agree to Cafcass obtaining information from Kestrelford Children's Services",
              "for the purpose of the section 7 report.", "",
              "Signed: R. Quayle (father)      Date: 26/11/2026"])],
      body="""
        Dear CASS

        I am preparing a section 7 report about Lily-Rose Quayle (15/09/2017). Although consent
        is not strictly needed, both parents have agreed and father's signed form is attached.

        Could you please send a summary of the local authority's involvement, including the
        reason the case closed? The report is due on 8 January.

        Kind regards
        Megan Fairweather
        Family Court Adviser, Cafcass
        """,
      why="Consent is attached, so consent is provided and the court_report basis is left null; level 2 about a closed case: IRR queue.")

    M(slug="school-office-urgent-consent-wrenfield", utc="2026-12-08 08:33:46",
      frm=("Castlemead Academy Office", "office@castlemead.kestrelford.sch.uk"), via="outlook",
      subject="URGENT - Toby Wrenfield - information needed before Friday", lv=2, cons="provided",
      subj=["720472"],
      body="""
        Dear Sir/Madam,

        URGENT

        We are holding a review of Toby Wrenfield's (DOB 29/11/2011) managed move on Friday.
        Toby's mother has given written consent for the school to request information. We
        would like to know what support social care provided and why the case was closed last
        week, so the review can take it into account.

        Castlemead Academy
        Pastoral Office | 0161 496 0820
        """,
      why="'URGENT' for a school review meets no criterion; written consent given; level 2 about a closed case: IRR queue plus a request for a personal address (generic non-secure office).")

    M(slug="police-nameonly-osei-online-contact", utc="2026-12-11 16:02:19",
      frm=("DC Stuart Benn", "stuart.benn@wessexshire.police.uk"),
      subject="Amara Osei - online contact report", lv=2, cons="provided", concern=True, subj=["720095"],
      body="""
        Good afternoon,

        I'm investigating a report that an adult male has been messaging Amara Osei through an
        online game. Amara and her mum are visiting family in Wessexshire this month. Mum has
        consented to me contacting you.

        Could you let me know what involvement Kestrelford has with Amara, who her worker is,
        and whether there have been any previous concerns about online safety?

        DC Stuart Benn
        Online Child Sexual Exploitation Team
        Wessexshire Constabulary | 0117 496 0545
        """,
      why="Name alone matches one open record; asks for involvement and previous concerns (level 2) with mum's consent: allocated worker with a case note.")

    M(slug="council-housing-ambiguous-cartwright", utc="2026-12-18 12:27:33",
      frm=("Kemi Obi", "kemi.obi@kestrelford.gov.uk"), via="own",
      subject="Ryan Cartwright - social worker?", lv=1, cons="missing",
      subj=["720449", "720450"], status="ambiguous",
      body="""
        Hi,

        I'm the tenancy sustainment officer for the Cartwright household on Beech Road. Mum
        says Ryan Cartwright has a social worker - could you tell me who that is so I can
        invite them to a meeting in January?

        Thanks
        Kemi Obi
        Tenancy Sustainment, Kestrelford Council
        """,
      why="Two records named Ryan Cartwright and no date of birth: ambiguous_match, exceptions.")

    M(slug="police-christmas-eve-l1-pryce", utc="2026-12-24 15:00:52",
      frm=("DC Mariam Hussain", "mariam.hussain@northmoor.police.uk"),
      subject="Dylan PRYCE 19/07/2011 - social worker details", lv=1, cons="missing", concern=True,
      subj=["720138"],
      body="""
        Hi

        Dylan PRYCE (19/07/2011) was reported missing by his dad yesterday and returned home
        this morning. He has now been seen and is safe and well. I need to pass the return
        home interview details to his social worker. Could you let me know who that is and
        how to contact them?

        Merry Christmas
        DC Mariam Hussain
        Missing Persons Unit, Northmoor Police
        """,
      why="Level-1 question about an open case (the child is back home and safe, so no urgency) from a secure police address; received Christmas Eve, acknowledgement due Tuesday 29 December after the Christmas and Boxing Day holidays.")

    M(slug="westbury-mash-nye-strategy-northcott-bella", utc="2026-12-31 16:30:08",
      frm=("Westbury MASH", "mash@westbury.gov.uk"), via="outlook",
      subject="S47 strategy discussion Monday 4 January - Bella Northcott 22/08/2014", lv=2, cons="not_required",
      basis="s47", urg="s47_strategy", concern=True, subj=["720490"],
      body="""
        Dear CASS

        Bella Northcott (22/08/2014) now lives in Westbury with her father. Her school
        reported on the last day of term that she disclosed being locked in her room without
        food for a weekend. A Section 47 strategy discussion is arranged for Monday 4 January
        and we are waiting for your history to hold it.

        Please send the reasons for your previous involvement, dates of any plans and why the
        case closed.

        Westbury MASH
        Westbury Council | 0161 496 0550
        """,
      why="Another local authority is waiting for the history to hold a S47 strategy discussion: urgent, consent not required; closed case: IRR queue, marked urgent; received New Year's Eve, acknowledgement due Monday 4 January.")

    M(slug="youthzone-15yo-consent-wrenfield", utc="2027-01-12 18:44:29",
      frm=("Reece Bailey", "r.bailey@kestrelfordyouthzone.org.uk"), via="outlook",
      subject="Toby Wrenfield 29/11/2011", lv=2, cons="missing", subj=["720472"],
      body="""
        Hi,

        Toby Wrenfield (29/11/2011) has started coming to our mentoring programme at Kestrelford
        YouthZone. He's 15 and has told me he's happy for us to find out about the support he
        had from social care so that we don't repeat things that didn't work for him.

        Could you share what support he had and why it ended?

        Thanks
        Reece Bailey
        Youth Mentor, Kestrelford YouthZone
        """,
      why="Only the 15-year-old agreed, which is not consent; level 2 on a closed case with no basis: request consent and save a case note, no reference.")

    M(slug="dwp-closure-sutcliffe-archie", utc="2027-01-19 11:56:38",
      frm=("Martin Tait", "martin.tait@dwp.gov.uk"), via="outlook",
      subject="Archie Sutcliffe (14.09.2009)", lv=1, cons="missing", subj=["720083"],
      body="""
        Dear Sir/Madam,

        Archie Sutcliffe (14.09.2009) has made a claim for Universal Credit as a 17-year-old
        living independently. To check his eligibility please confirm whether he is currently
        open to children's social care and, if his case has closed, the date of closure.

        Yours faithfully
        M Tait
        Work Coach, Kestrelford Jobcentre
        Department for Work and Pensions
        """,
      why="Asks only whether the case is open and when it closed; closed case, secure personal address: level-1 reply.")

    M(slug="police-dad-refused-sh-kaminski", utc="2027-02-03 08:26:11",
      frm=("DS Lorna Quigley", "lorna.quigley@northmoor.police.uk"),
      subject="Leo KAMINSKI 02/12/2015 - assault by parent - urgent", lv=2, cons="not_required",
      basis="significant_harm", urg="significant_harm", concern=True, subj=["720071"],
      body="""
        Good morning,

        Leo KAMINSKI (02/12/2015) arrived at school today with a split lip and told his
        teaching assistant his dad punched him. Dad refused consent when we spoke to him.

        I believe Leo is at risk of significant harm and need, today, details of your current
        involvement, his plan and any previous incidents involving dad, to inform the joint
        investigation.

        DS Lorna Quigley
        Child Abuse Investigation Team
        Northmoor Police | 0161 496 0377
        """,
      why="Dad refused consent but police show risk of significant harm and need it today: consent not required, urgent; open case: allocated worker with a case note, marked urgent.")

    M(slug="followup-2027-000021-camhs-update", utc="2027-02-10 10:40:12", cat="follow_up",
      frm=("Kestrelford CAMHS", "camhs.referrals@nhs.net"), related="CASS-2027-000021",
      subject="Additional information for your ref CASS-2027-000021",
      subj=[],
      body="""
        Dear CASS,

        Further to our request under reference CASS-2027-000021: Kai was seen again yesterday
        and his parents have now signed our consent form, so please treat the request as
        having parental consent.

        Kind regards
        CAMHS Single Point of Access
        """,
      why="Carries a reference the tracker holds: follow-up to the reference owner, no new reference.")

    M(slug="youth-theatre-info-closed-gascoigne", utc="2027-03-05 13:18:44",
      frm=("Riverside Youth Theatre", "info@riversideyouththeatre.co.uk"), via="google",
      subject="Tilly Gascoigne (born 3 March 2014)", lv=1, cons="missing", subj=["720218"],
      body="""
        Hello,

        Tilly Gascoigne, born 3 March 2014, is in our spring production. Her previous
        chaperone arrangements were agreed with her social worker. Is Tilly's case still
        open, or has it been closed? If closed, when?

        Best wishes
        Riverside Youth Theatre
        """,
      why="A closure-date question about a closed case from a generic non-secure address: level-1 route with a request for a personal address.")

    M(slug="police-late-night-easter-lockwood", utc="2027-03-25 23:30:27",
      frm=("PC Hannah Ellery", "hannah.ellery@northmoor.police.uk"),
      subject="Evie Lockwood 19/01/2015 - incident tonight - history needed", lv=2, cons="not_required",
      basis="significant_harm", urg="significant_harm", concern=True, subj=["720438"],
      body="""
        Hi,

        I'm with Evie Lockwood (19/01/2015) at her mother's address in Kestrelford. Mum was
        found unconscious after taking an overdose; Evie called 999 herself. Mum has gone to
        hospital and Evie is with a neighbour.

        I need to know urgently whether there's any history with the family and who Evie's
        father is, so we can decide tonight where she can safely stay. I believe she is at
        risk of significant harm if we get this wrong.

        PC 2814 Hannah Ellery
        Northmoor Police
        """,
      why="Police need the history tonight to keep a child safe: urgent significant_harm, consent not required; closed case: IRR queue, marked urgent; received Thursday 25 March, acknowledgement due Tuesday 30 March after Easter.")

    M(slug="hv-siblings-consent-whitfield", utc="2027-04-08 09:48:03",
      frm=("Kate Mbeki", "kate.mbeki@nhs.net"),
      subject="Kayden and Poppy Whitfield - info request", lv=2, cons="provided", subj=["720011", "720012"],
      body="""
        Good morning,

        I'm the new school nurse for Larkhill Primary. Mum (Stacey Whitfield) has asked me to
        support Kayden (03/06/2014) and Poppy (21/11/2017) with sleep and toileting, and has
        given consent for me to contact you.

        Could you tell me what the current plan is for the children and what involvement you
        have, so I can fit in with it?

        Thanks
        Kate Mbeki
        School Nurse, Kestrelford Community Health
        07700 900722
        """,
      why="Mum consented; level 2 about two open siblings: allocated worker with case notes on both.")

    M(slug="thornbury-s47-ni-personal-interest-greer", utc="2027-04-13 14:07:45",
      frm=("Yusuf Adebayo", "yusuf.adebayo@thornbury.gov.uk"), via="outlook",
      subject="Callum Greer 14/02/2011 - strategy discussion tomorrow", lv=2, cons="not_required", basis="s47",
      urg="s47_strategy", concern=True, subj=["720337"],
      body="""
        Dear CASS,

        Callum Greer (14/02/2011) was found by police yesterday at a Thornbury address linked
        to county lines activity. We are holding a Section 47 strategy discussion tomorrow at
        2pm and need Kestrelford's involvement, his current plan and any known risks before
        then.

        Yusuf Adebayo
        Team Manager, Thornbury Assessment Team
        020 7946 0749
        """,
      why="A personal-interest record (area NI) with another LA waiting for a S47 strategy discussion: restricted route, plain acknowledgement, notify and mark urgent.")


# ---------------------------------------------------------------- labels
FIELDS = ["file", "mailbox", "category", "urgent", "urgency_reason", "irr_level", "consent", "consent_basis",
          "concern", "reply_address", "address_verdict", "case_status", "subjects", "route", "actions",
          "case_notes", "has_reference", "reference_prefix", "related_reference", "due_acknowledge",
          "due_response", "exception", "acceptable", "why"]


def label(m: dict, fname: str) -> dict:
    when = dt.datetime.fromisoformat(m["utc"]).replace(tzinfo=UTC)
    local_day = when.astimezone(LON).date()
    from_addr = m["frm"][1]
    L = dict(file=fname, mailbox="cass", category=m.get("cat", "information_request"), urgent=bool(m.get("urg")),
             urgency_reason=m.get("urg"), irr_level=m.get("lv"), consent=m.get("cons"), consent_basis=m.get("basis"),
             concern=m.get("concern", False))
    exc = None
    rt = m.get("reply_to")
    rt_addr = re.search(r"<([^>]+)>", rt).group(1) if rt and "<" in rt else rt
    if m.get("auth", "pass") != "pass" and not m.get("cat") == "automated":
        exc = "sender_not_authenticated"
    if rt_addr and registrable(rt_addr.rsplit("@", 1)[1].lower()) != registrable(from_addr.rsplit("@", 1)[1].lower()):
        exc = exc or "reply_to_mismatch"
        reply = from_addr.lower()
    else:
        reply = (rt_addr or from_addr).lower()
    L["reply_address"] = reply
    L["address_verdict"] = verdict(reply)
    subs = sorted(m.get("subj", []))
    restricted = [s for s in subs if CASES[s]["restriction"]]
    if "status" in m:
        status = m["status"]
    elif not subs:
        status = None
    elif restricted:
        status = "restricted"
    elif any(CASES[s]["status"] == "open" for s in subs):
        status = "open"
    else:
        status = "closed"
    cat = L["category"]
    route, actions, notes, related = None, [], [], m.get("related")
    if cat == "information_request":
        if status == "ambiguous":
            exc = exc or "ambiguous_match"
        if status is None:
            exc = exc or "no_subject_identified"
        if exc:
            route = "exceptions"
        elif status == "restricted":
            route, actions = "restricted", ["acknowledge", "notify"]
        elif status == "not_known" or m["lv"] == 1:
            route, actions = "level1_reply", ["acknowledge", "level1_response"]
            v = L["address_verdict"]
            if v == "generic_nonsecure":
                actions = ["acknowledge", "request_personal_address"]
            elif v in ("personal_nonsecure", "invalid"):
                route, actions, exc = "exceptions", ["acknowledge"], "nonsecure_address"
        elif status == "open":
            route, actions, notes = "allocated_worker", ["acknowledge", "notify", "save_case_note"], subs
        elif status == "closed":
            if m["cons"] in ("provided", "not_required"):
                route, actions = "irr_queue", ["acknowledge", "notify"]
            else:
                route, actions, notes = "none", ["request_consent", "save_case_note"], subs
        if route in ("allocated_worker", "irr_queue") and L["address_verdict"] == "generic_nonsecure":
            actions.append("request_personal_address")
    elif cat == "follow_up":
        status = None
        if m.get("unknown_ref"):
            exc = exc or "unknown_reference"
        route, actions = ("exceptions", []) if exc else ("reference_owner", ["notify"])
    elif cat == "automated":
        status, route, exc = None, "none", None
    has_ref = route not in ("none", "exceptions", "reference_owner")
    if L["urgent"] and has_ref:
        actions.append("mark_urgent")
    L.update(case_status=status, subjects=[] if status == "ambiguous" else subs, route=route,
             actions=sorted(set(actions)), case_notes=sorted(notes), has_reference=has_ref,
             reference_prefix="CASS" if has_ref else None, related_reference=related,
             due_acknowledge=working_day_after(local_day, 1).isoformat() if "acknowledge" in actions else None,
             due_response=None, exception=exc)
    acc = dict(m.get("acc", {}))
    if status == "ambiguous":
        acc.setdefault("subjects", [[], subs])
    if exc == "no_subject_identified":
        acc.setdefault("case_status", [None, "not_known"])
    if cat == "follow_up":
        acc.setdefault("case_status", [None, "not_known"])
        if m.get("unknown_ref"):
            acc.setdefault("related_reference", [related, None])
    if cat == "automated":
        acc.setdefault("reply_address", [reply, None])
    if "concern" in acc:
        assert L["concern"] in acc["concern"]
    L["acceptable"] = acc
    L["why"] = m["why"]
    out = {k: L[k] for k in FIELDS if not (k == "acceptable" and not L[k])}
    return out


def main():
    define(M)
    MSGS.sort(key=lambda m: m["utc"])
    (HERE / "cass").mkdir(exist_ok=True)
    for old in (HERE / "cass").glob("*.eml"):
        old.unlink()
    labels = []
    for i, m in enumerate(MSGS, 1):
        fname = f"cass/{i:03d}_{m['slug']}.eml"
        (HERE / fname).write_text(render(m, i), encoding="utf-8", newline="\n")
        labels.append(label(m, fname))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for L in labels:
            f.write(json.dumps(L, ensure_ascii=False) + "\n")
    print(f"{len(MSGS)} messages written")


if __name__ == "__main__":
    main()
