""" "What changed" between two versions: an inserted page, a rewritten paragraph, a deleted one."""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import html
import time

import pymupdf
import pytest

from ecabinet.pdf.changes import ChangeKind, compare_versions
from ecabinet.pdf.corpus import DEMO_PACKET
from ecabinet.pdf.fonts import font_set
from ecabinet.pdf.words import DocumentWords, split_words

INTRO = "Tờ trình này trình bày đề xuất của Bộ Tài chính về ngân sách nhà nước để Chính phủ xem xét, quyết định."
KEPT = "Revenue collection improved in every province during the year."
OLD_TAIL = "Customs receipts alone rose by eleven per cent after the new border posts opened."
NEW_TAIL = "The figures were revised after consultation with the provincial treasuries in March."
DELETED = "Teachers in remote districts will receive a hardship allowance from the start of the school year."
LAO = "ບົດສະເໜີສະບັບນີ້ ນຳສະເໜີແນວທາງຂອງ ກະຊວງການເງິນ ກ່ຽວກັບ ງົບປະມານແຫ່ງລັດ ເພື່ອໃຫ້ກອງປະຊຸມລັດຖະບານ ພິຈາລະນາ."
INSERTED = "Addendum: this page was added after consultation with the line ministries and the provinces."
CLOSING = "Health centres report shortages of trained midwives and of essential medicines."


def paper(pages: list[list[str]]) -> bytes:
    """Paragraphs laid out from the top of each page, with a running footer "Page n of m"."""
    fonts = font_set()
    archive = pymupdf.Archive()
    for name, data in fonts.archive_entries().items():
        archive.add(data, name)
    css = fonts.css() + " body {font-family: sans, lao; font-size: 12pt;} p {margin: 0 0 14pt 0;}"
    document = pymupdf.open()
    for number, paragraphs in enumerate(pages):
        page = document.new_page(width=595, height=842)
        body = "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)
        page.insert_htmlbox(pymupdf.Rect(72, 90, 523, 760), body, css=css, archive=archive)
        footer = f"<p>Cabinet paper, page {number + 1} of {len(pages)}</p>"
        page.insert_htmlbox(pymupdf.Rect(72, 800, 523, 830), footer, css=css, archive=archive)
    return bytes(document.tobytes())


OLD = [[INTRO], [f"{KEPT} {OLD_TAIL}", LAO, DELETED], [CLOSING]]
NEW = [[INTRO], [INSERTED], [f"{KEPT} {NEW_TAIL}", LAO], [CLOSING]]


def _union(rects: tuple[tuple[float, float, float, float], ...]) -> tuple[float, float, float, float]:
    return (min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects), max(r[3] for r in rects))


def _phrase_box(pdf: bytes, page: int, phrase: str) -> pymupdf.Rect:
    document = pymupdf.open(stream=pdf, filetype="pdf")
    hits = document[page].search_for(phrase)
    assert hits, phrase
    box = pymupdf.Rect(hits[0])
    for hit in hits[1:]:
        box |= hit
    return box


def test_inserted_page_rewritten_and_deleted_paragraph() -> None:
    old_pdf, new_pdf = paper(OLD), paper(NEW)
    diff = compare_versions(old_pdf, new_pdf)
    assert diff.added_pages == (1,) and diff.removed_pages == ()
    assert diff.old_to_new == (0, 2, 3) and diff.new_to_old == (0, None, 1, 2)
    kinds = [(change.kind, change.old_page, change.new_page) for change in diff.changes]
    assert kinds == [
        (ChangeKind.PAGE_ADDED, None, 1),
        (ChangeKind.TEXT_REPLACED, 1, 2),
        (ChangeKind.TEXT_DELETED, 1, 2),
    ], kinds  # the renumbered footers are not changes
    replaced, deleted = diff.changes[1], diff.changes[2]
    assert replaced.new_words == len(split_words(NEW_TAIL))
    assert replaced.old_words == len(split_words(OLD_TAIL))
    assert deleted.old_words == len(split_words(DELETED))

    new_tail_box = _phrase_box(new_pdf, 2, NEW_TAIL[:40])
    old_tail_box = _phrase_box(old_pdf, 1, OLD_TAIL[:40])
    deleted_box = _phrase_box(old_pdf, 1, DELETED[:40])
    assert pymupdf.Rect(_union(replaced.new_rects)).intersects(new_tail_box)
    assert pymupdf.Rect(_union(replaced.old_rects)).intersects(old_tail_box)
    kept_box = _phrase_box(new_pdf, 2, "Revenue collection")
    assert not any((kept_box.tl + kept_box.br) / 2 in pymupdf.Rect(rect) for rect in replaced.new_rects)
    assert pymupdf.Rect(_union(deleted.old_rects)).intersects(deleted_box)
    # Highlights per page: the rewritten tail on new page 2, rewritten and deleted text on old page 1.
    assert set(diff.inserted) == {1, 2}  # the added page's words, and the new tail
    assert set(diff.deleted) == {1}
    lao_box = _phrase_box(new_pdf, 2, "ກະຊວງການເງິນ")
    assert not any((lao_box.tl + lao_box.br) / 2 in pymupdf.Rect(rect) for rect in diff.inserted[2])


def test_identical_versions_have_no_changes() -> None:
    old_pdf = paper(OLD)
    diff = compare_versions(old_pdf, old_pdf)
    assert diff.unchanged and diff.old_to_new == (0, 1, 2) and not diff.inserted and not diff.deleted


def test_a_removed_page_is_reported() -> None:
    diff = compare_versions(paper(OLD), paper([OLD[0], OLD[2]]))
    assert diff.removed_pages == (1,) and diff.added_pages == ()
    assert [change.kind for change in diff.changes] == [ChangeKind.PAGE_REMOVED]
    assert diff.old_to_new == (0, None, 1)


def test_words_are_compared_by_their_normalised_form() -> None:
    # Lao composed ຳ and decomposed ໍ + າ, NFC and NFD Vietnamese, and case compare equal.
    old_pdf = paper([["NGÂN SÁCH nhà nước ການເງິນ"]])
    new_pdf = paper([["ngân sách Nhà Nước ການເງິນ"]])
    assert compare_versions(old_pdf, new_pdf).unchanged
    assert split_words("ຄຳ") == split_words("ຄໍາ")


@pytest.mark.slow
def test_demo_annex_of_320_pages() -> None:
    spec = next(spec for spec in DEMO_PACKET if spec.pages == 320)
    old_pdf, new_pdf = spec.build(1), spec.build(2)
    started = time.perf_counter()
    old, new = DocumentWords.from_pdf(old_pdf), DocumentWords.from_pdf(new_pdf)
    extracted = time.perf_counter()
    diff = compare_versions(old, new)
    elapsed = time.perf_counter() - started
    print(f"compare 320 pages: {elapsed:.2f} s (words {extracted - started:.2f} s)")
    assert len(diff.added_pages) == 1 and diff.removed_pages == ()
    kinds = {change.kind for change in diff.changes}
    assert {ChangeKind.PAGE_ADDED, ChangeKind.TEXT_DELETED} <= kinds
    assert len(diff.changes) < 12  # renumbered footers are not changes
    assert elapsed < 6.0  # about 1.2 s on the 2-core development machine
