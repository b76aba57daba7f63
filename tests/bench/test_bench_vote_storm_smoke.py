"""A seconds-long vote storm (20 members, SQLite), so the benchmark keeps working."""

from __future__ import annotations

from pathlib import Path

from support import load_script


def test_vote_storm_benchmark_runs(capsys) -> None:  # type: ignore[no-untyped-def]
    module = load_script(Path(__file__).parent / "bench_vote_storm.py")
    assert module.main(["--members", "20", "--sqlite-only"]) == 0
    out = capsys.readouterr().out
    assert "SQLite named" in out and "SQLite secret" in out and "counted once" in out
    assert " NO " not in out
