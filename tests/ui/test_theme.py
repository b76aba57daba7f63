"""Themes: every text readable (WCAG AA, AAA for high contrast), the style sheet complete for every theme and
text size, switching at run time, focus visible, and screenshots of Home in each theme for review."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from ecabinet.client.preferences import TEXT_SCALES
from ecabinet.client.preferences import THEMES as THEME_NAMES
from ecabinet.ui.home_state import HomeState, Refusal
from ecabinet.ui.meetings_page import MeetingsPage, entry_for
from ecabinet.ui.paths import resources_dir
from ecabinet.ui.style import BASE_POINT_SIZE, apply_style, apply_theme, current_theme, register_bundled_fonts
from ecabinet.ui.theme import (
    CONTRAST_PAIRS,
    ENHANCED_CONTRAST,
    HIGH_CONTRAST,
    LIGHT,
    THEMES,
    Palette,
    build_qpalette,
    chevron_image,
    contrast_failures,
    contrast_ratio,
    render_style_sheet,
    style_sheet_template,
)

PLACEHOLDER = re.compile(r"@[A-Za-z_:0-9]+@")


@pytest.fixture(autouse=True)
def light_afterwards(qapp: QApplication) -> Iterator[None]:
    """The application is shared by the whole session: give the next test the normal look back."""
    yield
    apply_style(qapp)


def test_theme_names_match_the_preferences() -> None:
    assert tuple(THEMES) == THEME_NAMES


def test_contrast_ratio_is_wcag() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#1F4E79", "#1F4E79") == pytest.approx(1.0)
    # Known values: #767676 is the lightest grey that passes 4.5:1 on white, #777777 just fails.
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#FFFFFF") < 4.5
    with pytest.raises(ValueError):
        contrast_ratio("blue", "#FFFFFF")


@pytest.mark.parametrize("pair", CONTRAST_PAIRS, ids=lambda p: f"{p.foreground}-on-{p.background}")
@pytest.mark.parametrize("theme", list(THEMES))
def test_every_pair_meets_wcag_aa(theme: str, pair) -> None:  # type: ignore[no-untyped-def]
    palette = THEMES[theme]
    ratio = contrast_ratio(getattr(palette, pair.foreground), getattr(palette, pair.background))
    assert ratio >= pair.minimum, f"{theme}: {pair.what} is {ratio:.2f}:1, needs {pair.minimum}:1"


def test_high_contrast_text_meets_aaa() -> None:
    assert contrast_failures(HIGH_CONTRAST, text_minimum=ENHANCED_CONTRAST) == []


def test_a_low_contrast_colour_is_caught() -> None:
    for theme, palette in THEMES.items():
        assert contrast_failures(palette) == [], theme
    # Muted grey a shade too light on the light theme, and a badge whose text nearly matches its background.
    too_light = dataclasses.replace(LIGHT, muted="#8A98A6")
    assert any(f.startswith("muted on window") for f in contrast_failures(too_light))
    faint_badge = dataclasses.replace(THEMES["dark"], badge_ok_text="#2F6B45")
    assert any(f.startswith("badge_ok_text on badge_ok_bg") for f in contrast_failures(faint_badge))
    invisible_focus = dataclasses.replace(HIGH_CONTRAST, focus="#202020")
    assert any(f.startswith("focus on surface") for f in contrast_failures(invisible_focus))


def test_pairs_name_real_fields() -> None:
    names = {f.name for f in dataclasses.fields(Palette)}
    for pair in CONTRAST_PAIRS:
        assert {pair.foreground, pair.background} <= names, pair
    with pytest.raises(ValueError):
        dataclasses.replace(LIGHT, text="black")


def test_template_has_no_hard_coded_colours() -> None:
    """Every colour comes from the palette, so no theme can forget one."""
    body = re.sub(r"/\*.*?\*/", "", style_sheet_template(), flags=re.DOTALL)
    assert re.findall(r"#[0-9A-Fa-f]{3,8}\b|rgba?\(", body) == []
    assert "@font:" in body


@pytest.mark.parametrize("scale", TEXT_SCALES)
@pytest.mark.parametrize("theme", list(THEMES))
def test_rendered_sheet_is_complete(theme: str, scale: float) -> None:
    palette = THEMES[theme]
    sheet = render_style_sheet(palette, scale)
    assert PLACEHOLDER.findall(sheet) == []
    assert f"background: {palette.window};" in sheet
    assert f"color: {palette.text};" in sheet
    # Font sizes follow the text size: the app's name is 26 px at normal size.
    assert f"font-size: {round(26 * scale)}px;" in sheet
    # The combo arrow is drawn in the theme's colour.
    arrow = re.search(r"image: url\((.+?)\);", sheet)
    assert arrow is not None
    assert palette.chevron.upper() in Path(arrow.group(1)).read_text(encoding="utf-8").upper()


def test_light_theme_keeps_the_shipped_arrow() -> None:
    assert chevron_image(LIGHT) == resources_dir() / "chevron-down.svg"


def test_unknown_placeholder_is_an_error() -> None:
    with pytest.raises(ValueError, match="@nonsense@"):
        render_style_sheet(LIGHT, template="QWidget { color: @nonsense@; }")


def test_every_style_sheet_parses(qapp: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A broken rule makes Qt log "Could not parse stylesheet", which fails the test (qt_log_level_fail)."""
    for theme in THEMES:
        for scale in TEXT_SCALES:
            apply_theme(qapp, theme, scale)
            widget = QPushButton("x")
            qtbot.addWidget(widget)
            widget.show()
            qtbot.waitExposed(widget)


def test_apply_theme_switches_while_running(qapp: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    apply_style(qapp)
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("Ngân sách nhà nước ງົບປະມານ", holder)
    QVBoxLayout(holder).addWidget(label)
    holder.show()
    qtbot.waitExposed(holder)
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)
    normal_height = label.sizeHint().height()
    families = qapp.font().families()

    apply_theme(qapp, "dark", 1.5)
    assert current_theme(qapp) == ("dark", 1.5)
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(THEMES["dark"].window)
    assert qapp.palette().color(QPalette.ColorRole.Text) == QColor(THEMES["dark"].text)
    assert qapp.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.5)
    assert qapp.font().families() == families  # the fonts are the same, only bigger
    assert THEMES["dark"].window in qapp.styleSheet()
    assert LIGHT.window not in qapp.styleSheet()
    # Widgets already on screen follow: bigger text, the new text colour.
    qtbot.waitUntil(lambda: label.sizeHint().height() > normal_height * 1.3)
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(THEMES["dark"].text)

    apply_theme(qapp, "light", 1.0)
    assert qapp.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE)
    qtbot.waitUntil(lambda: label.sizeHint().height() == normal_height)
    with pytest.raises(ValueError):
        apply_theme(qapp, "purple", 1.0)


def test_fonts_are_registered_once(qapp: QApplication) -> None:
    first = register_bundled_fonts()
    apply_theme(qapp, "dark", 1.15)
    apply_theme(qapp, "high_contrast", 1.3)
    assert register_bundled_fonts() == first


def test_qpalette_follows_the_theme() -> None:
    for palette in THEMES.values():
        qt = build_qpalette(palette)
        assert qt.color(QPalette.ColorRole.Base) == QColor(palette.surface)
        assert qt.color(QPalette.ColorRole.Highlight) == QColor(palette.selection)
        assert qt.color(QPalette.ColorRole.HighlightedText) == QColor(palette.on_selection)
        assert qt.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) == QColor(palette.disabled_text)


def _has_colour(image: QImage, colour: str, tolerance: int = 12) -> bool:
    target = QColor(colour)
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - target.red()) <= tolerance
                and abs(pixel.green() - target.green()) <= tolerance
                and abs(pixel.blue() - target.blue()) <= tolerance
            ):
                return True
    return False


def _left_edge(button: QPushButton) -> QColor:
    """The colour of a button's left border, half-way down (straight there, whatever the corner radius)."""
    image = button.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


@pytest.mark.parametrize("theme", list(THEMES))
def test_focus_is_visible(qapp: QApplication, qtbot, theme: str) -> None:  # type: ignore[no-untyped-def]
    """A focused button is edged in the theme's focus colour, which stands out from its normal edge."""
    apply_theme(qapp, theme)
    palette = THEMES[theme]
    holder = QWidget()
    holder.setObjectName("meetingsPage")
    holder.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    plain, primary, other = QPushButton("Sign out"), QPushButton("Sync now"), QPushButton("Other")
    primary.setObjectName("primaryButton")
    layout = QVBoxLayout(holder)
    for button in (plain, primary, other):
        layout.addWidget(button)
    qtbot.addWidget(holder)
    holder.show()
    holder.activateWindow()
    qtbot.waitActive(holder)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert _left_edge(plain) == QColor(palette.input_border)
    assert _left_edge(primary) == QColor(palette.primary)
    plain.setFocus()
    qtbot.waitUntil(plain.hasFocus)
    assert _left_edge(plain) == QColor(palette.focus)
    primary.setFocus()
    qtbot.waitUntil(primary.hasFocus)
    assert _left_edge(primary) == QColor(palette.primary_focus)
    # The ring differs from what it replaces enough to be seen (WCAG 2.4.7 with 1.4.11's 3:1).
    assert contrast_ratio(palette.focus, palette.surface) >= 3.0
    assert contrast_ratio(palette.primary_focus, palette.primary_focus_bg) >= 3.0


def meeting(meeting_id: str, title: str, starts_at: str, state: str, **extra: str) -> dict[str, str]:
    return {"id": meeting_id, "title": title, "starts_at": starts_at, "state": state, **extra}


HOME_MEETINGS = [
    (meeting("a", "Cabinet meeting: 2031 budget", "2030-05-01T01:00:00Z", "in_session"), "in_session", 4, 4),
    (meeting("b", "Health insurance reform", "2030-06-01T01:00:00Z", "published", location="Hall A"), "upcoming", 3, 1),
    (meeting("d", "Draft: digital government plan", "2030-07-01T01:00:00Z", "draft"), "upcoming", 2, 0),
    (meeting("c", "Flood response review", "2020-06-01T01:00:00Z", "closed"), "past", 0, 0),
]


def home_state() -> HomeState:
    return HomeState(
        meetings=[
            entry_for(meeting, group=group, documents=documents, cached=cached)
            for meeting, group, documents, cached in HOME_MEETINGS
        ],
        refused=[
            Refusal(seq=7, kind="position", subject="Health insurance reform", code="item_closed", reason="Closed.")
        ],
        pending=1,
    )


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("theme", list(THEMES))
def test_home_screenshot(  # type: ignore[no-untyped-def]
    qapp: QApplication, qtbot, translations, tmp_path: Path, theme: str, scale: float
) -> None:
    apply_theme(qapp, theme, scale)
    palette = THEMES[theme]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.resize(1180, 780)
    page.set_user("Nguyễn Văn An")
    page.set_home(home_state())
    page.set_offline(True)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    page.sign_out_button.setFocus()
    qtbot.waitUntil(page.sign_out_button.hasFocus)
    image = page.grab().toImage()
    path = tmp_path / f"home_{theme}_{int(scale * 100)}.png"
    assert image.save(str(path))
    # The page, its cards and its badges are drawn in the theme's colours.
    assert image.pixelColor(image.width() - 3, image.height() - 3) == QColor(palette.window)
    card = page.cards[0]
    corner = card.mapTo(page, card.rect().center())
    assert image.pixelColor(corner.x(), corner.y() + card.height() // 2 - 4) == QColor(palette.surface)
    for colour in (palette.badge_ok_bg, palette.offline_text, palette.focus, palette.primary, palette.error_text):
        assert _has_colour(image, colour), (theme, colour)
    for widget in (page.sync_button, page.sign_out_button, *page.cards):
        assert widget.height() >= 48, widget
