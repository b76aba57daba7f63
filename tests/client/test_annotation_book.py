"""The annotation book on a real store, vault (in-memory keyring) and document cache, without a server:
encryption at rest, the outbox entries, crash safety, the feed, re-anchoring and the notes file."""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from support import MemoryKeyring

from ecabinet.client.annotations import AnnotationBook, AnnotationNotMine, annotation_key
from ecabinet.client.cache import DocumentCache
from ecabinet.client.notes_transfer import KdfParams, NotesFileError, NotesPassphraseError
from ecabinet.client.store import SCHEMA_VERSION, Store
from ecabinet.client.vault import KeyringSecrets, Vault
from ecabinet.core.annotations import Annotation, InkGeometry, PointGeometry, Rect, RectsGeometry
from ecabinet.pdf.anchoring import ReviewReason, covered_words, make_anchor
from ecabinet.pdf.corpus import build_document, document_paragraphs
from ecabinet.pdf.words import DocumentWords, split_words

ME = {"id": "user-me", "display_name": "Minister One"}
PAPER = {"title": "Teacher Training Programme 2027–2029", "language": "en", "pages": 8, "seed": 8}
CHEAP = KdfParams(time_cost=1, memory_kib=1024)
SECRET = "Ask the minister about the hidden reserve XQZ-7731"


def open_vault(memory_keyring: MemoryKeyring, folder: Path, name: str = "me") -> Vault:
    """A real vault whose grant key sits in the in-memory keyring, as after an online sign-in."""
    vault = Vault(KeyringSecrets("https://cabinet.example", f"test:{name}"), folder / f"{name}.key")
    key = base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
    expires = (datetime.now(UTC) + timedelta(days=7)).isoformat()
    vault.save_grant({"key": key, "expires_at": expires})
    return vault


@pytest.fixture
def device(memory_keyring: MemoryKeyring, tmp_path: Path) -> Iterator[tuple[Store, AnnotationBook, DocumentCache]]:
    vault = open_vault(memory_keyring, tmp_path)
    data_key = vault.data_key()
    store = Store(tmp_path / "store.sqlite3")
    yield store, AnnotationBook(store, annotation_key(data_key), user=ME), DocumentCache(tmp_path / "cache", data_key)
    store.close()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_change(document_id: str, versions: list[bytes], meeting_id: str = "m1", seq: int = 1) -> dict[str, Any]:
    return {
        "seq": seq,
        "kind": "document",
        "id": document_id,
        "op": "upsert",
        "data": {
            "id": document_id,
            "meeting_id": meeting_id,
            "title": "Teacher Training Programme",
            "versions": [{"sha256": sha(v), "size": len(v)} for v in versions],
        },
    }


def note(
    document_id: str = "doc-1", text: str = SECRET, *, shared: bool = False, version: str = "a" * 64
) -> Annotation:
    return Annotation.new(
        document_id=document_id,
        sha256=version,
        page=0,
        kind="note",
        color="#E03C31",
        geometry=PointGeometry((100.0, 120.0)),
        text=text,
        shared=shared,
    )


def raw_store_bytes(store: Store) -> bytes:
    """Every byte SQLite keeps for the store (main file, WAL and journal)."""
    parts = [store.path, Path(str(store.path) + "-wal"), Path(str(store.path) + "-journal")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def phrase_at(words: DocumentWords, phrase: str) -> tuple[int, tuple[Rect, ...]]:
    """(page, line rectangles) of the one place `phrase` is in the document."""
    wanted = split_words(phrase)
    hits = [
        start
        for start in range(len(words) - len(wanted) + 1)
        if list(words.norms[start : start + len(wanted)]) == wanted
    ]
    assert len(hits) == 1, f"{phrase!r} found {len(hits)} times"
    indices = range(hits[0], hits[0] + len(wanted))
    lines: dict[int, list[float]] = {}
    for i in indices:
        x0, y0, x1, y1 = words.rects[i]
        box = lines.setdefault(words.line[i], [x0, y0, x1, y1])
        box[:] = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
    return words.pages[hits[0]], tuple((b[0], b[1], b[2], b[3]) for b in lines.values())


def highlight(pdf: bytes, words: DocumentWords, phrase: str, document_id: str, *, shared: bool = False) -> Annotation:
    page, rects = phrase_at(words, phrase)
    geometry = RectsGeometry(rects)
    return Annotation.new(
        document_id=document_id,
        sha256=sha(pdf),
        page=page,
        kind="highlight",
        color="#FFD400",
        geometry=geometry,
        anchor=make_anchor(words, page, geometry),
        shared=shared,
    )


def covered_text(pdf: bytes, annotation: Annotation) -> list[str]:
    words = DocumentWords.from_pdf(pdf)
    assert isinstance(annotation.geometry, RectsGeometry)
    return [words.norms[i] for i in covered_words(words, annotation.page, annotation.geometry.rects)]


def _count(words: DocumentWords, phrase: str) -> int:
    wanted = split_words(phrase)
    return sum(
        1 for start in range(len(words) - len(wanted) + 1) if list(words.norms[start : start + len(wanted)]) == wanted
    )


def revision_phrases() -> dict[str, str]:
    """Phrases of the demo paper, each found once: kept before the change, kept after the inserted page (both
    also once in revision 2), in the rewritten sentence and in the deleted paragraph (both absent from it)."""
    first = document_paragraphs(**PAPER)  # type: ignore[arg-type]
    second = document_paragraphs(**PAPER, revision=2)  # type: ignore[arg-type]
    old = DocumentWords.from_pdf(build_document(**PAPER))  # type: ignore[arg-type]
    new = DocumentWords.from_pdf(build_document(**PAPER, revision=2))  # type: ignore[arg-type]
    gone = [p for p in first if p not in second]
    rewritten = next(p for p in gone if any(q.startswith(p.split(". ")[0]) for q in second))
    deleted = next(p for p in gone if p != rewritten)
    kept = [p for p in first if p in second]

    def window(*texts: str, in_new: int) -> str:
        for text in texts:
            parts = text.split()
            for start in range(len(parts) - 6):
                phrase = " ".join(parts[start : start + 7])
                if _count(old, phrase) == 1 and _count(new, phrase) == in_new:
                    return phrase
        raise AssertionError(f"no unique phrase in {texts[0][:40]!r}")

    return {
        "early": window(*kept[1:], in_new=1),
        "late": window(*reversed(kept[:-1]), in_new=1),
        "rewritten": window(rewritten.split(". ")[-1], in_new=0),
        "deleted": window(deleted, in_new=0),
    }


# --------------------------------------------------------------------------------------
# Saving, sharing, deleting
# --------------------------------------------------------------------------------------


def test_private_note_is_encrypted_and_never_queued(device: tuple[Store, AnnotationBook, DocumentCache]) -> None:
    store, book, _ = device
    saved = book.save(note())
    assert saved.mine and saved.revision is None and saved.review is None
    assert [s.annotation for s in book.for_document("doc-1")] == [saved.annotation]
    assert book.for_document("doc-1", "b" * 64) == []
    assert SECRET.encode() not in raw_store_bytes(store)
    assert b"hidden reserve" not in raw_store_bytes(store)
    assert store.outbox() == []


def test_rows_cannot_be_swapped(device: tuple[Store, AnnotationBook, DocumentCache]) -> None:
    """The id is the associated data: a row's content moved under another id does not open."""
    store, book, _ = device
    first, second = book.save(note(text="one")), book.save(note(text="two"))
    store.write(
        lambda conn: conn.execute(
            "UPDATE annotations SET data = (SELECT data FROM annotations WHERE id = ?) WHERE id = ?",
            (first.id, second.id),
        )
    )
    with pytest.raises(Exception, match="does not open"):
        book.get(second.id)


def test_share_unshare_reshare_and_delete(device: tuple[Store, AnnotationBook, DocumentCache]) -> None:
    store, book, _ = device
    private = book.save(note())
    shared = book.save(private.annotation.with_changes(shared=True))
    assert shared.id == private.id
    put = store.outbox()[-1]
    assert (put.kind, put.method, put.path) == ("annotation", "PUT", f"/api/annotations/{private.id}")
    assert put.body == shared.annotation.to_json() and put.body["shared"] is True
    edited = book.save(shared.annotation.with_changes(text="edited"))
    assert len({item.client_id for item in store.outbox()}) == 2  # one client id per write
    # Unsharing withdraws it from the server and keeps it here as private.
    unshared = book.save(edited.annotation.with_changes(shared=False))
    withdraw = store.outbox()[-1]
    assert (withdraw.method, withdraw.path) == ("DELETE", f"/api/annotations/{private.id}")
    assert book.get(private.id) == unshared and not unshared.shared
    # Sharing it again: the server keeps a tombstone for the old id, so it goes out under a new one.
    reshared = book.save(unshared.annotation.with_changes(shared=True))
    assert reshared.id != private.id and book.get(private.id) is None
    assert store.outbox()[-1].path == f"/api/annotations/{reshared.id}"
    # Deleting a shared one withdraws it; a private one leaves no trace for the server.
    assert book.delete(reshared.id)
    assert (store.outbox()[-1].method, store.outbox()[-1].path) == ("DELETE", f"/api/annotations/{reshared.id}")
    count = len(store.outbox())
    other = book.save(note(text="private"))
    assert book.delete(other.id) and not book.delete(other.id)
    assert len(store.outbox()) == count and book.for_document("doc-1") == []


def test_saved_annotation_survives_a_killed_process(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    """The writer process saves one stroke and dies at once (no close, no clean shutdown)."""
    key = annotation_key(os.urandom(32))
    store_path = tmp_path / "store.sqlite3"
    stroke = Annotation.new(
        document_id="doc-1",
        sha256="c" * 64,
        page=2,
        kind="ink",
        color="#1A2B3C",
        geometry=InkGeometry((((10.0, 10.0, 0.4), (20.0, 14.0, 0.7), (31.5, 18.0, 0.9)),), 1.5),
    )
    script = textwrap.dedent(
        f"""
        import os, json
        from pathlib import Path
        from ecabinet.client.annotations import AnnotationBook
        from ecabinet.client.store import Store
        from ecabinet.core.annotations import Annotation
        store = Store(Path({str(store_path)!r}))
        book = AnnotationBook(store, bytes.fromhex({key.hex()!r}), user={ME!r})
        book.save(Annotation.from_json(json.loads({json_dumps(stroke.to_json())!r})))
        os._exit(0)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    store = Store(store_path)
    try:
        found = AnnotationBook(store, key, user=ME).for_document("doc-1")
        assert [s.annotation for s in found] == [stroke]
    finally:
        store.close()


def json_dumps(value: Any) -> str:
    import json

    return json.dumps(value)


def test_an_older_store_file_still_opens(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE annotations (id TEXT PRIMARY KEY, document_id TEXT NOT NULL, sha256 TEXT NOT NULL, "
        "data TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )
    conn.commit()
    conn.close()
    store = Store(path)
    try:
        book = AnnotationBook(store, os.urandom(32), user=ME)
        assert book.save(note()).mine
        assert store.get_meta("schema_version") == str(SCHEMA_VERSION)
    finally:
        store.close()


# --------------------------------------------------------------------------------------
# The change feed
# --------------------------------------------------------------------------------------


def feed_entry(annotation: Annotation, author: dict[str, str], revision: int, seq: int = 10) -> dict[str, Any]:
    data = {**annotation.to_json(), "revision": revision, "author": author, "meeting_id": "m1"}
    return {"seq": seq, "kind": "annotation", "id": annotation.id, "op": "upsert", "data": data}


def test_feed_brings_others_annotations_encrypted(device: tuple[Store, AnnotationBook, DocumentCache]) -> None:
    store, book, _ = device
    handlers = {"annotation": book.feed_handler}
    theirs = note(text="Shared remark QPX-4410", shared=True)
    author = {"id": "user-two", "display_name": "Minister Two"}
    store.apply_changes([feed_entry(theirs, author, 1)], cursor=10, etag=None, handlers=handlers)
    (stored,) = book.for_document("doc-1")
    assert (stored.mine, stored.author_id, stored.author_name, stored.revision) == (
        False,
        "user-two",
        "Minister Two",
        1,
    )
    assert stored.annotation == theirs
    assert b"QPX-4410" not in raw_store_bytes(store)
    assert store.entities("annotation") == []  # not in the plaintext entity table
    with pytest.raises(AnnotationNotMine):
        book.save(theirs.with_changes(text="mine now"))
    with pytest.raises(AnnotationNotMine):
        book.delete(theirs.id)
    remove = {"seq": 11, "kind": "annotation", "id": theirs.id, "op": "remove", "data": None}
    store.apply_changes([remove], cursor=11, etag=None, handlers=handlers)
    assert book.for_document("doc-1") == []


def test_my_echo_never_overwrites_a_newer_local_edit(device: tuple[Store, AnnotationBook, DocumentCache]) -> None:
    store, book, _ = device
    handlers = {"annotation": book.feed_handler}
    me = {"id": ME["id"], "display_name": ME["display_name"]}
    first = book.save(note(text="first", shared=True))
    newer = book.save(first.annotation.with_changes(text="newer"))
    # The echo of the first write while the newer one still waits in the outbox: ignored.
    store.apply_changes([feed_entry(first.annotation, me, 1)], cursor=10, etag=None, handlers=handlers)
    assert book.get(first.id) == newer
    # The outbox sent everything; the late echo of the first write is older than the local copy: ignored.
    for item in store.outbox():
        store.mark_outbox(item.seq, state="done")
    store.apply_changes([feed_entry(first.annotation, me, 1)], cursor=11, etag=None, handlers=handlers)
    assert book.get(first.id) == newer
    # The echo of the newest write brings its server revision.
    store.apply_changes([feed_entry(newer.annotation, me, 2)], cursor=12, etag=None, handlers=handlers)
    assert book.get(first.id) is not None and book.get(first.id).revision == 2  # type: ignore[union-attr]
    # Made on my other device: arrives as mine.
    elsewhere = note(text="from my laptop", shared=True)
    store.apply_changes([feed_entry(elsewhere, me, 1)], cursor=13, etag=None, handlers=handlers)
    assert book.get(elsewhere.id) is not None and book.get(elsewhere.id).mine  # type: ignore[union-attr]
    # A full resync forgets others' annotations but never mine.
    theirs = note(text="theirs", shared=True)
    store.apply_changes(
        [feed_entry(theirs, {"id": "x", "display_name": "X"}, 1)], cursor=14, etag=None, handlers=handlers
    )
    store.apply_changes([], cursor=15, etag=None, reset=True, handlers=handlers)
    assert {s.id for s in book.for_document("doc-1")} == {first.id, elsewhere.id}


# --------------------------------------------------------------------------------------
# New versions
# --------------------------------------------------------------------------------------


def cache_bytes(cache: DocumentCache, data: bytes) -> None:
    writer = cache.writer(sha(data), len(data))
    writer.write(data)
    writer.commit()


def test_reanchor_moves_what_it_can_and_keeps_the_rest(device: tuple[Store, AnnotationBook, DocumentCache]) -> None:
    store, book, cache = device
    v1 = build_document(**PAPER)  # type: ignore[arg-type]
    v2 = build_document(**PAPER, revision=2)  # type: ignore[arg-type]
    words = DocumentWords.from_pdf(v1)
    phrases = revision_phrases()
    made = {name: book.save(highlight(v1, words, phrase, "doc-1")) for name, phrase in phrases.items()}
    made["shared"] = book.save(highlight(v1, words, phrases["late"], "doc-1", shared=True))
    queued = len(store.outbox())
    store.apply_changes([document_change("doc-1", [v1])], cursor=1, etag=None)
    cache_bytes(cache, v1)
    assert book.reanchor_pending(cache).moved == 0  # nothing newer yet
    # The new version arrives; until its bytes are cached nothing moves.
    store.apply_changes([document_change("doc-1", [v1, v2], seq=2)], cursor=2, etag=None)
    assert book.reanchor_pending(cache).pairs == []
    cache_bytes(cache, v2)
    result = book.reanchor_pending(cache)
    assert (result.moved, result.needs_review) == (3, 2)
    assert result.pairs == [("doc-1", sha(v1), sha(v2))]
    moved = {name: book.get(made[name].id) for name in made}
    for name in ("early", "late", "shared"):
        stored = moved[name]
        assert stored is not None and stored.annotation.sha256 == sha(v2) and stored.review is None
        assert covered_text(v2, stored.annotation) == split_words(phrases["late" if name == "shared" else name])
    late_before, late_after = made["late"].annotation.page, moved["late"].annotation.page  # type: ignore[union-attr]
    assert late_after == late_before + 1  # a page was inserted before it
    # Only the shared one goes to the server again.
    assert len(store.outbox()) == queued + 1
    assert store.outbox()[-1].body["sha256"] == sha(v2)
    # The others stay on the old version, listed for review with the reason, never dropped.
    review = {s.id: s for s in book.needs_review("doc-1")}
    assert set(review) == {made["rewritten"].id, made["deleted"].id}
    assert {s.review for s in review.values()} <= {ReviewReason.TEXT_CHANGED, ReviewReason.PAGE_REMOVED}
    assert all(s.annotation.sha256 == sha(v1) for s in review.values())
    assert len(book.for_document("doc-1", sha(v2))) == 3
    # Done once: running again changes nothing, and the old version stays in the keep set.
    assert book.reanchor_pending(cache).pairs == []
    assert book.reanchored_pairs() == [("doc-1", sha(v1), sha(v2))]
    assert sha(v1) in book.annotated_versions()["doc-1"]
    # The user settles them: one placed by hand on the new version, one discarded.
    placed = review[made["rewritten"].id].annotation.placed(
        sha256=sha(v2), page=0, geometry=RectsGeometry(((70.0, 100.0, 200.0, 112.0),))
    )
    settled = book.resolve(made["rewritten"].id, placed)
    assert settled is not None and settled.review is None and settled.annotation.sha256 == sha(v2)
    assert book.resolve(made["deleted"].id, None) is None
    assert book.needs_review() == [] and len(book.for_document("doc-1")) == 4


def test_my_annotations_across_the_packet(device: tuple[Store, AnnotationBook, DocumentCache]) -> None:
    store, book, _ = device
    v1 = build_document(**PAPER)  # type: ignore[arg-type]
    store.apply_changes(
        [document_change("doc-1", [v1]), document_change("doc-2", [v1], meeting_id="m2", seq=2)],
        cursor=2,
        etag=None,
    )
    words = DocumentWords.from_pdf(v1)
    phrase = revision_phrases()["early"]
    book.save(highlight(v1, words, phrase, "doc-1"))
    book.save(note(text="Ask about " + "the budget " * 30, version=sha(v1)))
    book.save(note("doc-2", text="other meeting", version=sha(v1)))
    entries = book.mine_in_meeting("m1")
    assert sorted((e.document_id, e.kind) for e in entries) == [("doc-1", "highlight"), ("doc-1", "note")]
    by_kind = {e.kind: e for e in entries}
    assert by_kind["highlight"].snippet == phrase and by_kind["highlight"].document_title.startswith("Teacher")
    assert by_kind["note"].snippet.startswith("Ask about the budget") and len(by_kind["note"].snippet) <= 120


# --------------------------------------------------------------------------------------
# Export and import of my notes
# --------------------------------------------------------------------------------------


def test_notes_move_to_another_device_on_purpose(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    first_store = Store(tmp_path / "a.sqlite3")
    second_store = Store(tmp_path / "b.sqlite3")
    try:
        first = AnnotationBook(
            first_store, annotation_key(open_vault(memory_keyring, tmp_path, "a").data_key()), user=ME
        )
        second = AnnotationBook(
            second_store, annotation_key(open_vault(memory_keyring, tmp_path, "b").data_key()), user=ME
        )
        mine = [first.save(note(text=SECRET)), first.save(note(text="second thought"))]
        first.save(note(text="shared, not exported", shared=True))
        first.save(note("doc-2", text="another document"))
        path = tmp_path / "notes.ecnotes"
        assert first.export_notes(path, ["doc-1"], "correct horse", params=CHEAP) == 2
        assert SECRET.encode() not in path.read_bytes()
        # A wrong passphrase: a clear error, nothing imported.
        with pytest.raises(NotesPassphraseError):
            second.import_notes(path, "wrong horse")
        assert second.for_document("doc-1") == []
        # A damaged file is refused too.
        damaged = tmp_path / "damaged.ecnotes"
        damaged.write_bytes(path.read_bytes()[:-5] + b"xxxxx")
        with pytest.raises(NotesFileError):
            second.import_notes(damaged, "correct horse")
        result = second.import_notes(path, "correct horse")
        assert (result.imported, result.unchanged, result.unknown_documents) == (2, 0, 2)
        assert sorted(s.annotation.text for s in second.for_document("doc-1")) == sorted(
            s.annotation.text for s in mine
        )
        assert all(s.mine and not s.shared for s in second.for_document("doc-1"))
        assert second_store.outbox() == []
        assert SECRET.encode() not in raw_store_bytes(second_store)
        # Importing twice does not duplicate.
        again = second.import_notes(path, "correct horse")
        assert (again.imported, again.unchanged) == (0, 2)
        assert len(second.for_document("doc-1")) == 2
    finally:
        first_store.close()
        second_store.close()
