"""FastGPT's error envelope, the HTTP status it is sent with, and the errors the emulator answers.

FastGPT answers an error with a JSON envelope ``{"code", "statusText", "message", "data": null}``
(plus ``zodError`` for request validation and, on 4.16, ``errorType: "UserError"`` for user
errors). The HTTP status depends on the version: 4.14.x (since 4.13.2) always sends 500; 4.16
(from 4.14.11) picks one with ``resolveHttpStatusForApiError`` (``resolve_http_status``). Older
servers used HTTP 200, and proxies in front of FastGPT may answer with their own 401/403/404:
``ErrorStyle`` selects which of these the emulator imitates.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from typing import Any

from ._versions import Version


class ErrorStyle(enum.Enum):
    """How errors are put on the wire."""

    FASTGPT = "fastgpt"
    """FastGPT's own status: the version's (4.16: ``resolve_http_status``; 4.14: HTTP 500)."""
    LEGACY = "legacy"
    """HTTP 200 + envelope (FastGPT before 4.13.2), whatever the version."""
    HTTP_STATUS = "http_status"
    """A real HTTP status matching the error (what some proxies do) + envelope."""


@dataclass(eq=False)
class ApiError(Exception):
    """An error FastGPT reports with its envelope.

    ``status_text`` is the ``ERROR_RESPONSE`` key for FastGPT's registered errors and ``"error"``
    for the others (a thrown string or ``Error``), as FastGPT's ``processError`` makes it.
    ``http_status`` is the status ``ErrorStyle.HTTP_STATUS`` (a proxy) sends;
    ``registered_http_status`` the ``httpStatus`` of a registered error (4.16: ``fileNotFound``
    404, ``commercialFeature`` 403; most have none and so are 500). ``user_error``: FastGPT
    threw a ``UserError`` (4.16 says ``errorType: "UserError"``).
    """

    code: int
    status_text: str
    message: str
    http_status: int = 500
    registered_http_status: int | None = None
    zod_error: list[dict[str, Any]] | None = field(default=None)
    user_error: bool = False

    @property
    def registered(self) -> bool:
        return self.status_text != "error"

    def envelope(self, *, error_type: bool = False) -> dict[str, Any]:
        body: dict[str, Any] = {
            "code": self.code,
            "statusText": self.status_text,
            "message": self.message,
            "data": None,
        }
        if self.zod_error is not None:
            body["zodError"] = self.zod_error
        if error_type and self.user_error:
            body["errorType"] = "UserError"
        return body

    def body(self, *, error_type: bool = False) -> bytes:
        return json.dumps(
            self.envelope(error_type=error_type), ensure_ascii=False, separators=(",", ":")
        ).encode()

    def stream_frame_payload(self) -> dict[str, Any]:
        """What ``sseErrRes`` writes: the ``ERROR_RESPONSE`` entry, without ``zodError``/``errorType``."""
        return {"code": self.code, "statusText": self.status_text, "message": self.message, "data": None}


def resolve_http_status(error: ApiError, *, handler_code: int = 500) -> int:
    """FastGPT 4.16's ``resolveHttpStatusForApiError`` (``packages/service/common/response/index.ts``).

    ``handler_code`` is the ``code`` the handler passed to ``jsonRes`` (500 from ``NextAPI``, 400
    for a validation error, 429 from the rate limiter); it is the body ``code`` of a plain error.
    """
    code = error.code
    # 1. a body code in 400..499 is the status (unAuthorization 403, validation 400, limits 429)
    if 400 <= code <= 499:
        return code
    # 2. the processed error's httpStatus: a registered error's own (else 500); a plain one's code
    processed = (error.registered_http_status or 500) if error.registered else code
    if 400 <= processed <= 599:
        return processed
    # 3. the S3 upload checks (510000..510999) are client errors
    if 510000 <= code < 511000:
        return 400
    # 4. an upload over the size limit
    if error.message == "EntityTooLarge":
        return 413
    # 5. what the handler asked for
    if 400 <= handler_code <= 499:
        return handler_code
    return 500


def plain_error(message: str, http_status: int = 500, *, user_error: bool = False) -> ApiError:
    """An error thrown as a plain string (or ``Error``/``UserError``) in FastGPT: code 500, statusText "error"."""
    return ApiError(500, "error", message, http_status, user_error=user_error)


UN_AUTHORIZATION = ApiError(403, "unAuthorization", "common:code_error.error_message.403", 401)
UN_AUTH_API_KEY = ApiError(514, "unAuthApiKey", "common:code_error.error_message.514", 401)
ACCOUNT_KEY_WITHOUT_APP = plain_error(
    "Key is error. You need to use the app key rather than the account key.", 400
)
APP_EMPTY = plain_error("app is empty", 404)
MESSAGES_EMPTY = plain_error("messages is empty", 400, user_error=True)
CHAT_ID_OR_APP_ID_EMPTY = plain_error("appId or chatId is empty", 400)
APP_UN_EXIST = ApiError(502000, "appUnExist", "common:code_error.app_error.not_exist", 404)
UN_AUTH_CHAT = ApiError(504000, "unAuthChat", "common:code_error.chat_error.un_auth", 403)
CHAT_IS_GENERATING = ApiError(504001, "chatIsGenerating", "common:code_error.chat_error.chat_generating", 409)
"""Another run of the chat is still going (4.14.11+); HTTP 500 on 4.16.0 (registered, no httpStatus)."""
API_KEY_INVALID = plain_error("APIKey invalid", 401)
LINK_UN_INVALID = ApiError(501, "linkUnInvalid", "common:code_error.outlink_error.invalid_link", 401)
"""An unknown share link (``authOutLinkValid``); HTTP 500 on 4.16 (code 501 is not a 4xx)."""
DATA_VALIDATION = ApiError(400, "error", "Data validation error", 400)


def rate_limit_error(limit: int, retry_after: int) -> ApiError:
    """The team QPM limiter's ``UserError`` (JSON even for a stream request; HTTP 429 on 4.16)."""
    return ApiError(
        429,
        "error",
        f"Rate limit exceeded. Maximum {limit} requests per 60 seconds for this team. "
        f"Please try again in {retry_after} seconds.",
        429,
        user_error=True,
    )


def http_status_for(error: ApiError, style: ErrorStyle, version: Version) -> int:
    """The HTTP status ``error`` is answered with, in ``style`` on ``version``."""
    if style is ErrorStyle.LEGACY:
        return 200
    if style is ErrorStyle.HTTP_STATUS:
        return error.http_status
    return resolve_http_status(error) if version.error_statuses else 500
