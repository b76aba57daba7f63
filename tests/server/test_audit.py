"""The audit log's hash chain notices a removed or altered entry."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from ecabinet.server.audit.models import AuditEntry
from ecabinet.server.config import Settings
from ecabinet.server.db import Database
from ecabinet.server.journal import SYSTEM, audit, verify_audit_chain


def test_chain_detects_removal_and_alteration(demo_settings: Settings) -> None:
    db = Database(demo_settings.effective_database_url)
    with db.writing() as session:
        for n in range(3):
            audit(session, SYSTEM, "test_event", details={"n": n})
    with db.reading() as session:
        assert verify_audit_chain(session) == []
        ids = session.execute(select(AuditEntry.id).order_by(AuditEntry.id)).scalars().all()
    with db.writing() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.id == ids[-2]))
    with db.reading() as session:
        problems = verify_audit_chain(session)
    assert len(problems) == 1 and "removed" in problems[0]
    with db.writing() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == ids[1]).values(details='{"forged":true}'))
    with db.reading() as session:
        problems = verify_audit_chain(session)
    db.dispose()
    assert any("altered" in p for p in problems)
