"""Benchmark: fetching a packet document through eCabinet vs a plain static download of the same bytes.

Our path does what a client does: authenticated Range requests in 1 MiB chunks (resumable), with the
SHA-256 checked at the end, plus the per-device download audit on the server. The baseline is one plain
GET of the same file from a bare static-file app on the same uvicorn. Both run on 127.0.0.1 in this run;
the table shows the ratio.

    .venv/bin/python tests/bench/bench_download.py [--repeat N] [--pages N]
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
from starlette.staticfiles import StaticFiles

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from support import live_server, minimal_installation  # noqa: E402

from ecabinet.pdf.corpus import build_document  # noqa: E402
from ecabinet.server.serve import make_server  # noqa: E402

CHUNK = 1024 * 1024


def _static_server(folder: Path) -> tuple[str, object, threading.Thread]:
    ready: list[str] = []
    server = make_server(StaticFiles(directory=folder), on_ready=ready.append)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not ready:
        time.sleep(0.01)
    return ready[0], server, thread


def _ours(client: httpx.Client, url: str, headers: dict[str, str], size: int, sha: str) -> float:
    started = time.perf_counter()
    digest = hashlib.sha256()
    offset = 0
    while offset < size:
        end = min(offset + CHUNK, size) - 1
        response = client.get(url, headers={**headers, "Range": f"bytes={offset}-{end}"})
        assert response.status_code == 206
        digest.update(response.content)
        offset = end + 1
    assert digest.hexdigest() == sha
    return time.perf_counter() - started


def _plain(client: httpx.Client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    assert response.status_code == 200
    return time.perf_counter() - started


def run(*, repeat: int, pages: int) -> list[tuple[str, float, float]]:
    from fastapi.testclient import TestClient  # noqa: F401 - keeps import cost out of the timings

    work = Path(tempfile.mkdtemp(prefix="ecabinet-bench-"))
    data = build_document(title="Benchmark annex", language="en", pages=pages, seed=42)
    (work / "static").mkdir()
    (work / "static" / "doc.pdf").write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()

    settings = minimal_installation(work / "data")
    results = []
    static_url, static_server, static_thread = _static_server(work / "static")
    try:
        with live_server(settings) as url, httpx.Client(base_url=url, timeout=60) as client:
            login = client.post(
                "/api/auth/login",
                json={
                    "username": "secretary",
                    "password": "demo",
                    "device_id": str(uuid.uuid4()),
                    "device_name": "bench",
                },
            )
            headers = {"Authorization": f"Bearer {login.json()['token']}"}
            meeting = client.post(
                "/api/meetings",
                headers=headers,
                json={"body_id": "cabinet", "title": "Bench", "starts_at": "2030-01-01T09:00:00Z"},
            ).json()
            item = client.post(f"/api/meetings/{meeting['id']}/items", headers=headers, json={"title": "P"}).json()
            created = client.post(
                f"/api/meetings/{meeting['id']}/items/{item['id']}/documents",
                headers=headers,
                files={"file": ("doc.pdf", data, "application/pdf")},
                data={"title": "Bench"},
            )
            doc_id = created.json()["id"]
            doc_url = f"/api/documents/{doc_id}/versions/{sha}/content"
            ours = [_ours(client, doc_url, headers, len(data), sha) for _ in range(repeat)]
            with httpx.Client(base_url=static_url, timeout=60) as plain_client:
                plain = [_plain(plain_client, "/doc.pdf") for _ in range(repeat)]
            results.append(
                (f"{pages}-page PDF, {len(data) / 1e6:.1f} MB", statistics.median(ours), statistics.median(plain))
            )
    finally:
        static_server.should_exit = True  # type: ignore[attr-defined]
        static_thread.join(10)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pages", type=int, default=320)
    args = parser.parse_args(argv)
    rows = run(repeat=args.repeat, pages=args.pages)
    print(f"{'document':<28} {'eCabinet (Range+verify)':>24} {'plain GET':>12} {'ratio':>7}")
    for name, ours, plain in rows:
        print(f"{name:<28} {ours * 1000:>21.1f} ms {plain * 1000:>9.1f} ms {ours / plain:>6.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
