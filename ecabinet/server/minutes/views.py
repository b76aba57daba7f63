"""Request bodies of the minutes endpoints (the answers are built in ``service``: ``minutes_view``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MinutesUpdateIn(_In):
    #: Agenda item id -> decision text (rich text: p, br, ul, ol, li, b, strong, i, em, u); null resets to
    #: what the record suggests.
    decisions: dict[str, str | None] | None = None
    general_remarks: str | None = Field(default=None, max_length=100_000)
    language: Literal["en", "vi", "lo"] | None = None
    reference: str | None = Field(default=None, max_length=100)
    expected_version: int | None = Field(default=None, ge=0)


class SignerIn(_In):
    user_id: str
    role: Literal["secretary", "chair", "member"]


class SignersIn(_In):
    signers: list[SignerIn] = Field(min_length=1, max_length=20)


class ApprovalRequestIn(_In):
    user_ids: list[str] = Field(min_length=1, max_length=200)


class ApprovalAnswerIn(_In):
    approve: bool
    comment: str = Field(default="", max_length=5000)


class FinaliseIn(_In):
    expected_version: int | None = Field(default=None, ge=0)


class CertificateEnrollIn(_In):
    user_id: str | None = None
    username: str | None = None
    certificate_pem: str | None = Field(default=None, max_length=20_000)
    fingerprint: str | None = Field(default=None, max_length=200)
