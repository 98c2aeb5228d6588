"""Load: many streams through one client, every answer complete and correct, nothing leaked.

The emulator runs at its default speed in this process, so the bounds below cover the server's
sockets and memory as well as the client's. The numbers are quoted in docs/reliability.md.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import tracemalloc
from concurrent.futures import ThreadPoolExecutor

from integration.conftest import V1, open_fds, wait_until

from fastgpt_client import AnswerEvent, AsyncChatClient, ChatClient
from fastgpt_client.testing import FakeFastGPT

from .conftest import client_sockets

ASYNC_STREAMS = 500
THREADS = 50
CHATS_PER_THREAD = 4  # two streamed, two plain
# Peak Python memory traced during the run (client and emulator together) and what may remain.
PEAK_BOUND_MB = 100
RETAINED_BOUND_MB = 5


def check_answer(question: str, text: str) -> None:
    """The emulator's deterministic answer to a first question, every token of it."""
    assert text == (
        f"Hello there! You asked: {question} This is turn 1 of this chat, answered deterministically "
        "by the FastGPT emulator, one token at a time."
    )


def mb(size: int) -> float:
    return size / 2**20


def settled_memory(start_size: int) -> int:
    """Traced memory once the emulator's thread has let go of its connections (or after 10 s)."""

    def low() -> bool:
        gc.collect()
        return mb(tracemalloc.get_traced_memory()[0] - start_size) < RETAINED_BOUND_MB

    wait_until(low, timeout=10)
    return tracemalloc.get_traced_memory()[0]


async def warm_up(server: FakeFastGPT) -> None:
    """First use imports modules and fills caches; that is not what the bounds are about."""
    async with AsyncChatClient(base_url=server.base_url, api_key=server.api_key) as client:
        for detail in (False, True):
            async with await client.create_chat_completion("warm up", stream=True, detail=detail) as stream:
                await stream.get_final_completion()
    with ChatClient(base_url=server.base_url, api_key=server.api_key) as sync_client:
        sync_client.create_chat_completion("warm up")
        with sync_client.create_chat_completion("warm up", stream=True, detail=True) as stream:
            "".join(stream.text_stream)
    server.reset_stats()


async def test_500_concurrent_streams_from_one_async_client(server: FakeFastGPT) -> None:
    await warm_up(server)
    fds_before = open_fds()
    gc.collect()
    tracemalloc.start()
    try:
        start_size, _ = tracemalloc.get_traced_memory()
        async with AsyncChatClient(base_url=server.base_url, api_key=server.api_key) as client:

            async def one(i: int) -> tuple[str, str, str | None, int]:
                question = f"stream {i}?"
                detail = i % 2 == 0
                async with await client.create_chat_completion(
                    question, stream=True, detail=detail
                ) as stream:
                    answers = sum([isinstance(event, AnswerEvent) async for event in stream])
                    final = await stream.get_final_completion()
                assert final.text == stream.text
                return question, stream.text, stream.chat_id, answers

            results = await asyncio.gather(*(one(i) for i in range(ASYNC_STREAMS)))
            peak_sockets = client_sockets(server.port)["open"]
        _, peak = tracemalloc.get_traced_memory()
        # Both ends closed: what is still allocated now would be a leak.
        assert wait_until(lambda: client_sockets(server.port)["open"] == 0)
        assert wait_until(lambda: open_fds() <= fds_before), (fds_before, open_fds())
        retained = settled_memory(start_size)
    finally:
        tracemalloc.stop()

    assert len(results) == ASYNC_STREAMS
    for question, text, _, answers in results:
        check_answer(question, text)
        assert answers > 5
    assert len({chat_id for _, _, chat_id, _ in results}) == ASYNC_STREAMS
    assert server.request_count(V1) == ASYNC_STREAMS
    for question, text, chat_id, _ in results[::50]:  # what the server stored is what we read
        records = server.chat_records(chat_id or "")
        assert records[-1]["value"][0]["text"]["content"] == text, question

    assert peak_sockets <= ASYNC_STREAMS
    assert mb(peak - start_size) < PEAK_BOUND_MB, f"peak {mb(peak - start_size):.1f} MB"
    assert mb(retained - start_size) < RETAINED_BOUND_MB, f"retained {mb(retained - start_size):.1f} MB"
    print(
        f"\n{ASYNC_STREAMS} async streams: peak {mb(peak - start_size):.1f} MB traced, "
        f"retained {mb(retained - start_size):.2f} MB, fds {fds_before} -> {open_fds()}"
    )


def test_50_threads_sharing_one_chat_client(server: FakeFastGPT) -> None:
    asyncio.run(warm_up(server))
    fds_before = open_fds()
    gc.collect()
    tracemalloc.start()
    barrier = threading.Barrier(THREADS)
    try:
        start_size, _ = tracemalloc.get_traced_memory()
        with ChatClient(base_url=server.base_url, api_key=server.api_key) as client:

            def worker(t: int) -> list[tuple[str, str]]:
                barrier.wait(10)  # all threads start together
                answers: list[tuple[str, str]] = []
                for n in range(CHATS_PER_THREAD):
                    question = f"thread {t} chat {n}?"
                    if n % 2 == 0:
                        with client.create_chat_completion(
                            question, stream=True, detail=t % 2 == 0
                        ) as stream:
                            text = "".join(stream.text_stream)
                        assert text == stream.text
                    else:
                        text = client.create_chat_completion(question).text
                    answers.append((question, text))
                return answers

            with ThreadPoolExecutor(THREADS) as pool:
                results = [answer for answers in pool.map(worker, range(THREADS)) for answer in answers]
        _, peak = tracemalloc.get_traced_memory()
        assert wait_until(lambda: client_sockets(server.port)["open"] == 0)
        assert wait_until(lambda: open_fds() <= fds_before), (fds_before, open_fds())
        retained = settled_memory(start_size)
    finally:
        tracemalloc.stop()

    assert len(results) == THREADS * CHATS_PER_THREAD
    for question, text in results:
        check_answer(question, text)
    assert server.request_count(V1) == THREADS * CHATS_PER_THREAD
    assert mb(peak - start_size) < PEAK_BOUND_MB, f"peak {mb(peak - start_size):.1f} MB"
    assert mb(retained - start_size) < RETAINED_BOUND_MB, f"retained {mb(retained - start_size):.1f} MB"
    print(
        f"\n{THREADS} threads x {CHATS_PER_THREAD} chats: peak {mb(peak - start_size):.1f} MB traced, "
        f"retained {mb(retained - start_size):.2f} MB, fds {fds_before} -> {open_fds()}"
    )
