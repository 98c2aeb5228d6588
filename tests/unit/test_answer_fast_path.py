"""`_decode._answer` (the per-chunk hot path, rewritten for speed in issue 17) gives the same event
as the helper-based version it replaced, for every shape an answer chunk can take."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from fastgpt_client._decode import _answer
from fastgpt_client._json import as_mapping, as_str
from fastgpt_client.types.events import AnswerEvent, FastAnswerEvent, StreamEvent


def reference(name: str, data: Any) -> StreamEvent | None:
    """The previous implementation, with the `Mapping`/`str` helpers."""
    choices = as_mapping(data).get("choices")
    choice = as_mapping(choices[0]) if isinstance(choices, list) and choices else {}
    delta = as_mapping(choice.get("delta"))
    text = as_str(delta.get("content"))
    reasoning = as_str(delta.get("reasoning_content"))
    finish = choice.get("finish_reason")
    finish_reason = finish if isinstance(finish, str) else None
    if not text and not reasoning and finish_reason is None:
        return None
    cls = FastAnswerEvent if name == "fastAnswer" else AnswerEvent
    return cls(name, data, text, reasoning, finish_reason)


VALUES: list[Any] = [None, "", "hi", 0, 1.5, True, [], ["x"], {}, {"a": 1}]
DELTAS: list[Any] = [
    {"content": c, "reasoning_content": r} for c, r in itertools.product(VALUES, VALUES[:4])
] + [None, "text", [], {"role": "assistant"}]
CHOICES: list[Any] = [
    {"delta": d, "finish_reason": f} for d, f in itertools.product(DELTAS, [None, "stop", "", 3])
] + [None, "x", [], {}]
PAYLOADS: list[Any] = [{"choices": [c]} for c in CHOICES] + [
    {"choices": []},
    {"choices": None},
    {"choices": "x"},
    {"choices": {"0": {}}},
    {"choices": [None, {"delta": {"content": "second"}}]},
    [],
    "x",
    None,
    3,
]


@pytest.mark.parametrize("name", ["answer", "fastAnswer"])
def test_every_shape_gives_the_reference_event(name: str) -> None:
    assert len(PAYLOADS) > 150
    for payload in PAYLOADS:
        assert _answer(name, payload) == reference(name, payload), payload


def test_the_common_chunk() -> None:
    data = {"choices": [{"delta": {"role": "assistant", "content": "Hi"}, "finish_reason": None}]}
    event = _answer("answer", data)
    assert event == AnswerEvent("answer", data, "Hi", "", None)
    assert type(_answer("fastAnswer", data)) is FastAnswerEvent


FRAMES = [
    '{"a":1}',
    ' {"a":1}',
    '{"a":1} ',
    "\t[1,2]\r\n",
    '"text"',
    "3",
    "NaN",
    "-Infinity",
    "1e400",
    "null",
    "",
    " ",
    "\ufeff{}",
    '{"a":1}x',
    '{"a":1}{"b":2}',
    "{",
    "[1,]",
    "\u3000{}",
    '{"a":"\\ud800"}',
]


@pytest.mark.parametrize("text", FRAMES)
def test_frames_decode_as_json_loads_does(text: str) -> None:
    import json

    from fastgpt_client._decode import _loads

    try:
        expected: Any = ("value", json.loads(text))
    except ValueError as error:
        expected = ("error", type(error))
    try:
        got: Any = ("value", _loads(text))
    except ValueError as error:
        got = ("error", type(error))
    assert repr(got) == repr(expected)  # repr: NaN != NaN


def test_deep_nesting_raises_recursion_error_as_json_loads_does() -> None:
    import json

    from fastgpt_client._decode import _loads

    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(RecursionError):
        json.loads(deep)
    with pytest.raises(RecursionError):
        _loads(deep)
