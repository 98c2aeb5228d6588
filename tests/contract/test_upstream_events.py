"""Every stream event FastGPT 4.16.0 documents is a typed event of the SDK, and the emulator's
4.16 detail streams send only documented events.

The names are read from the v2 completions description (`description_verbatim` of
`openapi/upstream/completion-examples-4.16.0.json`, its "event 取值" list), so an event FastGPT
adds to its document fails here until the SDK decodes it.
"""

from __future__ import annotations

import re

import httpx

from fastgpt_client import StreamEvent, UnknownEvent
from fastgpt_client._decode import decode_frame
from fastgpt_client._sse import ServerSentEvent
from fastgpt_client.testing import (
    FakeFastGPT,
    ScriptedReply,
    agent_plan,
    plan_status,
    sandbox_status,
    skill_call,
)
from tests.contract import upstream

EXAMPLES = upstream.load(upstream.COMPLETION_EXAMPLES)
PAYLOADS = {
    "answer": '{"choices":[{"delta":{"content":"x"}}]}',
    "fastAnswer": '{"choices":[{"delta":{"content":"x"}}]}',
    "interactive": '{"interactive":{"type":"userSelect","params":{"userSelectOptions":[]}}}',
}


def documented_events() -> list[str]:
    description = EXAMPLES["POST /api/v2/chat/completions"]["description_verbatim"]
    section = description.split("**event 取值**", 1)[1].split("\n\n", 2)[1]
    names: list[str] = []
    for line in section.splitlines():
        head = line.split("：", 1)[0]  # noqa: RUF001  (FastGPT's full-width colon)
        names += re.findall(r"`(\w+)`", head)
    return names


def test_the_documented_list_is_read() -> None:
    names = documented_events()
    assert {"answer", "chatTitle", "plan", "planStatus", "skillCall", "sandboxStatus", "error"} <= set(names)


def test_every_documented_event_is_typed() -> None:
    for name in documented_events():
        if name == "error":
            continue  # raises the mapped error (tests/unit/test_stream.py)
        event = decode_frame(ServerSentEvent(event=name, data=PAYLOADS.get(name, "{}")))
        assert isinstance(event, StreamEvent), name
        assert not isinstance(event, UnknownEvent), f"{name!r} is documented but decoded as UnknownEvent"


def test_the_emulator_sends_documented_events_only() -> None:
    documented = set(documented_events())
    events = (plan_status(), agent_plan("P", ["a"]), sandbox_status("ready"), skill_call("s"))
    with FakeFastGPT() as server:
        server.script("assistant", ScriptedReply(text="ok", variables={"a": 1}, events=events))
        body = {
            "messages": [{"role": "user", "content": "hi"}],
            "chatId": "c",
            "stream": True,
            "detail": True,
        }
        headers = {"Authorization": f"Bearer {server.api_key}"}
        text = httpx.post(server.base_url + "/api/v2/chat/completions", json=body, headers=headers).text
    sent = set(re.findall(r"^event: (\w+)$", text, flags=re.MULTILINE))
    assert {"chatTitle", "plan", "planStatus", "sandboxStatus", "skillCall"} <= sent
    assert sent <= documented
