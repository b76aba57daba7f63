"""Vietnamese and Lao really load: widget texts change, nothing is left untranslated, switching works live."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from ecabinet.client.errors import OfflineError
from ecabinet.ui.messages import error_message, meeting_state_name
from ecabinet.ui.paths import i18n_dir
from ecabinet.ui.sign_in_page import SignInPage
from ecabinet.ui.translations import (
    SUPPORTED_LANGUAGES,
    compile_catalog,
    find_qt_tool,
    pick_language,
)

ACCOUNTS = [("minister1", "Minister of Finance")]


@pytest.mark.parametrize(
    ("language", "sign_in", "username", "role", "offline_starts"),
    [
        ("vi", "Đăng nhập", "Tên đăng nhập", "Bộ trưởng Bộ Tài chính", "Không thể kết nối tới máy chủ."),
        ("lo", "ເຂົ້າສູ່ລະບົບ", "ຊື່ຜູ້ໃຊ້", "ລັດຖະມົນຕີກະຊວງການເງິນ", "ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບເຊີບເວີໄດ້."),
    ],
)
def test_widgets_speak_the_language(  # type: ignore[no-untyped-def]
    qtbot, translations, language, sign_in, username, role, offline_starts
) -> None:
    translations.set_language(language)
    page = SignInPage(server_url="http://127.0.0.1:8470", demo_accounts=ACCOUNTS, language=language)
    qtbot.addWidget(page)
    assert page.sign_in_button.text() == sign_in
    assert page.username_label.text() == username
    assert page.demo_tiles["minister1"].role_label.full_text() == role
    assert error_message(OfflineError("x")).startswith(offline_starts)
    assert page.language_combo.currentData() == language
    assert QLocale().language() == QLocale(language).language()


def test_language_switch_while_running(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_accounts=ACCOUNTS)
    page = window.sign_in_page
    assert page.sign_in_button.text() == "Sign in"
    page.language_combo.setCurrentIndex(page.language_combo.findData("vi"))
    assert window.translations.language == "vi"
    assert page.sign_in_button.text() == "Đăng nhập"
    assert window.meetings_page.sign_out_button.text() == "Đăng xuất"
    page.language_combo.setCurrentIndex(page.language_combo.findData("lo"))
    assert page.sign_in_button.text() == "ເຂົ້າສູ່ລະບົບ"
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    assert page.sign_in_button.text() == "Sign in"


def test_error_banner_follows_language(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.sign_in_page
    page.show_error(OfflineError("x"))
    assert page.error_banner.text().startswith("The server cannot be reached.")
    window.translations.set_language("vi")
    assert page.error_banner.text().startswith("Không thể kết nối tới máy chủ.")


def test_meeting_states_translated(translations) -> None:  # type: ignore[no-untyped-def]
    translations.set_language("vi")
    assert meeting_state_name("in_session") == "Đang họp"
    translations.set_language("lo")
    assert meeting_state_name("published") == "ປະກາດແລ້ວ"
    assert meeting_state_name("some_future_state") == "some_future_state"


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_catalog_is_complete(language: str) -> None:
    root = ET.parse(i18n_dir() / f"ecabinet_{language}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 40
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        assert all(form.strip() for form in forms), source
        for placeholder in ("%1", "%n"):
            if placeholder in source:
                assert all(placeholder in form for form in forms), (source, forms)


@pytest.mark.parametrize(("language", "first", "last"), [("vi", 0x00C0, 0x1EF9), ("lo", 0x0E80, 0x0EFF)])
def test_catalog_uses_the_script(language: str, first: int, last: int) -> None:
    """Vietnamese with its diacritics, Lao in Lao script: most translations contain such characters."""
    root = ET.parse(i18n_dir() / f"ecabinet_{language}.ts").getroot()
    texts = ["".join(t.itertext()) for t in root.iter("translation")]
    in_script = [text for text in texts if any(first <= ord(ch) <= last for ch in text)]
    assert len(in_script) >= len(texts) - 1  # "eCabinet" stays as it is


def test_compiled_once_per_content(tmp_path: Path) -> None:
    assert find_qt_tool("lrelease") is not None
    source = tmp_path / "ecabinet_vi.ts"
    source.write_bytes((i18n_dir() / "ecabinet_vi.ts").read_bytes())
    first = compile_catalog(source, tmp_path / "qm")
    assert first is not None and first.stat().st_size > 0
    assert compile_catalog(source, tmp_path / "qm") == first
    source.write_text(source.read_text(encoding="utf-8").replace("Đăng xuất", "Thoát"), encoding="utf-8")
    second = compile_catalog(source, tmp_path / "qm")
    assert second is not None and second != first


def test_missing_catalog_is_not_fatal(tmp_path: Path) -> None:
    assert compile_catalog(tmp_path / "ecabinet_xx.ts", tmp_path / "qm") is None


@pytest.mark.parametrize(
    ("requested", "system", "expected"),
    [
        ("vi", "en_US", "vi"),
        ("lo_LA", "en_US", "lo"),
        ("vi-VN", "lo_LA", "vi"),
        (None, "lo_LA", "lo"),
        (None, "vi_VN", "vi"),
        (None, "fr_FR", "en"),
        ("de", "fr_FR", "en"),
        ("de", "vi_VN", "vi"),
    ],
)
def test_pick_language(requested: str | None, system: str, expected: str) -> None:
    assert pick_language(requested, QLocale(system)) == expected
