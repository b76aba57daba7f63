"""A pinned server is checked at the TLS handshake: to a server with another certificate, not one byte of the
request (a password, a token) is sent."""

from __future__ import annotations

import hashlib
import socket
import ssl
import threading
import uuid
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from test_server_command import _self_signed

from ecabinet.client.api import ApiClient
from ecabinet.client.errors import CertificatePinMismatch


def _tls_listener(cert: Path, key: Path) -> tuple[socket.socket, ssl.SSLContext]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    return listener, context


def test_a_wrong_pin_sends_nothing(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    listener, context = _tls_listener(cert, key)
    port = listener.getsockname()[1]
    received: list[bytes] = []

    def serve() -> None:
        connection, _ = listener.accept()
        with context.wrap_socket(connection, server_side=True) as tls:
            tls.settimeout(5)
            try:
                while chunk := tls.recv(65536):
                    received.append(chunk)
            except (OSError, ssl.SSLError):
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    right = hashlib.sha256(x509.load_pem_x509_certificate(cert.read_bytes()).public_bytes(Encoding.DER)).hexdigest()
    with (
        ApiClient(f"https://127.0.0.1:{port}", device_id=str(uuid.uuid4()), pin_sha256="ab" * 32) as client,
        pytest.raises(CertificatePinMismatch) as refused,
    ):
        client.login("minister1", "a secret password", "tablet")
    thread.join(timeout=10)
    listener.close()
    assert refused.value.seen == right and refused.value.code == "certificate_mismatch"
    assert b"".join(received) == b"", "the request left the device before the certificate was checked"
