"""Request shapes of decision follow-up."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from ecabinet.core.schemas import _Strict


class TaskStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    OVERDUE = "overdue"  # shown, never set: a task past its deadline and not done


class SourceKind(StrEnum):
    AGENDA_ITEM = "agenda_item"
    VOTE = "vote"
    CONSULTATION = "consultation"


class TaskIn(_Strict):
    source_kind: SourceKind
    source_id: str = Field(min_length=1, max_length=32)
    title: str = Field(min_length=1, max_length=500)
    description: str = Field(default="", max_length=20000)
    assignee_user_id: str | None = Field(default=None, max_length=36)
    assignee_body_id: str | None = Field(default=None, max_length=64)
    deadline: datetime


class TaskPatch(_Strict):
    title: str | None = Field(default=None, min_length=1, max_length=500)
    description: str | None = Field(default=None, max_length=20000)
    assignee_user_id: str | None = Field(default=None, max_length=36)
    assignee_body_id: str | None = Field(default=None, max_length=64)
    deadline: datetime | None = None


class NoteIn(_Strict):
    text: str = Field(default="", max_length=10000)
    status: TaskStatus | None = Field(default=None, description="open, in_progress or done")
    progress: int | None = Field(default=None, ge=0, le=100)
    client_id: str = Field(min_length=8, max_length=64, description="made by the client; a repeat is a no-op")
