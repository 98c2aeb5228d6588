"""Canned FastGPT responses, as bytes on the wire.

Shapes follow what FastGPT writes (and what the emulator in ``fastgpt_client.testing`` writes):
OpenAI-style chunks with empty ids for answers, named events in detail mode, ``[DONE]`` before
``flowResponses`` in v1 detail streams. The server builds each fixture once and replays it.
"""

from __future__ import annotations

import json
from typing import Any

ANSWER_PIECE = "FastGPT streams the answer "  # one detail=false chunk's text


def dumps(data: Any) -> str:
    """JSON as Node's ``JSON.stringify`` writes it: compact, non-ASCII kept."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def sse(event: str | None, data: Any) -> bytes:
    payload = data if isinstance(data, str) else dumps(data)
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {payload}\n\n".encode()


def answer_chunk(content: str | None, *, finish: bool = False) -> dict[str, Any]:
    delta: dict[str, Any] = {} if finish else {"role": "assistant", "content": content}
    return {
        "id": "",
        "object": "",
        "created": 0,
        "model": "",
        "choices": [{"delta": delta, "index": 0, "finish_reason": "stop" if finish else None}],
    }


def node_response(i: int, filler: int = 0) -> dict[str, Any]:
    """One entry of ``responseData`` / ``flowResponses``; ``filler`` pads ``textOutput``."""
    return {
        "id": f"node{i:06d}resp",
        "nodeId": f"node{i:06d}",
        "moduleName": "AI Chat",
        "moduleType": "chatNode",
        "runningTime": 0.42,
        "totalPoints": 0.01,
        "model": "gpt-4o-mini",
        "inputTokens": 120,
        "outputTokens": 48,
        "query": "How fast is this SDK?",
        "textOutput": "x" * filler,
    }


def response_data(size: int) -> list[dict[str, Any]]:
    """Node responses totalling about ``size`` bytes of JSON (1 KB nodes, like a long workflow)."""
    base = len(dumps(node_response(0)))
    if size <= 1024:
        return [node_response(0, max(0, size - base))]
    return [node_response(i, 1024 - base) for i in range(max(1, size // 1024))]


def completion_body(*, text: str = "", size: int = 0) -> bytes:
    """A non-stream answer; ``size`` > 0 adds ``responseData`` of about that many bytes (detail)."""
    body: dict[str, Any] = {
        "id": "benchchat0000000000000001",
        "model": "",
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
        "choices": [
            {
                "message": {"role": "assistant", "content": text or ANSWER_PIECE * 20},
                "finish_reason": "stop",
                "index": 0,
            }
        ],
    }
    if size:
        body["responseData"] = response_data(size)
        body["newVariables"] = {"topic": "benchmarks"}
    return dumps(body).encode()


def plain_stream(frames: int) -> list[bytes]:
    """A detail=false stream: ``frames`` answer chunks, the finish chunk, ``[DONE]``."""
    chunk = sse(None, answer_chunk(ANSWER_PIECE))
    finish = answer_chunk(None)
    finish["choices"][0]["finish_reason"] = "stop"
    return [chunk] * frames + [sse(None, finish), sse(None, "[DONE]")]


PLAIN_EXTRA_FRAMES = 1  # the finish chunk is an event too; [DONE] is not


def _tool(kind: str, **fields: str) -> dict[str, Any]:
    tool = {"id": "call_bench01", "toolName": "", "toolAvatar": "", "params": "", "response": ""}
    tool.update(fields)
    return {"tool": tool}


def detail_unit(i: int) -> list[bytes]:
    """One workflow step in detail mode: node status, a tool call, text, variables."""
    frames = [
        sse("flowNodeStatus", {"status": "running", "name": f"Tool Call {i}"}),
        sse("toolCall", _tool("toolCall", toolName="Weather", functionName="get_weather")),
        sse("toolParams", _tool("toolParams", params='{"city":')),
        sse("toolParams", _tool("toolParams", params='"Paris"}')),
        sse("toolResponse", _tool("toolResponse", response='{"temperature":21,"condition":"sunny"}')),
        sse("fastAnswer", answer_chunk("Checking the weather. ")),
    ]
    frames += [sse("answer", answer_chunk(ANSWER_PIECE))] * 10
    frames.append(sse("updateVariables", {"topic": "weather", "step": i}))
    return frames


DETAIL_UNIT_FRAMES = 17


def detail_stream(units: int, *, flow_size: int = 2048) -> list[bytes]:
    """A v1 detail=true stream with every event kind, ending in an interactive pause.

    ``units * 17 + 4`` frames are events: units, interactive, workflowDuration, the finish chunk
    and flowResponses (``[DONE]`` is not an event).
    """
    frames: list[bytes] = []
    for i in range(units):
        frames += detail_unit(i)
    interactive = {
        "type": "userSelect",
        "params": {
            "description": "Another city?",
            "userSelectOptions": [{"key": "option1", "value": "Yes"}, {"key": "option2", "value": "No"}],
        },
    }
    frames.append(sse("interactive", {"interactive": interactive}))
    frames.append(sse("workflowDuration", {"durationSeconds": 1.25}))
    frames.append(sse("answer", answer_chunk(None, finish=True)))
    frames.append(sse("answer", "[DONE]"))
    frames.append(sse("flowResponses", response_data(flow_size)))
    return frames


DETAIL_EXTRA_FRAMES = 4


def build(name: str) -> tuple[str, list[bytes]]:
    """The fixture called ``name``: (content type, body pieces; one piece per chunk if streamed).

    ``complete``            a non-stream detail=false answer (~0.6 KB)
    ``big-<bytes>``         a non-stream detail=true answer with ~<bytes> of responseData
    ``plain-<frames>``      a detail=false stream of <frames> answer chunks
    ``detail-<units>``      a detail=true stream of <units> workflow steps (17 events each)
    ``bigstream-<bytes>``   a detail=true stream whose flowResponses is ~<bytes>
    """
    kind, _, arg = name.partition("-")
    if kind == "complete":
        return "json", [completion_body()]
    if kind == "big":
        return "json", [completion_body(size=int(arg))]
    if kind == "plain":
        return "sse", plain_stream(int(arg))
    if kind == "detail":
        return "sse", detail_stream(int(arg))
    if kind == "bigstream":
        return "sse", detail_stream(1, flow_size=int(arg))
    raise KeyError(name)
