"""userSelect / userInput prompts and how a turn in the same chat continues them."""

from __future__ import annotations

import json

import httpx
import pytest

from fastgpt_client.testing import FakeFastGPT, ScriptedReply, form_field, user_input

from .conftest import BOTH_VERSIONS, V1, V2, answer_text, bearer, parse_sse, user


@pytest.fixture
def select_client(server: FakeFastGPT) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, headers=bearer(server.app_keys["select"]), timeout=30)


def _interactive(frames_text: str) -> dict[str, object]:
    frames = parse_sse(frames_text)
    (frame,) = [f for f in frames if f.event == "interactive"]
    data = frame.json()
    assert set(data) == {"interactive"}
    return data["interactive"]  # type: ignore[no-any-return]


def test_select_pauses_then_continues(server: FakeFastGPT, select_client: httpx.Client) -> None:
    with select_client as c:
        r = c.post(V1, json={"messages": user("start"), "chatId": "s1", "stream": True, "detail": True})
        interactive = _interactive(r.text)
        assert interactive["type"] == "userSelect"
        assert interactive["params"] == {
            "description": "Do you want to continue?",
            "userSelectOptions": [{"key": "option1", "value": "Yes"}, {"key": "option2", "value": "No"}],
        }
        assert interactive["entryNodeIds"]
        assert interactive["memoryEdges"]
        assert interactive["nodeOutputs"]
        events = [f.event for f in parse_sse(r.text)]
        assert events.index("interactive") < events.index("workflowDuration")
        assert len(server.chat_records("s1")) == 2

        # non-stream view of the same pause: a single interactive item -> no content key
        r = c.post(V1, json={"messages": user("start"), "chatId": "s-json"})
        assert "content" not in r.json()["choices"][0]["message"]

        r = c.post(V1, json={"messages": user("Yes"), "chatId": "s1", "detail": True})
        body = r.json()
        assert body["choices"][0]["message"]["content"] == "Great, let's continue: you chose Yes."
        assert body["responseData"][0]["userSelectResult"] == "Yes"
    records = server.chat_records("s1")
    assert [r["obj"] for r in records] == ["Human", "AI"]  # the AI record was updated, not added
    value = records[1]["value"]
    assert value[0]["interactive"]["params"]["userSelectedVal"] == "Yes"
    assert value[1] == {"type": "text", "text": {"content": "Great, let's continue: you chose Yes."}}


def test_select_no_branch_uses_fast_answer(server: FakeFastGPT, select_client: httpx.Client) -> None:
    with select_client as c:
        c.post(V2, json={"messages": user("start"), "chatId": "s2"})
        r = c.post(V2, json={"messages": user("No"), "chatId": "s2", "stream": True, "detail": True})
    frames = parse_sse(r.text)
    fast = [f for f in frames if f.event == "fastAnswer"]
    assert fast[0].json()["choices"][0]["delta"]["content"] == "\nOK, stopping here."


def test_select_invalid_value_answers_nothing_and_stays_pending(
    server: FakeFastGPT, select_client: httpx.Client
) -> None:
    with select_client as c:
        c.post(V1, json={"messages": user("start"), "chatId": "s3"})
        r = c.post(V1, json={"messages": user("Maybe"), "chatId": "s3", "detail": True})
        body = r.json()
        assert body["choices"][0]["message"]["content"] == ""
        assert body["responseData"][0]["userSelectResult"] == "Maybe"
        interactive = server.chat_records("s3")[1]["value"][0]["interactive"]
        assert "userSelectedVal" not in interactive["params"]
        # still pending: a valid value now continues it
        r = c.post(V1, json={"messages": user("Yes"), "chatId": "s3"})
        assert r.json()["choices"][0]["message"]["content"].endswith("you chose Yes.")
    assert len(server.chat_records("s3")) == 2


def test_form_continue(server: FakeFastGPT) -> None:
    with httpx.Client(base_url=server.base_url, headers=bearer(server.app_keys["form"]), timeout=30) as c:
        r = c.post(V1, json={"messages": user("start"), "chatId": "f1", "stream": True, "detail": True})
        interactive = _interactive(r.text)
        assert interactive["type"] == "userInput"
        form = interactive["params"]["inputForm"]  # type: ignore[index]
        assert [(f["key"], f["type"], f["required"]) for f in form] == [
            ("name", "input", True),
            ("age", "numberInput", False),
            ("topic", "select", False),
        ]
        assert form[2]["list"] == [
            {"label": "Python", "value": "python"},
            {"label": "FastGPT", "value": "fastgpt"},
        ]
        answer = json.dumps({"name": "Ada", "age": 36, "topic": "fastgpt"})
        r = c.post(V1, json={"messages": user(answer), "chatId": "f1", "stream": True, "detail": True})
    frames = parse_sse(r.text)
    assert [f.json() for f in frames if f.event == "updateVariables"] == [{"name": "Ada"}]
    assert answer_text(frames) == "Thanks! You submitted: name=Ada, age=36, topic=fastgpt."
    assert server.chat_variables("f1") == {"name": "Ada"}
    stored = server.chat_records("f1")[1]["value"][0]["interactive"]["params"]
    assert stored["submitted"] is True
    assert stored["inputForm"][0]["value"] == "Ada"


def test_form_non_json_answer_counts_as_empty(server: FakeFastGPT) -> None:
    with httpx.Client(base_url=server.base_url, headers=bearer(server.app_keys["form"]), timeout=30) as c:
        c.post(V1, json={"messages": user("start"), "chatId": "f2"})
        r = c.post(V1, json={"messages": user("not json"), "chatId": "f2", "detail": True})
    assert r.json()["choices"][0]["message"]["content"] == "Thanks! You submitted: nothing."
    assert r.json()["responseData"][0]["formInputResult"] == {}


@BOTH_VERSIONS
def test_nested_children_interactive(server: FakeFastGPT, version: str) -> None:
    with httpx.Client(base_url=server.base_url, headers=bearer(server.app_keys["nested"]), timeout=30) as c:
        r = c.post(V1, json={"messages": user("start"), "chatId": "n1", "detail": True})
        message = r.json()["choices"][0]["message"]
        assert [item["type"] for item in message["content"]] == ["text", "interactive"]
        assert message["content"][0]["text"]["content"] == "\nStarting the onboarding sub-app."
        outer = message["content"][1]["interactive"]
        if version == "4.16":  # the innermost question only, without the wrapper or run state
            assert set(outer) == {"type", "params"}
            child = outer
        else:
            assert outer["type"] == "childrenInteractive"
            child = outer["params"]["childrenResponse"]
        assert child["type"] == "userInput"
        assert child["params"]["inputForm"][0]["key"] == "email"
        r = c.post(V1, json={"messages": user('{"email": "ada@example.com"}'), "chatId": "n1"})
    assert r.json()["choices"][0]["message"]["content"] == "Welcome aboard, ada@example.com!"
    stored = server.chat_records("n1")[1]["value"]
    assert stored[1]["interactive"]["params"]["childrenResponse"]["params"]["submitted"] is True


def test_scripted_prompt_then_generic_continue(server: FakeFastGPT, client: httpx.Client) -> None:
    prompt = user_input("Details?", [form_field("city", required=True)])
    server.script("assistant", ScriptedReply(interactive=prompt))
    r = client.post(V1, json={"messages": user("q"), "chatId": "g1", "stream": True, "detail": True})
    assert _interactive(r.text)["type"] == "userInput"
    r = client.post(V1, json={"messages": user('{"city": "Lyon"}'), "chatId": "g1", "detail": True})
    assert r.json()["choices"][0]["message"]["content"] == 'You answered: {"city": "Lyon"}'
    assert r.json()["responseData"][0]["formInputResult"] == {"city": "Lyon"}
