"""Errors a newcomer hits (issue 16, items 5 and 6): a call after close(), constructor arguments
of the wrong type, timeouts that cannot work, and authentication messages that say what FastGPT
really checked. Calls go to the emulator over a real socket."""

from __future__ import annotations

from typing import Any

import pytest

from fastgpt_client import (
    AsyncChatClient,
    AsyncDatasetClient,
    AuthenticationError,
    ChatClient,
    ClientClosedError,
    DatasetClient,
    FastGPTError,
)
from fastgpt_client.testing import FakeFastGPT


@pytest.fixture
def fake() -> Any:
    with FakeFastGPT() as server:
        yield server


async def test_a_call_after_close_says_the_client_is_closed(fake: FakeFastGPT) -> None:
    client = ChatClient(api_key=fake.api_key, base_url=fake.base_url)
    client.create_chat_completion("hi")
    client.close()
    with pytest.raises(
        ClientClosedError, match=r"This ChatClient is closed .* Create a new ChatClient"
    ) as caught:
        client.create_chat_completion("hi")
    assert isinstance(
        caught.value, RuntimeError
    )  # what httpx raised before: `except RuntimeError` still works
    assert isinstance(caught.value, FastGPTError)
    with pytest.raises(ClientClosedError):
        client.create_chat_completion("hi", stream=True)

    async_client = AsyncChatClient(api_key=fake.api_key, base_url=fake.base_url)
    async with async_client:
        await async_client.create_chat_completion("hi")
    with pytest.raises(ClientClosedError, match="This AsyncChatClient is closed"):
        await async_client.create_chat_completion("hi")


def test_a_closed_injected_http_client_is_named() -> None:
    import httpx

    http = httpx.Client()
    http.close()
    client = ChatClient(api_key="fastgpt-abc", base_url="http://127.0.0.1:1", http_client=http)
    with pytest.raises(ClientClosedError, match="The http_client given to this ChatClient is closed"):
        client.create_chat_completion("hi")


@pytest.mark.parametrize("cls", [ChatClient, AsyncChatClient, DatasetClient, AsyncDatasetClient])
@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"api_key": 12345}, TypeError, "api_key must be a string"),
        ({"max_retries": "3"}, TypeError, r"Client\(\): max_retries must be an int, not str"),
        ({"max_retries": 2.0}, TypeError, "max_retries must be an int"),
        ({"max_retries": -1}, ValueError, "max_retries must be 0 or more"),
        ({"timeout": -1}, ValueError, r"Client\(\): timeout must be a positive number of seconds, not -1"),
        ({"timeout": 0}, ValueError, "0 would fail every call at once; pass None for no limit"),
        ({"timeout": "30"}, TypeError, "timeout must be a number of seconds or None"),
    ],
)
def test_constructor_arguments_are_checked(
    cls: type[Any], kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    kwargs = {"api_key": "fastgpt-abc", "base_url": "http://127.0.0.1:1", **kwargs}
    with pytest.raises(error, match=match):
        cls(**kwargs)


def test_a_key_with_too_many_dashes_is_explained(fake: FakeFastGPT) -> None:
    """FastGPT splits `fastgpt-xxx[-appId]` on dashes and answers any other shape with
    unAuthorization (403): the header was there, the key's shape was wrong."""
    client = ChatClient(api_key="fastgpt-not-a-real-key", base_url=fake.base_url)
    with client, pytest.raises(AuthenticationError) as caught:
        client.create_chat_completion("hi")
    message = str(caught.value)
    assert caught.value.status_text == "unAuthorization"
    assert "missing or malformed" not in message
    assert "This key has 4 dashes" in message
    assert "fastgpt-<secret>" in message
    assert "not-a-real-key" not in message  # the key itself is not repeated


def test_an_unknown_key_of_the_right_shape_is_not_told_about_dashes(fake: FakeFastGPT) -> None:
    client = ChatClient(api_key="fastgpt-unknownkey123", base_url=fake.base_url)
    with client, pytest.raises(AuthenticationError) as caught:
        client.create_chat_completion("hi")
    assert "dashes" not in str(caught.value)


def test_a_pasted_bearer_prefix_is_dropped(monkeypatch: pytest.MonkeyPatch, fake: FakeFastGPT) -> None:
    monkeypatch.setenv("FASTGPT_API_KEY", f"Bearer {fake.api_key}")
    with ChatClient(base_url=fake.base_url) as client:
        assert client.create_chat_completion("hi").text
