"""Consultation tables.

Documents of a consultation are versioned like agenda documents (immutable versions named by their
SHA-256, bytes in the same blob storage) but belong to no meeting. An answer keeps the versions the member
answered against, and a signed answer keeps the exact bytes that were signed beside the signature.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ecabinet.server.db import Base, UTCDateTime, utcnow
from ecabinet.server.ids import new_id


class Consultation(Base):
    """``draft`` -> ``published`` -> ``closed`` (at the deadline by the job, or early by the secretariat)."""

    __tablename__ = "consultations"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    body_id: Mapped[str] = mapped_column(ForeignKey("bodies.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    state: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    deadline: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    #: Answers must carry a signature (the default, as the e-Cabinet's opinion forms do).
    signatures_required: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: ``deadline`` (the job) or ``early`` (the secretariat).
    close_reason: Mapped[str] = mapped_column(String(20), default="")
    #: The result report: unsigned revision's hash, the current file (signed once accepted).
    report_unsigned_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    report_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    report_state: Mapped[str] = mapped_column(String(20), default="none")
    report_signed_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    report_signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ConsultationQuestion(Base):
    __tablename__ = "consultation_questions"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class ConsultationRecipient(Base):
    """A member asked for an opinion; ``deputy_id`` may answer in the member's name."""

    __tablename__ = "consultation_recipients"
    __table_args__ = (UniqueConstraint("consultation_id", "user_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    deputy_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)


class ConsultationDocument(Base):
    __tablename__ = "consultation_documents"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    #: ``material`` (sent for opinion) or ``report`` (the signed result report, distributed like minutes).
    role: Mapped[str] = mapped_column(String(20), default="material")
    sort_key: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ConsultationDocumentVersion(Base):
    __tablename__ = "consultation_document_versions"
    __table_args__ = (UniqueConstraint("document_id", "sha256"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("consultation_documents.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    pages: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(BigInteger)
    filename: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class ConsultationAnswer(Base):
    """One member's answer to one question; changeable until the deadline or until signed."""

    __tablename__ = "consultation_answers"
    __table_args__ = (UniqueConstraint("question_id", "user_id"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("consultation_questions.id", ondelete="CASCADE"), index=True)
    #: The member whose opinion this is ...
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    #: ... and who gave it (the member, or their named deputy).
    answered_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    choice: Mapped[str] = mapped_column(String(30))
    comment: Mapped[str] = mapped_column(Text, default="")
    #: JSON list of {"document_id", "sha256"}: the versions the member answered against.
    documents: Mapped[str] = mapped_column(Text, default="[]")
    client_id: Mapped[str] = mapped_column(String(64))
    #: The server's time of receipt: the only clock that decides the deadline.
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    signed_bytes: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    signer_fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)
    signer_subject: Mapped[str] = mapped_column(String(500), default="")
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ConsultationClientId(Base):
    """Every client-made answer id applied, so a replay from the outbox (even after the deadline) is a no-op."""

    __tablename__ = "consultation_client_ids"
    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    answer_id: Mapped[str] = mapped_column(String(32))
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SignedBallot(Base):
    """The signature of a named vote's ballot, with the exact signed bytes, kept for the minutes."""

    __tablename__ = "signed_ballots"
    vote_id: Mapped[str] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    ballot_id: Mapped[str] = mapped_column(String(64))
    on_behalf_of: Mapped[str | None] = mapped_column(String(36), nullable=True)
    signed_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    signer_fingerprint: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
