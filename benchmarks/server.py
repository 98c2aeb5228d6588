"""A minimal HTTP/1.1 server on loopback that replays canned FastGPT responses.

Run in its own process (``python -m benchmarks.server``) so that serving costs the measured
client nothing but the loopback round trip. It prints its port on stdout, and exits when stdin
closes (its parent went away) or after ``--lifetime`` seconds, whichever comes first.

Routes (any method; the request body is read and ignored):

    /r/<fixture>/...               the fixture's bytes (see ``benchmarks.fixtures.build``);
                                   streams are chunked, one chunk per SSE frame, as Node writes them
    /r/<fixture>~<n>/...           the same stream re-cut into chunks of <n> bytes (``~4096``: what
                                   a proxy or a busy network hands over), frames split across chunks
    /slow/<frames>/<gap_us>/...    a detail=false stream written frame by frame, each answer chunk
                                   carrying ``ts``: ``time.monotonic_ns()`` when it was written
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading
import time

from .fixtures import answer_chunk, build, dumps, sse

_JSON_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: %d\r\n\r\n"
_SSE_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream;charset=utf-8\r\n"
    b"cache-control: no-cache, no-transform\r\nx-accel-buffering: no\r\ntransfer-encoding: chunked\r\n\r\n"
)
_NOT_FOUND = b"HTTP/1.1 404 Not Found\r\ncontent-type: text/plain\r\ncontent-length: 9\r\n\r\nnot found"

_cache: dict[str, bytes] = {}


def chunk(piece: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(piece), piece)


def response_bytes(name: str) -> bytes:
    """The whole HTTP response for a fixture, built on first use and kept."""
    cached = _cache.get(name)
    if cached is None:
        fixture, _, size = name.partition("~")
        kind, pieces = build(fixture)
        if size and kind == "sse":
            whole, n = b"".join(pieces), int(size)
            pieces = [whole[i : i + n] for i in range(0, len(whole), n)]
        if kind == "json":
            body = b"".join(pieces)
            cached = _JSON_HEAD % len(body) + body
        else:
            cached = _SSE_HEAD + b"".join(chunk(p) for p in pieces) + b"0\r\n\r\n"
        _cache[name] = cached
    return cached


class Replay(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.busy = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if not self.busy:
            self.handle()

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None

    def handle(self) -> None:
        while self.transport is not None and not self.busy:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end]).decode("latin-1").split("\r\n")
            length = 0
            for line in head[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            del self.buffer[: end + 4 + length]
            path = head[0].split(" ")[1]
            parts = path.split("/")
            if len(parts) > 2 and parts[1] == "r":
                try:
                    self.transport.write(response_bytes(parts[2]))
                except (KeyError, ValueError):
                    self.transport.write(_NOT_FOUND)
            elif len(parts) > 3 and parts[1] == "slow":
                self.busy = True
                asyncio.get_running_loop().create_task(self.slow(int(parts[2]), int(parts[3]) / 1e6))
            else:
                self.transport.write(_NOT_FOUND)

    async def slow(self, frames: int, gap: float) -> None:
        transport = self.transport
        if transport is None:
            return
        transport.write(_SSE_HEAD)
        for _ in range(frames):
            await asyncio.sleep(gap)
            body = answer_chunk("tick")
            body["ts"] = time.monotonic_ns()
            transport.write(chunk(sse(None, dumps(body))))
        finish = answer_chunk(None)
        finish["choices"][0]["finish_reason"] = "stop"
        transport.write(chunk(sse(None, finish)) + chunk(sse(None, "[DONE]")) + b"0\r\n\r\n")
        self.busy = False
        self.handle()


async def serve(port: int, lifetime: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Replay, "127.0.0.1", port, backlog=4096)
    sock = server.sockets[0]
    print(sock.getsockname()[1], flush=True)
    async with server:
        await asyncio.sleep(lifetime)


def _exit_when_parent_goes() -> None:
    sys.stdin.buffer.read()
    os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--lifetime", type=float, default=1800.0, help="exit after this many seconds")
    args = parser.parse_args()
    threading.Thread(target=_exit_when_parent_goes, daemon=True).start()
    asyncio.run(serve(args.port, args.lifetime))


if __name__ == "__main__":
    main()
