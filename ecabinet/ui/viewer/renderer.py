"""The reader's render service: a worker process renders pages, the GUI process caches and hands out QImages.

Why a process: PyMuPDF holds the GIL for a whole page render (over a second on heavy scanned pages), so a
render thread would freeze the GUI. The worker (`ecabinet.pdf.render.worker_main`) is spawned when the service
is made, i.e. when the app starts, so the first page never waits for an interpreter to boot.

What crosses the process boundary:
- document bytes, already decrypted, over the pipe (pickled in memory): no plaintext PDF is ever written to
  disk or to /dev/shm;
- pixels only, through a small pool of POSIX shared-memory segments that this process creates, reuses across
  renders, and unlinks at shutdown. The worker never unlinks, so a crash of the worker loses nothing; should this
  process die, multiprocessing's resource tracker (shared with the spawned worker) unlinks the segments.

Image lifetime (the one copy): the listener thread builds a QImage *over* the shared segment and copies it once,
in that thread, into a QImage that owns its memory; the segment then goes straight back to the pool. A QImage
left pointing into a segment would change under its holder's feet on the next render, and pinning a segment per
cached page would make the pool as large as the cache. The copy is a memcpy (about 1 ms for an A4 page at 150
dpi) done off the GUI thread; the GUI thread does no pixel work at all. The pixels are BGRA with alpha 255, which
is Qt's native `Format_RGB32`, so painting them needs no conversion.

Spawn caveat: like every `spawn` child, the worker re-imports the parent's main *script* (not `python -m pkg`
entry points ending in `__main__`), so a script that makes a RenderService must guard its start-up with
`if __name__ == "__main__":`. A worker that keeps dying at start is given up on (`worker_failed`) instead of
being restarted in a loop.

Cancellation: at most `max_in_flight` renders are in the pipe at a time; everything else waits in a queue in
this process, which `want()` replaces wholesale. When the user flings through a document, only the pages that
are visible when the worker becomes free are rendered; the stale ones are dropped before they cost anything.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import multiprocessing
import os
import queue
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from multiprocessing import shared_memory
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from ecabinet.pdf.render import (
    BYTES_PER_PIXEL,
    Clip,
    CloseCommand,
    Command,
    DocumentOpened,
    ForgetSegmentCommand,
    OpenCommand,
    OutlineEntry,
    PageFailed,
    PageWords,
    QuitCommand,
    RenderCommand,
    Rendered,
    Reply,
    Word,
    WordsCommand,
    pixel_rect,
    worker_main,
)

__all__ = ["LANES", "ImageCache", "RenderKey", "RenderService"]

_SEGMENT_GRANULE = 1 << 20  # segments grow in whole MiB, so small size changes (zoom steps) reuse them
_CRASHES_PER_PAGE = 2  # a page that was being rendered in this many worker crashes is given up on
_RESTART_BURST = 5  # more restarts than this within _RESTART_WINDOW seconds: the worker cannot run; stop trying
_RESTART_WINDOW = 10.0
#: Who asks for renders, most urgent first: the pages in view beat the thumbnails beside them.
LANES = ("view", "thumbnails")
_LANE_RANK = {lane: rank for rank, lane in enumerate(LANES)}


class RenderKey(NamedTuple):
    """One render: a page of a document at a scale (pixels per point), whole or a clip of it (in points)."""

    doc_id: str
    page: int
    scale: float
    clip: Clip | None = None


class ImageCache:
    """Least-recently-used QImages with a limit on their total size in bytes (so memory stays bounded)."""

    def __init__(self, limit_bytes: int) -> None:
        self.limit_bytes = limit_bytes
        self._images: OrderedDict[RenderKey, QImage] = OrderedDict()
        self._bytes = 0

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._images)

    def __contains__(self, key: object) -> bool:
        return key in self._images

    def get(self, key: RenderKey) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def put(self, key: RenderKey, image: QImage) -> None:
        old = self._images.pop(key, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        self._images[key] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > self.limit_bytes and len(self._images) > 1:
            _, evicted = self._images.popitem(last=False)
            self._bytes -= evicted.sizeInBytes()

    def best(self, doc_id: str, page: int) -> tuple[float, QImage] | None:
        """The sharpest whole-page image of `page` at any scale: shown, stretched, until the right one arrives."""
        best: tuple[float, QImage] | None = None
        for key, image in self._images.items():
            if key.doc_id == doc_id and key.page == page and key.clip is None and (best is None or key.scale > best[0]):
                best = (key.scale, image)
        return best

    def drop_document(self, doc_id: str) -> None:
        for key in [key for key in self._images if key.doc_id == doc_id]:
            self._bytes -= self._images.pop(key).sizeInBytes()

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0


@dataclass
class _Worker:
    """One incarnation of the worker process and the two threads that talk to it."""

    generation: int
    process: BaseProcess
    conn: Connection
    outbox: queue.SimpleQueue[Command | None]
    sender: threading.Thread
    listener: threading.Thread


class RenderService(QObject):
    """Renders pages in a worker process, caches the images, prefetches neighbours, survives worker crashes.

    Use: `open_document(doc_id, data)`; wait for `document_opened`; then `want()` (or `request()`) renders and
    listen to `page_rendered`/`clip_rendered`, or look in the cache with `cached()`. Call `shutdown()` when done
    (the app does at exit); an atexit hook unlinks the shared memory should that be forgotten.
    """

    page_rendered = Signal(str, int, float, QImage)  # doc_id, page, scale, image (a whole page)
    clip_rendered = Signal(str, int, float, object, QImage)  # doc_id, page, scale, clip (x0, y0, x1, y1), image
    document_opened = Signal(str)  # doc_id: page sizes are now known
    document_failed = Signal(str, str)  # doc_id, message
    words_ready = Signal(str, int, object)  # doc_id, page, tuple[Word, ...] (boxes in points, reading order)
    render_failed = Signal(str, int, str)  # doc_id, page, message
    worker_restarted = Signal(int)  # how many times the worker has been restarted so far
    worker_failed = Signal(str)  # the worker keeps dying at start (e.g. an unguarded __main__); no more renders

    # From the listener thread to the GUI thread (queued connections).
    _reply_arrived = Signal(int, object, object)  # generation, reply, QImage | None
    _worker_lost = Signal(int)  # generation

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        cache_bytes: int = 256 * 1024 * 1024,
        max_in_flight: int = 2,
        start: bool = True,
    ) -> None:
        super().__init__(parent)
        self.cache = ImageCache(cache_bytes)
        self.max_in_flight = max(1, max_in_flight)
        self.restarts = 0
        self.last_render_seconds = 0.0  # the worker's own time for the latest render (for benchmarks)
        self._context = multiprocessing.get_context("spawn")
        self._worker: _Worker | None = None
        self._generation = 0
        self._closed = False
        self._documents: dict[str, bytes] = {}  # kept to reopen them in a restarted worker
        self._sizes: dict[str, list[tuple[float, float]]] = {}
        self._outlines: dict[str, tuple[OutlineEntry, ...]] = {}
        self._words: dict[tuple[str, int], tuple[Word, ...]] = {}
        self._words_asked: set[tuple[str, int]] = set()
        self._pending: OrderedDict[RenderKey, str] = OrderedDict()  # render -> the lane that wants it
        self._in_flight: dict[int, tuple[RenderKey, shared_memory.SharedMemory]] = {}
        self._request_ids = itertools.count(1)
        self._crash_counts: dict[RenderKey, int] = {}
        self._restart_times: list[float] = []
        self._segment_prefix = f"ecab{os.getpid()}_{secrets.token_hex(3)}_"
        self._segment_numbers = itertools.count()
        self._segments: dict[str, shared_memory.SharedMemory] = {}
        self._free_segments: list[shared_memory.SharedMemory] = []
        self._reply_arrived.connect(self._on_reply)
        self._worker_lost.connect(self._on_worker_lost)
        self._atexit = atexit.register(_unlink_segments, self._segments)
        if start:
            self.start()

    # ---------------------------------------------------------------------------------------------------------
    # Public API
    # ---------------------------------------------------------------------------------------------------------

    @property
    def segment_prefix(self) -> str:
        """Every shared-memory segment this service makes is named with this prefix (tests look for leftovers)."""
        return self._segment_prefix

    @property
    def worker_pid(self) -> int | None:
        return self._worker.process.pid if self._worker else None

    def start(self) -> None:
        """Spawn the worker if it is not running (done by the constructor unless `start=False`)."""
        if self._worker is None and not self._closed:
            self._spawn()

    def open_document(self, doc_id: str, data: bytes) -> None:
        """Hand the decrypted bytes to the worker; `document_opened` (or `document_failed`) follows."""
        self._documents[doc_id] = bytes(data)
        self._sizes.pop(doc_id, None)
        self._outlines.pop(doc_id, None)
        self._forget_words(doc_id)
        self.cache.drop_document(doc_id)
        self._send(OpenCommand(doc_id, self._documents[doc_id]))

    def close_document(self, doc_id: str) -> None:
        self._documents.pop(doc_id, None)
        self._sizes.pop(doc_id, None)
        self._outlines.pop(doc_id, None)
        self._forget_words(doc_id)
        self.cache.drop_document(doc_id)
        for key in [key for key in self._pending if key.doc_id == doc_id]:
            del self._pending[key]
        self._send(CloseCommand(doc_id))

    def page_sizes(self, doc_id: str) -> list[tuple[float, float]] | None:
        """Page sizes in points once the document is open, else None."""
        return self._sizes.get(doc_id)

    def words(self, doc_id: str, page: int) -> tuple[Word, ...] | None:
        """The page's words if known; otherwise ask the worker (`words_ready` follows) and return None."""
        key = (doc_id, page)
        known = self._words.get(key)
        if known is None and key not in self._words_asked and doc_id in self._documents:
            self._words_asked.add(key)
            self._send(WordsCommand(doc_id, page))
        return known

    def _forget_words(self, doc_id: str) -> None:
        for key in [key for key in self._words if key[0] == doc_id]:
            del self._words[key]
        self._words_asked = {key for key in self._words_asked if key[0] != doc_id}

    def outline(self, doc_id: str) -> tuple[OutlineEntry, ...]:
        """The document's bookmarks once it is open (empty when it has none or is not open)."""
        return self._outlines.get(doc_id, ())

    def cached(self, doc_id: str, page: int, scale: float, clip: Clip | None = None) -> QImage | None:
        return self.cache.get(RenderKey(doc_id, page, scale, clip))

    def best_cached(self, doc_id: str, page: int) -> tuple[float, QImage] | None:
        return self.cache.best(doc_id, page)

    def request(self, doc_id: str, page: int, scale: float, clip: Clip | None = None) -> QImage | None:
        """The image if cached; otherwise queue the render (after what is already queued) and return None."""
        key = RenderKey(doc_id, page, scale, clip)
        image = self.cache.get(key)
        if image is None:
            self._enqueue([key])
            self._pump()
        return image

    def want(self, visible: Iterable[RenderKey], prefetch: Iterable[RenderKey] = (), *, lane: str = "view") -> None:
        """Replace `lane`'s part of the queue: render `visible` first, then `prefetch`; drop its other requests.

        This is the cancellation: a view calls it whenever what it shows changes, so requests for pages flown
        past never reach the worker. Renders already in the pipe finish and land in the cache. Each lane (the
        pages, the thumbnails) replaces only its own requests, and the queue serves lanes in `LANES` order, so
        scrolling the thumbnails never delays the page being read.
        """
        if lane not in _LANE_RANK:
            raise ValueError(f"unknown render lane {lane!r}")
        for key in [key for key, owner in self._pending.items() if owner == lane]:
            del self._pending[key]
        self._enqueue(visible, lane)
        self._enqueue(prefetch, lane)
        if len(_LANE_RANK) > 1:
            ordered = sorted(self._pending.items(), key=lambda item: _LANE_RANK[item[1]])  # stable: keeps order
            self._pending = OrderedDict(ordered)
        self._pump()

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    @property
    def in_flight_count(self) -> int:
        return len(self._in_flight)

    def shutdown(self) -> None:
        """Stop the worker, drop the cache and unlink every shared-memory segment. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.outbox.put(QuitCommand())
            worker.outbox.put(None)
            worker.process.join(timeout=3)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(timeout=3)
            worker.sender.join(timeout=3)
            worker.listener.join(timeout=3)
            worker.conn.close()
            worker.process.close()
        self._pending.clear()
        self._in_flight.clear()
        self._free_segments.clear()
        self.cache.clear()
        self._documents.clear()
        _unlink_segments(self._segments)
        atexit.unregister(self._atexit)

    # ---------------------------------------------------------------------------------------------------------
    # Worker life
    # ---------------------------------------------------------------------------------------------------------

    def _spawn(self) -> None:
        self._generation += 1
        ours, theirs = self._context.Pipe(duplex=True)
        process = self._context.Process(target=worker_main, args=(theirs,), name="ecabinet-render", daemon=True)
        process.start()
        theirs.close()  # else our copy keeps the pipe open and we would never see the worker's EOF
        outbox: queue.SimpleQueue[Command | None] = queue.SimpleQueue()
        generation = self._generation
        sender = threading.Thread(target=_send_loop, args=(ours, outbox), name=f"render-send-{generation}", daemon=True)
        listener = threading.Thread(
            target=self._listen, args=(ours, generation), name=f"render-listen-{generation}", daemon=True
        )
        self._worker = _Worker(generation, process, ours, outbox, sender, listener)
        sender.start()
        listener.start()

    def _send(self, command: Command) -> None:
        """Queue a command for the sender thread (a big document never blocks the GUI thread on the pipe)."""
        if self._worker is not None:
            self._worker.outbox.put(command)

    def _listen(self, conn: Connection, generation: int) -> None:
        """Listener thread: wait on the pipe, copy each render out of its segment, pass replies to the GUI."""
        while True:
            try:
                reply: Reply = conn.recv()
            except (EOFError, OSError):
                self._worker_lost.emit(generation)
                return
            image = None
            if isinstance(reply, Rendered):
                segment = self._segments.get(reply.shm_name)
                if segment is not None and segment.buf is not None:
                    over = QImage(segment.buf, reply.width, reply.height, reply.stride, QImage.Format.Format_RGB32)
                    image = over.copy()
                    del over
            self._reply_arrived.emit(generation, reply, image)

    @Slot(int)
    def _on_worker_lost(self, generation: int) -> None:
        """The worker died (killed, crashed in MuPDF, out of memory): start another and carry on."""
        if self._closed or self._worker is None or generation != self._worker.generation:
            return
        old = self._worker
        self._worker = None
        old.outbox.put(None)
        old.process.join(timeout=1)
        if old.process.is_alive():
            old.process.kill()
            old.process.join(timeout=1)
        old.conn.close()
        lost = [key for key, _segment in self._in_flight.values()]
        for _key, segment in self._in_flight.values():
            self._free_segments.append(segment)
        self._in_flight.clear()
        now = time.monotonic()
        self._restart_times = [t for t in self._restart_times if now - t < _RESTART_WINDOW] + [now]
        if len(self._restart_times) > _RESTART_BURST:
            self._pending.clear()
            self.worker_failed.emit(f"the render worker exited {len(self._restart_times)} times in a row")
            return
        self._spawn()
        self.restarts += 1
        for doc_id, data in self._documents.items():
            self._send(OpenCommand(doc_id, data))
        for doc_id, page in sorted(self._words_asked):  # asked of the worker that died: ask the new one
            self._send(WordsCommand(doc_id, page))
        retry: list[RenderKey] = []
        for key in lost:
            self._crash_counts[key] = self._crash_counts.get(key, 0) + 1
            if self._crash_counts[key] >= _CRASHES_PER_PAGE:
                self.render_failed.emit(key.doc_id, key.page, "the renderer crashed on this page")
            else:
                retry.append(key)
        self._pending = OrderedDict([*((key, "view") for key in retry), *self._pending.items()])
        self.worker_restarted.emit(self.restarts)
        self._pump()

    # ---------------------------------------------------------------------------------------------------------
    # Requests and replies
    # ---------------------------------------------------------------------------------------------------------

    def _enqueue(self, keys: Iterable[RenderKey], lane: str = "view") -> None:
        busy = {key for key, _segment in self._in_flight.values()}
        for key in keys:
            if key in self.cache or key in busy or key.doc_id not in self._documents:
                continue
            owner = self._pending.get(key)
            if owner is None or _LANE_RANK[lane] < _LANE_RANK[owner]:
                self._pending[key] = lane

    def _pump(self) -> None:
        """Send queued renders while fewer than `max_in_flight` are in the pipe."""
        for key in list(self._pending):
            if self._worker is None or len(self._in_flight) >= self.max_in_flight:
                return
            sizes = self._sizes.get(key.doc_id)
            if sizes is None:
                continue  # not open yet: stays queued; document_opened pumps again
            del self._pending[key]
            if not 0 <= key.page < len(sizes):
                self.render_failed.emit(key.doc_id, key.page, "no such page")
                continue
            x0, y0, x1, y1 = pixel_rect(sizes[key.page], key.scale, key.clip)
            needed = (x1 - x0) * (y1 - y0) * BYTES_PER_PIXEL
            if needed <= 0:
                self.render_failed.emit(key.doc_id, key.page, "empty clip")
                continue
            segment = self._take_segment(needed)
            request_id = next(self._request_ids)
            self._in_flight[request_id] = (key, segment)
            self._send(RenderCommand(request_id, key.doc_id, key.page, key.scale, key.clip, segment.name, needed))

    def _take_segment(self, needed: int) -> shared_memory.SharedMemory:
        """A free segment of at least `needed` bytes: reuse one, grow one, or make one."""
        for index, segment in enumerate(self._free_segments):
            if segment.size >= needed:
                return self._free_segments.pop(index)
        size = -(-needed // _SEGMENT_GRANULE) * _SEGMENT_GRANULE
        if self._free_segments and len(self._segments) >= self.max_in_flight:
            self._drop_segment(self._free_segments.pop(0))
        name = f"{self._segment_prefix}{next(self._segment_numbers)}"
        segment = shared_memory.SharedMemory(name=name, create=True, size=size)
        self._segments[segment.name.lstrip("/")] = segment
        return segment

    def _drop_segment(self, segment: shared_memory.SharedMemory) -> None:
        name = segment.name.lstrip("/")
        self._segments.pop(name, None)
        self._send(ForgetSegmentCommand(name))
        with contextlib.suppress(BufferError):
            segment.close()
        with contextlib.suppress(FileNotFoundError):
            segment.unlink()

    @Slot(int, object, object)
    def _on_reply(self, generation: int, reply: Reply, image: QImage | None) -> None:
        if self._closed or self._worker is None or generation != self._worker.generation:
            return
        if isinstance(reply, PageWords):
            asked = (reply.doc_id, reply.page)
            if asked in self._words_asked and reply.doc_id in self._documents:
                self._words_asked.discard(asked)
                self._words[asked] = reply.words
                self.words_ready.emit(reply.doc_id, reply.page, reply.words)
            return
        if isinstance(reply, DocumentOpened):
            if reply.doc_id not in self._documents:
                return
            if reply.error is not None:
                self.document_failed.emit(reply.doc_id, reply.error)
                return
            self._sizes[reply.doc_id] = reply.page_sizes
            self._outlines[reply.doc_id] = reply.outline
            self.document_opened.emit(reply.doc_id)
            self._pump()
            return
        entry = self._in_flight.pop(reply.request_id, None)
        if entry is None:
            return
        key, segment = entry
        self._free_segments.append(segment)
        if isinstance(reply, PageFailed):
            if reply.needed is not None:  # cannot happen while pixel_rect is shared; be safe anyway
                self._pending[key] = "view"
                self._pending.move_to_end(key, last=False)
                self._free_segments.remove(segment)
                self._drop_segment(segment)
            else:
                self.render_failed.emit(reply.doc_id, reply.page, reply.message)
        elif image is not None and key.doc_id in self._documents:
            self.last_render_seconds = reply.seconds
            self._crash_counts.pop(key, None)
            self.cache.put(key, image)
            if key.clip is None:
                self.page_rendered.emit(key.doc_id, key.page, key.scale, image)
            else:
                self.clip_rendered.emit(key.doc_id, key.page, key.scale, key.clip, image)
        self._pump()


def _send_loop(conn: Connection, outbox: queue.SimpleQueue[Command | None]) -> None:
    """Sender thread: write queued commands to the worker until told to stop (None) or the pipe breaks."""
    while True:
        command = outbox.get()
        if command is None:
            return
        try:
            conn.send(command)
        except (OSError, ValueError):
            return  # the worker is gone; the listener reports it


def _unlink_segments(segments: dict[str, shared_memory.SharedMemory]) -> None:
    """Close and unlink every segment (at shutdown, or at interpreter exit if shutdown was never called)."""
    for segment in list(segments.values()):
        with contextlib.suppress(BufferError, OSError):
            segment.close()
        with contextlib.suppress(FileNotFoundError):
            segment.unlink()
    segments.clear()
