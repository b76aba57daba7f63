"""``ecabinet cert demo`` and ``ecabinet admin cert enroll/list/approve/revoke``."""

from __future__ import annotations

from pathlib import Path

import pytest
from pki import make_pki

from ecabinet.cli import build_parser, main
from ecabinet.pdf.pki import cert_fingerprint
from ecabinet.server.config import Settings


@pytest.mark.parametrize(
    "words", [["cert"], ["cert", "demo"], ["admin", "cert"], ["admin", "cert", "enroll"], ["admin", "cert", "list"]]
)
def test_help(words: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*words, "--help"])
    assert done.value.code == 0 and "usage: ecabinet" in capsys.readouterr().out


def test_cert_demo_and_admin_cert(demo_settings: Settings, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = ["--data-dir", str(demo_settings.data_dir)]
    pki_dir = demo_settings.data_dir / "pki"
    assert (pki_dir / "chair.p12").exists(), "the seed made the demo PKI"
    before = (pki_dir / "root-ca.pem").read_bytes()
    (pki_dir / "minister6.p12").unlink()  # a signer without a certificate gets one
    assert main(["cert", "demo", *data]) == 0
    out = capsys.readouterr().out
    assert "passphrase of every .p12 file: 'demo'" in out and str(pki_dir / "secretary.p12") in out
    assert (pki_dir / "root-ca.pem").read_bytes() == before, "the CA is kept"
    assert (demo_settings.data_dir / "trust-roots.pem").read_bytes() == before
    assert (pki_dir / "minister6.p12").exists()
    assert main(["admin", "cert", "list", "--state", "active", *data]) == 0
    listed = capsys.readouterr().out
    assert cert_fingerprint((pki_dir / "minister6.pem").read_bytes()) in listed

    other = make_pki().outsider
    cert = tmp_path / "c.pem"
    cert.write_bytes(other.pem)
    assert main(["admin", "cert", "enroll", "minister1", "--cert", str(cert), *data]) == 0
    line = capsys.readouterr().out
    assert other.fingerprint in line
    cert_id = line.split("(certificate ")[1].rstrip(")\n")
    assert main(["admin", "cert", "revoke", cert_id, *data]) == 0
    assert "is revoked" in capsys.readouterr().out
    assert main(["admin", "cert", "enroll", "minister1", "--fingerprint", "abc", *data]) == 1
    assert "64 hex digits" in capsys.readouterr().err


def test_cert_demo_refuses_a_real_installation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cert", "demo", "--data-dir", str(tmp_path / "real")]) == 2
    assert "not a demo installation" in capsys.readouterr().err
