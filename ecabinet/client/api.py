"""A small synchronous client for the eCabinet HTTP API (see the contract in `shared/api.md`).

Synchronous on purpose: the UI calls it from worker threads, scripts and tests call it directly, and one code
path is easier to get right than two. Every failure surfaces as an `ecabinet.client.errors.ApiError` subclass
chosen by the server's stable error code, so callers never inspect HTTP details.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import ipaddress
import json
import logging
import ssl
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Final, Self

import httpx
import httpx_sse

from ecabinet.client.errors import (
    ANSWER_CODES,
    SIGNATURE_CODES,
    VOTE_CODES,
    AnnotationDeleted,
    AnswerRefused,
    ApiError,
    AuthExpired,
    CertificatePinMismatch,
    DeviceRevoked,
    Forbidden,
    InsecureServerError,
    InvalidCredentials,
    InvalidResponse,
    InvalidServerAddress,
    NotFound,
    OfflineError,
    ServerError,
    SignatureRefused,
    TooManyAttempts,
    VoteRefused,
)
from ecabinet.client.pinning import PinMismatch, pinned_transport

__all__ = ["ApiClient", "FeedPage", "LoginResult", "is_local_host", "normalize_server_url"]

log = logging.getLogger(__name__)

USER_AGENT: Final = "eCabinet-client/0.1"
#: Connect failures of idempotent GETs are retried this many times, waiting these many seconds before each.
GET_RETRY_DELAYS: Final = (0.25, 0.75)
#: Used when a 429 answer carries no usable Retry-After header.
DEFAULT_RETRY_AFTER: Final = 30.0


@dataclass(frozen=True, slots=True)
class LoginResult:
    """What a successful sign-in returns: the bearer token, when it dies, and who signed in."""

    token: str
    expires_at: datetime
    device_id: str
    user: dict[str, Any]
    #: ``{"key", "expires_at", ...}``: unlocks this device's local data until it expires (None from old servers).
    offline_grant: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class FeedPage:
    """One answer of ``GET /api/sync``."""

    cursor: int
    changes: list[dict[str, Any]]
    more: bool
    etag: str | None


def is_local_host(host: str) -> bool:
    """Whether `host` is this machine (`localhost`, `::1`, 127.0.0.0/8): the only hosts plain http may reach."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        # Not "*.localhost": a resolver is not obliged to keep those on this machine.
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_server_url(text: str) -> str:
    """Turn what a user typed into a base URL: trimmed, no trailing slash, a scheme added when missing.

    A missing scheme becomes `http://` for this machine (the demo server) and `https://` for anything else,
    so that typing `ecabinet.gov.example` never ends up as clear-text http.
    """
    text = text.strip()
    if not text or any(ch.isspace() for ch in text):
        raise InvalidServerAddress(text)
    try:
        if "://" not in text:
            host = httpx.URL("https://" + text).host
            text = ("http://" if is_local_host(host) else "https://") + text
        url = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise InvalidServerAddress(text) from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidServerAddress(text)
    return str(url.copy_with(query=None, fragment=None)).rstrip("/")


def consultation_content_path(consultation_id: str, document_id: str, sha256: str) -> str:
    """Where the bytes of a consultation paper's version are (also for the sync, which keeps them offline)."""
    return f"/api/consultations/{_seg(consultation_id)}/documents/{_seg(document_id)}/versions/{_seg(sha256)}/content"


def _seg(value: str) -> str:
    """One URL path segment, escaped."""
    return urllib.parse.quote(str(value), safe="")


def _check_transport_security(url: str) -> None:
    """Refuse clear-text http to another machine, before any traffic leaves this one."""
    parsed = httpx.URL(url)
    if parsed.scheme == "http" and not is_local_host(parsed.host):
        raise InsecureServerError(url)


def _parse_retry_after(value: str | None) -> float:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return DEFAULT_RETRY_AFTER
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return DEFAULT_RETRY_AFTER
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _parse_timestamp(value: object) -> datetime:
    if not isinstance(value, str):
        raise InvalidResponse(200, "invalid_response", f"expected an ISO 8601 time, got {value!r}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidResponse(200, "invalid_response", f"expected an ISO 8601 time, got {value!r}") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def error_from_response(response: httpx.Response) -> ApiError:
    """Build the `ApiError` subclass that matches a failed response's status and stable error code."""
    status = response.status_code
    code = f"http_{status}"
    message = response.reason_phrase or "HTTP error"
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, Mapping) and isinstance(body.get("error"), Mapping):
        error = body["error"]
        code = str(error.get("code") or code)
        message = str(error.get("message") or message)

    if status == 401:
        if code == "invalid_credentials":
            return InvalidCredentials(status, code, message)
        # token_expired, invalid_token and anything else: sign in again, keep the data.
        return AuthExpired(status, code, message)
    if status == 410 and code == "device_revoked":
        return DeviceRevoked(status, code, message)
    if status == 429:
        retry_after = _parse_retry_after(response.headers.get("Retry-After"))
        return TooManyAttempts(status, code, message, retry_after=retry_after)
    if status == 404:
        return NotFound(status, code, message)
    if status == 403:
        return Forbidden(status, code, message)
    if status == 409 and code == "annotation_deleted":
        return AnnotationDeleted(status, code, message)
    if code in ANSWER_CODES or code in SIGNATURE_CODES:
        details = body["error"].get("details") if isinstance(body, Mapping) else None
        refused = AnswerRefused if code in ANSWER_CODES else SignatureRefused
        return refused(status, code, message, details=dict(details) if isinstance(details, Mapping) else None)
    if code in VOTE_CODES:
        return VoteRefused(status, code, message)
    if status >= 500:
        return ServerError(status, code, message)
    return ApiError(status, code, message)


class ApiClient:
    """One server, one device, at most one signed-in user: the calls of `shared/api.md` as methods.

    The token is kept in memory only; `login` sets it, `logout` forgets it. Plain `http://` to a host other
    than this machine is refused in the constructor with `InsecureServerError`, so no byte is ever sent.
    """

    def __init__(
        self,
        base_url: str,
        *,
        device_id: str,
        token: str | None = None,
        timeout: float = 10.0,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        ca_bundle: str | None = None,
        pin_sha256: str | None = None,
        max_connections: int = 8,
    ) -> None:
        self.base_url = normalize_server_url(base_url)
        _check_transport_security(self.base_url)
        self.device_id = device_id
        self.token = token
        self._sleep = sleep
        self._pin = pin_sha256.replace(":", "").lower() if pin_sha256 else None
        verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else True
        limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
        if self._pin and transport is None and self.base_url.startswith("https:"):
            # A pinned certificate is trusted by its fingerprint alone (self-signed installations), checked at
            # the TLS handshake so nothing is sent to a server that is not the pinned one.
            transport = pinned_transport(self._pin, limits=limits)
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            transport=transport,
            verify=verify,
            limits=limits,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=False,
        )

    # -- lifecycle --------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool. The token is not revoked: call `logout` for that."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- the API ----------------------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """`GET /api/health`: `{"status": "ok", "version": ...}`; needs no sign-in."""
        return self._json_object(self._request("GET", "/api/health", auth=False))

    def login(self, username: str, password: str, device_name: str) -> LoginResult:
        """`POST /api/auth/login`; on success the token is kept on this client for the calls that follow."""
        response = self._request(
            "POST",
            "/api/auth/login",
            auth=False,
            json={
                "username": username,
                "password": password,
                "device_id": self.device_id,
                "device_name": device_name,
            },
        )
        body = self._json_object(response)
        token = body.get("token")
        user = body.get("user")
        if not isinstance(token, str) or not token or not isinstance(user, dict):
            raise InvalidResponse(response.status_code, "invalid_response", "login answer lacks token or user")
        result = LoginResult(
            token=token,
            expires_at=_parse_timestamp(body.get("expires_at")),
            device_id=str(body.get("device_id") or self.device_id),
            user=user,
            offline_grant=body.get("offline_grant") if isinstance(body.get("offline_grant"), dict) else None,
        )
        self.token = result.token
        return result

    def logout(self) -> None:
        """`POST /api/auth/logout`. The token is forgotten locally whatever the server says.

        A token the server already considers dead (401) counts as signed out; being offline is raised so the
        caller may tell the user, but the client is signed out locally either way.
        """
        if self.token is None:
            return
        try:
            self._request("POST", "/api/auth/logout")
        except AuthExpired:
            pass
        finally:
            self.token = None

    def meetings(self) -> list[dict[str, Any]]:
        """`GET /api/meetings`: the meetings this user may see."""
        body = self._json_object(self._request("GET", "/api/meetings"))
        meetings = body.get("meetings")
        if not isinstance(meetings, list):
            raise InvalidResponse(200, "invalid_response", "meetings answer lacks a 'meetings' list")
        return meetings

    def meeting(self, meeting_id: str) -> dict[str, Any]:
        """`GET /api/meetings/{id}`: one meeting with its agenda; `NotFound` when this user may not see it."""
        path = "/api/meetings/" + _seg(meeting_id)
        return self._json_object(self._request("GET", path))

    def renew_grant(self) -> dict[str, Any]:
        """`POST /api/auth/grant`: a fresh offline period for this device's local data."""
        return self._json_object(self._request("POST", "/api/auth/grant"))

    def feed(self, since: int, etag: str | None = None) -> FeedPage | None:
        """`GET /api/sync?since=N`; None when the server answers 304 (nothing changed since `etag`)."""
        headers = {"If-None-Match": etag} if etag else {}
        response = self._request("GET", "/api/sync", params={"since": since}, headers=headers)
        if response.status_code == 304:
            return None
        body = self._json_object(response)
        try:
            return FeedPage(
                cursor=int(body["cursor"]),
                changes=list(body["changes"]),
                more=bool(body["more"]),
                etag=response.headers.get("ETag"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidResponse(200, "invalid_response", "sync answer lacks cursor, changes or more") from exc

    def state_position(
        self, meeting_id: str, item_id: str, *, position: str, comment: str, client_id: str
    ) -> dict[str, Any]:
        """`PUT .../items/{item}/position`; the same `client_id` again is a no-op on the server."""
        return self.send(
            "PUT",
            f"/api/meetings/{_seg(meeting_id)}/items/{_seg(item_id)}/position",
            {"position": position, "comment": comment, "client_id": client_id},
        )

    @staticmethod
    def annotation_path(annotation_id: str) -> str:
        """Where a shared annotation lives, for the outbox entries that write or withdraw it."""
        return "/api/annotations/" + _seg(annotation_id)

    def put_annotation(self, annotation: Mapping[str, Any]) -> dict[str, Any]:
        """`PUT /api/annotations/{id}`: create or replace one of this user's *shared* annotations (the JSON of
        `ecabinet.core.annotations.Annotation.to_json`). Returns it as stored, with the server's `revision`,
        `author` and `meeting_id`. `AnnotationDeleted` once its author withdrew it; `ApiError` 422 for a
        private or malformed one."""
        annotation_id = annotation.get("id")
        if not isinstance(annotation_id, str) or not annotation_id:
            raise ValueError("an annotation needs its id")
        return self._json_object(self._request("PUT", self.annotation_path(annotation_id), json=dict(annotation)))

    def delete_annotation(self, annotation_id: str) -> None:
        """`DELETE /api/annotations/{id}`: withdraw a shared annotation (its author only); again is harmless."""
        self._request("DELETE", self.annotation_path(annotation_id))

    def document_annotations(self, document_id: str) -> list[dict[str, Any]]:
        """`GET /api/documents/{id}/annotations`: the shared annotations on a document this user may read."""
        body = self._json_object(self._request("GET", f"/api/documents/{_seg(document_id)}/annotations"))
        annotations = body.get("annotations")
        if not isinstance(annotations, list):
            raise InvalidResponse(200, "invalid_response", "annotations answer lacks an 'annotations' list")
        return annotations

    def upload_pdf(self, path: str, chunks: Iterable[bytes], size: int, params: Mapping[str, str]) -> dict[str, Any]:
        """POST a PDF as a raw body streamed from `chunks` (`size` bytes in all); the answer's object.

        Never retried: a broken upload is simply sent again by the person, and the server keeps nothing of a
        body that did not arrive whole."""
        headers = {"Content-Type": "application/pdf", "Content-Length": str(size)}
        return self._json_object(self._request("POST", path, params=params, headers=headers, content=chunks))

    # -- live session (issue 14) ------------------------------------------------------------------------

    def _meeting_path(self, meeting_id: str, *rest: str) -> str:
        return "/".join(["/api/meetings", _seg(meeting_id), *(_seg(r) for r in rest)])

    def start_meeting(self, meeting_id: str) -> dict[str, Any]:
        """`POST /api/meetings/{id}/start` (chair or secretary): the meeting, now `in_session`."""
        return self.send("POST", self._meeting_path(meeting_id, "start"))

    def close_meeting(self, meeting_id: str) -> dict[str, Any]:
        """`POST /api/meetings/{id}/close`: the session ends (`VoteRefused` `vote_open` while a vote is open)."""
        return self.send("POST", self._meeting_path(meeting_id, "close"))

    def session_state(self, meeting_id: str) -> dict[str, Any]:
        """`GET /api/meetings/{id}/session`: state, current item, attendance, speakers, votes, presenter page:
        everything a client needs after (re)connecting."""
        return self._json_object(self._request("GET", self._meeting_path(meeting_id, "session")))

    def attendance(self, meeting_id: str) -> dict[str, Any]:
        """`GET /api/meetings/{id}/attendance`: people and the live quorum numbers."""
        return self._json_object(self._request("GET", self._meeting_path(meeting_id, "attendance")))

    def check_in(
        self, meeting_id: str, status: str, *, user_id: str | None = None, deputy_id: str | None = None
    ) -> dict[str, Any]:
        """`POST /api/meetings/{id}/attendance`: `present`/`remote` for oneself; the secretary may send `user_id`
        and `absent`, `excused`, `represented` (with `deputy_id`). Returns the attendance with quorum numbers."""
        body: dict[str, Any] = {"status": status}
        if user_id is not None:
            body["user_id"] = user_id
        if deputy_id is not None:
            body["deputy_id"] = deputy_id
        return self.send("POST", self._meeting_path(meeting_id, "attendance"), body)

    def set_session_rules(
        self, meeting_id: str, *, quorum_rule: str | None = None, remote_voting: bool | None = None
    ) -> dict[str, Any]:
        """`PUT /api/meetings/{id}/rules`: quorum rule (`half`, `two_thirds`, `three_quarters`, `all`, `none`)."""
        body = {k: v for k, v in {"quorum_rule": quorum_rule, "remote_voting": remote_voting}.items() if v is not None}
        return self.send("PUT", self._meeting_path(meeting_id, "rules"), body)

    def open_item(self, meeting_id: str, item_id: str) -> dict[str, Any]:
        """`POST .../items/{item}/open`: make it the current item (its positions close)."""
        return self.send("POST", self._meeting_path(meeting_id, "items", item_id, "open"))

    def mark_uncontested(self, meeting_id: str, item_id: str, uncontested: bool = True) -> dict[str, Any]:
        """`PUT .../items/{item}/uncontested`: mark (or unmark) an item for approval en bloc."""
        return self.send(
            "PUT", self._meeting_path(meeting_id, "items", item_id, "uncontested"), {"uncontested": uncontested}
        )

    def approve_en_bloc(self, meeting_id: str) -> list[str]:
        """`POST /api/meetings/{id}/approve-en-bloc`: the ids of the items approved."""
        return list(self.send("POST", self._meeting_path(meeting_id, "approve-en-bloc")).get("approved", []))

    def positions_board(self, meeting_id: str) -> dict[str, Any]:
        """`GET /api/meetings/{id}/positions` (chair, secretary): positions, counts, missing, recused per item."""
        return self._json_object(self._request("GET", self._meeting_path(meeting_id, "positions")))

    def recuse(self, meeting_id: str, item_id: str, *, reason: str = "", user_id: str | None = None) -> dict[str, Any]:
        """`PUT .../items/{item}/recusal`: stand aside from an item (the secretary may name `user_id`)."""
        body: dict[str, Any] = {"reason": reason}
        if user_id is not None:
            body["user_id"] = user_id
        return self.send("PUT", self._meeting_path(meeting_id, "items", item_id, "recusal"), body)

    def withdraw_recusal(self, meeting_id: str, item_id: str, *, user_id: str | None = None) -> None:
        params = {"user_id": user_id} if user_id else None
        self._request("DELETE", self._meeting_path(meeting_id, "items", item_id, "recusal"), params=params)

    def speakers(self, meeting_id: str) -> dict[str, Any]:
        """`GET /api/meetings/{id}/speakers`: `{"item_id", "speaking", "queue", "done"}`."""
        return self._json_object(self._request("GET", self._meeting_path(meeting_id, "speakers")))

    def request_floor(self, meeting_id: str) -> dict[str, Any]:
        """Raise a hand on the current item (again: no change). Returns the queue."""
        return self.send("POST", self._meeting_path(meeting_id, "speakers"))

    def withdraw_floor_request(self, meeting_id: str, request_id: str) -> dict[str, Any]:
        return self.send("DELETE", self._meeting_path(meeting_id, "speakers", request_id))

    def give_floor(self, meeting_id: str, request_id: str, *, time_limit_seconds: int | None = None) -> dict[str, Any]:
        """The chair gives the floor (optionally for a limited time); whoever had it is done."""
        body = {"time_limit_seconds": time_limit_seconds} if time_limit_seconds else {}
        return self.send("POST", self._meeting_path(meeting_id, "speakers", request_id, "floor"), body)

    def end_floor(self, meeting_id: str, request_id: str) -> dict[str, Any]:
        return self.send("POST", self._meeting_path(meeting_id, "speakers", request_id, "end"))

    def share_page(self, meeting_id: str, document_id: str, page: int, *, sha256: str | None = None) -> dict[str, Any]:
        """`PUT /api/meetings/{id}/presenter`: "I am on page N of document D" for those who may read D."""
        body: dict[str, Any] = {"document_id": document_id, "page": page}
        if sha256:
            body["sha256"] = sha256
        return self.send("PUT", self._meeting_path(meeting_id, "presenter"), body)

    def open_vote(
        self,
        meeting_id: str,
        *,
        agenda_item_id: str,
        question: str,
        secret: bool = False,
        majority: str = "simple",
        options: list[str] | None = None,
        quorum: str | None = None,
        allow_change: bool = False,
        live_counts: bool = False,
        time_limit_seconds: int | None = None,
        require_signed_ballots: bool = False,
    ) -> dict[str, Any]:
        """`POST /api/meetings/{id}/votes` (chair or secretary): the vote, `state` `open`."""
        body: dict[str, Any] = {
            "agenda_item_id": agenda_item_id,
            "question": question,
            "secret": secret,
            "majority": majority,
            "allow_change": allow_change,
            "live_counts": live_counts,
        }
        if options is not None:
            body["options"] = options
        if quorum is not None:
            body["quorum"] = quorum
        if time_limit_seconds is not None:
            body["time_limit_seconds"] = time_limit_seconds
        if require_signed_ballots:
            body["require_signed_ballots"] = True
        return self.send("POST", self._meeting_path(meeting_id, "votes"), body)

    def votes(self, meeting_id: str) -> list[dict[str, Any]]:
        return list(self._json_object(self._request("GET", self._meeting_path(meeting_id, "votes"))).get("votes", []))

    def vote(self, vote_id: str) -> dict[str, Any]:
        """`GET /api/votes/{id}`: `{"id", "state", "secret", "results", "my_ballot", ...}`."""
        return self._json_object(self._request("GET", "/api/votes/" + _seg(vote_id)))

    def close_vote(self, vote_id: str) -> dict[str, Any]:
        """`POST /api/votes/{id}/close`: the vote with its results."""
        return self.send("POST", f"/api/votes/{_seg(vote_id)}/close")

    def cast_ballot(self, vote_id: str, option: str, ballot_id: str, *, signature: str | None = None) -> dict[str, Any]:
        """`POST /api/votes/{id}/ballots`; online only, never queued. A ballot counts once the server answered
        (201, or 200 for a repeat of `ballot_id`). A connection that broke is retried once with the same
        `ballot_id`, which the server recognises, so the ballot is never counted twice. `VoteRefused` says why
        a ballot was refused. `signature`: base64 over the canonical ballot, for votes that require it."""
        path = f"/api/votes/{_seg(vote_id)}/ballots"
        body = {"option": option, "ballot_id": ballot_id}
        if signature is not None:
            body["signature"] = signature
        try:
            return self.send("POST", path, body)
        except OfflineError:
            self._sleep(GET_RETRY_DELAYS[0])
            return self.send("POST", path, body)

    # ---- minutes and signatures (issue 15)

    def trust_roots(self) -> bytes:
        """`GET /api/trust/roots`: PEM of the CAs this server trusts for signatures (empty when none)."""
        return self._request("GET", "/api/trust/roots").content

    def minutes(self, meeting_id: str) -> dict[str, Any]:
        """`GET /api/meetings/{id}/minutes`: state, version, signers (with their enrolled fingerprints), the record
        (attendance, quorum, items with documents, positions, speakers, votes, decision texts), approvals."""
        return self._json_object(self._request("GET", self._meeting_path(meeting_id, "minutes")))

    def update_minutes(self, meeting_id: str, changes: Mapping[str, Any], *, version: int | None) -> dict[str, Any]:
        """`PATCH .../minutes` (`decisions` {item_id: rich text}, `general_remarks`, `language`, `reference`);
        with `version` a 409 `version_conflict` (`ConflictError`) when someone saved meanwhile."""
        headers = {"If-Match": f'"{version}"'} if version is not None else None
        path = self._meeting_path(meeting_id, "minutes")
        return self._json_object(self._request("PATCH", path, json=dict(changes), headers=headers))

    def set_minutes_signers(self, meeting_id: str, signers: list[tuple[str, str]]) -> dict[str, Any]:
        """`PUT .../minutes/signers`: (user id, role) in signing order; role secretary, chair or member."""
        body = {"signers": [{"user_id": u, "role": r} for u, r in signers]}
        return self.send("PUT", self._meeting_path(meeting_id, "minutes", "signers"), body)

    def request_minutes_approval(self, meeting_id: str, user_ids: list[str]) -> dict[str, Any]:
        return self.send("POST", self._meeting_path(meeting_id, "minutes", "approvals"), {"user_ids": user_ids})

    def answer_minutes_approval(self, meeting_id: str, *, approve: bool, comment: str = "") -> dict[str, Any]:
        body = {"approve": approve, "comment": comment}
        return self.send("PUT", self._meeting_path(meeting_id, "minutes", "approval"), body)

    def finalise_minutes(self, meeting_id: str, *, version: int | None = None) -> dict[str, Any]:
        """`POST .../minutes/finalise`: the PDF with a signature field per signer becomes a document."""
        body = {"expected_version": version} if version is not None else {}
        return self.send("POST", self._meeting_path(meeting_id, "minutes", "finalise"), body)

    def upload_signed_minutes(self, meeting_id: str, pdf: bytes) -> dict[str, Any]:
        """`POST .../minutes/signed` (raw PDF). Refusals are 422 with the reason's code (`broken`, `untrusted`,
        `wrong_signer`, `modified_after_signing`, `first_revision_changed`, `signer_not_enrolled`, ...) or 409
        `minutes_outdated` (sign the newest version)."""
        headers = {"Content-Type": "application/pdf", "Content-Length": str(len(pdf))}
        path = self._meeting_path(meeting_id, "minutes", "signed")
        return self._json_object(self._request("POST", path, headers=headers, content=[pdf]))

    def events(
        self, last_event_id: str | None = None, *, read_timeout: float = 60.0
    ) -> Iterator[tuple[str, str | None, Any]]:
        """`GET /api/events`: yields `(event, id, data)`; `id` is None for short-lived events. Ends when the stream
        closes (`session_ended` says why). Reconnect with the last `id` seen to resume."""
        headers = {"Accept": "text/event-stream"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        timeout = httpx.Timeout(read_timeout, connect=5.0)
        try:
            with (
                self._pin_checked(),
                httpx_sse.connect_sse(self._http, "GET", "/api/events", headers=headers, timeout=timeout) as source,
            ):
                if not source.response.is_success:
                    source.response.read()
                    raise error_from_response(source.response)
                for sse in source.iter_sse():
                    yield sse.event, sse.id or None, json.loads(sse.data) if sse.data else None
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise OfflineError(f"event stream: {exc}") from exc

    # -- between meetings (issue 16): consultations, signed answers and ballots, notifications, tasks ------

    def consultations(self) -> list[dict[str, Any]]:
        """`GET /api/consultations`: summaries `{"id", "title", "state", "deadline", ...}` this user sees."""
        return list(self._json_object(self._request("GET", "/api/consultations")).get("consultations", []))

    def consultation(self, consultation_id: str) -> dict[str, Any]:
        """`GET /api/consultations/{id}`: questions, documents, recipients, `my_answers` (and `tally` for the
        secretariat); `server_time` lets the app warn when the deadline is near."""
        return self._json_object(self._request("GET", "/api/consultations/" + _seg(consultation_id)))

    def create_consultation(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """`POST /api/consultations` (secretariat): `{"title", "deadline", "questions", "recipients", ...}`."""
        return self.send("POST", "/api/consultations", dict(body))

    def publish_consultation(self, consultation_id: str) -> dict[str, Any]:
        return self.send("POST", f"/api/consultations/{_seg(consultation_id)}/publish")

    def close_consultation(self, consultation_id: str) -> dict[str, Any]:
        """Close early (secretariat); the unsigned result report is made at once (`report`)."""
        return self.send("POST", f"/api/consultations/{_seg(consultation_id)}/close")

    def consultation_results(self, consultation_id: str) -> dict[str, Any]:
        return self._json_object(self._request("GET", f"/api/consultations/{_seg(consultation_id)}/results"))

    @staticmethod
    def answer_path(consultation_id: str, question_id: str) -> str:
        """Where an answer goes, for the outbox entry that carries it (kind ``answer``)."""
        return f"/api/consultations/{_seg(consultation_id)}/questions/{_seg(question_id)}/answer"

    def answer(self, consultation_id: str, question_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """`PUT .../questions/{q}/answer` with `{"choice", "comment", "client_id", "documents"?, "signature"?,
        "on_behalf_of"?}`. `AnswerRefused` (`deadline_passed` with `server_time`, `answer_signed`, ...) or
        `SignatureRefused` (`wrong_signer`, `signature_invalid`, ...) say why it was not recorded."""
        return self.send("PUT", self.answer_path(consultation_id, question_id), dict(body))

    def consultation_content(self, consultation_id: str, document_id: str, sha256: str) -> bytes:
        """The bytes of a consultation document version (verified against its SHA-256)."""
        data = self._request("GET", consultation_content_path(consultation_id, document_id, sha256)).content
        if hashlib.sha256(data).hexdigest() != sha256:
            raise InvalidResponse(200, "hash_mismatch", "the document's bytes do not match their SHA-256")
        return data

    def upload_signed_report(self, consultation_id: str, pdf: bytes) -> dict[str, Any]:
        """`PUT /api/consultations/{id}/report`: the result report signed in field `sig_secretariat`."""
        response = self._request(
            "PUT",
            f"/api/consultations/{_seg(consultation_id)}/report",
            headers={"Content-Type": "application/pdf"},
            content=[pdf],
        )
        return self._json_object(response)

    def vote_record(self, vote_id: str) -> dict[str, Any]:
        """`GET /api/votes/{id}/record`: a closed named vote's voters (remote, represented, signed) and signatures."""
        return self._json_object(self._request("GET", f"/api/votes/{_seg(vote_id)}/record"))

    def notifications(self, *, unread: bool = False) -> list[dict[str, Any]]:
        """`GET /api/notifications`: the notification centre, newest first."""
        params = {"unread": "true"} if unread else None
        body = self._json_object(self._request("GET", "/api/notifications", params=params))
        return list(body.get("notifications", []))

    def mark_notification_read(self, notification_id: str) -> dict[str, Any]:
        return self.send("POST", f"/api/notifications/{_seg(notification_id)}/read")

    def set_contact(self, *, email: str = "", phone: str = "") -> dict[str, Any]:
        """`PUT /api/me/contact`: where reminders reach this user by e-mail (and SMS for urgent ones)."""
        return self.send("PUT", "/api/me/contact", {"email": email, "phone": phone})

    def tasks(self) -> list[dict[str, Any]]:
        """`GET /api/tasks`: the tasks this user sees (assigned to them or their body, or overseen)."""
        return list(self._json_object(self._request("GET", "/api/tasks")).get("tasks", []))

    def task_dashboard(self, body_id: str | None = None) -> dict[str, Any]:
        """`GET /api/tasks/dashboard` (chair, secretariat): per body, overdue first, with counts."""
        params = {"body_id": body_id} if body_id else None
        return self._json_object(self._request("GET", "/api/tasks/dashboard", params=params))

    def create_task(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """`POST /api/tasks`: `{"source_kind", "source_id", "title", "assignee_user_id"|"assignee_body_id",
        "deadline", "description"?}`; `ApiError` 422 `not_adopted` for a decision that was not adopted."""
        return self.send("POST", "/api/tasks", dict(body))

    def add_task_note(
        self, task_id: str, *, client_id: str, text: str = "", status: str | None = None, progress: int | None = None
    ) -> dict[str, Any]:
        """`POST /api/tasks/{id}/notes`: a progress note; the same `client_id` again is a no-op."""
        body: dict[str, Any] = {"text": text, "client_id": client_id}
        if status is not None:
            body["status"] = status
        if progress is not None:
            body["progress"] = progress
        return self.send("POST", self.task_notes_path(task_id), body)

    @staticmethod
    def task_notes_path(task_id: str) -> str:
        """Where a task's progress notes go (also for the outbox entry that carries one, kind ``task_note``)."""
        return f"/api/tasks/{_seg(task_id)}/notes"

    def send(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        """A JSON call as the outbox replays it: the answer's object, or an `ApiError`."""
        response = self._request(method, path, json=body)
        if response.status_code == 204 or not response.content:
            return {}
        return self._json_object(response)

    def download(
        self,
        document_id: str,
        sha256: str,
        *,
        offset: int,
        sink: Callable[[bytes], None],
        cancelled: Callable[[], bool] = lambda: False,
        chunk_size: int = 256 * 1024,
        path: str | None = None,
    ) -> int:
        """Stream a document version from byte `offset` into `sink`; returns the bytes received.

        Uses a Range request so an interrupted download resumes where it stopped. A connection that
        breaks mid-body raises `OfflineError` after `sink` got every byte that arrived.
        """
        path = path or f"/api/documents/{_seg(document_id)}/versions/{_seg(sha256)}/content"
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        received = 0
        try:
            with self._pin_checked(), self._http.stream("GET", path, headers=headers) as response:
                if response.status_code not in (200, 206):
                    response.read()
                    raise error_from_response(response)
                if offset and response.status_code != 206:
                    raise InvalidResponse(response.status_code, "invalid_response", "server ignored the Range")
                for block in response.iter_bytes(chunk_size):
                    if cancelled():
                        break
                    sink(block)
                    received += len(block)
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise OfflineError(f"download of {sha256[:12]} broke after {received} bytes: {exc}") from exc
        return received

    # -- plumbing ---------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _pin_checked(self) -> Iterator[None]:
        """A pinned server that shows another certificate: the clear `CertificatePinMismatch`."""
        try:
            yield
        except PinMismatch as exc:
            raise CertificatePinMismatch(self.base_url, exc.seen) from exc

    def _request(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        content: Iterable[bytes] | None = None,
    ) -> httpx.Response:
        headers = dict(headers or {})
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        # Only GETs are retried: a request that never connected is harmless to repeat, but this keeps the
        # rule obvious and never doubles a POST whose connection broke after it was sent.
        delays = GET_RETRY_DELAYS if method == "GET" else ()
        attempt = 0
        while True:
            try:
                response = self._http.request(method, path, headers=headers, json=json, params=params, content=content)
                break
            except PinMismatch as exc:
                raise CertificatePinMismatch(self.base_url, exc.seen) from exc
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                if attempt >= len(delays):
                    raise OfflineError(f"{method} {self.base_url}{path}: {exc}") from exc
                log.debug("connect failed for %s %s, retrying: %s", method, path, exc)
                self._sleep(delays[attempt])
                attempt += 1
            except httpx.TimeoutException as exc:
                raise OfflineError(f"{method} {self.base_url}{path} timed out: {exc}") from exc
            except httpx.NetworkError as exc:
                raise OfflineError(f"{method} {self.base_url}{path}: {exc}") from exc
            except httpx.RemoteProtocolError as exc:
                raise OfflineError(f"{method} {self.base_url}{path}: connection broke: {exc}") from exc
        if response.is_success or response.status_code == 304:
            return response
        raise error_from_response(response)

    @staticmethod
    def _json_object(response: httpx.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError as exc:
            raise InvalidResponse(response.status_code, "invalid_response", "answer is not JSON") from exc
        if not isinstance(body, dict):
            raise InvalidResponse(response.status_code, "invalid_response", "answer is not a JSON object")
        return body
