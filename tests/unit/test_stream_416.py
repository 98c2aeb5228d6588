"""Stream order on FastGPT 4.14.11+ and older, chat titles, and pre-run errors in a stream body.

A v1 `detail=True` stream ends stop chunk -> `flowResponses` -> `[DONE]` on 4.14.11+
(`projects/app/src/pages/api/v1/chat/completions.ts@2f072bd1`), and stop chunk -> `[DONE]` ->
`flowResponses` -> close on 4.14.10 and older. Both give the same events and the same final
completion, and neither waits for the server to close the socket. The socket tests use a small
loopback server that holds the connection open after the last frame until the test releases it:
the call must have returned while the server still held it.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from fastgpt_client import (
    AnswerEvent,
    APIStatusError,
    AsyncChatClient,
    AuthenticationError,
    ChatClient,
    ChatTitleEvent,
    ConflictError,
    FlowResponsesEvent,
    WorkflowDurationEvent,
)
from fastgpt_client._stream import StreamState

from .conftest import (
    API_KEY,
    V1,
    FakeFastGPT,
    Harness,
    SSEReply,
    answer,
    chat_body,
    done,
    envelope,
    finish,
    frame,
    reply_json,
)

NODES = [
    {"id": "1", "nodeId": "search", "moduleName": "知识库搜索", "moduleType": "datasetSearchNode"},
    {
        "id": "2",
        "nodeId": "chat",
        "moduleName": "AI 对话",
        "moduleType": "chatNode",
        "inputTokens": 120,
        "outputTokens": 30,
        "totalPoints": 0.5,
    },
]
HEAD = [answer("电影"), answer("《铃芽之旅》"), frame({"durationSeconds": 1.5}, "workflowDuration"), finish()]
FLOW = frame(NODES, "flowResponses")
ORDER_4_16 = [*HEAD, FLOW, done()]
ORDER_4_14 = [*HEAD, done(), FLOW]
TITLE = frame({"title": "铃芽之旅导演"}, "chatTitle")
CHAT_GENERATING = envelope(504001, "chatIsGenerating", "common:code_error.chat_error.chat_generating")
UN_AUTHORIZATION = envelope(403, "unAuthorization", "common:code_error.error_message.403")


def decode(
    chunks: list[bytes], *, detail: bool = True, api_version: str = "v1"
) -> tuple[list[Any], StreamState]:
    """Feeds `chunks` until the state is complete, as a stream does; returns the events and state."""
    state = StreamState(
        chat_id="chat-1", response_chat_item_id="item-1", detail=detail, api_version=api_version
    )
    events: list[Any] = []
    for piece in chunks:
        events += state.feed(piece)
        if state.complete:
            break
    state.end()
    return events, state


def summary(events: list[Any]) -> list[tuple[str, str, Any]]:
    return [(type(event).__name__, event.event, event.data) for event in events]


def completion_view(state: StreamState) -> dict[str, Any]:
    completion = state.completion()
    return {
        "text": completion.text,
        "nodes": [node.to_dict() for node in completion.response_data],
        "tokens": completion.tokens,
        "chat_id": completion.chat_id,
        "finish": completion.choices[0].finish_reason,
    }


def bytewise(chunks: list[bytes]) -> list[bytes]:
    data = b"".join(chunks)
    return [data[i : i + 1] for i in range(len(data))]


# -- the decoder: both orders give the same -------------------------------------------------------
@pytest.mark.parametrize(
    "split", [list, bytewise, lambda chunks: [b"".join(chunks)]], ids=["frames", "bytes", "one"]
)
def test_both_orders_give_the_same_events_and_completion(split: Any) -> None:
    new_events, new_state = decode(split(ORDER_4_16))
    old_events, old_state = decode(split(ORDER_4_14))
    assert summary(new_events) == summary(old_events)
    assert [type(event) for event in new_events] == [
        AnswerEvent,
        AnswerEvent,
        WorkflowDurationEvent,
        AnswerEvent,
        FlowResponsesEvent,
    ]
    assert completion_view(new_state) == completion_view(old_state)
    view = completion_view(new_state)
    assert view["text"] == "电影《铃芽之旅》"
    assert [node["nodeId"] for node in view["nodes"]] == ["search", "chat"]
    assert (view["tokens"].input_tokens, view["tokens"].output_tokens) == (120, 30)


def test_4_16_order_is_complete_at_done() -> None:
    state = StreamState(chat_id="c", response_chat_item_id="i", detail=True, api_version="v1")
    for piece in [*HEAD, FLOW]:
        state.feed(piece)
        assert not state.complete
    state.feed(done())
    assert state.complete


def test_4_14_order_is_complete_at_flow_responses() -> None:
    state = StreamState(chat_id="c", response_chat_item_id="i", detail=True, api_version="v1")
    for piece in [*HEAD, done()]:
        state.feed(piece)
    assert not state.complete  # [DONE] first: flowResponses may still come
    state.feed(FLOW)
    assert state.complete


def test_v1_detail_closed_after_done_without_flow_responses_is_complete() -> None:
    events, state = decode([*HEAD, done()])
    assert [type(event) for event in events] == [AnswerEvent, AnswerEvent, WorkflowDurationEvent, AnswerEvent]
    assert state.completion().text == "电影《铃芽之旅》"
    assert state.completion().response_data == []


@pytest.mark.parametrize(("detail", "api_version"), [(False, "v1"), (True, "v2"), (False, "v2")])
def test_other_streams_are_complete_at_done(detail: bool, api_version: str) -> None:
    state = StreamState(chat_id="c", response_chat_item_id="i", detail=detail, api_version=api_version)
    state.feed(answer("x") + finish())
    assert not state.complete
    state.feed(done())
    assert state.complete


# -- chat titles ----------------------------------------------------------------------------------
@pytest.mark.parametrize("where", [0, len(HEAD) - 1, len(HEAD)], ids=["first", "before-stop", "after-stop"])
def test_chat_title_event_reaches_the_final_completion(where: int) -> None:
    for order in (ORDER_4_16, ORDER_4_14):
        chunks = [*order[:where], TITLE, *order[where:]]
        events, state = decode(chunks)
        [title] = [event for event in events if event.event == "chatTitle"]
        assert isinstance(title, ChatTitleEvent)
        assert title.title == "铃芽之旅导演"
        assert title.data == {"title": "铃芽之旅导演"}
        assert state.title == "铃芽之旅导演"
        assert state.completion().title == "铃芽之旅导演"


def test_no_title_without_a_chat_title_event() -> None:
    _, state = decode(ORDER_4_16)
    assert state.title is None
    assert state.completion().title is None


async def test_stream_title_property(api: Harness) -> None:
    fake = FakeFastGPT(SSEReply([answer("a"), TITLE, finish(), FLOW, done()]))
    stream = await api.create(api.client(fake), "Hello", stream=True, detail=True)
    assert stream.title is None
    completion = await api.final(stream)
    assert stream.title == completion.title == "铃芽之旅导演"


@pytest.mark.parametrize(
    ("title", "expected"), [("铃芽之旅导演", "铃芽之旅导演"), ("", None), (None, None), (7, None)]
)
async def test_non_stream_title(api: Harness, title: object, expected: str | None) -> None:
    extra = {} if title is None else {"title": title}
    fake = FakeFastGPT(reply_json(chat_body("ok", **extra)))
    completion = await api.create(api.client(fake), "Hello")
    assert completion.title == expected


# -- through the client ----------------------------------------------------------------------------
async def test_4_16_order_stops_reading_at_done(api: Harness) -> None:
    reply = SSEReply([*ORDER_4_16, frame({"late": 1}, "late")])
    fake = FakeFastGPT(reply)
    stream = await api.create(api.client(fake), "Hello", stream=True, detail=True)
    events = await api.events(stream)
    assert [type(event) for event in events][-1] is FlowResponsesEvent
    assert reply.stream.delivered == len(ORDER_4_16)
    assert reply.stream.closed


async def test_both_orders_through_the_client(api: Harness) -> None:
    results = []
    for order in (ORDER_4_16, ORDER_4_14):
        fake = FakeFastGPT(SSEReply(order))
        stream = await api.create(api.client(fake), "Hello", stream=True, detail=True, chat_id="c1")
        events = await api.events(stream)
        completion = await api.final(stream)
        results.append((summary(events), completion.text, [n.node_id for n in completion.response_data]))
    assert results[0] == results[1]


async def test_a_broken_read_after_done_ends_the_stream(api: Harness) -> None:
    """4.14 order, the connection breaks where flowResponses would come: the answer is complete."""
    reply = SSEReply([*HEAD, done()], error=httpx.RemoteProtocolError("peer closed"))
    fake = FakeFastGPT(reply)
    stream = await api.create(api.client(fake), "Hello", stream=True, detail=True)
    completion = await api.final(stream)
    assert completion.text == "电影《铃芽之旅》"
    assert completion.response_data == []


async def test_a_broken_read_before_done_still_raises(api: Harness) -> None:
    from fastgpt_client import APIConnectionError

    reply = SSEReply([*HEAD], error=httpx.RemoteProtocolError("peer closed"))
    stream = await api.create(api.client(FakeFastGPT(reply)), "Hello", stream=True, detail=True)
    with pytest.raises(APIConnectionError) as info:
        await api.final(stream)
    assert info.value.partial_text == "电影《铃芽之旅》"


# -- pre-run errors: HTTP 200 without SSE headers and an `event: error` body ----------------------
@pytest.mark.parametrize("content_type", ["", "text/plain", "text/html; charset=utf-8"])
async def test_pre_run_error_body_without_sse_content_type_raises_from_create(
    api: Harness, content_type: str
) -> None:
    reply = SSEReply(frame(UN_AUTHORIZATION, "error"), content_type=content_type)
    fake = FakeFastGPT(reply)
    with pytest.raises(AuthenticationError) as info:
        await api.create(api.client(fake), "Hello", stream=True, detail=True)
    assert (info.value.code, info.value.status_code) == (403, 200)
    assert fake.attempts == 1
    assert reply.stream.closed


async def test_chat_is_generating_in_a_stream_body_raises_from_create(api: Harness) -> None:
    reply = SSEReply(frame(CHAT_GENERATING, "error"), content_type="")
    fake = FakeFastGPT(reply)
    with pytest.raises(ConflictError, match="still generating") as info:
        await api.create(api.client(fake), "Hello", stream=True, api_version="v2", chat_id="busy")
    assert isinstance(info.value, APIStatusError)
    assert info.value.code == 504001
    assert info.value.status_code == 200
    assert fake.attempts == 1  # a second run on a busy chat is never retried


# -- over a real socket ---------------------------------------------------------------------------
class HoldingServer:
    """A loopback HTTP/1.1 server: answers each request with `head` and `body` (chunked), then
    holds the connection open until `release()` (or `hold` seconds) before ending it.

    `ending` is set before the server ends a response, so a client that returned while it is
    unset did not wait for the server to close.
    """

    def __init__(self, body: list[bytes], *, head: str, hold: float = 5.0) -> None:
        self.body = body
        self.head = head
        self.hold = hold
        self.ending = threading.Event()
        self._released = threading.Event()
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen()
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self.requests: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def release(self) -> None:
        self._released.set()

    def close(self) -> None:
        self.release()
        self._sock.close()
        self._thread.join(timeout=10)

    def _serve(self) -> None:
        try:
            conn, _ = self._sock.accept()
        except OSError:
            return
        with conn:
            self.requests.append(_read_request(conn))
            conn.sendall(self.head.encode("latin-1"))
            for piece in self.body:
                conn.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
            self._released.wait(self.hold)
            self.ending.set()
            with contextlib.suppress(OSError):
                conn.sendall(b"0\r\n\r\n")


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return data
        data += piece
    head, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        piece = conn.recv(65536)
        if not piece:
            break
        rest += piece
    return head + b"\r\n\r\n" + rest


SSE_HEAD = (
    "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream;charset=utf-8\r\nConnection: keep-alive\r\n"
    "Cache-Control: no-cache, no-transform\r\nX-Accel-Buffering: no\r\nTransfer-Encoding: chunked\r\n\r\n"
)
# What `sseErrRes` sends before any SSE header is set: status 200, no Content-Type.
BARE_HEAD = "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n"


@pytest.fixture
def holding_server() -> Iterator[Any]:
    servers: list[HoldingServer] = []

    def make(body: list[bytes], head: str = SSE_HEAD) -> HoldingServer:
        server = HoldingServer(body, head=head)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


async def final_over_socket(url: str, *, is_async: bool, **options: Any) -> Any:
    if is_async:
        async with AsyncChatClient(api_key=API_KEY, base_url=url, max_retries=0) as client:
            stream = await client.create_chat_completion("Hello", stream=True, **options)
            async with stream:
                return await stream.get_final_completion()
    with ChatClient(api_key=API_KEY, base_url=url, max_retries=0) as client:
        sync_stream = client.create_chat_completion("Hello", stream=True, **options)
        with sync_stream:
            return sync_stream.get_final_completion()


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("order", [ORDER_4_16, ORDER_4_14], ids=["4.16-order", "4.14-order"])
async def test_final_completion_does_not_wait_for_the_server_to_close(
    holding_server: Any, order: list[bytes], is_async: bool
) -> None:
    server = holding_server(order)
    completion = await final_over_socket(server.url, is_async=is_async, detail=True)
    returned_while_held = not server.ending.is_set()
    server.release()
    assert returned_while_held, "get_final_completion() waited for the server to end the response"
    assert completion.text == "电影《铃芽之旅》"
    assert [node.node_id for node in completion.response_data] == ["search", "chat"]
    assert server.requests[0].startswith(b"POST " + V1.encode())


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_pre_run_error_without_sse_headers_over_a_socket(holding_server: Any, is_async: bool) -> None:
    server = holding_server([frame(UN_AUTHORIZATION, "error")], head=BARE_HEAD)
    with pytest.raises(AuthenticationError) as info:
        await final_over_socket(server.url, is_async=is_async, detail=True)
    server.release()
    assert (info.value.code, info.value.status_code) == (403, 200)
    assert json.loads(server.requests[0].partition(b"\r\n\r\n")[2])["stream"] is True
