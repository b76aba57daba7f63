"""Meeting tables."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint, false, true
from sqlalchemy.orm import Mapped, mapped_column

from ecabinet.server.db import Base, UTCDateTime, utcnow
from ecabinet.server.ids import new_id


class Meeting(Base):
    __tablename__ = "meetings"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    body_id: Mapped[str] = mapped_column(ForeignKey("bodies.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=120)
    location: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    state: Mapped[str] = mapped_column(String(20), default="draft")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: Bumped on every change of the meeting or of its agenda's shape (items added, removed, moved), so a
    #: secretary's write based on an older picture is refused instead of silently undoing another's.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Live session (issue 14): the item under discussion, the quorum rule, whether remote members vote.
    current_item_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    quorum_rule: Mapped[str] = mapped_column(String(20), default="half", server_default="half")
    remote_voting: Mapped[bool] = mapped_column(default=True, server_default=true())
    session_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    session_closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Participant(Base):
    """A person's role in a meeting. Removal keeps the row (``removed_at``) so the change feed knows whom
    to tell that the meeting is gone."""

    __tablename__ = "participants"
    __table_args__ = (UniqueConstraint("meeting_id", "user_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AgendaItem(Base):
    __tablename__ = "agenda_items"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    #: A sub-item's parent (one level deep): numbered "3.1", "3.2" under item 3.
    #: No ON DELETE rule: SQLite cannot add one to an existing table; sub-items are deleted with their parent
    #: by ``meetings.service``.
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_items.id"), nullable=True, index=True)
    sort_key: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    presenter: Mapped[str] = mapped_column(String(200), default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=10)
    #: Set when the chair opens the item: positions are closed from then on.
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: Added after the meeting was published (shown as a late addition).
    late: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: Bumped when the item's own fields change (title, presenter, duration, parent); see Meeting.version.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: Deleted in a draft: hidden, and restorable until the meeting is published (then purged).
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: Marked by the chair or secretary from the positions: nobody objects, approve without debate.
    uncontested: Mapped[bool] = mapped_column(default=False, server_default=false())
    #: How the session settled the item ("approved_en_bloc", or "" while open); votes keep their own results.
    decision: Mapped[str] = mapped_column(String(40), default="", server_default="")


class PositionStatement(Base):
    """A member's position on an agenda item; one per person and item, the newest wins."""

    __tablename__ = "positions"
    __table_args__ = (UniqueConstraint("item_id", "user_id"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    item_id: Mapped[str] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    position: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    #: The client-made id of the last statement applied; a repeat of it is a no-op.
    client_id: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AppliedClientId(Base):
    """Every client-made id ever applied, so a late retry of an old statement cannot undo a newer one."""

    __tablename__ = "applied_client_ids"
    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
