"""The client's address, believing X-Forwarded-For only from configured proxies."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence


def _in(address: str, networks: Sequence[ipaddress.IPv4Network | ipaddress.IPv6Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def parse_networks(values: Sequence[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(v, strict=False) for v in values]


def client_address(
    peer: str | None,
    forwarded_for: str | None,
    trusted: Sequence[ipaddress.IPv4Network | ipaddress.IPv6Network],
) -> str:
    """Walk X-Forwarded-For from the right while the hop is a trusted proxy; the first other hop is the
    client. A client cannot forge its address by sending the header itself."""
    address = peer or "unknown"
    if not forwarded_for or not _in(address, trusted):
        return address
    for hop in reversed([h.strip() for h in forwarded_for.split(",") if h.strip()]):
        address = hop
        if not _in(hop, trusted):
            break
    return address
