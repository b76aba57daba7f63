"""The signing certificate of the signed-in user on this device: a PKCS#12 file or a key on a PKCS#11 token.

Ministers sign minutes, consultation answers and ballots, often offline, so the key must be on the device. A
.p12/.pfx file is copied into the user's own folder (it stays encrypted under its passphrase; the remote wipe and
sign-out-with-removal delete the folder); a token stays in the person's pocket and only its module and label
are remembered. The passphrase or PIN is kept in the same secret store as the session (the OS keyring) when the
person asks for that, and asked every time otherwise: `source()` raises `SecretNeeded` then, and the app shows
its prompt.

Nothing here decides whether a certificate is acceptable for a signature: the server enrolls each user's
certificate, and pyHanko checks key usage when it signs. What is checked here is what a person can fix at once:
a wrong passphrase, a file that holds no key, a certificate that has already expired.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

from ecabinet.client.vault import SIGNING_SECRET, SecretBackend
from ecabinet.pdf.signing import Pkcs11Source, Pkcs12Source, SignerSource, SigningError

SECRET_NAME = SIGNING_SECRET
P12_NAME = "certificate.p12"
TOKEN_NAME = "token.json"


class CredentialError(Exception):
    """A certificate that cannot be used, with a stable `code` the app translates."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class SecretNeeded(CredentialError):
    """The passphrase or PIN is not remembered on this device: ask the person."""

    def __init__(self, kind: str) -> None:
        super().__init__("secret_needed", "The passphrase or PIN of the signing certificate is needed.")
        self.kind = kind


@dataclass(frozen=True)
class CredentialInfo:
    """What the app shows about the certificate, so a person can tell it is theirs."""

    kind: str  # "pkcs12" or "pkcs11"
    subject: str
    issuer: str
    fingerprint: str  # SHA-256 of the DER certificate, lower-case hex (what the server enrolls)
    not_after: datetime
    remembers_secret: bool
    token_label: str | None = None

    @property
    def expired(self) -> bool:
        return self.not_after <= datetime.now(UTC)


def _common_name(name: x509.Name) -> str:
    values = name.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(values[0].value) if values else name.rfc4514_string()


def _describe(certificate: x509.Certificate, *, kind: str, remembers: bool, token: str | None = None) -> CredentialInfo:
    return CredentialInfo(
        kind=kind,
        subject=_common_name(certificate.subject),
        issuer=_common_name(certificate.issuer),
        fingerprint=hashlib.sha256(certificate.public_bytes(Encoding.DER)).hexdigest(),
        not_after=certificate.not_valid_after_utc,
        remembers_secret=remembers,
        token_label=token,
    )


def _check_usable(certificate: x509.Certificate) -> None:
    if certificate.not_valid_after_utc <= datetime.now(UTC):
        raise CredentialError("certificate_expired", "This certificate has expired; ask the IT office for a new one.")


def _write_private(path: Path, data: bytes) -> None:
    """Write only-for-this-user, via a temporary name, so a failure never leaves half a key file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class SigningCredentials:
    """One user's signing key on this device (`folder` is inside the user's data folder)."""

    def __init__(self, folder: Path, secrets: SecretBackend) -> None:
        self.folder = folder
        self.secrets = secrets

    # -- what is there --------------------------------------------------------------------------------------

    def info(self) -> CredentialInfo | None:
        """The certificate in use, or None when none was set up (or its file is unreadable)."""
        remembers = self.secrets.get(SECRET_NAME) is not None
        saved = self.folder / "certificate.der"
        if (self.folder / P12_NAME).is_file() and saved.is_file():
            certificate = x509.load_der_x509_certificate(saved.read_bytes())
            return _describe(certificate, kind="pkcs12", remembers=remembers)
        token = self._token_settings()
        if token is not None:
            certificate = x509.load_der_x509_certificate(bytes.fromhex(token["certificate"]))
            return _describe(certificate, kind="pkcs11", remembers=remembers, token=token.get("token_label"))
        return None

    def _token_settings(self) -> dict[str, Any] | None:
        path = self.folder / TOKEN_NAME
        if not path.is_file():
            return None
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    # -- setting it up --------------------------------------------------------------------------------------

    def import_pkcs12(self, data: bytes, passphrase: str, *, remember: bool) -> CredentialInfo:
        """Check the file opens with `passphrase` and holds a key and a valid certificate, then keep it."""
        try:
            key, certificate, _chain = pkcs12.load_key_and_certificates(data, passphrase.encode() or None)
        except ValueError as error:
            raise CredentialError(
                "wrong_passphrase", "The certificate file could not be opened: wrong passphrase or damaged file."
            ) from error
        if key is None or certificate is None:
            raise CredentialError("no_key", "This file holds no signing key, only certificates.")
        _check_usable(certificate)
        self.forget()
        _write_private(self.folder / P12_NAME, data)
        # The certificate is also kept apart: most .p12 files encrypt it with the key, and the app shows whose
        # certificate this is without asking for the passphrase.
        _write_private(self.folder / "certificate.der", certificate.public_bytes(Encoding.DER))
        if remember:
            self.secrets.set(SECRET_NAME, passphrase)
        return _describe(certificate, kind="pkcs12", remembers=remember)

    def use_token(
        self,
        module_path: str,
        token_label: str,
        pin: str,
        *,
        key_label: str | None = None,
        remember: bool = False,
        ca_chain: Sequence[bytes] = (),
    ) -> CredentialInfo:
        """Open the token once with `pin` (so a wrong PIN or a missing token shows now), then remember where
        the key is. Raises `CredentialError` with the token's reason (`wrong_pin`, `pin_locked`, ...).

        `ca_chain` (DER or PEM issuer certificates) is embedded in each signature for tokens that hold only the
        person's own certificate; without it a validator must know the issuing CA already."""
        source = Pkcs11Source(module_path, token_label, pin, key_label=key_label, cert_label=key_label)
        try:
            with source.open() as signer:
                if signer.signing_cert is None:
                    raise CredentialError("no_key", "The token holds no certificate for this key.")
                der = signer.signing_cert.dump()
        except SigningError as error:
            raise CredentialError(error.code, str(error)) from error
        certificate = x509.load_der_x509_certificate(der)
        _check_usable(certificate)
        self.forget()
        settings = {
            "module": module_path,
            "token_label": token_label,
            "key_label": key_label or "",
            "certificate": der.hex(),
            "ca_chain": [bytes(c).hex() for c in ca_chain],
        }
        _write_private(self.folder / TOKEN_NAME, json.dumps(settings).encode())
        if remember:
            self.secrets.set(SECRET_NAME, pin)
        return _describe(certificate, kind="pkcs11", remembers=remember, token=token_label)

    def remember_secret(self, secret: str | None) -> None:
        """Keep (or with None, stop keeping) the passphrase/PIN in the secret store."""
        if secret is None:
            self.secrets.delete(SECRET_NAME)
        else:
            self.secrets.set(SECRET_NAME, secret)

    def forget(self) -> None:
        """Remove the certificate file (or token settings) and its remembered secret from this device."""
        self.secrets.delete(SECRET_NAME)
        for name in (P12_NAME, TOKEN_NAME, "certificate.der"):
            (self.folder / name).unlink(missing_ok=True)

    # -- signing --------------------------------------------------------------------------------------------

    def source(self, secret: str | None = None) -> SignerSource:
        """Where pyHanko finds the key for one signature. `secret` is what the person just typed; without it
        the remembered one is used, and `SecretNeeded` says the app must ask. A wrong secret only shows when
        the source is opened (`SigningError` `wrong_passphrase` / `wrong_pin`)."""
        secret = secret if secret is not None else self.secrets.get(SECRET_NAME)
        p12 = self.folder / P12_NAME
        if p12.is_file():
            if secret is None:
                raise SecretNeeded("pkcs12")
            return Pkcs12Source(p12.read_bytes(), secret or None)
        token = self._token_settings()
        if token is not None:
            if secret is None:
                raise SecretNeeded("pkcs11")
            label = token.get("key_label") or None
            chain = tuple(bytes.fromhex(c) for c in token.get("ca_chain") or ())
            return Pkcs11Source(
                token["module"], token["token_label"], secret, key_label=label, cert_label=label, ca_chain=chain
            )
        raise CredentialError("no_certificate", "No signing certificate is set up on this device.")
