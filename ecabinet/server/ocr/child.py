"""Child process entry: ``python -m ecabinet.server.ocr.child SOURCE OUTPUT LANGUAGES TESSDATA``.

Adds an invisible text layer to the pages of SOURCE that are scans (images, no text) and writes the
result to OUTPUT. Prints one JSON line per event: ``{"pages": N}`` (pages to OCR) first, then
``{"done": k}`` after each page, then ``{"ok": true}``, or ``{"error": text}``.

How (PyMuPDF's documented OCR route): each scanned page is rendered to a pixmap and
``Pixmap.pdfocr_tobytes`` has MuPDF's built-in Tesseract make a one-page PDF of the image with the
recognised text as hidden text (render mode 3, Tesseract's GlyphLessFont, so any script works,
Lao included). That page's image is dropped and the rest, the text alone, is laid over the original
page with ``show_pdf_page``: the scan itself stays byte for byte what was uploaded, and only text is
added. Runs in a child so that a crafted file or a Tesseract crash cannot take the server down, and
so the GIL-holding C code never stalls requests.
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import json
import sys
from pathlib import Path

#: Resolution for recognition: Tesseract reads 300 dpi best.
OCR_DPI = 300


def scanned_pages(doc: object) -> list[int]:
    """Pages that show images but have no text layer: the ones OCR can help."""
    import pymupdf

    assert isinstance(doc, pymupdf.Document)
    found = []
    for number in range(doc.page_count):
        page = doc[number]
        if page.get_images() and not page.get_text("text").strip():
            found.append(page.number)
    return found


def _say(**event: object) -> None:
    print(json.dumps(event), flush=True)


def ocr_pdf(source: Path, output: Path, *, languages: str, tessdata: str) -> None:
    import pymupdf

    doc = pymupdf.open(source)
    todo = scanned_pages(doc)
    _say(pages=len(todo))
    for done, number in enumerate(todo, start=1):
        page = doc[number]
        if page.rotation:
            page.remove_rotation()  # the overlay below is placed in unrotated page space
        pix = page.get_pixmap(dpi=OCR_DPI, colorspace=pymupdf.csRGB, alpha=False)
        layer = pymupdf.open("pdf", pix.pdfocr_tobytes(compress=True, language=languages, tessdata=tessdata))
        layer_page = layer[0]
        for image in layer_page.get_images(full=True):
            layer_page.delete_image(image[0])
        page.show_pdf_page(page.rect, layer, 0, overlay=True)
        layer.close()
        _say(done=done)
    doc.save(output, garbage=3, deflate=True)
    doc.close()


def main() -> int:
    source, output, languages, tessdata = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    try:
        ocr_pdf(source, output, languages=languages, tessdata=tessdata)
    except Exception as exc:
        _say(error=f"{type(exc).__name__}: {exc}"[:500])
        return 1
    _say(ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
