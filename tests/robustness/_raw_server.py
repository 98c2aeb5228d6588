"""A tiny HTTP/1.1 server on a real socket whose every answer byte the test writes itself.

The emulator always answers like FastGPT (or like one of its scripted faults); a hostile server
does not. `RawServer(handler)` accepts connections on 127.0.0.1, reads each request (head and a
`Content-Length` body) and hands it to `handler(request, conn)`, which writes whatever it likes;
the connection is then closed. `RawServer.eof` is set when a client hangs up on a handler that
waits for it (`wait_for_hangup`), which is how a test sees that a disconnect reached the server.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

KEY = "fastgpt-r4wS0cketT3stK3yAbCdEfGh"


@dataclass
class RawRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


Handler = Callable[[RawRequest, socket.socket], None]


@dataclass
class RawServer:
    handler: Handler
    requests: list[RawRequest] = field(default_factory=list)
    eof: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object | TracebackType) -> None:
        # As for the client: only a shutdown wakes the thread blocked in accept().
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            for conn in self._connections:
                # Unblocks a handler (and a client) still waiting, whatever the test did.
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
        self._thread.join(5)

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._connections.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            request = _read_request(conn)
            if request is None:
                return
            self.requests.append(request)
            self.handler(request, conn)
        except OSError:
            pass
        finally:
            conn.close()

    def wait_for_hangup(self, conn: socket.socket) -> None:
        """Blocks until the client closes or shuts down its end, then sets `eof`."""
        try:
            while conn.recv(65536):
                pass
        except OSError:
            pass
        self.eof.set()


def _read_request(conn: socket.socket) -> RawRequest | None:
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return None
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    line, *fields = head.decode("latin-1").split("\r\n")
    method, path, _ = line.split(" ", 2)
    headers = {}
    for item in fields:
        name, _, value = item.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        piece = conn.recv(65536)
        if not piece:
            break
        body += piece
    return RawRequest(method, path, headers, body)


# -- answers -------------------------------------------------------------------------------------
def send_response(
    conn: socket.socket, body: bytes, *, status: str = "200 OK", content_type: str = "application/json"
) -> None:
    head = (
        f"HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {len(body)}\r\n"
        "connection: close\r\n\r\n"
    )
    conn.sendall(head.encode() + body)


def send_json(conn: socket.socket, value: object) -> None:
    send_response(conn, json.dumps(value).encode())


def start_sse(conn: socket.socket) -> None:
    """The head of a chunked event stream, as FastGPT sends it."""
    conn.sendall(
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream;charset=utf-8\r\n"
        b"cache-control: no-cache, no-transform\r\ntransfer-encoding: chunked\r\n\r\n"
    )


def send_chunk(conn: socket.socket, data: bytes) -> None:
    conn.sendall(b"%x\r\n%s\r\n" % (len(data), data))


def end_chunks(conn: socket.socket) -> None:
    conn.sendall(b"0\r\n\r\n")


def answer_frame(text: str, *, event: bool = False) -> bytes:
    chunk = {
        "id": "",
        "object": "",
        "created": 0,
        "model": "",
        "choices": [{"delta": {"content": text}, "index": 0}],
    }
    line = b"event: answer\n" if event else b""
    return line + b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"


FINISH = (
    b'data: {"id":"","object":"","created":0,"model":"","choices":[{"delta":{},"index":0,'
    b'"finish_reason":"stop"}]}\n\n'
)
DONE = b"data: [DONE]\n\n"
