"""Sign-in, tokens, devices and the admin's account work.

Password checks are slow on purpose (argon2id); callers run them off the event loop.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ecabinet.core.domain import GlobalRole, Language
from ecabinet.core.errors import Conflict, Gone, InvalidRequest, NotFound, TooManyAttempts, Unauthorized
from ecabinet.core.permissions import Person
from ecabinet.server.accounts.models import Device, LoginThrottle, RoleGrant, Token, User
from ecabinet.server.accounts.passwords import Passwords
from ecabinet.server.config import Settings
from ecabinet.server.db import Database, utcnow
from ecabinet.server.directory import Directory, is_directory_account
from ecabinet.server.journal import SYSTEM, Actor, audit

#: A used token's sliding expiry is written back at most this often (a write per request would
#: serialise every call on SQLite).
_SLIDE_WRITE_INTERVAL = timedelta(seconds=60)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


@dataclass(frozen=True)
class Caller:
    """An authenticated request's user, device and permission facts."""

    user_id: str
    username: str
    display_name: str
    device_id: str
    token_id: int
    person: Person

    @property
    def actor(self) -> Actor:
        return Actor(user_id=self.user_id, device_id=self.device_id)


def person_for(session: Session, user_id: str) -> Person:
    grants = session.execute(select(RoleGrant).where(RoleGrant.user_id == user_id)).scalars().all()
    roles = frozenset(GlobalRole(g.role) for g in grants)
    bodies = frozenset(g.body_id for g in grants if g.role == GlobalRole.SECRETARIAT and g.body_id)
    return Person(user_id=user_id, global_roles=roles, secretariat_of=bodies)


def user_roles(session: Session, user_id: str) -> list[str]:
    return sorted(person_for(session, user_id).global_roles)


# ---------------------------------------------------------------- throttling


class LoginThrottler:
    """Growing delays after repeated failures, per (username, address) and per address.

    Keyed by the pair, so a stranger guessing a minister's password from one address does not lock the
    minister out from another; the looser per-address limit slows spraying over many usernames.
    """

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def _keys(self, username: str, address: str) -> list[tuple[str, int]]:
        s = self._settings
        return [
            (f"pair:{username.casefold()}|{address}", s.login_free_failures),
            (f"addr:{address}", s.login_free_failures_per_address),
        ]

    def check(self, session: Session, username: str, address: str) -> None:
        now = utcnow()
        for key, _free in self._keys(username, address):
            row = session.get(LoginThrottle, key)
            if row and row.blocked_until and row.blocked_until > now:
                raise TooManyAttempts(max(1, int((row.blocked_until - now).total_seconds() + 0.999)))

    def failed(self, session: Session, username: str, address: str) -> None:
        now = utcnow()
        s = self._settings
        for key, free in self._keys(username, address):
            row = session.get(LoginThrottle, key)
            if row is None:
                row = LoginThrottle(key=key, failures=0, last_failure_at=now)
                session.add(row)
            elif now - row.last_failure_at > timedelta(seconds=s.login_max_delay_seconds * 2):
                row.failures = 0  # an old streak is forgiven
            row.failures += 1
            row.last_failure_at = now
            over = row.failures - free
            if over >= 0:
                delay = min(s.login_base_delay_seconds * (2**over), s.login_max_delay_seconds)
                row.blocked_until = now + timedelta(seconds=delay)
        session.flush()

    def succeeded(self, session: Session, username: str, address: str) -> None:
        row = session.get(LoginThrottle, self._keys(username, address)[0][0])
        if row is not None:
            session.delete(row)


# ---------------------------------------------------------------- sign-in


@dataclass(frozen=True)
class OfflineGrant:
    """The key that unlocks a device's local data, valid offline until ``expires_at``."""

    key: str
    expires_at: datetime


@dataclass(frozen=True)
class LoginResult:
    token: str
    expires_at: datetime
    device_id: str
    user: User
    roles: list[str]
    grant: OfflineGrant


def _grant_for(device: Device, settings: Settings) -> OfflineGrant:
    if not device.grant_key:
        device.grant_key = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")
    return OfflineGrant(key=device.grant_key, expires_at=utcnow() + timedelta(seconds=settings.offline_grace_seconds))


class Accounts:
    def __init__(self, db: Database, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        self.passwords = Passwords(settings)
        self.throttle = LoginThrottler(settings)
        #: Directory sign-in (LDAP/AD), when ``ldap_url`` is set; see ``ecabinet.server.directory``.
        self.directory = Directory.from_settings(settings)

    def login(self, *, username: str, password: str, device_id: str, device_name: str, address: str) -> LoginResult:
        """Check the password and issue a device-bound token. Blocking: run it in a worker thread."""
        with self.db.reading() as session:
            device = session.get(Device, device_id)
            if device is not None and device.revoked_at is not None:
                raise Gone("This device has been revoked.")
            self.throttle.check(session, username, address)
            user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
            stored = user.password_hash if user is not None and user.active else None
        ok = self.passwords.verify(stored, password)
        if not ok and self.directory is not None and (user is None or is_directory_account(user)):
            user = self._directory_login(username, password)
            ok = user is not None
        if not ok or user is None:
            # Committed before answering: the failure must count even though the request fails.
            with self.db.writing() as session:
                self.throttle.failed(session, username, address)
                audit(session, SYSTEM, "login_failed", details={"username": username, "address": address})
            raise Unauthorized("Wrong username or password.", code="invalid_credentials")
        with self.db.writing() as session:
            device = session.get(Device, device_id)
            if device is not None and device.revoked_at is not None:
                raise Gone("This device has been revoked.")
            now = utcnow()
            if device is None:
                device = Device(id=device_id, user_id=user.id, name=device_name[:200], created_at=now)
                session.add(device)
            else:
                device.user_id = user.id
                device.name = device_name[:200]
            device.last_seen_at = now
            self.throttle.succeeded(session, username, address)
            if self.passwords.needs_rehash(user.password_hash):
                db_user = session.get(User, user.id)
                assert db_user is not None
                db_user.password_hash = self.passwords.hash(password)
            token = secrets.token_urlsafe(32)
            absolute = now + timedelta(seconds=self.settings.token_max_age_seconds)
            expires = min(now + timedelta(seconds=self.settings.token_idle_seconds), absolute)
            session.add(
                Token(
                    token_hash=hash_token(token),
                    user_id=user.id,
                    device_id=device_id,
                    created_at=now,
                    last_used_at=now,
                    expires_at=expires,
                    absolute_expires_at=absolute,
                )
            )
            session.flush()
            grant = _grant_for(device, self.settings)
            audit(session, Actor(user.id, device_id), "login", target_kind="device", target_id=device_id)
            return LoginResult(token, expires, device_id, user, user_roles(session, user.id), grant)

    def _directory_login(self, username: str, password: str) -> User | None:
        """A directory account: the directory checks the password; the local user is made or updated."""
        assert self.directory is not None
        person = self.directory.authenticate(username, password)
        if person is None:
            return None
        with self.db.writing() as session:
            return self.directory.provision(session, person)

    def authenticate(self, token: str) -> Caller:
        """The caller behind a bearer token: 410 for a revoked device, 401 for anything else wrong."""
        now = utcnow()
        with self.db.reading() as session:
            row = session.execute(select(Token).where(Token.token_hash == hash_token(token))).scalar_one_or_none()
            if row is None:
                raise Unauthorized("The session is not valid. Sign in again.", code="invalid_token")
            device = session.get(Device, row.device_id)
            if device is None or device.revoked_at is not None:
                raise Gone("This device has been revoked.")
            if row.revoked_at is not None:
                raise Unauthorized("The session has ended. Sign in again.", code="invalid_token")
            if row.expires_at <= now:
                raise Unauthorized("The session has expired. Sign in again.", code="token_expired")
            user = session.get(User, row.user_id)
            if user is None or not user.active:
                raise Unauthorized("The account is not active.", code="invalid_token")
            caller = Caller(
                user_id=user.id,
                username=user.username,
                display_name=user.display_name,
                device_id=row.device_id,
                token_id=row.id,
                person=person_for(session, user.id),
            )
            needs_slide = now - row.last_used_at > _SLIDE_WRITE_INTERVAL
        if needs_slide:
            new_expiry = min(now + timedelta(seconds=self.settings.token_idle_seconds), row.absolute_expires_at)
            with self.db.writing() as session:
                session.execute(update(Token).where(Token.id == row.id).values(last_used_at=now, expires_at=new_expiry))
                session.execute(update(Device).where(Device.id == row.device_id).values(last_seen_at=now))
        return caller

    def renew_grant(self, caller: Caller) -> OfflineGrant:
        """A fresh offline period for a device in contact with the server."""
        with self.db.writing() as session:
            device = session.get(Device, caller.device_id)
            if device is None or device.revoked_at is not None:
                raise Gone("This device has been revoked.")
            return _grant_for(device, self.settings)

    def logout(self, caller: Caller) -> None:
        with self.db.writing() as session:
            session.execute(update(Token).where(Token.id == caller.token_id).values(revoked_at=utcnow()))
            audit(session, caller.actor, "logout", target_kind="device", target_id=caller.device_id)

    def change_password(self, caller: Caller, *, old_password: str, new_password: str) -> None:
        with self.db.reading() as session:
            user = session.get(User, caller.user_id)
            assert user is not None
            stored = user.password_hash
        if not self.passwords.verify(stored, old_password):
            raise Unauthorized("The current password is wrong.", code="invalid_credentials")
        _check_password_quality(new_password)
        new_hash = self.passwords.hash(new_password)
        with self.db.writing() as session:
            session.execute(update(User).where(User.id == caller.user_id).values(password_hash=new_hash))
            # Other sessions end; this one stays so the minister is not thrown out mid-task.
            session.execute(
                update(Token)
                .where(Token.user_id == caller.user_id, Token.id != caller.token_id, Token.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            )
            audit(session, caller.actor, "password_changed", target_kind="user", target_id=caller.user_id)


def _check_password_quality(password: str) -> None:
    if len(password) < 8:
        raise InvalidRequest("A password needs at least 8 characters.", code="weak_password")


# ---------------------------------------------------------------- admin


def create_user(
    session: Session,
    passwords: Passwords,
    *,
    username: str,
    password: str,
    display_name: str,
    language: str = "en",
    roles: list[tuple[GlobalRole, str | None]] | None = None,
    actor: Actor = SYSTEM,
    check_quality: bool = True,
) -> User:
    if check_quality:
        _check_password_quality(password)
    if language not in set(Language):
        raise InvalidRequest(f"Unknown language {language!r}.", code="invalid_request")
    if session.execute(select(User.id).where(User.username == username)).first():
        raise Conflict(f"The username {username!r} is taken.", code="username_taken")
    user = User(
        username=username,
        display_name=display_name,
        password_hash=passwords.hash(password),
        language=language,
    )
    session.add(user)
    session.flush()
    for role, body_id in roles or []:
        session.add(RoleGrant(user_id=user.id, role=str(role), body_id=body_id))
    audit(session, actor, "user_created", target_kind="user", target_id=user.id, details={"username": username})
    return user


def find_user(session: Session, username_or_id: str) -> User:
    user = session.execute(
        select(User).where((User.username == username_or_id) | (User.id == username_or_id))
    ).scalar_one_or_none()
    if user is None:
        raise NotFound(f"No user {username_or_id!r}.", code="not_found")
    return user


def reset_password(session: Session, passwords: Passwords, *, username: str, password: str, actor: Actor) -> None:
    _check_password_quality(password)
    user = find_user(session, username)
    user.password_hash = passwords.hash(password)
    session.execute(
        update(Token).where(Token.user_id == user.id, Token.revoked_at.is_(None)).values(revoked_at=utcnow())
    )
    audit(session, actor, "password_reset", target_kind="user", target_id=user.id)


def deactivate_user(session: Session, *, username: str, actor: Actor) -> User:
    """Close every session and revoke every device of the user: the devices wipe at next contact."""
    user = find_user(session, username)
    now = utcnow()
    user.active = False
    user.permission_epoch += 1
    session.execute(update(Token).where(Token.user_id == user.id, Token.revoked_at.is_(None)).values(revoked_at=now))
    session.execute(update(Device).where(Device.user_id == user.id, Device.revoked_at.is_(None)).values(revoked_at=now))
    audit(session, actor, "user_deactivated", target_kind="user", target_id=user.id)
    return user


def revoke_device(session: Session, *, device_id: str, actor: Actor) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise NotFound("No such device.")
    now = utcnow()
    if device.revoked_at is None:
        device.revoked_at = now
    session.execute(
        update(Token).where(Token.device_id == device_id, Token.revoked_at.is_(None)).values(revoked_at=now)
    )
    audit(session, actor, "device_revoked", target_kind="device", target_id=device_id)
    return device


def list_devices(session: Session) -> list[tuple[Device, User]]:
    rows = session.execute(select(Device, User).join(User, User.id == Device.user_id).order_by(User.username))
    return [(d, u) for d, u in rows]
