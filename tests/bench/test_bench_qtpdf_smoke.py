"""A seconds-long smoke run of the QtPdf comparison (which says so plainly when QtPdf is not installed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


def test_qtpdf_benchmark_runs(capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    spec = importlib.util.spec_from_file_location("bench_qtpdf", Path(__file__).parent / "bench_qtpdf.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--pages", "4", "--sample", "2"]) == 0
    out = capsys.readouterr().out
    if importlib.util.find_spec("PySide6.QtPdf") is None:
        assert "QtPdf is not installed" in out
    else:
        assert "ratio (QtPdf / ours)" in out
