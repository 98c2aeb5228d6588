"""Turning FastGPT's error answers into exceptions.

FastGPT 4.14.x reports every error as HTTP 500 with `{code, statusText, message, data}` (older
servers: HTTP 200 with the same body; streams: `event: error` in an HTTP 200 stream); 4.14.11+
and 4.16 use 400, 403, 404, 409, 413 and 429 where they know better and add `errorType` and, for
request validation, `zodError`. So the exception class comes from `statusText`, then `code`, then
the HTTP status. Proxies in front of FastGPT add their own statuses and HTML pages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple, cast

import httpx

from ._json import as_mapping, is_mapping
from ._response import EXCERPT_CHARS, NOT_JSON, body_excerpt, decode_json, parse_retry_after
from .exceptions import (
    APIStatusError,
    AuthenticationError,
    ConflictError,
    InsufficientQuotaError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
)

_KEY_HINT = " Check the key you passed as api_key or in FASTGPT_API_KEY."
# FastGPT's English (packages/web/i18n/en/common.json).
_CHAT_GENERATING = (
    "This chat is still generating. Please wait until it finishes before sending another request."
)
_BAD_FILE_TYPE = "The file type is not allowed, or the file's content does not match its extension."
_TOO_LARGE = (
    "The request is too large for this server. Send less in one call (a shorter text, "
    "smaller push_data batches, a smaller file) or ask the server's admin to raise the limit: FastGPT "
    "takes up to 10 MB of JSON on chat completions, pushData and text collections, 1 MB on most other "
    "routes, files up to its configured upload size, and a proxy in front of it may allow less."
)
# How many of a validation error's issues its message names.
MAX_ISSUES_SHOWN = 10


class KnownError(NamedTuple):
    code: int  # FastGPT 4.16's code
    cls: type[APIStatusError]
    text: str
    code_4_14: int | None = None  # 4.14.5's code, where 4.16 renumbered it


# statusText -> (FastGPT code, class, English text). From FastGPT's errorCode.ts and code/*.ts and
# their English i18n strings (4.16.0); docs/errors.md shows this table (tests keep them equal).
STATUS_TEXTS: dict[str, KnownError] = {
    "unAuthorization": KnownError(
        403,
        AuthenticationError,
        "Credential error: FastGPT found no API key it could read in the Authorization header (it takes "
        "`Bearer fastgpt-<secret>`; a key with more dashes, or a route that takes no API key, gets this)."
        + _KEY_HINT,
    ),
    "unAuthApiKey": KnownError(514, AuthenticationError, "Invalid API key." + _KEY_HINT),
    "tooManyRequest": KnownError(429, RateLimitError, "Too many requests."),
    "uploadFileIntervalLimit": KnownError(429, RateLimitError, "Too many uploads in a short time."),
    "insufficientQuota": KnownError(510, InsufficientQuotaError, "The account balance is insufficient."),
    "unAuthModel": KnownError(511, PermissionDeniedError, "You do not have permission on the model."),
    "unAuthFile": KnownError(507003, PermissionDeniedError, "You do not have permission to read the file."),
    "unPermission": KnownError(
        500001, PermissionDeniedError, "You do not have permission for this operation."
    ),
    "unAuthTeam": KnownError(500003, PermissionDeniedError, "You do not have permission on the team."),
    "aiPointsNotEnough": KnownError(500004, InsufficientQuotaError, "The team's AI points are insufficient."),
    "datasetSizeNotEnough": KnownError(
        500005, InsufficientQuotaError, "The knowledge base index capacity is insufficient."
    ),
    "datasetAmountNotEnough": KnownError(
        500006, InsufficientQuotaError, "The number of knowledge bases reaches the plan's maximum."
    ),
    "appAmountNotEnough": KnownError(
        500007, InsufficientQuotaError, "The number of apps reaches the plan's maximum."
    ),
    "unExistDataset": KnownError(501002, NotFoundError, "The knowledge base does not exist."),
    "unExistCollection": KnownError(501003, NotFoundError, "The collection does not exist."),
    "unAuthDataset": KnownError(
        501004, PermissionDeniedError, "You do not have permission on the knowledge base."
    ),
    "unAuthDatasetCollection": KnownError(
        501005, PermissionDeniedError, "You do not have permission on the collection."
    ),
    "unAuthDatasetData": KnownError(501006, PermissionDeniedError, "You do not have permission on the data."),
    "appUnExist": KnownError(502000, NotFoundError, "The app does not exist."),
    "unAuthApp": KnownError(502001, PermissionDeniedError, "You do not have permission on the app."),
    "unAuthChat": KnownError(
        504000,
        PermissionDeniedError,
        "You do not have permission on this chat (it belongs to another user or app).",
    ),
    "chatIsGenerating": KnownError(504001, ConflictError, _CHAT_GENERATING),
    "outlinkUnExist": KnownError(505000, NotFoundError, "The sharing link does not exist."),
    "unAuthLink": KnownError(505001, AuthenticationError, "Invalid sharing link."),
    "linkUnInvalid": KnownError(501, AuthenticationError, "Invalid sharing link."),
    "unAuthUser": KnownError(505003, AuthenticationError, "Identity verification failed."),
    "openapiUnExist": KnownError(506000, NotFoundError, "The API key does not exist."),
    "openapiUnAuth": KnownError(506001, PermissionDeniedError, "You do not have permission on the API key."),
    "openapiExceedLimit": KnownError(506002, InsufficientQuotaError, "Up to 10 API keys can be created."),
    "invalidParams": KnownError(507000, ValidationError, "Invalid parameters."),
    "fileNotFound": KnownError(507002, NotFoundError, "The file does not exist."),
    "missingParams": KnownError(507004, ValidationError, "Missing parameters."),
    "communityVersionNumLimit": KnownError(
        509000,
        InsufficientQuotaError,
        "The number of resources exceeds what the community edition allows.",
    ),
    "commercialFeature": KnownError(509001, PermissionDeniedError, "Commercial Edition exclusive feature."),
    "licenseAppAmountLimit": KnownError(
        509002, InsufficientQuotaError, "The number of apps exceeds the license.", 509001
    ),
    "licenseDatasetAmountLimit": KnownError(
        509003, InsufficientQuotaError, "The number of knowledge bases exceeds the license.", 509002
    ),
    "licenseUserAmountLimit": KnownError(
        509004, InsufficientQuotaError, "The number of users exceeds the license.", 509003
    ),
    # code/s3.ts (510000...): the file checks of uploads.
    "InvalidUploadFileType": KnownError(510000, ValidationError, _BAD_FILE_TYPE),
    "UploadFileTypeMismatch": KnownError(510001, ValidationError, _BAD_FILE_TYPE),
    "FileUploadDisabled": KnownError(510002, ValidationError, "File upload is disabled for this app."),
    # code/sandbox.ts (510000... too): the agent sandbox (VM) of an app.
    "agentSandboxPermissionDenied": KnownError(
        510000, PermissionDeniedError, "The app may not use the sandbox (VM); an administrator must allow it."
    ),
    "agentSandboxInitializing": KnownError(510001, ConflictError, "The sandbox (VM) is still starting."),
    "runtimeUpgradeFailed": KnownError(510002, InternalServerError, "The sandbox runtime upgrade failed."),
    "runtimeUpgradeInProgress": KnownError(510003, ConflictError, "The sandbox runtime is being upgraded."),
}

# Code ranges that do not name one error: in 4.16 code/system.ts and code/skill.ts both count from
# 509000 (and the license codes moved up by one), code/s3.ts and code/sandbox.ts both from 510000.
# Bodies with those codes are classed by statusText only, never by code.
AMBIGUOUS_CODES = range(509000, 511000)


# FastGPT code -> class, for bodies whose statusText is missing or the generic "error".
CODES: dict[int, type[APIStatusError]] = {
    known.code: known.cls for known in STATUS_TEXTS.values() if known.code not in AMBIGUOUS_CODES
}
CODES.update(
    {
        400: ValidationError,
        401: AuthenticationError,
        404: NotFoundError,
        422: ValidationError,
        429: RateLimitError,
    }
)

# Errors FastGPT raises as plain strings (statusText "error", code 500).
PLAIN_MESSAGES: dict[str, tuple[type[APIStatusError], str]] = {
    "messages is empty": (ValidationError, "messages must contain at least one message for a chat app."),
    "appId is empty": (ValidationError, "appId is required: pass app_id=... (needed with an account key)."),
    "app is empty": (NotFoundError, "The app does not exist: check app_id (or the app bound to the key)."),
    "Invalid file url": (ValidationError, "The file URL is not allowed by the server's file URL whitelist."),
    "APIKey invalid": (AuthenticationError, "Invalid API key." + _KEY_HINT),
    "Key is error. You need to use the app key rather than the account key.": (
        AuthenticationError,
        "This is an account key: pass app_id=... (or set FASTGPT_APP_ID), or use the app's own key.",
    ),
}
# ... and those that end in a value (`Chat dataId already exists: <id>`, 4.16).
PLAIN_PREFIXES: dict[str, tuple[type[APIStatusError], str]] = {
    "Chat dataId already exists:": (ValidationError, "Message id taken: use a new response_chat_item_id."),
}

# HTTP status -> class, for proxies and servers that use real statuses.
HTTP_STATUSES: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    402: InsufficientQuotaError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: ValidationError,
    422: ValidationError,
    429: RateLimitError,
}

# English for FastGPT's i18n message keys (`common:code_error.error_message.514`).
I18N_MESSAGES: dict[str, str] = {
    "code_error.error_message.403": "Credential error.",
    "code_error.error_message.510": "The account balance is insufficient.",
    "code_error.error_message.511": "You do not have permission on the model.",
    "code_error.error_message.513": "You do not have permission to read the file.",
    "code_error.error_message.514": "Invalid API key.",
    "code_error.error_code.400": "Request failed.",
    "code_error.error_code.401": "You do not have access permission.",
    "code_error.error_code.403": "Access denied.",
    "code_error.error_code.404": "The request does not exist.",
    "code_error.error_code.429": "Too many requests.",
    "code_error.error_code.500": "The server encountered an error.",
    "code_error.error_code.502": "Gateway error.",
    "code_error.error_code.503": "The server is temporarily overloaded or under maintenance.",
    "code_error.error_code.504": "Gateway timed out.",
    "code_error.app_error.not_exist": "The app does not exist.",
    "code_error.app_error.un_auth_app": "You do not have permission to perform operations on the app.",
    "code_error.chat_error.un_auth": "You do not have permission to perform operations on the chat record.",
    "code_error.chat_error.chat_generating": _CHAT_GENERATING,
    "code_error.openapi_error.api_key_not_exist": "The API key does not exist.",
    "code_error.openapi_error.exceed_limit": "Up to 10 API keys can be created.",
    "code_error.openapi_error.un_auth": "You do not have permission on the API key.",
    "code_error.outlink_error.invalid_link": "Invalid sharing link.",
    "code_error.outlink_error.link_not_exist": "The sharing link does not exist.",
    "code_error.outlink_error.un_auth_user": "Identity verification failed.",
    "code_error.team_error.ai_points_not_enough": "Credits are insufficient.",
    "code_error.team_error.app_amount_not_enough": "The number of apps reaches the maximum.",
    "code_error.team_error.dataset_amount_not_enough": "The number of knowledge bases reaches the maximum.",
    "code_error.team_error.dataset_size_not_enough": "The knowledge base index capacity is insufficient.",
    "code_error.team_error.un_auth": "You do not have permission on the team.",
    "code_error.system_error.community_version_num_limit": (
        "The number of resources exceeds what the community edition allows."
    ),
    "code_error.system_error.commercial_feature": "Commercial Edition exclusive feature.",
    "code_error.system_error.license_app_amount_limit": "The number of apps exceeds the license.",
    "code_error.system_error.license_dataset_amount_limit": "Knowledge bases exceed the license.",
    "code_error.system_error.license_user_amount_limit": "The number of users exceeds the license.",
    "code_error.sandbox_error.agent_sandbox_permission_denied": "The app may not use the sandbox (VM).",
    "code_error.sandbox_error.agent_sandbox_initializing": "The sandbox (VM) is initializing; try later.",
    "code_error.sandbox_error.runtime_upgrade_failed": "The sandbox runtime upgrade failed; try again.",
    "sandbox_runtime_upgrade_in_progress": "The sandbox runtime is being upgraded.",
    "error.fileNotFound": "File not found.",
    "error.unAuthFile": "You do not have permission to read this file.",
    "error.invalid_params": "Invalid parameter.",
    "error.missingParams": "Missing parameters.",
    "error.too_many_request": "Too many requests.",
    "error.upload_file_interval_limit": "Too many uploads in a short time, or the round limit was reached.",
    "error.s3_upload_invalid_file_type": "Unsupported file content, or the extension does not match it.",
    "error.file_upload_disabled": "File upload is disabled for this app.",
}

# `common:code_error.error_message.514`, `error.fileNotFound`, `skill:sandbox_runtime_upgrade_in_progress`.
_I18N_KEY = re.compile(
    r"^(?:(?:[A-Za-z_]+:)?(?P<dotted>(?:[A-Za-z0-9_]+\.)+[A-Za-z0-9_]+)"
    r"|[a-z][a-z_]*:(?P<bare>[a-z0-9]+(?:_[a-z0-9]+)+))$"
)
_TRY_AGAIN = re.compile(r"try again in (\d+(?:\.\d+)?) ?s", re.IGNORECASE)


def is_error_envelope(body: object) -> bool:
    """True for FastGPT's `{code, statusText, message, data}` carrying an error (code != 200)."""
    if not is_mapping(body):
        return False
    code, name = body.get("code"), body.get("statusText")
    if isinstance(name, str) and name in STATUS_TEXTS:  # a known error, whatever `code` is (or lacks)
        return True
    if isinstance(code, bool) or not isinstance(code, int | float | str):
        return False
    if "statusText" not in body and "message" not in body:
        return False
    return _as_int(code) != 200


def error_from_envelope(
    body: Mapping[str, Any], *, response: httpx.Response | None = None, http_status: int | None = None
) -> APIStatusError:
    """Builds the exception for an error envelope (or a stream's bare `{message}` error frame)."""
    status_text = body.get("statusText")
    status_text = status_text if isinstance(status_text, str) and status_text else None
    code = _as_int(body.get("code"))
    raw_message = body.get("message")
    raw_message = (
        raw_message if isinstance(raw_message, str) else ("" if raw_message is None else str(raw_message))
    )
    error_type = body.get("errorType")
    issues = _issues(body.get("zodError"))

    known = STATUS_TEXTS.get(status_text) if status_text else None
    plain = _plain(raw_message.strip())
    message_key = raw_message if _I18N_KEY.match(raw_message) else None

    if known is not None:
        cls, text = known.cls, known.text
        if raw_message and message_key is None and raw_message not in text:
            text = f"{text} Server said: {raw_message}"
    elif plain is not None:
        cls, text = plain
    elif http_status == 413 or raw_message == "EntityTooLarge":
        cls, text = ValidationError, f"{_TOO_LARGE} Server said: {raw_message or f'code {code}'}"
    else:
        cls = (CODES.get(code) if code is not None else None) or _class_for_http(http_status)
        text = _english(raw_message) or f"FastGPT returned an error (code {code})."
    if issues:  # a response `.parse()` failure's message is the issues' JSON again
        base = "Data validation error" if raw_message.lstrip().startswith("[") else text.rstrip(".")
        text = f"{base}: {describe_issues(issues)}"

    where = ", ".join(part for part in (status_text, f"code {code}" if code is not None else None) if part)
    message = f"{text} [FastGPT {where}]" if where else text
    return _build(
        cls,
        message,
        response=response,
        body=dict(body),
        code=code,
        status_text=status_text,
        message_key=message_key,
        error_type=error_type if isinstance(error_type, str) and error_type else None,
        issues=issues,
        retry_after=_retry_after(response, raw_message),
    )


def describe_issues(issues: list[dict[str, Any]]) -> str:
    """`messages.0.content: Invalid input: expected string, received undefined; ...` (zod issues)."""
    parts = [_describe_issue(issue) for issue in issues[:MAX_ISSUES_SHOWN]]
    if len(issues) > MAX_ISSUES_SHOWN:
        parts.append(f"({len(issues) - MAX_ISSUES_SHOWN} more)")
    return "; ".join(parts)


def _describe_issue(issue: Mapping[str, Any]) -> str:
    path: object = issue.get("path")
    where = ".".join(str(part) for part in cast("list[object]", path)) if isinstance(path, list) else ""
    message: object = issue.get("message")
    if not isinstance(message, str) or not message:
        message = str(issue.get("code") or "invalid")
    return f"{where}: {message}" if where else message


def _issues(value: object) -> list[dict[str, Any]]:
    """The `zodError` list's issues (objects only; anything else in it is dropped)."""
    if not isinstance(value, list):
        return []
    return [dict(item) for item in cast("list[object]", value) if is_mapping(item)]


def _plain(message: str) -> tuple[type[APIStatusError], str] | None:
    plain = PLAIN_MESSAGES.get(message)
    if plain is not None:
        return plain
    for prefix, found in PLAIN_PREFIXES.items():
        if message.startswith(prefix):
            return found[0], f"{found[1]} Server said: {message}"
    return None


def error_from_response(response: httpx.Response, content: bytes, body: Any = None) -> APIStatusError | None:
    """The exception for an error answer, or None when the answer is a success.

    Handles FastGPT envelopes under any HTTP status, JSON errors of other shapes, and non-JSON
    bodies such as a proxy's HTML error page.
    """
    status = response.status_code
    if body is None:
        body = decode_json(content)
    if is_error_envelope(body):
        return error_from_envelope(as_mapping(body), response=response, http_status=status)
    if 200 <= status < 300:
        return None
    reason = response.reason_phrase or "error"
    cls = _class_for_http(status)
    if body is NOT_JSON:
        excerpt = body_excerpt(content)
        kind = "an HTML page" if excerpt.lstrip().startswith("<") else "a non-JSON body"
        detail = f": {excerpt!r}" if excerpt else " (empty body)"
        lead = f"{_TOO_LARGE} The server" if status == 413 else "the server"
        source = "" if status == 413 else ", probably from a proxy or gateway in front of FastGPT"
        message = f"HTTP {status} {reason}: {lead} answered with {kind}{source}{detail}"
        return _build(cls, message, response=response, body=excerpt, retry_after=_retry_after(response, ""))
    text = _message_of(body) or reason
    message = (
        f"HTTP {status}: {_TOO_LARGE} Server said: {text}" if status == 413 else f"HTTP {status}: {text}"
    )
    return _build(cls, message, response=response, body=body, retry_after=_retry_after(response, ""))


def _retry_after(response: httpx.Response | None, message: str) -> float | None:
    if response is not None:
        from_header = parse_retry_after(response.headers)
        if from_header is not None:
            return from_header
    match = _TRY_AGAIN.search(message)
    return float(match.group(1)) if match else None


def _build(
    cls: type[APIStatusError],
    message: str,
    *,
    response: httpx.Response | None,
    body: object,
    code: int | None = None,
    status_text: str | None = None,
    message_key: str | None = None,
    error_type: str | None = None,
    issues: list[dict[str, Any]] | None = None,
    retry_after: float | None = None,
) -> APIStatusError:
    fields: dict[str, Any] = {
        "response": response,
        "body": body,
        "code": code,
        "status_text": status_text,
        "message_key": message_key,
        "error_type": error_type,
        "issues": issues or [],
    }
    if issubclass(cls, RateLimitError):
        return cls(message, retry_after=retry_after, **fields)
    return cls(message, **fields)


def _class_for_http(status: int | None) -> type[APIStatusError]:
    if status is None:
        return InternalServerError
    return HTTP_STATUSES.get(status, InternalServerError)


def _english(message: str) -> str:
    match = _I18N_KEY.match(message)
    if match is None:
        return message
    return I18N_MESSAGES.get(match["dotted"] or match["bare"], message)


def _message_of(body: object) -> str:
    """The message of a JSON error body that is not FastGPT's envelope (`{"error": ...}`, ...)."""
    if is_mapping(body):
        for key in ("message", "error", "detail", "msg"):
            value: object = body.get(key)
            if is_mapping(value):
                value = value.get("message", value)
            if value:
                return str(value)[:EXCERPT_CHARS]
    if isinstance(body, str):
        return body[:EXCERPT_CHARS]
    return ""


def _as_int(value: object) -> int | None:
    """A code as an int: `514`, `"514"`, `514.0`; None for anything else (`1e300`, NaN, `true`)."""
    if isinstance(value, str):
        value = value.strip()
        value = int(value) if value.isascii() and value.lstrip("-").isdigit() and len(value) < 20 else None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        value = int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53 else None
