"""Every fault a server or a proxy in front of it can produce, as one table.

Each row is run with `ChatClient` and `AsyncChatClient` against the emulator over real sockets,
and checks four things: the exception class, the partial answer (kept when a stream had
delivered some), the number of attempts (only what cannot have run, or is idempotent, is sent
again), and that the connection pool is left clean: the next plain and streamed calls work, no
pooled connection is left busy, and the client's sockets to the server return to the baseline
(nothing left open, nothing half-closed by the server and forgotten by us).

The table doubles as documentation: docs/reliability.md lists the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pytest
from integration.conftest import V1, V2, Chat, Sleeps, fault, wait_until
from integration.test_faults import QUESTION, assert_client_still_works

from fastgpt_client import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncChatStream,
    ChatStream,
    InternalServerError,
    RateLimitError,
    StreamEvent,
    StreamParseError,
)
from fastgpt_client.testing import FakeFastGPT

from .conftest import client_sockets, pool_connections

STOP = "/api/v2/chat/stop"
Call = Literal["create", "stream", "detail", "stop"]
Waits = Literal["none", "backoff", "retry-after"]


@dataclass(frozen=True)
class Case:
    id: str
    what: str
    fault: str
    call: Call
    """create: a plain chat; stream / detail: a streamed chat (detail=False / True); stop: stop_chat."""
    error: type[APIError]
    attempts: int
    partial: bool = False
    """The error carries the answer text streamed before the fault (a prefix of the full answer)."""
    timeout: float | None = None
    waits: Waits = "none"


FAULTS = [
    # -- the connection breaks mid-answer: the run may have happened, so nothing is sent again
    Case("cut-mid-frame", "closes in the middle of an SSE frame", "cut_mid_frame=3", "stream",
         APIConnectionError, 1, partial=True),
    Case("cut-mid-frame-detail", "the same, detail stream", "cut_mid_frame=4", "detail",
         APIConnectionError, 1, partial=True),
    Case("cut-mid-char", "closes inside a multi-byte UTF-8 character", "cut_mid_char=3", "stream",
         APIConnectionError, 1, partial=True),
    Case("cut-between-frames", "closes between two frames, before [DONE]", "cut_after=3", "stream",
         APIConnectionError, 1, partial=True),
    Case("cut-between-frames-detail", "the same, detail stream", "cut_after=5", "detail",
         APIConnectionError, 1, partial=True),
    Case("cut-json-body", "closes half-way through a JSON body (Content-Length not met)", "cut_after=1",
         "create", APIConnectionError, 1),
    # -- stalls
    Case("stall-mid-stream", "stops sending frames for longer than the read timeout",
         "delay_between=1.0", "stream", APITimeoutError, 1, partial=True, timeout=0.25),
    Case("stall-before-stream", "sends the SSE headers, then nothing within the read timeout",
         "delay_first=1.0", "stream", APITimeoutError, 1, timeout=0.25),
    Case("stall-json", "answers nothing within the read timeout", "delay_first=1.0", "create",
         APITimeoutError, 1, timeout=0.25),
    # -- gateways in front of FastGPT: never reached it, so retried (max_retries=2: 3 attempts)
    Case("html-502", "nginx HTML 502 page", "html_502", "create", InternalServerError, 3, waits="backoff"),
    Case("html-502-stream", "nginx HTML 502 page to a stream request", "html_502", "stream",
         InternalServerError, 3, waits="backoff"),
    Case("html-504", "nginx HTML 504 page", "html=504", "create", InternalServerError, 3, waits="backoff"),
    Case("html-504-stream", "nginx HTML 504 page to a stream request", "html=504", "detail",
         InternalServerError, 3, waits="backoff"),
    Case("status-503", "plain-text 503", "status=503", "create", InternalServerError, 3, waits="backoff"),
    Case("status-520", "Cloudflare's 520 (origin returned something odd): may have run", "status=520",
         "create", InternalServerError, 1),
    Case("html-520-stream", "an HTML 520 page to a stream request", "html=520", "stream",
         InternalServerError, 1),
    # -- bodies that are not what FastGPT sends
    Case("empty-200", "HTTP 200 with an empty body", "empty_200", "create", APIResponseValidationError, 1),
    Case("empty-200-stream", "HTTP 200 with an empty body to a stream request: a stream that ended "
         "before [DONE]", "empty_200", "stream", APIConnectionError, 1),
    Case("truncated-json", "a JSON body cut in half (consistent Content-Length)", "truncated_json",
         "create", APIResponseValidationError, 1),
    Case("truncated-json-frame", "a stream whose first frame's JSON is cut in half", "truncated_json",
         "stream", StreamParseError, 1),
    Case("malformed-frame", "a `data:` line that is not JSON after three answer frames", "malformed=3",
         "stream", StreamParseError, 1, partial=True),
    # -- the connection is reset before any response byte: sent, maybe run
    Case("reset", "connection reset (RST) before the response", "reset", "create", APIConnectionError, 1),
    Case("reset-stream", "connection reset before the response to a stream request", "reset", "detail",
         APIConnectionError, 1),
    Case("reset-stop", "connection reset on stop_chat (idempotent: retried)", "reset", "stop",
         APIConnectionError, 3, waits="backoff"),
    # -- rate limits: refused before running, so retried
    Case("rate-limit-envelope", "FastGPT's 429 envelope with HTTP 500, wait in the message",
         "rate_limit=0", "create", RateLimitError, 3, waits="retry-after"),
    Case("rate-limit-http-retry-after", "HTTP 429 with Retry-After", "rate_limit_http=0", "stream",
         RateLimitError, 3, waits="retry-after"),
    Case("rate-limit-http-no-retry-after", "HTTP 429 without Retry-After: exponential backoff",
         "status=429", "create", RateLimitError, 3, waits="backoff"),
]  # fmt: skip


def test_the_table_has_no_duplicate_rows() -> None:
    assert len({case.id for case in FAULTS}) == len(FAULTS)
    assert len({(case.fault, case.call) for case in FAULTS}) == len(FAULTS)


async def provoke(chat: Chat, server: FakeFastGPT, case: Case) -> tuple[APIError, str | None]:
    """Makes the call under the fault; returns the error and the text the stream had shown."""
    options: dict[str, object] = {**fault(case.fault)}
    if case.timeout is not None:
        options["timeout"] = case.timeout
    opened: list[ChatStream | AsyncChatStream] = []
    events: list[StreamEvent] = []

    async def call() -> object:
        if case.call == "create":
            return await chat.create(QUESTION, **options)
        if case.call == "stop":
            return await chat.stop_chat("some-chat", app_id=server.default_app_id, **options)
        detail = case.call == "detail"
        return await chat.consume(QUESTION, opened=opened, into=events, detail=detail, **options)

    with pytest.raises(APIError) as info:
        await call()
    return info.value, opened[0].text if opened else None


def assert_waits(case: Case, sleeps: Sleeps, error: APIError) -> None:
    assert len(sleeps) == case.attempts - 1, sleeps
    if case.waits == "retry-after":
        assert isinstance(error, RateLimitError)
        assert error.retry_after is not None
        assert sleeps == [error.retry_after] * len(sleeps)
    elif case.waits == "backoff":
        for attempt, delay in enumerate(sleeps):  # 0.5 s doubling, up to 25 % jitter off
            assert 0.375 * 2**attempt <= delay <= 0.5 * 2**attempt, sleeps


def assert_pool_clean(chat: Chat, port: int, baseline: int) -> None:
    """No connection left busy in the pool; our sockets to the server back to the baseline."""

    def settled() -> bool:
        sockets = client_sockets(port)
        return sockets["close_wait"] == 0 and sockets["open"] <= baseline

    assert wait_until(settled, timeout=5), client_sockets(port)
    connections = pool_connections(chat.client)
    assert all(connection.is_idle() for connection in connections), connections
    assert len(connections) <= baseline


@pytest.mark.parametrize("case", FAULTS, ids=[case.id for case in FAULTS])
async def test_fault(chat: Chat, server: FakeFastGPT, sleeps: Sleeps, case: Case) -> None:
    full = (await chat.create(QUESTION)).text  # also opens the one keep-alive connection
    baseline = client_sockets(server.port)["open"]
    assert baseline == 1
    server.reset_stats()

    error, shown = await provoke(chat, server, case)

    assert type(error) is case.error, repr(error)
    path = STOP if case.call == "stop" else V1
    assert server.request_count(path) == case.attempts
    assert server.request_count() == case.attempts
    assert_waits(case, sleeps, error)
    if case.partial:
        assert error.partial_text, "the streamed part of the answer was lost"
        assert full.startswith(error.partial_text)
        assert len(error.partial_text) < len(full)
        assert shown == error.partial_text
        assert "\ufffd" not in error.partial_text
    else:
        assert error.partial_text == ""

    sleeps.clear()
    await assert_client_still_works(chat)
    assert sleeps == []
    assert_pool_clean(chat, server.port, baseline)


@pytest.mark.parametrize("case", [case for case in FAULTS if case.call == "create"], ids=lambda case: case.id)
async def test_fault_on_the_v2_endpoint(chat: Chat, server: FakeFastGPT, sleeps: Sleeps, case: Case) -> None:
    """The same classes and attempts on FastGPT's v2 chat endpoint."""
    await chat.create(QUESTION, api_version="v2")
    server.reset_stats()
    options: dict[str, object] = {**fault(case.fault), "api_version": "v2"}
    if case.timeout is not None:
        options["timeout"] = case.timeout
    with pytest.raises(APIError) as info:
        await chat.create(QUESTION, **options)
    assert type(info.value) is case.error
    assert server.request_count(V2) == case.attempts
    assert_waits(case, sleeps, info.value)
    await assert_client_still_works(chat)
    assert_pool_clean(chat, server.port, 1)
