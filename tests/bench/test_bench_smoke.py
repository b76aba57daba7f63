"""A seconds-long smoke run of the benchmarks, so they keep working; real numbers come from running them."""

from __future__ import annotations

from pathlib import Path

from support import load_script


def test_download_benchmark_runs(capsys) -> None:  # type: ignore[no-untyped-def]
    module = load_script(Path(__file__).parent / "bench_download.py")
    assert module.main(["--repeat", "1", "--pages", "4"]) == 0
    out = capsys.readouterr().out
    assert "ratio" in out and "4-page PDF" in out


def test_sync_benchmark_runs(capsys) -> None:  # type: ignore[no-untyped-def]
    module = load_script(Path(__file__).parent / "bench_sync.py")
    assert module.main(["--docs", "3", "--mb", "0.3", "--rtt-ms", "5", "--mbit", "400"]) == 0
    out = capsys.readouterr().out
    assert "no-change re-sync" in out and "raw loopback" in out and "resume after kill" in out
