"""The SDK against both FastGPT versions where they differ, over real sockets: each test knows the
version it runs against (`fastgpt_version`) and checks what that version's server does and what
the SDK makes of it (the same call working on both, or the error each version gives)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from fastgpt_client import (
    AsyncChatClient,
    AsyncChatStream,
    AsyncDatasetClient,
    ChatClient,
    ConflictError,
    DatasetClient,
    FlowResponsesEvent,
    RateLimitError,
    ValidationError,
)
from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS, V1, V2, Chat, MakeChat, Sleeps

pytestmark = BOTH_VERSIONS

NEW_DELETE, OLD_DELETE = "/api/core/chat/record/delete", "/api/core/chat/item/delete"


class Sdk:
    """Any client of the test's kind (sync or async) behind one awaitable call."""

    def __init__(self, client: Any) -> None:
        self.client = client

    async def __call__(self, name: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, name)(*args, **kwargs)
        return await result if asyncio.iscoroutine(result) else result


@pytest.fixture
async def sdk(server: FakeFastGPT, mode: str) -> AsyncIterator[Sdk]:
    kwargs: dict[str, Any] = {
        "api_key": server.api_key,
        "base_url": server.base_url,
        "app_id": server.default_app_id,
    }
    if mode == "async":
        async with AsyncChatClient(**kwargs) as client:
            yield Sdk(client)
    else:
        with ChatClient(**kwargs) as sync_client:
            yield Sdk(sync_client)


@pytest.fixture
async def datasets(server: FakeFastGPT, mode: str) -> AsyncIterator[Sdk]:
    kwargs: dict[str, Any] = {"api_key": server.api_key, "base_url": server.base_url}
    if mode == "async":
        async with AsyncDatasetClient(**kwargs) as client:
            yield Sdk(client)
    else:
        with DatasetClient(**kwargs) as sync_client:
            yield Sdk(sync_client)


async def test_two_runs_on_one_chat(make_chat: MakeChat, server: FakeFastGPT, fastgpt_version: str) -> None:
    chat = make_chat()
    server.token_delay = 0.05
    first = await chat.open("a long answer", chat_id="busy", api_version="v2")
    events: Any = aiter(first) if isinstance(first, AsyncChatStream) else iter(first)
    await anext(events) if isinstance(first, AsyncChatStream) else next(events)  # the run is going
    try:
        if fastgpt_version == "4.14":  # no such check before 4.14.11: the second run just runs
            server.token_delay = 0.0
            assert "You asked: me too" in (await chat.create("me too", chat_id="busy")).text
            return
        with pytest.raises(ConflictError) as plain:
            await chat.create("me too", chat_id="busy")
        with pytest.raises(ConflictError) as streamed:
            await chat.run("me too", stream=True, chat_id="busy")
        for error in (plain.value, streamed.value):
            assert error.status_text == "chatIsGenerating"
            assert error.code == 504001
            assert "still generating" in str(error)
        assert plain.value.status_code == 500  # what FastGPT 4.16.0 sends
        assert server.request_count(V1) == 2  # never retried
    finally:
        await chat.close(first)


async def test_a_message_fastgpt_4_16_refuses(chat: Chat, server: FakeFastGPT, fastgpt_version: str) -> None:
    messages = [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]
    if fastgpt_version == "4.14":  # 4.14.5 does not validate the body
        assert (await chat.create(messages)).text
        return
    with pytest.raises(ValidationError) as info:
        await chat.create(messages)
    error = info.value
    assert error.status_code == 400
    assert str(error).startswith("Data validation error: messages.0.content: Invalid input")
    assert [issue["path"] for issue in error.issues] == [["messages", 0, "content"]]
    assert server.request_count(V1) == 1  # never retried


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_the_team_rate_limit_is_waited_out(
    chat: Chat, server: FakeFastGPT, sleeps: Sleeps, fastgpt_version: str, stream: bool
) -> None:
    server.inject("rate_limit=1")
    await chat.create("first one is free")
    sleeps.on_sleep = lambda _: server.clear_faults()
    text = await chat.run("and another", stream=stream)
    assert "You asked: and another" in (text if isinstance(text, str) else text.text)
    assert server.request_count(V1) == 3
    assert len(sleeps) == 1
    assert 50 <= sleeps[0] <= 60  # "Please try again in N seconds", N near the window's 60 s
    sleeps.on_sleep = None
    server.inject("rate_limit=1")
    await chat.create("first again")
    with pytest.raises(RateLimitError) as info:
        await chat.create("over")
    error = info.value
    assert error.code == 429
    if fastgpt_version == "4.16":
        assert (error.status_code, error.error_type) == (429, "UserError")
    else:
        assert (error.status_code, error.error_type) == (500, None)


async def test_delete_one_message_on_either_route(
    sdk: Sdk, server: FakeFastGPT, fastgpt_version: str
) -> None:
    chat_id = (await sdk("create_chat_completion", "one")).chat_id
    await sdk("create_chat_completion", "two", chat_id=chat_id)
    records = (await sdk("get_chat_records", chat_id)).items
    server.reset_stats()
    await sdk("delete_chat_record", chat_id, records[3].data_id)
    await sdk("delete_chat_record", chat_id, records[2].data_id)
    remaining = (await sdk("get_chat_records", chat_id)).items
    assert [r.data_id for r in remaining] == [records[0].data_id, records[1].data_id]
    paths = [(r.method, r.path) for r in server.recorded_requests if "delete" in r.path]
    if fastgpt_version == "4.16":
        assert paths == [("DELETE", NEW_DELETE), ("DELETE", NEW_DELETE)]
    else:  # the new route is a 404 page: sent once more on the old one, which the client keeps
        assert paths == [("DELETE", NEW_DELETE), ("POST", OLD_DELETE), ("POST", OLD_DELETE)]


async def test_stop_chat_says_whether_the_run_ended(
    make_chat: MakeChat, server: FakeFastGPT, fastgpt_version: str
) -> None:
    chat = make_chat(app_id=server.default_app_id)
    idle = await chat.stop_chat("not-running")
    assert idle.success is True
    if fastgpt_version == "4.16":
        assert (idle.completed, idle.chat_generate_status) == (True, 1)
    else:
        assert (idle.completed, idle.chat_generate_status) == (None, None)


async def test_chat_status_fields(sdk: Sdk, fastgpt_version: str) -> None:
    chat_id = (await sdk("create_chat_completion", "hello")).chat_id
    (history,) = (await sdk("get_chat_histories")).items
    init = await sdk("get_chat_init", chat_id)
    if fastgpt_version == "4.14":
        for answer in (history, init):  # the fields are not sent: None
            assert answer.chat_generate_status is None
            assert answer.has_been_read is None
        return
    assert (history.chat_generate_status, history.has_been_read) == (1, False)
    assert (init.chat_generate_status, init.has_been_read) == (1, True)


async def test_history_source_wechat_needs_4_16(sdk: Sdk, fastgpt_version: str) -> None:
    await sdk("create_chat_completion", "hello")
    if fastgpt_version == "4.16":
        assert (await sdk("get_chat_histories", source="wechat")).total == 0
        return
    with pytest.raises(ValidationError) as info:  # 4.14.5's enum has no wechat (zod, HTTP 500)
        await sdk("get_chat_histories", source="wechat")
    assert info.value.issues[0]["path"] == ["source"]
    assert info.value.status_code == 500


async def test_stream_order_gives_the_same_events(chat: Chat, server: FakeFastGPT) -> None:
    stream = await chat.open("order", detail=True)
    events = await chat.drain(stream)
    assert sum(isinstance(event, FlowResponsesEvent) for event in events) == 1
    again = await chat.open("order", detail=True)
    final = await chat.final(again)
    assert final.text == stream.text
    assert final.response_data
    assert server.request_count(V2) == 0


async def test_data_update_and_delete_answers(datasets: Sdk, fastgpt_version: str) -> None:
    dataset = await datasets("create_dataset", "Docs")
    collection = await datasets("create_collection", dataset, "notes")
    await datasets("push_data", collection, [{"q": "Question?", "a": "Answer."}])
    (item,) = (await datasets("list_data", collection)).items
    updated = await datasets("update_data", item.id, a="A new answer.")
    assert (await datasets("get_data", item.id)).q == "Question?"
    if fastgpt_version == "4.16":
        assert (updated.q, updated.a) == ("Question?", "A new answer.")
    else:
        assert (updated.q, updated.a) == (None, None)
    assert await datasets("delete_data", item.id) is None
