"""One profile's view of one server: sign-in, the vault, the store, the cache, sync and the outbox.

This is what the app (and ``ecabinet sync``) drives. It works offline: opening documents, reading the
agenda and stating positions need no network. The only answer that destroys local data is the server's
410 ``device_revoked``: then everything this profile holds for the server is wiped and the error is
re-raised so the app can say why.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ecabinet.client import outbox
from ecabinet.client.annotations import AnnotationBook, annotation_key
from ecabinet.client.api import ApiClient, LoginResult
from ecabinet.client.cache import DocumentCache
from ecabinet.client.credentials import SigningCredentials
from ecabinet.client.device import default_device_name, load_or_create_device_id, profile_dir
from ecabinet.client.errors import AuthExpired, DeviceRevoked, OfflineError
from ecabinet.client.pin import PinLockedOut, check_pin
from ecabinet.client.store import Store
from ecabinet.client.sync import SyncEngine, SyncProgress, SyncReport
from ecabinet.client.vault import KeyringSecrets, SecretBackend, Vault, VaultLocked

T = TypeVar("T")

#: How often a sync also extends the offline grant.
GRANT_RENEW_SECONDS = 600

SecretsFactory = Callable[[str, str], SecretBackend]
"""Makes the secret backend for (server URL, namespace); the keyring by default."""


def server_folder(profile: str, server_url: str) -> Path:
    digest = hashlib.sha256(server_url.encode("utf-8")).hexdigest()[:16]
    return profile_dir(profile) / "servers" / digest


class NotSignedIn(Exception):
    """No local store for this server yet: the first sign-in must happen online."""


class Engine:
    def __init__(
        self,
        server_url: str,
        *,
        profile: str = "default",
        secrets_factory: SecretsFactory | None = None,
        ca_bundle: str | None = None,
        pin_sha256: str | None = None,
        workers: int = 4,
    ) -> None:
        self.profile = profile
        self.device_id = load_or_create_device_id(profile)
        self.api = ApiClient(
            server_url,
            device_id=self.device_id,
            ca_bundle=ca_bundle,
            pin_sha256=pin_sha256,
            max_connections=max(8, workers * 2),
        )
        self.server_url = self.api.base_url
        self._secrets_factory = secrets_factory or (lambda url, ns: KeyringSecrets(url, ns))
        self.workers = workers
        self.user: dict[str, Any] | None = None
        self.store: Store | None = None
        self.cache: DocumentCache | None = None
        self.vault: Vault | None = None
        self._annotations: AnnotationBook | None = None
        self.retention_days: int | None = None
        self._grant_renewed_at: float | None = None
        #: Set by the idle lock: nothing may reopen the data key (a background sync included) until unlock.
        self._user_locked = False
        self._lock = threading.RLock()

    # -- where things live ------------------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return server_folder(self.profile, self.server_url)

    def _user_folder(self, user_id: str) -> Path:
        return self.folder / "users" / user_id

    def _open(self, user: dict[str, Any]) -> None:
        user_id = str(user["id"])
        folder = self._user_folder(user_id)
        folder.mkdir(parents=True, exist_ok=True)
        self.vault = Vault(self._secrets_factory(self.server_url, f"{self.profile}:{user_id}"), folder / "data.key")
        self.user = user
        if self.store is None:
            self.store = Store(folder / "store.sqlite3")
        self.store.write(lambda conn: Store.set_meta(conn, "user", json.dumps(user, ensure_ascii=False)))
        (self.folder / "last_user").write_text(user_id, encoding="utf-8")

    def open_cache(self) -> DocumentCache:
        """The unlocked document cache; raises ``VaultLocked`` (offline too long, or signed out by too many
        wrong PINs) or ``VaultKeyError`` (a key that does not fit), so the app can say which."""
        if self._user_locked:
            raise VaultLocked("This session is locked. Unlock it with your PIN.")
        if self.cache is None or self._annotations is None:
            assert self.vault is not None and self.user is not None and self.store is not None
            data_key = self.vault.data_key()
            self.cache = DocumentCache(self._user_folder(str(self.user["id"])) / "cache", data_key)
            self._annotations = AnnotationBook(self.store, annotation_key(data_key), user=self.user)
        return self.cache

    @property
    def annotations(self) -> AnnotationBook:
        """The user's annotations (see ``ecabinet.client.annotations``). They are encrypted under the same
        data key as the documents, so this raises ``VaultLocked`` / ``VaultKeyError`` like `open_cache`."""
        self.open_cache()
        assert self._annotations is not None
        return self._annotations

    @property
    def credentials(self) -> SigningCredentials:
        """The signed-in user's signing certificate on this device (see ``ecabinet.client.credentials``)."""
        if self.vault is None or self.user is None:
            raise VaultLocked("Sign in to use your signing certificate.")
        return SigningCredentials(self._user_folder(str(self.user["id"])) / "signing", self.vault.secrets)

    # -- sign-in ----------------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> LoginResult:
        """Sign in online; this also resets a PIN lock-out (the password proves more than the PIN)."""
        result = self._guard(lambda: self.api.login(username, password, default_device_name()))
        with self._lock:
            self._open(result.user)
            assert self.vault is not None
            self.vault.save_session(token=result.token, grant=result.offline_grant)
            assert self.store is not None
            self.store.write(lambda conn: Store.set_meta(conn, "pin_failures", "0"))
            self._user_locked = False
            self._grant_renewed_at = time.monotonic()
            if result.offline_grant:
                self.retention_days = result.offline_grant.get("closed_meeting_retention_days")
        return result

    def resume(self) -> bool:
        """Open the last user's store without the network (the app starting offline). False if there is
        none; the cache may still be locked (``VaultLocked``) when the offline grant expired."""
        marker = self.folder / "last_user"
        if not marker.exists():
            return False
        user_id = marker.read_text(encoding="utf-8").strip()
        store_path = self._user_folder(user_id) / "store.sqlite3"
        if not store_path.exists():
            return False
        self.store = Store(store_path)
        user = self.store.get_meta("user")
        self._open(json.loads(user) if user else {"id": user_id})
        assert self.vault is not None
        self.api.token = self.vault.token()
        return True

    def logout(self) -> None:
        with contextlib.suppress(OfflineError):
            self._guard(self.api.logout)
        if self.vault is not None:
            self.vault.forget_token()

    # -- work -------------------------------------------------------------------------------------------

    def sync(
        self, *, progress: Callable[[SyncProgress], None] | None = None, cancel: threading.Event | None = None
    ) -> SyncReport:
        if self.store is None:
            raise NotSignedIn("Sign in first.")

        def run() -> SyncReport:
            grant = None
            if self._grant_due():
                with contextlib.suppress(OfflineError):
                    grant = self.api.renew_grant()
            if grant and self.vault is not None:
                self.vault.save_grant(grant)
                self._grant_renewed_at = time.monotonic()
                self.retention_days = grant.get("closed_meeting_retention_days", self.retention_days)
            assert self.store is not None
            engine = SyncEngine(
                self.api,
                self.store,
                self.open_cache(),
                workers=self.workers,
                retention_days=self.retention_days,
                annotations=self.annotations,
            )
            return engine.sync(progress=progress, cancel=cancel)

        return self._guard(run)

    def _grant_due(self) -> bool:
        """Renew the offline grant at most every few minutes: an unchanged sync stays one request."""
        last = self._grant_renewed_at
        return last is None or time.monotonic() - last > GRANT_RENEW_SECONDS

    def open_document(self, sha256: str) -> bytes:
        """The bytes of a cached version, decrypted in memory only."""
        return self.open_cache().open_bytes(sha256)

    def state_position(self, meeting_id: str, item_id: str, *, position: str, comment: str = "") -> str:
        """Queue a position (it works offline) and try to send it now; returns its client id."""
        client_id = str(uuid.uuid4())
        body = {"position": position, "comment": comment, "client_id": client_id}
        # Offline, or a session that needs a new sign-in: the position waits in the outbox.
        self._queue_and_flush("position", "PUT", [(f"/api/meetings/{meeting_id}/items/{item_id}/position", body)])
        return client_id

    def queue_answers(self, answers: list[tuple[str, dict[str, Any]]]) -> outbox.FlushResult | None:
        """Queue consultation answers, (path, body with its `client_id`) each, signed on this device if at all, so
        this works offline; then try to send them now. The flush's result (`stopped_by` says why some wait), or
        None when the session needs a new sign-in first (they wait too)."""
        return self._queue_and_flush("answer", "PUT", answers)

    def queue_task_note(self, task_id: str, body: dict[str, Any]) -> outbox.FlushResult | None:
        """A progress note on a task (`text`, `status`, `progress`), kept in the outbox until the server has it;
        its `client_id` makes a resend after a lost answer count once."""
        path = self.api.task_notes_path(task_id)
        return self._queue_and_flush("task_note", "POST", [(path, body)])

    def _queue_and_flush(
        self, kind: str, method: str, items: list[tuple[str, dict[str, Any]]]
    ) -> outbox.FlushResult | None:
        if self.store is None:
            raise NotSignedIn("Sign in first.")
        store = self.store
        for path, body in items:
            client_id = str(body.get("client_id") or uuid.uuid4())
            body = {**body, "client_id": client_id}
            outbox.enqueue(store, client_id=client_id, kind=kind, method=method, path=path, body=body)
        try:
            return self._guard(lambda: outbox.flush(self.api, store))
        except (OfflineError, AuthExpired):
            return None

    # -- idle lock --------------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.cache is None

    def lock(self) -> None:
        """Forget the data key held in memory (idle lock); the PIN or a sign-in opens it again."""
        with self._lock:
            self._user_locked = True
            self.cache = None
            self._annotations = None

    def unlock(self, pin: str) -> None:
        """Open the data again with the app PIN. Too many wrong PINs end the session: the token and
        the offline grant are forgotten, so only an online sign-in with the password opens the data."""
        if self.store is None:
            raise NotSignedIn("Sign in first.")
        try:
            check_pin(self.store, pin)
        except PinLockedOut:
            if self.vault is not None:
                self.vault.forget_token()
                self.vault.secrets.delete("grant")
            self.cache = None
            self._annotations = None
            raise
        self._user_locked = False
        self.open_cache()

    # -- remote wipe ------------------------------------------------------------------------------------

    def _guard(self, call: Callable[[], T]) -> T:
        try:
            return call()
        except DeviceRevoked:
            self.wipe()
            raise

    def wipe(self) -> None:
        """Delete everything this profile keeps for this server: stores, caches and keyring entries."""
        with self._lock:
            if self.store is not None:
                self.store.close()
                self.store = None
            self.cache = None
            self._annotations = None
            users = self.folder / "users"
            for user_folder in users.iterdir() if users.is_dir() else []:
                secrets = self._secrets_factory(self.server_url, f"{self.profile}:{user_folder.name}")
                Vault(secrets, user_folder / "data.key").forget()
            shutil.rmtree(self.folder, ignore_errors=True)
            self.vault = None
            self.user = None
            self.api.token = None

    def close(self) -> None:
        self._annotations = None
        if self.store is not None:
            self.store.close()
            self.store = None
        self.api.close()
