"""The byte-level SSE decoder, and stream decoding under any re-chunking (a hypothesis property)."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fastgpt_client._sse import ServerSentEvent, SSEDecoder
from fastgpt_client._stream import StreamState

from .conftest import chunk, frame


def decode(*pieces: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for piece in pieces:
        events.extend(decoder.feed(piece))
    return events


def pairs(events: list[ServerSentEvent]) -> list[tuple[str, str]]:
    return [(event.event, event.data) for event in events]


MIXED = (
    b": comment\n"
    b'event: answer\ndata: {"t": "\xe7\x94\xb5\xe5\xbd\xb1"}\n\n'  # 电影
    b"event: answer\r\ndata: \xf0\x9f\x98\x80 emoji\r\n\r\n"  # 😀
    b"data: line one\rdata: line two\r\r"
    b"id: 7\nretry: 3000\n\n"
    b"\n\n\n"
    b"event: flowNodeStatus\ndata:no-space\n\n"
)
MIXED_EVENTS = [
    ("answer", '{"t": "电影"}'),
    ("answer", "😀 emoji"),
    ("", "line one\nline two"),
    ("flowNodeStatus", "no-space"),
]


def test_mixed_frames_decode_whole() -> None:
    assert pairs(decode(MIXED)) == MIXED_EVENTS


@pytest.mark.parametrize("position", range(len(MIXED) + 1))
def test_split_at_every_byte_position(position: int) -> None:
    assert pairs(decode(MIXED[:position], MIXED[position:])) == MIXED_EVENTS


def test_one_byte_at_a_time() -> None:
    assert pairs(decode(*(MIXED[i : i + 1] for i in range(len(MIXED))))) == MIXED_EVENTS


@pytest.mark.parametrize("text", ["电影推荐", "😀🎉", "mixed 中文 and 😀"])
def test_multibyte_characters_split_inside_a_character(text: str) -> None:
    raw = f"data: {text}\n\n".encode()
    for position in range(len(raw) + 1):
        events = decode(raw[:position], raw[position:])
        assert pairs(events) == [("", text)], position


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_line_ends(eol: str) -> None:
    raw = f"event: answer{eol}data: a{eol}data: b{eol}{eol}".encode()
    assert pairs(decode(raw)) == [("answer", "a\nb")]


def test_cr_at_a_chunk_end_followed_by_lf_in_the_next_chunk() -> None:
    events = decode(b"data: a\r", b"\n\r", b"\ndata: b\r\n\r\n")
    assert pairs(events) == [("", "a"), ("", "b")]


def test_cr_at_a_chunk_end_and_a_lone_lf_chunk() -> None:
    assert pairs(decode(b"data: a\r", b"\n", b"\r\n")) == [("", "a")]


def test_cr_then_a_chunk_without_lf() -> None:
    assert pairs(decode(b"data: a\r", b"\rdata: b\r\r")) == [("", "a"), ("", "b")]


def test_comments_are_ignored() -> None:
    assert pairs(decode(b": ping\n:\ndata: x\n: inside\n\n")) == [("", "x")]


def test_multi_line_data_is_joined_with_newlines() -> None:
    assert pairs(decode(b'data: {\ndata:   "a": 1\ndata: }\n\n')) == [("", '{\n  "a": 1\n}')]


def test_id_and_retry_only_frames_are_skipped() -> None:
    assert decode(b"id: 1\n\nretry: 10\n\nid: 2\nretry: 5\n\n") == []


def test_id_and_retry_are_kept_on_the_next_frame() -> None:
    (event,) = decode(b"id: 42\nretry: 1500\n\nevent: x\ndata: y\n\n")
    assert event == ServerSentEvent("x", "y", "42", 1500)


def test_event_only_frame_does_not_label_the_next_frame() -> None:
    assert pairs(decode(b"event: lonely\n\ndata: x\n\n")) == [("", "x")]


def test_empty_frames_are_skipped() -> None:
    assert decode(b"\n\n\r\n\r\n\r\r") == []


def test_data_field_without_a_value() -> None:
    assert pairs(decode(b"data\n\n")) == [("", "")]


def test_unknown_fields_are_ignored() -> None:
    assert pairs(decode(b"foo: bar\ndata: x\n\n")) == [("", "x")]


def test_partial_frame_is_reported() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b'data: {"cho') == []
    assert decoder.has_partial_frame
    assert decoder.feed(b'ices": 1}\n') == []
    assert decoder.has_partial_frame
    assert pairs(decoder.feed(b"\n")) == [("", '{"choices": 1}')]
    assert not decoder.has_partial_frame


def test_invalid_utf8_is_replaced_not_raised() -> None:
    assert pairs(decode(b"data: \xff\xfe\n\n")) == [("", "\ufffd\ufffd")]


def test_large_frame_in_many_pieces() -> None:
    payload = "x" * 200_000
    raw = f"data: {payload}\n\n".encode()
    pieces = [raw[i : i + 7] for i in range(0, len(raw), 7)]
    assert pairs(decode(*pieces)) == [("", payload)]


# -- the property: any re-chunking decodes to the same events --------------------------------------
def _detail_stream() -> bytes:
    """A FastGPT v1 detail stream with every event kind, CJK text and mixed line ends."""
    interactive = {
        "interactive": {
            "type": "childrenInteractive",
            "params": {
                "childrenResponse": {
                    "type": "userSelect",
                    "params": {
                        "description": "选一个",
                        "userSelectOptions": [{"key": "a", "value": "确认"}, {"key": "b", "value": "取消"}],
                    },
                }
            },
        }
    }
    tool = {
        "id": "t1",
        "toolName": "搜索",
        "toolAvatar": "",
        "functionName": "search",
        "params": "",
        "response": "",
    }
    return b"".join(
        [
            b": keep-alive comment\n\n",
            frame({"status": "running", "name": "知识库搜索"}, "flowNodeStatus"),
            frame(chunk(None, reasoning="想一想"), "answer", eol="\r\n"),
            frame(chunk("电影"), "answer"),
            frame(chunk(""), "answer"),  # heartbeat
            frame(chunk("😀 推荐"), "answer", eol="\r"),
            frame(chunk("\n固定回复"), "fastAnswer"),
            frame({"tool": tool}, "toolCall", eol="\r\n"),
            frame({"tool": {**tool, "params": '{"q":'}}, "toolParams"),
            frame({"tool": {**tool, "response": "结果"}}, "toolResponse"),
            frame({"城市": "北京", "n": 2}, "updateVariables"),
            frame(interactive, "interactive", eol="\r"),
            frame({"text": "未来的事件"}, "someFutureEvent"),
            frame({"durationSeconds": 3.21}, "workflowDuration"),
            frame(chunk(None, finish_reason="stop"), "answer"),
            frame("[DONE]", "answer"),
            frame(
                [
                    {
                        "id": "1",
                        "nodeId": "n1",
                        "moduleName": "知识库搜索",
                        "moduleType": "datasetSearchNode",
                    },
                    {
                        "id": "2",
                        "nodeId": "n2",
                        "moduleName": "AI 对话",
                        "inputTokens": 10,
                        "outputTokens": 5,
                    },
                ],
                "flowResponses",
                eol="\r\n",
            ),
        ]
    )


DETAIL_STREAM = _detail_stream()


def stream_events(pieces: list[bytes]) -> list[tuple[str, str, str]]:
    state = StreamState(chat_id="c", response_chat_item_id="r", detail=True)
    events: list[Any] = []
    for piece in pieces:
        events.extend(state.feed(piece))
    state.end()
    return [(type(event).__name__, event.event, json.dumps(event.data, sort_keys=True)) for event in events]


WHOLE = stream_events([DETAIL_STREAM])


def test_detail_stream_whole() -> None:
    assert [name for name, _, _ in WHOLE] == [
        "FlowNodeStatusEvent",
        "AnswerEvent",
        "AnswerEvent",
        "AnswerEvent",
        "FastAnswerEvent",
        "ToolCallEvent",
        "ToolParamsEvent",
        "ToolResponseEvent",
        "UpdateVariablesEvent",
        "InteractiveEvent",
        "UnknownEvent",
        "WorkflowDurationEvent",
        "AnswerEvent",
        "FlowResponsesEvent",
    ]


@settings(max_examples=400, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=len(DETAIL_STREAM)), max_size=40))
def test_any_rechunking_gives_the_same_events(cuts: list[int]) -> None:
    points = [0, *sorted(set(cuts)), len(DETAIL_STREAM)]
    pieces = [DETAIL_STREAM[start:end] for start, end in itertools.pairwise(points)]
    assert stream_events(pieces) == WHOLE


def test_every_single_split_gives_the_same_events() -> None:
    for position in range(len(DETAIL_STREAM) + 1):
        assert stream_events([DETAIL_STREAM[:position], DETAIL_STREAM[position:]]) == WHOLE, position
