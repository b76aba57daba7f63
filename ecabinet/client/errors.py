"""Errors the client raises, one class per thing the user must do differently.

The server answers a failure with `{"error": {"code", "message"}}`; the code is stable and the message is
English for logs. The UI picks a translated message by *class*, so every distinction a user must act on
(sign in again, wait, check the network, the device was wiped) has its own class here.
"""

from __future__ import annotations


class ApiError(Exception):
    """A call to the server did not succeed.

    `status` is the HTTP status (0 when no answer came back), `code` the server's stable snake_case code
    (or one of ours for client-side failures), `message` English text meant for logs, not for users.
    """

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


class OfflineError(ApiError):
    """The server could not be reached (refused, name not resolved, timed out): check the address or network.

    Work that can wait (the outbox, later) is kept; nothing is lost because of this error.
    """

    def __init__(self, message: str) -> None:
        super().__init__(0, "offline", message)


class InsecureServerError(ApiError):
    """The address uses plain `http://` to a host that is not this machine.

    Raised before any network traffic: passwords and tokens must not cross a network in clear text. Plain http
    stays allowed for `localhost`, `::1` and 127.0.0.0/8, where the demo server runs.
    """

    def __init__(self, url: str) -> None:
        super().__init__(0, "insecure_server", f"refusing plain http to a non-local server: {url}")
        self.url = url


class CertificatePinMismatch(ApiError):
    """The server's certificate is not the one pinned for this installation. Detected at the TLS handshake:
    nothing (no password, no token) was sent. Someone may be in the middle; do not sign in."""

    def __init__(self, url: str, seen: str | None) -> None:
        super().__init__(0, "certificate_mismatch", f"{url} showed certificate {seen or 'none'}, not the pinned one")
        self.url = url
        self.seen = seen


class InvalidServerAddress(ApiError):
    """The server address cannot be used at all (empty, no host, a scheme other than http or https)."""

    def __init__(self, url: str) -> None:
        super().__init__(0, "invalid_server_address", f"not a usable server address: {url!r}")
        self.url = url


class InvalidCredentials(ApiError):
    """401 `invalid_credentials`: the username or password is wrong."""


class AuthExpired(ApiError):
    """401 `token_expired` / `invalid_token`: sign in again. Never a reason to wipe local data."""


class DeviceRevoked(ApiError):
    """410 `device_revoked`: the IT office disconnected this device. The only error that means: wipe."""


class TooManyAttempts(ApiError):
    """429 `too_many_attempts`: wait `retry_after` seconds before trying again."""

    def __init__(self, status: int, code: str, message: str, *, retry_after: float) -> None:
        super().__init__(status, code, message)
        self.retry_after = retry_after


class NotFound(ApiError):
    """404: the thing does not exist, or this user may not know that it does."""


class Forbidden(ApiError):
    """403: the user may see that the thing exists but may not do this with it."""


class AnnotationDeleted(ApiError):
    """409 `annotation_deleted`: the shared annotation was withdrawn by its author; a withdrawal wins over any
    later edit, so the outbox drops this entry instead of keeping it for the user."""


class ServerError(ApiError):
    """5xx: the server (or a proxy in front of it) failed; trying again later may help."""


class InvalidResponse(ApiError):
    """The server answered with something that is not what the API contract promises (not JSON, fields missing)."""


class VoteRefused(ApiError):
    """A ballot or vote action the server refused: `code` says why (`vote_closed`, `already_voted`,
    `not_eligible`, `unknown_option`, `vote_open`, `not_in_session`). The ballot was not counted; the UI shows
    the reason and the vote's state as the server has it."""


#: Codes of the live session that mean "your ballot/vote action was refused", mapped to `VoteRefused`.
VOTE_CODES = frozenset(
    {"vote_closed", "already_voted", "not_eligible", "unknown_option", "vote_open", "not_in_session"}
)


class AnswerRefused(ApiError):
    """A consultation answer the server did not record: `code` says why (`deadline_passed`,
    `consultation_closed`, `answer_signed`, `not_recipient`, `not_deputy`, `comment_required`,
    `documents_incomplete`, `unknown_version`). For a late answer `server_time` and `deadline` are the
    server's: the app keeps the answer on the device and shows both."""

    def __init__(self, status: int, code: str, message: str, *, details: dict[str, object] | None = None) -> None:
        super().__init__(status, code, message)
        self.details = details or {}
        self.server_time = str(self.details.get("server_time") or "") or None
        self.deadline = str(self.details.get("deadline") or "") or None


class SignatureRefused(ApiError):
    """A signed answer, ballot or report the server refused: `wrong_signer` (not the certificate enrolled for
    this person), `signature_invalid` (the content changed after signing), `untrusted_signature`,
    `not_enrolled`, `signature_required`, `signature_rejected` (the report; see `details`)."""

    def __init__(self, status: int, code: str, message: str, *, details: dict[str, object] | None = None) -> None:
        super().__init__(status, code, message)
        self.details = details or {}


#: Codes of consultation answers, mapped to `AnswerRefused` (issue 16).
ANSWER_CODES = frozenset(
    {
        "deadline_passed",
        "consultation_closed",
        "answer_signed",
        "not_recipient",
        "not_deputy",
        "comment_required",
        "documents_incomplete",
        "unknown_version",
        "on_behalf_of_required",
    }
)

#: Codes of refused signatures, mapped to `SignatureRefused` (issue 16).
SIGNATURE_CODES = frozenset(
    {
        "wrong_signer",
        "signature_invalid",
        "untrusted_signature",
        "not_enrolled",
        "signature_required",
        "signature_rejected",
        "secret_vote_unsigned",
    }
)
