"""Sends what the user did offline, in order, exactly once in effect.

Each item carries a client-made id that the server uses to make a repeat a no-op, so sending an item
again after a lost answer is harmless. An answer is either retryable (offline, a server error, a session
that needs a new sign-in: the item stays and flushing stops) or final (any other refusal: the item is
kept with the server's reason for the user to see, and the items behind it still go).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ecabinet.client.api import ApiClient
from ecabinet.client.errors import ApiError, AuthExpired, DeviceRevoked, OfflineError, ServerError
from ecabinet.client.store import Store

#: Kinds the outbox may carry. Ballots are deliberately absent: a vote counts only when the server
#: confirmed it, so the app never queues one.
QUEUEABLE = frozenset({"position", "annotation", "speaking_request", "answer", "task_note"})
#: Consultation answers (issue 16) may wait: the server judges the deadline by when one arrives and says so
#: (a late one is refused as `deadline_passed` and kept here with that reason for the member to see).

#: Refusals that mean the server is already where the item wanted to take it, or past it: an edit of a shared
#: annotation its author has withdrawn meanwhile (from another device; a delete wins over an edit), or the
#: withdrawal of one the server no longer has. Nothing for the user to act on, so the item is simply done.
SETTLED = frozenset({("annotation", "PUT", "annotation_deleted"), ("annotation", "DELETE", "not_found")})


@dataclass
class FlushResult:
    sent: int = 0
    settled: int = 0  # refused in a way that means "already so" (see SETTLED)
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # (client id, code, message)
    stopped_by: str | None = None  # the error code that stopped the flush (retry later), if any


def enqueue(store: Store, *, client_id: str, kind: str, method: str, path: str, body: dict[str, object]) -> None:
    if kind not in QUEUEABLE:
        raise ValueError(f"{kind!r} cannot wait in the outbox")
    store.enqueue(client_id=client_id, kind=kind, method=method, path=path, body=dict(body))


def flush(api: ApiClient, store: Store) -> FlushResult:
    result = FlushResult()
    for item in store.outbox("pending"):
        try:
            api.send(item.method, item.path, item.body)
        except DeviceRevoked:
            raise
        except (OfflineError, ServerError, AuthExpired) as exc:
            store.mark_outbox(item.seq, state="pending", error_code=exc.code, error_message=exc.message)
            result.stopped_by = exc.code
            if isinstance(exc, AuthExpired):
                raise
            return result
        except ApiError as exc:
            if (item.kind, item.method.upper(), exc.code) in SETTLED:
                store.mark_outbox(item.seq, state="done", error_code=exc.code, error_message=exc.message)
                result.settled += 1
                continue
            store.mark_outbox(
                item.seq,
                state="refused",
                error_code=exc.code,
                error_message=exc.message,
                error_details=getattr(exc, "details", None),
            )
            result.refused.append((item.client_id, exc.code, exc.message))
            continue
        store.mark_outbox(item.seq, state="done")
        result.sent += 1
    return result
