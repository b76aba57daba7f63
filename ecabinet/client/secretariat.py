"""The secretariat's calls: preparing meetings, agendas, documents and participants, always online.

Preparing is not queued like a minister's positions: a secretary needs to know at once whether an upload was
accepted or an agenda change collided with a colleague's, so every call here goes straight to the server and
its answer (or its refusal, as an `ApiError` with a stable code) comes straight back.

Writes that could overwrite a colleague's work carry the version the secretary saw (`expected_version`); the
server answers 409 `version_conflict` with the current state when it changed meanwhile.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from ecabinet.client.api import ApiClient, _seg

__all__ = ["SecretariatClient", "UploadCancelled"]

UPLOAD_CHUNK = 256 * 1024

#: progress(bytes sent, bytes in total)
UploadProgress = Callable[[int, int], None]


class UploadCancelled(Exception):
    """The secretary cancelled an upload; the server stores nothing of a body that did not arrive whole."""


class SecretariatClient:
    """Preparation calls over an `ApiClient` signed in as a secretary (or admin)."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    # -- meetings ---------------------------------------------------------------------------------------------

    def meetings(self) -> list[dict[str, Any]]:
        return self.api.meetings()

    def meeting(self, meeting_id: str) -> dict[str, Any]:
        return self.api.meeting(meeting_id)

    def create_meeting(
        self,
        *,
        body_id: str,
        title: str,
        starts_at: datetime,
        duration_minutes: int = 120,
        location: str = "",
        language: str = "en",
    ) -> dict[str, Any]:
        return self.api.send(
            "POST",
            "/api/meetings",
            {
                "body_id": body_id,
                "title": title,
                "starts_at": starts_at.isoformat(),
                "duration_minutes": duration_minutes,
                "location": location,
                "language": language,
            },
        )

    def update_meeting(
        self, meeting_id: str, changes: dict[str, Any], *, expected_version: int | None
    ) -> dict[str, Any]:
        body = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in changes.items()}
        if expected_version is not None:
            body["expected_version"] = expected_version
        return self.api.send("PATCH", f"/api/meetings/{_seg(meeting_id)}", body)

    def copy_meeting(
        self, meeting_id: str, *, title: str | None = None, starts_at: datetime | None = None, with_documents: bool
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"with_documents": with_documents}
        if title:
            body["title"] = title
        if starts_at is not None:
            body["starts_at"] = starts_at.isoformat()
        return self.api.send("POST", f"/api/meetings/{_seg(meeting_id)}/copy", body)

    def publish(self, meeting_id: str) -> dict[str, Any]:
        return self.api.send("POST", f"/api/meetings/{_seg(meeting_id)}/publish")

    def unpublish(self, meeting_id: str) -> dict[str, Any]:
        return self.api.send("POST", f"/api/meetings/{_seg(meeting_id)}/unpublish")

    # -- agenda -----------------------------------------------------------------------------------------------

    def add_item(
        self,
        meeting_id: str,
        *,
        title: str,
        presenter: str = "",
        duration_minutes: int = 10,
        parent_id: str | None = None,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"title": title, "presenter": presenter, "duration_minutes": duration_minutes}
        if parent_id:
            body["parent_id"] = parent_id
        return self.api.send("POST", f"/api/meetings/{_seg(meeting_id)}/items", body)

    def update_item(
        self, meeting_id: str, item_id: str, changes: dict[str, Any], *, expected_version: int | None
    ) -> dict[str, Any]:
        body = dict(changes)
        if expected_version is not None:
            body["expected_version"] = expected_version
        return self.api.send("PATCH", f"/api/meetings/{_seg(meeting_id)}/items/{_seg(item_id)}", body)

    def delete_item(self, meeting_id: str, item_id: str, *, force: bool, expected_version: int | None) -> None:
        query = [f"force={'true' if force else 'false'}"]
        if expected_version is not None:
            query.append(f"expected_version={expected_version}")
        self.api.send("DELETE", f"/api/meetings/{_seg(meeting_id)}/items/{_seg(item_id)}?{'&'.join(query)}")

    def restore_item(self, meeting_id: str, item_id: str) -> dict[str, Any]:
        return self.api.send("POST", f"/api/meetings/{_seg(meeting_id)}/items/{_seg(item_id)}/restore")

    def reorder(self, meeting_id: str, item_ids: Sequence[str], *, expected_version: int | None) -> dict[str, Any]:
        body: dict[str, Any] = {"item_ids": list(item_ids)}
        if expected_version is not None:
            body["expected_version"] = expected_version
        return self.api.send("PUT", f"/api/meetings/{_seg(meeting_id)}/items/order", body)

    # -- participants and delivery -----------------------------------------------------------------------------

    def directory(self) -> dict[str, Any]:
        """`{"users": [...], "bodies": [...]}`: whom to invite, and the bodies this secretary prepares for."""
        return self.api.send("GET", "/api/users")

    def users(self) -> list[dict[str, Any]]:
        return list(self.directory().get("users", []))

    def set_participant(self, meeting_id: str, user_id: str, role: str) -> list[dict[str, Any]]:
        answer = self.api.send(
            "PUT", f"/api/meetings/{_seg(meeting_id)}/participants", {"user_id": user_id, "role": role}
        )
        return list(answer.get("participants", []))

    def remove_participant(self, meeting_id: str, user_id: str) -> None:
        self.api.send("DELETE", f"/api/meetings/{_seg(meeting_id)}/participants/{_seg(user_id)}")

    def delivery(self, meeting_id: str) -> dict[str, Any]:
        return self.api.send("GET", f"/api/meetings/{_seg(meeting_id)}/delivery")

    def audit(self, meeting_id: str, *, limit: int = 100, before: int | None = None) -> dict[str, Any]:
        query = f"limit={limit}" + (f"&before={before}" if before else "")
        return self.api.send("GET", f"/api/meetings/{_seg(meeting_id)}/audit?{query}")

    # -- documents --------------------------------------------------------------------------------------------

    def upload_document(
        self,
        meeting_id: str,
        item_id: str,
        path: Path,
        *,
        title: str,
        restricted: bool = False,
        readers: Sequence[str] = (),
        progress: UploadProgress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> dict[str, Any]:
        """Send a PDF as a new document of an agenda item, streamed from disk with progress."""
        params = {"title": title, "filename": path.name, "restricted": "true" if restricted else "false"}
        if readers:
            params["readers"] = json.dumps(list(readers))
        return self._upload(
            f"/api/meetings/{_seg(meeting_id)}/items/{_seg(item_id)}/documents", path, params, progress, cancelled
        )

    def upload_version(
        self,
        document_id: str,
        path: Path,
        *,
        progress: UploadProgress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> dict[str, Any]:
        """Replace a document with a new version (the old ones stay listed; readers get the new one)."""
        return self._upload(
            f"/api/documents/{_seg(document_id)}/versions", path, {"filename": path.name}, progress, cancelled
        )

    def set_access(self, document_id: str, *, restricted: bool, readers: Sequence[str]) -> dict[str, Any]:
        return self.api.send(
            "PUT", f"/api/documents/{_seg(document_id)}/access", {"restricted": restricted, "user_ids": list(readers)}
        )

    def withdraw_version(self, document_id: str, sha256: str, *, reason: str) -> dict[str, Any]:
        return self.api.send(
            "POST", f"/api/documents/{_seg(document_id)}/versions/{_seg(sha256)}/withdraw", {"reason": reason}
        )

    def _upload(
        self,
        path_url: str,
        path: Path,
        params: dict[str, str],
        progress: UploadProgress | None,
        cancelled: Callable[[], bool],
    ) -> dict[str, Any]:
        size = os.stat(path).st_size

        def chunks() -> Iterator[bytes]:
            sent = 0
            with open(path, "rb") as source:
                while block := source.read(UPLOAD_CHUNK):
                    if cancelled():
                        raise UploadCancelled(path.name)
                    sent += len(block)
                    yield block
                    if progress is not None:
                        progress(sent, size)

        return self.api.upload_pdf(path_url, chunks(), size, params)
