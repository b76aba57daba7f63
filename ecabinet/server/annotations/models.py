"""The shared-annotation table. Private annotations never reach the server, so they have no table here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ecabinet.server.db import Base, UTCDateTime, utcnow


class SharedAnnotation(Base):
    """One shared annotation, keyed by the id its author's device made (so an outbox replay finds it).

    ``data`` is the annotation's wire JSON exactly as validated by ``ecabinet.core.annotations``; the
    columns beside it are what the server filters and checks by. A withdrawn annotation keeps its row as
    a tombstone (``deleted_at`` set, content dropped): a delete wins over any edit that arrives later.
    """

    __tablename__ = "annotations"
    __table_args__ = (Index("ix_annotations_document_id_user_id", "document_id", "user_id"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: Indexed together with ``user_id`` (the per-author cap); that index also serves lookups by document.
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    #: The document's meeting, kept here so the change feed can judge visibility without a join.
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    page: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    #: Bumped by every accepted write and by the withdrawal: the last writer wins.
    revision: Mapped[int] = mapped_column(Integer, default=1)
    data: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
