"""HTTP Range answers for blobs that are not local files (object storage).

The folder backend keeps Starlette's ``FileResponse``; this gives remote blobs the same contract: one byte
range (``bytes=a-b``, ``a-``, ``-n``) answers ``206`` with ``Content-Range``, anything else the whole file,
an unsatisfiable range ``416``. The first block is read before the answer starts, so a store that cannot be
reached is a clean ``503`` and not a truncated ``200``.
"""

from __future__ import annotations

from collections.abc import Iterator

from starlette.background import BackgroundTask
from starlette.responses import Response, StreamingResponse

from ecabinet.server.documents.storage import BlobStorage


def parse_range(header: str | None, size: int) -> tuple[int, int] | bool | None:
    """(start, end) inclusive for one satisfiable range; None for the whole file; False when unsatisfiable."""
    if not header or size <= 0:
        return None
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None  # several ranges: sending the whole file is allowed (RFC 9110, 14.2)
    first, _, last = spec.strip().partition("-")
    try:
        if first == "":
            length = int(last)
            if length <= 0:
                return False
            return max(0, size - length), size - 1
        start = int(first)
        end = int(last) if last else size - 1
    except ValueError:
        return None
    if start >= size or end < start:
        return False
    return start, min(end, size - 1)


def ranged_response(
    storage: BlobStorage,
    sha256: str,
    size: int,
    range_header: str | None,
    *,
    headers: dict[str, str],
    media_type: str,
    background: BackgroundTask | None = None,
) -> Response:
    wanted = parse_range(range_header, size)
    base = {**headers, "Accept-Ranges": "bytes"}
    if wanted is False:
        return Response(status_code=416, headers={**base, "Content-Range": f"bytes */{size}"})
    start, end = wanted if isinstance(wanted, tuple) else (0, size - 1)
    blocks = storage.read_range(sha256, start, end)
    first = next(blocks, b"")  # errors (503, missing blob) surface here, before any byte is sent

    def body() -> Iterator[bytes]:
        try:
            if first:
                yield first
            yield from blocks
        finally:
            close = getattr(blocks, "close", None)
            if close:
                close()

    status = 206 if isinstance(wanted, tuple) else 200
    out = {**base, "Content-Length": str(end - start + 1)}
    if status == 206:
        out["Content-Range"] = f"bytes {start}-{end}/{size}"
    return StreamingResponse(body(), status_code=status, headers=out, media_type=media_type, background=background)
