"""A TCP proxy on 127.0.0.1 for tests and benchmarks: switch the network off, cut a connection after N
bytes, corrupt a byte of a response, or add the latency and bandwidth of a real link."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass


@dataclass
class LinkShape:
    """Round-trip latency (seconds) and the link's bandwidth (bytes per second, shared by every connection
    towards the client, as on a real link); 0 means unlimited."""

    rtt: float = 0.0
    bandwidth: float = 0.0


class NetProxy:
    def __init__(self, target_host: str, target_port: int, shape: LinkShape | None = None) -> None:
        self.target = (target_host, target_port)
        self.shape = shape or LinkShape()
        self.online = True
        self._cut_at_total: int | None = None
        #: Flip one body byte in this many PDF responses (-1: all of them).
        self.corrupt_pdfs = 0
        self.bytes_to_client = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._link_lock = threading.Lock()
        self._link_free_at = 0.0
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_after(self, n: int) -> None:
        """Break the connection that carries the n-th byte to the client from now on (once)."""
        with self._lock:
            self._cut_at_total = self.bytes_to_client + n

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        self._server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if not self.online:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns += [client, upstream]
            exchange = threading.Event()  # set by a request going up, cleared when its answer starts
            threading.Thread(target=self._pump, args=(client, upstream, False, exchange), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, True, exchange), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, to_client: bool, exchange: threading.Event) -> None:
        sent = 0
        armed = False
        try:
            while True:
                data = src.recv(65536)
                if not data or not self.online:
                    break
                if not to_client:
                    exchange.set()
                elif exchange.is_set():
                    exchange.clear()
                    if self.shape.rtt:
                        time.sleep(self.shape.rtt)  # a round trip between a request and its answer
                if to_client and self.corrupt_pdfs and b"application/pdf" in data:
                    armed = True
                    if self.corrupt_pdfs > 0:
                        self.corrupt_pdfs -= 1
                if armed:
                    body_start = data.find(b"\r\n\r\n") + 4 if b"\r\n\r\n" in data else 0
                    if len(data) > body_start + 100:
                        i = body_start + 100
                        data = data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1 :]
                        armed = False
                if to_client:
                    with self._lock:
                        cut = self._cut_at_total
                        if cut is not None and self.bytes_to_client + len(data) >= cut:
                            self._cut_at_total = None
                            keep = max(0, cut - self.bytes_to_client)
                            self.bytes_to_client += keep
                        else:
                            cut = None
                    if cut is not None:
                        dst.sendall(data[:keep])
                        break
                if to_client and self.shape.bandwidth:
                    self._occupy_link(len(data))
                dst.sendall(data)
                sent += len(data)
                if to_client:
                    with self._lock:
                        self.bytes_to_client += len(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def _occupy_link(self, size: int) -> None:
        """Wait until the shared link has carried ``size`` more bytes."""
        with self._link_lock:
            start = max(time.monotonic(), self._link_free_at)
            self._link_free_at = start + size / self.shape.bandwidth
            wait = self._link_free_at - time.monotonic()
        if wait > 0:
            time.sleep(wait)

    def go_offline(self) -> None:
        """Refuse new connections and break the open ones, like a network that went away."""
        self.online = False
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
            self._conns.clear()

    def go_online(self) -> None:
        self.online = True

    def close(self) -> None:
        self._stop.set()
        self.go_offline()
        self._server.close()
