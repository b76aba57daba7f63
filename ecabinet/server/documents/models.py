"""Document tables."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from ecabinet.server.db import Base, UTCDateTime, utcnow
from ecabinet.server.ids import new_id


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    restricted: Mapped[bool] = mapped_column(default=False)
    sort_key: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DocumentReader(Base):
    """A person named on a restricted document."""

    __tablename__ = "document_readers"
    __table_args__ = (UniqueConstraint("document_id", "user_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))


class DocumentVersion(Base):
    """An immutable version, named by the SHA-256 of its bytes. Withdrawal hides it; the row stays."""

    __tablename__ = "document_versions"
    __table_args__ = (UniqueConstraint("document_id", "sha256"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    pages: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(BigInteger)
    #: The uploader's file name, as metadata only: it never becomes a path.
    filename: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    withdrawn_reason: Mapped[str] = mapped_column(String(500), default="")
    #: Made by the server from another version (its SHA-256): the OCR text layer of a scanned upload.
    derived_from: Mapped[str | None] = mapped_column(String(64), nullable=True)
    ocr: Mapped[bool] = mapped_column(default=False, server_default=false())


class DownloadReceipt(Base):
    """One row per version and device once a download completed: the audit needs no more than that."""

    __tablename__ = "download_receipts"
    __table_args__ = (UniqueConstraint("version_id", "device_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("document_versions.id", ondelete="CASCADE"))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    completed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OcrJob(Base):
    """Adding a text layer to a scanned version, done in the background; one job per source version.

    The row is the queue: jobs still ``queued`` or ``running`` when the server stops are taken up again
    at the next start. ``pages_done`` / ``pages`` is the progress the secretariat sees."""

    __tablename__ = "ocr_jobs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("document_versions.id", ondelete="CASCADE"), unique=True)
    #: queued, running, done, failed, or unavailable (no Tesseract with the languages on this server).
    state: Mapped[str] = mapped_column(String(20), default="queued", index=True)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    pages_done: Mapped[int] = mapped_column(Integer, default=0)
    result_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
