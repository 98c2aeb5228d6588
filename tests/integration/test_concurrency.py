"""Many concurrent streams over one AsyncChatClient and one emulator."""

from __future__ import annotations

import asyncio

from fastgpt_client import AnswerEvent, AsyncChatClient
from fastgpt_client.testing import FakeFastGPT

from .conftest import V1

N = 200


async def test_200_concurrent_streams(async_client: AsyncChatClient, server: FakeFastGPT) -> None:
    async def one(i: int) -> tuple[int, str, str | None, int]:
        question = f"question number {i}?"
        async with await async_client.create_chat_completion(
            question, stream=True, detail=i % 2 == 0
        ) as stream:
            answers = 0
            async for event in stream:
                answers += isinstance(event, AnswerEvent)
            return i, stream.text, stream.chat_id, answers

    results = await asyncio.gather(*(one(i) for i in range(N)))
    assert len(results) == N
    for i, text, _, answers in results:
        assert f"You asked: question number {i}? This is turn 1" in text
        assert text.endswith("one token at a time.")
        assert answers > 5
    assert len({chat_id for _, _, chat_id, _ in results}) == N
    assert server.request_count(V1) == N
    for i, text, chat_id, _ in results[:: N // 10]:
        records = server.chat_records(chat_id or "")
        assert records[-1]["value"][0]["text"]["content"] == text, i
