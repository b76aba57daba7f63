"""The app's one window: the sign-in page and, once signed in (or started offline), Home and the Meeting page.

The window owns the app's one `RenderService`, made with the window; its worker process is spawned as soon as
Home shows (not during sign-in, which it would slow down on a two-core tablet), so it is warm by the time a
document is opened. It is shut down when the window closes.

It wires pages to the session controller and nothing else: pages never see the controller, the controller
never sees a widget.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ecabinet.client.api import LoginResult
from ecabinet.client.pin import PinLockedOut, WrongPin
from ecabinet.ui.idle import IDLE_TIMEOUT_MS, IdleWatcher
from ecabinet.ui.lock_page import LockPage, PinDialog
from ecabinet.ui.meeting_page import MeetingPage
from ecabinet.ui.meetings_page import MeetingsPage
from ecabinet.ui.session import SessionController, remembered_server
from ecabinet.ui.sign_in_page import SignInPage
from ecabinet.ui.translations import Translations
from ecabinet.ui.viewer import RenderService


class MainWindow(QMainWindow):
    """Sign-in first (or Home straight from the offline store); back to sign-in on sign-out or a lost session.

    Call `start()` once the window is shown: it opens Home from this profile's offline store when there is
    one for the server.
    """

    def __init__(
        self,
        controller: SessionController,
        *,
        translations: Translations | None = None,
        server_url: str | None = None,
        demo_accounts: Sequence[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.translations = translations
        language = translations.language if translations is not None else "en"
        self.server_url = server_url
        self.sign_in_page = SignInPage(
            server_url=server_url or remembered_server(controller.profile),
            demo_accounts=demo_accounts,
            language=language,
            passphrase_required=controller.needs_passphrase,
        )
        self.meetings_page = MeetingsPage()
        self.render_service = RenderService(self, start=False)
        self.meeting_page = MeetingPage(self.render_service)
        self.lock_page = LockPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.sign_in_page)
        self.stack.addWidget(self.meetings_page)
        self.stack.addWidget(self.meeting_page)
        self.stack.addWidget(self.lock_page)
        #: Locks the session after `IDLE_TIMEOUT_MS` without input (when a PIN is set); watching while signed in.
        self.idle_watcher = IdleWatcher(IDLE_TIMEOUT_MS, self)
        self.idle_watcher.idle.connect(self.lock)
        # Where the person was when the session locked: (meeting id, document id), or None for Home.
        self._locked_at: tuple[str, str | None] | None = None
        self.setCentralWidget(self.stack)
        self.resize(1180, 780)
        self.setMinimumSize(720, 560)

        self.sign_in_page.sign_in_requested.connect(controller.sign_in)
        self.sign_in_page.language_chosen.connect(self._on_language_chosen)
        home = self.meetings_page
        home.sign_out_requested.connect(controller.sign_out)
        home.sync_requested.connect(controller.sync)
        home.dismiss_refusal_requested.connect(controller.dismiss_refusal)
        home.pin_requested.connect(self.ask_for_pin)
        self.lock_page.unlock_requested.connect(self.unlock)
        self.lock_page.password_requested.connect(self._on_password_instead)
        controller.busy_changed.connect(self._on_busy_changed)
        controller.signed_in.connect(self._on_signed_in)
        controller.resumed.connect(self._on_resumed)
        controller.sign_in_needed.connect(self._on_sign_in_needed)
        controller.sign_in_failed.connect(self.sign_in_page.show_error)
        controller.home_changed.connect(home.set_home)
        controller.sync_started.connect(home.sync_started)
        controller.sync_progress.connect(home.show_progress)
        controller.sync_finished.connect(home.sync_finished)
        controller.sync_failed.connect(home.sync_failed)
        controller.offline_changed.connect(home.set_offline)
        home.meeting_opened.connect(self.open_meeting)
        meeting = self.meeting_page
        meeting.back_requested.connect(self.show_home)
        meeting.document_requested.connect(controller.load_document)
        meeting.search_requested.connect(controller.search)
        meeting.reading_moved.connect(controller.remember_reading)
        controller.meeting_changed.connect(meeting.set_meeting)
        controller.document_loaded.connect(meeting.show_document)
        controller.document_unavailable.connect(meeting.show_unavailable)
        controller.document_failed.connect(meeting.show_failed)
        controller.search_finished.connect(meeting.show_search_results)
        controller.search_failed.connect(meeting.show_search_failed)
        controller.offline_changed.connect(meeting.set_offline)
        controller.session_ended.connect(self._on_session_ended)
        controller.signed_out.connect(self._on_signed_out)
        self.retranslate()

    def start(self) -> None:
        """Open Home from the offline store if this profile has one for the server (else stay at sign-in)."""
        self.controller.start(self.server_url)

    def retranslate(self) -> None:
        """Set the window title in the current language."""
        self.setWindowTitle(self.tr("eCabinet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_meeting(self, meeting_id: str) -> None:
        """Show the Meeting page for `meeting_id` (its agenda and documents come from the store)."""
        self.render_service.start()
        self.meeting_page.set_offline(self.controller.offline)
        self.meeting_page.reader_name = self.controller.display_name
        self.controller.open_meeting(meeting_id)
        if self.meeting_page.state is not None and self.meeting_page.state.id == meeting_id:
            self.stack.setCurrentWidget(self.meeting_page)

    def show_home(self) -> None:
        """Back from a meeting to Home."""
        self.meeting_page.clear()
        self.controller.close_meeting()
        self.stack.setCurrentWidget(self.meetings_page)
        self.controller.refresh_home()

    # -- the app PIN and the idle lock -----------------------------------------------------------------

    def ask_for_pin(self) -> PinDialog:
        """Open the "Set a PIN" / "Change PIN" dialog (non-blocking; returned for tests)."""
        dialog = PinDialog(self.controller.set_pin, change=self.controller.has_pin, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.meetings_page.set_has_pin(self.controller.has_pin))
        dialog.open()
        return dialog

    def lock(self) -> None:
        """Lock now (the idle timer calls this): the data key is forgotten, the open document closed in the
        render process, and the lock page shown. Nothing happens without a PIN or outside Home and a meeting."""
        current = self.stack.currentWidget()
        if current not in (self.meetings_page, self.meeting_page) or not self.controller.lock():
            return
        self.idle_watcher.stop()
        if current is self.meeting_page and self.meeting_page.state is not None:
            self._locked_at = (self.meeting_page.state.id, self.meeting_page.document_id)
        else:
            self._locked_at = None
        self.meeting_page.clear()
        self.controller.close_meeting()
        self.lock_page.reset(self.controller.display_name)
        self.stack.setCurrentWidget(self.lock_page)

    def unlock(self, pin: str) -> None:
        """Try the PIN: back where the person was, or a countdown, or (too many) the sign-in page."""
        try:
            self.controller.unlock(pin)
        except WrongPin as exc:
            self.lock_page.show_wrong_pin(exc.tries_left)
            return
        except PinLockedOut as exc:
            self._end_locked_session(exc)
            return
        except Exception as exc:  # the offline grant expired meanwhile, a key that does not fit, ...
            self.controller.end_locked_session()
            self._end_locked_session(exc)
            return
        self.lock_page.reset("")
        where, self._locked_at = self._locked_at, None
        self.stack.setCurrentWidget(self.meetings_page)
        self.idle_watcher.start()
        if where is not None:
            meeting_id, document_id = where
            self.open_meeting(meeting_id)
            if document_id is not None and self.stack.currentWidget() is self.meeting_page:
                self.meeting_page.open_document(document_id)

    def _on_password_instead(self) -> None:
        self.controller.end_locked_session()
        self._end_locked_session(None)

    def _end_locked_session(self, error: BaseException | None) -> None:
        self._locked_at = None
        self.lock_page.reset("")
        self._show_sign_in()
        self.sign_in_page.prefill_username(self.controller.last_username)
        if error is not None:
            self.sign_in_page.show_error(error)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_watcher.stop()
        self.meeting_page.clear()
        self.render_service.shutdown()
        super().closeEvent(event)

    def _on_language_chosen(self, language: str) -> None:
        if self.translations is not None and language != self.translations.language:
            self.translations.set_language(language)

    def _on_busy_changed(self, busy: bool) -> None:
        if self.stack.currentWidget() is self.sign_in_page or not busy:
            self.sign_in_page.set_busy(busy)

    def _on_signed_in(self, result: LoginResult) -> None:
        self._show_home()

    def _on_resumed(self) -> None:
        self._show_home()
        self.meetings_page.set_offline(self.controller.offline)

    def _show_home(self) -> None:
        self.render_service.start()
        self.sign_in_page.reset_after_sign_out()
        self.meetings_page.clear()
        self.meeting_page.clear()
        self.meetings_page.set_user(self.controller.display_name)
        self.meetings_page.set_has_pin(self.controller.has_pin)
        self.lock_page.reset("")
        self._locked_at = None
        self.stack.setCurrentWidget(self.meetings_page)
        self.idle_watcher.start()

    def _on_sign_in_needed(self, username: str, reason: object) -> None:
        self.sign_in_page.prefill_username(username)
        if isinstance(reason, BaseException):
            self.sign_in_page.show_error(reason)

    def _on_session_ended(self, error: BaseException) -> None:
        self._show_sign_in()
        self.sign_in_page.prefill_username(self.controller.last_username)
        self.sign_in_page.show_error(error)

    def _on_signed_out(self) -> None:
        self._show_sign_in()

    def _show_sign_in(self) -> None:
        self.idle_watcher.stop()
        self.meetings_page.clear()
        self.meeting_page.clear()
        self.sign_in_page.reset_after_sign_out()
        self.stack.setCurrentWidget(self.sign_in_page)
