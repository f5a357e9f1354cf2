"""The console over HTTP: who sees what, CSRF, release, replies, marks, sanitising, audit.

A real SQLite file with decisions the daemon took, a real SMTP server (aiosmtpd) receiving
what the daemon's executor sends after a release. The browser tests are in
test_console_browser.py.
"""

from __future__ import annotations

import re

import httpx
from sqlalchemy import select

from mailbot.store.models import audit_log, decisions, effects, messages, tracker_entries
from tests.console.rig import PASSWORD, ConsoleRig, exception_of
from tests.fixtures.smtp import SmtpCapture


def client(crig: ConsoleRig, username: str | None = None) -> httpx.Client:
    c = httpx.Client(base_url=crig.served.url, follow_redirects=False, timeout=30)
    crig.clients.append(c)
    if username:
        login(c, username)
    return c


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def login(c: httpx.Client, username: str, password: str = PASSWORD) -> None:
    page = c.get("/login")
    r = c.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": csrf_of(page.text)},
    )
    assert r.status_code == 303, r.text


def queue_pks(html: str) -> set[int]:
    return {int(x) for x in re.findall(r'data-item="(\d+)"', html)}


def count(html: str, name: str) -> int:
    found = re.search(rf'id="count-{name}">(\d+)<', html)
    assert found
    return int(found.group(1))


def test_every_page_needs_a_signed_in_session(crig: ConsoleRig) -> None:
    c = client(crig)
    for path in ("/queue", "/overview", "/tracker", "/audit", f"/items/{crig.items['ambiguous']}"):
        r = c.get(path)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_a_wrong_password_gets_the_generic_message(crig: ConsoleRig) -> None:
    c = client(crig)
    page = c.get("/login")
    r = c.post(
        "/login",
        data={"username": "bs", "password": "wrong password!!", "csrf_token": csrf_of(page.text)},
    )
    assert r.status_code == 401
    assert "Enter a correct username and password" in r.text


def test_business_support_never_learns_of_a_restricted_item(crig: ConsoleRig) -> None:
    c = client(crig, "bs")
    restricted = crig.items["restricted"]
    page = c.get("/queue")
    assert queue_pks(page.text) == {crig.items["ambiguous"], crig.items["hostile"]}
    assert count(page.text, "waiting") == 2
    missing = c.get("/items/999999")
    guessed = c.get(f"/items/{restricted}")
    assert guessed.status_code == missing.status_code == 404
    assert guessed.text == missing.text
    assert c.get(f"/items/{restricted}/attachments/0").status_code == 404
    r = c.post(f"/items/{restricted}/mark", data={"csrf_token": csrf_of(page.text), "as": "spam"})
    assert r.status_code == 404
    assert "Restricted" not in c.get("/queue?reason=sender_not_authenticated").text
    overview = c.get("/overview").text
    assert re.search(r'id="waiting">2<', overview)
    assert re.search(r'id="intake-today">2<', overview)


def test_the_sensitive_case_team_and_the_lock_owner_see_it(crig: ConsoleRig) -> None:
    restricted = crig.items["restricted"]
    sct = client(crig, "sct")
    assert restricted in queue_pks(sct.get("/queue").text)
    assert count(sct.get("/queue").text, "waiting") == 3
    page = sct.get(f"/items/{restricted}")
    assert page.status_code == 200 and "Restricted case" in page.text
    owner = client(crig, "owner")
    assert queue_pks(owner.get("/queue").text) == {restricted}
    # a team manager sees the items on their team's cases, not the others
    tm = client(crig, "tm")
    assert queue_pks(tm.get("/queue").text) == {crig.items["ambiguous"], crig.items["hostile"]}


def test_a_form_without_its_csrf_token_is_refused(crig: ConsoleRig) -> None:
    c = client(crig, "bs")
    pk = crig.items["ambiguous"]
    for data in ({"as": "spam"}, {"as": "spam", "csrf_token": "forged"}):
        r = c.post(f"/items/{pk}/mark", data=data)
        assert r.status_code == 403
    with crig.engine.connect() as conn:
        assert (
            conn.execute(select(messages.c.resolution).where(messages.c.id == pk)).scalar() is None
        )


def test_release_with_the_right_child_sends_what_the_preview_showed(
    crig: ConsoleRig, smtp_capture: SmtpCapture
) -> None:
    c = client(crig, "bs")
    pk = crig.items["ambiguous"]
    page = c.get(f"/items/{pk}")
    assert "700001" in page.text and "700002" in page.text  # both candidates offered
    token = csrf_of(page.text)
    preview = c.post(f"/items/{pk}/release", data={"csrf_token": token, "person_id": "700001"})
    assert preview.status_code == 200
    assert "w.adeyemi@kestrelford.gov.uk" in preview.text  # the notification's recipient
    assert "dana.reeve@elmridge.police.uk" in preview.text  # the acknowledgement's
    with crig.engine.connect() as conn:  # nothing happened yet
        assert (
            conn.execute(select(messages.c.resolution).where(messages.c.id == pk)).scalar() is None
        )
    done = c.post(
        f"/items/{pk}/release",
        data={"csrf_token": token, "person_id": "700001", "confirm": "yes"},
    )
    assert done.status_code == 303
    assert exception_of(crig.engine, pk) is None
    with crig.engine.connect() as conn:
        decision = conn.execute(select(decisions).where(decisions.c.message_pk == pk)).one()
        assert decision.route == "allocated_worker" and decision.reference
        assert (
            conn.execute(
                select(tracker_entries.c.route).where(
                    tracker_entries.c.reference == decision.reference
                )
            ).scalar()
            == "allocated_worker"
        )
    assert pk not in queue_pks(c.get("/queue").text)
    again = c.post(
        f"/items/{pk}/release", data={"csrf_token": token, "person_id": "700001", "confirm": "yes"}
    )
    assert again.status_code == 409  # settled once; a second click is refused
    crig.rig.run_once()  # the daemon's executor carries the effects out
    sent = {tuple(m.rcpt_tos): m.message for m in smtp_capture.messages}
    ack = sent[("dana.reeve@elmridge.police.uk",)]
    assert f"[{decision.reference}]" in ack["Subject"]
    assert ack["Auto-Submitted"] == "auto-replied"
    assert any("w.adeyemi@kestrelford.gov.uk" in rcpts for rcpts in sent)
    assert len(smtp_capture.messages) == 2  # acknowledgement and notification, once each


def test_a_release_still_held_is_refused_and_changes_nothing(crig: ConsoleRig) -> None:
    c = client(crig, "bs")
    pk = crig.items["ambiguous"]
    token = csrf_of(c.get(f"/items/{pk}").text)
    preview = c.post(f"/items/{pk}/release", data={"csrf_token": token})  # no child chosen
    assert "It would still be held" in preview.text
    r = c.post(f"/items/{pk}/release", data={"csrf_token": token, "confirm": "yes"})
    assert r.status_code == 409
    assert exception_of(crig.engine, pk) == "ambiguous_match"


def test_a_template_reply_is_previewed_then_sent_once(
    crig: ConsoleRig, smtp_capture: SmtpCapture
) -> None:
    c = client(crig, "bs")
    pk = crig.items["hostile"]
    token = csrf_of(c.get(f"/items/{pk}").text)
    preview = c.post(f"/items/{pk}/reply", data={"csrf_token": token, "kind": "request_consent"})
    assert preview.status_code == 200 and "pat.quill@elmridge.police.uk" in preview.text
    r = c.post(
        f"/items/{pk}/reply",
        data={"csrf_token": token, "kind": "request_consent", "confirm": "yes"},
    )
    assert r.status_code == 303
    crig.rig.run_once()
    assert [m.rcpt_tos for m in smtp_capture.messages] == [["pat.quill@elmridge.police.uk"]]


def test_marking_spam_takes_it_off_the_queue_and_sends_nothing(
    crig: ConsoleRig, smtp_capture: SmtpCapture
) -> None:
    c = client(crig, "bs")
    pk = crig.items["hostile"]
    token = csrf_of(c.get(f"/items/{pk}").text)
    assert c.post(f"/items/{pk}/mark", data={"csrf_token": token, "as": "spam"}).status_code == 303
    assert pk not in queue_pks(c.get("/queue").text)
    crig.rig.run_once()
    assert smtp_capture.messages == []


def test_message_html_is_sanitised(crig: ConsoleRig) -> None:
    c = client(crig, "bs")
    r = c.get(f"/items/{crig.items['hostile']}")
    body = r.text.split('id="message-body"', 1)[1].split("</div>", 1)[0]
    assert "Is Ellis Marr" in body
    for bad in ("<script", "onerror", "onclick", "<img", "javascript:", "<form", "<input",
                "tracker.invalid"):  # fmt: skip
        assert bad not in body.lower(), bad
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_views_and_actions_are_in_the_audit_log_which_only_administrators_read(
    crig: ConsoleRig,
) -> None:
    bs = client(crig, "bs")
    pk = crig.items["ambiguous"]
    bs.get(f"/items/{pk}")
    assert bs.get("/audit").status_code == 404
    admin = client(crig, "admin")
    page = admin.get("/audit")
    assert page.status_code == 200 and "view item" in page.text
    export = admin.get("/audit.csv")
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv")
    lines = export.text.strip().splitlines()
    assert lines[0].startswith("id,at,username")
    assert any(",bs,business_support,view_item," in line and f",{pk}," in line for line in lines)
    with crig.engine.connect() as conn:
        actions = set(conn.execute(select(audit_log.c.action)).scalars())
    assert {"login", "view_item", "export_audit"} <= actions
    assert PASSWORD not in export.text


def test_the_tracker_view_shows_status_without_personal_data(crig: ConsoleRig) -> None:
    c = client(crig, "bs")
    pk = crig.items["ambiguous"]
    token = csrf_of(c.get(f"/items/{pk}").text)
    c.post(
        f"/items/{pk}/release", data={"csrf_token": token, "person_id": "700001", "confirm": "yes"}
    )
    with crig.engine.connect() as conn:
        reference = conn.execute(
            select(decisions.c.reference).where(decisions.c.message_pk == pk)
        ).scalar()
    page = c.get(f"/tracker?reference={reference.lower()}")
    assert page.status_code == 200 and reference in page.text
    section = page.text.split('id="tracker-reference"', 1)[1]
    for personal in ("Jamie", "Hollis", "700001", "dana.reeve", "w.adeyemi"):
        assert personal not in section
    assert "No reference" in c.get("/tracker?reference=CASS-1999-000001").text


def test_failed_effects_can_be_retried(crig: ConsoleRig) -> None:
    from sqlalchemy import update

    pk = crig.items["hostile"]
    with crig.engine.begin() as conn:
        conn.execute(
            update(effects).where(effects.c.message_pk == pk).values(state="failed", attempts=12)
        )
    c = client(crig, "bs")
    page = c.get(f"/items/{pk}")
    r = c.post(f"/items/{pk}/retry", data={"csrf_token": csrf_of(page.text)})
    assert r.status_code == 303
    with crig.engine.connect() as conn:
        states = set(
            conn.execute(select(effects.c.state).where(effects.c.message_pk == pk)).scalars()
        )
    assert states == {"pending"}


def test_single_sign_on_header_is_believed_only_from_a_trusted_proxy(crig: ConsoleRig) -> None:
    from tests.console.rig import Served

    trusted = crig.settings.model_copy(
        update={
            "console": crig.settings.console.model_copy(
                update={"trusted_proxy_header": "X-Remote-User"}
            )
        }
    )
    untrusted = crig.settings.model_copy(
        update={"console": trusted.console.model_copy(update={"trusted_proxies": ["10.9.9.9"]})}
    )
    for settings, expected in ((trusted, 200), (untrusted, 303)):
        served = Served(settings, crig.engine)
        try:
            with httpx.Client(base_url=served.url, follow_redirects=False) as c:
                r = c.get("/queue", headers={"X-Remote-User": "BS"})
                assert r.status_code == expected
                if expected == 200:
                    assert count(r.text, "waiting") == 2  # signed in as bs, with bs's view
                    assert c.get("/queue").status_code == 200  # the session cookie carries on
        finally:
            served.stop()
    with crig.engine.connect() as conn:
        assert conn.execute(
            select(audit_log.c.username).where(audit_log.c.action == "login_sso")
        ).scalars().all() == ["bs"]
