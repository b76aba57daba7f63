"""Identifiers that cannot be guessed, so an id seen in a log or a URL reveals nothing nearby."""

from __future__ import annotations

import secrets
import uuid


def new_id() -> str:
    """128 random bits, URL-safe, never starting with "-" (a command line would take it for an option:
    `ecabinet admin meeting upload M -x3...` must work for every id)."""
    while True:
        value = secrets.token_urlsafe(16)
        if not value.startswith("-"):
            return value


def new_uuid() -> str:
    return str(uuid.uuid4())
