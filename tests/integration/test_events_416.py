"""The stream events FastGPT added after 4.14.5, over real sockets, on both emulator versions:
`chatTitle` (and the completion's `title`), the Agent events (`plan`, `planStatus`,
`sandboxStatus`, `skillCall`), `responseValueId`, and nested v2 node responses as a tree."""

from __future__ import annotations

from typing import Any

import pytest

from fastgpt_client import (
    ChatTitleEvent,
    FlowNodeResponseEvent,
    PlanEvent,
    PlanStatusEvent,
    SandboxStatusEvent,
    SkillCallEvent,
    ToolCallEvent,
    ToolParamsEvent,
    UnknownEvent,
)
from fastgpt_client.testing import (
    FakeFastGPT,
    ScriptedReply,
    agent_plan,
    plan_status,
    sandbox_status,
    skill_call,
)

from .conftest import BOTH_VERSIONS, Chat, MakeChat

pytestmark = BOTH_VERSIONS

AGENT_EVENTS = (
    plan_status("generating"),
    agent_plan("Answer the question", ["Search", ("Write", "in_progress")], plan_id="p-1"),
    sandbox_status("creatingContainer"),
    sandbox_status("ready", warm=False),
    skill_call("pdf-reader", description="Reads PDFs"),
)
NESTED = [
    {"id": "agent", "moduleName": "Agent", "moduleType": "agent"},
    {"id": "t1", "parentId": "agent", "moduleName": "search", "moduleType": "tool"},
    {"id": "t2", "parentId": "agent", "moduleName": "http", "moduleType": "tool"},
    {"id": "t2-inner", "parentId": "t2", "moduleName": "inner", "moduleType": "chatNode"},
    {"id": "reply", "moduleName": "Reply", "moduleType": "answerNode"},
]


def is_416(version: str) -> bool:
    return version == "4.16"


@pytest.mark.parametrize("api_version", ["v1", "v2"])
async def test_a_new_chat_gets_its_title(chat: Chat, fastgpt_version: str, api_version: str) -> None:
    stream = await chat.open("Who directed Suzume?", detail=True, api_version=api_version)
    final = await chat.final(stream)
    if is_416(fastgpt_version):
        assert stream.title == "Who directed Suzume?"
        assert final.title == "Who directed Suzume?"
    else:
        assert stream.title is None
        assert final.title is None


async def test_title_only_on_the_first_turn(chat: Chat, fastgpt_version: str) -> None:
    first = await chat.events("Trip to Kyoto", chat_id="trip", detail=True)
    second = await chat.events("And Osaka?", chat_id="trip", detail=True)
    first_titles = [e.title for e in first if isinstance(e, ChatTitleEvent)]
    assert first_titles == (["Trip to Kyoto"] if is_416(fastgpt_version) else [])
    assert not [e for e in second if isinstance(e, ChatTitleEvent)]
    assert not [e for e in first + second if isinstance(e, UnknownEvent)]


async def test_non_stream_title(chat: Chat, fastgpt_version: str) -> None:
    completion = await chat.create("Name this chat", chat_id="named")
    again = await chat.create("Still named?", chat_id="named")
    assert completion.title == ("Name this chat" if is_416(fastgpt_version) else None)
    assert again.title is None


async def test_no_title_event_without_detail(chat: Chat) -> None:
    stream = await chat.open("Quiet chat", detail=False)
    final = await chat.final(stream)
    assert stream.title is None
    assert final.title is None


@pytest.mark.parametrize("api_version", ["v1", "v2"])
async def test_agent_events(server: FakeFastGPT, chat: Chat, fastgpt_version: str, api_version: str) -> None:
    server.script("assistant", ScriptedReply(text="Done.", events=AGENT_EVENTS))
    events = await chat.events("Read the report", detail=True, api_version=api_version)
    agent = [
        e for e in events if isinstance(e, PlanEvent | PlanStatusEvent | SandboxStatusEvent | SkillCallEvent)
    ]
    assert not [e for e in events if isinstance(e, UnknownEvent)]
    if not is_416(fastgpt_version):
        assert agent == []  # 4.14.5 has none of these events
        return
    status, plan, creating, ready, skill = agent
    assert isinstance(status, PlanStatusEvent)
    assert status.status == "generating"
    assert isinstance(plan, PlanEvent)
    assert plan.plan.plan_id == "p-1"
    assert plan.plan.name == "Answer the question"
    assert [(s.name, s.status) for s in plan.plan.steps] == [("Search", "pending"), ("Write", "in_progress")]
    assert isinstance(creating, SandboxStatusEvent)
    assert creating.sandbox.phase == "creatingContainer"
    assert isinstance(ready, SandboxStatusEvent)
    assert (ready.sandbox.phase, ready.sandbox.is_warm_start) == ("ready", False)
    assert isinstance(skill, SkillCallEvent)
    assert (skill.skill.skill_name, skill.skill.description) == ("pdf-reader", "Reads PDFs")
    value_ids = {e.response_value_id for e in agent}
    assert len(value_ids) == 1
    assert None not in value_ids


async def test_agent_events_need_detail(server: FakeFastGPT, chat: Chat) -> None:
    server.script("assistant", ScriptedReply(text="Done.", events=AGENT_EVENTS))
    stream = await chat.open("Read the report", detail=False)
    events = await chat.drain(stream)
    assert stream.text == "Done."
    assert {type(e).__name__ for e in events} == {"AnswerEvent"}


async def test_tool_events_carry_the_call_id(
    make_chat: MakeChat, server: FakeFastGPT, fastgpt_version: str
) -> None:
    chat = make_chat(api_key=server.app_keys["tool"])
    events = await chat.events("Weather in Oslo?", detail=True)
    tools = [e for e in events if isinstance(e, ToolCallEvent | ToolParamsEvent)]
    assert tools
    for event in tools:
        expected = event.tool.id if is_416(fastgpt_version) else None
        assert event.response_value_id == expected
    answers = [e for e in events if type(e).__name__ == "AnswerEvent"]
    assert all(e.response_value_id is None for e in answers)


async def test_v2_nested_node_responses_as_a_tree(server: FakeFastGPT, chat: Chat) -> None:
    server.script("assistant", ScriptedReply(text="ok", node_responses=NESTED))
    events: list[Any] = []
    stream = await chat.open("Nest", detail=True, api_version="v2")
    await chat.drain(stream, events)
    final = await chat.final(stream)  # the stream is read already: the events above
    assert [e.node.id for e in events if isinstance(e, FlowNodeResponseEvent)] == [n["id"] for n in NESTED]
    tree = final.node_tree
    assert [(n.id, [c.id for c in n.children]) for n in tree] == [("agent", ["t1", "t2"]), ("reply", [])]
    assert [c.id for c in tree[0].children[1].children] == ["t2-inner"]
    assert [n.id for n in tree[0].walk()] == ["agent", "t1", "t2", "t2-inner"]


async def test_v1_and_json_node_tree(server: FakeFastGPT, chat: Chat) -> None:
    server.script("assistant", ScriptedReply(text="ok", node_responses=NESTED), once=False)
    for completion in (
        await chat.create("Nest", detail=True),
        await chat.final(await chat.open("Nest", detail=True, api_version="v1")),
    ):
        assert [n.id for n in completion.node_tree] == ["agent", "reply"]
        assert [n.id for n in completion.response_data] == [n["id"] for n in NESTED]
