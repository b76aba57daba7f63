"""Carry annotations over to a new version of their document, by the text they cover.

Documents change until the last hour, and a minister's notes must follow them: losing them on an
update is the known failure of board portals. So every annotation comes back either `Placed` on the new
version (with a confidence) or as `NeedsReview` with a reason; none is ever dropped.

How an annotation is placed:

* Highlight and underline: the words its rectangles cover are looked up in the word match of the two
  versions (`ecabinet.pdf.words`). If (nearly) all of them are there, the new rectangles are those
  words' boxes, one per line. If not (the text moved far, or was partly rewritten), its quote is
  searched in the new text, prefix and suffix deciding between repeats. Otherwise it needs review.
* Ink, note and text box: anchored by the words under and around them; moved by how far those words
  moved (to another page if they went there). If those words are gone, the quote of them is searched;
  failing that, it needs review.
* A page without any text (a scan, a blank page): annotations follow the page if the page mapping
  paired it with a page of the new version.
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import enum
import hashlib
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pymupdf

from ecabinet.core.annotations import Anchor, Annotation, Geometry, Rect, RectsGeometry
from ecabinet.pdf.words import DocumentWords, WordMatch, match_words, merge_line_rects, split_words

__all__ = [
    "NeedsReview",
    "Placed",
    "PlacementMethod",
    "ReviewReason",
    "anchor_from_words",
    "covered_words",
    "make_anchor",
    "nearby_words",
    "reanchor",
]

_CONTEXT_WORDS = 8  # words of prefix and suffix kept in an anchor
_CONTEXT_CHARS = 200
_NEARBY_MIN = 3  # an ink stroke or note is anchored by at least this many words ...
_NEARBY_MAX = 8  # ... and at most this many
_NEARBY_MARGIN = 2.0  # points around the bounds that still count as "under" the annotation
_MIN_COVER = 0.5  # share of a word's box inside a highlight rectangle for the word to be covered


class PlacementMethod(enum.StrEnum):
    """How an annotation found its place in the new version (the UI may show less certain ones apart)."""

    WORDS = "words"  # the words it covers or lies by were matched by the diff
    QUOTE = "quote"  # its quote was found by search (the text moved or was partly rewritten)
    PAGE = "page"  # no text near it: it followed its page


class ReviewReason(enum.StrEnum):
    """Why an annotation could not be placed with confidence. Stable codes: the UI translates them."""

    TEXT_CHANGED = "text_changed"  # the text it covers was rewritten or deleted
    TEXT_AMBIGUOUS = "text_ambiguous"  # its text is there several times and nothing tells which
    ANCHOR_GONE = "anchor_gone"  # the words it was drawn by are gone
    PAGE_REMOVED = "page_removed"  # its page is not in the new version
    SPLIT_ACROSS_PAGES = "split_across_pages"  # the text it covers now runs over a page break
    PAGE_OUT_OF_RANGE = "page_out_of_range"  # its page does not exist in the version it claims to be on


@dataclass(frozen=True)
class Placed:
    annotation: Annotation  # on the new version
    confidence: float  # 0..1
    method: PlacementMethod


@dataclass(frozen=True)
class NeedsReview:
    annotation: Annotation  # unchanged, still on the old version
    reason: ReviewReason


# --------------------------------------------------------------------------------------
# Which words an annotation covers or lies by
# --------------------------------------------------------------------------------------


def _overlap(a: Rect, b: Rect) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def covered_words(words: DocumentWords, page: int, rects: Iterable[Rect]) -> list[int]:
    """Indices of the words on `page` at least half inside one of `rects` (a highlight's words)."""
    boxes = list(rects)
    result = []
    for index in words.page_range(page):
        box = words.rects[index]
        area = max((box[2] - box[0]) * (box[3] - box[1]), 1e-6)
        if any(_overlap(box, rect) >= _MIN_COVER * area for rect in boxes):
            result.append(index)
    return result


def _distance(box: Rect, bounds: Rect) -> float:
    dx = max(bounds[0] - box[2], box[0] - bounds[2], 0.0)
    dy = max(bounds[1] - box[3], box[1] - bounds[3], 0.0)
    return float((dx * dx + dy * dy) ** 0.5)


def nearby_words(words: DocumentWords, page: int, bounds: Rect) -> list[int]:
    """The words under `bounds` (a stroke's or note's), or failing a few, the nearest ones on the page;
    in reading order. Empty only for a page without words."""
    grown = (
        bounds[0] - _NEARBY_MARGIN,
        bounds[1] - _NEARBY_MARGIN,
        bounds[2] + _NEARBY_MARGIN,
        bounds[3] + _NEARBY_MARGIN,
    )
    ranked = sorted(
        (_distance(words.rects[index], grown), index) for index in words.page_range(page) if not words.is_running(index)
    )
    under = [index for distance, index in ranked if distance == 0.0][:_NEARBY_MAX]
    if len(under) < _NEARBY_MIN:
        under = [index for _, index in ranked[:_NEARBY_MIN]]
    return sorted(under)


def _anchor_words(words: DocumentWords, page: int, geometry: Geometry) -> list[int]:
    if isinstance(geometry, RectsGeometry):
        covered = covered_words(words, page, geometry.rects)
        if covered:
            return covered
    return nearby_words(words, page, geometry.bounds())


def _clip(text: str, *, keep_end: bool) -> str:
    if len(text) <= _CONTEXT_CHARS:
        return text
    return text[-_CONTEXT_CHARS:] if keep_end else text[:_CONTEXT_CHARS]


def anchor_from_words(words: DocumentWords, indices: Sequence[int]) -> Anchor | None:
    """The quote of some words with a few words of context on each side (across page breaks)."""
    if not indices:
        return None
    first, last = min(indices), max(indices)
    prefix = words.text(range(max(0, first - _CONTEXT_WORDS), first))
    suffix = words.text(range(last + 1, min(len(words), last + 1 + _CONTEXT_WORDS)))
    return Anchor(
        quote=words.text(sorted(indices)),
        prefix=_clip(prefix, keep_end=True),
        suffix=_clip(suffix, keep_end=False),
    )


def make_anchor(source: bytes | pymupdf.Document | DocumentWords, page: int, geometry: Geometry) -> Anchor | None:
    """The anchor to store with a new annotation: the text it covers (highlight, underline) or lies
    nearest to (ink, note, text box). None on a page without text."""
    words = source if isinstance(source, DocumentWords) else DocumentWords.from_pdf(source)
    return anchor_from_words(words, _anchor_words(words, page, geometry))


# --------------------------------------------------------------------------------------
# Finding a quote in the new version
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    start: int
    length: int
    confidence: float


class _QuoteFinder:
    """Looks up normalised word runs in a version, an index of word positions built on first use."""

    def __init__(self, words: DocumentWords) -> None:
        self.words = words
        self._positions: dict[str, list[int]] | None = None

    def positions(self, norm: str) -> list[int]:
        if self._positions is None:
            self._positions = {}
            for index, word in enumerate(self.words.norms):
                self._positions.setdefault(word, []).append(index)
        return self._positions.get(norm, [])

    def find(self, anchor: Anchor, near: int | None) -> _Found | str | None:
        """The best place of the anchor's quote, None when absent, "ambiguous" when nothing decides."""
        quote = split_words(anchor.quote)
        if not quote:
            return None
        norms = self.words.norms
        length = len(quote)
        starts = [p for p in self.positions(quote[0]) if list(norms[p : p + length]) == quote]
        if not starts:
            return None
        if len(starts) == 1:
            return _Found(starts[0], length, 0.9)
        prefix = split_words(anchor.prefix)
        suffix = split_words(anchor.suffix)

        def context(start: int) -> int:
            score = 0
            for offset, word in enumerate(reversed(prefix), start=1):
                if start - offset < 0 or norms[start - offset] != word:
                    break
                score += 1
            for offset, word in enumerate(suffix):
                end = start + length + offset
                if end >= len(norms) or norms[end] != word:
                    break
                score += 1
            return score

        scored = sorted(((context(start), start) for start in starts), key=lambda item: -item[0])
        best_score, best_start = scored[0]
        if best_score > scored[1][0]:
            return _Found(best_start, length, 0.8)
        if near is None:
            return "ambiguous"
        tied = [start for score, start in scored if score == best_score]
        return _Found(min(tied, key=lambda start: abs(start - near)), length, 0.6)


# --------------------------------------------------------------------------------------
# Re-anchoring
# --------------------------------------------------------------------------------------


def _sha256_of(source: bytes | pymupdf.Document, given: str | None) -> str:
    if given is not None:
        return given
    if isinstance(source, bytes | bytearray | memoryview):
        return hashlib.sha256(source).hexdigest()
    raise ValueError("new_sha256 is needed when the new version is given as an open document")


@dataclass
class _Context:
    match: WordMatch
    finder: _QuoteFinder
    sha256: str
    min_share: float
    min_confidence: float

    @property
    def old(self) -> DocumentWords:
        return self.match.old

    @property
    def new(self) -> DocumentWords:
        return self.match.new

    def expected_position(self, old_index: int) -> int | None:
        """Where text at `old_index` would be in the new version: by the nearest matched word before it."""
        for index in range(old_index, max(-1, old_index - 2000), -1):
            target = self.match.old_to_new[index]
            if target >= 0:
                return target + (old_index - index)
        return None

    def lost(self, annotation: Annotation, default: ReviewReason) -> NeedsReview:
        if self.match.old_page_to_new[annotation.page] is None:
            return NeedsReview(annotation, ReviewReason.PAGE_REMOVED)
        return NeedsReview(annotation, default)

    def accept(self, annotation: Annotation, confidence: float, method: PlacementMethod) -> Placed | NeedsReview:
        if confidence < self.min_confidence:
            return NeedsReview(annotation, ReviewReason.TEXT_AMBIGUOUS)
        return Placed(annotation, round(confidence, 3), method)


def reanchor(
    old: bytes | pymupdf.Document,
    new: bytes | pymupdf.Document,
    annotations: Sequence[Annotation],
    *,
    new_sha256: str | None = None,
    match: WordMatch | None = None,
    min_share: float = 0.9,
    min_confidence: float = 0.6,
) -> list[Placed | NeedsReview]:
    """Carry `annotations` (on version `old`) over to version `new`, one result per annotation, in order.

    `min_share`: the share of a highlight's words that must be found again for it to be placed by the
    diff (else its quote is searched). `min_confidence`: placements below it need review instead.
    `match`: a word match of the two versions already made (by `compare_versions`), to save the work.
    """
    sha256 = _sha256_of(new, new_sha256)
    if match is None:
        match = match_words(DocumentWords.from_pdf(old), DocumentWords.from_pdf(new))
    context = _Context(match, _QuoteFinder(match.new), sha256, min_share, min_confidence)
    return [_place(context, annotation) for annotation in annotations]


def _place(context: _Context, annotation: Annotation) -> Placed | NeedsReview:
    old = context.old
    if annotation.page >= old.page_count:
        return NeedsReview(annotation, ReviewReason.PAGE_OUT_OF_RANGE)
    geometry = annotation.geometry
    if isinstance(geometry, RectsGeometry):
        covered = covered_words(old, annotation.page, geometry.rects)
        if covered:
            return _place_text(context, annotation, covered)
    return _place_by_neighbours(context, annotation)


def _place_text(context: _Context, annotation: Annotation, covered: list[int]) -> Placed | NeedsReview:
    """A highlight or underline: the covered words, found by the diff or by their quote."""
    mapped = sorted(target for target in (context.match.old_to_new[i] for i in covered) if target >= 0)
    share = len(mapped) / len(covered)
    if share >= context.min_share:
        span = range(mapped[0], mapped[-1] + 1)
        if len(span) <= 2 * len(covered) + 2:  # the words stayed together
            return _highlight_on(context, annotation, span, share, PlacementMethod.WORDS)
    anchor = anchor_from_words(context.old, covered) or annotation.anchor
    if anchor is None:
        return context.lost(annotation, ReviewReason.TEXT_CHANGED)
    found = context.finder.find(anchor, context.expected_position(covered[0]))
    if found == "ambiguous":
        return NeedsReview(annotation, ReviewReason.TEXT_AMBIGUOUS)
    if not isinstance(found, _Found):
        return context.lost(annotation, ReviewReason.TEXT_CHANGED)
    span = range(found.start, found.start + found.length)
    return _highlight_on(context, annotation, span, found.confidence, PlacementMethod.QUOTE)


def _highlight_on(
    context: _Context, annotation: Annotation, span: range, confidence: float, method: PlacementMethod
) -> Placed | NeedsReview:
    new = context.new
    by_page = merge_line_rects(new, span)
    page, rects = max(by_page.items(), key=lambda item: (len(item[1]), -item[0]))
    on_page = sum(1 for index in span if new.pages[index] == page) / len(span)
    if on_page < context.min_share:
        return NeedsReview(annotation, ReviewReason.SPLIT_ACROSS_PAGES)
    placed = annotation.placed(sha256=context.sha256, page=page, geometry=RectsGeometry(tuple(rects)))
    return context.accept(placed, confidence * on_page, method)


def _place_by_neighbours(context: _Context, annotation: Annotation) -> Placed | NeedsReview:
    """Ink, note, text box (or a highlight over no text): moved as the words around it moved."""
    old, new = context.old, context.new
    neighbours = nearby_words(old, annotation.page, annotation.bounds())
    if not neighbours:
        target = context.match.old_page_to_new[annotation.page]
        if target is None:
            return NeedsReview(annotation, ReviewReason.PAGE_REMOVED)
        moved = annotation.moved(sha256=context.sha256, page=target)
        return context.accept(_inside_page(moved, new), 0.7, PlacementMethod.PAGE)
    pairs = [(i, context.match.old_to_new[i]) for i in neighbours if context.match.old_to_new[i] >= 0]
    method = PlacementMethod.WORDS
    confidence = len(pairs) / len(neighbours)
    if confidence < 0.5:
        anchor = anchor_from_words(old, neighbours) or annotation.anchor
        found = None if anchor is None else context.finder.find(anchor, context.expected_position(neighbours[0]))
        if not isinstance(found, _Found) or found.length != len(neighbours):
            if found == "ambiguous":
                return NeedsReview(annotation, ReviewReason.TEXT_AMBIGUOUS)
            return context.lost(annotation, ReviewReason.ANCHOR_GONE)
        pairs = list(zip(neighbours, range(found.start, found.start + found.length), strict=True))
        method, confidence = PlacementMethod.QUOTE, found.confidence
    pages = Counter(new.pages[target] for _, target in pairs)
    page, count = max(pages.items(), key=lambda item: (item[1], -item[0]))
    confidence *= count / len(pairs)
    on_page = [(source, target) for source, target in pairs if new.pages[target] == page]
    dx = statistics.median(new.rects[t][0] + new.rects[t][2] - old.rects[s][0] - old.rects[s][2] for s, t in on_page)
    dy = statistics.median(new.rects[t][1] + new.rects[t][3] - old.rects[s][1] - old.rects[s][3] for s, t in on_page)
    moved = annotation.moved(sha256=context.sha256, page=page, dx=dx / 2, dy=dy / 2)
    return context.accept(_inside_page(moved, new), confidence, method)


def _inside_page(annotation: Annotation, words: DocumentWords) -> Annotation:
    """Shift an annotation back onto its page if moving took it over an edge (a smaller new page)."""
    width, height = words.page_sizes[annotation.page]
    x0, y0, x1, y1 = annotation.bounds()
    dx = -x0 if x0 < 0 else min(0.0, width - x1)
    dy = -y0 if y0 < 0 else min(0.0, height - y1)
    if dx == 0 and dy == 0:
        return annotation
    return annotation.moved(sha256=annotation.sha256, page=annotation.page, dx=dx, dy=dy)
