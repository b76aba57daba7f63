"""Home on its own: grouping, local times in the UI language, translated states, sync state per meeting,
progress, the offline indicator, refusals from the outbox, empty and error states."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt

from ecabinet.client.errors import OfflineError
from ecabinet.client.sync import SyncProgress, SyncReport
from ecabinet.ui.home_state import HomeState, Refusal
from ecabinet.ui.meetings_page import PROGRESS_DELAY_MS, MeetingsPage, entry_for, format_start_time


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


SOONER = {"id": "a", "title": "Sooner", "starts_at": "2030-05-01T01:00:00Z", "state": "in_session"}
LATER = {"id": "b", "title": "Later", "starts_at": "2030-06-01T01:00:00Z", "location": "Hall", "state": "published"}
OLD = {"id": "c", "title": "Old", "starts_at": "2020-06-01T01:00:00Z", "state": "closed"}


def home(*, cached: tuple[int, int, int] = (0, 0, 0), **extra: object) -> HomeState:
    return HomeState(
        meetings=[
            entry_for(SOONER, group="in_session", documents=2, cached=cached[0]),
            entry_for(LATER, group="upcoming", documents=3, cached=cached[1]),
            entry_for(OLD, group="past", documents=0, cached=cached[2]),
        ],
        **extra,  # type: ignore[arg-type]
    )


def test_meetings_grouped_and_shown(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.set_user("Nguyễn Văn An")
    page.set_home(home(cached=(2, 1, 0)))
    assert page.user_label.text() == "Signed in as Nguyễn Văn An"
    assert [label.text() for label in page.section_labels.values()] == ["In session (1)", "Upcoming (1)", "Past (1)"]
    assert [card.title_label.text() for card in page.cards] == ["Sooner", "Later", "Old"]
    assert [card.state_badge.text() for card in page.cards] == ["In session", "Published", "Closed"]
    assert page.cards[1].when_label.text().endswith("Hall")
    assert [card.sync_state for card in page.cards] == ["synced", "partial", "empty"]
    assert [card.sync_label.text() for card in page.cards] == [
        "✓ On this device",
        "1 of 3 on this device",
        "No documents yet",
    ]
    assert page.status_label.text() == "3 of 5 documents are on this device."
    assert not page.notice_label.isVisibleTo(page)

    translations.set_language("vi")
    assert [card.state_badge.text() for card in page.cards] == ["Đang họp", "Đã công bố", "Đã kết thúc"]
    assert page.user_label.text() == "Đã đăng nhập: Nguyễn Văn An"
    assert page.cards[2].sync_label.text() == "Chưa có tài liệu"
    translations.set_language("lo")
    assert page.sync_button.text() == "ຊິງຂໍ້ມູນດຽວນີ້"


def test_sync_progress_shows_after_half_a_second(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.resize(1180, 780)
    page.show()
    page.set_home(home())
    assert page.sync_button.isEnabled()
    page.sync_started()
    assert not page.sync_button.isEnabled()
    assert page.sync_button.text() == "Syncing…"
    # A quick sync stays quiet; one that takes a while shows its bar.
    assert not page.progress_bar.isVisible()
    assert [card.sync_state for card in page.cards] == ["downloading", "downloading", "empty"]
    assert page.cards[1].sync_label.text() == "Downloading 0 of 3"
    page.show_progress(SyncProgress("download", 1, 4, 3_000_000, 12_000_000))
    qtbot.waitUntil(page.progress_bar.isVisible, timeout=PROGRESS_DELAY_MS + 1_000)
    assert page.progress_bar.value() == page.progress_bar.maximum() // 4
    assert page.status_label.text() == "Downloading documents: 1 of 4 (3.0 MB of 12.0 MB)"
    page.set_home(home(cached=(2, 3, 0)))
    assert [card.sync_state for card in page.cards] == ["synced", "synced", "empty"]
    page.sync_finished(SyncReport(downloaded=4))
    assert not page.progress_bar.isVisible()
    assert page.sync_button.isEnabled()
    assert page.status_label.text() == "All documents are on this device."


def test_quick_sync_never_shows_the_bar(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.show()
    page.set_home(home())
    page.sync_started()
    page.sync_finished(SyncReport(not_modified=True))
    qtbot.wait(PROGRESS_DELAY_MS + 100)
    assert not page.progress_bar.isVisible()
    assert [card.sync_state for card in page.cards] == ["missing", "missing", "empty"]
    assert page.cards[0].sync_label.text() == "Not yet downloaded"


def test_offline_indicator(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.show()
    page.set_home(home(cached=(2, 3, 0)))
    page.set_offline(True)
    assert page.offline_badge.isVisible()
    assert page.offline_badge.text() == "Offline"
    assert page.offline_banner.isVisible()
    page.sync_started()
    page.sync_failed(OfflineError("x"))
    # Offline is said once, by the indicator, not again as an error.
    assert not page.notice_label.isVisible()
    page.set_offline(False)
    assert not page.offline_badge.isVisible()
    assert not page.offline_banner.isVisible()


def test_refusals_shown_with_the_reason_and_dismissed(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.show()
    refused = [
        Refusal(seq=7, kind="position", subject="Health insurance reform", code="item_closed", reason="Item closed."),
        Refusal(seq=9, kind="annotation", subject="", code="x", reason=None),
    ]
    page.set_home(home(refused=refused, pending=2))
    assert page.refusals_card.isVisible()
    assert page.refusals_title.text() == "The server did not accept 2 things you did on this device:"
    assert [row.text_label.text() for row in page.refusal_rows] == [
        "Your position on “Health insurance reform”: Item closed.",
        "Your note: The server gave no reason.",
    ]
    assert page.status_label.text().endswith("2 changes waiting to be sent.")
    with qtbot.waitSignal(page.dismiss_refusal_requested) as blocker:
        qtbot.mouseClick(page.refusal_rows[0].dismiss_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [7]
    page.set_home(home())
    assert not page.refusals_card.isVisible()


def test_touch_targets_are_large(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.resize(1180, 780)
    page.show()
    page.set_home(home(refused=[Refusal(seq=1, kind="position", subject="", code=None, reason=None)]))
    qtbot.waitExposed(page)
    for widget in (page.sync_button, page.sign_out_button, page.refusal_rows[0].dismiss_button, *page.cards):
        assert widget.height() >= 48, widget


def test_empty_list_says_so(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.set_user("A")
    page.sync_started()
    assert page.notice_label.text() == "Getting your meetings…"
    page.sync_finished(SyncReport())
    page.set_home(HomeState())
    assert page.cards == []
    assert page.notice_label.isVisibleTo(page)
    assert page.notice_label.text() == "There are no meetings for you yet."


def test_error_keeps_what_was_shown(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage()
    qtbot.addWidget(page)
    page.set_user("A")
    page.set_home(HomeState(meetings=[entry_for({"id": "a", "title": "Kept", "state": "published"})]))
    page.sync_started()
    page.sync_failed(RuntimeError("x"))
    assert [card.title_label.text() for card in page.cards] == ["Kept"]
    assert page.notice_label.objectName() == "errorBanner"
    assert page.notice_label.text() == "Something went wrong. Please try again."
    page.clear()
    assert page.cards == []
    assert page.user_label.text() == ""


def test_unread_and_changed_documents_are_marked(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from ecabinet.ui.meetings_page import MeetingCard

    entry = entry_for({"id": "m", "title": "Cabinet", "state": "published"}, documents=5, cached=5)
    card = MeetingCard(replace(entry, unread=3, changed=1))
    qtbot.addWidget(card)
    card.show()
    assert card.news_label.isVisible()
    assert card.news_label.text() == "3 unread  ·  1 changed"
    assert "3 unread" in card.accessibleName()
    card.set_entry(replace(entry, unread=0, changed=0), syncing=False)
    assert not card.news_label.isVisible() and card.news_text() == ""
    card.set_entry(replace(entry, unread=1, changed=0), syncing=False)
    assert card.news_label.text() == "1 unread"
