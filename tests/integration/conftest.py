"""Integration tests: the SDK against the FastGPT emulator over real loopback sockets.

Every behaviour is checked with `ChatClient` and with `AsyncChatClient`: the `chat` fixture is
parametrized over both and wraps either in the same awaitable API (a sync call simply blocks;
the emulator serves from its own thread). Retries never sleep: `_retry.sleep` and
`_retry.async_sleep` record the requested delay instead (the `sleeps` fixture).

The emulator speaks FastGPT 4.16 (test ids `[fastgpt-4.16]`); a test decorated with
`@BOTH_VERSIONS` (or a module with `pytestmark = BOTH_VERSIONS`) runs against 4.16 and 4.14
(`[fastgpt-4.14]`): the tests of behaviour that differs between them and a representative core
of the rest. A test that must know the version takes `fastgpt_version`.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

import pytest

from fastgpt_client import (
    AsyncChatClient,
    AsyncChatStream,
    ChatClient,
    ChatCompletion,
    ChatStream,
    StreamEvent,
    _config,
    _retry,
)
from fastgpt_client.testing import FakeFastGPT

V1 = "/api/v1/chat/completions"
V2 = "/api/v2/chat/completions"
FAULT = "X-Fake-Fault"
VERSIONS = ("4.16", "4.14")
"""The FastGPT versions the suite runs against: the first is the default of every test."""


BOTH_VERSIONS = pytest.mark.parametrize("fastgpt_version", VERSIONS, ids=[f"fastgpt-{v}" for v in VERSIONS])
"""Run the test (or, as `pytestmark`, every test of a module) against FastGPT 4.16 and 4.14."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test using the emulator without `BOTH_VERSIONS` runs against 4.16 only."""
    if "fastgpt_version" not in metafunc.fixturenames:
        return
    if any("fastgpt_version" in mark.args[0] for mark in metafunc.definition.iter_markers("parametrize")):
        return  # BOTH_VERSIONS, or a test that picks its own
    metafunc.parametrize("fastgpt_version", VERSIONS[:1], ids=[f"fastgpt-{VERSIONS[0]}"])


def fault(value: str) -> dict[str, Any]:
    """Per-request options that make the emulator inject `value` (the X-Fake-Fault grammar)."""
    return {"extra_headers": {FAULT: value}}


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Poll `condition` (server-side effects arrive asynchronously); True once it holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


# -- environment and sleeping ------------------------------------------------------------------
@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FASTGPT_API_KEY", "FASTGPT_BASE_URL", "FASTGPT_APP_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(_config, "_warned_plain_http", set())


class Sleeps(list[float]):
    """The delays the retry loop asked for; `on_sleep` runs after each one (e.g. clear a fault)."""

    on_sleep: Callable[[float], None] | None = None

    def record(self, seconds: float) -> None:
        self.append(seconds)
        if self.on_sleep is not None:
            self.on_sleep(seconds)


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Sleeps:
    recorded = Sleeps()

    def fake_sleep(seconds: float) -> None:
        recorded.record(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        recorded.record(seconds)

    monkeypatch.setattr(_retry, "sleep", fake_sleep)
    monkeypatch.setattr(_retry, "async_sleep", fake_async_sleep)
    return recorded


# -- the emulator ---------------------------------------------------------------------------------
@pytest.fixture
def server(request: pytest.FixtureRequest, fastgpt_version: str) -> Iterator[FakeFastGPT]:
    """A fresh emulator per test speaking `fastgpt_version`; parametrize indirectly with
    FakeFastGPT keyword arguments."""
    kwargs: Mapping[str, Any] = {"version": fastgpt_version, **getattr(request, "param", {})}
    with FakeFastGPT(**kwargs) as fake:
        yield fake


@pytest.fixture
def sync_client(server: FakeFastGPT) -> Iterator[ChatClient]:
    with ChatClient(base_url=server.base_url, api_key=server.api_key) as client:
        yield client


@pytest.fixture
async def async_client(server: FakeFastGPT) -> AsyncIterator[AsyncChatClient]:
    async with AsyncChatClient(base_url=server.base_url, api_key=server.api_key) as client:
        yield client


# -- one awaitable API over both clients ----------------------------------------------------------
class Chat:
    """`ChatClient` or `AsyncChatClient` behind one awaitable interface."""

    def __init__(self, mode: str, client: ChatClient | AsyncChatClient) -> None:
        self.mode = mode
        self.client = client

    @property
    def is_async(self) -> bool:
        return self.mode == "async"

    async def create(self, messages: Any, **options: Any) -> ChatCompletion:
        if isinstance(self.client, AsyncChatClient):
            return await self.client.create_chat_completion(messages, **options)
        return self.client.create_chat_completion(messages, **options)

    async def open(self, messages: Any, **options: Any) -> ChatStream | AsyncChatStream:
        if isinstance(self.client, AsyncChatClient):
            return await self.client.create_chat_completion(messages, stream=True, **options)
        return self.client.create_chat_completion(messages, stream=True, **options)

    async def drain(
        self, stream: ChatStream | AsyncChatStream, into: list[StreamEvent] | None = None
    ) -> list[StreamEvent]:
        """Reads every event into `into` (so the events before a failure are kept) and returns it."""
        events = [] if into is None else into
        if isinstance(stream, AsyncChatStream):
            async with stream:
                async for event in stream:
                    events.append(event)
        else:
            with stream:
                for event in stream:
                    events.append(event)
        return events

    async def run(self, messages: Any, *, stream: bool, **options: Any) -> ChatCompletion | str:
        """A plain call's answer, or a stream read to its end (its text)."""
        if not stream:
            return await self.create(messages, **options)
        opened = await self.open(messages, **options)
        await self.drain(opened)
        return opened.text

    async def consume(
        self,
        messages: Any,
        *,
        opened: list[ChatStream | AsyncChatStream],
        into: list[StreamEvent],
        **options: Any,
    ) -> None:
        """Opens a stream (appended to `opened`) and reads it into `into`, failures propagating."""
        stream = await self.open(messages, **options)
        opened.append(stream)
        await self.drain(stream, into)

    async def events(self, messages: Any, **options: Any) -> list[StreamEvent]:
        return await self.drain(await self.open(messages, **options))

    async def final(self, stream: ChatStream | AsyncChatStream) -> ChatCompletion:
        if isinstance(stream, AsyncChatStream):
            async with stream:
                return await stream.get_final_completion()
        with stream:
            return stream.get_final_completion()

    async def text_pieces(self, stream: ChatStream | AsyncChatStream) -> list[str]:
        if isinstance(stream, AsyncChatStream):
            async with stream:
                return [piece async for piece in stream.text_stream]
        with stream:
            return list(stream.text_stream)

    async def close(self, stream: ChatStream | AsyncChatStream) -> None:
        if isinstance(stream, AsyncChatStream):
            await stream.aclose()
        else:
            stream.close()

    async def continue_interactive(self, prompt: Any, answer: Any, **options: Any) -> ChatCompletion:
        if isinstance(self.client, AsyncChatClient):
            return await self.client.continue_interactive(prompt, answer, **options)
        return self.client.continue_interactive(prompt, answer, **options)

    async def continue_stream(self, prompt: Any, answer: Any, **options: Any) -> ChatStream | AsyncChatStream:
        if isinstance(self.client, AsyncChatClient):
            return await self.client.continue_interactive(prompt, answer, stream=True, **options)
        return self.client.continue_interactive(prompt, answer, stream=True, **options)

    async def stop_chat(self, chat_id: str, **options: Any) -> Any:
        if isinstance(self.client, AsyncChatClient):
            return await self.client.stop_chat(chat_id, **options)
        return self.client.stop_chat(chat_id, **options)

    async def aclose(self) -> None:
        if isinstance(self.client, AsyncChatClient):
            await self.client.aclose()
        else:
            self.client.close()


MakeChat = Callable[..., Chat]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make_chat(server: FakeFastGPT, mode: str) -> AsyncIterator[MakeChat]:
    """`make_chat(api_key=..., **client_kwargs)`: another client of the test's kind, closed afterwards."""
    made: list[Chat] = []

    def make(**kwargs: Any) -> Chat:
        kwargs.setdefault("base_url", server.base_url)
        kwargs.setdefault("api_key", server.api_key)
        client = AsyncChatClient(**kwargs) if mode == "async" else ChatClient(**kwargs)
        chat = Chat(mode, client)
        made.append(chat)
        return chat

    yield make
    for chat in made:
        await chat.aclose()


@pytest.fixture
def chat(make_chat: MakeChat) -> Chat:
    """The default client (app key of the `assistant` app), sync or async."""
    return make_chat()
