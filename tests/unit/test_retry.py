"""Retries: only what cannot have run is sent again; Retry-After is honoured up to 60 s."""

from __future__ import annotations

import httpx
import pytest

from fastgpt_client import _retry
from fastgpt_client.exceptions import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    RateLimitError,
)

from .conftest import (
    STOP,
    FakeFastGPT,
    Harness,
    SSEReply,
    answer,
    chat_body,
    envelope,
    raise_,
    reply_bytes,
    reply_envelope,
    reply_json,
)

NGINX = b"<html><head><title>%d</title></head><body>nginx</body></html>"


def connect_error(request: httpx.Request) -> Exception:
    return httpx.ConnectError("[Errno 111] Connection refused", request=request)


def backoff_bounds(retry: int) -> tuple[float, float]:
    top = min(0.5 * 2**retry, 8.0)
    return 0.75 * top, top


# -- transport failures --------------------------------------------------------------------------
async def test_connect_errors_are_retried_then_raised(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(raise_(connect_error))
    client = api.client(fake, max_retries=3)
    with pytest.raises(APIConnectionError) as info:
        await api.create(client, "Hello")
    assert type(info.value) is APIConnectionError
    assert fake.attempts == 4
    assert len(sleeps) == 3
    assert "Connection error talking to https://fastgpt.test" in str(info.value)
    assert "Check base_url / FASTGPT_BASE_URL" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


async def test_connect_error_then_success(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(raise_(connect_error), reply_json(chat_body("ok")))
    completion = await api.create(api.client(fake), "Hello")
    assert completion.text == "ok"
    assert fake.attempts == 2
    assert len(sleeps) == 1


async def test_connect_timeout_becomes_api_timeout_error_after_retries(api: Harness) -> None:
    fake = FakeFastGPT(raise_(lambda request: httpx.ConnectTimeout("timed out", request=request)))
    client = api.client(fake, max_retries=2)
    with pytest.raises(APITimeoutError) as info:
        await api.create(client, "Hello")
    assert fake.attempts == 3
    assert "timed out (connect timeout)" in str(info.value)


async def test_read_timeout_of_a_chat_call_is_not_retried(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(raise_(lambda request: httpx.ReadTimeout("read timed out", request=request)))
    with pytest.raises(APITimeoutError) as info:
        await api.create(api.client(fake, max_retries=5), "Hello")
    assert fake.attempts == 1
    assert sleeps == []
    assert "(read timeout)" in str(info.value)


async def test_read_error_of_a_chat_call_is_not_retried(api: Harness) -> None:
    fake = FakeFastGPT(raise_(lambda request: httpx.ReadError("reset by peer", request=request)))
    with pytest.raises(APIConnectionError):
        await api.create(api.client(fake, max_retries=5), "Hello")
    assert fake.attempts == 1


async def test_stop_chat_is_idempotent_and_retries_a_read_error(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(
        raise_(lambda request: httpx.ReadError("reset by peer", request=request)),
        reply_json({"code": 200, "statusText": "", "message": "", "data": {"success": True}}),
    )
    client = api.client(fake, app_id="app-1")
    assert (await api.stop_chat(client, "chat-1")).success is True
    assert fake.attempts == 2
    assert [request.url.path for request in fake.requests] == [STOP, STOP]
    assert len(sleeps) == 1


async def test_max_retries_zero_makes_one_attempt(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(raise_(connect_error))
    with pytest.raises(APIConnectionError):
        await api.create(api.client(fake, max_retries=0), "Hello")
    assert fake.attempts == 1
    assert sleeps == []


# -- error answers ----------------------------------------------------------------------------------
async def test_http_429_is_retried_after_retry_after(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(
        reply_json({"error": "slow down"}, status=429, headers={"Retry-After": "3"}),
        reply_json(chat_body("ok")),
    )
    completion = await api.create(api.client(fake), "Hello")
    assert completion.text == "ok"
    assert fake.attempts == 2
    assert sleeps == [3.0]


async def test_http_429_retried_until_max_then_raised(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(reply_json({"error": "slow down"}, status=429, headers={"Retry-After": "2"}))
    with pytest.raises(RateLimitError) as info:
        await api.create(api.client(fake, max_retries=2), "Hello")
    assert fake.attempts == 3
    assert sleeps == [2.0, 2.0]
    assert info.value.retry_after == 2.0


async def test_retry_after_above_60_seconds_is_raised_at_once(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(reply_json({"error": "slow down"}, status=429, headers={"Retry-After": "61"}))
    with pytest.raises(RateLimitError) as info:
        await api.create(api.client(fake, max_retries=2), "Hello")
    assert fake.attempts == 1
    assert sleeps == []
    assert info.value.retry_after == 61.0


async def test_retry_after_of_exactly_60_seconds_is_waited_for(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(reply_json({}, status=429, headers={"Retry-After": "60"}), reply_json(chat_body("ok")))
    await api.create(api.client(fake), "Hello")
    assert sleeps == [60.0]


async def test_fastgpt_429_envelope_is_retried(api: Harness, sleeps: list[float]) -> None:
    message = "Rate limit exceeded. Maximum 5 requests per 60 seconds for this team. Please try again in 12 seconds."
    fake = FakeFastGPT(reply_envelope(429, "error", message), reply_json(chat_body("ok")))
    completion = await api.create(api.client(fake), "Hello")
    assert completion.text == "ok"
    assert fake.attempts == 2
    assert sleeps == [12.0]


async def test_too_many_request_envelope_without_hint_uses_backoff(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(reply_envelope(429, "tooManyRequest", "x"), reply_json(chat_body("ok")))
    await api.create(api.client(fake), "Hello")
    low, high = backoff_bounds(0)
    assert len(sleeps) == 1
    assert low <= sleeps[0] <= high


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_gateway_html_errors_are_retried(api: Harness, sleeps: list[float], status: int) -> None:
    fake = FakeFastGPT(
        reply_bytes(NGINX % status, status=status, content_type="text/html"), reply_json(chat_body("ok"))
    )
    completion = await api.create(api.client(fake), "Hello")
    assert completion.text == "ok"
    assert fake.attempts == 2
    assert len(sleeps) == 1


async def test_gateway_errors_exhaust_retries(api: Harness) -> None:
    fake = FakeFastGPT(reply_bytes(NGINX % 503, status=503))
    with pytest.raises(InternalServerError) as info:
        await api.create(api.client(fake, max_retries=2), "Hello")
    assert fake.attempts == 3
    assert info.value.status_code == 503


async def test_502_with_a_fastgpt_envelope_is_not_retried(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(reply_json(envelope(502, "error", "upstream model failed"), status=502))
    with pytest.raises(InternalServerError) as info:
        await api.create(api.client(fake), "Hello")
    assert fake.attempts == 1
    assert sleeps == []
    assert info.value.code == 502


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (reply_envelope(514, "unAuthApiKey", "common:code_error.error_message.514"), AuthenticationError),
        (reply_envelope(500, "error", "workflow crashed"), InternalServerError),
        (reply_envelope(500, None, "no status text"), InternalServerError),
        (reply_json({"error": "boom"}, status=500), InternalServerError),
    ],
    ids=["514", "500-generic", "500-code-only", "500-plain-json"],
)
async def test_business_errors_are_not_retried(
    api: Harness, sleeps: list[float], reply, expected: type[Exception]
) -> None:
    fake = FakeFastGPT(reply)
    with pytest.raises(expected):
        await api.create(api.client(fake, max_retries=3), "Hello")
    assert fake.attempts == 1
    assert sleeps == []


# -- backoff ------------------------------------------------------------------------------------------
async def test_backoff_grows_exponentially_with_jitter(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(reply_bytes(b"", status=503))
    with pytest.raises(InternalServerError):
        await api.create(api.client(fake, max_retries=6), "Hello")
    assert fake.attempts == 7
    assert len(sleeps) == 6
    for retry, delay in enumerate(sleeps):
        low, high = backoff_bounds(retry)
        assert low <= delay <= high, (retry, delay)


@pytest.mark.parametrize("jitter", [0.0, 0.5, 0.999999])
@pytest.mark.parametrize("retry", range(8))
def test_retry_delay_bounds(monkeypatch: pytest.MonkeyPatch, retry: int, jitter: float) -> None:
    monkeypatch.setattr(_retry.random, "random", lambda: jitter)
    low, high = backoff_bounds(retry)
    delay = _retry.retry_delay(retry, None)
    assert delay is not None
    assert low <= delay <= high
    assert delay == pytest.approx(high * (1 - 0.25 * jitter))


def test_retry_delay_with_retry_after() -> None:
    assert _retry.retry_delay(0, 5.0) == 5.0
    assert _retry.retry_delay(3, 60.0) == 60.0
    assert _retry.retry_delay(0, 60.5) is None
    # Retry-After: 0 falls back to the backoff rather than hammering the server.
    zero = _retry.retry_delay(0, 0.0)
    assert zero is not None
    assert 0.375 <= zero <= 0.5


# -- streams --------------------------------------------------------------------------------------------
async def test_an_error_mid_stream_is_never_retried(api: Harness, sleeps: list[float]) -> None:
    reply = SSEReply([answer("Hel"), answer("lo")], error=httpx.ReadError("connection reset"))
    fake = FakeFastGPT(reply)
    stream = await api.create(api.client(fake, max_retries=3), "Hello", stream=True)
    with pytest.raises(APIConnectionError) as info:
        await api.events(stream)
    assert fake.attempts == 1
    assert sleeps == []
    assert info.value.partial_text == "Hello"


async def test_a_stream_request_is_retried_on_connect_error(api: Harness) -> None:
    fake = FakeFastGPT(raise_(connect_error), SSEReply(answer("ok", event=None) + b"data: [DONE]\n\n"))
    stream = await api.create(api.client(fake), "Hello", stream=True)
    assert await api.text_stream(stream) == ["ok"]
    assert fake.attempts == 2


async def test_a_stream_request_rejected_with_429_is_retried(api: Harness, sleeps: list[float]) -> None:
    fake = FakeFastGPT(
        reply_json({"error": "slow"}, status=429, headers={"Retry-After": "1"}),
        SSEReply(answer("ok", event=None) + b"data: [DONE]\n\n"),
    )
    stream = await api.create(api.client(fake), "Hello", stream=True)
    assert await api.text_stream(stream) == ["ok"]
    assert sleeps == [1.0]
