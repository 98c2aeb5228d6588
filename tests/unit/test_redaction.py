"""The API key never shows in reprs, error texts or logs."""

from __future__ import annotations

import logging

import httpx
import pytest

from fastgpt_client import ChatClient
from fastgpt_client._config import redact_key
from fastgpt_client.exceptions import FastGPTError

from .conftest import (
    API_KEY,
    ERROR_514,
    FakeFastGPT,
    Harness,
    SSEReply,
    answer,
    chat_body,
    frame,
    raise_,
    reply_bytes,
    reply_envelope,
    reply_json,
)

SECRET = API_KEY.partition("-")[2]  # the part after the prefix


def assert_no_key(text: str) -> None:
    assert API_KEY not in text
    assert SECRET not in text
    assert SECRET[:-4] not in text


async def test_client_repr_hides_the_key(api: Harness) -> None:
    client = api.client(FakeFastGPT(reply_json(chat_body())), app_id="app-1")
    text = repr(client)
    assert_no_key(text)
    assert "api_key='fastgpt-…xY12'" in text
    assert "app_id='app-1'" in text
    assert_no_key(repr(client._config))
    assert_no_key(str(vars(client).get("_config")))


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("fastgpt-abcdefghijklmnop", "fastgpt-…mnop"),
        ("fastgpt-short", "…"),
        ("nodash0123456789abcdef", "…"),
        ("x", "…"),
    ],
)
def test_redact_key(key: str, shown: str) -> None:
    assert redact_key(key) == shown


ERROR_REPLIES = {
    "envelope-514": reply_envelope(514, "unAuthApiKey", "common:code_error.error_message.514"),
    "http-401": reply_json({"error": "bad key"}, status=401),
    "html-502": reply_bytes(b"<html>bad gateway</html>", status=502),
    "connect-error": raise_(lambda request: httpx.ConnectError("refused", request=request)),
    "read-timeout": raise_(lambda request: httpx.ReadTimeout("slow", request=request)),
    "not-json": reply_bytes(b"garbage", status=200),
    "stream-error-frame": SSEReply(frame(ERROR_514, "error"), content_type=""),
    "stream-cut": SSEReply([answer("partial")]),
    "stream-bad-frame": SSEReply([answer("ok"), b"event: answer\ndata: {nope\n\n"]),
}


@pytest.mark.parametrize("name", list(ERROR_REPLIES))
async def test_no_raised_error_contains_the_key(api: Harness, name: str) -> None:
    client = api.client(FakeFastGPT(ERROR_REPLIES[name]), max_retries=1)
    stream = name.startswith("stream")

    async def run() -> None:
        result = await api.create(client, "Hello", stream=stream, detail=True)
        await api.events(result)

    with pytest.raises(FastGPTError) as info:
        await run()
    error = info.value
    for text in (str(error), repr(error), str(error.args), str(getattr(error, "body", ""))):
        assert_no_key(text)


async def test_debug_logs_of_every_logger_never_contain_the_key(
    api: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: fastgpt_client, httpx, httpcore, ...
    for name in ("httpx", "httpcore", "fastgpt_client"):
        caplog.set_level(logging.DEBUG, logger=name)
    fake = FakeFastGPT(
        reply_json(chat_body("first")),
        raise_(lambda request: httpx.ConnectError("refused", request=request)),
        reply_json(chat_body("retried")),
        reply_envelope(514, "unAuthApiKey", f"bad key {API_KEY[:8]}"),
    )
    client = api.client(fake, max_retries=1)
    assert (await api.create(client, "one")).text == "first"
    assert (await api.create(client, "two")).text == "retried"
    with pytest.raises(FastGPTError):
        await api.create(client, "three")
    assert fake.attempts == 4

    messages = [record.getMessage() for record in caplog.records]
    # Not vacuous: the requests and the retry were logged.
    assert any(record.name == "httpx" for record in caplog.records)
    assert any("Retrying POST /api/v1/chat/completions" in message for message in messages)
    for record in caplog.records:
        assert_no_key(record.getMessage())
        assert_no_key(repr(record.args))
    assert_no_key(caplog.text)


def test_key_is_not_in_the_owned_http_client_repr() -> None:
    client = ChatClient(api_key=API_KEY)
    try:
        assert_no_key(repr(client))
        assert_no_key(repr(client._http))
    finally:
        client.close()
