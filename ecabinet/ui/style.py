"""The app's look: fonts that cover Vietnamese and Lao, the theme (style sheet and palette), the icon.

Fonts are named explicitly because a fallback chosen by the system may render Lao as boxes or use a serif
face in the middle of a sans-serif screen. The app ships its own: Noto Sans and Noto Sans Lao (SIL OFL 1.1)
come with the Python packages the PDF layer uses (`pymupdf-fonts`, `justmytype-intl-sea`), and are registered
with Qt at start, so a tablet without them installed still shows Vietnamese and Lao correctly.

The colours live in `theme.py`; `apply_theme` switches theme and text size while the app runs.
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon, QPixmap

from ecabinet.pdf.fonts import FontsMissingError, font_set
from ecabinet.ui.paths import resources_dir
from ecabinet.ui.theme import DEFAULT_THEME, build_qpalette, render_style_sheet, theme_palette

log = logging.getLogger(__name__)

#: Tried in order for every character: Latin and Vietnamese first, then Lao.
FONT_FAMILIES: Final = ["Noto Sans", "Noto Sans Lao", "Noto Sans Lao UI", "DejaVu Sans", "Sans Serif"]
BASE_POINT_SIZE: Final = 12
#: Minimum height of anything a finger must hit (tablets).
TOUCH_TARGET_PX: Final = 48
#: Application properties that remember the applied look (for `current_theme`).
THEME_PROPERTY: Final = "ecabinetTheme"
TEXT_SCALE_PROPERTY: Final = "ecabinetTextScale"

_bundled_families: list[str] | None = None


def app_icon() -> QIcon:
    """The eCabinet icon (SVG, sharp at every size)."""
    return QIcon(str(resources_dir() / "ecabinet.svg"))


def app_logo(size: int) -> QPixmap:
    """The icon as a pixmap of `size` x `size` logical pixels, for headers."""
    return app_icon().pixmap(size, size)


def register_bundled_fonts() -> list[str]:
    """Give Qt the fonts that ship with eCabinet (once per process); returns their family names.

    Empty if the font packages are missing. Registering again would add duplicate fonts every time the style
    is applied (on each theme change), so the families found the first time are remembered.
    """
    global _bundled_families
    if _bundled_families is not None:
        return list(_bundled_families)
    try:
        fonts = font_set()
    except FontsMissingError as exc:
        log.warning("bundled fonts not found, relying on the system's: %s", exc)
        _bundled_families = []
        return []
    families: list[str] = []
    for data in (fonts.sans_regular, fonts.sans_bold, fonts.lao_regular, fonts.lao_bold):
        if not data:
            continue
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    _bundled_families = families
    return list(families)


def app_font(text_scale: float = 1.0) -> QFont:
    """The app's font at `text_scale` times the base size: bundled families first, then fallbacks."""
    bundled = register_bundled_fonts()
    font = QFont()
    font.setFamilies(bundled + [f for f in FONT_FAMILIES if f not in bundled])
    font.setPointSizeF(BASE_POINT_SIZE * text_scale)
    return font


def apply_theme(app: QGuiApplication, theme: str = DEFAULT_THEME, text_scale: float = 1.0) -> None:
    """Give `app` the look of `theme` at `text_scale`; may be called again at any time to switch.

    Sets the palette (for native parts: pop-ups, message boxes, scroll bars), the font size and the style
    sheet; Qt then re-polishes every widget, so open screens change at once. An unknown theme raises
    ValueError (stored preferences are already checked by `Preferences.load`).
    """
    palette = theme_palette(theme)
    hints = app.styleHints()
    set_scheme = getattr(hints, "setColorScheme", None)
    if set_scheme is not None:
        # Native dialogs and styles that follow the system (Windows 11, macOS) draw dark parts for dark themes.
        set_scheme(Qt.ColorScheme.Dark if palette.is_dark else Qt.ColorScheme.Light)
    app.setPalette(build_qpalette(palette))
    app.setFont(app_font(text_scale))
    app.setProperty(THEME_PROPERTY, theme)
    app.setProperty(TEXT_SCALE_PROPERTY, text_scale)
    try:
        style_sheet = render_style_sheet(palette, text_scale)
    except OSError as exc:
        log.warning("style sheet not loaded: %s", exc)
        return
    set_style_sheet = getattr(app, "setStyleSheet", None)
    if set_style_sheet is not None:
        set_style_sheet(style_sheet)


def current_theme(app: QGuiApplication) -> tuple[str, float]:
    """The theme and text scale last applied to `app` by `apply_theme` (light, 1.0 before that)."""
    theme = app.property(THEME_PROPERTY)
    scale = app.property(TEXT_SCALE_PROPERTY)
    return (
        theme if isinstance(theme, str) else DEFAULT_THEME,
        float(scale) if isinstance(scale, int | float) else 1.0,
    )


def apply_style(app: QGuiApplication, theme: str = DEFAULT_THEME, text_scale: float = 1.0) -> None:
    """Set the fonts, window icon, and the look of `theme` at `text_scale` on `app` (at start)."""
    app.setWindowIcon(app_icon())
    apply_theme(app, theme, text_scale)
