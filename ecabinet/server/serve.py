"""Runs the app under uvicorn and reports the address it actually bound (port 0 picks a free one).

Several worker processes (``workers > 1``) share one listening socket through uvicorn's supervisor, which
restarts a worker that dies; each worker builds its app from the environment (``ECABINET_*``), the
parent having migrated the database once before any worker starts. Only with PostgreSQL: on SQLite the
workers' event hubs could not hear each other's commits quickly (the CLI refuses it).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
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
    log_format: str = "text",
) -> None:
    kwargs: dict[str, Any] = {}
    if tls_cert and tls_key:
        kwargs.update(ssl_certfile=tls_cert, ssl_keyfile=tls_key)
    if log_format == "json":
        kwargs["log_config"] = json_log_config(log_level)
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


# ---------------------------------------------------------------- several workers


def worker_app() -> FastAPI:
    """The app of one worker process (uvicorn imports this factory in each worker)."""
    from ecabinet.server.app import create_app
    from ecabinet.server.config import Settings

    return create_app(Settings())


def serve_workers(
    *,
    workers: int,
    host: str,
    port: int,
    environment: dict[str, str],
    tls_cert: str | None = None,
    tls_key: str | None = None,
    log_level: str = "info",
    log_format: str = "text",
) -> None:
    """Run ``workers`` processes on one socket; ``environment`` carries the settings to each of them."""
    os.environ.update(environment)
    kwargs: dict[str, Any] = {}
    if tls_cert and tls_key:
        kwargs.update(ssl_certfile=tls_cert, ssl_keyfile=tls_key)
    if log_format == "json":
        kwargs["log_config"] = json_log_config(log_level)
    uvicorn.run(
        "ecabinet.server.serve:worker_app",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level=log_level,
        timeout_graceful_shutdown=3,
        proxy_headers=False,
        server_header=False,
        **kwargs,
    )


# ---------------------------------------------------------------- structured logs


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, and the access log's fields apart."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "pid": record.process,
        }
        args = record.args
        if record.name == "uvicorn.access" and isinstance(args, tuple) and len(args) == 5:
            client, method, path, version, status = args
            entry.update(client=client, method=method, path=path, http_version=version, status=status)
            entry["message"] = f"{method} {path} {status}"
        else:
            entry["message"] = record.getMessage()
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def json_log_config(level: str = "info") -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for uvicorn and eCabinet's own loggers, all as JSON on stderr."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"default": handler},
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": level.upper(), "propagate": False},
            "uvicorn.error": {"level": level.upper()},
            "uvicorn.access": {"handlers": ["default"], "level": level.upper(), "propagate": False},
            "ecabinet": {"handlers": ["default"], "level": level.upper(), "propagate": False},
        },
    }
