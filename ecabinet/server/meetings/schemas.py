"""Request shapes of the secretariat's additions (issue 13), extending the shared ones in ``core.schemas``.

Every new field is optional, so requests written against the original contract stay valid.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from ecabinet.core.schemas import ItemCreate, ItemOrder, ItemUpdate, MeetingUpdate, _Strict

_VERSION = Field(
    default=None, ge=1, description="refuse with 409 version_conflict unless the stored version is this one"
)


class MeetingUpdateIn(MeetingUpdate):
    expected_version: int | None = _VERSION


class ItemCreateIn(ItemCreate):
    parent_id: str | None = Field(default=None, max_length=32, description="make it a sub-item of this item")


class ItemUpdateIn(ItemUpdate):
    parent_id: str | None = Field(
        default=None, max_length=32, description="move under this item; null moves it to the top level"
    )
    expected_version: int | None = _VERSION


class ItemOrderIn(ItemOrder):
    expected_version: int | None = _VERSION


class MeetingCopy(_Strict):
    title: str | None = Field(default=None, min_length=1, max_length=300)
    starts_at: datetime | None = None
    location: str | None = Field(default=None, max_length=300)
    with_documents: bool = False
