"""The change log behind the feed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ecabinet.server.db import Base, UTCDateTime, utcnow


class Change(Base):
    """Something a client must hear about. Rows are written under the journal lock, so sequence order is
    commit order and a reader that has seen ``seq`` has seen every committed row below it."""

    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    meeting_id: Mapped[str | None] = mapped_column(String(32), index=True, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
