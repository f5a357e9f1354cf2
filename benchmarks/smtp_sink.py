"""An SMTP sink in its own process, for benchmarks: counts what it receives (one line per
message's Message-ID into a file), so the daemon under measurement does not share its
interpreter with the server it sends to.

    python benchmarks/smtp_sink.py PORT LOGFILE
"""

from __future__ import annotations

import re
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

_MSGID = re.compile(rb"^Message-ID:\s*(<[^>]+>)", re.I | re.M)


class Sink:
    def __init__(self, log: Path) -> None:
        self.log = log.open("a", buffering=1)
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        head = envelope.original_content.split(b"\r\n\r\n", 1)[0]
        found = _MSGID.search(head)
        with self.lock:
            self.log.write((found.group(1).decode() if found else "-") + "\n")
        return "250 OK"


def main() -> None:
    port, log = int(sys.argv[1]), Path(sys.argv[2])
    controller = Controller(Sink(log), hostname="127.0.0.1", port=port, server_hostname="sink.test")
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
