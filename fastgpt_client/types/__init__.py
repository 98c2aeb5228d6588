"""Public value types: what methods take and return. No I/O; each submodule is imported on first use.

The generated request and answer models (`ChatHistory`, `Dataset`, `SearchResultItem`, ...) are
re-exported here too, on first use, so user code never imports the generated package.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {  # public name -> its submodule, imported on first use (class creation costs)
    "ChatCompletion": ".completion",
    "IncompleteAnswerWarning": ".completion",
    "TokenUsage": ".completion",
    "CursorPage": ".cursor",
    "ChunkSettings": ".datasets",
    "PushBatch": ".datasets",
    "PushResult": ".datasets",
    "SearchResult": ".datasets",
    "UpdatedData": ".datasets",
    "AnswerEvent": ".events",
    "FastAnswerEvent": ".events",
    "FlowNodeResponseEvent": ".events",
    "FlowNodeStatusEvent": ".events",
    "FlowResponsesEvent": ".events",
    "InteractiveEvent": ".events",
    "StreamEvent": ".events",
    "ToolCallEvent": ".events",
    "ToolParamsEvent": ".events",
    "ToolResponseEvent": ".events",
    "UnknownEvent": ".events",
    "UpdateVariablesEvent": ".events",
    "WorkflowDurationEvent": ".events",
    "FormField": ".interactive",
    "InteractivePrompt": ".interactive",
    "NOT_GIVEN": ".options",
    "ChatOptions": ".options",
    "NotGiven": ".options",
    "RequestOptions": ".options",
    "Timeout": ".options",
    "Page": ".page",
    "ChatFile": ".parts",
    "file_part": ".parts",
    "image_part": ".parts",
    "text_part": ".parts",
    "StopResult": ".stop",
    "TrainingFailure": ".training",
    "TrainingQueue": ".training",
    "TrainingStatus": ".training",
}

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
    where = _WHERE.get(name)
    if where is not None:
        value = getattr(import_module(where, __name__), name)
        globals()[name] = value
        return value
    # A generated model (fastgpt_api.models.X), loaded on first use: the models package is large.
    models = import_module("fastgpt_api.models")
    try:
        value = getattr(models, name)
    except AttributeError:
        raise AttributeError(f"module 'fastgpt_client.types' has no attribute {name!r}") from None
    globals()[name] = value
    return value
