"""Benchmark: the longest GUI-thread stall while flinging through a heavy document.

A QTimer heartbeat (every 2 ms) runs on the GUI thread while the view is scrolled through the demo's
320-page annex at fling speed (a third of a page every 8 ms). The longest gap between heartbeats is the
worst freeze a reader would feel. Baseline in the same run: the same fling with each visible page rendered
on the GUI thread (what a viewer without a render process does; PyMuPDF holds the GIL while it renders).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_gui_stall.py [--pages 320]
"""

# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _fling(on_tick, ticks: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Run ``ticks`` fling steps 8 ms apart with a 2 ms heartbeat; returns (longest gap, p99 gap) in ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(2)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    loop = QEventLoop()
    done = [0]

    def step() -> None:
        on_tick(done[0])
        done[0] += 1
        if done[0] >= ticks:
            stepper.stop()
            QTimer.singleShot(300, loop.quit)  # let the last renders land

    stepper = QTimer()
    stepper.setInterval(8)
    stepper.timeout.connect(step)
    heartbeat.start()
    stepper.start()
    loop.exec()
    heartbeat.stop()
    gaps = sorted((b - a) * 1000 for a, b in itertools.pairwise(beats))
    return gaps[-1], gaps[int(len(gaps) * 0.99)]


def _scanned(pages: int) -> bytes:
    """Pages like a scanned packet: each a full-page photo-like image (noise, so nothing is cheap to draw)."""
    import pymupdf

    doc = pymupdf.open()
    for n in range(pages):
        pix = pymupdf.Pixmap(pymupdf.csRGB, 1240, 1754, os.urandom(1240 * 1754 * 3), False)
        page = doc.new_page()
        page.insert_image(page.rect, stream=pix.tobytes("jpeg", jpg_quality=60))
        page.insert_text((72, 72), f"Scanned page {n + 1}", fontsize=20)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def run(pages: int, *, scanned: bool = False) -> list[str]:
    import pymupdf
    from PySide6.QtWidgets import QApplication

    from ecabinet.pdf.corpus import build_document
    from ecabinet.pdf.render import render_page
    from ecabinet.ui.viewer.renderer import RenderService
    from ecabinet.ui.viewer.view import DocumentView

    app = QApplication.instance() or QApplication([])
    if scanned:
        data = _scanned(pages)
    else:
        data = build_document(title="State Budget Estimate 2027 — Annex", language="en", pages=pages, seed=3)
    service = RenderService()
    view = DocumentView(service)
    view.resize(900, 1200)
    view.show()
    shown: list[str] = []
    view.document_shown.connect(shown.append)
    service.open_document("annex", data)
    view.set_document("annex")
    deadline = time.monotonic() + 30
    while not shown and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    bar = view.verticalScrollBar()
    ticks = max(10, min(600, pages * 3))
    per_tick = max(1, bar.maximum() // ticks)
    ours = _fling(lambda n: bar.setValue(min(bar.maximum(), (n + 1) * per_tick)), ticks)
    service.shutdown()

    doc = pymupdf.open(stream=data, filetype="pdf")
    scale = view.render_scale()

    def naive(n: int) -> None:
        page = min(doc.page_count - 1, (n + 1) * doc.page_count // ticks)
        render_page(doc, page, scale=scale)

    baseline = _fling(naive, ticks)
    view.close()
    return [
        f"fling through {pages} {'scanned' if scanned else 'text'} pages ({ticks} steps of 8 ms), heartbeat every 2 ms",
        f"{'viewer':<40} {'longest stall':>14} {'p99 gap':>9}",
        f"{'eCabinet (render process)':<40} {ours[0]:>11.1f} ms {ours[1]:>6.1f} ms",
        f"{'baseline: render on the GUI thread':<40} {baseline[0]:>11.1f} ms {baseline[1]:>6.1f} ms",
        f"ratio (baseline / ours, longest stall): {baseline[0] / ours[0]:.1f}x",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--pages", type=int, default=320, help="pages of the text document")
    parser.add_argument("--scanned-pages", type=int, default=30, help="pages of the scanned-like document (0: skip)")
    args = parser.parse_args(argv)
    for line in run(args.pages):
        print(line)
    if args.scanned_pages:
        for line in run(args.scanned_pages, scanned=True):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
