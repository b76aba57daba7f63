"""Imports every table module, so ``Base.metadata`` knows the whole schema (for Alembic and tests)."""

from ecabinet.server.accounts.models import Body, Device, LoginThrottle, RoleGrant, ServerMeta, Token, User
from ecabinet.server.audit.models import AuditEntry
from ecabinet.server.documents.models import Document, DocumentReader, DocumentVersion, DownloadReceipt
from ecabinet.server.meetings.models import AgendaItem, AppliedClientId, Meeting, Participant, PositionStatement
from ecabinet.server.sync.models import Change

__all__ = [
    "AgendaItem",
    "AppliedClientId",
    "AuditEntry",
    "Body",
    "Change",
    "Device",
    "Document",
    "DocumentReader",
    "DocumentVersion",
    "DownloadReceipt",
    "LoginThrottle",
    "Meeting",
    "Participant",
    "PositionStatement",
    "RoleGrant",
    "ServerMeta",
    "Token",
    "User",
]
