"""Directory sign-in against a real OpenLDAP server (Debian's slapd) over StartTLS and LDAPS: group mapping to
the secretariat role, local accounts untouched, wrong or untrusted answers refused, an unreachable directory
a clean 503 for directory accounts only."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import cheap_settings
from scale_support import (
    DIRECTORY_PASSWORDS,
    ROOT_DN,
    ROOT_PW,
    SERVICE_DN,
    SERVICE_PW,
    SUFFIX,
    Directory,
    _tls_files,
    slapd,
)
from support import app_client, error_code

from ecabinet.server.accounts.service import create_user
from ecabinet.server.config import Settings
from ecabinet.server.directory import Directory as DirectoryClient
from ecabinet.server.services import Services

pytestmark = pytest.mark.skipif(shutil.which("slapd") is None, reason="needs Debian's slapd (./install.sh test)")

SECRETARIAT_GROUP = f"cn=cabinet-secretariat,ou=groups,{SUFFIX}"
USERS_GROUP = f"cn=ecabinet-users,ou=groups,{SUFFIX}"


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Directory]:
    with slapd(tmp_path_factory.mktemp("slapd")) as running:
        yield running


def _settings(tmp_path: Path, directory: Directory, url: str | None = None, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "ldap_url": url or directory.ldap_url,
        "ldap_ca_file": str(directory.ca_file),
        "ldap_bind_dn": SERVICE_DN,
        "ldap_bind_password": SERVICE_PW,
        "ldap_user_base": f"ou=people,{SUFFIX}",
        "ldap_group_base": f"ou=groups,{SUFFIX}",
        "ldap_secretariat_groups": {SECRETARIAT_GROUP: "cabinet"},
        "ldap_allowed_groups": [USERS_GROUP],
        **extra,
    }
    settings = cheap_settings(tmp_path / "data", **values)
    services = Services.build(settings)
    services.db.upgrade()
    with services.db.writing() as session:
        create_user(
            session,
            services.accounts.passwords,
            username="localadmin",
            password="local-pass-1",
            display_name="Local admin",
            check_quality=False,
        )
        # A local account whose name also exists in the directory: never looked up there.
        create_user(
            session,
            services.accounts.passwords,
            username="outsider",
            password="local-pass-2",
            display_name="Local outsider",
            check_quality=False,
        )
    services.db.dispose()
    return settings


def _secretariat_of(settings: Settings, user_id: str) -> set[str]:
    from sqlalchemy import select

    from ecabinet.server.accounts.models import RoleGrant
    from ecabinet.server.db import Database

    db = Database(settings.effective_database_url)
    with db.reading() as session:
        rows = session.execute(
            select(RoleGrant.body_id).where(RoleGrant.user_id == user_id, RoleGrant.role == "secretariat")
        ).scalars()
        bodies = {str(b) for b in rows}
    db.dispose()
    return bodies


def _login(client: Any, username: str, password: str) -> Any:
    return client.post(
        "/api/auth/login",
        json={"username": username, "password": password, "device_id": str(uuid.uuid4()), "device_name": "t"},
    )


def test_starttls_sign_in_maps_groups_to_the_secretariat(tmp_path: Path, directory: Directory) -> None:
    settings = _settings(tmp_path, directory)
    with app_client(settings) as client:
        first = _login(client, "nguyen.van.a", DIRECTORY_PASSWORDS["nguyen.van.a"])
        assert first.status_code == 200, first.text
        user = first.json()["user"]
        assert user["display_name"] == "Nguyễn Văn A"
        assert "secretariat" in user["roles"]
        assert _secretariat_of(settings, user["id"]) == {"cabinet"}
        again = _login(client, "nguyen.van.a", DIRECTORY_PASSWORDS["nguyen.van.a"])
        assert again.json()["user"]["id"] == user["id"]  # the same person ever after
        token = again.json()["token"]
        assert client.get("/api/meetings", headers={"Authorization": f"Bearer {token}"}).status_code == 200

        # Removed from the group in the directory: the role goes at the next sign-in.
        from ldap3 import MODIFY_DELETE, Connection, Server

        with Connection(Server(directory.ldap_url), ROOT_DN, ROOT_PW, auto_bind=True) as admin:
            member = f"uid=nguyen.van.a,ou=people,{SUFFIX}"
            assert admin.modify(SECRETARIAT_GROUP, {"member": [(MODIFY_DELETE, [member])]})
        try:
            later = _login(client, "nguyen.van.a", DIRECTORY_PASSWORDS["nguyen.van.a"])
            assert later.status_code == 200
            assert "secretariat" not in later.json()["user"]["roles"]
            assert _secretariat_of(settings, user["id"]) == set()
        finally:
            from ldap3 import MODIFY_ADD

            with Connection(Server(directory.ldap_url), ROOT_DN, ROOT_PW, auto_bind=True) as admin:
                admin.modify(SECRETARIAT_GROUP, {"member": [(MODIFY_ADD, [member])]})


def test_ldaps_sign_in_and_refusals(tmp_path: Path, directory: Directory) -> None:
    settings = _settings(tmp_path, directory, url=directory.ldaps_url)
    with app_client(settings) as client:
        ok = _login(client, "souk.p", DIRECTORY_PASSWORDS["souk.p"])
        assert ok.status_code == 200, ok.text
        assert ok.json()["user"]["display_name"] == "ສຸກ ພົມມະວົງ"
        assert "secretariat" not in ok.json()["user"]["roles"]
        assert error_code(_login(client, "souk.p", "wrong")) == "invalid_credentials"
        assert _login(client, "souk.p", "").status_code in (401, 422)  # never an anonymous bind
        assert error_code(_login(client, "*", "x")) == "invalid_credentials"  # the filter is escaped
        assert error_code(_login(client, "nobody", "x")) == "invalid_credentials"


def test_local_accounts_still_work_and_are_never_taken_over(tmp_path: Path, directory: Directory) -> None:
    settings = _settings(tmp_path, directory)
    with app_client(settings) as client:
        assert _login(client, "localadmin", "local-pass-1").status_code == 200
        # "outsider" is local here: the directory's password for that name does not open it ...
        assert error_code(_login(client, "outsider", DIRECTORY_PASSWORDS["outsider"])) == "invalid_credentials"
        assert _login(client, "outsider", "local-pass-2").status_code == 200
        # ... and a directory account never signs in with a local password.
        assert _login(client, "nguyen.van.a", DIRECTORY_PASSWORDS["nguyen.van.a"]).status_code == 200
        assert error_code(_login(client, "nguyen.van.a", "!directory")) == "invalid_credentials"


def test_people_outside_the_allowed_groups_are_refused(tmp_path: Path, directory: Directory) -> None:
    settings = _settings(tmp_path, directory, ldap_allowed_groups=[SECRETARIAT_GROUP])
    with app_client(settings) as client:
        assert _login(client, "nguyen.van.a", DIRECTORY_PASSWORDS["nguyen.van.a"]).status_code == 200
        assert error_code(_login(client, "souk.p", DIRECTORY_PASSWORDS["souk.p"])) == "invalid_credentials"


def test_an_untrusted_directory_certificate_is_refused(tmp_path: Path, directory: Directory) -> None:
    other = tmp_path / "other-ca"
    other.mkdir()
    other_ca, _, _ = _tls_files(other)
    settings = _settings(tmp_path, directory, url=directory.ldaps_url, ldap_ca_file=str(other_ca))
    with app_client(settings) as client:
        refused = _login(client, "souk.p", DIRECTORY_PASSWORDS["souk.p"])
        assert refused.status_code == 503 and error_code(refused) == "directory_unavailable"
        assert _login(client, "localadmin", "local-pass-1").status_code == 200


def test_no_plain_ldap_without_tls(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        DirectoryClient(cheap_settings(tmp_path, ldap_url="http://127.0.0.1:1"))


def test_directory_down_is_a_503_for_directory_accounts_only(tmp_path: Path) -> None:
    with slapd(tmp_path / "slapd") as own:
        settings = _settings(tmp_path, own)
        with app_client(settings) as client:
            assert _login(client, "souk.p", DIRECTORY_PASSWORDS["souk.p"]).status_code == 200
            own.proc.terminate()
            own.proc.wait(10)
            down = _login(client, "souk.p", DIRECTORY_PASSWORDS["souk.p"])
            assert down.status_code == 503 and error_code(down) == "directory_unavailable"
            assert _login(client, "localadmin", "local-pass-1").status_code == 200
