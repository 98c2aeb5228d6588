"""Non-stream responses, the ``content`` shape rules, history and variables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from fastgpt_client.testing import FakeFastGPT, ScriptedReply, children_interactive, user_select

from .conftest import ON_4_14, V1, V2, user

REPO = Path(__file__).resolve().parents[2]


@ON_4_14
def test_plain_completion_shape(client: httpx.Client) -> None:
    r = client.post(V1, json={"messages": user("What is FastGPT?")})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"id", "model", "usage", "choices"}
    assert body["id"] == ""
    assert body["model"] == ""
    assert body["usage"] == {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1}
    (choice,) = body["choices"]
    assert choice["index"] == 0
    assert choice["finish_reason"] == "stop"
    assert choice["message"]["role"] == "assistant"
    assert "What is FastGPT?" in choice["message"]["content"]
    assert "reasoning_content" not in choice["message"]


def test_v2_non_stream_is_identical_in_shape(client: httpx.Client) -> None:
    v1 = client.post(V1, json={"messages": user("same"), "detail": True}).json()
    v2 = client.post(V2, json={"messages": user("same"), "detail": True}).json()
    assert v1["choices"] == v2["choices"]
    assert set(v1) == set(v2)


def test_detail_adds_node_responses_with_real_tokens(client: httpx.Client) -> None:
    body = client.post(V1, json={"messages": user("hello 你好"), "chatId": "c1", "detail": True}).json()
    assert body["id"] == "c1"
    (node,) = body["responseData"]
    assert node["moduleType"] == "chatNode"
    assert node["moduleName"] == "AI Chat"
    assert node["model"] == "gpt-4o-mini"
    assert node["query"] == "hello 你好"
    assert node["textOutput"] == body["choices"][0]["message"]["content"]
    # words and single CJK characters: "hello", "你", "好" plus the system prompt's words
    assert node["inputTokens"] > 3
    assert node["outputTokens"] == len(node["textOutput"].split()) + 1  # "你好" counts as 2, written "你好"
    assert node["historyPreview"][-1] == {"obj": "AI", "value": node["textOutput"]}
    assert isinstance(node["runningTime"], float | int)
    assert {"id", "nodeId", "totalPoints"} <= set(node)
    assert body["newVariables"] == {"name": "there"}


def test_history_is_stored_and_used(server: FakeFastGPT, client: httpx.Client) -> None:
    first = client.post(V1, json={"messages": user("one"), "chatId": "h1"}).json()
    assert "turn 1 " in first["choices"][0]["message"]["content"]
    second = client.post(
        V1, json={"messages": user("two"), "chatId": "h1", "responseChatItemId": "ai-item-2"}
    ).json()
    assert "turn 2 " in second["choices"][0]["message"]["content"]
    records = server.chat_records("h1")
    assert [r["obj"] for r in records] == ["Human", "AI", "Human", "AI"]
    assert records[2]["value"] == [{"type": "text", "text": {"content": "two"}}]
    assert records[3]["dataId"] == "ai-item-2"
    assert len(records[1]["dataId"]) == 16


def test_earlier_request_messages_come_after_stored_history(
    server: FakeFastGPT, client: httpx.Client
) -> None:
    client.post(V1, json={"messages": user("stored"), "chatId": "h2"})
    messages = [
        {"role": "user", "content": "sent earlier"},
        {"role": "assistant", "content": "an answer"},
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": "now"}]},
    ]
    body = client.post(V1, json={"messages": messages, "chatId": "h2", "detail": True}).json()
    preview = body["responseData"][0]["historyPreview"]
    assert [p["obj"] for p in preview] == ["System", "Human", "AI", "System", "Human", "AI", "Human", "AI"]
    assert [p["value"] for p in preview][1:7] == [
        "stored",
        preview[2]["value"],
        "be brief",
        "sent earlier",
        "an answer",
        "now",
    ]
    # only the last message is stored as the new human record
    assert [r["obj"] for r in server.chat_records("h2")] == ["Human", "AI", "Human", "AI"]


@ON_4_14
def test_without_chat_id_the_turn_is_still_stored(server: FakeFastGPT, client: httpx.Client) -> None:
    body = client.post(V1, json={"messages": user("anonymous")}).json()
    assert body["id"] == ""
    stored = [r for r in server.recorded_requests if r.path == V1]
    assert len(stored) == 1


def test_variables_merge_over_stored_ones_and_fill_templates(
    server: FakeFastGPT, client: httpx.Client
) -> None:
    r = client.post(V1, json={"messages": user("hi"), "chatId": "v1", "variables": {"name": "Ada", "x": 1}})
    assert r.json()["choices"][0]["message"]["content"].startswith("Hello Ada!")
    assert server.chat_variables("v1") == {"name": "Ada", "x": 1}
    r = client.post(V1, json={"messages": user("hi"), "chatId": "v1", "detail": True})
    assert r.json()["choices"][0]["message"]["content"].startswith("Hello Ada!")
    assert r.json()["newVariables"] == {"name": "Ada", "x": 1}
    r = client.post(V1, json={"messages": user("hi"), "chatId": "v1", "variables": {"name": "Bob"}})
    assert r.json()["choices"][0]["message"]["content"].startswith("Hello Bob!")
    assert server.chat_variables("v1") == {"name": "Bob", "x": 1}
    assert server.chat_variables("nope") is None


@ON_4_14
def test_content_rules_414(server: FakeFastGPT, client: httpx.Client) -> None:
    """4.14.5's ``formatResponseContent``: a lone question is left out, even with detail."""
    # 0 items -> ""
    server.script("assistant", ScriptedReply(text=""), once=True)
    assert client.post(V1, json={"messages": user("q")}).json()["choices"][0]["message"]["content"] == ""
    # 1 interactive item -> no content key at all, with or without detail
    for detail in (False, True):
        server.script("assistant", ScriptedReply(interactive=user_select("Pick", ["A", "B"])))
        body = {"messages": user("q"), "detail": detail}
        message = client.post(V1, json=body).json()["choices"][0]["message"]
        assert message == {"role": "assistant"}
    # >1 items, detail=false -> texts joined with "\n"
    server.script("assistant", ScriptedReply(text="Choose:", interactive=user_select("Pick", ["A", "B"])))
    message = client.post(V1, json={"messages": user("q")}).json()["choices"][0]["message"]
    assert message["content"] == "Choose:"
    # >1 items, detail=true -> the item array, run state included
    server.script("assistant", ScriptedReply(text="Choose:", interactive=user_select("Pick", ["A", "B"])))
    message = client.post(V1, json={"messages": user("q"), "detail": True}).json()["choices"][0]["message"]
    assert [item["type"] for item in message["content"]] == ["text", "interactive"]
    assert message["content"][0] == {"type": "text", "text": {"content": "Choose:"}}
    interactive = message["content"][1]["interactive"]
    assert interactive["type"] == "userSelect"
    assert {"entryNodeIds", "memoryEdges", "nodeOutputs"} <= set(interactive)


def test_content_rules_416(server: FakeFastGPT, client: httpx.Client) -> None:
    """4.16's ``formatCompletionResponseContent``: with detail a lone question is the item list,
    the question reduced to its public ``{type, params}``; v1 items keep ``type``, v2 ones not."""
    server.script("assistant", ScriptedReply(text=""), once=True)
    assert client.post(V1, json={"messages": user("q")}).json()["choices"][0]["message"]["content"] == ""
    # 1 interactive item without detail -> still no content key
    server.script("assistant", ScriptedReply(interactive=user_select("Pick", ["A", "B"])))
    message = client.post(V1, json={"messages": user("q")}).json()["choices"][0]["message"]
    assert message == {"role": "assistant"}
    prompt = {
        "type": "userSelect",
        "params": {
            "description": "Pick",
            "userSelectOptions": [{"key": "option1", "value": "A"}, {"key": "option2", "value": "B"}],
        },
    }
    for path, item in ((V1, {"type": "interactive", "interactive": prompt}), (V2, {"interactive": prompt})):
        server.script("assistant", ScriptedReply(interactive=user_select("Pick", ["A", "B"])))
        message = client.post(path, json={"messages": user("q"), "detail": True}).json()["choices"][0][
            "message"
        ]
        assert message == {"role": "assistant", "content": [item]}
    # a nested question: the innermost one, without its wrapper
    nested = children_interactive(user_select("Pick", ["A", "B"]))
    server.script("assistant", ScriptedReply(text="Choose:", interactive=nested))
    message = client.post(V1, json={"messages": user("q"), "detail": True}).json()["choices"][0]["message"]
    assert message["content"] == [
        {"type": "text", "text": {"content": "Choose:"}},
        {"type": "interactive", "interactive": prompt},
    ]
    # one text item stays a string, with detail too
    server.script("assistant", ScriptedReply(text="Plain."))
    message = client.post(V2, json={"messages": user("q"), "detail": True}).json()["choices"][0]["message"]
    assert message == {"role": "assistant", "content": "Plain."}


def test_reasoning_and_text(server: FakeFastGPT, client: httpx.Client) -> None:
    server.script("assistant", ScriptedReply(text="Answer.", reasoning="Thinking hard."), once=False)
    message = client.post(V1, json={"messages": user("q")}).json()["choices"][0]["message"]
    assert message == {"role": "assistant", "content": "Answer.", "reasoning_content": "Thinking hard."}
    message = client.post(V1, json={"messages": user("q"), "detail": True}).json()["choices"][0]["message"]
    assert message["content"] == [
        {"type": "reasoning", "reasoning": {"content": "Thinking hard."}},
        {"type": "text", "text": {"content": "Answer."}},
    ]


def test_node_error_is_top_level_error_with_http_200(server: FakeFastGPT, client: httpx.Client) -> None:
    server.script("assistant", ScriptedReply(text="partial", error="LLM request failed"))
    r = client.post(V1, json={"messages": user("q"), "detail": True})
    assert r.status_code == 200
    body = r.json()
    assert body["error"] == "LLM request failed"
    assert body["responseData"][-1]["error"] == "LLM request failed"


def test_custom_node_responses(server: FakeFastGPT, client: httpx.Client) -> None:
    nodes: list[dict[str, Any]] = [
        {"moduleName": "Knowledge Search", "moduleType": "datasetSearchNode", "quoteList": [{"q": "a"}]},
        {"moduleName": "AI Chat", "moduleType": "chatNode", "errorText": "boom"},
    ]
    server.script("assistant", ScriptedReply(text="hi", node_responses=nodes))
    body = client.post(V1, json={"messages": user("q"), "detail": True}).json()
    assert [n["moduleType"] for n in body["responseData"]] == ["datasetSearchNode", "chatNode"]
    assert all("id" in n and "nodeId" in n for n in body["responseData"])
    assert body["error"] == "boom"


def test_tool_app(server: FakeFastGPT) -> None:
    r = httpx.post(
        server.base_url + V1,
        json={"messages": user("What's the weather in Berlin?"), "detail": True},
        headers={"Authorization": f"Bearer {server.app_keys['tool']}"},
    )
    message = r.json()["choices"][0]["message"]
    assert [item["type"] for item in message["content"]] == ["tool", "text"]
    assert message["content"][0]["tools"][0]["functionName"] == "get_weather"
    assert "Berlin" in message["content"][1]["text"]["content"]
    assert r.json()["responseData"][0]["moduleType"] == "tools"


def test_reused_data_ids_and_lone_surrogates_are_accepted(server: FakeFastGPT, client: httpx.Client) -> None:
    body = '{"messages":[{"role":"user","content":"bad \\ud9dd char","dataId":"same"}],"chatId":"d1","responseChatItemId":"same"}'
    for _ in range(2):
        r = client.post(V1, content=body, headers={"content-type": "application/json"})
        assert r.status_code == 200
        assert "bad \ufffd char" in r.json()["choices"][0]["message"]["content"]
    assert [r["dataId"] for r in server.chat_records("d1")] == ["same"] * 4


@pytest.mark.parametrize("path", [V1, V2])
def test_lone_question_matches_fastgpt_416_example(
    server: FakeFastGPT, client: httpx.Client, path: str
) -> None:
    """The emulator's answer is FastGPT 4.16's own `interactiveUserSelect` response example."""
    examples = json.loads((REPO / "openapi/upstream/completion-examples-4.16.0.json").read_text("utf-8"))
    operation = f"POST {path}"
    expected = examples[operation]["response_examples_application_json"]["interactiveUserSelect"]["value"]
    server.script("assistant", ScriptedReply(interactive=user_select("测试", ["Confirm", "Cancel"])))
    body = client.post(path, json={"messages": user("q"), "detail": True, "chatId": "chatId"}).json()
    assert body["choices"] == expected["choices"]
    assert body["id"] == expected["id"]
