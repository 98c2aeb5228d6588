"""Health: ``GET /api/support/openapi/health?apiKey=...``, the key's app (``{}`` for an account key)."""

from __future__ import annotations

from typing import Any

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from ._endpoint import Call, route


async def health(call: Call) -> dict[str, Any]:
    # The key comes in the query string, not the Authorization header: a public route.
    api_key = call.query.get("apiKey", "").strip()
    row = call.state.store.find_key(api_key) if api_key else None
    if row is None:
        raise errors.API_KEY_INVALID
    return {"appId": row.app_id} if row.app_id else {}


ROUTES = [route("/api/support/openapi/health", health, ["GET"], public=True)]
