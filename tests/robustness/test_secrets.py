"""The API key stays secret: never in a repr, an error, a log line, a warning or a traceback.

Every client the package exports is checked (whatever clients this version has), and the errors
come from real failures over real sockets, so httpx and httpcore log what they really log.
"""

from __future__ import annotations

import inspect
import logging
import ssl
import traceback
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from integration.conftest import fault

import fastgpt_client
from fastgpt_client import AsyncChatClient, ChatClient, FastGPTError, InsecureTransportWarning
from fastgpt_client._client import BaseClient
from fastgpt_client.resources._async._client import AsyncAPIClient
from fastgpt_client.testing import FakeFastGPT

# Every client class the package exports (ChatClient, AsyncChatClient, and the app and dataset
# clients where this version has them).
CLIENT_CLASSES: list[type[BaseClient]] = sorted(
    (
        obj
        for name in fastgpt_client.__all__
        if inspect.isclass(obj := getattr(fastgpt_client, name)) and issubclass(obj, BaseClient)
    ),
    key=lambda cls: cls.__name__,
)
SECRET_KEY = "fastgpt-s3cr3tK3yN0b0dyM4yS33xYz9"


def secret_parts(key: str) -> list[str]:
    """The key and the parts of it that must not show: all but a `fastgpt-…abcd` hint."""
    rest = key.partition("-")[2]
    return [key, rest, rest[:-4], rest[:12]]


def assert_no_key(text: str, key: str = SECRET_KEY) -> None:
    for part in secret_parts(key):
        assert part not in text, f"the key leaked: {text[:500]!r}"


def make_client(cls: type[Any], **kwargs: Any) -> Any:
    """A client of `cls` over a MockTransport (nothing is sent anywhere)."""
    kwargs.setdefault("api_key", SECRET_KEY)
    kwargs.setdefault("base_url", "https://fastgpt.test")
    transport = httpx.MockTransport(lambda request: httpx.Response(500))
    http: httpx.Client | httpx.AsyncClient = (
        httpx.AsyncClient(transport=transport)
        if issubclass(cls, AsyncAPIClient)
        else httpx.Client(transport=transport)
    )
    return cls(http_client=http, **kwargs)


def test_the_package_exports_the_chat_clients() -> None:
    assert {ChatClient, AsyncChatClient} <= set(CLIENT_CLASSES)


@pytest.mark.parametrize("cls", CLIENT_CLASSES, ids=lambda cls: cls.__name__)
def test_no_client_shows_the_key(cls: type[Any]) -> None:
    client = make_client(cls, app_id="app-1")
    for text in (repr(client), str(client), f"{client}", f"{client!r}", repr(client._config)):
        assert_no_key(text)
    assert "fastgpt-…xYz9" in repr(client)


@pytest.mark.parametrize("cls", CLIENT_CLASSES, ids=lambda cls: cls.__name__)
def test_plain_http_to_a_remote_host_warns(cls: type[Any]) -> None:
    with pytest.warns(InsecureTransportWarning) as warned:
        make_client(cls, base_url="http://fastgpt.example.com")
    assert len(warned) == 1
    assert_no_key(str(warned[0].message))
    assert "fastgpt.example.com" in str(warned[0].message)


@pytest.mark.parametrize("cls", CLIENT_CLASSES, ids=lambda cls: cls.__name__)
async def test_tls_is_verified_by_default(cls: type[Any]) -> None:
    client = cls(api_key=SECRET_KEY, base_url="https://fastgpt.test")
    try:
        context: ssl.SSLContext = client._http._transport._pool._ssl_context
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
    finally:
        await client.aclose() if issubclass(cls, AsyncAPIClient) else client.close()


# -- failures over real sockets ------------------------------------------------------------------
@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """DEBUG records of every logger (the root's level, and httpx/httpcore's own set too)."""
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "fastgpt_client", "fastgpt_client.testing", "uvicorn", "uvicorn.error"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


async def provoke_everything(server: FakeFastGPT, errors: list[BaseException]) -> None:
    async def collect(call: Any) -> None:
        try:
            result = await call
            if hasattr(result, "get_final_completion"):
                async with result:
                    await result.get_final_completion()
        except FastGPTError as error:
            errors.append(error)

    async with AsyncChatClient(base_url=server.base_url, api_key=SECRET_KEY, max_retries=1) as stranger:
        await collect(stranger.create_chat_completion("hi"))  # unknown key: AuthenticationError
        await collect(stranger.create_chat_completion("hi", stream=True))
        await collect(stranger.stop_chat("c", app_id="a"))
    async with AsyncChatClient(base_url=server.base_url, api_key=server.api_key, max_retries=1) as client:
        for header in (
            "cut_mid_frame=3",
            "malformed=2",
            "html_502",
            "status=520",
            "reset",
            "rate_limit_http=0",
        ):
            await collect(client.create_chat_completion("hi", stream=True, **fault(header)))
        for header in ("truncated_json", "empty_200", "reset"):
            await collect(client.create_chat_completion("hi", **fault(header)))
        await collect(client.create_chat_completion("hi", timeout=0.2, **fault("delay_first=1")))
    with ChatClient(base_url="http://127.0.0.1:9", api_key=SECRET_KEY, max_retries=0) as nowhere:
        try:
            nowhere.create_chat_completion("hi")  # connection refused
        except FastGPTError as error:
            errors.append(error)


def texts_of(error: BaseException) -> Iterator[str]:
    yield str(error)
    yield repr(error)
    yield repr(error.args)
    yield "".join(traceback.format_exception(error))  # chained causes included, locals not
    for name in ("body", "partial_text", "message", "status_text", "message_key"):
        yield repr(getattr(error, name, None))


async def test_key_absent_from_errors_tracebacks_logs_and_warnings(
    server: FakeFastGPT, everything_logged: pytest.LogCaptureFixture
) -> None:
    failures: list[BaseException] = []
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        await provoke_everything(server, failures)
        make_client(ChatClient, base_url="http://fastgpt.example.com")  # one warning, at least

    assert len(failures) >= 14, failures
    kinds = {type(error).__name__ for error in failures}
    assert {"AuthenticationError", "APIConnectionError", "APITimeoutError", "StreamParseError"} <= kinds
    for error in failures:
        for text in texts_of(error):
            assert_no_key(text)
            assert_no_key(text, server.api_key)

    records = everything_logged.records
    loggers = {record.name for record in records}
    assert "httpx" in loggers  # not vacuous: the HTTP libraries did log
    assert any(name.startswith("httpcore") for name in loggers), loggers
    assert any("Retrying" in record.getMessage() for record in records)
    for record in records:
        for text in (record.getMessage(), repr(record.args), str(record.exc_text or "")):
            assert_no_key(text)
            assert_no_key(text, server.api_key)

    assert warned
    for warning in warned:
        assert_no_key(str(warning.message))
