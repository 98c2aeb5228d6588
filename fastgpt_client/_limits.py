"""What bounds one call: the timeout rule, the per-call `deadline`, and the decoded-size cap.

`CallGuard` is made per call. It clamps every attempt's timeouts to what is left of the
deadline, counts the decoded bytes read, and, while a response is being read, keeps a watchdog
that shuts the socket down when the deadline passes (a shut-down socket wakes a blocked read at
once, in any thread, under any event loop; closing it would not).
"""

from __future__ import annotations

import math
import threading
import time

import httpx

from ._socket import Shutter, shutter
from .exceptions import DeadlineExceededError, ResponseTooLargeError
from .types.options import Timeout

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""64 MiB of decoded body (or of a whole stream): far above any FastGPT answer."""
_SLACK = 0.005
MAX_TIMEOUT = 365 * 24 * 3600.0
"""A finite timeout or deadline above this (a year) is refused: pass None for "no limit"."""


def _seconds(where: str, name: str, value: object) -> float | None:
    """A positive number of seconds; infinity means None (no limit)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{where}: {name} must be a number of seconds or None, not {type(value).__name__}.")
    if value == math.inf:
        return None
    if (isinstance(value, float) and math.isnan(value)) or value <= 0:
        zero = " (0 would fail every call at once; pass None for no limit)" if value == 0 else ""
        raise ValueError(f"{where}: {name} must be a positive number of seconds, not {value!r}{zero}.")
    if value > MAX_TIMEOUT:
        raise ValueError(
            f"{where}: {name} must be at most a year ({MAX_TIMEOUT:.0f} s), not {value!r}; "
            "pass None (or float('inf')) for no limit."
        )
    return float(value)


def check_timeout(value: object, where: str) -> Timeout:
    """`timeout=` as given (None, seconds, or an `httpx.Timeout`), each phase checked.

    `float("inf")` means no timeout (None); NaN, 0, negative numbers, bools and values over a
    year are refused, so nothing reaches the socket layer that it cannot take.
    """
    if isinstance(value, httpx.Timeout):
        phases = {
            phase: _seconds(where, f"timeout.{phase}", seconds) for phase, seconds in value.as_dict().items()
        }
        return httpx.Timeout(**phases)
    return _seconds(where, "timeout", value)


def check_deadline(value: object, where: str) -> float | None:
    return _seconds(where, "deadline", value)


def check_max_bytes(value: object, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{where}: max_response_bytes must be an int or None, not {type(value).__name__}.")
    if value <= 0:
        raise ValueError(f"{where}: max_response_bytes must be positive (None for no cap), not {value!r}.")
    return value


class CallGuard:
    """The limits of one call (all its attempts, and the stream it returns)."""

    def __init__(self, *, deadline: float | None, max_bytes: int | None) -> None:
        self.deadline = deadline
        self.expires: float | None = None if deadline is None else time.monotonic() + deadline
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._shutter: Shutter | None = None

    def remaining(self) -> float | None:
        return None if self.expires is None else self.expires - time.monotonic()

    @property
    def expired(self) -> bool:
        remaining = self.remaining()
        # A timeout clamped to the deadline may fire a hair before it (an event loop's clock).
        return remaining is not None and remaining <= _SLACK

    def deadline_error(self, what: str = "The call") -> DeadlineExceededError:
        return DeadlineExceededError(
            f"{what} did not finish within its deadline of {self.deadline:g} s (deadline=...); "
            "raise it or answer without this call.",
            deadline=self.deadline or 0.0,
        )

    def check_time(self) -> None:
        if self.expired:
            raise self.deadline_error()

    def too_large(self, response: httpx.Response, read: int) -> ResponseTooLargeError | None:
        """The error once `read` decoded bytes exceed the cap, else None."""
        if self.max_bytes is None or read <= self.max_bytes:
            return None
        return ResponseTooLargeError(
            f"The answer from {response.request.url.path} is larger than max_response_bytes="
            f"{self.max_bytes} once decoded (HTTP {response.status_code}); reading stopped there. Pass "
            "a larger max_response_bytes (or None) to the client if such answers are expected.",
            response=response,
            limit=self.max_bytes,
        )

    def clamp(self, request: httpx.Request) -> None:
        """Caps every timeout phase of `request` at what is left of the deadline."""
        remaining = self.remaining()
        if remaining is None:
            return
        if remaining <= 0:
            raise self.deadline_error()
        phases: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
        for phase in ("connect", "read", "write", "pool"):
            seconds = phases.get(phase)
            phases[phase] = remaining if seconds is None else min(seconds, remaining)
        request.extensions["timeout"] = phases

    def watch(self, response: httpx.Response) -> None:
        """Shuts `response`'s socket down when the deadline passes, until `unwatch()`."""
        remaining = self.remaining()
        shut = shutter(response) if remaining is not None else None
        if remaining is None or shut is None:
            return
        with self._lock:
            self._shutter = shut
            self._timer = threading.Timer(max(remaining, 0.0), self._shut_down)
            self._timer.daemon = True
            self._timer.start()

    def unwatch(self) -> None:
        with self._lock:
            timer, self._timer, self._shutter = self._timer, None, None
        if timer is not None:
            timer.cancel()

    def _shut_down(self) -> None:
        # Under the lock: once `unwatch()` has returned, the socket (maybe pooled again) is left alone.
        with self._lock:
            shut, self._shutter = self._shutter, None
            if shut is not None:
                shut()
