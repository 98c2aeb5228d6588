"""Who closes what: owned pools, injected clients, streams and every response body."""

from __future__ import annotations

import httpx
import pytest

from fastgpt_client import AsyncChatClient, ChatClient
from fastgpt_client.exceptions import AuthenticationError, InternalServerError

from .conftest import (
    API_KEY,
    BASE_URL,
    FakeFastGPT,
    Harness,
    SSEReply,
    answer,
    chat_body,
    done,
    frame,
    raise_,
    reply_json,
)


def json_stream_reply(body: object, status: int = 200) -> SSEReply:
    """A JSON answer whose body stream records whether it was closed."""
    import json

    return SSEReply([json.dumps(body).encode()], content_type="application/json", status=status)


def test_with_block_closes_the_owned_pool() -> None:
    with ChatClient(api_key=API_KEY) as client:
        http = client._http
        assert not http.is_closed
    assert http.is_closed


async def test_async_with_block_closes_the_owned_pool() -> None:
    async with AsyncChatClient(api_key=API_KEY) as client:
        http = client._http
        assert not http.is_closed
    assert http.is_closed


def test_close_closes_the_owned_pool() -> None:
    client = ChatClient(api_key=API_KEY)
    client.close()
    assert client._http.is_closed


async def test_aclose_closes_the_owned_pool() -> None:
    client = AsyncChatClient(api_key=API_KEY)
    await client.aclose()
    assert client._http.is_closed


def test_an_injected_http_client_is_not_closed() -> None:
    http = httpx.Client(transport=httpx.MockTransport(FakeFastGPT(reply_json(chat_body()))))
    with ChatClient(api_key=API_KEY, base_url=BASE_URL, http_client=http) as client:
        assert client._http is http
        client.create_chat_completion("Hello")
    assert not http.is_closed
    http.close()


async def test_an_injected_async_http_client_is_not_closed() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(FakeFastGPT(reply_json(chat_body()))))
    async with AsyncChatClient(api_key=API_KEY, base_url=BASE_URL, http_client=http) as client:
        assert client._http is http
        await client.create_chat_completion("Hello")
    assert not http.is_closed
    await http.aclose()


def stream_reply() -> SSEReply:
    return SSEReply([answer("a"), answer("b"), answer("c"), done()])


async def test_stream_context_manager_closes_the_response(api: Harness) -> None:
    reply = stream_reply()
    stream = await api.create(api.client(FakeFastGPT(reply)), "Hello", stream=True)
    if api.is_async:
        async with stream:
            async for _ in stream:
                break
    else:
        with stream:
            for _ in stream:
                break
    assert reply.stream.closed
    assert stream.response.is_closed


async def test_stream_closed_without_reading(api: Harness) -> None:
    reply = stream_reply()
    stream = await api.create(api.client(FakeFastGPT(reply)), "Hello", stream=True)
    await api.close_stream(stream)
    assert reply.stream.closed
    assert reply.stream.delivered == 1  # only what open() read ahead for an early error


@pytest.mark.parametrize("stop_after", [1, 2])
def test_breaking_out_of_a_sync_stream_closes_the_response(stop_after: int) -> None:
    reply = stream_reply()
    http = httpx.Client(transport=httpx.MockTransport(FakeFastGPT(reply)))
    client = ChatClient(api_key=API_KEY, base_url=BASE_URL, http_client=http)
    stream = client.create_chat_completion("Hello", stream=True)
    for seen, _ in enumerate(stream, start=1):
        if seen == stop_after:
            break
    assert reply.stream.closed
    assert stream.text == "ab"[:stop_after]
    http.close()


def test_breaking_out_of_text_stream_closes_the_response() -> None:
    reply = stream_reply()
    http = httpx.Client(transport=httpx.MockTransport(FakeFastGPT(reply)))
    stream = ChatClient(api_key=API_KEY, base_url=BASE_URL, http_client=http).create_chat_completion(
        "Hello", stream=True
    )
    for _ in stream.text_stream:
        break
    assert reply.stream.closed
    http.close()


async def test_drained_stream_closes_the_response(api: Harness) -> None:
    reply = stream_reply()
    stream = await api.create(api.client(FakeFastGPT(reply)), "Hello", stream=True)
    assert [event.text for event in await api.events(stream)] == ["a", "b", "c"]
    assert reply.stream.closed
    assert stream.response.is_closed


async def test_final_completion_closes_the_response(api: Harness) -> None:
    reply = stream_reply()
    stream = await api.create(api.client(FakeFastGPT(reply)), "Hello", stream=True)
    assert (await api.final(stream)).text == "abc"
    assert reply.stream.closed


async def test_failed_stream_closes_the_response(api: Harness) -> None:
    reply = SSEReply([answer("a"), frame({"message": "x"}, "error")])
    stream = await api.create(api.client(FakeFastGPT(reply)), "Hello", stream=True)
    with pytest.raises(InternalServerError, match="x"):
        await api.events(stream)
    assert reply.stream.closed


async def test_no_response_body_is_left_open(api: Harness) -> None:
    """Successes, errors and retried answers: every body the server sent is closed."""
    ok = json_stream_reply(chat_body("ok"))
    gateway = SSEReply([b"<html>502</html>"], content_type="text/html", status=502)
    denied = json_stream_reply({"code": 514, "statusText": "unAuthApiKey", "message": "x"}, status=500)
    fake = FakeFastGPT(
        ok,
        gateway,
        ok,
        denied,
        raise_(lambda request: httpx.ConnectError("refused", request=request)),
        ok,
    )
    client = api.client(fake)
    await api.create(client, "1")
    await api.create(client, "2")  # 502 then retried
    with pytest.raises(AuthenticationError, match="Invalid API key"):
        await api.create(client, "3")
    await api.create(client, "4")  # connect error then retried
    streams = ok.streams + gateway.streams + denied.streams
    assert len(streams) == 5
    assert all(stream.closed for stream in streams)
    await api.close(client)


async def test_closing_an_async_iterator_early_closes_the_response() -> None:
    reply = stream_reply()
    async with httpx.AsyncClient(transport=httpx.MockTransport(FakeFastGPT(reply))) as http:
        client = AsyncChatClient(api_key=API_KEY, base_url=BASE_URL, http_client=http)
        stream = await client.create_chat_completion("Hello", stream=True)
        events = stream.__aiter__()
        first = await anext(events)
        assert first.text == "a"
        await events.aclose()  # what `async for ... break` leads to once the iterator is finalised
        assert reply.stream.closed
