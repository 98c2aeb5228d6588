"""FastGPT's error envelope and the errors the emulator can answer with.

FastGPT (since V4.13.2) answers every error with HTTP 500 and a JSON envelope
``{"code", "statusText", "message", "data": null}``; older servers used HTTP 200 with the same
body; proxies in front of it may answer with real 401/403/404 statuses. ``ErrorStyle`` selects
which of the three the emulator imitates.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from typing import Any


class ErrorStyle(enum.Enum):
    """How errors are put on the wire."""

    FASTGPT = "fastgpt"
    """HTTP 500 + envelope (FastGPT >= 4.13.2)."""
    LEGACY = "legacy"
    """HTTP 200 + envelope (older FastGPT)."""
    HTTP_STATUS = "http_status"
    """A real HTTP status matching the error (what some proxies do) + envelope."""


@dataclass(eq=False)
class ApiError(Exception):
    """An error FastGPT reports with its envelope.

    ``http_status`` is only used by ``ErrorStyle.HTTP_STATUS``.
    """

    code: int
    status_text: str
    message: str
    http_status: int = 500

    def envelope(self) -> dict[str, Any]:
        return {"code": self.code, "statusText": self.status_text, "message": self.message, "data": None}

    def body(self) -> bytes:
        return json.dumps(self.envelope(), ensure_ascii=False, separators=(",", ":")).encode()


def plain_error(message: str, http_status: int = 500) -> ApiError:
    """An error thrown as a plain string in FastGPT: code 500, statusText "error"."""
    return ApiError(500, "error", message, http_status)


UN_AUTHORIZATION = ApiError(403, "unAuthorization", "common:code_error.error_message.403", 401)
UN_AUTH_API_KEY = ApiError(514, "unAuthApiKey", "common:code_error.error_message.514", 401)
ACCOUNT_KEY_WITHOUT_APP = plain_error(
    "Key is error. You need to use the app key rather than the account key.", 400
)
APP_EMPTY = plain_error("app is empty", 404)
MESSAGES_EMPTY = plain_error("messages is empty", 400)
CHAT_ID_OR_APP_ID_EMPTY = plain_error("appId or chatId is empty", 400)
APP_UN_EXIST = ApiError(502000, "appUnExist", "common:code_error.app_error.not_exist", 404)
UN_AUTH_CHAT = ApiError(504000, "unAuthChat", "common:code_error.chat_error.un_auth", 403)
API_KEY_INVALID = plain_error("APIKey invalid", 401)
DATA_VALIDATION = ApiError(400, "error", "Data validation error", 400)


def rate_limit_error(limit: int, retry_after: int) -> ApiError:
    """The team QPM limiter's envelope (always HTTP 500 JSON, even for streams)."""
    return ApiError(
        429,
        "error",
        f"Rate limit exceeded. Maximum {limit} requests per 60 seconds for this team. "
        f"Please try again in {retry_after} seconds.",
        429,
    )


def http_status_for(error: ApiError, style: ErrorStyle) -> int:
    if style is ErrorStyle.FASTGPT:
        return 500
    if style is ErrorStyle.LEGACY:
        return 200
    return error.http_status
