"""Public value types: what methods take and return. No I/O; each submodule is imported on first use.

The generated request and answer models (`ChatHistory`, `Dataset`, `SearchResultItem`, ...) are
re-exported here too, on first use, so user code never imports the generated package.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from .agent import AgentPlan, PlanStep, SandboxStatus, SkillInfo
    from .completion import ChatCompletion, IncompleteAnswerWarning, TokenUsage
    from .cursor import CursorPage
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
    from .training import TrainingFailure, TrainingQueue, TrainingStatus

# Each public name's submodule, imported on first use: class creation costs, and most programs
# use a few of these (`import fastgpt_client` should cost about what `import httpx` does).
_SUBMODULES = {
    ".agent": ("AgentPlan", "PlanStep", "SandboxStatus", "SkillInfo"),
    ".completion": ("ChatCompletion", "IncompleteAnswerWarning", "TokenUsage"),
    ".cursor": ("CursorPage",),
    ".datasets": ("ChunkSettings", "PushBatch", "PushResult", "SearchResult", "UpdatedData"),
    ".events": (
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
    ),
    ".interactive": ("FormField", "InteractivePrompt"),
    ".node_tree": ("NodeTree",),
    ".options": ("NOT_GIVEN", "AuthProxy", "ChatOptions", "NotGiven", "RequestOptions", "Timeout"),
    ".page": ("Page",),
    ".parts": (
        "ChatFile",
        "audio_part",
        "file_part",
        "image_part",
        "inline_file_part",
        "text_part",
        "video_part",
    ),
    ".share": ("ShareLink",),
    ".stop": ("StopResult",),
    ".training": ("TrainingFailure", "TrainingQueue", "TrainingStatus"),
}
_WHERE = {name: module for module, names in _SUBMODULES.items() for name in names}

__all__: list[str] = [
    "NOT_GIVEN",
    "AgentPlan",
    "AnswerEvent",
    "AuthProxy",
    "ChatCompletion",
    "ChatFile",
    "ChatOptions",
    "ChatTitleEvent",
    "ChunkSettings",
    "CursorPage",
    "FastAnswerEvent",
    "FlowNodeResponseEvent",
    "FlowNodeStatusEvent",
    "FlowResponsesEvent",
    "FormField",
    "IncompleteAnswerWarning",
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
    "TrainingFailure",
    "TrainingQueue",
    "TrainingStatus",
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


if TYPE_CHECKING:
    # For type checkers, the generated models and their TypedDicts (`<Model>Dict`) are this
    # module's own names, as are the TypedDict names of `params` (`MessageParam`, `PushItem`, ...);
    # at run time `__getattr__` below loads them on first use. Our own names win.
    import fastgpt_api.models as _models

    # The generated ChunkSettings gives way to ours (mypy would keep the first, pyright the last).
    from fastgpt_api.models import *  # type: ignore[assignment]  # noqa: F403

    from . import params as _params
    from .datasets import ChunkSettings
    from .params import *  # noqa: F403

    __all__ += _models.__all__
    __all__ += _params.__all__


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is not None:
        value: Any = getattr(import_module(where, __name__), name)
        globals()[name] = value
        return value
    # A generated model or TypedDict, loaded on first use: the models package is large.
    from .params import ALIASES, CONTENT_PARTS

    models = import_module("fastgpt_api.models")
    if name == "ContentPart":
        value = Union[tuple(getattr(models, part) for part in CONTENT_PARTS)]  # noqa: UP007
    else:
        try:
            value = getattr(models, ALIASES.get(name, name))
        except AttributeError:
            raise AttributeError(f"module 'fastgpt_client.types' has no attribute {name!r}") from None
    globals()[name] = value
    return value
