"""Resolving and checking what a client is configured with: key, base URL, app id, headers."""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import httpx

from ._constants import DEFAULT_BASE_URL, ENV_API_KEY, ENV_APP_ID, ENV_BASE_URL
from .exceptions import AuthenticationError

# Suffixes users copy from OpenAI-SDK setups and FastGPT's docs; the client adds `/api/...` itself.
_ENDPOINT_SUFFIXES = (
    "/api/v1/chat/completions",
    "/api/v2/chat/completions",
    "/api/v1",
    "/api/v2",
    "/api",
)
# What is left of an OpenAI-style URL: FastGPT serves nothing there.
_OPENAI_SUFFIXES = ("/v1", "/v2", "/chat/completions", "/v1/chat/completions")

_warned_plain_http: set[str] = set()

# RFC 9110 tokens and field values (visible ASCII, inner spaces and tabs), as httpx sends them.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
# Framing and hop-by-hop headers (RFC 9110 7.6.1, 9112): httpx/h11 write them from the request.
_FRAMING_HEADERS = frozenset(
    {"content-length", "transfer-encoding", "host", "connection", "keep-alive", "te", "trailer",
     "upgrade", "proxy-connection", "expect"}
)  # fmt: skip


class InsecureTransportWarning(UserWarning):
    """The API key is about to be sent over plain http to a host that is not this machine."""


@dataclass(frozen=True, slots=True)
class ClientConfig:
    api_key: str
    base_url: str
    app_id: str | None

    def __repr__(self) -> str:
        return f"ClientConfig(api_key={redact_key(self.api_key)!r}, base_url={self.base_url!r}, app_id={self.app_id!r})"


def redact_key(key: str) -> str:
    """Shows at most the key's prefix and last four characters: `fastgpt-…abcd`."""
    prefix, sep, rest = key.partition("-")
    if sep and len(rest) >= 12:
        return f"{prefix}-…{rest[-4:]}"
    return "…"


def resolve_api_key(api_key: object) -> str:
    source = "api_key"
    if api_key is None:
        api_key = os.environ.get(ENV_API_KEY)
        source = ENV_API_KEY
    if api_key is not None and not isinstance(api_key, str):
        raise TypeError(f"api_key must be a string (the FastGPT API key), not {type(api_key).__name__}.")
    if api_key is None or not api_key.strip():
        raise AuthenticationError(
            f"No FastGPT API key: pass api_key=... or set the {ENV_API_KEY} environment variable "
            "(an app key from your FastGPT app's 'API access' page, e.g. 'fastgpt-...')."
            + _unread_variable_hint("API_KEY", ENV_API_KEY)
            + _unread_variable_hint("BASE_URL", ENV_BASE_URL)
        )
    key = api_key.strip()
    # A key copied together with its scheme: the client adds "Bearer " itself.
    if key[:7].lower() == "bearer ":
        key = key[7:].strip()
    # Only visible ASCII can go into a header: anything else would corrupt the Authorization
    # header, or fail on every request with an encoding error that quotes the key.
    if not key or not all("\x21" <= ch <= "\x7e" for ch in key):
        raise AuthenticationError(
            f"The FastGPT API key from {source} contains whitespace or control characters (or non-ASCII "
            "ones), which would corrupt the Authorization header. Copy the key again without line "
            "breaks or spaces."
        )
    return key


def _unread_variable_hint(generic: str, ours: str) -> str:
    """Says that a generic variable (the original FastGPT SDK's `.env` names) is set but not read."""
    if not os.environ.get(generic) or os.environ.get(ours):
        return ""
    return (
        f" {generic} is set, but it is not read (it may belong to another service): "
        f"rename it to {ours} if it is meant for FastGPT."
    )


def resolve_base_url(base_url: object) -> str:
    """Takes the argument, else `FASTGPT_BASE_URL`, else the default; returns the server root."""
    if base_url is not None:
        if not isinstance(base_url, str):
            raise TypeError(f"base_url must be a string, not {type(base_url).__name__}.")
        return normalize_base_url(base_url, "base_url")
    from_env = os.environ.get(ENV_BASE_URL)
    if from_env:
        return normalize_base_url(from_env, ENV_BASE_URL)
    hint = _unread_variable_hint("BASE_URL", ENV_BASE_URL)
    if hint:
        warnings.warn(
            f"Using the default FastGPT server {DEFAULT_BASE_URL}.{hint}", UserWarning, stacklevel=4
        )
    return DEFAULT_BASE_URL


def normalize_base_url(raw: str, source: str = "base_url") -> str:
    """The server root of `raw`; a ValueError naming `source` and the fix for anything else."""
    url = raw.strip()
    parts = urlsplit(url)
    shown = _without_credentials(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"{source} {shown!r} is not an http(s) URL. Give the FastGPT server root with its scheme, "
            "e.g. 'http://localhost:3000' or 'https://cloud.fastgpt.io'."
        )
    if "@" in parts.netloc:
        raise ValueError(
            f"{source} {shown!r} contains a user name or password: the client would show it and send it "
            "as Basic auth in place of the API key. Give the server root without them."
        )
    if any(ch <= "\x20" or ch == "\x7f" for ch in url):
        raise ValueError(f"{source} {shown!r} contains spaces or control characters.")
    try:
        port = parts.port
        httpx.URL(url)
    except ValueError as exc:  # httpx.InvalidURL is a ValueError
        raise ValueError(f"{source} {shown!r} is not a valid URL ({exc}).") from None
    if port == 0:
        raise ValueError(f"{source} {shown!r} has port 0.")
    if parts.query or parts.fragment:
        raise ValueError(f"{source} {shown!r} must not contain a query string or fragment.")
    path = parts.path.rstrip("/")
    for suffix in _ENDPOINT_SUFFIXES:
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            break
    if path.endswith(_OPENAI_SUFFIXES):
        raise ValueError(
            f"{source} {shown!r} looks like an endpoint URL. Give the FastGPT server root (the address "
            f"of its web page, e.g. {urlunsplit((parts.scheme, parts.netloc, '', '', ''))!r}): the "
            "client adds /api/v1/chat/completions and the other paths itself."
        )
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _without_credentials(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    netloc, slash, path = rest.partition("/")
    if sep and "@" in netloc:
        return f"{scheme}://***@{netloc.rpartition('@')[2]}{slash}{path}"
    return url


def resolve_app_id(app_id: str | None) -> str | None:
    value = app_id if app_id is not None else os.environ.get(ENV_APP_ID)
    if value is None or not value.strip():
        return None
    return value.strip()


def check_headers(headers: Mapping[str, str] | None, *, argument: str) -> dict[str, str]:
    """Refuses header names or values that could inject extra headers, and framing headers."""
    if not headers:
        return {}
    if not isinstance(headers, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(
            f"{argument} must be a mapping of header names to values, not {type(headers).__name__}."
        )
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"{argument} must map header names (str) to values (str); got {name!r}: "
                f"{type(value).__name__}."
            )
        if not _HEADER_NAME.fullmatch(name):
            raise ValueError(f"{argument}: {name!r} is not a valid header name.")
        if name.lower() in _FRAMING_HEADERS:
            raise ValueError(
                f"{argument}: {name!r} cannot be set: the HTTP layer writes it from the URL and the body "
                "(a second, conflicting one would corrupt the request). Leave it out."
            )
        if any(ch in value for ch in "\r\n\0"):
            raise ValueError(f"{argument}: the value of header {name!r} contains a line break or NUL byte.")
        if not _HEADER_VALUE.fullmatch(value):
            raise ValueError(
                f"{argument}: the value of header {name!r} contains control or non-ASCII characters, "
                "which HTTP headers cannot carry (percent- or base64-encode it)."
            )
        checked[name] = value
    return checked


def merge_headers(*layers: Mapping[str, str]) -> dict[str, str]:
    """Header dicts merged left to right; a later name replaces an earlier one in any case."""
    merged: dict[str, str] = {}
    lower: dict[str, str] = {}
    for layer in layers:
        for name, value in layer.items():
            previous = lower.get(name.lower())
            if previous is not None:
                del merged[previous]
            lower[name.lower()] = name
            merged[name] = value
    return merged


def warn_if_plain_http(base_url: str) -> None:
    """Warns once per host when the key would travel unencrypted beyond this machine."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.scheme != "http" or _is_loopback(host) or host in _warned_plain_http:
        return
    _warned_plain_http.add(host)
    warnings.warn(
        f"FastGPT base_url {base_url!r} uses plain http to a non-local host: the API key is sent "
        "unencrypted. Use https unless the network path is trusted.",
        InsecureTransportWarning,
        stacklevel=4,
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
