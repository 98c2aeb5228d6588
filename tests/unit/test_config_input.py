"""Construction refuses what would fail (or leak) later, with the fix in the message: base URLs with
credentials, bad ports, control characters or an endpoint path; keys of the wrong type or pasted with
their `Bearer ` scheme; and the original FastGPT SDK's `.env` names, which are not read."""

from __future__ import annotations

import pytest

from fastgpt_client import AsyncChatClient, ChatClient, DatasetClient
from fastgpt_client.exceptions import AuthenticationError

from .conftest import API_KEY, FakeFastGPT, Harness, chat_body, reply_json

CLIENTS = [ChatClient, AsyncChatClient, DatasetClient]


@pytest.mark.parametrize("cls", CLIENTS)
def test_base_url_with_credentials_is_refused_without_showing_the_password(cls: type[ChatClient]) -> None:
    with pytest.raises(ValueError, match="user name or password") as info:
        cls(api_key=API_KEY, base_url="https://admin:s3cretpass@fastgpt.example")
    assert "s3cretpass" not in str(info.value)
    assert "https://***@fastgpt.example" in str(info.value)


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        ("http://h:99999", "not a valid URL"),
        ("http://h:abc", "not a valid URL"),
        ("http://h:0", "port 0"),
        ("http://h/\x00x", "control characters"),
        ("http://h/a\nb", "control characters"),
        ("http://h/a b", "control characters"),
    ],
)
def test_base_url_that_httpx_would_refuse_at_the_first_call_is_refused_now(given: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        ChatClient(api_key=API_KEY, base_url=given)


@pytest.mark.parametrize(
    ("given", "root"),
    [
        ("https://h/api/v1/chat/completions", "https://h"),
        ("https://h/fastgpt/api/v2/chat/completions/", "https://h/fastgpt"),
    ],
)
def test_a_full_completions_url_is_taken_as_its_server_root(given: str, root: str) -> None:
    assert ChatClient(api_key=API_KEY, base_url=given).base_url == root


@pytest.mark.parametrize(
    "given", ["https://h/v1", "https://h/v1/chat/completions", "https://h/chat/completions"]
)
def test_an_openai_style_url_is_refused_with_the_server_root_to_use(given: str) -> None:
    with pytest.raises(ValueError, match="looks like an endpoint URL") as info:
        ChatClient(api_key=API_KEY, base_url=given)
    assert "'https://h'" in str(info.value)


def test_a_bad_base_url_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTGPT_BASE_URL", "localhost:3000")
    with pytest.raises(ValueError, match=r"^FASTGPT_BASE_URL 'localhost:3000' is not an http"):
        ChatClient(api_key=API_KEY)


@pytest.mark.parametrize("value", [12345, b"fastgpt-bytes", ["fastgpt-x"]])
def test_an_api_key_that_is_not_a_string_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="api_key must be a string"):
        ChatClient(api_key=value, base_url="https://h")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [12345, None.__class__])
def test_a_base_url_that_is_not_a_string_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="base_url must be a string"):
        ChatClient(api_key=API_KEY, base_url=value)  # type: ignore[arg-type]


async def test_a_key_pasted_with_its_bearer_scheme_is_sent_once(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(chat_body("Hi")))
    client = api.client(fake, api_key=f"Bearer {API_KEY}")
    await api.create(client, "Hi")
    assert fake.request.headers["Authorization"] == f"Bearer {API_KEY}"


def test_the_original_sdks_env_names_are_named_as_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("API_KEY", "fastgpt-meant-for-fastgpt")
    monkeypatch.setenv("BASE_URL", "https://fastgpt.example")
    with pytest.raises(AuthenticationError) as info:
        ChatClient()
    message = str(info.value)
    assert "API_KEY is set, but it is not read" in message
    assert "rename it to FASTGPT_API_KEY" in message
    assert "rename it to FASTGPT_BASE_URL" in message
    assert "fastgpt-meant-for-fastgpt" not in message
