"""Who signed a PDF, when, and whether each signature still holds, in words a minister understands.

Any PDF the reader opens (the signed minutes above all) is checked off the GUI thread with
`ecabinet.pdf.validation.validate_pdf`, against trust roots passed explicitly: the ones this eCabinet server
hands out (`GET /api/trust/roots`), kept as PEM in the user's folder so the check also works offline later,
never the operating system's. Each signature gets one of four verdicts - valid, invalid, unknown signer (its
certificate does not chain to a trusted authority) or modified after signing (pyHanko's change analysis found
more than signatures and validation data after it) - and one sentence on why.

`SignatureChecker` does the work and caches reports per file; `SignaturesPanel` shows one report;
`DocumentSignatures` is the reader's button ("✓ Signed" / "⚠ Signature problem", only for signed files) and
its panel, so the Meeting page needs a few lines only.
"""

from __future__ import annotations

import functools
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ecabinet.client.errors import ApiError
from ecabinet.pdf.signing import write_atomically
from ecabinet.pdf.validation import SignatureReport, ValidationReport, validate_pdf
from ecabinet.ui.operations import BackgroundRunner
from ecabinet.ui.style import TOUCH_TARGET_PX, current_theme
from ecabinet.ui.theme import theme_palette
from ecabinet.ui.widgets import vertical_scroll

if TYPE_CHECKING:
    from ecabinet.client.engine import Engine

__all__ = [
    "DocumentSignatures",
    "SignatureCheck",
    "SignatureChecker",
    "SignatureRow",
    "SignaturesPanel",
    "TrustRoots",
    "has_signatures",
    "verdict_of",
]

VALID: Final = "valid"
INVALID: Final = "invalid"
MODIFIED: Final = "modified"
UNKNOWN_SIGNER: Final = "unknown_signer"

#: Problems that make a signature plainly invalid (the certificate or the signature itself is not good).
_INVALID_CODES: Final = frozenset(
    {
        "revoked",
        "certificate_expired",
        "certificate_not_yet_valid",
        "certificate_not_for_signing",
        "timestamp_invalid",
        "wrong_signer",
        "unexpected_signature",
    }
)
#: Where the cached PEM lives inside the user's signing folder.
TRUST_ROOTS_FILE: Final = "trust-roots.pem"
_PEM_MARK: Final = b"-----BEGIN CERTIFICATE-----"


def has_signatures(data: bytes) -> bool:
    """Cheap test (a byte search, fine for a 300-page packet): could this PDF carry a signature at all?

    A signature dictionary always has a ``/ByteRange``; empty signature fields (the unsigned minutes) do not.
    """
    return b"/ByteRange" in data


def verdict_of(signature: SignatureReport) -> str:
    """One of `VALID`, `INVALID`, `MODIFIED`, `UNKNOWN_SIGNER` for a signature's problem codes."""
    problems = set(signature.problems)
    if not problems:
        return VALID
    if "broken" in problems:
        return INVALID
    if "modified_after_signing" in problems:
        return MODIFIED
    if problems & _INVALID_CODES:
        return INVALID
    if "untrusted" in problems:
        return UNKNOWN_SIGNER
    return INVALID


# ------------------------------------------------------------------------------------------ trust roots


class TrustRoots:
    """The CAs this server trusts for signatures: asked of the server now and then, kept on disk for offline.

    ``fetch`` is `ApiClient.trust_roots`; ``cache_file`` keeps the last answer (public data, but written
    atomically so a crash never leaves half a certificate). ``pinned`` roots (from a provisioning file) replace
    the server's altogether: an impersonated server must not vouch for itself. Thread-safe: checks run in a pool.
    """

    REFRESH_SECONDS: Final = 600.0
    RETRY_SECONDS: Final = 60.0

    def __init__(
        self, fetch: Callable[[], bytes] | None, cache_file: Path | None, *, pinned: Sequence[bytes] = ()
    ) -> None:
        self._fetch = fetch
        self.cache_file = cache_file
        self._pinned = list(pinned)
        self._lock = threading.Lock()
        self._pem: bytes | None = None
        self._origin = "none"
        self._fetched_at = 0.0
        self._tried_at = -1e9

    def load(self) -> tuple[list[bytes], str]:
        """(PEM blobs, where they came from: "provisioned", "server", "saved" or "none")."""
        if self._pinned:
            return list(self._pinned), "provisioned"
        with self._lock:
            now = time.monotonic()
            if self._origin == "server":
                due = now - self._fetched_at >= self.REFRESH_SECONDS
            else:  # offline: try the server again now and then, not before every check
                due = now - self._tried_at >= self.RETRY_SECONDS
            if self._pem is None or due:
                self._refresh()
            pem = self._pem or b""
            return ([pem] if _PEM_MARK in pem else []), self._origin

    def _refresh(self) -> None:
        self._tried_at = time.monotonic()
        if self._fetch is not None:
            try:
                pem = self._fetch()
            except (ApiError, OSError, RuntimeError):
                pass  # offline, refused, or the client already closed (signed out): the copy saved last time
            else:
                self._pem, self._origin, self._fetched_at = pem, "server", time.monotonic()
                self._save(pem)
                return
        if self._pem is not None:
            return  # what this session fetched before
        saved = self._read_saved()
        if saved is not None:
            self._pem, self._origin = saved, "saved"
        else:
            self._pem, self._origin = b"", "none"

    def _save(self, pem: bytes) -> None:
        if self.cache_file is None or self._read_saved() == pem:
            return
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.cache_file, pem)
        except OSError:
            pass  # a read-only folder: the check still works while online

    def _read_saved(self) -> bytes | None:
        if self.cache_file is None:
            return None
        try:
            return self.cache_file.read_bytes()
        except OSError:
            return None


def engine_trust_roots(engine: Engine) -> TrustRoots | None:
    """Trust roots for the signed-in user of ``engine``, cached in the user's signing folder (None: signed out)."""
    try:
        folder = engine.credentials.folder
    except Exception:  # locked or signed out: no user folder to keep them in
        return None
    return TrustRoots(engine.api.trust_roots, folder / TRUST_ROOTS_FILE)


# ------------------------------------------------------------------------------------------ checking


@dataclass(frozen=True)
class SignatureCheck:
    """A file's validation report and where the trust roots came from ("server", "saved", "none", ...)."""

    report: ValidationReport
    roots_from: str

    @property
    def signatures(self) -> list[SignatureReport]:
        return self.report.signatures

    @property
    def all_valid(self) -> bool:
        return bool(self.signatures) and not self.report.problems and all(s.ok for s in self.signatures)


class SignatureChecker(QObject):
    """Validates PDFs in the background; `checked(key, SignatureCheck)` or `check_failed(key, error)`.

    ``key`` is the caller's name for the file (a document id and version); results are kept for the last few
    files, so opening the same version again answers at once.
    """

    checked = Signal(str, object)
    check_failed = Signal(str, object)
    CACHE_SIZE: Final = 24

    def __init__(self, engine: Callable[[], Engine | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._runner = BackgroundRunner(self, max_threads=1)
        self._roots: dict[Path | None, TrustRoots] = {}
        self._results: OrderedDict[str, SignatureCheck] = OrderedDict()
        #: Overrides the server's roots for every check (a provisioning file's `signature_roots`).
        self.pinned_roots: Sequence[bytes] = ()

    def trust_roots(self) -> TrustRoots | None:
        engine = self._engine()
        if self.pinned_roots:
            return TrustRoots(None, None, pinned=self.pinned_roots)
        if engine is None:
            return None
        roots = engine_trust_roots(engine)
        if roots is None:
            return None
        known = self._roots.get(roots.cache_file)
        if known is None:
            self._roots[roots.cache_file] = known = roots
        return known

    def cached(self, data: bytes, **options: Any) -> SignatureCheck | None:
        return self._results.get(_result_key(data, options))

    def check(
        self,
        key: str,
        data: bytes,
        *,
        expected: Mapping[str, str] | None = None,
        unsigned_hash: str | None = None,
    ) -> bool:
        """Start checking ``data``; False (and no signal) when the file carries no signature at all."""
        if not has_signatures(data):
            return False
        options = {"expected": dict(expected or {}), "unsigned_hash": unsigned_hash}
        result_key = _result_key(data, options)
        known = self._results.get(result_key)
        if known is not None:
            self.checked.emit(key, known)
            return True
        roots = self.trust_roots()

        def work() -> SignatureCheck:
            blobs, origin = roots.load() if roots is not None else ([], "none")
            report = validate_pdf(data, blobs, expected=expected or None, unsigned_hash=unsigned_hash)
            return SignatureCheck(report, origin)

        def done(result: SignatureCheck) -> None:
            self._results[result_key] = result
            while len(self._results) > self.CACHE_SIZE:
                self._results.popitem(last=False)
            self.checked.emit(key, result)

        self._runner.start(work, on_success=done, on_failure=lambda error: self.check_failed.emit(key, error))
        return True

    def forget(self) -> None:
        """Drop cached results and roots (sign-out: the next user may trust other authorities)."""
        self._results.clear()
        self._roots.clear()

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        return self._runner.wait_for_done(timeout_ms)


def _result_key(data: bytes, options: Mapping[str, Any]) -> str:
    digest = hashlib.sha256(data).hexdigest()
    expected = options.get("expected") or {}
    return f"{digest}|{sorted(expected.items())}|{options.get('unsigned_hash')}"


# ------------------------------------------------------------------------------------------ words


class SignatureCounts(QObject):
    """The plural sentences (lupdate finds `%n` plurals in `self.tr` calls of a class, not in a module function)."""

    def summary(self, bad: int, total: int) -> str:
        if bad:
            return self.tr("%n signature(s) with a problem. Do not rely on this document until it is checked.", "", bad)
        return self.tr("Signed by %n person(s). Every signature is valid.", "", total)


@functools.cache
def _counts() -> SignatureCounts:
    return SignatureCounts()


def verdict_name(verdict: str) -> str:
    names = {
        VALID: QCoreApplication.translate("Signatures", "Valid"),
        INVALID: QCoreApplication.translate("Signatures", "Invalid"),
        MODIFIED: QCoreApplication.translate("Signatures", "Modified after signing"),
        UNKNOWN_SIGNER: QCoreApplication.translate("Signatures", "Unknown signer"),
    }
    return names.get(verdict, verdict)


def explanation(signature: SignatureReport) -> str:
    """Why the verdict is what it is, in one calm sentence."""
    texts = {
        "broken": QCoreApplication.translate(
            "Signatures", "The signature does not match the document: the signed content was altered."
        ),
        "modified_after_signing": QCoreApplication.translate(
            "Signatures", "The document was changed after this signature was made."
        ),
        "revoked": QCoreApplication.translate("Signatures", "The signer's certificate has been revoked."),
        "certificate_expired": QCoreApplication.translate(
            "Signatures", "The signer's certificate had expired when it was used."
        ),
        "certificate_not_yet_valid": QCoreApplication.translate(
            "Signatures", "The signer's certificate was not yet valid when it was used."
        ),
        "certificate_not_for_signing": QCoreApplication.translate(
            "Signatures", "The signer's certificate may not be used to sign documents."
        ),
        "timestamp_invalid": QCoreApplication.translate("Signatures", "The time stamp of this signature is not valid."),
        "wrong_signer": QCoreApplication.translate(
            "Signatures", "It was made with a certificate that is not the one registered for this person."
        ),
        "unexpected_signature": QCoreApplication.translate("Signatures", "It is in a place nobody was asked to sign."),
        "untrusted": QCoreApplication.translate(
            "Signatures",
            "The certificate was not issued by an authority this eCabinet server trusts, so the signer "
            "cannot be confirmed.",
        ),
    }
    for code in ("broken", "modified_after_signing", *sorted(_INVALID_CODES), "untrusted"):
        if code in signature.problems:
            return texts[code]
    if signature.problems:
        return QCoreApplication.translate("Signatures", "This signature could not be confirmed.")
    return QCoreApplication.translate(
        "Signatures", "The signature is valid and the document has not changed since it was signed."
    )


def when_text(signature: SignatureReport) -> str:
    """When it was signed, and how sure that time is (a time-stamp authority, or the signer's own clock)."""
    if signature.timestamp_time is not None:
        when = signature.timestamp_time.astimezone().strftime("%Y-%m-%d %H:%M")
        return QCoreApplication.translate("Signatures", "Signed %1 (time confirmed by a time-stamp authority)").replace(
            "%1", when
        )
    if signature.signing_time is not None:
        when = signature.signing_time.astimezone().strftime("%Y-%m-%d %H:%M")
        return QCoreApplication.translate("Signatures", "Signed %1 (time from the signer's device)").replace("%1", when)
    return QCoreApplication.translate("Signatures", "The time of signing is not recorded.")


def summary_text(check: SignatureCheck) -> str:
    problems = check.report.problems
    if "unreadable" in problems or ("not_signed" in problems and not check.signatures):
        return QCoreApplication.translate("Signatures", "The signatures of this document could not be read.")
    bad = sum(1 for s in check.signatures if not s.ok)
    if "first_revision_changed" in problems:
        text = QCoreApplication.translate("Signatures", "This file is not based on the minutes the server made.")
    else:
        text = _counts().summary(bad, len(check.signatures))
    if check.roots_from == "none":
        text += " " + QCoreApplication.translate(
            "Signatures",
            "The list of trusted authorities has not been received from the server yet: connect once so the "
            "signers can be confirmed.",
        )
    return text


def _badge_colours(verdict: str) -> tuple[str, str]:
    app = QApplication.instance()
    theme = current_theme(app)[0] if isinstance(app, QApplication) else "light"
    try:
        palette = theme_palette(theme)
    except ValueError:
        palette = theme_palette("light")
    if verdict == VALID:
        return palette.badge_ok_bg, palette.badge_ok_text
    if verdict in (INVALID, MODIFIED):
        return palette.error_bg, palette.error_text
    if verdict == UNKNOWN_SIGNER:
        return palette.badge_warn_bg, palette.badge_warn_text
    return palette.badge_neutral_bg, palette.badge_neutral_text


class VerdictBadge(QLabel):
    """A coloured word: green valid, red invalid or modified, amber unknown signer (theme colours, re-read when
    the theme changes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBadge")
        self.verdict = ""
        self._colours: tuple[str, str] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_verdict(self, verdict: str) -> None:
        self.verdict = verdict
        self.setProperty("verdict", verdict)
        self.setText(verdict_name(verdict))
        self._paint()

    def _paint(self) -> None:
        colours = _badge_colours(self.verdict)
        if colours == self._colours:
            return  # setting the same sheet again would only send another StyleChange
        self._colours = colours
        background, text = colours
        self.setStyleSheet(
            f"QLabel#verdictBadge {{background: {background}; color: {text}; border-radius: 10px;"
            " padding: 2px 10px; font-weight: 600;}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and self.verdict:
            self._paint()
        elif event.type() == QEvent.Type.LanguageChange and self.verdict:
            self.setText(verdict_name(self.verdict))
        super().changeEvent(event)


class SignatureRow(QFrame):
    """One signature: the signer's name and the verdict, then when, then why."""

    def __init__(self, signature: SignatureReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signature = signature
        self.verdict = verdict_of(signature)
        self.setObjectName("resultRow")
        self.name_label = QLabel()
        self.name_label.setObjectName("documentTitle")
        self.name_label.setWordWrap(True)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.badge = VerdictBadge()
        self.when_label = QLabel()
        self.when_label.setObjectName("mutedLabel")
        self.when_label.setWordWrap(True)
        self.why_label = QLabel()
        self.why_label.setWordWrap(True)
        self.why_label.setTextFormat(Qt.TextFormat.PlainText)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.name_label, 1)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.when_label)
        layout.addWidget(self.why_label)
        self.retranslate()

    def retranslate(self) -> None:
        s = self.signature
        self.name_label.setText(
            s.signer_common_name or s.signer_subject or QCoreApplication.translate("Signatures", "Unnamed signer")
        )
        self.badge.set_verdict(self.verdict)
        self.when_label.setText(when_text(s))
        self.why_label.setText(explanation(s))
        self.setAccessibleName(
            ", ".join((self.name_label.text(), self.badge.text(), self.when_label.text(), self.why_label.text()))
        )


class SignaturesPanel(QWidget):
    """The signatures of one file: a summary, then a row per signature (in signing order).

    ``scrolling``: the rows scroll inside the panel (the reader's side column); without it the panel is as tall
    as its rows, for a page that scrolls as a whole (the Minutes page).
    """

    def __init__(self, parent: QWidget | None = None, *, scrolling: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("signaturesPanel")
        self.rows: list[SignatureRow] = []
        self.check: SignatureCheck | None = None
        self._summary: Callable[[], str] = lambda: ""
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("mutedLabel")
        self.summary_label.setWordWrap(True)
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        if scrolling:
            self._list_layout.addStretch(1)
            scroll = vertical_scroll(self._list)
            layout.addWidget(scroll, 1)
        else:
            layout.addWidget(self._list)
        self.retranslate()

    def show_checking(self) -> None:
        self.check = None
        self._clear_rows()
        self._set_summary(lambda: QCoreApplication.translate("Signatures", "Checking the signatures…"))

    def show_check(self, check: SignatureCheck) -> None:
        self.check = check
        self._clear_rows()
        for signature in check.signatures:
            row = SignatureRow(signature)
            self._list_layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        self._set_summary(lambda: summary_text(check))

    def show_failed(self, error: object = None) -> None:
        self.check = None
        self._clear_rows()
        self._set_summary(
            lambda: QCoreApplication.translate("Signatures", "The signatures could not be checked. Please try again.")
        )

    def clear(self) -> None:
        self.check = None
        self._clear_rows()
        self._set_summary(lambda: "")

    def _clear_rows(self) -> None:
        for row in self.rows:
            self._list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []

    def _set_summary(self, text: Callable[[], str]) -> None:
        self._summary = text
        self.summary_label.setText(text())
        self.summary_label.setVisible(bool(self.summary_label.text()))

    def retranslate(self) -> None:
        self.title_label.setText(QCoreApplication.translate("Signatures", "Signatures"))
        for row in self.rows:
            row.retranslate()
        self._set_summary(self._summary)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DocumentSignatures(QObject):
    """The reader's part: a button that appears only for a signed file and says the verdict, and its panel.

    `document_shown(key, data)` when a file is shown; `panel_requested` when the person taps the button (the
    page then shows `panel`).
    """

    panel_requested = Signal()

    def __init__(self, checker: SignatureChecker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checker = checker
        self.key: str | None = None
        self.state = ""  # "", "checking", "valid", "problem", "failed"
        self.button = QPushButton()
        self.button.setObjectName("signaturesButton")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setMinimumHeight(TOUCH_TARGET_PX)
        self.button.clicked.connect(self.panel_requested)
        self.button.hide()
        self.panel = SignaturesPanel()
        checker.checked.connect(self._on_checked)
        checker.check_failed.connect(self._on_failed)

    def document_shown(self, key: str, data: bytes) -> None:
        """Check ``data`` if it carries signatures; the button shows "checking" until the verdict comes."""
        self.key = key
        if not has_signatures(data):
            self.clear()
            return
        self._set_state("checking")
        self.panel.show_checking()
        self.checker.check(key, data)  # a file checked before answers at once, through `checked`

    def clear(self) -> None:
        self.key = None
        self._set_state("")
        self.panel.clear()

    def _on_checked(self, key: str, check: SignatureCheck) -> None:
        if key != self.key:
            return
        if not check.signatures and not check.report.problems:
            self.clear()
            return
        self.panel.show_check(check)
        self._set_state("valid" if check.all_valid else "problem")

    def _on_failed(self, key: str, error: object) -> None:
        if key == self.key:
            self.panel.show_failed(error)
            self._set_state("failed")

    def _set_state(self, state: str) -> None:
        self.state = state
        self.button.setProperty("verdict", state)
        self.button.setVisible(bool(state))
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "checking": QCoreApplication.translate("Signatures", "Signatures…"),
            "valid": "✓ " + QCoreApplication.translate("Signatures", "Signed"),
            "problem": "⚠ " + QCoreApplication.translate("Signatures", "Signature problem"),
            "failed": QCoreApplication.translate("Signatures", "Signatures"),
        }
        self.button.setText(texts.get(self.state, ""))
        self.button.setAccessibleName(
            QCoreApplication.translate("Signatures", "Who signed this document, and whether the signatures are valid")
        )
        self.panel.retranslate()
