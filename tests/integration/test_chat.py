"""Plain and streamed answers from the emulator's apps, sync and async."""

from __future__ import annotations

import httpx

from fastgpt_client import (
    AnswerEvent,
    AsyncChatStream,
    FlowNodeResponseEvent,
    FlowNodeStatusEvent,
    FlowResponsesEvent,
    ToolCallEvent,
    ToolParamsEvent,
    ToolResponseEvent,
    WorkflowDurationEvent,
)
from fastgpt_client.testing import FakeFastGPT, ScriptedReply

from .conftest import BOTH_VERSIONS, V1, Chat, MakeChat, fault

QUESTION = "What is FastGPT?"


def expected_answer(question: str, *, name: str = "there", turn: int = 1) -> str:
    return (
        f"Hello {name}! You asked: {question} This is turn {turn} of this chat, answered "
        "deterministically by the FastGPT emulator, one token at a time."
    )


# -- non-stream -------------------------------------------------------------------------------------
@BOTH_VERSIONS
async def test_answer_text_and_generated_chat_id(chat: Chat, server: FakeFastGPT) -> None:
    answer = await chat.create(QUESTION)
    assert answer.text == expected_answer(QUESTION)
    assert isinstance(answer.chat_id, str)
    assert len(answer.chat_id) >= 12
    assert answer.id == answer.chat_id  # the server echoes the chat id the client generated
    assert server.chat_variables(answer.chat_id) is not None


@BOTH_VERSIONS
async def test_given_chat_id_is_echoed_and_answer_stored_under_item_id(
    chat: Chat, server: FakeFastGPT
) -> None:
    answer = await chat.create([{"role": "user", "content": QUESTION}], chat_id="my-chat-1")
    assert answer.chat_id == "my-chat-1"
    assert answer.id == "my-chat-1"
    assert answer.response_chat_item_id
    records = server.chat_records("my-chat-1")
    assert [r["obj"] for r in records] == ["Human", "AI"]
    assert records[1]["dataId"] == answer.response_chat_item_id


async def test_explicit_response_chat_item_id_is_stored(chat: Chat, server: FakeFastGPT) -> None:
    answer = await chat.create("hi", response_chat_item_id="itemABC123")
    assert answer.response_chat_item_id == "itemABC123"
    assert "itemABC123" in [r["dataId"] for r in server.chat_records(answer.chat_id or "")]


async def test_second_turn_sees_history(chat: Chat, server: FakeFastGPT) -> None:
    first = await chat.create("first question")
    second = await chat.create("second question", chat_id=first.chat_id)
    assert "turn 1" in first.text
    assert second.text == expected_answer("second question", turn=2)
    assert second.chat_id == first.chat_id
    assert len(server.chat_records(first.chat_id or "")) == 4


async def test_variables_substituted_and_new_variables_with_detail(chat: Chat, server: FakeFastGPT) -> None:
    answer = await chat.create(QUESTION, variables={"name": "Ada"}, detail=True)
    assert answer.text == expected_answer(QUESTION, name="Ada")
    assert answer.new_variables.get("name") == "Ada"
    assert server.chat_variables(answer.chat_id or "") == {"name": "Ada"}
    # stored variables apply to the next turn of the same chat
    again = await chat.create("again", chat_id=answer.chat_id)
    assert again.text.startswith("Hello Ada!")


async def test_without_detail_no_response_data(chat: Chat) -> None:
    answer = await chat.create(QUESTION)
    assert answer.response_data == []
    assert answer.new_variables == {}


async def test_response_data_and_tokens_with_detail(chat: Chat) -> None:
    answer = await chat.create(QUESTION, detail=True)
    assert answer.response_data
    assert answer.response_data[0].to_dict()["moduleType"] == "chatNode"
    assert answer.tokens.input_tokens > 0
    assert answer.tokens.output_tokens > 0
    assert answer.tokens.total_tokens == answer.tokens.input_tokens + answer.tokens.output_tokens


async def test_reasoning_from_script(chat: Chat, server: FakeFastGPT) -> None:
    server.script("assistant", ScriptedReply(text="The answer is 42.", reasoning="Think it over first."))
    answer = await chat.create("meaning of life?")
    assert answer.text == "The answer is 42."
    assert answer.reasoning == "Think it over first."


async def test_reasoning_in_stream(chat: Chat, server: FakeFastGPT) -> None:
    server.script("assistant", ScriptedReply(text="The answer is 42.", reasoning="Think it over first."))
    stream = await chat.open("meaning of life?")
    final = await chat.final(stream)
    assert final.text == "The answer is 42."
    assert final.reasoning == "Think it over first."
    assert stream.reasoning == "Think it over first."


async def test_node_error_is_top_level_error(chat: Chat, server: FakeFastGPT) -> None:
    server.script("assistant", ScriptedReply(text="Partial answer", error="The model is unavailable"))
    answer = await chat.create("hi", detail=True)
    assert answer.error == "The model is unavailable"
    assert answer.text == "Partial answer"
    ok = await chat.create("hi")
    assert ok.error is None


# -- stream -----------------------------------------------------------------------------------------
async def test_stream_without_detail_yields_only_answers(chat: Chat) -> None:
    plain = await chat.create(QUESTION)
    stream = await chat.open(QUESTION)
    events = await chat.drain(stream)
    assert events
    assert all(isinstance(event, AnswerEvent) for event in events)
    assert "".join(event.text for event in events if isinstance(event, AnswerEvent)) == plain.text
    assert stream.text == plain.text
    assert stream.chat_id != plain.chat_id


@BOTH_VERSIONS
async def test_stream_detail_v1(chat: Chat) -> None:
    stream = await chat.open(QUESTION, detail=True)
    events = await chat.drain(stream)
    kinds = [type(event) for event in events]
    assert kinds[0] is FlowNodeStatusEvent
    assert AnswerEvent in kinds
    assert WorkflowDurationEvent in kinds
    assert FlowNodeResponseEvent not in kinds
    # v1 sends flowResponses after [DONE]: it is the last event, and the only one of its kind
    assert kinds[-1] is FlowResponsesEvent
    assert kinds.count(FlowResponsesEvent) == 1
    last = events[-1]
    assert isinstance(last, FlowResponsesEvent)
    assert last.nodes
    assert stream.text == expected_answer(QUESTION)


@BOTH_VERSIONS
async def test_stream_detail_v1_final_completion(chat: Chat) -> None:
    stream = await chat.open(QUESTION, detail=True)
    final = await chat.final(stream)
    assert final.text == expected_answer(QUESTION)
    assert final.response_data
    assert final.tokens.total_tokens > 0
    assert final.chat_id == stream.chat_id
    assert final.response_chat_item_id == stream.response_chat_item_id


async def test_stream_detail_v2(chat: Chat, server: FakeFastGPT) -> None:
    stream = await chat.open(QUESTION, detail=True, api_version="v2")
    events = await chat.drain(stream)
    kinds = [type(event) for event in events]
    assert FlowNodeStatusEvent in kinds
    assert FlowNodeResponseEvent in kinds
    assert FlowResponsesEvent not in kinds
    assert stream.text == expected_answer(QUESTION)
    assert server.request_count("/api/v2/chat/completions") == 1
    assert server.request_count(V1) == 0


@BOTH_VERSIONS
async def test_stream_detail_v2_final_completion(chat: Chat) -> None:
    stream = await chat.open(QUESTION, detail=True, api_version="v2")
    final = await chat.final(stream)
    assert final.response_data
    assert final.tokens.input_tokens > 0
    assert final.text == expected_answer(QUESTION)


@BOTH_VERSIONS
async def test_text_stream(chat: Chat) -> None:
    pieces = await chat.text_pieces(await chat.open(QUESTION, detail=True))
    assert len(pieces) > 5
    assert all(pieces)
    assert "".join(pieces) == expected_answer(QUESTION)


async def test_stream_answer_is_stored(chat: Chat, server: FakeFastGPT) -> None:
    stream = await chat.open(QUESTION)
    await chat.drain(stream)
    records = server.chat_records(stream.chat_id or "")
    assert records[-1]["dataId"] == stream.response_chat_item_id
    assert records[-1]["obj"] == "AI"


def test_emulator_sends_heartbeats_during_delay(server: FakeFastGPT) -> None:
    """Sanity check of the setup below: the wire really carries empty heartbeat chunks."""
    server.heartbeat_interval = 0.02
    response = httpx.post(
        server.base_url + V1,
        json={"messages": [{"role": "user", "content": "hi"}], "stream": True},
        headers={"Authorization": f"Bearer {server.api_key}", "X-Fake-Fault": "delay_first=0.3"},
    )
    assert '"delta":{"role":"assistant","content":""}' in response.text


async def test_heartbeats_are_not_yielded(make_chat: MakeChat, server: FakeFastGPT) -> None:
    server.heartbeat_interval = 0.02
    chat = make_chat()
    for detail in (False, True):
        stream = await chat.open(QUESTION, detail=detail, **fault("delay_first=0.3;delay_between=0.01"))
        events = await chat.drain(stream)
        answers = [event for event in events if isinstance(event, AnswerEvent)]
        assert answers
        assert all(event.text or event.reasoning or event.finish_reason for event in answers)
        assert stream.text == expected_answer(QUESTION)


async def test_tool_app_events(make_chat: MakeChat, server: FakeFastGPT) -> None:
    chat = make_chat(api_key=server.app_keys["tool"])
    stream = await chat.open("What's the weather in Berlin?", detail=True)
    events = await chat.drain(stream)
    calls = [event for event in events if isinstance(event, ToolCallEvent)]
    params = [event for event in events if isinstance(event, ToolParamsEvent)]
    responses = [event for event in events if isinstance(event, ToolResponseEvent)]
    assert len(calls) == 1
    assert calls[0].tool.function_name == "get_weather"
    assert calls[0].tool.tool_name == "Weather"
    assert len(params) == 2
    assert "".join(str(event.tool.params) for event in params) == '{"city": "Berlin"}'
    assert len(responses) == 1
    assert "sunny" in str(responses[0].tool.response)
    assert {event.tool.id for event in [*calls, *params, *responses]} == {calls[0].tool.id}
    order = [type(event) for event in events]
    assert order.index(ToolCallEvent) < order.index(ToolParamsEvent) < order.index(ToolResponseEvent)
    assert stream.text == "The weather in Berlin is 21°C and sunny."


@BOTH_VERSIONS
async def test_stop_chat_ends_slow_v2_stream(make_chat: MakeChat, server: FakeFastGPT) -> None:
    chat = make_chat(app_id=server.app_ids["assistant"])
    full = (await chat.create(QUESTION)).text
    server.token_delay = 0.05
    stream = await chat.open(QUESTION, api_version="v2", chat_id="stop-me")
    # read a few tokens, stop the run, then read the stream to its (clean) end
    if isinstance(stream, AsyncChatStream):
        async with stream:
            events = stream.__aiter__()
            for _ in range(3):
                await anext(events)
            assert (await chat.stop_chat("stop-me")).success is True
            rest = [event async for event in events]
    else:
        with stream:
            events_sync = iter(stream)
            for _ in range(3):
                next(events_sync)
            assert (await chat.stop_chat("stop-me")).success is True
            rest = list(events_sync)
    assert all(isinstance(event, AnswerEvent) for event in rest)
    assert stream.text
    assert full.startswith(stream.text)
    assert len(stream.text) < len(full)
    assert server.request_count("/api/v2/chat/stop") == 1
    server.token_delay = 0.0
    assert (await chat.create("after stop")).text == expected_answer("after stop")


@BOTH_VERSIONS
async def test_account_key_with_client_app_id(make_chat: MakeChat, server: FakeFastGPT) -> None:
    chat = make_chat(api_key=server.account_key, app_id=server.app_ids["assistant"])
    assert (await chat.create(QUESTION)).text == expected_answer(QUESTION)
    stream = await chat.open(QUESTION)
    assert "".join(await chat.text_pieces(stream)) == expected_answer(QUESTION)


async def test_account_key_with_per_call_app_id(make_chat: MakeChat, server: FakeFastGPT) -> None:
    chat = make_chat(api_key=server.account_key)
    answer = await chat.create(QUESTION, app_id=server.app_ids["assistant"])
    assert answer.text == expected_answer(QUESTION)
