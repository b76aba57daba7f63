"""Wire shapes of requests, shared by the server (validation) and the client (building requests)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from ecabinet.core.domain import MeetingRole, Position


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(_Strict):
    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=1024)
    device_id: UUID
    device_name: str = Field(default="", max_length=200)


class PasswordChange(_Strict):
    old_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=1, max_length=1024)


class MeetingCreate(_Strict):
    body_id: str = Field(min_length=1, max_length=64)
    title: str = Field(min_length=1, max_length=300)
    starts_at: datetime
    duration_minutes: int = Field(default=120, ge=1, le=24 * 60)
    location: str = Field(default="", max_length=300)
    language: str = Field(default="en", max_length=8)


class MeetingUpdate(_Strict):
    title: str | None = Field(default=None, min_length=1, max_length=300)
    starts_at: datetime | None = None
    duration_minutes: int | None = Field(default=None, ge=1, le=24 * 60)
    location: str | None = Field(default=None, max_length=300)
    language: str | None = Field(default=None, max_length=8)


class ItemCreate(_Strict):
    title: str = Field(min_length=1, max_length=500)
    presenter: str = Field(default="", max_length=200)
    duration_minutes: int = Field(default=10, ge=0, le=24 * 60)
    position: int | None = Field(default=None, ge=1, description="1-based place in the agenda; default last")


class ItemUpdate(_Strict):
    title: str | None = Field(default=None, min_length=1, max_length=500)
    presenter: str | None = Field(default=None, max_length=200)
    duration_minutes: int | None = Field(default=None, ge=0, le=24 * 60)


class ItemOrder(_Strict):
    item_ids: list[str] = Field(min_length=1)


class ParticipantSet(_Strict):
    user_id: str = Field(min_length=1, max_length=36)
    role: MeetingRole


class DocumentAccessSet(_Strict):
    restricted: bool
    user_ids: list[str] = Field(default_factory=list)


class WithdrawRequest(_Strict):
    reason: str = Field(default="", max_length=500)


class PositionStatementIn(_Strict):
    position: Position
    comment: str = Field(default="", max_length=2000)
    client_id: str = Field(min_length=8, max_length=64, description="made by the client; a repeat is a no-op")
