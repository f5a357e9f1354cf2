"""Local fakes of wire protocols that no real server on this machine can speak (EWS, Graph).

Each fake is an in-process HTTP server on 127.0.0.1 that the real client library talks to.
`LocalHttpServer` is their common part: start and stop, tracking of open connections (so
stopping, or a test asking to drop a connection, closes them), and the peak number of
requests in flight at once.
"""

from __future__ import annotations

import contextlib
import http.server
import socket
import threading
import time
from types import TracebackType
from typing import Any, Self


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    owner: LocalHttpServer


class FakeHandler(http.server.BaseHTTPRequestHandler):
    """Keep-alive HTTP/1.1 without Nagle's delay (else every call waits about 45 ms)."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.owner._opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._closed(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: pytest shows what matters

    def read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def reply(
        self,
        status: int,
        body: bytes = b"",
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if body or status not in (202, 204):
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def drop(self) -> None:
        """Close the connection without an answer, as a crashed server or a proxy would."""
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    def track(self) -> _InFlight:
        return _InFlight(self.server.owner)


class _InFlight:
    def __init__(self, owner: LocalHttpServer) -> None:
        self.owner = owner

    def __enter__(self) -> None:
        with self.owner._lock:
            self.owner._in_flight += 1
            self.owner.peak_in_flight = max(self.owner.peak_in_flight, self.owner._in_flight)

    def __exit__(self, *exc: object) -> None:
        with self.owner._lock:
            self.owner._in_flight -= 1


class LocalHttpServer:
    """Serves `handler` on 127.0.0.1 (a free port) in a thread; a context manager."""

    handler: type[FakeHandler]

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._in_flight = 0
        self.peak_in_flight = 0
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._server is not None, "not started"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        server = _Server(("127.0.0.1", 0), self.handler)
        server.owner = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, args=(0.02,), name="fake-http", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        assert self._thread is not None
        self._thread.join()
        self.drop_connections()
        self._server = None
        # let the handler threads see their sockets closed and finish
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            with self._lock:
                if not self._connections:
                    break
            time.sleep(0.01)

    def drop_connections(self) -> None:
        """Close every open client connection (handler threads then finish)."""
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def reset_peak(self) -> None:
        with self._lock:
            self.peak_in_flight = self._in_flight

    def _opened(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.add(connection)

    def _closed(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.discard(connection)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
