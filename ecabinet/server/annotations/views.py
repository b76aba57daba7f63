"""JSON shape of a shared annotation, the same in REST answers and in the change feed."""

from __future__ import annotations

import json
from typing import Any

from ecabinet.server.accounts.models import User
from ecabinet.server.annotations.models import SharedAnnotation


def annotation_data(row: SharedAnnotation, author: User | None) -> dict[str, Any]:
    """The author's annotation JSON as stored, plus what only the server knows: revision, author, meeting."""
    data: dict[str, Any] = json.loads(row.data) if row.data else {"id": row.id, "document_id": row.document_id}
    data.update(
        {
            "revision": row.revision,
            "author": {"id": row.user_id, "display_name": author.display_name if author else ""},
            "meeting_id": row.meeting_id,
        }
    )
    return data
