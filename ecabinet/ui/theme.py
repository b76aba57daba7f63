"""The app's colour themes (light, dark, high contrast): one palette each, filled into one style sheet template.

Every colour the style sheet uses is a field of `Palette`, so a theme is complete by construction: the
template (`resources/ecabinet.qss`) names fields as `@field@`, and rendering fails loudly on a name the palette
does not have. Font sizes in the template are written `@font:N@` (N px at normal size) and scale with the
person's text size. The same palette also becomes the application's `QPalette`, so what the style sheet does
not reach (combo pop-ups, message boxes, scroll bars, tooltips) follows the theme too.

Readability is checked, not hoped for: `CONTRAST_PAIRS` lists which fields are drawn on which, with the
WCAG 2.x minimum each must meet (4.5:1 for text, 3:1 for large text and for the parts of controls and focus
indicators people must see); `contrast_ratio` is WCAG's formula, and the tests hold every theme to it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Final

from PySide6.QtGui import QColor, QPalette

from ecabinet.ui.paths import cache_dir, resources_dir

log = logging.getLogger(__name__)

#: WCAG 2.x AA minimum contrast: body text, and large text (18 pt, or 14 pt bold) / non-text UI parts.
TEXT_CONTRAST: Final = 4.5
LARGE_CONTRAST: Final = 3.0
UI_CONTRAST: Final = 3.0
#: WCAG AAA for text; the high-contrast theme is held to this.
ENHANCED_CONTRAST: Final = 7.0

_HEX = re.compile(r"#[0-9A-Fa-f]{6}")
_PLACEHOLDER = re.compile(r"@([A-Za-z_]+)(?::(\d+))?@")
#: The colour drawn in resources/chevron-down.svg (the light theme uses the file as it is).
_CHEVRON_FILE_COLOUR: Final = "#1F4E79"


@dataclass(frozen=True)
class Palette:
    """Every colour of a theme, named by role ("#RRGGBB")."""

    window: str  # page background
    surface: str  # cards, fields, buttons, header
    text: str  # body text
    muted: str  # secondary text: hints, times, status
    strong: str  # field labels, page indicator
    title: str  # the app's name
    link: str  # titles that open something (documents, demo accounts, search hits)
    border: str  # card and header edges
    input_border: str  # field, button and combo edges
    selection: str  # selected text background
    on_selection: str  # selected text
    focus: str  # keyboard focus ring on fields, buttons, cards, rows
    disabled_bg: str
    disabled_text: str
    button_text: str
    button_hover: str
    button_pressed: str
    primary: str  # the one main action of a screen
    primary_hover: str
    primary_pressed: str
    primary_focus_bg: str  # the main action while it has keyboard focus
    primary_focus: str  # ring inside the main action while it has focus
    on_primary: str
    primary_disabled: str
    primary_disabled_text: str
    row_bg: str  # document rows, search hits, demo account tiles
    row_border: str
    tile_border: str
    hover: str  # rows under the pointer, the highlighted entry of a combo pop-up
    hover_border: str
    selected_row_bg: str
    selected_row_border: str
    error_bg: str
    error_border: str
    error_text: str
    info_bg: str
    info_border: str
    info_text: str
    track: str  # progress bar groove
    progress: str  # progress bar fill
    chevron: str  # combo box arrow
    badge_info_bg: str
    badge_info_text: str
    badge_ok_bg: str
    badge_ok_text: str
    badge_warn_bg: str
    badge_warn_text: str
    badge_neutral_bg: str
    badge_neutral_text: str
    offline_bg: str
    offline_border: str
    offline_text: str
    offline_banner_bg: str
    offline_banner_border: str
    offline_banner_text: str
    scroll_handle: str
    scroll_handle_hover: str
    #: True for dark backgrounds: tells Qt's style hints which colour scheme native parts should use.
    is_dark: bool = False

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, str) and not _HEX.fullmatch(value):
                raise ValueError(f"{field.name}={value!r} is not a #RRGGBB colour")

    def colours(self) -> dict[str, str]:
        """Field name -> colour, for the template."""
        return {f.name: getattr(self, f.name) for f in fields(self) if isinstance(getattr(self, f.name), str)}


LIGHT: Final = Palette(
    window="#F3F5F8",
    surface="#FFFFFF",
    text="#1B2733",
    muted="#5B6B7B",
    strong="#34495E",
    title="#1F4E79",
    link="#1F4E79",
    border="#D9E0E8",
    input_border="#7D8C9B",
    selection="#24598A",
    on_selection="#FFFFFF",
    focus="#1F4E79",
    disabled_bg="#F0F2F5",
    disabled_text="#7A8896",
    button_text="#1F4E79",
    button_hover="#EEF3F8",
    button_pressed="#DCE6F0",
    primary="#1F4E79",
    primary_hover="#24598A",
    primary_pressed="#173C5E",
    primary_focus_bg="#1F4E79",
    primary_focus="#A9D3FF",
    on_primary="#FFFFFF",
    primary_disabled="#6F8BA8",
    primary_disabled_text="#FFFFFF",
    row_bg="#F7F9FB",
    row_border="#E3E8EE",
    tile_border="#DDE4EB",
    hover="#EAF1F8",
    hover_border="#AFC3D8",
    selected_row_bg="#E1ECF7",
    selected_row_border="#1F4E79",
    error_bg="#FDF3F2",
    error_border="#E8B4AE",
    error_text="#8A2A1F",
    info_bg="#EEF4FA",
    info_border="#C6D7E8",
    info_text="#1F4E79",
    track="#DCE6F0",
    progress="#1F4E79",
    chevron="#1F4E79",
    badge_info_bg="#E7EEF6",
    badge_info_text="#1F4E79",
    badge_ok_bg="#E3F4EA",
    badge_ok_text="#1E6B3A",
    badge_warn_bg="#F4F0E2",
    badge_warn_text="#7A5B00",
    badge_neutral_bg="#EEF0F2",
    badge_neutral_text="#5B6B7B",
    offline_bg="#FFF4DC",
    offline_border="#E9CF8F",
    offline_text="#6B4E00",
    offline_banner_bg="#FFF8E8",
    offline_banner_border="#EBD9A8",
    offline_banner_text="#5C4300",
    scroll_handle="#C5CFDA",
    scroll_handle_hover="#9FB3C8",
)

DARK: Final = Palette(
    window="#10171F",
    surface="#19232E",
    text="#E6EDF3",
    muted="#A6B4C2",
    strong="#C9D5E0",
    title="#8CC8FF",
    link="#8CC8FF",
    border="#2C3A48",
    input_border="#6A7E92",
    selection="#2F6DB0",
    on_selection="#FFFFFF",
    focus="#7CC0FF",
    disabled_bg="#1C252E",
    disabled_text="#6F7C89",
    button_text="#9CD0FF",
    button_hover="#22303E",
    button_pressed="#2B3C4E",
    primary="#7CC0FF",
    primary_hover="#9CD0FF",
    primary_pressed="#5EA8EE",
    primary_focus_bg="#7CC0FF",
    primary_focus="#0B1724",
    on_primary="#0B1724",
    primary_disabled="#2E3C4A",
    primary_disabled_text="#9AA8B6",
    row_bg="#1E2935",
    row_border="#2C3A48",
    tile_border="#33414F",
    hover="#25364A",
    hover_border="#4C6580",
    selected_row_bg="#1F3A57",
    selected_row_border="#7CC0FF",
    error_bg="#3A1D1B",
    error_border="#8A3F37",
    error_text="#FFB4A9",
    info_bg="#15283A",
    info_border="#2D4F70",
    info_text="#A8D4FF",
    track="#2C3A48",
    progress="#7CC0FF",
    chevron="#9CD0FF",
    badge_info_bg="#1C3550",
    badge_info_text="#A8D4FF",
    badge_ok_bg="#163A25",
    badge_ok_text="#8FE0A8",
    badge_warn_bg="#3B3014",
    badge_warn_text="#F2CD6B",
    badge_neutral_bg="#2A343F",
    badge_neutral_text="#B8C4CF",
    offline_bg="#3B3014",
    offline_border="#7A6328",
    offline_text="#F5D77A",
    offline_banner_bg="#2D2613",
    offline_banner_border="#6B5A2A",
    offline_banner_text="#F0D890",
    scroll_handle="#465564",
    scroll_handle_hover="#627487",
    is_dark=True,
)

HIGH_CONTRAST: Final = Palette(
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#E0E0E0",
    strong="#FFFFFF",
    title="#FFFF00",
    link="#FFFF00",
    border="#FFFFFF",
    input_border="#FFFFFF",
    selection="#00FFFF",
    on_selection="#000000",
    focus="#00FFFF",
    disabled_bg="#000000",
    disabled_text="#A0A0A0",
    button_text="#FFFF00",
    button_hover="#1A1A1A",
    button_pressed="#333333",
    primary="#FFFF00",
    primary_hover="#FFFF80",
    primary_pressed="#E0E000",
    primary_focus_bg="#00FFFF",
    primary_focus="#000000",
    on_primary="#000000",
    primary_disabled="#404040",
    primary_disabled_text="#D0D0D0",
    row_bg="#000000",
    row_border="#FFFFFF",
    tile_border="#FFFFFF",
    hover="#003A3A",
    hover_border="#00FFFF",
    selected_row_bg="#002B5C",
    selected_row_border="#FFFF00",
    error_bg="#000000",
    error_border="#FF8080",
    error_text="#FFA0A0",
    info_bg="#000000",
    info_border="#FFFF00",
    info_text="#FFFF00",
    track="#404040",
    progress="#00FFFF",
    chevron="#FFFF00",
    badge_info_bg="#000000",
    badge_info_text="#80E0FF",
    badge_ok_bg="#000000",
    badge_ok_text="#60FF60",
    badge_warn_bg="#000000",
    badge_warn_text="#FFD040",
    badge_neutral_bg="#000000",
    badge_neutral_text="#FFFFFF",
    offline_bg="#000000",
    offline_border="#FFD040",
    offline_text="#FFD040",
    offline_banner_bg="#000000",
    offline_banner_border="#FFD040",
    offline_banner_text="#FFD040",
    scroll_handle="#C0C0C0",
    scroll_handle_hover="#FFFFFF",
    is_dark=True,
)

#: The themes by the name `Preferences.theme` stores.
THEMES: Final[dict[str, Palette]] = {"light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST}
DEFAULT_THEME: Final = "light"


@dataclass(frozen=True)
class ContrastPair:
    """`foreground` (a Palette field) is drawn on `background` (another) and needs at least `minimum`:1."""

    foreground: str
    background: str
    minimum: float
    what: str

    @property
    def is_text(self) -> bool:
        return self.minimum >= TEXT_CONTRAST


def _text(fg: str, bg: str, what: str) -> ContrastPair:
    return ContrastPair(fg, bg, TEXT_CONTRAST, what)


def _ui(fg: str, bg: str, what: str) -> ContrastPair:
    return ContrastPair(fg, bg, UI_CONTRAST, what)


#: What is drawn on what. Disabled controls are left out: WCAG exempts inactive components.
CONTRAST_PAIRS: Final[tuple[ContrastPair, ...]] = (
    _text("text", "window", "body text on the page"),
    _text("text", "surface", "body text on cards and in fields"),
    _text("text", "row_bg", "text in document rows"),
    _text("text", "hover", "highlighted entry of a combo pop-up"),
    _text("text", "selected_row_bg", "text in the selected document row"),
    _text("muted", "window", "hints and status on the page"),
    _text("muted", "surface", "times and hints on cards"),
    _text("muted", "row_bg", "page counts in document rows"),
    _text("strong", "surface", "field labels"),
    _text("strong", "window", "page indicator"),
    _text("title", "surface", "the app's name in the header"),
    _text("title", "window", "the app's name on the sign-in page"),
    _text("link", "row_bg", "document titles, demo account names"),
    _text("link", "hover", "document titles under the pointer"),
    _text("link", "selected_row_bg", "the selected document's title"),
    _text("button_text", "surface", "button labels"),
    _text("button_text", "button_hover", "button labels under the pointer"),
    _text("button_text", "button_pressed", "button labels while pressed"),
    _text("on_primary", "primary", "the main action's label"),
    _text("on_primary", "primary_hover", "the main action's label under the pointer"),
    _text("on_primary", "primary_pressed", "the main action's label while pressed"),
    _text("on_primary", "primary_focus_bg", "the main action's label with keyboard focus"),
    _text("on_selection", "selection", "selected text"),
    _text("error_text", "error_bg", "error banners and refusals"),
    _text("info_text", "info_bg", "information banners"),
    _text("badge_info_text", "badge_info_bg", "state badges: published, downloading, new"),
    _text("badge_ok_text", "badge_ok_bg", "state badges: in session, on this device"),
    _text("badge_warn_text", "badge_warn_bg", "state badges: draft, partly here, late"),
    _text("badge_neutral_text", "badge_neutral_bg", "state badges: closed, not downloaded"),
    _text("offline_text", "offline_bg", "the offline badge"),
    _text("offline_banner_text", "offline_banner_bg", "the offline banner"),
    _ui("focus", "window", "focus ring on the page"),
    _ui("focus", "surface", "focus ring on fields, buttons and cards"),
    _ui("focus", "row_bg", "focus ring on rows"),
    _ui("primary_focus", "primary_focus_bg", "focus ring inside the main action"),
    _ui("primary", "window", "the main action against the page"),
    _ui("primary", "surface", "the chosen option's dot and ring"),
    _ui("muted", "surface", "the ring of an option not chosen"),
    _ui("selected_row_border", "selected_row_bg", "edge of the selected document row"),
    _ui("progress", "track", "progress bar fill"),
    _ui("chevron", "surface", "combo box arrow"),
    _ui("input_border", "surface", "edges of fields, buttons and combos (WCAG 1.4.11)"),
    _ui("input_border", "window", "edges of buttons on the page"),
)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of "#RRGGBB" (0 for black, 1 for white)."""
    if not _HEX.fullmatch(colour):
        raise ValueError(f"{colour!r} is not a #RRGGBB colour")
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2.x contrast ratio of two colours, from 1.0 (same) to 21.0 (black on white); order does not matter."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def contrast_failures(palette: Palette, *, text_minimum: float | None = None) -> list[str]:
    """Every pair of `CONTRAST_PAIRS` that `palette` draws below its minimum, described (empty when all pass).

    `text_minimum` raises the bar for text pairs (the high-contrast theme is held to 7:1).
    """
    failures = []
    for pair in CONTRAST_PAIRS:
        minimum = max(pair.minimum, text_minimum or 0.0) if pair.is_text else pair.minimum
        ratio = contrast_ratio(getattr(palette, pair.foreground), getattr(palette, pair.background))
        if ratio < minimum:
            failures.append(f"{pair.foreground} on {pair.background} ({pair.what}): {ratio:.2f} < {minimum}")
    return failures


def theme_palette(theme: str) -> Palette:
    """The palette of `theme` ("light", "dark", "high_contrast"); ValueError for anything else."""
    try:
        return THEMES[theme]
    except KeyError:
        raise ValueError(f"unknown theme {theme!r}; use one of {sorted(THEMES)}") from None


def style_sheet_template() -> str:
    """The style sheet template shipped in resources/ (OSError if it is missing)."""
    return (resources_dir() / "ecabinet.qss").read_text(encoding="utf-8")


def chevron_image(palette: Palette) -> Path:
    """The combo box arrow in the palette's colour: the shipped SVG, recoloured into the cache when needed."""
    shipped = resources_dir() / "chevron-down.svg"
    if palette.chevron.upper() == _CHEVRON_FILE_COLOUR:
        return shipped
    target = cache_dir() / "theme" / f"chevron-down-{palette.chevron.lstrip('#').lower()}.svg"
    try:
        if not target.is_file():
            svg = shipped.read_text(encoding="utf-8").replace(_CHEVRON_FILE_COLOUR, palette.chevron.upper())
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.tmp")
            tmp.write_text(svg, encoding="utf-8")
            tmp.replace(target)
    except OSError as exc:
        log.warning("cannot write the themed combo arrow, using the default one: %s", exc)
        return shipped
    return target


def scaled_px(px: int, text_scale: float) -> int:
    """`px` at the normal text size, at `text_scale` (whole pixels)."""
    return max(1, round(px * text_scale))


def render_style_sheet(
    palette: Palette,
    text_scale: float = 1.0,
    *,
    template: str | None = None,
    chevron: Path | None = None,
) -> str:
    """The style sheet for `palette` at `text_scale`: every `@placeholder@` of the template filled in.

    A placeholder the palette does not know raises ValueError, so a typo in the template is caught by the
    tests instead of silently leaving a rule without colour.
    """
    source = style_sheet_template() if template is None else template
    colours = palette.colours()
    chevron_path = (chevron or chevron_image(palette)).as_posix()
    resources = resources_dir().as_posix()

    def fill(match: re.Match[str]) -> str:
        name, size = match.group(1), match.group(2)
        if name == "font" and size is not None:
            return f"{scaled_px(int(size), text_scale)}px"
        if size is None:
            if name == "RESOURCES":
                return resources
            if name == "CHEVRON":
                return chevron_path
            if name in colours:
                return colours[name]
        raise ValueError(f"unknown style sheet placeholder {match.group(0)!r}")

    return _PLACEHOLDER.sub(fill, source)


def build_qpalette(palette: Palette) -> QPalette:
    """A QPalette with the theme's colours, for what the style sheet does not style (pop-ups, dialogs, scroll bars)."""
    result = QPalette()
    role = QPalette.ColorRole

    def set_all(colour_role: QPalette.ColorRole, colour: str) -> None:
        result.setColor(colour_role, QColor(colour))

    set_all(role.Window, palette.window)
    set_all(role.WindowText, palette.text)
    set_all(role.Base, palette.surface)
    set_all(role.AlternateBase, palette.row_bg)
    set_all(role.Text, palette.text)
    set_all(role.Button, palette.surface)
    set_all(role.ButtonText, palette.text)
    set_all(role.BrightText, palette.error_text)
    set_all(role.Highlight, palette.selection)
    set_all(role.HighlightedText, palette.on_selection)
    set_all(role.ToolTipBase, palette.surface)
    set_all(role.ToolTipText, palette.text)
    set_all(role.PlaceholderText, palette.muted)
    set_all(role.Link, palette.link)
    set_all(role.LinkVisited, palette.link)
    set_all(role.Accent, palette.focus)
    # The bevel shades native styles draw frames and scroll bars with.
    set_all(role.Light, palette.surface)
    set_all(role.Midlight, palette.row_bg)
    set_all(role.Mid, palette.border)
    set_all(role.Dark, palette.input_border)
    set_all(role.Shadow, "#000000")
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        result.setColor(disabled, colour_role, QColor(palette.disabled_text))
    for colour_role in (role.Base, role.Button):
        result.setColor(disabled, colour_role, QColor(palette.disabled_bg))
    return result
