"""Chat history, records, feedback, suggested questions, chat files and AppClient against the
emulator over real sockets, with `ChatClient` and `AsyncChatClient` alike."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from fastgpt_client import (
    AppClient,
    AsyncAppClient,
    AsyncChatClient,
    ChatClient,
    ChatFile,
    NotFoundError,
    Page,
    image_part,
    text_part,
)
from fastgpt_client.testing import FakeFastGPT, ScriptedReply

from .conftest import BOTH_VERSIONS

pytestmark = BOTH_VERSIONS  # every test here also runs against FastGPT 4.14

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


class Conv:
    """`ChatClient` or `AsyncChatClient` behind one awaitable interface."""

    def __init__(self, client: ChatClient | AsyncChatClient) -> None:
        self.client = client

    async def call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, name)(*args, **kwargs)
        if isinstance(self.client, AsyncChatClient):
            return await result
        return result

    async def collect(self, name: str, *args: Any, **kwargs: Any) -> list[Any]:
        iterator = getattr(self.client, name)(*args, **kwargs)
        if isinstance(self.client, AsyncChatClient):
            return [item async for item in iterator]
        return list(iterator)

    async def ask(self, question: str, **options: Any) -> str:
        completion = await self.call("create_chat_completion", question, **options)
        assert completion.chat_id is not None
        return str(completion.chat_id)


@pytest.fixture(params=["sync", "async"])
async def conv(request: pytest.FixtureRequest, server: FakeFastGPT) -> AsyncIterator[Conv]:
    if request.param == "sync":
        with ChatClient(api_key=server.api_key, base_url=server.base_url, app_id=server.default_app_id) as c:
            yield Conv(c)
    else:
        async with AsyncChatClient(
            api_key=server.api_key, base_url=server.base_url, app_id=server.default_app_id
        ) as ac:
            yield Conv(ac)


async def test_histories_list_pinned_first_then_newest(conv: Conv) -> None:
    chats = [await conv.ask(f"question {n}") for n in range(3)]
    page = await conv.call("get_chat_histories")
    assert isinstance(page, Page)
    assert page.total == 3
    assert [h.chat_id for h in page] == chats[::-1]
    await conv.call("update_chat_history", chats[0], custom_title="Pinned one", top=True)
    first = (await conv.call("get_chat_histories", page_size=1))[0]
    assert (first.chat_id, first.custom_title, first.top) == (chats[0], "Pinned one", True)
    assert (await conv.call("get_chat_histories", source="share")).total == 0


async def test_iter_chat_histories_walks_every_page(conv: Conv, server: FakeFastGPT) -> None:
    chats = {await conv.ask(f"q{n}") for n in range(7)}
    server.reset_stats()
    seen = await conv.collect("iter_chat_histories", page_size=3)
    assert {h.chat_id for h in seen} == chats
    assert len(seen) == 7
    assert server.request_count("/api/core/chat/history/getHistories") == 3
    page = await conv.call("get_chat_histories", offset=6, page_size=3)
    assert (len(page), page.total, page.next_offset) == (1, 7, None)


class CappedPages(httpx.HTTPTransport):
    """A server that returns fewer items than asked: every page request is cut to 2."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return super().handle_request(_cap(request))


class AsyncCappedPages(httpx.AsyncHTTPTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await super().handle_async_request(_cap(request))


def _cap(request: httpx.Request) -> httpx.Request:
    if not request.url.path.endswith(("getHistories", "getPaginationRecords")):
        return request
    body = json.loads(request.read())
    body["pageSize"] = 2
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


async def test_iterators_survive_short_pages(server: FakeFastGPT) -> None:
    with ChatClient(api_key=server.api_key, base_url=server.base_url) as client:
        chat_id = client.create_chat_completion("first").chat_id
        assert chat_id is not None
        for n in range(2):
            client.create_chat_completion(f"more {n}", chat_id=chat_id)
        for n in range(4):
            client.create_chat_completion(f"other {n}")
    app = server.default_app_id
    kwargs: dict[str, Any] = {"api_key": server.api_key, "base_url": server.base_url, "app_id": app}
    with (
        httpx.Client(transport=CappedPages()) as http,
        ChatClient(**kwargs, http_client=http) as capped,
    ):
        assert len(list(capped.iter_chat_histories(page_size=10))) == 5
        assert len(capped.get_chat_histories(page_size=10)) == 2
        records = list(capped.iter_chat_records(chat_id, page_size=10))
    async with (
        httpx.AsyncClient(transport=AsyncCappedPages()) as ahttp,
        AsyncChatClient(**kwargs, http_client=ahttp) as ac,
    ):
        assert len([h async for h in ac.iter_chat_histories(page_size=10)]) == 5
        async_records = [r async for r in ac.iter_chat_records(chat_id, page_size=10)]
    assert len(records) == len(async_records) == 6
    # newest first, across pages
    assert [r.data_id for r in records] == [r.data_id for r in async_records]
    assert records[0].obj == "AI"
    assert records[-1].obj == "Human"
    assert "first" in records[-1].value[0].text.content


async def test_chat_init_and_records_are_typed(conv: Conv, server: FakeFastGPT) -> None:
    from fastgpt_api.models import ChatInit, ChatRecord, FileValueItem, ReasoningAnswerItem, TextAnswerItem

    server.script("assistant", ScriptedReply(text="42", reasoning="Counting."))
    chat_id = await conv.ask("How many?", variables={"name": "Ada"})
    init = await conv.call("get_chat_init", chat_id)
    assert isinstance(init, ChatInit)
    assert init.chat_id == chat_id
    assert init.title == "How many?"
    assert init.variables["name"] == "Ada"
    assert init.app.name == "assistant"
    page = await conv.call("get_chat_records", chat_id)
    assert page.total == 2
    human, answer = page.items
    assert isinstance(human, ChatRecord)
    assert human.obj == "Human"
    assert isinstance(human.value[0], TextAnswerItem)
    kinds = {type(item) for item in answer.value}
    assert kinds == {ReasoningAnswerItem, TextAnswerItem}
    await conv.call(
        "create_chat_completion",
        [{"role": "user", "content": [text_part("See"), image_part(PNG)]}],
        chat_id=chat_id,
    )
    newest = await conv.call("get_chat_records", chat_id, page_size=2)
    assert newest.total == 4
    assert isinstance(newest[0].value[1], FileValueItem)
    assert newest[0].value[1].file.type_ == "image"


async def test_unknown_value_items_keep_their_fields(conv: Conv, server: FakeFastGPT) -> None:
    from fastgpt_api.models import OtherValueItem

    chat_id = await conv.ask("hi")
    server._state.store._conn.execute(  # pyright: ignore[reportPrivateUsage]
        "UPDATE chat_items SET value = ? WHERE chat_id = ? AND obj = 'AI'",
        (json.dumps([{"type": "planCheck", "planCheck": {"ok": True}}]), chat_id),
    )
    answer = (await conv.call("get_chat_records", chat_id))[-1]
    assert isinstance(answer.value[0], OtherValueItem)
    assert answer.value[0].type_ == "planCheck"
    assert answer.value[0]["planCheck"] == {"ok": True}


async def test_record_detail_and_delete_record(conv: Conv) -> None:
    chat_id = await conv.ask("Hello", detail=True)
    human, answer = (await conv.call("get_chat_records", chat_id)).items
    nodes = await conv.call("get_record_detail", chat_id, answer.data_id)
    assert nodes
    assert nodes[0].module_type
    assert await conv.call("get_record_detail", chat_id, human.data_id) == []
    await conv.call("delete_chat_record", chat_id, answer.data_id)
    remaining = await conv.call("get_chat_records", chat_id)
    assert [r.data_id for r in remaining] == [human.data_id]


async def test_feedback_set_and_cleared(conv: Conv) -> None:
    chat_id = await conv.ask("Hello")
    answer_id = (await conv.call("get_chat_records", chat_id))[-1].data_id

    async def feedback() -> tuple[Any, Any]:
        record = (await conv.call("get_chat_records", chat_id))[-1]
        good = record.user_good_feedback
        bad = record.user_bad_feedback
        return (good if isinstance(good, str) else None, bad if isinstance(bad, str) else None)

    await conv.call("send_feedback", chat_id, answer_id, good="Helpful")
    assert await feedback() == ("Helpful", None)
    await conv.call("send_feedback", chat_id, answer_id, bad=True)
    assert await feedback() == (None, "yes")  # the absent thumbs-up was cleared
    await conv.call("send_feedback", chat_id, answer_id, good="ok", bad="but slow")
    assert await feedback() == ("ok", "but slow")
    await conv.call("send_feedback", chat_id, answer_id)
    assert await feedback() == (None, None)


async def test_suggested_questions(conv: Conv) -> None:
    chat_id = await conv.ask("What is FastGPT?")
    questions = await conv.call("get_suggested_questions", chat_id)
    assert len(questions) == 3
    assert all(isinstance(q, str) and "FastGPT" in q for q in questions)
    assert await conv.call("get_suggested_questions", chat_id, model="gpt-4o-mini") == questions


async def test_delete_clear_and_batch_delete(conv: Conv) -> None:
    chats = [await conv.ask(f"q{n}") for n in range(4)]
    await conv.call("delete_chat_history", chats[0])
    await conv.call("delete_chat_histories", chats[1:3])
    remaining = await conv.call("get_chat_histories")
    assert [h.chat_id for h in remaining] == [chats[3]]
    assert (await conv.call("get_chat_records", chats[0])).total == 0
    await conv.call("clear_chat_histories")
    assert (await conv.call("get_chat_histories")).total == 0


async def test_upload_then_use_the_part(conv: Conv, server: FakeFastGPT, tmp_path: Any) -> None:
    chat_id = await conv.ask("I will send files")
    path = tmp_path / "report.txt"
    path.write_text("quarterly numbers")
    document = await conv.call("upload_chat_file", path, chat_id=chat_id)
    image = await conv.call("upload_chat_file", PNG, chat_id=chat_id, filename="chart.png")
    assert isinstance(document, ChatFile)
    assert (document.name, document.size, document.is_image) == ("report.txt", 17, False)
    assert image.is_image
    assert image.as_part()["type"] == "image_url"
    async with httpx.AsyncClient() as http:
        assert (await http.get(document.url)).text == "quarterly numbers"
    puts = [r for r in server.recorded_requests if r.method == "PUT"]
    assert len(puts) == 2
    assert all("authorization" not in r.headers for r in puts)
    await conv.call(
        "create_chat_completion",
        [{"role": "user", "content": [text_part("Summarise"), document.as_part(), image.as_part()]}],
        chat_id=chat_id,
    )
    stored = (await conv.call("get_chat_records", chat_id, page_size=2))[0]
    files = [item.file for item in stored.value if item.type_ == "file"]
    assert [(f.type_, f.url) for f in files] == [("file", document.url), ("image", image.url)]


async def test_local_validation_sends_nothing(conv: Conv, server: FakeFastGPT) -> None:
    server.reset_stats()
    with pytest.raises(ValueError, match="page_size"):
        await conv.call("get_chat_histories", page_size=0)
    with pytest.raises(ValueError, match="nothing to change"):
        await conv.call("update_chat_history", "chat")
    with pytest.raises(ValueError, match="filename"):
        await conv.call("upload_chat_file", b"abc", chat_id="chat")
    with pytest.raises(TypeError, match="chat_ids"):
        await conv.call("delete_chat_histories", "chat")
    assert server.request_count() == 0


@pytest.fixture(params=["sync", "async"])
def app_mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_app_client_says_it_needs_the_commercial_edition(server: FakeFastGPT, app_mode: str) -> None:
    kwargs: dict[str, Any] = {
        "api_key": server.api_key,
        "base_url": server.base_url,
        "app_id": server.default_app_id,
    }
    if app_mode == "sync":
        with AppClient(**kwargs) as client:
            with pytest.raises(NotFoundError, match="commercial edition") as total:
                client.get_app_total_data()
            with pytest.raises(NotFoundError, match="commercial edition"):
                client.get_app_logs_chart(date_start="2025-01-01", date_end="2025-01-31")
    else:
        async with AsyncAppClient(**kwargs) as aclient:
            with pytest.raises(NotFoundError, match="commercial edition") as total:
                await aclient.get_app_total_data()
            with pytest.raises(NotFoundError, match="commercial edition"):
                await aclient.get_app_logs_chart(
                    date_start="2025-01-01", date_end="2025-01-31", sources=["api"]
                )
    assert "get_app_total_data()" in str(total.value)
    assert total.value.status_code == 500


def test_the_docs_example_runs(server: FakeFastGPT, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parents[2] / "docs" / "conversations.md").read_text()
    example = page.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.setenv("FASTGPT_API_KEY", server.api_key)
    monkeypatch.setenv("FASTGPT_BASE_URL", server.base_url)
    monkeypatch.setenv("FASTGPT_APP_ID", server.default_app_id)
    exec(compile(example, "docs/conversations.md", "exec"), {})
    assert server.request_count("/api/core/chat/history/delHistory") == 1
