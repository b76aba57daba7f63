"""Certificate pinning checked during the TLS handshake, before a single byte of a request is sent.

A pinned installation (a self-signed certificate, trusted by its fingerprint) cannot use ordinary certificate
checking, and checking the fingerprint on the *response* is too late: by then the request, a password included,
has gone to whoever answered. So the connection itself is wrapped: right after the handshake the peer's
certificate is hashed and compared, and a mismatch closes the socket and raises `PinMismatch` instead of
handing the connection to httpx.
"""

from __future__ import annotations

import hashlib
import ssl
import typing

import httpcore
import httpx

__all__ = ["PinMismatch", "pinned_transport"]


class PinMismatch(Exception):
    """The server's certificate is not the pinned one (the connection was closed before anything was sent)."""

    def __init__(self, expected: str, seen: str | None) -> None:
        super().__init__(f"certificate fingerprint {seen or 'none'} is not the pinned {expected}")
        self.expected = expected
        self.seen = seen


class _PinnedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, pin: str) -> None:
        self._inner = inner
        self._pin = pin

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, timeout)
        ssl_object = tls.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(True) if ssl_object is not None else None
        seen = hashlib.sha256(der).hexdigest() if der else None
        if seen != self._pin:
            tls.close()
            raise PinMismatch(self._pin, seen)
        return tls

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _PinnedBackend(httpcore.NetworkBackend):
    def __init__(self, pin: str) -> None:
        self._inner = httpcore.SyncBackend()
        self._pin = pin

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _PinnedStream(stream, self._pin)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[typing.Any] | None = None
    ) -> httpcore.NetworkStream:
        return self._inner.connect_unix_socket(path, timeout, socket_options)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def pinned_transport(pin_sha256: str, *, limits: httpx.Limits) -> httpx.HTTPTransport:
    """An httpx transport that only talks to a server whose certificate has SHA-256 `pin_sha256` (hex)."""
    context = ssl.create_default_context()
    context.check_hostname = False  # the fingerprint, checked at the handshake, is the identity
    context.verify_mode = ssl.CERT_NONE
    transport = httpx.HTTPTransport(verify=context, limits=limits)
    # httpx does not take a network backend; its pool does. Replace the pool with one whose connections are
    # checked at the handshake (same settings as httpx would give it).
    transport._pool = httpcore.ConnectionPool(
        ssl_context=context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=_PinnedBackend(pin_sha256),
    )
    return transport
