"""Error answers in each of FastGPT's three styles, mapped to the SDK's exceptions."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from fastgpt_client import (
    APIError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS, V1, Chat, MakeChat

pytestmark = BOTH_VERSIONS  # every test here also runs against FastGPT 4.14

STYLES = pytest.mark.parametrize(
    "server",
    [{}, {"legacy_errors": True}, {"http_status_errors": True}],
    ids=["fastgpt", "legacy", "http_status"],
    indirect=True,
)
BAD_KEY = "fastgpt-WrongKeyWrongKeyWrongKey1234"
MALFORMED_KEY = "not-a-fastgpt-key-at-all"
README = Path(__file__).resolve().parents[2] / "README.md"


def assert_no_secret(error: BaseException, *secrets: str) -> None:
    texts = [str(error), repr(error), getattr(error, "message", ""), repr(getattr(error, "body", None))]
    for secret in secrets:
        for text in texts:
            assert secret not in text


async def raised(chat: Chat, stream: bool, messages: object = "Hello", **options: object) -> APIError:
    with pytest.raises(APIError) as info:
        await chat.run(messages, stream=stream, **options)
    return info.value


@STYLES
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("key", [BAD_KEY, MALFORMED_KEY], ids=["unknown", "malformed"])
async def test_bad_key(make_chat: MakeChat, server: FakeFastGPT, stream: bool, key: str) -> None:
    chat = make_chat(api_key=key)
    error = await raised(chat, stream)
    assert isinstance(error, AuthenticationError), repr(error)
    assert_no_secret(error, key, server.api_key, server.account_key)
    assert server.request_count(V1) == 1  # never retried
    assert error.partial_text == ""


def readme_errors_snippet() -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
    matching = [block for block in blocks if "Authentication failed" in block]
    assert len(matching) == 1
    return matching[0]


@STYLES
def test_readme_authentication_example(server: FakeFastGPT, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTGPT_BASE_URL", server.base_url)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(readme_errors_snippet(), {})
    printed = out.getvalue()
    assert printed.startswith("Authentication failed: ")
    assert "Invalid API key." in printed
    assert printed.count("\n") == 1
    assert server.request_count(V1) == 1


@STYLES
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_account_key_without_app_id(make_chat: MakeChat, server: FakeFastGPT, stream: bool) -> None:
    chat = make_chat(api_key=server.account_key)
    error = await raised(chat, stream)
    assert isinstance(error, AuthenticationError), repr(error)
    assert "app_id" in str(error)
    assert_no_secret(error, server.account_key)
    answer = await chat.create("Hello", app_id=server.app_ids["assistant"])
    assert "You asked: Hello" in answer.text


@STYLES
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_unknown_app_id(make_chat: MakeChat, server: FakeFastGPT, stream: bool) -> None:
    chat = make_chat(api_key=server.account_key, app_id="0123456789abcdef01234567")
    error = await raised(chat, stream)
    assert isinstance(error, NotFoundError), repr(error)
    assert_no_secret(error, server.account_key)


@STYLES
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_empty_messages(make_chat: MakeChat, server: FakeFastGPT, stream: bool) -> None:
    chat = make_chat()
    error = await raised(chat, stream, [])
    assert isinstance(error, ValidationError), repr(error)
    assert "message" in str(error)
    assert_no_secret(error, server.api_key)


@STYLES
async def test_chat_of_another_app(make_chat: MakeChat, server: FakeFastGPT) -> None:
    chat = make_chat()
    answer = await chat.create("Hello")
    other = make_chat(api_key=server.app_keys["tool"])
    error = await raised(other, False, chat_id=answer.chat_id)
    assert isinstance(error, PermissionDeniedError), repr(error)
    assert_no_secret(error, server.app_keys["tool"])


async def test_errors_do_not_break_the_client(chat: Chat) -> None:
    for _ in range(3):
        error = await raised(chat, False, [])
        assert isinstance(error, ValidationError)
    assert "You asked: fine" in (await chat.create("fine")).text
