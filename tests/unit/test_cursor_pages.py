"""Cursor paging on the wire (MockTransport): the cursors sent, the end conditions, and a server
that repeats itself or answers the wrong shape."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from fastgpt_client import APIResponseValidationError, ChatClient, CursorPage, DatasetClient

BASE_URL = "https://fastgpt.test"
API_KEY = "fastgpt-unit0000000000000000000000000000000000000000"
APP_ID = "68ad85a7463006c963799a05"


def record(data_id: str) -> dict[str, Any]:
    return {"obj": "AI", "value": [{"text": {"content": data_id}}], "dataId": data_id, "id": data_id}


def client(answer: Callable[[dict[str, Any]], Any], sent: list[dict[str, Any]]) -> ChatClient:
    def handle(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content or b"{}")
        sent.append(body)
        return httpx.Response(200, json={"code": 200, "statusText": "", "message": "", "data": answer(body)})

    return ChatClient(
        api_key=API_KEY,
        base_url=BASE_URL,
        app_id=APP_ID,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handle)),
    )


def test_the_older_walk_sends_each_pages_first_id_as_prev_id() -> None:
    pages = {None: ["c", "d"], "c": ["a", "b"]}
    sent: list[dict[str, Any]] = []

    def answer(body: dict[str, Any]) -> Any:
        cursor = body.get("prevId")
        return {
            "list": [record(i) for i in pages[cursor]],
            "total": 4,
            "hasMorePrev": cursor is None,
            "hasMoreNext": False,
        }

    with client(answer, sent) as chat:
        walked = [r.data_id for r in chat.iter_chat_records_by_cursor("chat-1", page_size=2)]
    assert walked == ["d", "c", "b", "a"]
    assert [b.get("prevId") for b in sent] == [None, "c"]
    assert all(b["pageSize"] == 2 and b["chatId"] == "chat-1" and b["appId"] == APP_ID for b in sent)


def test_a_server_repeating_the_same_page_cannot_make_the_walk_loop() -> None:
    sent: list[dict[str, Any]] = []

    def answer(body: dict[str, Any]) -> Any:
        return {"list": [record("x")], "total": 9, "hasMorePrev": False, "hasMoreNext": True}

    with client(answer, sent) as chat:
        walked = list(chat.iter_chat_records_by_cursor("chat-1", start="w", direction="newer"))
    assert [r.data_id for r in walked] == ["x", "x"]  # the second page named the same cursor: stop
    assert [b.get("nextId") for b in sent] == ["w", "x"]


def test_an_empty_page_ends_the_walk_even_if_it_says_there_is_more() -> None:
    sent: list[dict[str, Any]] = []
    with client(lambda body: {"list": [], "hasMorePrev": True, "hasMoreNext": True}, sent) as chat:
        assert list(chat.iter_chat_records_by_cursor("chat-1")) == []
    assert len(sent) == 1


def test_a_page_reads_its_cursors_and_anchors() -> None:
    sent: list[dict[str, Any]] = []
    chunks = [{"_id": "1", "id": "1", "q": "a", "anchor": 4}, {"_id": "2", "id": "2", "q": "b", "anchor": 5}]
    with client(lambda body: {"list": chunks, "hasMorePrev": True, "hasMoreNext": False}, sent) as chat:
        page = chat.get_collection_quotes("chat-1", "answer-1", "coll-1", around="1", anchor=4)
    assert isinstance(page, CursorPage)
    assert (page.first_id, page.first_anchor, page.last_id, page.last_anchor) == ("1", 4, "2", 5)
    assert (page.has_more_prev, page.has_more_next, page.total) == (True, False, None)
    assert sent == [
        {
            "appId": APP_ID,
            "chatId": "chat-1",
            "chatItemDataId": "answer-1",
            "collectionId": "coll-1",
            "pageSize": 15,
            "anchor": 4,
            "initialId": "1",
        }
    ]


def test_a_page_that_is_not_a_linked_list_is_a_validation_error() -> None:
    with client(lambda body: ["not", "a", "page"], []) as chat, pytest.raises(APIResponseValidationError):
        chat.get_chat_records_by_cursor("chat-1")


def test_training_status_sums_the_modes() -> None:
    detail = {
        "trainingType": "qa",
        "advancedTraining": {"customPdfParse": False, "imageIndex": False, "autoIndexes": False},
        "queuedCounts": {"qa": 3, "chunk": 0, "parse": 1},
        "trainingCounts": {"qa": 1},
        "errorCounts": {"qa": 2},
        "trainedCount": 7,
    }

    def handle(request: httpx.Request) -> httpx.Response:
        assert request.url.params["collectionId"] == "coll-1"
        return httpx.Response(200, json={"code": 200, "data": detail})

    http = httpx.Client(transport=httpx.MockTransport(handle))
    with DatasetClient(api_key=API_KEY, base_url=BASE_URL, http_client=http) as ds:
        status = ds.get_training_status("coll-1")
    assert (status.queued, status.training, status.failed, status.trained) == (4, 1, 2, 7)
    assert status.queued_by_mode == {"qa": 3, "parse": 1}
    assert not status.done
    assert not status.ok
