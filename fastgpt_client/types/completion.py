"""`ChatCompletion`: a FastGPT answer with its awkward shapes already resolved."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._constants import NO_RECORD_CHAT_ID
from .._json import as_list, as_mapping, as_str, mappings
from .interactive import InteractivePrompt
from .node_tree import NodeTree, build_node_tree

if TYPE_CHECKING:
    from fastgpt_api.models import ChatChoice, ChatCompletionResponse, NodeResponse, Usage

__all__ = ["ChatCompletion", "IncompleteAnswerWarning", "TokenUsage"]


class IncompleteAnswerWarning(UserWarning):
    """FastGPT's non-stream answer left part of the run out, most likely a workflow question.

    A run whose whole answer is one question (an interactive node) or one tool call comes back
    without `content`: always without `detail=True`, and with it from FastGPT before 4.16. A
    stream with `detail=True` carries the question in every version. Turn the warning into an
    error with `warnings.simplefilter("error", IncompleteAnswerWarning)`.
    """


@dataclass(frozen=True, slots=True)
class TokenUsage:
    """Real token counts, summed over the node responses (FastGPT's `usage` is always 1/1/1)."""

    input_tokens: int = 0
    output_tokens: int = 0
    total_points: float = 0.0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def __add__(self, other: TokenUsage) -> TokenUsage:
        """The counts of two answers together: `first.tokens + second.tokens`."""
        if not isinstance(other, TokenUsage):  # pyright: ignore[reportUnnecessaryIsInstance]
            return NotImplemented
        return TokenUsage(
            self.input_tokens + other.input_tokens,
            self.output_tokens + other.output_tokens,
            self.total_points + other.total_points,
        )

    def __radd__(self, other: int) -> TokenUsage:
        """`sum(answer.tokens for answer in answers)` (sum starts from 0; type checkers then say
        `TokenUsage | int`, so give the start: `sum((a.tokens for a in answers), TokenUsage())`)."""
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self) -> str:
        return (
            f"TokenUsage(input_tokens={self.input_tokens}, output_tokens={self.output_tokens}, "
            f"total_tokens={self.total_tokens}, total_points={self.total_points})"
        )


class ChatCompletion:
    """A chat answer.

    `raw` is the generated `ChatCompletionResponse` with every field FastGPT sent; the properties
    resolve what FastGPT varies: `content` may be a string, a list of items or missing.
    """

    raw: ChatCompletionResponse
    chat_id: str
    """The chat this answer belongs to (the one sent, or the one the client generated); `""` for
    a turn run with `store=False`, which belongs to no chat."""
    response_chat_item_id: str
    """The stored answer's `dataId`, for feedback, record detail and deletion. The client sends
    one with every stored turn, so it is set on every such answer a chat method returns; `""` for
    a turn run with `store=False` and on a `ChatCompletion` built by hand without one."""

    def __init__(
        self,
        raw: ChatCompletionResponse,
        *,
        chat_id: str | None = None,
        response_chat_item_id: str | None = None,
        json: Mapping[str, Any] | None = None,
    ) -> None:
        self.raw = raw
        self.chat_id = chat_id or (raw.id if isinstance(raw.id, str) else "")
        if self.chat_id == NO_RECORD_CHAT_ID:
            self.chat_id = ""  # a turn run with store=False belongs to no chat
        self.response_chat_item_id = response_chat_item_id or ""
        # The body as sent: the generated model keeps content items it cannot type (v2 items
        # without `type`, item kinds newer than the spec) as plain dicts, and its `to_dict()`
        # then fails on them, so the resolved views read the JSON itself.
        self._json: Mapping[str, Any] | None = json

    @classmethod
    def from_json(
        cls, data: Mapping[str, Any], *, chat_id: str | None = None, response_chat_item_id: str | None = None
    ) -> ChatCompletion:
        from fastgpt_api.models import ChatCompletionResponse

        raw = ChatCompletionResponse.from_dict(data)
        return cls(raw, chat_id=chat_id, response_chat_item_id=response_chat_item_id, json=data)

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        extra = f", interactive={self.interactive.type!r}" if self.interactive else ""
        return f"ChatCompletion(chat_id={self.chat_id!r}, text={text!r}{extra})"

    # -- delegated fields ---------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self.raw.id if isinstance(self.raw.id, str) else ""

    @property
    def choices(self) -> list[ChatChoice]:
        return self.raw.choices if isinstance(self.raw.choices, list) else []

    @property
    def usage(self) -> Usage | None:
        """OpenAI-compatible usage: always the 1/1/1 placeholder. See `tokens` for real counts."""
        return self.raw.usage

    @property
    def title(self) -> str | None:
        """The chat title FastGPT generated in this turn (4.15+, for a chat without one yet), else
        None. A stream carries it in its `chatTitle` event (`detail=True` only), which
        `get_final_completion()` puts here."""
        title = self.body.get("title")
        return title if isinstance(title, str) and title else None

    @property
    def error(self) -> Any:
        """The last node's error when it failed (the HTTP status stays 200), else None."""
        return self.raw.error

    @property
    def body(self) -> Mapping[str, Any]:
        """The answer's JSON as FastGPT sent it (read-only: to log, store or forward it whole).
        Content FastGPT added after this SDK's spec is in it too."""
        return self._json if self._json is not None else self.raw.to_dict()

    # -- resolved views -----------------------------------------------------------------------
    @cached_property
    def _items(self) -> list[Mapping[str, Any]]:
        """The answer as FastGPT's value items, whatever shape `content` came in."""
        content = _message(self.body).get("content")
        if isinstance(content, str):
            return [{"type": "text", "text": {"content": content}}]
        return mappings(content)

    @cached_property
    def text(self) -> str:
        """The answer text; `""` when the answer has none (an interactive pause, an empty answer)."""
        return "\n".join(_item_text(item, "text") for item in self._items if _item_text(item, "text"))

    @cached_property
    def reasoning(self) -> str:
        """The model's reasoning text, `""` when there is none."""
        reasoning = _message(self.body).get("reasoning_content")
        if isinstance(reasoning, str) and reasoning:
            return reasoning
        return "\n".join(
            _item_text(item, "reasoning") for item in self._items if _item_text(item, "reasoning")
        )

    @cached_property
    def interactive(self) -> InteractivePrompt | None:
        """The prompt of a workflow paused for the user, else None.

        Needs `detail=True`. When the prompt is the whole answer, FastGPT before 4.16 leaves it out
        of the non-stream JSON (`content` is absent) and the SDK warns with
        `IncompleteAnswerWarning`; a stream always carries it, so ask and answer interactive apps
        with `stream=True, detail=True` and read `stream.get_final_completion().interactive`.
        """
        for item in self._items:
            if item.get("type") == "interactive" or ("interactive" in item and "type" not in item):
                return InteractivePrompt.from_payload(item.get("interactive"))
        return None

    def _missing_content(self, *, detail: bool) -> str | None:
        """Why FastGPT's answer has no `content` at all, or None when it has some (or reasoning)."""
        message = _message(self.body)
        if not message or "content" in message or self.reasoning:
            return None  # no message at all is not an answer FastGPT cut short
        if detail:
            return (
                "FastGPT sent this answer without content: the run ended on a single item that "
                "FastGPT before 4.16 leaves out of a non-stream answer, most likely a workflow "
                "question (an interactive node), so `completion.interactive` is None although the "
                "chat may be waiting for an answer. Ask and answer interactive apps with "
                "stream=True, detail=True: the stream always carries the question."
            )
        return (
            "FastGPT sent this answer without content: the run ended on a single item that FastGPT "
            "leaves out of an answer without detail=True, most likely a workflow question (an "
            "interactive node). Pass detail=True (with stream=True for FastGPT before 4.16) to "
            "receive the question as `completion.interactive`."
        )

    @property
    def response_data(self) -> list[NodeResponse]:
        """What each node did (`[]` without `detail=True`)."""
        return self.raw.response_data if isinstance(self.raw.response_data, list) else []

    @cached_property
    def node_tree(self) -> list[NodeTree]:
        """`response_data` as the tree the nodes ran in (`[]` without `detail=True`): the
        top-level nodes, each with the nodes it ran under `children` (an Agent's tools, a
        loop's runs, a child app's nodes). v2 streams send nested nodes one by one, with
        `parentId`; this merges them by `id` and `parentId` as FastGPT's own UI does."""
        return build_node_tree(mappings(self.body.get("responseData")))

    @property
    def new_variables(self) -> dict[str, Any]:
        """The workflow variables after the run (`{}` without `detail=True`).

        From a stream's `get_final_completion()` only the variables of `updateVariables` events:
        FastGPT sends no final variable set in a stream.
        """
        if self.raw.new_variables is None:
            return {}
        return dict(self.raw.new_variables.additional_properties)

    @property
    def tokens(self) -> TokenUsage:
        """Real token counts and AI points, summed over `response_data` (values no FastGPT sends,
        such as NaN or a negative count, are left out: see `sum_tokens`)."""
        return sum_tokens(node.to_dict() for node in self.response_data)


_MAX_COUNT = 2**53 - 1
"""JavaScript's `Number.MAX_SAFE_INTEGER`: FastGPT (Node.js) cannot send a larger exact count."""


def sum_tokens(nodes: Iterable[Mapping[str, Any]]) -> TokenUsage:
    """The sums over `nodes`. A value that no FastGPT sends is skipped, never raised on: a token
    count counts only when it is a whole number from 0 to 2**53 - 1 (so not NaN, Infinity,
    `1e400`, negative, fractional, a string or a bool), AI points only when finite, from 0 to
    2**53 - 1."""
    input_tokens = output_tokens = 0
    points = 0.0
    for node in nodes:
        input_tokens += _count(node.get("inputTokens"))
        output_tokens += _count(node.get("outputTokens"))
        points += _points(node.get("totalPoints"))
    return TokenUsage(input_tokens, output_tokens, points)


def _count(value: object) -> int:
    if type(value) is int:
        return value if 0 <= value <= _MAX_COUNT else 0
    if type(value) is float and value.is_integer() and 0 <= value <= _MAX_COUNT:
        return int(value)
    return 0


def _points(value: object) -> float:
    if type(value) is int or type(value) is float:
        # NaN fails both comparisons, Infinity the second; an int past the bound is never floated.
        return float(value) if 0 <= value <= _MAX_COUNT else 0.0
    return 0.0


def _message(response: Mapping[str, Any]) -> Mapping[str, Any]:
    choices = as_list(response.get("choices"))
    return as_mapping(as_mapping(choices[0]).get("message")) if choices else {}


def _item_text(item: Mapping[str, Any], kind: str) -> str:
    if item.get("type", kind) != kind:
        return ""
    return as_str(as_mapping(item.get(kind)).get("content"))
