"""The .deb, unpacked into a temporary root with dpkg's own tool: the files a menu entry needs are there."""

from __future__ import annotations

import importlib.metadata
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any  # the `build` fixture (tests/packaging/conftest.py: Build)

import pytest

APP_ID = "org.ecabinet.ECabinet"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

pytestmark = [pytest.mark.slow, pytest.mark.packaging]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.fixture(scope="module")
def root(build: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg", "-x", str(build.deb), str(target)], check=True)
    return target


def test_control_fields(build: Any) -> None:
    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "--field", str(build.deb), name], check=True, capture_output=True, text=True
        ).stdout.strip()

    assert field("Package") == "ecabinet"
    assert field("Version") == importlib.metadata.version("ecabinet")
    depends = field("Depends")
    assert "libxcb-cursor0" in depends and "libegl1" in depends
    assert build.deb.name == f"ecabinet_{field('Version')}_{field('Architecture')}.deb"


def test_file_list_binary_desktop_file_icons(root: Path, build: Any) -> None:
    binary = root / "opt" / "ecabinet" / "ecabinet"
    assert binary.is_file() and binary.stat().st_mode & 0o111
    launcher = root / "usr" / "bin" / "ecabinet"
    assert launcher.is_symlink() and str(launcher.readlink()) == "/opt/ecabinet/ecabinet"

    desktop = root / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    entries = dict(line.split("=", 1) for line in desktop.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert entries["Exec"] == "ecabinet" and entries["Icon"] == APP_ID and entries["Type"] == "Application"
    assert entries["Name"] == "eCabinet" and "Office" in entries["Categories"]
    assert entries["Comment[lo]"] and entries["Comment[vi]"]

    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert png_size(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes().lstrip().startswith(b"<")

    metainfo = root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    text = metainfo.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text and f'version="{importlib.metadata.version("ecabinet")}"' in text
    assert "@" not in text.replace("xml:lang", "")  # every placeholder was filled
    # The translations and the fonts for Vietnamese and Lao travel inside the bundle.
    internal = root / "opt" / "ecabinet" / "_internal"
    assert sorted(q.name.split(".")[0] for q in (internal / "i18n" / "compiled").glob("*.qm")) == [
        "ecabinet_en",
        "ecabinet_lo",
        "ecabinet_vi",
    ]
    assert list((internal / "justmytype_intl_sea").rglob("NotoSansLao*.ttf"))
    # What the build promised to leave out is out.
    names = {p.name for p in internal.rglob("*")}
    assert not {n for n in names if "WebEngine" in n or "Qt6Quick" in n or "Qt6Qml" in n or "Qt63D" in n}
    assert not {n for n in names if n.startswith(("fastapi", "sqlalchemy", "uvicorn", "alembic", "numpy"))}


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_validates(root: Path) -> None:
    metainfo = root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_unpacked_binary_runs_from_its_new_place(root: Path) -> None:
    result = subprocess.run(
        [str(root / "opt" / "ecabinet" / "ecabinet"), "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ecabinet {importlib.metadata.version('ecabinet')}"
