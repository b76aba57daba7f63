"""A seconds-long smoke run of the GUI-stall benchmark."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import load_script


def test_gui_stall_benchmark_runs(capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    module = load_script(Path(__file__).parent / "bench_gui_stall.py")
    assert module.main(["--pages", "6", "--scanned-pages", "3"]) == 0
    out = capsys.readouterr().out
    assert "longest stall" in out and "scanned" in out
