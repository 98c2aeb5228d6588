"""What every client shares: configuration, request building, sending with retries, and
translating whatever comes back. Sync and async differ only in the lines that do I/O."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Self, TypeVar, cast
from urllib.parse import quote, urlencode

import httpx

from . import _retry
from ._config import (
    ClientConfig,
    check_headers,
    redact_key,
    resolve_api_key,
    resolve_app_id,
    resolve_base_url,
    warn_if_plain_http,
)
from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._errors import decode_json, error_from_response, is_json
from ._types import NOT_GIVEN, NotGiven, RequestOptions, Timeout
from ._version import __version__
from .exceptions import APIConnectionError, APIResponseValidationError, APIStatusError, APITimeoutError

log = logging.getLogger("fastgpt_client")

T = TypeVar("T")

_OPTION_KEYS = frozenset(RequestOptions.__annotations__)


@dataclass(frozen=True, slots=True)
class RequestPlan(Generic[T]):
    """One API call: the generated request builder's output, and how to read the answer."""

    kwargs: dict[str, Any]
    """`method`, `url`, `json`, `params`, `headers`, as the generated `_get_kwargs` returns them."""
    parse: Callable[[Any], T]
    """Turns the decoded JSON body of a successful answer into the result."""
    options: RequestOptions = field(default_factory=lambda: RequestOptions())
    idempotent: bool = False
    """Safe to send again after a broken read (the server may have run it)."""
    stream: bool = False
    external: bool = False
    """`url` is absolute and not FastGPT's (a presigned storage URL): the key is not sent."""


def split_options(options: Mapping[str, Any], allowed: frozenset[str], method: str) -> RequestOptions:
    """Checks keyword options against what `method` takes and returns the per-request ones."""
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise TypeError(f"{method}() got unexpected keyword argument(s): {', '.join(unknown)}")
    picked: dict[str, Any] = {key: options[key] for key in _OPTION_KEYS if key in options}
    return cast(RequestOptions, picked)


class BaseClient:
    """Configuration and request building shared by the sync and async clients."""

    _config: ClientConfig
    max_retries: int
    timeout: Timeout

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        *,
        app_id: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {max_retries}.")
        self._config = ClientConfig(
            api_key=resolve_api_key(api_key),
            base_url=resolve_base_url(base_url),
            app_id=resolve_app_id(app_id),
        )
        warn_if_plain_http(self._config.base_url)
        self.timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        self._headers = {
            "User-Agent": f"fastgpt-client-python/{__version__}",
            "Accept": "application/json, text/event-stream",
            **check_headers(default_headers, argument="default_headers"),
            "Authorization": f"Bearer {self._config.api_key}",
        }

    @property
    def base_url(self) -> str:
        """The FastGPT server root every path is joined to."""
        return self._config.base_url

    @property
    def app_id(self) -> str | None:
        """The default app for methods that need one."""
        return self._config.app_id

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, app_id={self.app_id!r}, "
            f"api_key={redact_key(self._config.api_key)!r})"
        )

    def _require_app_id(self, app_id: str | None, method: str) -> str:
        resolved = app_id or self._config.app_id
        if not resolved:
            raise ValueError(
                f"{method}() needs an app id: pass app_id=..., or set it on the client "
                "(app_id=... or the FASTGPT_APP_ID environment variable)."
            )
        return resolved

    def _build_request(self, http: httpx.Client | httpx.AsyncClient, plan: RequestPlan[Any]) -> httpx.Request:
        kwargs = plan.kwargs
        options = plan.options
        base_headers = {"User-Agent": self._headers["User-Agent"]} if plan.external else self._headers
        headers = {**base_headers, **kwargs.get("headers", {})}
        if kwargs.get("files") is not None:
            # The generator writes a placeholder boundary; httpx sets the real one.
            headers.pop("Content-Type", None)
        headers.update(check_headers(options.get("extra_headers"), argument="extra_headers"))
        params: dict[str, Any] = {**kwargs.get("params", {}), **(options.get("extra_query") or {})}
        content: bytes | None = kwargs.get("content")
        body = kwargs.get("json")
        if body is not None or options.get("extra_body"):
            content = encode_json({**(body or {}), **(options.get("extra_body") or {})})
            headers["Content-Type"] = "application/json"
        url = kwargs["url"] if plan.external else self._config.base_url + kwargs["url"]
        try:
            query = encode_query({key: value for key, value in params.items() if value is not None})
            if query:
                url += ("&" if "?" in url else "?") + query
            return http.build_request(
                kwargs["method"].upper(),
                url,
                content=content,
                files=kwargs.get("files"),
                headers=headers,
                timeout=options.get("timeout", self.timeout),
            )
        except UnicodeEncodeError:
            # Lone surrogates: a JSON body escapes them, a URL cannot carry them. Not chained: the
            # encoding error's repr quotes the whole text it failed on.
            raise ValueError(
                f"{kwargs['method'].upper()} {kwargs['url']} cannot be sent: a query parameter or URL "
                "contains text that is not valid Unicode (a lone surrogate)."
            ) from None


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


class Attempts:
    """Retry bookkeeping for one call: decides, after each failure, to wait and retry or to raise."""

    def __init__(self, request: httpx.Request, *, max_retries: int, idempotent: bool) -> None:
        self.request = request
        self.max_retries = max_retries
        self.idempotent = idempotent
        self.attempt = 0

    def after_exception(self, exc: httpx.HTTPError) -> float:
        """The delay before retrying a transport failure; raises the translated error otherwise."""
        error = connection_error(exc, self.request)
        if self.attempt < self.max_retries and _retry.should_retry_exception(exc, idempotent=self.idempotent):
            return self._next(_retry.retry_delay(self.attempt, None) or 0.0, error)
        raise error from exc

    def after_error(self, error: APIStatusError) -> float:
        """The delay before retrying an error answer; raises it otherwise."""
        if self.attempt < self.max_retries and _retry.should_retry_error(error):
            delay = _retry.retry_delay(self.attempt, getattr(error, "retry_after", None))
            if delay is not None:
                return self._next(delay, error)
        raise error

    def _next(self, delay: float, cause: Exception) -> float:
        self.attempt += 1
        log.info(
            "Retrying %s %s in %.2f seconds (retry %d of %d) after: %s",
            self.request.method,
            self.request.url.path,
            delay,
            self.attempt,
            self.max_retries,
            cause,
        )
        return delay


def connection_error(exc: httpx.HTTPError, request: httpx.Request) -> APIConnectionError:
    where = f"{request.url.scheme}://{request.url.netloc.decode('ascii', 'replace')}"
    if isinstance(exc, httpx.TimeoutException):
        kind = type(exc).__name__.replace("Timeout", " timeout").lower().strip()
        return APITimeoutError(
            f"Request to {where}{request.url.path} timed out ({kind}). Raise `timeout` if the workflow "
            "needs longer.",
            request=request,
        )
    hint = (
        " Is FastGPT running there? Check base_url / FASTGPT_BASE_URL."
        if isinstance(exc, httpx.ConnectError)
        else ""
    )
    return APIConnectionError(
        f"Connection error talking to {where}: {exc or type(exc).__name__}.{hint}", request=request
    )


def is_stream_answer(response: httpx.Response) -> bool:
    """A 2xx answer to a stream request that is not JSON: FastGPT labels early-error streams oddly."""
    content_type = response.headers.get("content-type", "")
    return response.is_success and "json" not in content_type


def parse_success(plan: RequestPlan[T], response: httpx.Response, content: bytes, body: Any = None) -> T:
    if plan.external:
        return plan.parse(content)
    if body is None:
        body = decode_json(content)
    if not is_json(body):
        raise APIResponseValidationError(
            f"HTTP {response.status_code} from {response.request.url.path}, but the body is not JSON "
            f"({'empty' if not content.strip() else 'truncated or malformed'}; {len(content)} bytes).",
            response=response,
            body=content[:300].decode("utf-8", "replace"),
        )
    try:
        return plan.parse(body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"The answer from {response.request.url.path} does not have the shape FastGPT sends: {exc!r}",
            response=response,
            body=body,
        ) from None


class SyncAPIClient(BaseClient):
    """Owns one `httpx.Client` (one connection pool), unless one was injected."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        app_id: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url,
            app_id=app_id,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"http_client must be an httpx.Client, not {type(http_client).__name__}.")
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=self.timeout, limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=True
        )

    def close(self) -> None:
        """Closes the connection pool (not an injected `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _request(self, plan: RequestPlan[T]) -> T:
        response, content, body = self._send(plan)
        return parse_success(plan, response, content, body)

    def _send(self, plan: RequestPlan[Any]) -> tuple[httpx.Response, bytes, Any]:
        """Sends with retries; returns the response, its body and the decoded JSON (read once).

        For stream plans a stream answer comes back unread, with `b""` and None.
        """
        request = self._build_request(self._http, plan)
        attempts = Attempts(request, max_retries=self.max_retries, idempotent=plan.idempotent)
        while True:
            try:
                response = self._http.send(request, stream=True)
            except httpx.HTTPError as exc:
                _retry.sleep(attempts.after_exception(exc))
                continue
            if plan.stream and is_stream_answer(response):
                return response, b"", None
            try:
                content = response.read()
            except httpx.HTTPError as exc:
                _retry.sleep(attempts.after_exception(exc))
                continue
            finally:
                response.close()
            body = decode_json(content)
            error = error_from_response(response, content, body)
            if error is None:
                return response, content, body
            _retry.sleep(attempts.after_error(error))


class AsyncAPIClient(BaseClient):
    """Owns one `httpx.AsyncClient` (one connection pool), unless one was injected."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        app_id: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url,
            app_id=app_id,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}.")
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=self.timeout, limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=True
        )

    async def aclose(self) -> None:
        """Closes the connection pool (not an injected `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _request(self, plan: RequestPlan[T]) -> T:
        response, content, body = await self._send(plan)
        return parse_success(plan, response, content, body)

    async def _send(self, plan: RequestPlan[Any]) -> tuple[httpx.Response, bytes, Any]:
        """Sends with retries; returns the response, its body and the decoded JSON (read once).

        For stream plans a stream answer comes back unread, with `b""` and None.
        """
        request = self._build_request(self._http, plan)
        attempts = Attempts(request, max_retries=self.max_retries, idempotent=plan.idempotent)
        while True:
            try:
                response = await self._http.send(request, stream=True)
            except httpx.HTTPError as exc:
                await _retry.async_sleep(attempts.after_exception(exc))
                continue
            if plan.stream and is_stream_answer(response):
                return response, b"", None
            try:
                content = await response.aread()
            except httpx.HTTPError as exc:
                await _retry.async_sleep(attempts.after_exception(exc))
                continue
            finally:
                await response.aclose()
            body = decode_json(content)
            error = error_from_response(response, content, body)
            if error is None:
                return response, content, body
            await _retry.async_sleep(attempts.after_error(error))
