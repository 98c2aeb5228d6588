"""Stopping a stream half-way, every way a program does it, closes the connection for real.

A cancelled task that leaves its connection open keeps FastGPT generating (and billing) a v1
run nobody reads. For each way out, the emulator must see the disconnect, the cancellation must
reach the caller (`CancelledError` re-raised, never swallowed), and our sockets to the server
must go back to what the pool holds idle. tests/integration/test_lifecycle.py checks the
disconnect for the basic cases; this adds the socket and pool accounting, the other ways in and
out (final completion, text_stream, retry waits, many at once, exceptions in a `with` block).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable

import pytest
from integration.conftest import V1, fault, wait_until

from fastgpt_client import APIConnectionError, AsyncChatClient, AsyncChatStream, ChatClient, _retry
from fastgpt_client.testing import FakeFastGPT

from .conftest import client_sockets, pool_connections

LONG = "tell me a long story"


@pytest.fixture
def slow(server: FakeFastGPT) -> FakeFastGPT:
    """Each answer token 0.1 s apart: a stream is still running when it is stopped."""
    server.token_delay = 0.1
    return server


def assert_released(server: FakeFastGPT, client: ChatClient | AsyncChatClient, disconnects: int) -> None:
    """The emulator saw the disconnects; only idle pooled connections remain open on our side."""
    assert wait_until(lambda: server.disconnects >= disconnects), (server.disconnects, disconnects)

    def settled() -> bool:
        sockets = client_sockets(server.port)
        connections = pool_connections(client)
        return (
            sockets["close_wait"] == 0
            and sockets["open"] <= len(connections)
            and all(connection.is_idle() for connection in connections)
        )

    assert wait_until(settled, timeout=5), (client_sockets(server.port), pool_connections(client))


# -- async: the task is cancelled --------------------------------------------------------------
async def iterate(stream: AsyncChatStream, started: asyncio.Event) -> None:
    async with stream:
        async for _ in stream:
            started.set()


async def final(stream: AsyncChatStream, started: asyncio.Event) -> None:
    started.set()  # the first event was read by create_chat_completion
    async with stream:
        await stream.get_final_completion()


async def text_only(stream: AsyncChatStream, started: asyncio.Event) -> None:
    async with stream:
        async for _ in stream.text_stream:
            started.set()


async def without_with_block(stream: AsyncChatStream, started: asyncio.Event) -> None:
    """No `async with`: the stream's own generator still closes the response on cancellation."""
    async for _ in stream:
        started.set()


READERS: dict[str, Callable[[AsyncChatStream, asyncio.Event], Awaitable[None]]] = {
    "async-for": iterate,
    "get_final_completion": final,
    "text_stream": text_only,
    "async-for-without-async-with": without_with_block,
}


@pytest.mark.parametrize("detail", [False, True], ids=["plain", "detail"])
@pytest.mark.parametrize("reader", list(READERS))
async def test_task_cancel_mid_stream(slow: FakeFastGPT, reader: str, detail: bool) -> None:
    async with AsyncChatClient(base_url=slow.base_url, api_key=slow.api_key) as client:
        started = asyncio.Event()

        async def consume() -> None:
            stream = await client.create_chat_completion(LONG, stream=True, detail=detail)
            await READERS[reader](stream, started)

        task = asyncio.create_task(consume())
        await asyncio.wait_for(started.wait(), 5)
        await asyncio.sleep(0.15)  # a few tokens in
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert task.cancelled()
        assert_released(slow, client, 1)
        slow.token_delay = 0.0
        assert "You asked: next" in (await client.create_chat_completion("next")).text


@pytest.mark.parametrize("reader", ["async-for", "text_stream", "get_final_completion"])
async def test_asyncio_timeout_mid_stream(slow: FakeFastGPT, reader: str) -> None:
    """`asyncio.timeout` turns the cancellation into TimeoutError only if it reached it unswallowed."""
    async with AsyncChatClient(base_url=slow.base_url, api_key=slow.api_key) as client:
        started = asyncio.Event()

        async def read_for_a_while() -> None:
            async with asyncio.timeout(0.4):
                stream = await client.create_chat_completion(LONG, stream=True)
                await READERS[reader](stream, started)

        with pytest.raises(TimeoutError):
            await read_for_a_while()
        assert started.is_set()
        assert_released(slow, client, 1)


async def test_cancel_during_the_retry_wait_sends_nothing_more(
    server: FakeFastGPT, monkeypatch: pytest.MonkeyPatch
) -> None:
    waiting = asyncio.Event()

    async def real_wait(seconds: float) -> None:
        waiting.set()
        await asyncio.sleep(30)

    monkeypatch.setattr(_retry, "async_sleep", real_wait)
    async with AsyncChatClient(base_url=server.base_url, api_key=server.api_key) as client:
        task = asyncio.create_task(client.create_chat_completion("hi", **fault("html_502")))
        await asyncio.wait_for(waiting.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.sleep(0.2)
        assert server.request_count(V1) == 1
        assert_released(server, client, 0)


async def test_cancel_while_waiting_for_a_plain_answer(server: FakeFastGPT) -> None:
    async with AsyncChatClient(base_url=server.base_url, api_key=server.api_key) as client:
        task = asyncio.create_task(client.create_chat_completion("hi", **fault("delay_first=5")))
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert wait_until(lambda: client_sockets(server.port)["open"] == 0)
        assert "You asked: again" in (await client.create_chat_completion("again")).text


async def test_cancelling_many_streams_at_once(slow: FakeFastGPT) -> None:
    n = 50
    async with AsyncChatClient(base_url=slow.base_url, api_key=slow.api_key) as client:
        started = [asyncio.Event() for _ in range(n)]

        async def consume(i: int) -> None:
            stream = await client.create_chat_completion(f"{LONG} {i}", stream=True, detail=i % 2 == 0)
            await iterate(stream, started[i])

        tasks = [asyncio.create_task(consume(i)) for i in range(n)]
        await asyncio.wait_for(asyncio.gather(*(event.wait() for event in started)), 20)
        for task in tasks:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(isinstance(result, asyncio.CancelledError) for result in results), results
        assert_released(slow, client, n)


# -- sync: the loop is left --------------------------------------------------------------------
@pytest.mark.parametrize("how", ["break", "break-text_stream", "exception", "return"])
def test_leaving_a_sync_stream_early_closes_it(slow: FakeFastGPT, how: str) -> None:
    with ChatClient(base_url=slow.base_url, api_key=slow.api_key) as client:

        def read() -> str:
            with client.create_chat_completion(LONG, stream=True) as stream:
                if how == "break-text_stream":
                    for _ in stream.text_stream:
                        break
                else:
                    for _ in stream:
                        if how == "exception":
                            raise KeyError("the caller's own bug")
                        if how == "return":
                            return stream.text
                        break
                return stream.text

        if how == "exception":
            with pytest.raises(KeyError):
                read()
        else:
            assert read()
        assert_released(slow, client, 1)
        slow.token_delay = 0.0
        assert "You asked: next" in client.create_chat_completion("next").text


def test_sync_streams_closed_from_another_thread(slow: FakeFastGPT) -> None:
    """`close()` from another thread (a UI's stop button) ends the reader's loop and the connection."""
    with ChatClient(base_url=slow.base_url, api_key=slow.api_key) as client:
        stream = client.create_chat_completion(LONG, stream=True)
        seen: list[object] = []
        failures: list[BaseException] = []

        def reader() -> None:
            try:
                for event in stream:
                    seen.append(event)
            except Exception as exc:  # a clean end, or our error at the next read
                failures.append(exc)

        thread = threading.Thread(target=reader)
        thread.start()
        assert wait_until(lambda: len(seen) >= 2)
        stream.close()
        thread.join(5)
        assert not thread.is_alive()
        assert [type(failure) for failure in failures] in ([], [APIConnectionError]), failures
        assert_released(slow, client, 1)
        slow.token_delay = 0.0
        assert "You asked: next" in client.create_chat_completion("next").text
