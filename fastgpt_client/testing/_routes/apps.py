"""Apps: ``/api/proApi/**`` (app logs and analytics) answering like an open-source FastGPT.

The open-source server forwards ``/api/proApi/**`` to the commercial service; without one
configured it throws ``未配置商业版链接: <path>`` (before any auth), with the path's segments
joined by commas. The emulator has no commercial edition, so every such route answers that.
"""

from __future__ import annotations

from typing import NoReturn

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from ._endpoint import Call, route


async def commercial_edition(call: Call) -> NoReturn:
    path = call.request.path_params["path"].strip("/").replace("/", ",")
    raise errors.plain_error(f"未配置商业版链接: {path}", 404)


ROUTES = [
    route("/api/proApi/{path:path}", commercial_edition, ["GET", "POST", "PUT", "DELETE"], public=True),
]
