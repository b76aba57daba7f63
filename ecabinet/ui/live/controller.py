"""The live session as the app sees it: one event stream, the session's state, and every action of members
and chair, each online and in the background.

Events are a hint and the server's state is the truth: whatever arrives on the stream (a vote opened, a hand
raised, the chair moving to the next item) makes the controller fetch `GET /api/meetings/{id}/session` again,
which also repairs anything missed while the connection was down. A ballot is never queued: it counts when
the server confirmed it, and the reader is told exactly that.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ecabinet.client.api import ApiClient
from ecabinet.client.errors import ApiError, AuthExpired, DeviceRevoked, OfflineError
from ecabinet.ui.operations import BackgroundRunner

__all__ = ["EventListener", "LiveController"]

#: Reconnect delays after the stream breaks (seconds); the last one repeats.
RECONNECT_DELAYS = (0.5, 1.0, 2.0, 5.0, 10.0)


class EventListener(QObject):
    """Reads the server's event stream in a thread of its own and hands each event to the GUI thread.

    Reconnects by itself with the id of the last durable event, so nothing durable is missed; short-lived
    events (a presenter's page, raised hands) are only for those connected at the time.
    """

    event_arrived = Signal(str, object)  # (event name, data)
    connected_changed = Signal(bool)

    def __init__(self, api: Callable[[], ApiClient | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_event_id: str | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="ecabinet-events", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stop.is_set()

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            api = self._api()
            if api is None:
                return
            try:
                for name, event_id, data in api.events(self.last_event_id, read_timeout=30.0):
                    if self._stop.is_set():
                        return
                    if attempt or name == "hello":
                        self.connected_changed.emit(True)
                    attempt = 0
                    if event_id:
                        self.last_event_id = event_id
                    self.event_arrived.emit(name, data)
            except (AuthExpired, DeviceRevoked):
                self.connected_changed.emit(False)
                return  # the session is over: the sync tells the window
            except (OfflineError, ApiError, OSError, ValueError):
                pass
            self.connected_changed.emit(False)
            delay = RECONNECT_DELAYS[min(attempt, len(RECONNECT_DELAYS) - 1)]
            attempt += 1
            self._stop.wait(delay)


class LiveController(QObject):
    """The open meeting's live state and the calls that change it (all online, all in the background)."""

    session_loaded = Signal(object)  # GET /session answer
    positions_loaded = Signal(object)  # the chair's board
    ballot_counted = Signal(str, str, object)  # (vote id, option, server answer)
    failed = Signal(str, object)  # (what was tried, exception)
    presenter_moved = Signal(object)  # {document_id, page, presenter_name, ...}
    changes_hinted = Signal()  # a durable change: time to sync

    def __init__(self, api: Callable[[], ApiClient | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self._runner = BackgroundRunner(self, max_threads=2)
        self.meeting_id: str | None = None
        self.session: dict[str, Any] | None = None
        self.my_user_id: str | None = None  # set by the window: whose hand is raised, whose ballot
        self.last_call_seconds = 0.0
        self.listener = EventListener(api, self)
        self.listener.event_arrived.connect(self._on_event)
        self.listener.connected_changed.connect(self._on_connected)
        # Many events in a burst (200 ballots) fetch the state once.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        self._ballot_ids: dict[str, str] = {}  # vote id -> the ballot id used (a retry reuses it)

    # -- following a meeting ----------------------------------------------------------------------------------

    def follow(self, meeting_id: str | None) -> None:
        """Watch `meeting_id` (None: none): its state now, and again whenever an event says it changed."""
        self.meeting_id = meeting_id
        self.session = None
        if meeting_id is None:
            return
        self.listener.start()
        self.refresh()

    def stop(self) -> None:
        self.listener.stop()
        self.meeting_id = None

    def refresh(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is not None:
            self._call("session", lambda api: api.session_state(meeting_id), self._got_session)

    def load_positions(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is not None:
            self._call("positions", lambda api: api.positions_board(meeting_id), self.positions_loaded.emit)

    # -- a member's actions -----------------------------------------------------------------------------------

    def check_in(self, status: str, *, deputy_id: str | None = None) -> None:
        """Present or remote; or `represented` with the deputy (invited by the secretariat) sent in one's place."""
        self._act("check_in", lambda api, m: api.check_in(m, status, deputy_id=deputy_id))

    def request_floor(self) -> None:
        self._act("request_floor", lambda api, m: api.request_floor(m))

    def withdraw_floor_request(self, request_id: str) -> None:
        self._act("withdraw_floor", lambda api, m: api.withdraw_floor_request(m, request_id))

    def ballot_id(self, vote_id: str) -> str:
        """The id of this device's ballot in `vote_id` (made once; a retry and a signature use the same)."""
        return self._ballot_ids.setdefault(vote_id, str(uuid.uuid4()))

    def cast_ballot(self, vote_id: str, option: str, *, signature: str | None = None) -> None:
        """Online only. The same ballot id is used again if the first answer was lost, so it counts once.
        `signature` (base64 detached CMS over the canonical ballot) for votes that require signed ballots."""
        ballot_id = self.ballot_id(vote_id)

        def done(answer: Any) -> None:
            self.ballot_counted.emit(vote_id, option, answer)
            self.refresh()

        self._call("ballot", lambda api: api.cast_ballot(vote_id, option, ballot_id, signature=signature), done)

    # -- the chair's (and secretary's) actions ----------------------------------------------------------------

    def start_session(self) -> None:
        self._act("start", lambda api, m: api.start_meeting(m))

    def close_session(self) -> None:
        self._act("close", lambda api, m: api.close_meeting(m))

    def open_item(self, item_id: str) -> None:
        self._act("open_item", lambda api, m: api.open_item(m, item_id))

    def mark_uncontested(self, item_id: str, uncontested: bool) -> None:
        self._act("uncontested", lambda api, m: api.mark_uncontested(m, item_id, uncontested), positions=True)

    def approve_en_bloc(self) -> None:
        self._act("en_bloc", lambda api, m: api.approve_en_bloc(m), positions=True)

    def give_floor(self, request_id: str) -> None:
        self._act("give_floor", lambda api, m: api.give_floor(m, request_id))

    def end_floor(self, request_id: str) -> None:
        self._act("end_floor", lambda api, m: api.end_floor(m, request_id))

    def open_vote(self, item_id: str, question: str, *, secret: bool, majority: str, signed: bool = False) -> None:
        self._act(
            "open_vote",
            lambda api, m: api.open_vote(
                m,
                agenda_item_id=item_id,
                question=question,
                secret=secret,
                majority=majority,
                require_signed_ballots=signed and not secret,
            ),
        )

    def close_vote(self, vote_id: str) -> None:
        self._act("close_vote", lambda api, _m: api.close_vote(vote_id))

    def share_page(self, document_id: str, page: int) -> None:
        self._act("share_page", lambda api, m: api.share_page(m, document_id, page), refresh=False)

    # -- plumbing ---------------------------------------------------------------------------------------------

    def _act(
        self, what: str, work: Callable[[ApiClient, str], Any], *, positions: bool = False, refresh: bool = True
    ) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return

        def done(_answer: Any) -> None:
            if refresh:
                self.refresh()
            if positions:
                self.load_positions()

        self._call(what, lambda api: work(api, meeting_id), done)

    def _call(self, what: str, work: Callable[[ApiClient], Any], done: Callable[[Any], None]) -> None:
        api = self._api()
        if api is None:
            return
        started = time.monotonic()

        def failed(exc: BaseException) -> None:
            self.failed.emit(what, exc)

        def succeeded(result: Any) -> None:
            self.last_call_seconds = time.monotonic() - started
            done(result)

        self._runner.start(lambda: work(api), on_success=succeeded, on_failure=failed)

    def _got_session(self, session: dict[str, Any]) -> None:
        if session.get("meeting_id") != self.meeting_id:
            return
        self.session = session
        self.session_loaded.emit(session)

    def _on_event(self, name: str, data: Any) -> None:
        meeting = data.get("meeting_id") if isinstance(data, dict) else None
        if name == "presenter" and isinstance(data, dict) and meeting == self.meeting_id:
            self.presenter_moved.emit(data)
            return
        if name in ("changes", "meeting", "agenda_item", "document"):
            self.changes_hinted.emit()
        if meeting is None or meeting == self.meeting_id:
            self._refresh_timer.start()

    def _on_connected(self, connected: bool) -> None:
        if connected:
            self._refresh_timer.start()  # whatever happened while away
