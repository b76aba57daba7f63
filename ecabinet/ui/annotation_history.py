"""Undo and redo for annotations: a list of changes, each one annotation before and after (None = absent).

The history only remembers; whoever owns it applies what `undo()` and `redo()` return (`after` None: delete
`before`; otherwise store `after`). One rule of the server shapes it: a shared annotation once withdrawn cannot
come back under the same id (a delete wins over any later edit), so bringing back a deleted shared annotation
gives it a fresh id, and every remembered change follows that id from then on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ecabinet.core.annotations import Annotation

__all__ = ["Change", "History"]


@dataclass(frozen=True)
class Change:
    before: Annotation | None
    after: Annotation | None


class History:
    """Changes made while reading, newest last; a new change after some undos drops what could be redone."""

    LIMIT = 200

    def __init__(self) -> None:
        self._done: list[Change] = []
        self._undone: list[Change] = []
        self._renamed: dict[str, str] = {}  # old id -> the id it came back under

    def record(self, before: Annotation | None, after: Annotation | None) -> None:
        if before is None and after is None:
            return
        self._done.append(Change(before, after))
        del self._done[: -self.LIMIT]
        self._undone.clear()

    def follow(self, old_id: str, new_id: str) -> None:
        """The store gave an annotation a new id (shared again after being made private): follow it."""
        if old_id != new_id:
            self._renamed[old_id] = new_id

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._renamed.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> Change | None:
        """What to apply to go back one step, or None when there is nothing to undo."""
        if not self._done:
            return None
        change = self._done.pop()
        self._undone.append(change)
        before, after = self._current(change.before), self._current(change.after)
        if after is None:
            return Change(None, self._revive(before))
        return Change(after, before)

    def redo(self) -> Change | None:
        """What to apply to do again the step last undone, or None."""
        if not self._undone:
            return None
        change = self._undone.pop()
        self._done.append(change)
        before, after = self._current(change.before), self._current(change.after)
        if before is None:
            return Change(None, self._revive(after))
        return Change(before, after)

    def _current(self, annotation: Annotation | None) -> Annotation | None:
        """`annotation` under the id it lives under now (it may have come back under a new one)."""
        if annotation is None:
            return None
        annotation_id = annotation.id
        while annotation_id in self._renamed:
            annotation_id = self._renamed[annotation_id]
        return annotation if annotation_id == annotation.id else annotation.with_changes(id=annotation_id, touch=False)

    def _revive(self, annotation: Annotation | None) -> Annotation | None:
        if annotation is None or not annotation.shared:
            return annotation
        revived = annotation.with_changes(id=str(uuid.uuid4()), touch=False)
        self._renamed[annotation.id] = revived.id
        return revived
