"""Result types behave as their types say: slices of pages and search results, token sums,
search durations in seconds, chat ids that are always strings."""

from __future__ import annotations

import math

import pytest

from fastgpt_client.resources._async.search import parse_search_result, parse_seconds
from fastgpt_client.types import ChatCompletion, Page, SearchResult, TokenUsage


def test_a_page_slices_into_a_list() -> None:
    page = Page(items=["a", "b", "c", "d"], total=10)
    assert page[1] == "b"
    assert page[-1] == "d"
    assert page[:2] == ["a", "b"]
    assert page[::2] == ["a", "c"]
    assert isinstance(page[1:], list)


def test_a_search_result_slices_into_a_list() -> None:
    body = {"code": 200, "data": {"list": [{"id": str(n), "q": f"q{n}", "score": []} for n in range(5)]}}
    result = parse_search_result(body)
    assert isinstance(result, SearchResult)
    assert [item.q for item in result[:3]] == ["q0", "q1", "q2"]
    assert result[-1].q == "q4"


def test_token_usage_adds_and_sums() -> None:
    one = TokenUsage(10, 5, 0.5)
    two = TokenUsage(1, 2, 0.25)
    assert one + two == TokenUsage(11, 7, 0.75)
    assert sum([one, two, one]) == TokenUsage(21, 12, 1.25)
    assert sum([], TokenUsage()) == TokenUsage(0, 0, 0.0)
    assert sum([one, two], TokenUsage()) == TokenUsage(11, 7, 0.75)
    with pytest.raises(TypeError):
        one + 1  # type: ignore[operator]  # the point of the test: a wrong operand is refused


def test_token_usage_repr_shows_the_total() -> None:
    assert repr(TokenUsage(10, 5, 0.5)) == (
        "TokenUsage(input_tokens=10, output_tokens=5, total_tokens=15, total_points=0.5)"
    )


@pytest.mark.parametrize(
    ("wire", "seconds"),
    [
        ("0.532s", 0.532),
        ("0.001s", 0.001),
        (" 2S ", 2.0),
        ("12ms", 0.012),
        ("1.5", 1.5),
        (3, 3.0),
        (0.25, 0.25),
        ("", None),
        ("fast", None),
        ("s", None),
        ("-1s", None),
        ("nans", None),
        ("infs", None),
        (None, None),
        (True, None),
        ({"s": 1}, None),
    ],
)
def test_search_duration_is_float_seconds(wire: object, seconds: float | None) -> None:
    parsed = parse_seconds(wire)
    if seconds is None:
        assert parsed is None
    else:
        assert parsed is not None
        assert math.isclose(parsed, seconds)
    body = {"code": 200, "data": {"list": [], "duration": wire}}
    assert parse_search_result(body).duration == parsed


def test_chat_ids_are_strings() -> None:
    made = ChatCompletion.from_json({"id": "", "choices": []})
    assert (made.chat_id, made.response_chat_item_id) == ("", "")
    sent = ChatCompletion.from_json({"id": "srv"}, chat_id="c1", response_chat_item_id="r1")
    assert (sent.chat_id, sent.response_chat_item_id) == ("c1", "r1")
    assert ChatCompletion.from_json({"id": "srv"}).chat_id == "srv"
