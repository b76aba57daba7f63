"""Marking a paper in the real app against a live server: pen (mouse and stylus with pressure), highlighter
snapped to words, a note, the eraser, undo/redo, sharing with a colleague, my notes, an exported copy."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pymupdf
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication
from support import live_server
from ui_flows import SYNC_TIMEOUT_MS, sign_in_and_sync

from ecabinet.client.api import ApiClient
from ecabinet.ui.meeting_page import MeetingPage
from ecabinet.ui.viewer.annotated_view import Tool

CABINET = "Regular Cabinet Session — December"
AGENDA = "Draft agenda of the session"


def _drag(qtbot, page: MeetingPage, points: list[QPointF]) -> None:  # type: ignore[no-untyped-def]
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=points[0].toPoint())
    for point in points[1:]:
        qtbot.mouseMove(viewport, point.toPoint())
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=points[-1].toPoint())


def _stylus() -> QPointingDevice:
    return QPointingDevice(
        "test stylus",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )


def _tablet(page: MeetingPage, device: QPointingDevice, kind, point: QPointF, pressure: float) -> bool:  # type: ignore[no-untyped-def]
    viewport = page.view.viewport()
    event = QTabletEvent(
        kind,
        device,
        point,
        QPointF(viewport.mapToGlobal(point.toPoint())),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton if kind != QTabletEvent.Type.TabletRelease else Qt.MouseButton.NoButton,
    )
    QApplication.sendEvent(viewport, event)
    return event.isAccepted()


def test_mark_share_undo_and_export(qtbot, make_window, demo_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with live_server(demo_settings) as url:
        window = make_window(server_url=url, profile="marker")
        window.resize(1280, 860)
        sign_in_and_sync(qtbot, window)
        card = next(c for c in window.meetings_page.cards if c.title_label.text() == CABINET)
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        page = window.meeting_page
        target = next(r for r in page.document_rows() if r.entry.title == AGENDA)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.view.doc_id == target.entry.id and page.view.page_count() == 2, timeout=30_000)
        doc_id, sha = target.entry.id, target.entry.sha
        engine = window.controller.engine
        assert engine is not None
        book = engine.annotations

        def marks() -> list:  # type: ignore[type-arg]
            return book.for_document(doc_id, sha)

        qtbot.mouseClick(page.annotate_button, Qt.MouseButton.LeftButton)
        bar = page.annotation_bar
        assert bar.isVisible()
        rect = page.view.page_rect(0)

        # The pen, with the mouse: one stroke, stored the moment it ends.
        qtbot.mouseClick(bar.tool_buttons[Tool.PEN], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(bar.colour_buttons["#1F6FD1"], Qt.MouseButton.LeftButton)
        start = rect.topLeft() + QPointF(rect.width() * 0.6, rect.height() * 0.2)
        _drag(qtbot, page, [start + QPointF(i * 12, (i % 3) * 6) for i in range(8)])
        ink = [m for m in marks() if m.annotation.kind == "ink"]
        assert len(ink) == 1 and ink[0].mine and not ink[0].shared
        assert ink[0].annotation.color == "#1F6FD1" and len(ink[0].annotation.geometry.strokes[0]) >= 4

        # The pen, with a stylus: pressure is kept, and the event is accepted (no mouse event follows).
        stylus = _stylus()
        pen_at = rect.topLeft() + QPointF(rect.width() * 0.3, rect.height() * 0.5)
        assert _tablet(page, stylus, QTabletEvent.Type.TabletPress, pen_at, 0.9)
        for i in range(1, 6):
            _tablet(page, stylus, QTabletEvent.Type.TabletMove, pen_at + QPointF(i * 10, i * 4), 0.9)
        _tablet(page, stylus, QTabletEvent.Type.TabletRelease, pen_at + QPointF(60, 24), 0.9)
        inks = [m.annotation for m in marks() if m.annotation.kind == "ink"]
        assert len(inks) == 2
        pressures = {p for a in inks for p in (point[2] for point in a.geometry.strokes[0])}
        assert 0.9 in pressures

        # The highlighter snaps to words: the quote is exactly the words dragged across.
        qtbot.mouseClick(bar.tool_buttons[Tool.HIGHLIGHTER], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.service.words(doc_id, 0) is not None, timeout=10_000)
        words = page.service.words(doc_id, 0)
        assert words
        first, last = 2, 6
        centre = lambda w: page.view.view_point(0, (w[0] + w[2]) / 2, (w[1] + w[3]) / 2)  # noqa: E731
        _drag(qtbot, page, [centre(words[first]), centre(words[(first + last) // 2]), centre(words[last])])
        highlight = next(m.annotation for m in marks() if m.annotation.kind == "highlight")
        assert highlight.anchor is not None
        assert highlight.anchor.quote == " ".join(w[4] for w in words[first : last + 1])

        # A note: tap, type, save.
        qtbot.mouseClick(bar.tool_buttons[Tool.NOTE], Qt.MouseButton.LeftButton)
        note_at = rect.topLeft() + QPointF(rect.width() * 0.85, rect.height() * 0.1)
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=note_at.toPoint())
        dialog = page.marks.note_dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.keyClicks(dialog.editor, "Ask the Minister of Finance about item 2")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        notes = [m.annotation for m in marks() if m.annotation.kind == "note"]
        assert [n.text for n in notes] == ["Ask the Minister of Finance about item 2"]
        assert len(marks()) == 4

        # The eraser takes the first stroke away; undo brings it back, redo takes it again.
        qtbot.mouseClick(bar.tool_buttons[Tool.ERASER], Qt.MouseButton.LeftButton)
        first_ink = ink[0].annotation
        x, y, _p = first_ink.geometry.strokes[0][2]
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.view_point(0, x, y).toPoint())
        assert first_ink.id not in {m.id for m in marks()}
        assert bar.undo_button.isEnabled()
        qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
        assert first_ink.id in {m.id for m in marks()}
        qtbot.mouseClick(bar.redo_button, Qt.MouseButton.LeftButton)
        assert first_ink.id not in {m.id for m in marks()}

        # Share the highlight from its menu (reading mode, tap on it); it reaches a colleague.
        qtbot.mouseClick(bar.tool_buttons[Tool.READ], Qt.MouseButton.LeftButton)
        x0, y0, x1, y1 = highlight.geometry.rects[0]
        tap = page.view.view_point(0, (x0 + x1) / 2, (y0 + y1) / 2).toPoint()
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=tap)
        menu = page.marks.menu
        assert menu is not None
        share = next(a for a in menu.actions() if a.text() == "Share with the participants")
        share.trigger()
        menu.close()
        assert next(m for m in marks() if m.annotation.kind == "highlight").shared
        with ApiClient(url, device_id=str(uuid.uuid4())) as colleague:
            colleague.login("minister2", "demo", "pytest tablet")
            qtbot.waitUntil(lambda: len(colleague.document_annotations(doc_id)) == 1, timeout=SYNC_TIMEOUT_MS)
            seen = colleague.document_annotations(doc_id)[0]
        assert seen["kind"] == "highlight" and seen["author"]["display_name"]
        # The private ones never left the device.
        assert all(a["shared"] for a in [seen])

        # My notes across the meeting.
        qtbot.mouseClick(bar.notes_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(page.notes.rows) == 3, timeout=5_000)
        assert page.side_stack.currentWidget() is page.notes

        shots = Path(os.environ.get("ECABINET_SHOTS_DIR") or tmp_path)
        shots.mkdir(parents=True, exist_ok=True)
        for language in ("en", "vi", "lo"):
            window.translations.set_language(language)
            qtbot.wait(150)
            assert window.grab().save(str(shots / f"marks_{language}.png"))
        window.translations.set_language("en")

        # An exported copy carries my marks as real PDF annotations.
        out = tmp_path / "agenda with my marks.pdf"
        with qtbot.waitSignal(window.controller.export_finished, timeout=20_000):
            window.controller.export_annotated(doc_id, sha, str(out))
        with pymupdf.open(out) as exported:
            kinds = sorted(annot.type[1] for page_ in exported for annot in page_.annots())
        assert kinds == sorted(["Ink", "Highlight", "Text"])
        assert page.reader_notice.isVisible() and str(out) in page.reader_notice.text()

        # My private notes travel to another device only in a file sealed with a passphrase.
        notes_file = tmp_path / "my-notes.ecnotes"
        window.export_notes(page.state.id).fileSelected.emit(str(notes_file))
        ask = window.notes_dialog
        ask.passphrase_edit.setText("short")
        ask.again_edit.setText("short")
        ask.accept()
        assert ask.error.isVisible() and ask.isVisible()  # too short: said, nothing written
        ask.passphrase_edit.setText("correct horse battery")
        ask.again_edit.setText("correct horse battery")
        with qtbot.waitSignal(window.controller.notes_exported, timeout=20_000) as exported:
            ask.accept()
        assert exported.args == [2, str(notes_file)]  # the note and the stroke; the shared highlight is not private
        assert b"Ask the Minister" not in notes_file.read_bytes()
        window.import_notes().fileSelected.emit(str(notes_file))
        window.notes_dialog.passphrase_edit.setText("wrong passphrase")
        with qtbot.waitSignal(window.controller.notes_transfer_failed, timeout=20_000):
            window.notes_dialog.accept()
        assert page.reader_error.text() == "The passphrase does not open this notes file."
        _ = QPoint
