"""Minutes tables: the draft, who signs, who was asked to approve, and enrolled signing certificates."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ecabinet.server.db import Base, UTCDateTime, utcnow


class MinutesDraft(Base):
    """The minutes of one meeting. ``state``: draft (text still edited), final (PDF made, nobody signed yet),
    signing (some signed), signed (everyone signed).

    ``decisions`` is JSON ``{item_id: rich text}``; the secretary's text wins over what the record suggests.
    """

    __tablename__ = "minutes"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True)
    state: Mapped[str] = mapped_column(String(20), default="draft")
    #: Bumped on every edit of the draft, so an edit based on an older text is refused (409 version_conflict).
    version: Mapped[int] = mapped_column(Integer, default=1)
    language: Mapped[str] = mapped_column(String(8), default="en")
    reference: Mapped[str] = mapped_column(String(100), default="")
    general_remarks: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="{}")
    #: The minutes PDF, a document of the meeting (synced like any paper), once finalised.
    document_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    #: SHA-256 of the unsigned PDF with its empty signature fields: every signed version starts with it.
    unsigned_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    #: The newest accepted version (unsigned, signed, or extended with validation data).
    current_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    finalised_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MinutesSigner(Base):
    """An expected signer, in signing order; ``field_name`` is the PDF signature field made for them."""

    __tablename__ = "minutes_signers"
    __table_args__ = (UniqueConstraint("meeting_id", "field_name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    role: Mapped[str] = mapped_column(String(20))  # secretary, chair, member
    field_name: Mapped[str] = mapped_column(String(60))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: SHA-256 of the certificate that signed (an enrolled one).
    fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)


class MinutesApproval(Base):
    """A member asked to approve the draft: requested, approved or commented (with the draft version seen)."""

    __tablename__ = "minutes_approvals"
    __table_args__ = (UniqueConstraint("meeting_id", "user_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(20), default="requested")
    comment: Mapped[str] = mapped_column(Text, default="")
    draft_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SigningCertificate(Base):
    """A user's signing certificate, named by the SHA-256 of its DER bytes.

    ``state``: active (counts: signatures by it are this user's), pending (seen on first use, waits for an
    administrator), revoked. Only active certificates make a signature "by the expected signer".
    """

    __tablename__ = "signing_certificates"
    __table_args__ = (UniqueConstraint("user_id", "fingerprint"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(String(500), default="")
    issuer: Mapped[str] = mapped_column(String(500), default="")
    not_after: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    certificate_pem: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="active", index=True)
    source: Mapped[str] = mapped_column(String(20), default="admin")  # admin, first_use, demo
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
