"""``ecabinet server`` as a person starts it: it answers /api/health over HTTP, and over HTTPS with a
certificate, and says when it serves plain HTTP."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@contextmanager
def running_server(*extra: str, data_dir: Path) -> Iterator[tuple[str, Path]]:
    log = data_dir.parent / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ecabinet", "server", "--port", "0", "--data-dir", str(data_dir), *extra],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                match = re.search(r"eCabinet server at (\S+)", log.read_text(errors="replace"))
                if match:
                    break
                assert proc.poll() is None, log.read_text()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.05)
            yield match.group(1), log
        finally:
            proc.terminate()
            proc.wait(timeout=15)


def test_plain_server_answers_health_and_warns(tmp_path: Path) -> None:
    with running_server(data_dir=tmp_path / "data") as (url, log):
        assert url.startswith("http://127.0.0.1:")
        response = httpx.get(f"{url}/api/health")
        assert response.json()["status"] == "ok"
        assert "plain HTTP" in log.read_text()


def _self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def test_tls_server_answers_health(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    with running_server("--tls-cert", str(cert), "--tls-key", str(key), data_dir=tmp_path / "data") as (url, log):
        assert url.startswith("https://127.0.0.1:")
        response = httpx.get(f"{url}/api/health", verify=ssl.create_default_context(cafile=str(cert)))
        assert response.json()["status"] == "ok"
        assert "plain HTTP" not in log.read_text()
