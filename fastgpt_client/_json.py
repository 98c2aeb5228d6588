"""Typed, never-raising accessors for decoded JSON of unknown shape (FastGPT varies by version).

Argument checks are not here: they are `_check.Check`'s."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeGuard


def is_mapping(value: object) -> TypeGuard[Mapping[str, Any]]:
    return isinstance(value, Mapping)


def as_mapping(value: object) -> Mapping[str, Any]:
    """`value` if it is a JSON object, else an empty one."""
    return value if is_mapping(value) else {}


def as_list(value: object) -> list[Any]:
    """`value` as a list if it is a JSON array, else an empty list."""
    if _is_sequence(value) and not isinstance(value, str | bytes):
        return list(value)
    return []


def mappings(value: object) -> list[Mapping[str, Any]]:
    """The JSON objects in an array (other items are skipped)."""
    return [item for item in as_list(value) if is_mapping(item)]


def _is_sequence(value: object) -> TypeGuard[Sequence[Any]]:
    return isinstance(value, Sequence)


def as_str(value: object) -> str:
    return value if isinstance(value, str) else ""


def as_number(value: object) -> float | None:
    """`value` as a float if it is a JSON number; None for an integer too large for a float."""
    if isinstance(value, float):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            return None
    return None


def as_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
