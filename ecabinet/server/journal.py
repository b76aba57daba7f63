"""Change feed and audit records, written inside the caller's write transaction.

Both need a total order that matches commit order: the feed so a client never skips a change that
commits late with a lower sequence number, the audit log so its hash chain has one line. Write
transactions are serialised (``BEGIN IMMEDIATE`` on SQLite, an advisory lock on PostgreSQL; see
``db.serialize_writers``), so sequence order is commit order.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.server.audit.models import AuditEntry
from ecabinet.server.db import serialize_writers, utcnow
from ecabinet.server.sync.models import Change

GENESIS_HASH = "0" * 64


def _lock(session: Session) -> None:
    serialize_writers(session)  # already held in Database.writing(); here for sessions made elsewhere
    session.info["journal_written"] = True  # tells Database.writing to wake event streams after commit


def record_change(session: Session, *, kind: str, entity_id: str, meeting_id: str | None) -> None:
    """Tell the clients who may see ``kind``/``entity_id`` that it changed (or vanished)."""
    _lock(session)
    session.add(Change(kind=kind, entity_id=entity_id, meeting_id=meeting_id))


@dataclass(frozen=True)
class Actor:
    """Who acts, for the audit: a user from a device, or the server itself (both None)."""

    user_id: str | None
    device_id: str | None


SYSTEM = Actor(user_id=None, device_id=None)


def entry_hash(row: AuditEntry) -> str:
    """The hash an entry must carry: over its own fields and the hash of the entry before it."""
    payload = json.dumps(
        [
            row.prev_hash,
            row.at.isoformat(timespec="microseconds"),
            row.user_id,
            row.device_id,
            row.action,
            row.target_kind,
            row.target_id,
            row.details,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def audit(
    session: Session,
    actor: Actor,
    action: str,
    *,
    target_kind: str = "",
    target_id: str = "",
    details: dict[str, Any] | None = None,
) -> None:
    """Append one entry to the chain. Never pass ballot contents of a secret vote here."""
    _lock(session)
    session.flush()
    last = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev = last or GENESIS_HASH
    entry = AuditEntry(
        at=utcnow(),
        user_id=actor.user_id,
        device_id=actor.device_id,
        action=action,
        target_kind=target_kind,
        target_id=target_id,
        details=json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        prev_hash=prev,
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()


def verify_audit_chain(session: Session) -> list[str]:
    """Problems found walking the chain from the start; empty when intact."""
    problems: list[str] = []
    prev = GENESIS_HASH
    previous_id: int | None = None
    for row in session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
        if row.prev_hash != prev:
            problems.append(f"entry {row.id}: does not follow entry {previous_id} (an entry was removed or altered)")
        expected = entry_hash(row)
        if expected != row.hash:
            problems.append(f"entry {row.id}: content does not match its hash (altered)")
        prev = row.hash
        previous_id = row.id
    return problems
