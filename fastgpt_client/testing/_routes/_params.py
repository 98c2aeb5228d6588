"""Reading the values of a request: JSON that may hold anything, and FastGPT's pagination."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

from starlette.requests import Request

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]

DEFAULT_PAGE_SIZE = 10  # parsePaginationRequest's default


def as_dict(value: object) -> dict[str, Any] | None:
    """``value`` if it is a JSON object (typed for the checkers), else ``None``."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def as_list(value: object) -> list[Any]:
    """``value`` if it is a JSON array, else ``[]``."""
    return list(cast("Iterable[Any]", value)) if isinstance(value, list) else []


def text(value: object) -> str:
    """``value`` if it is a string, else ``""``."""
    return value if isinstance(value, str) else ""


def str_or_none(value: object) -> str | None:
    """``value`` if it is a non-empty string, else ``None``."""
    return value if isinstance(value, str) and value else None


def strings(value: object) -> list[str]:
    """The strings of a JSON array (anything else in it is dropped)."""
    return [item for item in as_list(value) if isinstance(item, str)]


def pagination(
    request: Request, body: Mapping[str, Any], *, cap: int | None = None, strict: bool = False
) -> tuple[int, int]:
    """FastGPT's ``parsePaginationRequest``: ``(offset, size)`` from the body if it has ``pageSize``,
    else from the query string, with ``offset`` winning over ``pageNum``.

    ``strict`` (the routes FastGPT validates with zod): a value that is not a number from 0 to
    2**31 is ``Data validation error``; otherwise it counts as absent. ``cap`` bounds the size.
    """
    source: Mapping[str, Any] = body if "pageSize" in body else dict(request.query_params)
    size = _number(source.get("pageSize"), DEFAULT_PAGE_SIZE, strict=strict)
    page = _number(source.get("pageNum"), 1, strict=strict)
    offset = _number(source.get("offset"), 0, strict=strict)
    if cap is not None:
        size = max(1, min(size, cap))
    return (offset if offset else max(page - 1, 0) * size), size


def _number(value: object, default: int, *, strict: bool) -> int:
    if strict:
        return _validated_number(value, default)
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return max(value, 0)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return default


def _validated_number(value: object, default: int) -> int:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise errors.DATA_VALIDATION
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
        number = int(value)
    else:
        raise errors.DATA_VALIDATION
    if number < 0 or number > 2**31:
        raise errors.DATA_VALIDATION
    return number
