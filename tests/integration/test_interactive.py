"""Interactive workflows: userSelect, userInput forms and nested prompts, end to end."""

from __future__ import annotations

import pytest

from fastgpt_client import FastAnswerEvent, InteractiveEvent, InteractivePrompt
from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS, V1, Chat, MakeChat


async def ask(chat: Chat, question: str) -> tuple[InteractivePrompt, str, str]:
    """Streams `question` with detail and returns the prompt, the chat id and the text before it."""
    stream = await chat.open(question, detail=True)
    events = await chat.drain(stream)
    prompts = [event.prompt for event in events if isinstance(event, InteractiveEvent)]
    assert len(prompts) == 1
    assert stream.chat_id
    return prompts[0], stream.chat_id, stream.text


@pytest.fixture
def select_chat(make_chat: MakeChat, server: FakeFastGPT) -> Chat:
    return make_chat(api_key=server.app_keys["select"])


@pytest.fixture
def form_chat(make_chat: MakeChat, server: FakeFastGPT) -> Chat:
    return make_chat(api_key=server.app_keys["form"])


@BOTH_VERSIONS
@pytest.mark.parametrize("choice", ["Yes", "No"])
async def test_select_prompt_and_continue(select_chat: Chat, choice: str) -> None:
    prompt, chat_id, _ = await ask(select_chat, "start")
    assert prompt.type == "userSelect"
    assert prompt.description == "Do you want to continue?"
    assert prompt.options == ("Yes", "No")
    assert prompt.nesting == ()
    answer = await select_chat.continue_interactive(prompt, choice, chat_id=chat_id)
    if choice == "Yes":
        assert answer.text == "Great, let's continue: you chose Yes."
    else:
        assert "OK, stopping here." in answer.text
    assert answer.chat_id == chat_id
    assert answer.interactive is None


async def test_select_final_completion_carries_prompt(select_chat: Chat) -> None:
    stream = await select_chat.open("start", detail=True)
    final = await select_chat.final(stream)
    assert final.interactive is not None
    assert final.interactive.options == ("Yes", "No")
    answer = await select_chat.continue_interactive(final.interactive, "Yes", chat_id=final.chat_id)
    assert "you chose Yes" in answer.text


async def test_select_continue_streamed(select_chat: Chat) -> None:
    prompt, chat_id, _ = await ask(select_chat, "start")
    stream = await select_chat.continue_stream(prompt, "Yes", chat_id=chat_id, detail=True)
    final = await select_chat.final(stream)
    assert final.text == "Great, let's continue: you chose Yes."


@BOTH_VERSIONS
async def test_form_prompt_and_dict_answer(form_chat: Chat, server: FakeFastGPT) -> None:
    prompt, chat_id, _ = await ask(form_chat, "sign me up")
    assert prompt.type == "userInput"
    assert [field.key for field in prompt.form] == ["name", "age", "topic"]
    assert prompt.form[0].required
    assert prompt.form[2].options == ("python", "fastgpt")
    answer = await form_chat.continue_interactive(
        prompt, {"name": "Ada", "age": 36, "topic": "fastgpt"}, chat_id=chat_id, detail=True
    )
    assert answer.text == "Thanks! You submitted: name=Ada, age=36, topic=fastgpt."
    assert answer.new_variables.get("name") == "Ada"
    assert (server.chat_variables(chat_id) or {}).get("name") == "Ada"


@BOTH_VERSIONS
async def test_nested_prompt_is_unwrapped(make_chat: MakeChat, server: FakeFastGPT) -> None:
    chat = make_chat(api_key=server.app_keys["nested"])
    stream = await chat.open("onboard me", detail=True)
    events = await chat.drain(stream)
    assert any(isinstance(event, FastAnswerEvent) for event in events)
    prompt = next(event.prompt for event in events if isinstance(event, InteractiveEvent))
    assert "Starting the onboarding sub-app." in stream.text
    assert prompt.type == "userInput"
    assert prompt.nesting == ("childrenInteractive",)
    assert prompt.description == "Sub-app: what is your email?"
    assert [field.key for field in prompt.form] == ["email"]
    assert prompt.raw["type"] == "childrenInteractive"
    answer = await chat.continue_interactive(prompt, {"email": "ada@example.com"}, chat_id=stream.chat_id)
    assert answer.text == "Welcome aboard, ada@example.com!"


async def test_invalid_option_fails_before_any_request(select_chat: Chat, server: FakeFastGPT) -> None:
    prompt, chat_id, _ = await ask(select_chat, "start")
    before = server.request_count(V1)
    with pytest.raises(ValueError, match="Maybe"):
        await select_chat.continue_interactive(prompt, "Maybe", chat_id=chat_id)
    with pytest.raises(TypeError):
        await select_chat.continue_interactive(prompt, {"choice": "Yes"}, chat_id=chat_id)
    with pytest.raises(ValueError, match="chat_id"):
        await select_chat.continue_interactive(prompt, "Yes")
    assert server.request_count(V1) == before
    # the prompt is still pending: a valid answer now continues the run
    answer = await select_chat.continue_interactive(prompt, "Yes", chat_id=chat_id)
    assert "you chose Yes" in answer.text


async def test_invalid_form_answers_fail_before_any_request(form_chat: Chat, server: FakeFastGPT) -> None:
    prompt, chat_id, _ = await ask(form_chat, "sign me up")
    before = server.request_count()
    with pytest.raises(ValueError, match="nickname"):
        await form_chat.continue_interactive(prompt, {"name": "Ada", "nickname": "A"}, chat_id=chat_id)
    with pytest.raises(ValueError, match="topic"):
        await form_chat.continue_interactive(prompt, {"name": "Ada", "topic": "rust"}, chat_id=chat_id)
    with pytest.raises(TypeError):
        await form_chat.continue_interactive(prompt, "Ada", chat_id=chat_id)
    assert server.request_count() == before


async def test_missing_required_form_field_fails_before_any_request(
    form_chat: Chat, server: FakeFastGPT
) -> None:
    """`name` is required; its `defaultValue` is "" (what FastGPT's form node stores for "no default"),
    which must not count as a value."""
    prompt, chat_id, _ = await ask(form_chat, "sign me up")
    assert prompt.form[0].key == "name"
    assert prompt.form[0].required
    before = server.request_count()
    with pytest.raises(ValueError, match="name"):
        await form_chat.continue_interactive(prompt, {"age": 3}, chat_id=chat_id)
    assert server.request_count() == before
