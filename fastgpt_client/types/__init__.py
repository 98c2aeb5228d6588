"""Public value types: what methods take and return. No I/O; importing this costs nothing.

The generated request and answer models (`ChatHistory`, `Dataset`, `SearchResultItem`, ...) are
re-exported here too, on first use, so user code never imports the generated package.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .completion import ChatCompletion, IncompleteAnswerWarning, TokenUsage
from .cursor import CursorPage
from .datasets import ChunkSettings, PushBatch, PushResult, SearchResult, UpdatedData
from .events import (
    AnswerEvent,
    FastAnswerEvent,
    FlowNodeResponseEvent,
    FlowNodeStatusEvent,
    FlowResponsesEvent,
    InteractiveEvent,
    StreamEvent,
    ToolCallEvent,
    ToolParamsEvent,
    ToolResponseEvent,
    UnknownEvent,
    UpdateVariablesEvent,
    WorkflowDurationEvent,
)
from .interactive import FormField, InteractivePrompt
from .options import NOT_GIVEN, ChatOptions, NotGiven, RequestOptions, Timeout
from .page import Page
from .parts import ChatFile, file_part, image_part, text_part
from .stop import StopResult
from .training import TrainingFailure, TrainingQueue, TrainingStatus

__all__ = [
    "NOT_GIVEN",
    "AnswerEvent",
    "ChatCompletion",
    "ChatFile",
    "ChatOptions",
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
    "NotGiven",
    "Page",
    "PushBatch",
    "PushResult",
    "RequestOptions",
    "SearchResult",
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
    "file_part",
    "image_part",
    "text_part",
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
