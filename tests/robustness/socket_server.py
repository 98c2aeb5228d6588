"""A raw-socket HTTP server for hostile-server tests: each test says every byte that is sent.

`RawServer(handler)` listens on loopback; for every connection it reads one request (head and a
`Content-Length` body) and calls `handler(conn, request)`, which writes whatever it likes and
may stall, drip or cut. The requests received are kept (`server.requests`), raw, so a test can
see exactly which headers went over the wire.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass
class RawRequest:
    head: bytes
    body: bytes

    @property
    def header_lines(self) -> list[tuple[str, str]]:
        lines = self.head.decode("latin-1").split("\r\n")[1:]
        return [
            (name.strip(), value.strip())
            for name, _, value in (line.partition(":") for line in lines if line)
        ]

    def headers_named(self, name: str) -> list[str]:
        return [value for key, value in self.header_lines if key.lower() == name.lower()]


Handler = Callable[[socket.socket, RawRequest], None]


class RawServer:
    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[RawRequest] = []
        self.stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                request = read_request(conn)
                if request is None:
                    return
                self.requests.append(request)
                self.handler(conn, request)
            except OSError:  # the client went away: what several tests provoke
                pass

    def close(self) -> None:
        self.stop.set()
        self._listener.close()
        self._accepting.join(5)
        for thread in self._threads:
            thread.join(5)


def read_request(conn: socket.socket) -> RawRequest | None:
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return None
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        piece = conn.recv(65536)
        if not piece:
            break
        body += piece
    return RawRequest(head, body)


def wait_for_close(conn: socket.socket, seconds: float = 60.0) -> None:
    """Stalls: sends nothing until the client closes the connection (or `seconds` pass)."""
    conn.settimeout(seconds)
    with contextlib.suppress(OSError):
        while conn.recv(65536):
            pass


@contextlib.contextmanager
def raw_server(handler: Handler) -> Iterator[RawServer]:
    server = RawServer(handler)
    try:
        yield server
    finally:
        server.close()


def head(status: str = "200 OK", *headers: str) -> bytes:
    return ("\r\n".join([f"HTTP/1.1 {status}", *headers, "", ""])).encode("latin-1")


SSE_HEAD = head("200 OK", "Content-Type: text/event-stream", "Connection: close")


def answer_frame(text: str) -> bytes:
    import json

    chunk = {"id": "", "object": "", "created": 0, "model": "", "choices": [{"delta": {"content": text}, "index": 0, "finish_reason": None}]}  # fmt: skip
    return f"event: answer\ndata: {json.dumps(chunk)}\n\n".encode()
