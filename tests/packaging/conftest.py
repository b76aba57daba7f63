"""Fixtures shared by the packaging tests."""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, noted, closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Build:
    """The outputs of one run of packaging/build.py."""

    dist: Path
    bundle: Path  # dist/ecabinet: the one-folder bundle
    binary: Path
    deb: Path
    seconds: float


BUILD_ENV = "ECABINET_BUILD_BUNDLE"


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Build the bundle and the .deb once per session (a minute or two); only when asked to.

    The default test run skips this (set ECABINET_BUILD_BUNDLE=1, as .ci/run does); when asked, a missing
    PyInstaller is a failure, not a skip.
    """
    if os.environ.get(BUILD_ENV) != "1":
        pytest.skip(f"builds the installable bundle: set {BUILD_ENV}=1 (.ci/run does)")
    assert importlib.util.find_spec("PyInstaller") is not None, 'pip install -e ".[packaging]" first'
    root = Path(__file__).resolve().parents[2]
    out = tmp_path_factory.mktemp("build")
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            str(root / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    print(result.stdout)
    debs = sorted((out / "dist").glob("ecabinet_*.deb"))
    assert len(debs) == 1, list((out / "dist").iterdir())
    bundle = out / "dist" / "ecabinet"
    return Build(out / "dist", bundle, bundle / "ecabinet", debs[0], seconds)
