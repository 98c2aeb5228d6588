"""Client configuration: key, base URL, app id, headers, injected clients."""

from __future__ import annotations

import warnings
from typing import Any

import httpx
import pytest

from fastgpt_client import AsyncChatClient, ChatClient, InsecureTransportWarning
from fastgpt_client.exceptions import AuthenticationError

from .conftest import API_KEY, V1, FakeFastGPT, Harness, chat_body, reply_json


def sent_request(api: Harness, **client_kwargs: Any) -> tuple[FakeFastGPT, Any]:
    """A fake server and a client built from exactly `client_kwargs` (no key/base_url defaults)."""
    fake = FakeFastGPT(reply_json(chat_body()))
    cls = AsyncChatClient if api.is_async else ChatClient
    return fake, cls(http_client=api.http_client(fake), **client_kwargs)


async def request_of(api: Harness, **client_kwargs: Any) -> httpx.Request:
    fake, client = sent_request(api, **client_kwargs)
    await api.create(client, "Hello")
    return fake.request


# -- api key ------------------------------------------------------------------------------------
async def test_key_argument_wins_over_the_environment(api: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTGPT_API_KEY", "fastgpt-fromenv")
    request = await request_of(api, api_key="fastgpt-fromarg", base_url="https://h")
    assert request.headers["Authorization"] == "Bearer fastgpt-fromarg"


async def test_key_from_fastgpt_api_key(api: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTGPT_API_KEY", "fastgpt-fromenv")
    request = await request_of(api, base_url="https://h")
    assert request.headers["Authorization"] == "Bearer fastgpt-fromenv"


@pytest.mark.parametrize("cls", [ChatClient, AsyncChatClient])
def test_a_generic_api_key_variable_is_never_read(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("API_KEY", "sk-openai-something")
    with pytest.raises(AuthenticationError) as info:
        cls()
    assert "FASTGPT_API_KEY" in str(info.value)
    assert "sk-openai-something" not in str(info.value)


@pytest.mark.parametrize("cls", [ChatClient, AsyncChatClient])
@pytest.mark.parametrize("key", [None, "", "   ", "\n\t"])
def test_missing_or_blank_key_fails_at_construction(cls: type, key: str | None) -> None:
    with pytest.raises(AuthenticationError) as info:
        cls(api_key=key)
    assert "FASTGPT_API_KEY" in str(info.value)
    assert info.value.status_code is None
    assert info.value.code is None


def test_blank_key_in_the_environment_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTGPT_API_KEY", "  ")
    with pytest.raises(AuthenticationError, match="FASTGPT_API_KEY"):
        ChatClient()


async def test_surrounding_whitespace_is_stripped(api: Harness) -> None:
    request = await request_of(api, api_key=f"  {API_KEY}\n", base_url="https://h")
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize(
    "key",
    [
        "fastgpt-abc def",
        "fastgpt-abc\ndef",
        "fastgpt-abc\r\nX-Injected: 1",
        "fastgpt-abc\tdef",
        "fastgpt-abc\x00def",
        "fastgpt-abc\x7fdef",
        "fastgpt-abc\u2028def",
    ],
)
@pytest.mark.parametrize("cls", [ChatClient, AsyncChatClient])
def test_inner_whitespace_and_control_characters_are_refused(cls: type, key: str) -> None:
    with pytest.raises(AuthenticationError) as info:
        cls(api_key=key)
    message = str(info.value)
    assert "whitespace or control characters" in message
    assert "abc" not in message
    assert key not in message
    assert key.strip() not in repr(info.value)


def test_bad_key_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTGPT_API_KEY", "fastgpt-abc def")
    with pytest.raises(AuthenticationError, match="from FASTGPT_API_KEY contains whitespace"):
        ChatClient()


async def test_any_key_prefix_is_accepted(api: Harness) -> None:
    request = await request_of(api, api_key="mycorp-abc-65f0c1e2d3b4a59687766554", base_url="https://h")
    assert request.headers["Authorization"] == "Bearer mycorp-abc-65f0c1e2d3b4a59687766554"


# -- base url ------------------------------------------------------------------------------------
async def test_base_url_default_is_localhost(api: Harness) -> None:
    request = await request_of(api, api_key=API_KEY)
    assert str(request.url) == "http://localhost:3000" + V1


async def test_base_url_from_the_environment(api: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTGPT_BASE_URL", "https://env.example/api/v1")
    request = await request_of(api, api_key=API_KEY)
    assert str(request.url) == "https://env.example" + V1


async def test_base_url_argument_wins(api: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTGPT_BASE_URL", "https://env.example")
    request = await request_of(api, api_key=API_KEY, base_url="https://arg.example/")
    assert str(request.url) == "https://arg.example" + V1


@pytest.mark.parametrize(
    ("given", "root"),
    [
        ("http://h:3000", "http://h:3000"),
        ("http://h:3000/", "http://h:3000"),
        ("http://h:3000/api", "http://h:3000"),
        ("http://h:3000/api/", "http://h:3000"),
        ("http://h:3000/api/v1", "http://h:3000"),
        ("http://h:3000/api/v1/", "http://h:3000"),
        ("http://h:3000/api/v2", "http://h:3000"),
        ("https://h/fastgpt/api/v1", "https://h/fastgpt"),
        ("https://h/fastgpt/", "https://h/fastgpt"),
        ("  https://cloud.fastgpt.io/api  ", "https://cloud.fastgpt.io"),
    ],
)
def test_base_url_is_normalised_to_the_root(given: str, root: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InsecureTransportWarning)
        client = ChatClient(api_key=API_KEY, base_url=given)
    assert client.base_url == root
    client.close()


async def test_subpath_root_is_joined_with_the_endpoint(api: Harness) -> None:
    request = await request_of(api, api_key=API_KEY, base_url="https://h/fastgpt/api/v1")
    assert str(request.url) == "https://h/fastgpt/api/v1/chat/completions"


@pytest.mark.parametrize("given", ["localhost:3000", "fastgpt.example.com", "ftp://h", "//h/api", "http://"])
def test_base_url_without_a_scheme_is_refused_with_the_fix(given: str) -> None:
    with pytest.raises(ValueError, match=r"is not an http\(s\) URL") as info:
        ChatClient(api_key=API_KEY, base_url=given)
    assert "http://localhost:3000" in str(info.value)
    assert "with its scheme" in str(info.value)


def test_base_url_with_a_query_is_refused() -> None:
    with pytest.raises(ValueError, match="query string or fragment"):
        ChatClient(api_key=API_KEY, base_url="https://h/?x=1")


# -- app id -------------------------------------------------------------------------------------
async def test_app_id_from_the_environment(api: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTGPT_APP_ID", "  app-from-env ")
    fake, client = sent_request(api, api_key=API_KEY, base_url="https://h")
    assert client.app_id == "app-from-env"
    await api.create(client, "Hello")
    assert fake.body()["appId"] == "app-from-env"


def test_app_id_argument_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTGPT_APP_ID", "app-from-env")
    assert ChatClient(api_key=API_KEY, app_id="app-arg").app_id == "app-arg"


def test_no_app_id() -> None:
    assert ChatClient(api_key=API_KEY).app_id is None


# -- plain http warning ---------------------------------------------------------------------------
@pytest.mark.parametrize("cls", [ChatClient, AsyncChatClient])
def test_plain_http_to_a_remote_host_warns_once(cls: type) -> None:
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")  # count every warning: "once" must be the client's doing
        cls(api_key=API_KEY, base_url="http://fastgpt.example.com:3000")
        cls(api_key=API_KEY, base_url="http://fastgpt.example.com:3000/api")
    assert [warning.category for warning in record] == [InsecureTransportWarning]
    assert "fastgpt.example.com" in str(record[0].message)
    assert API_KEY not in str(record[0].message)
    assert record[0].filename == __file__


def test_each_remote_host_warns_once() -> None:
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        ChatClient(api_key=API_KEY, base_url="http://a.example")
        ChatClient(api_key=API_KEY, base_url="http://b.example")
        ChatClient(api_key=API_KEY, base_url="http://a.example")
    assert [str(warning.message).split("'")[1] for warning in record] == [
        "http://a.example",
        "http://b.example",
    ]


@pytest.mark.parametrize(
    "base_url",
    [
        "http://localhost:3000",
        "http://127.0.0.1:3000",
        "http://127.8.9.10",
        "http://[::1]:3000",
        "http://app.localhost",
        "https://fastgpt.example.com",
        "https://10.0.0.5",
    ],
)
def test_no_warning_for_loopback_or_https(base_url: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ChatClient(api_key=API_KEY, base_url=base_url).close()


# -- headers --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "headers",
    [
        {"X-Trace": "a\r\nX-Injected: 1"},
        {"X-Trace": "a\nb"},
        {"X-Trace": "a\x00"},
        {"X-Bad\r\nName": "v"},
        {"X Bad": "v"},
        {"": "v"},
    ],
)
@pytest.mark.parametrize("cls", [ChatClient, AsyncChatClient])
def test_default_headers_with_line_breaks_are_refused(cls: type, headers: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="default_headers"):
        cls(api_key=API_KEY, default_headers=headers)


def test_default_headers_must_be_strings() -> None:
    with pytest.raises(TypeError, match="default_headers must map header names"):
        ChatClient(api_key=API_KEY, default_headers={"X-Num": 5})  # type: ignore[dict-item]


async def test_extra_headers_with_line_breaks_are_refused_before_sending(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(chat_body()))
    client = api.client(fake)
    with pytest.raises(ValueError, match="extra_headers"):
        await api.create(client, "Hello", extra_headers={"X-Trace": "a\r\nX-Injected: 1"})
    assert fake.attempts == 0


async def test_default_headers_are_sent_and_cannot_replace_the_key(api: Harness) -> None:
    request = await request_of(
        api,
        api_key=API_KEY,
        base_url="https://h",
        default_headers={"X-Team": "blue", "Authorization": "Bearer other"},
    )
    assert request.headers["X-Team"] == "blue"
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["User-Agent"].startswith("fastgpt-client-python/")


# -- other constructor checks ---------------------------------------------------------------------
def test_sync_client_refuses_an_async_http_client() -> None:
    with pytest.raises(TypeError, match=r"http_client must be an httpx\.Client, not AsyncClient"):
        ChatClient(api_key=API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_async_client_refuses_a_sync_http_client() -> None:
    http = httpx.Client()
    with pytest.raises(TypeError, match=r"http_client must be an httpx\.AsyncClient, not Client"):
        AsyncChatClient(api_key=API_KEY, http_client=http)  # type: ignore[arg-type]
    http.close()


@pytest.mark.parametrize("cls", [ChatClient, AsyncChatClient])
def test_negative_max_retries_is_refused(cls: type) -> None:
    with pytest.raises(ValueError, match="max_retries must be 0 or more, not -1"):
        cls(api_key=API_KEY, max_retries=-1)


async def test_client_timeout_is_applied_to_requests(api: Harness) -> None:
    fake, client = sent_request(api, api_key=API_KEY, base_url="https://h", timeout=12.5)
    await api.create(client, "Hello")
    assert fake.request.extensions["timeout"] == {"connect": 12.5, "read": 12.5, "write": 12.5, "pool": 12.5}


async def test_default_timeout_is_explicit(api: Harness) -> None:
    fake, client = sent_request(api, api_key=API_KEY, base_url="https://h")
    await api.create(client, "Hello")
    assert fake.request.extensions["timeout"] == {
        "connect": 5.0,
        "read": 600.0,
        "write": 600.0,
        "pool": 600.0,
    }
