"""The running server's shared objects, made once per app."""

from __future__ import annotations

from dataclasses import dataclass

from ecabinet.server.accounts.service import Accounts
from ecabinet.server.config import Settings
from ecabinet.server.db import Database
from ecabinet.server.documents.service import Documents
from ecabinet.server.documents.storage import make_storage
from ecabinet.server.events.notifier import ChangeNotifier


@dataclass
class Services:
    settings: Settings
    db: Database
    accounts: Accounts
    documents: Documents
    notifier: ChangeNotifier

    @classmethod
    def build(cls, settings: Settings) -> Services:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        notifier = ChangeNotifier()
        db = Database(settings.effective_database_url, on_journal_commit=notifier.notify)
        if not db.is_sqlite:  # several server processes: commits are announced through LISTEN/NOTIFY
            from ecabinet.server.events.pgnotify import PgBridge

            notifier.attach(PgBridge(db.engine, on_change=notifier.wake))
        storage = make_storage(settings)
        return cls(
            settings=settings,
            db=db,
            accounts=Accounts(db, settings),
            documents=Documents(db, storage, settings),
            notifier=notifier,
        )
