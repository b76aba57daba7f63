"""The minutes PDF: official layout, three languages, safe rich text, deterministic bytes."""

from __future__ import annotations

import unicodedata

import pymupdf
import pytest
from minutes_sample import LAO_DECISION, VI_DECISION, minutes_record

from ecabinet.pdf.minutes import (
    layout_minutes,
    minutes_labels,
    minutes_translation,
    render_minutes,
    sanitize_rich_text,
)


def _text(pdf: bytes) -> list[str]:
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        return [unicodedata.normalize("NFKC", page.get_text()) for page in document]


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_same_record_same_bytes_and_fixed_metadata() -> None:
    first = render_minutes(minutes_record(), "vi")
    assert render_minutes(minutes_record(), "vi") == first
    assert render_minutes(minutes_record(title="Another title"), "vi") != first
    with pymupdf.open(stream=first, filetype="pdf") as document:
        assert document.metadata["creationDate"] == ""
        assert document.metadata["modDate"] == ""
        assert document.xref_get_key(-1, "ID")[0] == "array"


@pytest.mark.parametrize(
    ("language", "title_word", "page_label", "status"),
    [
        ("en", "MINUTES", "Page 1 of", "Present (remote)"),
        ("vi", "BIÊN BẢN", "Trang 1/", "Có mặt (trực tuyến)"),
        ("lo", "ບົດບັນທຶກກອງປະຊຸມ", "ໜ້າ 1 /", "ມີໜ້າ (ທາງໄກ)"),
    ],
)
def test_labels_in_the_meetings_language(language: str, title_word: str, page_label: str, status: str) -> None:
    pages = _text(render_minutes(minutes_record(), language))
    whole = _flat("\n".join(pages))
    assert _flat(title_word) in whole
    assert _flat(status) in whole
    assert _flat(page_label) in _flat(pages[0])
    last = len(pages)
    assert f"{last}" in _flat(pages[-1]).rsplit(" ", 3)[-1] or f"/{last}" in _flat(pages[-1]) or f"of {last}" in whole


def test_vietnamese_and_lao_text_comes_back_from_the_pdf() -> None:
    whole = _flat("\n".join(_text(render_minutes(minutes_record(), "vi"))))
    for expected in (VI_DECISION, LAO_DECISION, "ສົມພອນ ແກ້ວມະນີ", "Trần Thị Bích", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
        assert _flat(expected) in whole, expected


def test_fonts_are_embedded_and_lao_uses_the_lao_font() -> None:
    pdf = render_minutes(minutes_record(), "lo")
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        names = {font[3] for page in document for font in page.get_fonts()}
        assert any("Lao" in name for name in names)
        assert any("NotoSans" in name.replace(" ", "") and "Lao" not in name for name in names)
        assert all(font[1] != "n/a" for page in document for font in page.get_fonts())


def test_rich_text_is_sanitized() -> None:
    html = sanitize_rich_text(
        "<p class='x' onclick='evil()'>A <b>bold</b> <a href='http://x'>link</a></p><script>alert(1)</script>"
        "<ul><li>one<li>two</ul><img src=x><ol><li>three</li></ol><p>unclosed <i>it"
    )
    assert "script" not in html and "alert" not in html and "onclick" not in html and "href" not in html
    assert "<img" not in html and "class=" not in html
    assert "<b>bold</b>" in html and "link" in html
    assert html.count("<li>") == html.count("</li>") == 3
    assert html.endswith("</i></p>")
    assert sanitize_rich_text("line one\nline two\n\nsecond & more") == (
        "<p>line one<br/>line two</p><p>second &amp; more</p>"
    )
    assert sanitize_rich_text("plain & simple") == "<p>plain &amp; simple</p>"


def test_markup_in_record_fields_is_text_not_html() -> None:
    record = minutes_record()
    pages = _text(render_minutes(record, "en"))
    whole = "\n".join(pages)
    assert "alert" not in whole  # script content dropped from the decision
    assert "SECRET-NAME-LEAK" not in whole  # a secret vote prints counts only
    assert "Hết." in whole


def test_votes_named_lists_and_secret_counts() -> None:
    whole = _flat("\n".join(_text(render_minutes(minutes_record(items=1), "en"))))
    assert "Vote (Named vote): Thông qua Đề án?" in whole
    assert "Nguyễn Văn An, Trần Thị Bích, Lê Hoàng" in whole
    assert "Vote (Secret vote): Bổ nhiệm?" in whole
    assert "Outcome: Adopted" in whole and "Outcome: Rejected" in whole
    assert "3 of 4 members present, 3 required: the quorum is reached." in whole
    assert "SHA-256 " + "01" * 32 in whole


@pytest.mark.parametrize("items", [1, 4, 12])
def test_signature_boxes_are_whole_on_one_page_below_the_text(items: int) -> None:
    rendered = layout_minutes(minutes_record(items=items), "vi")
    assert [slot.field_name for slot in rendered.slots] == ["sig_secretary", "sig_chair"]
    with pymupdf.open(stream=rendered.pdf, filetype="pdf") as document:
        assert {slot.page for slot in rendered.slots} == {document.page_count - 1}
        page = document[document.page_count - 1]
        height = page.rect.height
        drawn = [pymupdf.Rect(path["rect"]) for path in page.get_drawings()]
        for slot in rendered.slots:
            x0, y0, x1, y1 = slot.rect
            box = pymupdf.Rect(x0, height - y1, x1, height - y0)  # back to top-left coordinates
            assert box.height == pytest.approx(78, abs=0.5)
            assert page.rect.contains(box)
            # The drawn frame of the box is where the field goes.
            assert any(abs(frame.x0 - box.x0) < 2 and abs(frame.y0 - box.y0) < 2 for frame in drawn)
            # No text inside the box: the signature stamp will go there.
            assert page.get_text(clip=box).strip() == ""
        footer = _flat(page.get_text())
        assert f"Trang {document.page_count}/{document.page_count}" in footer


def test_labels_come_from_any_gettext() -> None:
    shouted = minutes_labels(str.upper)
    assert shouted.minutes == "MINUTES"
    assert shouted.statuses["remote"] == "PRESENT (REMOTE)"
    vi = minutes_translation("vi")
    assert vi("Signatures") == "Chữ ký"
    assert minutes_translation("fr")("Signatures") == "Signatures"
    labels = minutes_labels(minutes_translation("lo"))
    assert labels.page.format(page=1, pages=2) == "ໜ້າ 1 / 2"


def test_a_page_renders_to_an_image(tmp_path: pytest.TempPathFactory) -> None:
    """Smoke test for the page picture (also handy to look at: the PNG lands in the test's tmp dir)."""
    pdf = render_minutes(minutes_record(), "lo")
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        pixmap = document[0].get_pixmap(dpi=60)
        assert pixmap.width > 400
        # Mostly white paper, but ink on it.
        samples = pixmap.samples
        dark = sum(1 for value in samples[::3] if value < 128)
        assert 0.005 < dark / (len(samples) / 3) < 0.3
