"""Chat answers, streamed or not, in shapes no FastGPT sends, over a real socket.

- A 2xx non-stream answer that is not a chat answer (`{}`, no `choices`, `choices: []`, a
  choice without `message`, FastGPT's `{code: 200}` envelope, JSON that is not an object) is
  `APIResponseValidationError`, not an empty `ChatCompletion`. FastGPT always sends one choice
  with a `message`, even for an empty answer or an interactive pause (those still parse).
- Node responses with counts no FastGPT sends (`1e400`, NaN, Infinity, negative, fractional,
  strings, bools, past 2**53 - 1) are skipped by `tokens`, which never raises, non-stream and
  streamed (v1 `flowResponses`, v2 `flowNodeResponse`) alike.
- A stream that ends at [DONE] with no answer frame is an empty answer, not an error: FastGPT
  ends every stream with the finish chunk and [DONE], with no text before them when the workflow
  replies nothing; a stream without the finish chunk is read the same (`finish_reason` "stop").
"""

from __future__ import annotations

import json
import socket

import pytest

from fastgpt_client import APIResponseValidationError, AsyncChatClient, ChatClient, IncompleteAnswerWarning
from fastgpt_client.types.completion import ChatCompletion, sum_tokens

from ._raw_server import DONE, FINISH, KEY, RawRequest, RawServer, answer_frame, send_response

NOT_AN_ANSWER = {
    "empty-object": b"{}",
    "no-choices": b'{"id": "c", "model": "", "usage": {"prompt_tokens": 1}}',
    "empty-choices": b'{"id": "c", "choices": []}',
    "choices-object": b'{"choices": {"0": {"message": {"content": "x"}}}}',
    "choices-string": b'{"choices": "x"}',
    "choice-not-object": b'{"choices": [1]}',
    "choice-without-message": b'{"choices": [{"index": 0, "finish_reason": "stop"}]}',
    "message-not-object": b'{"choices": [{"message": "hello"}]}',
    "envelope": b'{"code": 200}',
    "envelope-null-data": b'{"code": 200, "statusText": "", "message": "", "data": null}',
    "envelope-wrapping-an-answer": b'{"code": 200, "data": {"choices": [{"message": {"content": "x"}}]}}',
    "array": b'[{"choices": [{"message": {"content": "x"}}]}]',
    "string": b'"ok"',
    "number": b"42",
    "null": b"null",
    "true": b"true",
}


def serve(body: bytes, content_type: str = "application/json") -> RawServer:
    def handler(request: RawRequest, conn: socket.socket) -> None:
        send_response(conn, body, content_type=content_type)

    return RawServer(handler)


def ask(body: bytes, **options: object) -> ChatCompletion:
    with serve(body) as server, ChatClient(base_url=server.base_url, api_key=KEY, max_retries=0) as client:
        return client.create_chat_completion("q", **options)  # type: ignore[call-overload, no-any-return]


@pytest.mark.parametrize("body", list(NOT_AN_ANSWER.values()), ids=list(NOT_AN_ANSWER))
def test_a_2xx_body_that_is_not_a_chat_answer_is_a_validation_error(body: bytes) -> None:
    with pytest.raises(APIResponseValidationError) as info:
        ask(body)
    assert "choices" in str(info.value) or "chat answer" in str(info.value)
    assert info.value.status_code == 200


@pytest.mark.parametrize("name", ["empty-object", "envelope", "choice-without-message", "array"])
async def test_a_2xx_body_that_is_not_a_chat_answer_async(name: str) -> None:
    with serve(NOT_AN_ANSWER[name]) as server:
        async with AsyncChatClient(base_url=server.base_url, api_key=KEY, max_retries=0) as client:
            with pytest.raises(APIResponseValidationError):
                await client.create_chat_completion("q")
            with pytest.raises(APIResponseValidationError):
                await client.create_chat_completion("q", api_version="v2")


def test_the_answers_fastgpt_does_send_still_parse() -> None:
    # 0 assistant items: content "". One interactive item: content absent.
    assert (
        ask(b'{"id": "", "choices": [{"index": 0, "message": {"role": "assistant", "content": ""}}]}').text
        == ""
    )
    with pytest.warns(IncompleteAnswerWarning):  # a question left out without detail=True
        paused = ask(b'{"id": "", "choices": [{"index": 0, "message": {"role": "assistant"}}]}')
    assert (paused.text, paused.interactive) == ("", None)
    extra = ask(b'{"choices": [{"message": {"content": "hi"}}], "new": {"x": 1}}')
    assert extra.text == "hi"


# -- token sums ----------------------------------------------------------------------------------
# Raw JSON text: `json.dumps` cannot write 1e400 or a 400-digit integer as a number literal.
HOSTILE_NODES = (
    "["
    '{"moduleName": "a", "inputTokens": 1e400, "outputTokens": NaN, "totalPoints": Infinity},'
    '{"moduleName": "b", "inputTokens": -Infinity, "outputTokens": -5, "totalPoints": -1.5},'
    '{"moduleName": "c", "inputTokens": "12", "outputTokens": 12.5, "totalPoints": "3"},'
    '{"moduleName": "d", "inputTokens": true, "outputTokens": null, "totalPoints": NaN},'
    f'{{"moduleName": "e", "inputTokens": {"9" * 400}, "outputTokens": 9007199254740992, "totalPoints": 1e308}},'
    '{"moduleName": "f", "inputTokens": {"n": 1}, "outputTokens": [3], "totalPoints": 1e16},'
    '{"moduleName": "g", "inputTokens": 7, "outputTokens": 12.0, "totalPoints": 0.25},'
    '{"moduleName": "h", "inputTokens": 9007199254740991, "outputTokens": 1, "totalPoints": 2}'
    "]"
)
EXPECTED = (7 + 9007199254740991, 12 + 1, 2.25)


def totals(completion: ChatCompletion) -> tuple[int, int, float]:
    tokens = completion.tokens
    assert tokens.total_tokens == tokens.input_tokens + tokens.output_tokens
    return tokens.input_tokens, tokens.output_tokens, tokens.total_points


def test_hostile_counts_in_a_non_stream_answer_are_skipped() -> None:
    body = (
        '{"responseData": ' + HOSTILE_NODES + ', "newVariables": {}, "id": "",'
        ' "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}]}'
    ).encode()
    completion = ask(body, detail=True)
    assert len(completion.response_data) == 8
    assert totals(completion) == EXPECTED


def stream_final(body: bytes, *, api_version: str = "v1") -> ChatCompletion:
    with (
        serve(body, "text/event-stream") as server,
        ChatClient(base_url=server.base_url, api_key=KEY, max_retries=0) as client,
        client.create_chat_completion("q", stream=True, detail=True, api_version=api_version) as stream,  # type: ignore[call-overload]
    ):
        return stream.get_final_completion()


def test_hostile_counts_in_v1_flow_responses_are_skipped() -> None:
    for flow_first in (True, False):  # 4.14.11+ before [DONE], older after it
        flow = b"event: flowResponses\ndata: " + HOSTILE_NODES.encode() + b"\n\n"
        tail = b"event: answer\n" + DONE
        body = answer_frame("hi", event=True) + (flow + tail if flow_first else tail + flow)
        assert totals(stream_final(body)) == EXPECTED


def test_hostile_counts_in_v2_node_responses_are_skipped() -> None:
    frames = b"".join(
        b"event: flowNodeResponse\ndata: " + json.dumps(node).encode() + b"\n\n"
        for node in json.loads(HOSTILE_NODES)  # NaN, Infinity survive the round trip
    )
    body = answer_frame("hi", event=True) + frames + b"event: answer\n" + DONE
    assert totals(stream_final(body, api_version="v2")) == EXPECTED


def test_sum_tokens_never_raises_on_python_values() -> None:
    nodes = [
        {"inputTokens": float("nan"), "outputTokens": float("inf"), "totalPoints": float("-inf")},
        {"inputTokens": 10**5000, "outputTokens": -(10**5000), "totalPoints": 10**5000},
        {"inputTokens": 3, "outputTokens": 4.0, "totalPoints": 0.5},
        {},
    ]
    usage = sum_tokens(nodes)
    assert (usage.input_tokens, usage.output_tokens, usage.total_points) == (3, 4, 0.5)


def test_a_workflow_duration_too_large_for_a_float_is_not_a_number() -> None:
    """Before: float() of a 400-digit integer raised a raw OverflowError out of the stream."""
    for value in ("9" * 400, "1e400", "-1e400", "NaN"):
        frame = b'event: workflowDuration\ndata: {"durationSeconds": ' + value.encode() + b"}\n\n"
        completion = stream_final(answer_frame("hi", event=True) + frame + b"event: answer\n" + DONE)
        assert completion.text == "hi"


# -- a stream with no answer frame --------------------------------------------------------------
@pytest.mark.parametrize(
    "body", [DONE, FINISH + DONE, b": heartbeat\n\n" + DONE], ids=["done", "finish", "comment"]
)
def test_a_stream_that_is_only_done_is_an_empty_answer(body: bytes) -> None:
    with (
        serve(body, "text/event-stream") as server,
        ChatClient(base_url=server.base_url, api_key=KEY, max_retries=0) as client,
        client.create_chat_completion("q", stream=True) as stream,
    ):
        completion = stream.get_final_completion()
    assert (completion.text, completion.choices[0].finish_reason) == ("", "stop")
