"""inspect_pdf accepts what eCabinet can serve and rejects the rest with a stable code."""

from __future__ import annotations

import time

import pymupdf
import pytest

from ecabinet.pdf.corpus import build_document
from ecabinet.pdf.inspect import PdfInfo, PdfRejected, inspect_pdf


@pytest.fixture(scope="module")
def paper() -> bytes:
    return build_document(title="Rural Roads Maintenance Programme", language="en", pages=4, seed=3)


def _zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty (PyMuPDF will not save one)."""
    head = b"%PDF-1.7\n"
    catalog = b"1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
    pages = b"2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n"
    body = head + catalog + pages
    xref = (
        b"xref\n0 3\n0000000000 65535 f \n"
        + b"%010d 00000 n \n" % len(head)
        + b"%010d 00000 n \n" % (len(head) + len(catalog))
    )
    trailer = b"trailer\n<</Size 3/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % len(body)
    return body + xref + trailer


def _rejected(data: bytes, **kwargs: int) -> PdfRejected:
    with pytest.raises(PdfRejected) as caught:
        inspect_pdf(data, **kwargs)
    assert caught.value.message and caught.value.message[0].isupper()
    return caught.value


def test_accepts_generated_paper(paper: bytes) -> None:
    info = inspect_pdf(paper)
    assert info == PdfInfo(pages=4, size=len(paper), title="Rural Roads Maintenance Programme", has_text=True)


def test_scanned_pdf_without_text_layer_is_accepted_without_text() -> None:
    document = pymupdf.open()
    page = document.new_page()
    page.draw_rect(pymupdf.Rect(50, 50, 200, 200), color=(0, 0, 0), fill=(0.5, 0.5, 0.5))
    info = inspect_pdf(document.tobytes())
    assert info.pages == 1 and info.has_text is False and info.title is None


@pytest.mark.parametrize("data", [b"", b"Minutes of the meeting\n" * 20, b"\x89PNG\r\n\x1a\n" + b"\0" * 2000])
def test_rejects_non_pdf(data: bytes) -> None:
    assert _rejected(data).code == "not_a_pdf"


def test_header_must_be_within_first_kilobyte(paper: bytes) -> None:
    assert _rejected(b" " * 1100 + paper).code == "not_a_pdf"
    assert inspect_pdf(b" " * 100 + paper).pages == 4  # some producers put junk first


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_rejects_truncated_pdf(paper: bytes, keep: float) -> None:
    # MuPDF repairs a cut-off file and shows what it could recover; we refuse it instead,
    # since the secretary's upload was incomplete.
    assert _rejected(paper[: int(len(paper) * keep)]).code == "corrupt_pdf"


def test_rejects_garbage_after_header() -> None:
    assert _rejected(b"%PDF-1.7\n" + bytes(range(256)) * 8).code == "corrupt_pdf"


@pytest.mark.parametrize(
    ("user_pw", "method"),
    [("secret", pymupdf.PDF_ENCRYPT_AES_256), ("", pymupdf.PDF_ENCRYPT_AES_128), ("", pymupdf.PDF_ENCRYPT_RC4_128)],
)
def test_rejects_any_encryption(paper: bytes, user_pw: str, method: int) -> None:
    document = pymupdf.open(stream=paper, filetype="pdf")
    encrypted = document.tobytes(encryption=method, owner_pw="owner", user_pw=user_pw)
    assert _rejected(encrypted).code == "encrypted_pdf"


def test_rejects_zero_pages() -> None:
    assert _rejected(_zero_page_pdf()).code == "empty_pdf"


def test_rejects_too_many_pages(paper: bytes) -> None:
    rejection = _rejected(paper, max_pages=3)
    assert rejection.code == "too_many_pages"
    assert "4 pages" in rejection.message
    assert inspect_pdf(paper, max_pages=4).pages == 4


def test_rejects_broken_page_tree(paper: bytes) -> None:
    # The page tree lists a page object that does not exist.
    document = pymupdf.open(stream=paper, filetype="pdf")
    pages_xref = int(document.xref_get_key(document.pdf_catalog(), "Pages")[1].split()[0])
    document.xref_set_key(pages_xref, "Kids", f"[{document.page_xref(0)} 0 R 999 0 R]")
    broken = document.tobytes()
    assert _rejected(broken).code == "corrupt_pdf"


def test_mupdf_messages_do_not_leak(paper: bytes, capfd: pytest.CaptureFixture[str]) -> None:
    _rejected(paper[: len(paper) // 2])
    captured = capfd.readouterr()
    assert "MuPDF" not in captured.err + captured.out
    assert pymupdf.TOOLS.mupdf_warnings() == ""
    assert pymupdf.TOOLS.mupdf_display_errors() is True  # restored afterwards


def test_three_hundred_text_pages_inspected_quickly() -> None:
    document = pymupdf.open()
    for number in range(300):
        document.new_page().insert_text((72, 72), f"Ngân sách nhà nước, page {number + 1}")
    data = document.tobytes()
    started = time.perf_counter()
    info = inspect_pdf(data)
    assert time.perf_counter() - started < 0.5
    assert info.pages == 300 and info.has_text
