"""Hostile servers, client side (issue 15): size caps, echoed keys, error envelopes with odd codes,
framing headers, absurd timeouts and the per-call deadline. Every case runs over a real socket
against a server that writes every byte itself (`socket_server.RawServer`), sync and async.
"""

from __future__ import annotations

import gc
import json
import logging
import socket
import time
import tracemalloc
import warnings
import zlib
from typing import Any

import pytest
from integration.conftest import Chat

from fastgpt_client import (
    APITimeoutError,
    AsyncChatClient,
    AuthenticationError,
    ChatClient,
    DeadlineExceededError,
    InternalServerError,
    RateLimitError,
    ResponseTooLargeError,
)

from .conftest import client_sockets
from .socket_server import SSE_HEAD, RawRequest, answer_frame, head, raw_server, wait_for_close

KEY = "fastgpt-Zq8Rk2Vw9Tn4Lp7Xc3Hd6Mb1"
SECRET = KEY.partition("-")[2]
QUESTION = "hi"
MiB = 1024 * 1024


def make(mode: str, base_url: str, **kwargs: Any) -> Chat:
    kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("max_retries", 0)
    client = (
        AsyncChatClient(base_url=base_url, **kwargs)
        if mode == "async"
        else ChatClient(base_url=base_url, **kwargs)
    )
    return Chat(mode, client)


def json_answer(status: str, body: Any, *extra: str) -> bytes:
    payload = json.dumps(body).encode()
    # One answer per connection (the server closes after it): said, so no client reuses it.
    length = f"Content-Length: {len(payload)}"
    return head(status, "Content-Type: application/json", length, "Connection: close", *extra) + payload


def completion_body(text: str = "ok") -> dict[str, Any]:
    return {"id": "c", "model": "", "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}  # fmt: skip


# -- decoded-size cap -----------------------------------------------------------------------------
def _gzip_bomb(inflated: int) -> bytes:
    """gzip of `inflated` zero bytes, made a MiB at a time (the bomb is never in memory whole)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(MiB)
    parts = [packer.compress(block) for _ in range(inflated // MiB)]
    parts.append(packer.flush())
    return b"".join(parts)


BOMB = _gzip_bomb(512 * MiB)  # about 0.5 MB on the wire


def send_bomb(status: str) -> Any:
    def handler(conn: socket.socket, request: RawRequest) -> None:
        conn.sendall(
            head(
                status,
                "Content-Type: application/json",
                "Content-Encoding: gzip",
                f"Content-Length: {len(BOMB)}",
            )
            + BOMB
        )

    return handler


@pytest.mark.parametrize("status", ["200 OK", "500 Internal Server Error"])
async def test_a_gzip_bomb_stops_at_the_default_cap_with_bounded_memory(mode: str, status: str) -> None:
    assert len(BOMB) < 600_000
    with raw_server(send_bomb(status)) as server:
        chat = make(mode, server.base_url)
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as caught:
                await chat.create(QUESTION)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
            await chat.aclose()
    assert peak < 200 * MiB, f"peak {peak / MiB:.0f} MiB: the body was inflated past the cap"
    error = caught.value
    assert error.limit == 64 * MiB
    assert "max_response_bytes=67108864" in str(error)
    assert "larger max_response_bytes" in str(error)


async def test_max_response_bytes_is_per_client_and_none_lifts_it(mode: str) -> None:
    body = json.dumps(completion_body("x" * (2 * MiB))).encode()

    def handler(conn: socket.socket, request: RawRequest) -> None:
        conn.sendall(head("200 OK", "Content-Type: application/json", f"Content-Length: {len(body)}") + body)

    with raw_server(handler) as server:
        small = make(mode, server.base_url, max_response_bytes=MiB)
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes=1048576"):
            await small.create(QUESTION)
        await small.aclose()
        unlimited = make(mode, server.base_url, max_response_bytes=None)
        assert len((await unlimited.create(QUESTION)).text) == 2 * MiB
        await unlimited.aclose()


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "64"])
def test_max_response_bytes_must_be_a_positive_int(value: object) -> None:
    with pytest.raises((TypeError, ValueError), match="max_response_bytes"):
        ChatClient(api_key=KEY, base_url="http://127.0.0.1:1", max_response_bytes=value)  # type: ignore[arg-type]


async def test_a_stream_line_without_end_stops_at_the_cap_and_keeps_the_text(mode: str) -> None:
    def handler(conn: socket.socket, request: RawRequest) -> None:
        conn.sendall(SSE_HEAD + answer_frame("Hello ") + answer_frame("world") + b"data: ")
        block = b"x" * 65536
        for _ in range(64):  # 4 MiB of one line, no newline ever
            conn.sendall(block)

    with raw_server(handler) as server:
        chat = make(mode, server.base_url, max_response_bytes=MiB)
        stream = await chat.open(QUESTION)
        with pytest.raises(ResponseTooLargeError) as caught:
            await chat.drain(stream)
        await chat.aclose()
    assert caught.value.partial_text == "Hello world"
    assert caught.value.limit == MiB


# -- error envelopes whose code is missing or not an integer ---------------------------------------
@pytest.mark.parametrize("code", ["absent", None, 514.0, 1e300, "514", "abc", [514], True])
async def test_a_known_status_text_classes_the_error_whatever_the_code(mode: str, code: object) -> None:
    body: dict[str, Any] = {"statusText": "unAuthApiKey", "message": "APIKey invalid", "data": None}
    if code != "absent":
        body["code"] = code

    with raw_server(lambda conn, _: conn.sendall(json_answer("500 Internal Server Error", body))) as server:
        chat = make(mode, server.base_url)
        with pytest.raises(AuthenticationError, match="Invalid API key") as caught:
            await chat.create(QUESTION)
        await chat.aclose()
    assert caught.value.status_text == "unAuthApiKey"
    assert caught.value.code in (514, None)


async def test_a_known_status_text_without_code_under_http_200_is_an_error(mode: str) -> None:
    body = {"statusText": "aiPointsNotEnough", "message": ""}
    with raw_server(lambda conn, _: conn.sendall(json_answer("200 OK", body))) as server:
        chat = make(mode, server.base_url)
        with pytest.raises(Exception, match="AI points") as caught:
            await chat.create(QUESTION)
        await chat.aclose()
    assert type(caught.value).__name__ == "InsufficientQuotaError"


# -- the key echoed by the server -----------------------------------------------------------------
ECHOES = [
    f"Invalid key {KEY}",
    f"Authorization: Bearer {KEY} refused",
    f"unknown secret {SECRET}",
]


def assert_hidden(*texts: str) -> None:
    for text in texts:
        assert SECRET not in text, text[:300]
        assert SECRET[:12] not in text, text[:300]


@pytest.mark.parametrize("echo", ECHOES)
@pytest.mark.parametrize("status", ["401 Unauthorized", "500 Internal Server Error", "200 OK"])
async def test_an_echoed_key_never_shows_in_errors_or_logs(
    mode: str, echo: str, status: str, caplog: pytest.LogCaptureFixture
) -> None:
    body = {"code": 514, "statusText": "unAuthApiKey", "message": echo, "data": {"key": KEY, "list": [echo]}}
    if status == "401 Unauthorized":
        body = {"error": {"message": echo}}
    with raw_server(lambda conn, _: conn.sendall(json_answer(status, body))) as server:
        chat = make(mode, server.base_url, max_retries=1)
        caplog.set_level(logging.DEBUG)
        with pytest.raises(AuthenticationError) as caught:
            await chat.create(QUESTION)
        await chat.aclose()
    error = caught.value
    assert_hidden(str(error), repr(error), error.message, json.dumps(error.body), caplog.text)
    assert "…" in error.message  # the key's place is still visible (`fastgpt-…` or `…abcd`)


@pytest.mark.parametrize("echo", ECHOES)
async def test_an_echoed_key_in_a_stream_error_frame_never_shows(
    mode: str, echo: str, caplog: pytest.LogCaptureFixture
) -> None:
    frame = json.dumps({"code": 500, "statusText": "", "message": echo}).encode()

    def handler(conn: socket.socket, request: RawRequest) -> None:
        conn.sendall(SSE_HEAD + answer_frame("Hi") + b"event: error\ndata: " + frame + b"\n\n")

    with raw_server(handler) as server:
        chat = make(mode, server.base_url)
        caplog.set_level(logging.DEBUG)
        with pytest.raises(InternalServerError) as caught:  # at open() or while reading
            await chat.drain(await chat.open(QUESTION))
        await chat.aclose()
    error: Any = caught.value
    assert error.partial_text == "Hi"
    assert_hidden(str(error), repr(error), error.message, json.dumps(error.body), caplog.text)


# -- headers --------------------------------------------------------------------------------------
def ok_handler(conn: socket.socket, request: RawRequest) -> None:
    conn.sendall(json_answer("200 OK", completion_body()))


@pytest.mark.parametrize("name", ["authorization", "AUTHORIZATION", "Authorization"])
async def test_one_authorization_header_is_sent_whatever_the_case(mode: str, name: str) -> None:
    with raw_server(ok_handler) as server:
        chat = make(mode, server.base_url, default_headers={name: "Bearer from-defaults"})
        await chat.create(QUESTION)
        await chat.create(QUESTION, extra_headers={name: "Bearer per-call"})
        await chat.aclose()
    first, second = server.requests
    # default_headers cannot replace the key; a call's extra_headers replace it for that call.
    assert first.headers_named("authorization") == [f"Bearer {KEY}"]
    assert second.headers_named("authorization") == ["Bearer per-call"]


@pytest.mark.parametrize(
    "name",
    ["Content-Length", "transfer-encoding", "Host", "Connection", "TE", "Upgrade", "Expect", "Trailer"],
)
async def test_framing_headers_are_refused_before_anything_is_sent(mode: str, name: str) -> None:
    with raw_server(ok_handler) as server:
        chat = make(mode, server.base_url)
        with pytest.raises(ValueError, match=f"{name!r} cannot be set"):
            await chat.create(QUESTION, extra_headers={name: "5"})
        await chat.aclose()
        with pytest.raises(ValueError, match=f"default_headers: {name!r} cannot be set"):
            make(mode, server.base_url, default_headers={name: "5"})
    assert server.requests == []


@pytest.mark.parametrize("value", [5, b"x", None, ["a"]])
async def test_header_values_that_are_not_text_are_refused(mode: str, value: object) -> None:
    with raw_server(ok_handler) as server:
        chat = make(mode, server.base_url)
        with pytest.raises(TypeError, match="extra_headers must map header names"):
            await chat.create(QUESTION, extra_headers={"X-Thing": value})
        await chat.aclose()
    assert server.requests == []


# -- timeouts -------------------------------------------------------------------------------------
@pytest.mark.parametrize("timeout", [float("inf"), None])
async def test_an_infinite_timeout_means_none_and_leaks_no_socket(mode: str, timeout: float | None) -> None:  # noqa: ASYNC109
    with raw_server(ok_handler) as server, warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        chat = make(mode, server.base_url, timeout=timeout)
        assert chat.client.timeout is None
        assert (await chat.create(QUESTION, timeout=timeout)).text == "ok"
        await chat.aclose()
        gc.collect()


@pytest.mark.parametrize(
    ("timeout", "error", "match"),
    [
        (1e300, ValueError, "at most a year"),
        (10**400, ValueError, "at most a year"),
        (float("nan"), ValueError, "positive number"),
        (-1, ValueError, "positive number"),
        (0, ValueError, "0 would fail every call at once"),
        (True, TypeError, "number of seconds"),
        ("10", TypeError, "number of seconds"),
    ],
)
async def test_absurd_timeouts_are_refused_at_construction_and_per_call(
    mode: str,
    timeout: object,  # noqa: ASYNC109
    error: type[Exception],
    match: str,
) -> None:
    with raw_server(ok_handler) as server, warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        with pytest.raises(error, match=f"Client\\(\\): timeout must .*{match}"):
            make(mode, server.base_url, timeout=timeout)
        chat = make(mode, server.base_url)
        with pytest.raises(error, match=f"create_chat_completion\\(\\): timeout must .*{match}"):
            await chat.create(QUESTION, timeout=timeout)
        import httpx

        if not isinstance(timeout, bool | str):
            with pytest.raises(error, match=r"timeout\.read must"):
                await chat.create(QUESTION, timeout=httpx.Timeout(5.0, read=timeout))  # type: ignore[arg-type]
        await chat.aclose()
        assert client_sockets(server.port)["open"] == 0  # no socket opened and left behind
        gc.collect()
    assert server.requests == []


# -- the per-call deadline ------------------------------------------------------------------------
def heartbeats(conn: socket.socket, request: RawRequest) -> None:
    conn.sendall(SSE_HEAD + answer_frame("Thinking"))
    for _ in range(600):  # a minute of heartbeats, never [DONE]
        time.sleep(0.1)
        conn.sendall(answer_frame(""))


def stall(conn: socket.socket, request: RawRequest) -> None:
    conn.sendall(SSE_HEAD + answer_frame("Thinking"))
    wait_for_close(conn)


def silent(conn: socket.socket, request: RawRequest) -> None:
    wait_for_close(conn)  # the request was read; no answer, not even its headers


def headers_only(conn: socket.socket, request: RawRequest) -> None:
    conn.sendall(SSE_HEAD)
    wait_for_close(conn)


@pytest.mark.parametrize("handler", [silent, headers_only], ids=["no-headers", "headers-only"])
async def test_a_stream_that_never_starts_ends_at_its_deadline(mode: str, handler: Any) -> None:
    with raw_server(handler) as server:
        chat = make(mode, server.base_url, timeout=30.0)
        with pytest.raises(DeadlineExceededError) as caught:  # at open(): no first event came
            await chat.drain(await chat.open(QUESTION, deadline=0.5))
        await chat.aclose()
    assert caught.value.partial_text == ""


async def test_a_silent_plain_call_ends_at_its_deadline(mode: str) -> None:
    with raw_server(silent) as server:
        chat = make(mode, server.base_url, timeout=30.0)
        with pytest.raises(DeadlineExceededError):
            await chat.create(QUESTION, deadline=0.5)
        await chat.aclose()


def drip(conn: socket.socket, request: RawRequest) -> None:
    body = json.dumps(completion_body()).encode()
    conn.sendall(head("200 OK", "Content-Type: application/json", f"Content-Length: {len(body) + 600}"))
    for _ in range(600):  # a byte every 0.1 s: the read timeout never fires
        conn.sendall(b" ")
        time.sleep(0.1)
    conn.sendall(body)


@pytest.mark.parametrize("handler", [heartbeats, stall], ids=["heartbeats", "stall"])
async def test_a_stream_ends_at_its_deadline_and_keeps_the_text(mode: str, handler: Any) -> None:
    with raw_server(handler) as server:
        chat = make(mode, server.base_url, timeout=30.0)
        stream = await chat.open(QUESTION, deadline=0.5)
        with pytest.raises(DeadlineExceededError) as caught:
            await chat.drain(stream)
        await chat.aclose()
    error = caught.value
    assert isinstance(error, APITimeoutError)
    assert error.partial_text == "Thinking"
    assert error.deadline == 0.5
    assert "deadline of 0.5 s" in str(error)


async def test_a_dripping_plain_call_ends_at_its_deadline(mode: str) -> None:
    with raw_server(drip) as server:
        chat = make(mode, server.base_url, timeout=30.0)
        with pytest.raises(DeadlineExceededError, match=r"deadline of 0\.5 s"):
            await chat.create(QUESTION, deadline=0.5)
        await chat.aclose()


async def test_a_plain_call_within_its_deadline_returns(mode: str) -> None:
    with raw_server(ok_handler) as server:
        chat = make(mode, server.base_url)
        assert (await chat.create(QUESTION, deadline=30)).text == "ok"
        await chat.aclose()

    def sse_ok(conn: socket.socket, request: RawRequest) -> None:
        conn.sendall(SSE_HEAD + answer_frame("o") + answer_frame("k") + b"data: [DONE]\n\n")

    with raw_server(sse_ok) as server:
        chat = make(mode, server.base_url)
        for deadline in (30, float("inf"), None):
            assert await chat.run(QUESTION, stream=True, deadline=deadline) == "ok"
        await chat.aclose()


async def test_no_retry_wait_passes_the_deadline(mode: str, sleeps: list[float]) -> None:
    body = {"code": 429, "statusText": "tooManyRequest", "message": "slow down"}

    def handler(conn: socket.socket, request: RawRequest) -> None:
        conn.sendall(json_answer("429 Too Many Requests", body, "Retry-After: 30"))

    with raw_server(handler) as server:
        chat = make(mode, server.base_url, max_retries=3)
        with pytest.raises(RateLimitError):
            await chat.create(QUESTION, deadline=5)
        await chat.aclose()
    assert sleeps == []
    assert len(server.requests) == 1


@pytest.mark.parametrize(("value", "error"), [(0, ValueError), (-2, ValueError), (float("nan"), ValueError), ("5", TypeError), (True, TypeError)])  # fmt: skip
def test_a_bad_deadline_is_refused(value: object, error: type[Exception]) -> None:
    client = ChatClient(api_key=KEY, base_url="http://127.0.0.1:1")
    with client, pytest.raises(error, match=r"create_chat_completion\(\): deadline must"):
        client.create_chat_completion(QUESTION, deadline=value)  # type: ignore[arg-type]


# -- neighbours: framing the HTTP layer cannot read ----------------------------------------------
def broken_chunks(conn: socket.socket, request: RawRequest) -> None:
    conn.sendall(
        head("200 OK", "Content-Type: application/json", "Transfer-Encoding: chunked") + b"zz\r\n{}\r\n"
    )


def short_body(conn: socket.socket, request: RawRequest) -> None:
    conn.sendall(head("200 OK", "Content-Type: application/json", "Content-Length: 5000") + b'{"code": 200')


def absurd_header(conn: socket.socket, request: RawRequest) -> None:
    conn.sendall(head("200 OK", "Content-Type: application/json", "X-Huge: " + "a" * 200_000) + b"{}")


@pytest.mark.parametrize("handler", [broken_chunks, short_body, absurd_header], ids=lambda h: h.__name__)
async def test_unreadable_framing_is_a_connection_error_with_the_key_hidden(
    mode: str, handler: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from fastgpt_client import APIConnectionError

    with raw_server(handler) as server:
        chat = make(mode, server.base_url)
        caplog.set_level(logging.DEBUG)
        with pytest.raises(APIConnectionError) as caught:
            await chat.create(QUESTION)
        await chat.aclose()
    assert_hidden(str(caught.value), repr(caught.value), caplog.text)
    assert len(server.requests) == 1  # a chat that may have run is never sent again


async def test_an_echoed_key_in_validation_issues_never_shows(mode: str) -> None:
    from fastgpt_client import ValidationError

    issue = {"path": ["messages", 0], "message": f"bad value {KEY}", "code": "custom"}
    body = {"code": 400, "statusText": "", "message": "Data validation error", "zodError": [issue]}
    with raw_server(lambda conn, _: conn.sendall(json_answer("400 Bad Request", body))) as server:
        chat = make(mode, server.base_url)
        with pytest.raises(ValidationError) as caught:
            await chat.create(QUESTION)
        await chat.aclose()
    error = caught.value
    assert error.issues[0]["path"] == ["messages", 0]
    assert_hidden(str(error), repr(error), json.dumps(error.issues), json.dumps(error.body))
