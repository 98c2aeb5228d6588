"""What differs between FastGPT 4.16 and 4.14 in routes and answers: the v1 stream order, stop,
deleting a message, the chat status fields, data update/delete, push results, search hits, chat
files and the completion id. Each difference on both versions, over a real socket (raw httpx).
"""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest

from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS, DATASET_BODY, V1, V2, bearer, parse_sse, user

RECORDS = "/api/core/chat/record/getPaginationRecords"
DATASET = "/api/core/dataset"


def data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["code"], body["statusText"], body["message"]) == (200, "", "")
    return body["data"]


def ask(client: httpx.Client, question: str, chat_id: str) -> list[str]:
    """Run one turn; the chat's record dataIds, oldest first."""
    data_ids = [f"{chat_id}-{question}-q", f"{chat_id}-{question}-a"]
    messages = [{"role": "user", "content": question, "dataId": data_ids[0]}]
    assert (
        client.post(
            V2, json={"messages": messages, "chatId": chat_id, "responseChatItemId": data_ids[1]}
        ).status_code
        == 200
    )
    return data_ids


def record_ids(client: httpx.Client, server: FakeFastGPT, chat_id: str) -> list[str]:
    page = data(
        client.post(RECORDS, json={"appId": server.default_app_id, "chatId": chat_id, "pageSize": 20})
    )
    return [record["dataId"] for record in page["list"]]


@BOTH_VERSIONS
def test_v1_detail_stream_order(client: httpx.Client, version: str) -> None:
    r = client.post(V1, json={"messages": user("hi"), "stream": True, "detail": True})
    frames = parse_sse(r.text)
    tail = [(f.event, "[DONE]" if f.data == "[DONE]" else "") for f in frames[-3:]]
    if version == "4.16":  # stop chunk, flowResponses, [DONE] (v1/chat/completions.ts:475-492)
        assert tail == [("answer", ""), ("flowResponses", ""), ("answer", "[DONE]")]
        (node,) = frames[-2].json()
    else:  # stop chunk, [DONE], flowResponses
        assert tail == [("answer", ""), ("answer", "[DONE]"), ("flowResponses", "")]
        (node,) = frames[-1].json()
    assert frames[-3].json()["choices"][0] == {"delta": {}, "index": 0, "finish_reason": "stop"}
    assert node["moduleType"] == "chatNode"
    v2 = parse_sse(client.post(V2, json={"messages": user("hi"), "stream": True, "detail": True}).text)
    assert "flowResponses" not in [f.event for f in v2]
    assert v2[-1].data == "[DONE]"


@BOTH_VERSIONS
def test_stop_answer(version: str) -> None:
    with (
        FakeFastGPT(version=version, token_delay=0.05) as s,
        httpx.Client(base_url=s.base_url, headers=bearer(s.api_key), timeout=30) as c,
    ):
        stop_body = {"appId": s.default_app_id, "chatId": "stop-me"}
        idle = data(c.post("/api/v2/chat/stop", json=stop_body))
        with c.stream(
            "POST", V2, json={"messages": user("stop me"), "chatId": "stop-me", "stream": True}
        ) as r:
            lines = r.iter_lines()
            for line in lines:
                if '"content"' in line:
                    break
            stopped = data(c.post("/api/v2/chat/stop", json=stop_body))
            rest = "".join(lines)
    assert "[DONE]" in rest
    if version == "4.14":
        assert idle == stopped == {"success": True}
    else:
        assert idle == stopped == {"success": True, "completed": True, "chatGenerateStatus": 1}


@BOTH_VERSIONS
def test_deleting_one_message(client: httpx.Client, server: FakeFastGPT, version: str) -> None:
    app = server.default_app_id
    first = ask(client, "one", "del")
    second = ask(client, "two", "del")
    third = ask(client, "three", "del")
    new_route, old_route = "/api/core/chat/record/delete", "/api/core/chat/item/delete"
    if version == "4.14":
        gone = client.post(new_route, json={"appId": app, "chatId": "del", "contentId": first[1]})
        assert (gone.status_code, gone.headers["content-type"]) == (404, "text/html; charset=utf-8")
        assert (
            data(client.post(old_route, json={"appId": app, "chatId": "del", "contentId": first[1]})) is None
        )
        assert record_ids(client, server, "del") == [first[0], *second, *third]
        return
    gone = client.post(old_route, json={"appId": app, "chatId": "del", "contentId": first[1]})
    assert (gone.status_code, gone.headers["content-type"]) == (404, "text/html; charset=utf-8")
    one = client.request("DELETE", new_route, json={"appId": app, "chatId": "del", "contentId": first[1]})
    assert one.json() == {"code": 200, "statusText": "", "message": "", "data": None}
    assert record_ids(client, server, "del") == [first[0], *second, *third]
    assert (
        data(client.request("DELETE", new_route, json={"appId": app, "chatId": "del", "contentIds": second}))
        is None
    )
    assert record_ids(client, server, "del") == [first[0], *third]
    # an empty body: FastGPT reads the query string, where contentIds may be comma-separated
    query = {"appId": app, "chatId": "del", "contentIds": ",".join(third)}
    assert data(client.delete(new_route, params=query)) is None
    assert record_ids(client, server, "del") == [first[0]]
    assert data(client.delete(new_route, params={"appId": app, "chatId": "del"})) is None  # nothing to delete
    no_chat = client.request("DELETE", new_route, json={"appId": app, "contentId": "x"})
    assert (no_chat.status_code, no_chat.json()["zodError"][0]["path"]) == (400, ["chatId"])


@BOTH_VERSIONS
def test_chat_status_fields(client: httpx.Client, server: FakeFastGPT, version: str) -> None:
    app = server.default_app_id
    ask(client, "hello", "seen")
    (item,) = data(client.post("/api/core/chat/history/getHistories", json={"appId": app}))["list"]
    init = data(client.get("/api/core/chat/init", params={"appId": app, "chatId": "seen"}))
    again = data(client.post("/api/core/chat/history/getHistories", json={"appId": app}))["list"][0]
    if version == "4.14":
        for answer in (item, init, again):
            assert "chatGenerateStatus" not in answer
            assert "hasBeenRead" not in answer
        return
    assert (item["chatGenerateStatus"], item["hasBeenRead"]) == (1, False)
    assert (init["chatGenerateStatus"], init["hasBeenRead"]) == (1, True)  # init marks it read
    assert (again["chatGenerateStatus"], again["hasBeenRead"]) == (1, True)
    assert (
        data(client.get("/api/core/chat/init", params={"appId": app, "chatId": "nope"})).get("hasBeenRead")
        is None
    )


def test_a_running_chat_reads_as_generating(server: FakeFastGPT, client: httpx.Client) -> None:
    server.token_delay = 0.05
    app, started = server.default_app_id, threading.Event()

    def run() -> None:
        with httpx.Client(base_url=server.base_url, headers=bearer(server.api_key), timeout=30) as other:
            body = {"messages": user("a long answer"), "chatId": "busy", "stream": True}
            with other.stream("POST", V2, json=body) as r:
                for line in r.iter_lines():
                    if line.startswith("data: {"):
                        started.set()

    ask(client, "first", "busy")
    thread = threading.Thread(target=run)
    thread.start()
    assert started.wait(10)
    (item,) = data(client.post("/api/core/chat/history/getHistories", json={"appId": app}))["list"]
    init = data(client.get("/api/core/chat/init", params={"appId": app, "chatId": "busy"}))
    thread.join(30)
    assert (item["chatGenerateStatus"], item["hasBeenRead"]) == (0, False)
    assert (init["chatGenerateStatus"], init["hasBeenRead"]) == (0, False)  # not read while generating


@BOTH_VERSIONS
def test_data_update_and_delete(client: httpx.Client, version: str) -> None:
    dataset = data(client.post(f"{DATASET}/create", json={"name": "Docs", **DATASET_BODY}))
    created = data(
        client.post(
            f"{DATASET}/collection/create/text", json={"datasetId": dataset, "name": "t", "text": "hello"}
        )
    )
    assert created["results"] == {"insertLen": 1}  # never error/overToken/repeat
    pushed = data(
        client.post(
            f"{DATASET}/data/pushData",
            json={"collectionId": created["collectionId"], "data": [{"q": "q", "a": "a"}]},
        )
    )
    assert pushed == {"insertLen": 1}
    listed = data(client.post(f"{DATASET}/data/v2/list", json={"collectionId": created["collectionId"]}))[
        "list"
    ]
    assert all("updateTime" not in item for item in listed)
    data_id = next(item["_id"] for item in listed if item["q"] == "q")
    assert "canWrite" not in data(client.get(f"{DATASET}/data/detail", params={"id": data_id}))
    without_q = client.put(f"{DATASET}/data/update", json={"dataId": data_id, "a": "new a"})
    updated = data(client.put(f"{DATASET}/data/update", json={"dataId": data_id, "q": "new q", "a": ""}))
    deleted = data(client.delete(f"{DATASET}/data/delete", params={"id": data_id}))
    if version == "4.14":
        assert data(without_q) is None
        assert (updated, deleted) == (None, "success")
        return
    assert without_q.status_code == 400
    assert without_q.json()["zodError"] == [
        {
            "expected": "string",
            "code": "invalid_type",
            "path": ["q"],
            "message": "Invalid input: expected string, received undefined",
        }
    ]
    assert updated == {"q": "new q"}  # FastGPT leaves out an empty a
    assert deleted is None
    bad_id = client.put(f"{DATASET}/data/update", json={"dataId": "nope", "q": "x"})
    assert bad_id.json()["zodError"][0]["message"] == "Invalid string: must match pattern /^[0-9a-fA-F]{24}$/"


@BOTH_VERSIONS
def test_search_hits_carry_tokens_on_4_14_only(client: httpx.Client, version: str) -> None:
    dataset = data(client.post(f"{DATASET}/create", json={"name": "Docs", **DATASET_BODY}))
    data(
        client.post(
            f"{DATASET}/collection/create/text",
            json={"datasetId": dataset, "name": "t", "text": "red apples"},
        )
    )
    (hit,) = data(client.post(f"{DATASET}/searchTest", json={"datasetId": dataset, "text": "apples"}))["list"]
    assert ("tokens" in hit) is (version == "4.14")


@BOTH_VERSIONS
def test_chat_file_urls(client: httpx.Client, server: FakeFastGPT, version: str) -> None:
    app = server.default_app_id
    ask(client, "files", "c1")
    ask(client, "other", "c2")
    presigned = data(
        client.post(
            "/api/core/chat/file/presignChatFilePostUrl",
            json={"appId": app, "chatId": "c1", "filename": "a.txt"},
        )
    )
    with httpx.Client() as storage:
        assert storage.put(presigned["url"], content=b"data", headers=presigned["headers"]).status_code == 200
        too_big = storage.put(
            presigned["url"], content=b"x" * (presigned["maxSize"] + 1), headers=presigned["headers"]
        )
    get_url = "/api/core/chat/file/presignChatFileGetUrl"
    without_chat = client.post(get_url, json={"appId": app, "key": presigned["key"]})
    with_chat = client.post(get_url, json={"appId": app, "key": presigned["key"], "chatId": "c1"})
    other_chat = client.post(get_url, json={"appId": app, "key": presigned["key"], "chatId": "c2"})
    assert data(with_chat) == presigned["url"]
    if version == "4.14":
        assert "uploadMode" not in presigned
        assert "previewUrl" not in presigned
        assert data(without_chat) == data(other_chat) == presigned["url"]  # chatId is ignored
        assert (too_big.status_code, too_big.headers["content-type"]) == (400, "application/xml")
        assert "<Code>EntityTooLarge</Code>" in too_big.text
        return
    assert (presigned["uploadMode"], presigned["previewUrl"]) == ("single", presigned["url"])
    assert without_chat.status_code == 400
    assert without_chat.json()["zodError"] == [
        {
            "expected": "string",
            "code": "invalid_type",
            "path": ["chatId"],
            "message": "Invalid input: expected string, received undefined",
        }
    ]
    assert (other_chat.status_code, other_chat.json()["statusText"]) == (500, "unAuthChat")
    assert too_big.status_code == 413  # FastGPT's S3 proxy
    assert too_big.json() == {"code": 413, "statusText": "error", "message": "EntityTooLarge", "data": None}


@BOTH_VERSIONS
def test_the_completion_id(client: httpx.Client, version: str) -> None:
    without = client.post(V2, json={"messages": user("hi")}).json()
    given = client.post(V2, json={"messages": user("hi"), "chatId": "mine"}).json()
    assert given["id"] == "mine"
    if version == "4.14":
        assert without["id"] == ""
    else:
        assert len(without["id"]) == 24  # the chat id FastGPT made


@pytest.mark.parametrize("fastgpt_version", ["4.14"])
def test_the_plugin_fixture_speaks_the_chosen_version(fastgpt_server: FakeFastGPT) -> None:
    assert fastgpt_server.version.name == "4.14"


def test_the_plugin_fixture_speaks_4_16_by_default(fastgpt_server: FakeFastGPT, fastgpt_version: str) -> None:
    assert fastgpt_version == "4.16"
    assert fastgpt_server.version.name == "4.16"


@BOTH_VERSIONS
def test_answers_in_4_16s_response_schemas(client: httpx.Client, server: FakeFastGPT, version: str) -> None:
    dataset = data(client.post(f"{DATASET}/create", json={"name": "Docs", **DATASET_BODY}))
    created = data(
        client.post(
            f"{DATASET}/collection/create/text", json={"datasetId": dataset, "name": "t", "text": "hi"}
        )
    )
    (listed,) = data(client.post(f"{DATASET}/list", json={}))
    (collection,) = data(client.post(f"{DATASET}/collection/listV2", json={"datasetId": dataset}))["list"]
    pushed = {"collectionId": created["collectionId"], "data": [{"q": "pushed"}]}
    assert data(client.post(f"{DATASET}/data/pushData", json=pushed)) == {"insertLen": 1}
    items = data(client.post(f"{DATASET}/data/v2/list", json={"collectionId": created["collectionId"]}))[
        "list"
    ]
    data_id = next(item["_id"] for item in items if item["q"] == "pushed")
    detail = data(client.get(f"{DATASET}/data/detail", params={"id": data_id}))
    ask(client, "hello", "fb")
    feedback = data(
        client.post(
            "/api/core/chat/feedback/updateUserFeedback",
            json={
                "appId": server.default_app_id,
                "chatId": "fb",
                "dataId": "fb-hello-a",
                "userGoodFeedback": "yes",
            },
        )
    )
    training = {"activeTrainingAmount", "finalErrorAmount", "hasError", "slowestTrainingStatus", "createTime"}
    if version == "4.14":
        assert "parentId" in listed
        assert not training & set(collection)
        assert "teamId" not in detail
        assert "_id" in detail["indexes"][0]
        assert feedback == {}
        return
    assert "parentId" not in listed
    assert training <= set(collection)
    assert (collection["hasError"], collection["slowestTrainingStatus"]) == (False, "ready")
    assert set(detail) >= {"teamId", "updateTime"}
    assert "_id" not in detail["indexes"][0]
    assert feedback is None
