"""Domain errors with stable codes.

Every error that can reach a user carries a stable snake_case ``code``: the client translates by code,
so the English ``message`` is for logs and integrators, never shown raw to a minister.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule was broken; ``status`` is the HTTP status the server answers with."""

    status: int = 400
    code: str = "bad_request"

    def __init__(self, message: str, *, code: str | None = None, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.details = details or {}


class NotFound(DomainError):
    """The thing does not exist, or this person may not know that it exists (visibility before role)."""

    status = 404
    code = "not_found"

    def __init__(self, message: str = "Not found.", *, code: str | None = None) -> None:
        super().__init__(message, code=code)


class Forbidden(DomainError):
    """The person may see the thing but not do this with it."""

    status = 403
    code = "not_allowed"


class Conflict(DomainError):
    """The request is valid but the state of the thing does not allow it now."""

    status = 409
    code = "conflict"


class InvalidRequest(DomainError):
    """The request's content is wrong in a way the schema cannot express."""

    status = 422
    code = "invalid_request"


class Unauthorized(DomainError):
    """No valid session: the client must sign in again (never a reason to wipe data)."""

    status = 401
    code = "invalid_token"


class Gone(DomainError):
    """The device was revoked: the only answer that makes a client wipe its data."""

    status = 410
    code = "device_revoked"


class TooManyAttempts(DomainError):
    """Login throttled; ``retry_after`` seconds until the next attempt is considered."""

    status = 429
    code = "too_many_attempts"

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many failed sign-in attempts. Try again in {retry_after} seconds.")
        self.retry_after = retry_after


class PayloadTooLarge(DomainError):
    status = 413
    code = "file_too_large"
