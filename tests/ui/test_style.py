"""The app brings its own fonts for Vietnamese and Lao instead of trusting the system's."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication

from ecabinet.ui.style import apply_style, register_bundled_fonts


def test_bundled_fonts_are_registered_and_first(qapp: QGuiApplication) -> None:
    families = register_bundled_fonts()
    assert any("Lao" in f for f in families), families
    assert any(f.startswith("Noto Sans") and "Lao" not in f for f in families), families
    apply_style(qapp)
    assert qapp.font().families()[: len(families)] == families
    for family in families:
        assert family in QFontDatabase.families()


def test_lao_and_vietnamese_have_glyphs(qapp: QGuiApplication) -> None:
    apply_style(qapp)
    metrics = QFontMetrics(qapp.font())
    for text in ("Ngân sách nhà nước", "ງົບປະມານແຫ່ງລັດ"):
        assert all(metrics.inFontUcs4(ord(ch)) or ch == " " for ch in text), text
