"""The console in a real browser: Debian's Chromium, headless, driven by Playwright.

Sign in, filter the queue, open an item, release it with a corrected child and see the
acknowledgement reach the SMTP capture; a business-support user cannot reach a restricted
item by list, count or URL; a form posted without its CSRF token is refused; a script in a
message's HTML never runs; the queue updates without a reload.

With MAILBOT_SCREENSHOTS=<folder> set, the main pages are saved there as PNG (the docs'
screenshots come from this run: scripts/console-screenshots.sh).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.console.rig import PASSWORD, ConsoleRig
from tests.fixtures.smtp import SmtpCapture
from tests.shell.mail import message

SHOTS = os.environ.get("MAILBOT_SCREENSHOTS")


def shot(page: Page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def sign_in(page: Page, crig: ConsoleRig, username: str, then: str = "/queue") -> None:
    page.goto(crig.served.url + then)
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    if username == "bs":
        shot(page, "sign-in")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def test_release_with_a_corrected_child_reaches_the_smtp_capture(
    page: Page, crig: ConsoleRig, smtp_capture: SmtpCapture
) -> None:
    sign_in(page, crig, "bs")
    expect(page.locator("#count-waiting")).to_have_text("2")
    shot(page, "queue")
    page.get_by_label("Reason").select_option("ambiguous_match")
    page.get_by_role("button", name="Apply filters").click()
    rows = page.locator("#queue-table tbody tr")
    expect(rows).to_have_count(1)
    rows.get_by_role("link").click()
    expect(page.get_by_role("heading", name=re.compile(r"^Item \d+"))).to_be_visible()
    expect(page.locator("#item-status")).to_contain_text("More than one child")
    shot(page, "item")
    page.get_by_label(re.compile(r"born 11 Feb 2015")).check()
    page.get_by_role("button", name="Check what will be sent").click()
    outgoing = page.locator(".console-outgoing")
    expect(outgoing).to_have_count(2)
    expect(outgoing.filter(has_text="dana.reeve@elmridge.police.uk")).to_have_count(1)
    expect(outgoing.filter(has_text="w.adeyemi@kestrelford.gov.uk")).to_have_count(1)
    shot(page, "release-preview")
    assert smtp_capture.messages == []  # the preview sends nothing
    page.get_by_role("button", name="Release and send").click()
    expect(page.locator("#done-message")).to_contain_text("released")
    reference = page.locator(".console-reference").inner_text()
    assert re.fullmatch(r"CASS-\d{4}-\d{6}", reference)

    crig.rig.run_once()  # the daemon carries out what the release planned
    acks = [m for m in smtp_capture.messages if m.rcpt_tos == ["dana.reeve@elmridge.police.uk"]]
    assert len(acks) == 1
    assert f"[{reference}]" in acks[0].message["Subject"]
    assert acks[0].message["Auto-Submitted"] == "auto-replied"

    page.goto(crig.served.url + "/queue")
    expect(page.locator("#count-waiting")).to_have_text("1")
    page.goto(crig.served.url + f"/tracker?reference={reference}")
    expect(page.locator("#tracker-summary")).to_contain_text("allocated worker")
    shot(page, "tracker")
    page.goto(crig.served.url + "/overview")
    expect(page.locator("svg.console-chart rect").first).to_be_attached()
    shot(page, "overview")


def test_business_support_cannot_reach_a_restricted_item(page: Page, crig: ConsoleRig) -> None:
    sign_in(page, crig, "bs")
    restricted = crig.items["restricted"]
    expect(page.locator("#count-waiting")).to_have_text("2")
    expect(page.locator(f'tr[data-item="{restricted}"]')).to_have_count(0)
    response = page.goto(crig.served.url + f"/items/{restricted}")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
    unknown = page.goto(crig.served.url + "/items/987654")
    assert unknown is not None and unknown.status == 404
    page.goto(crig.served.url + "/overview")
    expect(page.locator("#waiting")).to_have_text("2")


def test_the_sensitive_case_team_sees_the_restricted_item(page: Page, crig: ConsoleRig) -> None:
    sign_in(page, crig, "sct")
    expect(page.locator("#count-waiting")).to_have_text("3")
    page.locator(f'tr[data-item="{crig.items["restricted"]}"]').get_by_role("link").click()
    expect(page.get_by_text("Restricted case", exact=True)).to_be_visible()


def test_a_form_posted_without_its_csrf_token_is_refused(page: Page, crig: ConsoleRig) -> None:
    sign_in(page, crig, "bs")
    pk = crig.items["hostile"]
    refused = page.request.post(crig.served.url + f"/items/{pk}/mark", form={"as": "spam"})
    assert refused.status == 403
    page.goto(crig.served.url + "/queue")
    expect(page.locator(f'tr[data-item="{pk}"]')).to_have_count(1)  # still waiting


def test_a_script_in_a_message_never_runs(page: Page, crig: ConsoleRig) -> None:
    requested: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    sign_in(page, crig, "bs")
    page.goto(crig.served.url + f"/items/{crig.items['hostile']}")
    expect(page.locator("#message-body")).to_contain_text("Is Ellis Marr")
    page.locator("#message-body").get_by_text("Regards, Pat").click()
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.title() != "pwned"
    assert dialogs == []
    assert not [u for u in requested if "invalid" in u]
    assert page.locator("#message-body script, #message-body img, #message-body form").count() == 0


def test_the_queue_updates_without_a_reload(page: Page, crig: ConsoleRig) -> None:
    sign_in(page, crig, "bs")
    expect(page.locator("#count-waiting")).to_have_text("2")
    page.evaluate("() => { window.__sameDocument = true; }")
    # another message the rules hold: the same ambiguous name, from a new sender
    crig.rig.deliver(
        message(
            "Please tell us whether Jamie Hollis is known to you. Level 2 request; consent given.",
            subject="Information request - Jamie Hollis", sender="Kit Moss <kit.moss@elmridge.police.uk>",
        )
    )  # fmt: skip
    crig.rig.run_once()
    expect(page.locator("#count-waiting")).to_have_text("3", timeout=15_000)
    assert page.evaluate("() => window.__sameDocument === true")  # no reload happened


def test_signing_in_and_opening_an_item_work_from_the_keyboard(
    page: Page, crig: ConsoleRig
) -> None:
    page.goto(crig.served.url + "/queue")
    page.keyboard.press("Tab")
    assert (
        page.evaluate("() => document.activeElement.textContent.trim()") == "Skip to main content"
    )
    page.get_by_label("Username").focus()
    page.keyboard.type("bs")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.locator("#count-waiting")).to_have_text("2")
    link = page.locator("#queue-table a").first
    link.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=re.compile(r"^Item \d+"))).to_be_visible()


def test_pages_reflow_at_200_percent_zoom(page: Page, crig: ConsoleRig) -> None:
    """A 1280-pixel screen at 200% is a 640-pixel viewport: nothing may need sideways scrolling."""
    page.set_viewport_size({"width": 640, "height": 900})
    sign_in(page, crig, "bs")
    for path in ("/queue", f"/items/{crig.items['ambiguous']}", "/overview", "/tracker"):
        page.goto(crig.served.url + path)
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 200%"
