"""Waking a read that is blocked on a response's socket, from another thread or task.

Closing a socket does not wake a thread blocked in `recv()` on it (and the file descriptor may
be reused under that thread); shutting it down does, at once, and sends the server a FIN. Used
by `close()`/`aclose()` from another thread or task and by the per-call deadline's watchdog.
"""

from __future__ import annotations

import functools
import socket
from collections.abc import Callable

import httpx

__all__ = ["shut_down", "shutter"]

Shutter = Callable[[], bool]
"""Shuts one socket down (both ways); False if it was already closed."""


def shutter(response: httpx.Response) -> Shutter | None:
    """What shuts down the socket `response` is read from; None if it cannot be reached.

    httpcore names the connection's stream in the `network_stream` extension (HTTP/1.1); a
    transport without it (HTTP/2, a mock, a custom one) is closed the ordinary way instead.
    """
    stream = response.extensions.get("network_stream")
    get_extra_info = getattr(stream, "get_extra_info", None)
    if get_extra_info is None:
        return None
    try:
        sock = get_extra_info("socket")
    except Exception:  # a transport's own stream: reaching its socket is best effort
        return None
    shutdown: Callable[[int], object] | None
    if isinstance(sock, socket.socket):
        # The plain socket's shutdown, also for an SSLSocket: its own would drop the TLS state
        # under the reading thread.
        shutdown = functools.partial(socket.socket.shutdown, sock)
    else:
        shutdown = getattr(sock, "shutdown", None)  # asyncio's TransportSocket, trio's socket
    if not callable(shutdown):
        return None
    return functools.partial(_shut, shutdown)


def _shut(shutdown: Callable[[int], object]) -> bool:
    try:
        shutdown(socket.SHUT_RDWR)
    except (OSError, ValueError):  # already closed or not connected: nothing left to wake
        return False
    return True


def shut_down(response: httpx.Response) -> bool:
    """Shuts down (both ways) the socket `response` is read from; False if it cannot be reached."""
    shut = shutter(response)
    return shut is not None and shut()
