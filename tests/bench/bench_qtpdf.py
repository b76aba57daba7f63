"""Benchmark: our page rendering (PyMuPDF, BGRA into a buffer) against Qt's own QtPdf, same pages, same pixels.

QtPdf lives in PySide6-Addons up to 6.11 (PySide6-Pdf from 6.12): install the bench extra,
`.venv/bin/pip install -e ".[bench]"`; `.ci/run` does not.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_qtpdf.py [--pages 320] [--sample 40] [--scale 1.5]
"""

# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def run(*, pages: int, sample: int, scale: float) -> list[str]:
    try:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return ["QtPdf is not installed (pip install -e '.[bench]'): no comparison made"]
    import pymupdf
    from PySide6.QtGui import QGuiApplication

    from ecabinet.pdf.corpus import build_document
    from ecabinet.pdf.render import render_page

    app = QGuiApplication.instance() or QGuiApplication([])
    data = build_document(title="State Budget Estimate 2027 — Annex", language="en", pages=pages, seed=3)
    doc = pymupdf.open(stream=data, filetype="pdf")
    step = max(1, pages // sample)
    chosen = list(range(0, pages, step))[:sample]

    ours = []
    sizes = {}
    for n in chosen:
        started = time.perf_counter()
        rendered = render_page(doc, n, scale=scale)
        ours.append(time.perf_counter() - started)
        sizes[n] = (rendered.width, rendered.height)

    qdoc = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    qdoc.load(buffer)
    theirs = []
    for n in chosen:
        width, height = sizes[n]
        started = time.perf_counter()
        image = qdoc.render(n, QSize(width, height))
        theirs.append(time.perf_counter() - started)
        assert image.width() == width
    del app
    mo, mq = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
    return [
        f"{len(chosen)} pages of the {pages}-page annex at {scale} px/pt",
        f"{'renderer':<28} {'median ms/page':>15}",
        f"{'eCabinet (PyMuPDF, BGRA)':<28} {mo:>15.2f}",
        f"{'QtPdf (QPdfDocument.render)':<28} {mq:>15.2f}",
        f"ratio (QtPdf / ours): {mq / mo:.2f}x",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--pages", type=int, default=320)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--scale", type=float, default=1.5)
    args = parser.parse_args(argv)
    for line in run(pages=args.pages, sample=args.sample, scale=args.scale):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
