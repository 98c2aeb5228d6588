"""`fastgpt chat` in a real pseudo-terminal (pexpect): streamed answers, a select node answered
from a numbered menu, a form, /history, /new, /exit, Ctrl-C."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pexpect
import pytest

from fastgpt_client.testing import FakeFastGPT

from .conftest import clean_environ, server_env

TIMEOUT = 30


@pytest.fixture
def spawn(fastgpt_server: FakeFastGPT) -> Iterator[object]:
    children: list[pexpect.spawn] = []

    def start(*args: str, app: str = "assistant") -> pexpect.spawn:
        env = clean_environ(server_env(fastgpt_server, app))
        child = pexpect.spawn(
            sys.executable,
            ["-m", "fastgpt_client.cli", "chat", *args],
            env=env,
            encoding="utf-8",
            timeout=TIMEOUT,
            dimensions=(40, 120),
        )
        children.append(child)
        return child

    yield start
    for child in children:
        if child.isalive():
            child.terminate(force=True)
        child.close()


def test_select_node_is_answered_from_a_menu(spawn: object, fastgpt_server: FakeFastGPT) -> None:
    child = spawn("--detail", app="select")  # type: ignore[operator]
    child.expect(r"chat (\w{24})")
    chat_id = child.match.group(1)
    child.expect_exact("you> ")
    child.sendline("I want to book")
    child.expect_exact("Do you want to continue?")
    child.expect_exact("1) Yes")
    child.expect_exact("2) No")
    child.expect_exact("choose 1-2: ")
    child.sendline("7")  # not a choice: asked again
    child.expect_exact("Type a number from 1 to 2")
    child.expect_exact("choose 1-2: ")
    child.sendline("1")
    child.expect_exact("you chose Yes")
    child.expect(r"tokens: \d+ in · \d+ out · chat " + chat_id)
    child.expect_exact("you> ")
    # The answer went to the same chat, through continue_interactive: FastGPT stores the
    # choice on the paused question and the rest of the run in the same answer.
    question, answer = fastgpt_server.chat_records(chat_id)
    assert question["value"][0]["text"]["content"] == "I want to book"
    assert answer["value"][0]["interactive"]["params"]["userSelectedVal"] == "Yes"
    assert answer["value"][1]["text"]["content"] == "Great, let's continue: you chose Yes."
    child.sendline("/history")
    child.expect(r"you:(\x1b\[0m)? I want to book")
    child.expect_exact("you> ")
    child.sendline("/exit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_node_status_lines_and_new_chat(spawn: object) -> None:
    child = spawn("--detail")  # type: ignore[operator]
    child.expect(r"chat (\w{24})")
    first = child.match.group(1)
    child.expect_exact("you> ")
    child.sendline("Hello")
    child.expect_exact("· AI Chat (running)")
    child.expect_exact("You asked: Hello This is turn 1")
    child.expect_exact("you> ")
    child.sendline("Again")
    child.expect_exact("This is turn 2")
    child.expect_exact("you> ")
    child.sendline("/new")
    child.expect(r"New chat (\w{24})")
    assert child.match.group(1) != first
    child.expect_exact("you> ")
    child.sendline("Fresh")
    child.expect_exact("This is turn 1")
    child.expect_exact("you> ")
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_form_node_is_filled_field_by_field(spawn: object, fastgpt_server: FakeFastGPT) -> None:
    child = spawn(app="form")  # type: ignore[operator]
    child.expect(r"chat (\w{24})")
    chat_id = child.match.group(1)
    child.expect_exact("you> ")
    child.sendline("sign me up")
    child.expect_exact("name (required)")
    child.sendline("")  # required: the SDK's check says so, the form is asked again
    child.expect_exact("age")
    child.sendline("")
    child.expect_exact("topic")
    child.sendline("")
    child.expect_exact("have no value")
    child.expect_exact("name (required)")
    child.sendline("Ada")
    child.expect_exact("age")
    child.sendline("36")
    child.expect_exact("topic")
    child.sendline("2")
    child.expect_exact("Thanks! You submitted: name=Ada, age=36, topic=fastgpt.")
    child.expect_exact("you> ")
    answer = fastgpt_server.chat_records(chat_id)[-1]
    assert answer["value"][0]["interactive"]["params"]["submitted"] is True
    child.sendline("/exit")
    child.expect(pexpect.EOF)


def test_ctrl_c_at_the_prompt_leaves_with_130(spawn: object) -> None:
    child = spawn()  # type: ignore[operator]
    child.expect_exact("you> ")
    child.sendintr()
    child.expect_exact("Interrupted.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in (child.before or "")


def test_ctrl_c_during_an_answer_stops_it_and_the_chat_goes_on(
    spawn: object, fastgpt_server: FakeFastGPT
) -> None:
    fastgpt_server.token_delay = 0.2  # the answer takes seconds to write
    child = spawn()  # type: ignore[operator]
    child.expect_exact("you> ")
    child.sendline("Tell me a long story")
    child.expect_exact("Hello")
    child.sendintr()
    child.expect_exact("(stopped)")
    child.expect_exact("you> ")
    fastgpt_server.token_delay = 0.0
    child.sendline("Still there?")
    child.expect_exact("You asked: Still there?")
    child.expect_exact("you> ")
    child.sendline("/exit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
