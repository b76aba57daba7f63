"""Texts of notifications and of the consultation report, in the recipient's language (Babel catalogs).

English is the message id; ``ecabinet/server/locale/<lang>/LC_MESSAGES/ecabinet_server.po`` holds Vietnamese
and Lao. Placeholders are ``{name}`` fields filled after translation, so a translator can move them.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Mapping
from importlib import resources

from babel.messages.pofile import read_po

Gettext = Callable[[str], str]

LANGUAGES = ("en", "vi", "lo")


@functools.cache
def _catalog(language: str) -> dict[str, str]:
    if language not in LANGUAGES or language == "en":
        return {}
    path = resources.files("ecabinet.server").joinpath(f"locale/{language}/LC_MESSAGES/ecabinet_server.po")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    catalog = read_po(io.BytesIO(data), locale=language)
    return {str(m.id): str(m.string) for m in catalog if m.id and m.string}


def translation(language: str) -> Gettext:
    """A gettext for ``language``; unknown languages and untranslated texts stay English."""
    catalog = _catalog(language)
    return lambda message: catalog.get(message, message)


#: kind -> (title, body). Fields: title (of the consultation, task or meeting), deadline, starts_at, names.
TEMPLATES: Mapping[str, tuple[str, str]] = {
    "consultation_published": (
        "New consultation: {title}",
        'Your opinion is requested on "{title}". Please answer before {deadline}.',
    ),
    "consultation_reminder": (
        'Reminder: answer "{title}"',
        'Your answer to the consultation "{title}" is due before {deadline}.',
    ),
    "consultation_overdue": (
        'Overdue: "{title}"',
        'The deadline of the consultation "{title}" ({deadline}) has passed without your answer.',
    ),
    "consultation_overdue_secretariat": (
        'Unanswered: "{title}"',
        'The deadline of the consultation "{title}" ({deadline}) has passed. Not answered: {names}.',
    ),
    "consultation_document_changed": (
        'Document changed: "{title}"',
        'A document of the consultation "{title}" has a new version. Your answers were given on the earlier '
        "version; please review them before {deadline}.",
    ),
    "consultation_report": (
        'Result report: "{title}"',
        'The signed result report of the consultation "{title}" is available.',
    ),
    "packet_unread": (
        "Unread papers: {title}",
        'The meeting "{title}" starts at {starts_at}. Some of its papers are not yet on your device.',
    ),
    "packet_unread_secretariat": (
        "Papers not read: {title}",
        'The meeting "{title}" starts at {starts_at}. Papers not yet downloaded by: {names}.',
    ),
    "task_assigned": (
        "New task: {title}",
        'A task was assigned to you: "{title}", due {deadline}.',
    ),
    "task_reminder": (
        "Task due soon: {title}",
        'The task "{title}" is due {deadline}.',
    ),
    "task_overdue": (
        "Task overdue: {title}",
        'The task "{title}" was due {deadline} and is not done.',
    ),
}


def render(kind: str, language: str, fields: Mapping[str, str]) -> tuple[str, str]:
    """The title and body of a notification of ``kind``, translated, with ``fields`` filled in."""
    title, body = TEMPLATES[kind]
    _ = translation(language)
    return _(title).format(**fields), _(body).format(**fields)
