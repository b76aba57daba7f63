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

    @property
    def storage_dir(self) -> Path:
        return self.data_dir / "documents"

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'ecabinet.sqlite3').resolve()}"
