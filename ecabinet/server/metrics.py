"""``/metrics`` in Prometheus' text format, and ``/api/ready`` for load balancers.

Why our own few lines instead of a client library: four metric families, one process each, no
dependency to keep up. Metrics are per process (Prometheus labels each scrape target): run one
``ecabinet server`` per port (``packaging/server/ecabinet-server@.service``) and scrape each; with
``--workers N`` on one socket a scrape reaches one worker at random.

What is measured: request latency per route template (never the path itself: ids stay out of metrics),
requests by status class, sync requests (``/api/sync``, 304 counted apart), ballots cast (accepted or
refused; never who or which option), and the event streams open now.

``/api/ready`` answers 200 only when the database and the document store answer; ``/api/health`` stays
the cheap "the process runs" check.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from ecabinet.server.services import Services

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
SYNC_ROUTE = "/api/sync"
BALLOT_ROUTE = "/api/votes/{vote_id}/ballots"


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.latency: dict[tuple[str, str], list[int]] = {}
        self.latency_sum: dict[tuple[str, str], float] = defaultdict(float)
        self.latency_count: dict[tuple[str, str], int] = defaultdict(int)
        self.requests: dict[tuple[str, str, str], int] = defaultdict(int)
        self.sync: dict[str, int] = defaultdict(int)
        self.ballots: dict[str, int] = defaultdict(int)
        self.started = time.time()

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route)
        with self._lock:
            buckets = self.latency.setdefault(key, [0] * len(BUCKETS))
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    buckets[i] += 1
            self.latency_sum[key] += seconds
            self.latency_count[key] += 1
            self.requests[(method, route, f"{status // 100}xx")] += 1
            if route == SYNC_ROUTE:
                self.sync["not_modified" if status == 304 else ("ok" if status < 400 else "error")] += 1
            elif route == BALLOT_ROUTE and method == "POST":
                self.ballots["accepted" if status < 300 else "refused"] += 1

    def render(self, open_streams: int) -> str:
        out: list[str] = []

        def family(name: str, kind: str, help_text: str) -> None:
            out.append(f"# HELP {name} {help_text}")
            out.append(f"# TYPE {name} {kind}")

        with self._lock:
            family("ecabinet_request_duration_seconds", "histogram", "Time to the first byte of the answer.")
            for (method, route), buckets in sorted(self.latency.items()):
                labels = f'method="{method}",route="{_escape(route)}"'
                for bound, count in zip(BUCKETS, buckets, strict=True):
                    out.append(f'ecabinet_request_duration_seconds_bucket{{{labels},le="{bound}"}} {count}')
                total = self.latency_count[(method, route)]
                out.append(f'ecabinet_request_duration_seconds_bucket{{{labels},le="+Inf"}} {total}')
                out.append(f"ecabinet_request_duration_seconds_sum{{{labels}}} {self.latency_sum[(method, route)]:.6f}")
                out.append(f"ecabinet_request_duration_seconds_count{{{labels}}} {total}")
            family("ecabinet_requests_total", "counter", "Requests by route template and status class.")
            for (method, route, status), count in sorted(self.requests.items()):
                out.append(
                    f'ecabinet_requests_total{{method="{method}",route="{_escape(route)}",status="{status}"}} {count}'
                )
            family("ecabinet_sync_requests_total", "counter", "Change-feed requests (not_modified: answered 304).")
            for outcome, count in sorted(self.sync.items()):
                out.append(f'ecabinet_sync_requests_total{{outcome="{outcome}"}} {count}')
            family("ecabinet_ballots_total", "counter", "Ballots cast through this process (accepted or refused).")
            for outcome, count in sorted(self.ballots.items()):
                out.append(f'ecabinet_ballots_total{{outcome="{outcome}"}} {count}')
        family("ecabinet_event_streams_open", "gauge", "Live-session event streams open on this process.")
        out.append(f"ecabinet_event_streams_open {open_streams}")
        family("ecabinet_process_start_time_seconds", "gauge", "When this server process started (Unix time).")
        out.append(f"ecabinet_process_start_time_seconds {self.started:.3f}")
        return "\n".join(out) + "\n"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class MetricsMiddleware:
    """Times each HTTP request to its first answer byte (event streams would otherwise count for hours)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        recorded = False

        def record(status: int) -> None:
            nonlocal recorded
            if recorded:
                return
            recorded = True
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            self.metrics.observe(scope["method"], route, status, time.perf_counter() - started)

        async def timed_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                record(int(message["status"]))
            await send(message)

        try:
            await self.app(scope, receive, timed_send)
        except BaseException:
            record(500)
            raise


def readiness(services: Services) -> dict[str, str]:
    """Each dependency's state: ``ok`` or what is wrong (blocking; run in a worker thread)."""
    checks: dict[str, str] = {}
    try:
        services.db.ping()
        checks["database"] = "ok"
    except Exception as exc:
        checks["database"] = f"unavailable: {type(exc).__name__}"
    try:
        services.documents.storage.check()
        checks["storage"] = "ok"
    except Exception as exc:
        checks["storage"] = f"unavailable: {type(exc).__name__}"
    return checks


def install(app: FastAPI, services: Services) -> Metrics:
    metrics = Metrics()
    app.state.metrics = metrics
    app.add_middleware(MetricsMiddleware, metrics=metrics)

    @app.get("/metrics", include_in_schema=False)
    def prometheus() -> PlainTextResponse:
        hub = getattr(app.state, "event_hub", None)
        text = metrics.render(hub.subscribers if hub is not None else 0)
        return PlainTextResponse(text, media_type="text/plain; version=0.0.4; charset=utf-8")

    @app.get("/api/ready", tags=["health"])
    async def ready() -> JSONResponse:
        """200 when this process can serve: the database and the document store answer; else 503."""
        checks = await run_in_threadpool(readiness, services)
        if all(v == "ok" for v in checks.values()):
            return JSONResponse({"status": "ready", "checks": checks})
        body = {"error": {"code": "not_ready", "message": "A dependency is not available.", "checks": checks}}
        return JSONResponse(body, status_code=503)

    return metrics
