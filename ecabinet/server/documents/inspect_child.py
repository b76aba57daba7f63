"""Child process entry: ``python -m ecabinet.server.documents.inspect_child PATH MAX_PAGES``.

Prints one JSON line: ``{"pages": N, "scanned": S}`` (S: pages that are images without text, for OCR)
or ``{"error": code, "message": text}``.
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    import pymupdf

    from ecabinet.pdf.inspect import PdfRejected, inspect_pdf
    from ecabinet.server.ocr.child import scanned_pages

    path, max_pages = Path(sys.argv[1]), int(sys.argv[2])
    data = path.read_bytes()
    try:
        info = inspect_pdf(data, max_pages=max_pages)
    except PdfRejected as exc:
        print(json.dumps({"error": exc.code, "message": exc.message}))
        return 0
    with pymupdf.open("pdf", data) as doc:
        scanned = len(scanned_pages(doc))
    print(json.dumps({"pages": info.pages, "scanned": scanned}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
