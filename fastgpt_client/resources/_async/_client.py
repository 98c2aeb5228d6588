"""The sender: one httpx client (one connection pool) per SDK client, and retries.

Resources reach the transport through three calls only: `_request(plan)` for one answer,
`_paginate(page, offset)` for every item of a paged list, and `_open_stream(plan)` for a
stream's response. `resources/_sync/` is generated from `resources/_async/`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Self, TypeVar

import httpx

from ... import _retry
from ..._client import Attempts, BaseClient, is_missing_route, is_stream_answer, parse_success
from ..._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_MAX_RETRIES
from ..._errors import error_from_response
from ..._limits import DEFAULT_MAX_RESPONSE_BYTES, CallGuard
from ..._plan import RequestPlan
from ..._response import decode_json
from ..._stream import StreamState
from ...exceptions import APIResponseValidationError, NotFoundError
from ...types.cursor import CursorPage
from ...types.options import NOT_GIVEN, NotGiven, Timeout
from ...types.page import Page
from ...types.share import ShareLink

T = TypeVar("T")
Cursor = tuple[str, float | None]
"""Where a cursor page starts: an item's id and its anchor (chunks; None for messages)."""


def _cursor_of(page: CursorPage[Any], *, backward: bool) -> Cursor | None:
    """The cursor of the page before (`backward`) or after `page`: `(id, anchor)` of its end."""
    found = page.first_id if backward else page.last_id
    if found is None:
        return None
    return (found, page.first_anchor if backward else page.last_anchor)


class AsyncAPIClient(BaseClient):
    """Owns one httpx client (one connection pool), unless one was injected as `http_client`."""

    _http: httpx.AsyncClient

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
        share_link: ShareLink | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            api_key,
            base_url,
            app_id=app_id,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            share_link=share_link,
            max_response_bytes=max_response_bytes,
        )
        expected = httpx.AsyncClient
        if http_client is not None and not isinstance(http_client, expected):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"http_client must be an httpx.{expected.__name__}, not {type(http_client).__name__}."
            )
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
        """Sends `plan` (with retries) and returns its parsed result.

        A plan with a `fallback` (a route FastGPT moved) whose route this server lacks is sent
        once more on the older route, where this client sends it from then on.
        """
        guard = self._guard(plan)
        plan = self._routed(plan)
        response, content, body = await self._send(plan, guard)
        if plan.fallback is not None and is_missing_route(response, body):
            plan = self._fall_back(plan)
            response, content, body = await self._send(plan, guard)
        return parse_success(plan, response, content, body, self._secrets)

    async def _request_since(self, plan: RequestPlan[T], method: str, since: str) -> T:
        """`_request`; a server without the route (its HTML 404 page, no FastGPT envelope) raises a
        `NotFoundError` saying which FastGPT the call needs."""
        try:
            return await self._request(plan)
        except NotFoundError as error:
            if error.code is not None:
                raise
            raise NotFoundError(
                f"{method}() needs FastGPT {since} or later: this server has no {plan.path} route "
                "(it answered with its HTML 404 page).",
                response=error.response,
                body=error.body,
            ) from None

    async def _paginate(self, page: Callable[[int], RequestPlan[Page[T]]], offset: int) -> AsyncIterator[T]:
        """Every item from `offset` on, one page request after another."""
        next_offset: int | None = offset
        while next_offset is not None:
            result = await self._request(page(next_offset))
            for item in result.items:
                yield item
            next_offset = result.next_offset

    async def _walk(
        self,
        plan_at: Callable[[Cursor | None], RequestPlan[CursorPage[T]]],
        start: Cursor | None,
        *,
        backward: bool,
    ) -> AsyncIterator[T]:
        """Every item of a cursor-paged list from `start`, one page request after another.

        `backward` walks `prevId` pages (each yielded newest first), else `nextId` pages. A page
        without more, an empty page or a cursor seen before ends it (a server repeating itself
        cannot make it loop).
        """
        cursor, seen = start, set[Cursor]()
        while True:
            page = await self._request(plan_at(cursor))
            for item in reversed(page.items) if backward else page.items:
                yield item
            more = page.has_more_prev if backward else page.has_more_next
            following = _cursor_of(page, backward=backward)
            if not more or not page.items or following is None or following in seen:
                return
            seen.add(following)
            cursor = following

    async def _wait(self, seconds: float) -> None:
        """Waits between polls (`wait_for_training`)."""
        await _retry.async_sleep(seconds)

    async def _open_stream(self, plan: RequestPlan[Any], state: StreamState | None = None) -> httpx.Response:
        """The unread response of a stream request; an error answer raises here.

        A 2xx JSON body where a stream was asked for is not a FastGPT stream and raises too.
        An empty 2xx body comes back (read), so the stream reports that it ended too early.
        `state` (the stream's) is given the call's limits: its deadline, the size cap, the key.
        """
        guard = self._guard(plan)
        response, content, body = await self._send(plan, guard)
        if content:
            raise APIResponseValidationError(
                "Asked for a stream but the server answered with a JSON body; is this a FastGPT server?",
                response=response,
                body=self._secrets.text(content[:300].decode("utf-8", "replace")),
            )
        if state is not None:
            state.guard, state.secrets = guard, self._secrets
        if body is not None:  # an empty body, read (not a stream answer): the stream reads nothing
            return httpx.Response(
                response.status_code, headers=response.headers, content=b"", request=response.request
            )
        guard.watch(response)
        return response

    async def _send(self, plan: RequestPlan[Any], guard: CallGuard) -> tuple[httpx.Response, bytes, Any]:
        """Sends with retries; returns the response, its body and the decoded JSON (read once).

        For stream plans a stream answer comes back unread, with `b""` and None. `guard` bounds
        the whole call (all attempts): its deadline and the decoded size of each body.
        """
        request = self._build_request(self._http, plan)
        attempts = Attempts(request, max_retries=self.max_retries, idempotent=plan.idempotent, guard=guard)
        while True:
            self._check_open(self._http, self._owns_http)
            guard.clamp(request)
            try:
                response = await self._http.send(request, stream=True)
            except httpx.HTTPError as exc:
                await _retry.async_sleep(attempts.after_exception(exc))
                continue
            if plan.stream and is_stream_answer(response):
                return response, b"", None
            guard.watch(response)
            try:
                content = await self._read_body(response, guard)
            except httpx.HTTPError as exc:
                await _retry.async_sleep(attempts.after_exception(exc))
                continue
            finally:
                guard.unwatch()
                await response.aclose()
            body = decode_json(content)
            if plan.fallback is not None and is_missing_route(response, body):
                return response, content, body  # `_request` sends the fallback: nothing ran here
            error = error_from_response(response, content, body)
            if error is None:
                return response, content, body
            await _retry.async_sleep(attempts.after_error(self._finish_error(error)))

    async def _read_body(self, response: httpx.Response, guard: CallGuard) -> bytes:
        """The decoded body, read piece by piece: past `max_response_bytes` reading stops
        (`ResponseTooLargeError`), so a compressed bomb never inflates in memory."""
        pieces: list[bytes] = []
        size = 0
        async for piece in response.aiter_bytes():
            size += len(piece)
            too_large = guard.too_large(response, size)
            if too_large is not None:
                raise too_large
            guard.check_time()
            pieces.append(piece)
        return b"".join(pieces)
