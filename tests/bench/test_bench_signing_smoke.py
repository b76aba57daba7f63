"""A short run of the signing benchmark, so it keeps working; real numbers come from running it."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import load_script


def test_signing_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    module = load_script(Path(__file__).parent / "bench_signing.py")
    assert module.main(["--repeat", "1", "--no-token"]) == 0
    out = capsys.readouterr().out
    assert "sign, PKCS#12" in out and "validate, ours" in out and "baseline: pyHanko validation only" in out
    assert "minutes: " in out and " pages" in out
