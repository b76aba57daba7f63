"""A seconds-long smoke run of the QtPdf comparison (which says so plainly when QtPdf is not installed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from support import load_script


def test_qtpdf_benchmark_runs(capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    module = load_script(Path(__file__).parent / "bench_qtpdf.py")
    assert module.main(["--pages", "4", "--sample", "2"]) == 0
    out = capsys.readouterr().out
    if importlib.util.find_spec("PySide6.QtPdf") is None:
        assert "QtPdf is not installed" in out
    else:
        assert "ratio (QtPdf / ours)" in out
