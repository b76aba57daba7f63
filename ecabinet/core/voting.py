"""The rules of a vote, written once: who may vote, whether the meeting has its quorum, and what a tally means.

The server applies these rules (it alone decides, and only online); clients and the minutes show their
results. Nothing here knows about storage, so every rule is tested on its own with generated cases.

Definitions (also in ``shared/api.md``):
- *voting members* of a meeting: participants with the role chair or member (observers, secretaries and
  deputies hold no vote of their own). Members recused from an item are not voting members for it.
- *attendance*: ``present`` and ``remote`` are checked in; ``represented`` means a named deputy attends in the
  member's place; ``absent`` and ``excused`` are not there.
- *eligible set* (fixed when the vote opens): every voting member who is checked in (``remote`` only where the
  meeting allows remote voting), and for a ``represented`` member their deputy in their place, never both.
- *quorum* of a meeting: enough voting members attend (checked in or represented); of a vote: enough ballots
  are cast (abstentions included). The rule is a fraction of the voting members, by default more than half.
- *majority*: ``simple`` for > against; ``two_thirds`` for >= 2/3 of (for + against); ``absolute`` for > half
  of all voting members (recused ones excepted). Abstentions count as cast, never as for or against.
  Options other than for/against/abstain are decided by plurality.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

FOR = "for"
AGAINST = "against"
ABSTAIN = "abstain"
DEFAULT_OPTIONS: tuple[str, ...] = (FOR, AGAINST, ABSTAIN)


class Majority(StrEnum):
    SIMPLE = "simple"
    TWO_THIRDS = "two_thirds"
    ABSOLUTE = "absolute"


class Outcome(StrEnum):
    ADOPTED = "adopted"
    REJECTED = "rejected"
    TIED = "tied"
    NO_QUORUM = "no_quorum"


class Attendance(StrEnum):
    PRESENT = "present"
    REMOTE = "remote"
    ABSENT = "absent"
    EXCUSED = "excused"
    REPRESENTED = "represented"


#: What a person may report about themself; the rest only the secretary records.
SELF_CHECK_IN: frozenset[Attendance] = frozenset({Attendance.PRESENT, Attendance.REMOTE})


class QuorumRule(StrEnum):
    """A fraction of the voting members: ``half`` means more than half, the others at least that share."""

    HALF = "half"
    TWO_THIRDS = "two_thirds"
    THREE_QUARTERS = "three_quarters"
    ALL = "all"
    NONE = "none"


DEFAULT_QUORUM = QuorumRule.HALF


def quorum_needed(rule: QuorumRule, base: int) -> int:
    """The smallest number (of attendees or ballots) that meets ``rule`` among ``base`` voting members."""
    if base <= 0 or rule is QuorumRule.NONE:
        return 0
    if rule is QuorumRule.HALF:
        return base // 2 + 1
    if rule is QuorumRule.TWO_THIRDS:
        return -(-2 * base // 3)
    if rule is QuorumRule.THREE_QUARTERS:
        return -(-3 * base // 4)
    return base


def quorum_met(rule: QuorumRule, count: int, base: int) -> bool:
    return count >= quorum_needed(rule, base)


@dataclass(frozen=True)
class Member:
    """One participant as the rules see them at the moment a vote opens."""

    user_id: str
    voting: bool  # chair or member
    attendance: Attendance | None = None  # None: not recorded (not there)
    deputy_id: str | None = None  # for ``represented``
    recused: bool = False


@dataclass(frozen=True)
class Voter:
    """A seat in the eligible set: ``user_id`` casts the ballot, for ``on_behalf_of`` when a deputy."""

    user_id: str
    on_behalf_of: str | None = None


def attending(member: Member, *, allow_remote: bool = True) -> bool:
    """Counted as there: checked in (remote where allowed) or represented by a named deputy."""
    if member.attendance is Attendance.PRESENT:
        return True
    if member.attendance is Attendance.REMOTE:
        return allow_remote
    return member.attendance is Attendance.REPRESENTED and member.deputy_id is not None


def eligible_voters(members: Iterable[Member], *, allow_remote_voting: bool) -> list[Voter]:
    """The eligible set, in the order given; a deputy stands in for at most one member."""
    voters: list[Voter] = []
    seated: set[str] = set()
    listed = list(members)
    own_seats = {
        m.user_id
        for m in listed
        if m.voting
        and not m.recused
        and attending(m, allow_remote=allow_remote_voting)
        and m.attendance is not Attendance.REPRESENTED
    }
    for member in listed:
        if not member.voting or member.recused or not attending(member, allow_remote=allow_remote_voting):
            continue
        if member.attendance is Attendance.REPRESENTED:
            deputy = member.deputy_id
            # Never both: a deputy who holds a seat of their own, or already stands in for someone, gets no second.
            if deputy is None or deputy in seated or deputy in own_seats:
                continue
            voters.append(Voter(user_id=deputy, on_behalf_of=member.user_id))
            seated.add(deputy)
        elif member.user_id not in seated:
            voters.append(Voter(user_id=member.user_id))
            seated.add(member.user_id)
    return voters


def voting_base(members: Iterable[Member]) -> int:
    """The voting members of the meeting for one item: the base of quorum and of the absolute majority."""
    return sum(1 for m in members if m.voting and not m.recused)


def attendance_count(members: Iterable[Member], *, allow_remote: bool = True) -> int:
    """Voting members there (checked in or represented), for the live quorum of the meeting."""
    return sum(1 for m in members if m.voting and not m.recused and attending(m, allow_remote=allow_remote))


def check_options(options: Sequence[str]) -> tuple[str, ...]:
    """Options as given, stripped; at least two, unique, not blank. Raises ``ValueError`` with the reason."""
    cleaned = tuple(o.strip() for o in options)
    if len(cleaned) < 2:
        raise ValueError("A vote needs at least two options.")
    if any(not o for o in cleaned):
        raise ValueError("An option cannot be blank.")
    if len(set(cleaned)) != len(cleaned):
        raise ValueError("Options must differ.")
    return cleaned


def is_motion(options: Sequence[str]) -> bool:
    """A for/against vote (with or without abstain) is decided by its majority rule; others by plurality."""
    return set(options) in ({FOR, AGAINST}, {FOR, AGAINST, ABSTAIN})


@dataclass(frozen=True)
class Tally:
    """A closed vote's result."""

    counts: dict[str, int]
    cast: int
    eligible: int
    outcome: Outcome
    #: The option chosen by plurality (custom options only, None on a tie or no quorum).
    winner: str | None = None


def decide(
    counts: Mapping[str, int],
    *,
    options: Sequence[str],
    majority: Majority,
    eligible: int,
    base: int,
    quorum: QuorumRule,
) -> Tally:
    """The outcome of a vote from its counts.

    ``eligible`` is the size of the eligible set, ``base`` the voting members (recused ones excepted) that
    the quorum and the absolute majority are measured against.
    """
    full = {option: int(counts.get(option, 0)) for option in options}
    cast = sum(full.values())
    if not quorum_met(quorum, cast, base):
        return Tally(full, cast, eligible, Outcome.NO_QUORUM)
    if not is_motion(options):
        return _plurality(full, cast, eligible)
    yes, no = full.get(FOR, 0), full.get(AGAINST, 0)
    if majority is Majority.SIMPLE:
        outcome = Outcome.ADOPTED if yes > no else Outcome.TIED if yes == no else Outcome.REJECTED
    elif majority is Majority.TWO_THIRDS:
        outcome = Outcome.ADOPTED if yes > 0 and 3 * yes >= 2 * (yes + no) else Outcome.REJECTED
    else:
        outcome = Outcome.ADOPTED if 2 * yes > base else Outcome.REJECTED
    return Tally(full, cast, eligible, outcome)


def _plurality(counts: dict[str, int], cast: int, eligible: int) -> Tally:
    choices = {o: n for o, n in counts.items() if o != ABSTAIN}
    best = max(choices.values(), default=0)
    if best == 0:
        return Tally(counts, cast, eligible, Outcome.REJECTED)
    leaders = [o for o, n in choices.items() if n == best]
    if len(leaders) > 1:
        return Tally(counts, cast, eligible, Outcome.TIED)
    return Tally(counts, cast, eligible, Outcome.ADOPTED, winner=leaders[0])
