"""Request shapes of consultations."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from ecabinet.core.schemas import _Strict


class Choice(StrEnum):
    AGREE = "agree"
    DISAGREE = "disagree"
    AGREE_WITH_COMMENTS = "agree_with_comments"
    OTHER_OPINION = "other_opinion"


#: Choices that mean nothing without a comment.
NEEDS_COMMENT = frozenset({Choice.AGREE_WITH_COMMENTS, Choice.OTHER_OPINION})


class RecipientIn(_Strict):
    user_id: str = Field(min_length=1, max_length=36)
    deputy_id: str | None = Field(default=None, max_length=36, description="may answer in the member's name")


class ConsultationIn(_Strict):
    title: str = Field(min_length=1, max_length=500)
    description: str = Field(default="", max_length=20000)
    deadline: datetime = Field(description="ISO 8601 with a time zone; the server's clock decides")
    questions: list[str] = Field(min_length=1, max_length=50)
    recipients: list[RecipientIn] = Field(default_factory=list, max_length=500)
    body_id: str | None = Field(default=None, max_length=64, description="default: the caller's secretariat body")
    language: str = Field(default="en", pattern="^(en|vi|lo)$")
    signatures_required: bool = True


class ConsultationPatch(_Strict):
    title: str | None = Field(default=None, min_length=1, max_length=500)
    description: str | None = Field(default=None, max_length=20000)
    deadline: datetime | None = None
    questions: list[str] | None = Field(default=None, min_length=1, max_length=50)
    recipients: list[RecipientIn] | None = Field(default=None, max_length=500)
    signatures_required: bool | None = None


class DocumentVersionRef(_Strict):
    document_id: str = Field(min_length=1, max_length=32)
    sha256: str = Field(min_length=64, max_length=64)


class AnswerIn(_Strict):
    choice: Choice
    comment: str = Field(default="", max_length=10000)
    client_id: str = Field(min_length=8, max_length=64, description="made by the client; a repeat is a no-op")
    documents: list[DocumentVersionRef] | None = Field(
        default=None, description="the versions answered against; default: the newest of each document"
    )
    signature: str | None = Field(default=None, max_length=200000, description="base64 detached CMS (DER)")
    on_behalf_of: str | None = Field(default=None, max_length=36, description="a deputy answers for this member")
