"""Malformed or unusual SSE from a hostile server: the same answer however the bytes are split.

- After `[DONE]` only the `flowResponses` frame that FastGPT 4.14.10 and older send there (v1,
  `detail=True`) is read; everything else (more answer text, junk, even an error frame) is
  ignored, whether it came in the read that carried `[DONE]` or in a later one.
- A `retry:` field that is not ASCII digits (thousands of digits, Arabic-Indic or superscript
  digits) is ignored, as the SSE standard says; it never raises.
- One UTF-8 BOM at the very start of the stream is skipped, even when split over reads; a BOM
  anywhere else is data (or, at the start of a later line, makes that line's field unknown).

The split tests run the whole client loop (`ChatStream`) over a transport that delivers the
body in exactly the given pieces, at every split point; the rest go over a real socket too.
"""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from fastgpt_client import APIConnectionError, AsyncChatClient, AuthenticationError, ChatClient
from fastgpt_client._sse import SSEDecoder
from fastgpt_client.types.completion import ChatCompletion

from ._raw_server import DONE, FINISH, KEY, RawRequest, RawServer, answer_frame, send_response

BOM = b"\xef\xbb\xbf"
NODES = [{"id": "1", "nodeId": "chat", "moduleName": "AI", "moduleType": "chatNode", "inputTokens": 3}]
FLOW = b"event: flowResponses\ndata: " + json.dumps(NODES).encode() + b"\n\n"
OTHER_FLOW = b"event: flowResponses\ndata: " + json.dumps(NODES * 2).encode() + b"\n\n"
ERROR_FRAME = b'event: error\ndata: {"code":514,"statusText":"unAuthApiKey","message":"bad key"}\n\n'
AFTER_DONE = answer_frame("EXTRA") + b"data: not json at all\n\n" + ERROR_FRAME + b'data: {"choi'


class Pieces(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body delivered in exactly these pieces (one read each)."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            yield piece


def transport(pieces: list[bytes]) -> httpx.MockTransport:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=Pieces(pieces))

    return httpx.MockTransport(reply)


def final(pieces: list[bytes], *, detail: bool = False, api_version: str = "v1") -> ChatCompletion:
    with httpx.Client(transport=transport(pieces)) as http:
        client = ChatClient(api_key=KEY, base_url="https://fastgpt.test", http_client=http, max_retries=0)
        stream = client.create_chat_completion("q", stream=True, detail=detail, api_version=api_version)  # type: ignore[call-overload]
        with stream:
            return stream.get_final_completion()


async def async_final(pieces: list[bytes], *, detail: bool = False) -> ChatCompletion:
    async with httpx.AsyncClient(transport=transport(pieces)) as http:
        client = AsyncChatClient(
            api_key=KEY, base_url="https://fastgpt.test", http_client=http, max_retries=0
        )
        stream = await client.create_chat_completion("q", stream=True, detail=detail)
        async with stream:
            return await stream.get_final_completion()


def splits(body: bytes) -> list[list[bytes]]:
    return [[body[:at], body[at:]] for at in range(len(body) + 1)]


# -- frames after [DONE] -------------------------------------------------------------------------
PLAIN = answer_frame("Hi") + FINISH + DONE + AFTER_DONE
OLD_DETAIL = (  # FastGPT 4.14.10 and older: flowResponses after [DONE], then the server closes
    b'event: flowNodeStatus\ndata: {"status":"running","name":"AI"}\n\n'
    + answer_frame("Hi", event=True)
    + b"event: answer\n"
    + FINISH
    + b"event: answer\n"
    + DONE
    + answer_frame("EXTRA", event=True)
    + b"data: not json\n\n"
    + FLOW
    + AFTER_DONE
)
NEW_DETAIL = (  # 4.14.11+: flowResponses before [DONE]; a second one after it is ignored
    answer_frame("Hi", event=True) + FLOW + b"event: answer\n" + DONE + OTHER_FLOW + AFTER_DONE
)


def test_frames_after_done_are_ignored_at_every_split() -> None:
    for pieces in splits(PLAIN):
        assert final(pieces).text == "Hi", pieces


def test_flow_responses_after_done_are_read_and_nothing_else_at_every_split() -> None:
    for pieces in splits(OLD_DETAIL):
        completion = final(pieces, detail=True)
        assert completion.text == "Hi", pieces
        assert [node.node_id for node in completion.response_data] == ["chat"], pieces
        assert completion.tokens.input_tokens == 3


def test_flow_responses_before_done_are_kept_at_every_split() -> None:
    for pieces in splits(NEW_DETAIL):
        completion = final(pieces, detail=True)
        assert (completion.text, len(completion.response_data)) == ("Hi", 1), pieces


def test_frames_after_done_one_byte_per_read() -> None:
    assert final([OLD_DETAIL[i : i + 1] for i in range(len(OLD_DETAIL))], detail=True).text == "Hi"


async def test_frames_after_done_async() -> None:
    for at in (0, len(PLAIN) - len(AFTER_DONE), len(PLAIN)):
        assert (await async_final([PLAIN[:at], PLAIN[at:]])).text == "Hi"
    assert len((await async_final([OLD_DETAIL], detail=True)).response_data) == 1


def test_a_cut_inside_flow_responses_after_done_is_still_a_cut() -> None:
    """The answer text is complete, but the node responses the caller asked for are not."""
    cut = OLD_DETAIL[: OLD_DETAIL.index(FLOW) + len(FLOW) // 2]
    with pytest.raises(APIConnectionError) as info:
        final([cut], detail=True)
    assert info.value.partial_text == "Hi"


def test_an_error_frame_before_done_still_raises() -> None:
    with pytest.raises(AuthenticationError):
        final([answer_frame("Hi") + ERROR_FRAME + DONE])


# -- retry: --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value",
    ["9" * 5000, "٣٠٠٠", "²", "\uff13\uff10\uff10\uff10", "1e3", "-1", "12 ", " 12", "0x10", "", "1_000"],
    ids=[
        "5000-digits",
        "arabic-indic",
        "superscript",
        "fullwidth",
        "exponent",
        "negative",
        "trailing-space",
        "two-spaces",
        "hex",
        "empty",
        "underscore",
    ],
)
def test_a_retry_field_that_is_not_ascii_digits_is_ignored(value: str) -> None:
    decoder = SSEDecoder()
    line = f"retry: {value}\n".encode()
    (event,) = decoder.feed(b"retry: 250\n" + line + b"data: x\n\n")
    assert event.data == "x"
    assert event.retry == 250  # the bad field changed nothing
    for position in range(len(line) + 1):  # split anywhere, and with CRLF and CR endings
        for eol in (b"\n", b"\r\n", b"\r"):
            body = line.replace(b"\n", eol) + b"data: y" + eol + eol
            decoder = SSEDecoder()
            events = decoder.feed(body[:position]) + decoder.feed(body[position:])
            assert [(e.data, e.retry) for e in events] == [("y", None)]


def test_a_retry_field_of_ascii_digits_is_kept() -> None:
    (event,) = SSEDecoder().feed(b"retry: 000123456789012345678\ndata: x\n\n")  # 21 digits: too long
    assert event.retry is None
    (event,) = SSEDecoder().feed(b"retry: 3000\ndata: x\n\n")
    assert event.retry == 3000


def test_a_huge_retry_field_over_a_socket() -> None:
    body = b"retry: " + b"7" * 20000 + b"\n" + "retry: ٣\n".encode() + answer_frame("Hi") + FINISH + DONE
    assert over_socket(body).text == "Hi"


# -- BOM -----------------------------------------------------------------------------------------
def decode(*pieces: bytes) -> list[tuple[str, str]]:
    decoder = SSEDecoder()
    return [(e.event, e.data) for piece in pieces for e in decoder.feed(piece)]


BOM_STREAM = BOM + b"event: fastAnswer\ndata: one\n\ndata: two\n\n"


def test_a_leading_bom_is_skipped_at_every_split() -> None:
    for at in range(len(BOM_STREAM) + 1):
        assert decode(BOM_STREAM[:at], BOM_STREAM[at:]) == [("fastAnswer", "one"), ("", "two")], at
    body = BOM + answer_frame("one") + DONE
    for at in range(len(body) + 1):
        assert final([body[:at], body[at:]]).text == "one", at


def test_a_leading_bom_one_byte_per_read_and_with_cr_line_ends() -> None:
    assert decode(*(BOM_STREAM[i : i + 1] for i in range(len(BOM_STREAM)))) == [
        ("fastAnswer", "one"),
        ("", "two"),
    ]
    assert decode(BOM + b"data: a\r\rdata: b\r\n\r\n") == [("", "a"), ("", "b")]


def test_only_one_bom_is_skipped_and_a_bom_elsewhere_is_not() -> None:
    # A second BOM makes the first line's field name "\ufeffdata": an unknown field (the standard).
    assert decode(BOM + BOM + b"data: lost\n\ndata: kept\n\n") == [("", "kept")]
    # In a value: data. At the start of a later line: an unknown field, as above.
    assert decode(b"data: a" + BOM + b"b\n\n" + BOM + b"data: lost\n\ndata: c\n\n") == [
        ("", "a\ufeffb"),
        ("", "c"),
    ]


def test_bytes_that_only_look_like_a_bom_start_are_kept() -> None:
    assert decode(b"\xef", b"\xbbX") == []  # not a BOM: an (invalid) line start, held as data
    decoder = SSEDecoder()
    assert decoder.feed(b"\xef\xbb") == []
    assert decoder.has_partial_frame  # a stream cut here is cut mid-frame
    assert [e.data for e in SSEDecoder().feed("data: é\n\n".encode())] == ["é"]  # 0xC3: no BOM start


def test_a_frame_split_inside_a_multibyte_character_after_a_bom() -> None:
    body = BOM + "data: 电影😀\n\n".encode()
    for position in range(len(body) + 1):
        assert decode(body[:position], body[position:]) == [("", "电影😀")]


def test_a_bom_before_the_first_frame_over_a_socket() -> None:
    assert over_socket(BOM + answer_frame("Hi") + FINISH + DONE).text == "Hi"


def test_a_bom_before_an_error_frame_still_raises_the_error() -> None:
    """Before: the BOM hid the `event: error` line and the error became a silent heartbeat."""
    with pytest.raises(AuthenticationError):
        final([BOM + ERROR_FRAME])


# -- the same bodies over a real socket ----------------------------------------------------------
def over_socket(body: bytes, *, detail: bool = False) -> ChatCompletion:
    def handler(request: RawRequest, conn: socket.socket) -> None:
        send_response(conn, body, content_type="text/event-stream")

    with (
        RawServer(handler) as server,
        ChatClient(base_url=server.base_url, api_key=KEY, max_retries=0) as client,
        client.create_chat_completion("q", stream=True, detail=detail) as stream,
    ):
        return stream.get_final_completion()


def test_frames_after_done_over_a_socket() -> None:
    assert over_socket(PLAIN).text == "Hi"
    completion = over_socket(OLD_DETAIL, detail=True)
    assert (completion.text, len(completion.response_data)) == ("Hi", 1)
