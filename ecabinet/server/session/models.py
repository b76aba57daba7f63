"""Tables of the live session.

Secret votes keep two things apart that must never be joined: ``vote_counters`` (one row per option,
updated in place; every ballot touches every counter of its vote, so no row's version or transaction
stamp points at the last option chosen) and ``vote_participation`` (who took part, with a hash of their
ballot id for idempotency; no option, no time, no sequence number, and on SQLite no rowid either).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, false, true
from sqlalchemy.orm import Mapped, mapped_column

from ecabinet.server.db import Base, UTCDateTime, utcnow
from ecabinet.server.ids import new_id


class AttendanceRecord(Base):
    """One person's attendance at one meeting; the newest report wins (self check-in or the secretary)."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "user_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20))
    deputy_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(36))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Recusal(Base):
    """A member stands aside from an item: no restricted documents of it, no vote, not in its quorum."""

    __tablename__ = "recusals"
    __table_args__ = (UniqueConstraint("item_id", "user_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SpeakingRequest(Base):
    """A raised hand on an item: ``waiting`` -> ``speaking`` -> ``done``, or ``withdrawn``."""

    __tablename__ = "speaking_requests"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(20), default="waiting")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    time_limit_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Vote(Base):
    __tablename__ = "votes"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    question: Mapped[str] = mapped_column(Text)
    secret: Mapped[bool] = mapped_column(Boolean, default=False)
    majority: Mapped[str] = mapped_column(String(20))
    #: JSON list of the options in the order shown.
    options: Mapped[str] = mapped_column(Text)
    quorum_rule: Mapped[str] = mapped_column(String(20))
    allow_change: Mapped[bool] = mapped_column(Boolean, default=False)
    live_counts: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(20), default="open")
    opened_by: Mapped[str] = mapped_column(String(36))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closes_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: Size of the eligible set and the voting members (recused excepted), fixed at opening.
    eligible_count: Mapped[int] = mapped_column(Integer)
    base_count: Mapped[int] = mapped_column(Integer)
    #: The ballots counted so far (every kind of vote; "cast n of m" needs no option).
    cast_count: Mapped[int] = mapped_column(Integer, default=0)
    #: JSON of the result (counts, outcome, winner), written once at closing.
    result: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: Named votes only (issue 16): each ballot carries the voter's signature over the canonical ballot.
    require_signed_ballots: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: Whether a deputy standing in for a represented member may vote (the meeting's rules may forbid it).
    deputies_may_vote: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class VoteSeat(Base):
    """The eligible set, fixed when the vote opens: ``user_id`` votes (for ``on_behalf_of`` as a deputy)."""

    __tablename__ = "vote_seats"
    vote_id: Mapped[str] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    on_behalf_of: Mapped[str | None] = mapped_column(String(36), nullable=True)


class NamedBallot(Base):
    """A named vote's ballot: who chose what, kept for the minutes."""

    __tablename__ = "named_ballots"
    vote_id: Mapped[str] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    on_behalf_of: Mapped[str | None] = mapped_column(String(36), nullable=True)
    option: Mapped[str] = mapped_column(String(200))
    ballot_id: Mapped[str] = mapped_column(String(64))
    cast_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class BallotReceipt(Base):
    """Every ballot id a named vote accepted (a changed ballot included), so a late retry is a no-op."""

    __tablename__ = "ballot_receipts"
    vote_id: Mapped[str] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), primary_key=True)
    ballot_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))


class VoteCounter(Base):
    """A secret vote's count for one option, updated in place (no row per ballot)."""

    __tablename__ = "vote_counters"
    vote_id: Mapped[str] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), primary_key=True)
    option: Mapped[str] = mapped_column(String(200), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class VoteParticipation(Base):
    """Who took part in a secret vote: no option, no time, no sequence, no rowid."""

    __tablename__ = "vote_participation"
    __table_args__ = (UniqueConstraint("ballot_hash"), {"sqlite_with_rowid": False})
    vote_id: Mapped[str] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    ballot_hash: Mapped[str] = mapped_column(String(64))
