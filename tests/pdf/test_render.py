"""Page rendering to BGRA and the render worker's protocol, without Qt and without a process."""

# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import threading
from collections.abc import Iterator
from multiprocessing import Pipe, shared_memory
from multiprocessing.connection import Connection

import pymupdf
import pytest

from ecabinet.pdf.corpus import build_document
from ecabinet.pdf.render import (
    BufferTooSmallError,
    CloseCommand,
    DocumentOpened,
    OpenCommand,
    PageFailed,
    QuitCommand,
    RenderCommand,
    Rendered,
    page_sizes,
    pixel_rect,
    render_page,
    worker_main,
)

RED_BGRA = b"\x00\x00\xff\xff"
WHITE_BGRA = b"\xff\xff\xff\xff"


@pytest.fixture(scope="module")
def paper() -> bytes:
    return build_document(title="Render test paper", language="en", pages=5, seed=1)


@pytest.fixture
def doc(paper: bytes) -> Iterator[pymupdf.Document]:
    document = pymupdf.open(stream=paper, filetype="pdf")
    yield document
    document.close()


def _red_square_document(*, rotation: int = 0) -> pymupdf.Document:
    """A 200x100 pt page with a red square at (20, 20)-(60, 60) and a blue annotation at (120, 20)-(180, 80)."""
    document = pymupdf.open()
    page = document.new_page(width=200, height=100)
    page.draw_rect(pymupdf.Rect(20, 20, 60, 60), color=(1, 0, 0), fill=(1, 0, 0))
    annot = page.add_rect_annot(pymupdf.Rect(120, 20, 180, 80))
    annot.set_colors(stroke=(0, 0, 1), fill=(0, 0, 1))
    annot.update()
    page.set_rotation(rotation)
    return document


def _pixel(samples: memoryview | bytes, stride: int, x: int, y: int) -> bytes:
    offset = y * stride + x * 4
    return bytes(samples[offset : offset + 4])


def test_render_page_has_the_expected_size_and_ink(doc: pymupdf.Document) -> None:
    result = render_page(doc, 0, scale=1.5)
    assert (result.width, result.height) == (893, 1263)  # A4 is 595 x 842 pt; 892.5 rounds up
    assert result.stride == result.width * 4
    assert result.samples.nbytes == result.stride * result.height
    data = bytes(result.samples)
    assert data[:4] == WHITE_BGRA  # margin: white paper
    dark = sum(1 for i in range(0, len(data), 4) if data[i] < 100 and data[i + 1] < 100 and data[i + 2] < 100)
    assert dark > 2000, "the page should carry text"
    assert all(data[i] == 0xFF for i in range(3, len(data), 4 * 997)), "alpha is always opaque"


def test_pixels_are_bgra_and_annotations_are_not_drawn() -> None:
    document = _red_square_document()
    result = render_page(document, 0, scale=1.0)
    assert (result.width, result.height) == (200, 100)
    assert _pixel(result.samples, result.stride, 40, 40) == RED_BGRA  # B=0, G=0, R=255, A=255
    assert _pixel(result.samples, result.stride, 5, 5) == WHITE_BGRA
    assert _pixel(result.samples, result.stride, 150, 50) == WHITE_BGRA, "annotations are our overlay, not pixels"
    # The same page through PyMuPDF's own renderer, with annotations, does show the annotation: the test can fail.
    with_annots = document[0].get_pixmap(annots=True)
    assert with_annots.pixel(150, 50) == (0, 0, 255)


def test_rotated_page_is_rendered_as_displayed() -> None:
    document = _red_square_document(rotation=90)
    result = render_page(document, 0, scale=1.0)
    assert (result.width, result.height) == (100, 200)
    reference = document[0].get_pixmap(annots=False)
    for x, y in [(40, 40), (60, 40), (10, 190), (50, 100)]:
        assert _pixel(result.samples, result.stride, x, y)[:3] == bytes(reversed(reference.pixel(x, y)))


def test_clip_renders_the_same_pixels_as_the_whole_page(doc: pymupdf.Document) -> None:
    scale = 2.0
    whole = render_page(doc, 0, scale=scale)
    clip = (100.0, 200.0, 300.0, 260.0)
    part = render_page(doc, 0, scale=scale, clip=clip)
    assert (part.width, part.height) == (400, 120)
    for row in (0, 37, 119):
        got = bytes(part.samples[row * part.stride : (row + 1) * part.stride])
        start = (400 + row) * whole.stride + 200 * 4
        assert got == bytes(whole.samples[start : start + part.stride])


@pytest.mark.parametrize("scale", [0.37, 1.0, 1.3333, 2.718, 3.0])
@pytest.mark.parametrize("clip", [None, (13.3, 7.7, 211.1, 409.9), (0, 0, 595, 842)])
def test_pixel_rect_agrees_with_pymupdf(doc: pymupdf.Document, scale: float, clip: tuple[float, ...] | None) -> None:
    """The GUI sizes shared memory with pixel_rect; it must match what MuPDF makes for the same request."""
    page = doc[0]
    reference = page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), clip=clip, annots=False)
    x0, y0, x1, y1 = pixel_rect((page.rect.width, page.rect.height), scale, clip)  # type: ignore[arg-type]
    assert (x1 - x0, y1 - y0) == (reference.width, reference.height)
    result = render_page(doc, 0, scale=scale, clip=clip)  # type: ignore[arg-type]
    assert (result.width, result.height) == (reference.width, reference.height)


def test_render_into_a_buffer_checks_its_size(doc: pymupdf.Document) -> None:
    target = bytearray(100)
    with pytest.raises(BufferTooSmallError) as caught:
        render_page(doc, 0, scale=1.0, into=target)
    assert caught.value.needed == 595 * 842 * 4
    big = bytearray(595 * 842 * 4 + 64)
    result = render_page(doc, 0, scale=1.0, into=big)
    assert bytes(big[:4]) == WHITE_BGRA and result.samples.obj is big


def test_bad_requests_raise(doc: pymupdf.Document) -> None:
    with pytest.raises(ValueError):
        render_page(doc, 0, scale=0)
    with pytest.raises(ValueError):
        render_page(doc, 0, scale=1.0, clip=(700, 0, 800, 10))  # outside the page
    with pytest.raises(ValueError):
        render_page(doc, 0, scale=60.0)  # 1.8 gigapixels: ask for a clip instead


def test_page_sizes(doc: pymupdf.Document) -> None:
    assert page_sizes(doc) == [(595.0, 842.0)] * 5


@pytest.fixture
def worker() -> Iterator[Connection]:
    """`worker_main` in a thread of this process, talking over a real pipe."""
    ours, theirs = Pipe()
    thread = threading.Thread(target=worker_main, args=(theirs,), daemon=True)
    thread.start()
    yield ours
    ours.send(QuitCommand())
    thread.join(timeout=5)
    assert not thread.is_alive()


def test_worker_opens_renders_into_shared_memory_and_reports_errors(worker: Connection, paper: bytes) -> None:
    worker.send(OpenCommand("bad", b"not a pdf at all"))
    failed = worker.recv()
    assert isinstance(failed, DocumentOpened) and failed.error and failed.page_sizes == []

    worker.send(OpenCommand("paper", paper))
    opened = worker.recv()
    assert isinstance(opened, DocumentOpened) and opened.error is None
    assert (opened.doc_id, opened.page_sizes) == ("paper", [(595.0, 842.0)] * 5)
    assert opened.outline and opened.outline[0].title == "1. Background" and opened.outline[0].page == 0

    needed = 298 * 421 * 4  # scale 0.5
    segment = shared_memory.SharedMemory(create=True, size=needed)
    try:
        assert segment.buf is not None
        segment.buf[:4] = b"\x01\x02\x03\x04"
        worker.send(RenderCommand(7, "paper", 2, 0.5, None, segment.name, needed))
        reply = worker.recv()
        assert isinstance(reply, Rendered)
        assert (reply.request_id, reply.page, reply.width, reply.height) == (7, 2, 298, 421)
        assert bytes(segment.buf[:4]) == WHITE_BGRA, "the worker wrote into the segment it was given"
        assert any(segment.buf[i] < 100 for i in range(0, needed, 4)), "with ink on it"

        worker.send(RenderCommand(8, "paper", 2, 1.0, None, segment.name, needed))
        too_small = worker.recv()
        assert isinstance(too_small, PageFailed) and too_small.needed == 595 * 842 * 4

        worker.send(RenderCommand(9, "paper", 99, 0.5, None, segment.name, needed))
        assert isinstance(worker.recv(), PageFailed)

        worker.send(CloseCommand("paper"))
        worker.send(RenderCommand(10, "paper", 0, 0.5, None, segment.name, needed))
        closed = worker.recv()
        assert isinstance(closed, PageFailed) and "not open" in closed.message
    finally:
        segment.close()
        segment.unlink()
