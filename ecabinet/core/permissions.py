"""Who may see and do what: the one place that decides it.

Every server endpoint asks this module. Visibility comes before role: a person who may not see a
meeting gets "not found" for everything in it, so a 403 never reveals that a meeting exists.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from enum import StrEnum

from ecabinet.core.domain import GlobalRole, MeetingRole, MeetingState
from ecabinet.core.errors import Forbidden, NotFound


class Action(StrEnum):
    VIEW_MEETING = "view_meeting"
    EDIT_MEETING = "edit_meeting"  # edit data, agenda, documents, participants, publish, withdraw
    STATE_POSITION = "state_position"
    RUN_SESSION = "run_session"  # start, move the agenda, open and close votes
    VOTE = "vote"


@dataclass(frozen=True)
class Person:
    """The caller, as far as permissions care."""

    user_id: str
    global_roles: frozenset[GlobalRole] = frozenset()
    #: Bodies whose meetings this person prepares (global role ``secretariat``).
    secretariat_of: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_admin(self) -> bool:
        return GlobalRole.ADMIN in self.global_roles


@dataclass(frozen=True)
class MeetingAccess:
    """What the rules need to know about one meeting and the caller's place in it."""

    body_id: str
    state: MeetingState
    role: MeetingRole | None  # None: not invited


def is_preparer(person: Person, meeting: MeetingAccess) -> bool:
    """The secretariat of the meeting's body, or the meeting's own secretary, prepares it."""
    return meeting.body_id in person.secretariat_of or meeting.role is MeetingRole.SECRETARY


def can_view_meeting(person: Person, meeting: MeetingAccess) -> bool:
    if is_preparer(person, meeting):
        return True
    return meeting.role is not None and meeting.state is not MeetingState.DRAFT


_ROLE_ACTIONS: dict[Action, frozenset[MeetingRole]] = {
    Action.VIEW_MEETING: frozenset(MeetingRole),
    Action.EDIT_MEETING: frozenset({MeetingRole.SECRETARY}),
    Action.STATE_POSITION: frozenset({MeetingRole.CHAIR, MeetingRole.MEMBER, MeetingRole.DEPUTY}),
    Action.RUN_SESSION: frozenset({MeetingRole.CHAIR, MeetingRole.SECRETARY}),
    Action.VOTE: frozenset({MeetingRole.CHAIR, MeetingRole.MEMBER, MeetingRole.DEPUTY}),
}


def can(person: Person, action: Action, meeting: MeetingAccess) -> bool:
    """True when ``person`` may do ``action`` in ``meeting`` (visibility included)."""
    if not can_view_meeting(person, meeting):
        return False
    if action is Action.VIEW_MEETING:
        return True
    if action is Action.EDIT_MEETING and meeting.body_id in person.secretariat_of:
        return True
    if action is Action.RUN_SESSION and meeting.body_id in person.secretariat_of:
        return True
    return meeting.role is not None and meeting.role in _ROLE_ACTIONS[action]


def require(person: Person, action: Action, meeting: MeetingAccess) -> None:
    """Raise ``NotFound`` when the meeting is invisible, ``Forbidden`` when only the action is not allowed."""
    if not can_view_meeting(person, meeting):
        raise NotFound("Meeting not found.")
    if not can(person, action, meeting):
        raise Forbidden("Your role in this meeting does not allow this.", code="not_allowed")


def can_create_meeting(person: Person, body_id: str) -> bool:
    return body_id in person.secretariat_of


@dataclass(frozen=True)
class DocumentAccess:
    restricted: bool
    #: People named on a restricted document; ignored when it is not restricted.
    readers: Collection[str] = ()


def can_read_document(person: Person, meeting: MeetingAccess, document: DocumentAccess) -> bool:
    if not can_view_meeting(person, meeting):
        return False
    if not document.restricted or is_preparer(person, meeting):
        return True
    return person.user_id in document.readers


def require_document(person: Person, meeting: MeetingAccess, document: DocumentAccess) -> None:
    """404 when the meeting is invisible; 403 ``forbidden_document`` when only the document is restricted."""
    if not can_view_meeting(person, meeting):
        raise NotFound("Document not found.")
    if not can_read_document(person, meeting, document):
        raise Forbidden("This document is restricted to named participants.", code="forbidden_document")
