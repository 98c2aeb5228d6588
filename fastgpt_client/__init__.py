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
    from .types import *  # noqa: F403  (every public value type: results, events, options, parts)

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
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(import_module(module, __name__), name)
    elif name in types.__all__ or (not name.startswith("_") and name[:1].isupper()):
        # A value type, or a generated model: `fastgpt_client.types` exports them (and so, for
        # type checkers, does `from .types import *` above), loading them on first use.
        try:
            value = getattr(types, name)
        except AttributeError:
            raise AttributeError(f"module 'fastgpt_client' has no attribute {name!r}") from None
    else:
        raise AttributeError(f"module 'fastgpt_client' has no attribute {name!r}")
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
