"""Undo/redo of annotations, including a shared one that comes back under a new id after being withdrawn."""

from __future__ import annotations

from ecabinet.core.annotations import Annotation, PointGeometry
from ecabinet.ui.annotation_history import Change, History


def note(text: str = "a", shared: bool = False) -> Annotation:
    return Annotation.new(
        document_id="d", sha256="a" * 64, page=0, kind="note", color="#E03C31",
        geometry=PointGeometry((1.0, 2.0)), text=text, shared=shared,
    )  # fmt: skip


def apply(state: dict[str, Annotation], change: Change) -> None:
    if change.after is None:
        assert change.before is not None
        del state[change.before.id]
    else:
        if change.before is not None and change.before.id != change.after.id:
            state.pop(change.before.id, None)
        state[change.after.id] = change.after


def test_create_edit_delete_undo_redo_private() -> None:
    history, state = History(), {}
    a = note("first")
    state[a.id] = a
    history.record(None, a)
    b = a.with_changes(text="second")
    state[a.id] = b
    history.record(a, b)
    del state[a.id]
    history.record(b, None)
    assert not state

    undo = history.undo()
    assert undo == Change(None, b)  # private: comes back with its own id
    apply(state, undo)
    undo = history.undo()
    assert undo is not None
    apply(state, undo)
    assert state[a.id].text == "first"
    undo = history.undo()
    assert undo is not None
    apply(state, undo)
    assert not state and not history.can_undo and history.undo() is None

    for _ in range(3):
        redo = history.redo()
        assert redo is not None
        apply(state, redo)
    assert not state and history.redo() is None and history.can_undo


def test_a_withdrawn_shared_annotation_comes_back_under_a_new_id_and_stays_followed() -> None:
    history, state = History(), {}
    a = note("shared", shared=True)
    state[a.id] = a
    history.record(None, a)
    b = a.with_changes(text="edited")
    state[a.id] = b
    history.record(a, b)

    for _ in range(2):  # back to nothing: the shared note was withdrawn on the server
        undo = history.undo()
        assert undo is not None
        apply(state, undo)
    assert not state
    redo = history.redo()
    assert redo is not None and redo.after is not None
    assert redo.after.id != a.id  # a withdrawn id never comes back
    apply(state, redo)
    redo = history.redo()
    assert redo is not None and redo.before is not None and redo.after is not None
    assert redo.before.id == redo.after.id != a.id  # the edit follows the new id
    apply(state, redo)
    assert [x.text for x in state.values()] == ["edited"]


def test_a_new_change_drops_the_redo_side() -> None:
    history = History()
    a = note()
    history.record(None, a)
    history.undo()
    assert history.can_redo
    history.record(None, note("other"))
    assert not history.can_redo
