"""The emulator's history, record, feedback, question-guide, file and proApi routes, over raw
httpx: FastGPT's envelope, its pagination rules, soft deletes and error answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from fastgpt_client.testing import FakeFastGPT

from .conftest import ON_4_14

V1 = "/api/v1/chat/completions"


@pytest.fixture
def server(version: str) -> Iterator[FakeFastGPT]:
    with FakeFastGPT(version=version) as fake:
        yield fake


@pytest.fixture
def http(server: FakeFastGPT) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(base_url=server.base_url, headers=headers) as client:
        yield client


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"code", "statusText", "message", "data"}
    assert (body["code"], body["statusText"], body["message"]) == (200, "", "")
    return body["data"]


def chat(http: httpx.Client, question: str, chat_id: str | None = None) -> str:
    body: dict[str, Any] = {"messages": [{"role": "user", "content": question}]}
    if chat_id:
        body["chatId"] = chat_id
    answer = http.post(V1, json=body).json()
    return chat_id or str(answer["id"] or "")


def new_chat(http: httpx.Client, question: str, chat_id: str) -> str:
    return chat(http, question, chat_id)


def test_histories_paginate_from_body_or_query(http: httpx.Client, server: FakeFastGPT) -> None:
    app = server.default_app_id
    chats = [new_chat(http, f"q{n}", f"chat-{n}") for n in range(5)]
    data = ok(http.post("/api/core/chat/history/getHistories", json={"appId": app, "pageSize": 2}))
    assert data["total"] == 5
    assert [h["chatId"] for h in data["list"]] == chats[::-1][:2]
    assert set(data["list"][0]) >= {"chatId", "updateTime", "appId", "title", "top"}
    by_page = ok(
        http.post("/api/core/chat/history/getHistories", json={"appId": app, "pageSize": "2", "pageNum": 2})
    )
    assert [h["chatId"] for h in by_page["list"]] == chats[::-1][2:4]
    # no pageSize in the body: pagination comes from the query (default pageSize 10)
    by_query = ok(http.post("/api/core/chat/history/getHistories?offset=4&pageSize=3", json={"appId": app}))
    assert [h["chatId"] for h in by_query["list"]] == [chats[0]]
    default = ok(http.post("/api/core/chat/getHistories", json={"appId": app}))
    assert len(default["list"]) == 5


def test_pinned_chats_come_first(http: httpx.Client, server: FakeFastGPT) -> None:
    app = server.default_app_id
    chats = [new_chat(http, f"q{n}", f"chat-{n}") for n in range(3)]
    ok(
        http.put(
            "/api/core/chat/history/updateHistory",
            json={"appId": app, "chatId": chats[0], "top": True, "customTitle": "Mine"},
        )
    )
    first = ok(http.post("/api/core/chat/history/getHistories", json={"appId": app}))["list"][0]
    assert (first["chatId"], first["top"], first["customTitle"]) == (chats[0], True, "Mine")


def test_init_records_and_res_data(http: httpx.Client, server: FakeFastGPT) -> None:
    app = server.default_app_id
    chat_id = new_chat(http, "Hello", "c1")
    new_chat(http, "Again", chat_id)
    init = ok(http.get("/api/core/chat/init", params={"appId": app, "chatId": chat_id}))
    assert (init["chatId"], init["appId"], init["title"]) == (chat_id, app, "Hello")
    assert init["app"]["name"] == "assistant"
    unknown = ok(http.get("/api/core/chat/init", params={"appId": app, "chatId": "nope"}))
    assert "title" not in unknown
    # offset counts back from the newest record; each page is oldest first
    latest = ok(
        http.post(
            "/api/core/chat/record/getPaginationRecords",
            json={"appId": app, "chatId": chat_id, "pageSize": 2},
        )
    )
    assert latest["total"] == 4
    assert [r["obj"] for r in latest["list"]] == ["Human", "AI"]
    assert latest["list"][0]["value"][0]["text"]["content"] == "Again"
    older = ok(
        http.post(
            "/api/core/chat/record/getPaginationRecords",
            json={"appId": app, "chatId": chat_id, "pageSize": 2, "offset": 2},
        )
    )
    assert older["list"][0]["value"][0]["text"]["content"] == "Hello"
    answer = latest["list"][1]
    assert answer["dataId"]
    assert answer["_id"]
    nodes = ok(
        http.get(
            "/api/core/chat/record/getResData",
            params={"appId": app, "chatId": chat_id, "dataId": answer["dataId"]},
        )
    )
    assert nodes
    assert nodes[0]["moduleType"]
    human = latest["list"][0]
    assert (
        ok(
            http.get(
                "/api/core/chat/getResData",
                params={"appId": app, "chatId": chat_id, "dataId": human["dataId"]},
            )
        )
        == []
    )
    empty = ok(http.post("/api/core/chat/record/getPaginationRecords", json={"appId": app, "chatId": "nope"}))
    assert empty == {"list": [], "total": 0}


def test_feedback_absent_field_unsets(http: httpx.Client, server: FakeFastGPT) -> None:
    app = server.default_app_id
    chat_id = new_chat(http, "Hello", "c1")
    url = "/api/core/chat/record/getPaginationRecords"
    data_id = ok(http.post(url, json={"appId": app, "chatId": chat_id, "pageSize": 10}))["list"][1]["dataId"]
    base = {"appId": app, "chatId": chat_id, "dataId": data_id}
    ok(http.post("/api/core/chat/feedback/updateUserFeedback", json={**base, "userGoodFeedback": "yes"}))
    answer = ok(http.post(url, json={"appId": app, "chatId": chat_id, "pageSize": 10}))["list"][1]
    assert answer["userGoodFeedback"] == "yes"
    assert "userBadFeedback" not in answer
    ok(
        http.post(
            "/api/core/chat/feedback/updateUserFeedback",
            json={**base, "userBadFeedback": "no", "userGoodFeedback": None},
        )
    )
    answer = ok(http.post(url, json={"appId": app, "chatId": chat_id, "pageSize": 10}))["list"][1]
    assert "userGoodFeedback" not in answer
    assert answer["userBadFeedback"] == "no"


@ON_4_14
def test_deletes(http: httpx.Client, server: FakeFastGPT) -> None:
    app = server.default_app_id
    chats = [new_chat(http, f"q{n}", f"chat-{n}") for n in range(4)]
    records = "/api/core/chat/record/getPaginationRecords"
    first = ok(http.post(records, json={"appId": app, "chatId": chats[0], "pageSize": 10}))["list"]
    ok(
        http.post(
            "/api/core/chat/item/delete",
            json={"appId": app, "chatId": chats[0], "contentId": first[1]["dataId"]},
        )
    )
    assert ok(http.post(records, json={"appId": app, "chatId": chats[0], "pageSize": 10}))["total"] == 1
    query_only = http.post(f"/api/core/chat/item/delete?appId={app}&chatId={chats[0]}&contentId=x")
    assert query_only.status_code == 500
    assert query_only.json()["message"] == "contentId or chatId is empty"
    ok(http.delete("/api/core/chat/history/delHistory", params={"appId": app, "chatId": chats[0]}))
    ok(http.post("/api/core/chat/history/batchDelete", json={"appId": app, "chatIds": [chats[1]]}))
    listed = ok(http.post("/api/core/chat/history/getHistories", json={"appId": app}))
    assert {h["chatId"] for h in listed["list"]} == set(chats[2:])
    ok(http.delete("/api/core/chat/history/clearHistories", params={"appId": app}))
    assert ok(http.post("/api/core/chat/history/getHistories", json={"appId": app}))["total"] == 0
    # soft deletes: the rows are still there
    assert server.chat_records(chats[0])


def test_question_guide(http: httpx.Client, server: FakeFastGPT) -> None:
    app = server.default_app_id
    chat_id = new_chat(http, "What is RAG?", "c1")
    url = "/api/core/ai/agent/v2/createQuestionGuide"
    questions = ok(http.post(url, json={"appId": app, "chatId": chat_id}))
    assert len(questions) == 3
    assert questions == ok(http.post(url, json={"appId": app, "chatId": chat_id}))
    assert all("What is RAG" in q for q in questions)
    assert ok(http.post(url, json={"appId": app, "chatId": chat_id, "questionGuide": {"open": False}})) == []


@ON_4_14
def test_presigned_upload_needs_the_headers_and_no_key(http: httpx.Client, server: FakeFastGPT) -> None:
    app = server.default_app_id
    presigned = ok(
        http.post(
            "/api/core/chat/file/presignChatFilePostUrl",
            json={"appId": app, "chatId": "c1", "filename": "a.txt"},
        )
    )
    assert presigned["url"].startswith(server.base_url + "/fake-s3/")
    assert presigned["maxSize"] > 0
    with httpx.Client() as plain:
        assert plain.put(presigned["url"], content=b"data").status_code == 403
        with_key = plain.put(
            presigned["url"], content=b"data", headers={**presigned["headers"], "Authorization": "Bearer x"}
        )
        assert with_key.status_code == 400
        assert plain.get(presigned["url"]).status_code == 404
        assert plain.put(presigned["url"], content=b"data", headers=presigned["headers"]).status_code == 200
        got = plain.get(presigned["url"])
        assert (got.content, got.headers["content-type"].split(";")[0]) == (b"data", "text/plain")
    url = ok(
        http.post("/api/core/chat/file/presignChatFileGetUrl", json={"appId": app, "key": presigned["key"]})
    )
    assert url == presigned["url"]
    unknown = http.post("/api/core/chat/file/presignChatFileGetUrl", json={"appId": app, "key": "nope"})
    assert unknown.json()["statusText"] == "unAuthFile"


def test_errors(http: httpx.Client, server: FakeFastGPT) -> None:
    missing = http.post("/api/core/chat/history/getHistories", json={})
    assert (missing.status_code, missing.json()["statusText"]) == (500, "unAuthChat")
    unknown = http.get("/api/core/chat/init", params={"appId": "0" * 24, "chatId": "c"})
    assert (unknown.status_code, unknown.json()["code"], unknown.json()["statusText"]) == (
        500,
        502000,
        "appUnExist",
    )
    bad_page = http.post(
        "/api/core/chat/history/getHistories", json={"appId": server.default_app_id, "pageSize": -1}
    )
    assert bad_page.json()["code"] == 400
    no_key = httpx.post(
        server.base_url + "/api/core/chat/history/getHistories", json={"appId": server.default_app_id}
    )
    assert no_key.json()["statusText"] == "unAuthorization"


def test_commercial_routes_answer_like_open_source_fastgpt(http: httpx.Client, server: FakeFastGPT) -> None:
    total = http.get("/api/proApi/core/app/logs/getTotalData", params={"appId": server.default_app_id})
    assert total.status_code == 500
    assert total.json() == {
        "code": 500,
        "statusText": "error",
        "message": "未配置商业版链接: core,app,logs,getTotalData",
        "data": None,
    }
    chart = http.post("/api/proApi/core/app/logs/getChartData", json={"appId": server.default_app_id})
    assert chart.json()["message"].startswith("未配置商业版链接")
