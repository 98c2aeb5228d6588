"""Reading an answer's bytes: JSON that never raises, short excerpts, and `Retry-After`."""

from __future__ import annotations

import json
import math
import time
from typing import Any

import httpx

EXCERPT_CHARS = 300


class _NotJSON:
    pass


NOT_JSON: Any = _NotJSON()
"""What `decode_json` returns for a body that is not JSON."""


def decode_json(content: bytes) -> Any:
    """Parsed JSON, or the `NOT_JSON` marker (never raises)."""
    if not content.strip():
        return NOT_JSON
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return NOT_JSON


def is_json(value: object) -> bool:
    return value is not NOT_JSON


def body_excerpt(content: bytes) -> str:
    text = content[: EXCERPT_CHARS * 4].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text[:EXCERPT_CHARS] + ("…" if len(text) > EXCERPT_CHARS else "")


def parse_retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from `retry-after-ms`, or `retry-after` as seconds or an HTTP date."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        seconds = _seconds(ms, scale=1000.0)
        if seconds is not None:
            return seconds
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _seconds(value)
    if seconds is not None:
        return seconds
    import email.utils  # rarely needed: only for a Retry-After given as a date

    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    try:
        return max(email.utils.mktime_tz(parsed) - time.time(), 0.0)
    except (ValueError, OverflowError):  # a date out of range ("year 99999")
        return None


def _seconds(value: str, scale: float = 1.0) -> float | None:
    """A non-negative number of seconds; None for what is not a number (NaN included)."""
    try:
        number = float(value) / scale
    except ValueError:
        return None
    return None if math.isnan(number) else max(number, 0.0)
