"""The Python SDK for FastGPT.

```python
from fastgpt_client import ChatClient

with ChatClient() as client:  # FASTGPT_API_KEY, FASTGPT_BASE_URL
    print(client.create_chat_completion("Hello").text)
```
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._chat import AsyncChatClient, ChatClient
from ._completion import ChatCompletion, TokenUsage
from ._config import InsecureTransportWarning
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
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

if TYPE_CHECKING:
    from ._app import AppClient as AppClient
    from ._app import AsyncAppClient as AsyncAppClient
    from ._dataset_client import AsyncDatasetClient as AsyncDatasetClient
    from ._dataset_client import DatasetClient as DatasetClient
    from ._datasets import ChunkSettings as ChunkSettings
    from ._datasets import PushBatch as PushBatch
    from ._datasets import PushResult as PushResult
    from ._datasets import SearchResult as SearchResult

# Imported on first use: most programs talk to one part of FastGPT, and `import fastgpt_client`
# should cost about what `import httpx` does.
_LAZY = {
    "AppClient": "._app",
    "AsyncAppClient": "._app",
    "AsyncDatasetClient": "._dataset_client",
    "DatasetClient": "._dataset_client",
    "ChunkSettings": "._datasets",
    "PushBatch": "._datasets",
    "PushResult": "._datasets",
    "SearchResult": "._datasets",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'fastgpt_client' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
