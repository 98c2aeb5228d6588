"""The exceptions every client raises. Nothing from httpx, json or the generated layer escapes.

```
FastGPTError
├── APIError (message, body, request, partial_text)
│   ├── APIStatusError (status_code, code, status_text, message_key, error_type, issues, response)
│   │   ├── ValidationError         HTTP 400/413/422, zod errors (issues), invalidParams, ...
│   │   ├── AuthenticationError     HTTP 401, unAuthorization (403), unAuthApiKey (514), ...
│   │   ├── PermissionDeniedError   HTTP 403 from a proxy, unPermission, unAuthApp, commercialFeature, ...
│   │   ├── NotFoundError           HTTP 404, appUnExist, unExistDataset, fileNotFound, ...
│   │   ├── ConflictError           HTTP 409, chatIsGenerating (another run on the same chat)
│   │   ├── RateLimitError          HTTP 429, tooManyRequest, code 429 (retry_after)
│   │   ├── InsufficientQuotaError  insufficientQuota (510), aiPointsNotEnough, plan limits
│   │   └── InternalServerError     anything else
│   ├── APIConnectionError (APITimeoutError below it); also a stream cut off mid-way
│   │   └── APITimeoutError
│   │       └── DeadlineExceededError  the call's `deadline=` passed (deadline)
│   ├── StreamParseError          a stream frame that cannot be decoded
│   ├── APIResponseValidationError a 2xx body that is not what FastGPT sends
│   │   └── ResponseTooLargeError  an answer over max_response_bytes once decoded (limit)
│   └── PushDataError             a `push_data` batch failed (the cause, what was stored, how to resume)
├── ClientClosedError (also a RuntimeError) a call on a client after close()
└── TrainingError (status)      `wait_for_training` did not see a collection trained
    ├── TrainingFailedError     training finished with failed items (`failed`: each with its error)
    └── TrainingTimeoutError    still training when the timeout ran out
```
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from .types.datasets import PushResult
    from .types.training import TrainingFailure, TrainingStatus

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ClientClosedError",
    "ConflictError",
    "DeadlineExceededError",
    "FastGPTError",
    "InsufficientQuotaError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PushDataError",
    "RateLimitError",
    "ResponseTooLargeError",
    "StreamParseError",
    "TrainingError",
    "TrainingFailedError",
    "TrainingTimeoutError",
    "ValidationError",
]


class FastGPTError(Exception):
    """Base class of every error this SDK raises."""


class APIError(FastGPTError):
    """A request to FastGPT failed.

    `partial_text` holds the answer text a stream delivered before it failed (`""` otherwise),
    and `partial_reasoning` the reasoning text.
    """

    message: str
    request: httpx.Request | None
    body: object
    partial_text: str
    partial_reasoning: str

    def __init__(self, message: str, *, request: httpx.Request | None = None, body: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        self.partial_text = ""
        self.partial_reasoning = ""


class APIStatusError(APIError):
    """FastGPT (or a proxy in front of it) answered with an error.

    `status_code` is the HTTP status (FastGPT 4.14.x uses 500 for every error; 4.14.11+ and 4.16
    also 400, 403, 404, 409, 413 and 429); `code` is FastGPT's own status from the body (514, 403,
    502000, ...) and `status_text` its error name (`unAuthApiKey`, ...). `message_key` keeps
    FastGPT's i18n key when the message was one, and `error_type` the body's `errorType`
    (`"UserError"`, 4.16). All of them are None when the error was raised before anything was sent
    or the body did not say. `issues` holds the body's `zodError` list (FastGPT's request
    validation: one dict per failing field, with `path` and `message`), `[]` when there is none.
    """

    status_code: int | None
    code: int | None
    status_text: str | None
    message_key: str | None
    error_type: str | None
    issues: list[dict[str, Any]]
    response: httpx.Response | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        body: object = None,
        code: int | None = None,
        status_text: str | None = None,
        message_key: str | None = None,
        error_type: str | None = None,
        issues: Sequence[dict[str, Any]] = (),
    ) -> None:
        super().__init__(message, request=_request_of(response), body=body)
        self.response = response
        self.status_code = response.status_code if response is not None else None
        self.code = code
        self.status_text = status_text
        self.message_key = message_key
        self.error_type = error_type
        self.issues = list(issues)


class ValidationError(APIStatusError):
    """The request was rejected as invalid (HTTP 400/422, invalidParams, missingParams, ...).

    FastGPT's request validation ("Data validation error") names each failing field in the
    message and keeps FastGPT's issues in `issues`. A request too large for the server (HTTP 413)
    is one too.
    """


class AuthenticationError(APIStatusError):
    """The API key is missing, malformed or unknown (unAuthorization, unAuthApiKey, HTTP 401)."""


class PermissionDeniedError(APIStatusError):
    """The key is valid but may not use this app, chat, dataset or model."""


class NotFoundError(APIStatusError):
    """The app, chat, dataset, collection, file or route does not exist."""


class ConflictError(APIStatusError):
    """The server is busy with the same resource: `chatIsGenerating` (another run of this chat is
    still going on), a sandbox still starting, HTTP 409. Never retried: wait for the other run to
    finish (or stop it with `stop_chat`), then send again."""


class RateLimitError(APIStatusError):
    """Too many requests. `retry_after` is the wait in seconds the server asked for, if it said."""

    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        body: object = None,
        code: int | None = None,
        status_text: str | None = None,
        message_key: str | None = None,
        error_type: str | None = None,
        issues: Sequence[dict[str, Any]] = (),
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            response=response,
            body=body,
            code=code,
            status_text=status_text,
            message_key=message_key,
            error_type=error_type,
            issues=issues,
        )
        self.retry_after = retry_after


class InsufficientQuotaError(APIStatusError):
    """The team's balance, AI points or plan limits are exhausted."""


class InternalServerError(APIStatusError):
    """Any other error answer: FastGPT's generic errors, gateway errors, unknown codes."""


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke (also mid-stream)."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None, body: object = None
    ) -> None:
        super().__init__(message, request=request, body=body)


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class DeadlineExceededError(APITimeoutError):
    """The call's `deadline=` (seconds for the whole call: every attempt, retry wait and, for a
    stream, every frame up to the last) passed. A stream's error keeps `partial_text`."""

    deadline: float

    def __init__(self, message: str, *, deadline: float, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)
        self.deadline = deadline


class ClientClosedError(FastGPTError, RuntimeError):
    """A call on a client after its `close()` / `aclose()` (or its `with` block ended)."""


class StreamParseError(APIError):
    """A stream frame could not be decoded (not JSON, or not the shape FastGPT sends)."""


class APIResponseValidationError(APIError):
    """A successful HTTP answer whose body is not what FastGPT sends (empty, truncated, not JSON)."""

    status_code: int
    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response, body: object = None) -> None:
        super().__init__(message, request=_request_of(response), body=body)
        self.response = response
        self.status_code = response.status_code


class ResponseTooLargeError(APIResponseValidationError):
    """An answer (of any status, or a whole stream) larger than the client's `max_response_bytes`
    once decoded: reading stopped at the cap. `limit` is the cap in bytes."""

    limit: int

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, response=response)
        self.limit = limit


class PushDataError(APIError):
    """A `push_data` batch failed; the batches before it were stored.

    - `error`: the original exception (also `__cause__`): a `NotFoundError`, `RateLimitError`, ...
    - `result`: the partial `PushResult` (the batches that succeeded, inserted counts).
    - `next_index`: the first item not stored; `push_data(collection_id, items, start=err.next_index)`
      sends exactly the rest. `remaining_items` holds those items (`items[next_index:]`).
    - `failed`: the index range of the batch that failed.
    - `maybe_stored`: True when the batch was sent but its answer was lost (a broken connection
      or an unreadable answer): FastGPT may have stored it, so check `list_data` before resuming.
    """

    error: APIError
    result: PushResult
    next_index: int
    failed: range
    remaining_items: list[Any]
    maybe_stored: bool

    def __init__(
        self,
        message: str,
        *,
        error: APIError,
        result: PushResult,
        next_index: int,
        failed: range,
        remaining_items: Sequence[Any],
        maybe_stored: bool,
    ) -> None:
        super().__init__(message, request=error.request, body=error.body)
        self.error = error
        self.result = result
        self.next_index = next_index
        self.failed = failed
        self.remaining_items = list(remaining_items)
        self.maybe_stored = maybe_stored

    @property
    def stored(self) -> range:
        """The index range of the items stored by this call (batches that succeeded)."""
        return range(self.result.start, self.next_index)


def _request_of(response: httpx.Response | None) -> httpx.Request | None:
    if response is None:
        return None
    try:
        return response.request
    except RuntimeError:  # a Response built without a request (tests, hand-made responses)
        return None


class TrainingError(FastGPTError):
    """`wait_for_training` did not see the collection trained; `status` is the last one read."""

    status: TrainingStatus

    def __init__(self, message: str, *, status: TrainingStatus) -> None:
        super().__init__(message)
        self.status = status

    @property
    def collection_id(self) -> str:
        return self.status.collection_id


class TrainingFailedError(TrainingError):
    """Training finished, but FastGPT gave up on some items: `failed` lists them, each with its
    `error` (FastGPT's `errorMsg`), `q` and `chunk_index`; `status.failed` counts them all."""

    failed: list[TrainingFailure]

    def __init__(self, message: str, *, status: TrainingStatus, failed: Sequence[TrainingFailure]) -> None:
        super().__init__(message, status=status)
        self.failed = list(failed)


class TrainingTimeoutError(TrainingError):
    """The collection was still training (`status.queued`/`status.training`) when the timeout ran out."""
