"""The one endpoint wrapper every route of the emulator goes through, faults included.

``route(path, handler, methods)`` makes the Starlette route of a module-level handler;
``when=`` limits it to the FastGPT versions it exists in (``served_routes`` keeps the ones of a
version; a path a version does not serve answers Next.js's HTML 404 page, ``_server``). For every
request its endpoint, in order:

1. reads the body, parses it as JSON (not a multipart one: the handler parses that) and records
   the request;
2. works out the fault (the server's ``inject()`` merged with the ``X-Fake-Fault`` header) and
   answers a bad header with HTTP 400;
3. answers a gateway fault (``html_502``, ``html``, ``status``, ``empty_200``) the way a proxy in
   front of FastGPT would, before FastGPT sees the request;
4. checks the JSON body against the route's ``schema`` for the version (FastGPT's
   ``parseApiInput``, which runs before the key is looked at: HTTP 400 + ``zodError`` on 4.16),
   authenticates the key (unless the route is ``public``) and calls the handler with a ``Call``;
5. puts what the handler returns in FastGPT's envelope and applies the body faults to it
   (``delay_first``, ``malformed``, ``truncated_json``, ``cut_after``/``cut_mid_*``). A handler
   that answers with a ``Response`` of its own (chat, the fake S3) is answered as it is: chat
   applies the same faults to its answers itself (``faulted_body``, and its SSE writer);
6. turns an ``ApiError``, or any other exception as FastGPT's ``NextEntry`` does, into FastGPT's
   error envelope with the version's HTTP status (for a stream request to a ``streams`` route: an
   ``event: error`` frame, unless it is a request validation error, which is always JSON).

So every fault behaves the same on every route. Three are applied elsewhere because they are
not a proxy's doing: ``reset`` below Starlette (``_server.ConnectionResets``), ``rate_limit`` and
``rate_limit_http`` by the chat routes (FastGPT's chat QPM limiter), ``fail_push_after`` by
``pushData``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from .. import _zod as zod  # pyright: ignore[reportPrivateUsage]
from .._errors import ApiError
from .._faults import FAULT_HEADER, HTML_502, Fault, html_page
from .._state import TEAM_MEMBER_ID, EmulatorState
from .._store import KeyRow
from .._stream import PartialBody
from .._versions import Version
from ._params import as_dict, as_list

logger = logging.getLogger("fastgpt_client.testing")


@dataclass
class Call:
    """One request, as a handler sees it."""

    request: Request
    state: EmulatorState
    body: dict[str, Any]
    """The JSON body if it is an object, else ``{}``."""
    fault: Fault
    auth: tuple[KeyRow, str | None] | None
    """The key and the ``-appId`` of a ``fastgpt-<key>-<appId>`` token; ``None`` on a public route."""

    @property
    def key(self) -> KeyRow:
        if self.auth is None:
            raise RuntimeError("a public route has no key")
        return self.auth[0]

    @property
    def app_override(self) -> str | None:
        return None if self.auth is None else self.auth[1]

    @property
    def query(self) -> QueryParams:
        return self.request.query_params


Handler = Callable[[Call], Awaitable[Any]]
"""A route's handler: the ``data`` of its envelope, or a whole ``Response``."""


VersionCheck = Callable[[Version], bool]
"""Whether a version has a route, e.g. ``lambda v: v.record_delete_route``."""


class EmulatedRoute(Route):
    """A Starlette route that knows which FastGPT versions have it."""

    def __init__(
        self, path: str, endpoint: Callable[..., Any], *, methods: list[str], when: VersionCheck | None
    ) -> None:
        super().__init__(path, endpoint, methods=methods)
        self.when = when

    def served_by(self, version: Version) -> bool:
        return self.when is None or self.when(version)


def served_routes(routes: Sequence[Route], version: Version) -> list[Route]:
    """The routes ``version`` serves."""
    return [r for r in routes if not isinstance(r, EmulatedRoute) or r.served_by(version)]


def route(
    path: str,
    handler: Handler,
    methods: Sequence[str],
    *,
    public: bool = False,
    streams: bool = False,
    when: VersionCheck | None = None,
    schema: Callable[[Version], zod.Schema | None] | None = None,
    share: bool = False,
) -> Route:
    """The route serving ``handler`` at ``path`` through the wrapper (see the module docs).

    ``public``: no key is needed and the body is not parsed (the handler reads what it needs).
    ``streams``: an error answers a request with ``"stream": true`` as FastGPT's SSE error.
    ``when``: the route exists only in the versions it accepts (every version by default).
    ``schema``: the zod schema the version checks the JSON body against (``None``: none).
    ``share``: a body with a share link's ``shareId`` + ``outLinkUid`` is authenticated by the
    link instead of the key (FastGPT's ``authShareChat``; chat completions).
    """

    async def endpoint(request: Request) -> Response:
        state = cast("EmulatorState", request.app.state.emulator)
        await request.body()  # always read it all: a fault that cuts then closes a drained socket
        raw: Any = None
        if not public:
            raw = "<multipart>" if _is_multipart(request) else await read_json(request)
        state.record(request, raw)
        body = as_dict(raw) or {}
        try:
            fault = state.fault_for(request)
        except ValueError as exc:
            return Response(f"bad {FAULT_HEADER} header: {exc}\n", status_code=400)
        early = gateway_fault(fault)
        if early is not None:
            return early
        stream = streams and bool(body.get("stream"))
        try:
            checked = schema(state.version) if schema is not None else None
            if checked is not None:
                zod.check(checked, raw)
            shared = share_auth(state, body) if share else None
            auth = None if public else shared or authenticate(state, request.headers.get("authorization"))
            result = await handler(Call(request, state, body, fault, auth))
        except ApiError as error:
            return state.error_response(error, stream=stream)
        except Exception as exc:  # FastGPT's NextEntry turns any failure into an envelope
            logger.exception("FastGPT emulator: unexpected error")
            return state.error_response(errors.plain_error(f"emulator error: {exc!r}"), stream=stream)
        if isinstance(result, Response):
            return result
        response = JSONResponse({"code": 200, "statusText": "", "message": "", "data": result})
        if fault.delay_first:
            await asyncio.sleep(fault.delay_first)
        return faulted_body(bytes(response.body), fault) or response

    endpoint.__name__ = endpoint.__qualname__ = handler.__name__
    return EmulatedRoute(path, endpoint, methods=list(methods), when=when)


def gateway_fault(fault: Fault) -> Response | None:
    """Faults a proxy in front of FastGPT produces before the request reaches it."""
    if fault.html_502:
        return Response(HTML_502, status_code=502, media_type="text/html")
    if fault.html is not None:
        return Response(html_page(fault.html), status_code=fault.html, media_type="text/html")
    if fault.status is not None:
        return Response(f"{fault.status} error from the FastGPT emulator\n", status_code=fault.status)
    if fault.empty_200:
        return Response(b"", status_code=200, media_type="application/json")
    return None


def faulted_body(payload: bytes, fault: Fault) -> Response | None:
    """A JSON answer of ``payload`` broken as ``fault`` asks, or ``None`` if it asks nothing of it."""
    if fault.malformed is not None:
        return Response(b"this is not json", media_type="application/json")
    if fault.truncated_json:
        return Response(payload[: len(payload) // 2], media_type="application/json")
    if fault.cuts_stream:
        return PartialBody(payload)
    return None


def authenticate(state: EmulatorState, authorization: str | None) -> tuple[KeyRow, str | None]:
    """FastGPT's ``parseHeaderCert`` + ``authOpenApiKey``: the key and an ``-appId`` override."""
    token = (authorization or "").strip().partition(" ")[2].strip()
    if not token:
        raise errors.UN_AUTHORIZATION
    parts = token.split("-")
    if len(parts) == 2:
        key, app_override = token, None
    elif len(parts) == 3:
        key, app_override = f"{parts[0]}-{parts[1]}", parts[2]
    else:
        raise errors.UN_AUTHORIZATION
    row = state.store.find_key(key)
    if row is None:
        raise errors.UN_AUTH_API_KEY
    return row, app_override


def share_auth(state: EmulatorState, body: dict[str, Any]) -> tuple[KeyRow, str | None] | None:
    """The share link of a chat request (4.16: ``outLinkAuthData``; 4.14: top-level ``shareId``
    and ``outLinkUid``) as the key of its app; None without one. An unknown link is
    ``linkUnInvalid`` (``authOutLinkValid``)."""
    source = as_dict(body.get("outLinkAuthData")) if state.version.validates_requests else body
    share_id, uid = (source or {}).get("shareId"), (source or {}).get("outLinkUid")
    if not share_id or not uid:
        return None
    if body.get("authProxy") is not None:
        raise errors.UN_AUTH_CHAT  # a share chat may not proxy
    name = next((n for n, s in state.share_links.items() if s == share_id), None)
    if name is None:
        raise errors.LINK_UN_INVALID
    return KeyRow(key="", app_id=state.app_ids[name], tmb_id=TEAM_MEMBER_ID), None


def chat_app(call: Call, value: object) -> str:
    """FastGPT's ``authChatCrud`` on ``value``: no appId is unAuthChat, an unknown app appUnExist."""
    if not isinstance(value, str) or not value:
        raise errors.UN_AUTH_CHAT
    if value not in call.state.app_names:
        raise errors.APP_UN_EXIST
    return value


async def read_json(request: Request) -> Any:
    """The request's JSON body; ``{}`` when it is empty or not JSON."""
    raw = await request.body()
    if not raw:
        return {}
    try:
        return _well_formed(json.loads(raw))
    except ValueError:
        return {}


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _well_formed(data: Any) -> Any:
    """Replace lone UTF-16 surrogates (valid in JSON, not in UTF-8) by U+FFFD, as MongoDB would."""
    if isinstance(data, str):
        return _LONE_SURROGATE.sub("\ufffd", data)
    items = as_list(data)
    if items:
        return [_well_formed(item) for item in items]
    mapping = as_dict(data)
    if mapping is not None:
        return {_well_formed(k): _well_formed(v) for k, v in mapping.items()}
    return data


def _is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").startswith("multipart/form-data")
