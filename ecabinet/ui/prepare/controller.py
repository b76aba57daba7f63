"""The secretariat workspace's link to the server: every call in the background, every answer as a signal.

The workspace keeps the meeting as the server last described it (`meeting`, with its `version` and each item's
`version`) and sends those versions with every change, so two secretaries never overwrite each other: the
second one gets `conflict(current meeting)` and the screen reloads what the first one did.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ecabinet.client.errors import ApiError
from ecabinet.client.secretariat import SecretariatClient
from ecabinet.ui.operations import BackgroundRunner

__all__ = ["PrepareController"]


class PrepareController(QObject):
    """Loads and changes meetings for the secretariat; the workspace page listens to its signals."""

    meetings_loaded = Signal(object)  # list of meeting summaries
    meeting_loaded = Signal(object)  # the meeting with its agenda (the server's view)
    users_loaded = Signal(object)  # the directory: users to invite and the bodies one may prepare for
    delivery_loaded = Signal(object)
    audit_loaded = Signal(object)
    busy_changed = Signal(bool)
    failed = Signal(str, object)  # (what was tried, exception)
    conflict = Signal(object)  # someone else changed it: the exception (its details carry the current state)
    upload_progress = Signal(str, int, int)  # (file key, bytes sent, total)
    upload_finished = Signal(str, object)  # (file key, the server's answer)
    upload_failed = Signal(str, object)  # (file key, exception)

    def __init__(self, client: Callable[[], SecretariatClient | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._runner = BackgroundRunner(self, max_threads=3)
        self.meeting: dict[str, Any] | None = None
        self._busy = 0
        self._cancels: dict[str, threading.Event] = {}

    # -- reading ----------------------------------------------------------------------------------------------

    def load_meetings(self) -> None:
        self._call("meetings", lambda c: c.meetings(), self.meetings_loaded.emit)

    def load_meeting(self, meeting_id: str) -> None:
        self._call("meeting", lambda c: c.meeting(meeting_id), self._got_meeting)

    def reload(self) -> None:
        if self.meeting is not None:
            self.load_meeting(str(self.meeting["id"]))

    def load_users(self) -> None:
        """The directory: `users_loaded({"users": [...], "bodies": [...]})`."""
        self._call("users", lambda c: c.directory(), self.users_loaded.emit)

    def load_delivery(self) -> None:
        meeting_id = self._meeting_id()
        if meeting_id:
            self._call("delivery", lambda c: c.delivery(meeting_id), self.delivery_loaded.emit)

    def load_audit(self) -> None:
        meeting_id = self._meeting_id()
        if meeting_id:
            self._call("audit", lambda c: c.audit(meeting_id), self.audit_loaded.emit)

    # -- meetings ---------------------------------------------------------------------------------------------

    def create_meeting(self, *, body_id: str, title: str, starts_at: datetime, duration: int, location: str) -> None:
        def work(c: SecretariatClient) -> dict[str, Any]:
            return c.create_meeting(
                body_id=body_id, title=title, starts_at=starts_at, duration_minutes=duration, location=location
            )

        self._call("create", work, self._got_new_meeting)

    def copy_meeting(self, meeting_id: str, *, title: str, starts_at: datetime, with_documents: bool) -> None:
        def work(c: SecretariatClient) -> dict[str, Any]:
            return c.copy_meeting(meeting_id, title=title, starts_at=starts_at, with_documents=with_documents)

        self._call("copy", work, self._got_new_meeting)

    def update_meeting(self, changes: dict[str, Any]) -> None:
        meeting_id, version = self._meeting_id(), self._meeting_version()
        self._call(
            "update", lambda c: c.update_meeting(meeting_id, changes, expected_version=version), self._got_meeting
        )

    def publish(self) -> None:
        meeting_id = self._meeting_id()
        self._call("publish", lambda c: c.publish(meeting_id), self._got_changed_meeting)

    def unpublish(self) -> None:
        meeting_id = self._meeting_id()
        self._call("unpublish", lambda c: c.unpublish(meeting_id), self._got_changed_meeting)

    # -- agenda -----------------------------------------------------------------------------------------------

    def add_item(self, *, title: str, presenter: str, duration: int, parent_id: str | None) -> None:
        meeting_id = self._meeting_id()

        def work(c: SecretariatClient) -> dict[str, Any]:
            return c.add_item(
                meeting_id, title=title, presenter=presenter, duration_minutes=duration, parent_id=parent_id
            )

        self._call("add_item", work, lambda _item: self.reload())

    def update_item(self, item: dict[str, Any], changes: dict[str, Any]) -> None:
        meeting_id = self._meeting_id()
        item_id, version = str(item["id"]), item.get("version")

        def work(c: SecretariatClient) -> dict[str, Any]:
            return c.update_item(meeting_id, item_id, changes, expected_version=version)

        self._call("update_item", work, lambda _item: self.reload())

    def delete_item(self, item: dict[str, Any], *, force: bool) -> None:
        meeting_id = self._meeting_id()
        item_id, version = str(item["id"]), item.get("version")

        def work(c: SecretariatClient) -> None:
            c.delete_item(meeting_id, item_id, force=force, expected_version=version)

        self._call("delete_item", work, lambda _none: self.reload())

    def restore_item(self, item_id: str) -> None:
        meeting_id = self._meeting_id()
        self._call("restore_item", lambda c: c.restore_item(meeting_id, item_id), lambda _item: self.reload())

    def reorder(self, item_ids: Sequence[str]) -> None:
        meeting_id, version = self._meeting_id(), self._meeting_version()
        order = list(item_ids)
        self._call("reorder", lambda c: c.reorder(meeting_id, order, expected_version=version), self._got_meeting)

    # -- participants -----------------------------------------------------------------------------------------

    def set_participant(self, user_id: str, role: str) -> None:
        meeting_id = self._meeting_id()
        self._call("participant", lambda c: c.set_participant(meeting_id, user_id, role), lambda _p: self.reload())

    def remove_participant(self, user_id: str) -> None:
        meeting_id = self._meeting_id()
        self._call("participant", lambda c: c.remove_participant(meeting_id, user_id), lambda _n: self.reload())

    # -- documents --------------------------------------------------------------------------------------------

    def upload(self, key: str, item_id: str, path: Path, *, title: str, new_version_of: str | None = None) -> None:
        """Send one PDF (a new document of the item, or a new version); progress and outcome by `key`."""
        client = self._client()
        meeting_id = self._meeting_id()
        if client is None or not meeting_id:
            return
        cancel = threading.Event()
        self._cancels[key] = cancel

        def progress(sent: int, total: int) -> None:
            self.upload_progress.emit(key, sent, total)  # from the pool thread: queued to the GUI

        def work() -> dict[str, Any]:
            if new_version_of is not None:
                return client.upload_version(new_version_of, path, progress=progress, cancelled=cancel.is_set)
            return client.upload_document(
                meeting_id, item_id, path, title=title, progress=progress, cancelled=cancel.is_set
            )

        def done(answer: dict[str, Any]) -> None:
            self._cancels.pop(key, None)
            self.upload_finished.emit(key, answer)
            self.reload()

        def failed(exc: BaseException) -> None:
            self._cancels.pop(key, None)
            self.upload_failed.emit(key, exc)

        self._runner.start(work, on_success=done, on_failure=failed)

    def cancel_upload(self, key: str) -> None:
        cancel = self._cancels.get(key)
        if cancel is not None:
            cancel.set()

    def set_access(self, document_id: str, *, restricted: bool, readers: Sequence[str]) -> None:
        chosen = list(readers)
        self._call(
            "access",
            lambda c: c.set_access(document_id, restricted=restricted, readers=chosen),
            lambda _d: self.reload(),
        )

    def withdraw_version(self, document_id: str, sha256: str, reason: str) -> None:
        self._call(
            "withdraw", lambda c: c.withdraw_version(document_id, sha256, reason=reason), lambda _d: self.reload()
        )

    # -- plumbing ---------------------------------------------------------------------------------------------

    def _meeting_id(self) -> str:
        return str(self.meeting["id"]) if self.meeting is not None else ""

    def _meeting_version(self) -> int | None:
        version = self.meeting.get("version") if self.meeting is not None else None
        return version if isinstance(version, int) else None

    def _got_meeting(self, meeting: dict[str, Any]) -> None:
        self.meeting = meeting
        self.meeting_loaded.emit(meeting)

    def _got_new_meeting(self, meeting: dict[str, Any]) -> None:
        self._got_meeting(meeting)
        self.load_meetings()

    def _got_changed_meeting(self, meeting: dict[str, Any]) -> None:
        self._got_meeting(meeting)
        self.load_meetings()

    def _call(self, what: str, work: Callable[[SecretariatClient], Any], done: Callable[[Any], None]) -> None:
        client = self._client()
        if client is None:
            return
        self._busy += 1
        if self._busy == 1:
            self.busy_changed.emit(True)

        def finished() -> None:
            self._busy -= 1
            if self._busy == 0:
                self.busy_changed.emit(False)

        def succeeded(result: Any) -> None:
            finished()
            done(result)

        def failed(exc: BaseException) -> None:
            finished()
            if isinstance(exc, ApiError) and exc.code == "version_conflict":
                self.conflict.emit(exc)
                self.reload()
                return
            self.failed.emit(what, exc)

        self._runner.start(lambda: work(client), on_success=succeeded, on_failure=failed)

    def wait_for_done(self, timeout_ms: int = 10_000) -> bool:
        return self._runner.wait_for_done(timeout_ms)
