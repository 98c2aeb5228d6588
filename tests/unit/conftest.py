"""Shared helpers for the unit tests: a scripted fake FastGPT behind `httpx.MockTransport`, SSE
frame builders, and a harness that runs the same test against `ChatClient` and `AsyncChatClient`.

No test touches the network or sleeps: `_retry.sleep` / `_retry.async_sleep` are replaced by
recorders for every test (the `sleeps` fixture is the list of requested delays).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import Any

import httpx
import pytest

from fastgpt_client import AsyncChatClient, ChatClient, _config, _retry

# A key that is easy to find in any text it leaks into.
API_KEY = "fastgpt-k3yS3cr3tZ9qLmN0pQrStUvWxY12"
BASE_URL = "https://fastgpt.test"
V1 = "/api/v1/chat/completions"
V2 = "/api/v2/chat/completions"
STOP = "/api/v2/chat/stop"

Reply = Callable[[httpx.Request], httpx.Response]


# -- environment and sleeping ------------------------------------------------------------------
@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FASTGPT_API_KEY", "FASTGPT_BASE_URL", "FASTGPT_APP_ID", "API_KEY"):
        monkeypatch.delenv(name, raising=False)
    # The "warn once per host" memory is process-wide; every test starts without it.
    monkeypatch.setattr(_config, "_warned_plain_http", set())


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []

    def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_retry, "sleep", fake_sleep)
    monkeypatch.setattr(_retry, "async_sleep", fake_async_sleep)
    return recorded


# -- byte streams --------------------------------------------------------------------------------
class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body delivered in the given pieces, optionally failing after them."""

    def __init__(self, chunks: Iterable[bytes], error: Exception | None = None) -> None:
        self.chunks = list(chunks)
        self.error = error
        self.closed = False
        self.delivered = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.delivered += 1
            yield chunk
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.delivered += 1
            yield chunk
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


# -- replies -------------------------------------------------------------------------------------
def reply_json(body: object, status: int = 200, headers: Mapping[str, str] | None = None) -> Reply:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers=headers)

    return reply


def reply_bytes(
    content: bytes, status: int = 200, headers: Mapping[str, str] | None = None, content_type: str = ""
) -> Reply:
    def reply(request: httpx.Request) -> httpx.Response:
        all_headers = dict(headers or {})
        if content_type:
            all_headers["content-type"] = content_type
        return httpx.Response(status, content=content, headers=all_headers)

    return reply


def envelope(
    code: int | str, status_text: str | None, message: object, data: object = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "message": message, "data": data}
    if status_text is not None:
        body["statusText"] = status_text
    return body


def reply_envelope(
    code: int,
    status_text: str | None,
    message: object,
    *,
    status: int = 500,
    headers: Mapping[str, str] | None = None,
) -> Reply:
    return reply_json(envelope(code, status_text, message), status=status, headers=headers)


def raise_(make: Callable[[httpx.Request], Exception]) -> Reply:
    def reply(request: httpx.Request) -> httpx.Response:
        raise make(request)

    return reply


class SSEReply:
    """An HTTP 200 event stream in the given pieces; remembers every body stream it handed out."""

    def __init__(
        self,
        chunks: Iterable[bytes] | bytes,
        *,
        error: Exception | None = None,
        content_type: str = "text/event-stream;charset=utf-8",
        status: int = 200,
    ) -> None:
        self.chunks = [chunks] if isinstance(chunks, bytes) else list(chunks)
        self.error = error
        self.content_type = content_type
        self.status = status
        self.streams: list[Chunks] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        stream = Chunks(self.chunks, self.error)
        self.streams.append(stream)
        headers = {"content-type": self.content_type} if self.content_type else {}
        return httpx.Response(self.status, stream=stream, headers=headers)

    @property
    def stream(self) -> Chunks:
        assert len(self.streams) == 1, f"{len(self.streams)} streams were opened"
        return self.streams[0]


def chat_body(
    content: object = "Hello!", *, reasoning: str | None = None, finish_reason: str = "stop", **extra: Any
) -> dict[str, Any]:
    """A non-stream chat answer as FastGPT sends it."""
    message: dict[str, Any] = {"role": "assistant"}
    if content is not ABSENT:
        message["content"] = content
    if reasoning is not None:
        message["reasoning_content"] = reasoning
    return {
        "id": "",
        "model": "",
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
        "choices": [{"index": 0, "finish_reason": finish_reason, "message": message}],
        **extra,
    }


ABSENT: Any = object()


# -- the fake server -----------------------------------------------------------------------------
class FakeFastGPT:
    """Answers requests from a script of replies; the last reply repeats. Records every request."""

    def __init__(self, *replies: Reply) -> None:
        assert replies, "give at least one reply"
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        index = min(len(self.requests), len(self.replies) - 1)
        self.requests.append(request)
        return self.replies[index](request)

    @property
    def attempts(self) -> int:
        return len(self.requests)

    @property
    def request(self) -> httpx.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]

    def body(self, index: int = -1) -> dict[str, Any]:
        return json.loads(self.requests[index].content)


# -- SSE frames ----------------------------------------------------------------------------------
def frame(data: object, event: str | None = None, *, eol: str = "\n") -> bytes:
    """One SSE frame; `data` is JSON-encoded unless it is a string."""
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    lines = ([f"event: {event}"] if event else []) + [f"data: {line}" for line in text.split("\n")]
    return (eol.join(lines) + eol + eol).encode("utf-8")


def chunk(
    content: str | None = None, *, reasoning: str | None = None, finish_reason: str | None = None
) -> dict[str, Any]:
    """FastGPT's answer chunk (`textAdaptGptResponse`)."""
    delta: dict[str, Any] = {"role": "assistant", "content": content}
    if reasoning is not None:
        delta["reasoning_content"] = reasoning
    return {
        "id": "",
        "object": "",
        "created": 0,
        "model": "",
        "choices": [{"delta": delta, "index": 0, "finish_reason": finish_reason}],
    }


def answer(text: str, *, event: str | None = "answer", eol: str = "\n") -> bytes:
    return frame(chunk(text), event, eol=eol)


def finish(*, event: str | None = "answer") -> bytes:
    return frame(chunk(None, finish_reason="stop"), event)


def done(*, event: str | None = "answer") -> bytes:
    return frame("[DONE]", event)


def simple_stream(*texts: str) -> bytes:
    """A detail=false stream: unlabelled answer frames, the finish chunk and [DONE]."""
    return b"".join(answer(text, event=None) for text in texts) + finish(event=None) + done(event=None)


ERROR_514 = envelope(514, "unAuthApiKey", "common:code_error.error_message.514")


# -- sync / async harness ------------------------------------------------------------------------
async def resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


class Harness:
    """Runs a test body against `ChatClient` or `AsyncChatClient` with one API."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.is_async = mode == "async"
        self._http_clients: list[httpx.Client | httpx.AsyncClient] = []

    def http_client(
        self, handler: Callable[[httpx.Request], httpx.Response]
    ) -> httpx.Client | httpx.AsyncClient:
        transport = httpx.MockTransport(handler)
        http: httpx.Client | httpx.AsyncClient = (
            httpx.AsyncClient(transport=transport) if self.is_async else httpx.Client(transport=transport)
        )
        self._http_clients.append(http)
        return http

    def client(self, handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Any:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", BASE_URL)
        cls = AsyncChatClient if self.is_async else ChatClient
        return cls(http_client=self.http_client(handler), **kwargs)

    async def create(self, client: Any, messages: Any = "Hello", **options: Any) -> Any:
        return await resolve(client.create_chat_completion(messages, **options))

    async def continue_interactive(self, client: Any, prompt: Any, answer: Any, **options: Any) -> Any:
        return await resolve(client.continue_interactive(prompt, answer, **options))

    async def stop_chat(self, client: Any, chat_id: str, **options: Any) -> Any:
        return await resolve(client.stop_chat(chat_id, **options))

    async def events(self, stream: Any) -> list[Any]:
        if self.is_async:
            return [event async for event in stream]
        return list(stream)

    async def text_stream(self, stream: Any) -> list[str]:
        if self.is_async:
            return [text async for text in stream.text_stream]
        return list(stream.text_stream)

    async def final(self, stream: Any) -> Any:
        return await resolve(stream.get_final_completion())

    async def close_stream(self, stream: Any) -> None:
        await resolve(stream.aclose() if self.is_async else stream.close())

    async def close(self, client: Any) -> None:
        await resolve(client.aclose() if self.is_async else client.close())

    async def aclose_all(self) -> None:
        for http in self._http_clients:
            await resolve(http.aclose() if isinstance(http, httpx.AsyncClient) else http.close())


@pytest.fixture(params=["sync", "async"])
async def api(request: pytest.FixtureRequest) -> AsyncIterator[Harness]:
    harness = Harness(request.param)
    yield harness
    await harness.aclose_all()
