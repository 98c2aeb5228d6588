"""What every client shares: configuration, request building, retry bookkeeping, and reading a
successful answer. The senders that do the I/O are `resources/_async/_client.py` and the sync
code generated from it."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, TypeVar

import httpx

from . import _retry
from ._check import Check
from ._config import (
    ClientConfig,
    check_headers,
    merge_headers,
    redact_key,
    resolve_api_key,
    resolve_app_id,
    resolve_base_url,
    warn_if_plain_http,
)
from ._constants import DEFAULT_TIMEOUT
from ._json import is_mapping
from ._limits import DEFAULT_MAX_RESPONSE_BYTES, CallGuard, check_max_bytes, check_timeout
from ._plan import RequestPlan, encode_json, encode_query
from ._response import decode_json, is_json
from ._secrets import Secrets
from ._version import __version__
from .exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
)
from .types.options import NotGiven, Timeout
from .types.share import ShareLink

log = logging.getLogger("fastgpt_client")

T = TypeVar("T")


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
        share_link: ShareLink | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        where = f"{type(self).__name__}()"
        if isinstance(max_retries, bool) or not isinstance(max_retries, int):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"{where}: max_retries must be an int, not {type(max_retries).__name__}.")
        if max_retries < 0:
            raise ValueError(f"{where}: max_retries must be 0 or more, not {max_retries}.")
        self.max_response_bytes: int | None = check_max_bytes(max_response_bytes, where)
        if share_link is not None and api_key is not None:
            raise ValueError(
                "A share-link client sends no API key: pass share_link=... or api_key=..., not both."
            )
        self._share_link = share_link
        """Chat through this share link instead of an API key (`ChatClient.from_share_link`)."""
        self._config = ClientConfig(
            api_key="" if share_link is not None else resolve_api_key(api_key),
            base_url=resolve_base_url(base_url),
            app_id=resolve_app_id(app_id),
        )
        warn_if_plain_http(self._config.base_url)
        self.timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else check_timeout(timeout, where)
        self.max_retries = max_retries
        self._secrets = Secrets(self._config.api_key)
        # default_headers cannot replace the key's Authorization header (in any case of its name);
        # a call's extra_headers can (see `_build_request`): one Authorization header is ever sent.
        # A share-link client sends none (`ChatClient.from_share_link`).
        self._headers = merge_headers(
            {
                "User-Agent": f"fastgpt-client-python/{__version__}",
                "Accept": "application/json, text/event-stream",
            },
            check_headers(default_headers, argument="default_headers"),
            {} if share_link is not None else {"Authorization": f"Bearer {self._config.api_key}"},
        )
        # Routes (`METHOD /path`) this client's server answered with "no such route": calls with
        # a fallback go straight to their older route from then on (see `_routed`).
        self._missing_routes: set[str] = set()

    @property
    def base_url(self) -> str:
        """The FastGPT server root every path is joined to."""
        return self._config.base_url

    @property
    def app_id(self) -> str | None:
        """The default app for methods that need one."""
        return self._config.app_id

    def __repr__(self) -> str:
        auth = (
            f"share_id={self._share_link.share_id!r}"
            if self._share_link is not None
            else f"api_key={redact_key(self._config.api_key)!r}"
        )
        return f"{type(self).__name__}(base_url={self.base_url!r}, app_id={self.app_id!r}, {auth})"

    def _app_id_for(self, check: Check, app_id: object) -> str:
        """The app a call is for: `app_id` if given, else the client's; a clear error without either."""
        # "" (or None) means "the client's app"; anything else is sent as given.
        resolved = (
            None if app_id is None else check.string_or_empty(app_id, "app_id")
        ) or self._config.app_id
        if not resolved:
            raise ValueError(
                f"{check.method}() needs an app id: pass app_id=..., or set it on the client "
                "(app_id=... or the FASTGPT_APP_ID environment variable)."
            )
        return resolved

    def _guard(self, plan: RequestPlan[Any]) -> CallGuard:
        """The limits of one call: its `deadline` option and the client's `max_response_bytes`."""
        return CallGuard(deadline=plan.options.get("deadline"), max_bytes=self.max_response_bytes)

    def _finish_error(self, error: APIStatusError) -> APIStatusError:
        """`error` as raised: the key hidden in it, and what FastGPT made of this client's key."""
        self._secrets.scrub_error(error)
        dashes = self._config.api_key.count("-")
        if error.status_text == "unAuthorization" and dashes > 2:
            error.message += (
                f" This key has {dashes} dashes: FastGPT reads an API key as `fastgpt-<secret>` (or "
                "`fastgpt-<secret>-<appId>`) and refuses any other, so copy it again from the app's "
                "'API access' page."
            )
            error.args = (error.message,)
        return error

    def _check_open(self, http: httpx.Client | httpx.AsyncClient, owned: bool) -> None:
        if http.is_closed:
            name = type(self).__name__
            raise ClientClosedError(
                f"This {name} is closed (close() was called, or its `with` block ended), so it sends "
                f"nothing more. Create a new {name}, and keep it open while you make calls (a `with` "
                "block around all of them)."
                if owned
                else f"The http_client given to this {name} is closed: pass one that is open."
            )

    def _routed(self, plan: RequestPlan[T]) -> RequestPlan[T]:
        """`plan`, or its fallback once this client has found that its server lacks the route."""
        if plan.fallback is not None and plan.route in self._missing_routes:
            return plan.fallback
        return plan

    def _fall_back(self, plan: RequestPlan[T]) -> RequestPlan[T]:
        """Remembers that the server lacks `plan`'s route; returns the plan on the older route."""
        fallback = plan.fallback
        if fallback is None:
            raise ValueError(f"{plan.route} has no fallback route")
        # Adding to a set is atomic, and threads or tasks that find it at once record the same fact.
        self._missing_routes.add(plan.route)
        log.info(
            "%s is not a route of %s (HTTP 404 without FastGPT's envelope): sending %s instead, "
            "and from now on",
            plan.route,
            self._config.base_url,
            fallback.route,
        )
        return fallback

    def _build_request(self, http: httpx.Client | httpx.AsyncClient, plan: RequestPlan[Any]) -> httpx.Request:
        if self._share_link is not None and not plan.path.endswith("/chat/completions"):
            raise TypeError(
                f"A share-link client only chats (create_chat_completion, continue_interactive); "
                f"{plan.route} needs an API key: use ChatClient(api_key=...)."
            )
        options = plan.options
        base_headers = {"User-Agent": self._headers["User-Agent"]} if plan.external else self._headers
        headers = merge_headers(
            base_headers, plan.headers, check_headers(options.get("extra_headers"), argument="extra_headers")
        )
        params: dict[str, Any] = {**plan.params, **(options.get("extra_query") or {})}
        content = plan.content
        extra_body = options.get("extra_body")
        if plan.json is not None or extra_body:
            content = encode_json({**(plan.json or {}), **(extra_body or {})})
            headers = merge_headers(headers, {"Content-Type": "application/json"})
        url = plan.path if plan.external else self._config.base_url + plan.path
        try:
            query = encode_query({key: value for key, value in params.items() if value is not None})
            if query:
                url += ("&" if "?" in url else "?") + query
            return http.build_request(
                plan.method,
                url,
                content=content,
                files=plan.files,
                headers=headers,
                timeout=options.get("timeout", self.timeout),
            )
        except UnicodeEncodeError:
            # Lone surrogates: a JSON body escapes them, a URL cannot carry them. Not chained: the
            # encoding error's repr quotes the whole text it failed on.
            raise ValueError(
                f"{plan.method} {plan.path} cannot be sent: a query parameter or URL "
                "contains text that is not valid Unicode (a lone surrogate)."
            ) from None


class Attempts:
    """Retry bookkeeping for one call: decides, after each failure, to wait and retry or to raise."""

    def __init__(
        self, request: httpx.Request, *, max_retries: int, idempotent: bool, guard: CallGuard | None = None
    ) -> None:
        self.request = request
        self.max_retries = max_retries
        self.idempotent = idempotent
        self.attempt = 0
        self.guard: CallGuard = guard or CallGuard(deadline=None, max_bytes=None)

    def after_exception(self, exc: httpx.HTTPError) -> float:
        """The delay before retrying a transport failure; raises the translated error otherwise."""
        if self.guard.expired:  # the watchdog shut the socket down, or a clamped timeout fired
            raise self.guard.deadline_error() from exc
        error = connection_error(exc, self.request)
        error.__cause__ = exc
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
        remaining = self.guard.remaining()
        if remaining is not None and delay >= remaining:
            raise cause  # waiting would pass the call's deadline: the last failure is the answer
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


def is_missing_route(response: httpx.Response, body: Any) -> bool:
    """The server has no such route: HTTP 404 without FastGPT's envelope (Next.js's 404 page).

    Nothing ran, so the call may go to another route. A 404 *with* the envelope (4.16's
    `fileNotFound`, say) is the route's own answer and is never a reason to fall back.
    """
    return response.status_code == 404 and not (is_mapping(body) and "code" in body)


def is_stream_answer(response: httpx.Response) -> bool:
    """A 2xx answer to a stream request that is not JSON: FastGPT labels early-error streams oddly."""
    content_type = response.headers.get("content-type", "")
    return response.is_success and "json" not in content_type


def parse_success(
    plan: RequestPlan[T],
    response: httpx.Response,
    content: bytes,
    body: Any = None,
    secrets: Secrets | None = None,
) -> T:
    try:
        return _parse_success(plan, response, content, body)
    except APIResponseValidationError as error:
        if secrets is not None:
            secrets.scrub_error(error)
        raise


def _parse_success(plan: RequestPlan[T], response: httpx.Response, content: bytes, body: Any) -> T:
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
