"""Server-sent-event frames exactly as FastGPT's ``responseWrite()`` writes them."""

from __future__ import annotations

import json
from typing import Any

SSE_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-type", b"text/event-stream;charset=utf-8"),
    (b"cache-control", b"no-cache, no-transform"),
    (b"x-accel-buffering", b"no"),
    (b"access-control-allow-origin", b"*"),
]


def dumps(data: Any) -> str:
    """JSON the way Node's ``JSON.stringify`` writes it: compact, non-ASCII kept."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def frame(event: str | None, data: Any) -> bytes:
    """``[event: <name>\\n]data: <payload>\\n\\n``; a ``str`` payload is written as is."""
    payload = data if isinstance(data, str) else dumps(data)
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {payload}\n\n".encode()


def answer_chunk(
    content: str | None = None, *, reasoning: str | None = None, finish: bool = False
) -> dict[str, Any]:
    """FastGPT's ``textAdaptGptResponse``: an OpenAI-style chunk with empty ids."""
    delta: dict[str, Any] = {}
    if not finish:
        delta["role"] = "assistant"
        if content is not None:
            delta["content"] = content
        if reasoning is not None:
            delta["reasoning_content"] = reasoning
    return {
        "id": "",
        "object": "",
        "created": 0,
        "model": "",
        "choices": [{"delta": delta, "index": 0, "finish_reason": "stop" if finish else None}],
    }


def finish_chunk(*, detail: bool) -> dict[str, Any]:
    """The closing chunk: ``delta: {}`` in detail mode, ``content: null`` otherwise (as in FastGPT)."""
    chunk = answer_chunk(finish=True)
    if not detail:
        chunk["choices"][0]["delta"] = {"role": "assistant", "content": None}
    return chunk
