"""What the IT office decides for a device, and what a device learns about its server on first contact.

Ministers should only type their password. The IT office therefore puts a *provisioning file* next to the app
(beside the `ecabinet` binary of an installed build) or in the system configuration folder; it names the
server and how to trust it::

    # provisioning.toml (or provisioning.json with the same keys)
    server_url = "https://ecabinet.gov.example"
    server_name = "Office of the Government"          # optional: shown to the person
    ca_bundle = "ca.pem"                              # optional: trust these CAs (PEM) for this server ...
    pin_sha256 = "3F:9A:...:C1"                       # optional: ... or exactly this certificate (SHA-256)
    signature_roots = ["gov-root-ca.pem"]             # optional: CAs trusted for signatures on minutes

Paths are relative to the file's folder. What the file says overrides what the server says: its CA bundle or
pin decides whether the server is trusted, and its signature roots replace the ones the server hands out
(`GET /api/trust/roots`), because a compromised or impersonated server must not be able to vouch for itself.
Unknown keys are refused rather than ignored: a misspelt `pin_sha256` must not silently turn pinning off.

Without a provisioning file the app asks for the address once, shows the server's name and certificate
fingerprint, and remembers them (`KnownServers`); a different certificate later is pointed out.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import ssl
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import httpx
import platformdirs

from ecabinet.client.api import ApiClient, normalize_server_url
from ecabinet.client.errors import ApiError, InvalidResponse, NotFound, OfflineError

__all__ = [
    "PROVISIONING_ENV",
    "CertificatePinMismatch",
    "ClientVersionInfo",
    "KnownServer",
    "KnownServers",
    "Provisioning",
    "ProvisioningError",
    "ServerIdentity",
    "UntrustedCertificate",
    "check_server",
    "format_fingerprint",
    "load_provisioning",
    "parse_provisioning",
    "provisioning_candidates",
    "update_available",
]

#: An explicit provisioning file (tests, or an IT office that keeps it elsewhere); takes precedence.
PROVISIONING_ENV: Final = "ECABINET_PROVISIONING"
FILE_NAMES: Final = ("provisioning.toml", "provisioning.json")
KNOWN_SERVERS_FILE: Final = "known_servers.json"
_KEYS: Final = frozenset({"server_url", "server_name", "ca_bundle", "pin_sha256", "signature_roots"})
_PEM_CERT = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)


class ProvisioningError(Exception):
    """The provisioning file exists but cannot be used; `path` names it and the message says why.

    The app then starts as if there were none (it asks for the server) and shows this message, so the person
    can tell the IT office what is wrong instead of facing an app that does not open.
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"provisioning file {path}: {reason}")
        self.path = path
        self.reason = reason


class CertificatePinMismatch(ApiError):
    """The server's certificate is not the one the IT office pinned: someone may be in between. Nothing was sent."""

    def __init__(self, url: str, expected: str, actual: str) -> None:
        super().__init__(0, "certificate_pin_mismatch", f"{url}: certificate {actual} is not the pinned {expected}")
        self.url = url
        self.expected = expected
        self.actual = actual


class UntrustedCertificate(ApiError):
    """The server's certificate does not validate (unknown CA, wrong name, expired). Nothing was sent."""

    def __init__(self, url: str, reason: str, fingerprint: str | None) -> None:
        super().__init__(0, "untrusted_certificate", f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.fingerprint = fingerprint


@dataclass(frozen=True)
class Provisioning:
    """A provisioning file, checked: every path exists and every certificate parses."""

    source: Path
    server_url: str | None = None
    server_name: str | None = None
    ca_bundle: Path | None = None
    pin_sha256: str | None = None
    #: PEM certificates, one per entry: the only CAs trusted for signatures when not empty.
    signature_roots: tuple[bytes, ...] = ()

    def connection_options(self) -> dict[str, str | None]:
        """Keyword arguments for `ApiClient` / `Engine` (`ca_bundle`, `pin_sha256`)."""
        return {
            "ca_bundle": str(self.ca_bundle) if self.ca_bundle is not None else None,
            "pin_sha256": self.pin_sha256,
        }

    def trust_roots(self, from_server: Iterable[bytes]) -> list[bytes]:
        """The signature trust roots to use: ours when the file names any, else what the server sent."""
        return list(self.signature_roots) if self.signature_roots else list(from_server)


def provisioning_candidates(executable: str | None = None) -> list[Path]:
    """Where a provisioning file is looked for, in order; the first that exists is used.

    `$ECABINET_PROVISIONING`; next to the app (the folder of the frozen binary, so an IT office can put it
    beside `ecabinet.exe` or into `/opt/ecabinet`); the system configuration folder (`/etc/ecabinet` and
    `/etc/xdg/ecabinet` on Linux, `C:\\ProgramData\\ecabinet` on Windows, `/Library/Application Support/ecabinet`
    on macOS). A source checkout has no "next to the app".
    """
    found: list[Path] = []
    explicit = os.environ.get(PROVISIONING_ENV)
    if explicit:
        found.append(Path(explicit))
    if executable is None and getattr(sys, "frozen", False):
        executable = sys.executable
    folders: list[Path] = []
    if executable:
        folders.append(Path(executable).resolve().parent)
    if sys.platform.startswith("linux"):
        folders.append(Path("/etc/ecabinet"))
    folders.append(Path(platformdirs.site_config_dir("ecabinet", appauthor=False, multipath=False)))
    for folder in dict.fromkeys(folders):
        found.extend(folder / name for name in FILE_NAMES)
    return found


def load_provisioning(candidates: Iterable[Path] | None = None) -> Provisioning | None:
    """The first provisioning file found, checked; None when there is none.

    Raises `ProvisioningError` when a file is there but unreadable or invalid (a file named by
    `$ECABINET_PROVISIONING` that does not exist is such an error too: somebody meant it to be used).
    """
    explicit = os.environ.get(PROVISIONING_ENV)
    for path in provisioning_candidates() if candidates is None else candidates:
        if explicit and path == Path(explicit) and not path.exists():
            raise ProvisioningError(path, "the file does not exist")
        if path.exists():
            return parse_provisioning(path)
    return None


def parse_provisioning(path: Path) -> Provisioning:
    """Read and check one provisioning file (TOML, or JSON when it ends in `.json`)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProvisioningError(path, f"cannot be read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
        data: Any = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (UnicodeDecodeError, ValueError) as exc:  # tomllib.TOMLDecodeError and JSONDecodeError are ValueErrors
        raise ProvisioningError(path, f"is not valid {'JSON' if path.suffix == '.json' else 'TOML'}: {exc}") from exc
    if not isinstance(data, dict):
        raise ProvisioningError(path, "must hold a table of settings")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ProvisioningError(path, f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(_KEYS))}")
    folder = path.parent

    server_url = _optional_str(path, data, "server_url")
    if server_url is not None:
        try:
            server_url = normalize_server_url(server_url)
            ApiClient(server_url, device_id="provisioning-check").close()  # refuses http:// to another machine
        except ApiError as exc:
            raise ProvisioningError(path, f"server_url {server_url!r} cannot be used: {exc.message}") from exc

    ca_bundle: Path | None = None
    ca_name = _optional_str(path, data, "ca_bundle")
    if ca_name is not None:
        ca_bundle = (folder / ca_name).resolve()
        if not _read_certificates(path, ca_bundle, "ca_bundle"):
            raise ProvisioningError(path, f"ca_bundle {ca_bundle} holds no PEM certificate")
        try:
            ssl.create_default_context(cafile=str(ca_bundle))
        except ssl.SSLError as exc:
            raise ProvisioningError(path, f"ca_bundle {ca_bundle} is not a usable CA bundle: {exc}") from exc

    pin = _optional_str(path, data, "pin_sha256")
    if pin is not None:
        pin = pin.replace(":", "").replace(" ", "").lower()
        if not re.fullmatch(r"[0-9a-f]{64}", pin):
            raise ProvisioningError(path, "pin_sha256 must be a SHA-256 fingerprint (64 hex digits, colons allowed)")

    roots_value = data.get("signature_roots", [])
    if isinstance(roots_value, str):
        roots_value = [roots_value]
    if not isinstance(roots_value, list) or not all(isinstance(item, str) for item in roots_value):
        raise ProvisioningError(path, "signature_roots must be a list of PEM file names")
    roots: list[bytes] = []
    for name in roots_value:
        certificates = _read_certificates(path, (folder / name).resolve(), "signature_roots")
        if not certificates:
            raise ProvisioningError(path, f"signature_roots file {name} holds no PEM certificate")
        roots.extend(certificates)

    return Provisioning(
        source=path,
        server_url=server_url,
        server_name=_optional_str(path, data, "server_name"),
        ca_bundle=ca_bundle,
        pin_sha256=pin,
        signature_roots=tuple(roots),
    )


def _optional_str(path: Path, data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ProvisioningError(path, f"{key} must be a non-empty text")
    return value.strip()


def _read_certificates(path: Path, file: Path, key: str) -> list[bytes]:
    """The PEM certificates in `file`, each checked to parse as X.509."""
    from cryptography import x509

    try:
        content = file.read_bytes()
    except OSError as exc:
        raise ProvisioningError(path, f"{key} file {file} cannot be read ({exc.strerror or exc})") from exc
    blocks = _PEM_CERT.findall(content)
    for block in blocks:
        try:
            x509.load_pem_x509_certificate(block)
        except ValueError as exc:
            raise ProvisioningError(path, f"{key} file {file} holds a broken certificate: {exc}") from exc
    return list(blocks)


# -- the server, as the device sees it -------------------------------------------------------------------


def format_fingerprint(hex_digest: str) -> str:
    """`AB:CD:...` in upper case, the way certificate viewers and IT offices write a SHA-256 fingerprint."""
    clean = hex_digest.replace(":", "").upper()
    return ":".join(clean[i : i + 2] for i in range(0, len(clean), 2))


@dataclass(frozen=True)
class ClientVersionInfo:
    """`GET /api/client-version`: the newest app version the server expects and where to get it."""

    newest_version: str | None = None
    download_url: str | None = None


@dataclass(frozen=True)
class ServerIdentity:
    """What the first contact showed: who answered, with which certificate, and what it says about updates."""

    url: str
    name: str
    version: str
    #: SHA-256 of the certificate (hex, lower case); None for plain http on this machine (the demo).
    fingerprint: str | None
    #: The certificate's subject, for people who compare it with a letter from the IT office.
    certificate_subject: str | None = None
    client: ClientVersionInfo = field(default_factory=ClientVersionInfo)
    provisioned: bool = False


def _peer_certificate(url: str, *, ca_bundle: str | None, pinned: bool, timeout: float) -> bytes:
    """The server's certificate (DER), from a TLS handshake only: no HTTP request is sent.

    Without a pin the handshake verifies the chain and the host name (against `ca_bundle` or the system's
    CAs) and a failure raises `UntrustedCertificate`; with a pin the certificate is compared afterwards.
    """
    parsed = httpx.URL(url)
    host = parsed.host
    port = parsed.port or 443
    if pinned:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    else:
        context = ssl.create_default_context(cafile=ca_bundle)
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except ssl.SSLCertVerificationError as exc:
        raise UntrustedCertificate(
            url, exc.verify_message or str(exc), _fingerprint_anyway(host, port, timeout)
        ) from exc
    except (OSError, ssl.SSLError) as exc:
        raise OfflineError(f"{url}: {exc}") from exc
    if not der:
        raise OfflineError(f"{url}: the server sent no certificate")
    return der


def _fingerprint_anyway(host: str, port: int, timeout: float) -> str | None:
    """The fingerprint of a certificate that failed validation, so the person can read it to the IT office."""
    try:
        pem = ssl.get_server_certificate((host, port), timeout=timeout)
    except (OSError, ssl.SSLError):
        return None
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def _subject(der: bytes) -> str | None:
    from cryptography import x509

    try:
        return x509.load_der_x509_certificate(der).subject.rfc4514_string()
    except ValueError:
        return None


def check_server(
    url: str,
    *,
    provisioning: Provisioning | None = None,
    timeout: float = 10.0,
    transport: httpx.BaseTransport | None = None,
) -> ServerIdentity:
    """Contact the server once, before anyone signs in: its certificate first, then its health and update info.

    With a pin (from the provisioning file) a different certificate raises `CertificatePinMismatch` before
    any HTTP request; a certificate that does not validate raises `UntrustedCertificate`. `transport` is for
    tests of plain-http servers only.
    """
    url = normalize_server_url(url)
    options = provisioning.connection_options() if provisioning is not None else {"ca_bundle": None, "pin_sha256": None}
    pin = options["pin_sha256"]
    with ApiClient(url, device_id="first-run", timeout=timeout, transport=transport, **options) as api:
        fingerprint: str | None = None
        subject: str | None = None
        if url.startswith("https://"):
            der = _peer_certificate(url, ca_bundle=options["ca_bundle"], pinned=pin is not None, timeout=timeout)
            fingerprint = hashlib.sha256(der).hexdigest()
            subject = _subject(der)
            if pin is not None and fingerprint != pin:
                raise CertificatePinMismatch(url, format_fingerprint(pin), format_fingerprint(fingerprint))
        health = api.health()
        answer = _client_version_answer(api)
    version = health.get("version")
    if health.get("status") != "ok" or not isinstance(version, str):
        raise InvalidResponse(200, "invalid_response", "not an eCabinet server (no health answer)")
    server_name = answer.get("server_name")
    name = (provisioning.server_name if provisioning is not None else None) or (
        server_name if isinstance(server_name, str) and server_name else httpx.URL(url).host
    )
    return ServerIdentity(
        url=url,
        name=name,
        version=version,
        fingerprint=fingerprint,
        certificate_subject=subject,
        client=_version_info(answer),
        provisioned=provisioning is not None and provisioning.server_url == url,
    )


def _client_version_answer(api: ApiClient) -> dict[str, Any]:
    try:
        return api.send("GET", "/api/client-version")
    except NotFound:  # a server older than this endpoint announces nothing
        return {}


def _version_info(answer: Mapping[str, Any]) -> ClientVersionInfo:
    newest = answer.get("newest_version")
    download = answer.get("download_url")
    return ClientVersionInfo(
        newest_version=newest if isinstance(newest, str) and newest else None,
        # Only an https link is offered to click: the update must come from where the IT office says.
        download_url=download if isinstance(download, str) and download.startswith("https://") else None,
    )


def client_version_info(api: ApiClient) -> ClientVersionInfo:
    """What the server says about app versions, through an already trusted (signed-in) connection."""
    return _version_info(_client_version_answer(api))


# -- remembered servers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class KnownServer:
    url: str
    name: str
    fingerprint: str | None
    confirmed_at: str


class KnownServers:
    """The servers this profile has confirmed, with the certificate fingerprint seen then (trust on first use).

    A later contact that shows a different fingerprint is pointed out to the person: certificates are renewed,
    but an unannounced change is also what an impersonator looks like. Provisioned pins take precedence.
    """

    def __init__(self, profile_folder: Path) -> None:
        self.path = profile_folder / KNOWN_SERVERS_FILE

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}

    def get(self, url: str) -> KnownServer | None:
        entry = self._read().get(url)
        if entry is None:
            return None
        fingerprint = entry.get("fingerprint")
        return KnownServer(
            url=url,
            name=str(entry.get("name", "")),
            fingerprint=fingerprint if isinstance(fingerprint, str) else None,
            confirmed_at=str(entry.get("confirmed_at", "")),
        )

    def remember(self, identity: ServerIdentity) -> KnownServer:
        data = self._read()
        known = KnownServer(identity.url, identity.name, identity.fingerprint, datetime.now(UTC).isoformat())
        data[identity.url] = {"name": known.name, "fingerprint": known.fingerprint, "confirmed_at": known.confirmed_at}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".known-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return known

    def changed(self, identity: ServerIdentity) -> bool:
        """Whether this server was confirmed before with a different certificate."""
        known = self.get(identity.url)
        return known is not None and known.fingerprint is not None and known.fingerprint != identity.fingerprint


# -- updates ---------------------------------------------------------------------------------------------

_VERSION = re.compile(r"^\s*v?(\d+(?:\.\d+)*)(.*)$")


def _version_key(text: str) -> tuple[tuple[int, ...], int, str] | None:
    match = _VERSION.match(text)
    if match is None:
        return None
    release = tuple(int(part) for part in match.group(1).split("."))
    while release and release[-1] == 0:
        release = release[:-1]
    rest = match.group(2).split("+", 1)[0].strip(".-_").lower()
    # A pre-release (rc1, b2, dev3) comes before the release itself; a post-release after it.
    if not rest:
        rank = 1
    elif rest.startswith("post"):
        rank = 2
    else:
        rank = 0
    return release, rank, rest


def update_available(current: str, newest: str | None) -> bool:
    """Whether `newest` (as the server announces it) is later than `current`; unparsable versions are ignored.

    A local build (`0.0.0+unknown`, from a source tree never installed) is never told to update.
    """
    if not newest or current.startswith("0.0.0+"):
        return False
    mine, theirs = _version_key(current), _version_key(newest)
    if mine is None or theirs is None:
        return False
    return theirs > mine
