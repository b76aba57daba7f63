"""The permission rules, role by role and state by state."""

from __future__ import annotations

import pytest

from ecabinet.core.domain import GlobalRole, MeetingRole, MeetingState
from ecabinet.core.errors import Forbidden, NotFound
from ecabinet.core.permissions import (
    Action,
    DocumentAccess,
    MeetingAccess,
    Person,
    can,
    can_read_document,
    can_view_meeting,
    require,
    require_document,
)

SECRETARIAT = Person("s", frozenset({GlobalRole.SECRETARIAT}), frozenset({"cabinet"}))
OTHER_SECRETARIAT = Person("o", frozenset({GlobalRole.SECRETARIAT}), frozenset({"committee"}))
ADMIN = Person("a", frozenset({GlobalRole.ADMIN}))
MEMBER = Person("m")


def access(role: MeetingRole | None, state: MeetingState = MeetingState.PUBLISHED) -> MeetingAccess:
    return MeetingAccess(body_id="cabinet", state=state, role=role)


@pytest.mark.parametrize("state", list(MeetingState))
def test_secretariat_of_the_body_sees_every_state(state: MeetingState) -> None:
    assert can_view_meeting(SECRETARIAT, access(None, state))
    assert can(SECRETARIAT, Action.EDIT_MEETING, access(None, state))


def test_secretariat_of_another_body_sees_nothing() -> None:
    assert not can_view_meeting(OTHER_SECRETARIAT, access(None))
    with pytest.raises(NotFound):
        require(OTHER_SECRETARIAT, Action.EDIT_MEETING, access(None))


def test_admin_has_no_access_to_meeting_content() -> None:
    assert not can_view_meeting(ADMIN, access(None))


@pytest.mark.parametrize("role", [r for r in MeetingRole if r is not MeetingRole.SECRETARY])
def test_drafts_are_hidden_from_participants(role: MeetingRole) -> None:
    assert not can_view_meeting(MEMBER, access(role, MeetingState.DRAFT))
    assert can_view_meeting(MEMBER, access(role, MeetingState.PUBLISHED))


def test_meeting_secretary_sees_the_draft_and_edits() -> None:
    assert can(MEMBER, Action.EDIT_MEETING, access(MeetingRole.SECRETARY, MeetingState.DRAFT))


EXPECTED = {
    # role: (state position, edit, run session, vote)
    MeetingRole.CHAIR: (True, False, True, True),
    MeetingRole.MEMBER: (True, False, False, True),
    MeetingRole.DEPUTY: (True, False, False, True),
    MeetingRole.OBSERVER: (False, False, False, False),
    MeetingRole.SECRETARY: (False, True, True, False),
}


@pytest.mark.parametrize("role", list(MeetingRole))
def test_role_matrix(role: MeetingRole) -> None:
    expected = EXPECTED[role]
    actions = (Action.STATE_POSITION, Action.EDIT_MEETING, Action.RUN_SESSION, Action.VOTE)
    assert tuple(can(MEMBER, a, access(role)) for a in actions) == expected


def test_visibility_comes_before_role() -> None:
    with pytest.raises(NotFound):
        require(MEMBER, Action.VOTE, access(None))
    with pytest.raises(Forbidden):
        require(MEMBER, Action.EDIT_MEETING, access(MeetingRole.MEMBER))


def test_restricted_documents() -> None:
    restricted = DocumentAccess(restricted=True, readers=frozenset({"m"}))
    stranger = Person("x")
    assert can_read_document(MEMBER, access(MeetingRole.MEMBER), restricted)
    assert not can_read_document(stranger, access(MeetingRole.MEMBER), restricted)
    assert can_read_document(SECRETARIAT, access(None), restricted)
    with pytest.raises(Forbidden) as err:
        require_document(stranger, access(MeetingRole.MEMBER), restricted)
    assert err.value.code == "forbidden_document"
    with pytest.raises(NotFound):
        require_document(stranger, access(None), restricted)
