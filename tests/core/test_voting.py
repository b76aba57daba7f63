"""The voting rules, on examples and on generated cases."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ecabinet.core.voting import (
    ABSTAIN,
    AGAINST,
    DEFAULT_OPTIONS,
    FOR,
    Attendance,
    Majority,
    Member,
    Outcome,
    QuorumRule,
    decide,
    eligible_voters,
    quorum_needed,
    voting_base,
)

statuses = st.sampled_from([None, *Attendance])
members = st.lists(
    st.builds(
        Member,
        user_id=st.sampled_from([f"u{n}" for n in range(12)]),
        voting=st.booleans(),
        attendance=statuses,
        deputy_id=st.one_of(st.none(), st.sampled_from([f"d{n}" for n in range(4)])),
        recused=st.booleans(),
    ),
    max_size=12,
    unique_by=lambda m: m.user_id,
)


def _decide(yes: int, no: int, abstain: int, majority: Majority, base: int = 10) -> Outcome:
    counts = {FOR: yes, AGAINST: no, ABSTAIN: abstain}
    return decide(
        counts, options=DEFAULT_OPTIONS, majority=majority, eligible=base, base=base, quorum=QuorumRule.NONE
    ).outcome


def test_examples() -> None:
    assert _decide(3, 2, 5, Majority.SIMPLE) is Outcome.ADOPTED
    assert _decide(2, 2, 1, Majority.SIMPLE) is Outcome.TIED
    assert _decide(1, 2, 0, Majority.SIMPLE) is Outcome.REJECTED
    assert _decide(0, 0, 4, Majority.SIMPLE) is Outcome.TIED, "all abstain: neither side has more"
    assert _decide(4, 2, 0, Majority.TWO_THIRDS) is Outcome.ADOPTED, "exactly two-thirds is enough"
    assert _decide(3, 2, 0, Majority.TWO_THIRDS) is Outcome.REJECTED
    assert _decide(0, 0, 3, Majority.TWO_THIRDS) is Outcome.REJECTED, "nobody for adopts nothing"
    assert _decide(5, 0, 0, Majority.ABSOLUTE) is Outcome.REJECTED, "5 of 10 members is not more than half"
    assert _decide(6, 0, 0, Majority.ABSOLUTE) is Outcome.ADOPTED
    assert quorum_needed(QuorumRule.HALF, 10) == 6 and quorum_needed(QuorumRule.HALF, 9) == 5
    assert quorum_needed(QuorumRule.TWO_THIRDS, 9) == 6 and quorum_needed(QuorumRule.TWO_THIRDS, 10) == 7
    no_quorum = decide(
        {FOR: 5}, options=DEFAULT_OPTIONS, majority=Majority.SIMPLE, eligible=10, base=10, quorum=QuorumRule.HALF
    )
    assert no_quorum.outcome is Outcome.NO_QUORUM and no_quorum.cast == 5
    plural = decide(
        {"A": 2, "B": 3, ABSTAIN: 4},
        options=("A", "B", ABSTAIN),
        majority=Majority.SIMPLE,
        eligible=9,
        base=9,
        quorum=QuorumRule.HALF,
    )
    assert plural.outcome is Outcome.ADOPTED and plural.winner == "B", "abstentions never win"
    tie = decide(
        {"A": 3, "B": 3}, options=("A", "B"), majority=Majority.SIMPLE, eligible=6, base=6, quorum=QuorumRule.HALF
    )
    assert tie.outcome is Outcome.TIED and tie.winner is None


def test_eligibility_examples() -> None:
    people = [
        Member("chair", True, Attendance.PRESENT),
        Member("m1", True, Attendance.REMOTE),
        Member("m2", True, Attendance.REPRESENTED, deputy_id="d2"),
        Member("m3", True, Attendance.ABSENT),
        Member("m4", True, Attendance.PRESENT, recused=True),
        Member("obs", False, Attendance.PRESENT),
        Member("d2", False, Attendance.PRESENT),
    ]
    seats = eligible_voters(people, allow_remote_voting=True)
    assert [(s.user_id, s.on_behalf_of) for s in seats] == [("chair", None), ("m1", None), ("d2", "m2")]
    assert [s.user_id for s in eligible_voters(people, allow_remote_voting=False)] == ["chair", "d2"]
    assert voting_base(people) == 4


@given(members, st.booleans())
def test_eligible_set_rules(people: list[Member], remote: bool) -> None:
    seats = eligible_voters(people, allow_remote_voting=remote)
    voters = [s.user_id for s in seats]
    assert len(voters) == len(set(voters)), "one seat per person"
    by_id = {m.user_id: m for m in people}
    represented = [s.on_behalf_of for s in seats if s.on_behalf_of]
    assert len(represented) == len(set(represented))
    for seat in seats:
        member = by_id[seat.on_behalf_of or seat.user_id]
        assert member.voting and not member.recused
        if seat.on_behalf_of:
            assert member.attendance is Attendance.REPRESENTED and member.deputy_id == seat.user_id
            assert seat.on_behalf_of not in voters, "never both the member and their deputy"
        else:
            assert member.attendance is Attendance.PRESENT or (remote and member.attendance is Attendance.REMOTE)
    assert len(seats) <= voting_base(people)


counts = st.integers(min_value=0, max_value=60)


@given(counts, counts, counts, st.sampled_from(list(Majority)), st.sampled_from(list(QuorumRule)))
def test_outcome_rules(yes: int, no: int, abstain: int, majority: Majority, quorum: QuorumRule) -> None:
    base = yes + no + abstain + 5
    tally = decide(
        {FOR: yes, AGAINST: no, ABSTAIN: abstain},
        options=DEFAULT_OPTIONS,
        majority=majority,
        eligible=base,
        base=base,
        quorum=quorum,
    )
    assert tally.cast == yes + no + abstain, "abstentions count as cast"
    if tally.cast < quorum_needed(quorum, base):
        assert tally.outcome is Outcome.NO_QUORUM
        return
    adopted = tally.outcome is Outcome.ADOPTED
    if majority is Majority.SIMPLE:
        assert adopted == (yes > no)
        assert (tally.outcome is Outcome.TIED) == (yes == no)
    elif majority is Majority.TWO_THIRDS:
        assert adopted == (yes > 0 and 3 * yes >= 2 * (yes + no))
    else:
        assert adopted == (2 * yes > base)
    # Abstaining never turns a result around.
    more = decide(
        {FOR: yes, AGAINST: no, ABSTAIN: abstain + 1},
        options=DEFAULT_OPTIONS,
        majority=majority,
        eligible=base,
        base=base,
        quorum=QuorumRule.NONE,
    )
    same = decide(
        {FOR: yes, AGAINST: no, ABSTAIN: abstain},
        options=DEFAULT_OPTIONS,
        majority=majority,
        eligible=base,
        base=base,
        quorum=QuorumRule.NONE,
    )
    assert more.outcome is same.outcome


@given(st.dictionaries(st.sampled_from(["A", "B", "C", ABSTAIN]), counts, min_size=1))
def test_plurality(values: dict[str, int]) -> None:
    options = ("A", "B", "C", ABSTAIN)
    tally = decide(values, options=options, majority=Majority.SIMPLE, eligible=200, base=200, quorum=QuorumRule.NONE)
    choices = {o: values.get(o, 0) for o in ("A", "B", "C")}
    best = max(choices.values())
    leaders = [o for o, n in choices.items() if n == best]
    if best == 0:
        assert tally.outcome is Outcome.REJECTED
    elif len(leaders) > 1:
        assert tally.outcome is Outcome.TIED
    else:
        assert tally.outcome is Outcome.ADOPTED and tally.winner == leaders[0]
