"""Chat requests on the wire, answer shapes, interactive turns and stop."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from fastgpt_api.models import ChatMessage, ImageUrl, ImageUrlContentPart, TextContentPart

from fastgpt_client import ChatCompletion, IncompleteAnswerWarning, InteractivePrompt, StopResult
from fastgpt_client.exceptions import APIResponseValidationError

from .conftest import (
    ABSENT,
    STOP,
    V1,
    V2,
    FakeFastGPT,
    Harness,
    SSEReply,
    chat_body,
    envelope,
    reply_json,
    simple_stream,
)

ID = re.compile(r"^[A-Za-z0-9]{24}$")
SELECT = {
    "type": "userSelect",
    "params": {
        "description": "Continue?",
        "userSelectOptions": [{"key": "a", "value": "Confirm"}, {"key": "b", "value": "Cancel"}],
    },
}
FORM = {
    "type": "userInput",
    "params": {
        "description": "Details",
        "inputForm": [
            {"type": "input", "key": "测试 1", "label": "Name", "required": True},
            {"type": "numberInput", "key": "测试 2", "label": "Count", "required": False},
            {"type": "input", "key": "city", "label": "City", "required": True, "defaultValue": "Paris"},
            {"type": "select", "key": "size", "label": "Size", "list": [{"label": "S", "value": "s"}]},
        ],
    },
}


async def send(api: Harness, messages: object = "Hello", reply=None, client_kwargs=None, **options):
    """Sends one chat request; returns (result, fake server)."""
    fake = FakeFastGPT(reply or reply_json(chat_body()))
    client = api.client(fake, **(client_kwargs or {}))
    return await api.create(client, messages, **options), fake


# -- the request body ---------------------------------------------------------------------------
async def test_minimal_request_body(api: Harness) -> None:
    _, fake = await send(api, [{"role": "user", "content": "Hello"}])
    request = fake.request
    assert request.method == "POST"
    assert str(request.url) == "https://fastgpt.test" + V1
    assert request.headers["Content-Type"] == "application/json"
    body = fake.body()
    assert set(body) == {"messages", "chatId", "stream", "detail", "responseChatItemId"}
    assert body["messages"] == [{"role": "user", "content": "Hello"}]
    assert body["stream"] is False
    assert body["detail"] is False
    assert ID.match(body["chatId"])
    assert ID.match(body["responseChatItemId"])
    assert body["chatId"] != body["responseChatItemId"]


async def test_generated_ids_are_returned_and_differ_per_call(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(chat_body()))
    client = api.client(fake)
    first = await api.create(client, "a")
    second = await api.create(client, "b")
    assert first.chat_id == fake.body(0)["chatId"]
    assert first.response_chat_item_id == fake.body(0)["responseChatItemId"]
    assert first.chat_id != second.chat_id


async def test_every_option_on_the_wire(api: Harness) -> None:
    completion, fake = await send(
        api,
        "Hello",
        chat_id="chat-1",
        response_chat_item_id="item-1",
        app_id="app-opt",
        variables={"城市": "北京", "n": 1},
        metadata={"source": "test"},
        custom_uid="user-7",
        retain_dataset_cite=True,
        detail=True,
    )
    body = fake.body()
    assert body == {
        "messages": [{"role": "user", "content": "Hello"}],
        "chatId": "chat-1",
        "appId": "app-opt",
        "stream": False,
        "detail": True,
        "responseChatItemId": "item-1",
        "variables": {"城市": "北京", "n": 1},
        "metadata": {"source": "test"},
        "customUid": "user-7",
        "retainDatasetCite": True,
    }
    assert "北京".encode() in fake.request.content  # UTF-8, not \\u escapes
    assert completion.chat_id == "chat-1"
    assert completion.response_chat_item_id == "item-1"


async def test_app_id_from_the_client_and_overridden_per_call(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(chat_body()))
    client = api.client(fake, app_id="app-client")
    await api.create(client, "a")
    await api.create(client, "b", app_id="app-call")
    assert fake.body(0)["appId"] == "app-client"
    assert fake.body(1)["appId"] == "app-call"


async def test_v2_endpoint(api: Harness) -> None:
    _, fake = await send(api, api_version="v2")
    assert fake.request.url.path == V2


async def test_unknown_api_version(api: Harness) -> None:
    with pytest.raises(ValueError, match="api_version must be 'v1' or 'v2', not 'v3'"):
        await send(api, api_version="v3")


async def test_extra_headers_query_body_and_timeout(api: Harness) -> None:
    _, fake = await send(
        api,
        extra_headers={"X-Trace": "t-1"},
        extra_query={"debug": "1", "skip": None},
        extra_body={"showSkillReferences": True, "detail": True},
        timeout=httpx.Timeout(3.0, connect=1.0),
    )
    request = fake.request
    assert request.headers["X-Trace"] == "t-1"
    assert dict(request.url.params) == {"debug": "1"}
    body = fake.body()
    assert body["showSkillReferences"] is True
    assert body["detail"] is True  # extra_body overrides
    assert request.extensions["timeout"] == {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0}


async def test_unknown_keyword_option_is_a_type_error(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(chat_body()))
    with pytest.raises(
        TypeError, match=r"create_chat_completion\(\) got unexpected keyword argument\(s\): temprature"
    ):
        await api.create(api.client(fake), "Hello", temprature=0.5)
    assert fake.attempts == 0


@pytest.mark.parametrize(
    ("option", "value", "error"),
    [
        ("chat_id", 5, "chat_id must be a string, not int"),
        ("variables", ["x"], "variables must be a dict, not list"),
        ("metadata", "x", "metadata must be a dict, not str"),
        ("custom_uid", 1, "custom_uid must be a string, not int"),
    ],
)
async def test_option_of_the_wrong_type(api: Harness, option: str, value: object, error: str) -> None:
    with pytest.raises(TypeError, match=re.escape(error)):
        await send(api, **{option: value})


async def test_nan_in_variables_is_refused(api: Harness) -> None:
    with pytest.raises(ValueError, match="NaN and infinity are not JSON"):
        await send(api, variables={"x": float("nan")})


# -- messages ------------------------------------------------------------------------------------
async def test_single_string_is_one_user_message(api: Harness) -> None:
    _, fake = await send(api, "你好")
    assert fake.body()["messages"] == [{"role": "user", "content": "你好"}]


async def test_dict_messages_are_sent_as_given(api: Harness) -> None:
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "assistant", "content": "Hi", "dataId": "d1", "reasoning_text": "x"},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": "https://img/1.png"}},
                {"type": "file_url", "name": "a.pdf", "url": "https://files/a.pdf"},
                {"type": "brand_new_part", "x": 1},
            ],
        },
    ]
    _, fake = await send(api, messages)
    assert fake.body()["messages"] == messages


async def test_generated_models_as_messages(api: Harness) -> None:
    messages = [
        ChatMessage(role="system", content="Be brief."),
        ChatMessage(
            role="user",
            content=[
                TextContentPart(type_="text", text="Describe"),
                ImageUrlContentPart(type_="image_url", image_url=ImageUrl(url="https://img/2.png")),
            ],
        ),
        {"role": "user", "content": [TextContentPart(type_="text", text="mixed")]},
    ]
    _, fake = await send(api, messages)
    assert fake.body()["messages"] == [
        {"role": "system", "content": "Be brief."},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Describe"},
                {"type": "image_url", "image_url": {"url": "https://img/2.png"}},
            ],
        },
        {"role": "user", "content": [{"type": "text", "text": "mixed"}]},
    ]


@pytest.mark.parametrize(
    ("messages", "error", "match"),
    [
        (42, TypeError, "messages must be a list of messages"),
        ({"role": "user", "content": "x"}, TypeError, "messages must be a list of messages"),
        (["hello"], TypeError, r"messages\[0\] must be a dict"),
        ([{"content": "no role"}], ValueError, r"messages\[0\] must have a 'role'"),
        (
            [{"role": "user", "content": "ok"}, {"role": "", "content": "x"}],
            ValueError,
            r"messages\[1\] must have a 'role'",
        ),
        (
            [{"role": "user", "content": 5}],
            TypeError,
            r"messages\[0\]\['content'\] must be a string or a list",
        ),
    ],
)
async def test_bad_messages_are_refused_before_sending(
    api: Harness, messages: object, error: type[Exception], match: str
) -> None:
    fake = FakeFastGPT(reply_json(chat_body()))
    with pytest.raises(error, match=match):
        await api.create(api.client(fake), messages)
    assert fake.attempts == 0


# -- answer shapes --------------------------------------------------------------------------------
async def test_content_as_a_string(api: Harness) -> None:
    completion, _ = await send(api, reply=reply_json(chat_body("The answer", reasoning="Because")))
    assert isinstance(completion, ChatCompletion)
    assert completion.text == "The answer"
    assert completion.reasoning == "Because"
    assert completion.interactive is None
    assert completion.response_data == []
    assert completion.new_variables == {}
    assert completion.error is None
    assert completion.usage is not None
    assert completion.usage.total_tokens == 1
    assert repr(completion) == f"ChatCompletion(chat_id={completion.chat_id!r}, text='The answer')"


async def test_content_as_a_list_of_items(api: Harness) -> None:
    content = [
        {"type": "reasoning", "reasoning": {"content": "r1"}},
        {"type": "text", "text": {"content": "Pick one"}},
        {"type": "interactive", "interactive": SELECT},
    ]
    completion, _ = await send(api, reply=reply_json(chat_body(content)), detail=True)
    assert completion.text == "Pick one"
    assert completion.reasoning == "r1"
    prompt = completion.interactive
    assert isinstance(prompt, InteractivePrompt)
    assert (prompt.type, prompt.description, prompt.options) == (
        "userSelect",
        "Continue?",
        ("Confirm", "Cancel"),
    )
    assert repr(completion).endswith("interactive='userSelect')")


async def test_content_absent_for_a_single_interactive_item(api: Harness) -> None:
    # FastGPT before 4.16 drops `content` when the only answer item is an interactive one: the
    # question is lost, and the SDK says so instead of returning an empty answer silently.
    with pytest.warns(IncompleteAnswerWarning, match="stream=True, detail=True"):
        completion, _ = await send(api, reply=reply_json(chat_body(ABSENT)), detail=True)
    assert completion.text == ""
    assert completion.reasoning == ""
    assert completion.interactive is None
    assert repr(completion) == f"ChatCompletion(chat_id={completion.chat_id!r}, text='')"


async def test_v2_items_without_type(api: Harness) -> None:
    content = [{"text": {"content": "Hello"}}, {"interactive": FORM}]
    completion, _ = await send(api, reply=reply_json(chat_body(content)), detail=True, api_version="v2")
    assert completion.text == "Hello"
    assert completion.interactive is not None
    assert completion.interactive.type == "userInput"
    assert [field.key for field in completion.interactive.form] == ["测试 1", "测试 2", "city", "size"]


async def test_content_null(api: Harness) -> None:
    completion, _ = await send(api, reply=reply_json(chat_body(None)))
    assert completion.text == ""


async def test_detail_fields(api: Harness) -> None:
    body = chat_body(
        "ok",
        responseData=[
            {
                "id": "1",
                "nodeId": "a",
                "moduleName": "AI",
                "moduleType": "chatNode",
                "inputTokens": 9,
                "outputTokens": 4,
                "totalPoints": 0.25,
            },
            {"id": "2", "nodeId": "b", "moduleName": "Code", "moduleType": "code", "errorText": "boom"},
        ],
        newVariables={"score": 3, "tags": ["x"]},
        error="boom",
    )
    completion, _ = await send(api, reply=reply_json(body), detail=True)
    assert [node.node_id for node in completion.response_data] == ["a", "b"]
    assert completion.response_data[1].error_text == "boom"
    assert completion.new_variables == {"score": 3, "tags": ["x"]}
    assert completion.error == "boom"
    assert (
        completion.tokens.input_tokens,
        completion.tokens.output_tokens,
        completion.tokens.total_points,
    ) == (
        9,
        4,
        0.25,
    )


async def test_server_chat_id_is_used_when_none_was_sent(api: Harness) -> None:
    completion = ChatCompletion.from_json(chat_body("x", id="server-chat"))
    assert completion.chat_id == "server-chat"
    assert completion.id == "server-chat"


async def test_multiple_choices_fields_are_kept_raw(api: Harness) -> None:
    completion, _ = await send(api, reply=reply_json(chat_body("x", id="abc")))
    assert completion.id == "abc"
    assert completion.raw.model == ""


# -- continue_interactive -------------------------------------------------------------------------
async def test_continue_user_select(api: Harness) -> None:
    prompt = InteractivePrompt.from_payload(SELECT)
    fake = FakeFastGPT(reply_json(chat_body("Done")))
    client = api.client(fake)
    completion = await api.continue_interactive(client, prompt, "Confirm", chat_id="chat-9", detail=True)
    assert completion.text == "Done"
    body = fake.body()
    assert body["chatId"] == "chat-9"
    assert body["messages"] == [{"role": "user", "content": "Confirm"}]
    assert body["detail"] is True


async def test_continue_user_select_with_a_wrong_value_sends_nothing(api: Harness) -> None:
    prompt = InteractivePrompt.from_payload(SELECT)
    fake = FakeFastGPT(reply_json(chat_body()))
    with pytest.raises(ValueError, match=r"'a' is not one of this prompt's options: \['Confirm', 'Cancel'\]"):
        await api.continue_interactive(api.client(fake), prompt, "a", chat_id="chat-9")
    with pytest.raises(TypeError, match="answered with one option value"):
        await api.continue_interactive(api.client(fake), prompt, {"a": 1}, chat_id="chat-9")
    assert fake.attempts == 0


async def test_continue_user_input_sends_a_json_string(api: Harness) -> None:
    prompt = InteractivePrompt.from_payload(FORM)
    fake = FakeFastGPT(reply_json(chat_body("Thanks")))
    await api.continue_interactive(api.client(fake), prompt, {"测试 1": "内容", "测试 2": 666}, chat_id="c1")
    content = fake.body()["messages"][0]["content"]
    assert isinstance(content, str)
    assert json.loads(content) == {"测试 1": "内容", "测试 2": 666}
    assert "内容" in content


@pytest.mark.parametrize(
    ("answer", "error", "match"),
    [
        ({"测试 2": 1}, ValueError, r"Required form field\(s\) \['测试 1'\] have no value"),
        ({"测试 1": "x", "nope": 1}, ValueError, r"Unknown form field\(s\) \['nope'\]"),
        ({"测试 1": "x", "size": "xl"}, ValueError, "'xl' is not a choice of field 'size'"),
        ("just text", TypeError, "answered with a dict of form values"),
    ],
)
async def test_continue_user_input_checks_the_form(
    api: Harness, answer: object, error: type, match: str
) -> None:
    prompt = InteractivePrompt.from_payload(FORM)
    fake = FakeFastGPT(reply_json(chat_body()))
    with pytest.raises(error, match=match):
        await api.continue_interactive(api.client(fake), prompt, answer, chat_id="c1")
    assert fake.attempts == 0


async def test_continue_needs_a_chat_id(api: Harness) -> None:
    prompt = InteractivePrompt.from_payload(SELECT)
    fake = FakeFastGPT(reply_json(chat_body()))
    with pytest.raises(ValueError, match=r"continue_interactive\(\) needs chat_id"):
        await api.continue_interactive(api.client(fake), prompt, "Confirm")
    assert fake.attempts == 0


async def test_continue_needs_a_prompt(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(chat_body()))
    with pytest.raises(TypeError, match="prompt must be the InteractivePrompt"):
        await api.continue_interactive(api.client(fake), SELECT, "Confirm", chat_id="c")


async def test_other_prompt_kinds_cannot_be_answered(api: Harness) -> None:
    prompt = InteractivePrompt.from_payload({"type": "paymentPause", "params": {"description": "pay"}})
    fake = FakeFastGPT(reply_json(chat_body()))
    with pytest.raises(ValueError, match="'paymentPause' prompt cannot be answered"):
        await api.continue_interactive(api.client(fake), prompt, "x", chat_id="c")


async def test_continue_interactive_streamed(api: Harness) -> None:
    prompt = InteractivePrompt.from_payload(SELECT)
    fake = FakeFastGPT(SSEReply(simple_stream("ok")))
    stream = await api.continue_interactive(api.client(fake), prompt, "Cancel", chat_id="c", stream=True)
    assert await api.text_stream(stream) == ["ok"]
    assert fake.body()["stream"] is True
    assert fake.body()["messages"][0]["content"] == "Cancel"


def test_interactive_prompt_from_non_prompts() -> None:
    assert InteractivePrompt.from_payload(None) is None
    assert InteractivePrompt.from_payload({"params": {}}) is None
    assert InteractivePrompt.from_payload("userSelect") is None


# -- stop_chat ------------------------------------------------------------------------------------
STOPPED = {"code": 200, "statusText": "", "message": "", "data": {"success": True}}


async def test_stop_chat_body_and_result(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(STOPPED))
    client = api.client(fake, app_id="app-1")
    result = await api.stop_chat(client, "chat-1")
    assert result == StopResult(success=True, completed=None, chat_generate_status=None)  # 4.14's {success}
    assert result  # truthy when success: `if client.stop_chat(...)` keeps working
    assert fake.request.url.path == STOP
    assert fake.body() == {"appId": "app-1", "chatId": "chat-1"}


async def test_stop_chat_app_id_argument(api: Harness) -> None:
    fake = FakeFastGPT(reply_json({**STOPPED, "data": {"success": False}}))
    result = await api.stop_chat(api.client(fake), "chat-1", app_id="app-2")
    assert result.success is False
    assert not result
    assert fake.body()["appId"] == "app-2"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"success": True, "completed": True, "chatGenerateStatus": 1}, StopResult(True, True, 1)),
        ({"success": True, "completed": False, "chatGenerateStatus": 0}, StopResult(True, False, 0)),
        ({"success": True, "completed": True}, StopResult(True, True, None)),
        ({"success": True, "completed": True, "chatGenerateStatus": 7}, StopResult(True, True, 7)),
        ({"success": True, "completed": "yes", "chatGenerateStatus": True}, StopResult(True, None, None)),
        (None, StopResult(True, None, None)),
    ],
    ids=["4.16-done", "4.16-still-generating", "no-status", "unknown-status", "odd-types", "data-null"],
)
async def test_stop_chat_4_16_answer(api: Harness, data: object, expected: StopResult) -> None:
    fake = FakeFastGPT(reply_json({**STOPPED, "data": data}))
    result = await api.stop_chat(api.client(fake, app_id="a"), "c")
    assert result == expected
    assert isinstance(result, StopResult)
    assert bool(result) is expected.success


@pytest.mark.parametrize(
    ("client_timeout", "per_call", "sent"),
    [
        (2.0, None, {"connect": 2.0, "read": 10.0, "write": 2.0, "pool": 2.0}),
        (httpx.Timeout(3.0, connect=1.0), None, {"connect": 1.0, "read": 10.0, "write": 3.0, "pool": 3.0}),
        (
            httpx.Timeout(600.0, connect=5.0),
            None,
            {"connect": 5.0, "read": 600.0, "write": 600.0, "pool": 600.0},
        ),
        (httpx.Timeout(5.0, read=None), None, {"connect": 5.0, "read": None, "write": 5.0, "pool": 5.0}),
        (None, None, {"connect": None, "read": None, "write": None, "pool": None}),
        (2.0, 1.5, {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}),
    ],
    ids=["short-float", "short-timeout", "default", "no-read-limit", "no-limit", "per-call-wins"],
)
async def test_stop_chat_read_timeout_is_at_least_10_s(
    api: Harness, client_timeout: object, per_call: float | None, sent: dict[str, float | None]
) -> None:
    """FastGPT 4.14.11+ waits up to 5 s for the run to end before answering a stop."""
    fake = FakeFastGPT(reply_json(STOPPED))
    client = api.client(fake, app_id="a", timeout=client_timeout)
    options = {} if per_call is None else {"timeout": per_call}
    await api.stop_chat(client, "c", **options)
    assert fake.request.extensions["timeout"] == sent


async def test_stop_chat_needs_an_app_id(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(STOPPED))
    with pytest.raises(ValueError, match=r"stop_chat\(\) needs an app id"):
        await api.stop_chat(api.client(fake), "chat-1")
    assert fake.attempts == 0


async def test_stop_chat_needs_a_chat_id(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(STOPPED))
    with pytest.raises(ValueError, match="needs the chat_id"):
        await api.stop_chat(api.client(fake, app_id="a"), "")


async def test_stop_chat_error_envelope(api: Harness) -> None:
    from fastgpt_client.exceptions import PermissionDeniedError

    fake = FakeFastGPT(reply_json(envelope(504000, "unAuthChat", "x")))
    with pytest.raises(PermissionDeniedError):
        await api.stop_chat(api.client(fake, app_id="a"), "c")


async def test_stop_chat_unknown_option(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(STOPPED))
    with pytest.raises(TypeError, match=r"stop_chat\(\) got unexpected keyword argument\(s\): detail"):
        await api.stop_chat(api.client(fake, app_id="a"), "c", detail=True)


async def test_stop_chat_non_json_success(api: Harness) -> None:
    from .conftest import reply_bytes

    fake = FakeFastGPT(reply_bytes(b"", status=200))
    with pytest.raises(APIResponseValidationError, match="empty"):
        await api.stop_chat(api.client(fake, app_id="a"), "c")
