"""`ChatCompletion`: a FastGPT answer with its awkward shapes already resolved."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._constants import NO_RECORD_CHAT_ID
from .._json import as_list, as_mapping, as_number, as_str, mappings
from .interactive import InteractivePrompt
from .node_tree import NodeTree, build_node_tree

if TYPE_CHECKING:
    from fastgpt_api.models import ChatChoice, ChatCompletionResponse, NodeResponse, Usage

__all__ = ["ChatCompletion", "TokenUsage"]


@dataclass(frozen=True, slots=True)
class TokenUsage:
    """Real token counts, summed over the node responses (FastGPT's `usage` is always 1/1/1)."""

    input_tokens: int
    output_tokens: int
    total_points: float

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


class ChatCompletion:
    """A chat answer.

    `raw` is the generated `ChatCompletionResponse` with every field FastGPT sent; the properties
    resolve what FastGPT varies: `content` may be a string, a list of items or missing.
    """

    raw: ChatCompletionResponse
    chat_id: str | None
    """The chat this answer belongs to (the one sent, or the one the client generated); None for
    a turn run with `store=False`."""
    response_chat_item_id: str | None
    """The stored answer's `dataId`, for feedback, record detail and deletion."""

    def __init__(
        self,
        raw: ChatCompletionResponse,
        *,
        chat_id: str | None = None,
        response_chat_item_id: str | None = None,
        json: Mapping[str, Any] | None = None,
    ) -> None:
        self.raw = raw
        self.chat_id = chat_id or (raw.id if isinstance(raw.id, str) and raw.id else None)
        if self.chat_id == NO_RECORD_CHAT_ID:
            self.chat_id = None  # a turn run with store=False belongs to no chat
        self.response_chat_item_id = response_chat_item_id
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
        from fastgpt_api.types import Unset

        return None if isinstance(self.raw.usage, Unset) else self.raw.usage

    @property
    def title(self) -> str | None:
        """The chat title FastGPT generated in this turn (4.15+, for a chat without one yet), else
        None. A stream carries it in its `chatTitle` event (`detail=True` only), which
        `get_final_completion()` puts here."""
        title = self._body().get("title")
        return title if isinstance(title, str) and title else None

    @property
    def error(self) -> Any:
        """The last node's error when it failed (the HTTP status stays 200), else None."""
        from fastgpt_api.types import Unset

        return None if isinstance(self.raw.error, Unset) else self.raw.error

    def _body(self) -> Mapping[str, Any]:
        return self._json if self._json is not None else self.raw.to_dict()

    # -- resolved views -----------------------------------------------------------------------
    @cached_property
    def _items(self) -> list[Mapping[str, Any]]:
        """The answer as FastGPT's value items, whatever shape `content` came in."""
        content = _message(self._body()).get("content")
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
        reasoning = _message(self._body()).get("reasoning_content")
        if isinstance(reasoning, str) and reasoning:
            return reasoning
        return "\n".join(
            _item_text(item, "reasoning") for item in self._items if _item_text(item, "reasoning")
        )

    @cached_property
    def interactive(self) -> InteractivePrompt | None:
        """The prompt of a workflow paused for the user, else None.

        Needs `detail=True`. When the prompt is the whole answer, FastGPT's non-stream JSON omits
        it (`content` is absent); a stream always carries it, so ask interactive apps with
        `stream=True, detail=True` and read `stream.get_final_completion().interactive`.
        """
        for item in self._items:
            if item.get("type") == "interactive" or ("interactive" in item and "type" not in item):
                return InteractivePrompt.from_payload(item.get("interactive"))
        return None

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
        return build_node_tree(mappings(self._body().get("responseData")))

    @property
    def new_variables(self) -> dict[str, Any]:
        """The workflow variables after the run (`{}` without `detail=True`).

        From a stream's `get_final_completion()` only the variables of `updateVariables` events:
        FastGPT sends no final variable set in a stream.
        """
        from fastgpt_api.types import Unset

        if isinstance(self.raw.new_variables, Unset):
            return {}
        return dict(self.raw.new_variables.additional_properties)

    @property
    def tokens(self) -> TokenUsage:
        """Real token counts and AI points, summed over `response_data`."""
        return sum_tokens(node.to_dict() for node in self.response_data)


def sum_tokens(nodes: Iterable[Mapping[str, Any]]) -> TokenUsage:
    input_tokens = output_tokens = points = 0.0
    for node in nodes:
        input_tokens += as_number(node.get("inputTokens")) or 0.0
        output_tokens += as_number(node.get("outputTokens")) or 0.0
        points += as_number(node.get("totalPoints")) or 0.0
    return TokenUsage(int(input_tokens), int(output_tokens), points)


def _message(response: Mapping[str, Any]) -> Mapping[str, Any]:
    choices = as_list(response.get("choices"))
    return as_mapping(as_mapping(choices[0]).get("message")) if choices else {}


def _item_text(item: Mapping[str, Any], kind: str) -> str:
    if item.get("type", kind) != kind:
        return ""
    return as_str(as_mapping(item.get(kind)).get("content"))
