"""Typed stream events: what a chat stream yields (decoding lives in `_decode`).

Every event has `.event` (the wire name), `.data` (the decoded JSON payload) and
`.response_value_id` (4.15+ detail streams: which answer value the event belongs to). Names
FastGPT adds in later releases arrive as `UnknownEvent`, never as an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from .agent import AgentPlan, SandboxStatus, SkillInfo
from .interactive import InteractivePrompt

if TYPE_CHECKING:
    from fastgpt_api.models import NodeResponse, ToolInfo

__all__ = [
    "AnswerEvent",
    "ChatTitleEvent",
    "FastAnswerEvent",
    "FlowNodeResponseEvent",
    "FlowNodeStatusEvent",
    "FlowResponsesEvent",
    "InteractiveEvent",
    "PlanEvent",
    "PlanStatusEvent",
    "SandboxStatusEvent",
    "SkillCallEvent",
    "StreamEvent",
    "ToolCallEvent",
    "ToolParamsEvent",
    "ToolResponseEvent",
    "UnknownEvent",
    "UpdateVariablesEvent",
    "WorkflowDurationEvent",
]


@dataclass(frozen=True, slots=True)
class StreamEvent:
    """Base of every event: `event` is the wire name, `data` the decoded payload."""

    event: str
    data: Any

    @property
    def response_value_id(self) -> str | None:
        """The answer value this event belongs to (`responseValueId`, which FastGPT 4.15+ adds
        to detail-stream events of Agent and tool nodes), else None. Events with the same id
        build one part of the answer: one tool call, one plan."""
        data: object = self.data
        value = cast("dict[str, object]", data).get("responseValueId") if type(data) is dict else None
        return value if isinstance(value, str) and value else None


@dataclass(frozen=True, slots=True)
class AnswerEvent(StreamEvent):
    """New answer text (`text`) or reasoning text (`reasoning`); `finish_reason` on the last one."""

    text: str
    reasoning: str
    finish_reason: str | None


@dataclass(frozen=True, slots=True)
class FastAnswerEvent(AnswerEvent):
    """Text from a "specified reply" node; part of the answer like `AnswerEvent`."""


@dataclass(frozen=True, slots=True)
class FlowNodeStatusEvent(StreamEvent):
    """A workflow node started (`status` is usually `"running"`)."""

    name: str
    status: str


@dataclass(frozen=True, slots=True)
class FlowNodeResponseEvent(StreamEvent):
    """What one node did (v2 streams, after each root-level node)."""

    node: NodeResponse


@dataclass(frozen=True, slots=True)
class FlowResponsesEvent(StreamEvent):
    """What every node did (v1 detail streams, after `[DONE]`). Token counts live here."""

    nodes: list[NodeResponse]


@dataclass(frozen=True, slots=True)
class ToolEvent(StreamEvent):
    tool: ToolInfo


@dataclass(frozen=True, slots=True)
class ToolCallEvent(ToolEvent):
    """The model called a tool (`tool.tool_name`, `tool.function_name`, `tool.params`)."""


@dataclass(frozen=True, slots=True)
class ToolParamsEvent(ToolEvent):
    """A piece of a tool call's arguments (`tool.params` is a delta)."""


@dataclass(frozen=True, slots=True)
class ToolResponseEvent(ToolEvent):
    """A tool answered (`tool.response`)."""


@dataclass(frozen=True, slots=True)
class UpdateVariablesEvent(StreamEvent):
    """A node changed workflow variables; `variables` is the whole new set."""

    variables: dict[str, Any]


@dataclass(frozen=True, slots=True)
class InteractiveEvent(StreamEvent):
    """The run paused for the user: answer `prompt` with `continue_interactive`."""

    prompt: InteractivePrompt


@dataclass(frozen=True, slots=True)
class WorkflowDurationEvent(StreamEvent):
    """The whole run took `seconds`."""

    seconds: float


@dataclass(frozen=True, slots=True)
class ChatTitleEvent(StreamEvent):
    """FastGPT named the chat (4.15+, `detail=True` streams of a chat that had no title yet).
    It may come at any point of the stream; `get_final_completion().title` has it too."""

    title: str


@dataclass(frozen=True, slots=True)
class PlanEvent(StreamEvent):
    """An Agent node's plan, new or updated (4.14.7+). A later one with the same
    `plan.plan_id` replaces it."""

    plan: AgentPlan


@dataclass(frozen=True, slots=True)
class PlanStatusEvent(StreamEvent):
    """An Agent node is writing its plan: `status` is `"generating"` or `"updating"` (4.15+)."""

    status: str


@dataclass(frozen=True, slots=True)
class SandboxStatusEvent(StreamEvent):
    """The Agent's code sandbox moved to another phase (4.14.10+); see `SandboxStatus`."""

    sandbox: SandboxStatus


@dataclass(frozen=True, slots=True)
class SkillCallEvent(StreamEvent):
    """The Agent called a skill (4.14.10+)."""

    skill: SkillInfo


@dataclass(frozen=True, slots=True)
class UnknownEvent(StreamEvent):
    """An event this SDK version does not know; `event` and `data` are as sent."""
