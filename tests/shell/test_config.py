"""Configuration: validated on load, errors name the file, the line and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.config import ConfigError, Secret, load_settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "config" / "mailbot.example.yaml"


def test_the_shipped_example_is_complete_and_valid() -> None:
    settings = load_settings(EXAMPLE)
    assert set(settings.mailboxes) == {"cass", "dcs"}
    assert settings.mailboxes["cass"].reference_prefix == "CASS"
    assert settings.mailboxes["dcs"].trusted_authserv_ids == ["relay.mod.gov.uk"]
    assert "police.uk" in settings.secure_domains and "mash" in settings.role_words
    assert settings.ofsted_duplicate_window_days == 90 and settings.region == "england-and-wales"
    # relative paths are taken from the file's folder, so it works from any directory
    assert settings.state_dir == ROOT / "var"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_error_names_file_line_and_key(tmp_path: Path) -> None:
    text = EXAMPLE.read_text().replace(
        "ofsted_duplicate_window_days: 90", "ofsted_duplicate_window_days: soon"
    )
    path = _write(tmp_path, text)
    line = next(
        i for i, t in enumerate(text.splitlines(), 1) if "ofsted_duplicate_window_days" in t
    )
    with pytest.raises(ConfigError) as err:
        load_settings(path)
    assert f"{path}:{line}: ofsted_duplicate_window_days:" in str(err.value)


def test_nested_keys_and_unknown_keys(tmp_path: Path) -> None:
    text = EXAMPLE.read_text().replace("reference_prefix: DCS", "reference_prefix: dcs-lower")
    text = text.replace("region: england-and-wales", "region: england-and-wales\nregoin: typo")
    with pytest.raises(ConfigError) as err:
        load_settings(_write(tmp_path, text))
    message = str(err.value)
    assert "mailboxes.dcs.reference_prefix" in message
    assert "regoin: Extra inputs are not permitted" in message


def test_two_mailboxes_cannot_share_a_prefix(tmp_path: Path) -> None:
    text = EXAMPLE.read_text().replace("reference_prefix: DCS", "reference_prefix: CASS")
    with pytest.raises(ConfigError, match="share the reference prefix"):
        load_settings(_write(tmp_path, text))


def test_not_yaml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"bad\.yaml:2: not valid YAML"):
        load_settings(_write(tmp_path, "a: [1,\nb: }"))


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "nope.yaml")


def test_secrets_come_from_the_environment_or_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MB_TEST_SECRET", "s3cret")
    assert Secret(env="MB_TEST_SECRET").reveal() == "s3cret"
    (tmp_path / "pw").write_text("from-file\n")
    assert Secret(file=str(tmp_path / "pw")).reveal() == "from-file"
    with pytest.raises(ValueError, match="exactly one"):
        Secret()
    monkeypatch.delenv("MB_TEST_SECRET")
    with pytest.raises(ConfigError, match="MB_TEST_SECRET is not set"):
        Secret(env="MB_TEST_SECRET").reveal()
