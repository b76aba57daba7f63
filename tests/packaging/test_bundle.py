"""The bundle as a minister gets it: started offscreen against a real server, it reaches the sign-in screen in
English and in Lao (translations and fonts from inside the bundle), reads a provisioning file, and still starts
when that file is broken. Also measures start-up against running from the venv (numbers for docs/packaging.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any  # the `build` fixture (tests/packaging/conftest.py: Build)

import pytest

from ecabinet import __version__

pytestmark = [pytest.mark.slow, pytest.mark.packaging]

ROOT = Path(__file__).resolve().parents[2]


def is_lao(text: str) -> bool:
    return any("\u0e80" <= ch <= "\u0eff" for ch in text)


def start(command: list[str], tmp: Path, *args: str, env: dict[str, str] | None = None) -> tuple[dict, float]:
    """Run the app until its first screen (sign-in or the server question) shows; returns the smoke report and
    the seconds it took."""
    tmp.mkdir(parents=True, exist_ok=True)
    report = tmp / "report.json"
    report.unlink(missing_ok=True)
    full_env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ECABINET_DATA_DIR": str(tmp / "data"),
        "ECABINET_CACHE_DIR": str(tmp / "cache"),
        "ECABINET_SMOKE_REPORT": str(report),
        **(env or {}),
    }
    started = time.monotonic()
    proc = subprocess.run([*command, *args], env=full_env, capture_output=True, text=True, timeout=120)
    seconds = time.monotonic() - started
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert report.is_file(), f"no sign-in screen: {proc.stderr[-3000:]}"
    return {**json.loads(report.read_text(encoding="utf-8")), "stderr": proc.stderr}, seconds


@pytest.mark.parametrize("language", ["en", "lo"])
def test_bundle_reaches_sign_in(build: Any, demo_server: str, tmp_path: Path, language: str) -> None:
    report, _ = start([str(build.binary)], tmp_path, "--server", demo_server, "--language", language)
    assert report["screen"] == "sign_in" and report["frozen"] is True
    assert report["version"] == __version__
    assert report["server_address"] == demo_server
    # Both fonts come from inside the bundle, whatever the machine has installed.
    assert {"Noto Sans", "Noto Sans Lao"} <= set(report["bundled_fonts"])
    if language == "en":
        assert report["title"] == "Sign in" and report["server_label"] == "Server address"
    else:
        assert is_lao(report["title"]) and is_lao(report["server_label"]) and is_lao(report["button"])


def test_bundle_reads_provisioning_and_survives_a_broken_one(build: Any, demo_server: str, tmp_path: Path) -> None:
    good = tmp_path / "provisioning.toml"
    good.write_text(f'server_url = "{demo_server}"\n', encoding="utf-8")
    report, _ = start([str(build.binary)], tmp_path, env={"ECABINET_PROVISIONING": str(good)})
    assert report["server_address"] == demo_server
    broken = tmp_path / "broken.toml"
    broken.write_text("server_url = \n", encoding="utf-8")
    report, _ = start([str(build.binary)], tmp_path / "b", env={"ECABINET_PROVISIONING": str(broken)})
    # A broken file is said on screen (the first-run page asks for the server) and in the log for the IT office.
    assert report["screen"] == "server_setup" and report["server_address"] == ""
    assert "not valid TOML" in report["provisioning_problem"]
    assert "broken.toml" in report["stderr"] and "not valid TOML" in report["stderr"]
    # No provisioning file and no --server: a fresh install asks which server.
    report, _ = start([str(build.binary)], tmp_path / "c")
    assert report["screen"] == "server_setup" and report["button"]


def test_start_up_time_bundle_vs_venv(build: Any, demo_server: str, tmp_path: Path) -> None:
    """Wall-clock time from process start to the sign-in screen (best of 3, warm disk cache)."""
    timings: dict[str, float] = {}
    for name, command in (
        ("bundle", [str(build.binary)]),
        ("venv", [sys.executable, str(ROOT / "packaging" / "entry.py")]),
    ):
        runs = [start(command, tmp_path / name, "--server", demo_server)[1] for _ in range(3)]
        timings[name] = min(runs)
    size = sum(f.stat().st_size for f in build.bundle.rglob("*") if f.is_file() and not f.is_symlink())
    print(
        f"\nbundle {size / 1e6:.0f} MB, .deb {build.deb.stat().st_size / 1e6:.0f} MB, build {build.seconds:.0f} s; "
        f"start-up to sign-in: bundle {timings['bundle']:.2f} s, venv {timings['venv']:.2f} s"
    )
    assert timings["bundle"] < 30
