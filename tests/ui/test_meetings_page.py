"""The meetings list: order, local times in the UI language, translated states, empty and error states."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale

from ecabinet.client.errors import OfflineError
from ecabinet.ui.meetings_page import MeetingsPage, format_start_time


def expected_local(iso_utc: str, locale: QLocale) -> str:
    moment = QDateTime.fromString(iso_utc, "yyyy-MM-ddTHH:mm:ssZ")
    moment.setTimeZone(moment.timeZone().utc())
    local = moment.toLocalTime()
    date_text = locale.toString(local.date(), QLocale.FormatType.LongFormat)
    time_text = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{date_text}, {time_text}"


def test_format_start_time_is_local_and_localised() -> None:
    for name in ("en_US", "vi_VN", "lo_LA"):
        locale = QLocale(name)
        assert format_start_time("2030-05-12T02:00:00Z", locale) == expected_local("2030-05-12T02:00:00Z", locale)
        assert format_start_time("2030-05-12T02:00:00+00:00", locale) == expected_local("2030-05-12T02:00:00Z", locale)
    # A time without an offset is read as UTC, as the API sends.
    assert format_start_time("2030-05-12T02:00:00", QLocale("en_US")) == expected_local(
        "2030-05-12T02:00:00Z", QLocale("en_US")
    )
    assert format_start_time(None) == ""
    assert format_start_time("soon") == "soon"


def test_meetings_sorted_and_shown(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.set_user("Nguyễn Văn An")
    page.set_meetings(
        [
            {"id": "b", "title": "Later", "starts_at": "2030-06-01T01:00:00Z", "location": "Hall", "state": "draft"},
            {"id": "a", "title": "Sooner", "starts_at": "2030-05-01T01:00:00Z", "state": "closed"},
        ]
    )
    assert page.user_label.text() == "Signed in as Nguyễn Văn An"
    assert [card.title_label.text() for card in page.cards] == ["Sooner", "Later"]
    assert [card.state_badge.text() for card in page.cards] == ["Closed", "Draft"]
    assert page.cards[1].when_label.text().endswith("Hall")
    assert not page.notice_label.isVisibleTo(page)

    translations.set_language("vi")
    assert [card.state_badge.text() for card in page.cards] == ["Đã kết thúc", "Đang chuẩn bị"]
    assert page.user_label.text() == "Đã đăng nhập: Nguyễn Văn An"


def test_empty_list_says_so(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.set_meetings([])
    assert page.cards == []
    assert page.notice_label.isVisibleTo(page)
    assert page.notice_label.text() == "There are no meetings for you yet."


def test_error_keeps_what_was_shown(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.set_meetings([{"id": "a", "title": "Kept", "state": "published"}])
    page.show_error(OfflineError("x"))
    assert [card.title_label.text() for card in page.cards] == ["Kept"]
    assert page.notice_label.objectName() == "errorBanner"
    assert page.notice_label.text().startswith("The server cannot be reached.")
    page.clear()
    assert page.cards == []
    assert page.user_label.text() == ""
