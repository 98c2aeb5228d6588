"""Scripted replies, the database option and the pytest plugin module."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from fastgpt_client import AsyncChatClient, ChatClient
from fastgpt_client.testing import FakeFastGPT, ScriptedReply, children_interactive, user_select

from .conftest import V1, answer_text, bearer, parse_sse, user


def _content(client: httpx.Client, question: str = "q") -> str:
    return str(client.post(V1, json={"messages": user(question)}).json()["choices"][0]["message"]["content"])


def test_once_replies_are_used_in_order_then_the_app_answers(
    server: FakeFastGPT, client: httpx.Client
) -> None:
    server.script("assistant", ScriptedReply(text="first"))
    server.script(server.default_app_id, ScriptedReply(text="second"))
    assert _content(client) == "first"
    assert _content(client) == "second"
    assert _content(client, "third").startswith("Hello there! You asked: third")


def test_persistent_reply_until_cleared(server: FakeFastGPT, client: httpx.Client) -> None:
    server.script("assistant", ScriptedReply(text="always"), once=False)
    server.script("assistant", ScriptedReply(text="once first"))
    assert _content(client) == "once first"
    assert _content(client) == "always"
    assert _content(client) == "always"
    server.clear_scripts("assistant")
    assert _content(client).startswith("Hello")
    server.script("assistant", ScriptedReply(text="x"), once=False)
    server.clear_scripts()
    assert _content(client).startswith("Hello")


def test_scripts_are_per_app(server: FakeFastGPT, client: httpx.Client) -> None:
    server.script("tool", ScriptedReply(text="tool says hi"))
    assert _content(client).startswith("Hello")
    r = httpx.post(
        server.base_url + V1, json={"messages": user("q")}, headers=bearer(server.app_keys["tool"])
    )
    assert r.json()["choices"][0]["message"]["content"] == "tool says hi"


def test_unknown_app_cannot_be_scripted(server: FakeFastGPT) -> None:
    with pytest.raises(KeyError):
        server.script("nope", ScriptedReply(text="x"))


def test_scripted_stream_text_and_nested_prompt(server: FakeFastGPT, client: httpx.Client) -> None:
    server.script(
        "assistant",
        ScriptedReply(text="Streamed 流式 text", interactive=children_interactive(user_select("?", ["a"]))),
    )
    frames = parse_sse(client.post(V1, json={"messages": user("q"), "stream": True, "detail": True}).text)
    assert answer_text(frames) == "Streamed 流式 text"
    interactive = next(f for f in frames if f.event == "interactive").json()["interactive"]
    assert interactive["type"] == "childrenInteractive"
    assert interactive["params"]["childrenResponse"]["type"] == "userSelect"


def test_database_file_keeps_keys_and_chats(tmp_path: Path) -> None:
    db = str(tmp_path / "fastgpt.sqlite")
    with FakeFastGPT(db=db) as first:
        key = first.api_key
        httpx.post(
            first.base_url + V1, json={"messages": user("remember"), "chatId": "p1"}, headers=bearer(key)
        )
    with FakeFastGPT(db=db, seed=123) as second:
        assert second.api_key == key  # keys come from the file, not the seed
        r = httpx.post(
            second.base_url + V1, json={"messages": user("again"), "chatId": "p1"}, headers=bearer(key)
        )
        assert "turn 2 " in r.json()["choices"][0]["message"]["content"]


def test_start_stop_restart() -> None:
    server = FakeFastGPT()
    assert "stopped" in repr(server)
    server.start()
    assert server.start() is server  # idempotent
    url = server.base_url
    assert (
        httpx.get(url + "/api/support/openapi/health", params={"apiKey": server.api_key}).status_code == 200
    )
    server.stop()
    server.stop()
    server.start()
    assert (
        httpx.get(
            server.base_url + "/api/support/openapi/health", params={"apiKey": server.api_key}
        ).status_code
        == 200
    )
    server.close()


def test_pytest_plugin_imports() -> None:
    from fastgpt_client import _pytest_plugin as pytest_plugin

    for name in ("fastgpt_server", "fastgpt_server_session", "fastgpt_client", "async_fastgpt_client"):
        assert hasattr(pytest_plugin, name)


def test_plugin_loads_without_the_testing_extra() -> None:
    """pytest loads the plugin wherever the SDK is installed; it must not need Starlette/uvicorn."""
    code = (
        "import sys\n"
        "sys.modules['starlette'] = None\n"
        "sys.modules['uvicorn'] = None\n"
        "import fastgpt_client._pytest_plugin\n"
        "try:\n"
        "    import fastgpt_client.testing\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'fastgpt-client[testing]'" in result.stdout


def test_plugin_fixtures_talk_to_the_emulator(
    fastgpt_client: ChatClient, fastgpt_server: FakeFastGPT
) -> None:
    answer = fastgpt_client.create_chat_completion("Hello plugin")
    assert "Hello plugin" in answer.text
    assert fastgpt_server.request_count("/api/v1/chat/completions") == 1


async def test_async_plugin_fixture(async_fastgpt_client: AsyncChatClient) -> None:
    answer = await async_fastgpt_client.create_chat_completion("Hello async plugin")
    assert "Hello async plugin" in answer.text


PLUGIN_VERSION_TEST = """
import os


def test_versions(fastgpt_server, fastgpt_server_session, fastgpt_version):
    expected = os.environ["EXPECTED_VERSION"]
    assert fastgpt_version == expected
    assert fastgpt_server.version.name == expected
    assert fastgpt_server_session.version.name == expected
"""


@pytest.mark.parametrize(
    ("options", "expected"), [([], "4.14"), (["--fastgpt-version=4.16"], "4.16")], ids=["ini", "option"]
)
def test_plugin_version_from_the_ini_file_or_the_command_line(
    tmp_path: Path, options: list[str], expected: str
) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\nfastgpt_version = 4.14\n")
    (tmp_path / "test_plugin_version.py").write_text(PLUGIN_VERSION_TEST)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", *options],
        cwd=tmp_path,
        env={**os.environ, "EXPECTED_VERSION": expected},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_plugin_refuses_an_unknown_version(tmp_path: Path) -> None:
    (tmp_path / "test_plugin_version.py").write_text("def test_it(fastgpt_server):\n    pass\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            "--fastgpt-version=4.15",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "does not speak version '4.15'" in result.stdout
