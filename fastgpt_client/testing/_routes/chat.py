"""Chat: ``POST /api/v1/chat/completions``, ``POST /api/v2/chat/completions``, ``POST /api/v2/chat/stop``.

A completion answers as JSON or as FastGPT's SSE stream (``_stream.RunStream``, which applies
the stream faults frame by frame); the non-stream answer gets the same body faults as every
other route (``faulted_body``). The team QPM limiter (``rate_limit``, ``rate_limit_http``)
counts the chat requests only, as FastGPT's does. A v2 run is registered while it runs so that
``/api/v2/chat/stop`` can stop it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from .._faults import Fault
from .._run import Pause
from .._state import ActiveRun, EmulatorState
from .._store import KeyRow
from .._stream import RunStream, StreamOptions, json_bytes
from ._endpoint import Call, faulted_body, route
from ._turn import ChatTurn, completion_body, prepare_turn, save_logged, save_turn


async def completions_v1(call: Call) -> Response:
    return await _completions(call, "v1")


async def completions_v2(call: Call) -> Response:
    return await _completions(call, "v2")


async def stop(call: Call) -> dict[str, Any]:
    state = call.state
    app_id = resolve_app(call)
    chat_id = call.body.get("chatId")
    if not isinstance(chat_id, str) or not chat_id:
        raise errors.CHAT_ID_OR_APP_ID_EMPTY
    owner = state.store.chat_owner(chat_id)
    if owner is not None and owner != app_id:
        raise errors.UN_AUTH_CHAT
    with state.lock:
        active = state.active.get((app_id, chat_id))
    if active is not None:
        active.run.stop()
        # FastGPT waits up to 5 s for the run to notice the stop flag.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(active.done.wait(), timeout=5)
    return {"success": True}


def resolve_app(call: Call) -> str:
    """The app a chat request runs: the key's ``-appId``, the app key's app, or the body's ``appId``."""
    body_app_id = call.body.get("appId")
    app_id = (
        call.app_override
        or call.key.app_id
        or (body_app_id if isinstance(body_app_id, str) and body_app_id else None)
    )
    if app_id is None:
        raise errors.ACCOUNT_KEY_WITHOUT_APP
    if app_id not in call.state.app_names:
        raise errors.APP_EMPTY
    return app_id


async def _completions(call: Call, api_version: str) -> Response:
    state, body = call.state, call.body
    app_id = resolve_app(call)
    limited = _rate_limited(state, call.fault)
    if limited is not None:
        return limited
    turn = prepare_turn(state, call.key, app_id, body)
    detail = bool(body.get("detail"))
    if body.get("stream"):
        return _stream_response(state, call.key, turn, detail, api_version, call.fault)
    return await _json_response(state, call.key, turn, detail, api_version, call.fault)


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


def _register(state: EmulatorState, turn: ChatTurn, api_version: str) -> ActiveRun:
    active = ActiveRun(turn.run)
    if api_version == "v2":
        with state.lock:
            state.active[(turn.app_id, turn.chat_id)] = active
    return active


def _unregister(state: EmulatorState, turn: ChatTurn, active: ActiveRun) -> None:
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
        on_end=lambda: save_logged(state, key, turn),
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
    return faulted_body(payload, fault) or Response(payload, media_type="application/json")


ROUTES = [
    route("/api/v1/chat/completions", completions_v1, ["POST"], streams=True),
    route("/api/v2/chat/completions", completions_v2, ["POST"], streams=True),
    route("/api/v2/chat/stop", stop, ["POST"]),
]
