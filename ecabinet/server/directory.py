"""Sign-in with a directory account (Active Directory, OpenLDAP), through ldap3.

Government IT already keeps who works where in a directory; eCabinet asks it instead of keeping a second
password. How it works, and why:

- Only over TLS: ``ldaps://`` or ``ldap://`` followed by StartTLS, with the server's certificate checked
  (``ldap_ca_file`` or the system CAs). A password never crosses the network in clear.
- Find, then bind: a service account (or an anonymous search) finds exactly one entry for the username with
  ``ldap_user_filter`` (the username escaped), then a bind as that entry with the given password proves it.
  An empty password is refused before asking (LDAP treats it as an anonymous bind that "succeeds").
- Groups: entries whose ``member`` is the person under ``ldap_group_base``, plus AD's ``memberOf``.
  ``ldap_allowed_groups`` (if set) limits who may sign in; ``ldap_secretariat_groups`` maps group DNs to the
  secretariat role of a body, granted and withdrawn at each sign-in (other roles are left alone).
- The person becomes a local user at the first sign-in (same id ever after), with the password field set to
  a marker no password matches: a directory account never signs in with a local password, and a local
  account (real password hash) is never looked up in the directory, so a directory entry cannot take over a
  local name such as ``admin``.
- A directory that cannot be reached is ``503 directory_unavailable`` for directory accounts only; local
  accounts keep working.
"""

from __future__ import annotations

import logging
import ssl
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ecabinet.core.domain import GlobalRole
from ecabinet.core.errors import DomainError
from ecabinet.server.accounts.models import Body, RoleGrant, User
from ecabinet.server.config import Settings
from ecabinet.server.journal import SYSTEM, audit

if TYPE_CHECKING:
    from ldap3 import Connection

log = logging.getLogger("ecabinet.directory")

#: Stored as a directory account's password hash: no password verifies against it.
DIRECTORY_MARK = "!directory"


class DirectoryUnavailable(DomainError):
    status = 503
    code = "directory_unavailable"


@dataclass(frozen=True)
class DirectoryPerson:
    username: str
    dn: str
    display_name: str
    groups: frozenset[str] = field(default_factory=frozenset)


def normalize_dn(dn: str) -> str:
    """Compare DNs the way directories do for our purpose: case- and space-insensitive per component."""
    return ",".join(part.strip().lower() for part in dn.split(","))


def is_directory_account(user: User | None) -> bool:
    return user is not None and user.password_hash == DIRECTORY_MARK


class Directory:
    def __init__(self, settings: Settings) -> None:
        # ldap3 loads only where a directory is configured.
        from ldap3 import NONE, Server, Tls

        url = settings.ldap_url or ""
        if not url.startswith(("ldaps://", "ldap://")):
            raise ValueError("ldap_url must start with ldaps:// or ldap:// (then StartTLS is used)")
        self.settings = settings
        self.start_tls = url.startswith("ldap://")
        tls = Tls(
            validate=ssl.CERT_REQUIRED,
            version=ssl.PROTOCOL_TLS_CLIENT,
            ca_certs_file=settings.ldap_ca_file,
        )
        self.server = Server(
            url,
            use_ssl=not self.start_tls,
            tls=tls,
            get_info=NONE,
            connect_timeout=settings.ldap_timeout_seconds,
        )
        self.groups_wanted = {normalize_dn(g) for g in settings.ldap_allowed_groups}
        self.secretariat = {normalize_dn(g): body for g, body in settings.ldap_secretariat_groups.items()}

    @classmethod
    def from_settings(cls, settings: Settings) -> Directory | None:
        return cls(settings) if settings.ldap_url else None

    def _connect(self, user: str | None, password: str | None) -> Connection:
        from ldap3 import Connection
        from ldap3.core.exceptions import LDAPException

        conn = Connection(
            self.server,
            user=user,
            password=password,
            auto_bind=False,
            receive_timeout=max(1, int(self.settings.ldap_timeout_seconds)),  # ldap3 packs it as an integer
            raise_exceptions=False,
            read_only=True,
        )
        conn.open()
        if self.start_tls and not conn.start_tls():
            raise LDAPException(f"StartTLS refused: {conn.result}")
        return conn

    def authenticate(self, username: str, password: str) -> DirectoryPerson | None:
        """The directory's person if the password is right; None otherwise; 503 when unreachable."""
        from ldap3.core.exceptions import LDAPException

        if not password or not username or len(username) > 80:
            return None
        try:
            return self._authenticate(username, password)
        except LDAPException as exc:
            log.warning("directory sign-in failed: %s", exc)
            raise DirectoryUnavailable("The directory cannot be reached. Try again later.") from exc

    def _authenticate(self, username: str, password: str) -> DirectoryPerson | None:
        from ldap3 import SUBTREE
        from ldap3.core.exceptions import LDAPException
        from ldap3.utils.conv import escape_filter_chars

        s = self.settings
        search = self._connect(s.ldap_bind_dn, s.ldap_bind_password)
        try:
            if s.ldap_bind_dn and not search.bind():
                raise LDAPException(f"the service account was refused: {search.result.get('description')}")
            wanted = s.ldap_user_filter.replace("{username}", escape_filter_chars(username))
            attrs = [s.ldap_display_name_attribute, "memberOf"]
            search.search(s.ldap_user_base, wanted, SUBTREE, attributes=attrs, size_limit=2)
            entries = list(search.entries)
            if len(entries) != 1:
                return None  # unknown, or ambiguous: never guess
            entry = entries[0]
            dn = str(entry.entry_dn)
            display = _first(entry, s.ldap_display_name_attribute) or username
            groups = {normalize_dn(g) for g in _all(entry, "memberOf")}
            group_base = s.ldap_group_base or s.ldap_user_base
            search.search(group_base, f"(member={escape_filter_chars(dn)})", SUBTREE, attributes=["cn"])
            groups |= {normalize_dn(str(e.entry_dn)) for e in search.entries}
        finally:
            search.unbind()
        proof = self._connect(dn, password)
        try:
            if not proof.bind():
                return None
        finally:
            proof.unbind()
        if self.groups_wanted and not (groups & self.groups_wanted):
            return None
        return DirectoryPerson(username=username, dn=dn, display_name=display, groups=frozenset(groups))

    def provision(self, session: Session, person: DirectoryPerson) -> User | None:
        """The local user for a directory person, created or updated, secretariat roles from the groups.

        None when the name belongs to a local account or the account was deactivated here."""
        user = session.execute(select(User).where(User.username == person.username)).scalar_one_or_none()
        if user is not None and (not is_directory_account(user) or not user.active):
            return None
        if user is None:
            user = User(username=person.username, display_name=person.display_name[:200], password_hash=DIRECTORY_MARK)
            session.add(user)
            session.flush()
            audit(
                session,
                SYSTEM,
                "user_created",
                target_kind="user",
                target_id=user.id,
                details={"username": person.username, "source": "directory"},
            )
        elif user.display_name != person.display_name[:200]:
            user.display_name = person.display_name[:200]
        bodies = {body for dn, body in self.secretariat.items() if dn in person.groups}
        self._sync_secretariat(session, user, bodies)
        return user

    def _sync_secretariat(self, session: Session, user: User, bodies: set[str]) -> None:
        mapped = set(self.secretariat.values())
        grants = session.execute(
            select(RoleGrant).where(RoleGrant.user_id == user.id, RoleGrant.role == str(GlobalRole.SECRETARIAT))
        ).scalars()
        have = {g.body_id: g for g in grants}
        changed = False
        for body_id, grant in have.items():
            if body_id in mapped and body_id not in bodies:
                session.delete(grant)
                changed = True
        for body_id in sorted(bodies - set(have)):
            if session.get(Body, body_id) is None:
                session.add(Body(id=body_id, name=body_id))
                session.flush()
            session.add(RoleGrant(user_id=user.id, role=str(GlobalRole.SECRETARIAT), body_id=body_id))
            changed = True
        if changed:
            user.permission_epoch += 1  # cached sync answers must not outlive a role change
            audit(
                session,
                SYSTEM,
                "roles_from_directory",
                target_kind="user",
                target_id=user.id,
                details={"secretariat": sorted(bodies)},
            )


def _first(entry: Any, attribute: str) -> str | None:
    values = _all(entry, attribute)
    return values[0] if values else None


def _all(entry: Any, attribute: str) -> list[str]:
    if attribute not in entry.entry_attributes:
        return []
    return [str(v) for v in entry[attribute].values]
