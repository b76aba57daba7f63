"""What happens when the reader marks a page: the glue between the page view, the tool bar, the undo history
and wherever annotations are kept (`AnnotationAccess`, the session controller in the app).

Every finished stroke, highlight, note or erasure is stored at once (and a long stroke every half second while
it is drawn), so closing the app, a crash or a flat battery loses nothing that was on the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QMenu, QWidget

from ecabinet.core.annotations import Annotation, PointGeometry
from ecabinet.ui.annotation_bar import AnnotationBar
from ecabinet.ui.annotation_history import Change, History
from ecabinet.ui.note_dialog import NoteDialog
from ecabinet.ui.viewer.annotated_view import AnnotatedDocumentView, ShownAnnotation
from ecabinet.ui.viewer.marking import NOTE_ICON_POINTS

__all__ = ["AnnotationAccess", "ReaderMarks"]


class AnnotationAccess(Protocol):
    """Where annotations live. `save` answers with what was stored: sharing again gives a new id."""

    def shown_annotations(self, document_id: str, sha: str) -> list[ShownAnnotation]: ...

    def save_annotation(self, annotation: Annotation) -> Annotation | None: ...

    def delete_annotation(self, annotation_id: str) -> None: ...


class ReaderMarks(QObject):
    """Marks on the document in the reader: make, change, share, erase, undo and redo them."""

    failed = Signal(object)  # an exception from the store: shown to the reader, nothing else is lost
    changed = Signal()  # something was stored or removed (lists of notes may want to refresh)

    def __init__(self, view: AnnotatedDocumentView, bar: AnnotationBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.bar = bar
        self.access: AnnotationAccess | None = None
        self.history = History()
        self._parent = parent
        self._document: tuple[str, str] | None = None
        self._author = ""
        self.menu: QMenu | None = None  # the last menu shown for a tapped mark (tests look at it)
        self.note_dialog: NoteDialog | None = None
        view.annotation_drafted.connect(self._on_drafted)
        view.annotation_finished.connect(self._on_finished)
        view.note_requested.connect(self._on_note_requested)
        view.erase_requested.connect(self._on_erase)
        view.annotation_activated.connect(self._on_activated)
        bar.tool_chosen.connect(view.set_tool)
        bar.colour_chosen.connect(view.set_colour)
        bar.share_toggled.connect(view.set_share_new)
        bar.undo_requested.connect(self.undo)
        bar.redo_requested.connect(self.redo)

    # -- what the page calls ------------------------------------------------------------------------------

    def set_document(self, document_id: str | None, sha: str = "", *, author: str = "") -> None:
        """The document version shown (None when none is): its marks are loaded; history starts afresh."""
        self._document = (document_id, sha) if document_id and sha else None
        self._author = author
        self.history.clear()
        self.view.set_target(document_id, sha)
        self.refresh()

    def refresh(self) -> None:
        """Read the marks again (after a sync brought colleagues' shared ones, or ours moved to a new version)."""
        shown: list[ShownAnnotation] = []
        if self._document is not None and self.access is not None:
            try:
                shown = self.access.shown_annotations(*self._document)
            except Exception as exc:  # a locked vault, a store gone: show the pages without marks
                self.failed.emit(exc)
        self.view.set_annotations(shown)
        self._update_bar()

    def undo(self) -> None:
        self._apply(self.history.undo())

    def redo(self) -> None:
        self._apply(self.history.redo())

    # -- storing ------------------------------------------------------------------------------------------

    def _current(self, annotation_id: str) -> Annotation | None:
        return next((s.annotation for s in self.view.annotations() if s.annotation.id == annotation_id), None)

    def _store(self, annotation: Annotation) -> Annotation | None:
        if self.access is None:
            return None
        try:
            stored = self.access.save_annotation(annotation)
        except Exception as exc:
            self.failed.emit(exc)
            return None
        if stored is not None and stored.id != annotation.id:
            self.history.follow(annotation.id, stored.id)
        return stored

    def _remove(self, annotation_id: str) -> bool:
        if self.access is None:
            return False
        try:
            self.access.delete_annotation(annotation_id)
        except Exception as exc:
            self.failed.emit(exc)
            return False
        return True

    def _apply(self, change: Change | None) -> None:
        if change is None:
            return
        if change.after is None:
            if change.before is not None:
                self._remove(change.before.id)
        else:
            self._store(change.after.with_changes())  # now: the undone state is the newest word
        self._after_change()

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def _update_bar(self) -> None:
        self.bar.set_history(can_undo=self.history.can_undo, can_redo=self.history.can_redo)

    # -- from the view ------------------------------------------------------------------------------------

    def _on_drafted(self, annotation: Annotation) -> None:
        # A draft of a private stroke is stored as it grows (a shared one goes to the server when finished).
        if not annotation.shared:
            self._store(annotation)

    def _on_finished(self, annotation: Annotation) -> None:
        stored = self._store(annotation)
        if stored is not None:
            self.history.record(None, stored)
        self._after_change()

    def _on_note_requested(self, page: int, x: float, y: float) -> None:
        if self._document is None:
            return
        document_id, sha = self._document
        colour, shared = self.view.colour(), self.view.share_new()
        # The icon hangs from its top-left corner: centre it on the tap.
        point = (max(0.0, x - NOTE_ICON_POINTS / 2), max(0.0, y - NOTE_ICON_POINTS / 2))

        def save(text: str) -> None:
            note = Annotation.new(
                document_id=document_id,
                sha256=sha,
                page=page,
                kind="note",
                color=colour,
                geometry=PointGeometry(point),
                text=text,
                shared=shared,
            )
            self._on_finished(note)

        self._open_note_dialog("", save)

    def _on_erase(self, annotation_ids: list[str]) -> None:
        for annotation_id in annotation_ids:
            before = self._current(annotation_id)
            if before is not None and self._remove(annotation_id):
                self.history.record(before, None)
        self._after_change()

    def _on_activated(self, shown: ShownAnnotation, where: QPoint) -> None:
        """A tap on a mark while reading: what can be done with it (mine), or whose it is (a colleague's)."""
        menu = QMenu(self._parent)
        menu.setObjectName("markMenu")
        annotation = shown.annotation
        if not shown.mine:
            menu.addAction(self.tr("Shared by %1").replace("%1", shown.author or self.tr("a participant"))).setEnabled(
                False
            )
            if annotation.kind == "note":
                menu.addAction(self.tr("Read the note"), lambda: self._open_note_dialog(annotation.text, None, shown))
        else:
            if annotation.kind == "note":
                menu.addAction(self.tr("Edit the note"), lambda: self._edit_note(annotation))
            if annotation.shared:
                menu.addAction(self.tr("Make private"), lambda: self._set_shared(annotation, False))
            else:
                menu.addAction(self.tr("Share with the participants"), lambda: self._set_shared(annotation, True))
            menu.addAction(self.tr("Delete"), lambda: self._on_erase([annotation.id]))
        if shown.review is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Could not be placed on the new version")).setEnabled(False)
        self.menu = menu
        menu.popup(where)

    def _edit_note(self, annotation: Annotation) -> None:
        def save(text: str) -> None:
            self._replace(annotation, annotation.with_changes(text=text))

        self._open_note_dialog(annotation.text, save)

    def _set_shared(self, annotation: Annotation, shared: bool) -> None:
        self._replace(annotation, annotation.with_changes(shared=shared))

    def _replace(self, before: Annotation, after: Annotation) -> None:
        stored = self._store(after)
        if stored is not None:
            self.history.record(before, stored)
        self._after_change()

    def _open_note_dialog(
        self, text: str, on_save: Callable[[str], None] | None, shown: ShownAnnotation | None = None
    ) -> None:
        dialog = NoteDialog(text, author=shown.author if shown is not None else "", parent=self._parent)
        if on_save is None:
            dialog.editor.setReadOnly(True)
            dialog.save_button.hide()
        else:
            dialog.note_saved.connect(on_save)
        self.note_dialog = dialog
        dialog.open()
