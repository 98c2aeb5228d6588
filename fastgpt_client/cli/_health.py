"""Which key this is: FastGPT's key check, `GET /api/support/openapi/health?apiKey=...`.

It answers `{appId}` for an app key (bound to one app) and `{}` for an account key, and
"APIKey invalid" for a key it does not know. The SDK has no method for it (it is not an API a
program needs), so the CLI calls it with httpx itself; the key travels in the query string
there, so the request (and its URL) is never shown nor kept on an error.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from .._json import as_mapping, is_mapping
from ..exceptions import APIConnectionError, AuthenticationError, FastGPTError
from ._options import Connection

PATH = "/api/support/openapi/health"


@dataclass(frozen=True)
class KeyInfo:
    app_id: str | None
    """The app an app key is bound to; None for an account key."""

    @property
    def kind(self) -> str:
        return "app key" if self.app_id else "account key"


def check_key(conn: Connection, *, timeout: float = 10.0) -> KeyInfo:
    """The key's kind; AuthenticationError for an unknown key, APIConnectionError when unreachable."""
    key = conn.key()
    base = conn.resolved_base_url
    try:
        response = httpx.get(base + PATH, params={"apiKey": key}, timeout=timeout, follow_redirects=True)
    except httpx.TimeoutException:
        raise APIConnectionError(f"Timed out talking to {base}.") from None
    except httpx.HTTPError as exc:
        raise APIConnectionError(f"Cannot reach {base}: {type(exc).__name__}.") from None
    try:
        body = response.json()
    except ValueError:
        raise FastGPTError(
            f"{base}{PATH} answered HTTP {response.status_code} with no JSON: is this a FastGPT server?"
        ) from None
    envelope = as_mapping(body)
    data, code, message = envelope.get("data"), envelope.get("code"), envelope.get("message")
    if response.is_success and code in (200, None) and is_mapping(data):
        app_id = data.get("appId")
        return KeyInfo(app_id if isinstance(app_id, str) and app_id else None)
    if isinstance(message, str) and "invalid" in message.lower():
        raise AuthenticationError(
            "FastGPT does not know this API key (APIKey invalid). Check FASTGPT_API_KEY or --api-key-file."
        )
    raise FastGPTError(f"The key check answered HTTP {response.status_code}: {str(message or '')[:200]}")
