"""Runs the app under uvicorn and reports the address it actually bound (port 0 picks a free one)."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import uvicorn
from fastapi import FastAPI
from starlette.types import ASGIApp


class _ReportingServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, on_ready: Callable[[str], None] | None) -> None:
        super().__init__(config)
        self._on_ready = on_ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self._on_ready and self.servers:
            host, port = self.servers[0].sockets[0].getsockname()[:2]
            scheme = "https" if self.config.ssl_keyfile else "http"
            shown = f"[{host}]" if ":" in host else host
            self._on_ready(f"{scheme}://{shown}:{port}")


def serve(
    app: FastAPI,
    *,
    host: str,
    port: int,
    tls_cert: str | None = None,
    tls_key: str | None = None,
    on_ready: Callable[[str], None] | None = None,
    log_level: str = "info",
) -> None:
    kwargs: dict[str, Any] = {}
    if tls_cert and tls_key:
        kwargs.update(ssl_certfile=tls_cert, ssl_keyfile=tls_key)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        # Open event streams must not hold a shutdown for long.
        timeout_graceful_shutdown=3,
        proxy_headers=False,  # X-Forwarded-For is judged by our own trusted-proxy setting
        server_header=False,
        **kwargs,
    )
    _ReportingServer(config, on_ready).run()


def make_server(
    app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0, on_ready: Callable[[str], None] | None = None
) -> uvicorn.Server:
    """A server object for tests that run it in a thread and stop it with ``should_exit``."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=1)
    return _ReportingServer(config, on_ready)
