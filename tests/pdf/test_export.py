"""Exported annotated copies: real PDF annotations any reader lists, on rotated and cropped pages too."""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pymupdf
import pytest

from ecabinet.core.annotations import Annotation, BoxGeometry, Geometry, InkGeometry, Kind, PointGeometry, RectsGeometry
from ecabinet.pdf.export import export_annotated
from ecabinet.pdf.fonts import font_set

SHA = "0" * 64


def _source() -> bytes:
    """Page 0 plain, page 1 rotated by 90°, page 2 with a CropBox away from the origin."""
    document = pymupdf.open()
    for number in range(3):
        page = document.new_page(width=595, height=842)
        page.insert_font(fontname="notos", fontbuffer=font_set().sans_regular)
        page.insert_text((100, 150), f"Ngân sách nhà nước page {number}", fontname="notos", fontsize=12)
    document[1].set_rotation(90)
    document[2].set_cropbox(pymupdf.Rect(50, 60, 500, 700))
    return bytes(document.tobytes())


def _word_rect(pdf: bytes, page: int, word: str) -> tuple[float, float, float, float]:
    document = pymupdf.open(stream=pdf, filetype="pdf")
    for x0, y0, x1, y1, text, *_ in document[page].get_text("words"):
        if text == word:
            return (x0, y0, x1, y1)
    raise AssertionError(word)


def _annotation(page: int, kind: Kind, geometry: Geometry, text: str = "", color: str = "#FF0000") -> Annotation:
    return Annotation.new(
        document_id="doc", sha256=SHA, page=page, kind=kind, color=color, geometry=geometry, text=text
    )


@pytest.mark.parametrize("page", [0, 1, 2])
def test_every_kind_is_a_real_pdf_annotation(page: int, tmp_path: Path) -> None:
    source = _source()
    budget = _word_rect(source, page, "sách")
    annotations = [
        _annotation(page, "highlight", RectsGeometry((budget,)), "xem lại", "#FFD400"),
        _annotation(page, "underline", RectsGeometry((_word_rect(source, page, "nước"),))),
        _annotation(page, "ink", InkGeometry((((120, 300, 0.2), (180, 320, 0.9), (220, 310, 1.0)),), 2.0)),
        _annotation(page, "note", PointGeometry((300, 200)), "Hỏi Bộ Tài chính ສອບຖາມ"),
        _annotation(page, "text_box", BoxGeometry((100, 400, 300, 460)), "Đồng ý ເຫັນດີ"),
    ]
    exported = export_annotated(source, annotations, author="Nguyễn Văn An")
    document = pymupdf.open(stream=exported, filetype="pdf")
    target = document[page]
    found = {annot.type[1]: annot for annot in target.annots()}
    assert set(found) == {"Highlight", "Underline", "Ink", "Text", "FreeText"}
    assert all(annot.info["title"] == "Nguyễn Văn An" for annot in found.values())
    assert found["Text"].info["content"] == "Hỏi Bộ Tài chính ສອບຖາມ"
    assert found["FreeText"].info["content"] == "Đồng ý ເຫັນດີ"
    assert found["Highlight"].colors["stroke"] == pytest.approx((1.0, 0xD4 / 255, 0.0), abs=0.01)
    # The highlight covers the word it was made on, also on a rotated page and a shifted CropBox.
    assert "sách" in target.get_textbox(found["Highlight"].rect)
    corners = found["Highlight"].vertices
    assert (*corners[0], *corners[3]) == pytest.approx(budget, abs=0.01)
    ink_points = found["Ink"].vertices[0]
    assert ink_points[0] == pytest.approx((120, 300), abs=0.01) and len(ink_points) == 3
    assert [len(list(document[other].annots())) for other in range(3) if other != page] == [0, 0]

    path = tmp_path / "annotated.pdf"
    path.write_bytes(exported)
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Pages:\s+3$", info, re.MULTILINE)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert f"page {page}" in text


def test_watermark_on_every_page_upright() -> None:
    source = _source()
    mark = "Nguyễn Văn An · ສົມພອນ · 2027-03-01 09:30 UTC"
    exported = export_annotated(source, [], watermark=mark)
    document = pymupdf.open(stream=exported, filetype="pdf")
    for page in (document[number] for number in range(document.page_count)):
        assert "Nguyễn Văn An" in page.get_text()
        # Along the foot of the page as shown (rotation applied).
        hits = page.search_for("Nguyễn Văn An")
        assert hits
        shown = pymupdf.Rect(hits[0]) * page.rotation_matrix
        assert shown.y0 > page.rect.height * 0.9, (page.number, shown)


def test_annotations_on_pages_the_document_lacks_are_skipped() -> None:
    source = _source()
    exported = export_annotated(source, [_annotation(7, "note", PointGeometry((1, 1)), "x")])
    document = pymupdf.open(stream=exported, filetype="pdf")
    counts = [len(list(document[number].annots())) for number in range(document.page_count)]
    assert counts == [0, 0, 0]
