"""The requests of the calls FastGPT 4.16 changed validate against FastGPT's own 4.16.0 documents
(`openapi/upstream/`), and the answers of both versions parse.

A scripted FastGPT (MockTransport) answers each route with a minimal 4.16 envelope and records
what the SDK sent; `tests/contract/upstream.py` judges each request as FastGPT's zod schemas
would (HTTP 400 "Data validation error" on a real server).
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from fastgpt_client import (
    APIError,
    AsyncChatClient,
    AsyncDatasetClient,
    ChatClient,
    DatasetClient,
    UpdatedData,
)
from fastgpt_client.resources._async.datasets import DEFAULT_AVATARS
from tests.contract import upstream

from .conftest import API_KEY, BASE_URL, resolve

APP = "68ad85a7463006c963799a05"  # FastGPT's ids are 24 hex digits (ObjectIdSchema)
DATASET = "68ad85a7463006c963799a06"
COLLECTION = "68ad85a7463006c963799a07"
DATA = "68ad85a7463006c963799a08"
CHAT = "chat-1"
STORAGE = "https://storage.test/bucket/chat/a.txt?X-Amz-Signature=abc"


def ok(data: Any) -> dict[str, Any]:
    return {"code": 200, "statusText": "", "message": "", "data": data}


ANSWERS: dict[str, Any] = {
    "/api/core/dataset/create": DATASET,
    "/api/core/dataset/data/detail": {"id": DATA, "q": "What is FastGPT?", "a": "old", "indexes": []},
    "/api/core/dataset/data/update": {"q": "What is FastGPT?", "a": "An agent platform"},
    "/api/core/dataset/collection/create": COLLECTION,
    "/api/core/chat/file/presignChatFilePostUrl": {
        "url": STORAGE,
        "key": "chat/app/u/chat-1/a.txt",
        "headers": {"Content-Type": "text/plain"},
        "previewUrl": "https://storage.test/preview/a.txt",
        "maxSize": 1 << 20,
        "uploadMode": "single",
    },
    "/api/core/chat/file/presignChatFileGetUrl": "https://storage.test/read/a.txt",
    "/api/core/chat/init": {"chatId": CHAT, "appId": APP, "chatGenerateStatus": 1, "hasBeenRead": True},
    "/api/core/chat/history/getHistories": {
        "list": [
            {
                "chatId": CHAT,
                "updateTime": "2026-08-20T08:00:00.000Z",
                "title": "Hi",
                "appId": APP,
                "chatGenerateStatus": 0,
                "hasBeenRead": False,
            }
        ],
        "total": 1,
    },
    "/api/core/chat/record/getPaginationRecords": {"list": [], "total": 0},
    "/api/core/dataset/list": [],
    "/api/core/dataset/data/pushData": {"insertLen": 1},
}


class Recorder:
    """Answers from `ANSWERS` (or `overrides`) and records `(method, path, query, body)`."""

    def __init__(self, overrides: dict[str, Any] | None = None) -> None:
        self.answers = {**ANSWERS, **(overrides or {})}
        self.sent: list[tuple[str, str, dict[str, str], Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "storage.test":
            return httpx.Response(200)  # the PUT to object storage: not FastGPT's, not judged
        body = json.loads(request.content) if request.content else None
        self.sent.append((request.method, request.url.path, dict(request.url.params), body))
        answer = self.answers.get(request.url.path)
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200, json=ok(answer))

    def problems(self) -> list[str]:
        """Every recorded request's problems under FastGPT 4.16.0's operation, `METHOD path: ...`."""
        found: list[str] = []
        for method, path, query, body in self.sent:
            issues = upstream.validate_request(method, path, body, query)
            if body is not None:
                issues += upstream.unknown_request_fields(method, path, body)
            found += [f"{method} {path}: {issue}" for issue in issues]
        return found

    def routes(self) -> list[str]:
        return [f"{method} {path}" for method, path, _, _ in self.sent]

    def body(self, path: str) -> Any:
        (found,) = [body for _, sent_path, _, body in self.sent if sent_path == path]
        return found


@pytest.fixture(params=["sync", "async"])
def make(request: pytest.FixtureRequest) -> Callable[..., Any]:
    def factory(recorder: Recorder, kind: str = "chat") -> Any:
        transport = httpx.MockTransport(recorder)
        is_async = request.param == "async"
        http: httpx.Client | httpx.AsyncClient = (
            httpx.AsyncClient(transport=transport) if is_async else httpx.Client(transport=transport)
        )
        if kind == "chat":
            cls: Any = AsyncChatClient if is_async else ChatClient
        else:
            cls = AsyncDatasetClient if is_async else DatasetClient
        return cls(api_key=API_KEY, base_url=BASE_URL, app_id=APP, http_client=http)

    return factory


# -- M15: create_dataset sends type, intro and avatar ---------------------------------------------
async def test_create_dataset_with_only_a_name_validates(make: Any) -> None:
    recorder = Recorder()
    assert await resolve(make(recorder, "dataset").create_dataset("Docs")) == DATASET
    assert recorder.problems() == []
    assert recorder.body("/api/core/dataset/create") == {
        "name": "Docs",
        "type": "dataset",
        "intro": "",
        "avatar": "core/dataset/commonDatasetColor",
    }


@pytest.mark.parametrize("kind", sorted(DEFAULT_AVATARS))
async def test_every_dataset_kind_gets_fastgpts_icon(make: Any, kind: str) -> None:
    recorder = Recorder()
    await resolve(make(recorder, "dataset").create_dataset("Docs", type=kind))
    assert recorder.problems() == []
    assert recorder.body("/api/core/dataset/create")["avatar"] == DEFAULT_AVATARS[kind]


async def test_given_intro_and_avatar_are_sent_as_given(make: Any) -> None:
    recorder = Recorder()
    client = make(recorder, "dataset")
    await resolve(client.create_dataset("Docs", type="folder", intro="About", avatar="", parent_id=DATASET))
    assert recorder.problems() == []
    body = recorder.body("/api/core/dataset/create")
    assert (body["type"], body["intro"], body["avatar"], body["parentId"]) == ("folder", "About", "", DATASET)


def test_the_icon_table_covers_exactly_the_specs_dataset_types() -> None:
    from fastgpt_api.models.dataset_type import DATASET_TYPE_VALUES

    assert set(DEFAULT_AVATARS) == DATASET_TYPE_VALUES
    schema = upstream.request_schema("POST", "/api/core/dataset/create")
    assert schema is not None
    assert set(schema["properties"]["type"]["enum"]) == DATASET_TYPE_VALUES


async def test_list_datasets_type_is_checked_against_the_spec(make: Any) -> None:
    recorder = Recorder()
    client = make(recorder, "dataset")
    await resolve(client.list_datasets(type="dingtalk"))
    assert recorder.problems() == []
    with pytest.raises(ValueError, match="type must be one of"):
        await resolve(client.list_datasets(type="team"))


# -- M30: update_data sends q and returns the new text --------------------------------------------
async def test_update_data_without_q_sends_the_current_q(make: Any) -> None:
    recorder = Recorder()
    updated = await resolve(make(recorder, "dataset").update_data(DATA, a="An agent platform"))
    assert recorder.routes() == ["GET /api/core/dataset/data/detail", "PUT /api/core/dataset/data/update"]
    assert recorder.problems() == []
    assert recorder.body("/api/core/dataset/data/update") == {
        "dataId": DATA,
        "q": "What is FastGPT?",
        "a": "An agent platform",
    }
    assert updated == UpdatedData(q="What is FastGPT?", a="An agent platform")


async def test_update_data_with_q_reads_nothing_first(make: Any) -> None:
    recorder = Recorder()
    await resolve(make(recorder, "dataset").update_data(DATA, q="New question"))
    assert recorder.routes() == ["PUT /api/core/dataset/data/update"]
    assert recorder.problems() == []


@pytest.mark.parametrize("answer", [None, "success"], ids=["null", "success"])
async def test_update_data_on_4_14_returns_none_fields(make: Any, answer: Any) -> None:
    recorder = Recorder({"/api/core/dataset/data/update": answer})
    updated = await resolve(make(recorder, "dataset").update_data(DATA, q="q"))
    assert updated == UpdatedData(q=None, a=None)


async def test_update_data_indexes_take_image_embedding(make: Any) -> None:
    recorder = Recorder()
    indexes = [{"type": "imageEmbedding", "text": "dataset/img.png"}, {"type": "custom", "text": "t"}]
    await resolve(make(recorder, "dataset").update_data(DATA, q="q", indexes=indexes))
    assert recorder.problems() == []
    assert recorder.body("/api/core/dataset/data/update")["indexes"] == indexes


# -- M27: an image item needs no q; metadata passes -----------------------------------------------
async def test_push_data_image_items_and_metadata(make: Any) -> None:
    recorder = Recorder()
    items = [{"imageId": "img-1"}, {"q": "q", "a": "a", "metadata": {"source": "faq.csv", "row": 3}}]
    await resolve(make(recorder, "dataset").push_data(COLLECTION, items))
    assert recorder.problems() == []
    assert recorder.body("/api/core/dataset/data/pushData")["data"] == items
    with pytest.raises(ValueError, match=r"items\[0\]\.q must be given"):
        await resolve(make(Recorder(), "dataset").push_data(COLLECTION, [{"a": "only an answer"}]))
    with pytest.raises(TypeError, match=r"items\[0\]\.metadata"):
        await resolve(make(Recorder(), "dataset").push_data(COLLECTION, [{"q": "q", "metadata": [1]}]))


# -- M19: metadata on an empty collection is deprecated ------------------------------------------
async def test_create_collection_without_metadata_sends_only_known_fields(make: Any) -> None:
    recorder = Recorder()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await resolve(make(recorder, "dataset").create_collection(DATASET, "Empty", tags=["t"]))
    assert recorder.problems() == []


async def test_create_collection_metadata_warns_and_is_still_sent_for_4_14(make: Any) -> None:
    recorder = Recorder()
    with pytest.warns(DeprecationWarning, match="FastGPT 4.16 ignores metadata"):
        await resolve(make(recorder, "dataset").create_collection(DATASET, "Empty", metadata={"k": 1}))
    assert recorder.body("/api/core/dataset/collection/create")["metadata"] == {"k": 1}


# -- M34: the read URL is asked for with the chat ---------------------------------------------------
async def test_upload_chat_file_asks_for_the_url_with_the_chat(make: Any) -> None:
    recorder = Recorder()
    uploaded = await resolve(make(recorder).upload_chat_file(b"hello", chat_id=CHAT, filename="a.txt"))
    assert recorder.routes() == [
        "POST /api/core/chat/file/presignChatFilePostUrl",
        "POST /api/core/chat/file/presignChatFileGetUrl",
    ]
    assert recorder.problems() == []
    assert recorder.body("/api/core/chat/file/presignChatFileGetUrl") == {
        "key": "chat/app/u/chat-1/a.txt",
        "appId": APP,
        "chatId": CHAT,
    }
    # no size hint: 4.16 would answer a large one with a multipart upload
    assert "size" not in recorder.body("/api/core/chat/file/presignChatFilePostUrl")
    assert uploaded.url == "https://storage.test/read/a.txt"


async def test_a_multipart_presign_is_refused_before_uploading(make: Any) -> None:
    multipart = {
        **ANSWERS["/api/core/chat/file/presignChatFilePostUrl"],
        "uploadMode": "multipart",
        "completeUrl": "/api/core/chat/file/completeMultipart",
        "abortUrl": "/api/core/chat/file/abortMultipart",
        "partSize": 8388608,
        "concurrency": 3,
        "maxRetry": 3,
    }
    recorder = Recorder({"/api/core/chat/file/presignChatFilePostUrl": multipart})
    with pytest.raises(APIError, match="does not support multipart uploads") as caught:
        await resolve(make(recorder).upload_chat_file(b"hello", chat_id=CHAT, filename="big.bin"))
    assert "'multipart'" in str(caught.value)
    assert recorder.routes() == ["POST /api/core/chat/file/presignChatFilePostUrl"]  # nothing uploaded


# -- M0: deleting a record -----------------------------------------------------------------------
async def test_delete_chat_record_validates(make: Any) -> None:
    recorder = Recorder()
    await resolve(make(recorder).delete_chat_record(CHAT, "d1"))
    assert recorder.routes() == ["DELETE /api/core/chat/record/delete"]
    assert recorder.problems() == []


# -- M4 / M5 / M10: history, init and records ------------------------------------------------------
async def test_history_sources_are_4_16s(make: Any) -> None:
    recorder = Recorder()
    client = make(recorder)
    page = await resolve(client.get_chat_histories(source="wechat"))
    assert recorder.problems() == []
    assert (page[0].chat_generate_status, page[0].has_been_read) == (0, False)
    with pytest.raises(ValueError, match="source must be one of"):
        await resolve(client.get_chat_histories(source="team"))  # 4.16 rejects it (team chats are gone)


async def test_chat_init_sends_load_custom_feedbacks_only_when_true(make: Any) -> None:
    recorder = Recorder()
    client = make(recorder)
    init = await resolve(client.get_chat_init(CHAT, load_custom_feedbacks=True))
    await resolve(client.get_chat_init(CHAT, load_custom_feedbacks=False))
    await resolve(client.get_chat_init(CHAT))
    queries = [query for _, _, query, _ in recorder.sent]
    assert queries == [
        {"appId": APP, "chatId": CHAT, "loadCustomFeedbacks": "true"},
        {"appId": APP, "chatId": CHAT},  # "false" would mean true: z.coerce.boolean()
        {"appId": APP, "chatId": CHAT},
    ]
    assert recorder.problems() == []
    assert (init.chat_generate_status, init.has_been_read) == (1, True)
    with pytest.raises(TypeError, match="load_custom_feedbacks"):
        await resolve(client.get_chat_init(CHAT, load_custom_feedbacks="yes"))


async def test_chat_records_include_deleted(make: Any) -> None:
    recorder = Recorder()
    await resolve(make(recorder).get_chat_records(CHAT, include_deleted=True))
    assert recorder.problems() == []
    assert recorder.body("/api/core/chat/record/getPaginationRecords")["includeDeleted"] is True
