"""The reminder job: close consultations at their deadline, remind and warn about consultations, unread
packets and tasks. Safe to run in every server process at once: each message is made once per key."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ecabinet.core.domain import MeetingRole, MeetingState
from ecabinet.server.accounts.models import User
from ecabinet.server.config import Settings
from ecabinet.server.consultations import service as consultations
from ecabinet.server.consultations.models import Consultation
from ecabinet.server.consultations.report import prepare_report
from ecabinet.server.db import utcnow
from ecabinet.server.documents.models import Document, DocumentVersion, DownloadReceipt
from ecabinet.server.journal import SYSTEM
from ecabinet.server.meetings.models import Meeting, Participant
from ecabinet.server.notifications.delivery import EmailSender, SmsSender, deliver_pending
from ecabinet.server.notifications.service import notify, notify_many, secretariat_of_body
from ecabinet.server.services import Services
from ecabinet.server.tasks.models import Task

log = logging.getLogger(__name__)


@dataclass
class ReminderRun:
    closed: int = 0
    notified: int = 0
    reports: int = 0


def _names(session: Session, ids: list[str]) -> str:
    names = dict(session.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())
    return ", ".join(names.get(i, i) for i in ids)


def _consultations(session: Session, services: Services, now: datetime, run: ReminderRun) -> None:
    settings = services.settings
    before = timedelta(seconds=settings.consultation_reminder_before_seconds)
    due = session.execute(
        select(Consultation).where(Consultation.state == "published", Consultation.deadline <= now + before)
    ).scalars()
    for consultation in list(due):
        missing = consultations.non_answerers(session, consultation)
        rows = {r.user_id: r for r in consultations.recipient_rows(session, consultation.id)}
        fields = {"title": consultation.title, "deadline": consultation.deadline}

        deputies = {m: r.deputy_id for m, r in rows.items() if r.deputy_id}

        def people(members: list[str], deputies: dict[str, str] = deputies) -> list[str]:
            return members + [deputies[m] for m in members if m in deputies]

        if now < consultation.deadline:
            run.notified += notify_many(
                session,
                settings,
                people(missing),
                kind="consultation_reminder",
                subject_kind="consultation",
                subject_id=consultation.id,
                key=f"consultation_reminder:{consultation.id}",
                fields=fields,
                now=now,
            )
            continue
        # The deadline has passed: warn those who did not answer and the secretariat, close, make the report.
        run.notified += notify_many(
            session,
            settings,
            people(missing),
            kind="consultation_overdue",
            subject_kind="consultation",
            subject_id=consultation.id,
            key=f"consultation_overdue:{consultation.id}",
            fields=fields,
            now=now,
        )
        if missing:
            run.notified += notify_many(
                session,
                settings,
                secretariat_of_body(session, consultation.body_id),
                kind="consultation_overdue_secretariat",
                subject_kind="consultation",
                subject_id=consultation.id,
                key=f"consultation_overdue_secretariat:{consultation.id}",
                fields={**fields, "names": _names(session, missing)},
                now=now,
            )
        consultations.close(session, consultation, actor=SYSTEM, reason="deadline")
        run.closed += 1


def _unread(session: Session, meeting: Meeting, user_id: str) -> bool:
    """Whether some newest version of a document of the meeting was never downloaded by this person."""
    newest = (
        select(DocumentVersion.document_id, func.max(DocumentVersion.id).label("vid"))
        .join(Document, Document.id == DocumentVersion.document_id)
        .where(Document.meeting_id == meeting.id, DocumentVersion.withdrawn_at.is_(None))
        .group_by(DocumentVersion.document_id)
        .subquery()
    )
    versions = set(session.execute(select(newest.c.vid)).scalars())
    if not versions:
        return False
    have = set(
        session.execute(
            select(DownloadReceipt.version_id).where(
                DownloadReceipt.user_id == user_id, DownloadReceipt.version_id.in_(versions)
            )
        ).scalars()
    )
    return bool(versions - have)


def _packets(session: Session, settings: Settings, now: datetime, run: ReminderRun) -> None:
    horizon = now + timedelta(seconds=settings.packet_reminder_before_seconds)
    meetings = session.execute(
        select(Meeting).where(
            Meeting.state == MeetingState.PUBLISHED.value, Meeting.starts_at > now, Meeting.starts_at <= horizon
        )
    ).scalars()
    for meeting in list(meetings):
        readers = session.execute(
            select(Participant.user_id).where(
                Participant.meeting_id == meeting.id,
                Participant.removed_at.is_(None),
                Participant.role.in_((MeetingRole.CHAIR.value, MeetingRole.MEMBER.value, MeetingRole.DEPUTY.value)),
            )
        ).scalars()
        unread = [u for u in readers if _unread(session, meeting, u)]
        fields = {"title": meeting.title, "starts_at": meeting.starts_at}
        run.notified += notify_many(
            session,
            settings,
            unread,
            kind="packet_unread",
            subject_kind="meeting",
            subject_id=meeting.id,
            key=f"packet_unread:{meeting.id}",
            fields=fields,
            now=now,
        )
        if unread and meeting.starts_at <= now + timedelta(seconds=settings.packet_warning_before_seconds):
            run.notified += notify_many(
                session,
                settings,
                secretariat_of_body(session, meeting.body_id),
                kind="packet_unread_secretariat",
                subject_kind="meeting",
                subject_id=meeting.id,
                key=f"packet_unread_secretariat:{meeting.id}",
                fields={**fields, "names": _names(session, unread)},
                now=now,
            )


def _tasks(session: Session, settings: Settings, now: datetime, run: ReminderRun) -> None:
    from ecabinet.server.tasks.service import _assignees

    horizon = now + timedelta(seconds=settings.task_reminder_before_seconds)
    for task in list(session.execute(select(Task).where(Task.status != "done", Task.deadline <= horizon)).scalars()):
        overdue = task.deadline <= now
        kind = "task_overdue" if overdue else "task_reminder"
        people = _assignees(session, task)
        if overdue:
            people += secretariat_of_body(session, task.body_id)
        for user_id in dict.fromkeys(people):
            if notify(
                session,
                settings,
                user_id=user_id,
                kind=kind,
                subject_kind="task",
                subject_id=task.id,
                key=f"{kind}:{task.id}:{iso_day(task.deadline)}:{user_id}",
                fields={"title": task.title, "deadline": task.deadline},
                now=now,
            ):
                run.notified += 1


def iso_day(moment: datetime) -> str:
    """Part of a reminder's key: a moved deadline earns a new reminder."""
    return moment.strftime("%Y%m%dT%H%M")


def run_reminders(services: Services, *, now: datetime | None = None) -> ReminderRun:
    """One pass of every reminder rule, in one write transaction."""
    now = now or utcnow()
    run = ReminderRun()
    with services.db.writing() as session:
        session.info["settings"] = services.settings
        _consultations(session, services, now, run)
        _packets(session, services.settings, now, run)
        _tasks(session, services.settings, now, run)
    _missing_reports(services, run)
    return run


def _missing_reports(services: Services, run: ReminderRun) -> None:
    """Result reports of closed consultations not made yet: just closed at their deadline, or an earlier attempt
    failed (storage down). Each is made outside the reminders' transaction, one at a time."""
    with services.db.reading() as session:
        waiting = list(
            session.execute(
                select(Consultation.id).where(Consultation.state == "closed", Consultation.report_sha256.is_(None))
            ).scalars()
        )
    for consultation_id in waiting:
        try:
            prepare_report(services, consultation_id, actor=SYSTEM)
            run.reports += 1
        except Exception:  # the next pass tries again; the others still get theirs
            log.exception("could not make the result report of consultation %s", consultation_id)


class ReminderWorker:
    """Runs the reminder job and the delivery of e-mail and SMS every ``reminder_interval_seconds``."""

    def __init__(self, services: Services, *, email: EmailSender | None = None, sms: SmsSender | None = None) -> None:
        self.services = services
        self.email = email
        self.sms = sms
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._archive_checked: datetime | None = None

    def start(self) -> None:
        if self.services.settings.reminder_interval_seconds <= 0 or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="ecabinet-reminders", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    #: The archive timestamps of signed minutes are looked at this often (they expire in years, not minutes).
    ARCHIVE_CHECK_INTERVAL = timedelta(hours=24)

    def run_once(self, now: datetime | None = None) -> None:
        run_reminders(self.services, now=now)
        deliver_pending(self.services.db, self.services.settings, email=self.email, sms=self.sms, now=now)
        moment = now or utcnow()
        if self._archive_checked is None or moment - self._archive_checked >= self.ARCHIVE_CHECK_INTERVAL:
            from ecabinet.server.minutes.archive import renew_archive_timestamps

            self._archive_checked = moment
            renew_archive_timestamps(self.services, now=now)

    def _loop(self) -> None:
        while not self._stop.wait(self.services.settings.reminder_interval_seconds):
            try:
                self.run_once()
            except Exception:  # the job must survive a bad row or a database hiccup; next round tries again
                log.exception("reminder job failed")
