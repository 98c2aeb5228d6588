"""Many concurrent streams against one server."""

from __future__ import annotations

import asyncio

import httpx

from fastgpt_client.testing import FakeFastGPT

from .conftest import V1, V2, answer_text, bearer, parse_sse, user


async def test_200_concurrent_streams(server: FakeFastGPT) -> None:
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
    async with httpx.AsyncClient(
        base_url=server.base_url, headers=bearer(server.api_key), limits=limits, timeout=60
    ) as client:

        async def one(i: int) -> str:
            path = V1 if i % 2 else V2
            body = {
                "messages": user(f"question {i}"),
                "chatId": f"chat-{i}",
                "stream": True,
                "detail": bool(i % 3),
            }
            r = await client.post(path, json=body)
            assert r.status_code == 200
            frames = parse_sse(r.text)
            assert any(f.data == "[DONE]" for f in frames)
            return answer_text(frames)

        texts = await asyncio.gather(*(one(i) for i in range(200)))
    for i, text in enumerate(texts):
        assert f"You asked: question {i} " in text
    assert server.request_count(V1) + server.request_count(V2) == 200
    assert all(len(server.chat_records(f"chat-{i}")) == 2 for i in range(200))
