"""Benchmark: the encrypted document cache's throughput, encrypt+write and read+decrypt, against plain file I/O.

"encrypt+write" feeds the payload to `CacheWriter.write` in 1 MiB pieces (as a download would) and commits
(SHA-256 check, fsync, rename). "read+decrypt" is `open_bytes` (every chunk authenticated, SHA-256 checked).
The baseline writes the same bytes to a plain file with fsync and reads them back, on the same disk; the page
cache is warm for reads in both cases.

    .venv/bin/python tests/bench/bench_cache.py [--mb 100] [--repeat 3] [--dir PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ecabinet.client.cache import DocumentCache  # noqa: E402

PIECE = 1024 * 1024


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mb", type=int, default=100, help="payload size in MiB (default 100)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None, help="folder on the disk to measure (default: temp)")
    args = parser.parse_args(argv)

    size = args.mb * 1024 * 1024
    data = os.urandom(size)
    digest = hashlib.sha256(data).hexdigest()
    mib = size / (1024 * 1024)
    results: dict[str, list[float]] = {"encrypt+write": [], "read+decrypt": [], "plain write": [], "plain read": []}

    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        cache = DocumentCache(Path(folder) / "cache", os.urandom(32))
        plain = Path(folder) / "plain.bin"
        view = memoryview(data)

        def cache_write() -> None:
            with cache.writer(digest, size) as writer:
                for start in range(0, size, PIECE):
                    writer.write(view[start : start + PIECE])
                writer.commit()

        def cache_read() -> None:
            assert cache.open_bytes(digest) == data

        def plain_write() -> None:
            with plain.open("wb") as handle:
                for start in range(0, size, PIECE):
                    handle.write(view[start : start + PIECE])
                handle.flush()
                os.fsync(handle.fileno())

        def plain_read() -> None:
            assert plain.read_bytes() == data

        for _ in range(args.repeat):
            cache.remove(digest)
            results["encrypt+write"].append(_timed(cache_write))
            results["read+decrypt"].append(_timed(cache_read))
            results["plain write"].append(_timed(plain_write))
            results["plain read"].append(_timed(plain_read))
        overhead = cache.size_on_disk() - size

    print(f"payload {mib:.0f} MiB, {args.repeat} run(s), median; cache overhead on disk {overhead} bytes")
    print(f"{'operation':<16}{'seconds':>10}{'MB/s':>10}")
    for name, times in results.items():
        median = statistics.median(times)
        print(f"{name:<16}{median:>10.3f}{mib / median:>10.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
