"""Write an annotated copy of a document: the reader's annotations as real PDF annotations.

"Export annotated copy" must give a file any PDF reader shows the notes in, so annotations are
written as the PDF's own kinds (ink, highlight, underline, text note, free text), with colour, the
author in the title and the note's text in the contents. Annotation geometry is in unrotated page
space, which is what PyMuPDF's annotation functions take, so rotated pages and pages whose CropBox is
not at the origin need no conversion. A restricted document's copy carries a watermark on every page
(the reader's name and the time, given by the caller), drawn upright on the page as it is shown.
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC, datetime

import pymupdf

from ecabinet.core.annotations import Annotation, BoxGeometry, InkGeometry, PointGeometry, RectsGeometry
from ecabinet.pdf.fonts import font_set

__all__ = ["export_annotated"]

_NOTE_ICON_SIZE = 20.0
_FREETEXT_SIZE = 10.0
_WATERMARK_SIZE = 9.0
_WATERMARK_HEIGHT = 28.0


def _rgb(color: str) -> tuple[float, float, float]:
    return (int(color[1:3], 16) / 255, int(color[3:5], 16) / 255, int(color[5:7], 16) / 255)


def _pdf_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")


def export_annotated(
    pdf_bytes: bytes,
    annotations: Sequence[Annotation],
    *,
    author: str = "",
    watermark: str | None = None,
) -> bytes:
    """A copy of `pdf_bytes` with `annotations` written as PDF annotations, optionally watermarked.

    Annotations whose page does not exist in this document are skipped (the caller exports those that
    sit on this version; the ones needing review sit on an older one). Existing annotations of the
    document are kept.
    """
    document = pymupdf.open(stream=pdf_bytes, filetype="pdf")
    try:
        for annotation in annotations:
            if 0 <= annotation.page < document.page_count:
                _write(document[annotation.page], annotation, author)
        if watermark:
            for page in (document[number] for number in range(document.page_count)):
                _watermark(page, watermark)
        return bytes(document.tobytes(garbage=1, deflate=True))
    finally:
        document.close()


def _write(page: pymupdf.Page, annotation: Annotation, author: str) -> None:
    color = _rgb(annotation.color)
    geometry = annotation.geometry
    if isinstance(geometry, RectsGeometry):
        quads = [pymupdf.Rect(rect).quad for rect in geometry.rects]
        if annotation.kind == "underline":
            annot = page.add_underline_annot(quads=quads)
        else:
            annot = page.add_highlight_annot(quads=quads)
        annot.set_colors(stroke=color)
    elif isinstance(geometry, InkGeometry):
        strokes = [[(x, y) for x, y, _ in stroke] for stroke in geometry.strokes]
        # A stroke of one point is a dot: PDF ink needs two.
        strokes = [stroke if len(stroke) > 1 else stroke * 2 for stroke in strokes]
        annot = page.add_ink_annot(strokes)
        # PDF ink has one width per annotation: scale the nominal width by the mean pen pressure.
        pressures = [p for stroke in geometry.strokes for _, _, p in stroke]
        mean = sum(pressures) / len(pressures)
        annot.set_border(width=max(0.25, geometry.width * (0.5 + mean)))
        annot.set_colors(stroke=color)
    elif isinstance(geometry, PointGeometry):
        annot = page.add_text_annot(geometry.point, annotation.text, icon="Note")
        annot.set_colors(stroke=color)
    else:
        assert isinstance(geometry, BoxGeometry)
        annot = page.add_freetext_annot(
            pymupdf.Rect(geometry.rect),
            annotation.text,
            fontsize=_FREETEXT_SIZE,
            text_color=color,
            fill_color=(1, 1, 1),
            rotate=page.rotation,
        )
    annot.set_info(
        title=author,
        content=annotation.text,
        creationDate=_pdf_date(annotation.created_at),
        modDate=_pdf_date(annotation.updated_at),
        subject=annotation.kind,
    )
    annot.update()


def _watermark(page: pymupdf.Page, text: str) -> None:
    """The text along the foot of the page as shown (rotation applied), laid out with HarfBuzz so Lao
    and Vietnamese names come out right."""
    shown = page.rect  # the visible page: width and height after rotation
    band = pymupdf.Rect(shown.x0 + 24, shown.y1 - _WATERMARK_HEIGHT, shown.x1 - 24, shown.y1 - 6)
    # insert_htmlbox takes the box in unrotated coordinates and the text's rotation separately.
    box = band * page.derotation_matrix
    fonts = font_set()
    css = (
        f"{fonts.css()} * {{font-family: sans, lao; font-size: {_WATERMARK_SIZE}pt; color: #C00000; "
        "text-align: center; margin: 0;}"
    )
    archive = pymupdf.Archive()
    for name, data in fonts.archive_entries().items():
        archive.add(data, name)
    page.insert_htmlbox(box, f"<p>{html.escape(text)}</p>", css=css, archive=archive, rotate=page.rotation, opacity=0.8)
