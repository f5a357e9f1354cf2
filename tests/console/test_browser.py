"""The browser setup works: Playwright drives Debian's Chromium against pages on loopback, and
the vendored GOV.UK Frontend and htmx load in it."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Response

STATIC = Path(__file__).resolve().parents[2] / "mailbot" / "console" / "static"

PAGE = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Smoke</title></head>
<body><h1>mailbot</h1><button id="go">Go</button><p id="out"></p>
<script>document.getElementById("go").onclick = () => {
  document.getElementById("out").textContent = "clicked"; };</script>
</body></html>"""


GOVUK_PAGE = """<!doctype html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>GOV.UK</title>
<link rel="stylesheet" href="/static/govuk/govuk-frontend.min.css">
<script src="/static/htmx.min.js" defer></script></head>
<body class="govuk-template__body"><main class="govuk-main-wrapper">
<h1 class="govuk-heading-l">Exceptions</h1>
<button class="govuk-button" data-module="govuk-button">Release</button>
</main></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean


def _serve(handler: type[BaseHTTPRequestHandler] | functools.partial[Any]) -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture
def server() -> Iterator[str]:
    yield from _serve(_Handler)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def static_site(tmp_path: Path) -> Iterator[str]:
    """A page using the vendored files, served as the console serves them: under /static/."""
    (tmp_path / "static").symlink_to(STATIC)
    (tmp_path / "index.html").write_text(GOVUK_PAGE)
    yield from _serve(functools.partial(_Quiet, directory=str(tmp_path)))


def test_playwright_reads_and_clicks_a_local_page(page: Page, server: str) -> None:
    response = page.goto(server)
    assert response is not None and response.ok
    assert page.title() == "Smoke"
    assert page.locator("h1").inner_text() == "mailbot"
    page.click("#go")
    assert page.locator("#out").inner_text() == "clicked"


def test_the_vendored_front_end_loads(page: Page, static_site: str) -> None:
    failed: list[str] = []

    def check(response: Response) -> None:
        if response.status >= 400:
            failed.append(f"{response.status} {response.url}")

    page.on("response", check)
    page.on("requestfailed", lambda request: failed.append(f"failed {request.url}"))
    page.goto(static_site)
    page.wait_for_load_state("load")
    button = page.locator(".govuk-button")
    # the design system's green button, in Arial: GDS Transport is for GOV.UK only
    assert button.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(0, 112, 60)"
    font = page.locator("h1").evaluate("e => getComputedStyle(e).fontFamily")
    assert font.startswith("arial") and "GDS Transport" not in font
    assert page.evaluate("typeof htmx.ajax") == "function"
    version = page.evaluate(
        "import('/static/govuk/govuk-frontend.min.js').then(m => (m.initAll(), m.version))"
    )
    assert version == (STATIC / "VERSIONS.txt").read_text().split("govuk-frontend ")[1].split()[0]
    assert failed == []
