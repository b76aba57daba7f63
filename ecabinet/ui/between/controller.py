"""The between-meetings screens' link to the device and the server: reads from the store, calls in the background.

Everything shown first comes from the offline store (a few local reads, so the screens open without a network);
when online, the open consultation is fetched fresh (its tally, and the server's clock to judge the deadline),
the secretariat's tally is polled, and the chair's dashboard asked for. Answers go through the outbox, signed
on the device, so they can be given offline. Pages never see this object's engine: they get signals.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from PySide6.QtCore import QObject, QTimer, Signal

from ecabinet.client.engine import Engine
from ecabinet.client.errors import OfflineError
from ecabinet.client.outbox import FlushResult
from ecabinet.client.store import Store
from ecabinet.pdf.signing import SignatureStamp, SignerSource, sign_pdf
from ecabinet.ui.between.model import (
    AnswerDraft,
    NotificationsState,
    answer_body,
    answer_path,
    dashboard_from,
    is_mine,
    queued_answers,
    read_consultations,
    read_notifications,
    sort_tasks,
)
from ecabinet.ui.operations import BackgroundRunner

log = logging.getLogger(__name__)

__all__ = ["BetweenController", "SubmitOutcome"]

#: Store meta keys (this device only): notifications read here not yet told to the server, and those already
#: announced by an OS notification (so a restart does not announce them again).
READ_HERE_KEY: Final = "between.read_here"
ANNOUNCED_KEY: Final = "between.announced"
#: How often the secretariat's live tally is asked for while it is on screen.
TALLY_INTERVAL_MS: Final = 10_000
#: Consultation documents kept in memory for this session (decrypted bytes never touch the disk).
DOCUMENTS_KEPT: Final = 6


class SubmitOutcome:
    """What became of answers just given: all recorded, waiting (offline), or refused (with the codes)."""

    def __init__(self, consultation_id: str, result: FlushResult | None, client_ids: list[str]) -> None:
        self.consultation_id = consultation_id
        mine = set(client_ids)
        self.refused = [r for r in (result.refused if result else []) if r[0] in mine]
        self.waiting = result is None or result.stopped_by is not None
        self.offline = result is not None and result.stopped_by == "offline"

    @property
    def codes(self) -> list[str]:
        return [code for _client_id, code, _message in self.refused]


class BetweenController(QObject):
    """Consultations, notifications and tasks for the signed-in user; pages listen to the signals."""

    consultations_changed = Signal(object)  # list[ConsultationEntry]
    consultation_changed = Signal(object)  # dict: the open consultation (server view), or None when it is gone
    queued_changed = Signal(object)  # list[QueuedAnswer] of the open consultation
    tally_loaded = Signal(str, object)  # (consultation id, tally dict)
    notifications_changed = Signal(object)  # NotificationsState
    new_notifications = Signal(object)  # list of notification dicts to announce (OS notification)
    tasks_changed = Signal(object)  # (my tasks, all tasks) as a tuple of lists
    dashboard_loaded = Signal(object)  # dashboard dict (server's, or made from the device's copy offline)
    answers_submitted = Signal(object)  # SubmitOutcome
    document_ready = Signal(str, str, object)  # (document id, sha256, bytes)
    document_failed = Signal(str, str, object)  # (document id, sha256, exception)
    task_noted = Signal(str)  # task id: the note was recorded
    failed = Signal(str, object)  # (what was tried, exception)
    offline_changed = Signal(bool)
    sync_wanted = Signal()  # something changed on the server: the window syncs

    def __init__(
        self, engine: Callable[[], Engine | None], offline: Callable[[], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._offline = offline
        self._runner = BackgroundRunner(self, max_threads=2)
        self.consultation_id: str | None = None
        self.consultation: dict[str, Any] | None = None
        #: Seconds to add to this device's clock to get the server's (measured on each online fetch).
        self.clock_offset = 0.0
        self._documents: OrderedDict[str, bytes] = OrderedDict()
        self._reads_sent: set[str] = set()  # told to the server this session (never twice, even if it refused)
        self._generation = 0
        self._tally_timer = QTimer(self)
        self._tally_timer.setInterval(TALLY_INTERVAL_MS)
        self._tally_timer.timeout.connect(self.load_tally)

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def offline(self) -> bool:
        return self._offline()

    @property
    def user(self) -> dict[str, Any]:
        engine = self._engine()
        return dict(engine.user or {}) if engine is not None else {}

    @property
    def user_id(self) -> str:
        return str(self.user.get("id") or "")

    def server_now(self) -> datetime:
        """This device's best estimate of the server's clock (which alone judges deadlines)."""
        return datetime.now(UTC) + timedelta(seconds=self.clock_offset)

    def _store(self) -> Store | None:
        engine = self._engine()
        return engine.store if engine is not None else None

    # -- reading from the store -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again from the store (after a sync, at start): list, open consultation, centre, tasks."""
        store = self._store()
        if store is None:
            return
        self.consultations_changed.emit(read_consultations(store, now=self.server_now()))
        if self.consultation_id is not None:
            stored = store.entity("consultation", self.consultation_id)
            if stored is not None and _newer_or_same(stored, self.consultation):
                self.consultation = stored
                self.consultation_changed.emit(stored)
            self.queued_changed.emit(queued_answers(store, self.consultation_id))
        self._refresh_notifications(store, announce=True)
        self._emit_tasks(store)

    def refresh_notifications(self) -> None:
        store = self._store()
        if store is not None:
            self._refresh_notifications(store, announce=False)

    def _refresh_notifications(self, store: Store, *, announce: bool) -> None:
        read_here = set(_meta_list(store, READ_HERE_KEY))
        state = read_notifications(store, read_here)
        # What the server already knows as read need not be remembered here any more.
        known = {str(n.get("id")) for n in state.items if n.get("read_at")}
        if read_here & known or read_here - {str(n.get("id")) for n in state.items}:
            read_here = {i for i in read_here if i not in known and any(str(n.get("id")) == i for n in state.items)}
            _set_meta_list(store, READ_HERE_KEY, sorted(read_here))
            state = read_notifications(store, read_here)
        self.notifications_changed.emit(state)
        if announce:
            self._announce(store, state)
        unsent = read_here - self._reads_sent
        if unsent and not self.offline:
            self._send_reads(sorted(unsent))

    def _announce(self, store: Store, state: NotificationsState) -> None:
        """New unread notifications since the last look become OS notifications (never the backlog at first sync)."""
        before = store.get_meta(ANNOUNCED_KEY)
        ids = [str(n.get("id")) for n in state.items]
        if before is None:
            if store.cursor > 0:  # the first sync brought the backlog: nothing of it is news
                _set_meta_list(store, ANNOUNCED_KEY, ids)
            return
        seen = set(_meta_list(store, ANNOUNCED_KEY))
        fresh = [n for n in state.items if str(n.get("id")) not in seen and not state.is_read(n)]
        if fresh:
            _set_meta_list(store, ANNOUNCED_KEY, ids[:500])
            self.new_notifications.emit(fresh)

    def _emit_tasks(self, store: Store) -> None:
        now = self.server_now()
        tasks = list(store.entities("task"))
        user = self.user
        everything = sort_tasks(tasks, now)
        mine = [t for t in everything if is_mine(t, user)]
        self.tasks_changed.emit((mine, everything))

    # -- consultations ----------------------------------------------------------------------------------------

    def open_consultation(self, consultation_id: str | None) -> None:
        """Show `consultation_id` (None: none): the device's copy at once, the server's when online."""
        self._generation += 1
        self.consultation_id = consultation_id
        self.consultation = None
        self._tally_timer.stop()
        store = self._store()
        if consultation_id is None or store is None:
            return
        stored = store.entity("consultation", consultation_id)
        if stored is not None:
            self.consultation = stored
            self.consultation_changed.emit(stored)
        self.queued_changed.emit(queued_answers(store, consultation_id))
        if not self.offline:
            self.fetch_consultation()

    def fetch_consultation(self) -> None:
        """Ask the server for the open consultation (and its clock); offline this quietly does nothing."""
        consultation_id = self.consultation_id
        engine = self._engine()
        if consultation_id is None or engine is None:
            return
        api = engine.api
        generation = self._generation
        sent = time.time()

        def got(view: dict[str, Any]) -> None:
            if generation != self._generation:
                return
            self._measure_clock(view.get("server_time"), sent)
            self.consultation = view
            self.consultation_changed.emit(view)
            if view.get("manage") and view.get("state") == "published":
                self._tally_timer.start()

        self._call("consultation", lambda: api.consultation(consultation_id), got, quiet_offline=True)

    def load_tally(self) -> None:
        """The secretariat's live tally of the open consultation (online; the device's copy is shown meanwhile)."""
        consultation_id = self.consultation_id
        engine = self._engine()
        if consultation_id is None or engine is None or self.offline:
            return
        api = engine.api
        generation = self._generation

        def got(tally: dict[str, Any]) -> None:
            if generation == self._generation:
                self.tally_loaded.emit(consultation_id, tally)
                if tally.get("state") != "published":
                    self._tally_timer.stop()

        self._call("tally", lambda: api.consultation_results(consultation_id), got, quiet_offline=True)

    def report_signing_job(self) -> Callable[[SignerSource], dict[str, Any]] | None:
        """What signing the open consultation's result report does, for `SigningRunner.sign` (off the GUI thread):
        fetch the unsigned report, sign its secretariat field on this device, upload it (the server checks the
        signature and the unchanged first revision). None when there is no unsigned report to sign."""
        consultation = self.consultation or {}
        report = consultation.get("report") or {}
        engine = self._engine()
        consultation_id = self.consultation_id
        if engine is None or consultation_id is None or not report.get("document_id"):
            return None
        if report.get("state") == "signed":
            return None
        api = engine.api
        document_id, sha = str(report["document_id"]), str(report["sha256"])
        field = str(report.get("field_name") or "sig_secretariat")
        name = str((engine.user or {}).get("display_name") or "")

        def job(source: SignerSource) -> dict[str, Any]:
            unsigned = api.consultation_content(consultation_id, document_id, sha)
            stamp = SignatureStamp(name, "Secretariat", datetime.now(UTC).strftime("Signed %Y-%m-%d %H:%M UTC"))
            signed = sign_pdf(unsigned, field, source, reason="Result report", location="", stamp=stamp)
            return api.upload_signed_report(consultation_id, signed)

        return job

    def report_signed(self, _answer: dict[str, Any]) -> None:
        """The server accepted the signed report: show the consultation as it is now, and let the members sync."""
        self.fetch_consultation()
        self.sync_wanted.emit()

    def close_consultation(self) -> None:
        """Close the open consultation now (secretariat); the unsigned result report is made by the server."""
        consultation_id = self.consultation_id
        engine = self._engine()
        if consultation_id is None or engine is None:
            return
        api = engine.api
        generation = self._generation

        def got(view: dict[str, Any]) -> None:
            self._tally_timer.stop()
            if generation == self._generation:
                self.consultation = view
                self.consultation_changed.emit(view)
            self.sync_wanted.emit()

        self._call("close", lambda: api.close_consultation(consultation_id), got)

    def submit_answers(
        self,
        consultation: dict[str, Any],
        drafts: list[AnswerDraft],
        *,
        signatures: list[str] | None,
        on_behalf_of: str | None,
    ) -> None:
        """Queue the answers (with their base64 signatures when signed) and try to send them now; the outcome
        comes as `answers_submitted`. Offline they wait in the outbox and go with the next sync."""
        engine = self._engine()
        if engine is None:
            return
        consultation_id = str(consultation["id"])
        items = []
        client_ids = []
        for n, draft in enumerate(drafts):
            client_id = str(uuid.uuid4())
            client_ids.append(client_id)
            signature = signatures[n] if signatures is not None else None
            body = answer_body(consultation, draft, client_id=client_id, signature=signature, on_behalf_of=on_behalf_of)
            items.append((answer_path(consultation_id, draft.question_id), body))

        def done(result: FlushResult | None) -> None:
            outcome = SubmitOutcome(consultation_id, result, client_ids)
            store = self._store()
            if store is not None and consultation_id == self.consultation_id:
                self.queued_changed.emit(queued_answers(store, consultation_id))
            self.answers_submitted.emit(outcome)
            if store is not None:
                self.consultations_changed.emit(read_consultations(store, now=self.server_now()))
            if not outcome.waiting or outcome.refused:
                self.sync_wanted.emit()  # the server's record (with its time of receipt) comes back in the feed
                if consultation_id == self.consultation_id:
                    self.fetch_consultation()

        self._call("answer", lambda: engine.queue_answers(items), done)

    def dismiss_refused(self, seq: int) -> None:
        """The member has read why an answer was refused: it leaves the device's outbox."""
        store = self._store()
        if store is None:
            return
        store.dismiss_refused(seq)
        if self.consultation_id is not None:
            self.queued_changed.emit(queued_answers(store, self.consultation_id))
        self.consultations_changed.emit(read_consultations(store, now=self.server_now()))

    def load_document(self, consultation_id: str, document_id: str, sha256: str) -> None:
        """The bytes of a consultation document version: from the device's encrypted cache when the sync brought
        it (so it opens offline), else from the server (then kept in memory for this session)."""
        key = f"{document_id}:{sha256}"
        data = self._documents.get(key)
        if data is not None:
            self._documents.move_to_end(key)
            self.document_ready.emit(document_id, sha256, data)
            return
        engine = self._engine()
        if engine is None:
            return
        api = engine.api

        def got(content: bytes) -> None:
            self._documents[key] = content
            while len(self._documents) > DOCUMENTS_KEPT:
                self._documents.popitem(last=False)
            self.document_ready.emit(document_id, sha256, content)

        def fetch() -> bytes:
            cache = engine.cache
            if cache is not None and cache.has(sha256):
                return engine.open_document(sha256)
            return api.consultation_content(consultation_id, document_id, sha256)

        self._runner.start(
            fetch,
            on_success=got,
            on_failure=lambda exc: self.document_failed.emit(document_id, sha256, exc),
        )

    def has_document(self, document_id: str, sha256: str) -> bool:
        """Whether the paper opens without the network (in the device's cache, or fetched this session)."""
        engine = self._engine()
        cache = engine.cache if engine is not None else None
        return f"{document_id}:{sha256}" in self._documents or (cache is not None and cache.has(sha256))

    # -- notifications ----------------------------------------------------------------------------------------

    def mark_read(self, notification_id: str) -> None:
        """Read on this device now (also offline); the server is told when it can be reached."""
        store = self._store()
        if store is None:
            return
        read_here = set(_meta_list(store, READ_HERE_KEY))
        if notification_id not in read_here:
            read_here.add(notification_id)
            _set_meta_list(store, READ_HERE_KEY, sorted(read_here))
        self._refresh_notifications(store, announce=False)

    def mark_all_read(self) -> None:
        store = self._store()
        if store is None:
            return
        state = read_notifications(store, _meta_list(store, READ_HERE_KEY))
        read_here = set(state.read_here) | {str(n.get("id")) for n in state.items if not state.is_read(n)}
        _set_meta_list(store, READ_HERE_KEY, sorted(read_here))
        self._refresh_notifications(store, announce=False)

    def _send_reads(self, ids: list[str]) -> None:
        engine = self._engine()
        if engine is None:
            return
        api = engine.api

        def work() -> int:
            sent = 0
            for notification_id in ids:
                if notification_id in self._reads_sent:
                    continue
                try:
                    api.mark_notification_read(notification_id)
                except OfflineError:
                    break
                except Exception as exc:  # gone on the server meanwhile: nothing to tell it
                    log.info("notification %s not marked read: %s", notification_id, exc)
                self._reads_sent.add(notification_id)
                sent += 1
            return sent

        def done(sent: int) -> None:
            if sent:
                self.sync_wanted.emit()  # the feed brings `read_at`, and the ids leave the device's list

        self._runner.start(work, on_success=done, on_failure=lambda _exc: None)

    # -- tasks ------------------------------------------------------------------------------------------------

    def refresh_tasks(self) -> None:
        store = self._store()
        if store is not None:
            self._emit_tasks(store)

    def load_dashboard(self) -> None:
        """The chair's and secretariat's dashboard: the server's when online, else made from the device's tasks."""
        engine = self._engine()
        store = self._store()
        if engine is None or store is None:
            return
        self.dashboard_loaded.emit(dashboard_from(store.entities("task"), self.server_now()))
        if self.offline:
            return
        api = engine.api
        sent = time.time()

        def got(dashboard: dict[str, Any]) -> None:
            self._measure_clock(dashboard.get("server_time"), sent)
            self.dashboard_loaded.emit(dashboard)

        self._call("dashboard", api.task_dashboard, got, quiet_offline=True)

    def add_task_note(self, task_id: str, *, text: str, status: str | None, progress: int | None) -> None:
        """A progress note, through the outbox: sent now when online, kept on the device and sent at the next
        sync when not (its client id makes a resend count once). The feed brings the server's copy back."""
        engine = self._engine()
        if engine is None:
            return
        body: dict[str, Any] = {"text": text, "client_id": str(uuid.uuid4())}
        if status is not None:
            body["status"] = status
        if progress is not None:
            body["progress"] = progress

        def queued(_result: object) -> None:
            self.task_noted.emit(task_id)
            self.sync_wanted.emit()

        self._call("task_note", lambda: engine.queue_task_note(task_id, body), queued)

    # -- plumbing ---------------------------------------------------------------------------------------------

    def set_offline(self, offline: bool) -> None:
        self.offline_changed.emit(offline)
        if offline:
            self._tally_timer.stop()
        elif self.consultation_id is not None:
            self.fetch_consultation()

    def clear(self) -> None:
        """Forget the session's state (sign-out, lock): the open consultation and the documents in memory."""
        self._generation += 1
        self._tally_timer.stop()
        self.consultation_id = None
        self.consultation = None
        self._documents.clear()
        self._reads_sent = set()
        self.clock_offset = 0.0

    def forget_documents(self) -> None:
        self._documents.clear()

    def wait_for_done(self, timeout_ms: int = 10_000) -> bool:
        return self._runner.wait_for_done(timeout_ms)

    def _measure_clock(self, server_time: object, sent: float) -> None:
        if not isinstance(server_time, str):
            return
        try:
            moment = datetime.fromisoformat(server_time.replace("Z", "+00:00"))
        except ValueError:
            return
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        # The server read its clock somewhere between sending and receiving: the middle is the best guess.
        middle = (sent + time.time()) / 2
        self.clock_offset = moment.timestamp() - middle

    def _call(
        self,
        what: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        *,
        quiet_offline: bool = False,
    ) -> None:
        def failed(exc: BaseException) -> None:
            if quiet_offline and isinstance(exc, OfflineError):
                return
            self.failed.emit(what, exc)

        self._runner.start(work, on_success=done, on_failure=failed)


def _newer_or_same(stored: dict[str, Any], shown: dict[str, Any] | None) -> bool:
    """Whether the store's copy may replace the one shown (a fresher fetch is not undone by an older sync)."""
    if shown is None:
        return True
    return str(stored.get("server_time") or "") >= str(shown.get("server_time") or "")


def _meta_list(store: Store, key: str) -> list[str]:
    raw = store.get_meta(key)
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _set_meta_list(store: Store, key: str, values: list[str]) -> None:
    text = json.dumps(values)
    store.write(lambda conn: Store.set_meta(conn, key, text))
