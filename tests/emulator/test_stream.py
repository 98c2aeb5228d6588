"""SSE framing: detail on/off, v1 vs v2, heartbeats, tool events, stop, client disconnects."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from fastgpt_client.testing import FakeFastGPT, ScriptedReply

from .conftest import ON_4_14, V1, V2, answer_text, bearer, parse_sse, user


def test_sse_headers(client: httpx.Client) -> None:
    r = client.post(V1, json={"messages": user("hi"), "stream": True})
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/event-stream;charset=utf-8"
    assert r.headers["cache-control"] == "no-cache, no-transform"
    assert r.headers["x-accel-buffering"] == "no"


@pytest.mark.parametrize("path", [V1, V2])
def test_detail_false_is_openai_compatible(client: httpx.Client, path: str) -> None:
    r = client.post(path, json={"messages": user("你好 world"), "stream": True})
    assert "event:" not in r.text
    frames = parse_sse(r.text)
    assert all(f.event is None for f in frames)
    assert frames[-1].data == "[DONE]"
    finish = frames[-2].json()["choices"][0]
    assert finish["finish_reason"] == "stop"
    assert finish["delta"] == {"role": "assistant", "content": None}
    chunks = [f.json() for f in frames[:-2]]
    assert len(chunks) > 5  # token by token
    assert all(c["id"] == "" and c["object"] == "" and c["created"] == 0 and c["model"] == "" for c in chunks)
    pieces = [c["choices"][0]["delta"]["content"] for c in chunks]
    assert "你" in pieces
    assert "好" in pieces
    assert answer_text(frames).startswith("Hello there! You asked: 你好 world")


@ON_4_14
def test_v1_detail_true_order(client: httpx.Client) -> None:
    r = client.post(V1, json={"messages": user("hi"), "stream": True, "detail": True})
    frames = parse_sse(r.text)
    events = [f.event for f in frames]
    assert events[0] == "flowNodeStatus"
    assert frames[0].json() == {"status": "running", "name": "AI Chat"}
    assert "flowNodeResponse" not in events
    assert events[-4:] == ["workflowDuration", "answer", "answer", "flowResponses"]
    assert frames[-4].json()["durationSeconds"] >= 0
    assert frames[-3].json()["choices"][0] == {"delta": {}, "index": 0, "finish_reason": "stop"}
    assert frames[-2].data == "[DONE]"
    (node,) = frames[-1].json()
    assert node["moduleType"] == "chatNode"
    answers = [f.json()["choices"][0]["delta"] for f in frames if f.event == "answer" and f.data != "[DONE]"]
    assert all(d.get("role") == "assistant" for d in answers[:-1])


def test_v2_detail_true_has_flow_node_response_and_no_flow_responses(client: httpx.Client) -> None:
    r = client.post(V2, json={"messages": user("hi"), "stream": True, "detail": True})
    frames = parse_sse(r.text)
    events = [f.event for f in frames]
    assert "flowResponses" not in events
    assert events.count("flowNodeResponse") == 1
    assert events.index("flowNodeResponse") < events.index("workflowDuration")
    assert frames[-1].data == "[DONE]"
    assert frames[-1].event == "answer"


def test_reasoning_chunks(server: FakeFastGPT, client: httpx.Client) -> None:
    server.script("assistant", ScriptedReply(text="Yes.", reasoning="Let me think."))
    frames = parse_sse(client.post(V1, json={"messages": user("q"), "stream": True, "detail": True}).text)
    deltas = [f.json()["choices"][0]["delta"] for f in frames if f.event == "answer" and f.data != "[DONE]"]
    reasoning = [d for d in deltas if "reasoning_content" in d]
    assert "".join(d["reasoning_content"] for d in reasoning) == "Let me think."
    assert all("content" not in d for d in reasoning)
    assert answer_text(frames) == "Yes."


def test_tool_events(server: FakeFastGPT) -> None:
    r = httpx.post(
        server.base_url + V1,
        json={"messages": user("weather in Oslo"), "stream": True, "detail": True},
        headers=bearer(server.app_keys["tool"]),
    )
    frames = parse_sse(r.text)
    events = [f.event for f in frames]
    assert events.index("toolCall") < events.index("toolParams") < events.index("toolResponse")
    call = frames[events.index("toolCall")].json()["tool"]
    assert call["toolName"] == "Weather"
    assert call["functionName"] == "get_weather"
    params = "".join(f.json()["tool"]["params"] for f in frames if f.event == "toolParams")
    assert params == '{"city": "Oslo"}'
    assert "21" in frames[events.index("toolResponse")].json()["tool"]["response"]
    assert "Oslo" in answer_text(frames)


def test_update_variables_event(server: FakeFastGPT, client: httpx.Client) -> None:
    server.script("assistant", ScriptedReply(text="ok", variables={"score": 3}))
    frames = parse_sse(
        client.post(V1, json={"messages": user("q"), "chatId": "uv", "stream": True, "detail": True}).text
    )
    update = next(f for f in frames if f.event == "updateVariables")
    assert update.json() == {"score": 3}
    assert server.chat_variables("uv") == {"score": 3}


@pytest.mark.parametrize("detail", [True, False])
def test_heartbeats_during_delays(detail: bool) -> None:
    with FakeFastGPT(heartbeat_interval=0.02) as s:
        r = httpx.post(
            s.base_url + V2,
            json={"messages": user("hi"), "stream": True, "detail": detail},
            headers={**bearer(s.api_key), "X-Fake-Fault": "delay_first=0.3"},
            timeout=30,
        )
        frames = parse_sse(r.text)
        first = frames[0]
        assert first.event == ("answer" if detail else None)
        assert first.json()["choices"][0]["delta"] == {"role": "assistant", "content": ""}
        assert answer_text(frames).startswith("Hello there!")


def test_stream_stores_the_turn(server: FakeFastGPT, client: httpx.Client) -> None:
    r = client.post(V1, json={"messages": user("keep me"), "chatId": "st", "stream": True})
    text = answer_text(parse_sse(r.text))
    records = server.chat_records("st")
    assert records[1]["value"] == [{"type": "text", "text": {"content": text}}]


def test_v2_stop_ends_the_stream_cleanly() -> None:
    with FakeFastGPT(version="4.14", token_delay=0.1) as s:
        headers = bearer(s.api_key)
        body = {"messages": user("please stop me"), "chatId": "stop-me", "stream": True, "detail": True}
        frames_text = ""
        with httpx.Client(base_url=s.base_url, headers=headers, timeout=30) as c:
            with c.stream("POST", V2, json=body) as r:
                lines = r.iter_lines()
                for line in lines:
                    frames_text += line + "\n"
                    if line.startswith("data: {") and '"content"' in line:
                        break
                stop = c.post("/api/v2/chat/stop", json={"appId": s.default_app_id, "chatId": "stop-me"})
                for line in lines:
                    frames_text += line + "\n"
            assert stop.status_code == 200
            assert stop.json() == {"code": 200, "statusText": "", "message": "", "data": {"success": True}}
        frames = parse_sse(frames_text.replace("\n\n\n", "\n\n"))
        assert frames[-1].data == "[DONE]"
        text = answer_text(frames)
        assert text.startswith("Hello ")
        assert not text.endswith("one token at a time.")
        assert s.chat_records("stop-me")[1]["value"][0]["text"]["content"] == text


@ON_4_14
def test_stop_validates(server: FakeFastGPT, client: httpx.Client) -> None:
    r = client.post("/api/v2/chat/stop", json={"appId": server.default_app_id})
    assert r.status_code == 500
    r = client.post("/api/v2/chat/stop", json={"chatId": "not-running"})
    assert r.json()["data"] == {"success": True}
    r = httpx.post(server.base_url + "/api/v2/chat/stop", json={"chatId": "x"})
    assert r.json()["statusText"] == "unAuthorization"


def _wait_for(predicate: object, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(predicate) and predicate():
            return True
        time.sleep(0.01)
    return False


def test_client_disconnect_is_counted() -> None:
    with FakeFastGPT(token_delay=0.05) as s:
        with (
            httpx.Client(base_url=s.base_url, headers=bearer(s.api_key), timeout=30) as c,
            c.stream("POST", V1, json={"messages": user("long"), "stream": True}) as r,
        ):
            next(r.iter_bytes())
        assert _wait_for(lambda: s.disconnects == 1)
        # a stream read to its end is not a disconnect
        httpx.post(s.base_url + V1, json={"messages": user("x"), "stream": True}, headers=bearer(s.api_key))
        assert s.disconnects == 1


def test_server_can_stop_with_a_stream_open() -> None:
    s = FakeFastGPT(token_delay=0.2).start()
    done = threading.Event()
    errors: list[BaseException] = []

    def consume() -> None:
        try:
            httpx.post(
                s.base_url + V1,
                json={"messages": user("x"), "stream": True},
                headers=bearer(s.api_key),
                timeout=30,
            )
        except httpx.HTTPError as exc:
            errors.append(exc)
        finally:
            done.set()

    t = threading.Thread(target=consume)
    t.start()
    assert _wait_for(lambda: s.request_count(V1) == 1)
    s.close()
    t.join()
    assert done.is_set()
