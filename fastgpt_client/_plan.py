"""`RequestPlan`: one API call as a value (what to send, how to read the answer), and the
encoders every request goes through."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast
from urllib.parse import quote, urlencode

import httpx

from ._limits import check_deadline, check_timeout
from .types.options import ChatOptions, RequestOptions

T = TypeVar("T")

REQUEST_KEYS = frozenset(RequestOptions.__required_keys__ | RequestOptions.__optional_keys__)
"""The per-call options every method takes."""
CHAT_KEYS = frozenset(ChatOptions.__required_keys__ | ChatOptions.__optional_keys__)
"""The options of `create_chat_completion` and `continue_interactive`."""

FileField = tuple[str, tuple[str | None, bytes, str | None]]
"""One multipart part: `(field, (filename, content, content type))`."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestPlan(Generic[T]):
    """One API call: the request to send and how to turn a successful answer into the result."""

    method: str
    """The HTTP method, upper case."""
    path: str
    """The path under the server root (`/api/...`), or an absolute URL when `external`."""
    parse: Callable[[Any], T]
    """Turns the decoded JSON body of a successful answer (the raw bytes when `external`) into the result."""
    json: Mapping[str, Any] | None = None
    params: Mapping[str, Any] = field(default_factory=dict[str, Any])
    headers: Mapping[str, str] = field(default_factory=dict[str, str])
    files: list[FileField] | None = None
    content: bytes | None = None
    options: RequestOptions = field(default_factory=lambda: RequestOptions())
    idempotent: bool = False
    """Safe to send again after a broken read (the server may have run it)."""
    stream: bool = False
    external: bool = False
    """`path` is absolute and not FastGPT's (a presigned storage URL): the key is not sent."""
    fallback: RequestPlan[T] | None = None
    """The same call on the route an older FastGPT serves it at, for a route FastGPT moved.

    Sent instead when this server answers the plan's own route with "no such route" (HTTP 404
    without FastGPT's envelope: nothing ran), and from then on by the same client.
    """

    def __post_init__(self) -> None:
        if self.fallback is not None and (self.fallback.fallback is not None or self.stream):
            raise ValueError("a route fallback is one plain request: no stream, no fallback of its own")

    @property
    def route(self) -> str:
        """`METHOD /path`: the key under which a client remembers a route its server lacks."""
        return f"{self.method} {self.path}"


def request_options(
    options: Mapping[str, Any], method: str, allowed: frozenset[str] = REQUEST_KEYS
) -> RequestOptions:
    """Checks keyword options against what `method` takes and returns the per-request ones.

    Methods take their options as `**options: Unpack[...]`, which Python does not check at
    run time, so an unknown keyword is refused here, as Python would.
    """
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise TypeError(f"{method}() got unexpected keyword argument(s): {', '.join(unknown)}")
    picked = {key: options[key] for key in REQUEST_KEYS if key in options}
    if "timeout" in picked:
        picked["timeout"] = check_timeout(picked["timeout"], f"{method}()")
    if "deadline" in picked:
        picked["deadline"] = check_deadline(picked["deadline"], f"{method}()")
    return cast(RequestOptions, picked)


def encode_query(params: Mapping[str, Any]) -> str:
    """`a=1&b=x%26y`, every reserved character percent-encoded, the same on every httpx version.

    Not httpx's `params=`: httpx 0.27 keeps a `%XX` inside a value as it is, so a chat id
    `"%00"` would reach the server as a NUL character.
    """
    return urlencode(httpx.QueryParams(params).multi_items(), quote_via=quote)


def encode_json(body: Mapping[str, Any]) -> bytes:
    """The body as UTF-8 JSON; text that UTF-8 cannot carry (lone surrogates) is \\u-escaped."""
    try:
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError as exc:
        raise ValueError(
            f"The request body cannot be sent as JSON: {exc} (NaN and infinity are not JSON)."
        ) from None
    except TypeError as exc:
        raise TypeError(f"The request body cannot be sent as JSON: {exc}.") from None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(body, ensure_ascii=True, separators=(",", ":")).encode("ascii")
