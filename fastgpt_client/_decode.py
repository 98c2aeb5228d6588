"""How one SSE frame becomes one typed event (`types.events`), or the error it reports."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Final, cast

import httpx

from ._errors import error_from_envelope
from ._json import as_mapping, as_number, as_str, mappings
from ._sse import ServerSentEvent
from .exceptions import StreamParseError
from .types.agent import AgentPlan, SandboxStatus, SkillInfo
from .types.events import (
    AnswerEvent,
    ChatTitleEvent,
    FastAnswerEvent,
    FlowNodeResponseEvent,
    FlowNodeStatusEvent,
    FlowResponsesEvent,
    InteractiveEvent,
    PlanEvent,
    PlanStatusEvent,
    SandboxStatusEvent,
    SkillCallEvent,
    StreamEvent,
    ToolCallEvent,
    ToolEvent,
    ToolParamsEvent,
    ToolResponseEvent,
    UnknownEvent,
    UpdateVariablesEvent,
    WorkflowDurationEvent,
)
from .types.interactive import InteractivePrompt


class _Done:
    __slots__ = ()

    def __repr__(self) -> str:
        return "DONE"


DONE: Final = _Done()
"""The `[DONE]` frame: the answer is complete (v1 detail streams still send `flowResponses`)."""


def decode_frame(
    frame: ServerSentEvent, response: httpx.Response | None = None
) -> StreamEvent | _Done | None:
    """One SSE frame as an event; None for heartbeats.

    An `error` frame raises the mapped error, carrying the stream's `response` (and so its
    request and HTTP status).
    """
    name = frame.event or "answer"  # detail=false frames carry no event name
    text = frame.data
    if text == "[DONE]":
        return DONE
    try:
        data: Any = _loads(text)
    except (ValueError, RecursionError):
        raise StreamParseError(
            f"Could not decode a {name!r} stream frame as JSON: {text[:200]!r}", body=text
        ) from None
    if name == "error":
        raise error_from_envelope(as_mapping(data) or {"message": str(data)}, response=response)
    decoder = _DECODERS.get(name)
    if decoder is None:
        return UnknownEvent(name, data)
    try:
        return decoder(name, data)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        raise StreamParseError(f"Could not decode a {name!r} stream frame: {exc}", body=data) from None


_raw_decode = json.JSONDecoder().raw_decode
_decode_json = json.JSONDecoder().decode


def _loads(text: str) -> Any:
    """`json.loads(text)`. A frame that is one JSON value with nothing around it (every frame
    FastGPT writes) is read by `raw_decode` alone; anything else takes `json.loads`' own path
    (the same value, or the same ValueError / RecursionError)."""
    try:
        value, end = _raw_decode(text)
    except ValueError:
        return _decode_json(text)
    return value if end == len(text) else _decode_json(text)


_NOTHING: Final[dict[str, Any]] = {}  # read only: the object a non-object payload stands for


def _object(value: object) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one. Only for `json.loads` output, where an
    object is exactly a `dict`: cheaper than the `Mapping` ABC check of `as_mapping`, same answer."""
    return cast("dict[str, Any]", value) if type(value) is dict else {}


def _answer(name: str, data: Any) -> StreamEvent | None:
    # The hottest path of a stream: one call per answer chunk. `data` is `json.loads` output, so
    # an object is exactly a dict, an array a list and a string a str: `type(x) is` checks inline
    # (no helper calls), the same answers as `_object`/`as_str`.
    payload: dict[str, Any] = data if type(data) is dict else _NOTHING  # pyright: ignore[reportUnknownVariableType]
    choices: list[Any] | None = payload.get("choices")
    choice: dict[str, Any] = _NOTHING
    if type(choices) is list and choices and type(choices[0]) is dict:
        choice = choices[0]  # pyright: ignore[reportUnknownVariableType]
    delta: dict[str, Any] | None = choice.get("delta")
    text: Any = ""
    reasoning: Any = ""
    if type(delta) is dict:
        text = delta.get("content")
        reasoning = delta.get("reasoning_content")
        if type(text) is not str:
            text = ""
        if type(reasoning) is not str:
            reasoning = ""
    finish: Any = choice.get("finish_reason")
    finish_reason: str | None = finish if type(finish) is str else None
    if not text and not reasoning and finish_reason is None:
        return None  # heartbeat
    cls = FastAnswerEvent if name == "fastAnswer" else AnswerEvent
    return cls(name, data, text, reasoning, finish_reason)


def _status(name: str, data: Any) -> StreamEvent:
    payload = _object(data)
    return FlowNodeStatusEvent(name, data, as_str(payload.get("name")), as_str(payload.get("status")))


def _node_response(name: str, data: Any) -> StreamEvent:
    from fastgpt_api.models import NodeResponse

    return FlowNodeResponseEvent(name, data, NodeResponse.from_dict(as_mapping(data)))


def _flow_responses(name: str, data: Any) -> StreamEvent:
    from fastgpt_api.models import NodeResponse

    return FlowResponsesEvent(name, data, [NodeResponse.from_dict(item) for item in mappings(data)])


def _tool(name: str, data: Any) -> StreamEvent:
    from fastgpt_api.models import ToolInfo

    tool = ToolInfo.from_dict(_object(_object(data).get("tool")))
    return _TOOL_EVENTS.get(name, ToolResponseEvent)(name, data, tool)


_TOOL_EVENTS: dict[str, type[ToolEvent]] = {"toolCall": ToolCallEvent, "toolParams": ToolParamsEvent}


def _variables(name: str, data: Any) -> StreamEvent:
    return UpdateVariablesEvent(name, data, dict(_object(data)))


def _interactive(name: str, data: Any) -> StreamEvent:
    prompt = InteractivePrompt.from_payload(as_mapping(data).get("interactive"))
    if prompt is None:
        return UnknownEvent(name, data)
    return InteractiveEvent(name, data, prompt)


def _duration(name: str, data: Any) -> StreamEvent:
    seconds = as_number(as_mapping(data).get("durationSeconds"))
    return WorkflowDurationEvent(name, data, seconds or 0.0)


def _title(name: str, data: Any) -> StreamEvent:
    return ChatTitleEvent(name, data, as_str(_object(data).get("title")))


def _plan(name: str, data: Any) -> StreamEvent:
    return PlanEvent(name, data, AgentPlan.from_payload(_object(data).get("plan")))


def _plan_status(name: str, data: Any) -> StreamEvent:
    status = _object(data).get("planStatus")
    # `{planStatus: {status}}` (AgentPlanStatusType); a bare string is taken as the status too.
    return PlanStatusEvent(
        name, data, status if isinstance(status, str) else as_str(_object(status).get("status"))
    )


def _sandbox(name: str, data: Any) -> StreamEvent:
    return SandboxStatusEvent(name, data, SandboxStatus.from_payload(data))


def _skill(name: str, data: Any) -> StreamEvent:
    return SkillCallEvent(name, data, SkillInfo.from_payload(_object(data).get("skill")))


_DECODERS: dict[str, Callable[[str, Any], StreamEvent | None]] = {
    "answer": _answer,
    "fastAnswer": _answer,
    "flowNodeStatus": _status,
    "flowNodeResponse": _node_response,
    "flowResponses": _flow_responses,
    "toolCall": _tool,
    "toolParams": _tool,
    "toolResponse": _tool,
    "updateVariables": _variables,
    "interactive": _interactive,
    "workflowDuration": _duration,
    "chatTitle": _title,
    "plan": _plan,
    "planStatus": _plan_status,
    "sandboxStatus": _sandbox,
    "skillCall": _skill,
}
