"""Streaming: `ChatStream` / `AsyncChatStream` and the typed events they yield."""

from ._stream import AsyncChatStream, ChatStream
from .types.events import (
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
from .types.interactive import FormField, InteractivePrompt

__all__ = [
    "AnswerEvent",
    "AsyncChatStream",
    "ChatStream",
    "FastAnswerEvent",
    "FlowNodeResponseEvent",
    "FlowNodeStatusEvent",
    "FlowResponsesEvent",
    "FormField",
    "InteractiveEvent",
    "InteractivePrompt",
    "StreamEvent",
    "ToolCallEvent",
    "ToolParamsEvent",
    "ToolResponseEvent",
    "UnknownEvent",
    "UpdateVariablesEvent",
    "WorkflowDurationEvent",
]
