"""Chat: ``POST /api/v1/chat/completions``, ``POST /api/v2/chat/completions``, ``POST /api/v2/chat/stop``.

A completion answers as JSON or as FastGPT's SSE stream (``_stream.RunStream``, which applies
the stream faults frame by frame); the non-stream answer gets the same body faults as every
other route (``faulted_body``). The team QPM limiter (``rate_limit``, ``rate_limit_http``)
counts the chat requests only, as FastGPT's does, and answers JSON even to a stream request.
Every run is registered while it runs: ``/api/v2/chat/stop`` stops a v2 one, and on 4.16 a
second run on the same chat fails with ``chatIsGenerating`` (FastGPT's ``preChatRound``).
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
from . import _schemas as schemas
from ._endpoint import Call, faulted_body, route
from ._params import as_list
from ._turn import NO_RECORD_CHAT_ID, ChatTurn, completion_body, prepare_turn, save_logged, save_turn

GENERATING, DONE = 0, 1  # ChatGenerateStatusEnum (2 is error)


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
    if active is not None and active.run is not None and active.api_version == "v2":
        active.run.stop()
        # FastGPT waits up to 5 s for the run to notice the stop flag.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(active.done.wait(), timeout=5)
    if not state.version.stop_reports_status:
        return {"success": True}
    status = GENERATING if state.is_generating(app_id, chat_id) else DONE
    return {"success": True, "completed": status != GENERATING, "chatGenerateStatus": status}


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
    if body.get("authProxy") is not None and state.version.validates_requests:
        # resolveChatCompletionEffectiveTmbId: only a team key with authProxy enabled may proxy,
        # and no emulator key has it (app keys never may).
        raise errors.UN_AUTH_CHAT
    app_id = resolve_app(call)
    limited = _rate_limited(state, call.fault)
    if limited is not None:
        return limited
    if not as_list(body.get("messages")):
        raise errors.MESSAGES_EMPTY
    active = ActiveRun(api_version)
    given = given_chat_id(body)
    if given == NO_RECORD_CHAT_ID:
        given = ""  # nothing stored, so no chat to lock (FastGPT's preChatRound skips the lock)
    if given:  # before the run takes a script: a refused run must not use one up
        state.start_run(app_id, given, active)
    try:
        turn = prepare_turn(state, call.key, app_id, body)
    except BaseException:
        if given:
            state.end_run(app_id, given, active)
        raise
    if not given and turn.stored:
        state.start_run(app_id, turn.chat_id, active)
    active.run = turn.run
    if turn.stored:
        state.conversations.set_read(turn.chat_id, read=False)
    detail = bool(body.get("detail"))
    if body.get("stream"):
        return _stream_response(state, call.key, turn, detail, api_version, call.fault, active)
    return await _json_response(state, call.key, turn, detail, api_version, call.fault, active)


def given_chat_id(body: dict[str, Any]) -> str:
    """The request's ``chatId`` (``""``: none, FastGPT makes one)."""
    raw = body.get("chatId")
    return str(raw).strip() if raw is not None else ""


def _rate_limited(state: EmulatorState, fault: Fault) -> Response | None:
    limit = fault.rate_limit if fault.rate_limit is not None else fault.rate_limit_http
    if limit is None:
        return None
    wait = state.rate_window.hit(limit)
    if wait is None:
        return None
    error = errors.rate_limit_error(limit, wait)
    if fault.rate_limit is not None:
        # FastGPT's own limiter: JSON before any SSE (4.16: HTTP 429 + errorType; 4.14: 500).
        return state.error_response(error)
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


def _stream_response(
    state: EmulatorState,
    key: KeyRow,
    turn: ChatTurn,
    detail: bool,
    api_version: str,
    fault: Fault,
    active: ActiveRun,
) -> Response:
    stream = RunStream(
        turn.run,
        StreamOptions(
            detail=detail,
            api_version=api_version,
            fault=fault,
            heartbeat_interval=state.heartbeat_interval,
            flow_responses_before_done=state.version.flow_responses_before_done,
            agent_events=state.version.agent_events,
            title=turn.title,
        ),
        on_end=lambda: save_logged(state, key, turn),
        on_disconnect=state.count_disconnect,
    )
    return _Tracked(stream, lambda: state.end_run(turn.app_id, turn.chat_id, active))


async def _json_response(
    state: EmulatorState,
    key: KeyRow,
    turn: ChatTurn,
    detail: bool,
    api_version: str,
    fault: Fault,
    active: ActiveRun,
) -> Response:
    try:
        if fault.delay_first:
            await asyncio.sleep(fault.delay_first)
        for step in turn.run.steps():
            if isinstance(step, Pause):
                await asyncio.sleep(step.seconds)
        save_turn(state, key, turn)
    finally:
        state.end_run(turn.app_id, turn.chat_id, active)
    payload = json_bytes(completion_body(turn, detail=detail, version=state.version, api_version=api_version))
    return faulted_body(payload, fault) or Response(payload, media_type="application/json")


ROUTES = [
    route(
        "/api/v1/chat/completions",
        completions_v1,
        ["POST"],
        streams=True,
        schema=schemas.completions,
        share=True,
    ),
    route(
        "/api/v2/chat/completions",
        completions_v2,
        ["POST"],
        streams=True,
        schema=schemas.completions,
        share=True,
    ),
    route("/api/v2/chat/stop", stop, ["POST"]),
]
