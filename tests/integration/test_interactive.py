"""Interactive workflows: userSelect, userInput forms and nested prompts, end to end."""

from __future__ import annotations

import pytest

from fastgpt_client import FastAnswerEvent, IncompleteAnswerWarning, InteractiveEvent, InteractivePrompt
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


# -- two questions in a row (the `survey` app: a select, then a form) --------------------------
@pytest.fixture
def survey_chat(make_chat: MakeChat, server: FakeFastGPT) -> Chat:
    return make_chat(api_key=server.app_keys["survey"])


@BOTH_VERSIONS
@pytest.mark.parametrize("api_version", ["v1", "v2"])
async def test_second_question_streamed(survey_chat: Chat, api_version: str) -> None:
    """Asking and answering with streams gets both questions, on every version."""
    first, chat_id, _ = await ask(survey_chat, "start")
    assert first.description == "Which plan do you want?"
    stream = await survey_chat.continue_stream(
        first, "Pro", chat_id=chat_id, detail=True, api_version=api_version
    )
    second = (await survey_chat.final(stream)).interactive
    assert second is not None
    assert second.type == "userInput"
    assert second.description == "Where should we send the offer?"
    assert [field.key for field in second.form] == ["email"]
    stream = await survey_chat.continue_stream(
        second, {"email": "ada@example.com"}, chat_id=chat_id, detail=True, api_version=api_version
    )
    done = await survey_chat.final(stream)
    assert done.interactive is None
    assert done.text == "Thanks! The Pro plan offer goes to ada@example.com."


@pytest.mark.parametrize("api_version", ["v1", "v2"])
async def test_second_question_in_a_plain_answer_416(survey_chat: Chat, api_version: str) -> None:
    """FastGPT 4.16 sends a lone question as the only content item: the plain answer carries it."""
    first, chat_id, _ = await ask(survey_chat, "start")
    answer = await survey_chat.continue_interactive(
        first, "Basic", chat_id=chat_id, detail=True, api_version=api_version
    )
    assert answer.text == ""
    second = answer.interactive
    assert second is not None
    assert second.type == "userInput"
    assert second.description == "Where should we send the offer?"
    done = await survey_chat.continue_interactive(
        second, {"email": "ada@example.com"}, chat_id=chat_id, detail=True, api_version=api_version
    )
    assert done.text == "Thanks! The Basic plan offer goes to ada@example.com."
    assert done.interactive is None


@pytest.mark.parametrize("fastgpt_version", ["4.14"], ids=["fastgpt-4.14"])
@pytest.mark.parametrize("api_version", ["v1", "v2"])
async def test_second_question_lost_by_414_warns(survey_chat: Chat, api_version: str) -> None:
    """FastGPT 4.14 leaves a lone question out of a plain answer: the SDK says so, it does not
    return an empty answer silently, and the warning points at the caller."""
    first, chat_id, _ = await ask(survey_chat, "start")
    with pytest.warns(IncompleteAnswerWarning, match="stream=True, detail=True") as caught:
        answer = await survey_chat.continue_interactive(
            first, "Pro", chat_id=chat_id, detail=True, api_version=api_version
        )
    assert answer.interactive is None
    assert caught[0].filename.endswith("conftest.py")  # the line that called the SDK


@BOTH_VERSIONS
async def test_lone_question_without_detail_warns(survey_chat: Chat) -> None:
    """Without detail no version sends the question; the SDK says to pass detail=True."""
    with pytest.warns(IncompleteAnswerWarning, match="Pass detail=True"):
        answer = await survey_chat.create("start")
    assert answer.interactive is None
    assert answer.text == ""


@BOTH_VERSIONS
async def test_answers_with_content_do_not_warn(chat: Chat) -> None:
    """An ordinary answer (filterwarnings=error would fail the test on any warning)."""
    assert (await chat.create("hello")).text
    assert (await chat.create("hello", detail=True)).text
