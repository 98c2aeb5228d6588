"""Streaming: `ChatStream` / `AsyncChatStream` and the typed events they yield."""

from ._stream import AsyncChatStream, ChatStream
from .types import events
from .types.agent import AgentPlan, PlanStep, SandboxStatus, SkillInfo
from .types.events import *  # noqa: F403  (every event class)
from .types.interactive import FormField, InteractivePrompt
from .types.node_tree import NodeTree

__all__ = [
    "AgentPlan",
    "AsyncChatStream",
    "ChatStream",
    "FormField",
    "InteractivePrompt",
    "NodeTree",
    "PlanStep",
    "SandboxStatus",
    "SkillInfo",
]
__all__ += events.__all__
