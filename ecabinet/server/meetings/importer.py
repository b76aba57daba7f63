"""Import a meeting from a folder: an agenda file plus the PDFs it names, all or nothing.

For a document management system that drops a folder per session. ``agenda.json`` (or ``agenda.yaml``
when PyYAML happens to be installed; it is not a dependency)::

    {"title": "...", "starts_at": "2027-03-01T09:00:00+07:00", "location": "...", "duration": 120,
     "body": "cabinet", "language": "vi",
     "participants": [{"username": "chair", "role": "chair"}, ...],
     "items": [{"title": "...", "presenter": "...", "duration_minutes": 15,
                "documents": ["memo.pdf", {"file": "annex.pdf", "title": "Annex"}],
                "restricted_to": ["minister1"],
                "items": [ ...sub-items, same shape... ]}]}

Everything is checked first (the agenda's fields, every file present and an acceptable PDF, every
user known) and every problem is reported at once; only then are the PDFs put into the store and the
meeting written, in one short transaction (never holding it open while bytes travel to S3). Blobs are
content-addressed: one left behind by a transaction that fails is harmless and reused by a retry.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ecabinet.core.domain import MeetingRole
from ecabinet.core.errors import DomainError
from ecabinet.server.accounts.models import User
from ecabinet.server.accounts.service import Caller
from ecabinet.server.documents.inspection import CheckedPdf
from ecabinet.server.documents.service import StagedUpload, stage_chunks
from ecabinet.server.meetings import service
from ecabinet.server.meetings.models import Meeting
from ecabinet.server.services import Services

AGENDA_FILES = ("agenda.json", "agenda.yaml", "agenda.yml")


class ImportProblems(Exception):
    """The folder cannot be imported; ``problems`` lists every reason, one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class _Doc:
    path: Path
    title: str
    restricted_to: list[str]
    staged: StagedUpload | None = None
    checked: CheckedPdf | None = None


@dataclass
class _Item:
    title: str
    presenter: str
    duration_minutes: int
    documents: list[_Doc] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)


def read_agenda(folder: Path) -> dict[str, Any]:
    for name in AGENDA_FILES:
        path = folder / name
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        if name.endswith(".json"):
            try:
                data = json.loads(text)
            except ValueError as exc:
                raise ImportProblems([f"{name}: not valid JSON ({exc})"]) from exc
        else:
            try:
                import yaml  # type: ignore[import-untyped,unused-ignore]
            except ImportError as exc:
                raise ImportProblems(
                    [f"{name}: reading YAML needs PyYAML, which is not installed; use agenda.json"]
                ) from exc
            try:
                data = yaml.safe_load(text)
            except yaml.YAMLError as exc:
                raise ImportProblems([f"{name}: not valid YAML ({exc})"]) from exc
        if not isinstance(data, dict):
            raise ImportProblems([f"{name}: the agenda must be an object with title, starts_at and items"])
        return data
    raise ImportProblems([f"{folder}: no agenda file (looked for {', '.join(AGENDA_FILES)})"])


def _text(data: dict[str, Any], key: str, where: str, problems: list[str], *, required: bool = False) -> str:
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        problems.append(f"{where}.{key}: must be text")
        return ""
    if required and not value.strip():
        problems.append(f"{where}.{key}: missing")
    return value.strip()


def _minutes(data: dict[str, Any], keys: tuple[str, ...], default: int, where: str, problems: list[str]) -> int:
    for key in keys:
        if key in data:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 24 * 60:
                problems.append(f"{where}.{key}: must be whole minutes between 0 and 1440")
                return default
            return value
    return default


def _items(
    raw: Any, folder: Path, where: str, problems: list[str], usernames: set[str], *, depth: int = 0
) -> list[_Item]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(f"{where}: must be a list")
        return []
    out = []
    for n, entry in enumerate(raw):
        here = f"{where}[{n}]"
        if not isinstance(entry, dict):
            problems.append(f"{here}: must be an object with a title")
            continue
        restricted = entry.get("restricted_to") or []
        if not isinstance(restricted, list) or not all(isinstance(u, str) for u in restricted):
            problems.append(f"{here}.restricted_to: must be a list of usernames")
            restricted = []
        usernames.update(restricted)
        item = _Item(
            title=_text(entry, "title", here, problems, required=True),
            presenter=_text(entry, "presenter", here, problems),
            duration_minutes=_minutes(entry, ("duration_minutes", "duration"), 10, here, problems),
        )
        for k, doc in enumerate(entry.get("documents") or []):
            doc_where = f"{here}.documents[{k}]"
            name, title = _doc_entry(doc)
            if not isinstance(name, str) or not name:
                problems.append(f"{doc_where}: a file name, or an object with 'file' (and 'title')")
                continue
            path = (folder / name).resolve()
            if path.parent != folder.resolve():
                problems.append(f"{doc_where}: {name!r} must be a file in the folder itself")
                continue
            if not path.is_file():
                problems.append(f"{doc_where}: file {name!r} not found in {folder}")
                continue
            item.documents.append(_Doc(path=path, title=str(title or Path(name).stem), restricted_to=list(restricted)))
        if entry.get("items"):
            if depth >= 1:
                problems.append(f"{here}.items: sub-items cannot have sub-items of their own")
            else:
                item.items = _items(entry["items"], folder, f"{here}.items", problems, usernames, depth=1)
        out.append(item)
    return out


def _doc_entry(doc: Any) -> tuple[Any, str]:
    if isinstance(doc, str):
        return doc, ""
    if isinstance(doc, dict):
        return doc.get("file"), str(doc.get("title") or "")
    return None, ""


def _chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            yield block


def import_meeting(
    services: Services, caller: Caller, folder: Path, *, body_id: str | None = None, publish: bool = False
) -> Meeting:
    """Check the folder completely, then create the meeting in one transaction; raises ``ImportProblems``."""
    folder = folder.resolve()
    if not folder.is_dir():
        raise ImportProblems([f"{folder}: not a folder"])
    agenda = read_agenda(folder)
    problems: list[str] = []
    title = _text(agenda, "title", "agenda", problems, required=True)
    starts_at: datetime | None = None
    raw_start = agenda.get("starts_at")
    try:
        starts_at = datetime.fromisoformat(str(raw_start))
        if starts_at.tzinfo is None:
            problems.append("agenda.starts_at: give the time zone, e.g. 2027-03-01T09:00:00+07:00")
    except ValueError:
        problems.append(f"agenda.starts_at: {raw_start!r} is not a date and time like 2027-03-01T09:00:00+07:00")
    duration = _minutes(agenda, ("duration", "duration_minutes"), 120, "agenda", problems)
    body = body_id or _text(agenda, "body", "agenda", problems) or _only_body(caller, problems)
    usernames: set[str] = set()
    participants: list[tuple[str, MeetingRole]] = []
    for n, entry in enumerate(agenda.get("participants") or []):
        where = f"agenda.participants[{n}]"
        username = entry.get("username") if isinstance(entry, dict) else None
        role = entry.get("role", "member") if isinstance(entry, dict) else None
        if not isinstance(username, str) or role not in set(MeetingRole):
            problems.append(f"{where}: needs a username and a role ({', '.join(MeetingRole)})")
            continue
        usernames.add(username)
        participants.append((username, MeetingRole(role)))
    items = _items(agenda.get("items"), folder, "agenda.items", problems, usernames)
    if not items:
        problems.append("agenda.items: the agenda has no items")
    with services.db.reading() as session:
        known = {
            u.username: u.id
            for u in session.execute(select(User).where(User.username.in_(usernames), User.active.is_(True))).scalars()
        }
    problems += [f"unknown user {name!r}" for name in sorted(usernames - set(known))]
    participant_names = {name for name, _ in participants}
    docs = [d for item in items for it in (item, *item.items) for d in it.documents]
    for name in sorted({u for d in docs for u in d.restricted_to} - participant_names):
        problems.append(f"restricted_to names {name!r}, who is not among the participants")
    # Each PDF is checked like an upload (in a child process), before anything is written.
    staged_paths: list[Path] = []
    try:
        for doc in docs:
            try:
                doc.staged = stage_chunks(
                    services.documents.storage,
                    _chunks(doc.path),
                    limit=services.settings.max_upload_bytes,
                    filename=doc.path.name,
                )
            except DomainError as exc:
                problems.append(f"{doc.path.name}: {exc.message}")
                continue
            staged_paths.append(doc.staged.path)
            try:
                doc.checked = services.documents.check(doc.staged)
            except DomainError as exc:
                problems.append(f"{doc.path.name}: {exc.message}")
        if problems:
            raise ImportProblems(problems)
        assert starts_at is not None
        return _write(services, caller, title, starts_at, duration, body, agenda, participants, known, items, publish)
    finally:
        for path in staged_paths:
            path.unlink(missing_ok=True)


def _only_body(caller: Caller, problems: list[str]) -> str:
    bodies = sorted(caller.person.secretariat_of)
    if len(bodies) == 1:
        return bodies[0]
    problems.append("agenda.body: say which body's meeting this is (or pass --body)")
    return ""


def _write(
    services: Services,
    caller: Caller,
    title: str,
    starts_at: datetime,
    duration: int,
    body: str,
    agenda: dict[str, Any],
    participants: list[tuple[str, MeetingRole]],
    known: dict[str, str],
    items: list[_Item],
    publish: bool,
) -> Meeting:
    for doc in _all_documents(items):
        assert doc.staged is not None
        services.documents.store(doc.staged)  # consumes the staged file; the transaction needs only its hash
    with services.db.writing() as session:
        meeting = service.create_meeting(
            session,
            caller,
            body_id=body,
            title=title,
            starts_at=starts_at,
            duration_minutes=duration,
            location=str(agenda.get("location") or ""),
            language=str(agenda.get("language") or "en"),
        )
        for username, role in participants:
            service.set_participant(session, caller, meeting.id, user_id=known[username], role=role)

        def add(item: _Item, parent_id: str | None) -> None:
            row = service.add_item(
                session,
                caller,
                meeting.id,
                title=item.title,
                presenter=item.presenter,
                duration_minutes=item.duration_minutes,
                parent_id=parent_id,
            )
            for doc in item.documents:
                assert doc.staged is not None and doc.checked is not None
                services.documents.add_document_in(
                    session,
                    caller,
                    meeting_id=meeting.id,
                    item_id=row.id,
                    title=doc.title,
                    restricted=bool(doc.restricted_to),
                    readers=[known[u] for u in doc.restricted_to],
                    staged=doc.staged,
                    checked=doc.checked,
                )
            for child in item.items:
                add(child, row.id)

        for item in items:
            add(item, None)
        if publish:
            from ecabinet.core.domain import MeetingState

            service.change_state(session, caller, meeting.id, MeetingState.PUBLISHED)
        session.flush()
        return meeting


def _all_documents(items: list[_Item]) -> Iterator[_Doc]:
    for item in items:
        yield from item.documents
        yield from _all_documents(item.items)
