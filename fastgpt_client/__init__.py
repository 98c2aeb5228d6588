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

from . import exceptions, types
from ._version import __version__
from .exceptions import *  # noqa: F403  (every exception class)

if TYPE_CHECKING:
    from ._aiohttp import DefaultAioHttpClient as DefaultAioHttpClient
    from ._app_client import AppClient as AppClient
    from ._app_client import AsyncAppClient as AsyncAppClient
    from ._chat_client import AsyncChatClient as AsyncChatClient
    from ._chat_client import ChatClient as ChatClient
    from ._config import InsecureTransportWarning as InsecureTransportWarning
    from ._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
    from ._constants import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._dataset_client import AsyncDatasetClient as AsyncDatasetClient
    from ._dataset_client import DatasetClient as DatasetClient
    from ._stream import AsyncChatStream as AsyncChatStream
    from ._stream import ChatStream as ChatStream

    # every public value type (results, events, options, parts); spelled out, not `*`, so that
    # the API reference's collector (griffe) finds them under TYPE_CHECKING too
    from .types import NOT_GIVEN as NOT_GIVEN
    from .types import AnswerEvent as AnswerEvent
    from .types import ChatCompletion as ChatCompletion
    from .types import ChatFile as ChatFile
    from .types import ChatOptions as ChatOptions
    from .types import ChunkSettings as ChunkSettings
    from .types import CursorPage as CursorPage
    from .types import FastAnswerEvent as FastAnswerEvent
    from .types import FlowNodeResponseEvent as FlowNodeResponseEvent
    from .types import FlowNodeStatusEvent as FlowNodeStatusEvent
    from .types import FlowResponsesEvent as FlowResponsesEvent
    from .types import FormField as FormField
    from .types import IncompleteAnswerWarning as IncompleteAnswerWarning
    from .types import InteractiveEvent as InteractiveEvent
    from .types import InteractivePrompt as InteractivePrompt
    from .types import NotGiven as NotGiven
    from .types import Page as Page
    from .types import PushBatch as PushBatch
    from .types import PushResult as PushResult
    from .types import RequestOptions as RequestOptions
    from .types import SearchResult as SearchResult
    from .types import StopResult as StopResult
    from .types import StreamEvent as StreamEvent
    from .types import Timeout as Timeout
    from .types import TokenUsage as TokenUsage
    from .types import ToolCallEvent as ToolCallEvent
    from .types import ToolParamsEvent as ToolParamsEvent
    from .types import ToolResponseEvent as ToolResponseEvent
    from .types import TrainingFailure as TrainingFailure
    from .types import TrainingQueue as TrainingQueue
    from .types import TrainingStatus as TrainingStatus
    from .types import UnknownEvent as UnknownEvent
    from .types import UpdatedData as UpdatedData
    from .types import UpdateVariablesEvent as UpdateVariablesEvent
    from .types import WorkflowDurationEvent as WorkflowDurationEvent
    from .types import file_part as file_part
    from .types import image_part as image_part
    from .types import text_part as text_part

# Imported on first use, so that `import fastgpt_client` costs about what `import httpx` does
# (the exceptions, which need httpx, are there at once): most programs talk to one part of
# FastGPT, and the clients and value types are tens of milliseconds of class creation.
_LAZY = {
    "AppClient": "._app_client",
    "AsyncAppClient": "._app_client",
    "AsyncChatClient": "._chat_client",
    "ChatClient": "._chat_client",
    "InsecureTransportWarning": "._config",
    "DefaultAioHttpClient": "._aiohttp",
    "DEFAULT_MAX_RETRIES": "._constants",
    "DEFAULT_TIMEOUT": "._constants",
    "AsyncDatasetClient": "._dataset_client",
    "DatasetClient": "._dataset_client",
    "AsyncChatStream": "._stream",
    "ChatStream": "._stream",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name) or (".types" if name in types.__all__ else None)
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
    "AppClient",
    "AsyncAppClient",
    "AsyncChatClient",
    "AsyncChatStream",
    "AsyncDatasetClient",
    "ChatClient",
    "ChatStream",
    "DatasetClient",
    "DefaultAioHttpClient",
    "InsecureTransportWarning",
    "__version__",
]
__all__ += exceptions.__all__
__all__ += types.__all__
