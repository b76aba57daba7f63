"""The ``ecabinet`` command: server, app, demo and admin work.

Heavy imports (FastAPI, Qt) happen inside the subcommands, so ``ecabinet server`` never loads Qt and
``ecabinet app`` never loads the server.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

DEFAULT_PORT = 8470


def _add_storage_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="folder for the database (SQLite) and documents (default: $ECABINET_DATA_DIR or ./ecabinet-data)",
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="SQLAlchemy database URL, e.g. postgresql+psycopg://user@host/db (default: SQLite in the data folder)",
    )


def _settings(args: argparse.Namespace, **extra: Any) -> Any:
    from ecabinet.server.config import Settings

    values: dict[str, Any] = dict(extra)
    if args.data_dir is not None:
        values["data_dir"] = args.data_dir
    if args.database_url:
        values["database_url"] = args.database_url
    return Settings(**values)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ecabinet", description="eCabinet: paperless cabinet meetings.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    server = sub.add_parser("server", help="run the eCabinet server", description="Run the eCabinet server.")
    server.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    server.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 picks one)")
    server.add_argument("--tls-cert", help="PEM certificate chain: serve HTTPS")
    server.add_argument("--tls-key", help="PEM private key for --tls-cert")
    server.add_argument(
        "--workers", type=int, default=1, help="server processes sharing the port (PostgreSQL only; default 1)"
    )
    server.add_argument(
        "--storage-url", default=None, help="s3://bucket[/prefix] for document bytes (default: the data folder)"
    )
    server.add_argument("--log-format", choices=["text", "json"], default=None, help="log lines as text or JSON")
    _add_storage_args(server)

    app = sub.add_parser("app", help="open the desktop app", description="Open the eCabinet desktop app.")
    app.add_argument(
        "--server", dest="server_url", default=None, help="server address, e.g. https://ecabinet.example.gov"
    )
    app.add_argument("--profile", default="default", help="separate local data and sign-in per profile")
    app.add_argument("--language", choices=["en", "vi", "lo"], default=None, help="interface language")

    demo = sub.add_parser(
        "demo",
        help="run a seeded demo server and the app",
        description="Seed a demo installation, serve it on 127.0.0.1 and open the app.",
    )
    demo.add_argument("--headless", action="store_true", help="only run the seeded server (no app)")
    demo.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    demo.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="keep the demo data here (re-used if already seeded); default: fresh temporary data",
    )
    demo.add_argument("--profile", default="demo", help="app profile to use")
    demo.add_argument("--language", choices=["en", "vi", "lo"], default=None, help="interface language")
    demo.add_argument("--ready-file", type=Path, default=None, help=argparse.SUPPRESS)
    demo.add_argument(
        "--database-url",
        default=None,
        help="seed and serve the demo in this database, e.g. postgresql+psycopg://user@host/db "
        "(default: $ECABINET_DATABASE_URL, else SQLite in the data folder)",
    )
    demo.add_argument(
        "--storage-url",
        default=None,
        help="s3://bucket[/prefix] for the demo's document bytes, created if missing; S3 endpoint and keys from "
        "$ECABINET_S3_* (default: $ECABINET_STORAGE_URL, else the data folder)",
    )

    sync = sub.add_parser(
        "sync",
        help="sign in and sync this device's offline store",
        description="Sign in as USER and bring this profile's offline store and document cache up to date.",
    )
    sync.add_argument("--server", dest="server_url", required=True, help="server address")
    sync.add_argument("--user", required=True, help="username")
    sync.add_argument("--profile", default="default", help="separate local data and keyring entries per profile")
    sync.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    sync.add_argument("--ca-bundle", default=None, help="PEM file of CA certificates to trust for this server")
    sync.add_argument("--pin", default=None, help="SHA-256 fingerprint of the server's certificate to require")

    admin = sub.add_parser("admin", help="administer an installation", description="Administer an installation.")
    admin_sub = admin.add_subparsers(dest="admin_command", required=True, metavar="ACTION")

    def admin_cmd(name: str, help_text: str) -> argparse.ArgumentParser:
        p = admin_sub.add_parser(name, help=help_text, description=help_text)
        _add_storage_args(p)
        return p

    p = admin_cmd("create-user", "create a user account")
    p.add_argument("username")
    p.add_argument("--display-name", required=True)
    p.add_argument("--language", choices=["en", "vi", "lo"], default="en")
    p.add_argument("--admin", action="store_true", help="grant the admin role")
    p.add_argument(
        "--secretariat",
        action="append",
        default=[],
        metavar="BODY",
        help="grant the secretariat role of BODY (repeatable; the body is created if new)",
    )
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p = admin_cmd("reset-password", "set a new password (ends the user's sessions)")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p = admin_cmd("deactivate-user", "deactivate a user: sessions closed, devices revoked")
    p.add_argument("username")
    admin_cmd("list-devices", "list registered devices")
    p = admin_cmd("revoke-device", "revoke a device: its next contact wipes its data")
    p.add_argument("device_id")
    p = admin_cmd("backup", "consistent copy of an SQLite installation and its documents")
    p.add_argument("target", type=Path, help="folder to write the backup to")
    admin_cmd("verify-audit", "check the audit log's hash chain")
    admin_cmd("migrate", "bring the database schema up to date (once, before starting several servers)")
    p = admin_cmd("storage", "document storage: copy every version to another store")
    p.add_argument("storage_action", choices=["migrate"], help="migrate: copy and verify every document version")
    p.add_argument("--to", required=True, metavar="URL", help="target store, e.g. s3://bucket/prefix")
    p.add_argument("--verify-existing", action="store_true", help="also re-hash blobs already in the target")
    _add_meeting_commands(admin_sub)
    _add_cert_commands(sub, admin_sub)
    return parser


def _add_meeting_commands(admin_sub: Any) -> None:
    """``ecabinet admin meeting ...``: the secretariat's API for scripts and document management systems."""
    meeting = admin_sub.add_parser(
        "meeting", help="prepare meetings from the command line", description="Prepare meetings from the command line."
    )
    sub = meeting.add_subparsers(dest="meeting_command", required=True, metavar="ACTION")

    def cmd(name: str, help_text: str, *, acts: bool = True) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
        _add_storage_args(p)
        if acts:
            p.add_argument(
                "--as",
                dest="as_user",
                required=True,
                metavar="USERNAME",
                help="the secretariat member doing this (recorded in the audit)",
            )
        return p

    p = cmd("list", "list meetings", acts=False)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = cmd("show", "show a meeting's agenda, documents and participants", acts=False)
    p.add_argument("meeting_id")
    p.add_argument("--json", action="store_true", help="machine-readable output (the API's meeting view)")
    p = cmd("create", "create a draft meeting")
    p.add_argument("--title", required=True)
    p.add_argument("--starts-at", required=True, help="date and time with zone, e.g. 2027-03-01T09:00:00+07:00")
    p.add_argument("--duration", type=int, default=120, help="planned length in minutes (default 120)")
    p.add_argument("--location", default="")
    p.add_argument("--language", choices=["en", "vi", "lo"], default="en")
    p.add_argument("--body", default=None, help="the body whose meeting it is (default: your only one)")
    p = cmd("publish", "publish a meeting: participants receive it at their next sync")
    p.add_argument("meeting_id")
    p = cmd("add-item", "add an agenda item")
    p.add_argument("meeting_id")
    p.add_argument("title")
    p.add_argument("--presenter", default="")
    p.add_argument("--duration", type=int, default=10, help="planned minutes (default 10)")
    p.add_argument("--parent", default=None, metavar="ITEM_ID", help="make it a sub-item of this item")
    p.add_argument("--position", type=int, default=None, help="1-based place among its siblings (default last)")
    p = cmd("upload", "upload a PDF to an agenda item, or a new version of a document")
    p.add_argument("meeting_id")
    p.add_argument("item_id")
    p.add_argument("file", type=Path)
    p.add_argument("--title", default="")
    p.add_argument("--restricted-to", default="", metavar="USERS", help="comma-separated usernames who may read it")
    p.add_argument("--document", default=None, metavar="DOC_ID", help="add a new version of this document instead")
    p = cmd("import", "import a meeting from a folder: agenda.json plus the PDFs it names (all or nothing)")
    p.add_argument("folder", type=Path)
    p.add_argument("--body", default=None, help="the body whose meeting it is (default: from the agenda)")
    p.add_argument("--publish", action="store_true", help="publish it right away")


def _version() -> str:
    from ecabinet import __version__

    return f"ecabinet {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "server":
        return cmd_server(args)
    if args.command == "app":
        return cmd_app(args)
    if args.command == "demo":
        return cmd_demo(args)
    if args.command == "sync":
        return cmd_sync(args)
    if args.command == "cert":
        return cmd_cert(args)
    return cmd_admin(args)


# ---------------------------------------------------------------- server


def cmd_server(args: argparse.Namespace) -> int:
    from ecabinet.server.app import DemoDataRefused, create_app, prepare
    from ecabinet.server.serve import serve

    if bool(args.tls_cert) != bool(args.tls_key):
        print("error: --tls-cert and --tls-key go together", file=sys.stderr)
        return 2
    extra = {k: v for k, v in (("storage_url", args.storage_url), ("log_format", args.log_format)) if v}
    settings = _settings(args, **extra)
    if args.workers > 1 and not settings.effective_database_url.startswith("postgresql"):
        print(
            "error: --workers needs PostgreSQL (--database-url): on SQLite the processes' live events would split.",
            file=sys.stderr,
        )
        return 2
    try:
        services = prepare(settings)
    except DemoDataRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not args.tls_cert:
        print(
            "eCabinet serves plain HTTP (no --tls-cert/--tls-key): use it only on this machine or behind a "
            "TLS-terminating proxy. Apps refuse plain HTTP to anything but 127.0.0.0/8.",
            file=sys.stderr,
        )
    if args.workers > 1:
        from ecabinet.server.serve import serve_workers

        services.db.dispose()  # migrated once here; each worker opens its own connections
        serve_workers(
            workers=args.workers,
            host=args.host,
            port=args.port,
            environment=_worker_environment(settings),
            tls_cert=args.tls_cert,
            tls_key=args.tls_key,
            log_format=settings.log_format,
        )
        return 0
    serve(
        create_app(settings, services),
        host=args.host,
        port=args.port,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
        on_ready=lambda url: print(f"eCabinet server at {url}", flush=True),
        log_format=settings.log_format,
    )
    return 0


def _worker_environment(settings: Any) -> dict[str, str]:
    """The settings given on the command line, as the ``ECABINET_*`` variables each worker reads."""
    env = {"ECABINET_DATA_DIR": str(settings.data_dir.resolve()), "ECABINET_LOG_FORMAT": settings.log_format}
    if settings.database_url:
        env["ECABINET_DATABASE_URL"] = settings.database_url
    if settings.storage_url:
        env["ECABINET_STORAGE_URL"] = settings.storage_url
    return env


# ---------------------------------------------------------------- app


def cmd_app(args: argparse.Namespace) -> int:
    from ecabinet.ui.app import run

    return run(server_url=args.server_url, profile=args.profile, language=args.language)


# ---------------------------------------------------------------- sync


def _bar(done: int, total: int, width: int = 30) -> str:
    filled = int(width * done / total) if total else width
    return "[" + "#" * filled + "-" * (width - filled) + "]"


def cmd_sync(args: argparse.Namespace) -> int:
    from ecabinet.client.engine import Engine, server_folder
    from ecabinet.client.errors import ApiError, DeviceRevoked
    from ecabinet.client.sync import SyncProgress
    from ecabinet.client.vault import PassphraseSecrets, VaultError, keyring_available

    def ask(prompt: str) -> str:
        return sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass(prompt)

    password = ask(f"Password for {args.user}: ")
    factory = None
    if not keyring_available():
        print("No system keyring on this device: its data key is protected by a passphrase instead.", file=sys.stderr)
        passphrase = ask("Passphrase for this device's data: ")

        def factory(url: str, namespace: str) -> PassphraseSecrets:
            digest = hashlib.sha256(namespace.encode()).hexdigest()[:16]
            return PassphraseSecrets(server_folder(args.profile, url) / f"secrets-{digest}.enc", passphrase)

    engine = Engine(
        args.server_url, profile=args.profile, ca_bundle=args.ca_bundle, pin_sha256=args.pin, secrets_factory=factory
    )
    started = time.monotonic()

    def show(p: SyncProgress) -> None:
        if p.phase == "download" and p.bytes_total:
            mb = f"{p.bytes_done / 1e6:6.1f}/{p.bytes_total / 1e6:.1f} MB"
            print(
                f"\r{_bar(p.bytes_done, p.bytes_total)} {p.files_done}/{p.files_total} files {mb}", end="", flush=True
            )

    try:
        engine.login(args.user, password)
        report = engine.sync(progress=show)
    except DeviceRevoked:
        print("\nThis device was revoked by the IT office: its local data has been removed.", file=sys.stderr)
        return 3
    except (ApiError, VaultError) as exc:
        print(f"\nerror: {getattr(exc, 'message', str(exc))}", file=sys.stderr)
        return 1
    finally:
        engine.close()
    print()
    state = "offline: will finish next time" if report.offline else "up to date"
    print(
        f"{state}: {report.changes} changes, {report.downloaded} documents ({report.bytes_downloaded / 1e6:.1f} MB) "
        f"downloaded, {report.purged} removed, outbox {report.outbox.sent} sent / {len(report.outbox.refused)} "
        f"refused, {time.monotonic() - started:.1f} s"
    )
    for sha, reason in report.failed:
        print(f"  failed {sha[:12]}: {reason}", file=sys.stderr)
    return 0 if not report.failed else 1


# ---------------------------------------------------------------- demo


def _print_accounts() -> None:
    from ecabinet.server.demo import ACCOUNTS, DEMO_PASSWORD

    print(f"Demo accounts (password for all: {DEMO_PASSWORD!r}):", flush=True)
    for account in ACCOUNTS:
        print(f"  {account.username:<10} {account.display_name} — {account.description}", flush=True)


def cmd_demo(args: argparse.Namespace) -> int:
    if args.headless:
        return _demo_server(args)
    return _demo_with_app(args)


def _demo_server(args: argparse.Namespace) -> int:
    from ecabinet.server.app import create_app, is_demo_database
    from ecabinet.server.config import Settings
    from ecabinet.server.demo import seed
    from ecabinet.server.serve import serve
    from ecabinet.server.services import Services

    fresh = args.data_dir is None
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="ecabinet-demo-"))
    extra = {k: v for k, v in (("database_url", args.database_url), ("storage_url", args.storage_url)) if v}
    settings = Settings(data_dir=data_dir, allow_demo_data=True, **extra)
    services = Services.build(settings)
    services.db.upgrade()
    ensure_bucket = getattr(services.documents.storage, "ensure_bucket", None)
    if ensure_bucket is not None:  # a demo against a fresh S3 server (SeaweedFS, MinIO) makes its own bucket
        ensure_bucket()
    if not is_demo_database(services):
        from ecabinet.server.accounts.models import User

        with services.db.reading() as session:
            if session.query(User).first() is not None:
                print(f"error: {data_dir} holds a real installation, not demo data", file=sys.stderr)
                return 2
        started = time.monotonic()
        print(f"Seeding demo data in {data_dir} ...", flush=True)
        seed(services, progress=lambda msg: print("  " + msg, flush=True))
        print(f"Seeded in {time.monotonic() - started:.1f} s", flush=True)
    _print_accounts()
    pki = _ensure_demo_pki(services)
    _print_demo_pki(pki)

    def ready(url: str) -> None:
        print(f"eCabinet demo server at {url}", flush=True)
        if args.ready_file:
            tmp = args.ready_file.with_suffix(".tmp")
            # The app offers the demo users' certificates (and the chair's SoftHSM2 token) from `pki`.
            tmp.write_text(json.dumps({"url": url, "pid": os.getpid(), "pki": _demo_pki_offer(pki)}))
            tmp.replace(args.ready_file)

    try:
        serve(create_app(settings, services), host="127.0.0.1", port=args.port, on_ready=ready)
    finally:
        if fresh:
            shutil.rmtree(data_dir, ignore_errors=True)
    return 0


def _demo_with_app(args: argparse.Namespace) -> int:
    """The server runs as a child process, so it never shares the app's GIL."""
    from ecabinet.server.demo import ACCOUNTS

    work = Path(tempfile.mkdtemp(prefix="ecabinet-demo-run-"))
    ready_file = work / "ready.json"
    cmd = [
        sys.executable,
        "-m",
        "ecabinet",
        "demo",
        "--headless",
        "--port",
        str(args.port),
        "--ready-file",
        str(ready_file),
    ]
    if args.data_dir is not None:
        cmd += ["--data-dir", str(args.data_dir)]
    for flag, value in (("--database-url", args.database_url), ("--storage-url", args.storage_url)):
        if value:
            cmd += [flag, value]
    child = subprocess.Popen(cmd)
    try:
        deadline = time.monotonic() + 300
        while not ready_file.exists():
            if child.poll() is not None:
                print("error: the demo server stopped before it was ready", file=sys.stderr)
                return 1
            if time.monotonic() > deadline:
                print("error: the demo server did not start in time", file=sys.stderr)
                return 1
            time.sleep(0.1)
        ready = json.loads(ready_file.read_text())
        from ecabinet.ui.app import run

        accounts = [(a.username, a.description) for a in ACCOUNTS]
        return run(
            server_url=ready["url"],
            profile=args.profile,
            demo_accounts=accounts,
            language=args.language,
            demo_pki=ready.get("pki"),
        )
    finally:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------- admin


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Repeat: ") != first:
        raise SystemExit("error: the passwords differ")
    return first


def cmd_admin(args: argparse.Namespace) -> int:
    from ecabinet.core.domain import GlobalRole
    from ecabinet.core.errors import DomainError
    from ecabinet.server.accounts import service
    from ecabinet.server.accounts.models import Body
    from ecabinet.server.app import prepare
    from ecabinet.server.backup import BackupNotSupported, backup
    from ecabinet.server.journal import SYSTEM, verify_audit_chain
    from ecabinet.server.meetings.views import iso

    settings = _settings(args, allow_demo_data=True)
    if args.admin_command in ("migrate", "storage"):
        return cmd_admin_scale(args, settings)
    services = prepare(settings)
    db = services.db
    action = args.admin_command
    try:
        if action == "create-user":
            password = _read_password(args)
            roles: list[tuple[GlobalRole, str | None]] = [(GlobalRole.ADMIN, None)] if args.admin else []
            with db.writing() as session:
                for body in args.secretariat:
                    if session.get(Body, body) is None:
                        session.add(Body(id=body, name=body))
                        session.flush()
                    roles.append((GlobalRole.SECRETARIAT, body))
                user = service.create_user(
                    session,
                    services.accounts.passwords,
                    username=args.username,
                    password=password,
                    display_name=args.display_name,
                    language=args.language,
                    roles=roles,
                )
                print(f"created {user.username} ({user.id})")
        elif action == "reset-password":
            password = _read_password(args)
            with db.writing() as session:
                service.reset_password(
                    session, services.accounts.passwords, username=args.username, password=password, actor=SYSTEM
                )
            print(f"password of {args.username} reset; their sessions are closed")
        elif action == "deactivate-user":
            with db.writing() as session:
                service.deactivate_user(session, username=args.username, actor=SYSTEM)
            print(f"{args.username} deactivated; devices revoked")
        elif action == "list-devices":
            with db.reading() as session:
                for device, user in service.list_devices(session):
                    state = f"revoked {iso(device.revoked_at)}" if device.revoked_at else "active"
                    seen = iso(device.last_seen_at)
                    print(f"{device.id}  {user.username:<12} {device.name:<24} last seen {seen}  {state}")
        elif action == "revoke-device":
            with db.writing() as session:
                service.revoke_device(session, device_id=args.device_id, actor=SYSTEM)
            print(f"device {args.device_id} revoked")
        elif action == "backup":
            db_copy, copied = backup(settings, args.target)
            print(f"database copied to {db_copy}; {copied} document files copied")
        elif action == "meeting":
            return cmd_admin_meeting(args, services)
        elif action == "cert":
            return cmd_admin_cert(args, services)
        elif action == "verify-audit":
            with db.reading() as session:
                problems = verify_audit_chain(session)
            for problem in problems:
                print(problem)
            print("audit log intact" if not problems else f"{len(problems)} problem(s) found")
            return 0 if not problems else 1
    except DomainError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    except BackupNotSupported as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    return 0


def cmd_admin_scale(args: argparse.Namespace, settings: Any) -> int:
    """``admin migrate`` and ``admin storage migrate --to URL`` (several servers, object storage)."""
    from ecabinet.server.db import Database
    from ecabinet.server.documents.storage import make_storage

    db = Database(settings.effective_database_url)
    try:
        if args.admin_command == "migrate":
            db.upgrade()
            print("database schema up to date")
            return 0
        db.upgrade()
        from ecabinet.server.storage_migrate import Step, migrate

        source = make_storage(settings)
        target = make_storage(settings.model_copy(update={"storage_url": args.to}))
        ensure = getattr(target, "ensure_bucket", None)
        if ensure is not None:
            ensure()
        print(f"copying document versions from {source.description} to {target.description}", flush=True)

        def show(step: Step) -> None:
            print(f"[{step.index}/{step.total}] {step.sha256[:16]}  {step.size:>12} bytes  {step.outcome}", flush=True)

        report = migrate(db, source, target, verify_existing=args.verify_existing, on_step=show)
        print(
            f"{report.copied} copied ({report.bytes_copied} bytes), {report.present} already there, "
            f"{len(report.failed)} failed, of {report.total}"
        )
        for sha, why in report.failed:
            print(f"failed {sha}: {why}", file=sys.stderr)
        if report.failed:
            print("run the same command again to retry what failed", file=sys.stderr)
            return 1
        print(f"all verified; now set ECABINET_STORAGE_URL={args.to} and restart the servers")
        return 0
    finally:
        db.dispose()


# ---------------------------------------------------------------- admin meeting


def _cli_caller(services: Any, username: str) -> Any:
    """Act as a secretariat user: the service rules and the audit apply as for the API."""
    from ecabinet.core.errors import InvalidRequest
    from ecabinet.server.accounts.service import Caller, find_user, person_for

    with services.db.reading() as session:
        user = find_user(session, username)
        if not user.active:
            raise InvalidRequest(f"{username} is deactivated.")
        person = person_for(session, user.id)
        return Caller(
            user_id=user.id,
            username=user.username,
            display_name=user.display_name,
            device_id="cli",
            token_id=0,
            person=person,
        )


def _print_meeting(data: dict[str, Any]) -> None:
    print(f"{data['title']}  [{data['state']}]  {data['starts_at']}  {data['location']}")
    print(f"id {data['id']}  version {data['version']}")
    print(f"planned {data['planned_minutes']} of {data['duration_minutes']} minutes")
    for item in data["agenda"]:
        indent = "    " if item["parent_id"] else "  "
        late = "  (late)" if item["late"] else ""
        who = f"  — {item['presenter']}" if item["presenter"] else ""
        print(f"{indent}{item['number']:<5} {item['title']}{who}  {item['duration_minutes']} min{late}")
        print(f"{indent}      item {item['id']}")
        for doc in item["documents"]:
            newest = doc["versions"][-1] if doc["versions"] else None
            lock = " [restricted]" if doc["restricted"] else ""
            pages = f"{newest['pages']} pages, {newest['size'] / 1e6:.1f} MB" if newest else "no version"
            ocr = f", OCR {doc['ocr']['state']}" if doc.get("ocr") else ""
            print(f"{indent}      - {doc['title']}{lock} ({pages}, {len(doc['versions'])} version(s){ocr}) {doc['id']}")
    for person in data.get("participants", []):
        print(f"  participant {person['display_name']} ({person['role']})")


def _file_chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            yield block


def cmd_admin_meeting(args: argparse.Namespace, services: Any) -> int:
    from datetime import datetime

    from ecabinet.core.domain import MeetingState
    from ecabinet.core.errors import InvalidRequest, NotFound
    from ecabinet.core.permissions import Person
    from ecabinet.server.documents.service import stage_chunks
    from ecabinet.server.meetings import service
    from ecabinet.server.meetings.importer import ImportProblems, import_meeting
    from ecabinet.server.meetings.models import Meeting
    from ecabinet.server.meetings.views import item_number, meeting_summary

    action = args.meeting_command
    if action == "list":
        with services.db.reading() as session:
            meetings = session.query(Meeting).order_by(Meeting.starts_at).all()
            rows = [meeting_summary(m, None) for m in meetings]
        if args.json:
            print(json.dumps({"meetings": rows}, ensure_ascii=False, indent=2))
        for row in [] if args.json else rows:
            print(f"{row['id']}  {row['state']:<10} {row['starts_at']}  {row['title']}")
        return 0
    if action == "show":
        with services.db.reading() as session:
            meeting = session.get(Meeting, args.meeting_id)
            if meeting is None:
                raise NotFound(f"No meeting {args.meeting_id}.")
            reader = Person(user_id="", secretariat_of=frozenset({meeting.body_id}))
            data = service.meeting_detail(session, reader, meeting.id)
        if args.json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            _print_meeting(data)
        return 0
    caller = _cli_caller(services, args.as_user)
    if action == "create":
        try:
            starts_at = datetime.fromisoformat(args.starts_at)
        except ValueError as exc:
            raise InvalidRequest(f"--starts-at {args.starts_at!r} is not a date and time") from exc
        if starts_at.tzinfo is None:
            raise InvalidRequest("--starts-at needs a time zone, e.g. 2027-03-01T09:00:00+07:00")
        bodies = sorted(caller.person.secretariat_of)
        body = args.body or (bodies[0] if len(bodies) == 1 else None)
        if body is None:
            raise InvalidRequest("Say which body's meeting this is with --body.")
        with services.db.writing() as session:
            meeting = service.create_meeting(
                session,
                caller,
                body_id=body,
                title=args.title,
                starts_at=starts_at,
                duration_minutes=args.duration,
                location=args.location,
                language=args.language,
            )
            print(f"created meeting {meeting.id} (draft)")
    elif action == "publish":
        with services.db.writing() as session:
            service.change_state(session, caller, args.meeting_id, MeetingState.PUBLISHED)
        print(f"meeting {args.meeting_id} published")
    elif action == "add-item":
        with services.db.writing() as session:
            item = service.add_item(
                session,
                caller,
                args.meeting_id,
                title=args.title,
                presenter=args.presenter,
                duration_minutes=args.duration,
                position=args.position,
                parent_id=args.parent,
            )
            print(f"added item {item_number(session, item)}: {item.id}")
    elif action == "upload":
        if not args.file.is_file():
            raise InvalidRequest(f"{args.file}: no such file")
        staged = stage_chunks(
            services.documents.storage,
            _file_chunks(args.file),
            limit=services.settings.max_upload_bytes,
            filename=args.file.name,
        )
        if args.document:
            version = services.documents.add_version(caller, document_id=args.document, staged=staged)
            print(f"new version {version.sha256} ({version.pages} pages) of document {args.document}")
        else:
            names = [n.strip() for n in args.restricted_to.split(",") if n.strip()]
            with services.db.reading() as session:
                from ecabinet.server.accounts.service import find_user

                readers = [find_user(session, n).id for n in names]
            document, version = services.documents.create_document(
                caller,
                meeting_id=args.meeting_id,
                item_id=args.item_id,
                title=args.title or args.file.stem,
                restricted=bool(readers),
                readers=readers,
                staged=staged,
            )
            print(f"uploaded document {document.id}: {version.pages} pages, sha256 {version.sha256}")
    elif action == "import":
        try:
            meeting = import_meeting(services, caller, args.folder, body_id=args.body, publish=args.publish)
        except ImportProblems as exc:
            print(f"error: {args.folder} was not imported; nothing was stored:", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
            return 1
        state = "published" if args.publish else "draft"
        print(f"imported meeting {meeting.id} ({state})")
    return 0


# ---------------------------------------------------------------- signing certificates (issue 15)


def _add_cert_commands(sub: Any, admin_sub: Any) -> None:
    cert = sub.add_parser("cert", help="signing certificates", description="Signing certificates for the minutes.")
    cert_sub = cert.add_subparsers(dest="cert_command", required=True, metavar="ACTION")
    demo = cert_sub.add_parser(
        "demo",
        help="create a demo CA and signing certificates for the demo users",
        description="Create a demo CA and PKCS#12 signing certificates for the demo users under DATA_DIR/pki, "
        "enroll them on the server and make the demo CA its trust root (demo installations only).",
    )
    _add_storage_args(demo)
    admin_cert = admin_sub.add_parser(
        "cert", help="enrolled signing certificates", description="Enrolled signing certificates of users."
    )
    acts = admin_cert.add_subparsers(dest="cert_command", required=True, metavar="ACTION")
    p = acts.add_parser(
        "enroll",
        help="enroll a user's signing certificate",
        description="Enroll a user's signing certificate: signatures by it count as that user's.",
    )
    _add_storage_args(p)
    p.add_argument("username")
    p.add_argument("--cert", type=Path, default=None, help="the certificate (PEM or DER)")
    p.add_argument("--fingerprint", default=None, help="or its SHA-256 fingerprint (64 hex digits)")
    p = acts.add_parser("list", help="list signing certificates", description="List signing certificates.")
    _add_storage_args(p)
    p.add_argument("--state", choices=["active", "pending", "revoked"], default=None)
    for name, text in (("approve", "approve a certificate seen on first use"), ("revoke", "revoke a certificate")):
        p = acts.add_parser(name, help=text, description=text)
        _add_storage_args(p)
        p.add_argument("certificate_id", type=int)


def _ensure_demo_pki(services: Any) -> Any:
    from ecabinet.server.minutes.demo_pki import ensure_demo_pki

    return ensure_demo_pki(services)


def _demo_pki_offer(files: Any) -> dict[str, Any]:
    """What the demo app offers when a demo user sets up signing: the .p12 folder, and the chair's token."""
    token = files.token
    return {
        "directory": str(files.directory),
        "passphrase": files.passphrase,
        "token": None
        if token is None
        else {
            "module": token.module,
            "config": str(token.config),
            "token_label": token.token_label,
            "key_label": token.key_label,
            "pin": token.pin,
            "username": "chair",
            # The token holds the chair's certificate only; signatures embed the issuing CA from here.
            "ca_chain": [str(files.directory / "signing-ca.pem")],
        },
    }


def _print_demo_pki(files: Any) -> None:
    state = "created" if files.created else "in place"
    print(f"Demo signing certificates ({state}) in {files.directory}:", flush=True)
    for username, path in files.p12.items():
        print(f"  {username:<10} {path}", flush=True)
    print(f"  passphrase of every .p12 file: {files.passphrase!r}; trust root: {files.root_pem}", flush=True)
    if files.token is not None:
        token = files.token
        print(
            f"  the chair's key is also on a SoftHSM2 token: module {token.module}, token {token.token_label!r}, "
            f"PIN {token.pin}, SOFTHSM2_CONF={token.config}",
            flush=True,
        )
    else:
        print("  SoftHSM2 is not installed: the chair signs from the PKCS#12 file, not from a token.", flush=True)


def cmd_cert(args: argparse.Namespace) -> int:
    """``ecabinet cert demo``: only on a demo installation (its CA keys lie in the data folder)."""
    from ecabinet.server.app import is_demo_database, prepare

    settings = _settings(args, allow_demo_data=True)
    services = prepare(settings)
    try:
        if not is_demo_database(services):
            print(
                f"error: {settings.data_dir} is not a demo installation; enroll real certificates with "
                "'ecabinet admin cert enroll'",
                file=sys.stderr,
            )
            return 2
        _print_demo_pki(_ensure_demo_pki(services))
    finally:
        services.db.dispose()
    return 0


def cmd_admin_cert(args: argparse.Namespace, services: Any) -> int:
    from ecabinet.server.accounts.service import find_user
    from ecabinet.server.journal import SYSTEM
    from ecabinet.server.minutes import certificates

    action = args.cert_command
    if action == "enroll":
        if args.cert is None and args.fingerprint is None:
            print("error: give --cert FILE or --fingerprint HEX", file=sys.stderr)
            return 2
        with services.db.writing() as session:
            user = find_user(session, args.username)
            row = certificates.enroll(
                session,
                SYSTEM,
                user_id=user.id,
                certificate=args.cert.read_bytes() if args.cert else None,
                fingerprint=args.fingerprint,
            )
            print(f"enrolled {row.fingerprint} for {user.username} (certificate {row.id})")
    elif action == "list":
        with services.db.reading() as session:
            listed = certificates.list_certificates(session, state=args.state)
        for entry in listed:
            print(
                f"{entry['id']:>4}  {entry['username'] or entry['user_id']:<12} {entry['state']:<8} "
                f"{entry['fingerprint']}  {entry['subject']}"
            )
        if not listed:
            print("no signing certificates")
    else:
        state = "active" if action == "approve" else "revoked"
        with services.db.writing() as session:
            row = certificates.decide(session, SYSTEM, args.certificate_id, state=state)
            print(f"certificate {row.id} ({row.fingerprint}) is {row.state}")
    return 0
