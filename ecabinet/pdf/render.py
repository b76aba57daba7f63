"""Render PDF pages to BGRA pixels, and the render worker's main loop (no Qt).

Why a worker process: neither PyMuPDF nor QtPdf releases the GIL while rendering, so rendering in a thread of
the GUI process stalls the GUI for a whole page. The reader therefore runs `worker_main` in a spawned process,
sends it the decrypted document bytes over a pipe (never a plaintext file on disk or in /dev/shm) and gets the
pixels back through a shared-memory segment that the GUI process owns and names in each request.

Why BGRA: Qt's `QImage.Format_RGB32`/`Format_ARGB32_Premultiplied` are 32-bit `0xAARRGGBB` words, which on a
little-endian machine lie in memory as B, G, R, A. MuPDF renders straight into that order when the pixmap's
colourspace is `fz_device_bgr()` with an alpha channel, so there is no per-pixel swap anywhere: the render is
even slightly cheaper than RGB (no 3-byte packing). We also render *in place*: the pixmap is made over the
caller's buffer (`fz_new_pixmap_with_data`), so the worker writes the pixels directly into shared memory with
no intermediate copy. The buffer is cleared to opaque white first, so alpha is always 255 and Qt may treat the
image as opaque `Format_RGB32` (the fastest format to paint).

Pages are rendered with their content only (`fz_run_page_contents`, the same as `get_pixmap(annots=False)`):
the reader draws annotations as an overlay of its own.
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import math
import time
import traceback
from collections import OrderedDict
from dataclasses import dataclass
from multiprocessing import shared_memory
from multiprocessing.connection import Connection

import pymupdf
from pymupdf import mupdf

__all__ = [
    "BYTES_PER_PIXEL",
    "MAX_PIXELS",
    "Clip",
    "CloseCommand",
    "Command",
    "DocumentOpened",
    "ForgetSegmentCommand",
    "OpenCommand",
    "OutlineEntry",
    "PageFailed",
    "PageWords",
    "QuitCommand",
    "RenderCommand",
    "Rendered",
    "Reply",
    "Word",
    "WordsCommand",
    "outline",
    "page_sizes",
    "page_words",
    "pixel_rect",
    "render_page",
    "worker_main",
]

BYTES_PER_PIXEL = 4
# A guard against absurd zoom requests (a 3x zoom of an A0 poster is ~60 MP); beyond this, ask for a clip.
MAX_PIXELS = 80_000_000

Clip = tuple[float, float, float, float]
"""A region of a page in points, (x0, y0, x1, y1), in the page's displayed (rotated) space, origin top-left."""

# MuPDF's fz_round_rect tolerance: an edge within this of a whole pixel snaps to it instead of adding a column.
_ROUND_EPSILON = 0.001


@dataclass(frozen=True)
class RenderedPage:
    """Pixels of one render: `height` rows of `stride` bytes, each pixel B, G, R, A (A always 255)."""

    width: int
    height: int
    stride: int
    samples: memoryview


def pixel_rect(page_size: tuple[float, float], scale: float, clip: Clip | None = None) -> tuple[int, int, int, int]:
    """The integer pixel rectangle (x0, y0, x1, y1) a render of `clip` (or the page) at `scale` covers.

    Pure arithmetic, the same rounding as MuPDF's `fz_round_rect`, so the GUI process can size a shared-memory
    segment exactly before it asks the worker (which uses this very function) to fill it.
    """
    width, height = page_size
    x0, y0, x1, y1 = (0.0, 0.0, width, height) if clip is None else clip
    x0, y0 = max(x0, 0.0), max(y0, 0.0)
    x1, y1 = min(x1, width), min(y1, height)
    if x1 <= x0 or y1 <= y0:
        return (0, 0, 0, 0)
    return (
        math.floor(x0 * scale + _ROUND_EPSILON),
        math.floor(y0 * scale + _ROUND_EPSILON),
        math.ceil(x1 * scale - _ROUND_EPSILON),
        math.ceil(y1 * scale - _ROUND_EPSILON),
    )


@dataclass(frozen=True)
class OutlineEntry:
    """One bookmark of a document's outline: its depth (1 = top level), its title, its 0-based page."""

    level: int
    title: str
    page: int


#: A hostile or broken PDF can carry an enormous outline; nobody reads more than this many bookmarks.
MAX_OUTLINE_ENTRIES = 5000


def outline(doc: pymupdf.Document) -> tuple[OutlineEntry, ...]:
    """The document's bookmarks that point at a page of it (external links and broken targets are left out)."""
    try:
        toc = doc.get_toc(simple=True)
    except Exception:  # a damaged outline must not stop the document from opening
        return ()
    entries: list[OutlineEntry] = []
    for level, title, page in toc[:MAX_OUTLINE_ENTRIES]:
        if 1 <= int(page) <= doc.page_count:
            entries.append(OutlineEntry(max(1, int(level)), " ".join(str(title).split()), int(page) - 1))
    return tuple(entries)


def page_words(doc: pymupdf.Document | None, page: int) -> tuple[Word, ...]:
    """The words of `page` in reading order (block, line, word), or () when there is no such page or text."""
    if doc is None or not 0 <= page < doc.page_count:
        return ()
    try:
        raw = doc.load_page(page).get_text("words", sort=False)
    except Exception:  # a broken content stream: no words to snap to, the page still renders what it can
        return ()
    ordered = sorted(raw, key=lambda w: (w[5], w[6], w[7]))
    return tuple((float(w[0]), float(w[1]), float(w[2]), float(w[3]), str(w[4])) for w in ordered)


def page_sizes(doc: pymupdf.Document) -> list[tuple[float, float]]:
    """Every page's displayed size in points (rotation applied): what a layout needs before any pixel exists."""
    sizes: list[tuple[float, float]] = []
    for number in range(doc.page_count):
        rect = doc.load_page(number).rect
        sizes.append((float(rect.width), float(rect.height)))
    return sizes


class BufferTooSmallError(ValueError):
    """The target buffer cannot hold the render; `needed` says how many bytes would."""

    def __init__(self, needed: int, available: int) -> None:
        super().__init__(f"render needs {needed} bytes, buffer has {available}")
        self.needed = needed


def render_page(
    doc: pymupdf.Document,
    page_no: int,
    *,
    scale: float,
    clip: Clip | None = None,
    into: memoryview | bytearray | None = None,
) -> RenderedPage:
    """Render page `page_no` (0-based) at `scale` pixels per point, optionally only `clip`, as BGRA.

    With `into`, the pixels are written straight into that writable buffer (a shared-memory segment in the
    worker) and `samples` is a view of it; otherwise a new bytearray is made. Annotations are not drawn.
    """
    if scale <= 0 or not math.isfinite(scale):
        raise ValueError(f"bad scale {scale!r}")
    page = doc.load_page(page_no)
    size = (float(page.rect.width), float(page.rect.height))
    x0, y0, x1, y1 = pixel_rect(size, scale, clip)
    width, height = x1 - x0, y1 - y0
    if width <= 0 or height <= 0:
        raise ValueError(f"empty render: page {page_no} clip {clip!r}")
    if width * height > MAX_PIXELS:
        raise ValueError(f"render of {width}x{height} pixels is too large; ask for a clip")
    stride = width * BYTES_PER_PIXEL
    needed = stride * height
    buffer: memoryview
    if into is None:
        buffer = memoryview(bytearray(needed))
    else:
        buffer = into if isinstance(into, memoryview) else memoryview(into)
        if buffer.nbytes < needed:
            raise BufferTooSmallError(needed, buffer.nbytes)
        buffer = buffer.cast("B")[:needed]
    pointer = mupdf.python_mutable_buffer_data(buffer)
    pixmap = mupdf.fz_new_pixmap_with_data(
        mupdf.fz_device_bgr(), width, height, mupdf.FzSeparations(), 1, stride, pointer
    )
    try:
        mupdf.fz_clear_pixmap_with_value(pixmap, 0xFF)  # opaque white paper
        # Page space -> pixels: scale, then move the clip's top-left pixel to (0, 0).
        ctm = mupdf.FzMatrix(scale, 0, 0, scale, -x0, -y0)
        device = mupdf.fz_new_draw_device(ctm, pixmap)
        try:
            mupdf.fz_run_page_contents(page.this, device, mupdf.FzMatrix(), mupdf.FzCookie())
            mupdf.fz_close_device(device)
        finally:
            del device
    finally:
        del pixmap, pointer  # the pixmap borrows `buffer`; drop it before anyone else may reuse the memory
    return RenderedPage(width=width, height=height, stride=stride, samples=buffer)


# --------------------------------------------------------------------------------------------------------------
# The worker protocol: small picklable messages over a multiprocessing Connection. Pixels never travel in a
# message; they are written into the shared-memory segment the render command names.
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenCommand:
    """Open a document from its (decrypted) bytes, known from now on as `doc_id`."""

    doc_id: str
    data: bytes


@dataclass(frozen=True)
class CloseCommand:
    doc_id: str


@dataclass(frozen=True)
class RenderCommand:
    """Render into segment `shm_name` (at least `shm_size` bytes); replied to with `Rendered` or `PageFailed`."""

    request_id: int
    doc_id: str
    page: int
    scale: float
    clip: Clip | None
    shm_name: str
    shm_size: int


@dataclass(frozen=True)
class ForgetSegmentCommand:
    """The GUI process unlinked this segment: detach from it so its memory is freed."""

    shm_name: str


@dataclass(frozen=True)
class QuitCommand:
    pass


@dataclass(frozen=True)
class WordsCommand:
    """Send the words of a page with their boxes (the highlighter snaps to them); answered with `PageWords`."""

    doc_id: str
    page: int


Command = OpenCommand | CloseCommand | RenderCommand | ForgetSegmentCommand | QuitCommand | WordsCommand


@dataclass(frozen=True)
class DocumentOpened:
    """Reply to `OpenCommand`: the page sizes in points, or `error` if the bytes are not a readable PDF.

    The outline travels with the sizes because the worker has the document open anyway: reading it in the GUI
    process would mean a second `pymupdf.open`, which holds the GIL for tens of milliseconds on a large packet.
    """

    doc_id: str
    page_sizes: list[tuple[float, float]]
    error: str | None = None
    outline: tuple[OutlineEntry, ...] = ()


@dataclass(frozen=True)
class Rendered:
    """Reply to `RenderCommand`: the segment now holds `height` rows of `stride` bytes of BGRA."""

    request_id: int
    doc_id: str
    page: int
    scale: float
    clip: Clip | None
    width: int
    height: int
    stride: int
    shm_name: str
    seconds: float


@dataclass(frozen=True)
class PageFailed:
    """Reply to `RenderCommand` when it could not be done; `needed` is set when the segment was too small."""

    request_id: int
    doc_id: str
    page: int
    message: str
    needed: int | None = None


#: One word of a page: its box in the page's displayed space (points, origin top-left), and its text.
Word = tuple[float, float, float, float, str]


@dataclass(frozen=True)
class PageWords:
    """Reply to `WordsCommand`: the page's words in reading order (empty for a page without a text layer)."""

    doc_id: str
    page: int
    words: tuple[Word, ...]


Reply = DocumentOpened | Rendered | PageFailed | PageWords


class _Segments:
    """Shared-memory segments attached in the worker, by name; the GUI process creates and unlinks them.

    Attaching registers the name with the resource tracker that the spawned worker shares with its parent (a set,
    so nothing changes); the worker never unlinks, so a crash of the worker loses no segment, and the parent's
    tracker still unlinks them should the parent itself die.
    """

    def __init__(self, limit: int = 16) -> None:
        self._limit = limit
        self._attached: OrderedDict[str, shared_memory.SharedMemory] = OrderedDict()

    def get(self, name: str) -> shared_memory.SharedMemory:
        segment = self._attached.get(name)
        if segment is None:
            segment = shared_memory.SharedMemory(name=name, create=False)
            self._attached[name] = segment
            while len(self._attached) > self._limit:
                _, old = self._attached.popitem(last=False)
                old.close()
        else:
            self._attached.move_to_end(name)
        return segment

    def forget(self, name: str) -> None:
        segment = self._attached.pop(name, None)
        if segment is not None:
            segment.close()

    def close_all(self) -> None:
        for segment in self._attached.values():
            segment.close()
        self._attached.clear()


def _handle_render(command: RenderCommand, docs: dict[str, pymupdf.Document], segments: _Segments) -> Reply:
    doc = docs.get(command.doc_id)
    if doc is None:
        return PageFailed(command.request_id, command.doc_id, command.page, "document is not open")
    if not 0 <= command.page < doc.page_count:
        return PageFailed(command.request_id, command.doc_id, command.page, "no such page")
    start = time.perf_counter()
    try:
        segment = segments.get(command.shm_name)
        assert segment.buf is not None  # attached segments always have a buffer
        buffer = segment.buf[: min(command.shm_size, segment.size)]
        try:
            result = render_page(doc, command.page, scale=command.scale, clip=command.clip, into=buffer)
            width, height, stride = result.width, result.height, result.stride
            del result
        finally:
            buffer.release()
    except BufferTooSmallError as error:
        return PageFailed(command.request_id, command.doc_id, command.page, str(error), needed=error.needed)
    except Exception as error:  # a broken page must not take the worker down with it
        return PageFailed(command.request_id, command.doc_id, command.page, f"{type(error).__name__}: {error}")
    return Rendered(
        request_id=command.request_id,
        doc_id=command.doc_id,
        page=command.page,
        scale=command.scale,
        clip=command.clip,
        width=width,
        height=height,
        stride=stride,
        shm_name=command.shm_name,
        seconds=time.perf_counter() - start,
    )


def worker_main(conn: Connection) -> None:
    """Serve commands from `conn` until `QuitCommand` or until the other end goes away (EOF).

    Runs in a spawned process. Documents are opened from bytes in memory (`pymupdf.open(stream=...)`), so the
    plaintext never touches a file system; each render is answered before the next command is read, which lets
    the GUI process keep the queue short and drop stale requests on its side (cancellation without races).
    """
    pymupdf.TOOLS.mupdf_display_errors(False)  # errors come back as replies; keep stderr for real crashes
    docs: dict[str, pymupdf.Document] = {}
    segments = _Segments()
    try:
        while True:
            try:
                command = conn.recv()
            except (EOFError, OSError):
                break
            if isinstance(command, QuitCommand):
                break
            if isinstance(command, RenderCommand):
                conn.send(_handle_render(command, docs, segments))
            elif isinstance(command, WordsCommand):
                conn.send(PageWords(command.doc_id, command.page, page_words(docs.get(command.doc_id), command.page)))
            elif isinstance(command, OpenCommand):
                old = docs.pop(command.doc_id, None)
                if old is not None:
                    old.close()
                try:
                    doc = pymupdf.open(stream=command.data, filetype="pdf")
                    sizes = page_sizes(doc)
                except Exception as error:
                    conn.send(DocumentOpened(command.doc_id, [], error=f"{type(error).__name__}: {error}"))
                else:
                    docs[command.doc_id] = doc
                    conn.send(DocumentOpened(command.doc_id, sizes, outline=outline(doc)))
            elif isinstance(command, CloseCommand):
                old = docs.pop(command.doc_id, None)
                if old is not None:
                    old.close()
            elif isinstance(command, ForgetSegmentCommand):
                segments.forget(command.shm_name)
    except BrokenPipeError:
        pass
    except Exception:
        traceback.print_exc()
        raise
    finally:
        segments.close_all()
        for doc in docs.values():
            doc.close()
