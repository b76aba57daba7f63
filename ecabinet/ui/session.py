"""The signed-in session as the UI sees it: sign in, load meetings, sign out, each in the background.

Widgets call the methods here and listen to the signals; this object owns the `ApiClient`, so no widget ever
touches HTTP. The password goes from the form to the worker and is then dropped: it is never stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ecabinet.client.api import ApiClient, LoginResult
from ecabinet.client.device import (
    default_device_name,
    load_or_create_device_id,
    wipe_profile_data,
)
from ecabinet.client.errors import AuthExpired, DeviceRevoked, OfflineError
from ecabinet.ui.operations import BackgroundRunner

log = logging.getLogger(__name__)

ClientFactory = Callable[[str, str], ApiClient]
"""Makes the client for (server URL, device id); tests may swap it, the app uses `ApiClient` itself."""


def _default_client_factory(server_url: str, device_id: str) -> ApiClient:
    return ApiClient(server_url, device_id=device_id)


class SessionController(QObject):
    """One profile's connection to one server, driven from the GUI thread.

    Every outcome arrives as a signal in the GUI thread. `session_ended(exc)` means the server no longer
    accepts this session (expired token: sign in again; revoked device: the profile's data was wiped).
    """

    busy_changed = Signal(bool)
    signed_in = Signal(object)  # LoginResult
    sign_in_failed = Signal(object)  # ApiError or another exception
    meetings_loaded = Signal(list)
    meetings_failed = Signal(object)
    session_ended = Signal(object)  # AuthExpired or DeviceRevoked
    signed_out = Signal()

    def __init__(
        self,
        *,
        profile: str = "default",
        client_factory: ClientFactory = _default_client_factory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self._client_factory = client_factory
        self._runner = BackgroundRunner(self)
        self._client: ApiClient | None = None
        self.login: LoginResult | None = None
        # Bumped whenever the session changes, so late answers for an older session are ignored.
        self._generation = 0
        self._busy = 0

    # -- state ------------------------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        """Whether an operation this controller started is still running."""
        return self._busy > 0

    @property
    def display_name(self) -> str:
        """The signed-in user's name as the server spells it (empty when nobody is signed in)."""
        if self.login is None:
            return ""
        user = self.login.user
        return str(user.get("display_name") or user.get("username") or "")

    # -- operations -------------------------------------------------------------------------------------

    def sign_in(self, server_url: str, username: str, password: str) -> None:
        """Sign in in the background; `signed_in(LoginResult)` or `sign_in_failed(exc)` follows."""
        self._generation += 1
        generation = self._generation
        profile = self.profile
        factory = self._client_factory

        def work() -> tuple[ApiClient, LoginResult]:
            device_id = load_or_create_device_id(profile)
            client = factory(server_url, device_id)
            try:
                result = client.login(username, password, default_device_name())
            except DeviceRevoked:
                client.close()
                wipe_profile_data(profile)
                raise
            except BaseException:
                client.close()
                raise
            return client, result

        def succeeded(outcome: tuple[ApiClient, LoginResult]) -> None:
            self._end_busy()
            client, result = outcome
            if generation != self._generation:
                client.close()
                return
            self._replace_client(client)
            self.login = result
            self.signed_in.emit(result)

        def failed(exc: BaseException) -> None:
            self._end_busy()
            if generation == self._generation:
                self.sign_in_failed.emit(exc)

        self._start(work, succeeded, failed)

    def load_meetings(self) -> None:
        """Fetch the user's meetings; `meetings_loaded(list)`, `meetings_failed(exc)` or `session_ended(exc)`."""
        client = self._client
        if client is None:
            return
        generation = self._generation
        profile = self.profile

        def work() -> list[dict[str, Any]]:
            try:
                return client.meetings()
            except DeviceRevoked:
                wipe_profile_data(profile)
                raise

        def succeeded(meetings: list[dict[str, Any]]) -> None:
            self._end_busy()
            if generation == self._generation:
                self.meetings_loaded.emit(meetings)

        def failed(exc: BaseException) -> None:
            self._end_busy()
            if generation != self._generation:
                return
            if isinstance(exc, AuthExpired | DeviceRevoked):
                self._forget_session()
                self.session_ended.emit(exc)
            else:
                self.meetings_failed.emit(exc)

        self._start(work, succeeded, failed)

    def sign_out(self) -> None:
        """Forget the session now and tell the server in the background; `signed_out` follows at once.

        Signing out must work offline too: the local session ends whatever the server answers.
        """
        client = self._client
        self._forget_session(close_client=False)
        self.signed_out.emit()
        if client is None:
            return

        def work() -> None:
            try:
                client.logout()
            except (OfflineError, DeviceRevoked) as exc:
                log.info("server not told about sign-out: %s", exc)
            finally:
                client.close()

        def done(_outcome: object) -> None:
            pass

        # Not "busy": the user is already back at the sign-in form and may sign in again meanwhile.
        self._runner.start(work, on_success=done, on_failure=done)

    def shutdown(self, timeout_ms: int = 5_000) -> None:
        """Wait for running operations and close the connection (when the app quits)."""
        self._generation += 1
        self._runner.wait_for_done(timeout_ms)
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- plumbing ---------------------------------------------------------------------------------------

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

    def _replace_client(self, client: ApiClient) -> None:
        if self._client is not None and self._client is not client:
            self._client.close()
        self._client = client

    def _forget_session(self, *, close_client: bool = True) -> None:
        self._generation += 1
        if close_client and self._client is not None:
            self._client.close()
        self._client = None
        self.login = None
