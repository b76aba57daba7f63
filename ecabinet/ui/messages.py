"""Translated words for things the server names by a stable code: errors, meeting states, demo roles.

The server's English `message` is for logs; users read the text chosen here by error class or code, in
their language, written to say calmly what happened and what to do next.
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from ecabinet.client.credentials import CredentialError
from ecabinet.client.errors import (
    ApiError,
    AuthExpired,
    DeviceRevoked,
    Forbidden,
    InsecureServerError,
    InvalidCredentials,
    InvalidResponse,
    InvalidServerAddress,
    NotFound,
    OfflineError,
    ServerError,
    TooManyAttempts,
)
from ecabinet.client.pin import PinLockedOut
from ecabinet.client.vault import KeyringUnavailable, VaultKeyError, VaultLocked
from ecabinet.pdf.signing import SigningError


class ErrorMessages(QObject):
    """Holds the error texts so `self.tr` gives them the context "ErrorMessages" (and lupdate sees plurals)."""

    def message(self, error: BaseException) -> str:
        """A sentence or two for the user about `error`: what happened and what to do."""
        if isinstance(error, CredentialError | SigningError):
            return self.signing_message(error.code)
        if isinstance(error, PinLockedOut):
            return self.tr(
                "The PIN was entered wrongly too many times, so this session has ended. "
                "Please sign in with your password."
            )
        if isinstance(error, InvalidCredentials):
            return self.tr("The username or password is not correct. Please check both and try again.")
        if isinstance(error, OfflineError):
            return self.tr(
                "The server cannot be reached. Please check the server address and your network "
                "connection, then try again."
            )
        if isinstance(error, DeviceRevoked):
            return self.tr(
                "This device was disconnected by the IT office, and the eCabinet data on it has been "
                "removed. Please contact the IT office."
            )
        if isinstance(error, TooManyAttempts):
            seconds = max(1, math.ceil(error.retry_after))
            return self.tr("Too many sign-in attempts. Please try again in %n second(s).", "", seconds)
        if isinstance(error, InsecureServerError):
            return self.tr(
                "This address uses an unprotected connection (http://). For your security, eCabinet "
                "connects to other computers only over https://. Please use an address that starts "
                "with https://."
            )
        if isinstance(error, InvalidServerAddress):
            return self.tr("Please enter the server address, for example https://ecabinet.example.gov.")
        if isinstance(error, VaultLocked):
            return self.tr(
                "This device has been offline for too long, so its documents are locked for your protection. "
                "Please sign in while connected to open them again."
            )
        if isinstance(error, VaultKeyError):
            return self.tr(
                "This passphrase does not open the eCabinet data on this device. Please enter the passphrase "
                "you chose when you first signed in here."
            )
        if isinstance(error, KeyringUnavailable):
            return self.tr("This device has no secure key store. Please enter a passphrase to protect its data.")
        if isinstance(error, AuthExpired):
            return self.tr("Your session has ended. Please sign in again.")
        if isinstance(error, ServerError | InvalidResponse):
            return self.tr(
                "The server had a problem. Please try again in a few minutes. If it continues, contact the IT office."
            )
        if isinstance(error, NotFound | Forbidden):
            return self.tr("This item is not available to you.")
        if isinstance(error, ApiError):
            return self.tr("Something went wrong (%1). Please try again.").replace("%1", error.code)
        return self.tr("Something went wrong. Please try again.")

    def signing_message(self, code: str) -> str:
        """About the signing certificate or token, by the code `CredentialError`/`SigningError` carry."""
        if code == "wrong_passphrase":
            return self.tr("The passphrase is not correct, or the certificate file is damaged. Please try again.")
        if code == "wrong_pin":
            return self.tr("The token did not accept this PIN. Please try again.")
        if code == "pin_locked":
            return self.tr("The token is locked after too many wrong PINs. Please contact the IT office.")
        if code == "pin_cancelled":
            return self.tr("Signing was cancelled.")
        if code in ("token_unavailable", "pkcs11_unavailable"):
            return self.tr("The signing token cannot be reached. Please check that it is plugged in and try again.")
        if code == "no_key":
            return self.tr("This file or token holds no signing key. Please use the file the IT office gave you.")
        if code in ("certificate_expired", "expired"):
            return self.tr("Your signing certificate has expired. Please ask the IT office for a new one.")
        if code == "field_already_signed":
            return self.tr("You have already signed this document.")
        if code == "certificate_not_for_signing":
            return self.tr("This certificate may not be used to sign documents. Please ask the IT office.")
        if code == "no_certificate":
            return self.tr("No signing certificate is set up on this device yet.")
        return self.tr("The signature could not be made (%1). Please try again.").replace("%1", code)


@functools.cache
def _error_messages() -> ErrorMessages:
    return ErrorMessages()


def error_message(error: BaseException) -> str:
    """A sentence or two for the user about `error`, in the current language: what happened, what to do."""
    return _error_messages().message(error)


_MEETING_STATES = {
    "draft": str(QT_TRANSLATE_NOOP("MeetingState", "Draft")),
    "published": str(QT_TRANSLATE_NOOP("MeetingState", "Published")),
    "in_session": str(QT_TRANSLATE_NOOP("MeetingState", "In session")),
    "closed": str(QT_TRANSLATE_NOOP("MeetingState", "Closed")),
    "cancelled": str(QT_TRANSLATE_NOOP("MeetingState", "Cancelled")),
}


def meeting_state_name(state: str) -> str:
    """The translated name of a meeting state code; an unknown code is shown as it is."""
    source = _MEETING_STATES.get(state)
    if source is None:
        return state
    return QCoreApplication.translate("MeetingState", source)


#: Role descriptions the demo account list may use (those `ecabinet demo` passes, and short generic ones);
#: any of these is shown translated, anything else as given.
DEMO_ROLE_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("DemoRoles", "administrator: users and devices, no meeting content"),
    QT_TRANSLATE_NOOP("DemoRoles", "cabinet secretariat: prepares the meetings"),
    QT_TRANSLATE_NOOP("DemoRoles", "Prime Minister, chairs the cabinet"),
    QT_TRANSLATE_NOOP("DemoRoles", "Minister of Finance"),
    QT_TRANSLATE_NOOP("DemoRoles", "Minister of Planning and Investment"),
    QT_TRANSLATE_NOOP("DemoRoles", "Minister of Technology and Communications"),
    QT_TRANSLATE_NOOP("DemoRoles", "Minister of Health"),
    QT_TRANSLATE_NOOP("DemoRoles", "Minister of Education and Training"),
    QT_TRANSLATE_NOOP("DemoRoles", "Minister of Public Works (not on the committee)"),
    QT_TRANSLATE_NOOP("DemoRoles", "observer from the Government Office: reads, never votes"),
    QT_TRANSLATE_NOOP("DemoRoles", "Administrator"),
    QT_TRANSLATE_NOOP("DemoRoles", "Secretary"),
    QT_TRANSLATE_NOOP("DemoRoles", "Chair"),
    QT_TRANSLATE_NOOP("DemoRoles", "Minister"),
    QT_TRANSLATE_NOOP("DemoRoles", "Observer"),
)


def demo_role_description(description: str) -> str:
    """Translate a role description from the demo account list if it is one we know, else keep it."""
    return QCoreApplication.translate("DemoRoles", description)


_OUTBOX_KINDS = {
    "position": str(QT_TRANSLATE_NOOP("OutboxKind", "Your position")),
    "annotation": str(QT_TRANSLATE_NOOP("OutboxKind", "Your note")),
    "speaking_request": str(QT_TRANSLATE_NOOP("OutboxKind", "Your request to speak")),
    "answer": str(QT_TRANSLATE_NOOP("OutboxKind", "Your answer to a consultation")),
}


def outbox_kind_name(kind: str) -> str:
    """What the person did, for an outbox item of `kind` ("Your position"); an unknown kind as "Your change"."""
    source = _OUTBOX_KINDS.get(kind)
    if source is None:
        return QCoreApplication.translate("OutboxKind", "Your change")
    return QCoreApplication.translate("OutboxKind", source)
