"""Server settings, declared once: from arguments, ``ECABINET_*`` environment variables or defaults."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ECABINET_", extra="ignore")

    data_dir: Path = Field(default=Path("ecabinet-data"), description="Database (SQLite) and document folder.")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; SQLite under data_dir when unset.")

    max_upload_bytes: int = 200 * 1024 * 1024
    max_pages: int = 5000
    #: PDF parsing runs in a child process with these limits, so a crafted file cannot take the server down.
    inspect_timeout_seconds: float = 60.0
    inspect_memory_bytes: int = 2 * 1024 * 1024 * 1024

    # argon2id; OWASP's second recommended profile. Tests lower them.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 64 * 1024
    argon2_parallelism: int = 2

    #: A token lives this long after its last use (sliding) ...
    token_idle_seconds: int = 12 * 3600
    #: ... but never longer than this after sign-in.
    token_max_age_seconds: int = 14 * 24 * 3600

    #: How long a device may stay offline before its local data locks until the next sign-in.
    offline_grace_seconds: int = 72 * 3600
    #: Devices purge the cached packets of closed meetings after this many days.
    closed_meeting_retention_days: int = 30

    #: Failed logins per (username, address) before delays start; the delay doubles per further failure.
    login_free_failures: int = 5
    login_base_delay_seconds: int = 2
    login_max_delay_seconds: int = 15 * 60
    #: A looser limit per address alone, against password spraying over many usernames.
    login_free_failures_per_address: int = 50

    #: Addresses (or CIDR networks) of reverse proxies whose X-Forwarded-For is believed.
    trusted_proxies: list[str] = Field(default_factory=list)

    #: Set only by ``ecabinet demo``: allows serving a database marked as demo data.
    allow_demo_data: bool = False

    sync_page_size: int = 500

    # ---- between meetings (issue 16): reminders, e-mail, SMS
    #: How often the reminder job looks for due reminders, deadlines and messages to deliver (0: never).
    reminder_interval_seconds: float = 60.0
    #: Reminders this long before a consultation's deadline, to members who have not answered.
    consultation_reminder_before_seconds: int = 24 * 3600
    #: Members who have not read the packet are reminded this long before a meeting starts ...
    packet_reminder_before_seconds: int = 24 * 3600
    #: ... and the secretariat is warned of those still unread this long before.
    packet_warning_before_seconds: int = 2 * 3600
    #: Assignees are reminded this long before a task's deadline.
    task_reminder_before_seconds: int = 3 * 24 * 3600
    #: SMTP server for e-mail notifications; unset: no e-mail (in-app notifications still go out).
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_username: str | None = None
    smtp_password: str | None = None
    #: ``starttls`` (upgrade a plain connection), ``tls`` (implicit TLS, port 465) or ``none`` (local relay only).
    smtp_security: str = "starttls"
    smtp_from: str = "eCabinet <ecabinet@localhost>"
    smtp_timeout_seconds: float = 20.0
    #: A failed delivery is retried after this delay, doubled per attempt, up to ``delivery_max_attempts``.
    delivery_retry_seconds: int = 60
    delivery_max_attempts: int = 20

    #: Announced to apps before sign-in (`GET /api/client-version`): a name people recognise at first run, the
    #: newest app version this server expects (older apps say so) and where the IT office offers it (https).
    server_name: str = ""
    client_newest_version: str | None = None
    client_download_url: str | None = None

    # ---- scale-out (issue 17): object storage, logs, directory sign-in
    #: ``s3://bucket[/prefix]`` keeps document bytes in S3-compatible object storage; unset: ``data_dir/documents``.
    storage_url: str | None = None
    #: The S3 endpoint (MinIO, SeaweedFS, Ceph ...); unset means AWS. Credentials: these or boto3's usual chain
    #: (``AWS_ACCESS_KEY_ID`` / ``AWS_SECRET_ACCESS_KEY``, a profile, an instance role).
    s3_endpoint_url: str | None = None
    s3_region: str = "us-east-1"
    s3_access_key_id: str | None = None
    s3_secret_access_key: str | None = None
    #: Files above this size go up in parts of this size (multipart upload).
    s3_part_bytes: int = 8 * 1024 * 1024
    #: ``json``: one JSON object per log line (for log collectors); ``text``: uvicorn's usual lines.
    log_format: str = "text"
    #: ``ldaps://host[:port]``, or ``ldap://host[:port]`` with StartTLS (always: passwords never cross in clear);
    #: unset: local accounts only.
    ldap_url: str | None = None
    #: PEM file of the CA that issued the directory server's certificate (unset: the system's CAs).
    ldap_ca_file: str | None = None
    #: Service account that searches the directory for the person signing in (unset: anonymous search).
    ldap_bind_dn: str | None = None
    ldap_bind_password: str | None = None
    ldap_user_base: str = ""
    #: ``{username}`` is replaced (escaped); AD: ``(sAMAccountName={username})``.
    ldap_user_filter: str = "(uid={username})"
    ldap_display_name_attribute: str = "cn"
    #: Where groups are searched by ``member`` (unset: ``ldap_user_base``); AD's ``memberOf`` counts too.
    ldap_group_base: str = ""
    #: Group DN -> body id: members of the group get the secretariat role of that body at each sign-in.
    ldap_secretariat_groups: dict[str, str] = Field(default_factory=dict)
    #: Members of these group DNs may sign in; empty: anyone found under ``ldap_user_base``.
    ldap_allowed_groups: list[str] = Field(default_factory=list)
    ldap_timeout_seconds: float = 10.0

    # ---- signed minutes (issue 15)
    #: PEM files with the CA certificates trusted for signatures; empty: ``<data_dir>/trust-roots.pem`` if it
    #: exists (``ecabinet cert demo`` writes that one).
    signing_trust_roots: list[Path] = Field(default_factory=list)
    #: PEM or DER CRLs handed to signature validation (for a server fed with CRLs); fetching is off by default.
    signing_crls: list[Path] = Field(default_factory=list)
    signing_allow_fetching: bool = False
    #: pyHanko's revocation mode: soft-fail, hard-fail or require (revocation data for every certificate).
    signing_revocation_mode: str = "soft-fail"
    #: RFC 3161 timestamp authority: accepted minutes are brought to B-LT, fully signed ones to B-LTA.
    timestamp_url: str | None = None
    #: Signed minutes get a new archive timestamp this many days before the last one's certificate expires.
    archive_renewal_days: int = Field(default=180, ge=1)
    #: How signing certificates get enrolled: "admin" (only an administrator enrolls them) or "first_use" (a
    #: signer's first certificate is recorded as pending on upload and counts once an administrator approves it).
    signing_enrollment: str = "admin"
    #: IANA time zone for the times printed in the minutes.
    minutes_timezone: str = "Asia/Vientiane"

    @property
    def trust_root_files(self) -> list[Path]:
        """The configured trust root files, or the data folder's ``trust-roots.pem`` when present."""
        if self.signing_trust_roots:
            return list(self.signing_trust_roots)
        default = self.data_dir / "trust-roots.pem"
        return [default] if default.exists() else []

    @property
    def storage_dir(self) -> Path:
        return self.data_dir / "documents"

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'ecabinet.sqlite3').resolve()}"
