"""Qt fixtures: throwaway data and cache folders, an in-memory keyring, translators, and a main window wired
to a controller."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from support import MemoryKeyring

from ecabinet.ui.main_window import MainWindow
from ecabinet.ui.session import EngineFactory, SessionController
from ecabinet.ui.style import apply_style
from ecabinet.ui.translations import Translations


@pytest.fixture(autouse=True)
def ecabinet_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data and cache folders; nothing touches the real profile."""
    monkeypatch.setenv("ECABINET_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ECABINET_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def ui_keyring(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    """Every UI test gets an empty in-memory keyring of its own."""
    return memory_keyring


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compiled catalogs, shared by the session (building them is the slow part)."""
    return tmp_path_factory.mktemp("qm")


@pytest.fixture
def translations(qapp: QApplication, qm_dir: Path) -> Iterator[Translations]:
    """The app's translators, in English to start; removed again after the test."""
    apply_style(qapp)
    result = Translations(qapp, qm_dir=qm_dir)
    result.set_language("en")
    yield result
    result.clear()


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, noted, closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, translations: Translations) -> Iterator[MakeWindow]:  # type: ignore[no-untyped-def]
    """Build a shown MainWindow with its own SessionController; both are shut down after the test.

    `start=True` also calls `window.start()`, as the app does (offline start from the store)."""
    controllers: list[SessionController] = []
    windows: list[MainWindow] = []

    def make(
        *,
        server_url: str | None = "http://127.0.0.1:1",
        demo_accounts: Sequence[tuple[str, str]] | None = None,
        engine_factory: EngineFactory | None = None,
        profile: str = "default",
        start: bool = False,
    ) -> MainWindow:
        if engine_factory is None:
            controller = SessionController(profile=profile)
        else:
            controller = SessionController(profile=profile, engine_factory=engine_factory)
        controllers.append(controller)
        window = MainWindow(controller, translations=translations, server_url=server_url, demo_accounts=demo_accounts)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        if start:
            window.start()
        return window

    yield make
    for window in windows:
        window.close()  # stops the window's render worker
    for controller in controllers:
        controller.shutdown()
