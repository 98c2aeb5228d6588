"""A presigned upload that no FastGPT would send is refused before anything is uploaded.

`upload_chat_file` PUTs the bytes to the URL, with the headers, that the presign answer names.
A server (or a proxy) that answers with a URL or headers the PUT cannot be sent with (a bad
port, a NUL, non-ASCII or non-string header values, a scheme other than http(s), headers that
would change the request's framing) gets `APIResponseValidationError` naming the field, never a
raw httpx/h11 error, an OverflowError from the socket layer or a misleading message. The URL is
never quoted (it carries the storage's signature). Over a real socket: the server below answers
the presign with whatever the test says, and records whether a PUT ever arrived.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from typing import Any

import pytest

from fastgpt_client import APIResponseValidationError, AsyncChatClient, ChatClient

from ._raw_server import KEY, RawRequest, RawServer, send_json, send_response

SIGNATURE = "X-Amz-Signature=s3cr3tS1gnatur3"


def storage(presign: Callable[[str], dict[str, Any]]) -> Callable[[RawRequest, socket.socket], None]:
    """FastGPT's three answers: the presign (`presign(own_url)` as its data), the storage's PUT,
    the presigned read URL."""

    def handler(request: RawRequest, conn: socket.socket) -> None:
        own = f"http://{request.headers['host']}"
        if request.path.endswith("/presignChatFilePostUrl"):
            send_json(conn, {"code": 200, "statusText": "", "message": "", "data": presign(own)})
        elif request.method == "PUT":
            send_response(conn, b"", content_type="text/plain")
        else:
            send_json(conn, {"code": 200, "statusText": "", "message": "", "data": f"{own}/read/file.txt"})

    return handler


def good(own: str) -> dict[str, Any]:
    return {"url": f"{own}/upload/file.txt?{SIGNATURE}", "key": "chat/app/file.txt", "headers": {}}


def with_data(**fields: object) -> Callable[[str], dict[str, Any]]:
    def presign(own: str) -> dict[str, Any]:
        data = good(own)
        for name, value in fields.items():
            if value is _ABSENT:
                data.pop(name, None)
            else:
                data[name] = value(own) if callable(value) else value
        return data

    return presign


_ABSENT = object()

BAD_URLS: dict[str, object] = {
    "port-too-big": lambda own: f"http://127.0.0.1:99999/up?{SIGNATURE}",
    "port-zero": lambda own: f"http://127.0.0.1:0/up?{SIGNATURE}",
    "port-not-a-number": lambda own: f"http://127.0.0.1:abc/up?{SIGNATURE}",
    "nul": lambda own: f"{own}/up\x00load?{SIGNATURE}",
    "cr-lf": lambda own: f"{own}/up\r\nX-Injected: 1?{SIGNATURE}",
    "space": lambda own: f"{own}/up load?{SIGNATURE}",
    "non-ascii": lambda own: f"{own}/upé?{SIGNATURE}",
    "ftp-scheme": f"ftp://127.0.0.1/up?{SIGNATURE}",
    "file-scheme": "file:///etc/passwd",
    "relative": f"/upload/file.txt?{SIGNATURE}",
    "no-host": f"http:///upload?{SIGNATURE}",
    "broken-ipv6": f"http://[::1/up?{SIGNATURE}",
    "empty": "",
    "number": 42,
    "null": None,
    "absent": _ABSENT,
}
BAD_HEADERS: dict[str, object] = {
    "int-value": {"x-amz-meta-a": 1},
    "null-value": {"x-amz-meta-a": None},
    "list-value": {"x-amz-meta-a": ["a"]},
    "non-ascii-value": {"x-amz-meta-a": "é"},
    "cr-lf-value": {"x-amz-meta-a": "a\r\nX-Injected: 1"},
    "nul-value": {"x-amz-meta-a": "a\x00b"},
    "space-in-name": {"a b": "x"},
    "empty-name": {"": "x"},
    "newline-in-name": {"a\n": "x"},
    "non-ascii-name": {"é": "x"},
    "content-length": {"Content-Length": "1"},
    "transfer-encoding": {"Transfer-Encoding": "chunked"},
    "host": {"Host": "elsewhere.test"},
    "connection": {"connection": "close"},
    "a-list": [["x-a", "b"]],
    "a-string": "x-a: b",
}
BAD_KEYS: dict[str, object] = {"absent": _ABSENT, "empty": "", "number": 7}
# Before: True passed as a limit of 1 byte and -1 blamed the caller's file ("at most -1").
BAD_MAX_SIZES: dict[str, object] = {
    "true": True,
    "negative": -1,
    "zero": 0,
    "fraction": 1.5,
    "string": "20MB",
}
CASES = (
    [pytest.param("url", value, id=f"url-{name}") for name, value in BAD_URLS.items()]
    + [pytest.param("headers", value, id=f"headers-{name}") for name, value in BAD_HEADERS.items()]
    + [pytest.param("key", value, id=f"key-{name}") for name, value in BAD_KEYS.items()]
    + [pytest.param("maxSize", value, id=f"maxSize-{name}") for name, value in BAD_MAX_SIZES.items()]
)


@pytest.mark.parametrize(("field", "value"), CASES)
def test_a_malformed_presign_is_refused_before_uploading(field: str, value: object) -> None:
    with RawServer(storage(with_data(**{field: value}))) as server:
        with (
            ChatClient(base_url=server.base_url, api_key=KEY, app_id="app", max_retries=0) as client,
            pytest.raises(APIResponseValidationError) as info,
        ):
            client.upload_chat_file(b"hello", chat_id="chat", filename="file.txt")
        assert [request.method for request in server.requests] == ["POST"]  # nothing was PUT
    message = str(info.value)
    assert f"data.{field}" in message
    assert "presign" in message
    assert SIGNATURE not in message
    assert info.value.status_code == 200


@pytest.mark.parametrize(("field", "value"), [CASES[0], CASES[len(BAD_URLS)], CASES[-len(BAD_MAX_SIZES) - 1]])
async def test_a_malformed_presign_is_refused_async(field: str, value: object) -> None:
    with RawServer(storage(with_data(**{field: value}))) as server:
        async with AsyncChatClient(
            base_url=server.base_url, api_key=KEY, app_id="app", max_retries=0
        ) as client:
            with pytest.raises(APIResponseValidationError) as info:
                await client.upload_chat_file(b"hello", chat_id="chat", filename="file.txt")
        assert [request.method for request in server.requests] == ["POST"]
    assert f"data.{field}" in str(info.value)


@pytest.mark.parametrize(
    "headers",
    [None, {}, {"Content-Type": "text/plain", "x-amz-meta-note": "a b\tc", "x-amz-acl": "private"}],
    ids=["null", "empty", "signed"],
)
def test_a_well_formed_presign_still_uploads_with_its_headers(headers: dict[str, str] | None) -> None:
    presign = with_data(headers=headers)
    with RawServer(storage(presign)) as server:
        with ChatClient(base_url=server.base_url, api_key=KEY, app_id="app", max_retries=0) as client:
            file = client.upload_chat_file(b"hello", chat_id="chat", filename="file.txt")
        put = next(request for request in server.requests if request.method == "PUT")
    assert file.key == "chat/app/file.txt"
    assert file.url.endswith("/read/file.txt")
    assert put.body == b"hello"
    assert put.path == f"/upload/file.txt?{SIGNATURE}"
    assert "authorization" not in put.headers  # the API key never goes to the storage
    for name, value in (headers or {}).items():
        assert put.headers[name.lower()] == value


def test_the_presign_answer_itself_must_be_an_object() -> None:
    for data in (None, [], "http://x/", 5):
        presign: Callable[[str], Any] = lambda own, data=data: data  # noqa: E731
        with RawServer(storage(presign)) as server:
            with (
                ChatClient(base_url=server.base_url, api_key=KEY, app_id="app", max_retries=0) as client,
                pytest.raises(APIResponseValidationError),
            ):
                client.upload_chat_file(b"hello", chat_id="chat", filename="file.txt")
            assert [request.method for request in server.requests] == ["POST"], json.dumps(data)
