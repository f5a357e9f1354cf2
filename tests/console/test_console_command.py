"""`mailbot console` and `mailbot run --console` serve the console until SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.daemon.conftest import make_rig, write_config

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("command", [["console"], ["run", "--console"]])
def test_the_console_is_served_until_sigterm(tmp_path: Path, command: list[str]) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    make_rig(tmp_path, url)
    port = free_port()
    config = write_config(tmp_path, url, console={"port": port, "secure_cookies": False})
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "mailbot"), "--config", str(config), *command],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/login", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.2)
        assert r.status_code == 200 and "Sign in" in r.text
        assert httpx.get(f"http://127.0.0.1:{port}/queue").status_code == 303  # signed out
        process.send_signal(signal.SIGTERM)
        # uvicorn re-raises the signal after its graceful shutdown; systemd counts a SIGTERM
        # end as clean
        assert process.wait(timeout=15) in (0, -signal.SIGTERM)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
