"""Hiding the client's API key in text a server sent back (an echoed key in an error message).

Servers and proxies sometimes quote the credential they refused ("Invalid key fastgpt-abc...").
Every exception built from an answer goes through `Secrets.scrub_error` before it is raised, so
its `str()`, `repr()`, `message`, `body` (and the log lines and warnings quoting it) show the key
as `fastgpt-…abcd`, like the client's repr.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ._config import redact_key
from .exceptions import APIError, APIStatusError

_E = TypeVar("_E", bound=APIError)
# Parts of a key shorter than this are not hidden on their own (they would match ordinary text).
_MIN_PART = 8


class Secrets:
    """The forms of one key that must not show: the key, and its secret part without `fastgpt-`."""

    __slots__ = ("_forms",)

    def __init__(self, key: str) -> None:
        forms: dict[str, str] = {key: redact_key(key)} if key else {}  # a share-link client has none
        rest = key.partition("-")[2]
        for part in {rest, *rest.split("-")}:
            if len(part) >= _MIN_PART:
                forms.setdefault(part, f"…{part[-4:]}" if len(part) >= 12 else "…")
        # Longest first, so the whole key is replaced before a part of it.
        self._forms = sorted(forms.items(), key=lambda item: -len(item[0]))

    def text(self, text: str) -> str:
        for secret, shown in self._forms:
            if secret in text:
                text = text.replace(secret, shown)
        return text

    def value(self, value: Any, depth: int = 0) -> Any:
        """`value` (JSON-like: str, dict, list) with the key hidden in every string in it."""
        if isinstance(value, str):
            return self.text(value)
        if depth > 50:
            return value
        if isinstance(value, Mapping):
            items = cast("Mapping[object, object]", value).items()
            return {self.value(k, depth + 1): self.value(v, depth + 1) for k, v in items}
        if isinstance(value, list | tuple):
            return [self.value(item, depth + 1) for item in cast("list[object]", value)]
        return value

    def scrub_error(self, error: _E) -> _E:
        """`error` with the key hidden in its message, args and body (changed in place)."""
        error.message = self.text(error.message)
        error.args = tuple(self.value(arg) for arg in error.args)
        error.body = self.value(error.body)
        if isinstance(error, APIStatusError):
            error.issues = self.value(error.issues)
        cause = error.__cause__
        if isinstance(cause, APIError) and cause is not error:
            self.scrub_error(cause)
        return error
