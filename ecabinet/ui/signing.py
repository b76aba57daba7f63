"""Signing from the app: set up the certificate, ask for its passphrase or PIN, sign without freezing the window.

Every signature in the app (minutes, consultation answers, ballots) goes through `SigningRunner.sign`, so the
person always meets the same steps: no certificate yet → the certificate dialog; passphrase/PIN not remembered →
a proper prompt (never the terminal, never a pyHanko callback on a worker thread); the signature itself runs in
a background thread with a progress dialog when it takes more than half a second (a token or a timestamp can);
a wrong passphrase/PIN asks again with the reason, anything else reaches the caller's `failed`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecabinet.client.credentials import CredentialError, CredentialInfo, SecretNeeded, SigningCredentials
from ecabinet.pdf.signing import SignerSource, SigningError
from ecabinet.ui.messages import error_message
from ecabinet.ui.operations import BackgroundRunner
from ecabinet.ui.style import TOUCH_TARGET_PX

T = TypeVar("T")

#: The token modules a government laptop is likely to have; the first that exists is offered.
KNOWN_PKCS11_MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
    "/usr/lib/opensc-pkcs11.so",
    "C:/Windows/System32/opensc-pkcs11.dll",
)

RETRYABLE_CODES = frozenset({"wrong_passphrase", "wrong_pin"})


def _buttons(box: QDialogButtonBox) -> None:
    for button in box.buttons():
        button.setMinimumHeight(TOUCH_TARGET_PX)


def describe_certificate(info: CredentialInfo) -> str:
    """Whose certificate, from whom, until when, and its fingerprint in groups, for a person to compare."""

    fingerprint = " ".join(info.fingerprint[i : i + 4] for i in range(0, 32, 4)).upper()
    lines = [
        QCoreApplication.translate("Signing", "%1, issued by %2")
        .replace("%1", info.subject)
        .replace("%2", info.issuer),
        QCoreApplication.translate("Signing", "Valid until %1").replace("%1", info.not_after.strftime("%Y-%m-%d")),
        QCoreApplication.translate("Signing", "Fingerprint %1 …").replace("%1", fingerprint),
    ]
    if info.kind == "pkcs11":
        lines.append(QCoreApplication.translate("Signing", "On the token %1").replace("%1", info.token_label or ""))
    return "\n".join(lines)


class SecretDialog(QDialog):
    """Ask for the passphrase of the certificate file or the PIN of the token, with an optional reason."""

    def __init__(self, kind: str, *, what: str = "", problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secretDialog")
        self.setModal(True)
        self.kind = kind
        self.what = what
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.what_label = QLabel(what)
        self.what_label.setWordWrap(True)
        self.what_label.setVisible(bool(what))
        self.problem_label = QLabel(problem)
        self.problem_label.setObjectName("errorText")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(bool(problem))
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setMinimumHeight(TOUCH_TARGET_PX)
        self.remember_box = QCheckBox()
        self.remember_box.setMinimumHeight(TOUCH_TARGET_PX)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        _buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.what_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.secret_edit)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()
        self.secret_edit.setFocus()

    @property
    def secret(self) -> str:
        return self.secret_edit.text()

    def retranslate(self) -> None:
        token = self.kind == "pkcs11"
        self.setWindowTitle(self.tr("Sign"))
        if token:
            title = self.tr("Enter the PIN of your signing token")
        else:
            title = self.tr("Enter the passphrase of your signing certificate")
        self.title_label.setText(title)
        self.secret_edit.setAccessibleName(self.tr("PIN") if token else self.tr("Passphrase"))
        self.remember_box.setText(
            self.tr("Remember the PIN on this device") if token else self.tr("Remember the passphrase on this device")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Sign"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CredentialsDialog(QDialog):
    """Show the certificate in use and set one up: a .p12/.pfx file, or a key on a PKCS#11 token.

    Opening a file or a token is checked at once (wrong passphrase, wrong PIN, expired) and the reason shown in
    the dialog; nothing is kept until it worked. `credentials_changed` on the credentials object is not needed:
    the dialog is modal and the caller reads `credentials.info()` afterwards.
    """

    def __init__(self, credentials: SigningCredentials, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credentialsDialog")
        self.setModal(True)
        self.credentials = credentials
        #: Issuer certificates embedded with a token's signatures (when the token lacks them).
        self.ca_chain: list[bytes] = []
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.current_label = QLabel()
        self.current_label.setWordWrap(True)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        #: A note under the choices (the demo says which passphrase or PIN to type).
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()

        self.file_button = QPushButton()
        self.token_button = QPushButton()
        self.forget_button = QPushButton()
        for button in (self.file_button, self.token_button, self.forget_button):
            button.setMinimumHeight(TOUCH_TARGET_PX)
        self.file_button.setCheckable(True)
        self.token_button.setCheckable(True)
        current_row = QHBoxLayout()
        current_row.addWidget(self.current_label, 1)
        current_row.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignTop)
        choose = QHBoxLayout()
        choose.addWidget(self.file_button)
        choose.addWidget(self.token_button)
        choose.addStretch(1)

        # A certificate file
        self.file_edit = QLineEdit()
        self.file_edit.setMinimumHeight(TOUCH_TARGET_PX)
        self.browse_button = QPushButton()
        self.browse_button.setMinimumHeight(TOUCH_TARGET_PX)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setMinimumHeight(TOUCH_TARGET_PX)
        file_page = QWidget()
        file_layout = QVBoxLayout(file_page)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addLayout(file_row)
        file_layout.addWidget(self.passphrase_edit)
        file_layout.addStretch(1)

        # A token
        self.module_edit = QLineEdit(next((m for m in KNOWN_PKCS11_MODULES if Path(m).exists()), ""))
        self.token_edit = QLineEdit()
        self.key_edit = QLineEdit()
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.module_edit, self.token_edit, self.key_edit, self.pin_edit):
            edit.setMinimumHeight(TOUCH_TARGET_PX)
        token_page = QWidget()
        token_layout = QVBoxLayout(token_page)
        token_layout.setContentsMargins(0, 0, 0, 0)
        for edit in (self.module_edit, self.token_edit, self.key_edit, self.pin_edit):
            token_layout.addWidget(edit)

        self.pages = QStackedWidget()
        self.pages.addWidget(file_page)
        self.pages.addWidget(token_page)
        self.remember_box = QCheckBox()
        self.remember_box.setMinimumHeight(TOUCH_TARGET_PX)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        _buttons(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.file_button.clicked.connect(lambda: self._choose(0))
        self.token_button.clicked.connect(lambda: self._choose(1))
        self.browse_button.clicked.connect(self.browse)
        self.forget_button.clicked.connect(self.forget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addLayout(current_row)
        layout.addLayout(choose)
        layout.addWidget(self.pages)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.retranslate()  # shows the current certificate too
        self._choose(0)

    def offer_file(self, path: Path, hint: str) -> None:
        """Prefill a certificate file (the demo's), with a note on what to type."""
        self._choose(0)
        self.file_edit.setText(str(path))
        self.hint_label.setText(hint)
        self.hint_label.show()

    def offer_token(
        self, module: str, token_label: str, key_label: str, hint: str, *, ca_chain: Sequence[bytes] = ()
    ) -> None:
        """Prefill a token (the demo chair's SoftHSM2 token), with a note on what to type. `ca_chain`: the issuing
        CA certificates to embed in each signature, for a token that holds only the person's own certificate."""
        self._choose(1)
        self.ca_chain = list(ca_chain)
        self.module_edit.setText(module)
        self.token_edit.setText(token_label)
        self.key_edit.setText(key_label)
        self.hint_label.setText(hint)
        self.hint_label.show()

    def _choose(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.file_button.setChecked(page == 0)
        self.token_button.setChecked(page == 1)

    def _show_current(self) -> None:
        info = self.credentials.info()
        if info is None:
            self.current_label.setText(self.tr("No signing certificate is set up on this device yet."))
        else:
            self.current_label.setText(self.tr("In use:") + "\n" + describe_certificate(info))
        self.forget_button.setEnabled(info is not None)

    def browse(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose your certificate file"))
        dialog.setNameFilter(self.tr("Certificate files (*.p12 *.pfx)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.file_edit.setText)
        dialog.open()
        return dialog

    def _fail(self, error: BaseException) -> None:
        self.error_label.setText(error_message(error))
        self.error_label.show()

    def save(self) -> None:
        """Set up what the person entered; stays open with the reason when it does not work."""
        remember = self.remember_box.isChecked()
        try:
            if self.pages.currentIndex() == 0:
                path = Path(self.file_edit.text().strip())
                try:
                    data = path.read_bytes()
                except OSError:
                    self.error_label.setText(self.tr("The file %1 cannot be read.").replace("%1", str(path)))
                    self.error_label.show()
                    return
                self.credentials.import_pkcs12(data, self.passphrase_edit.text(), remember=remember)
            else:
                self.credentials.use_token(
                    self.module_edit.text().strip(),
                    self.token_edit.text().strip(),
                    self.pin_edit.text(),
                    key_label=self.key_edit.text().strip() or None,
                    remember=remember,
                    ca_chain=self.ca_chain,
                )
        except CredentialError as error:
            self._fail(error)
            return
        self.error_label.hide()
        self.passphrase_edit.clear()
        self.pin_edit.clear()
        self._show_current()
        self.accept()

    def forget(self) -> None:
        self.credentials.forget()
        self._show_current()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signing certificate"))
        self.title_label.setText(self.tr("Your signing certificate"))
        self.file_button.setText(self.tr("Certificate file"))
        self.token_button.setText(self.tr("USB token"))
        self.forget_button.setText(self.tr("Remove from this device"))
        self.browse_button.setText(self.tr("Choose…"))
        self.file_edit.setPlaceholderText(self.tr("File (.p12 or .pfx)"))
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase of the file"))
        self.module_edit.setPlaceholderText(self.tr("Token driver (PKCS#11 module)"))
        self.token_edit.setPlaceholderText(self.tr("Token name"))
        self.key_edit.setPlaceholderText(self.tr("Key name (optional)"))
        self.pin_edit.setPlaceholderText(self.tr("PIN"))
        self.remember_box.setText(self.tr("Remember the passphrase or PIN on this device"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(self.tr("Use this certificate"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SigningRunner(QObject):
    """Sign with the user's certificate: prompt when needed, work off the GUI thread, progress, retry."""

    #: A signature that takes longer than this shows a progress dialog.
    PROGRESS_AFTER_MS = 500

    def __init__(self, credentials: Callable[[], SigningCredentials | None], parent: QWidget) -> None:
        super().__init__(parent)
        self._credentials = credentials
        self._parent = parent
        self._runner = BackgroundRunner(self, max_threads=1)
        self.secret_dialog: SecretDialog | None = None
        self.credentials_dialog: CredentialsDialog | None = None
        self.progress: QProgressDialog | None = None
        self._cancelled: Callable[[], None] = lambda: None
        #: Fills in a new certificate dialog before it shows (the demo offers its own certificates).
        self.prepare_dialog: Callable[[CredentialsDialog], None] = lambda _dialog: None

    @property
    def busy(self) -> bool:
        return self._runner.active_count > 0

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        return self._runner.wait_for_done(timeout_ms)

    def sign(
        self,
        job: Callable[[SignerSource], T],
        *,
        what: str,
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        """Run `job(source)` with the user's key; `done(result)` or `failed(error)` in the GUI thread.

        Cancelling a prompt calls only `cancelled`: the person chose not to sign, nothing needs saying.
        """
        credentials = self._credentials()
        report = failed or self._show_failure
        self._cancelled = cancelled or (lambda: None)
        if credentials is None:
            report(CredentialError("no_certificate", "not signed in"))
            return
        if credentials.info() is None:
            self._set_up_then(
                credentials, lambda: self.sign(job, what=what, done=done, failed=failed, cancelled=cancelled)
            )
            return
        try:
            source = credentials.source()
        except SecretNeeded as needed:
            self._ask(credentials, needed.kind, job, what=what, done=done, report=report)
            return
        except CredentialError as error:
            report(error)
            return
        self._run(credentials, source, job, what=what, done=done, report=report, typed=None)

    def _set_up_then(self, credentials: SigningCredentials, then: Callable[[], None]) -> None:
        dialog = CredentialsDialog(credentials, self._parent)
        self.prepare_dialog(dialog)
        self.credentials_dialog = dialog

        def closed(result: int) -> None:
            self.credentials_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and credentials.info() is not None:
                then()
            else:
                self._cancelled()

        dialog.finished.connect(closed)
        dialog.open()

    def _ask(
        self,
        credentials: SigningCredentials,
        kind: str,
        job: Callable[[SignerSource], T],
        *,
        what: str,
        done: Callable[[T], None],
        report: Callable[[BaseException], None],
        problem: str = "",
    ) -> None:
        dialog = SecretDialog(kind, what=what, problem=problem, parent=self._parent)
        self.secret_dialog = dialog

        def closed(result: int) -> None:
            self.secret_dialog = None
            secret, remember = dialog.secret, dialog.remember_box.isChecked()
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                self._cancelled()
                return
            try:
                source = credentials.source(secret)
            except CredentialError as error:
                report(error)
                return
            self._run(credentials, source, job, what=what, done=done, report=report, typed=(kind, secret, remember))

        dialog.finished.connect(closed)
        dialog.open()

    def _run(
        self,
        credentials: SigningCredentials,
        source: SignerSource,
        job: Callable[[SignerSource], T],
        *,
        what: str,
        done: Callable[[T], None],
        report: Callable[[BaseException], None],
        typed: tuple[str, str, bool] | None,
    ) -> None:
        progress = QProgressDialog(what or self.tr("Signing…"), "", 0, 0, self._parent)
        progress.setWindowTitle(self.tr("Signing"))
        progress.setCancelButton(None)  # a signature in progress cannot be half-undone
        progress.setMinimumDuration(self.PROGRESS_AFTER_MS)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = progress

        def finish() -> None:
            progress.reset()
            progress.deleteLater()
            self.progress = None

        def succeeded(result: Any) -> None:
            finish()
            if typed is not None and typed[2]:
                credentials.remember_secret(typed[1])  # only a secret that worked is remembered
            done(result)

        def failed_(error: BaseException) -> None:
            finish()
            code = getattr(error, "code", "")
            if isinstance(error, SigningError) and code in RETRYABLE_CODES:
                if typed is None:
                    credentials.remember_secret(None)  # the remembered one no longer works
                kind = "pkcs11" if code == "wrong_pin" else "pkcs12"
                self._ask(credentials, kind, job, what=what, done=done, report=report, problem=error_message(error))
                return
            report(error)

        self._runner.start(lambda: job(source), on_success=succeeded, on_failure=failed_)

    def _show_failure(self, error: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not signed"), error_message(error), parent=self._parent)
        box.open()
