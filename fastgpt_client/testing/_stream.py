"""ASGI responses that write a run as SSE, with heartbeats, client-disconnect tracking and faults.

These are raw ASGI callables rather than Starlette ``StreamingResponse`` because a fault has to
end the response *without* completing it: returning early makes uvicorn close the socket, which
the client sees as a connection cut mid-stream.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import anyio
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from ._agent_events import AGENT_EVENTS
from ._faults import Fault
from ._run import Emit, Pause, Run
from ._sse import SSE_HEADERS, answer_chunk, dumps, finish_chunk, frame

_CUT_MESSAGE = "ASGI callable returned without completing response."


class _DeliberateCutFilter(logging.Filter):
    """Hide uvicorn's complaint about the responses we cut on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != _CUT_MESSAGE


def quiet_deliberate_cuts() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _DeliberateCutFilter) for f in logger.filters):
        logger.addFilter(_DeliberateCutFilter())


class _Cut(Exception):
    """Raised inside the writer to abandon the response and close the socket."""


@dataclass
class StreamOptions:
    detail: bool
    api_version: str
    fault: Fault
    heartbeat_interval: float
    flow_responses_before_done: bool = False
    """v1 ``detail``: ``flowResponses`` before ``[DONE]`` (4.14.11+), else after it (4.14.5)."""
    agent_events: bool = False
    """Stream Agent events and ``responseValueId`` (4.16); otherwise drop them (4.14.5)."""
    title: str | None = None
    """The chat title to send as ``chatTitle`` before the stop chunk (``detail`` only)."""


class RunStream:
    """Streams ``run`` the way FastGPT's ``dispatchWorkFlow`` and completions handler do.

    ``on_end(completed)`` is called once the run is over (not after a deliberate cut);
    ``on_disconnect()`` when the client goes away before the end of the stream. A v1 run stops on
    disconnect; a v2 run carries on without writing, like FastGPT's v2 endpoint.
    """

    def __init__(
        self,
        run: Run,
        options: StreamOptions,
        *,
        on_end: Callable[[], None],
        on_disconnect: Callable[[], None],
    ) -> None:
        self.run = run
        self.options = options
        self.on_end = on_end
        self.on_disconnect = on_disconnect
        self._send: Send | None = None
        self._frames = 0
        self._last_write = time.monotonic()
        self._complete = False
        self._gone = anyio.Event()
        self._malformed_sent = False
        self._truncated_sent = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self._send = send
        async with anyio.create_task_group() as tg:
            tg.start_soon(self._watch_disconnect, receive)
            try:
                await self._write_all()
            except _Cut:
                pass
            finally:
                tg.cancel_scope.cancel()

    async def _watch_disconnect(self, receive: Receive) -> None:
        while True:
            message: Message = await receive()
            if message["type"] == "http.disconnect":
                if not self._complete:
                    self._gone.set()
                    self.on_disconnect()
                    if self.options.api_version == "v1":
                        self.run.stop()
                return

    @property
    def _gone_away(self) -> bool:
        return self._gone.is_set()

    async def _write_all(self) -> None:
        assert self._send is not None
        await self._send({"type": "http.response.start", "status": 200, "headers": SSE_HEADERS})
        fault = self.options.fault
        if fault.delay_first:
            await self._wait(fault.delay_first)
        detail, v1 = self.options.detail, self.options.api_version == "v1"
        for step in self.run.steps():
            if isinstance(step, Pause):
                if not self._gone_away:
                    await self._wait(step.seconds)
                continue
            if self._gone_away:
                continue  # v2: the run carries on without the client
            await self._emit(step, detail=detail, v1=v1)
        if not self._gone_away:
            flow_responses = detail and v1
            early = flow_responses and self.options.flow_responses_before_done
            if detail and self.options.title is not None:
                await self._write(frame("chatTitle", {"title": self.options.title}))
            await self._write(frame("answer" if detail else None, finish_chunk(detail=detail)))
            if early:
                await self._write(frame("flowResponses", self.run.responses))
            await self._write(frame("answer" if detail else None, "[DONE]"))
            if flow_responses and not early:
                await self._write(frame("flowResponses", self.run.responses))
        self._complete = True
        self.on_end()
        await self._send({"type": "http.response.body", "body": b"", "more_body": False})

    async def _emit(self, step: Emit, *, detail: bool, v1: bool) -> None:
        if not detail:
            if step.event in ("answer", "fastAnswer"):
                await self._write(frame(None, step.data))
            return
        if step.event == "flowNodeResponse" and v1:
            return
        data: Any = step.data
        if not self.options.agent_events:
            if step.event in AGENT_EVENTS:
                return
        elif step.id and isinstance(data, dict):
            data = {
                **cast("dict[str, Any]", data),
                "responseValueId": step.id,
            }  # getWorkflowResponseWrite, detail mode
        await self._write(frame(step.event, data))

    async def _wait(self, seconds: float) -> None:
        """Sleep like a busy run: heartbeat every ``heartbeat_interval``; wake early on disconnect."""
        deadline = time.monotonic() + seconds
        interval = self.options.heartbeat_interval
        while not self._gone_away:
            now = time.monotonic()
            if interval > 0 and now - self._last_write >= interval:
                heartbeat = answer_chunk("")
                await self._write(frame("answer" if self.options.detail else None, heartbeat), paced=False)
                continue
            remaining = deadline - now
            if remaining <= 0:
                return
            timeout = min(remaining, self._last_write + interval - now) if interval > 0 else remaining
            with anyio.move_on_after(max(timeout, 0.0)):
                await self._gone.wait()

    async def _write(self, data: bytes, *, paced: bool = True) -> None:
        """Write one frame, applying the frame-level faults first."""
        assert self._send is not None
        fault = self.options.fault
        if paced and fault.delay_between and self._frames:
            await self._wait(fault.delay_between)
            if self._gone_away:
                return
        if fault.cut_after is not None and self._frames >= fault.cut_after:
            raise _Cut
        if fault.cut_mid_frame is not None and self._frames >= fault.cut_mid_frame:
            await self._raw(data[: max(1, len(data) // 2)])
            raise _Cut
        if fault.cut_mid_char is not None and self._frames >= fault.cut_mid_char:
            await self._raw(_up_to_mid_char(data, detail=self.options.detail))
            raise _Cut
        if fault.malformed is not None and not self._malformed_sent and self._frames >= fault.malformed:
            self._malformed_sent = True
            await self._raw(b"data: {this is not json\n\n")
            self._frames += 1
        if fault.truncated_json and not self._truncated_sent:
            self._truncated_sent = True
            data = _truncate_payload(data)
        await self._raw(data)
        self._frames += 1
        self._last_write = time.monotonic()

    async def _raw(self, data: bytes) -> None:
        assert self._send is not None
        await self._send({"type": "http.response.body", "body": data, "more_body": True})


def _up_to_mid_char(data: bytes, *, detail: bool) -> bytes:
    """``data`` up to the middle of its first multi-byte UTF-8 character (one is added if needed)."""
    for i, byte in enumerate(data):
        if byte >= 0xC0:  # the lead byte of a multi-byte sequence
            return data[: i + 1]
    data = frame("answer" if detail else None, answer_chunk("中文"))
    return _up_to_mid_char(data, detail=detail)


def _truncate_payload(data: bytes) -> bytes:
    """A frame whose JSON payload stops half way (the frame itself is terminated)."""
    head, sep, payload = data.partition(b"data: ")
    payload = payload.rstrip(b"\n")
    return head + sep + payload[: max(1, len(payload) // 2)] + b"\n\n"


class PartialBody(Response):
    """A response that promises ``body`` (Content-Length) but sends only half of it, then cuts."""

    def __init__(self, body: bytes, status: int = 200, content_type: bytes = b"application/json") -> None:
        super().__init__(body, status_code=status)
        self.status = status
        self.content_type = content_type

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", self.content_type), (b"content-length", str(len(self.body)).encode())]
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send(
            {"type": "http.response.body", "body": self.body[: len(self.body) // 2], "more_body": True}
        )


def json_bytes(data: Any) -> bytes:
    return dumps(data).encode()
