"""The emulator's 4.16 stream events on the wire (raw httpx): `chatTitle` and the JSON `title`,
the scripted Agent events, `responseValueId`, and turns under `NO_RECORD_HISTORIES`; and that
4.14 mode sends none of what 4.14.5 did not have."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fastgpt_client.testing import (
    FakeFastGPT,
    ScriptedReply,
    agent_plan,
    plan_status,
    sandbox_status,
    skill_call,
)

from .conftest import BOTH_VERSIONS, V1, V2, parse_sse, user

NEW_EVENTS = {"chatTitle", "plan", "planStatus", "sandboxStatus", "skillCall"}


def ask(client: httpx.Client, path: str, question: str, **body: Any) -> httpx.Response:
    response = client.post(path, json={"messages": user(question), **body})
    assert response.status_code == 200
    return response


@BOTH_VERSIONS
@pytest.mark.parametrize("path", [V1, V2])
def test_chat_title_before_the_stop_chunk(client: httpx.Client, version: str, path: str) -> None:
    frames = parse_sse(ask(client, path, "Suzume director", chatId="c1", stream=True, detail=True).text)
    names = [f.event for f in frames]
    if version == "4.14":
        assert "chatTitle" not in names
        return
    at = names.index("chatTitle")
    assert frames[at].json() == {"title": "Suzume director"}
    stop = next(i for i, f in enumerate(frames) if f.event == "answer" and '"finish_reason":"stop"' in f.data)
    assert at == stop - 1
    again = parse_sse(ask(client, path, "More", chatId="c1", stream=True, detail=True).text)
    assert "chatTitle" not in [f.event for f in again]


def test_no_chat_title_without_detail(client: httpx.Client) -> None:
    text = ask(client, V2, "Quiet", stream=True, detail=False).text
    assert "chatTitle" not in text
    assert '"title"' not in text


@BOTH_VERSIONS
def test_json_title_on_a_new_chat_only(client: httpx.Client, version: str) -> None:
    first = ask(client, V2, "Name me", chatId="c2").json()
    second = ask(client, V2, "Again", chatId="c2").json()
    assert first.get("title") == ("Name me" if version == "4.16" else None)
    assert "title" not in second


@BOTH_VERSIONS
def test_agent_events_only_on_4_16(server: FakeFastGPT, client: httpx.Client, version: str) -> None:
    events = (plan_status(), agent_plan("P", ["a"]), sandbox_status("ready", warm=True), skill_call("s"))
    server.script("assistant", ScriptedReply(text="ok", events=events))
    frames = parse_sse(ask(client, V2, "go", stream=True, detail=True).text)
    agent = [f for f in frames if f.event in {"plan", "planStatus", "sandboxStatus", "skillCall"}]
    if version == "4.14":
        assert agent == []
        assert not NEW_EVENTS & {f.event for f in frames}
        return
    assert [f.event for f in agent] == ["planStatus", "plan", "sandboxStatus", "skillCall"]
    payloads = [f.json() for f in agent]
    assert payloads[0]["planStatus"] == {"status": "generating"}
    assert payloads[1]["plan"]["steps"][0]["status"] == "pending"
    assert payloads[2]["isWarmStart"] is True
    assert payloads[3]["skill"]["skillName"] == "s"
    assert len({p["responseValueId"] for p in payloads}) == 1


@BOTH_VERSIONS
def test_tool_events_response_value_id(server: FakeFastGPT, version: str) -> None:
    r = httpx.post(
        server.base_url + V1,
        json={"messages": user("weather in Oslo"), "stream": True, "detail": True},
        headers={"Authorization": f"Bearer {server.app_keys['tool']}"},
    )
    tools = [f.json() for f in parse_sse(r.text) if f.event in ("toolCall", "toolParams", "toolResponse")]
    assert len(tools) == 4
    for payload in tools:
        if version == "4.16":
            assert payload["responseValueId"] == payload["tool"]["id"]
        else:
            assert "responseValueId" not in payload


@BOTH_VERSIONS
@pytest.mark.parametrize("stream", [False, True])
def test_no_record_histories_stores_nothing(
    server: FakeFastGPT, client: httpx.Client, version: str, stream: bool
) -> None:
    app_id = server.app_ids["assistant"]
    for question in ("first", "second"):
        response = ask(client, V2, question, chatId="NO_RECORD_HISTORIES", stream=stream, detail=True)
        if not stream:
            body = response.json()
            assert body["id"] == "NO_RECORD_HISTORIES"
            assert "title" not in body
            assert "turn 1 of this chat" in str(body["choices"][0]["message"]["content"])
        else:
            assert "chatTitle" not in response.text
    histories = client.post("/api/core/chat/history/getHistories", json={"appId": app_id}).json()["data"]
    assert histories["list"] == []
