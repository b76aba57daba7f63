"""The signed-in session as the UI sees it: sign in, offline start, sync, sign out, each in the background.

Widgets call the methods here and listen to the signals; this object owns the client `Engine` (store,
encrypted cache, vault, sync), so no widget ever touches HTTP, SQL or keys. The password goes from the form
to the worker and is then dropped: it is never stored. Where the system has no keyring, a passphrase the
user chooses protects the device's secrets instead; it is kept in memory for the session only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ecabinet.client.annotations import AnnotationBook
from ecabinet.client.api import LoginResult
from ecabinet.client.device import profile_dir, wipe_profile_data
from ecabinet.client.engine import Engine, SecretsFactory, server_folder
from ecabinet.client.errors import AuthExpired, DeviceRevoked, OfflineError
from ecabinet.client.pin import PinError, PinLockedOut, clear_pin, has_pin, set_pin
from ecabinet.client.sync import SyncCancelled, SyncProgress, SyncReport
from ecabinet.client.vault import PassphraseSecrets, VaultError, VaultLocked, keyring_available
from ecabinet.core.annotations import Annotation
from ecabinet.pdf.changes import VersionDiff, compare_versions
from ecabinet.pdf.export import export_annotated
from ecabinet.pdf.search import Hit, PacketIndex
from ecabinet.ui.home_state import read_home
from ecabinet.ui.meeting_state import MeetingState, Reading, read_meeting, read_reading, write_reading
from ecabinet.ui.operations import BackgroundRunner
from ecabinet.ui.viewer.annotated_view import ShownAnnotation

log = logging.getLogger(__name__)

EngineFactory = Callable[[str, str, SecretsFactory | None], Engine]
"""Makes the engine for (server URL, profile, secrets factory); tests may swap it, the app uses `Engine`."""

# Progress from the download threads reaches the GUI at most this often (plus every file and phase change).
PROGRESS_INTERVAL_S = 0.05
#: While online, look for news this often even without being asked (a no-change sync is one small request
#: answered 304). While offline, try again soon and then less often, so the app notices the network coming back
#: within seconds without hammering a server that is down.
AUTO_SYNC_ONLINE_MS: Final = 60_000
OFFLINE_RETRY_MS: Final = (5_000, 10_000, 20_000, 40_000, 60_000)

#: A shared mark goes to the server this long after the last change (strokes in a row travel together).
PUSH_DELAY_MS: Final = 2_000

# The small per-profile file that remembers the last server, so the app can start offline without --server.
APP_STATE_FILE = "app.json"


def _default_engine_factory(server_url: str, profile: str, secrets_factory: SecretsFactory | None) -> Engine:
    return Engine(server_url, profile=profile, secrets_factory=secrets_factory)


def passphrase_secrets_factory(profile: str, passphrase: str) -> SecretsFactory:
    """Secrets in a passphrase-protected file per (server, user) inside the profile (as `ecabinet sync` does)."""

    def make(server_url: str, namespace: str) -> PassphraseSecrets:
        digest = hashlib.sha256(namespace.encode()).hexdigest()[:16]
        return PassphraseSecrets(server_folder(profile, server_url) / f"secrets-{digest}.enc", passphrase)

    return make


def remembered_server(profile: str) -> str | None:
    """The server this profile last signed in to (None when it never did)."""
    try:
        value = json.loads((profile_dir(profile) / APP_STATE_FILE).read_text(encoding="utf-8")).get("server_url")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value else None


def remember_server(profile: str, server_url: str) -> None:
    path = profile_dir(profile) / APP_STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"server_url": server_url}), encoding="utf-8")


@dataclasses.dataclass(frozen=True)
class StartOutcome:
    """What an offline start found: an engine ready to use, or why the person must sign in first."""

    engine: Engine | None = None
    username: str = ""
    error: BaseException | None = None


class SessionController(QObject):
    """One profile's session with one server, driven from the GUI thread.

    Every outcome arrives as a signal in the GUI thread. `session_ended(exc)` means the person must sign in
    again (expired token, cache locked after too long offline; a revoked device has also been wiped).
    """

    busy_changed = Signal(bool)
    signed_in = Signal(object)  # LoginResult
    resumed = Signal()  # opened from the offline store at start
    sign_in_needed = Signal(str, object)  # (username to prefill, reason or None) at start
    sign_in_failed = Signal(object)
    home_changed = Signal(object)  # HomeState
    sync_started = Signal()
    sync_progress = Signal(object)  # SyncProgress
    sync_finished = Signal(object)  # SyncReport
    sync_failed = Signal(object)
    offline_changed = Signal(bool)
    session_ended = Signal(object)
    signed_out = Signal()
    meeting_changed = Signal(object)  # MeetingState of the open meeting
    document_loaded = Signal(str, str, object, int)  # (document id, sha, decrypted bytes, page to show)
    document_unavailable = Signal(str)  # document id: its newest version is not on this device yet
    document_failed = Signal(str, object)  # (document id, exception)
    search_finished = Signal(str, object)  # (query, list[Hit])
    search_failed = Signal(str, object)  # (query, exception)
    notes_listed = Signal(str, object)  # (meeting id, list[MyAnnotationEntry])
    export_finished = Signal(str)  # the path written
    changes_ready = Signal(str, object)  # (document id, VersionDiff)
    notes_exported = Signal(int, str)  # (how many, path)
    notes_imported = Signal(object)  # ImportResult
    notes_transfer_failed = Signal(object)  # exception
    changes_failed = Signal(str, object)  # (document id, exception)
    export_failed = Signal(object)  # exception
    _worker_progress = Signal(int, object)  # (generation, SyncProgress) from download threads

    def __init__(
        self,
        *,
        profile: str = "default",
        engine_factory: EngineFactory = _default_engine_factory,
        auto_sync: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.auto_sync = auto_sync
        self._offline_retries = 0
        self._auto_timer = QTimer(self)
        self._auto_timer.setSingleShot(True)
        self._auto_timer.timeout.connect(self._auto_sync)
        # A shared mark is sent soon after it is made (several strokes in a row go together).
        self._push_timer = QTimer(self)
        self._push_timer.setSingleShot(True)
        self._push_timer.setInterval(PUSH_DELAY_MS)
        self._push_timer.timeout.connect(self._push)
        self._engine_factory = engine_factory
        self._runner = BackgroundRunner(self, max_threads=3)
        self.engine: Engine | None = None
        self.login: LoginResult | None = None
        self.offline = False
        #: Who used this profile last (kept after the session ends, to prefill the sign-in form).
        self.last_username = ""
        # Bumped whenever the session changes, so late answers for an older session are ignored.
        self._generation = 0
        self._busy = 0
        self._sync_cancel: threading.Event | None = None
        self._sync_idle = threading.Event()
        self._sync_idle.set()
        self._last_files_done = -1
        #: The meeting the Meeting page shows (None on Home).
        self.meeting_id: str | None = None
        self._meeting: MeetingState | None = None
        # The open meeting's search index: (meeting id, {document id: sha}) it was built for, and the index.
        self._index: tuple[tuple[str, frozenset[tuple[str, str]]], PacketIndex] | None = None
        self._index_lock = threading.Lock()
        self._locked = False
        self._worker_progress.connect(self._on_worker_progress)

    # -- state ------------------------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        """Whether a sign-in or start this controller began is still running."""
        return self._busy > 0

    @property
    def is_syncing(self) -> bool:
        return self._sync_cancel is not None

    @property
    def needs_passphrase(self) -> bool:
        """No system keyring: the sign-in form must ask for a passphrase that protects this device's data."""
        return not keyring_available()

    @property
    def display_name(self) -> str:
        """The signed-in user's name as the server spells it (empty when nobody is signed in)."""
        user = self.engine.user if self.engine is not None else None
        if not user:
            return ""
        return str(user.get("display_name") or user.get("username") or "")

    # -- operations -------------------------------------------------------------------------------------

    def start(self, server_url: str | None) -> None:
        """At app start: open the last user's offline store for this server if there is one.

        `resumed` follows when Home can open from the store (a sync is then tried at once); otherwise
        `sign_in_needed(username, reason)` (reason: `VaultLocked` when the device was offline too long).
        Without a keyring the secrets need the passphrase first, so the person signs in.
        """
        url = server_url or remembered_server(self.profile)
        if not url or self.needs_passphrase:
            return
        self._generation += 1
        generation = self._generation
        profile = self.profile
        factory = self._engine_factory

        def work() -> StartOutcome:
            engine = factory(url, profile, None)
            try:
                if not engine.resume():
                    engine.close()
                    return StartOutcome()
                username = str((engine.user or {}).get("username") or "")
                if engine.api.token is None:  # signed out last time: the next person signs in
                    engine.close()
                    return StartOutcome(username=username)
                # Opening the cache checks the offline grant: a device away too long stays locked.
                engine.open_cache()
            except VaultError as exc:
                engine.close()
                return StartOutcome(username=username, error=exc)
            except BaseException:
                engine.close()
                raise
            return StartOutcome(engine=engine, username=username)

        def succeeded(outcome: StartOutcome) -> None:
            self._end_busy()
            if generation != self._generation:
                if outcome.engine is not None:
                    outcome.engine.close()
                return
            if outcome.engine is None:
                if outcome.username or outcome.error is not None:
                    self.sign_in_needed.emit(outcome.username, outcome.error)
                return
            self.engine = outcome.engine
            self.last_username = outcome.username
            self._set_offline(True)  # until a sync says otherwise
            self.resumed.emit()
            self.refresh_home()
            self.sync()

        def failed(exc: BaseException) -> None:
            self._end_busy()
            log.info("offline start not possible: %r", exc)

        self._start(work, succeeded, failed)

    def sign_in(self, server_url: str, username: str, password: str, passphrase: str = "") -> None:
        """Sign in in the background; `signed_in(LoginResult)` or `sign_in_failed(exc)` follows."""
        self._generation += 1
        generation = self._generation
        profile = self.profile
        factory = self._engine_factory
        secrets = passphrase_secrets_factory(profile, passphrase) if self.needs_passphrase else None

        def work() -> tuple[Engine, LoginResult]:
            engine = factory(server_url, profile, secrets)
            try:
                result = engine.login(username, password)
            except DeviceRevoked:
                engine.close()
                wipe_profile_data(profile)
                raise
            except BaseException:
                engine.close()
                raise
            remember_server(profile, engine.server_url)
            return engine, result

        def succeeded(outcome: tuple[Engine, LoginResult]) -> None:
            self._end_busy()
            engine, result = outcome
            if generation != self._generation:
                engine.close()
                return
            self._replace_engine(engine)
            self.login = result
            self.last_username = str(result.user.get("username") or username)
            self._set_offline(False)
            self.signed_in.emit(result)
            self.refresh_home()
            self.sync()

        def failed(exc: BaseException) -> None:
            self._end_busy()
            if generation == self._generation:
                self.sign_in_failed.emit(exc)

        self._start(work, succeeded, failed)

    def refresh_home(self) -> None:
        """Read Home's state from the store and the cache (local and quick) and emit `home_changed`."""
        engine = self.engine
        if engine is None or engine.store is None:
            return
        cache = engine.cache
        is_cached = cache.has if cache is not None else lambda _sha: False
        self.home_changed.emit(read_home(engine.store, is_cached, retention_days=engine.retention_days))

    def sync(self) -> None:
        """Bring the store and cache up to date in the background (one sync at a time).

        `sync_started`, then `sync_progress(SyncProgress)` as it goes, then `sync_finished(SyncReport)` or
        `sync_failed(exc)`; `offline_changed` whenever reachability changes.
        """
        engine = self.engine
        if engine is None or self._sync_cancel is not None or self._locked:
            return
        generation = self._generation
        profile = self.profile
        cancel = threading.Event()
        self._sync_cancel = cancel
        self._sync_idle = threading.Event()
        self._last_files_done = -1
        idle = self._sync_idle
        lock = threading.Lock()
        last: list[Any] = [None, 0.0]

        def report(progress: SyncProgress) -> None:
            # Called from download threads, often (every block): pass on what a person could notice.
            now = time.monotonic()
            key = (progress.phase, progress.files_done, progress.files_total)
            with lock:
                if key == last[0] and now - last[1] < PROGRESS_INTERVAL_S:
                    return
                last[0], last[1] = key, now
            self._worker_progress.emit(generation, dataclasses.replace(progress))

        def work() -> SyncReport:
            try:
                return engine.sync(progress=report, cancel=cancel)
            except DeviceRevoked:
                wipe_profile_data(profile)
                raise
            finally:
                idle.set()

        def succeeded(result: SyncReport) -> None:
            self._sync_done(cancel)
            if generation != self._generation:
                return
            self._set_offline(result.offline)
            self._schedule_auto_sync()
            self.refresh_home()
            self.refresh_meeting()
            self.sync_finished.emit(result)

        def failed(exc: BaseException) -> None:
            self._sync_done(cancel)
            if generation != self._generation or isinstance(exc, SyncCancelled):
                return
            if isinstance(exc, AuthExpired | DeviceRevoked | VaultLocked):
                self._forget_session()
                self.session_ended.emit(exc)
                return
            if isinstance(exc, OfflineError):
                self._set_offline(True)
            self._schedule_auto_sync()
            self.refresh_home()
            self.sync_failed.emit(exc)

        self.sync_started.emit()
        self._runner.start(work, on_success=succeeded, on_failure=failed)

    @property
    def next_auto_sync_ms(self) -> int | None:
        """Milliseconds until the next sync nobody asked for (None when none is planned)."""
        return self._auto_timer.remainingTime() if self._auto_timer.isActive() else None

    @Slot()
    def network_returned(self) -> None:
        """The system says the network is back: if we were offline, try now instead of at the next retry."""
        if self.offline and self.engine is not None and not self._locked:
            self._auto_timer.stop()
            self.sync()

    def _schedule_auto_sync(self) -> None:
        if not self.auto_sync or self.engine is None or self._locked:
            self._auto_timer.stop()
            return
        if self.offline:
            delay = OFFLINE_RETRY_MS[min(self._offline_retries, len(OFFLINE_RETRY_MS) - 1)]
            self._offline_retries += 1
        else:
            delay = AUTO_SYNC_ONLINE_MS
            self._offline_retries = 0
        self._auto_timer.start(delay)

    @Slot()
    def _auto_sync(self) -> None:
        if self.engine is not None and not self._locked:
            self.sync()

    # -- the Meeting page -------------------------------------------------------------------------------

    def open_meeting(self, meeting_id: str) -> None:
        """Show `meeting_id` on the Meeting page: `meeting_changed(MeetingState)` follows (a few local reads)."""
        if meeting_id != self.meeting_id:
            self._index = None
        self.meeting_id = meeting_id
        self.refresh_meeting()

    def close_meeting(self) -> None:
        """Back to Home: forget the open meeting and its search index."""
        self.meeting_id = None
        self._meeting = None
        self._index = None

    def refresh_meeting(self) -> None:
        """Read the open meeting again from the store and the cache and emit `meeting_changed`."""
        engine = self.engine
        if engine is None or engine.store is None or self.meeting_id is None:
            return
        cache = engine.cache
        has = cache.has if cache is not None else lambda _sha: False
        user_id = str((engine.user or {}).get("id") or "") or None
        state = read_meeting(engine.store, has, self.meeting_id, user_id=user_id)
        if state is not None:
            self._meeting = state
            self.meeting_changed.emit(state)

    def load_document(self, document_id: str, page: int = -1) -> None:
        """Decrypt the newest version of a document in the background; `document_loaded` follows.

        `page` -1 means where the reader left it. A version not on this device yet gives
        `document_unavailable(document_id)`; a failure `document_failed(document_id, exc)`.
        """
        engine = self.engine
        entry = self._meeting.document(document_id) if self._meeting is not None else None
        if engine is None or engine.store is None or entry is None or not entry.sha:
            self.document_unavailable.emit(document_id)
            return
        cache = engine.cache
        if cache is None or not cache.has(entry.sha):
            self.document_unavailable.emit(document_id)
            return
        generation = self._generation
        sha = entry.sha
        store = engine.store

        def work() -> tuple[bytes, int]:
            data = engine.open_document(sha)
            last = read_reading(store, document_id)
            start = page if page >= 0 else (last.page if last is not None and last.sha == sha else 0)
            if last is None or last.sha != sha:
                write_reading(store, document_id, Reading(sha=sha, page=start))
            return data, start

        def succeeded(outcome: tuple[bytes, int]) -> None:
            if generation != self._generation:
                return
            data, start = outcome
            self.document_loaded.emit(document_id, sha, data, start)
            if entry.last is None or entry.last.sha != sha:
                self.refresh_meeting()  # the "new version" mark goes

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.document_failed.emit(document_id, exc)

        self._runner.start(work, on_success=succeeded, on_failure=failed)

    def remember_reading(self, document_id: str, sha: str, page: int) -> None:
        """Keep the page the reader is on (in the background; the store's writer thread does the write)."""
        engine = self.engine
        if engine is None or engine.store is None or page < 0:
            return
        store = engine.store

        def done(_outcome: object) -> None:
            pass

        self._runner.start(
            lambda: write_reading(store, document_id, Reading(sha=sha, page=page)), on_success=done, on_failure=done
        )

    # -- annotations (the reader's marks): `AnnotationAccess` for the Meeting page ------------------------

    def _book(self) -> AnnotationBook | None:
        engine = self.engine
        if engine is None or self._locked:
            return None
        return engine.annotations

    def shown_annotations(self, document_id: str, sha: str) -> list[ShownAnnotation]:
        """The marks on this version: mine (private and shared) and colleagues' shared ones."""
        book = self._book()
        if book is None:
            return []
        return [
            ShownAnnotation(stored.annotation, mine=stored.mine, author=stored.author_name, review=stored.review)
            for stored in book.for_document(document_id, sha)
        ]

    def save_annotation(self, annotation: Annotation) -> Annotation | None:
        """Store a mark now (a small synchronous write: nothing on screen is ever unsaved); a shared one is sent
        to the server shortly after."""
        book = self._book()
        if book is None:
            return None
        stored = book.save(annotation)
        if stored.shared or annotation.shared:
            self._push_timer.start()
        return stored.annotation

    def delete_annotation(self, annotation_id: str) -> None:
        book = self._book()
        if book is None:
            return
        existing = book.get(annotation_id)
        book.delete(annotation_id)
        if existing is not None and existing.shared:
            self._push_timer.start()

    def list_notes(self, meeting_id: str) -> None:
        """Every mark of mine in the meeting (those needing review included): `notes_listed` follows."""
        book = self._book()
        if book is None:
            return
        self.notes_listed.emit(meeting_id, book.mine_in_meeting(meeting_id))

    def discard_mark(self, annotation_id: str) -> None:
        """A mark left on an old version is not wanted any more (the reader said so)."""
        book = self._book()
        if book is None:
            return
        book.resolve(annotation_id, None)
        if self.meeting_id is not None:
            self.list_notes(self.meeting_id)

    def export_annotated(self, document_id: str, sha: str, path: str) -> None:
        """Write a copy of the document with my marks as real PDF annotations (in the background)."""
        engine = self.engine
        book = self._book()
        if engine is None or book is None:
            return
        author = self.display_name
        marks = [s.annotation for s in book.for_document(document_id, sha) if s.mine]

        def work() -> str:
            data = export_annotated(engine.open_document(sha), marks, author=author)
            target = Path(path)
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(data)
            partial.replace(target)
            return str(target)

        self._runner.start(work, on_success=self.export_finished.emit, on_failure=self.export_failed.emit)

    def export_notes(self, meeting_id: str, path: str, passphrase: str) -> None:
        """Seal my private notes on this meeting's documents in a file for another device (in the background:
        the passphrase is stretched with argon2id, which takes a moment on purpose)."""
        engine = self.engine
        book = self._book()
        if engine is None or book is None or engine.store is None:
            return
        documents = [str(d["id"]) for d in engine.store.entities("document", meeting_id=meeting_id)]

        def work() -> tuple[int, str]:
            return book.export_notes(Path(path), documents, passphrase), path

        self._runner.start(
            work, on_success=lambda done: self.notes_exported.emit(*done), on_failure=self.notes_transfer_failed.emit
        )

    def import_notes(self, path: str, passphrase: str) -> None:
        book = self._book()
        if book is None:
            return

        def succeeded(result: object) -> None:
            self.notes_imported.emit(result)
            if self.meeting_id is not None:
                self.refresh_meeting()
                self.list_notes(self.meeting_id)

        self._runner.start(
            lambda: book.import_notes(Path(path), passphrase),
            on_success=succeeded,
            on_failure=self.notes_transfer_failed.emit,
        )

    def compare_versions(self, document_id: str, old_sha: str, new_sha: str) -> None:
        """Work out what changed between two cached versions (in the background; a 300-page paper takes ~1 s)."""
        engine = self.engine
        if engine is None or self._locked:
            return
        generation = self._generation

        def work() -> VersionDiff:
            return compare_versions(engine.open_document(old_sha), engine.open_document(new_sha))

        def succeeded(diff: VersionDiff) -> None:
            if generation == self._generation:
                self.changes_ready.emit(document_id, diff)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.changes_failed.emit(document_id, exc)

        self._runner.start(work, on_success=succeeded, on_failure=failed)

    def state_position(self, meeting_id: str, item_id: str, position: str, comment: str) -> None:
        """Queue my position on an item (it works offline: the outbox sends it when the server is reachable);
        the Meeting page shows it at once, marked as waiting until the server has it."""
        engine = self.engine
        if engine is None or self._locked:
            return

        def done(_outcome: object) -> None:
            self.refresh_meeting()
            if not self.offline:
                self.sync()  # the server's record of it comes back through the feed

        def failed(exc: BaseException) -> None:
            self.refresh_meeting()
            self.sync_failed.emit(exc)

        self._runner.start(
            lambda: engine.state_position(meeting_id, item_id, position=position, comment=comment),
            on_success=done,
            on_failure=failed,
        )
        QTimer.singleShot(0, self.refresh_meeting)

    @Slot()
    def _push(self) -> None:
        if not self.offline and self.engine is not None and not self._locked:
            self.sync()

    def search(self, query: str) -> None:
        """Search the open meeting's documents on this device; `search_finished(query, hits)` follows.

        The first search builds the packet's index in the background (every page's text is extracted once);
        later ones reuse it until a document changes.
        """
        engine = self.engine
        meeting = self._meeting
        if engine is None or meeting is None or engine.cache is None:
            self.search_finished.emit(query, [])
            return
        cache = engine.cache
        wanted = {(d.id, d.sha) for d in meeting.documents() if d.sha and cache.has(d.sha)}
        key = (meeting.id, frozenset(wanted))
        generation = self._generation

        def work() -> list[Hit]:
            with self._index_lock:
                built = self._index
                if built is None or built[0] != key:
                    index = PacketIndex()
                    for document_id, sha in sorted(wanted):
                        index.add(document_id, engine.open_document(sha))
                    built = (key, index)
                    self._index = built
            return built[1].search(query)

        def succeeded(hits: list[Hit]) -> None:
            if generation == self._generation:
                self.search_finished.emit(query, hits)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.search_failed.emit(query, exc)

        self._runner.start(work, on_success=succeeded, on_failure=failed)

    def dismiss_refusal(self, seq: int) -> None:
        """The person has read a refusal: remove it from the outbox, then refresh Home."""
        engine = self.engine
        if engine is None or engine.store is None:
            return
        store = engine.store
        generation = self._generation

        def done(_outcome: object) -> None:
            if generation == self._generation:
                self.refresh_home()

        self._runner.start(lambda: store.dismiss_refused(seq), on_success=done, on_failure=done)

    # -- the app PIN and the idle lock -----------------------------------------------------------------

    @property
    def has_pin(self) -> bool:
        """Whether the signed-in user has set an app PIN (the idle lock only locks then)."""
        engine = self.engine
        return engine is not None and engine.store is not None and has_pin(engine.store)

    @property
    def locked(self) -> bool:
        """Whether the session is locked (the data key forgotten until the PIN is entered)."""
        return self._locked

    def set_pin(self, pin: str) -> None:
        """Set or change the app PIN (4 to 12 digits; raises `PinError` otherwise)."""
        engine = self.engine
        if engine is None or engine.store is None:
            raise PinError("Sign in first.")
        set_pin(engine.store, pin)

    def clear_pin(self) -> None:
        engine = self.engine
        if engine is not None and engine.store is not None:
            clear_pin(engine.store)

    def lock(self) -> bool:
        """Forget the data key (idle lock) when a PIN is set; a running sync stops. True if now locked."""
        engine = self.engine
        if engine is None or self._locked or not self.has_pin:
            return False
        self._generation += 1  # late document loads and searches for the unlocked session are dropped
        if self._sync_cancel is not None:
            self._sync_cancel.set()
            self._sync_cancel = None
        self._index = None
        self._auto_timer.stop()
        self._push_timer.stop()
        engine.lock()
        self._locked = True
        return True

    def unlock(self, pin: str) -> None:
        """Open the data again with the PIN; raises `WrongPin` (with `tries_left`) or, after too many,
        `PinLockedOut`: the session is then over (`session_ended` is not emitted; the window goes to sign-in)."""
        engine = self.engine
        if engine is None:
            raise PinLockedOut("Sign in with your password.")
        try:
            engine.unlock(pin)
        except PinLockedOut:
            self._locked = False
            self._forget_session()
            raise
        self._locked = False
        self.refresh_home()
        self.refresh_meeting()
        self.sync()

    def end_locked_session(self) -> None:
        """ "Sign in with password instead": forget the locked session here (the store stays for the next sign-in)."""
        self._locked = False
        self._forget_session()

    def sign_out(self) -> None:
        """Forget the session now and tell the server in the background; `signed_out` follows at once.

        Signing out must work offline too: the local session ends whatever the server answers. The offline
        store stays (the next sign-in of the same person finds it), but the token is forgotten, so the next
        start asks for a sign-in.
        """
        engine = self.engine
        idle = self._sync_idle
        profile = self.profile
        self._forget_session(close_engine=False)
        self.signed_out.emit()
        if engine is None:
            return

        def work() -> None:
            idle.wait(30)
            try:
                engine.logout()
            except DeviceRevoked:
                wipe_profile_data(profile)
            except Exception as exc:
                log.info("server not told about sign-out: %s", exc)
            finally:
                engine.close()

        def done(_outcome: object) -> None:
            pass

        # Not "busy": the user is already back at the sign-in form and may sign in again meanwhile.
        self._runner.start(work, on_success=done, on_failure=done)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop a running sync, wait for running operations and close the engine (when the app quits)."""
        self._generation += 1
        if self._sync_cancel is not None:
            self._sync_cancel.set()
        self._runner.wait_for_done(timeout_ms)
        if self.engine is not None:
            self.engine.close()
            self.engine = None

    # -- plumbing ---------------------------------------------------------------------------------------

    def _on_worker_progress(self, generation: int, progress: SyncProgress) -> None:
        if generation != self._generation or self._sync_cancel is None:
            return
        self.sync_progress.emit(progress)
        if progress.phase == "download" and progress.files_done != self._last_files_done:
            # A finished file changes a meeting's "x of y": read the counts again (a few local reads).
            self._last_files_done = progress.files_done
            self.refresh_home()

    def _sync_done(self, cancel: threading.Event) -> None:
        if self._sync_cancel is cancel:
            self._sync_cancel = None

    def _set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.offline_changed.emit(offline)

    def _start(
        self,
        work: Callable[[], Any],
        succeeded: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._busy += 1
        if self._busy == 1:
            self.busy_changed.emit(True)
        self._runner.start(work, on_success=succeeded, on_failure=failed)

    def _end_busy(self) -> None:
        self._busy = max(0, self._busy - 1)
        if self._busy == 0:
            self.busy_changed.emit(False)

    def _replace_engine(self, engine: Engine) -> None:
        self._locked = False
        if self.engine is not None and self.engine is not engine:
            self._close_later(self.engine)
        self.engine = engine

    def _close_later(self, engine: Engine) -> None:
        """Close an engine once its sync (if any) has stopped, off the GUI thread."""
        idle = self._sync_idle

        def work() -> None:
            idle.wait(30)
            engine.close()

        def done(_outcome: object) -> None:
            pass

        self._runner.start(work, on_success=done, on_failure=done)

    def _forget_session(self, *, close_engine: bool = True) -> None:
        self._generation += 1
        self._locked = False
        self._auto_timer.stop()
        self._push_timer.stop()
        self._offline_retries = 0
        if self._sync_cancel is not None:
            self._sync_cancel.set()
            self._sync_cancel = None
        if close_engine and self.engine is not None:
            self._close_later(self.engine)
        self.engine = None
        self.login = None
        self.close_meeting()
        self._set_offline(False)


__all__ = [
    "EngineFactory",
    "SessionController",
    "StartOutcome",
    "passphrase_secrets_factory",
    "remember_server",
    "remembered_server",
]
