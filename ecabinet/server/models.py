"""Imports every table module, so ``Base.metadata`` knows the whole schema (for Alembic and tests)."""

from ecabinet.server.accounts.models import Body, Device, LoginThrottle, RoleGrant, ServerMeta, Token, User
from ecabinet.server.annotations.models import SharedAnnotation
from ecabinet.server.audit.models import AuditEntry
from ecabinet.server.documents.models import Document, DocumentReader, DocumentVersion, DownloadReceipt
from ecabinet.server.meetings.models import AgendaItem, AppliedClientId, Meeting, Participant, PositionStatement
from ecabinet.server.session.models import (
    AttendanceRecord,
    BallotReceipt,
    NamedBallot,
    Recusal,
    SpeakingRequest,
    Vote,
    VoteCounter,
    VoteParticipation,
    VoteSeat,
)
from ecabinet.server.sync.models import Change

__all__ = [
    "AgendaItem",
    "AppliedClientId",
    "AttendanceRecord",
    "AuditEntry",
    "BallotReceipt",
    "Body",
    "Change",
    "Device",
    "Document",
    "DocumentReader",
    "DocumentVersion",
    "DownloadReceipt",
    "LoginThrottle",
    "Meeting",
    "NamedBallot",
    "Participant",
    "PositionStatement",
    "Recusal",
    "RoleGrant",
    "ServerMeta",
    "SharedAnnotation",
    "SpeakingRequest",
    "Token",
    "User",
    "Vote",
    "VoteCounter",
    "VoteParticipation",
    "VoteSeat",
]
