"""eCabinet: paperless cabinet meetings.

The package is layered: ``core`` (pure domain), ``pdf`` (PyMuPDF/pyHanko), ``server`` (FastAPI),
``client`` (offline engine) and ``ui`` (PySide6). Dependencies point one way; see pyproject's
import-linter contracts.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ecabinet")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
