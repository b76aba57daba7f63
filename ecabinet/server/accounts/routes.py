"""Sign-in, sign-out, own account, and the admin's users and devices."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from ecabinet.core.schemas import LoginRequest, PasswordChange
from ecabinet.server.accounts import service
from ecabinet.server.deps import AdminDep, CallerDep, ServicesDep
from ecabinet.server.meetings.views import iso
from ecabinet.server.netaddr import client_address, parse_networks
from ecabinet.server.services import Services

router = APIRouter(tags=["accounts"])


def _user_json(user: Any, roles: list[str]) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "display_name": user.display_name,
        "roles": roles,
        "language": user.language,
    }


@router.post("/api/auth/login")
def login(body: LoginRequest, request: Request, services: ServicesDep) -> dict[str, Any]:
    address = client_address(
        request.client.host if request.client else None,
        request.headers.get("x-forwarded-for"),
        parse_networks(services.settings.trusted_proxies),
    )
    result = services.accounts.login(
        username=body.username,
        password=body.password,
        device_id=str(body.device_id),
        device_name=body.device_name,
        address=address,
    )
    return {
        "token": result.token,
        "expires_at": iso(result.expires_at),
        "device_id": result.device_id,
        "user": _user_json(result.user, result.roles),
        "offline_grant": _grant_json(result.grant, services),
    }


def _grant_json(grant: service.OfflineGrant, services: Services) -> dict[str, Any]:
    return {
        "key": grant.key,
        "expires_at": iso(grant.expires_at),
        "closed_meeting_retention_days": services.settings.closed_meeting_retention_days,
    }


@router.post("/api/auth/grant")
def renew_grant(caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    """Extends the device's offline period; clients call it whenever they sync."""
    return _grant_json(services.accounts.renew_grant(caller), services)


@router.post("/api/auth/logout", status_code=204)
def logout(caller: CallerDep, services: ServicesDep) -> Response:
    services.accounts.logout(caller)
    return Response(status_code=204)


@router.get("/api/auth/me")
def me(caller: CallerDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.reading() as session:
        user = service.find_user(session, caller.user_id)
        return {**_user_json(user, service.user_roles(session, user.id)), "device_id": caller.device_id}


@router.post("/api/auth/password", status_code=204)
def change_password(body: PasswordChange, caller: CallerDep, services: ServicesDep) -> Response:
    services.accounts.change_password(caller, old_password=body.old_password, new_password=body.new_password)
    return Response(status_code=204)


@router.get("/api/admin/devices")
def admin_devices(_admin: AdminDep, services: ServicesDep) -> dict[str, Any]:
    with services.db.reading() as session:
        return {
            "devices": [
                {
                    "id": d.id,
                    "name": d.name,
                    "user_id": u.id,
                    "username": u.username,
                    "created_at": iso(d.created_at),
                    "last_seen_at": iso(d.last_seen_at),
                    "revoked_at": iso(d.revoked_at),
                }
                for d, u in service.list_devices(session)
            ]
        }


@router.post("/api/admin/devices/{device_id}/revoke", status_code=204)
def admin_revoke_device(device_id: str, admin: AdminDep, services: ServicesDep) -> Response:
    with services.db.writing() as session:
        service.revoke_device(session, device_id=device_id, actor=admin.actor)
    return Response(status_code=204)


@router.get("/api/admin/users")
def admin_users(_admin: AdminDep, services: ServicesDep) -> dict[str, Any]:
    from sqlalchemy import select

    from ecabinet.server.accounts.models import User

    with services.db.reading() as session:
        users = session.execute(select(User).order_by(User.username)).scalars().all()
        return {"users": [{**_user_json(u, service.user_roles(session, u.id)), "active": u.active} for u in users]}


@router.post("/api/admin/users/{username}/deactivate", status_code=204)
def admin_deactivate(username: str, admin: AdminDep, services: ServicesDep) -> Response:
    with services.db.writing() as session:
        service.deactivate_user(session, username=username, actor=admin.actor)
    return Response(status_code=204)
