"""What changed between two versions of a document: pages added and removed, text inserted, deleted
and rewritten, with the rectangles to highlight on both versions.

The reader who annotated version 3 and now gets version 4 an hour before the meeting wants to see
what is new, not reread 40 pages. This module gives the "what changed" view its data; it says nothing
in English: the changes are enums and numbers, and the UI phrases them in the reader's language.
Running headers and footers are left out (inserting a page renumbers every later page; that is not an
edit anyone needs to see).
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

import pymupdf

from ecabinet.pdf.words import DocumentWords, Rect, WordMatch, match_words, merge_line_rects

__all__ = ["Change", "ChangeKind", "VersionDiff", "compare_versions"]

TEXT_CLIP = 300
_JOIN_GAP = 3  # changes this few unchanged words apart are one change ("paragraph rewritten")


class ChangeKind(enum.StrEnum):
    PAGE_ADDED = "page_added"
    PAGE_REMOVED = "page_removed"
    TEXT_INSERTED = "text_inserted"
    TEXT_DELETED = "text_deleted"
    TEXT_REPLACED = "text_replaced"


@dataclass(frozen=True)
class Change:
    """One item of the summary. Pages are 0-based; for inserted text `old_page` is where it would have
    been, for deleted text `new_page` is where it would be (None when that page has no counterpart)."""

    kind: ChangeKind
    old_page: int | None
    new_page: int | None
    old_words: int = 0  # words deleted (or replaced)
    new_words: int = 0  # words inserted (or replacing)
    old_rects: tuple[Rect, ...] = ()  # on old_page, one per line
    new_rects: tuple[Rect, ...] = ()  # on new_page, one per line
    #: The words themselves (clipped to `TEXT_CLIP` characters): deleted text cannot be shown on the new
    #: version's pages, so the list of changes quotes it.
    old_text: str = ""
    new_text: str = ""


@dataclass(frozen=True)
class VersionDiff:
    """The comparison of two versions (see `compare_versions`)."""

    old_page_count: int
    new_page_count: int
    old_to_new: tuple[int | None, ...]  # per old page: its page in the new version, None if removed
    new_to_old: tuple[int | None, ...]  # per new page: its page in the old version, None if added
    added_pages: tuple[int, ...]  # new pages
    removed_pages: tuple[int, ...]  # old pages
    inserted: Mapping[int, tuple[Rect, ...]]  # new page -> rects of inserted or rewritten text
    deleted: Mapping[int, tuple[Rect, ...]]  # old page -> rects of deleted or rewritten text
    changes: tuple[Change, ...]  # pages added/removed first, then text changes in reading order
    match: WordMatch = field(repr=False, compare=False)  # reuse it for `reanchor(match=...)`

    @property
    def unchanged(self) -> bool:
        return not self.changes


def compare_versions(
    old: bytes | pymupdf.Document | DocumentWords, new: bytes | pymupdf.Document | DocumentWords
) -> VersionDiff:
    """Compare two versions of a document by their words."""
    old_words = old if isinstance(old, DocumentWords) else DocumentWords.from_pdf(old)
    new_words = new if isinstance(new, DocumentWords) else DocumentWords.from_pdf(new)
    match = match_words(old_words, new_words)
    old_words, new_words = match.old, match.new  # with the running lines both versions agree on
    forward, backward = match.old_page_to_new, match.new_page_to_old
    added = tuple(page for page, origin in enumerate(backward) if origin is None)
    removed = tuple(page for page, target in enumerate(forward) if target is None)

    changes: list[Change] = [Change(ChangeKind.PAGE_REMOVED, page, None) for page in removed]
    changes += [Change(ChangeKind.PAGE_ADDED, None, page) for page in added]
    inserted: dict[int, list[Rect]] = {}
    deleted: dict[int, list[Rect]] = {}
    for old_indices, new_indices in _groups(match):
        for page, rects in merge_line_rects(new_words, new_indices).items():
            inserted.setdefault(page, []).extend(rects)
        for page, rects in merge_line_rects(old_words, old_indices).items():
            deleted.setdefault(page, []).extend(rects)
        # Text on added or removed pages is told by the page change.
        old_indices = [i for i in old_indices if forward[old_words.pages[i]] is not None]
        new_indices = [j for j in new_indices if backward[new_words.pages[j]] is not None]
        if not old_indices and not new_indices:
            continue
        changes.extend(_text_changes(match, old_indices, new_indices))
    return VersionDiff(
        old_page_count=old_words.page_count,
        new_page_count=new_words.page_count,
        old_to_new=forward,
        new_to_old=backward,
        added_pages=added,
        removed_pages=removed,
        inserted={page: tuple(rects) for page, rects in sorted(inserted.items())},
        deleted={page: tuple(rects) for page, rects in sorted(deleted.items())},
        changes=tuple(changes),
        match=match,
    )


def _groups(match: WordMatch) -> list[tuple[list[int], list[int]]]:
    """The non-equal opcodes as (old word indices, new word indices), joined across short equal runs."""
    groups: list[tuple[list[int], list[int]]] = []
    joinable = False
    for tag, i1, i2, j1, j2 in match.opcodes:
        if tag == "equal":
            joinable = bool(groups) and i2 - i1 <= _JOIN_GAP
            if not joinable:
                continue
            gap_old = [match.old_body[i] for i in range(i1, i2)]
            gap_new = [match.new_body[j] for j in range(j1, j2)]
            groups[-1][0].extend(gap_old)
            groups[-1][1].extend(gap_new)
            continue
        old_indices = [match.old_body[i] for i in range(i1, i2)]
        new_indices = [match.new_body[j] for j in range(j1, j2)]
        if joinable:
            groups[-1][0].extend(old_indices)
            groups[-1][1].extend(new_indices)
        else:
            groups.append((old_indices, new_indices))
        joinable = False
    # An equal run joined at the very end (nothing followed it) is not part of the change.
    return [_trim(match, old, new) for old, new in groups]


def _trim(match: WordMatch, old: list[int], new: list[int]) -> tuple[list[int], list[int]]:
    while old and new and match.old_to_new[old[-1]] == new[-1]:
        old.pop()
        new.pop()
    return old, new


def _text_changes(match: WordMatch, old_indices: list[int], new_indices: list[int]) -> list[Change]:
    """One change per page the group touches (a rewrite across a page break is two items)."""
    old_words, new_words = match.old, match.new
    kind = (
        ChangeKind.TEXT_REPLACED
        if old_indices and new_indices
        else ChangeKind.TEXT_INSERTED
        if new_indices
        else ChangeKind.TEXT_DELETED
    )
    old_by_page = merge_line_rects(old_words, old_indices)
    new_by_page = merge_line_rects(new_words, new_indices)

    def old_text(page: int | None) -> str:
        return _clip(old_words.text(i for i in old_indices if old_words.pages[i] == page))

    def new_text(page: int) -> str:
        return _clip(new_words.text(j for j in new_indices if new_words.pages[j] == page))

    if not old_by_page and not new_by_page:
        return []
    if new_indices:
        pages = sorted(new_by_page)
        result = []
        for page in pages:
            origin = match.new_page_to_old[page]
            old_rects = tuple(old_by_page.get(origin, ())) if origin is not None else ()
            result.append(
                Change(
                    kind,
                    origin,
                    page,
                    old_words=sum(1 for i in old_indices if old_words.pages[i] == origin),
                    new_words=sum(1 for j in new_indices if new_words.pages[j] == page),
                    old_rects=old_rects,
                    new_rects=tuple(new_by_page[page]),
                    old_text=old_text(origin) if origin is not None else "",
                    new_text=new_text(page),
                )
            )
        # Replaced words on an old page that has no share in the new pages above still count.
        counted = {change.old_page for change in result}
        for page in sorted(set(old_by_page) - counted):
            result.append(
                Change(
                    kind,
                    page,
                    match.old_page_to_new[page],
                    old_words=sum(1 for i in old_indices if old_words.pages[i] == page),
                    old_rects=tuple(old_by_page[page]),
                    old_text=old_text(page),
                )
            )
        return result
    return [
        Change(
            kind,
            page,
            match.old_page_to_new[page],
            old_words=sum(1 for i in old_indices if old_words.pages[i] == page),
            old_rects=tuple(old_by_page[page]),
            old_text=old_text(page),
        )
        for page in sorted(old_by_page)
    ]


def _clip(text: str) -> str:
    return text if len(text) <= TEXT_CLIP else text[: TEXT_CLIP - 1].rstrip() + "…"
