"""A document as one sequence of words with positions, and the match between two versions of it.

Re-anchoring annotations (`ecabinet.pdf.anchoring`) and the "what changed" view (`ecabinet.pdf.changes`)
both need the same thing: every word of both versions with its page and box, and which word of the old
version is which word of the new one. Words come from PyMuPDF (``Page.get_text("words")``, boxes in
unrotated page space, the space annotations live in) and are compared by a normalised form: NFKC with
Lao extraction quirks folded (`comparable_text`), NFC, case folded, punctuation at the ends dropped (so
"budget," still is "budget" when a sentence is cut after it).

The match is a diff of the two word sequences. difflib's SequenceMatcher on 80 000 words is far too slow
when common words repeat thousands of times, so it is done in two passes: first on lines (a line of the
same words is one token; most lines are unique, and text that did not change keeps its lines even when
pages break elsewhere), then on the words of each stretch of lines that differ, which is small. Text
that moved far (a paragraph taken to another section) is seen as deleted and inserted; the anchoring
module finds it again by its quote.
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

import pymupdf

from ecabinet.pdf.corpus import comparable_text

__all__ = [
    "DocumentWords",
    "Opcode",
    "Rect",
    "WordMatch",
    "diff_opcodes",
    "match_words",
    "merge_line_rects",
    "normalise_word",
    "open_pdf",
    "split_words",
]

Rect = tuple[float, float, float, float]
Opcode = tuple[str, int, int, int, int]
"""(tag, i1, i2, j1, j2) as difflib gives them, in word indices of the old and new sequence."""

_DIGITS = re.compile(r"\d+")
# Above this many word comparisons a changed stretch is diffed with difflib's junk heuristic: a
# document rewritten from end to end has no useful word-by-word match anyway, and must not hang.
_EXACT_DIFF_LIMIT = 4_000_000
_RUNNING_MIN_PAGES = 3
_MARGIN_BAND = 0.08  # running headers and footers live in the top and bottom 8 % of a page
_RUNNING_Y_STEP = 4.0  # points: a running line is at the same height on every page, give or take


@lru_cache(maxsize=65536)
def normalise_word(text: str) -> str:
    """The form two words are compared by: NFKC/Lao-folded, NFC, case folded, end punctuation dropped."""
    folded = unicodedata.normalize("NFC", comparable_text(text).casefold())
    start, end = 0, len(folded)
    while start < end and unicodedata.category(folded[start]).startswith("P"):
        start += 1
    while end > start and unicodedata.category(folded[end - 1]).startswith("P"):
        end -= 1
    return folded[start:end] if start < end else folded


def split_words(text: str) -> list[str]:
    """Normalised words of a piece of text (a quote), split the way PyMuPDF splits a page: on white space."""
    return [word for word in (normalise_word(part) for part in text.split()) if word]


def open_pdf(source: bytes | pymupdf.Document) -> tuple[pymupdf.Document, bool]:
    """The document and whether we opened it (and so must close it)."""
    if isinstance(source, pymupdf.Document):
        return source, False
    return pymupdf.open(stream=source, filetype="pdf"), True


@dataclass(frozen=True)
class DocumentWords:
    """Every word of a document in reading order, as parallel arrays (80 000 small objects would cost
    more time than the whole diff).

    ``line[i]`` numbers the lines of the whole document; ``running[line]`` says the line is a running
    header or footer (its text, digits aside, is on most pages: "Page 7 of 321"), whose changes are
    page renumbering rather than edits.
    """

    texts: tuple[str, ...]
    norms: tuple[str, ...]
    pages: array[int]
    rects: tuple[Rect, ...]
    line: array[int]
    page_starts: array[int]  # word index where each page starts; one more entry than pages
    page_sizes: tuple[tuple[float, float], ...]
    running: tuple[bool, ...]  # per line
    line_keys: tuple[str, ...]  # per line in a margin band: its height and digit-masked text; else ""
    running_keys: frozenset[str]  # the line keys found on most pages

    @property
    def page_count(self) -> int:
        return len(self.page_sizes)

    def __len__(self) -> int:
        return len(self.texts)

    def page_range(self, page: int) -> range:
        """Indices of the words on `page` (empty for a page out of range)."""
        if not 0 <= page < self.page_count:
            return range(0)
        return range(self.page_starts[page], self.page_starts[page + 1])

    def text(self, indices: Iterable[int]) -> str:
        return " ".join(self.texts[index] for index in indices)

    def is_running(self, index: int) -> bool:
        return self.running[self.line[index]]

    @classmethod
    def from_pdf(cls, source: bytes | pymupdf.Document) -> DocumentWords:
        document, owned = open_pdf(source)
        try:
            return cls._extract(document)
        finally:
            if owned:
                document.close()

    @classmethod
    def _extract(cls, document: pymupdf.Document) -> DocumentWords:
        texts: list[str] = []
        norms: list[str] = []
        pages = array("i")
        rects: list[Rect] = []
        lines = array("i")
        page_starts = array("i", [0])
        sizes: list[tuple[float, float]] = []
        line_shapes: list[str] = []  # per line: its normalised text with digits masked
        line_pages: list[int] = []
        for page in (document[number] for number in range(document.page_count)):
            number = page.number
            rect = page.rect
            sizes.append((float(rect.width), float(rect.height)))
            current: tuple[int, int] | None = None
            shape: list[str] = []
            for x0, y0, x1, y1, word, block, line_no, _ in page.get_text("words", sort=False):
                norm = normalise_word(word)
                if not norm:
                    continue
                if (block, line_no) != current:
                    if current is not None:
                        line_shapes.append(_DIGITS.sub("#", " ".join(shape)))
                        line_pages.append(number)
                    current = (block, line_no)
                    shape = []
                shape.append(norm)
                texts.append(word)
                norms.append(norm)
                pages.append(number)
                rects.append((x0, y0, x1, y1))
                lines.append(len(line_shapes))
            if current is not None:
                line_shapes.append(_DIGITS.sub("#", " ".join(shape)))
                line_pages.append(number)
            page_starts.append(len(texts))
        # A running line sits in the top or bottom margin band, at the same height, on most pages.
        line_keys: list[str] = [""] * len(line_shapes)  # "" for lines outside the bands
        for index in range(len(texts)):
            height = sizes[pages[index]][1]
            y0, y1 = rects[index][1], rects[index][3]
            if y1 <= height * _MARGIN_BAND or y0 >= height * (1 - _MARGIN_BAND):
                line = lines[index]
                if not line_keys[line]:
                    line_keys[line] = f"{round(y0 / _RUNNING_Y_STEP)}|{line_shapes[line]}"
        on_pages: Counter[str] = Counter()
        for key, _page in {(k, p) for k, p in zip(line_keys, line_pages, strict=True) if k}:
            on_pages[key] += 1
        threshold = max(_RUNNING_MIN_PAGES, (len(sizes) + 1) // 2)
        shapes = frozenset(key for key, count in on_pages.items() if count >= threshold)
        keys = tuple(line_keys)
        running = tuple(bool(key) and key in shapes for key in keys)
        return cls(
            tuple(texts), tuple(norms), pages, tuple(rects), lines, page_starts, tuple(sizes), running, keys, shapes
        )

    def with_running(self, shapes: frozenset[str]) -> DocumentWords:
        """The same words with the running lines those of `shapes` (two versions must agree on them)."""
        running = tuple(bool(key) and key in shapes for key in self.line_keys)
        return replace(self, running=running, running_keys=shapes)


def merge_line_rects(words: DocumentWords, indices: Iterable[int]) -> dict[int, list[Rect]]:
    """The boxes of some words merged into one rectangle per line, grouped by page: what a highlight of
    those words looks like."""
    by_line: dict[int, list[float]] = {}
    line_page: dict[int, int] = {}
    for index in indices:
        x0, y0, x1, y1 = words.rects[index]
        key = words.line[index]
        box = by_line.get(key)
        if box is None:
            by_line[key] = [x0, y0, x1, y1]
            line_page[key] = words.pages[index]
        else:
            box[0], box[1], box[2], box[3] = min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)
    result: dict[int, list[Rect]] = {}
    for key in sorted(by_line):
        x0, y0, x1, y1 = by_line[key]
        result.setdefault(line_page[key], []).append((x0, y0, x1, y1))
    return result


@dataclass(frozen=True)
class WordMatch:
    """Which word of the old version is which word of the new one (-1: none).

    ``opcodes`` describe how the body text (all words but running headers and footers) changed, as
    difflib does, in positions of ``old_body`` / ``new_body``, which give the word indices. Running lines
    are matched apart, page by page, so renumbered pages do not read as edits."""

    old: DocumentWords
    new: DocumentWords
    old_to_new: array[int]
    new_to_old: array[int]
    old_body: array[int]
    new_body: array[int]
    opcodes: tuple[Opcode, ...]
    old_page_to_new: tuple[int | None, ...]
    new_page_to_old: tuple[int | None, ...]


def _majority_pages(
    source: DocumentWords, target: DocumentWords, mapping: array[int], min_share: float
) -> list[int | None]:
    """Each page's counterpart: the page holding most of its matched words, if at least `min_share`
    of its (body) words matched."""
    result: list[int | None] = []
    for page in range(source.page_count):
        span = [i for i in source.page_range(page) if not source.is_running(i)]
        counts: Counter[int] = Counter(target.pages[mapping[i]] for i in span if mapping[i] >= 0)
        if not counts:
            result.append(None)
            continue
        best, count = max(counts.items(), key=lambda item: (item[1], -item[0]))
        result.append(best if count >= min_share * len(span) else None)
    return result


def _pair_untexted(
    old: DocumentWords, new: DocumentWords, forward: list[int | None], backward: list[int | None]
) -> None:
    """Pair pages without body words on both sides (blank, scanned, header only), in order, within the
    same gap between text-paired pages, so a blank page before an unchanged one is not "removed"."""

    def untexted(words: DocumentWords, page: int) -> bool:
        return all(words.is_running(i) for i in words.page_range(page))

    free: dict[int, list[int]] = {}  # key: the new page of the last text-paired page before the gap
    last = -1
    for page in range(new.page_count):
        if backward[page] is not None:
            last = page
        elif untexted(new, page):
            free.setdefault(last, []).append(page)
    if not free:
        return
    last = -1
    for page in range(old.page_count):
        target = forward[page]
        if target is not None:
            last = target
        elif untexted(old, page) and free.get(last):
            paired = free[last].pop(0)
            forward[page] = paired
            backward[paired] = page


def match_words(old: DocumentWords, new: DocumentWords, *, min_page_share: float = 0.2) -> WordMatch:
    """Diff two versions: body lines first, then the words of the lines that differ; then pages; then
    the running lines of each pair of pages. `min_page_share`: see `_majority_pages`."""
    if old.running_keys != new.running_keys:
        shapes = old.running_keys | new.running_keys
        old, new = old.with_running(shapes), new.with_running(shapes)
    old_body = array("i", (i for i in range(len(old)) if not old.is_running(i)))
    new_body = array("i", (i for i in range(len(new)) if not new.is_running(i)))
    ids: dict[str, int] = {}
    old_ids = array("i", (ids.setdefault(old.norms[i], len(ids)) for i in old_body))
    new_ids = array("i", (ids.setdefault(new.norms[i], len(ids)) for i in new_body))
    old_lines, old_line_starts = _line_tokens(old, old_body, old_ids)
    new_lines, new_line_starts = _line_tokens(new, new_body, new_ids)

    old_to_new = array("i", [-1]) * len(old)
    new_to_old = array("i", [-1]) * len(new)
    opcodes: list[Opcode] = []

    def pair(i1: int, j1: int, count: int) -> None:
        for offset in range(count):
            old_index, new_index = old_body[i1 + offset], new_body[j1 + offset]
            old_to_new[old_index] = new_index
            new_to_old[new_index] = old_index

    def emit(tag: str, i1: int, i2: int, j1: int, j2: int) -> None:
        if i1 == i2 and j1 == j2:
            return
        if opcodes and opcodes[-1][0] == tag and opcodes[-1][2] == i1 and opcodes[-1][4] == j1:
            opcodes[-1] = (tag, opcodes[-1][1], i2, opcodes[-1][3], j2)
            return
        opcodes.append((tag, i1, i2, j1, j2))

    for tag, li1, li2, lj1, lj2 in diff_opcodes(old_lines, new_lines):
        i1, i2 = old_line_starts[li1], old_line_starts[li2]
        j1, j2 = new_line_starts[lj1], new_line_starts[lj2]
        if tag == "equal":
            pair(i1, j1, i2 - i1)
            emit("equal", i1, i2, j1, j2)
        elif tag != "replace":
            emit(tag, i1, i2, j1, j2)
        else:
            for wtag, wi1, wi2, wj1, wj2 in diff_opcodes(old_ids[i1:i2], new_ids[j1:j2]):
                if wtag == "equal":
                    pair(i1 + wi1, j1 + wj1, wi2 - wi1)
                emit(wtag, i1 + wi1, i1 + wi2, j1 + wj1, j1 + wj2)

    forward = _majority_pages(old, new, old_to_new, min_page_share)
    backward = _majority_pages(new, old, new_to_old, min_page_share)
    _pair_untexted(old, new, forward, backward)
    _match_running(old, new, forward, old_to_new, new_to_old)
    return WordMatch(
        old, new, old_to_new, new_to_old, old_body, new_body, tuple(opcodes), tuple(forward), tuple(backward)
    )


def _match_running(
    old: DocumentWords,
    new: DocumentWords,
    forward: Sequence[int | None],
    old_to_new: array[int],
    new_to_old: array[int],
) -> None:
    """Pair the identical words of running lines between paired pages ("Cabinet paper" in the header;
    not the page number, which changed)."""
    for page, target in enumerate(forward):
        if target is None:
            continue
        new_words: dict[str, list[int]] = {}
        for index in new.page_range(target):
            if new.is_running(index) and new_to_old[index] < 0:
                new_words.setdefault(new.norms[index], []).append(index)
        for index in old.page_range(page):
            if old.is_running(index):
                candidates = new_words.get(old.norms[index])
                if candidates:
                    other = candidates.pop(0)
                    old_to_new[index] = other
                    new_to_old[other] = index


def _line_tokens(
    words: DocumentWords, body: array[int], word_ids: array[int]
) -> tuple[list[tuple[int, ...]], list[int]]:
    """One token per body line (the tuple of its word ids) and the body position where each line
    starts, plus an end entry."""
    tokens: list[tuple[int, ...]] = []
    starts: list[int] = []
    line = words.line
    start = 0
    count = len(body)
    for position in range(1, count + 1):
        if position == count or line[body[position]] != line[body[start]]:
            tokens.append(tuple(word_ids[start:position]))
            starts.append(start)
            start = position
    starts.append(count)
    return tokens, starts


def _matching_blocks(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[int, int, int]]:
    """Matching blocks (i, j, size) of two sequences, in order, by patience diff.

    Lines (or words) that occur exactly once in both sequences are the anchors; the longest run of them
    in the same order is kept (patience sorting, O(n log n)); the stretches between anchors are
    handled the same way, and a stretch without such anchors goes to difflib, which is fine on small
    pieces but quadratic on a whole document with repeated table cells."""
    blocks: list[tuple[int, int, int]] = []
    stack = [(0, len(a), 0, len(b))]
    while stack:
        alo, ahi, blo, bhi = stack.pop()
        # Common prefix and suffix.
        head = 0
        while alo + head < ahi and blo + head < bhi and a[alo + head] == b[blo + head]:
            head += 1
        if head:
            blocks.append((alo, blo, head))
            alo += head
            blo += head
        tail = 0
        while ahi - tail > alo and bhi - tail > blo and a[ahi - tail - 1] == b[bhi - tail - 1]:
            tail += 1
        if tail:
            blocks.append((ahi - tail, bhi - tail, tail))
            ahi -= tail
            bhi -= tail
        if alo == ahi or blo == bhi:
            continue
        anchors = _unique_anchors(a, b, alo, ahi, blo, bhi)
        if not anchors:
            exact = (ahi - alo) * (bhi - blo) <= _EXACT_DIFF_LIMIT
            matcher = SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=not exact)
            blocks.extend((alo + i, blo + j, size) for i, j, size in matcher.get_matching_blocks() if size)
            continue
        # Split at the anchors; each gap (and the anchor itself, via the prefix step) is diffed on.
        previous_i, previous_j = alo, blo
        for i, j in anchors:
            stack.append((previous_i, i, previous_j, j))
            previous_i, previous_j = i, j
        stack.append((previous_i, ahi, previous_j, bhi))
    blocks.sort()
    return blocks


def _unique_anchors(
    a: Sequence[Hashable], b: Sequence[Hashable], alo: int, ahi: int, blo: int, bhi: int
) -> list[tuple[int, int]]:
    """Positions (i, j) of the items unique in both ranges, longest increasing run in both."""
    count_a: dict[Hashable, int] = {}
    for i in range(alo, ahi):
        count_a[a[i]] = count_a.get(a[i], 0) + 1
    position_b: dict[Hashable, int] = {}
    count_b: dict[Hashable, int] = {}
    for j in range(blo, bhi):
        item = b[j]
        if count_a.get(item) == 1:
            count_b[item] = count_b.get(item, 0) + 1
            position_b[item] = j
    pairs = [(i, position_b[a[i]]) for i in range(alo, ahi) if count_a[a[i]] == 1 and count_b.get(a[i]) == 1]
    if not pairs:
        return []
    # Longest increasing subsequence of j (the i are increasing already).
    tails: list[int] = []  # tails[k]: j of the smallest tail of a run of length k + 1
    tail_index: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[k] = j
            tail_index[k] = index
        back[index] = tail_index[k - 1] if k else -1
    run: list[tuple[int, int]] = []
    index = tail_index[-1]
    while index >= 0:
        run.append(pairs[index])
        index = back[index]
    run.reverse()
    return run


def diff_opcodes(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Opcode]:
    """difflib-style opcodes from `_matching_blocks`."""
    opcodes: list[Opcode] = []
    i = j = 0
    for bi, bj, size in [*_matching_blocks(a, b), (len(a), len(b), 0)]:
        if i < bi and j < bj:
            opcodes.append(("replace", i, bi, j, bj))
        elif i < bi:
            opcodes.append(("delete", i, bi, j, bj))
        elif j < bj:
            opcodes.append(("insert", i, bi, j, bj))
        if size:
            if opcodes and opcodes[-1][0] == "equal" and opcodes[-1][2] == bi and opcodes[-1][4] == bj:
                opcodes[-1] = ("equal", opcodes[-1][1], bi + size, opcodes[-1][3], bj + size)
            else:
                opcodes.append(("equal", bi, bi + size, bj, bj + size))
        i, j = bi + size, bj + size
    return opcodes
