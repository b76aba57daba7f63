"""Checks an uploaded PDF in a child process with a time and memory limit.

PyMuPDF parses untrusted input in C and holds the GIL while doing it; in the server process a crafted
file could hang every request or exhaust memory. A child can be killed, and its death is just a
rejected upload.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ecabinet.core.errors import InvalidRequest

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckedPdf:
    pages: int
    #: Pages that are images without a text layer: OCR gives them one in the background.
    scanned_pages: int = 0


def _limit_memory(limit: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def check_pdf(path: Path, *, max_pages: int, timeout: float, memory_bytes: int) -> CheckedPdf:
    """Raise ``InvalidRequest`` with a stable code when the file is not an acceptable PDF."""
    preexec = None
    if sys.platform != "win32":

        def preexec() -> None:
            _limit_memory(memory_bytes)

    try:
        proc = subprocess.run(
            [sys.executable, "-m", "ecabinet.server.documents.inspect_child", str(path), str(max_pages)],
            capture_output=True,
            timeout=timeout,
            preexec_fn=preexec,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise InvalidRequest(
            "The PDF could not be checked in time; it may be damaged or unusually complex.", code="pdf_too_complex"
        ) from exc
    try:
        answer = json.loads(proc.stdout.decode("utf-8").strip().splitlines()[-1])
    except (ValueError, IndexError) as exc:
        log.warning("PDF check failed (exit %s): %s", proc.returncode, proc.stderr.decode("utf-8", "replace")[-2000:])
        raise InvalidRequest(
            "The PDF could not be checked; it may be damaged or unusually complex.", code="pdf_too_complex"
        ) from exc
    if "error" in answer:
        raise InvalidRequest(answer["message"], code=answer["error"])
    return CheckedPdf(pages=int(answer["pages"]), scanned_pages=int(answer.get("scanned", 0)))
