"""Serving the console: on its own (`mailbot console`) or beside the daemon (`mailbot run
--console`), with uvicorn."""

from __future__ import annotations

import threading

import uvicorn
from sqlalchemy import Engine

from mailbot.config import Settings
from mailbot.console.app import create_app


def server(
    settings: Settings, engine: Engine, host: str | None = None, port: int | None = None
) -> uvicorn.Server:
    config = uvicorn.Config(
        create_app(settings, engine),
        host=host or settings.console.host,
        port=port if port is not None else settings.console.port,
        log_level="warning",
        # the proxy's X-Forwarded-For is believed only from the configured proxies
        proxy_headers=True,
        forwarded_allow_ips=",".join(settings.console.trusted_proxies),
        server_header=False,
    )
    return uvicorn.Server(config)


def start_in_thread(server: uvicorn.Server) -> threading.Thread:
    """Beside the daemon: the daemon owns the signals; its stop sets `server.should_exit`."""
    thread = threading.Thread(target=server.run, name="console", daemon=True)
    thread.start()
    return thread
