"""`DefaultAioHttpClient`: an `httpx.AsyncClient` on aiohttp's connection pool (the `aiohttp` extra).

httpx's own pool (httpcore) looks through every connection for each request, so its cost grows
with the number of concurrent streams; aiohttp's connector does not. `docs/benchmarks.md` has
the figures at 1,000 concurrent streams. One line opts in:

    AsyncChatClient(http_client=DefaultAioHttpClient())

It is an injected client: close it yourself (`async with` or `aclose()`); the SDK client's
`aclose()` leaves it open, as for any `http_client`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT

__all__ = ["DefaultAioHttpClient"]

_MISSING = 'DefaultAioHttpClient needs the `aiohttp` extra (httpx-aiohttp is not installed): pip install "fastgpt-client[aiohttp]"'

if TYPE_CHECKING:
    _Base = httpx.AsyncClient
else:
    try:
        from httpx_aiohttp import HttpxAiohttpClient as _Base
    except ImportError:
        _Base = httpx.AsyncClient
_INSTALLED: bool = _Base is not httpx.AsyncClient


class DefaultAioHttpClient(_Base):
    """An `httpx.AsyncClient` whose transport is aiohttp (`httpx_aiohttp`), with the SDK's
    timeouts, connection limits and redirect policy unless you pass your own."""

    def __init__(self, **kwargs: Any) -> None:
        if not _INSTALLED:
            raise ImportError(_MISSING)
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
        kwargs.setdefault("follow_redirects", True)
        super().__init__(**kwargs)
