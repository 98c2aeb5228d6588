"""`close()` from another thread / `aclose()` from another task ends a stream blocked in a read.

The server here sends one answer chunk and then nothing at all (no heartbeat) while holding the
connection open, and the read timeout is far away: the reader is blocked in `recv()`. Closing a
socket does not wake that `recv()`; the SDK shuts the socket down, so the reader's loop ends at
once with `APIConnectionError` (the text so far kept) and the server sees the disconnect now,
not when the read timeout would have fired.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest

from fastgpt_client import APIConnectionError, AsyncChatClient, AsyncChatStream, ChatClient, ChatStream
from fastgpt_client._socket import shut_down

from ._raw_server import KEY, RawRequest, RawServer, answer_frame, send_chunk, send_json, start_sse

# The read timeout is never what ends a loop here: a test that needed it would hang past this
# bound and fail instead.
TIMEOUT = httpx.Timeout(5.0, read=600.0)
BOUND = 10.0  # liveness bound for joins and waits; never reached when the behaviour is right


def stalling(server_box: list[RawServer]) -> Callable[[RawRequest, socket.socket], None]:
    """First request: an SSE head, one chunk 'Hi', then silence until the client hangs up.
    Any later request: a plain JSON chat answer (the client is still usable)."""

    def handler(request: RawRequest, conn: socket.socket) -> None:
        if len(server_box[0].requests) == 1:
            start_sse(conn)
            send_chunk(conn, answer_frame("Hi"))
            server_box[0].wait_for_hangup(conn)
        else:
            send_json(
                conn,
                {"id": "c", "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}}]},
            )

    return handler


def make_server() -> RawServer:
    box: list[RawServer] = []
    server = RawServer(stalling(box))
    box.append(server)
    return server


def read_all(stream: ChatStream) -> None:
    for _ in stream:
        pass


def final(stream: ChatStream) -> None:
    stream.get_final_completion()


def text_only(stream: ChatStream) -> None:
    for _ in stream.text_stream:
        pass


@pytest.mark.parametrize(
    "reader", [read_all, final, text_only], ids=["for", "get_final_completion", "text_stream"]
)
def test_close_from_another_thread_wakes_a_blocked_read(reader: Callable[[ChatStream], None]) -> None:
    with (
        make_server() as server,
        ChatClient(base_url=server.base_url, api_key=KEY, timeout=TIMEOUT) as client,
    ):
        stream = client.create_chat_completion("hello", stream=True)
        assert stream.text == "Hi"  # the first event was read by create_chat_completion
        failures: list[BaseException] = []

        def run() -> None:
            try:
                reader(stream)
            except Exception as exc:
                failures.append(exc)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        # The reader is (or soon will be) blocked in recv(): no byte is coming.
        stream.close()
        assert server.eof.wait(BOUND), "the server never saw the disconnect"
        thread.join(BOUND)
        assert not thread.is_alive(), "close() did not wake the blocked read"
        if failures:  # the reader may also have been closed before it started reading
            (error,) = failures
            assert isinstance(error, APIConnectionError), error
            assert "closed" in str(error)
            assert error.partial_text == "Hi"
        stream.close()  # a second close is harmless
        assert client.create_chat_completion("again").text == "ok"


def test_close_while_blocked_ends_the_loop_with_the_stopped_error() -> None:
    """The reader is certainly inside the read when close() runs: it waits on the server."""
    with (
        make_server() as server,
        ChatClient(base_url=server.base_url, api_key=KEY, timeout=TIMEOUT) as client,
    ):
        stream = client.create_chat_completion("hello", stream=True)
        entered = threading.Event()
        failures: list[BaseException] = []

        def run() -> None:
            try:
                for _ in stream:  # the pending "Hi" event first
                    entered.set()
            except Exception as exc:
                failures.append(exc)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        assert entered.wait(BOUND)
        # Wait until the reader thread is inside the generator (the read), not between events.
        assert _wait(lambda: stream._events.gi_running)
        stream.close()
        thread.join(BOUND)
        assert not thread.is_alive()
        assert server.eof.wait(BOUND)
        (error,) = failures
        assert type(error) is APIConnectionError
        assert "closed (close() or aclose())" in str(error)
        assert error.partial_text == "Hi"


async def test_aclose_from_another_task_wakes_a_blocked_read() -> None:
    with make_server() as server:
        async with AsyncChatClient(base_url=server.base_url, api_key=KEY, timeout=TIMEOUT) as client:
            stream = await client.create_chat_completion("hello", stream=True)
            failures: list[BaseException] = []

            async def run() -> None:
                try:
                    async for _ in stream:
                        pass
                except Exception as exc:
                    failures.append(exc)

            task = asyncio.create_task(run())
            await reading(stream)
            await stream.aclose()  # must not raise "asynchronous generator is already running"
            await asyncio.wait_for(task, BOUND)
            assert await asyncio.to_thread(server.eof.wait, BOUND)
            (error,) = failures
            assert type(error) is APIConnectionError
            assert "closed (close() or aclose())" in str(error)
            assert error.partial_text == "Hi"
            await stream.aclose()
            assert (await client.create_chat_completion("again")).text == "ok"


async def test_aclose_from_another_task_with_get_final_completion() -> None:
    with make_server() as server:
        async with AsyncChatClient(base_url=server.base_url, api_key=KEY, timeout=TIMEOUT) as client:
            stream = await client.create_chat_completion("hello", stream=True)
            task = asyncio.create_task(stream.get_final_completion())
            await reading(stream)
            await stream.aclose()
            with pytest.raises(APIConnectionError) as info:
                await asyncio.wait_for(task, BOUND)
            assert info.value.partial_text == "Hi"
            assert await asyncio.to_thread(server.eof.wait, BOUND)


async def reading(stream: AsyncChatStream) -> None:
    """Returns once another task is inside the stream's read (no event to wait on: a generator flag)."""
    while not stream._events.ag_running:  # noqa: ASYNC110
        await asyncio.sleep(0)


def _wait(condition: Callable[[], bool]) -> bool:
    done = threading.Event()
    for _ in range(int(BOUND / 0.01)):
        if condition():
            return True
        done.wait(0.01)
    return False


# -- without a reachable socket (HTTP/2, a mock or custom transport): the ordinary close ---------
class Blocking(httpx.SyncByteStream):
    """One answer chunk, then a read that blocks until the response is closed."""

    def __init__(self) -> None:
        self.closed = threading.Event()

    def __iter__(self) -> Iterator[bytes]:
        yield answer_frame("Hi")
        self.closed.wait(BOUND)
        raise httpx.ReadError("closed")

    def close(self) -> None:
        self.closed.set()


def test_close_from_another_thread_without_a_network_stream_extension() -> None:
    body = Blocking()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)
    )
    with httpx.Client(transport=transport) as http:
        client = ChatClient(api_key=KEY, base_url="https://fastgpt.test", http_client=http, max_retries=0)
        stream = client.create_chat_completion("hello", stream=True)
        failures: list[BaseException] = []

        def run() -> None:
            try:
                for _ in stream:
                    pass
            except Exception as exc:
                failures.append(exc)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        assert _wait(lambda: stream._events.gi_running)
        stream.close()  # no socket to shut down: the response is closed instead
        thread.join(BOUND)
        assert not thread.is_alive()
        assert body.closed.is_set()
        (error,) = failures
        assert isinstance(error, APIConnectionError)
        assert error.partial_text == "Hi"


class _Stream:
    def __init__(self, info: Callable[[str], object]) -> None:
        self.get_extra_info = info


class _Unshuttable:
    def shutdown(self, how: int) -> None:
        raise OSError("not connected")


def _raise(name: str) -> object:
    raise RuntimeError(name)


@pytest.mark.parametrize(
    "extensions",
    [
        {},
        {"network_stream": object()},
        {"network_stream": _Stream(_raise)},
        {"network_stream": _Stream(lambda name: None)},
        {"network_stream": _Stream(lambda name: object())},
        {"network_stream": _Stream(lambda name: _Unshuttable())},
    ],
    ids=[
        "absent",
        "no-get-extra-info",
        "get-extra-info-raises",
        "no-socket",
        "not-a-socket",
        "shutdown-fails",
    ],
)
def test_shut_down_is_best_effort(extensions: dict[str, object]) -> None:
    response = httpx.Response(200, extensions=extensions)
    assert shut_down(response) is False


def test_shut_down_reaches_a_closed_socket_without_raising() -> None:
    sock = socket.socket()
    sock.close()
    assert shut_down(httpx.Response(200, extensions={"network_stream": _Stream(lambda name: sock)})) is False
