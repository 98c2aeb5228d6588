"""The Python SDK for FastGPT.

```python
from fastgpt_client import ChatClient

with ChatClient() as client:  # FASTGPT_API_KEY, FASTGPT_BASE_URL
    print(client.create_chat_completion("Hello").text)
```
"""

from __future__ import annotations

from ._app import AppClient, AsyncAppClient
from ._chat import AsyncChatClient, ChatClient
from ._completion import ChatCompletion, TokenUsage
from ._config import InsecureTransportWarning
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._dataset_client import AsyncDatasetClient, DatasetClient
from ._datasets import ChunkSettings, PushBatch, PushResult, SearchResult
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
from ._pagination import Page
from ._parts import ChatFile, file_part, image_part, text_part
from ._stream import AsyncChatStream, ChatStream
from ._types import NOT_GIVEN, ChatOptions, NotGiven, RequestOptions, Timeout
from ._version import __version__
from .exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    FastGPTError,
    InsufficientQuotaError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PushDataError,
    RateLimitError,
    StreamParseError,
    ValidationError,
)

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnswerEvent",
    "AppClient",
    "AsyncAppClient",
    "AsyncChatClient",
    "AsyncChatStream",
    "AsyncDatasetClient",
    "AuthenticationError",
    "ChatClient",
    "ChatCompletion",
    "ChatFile",
    "ChatOptions",
    "ChatStream",
    "ChunkSettings",
    "DatasetClient",
    "FastAnswerEvent",
    "FastGPTError",
    "FlowNodeResponseEvent",
    "FlowNodeStatusEvent",
    "FlowResponsesEvent",
    "FormField",
    "InsecureTransportWarning",
    "InsufficientQuotaError",
    "InteractiveEvent",
    "InteractivePrompt",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PermissionDeniedError",
    "PushBatch",
    "PushDataError",
    "PushResult",
    "RateLimitError",
    "RequestOptions",
    "SearchResult",
    "StreamEvent",
    "StreamParseError",
    "Timeout",
    "TokenUsage",
    "ToolCallEvent",
    "ToolParamsEvent",
    "ToolResponseEvent",
    "UnknownEvent",
    "UpdateVariablesEvent",
    "ValidationError",
    "WorkflowDurationEvent",
    "__version__",
    "file_part",
    "image_part",
    "text_part",
]
