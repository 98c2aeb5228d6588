"""The stream events FastGPT added after 4.14.5 (`chatTitle`, `plan`, `planStatus`,
`sandboxStatus`, `skillCall`), `responseValueId`, and the node tree of nested v2 node responses.

Payloads are FastGPT's `WorkflowSsePayloadMap` (`packages/global/core/workflow/runtime/sse.ts`
at 2f072bd1); `responseValueId` is what `getWorkflowResponseWrite` adds in detail mode
(`packages/service/core/workflow/dispatch/utils/index.ts`).
"""

from __future__ import annotations

from typing import Any

import pytest

from fastgpt_client import (
    AgentPlan,
    AnswerEvent,
    ChatCompletion,
    ChatTitleEvent,
    NodeTree,
    PlanEvent,
    PlanStatusEvent,
    SandboxStatusEvent,
    SkillCallEvent,
    ToolCallEvent,
    UnknownEvent,
)
from fastgpt_client._decode import decode_frame
from fastgpt_client._sse import ServerSentEvent
from fastgpt_client._stream import StreamState
from fastgpt_client.types.node_tree import build_node_tree

from .conftest import answer, done, finish, frame

PLAN = {
    "planId": "p1",
    "name": "Write the report",
    "description": None,
    "steps": [
        {
            "id": "s1",
            "name": "Collect data",
            "description": "from the KB",
            "status": "done",
            "note": "3 docs",
        },
        {"id": "s2", "title": "Draft", "status": "in_progress"},
    ],
}
SANDBOX = {"sandboxId": "sb-1", "phase": "deployingSkills", "skillName": "pdf", "message": "Deploying pdf"}
SKILL = {
    "id": "sk1",
    "skillName": "pdf",
    "skillAvatar": "/icon/pdf.svg",
    "description": "Reads PDFs",
    "skillMdPath": "skills/pdf/SKILL.md",
}


def event(name: str, data: Any) -> Any:
    import json

    return decode_frame(ServerSentEvent(event=name, data=json.dumps(data)))


def test_chat_title() -> None:
    decoded = event("chatTitle", {"title": "铃芽之旅导演"})
    assert isinstance(decoded, ChatTitleEvent)
    assert decoded.title == "铃芽之旅导演"


def test_plan_with_steps_old_and_new_names() -> None:
    decoded = event("plan", {"plan": PLAN, "responseValueId": "v1"})
    assert isinstance(decoded, PlanEvent)
    plan = decoded.plan
    assert isinstance(plan, AgentPlan)
    assert (plan.plan_id, plan.name, plan.description) == ("p1", "Write the report", None)
    assert [(s.id, s.name, s.status, s.note) for s in plan.steps] == [
        ("s1", "Collect data", "done", "3 docs"),
        ("s2", "Draft", "in_progress", None),  # `title`: a plan stored before 4.15
    ]
    assert plan.steps[0].description == "from the KB"
    assert decoded.response_value_id == "v1"


def test_plan_status() -> None:
    decoded = event("planStatus", {"planStatus": {"status": "generating"}, "responseValueId": "v1"})
    assert isinstance(decoded, PlanStatusEvent)
    assert decoded.status == "generating"
    assert decoded.response_value_id == "v1"


def test_sandbox_status() -> None:
    decoded = event("sandboxStatus", SANDBOX)
    assert isinstance(decoded, SandboxStatusEvent)
    sandbox = decoded.sandbox
    assert (sandbox.sandbox_id, sandbox.phase, sandbox.skill_name, sandbox.message) == (
        "sb-1",
        "deployingSkills",
        "pdf",
        "Deploying pdf",
    )
    assert sandbox.is_warm_start is None
    ready = event("sandboxStatus", {"sandboxId": "sb-1", "phase": "ready", "isWarmStart": True})
    assert ready.sandbox.is_warm_start is True


def test_skill_call() -> None:
    decoded = event("skillCall", {"skill": SKILL})
    assert isinstance(decoded, SkillCallEvent)
    skill = decoded.skill
    assert (skill.id, skill.skill_name, skill.skill_avatar, skill.description, skill.skill_md_path) == (
        "sk1",
        "pdf",
        "/icon/pdf.svg",
        "Reads PDFs",
        "skills/pdf/SKILL.md",
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("plan", {}),
        ("plan", {"plan": "not an object"}),
        ("plan", {"plan": {"steps": [1, None, {"status": 5}]}}),
        ("planStatus", {}),
        ("planStatus", {"planStatus": "updating"}),
        ("sandboxStatus", {"phase": 3}),
        ("skillCall", {"skill": None}),
        ("chatTitle", {"title": None}),
        ("plan", []),
        ("sandboxStatus", "text"),
    ],
)
def test_odd_payloads_decode_without_error(name: str, data: Any) -> None:
    decoded = event(name, data)
    assert decoded.event == name
    assert decoded.data == data
    assert not isinstance(decoded, UnknownEvent)
    assert decoded.response_value_id is None


def test_plan_status_as_a_bare_string() -> None:
    assert event("planStatus", {"planStatus": "updating"}).status == "updating"


def test_response_value_id_on_answers_and_tools() -> None:
    chunk = {"choices": [{"delta": {"content": "hi"}}], "responseValueId": "value-7"}
    assert isinstance(event("answer", chunk), AnswerEvent)
    assert event("answer", chunk).response_value_id == "value-7"
    tool = event("toolCall", {"tool": {"id": "call_1", "toolName": "w"}, "responseValueId": "call_1"})
    assert isinstance(tool, ToolCallEvent)
    assert tool.response_value_id == "call_1"
    assert event("answer", {"choices": [{"delta": {"content": "x"}}]}).response_value_id is None
    assert (
        event("answer", {"choices": [{"delta": {"content": "x"}}], "responseValueId": 5}).response_value_id
        is None
    )


def test_unknown_events_stay_unknown() -> None:
    decoded = event("resumePhase", {"phase": "live"})
    assert type(decoded) is UnknownEvent


# -- the final completion ------------------------------------------------------------------------
def feed(chunks: list[bytes], *, api_version: str = "v2") -> StreamState:
    state = StreamState(chat_id="c", response_chat_item_id="i", detail=True, api_version=api_version)
    for piece in chunks:
        state.feed(piece)
    return state


def test_final_completion_has_the_title() -> None:
    state = feed([answer("a"), frame({"title": "Trip"}, "chatTitle"), finish(), done()])
    assert state.title == "Trip"
    assert state.completion().title == "Trip"


def test_an_empty_title_is_no_title() -> None:
    state = feed([answer("a"), frame({"title": ""}, "chatTitle"), finish(), done()])
    assert state.completion().title is None


def nodes_stream(*nodes: dict[str, Any]) -> list[bytes]:
    return [answer("a"), *(frame(node, "flowNodeResponse") for node in nodes), finish(), done()]


AGENT = {"id": "agent", "nodeId": "n-agent", "moduleName": "Agent", "moduleType": "agent", "runningTime": 1.5}
TOOL_A = {"id": "ta", "parentId": "agent", "nodeId": "n-a", "moduleName": "search", "moduleType": "tool"}
TOOL_B = {"id": "tb", "parentId": "agent", "nodeId": "n-b", "moduleName": "http", "moduleType": "tool"}
DEEP = {"id": "deep", "parentId": "tb", "nodeId": "n-d", "moduleName": "inner", "moduleType": "chatNode"}
REPLY = {"id": "reply", "nodeId": "n-r", "moduleName": "Reply", "moduleType": "answerNode"}


def shape(tree: list[NodeTree]) -> list[Any]:
    return [(node.id, shape(list(node.children))) for node in tree]


def test_nested_node_responses_become_a_tree() -> None:
    completion = feed(nodes_stream(TOOL_A, DEEP, TOOL_B, AGENT, REPLY)).completion()
    assert shape(completion.node_tree) == [
        ("agent", [("ta", []), ("tb", [("deep", [])])]),
        ("reply", []),
    ]
    # response_data stays as streamed: every node, flat
    assert [node.id for node in completion.response_data] == ["ta", "deep", "tb", "agent", "reply"]
    [agent, reply] = completion.node_tree
    assert (agent.node_id, agent.module_name, agent.module_type, agent.parent_id) == (
        "n-agent",
        "Agent",
        "agent",
        None,
    )
    assert agent.children[0].parent_id == "agent"
    assert agent.node.module_name == "Agent"
    assert [node.id for node in agent.walk()] == ["agent", "ta", "tb", "deep"]
    assert reply.children == ()


def test_increments_of_one_node_merge() -> None:
    first = {**AGENT, "totalPoints": 1, "inputTokens": 10, "llmRequestIds": ["r1"], "textOutput": "a"}
    second = {**AGENT, "runningTime": 0.25, "totalPoints": 2, "inputTokens": 5, "llmRequestIds": ["r1", "r2"]}
    second["textOutput"] = "ab"
    [agent] = feed(nodes_stream(first, TOOL_A, second)).completion().node_tree
    assert agent.data["runningTime"] == 1.75
    assert agent.data["totalPoints"] == 3
    assert agent.data["inputTokens"] == 15
    assert agent.data["llmRequestIds"] == ["r1", "r2"]
    assert agent.data["textOutput"] == "ab"
    assert shape([agent]) == [("agent", [("ta", [])])]


def test_a_child_whose_parent_never_came_stays_at_the_top() -> None:
    tree = build_node_tree([TOOL_A, REPLY])
    assert shape(tree) == [("ta", []), ("reply", [])]


def test_loops_and_self_parents_lose_nothing() -> None:
    a = {"id": "a", "parentId": "b"}
    b = {"id": "b", "parentId": "a"}
    me = {"id": "me", "parentId": "me"}
    tree = build_node_tree([a, b, me])
    ids = sorted(node.id for root in tree for node in root.walk())
    assert ids == ["a", "b", "me"]


def test_nested_children_in_the_payload_are_children() -> None:
    parent = {**AGENT, "childrenResponses": [TOOL_A], "toolDetail": [{"id": "legacy", "moduleName": "old"}]}
    [agent] = build_node_tree([parent, TOOL_B, DEEP])
    assert "childrenResponses" not in agent.data
    assert "toolDetail" not in agent.data
    assert shape([agent]) == [("agent", [("ta", []), ("legacy", []), ("tb", [("deep", [])])])]


def test_a_row_under_a_nested_parent() -> None:
    parent = {**AGENT, "childrenResponses": [TOOL_B]}
    [agent] = build_node_tree([parent, DEEP])
    assert shape([agent]) == [("agent", [("tb", [("deep", [])])])]


def test_nodes_without_ids_are_kept_in_order() -> None:
    tree = build_node_tree([{"moduleName": "x"}, {"moduleName": "y"}, {"moduleName": "x"}])
    assert [node.module_name for node in tree] == ["x", "y", "x"]


def test_non_stream_completion_tree_and_no_detail() -> None:
    body = {"id": "c", "choices": [], "responseData": [AGENT, TOOL_A]}
    assert shape(ChatCompletion.from_json(body).node_tree) == [("agent", [("ta", [])])]
    assert ChatCompletion.from_json({"id": "c", "choices": []}).node_tree == []
