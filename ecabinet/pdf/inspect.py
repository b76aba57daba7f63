"""Check an uploaded file before it becomes a document version.

The server runs `inspect_pdf` in a subprocess with memory and time limits, on bytes a
secretary uploaded, so it must be pure and deterministic: it reads only `data`, writes
nothing, and answers either with a `PdfInfo` or with a `PdfRejected` whose `code` is stable
(the client shows a translated message for it) and whose `message` is plain English.

What is rejected, and why:
* ``not_a_pdf``: no ``%PDF-`` header in the first 1024 bytes, or MuPDF does not see a PDF.
* ``encrypted_pdf``: any encryption, even with an empty user password: members must be able
  to open, annotate and search every document offline without a password.
* ``corrupt_pdf``: MuPDF cannot open it, had to repair its cross-reference table (a cut-off
  upload, a damaged file), or cannot load one of its pages.
* ``empty_pdf``: no pages. ``too_many_pages``: more pages than the server allows.
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from dataclasses import dataclass

import pymupdf

__all__ = ["PdfInfo", "PdfRejected", "inspect_pdf"]

_HEADER_WINDOW = 1024
_TEXT_PAGES = 3  # pages looked at for a text layer


@dataclass(frozen=True)
class PdfInfo:
    """What the server records about an accepted PDF."""

    pages: int
    size: int
    title: str | None
    has_text: bool  # one of the first pages has a text layer (else it may need OCR)


class PdfRejected(Exception):
    """The file cannot be accepted as a document version."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def inspect_pdf(data: bytes, *, max_pages: int = 5000) -> PdfInfo:
    """Validate `data` as a PDF eCabinet can serve, or raise `PdfRejected`."""
    if not data:
        raise PdfRejected("not_a_pdf", "The file is empty. Please choose a PDF document.")
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise PdfRejected("not_a_pdf", "This file is not a PDF document. Please save it as PDF and try again.")

    shown_errors = pymupdf.TOOLS.mupdf_display_errors()
    shown_warnings = pymupdf.TOOLS.mupdf_display_warnings()
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    try:
        return _inspect(data, max_pages=max_pages)
    finally:
        pymupdf.TOOLS.mupdf_warnings(reset=True)  # drop what MuPDF said about this file
        pymupdf.TOOLS.mupdf_display_errors(shown_errors)
        pymupdf.TOOLS.mupdf_display_warnings(shown_warnings)


_CORRUPT = (
    "This PDF is damaged or incomplete and cannot be opened reliably. "
    "Please export or download it again and upload the new copy."
)


def _inspect(data: bytes, *, max_pages: int) -> PdfInfo:
    try:
        document = pymupdf.open(stream=data, filetype="pdf")
    except Exception as error:
        raise PdfRejected("corrupt_pdf", _CORRUPT) from error
    try:
        if not document.is_pdf:
            raise PdfRejected("not_a_pdf", "This file is not a PDF document. Please save it as PDF and try again.")
        if document.needs_pass or document.is_encrypted or _has_encryption(document):
            raise PdfRejected(
                "encrypted_pdf",
                "This PDF is protected with a password or encryption. Please upload a copy "
                "without protection; access to documents is controlled by eCabinet.",
            )
        if document.is_repaired:
            raise PdfRejected("corrupt_pdf", _CORRUPT)
        count = document.page_count
        if count == 0:
            raise PdfRejected("empty_pdf", "This PDF has no pages.")
        if count > max_pages:
            raise PdfRejected(
                "too_many_pages",
                f"This PDF has {count} pages; at most {max_pages} pages are allowed. "
                "Please split it into several documents.",
            )
        has_text = False
        for number in range(count):
            # Loading a page parses its dictionary and inherited attributes, not its content,
            # so this stays cheap (about 10 ms for 300 pages) and finds broken page trees.
            try:
                page = document.load_page(number)
                rect = page.rect
                if number < _TEXT_PAGES and not has_text:
                    has_text = bool(page.get_text("text").strip())
            except Exception as error:
                raise PdfRejected("corrupt_pdf", _CORRUPT) from error
            if rect.is_empty or rect.is_infinite:
                raise PdfRejected("corrupt_pdf", _CORRUPT)
        if document.is_repaired:  # loading pages can trigger a repair too
            raise PdfRejected("corrupt_pdf", _CORRUPT)
        title = (document.metadata or {}).get("title") or ""
        return PdfInfo(pages=count, size=len(data), title=title.strip() or None, has_text=has_text)
    finally:
        document.close()


def _has_encryption(document: pymupdf.Document) -> bool:
    """True when the trailer names an encryption dictionary (also with an empty password)."""
    if (document.metadata or {}).get("encryption"):
        return True
    kind, _value = document.xref_get_key(-1, "Encrypt")
    return bool(kind != "null")
