"""Child process entry: ``python -m ecabinet.server.documents.inspect_child PATH MAX_PAGES``.

Prints one JSON line: ``{"pages": N}`` or ``{"error": code, "message": text}``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    from ecabinet.pdf.inspect import PdfRejected, inspect_pdf

    path, max_pages = Path(sys.argv[1]), int(sys.argv[2])
    try:
        info = inspect_pdf(path.read_bytes(), max_pages=max_pages)
    except PdfRejected as exc:
        print(json.dumps({"error": exc.code, "message": exc.message}))
        return 0
    print(json.dumps({"pages": info.pages}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
