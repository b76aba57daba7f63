"""Where the app finds its bundled files (translations, icons, style) and where it may cache built ones.

Bundled files sit at the top of a source checkout (`i18n/`, `resources/`); a PyInstaller bundle unpacks them
under `sys._MEIPASS`. The cache holds derived files only (compiled `.qm` catalogs), so deleting it is safe.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Final

import platformdirs

CACHE_DIR_ENV: Final = "ECABINET_CACHE_DIR"


def bundle_root() -> Path:
    """The folder that holds `i18n/` and `resources/`: the bundle when frozen, else the source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def i18n_dir() -> Path:
    """The Qt Linguist sources (`ecabinet_<lang>.ts`)."""
    return bundle_root() / "i18n"


def resources_dir() -> Path:
    """Icons and the style sheet."""
    return bundle_root() / "resources"


def cache_dir() -> Path:
    """Derived files that can be rebuilt at any time; `$ECABINET_CACHE_DIR` overrides it (tests)."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir("ecabinet", appauthor=False))
