"""The app's look: fonts that cover Vietnamese and Lao, the style sheet, the icon.

Fonts are named explicitly because a fallback chosen by the system may render Lao as boxes or use a serif
face in the middle of a sans-serif screen; `Noto Sans Lao` comes from Debian's `fonts-noto-core`.
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPixmap

from ecabinet.ui.paths import resources_dir

log = logging.getLogger(__name__)

#: Tried in order for every character: Latin and Vietnamese first, then Lao.
FONT_FAMILIES: Final = ["Noto Sans", "Noto Sans Lao", "Noto Sans Lao UI", "DejaVu Sans", "Sans Serif"]
BASE_POINT_SIZE: Final = 12
#: Minimum height of anything a finger must hit (tablets).
TOUCH_TARGET_PX: Final = 48


def app_icon() -> QIcon:
    """The eCabinet icon (SVG, sharp at every size)."""
    return QIcon(str(resources_dir() / "ecabinet.svg"))


def app_logo(size: int) -> QPixmap:
    """The icon as a pixmap of `size` x `size` logical pixels, for headers."""
    return app_icon().pixmap(size, size)


def apply_style(app: QGuiApplication) -> None:
    """Set the font, style sheet and window icon on `app`."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setWindowIcon(app_icon())
    sheet = resources_dir() / "ecabinet.qss"
    try:
        style_sheet = sheet.read_text(encoding="utf-8").replace("@RESOURCES@", resources_dir().as_posix())
    except OSError as exc:
        log.warning("style sheet not loaded: %s", exc)
        return
    set_style_sheet = getattr(app, "setStyleSheet", None)
    if set_style_sheet is not None:
        set_style_sheet(style_sheet)
