"""Local checks of the conversation methods (nothing is sent) and the message part helpers."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from fastgpt_client import AppClient, ChatClient, ChatFile, Page, file_part, image_part, text_part

from .conftest import Harness, resolve

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(sent: list[httpx.Request]) -> Iterator[ChatClient]:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"code": 200, "statusText": "", "message": "", "data": None})

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        ChatClient(
            api_key="fastgpt-unit", base_url="http://localhost:3000", app_id="app-1", http_client=http
        ) as c,
    ):
        yield c


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda c: c.get_chat_histories(page_size=0), ValueError, "page_size must be 1 or more"),
        (lambda c: c.get_chat_histories(offset=-1), ValueError, "offset must be 0 or more"),
        (lambda c: c.get_chat_histories(offset=True), TypeError, "offset must be an int"),
        (lambda c: c.get_chat_histories(source="web"), ValueError, "source must be one of .*, not 'web'"),
        (lambda c: c.get_chat_histories(start_create_time=3), TypeError, "start_create_time"),
        (lambda c: c.iter_chat_histories(page_size="5"), TypeError, "page_size"),
        (lambda c: c.get_chat_init(""), ValueError, "chat_id"),
        (lambda c: c.get_chat_init(None), TypeError, "chat_id must be a string"),
        (lambda c: c.update_chat_history("c"), ValueError, "nothing to change"),
        (lambda c: c.update_chat_history("c", top="yes"), TypeError, "top"),
        (lambda c: c.delete_chat_histories([]), ValueError, "at least one"),
        (lambda c: c.delete_chat_histories("c1"), TypeError, "chat_ids must be a list of strings"),
        (lambda c: c.delete_chat_histories(["c1", ""]), ValueError, r"chat_ids\[1\] must be a non-empty"),
        (lambda c: c.get_chat_records("c", page_size=0), ValueError, "page_size"),
        (lambda c: c.iter_chat_records("", page_size=5), ValueError, "chat_id"),
        (lambda c: c.get_record_detail("c", ""), ValueError, "data_id"),
        (lambda c: c.delete_chat_record("c", ""), ValueError, "content_id"),
        (lambda c: c.send_feedback("c", "d", good=1), TypeError, "good"),
        (lambda c: c.get_suggested_questions("c", model=""), ValueError, "model"),
        (lambda c: c.upload_chat_file(b"x", chat_id="c"), ValueError, "filename"),
        (lambda c: c.upload_chat_file(b"", chat_id="c", filename="a"), ValueError, "empty"),
        (lambda c: c.upload_chat_file("/no/such/file", chat_id="c"), FileNotFoundError, "no file"),
        (lambda c: c.upload_chat_file(3, chat_id="c", filename="a"), TypeError, "path or bytes"),
        (lambda c: c.get_chat_histories(unknown=1), TypeError, "unexpected keyword"),
    ],
)
def test_arguments_are_checked_before_sending(
    client: ChatClient, sent: list[httpx.Request], call: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        call(client)
    assert sent == []


def test_app_id_is_required_somewhere(sent: list[httpx.Request], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FASTGPT_APP_ID", raising=False)
    with ChatClient(api_key="fastgpt-unit") as c, pytest.raises(ValueError, match="FASTGPT_APP_ID"):
        c.get_chat_histories()


def test_requests_follow_the_handlers(client: ChatClient, sent: list[httpx.Request]) -> None:
    import json

    client.get_chat_histories(
        offset=20, page_size=10, source="api", start_create_time=dt.datetime(2025, 1, 2, 3, 4, 5)
    )
    client.delete_chat_history("c1")
    client.clear_chat_histories(app_id="app-2")
    client.delete_chat_record("c1", "d1")
    client.send_feedback("c1", "d1", bad="wrong")
    client.send_feedback("c1", "d1", good=True)
    histories, delete, clear, record, bad, good = sent
    assert json.loads(histories.content) == {
        "appId": "app-1",
        "offset": 20,
        "pageSize": 10,
        "source": "api",
        "startCreateTime": "2025-01-02T03:04:05",
    }
    assert (delete.method, delete.url.params["appId"], delete.url.params["chatId"]) == (
        "DELETE",
        "app-1",
        "c1",
    )
    assert not delete.content
    assert clear.url.params["appId"] == "app-2"
    # FastGPT 4.14.11+'s route; the 4.14.10 route (POST /api/core/chat/item/delete with the same
    # body) is the fallback, checked in test_route_fallback.py
    assert (record.method, record.url.path, json.loads(record.content)) == (
        "DELETE",
        "/api/core/chat/record/delete",
        {"appId": "app-1", "chatId": "c1", "contentId": "d1"},
    )
    # absent feedback is left out of the body (FastGPT unsets it), never sent as null
    assert json.loads(bad.content) == {
        "appId": "app-1",
        "chatId": "c1",
        "dataId": "d1",
        "userBadFeedback": "wrong",
    }
    assert json.loads(good.content)["userGoodFeedback"] == "yes"
    assert "userBadFeedback" not in json.loads(good.content)


async def test_page_parsing_and_newest_first(api: Harness) -> None:
    import json

    body = {
        "code": 200,
        "data": {
            "list": [
                {"dataId": "old", "obj": "Human", "value": [{"type": "text", "text": {"content": "a"}}]},
                {"dataId": "new", "obj": "AI", "value": [], "extra": 1},
            ],
            "total": 6,
        },
    }
    asked: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request)
        return httpx.Response(200, json=body)

    client = api.client(handler, app_id="a")
    page = await resolve(client.get_chat_records("chat", offset=4, page_size=2))
    assert isinstance(page, Page)
    assert [r.data_id for r in page] == ["old", "new"]  # a page comes in chronological order
    assert (page.total, page.offset, page.next_offset) == (6, 4, None)
    assert page[1]["extra"] == 1
    iterator = client.iter_chat_records("chat", offset=4, page_size=2)
    records = [r async for r in iterator] if api.is_async else list(iterator)
    assert [r.data_id for r in records] == ["new", "old"]  # the iterator goes newest first
    assert records[0]["extra"] == 1
    # one request each: the page at offset 4 is the last
    assert [json.loads(r.content) for r in asked] == [
        {"appId": "a", "chatId": "chat", "offset": 4, "pageSize": 2}
    ] * 2
    await api.close(client)


def test_app_client_checks_locally() -> None:
    with AppClient(api_key="fastgpt-unit", app_id="a") as c:
        with pytest.raises(ValueError, match="timespan"):
            c.get_app_logs_chart(date_start="2025-01-01", date_end="2025-02-01", timespan="year")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="date_start"):
            c.get_app_logs_chart(date_start=20250101, date_end="2025-02-01")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="sources"):
            c.get_app_logs_chart(date_start=dt.date(2025, 1, 1), date_end="2025-02-01", sources="api")  # type: ignore[arg-type]


# -- parts ---------------------------------------------------------------------------------------


def test_image_part_from_url_path_and_bytes(tmp_path: Path) -> None:
    assert image_part("https://x.test/a.png") == {
        "type": "image_url",
        "image_url": {"url": "https://x.test/a.png"},
    }
    inline = image_part(PNG)
    url = inline["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == PNG
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0data")
    assert image_part(path)["image_url"]["url"].startswith("data:image/jpeg;base64,")
    assert image_part(str(path), mime_type="image/webp")["image_url"]["url"].startswith("data:image/webp;")
    with pytest.raises(ValueError, match="needs an image"):
        image_part(b"plain text")


def test_file_part_from_url_and_chat_file() -> None:
    assert file_part("https://x.test/docs/Annual%20report.pdf") == {
        "type": "file_url",
        "name": "Annual report.pdf",
        "url": "https://x.test/docs/Annual%20report.pdf",
    }
    assert file_part("https://x.test/a", name="a.txt")["name"] == "a.txt"
    doc = ChatFile(key="k", url="https://s3/k", name="a.pdf", content_type="application/pdf", size=3)
    assert file_part(doc) == {"type": "file_url", "name": "a.pdf", "url": "https://s3/k", "key": "k"}
    with pytest.raises(TypeError, match="upload_chat_file"):
        file_part(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not an image"):
        image_part(doc)


def test_chat_file_parts() -> None:
    image = ChatFile(key="k", url="https://s3/k", name="a.png", content_type="image/png", size=3)
    assert image.as_part() == {"type": "image_url", "image_url": {"url": "https://s3/k"}, "key": "k"}
    assert image_part(image) == image.as_part()
    assert text_part("hi") == {"type": "text", "text": "hi"}


async def test_records_without_item_types_parse_typed(api: Harness) -> None:
    """FastGPT 4.14.7+ stores and sends message items without `type` (chat.mdx's example)."""
    from fastgpt_api.models import (
        FileValueItem,
        InteractiveAnswerItem,
        OtherValueItem,
        ReasoningAnswerItem,
        TextAnswerItem,
        ToolAnswerItem,
    )

    values = [
        {"text": {"content": "你好"}},
        {"file": {"type": "image", "name": "a.png", "url": "https://s3/a.png", "key": "k"}},
        {"reasoning": {"content": "thinking"}},
        {"tools": [{"id": "t1", "toolName": "search", "params": "{}", "response": "ok"}]},
        {"interactive": {"type": "userSelect", "params": {"userSelectOptions": []}}},
        {"planId": "p1", "stepTitle": {"title": "Step 1"}},
        {"type": "text", "text": {"content": "a 4.14.6 record"}},
    ]
    body = {"code": 200, "data": {"list": [{"dataId": "d", "obj": "AI", "value": values}], "total": 1}}
    client = api.client(lambda request: httpx.Response(200, json=body), app_id="a")
    (record,) = await resolve(client.get_chat_records("chat"))
    kinds = [type(item) for item in record.value]
    assert kinds == [
        TextAnswerItem,
        FileValueItem,
        ReasoningAnswerItem,
        ToolAnswerItem,
        InteractiveAnswerItem,
        OtherValueItem,
        TextAnswerItem,
    ]
    assert record.value[0].text.content == "你好"
    assert record.value[1].file.url == "https://s3/a.png"
    assert record.value[5]["stepTitle"] == {"title": "Step 1"}
    assert record.value[6].text.content == "a 4.14.6 record"
    await api.close(client)
