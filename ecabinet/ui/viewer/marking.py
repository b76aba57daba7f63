"""The geometry of marking a page, without Qt: snapping a highlight to words, thinning a pen stroke, and
finding which annotation a tap or the eraser touches. All coordinates are page points, origin top-left, as the
render worker's words and the annotations use them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from ecabinet.core.annotations import Anchor, Annotation, BoxGeometry, InkGeometry, PointGeometry, RectsGeometry
from ecabinet.pdf.render import Word

__all__ = [
    "NOTE_ICON_POINTS",
    "anchor_for",
    "hit",
    "line_rects",
    "nearest_word",
    "thin_stroke",
    "words_between",
]

Rect = tuple[float, float, float, float]
#: The side of a note's icon on the page, in points (drawn at this size whatever the zoom, like a PDF note).
NOTE_ICON_POINTS = 18.0
_CONTEXT_WORDS = 8


def nearest_word(words: Sequence[Word], x: float, y: float) -> int | None:
    """The word under (x, y), else the closest one (by distance to its box); None on a page without words."""
    best, best_distance = None, math.inf
    for index, (x0, y0, x1, y1, _text) in enumerate(words):
        dx = max(x0 - x, 0.0, x - x1)
        dy = max(y0 - y, 0.0, y - y1)
        distance = dx * dx + dy * dy * 4  # a word on another line is farther than one beside the pointer
        if distance < best_distance:
            best, best_distance = index, distance
            if distance == 0:
                break
    return best


def words_between(first: int, last: int) -> list[int]:
    """The words from one index to another in reading order, whichever way the finger went."""
    low, high = sorted((first, last))
    return list(range(low, high + 1))


def line_rects(words: Sequence[Word], indices: Sequence[int]) -> tuple[Rect, ...]:
    """One rectangle per line of the chosen words (as a reader's highlighter would draw it)."""
    rects: list[list[float]] = []
    for index in sorted(indices):
        x0, y0, x1, y1, _text = words[index]
        if rects:
            last = rects[-1]
            overlap = min(last[3], y1) - max(last[1], y0)
            if overlap > 0.5 * min(last[3] - last[1], y1 - y0) and x0 >= last[0] - 1:
                last[0], last[1] = min(last[0], x0), min(last[1], y0)
                last[2], last[3] = max(last[2], x1), max(last[3], y1)
                continue
        rects.append([x0, y0, x1, y1])
    return tuple((r[0], r[1], r[2], r[3]) for r in rects)


def anchor_for(words: Sequence[Word], indices: Sequence[int]) -> Anchor | None:
    """The text a highlight covers with a few words either side (on this page), so it can follow the text into a
    new version of the document and be listed by its words."""
    if not indices:
        return None
    first, last = min(indices), max(indices)
    quote = " ".join(words[i][4] for i in sorted(indices))
    prefix = " ".join(w[4] for w in words[max(0, first - _CONTEXT_WORDS) : first])
    suffix = " ".join(w[4] for w in words[last + 1 : last + 1 + _CONTEXT_WORDS])
    return Anchor(quote=quote, prefix=prefix, suffix=suffix)


def thin_stroke(
    points: Sequence[tuple[float, float, float]], min_distance: float
) -> tuple[tuple[float, float, float], ...]:
    """Drop points closer than `min_distance` to the last kept one (a tablet sends hundreds per second); the
    last point is always kept, so the stroke ends where the pen lifted."""
    if not points:
        return ()
    kept = [points[0]]
    for point in points[1:]:
        if math.hypot(point[0] - kept[-1][0], point[1] - kept[-1][1]) >= min_distance:
            kept.append(point)
    if kept[-1] != points[-1]:
        kept.append(points[-1])
    return tuple(kept)


def _segment_distance(px: float, py: float, ax: float, ay: float, bx: float, by: float) -> float:
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def hit(annotation: Annotation, x: float, y: float, tolerance: float) -> bool:
    """Whether a tap at (x, y) touches `annotation` (`tolerance` in points: a finger is not a mouse)."""
    geometry = annotation.geometry
    if isinstance(geometry, RectsGeometry):
        return any(
            r[0] - tolerance <= x <= r[2] + tolerance and r[1] - tolerance <= y <= r[3] + tolerance
            for r in geometry.rects
        )
    if isinstance(geometry, InkGeometry):
        reach = tolerance + geometry.width / 2
        for stroke in geometry.strokes:
            if len(stroke) == 1 and math.hypot(stroke[0][0] - x, stroke[0][1] - y) <= reach:
                return True
            for (ax, ay, _p), (bx, by, _q) in itertools.pairwise(stroke):
                if _segment_distance(x, y, ax, ay, bx, by) <= reach:
                    return True
        return False
    if isinstance(geometry, PointGeometry):
        px, py = geometry.point
        return px - tolerance <= x <= px + NOTE_ICON_POINTS + tolerance and (
            py - tolerance <= y <= py + NOTE_ICON_POINTS + tolerance
        )
    if isinstance(geometry, BoxGeometry):
        r = geometry.rect
        return r[0] - tolerance <= x <= r[2] + tolerance and r[1] - tolerance <= y <= r[3] + tolerance
    return False
