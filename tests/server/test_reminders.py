"""Reminders and overdue warnings (consultations, unread packets, tasks), in the recipient's language, in the app
and by e-mail through a real SMTP server (aiosmtpd in this process); SMTP down loses nothing."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes
from email.header import decode_header, make_header
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from consult_support import People, create_consultation, signed_answer
from fastapi.testclient import TestClient
from sqlalchemy import select
from support import Api, app_client

from ecabinet.server.accounts.models import User
from ecabinet.server.config import Settings
from ecabinet.server.consultations.models import Consultation
from ecabinet.server.meetings.models import Meeting
from ecabinet.server.notifications.delivery import LoggingSmsSender, deliver_pending
from ecabinet.server.notifications.models import Notification, OutgoingMessage
from ecabinet.server.notifications.reminders import run_reminders


class Inbox:
    """aiosmtpd handler: keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def people() -> People:
    return People()


@pytest.fixture
def smtp_port() -> int:
    return _free_port()


@pytest.fixture
def inbox(smtp_port: int) -> Iterator[tuple[Inbox, Controller]]:
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    yield handler, controller
    with contextlib.suppress(AssertionError):  # already stopped by the test
        controller.stop()


@pytest.fixture
def client(demo_settings: Settings, people: People, smtp_port: int) -> Iterator[TestClient]:
    settings = demo_settings.model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp_port,
            "smtp_security": "none",
            "reminder_interval_seconds": 0,
            "delivery_retry_seconds": 30,
        }
    )
    people.trust(settings)
    with app_client(settings) as client:
        people.enrol(client.app.state.services)  # type: ignore[attr-defined]
        yield client


def _services(client: TestClient) -> Any:
    return client.app.state.services  # type: ignore[attr-defined]


def _set_contact(api: Api, email: str, phone: str = "") -> None:
    response = api.put("/api/me/contact", json={"email": email, "phone": phone})
    assert response.status_code == 200, response.text


def _subject(message: Any) -> str:
    return str(make_header(decode_header(message["Subject"])))


def _notes(client: TestClient, user_id: str, kind: str, subject_id: str | None = None) -> list[Notification]:
    """This person's notifications of ``kind`` (about ``subject_id`` only, when given: the demo has its own)."""
    with _services(client).db.reading() as session:
        query = select(Notification).where(Notification.user_id == user_id, Notification.kind == kind)
        if subject_id is not None:
            query = query.where(Notification.subject_id == subject_id)
        return list(session.execute(query).scalars())


def test_reminder_then_overdue_warning_once_each_in_the_members_language(
    client: TestClient, people: People, inbox: tuple[Inbox, Controller]
) -> None:
    handler, _controller = inbox
    services = _services(client)
    secretary, m1, m2 = Api(client, "secretary"), Api(client, "minister1"), Api(client, "minister2")
    with services.db.writing() as session:
        session.get(User, m2.user_id).language = "vi"
        session.get(User, secretary.user_id).language = "en"
    _set_contact(m1, "m1@example.invalid")
    _set_contact(m2, "m2@example.invalid", "+84 90 000 0000")
    _set_contact(secretary, "secretariat@example.invalid")
    consultation = create_consultation(secretary, [{"user_id": m1.user_id}, {"user_id": m2.user_id}])
    cid = consultation["id"]
    qid = consultation["questions"][0]["id"]
    assert (
        m1.put(
            f"/api/consultations/{cid}/questions/{qid}/answer",
            json=signed_answer(people, "minister1", m1.user_id, consultation),
        ).status_code
        == 200
    )
    with services.db.reading() as session:
        deadline = session.get(Consultation, cid).deadline

    # A day before the deadline: only minister2 (no answer) is reminded; twice running sends nothing new.
    before = deadline - timedelta(hours=20)
    run_reminders(services, now=before)
    run_reminders(services, now=before)
    assert _notes(client, m1.user_id, "consultation_reminder", cid) == []
    (reminder,) = _notes(client, m2.user_id, "consultation_reminder", cid)
    assert reminder.title.startswith("Nhắc nhở")
    sms = LoggingSmsSender()
    result = deliver_pending(services.db, services.settings, sms=sms, now=before)
    assert result.sent >= 2  # the e-mail and the SMS of the reminder (and the publication e-mails)
    title = consultation["title"]
    reminders = [(to, m) for to, m in handler.messages if _subject(m).startswith("Nhắc nhở") and title in _subject(m)]
    assert [to for to, _ in reminders] == [["m2@example.invalid"]]
    assert [phone for phone, text in sms.sent if title in text] == ["+84 90 000 0000"]

    # After the deadline: an overdue warning to minister2 and to the secretariat; closed; the report made.
    after = deadline + timedelta(minutes=1)
    run = run_reminders(services, now=after)
    assert run.closed >= 1
    assert len(_notes(client, m2.user_id, "consultation_overdue", cid)) == 1
    (warning,) = _notes(client, secretary.user_id, "consultation_overdue_secretariat", cid)
    assert "Unanswered" in warning.title
    run_reminders(services, now=after)
    assert len(_notes(client, m2.user_id, "consultation_overdue", cid)) == 1, "never twice"
    view = secretary.get(f"/api/consultations/{cid}").json()
    assert view["state"] == "closed" and view["close_reason"] == "deadline" and view["report"]["state"] == "unsigned"
    deliver_pending(services.db, services.settings, sms=sms, now=after)
    subjects = [_subject(m) for _, m in handler.messages if title in _subject(m)]
    assert sum(1 for s in subjects if s.startswith("Quá hạn")) == 1
    assert sum(1 for s in subjects if s.startswith("Unanswered")) == 1
    # In the app: the notification centre shows them, newest first, and they can be marked read.
    centre = [n for n in m2.get("/api/notifications").json()["notifications"] if n["subject_id"] == cid]
    assert centre[0]["kind"] == "consultation_overdue"
    read = m2.post(f"/api/notifications/{centre[0]['id']}/read")
    assert read.status_code == 200 and read.json()["read_at"]
    assert m1.post(f"/api/notifications/{centre[0]['id']}/read").status_code == 404


def test_smtp_down_is_retried_later_and_nothing_is_lost(
    client: TestClient, people: People, inbox: tuple[Inbox, Controller], smtp_port: int
) -> None:
    handler, controller = inbox
    services = _services(client)
    secretary, m1 = Api(client, "secretary"), Api(client, "minister1")
    with services.db.writing() as session:
        session.get(User, m1.user_id).language = "en"
    _set_contact(m1, "m1@example.invalid")
    controller.stop()  # the SMTP server goes down
    consultation = create_consultation(secretary, [{"user_id": m1.user_id}])
    with services.db.reading() as session:
        deadline = session.get(Consultation, consultation["id"]).deadline
    now = deadline - timedelta(hours=2)
    run_reminders(services, now=now)
    failed = deliver_pending(services.db, services.settings, now=now)
    assert failed.sent == 0 and failed.retry >= 2 and failed.errors  # publication and reminder e-mails (and the demo's)
    with services.db.reading() as session:
        rows = list(session.execute(select(OutgoingMessage).where(OutgoingMessage.channel == "email")).scalars())
    assert rows and all(r.state == "pending" and r.attempts == 1 and r.last_error for r in rows)
    assert deliver_pending(services.db, services.settings, now=now).sent == 0, "not before the retry delay"
    restarted = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    restarted.start()
    try:
        later = now + timedelta(seconds=services.settings.delivery_retry_seconds + 1)
        done = deliver_pending(services.db, services.settings, now=later)
        assert done.sent == failed.retry, "every message that failed goes once the server is back"
        mine = sorted(_subject(m).split(":")[0] for _, m in handler.messages if consultation["title"] in _subject(m))
        assert mine == ["New consultation", "Reminder"]
        assert deliver_pending(services.db, services.settings, now=later + timedelta(hours=1)).sent == 0
    finally:
        restarted.stop()


def test_unread_packet_reminder_and_secretariat_warning(client: TestClient) -> None:
    services = _services(client)
    secretary, m1 = Api(client, "secretary"), Api(client, "minister1")
    with services.db.writing() as session:
        session.get(User, secretary.user_id).language = "en"
    meeting = m1.meeting_titled("Regular Cabinet Session")
    with services.db.reading() as session:
        starts = session.get(Meeting, meeting["id"]).starts_at
    run_reminders(services, now=starts - timedelta(hours=20))
    assert len(_notes(client, m1.user_id, "packet_unread")) == 1
    assert _notes(client, secretary.user_id, "packet_unread_secretariat") == []
    run_reminders(services, now=starts - timedelta(hours=1))
    (warning,) = _notes(client, secretary.user_id, "packet_unread_secretariat")
    assert "Papers not read" in warning.title
    assert len(_notes(client, m1.user_id, "packet_unread")) == 1


def test_two_delivery_workers_never_send_the_same_message_twice(client: TestClient) -> None:
    """Two processes' delivery loops at once (threads here, each with its own engine): every claimed message
    goes exactly once (claims take a lease; PostgreSQL skips rows another worker has locked)."""
    import threading
    import time

    from ecabinet.server.db import Database, utcnow

    services = _services(client)
    secretary = Api(client, "secretary")
    users = [Api(client, f"minister{n}") for n in (1, 2, 3, 4)]
    for user in users:
        _set_contact(user, f"{user.username}@example.invalid")
    create_consultation(secretary, [{"user_id": u.user_id} for u in users])
    sent: list[str] = []
    lock = threading.Lock()

    class SlowSender:
        def send_email(self, to: str, subject: str, body: str, *, message_id: str) -> None:
            time.sleep(0.05)
            with lock:
                sent.append(to)

    engines = [Database(services.settings.effective_database_url) for _ in range(2)]
    now = utcnow()
    threads = [
        threading.Thread(
            target=deliver_pending, args=(db, services.settings), kwargs={"email": SlowSender(), "now": now}
        )
        for db in engines
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for db in engines:
        db.dispose()
    assert sorted(sent) == sorted(f"{u.username}@example.invalid" for u in users)
    with services.db.reading() as session:
        states = set(session.execute(select(OutgoingMessage.state).where(OutgoingMessage.channel == "email")).scalars())
    assert states == {"sent"}
