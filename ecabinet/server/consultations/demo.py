"""Chapter 7 of the demo story: a consultation with a document and a deadline, and two tasks from a decision.

Called by ``ecabinet.server.demo.seed`` after the closed earlier meeting exists: its adopted named vote is
the decision the tasks follow from. Answers are left to the people trying the demo (they sign on their apps).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import select

from ecabinet.pdf.corpus import build_document
from ecabinet.server.accounts.models import User
from ecabinet.server.accounts.service import Caller, person_for
from ecabinet.server.consultations import service as consultations
from ecabinet.server.consultations.schemas import RecipientIn
from ecabinet.server.documents.service import stage_chunks
from ecabinet.server.services import Services
from ecabinet.server.session.models import Vote
from ecabinet.server.tasks import service as tasks
from ecabinet.server.tasks.schemas import SourceKind

CONSULTATION_TITLE = "Opinion form: draft decree on digital government services"


def _caller(services: Services, username: str) -> Caller:
    with services.db.reading() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one()
        person = person_for(session, user.id)
    return Caller(
        user_id=user.id,
        username=username,
        display_name=user.display_name,
        device_id="demo-seed",
        token_id=0,
        person=person,
    )


def seed_between_meetings(services: Services, *, now: datetime, body_id: str = "cabinet") -> None:
    secretary = _caller(services, "secretary")
    with services.db.reading() as session:
        ids = dict(session.execute(select(User.username, User.id)).all())
    data = build_document(title="Draft decree on digital government services", language="vi", pages=3, seed=31)
    staged = stage_chunks(
        services.documents.storage, [data], limit=services.settings.max_upload_bytes, filename="d.pdf"
    )
    checked = services.documents.check(staged)
    try:
        services.documents.store(staged)  # the bytes first, then the short transaction that records them
        with services.db.writing() as session:
            session.info["settings"] = services.settings
            consultation = consultations.create(
                session,
                secretary,
                title=CONSULTATION_TITLE,
                description="The Ministry of Technology and Communications asks for the Cabinet's opinion.",
                deadline=now + timedelta(days=2),
                questions=["Do you agree with the draft decree?", "Do you agree with the proposed start date?"],
                recipients=[RecipientIn(user_id=ids[f"minister{n}"]) for n in (1, 2, 3, 4, 5)]
                + [RecipientIn(user_id=ids["chair"])],
                body_id=body_id,
                language="en",
                signatures_required=True,
            )
            consultations.add_document(
                session,
                secretary,
                consultation.id,
                title="Draft decree on digital government services",
                sha256=staged.sha256,
                pages=checked.pages,
                size=staged.size,
                filename="draft-decree.pdf",
            )
            consultations.publish(session, secretary, consultation.id)
    finally:
        staged.path.unlink(missing_ok=True)
    with services.db.writing() as session:
        adopted = [
            v
            for v in session.execute(select(Vote).where(Vote.secret.is_(False)).order_by(Vote.opened_at)).scalars()
            if v.result and json.loads(v.result).get("outcome") == "adopted"
        ]
        if not adopted:
            return
        for title, assignee, body, days in (
            ("Prepare the implementing circular", ids.get("minister2"), None, 14),
            ("Publish the procurement guidelines", None, "digital-committee", 30),
        ):
            tasks.create(
                session,
                services.settings,
                secretary,
                source_kind=SourceKind.VOTE,
                source_id=adopted[0].id,
                title=title,
                description="",
                assignee_user_id=assignee,
                assignee_body_id=body,
                deadline=now + timedelta(days=days),
            )
