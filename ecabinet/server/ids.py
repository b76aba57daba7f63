"""Identifiers that cannot be guessed, so an id seen in a log or a URL reveals nothing nearby."""

from __future__ import annotations

import secrets
import uuid


def new_id() -> str:
    """128 random bits, URL-safe."""
    return secrets.token_urlsafe(16)


def new_uuid() -> str:
    return str(uuid.uuid4())
