"""The emulator's state and its Starlette routes (FastGPT's wire format, see the module docs)."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import logging
import re
import socket
import struct
import threading
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from . import _errors as errors  # pyright: ignore[reportPrivateUsage]
from ._apps import APPS, Pause, Run, RunInput, ScriptedReply, answered, deepest_interactive, is_pending
from ._errors import ApiError, ErrorStyle
from ._faults import FAULT_HEADER, HTML_502, Fault, RateWindow, html_page
from ._ids import IdFactory
from ._sse import frame
from ._store import KeyRow, Store
from ._stream import PartialBody, RunStream, StreamOptions, json_bytes

logger = logging.getLogger("fastgpt_client.testing")
CHAT_ROUTES = ("/api/v1/chat/completions", "/api/v2/chat/completions")
TEAM_MEMBER_ID = "tmb"  # every key belongs to the same (only) team member


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the emulator saw it; credentials are masked."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: Any


def mask_secret(value: str) -> str:
    """``Bearer fastgpt-…abcd``: enough to tell keys apart, never the key."""
    scheme, _, token = value.rpartition(" ")
    masked = f"{token[:8]}…{token[-4:]}" if len(token) > 16 else "…"
    return f"{scheme} {masked}".strip()


@dataclass
class _ActiveRun:
    run: Run
    done: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class Scripts:
    once: collections.deque[ScriptedReply] = field(default_factory=lambda: collections.deque[ScriptedReply]())
    always: ScriptedReply | None = None


class EmulatorState:
    """Everything the routes share; ``FakeFastGPT`` exposes the parts tests need."""

    def __init__(
        self,
        *,
        db: str | None,
        seed: int | str | None,
        heartbeat_interval: float,
        token_delay: float,
        error_style: ErrorStyle,
    ) -> None:
        self.store = Store(db)
        self.ids = IdFactory(seed)
        self.heartbeat_interval = heartbeat_interval
        self.token_delay = token_delay
        self.error_style = error_style
        self.lock = threading.Lock()
        self.fault: Fault | None = None
        self.scripts: dict[str, Scripts] = {}
        self.rate_window = RateWindow()
        self.requests: collections.Counter[str] = collections.Counter()
        self.recorded: collections.deque[RecordedRequest] = collections.deque(maxlen=100)
        self.disconnects = 0
        self.active: dict[tuple[str, str], _ActiveRun] = {}
        self.app_datasets: dict[str, str] = {}
        """Datasets attached to apps (``FakeFastGPT.attach_dataset``): their runs search them."""
        self._seed_apps_and_keys()

    def knowledge_quotes(self, app_id: str, question: str) -> list[dict[str, Any]] | None:
        """What the app's "Knowledge Search" node finds, or None when no dataset is attached."""
        dataset_id = self.app_datasets.get(app_id)
        if dataset_id is None:
            return None
        from ._dataset_store import DatasetStore

        hits = DatasetStore(self.store).search(dataset_id, question, max_results=5)
        return [
            {
                "id": hit.data.id,
                "q": hit.data.q,
                "a": hit.data.a,
                "chunkIndex": hit.data.chunk_index,
                "datasetId": hit.data.dataset_id,
                "collectionId": hit.data.collection_id,
                "score": [{"type": "fullText", "value": hit.score, "index": rank}],
            }
            for rank, hit in enumerate(hits)
        ]

    def _seed_apps_and_keys(self) -> None:
        # Always draw the same sequence so a given seed gives the same ids, even if the database
        # file already holds them (INSERT OR IGNORE keeps the stored ones).
        for name in APPS:
            self.store.add_app(self.ids.object_id(), name)
        self.app_ids = self.store.apps()
        for name, app_id in self.app_ids.items():
            self.store.add_key(self.ids.api_key(), app_id, TEAM_MEMBER_ID, name=f"{name} key")
        self.store.add_key(self.ids.api_key(), None, TEAM_MEMBER_ID, name="account key")
        keys = self.store.keys()
        self.app_keys = {
            name: next(k.key for k in keys if k.app_id == app_id) for name, app_id in self.app_ids.items()
        }
        self.account_key = next(k.key for k in keys if k.app_id is None)
        self.app_names = {app_id: name for name, app_id in self.app_ids.items()}

    # bookkeeping

    def record(self, request: Request, body: Any) -> None:
        headers = {k: (mask_secret(v) if k == "authorization" else v) for k, v in request.headers.items()}
        query = urlencode(
            [
                (k, "…" if k.lower() == "apikey" else v)
                for k, v in parse_qsl(request.url.query, keep_blank_values=True)
            ]
        )
        with self.lock:
            self.requests[request.url.path] += 1
            self.recorded.append(RecordedRequest(request.method, request.url.path, query, headers, body))

    def count_disconnect(self) -> None:
        with self.lock:
            self.disconnects += 1

    def fault_for(self, request: Request) -> Fault:
        header = request.headers.get(FAULT_HEADER)
        with self.lock:
            base = self.fault or Fault()
        return base.merged(Fault.parse(header)) if header else base

    def take_script(self, app_id: str) -> ScriptedReply | None:
        with self.lock:
            scripts = self.scripts.get(app_id)
            if scripts is None:
                return None
            return scripts.once.popleft() if scripts.once else scripts.always

    # responses

    def error_response(self, error: ApiError, *, stream: bool = False) -> Response:
        if stream and self.error_style is not ErrorStyle.HTTP_STATUS:
            # sseErrRes: headers not set yet, so a bare 200 with one error frame and no [DONE].
            return Response(frame("error", error.envelope()), status_code=200, media_type=None)
        status = errors.http_status_for(error, self.error_style)
        return Response(error.body(), status_code=status, media_type="application/json")


def envelope(data: Any) -> JSONResponse:
    return JSONResponse({"code": 200, "statusText": "", "message": "", "data": data})


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


async def read_json(request: Request) -> Any:
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


# -- auth ----------------------------------------------------------------------------------------


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


def resolve_app(state: EmulatorState, key: KeyRow, override: str | None, body_app_id: Any) -> str:
    app_id = override or key.app_id or (body_app_id if isinstance(body_app_id, str) and body_app_id else None)
    if app_id is None:
        raise errors.ACCOUNT_KEY_WITHOUT_APP
    if app_id not in state.app_names:
        raise errors.APP_EMPTY
    return app_id


# -- chat ----------------------------------------------------------------------------------------


def as_dict(value: object) -> dict[str, Any] | None:
    """``value`` if it is a JSON object (typed for the checkers), else ``None``."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def as_list(value: object) -> list[Any]:
    """``value`` if it is a JSON array, else ``[]``."""
    return list(cast("Iterable[Any]", value)) if isinstance(value, list) else []


def message_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    parts = [p for p in map(as_dict, as_list(content)) if p is not None]
    return "\n".join(str(p.get("text", "")) for p in parts if p.get("type") == "text")


def human_value(content: Any) -> list[dict[str, Any]]:
    """A user message as stored value items (FastGPT's ``GPTMessages2Chats``)."""
    parts = as_list(content)
    if not isinstance(content, list):
        return [{"type": "text", "text": {"content": message_text(content)}}]
    items: list[dict[str, Any]] = []
    for p in map(as_dict, parts):
        if p is None:
            continue
        if p.get("type") == "text":
            items.append({"type": "text", "text": {"content": str(p.get("text", ""))}})
        elif p.get("type") == "image_url":
            url = (as_dict(p.get("image_url")) or {}).get("url", "")
            items.append({"type": "file", "file": {"type": "image", "name": "", "url": url}})
        elif p.get("type") == "file_url":
            items.append(
                {"type": "file", "file": {"type": "file", "name": p.get("name", ""), "url": p.get("url", "")}}
            )
    return items


def value_text(value: Sequence[Mapping[str, Any]]) -> str:
    return "\n".join(item["text"]["content"] for item in value if item.get("type") == "text")


_ROLE_OBJ = {"system": "System", "user": "Human", "assistant": "AI"}


@dataclass
class ChatTurn:
    """A validated chat request, ready to run."""

    app_id: str
    chat_id: str
    chat_id_given: bool
    question: str
    human: list[dict[str, Any]]
    human_data_id: str
    ai_data_id: str
    pending_row: int | None
    pending: Mapping[str, Any] | None
    stored_ai_value: list[dict[str, Any]]
    stored_ai_responses: list[dict[str, Any]]
    run: Run


def prepare_turn(state: EmulatorState, key: KeyRow, app_id: str, body: Mapping[str, Any]) -> ChatTurn:
    msgs = as_list(body.get("messages"))
    if not msgs:
        raise errors.MESSAGES_EMPTY
    raw_chat_id = body.get("chatId")
    chat_id = str(raw_chat_id).strip() if raw_chat_id is not None else ""
    chat_id_given = bool(chat_id)
    stored_vars: dict[str, Any] = {}
    history: list[tuple[str, str]] = []
    pending_row: int | None = None
    pending: Mapping[str, Any] | None = None
    stored_ai_value: list[dict[str, Any]] = []
    stored_ai_responses: list[dict[str, Any]] = []
    if chat_id_given:
        owner = state.store.chat_owner(chat_id)
        if owner is not None and owner != app_id:
            raise errors.UN_AUTH_CHAT
        chat = state.store.chat(chat_id)
        if chat is not None:
            stored_vars = chat.variables
            items = state.store.items(chat_id)
            history = [(item.obj, value_text(item.value)) for item in items]
            last = items[-1] if items else None
            if (
                last is not None
                and last.obj == "AI"
                and last.value
                and last.value[-1].get("type") == "interactive"
            ):
                interactive = last.value[-1]["interactive"]
                if is_pending(interactive):
                    pending_row, pending = last.row_id, interactive
                    stored_ai_value, stored_ai_responses = last.value, last.response_data
    else:
        chat_id = state.ids.nanoid(24)
    # Earlier request messages come after the stored history; system messages first.
    earlier = [m for m in map(as_dict, msgs[:-1]) if m is not None]
    earlier.sort(key=lambda m: 0 if m.get("role") == "system" else 1)
    history += [(_ROLE_OBJ.get(str(m.get("role")), "Human"), message_text(m.get("content"))) for m in earlier]
    last_message = as_dict(msgs[-1]) or {}
    content = last_message.get("content")
    variables = {**stored_vars, **(as_dict(body.get("variables")) or {})}
    question = message_text(content)
    human_data_id = last_message.get("dataId")
    ai_data_id = body.get("responseChatItemId")
    inp = RunInput(
        app_name=state.app_names[app_id],
        app_id=app_id,
        chat_id=chat_id,
        question=question,
        history=history,
        variables=variables,
        pending=deepest_interactive(pending) if pending is not None else None,
        script=state.take_script(app_id),
        token_delay=state.token_delay,
        quotes=state.knowledge_quotes(app_id, question) if pending is None else None,
    )
    return ChatTurn(
        app_id=app_id,
        chat_id=chat_id,
        chat_id_given=chat_id_given,
        question=question,
        human=human_value(content),
        human_data_id=human_data_id
        if isinstance(human_data_id, str) and human_data_id
        else state.ids.nanoid(),
        ai_data_id=ai_data_id if isinstance(ai_data_id, str) and ai_data_id else state.ids.nanoid(),
        pending_row=pending_row,
        pending=pending,
        stored_ai_value=stored_ai_value,
        stored_ai_responses=stored_ai_responses,
        run=Run(inp, state.ids),
    )


def save_turn(state: EmulatorState, key: KeyRow, turn: ChatTurn) -> None:
    """Store the turn: a new Human + AI pair, or (answering a prompt) update the AI record."""
    run = turn.run
    error = run.error
    error_msg = None if error is None else (error if isinstance(error, str) else json.dumps(error))
    with state.store.transaction():
        state.store.save_chat(
            chat_id=turn.chat_id,
            app_id=turn.app_id,
            tmb_id=key.tmb_id,
            variables=run.variables,
            title=turn.question[:20] or "New chat",
        )
        if turn.pending_row is not None and turn.pending is not None:
            value = [
                *turn.stored_ai_value[:-1],
                {"type": "interactive", "interactive": answered(turn.pending, turn.question)},
            ]
            state.store.update_item(
                turn.pending_row,
                value=value + run.items,
                response_data=turn.stored_ai_responses + run.responses,
                duration_seconds=run.duration,
                error_msg=error_msg,
            )
            return
        state.store.add_item(
            chat_id=turn.chat_id,
            app_id=turn.app_id,
            data_id=turn.human_data_id,
            obj="Human",
            value=turn.human,
        )
        state.store.add_item(
            chat_id=turn.chat_id,
            app_id=turn.app_id,
            data_id=turn.ai_data_id,
            obj="AI",
            value=run.items,
            response_data=run.responses,
            duration_seconds=run.duration,
            error_msg=error_msg,
        )


def _save_logged(state: EmulatorState, key: KeyRow, turn: ChatTurn) -> None:
    """Save a streamed turn; the stream has been answered already, so a failure is only logged."""
    try:
        save_turn(state, key, turn)
    except Exception:
        logger.exception("FastGPT emulator: could not store chat %s", turn.chat_id)


def completion_body(turn: ChatTurn, *, detail: bool) -> dict[str, Any]:
    """The non-stream JSON (§1.4), including the ``content`` shape rules."""
    run = turn.run
    message: dict[str, Any] = {"role": "assistant"}
    items = run.items
    if not items:
        message["content"] = ""
    elif len(items) == 1:
        item = items[0]
        if item["type"] == "text":
            message["content"] = item["text"]["content"]
        if item["type"] == "reasoning":
            message["reasoning_content"] = item["reasoning"]["content"]
    elif not detail:
        message["content"] = run.text
        if run.reasoning:
            message["reasoning_content"] = run.reasoning
    else:
        message["content"] = items
        if run.reasoning:
            message["reasoning_content"] = run.reasoning
    body: dict[str, Any] = {}
    if detail:
        body["responseData"] = run.responses
        body["newVariables"] = run.variables
    body["id"] = turn.chat_id if turn.chat_id_given else ""
    body["model"] = ""
    if run.error is not None:
        body["error"] = run.error
    body["usage"] = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1}
    body["choices"] = [{"index": 0, "finish_reason": "stop", "message": message}]
    return body


def _rate_limited(state: EmulatorState, fault: Fault) -> Response | None:
    limit = fault.rate_limit if fault.rate_limit is not None else fault.rate_limit_http
    if limit is None:
        return None
    wait = state.rate_window.hit(limit)
    if wait is None:
        return None
    error = errors.rate_limit_error(limit, wait)
    if fault.rate_limit is not None:
        return Response(error.body(), status_code=500, media_type="application/json")
    return Response(
        error.body(), status_code=429, media_type="application/json", headers={"Retry-After": str(wait)}
    )


class _Tracked(Response):
    """Runs an ASGI response and always forgets the active v2 run afterwards."""

    def __init__(self, inner: ASGIApp, finish: Callable[[], None]) -> None:
        super().__init__()
        self.inner = inner
        self.finish = finish

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.inner(scope, receive, send)
        finally:
            self.finish()


def chat_endpoint(state: EmulatorState, api_version: str) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        body = await read_json(request)
        state.record(request, body)
        try:
            fault = state.fault_for(request)
        except ValueError as exc:
            return Response(f"bad {FAULT_HEADER} header: {exc}\n", status_code=400)
        early = gateway_fault(fault)
        if early is not None:
            return early
        req = as_dict(body) or {}
        stream = bool(req.get("stream"))
        detail = bool(req.get("detail"))
        try:
            key, override = authenticate(state, request.headers.get("authorization"))
            app_id = resolve_app(state, key, override, req.get("appId"))
            limited = _rate_limited(state, fault)
            if limited is not None:
                return limited
            turn = prepare_turn(state, key, app_id, req)
            if stream:
                return _stream_response(state, key, turn, detail, api_version, fault)
            return await _json_response(state, key, turn, detail, api_version, fault)
        except ApiError as error:
            return state.error_response(error, stream=stream)
        except Exception as exc:  # FastGPT's NextEntry turns any failure into an envelope
            logger.exception("FastGPT emulator: unexpected error")
            return state.error_response(errors.plain_error(f"emulator error: {exc!r}"), stream=stream)

    return endpoint


def _register(state: EmulatorState, turn: ChatTurn, api_version: str) -> _ActiveRun:
    active = _ActiveRun(turn.run)
    if api_version == "v2":
        with state.lock:
            state.active[(turn.app_id, turn.chat_id)] = active
    return active


def _unregister(state: EmulatorState, turn: ChatTurn, active: _ActiveRun) -> None:
    with state.lock:
        if state.active.get((turn.app_id, turn.chat_id)) is active:
            del state.active[(turn.app_id, turn.chat_id)]
    active.done.set()


def _stream_response(
    state: EmulatorState, key: KeyRow, turn: ChatTurn, detail: bool, api_version: str, fault: Fault
) -> Response:
    active = _register(state, turn, api_version)
    stream = RunStream(
        turn.run,
        StreamOptions(
            detail=detail, api_version=api_version, fault=fault, heartbeat_interval=state.heartbeat_interval
        ),
        on_end=lambda: _save_logged(state, key, turn),
        on_disconnect=state.count_disconnect,
    )
    return _Tracked(stream, lambda: _unregister(state, turn, active))


async def _json_response(
    state: EmulatorState, key: KeyRow, turn: ChatTurn, detail: bool, api_version: str, fault: Fault
) -> Response:
    active = _register(state, turn, api_version)
    try:
        if fault.delay_first:
            await asyncio.sleep(fault.delay_first)
        for step in turn.run.steps():
            if isinstance(step, Pause):
                await asyncio.sleep(step.seconds)
        save_turn(state, key, turn)
    finally:
        _unregister(state, turn, active)
    payload = json_bytes(completion_body(turn, detail=detail))
    if fault.malformed is not None:
        return Response(b"this is not json", media_type="application/json")
    if fault.truncated_json:
        return Response(payload[: len(payload) // 2], media_type="application/json")
    if fault.cuts_stream:
        return PartialBody(payload)
    return Response(payload, media_type="application/json")


# -- other routes ---------------------------------------------------------------------------------


def stop_endpoint(state: EmulatorState) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        body = await read_json(request)
        state.record(request, body)
        req = as_dict(body) or {}
        try:
            key, override = authenticate(state, request.headers.get("authorization"))
            app_id = resolve_app(state, key, override, req.get("appId"))
            chat_id = req.get("chatId")
            if not isinstance(chat_id, str) or not chat_id:
                raise errors.CHAT_ID_OR_APP_ID_EMPTY
            owner = state.store.chat_owner(chat_id)
            if owner is not None and owner != app_id:
                raise errors.UN_AUTH_CHAT
        except ApiError as error:
            return state.error_response(error)
        with state.lock:
            active = state.active.get((app_id, chat_id))
        if active is not None:
            active.run.stop()
            # FastGPT waits up to 5 s for the run to notice the stop flag.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(active.done.wait(), timeout=5)
        return envelope({"success": True})

    return endpoint


def health_endpoint(state: EmulatorState) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        state.record(request, None)
        api_key = request.query_params.get("apiKey", "").strip()
        row = state.store.find_key(api_key) if api_key else None
        if row is None:
            return state.error_response(errors.API_KEY_INVALID)
        return envelope({"appId": row.app_id} if row.app_id else {})

    return endpoint


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


def create_app(state: EmulatorState) -> Starlette:
    """The Starlette application serving the emulated FastGPT API."""
    routes = [
        Route("/api/v1/chat/completions", chat_endpoint(state, "v1"), methods=["POST"]),
        Route("/api/v2/chat/completions", chat_endpoint(state, "v2"), methods=["POST"]),
        Route("/api/v2/chat/stop", stop_endpoint(state), methods=["POST"]),
        Route("/api/support/openapi/health", health_endpoint(state), methods=["GET"]),
    ]
    from ._routes_conversations import conversation_routes  # imports this module

    routes += conversation_routes(state)
    from ._routes_datasets import dataset_routes  # imports this module

    routes += dataset_routes(state)
    return Starlette(routes=routes)
