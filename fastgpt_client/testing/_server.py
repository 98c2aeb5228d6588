"""The emulator's ASGI application: the routes of every area, below one layer for connection resets."""

from __future__ import annotations

import asyncio
import socket
import struct
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from ._routes import ROUTES
from ._routes._endpoint import read_json
from ._state import EmulatorState


def create_app(state: EmulatorState) -> Starlette:
    """The Starlette application serving the emulated FastGPT API from ``state``."""
    app = Starlette(routes=ROUTES)
    app.state.emulator = state  # what the route wrapper hands to every handler
    return app


class ConnectionResets:
    """The outermost ASGI layer: the ``reset`` fault aborts the TCP connection before any response.

    Below Starlette, because an ASGI app cannot drop a connection: it reaches for the transport
    of uvicorn's request cycle (``send.__self__.transport``). Elsewhere (an in-process ASGI
    transport) the fault raises ``ConnectionResetError`` from the app instead.
    """

    def __init__(self, app: ASGIApp, state: EmulatorState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self._wants_reset(Request(scope)):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        self.state.record(request, await read_json(request))
        transport: Any = getattr(getattr(send, "__self__", None), "transport", None)
        if transport is None:
            raise ConnectionResetError("X-Fake-Fault: reset")
        sock = transport.get_extra_info("socket")
        if sock is not None:
            # Linger 0: close() sends RST instead of FIN, as a crashed proxy does.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
        # Let uvicorn see the connection lost, so it does not try to answer a 500 on it.
        await asyncio.sleep(0)

    def _wants_reset(self, request: Request) -> bool:
        try:
            return self.state.fault_for(request).reset
        except ValueError:
            return False  # the route answers the bad header with a 400
