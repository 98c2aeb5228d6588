"""Chat state (`get_chat_status`, `mark_chat_read`), records by cursor, citations and app logs
against the emulator over real sockets, sync and async, on FastGPT 4.16 and 4.14."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from fastgpt_client import (
    APIStatusError,
    AppClient,
    AsyncAppClient,
    AsyncChatClient,
    AsyncDatasetClient,
    AuthenticationError,
    ChatClient,
    CursorPage,
    DatasetClient,
    NotFoundError,
)
from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS

ASYNC = (AsyncChatClient, AsyncDatasetClient, AsyncAppClient)


class Client:
    """A sync or async SDK client behind one awaitable interface."""

    def __init__(self, client: Any) -> None:
        self.client = client

    async def __call__(self, method: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, method)(*args, **kwargs)
        return await result if isinstance(self.client, ASYNC) else result

    async def collect(self, method: str, *args: Any, **kwargs: Any) -> list[Any]:
        iterator = getattr(self.client, method)(*args, **kwargs)
        if isinstance(self.client, ASYNC):
            return [item async for item in iterator]
        return list(iterator)


@pytest.fixture
async def clients(server: FakeFastGPT, mode: str) -> AsyncIterator[tuple[Client, Client, Client]]:
    kw: dict[str, Any] = {
        "api_key": server.api_key,
        "base_url": server.base_url,
        "app_id": server.default_app_id,
    }
    if mode == "async":
        async with AsyncChatClient(**kw) as c, AsyncDatasetClient(**kw) as d, AsyncAppClient(**kw) as a:
            yield Client(c), Client(d), Client(a)
    else:
        with ChatClient(**kw) as c, DatasetClient(**kw) as d, AppClient(**kw) as a:
            yield Client(c), Client(d), Client(a)


async def _turns(chat: Client, chat_id: str, count: int) -> list[Any]:
    return [await chat("create_chat_completion", f"Question {i}", chat_id=chat_id) for i in range(count)]


# -- chat state ----------------------------------------------------------------------------------


@BOTH_VERSIONS
async def test_chat_status_and_mark_read(
    clients: tuple[Client, Client, Client], fastgpt_version: str
) -> None:
    chat, _, _ = clients
    await _turns(chat, "state-1", 1)
    if fastgpt_version == "4.14":
        with pytest.raises(NotFoundError, match=r"get_chat_status\(\) needs FastGPT 4.14.11 or later"):
            await chat("get_chat_status", ["state-1"])
        with pytest.raises(NotFoundError):
            await chat("mark_chat_read", "state-1")
        return
    [status] = await chat("get_chat_status", ["state-1", "no-such-chat"])
    assert (status.chat_id, status.chat_generate_status, status.has_been_read) == ("state-1", 1, False)
    await chat("mark_chat_read", "state-1")
    [status] = await chat("get_chat_status", ["state-1"])
    assert status.has_been_read is True


async def test_chat_status_checks_its_arguments_before_sending(
    clients: tuple[Client, Client, Client], server: FakeFastGPT
) -> None:
    chat, _, _ = clients
    with pytest.raises(ValueError, match=r"get_chat_status\(\): chat_ids must hold at least one"):
        await chat("get_chat_status", [])
    with pytest.raises(ValueError, match="at most 200"):
        await chat("get_chat_status", [f"c{i}" for i in range(201)])
    with pytest.raises(TypeError, match="chat_ids must be a list of strings"):
        await chat("get_chat_status", "state-1")
    assert server.request_count() == 0


# -- records by cursor -----------------------------------------------------------------------------


@BOTH_VERSIONS
async def test_records_by_cursor_page_both_ways(
    clients: tuple[Client, Client, Client], server: FakeFastGPT
) -> None:
    chat, _, _ = clients
    await _turns(chat, "cursor-1", 3)
    stored = [record["dataId"] for record in server.chat_records("cursor-1")]  # oldest first, 6 records
    newest = await chat("get_chat_records_by_cursor", "cursor-1", page_size=4)
    assert isinstance(newest, CursorPage)
    assert [r.data_id for r in newest] == stored[2:]
    assert (newest.has_more_prev, newest.has_more_next, newest.total) == (True, False, 6)
    assert (newest.first_id, newest.last_id) == (stored[2], stored[5])
    older = await chat("get_chat_records_by_cursor", "cursor-1", before=newest.first_id, page_size=4)
    assert [r.data_id for r in older] == stored[:2]
    assert (older.has_more_prev, older.has_more_next) == (False, True)
    later = await chat("get_chat_records_by_cursor", "cursor-1", after=stored[0], page_size=2)
    assert [r.data_id for r in later] == stored[1:3]
    assert later.has_more_next is True
    around = await chat("get_chat_records_by_cursor", "cursor-1", around=stored[3], page_size=2)
    assert [r.data_id for r in around] == stored[2:5]


@BOTH_VERSIONS
async def test_record_iterators_walk_back_and_forward(
    clients: tuple[Client, Client, Client], server: FakeFastGPT
) -> None:
    chat, _, _ = clients
    await _turns(chat, "cursor-2", 4)
    stored = [record["dataId"] for record in server.chat_records("cursor-2")]
    back = await chat.collect("iter_chat_records_by_cursor", "cursor-2", page_size=3)
    assert [r.data_id for r in back] == stored[::-1]
    forward = await chat.collect(
        "iter_chat_records_by_cursor", "cursor-2", start=stored[0], direction="newer", page_size=3
    )
    assert [r.data_id for r in forward] == stored[1:]
    before_last = await chat.collect("iter_chat_records_by_cursor", "cursor-2", start=stored[-1], page_size=5)
    assert [r.data_id for r in before_last] == stored[-2::-1]


@BOTH_VERSIONS
async def test_unknown_cursor_and_bad_arguments(
    clients: tuple[Client, Client, Client], server: FakeFastGPT
) -> None:
    chat, _, _ = clients
    await _turns(chat, "cursor-3", 1)
    with pytest.raises(APIStatusError, match="Prev item not found"):
        await chat("get_chat_records_by_cursor", "cursor-3", before="no-such-record")
    sent = server.request_count()
    with pytest.raises(ValueError, match="before and after must not be given together"):
        await chat("get_chat_records_by_cursor", "cursor-3", before="a", after="b")
    with pytest.raises(ValueError, match="direction='newer'"):
        await chat.collect("iter_chat_records_by_cursor", "cursor-3", direction="newer")
    assert server.request_count() == sent


# -- citations ----------------------------------------------------------------------------------------

MANUAL = "FastGPT is an AI agent platform.\n\nIt answers from knowledge bases.\n\nDatasets hold collections."
SPLIT = {"chunkSettingMode": "custom", "chunkSplitMode": "char", "chunkSplitter": "\n\n"}


async def _cited_answer(
    chat: Client, ds: Client, server: FakeFastGPT, **options: Any
) -> tuple[Any, str, str]:
    dataset_id = await ds("create_dataset", "Manual")
    created = await ds("create_text_collection", dataset_id, "manual", MANUAL, chunk_settings=SPLIT)
    server.attach_dataset("assistant", dataset_id)
    answer = await chat(
        "create_chat_completion", "What is FastGPT, the agent platform?", chat_id="cite-1", **options
    )
    return answer, dataset_id, created.collection_id


@BOTH_VERSIONS
async def test_answer_quotes_from_a_completion_and_from_a_record(
    clients: tuple[Client, Client, Client], server: FakeFastGPT, fastgpt_version: str
) -> None:
    chat, ds, _ = clients
    answer, _, collection_id = await _cited_answer(chat, ds, server, detail=True)
    if fastgpt_version == "4.14":
        with pytest.raises(NotFoundError, match=r"needs FastGPT 4\.14\.11 or later"):
            await chat("get_answer_quotes", answer)
        return
    quotes = await chat("get_answer_quotes", answer)
    assert [q.q for q in quotes] == ["FastGPT is an AI agent platform."]
    assert quotes[0].index == 0
    stored = await chat("get_answer_quotes", chat_id="cite-1", data_id=answer.response_chat_item_id)
    assert [q.to_dict() for q in stored] == [q.to_dict() for q in quotes]
    data = await ds.collect("iter_data", collection_id)
    assert quotes[0].id in {item.id for item in data}


async def test_answer_quotes_without_detail_read_the_node_responses(
    clients: tuple[Client, Client, Client], server: FakeFastGPT
) -> None:
    chat, ds, _ = clients
    answer, _, _ = await _cited_answer(chat, ds, server)
    assert answer.response_data == []
    quotes = await chat("get_answer_quotes", answer)
    assert [q.q for q in quotes] == ["FastGPT is an AI agent platform."]
    assert server.request_count("/api/core/chat/record/getResData") == 1


async def test_an_answer_that_cited_nothing_has_no_quotes(
    clients: tuple[Client, Client, Client], server: FakeFastGPT
) -> None:
    chat, _, _ = clients
    answer = await chat("create_chat_completion", "Hello", chat_id="cite-none", detail=True)
    assert await chat("get_answer_quotes", answer) == []
    assert server.request_count("/api/core/chat/record/getQuote") == 0
    with pytest.raises(
        ValueError, match="get_answer_quotes\\(\\): answer must be given, or chat_id and data_id"
    ):
        await chat("get_answer_quotes")


async def test_collection_quotes_page_through_the_cited_collection(
    clients: tuple[Client, Client, Client], server: FakeFastGPT
) -> None:
    chat, ds, _ = clients
    answer, _, collection_id = await _cited_answer(chat, ds, server, detail=True)
    [quote] = await chat("get_answer_quotes", answer)
    item = answer.response_chat_item_id
    page = await chat(
        "get_collection_quotes",
        "cite-1",
        item,
        collection_id,
        around=quote.id,
        anchor=quote.index,
        page_size=2,
    )
    assert [c.q for c in page] == MANUAL.split("\n\n")
    assert (page.first_id, page.first_anchor) == (quote.id, 0)
    following = await chat.collect(
        "iter_collection_quotes", "cite-1", item, collection_id, start=quote.id, anchor=0, page_size=1
    )
    assert [c.q for c in following] == MANUAL.split("\n\n")[1:]
    with pytest.raises(ValueError, match="around, before or after must be given"):
        await chat("get_collection_quotes", "cite-1", item, collection_id, anchor=0)


@BOTH_VERSIONS
async def test_quotes_of_a_collection_the_chat_never_cited_are_refused(
    clients: tuple[Client, Client, Client], server: FakeFastGPT, fastgpt_version: str
) -> None:
    chat, ds, _ = clients
    answer, dataset_id, _ = await _cited_answer(chat, ds, server, detail=True)
    other = await ds("create_text_collection", dataset_id, "other", "Unrelated text.")
    data = await ds.collect("iter_data", other.collection_id)
    expected = NotFoundError if fastgpt_version == "4.14" else APIStatusError
    with pytest.raises(expected) as caught:
        await chat(
            "get_quotes",
            "cite-1",
            answer.response_chat_item_id,
            data_ids=[data[0].id],
            collection_ids=[other.collection_id],
        )
    if fastgpt_version == "4.16":
        assert caught.value.status_text == "unAuthDatasetFile"


# -- app logs ---------------------------------------------------------------------------------------


@BOTH_VERSIONS
async def test_app_logs_list_filter_and_page(
    clients: tuple[Client, Client, Client], fastgpt_version: str
) -> None:
    chat, _, apps = clients
    first = await chat("create_chat_completion", "Hello", chat_id="log-1")
    await chat("create_chat_completion", "Hello again", chat_id="log-2")
    await chat("send_feedback", "log-1", first.response_chat_item_id, bad="wrong")
    if fastgpt_version == "4.14":
        with pytest.raises(AuthenticationError):
            await apps("list_app_logs")
        with pytest.raises(NotFoundError, match=r"needs FastGPT 4\.14\.7 or later"):
            await apps("get_app_log_users")
        return
    page = await apps("list_app_logs")
    assert page.total == 2
    assert [log.chat_id for log in page] == ["log-2", "log-1"]
    assert page[1].message_count == 2
    assert page[1].user_bad_feedback_count == 1
    bad = await apps("list_app_logs", feedback="bad")
    assert [log.chat_id for log in bad] == ["log-1"]
    searched = await apps("list_app_logs", search="LOG-2")
    assert [log.chat_id for log in searched] == ["log-2"]
    assert (await apps("list_app_logs", sources=["share"])).total == 0
    assert (await apps("list_app_logs", date_end="2000-01-01")).total == 0
    every = await apps.collect("iter_app_logs", page_size=1)
    assert [log.chat_id for log in every] == ["log-2", "log-1"]
    [user] = await apps("get_app_log_users")
    assert user.count == 2
    assert user.out_link_uid is None
    with pytest.raises(ValueError, match="feedback must be one of"):
        await apps("list_app_logs", feedback="meh")


@pytest.mark.parametrize("api_version", ["v1", "v2"])
async def test_answer_quotes_from_a_streamed_answer(
    clients: tuple[Client, Client, Client], server: FakeFastGPT, api_version: str
) -> None:
    chat, ds, _ = clients
    dataset_id = await ds("create_dataset", "Manual")
    await ds("create_text_collection", dataset_id, "manual", MANUAL, chunk_settings=SPLIT)
    server.attach_dataset("assistant", dataset_id)
    stream = await chat(
        "create_chat_completion",
        "What is FastGPT, the agent platform?",
        chat_id="cite-stream",
        stream=True,
        detail=True,
        api_version=api_version,
    )
    if isinstance(chat.client, AsyncChatClient):
        async with stream:
            final = await stream.get_final_completion()
    else:
        with stream:
            final = stream.get_final_completion()
    quotes = await chat("get_answer_quotes", final)
    assert [q.q for q in quotes] == ["FastGPT is an AI agent platform."]
    assert server.request_count("/api/core/chat/record/getResData") == 0
