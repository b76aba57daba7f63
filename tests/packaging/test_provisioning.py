"""The provisioning file the IT office hands out, and the first contact with a real server over TLS.

A real `ecabinet server` with a self-signed certificate answers; the pin check must refuse a different
certificate before any HTTP request, and a broken provisioning file must say which file and why.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from support import app_client

from ecabinet.client.errors import OfflineError
from ecabinet.client.provisioning import (
    PROVISIONING_ENV,
    CertificatePinMismatch,
    KnownServers,
    ProvisioningError,
    UntrustedCertificate,
    check_server,
    format_fingerprint,
    load_provisioning,
    parse_provisioning,
    update_available,
)
from ecabinet.server.config import Settings


@dataclass(frozen=True)
class Cert:
    pem: Path
    key: Path
    fingerprint: str  # sha256 hex of the DER


def make_cert(directory: Path, name: str = "server") -> Cert:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test Office"), x509.NameAttribute(NameOID.COMMON_NAME, name)]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    pem, key_path = directory / f"{name}.pem", directory / f"{name}-key.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return Cert(pem, key_path, cert.fingerprint(hashes.SHA256()).hex())


@dataclass(frozen=True)
class TlsServer:
    url: str
    cert: Cert
    log: Path


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    """`ecabinet server` over HTTPS with a self-signed certificate, announcing a newer client."""
    folder = tmp_path_factory.mktemp("tls")
    cert = make_cert(folder)
    log = folder / "server.log"
    env = {
        **os.environ,
        "ECABINET_SERVER_NAME": "Test Office",
        "ECABINET_CLIENT_NEWEST_VERSION": "99.0",
        "ECABINET_CLIENT_DOWNLOAD_URL": "https://downloads.example.invalid/ecabinet",
        "ECABINET_ARGON2_TIME_COST": "1",
        "ECABINET_ARGON2_MEMORY_KIB": "1024",
    }
    env.pop("ECABINET_DATABASE_URL", None)
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [
                *(sys.executable, "-m", "ecabinet", "server", "--port", "0", "--data-dir", str(folder / "data")),
                *("--tls-cert", str(cert.pem), "--tls-key", str(cert.key)),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
        try:
            deadline = time.monotonic() + 60
            while not (match := re.search(r"eCabinet server at (\S+)", log.read_text(errors="replace"))):
                assert proc.poll() is None, log.read_text()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.05)
            yield TlsServer(match.group(1), cert, log)
        finally:
            proc.terminate()
            proc.wait(timeout=15)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- the file ---------------------------------------------------------------------------------------------


def test_full_toml_file_is_read_with_paths_relative_to_it(tmp_path: Path) -> None:
    ca = make_cert(tmp_path / "it", "ca")
    root = make_cert(tmp_path / "it", "signing-root")
    pin = format_fingerprint(ca.fingerprint)
    path = write(
        tmp_path / "it" / "provisioning.toml",
        f"""
        server_url = "ecabinet.gov.example"
        server_name = "Office of the Government"
        ca_bundle = "ca.pem"
        pin_sha256 = "{pin}"
        signature_roots = ["signing-root.pem"]
        """.replace("        ", ""),
    )
    prov = parse_provisioning(path)
    assert prov.server_url == "https://ecabinet.gov.example"  # no scheme typed: https, never http
    assert prov.server_name == "Office of the Government"
    assert prov.ca_bundle == ca.pem.resolve()
    assert prov.pin_sha256 == ca.fingerprint  # colons and case normalised
    assert prov.signature_roots == (root.pem.read_bytes().strip(),)
    assert prov.connection_options() == {"ca_bundle": str(ca.pem.resolve()), "pin_sha256": ca.fingerprint}
    # The file's roots override whatever the server hands out.
    assert prov.trust_roots([b"server says"]) == [root.pem.read_bytes().strip()]


def test_json_file_and_a_file_without_trust_settings(tmp_path: Path) -> None:
    path = write(tmp_path / "provisioning.json", json.dumps({"server_url": "https://ecabinet.gov.example/"}))
    prov = parse_provisioning(path)
    assert prov.server_url == "https://ecabinet.gov.example"
    assert prov.connection_options() == {"ca_bundle": None, "pin_sha256": None}
    assert prov.trust_roots([b"from server"]) == [b"from server"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("provisioning.toml", 'server_url = "https://a.example"\npin_sha = "ab"\n', "unknown setting(s) pin_sha"),
        ("provisioning.toml", "server_url = https://a.example\n", "is not valid TOML"),
        ("provisioning.json", "{not json", "is not valid JSON"),
        ("provisioning.json", "[1, 2]", "must hold a table"),
        ("provisioning.toml", 'server_url = "http://ecabinet.gov.example"\n', "cannot be used"),
        ("provisioning.toml", 'server_url = "https://a.example"\npin_sha256 = "12:34"\n', "64 hex digits"),
        ("provisioning.toml", 'ca_bundle = "missing.pem"\n', "cannot be read"),
        ("provisioning.toml", 'signature_roots = "provisioning.toml"\n', "holds no PEM certificate"),
        ("provisioning.toml", "server_url = 42\n", "must be a non-empty text"),
    ],
)
def test_invalid_files_say_which_file_and_why(tmp_path: Path, name: str, content: str, reason: str) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(ProvisioningError) as caught:
        parse_provisioning(path)
    assert reason in caught.value.reason
    assert str(path) in str(caught.value)


def test_unreadable_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "provisioning.toml"
    path.mkdir()  # a folder where the file should be: reading it fails, even as root
    with pytest.raises(ProvisioningError, match="cannot be read"):
        load_provisioning([path])


def test_search_order_first_found_wins_and_none_is_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PROVISIONING_ENV, raising=False)
    beside_app = write(tmp_path / "app" / "provisioning.toml", 'server_url = "https://beside.example"\n')
    system = write(tmp_path / "etc" / "provisioning.toml", 'server_url = "https://system.example"\n')
    missing = tmp_path / "nowhere" / "provisioning.toml"
    assert load_provisioning([missing]) is None
    prov = load_provisioning([missing, beside_app, system])
    assert prov is not None and prov.server_url == "https://beside.example"
    assert prov.source == beside_app
    # The environment variable names the file explicitly; if it is missing, that is an error, not "none".
    monkeypatch.setenv(PROVISIONING_ENV, str(missing))
    with pytest.raises(ProvisioningError, match="does not exist"):
        load_provisioning()
    monkeypatch.setenv(PROVISIONING_ENV, str(system))
    prov = load_provisioning()
    assert prov is not None and prov.server_url == "https://system.example"


# -- the first contact ------------------------------------------------------------------------------------


def test_pinned_certificate_connects_and_shows_identity(tls_server: TlsServer, tmp_path: Path) -> None:
    path = write(
        tmp_path / "provisioning.toml",
        f'server_url = "{tls_server.url}"\npin_sha256 = "{format_fingerprint(tls_server.cert.fingerprint)}"\n',
    )
    prov = parse_provisioning(path)
    identity = check_server(tls_server.url, provisioning=prov)
    assert identity.fingerprint == tls_server.cert.fingerprint
    assert identity.name == "Test Office"  # announced by the server (GET /api/client-version)
    assert identity.certificate_subject is not None and "CN=server" in identity.certificate_subject
    assert identity.provisioned
    assert identity.client.newest_version == "99.0"
    assert identity.client.download_url == "https://downloads.example.invalid/ecabinet"


def test_a_different_certificate_than_the_pinned_one_is_refused_before_any_request(
    tls_server: TlsServer, tmp_path: Path
) -> None:
    other = make_cert(tmp_path, "impostor")
    path = write(tmp_path / "provisioning.toml", f'pin_sha256 = "{other.fingerprint}"\n')

    def requests_seen() -> int:
        time.sleep(0.3)  # the server writes its access log line after answering
        return tls_server.log.read_text(errors="replace").count("GET /api/health")

    # The access log does show requests (so the count below can tell "none was sent").
    before = requests_seen()
    right = write(tmp_path / "right.toml", f'pin_sha256 = "{tls_server.cert.fingerprint}"\n')
    check_server(tls_server.url, provisioning=parse_provisioning(right))
    requests_before = requests_seen()
    assert requests_before == before + 1
    with pytest.raises(CertificatePinMismatch) as caught:
        check_server(tls_server.url, provisioning=parse_provisioning(path))
    assert caught.value.actual == format_fingerprint(tls_server.cert.fingerprint)
    assert caught.value.expected == format_fingerprint(other.fingerprint)
    assert requests_seen() == requests_before


def test_unknown_ca_is_untrusted_but_the_fingerprint_is_shown(tls_server: TlsServer) -> None:
    with pytest.raises(UntrustedCertificate) as caught:
        check_server(tls_server.url)
    assert caught.value.fingerprint == tls_server.cert.fingerprint


def test_provisioned_ca_bundle_makes_the_server_trusted(tls_server: TlsServer, tmp_path: Path) -> None:
    path = write(tmp_path / "provisioning.toml", f'ca_bundle = "{tls_server.cert.pem}"\nserver_name = "Ours"\n')
    identity = check_server(tls_server.url, provisioning=parse_provisioning(path))
    assert identity.fingerprint == tls_server.cert.fingerprint
    assert identity.name == "Ours"  # the provisioning file overrides what the server says
    assert not identity.provisioned  # the file names no server_url


def test_nobody_listening_is_offline(closed_port: int) -> None:
    with pytest.raises(OfflineError):
        check_server(f"https://127.0.0.1:{closed_port}")


# -- what the device remembers, and updates ---------------------------------------------------------------


def test_known_servers_remember_and_notice_a_changed_certificate(tls_server: TlsServer, tmp_path: Path) -> None:
    path = write(tmp_path / "p.toml", f'pin_sha256 = "{tls_server.cert.fingerprint}"\n')
    identity = check_server(tls_server.url, provisioning=parse_provisioning(path))
    known = KnownServers(tmp_path / "profile")
    assert known.get(identity.url) is None and not known.changed(identity)
    known.remember(identity)
    again = KnownServers(tmp_path / "profile").get(identity.url)
    assert again is not None and again.fingerprint == tls_server.cert.fingerprint and again.name == "Test Office"
    assert not known.changed(identity)
    from dataclasses import replace

    assert known.changed(replace(identity, fingerprint="00" * 32))


@pytest.mark.parametrize(
    ("current", "newest", "expected"),
    [
        ("0.1.0", "0.2.0", True),
        ("0.1.0", "0.1.0", False),
        ("0.1.0", "0.1", False),
        ("0.2.0", "0.1.9", False),
        ("0.1.0", "0.1.0rc1", False),
        ("0.1.0rc1", "0.1.0", True),
        ("0.1.0", "0.1.0.post1", True),
        ("1.9.0", "1.10.0", True),
        ("0.1.0", None, False),
        ("0.1.0", "garbage", False),
        ("0.0.0+unknown", "9.0", False),
    ],
)
def test_update_available(current: str, newest: str | None, expected: bool) -> None:
    assert update_available(current, newest) is expected


def test_client_version_endpoint_is_additive(fresh_settings: Settings) -> None:
    with app_client(fresh_settings) as client:
        assert client.get("/api/client-version").json() == {
            "server_name": None,
            "newest_version": None,
            "download_url": None,
        }
    configured = fresh_settings.model_copy(
        update={"server_name": "Cabinet Office", "client_newest_version": "0.3.0", "client_download_url": "https://x"}
    )
    with app_client(configured) as client:
        assert client.get("/api/client-version").json() == {
            "server_name": "Cabinet Office",
            "newest_version": "0.3.0",
            "download_url": "https://x",
        }
        assert set(client.get("/api/health").json()) == {"status", "version"}  # unchanged shape
