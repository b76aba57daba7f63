"""First run: which server this device talks to, shown plainly enough that a person can check it; and updates.

`ServerSetupPage` is what a fresh install shows before sign-in when neither a provisioning file nor an earlier
sign-in names the server: the person types the address, the app contacts the server once (certificate first,
nothing is sent before it is checked) and shows the server's name and certificate fingerprint to compare with
the IT office's letter; "Use this server" remembers both. With a provisioning file the address is not asked
for, but the same check runs and a certificate that does not match the provisioned pin is refused.

`UpdateNotice` is a calm banner: the server expects a newer app, here is where to get it. The app never
patches itself; the IT office's download page does that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ecabinet import __version__
from ecabinet.client.errors import ApiError, InsecureServerError, InvalidServerAddress, OfflineError
from ecabinet.client.provisioning import (
    CertificatePinMismatch,
    ClientVersionInfo,
    KnownServers,
    Provisioning,
    ProvisioningError,
    ServerIdentity,
    UntrustedCertificate,
    check_server,
    format_fingerprint,
    update_available,
)
from ecabinet.ui.messages import error_message
from ecabinet.ui.operations import BackgroundRunner
from ecabinet.ui.sign_in_page import FORM_WIDTH, AppHeader, make_card
from ecabinet.ui.style import TOUCH_TARGET_PX


def needs_server_setup(provisioning: Provisioning | None, server_url: str | None, remembered: str | None) -> bool:
    """Whether the app must ask for the server: nothing given on the command line, provisioned or remembered."""
    return not (server_url or remembered or (provisioning is not None and provisioning.server_url))


class ServerSetupPage(QWidget):
    """Ask for the server address (unless provisioned), check the server, show who it is, confirm.

    `server_confirmed(ServerIdentity)` fires once the person accepted the server (it is then remembered in
    `known`); the caller moves on to the sign-in screen with that address. `update_announced(ClientVersionInfo)`
    fires when the server expects a newer app.
    """

    server_confirmed = Signal(object)
    update_announced = Signal(object)

    def __init__(
        self,
        known: KnownServers,
        *,
        provisioning: Provisioning | None = None,
        provisioning_error: ProvisioningError | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.known = known
        self.provisioning = provisioning
        self.provisioning_error = provisioning_error
        self.identity: ServerIdentity | None = None
        self._error: BaseException | None = None
        self._busy = False
        self._runner = BackgroundRunner(self, max_threads=1)

        card, layout = make_card()
        card.setMaximumWidth(FORM_WIDTH + 80)
        self.header = AppHeader()
        self.title_label = QLabel()
        self.title_label.setObjectName("formTitle")
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.provisioning_label = QLabel()
        self.provisioning_label.setObjectName("errorLabel")
        self.provisioning_label.setWordWrap(True)
        self.provisioning_label.setVisible(provisioning_error is not None)
        self.address_label = QLabel()
        self.address_edit = QLineEdit()
        self.address_edit.setMinimumHeight(TOUCH_TARGET_PX)
        self.address_label.setBuddy(self.address_edit)
        self.check_button = QPushButton()
        self.check_button.setObjectName("primaryButton")
        self.check_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        # What the server showed, for the person to compare before going on.
        self.identity_box = QFrame()
        self.identity_box.setObjectName("identityBox")
        box = QVBoxLayout(self.identity_box)
        box.setContentsMargins(0, 8, 0, 0)
        self.name_caption = QLabel()
        self.name_value = QLabel()
        self.name_value.setObjectName("serverName")
        self.fingerprint_caption = QLabel()
        self.fingerprint_value = QLabel()
        self.fingerprint_value.setObjectName("fingerprint")
        self.fingerprint_value.setWordWrap(True)
        self.fingerprint_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity_note = QLabel()
        self.identity_note.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("primaryButton")
        self.confirm_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.back_button = QPushButton()
        self.back_button.setMinimumHeight(TOUCH_TARGET_PX)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        for widget in (self.name_caption, self.name_value, self.fingerprint_caption, self.fingerprint_value):
            box.addWidget(widget)
        box.addWidget(self.identity_note)
        box.addLayout(buttons)
        self.identity_box.hide()

        layout.addWidget(self.header)
        for label in (self.title_label, self.intro_label, self.provisioning_label):
            layout.addWidget(label)
        layout.addWidget(self.address_label)
        layout.addWidget(self.address_edit)
        layout.addWidget(self.check_button)
        layout.addWidget(self.error_label)
        layout.addWidget(self.identity_box)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.check_button.clicked.connect(self.check)
        self.address_edit.returnPressed.connect(self.check)
        self.confirm_button.clicked.connect(self.confirm)
        self.back_button.clicked.connect(self._back)

        provisioned_url = provisioning.server_url if provisioning is not None else None
        if provisioned_url:
            # The IT office chose the server: nothing to type, nothing to change.
            self.address_edit.setText(provisioned_url)
            self.address_edit.setReadOnly(True)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Connect to your server"))
        if self.provisioning is not None and self.provisioning.server_url:
            self.intro_label.setText(self.tr("Your IT office has set up this device for the server below."))
        else:
            self.intro_label.setText(
                self.tr("Type the server address your IT office gave you. You only need to do this once.")
            )
        if self.provisioning_error is not None:
            text = self.tr(
                "The settings file from your IT office could not be used: %1. "
                "Type the server address, or ask the IT office."
            )
            self.provisioning_label.setText(text.replace("%1", self.provisioning_error.reason))
        self.address_label.setText(self.tr("Server address"))
        self.address_edit.setPlaceholderText(self.tr("for example https://ecabinet.example.gov"))
        self.check_button.setText(self.tr("Checking…") if self._busy else self.tr("Continue"))
        self.name_caption.setText(self.tr("Server"))
        self.fingerprint_caption.setText(self.tr("Certificate fingerprint (SHA-256)"))
        self.confirm_button.setText(self.tr("Use this server"))
        self.back_button.setText(self.tr("Back"))
        self._show_identity_texts()
        if self._error is not None:
            self.error_label.setText(self.describe_error(self._error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def describe_error(self, error: BaseException) -> str:
        """What went wrong, in words that say what to do."""
        if isinstance(error, CertificatePinMismatch):
            return self.tr(
                "This server's certificate is not the one your IT office set up (%1). The app did not connect. "
                "Do not sign in; call your IT office."
            ).replace("%1", error.actual)
        if isinstance(error, UntrustedCertificate):
            return self.tr(
                "The server's certificate could not be verified, so the app did not connect. Call your IT office."
            )
        if isinstance(error, InvalidServerAddress):
            return self.tr("This is not a server address. It looks like https://ecabinet.example.gov")
        if isinstance(error, InsecureServerError):
            return self.tr("The address must start with https:// (a secure connection).")
        if isinstance(error, OfflineError):
            return self.tr("The server did not answer. Check the address and the network, then try again.")
        if isinstance(error, ApiError):
            return error_message(error)
        return self.tr("The server could not be checked: %1").replace("%1", str(error))

    def _show_identity_texts(self) -> None:
        identity = self.identity
        if identity is None:
            return
        self.name_value.setText(f"{identity.name}\n{identity.url}")
        if identity.fingerprint is None:
            self.fingerprint_value.setText(self.tr("None: this server is on this computer (no certificate)."))
        else:
            self.fingerprint_value.setText(format_fingerprint(identity.fingerprint))
        if identity.provisioned and self.provisioning is not None and self.provisioning.pin_sha256:
            note = self.tr("The certificate matches the one your IT office set up.")
        elif self.known.changed(identity):
            note = self.tr(
                "Warning: this server showed a different certificate the last time. Compare the fingerprint with "
                "the one from your IT office before you go on."
            )
        else:
            note = self.tr("Compare the fingerprint with the one your IT office gave you before you go on.")
        self.identity_note.setText(note)

    # -- actions ----------------------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy

    def check(self) -> None:
        """Contact the server in the background; the outcome shows on this page."""
        if self._busy:
            return
        address = self.address_edit.text().strip()
        self.error_label.hide()
        self._error = None
        self.identity = None
        self.identity_box.hide()
        if not address:
            self._show_error(InvalidServerAddress(address))
            return
        provisioning = self.provisioning
        self._set_busy(True)
        self._runner.start(
            lambda: check_server(address, provisioning=provisioning),
            on_success=self._checked,
            on_failure=self._failed,
        )

    def _checked(self, identity: ServerIdentity) -> None:
        self._set_busy(False)
        self.identity = identity
        self._show_identity_texts()
        self.identity_box.show()
        self.confirm_button.setFocus()
        if update_available(__version__, identity.client.newest_version):
            self.update_announced.emit(identity.client)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        self._error = error
        self.error_label.setText(self.describe_error(error))
        self.error_label.show()

    def confirm(self) -> None:
        """Remember the server just checked and hand it on."""
        if self.identity is None:
            return
        self.known.remember(self.identity)
        self.server_confirmed.emit(self.identity)

    def _back(self) -> None:
        self.identity = None
        self.identity_box.hide()
        if not self.address_edit.isReadOnly():
            self.address_edit.setFocus()
            self.address_edit.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.check_button.setEnabled(not busy)
        self.address_edit.setEnabled(not busy)
        self.check_button.setText(self.tr("Checking…") if busy else self.tr("Continue"))

    def wait_for_done(self, timeout_ms: int = 10_000) -> bool:
        """Block until a check in flight finished (shutdown and tests)."""
        return self._runner.wait_for_done(timeout_ms)


class UpdateNotice(QFrame):
    """The "a newer eCabinet is available" banner: the version, and a button that opens the IT office's download page.

    Hidden until `show_info` is given a newer version than this app's. "Later" hides it for this run.
    """

    dismissed = Signal()

    def __init__(self, current_version: str = __version__, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updateNotice")
        self.current_version = current_version
        self.info: ClientVersionInfo | None = None
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.download_button = QPushButton()
        self.download_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.later_button = QPushButton()
        self.later_button.setMinimumHeight(TOUCH_TARGET_PX)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.download_button)
        layout.addWidget(self.later_button)
        self.download_button.clicked.connect(self.open_download)
        self.later_button.clicked.connect(self._later)
        self.hide()
        self.retranslate()

    def show_info(self, info: ClientVersionInfo | None) -> bool:
        """Show the notice if `info` announces a newer version than this app's; returns whether it shows."""
        newer = info is not None and update_available(self.current_version, info.newest_version)
        self.info = info if newer else None
        self.retranslate()
        self.setVisible(newer)
        return newer

    def retranslate(self) -> None:
        info = self.info
        newest = info.newest_version if info is not None and info.newest_version else ""
        if info is not None and info.download_url:
            text = self.tr(
                "A newer version of eCabinet (%1) is available; you have %2. "
                "Install it from your IT office's download page."
            )
        else:
            text = self.tr("A newer version of eCabinet (%1) is available; you have %2. Ask your IT office for it.")
        self.text_label.setText(text.replace("%1", newest).replace("%2", self.current_version))
        self.download_button.setText(self.tr("Download"))
        self.download_button.setVisible(info is not None and bool(info.download_url))
        self.later_button.setText(self.tr("Later"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_download(self) -> bool:
        """Open the download page in the system's browser (the app never downloads or runs installers itself)."""
        if self.info is None or not self.info.download_url:
            return False
        return QDesktopServices.openUrl(QUrl(self.info.download_url))

    def _later(self) -> None:
        self.hide()
        self.dismissed.emit()
