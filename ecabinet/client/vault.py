"""Secrets of a signed-in device: the token, the server's offline grant, and the local data key.

The data key (which encrypts the document cache) is random and never stored in the clear: it is kept
wrapped (AES-256-GCM) by the *grant key* that the server hands out at sign-in. The grant key lives in the
OS keyring with its expiry; once the offline grace period has passed the vault deletes it and the data
stays locked until the next online sign-in. So a device kept away from the network locks itself even if
nobody ever wipes it. Where no keyring exists (a headless Linux box), the secrets are kept in a file
encrypted under a passphrase (argon2id), and the app must ask for it.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import keyring
import keyring.errors
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_WRAP_AD = b"ecabinet data key v1"
_SECRETS_AD = b"ecabinet secrets v1"


class VaultError(Exception):
    """Base of the vault's errors; ``code`` is stable for the UI's translated message."""

    code = "vault_error"


class VaultLocked(VaultError):
    """No valid offline grant: the user must sign in online before the local data opens."""

    code = "vault_locked"


class VaultKeyError(VaultError):
    """The key found does not open this device's data (a wrong keyring entry or passphrase)."""

    code = "vault_wrong_key"


class KeyringUnavailable(VaultError):
    code = "keyring_unavailable"


class SecretBackend(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def keyring_available() -> bool:
    """False on systems whose only keyring backend refuses to store anything (headless Linux)."""
    backend = keyring.get_keyring()
    name = type(backend).__module__ + "." + type(backend).__name__
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    return float(getattr(backend, "priority", 1) or 0) > 0


def service_name(server_url: str) -> str:
    """One keyring service per server, as users see it in their keyring manager."""
    return f"eCabinet {server_url}"


class KeyringSecrets:
    """Secrets in the OS keyring, named ``<profile>:<user>:<name>`` under the server's service."""

    def __init__(self, server_url: str, namespace: str) -> None:
        if not keyring_available():
            raise KeyringUnavailable("No system keyring is available on this device.")
        self.service = service_name(server_url)
        self.namespace = namespace

    def _key(self, name: str) -> str:
        return f"{self.namespace}:{name}"

    def get(self, name: str) -> str | None:
        value: str | None = keyring.get_password(self.service, self._key(name))
        return value

    def set(self, name: str, value: str) -> None:
        keyring.set_password(self.service, self._key(name), value)

    def delete(self, name: str) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(self.service, self._key(name))


class PassphraseSecrets:
    """Secrets in one file, encrypted under a key derived from a passphrase with argon2id."""

    def __init__(self, path: Path, passphrase: str, *, time_cost: int = 3, memory_kib: int = 64 * 1024) -> None:
        if not passphrase:
            raise VaultKeyError("A passphrase is needed to protect this device's data.")
        self.path = path
        self._passphrase = passphrase.encode("utf-8")
        self._time_cost = time_cost
        self._memory_kib = memory_kib
        self._values = self._load()

    def _kek(self, salt: bytes) -> bytes:
        return hash_secret_raw(
            self._passphrase,
            salt,
            time_cost=self._time_cost,
            memory_cost=self._memory_kib,
            parallelism=1,
            hash_len=32,
            type=Type.ID,
        )

    def _load(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        blob = json.loads(self.path.read_text(encoding="utf-8"))
        salt, nonce, data = (base64.b64decode(blob[k]) for k in ("salt", "nonce", "data"))
        self._time_cost, self._memory_kib = int(blob["t"]), int(blob["m"])
        try:
            plain = AESGCM(self._kek(salt)).decrypt(nonce, data, _SECRETS_AD)
        except InvalidTag as exc:
            raise VaultKeyError("The passphrase does not open this device's data.") from exc
        values: dict[str, str] = json.loads(plain)
        return values

    def _save(self) -> None:
        salt, nonce = os.urandom(16), os.urandom(12)
        data = AESGCM(self._kek(salt)).encrypt(nonce, json.dumps(self._values).encode(), _SECRETS_AD)
        blob = {k: base64.b64encode(v).decode() for k, v in (("salt", salt), ("nonce", nonce), ("data", data))}
        _atomic_write(self.path, json.dumps({**blob, "t": self._time_cost, "m": self._memory_kib}).encode())

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value
        self._save()

    def delete(self, name: str) -> None:
        if self._values.pop(name, None) is not None:
            self._save()


#: Where the signing certificate's passphrase or PIN is kept when remembered (``ecabinet.client.credentials``);
#: named here so that forgetting a store's secrets cannot miss it.
SIGNING_SECRET = "signing-secret"


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{secrets.token_hex(4)}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class Vault:
    """The secrets of one (server, user) store."""

    def __init__(self, secrets_backend: SecretBackend, key_file: Path, *, clock: Callable[[], datetime] | None = None):
        self.secrets = secrets_backend
        self.key_file = key_file
        self._clock = clock or (lambda: datetime.now(UTC))

    def save_session(self, *, token: str, grant: dict[str, Any] | None) -> None:
        self.secrets.set("token", token)
        if grant:
            self.save_grant(grant)

    def save_grant(self, grant: dict[str, Any]) -> None:
        self.secrets.set("grant", json.dumps({"key": grant["key"], "expires_at": grant["expires_at"]}))

    def token(self) -> str | None:
        return self.secrets.get("token")

    def forget_token(self) -> None:
        self.secrets.delete("token")

    def grant_expires_at(self) -> datetime | None:
        raw = self.secrets.get("grant")
        if not raw:
            return None
        return datetime.fromisoformat(json.loads(raw)["expires_at"].replace("Z", "+00:00"))

    def _grant_key(self) -> bytes:
        raw = self.secrets.get("grant")
        if not raw:
            raise VaultLocked("Sign in online to unlock the documents on this device.")
        grant = json.loads(raw)
        expires = datetime.fromisoformat(str(grant["expires_at"]).replace("Z", "+00:00"))
        if expires <= self._clock():
            self.secrets.delete("grant")
            raise VaultLocked("This device has been offline too long. Sign in online to unlock its documents.")
        key = base64.urlsafe_b64decode(str(grant["key"]) + "=" * (-len(str(grant["key"])) % 4))
        if len(key) != 32:
            raise VaultKeyError("The stored key is damaged.")
        return key

    def data_key(self) -> bytes:
        """The key of the local document cache, made on first use and kept only wrapped."""
        wrapping = self._grant_key()
        if self.key_file.exists():
            blob = self.key_file.read_bytes()
            try:
                return AESGCM(wrapping).decrypt(blob[:12], blob[12:], _WRAP_AD)
            except (InvalidTag, ValueError) as exc:
                raise VaultKeyError(
                    "The key in the keyring does not open this device's data. Sign in again; if that does "
                    "not help, remove the local data (it is downloaded again)."
                ) from exc
        data_key = os.urandom(32)
        nonce = os.urandom(12)
        _atomic_write(self.key_file, nonce + AESGCM(wrapping).encrypt(nonce, data_key, _WRAP_AD))
        return data_key

    def forget(self) -> None:
        """Remove every secret of this store (remote wipe, sign-out with removal)."""
        for name in ("token", "grant", SIGNING_SECRET):
            self.secrets.delete(name)
        self.key_file.unlink(missing_ok=True)
