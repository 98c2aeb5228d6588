"""Injected faults: the right exception, the right number of attempts, the partial answer kept,
and a healthy client afterwards (the connection pool is not poisoned)."""

from __future__ import annotations

import pytest

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

from .conftest import BOTH_VERSIONS, V1, Chat, Sleeps, fault

QUESTION = "Grüße aus München, 你好"


async def full_answer(chat: Chat) -> str:
    answer = await chat.create(QUESTION)
    assert "You asked: " + QUESTION in answer.text
    return answer.text


async def assert_client_still_works(chat: Chat) -> None:
    answer = await chat.create("still there?")
    assert "You asked: still there?" in answer.text
    stream = await chat.open("and streaming?")
    await chat.drain(stream)
    assert "You asked: and streaming?" in stream.text


async def cut_stream(
    chat: Chat, header: str, **options: object
) -> tuple[APIError, ChatStream | AsyncChatStream]:
    opened: list[ChatStream | AsyncChatStream] = []
    events: list[StreamEvent] = []
    with pytest.raises(APIError) as info:
        await chat.consume(QUESTION, opened=opened, into=events, **fault(header), **options)
    assert opened, f"raised on open: {info.value!r}"
    assert events, "no event arrived before the fault"
    return info.value, opened[0]


@pytest.mark.parametrize("header", ["cut_after=3", "cut_mid_frame=3", "cut_mid_char=3"])
@pytest.mark.parametrize("detail", [False, True], ids=["plain", "detail"])
async def test_stream_cut_keeps_partial_text(
    chat: Chat, server: FakeFastGPT, header: str, detail: bool
) -> None:
    full = await full_answer(chat)
    server.reset_stats()
    error, stream = await cut_stream(chat, header, detail=detail)
    assert type(error) is APIConnectionError, repr(error)
    assert server.request_count(V1) == 1  # a stream that may have run is never sent again
    assert error.partial_text
    assert error.partial_text == stream.text
    assert full.startswith(error.partial_text)
    assert len(error.partial_text) < len(full)
    assert "\ufffd" not in error.partial_text
    await assert_client_still_works(chat)


async def test_cut_mid_char_inside_the_answer(chat: Chat, server: FakeFastGPT) -> None:
    """Cut inside 'ü' of the echoed question: the partial text stops before it, cleanly."""
    full = await full_answer(chat)
    pieces = full.split(" ")
    index = pieces.index("Grüße")  # frame number of the first multi-byte token (detail=false)
    error, stream = await cut_stream(chat, f"cut_mid_char={index}")
    assert type(error) is APIConnectionError
    assert error.partial_text == " ".join(pieces[:index]) + " "
    assert stream.text == error.partial_text
    assert "\ufffd" not in stream.text
    await assert_client_still_works(chat)


@pytest.mark.parametrize("detail", [False, True], ids=["plain", "detail"])
async def test_malformed_frame(chat: Chat, server: FakeFastGPT, detail: bool) -> None:
    full = await full_answer(chat)
    server.reset_stats()
    error, stream = await cut_stream(chat, "malformed=3", detail=detail)
    assert isinstance(error, StreamParseError), repr(error)
    assert server.request_count(V1) == 1
    assert error.partial_text
    assert full.startswith(error.partial_text)
    assert stream.text == error.partial_text
    await assert_client_still_works(chat)


async def test_truncated_json_frame(chat: Chat, server: FakeFastGPT) -> None:
    with pytest.raises(StreamParseError):
        await chat.drain(await chat.open(QUESTION, **fault("truncated_json")))
    await assert_client_still_works(chat)


@pytest.mark.parametrize("header", ["truncated_json", "empty_200", "malformed"])
async def test_non_stream_bad_body(chat: Chat, server: FakeFastGPT, header: str) -> None:
    with pytest.raises(APIResponseValidationError) as info:
        await chat.create(QUESTION, **fault(header))
    assert info.value.status_code == 200
    assert server.request_count(V1) == 1
    await assert_client_still_works(chat)


async def test_non_stream_cut_body(chat: Chat, server: FakeFastGPT) -> None:
    with pytest.raises(APIConnectionError) as info:
        await chat.create(QUESTION, **fault("cut_after=1"))
    assert not isinstance(info.value, APITimeoutError)
    assert server.request_count(V1) == 1  # the run may have happened: not retried
    await assert_client_still_works(chat)


async def test_empty_200_stream(chat: Chat, server: FakeFastGPT) -> None:
    with pytest.raises(APIError):
        await chat.drain(await chat.open(QUESTION, **fault("empty_200")))
    assert server.request_count(V1) == 1
    await assert_client_still_works(chat)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_html_502_retried_then_raised(
    chat: Chat, server: FakeFastGPT, sleeps: Sleeps, stream: bool
) -> None:
    with pytest.raises(InternalServerError) as info:
        await chat.run(QUESTION, **fault("html_502"), stream=stream)
    assert info.value.status_code == 502
    assert "HTML" in str(info.value)
    assert "<html>" not in str(info.value).lower() or "502 Bad Gateway" in str(info.value)
    assert server.request_count(V1) == 3  # max_retries=2
    assert len(sleeps) == 2
    await assert_client_still_works(chat)


@pytest.mark.parametrize("status", [502, 503, 504])
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_gateway_status_retried(
    chat: Chat, server: FakeFastGPT, sleeps: Sleeps, status: int, stream: bool
) -> None:
    with pytest.raises(InternalServerError) as info:
        await chat.run(QUESTION, **fault(f"status={status}"), stream=stream)
    assert info.value.status_code == status
    assert server.request_count(V1) == 3
    assert len(sleeps) == 2
    assert all(delay > 0 for delay in sleeps)
    await assert_client_still_works(chat)


@BOTH_VERSIONS
async def test_gateway_status_then_recovery(chat: Chat, server: FakeFastGPT, sleeps: Sleeps) -> None:
    server.inject("status=503")
    sleeps.on_sleep = lambda _: server.clear_faults()
    answer = await chat.create(QUESTION)
    assert "You asked: " + QUESTION in answer.text
    assert server.request_count(V1) == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("status", [500, 520, 501])
async def test_other_status_not_retried(chat: Chat, server: FakeFastGPT, sleeps: Sleeps, status: int) -> None:
    with pytest.raises(InternalServerError) as info:
        await chat.create(QUESTION, **fault(f"status={status}"))
    assert info.value.status_code == status
    assert server.request_count(V1) == 1
    assert sleeps == []
    await assert_client_still_works(chat)


@BOTH_VERSIONS
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_rate_limit_envelope_retried_then_raised(
    chat: Chat, server: FakeFastGPT, sleeps: Sleeps, stream: bool
) -> None:
    server.inject("rate_limit=1")
    await chat.create("first one is free")
    with pytest.raises(RateLimitError) as info:
        await chat.run(QUESTION, stream=stream)
    error = info.value
    assert error.code == 429
    assert error.retry_after is not None
    assert 1 <= error.retry_after <= 60
    assert server.request_count(V1) == 1 + 3
    assert len(sleeps) == 2
    assert all(1 <= delay <= 60 for delay in sleeps)
    server.clear_faults()
    await assert_client_still_works(chat)


@BOTH_VERSIONS
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_rate_limit_http_honours_retry_after(
    chat: Chat, server: FakeFastGPT, sleeps: Sleeps, stream: bool
) -> None:
    server.inject("rate_limit_http=1")
    await chat.create("first one is free")
    sleeps.on_sleep = lambda _: server.clear_faults()
    if stream:
        s = await chat.open(QUESTION)
        await chat.drain(s)
        text = s.text
    else:
        text = (await chat.create(QUESTION)).text
    assert "You asked: " + QUESTION in text
    assert server.request_count(V1) == 1 + 2
    assert len(sleeps) == 1
    assert sleeps[0] == int(sleeps[0])
    assert 1 <= sleeps[0] <= 60


async def test_rate_limit_http_retry_after_parsed(chat: Chat, server: FakeFastGPT, sleeps: Sleeps) -> None:
    server.inject("rate_limit_http=1")
    await chat.create("first one is free")
    with pytest.raises(RateLimitError) as info:
        await chat.create(QUESTION)
    assert info.value.status_code == 429
    retry_after = info.value.retry_after
    assert retry_after is not None
    assert 1 <= retry_after <= 60
    assert sleeps
    assert sleeps[-1] == retry_after
    assert server.request_count(V1) == 4


@pytest.mark.parametrize("detail", [False, True], ids=["plain", "detail"])
async def test_stream_read_timeout_keeps_partial_text(chat: Chat, server: FakeFastGPT, detail: bool) -> None:
    full = await full_answer(chat)
    server.reset_stats()
    error, stream = await cut_stream(chat, "delay_between=1.0", timeout=0.25, detail=detail)
    assert isinstance(error, APITimeoutError), repr(error)
    assert server.request_count(V1) == 1
    # without detail the first frame is answer text; with detail it is flowNodeStatus
    assert bool(error.partial_text) is not detail
    assert full.startswith(error.partial_text)
    assert stream.text == error.partial_text
    await assert_client_still_works(chat)


async def test_non_stream_read_timeout(chat: Chat, server: FakeFastGPT, sleeps: Sleeps) -> None:
    with pytest.raises(APITimeoutError):
        await chat.create(QUESTION, timeout=0.25, **fault("delay_first=1.0"))
    assert server.request_count(V1) == 1  # the run may be under way: not retried
    assert sleeps == []
    await assert_client_still_works(chat)
