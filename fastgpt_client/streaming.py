"""Streaming: `ChatStream` / `AsyncChatStream` and the typed events they yield."""

from ._stream import AsyncChatStream, ChatStream
from .types import events
from .types.events import *  # noqa: F403  (every event class)
from .types.interactive import FormField, InteractivePrompt

__all__ = ["AsyncChatStream", "ChatStream", "FormField", "InteractivePrompt"]
__all__ += events.__all__
