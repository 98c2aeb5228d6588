"""Streamed answers through the client: typed events, accumulation, errors and cut-offs."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fastgpt_client import (
    AnswerEvent,
    AsyncChatStream,
    ChatStream,
    FastAnswerEvent,
    FlowNodeResponseEvent,
    FlowNodeStatusEvent,
    FlowResponsesEvent,
    InteractiveEvent,
    ToolCallEvent,
    ToolParamsEvent,
    ToolResponseEvent,
    UnknownEvent,
    UpdateVariablesEvent,
    WorkflowDurationEvent,
)
from fastgpt_client.exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    InsufficientQuotaError,
    InternalServerError,
    StreamParseError,
)

from .conftest import (
    ERROR_514,
    V2,
    FakeFastGPT,
    Harness,
    SSEReply,
    answer,
    chat_body,
    chunk,
    done,
    envelope,
    finish,
    frame,
    reply_json,
    simple_stream,
)

NODES = [
    {
        "id": "1",
        "nodeId": "search",
        "moduleName": "知识库搜索",
        "moduleType": "datasetSearchNode",
        "runningTime": 1.78,
    },
    {
        "id": "2",
        "nodeId": "chat",
        "moduleName": "AI 对话",
        "moduleType": "chatNode",
        "inputTokens": 120,
        "outputTokens": 30,
        "totalPoints": 0.5,
    },
    {
        "id": "3",
        "nodeId": "tool",
        "moduleName": "tool",
        "moduleType": "tools",
        "inputTokens": 7,
        "outputTokens": 3,
    },
]
TOOL = {
    "id": "call_1",
    "toolName": "天气",
    "toolAvatar": "",
    "functionName": "weather",
    "params": "",
    "response": "",
}
SELECT = {
    "type": "userSelect",
    "params": {
        "description": "Pick one",
        "userSelectOptions": [{"key": "k1", "value": "Yes"}, {"key": "k2", "value": "No"}],
    },
}
FORM = {
    "type": "userInput",
    "params": {
        "description": "Fill in",
        "inputForm": [
            {"type": "input", "key": "name", "label": "Name", "required": True, "valueType": "string"},
            {
                "type": "select",
                "key": "size",
                "label": "Size",
                "required": False,
                "list": [{"label": "S", "value": "s"}, {"label": "L", "value": "l"}],
            },
            {"type": "numberInput", "key": "age", "label": "Age", "min": 1, "max": 120},
        ],
    },
}


async def open_stream(api: Harness, reply: SSEReply | Any, **options: Any) -> tuple[Any, FakeFastGPT]:
    fake = FakeFastGPT(reply)
    stream = await api.create(api.client(fake, max_retries=0), "Hello", stream=True, **options)
    assert isinstance(stream, AsyncChatStream if api.is_async else ChatStream)
    return stream, fake


# -- detail=false ---------------------------------------------------------------------------------
async def test_plain_stream_yields_answer_events(api: Harness) -> None:
    stream, fake = await open_stream(api, SSEReply(simple_stream("电", "影")))
    events = await api.events(stream)
    assert [type(event) for event in events] == [AnswerEvent, AnswerEvent, AnswerEvent]
    assert [event.event for event in events] == ["answer"] * 3
    assert [(event.text, event.finish_reason) for event in events] == [
        ("电", None),
        ("影", None),
        ("", "stop"),
    ]
    assert events[0].data["choices"][0]["delta"]["content"] == "电"
    assert stream.text == "电影"
    assert fake.body()["stream"] is True
    assert fake.body()["detail"] is False


async def test_heartbeats_are_not_yielded(api: Harness) -> None:
    body = answer("", event=None) + answer("a", event=None) + answer("", event=None) + done(event=None)
    stream, _ = await open_stream(api, SSEReply(body))
    events = await api.events(stream)
    assert [event.text for event in events] == ["a"]


async def test_reasoning_chunks(api: Harness) -> None:
    body = (
        frame(chunk(None, reasoning="think "), "answer")
        + frame(chunk(None, reasoning="more"), "answer")
        + answer("done")
        + finish()
        + done()
    )
    stream, _ = await open_stream(api, SSEReply(body))
    events = await api.events(stream)
    assert [(event.text, event.reasoning) for event in events[:3]] == [
        ("", "think "),
        ("", "more"),
        ("done", ""),
    ]
    assert stream.reasoning == "think more"
    assert stream.text == "done"


async def test_text_stream_yields_only_answer_text(api: Harness) -> None:
    body = (
        frame({"status": "running", "name": "AI"}, "flowNodeStatus")
        + frame(chunk(None, reasoning="hidden"), "answer")
        + answer("Hello")
        + frame(chunk("\nfixed"), "fastAnswer")
        + frame({"x": 1}, "somethingNew")
        + answer(" world")
        + finish()
        + done()
    )
    stream, _ = await open_stream(api, SSEReply(body), detail=True, api_version="v2")
    assert await api.text_stream(stream) == ["Hello", "\nfixed", " world"]


async def test_final_completion_matches_the_non_stream_answer(api: Harness) -> None:
    plain = FakeFastGPT(reply_json(chat_body("Hello world")))
    non_stream = await api.create(api.client(plain), "Hello")
    stream, _ = await open_stream(
        api,
        SSEReply(
            [answer("Hello", event=None), answer(" world", event=None), finish(event=None), done(event=None)]
        ),
    )
    completion = await api.final(stream)
    assert completion.text == non_stream.text == "Hello world"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.response_data == []
    assert completion.new_variables == {}
    assert completion.interactive is None
    assert completion.chat_id == stream.chat_id
    assert completion.response_chat_item_id == stream.response_chat_item_id


# -- detail events --------------------------------------------------------------------------------
async def test_every_detail_event_kind(api: Harness) -> None:
    body = b"".join(
        [
            frame({"status": "running", "name": "知识库搜索"}, "flowNodeStatus"),
            answer("电影"),
            frame(chunk("\n固定"), "fastAnswer"),
            frame({"tool": TOOL}, "toolCall"),
            frame({"tool": {**TOOL, "params": '{"city":'}}, "toolParams"),
            frame({"tool": {**TOOL, "response": "晴"}}, "toolResponse"),
            frame({"city": "北京"}, "updateVariables"),
            frame({"step": 1}, "someFutureEvent"),
            frame({"durationSeconds": 3.21}, "workflowDuration"),
            finish(),
            done(),
            frame(NODES, "flowResponses"),
        ]
    )
    stream, _ = await open_stream(api, SSEReply(body), detail=True)
    events = await api.events(stream)
    kinds = [type(event) for event in events]
    assert kinds == [
        FlowNodeStatusEvent,
        AnswerEvent,
        FastAnswerEvent,
        ToolCallEvent,
        ToolParamsEvent,
        ToolResponseEvent,
        UpdateVariablesEvent,
        UnknownEvent,
        WorkflowDurationEvent,
        AnswerEvent,
        FlowResponsesEvent,
    ]
    status, _, fast, call, params, response, variables, unknown, duration, _, flow = events
    assert (status.event, status.name, status.status) == ("flowNodeStatus", "知识库搜索", "running")
    assert isinstance(fast, AnswerEvent)
    assert (fast.event, fast.text) == ("fastAnswer", "\n固定")
    assert (call.event, call.tool.tool_name, call.tool.function_name, call.tool.id) == (
        "toolCall",
        "天气",
        "weather",
        "call_1",
    )
    assert params.tool.params == '{"city":'
    assert response.tool.response == "晴"
    assert variables.variables == {"city": "北京"}
    assert (unknown.event, unknown.data) == ("someFutureEvent", {"step": 1})
    assert duration.seconds == 3.21
    assert [node.module_name for node in flow.nodes] == ["知识库搜索", "AI 对话", "tool"]
    assert flow.data == NODES


async def test_v1_detail_keeps_reading_after_done_for_flow_responses(api: Harness) -> None:
    reply = SSEReply([answer("ok"), finish(), done(), frame(NODES, "flowResponses")])
    stream, _ = await open_stream(api, reply, detail=True)
    completion = await api.final(stream)
    assert completion.text == "ok"
    assert [node.node_id for node in completion.response_data] == ["search", "chat", "tool"]
    tokens = completion.tokens
    assert (tokens.input_tokens, tokens.output_tokens, tokens.total_tokens) == (127, 33, 160)
    assert tokens.total_points == 0.5
    assert reply.stream.closed


async def test_v1_detail_stops_after_flow_responses(api: Harness) -> None:
    reply = SSEReply([answer("ok"), done(), frame(NODES, "flowResponses"), frame({"late": 1}, "extra")])
    stream, _ = await open_stream(api, reply, detail=True)
    events = await api.events(stream)
    assert [type(event) for event in events] == [AnswerEvent, FlowResponsesEvent]
    assert reply.stream.delivered == 3
    assert reply.stream.closed


async def test_v1_detail_server_closing_after_done_is_not_an_error(api: Harness) -> None:
    stream, _ = await open_stream(api, SSEReply([answer("ok"), done()]), detail=True)
    completion = await api.final(stream)
    assert completion.text == "ok"
    assert completion.response_data == []


async def test_plain_stream_stops_at_done(api: Harness) -> None:
    reply = SSEReply([answer("ok", event=None), done(event=None), frame({"x": 1}, "late")])
    stream, _ = await open_stream(api, reply)
    assert [event.text for event in await api.events(stream)] == ["ok"]
    assert reply.stream.delivered == 2


async def test_v2_flow_node_response_events(api: Harness) -> None:
    body = b"".join(
        [
            answer("a"),
            frame(NODES[0], "flowNodeResponse"),
            answer("b"),
            frame(NODES[1], "flowNodeResponse"),
            done(),
        ]
    )
    stream, fake = await open_stream(api, SSEReply(body), detail=True, api_version="v2")
    assert fake.request.url.path == V2
    events = await api.events(stream)
    node_events = [event for event in events if isinstance(event, FlowNodeResponseEvent)]
    assert [event.node.node_id for event in node_events] == ["search", "chat"]
    assert node_events[1].node.input_tokens == 120
    completion = await api.final(stream)
    assert [node.node_id for node in completion.response_data] == ["search", "chat"]
    assert completion.tokens.input_tokens == 120
    assert completion.text == "ab"


async def test_interactive_event_and_final_completion(api: Harness) -> None:
    nested = {"type": "childrenInteractive", "params": {"childrenResponse": SELECT}}
    body = answer("Before") + frame({"interactive": nested}, "interactive") + done()
    stream, _ = await open_stream(api, SSEReply(body), detail=True, api_version="v2")
    events = await api.events(stream)
    event = events[1]
    assert isinstance(event, InteractiveEvent)
    assert event.prompt.type == "userSelect"
    assert event.prompt.description == "Pick one"
    assert event.prompt.options == ("Yes", "No")
    assert event.prompt.nesting == ("childrenInteractive",)
    assert event.prompt.raw == nested
    completion = await api.final(stream)
    assert completion.text == "Before"
    assert completion.interactive is not None
    assert completion.interactive.options == ("Yes", "No")


async def test_deeply_nested_user_input_form(api: Harness) -> None:
    nested = {
        "type": "loopInteractive",
        "params": {
            "currentIndex": 0,
            "childrenResponse": {"type": "toolChildrenInteractive", "params": {"childrenResponse": FORM}},
        },
    }
    stream, _ = await open_stream(
        api, SSEReply(frame({"interactive": nested}, "interactive") + done()), detail=True
    )
    (event,) = await api.events(stream)
    prompt = event.prompt
    assert prompt.type == "userInput"
    assert prompt.nesting == ("loopInteractive", "toolChildrenInteractive")
    assert [(field.key, field.label, field.type, field.required) for field in prompt.form] == [
        ("name", "Name", "input", True),
        ("size", "Size", "select", False),
        ("age", "Age", "numberInput", False),
    ]
    assert prompt.form[1].options == ("s", "l")
    assert (prompt.form[2].min, prompt.form[2].max) == (1.0, 120.0)
    assert prompt.form[0].value_type == "string"


async def test_interactive_frame_without_a_prompt_is_unknown(api: Harness) -> None:
    stream, _ = await open_stream(api, SSEReply(frame({"other": 1}, "interactive") + done()), detail=True)
    (event,) = await api.events(stream)
    assert type(event) is UnknownEvent
    assert (event.event, event.data) == ("interactive", {"other": 1})


async def test_update_variables_reach_the_final_completion(api: Harness) -> None:
    body = (
        answer("x")
        + frame({"a": 1}, "updateVariables")
        + frame({"a": 2, "b": "c"}, "updateVariables")
        + done()
    )
    stream, _ = await open_stream(api, SSEReply(body), detail=True, api_version="v2")
    completion = await api.final(stream)
    assert completion.new_variables == {"a": 2, "b": "c"}


async def test_final_completion_reasoning(api: Harness) -> None:
    body = frame(chunk(None, reasoning="why"), event=None) + answer("because", event=None) + done(event=None)
    stream, _ = await open_stream(api, SSEReply(body))
    completion = await api.final(stream)
    assert (completion.text, completion.reasoning) == ("because", "why")


# -- errors ---------------------------------------------------------------------------------------
async def test_error_frame_before_the_answer_raises_from_create(api: Harness) -> None:
    reply = SSEReply(frame(ERROR_514, "error"), content_type="")
    fake = FakeFastGPT(reply)
    with pytest.raises(AuthenticationError) as info:
        await api.create(api.client(fake), "Hello", stream=True)
    assert info.value.code == 514
    assert info.value.status_code == 200  # the stream's HTTP status: the error came in the body
    assert info.value.partial_text == ""
    assert fake.attempts == 1
    assert reply.stream.closed


async def test_error_frame_mid_stream_raises_the_mapped_error_with_partial_text(api: Harness) -> None:
    error = envelope(500004, "aiPointsNotEnough", "common:code_error.team_error.ai_points_not_enough")
    body = [answer("Hel"), answer("lo"), frame(error, "error"), answer("never")]
    reply = SSEReply(body)
    stream, _ = await open_stream(api, reply, detail=True)
    with pytest.raises(InsufficientQuotaError) as info:
        await api.events(stream)
    assert info.value.partial_text == "Hello"
    assert info.value.code == 500004
    assert stream.text == "Hello"
    assert reply.stream.closed


QUOTA_ERROR = envelope(500004, "aiPointsNotEnough", "common:code_error.team_error.ai_points_not_enough")


def assert_from_the_stream(error: InsufficientQuotaError, fake: FakeFastGPT, reply: SSEReply) -> None:
    """An error frame's exception carries the stream's response, its request and its HTTP status."""
    assert error.response is not None
    assert error.response.headers["content-type"] == reply.content_type
    assert error.request is fake.request
    assert error.request is error.response.request
    assert error.request.url.path == "/api/v1/chat/completions"
    assert error.status_code == 200


async def test_error_frame_before_the_answer_carries_the_streams_response(api: Harness) -> None:
    reply = SSEReply([frame(QUOTA_ERROR, "error")])
    fake = FakeFastGPT(reply)
    with pytest.raises(InsufficientQuotaError) as info:
        await api.create(api.client(fake, max_retries=0), "Hello", stream=True, detail=True)
    assert_from_the_stream(info.value, fake, reply)
    assert info.value.partial_text == ""


async def test_error_frame_mid_stream_carries_the_streams_response(api: Harness) -> None:
    reply = SSEReply([answer("Hel"), frame(QUOTA_ERROR, "error")])
    stream, fake = await open_stream(api, reply, detail=True)
    with pytest.raises(InsufficientQuotaError) as info:
        await api.events(stream)
    assert_from_the_stream(info.value, fake, reply)
    assert info.value.response is stream.response
    assert info.value.partial_text == "Hel"


async def test_bare_message_error_frame(api: Harness) -> None:
    stream, _ = await open_stream(api, SSEReply([answer("a"), frame({"message": "node crashed"}, "error")]))
    with pytest.raises(InternalServerError, match="node crashed") as info:
        await api.events(stream)
    assert info.value.partial_text == "a"


async def test_malformed_json_frame_raises_stream_parse_error(api: Harness) -> None:
    reasoning = frame(chunk(None, reasoning="r"), "answer")
    stream, _ = await open_stream(
        api, SSEReply([answer("Hi"), reasoning, b'event: answer\ndata: {"choices": [\n\n'])
    )
    with pytest.raises(StreamParseError) as info:
        await api.events(stream)
    assert info.value.partial_text == "Hi"
    assert info.value.partial_reasoning == "r"
    assert info.value.body == '{"choices": ['
    assert "'answer' stream frame" in str(info.value)


async def test_frame_of_an_unexpected_shape_is_tolerated(api: Harness) -> None:
    stream, _ = await open_stream(
        api, SSEReply([frame({"tool": "not an object"}, "toolCall"), answer("Hi"), done()])
    )
    call, text = await api.events(stream)
    assert type(call) is ToolCallEvent
    assert call.data == {"tool": "not an object"}
    assert text.text == "Hi"


async def test_stream_ending_without_done(api: Harness) -> None:
    reply = SSEReply([answer("Hel"), answer("lo")])
    stream, _ = await open_stream(api, reply)
    with pytest.raises(APIConnectionError) as info:
        await api.events(stream)
    assert type(info.value) is APIConnectionError
    assert "no [DONE] frame" in str(info.value)
    assert info.value.partial_text == "Hello"
    assert stream.text == "Hello"
    assert reply.stream.closed


async def test_stream_cut_mid_frame(api: Harness) -> None:
    whole = answer("lo")
    reply = SSEReply([answer("Hel"), whole[: len(whole) // 2]])
    stream, _ = await open_stream(api, reply)
    with pytest.raises(APIConnectionError) as info:
        await api.events(stream)
    assert "cut off in the middle of a frame" in str(info.value)
    assert info.value.partial_text == "Hel"
    assert stream.text == "Hel"


async def test_remote_protocol_error_mid_stream(api: Harness) -> None:
    cut = httpx.RemoteProtocolError("peer closed connection without sending complete message body")
    reply = SSEReply([answer("电"), answer("影"), b'event: answer\ndata: {"cho'], error=cut)
    stream, _ = await open_stream(api, reply)
    with pytest.raises(APIConnectionError) as info:
        await api.events(stream)
    assert type(info.value) is APIConnectionError
    assert "The stream broke off" in str(info.value)
    assert info.value.partial_text == "电影"
    assert stream.text == "电影"
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert reply.stream.closed


async def test_read_timeout_mid_stream(api: Harness) -> None:
    reply = SSEReply([answer("a")], error=httpx.ReadTimeout("idle"))
    stream, _ = await open_stream(api, reply)
    with pytest.raises(APITimeoutError) as info:
        await api.events(stream)
    assert info.value.partial_text == "a"
    assert "heartbeat" in str(info.value)


async def test_get_final_completion_raises_on_a_cut_stream(api: Harness) -> None:
    stream, _ = await open_stream(api, SSEReply([answer("part")], error=httpx.ReadError("reset")))
    with pytest.raises(APIConnectionError) as info:
        await api.final(stream)
    assert info.value.partial_text == "part"


async def test_empty_stream_body_raises_from_create(api: Harness) -> None:
    reply = SSEReply([])
    with pytest.raises(APIConnectionError, match=r"no \[DONE\] frame"):
        await api.create(api.client(FakeFastGPT(reply)), "Hello", stream=True)
    assert reply.stream.closed


async def test_stream_request_answered_with_json_success_body(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(chat_body("not a stream")))
    with pytest.raises(APIResponseValidationError, match="Asked for a stream"):
        await api.create(api.client(fake), "Hello", stream=True)


async def test_stream_request_answered_with_http_500_envelope(api: Harness) -> None:
    fake = FakeFastGPT(reply_json(ERROR_514, status=500))
    with pytest.raises(AuthenticationError):
        await api.create(api.client(fake), "Hello", stream=True)


async def test_stream_response_is_exposed(api: Harness) -> None:
    stream, _ = await open_stream(api, SSEReply(simple_stream("a")))
    assert stream.response.status_code == 200
    assert stream.response.headers["content-type"].startswith("text/event-stream")
    await api.events(stream)
