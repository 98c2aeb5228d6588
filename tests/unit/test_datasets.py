"""DatasetClient requests on the wire, local validation and push_data's batching (MockTransport)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from fastgpt_api.models import ChunkSettings as GeneratedChunkSettings
from fastgpt_api.models import DataIndexInput, DataItemInput

from fastgpt_client import (
    APIConnectionError,
    AsyncDatasetClient,
    ChunkSettings,
    DatasetClient,
    InternalServerError,
    PushDataError,
)
from fastgpt_client.resources._async.collections import encode_filename

from .conftest import API_KEY, BASE_URL, resolve

PUSH = "/api/core/dataset/data/pushData"


def ok(data: Any) -> dict[str, Any]:
    return {"code": 200, "statusText": "", "message": "", "data": data}


class Server:
    """Answers by path; records every request. `fail_on` maps a push call number to a failure."""

    def __init__(self, fail_on: dict[int, Any] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.fail_on = fail_on or {}
        self.pushes = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == PUSH:
            self.pushes += 1
            failure = self.fail_on.get(self.pushes)
            if isinstance(failure, Exception):
                raise failure
            if failure is not None:
                return httpx.Response(500, json=failure)
            return httpx.Response(200, json=ok({"insertLen": len(json.loads(request.content)["data"])}))
        if path.endswith("/searchTest"):
            return httpx.Response(200, json=ok(SEARCH))
        if path.endswith(("/listV2", "/v2/list")):
            return httpx.Response(200, json=ok({"list": [{"_id": "x", "q": "q", "name": "n"}], "total": 1}))
        if path.endswith("/create/localFile") or path.endswith("/create/text"):
            return httpx.Response(200, json=ok({"collectionId": "c1", "results": {"insertLen": 2}}))
        return httpx.Response(200, json=ok("new-id"))

    def bodies(self, path: str) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests if r.url.path == path]


SEARCH = {
    "list": [
        {"id": "d1", "q": "best", "a": "", "score": [{"type": "embedding", "value": 0.9, "index": 0}]},
        {"id": "d2", "q": "second", "score": [{"type": "fullText", "value": 0.5, "index": 1}]},
    ],
    "duration": "0.532s",
    "limit": 5000,
    "searchMode": "mixedRecall",
    "usingReRank": False,
    "similarity": 0.3,
}


@pytest.fixture(params=["sync", "async"])
def make(request: pytest.FixtureRequest) -> Any:
    def factory(server: Server) -> Any:
        transport = httpx.MockTransport(server)
        if request.param == "async":
            return AsyncDatasetClient(
                api_key=API_KEY, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)
            )
        return DatasetClient(
            api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport)
        )

    return factory


def items(count: int) -> list[dict[str, Any]]:
    return [{"q": f"q{i}", "a": f"a{i}"} for i in range(count)]


# -- push_data --------------------------------------------------------------------------------------
async def test_push_splits_into_batches_of_200(make: Any) -> None:
    server = Server()
    result = await resolve(make(server).push_data("c1", items(450), training_type="qa", prompt="p"))
    sent = server.bodies(PUSH)
    assert [len(b["data"]) for b in sent] == [200, 200, 50]
    assert sent[0]["collectionId"] == "c1"
    assert (sent[0]["trainingType"], sent[0]["prompt"]) == ("qa", "p")
    assert sent[2]["data"][-1] == {"q": "q449", "a": "a449"}
    assert [(b.start, b.end, b.inserted) for b in result.batches] == [
        (0, 200, 200),
        (200, 400, 200),
        (400, 450, 50),
    ]
    assert (result.inserted, result.sent, result.next_index, result.complete) == (450, 450, 450, True)


async def test_push_accepts_generators_models_and_start(make: Any) -> None:
    server = Server()
    models = [DataItemInput(q="m", a="n", indexes=[DataIndexInput(text="idx", type_="custom")])]
    generated = (item for item in [*items(3), *models])
    result = await resolve(make(server).push_data("c1", generated, batch_size=2, start=1))
    assert [[d["q"] for d in b["data"]] for b in server.bodies(PUSH)] == [["q1", "q2"], ["m"]]
    assert server.bodies(PUSH)[1]["data"][0]["indexes"] == [{"type": "custom", "text": "idx"}]
    assert (result.start, result.sent) == (1, 3)


@pytest.mark.parametrize(
    ("bad", "match"),
    [
        ({"q": ""}, r"items\[2\]\.q must be a non-empty string"),
        ({"a": "no q"}, r"items\[2\]\.q"),
        (
            {"q": "x", "indexes": [{"type": "vector", "text": "t"}]},
            r"items\[2\]\.indexes\[0\]\.type must be one of",
        ),
        ({"q": "x", "indexes": [{"type": "custom"}]}, r"items\[2\]\.indexes\[0\]\.text"),
        ({"q": "x", "a": 3}, r"items\[2\]\.a must be a string"),
        ("just text", r"items\[2\] must be a dict"),
    ],
)
async def test_every_item_is_checked_before_sending(make: Any, bad: Any, match: str) -> None:
    server = Server()
    with pytest.raises((ValueError, TypeError), match=match):
        await resolve(make(server).push_data("c1", [*items(2), bad, *items(500)]))
    assert server.requests == []


@pytest.mark.parametrize("kwargs", [{"batch_size": 0}, {"batch_size": 201}, {"start": 4}, {"start": -1}])
async def test_push_argument_checks(make: Any, kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"batch_size|start"):
        await resolve(make(Server()).push_data("c1", items(3), **kwargs))


async def test_push_rejects_a_single_dict(make: Any) -> None:
    with pytest.raises(TypeError, match="items must be a list"):
        await resolve(make(Server()).push_data("c1", {"q": "x"}))


async def test_failed_batch_reports_progress_and_resume_point(make: Any) -> None:
    envelope = {"code": 500, "statusText": "error", "message": "boom", "data": None}
    server = Server(fail_on={3: envelope})
    with pytest.raises(PushDataError) as caught:
        await resolve(make(server).push_data("c1", items(1000)))
    err = caught.value
    assert isinstance(err.error, InternalServerError)
    assert err.__cause__ is err.error
    assert (err.next_index, err.failed, err.stored) == (400, range(400, 600), range(0, 400))
    assert err.result.inserted == 400
    assert len(err.remaining_items) == 600
    assert err.remaining_items[0] == {"q": "q400", "a": "a400"}
    assert not err.maybe_stored
    assert server.pushes == 3  # a business error is not retried
    text = str(err)
    assert "batch 3 of 5" in text
    assert "items 0-399 were stored" in text
    assert "items 600-999 were not sent" in text

    resumed_server = Server()
    resumed = await resolve(make(resumed_server).push_data("c1", items(1000), start=err.next_index))
    assert [b["data"][0]["q"] for b in resumed_server.bodies(PUSH)] == ["q400", "q600", "q800"]
    assert resumed.inserted == 600


async def test_broken_read_is_not_resent_and_flagged(make: Any) -> None:
    server = Server(fail_on={2: httpx.ReadError("connection reset")})
    with pytest.raises(PushDataError) as caught:
        await resolve(make(server).push_data("c1", items(300)))
    assert isinstance(caught.value.error, APIConnectionError)
    assert caught.value.maybe_stored
    assert "may or may not have been stored" in str(caught.value)
    assert server.pushes == 2


async def test_connect_error_is_retried_then_not_stored(make: Any) -> None:
    server = Server(
        fail_on={
            1: httpx.ConnectError("refused"),
            2: httpx.ConnectError("refused"),
            3: httpx.ConnectError("refused"),
        }
    )
    with pytest.raises(PushDataError) as caught:
        await resolve(make(server).push_data("c1", items(10)))
    assert not caught.value.maybe_stored
    assert server.pushes == 3  # max_retries=2: connect errors cannot have run


# -- other requests ---------------------------------------------------------------------------------
async def test_create_dataset_body(make: Any) -> None:
    server = Server()
    dataset_id = await resolve(
        make(server).create_dataset("KB", intro="i", vector_model="v", agent_model="g")
    )
    assert dataset_id == "new-id"
    # `avatar` is always sent since FastGPT 4.14.11 requires it: the icon FastGPT gives a dataset
    assert server.bodies("/api/core/dataset/create") == [
        {
            "name": "KB",
            "type": "dataset",
            "intro": "i",
            "avatar": "core/dataset/commonDatasetColor",
            "vectorModel": "v",
            "agentModel": "g",
        }
    ]


@pytest.mark.parametrize(
    "settings",
    [
        ChunkSettings(
            chunk_setting_mode="custom", chunk_split_mode="size", chunk_size=512, training_type="qa"
        ),
        GeneratedChunkSettings(
            chunk_setting_mode="custom", chunk_split_mode="size", chunk_size=512, training_type="qa"
        ),
        {"chunkSettingMode": "custom", "chunkSplitMode": "size", "chunkSize": 512, "trainingType": "qa"},
    ],
)
async def test_chunk_settings_in_every_form(make: Any, settings: Any) -> None:
    server = Server()
    await resolve(make(server).create_text_collection("d1", "n", "text", chunk_settings=settings, tags=["t"]))
    assert server.bodies("/api/core/dataset/collection/create/text") == [
        {
            "datasetId": "d1",
            "tags": ["t"],
            "chunkSettingMode": "custom",
            "chunkSplitMode": "size",
            "chunkSize": 512,
            "trainingType": "qa",
            "name": "n",
            "text": "text",
        }
    ]


async def test_file_upload_is_multipart_with_encoded_name(make: Any) -> None:
    server = Server()
    client = make(server)
    await resolve(
        client.create_file_collection(
            "d1", b"hello", filename="Résumé 日本 100%.txt", chunk_settings=ChunkSettings(chunk_size=9)
        )
    )
    request = server.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert "+++" not in request.headers["content-type"]
    body = request.content.decode("latin-1")
    encoded = encode_filename("Résumé 日本 100%.txt")
    assert encoded.isascii()
    assert unquote(encoded) == "Résumé 日本 100%.txt"
    assert f'filename="{encoded}"' in body
    assert '{"datasetId":"d1","chunkSize":9}' in body


def test_encode_filename_matches_encode_uri_component() -> None:
    assert encode_filename("a b(1)!*'~_-.txt") == "a%20b(1)!*'~_-.txt"
    assert encode_filename("%") == "%25"


async def test_file_needs_a_name_for_bytes(make: Any) -> None:
    with pytest.raises(ValueError, match="filename"):
        await resolve(make(Server()).create_file_collection("d1", b"x"))


async def test_search_result_is_typed(make: Any) -> None:
    server = Server()
    result = await resolve(
        make(server).search_test(
            "d1", "query", limit=100, similarity=0.2, search_mode="mixedRecall", using_rerank=False
        )
    )
    assert server.bodies("/api/core/dataset/searchTest") == [
        {
            "datasetId": "d1",
            "text": "query",
            "limit": 100,
            "similarity": 0.2,
            "searchMode": "mixedRecall",
            "usingReRank": False,
        }
    ]
    assert [item.q for item in result] == ["best", "second"]
    assert result[0].score[0].value == 0.9
    assert (result.duration, result.search_mode, result.limit, result.using_rerank) == (
        0.532,
        "mixedRecall",
        5000,
        False,
    )


def test_search_accepts_the_documented_bare_list() -> None:
    from fastgpt_client.resources._async.search import parse_search_result

    result = parse_search_result(ok([{"id": "d", "q": "q", "score": 0.7}]))
    assert result[0].score[0].value == 0.7


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "match"),
    [
        ("list_data", ("c1",), {"page_size": 31}, "between 1 and 30"),
        ("list_collections", ("d1",), {"page_size": 101}, "between 1 and 100"),
        ("list_collections", ("d1",), {"offset": -1}, "offset"),
        ("create_collection", ("d1", "n"), {"type": "file"}, "virtual"),
        ("update_collection", ("c1",), {}, "something to change"),
        ("update_data", ("x",), {}, "something to change"),
        ("update_data", ("x",), {"indexes": [{"type": "nope", "text": "t"}]}, "type must be one of"),
        ("delete_collections", ([],), {}, "at least one"),
        ("search_test", ("d1", " "), {}, "non-empty"),
        ("search_test", ("d1", "q"), {"search_mode": "vector"}, "search_mode"),
        ("get_dataset", ("",), {}, "dataset_id"),
        ("create_link_collection", ("d1", "example.com"), {}, "http"),
    ],
)
async def test_local_argument_checks(
    make: Any, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], match: str
) -> None:
    server = Server()
    with pytest.raises(ValueError, match=match):
        await resolve(getattr(make(server), method)(*args, **kwargs))
    assert server.requests == []


async def test_unknown_option_is_a_type_error(make: Any) -> None:
    with pytest.raises(TypeError, match="unexpected keyword"):
        await resolve(make(Server()).get_dataset("d1", colour="red"))


async def test_paging_requests(make: Any) -> None:
    server = Server()
    page = await resolve(make(server).list_data("c1", offset=30, search_text="x"))
    assert server.bodies("/api/core/dataset/data/v2/list") == [
        {"collectionId": "c1", "searchText": "x", "offset": 30, "pageSize": 30}
    ]
    assert (page.offset, page.total, page.next_offset) == (30, 1, None)


async def test_delete_collections_sends_ids(make: Any) -> None:
    server = Server()
    await resolve(make(server).delete_collections("c1"))
    await resolve(make(server).delete_collections(["c2", "c3"]))
    assert server.bodies("/api/core/dataset/collection/delete") == [
        {"collectionIds": ["c1"]},
        {"collectionIds": ["c2", "c3"]},
    ]


# -- the spec is the one list of choices ------------------------------------------------------------
def test_hand_written_choice_types_are_the_specs() -> None:
    from typing import get_args, get_type_hints

    from fastgpt_api.models.chunk_setting_mode import CHUNK_SETTING_MODE_VALUES
    from fastgpt_api.models.chunk_split_mode import CHUNK_SPLIT_MODE_VALUES
    from fastgpt_api.models.chunk_trigger_type import CHUNK_TRIGGER_TYPE_VALUES
    from fastgpt_api.models.data_index_type import DATA_INDEX_TYPE_VALUES
    from fastgpt_api.models.paragraph_chunk_ai_mode import PARAGRAPH_CHUNK_AI_MODE_VALUES
    from fastgpt_api.models.search_mode import SEARCH_MODE_VALUES
    from fastgpt_api.models.training_type import TRAINING_TYPE_VALUES

    from fastgpt_client.resources._async import data
    from fastgpt_client.types import datasets

    assert set(get_args(datasets.TrainingTypeName)) == TRAINING_TYPE_VALUES
    assert set(get_args(datasets.SearchModeName)) == SEARCH_MODE_VALUES
    hints = get_type_hints(datasets.ChunkSettings)
    for name, values in [
        ("chunk_setting_mode", CHUNK_SETTING_MODE_VALUES),
        ("chunk_split_mode", CHUNK_SPLIT_MODE_VALUES),
        ("chunk_trigger_type", CHUNK_TRIGGER_TYPE_VALUES),
        ("paragraph_chunk_ai_mode", PARAGRAPH_CHUNK_AI_MODE_VALUES),
    ]:
        (literal,) = [arg for arg in get_args(hints[name]) if arg is not type(None)]
        assert set(get_args(literal)) == values, name
    assert set(data.index_types()) == DATA_INDEX_TYPE_VALUES
    assert "imageEmbedding" in data.index_types()  # FastGPT 4.16's image indexes
    assert set(data.training_types()) == TRAINING_TYPE_VALUES


@pytest.mark.parametrize("answer", [None, "success"], ids=["4.16-null", "4.14-success"])
async def test_delete_data_accepts_both_answers(make: Any, answer: Any) -> None:
    class Answers(Server):
        def __call__(self, request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return httpx.Response(200, json=ok(answer))

    server = Answers()
    assert await resolve(make(server).delete_data("d1")) is None
    assert (server.requests[0].method, server.requests[0].url.params["id"]) == ("DELETE", "d1")


async def test_create_collection_type_comes_from_the_spec(make: Any) -> None:
    server = Server()
    await resolve(make(server).create_collection("d1", "F", type="folder"))
    assert server.bodies("/api/core/dataset/collection/create") == [
        {"datasetId": "d1", "name": "F", "type": "folder"}
    ]
