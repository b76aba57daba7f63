"""Benchmark: the reader's rendering on the demo's 320-page annex, against poppler's `pdftoppm`.

Rows (all at the same pixel size per page, `--scale` pixels per point, A4 at 1.5 is 893 x 1263):
- time to first page: `open_document` -> `page_rendered` for page 1, with the worker already running (as in the
  app, which starts it at launch) and cold (spawn included, what the app avoids);
- render in-process: `ecabinet.pdf.render.render_page` alone (BGRA straight into the buffer);
- RGB + Qt convert: what a swap would cost instead, PyMuPDF RGB then `QImage.convertToFormat(Format_RGB32)`;
- via RenderService: request -> `page_rendered` in the GUI process (worker render + pipe + one copy);
- page turn from cache: `go_to_page` + a synchronous repaint of the view when the pixels are cached;
- pdftoppm per page: one `pdftoppm -f n -l n -scale-to-x W -scale-to-y H` call (process start included, as a
  per-page tool is used), and amortised over one call that renders all the sampled range.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_render.py [--pages 320] [--sample 40] [--scale 1.5]
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TITLE = "State Budget Estimate 2027 — Annex"


def _stats(seconds: Sequence[float]) -> tuple[float, float]:
    """Median and 95th percentile in milliseconds."""
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _wait(signal: Any, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop until `predicate` holds, checking whenever `signal` fires.

    A real event loop, not a polling loop: a busy GUI thread would hold the GIL and delay the listener thread by
    up to the 5 ms switch interval, which the app (idle in its event loop) never does.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return
    loop = QEventLoop()

    def check(*_args: object) -> None:
        if predicate():
            loop.quit()

    signal.connect(check)
    QTimer.singleShot(round(timeout * 1000), loop.quit)
    loop.exec()
    signal.disconnect(check)
    if not predicate():
        raise TimeoutError("render did not arrive")


def _rss_mb() -> float:
    """Resident memory of this process now (Linux), else the peak (elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, default=320, help="pages in the generated annex (default 320)")
    parser.add_argument("--sample", type=int, default=40, help="pages measured, spread over the document")
    parser.add_argument("--scale", type=float, default=1.5, help="pixels per point (default 1.5)")
    args = parser.parse_args(argv)

    import pymupdf
    from PySide6.QtGui import QImage
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ecabinet.pdf.corpus import build_document
    from ecabinet.pdf.render import pixel_rect, render_page
    from ecabinet.ui.viewer import DocumentView, RenderService

    app = QApplication.instance() or QApplication([])
    assert app is not None
    started = time.perf_counter()
    data = build_document(title=TITLE, language="en", pages=args.pages, seed=3)
    print(f"document: {args.pages} pages, {len(data) / 1e6:.1f} MB, generated in {time.perf_counter() - started:.1f} s")
    doc = pymupdf.open(stream=data, filetype="pdf")
    count = doc.page_count
    step = max(1, count // max(1, args.sample))
    sample = list(range(0, count, step))[: args.sample]
    scale = args.scale
    rows: list[tuple[str, float, float, str]] = []  # label, median ms, p95 ms, note

    # --- time to first page -------------------------------------------------------------------------------------
    def first_page(service: RenderService, doc_id: str) -> float:
        begin = time.perf_counter()
        service.open_document(doc_id, data)
        _wait(service.document_opened, lambda: service.page_sizes(doc_id) is not None)
        service.request(doc_id, 0, scale)
        _wait(service.page_rendered, lambda: service.cached(doc_id, 0, scale) is not None)
        return time.perf_counter() - begin

    warm_times: list[float] = []
    cold_times: list[float] = []
    for attempt in range(3):
        cold = RenderService()
        cold_times.append(first_page(cold, f"cold{attempt}"))
        cold.shutdown()
    service = RenderService()
    time.sleep(1.0)  # the app started the worker at launch; let it finish booting
    for attempt in range(3):
        warm_times.append(first_page(service, f"warm{attempt}"))
        service.close_document(f"warm{attempt}")
    rows.append(("first page (worker running)", *_stats(warm_times), "open + sizes + render + copy"))
    rows.append(("first page (cold, spawn incl.)", *_stats(cold_times), "what starting at launch avoids"))

    # --- render in-process, and the cost of a colour swap ------------------------------------------------------
    inprocess: list[float] = []
    rgb_convert: list[float] = []
    for page in sample:
        begin = time.perf_counter()
        render_page(doc, page, scale=scale)
        inprocess.append(time.perf_counter() - begin)
        begin = time.perf_counter()
        pix = doc.load_page(page).get_pixmap(matrix=pymupdf.Matrix(scale, scale), annots=False)
        image = QImage(pix.samples_mv, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888)
        image.convertToFormat(QImage.Format.Format_RGB32)
        rgb_convert.append(time.perf_counter() - begin)
    rows.append(("render in-process (BGRA)", *_stats(inprocess), "render_page, no swap"))
    rows.append(("RGB render + Qt convert", *_stats(rgb_convert), "the swap we avoid"))

    # --- via the service -----------------------------------------------------------------------------------------
    service.open_document("annex", data)
    _wait(service.document_opened, lambda: service.page_sizes("annex") is not None)
    via_service: list[float] = []
    worker_only: list[float] = []
    for page in sample:
        begin = time.perf_counter()
        service.request("annex", page, scale)
        _wait(service.page_rendered, lambda page=page: service.cached("annex", page, scale) is not None)  # type: ignore[misc]
        via_service.append(time.perf_counter() - begin)
        worker_only.append(service.last_render_seconds)
    rows.append(("render in worker", *_stats(worker_only), "worker's own time"))
    rows.append(("via RenderService", *_stats(via_service), "request -> image in GUI"))

    # --- page turn from cache ---------------------------------------------------------------------------------
    view = DocumentView(service)
    view.resize(round(595 * scale + 2 * DocumentView.MARGIN + 20), 900)
    view.set_zoom(scale / view.devicePixelRatioF())
    view.show()
    QTest.qWaitForWindowExposed(view)
    view.set_document("annex")
    _wait(view.document_shown, lambda: view.page_count() == count)
    turn_cached: list[float] = []
    turn_cold: list[float] = []
    for page in sample:
        service.request("annex", page, view.render_scale())
    _wait(
        service.page_rendered, lambda: all(service.cached("annex", p, view.render_scale()) is not None for p in sample)
    )
    painted = view.paint_count
    for page in sample:
        begin = time.perf_counter()
        view.go_to_page(page)
        view.viewport().repaint()
        turn_cached.append(time.perf_counter() - begin)
    assert view.paint_count - painted >= len(sample), "the view must really paint each turn"
    rows.append(("page turn from cache", *_stats(turn_cached), "go_to_page + repaint"))
    uncached = [p + 1 for p in sample if p + 1 < count and service.cached("annex", p + 1, view.render_scale()) is None]
    service.cache.clear()
    for page in uncached[: len(sample)]:
        begin = time.perf_counter()
        view.go_to_page(page)
        _wait(service.page_rendered, lambda page=page: service.cached("annex", page, view.render_scale()) is not None)  # type: ignore[misc]
        view.viewport().repaint()
        turn_cold.append(time.perf_counter() - begin)
    if turn_cold:
        rows.append(("page turn, not cached", *_stats(turn_cold), "go_to_page -> painted"))

    # --- pdftoppm ------------------------------------------------------------------------------------------------
    pdftoppm = shutil.which("pdftoppm")
    poppler_note = ""
    if pdftoppm:
        width_height = [pixel_rect((doc[p].rect.width, doc[p].rect.height), scale) for p in sample]
        with tempfile.TemporaryDirectory() as folder:
            pdf_path = Path(folder) / "annex.pdf"  # pdftoppm needs a file; this is a benchmark, not the app
            pdf_path.write_bytes(data)
            per_call: list[float] = []
            for page, (_x0, _y0, x1, y1) in zip(sample, width_height, strict=True):
                begin = time.perf_counter()
                subprocess.run(
                    [pdftoppm, "-f", str(page + 1), "-l", str(page + 1), "-scale-to-x", str(x1), "-scale-to-y",
                     str(y1), "-singlefile", str(pdf_path), str(Path(folder) / "out")],
                    check=True,
                )  # fmt: skip
                per_call.append(time.perf_counter() - begin)
            out = Path(folder) / "out.ppm"
            header = out.read_bytes()[:20].split()
            assert (int(header[1]), int(header[2])) == (width_height[-1][2], width_height[-1][3]), header
            first, last = sample[0] + 1, sample[0] + len(sample)
            x1, y1 = width_height[0][2], width_height[0][3]
            begin = time.perf_counter()
            subprocess.run(
                [pdftoppm, "-f", str(first), "-l", str(last), "-scale-to-x", str(x1), "-scale-to-y", str(y1),
                 str(pdf_path), str(Path(folder) / "range")],
                check=True,
            )  # fmt: skip
            amortised = (time.perf_counter() - begin) / len(sample)
        rows.append(("pdftoppm, one call per page", *_stats(per_call), "process start included"))
        rows.append(("pdftoppm, one call for all", amortised * 1000, amortised * 1000, f"{len(sample)} pages / call"))
    else:
        poppler_note = "pdftoppm not found: install poppler-utils for the comparison column"

    cache_mb = service.cache.size_bytes / (1024 * 1024)
    rss_mb = _rss_mb()
    service.shutdown()
    view.deleteLater()
    doc.close()

    # --- table ---------------------------------------------------------------------------------------------------
    reference = next((row for row in rows if row[0] == "render in-process (BGRA)"), None)
    print(f"\npages measured: {len(sample)} of {count}, scale {scale} (A4 -> {pixel_rect((595, 842), scale)[2:]})")
    print(f"{'measure':<32}{'median ms':>11}{'p95 ms':>9}{'ratio':>8}  note")
    for label, median, p95, note in rows:
        ratio = f"{median / reference[1]:.2f}" if reference and reference[1] > 0 else ""
        print(f"{label:<32}{median:>11.2f}{p95:>9.2f}{ratio:>8}  {note}")
    print("(ratio = median / median of the in-process BGRA render; above 1 is slower)")
    if pdftoppm:
        ours = statistics.median(inprocess) * 1000
        theirs_per_call = next(row[1] for row in rows if row[0] == "pdftoppm, one call per page")
        theirs_amortised = next(row[1] for row in rows if row[0] == "pdftoppm, one call for all")
        print(
            f"pdftoppm vs ours: {theirs_per_call / ours:.1f}x slower per call, "
            f"{theirs_amortised / ours:.1f}x slower amortised"
        )
    else:
        print(poppler_note)
    limit_mb = service.cache.limit_bytes // (1024 * 1024)
    print(f"GUI process RSS at the end: {rss_mb:.0f} MB (document generation included); cache {cache_mb:.0f} MB,")
    print(f"  limit {limit_mb} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
