"""`fastgpt export`: an app's chats and messages as JSONL or CSV, with a time range."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from fastgpt_client import ChatClient
from fastgpt_client.testing import FakeFastGPT

from .conftest import Result


def _chat(server: FakeFastGPT, chat_id: str, *questions: str) -> None:
    with ChatClient(api_key=server.api_key, base_url=server.base_url) as client:
        for question in questions:
            client.create_chat_completion(question, chat_id=chat_id)


def test_export_jsonl_has_every_message_in_order(
    run_cli: Callable[..., Result], fastgpt_server: FakeFastGPT, tmp_path: Path
) -> None:
    _chat(fastgpt_server, "chat-one", "first", "second")
    _chat(fastgpt_server, "chat-two", "other")
    result = run_cli("export")
    assert result.code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    by_chat: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        by_chat.setdefault(row["chat_id"], []).append((row["role"], row["text"][:12]))
    assert by_chat["chat-one"] == [
        ("you", "first"),
        ("app", "Hello there!"),
        ("you", "second"),
        ("app", "Hello there!"),
    ]
    assert by_chat["chat-two"] == [("you", "other"), ("app", "Hello there!")]
    assert all(row["record"]["dataId"] == row["data_id"] for row in rows)
    # --output picks the format from the suffix
    written = run_cli("export", "--output", str(tmp_path / "chats.csv"))
    assert written.code == 0, written.stderr
    assert "wrote 6 messages" in written.stderr
    table = list(csv.DictReader(io.StringIO((tmp_path / "chats.csv").read_text(encoding="utf-8"))))
    assert next(row["text"] for row in table if row["chat_id"] == "chat-two") == "other"
    assert list(table[0]) == ["chat_id", "chat_title", "data_id", "role", "time", "text"]


def test_export_time_range(run_cli: Callable[..., Result], fastgpt_server: FakeFastGPT) -> None:
    _chat(fastgpt_server, "chat-now", "today")
    assert run_cli("export", "--since", "2000-01-01").stdout.count("\n") == 2
    assert run_cli("export", "--until", "2000-01-01").stdout == ""
    assert run_cli("export", "--since", "2999-01-01", "--format", "csv").stdout.strip() == (
        "chat_id,chat_title,data_id,role,time,text"
    )
    bad = run_cli("export", "--since", "last week")
    assert bad.code == 2
    assert "give an ISO date" in bad.stderr


def test_export_finds_the_app_of_an_app_key(
    run_cli: Callable[..., Result], fastgpt_server: FakeFastGPT
) -> None:
    _chat(fastgpt_server, "chat-key", "hello")
    result = run_cli("export", env={"FASTGPT_APP_ID": ""})
    assert result.code == 0, result.stderr
    assert '"chat_id": "chat-key"' in result.stdout
    account = run_cli("export", env={"FASTGPT_APP_ID": "", "FASTGPT_API_KEY": fastgpt_server.account_key})
    assert account.code == 2
    assert "export needs the app" in account.stderr


def test_a_reader_that_leaves_early_is_no_error(fastgpt_server: FakeFastGPT) -> None:
    import subprocess
    import sys

    from .conftest import clean_environ, server_env

    for number in range(30):
        _chat(fastgpt_server, f"chat-{number}", "question")
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", f"'{sys.executable}' -m fastgpt_client.cli export | head -1"],
        capture_output=True,
        text=True,
        env=clean_environ(server_env(fastgpt_server)),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert "BrokenPipe" not in done.stderr
