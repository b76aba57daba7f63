"""Vocabulary of the domain: states, roles and choices shared by server, client and app."""

from __future__ import annotations

from enum import StrEnum


class MeetingState(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    IN_SESSION = "in_session"
    CLOSED = "closed"


class MeetingRole(StrEnum):
    """A person's role in one meeting; every meeting action is decided by it."""

    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    OBSERVER = "observer"
    DEPUTY = "deputy"


class GlobalRole(StrEnum):
    """The only roles outside meetings. Admin manages the installation and never sees meeting content."""

    ADMIN = "admin"
    SECRETARIAT = "secretariat"


class Position(StrEnum):
    NO_OBJECTION = "no_objection"
    WANTS_TO_SPEAK = "wants_to_speak"
    OBJECTS = "objects"


class Language(StrEnum):
    EN = "en"
    VI = "vi"
    LO = "lo"


#: Allowed state changes of a meeting; anything else is a conflict.
MEETING_TRANSITIONS: dict[MeetingState, frozenset[MeetingState]] = {
    MeetingState.DRAFT: frozenset({MeetingState.PUBLISHED}),
    MeetingState.PUBLISHED: frozenset({MeetingState.DRAFT, MeetingState.IN_SESSION}),
    MeetingState.IN_SESSION: frozenset({MeetingState.CLOSED}),
    MeetingState.CLOSED: frozenset(),
}
