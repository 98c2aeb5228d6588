"""The argument vocabulary every method checks with, before anything is sent.

One rule everywhere: a value of the wrong type raises TypeError, a value of the right type that
FastGPT would refuse raises ValueError, and every message reads `method(): name must ...`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Mapping, Sequence
from typing import Any, TypeVar

from ._json import is_mapping

T = TypeVar("T")

TimeInput = dt.datetime | dt.date | str
"""A `datetime` (naive ones are sent as they are), a `date`, or an ISO string."""


def _kind(value: object) -> str:
    return type(value).__name__


class Check:
    """Checks the arguments of one method; `Check("get_chat_records").string(chat_id, "chat_id")`."""

    __slots__ = ("method",)

    def __init__(self, method: str) -> None:
        self.method = method

    def fail(self, name: str, must: str, value: object = None, *, show: bool = True) -> ValueError:
        """The ValueError for `name`: `method(): name must <must>, not <value>.`"""
        return ValueError(f"{self.method}(): {name} must {must}" + (f", not {value!r}." if show else "."))

    def wrong_type(self, name: str, must: str, value: object) -> TypeError:
        return TypeError(f"{self.method}(): {name} must be {must}, not {_kind(value)}.")

    def string(self, value: object, name: str) -> str:
        """A non-empty string (an id, a name, a text)."""
        if not isinstance(value, str):
            raise self.wrong_type(name, "a string", value)
        if not value.strip():
            raise self.fail(name, "be a non-empty string", value)
        return value

    def optional_string(self, value: object, name: str) -> str | None:
        return None if value is None else self.string(value, name)

    def string_or_empty(self, value: object, name: str) -> str:
        """A string that may be empty."""
        if not isinstance(value, str):
            raise self.wrong_type(name, "a string", value)
        return value

    def optional_string_or_empty(self, value: object, name: str) -> str | None:
        """None, or a string that may be empty (free text such as an intro or an answer)."""
        return None if value is None else self.string_or_empty(value, name)

    def boolean(self, value: object, name: str) -> bool:
        if not isinstance(value, bool):
            raise self.wrong_type(name, "True or False", value)
        return value

    def optional_boolean(self, value: object, name: str) -> bool | None:
        return None if value is None else self.boolean(value, name)

    def integer(
        self, value: object, name: str, *, minimum: int | None = None, maximum: int | None = None
    ) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.wrong_type(name, "an int", value)
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            raise self.fail(name, _bounds(minimum, maximum), value)
        return value

    def optional_integer(
        self, value: object, name: str, *, minimum: int | None = None, maximum: int | None = None
    ) -> int | None:
        return None if value is None else self.integer(value, name, minimum=minimum, maximum=maximum)

    def number(
        self, value: object, name: str, *, minimum: float | None = None, maximum: float | None = None
    ) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.wrong_type(name, "a number", value)
        if not math.isfinite(value) or (
            (minimum is not None and value < minimum) or (maximum is not None and value > maximum)
        ):
            raise self.fail(
                name,
                _bounds(minimum, maximum) if minimum is not None or maximum is not None else "be finite",
                value,
            )
        return value

    def optional_number(
        self, value: object, name: str, *, minimum: float | None = None, maximum: float | None = None
    ) -> float | None:
        return None if value is None else self.number(value, name, minimum=minimum, maximum=maximum)

    def page(self, offset: object, page_size: object, *, cap: int | None = None) -> tuple[int, int]:
        """`offset` (0 or more) and `page_size` (1 to FastGPT's `cap`)."""
        return self.integer(offset, "offset", minimum=0), self.integer(
            page_size, "page_size", minimum=1, maximum=cap
        )

    def mapping(self, value: object, name: str) -> dict[str, Any]:
        if not is_mapping(value):
            raise self.wrong_type(name, "a dict", value)
        return dict(value)

    def optional_mapping(self, value: object, name: str) -> dict[str, Any] | None:
        return None if value is None else self.mapping(value, name)

    def string_list(self, value: object, name: str, *, non_empty: bool = False) -> list[str]:
        """A list (or tuple) of non-empty strings, not a lone string."""
        if isinstance(value, str) or not isinstance(value, Sequence):
            raise self.wrong_type(name, "a list of strings", value)
        items: Sequence[object] = value  # pyright: ignore[reportUnknownVariableType]
        checked = [self.string(item, f"{name}[{index}]") for index, item in enumerate(items)]
        if non_empty and not checked:
            raise self.fail(name, "hold at least one item", items)
        return checked

    def optional_string_list(self, value: object, name: str) -> list[str] | None:
        return None if value is None else self.string_list(value, name)

    def one_of(self, value: object, name: str, choices: Collection[T]) -> T:
        if value not in choices:
            listed = ", ".join(repr(choice) for choice in choices)
            raise self.fail(name, f"be one of {listed}", value)
        return value  # type: ignore[return-value]

    def optional_one_of(self, value: object, name: str, choices: Collection[T]) -> T | None:
        return None if value is None else self.one_of(value, name, choices)

    def iso_time(self, value: object, name: str) -> str:
        """A datetime, a date or a non-empty ISO string, as the ISO string FastGPT reads."""
        if isinstance(value, dt.datetime | dt.date):
            return value.isoformat()
        if isinstance(value, str):
            return self.string(value, name)
        raise self.wrong_type(name, "a datetime, a date or an ISO string", value)

    def optional_iso_time(self, value: object, name: str) -> str | None:
        return None if value is None else self.iso_time(value, name)

    def instance(self, value: object, name: str, cls: type[T], what: str) -> T:
        if not isinstance(value, cls):
            raise self.wrong_type(name, what, value)
        return value

    def mappings_or_models(self, value: object, name: str) -> list[Mapping[str, Any]]:
        """A list of dicts or generated models (anything with `to_dict()`), as wire dicts."""
        if isinstance(value, str | bytes) or is_mapping(value) or not isinstance(value, Sequence):
            raise self.wrong_type(name, "a list of dicts", value)
        items: Sequence[object] = value  # pyright: ignore[reportUnknownVariableType]
        result: list[Mapping[str, Any]] = []
        for index, item in enumerate(items):
            plain = to_plain(item)
            if not is_mapping(plain):
                raise self.wrong_type(f"{name}[{index}]", "a dict", item)
            result.append(plain)
        return result


def to_plain(value: object) -> Any:
    """A generated model as its wire dict; anything else as it is."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _bounds(minimum: float | None, maximum: float | None) -> str:
    if minimum is not None and maximum is not None:
        return f"be between {minimum} and {maximum}"
    if minimum is not None:
        return f"be {minimum} or more"
    return f"be {maximum} or less"
