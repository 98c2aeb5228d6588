"""The one reader of FastGPT's success envelope `{code, statusText, message, data}`.

Each function returns a parser for `RequestPlan.parse`: it takes the decoded body, reads `data`
and turns it into the result, usually with the generated model of that `data`. A shape that is
not what FastGPT sends raises TypeError or ValueError, which the client reports as
`APIResponseValidationError`. Error envelopes never get here: the client raises them first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, Self, TypeVar

from ._json import as_int, as_list, as_number, is_mapping
from .types.cursor import CursorPage
from .types.page import Page

M = TypeVar("M", bound="FromDict")
R = TypeVar("R")


class FromDict(Protocol):
    """A generated model: built from its wire dict."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


def data_of(body: Any) -> Any:
    """The envelope's `data` (None when absent or null)."""
    if not is_mapping(body):
        raise TypeError(f"expected FastGPT's {{code, data}} envelope, got {type(body).__name__}")
    return body.get("data")


def ignore(body: Any) -> None:
    """For answers that carry nothing the caller needs (`data: null`, `"success"`, ...)."""
    return None


def model_of(cls: type[M], *, default: Callable[[], M] | None = None) -> Callable[[Any], M]:
    """`data` as `cls`; `default()` when FastGPT sent no data (if the call allows that)."""

    def parse(body: Any) -> M:
        data = data_of(body)
        if data is None and default is not None:
            return default()
        return _model(cls, data)

    return parse


def list_of(cls: type[M]) -> Callable[[Any], list[M]]:
    """`data`, a JSON array of objects, as a list of `cls` (no data: an empty list)."""

    def parse(body: Any) -> list[M]:
        return [_model(cls, item) for item in as_list(data_of(body))]

    return parse


def list_in(key: str, cls: type[M]) -> Callable[[Any], list[M]]:
    """`data[key]`, a JSON array of objects, as a list of `cls` (no data: an empty list)."""

    def parse(body: Any) -> list[M]:
        data = data_of(body)
        if data is not None and not is_mapping(data):
            raise TypeError(f"expected {{{key}: [...]}} in data, got {type(data).__name__}")
        return [_model(cls, item) for item in as_list((data or {}).get(key))]

    return parse


def page_of(cls: type[M], offset: int, *, reverse: bool = False) -> Callable[[Any], Page[M]]:
    """`data`, FastGPT's `{list, total}`, as the `Page` starting at `offset`.

    `reverse` turns each page around (chat records come oldest first within a page that
    counts back from the newest). A missing `total` is taken as "this page is the end".
    """

    def parse(body: Any) -> Page[M]:
        data = data_of(body)
        if data is None:
            return Page([], 0, offset)
        if not is_mapping(data):
            raise TypeError(f"expected {{list, total}} in data, got {type(data).__name__}")
        items = [_model(cls, item) for item in as_list(data.get("list"))]
        if reverse:
            items.reverse()
        total = as_int(data.get("total"))
        return Page(items, total if total is not None else offset + len(items), offset)

    return parse


def cursor_page_of(
    cls: type[M], id_keys: tuple[str, ...], *, reverse: bool = False
) -> Callable[[Any], CursorPage[M]]:
    """`data`, FastGPT's linked list `{list, hasMorePrev, hasMoreNext, total?}`, as a `CursorPage`.

    Each item's cursor is its first non-empty field of `id_keys` (`dataId`, `id`), its anchor
    its `anchor`. `reverse` turns the page around (the cursors stay those of the oldest and the
    newest item: `first_id` is always the cursor for `prevId`).
    """

    def parse(body: Any) -> CursorPage[M]:
        data = data_of(body)
        if data is None:
            return CursorPage()
        if not is_mapping(data):
            raise TypeError(f"expected {{list, hasMorePrev, hasMoreNext}} in data, got {type(data).__name__}")
        raw = [item for item in as_list(data.get("list")) if is_mapping(item)]
        items = [_model(cls, item) for item in raw]
        ids = [
            next((str(item[k]) for k in id_keys if isinstance(item.get(k), str) and item[k]), None)
            for item in raw
        ]
        anchors = [as_number(item.get("anchor")) for item in raw]
        if reverse:
            items.reverse()
        return CursorPage(
            items,
            has_more_prev=data.get("hasMorePrev") is True,
            has_more_next=data.get("hasMoreNext") is True,
            total=as_int(data.get("total")),
            first_id=ids[0] if ids else None,
            last_id=ids[-1] if ids else None,
            first_anchor=anchors[0] if anchors else None,
            last_anchor=anchors[-1] if anchors else None,
        )

    return parse


def json_of(build: Callable[[Mapping[str, Any]], R]) -> Callable[[Any], R]:
    """`data`, a JSON object, handed to `build` as it is (results the SDK types itself)."""

    def parse(body: Any) -> R:
        data = data_of(body)
        if not is_mapping(data):
            raise TypeError(f"expected a JSON object in data, got {type(data).__name__}")
        return build(data)

    return parse


def raw_page_of(build: Callable[[Mapping[str, Any]], R], offset: int) -> Callable[[Any], Page[R]]:
    """`data`, `{list, total}`, as a `Page` of `build(item)` for each item's JSON."""

    def parse(body: Any) -> Page[R]:
        data = data_of(body)
        if data is None:
            return Page([], 0, offset)
        if not is_mapping(data):
            raise TypeError(f"expected {{list, total}} in data, got {type(data).__name__}")
        items = [build(item) for item in as_list(data.get("list")) if is_mapping(item)]
        total = as_int(data.get("total"))
        return Page(items, total if total is not None else offset + len(items), offset)

    return parse


def string_of(what: str) -> Callable[[Any], str]:
    """`data` as a non-empty string (a new id, a URL)."""

    def parse(body: Any) -> str:
        data = data_of(body)
        if not isinstance(data, str) or not data:
            raise TypeError(f"expected {what} as a string in data, got {data!r}")
        return data

    return parse


def strings_of(body: Any) -> list[str]:
    """`data` as a list of strings (no data: an empty list)."""
    return [str(item) for item in as_list(data_of(body))]


def _model(cls: type[M], data: object) -> M:
    if not is_mapping(data):
        raise TypeError(f"expected a JSON object for {cls.__name__}, got {type(data).__name__}")
    return cls.from_dict(data)
