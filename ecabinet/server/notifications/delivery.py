"""Delivering queued e-mail and SMS: claim, send, mark; a failure waits and is tried again, never lost.

Claiming takes due rows with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL (ignored by SQLite, where writers are
serialised anyway) and gives each a lease: a second process skips them, and a process that died mid-send
leaves rows that become due again when the lease ends (a message may then go twice, never zero times).
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Protocol

from sqlalchemy import or_, select

from ecabinet.server.config import Settings
from ecabinet.server.db import Database, utcnow
from ecabinet.server.notifications.models import OutgoingMessage

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
BATCH = 50


class DeliveryFailed(Exception):
    """The channel could not take the message now (server down, refused): try again later."""


class EmailSender(Protocol):
    def send_email(self, to: str, subject: str, body: str, *, message_id: str) -> None: ...


class SmsSender(Protocol):
    """What an installation connects to its SMS provider: send one text to one number or raise
    `DeliveryFailed`. No provider ships with eCabinet."""

    def send_sms(self, phone: str, text: str) -> None: ...


class LoggingSmsSender:
    """The default SMS "provider": writes the message to the log (and remembers it, for tests and the demo)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def send_sms(self, phone: str, text: str) -> None:
        log.info("SMS to %s: %s", phone, text)
        self.sent.append((phone, text))


class SmtpSender:
    """E-mail through the configured SMTP server (STARTTLS, implicit TLS, or plain for a local relay)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def send_email(self, to: str, subject: str, body: str, *, message_id: str) -> None:
        settings = self.settings
        if not settings.smtp_host:
            raise DeliveryFailed("no SMTP server is configured")
        message = EmailMessage()
        message["From"] = settings.smtp_from
        message["To"] = to
        message["Subject"] = subject
        message["Message-ID"] = message_id
        message.set_content(body)
        try:
            if settings.smtp_security == "tls":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    settings.smtp_host,
                    settings.smtp_port,
                    timeout=settings.smtp_timeout_seconds,
                    context=ssl.create_default_context(),
                )
            else:
                client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_seconds)
            with client:
                if settings.smtp_security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if settings.smtp_username:
                    client.login(settings.smtp_username, settings.smtp_password or "")
                client.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryFailed(f"SMTP: {exc}") from exc


@dataclass
class DeliveryResult:
    sent: int = 0
    retry: int = 0
    given_up: int = 0
    errors: list[str] = field(default_factory=list)


def _claim(db: Database, now: datetime) -> list[OutgoingMessage]:
    with db.writing() as session:
        query = (
            select(OutgoingMessage)
            .where(
                OutgoingMessage.channel.in_(("email", "sms")),
                or_(
                    (OutgoingMessage.state == "pending") & (OutgoingMessage.next_attempt_at <= now),
                    (OutgoingMessage.state == "sending") & (OutgoingMessage.lease_until < now),
                ),
            )
            .order_by(OutgoingMessage.next_attempt_at, OutgoingMessage.id)
            .limit(BATCH)
            .with_for_update(skip_locked=True)
        )
        rows = list(session.execute(query).scalars())
        for row in rows:
            row.state = "sending"
            row.lease_until = now + LEASE
        return rows


def _finish(db: Database, settings: Settings, message_id: int, error: str | None, now: datetime) -> str:
    with db.writing() as session:
        row = session.get(OutgoingMessage, message_id)
        assert row is not None
        row.lease_until = None
        if error is None:
            row.state = "sent"
            row.sent_at = now
            row.last_error = ""
            return "sent"
        row.attempts += 1
        row.last_error = error[:1000]
        if row.attempts >= settings.delivery_max_attempts:
            row.state = "failed"
            return "failed"
        row.state = "pending"
        delay = settings.delivery_retry_seconds * (2 ** min(row.attempts - 1, 10))
        row.next_attempt_at = now + timedelta(seconds=delay)
        return "retry"


def deliver_pending(
    db: Database,
    settings: Settings,
    *,
    email: EmailSender | None = None,
    sms: SmsSender | None = None,
    now: datetime | None = None,
) -> DeliveryResult:
    """Send every due e-mail and SMS once; failures are rescheduled (with a growing delay), never raised."""
    now = now or utcnow()
    email = email or SmtpSender(settings)
    sms = sms or LoggingSmsSender()
    result = DeliveryResult()
    for row in _claim(db, now):
        error: str | None = None
        try:
            if row.channel == "email":
                email.send_email(row.address, row.subject, row.body, message_id=make_msgid(idstring=row.key[:40]))
            else:
                sms.send_sms(row.address, row.body)
        except DeliveryFailed as exc:
            error = str(exc)
        except Exception as exc:  # a provider's bug must not stop the others
            log.exception("delivery of message %s failed", row.id)
            error = f"{type(exc).__name__}: {exc}"
        outcome = _finish(db, settings, row.id, error, now)
        if outcome == "sent":
            result.sent += 1
        elif outcome == "retry":
            result.retry += 1
            result.errors.append(error or "")
        else:
            result.given_up += 1
            result.errors.append(error or "")
    return result
