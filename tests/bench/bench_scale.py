"""Benchmark: the overhead of the scale-out parts at a fixed load (not in CI).

On one 2-core machine the load generator, the servers, PostgreSQL and SeaweedFS share the cores, so this
measures what the distributed parts cost at the same load, not how far they scale. Three loads, each on
(a) 1 process with SQLite + the document folder and (b) 2 processes with PostgreSQL + SeaweedFS (S3),
clients spread over both processes as a load balancer would:

- feed: N clients (default 200) poll ``/api/sync`` with their ETag every ``--poll-interval`` seconds
  (nearly every answer 304) for ``--seconds``;
- download: M clients (default 20) download one ``--doc-mb`` MB document at once (the meeting packet);
- vote: a K-member (default 200) vote storm, every ballot within one second, each counted once.

Reported: requests/s, p50/p99 latency per load and configuration, and the ratio (b)/(a).

    ECABINET_TEST_DATABASE_URL=postgresql+psycopg://... .venv/bin/python tests/bench/bench_scale.py
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from scale_support import new_bucket, seaweedfs, start_server, stop  # noqa: E402
from support import load_script  # noqa: E402

CHEAP = {"ECABINET_ARGON2_TIME_COST": "1", "ECABINET_ARGON2_MEMORY_KIB": "8", "ECABINET_ARGON2_PARALLELISM": "1"}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def big_pdf(megabytes: int) -> bytes:
    """A valid PDF of about ``megabytes`` MB that does not compress (noise images, 1 MB a page)."""
    import pymupdf

    doc = pymupdf.open()
    rng = random.Random(5)
    for _ in range(megabytes):
        page = doc.new_page()
        pix = pymupdf.Pixmap(pymupdf.csRGB, 600, 580, rng.randbytes(600 * 580 * 3), False)
        page.insert_image(page.rect, pixmap=pix, keep_proportion=False)
    out = io.BytesIO()
    doc.save(out, deflate=False)
    return out.getvalue()


class Client:
    def __init__(self, url: str, name: str) -> None:
        self.name = name
        # uvicorn closes idle connections after 5 s: never reuse one that old.
        limits = httpx.Limits(keepalive_expiry=3.0)
        self.http = httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(120, read=300), limits=limits)
        self.headers: dict[str, str] = {}

    async def login(self) -> None:
        r = await self.http.post(
            "/api/auth/login",
            json={"username": self.name, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "b"},
        )
        r.raise_for_status()
        self.headers = {"Authorization": f"Bearer {r.json()['token']}"}

    async def close(self) -> None:
        await self.http.aclose()


async def _gather_limited(coros: list[Any], limit: int = 16) -> list[Any]:
    gate = asyncio.Semaphore(limit)

    async def one(c: Any) -> Any:
        async with gate:
            return await c

    return await asyncio.gather(*(one(c) for c in coros))


async def _run_loads(urls: list[str], args: argparse.Namespace, pdf: bytes) -> dict[str, dict[str, float]]:
    members = [f"member{n:03d}" for n in range(args.members)]
    clients = [Client(urls[i % len(urls)], name) for i, name in enumerate(members)]
    secretary, chair = Client(urls[0], "secretary"), Client(urls[-1], "chair")
    await _gather_limited([c.login() for c in [secretary, chair, *clients]])
    meeting = (await chair.http.get("/api/meetings", headers=chair.headers)).json()["meetings"][0]
    detail = (await chair.http.get(f"/api/meetings/{meeting['id']}", headers=chair.headers)).json()
    item = detail["agenda"][0]["id"]
    up = await secretary.http.post(
        f"/api/meetings/{meeting['id']}/items/{item}/documents",
        headers={**secretary.headers, "Content-Type": "application/pdf"},
        params={"title": "Packet", "filename": "packet.pdf"},
        content=pdf,
    )
    up.raise_for_status()
    doc_url = f"/api/documents/{up.json()['id']}/versions/{up.json()['version']['sha256']}/content"
    out: dict[str, dict[str, float]] = {}

    # 1. Feed polling with ETags.
    if "feed" in args.loads:
        out["feed"] = await _feed(clients, args)
    if "download" in args.loads:
        out["download"] = await _download(clients[: args.downloaders], doc_url, len(pdf))
    if "vote" in args.loads:
        out["vote"] = await _vote(chair, clients, meeting["id"], item)
    for c in [secretary, chair, *clients]:
        await c.close()
    return out


async def _feed(clients: list[Client], args: argparse.Namespace) -> dict[str, float]:
    first = await _gather_limited([c.http.get("/api/sync?since=0", headers=c.headers) for c in clients])
    etags = [r.headers.get("etag", "") for r in first]
    cursors = [r.json()["cursor"] for r in first]
    latencies: list[float] = []
    not_modified = 0
    deadline = time.perf_counter() + args.seconds

    async def poll(c: Client, etag: str, cursor: int) -> None:
        nonlocal not_modified
        await asyncio.sleep(random.random() * args.poll_interval)
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            r = await c.http.get(f"/api/sync?since={cursor}", headers={**c.headers, "If-None-Match": etag})
            latencies.append(time.perf_counter() - started)
            if r.status_code == 304:
                not_modified += 1
            else:  # something changed: remember where we are, as the app does
                r.raise_for_status()
                etag, cursor = r.headers.get("etag", ""), r.json()["cursor"]
            await asyncio.sleep(max(0.0, args.poll_interval - (time.perf_counter() - started)))

    began = time.perf_counter()
    await asyncio.gather(*(poll(c, e, k) for c, e, k in zip(clients, etags, cursors, strict=True)))
    wall = time.perf_counter() - began
    return {
        "rps": len(latencies) / wall,
        "p50": statistics.median(latencies),
        "p99": _pct(latencies, 0.99),
        "share304": not_modified / max(1, len(latencies)),
    }


async def _download(downloaders: list[Client], doc_url: str, expected: int) -> dict[str, float]:
    async def download(c: Client) -> tuple[float, int]:
        started = time.perf_counter()
        size = 0
        async with c.http.stream("GET", doc_url, headers=c.headers) as r:
            r.raise_for_status()
            async for block in r.aiter_bytes(256 * 1024):
                size += len(block)
        return time.perf_counter() - started, size

    began = time.perf_counter()
    results = await asyncio.gather(*(download(c) for c in downloaders))
    wall = time.perf_counter() - began
    assert all(size == expected for _, size in results)
    times = [t for t, _ in results]
    return {
        "rps": len(results) / wall,
        "p50": statistics.median(times),
        "p99": max(times),
        "mbps": sum(s for _, s in results) / wall / 1e6,
    }


async def _vote(chair: Client, clients: list[Client], meeting_id: str, item: str) -> dict[str, float]:
    assert (await chair.http.post(f"/api/meetings/{meeting_id}/start", headers=chair.headers)).status_code == 200
    await _gather_limited(
        [
            c.http.post(f"/api/meetings/{meeting_id}/attendance", headers=c.headers, json={"status": "present"})
            for c in clients
        ]
    )
    body = {"agenda_item_id": item, "question": "Adopt?", "secret": False, "majority": "simple"}
    vote = (await chair.http.post(f"/api/meetings/{meeting_id}/votes", headers=chair.headers, json=body)).json()

    async def cast(c: Client) -> tuple[float, int]:
        await asyncio.sleep(random.random())
        started = time.perf_counter()
        ballot = {"option": "for", "ballot_id": str(uuid.uuid4())}
        r = await c.http.post(f"/api/votes/{vote['id']}/ballots", headers=c.headers, json=ballot)
        return time.perf_counter() - started, r.status_code

    began = time.perf_counter()
    ballots = await asyncio.gather(*(cast(c) for c in clients))
    wall = time.perf_counter() - began
    closed = (await chair.http.post(f"/api/votes/{vote['id']}/close", headers=chair.headers)).json()
    lat = [t for t, _ in ballots]
    return {
        "rps": len(ballots) / wall,
        "p50": statistics.median(lat),
        "p99": _pct(lat, 0.99),
        "counted_once": float(closed["results"]["cast"] == len(clients) and all(s == 201 for _, s in ballots)),
    }


def _fresh_pg(server_url: str) -> str:
    bench = load_script(ROOT / "tests" / "bench" / "bench_vote_storm.py")
    return str(bench._fresh_pg(server_url))


@contextlib.contextmanager
def _configuration(kind: str, work: Path, args: argparse.Namespace) -> Iterator[list[str]]:
    bench = load_script(ROOT / "tests" / "bench" / "bench_vote_storm.py")
    data_dir = work / kind
    env = dict(CHEAP)
    with contextlib.ExitStack() as stack:
        if kind == "sqlite":
            bench._setup(data_dir, args.members, None)
            count = 1
        else:
            url = _fresh_pg(args.database_url)
            if args.pg_options:  # e.g. "-c synchronous_commit=off", to see what durability costs
                from urllib.parse import quote

                url += ("&" if "?" in url else "?") + "options=" + quote(args.pg_options)
            stack.callback(bench._drop_pg, args.database_url, url)
            bench._setup(data_dir, args.members, url)
            s3 = stack.enter_context(seaweedfs(work / "weed"))
            bucket = new_bucket()
            s3.storage(bucket)
            env.update(
                ECABINET_DATABASE_URL=url,
                ECABINET_STORAGE_URL=f"s3://{bucket}",
                ECABINET_S3_ENDPOINT_URL=s3.endpoint,
                ECABINET_S3_ACCESS_KEY_ID=s3.access_key,
                ECABINET_S3_SECRET_ACCESS_KEY=s3.secret_key,
            )
            count = 2
        servers = [start_server(data_dir, env, work / f"{kind}{n}.log") for n in range(count)]
        for server in servers:
            stack.callback(stop, server.proc)
        yield [s.url for s in servers]


def run(args: argparse.Namespace) -> tuple[list[str], bool]:
    work = Path(tempfile.mkdtemp(prefix="ecabinet-bench-scale-"))
    pdf = big_pdf(args.doc_mb)
    results: dict[str, dict[str, dict[str, float]]] = {}
    try:
        kinds = ["sqlite"] + (["pg+s3"] if args.database_url else [])
        for kind in kinds:
            with _configuration(kind, work, args) as urls:
                results[kind] = asyncio.run(_run_loads(urls, args, pdf))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = [
        f"fixed load: {args.members} clients polling every {args.poll_interval} s for {args.seconds} s; "
        f"{args.downloaders} downloading a {len(pdf) / 1e6:.0f} MB packet; a {args.members}-member vote storm",
        f"{'load':<9} {'configuration':<28} {'req/s':>8} {'p50':>9} {'p99':>9}  extra",
    ]
    label = {"sqlite": "1 process, SQLite + folder", "pg+s3": "2 processes, PostgreSQL + S3"}
    ok = True
    for load in [x for x in ("feed", "download", "vote") if x in args.loads]:
        for kind, res in results.items():
            r = res[load]
            extra = ""
            if load == "feed":
                extra = f"{r['share304'] * 100:.0f}% answered 304"
            elif load == "download":
                extra = f"{r['mbps']:.0f} MB/s in total"
            else:
                extra = "each ballot counted once" if r["counted_once"] else "BALLOTS WRONG"
                ok = ok and bool(r["counted_once"])
            lines.append(
                f"{load:<9} {label[kind]:<28} {r['rps']:>8.1f} "
                f"{r['p50'] * 1000:>7.0f}ms {r['p99'] * 1000:>7.0f}ms  {extra}"
            )
        if len(results) == 2:
            a, b = results["sqlite"][load], results["pg+s3"][load]
            lines.append(
                f"{'':<9} {'ratio (2 proc PG+S3 / 1 proc)':<28} {b['rps'] / a['rps']:>8.2f} "
                f"{b['p50'] / a['p50']:>8.2f}x {b['p99'] / a['p99']:>8.2f}x"
            )
    return lines, ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--downloaders", type=int, default=20)
    parser.add_argument("--doc-mb", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--poll-interval", type=float, default=2.0)
    parser.add_argument("--database-url", default=os.environ.get("ECABINET_TEST_DATABASE_URL"))
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--pg-options", default="", help='libpq options, e.g. "-c synchronous_commit=off"')
    parser.add_argument("--loads", default="feed,download,vote", help="comma-separated: feed, download, vote")
    args = parser.parse_args(argv)
    args.loads = set(args.loads.split(","))
    if args.sqlite_only:
        args.database_url = None
    lines, ok = run(args)
    for line in lines:
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
