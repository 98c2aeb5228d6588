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
from ._chat_client import AsyncChatClient, ChatClient
from ._config import InsecureTransportWarning
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._stream import AsyncChatStream, ChatStream
from ._version import __version__
from .exceptions import *  # noqa: F403  (every exception class)
from .types import *  # noqa: F403  (every public value type: results, events, options, parts)

if TYPE_CHECKING:
    from ._app_client import AppClient as AppClient
    from ._app_client import AsyncAppClient as AsyncAppClient
    from ._dataset_client import AsyncDatasetClient as AsyncDatasetClient
    from ._dataset_client import DatasetClient as DatasetClient

# Imported on first use: most programs talk to one part of FastGPT, and `import fastgpt_client`
# should cost about what `import httpx` does.
_LAZY = {
    "AppClient": "._app_client",
    "AsyncAppClient": "._app_client",
    "AsyncDatasetClient": "._dataset_client",
    "DatasetClient": "._dataset_client",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(import_module(module, __name__), name)
    elif not name.startswith("_") and name[:1].isupper():
        # A generated model: `fastgpt_client.types` exports them (and so, for type checkers, does
        # `from .types import *` above), loading them on first use.
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
    "InsecureTransportWarning",
    "__version__",
]
__all__ += exceptions.__all__
__all__ += types.__all__
