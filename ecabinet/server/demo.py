"""Seeds the demo installation that ``ecabinet demo`` serves (shared/api.md, shared/demo-story.md).

Everything goes through the same services as real requests, uploads included, so the demo exercises
the real checks. The database is marked as demo data: a plain ``ecabinet server`` refuses to serve it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from ecabinet.core.domain import GlobalRole, MeetingRole, MeetingState
from ecabinet.pdf.corpus import Language, build_document
from ecabinet.server.accounts.models import Body, ServerMeta
from ecabinet.server.accounts.service import Caller, create_user, person_for
from ecabinet.server.app import DEMO_MARK
from ecabinet.server.documents.service import stage_chunks
from ecabinet.server.meetings import service as meetings
from ecabinet.server.services import Services

DEMO_PASSWORD = "demo"
CABINET = "cabinet"
COMMITTEE = "digital-committee"
#: Demo meetings are held in Vientiane/Hanoi time.
LOCAL = timezone(timedelta(hours=7))


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    description: str
    language: str = "en"
    roles: tuple[tuple[GlobalRole, str | None], ...] = ()


ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(
        "admin",
        "IT Administrator",
        "administrator: users and devices, no meeting content",
        roles=((GlobalRole.ADMIN, None),),
    ),
    DemoAccount(
        "secretary",
        "Souksavanh Phommachanh",
        "cabinet secretariat: prepares the meetings",
        "lo",
        roles=((GlobalRole.SECRETARIAT, CABINET), (GlobalRole.SECRETARIAT, COMMITTEE)),
    ),
    DemoAccount("chair", "Nguyễn Văn An", "Prime Minister, chairs the cabinet", "vi"),
    DemoAccount("minister1", "Trần Thị Bích", "Minister of Finance"),
    DemoAccount("minister2", "Phạm Quốc Cường", "Minister of Planning and Investment", "vi"),
    DemoAccount("minister3", "Bounmy Keomany", "Minister of Technology and Communications", "lo"),
    DemoAccount("minister4", "Amelia Hart", "Minister of Health"),
    DemoAccount("minister5", "Lê Minh Đức", "Minister of Education and Training", "vi"),
    DemoAccount("minister6", "Khamphone Sisavath", "Minister of Public Works (not on the committee)", "lo"),
    DemoAccount("observer", "Daniel Okafor", "observer from the Government Office: reads, never votes"),
)


@dataclass(frozen=True)
class DemoDoc:
    title: str
    language: Language
    pages: int
    seed: int
    #: Restricted to these usernames (None: every participant).
    readers: tuple[str, ...] | None = None


@dataclass(frozen=True)
class DemoItem:
    title: str
    presenter: str
    minutes: int
    documents: tuple[DemoDoc, ...] = ()


@dataclass(frozen=True)
class DemoMeeting:
    body: str
    title: str
    days_ahead: int
    hour: int
    location: str
    state: MeetingState
    participants: tuple[tuple[str, MeetingRole], ...]
    items: tuple[DemoItem, ...] = field(default_factory=tuple)


_CABINET_PEOPLE = (
    ("chair", MeetingRole.CHAIR),
    ("secretary", MeetingRole.SECRETARY),
    *((f"minister{n}", MeetingRole.MEMBER) for n in range(1, 7)),
    ("observer", MeetingRole.OBSERVER),
)

MEETINGS: tuple[DemoMeeting, ...] = (
    DemoMeeting(
        body=CABINET,
        title="Regular Cabinet Session — December",
        days_ahead=2,
        hour=9,
        location="Government Office, Cabinet Room",
        state=MeetingState.PUBLISHED,
        participants=_CABINET_PEOPLE,
        items=(
            DemoItem(
                "Adoption of the agenda and of the minutes of the previous session",
                "Cabinet Secretary",
                5,
                (DemoDoc("Draft agenda of the session", "en", 2, 1),),
            ),
            DemoItem(
                "State budget estimate for 2027",
                "Minister of Finance",
                30,
                (
                    DemoDoc("Dự toán ngân sách nhà nước năm 2027", "vi", 24, 2),
                    DemoDoc("State Budget Estimate 2027 — Annex of tables and explanations", "en", 320, 3),
                ),
            ),
            DemoItem(
                "National digital government strategy 2026–2030",
                "Minister of Technology and Communications",
                20,
                (
                    DemoDoc("National Digital Government Strategy 2026–2030", "en", 16, 4),
                    DemoDoc("ຍຸດທະສາດລັດຖະບານດິຈິຕອນແຫ່ງຊາດ", "lo", 8, 5),
                ),
            ),
            DemoItem(
                "Public investment programme for rural roads",
                "Minister of Planning and Investment",
                15,
                (DemoDoc("Chương trình đầu tư công đường giao thông nông thôn", "vi", 12, 6),),
            ),
            DemoItem(
                "Health insurance reform", "Minister of Health", 15, (DemoDoc("ການປະຕິຮູບລະບົບປະກັນສຸຂະພາບ", "lo", 10, 7),)
            ),
            DemoItem(
                "Teacher training programme",
                "Minister of Education and Training",
                10,
                (DemoDoc("Teacher Training Programme 2027–2029", "en", 8, 8),),
            ),
            DemoItem(
                "Flood preparedness for the rainy season",
                "Minister of Public Works",
                15,
                (
                    DemoDoc("Kế hoạch phòng chống lũ lụt mùa mưa", "vi", 6, 9),
                    DemoDoc(
                        "Confidential assessment of dam safety",
                        "en",
                        4,
                        10,
                        readers=("chair", "secretary", "minister1", "minister2", "minister3", "minister4", "minister5"),
                    ),
                ),
            ),
            DemoItem("Any other business", "Prime Minister", 10),
        ),
    ),
    DemoMeeting(
        body=COMMITTEE,
        title="Committee on Digital Government — working session",
        days_ahead=5,
        hour=14,
        location="Ministry of Technology and Communications, Room 3",
        state=MeetingState.PUBLISHED,
        participants=(
            ("minister3", MeetingRole.CHAIR),
            ("secretary", MeetingRole.SECRETARY),
            ("minister1", MeetingRole.MEMBER),
            ("minister2", MeetingRole.MEMBER),
            ("observer", MeetingRole.OBSERVER),
        ),
        items=(
            DemoItem(
                "Government cloud and data centre plan",
                "Minister of Technology and Communications",
                30,
                (DemoDoc("Government Cloud Plan", "en", 10, 11),),
            ),
            DemoItem(
                "Lao language support in e-government services",
                "Cabinet Secretary",
                20,
                (DemoDoc("ການສະໜັບສະໜູນພາສາລາວໃນການບໍລິການລັດຖະບານເອເລັກໂຕຣນິກ", "lo", 6, 12),),
            ),
        ),
    ),
    DemoMeeting(
        body=CABINET,
        title="Extraordinary Cabinet Session — January (draft)",
        days_ahead=40,
        hour=9,
        location="Government Office, Cabinet Room",
        state=MeetingState.DRAFT,
        participants=_CABINET_PEOPLE,
        items=(
            DemoItem(
                "Draft decree on electronic documents",
                "Cabinet Secretary",
                30,
                (DemoDoc("Draft decree on electronic documents", "en", 6, 13),),
            ),
        ),
    ),
)


def _seed_caller(services: Services, user_id: str, username: str) -> Caller:
    with services.db.reading() as session:
        person = person_for(session, user_id)
    return Caller(
        user_id=user_id, username=username, display_name=username, device_id="demo-seed", token_id=0, person=person
    )


def seed(services: Services, *, now: datetime | None = None, progress: Callable[[str], None] | None = None) -> None:
    """Fill an empty, migrated database with the demo story's data."""
    say = progress or (lambda _msg: None)
    now = now or datetime.now(UTC)
    ids: dict[str, str] = {}
    with services.db.writing() as session:
        session.add(ServerMeta(key=DEMO_MARK, value="1"))
        session.add(Body(id=CABINET, name="Cabinet"))
        session.add(Body(id=COMMITTEE, name="Committee on Digital Government"))
        session.flush()
        for account in ACCOUNTS:
            user = create_user(
                session,
                services.accounts.passwords,
                username=account.username,
                password=DEMO_PASSWORD,
                display_name=account.display_name,
                language=account.language,
                roles=list(account.roles),
                check_quality=False,
            )
            ids[account.username] = user.id
    secretary = _seed_caller(services, ids["secretary"], "secretary")
    today = now.astimezone(LOCAL).date()
    for spec in MEETINGS:
        say(f"meeting: {spec.title}")
        day = today + timedelta(days=spec.days_ahead)
        starts = datetime(day.year, day.month, day.day, spec.hour, tzinfo=LOCAL)
        with services.db.writing() as session:
            meeting = meetings.create_meeting(
                session,
                secretary,
                body_id=spec.body,
                title=spec.title,
                starts_at=starts,
                duration_minutes=max(60, sum(i.minutes for i in spec.items)),
                location=spec.location,
                language="en",
            )
            meeting_id = meeting.id
            for username, role in spec.participants:
                meetings.set_participant(session, secretary, meeting_id, user_id=ids[username], role=role)
            item_ids = [
                meetings.add_item(
                    session,
                    secretary,
                    meeting_id,
                    title=item.title,
                    presenter=item.presenter,
                    duration_minutes=item.minutes,
                ).id
                for item in spec.items
            ]
        for item, item_id in zip(spec.items, item_ids, strict=True):
            for doc in item.documents:
                say(f"  document: {doc.title} ({doc.pages} pages)")
                data = build_document(title=doc.title, language=doc.language, pages=doc.pages, seed=doc.seed)
                staged = stage_chunks(
                    services.documents.storage,
                    [data],
                    limit=services.settings.max_upload_bytes,
                    filename=f"{doc.seed:02d}.pdf",
                )
                services.documents.create_document(
                    secretary,
                    meeting_id=meeting_id,
                    item_id=item_id,
                    title=doc.title,
                    restricted=doc.readers is not None,
                    readers=[ids[u] for u in doc.readers or ()],
                    staged=staged,
                )
        if spec.state is not MeetingState.DRAFT:
            with services.db.writing() as session:
                meetings.change_state(session, secretary, meeting_id, spec.state)
    from ecabinet.server.minutes.demo_pki import ensure_demo_pki

    say("demo PKI: signing certificates for the secretary, the chair and the ministers")
    ensure_demo_pki(services)
    seed_closed_meeting(services, ids, now=now, say=say)
    from ecabinet.server.consultations.demo import seed_between_meetings

    say("between meetings: a consultation with a deadline, two tasks from the adopted decree")
    seed_between_meetings(services, now=now, body_id=CABINET)


# ---------------------------------------------------------------- the closed earlier meeting (issue 15)

CLOSED_TITLE = "Monthly Cabinet Session — November (closed)"
_CLOSED_ITEMS = (
    DemoItem(
        "Adoption of the agenda", "Cabinet Secretary", 5, (DemoDoc("Agenda of the November session", "en", 2, 21),)
    ),
    DemoItem(
        "Decree on public procurement of digital services",
        "Minister of Technology and Communications",
        30,
        (DemoDoc("Draft decree on procurement of digital services", "en", 4, 22),),
    ),
    DemoItem(
        "Appointment of the rural roads programme board",
        "Minister of Planning and Investment",
        15,
        (DemoDoc("Đề xuất thành lập ban chỉ đạo chương trình", "vi", 3, 23),),
    ),
)


def seed_closed_meeting(services: Services, ids: dict[str, str], *, now: datetime, say: Callable[[str], None]) -> str:
    """A cabinet session held a month ago: attendance, en bloc, a named and a secret vote, a speaker, and minutes
    signed by the secretary and the chair with the demo PKI (``ensure_demo_pki``), so a new user sees the result."""
    import uuid

    from ecabinet.core.domain import Position
    from ecabinet.core.voting import Attendance, Majority
    from ecabinet.pdf.signing import Pkcs12Source, SignatureStamp, sign_pdf
    from ecabinet.server.meetings.models import Meeting
    from ecabinet.server.minutes import service as minutes
    from ecabinet.server.minutes.demo_pki import load_signer
    from ecabinet.server.session import service as live

    say(f"meeting: {CLOSED_TITLE}")
    callers = {name: _seed_caller(services, ids[name], name) for name in ("secretary", "chair", *_MINISTERS)}
    secretary, chair = callers["secretary"], callers["chair"]
    # Two weeks ago: recent enough that every device keeps its papers (closed packets leave after 30 days).
    day = now.astimezone(LOCAL).date() - timedelta(days=14)
    starts = datetime(day.year, day.month, day.day, 9, tzinfo=LOCAL)
    with services.db.writing() as session:
        meeting = meetings.create_meeting(
            session, secretary, body_id=CABINET, title=CLOSED_TITLE, starts_at=starts, duration_minutes=90,
            location="Government Office, Cabinet Room", language="en",
        )  # fmt: skip
        meeting_id = meeting.id
        for username, role in _CABINET_PEOPLE:
            meetings.set_participant(session, secretary, meeting_id, user_id=ids[username], role=role)
        item_ids = [
            meetings.add_item(
                session, secretary, meeting_id, title=i.title, presenter=i.presenter, duration_minutes=i.minutes
            ).id
            for i in _CLOSED_ITEMS
        ]
    for item, item_id in zip(_CLOSED_ITEMS, item_ids, strict=True):
        for doc in item.documents:
            data = build_document(title=doc.title, language=doc.language, pages=doc.pages, seed=doc.seed)
            staged = stage_chunks(
                services.documents.storage, [data], limit=services.settings.max_upload_bytes, filename="paper.pdf"
            )
            services.documents.create_document(
                secretary, meeting_id=meeting_id, item_id=item_id, title=doc.title, restricted=False, readers=[],
                staged=staged,
            )  # fmt: skip
    with services.db.writing() as session:
        meetings.change_state(session, secretary, meeting_id, MeetingState.PUBLISHED)
    with services.db.writing() as session:
        for name in _MINISTERS:
            for index, item_id in enumerate(item_ids):
                position = Position.OBJECTS if (index, name) == (1, "minister4") else Position.NO_OBJECTION
                meetings.state_position(
                    session, callers[name], meeting_id, item_id, position=position,
                    comment="Needs a cost estimate first." if position is Position.OBJECTS else "",
                    client_id=str(uuid.uuid4()),
                )  # fmt: skip
    with services.db.writing() as session:
        live.start_session(session, chair, meeting_id)
        for name in ("chair", *_MINISTERS[:5]):
            live.record_attendance(session, callers[name], meeting_id, status=Attendance("present"))
        live.record_attendance(session, secretary, meeting_id, status=Attendance("excused"), user_id=ids["minister6"])
        live.mark_uncontested(session, chair, meeting_id, item_ids[0], uncontested=True)
        live.approve_en_bloc(session, chair, meeting_id)
        live.open_item(session, chair, meeting_id, item_ids[1])
        live.request_floor(session, callers["minister4"], meeting_id)
    with services.db.writing() as session:
        held = session.get(Meeting, meeting_id)
        assert held is not None
        request_id = live.speakers_view(session, held)["queue"][0]["id"]
        live.give_floor(session, chair, meeting_id, request_id, time_limit_seconds=None)
        live.end_floor(session, chair, meeting_id, request_id)
    for item_id, secret, votes in (
        (item_ids[1], False, {"chair": "for", "minister1": "for", "minister2": "for", "minister3": "for",
                              "minister4": "against", "minister5": "abstain"}),
        (item_ids[2], True, {"chair": "for", "minister1": "for", "minister2": "for", "minister3": "against",
                             "minister4": "for", "minister5": "for"}),
    ):  # fmt: skip
        with services.db.writing() as session:
            live.open_item(session, chair, meeting_id, item_id)
            vote = live.open_vote(
                session, chair, meeting_id, agenda_item_id=item_id, question="Adopt the proposal?", secret=secret,
                majority=Majority("simple"), options=None,
            )  # fmt: skip
            vote_id = vote.id
        for name, option in votes.items():
            with services.db.writing() as session:
                live.cast_ballot(session, callers[name], vote_id, option=option, ballot_id=str(uuid.uuid4()))
        with services.db.writing() as session:
            live.close_vote(session, chair, vote_id)
    with services.db.writing() as session:
        live.close_session(session, chair, meeting_id)
    with services.db.writing() as session:
        minutes.update_draft(
            session, secretary, meeting_id,
            {
                "decisions": {
                    item_ids[1]: "<p>The Cabinet <b>adopted</b> the decree, with these conditions:</p>"
                    "<ul><li>a cost estimate before the first tender;</li><li>a review after one year.</li></ul>",
                    item_ids[2]: "<p>The Cabinet appointed the programme board as proposed.</p>",
                },
                "general_remarks": "<p>The next session is held on the first Monday of December.</p>",
                "reference": "11/BB-CP",
            },
            expected_version=None, settings=services.settings,
        )  # fmt: skip
    say("  minutes: laid out, signed by the secretary and the chair")
    draft = minutes.finalise(services, secretary, meeting_id, expected_version=None)
    assert draft.current_sha256 is not None
    pdf = minutes.read_blob(services, draft.current_sha256)
    for name, title in (("secretary", "Secretary"), ("chair", "Chair")):
        data, passphrase = load_signer(services.settings.data_dir, name)
        account = next(a for a in ACCOUNTS if a.username == name)
        pdf = sign_pdf(
            pdf, f"sig_{name}", Pkcs12Source(data, passphrase), reason="Minutes approved",
            location="Government Office", signer_name=account.display_name,
            stamp=SignatureStamp(account.display_name, title, f"Signed {now.astimezone(LOCAL):%Y-%m-%d %H:%M} (UTC+7)"),
        )  # fmt: skip
        staged = stage_chunks(services.documents.storage, [pdf], limit=services.settings.max_upload_bytes,
                              filename="minutes-signed.pdf")  # fmt: skip
        minutes.accept_signed(services, callers[name], meeting_id, staged)
    return meeting_id


_MINISTERS = tuple(f"minister{n}" for n in range(1, 7))
