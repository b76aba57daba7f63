"""Full-text search across a meeting packet, the way ministers type on tablets.

Matching is on folded text, substring by substring (like a viewer's "find"), so a Lao word is
found inside unspaced Lao text and "ban" also finds "bàn" and "bang". Folding:

* Unicode: NFKC compatibility forms, then NFD; `comparable_text` folds Lao extraction quirks
  (``ຳ`` split into ``ໍ`` + ``າ``, vowel and tone marks in another order); case is folded.
* Vietnamese diacritics, letter by letter: a letter typed bare matches it with any marks
  ("ngan sach" finds "ngân sách", "d" finds "đ" and "Đ"); a letter typed with marks matches
  only exactly those marks ("bàn" finds "bàn", not "bán" nor "bản"; "đ" does not find "d").
  People type without accents on tablets; when they do type one, they mean it.
* White space: runs of spaces and line breaks fold to one space, so a phrase broken across
  lines is found. Between two Lao characters white space is dropped altogether: Lao puts
  spaces between phrases, not words, and a wrapped line hides whether one was there.

`PacketIndex` extracts each page's characters once, with their boxes, and keeps the folded
text with a map back to them, so a hit gives rectangles to highlight in unrotated page space
(PDF points, origin top left, as PyMuPDF reports them). Documents arrive as decrypted bytes
and are read from memory only; nothing is written to disk. An index is built off the lock and
published whole, so one thread may index while others search.
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import functools
import itertools
import re
import threading
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pymupdf

from ecabinet.pdf.corpus import comparable_text

__all__ = ["CONTEXT_CHARS", "Hit", "PacketIndex", "Rect", "fold_query"]

Rect = tuple[float, float, float, float]
"""(x0, y0, x1, y1) in unrotated page coordinates, PDF points."""

CONTEXT_CHARS = 60  # original characters shown on each side of a hit

# Combining marks that may follow a base character in extracted text: Latin diacritics and
# the Lao (and Thai) vowel and tone marks. A "cluster" is a base character with its marks.
_MARKS = "\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ece\u1dc0-\u1dff\u20d0-\u20ff"
_CLUSTER = re.compile(rf"\s+|.[{_MARKS}]*", re.DOTALL)
# What `_fold` reads: white space, runs of printable ASCII (folded as a whole), clusters. A mark
# after an ASCII letter starts a cluster of its own; NFD gives the same string either way.
_TOKEN = re.compile(rf"(\s+)|([!-~]+)|(.[{_MARKS}]*)", re.DOTALL)
# The marks folded away for accent-less matching: Latin combining diacritics only (Lao marks
# are letters of their words). U+0335 stands for the bar of đ, which has no decomposition.
_DIACRITIC_CLASS = "[\u0300-\u036f]"
_DIACRITIC = re.compile(_DIACRITIC_CLASS)
_D_BAR = "\u0335"
_LINE_BREAK = "\n"  # put between extracted lines; it has no box
_NO_BOX: Rect = (0.0, 0.0, 0.0, 0.0)
# Invisible characters that leave no trace in folded text: soft hyphen, zero-width space (Lao
# and Thai typists put it between words), joiners, byte order mark.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# Ligatures stay one character with one box (NFKC splits them when folding); text outside the
# page's media box is not shown, so it is not found either.
_TEXT_FLAGS = pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP


def _is_lao(char: str) -> bool:
    return "\u0e80" <= char <= "\u0eff"


@functools.lru_cache(maxsize=8192)
def _fold_cluster(cluster: str) -> tuple[str, str]:
    """The strict and the accent-less folding of one base character with its marks."""
    folded = unicodedata.normalize("NFD", comparable_text(cluster.translate(_INVISIBLE)).casefold())
    folded = folded.replace("đ", "d" + _D_BAR)
    folded = unicodedata.normalize("NFD", folded)
    return folded, _DIACRITIC.sub("", folded)


@dataclass(frozen=True)
class _Folded:
    """Folded text and, for each of its characters, where its cluster starts in the original."""

    strict: str
    strict_offsets: array[int]
    loose: str
    loose_offsets: array[int]


def _fold(text: str) -> _Folded:
    strict: list[str] = []
    loose: list[str] = []
    strict_offsets = array("i")
    loose_offsets = array("i")
    pending_space = -1  # original offset of a white space run not yet written
    last = ""  # last folded character written
    for match in _TOKEN.finditer(text):
        start = match.start()
        kind = match.lastindex
        if kind == 1:  # white space
            if pending_space < 0:
                pending_space = start
            continue
        if kind == 2:  # plain ASCII, the bulk of most pages: fold in one go, offsets 1:1
            piece = bare = match.group().lower()
        else:
            piece, bare = _fold_cluster(match.group())
            if not piece:
                continue  # an invisible character
        if pending_space >= 0:
            if last and not (_is_lao(last) and _is_lao(piece[0])):
                strict.append(" ")
                strict_offsets.append(pending_space)
                loose.append(" ")
                loose_offsets.append(pending_space)
            pending_space = -1
        strict.append(piece)
        loose.append(bare)
        if kind == 2:
            strict_offsets.extend(range(start, match.end()))
            loose_offsets.extend(range(start, match.end()))
        else:
            strict_offsets.extend([start] * len(piece))
            loose_offsets.extend([start] * len(bare))
        last = piece[-1]
    return _Folded("".join(strict), strict_offsets, "".join(loose), loose_offsets)


def fold_query(query: str) -> tuple[str, str]:
    """The strict and accent-less folding of a query, as matched against page text."""
    folded = _fold(query)
    return folded.strict, folded.loose


def _strict_pattern(strict: str) -> re.Pattern[str]:
    """Letter by letter: a bare letter takes any diacritics, a marked one exactly its own."""
    parts: list[str] = []
    for match in _CLUSTER.finditer(strict):
        cluster = match.group()
        if _DIACRITIC.search(cluster):
            parts.append(re.escape(cluster) + f"(?!{_DIACRITIC_CLASS})")
        else:
            parts.append(re.escape(cluster) + f"{_DIACRITIC_CLASS}*")
    return re.compile("".join(parts))


@dataclass(frozen=True)
class Hit:
    """One occurrence of the query: where to highlight it and a line of text around it.

    ``page`` is 0-based. ``rects`` has one rectangle per text line the hit covers.
    ``context`` is the original text around the hit (white space folded), and
    ``context_span`` the hit's (start, end) in it, for bold type in a result list.
    """

    document_id: str
    page: int
    rects: tuple[Rect, ...]
    context: str
    context_span: tuple[int, int]


@dataclass(frozen=True)
class _PageIndex:
    """One page's extracted text, its folding and a box per original character."""

    text: str  # extracted characters, lines separated by _LINE_BREAK
    boxes: array[float]  # x0, y0, x1, y1 per character of `text` (zeros for line breaks)
    folded: _Folded

    @classmethod
    def extract(cls, page: pymupdf.Page) -> _PageIndex:
        chars: list[str] = []
        boxes: list[Rect] = []
        raw: dict[str, Any] = page.get_text("rawdict", flags=_TEXT_FLAGS)
        for block in raw["blocks"]:
            for line in block.get("lines", ()):
                for span in line["spans"]:
                    chars += [char["c"] for char in span["chars"]]
                    boxes += [char["bbox"] for char in span["chars"]]
                chars.append(_LINE_BREAK)
                boxes.append(_NO_BOX)
        text = "".join(chars)
        if len(text) != len(boxes):  # MuPDF gave several code points (or none) for a glyph
            boxes = [box for char, box in zip(chars, boxes, strict=True) for _ in char]
        flat = array("f", itertools.chain.from_iterable(boxes))
        return cls(text, flat, _fold(text))

    def matches(self, loose: str, pattern: re.Pattern[str] | None) -> Iterator[tuple[int, int]]:
        """(start, end) in `text` of each non-overlapping occurrence."""
        folded = self.folded
        if loose not in folded.loose:
            return
        if pattern is None:
            offsets = folded.loose_offsets
            position = folded.loose.find(loose)
            while position >= 0:
                end = position + len(loose)
                yield offsets[position], self._cluster_end(offsets[end - 1])
                position = folded.loose.find(loose, end)
        else:
            offsets = folded.strict_offsets
            for match in pattern.finditer(folded.strict):
                yield offsets[match.start()], self._cluster_end(offsets[match.end() - 1])

    def _cluster_end(self, start: int) -> int:
        match = _CLUSTER.match(self.text, start)
        return match.end() if match else start + 1

    def rects(self, start: int, end: int) -> tuple[Rect, ...]:
        """One rectangle per line: the union of the boxes of characters start..end."""
        rects: list[Rect] = []
        current: list[float] | None = None
        boxes = self.boxes
        for index in range(start, end):
            if self.text[index] == _LINE_BREAK:
                if current is not None:
                    rects.append((current[0], current[1], current[2], current[3]))
                    current = None
                continue
            x0, y0, x1, y1 = boxes[4 * index : 4 * index + 4]
            if current is None:
                current = [x0, y0, x1, y1]
            else:
                current[0] = min(current[0], x0)
                current[1] = min(current[1], y0)
                current[2] = max(current[2], x1)
                current[3] = max(current[3], y1)
        if current is not None:
            rects.append((current[0], current[1], current[2], current[3]))
        return tuple(rects)

    def context(self, start: int, end: int) -> tuple[str, tuple[int, int]]:
        before = _squash(self.text[max(0, start - CONTEXT_CHARS) : start]).lstrip()
        middle = _squash(self.text[start:end])
        after = _squash(self.text[end : end + CONTEXT_CHARS]).rstrip()
        if start > CONTEXT_CHARS and before:
            before = "…" + before
        if end + CONTEXT_CHARS < len(self.text) and after:
            after += "…"
        return before + middle + after, (len(before), len(before) + len(middle))


def _squash(text: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text))


@dataclass(frozen=True)
class _DocumentIndex:
    pages: tuple[_PageIndex, ...]

    @classmethod
    def build(cls, data: bytes) -> _DocumentIndex:
        try:
            document = pymupdf.open(stream=data, filetype="pdf")
        except (RuntimeError, ValueError) as error:  # pymupdf.FileDataError is a RuntimeError
            raise ValueError(f"not a readable PDF: {error}") from error
        try:
            if document.needs_pass:
                raise ValueError("encrypted PDF: decrypt it before indexing")
            return cls(tuple(_PageIndex.extract(document[number]) for number in range(document.page_count)))
        finally:
            document.close()


class _Query:
    """A folded query; empty when there is nothing to look for."""

    def __init__(self, query: str) -> None:
        strict, loose = fold_query(query)
        self.loose = loose
        self.pattern = _strict_pattern(strict) if strict != loose else None

    def hits(self, document_id: str, document: _DocumentIndex, limit: int) -> Iterator[Hit]:
        if not self.loose or limit <= 0:
            return
        count = 0
        for number, page in enumerate(document.pages):
            for start, end in page.matches(self.loose, self.pattern):
                context, span = page.context(start, end)
                yield Hit(document_id, number, page.rects(start, end), context, span)
                count += 1
                if count >= limit:
                    return


class PacketIndex:
    """Searchable text of the documents of a meeting packet.

    Documents are kept in the order they were first added (re-adding one replaces its text in
    place, for a new version); results come in that order, then page order, then reading order.
    `add` does the slow work (text extraction) outside the lock, so it can run in a worker
    thread while other threads call `search`; every method is thread-safe.
    """

    def __init__(self, documents: Iterable[tuple[str, bytes]] = ()) -> None:
        self._lock = threading.Lock()
        self._documents: Mapping[str, _DocumentIndex] = {}
        for document_id, data in documents:
            self.add(document_id, data)

    def add(self, document_id: str, data: bytes) -> None:
        """Index a document from its (decrypted) PDF bytes; ValueError if they are not a PDF."""
        built = _DocumentIndex.build(data)
        with self._lock:
            documents = dict(self._documents)
            documents[document_id] = built
            self._documents = documents

    def remove(self, document_id: str) -> None:
        """Forget a document; nothing happens if it was not indexed."""
        with self._lock:
            if document_id in self._documents:
                documents = dict(self._documents)
                del documents[document_id]
                self._documents = documents

    def __contains__(self, document_id: object) -> bool:
        return document_id in self._snapshot()

    def document_ids(self) -> list[str]:
        """The indexed documents, in result order."""
        return list(self._snapshot())

    def page_count(self, document_id: str) -> int:
        """Pages of an indexed document; KeyError if it is not indexed."""
        return len(self._snapshot()[document_id].pages)

    def search(self, query: str, *, limit: int = 500) -> list[Hit]:
        """Every occurrence of `query` in the packet, at most `limit` of them."""
        folded = _Query(query)
        hits: list[Hit] = []
        for document_id, document in self._snapshot().items():
            hits.extend(folded.hits(document_id, document, limit - len(hits)))
            if len(hits) >= limit:
                break
        return hits

    def search_document(self, document_id: str, query: str, *, limit: int = 500) -> list[Hit]:
        """Every occurrence of `query` in one document; KeyError if it is not indexed."""
        document = self._snapshot()[document_id]
        return list(_Query(query).hits(document_id, document, limit))

    def _snapshot(self) -> Mapping[str, _DocumentIndex]:
        with self._lock:
            return self._documents
