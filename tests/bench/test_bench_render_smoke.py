"""A seconds-long smoke run of the render benchmark, so it keeps working; real numbers come from running it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import load_script


def test_render_benchmark_runs(capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    module = load_script(Path(__file__).parent / "bench_render.py")
    assert module.main(["--pages", "6", "--sample", "3"]) == 0
    out = capsys.readouterr().out
    assert "first page (worker running)" in out and "via RenderService" in out and "page turn from cache" in out
    if shutil.which("pdftoppm"):
        assert "pdftoppm, one call per page" in out and "slower per call" in out
    else:
        assert "pdftoppm not found" in out
