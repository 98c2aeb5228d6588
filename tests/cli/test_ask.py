"""`fastgpt ask`: one answer to stdout, from an argument or stdin, plain, streamed or as JSON."""

from __future__ import annotations

import json
from collections.abc import Callable

from fastgpt_client.testing import FakeFastGPT

from .conftest import Result


def test_ask_prints_the_answer_and_nothing_else(run_cli: Callable[..., Result]) -> None:
    result = run_cli("ask", "What is FastGPT?")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("Hello there! You asked: What is FastGPT?")
    assert result.stdout.count("\n") == 1
    assert result.stderr == ""


def test_ask_reads_the_question_from_stdin(run_cli: Callable[..., Result]) -> None:
    result = run_cli("ask", stdin="piped question\n")
    assert result.code == 0, result.stderr
    assert "You asked: piped question" in result.stdout


def test_ask_stream_prints_the_same_answer(cli: Callable[..., Result]) -> None:
    plain = cli("ask", "Same?")
    streamed = cli("ask", "Same?", "--stream")
    assert streamed.code == 0
    assert streamed.stdout == plain.stdout


def test_ask_json_is_the_whole_completion(cli: Callable[..., Result], fastgpt_server: FakeFastGPT) -> None:
    result = cli("ask", "Hi", "--json", "--var", "name=Ada", "--chat-id", "cli-chat-1")
    assert result.code == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["chat_id"] == "cli-chat-1"
    assert body["text"].startswith("Hello Ada!")
    assert body["tokens"]["total"] == body["tokens"]["input"] + body["tokens"]["output"] > 0
    assert body["response"]["choices"][0]["message"]["role"] == "assistant"
    assert body["response"]["responseData"], "detail mode: the node responses are in the JSON"
    # --chat-id continues the chat on the server: the second turn sees the first.
    again = json.loads(cli("ask", "Again", "--json", "--chat-id", "cli-chat-1").stdout)
    assert "turn 2" in again["text"]
    assert len(fastgpt_server.chat_records("cli-chat-1")) == 4


def test_ask_says_when_the_workflow_waits(cli: Callable[..., Result], cli_env: Callable[[str], None]) -> None:
    cli_env("select")
    result = cli("ask", "start")
    assert result.code == 0
    assert "waiting for an answer (userSelect)" in result.stderr
    assert "fastgpt chat --chat-id" in result.stderr


def test_a_bad_var_is_a_usage_error(cli: Callable[..., Result]) -> None:
    result = cli("ask", "Hi", "--var", "novalue")
    assert result.code == 2
    assert "--var 'novalue': write it as key=value" in result.stderr
