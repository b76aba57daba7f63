"""The app's one window: the sign-in page and, once signed in (or started offline), Home and the Meeting page.

The window owns the app's one `RenderService`, made with the window; its worker process is spawned as soon as
Home shows (not during sign-in, which it would slow down on a two-core tablet), so it is warm by the time a
document is opened. It is shut down when the window closes.

It wires pages to the session controller and nothing else: pages never see the controller, the controller
never sees a widget.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ecabinet.client.annotations import ImportResult
from ecabinet.client.api import LoginResult
from ecabinet.client.credentials import SigningCredentials
from ecabinet.client.device import profile_dir
from ecabinet.client.notes_transfer import NotesFileError, NotesPassphraseError
from ecabinet.client.pin import PinLockedOut, WrongPin
from ecabinet.client.preferences import Preferences, preferences_path
from ecabinet.client.provisioning import (
    ClientVersionInfo,
    KnownServers,
    Provisioning,
    ProvisioningError,
    ServerIdentity,
    client_version_info,
)
from ecabinet.client.secretariat import SecretariatClient
from ecabinet.ui.between.screens import BetweenScreens
from ecabinet.ui.first_run import ServerSetupPage, UpdateNotice, needs_server_setup
from ecabinet.ui.idle import IdleWatcher
from ecabinet.ui.live.controller import LiveController
from ecabinet.ui.lock_page import LockPage, PinDialog
from ecabinet.ui.meeting_page import MeetingPage
from ecabinet.ui.meetings_page import MeetingsPage
from ecabinet.ui.minutes.controller import MinutesController
from ecabinet.ui.minutes.page import MinutesPage
from ecabinet.ui.notes_transfer_dialog import NotesPassphraseDialog
from ecabinet.ui.operations import BackgroundRunner
from ecabinet.ui.prepare.controller import PrepareController
from ecabinet.ui.prepare.page import PreparePage
from ecabinet.ui.session import SessionController, remembered_server
from ecabinet.ui.settings_dialog import SettingsDialog
from ecabinet.ui.sign_in_page import SignInPage
from ecabinet.ui.signatures_panel import SignatureChecker
from ecabinet.ui.signing import CredentialsDialog, SigningRunner, describe_certificate
from ecabinet.ui.style import apply_theme
from ecabinet.ui.translations import Translations
from ecabinet.ui.viewer import RenderService

log = logging.getLogger(__name__)


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
        preferences: Preferences | None = None,
        provisioning: Provisioning | None = None,
        provisioning_error: ProvisioningError | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.provisioning = provisioning
        #: The servers this profile has confirmed (name and certificate fingerprint), see `ecabinet.ui.first_run`.
        self.known_servers = KnownServers(profile_dir(controller.profile))
        server_url = server_url or (provisioning.server_url if provisioning is not None else None)
        self.translations = translations
        #: This profile's choices (language, theme, text size, automatic lock), saved beside its device id.
        self.preferences_file = preferences_path(profile_dir(controller.profile))
        self.preferences = preferences if preferences is not None else Preferences.load(self.preferences_file)
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
        self.prepare_controller = PrepareController(self._secretariat_client, self)
        self.live = LiveController(lambda: controller.engine.api if controller.engine is not None else None, self)
        # Events say something changed: sync soon (a burst of events makes one sync).
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(800)
        self._hint_timer.timeout.connect(self._sync_after_hint)
        self.live.changes_hinted.connect(self._hint_timer.start)
        self.prepare_page = PreparePage(self.prepare_controller)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.sign_in_page)
        self.stack.addWidget(self.meetings_page)
        self.stack.addWidget(self.meeting_page)
        self.stack.addWidget(self.lock_page)
        self.stack.addWidget(self.prepare_page)
        # Minutes and signatures: one checker for the reader and the Minutes page (trust roots passed explicitly).
        self.signature_checker = SignatureChecker(lambda: controller.engine, self)
        if provisioning is not None and provisioning.signature_roots:
            self.signature_checker.pinned_roots = provisioning.signature_roots
        self.meeting_page.attach_signatures(self.signature_checker)
        #: Every signature the app makes (ballots, minutes, answers) asks and works through this one runner.
        self.signing_runner = SigningRunner(self.signing_credentials, self)
        self.signing_runner.prepare_dialog = self._offer_demo_certificate
        #: `ecabinet demo` only: the demo's certificates, offered when a demo user sets up signing.
        self.demo_pki: dict[str, Any] | None = None
        self.minutes_controller = MinutesController(lambda: controller.engine, self)
        self.minutes_page = MinutesPage(self.minutes_controller, self.signature_checker, runner=self.signing_runner)
        self.stack.addWidget(self.minutes_page)
        self.meeting_page.minutes_requested.connect(self.show_minutes)
        self.minutes_page.back_requested.connect(self._back_from_minutes)
        self.minutes_page.read_requested.connect(self._read_minutes)
        self.minutes_controller.minutes_changed.connect(self._hint_timer.start)  # a new version to sync
        self._locked_in_minutes = False
        #: First run: which server (None when the address is known and the provisioning file, if any, is sound).
        self.server_setup_page: ServerSetupPage | None = None
        if provisioning_error is not None or needs_server_setup(
            provisioning, server_url, remembered_server(controller.profile)
        ):
            self.server_setup_page = ServerSetupPage(
                self.known_servers, provisioning=provisioning, provisioning_error=provisioning_error
            )
            self.stack.addWidget(self.server_setup_page)
            self.server_setup_page.server_confirmed.connect(self._on_server_confirmed)
        #: "A newer app is available" above every page, from the server's announcement.
        self.update_notice = UpdateNotice()
        if self.server_setup_page is not None:
            self.server_setup_page.update_announced.connect(self.update_notice.show_info)
        self._version_runner = BackgroundRunner(self, max_threads=1)
        #: Locks the session after the chosen minutes without input (when a PIN is set); watching while signed in.
        self.idle_watcher = IdleWatcher(self.preferences.idle_lock_ms, self)
        self.idle_watcher.idle.connect(self.lock)
        # Where the person was when the session locked: (meeting id, document id), or None for Home.
        self._locked_at: tuple[str, str | None] | None = None
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.update_notice)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.resize(1180, 780)
        self.setMinimumSize(720, 560)

        self.sign_in_page.sign_in_requested.connect(controller.sign_in)
        self.sign_in_page.language_chosen.connect(self._on_language_chosen)
        home = self.meetings_page
        home.sign_out_requested.connect(controller.sign_out)
        home.sync_requested.connect(controller.sync)
        home.dismiss_refusal_requested.connect(controller.dismiss_refusal)
        home.pin_requested.connect(self.ask_for_pin)
        home.settings_requested.connect(self.open_settings)
        home.prepare_requested.connect(self.show_prepare)
        self.prepare_page.back_requested.connect(self._back_from_prepare)
        settings_shortcut = QShortcut(QKeySequence("Ctrl+,"), self)
        settings_shortcut.activated.connect(self.open_settings)
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
        meeting.marks.access = controller
        meeting.attach_live(self.live)
        if meeting.live_panel is not None:
            meeting.live_panel.signing = self.signing_runner
        meeting.position_stated.connect(controller.state_position)
        meeting.marks.failed.connect(meeting.show_mark_failed)
        meeting.notes_requested.connect(controller.list_notes)
        meeting.mark_discard_requested.connect(controller.discard_mark)
        meeting.export_requested.connect(self.export_document)
        controller.notes_listed.connect(self._on_notes_listed)
        controller.export_finished.connect(meeting.show_exported)
        controller.export_failed.connect(meeting.show_export_failed)
        meeting.changes_requested.connect(controller.compare_versions)
        meeting.notes_export_requested.connect(self.export_notes)
        meeting.notes_import_requested.connect(self.import_notes)
        controller.notes_exported.connect(self._on_notes_exported)
        controller.notes_imported.connect(self._on_notes_imported)
        controller.notes_transfer_failed.connect(self._on_notes_transfer_failed)
        controller.changes_ready.connect(meeting.show_changes)
        controller.changes_failed.connect(meeting.show_changes_failed)
        controller.session_ended.connect(self._on_session_ended)
        controller.signed_out.connect(self._on_signed_out)
        #: Consultations, notifications and tasks (issue 16): pages in the stack, reached from Home's tiles.
        self.between = BetweenScreens(self)
        self._watch_network()
        self.retranslate()

    def _watch_network(self) -> None:
        """Sync as soon as the system reports the network back (the offline retry timer is the fallback)."""
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is None:
            return

        def changed(reachability: QNetworkInformation.Reachability) -> None:
            if reachability in (QNetworkInformation.Reachability.Online, QNetworkInformation.Reachability.Site):
                self.controller.network_returned()

        info.reachabilityChanged.connect(changed)

    def start(self) -> None:
        """Open Home from the offline store if this profile has one for the server (else stay at sign-in);
        on a first run, ask which server first."""
        if self.server_setup_page is not None:
            self.stack.setCurrentWidget(self.server_setup_page)
            return
        self.controller.start(self.server_url)

    def _on_server_confirmed(self, identity: ServerIdentity) -> None:
        """The person accepted the server: sign in there (the address is remembered at the first sign-in)."""
        self.server_url = identity.url
        self.sign_in_page.server_edit.setText(identity.url)
        self.stack.setCurrentWidget(self.sign_in_page)
        self.controller.start(identity.url)

    def _check_for_update(self) -> None:
        """Ask the server, once per sign-in and in the background, whether it expects a newer app."""
        engine = self.controller.engine
        if engine is None:
            return
        api = engine.api
        self._version_runner.start(
            lambda: client_version_info(api), on_success=self._on_version_info, on_failure=lambda _e: None
        )

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
        engine = self.controller.engine
        self.live.my_user_id = str((engine.user or {}).get("id") or "") if engine is not None else None
        if not self.controller.offline:
            self.live.follow(meeting_id)  # the session's state and events (online only; ballots never queue)
        if self.meeting_page.state is not None and self.meeting_page.state.id == meeting_id:
            self.stack.setCurrentWidget(self.meeting_page)

    def show_home(self) -> None:
        """Back from a meeting to Home."""
        self.live.follow(None)
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
        lockable = (self.meetings_page, self.meeting_page, self.minutes_page, *self.between.pages)
        if current not in lockable or not self.controller.lock():
            return
        self.idle_watcher.stop()
        self._locked_in_minutes = current is self.minutes_page  # its typed text stays; back there after unlock
        if current in (self.meeting_page, self.minutes_page) and self.meeting_page.state is not None:
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
            if self._locked_in_minutes and self.stack.currentWidget() is self.meeting_page:
                self.stack.setCurrentWidget(self.minutes_page)  # as it was: what was typed is still there
        self._locked_in_minutes = False

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
        self.live.stop()
        self.idle_watcher.stop()
        self.meeting_page.clear()
        self.render_service.shutdown()
        super().closeEvent(event)

    def _on_language_chosen(self, language: str) -> None:
        if self.translations is not None and language != self.translations.language:
            self.translations.set_language(language)
        self._save_preferences(self.preferences.with_changes(language=language))

    def _sync_after_hint(self) -> None:
        if not self.controller.offline and not self.controller.is_syncing and self.controller.engine is not None:
            self.controller.sync()

    # -- the secretariat workspace -----------------------------------------------------------------------

    def _secretariat_client(self) -> SecretariatClient | None:
        engine = self.controller.engine
        return SecretariatClient(engine.api) if engine is not None else None

    @property
    def is_secretariat(self) -> bool:
        engine = self.controller.engine
        roles = (engine.user or {}).get("roles", []) if engine is not None else []
        return "secretariat" in roles

    def _back_from_prepare(self) -> None:
        self.show_home()
        self.controller.sync()  # what was prepared and published shows on Home too

    # -- minutes ----------------------------------------------------------------------------------------------

    def show_minutes(self, meeting_id: str) -> None:
        """The Minutes page of the open meeting (online: the draft, approvals and signing live on the server)."""
        title = self.meeting_page.state.title if self.meeting_page.state is not None else ""
        self.minutes_page.open(meeting_id, title)
        self.stack.setCurrentWidget(self.minutes_page)

    def _back_from_minutes(self) -> None:
        self.stack.setCurrentWidget(self.meeting_page)
        self.controller.refresh_meeting()  # a new signed version may have arrived meanwhile

    def _read_minutes(self, meeting_id: str, document_id: str) -> None:
        """The minutes PDF in the reader (synced like any paper; its signatures are checked there too)."""
        self.stack.setCurrentWidget(self.meeting_page)
        if self.meeting_page.state is None or self.meeting_page.state.id != meeting_id:
            self.open_meeting(meeting_id)
        self.meeting_page.open_document(document_id)

    def _clear_minutes(self) -> None:
        self.minutes_page.clear()
        self.minutes_controller.close()
        self.signature_checker.forget()
        self._locked_in_minutes = False

    def show_prepare(self) -> None:
        """The workspace where the secretariat prepares meetings (online: every change goes to the server)."""
        if not self.is_secretariat:
            return
        self.stack.setCurrentWidget(self.prepare_page)
        self.prepare_page.start()

    # -- marks ------------------------------------------------------------------------------------------

    def export_document(self, document_id: str, sha: str, title: str) -> QFileDialog:
        """Ask where to save an annotated copy (non-blocking; returned for tests), then write it."""
        name = "".join(c if c.isalnum() or c in " -_." else "_" for c in title).strip() or "document"
        start = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or ".")
        dialog = QFileDialog(self, self.tr("Save a copy with my marks"), str(start / f"{name}.pdf"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.controller.export_annotated(document_id, sha, path))
        dialog.open()
        return dialog

    def export_notes(self, meeting_id: str) -> QFileDialog:
        """Where to write the notes file, then its passphrase (twice), then write it in the background."""
        start = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or ".")
        dialog = QFileDialog(self, self.tr("Save my notes for another device"), str(start / "my-notes.ecnotes"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("eCabinet notes (*.ecnotes)"))
        dialog.setDefaultSuffix("ecnotes")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self._ask_notes_passphrase(path, export_from=meeting_id))
        dialog.open()
        return dialog

    def import_notes(self) -> QFileDialog:
        start = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or ".")
        dialog = QFileDialog(self, self.tr("Bring notes from another device"), str(start))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("eCabinet notes (*.ecnotes)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self._ask_notes_passphrase(path, export_from=None))
        dialog.open()
        return dialog

    def _ask_notes_passphrase(self, path: str, *, export_from: str | None) -> NotesPassphraseDialog:
        dialog = NotesPassphraseDialog(confirm=export_from is not None, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if export_from is not None:
            dialog.passphrase_given.connect(lambda phrase: self.controller.export_notes(export_from, path, phrase))
        else:
            dialog.passphrase_given.connect(lambda phrase: self.controller.import_notes(path, phrase))
        self.notes_dialog = dialog
        dialog.open()
        return dialog

    def _on_notes_exported(self, count: int, path: str) -> None:
        self.meeting_page.show_notice(lambda: self.tr("%n private note(s) saved in %1", "", count).replace("%1", path))

    def _on_notes_imported(self, result: ImportResult) -> None:
        count = result.imported + result.updated
        self.meeting_page.show_notice(lambda: self.tr("%n note(s) brought to this device", "", count))

    def _on_notes_transfer_failed(self, error: BaseException) -> None:
        if isinstance(error, NotesPassphraseError):
            self.meeting_page.show_problem(lambda: self.tr("The passphrase does not open this notes file."))
        elif isinstance(error, NotesFileError):
            self.meeting_page.show_problem(lambda: self.tr("This is not an eCabinet notes file, or it is damaged."))
        else:
            detail = str(error)
            self.meeting_page.show_problem(lambda: self.tr("The notes could not be moved: %1").replace("%1", detail))

    def _on_notes_listed(self, meeting_id: str, entries: object) -> None:
        page = self.meeting_page
        if page.state is not None and page.state.id == meeting_id and isinstance(entries, list):
            page.show_notes(entries)

    # -- settings ---------------------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """Open the Settings dialog (non-blocking; returned for tests); Save applies and remembers the choice."""
        current = self.translations.language if self.translations is not None else None
        credentials = self.signing_credentials()
        certificate: str | None = None
        if credentials is not None:
            info = credentials.info()
            certificate = describe_certificate(info) if info is not None else ""
        dialog = SettingsDialog(self.preferences, current_language=current, certificate=certificate, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.preferences_changed.connect(self.apply_preferences)
        dialog.certificate_requested.connect(dialog.reject)
        dialog.certificate_requested.connect(self.open_certificate)
        dialog.open()
        return dialog

    def signing_credentials(self) -> SigningCredentials | None:
        """The signed-in user's signing certificate on this device (None when nobody is signed in)."""
        engine = self.controller.engine
        if engine is None or engine.user is None or engine.vault is None:
            return None
        return engine.credentials

    def open_certificate(self) -> CredentialsDialog | None:
        """Set up or change the signing certificate (a .p12 file or a USB token)."""
        credentials = self.signing_credentials()
        if credentials is None:
            return None
        dialog = CredentialsDialog(credentials, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._offer_demo_certificate(dialog)
        dialog.open()
        return dialog

    def _offer_demo_certificate(self, dialog: CredentialsDialog) -> None:
        """In the demo, fill in the signed-in demo user's certificate (the chair's on a SoftHSM2 token)."""
        engine = self.controller.engine
        demo = self.demo_pki
        if demo is None or engine is None or engine.user is None or dialog.credentials.info() is not None:
            return
        username = str(engine.user.get("username") or "")
        token = demo.get("token")
        if isinstance(token, dict) and token.get("username") == username:
            # SoftHSM reads its configuration from the environment; only the demo's token lives there.
            os.environ["SOFTHSM2_CONF"] = str(token["config"])
            hint = self.tr("Demo: your key is on a SoftHSM2 token, as a USB token would hold it. Its PIN is %1.")
            chain = [Path(str(path)).read_bytes() for path in token.get("ca_chain") or [] if Path(str(path)).is_file()]
            pin_hint = hint.replace("%1", str(token["pin"]))
            dialog.offer_token(
                str(token["module"]), str(token["token_label"]), str(token["key_label"]), pin_hint, ca_chain=chain
            )
            return
        p12 = Path(str(demo.get("directory", ""))) / f"{username}.p12"
        if p12.is_file():
            hint = self.tr("Demo: this is your demo certificate file. Its passphrase is “%1”.")
            dialog.offer_file(p12, hint.replace("%1", str(demo.get("passphrase", ""))))

    def apply_preferences(self, preferences: Preferences) -> None:
        """Use `preferences` now (theme, text size, language, lock delay) and keep them for the next start."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, preferences.theme, preferences.text_scale)
        if (
            self.translations is not None
            and preferences.language
            and preferences.language != self.translations.language
        ):
            self.translations.set_language(preferences.language)
            self.sign_in_page.show_language(preferences.language)
        self.idle_watcher.timeout_ms = preferences.idle_lock_ms
        self._save_preferences(preferences)

    def _save_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences
        try:
            preferences.save(self.preferences_file)
        except OSError as exc:  # a read-only profile folder: the choice holds for this session
            log.warning("preferences not saved to %s: %s", self.preferences_file, exc)

    def _on_busy_changed(self, busy: bool) -> None:
        if self.stack.currentWidget() is self.sign_in_page or not busy:
            self.sign_in_page.set_busy(busy)

    def _on_version_info(self, info: ClientVersionInfo) -> None:
        self.update_notice.show_info(info)

    def _on_signed_in(self, result: LoginResult) -> None:
        self._show_home()
        self._check_for_update()

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
        self.meetings_page.prepare_button.setVisible(self.is_secretariat)
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
        self._clear_minutes()
        self.live.stop()
        self.idle_watcher.stop()
        self.meetings_page.clear()
        self.meeting_page.clear()
        self.sign_in_page.reset_after_sign_out()
        self.stack.setCurrentWidget(self.sign_in_page)
