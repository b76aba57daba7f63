"""Imports every table module, so ``Base.metadata`` knows the whole schema (for Alembic and tests)."""

from ecabinet.server.accounts.models import Body, Device, LoginThrottle, RoleGrant, ServerMeta, Token, User
from ecabinet.server.annotations.models import SharedAnnotation
from ecabinet.server.audit.models import AuditEntry
from ecabinet.server.consultations.models import (
    Consultation,
    ConsultationAnswer,
    ConsultationClientId,
    ConsultationDocument,
    ConsultationDocumentVersion,
    ConsultationQuestion,
    ConsultationRecipient,
    SignedBallot,
)
from ecabinet.server.documents.models import Document, DocumentReader, DocumentVersion, DownloadReceipt
from ecabinet.server.meetings.models import AgendaItem, AppliedClientId, Meeting, Participant, PositionStatement
from ecabinet.server.minutes.models import MinutesApproval, MinutesDraft, MinutesSigner, SigningCertificate
from ecabinet.server.notifications.models import ContactAddress, Notification, OutgoingMessage
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
from ecabinet.server.tasks.models import Task, TaskDocument, TaskNote

__all__ = [
    "AgendaItem",
    "AppliedClientId",
    "AttendanceRecord",
    "AuditEntry",
    "BallotReceipt",
    "Body",
    "Change",
    "Consultation",
    "ConsultationAnswer",
    "ConsultationClientId",
    "ConsultationDocument",
    "ConsultationDocumentVersion",
    "ConsultationQuestion",
    "ConsultationRecipient",
    "ContactAddress",
    "Device",
    "Document",
    "DocumentReader",
    "DocumentVersion",
    "DownloadReceipt",
    "LoginThrottle",
    "Meeting",
    "MinutesApproval",
    "MinutesDraft",
    "MinutesSigner",
    "NamedBallot",
    "Notification",
    "OutgoingMessage",
    "Participant",
    "PositionStatement",
    "Recusal",
    "RoleGrant",
    "ServerMeta",
    "SharedAnnotation",
    "SignedBallot",
    "SigningCertificate",
    "SpeakingRequest",
    "Task",
    "TaskDocument",
    "TaskNote",
    "Token",
    "User",
    "Vote",
    "VoteCounter",
    "VoteParticipation",
    "VoteSeat",
]
