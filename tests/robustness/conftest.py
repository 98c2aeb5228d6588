"""Robustness tests: the SDK under faults, cancellation, hostile input, load and secret-hunting.

The fixtures of the integration tests are reused (a fresh emulator per test, the `sleeps`
recorder instead of real retry waits, the `Chat` wrapper running every test sync and async);
this file adds what tells a clean connection pool from a leaking one.
"""

from __future__ import annotations

from typing import Any

import httpx
from integration.conftest import (  # fixtures, registered here by being imported
    async_client,
    chat,
    clean_env,
    make_chat,
    mode,
    server,
    sleeps,
    sync_client,
)

from fastgpt_client import AsyncChatClient, ChatClient

__all__ = [
    "async_client",
    "chat",
    "clean_env",
    "client_sockets",
    "make_chat",
    "mode",
    "pool_connections",
    "server",
    "sleeps",
    "sync_client",
]

# /proc/net/tcp states that hold a socket open on our side.
_ESTABLISHED = "01"
_CLOSE_WAIT = "08"  # the server closed; we have not: a leak if it lasts


def client_sockets(port: int) -> dict[str, int]:
    """Client-side TCP sockets of this machine to `port`, by state: `open` and `close_wait`.

    The emulator serves from this process, so counting file descriptors cannot tell the client's
    sockets from the server's; the remote port can.
    """
    counts = {"open": 0, "close_wait": 0}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as lines:
                rows = lines.read().splitlines()[1:]
        except FileNotFoundError:
            continue
        for row in rows:
            fields = row.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port != port:
                continue
            if fields[3] == _ESTABLISHED:
                counts["open"] += 1
            elif fields[3] == _CLOSE_WAIT:
                counts["close_wait"] += 1
    return counts


def pool_connections(client: ChatClient | AsyncChatClient) -> list[Any]:
    """The httpcore connections in the client's pool (httpx 0.27 and 0.28 keep them here)."""
    transport = client._http._transport
    assert isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport)
    return list(transport._pool.connections)
