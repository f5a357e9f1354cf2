"""Sources and senders are built from the configuration as written (no server is contacted)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from mailbot.config import load_settings
from mailbot.senders.exchange import ExchangeSender
from mailbot.senders.folder import FolderSender
from mailbot.senders.smtp import SmtpSender
from mailbot.sources.exchange import ExchangeSource
from mailbot.sources.imap import ImapSource
from mailbot.sources.maildir import MaildirSource
from mailbot.wiring import build_sender, build_source

ROOT = Path(__file__).resolve().parents[2]


def settings_with(tmp_path: Path, **changes: object):  # type: ignore[no-untyped-def]
    data = yaml.safe_load((ROOT / "config" / "mailbot.example.yaml").read_text())
    for key, value in changes.items():
        target = data
        *path, last = key.split("__")
        for part in path:
            target = target[part]
        target[last] = value
    path = tmp_path / "mailbot.yaml"
    path.write_text(yaml.safe_dump(data))
    return load_settings(path)


def test_the_example_builds_maildir_sources_and_a_folder_sender(tmp_path: Path) -> None:
    settings = load_settings(ROOT / "config" / "mailbot.example.yaml")
    assert isinstance(build_source("cass", settings.mailboxes["cass"]), MaildirSource)
    assert isinstance(build_sender(settings), FolderSender)


def test_imap_exchange_and_smtp_from_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMAP_PW", "secret")
    (tmp_path / "ews-pw").write_text("ews-secret\n")
    settings = settings_with(
        tmp_path,
        mailboxes__cass__source={"type": "imap", "host": "imap.example.gov.uk", "username": "cass",
                                 "password": {"env": "IMAP_PW"}, "disabled_capabilities": ["idle"]},
        mailboxes__dcs__source={"type": "exchange", "endpoint": "https://mail.example.mod.uk/EWS/Exchange.asmx",
                                "username": "DOMAIN\\\\dcs", "password": {"file": str(tmp_path / "ews-pw")},
                                "primary_smtp_address": "dcyp-casework@mod.gov.uk", "version": "15.1.2507.6"},
        sender={"type": "smtp", "host": "smtp.example.gov.uk", "port": 587, "username": "cass",
                "password": {"env": "IMAP_PW"}},
    )  # fmt: skip
    imap = build_source("cass", settings.mailboxes["cass"])
    assert isinstance(imap, ImapSource) and "IDLE" in imap.disabled_capabilities
    assert isinstance(build_source("dcs", settings.mailboxes["dcs"]), ExchangeSource)
    assert isinstance(build_sender(settings), SmtpSender)
    exchange = settings_with(
        tmp_path,
        sender={"type": "exchange", "endpoint": "https://mail.example.mod.uk/EWS/Exchange.asmx",
                "username": "u", "password": {"env": "IMAP_PW"}, "primary_smtp_address": "a@mod.gov.uk"},
    )  # fmt: skip
    assert isinstance(build_sender(exchange), ExchangeSender)


def test_imap_needs_exactly_one_way_to_log_in(tmp_path: Path) -> None:
    from mailbot.config import ConfigError

    with pytest.raises(ConfigError, match="exactly one of 'password' or 'oauth2'"):
        settings_with(
            tmp_path, mailboxes__cass__source={"type": "imap", "host": "h", "username": "u"}
        )
