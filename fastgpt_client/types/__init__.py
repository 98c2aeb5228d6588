"""Public value types: what methods take and return. No I/O; importing this costs nothing.

The generated request and answer models (`ChatHistory`, `Dataset`, `SearchResultItem`, ...) are
re-exported here too, on first use, so user code never imports the generated package.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .agent import AgentPlan, PlanStep, SandboxStatus, SkillInfo
from .completion import ChatCompletion, TokenUsage
from .datasets import ChunkSettings, PushBatch, PushResult, SearchResult, UpdatedData
from .events import (
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
    ToolParamsEvent,
    ToolResponseEvent,
    UnknownEvent,
    UpdateVariablesEvent,
    WorkflowDurationEvent,
)
from .interactive import FormField, InteractivePrompt
from .node_tree import NodeTree
from .options import NOT_GIVEN, AuthProxy, ChatOptions, NotGiven, RequestOptions, Timeout
from .page import Page
from .parts import (
    ChatFile,
    audio_part,
    file_part,
    image_part,
    inline_file_part,
    text_part,
    video_part,
)
from .share import ShareLink
from .stop import StopResult

__all__ = [
    "NOT_GIVEN",
    "AgentPlan",
    "AnswerEvent",
    "AuthProxy",
    "ChatCompletion",
    "ChatFile",
    "ChatOptions",
    "ChatTitleEvent",
    "ChunkSettings",
    "FastAnswerEvent",
    "FlowNodeResponseEvent",
    "FlowNodeStatusEvent",
    "FlowResponsesEvent",
    "FormField",
    "InteractiveEvent",
    "InteractivePrompt",
    "NodeTree",
    "NotGiven",
    "Page",
    "PlanEvent",
    "PlanStatusEvent",
    "PlanStep",
    "PushBatch",
    "PushResult",
    "RequestOptions",
    "SandboxStatus",
    "SandboxStatusEvent",
    "SearchResult",
    "ShareLink",
    "SkillCallEvent",
    "SkillInfo",
    "StopResult",
    "StreamEvent",
    "Timeout",
    "TokenUsage",
    "ToolCallEvent",
    "ToolParamsEvent",
    "ToolResponseEvent",
    "UnknownEvent",
    "UpdateVariablesEvent",
    "UpdatedData",
    "WorkflowDurationEvent",
    "audio_part",
    "file_part",
    "image_part",
    "inline_file_part",
    "text_part",
    "video_part",
]


def __getattr__(name: str) -> Any:
    # A generated model (fastgpt_api.models.X), loaded on first use: the models package is large.
    models = import_module("fastgpt_api.models")
    try:
        value = getattr(models, name)
    except AttributeError:
        raise AttributeError(f"module 'fastgpt_client.types' has no attribute {name!r}") from None
    globals()[name] = value
    return value
