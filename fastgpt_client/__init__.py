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

from ._chat_client import AsyncChatClient, ChatClient
from ._config import InsecureTransportWarning
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._stream import AsyncChatStream, ChatStream
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
from .types.completion import ChatCompletion, TokenUsage
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
from .types.options import NOT_GIVEN, ChatOptions, NotGiven, RequestOptions, Timeout
from .types.page import Page
from .types.parts import ChatFile, file_part, image_part, text_part

if TYPE_CHECKING:
    from ._app_client import AppClient as AppClient
    from ._app_client import AsyncAppClient as AsyncAppClient
    from ._dataset_client import AsyncDatasetClient as AsyncDatasetClient
    from ._dataset_client import DatasetClient as DatasetClient
    from .types.datasets import ChunkSettings as ChunkSettings
    from .types.datasets import PushBatch as PushBatch
    from .types.datasets import PushResult as PushResult
    from .types.datasets import SearchResult as SearchResult

# Imported on first use: most programs talk to one part of FastGPT, and `import fastgpt_client`
# should cost about what `import httpx` does.
_LAZY = {
    "AppClient": "._app_client",
    "AsyncAppClient": "._app_client",
    "AsyncDatasetClient": "._dataset_client",
    "DatasetClient": "._dataset_client",
    "ChunkSettings": ".types.datasets",
    "PushBatch": ".types.datasets",
    "PushResult": ".types.datasets",
    "SearchResult": ".types.datasets",
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
