"""Lay out the minutes of a cabinet meeting as an official PDF, ready for signature fields.

The minutes are what a decision rests on: they must read like an official record (header with the
government body, numbered sections, "page x of y", a signature block with a box per signer), in the
meeting's language, with fonts that carry Vietnamese diacritics and Lao script, and come out byte for byte
the same for the same record (no clock, no random /ID), so the server can regenerate and compare.

Layout uses PyMuPDF's `Story` (HTML and CSS, HarfBuzz shaping for Lao). Rich text written by the
secretary (decision texts, general remarks) is a small HTML subset; everything else is escaped, so a
record can never inject markup. Labels come from a gettext-like callable (`minutes_translation` reads
the catalogs in ``ecabinet/pdf/locales``), so the server can use its own Babel translations instead.
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib import resources
from typing import Literal

import pymupdf
from babel.dates import format_date, format_time, get_timezone
from babel.messages.pofile import read_po

from ecabinet.pdf.corpus import _complete_lao_text_maps
from ecabinet.pdf.fonts import font_set

__all__ = [
    "AttendanceStatus",
    "Attendee",
    "MinutesDocument",
    "MinutesItem",
    "MinutesLabels",
    "MinutesLanguage",
    "MinutesRecord",
    "MinutesSigner",
    "Quorum",
    "RenderedMinutes",
    "SignatureSlot",
    "VoteResult",
    "layout_minutes",
    "minutes_labels",
    "minutes_translation",
    "render_minutes",
    "sanitize_rich_text",
]

MinutesLanguage = Literal["en", "vi", "lo"]
AttendanceStatus = Literal["present", "remote", "absent", "excused", "represented"]
Gettext = Callable[[str], str]

_A4 = pymupdf.paper_rect("a4")
_MARGIN_X = 62.0
_BODY_RECT = pymupdf.Rect(_MARGIN_X, 70, _A4.width - _MARGIN_X, _A4.height - 64)
_HEADER_RECT = pymupdf.Rect(_MARGIN_X, 30, _A4.width - _MARGIN_X, 62)
_FOOTER_RECT = pymupdf.Rect(_MARGIN_X, _A4.height - 52, _A4.width - _MARGIN_X, _A4.height - 20)
_SIGNATURE_BOX_HEIGHT = 78.0
_PRODUCER = "eCabinet with PyMuPDF"


# --------------------------------------------------------------------------------------
# The record
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MinutesDocument:
    """A document version discussed under an item; the hash names the exact bytes the members read."""

    title: str
    sha256: str


@dataclass(frozen=True)
class Attendee:
    """One invited person and how they took part."""

    name: str
    role: str  # as printed: "Minister of Finance", "Chair", ...
    status: AttendanceStatus
    deputy: str | None = None  # who attended for them (status "represented")


@dataclass(frozen=True)
class Quorum:
    """Members present (in the room or remote, deputies included) against the number required."""

    present: int
    members: int
    required: int

    @property
    def reached(self) -> bool:
        return self.present >= self.required


@dataclass(frozen=True)
class VoteResult:
    """A closed vote. ``voters`` (option -> names) only for named votes; a secret vote shows counts only."""

    question: str
    secret: bool
    majority: str  # simple, two_thirds, absolute
    counts: Mapping[str, int]  # option -> ballots, in the order to print
    cast: int
    eligible: int
    outcome: str  # adopted, rejected, tied, no_quorum
    voters: Mapping[str, Sequence[str]] | None = None


@dataclass(frozen=True)
class MinutesItem:
    """One agenda item as recorded."""

    number: str
    title: str
    documents: Sequence[MinutesDocument] = ()
    positions: Mapping[str, int] = field(default_factory=dict)  # no_objection / wants_to_speak / objects -> n
    speakers: Sequence[str] = ()
    decision: str = ""  # rich text: see `sanitize_rich_text`
    votes: Sequence[VoteResult] = ()


@dataclass(frozen=True)
class MinutesSigner:
    """Someone who must sign, in signing order; ``field_name`` names the PDF signature field."""

    field_name: str
    name: str
    role: str


@dataclass(frozen=True)
class MinutesRecord:
    """Everything printed in the minutes. Plain data: the server fills it from its database."""

    body: str  # the government body: "Government of ...", "Chính phủ", ...
    title: str  # the meeting's title
    starts_at: dt.datetime
    place: str
    chair: str
    attendance: Sequence[Attendee]
    quorum: Quorum
    items: Sequence[MinutesItem]
    signers: Sequence[MinutesSigner]
    ends_at: dt.datetime | None = None
    secretary: str | None = None
    reference: str | None = None  # the minutes' number, e.g. "12/BB-CP"
    national_header: Sequence[str] = ()  # e.g. ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    general_remarks: str = ""  # rich text
    timezone: str | None = None  # IANA name for printed times; None: as given


# --------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MinutesLabels:
    """Every fixed text printed in the minutes, already translated."""

    minutes: str
    reference: str
    date_time: str
    until: str
    place: str
    chair: str
    secretary: str
    attendance: str
    number: str
    name: str
    role: str
    participation: str
    note: str
    represented_by: str
    quorum: str
    quorum_reached: str
    quorum_not_reached: str
    agenda: str
    item: str
    documents: str
    no_documents: str
    positions: str
    speakers: str
    no_speakers: str
    decision: str
    no_decision: str
    vote: str
    secret_vote: str
    named_vote: str
    majority: str
    option: str
    ballots: str
    cast: str
    outcome: str
    general_remarks: str
    signatures: str
    page: str
    statuses: Mapping[str, str]
    position_names: Mapping[str, str]
    majorities: Mapping[str, str]
    outcomes: Mapping[str, str]
    options: Mapping[str, str]


def minutes_labels(_: Gettext) -> MinutesLabels:
    """The labels through a gettext-like callable (English msgids; identity gives English)."""
    return MinutesLabels(
        minutes=_("Minutes"),
        reference=_("No. {reference}"),
        date_time=_("Date and time"),
        until=_("until"),
        place=_("Place"),
        chair=_("Chaired by"),
        secretary=_("Minutes taken by"),
        attendance=_("Attendance"),
        number=_("No."),
        name=_("Name"),
        role=_("Role"),
        participation=_("Participation"),
        note=_("Note"),
        represented_by=_("Represented by {deputy}"),
        quorum=_("Quorum"),
        quorum_reached=_("{present} of {members} members present, {required} required: the quorum is reached."),
        quorum_not_reached=_("{present} of {members} members present, {required} required: the quorum is not reached."),
        agenda=_("Proceedings"),
        item=_("Item {number}"),
        documents=_("Documents"),
        no_documents=_("No documents."),
        positions=_("Positions stated before the meeting"),
        speakers=_("Speakers"),
        no_speakers=_("Nobody asked to speak."),
        decision=_("Decision"),
        no_decision=_("No decision recorded."),
        vote=_("Vote"),
        secret_vote=_("Secret vote"),
        named_vote=_("Named vote"),
        majority=_("Majority required"),
        option=_("Option"),
        ballots=_("Ballots"),
        cast=_("{cast} of {eligible} eligible members voted."),
        outcome=_("Outcome"),
        general_remarks=_("General remarks"),
        signatures=_("Signatures"),
        page=_("Page {page} of {pages}"),
        statuses={
            "present": _("Present"),
            "remote": _("Present (remote)"),
            "absent": _("Absent"),
            "excused": _("Excused"),
            "represented": _("Represented"),
        },
        position_names={
            "no_objection": _("No objection"),
            "wants_to_speak": _("Wants to speak"),
            "objects": _("Objects"),
        },
        majorities={
            "simple": _("Simple majority"),
            "two_thirds": _("Two-thirds majority"),
            "absolute": _("Absolute majority of all members"),
        },
        outcomes={
            "adopted": _("Adopted"),
            "rejected": _("Rejected"),
            "tied": _("Tied"),
            "no_quorum": _("No quorum"),
        },
        options={"for": _("For"), "against": _("Against"), "abstain": _("Abstain")},
    )


@functools.cache
def _catalog(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    path = resources.files("ecabinet.pdf").joinpath(f"locales/{language}/LC_MESSAGES/ecabinet.po")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    catalog = read_po(io.BytesIO(data), locale=language)
    return {str(message.id): str(message.string) for message in catalog if message.id and message.string}


def minutes_translation(language: str) -> Gettext:
    """A gettext for the minutes' labels from the bundled catalog; unknown languages and texts stay English."""
    catalog = _catalog(language)
    return lambda message: catalog.get(message, message)


# --------------------------------------------------------------------------------------
# Text to HTML
# --------------------------------------------------------------------------------------

_LAO_RUN = re.compile(r"[\u0e80-\u0eff]+(?:[\s\d.,:;()\-–]+[\u0e80-\u0eff]+)*")


def _text(value: str) -> str:
    """Escape plain text; Lao runs get the Lao font (Noto Sans has no Lao glyphs)."""
    out: list[str] = []
    last = 0
    for match in _LAO_RUN.finditer(value):
        out.append(html.escape(value[last : match.start()]))
        out.append(f"<span class='lo'>{html.escape(match.group())}</span>")
        last = match.end()
    out.append(html.escape(value[last:]))
    return "".join(out)


_ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "b", "strong", "i", "em", "u"}
_VOID_TAGS = {"br"}
_BLOCK_TAGS = {"p", "ul", "ol", "li"}
_DROPPED_TAGS = {"script", "style", "template", "head", "title"}


class _Sanitizer(HTMLParser):
    """Keeps only `_ALLOWED_TAGS`, without attributes; all text is escaped; tags are balanced."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.skipping = 0  # inside script/style/template: their text is not content

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED_TAGS:
            self.skipping += 1
            return
        if tag not in _ALLOWED_TAGS:
            return
        if tag in _VOID_TAGS:
            self.out.append("<br/>")
            return
        if tag == "li" and not any(t in ("ul", "ol") for t in self.open):
            return
        if tag in _BLOCK_TAGS and "p" in self.open:  # a block closes an open paragraph, as in HTML
            self._close_to("p")
        self.open.append(tag)
        self.out.append(f"<{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _ALLOWED_TAGS and tag not in _VOID_TAGS and self.open and self.open[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
            return
        if tag in self.open:
            self._close_to(tag)

    def _close_to(self, tag: str) -> None:
        while self.open:
            last = self.open.pop()
            self.out.append(f"</{last}>")
            if last == tag:
                return

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(_text(data))

    def result(self) -> str:
        self.close()
        while self.open:
            self.out.append(f"</{self.open.pop()}>")
        return "".join(self.out)


def sanitize_rich_text(text: str) -> str:
    """Rich text (a small HTML subset: p, br, ul, ol, li, b, strong, i, em, u) as safe HTML.

    Other tags and all attributes are dropped (their text stays, escaped); scripts and styles go whole.
    Plain text without tags becomes paragraphs split at blank lines.
    """
    if "<" not in text:
        paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
        return "".join("<p>" + "<br/>".join(_text(line) for line in part.split("\n")) + "</p>" for part in paragraphs)
    sanitizer = _Sanitizer()
    sanitizer.feed(text)
    return sanitizer.result()


# --------------------------------------------------------------------------------------
# HTML of the minutes
# --------------------------------------------------------------------------------------


def _css() -> str:
    return f"""
{font_set().css()}
body {{margin: 0; font-family: sans; font-size: 10.5pt; line-height: 1.35;}}
.lo {{font-family: lao;}}
.lang-lo {{font-family: lao; line-height: 1.5;}}
p {{margin: 0 0 6pt 0;}}
h1 {{font-size: 16pt; margin: 14pt 0 4pt 0; text-align: center;}}
h2 {{font-size: 12.5pt; margin: 14pt 0 6pt 0;}}
h3 {{font-size: 11pt; margin: 12pt 0 4pt 0;}}
h4 {{font-size: 10.5pt; margin: 6pt 0 2pt 0; font-style: italic;}}
ul, ol {{margin: 0 0 6pt 0;}}
li {{margin: 0 0 2pt 0;}}
table {{width: 100%; border-collapse: collapse; margin-bottom: 6pt;}}
th, td {{border: 0.5pt solid #555555; padding: 2pt 4pt; font-size: 9.5pt; text-align: left; vertical-align: top;}}
th {{font-weight: bold;}}
td.n, th.n {{text-align: right;}}
table.head td {{border: none; text-align: center; font-size: 10pt; padding: 0;}}
.body-name {{font-weight: bold;}}
.motto {{font-weight: bold;}}
.subtitle {{text-align: center; font-size: 12pt; font-weight: bold; margin: 0 0 10pt 0;}}
.meta td {{border: none; padding: 1pt 4pt 1pt 0; font-size: 10.5pt;}}
.meta td.k {{font-weight: bold; width: 120pt;}}
.hash {{font-size: 7.5pt; color: #444444;}}
.quorum {{font-weight: bold;}}
table.sig td {{border: none; padding: 0 6pt 0 0; text-align: center; vertical-align: top;}}
.sig-role {{font-weight: bold; margin: 0;}}
.sig-name {{margin: 0 0 3pt 0;}}
.sig-box {{height: {_SIGNATURE_BOX_HEIGHT:.0f}pt; border: 0.75pt solid #1f3864; margin: 0;}}
.brk {{page-break-before: always;}}
.frame-head {{font-size: 8.5pt; color: #1f3864; border-bottom: 0.75pt solid #1f3864; padding-bottom: 2pt;}}
.frame-foot {{font-size: 8.5pt; text-align: center; color: #333333;}}
"""


def _format_time(moment: dt.datetime, language: str, timezone: str | None) -> str:
    zone = get_timezone(timezone) if timezone else None
    day = format_date(moment.astimezone(zone) if zone else moment, format="long", locale=language)
    hour = format_time(moment, format="HH:mm", tzinfo=zone, locale=language)
    return f"{hour}, {day}"


def _header_html(record: MinutesRecord, labels: MinutesLabels, language: str) -> str:
    left = f"<div class='body-name'>{_text(record.body)}</div>"
    if record.reference:
        left += f"<div>{_text(labels.reference.format(reference=record.reference))}</div>"
    if record.national_header:
        right = "".join(f"<div class='motto'>{_text(line)}</div>" for line in record.national_header)
        head = f"<table class='head'><tr><td>{left}</td><td>{right}</td></tr></table>"
    else:
        head = f"<div style='text-align: center'>{left}</div>"
    when = _format_time(record.starts_at, language, record.timezone)
    if record.ends_at is not None:
        when += f" {labels.until} {_format_time(record.ends_at, language, record.timezone)}"
    rows = [(labels.date_time, _text(when)), (labels.place, _text(record.place)), (labels.chair, _text(record.chair))]
    if record.secretary:
        rows.append((labels.secretary, _text(record.secretary)))
    meta = "".join(f"<tr><td class='k'>{_text(key)}</td><td>{value}</td></tr>" for key, value in rows)
    return (
        f"{head}<h1>{_text(labels.minutes.upper())}</h1>"
        f"<p class='subtitle'>{_text(record.title)}</p>"
        f"<table class='meta'>{meta}</table>"
    )


def _attendance_html(record: MinutesRecord, labels: MinutesLabels) -> str:
    rows = []
    for index, person in enumerate(record.attendance, start=1):
        note = labels.represented_by.format(deputy=person.deputy) if person.deputy else ""
        status = labels.statuses.get(person.status, person.status)
        rows.append(
            f"<tr><td class='n'>{index}</td><td>{_text(person.name)}</td><td>{_text(person.role)}</td>"
            f"<td>{_text(status)}</td><td>{_text(note)}</td></tr>"
        )
    quorum = record.quorum
    sentence = labels.quorum_reached if quorum.reached else labels.quorum_not_reached
    sentence = sentence.format(present=quorum.present, members=quorum.members, required=quorum.required)
    return (
        f"<h2>I. {_text(labels.attendance)}</h2>"
        f"<table><tr><th class='n'>{_text(labels.number)}</th><th>{_text(labels.name)}</th>"
        f"<th>{_text(labels.role)}</th><th>{_text(labels.participation)}</th><th>{_text(labels.note)}</th></tr>"
        f"{''.join(rows)}</table>"
        f"<p class='quorum'>{_text(labels.quorum)}: {_text(sentence)}</p>"
    )


def _vote_html(vote: VoteResult, labels: MinutesLabels) -> str:
    kind = labels.secret_vote if vote.secret else labels.named_vote
    majority = labels.majorities.get(vote.majority, vote.majority)
    rows = []
    for option, count in vote.counts.items():
        names = ""
        if not vote.secret and vote.voters is not None:
            names = ", ".join(vote.voters.get(option, ()))
        name_cell = "" if vote.secret else f"<td>{_text(names)}</td>"
        rows.append(
            f"<tr><td>{_text(labels.options.get(option, option))}</td><td class='n'>{count}</td>{name_cell}</tr>"
        )
    name_head = "" if vote.secret else f"<th>{_text(labels.name)}</th>"
    outcome = labels.outcomes.get(vote.outcome, vote.outcome)
    return (
        f"<h4>{_text(labels.vote)} ({_text(kind)}): {_text(vote.question)}</h4>"
        f"<p>{_text(labels.majority)}: {_text(majority)}. "
        f"{_text(labels.cast.format(cast=vote.cast, eligible=vote.eligible))}</p>"
        f"<table><tr><th>{_text(labels.option)}</th><th class='n'>{_text(labels.ballots)}</th>{name_head}</tr>"
        f"{''.join(rows)}</table>"
        f"<p><b>{_text(labels.outcome)}: {_text(outcome)}</b></p>"
    )


def _item_html(item: MinutesItem, labels: MinutesLabels) -> str:
    parts = [f"<h3>{_text(labels.item.format(number=item.number))}. {_text(item.title)}</h3>"]
    parts.append(f"<h4>{_text(labels.documents)}</h4>")
    if item.documents:
        entries = "".join(
            f"<li>{_text(doc.title)}<br/><span class='hash'>SHA-256 {html.escape(doc.sha256)}</span></li>"
            for doc in item.documents
        )
        parts.append(f"<ul>{entries}</ul>")
    else:
        parts.append(f"<p>{_text(labels.no_documents)}</p>")
    if item.positions:
        summary = "; ".join(f"{labels.position_names.get(key, key)}: {count}" for key, count in item.positions.items())
        parts.append(f"<h4>{_text(labels.positions)}</h4><p>{_text(summary)}</p>")
    parts.append(f"<h4>{_text(labels.speakers)}</h4>")
    parts.append(f"<p>{_text(', '.join(item.speakers) if item.speakers else labels.no_speakers)}</p>")
    for vote in item.votes:
        parts.append(_vote_html(vote, labels))
    parts.append(f"<h4>{_text(labels.decision)}</h4>")
    decision = sanitize_rich_text(item.decision) if item.decision.strip() else ""
    parts.append(decision or f"<p>{_text(labels.no_decision)}</p>")
    return "".join(parts)


def _signature_html(record: MinutesRecord, labels: MinutesLabels) -> str:
    cells = "".join(
        f"<td><p class='sig-role'>{_text(signer.role)}</p><p class='sig-name'>{_text(signer.name)}</p>"
        f"<div class='sig-box' id='sig{index}'></div></td>"
        for index, signer in enumerate(record.signers)
    )
    return f"<div id='sigblock'><h2>{_text(labels.signatures)}</h2><table class='sig'><tr>{cells}</tr></table></div>"


def _body_html(record: MinutesRecord, labels: MinutesLabels, language: str, *, break_before_signatures: bool) -> str:
    parts = [_header_html(record, labels, language), _attendance_html(record, labels)]
    parts.append(f"<h2>II. {_text(labels.agenda)}</h2>")
    parts.extend(_item_html(item, labels) for item in record.items)
    if record.general_remarks.strip():
        parts.append(f"<h2>III. {_text(labels.general_remarks)}</h2>{sanitize_rich_text(record.general_remarks)}")
    signatures = _signature_html(record, labels)
    if break_before_signatures:
        signatures = f"<div class='brk'>{signatures}</div>"
    parts.append(signatures)
    lang_class = " class='lang-lo'" if language == "lo" else ""
    return f"<div{lang_class}>{''.join(parts)}</div>"


# --------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureSlot:
    """Where a signer's box lies: page index (0-based) and rectangle in PDF user space (origin bottom left)."""

    field_name: str
    page: int
    rect: tuple[float, float, float, float]


@dataclass(frozen=True)
class RenderedMinutes:
    """The minutes PDF and where each signer's box is, for `ecabinet.pdf.signing.add_signature_fields`."""

    pdf: bytes
    slots: tuple[SignatureSlot, ...]

    @property
    def signature_fields(self) -> list[tuple[str, int, tuple[float, float, float, float]]]:
        return [(slot.field_name, slot.page, slot.rect) for slot in self.slots]


def _archive() -> pymupdf.Archive:
    archive = pymupdf.Archive()
    for name, data in font_set().archive_entries().items():
        archive.add(data, name)
    return archive


@dataclass
class _Placed:
    pages: int
    boxes: dict[int, list[tuple[int, pymupdf.Rect]]]  # signer index -> (page, rect) pieces
    block_pages: set[int]


def _place_body(body_html: str, css: str, archive: pymupdf.Archive, writer: pymupdf.DocumentWriter | None) -> _Placed:
    """Place the body page after page; draw when a writer is given, else only measure."""
    story = pymupdf.Story(body_html, css, 11, archive)
    placed = _Placed(0, {}, set())
    more = True
    while more:
        device = writer.begin_page(_A4) if writer is not None else None
        more, _filled = story.place(_BODY_RECT)

        def record(position: object) -> None:
            ident = getattr(position, "id", "") or ""
            if not getattr(position, "open_close", 0) & 1:
                return
            rect = pymupdf.Rect(position.rect)  # type: ignore[attr-defined]
            if ident.startswith("sig") and ident[3:].isdigit():
                placed.boxes.setdefault(int(ident[3:]), []).append((placed.pages, rect))
            elif ident == "sigblock":
                placed.block_pages.add(placed.pages)

        story.element_positions(record)
        story.draw(device)
        if writer is not None:
            writer.end_page()
        placed.pages += 1
        if placed.pages > 2000:
            raise RuntimeError("the minutes do not fit in 2000 pages")
    return placed


def _draw_frames(document: pymupdf.Document, record: MinutesRecord, labels: MinutesLabels) -> None:
    """Running header (from page 2) and "page x of y" footer on every page."""
    css = _css()
    archive = _archive()
    pages = document.page_count
    for index in range(pages):
        page = document[index]
        if index > 0:
            head = f"{_text(record.body)} — {_text(labels.minutes)}: {_text(record.title)}"
            page.insert_htmlbox(_HEADER_RECT, f"<p class='frame-head'>{head}</p>", css=css, archive=archive)
        foot = _text(labels.page.format(page=index + 1, pages=pages))
        page.insert_htmlbox(_FOOTER_RECT, f"<p class='frame-foot'>{foot}</p>", css=css, archive=archive)


def layout_minutes(record: MinutesRecord, language: str, *, gettext: Gettext | None = None) -> RenderedMinutes:
    """Render the minutes and report where each signer's box is.

    ``gettext`` translates the labels (default: the bundled catalog of ``language``). The same record and
    language give the same bytes: no clock, fixed metadata, a document /ID derived from the content.
    """
    labels = minutes_labels(gettext or minutes_translation(language))
    css = _css()
    archive = _archive()
    body = _body_html(record, labels, language, break_before_signatures=False)
    measured = _place_body(body, css, archive, None)
    split = any(len({page for page, _ in pieces}) > 1 for pieces in measured.boxes.values())
    if split or len(measured.block_pages) > 1 or len(measured.boxes) != len(record.signers):
        body = _body_html(record, labels, language, break_before_signatures=True)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    placed = _place_body(body, css, archive, writer)
    writer.close()

    slots = []
    for index, signer in enumerate(record.signers):
        pieces = placed.boxes.get(index)
        if not pieces:
            raise RuntimeError(f"signature box of {signer.field_name} was not laid out")
        page, rect = pieces[0]
        # The div's own rectangle; give it the box's height, flip to PDF user space.
        top = rect.y0
        bottom = top + _SIGNATURE_BOX_HEIGHT
        slots.append(
            SignatureSlot(
                signer.field_name,
                page,
                (round(rect.x0, 2), round(_A4.height - bottom, 2), round(rect.x1, 2), round(_A4.height - top, 2)),
            )
        )
    return RenderedMinutes(_finish(buffer.getvalue(), record, labels, language), tuple(slots))


def render_minutes(record: MinutesRecord, language: str, *, gettext: Gettext | None = None) -> bytes:
    """The minutes as PDF bytes (see `layout_minutes`, which also gives the signature boxes)."""
    return layout_minutes(record, language, gettext=gettext).pdf


def _finish(raw: bytes, record: MinutesRecord, labels: MinutesLabels, language: str) -> bytes:
    document = pymupdf.open(stream=raw, filetype="pdf")
    try:
        _draw_frames(document, record, labels)
        _complete_lao_text_maps(document)
        document.subset_fonts()
        document.set_metadata(
            {
                "title": f"{labels.minutes}: {record.title}",
                "author": record.body,
                "subject": labels.minutes,
                "keywords": "",
                "creator": "eCabinet",
                "producer": _PRODUCER,
                "creationDate": "",
                "modDate": "",
                "trapped": "",
            }
        )
        document.set_language(language)
        first = document.tobytes(garbage=3, deflate=True, no_new_id=True)
        # A fixed /ID (pyHanko keeps its first half in every later revision): derived from the content.
        ident = hashlib.sha256(first).hexdigest()[:32].upper()
        document.xref_set_key(-1, "ID", f"[<{ident}><{ident}>]")
        return bytes(document.tobytes(garbage=3, deflate=True, no_new_id=True))
    finally:
        document.close()
