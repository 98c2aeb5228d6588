"""The emulator's ASGI application: the routes of every area, below one layer for connection resets.

A path the server's version does not serve (an unknown ``/api/...`` route, or one that version
does not have, such as ``/api/core/chat/item/delete`` on 4.16) answers what FastGPT's Next.js
server answers: HTTP 404 with its HTML 404 page (``pages/404.tsx``), never an envelope.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from ._routes import routes_for
from ._routes._endpoint import read_json
from ._state import EmulatorState

NEXT_404_PAGE = (
    b'<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta name="viewport" '
    b'content="width=device-width"/><meta name="next-head-count" content="2"/></head><body>'
    b'<div id="__next"><div></div></div><script id="__NEXT_DATA__" type="application/json">'
    b'{"props":{"pageProps":{}},"page":"/404","query":{},"buildId":"fake-fastgpt",'
    b'"isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>'
)
"""The page Next.js renders for a path nothing serves (FastGPT's ``pages/404.tsx`` is an empty
``<div>`` that redirects in the browser); the shape of Next's output, not a byte-exact copy."""


def create_app(state: EmulatorState) -> Starlette:
    """The Starlette application serving the emulated FastGPT API from ``state``."""
    app = Starlette(routes=routes_for(state.version), exception_handlers={404: _not_found})
    app.state.emulator = state  # what the route wrapper hands to every handler
    return app


async def _not_found(request: Request, exc: Exception) -> Response:
    state: EmulatorState = request.app.state.emulator
    state.record(request, await read_json(request))
    return Response(NEXT_404_PAGE, status_code=404, media_type="text/html; charset=utf-8")


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
