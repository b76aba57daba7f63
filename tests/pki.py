"""A test PKI made fresh for a test session: root -> intermediate -> secretary, chair, outsider; a TSA.

Built with `ecabinet.pdf.pki` (cryptography only; certomancer is not installed). An HTTP timestamp
authority on 127.0.0.1 answers RFC 3161 requests with pyHanko's `DummyTimeStamper`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from pyhanko.sign.timestamps import DummyTimeStamper
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from ecabinet.pdf.pki import CertificateAuthority, IssuedCertificate, new_authority

PASSPHRASE = "correct horse battery"


@dataclass
class DemoPki:
    root: CertificateAuthority
    intermediate: CertificateAuthority
    secretary: IssuedCertificate
    chair: IssuedCertificate
    outsider: IssuedCertificate  # same CA, not enrolled for these minutes
    tsa: IssuedCertificate
    other_root: CertificateAuthority  # a CA nobody trusts
    stranger: IssuedCertificate  # issued by other_root

    @property
    def root_pem(self) -> bytes:
        return self.root.issued.pem

    def crls(self) -> list[bytes]:
        return [self.root.crl(), self.intermediate.crl()]

    def validation_context(self, *, with_crls: bool = True) -> ValidationContext:
        """Trusts our root; CRLs handed over directly (nothing is fetched)."""
        return ValidationContext(
            trust_roots=[asn1_x509.Certificate.load(self.root.issued.der)],
            other_certs=[asn1_x509.Certificate.load(self.intermediate.issued.der)],
            crls=self.crls() if with_crls else None,
            allow_fetching=False,
        )

    def dummy_timestamper(self, tsa: IssuedCertificate | None = None) -> DummyTimeStamper:
        """A timestamp authority with our TSA certificate (or `tsa`, another one issued by the intermediate)."""
        tsa = tsa or self.tsa
        store = SimpleCertificateStore()
        store.register_multiple(
            [asn1_x509.Certificate.load(self.intermediate.issued.der), asn1_x509.Certificate.load(self.root.issued.der)]
        )
        return DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(tsa.der),
            tsa_key=asn1_keys.PrivateKeyInfo.load(tsa.key_der()),
            certs_to_embed=store,
        )


def make_pki() -> DemoPki:
    root = new_authority("eCabinet Test Root CA", "eCabinet Test")
    intermediate = root.issue_ca("eCabinet Test Signing CA", "eCabinet Test")
    secretary = intermediate.issue_signer("Phạm Thư Ký", "Văn phòng Chính phủ", email="secretary@example.invalid")
    chair = intermediate.issue_signer("Nguyễn Văn An", "Chính phủ", email="chair@example.invalid")
    outsider = intermediate.issue_signer("Lê Người Khác", "Chính phủ")
    tsa = intermediate.issue_timestamp_authority("eCabinet Test TSA", "eCabinet Test")
    other_root = new_authority("Untrusted Root", "Nobody")
    stranger = other_root.issue_signer("Nguyễn Văn An", "Chính phủ")  # same name as the chair
    return DemoPki(root, intermediate, secretary, chair, outsider, tsa, other_root, stranger)


@contextmanager
def timestamp_server(stamper: DummyTimeStamper) -> Iterator[str]:
    """An RFC 3161 timestamp authority over HTTP on 127.0.0.1; yields its URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            request = tsp.TimeStampReq.load(self.rfile.read(length))
            response = asyncio.run(stamper.async_request_tsa_response(request))
            body = response.dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
