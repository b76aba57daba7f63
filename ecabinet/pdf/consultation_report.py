"""The result report of a written consultation as a PDF with a signature field for the secretariat.

Laid out like the minutes (same fonts, CSS, escaping, signature box and fixed /ID, so the same record gives
the same bytes): who answered what with their comments, on which document versions, signed or not, and who
did not answer. Labels come from a gettext-like callable (the server passes its Babel catalogs).
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pymupdf

from ecabinet.pdf.corpus import _complete_lao_text_maps
from ecabinet.pdf.minutes import (
    _A4,
    _FOOTER_RECT,
    _PRODUCER,
    _SIGNATURE_BOX_HEIGHT,
    SignatureSlot,
    _archive,
    _css,
    _format_time,
    _place_body,
    _text,
)

__all__ = ["FIELD_NAME", "RenderedReport", "ReportAnswer", "ReportQuestion", "ReportRecord", "layout_report"]

Gettext = Callable[[str], str]
FIELD_NAME = "sig_secretariat"


@dataclass(frozen=True)
class ReportAnswer:
    name: str  # "X" or "X (represented by Y)"
    choice: str  # agree, disagree, agree_with_comments, other_opinion
    comment: str
    received_at: dt.datetime
    signed: bool
    versions: Sequence[str] = ()  # SHA-256 of the versions answered against
    stale: bool = False


@dataclass(frozen=True)
class ReportQuestion:
    number: int
    text: str
    answers: Sequence[ReportAnswer]
    not_answered: Sequence[str]


@dataclass(frozen=True)
class ReportRecord:
    body: str
    title: str
    deadline: dt.datetime
    closed_at: dt.datetime
    closed_early: bool
    documents: Sequence[tuple[str, str]]  # (title, SHA-256 of the newest version)
    questions: Sequence[ReportQuestion]
    signer_role: str
    signer_name: str
    recipients: int = 0
    not_answered: Sequence[str] = field(default_factory=tuple)


@dataclass(frozen=True)
class RenderedReport:
    """The report PDF, its page count and the secretariat's signature box."""

    pdf: bytes
    pages: int
    slots: tuple[SignatureSlot, ...]

    @property
    def signature_fields(self) -> list[tuple[str, int, tuple[float, float, float, float]]]:
        return [(slot.field_name, slot.page, slot.rect) for slot in self.slots]


def _labels(_: Gettext) -> dict[str, str]:
    return {
        "report": _("Result of the written consultation"),
        "deadline": _("Deadline"),
        "closed": _("Closed"),
        "closed_early": _("Closed before the deadline"),
        "documents": _("Documents"),
        "question": _("Question {number}"),
        "name": _("Name"),
        "choice": _("Opinion"),
        "comment": _("Comment"),
        "received": _("Received"),
        "signed": _("Signed"),
        "yes": _("Yes"),
        "no": _("No"),
        "earlier_version": _("answered on an earlier version"),
        "not_answered": _("Not answered"),
        "nobody": _("Everyone answered."),
        "summary": _("{answered} of {recipients} members answered."),
        "signatures": _("Signature"),
        "page": _("Page {page} of {pages}"),
        "agree": _("Agree"),
        "disagree": _("Disagree"),
        "agree_with_comments": _("Agree with comments"),
        "other_opinion": _("Other opinion"),
    }


def _body_html(record: ReportRecord, labels: dict[str, str], language: str, *, break_before: bool) -> str:
    when = lambda moment: _text(_format_time(moment, language, None) + " UTC")  # noqa: E731
    parts = [
        f"<div style='text-align: center'><div class='body-name'>{_text(record.body)}</div></div>",
        f"<h1>{_text(labels['report'].upper())}</h1><p class='subtitle'>{_text(record.title)}</p>",
        "<table class='meta'>",
        f"<tr><td class='k'>{_text(labels['deadline'])}</td><td>{when(record.deadline)}</td></tr>",
        f"<tr><td class='k'>{_text(labels['closed'])}</td><td>{when(record.closed_at)}"
        + (f" ({_text(labels['closed_early'])})" if record.closed_early else "")
        + "</td></tr></table>",
    ]
    answered = record.recipients - len(record.not_answered)
    parts.append(f"<p>{_text(labels['summary'].format(answered=answered, recipients=record.recipients))}</p>")
    if record.documents:
        items = "".join(
            f"<li>{_text(title)}<br/><span class='hash'>SHA-256 {_text(sha)}</span></li>"
            for title, sha in record.documents
        )
        parts.append(f"<h2>{_text(labels['documents'])}</h2><ul>{items}</ul>")
    for question in record.questions:
        parts.append(f"<h2>{_text(labels['question'].format(number=question.number))}. {_text(question.text)}</h2>")
        rows = []
        for a in question.answers:
            note = f"<br/><span class='hash'>({_text(labels['earlier_version'])})</span>" if a.stale else ""
            rows.append(
                f"<tr><td>{_text(a.name)}</td><td>{_text(labels.get(a.choice, a.choice))}{note}</td>"
                f"<td>{_text(a.comment)}</td><td>{when(a.received_at)}</td>"
                f"<td>{_text(labels['yes'] if a.signed else labels['no'])}</td></tr>"
            )
        if rows:
            parts.append(
                f"<table><tr><th>{_text(labels['name'])}</th><th>{_text(labels['choice'])}</th>"
                f"<th>{_text(labels['comment'])}</th><th>{_text(labels['received'])}</th>"
                f"<th>{_text(labels['signed'])}</th></tr>{''.join(rows)}</table>"
            )
        missing = ", ".join(question.not_answered) if question.not_answered else labels["nobody"]
        parts.append(f"<p><b>{_text(labels['not_answered'])}:</b> {_text(missing)}</p>")
    signature = (
        f"<div id='sigblock'><h2>{_text(labels['signatures'])}</h2><table class='sig'><tr><td>"
        f"<p class='sig-role'>{_text(record.signer_role)}</p><p class='sig-name'>{_text(record.signer_name)}</p>"
        "<div class='sig-box' id='sig0'></div></td><td></td></tr></table></div>"
    )
    parts.append(f"<div class='brk'>{signature}</div>" if break_before else signature)
    lang_class = " class='lang-lo'" if language == "lo" else ""
    return f"<div{lang_class}>{''.join(parts)}</div>"


def layout_report(record: ReportRecord, language: str, gettext: Gettext) -> RenderedReport:
    """The report PDF (no signature field yet) and where the secretariat's box is (field ``sig_secretariat``)."""
    labels = _labels(gettext)
    css = _css()
    archive = _archive()
    body = _body_html(record, labels, language, break_before=False)
    measured = _place_body(body, css, archive, None)
    if len(measured.block_pages) > 1 or any(len({p for p, _ in v}) > 1 for v in measured.boxes.values()):
        body = _body_html(record, labels, language, break_before=True)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    placed = _place_body(body, css, archive, writer)
    writer.close()
    page, rect = placed.boxes[0][0]
    top = rect.y0
    slot = SignatureSlot(
        FIELD_NAME,
        page,
        (
            round(rect.x0, 2),
            round(_A4.height - top - _SIGNATURE_BOX_HEIGHT, 2),
            round(rect.x1, 2),
            round(_A4.height - top, 2),
        ),
    )
    document = pymupdf.open(stream=buffer.getvalue(), filetype="pdf")
    try:
        pages = document.page_count
        for index in range(pages):
            foot = _text(labels["page"].format(page=index + 1, pages=pages))
            document[index].insert_htmlbox(_FOOTER_RECT, f"<p class='frame-foot'>{foot}</p>", css=css, archive=archive)
        _complete_lao_text_maps(document)
        document.subset_fonts()
        document.set_metadata(
            {
                "title": f"{labels['report']}: {record.title}",
                "author": record.body,
                "subject": labels["report"],
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
        ident = hashlib.sha256(first).hexdigest()[:32].upper()
        document.xref_set_key(-1, "ID", f"[<{ident}><{ident}>]")
        pdf = bytes(document.tobytes(garbage=3, deflate=True, no_new_id=True))
    finally:
        document.close()
    return RenderedReport(pdf, pages, (slot,))
