"""The demo's PKI: a CA, a signing certificate per demo signer, enrolled, and the root as the server's trust root.

``ecabinet cert demo`` and ``ecabinet demo`` (when the demo data folder has no PKI yet) call `ensure_demo_pki`,
so signing works out of the box. Files under ``<data_dir>/pki``: ``root-ca.pem``, ``signing-ca.pem``, the
CA keys (demo only: never do this with a real CA), ``<username>.p12`` and ``<username>.pem`` per signer;
``<data_dir>/trust-roots.pem`` is what the server trusts (``Settings.trust_root_files``). Where SoftHSM2 and
pkcs11-tool are installed, the chair's key is also put on a SoftHSM2 token (``pki/softhsm``), as a USB token
would hold it.

Made with ``ecabinet.pdf.pki`` (cryptography), not certomancer: nothing runs in the background, and CRLs are
written as files (``pki/*.crl``) that the server can be given (``signing_crls``); there is no OCSP responder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from sqlalchemy import select

from ecabinet.pdf.pki import CertificateAuthority, IssuedCertificate, cert_fingerprint, new_authority
from ecabinet.server.accounts.models import User
from ecabinet.server.journal import SYSTEM
from ecabinet.server.minutes import certificates
from ecabinet.server.services import Services

DEMO_PASSPHRASE = "demo"
SOFTHSM_PIN = "123456"
SOFTHSM_TOKEN = "ecabinet-demo"
#: Who gets a certificate: the minutes' signers, and the members (for signed answers, issue 16).
DEMO_SIGNERS = ("secretary", "chair", *(f"minister{n}" for n in range(1, 7)))
SOFTHSM_MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
)


@dataclass
class SoftHsmToken:
    module: str
    config: Path  # SOFTHSM2_CONF
    token_label: str
    pin: str
    key_label: str


@dataclass
class DemoPkiFiles:
    directory: Path
    root_pem: Path
    passphrase: str
    p12: dict[str, Path] = field(default_factory=dict)
    created: bool = False
    token: SoftHsmToken | None = None


def pki_dir(data_dir: Path) -> Path:
    return data_dir / "pki"


def has_demo_pki(data_dir: Path) -> bool:
    return (pki_dir(data_dir) / "root-ca.pem").is_file()


def _write(path: Path, data: bytes, *, private: bool = False) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    if private:
        tmp.chmod(0o600)
    os.replace(tmp, path)


def _key_pem(issued: IssuedCertificate) -> bytes:
    return issued.key_pem()


def load_signer(data_dir: Path, username: str) -> tuple[bytes, str]:
    """The demo PKCS#12 of ``username`` and its passphrase."""
    return (pki_dir(data_dir) / f"{username}.p12").read_bytes(), DEMO_PASSPHRASE


def ensure_demo_pki(services: Services, *, usernames: tuple[str, ...] = DEMO_SIGNERS) -> DemoPkiFiles:
    """Create the demo PKI if the data folder has none; enroll every signer that exists as a user."""
    data_dir = services.settings.data_dir
    folder = pki_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    files = DemoPkiFiles(directory=folder, root_pem=folder / "root-ca.pem", passphrase=DEMO_PASSPHRASE)
    with services.db.reading() as session:
        users = {
            u.username: (u.id, u.display_name)
            for u in session.execute(select(User).where(User.username.in_(usernames))).scalars()
        }
    if not has_demo_pki(data_dir):
        _create(folder, users)
        files.created = True
    else:
        _issue_missing(folder, users)
    _write(data_dir / "trust-roots.pem", files.root_pem.read_bytes())
    fingerprints = {}
    for username in users:
        p12 = folder / f"{username}.p12"
        if p12.exists():
            files.p12[username] = p12
            fingerprints[username] = cert_fingerprint((folder / f"{username}.pem").read_bytes())
    with services.db.writing() as session:
        for username, fingerprint in fingerprints.items():
            user_id = users[username][0]
            certificates.enroll(
                session,
                SYSTEM,
                user_id=user_id,
                certificate=(folder / f"{username}.pem").read_bytes(),
                fingerprint=fingerprint,
                source="demo",
            )
    if "chair" in files.p12:
        files.token = _softhsm_token(folder, files.p12["chair"])
    return files


def _load_ca(folder: Path) -> CertificateAuthority:
    from cryptography import x509

    root_cert = x509.load_pem_x509_certificate((folder / "root-ca.pem").read_bytes())
    ca_cert = x509.load_pem_x509_certificate((folder / "signing-ca.pem").read_bytes())
    ca_key = serialization.load_pem_private_key((folder / "signing-ca.key").read_bytes(), password=None)
    return CertificateAuthority(IssuedCertificate(ca_cert, ca_key, (root_cert,)))  # type: ignore[arg-type]


def _issue(ca: CertificateAuthority, folder: Path, username: str, display_name: str) -> None:
    issued = ca.issue_signer(display_name, "eCabinet Demo", email=f"{username}@demo.invalid")
    _write(folder / f"{username}.p12", issued.pkcs12(DEMO_PASSPHRASE, friendly_name=display_name), private=True)
    _write(folder / f"{username}.pem", issued.pem)


def _create(folder: Path, users: dict[str, tuple[str, str]]) -> None:
    root = new_authority("eCabinet Demo Root CA", "eCabinet Demo")
    ca = root.issue_ca("eCabinet Demo Signing CA", "eCabinet Demo")
    _write(folder / "root-ca.pem", root.issued.pem)
    _write(folder / "root-ca.key", _key_pem(root.issued), private=True)
    _write(folder / "signing-ca.pem", ca.issued.pem)
    _write(folder / "signing-ca.key", _key_pem(ca.issued), private=True)
    for username, (_user_id, display_name) in users.items():
        _issue(ca, folder, username, display_name)
    _write(folder / "root-ca.crl", root.crl(days=30))
    _write(folder / "signing-ca.crl", ca.crl(days=30))
    (folder / "README.txt").write_text(
        "eCabinet demo PKI: for the demo only (the CA keys are here).\n"
        f"Each <user>.p12 holds that user's signing key and certificate; passphrase: {DEMO_PASSPHRASE}\n"
        "root-ca.pem is the server's trust root (copied to ../trust-roots.pem).\n"
    )


def _issue_missing(folder: Path, users: dict[str, tuple[str, str]]) -> None:
    missing = [u for u in users if not (folder / f"{u}.p12").exists()]
    if not missing or not (folder / "signing-ca.key").exists():
        return
    ca = _load_ca(folder)
    for username in missing:
        _issue(ca, folder, username, users[username][1])


def softhsm_module() -> str | None:
    if shutil.which("softhsm2-util") is None or shutil.which("pkcs11-tool") is None:
        return None
    return next((path for path in SOFTHSM_MODULES if Path(path).exists()), None)


def _softhsm_token(folder: Path, chair_p12: Path) -> SoftHsmToken | None:
    """The chair's key and certificate on a SoftHSM2 token (created once); None without SoftHSM2."""
    module = softhsm_module()
    if module is None:
        return None
    hsm = folder / "softhsm"
    config = hsm / "softhsm2.conf"
    token = SoftHsmToken(module, config, SOFTHSM_TOKEN, SOFTHSM_PIN, "chair")
    if config.exists():
        return token
    (hsm / "tokens").mkdir(parents=True, exist_ok=True)
    config.write_text(f"directories.tokendir = {hsm / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    key, cert, _chain = pkcs12.load_key_and_certificates(chair_p12.read_bytes(), DEMO_PASSPHRASE.encode())
    if key is None or cert is None:
        return None
    key_file = hsm / "chair.key.pem"
    cert_file = hsm / "chair.der"
    _write(
        key_file,
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
        private=True,
    )
    _write(cert_file, cert.public_bytes(serialization.Encoding.DER))
    env = {**os.environ, "SOFTHSM2_CONF": str(config)}
    try:
        for command in (
            ["softhsm2-util", "--init-token", "--free", "--label", SOFTHSM_TOKEN, "--pin", SOFTHSM_PIN,
             "--so-pin", "654321"],
            ["softhsm2-util", "--import", str(key_file), "--token", SOFTHSM_TOKEN, "--label", "chair", "--id", "01",
             "--pin", SOFTHSM_PIN],
            ["pkcs11-tool", "--module", module, "--token-label", SOFTHSM_TOKEN, "--login", "--pin", SOFTHSM_PIN,
             "--write-object", str(cert_file), "--type", "cert", "--id", "01", "--label", "chair"],
        ):  # fmt: skip
            subprocess.run(command, check=True, capture_output=True, env=env, timeout=60)
    except (subprocess.SubprocessError, OSError):
        shutil.rmtree(hsm, ignore_errors=True)
        return None
    finally:
        key_file.unlink(missing_ok=True)
    return token
