"""When a failed request may be sent again, and how long to wait first.

Chat runs workflows, writes history and bills, and FastGPT has no idempotency keys, so only what
cannot have run is retried: connection failures before the request left, rate limits (FastGPT
checks its team limit before running anything; the wait comes from `Retry-After` or from its
"Please try again in N seconds."), and 502/503/504 from a gateway (not FastGPT's own errors,
which carry its envelope under any status). Never a conflict (`chatIsGenerating`, HTTP 409), a
413 or a validation error. Requests marked idempotent (reads, stop) may also be retried after a
broken or timed-out read.
"""

from __future__ import annotations

import random
import time

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from .exceptions import APIStatusError, RateLimitError

_GATEWAY_STATUSES = frozenset({502, 503, 504})
# The request never reached the server: safe to send again whatever it does.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request may have reached the server: only idempotent requests are sent again.
_MAYBE_SENT = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


def should_retry_exception(exc: httpx.HTTPError, *, idempotent: bool) -> bool:
    if isinstance(exc, _NOT_SENT):
        return True
    return idempotent and isinstance(exc, _MAYBE_SENT)


def should_retry_error(error: APIStatusError) -> bool:
    if isinstance(error, RateLimitError):
        return True
    from_gateway = error.code is None and error.status_text is None
    return from_gateway and error.status_code in _GATEWAY_STATUSES


def retry_delay(attempt: int, retry_after: float | None) -> float | None:
    """Seconds to wait before retry number `attempt + 1`; None when the server asked for too long."""
    if retry_after is not None:
        if retry_after > MAX_RETRY_AFTER:
            return None
        if retry_after > 0:
            return retry_after
    delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1.0 - 0.25 * random.random())


def sleep(seconds: float) -> None:
    """Blocking wait between attempts (tests patch this)."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """Non-blocking wait between attempts (tests patch this); works under asyncio and trio."""
    import anyio

    await anyio.sleep(seconds)
