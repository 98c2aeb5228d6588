"""Connections are released: broken-out-of loops, timeouts, cancellation, closed clients."""

from __future__ import annotations

import asyncio

import pytest

from fastgpt_client import AsyncChatClient, ChatClient
from fastgpt_client.testing import FakeFastGPT

from .conftest import Chat, MakeChat, open_fds, wait_until


@pytest.fixture
def slow(server: FakeFastGPT) -> FakeFastGPT:
    server.token_delay = 0.2
    return server


async def test_break_out_of_stream_loop_closes_connection(chat: Chat, slow: FakeFastGPT) -> None:
    before = slow.disconnects
    stream = await chat.open("tell me a long story")
    if chat.is_async:
        async with stream:  # type: ignore[union-attr]
            async for _ in stream:  # type: ignore[union-attr]
                break
    else:
        with stream:  # type: ignore[union-attr]
            for _ in stream:  # type: ignore[union-attr]
                break
    assert wait_until(lambda: slow.disconnects > before)
    assert stream.text
    slow.token_delay = 0.0
    assert "You asked: next" in (await chat.create("next")).text


def test_sync_break_without_with_block_closes_connection(sync_client: ChatClient, slow: FakeFastGPT) -> None:
    """A sync `for ... break` closes the stream's generator (and so the connection) by itself."""
    before = slow.disconnects
    stream = sync_client.create_chat_completion("tell me a long story", stream=True)
    for _ in stream:
        break
    assert wait_until(lambda: slow.disconnects > before)


async def test_explicit_close_mid_stream(chat: Chat, slow: FakeFastGPT) -> None:
    before = slow.disconnects
    stream = await chat.open("tell me a long story", detail=True)
    await chat.close(stream)
    assert wait_until(lambda: slow.disconnects > before)


async def test_asyncio_timeout_mid_stream(slow: FakeFastGPT) -> None:
    before = slow.disconnects
    seen: list[object] = []
    async with AsyncChatClient(base_url=slow.base_url, api_key=slow.api_key) as client:

        async def read_all() -> None:
            async with await client.create_chat_completion("a long story", stream=True) as stream:
                async for event in stream:
                    seen.append(event)

        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.5):
                await read_all()
        assert seen
        assert wait_until(lambda: slow.disconnects > before)
        slow.token_delay = 0.0
        assert "You asked: next" in (await client.create_chat_completion("next")).text


async def test_task_cancel_mid_stream(slow: FakeFastGPT) -> None:
    before = slow.disconnects
    started = asyncio.Event()
    async with AsyncChatClient(base_url=slow.base_url, api_key=slow.api_key) as client:

        async def consume() -> None:
            async with await client.create_chat_completion("a long story", stream=True) as stream:
                async for _ in stream:
                    started.set()

        task = asyncio.create_task(consume())
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert task.cancelled()
        assert wait_until(lambda: slow.disconnects > before)
        slow.token_delay = 0.0
        assert "You asked: next" in (await client.create_chat_completion("next")).text


async def test_cancel_while_opening_stream(slow: FakeFastGPT) -> None:
    """Cancelled before the first event arrives (`open()` reads ahead): re-raised, connection released."""
    before = slow.disconnects
    async with AsyncChatClient(base_url=slow.base_url, api_key=slow.api_key) as client:
        task = asyncio.create_task(
            client.create_chat_completion("hi", stream=True, extra_headers={"X-Fake-Fault": "delay_first=5"})
        )
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert wait_until(lambda: slow.disconnects > before)


def test_sync_client_close_leaves_no_sockets(server: FakeFastGPT) -> None:
    before = open_fds()
    client = ChatClient(base_url=server.base_url, api_key=server.api_key)
    client.create_chat_completion("hello")
    with client.create_chat_completion("hello", stream=True) as stream:
        stream.get_final_completion()
    stream = client.create_chat_completion("hello", stream=True)
    for _ in stream:
        break
    client.close()
    assert wait_until(lambda: open_fds() <= before), (before, open_fds())


async def test_async_client_aclose_leaves_no_sockets(server: FakeFastGPT) -> None:
    before = open_fds()
    client = AsyncChatClient(base_url=server.base_url, api_key=server.api_key)
    await client.create_chat_completion("hello")
    async with await client.create_chat_completion("hello", stream=True) as stream:
        await stream.get_final_completion()
    await asyncio.gather(*(client.create_chat_completion(f"q{i}") for i in range(10)))
    await client.aclose()
    assert wait_until(lambda: open_fds() <= before), (before, open_fds())


async def test_clients_made_and_closed_repeatedly_leak_nothing(
    make_chat: MakeChat, server: FakeFastGPT
) -> None:
    before = open_fds()
    for _ in range(5):
        chat = make_chat()
        await chat.create("hello")
        await chat.drain(await chat.open("hello"))
        await chat.aclose()
    assert wait_until(lambda: open_fds() <= before), (before, open_fds())
