"""Running under systemd: the sd_notify client, and the unit file with its hardening.

The notify tests bind a real AF_UNIX datagram socket, as systemd does, and read what arrives.
The unit tests read systemd/mailbot.service itself; the security figure comes from the real
`systemd-analyze` (installed by scripts/install-systemd-tools.sh; missing in CI is a failure).
The sandbox tests run mailbot under the unit's MemoryDenyWriteExecute= and SystemCallFilter=,
applied with the same kernel mechanisms (prctl PR_SET_MDWE, a libseccomp filter), because a
filter that breaks Python would otherwise only show on the production server.
"""

from __future__ import annotations

import configparser
import ctypes.util
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from mailbot import service

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "systemd" / "mailbot.service"
EXAMPLE_CONFIG = ROOT / "config" / "mailbot.example.yaml"
EXAMPLE_MAIL = ROOT / "config" / "example" / "mail" / "cass"
MAX_EXPOSURE = 2.0


# --- sd_notify over a real datagram socket -------------------------------------------------


class Listener:
    """systemd's end of $NOTIFY_SOCKET: a bound AF_UNIX datagram socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def receive(self) -> str:
        return self.sock.recv(4096).decode("utf-8")

    def nothing_waiting(self) -> bool:
        self.sock.settimeout(0)  # a timeout makes recv wait even with MSG_DONTWAIT
        try:
            self.sock.recv(4096)
        except BlockingIOError:
            return True
        finally:
            self.sock.settimeout(2)
        return False


@pytest.fixture
def no_systemd_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def path_listener(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_systemd_env: None
) -> Iterator[Listener]:
    path = tmp_path / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(path))
        sock.settimeout(2)
        monkeypatch.setenv("NOTIFY_SOCKET", str(path))
        yield Listener(sock)


@pytest.fixture
def abstract_listener(monkeypatch: pytest.MonkeyPatch, no_systemd_env: None) -> Iterator[Listener]:
    name = f"mailbot-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(2)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        yield Listener(sock)


def test_ready_watchdog_status_stopping_arrive_as_exact_datagrams(path_listener: Listener) -> None:
    assert service.notify_ready()
    assert service.notify_watchdog()
    assert service.notify_status("working processed=3 exceptions=1")
    assert service.notify_stopping()
    got = [path_listener.receive() for _ in range(4)]
    assert got == ["READY=1", "WATCHDOG=1", "STATUS=working processed=3 exceptions=1", "STOPPING=1"]
    assert path_listener.nothing_waiting()


def test_abstract_socket_named_with_at_sign(abstract_listener: Listener) -> None:
    assert service.notify_ready()
    assert abstract_listener.receive() == "READY=1"


def test_status_cannot_inject_another_assignment(path_listener: Listener) -> None:
    service.notify_status("working\nREADY=1\r\nSTOPPING=1")
    assert path_listener.receive() == "STATUS=working READY=1 STOPPING=1"


def test_everything_is_a_no_op_without_notify_socket(no_systemd_env: None) -> None:
    assert service.notify_ready() is False
    assert service.notify_watchdog() is False
    assert service.notify_status("idle") is False
    assert service.notify_stopping() is False
    assert service.watchdog_interval() is None


def test_a_vanished_socket_is_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_systemd_env: None
) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "gone"))
    assert service.notify_watchdog() is False


def test_status_text_carries_codes_and_counts_only() -> None:
    assert service.status_text("backlog", {"waiting": 40, "processed": 12}) == (
        "backlog waiting=40 processed=12"
    )
    assert service.status_text("idle") == "idle"
    with pytest.raises(ValueError):
        service.status_text("Jane Smith's referral")
    with pytest.raises(ValueError):
        service.status_text("working", {"jane.smith@example.org": 1})
    with pytest.raises(TypeError):
        service.status_text("working", {"sender": "jane.smith@example.org"})  # type: ignore[dict-item]


# --- the watchdog interval and helper -------------------------------------------------------


def test_watchdog_interval_is_half_of_watchdog_usec(
    monkeypatch: pytest.MonkeyPatch, no_systemd_env: None
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "60000000")
    assert service.watchdog_interval() == 30.0
    monkeypatch.setenv("WATCHDOG_USEC", "1500000")
    assert service.watchdog_interval() == 0.75


def test_watchdog_interval_honours_watchdog_pid(
    monkeypatch: pytest.MonkeyPatch, no_systemd_env: None
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "60000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    assert service.watchdog_interval() == 30.0
    # inherited from a parent: the watchdog belongs to another process
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))
    assert service.watchdog_interval() is None


@pytest.mark.parametrize("usec", ["", "0", "-5", "sixty", "60s"])
def test_watchdog_interval_none_when_off_or_malformed(
    usec: str, monkeypatch: pytest.MonkeyPatch, no_systemd_env: None
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", usec)
    assert service.watchdog_interval() is None


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_watchdog_pings_at_once_then_only_when_due(path_listener: Listener) -> None:
    clock = FakeClock()
    dog = service.Watchdog(30.0, clock=clock)
    sent = []
    for step in [0.0, 1.0, 10.0, 18.9, 0.2, 5.0, 25.0, 0.0]:  # seconds between loop iterations
        clock.now += step
        sent.append(dog.ping())
    # pings at t=0, t=30.1 (first iteration 30 s after the last ping), t=60.1
    assert sent == [True, False, False, False, True, False, True, False]
    assert [path_listener.receive() for _ in range(3)] == ["WATCHDOG=1"] * 3
    assert path_listener.nothing_waiting()


def test_watchdog_bounds_blocking_waits(no_systemd_env: None) -> None:
    clock = FakeClock()
    dog = service.Watchdog(30.0, clock=clock, send=lambda: True)
    assert dog.wait_timeout(300.0) == 0.0  # never pinged: ping first
    dog.ping()
    clock.now += 10
    assert dog.wait_timeout(300.0) == 20.0  # an IDLE wait ends in time for the next ping
    assert dog.wait_timeout(5.0) == 5.0
    clock.now += 25
    assert dog.wait_timeout(300.0) == 0.0


def test_watchdog_off_outside_systemd(no_systemd_env: None) -> None:
    dog = service.Watchdog.from_environment()
    assert not dog.enabled
    assert dog.ping() is False
    assert dog.pings == 0
    assert dog.wait_timeout(300.0) == 300.0


def test_watchdog_from_environment_feeds_systemd(
    path_listener: Listener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "60000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    dog = service.Watchdog.from_environment()
    assert dog.interval == 30.0
    assert dog.ping()
    assert path_listener.receive() == "WATCHDOG=1"


# --- the unit file ----------------------------------------------------------------------------


def _unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(UNIT, encoding="utf-8")
    return parser


def _all_values(key: str) -> list[str]:
    """Every value of a key that may repeat (configparser keeps only the last)."""
    return [
        line.split("=", 1)[1].strip()
        for line in UNIT.read_text(encoding="utf-8").splitlines()
        if line.startswith(key + "=")
    ]


def _seconds(value: str) -> float:
    match = re.fullmatch(r"(\d+)\s*(s|min)?", value)
    assert match, value
    return int(match[1]) * (60 if match[2] == "min" else 1)


def test_unit_is_type_notify_with_a_watchdog() -> None:
    svc = _unit()["Service"]
    assert svc["Type"] == "notify"
    assert svc["NotifyAccess"] == "main"
    assert 10 <= _seconds(svc["WatchdogSec"]) <= 300
    assert svc["Restart"] == "on-failure"
    assert svc["ExecStart"] == (
        "/opt/mailbot/.venv/bin/mailbot --config /etc/mailbot/mailbot.yaml run"
    )
    # SIGTERM finishes the message in hand within 10 s; systemd must wait longer than that
    assert _seconds(svc["TimeoutStopSec"]) > 10


def test_unit_has_state_directory_and_credentials() -> None:
    svc = _unit()["Service"]
    assert svc["StateDirectory"] == "mailbot"
    assert svc["DynamicUser"] == "yes"
    credentials = dict(value.split(":", 1) for value in _all_values("LoadCredential"))
    assert set(credentials) == {"imap-password", "smtp-password", "oauth-client-secret"}
    assert all(path.startswith("/etc/mailbot/credentials/") for path in credentials.values())


def test_unit_keeps_the_core_hardening() -> None:
    svc = _unit()["Service"]
    for key, value in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "MemoryDenyWriteExecute": "yes",
        "SystemCallArchitectures": "native",
        "CapabilityBoundingSet": "",
        "UMask": "0077",
        "RestrictAddressFamilies": "AF_UNIX AF_INET AF_INET6",
    }.items():
        assert svc[key] == value, key
    assert _all_values("SystemCallFilter")[0] == "@system-service"


# --- systemd-analyze ------------------------------------------------------------------------


def _systemd_analyze() -> str:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("systemd-analyze is missing in CI: run scripts/install-systemd-tools.sh")
        pytest.skip("systemd-analyze is not installed (scripts/install-systemd-tools.sh)")
    return tool


def test_security_exposure_is_at_most_two() -> None:
    tool = _systemd_analyze()
    run = subprocess.run(
        [tool, "security", "--offline=true", "--no-pager", str(UNIT)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    match = re.search(r"Overall exposure level for mailbot\.service: (\d+\.\d+)", run.stdout)
    assert match, run.stdout + run.stderr
    assert float(match[1]) <= MAX_EXPOSURE, run.stdout
    # a misspelt or misplaced key is ignored with a warning, silently dropping its protection
    assert "Unknown key" not in run.stderr and "ignoring" not in run.stderr, run.stderr


# --- the sandbox: MemoryDenyWriteExecute= and SystemCallFilter= as the kernel applies them ---

_SANDBOXED_TRIAGE = textwrap.dedent(
    """
    import ctypes, json, mmap, os, sys

    libc = ctypes.CDLL(None, use_errno=True)
    mode, spec = sys.argv[1], json.loads(sys.argv[2])
    if mode == "mdwe":
        if libc.prctl(65, 1, 0, 0, 0) != 0:  # PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN
            sys.exit("PR_SET_MDWE failed")
        try:  # proof that the restriction is in force
            mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
        except PermissionError:
            pass
        else:
            sys.exit("a writable executable mapping was allowed")
    else:
        seccomp = ctypes.CDLL(spec["lib"], use_errno=True)
        seccomp.seccomp_init.restype = ctypes.c_void_p
        seccomp.seccomp_rule_add.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int,
                                             ctypes.c_uint]
        seccomp.seccomp_load.argtypes = [ctypes.c_void_p]
        ctx = seccomp.seccomp_init(0x00050000 | spec["errno"])  # SCMP_ACT_ERRNO: denied
        for name in spec["allow"]:
            number = seccomp.seccomp_syscall_resolve_name(name.encode())
            if number >= 0:  # names unknown on this architecture are skipped, as systemd does
                seccomp.seccomp_rule_add(ctx, 0x7FFF0000, number, 0)  # SCMP_ACT_ALLOW
        if seccomp.seccomp_load(ctx) != 0:
            sys.exit("seccomp_load failed")
        if os.environ.get("MAILBOT_TEST_PROBE"):  # proof that the filter is in force
            try:
                os.setuid(os.getuid())  # @privileged: removed from the allow list
            except PermissionError:
                pass
            else:
                sys.exit("setuid was allowed")

    # what the daemon loads: TLS, the mail and HTTP clients, then a whole triage run
    import ssl, sqlite3, imapclient, exchangelib, msal, httpx, jinja2, tenacity
    ssl.create_default_context()
    from mailbot.cli import main
    sys.argv = ["mailbot", *spec["args"]]
    main()
    """
)


def _run_sandboxed(mode: str, spec: dict[str, object], tmp_path: Path, args: list[str]) -> str:
    env = dict(os.environ)
    env["MAILBOT_DATABASE_URL"] = f"sqlite:///{tmp_path / 'store.db'}"
    env["MAILBOT_CONFIG"] = str(EXAMPLE_CONFIG)
    env["MAILBOT_TEST_PROBE"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    run = subprocess.run(
        [sys.executable, "-c", _SANDBOXED_TRIAGE, mode, json.dumps({**spec, "args": args})],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout


def _triage_under(mode: str, spec: dict[str, object], tmp_path: Path) -> None:
    _run_sandboxed(mode, spec, tmp_path, ["db", "upgrade"])
    mail = sorted(str(p) for p in EXAMPLE_MAIL.glob("*.eml"))
    out = _run_sandboxed(mode, spec, tmp_path, ["triage", "--json", *mail])
    decisions = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(decisions) == len(mail)
    assert all(d["category"] for d in decisions)


def _mdwe_supported() -> bool:
    release = re.match(r"(\d+)\.(\d+)", platform.release())
    if platform.system() != "Linux" or release is None:
        return False
    return (int(release[1]), int(release[2])) >= (6, 3)


@pytest.mark.slow
@pytest.mark.skipif(not _mdwe_supported(), reason="PR_SET_MDWE needs Linux 6.3 or later")
def test_mailbot_runs_under_memory_deny_write_execute(tmp_path: Path) -> None:
    _triage_under("mdwe", {}, tmp_path)


def _syscall_groups(tool: str) -> dict[str, list[str]]:
    listing = subprocess.run(
        [tool, "syscall-filter", "--no-pager"], capture_output=True, text=True, check=True
    ).stdout
    groups: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in listing.splitlines():
        if line.startswith("@"):
            current = groups.setdefault(line.strip(), [])
        elif line.startswith("    ") and not line.strip().startswith("#") and current is not None:
            current.append(line.strip())
        elif not line.strip() or line.startswith("#"):
            current = None
    return groups


def _expand(items: list[str], groups: dict[str, list[str]]) -> set[str]:
    names: set[str] = set()
    for item in items:
        names |= _expand(groups[item], groups) if item.startswith("@") else {item}
    return names


def _unit_allow_list(groups: dict[str, list[str]]) -> set[str]:
    """The unit's SystemCallFilter= lines in order: an allow list, then `~` removals."""
    allowed: set[str] = set()
    for value in _all_values("SystemCallFilter"):
        if value.startswith("~"):
            allowed -= _expand(value[1:].split(), groups)
        else:
            allowed |= _expand(value.split(), groups)
    return allowed


@pytest.mark.slow
def test_mailbot_runs_under_the_units_system_call_filter(tmp_path: Path) -> None:
    tool = _systemd_analyze()
    lib = ctypes.util.find_library("seccomp")
    if lib is None:
        pytest.skip("libseccomp is not installed")
    allowed = _unit_allow_list(_syscall_groups(tool))
    assert "read" in allowed and "setuid" not in allowed
    errno = {"EPERM": 1}[_unit()["Service"]["SystemCallErrorNumber"]]
    _triage_under("seccomp", {"lib": lib, "errno": errno, "allow": sorted(allowed)}, tmp_path)
