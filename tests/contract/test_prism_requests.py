"""Every public method's request is valid against openapi/fastgpt.yaml, as Prism judges it.

Prism answers an invalid request with HTTP 422 and a missing credential with 401, which the SDK
raises as ValidationError / AuthenticationError: a call that returns normally was accepted.
"""

from __future__ import annotations

import pytest

from fastgpt_client import AsyncChatClient, ChatClient, FastGPTError, InteractivePrompt
from fastgpt_client.exceptions import APIStatusError

KEY = "fastgpt-contract0000000000000000000000000000000000000000"
APP_ID = "6641b0e0f1c2d3e4f5a6b7c8"
SELECT = InteractivePrompt.from_payload(
    {
        "type": "userSelect",
        "params": {"description": "Pick", "userSelectOptions": [{"key": "a", "value": "Yes"}]},
    }
)
FORM = InteractivePrompt.from_payload(
    {"type": "userInput", "params": {"inputForm": [{"type": "input", "key": "name", "label": "Name"}]}}
)
MESSAGES = [
    {"role": "system", "content": "Be brief."},
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "What is on this page?"},
            {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
            {"type": "file_url", "name": "a.pdf", "url": "https://example.com/a.pdf"},
        ],
    },
]
FULL_OPTIONS = {
    "detail": True,
    "chat_id": "chat-1",
    "variables": {"name": "Ada", "n": 3},
    "custom_uid": "user-7",
    "metadata": {"source": "contract"},
    "retain_dataset_cite": True,
    "response_chat_item_id": "item-1",
}


def test_create_chat_completion_plain_and_full(prism_url: str) -> None:
    with ChatClient(api_key=KEY, base_url=prism_url, app_id=APP_ID) as client:
        assert client.create_chat_completion("Hello").raw is not None
        for version in ("v1", "v2"):
            client.create_chat_completion(MESSAGES, api_version=version, **FULL_OPTIONS)  # type: ignore[arg-type]


def test_continue_interactive_and_stop(prism_url: str) -> None:
    assert SELECT is not None
    assert FORM is not None
    with ChatClient(api_key=KEY, base_url=prism_url, app_id=APP_ID) as client:
        client.continue_interactive(SELECT, "Yes", chat_id="chat-1", detail=True)
        client.continue_interactive(FORM, {"name": "Ada"}, chat_id="chat-1", detail=True)
        assert client.stop_chat("chat-1").success is True


def test_stream_request_is_valid(prism_url: str) -> None:
    """Prism cannot mock an event stream, so its answer fails; what counts is that it did not
    reject the request (422) or its credentials (401)."""
    with (
        ChatClient(api_key=KEY, base_url=prism_url, app_id=APP_ID, max_retries=0) as client,
        pytest.raises(FastGPTError) as caught,
    ):
        client.create_chat_completion(
            "Hello", stream=True, detail=True, extra_headers={"Accept": "text/event-stream"}
        ).get_final_completion()
    status = getattr(caught.value, "status_code", None)
    assert status not in (401, 422), caught.value


async def test_async_client_requests_are_valid(prism_url: str) -> None:
    assert SELECT is not None
    async with AsyncChatClient(api_key=KEY, base_url=prism_url, app_id=APP_ID) as client:
        await client.create_chat_completion(MESSAGES, **FULL_OPTIONS)  # type: ignore[arg-type]
        await client.continue_interactive(SELECT, "Yes", chat_id="chat-1")
        assert (await client.stop_chat("chat-1")).success is True


def test_prism_rejects_an_invalid_request(prism_url: str) -> None:
    """The check can fail: a request that breaks the spec is refused and raised."""
    with (
        ChatClient(api_key=KEY, base_url=prism_url, app_id=APP_ID) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.create_chat_completion([{"role": "robot", "content": "Hi"}])
    assert caught.value.status_code == 422
