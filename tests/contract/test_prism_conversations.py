"""Every conversation and AppClient method's request is valid against openapi/fastgpt.yaml, as
Prism judges it (422 for an invalid request, 401 without credentials: both would raise).

`upload_chat_file` runs whole, with its presign and read-URL requests judged by Prism: Prism
answers the presign with an example URL that points nowhere, so the PUT to storage is answered
by the test's transport (the PUT itself is covered against the emulator).
"""

from __future__ import annotations

import datetime as dt
import json

import httpx

from fastgpt_client import AppClient, AsyncAppClient, AsyncChatClient, ChatClient, Page

KEY = "fastgpt-contract0000000000000000000000000000000000000000"
APP_ID = "6641b0e0f1c2d3e4f5a6b7c8"


def test_chat_client_conversation_requests(prism_url: str) -> None:
    with ChatClient(api_key=KEY, base_url=prism_url, app_id=APP_ID) as client:
        page = client.get_chat_histories(
            offset=0,
            page_size=5,
            source="api",
            start_create_time=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
            end_update_time="2025-12-31T00:00:00Z",
        )
        assert isinstance(page, Page)
        list(client.iter_chat_histories(page_size=5))
        client.get_chat_init("chat-1")
        client.update_chat_history("chat-1", custom_title="Renamed", top=True)
        client.delete_chat_history("chat-1")
        client.clear_chat_histories()
        client.delete_chat_histories(["chat-1", "chat-2"])
        assert isinstance(client.get_chat_records("chat-1", page_size=5, load_custom_feedbacks=True), Page)
        list(client.iter_chat_records("chat-1", page_size=5))
        assert isinstance(client.get_record_detail("chat-1", "data-1"), list)
        client.delete_chat_record("chat-1", "data-1")
        client.send_feedback("chat-1", "data-1", good="Helpful")
        client.send_feedback("chat-1", "data-1")
        assert isinstance(
            client.get_suggested_questions("chat-1", model="gpt-4o-mini", custom_prompt="Be brief"), list
        )


def test_chat_client_upload_requests(prism_url: str) -> None:
    storage = StorageStub(prism_url)
    with (
        httpx.Client(transport=storage) as http,
        ChatClient(api_key=KEY, base_url=prism_url, app_id=APP_ID, http_client=http) as client,
    ):
        uploaded = client.upload_chat_file(b"hello", chat_id="chat-1", filename="a.txt")
    assert uploaded.key
    assert isinstance(uploaded.url, str)
    (put,) = storage.puts
    assert put.content == b"hello"
    assert "authorization" not in put.headers


class StorageStub(httpx.HTTPTransport):
    """Prism for FastGPT's routes; the PUT to the presigned storage URL (Prism's example URL
    is not even absolute) is answered here and recorded. Prism's presign answer is its static
    example (`url: "string"`, `maxSize: 0`, which would refuse every file), so the stub gives
    it a storage URL and a 1 MiB limit."""

    def __init__(self, prism_url: str) -> None:
        super().__init__()
        self.prism = httpx.URL(prism_url)
        self.puts: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PUT" and request.url.netloc != self.prism.netloc:
            request.read()
            self.puts.append(request)
            return httpx.Response(200)
        response = super().handle_request(request)
        if request.url.path.endswith("/presignChatFilePostUrl") and response.is_success:
            body = json.loads(response.read())
            body["data"].update(url="https://storage.invalid/chat/a.txt", maxSize=1 << 20)
            return httpx.Response(response.status_code, json=body)
        return response


async def test_async_chat_client_conversation_requests(prism_url: str) -> None:
    async with AsyncChatClient(api_key=KEY, base_url=prism_url, app_id=APP_ID) as client:
        await client.get_chat_histories(page_size=5)
        [h async for h in client.iter_chat_histories(page_size=5)]
        await client.get_chat_init("chat-1")
        await client.update_chat_history("chat-1", top=False)
        await client.delete_chat_history("chat-1")
        await client.clear_chat_histories()
        await client.delete_chat_histories(["chat-1"])
        await client.get_chat_records("chat-1")
        [r async for r in client.iter_chat_records("chat-1", page_size=5)]
        await client.get_record_detail("chat-1", "data-1")
        await client.delete_chat_record("chat-1", "data-1")
        await client.send_feedback("chat-1", "data-1", bad=True)
        await client.get_suggested_questions("chat-1")


def test_app_client_requests(prism_url: str) -> None:
    with AppClient(api_key=KEY, base_url=prism_url, app_id=APP_ID) as client:
        client.get_app_total_data()
        client.get_app_logs_chart(
            date_start=dt.date(2025, 1, 1), date_end="2025-01-31", sources=["api", "online"], utc_offset=8
        )


async def test_async_app_client_requests(prism_url: str) -> None:
    async with AsyncAppClient(api_key=KEY, base_url=prism_url, app_id=APP_ID) as client:
        await client.get_app_total_data()
        await client.get_app_logs_chart(date_start="2025-01-01", date_end="2025-01-31", timespan="week")
