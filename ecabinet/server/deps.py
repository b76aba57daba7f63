"""Request dependencies: the app's services and the authenticated caller."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from ecabinet.core.errors import Forbidden, Unauthorized
from ecabinet.server.accounts.service import Caller
from ecabinet.server.services import Services


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Sign in first.", code="invalid_token")
    return token.strip()


def get_caller(request: Request, services: ServicesDep) -> Caller:
    caller = services.accounts.authenticate(bearer_token(request))
    request.state.caller = caller
    return caller


CallerDep = Annotated[Caller, Depends(get_caller)]


def get_admin(caller: CallerDep) -> Caller:
    if not caller.person.is_admin:
        raise Forbidden("Only an administrator may do this.", code="not_allowed")
    return caller


AdminDep = Annotated[Caller, Depends(get_admin)]
