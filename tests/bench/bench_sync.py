"""Benchmark: syncing a meeting packet vs a plain sequential download of the same files, in one run.

A meeting with N documents (random-content PDFs, so nothing compresses) is served by a real server on
127.0.0.1. Three rows:
- through a throttling proxy that adds a real link's round trip and bandwidth (shared by all connections);
- on raw loopback, where nothing hides latency and our encryption and hashing show;
- a no-change re-sync (one request answered 304).
Then a resume: a child process syncing is killed halfway; the next sync fetches only the missing bytes.

    .venv/bin/python tests/bench/bench_sync.py [--docs 40] [--mb 5] [--rtt-ms 40] [--mbit 50]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pymupdf

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from netproxy import LinkShape, NetProxy  # noqa: E402
from support import minimal_installation  # noqa: E402
from test_server_command import running_server  # noqa: E402

from ecabinet.client.engine import Engine, server_folder  # noqa: E402
from ecabinet.client.vault import PassphraseSecrets  # noqa: E402


def _random_pdf(megabytes: float, n: int) -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), f"Benchmark paper {n}")
    doc.embfile_add("annex.bin", os.urandom(int(megabytes * 1024 * 1024)))
    data: bytes = doc.tobytes(garbage=0, deflate=False)
    doc.close()
    return data


def _login(client: httpx.Client, username: str) -> dict[str, str]:
    response = client.post(
        "/api/auth/login",
        json={"username": username, "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "bench"},
    )
    return {"Authorization": f"Bearer {response.json()['token']}"}


def _prepare(url: str, docs: int, megabytes: float) -> tuple[list[tuple[str, str, int]], int]:
    """Upload the packet into a fresh draft-then-published meeting for minister1; returns (doc, sha, size)."""
    with httpx.Client(base_url=url, timeout=120) as client:
        sec = _login(client, "secretary")
        users = {u["username"]: u["id"] for u in client.get("/api/users", headers=sec).json()["users"]}
        meeting = client.post(
            "/api/meetings",
            headers=sec,
            json={"body_id": "cabinet", "title": "Benchmark packet", "starts_at": "2030-01-01T09:00:00Z"},
        ).json()
        client.put(
            f"/api/meetings/{meeting['id']}/participants",
            headers=sec,
            json={"user_id": users["minister1"], "role": "member"},
        )
        item = client.post(f"/api/meetings/{meeting['id']}/items", headers=sec, json={"title": "Papers"}).json()
        out = []
        for n in range(docs):
            data = _random_pdf(megabytes, n)
            made = client.post(
                f"/api/meetings/{meeting['id']}/items/{item['id']}/documents",
                headers=sec,
                files={"file": (f"{n}.pdf", data, "application/pdf")},
                data={"title": f"Paper {n}"},
            )
            made.raise_for_status()
            out.append((made.json()["id"], made.json()["version"]["sha256"], len(data)))
        client.post(f"/api/meetings/{meeting['id']}/publish", headers=sec).raise_for_status()
    return out, sum(size for _, _, size in out)


def _plain(url: str, packet: list[tuple[str, str, int]]) -> float:
    with httpx.Client(base_url=url, timeout=300) as client:
        headers = _login(client, "minister1")
        started = time.perf_counter()
        for doc_id, sha, _size in packet:
            client.get(f"/api/documents/{doc_id}/versions/{sha}/content", headers=headers).raise_for_status()
        return time.perf_counter() - started


def _factory(profile: str) -> Any:
    def make(url: str, namespace: str) -> PassphraseSecrets:
        name = hashlib.sha256(namespace.encode()).hexdigest()[:16]
        return PassphraseSecrets(
            server_folder(profile, url) / f"secrets-{name}.enc", "bench passphrase", time_cost=1, memory_kib=8
        )

    return make


def _ours(url: str, profile: str) -> tuple[float, Any, Engine]:
    engine = Engine(url, profile=profile, secrets_factory=_factory(profile), workers=4)
    engine.login("minister1", "demo")
    started = time.perf_counter()
    report = engine.sync()
    return time.perf_counter() - started, report, engine


_CHILD = """
import sys
sys.path.insert(0, sys.argv[3])
from bench_sync import _factory
from ecabinet.client.engine import Engine
engine = Engine(sys.argv[1], profile=sys.argv[2], secrets_factory=_factory(sys.argv[2]), workers=4)
engine.login("minister1", "demo")
print("signed-in", flush=True)
engine.sync()
"""


def _resume(proxy: NetProxy, total: int) -> tuple[int, int]:
    """Kill a syncing child at about half the packet; return (bytes before the kill, bytes of the resume)."""
    start = proxy.bytes_to_client
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, proxy.url, "resume", str(Path(__file__).parent)],
        stdout=subprocess.PIPE,
        env=os.environ.copy(),
    )
    while proxy.bytes_to_client - start < total // 2 and child.poll() is None:
        time.sleep(0.005)
    child.send_signal(signal.SIGKILL)
    child.wait()
    before = proxy.bytes_to_client - start
    mark = proxy.bytes_to_client
    engine = Engine(proxy.url, profile="resume", secrets_factory=_factory("resume"), workers=4)
    engine.login("minister1", "demo")
    report = engine.sync()
    assert not report.failed and not report.offline
    engine.close()
    return before, proxy.bytes_to_client - mark


def run(*, docs: int, megabytes: float, rtt_ms: float, mbit: float) -> list[str]:
    work = Path(tempfile.mkdtemp(prefix="ecabinet-bench-sync-"))
    previous = os.environ.get("ECABINET_DATA_DIR")
    os.environ["ECABINET_DATA_DIR"] = str(work / "devices")
    settings = minimal_installation(work / "server")
    lines = []
    try:
        # The server runs in its own process, as it would on its own machine (no shared GIL with the client).
        with running_server(data_dir=settings.data_dir) as (url, _log):
            packet, total = _prepare(url, docs, megabytes)
            port = int(url.rsplit(":", 1)[1])
            header = f"{'link':<34} {'eCabinet sync':>14} {'plain GETs':>11} {'ratio (plain/ours)':>19}"
            lines.append(f"{docs} documents, {total / 1e6:.0f} MB")
            lines.append(header)
            shaped = NetProxy("127.0.0.1", port, LinkShape(rtt=rtt_ms / 1000, bandwidth=mbit * 1e6 / 8))
            plain = _plain(shaped.url, packet)
            ours, report, engine = _ours(shaped.url, "shaped")
            assert report.downloaded >= docs and not report.failed
            lines.append(
                f"{f'{rtt_ms:.0f} ms RTT, {mbit:.0f} Mbit/s':<34} {ours:>12.2f} s {plain:>9.2f} s "
                f"{plain / ours:>18.2f}x"
            )
            started = time.perf_counter()
            again = engine.sync()
            unchanged = time.perf_counter() - started
            assert again.not_modified
            engine.close()
            lines.append(f"{'no-change re-sync (304), shaped':<34} {unchanged * 1000:>11.1f} ms")
            before, resumed = _resume(shaped, total)
            lines.append(
                f"resume after kill at {before / 1e6:.0f} MB: fetched {resumed / 1e6:.1f} MB "
                f"of the remaining {(total - before) / 1e6:.1f} MB"
            )
            shaped.close()
            plain = _plain(url, packet)
            ours, report, engine = _ours(url, "loopback")
            lines.append(f"{'raw loopback':<34} {ours:>12.2f} s {plain:>9.2f} s {plain / ours:>18.2f}x")
            timings = []
            for _ in range(5):
                started = time.perf_counter()
                assert engine.sync().not_modified
                timings.append(time.perf_counter() - started)
            engine.close()
            lines.append(f"{'no-change re-sync (304), loopback':<34} {min(timings) * 1000:>11.1f} ms (best of 5)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if previous is None:
            os.environ.pop("ECABINET_DATA_DIR", None)
        else:
            os.environ["ECABINET_DATA_DIR"] = previous
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--mb", type=float, default=5.0, help="size of each document")
    parser.add_argument("--rtt-ms", type=float, default=40.0)
    parser.add_argument("--mbit", type=float, default=50.0)
    args = parser.parse_args(argv)
    for line in run(docs=args.docs, megabytes=args.mb, rtt_ms=args.rtt_ms, mbit=args.mbit):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
