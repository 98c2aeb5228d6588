"""`ChatStream` / `AsyncChatStream`: a chat answer as typed events, as they arrive.

The two classes share `StreamState`, which decodes bytes into events and accumulates the answer;
they differ only in how they read the socket and close it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from ._decode import DONE, decode_frame
from ._json import as_mapping, mappings
from ._limits import CallGuard
from ._socket import shut_down
from ._sse import ServerSentEvent, SSEDecoder
from .exceptions import APIConnectionError, APIError, APITimeoutError
from .types.completion import ChatCompletion
from .types.events import (
    AnswerEvent,
    ChatTitleEvent,
    FlowNodeResponseEvent,
    FlowResponsesEvent,
    InteractiveEvent,
    StreamEvent,
    UpdateVariablesEvent,
    WorkflowDurationEvent,
)

if TYPE_CHECKING:
    from ._secrets import Secrets

__all__ = ["AsyncChatStream", "ChatStream"]

_E = TypeVar("_E", bound=APIError)
_STOPPED = "The stream was closed (close() or aclose()) while it was being read; the answer is incomplete."


class StreamState:
    """Decodes a stream's bytes into events and keeps what a final `ChatCompletion` needs."""

    def __init__(
        self, *, chat_id: str, response_chat_item_id: str, detail: bool, api_version: str = "v1"
    ) -> None:
        self.chat_id: str = chat_id
        self.response_chat_item_id: str = response_chat_item_id
        self.detail: bool = detail
        self._decoder = SSEDecoder()
        self._text: list[str] = []
        self._reasoning: list[str] = []
        self.nodes: list[Mapping[str, Any]] = []
        self.variables: dict[str, Any] | None = None
        self.interactive: Mapping[str, Any] | None = None
        self.finish_reason: str | None = None
        self.duration: float | None = None
        self.title: str | None = None
        self.done: bool = False
        # v1 detail streams carry the node responses in one `flowResponses` frame: before [DONE]
        # on FastGPT 4.14.11+, after it (and then the server closes) on 4.14.10 and older.
        # Everything else ends at [DONE].
        self._expects_flow_responses = detail and api_version == "v1"
        self._got_flow_responses = False
        self.stopped = False
        """`close()`/`aclose()` was called while another thread or task was reading."""
        # The call's limits (deadline, decoded-size cap) and the key to hide, set by the client.
        self.guard: CallGuard = CallGuard(deadline=None, max_bytes=None)
        self.secrets: Secrets | None = None
        self._size = 0

    @property
    def complete(self) -> bool:
        """Everything the server will send has arrived, so reading stops without waiting for the
        server (or a proxy) to close the socket: at [DONE], or for a v1 detail stream at [DONE]
        once `flowResponses` has come, whichever order they came in."""
        return self.done and (self._got_flow_responses or not self._expects_flow_responses)

    @property
    def text(self) -> str:
        return "".join(self._text)

    @property
    def reasoning(self) -> str:
        return "".join(self._reasoning)

    def feed(self, chunk: bytes, response: httpx.Response | None = None) -> list[StreamEvent]:
        """The events in `chunk`; an error frame raises, carrying `response` (the stream's)."""
        self._size += len(chunk)
        if response is not None and (too_large := self.guard.too_large(response, self._size)):
            raise self.with_partial(too_large)
        if self.guard.expired:
            raise self.with_partial(self.guard.deadline_error("The stream"))
        events: list[StreamEvent] = []
        for frame in self._decoder.feed(chunk):
            if self.done and not self._after_done(frame):
                continue
            try:
                event = decode_frame(frame, response)
            except APIError as error:
                raise self.with_partial(error) from None
            if event is DONE:
                self.done = True
            elif isinstance(event, StreamEvent):
                self._record(event)
                events.append(event)
        return events

    def _after_done(self, frame: ServerSentEvent) -> bool:
        """Whether a frame after [DONE] is read: only the `flowResponses` a v1 detail stream of
        FastGPT 4.14.10 or older sends there. The rest is ignored, so what a stream gives never
        depends on whether it came in the read that carried [DONE] or in a later one."""
        return (
            frame.event == "flowResponses" and self._expects_flow_responses and not self._got_flow_responses
        )

    def end(self) -> None:
        """The stream ended (the server closed it, or reading stopped once `complete`): raises if
        the answer was cut off. Bytes after a complete answer are never a cut-off answer."""
        if self.complete:
            return
        if self.stopped:
            raise self.with_partial(APIConnectionError(_STOPPED))
        if self.guard.expired and not self.answered:  # the deadline's watchdog shut the socket
            raise self.with_partial(self.guard.deadline_error("The stream"))
        if self._decoder.has_partial_frame:
            raise self.with_partial(
                APIConnectionError(
                    "The stream was cut off in the middle of a frame; the answer is incomplete."
                )
            )
        if not self.done:
            raise self.with_partial(
                APIConnectionError("The stream ended before FastGPT finished the answer (no [DONE] frame).")
            )

    @property
    def answered(self) -> bool:
        """[DONE] has come (and no frame is half read): a read that fails now, while a v1 detail
        stream waits for `flowResponses`, ends the stream like the server closing it would."""
        return self.done and not self._decoder.has_partial_frame

    def transport_error(self, exc: httpx.HTTPError) -> APIConnectionError:
        if self.stopped:
            return self.with_partial(APIConnectionError(_STOPPED))
        if self.guard.expired:
            return self.with_partial(self.guard.deadline_error("The stream"))
        if isinstance(exc, httpx.TimeoutException):
            error: APIConnectionError = APITimeoutError(
                "No stream frame arrived within the read timeout; the answer is incomplete. FastGPT sends a "
                "heartbeat every 10 s, so the server or a proxy has stalled."
            )
        else:
            error = APIConnectionError(
                f"The stream broke off: {exc or type(exc).__name__}; the answer is incomplete."
            )
        return self.with_partial(error)

    def with_partial(self, error: _E) -> _E:
        if self.secrets is not None:
            self.secrets.scrub_error(error)
        error.partial_text = self.text
        error.partial_reasoning = self.reasoning
        return error

    def completion(self) -> ChatCompletion:
        """The answer in the shape a non-stream call returns."""
        message: dict[str, Any] = {"role": "assistant"}
        text = self.text
        if self.interactive is not None:
            items: list[dict[str, Any]] = [{"type": "text", "text": {"content": text}}] if text else []
            items.append({"type": "interactive", "interactive": dict(self.interactive)})
            message["content"] = items
        else:
            message["content"] = text
        if self._reasoning:
            message["reasoning_content"] = self.reasoning
        body: dict[str, Any] = {
            "id": self.chat_id or "",
            "model": "",
            "choices": [{"index": 0, "finish_reason": self.finish_reason or "stop", "message": message}],
        }
        if self.title is not None:
            body["title"] = self.title
        if self.detail:
            body["responseData"] = [dict(node) for node in self.nodes]
            body["newVariables"] = self.variables or {}
        return ChatCompletion.from_json(
            body, chat_id=self.chat_id, response_chat_item_id=self.response_chat_item_id
        )

    def _record(self, event: StreamEvent) -> None:
        if isinstance(event, AnswerEvent):
            if event.text:
                self._text.append(event.text)
            if event.reasoning:
                self._reasoning.append(event.reasoning)
            if event.finish_reason:
                self.finish_reason = event.finish_reason
        elif isinstance(event, FlowResponsesEvent):
            self.nodes = mappings(event.data)
            self._got_flow_responses = True
        elif isinstance(event, FlowNodeResponseEvent):
            self.nodes.append(as_mapping(event.data))
        elif isinstance(event, UpdateVariablesEvent):
            self.variables = event.variables
        elif isinstance(event, InteractiveEvent):
            self.interactive = event.prompt.raw
        elif isinstance(event, WorkflowDurationEvent):
            self.duration = event.seconds
        elif isinstance(event, ChatTitleEvent) and event.title:
            self.title = event.title


class _StreamBase:
    """What `ChatStream` and `AsyncChatStream` share: the stream's ids, state and final completion."""

    _response: httpx.Response
    _state: StreamState
    _pending: deque[StreamEvent]

    def __init__(self, response: httpx.Response, state: StreamState) -> None:
        self._response = response
        self._state = state
        self._pending = deque()

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (status, headers such as `X-RateLimit-Remaining`)."""
        return self._response

    @property
    def chat_id(self) -> str:
        return self._state.chat_id

    @property
    def response_chat_item_id(self) -> str:
        return self._state.response_chat_item_id

    @property
    def text(self) -> str:
        """The answer text received so far."""
        return self._state.text

    @property
    def reasoning(self) -> str:
        """The reasoning text received so far."""
        return self._state.reasoning

    @property
    def title(self) -> str | None:
        """The chat title FastGPT generated in this turn, once its `chatTitle` event has come."""
        return self._state.title


class ChatStream(_StreamBase):
    """A streamed answer: iterate it for typed events, or use `text_stream` / `get_final_completion()`.

    Use it in a `with` block (or exhaust it) so the connection is released.
    """

    def __init__(self, response: httpx.Response, state: StreamState) -> None:
        super().__init__(response, state)
        self._events = self._read()

    @classmethod
    def open(cls, response: httpx.Response, state: StreamState) -> ChatStream:
        """Reads up to the first event, so an error frame sent before the answer raises here."""
        stream = cls(response, state)
        first = next(stream._events, None)
        if first is not None:
            stream._pending.append(first)
        return stream

    def _read(self) -> Generator[StreamEvent]:
        state = self._state
        try:
            for chunk in self._response.iter_bytes():
                yield from state.feed(chunk, self._response)
                if state.complete:
                    break
            state.end()
        except httpx.HTTPError as exc:
            if not state.answered:
                raise state.transport_error(exc) from exc
        finally:
            state.guard.unwatch()
            self._response.close()

    def __iter__(self) -> Iterator[StreamEvent]:
        try:
            while self._pending:
                yield self._pending.popleft()
            yield from self._events
        except GeneratorExit:
            # Broken out of: release the connection now, also when the loop stopped at the
            # event `open()` read ahead (`yield from` only closes `_events` once it is running).
            self.close()
            raise

    def __next__(self) -> StreamEvent:
        """The next event: `next(stream)` reads one without closing the stream (a `for` loop
        that is left early closes it)."""
        if self._pending:
            return self._pending.popleft()
        return next(self._events)

    @property
    def text_stream(self) -> Iterator[str]:
        """The answer text only, piece by piece (reasoning and workflow events are skipped)."""
        for event in self:
            if isinstance(event, AnswerEvent) and event.text:
                yield event.text

    def get_final_completion(self) -> ChatCompletion:
        """Reads the rest of the stream and returns what a non-stream call would have returned."""
        for _ in self:
            pass
        return self._state.completion()

    def close(self) -> None:
        """Stops reading and releases the connection (a v1 run stops when its client disconnects).

        May be called from another thread while one is iterating (a stop button): that loop then
        ends with `APIConnectionError` at once, even if it was waiting for a frame (the socket is
        shut down, so its blocked read returns).
        """
        try:
            self._events.close()
        except ValueError:
            # "generator already executing": another thread is reading. Shutting the socket down
            # wakes its blocked read now (closing it would not) and the server sees the
            # disconnect; that thread's loop then releases the connection itself (as it does when
            # the answer is already complete and it is only leaving).
            self._state.stopped = True
            if self._state.complete or shut_down(self._response):
                return
        self._state.guard.unwatch()
        self._response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncChatStream(_StreamBase):
    """The async twin of `ChatStream`: `async for event in stream`, `async with stream`."""

    def __init__(self, response: httpx.Response, state: StreamState) -> None:
        super().__init__(response, state)
        self._events = self._read()

    @classmethod
    async def open(cls, response: httpx.Response, state: StreamState) -> AsyncChatStream:
        """Reads up to the first event, so an error frame sent before the answer raises here."""
        stream = cls(response, state)
        try:
            stream._pending.append(await anext(stream._events))
        except StopAsyncIteration:
            pass
        except BaseException:
            await stream.aclose()
            raise
        return stream

    async def _read(self) -> AsyncGenerator[StreamEvent]:
        state = self._state
        try:
            async for chunk in self._response.aiter_bytes():
                for event in state.feed(chunk, self._response):
                    yield event
                if state.complete:
                    break
            state.end()
        except httpx.HTTPError as exc:
            if not state.answered:
                raise state.transport_error(exc) from exc
        finally:
            state.guard.unwatch()
            await _close_shielded(self._response)

    async def __aiter__(self) -> AsyncIterator[StreamEvent]:
        try:
            while self._pending:
                yield self._pending.popleft()
            async for event in self._events:
                yield event
        except GeneratorExit:
            # Broken out of (and this iterator closed): release the connection.
            await self.aclose()
            raise

    async def __anext__(self) -> StreamEvent:
        """The next event: `await anext(stream)` reads one without closing the stream."""
        if self._pending:
            return self._pending.popleft()
        return await anext(self._events)

    @property
    async def text_stream(self) -> AsyncIterator[str]:
        """The answer text only, piece by piece."""
        async for event in self:
            if isinstance(event, AnswerEvent) and event.text:
                yield event.text

    async def get_final_completion(self) -> ChatCompletion:
        """Reads the rest of the stream and returns what a non-stream call would have returned."""
        async for _ in self:
            pass
        return self._state.completion()

    async def aclose(self) -> None:
        """Stops reading and releases the connection, even while the task is being cancelled.

        May be called from another task while one is iterating: that loop then ends with
        `APIConnectionError` at once (the socket is shut down, so its pending read returns).
        """
        if getattr(self._events, "ag_running", False):
            # Another task is inside a read: wake it, and let its loop release the connection.
            self._state.stopped = True
            if self._state.complete or shut_down(self._response):
                return
        else:
            await self._events.aclose()
        self._state.guard.unwatch()
        await _close_shielded(self._response)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


async def _close_shielded(response: httpx.Response) -> None:
    import anyio

    with anyio.CancelScope(shield=True):
        await response.aclose()
