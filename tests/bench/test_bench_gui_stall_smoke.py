"""A seconds-long smoke run of the GUI-stall benchmark."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


def test_gui_stall_benchmark_runs(capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    spec = importlib.util.spec_from_file_location("bench_gui_stall", Path(__file__).parent / "bench_gui_stall.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--pages", "6", "--scanned-pages", "3"]) == 0
    out = capsys.readouterr().out
    assert "longest stall" in out and "scanned" in out
