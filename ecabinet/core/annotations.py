"""Annotations as data: what a reader drew or wrote on one page of one document version.

An annotation is not burned into the PDF: the client keeps it in its offline store, the viewer draws
it over the rendered page, shared ones travel to the server, and when the document gets a new version
it is re-anchored onto that version by the text it covers (`ecabinet.pdf.anchoring`). This module is
the one definition of its JSON wire shape, used by the server, the client store and the PDF layer:

    {"id", "document_id", "sha256", "page", "kind", "color", "geometry", "text", "anchor", "shared",
     "created_at", "updated_at"}

Geometry is in PDF points in unrotated page space, y down, origin at the top left of the page's
CropBox: the coordinates PyMuPDF's ``Page.get_text`` reports, so a highlight's rectangles are the
words' boxes without any conversion. `Annotation.from_json` is strict because the input comes from
devices and other users: a malformed or oversized annotation is refused with `InvalidRequest` (code
``invalid_annotation``, ``details["field"]`` naming the offending part), never half-accepted.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal, TypeAlias, cast

from ecabinet.core.errors import InvalidRequest

__all__ = [
    "KINDS",
    "MAX_POINTS",
    "MAX_POINTS_PER_STROKE",
    "MAX_RECTS",
    "MAX_TEXT",
    "Anchor",
    "Annotation",
    "BoxGeometry",
    "Geometry",
    "InkGeometry",
    "Kind",
    "PointGeometry",
    "Rect",
    "RectsGeometry",
    "format_timestamp",
]

Kind = Literal["ink", "highlight", "underline", "note", "text_box"]
KINDS: tuple[Kind, ...] = ("ink", "highlight", "underline", "note", "text_box")

Rect: TypeAlias = tuple[float, float, float, float]
"""(x0, y0, x1, y1), PDF points, unrotated page space, y down."""
Point: TypeAlias = tuple[float, float]
InkPoint: TypeAlias = tuple[float, float, float]
"""(x, y, pressure); pressure 0..1 (a mouse gives 0.5)."""

# Limits: a stroke drawn slowly at 240 Hz for eight seconds stays under the per-stroke cap; a page
# of dense handwriting stays under the total. Anything beyond is a bug or an attack, not a minister.
MAX_POINTS = 20_000
MAX_POINTS_PER_STROKE = 2_000
MAX_RECTS = 1_000
MAX_TEXT = 10_000
MAX_ANCHOR_TEXT = 10_000  # quote
MAX_ANCHOR_CONTEXT = 1_000  # prefix, suffix
MAX_PAGE = 100_000
MAX_COORDINATE = 1_000_000.0  # PDF user space is at most 14 400 pt wide; leave room, refuse absurd values
MAX_INK_WIDTH = 100.0
MAX_ID_LENGTH = 200

_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_KEYS = frozenset(
    {
        "id",
        "document_id",
        "sha256",
        "page",
        "kind",
        "color",
        "geometry",
        "text",
        "anchor",
        "shared",
        "created_at",
        "updated_at",
    }
)


def _invalid(field_name: str, message: str) -> InvalidRequest:
    return InvalidRequest(f"{field_name}: {message}", code="invalid_annotation", details={"field": field_name})


def format_timestamp(moment: datetime) -> str:
    """ISO-8601 in UTC with a ``Z`` and microseconds, so a round trip keeps the exact time."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _parse_timestamp(value: object, name: str) -> datetime:
    if not isinstance(value, str):
        raise _invalid(name, "must be an ISO-8601 string")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _invalid(name, f"{value[:40]!r} is not an ISO-8601 time") from None
    if moment.tzinfo is None or moment.utcoffset() != UTC.utcoffset(None):
        raise _invalid(name, "must be in UTC (end with Z or +00:00)")
    return moment.astimezone(UTC)


def _number(value: object, name: str, *, low: float = -MAX_COORDINATE, high: float = MAX_COORDINATE) -> float:
    # bool is an int in Python; true is not a coordinate.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(name, "must be a number")
    number = float(value)
    if not math.isfinite(number):
        raise _invalid(name, "must be finite (no NaN or infinity)")
    if not low <= number <= high:
        raise _invalid(name, f"must be between {low:g} and {high:g}")
    return number


def _list(value: object, name: str, *, min_length: int = 0, max_length: int | None = None) -> Sequence[object]:
    if not isinstance(value, list | tuple):
        raise _invalid(name, "must be a list")
    if len(value) < min_length:
        raise _invalid(name, f"must have at least {min_length} item(s)")
    if max_length is not None and len(value) > max_length:
        raise _invalid(name, f"has {len(value)} items, at most {max_length} are allowed")
    return value


def _string(value: object, name: str, *, max_length: int) -> str:
    if not isinstance(value, str):
        raise _invalid(name, "must be a string")
    if len(value) > max_length:
        raise _invalid(name, f"is {len(value)} characters long, at most {max_length} are allowed")
    return value


def _rect(value: object, name: str) -> Rect:
    items = _list(value, name, min_length=4, max_length=4)
    x0, y0, x1, y1 = (_number(item, f"{name}[{index}]") for index, item in enumerate(items))
    if x0 > x1 or y0 > y1:
        raise _invalid(name, "must be [x0, y0, x1, y1] with x0 <= x1 and y0 <= y1")
    return (x0, y0, x1, y1)


def _exact_keys(value: object, name: str, keys: frozenset[str]) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise _invalid(name, "must be an object")
    missing = keys - value.keys()
    unknown = value.keys() - keys
    if missing:
        raise _invalid(name, f"missing {', '.join(sorted(missing))}")
    if unknown:
        raise _invalid(name, f"unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    return cast(Mapping[str, object], value)


def _union(rects: Sequence[Rect]) -> Rect:
    return (
        min(rect[0] for rect in rects),
        min(rect[1] for rect in rects),
        max(rect[2] for rect in rects),
        max(rect[3] for rect in rects),
    )


def _shift(rect: Rect, dx: float, dy: float) -> Rect:
    return (rect[0] + dx, rect[1] + dy, rect[2] + dx, rect[3] + dy)


# --------------------------------------------------------------------------------------
# Geometry, one class per shape; each knows its JSON, its bounds and how to move.
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RectsGeometry:
    """Highlight and underline: one rectangle per line of covered text."""

    rects: tuple[Rect, ...]

    def to_json(self) -> dict[str, Any]:
        return {"rects": [list(rect) for rect in self.rects]}

    def bounds(self) -> Rect:
        return _union(self.rects)

    def translated(self, dx: float, dy: float) -> RectsGeometry:
        return RectsGeometry(tuple(_shift(rect, dx, dy) for rect in self.rects))

    @classmethod
    def from_json(cls, value: object) -> RectsGeometry:
        data = _exact_keys(value, "geometry", frozenset({"rects"}))
        items = _list(data["rects"], "geometry.rects", min_length=1, max_length=MAX_RECTS)
        return cls(tuple(_rect(item, f"geometry.rects[{index}]") for index, item in enumerate(items)))


@dataclass(frozen=True)
class InkGeometry:
    """Pen strokes: points with pressure, drawn with a nominal line width in points."""

    strokes: tuple[tuple[InkPoint, ...], ...]
    width: float

    def to_json(self) -> dict[str, Any]:
        return {"strokes": [[list(point) for point in stroke] for stroke in self.strokes], "width": self.width}

    def bounds(self) -> Rect:
        xs = [point[0] for stroke in self.strokes for point in stroke]
        ys = [point[1] for stroke in self.strokes for point in stroke]
        return (min(xs), min(ys), max(xs), max(ys))

    def translated(self, dx: float, dy: float) -> InkGeometry:
        strokes = tuple(tuple((x + dx, y + dy, p) for x, y, p in stroke) for stroke in self.strokes)
        return InkGeometry(strokes, self.width)

    @classmethod
    def from_json(cls, value: object) -> InkGeometry:
        data = _exact_keys(value, "geometry", frozenset({"strokes", "width"}))
        width = _number(data["width"], "geometry.width", low=0.0, high=MAX_INK_WIDTH)
        if width <= 0:
            raise _invalid("geometry.width", "must be greater than 0")
        raw_strokes = _list(data["strokes"], "geometry.strokes", min_length=1, max_length=MAX_POINTS)
        strokes: list[tuple[InkPoint, ...]] = []
        total = 0
        for s_index, raw_stroke in enumerate(raw_strokes):
            name = f"geometry.strokes[{s_index}]"
            raw_points = _list(raw_stroke, name, min_length=1, max_length=MAX_POINTS_PER_STROKE)
            total += len(raw_points)
            if total > MAX_POINTS:
                raise _invalid("geometry.strokes", f"more than {MAX_POINTS} points in one annotation")
            points: list[InkPoint] = []
            for p_index, raw_point in enumerate(raw_points):
                point_name = f"{name}[{p_index}]"
                x, y, p = _list(raw_point, point_name, min_length=3, max_length=3)
                points.append(
                    (
                        _number(x, f"{point_name}[0]"),
                        _number(y, f"{point_name}[1]"),
                        _number(p, f"{point_name}[2]", low=0.0, high=1.0),
                    )
                )
            strokes.append(tuple(points))
        return cls(tuple(strokes), width)


@dataclass(frozen=True)
class PointGeometry:
    """A sticky note: the point its icon hangs from."""

    point: Point

    def to_json(self) -> dict[str, Any]:
        return {"point": list(self.point)}

    def bounds(self) -> Rect:
        x, y = self.point
        return (x, y, x, y)

    def translated(self, dx: float, dy: float) -> PointGeometry:
        return PointGeometry((self.point[0] + dx, self.point[1] + dy))

    @classmethod
    def from_json(cls, value: object) -> PointGeometry:
        data = _exact_keys(value, "geometry", frozenset({"point"}))
        x, y = _list(data["point"], "geometry.point", min_length=2, max_length=2)
        return cls((_number(x, "geometry.point[0]"), _number(y, "geometry.point[1]")))


@dataclass(frozen=True)
class BoxGeometry:
    """A text box: the rectangle its text is laid out in."""

    rect: Rect

    def to_json(self) -> dict[str, Any]:
        return {"rect": list(self.rect)}

    def bounds(self) -> Rect:
        return self.rect

    def translated(self, dx: float, dy: float) -> BoxGeometry:
        return BoxGeometry(_shift(self.rect, dx, dy))

    @classmethod
    def from_json(cls, value: object) -> BoxGeometry:
        data = _exact_keys(value, "geometry", frozenset({"rect"}))
        return cls(_rect(data["rect"], "geometry.rect"))


Geometry: TypeAlias = RectsGeometry | InkGeometry | PointGeometry | BoxGeometry

_GEOMETRY_OF_KIND: dict[str, type[RectsGeometry] | type[InkGeometry] | type[PointGeometry] | type[BoxGeometry]] = {
    "highlight": RectsGeometry,
    "underline": RectsGeometry,
    "ink": InkGeometry,
    "note": PointGeometry,
    "text_box": BoxGeometry,
}


@dataclass(frozen=True)
class Anchor:
    """The text an annotation covers (or lies nearest to), with a little context on each side, so it can
    be found again in a new version of the document even when the words around it moved."""

    quote: str
    prefix: str = ""
    suffix: str = ""

    def to_json(self) -> dict[str, str]:
        return {"quote": self.quote, "prefix": self.prefix, "suffix": self.suffix}

    @classmethod
    def from_json(cls, value: object) -> Anchor:
        data = _exact_keys(value, "anchor", frozenset({"quote", "prefix", "suffix"}))
        return cls(
            quote=_string(data["quote"], "anchor.quote", max_length=MAX_ANCHOR_TEXT),
            prefix=_string(data["prefix"], "anchor.prefix", max_length=MAX_ANCHOR_CONTEXT),
            suffix=_string(data["suffix"], "anchor.suffix", max_length=MAX_ANCHOR_CONTEXT),
        )


def _check_geometry(kind: str, geometry: Geometry) -> None:
    if not isinstance(geometry, _GEOMETRY_OF_KIND[kind]):
        raise _invalid("geometry", f"a {kind} annotation needs {_GEOMETRY_OF_KIND[kind].__name__}")


@dataclass(frozen=True)
class Annotation:
    """One annotation on one page of one document version (see the module docstring for the wire shape)."""

    id: str
    document_id: str
    sha256: str
    page: int
    kind: Kind
    color: str
    geometry: Geometry
    text: str = ""
    anchor: Anchor | None = None
    shared: bool = False
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    updated_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def __post_init__(self) -> None:
        # Objects made in code obey the same rules as those read from JSON (the cheap checks; the
        # expensive ones on point counts are done once, in from_json).
        if self.kind not in KINDS:
            raise _invalid("kind", f"unknown kind {self.kind!r}; expected one of {', '.join(KINDS)}")
        _check_geometry(self.kind, self.geometry)
        if not _COLOR.fullmatch(self.color):
            raise _invalid("color", f"{self.color[:20]!r} is not a colour like #1A2B3C")
        if self.page < 0 or self.page > MAX_PAGE:
            raise _invalid("page", "must be a page index from 0")
        if len(self.text) > MAX_TEXT:
            raise _invalid("text", f"is {len(self.text)} characters long, at most {MAX_TEXT} are allowed")
        if not _SHA256.fullmatch(self.sha256):
            raise _invalid("sha256", "must be 64 lowercase hexadecimal digits")

    @classmethod
    def new(
        cls,
        *,
        document_id: str,
        sha256: str,
        page: int,
        kind: Kind,
        color: str,
        geometry: Geometry,
        text: str = "",
        anchor: Anchor | None = None,
        shared: bool = False,
        now: datetime | None = None,
    ) -> Annotation:
        """A fresh annotation with a client-made id; both times are `now`."""
        moment = (now or datetime.now(UTC)).astimezone(UTC)
        return cls(
            id=str(uuid.uuid4()),
            document_id=document_id,
            sha256=sha256,
            page=page,
            kind=kind,
            color=color.upper(),
            geometry=geometry,
            text=text,
            anchor=anchor,
            shared=shared,
            created_at=moment,
            updated_at=moment,
        )

    # ---------------------------------------------------------------------------------- wire shape

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document_id": self.document_id,
            "sha256": self.sha256,
            "page": self.page,
            "kind": self.kind,
            "color": self.color,
            "geometry": self.geometry.to_json(),
            "text": self.text,
            "anchor": None if self.anchor is None else self.anchor.to_json(),
            "shared": self.shared,
            "created_at": format_timestamp(self.created_at),
            "updated_at": format_timestamp(self.updated_at),
        }

    @classmethod
    def from_json(cls, value: object) -> Annotation:
        """Validate and read the wire shape; raises `InvalidRequest` (code ``invalid_annotation``)."""
        data = _exact_keys(value, "annotation", _KEYS)
        raw_id = _string(data["id"], "id", max_length=MAX_ID_LENGTH)
        try:
            annotation_id = str(uuid.UUID(raw_id))
        except ValueError:
            raise _invalid("id", "must be a UUID") from None
        document_id = _string(data["document_id"], "document_id", max_length=MAX_ID_LENGTH)
        if not document_id:
            raise _invalid("document_id", "must not be empty")
        sha256 = _string(data["sha256"], "sha256", max_length=64)
        page = data["page"]
        if isinstance(page, bool) or not isinstance(page, int):
            raise _invalid("page", "must be an integer")
        kind = data["kind"]
        if kind not in KINDS:
            raise _invalid("kind", f"unknown kind {str(kind)[:20]!r}; expected one of {', '.join(KINDS)}")
        color = _string(data["color"], "color", max_length=7)
        if not _COLOR.fullmatch(color):
            raise _invalid("color", f"{color!r} is not a colour like #1A2B3C")
        geometry = _GEOMETRY_OF_KIND[str(kind)].from_json(data["geometry"])
        text = _string(data["text"], "text", max_length=MAX_TEXT)
        anchor = None if data["anchor"] is None else Anchor.from_json(data["anchor"])
        shared = data["shared"]
        if not isinstance(shared, bool):
            raise _invalid("shared", "must be true or false")
        return cls(
            id=annotation_id,
            document_id=document_id,
            sha256=sha256,
            page=page,
            kind=kind,
            color=color.upper(),
            geometry=geometry,
            text=text,
            anchor=anchor,
            shared=shared,
            created_at=_parse_timestamp(data["created_at"], "created_at"),
            updated_at=_parse_timestamp(data["updated_at"], "updated_at"),
        )

    # ---------------------------------------------------------------------------------- helpers

    def with_changes(self, *, touch: bool = True, **changes: Any) -> Annotation:
        """A copy with some fields replaced; `updated_at` becomes now unless given or ``touch=False``."""
        if touch and "updated_at" not in changes:
            changes["updated_at"] = datetime.now(UTC)
        return replace(self, **changes)

    def bounds(self) -> Rect:
        """The bounding rectangle of the geometry (a note's is its point, zero-sized)."""
        return self.geometry.bounds()

    def moved(self, *, sha256: str, page: int, dx: float = 0.0, dy: float = 0.0) -> Annotation:
        """The same annotation on another version: same id and times, geometry shifted by (dx, dy).

        `updated_at` is kept on purpose: a re-anchoring is not an edit, so it must not win a
        last-writer-wins race against the author's own later change on another device."""
        return replace(self, sha256=sha256, page=page, geometry=self.geometry.translated(dx, dy))

    def placed(self, *, sha256: str, page: int, geometry: Geometry) -> Annotation:
        """The same annotation on another version with a geometry computed anew (a highlight's rects)."""
        return replace(self, sha256=sha256, page=page, geometry=geometry)
