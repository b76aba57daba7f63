"""Annotations carried over to a new version that inserts a page, rewrites a paragraph and deletes
another: those on kept text land on the same words, the rest need review, none are dropped."""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import hashlib
import html
import time

import pymupdf
import pytest

from ecabinet.core.annotations import (
    Annotation,
    BoxGeometry,
    Geometry,
    InkGeometry,
    Kind,
    PointGeometry,
    Rect,
    RectsGeometry,
)
from ecabinet.pdf.anchoring import NeedsReview, Placed, PlacementMethod, ReviewReason, make_anchor, reanchor
from ecabinet.pdf.corpus import DEMO_PACKET
from ecabinet.pdf.fonts import font_set
from ecabinet.pdf.words import DocumentWords, normalise_word, split_words

EN_A = "The Cabinet reviewed the budget outturn for the first quarter and noted the progress made by ministries."
VI_B = (
    "Tờ trình này trình bày đề xuất của Bộ Tài chính về ngân sách nhà nước để Chính phủ xem xét, quyết định. "
    "Nội dung tờ trình đã tiếp thu ý kiến góp ý bằng văn bản của các bộ, ngành và địa phương."
)
EN_C = "Spending on rural roads rose in the Highlands Region, where the rainy season delayed the works."
D_KEPT = "Revenue collection improved in every province during the year."
D_GONE = "Customs receipts alone rose by eleven per cent after the new border posts opened."
D_NEW = "The figures were revised after consultation with the provincial treasuries in March."
EN_E = "Teachers in remote districts will receive a hardship allowance from the start of the school year."
VI_F = (
    "Năm 2026, việc thực hiện cơ bản bám sát kế hoạch. Các nhiệm vụ chậm tiến độ tập trung ở tỉnh Cao Bằng, "
    "chủ yếu do khâu đấu thầu và giải phóng mặt bằng kéo dài."
)
LO_G = (
    "ບົດສະເໜີສະບັບນີ້ ນຳສະເໜີແນວທາງຂອງ ກະຊວງການເງິນ ກ່ຽວກັບ ງົບປະມານແຫ່ງລັດ ເພື່ອໃຫ້ກອງປະຊຸມລັດຖະບານ "
    "ພິຈາລະນາ. ເນື້ອໃນໄດ້ຮັບເອົາຄຳເຫັນ ຈາກ 198 ກະຊວງ ແລະ ແຂວງ."
)
EN_H = "Health centres report shortages of trained midwives and of essential medicines at the end of each quarter."
INSERTED = "Addendum: this page was added after consultation with the line ministries and the provinces."

OLD_PAGES = [[EN_A, VI_B, EN_C], [f"{D_KEPT} {D_GONE}", EN_E, VI_F], [LO_G, EN_H]]
NEW_PAGES = [[EN_A, VI_B, EN_C], [INSERTED], [f"{D_KEPT} {D_NEW}", VI_F], [LO_G, EN_H]]


def paper(pages: list[list[str]], *, blank_after: int | None = None) -> bytes:
    """A PDF with the paragraphs of each page laid out from the top (HarfBuzz, Noto Sans and Lao)."""
    fonts = font_set()
    archive = pymupdf.Archive()
    for name, data in fonts.archive_entries().items():
        archive.add(data, name)
    css = fonts.css() + " body {font-family: sans, lao; font-size: 12pt;} p {margin: 0 0 14pt 0;}"
    document = pymupdf.open()
    for number, paragraphs in enumerate(pages):
        page = document.new_page(width=595, height=842)
        body = "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)
        spare, _ = page.insert_htmlbox(pymupdf.Rect(72, 90, 523, 760), body, css=css, archive=archive)
        assert spare >= 0, "test page overflows"
        if blank_after == number:
            document.new_page(width=595, height=842)
    return bytes(document.tobytes())


def words_of(pdf: bytes) -> DocumentWords:
    return DocumentWords.from_pdf(pdf)


def rects_of(words: DocumentWords, page: int, phrase: str) -> tuple[Rect, ...]:
    """The line rectangles of the first run of words on `page` that reads `phrase` (normalised)."""
    wanted = split_words(phrase)
    span = list(words.page_range(page))
    for position in range(len(span) - len(wanted) + 1):
        indices = span[position : position + len(wanted)]
        if [words.norms[i] for i in indices] == wanted:
            lines: dict[int, list[float]] = {}
            for i in indices:
                x0, y0, x1, y1 = words.rects[i]
                box = lines.setdefault(words.line[i], [x0, y0, x1, y1])
                box[:] = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
            return tuple((b[0], b[1], b[2], b[3]) for b in lines.values())
    raise AssertionError(f"{phrase!r} not on page {page}")


def text_under(words: DocumentWords, page: int, rects: tuple[Rect, ...]) -> list[str]:
    from ecabinet.pdf.anchoring import covered_words

    return [words.norms[i] for i in covered_words(words, page, rects)]


def annotate(pdf: bytes, page: int, kind: Kind, geometry: Geometry, text: str = "") -> Annotation:
    return Annotation.new(
        document_id="doc-1",
        sha256=hashlib.sha256(pdf).hexdigest(),
        page=page,
        kind=kind,
        color="#FFD400",
        geometry=geometry,
        text=text,
        anchor=make_anchor(pdf, page, geometry),
    )


@pytest.fixture(scope="module")
def versions() -> tuple[bytes, bytes]:
    return paper(OLD_PAGES), paper(NEW_PAGES)


def test_version_carry_over(versions: tuple[bytes, bytes]) -> None:
    old_pdf, new_pdf = versions
    old, new = words_of(old_pdf), words_of(new_pdf)
    phrase_vi = "ngân sách nhà nước để Chính phủ xem xét"
    phrase_h = "shortages of trained midwives"
    phrase_kept = "Revenue collection improved in every province"
    phrase_gone = "Customs receipts alone rose by eleven per cent"
    phrase_e = "hardship allowance from the start"
    phrase_lo = "ກະຊວງການເງິນ ກ່ຽວກັບ ງົບປະມານແຫ່ງລັດ"

    e_box = RectsGeometry(rects_of(old, 1, EN_E)).bounds()
    f_box = RectsGeometry(rects_of(old, 1, "Năm 2026, việc thực hiện")).bounds()
    lo_box = RectsGeometry(rects_of(old, 2, phrase_lo)).bounds()
    annotations = {
        "vi": annotate(old_pdf, 0, "highlight", RectsGeometry(rects_of(old, 0, phrase_vi))),
        "after_insert": annotate(old_pdf, 2, "underline", RectsGeometry(rects_of(old, 2, phrase_h))),
        "lao": annotate(old_pdf, 2, "highlight", RectsGeometry(rects_of(old, 2, phrase_lo))),
        "kept": annotate(old_pdf, 1, "highlight", RectsGeometry(rects_of(old, 1, phrase_kept))),
        "rewritten": annotate(old_pdf, 1, "highlight", RectsGeometry(rects_of(old, 1, phrase_gone))),
        "deleted": annotate(old_pdf, 1, "highlight", RectsGeometry(rects_of(old, 1, phrase_e))),
        "ink_deleted": annotate(
            old_pdf,
            1,
            "ink",
            InkGeometry((((e_box[0], e_box[3], 0.4), (e_box[2], e_box[1], 0.8)),), 1.5),
        ),
        "note_f": annotate(old_pdf, 1, "note", PointGeometry((f_box[0] - 20, f_box[1])), "Hỏi lại Bộ Tài chính"),
        "ink_lao": annotate(
            old_pdf, 2, "ink", InkGeometry((((lo_box[0], lo_box[3] + 2, 0.5), (lo_box[2], lo_box[3] + 2, 0.5)),), 2)
        ),
        "box_h": annotate(old_pdf, 2, "text_box", BoxGeometry((400, 300, 520, 340)), "ສອບຖາມ"),
    }
    results = dict(zip(annotations, reanchor(old_pdf, new_pdf, list(annotations.values())), strict=True))
    new_sha = hashlib.sha256(new_pdf).hexdigest()

    # None dropped, each result holds its own annotation (same id).
    assert {key: result.annotation.id for key, result in results.items()} == {
        key: annotation.id for key, annotation in annotations.items()
    }

    # Highlights on unchanged text: same words, in Vietnamese and Lao too; the page after the insert moved.
    for key, phrase, page in [
        ("vi", phrase_vi, 0),
        ("after_insert", phrase_h, 3),
        ("lao", phrase_lo, 3),
        ("kept", phrase_kept, 2),
    ]:
        result = results[key]
        assert isinstance(result, Placed), (key, result)
        assert result.method is PlacementMethod.WORDS and result.confidence >= 0.9
        placed = result.annotation
        assert placed.page == page and placed.sha256 == new_sha
        assert isinstance(placed.geometry, RectsGeometry)
        assert text_under(new, page, placed.geometry.rects) == split_words(phrase), key
        assert placed.anchor is not None and split_words(placed.anchor.quote) == split_words(phrase)

    # Text that was rewritten away or deleted: needs review, with its reason, unchanged.
    for key in ("rewritten", "deleted"):
        result = results[key]
        assert isinstance(result, NeedsReview), (key, result)
        assert result.reason is ReviewReason.TEXT_CHANGED
        assert result.annotation == annotations[key]
    ink_deleted = results["ink_deleted"]
    assert isinstance(ink_deleted, NeedsReview) and ink_deleted.reason is ReviewReason.ANCHOR_GONE

    # The note by paragraph F followed it up the page (paragraph E above it was deleted) and to page 2.
    note = results["note_f"]
    assert isinstance(note, Placed) and note.annotation.page == 2
    new_f_box = RectsGeometry(rects_of(new, 2, "Năm 2026, việc thực hiện")).bounds()
    assert note.annotation.bounds()[1] == pytest.approx(new_f_box[1], abs=0.5)
    assert note.annotation.bounds()[0] == pytest.approx(f_box[0] - 20, abs=0.5)
    assert new_f_box[1] < f_box[1] - 20  # it really moved up

    # Ink under the Lao line and the text box in the margin moved to the page after the insert, same place.
    for key in ("ink_lao", "box_h"):
        result = results[key]
        assert isinstance(result, Placed), (key, result)
        assert result.annotation.page == 3
        assert result.annotation.bounds() == pytest.approx(annotations[key].bounds(), abs=0.5)


def test_moved_text_is_found_by_its_quote() -> None:
    moved = "The procurement of school textbooks will be centralised from next year."
    old_pdf = paper([[moved, EN_A], [EN_C], [EN_H]])
    new_pdf = paper([[EN_A], [EN_C], [EN_H, moved]])
    old, new = words_of(old_pdf), words_of(new_pdf)
    phrase = "school textbooks will be centralised"
    annotation = annotate(old_pdf, 0, "highlight", RectsGeometry(rects_of(old, 0, phrase)))
    (result,) = reanchor(old_pdf, new_pdf, [annotation])
    assert isinstance(result, Placed) and result.method is PlacementMethod.QUOTE
    assert result.annotation.page == 2
    assert isinstance(result.annotation.geometry, RectsGeometry)
    assert text_under(new, 2, result.annotation.geometry.rects) == split_words(phrase)


def test_a_repeated_quote_is_told_apart_by_its_context() -> None:
    repeated = "subject to the approval of the National Assembly"
    first = f"The loan agreement is signed {repeated} this year."
    second = f"The tax reform enters into force {repeated} next year."
    old_pdf = paper([[first, second]])
    new_pdf = paper([[EN_A], [second, first]])  # both moved: the diff cannot place them
    old, new = words_of(old_pdf), words_of(new_pdf)
    rects = rects_of(old, 0, f"force {repeated}")[-1:]  # the second occurrence's last line ...
    geometry = RectsGeometry(rects_of(old, 0, second))
    annotation = annotate(old_pdf, 0, "highlight", geometry)
    (result,) = reanchor(old_pdf, new_pdf, [annotation])
    assert isinstance(result, Placed), result
    assert isinstance(result.annotation.geometry, RectsGeometry)
    assert text_under(new, 1, result.annotation.geometry.rects) == split_words(second)
    assert rects  # the phrase is on the old page


def test_annotations_on_a_removed_page_need_review() -> None:
    old_pdf = paper([[EN_A], [EN_E], [EN_H]])
    new_pdf = paper([[EN_A], [EN_H]])
    old = words_of(old_pdf)
    highlight = annotate(old_pdf, 1, "highlight", RectsGeometry(rects_of(old, 1, "hardship allowance")))
    note = annotate(old_pdf, 1, "note", PointGeometry((300, 400)), "?")
    kept = annotate(old_pdf, 2, "note", PointGeometry((300, 120)), "!")
    results = reanchor(old_pdf, new_pdf, [highlight, note, kept])
    assert [type(result) for result in results] == [NeedsReview, NeedsReview, Placed]
    assert [getattr(result, "reason", None) for result in results[:2]] == [ReviewReason.PAGE_REMOVED] * 2
    assert results[2].annotation.page == 1


def test_ink_on_a_page_without_text_follows_its_page() -> None:
    old_pdf = paper([[EN_A], [EN_C]], blank_after=0)  # pages: A, blank, C
    new_pdf = paper([[INSERTED], [EN_A], [EN_C]], blank_after=1)  # inserted, A, blank, C
    ink = annotate(old_pdf, 1, "ink", InkGeometry((((100, 100, 0.5), (200, 300, 0.5)),), 2))
    assert ink.anchor is None
    (result,) = reanchor(old_pdf, new_pdf, [ink])
    assert isinstance(result, Placed) and result.method is PlacementMethod.PAGE
    assert result.annotation.page == 2 and result.annotation.bounds() == ink.bounds()


def test_an_annotation_on_a_page_the_old_version_lacks_needs_review(versions: tuple[bytes, bytes]) -> None:
    old_pdf, new_pdf = versions
    stray = annotate(old_pdf, 0, "note", PointGeometry((1, 1))).with_changes(page=9)
    (result,) = reanchor(old_pdf, new_pdf, [stray])
    assert isinstance(result, NeedsReview) and result.reason is ReviewReason.PAGE_OUT_OF_RANGE


def test_make_anchor_quotes_the_covered_words_with_context(versions: tuple[bytes, bytes]) -> None:
    old_pdf, _ = versions
    old = words_of(old_pdf)
    anchor = make_anchor(old_pdf, 0, RectsGeometry(rects_of(old, 0, "Bộ Tài chính")))
    assert anchor is not None
    assert split_words(anchor.quote) == split_words("Bộ Tài chính")
    assert anchor.prefix.endswith("đề xuất của") and anchor.suffix.startswith("về ngân sách")
    assert normalise_word("Chính,") == "chính"


def test_unchanged_document_places_everything_exactly(versions: tuple[bytes, bytes]) -> None:
    old_pdf, _ = versions
    old = words_of(old_pdf)
    annotations = [
        annotate(old_pdf, 0, "highlight", RectsGeometry(rects_of(old, 0, "rural roads rose"))),
        annotate(old_pdf, 2, "ink", InkGeometry((((80, 100, 0.5), (90, 110, 0.6)),), 1)),
    ]
    results = reanchor(old_pdf, old_pdf, annotations)
    for annotation, result in zip(annotations, results, strict=True):
        assert isinstance(result, Placed) and result.confidence == 1.0
        assert result.annotation.geometry == annotation.geometry and result.annotation.page == annotation.page


@pytest.mark.slow
def test_demo_annex_of_320_pages_is_fast() -> None:
    spec = next(spec for spec in DEMO_PACKET if spec.pages == 320)
    old_pdf, new_pdf = spec.build(1), spec.build(2)
    old = words_of(old_pdf)
    annotations = [
        annotate(old_pdf, page, "highlight", RectsGeometry((old.rects[old.page_range(page)[20]],)))
        for page in range(0, 320, 8)
    ]
    started = time.perf_counter()
    results = reanchor(old_pdf, new_pdf, annotations)
    elapsed = time.perf_counter() - started
    print(f"reanchor 320 pages, {len(annotations)} annotations: {elapsed:.2f} s")
    assert len(results) == len(annotations)
    placed = [result for result in results if isinstance(result, Placed)]
    assert len(placed) >= len(annotations) - 2
    assert elapsed < 6.0  # about 1.2 s on the 2-core development machine; room for slow CI
