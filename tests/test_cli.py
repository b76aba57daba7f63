"""The ``ecabinet`` command: help on every subcommand, the admin actions, backup, and demo refusal."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ecabinet.cli import build_parser, main
from ecabinet.server.config import Settings

SUBCOMMANDS = [
    ["server"],
    ["app"],
    ["demo"],
    ["admin"],
    ["admin", "create-user"],
    ["admin", "reset-password"],
    ["admin", "deactivate-user"],
    ["admin", "list-devices"],
    ["admin", "revoke-device"],
    ["admin", "backup"],
    ["admin", "verify-audit"],
    ["sync"],
]


@pytest.mark.parametrize("words", SUBCOMMANDS, ids=" ".join)
def test_every_subcommand_has_help(words: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*words, "--help"])
    assert done.value.code == 0
    assert "usage: ecabinet" in capsys.readouterr().out


def test_server_refuses_demo_data(demo_settings: Settings) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ecabinet", "server", "--port", "0", "--data-dir", str(demo_settings.data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "demo data" in result.stderr


def _admin(data_dir: Path, *words: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ecabinet", "admin", words[0], "--data-dir", str(data_dir), *words[1:]],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "ECABINET_ARGON2_TIME_COST": "1",
            "ECABINET_ARGON2_MEMORY_KIB": "8",
            "ECABINET_ARGON2_PARALLELISM": "1",
            "PATH": "/usr/bin:/bin",
        },
    )


def test_admin_user_lifecycle_and_audit(tmp_path: Path) -> None:
    data = tmp_path / "install"
    created = _admin(
        data,
        "create-user",
        "alice",
        "--display-name",
        "Alice",
        "--secretariat",
        "cabinet",
        "--password-stdin",
        stdin="a good password\n",
    )
    assert created.returncode == 0, created.stderr
    again = _admin(
        data, "create-user", "alice", "--display-name", "Alice", "--password-stdin", stdin="another password\n"
    )
    assert again.returncode == 1 and "taken" in again.stderr
    weak = _admin(data, "create-user", "bob", "--display-name", "Bob", "--password-stdin", stdin="short\n")
    assert weak.returncode == 1 and "8 characters" in weak.stderr
    assert _admin(data, "reset-password", "alice", "--password-stdin", stdin="a newer password\n").returncode == 0
    assert _admin(data, "deactivate-user", "alice").returncode == 0
    assert _admin(data, "revoke-device", "no-such-device").returncode == 1
    verified = _admin(data, "verify-audit")
    assert verified.returncode == 0 and "intact" in verified.stdout
    # Tampering is detected.
    db = sqlite3.connect(data / "ecabinet.sqlite3")
    with db:
        db.execute("UPDATE audit_log SET action='nothing' WHERE id = (SELECT min(id) FROM audit_log)")
    db.close()
    tampered = _admin(data, "verify-audit")
    assert tampered.returncode == 1
    assert "altered" in tampered.stdout


def test_backup_is_a_consistent_copy(demo_settings: Settings, tmp_path: Path) -> None:
    target = tmp_path / "backup"
    assert main(["admin", "backup", str(target), "--data-dir", str(demo_settings.data_dir)]) == 0
    copy = sqlite3.connect(target / "ecabinet.sqlite3")
    shas = {row[0] for row in copy.execute("SELECT sha256 FROM document_versions")}
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert shas
    assert all((target / "documents" / sha[:2] / sha).is_file() for sha in shas)
