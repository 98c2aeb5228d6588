"""The emulator's routes for the operations the SDK added with FastGPT 4.16 (chat state, records by
cursor, citations, app logs, training, API-dataset imports), over a real socket with raw httpx:
their answers in 4.16 mode, what 4.14 mode does instead, and their request checks."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS, DATASET_BODY, ON_4_14, V1

CHAT = "/api/core/chat"
DATASET = "/api/core/dataset"
LOGS = "/api/core/app/logs"
SINCE = {"dateStart": "2000-01-01T00:00:00.000Z", "dateEnd": "2999-12-31T00:00:00.000Z"}


def data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["code"] == 200, body
    return body["data"]


def turn(client: httpx.Client, server: FakeFastGPT, chat_id: str, question: str, **body: Any) -> str:
    """One turn; the answer's dataId."""
    answer = f"{chat_id}-{question}-a"
    payload = {
        "appId": server.default_app_id,
        "chatId": chat_id,
        "responseChatItemId": answer,
        "messages": [{"role": "user", "content": question, "dataId": f"{chat_id}-{question}-q"}],
        **body,
    }
    assert client.post(V1, json=payload).status_code == 200
    return answer


def app(server: FakeFastGPT, **fields: Any) -> dict[str, Any]:
    return {"appId": server.default_app_id, **fields}


@ON_4_14
@pytest.mark.parametrize(
    "path",
    [
        f"{CHAT}/history/getHistoryStatus",
        f"{CHAT}/history/markRead",
        f"{CHAT}/record/getQuote",
        f"{CHAT}/record/getCollectionQuote",
        f"{LOGS}/getUsers",
    ],
)
def test_4_14_has_no_route_for_the_newer_operations(
    client: httpx.Client, server: FakeFastGPT, path: str
) -> None:
    response = client.post(path, json=app(server, chatId="c", chatIds=["c"], **SINCE))
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]


@ON_4_14
def test_4_14_app_logs_refuse_api_keys(client: httpx.Client, server: FakeFastGPT) -> None:
    response = client.post(f"{LOGS}/list", json=app(server, **SINCE))
    assert response.json()["statusText"] == "unAuthorization"


def test_history_status_follows_runs_and_reads(client: httpx.Client, server: FakeFastGPT) -> None:
    turn(client, server, "s-1", "Hello")
    found = data(client.post(f"{CHAT}/history/getHistoryStatus", json=app(server, chatIds=["s-1", "gone"])))
    assert [(i["chatId"], i["chatGenerateStatus"], i["hasBeenRead"]) for i in found["list"]] == [
        ("s-1", 1, False)
    ]
    assert data(client.post(f"{CHAT}/history/markRead", json=app(server, chatId="s-1"))) is None
    found = data(client.post(f"{CHAT}/history/getHistoryStatus", json=app(server, chatIds=["s-1"])))
    assert found["list"][0]["hasBeenRead"] is True


@pytest.mark.parametrize("chat_ids", [[], [f"c{i}" for i in range(201)], "s-1"])
def test_history_status_validates_chat_ids(client: httpx.Client, server: FakeFastGPT, chat_ids: Any) -> None:
    response = client.post(f"{CHAT}/history/getHistoryStatus", json=app(server, chatIds=chat_ids))
    assert response.status_code == 400
    assert response.json()["message"] == "Data validation error"


def test_mark_read_of_an_unknown_chat_is_refused(client: httpx.Client, server: FakeFastGPT) -> None:
    response = client.post(f"{CHAT}/history/markRead", json=app(server, chatId="never-ran"))
    assert response.json()["statusText"] == "unAuthChat"


@BOTH_VERSIONS
def test_records_v2_cursor_modes(client: httpx.Client, server: FakeFastGPT) -> None:
    for question in ("one", "two", "three"):
        turn(client, server, "r-1", question)
    ids = [r["dataId"] for r in server.chat_records("r-1")]

    def page(**body: Any) -> dict[str, Any]:
        answer: dict[str, Any] = data(
            client.post(f"{CHAT}/record/getRecords_v2", json=app(server, chatId="r-1", **body))
        )
        return answer

    newest = page(pageSize=2)
    assert [i["id"] for i in newest["list"]] == ids[4:]
    assert (newest["total"], newest["hasMorePrev"], newest["hasMoreNext"]) == (6, True, False)
    assert "type" not in newest["list"][0]["value"][0]
    assert "_id" not in newest["list"][0]
    before = page(pageSize=3, prevId=ids[4])
    assert ([i["id"] for i in before["list"]], before["hasMorePrev"], before["hasMoreNext"]) == (
        ids[1:4],
        True,
        True,
    )
    after = page(pageSize=5, nextId=ids[2])
    assert ([i["id"] for i in after["list"]], after["hasMoreNext"]) == (ids[3:], False)
    around = page(pageSize=4, initialId=ids[3])  # two before, the target, two after
    assert [i["id"] for i in around["list"]] == ids[1:6]
    missing = client.post(f"{CHAT}/record/getRecords_v2", json=app(server, chatId="r-1", nextId="nope"))
    assert missing.json()["message"] == "Next item not found"


def _cited_chat(client: httpx.Client, server: FakeFastGPT) -> tuple[str, dict[str, Any]]:
    dataset_id = data(client.post(f"{DATASET}/create", json={"name": "Manual", **DATASET_BODY}))
    text = "FastGPT is a platform.\n\nIt answers questions.\n\nFrom datasets."
    split = {"chunkSettingMode": "custom", "chunkSplitMode": "char", "chunkSplitter": "\n\n"}
    data(
        client.post(
            f"{DATASET}/collection/create/text",
            json={"datasetId": dataset_id, "name": "m", "text": text, **split},
        )
    )
    server.attach_dataset("assistant", dataset_id)
    answer = turn(client, server, "q-1", "What is FastGPT, the platform?")
    [node] = [n for n in server.chat_records("q-1")[-1]["responseData"] if n.get("quoteList")]
    return answer, node["quoteList"][0]


def test_quotes_of_a_cited_chunk(client: httpx.Client, server: FakeFastGPT) -> None:
    answer, quote = _cited_chat(client, server)
    body = app(server, chatId="q-1", chatItemDataId=answer)
    found = data(
        client.post(
            f"{CHAT}/record/getQuote",
            json={**body, "datasetDataIdList": [quote["id"]], "collectionIdList": [quote["collectionId"]]},
        )
    )
    assert [(q["_id"], q["q"], q["index"]) for q in found] == [(quote["id"], "FastGPT is a platform.", 0)]
    page = data(
        client.post(
            f"{CHAT}/record/getCollectionQuote",
            json={
                **body,
                "collectionId": quote["collectionId"],
                "initialId": quote["id"],
                "anchor": 0,
                "pageSize": 1,
            },
        )
    )
    assert [(q["q"], q["anchor"]) for q in page["list"]] == [
        ("FastGPT is a platform.", 0),
        ("It answers questions.", 1),
    ]
    assert (page["hasMorePrev"], page["hasMoreNext"]) == (False, True)
    last = page["list"][-1]
    following = data(
        client.post(
            f"{CHAT}/record/getCollectionQuote",
            json={
                **body,
                "collectionId": quote["collectionId"],
                "nextId": last["id"],
                "anchor": last["anchor"],
            },
        )
    )
    assert [q["q"] for q in following["list"]] == ["From datasets."]
    no_anchor = client.post(
        f"{CHAT}/record/getCollectionQuote",
        json={**body, "collectionId": quote["collectionId"], "initialId": quote["id"]},
    )
    assert no_anchor.json()["statusText"] == "unAuthChat"
    uncited = client.post(
        f"{CHAT}/record/getQuote",
        json={**body, "datasetDataIdList": [quote["id"]], "collectionIdList": ["6650a1b2c3d4e5f6000000ff"]},
    )
    assert uncited.json()["statusText"] == "unAuthDatasetFile"


def test_app_logs_and_users(client: httpx.Client, server: FakeFastGPT) -> None:
    turn(client, server, "l-1", "Hi")
    turn(client, server, "l-2", "Hi")
    logs = data(client.post(f"{LOGS}/list", json=app(server, pageSize=1, **SINCE)))
    assert (logs["total"], [i["chatId"] for i in logs["list"]]) == (2, ["l-2"])
    assert logs["list"][0]["messageCount"] == 2
    users = data(client.post(f"{LOGS}/getUsers", json=app(server, **SINCE)))
    assert [(u["count"], u["outLinkUid"]) for u in users["list"]] == [(2, None)]
    missing_dates = client.post(f"{LOGS}/list", json=app(server))
    assert missing_dates.status_code == 400


@BOTH_VERSIONS
def test_scripted_training_advances_per_read_and_fails_items(
    client: httpx.Client, server: FakeFastGPT
) -> None:
    dataset_id = data(client.post(f"{DATASET}/create", json={"name": "T", **DATASET_BODY}))
    server.script_training(steps=2, fail=[0])
    split = {"chunkSettingMode": "custom", "chunkSplitMode": "char", "chunkSplitter": "\n\n"}
    created = data(
        client.post(
            f"{DATASET}/collection/create/text",
            json={"datasetId": dataset_id, "name": "t", "text": "a\n\nb", **split},
        )
    )
    collection_id = created["collectionId"]

    def detail() -> dict[str, Any]:
        found: dict[str, Any] = data(
            client.get(f"{DATASET}/collection/trainingDetail", params={"collectionId": collection_id})
        )
        return found

    first = detail()
    assert (
        first["queuedCounts"]["chunk"],
        first["trainingCounts"]["chunk"],
        first["errorCounts"]["chunk"],
    ) == (0, 1, 1)
    second = detail()
    assert (second["trainingCounts"]["chunk"], second["errorCounts"]["chunk"], second["trainedCount"]) == (
        0,
        1,
        1,
    )
    listed = data(client.post(f"{DATASET}/collection/listV2", json={"datasetId": dataset_id}))["list"]
    [item] = [c for c in listed if c["_id"] == collection_id]
    assert item["trainingAmount"] == 1  # the failed item (4.14 and 4.16)
    if server.version.name == "4.16":  # the training status fields of 4.16's listV2
        assert (item["activeTrainingAmount"], item["finalErrorAmount"], item["slowestTrainingStatus"]) == (
            0,
            1,
            "error",
        )
    errors = data(client.post(f"{DATASET}/training/getTrainingError", json={"collectionId": collection_id}))
    assert [(e["chunkIndex"], e["retryCount"]) for e in errors["list"]] == [(0, 0)]
    assert errors["total"] == 1
    queue = data(client.get(f"{DATASET}/training/getDatasetTrainingQueue", params={"datasetId": dataset_id}))
    assert queue == {"rebuildingCount": 0, "trainingCount": 1}  # the failed item stays in the queue


def test_api_collection_needs_an_api_dataset(client: httpx.Client) -> None:
    plain = data(client.post(f"{DATASET}/create", json={"name": "P", **DATASET_BODY}))
    response = client.post(
        f"{DATASET}/collection/create/apiCollection", json={"datasetId": plain, "name": "f", "apiFileId": "1"}
    )
    assert response.json()["message"] == "Can not find api dataset server"
    missing = client.post(
        f"{DATASET}/collection/create/apiCollection", json={"datasetId": plain, "name": "f"}
    )
    assert missing.status_code == 400
