"""Fixtures for the console tests: a migrated store, cheap password hashing, and Debian's
Chromium driven headless by Playwright.

The browser is the one scripts/install-chromium.sh installs, launched by its path: Playwright's
own browser download (`playwright install`) cannot work on a closed network.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from playwright.sync_api import Browser, Page, Playwright, sync_playwright
from sqlalchemy import Engine

from mailbot.console import auth
from mailbot.store.db import make_engine, upgrade
from tests.console.rig import crig  # noqa: F401  (a fixture: a store with real decisions)

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium keeps trying Google's hosts, which this
# machine's closed network refuses; --no-sandbox because the tests run as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000  # a local page that takes longer than this is a failure, not a slow pass


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    pw = sync_playwright().start()
    try:
        yield pw
    finally:
        pw.stop()


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """One headless Chromium for the whole session (a launch takes about a second)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `sh scripts/install-chromium.sh`")
    chromium = playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    try:
        yield chromium
    finally:
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page in its own context: no cookies or storage carried between tests."""
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An engine on a migrated, empty SQLite file store."""
    url = f"sqlite:///{tmp_path / 'console.sqlite3'}"
    upgrade(url)
    eng = make_engine(url)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> Iterator[PasswordHasher]:
    """Still argon2id, with the cheapest parameters: a default hash takes 64 MiB and a fifth of
    a second, which over a suite of sign-ins is minutes for nothing."""
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(auth, "_hasher", hasher)
    auth._dummy_hash.cache_clear()
    yield hasher
    auth._dummy_hash.cache_clear()  # the next test may hash with other parameters
