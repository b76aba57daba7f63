"""The app's look: fonts that cover Vietnamese and Lao, the style sheet, the icon.

Fonts are named explicitly because a fallback chosen by the system may render Lao as boxes or use a serif
face in the middle of a sans-serif screen. The app ships its own: Noto Sans and Noto Sans Lao (SIL OFL 1.1)
come with the Python packages the PDF layer uses (`pymupdf-fonts`, `justmytype-intl-sea`), and are registered
with Qt at start, so a tablet without them installed still shows Vietnamese and Lao correctly.
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon, QPixmap

from ecabinet.pdf.fonts import FontsMissingError, font_set
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


def register_bundled_fonts() -> list[str]:
    """Give Qt the fonts that ship with eCabinet; returns their family names (empty if unavailable)."""
    try:
        fonts = font_set()
    except FontsMissingError as exc:
        log.warning("bundled fonts not found, relying on the system's: %s", exc)
        return []
    families: list[str] = []
    for data in (fonts.sans_regular, fonts.sans_bold, fonts.lao_regular, fonts.lao_bold):
        if not data:
            continue
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    return families


def apply_style(app: QGuiApplication) -> None:
    """Set the font, style sheet and window icon on `app`."""
    bundled = register_bundled_fonts()
    font = QFont()
    font.setFamilies(bundled + [f for f in FONT_FAMILIES if f not in bundled])
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
