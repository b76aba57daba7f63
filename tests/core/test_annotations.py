"""The annotation wire shape: exact keys, strict validation, lossless round trip."""

from __future__ import annotations

import copy
import json
import math
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecabinet.core.annotations import (
    MAX_POINTS,
    MAX_POINTS_PER_STROKE,
    MAX_TEXT,
    Anchor,
    Annotation,
    BoxGeometry,
    InkGeometry,
    PointGeometry,
    RectsGeometry,
)
from ecabinet.core.errors import InvalidRequest

SHA = "ab" * 32
KEYS = {
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


def _wire(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "6f1c1c6e-3d3a-4c39-9d7e-4d7f7b2d0a11",
        "document_id": "doc-1",
        "sha256": SHA,
        "page": 2,
        "kind": "highlight",
        "color": "#FFD400",
        "geometry": {"rects": [[72.0, 100.5, 300.0, 114.0], [72, 116, 200, 130]]},
        "text": "Xem lại con số này",
        "anchor": {"quote": "ngân sách nhà nước", "prefix": "Dự toán", "suffix": "năm 2027"},
        "shared": False,
        "created_at": "2027-03-01T09:00:00Z",
        "updated_at": "2027-03-01T09:05:00.250000+00:00",
    }
    data.update(changes)
    return data


def _refused(data: object, field: str) -> InvalidRequest:
    with pytest.raises(InvalidRequest) as caught:
        Annotation.from_json(data)
    assert caught.value.code == "invalid_annotation"
    assert caught.value.details["field"] == field, caught.value.message
    return caught.value


def test_reads_the_wire_shape_and_writes_exactly_its_keys() -> None:
    annotation = Annotation.from_json(_wire())
    assert annotation.geometry == RectsGeometry(((72.0, 100.5, 300.0, 114.0), (72.0, 116.0, 200.0, 130.0)))
    assert annotation.anchor == Anchor("ngân sách nhà nước", "Dự toán", "năm 2027")
    assert annotation.created_at == datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    out = annotation.to_json()
    assert set(out) == KEYS
    assert out["created_at"] == "2027-03-01T09:00:00.000000Z"
    assert Annotation.from_json(json.loads(json.dumps(out))) == annotation
    assert annotation.bounds() == (72.0, 100.5, 300.0, 130.0)


@pytest.mark.parametrize(
    ("kind", "geometry", "bounds"),
    [
        ("underline", {"rects": [[1, 2, 3, 4]]}, (1, 2, 3, 4)),
        ("ink", {"strokes": [[[10, 20, 0.5], [30, 5, 1]], [[0, 40, 0]]], "width": 1.5}, (0, 5, 30, 40)),
        ("note", {"point": [50, 60]}, (50, 60, 50, 60)),
        ("text_box", {"rect": [10, 10, 200, 80]}, (10, 10, 200, 80)),
    ],
)
def test_every_kind_round_trips(kind: str, geometry: dict[str, Any], bounds: tuple[float, ...]) -> None:
    annotation = Annotation.from_json(_wire(kind=kind, geometry=geometry, anchor=None))
    assert annotation.bounds() == bounds
    assert Annotation.from_json(annotation.to_json()) == annotation
    moved = annotation.moved(sha256="cd" * 32, page=5, dx=10, dy=-5)
    assert moved.page == 5 and moved.sha256 == "cd" * 32
    assert moved.bounds() == (bounds[0] + 10, bounds[1] - 5, bounds[2] + 10, bounds[3] - 5)
    assert moved.updated_at == annotation.updated_at  # re-anchoring is not an edit


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kind": "scribble"}, "kind"),
        ({"color": "red"}, "color"),
        ({"color": "#12345G"}, "color"),
        ({"page": -1}, "page"),
        ({"page": 1.0}, "page"),
        ({"page": True}, "page"),
        ({"id": "not-a-uuid"}, "id"),
        ({"sha256": "ABC"}, "sha256"),
        ({"document_id": ""}, "document_id"),
        ({"shared": "yes"}, "shared"),
        ({"text": "x" * (MAX_TEXT + 1)}, "text"),
        ({"created_at": "2027-03-01T09:00:00"}, "created_at"),
        ({"created_at": "2027-03-01T09:00:00+07:00"}, "created_at"),
        ({"updated_at": "yesterday"}, "updated_at"),
        ({"anchor": {"quote": "a"}}, "anchor"),
        ({"anchor": {"quote": 1, "prefix": "", "suffix": ""}}, "anchor.quote"),
        ({"geometry": {"strokes": [[[1, 2, 0.5]]], "width": 1}}, "geometry"),  # ink geometry on a highlight
        ({"geometry": {"rects": []}}, "geometry.rects"),
        ({"geometry": {"rects": [[3, 0, 1, 5]]}}, "geometry.rects[0]"),
        ({"geometry": {"rects": [[0, 0, math.nan, 5]]}}, "geometry.rects[0][2]"),
        ({"geometry": {"rects": [[0, 0, math.inf, 5]]}}, "geometry.rects[0][2]"),
        ({"geometry": {"rects": [[0, 0, "1", 5]]}}, "geometry.rects[0][2]"),
        ({"geometry": {"rects": [[0, 0, 1]]}}, "geometry.rects[0]"),
        ({"geometry": {"rects": [[0, 0, 1, 1]], "extra": 1}}, "geometry"),
        ({"kind": "ink", "geometry": {"strokes": [[[1, 2, 1.5]]], "width": 1}}, "geometry.strokes[0][0][2]"),
        ({"kind": "ink", "geometry": {"strokes": [[[1, 2, 0.5]]], "width": 0}}, "geometry.width"),
        ({"kind": "ink", "geometry": {"strokes": [], "width": 1}}, "geometry.strokes"),
        ({"kind": "ink", "geometry": {"strokes": [[]], "width": 1}}, "geometry.strokes[0]"),
        ({"kind": "note", "geometry": {"point": [1, 2, 3]}}, "geometry.point"),
        ({"kind": "text_box", "geometry": {"point": [1, 2]}}, "geometry"),
    ],
)
def test_refuses_bad_input_naming_the_field(changes: dict[str, Any], field: str) -> None:
    _refused(_wire(**changes), field)


def test_refuses_missing_and_unknown_keys() -> None:
    data = _wire()
    del data["shared"]
    assert "shared" in _refused(data, "annotation").message
    assert "author" in _refused(_wire(author="x"), "annotation").message
    _refused([_wire()], "annotation")


def test_caps_the_number_of_points() -> None:
    long_stroke = [[float(i % 500), 1.0, 0.5] for i in range(MAX_POINTS_PER_STROKE + 1)]
    _refused(_wire(kind="ink", geometry={"strokes": [long_stroke], "width": 1}), "geometry.strokes[0]")
    stroke = [[1.0, 1.0, 0.5]] * MAX_POINTS_PER_STROKE
    many = [stroke] * (MAX_POINTS // MAX_POINTS_PER_STROKE + 1)
    _refused(_wire(kind="ink", geometry={"strokes": many, "width": 1}), "geometry.strokes")
    at_cap = [stroke] * (MAX_POINTS // MAX_POINTS_PER_STROKE)
    assert Annotation.from_json(_wire(kind="ink", geometry={"strokes": at_cap, "width": 1}))


def test_objects_made_in_code_obey_the_same_rules() -> None:
    with pytest.raises(InvalidRequest):
        Annotation.new(document_id="d", sha256=SHA, page=0, kind="ink", color="#000000", geometry=PointGeometry((1, 2)))
    with pytest.raises(InvalidRequest):
        Annotation.new(document_id="d", sha256=SHA, page=0, kind="note", color="blue", geometry=PointGeometry((1, 2)))
    made = Annotation.new(
        document_id="d", sha256=SHA, page=0, kind="note", color="#aabbcc", geometry=PointGeometry((1, 2))
    )
    assert made.color == "#AABBCC" and made.created_at == made.updated_at
    edited = made.with_changes(text="ສະບາຍດີ")
    assert edited.text == "ສະບາຍດີ" and edited.updated_at >= made.updated_at and edited.id == made.id


def test_from_json_does_not_alias_its_input() -> None:
    data = _wire()
    annotation = Annotation.from_json(data)
    snapshot = copy.deepcopy(annotation.to_json())
    data["geometry"]["rects"][0][0] = 999
    assert annotation.to_json() == snapshot


# --------------------------------------------------------------------------------------------- property

_coord = st.floats(min_value=-2000, max_value=2000, allow_nan=False, allow_infinity=False)
_point = st.tuples(_coord, _coord)


@st.composite
def _rect(draw: st.DrawFn) -> tuple[float, float, float, float]:
    x0, x1 = sorted((draw(_coord), draw(_coord)))
    y0, y1 = sorted((draw(_coord), draw(_coord)))
    return (x0, y0, x1, y1)


_geometries = st.one_of(
    st.tuples(
        st.sampled_from(["highlight", "underline"]),
        st.lists(_rect(), min_size=1, max_size=5).map(lambda rects: RectsGeometry(tuple(rects))),
    ),
    st.tuples(
        st.just("ink"),
        st.builds(
            lambda strokes, width: InkGeometry(tuple(tuple(s) for s in strokes), width),
            st.lists(
                st.lists(st.tuples(_coord, _coord, st.floats(0, 1)), min_size=1, max_size=6), min_size=1, max_size=4
            ),
            st.floats(min_value=0.1, max_value=20),
        ),
    ),
    st.tuples(st.just("note"), _point.map(PointGeometry)),
    st.tuples(st.just("text_box"), _rect().map(BoxGeometry)),
)


@settings(max_examples=150, deadline=None)
@given(
    kind_geometry=_geometries,
    page=st.integers(min_value=0, max_value=5000),
    color=st.from_regex(r"#[0-9A-F]{6}", fullmatch=True),
    text=st.text(max_size=50),
    anchor=st.none() | st.builds(Anchor, st.text(max_size=30), st.text(max_size=10), st.text(max_size=10)),
    shared=st.booleans(),
    moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)),
)
def test_json_round_trip_is_lossless(
    kind_geometry: tuple[Any, Any],
    page: int,
    color: str,
    text: str,
    anchor: Anchor | None,
    shared: bool,
    moment: datetime,
) -> None:
    kind, geometry = kind_geometry
    annotation = Annotation.new(
        document_id="doc",
        sha256=SHA,
        page=page,
        kind=kind,
        color=color,
        geometry=geometry,
        text=text,
        anchor=anchor,
        shared=shared,
        now=moment,
    )
    assert Annotation.from_json(json.loads(json.dumps(annotation.to_json()))) == annotation
