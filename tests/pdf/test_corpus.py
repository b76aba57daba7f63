"""The demo corpus: exact page counts, same bytes every time, searchable and fully rendered
Vietnamese and Lao, and revisions that move text the way re-anchoring tests expect."""

from __future__ import annotations

import difflib
import itertools
import re
import time
import unicodedata

import pymupdf
import pytest

from ecabinet.pdf.corpus import DEMO_PACKET, build_document, comparable_text, document_paragraphs, guess_topic
from ecabinet.pdf.fonts import font_set
from ecabinet.pdf.inspect import inspect_pdf

VI = {"title": "Dự toán ngân sách nhà nước năm 2027", "language": "vi", "pages": 5, "seed": 4}
LO = {"title": "ຮ່າງດຳລັດ ວ່າດ້ວຍການຄຸ້ມຄອງງົບປະມານແຫ່ງລັດ", "language": "lo", "pages": 4, "seed": 7}
LAO_LETTERS = re.compile("[\u0e80-\u0eff]")


def _open(data: bytes) -> pymupdf.Document:
    return pymupdf.open(stream=data, filetype="pdf")


def _flat(text: str) -> str:
    """Extracted text with line breaks and hyphen-free wrapping folded to single spaces, NFC."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _page_texts(data: bytes) -> list[str]:
    return [_flat(page.get_text()) for page in _open(data)]


def _lao(text: str) -> str:
    """Lao is compared folded: shaping splits ຳ (U+0EB3) into ໍ + າ and fuses some marks."""
    return comparable_text(text)


@pytest.fixture(scope="module")
def vi_pdf() -> bytes:
    return build_document(**VI)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def lo_pdf() -> bytes:
    return build_document(**LO)  # type: ignore[arg-type]


def test_same_arguments_same_bytes(vi_pdf: bytes) -> None:
    assert build_document(**VI) == vi_pdf  # type: ignore[arg-type]
    other_seed = build_document(**{**VI, "seed": 5})  # type: ignore[arg-type]
    assert other_seed != vi_pdf


def test_exact_page_count_and_metadata(vi_pdf: bytes) -> None:
    document = _open(vi_pdf)
    assert document.page_count == 5
    assert document.metadata is not None
    assert document.metadata["title"] == VI["title"]
    assert document.metadata["creationDate"] == "" and document.metadata["modDate"] == ""
    assert all(page.rect == pymupdf.paper_rect("a4") for page in document)
    assert inspect_pdf(vi_pdf).pages == 5
    assert document.get_toc()[0][1].startswith("1. ")


def test_header_footer_and_title(vi_pdf: bytes) -> None:
    pages = _page_texts(vi_pdf)
    assert VI["title"] in pages[0]
    for number, text in enumerate(pages, start=1):
        assert "Văn phòng Chính phủ" in text
        assert f"Trang {number}/5" in text
    assert "Kiến nghị" in pages[-1]  # the decision sought closes the paper


def test_vietnamese_paragraphs_are_extractable_as_written(vi_pdf: bytes) -> None:
    paragraphs = document_paragraphs(**VI)  # type: ignore[arg-type]
    assert len(paragraphs) >= 8
    whole = " ".join(_page_texts(vi_pdf))
    for paragraph in paragraphs:
        assert unicodedata.is_normalized("NFC", paragraph)
        assert _flat(paragraph) in whole
    assert "ngân sách" in whole
    assert _open(vi_pdf)[0].search_for("ngân sách nhà nước")


def test_lao_text_is_extractable_as_written(lo_pdf: bytes) -> None:
    pages = _page_texts(lo_pdf)
    whole = " ".join(pages)
    assert "ງົບປະມານແຫ່ງລັດ" in whole  # no ຳ in it: found as typed
    assert "ກະຊວງການເງິນ" in whole
    assert "ໜ້າ 1 ຈາກ 4" in pages[0]
    assert "ເພື່ອ" in whole and "ຕໍ່" in whole  # tone marks over vowels (shaped variants)
    assert _lao(LO["title"]) in _lao(pages[0])  # type: ignore[arg-type]
    paragraphs = document_paragraphs(**LO)  # type: ignore[arg-type]
    assert len(paragraphs) >= 6
    for paragraph in paragraphs:
        assert LAO_LETTERS.search(paragraph)
        assert _lao(paragraph) in _lao(whole)
    assert not re.search("[\ufffd\x00-\x08]", whole)


def test_lao_page_has_no_missing_glyphs(lo_pdf: bytes) -> None:
    lao_font = pymupdf.Font(fontbuffer=font_set().lao_regular)
    document = _open(lo_pdf)
    lao_chars = 0
    for page in document:
        for span in page.get_texttrace():
            for char in span["chars"]:
                codepoint, glyph = char[0], char[1]
                # Glyph 0 is .notdef, the empty box readers show for a missing character.
                assert glyph != 0, f"missing glyph for {chr(codepoint)!r} on page {page.number + 1}"
                if LAO_LETTERS.match(chr(codepoint)):
                    lao_chars += 1
                    assert "Lao" in span["font"]
                    assert lao_font.has_glyph(codepoint)
    assert lao_chars > 1000


def test_lao_shaping_moves_marks(lo_pdf: bytes) -> None:
    """HarfBuzz placed the tone mark over its consonant: shaped text is not one glyph per advance."""
    page = _open(lo_pdf)[0]
    for span in page.get_texttrace():
        chars = span["chars"]
        for before, mark in itertools.pairwise(chars):
            if mark[0] == 0x0EC8:  # LAO TONE MAI EK sits above the previous letter
                assert mark[2][0] < before[2][0] + 0.9 * (before[3][2] - before[3][0]) + 0.01
                return
    pytest.fail("no Lao tone mark found on page 1")


def test_revision_two_inserts_a_page_rewrites_and_deletes_a_paragraph(vi_pdf: bytes) -> None:
    first = document_paragraphs(**VI)  # type: ignore[arg-type]
    second = document_paragraphs(**VI, revision=2)  # type: ignore[arg-type]
    revised = build_document(**VI, revision=2)  # type: ignore[arg-type]
    assert revised == build_document(**VI, revision=2)  # type: ignore[arg-type]
    assert _open(revised).page_count == _open(vi_pdf).page_count + 1

    # Compare the paragraphs both versions share (rev 2 ends a little earlier: its last
    # page holds the addendum's worth less of the body).
    changes = [
        (tag, first[i1:i2], second[j1:j2])
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=first, b=second, autojunk=False).get_opcodes()
        if tag != "equal" and not (tag == "delete" and i2 == len(first))
    ]
    assert [tag for tag, _old, _new in changes] == ["replace", "delete"]
    (_tag, old, new), (_tag2, deleted, _nothing) = changes
    assert len(old) == len(new) == 1 and len(deleted) == 1
    assert "sửa đổi lần 2" in new[0]
    assert new[0].split(".")[0] == old[0].split(".")[0]  # same opening: a rewrite, not new text

    texts = _page_texts(revised)
    whole = " ".join(texts)
    assert _flat(new[0]) in whole and _flat(old[0]) not in whole
    assert _flat(deleted[0]) not in whole
    addendum = [number for number, text in enumerate(texts) if "Phụ lục bổ sung" in text]
    assert len(addendum) == 1 and 0 < addendum[0] < len(texts) - 1
    assert "Bản sửa đổi lần 2" in texts[0]
    assert texts[0].replace("Bản sửa đổi lần 2 ", "").replace("1/6", "1/5") == _page_texts(vi_pdf)[0]


def test_comparable_text_folds_lao_spellings() -> None:
    assert comparable_text("ນ້ຳມັນ") == comparable_text("ນໍ້າມັນ")
    assert comparable_text("ສຳຮອງ\n ງົບ") == comparable_text("ສໍາຮອງ ງົບ")
    assert comparable_text("ນ້ຳ") != comparable_text("ນ້າ")
    assert comparable_text("ngân  sách\nnhà nước") == "ngân sách nhà nước"


def test_demo_packet_specs() -> None:
    keys = [spec.key for spec in DEMO_PACKET]
    assert len(keys) == len(set(keys)) >= 10
    assert {spec.language for spec in DEMO_PACKET} == {"en", "vi", "lo"}
    assert {spec.meeting for spec in DEMO_PACKET} == {"session-1", "session-2", "draft"}
    assert sum(spec.meeting == "session-1" for spec in DEMO_PACKET) == 8
    assert max(spec.pages for spec in DEMO_PACKET) >= 300
    for spec in DEMO_PACKET:
        assert spec.summary and len(spec.summary) <= 80
        assert guess_topic(spec.title) == spec.topic


def test_small_demo_document_is_fast() -> None:
    spec = next(spec for spec in DEMO_PACKET if spec.key == "health-preparedness")
    started = time.perf_counter()
    data = spec.build()
    assert time.perf_counter() - started < 1.0
    assert _open(data).page_count == spec.pages


@pytest.mark.slow
def test_annex_of_three_hundred_pages_builds() -> None:
    spec = next(spec for spec in DEMO_PACKET if spec.pages >= 300)
    started = time.perf_counter()
    data = spec.build()
    elapsed = time.perf_counter() - started
    document = _open(data)
    assert document.page_count == spec.pages
    assert f"Page {spec.pages} of {spec.pages}" in document[-1].get_text()
    assert elapsed < 10, f"{spec.pages} pages took {elapsed:.1f} s"
