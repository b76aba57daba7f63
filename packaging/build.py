"""Build the installable desktop app: a PyInstaller one-folder bundle, and on Linux a `.deb` made with dpkg-deb.

    .venv/bin/pip install -e ".[packaging]"
    .venv/bin/python packaging/build.py            # -> dist/ecabinet/ (the bundle) and dist/ecabinet_<v>_<arch>.deb

Name, version, summary and licence come from the installed package's metadata (pyproject.toml), so a release
only changes the version there. Everything derived is made here, at build time, never committed:

- the translation catalogs (`.qm`, compiled from `i18n/*.ts` with the `lrelease` inside PySide6) - the bundle
  carries no `lrelease`, so the app cannot build them on a minister's machine;
- the icons: PNGs in the hicolor sizes, `.ico` (Windows) and `.icns` (macOS), all drawn from
  `resources/ecabinet.svg` with Qt's own SVG renderer;
- the Windows version resource, the `.desktop` and AppStream files with this version.

Only what the app uses goes in: the entry point is `packaging/entry.py` (not `ecabinet.cli`, which reaches
the server), Qt modules the app never imports are excluded, PyMuPDF goes without its optional extras, and of
the font packages only Noto Sans (Latin, Vietnamese) and Noto Sans Lao are kept.

The same script runs on Windows and macOS (spec settings for icons, version resource, the `.app` bundle; on
Windows it then runs Inno Setup's `ISCC` on `packaging/windows/ecabinet.iss` when that is installed). Those two
platforms have not been built or tried from this repository's CI: see docs/packaging.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import importlib.metadata
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
PACKAGING: Final = ROOT / "packaging"
#: Reverse-DNS id: names the .desktop file, the AppStream component and the icons.
APP_ID: Final = "org.ecabinet.ECabinet"
DISPLAY_NAME: Final = "eCabinet"
#: hicolor sizes installed on Linux (the SVG also goes to scalable/).
ICON_SIZES: Final = (16, 24, 32, 48, 64, 128, 256, 512)
LANGUAGES: Final = ("en", "vi", "lo")

#: Qt modules the app never imports (it uses QtCore, QtGui, QtWidgets, QtNetwork; QtSvg's plugins draw icons).
EXCLUDED_QT: Final = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning",
    "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip
#: Python packages that must not come along: the server side, test and developer tools, optional extras.
EXCLUDED_PYTHON: Final = (
    "ecabinet.server", "ecabinet.cli", "fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic", "psycopg",
    "psycopg_binary", "sse_starlette", "pydantic_settings", "multipart", "python_multipart", "yaml",
    "tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "mypy", "ruff", "IPython", "pydoc_data",
    # PyMuPDF's optional extras: none of them is installed with pymupdf-lite, keep it that way.
    "numpy", "PIL", "onnxruntime", "pymupdf4llm", "pymupdf.mupdf_devel", "fontTools",
    # httpx's command-line tool (httpx imports it only if these are installed).
    "click", "rich", "pygments", "markdown_it", "mdurl",
    "lib2to3", "unittest", "setuptools", "pkg_resources", "distutils",
)  # fmt: skip
#: Of pymupdf-fonts, only Noto Sans is used (`notos`, `notosbo`); the other faces are 5 MB of Python modules.
KEPT_PYMUPDF_FONTS: Final = ("NotoSans_Regular", "NotoSans_Bold")
#: Debian packages the bundle's Qt needs from the system (Qt itself is in the bundle).
DEB_DEPENDS: Final = (
    "libc6", "libstdc++6", "libgcc-s1",
    "libegl1", "libgl1", "libopengl0", "libxkbcommon0", "libfontconfig1", "libfreetype6", "libdbus-1-3",
    "libglib2.0-0", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xfixes0", "libxcb-xkb1",
    "libx11-xcb1",
)  # fmt: skip


@dataclass(frozen=True)
class Meta:
    """What the package metadata says (pyproject.toml, as installed)."""

    name: str
    version: str
    summary: str
    license: str
    homepage: str

    @classmethod
    def read(cls) -> Meta:
        meta = importlib.metadata.metadata("ecabinet")
        urls = [u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or [] if "," in u]
        return cls(
            name=meta["Name"],
            version=meta["Version"],
            summary=meta["Summary"] or "",
            license=meta["License-Expression"] or meta["License"] or "AGPL-3.0-or-later",
            homepage=urls[0] if urls else "",
        )

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        parts = [int(p) for p in self.version.split("+")[0].split(".")[:4] if p.isdigit()]
        return tuple([*parts, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


# -- derived files ---------------------------------------------------------------------------------------


def compile_catalogs(stage: Path) -> list[Path]:
    """`i18n/` for the bundle: the `.ts` sources and their `.qm` under the names the app looks for."""
    from ecabinet.ui.translations import compile_catalog

    target = stage / "i18n"
    compiled = target / "compiled"
    compiled.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    for language in LANGUAGES:
        ts = ROOT / "i18n" / f"ecabinet_{language}.ts"
        shutil.copy2(ts, target / ts.name)
        qm = compile_catalog(ts, compiled)
        if qm is None:
            raise SystemExit(f"could not compile {ts} (is PySide6's lrelease there?)")
        built.append(qm)
    return built


def render_icons(stage: Path) -> Path:
    """PNGs for every hicolor size plus `.ico` and `.icns`, drawn from the SVG; returns the icon folder."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = ROOT / "resources" / "ecabinet.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    icons = stage / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    shutil.copy2(svg, icons / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        if not image.save(str(icons / f"{size}.png")):
            raise SystemExit(f"cannot write the {size} px icon")
        if size == 256:
            # Qt's ico/icns image plugins write one size; Windows and macOS scale it down themselves.
            if not image.save(str(icons / "ecabinet.ico"), "ICO"):  # type: ignore[call-overload]
                log("warning: no Qt ICO writer; the Windows build will have the default icon")
            if not image.save(str(icons / "ecabinet.icns"), "ICNS"):  # type: ignore[call-overload]
                log("warning: no Qt ICNS writer; the macOS build will have the default icon")
    return icons


def windows_version_file(stage: Path, meta: Meta) -> Path:
    """The version resource PyInstaller embeds into ecabinet.exe (Windows only; harmless text elsewhere)."""
    v = meta.version_tuple
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0,
                    date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'eCabinet developers'),
      StringStruct('FileDescription', {DISPLAY_NAME!r}),
      StringStruct('FileVersion', {meta.version!r}),
      StringStruct('InternalName', 'ecabinet'),
      StringStruct('LegalCopyright', {"Licence: " + meta.license!r}),
      StringStruct('OriginalFilename', 'ecabinet.exe'),
      StringStruct('ProductName', {DISPLAY_NAME!r}),
      StringStruct('ProductVersion', {meta.version!r})])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    path = stage / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path


def stage_resources(stage: Path) -> Path:
    target = stage / "resources"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "resources", target)
    return target


# -- the bundle ------------------------------------------------------------------------------------------


def pyinstaller_args(stage: Path, dist: Path, work: Path, icons: Path, meta: Meta) -> list[str]:
    import justmytype_intl_sea

    sep = os.pathsep
    lao = Path(justmytype_intl_sea.__file__).parent / "fonts" / "ofl" / "notosanslao"
    args = [
        str(PACKAGING / "entry.py"),
        "--name", "ecabinet",
        "--onedir",
        "--noconfirm",
        "--clean",
        "--log-level", "WARN",
        "--distpath", str(dist),
        "--workpath", str(work),
        "--specpath", str(work),
        # The source tree itself: an editable install (pip install -e) is invisible to PyInstaller's analysis.
        "--paths", str(ROOT),
        "--add-data", f"{stage / 'i18n'}{sep}i18n",
        "--add-data", f"{stage / 'resources'}{sep}resources",
        "--add-data", f"{lao}{sep}justmytype_intl_sea/fonts/ofl/notosanslao",
        "--copy-metadata", "ecabinet",
        "--hidden-import", "pymupdf_fonts",
        *[arg for font in KEPT_PYMUPDF_FONTS for arg in ("--hidden-import", f"pymupdf_fonts.{font}")],
        *[arg for mod in EXCLUDED_PYTHON for arg in ("--exclude-module", mod)],
        *[arg for mod in EXCLUDED_QT for arg in ("--exclude-module", f"PySide6.{mod}")],
    ]  # fmt: skip
    import pymupdf_fonts

    for module in Path(pymupdf_fonts.__file__).parent.glob("*.py"):
        if module.stem != "__init__" and module.stem not in KEPT_PYMUPDF_FONTS:
            args += ["--exclude-module", f"pymupdf_fonts.{module.stem}"]
    if sys.platform.startswith("linux"):
        # Debug symbols (a pyenv Python keeps them in libpython) are a third of the size; nobody debugs there.
        args += ["--strip"]
    if sys.platform == "win32":
        args += ["--windowed", "--icon", str(icons / "ecabinet.ico"), "--version-file", str(stage / "version_info.txt")]
    elif sys.platform == "darwin":
        args += ["--windowed", "--icon", str(icons / "ecabinet.icns"), "--osx-bundle-identifier", APP_ID]
    return args


#: Qt plugins the app has no use for, and what they drag in: the QML virtual keyboard (Qt Quick, QML; tablets
#: use the system's on-screen keyboard), the PDF image format (Qt Pdf; PyMuPDF renders), the GTK theme (GTK,
#: cairo, pango), full-screen embedded platforms (eglfs, linuxfb, vnc, Vulkan display).
PRUNED_PLUGINS: Final = (
    "platforminputcontexts/libqtvirtualkeyboardplugin.so", "imageformats/libqpdf.so",
    "platformthemes/libqgtk3.so", "platforms/libqeglfs.so", "platforms/libqminimalegl.so",
    "platforms/libqlinuxfb.so", "platforms/libqvnc.so", "platforms/libqvkkhrdisplay.so", "egldeviceintegrations",
)  # fmt: skip
#: Left to the system on Linux: an older copy in the bundle would shadow the one the graphics driver needs.
SYSTEM_LIBRARIES: Final = ("libstdc++.so.6", "libgcc_s.so.1")


@functools.cache
def _needed(elf: Path) -> frozenset[str]:
    """The DT_NEEDED entries of a shared object (what the dynamic loader will look for)."""
    result = subprocess.run(["readelf", "-d", str(elf)], capture_output=True, text=True, check=False)
    return frozenset(
        line.split("[", 1)[1].split("]", 1)[0] for line in result.stdout.splitlines() if "(NEEDED)" in line
    )


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def prune_bundle(bundle: Path) -> None:
    """Remove what PyInstaller's hooks take but the app never loads; check nothing left needs what went.

    Qt's catalogs for languages the app does not speak go, then the plugins above and every library only they
    needed. A library still named by a remaining binary stops the build instead of breaking the app later.
    """
    for folder in bundle.rglob("translations"):
        if folder.parent.name != "Qt":
            continue
        for qm in folder.glob("*.qm"):
            language = qm.stem.split("_", 1)[-1].split("_")[0]
            if language not in LANGUAGES:
                qm.unlink()
    if not sys.platform.startswith("linux"):
        return
    plugins = next(bundle.rglob("plugins/platforms")).parent
    candidates: set[str] = set()
    for name in PRUNED_PLUGINS:
        target = plugins / name
        for plugin in [p for p in target.rglob("*.so") if p.is_file()] if target.is_dir() else [target]:
            if plugin.is_file():
                candidates |= _needed(plugin)
                plugin.unlink()
        if target.is_dir():
            shutil.rmtree(target)
    libraries = {p.name: p for p in bundle.rglob("*.so*") if p.is_file() or p.is_symlink()}
    gone: set[str] = set()
    # Drop libraries no remaining binary needs, repeatedly (one gone may free others).
    while True:
        remaining = _elf_files(bundle)
        needed = set().union(*(_needed(f) for f in remaining))
        orphans = [n for n in candidates if n in libraries and n not in needed]
        if not orphans:
            break
        for name in orphans:
            real = libraries[name].resolve()
            candidates |= _needed(real) if real.exists() else set()
            for path in bundle.rglob(name):
                path.unlink()
            if real.exists():
                real.unlink()
            candidates.discard(name)
            gone.add(name)
            del libraries[name]
    for name in SYSTEM_LIBRARIES:
        for path in bundle.rglob(name):
            path.unlink()
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    for link in dangling:
        link.unlink()
    broken = [(f, sorted(_needed(f) & gone)) for f in _elf_files(bundle) if _needed(f) & gone]
    if broken:
        raise SystemExit(f"pruning removed libraries still needed: {broken}")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build_bundle(dist: Path, work: Path, meta: Meta) -> Path:
    import PyInstaller.__main__

    stage = work / "stage"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    catalogs = compile_catalogs(stage)
    log(f"translations: {', '.join(q.name for q in catalogs)}")
    stage_resources(stage)
    icons = render_icons(stage)
    windows_version_file(stage, meta)
    started = time.monotonic()
    PyInstaller.__main__.run(pyinstaller_args(stage, dist, work / "pyinstaller", icons, meta))
    bundle = dist / "ecabinet"
    prune_bundle(bundle)
    # Keep the rendered icons next to the bundle for the installers (the .deb, Inno Setup).
    shutil.copytree(icons, dist / "icons", dirs_exist_ok=True)
    log(f"bundle {bundle}: {folder_size(bundle) / 1e6:.0f} MB, PyInstaller took {time.monotonic() - started:.0f} s")
    return bundle


# -- Linux: .desktop, AppStream, .deb ---------------------------------------------------------------------


def fill(template: Path, meta: Meta) -> str:
    return (
        template.read_text(encoding="utf-8")
        .replace("@APP_ID@", APP_ID)
        .replace("@VERSION@", meta.version)
        .replace("@DATE@", dt.date.today().isoformat())
        .replace("@SUMMARY@", meta.summary)
        .replace("@HOMEPAGE@", meta.homepage)
    )


def deb_architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True, text=True).stdout.strip()


def build_deb(bundle: Path, dist: Path, work: Path, meta: Meta) -> Path:
    """Lay out the file system tree and let dpkg-deb pack it (owner root, no maintainer scripts needed:
    Debian's triggers refresh the menu and the icon cache when files land in those folders)."""
    root = work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / "ecabinet"
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "ecabinet").symlink_to("/opt/ecabinet/ecabinet")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{APP_ID}.desktop").write_text(
        fill(PACKAGING / "linux" / "ecabinet.desktop", meta), encoding="utf-8"
    )
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        fill(PACKAGING / "linux" / "ecabinet.metainfo.xml", meta), encoding="utf-8"
    )
    icons = dist / "icons"
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(icons / f"{size}.png", folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / f"{APP_ID}.svg", scalable / f"{APP_ID}.svg")
    doc = share / "doc" / "ecabinet"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {DISPLAY_NAME}\n\nFiles: *\nCopyright: eCabinet developers\nLicense: {meta.license}\n"
        " The full licence text is in /opt/ecabinet/_internal/ecabinet-*.dist-info/licenses/LICENSE.\n"
        " Bundled: Qt and PySide6 (LGPL-3.0), PyMuPDF (AGPL-3.0), Noto Sans and Noto Sans Lao (OFL-1.1).\n",
        encoding="utf-8",
    )
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    control = root / "DEBIAN"
    control.mkdir()
    installed_kib = (folder_size(root) + 1023) // 1024
    arch = deb_architecture()
    description = meta.summary.rstrip(".")
    (control / "control").write_text(
        f"Package: ecabinet\nVersion: {meta.version}\nArchitecture: {arch}\n"
        "Maintainer: eCabinet developers <ecabinet@example.invalid>\n"
        f"Installed-Size: {installed_kib}\nDepends: {', '.join(DEB_DEPENDS)}\n"
        "Section: misc\nPriority: optional\n"
        + (f"Homepage: {meta.homepage}\n" if meta.homepage else "")
        + f"Description: {DISPLAY_NAME} desktop app: {description[:1].lower() + description[1:]}\n"
        " Ministers and the secretariat read meeting papers offline, annotate them, state positions\n"
        " and vote. Signs in to an eCabinet server; reads provisioning from /etc/ecabinet.\n",
        encoding="utf-8",
    )
    deb = dist / f"ecabinet_{meta.version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)], check=True, capture_output=True
    )
    log(f"package {deb}: {deb.stat().st_size / 1e6:.0f} MB")
    return deb


def build_windows_installer(dist: Path, meta: Meta) -> None:
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    script = PACKAGING / "windows" / "ecabinet.iss"
    if iscc is None:
        log(f"Inno Setup not found: run ISCC /DAppVersion={meta.version} /DDist={dist} {script}")
        return
    subprocess.run([iscc, f"/DAppVersion={meta.version}", f"/DDist={dist}", str(script)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the eCabinet desktop bundle and installers.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default ./dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "packaging", help="scratch folder")
    parser.add_argument("--no-installer", action="store_true", help="only the bundle (no .deb / setup.exe)")
    args = parser.parse_args(argv)
    meta = Meta.read()
    log(f"{meta.name} {meta.version} for {sys.platform}")
    started = time.monotonic()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve(), meta)
    if not args.no_installer:
        if sys.platform.startswith("linux") and shutil.which("dpkg-deb"):
            build_deb(bundle, args.dist.resolve(), args.work.resolve(), meta)
        elif sys.platform == "win32":
            build_windows_installer(args.dist.resolve(), meta)
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
