"""The layer rules of DEVELOPERS.md hold: import-linter's contracts, and no Qt below the ui layer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower() or " 0 broken" in result.stdout.lower()


def test_core_pdf_server_and_client_do_not_load_qt() -> None:
    code = (
        "import sys\n"
        "import ecabinet.core.permissions, ecabinet.core.schemas, ecabinet.pdf.inspect\n"
        "import ecabinet.server.app, ecabinet.server.demo, ecabinet.client.api\n"
        "import ecabinet.cli\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
