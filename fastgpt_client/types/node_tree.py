"""`NodeTree`: the node responses of a run as the tree FastGPT ran them in.

A v2 stream sends one `flowNodeResponse` per node, nested nodes included (the tools of an
Agent, the runs of a loop or a parallel branch, a child app's nodes), each with its `id` and,
for a nested one, its parent's `id` as `parentId`. FastGPT may send one node more than once
(an increment), and a child before its parent. `build_node_tree` merges them the way FastGPT's
own `mergeNodeResponseDataByIdAndParent` does (`packages/global/core/chat/utils/mergeNode.ts`):

- responses with the same `id` and `parentId` are one node: later fields win, the counters
  (`runningTime`, `totalPoints`, the token counts, `childResponseCount`) add up and
  `llmRequestIds` are joined;
- a response whose `parentId` names another node's `id` goes under that node, in arrival
  order, wherever the parent arrived;
- a response whose parent never arrived stays at the top, so nothing is lost.

Children a response already carries (`childrenResponses`, and the older `pluginDetail`,
`toolDetail`, `loopDetail`, `parallelDetail`, `loopRunDetail`) become its children too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._json import as_list, as_number, as_str, mappings

if TYPE_CHECKING:
    from fastgpt_api.models import NodeResponse

__all__ = ["NodeTree", "build_node_tree"]

CHILD_FIELDS = (
    "childrenResponses",
    "pluginDetail",
    "toolDetail",
    "loopDetail",
    "parallelDetail",
    "loopRunDetail",
)
"""Where a node response nests the responses of the nodes it ran (FastGPT's `childrenResponseFields`)."""
_SUMMED = (
    "runningTime",
    "totalPoints",
    "childResponseCount",
    "tokens",
    "inputTokens",
    "outputTokens",
    "toolCallInputTokens",
    "toolCallOutputTokens",
    "embeddingTokens",
    "reRankInputTokens",
    "extensionTokens",
)
"""The fields two increments of one node add up (FastGPT's `NODE_RESPONSE_INCREMENT_NUMBER_FIELDS`)."""


@dataclass(frozen=True, slots=True)
class NodeTree:
    """One node's response (`data`, merged, without its nested responses) and the nodes it ran."""

    data: Mapping[str, Any]
    children: tuple[NodeTree, ...]

    @property
    def id(self) -> str:
        return as_str(self.data.get("id"))

    @property
    def parent_id(self) -> str | None:
        return as_str(self.data.get("parentId")) or None

    @property
    def node_id(self) -> str:
        return as_str(self.data.get("nodeId"))

    @property
    def module_name(self) -> str:
        return as_str(self.data.get("moduleName"))

    @property
    def module_type(self) -> str:
        return as_str(self.data.get("moduleType"))

    @property
    def node(self) -> NodeResponse:
        """`data` as the typed `NodeResponse`."""
        from fastgpt_api.models import NodeResponse

        return NodeResponse.from_dict(self.data)

    def walk(self) -> Iterator[NodeTree]:
        """This node, then every node under it, depth first, in the order they ran."""
        stack: list[NodeTree] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))


class _Node:
    __slots__ = ("children", "data")

    def __init__(self, data: dict[str, Any], children: list[_Node]) -> None:
        self.data = data
        self.children = children

    @property
    def key(self) -> tuple[str, str] | None:
        node_id = as_str(self.data.get("id"))
        return (node_id, as_str(self.data.get("parentId"))) if node_id else None


def build_node_tree(responses: Iterable[Mapping[str, Any]]) -> list[NodeTree]:
    """The top-level nodes of `responses` (flat, nested or both), with their children."""
    nodes = _merged([_node(response) for response in responses])
    by_id: dict[str, _Node] = {}
    parents: dict[int, _Node] = {}  # id(node) -> the node it is under

    def index(node: _Node) -> None:
        by_id.setdefault(as_str(node.data.get("id")), node)
        for child in node.children:
            parents[id(child)] = node
            index(child)

    for node in nodes:
        index(node)
    by_id.pop("", None)
    roots: list[_Node] = []
    for node in nodes:
        parent = by_id.get(as_str(node.data.get("parentId")))
        if parent is None or _is_below(parent, node, parents):
            roots.append(node)
        else:
            parents[id(node)] = parent
            parent.children.append(node)
    return [_frozen(node) for node in roots]


def _node(response: Mapping[str, Any]) -> _Node:
    data = {key: value for key, value in response.items() if key not in CHILD_FIELDS}
    children = [_node(child) for field in CHILD_FIELDS for child in mappings(response.get(field))]
    return _Node(data, children)


def _is_below(parent: _Node, node: _Node, parents: Mapping[int, _Node]) -> bool:
    """`parent` is `node` itself or a node already placed under it (the link would make a loop)."""
    current: _Node | None = parent
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        if current is node:
            return True
        seen.add(id(current))
        current = parents.get(id(current))
    return False


def _merged(nodes: list[_Node]) -> list[_Node]:
    """`nodes` with increments of one node (same `id` and `parentId`) merged, first place kept."""
    merged: list[_Node] = []
    index: dict[tuple[str, str], _Node] = {}
    for node in nodes:
        key = node.key
        first = index.get(key) if key is not None else None
        if first is None:
            if key is not None:
                index[key] = node
            merged.append(node)
        else:
            _merge_into(first, node)
    return merged


def _merge_into(current: _Node, incoming: _Node) -> None:
    data = {**current.data, **incoming.data}
    for field in _SUMMED:
        before, after = as_number(current.data.get(field)), as_number(incoming.data.get(field))
        if before is not None or after is not None:
            total = (before or 0.0) + (after or 0.0)
            data[field] = round(total, 2) if field == "runningTime" else _whole(total)
    request_ids = [
        *_strings(current.data.get("llmRequestIds")),
        *_strings(incoming.data.get("llmRequestIds")),
    ]
    if request_ids:
        data["llmRequestIds"] = list(dict.fromkeys(request_ids))
    current.data = data
    current.children = current.children + incoming.children


def _whole(value: float) -> float | int:
    return int(value) if value.is_integer() else value


def _strings(value: object) -> list[str]:
    return [item for item in as_list(value) if isinstance(item, str)]


def _frozen(node: _Node) -> NodeTree:
    return NodeTree(node.data, tuple(_frozen(child) for child in _merged(node.children)))
