"""The emulator's knowledge-base routes on the wire (raw httpx, no SDK)."""

from __future__ import annotations

import json
from typing import Any

import httpx

from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS, DATASET_BODY, ON_4_14, bearer

BASE = "/api/core/dataset"


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["code"], body["statusText"], body["message"]) == (200, "", "")
    return body["data"]


def error(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 500, response.text
    body = response.json()
    assert body["data"] is None
    return body


def make_dataset(client: httpx.Client, name: str = "Docs") -> str:
    dataset_id = ok(client.post(f"{BASE}/create", json={"name": name, **DATASET_BODY}))
    assert isinstance(dataset_id, str)
    return dataset_id


def make_collection(client: httpx.Client, dataset_id: str) -> str:
    return str(
        ok(
            client.post(
                f"{BASE}/collection/create", json={"datasetId": dataset_id, "name": "c", "type": "virtual"}
            )
        )
    )


def test_dataset_routes_and_envelopes(client: httpx.Client) -> None:
    dataset_id = make_dataset(client)
    listed = ok(client.post(f"{BASE}/list", json={}))
    assert [d["_id"] for d in listed] == [dataset_id]
    assert listed[0]["vectorModel"]["model"]
    detail = ok(client.get(f"{BASE}/detail", params={"id": dataset_id}))
    assert detail["name"] == "Docs"
    assert ok(client.delete(f"{BASE}/delete", params={"id": dataset_id})) is None
    missing = error(client.get(f"{BASE}/detail", params={"id": dataset_id}))
    assert (missing["code"], missing["statusText"]) == (501002, "unExistDataset")


@ON_4_14
def test_auth_is_required(server: FakeFastGPT) -> None:
    with httpx.Client(base_url=server.base_url) as anonymous:
        body = error(anonymous.post(f"{BASE}/list", json={}))
    assert body["statusText"] == "unAuthorization"
    with httpx.Client(base_url=server.base_url, headers=bearer(server.account_key)) as account:
        assert ok(account.post(f"{BASE}/list", json={})) == []


@BOTH_VERSIONS
def test_text_collection_is_chunked_and_listed(client: httpx.Client, version: str) -> None:
    dataset_id = make_dataset(client)
    text = "\n\n".join(["alpha " * 10, "beta " * 10, "gamma " * 10])
    created = ok(
        client.post(
            f"{BASE}/collection/create/text",
            json={"datasetId": dataset_id, "name": "t", "text": text, "chunkSize": 70},
        )
    )
    assert created["results"]["insertLen"] == 3
    page = ok(
        client.post(f"{BASE}/data/v2/list", json={"collectionId": created["collectionId"], "pageSize": 30})
    )
    assert page["total"] == 3
    assert [item["chunkIndex"] for item in page["list"]] == [0, 1, 2]
    collections = ok(client.post(f"{BASE}/collection/listV2", json={"datasetId": dataset_id, "pageSize": 10}))
    assert collections["total"] == 1
    assert collections["list"][0]["dataAmount"] == 3
    detail = ok(client.get(f"{BASE}/collection/detail", params={"id": created["collectionId"]}))
    if version == "4.14":
        assert detail["datasetId"]["_id"] == dataset_id  # populated, like FastGPT
    else:  # 4.16: the id, and the dataset as stored under `dataset`
        assert detail["datasetId"] == detail["dataset"]["_id"] == dataset_id
        assert detail["dataset"]["vectorModel"] == "text-embedding-3-small"


def test_pagination_caps_and_query_fallback(client: httpx.Client) -> None:
    dataset_id = make_dataset(client)
    collection_id = make_collection(client, dataset_id)
    items = [{"q": f"q{i}"} for i in range(45)]
    ok(client.post(f"{BASE}/data/pushData", json={"collectionId": collection_id, "data": items}))
    capped = ok(client.post(f"{BASE}/data/v2/list", json={"collectionId": collection_id, "pageSize": 100}))
    assert (len(capped["list"]), capped["total"]) == (30, 45)
    second = ok(
        client.post(
            f"{BASE}/data/v2/list", json={"collectionId": collection_id, "pageSize": "20", "pageNum": 2}
        )
    )
    assert [item["q"] for item in second["list"]] == [f"q{i}" for i in range(20, 40)]
    by_offset = ok(
        client.post(
            f"{BASE}/data/v2/list", json={"collectionId": collection_id, "pageSize": 10, "offset": 40}
        )
    )
    assert len(by_offset["list"]) == 5
    # No pageSize in the body: parameters come from the query string (default page size 10).
    from_query = ok(
        client.post(f"{BASE}/data/v2/list?pageSize=5&offset=3", json={"collectionId": collection_id})
    )
    assert [item["q"] for item in from_query["list"]] == ["q3", "q4", "q5", "q6", "q7"]
    for _ in range(105):
        make_collection(client, dataset_id)
    collections = ok(
        client.post(f"{BASE}/collection/listV2", json={"datasetId": dataset_id, "pageSize": 500})
    )
    assert (len(collections["list"]), collections["total"]) == (100, 106)


def test_push_limit_and_missing_collection(client: httpx.Client) -> None:
    dataset_id = make_dataset(client)
    collection_id = make_collection(client, dataset_id)
    too_many = error(
        client.post(f"{BASE}/data/pushData", json={"collectionId": collection_id, "data": [{"q": "x"}] * 201})
    )
    assert too_many["message"] == "Data is too long, max 200"
    missing = error(client.post(f"{BASE}/data/pushData", json={"collectionId": "nope", "data": [{"q": "x"}]}))
    assert (missing["code"], missing["statusText"]) == (501003, "unExistCollection")


def test_fail_push_after_fault(server: FakeFastGPT, client: httpx.Client) -> None:
    dataset_id = make_dataset(client)
    collection_id = make_collection(client, dataset_id)
    body = {"collectionId": collection_id, "data": [{"q": "x"}]}
    server.inject("fail_push_after=2")
    assert ok(client.post(f"{BASE}/data/pushData", json=body))["insertLen"] == 1
    assert ok(client.post(f"{BASE}/data/pushData", json=body))["insertLen"] == 1
    failed = error(client.post(f"{BASE}/data/pushData", json=body))
    assert "fail_push_after=2" in failed["message"]
    error(client.post(f"{BASE}/data/pushData", json=body))
    server.clear_faults()
    ok(client.post(f"{BASE}/data/pushData", json=body))
    assert (
        ok(client.post(f"{BASE}/data/v2/list", json={"collectionId": collection_id, "pageSize": 30}))["total"]
        == 3
    )


def test_search_returns_object_with_score_list(client: httpx.Client) -> None:
    dataset_id = make_dataset(client)
    collection_id = make_collection(client, dataset_id)
    ok(
        client.post(
            f"{BASE}/data/pushData",
            json={
                "collectionId": collection_id,
                "data": [{"q": "red apples", "a": "fruit"}, {"q": "blue cars"}],
            },
        )
    )
    result = ok(client.post(f"{BASE}/searchTest", json={"datasetId": dataset_id, "text": "apples"}))
    assert set(result) >= {"list", "duration", "limit", "searchMode", "usingReRank", "similarity"}
    assert [item["q"] for item in result["list"]] == ["red apples"]
    score = result["list"][0]["score"]
    assert isinstance(score, list)
    assert score[0]["type"] == "fullText"
    assert set(score[0]) == {"type", "value", "index"}


@ON_4_14
def test_data_detail_update_delete(client: httpx.Client) -> None:
    dataset_id = make_dataset(client)
    collection_id = make_collection(client, dataset_id)
    ok(
        client.post(
            f"{BASE}/data/pushData", json={"collectionId": collection_id, "data": [{"q": "q", "a": "a"}]}
        )
    )
    data_id = ok(client.post(f"{BASE}/data/v2/list", json={"collectionId": collection_id, "pageSize": 1}))[
        "list"
    ][0]["_id"]
    detail = ok(client.get(f"{BASE}/data/detail", params={"id": data_id}))
    assert detail["indexes"][0]["type"] == "default"
    assert ok(client.put(f"{BASE}/data/update", json={"dataId": data_id, "q": "q2"})) is None
    assert ok(client.get(f"{BASE}/data/detail", params={"id": data_id}))["q"] == "q2"
    assert ok(client.delete(f"{BASE}/data/delete", params={"id": data_id})) == "success"
    error(client.get(f"{BASE}/data/detail", params={"id": data_id}))


def test_collection_delete_by_query_id_and_update(client: httpx.Client) -> None:
    dataset_id = make_dataset(client)
    first, second = make_collection(client, dataset_id), make_collection(client, dataset_id)
    assert (
        ok(client.post(f"{BASE}/collection/update", json={"id": first, "name": "renamed", "forbid": True}))
        is None
    )
    assert ok(client.get(f"{BASE}/collection/detail", params={"id": first}))["forbid"] is True
    ok(client.delete(f"{BASE}/collection/delete", params={"id": first}))
    ok(client.post(f"{BASE}/collection/delete", json={"collectionIds": [second]}))
    assert (
        ok(client.post(f"{BASE}/collection/listV2", json={"datasetId": dataset_id, "pageSize": 10}))["total"]
        == 0
    )


def test_file_upload_decodes_uri_encoded_name(client: httpx.Client) -> None:
    dataset_id = make_dataset(client)
    data = json.dumps({"datasetId": dataset_id})
    created = ok(
        client.post(
            f"{BASE}/collection/create/localFile",
            files={"file": ("%E6%97%A5%E6%9C%AC.txt", b"one\n\ntwo", "text/plain")},
            data={"data": data},
        )
    )
    detail = ok(client.get(f"{BASE}/collection/detail", params={"id": created["collectionId"]}))
    assert detail["name"] == "日本.txt"
    # A raw UTF-8 name is read as Latin-1 by multer and comes back garbled, as on FastGPT.
    raw = ok(
        client.post(
            f"{BASE}/collection/create/localFile",
            files={"file": ("日本.txt", b"x", "text/plain")},
            data={"data": data},
        )
    )
    assert (
        ok(client.get(f"{BASE}/collection/detail", params={"id": raw["collectionId"]}))["name"] != "日本.txt"
    )


def test_link_collection_is_not_fetched(client: httpx.Client) -> None:
    dataset_id = make_dataset(client)
    created = ok(
        client.post(
            f"{BASE}/collection/create/link", json={"datasetId": dataset_id, "link": "https://example.com"}
        )
    )
    page = ok(
        client.post(f"{BASE}/data/v2/list", json={"collectionId": created["collectionId"], "pageSize": 5})
    )
    assert "does not fetch" in page["list"][0]["q"]
