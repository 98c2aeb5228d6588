"""Streaming: `ChatStream` / `AsyncChatStream` and the typed events they yield."""

from ._events import (
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
from ._interactive import FormField, InteractivePrompt
from ._stream import AsyncChatStream, ChatStream

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
