"""A small stand-in for zod 4, which FastGPT validates requests with, and its issue format.

FastGPT 4.16 parses a route's input with ``parseApiInput`` and answers a failure with HTTP 400
``{"code": 400, "statusText": "error", "message": "Data validation error", "data": null,
"zodError": [...]}``, where ``zodError`` is zod's issue list (``JSON.parse(ZodError.message)``).
The schemas here produce the same issues, key order included, as zod 4.1.12 (FastGPT's) with its
English messages, for the shapes the emulator checks: strings (``min``/``max``/ObjectId),
booleans, enums, records, arrays, objects, unions and discriminated unions, and the
``optional``/``nullish``/``nullable`` wrappers. Unknown keys are stripped, as zod does, so they
never fail.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, cast

from ._errors import ApiError

Issue = dict[str, Any]
Path = tuple[str | int, ...]


class _Missing:
    """JavaScript's ``undefined``: a key that is not there."""

    def __repr__(self) -> str:
        return "undefined"


MISSING: Any = _Missing()


def received(value: Any) -> str:
    """zod's name for the type of ``value`` in "expected X, received Y"."""
    if value is MISSING:
        return "undefined"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _invalid_type(expected: str, value: Any, path: Path) -> Issue:
    return {
        "expected": expected,
        "code": "invalid_type",
        "path": list(path),
        "message": f"Invalid input: expected {expected}, received {received(value)}",
    }


class Schema:
    """A zod schema: ``issues(value)`` is what ``schema.parse(value)`` would throw ([] if none)."""

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        raise NotImplementedError

    def optional(self) -> Schema:
        return _Optional(self, allow_null=False)

    def nullish(self) -> Schema:
        return _Optional(self, allow_null=True)

    def nullable(self) -> Schema:
        return _Nullable(self)


class _Optional(Schema):
    def __init__(self, inner: Schema, *, allow_null: bool) -> None:
        self.inner, self.allow_null = inner, allow_null

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        if value is MISSING or (self.allow_null and value is None):
            return []
        return self.inner.issues(value, path)


class _Nullable(Schema):
    def __init__(self, inner: Schema) -> None:
        self.inner = inner

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        return [] if value is None else self.inner.issues(value, path)


class String(Schema):
    """``z.string()``, with ``.min(n)``, ``.max(n)`` and ``.regex(pattern)``."""

    def __init__(self, *, min: int | None = None, max: int | None = None, pattern: str | None = None) -> None:
        self.min, self.max = min, max
        self.pattern = re.compile(pattern) if pattern is not None else None

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        if not isinstance(value, str):
            return [_invalid_type("string", value, path)]
        length = len(value.encode("utf-16-le")) // 2  # JavaScript counts UTF-16 code units
        if self.min is not None and length < self.min:
            return [_size("too_small", "minimum", ">=", self.min, path)]
        if self.max is not None and length > self.max:
            return [_size("too_big", "maximum", "<=", self.max, path)]
        if self.pattern is not None and not self.pattern.search(value):
            shown = f"/{self.pattern.pattern}/"
            return [
                {
                    "origin": "string",
                    "code": "invalid_format",
                    "format": "regex",
                    "pattern": shown,
                    "path": list(path),
                    "message": f"Invalid string: must match pattern {shown}",
                }
            ]
        return []


def _size(code: str, key: str, sign: str, bound: int, path: Path) -> Issue:
    size = "Too small" if code == "too_small" else "Too big"
    return {
        "origin": "string",
        "code": code,
        key: bound,
        "inclusive": True,
        "path": list(path),
        "message": f"{size}: expected string to have {sign}{bound} characters",
    }


class ObjectId(Schema):
    """FastGPT's ``ObjectIdSchema``: 24 hex digits (an object, ``null`` included, is ``String()``-ed)."""

    _inner = String(pattern=r"^[0-9a-fA-F]{24}$")

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        if value is None or isinstance(value, dict | list):
            value = "null" if value is None else "[object Object]"
        return self._inner.issues(value, path)


class Boolean(Schema):
    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        return [] if isinstance(value, bool) else [_invalid_type("boolean", value, path)]


class Enum(Schema):
    """``z.enum([...])``: one of ``values`` (``undefined`` fails like any other value)."""

    def __init__(self, values: Sequence[str]) -> None:
        self.values = list(values)

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        if isinstance(value, str) and value in self.values:
            return []
        options = "|".join(f'"{v}"' for v in self.values)
        return [
            {
                "code": "invalid_value",
                "values": list(self.values),
                "path": list(path),
                "message": f"Invalid option: expected one of {options}",
            }
        ]


class Literal(Schema):
    def __init__(self, value: str) -> None:
        self.value = value

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        if value == self.value:
            return []
        return [
            {
                "code": "invalid_value",
                "values": [self.value],
                "path": list(path),
                "message": f'Invalid input: expected "{self.value}"',
            }
        ]


class Record(Schema):
    """``z.record(z.string(), z.any())``: any JSON object."""

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        return [] if isinstance(value, dict) else [_invalid_type("record", value, path)]


class Array(Schema):
    def __init__(self, item: Schema) -> None:
        self.item = item

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        if not isinstance(value, list):
            return [_invalid_type("array", value, path)]
        found: list[Issue] = []
        for index, item in enumerate(cast("list[Any]", value)):  # type: ignore[redundant-cast]  # pyright needs it
            found += self.item.issues(item, (*path, index))
        return found


class Object(Schema):
    """``z.object({...})``: each key of ``shape`` in order; other keys are ignored (stripped)."""

    def __init__(self, shape: Mapping[str, Schema]) -> None:
        self.shape = dict(shape)

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        if not isinstance(value, dict):
            return [_invalid_type("object", value, path)]
        mapping = cast("dict[str, Any]", value)
        found: list[Issue] = []
        for key, schema in self.shape.items():
            found += schema.issues(mapping.get(key, MISSING), (*path, key))
        return found

    def extend(self, shape: Mapping[str, Schema]) -> Object:
        return Object({**self.shape, **shape})


class Union(Schema):
    """``z.union([...])``: the first option that passes; else one ``invalid_union`` issue."""

    def __init__(self, *options: Schema) -> None:
        self.options = options

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        errors: list[list[Issue]] = []
        for option in self.options:
            found = option.issues(value)
            if not found:
                return []
            errors.append(found)
        return [{"code": "invalid_union", "errors": errors, "path": list(path), "message": "Invalid input"}]


class DiscriminatedUnion(Schema):
    """``z.discriminatedUnion(key, [...])``: the option whose ``key`` literal matches."""

    def __init__(self, key: str, options: Mapping[str, Object]) -> None:
        self.key = key
        self.options = dict(options)

    def issues(self, value: Any, path: Path = ()) -> list[Issue]:
        if not isinstance(value, dict):
            return [
                {
                    "code": "invalid_type",
                    "expected": "object",
                    "path": list(path),
                    "message": f"Invalid input: expected object, received {received(value)}",
                }
            ]
        tag: object = cast("dict[str, Any]", value).get(self.key)
        option = self.options.get(tag) if isinstance(tag, str) else None
        if option is None:
            return [
                {
                    "code": "invalid_union",
                    "errors": [],
                    "note": "No matching discriminator",
                    "discriminator": self.key,
                    "path": [*path, self.key],
                    "message": "Invalid input",
                }
            ]
        return option.issues(value, path)


def validation_error(issues: list[Issue]) -> ApiError:
    """FastGPT's answer to a request that fails its zod schema (HTTP 400 on 4.16, 500 on 4.14)."""
    return ApiError(400, "error", "Data validation error", 400, zod_error=issues)


def check(schema: Schema, value: Any) -> None:
    """``parseApiInput``: raise FastGPT's validation error if ``value`` does not fit ``schema``."""
    found = schema.issues(value)
    if found:
        raise validation_error(found)
