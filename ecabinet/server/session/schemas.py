"""Request shapes of the live session (``shared/api.md`` rows for start, attendance, votes and ballots)."""

from __future__ import annotations

from pydantic import Field

from ecabinet.core.schemas import _Strict
from ecabinet.core.voting import Attendance, Majority, QuorumRule


class AttendanceIn(_Strict):
    status: Attendance
    user_id: str | None = Field(default=None, max_length=36, description="secretary only: whose attendance")
    deputy_id: str | None = Field(default=None, max_length=36, description="with status 'represented'")


class RulesIn(_Strict):
    quorum_rule: QuorumRule | None = None
    remote_voting: bool | None = None


class UncontestedIn(_Strict):
    uncontested: bool = True


class RecusalIn(_Strict):
    reason: str = Field(default="", max_length=500)
    user_id: str | None = Field(default=None, max_length=36, description="secretary only: who recuses")


class FloorIn(_Strict):
    time_limit_seconds: int | None = Field(default=None, ge=10, le=3600)


class PresenterIn(_Strict):
    document_id: str = Field(min_length=1, max_length=32)
    sha256: str | None = Field(default=None, min_length=64, max_length=64)
    page: int = Field(ge=1, description="1-based page number")


class VoteIn(_Strict):
    agenda_item_id: str = Field(min_length=1, max_length=32)
    question: str = Field(min_length=1, max_length=2000)
    secret: bool = False
    majority: Majority = Majority.SIMPLE
    options: list[str] | None = Field(default=None, min_length=2, max_length=20)
    quorum: QuorumRule | None = Field(default=None, description="default: the meeting's quorum rule")
    allow_change: bool = Field(default=False, description="named votes only: a ballot may change until close")
    live_counts: bool = Field(default=False, description="named votes only: counts shown while open")
    time_limit_seconds: int | None = Field(default=None, ge=10, le=24 * 3600)
    require_signed_ballots: bool = Field(
        default=False, description="named votes only: each ballot carries the voter's signature (never secret votes)"
    )
    deputies_may_vote: bool = Field(default=True, description="a deputy may vote for the member they represent")


class BallotIn(_Strict):
    option: str = Field(min_length=1, max_length=200)
    ballot_id: str = Field(min_length=8, max_length=64, description="made by the client; a repeat is a no-op")
    signature: str | None = Field(
        default=None, max_length=200000, description="base64 detached CMS over the canonical ballot (signed votes)"
    )
