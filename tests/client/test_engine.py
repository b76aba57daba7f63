"""The offline client engine against a real server: sync, offline work, outbox, faults and remote wipe."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from netproxy import NetProxy
from support import MemoryKeyring, live_server

from ecabinet.client.engine import Engine
from ecabinet.client.errors import DeviceRevoked, OfflineError
from ecabinet.client.store import Store
from ecabinet.client.sync import wanted_versions
from ecabinet.client.vault import VaultKeyError, VaultLocked
from ecabinet.server.config import Settings


@pytest.fixture
def client_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "device"
    monkeypatch.setenv("ECABINET_DATA_DIR", str(home))
    return home


@pytest.fixture
def server(demo_settings: Settings) -> Iterator[str]:
    with live_server(demo_settings) as url:
        yield url


@pytest.fixture
def proxy(server: str) -> Iterator[NetProxy]:
    port = int(server.rsplit(":", 1)[1])
    p = NetProxy("127.0.0.1", port)
    yield p
    p.close()


def _secretary(url: str) -> Any:
    import httpx

    client = httpx.Client(base_url=url, timeout=30)
    token = client.post(
        "/api/auth/login",
        json={"username": "secretary", "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "office"},
    ).json()["token"]
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def _plaintext_pdfs(*roots: Path, since: float = 0.0, skip: tuple[str, ...] = ()) -> list[Path]:
    """Files under ``roots`` written after ``since`` that hold PDF bytes (folders named in ``skip`` aside)."""
    found = []
    for root in roots:
        for path in root.rglob("*") if root.is_dir() else []:
            if any(part in skip for part in path.parts):
                continue
            try:
                if path.is_file() and path.stat().st_mtime >= since and b"%PDF" in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found


def test_done_when_offline_work_lands_exactly_once(
    server: str, proxy: NetProxy, memory_keyring: MemoryKeyring, client_home: Path
) -> None:
    started = time.time()
    a = Engine(proxy.url, profile="minister1")
    a.login("minister1", "demo")
    first = a.sync()
    assert first.downloaded >= 10 and not first.failed and not first.offline
    assert a.store is not None
    docs = a.store.entities("document")
    # Offline: every document opens from the encrypted cache; positions wait in the outbox.
    proxy.go_offline()
    for doc in docs:
        sha = doc["versions"][-1]["sha256"]
        assert hashlib.sha256(a.open_document(sha)).hexdigest() == sha
    cabinet = next(m for m in a.store.entities("meeting") if m["title"].startswith("Regular"))
    items = a.store.entities("agenda_item", meeting_id=cabinet["id"])
    a.state_position(cabinet["id"], items[1]["id"], position="objects", comment="Deficit too high")
    a.state_position(cabinet["id"], items[2]["id"], position="no_objection")
    assert len(a.store.outbox("pending")) == 2
    assert a.sync().offline
    # Meanwhile the secretariat replaces one version and restricts another document.
    sec = _secretary(server)
    replaced = next(d for d in docs if d["title"].startswith("Teacher"))
    restricted = next(d for d in docs if d["title"].startswith("National Digital"))
    from support import make_pdf

    new_pdf = make_pdf(3, "Teacher training, revised", seed=99)
    assert (
        sec.post(
            f"/api/documents/{replaced['id']}/versions", files={"file": ("v2.pdf", new_pdf, "application/pdf")}
        ).status_code
        == 201
    )
    chair_id = next(u["id"] for u in sec.get("/api/users").json()["users"] if u["username"] == "chair")
    assert (
        sec.put(
            f"/api/documents/{restricted['id']}/access", json={"restricted": True, "user_ids": [chair_id]}
        ).status_code
        == 200
    )
    # Back online.
    proxy.go_online()
    report = a.sync()
    assert report.outbox.sent == 2 and not report.outbox.refused
    assert report.downloaded == 1
    new_sha = hashlib.sha256(new_pdf).hexdigest()
    assert a.open_document(new_sha) == new_pdf
    assert a.store.entity("document", restricted["id"]) is None
    old_sha = restricted["versions"][-1]["sha256"]
    assert not a.cache.has(old_sha)  # type: ignore[union-attr]
    # The outbox landed exactly once: a second sync sends nothing, the server holds one position each.
    assert a.sync().outbox.sent == 0
    positions = [p for p in a.store.entities("position") if p["meeting_id"] == cabinet["id"]]
    assert sorted(p["position"] for p in positions) == ["no_objection", "objects"]
    # No plaintext PDF under the store, the temporary folder or /dev/shm.
    assert _plaintext_pdfs(client_home) == []
    # The server (in this process) keeps its own plaintext under pytest's folder: that is not the device.
    temp = _plaintext_pdfs(
        Path(tempfile.gettempdir()), Path("/dev/shm"), since=started, skip=(f"pytest-of-{getpass.getuser()}",)
    )
    assert temp == []
    a.close()


def test_connection_refused(memory_keyring: MemoryKeyring, client_home: Path) -> None:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    engine = Engine(f"http://127.0.0.1:{port}", profile="p")
    with pytest.raises(OfflineError):
        engine.login("minister1", "demo")
    engine.close()


def test_download_resumes_after_the_server_dies_mid_transfer(
    server: str, proxy: NetProxy, memory_keyring: MemoryKeyring, client_home: Path
) -> None:
    a = Engine(proxy.url, profile="m2", workers=1)
    a.login("minister2", "demo")
    proxy.cut_after(400_000)  # the big annex is well over this
    first = a.sync()
    assert first.offline
    before = proxy.bytes_to_client
    second = a.sync()
    assert not second.offline and not second.failed
    total = sum(d["versions"][-1]["size"] for d in a.store.entities("document"))  # type: ignore[union-attr]
    fetched_again = proxy.bytes_to_client - before
    # Only what was missing came the second time (plus headers and the feed).
    assert fetched_again < total - 300_000
    for doc in a.store.entities("document"):  # type: ignore[union-attr]
        sha = doc["versions"][-1]["sha256"]
        assert hashlib.sha256(a.open_document(sha)).hexdigest() == sha
    a.close()


def test_bytes_that_do_not_match_are_discarded_and_retried(
    server: str, proxy: NetProxy, memory_keyring: MemoryKeyring, client_home: Path
) -> None:
    a = Engine(proxy.url, profile="m3", workers=1)
    a.login("minister3", "demo")
    proxy.corrupt_pdfs = 1  # one bad transfer: discarded, fetched again, nobody notices
    once = a.sync()
    # Every meeting paper and every consultation paper, each exactly once.
    assert not once.failed and once.downloaded == len(wanted_versions(a.store))  # type: ignore[arg-type]
    b = Engine(proxy.url, profile="m3b", workers=1)
    b.login("minister3", "demo")
    proxy.corrupt_pdfs = -1  # every transfer is bad: reported, nothing cached
    bad = b.sync()
    assert len(bad.failed) == once.downloaded
    assert all(not b.cache.has(sha) for sha, _ in bad.failed)  # type: ignore[union-attr]
    proxy.corrupt_pdfs = 0
    good = b.sync()
    assert not good.failed
    assert good.downloaded == len(bad.failed)
    b.close()
    a.close()


def test_revoked_device_is_wiped(server: str, memory_keyring: MemoryKeyring, client_home: Path) -> None:
    a = Engine(server, profile="m4")
    a.login("minister4", "demo")
    a.sync()
    folder = a.folder
    assert folder.exists() and memory_keyring.values
    admin = _secretary(server)
    token = admin.post(
        "/api/auth/login",
        json={"username": "admin", "password": "demo", "device_id": str(uuid.uuid4()), "device_name": "it"},
    ).json()["token"]
    assert (
        admin.post(f"/api/admin/devices/{a.device_id}/revoke", headers={"Authorization": f"Bearer {token}"}).status_code
        == 204
    )
    with pytest.raises(DeviceRevoked):
        a.sync()
    assert not folder.exists()
    assert not [k for k in memory_keyring.values if k[1].startswith("m4:")]
    a.close()


def test_wrong_keyring_key_is_a_clear_error(server: str, memory_keyring: MemoryKeyring, client_home: Path) -> None:
    a = Engine(server, profile="m5")
    a.login("minister5", "demo")
    a.sync()
    a.close()
    for key, value in list(memory_keyring.values.items()):
        if key[1].endswith(":grant"):
            memory_keyring.values[key] = value.replace(value.split('"key": "')[1][:10], "AAAAAAAAAA")
    b = Engine(server, profile="m5")
    assert b.resume()
    with pytest.raises(VaultKeyError):
        b.open_document("0" * 64)
    b.close()


def test_an_expired_offline_grant_locks_the_data(server: str, memory_keyring: MemoryKeyring, client_home: Path) -> None:
    a = Engine(server, profile="m6")
    a.login("minister6", "demo")
    a.sync()
    a.close()
    for key, value in list(memory_keyring.values.items()):
        if key[1].endswith(":grant"):
            memory_keyring.values[key] = value.split('"expires_at"')[0] + '"expires_at": "2000-01-01T00:00:00Z"}'
    b = Engine(server, profile="m6")
    assert b.resume()
    with pytest.raises(VaultLocked):
        b.open_document("0" * 64)
    b.close()


def test_a_final_refusal_does_not_block_the_outbox(
    server: str, proxy: NetProxy, memory_keyring: MemoryKeyring, client_home: Path
) -> None:
    a = Engine(proxy.url, profile="m1b")
    a.login("minister1", "demo")
    a.sync()
    assert a.store is not None
    cabinet = next(m for m in a.store.entities("meeting") if m["title"].startswith("Regular"))
    items = a.store.entities("agenda_item", meeting_id=cabinet["id"])
    proxy.go_offline()
    a.state_position(cabinet["id"], items[3]["id"], position="objects", comment="")  # refused: no reason given
    a.state_position(cabinet["id"], items[4]["id"], position="wants_to_speak")
    proxy.go_online()
    report = a.sync()
    assert report.outbox.sent == 1
    assert [code for _, code, _ in report.outbox.refused] == ["comment_required"]
    refused = a.store.outbox("refused")
    assert refused and refused[0].error_message
    # What was sent keeps no body on the device ...
    done = a.store.outbox("done")[0]
    assert done.body == {}
    # ... and sending the same item again (as after a lost answer) has one effect.
    body = json.dumps({"position": "wants_to_speak", "comment": "", "client_id": done.client_id})
    a.store.write(lambda conn: conn.execute("UPDATE outbox SET state='pending', body=? WHERE seq=?", (body, done.seq)))
    again = a.sync()
    assert again.outbox.sent == 1
    mine = [p for p in a.store.entities("position") if p["agenda_item_id"] == items[4]["id"]]
    assert len(mine) == 1
    a.close()


_KILL_SCRIPT = """
import os, sys
from ecabinet.client.store import Store
store = Store(__import__('pathlib').Path(sys.argv[1]))
changes = [{"seq": 100 + n, "kind": "agenda_item", "id": f"new-{n}", "op": "upsert",
            "data": {"id": f"new-{n}", "meeting_id": "m"}} for n in range(10)]
def die(n):
    if n == 5:
        os._exit(9)
store.apply_changes(changes, cursor=999, etag="x", hook=die)
"""


def test_a_process_killed_while_applying_leaves_the_store_consistent(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    store = Store(path)
    store.apply_changes(
        [{"seq": 1, "kind": "meeting", "id": "m", "op": "upsert", "data": {"id": "m"}}], cursor=1, etag="a"
    )
    store.close()
    result = subprocess.run([sys.executable, "-c", _KILL_SCRIPT, str(path)], timeout=60, env={**os.environ})
    assert result.returncode == 9
    reopened = Store(path)
    assert reopened.cursor == 1
    assert reopened.entities("agenda_item") == []
    assert [m["id"] for m in reopened.entities("meeting")] == ["m"]
    reopened.close()


def test_sync_command_without_a_keyring_uses_a_passphrase(server: str, client_home: Path) -> None:
    """``ecabinet sync`` in a subprocess on a machine with no keyring: it says so, protects the data with a
    passphrase, and a wrong passphrase later is a clear error."""

    def run(stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "ecabinet",
                "sync",
                "--server",
                server,
                "--user",
                "observer",
                "--profile",
                "cli",
                "--password-stdin",
            ],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        )

    first = run("demo\ncorrect horse\n")
    assert first.returncode == 0, first.stderr
    assert "passphrase" in first.stderr
    assert "up to date" in first.stdout and "documents" in first.stdout
    secrets = list(client_home.rglob("secrets-*.enc"))
    assert len(secrets) == 1 and b"token" not in secrets[0].read_bytes()
    wrong = run("demo\nwrong horse\n")
    assert wrong.returncode == 1
    assert "passphrase does not open" in wrong.stderr


def test_sync_can_be_cancelled_and_resumed(
    server: str, proxy: NetProxy, memory_keyring: MemoryKeyring, client_home: Path
) -> None:
    import threading

    from ecabinet.client.sync import SyncCancelled

    a = Engine(proxy.url, profile="cancel", workers=2)
    a.login("minister1", "demo")
    cancel = threading.Event()

    def progress(p: Any) -> None:
        if p.phase == "download" and p.bytes_done > 200_000:
            cancel.set()

    with pytest.raises(SyncCancelled):
        a.sync(progress=progress, cancel=cancel)
    done = a.sync()
    assert not done.failed and not done.offline
    for doc in a.store.entities("document"):  # type: ignore[union-attr]
        assert a.cache.has(doc["versions"][-1]["sha256"])  # type: ignore[union-attr]
    a.close()


def test_tls_with_a_pinned_certificate(tmp_path: Path, memory_keyring: MemoryKeyring, client_home: Path) -> None:
    """Plain HTTP to another machine is refused; HTTPS is trusted by CA bundle or by certificate pin."""
    from cryptography import x509
    from test_server_command import _self_signed, running_server

    from ecabinet.client.api import ApiClient
    from ecabinet.client.errors import CertificatePinMismatch, InsecureServerError

    with pytest.raises(InsecureServerError):
        ApiClient("http://192.0.2.10:8470", device_id=str(uuid.uuid4()))
    cert, key = _self_signed(tmp_path)
    fingerprint = hashlib.sha256(
        x509.load_pem_x509_certificate(cert.read_bytes()).public_bytes(
            encoding=__import__("cryptography.hazmat.primitives.serialization", fromlist=["Encoding"]).Encoding.DER
        )
    ).hexdigest()
    with running_server("--tls-cert", str(cert), "--tls-key", str(key), data_dir=tmp_path / "data") as (url, _log):
        with ApiClient(url, device_id=str(uuid.uuid4()), ca_bundle=str(cert)) as by_ca:
            assert by_ca.health()["status"] == "ok"
        with ApiClient(url, device_id=str(uuid.uuid4()), pin_sha256=fingerprint) as by_pin:
            assert by_pin.health()["status"] == "ok"
        with (
            ApiClient(url, device_id=str(uuid.uuid4()), pin_sha256="00" * 32) as wrong,
            pytest.raises(CertificatePinMismatch),
        ):
            wrong.health()
        with ApiClient(url, device_id=str(uuid.uuid4())) as untrusted, pytest.raises(OfflineError):
            untrusted.health()  # self-signed and neither bundle nor pin: the TLS handshake fails


def test_idle_lock_and_pin(server: str, memory_keyring: MemoryKeyring, client_home: Path) -> None:
    from ecabinet.client.pin import MAX_TRIES, PinLockedOut, WrongPin, set_pin

    a = Engine(server, profile="pin")
    a.login("minister2", "demo")
    a.sync()
    sha = a.store.entities("document")[0]["versions"][-1]["sha256"]  # type: ignore[union-attr]
    set_pin(a.store, "1357")  # type: ignore[arg-type]
    a.lock()
    assert a.locked
    with pytest.raises(VaultLocked):
        a.sync()  # nothing reopens the data key behind the lock, not even a background sync
    with pytest.raises(WrongPin):
        a.unlock("0000")
    a.unlock("1357")
    assert hashlib.sha256(a.open_document(sha)).hexdigest() == sha
    a.lock()
    for _ in range(MAX_TRIES - 1):
        with pytest.raises(WrongPin):
            a.unlock("0000")
    with pytest.raises(PinLockedOut):
        a.unlock("0000")
    with pytest.raises(VaultLocked):
        a.open_document(sha)  # the grant is gone: only a password sign-in opens the data
    a.login("minister2", "demo")
    a.unlock("1357")
    assert a.open_document(sha)
    a.close()
