"""How a workflow run turns into events and stored records, and the scripted run.

A run is a generator of steps: ``Emit`` (one SSE event, always produced as in ``detail=true``;
the writer filters for ``detail=false`` and v1/v2) and ``Pause`` (time a real model would take).
While it runs it collects what FastGPT would store and return: the AI value items, the node
responses (``responseData``) and the variables.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._ids import IdFactory
from ._scripting import ScriptedReply, deepest_interactive
from ._sse import answer_chunk

MODEL = "gpt-4o-mini"


_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_PIECES = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+\s*|\s+")
_TOKENS = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+")
_VARIABLE = re.compile(r"\{\{\s*([\w.\-$]+)\s*\}\}")


def split_stream(text: str) -> list[str]:
    """Pieces to stream: a word with its trailing space, or one CJK character. Joins back to ``text``."""
    return _PIECES.findall(text)


def count_tokens(text: str) -> int:
    """A stand-in tokenizer: words and single CJK characters."""
    return len(_TOKENS.findall(text))


def replace_variables(template: str, variables: Mapping[str, Any]) -> str:
    """``{{name}}`` substitution; unknown names are left as they are (as in FastGPT)."""

    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in variables:
            return match.group(0)
        value = variables[name]
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    return _VARIABLE.sub(sub, template)


@dataclass(frozen=True)
class Emit:
    event: str
    data: Any
    id: str | None = None
    """The answer value the event belongs to: 4.16 detail streams add it as ``responseValueId``."""


@dataclass(frozen=True)
class Pause:
    seconds: float


Step = Emit | Pause


App = Callable[["Run"], Iterator[Step]]
"""An app: the steps of one run."""


@dataclass
class RunInput:
    app: App
    app_id: str
    chat_id: str
    question: str
    history: list[tuple[str, str]]
    """Prompt history as ``(obj, text)``: stored records, then earlier request messages."""
    variables: dict[str, Any]
    pending: Mapping[str, Any] | None = None
    """The stored interactive prompt this turn answers, if any."""
    script: ScriptedReply | None = None
    token_delay: float = 0.0
    quotes: list[dict[str, Any]] | None = None
    """What the "Knowledge Search" node finds, when the app has a dataset attached."""


@dataclass
class Run:
    """One workflow run; iterate ``steps()`` and read the collected results afterwards."""

    inp: RunInput
    ids: IdFactory
    items: list[dict[str, Any]] = field(default_factory=lambda: [])
    responses: list[dict[str, Any]] = field(default_factory=lambda: [])
    variables: dict[str, Any] = field(default_factory=lambda: {})
    interactive: dict[str, Any] | None = None
    stopped: bool = False
    custom_responses: bool = False
    """Set by scripts that replace the node responses: generated ones are then not emitted."""
    started: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.variables = dict(self.inp.variables)

    # results

    @property
    def duration(self) -> float:
        return round(time.monotonic() - self.started, 3)

    @property
    def error(self) -> Any:
        """The top-level ``error``: the last node response's ``error`` or ``errorText``."""
        if not self.responses:
            return None
        last = self.responses[-1]
        return last.get("error") or last.get("errorText")

    @property
    def text(self) -> str:
        return "\n".join(item["text"]["content"] for item in self.items if item["type"] == "text")

    @property
    def reasoning(self) -> str:
        return "\n".join(item["reasoning"]["content"] for item in self.items if item["type"] == "reasoning")

    def stop(self) -> None:
        self.stopped = True

    def steps(self) -> Iterator[Step]:
        script = self.inp.script
        if script is not None:
            yield from scripted(self, script)
        else:
            yield from self.inp.app(self)
        if self.interactive is not None and not self.stopped:
            yield Emit("interactive", {"interactive": self.interactive})
        yield Emit("workflowDuration", {"durationSeconds": self.duration})

    # building blocks for apps

    def _push_item(self, kind: str, text: str) -> None:
        last = self.items[-1] if self.items else None
        if last is not None and last["type"] == kind:
            last[kind]["content"] += text
        else:
            self.items.append({"type": kind, kind: {"content": text}})

    def node_status(self, name: str) -> Iterator[Step]:
        yield Emit("flowNodeStatus", {"status": "running", "name": name})

    def stream(self, text: str, *, reasoning: bool = False) -> Iterator[Step]:
        """Stream ``text`` as answer chunks, one token each, honouring ``token_delay`` and stop."""
        for i, piece in enumerate(split_stream(text)):
            if self.stopped:
                return
            if i and self.inp.token_delay:
                yield Pause(self.inp.token_delay)
                if self.stopped:
                    return
            self._push_item("reasoning" if reasoning else "text", piece)
            chunk = answer_chunk(reasoning=piece) if reasoning else answer_chunk(piece)
            yield Emit("answer", chunk)

    def fast_answer(self, text: str) -> Iterator[Step]:
        """A "Specified reply" node: one ``fastAnswer`` chunk whose text starts with a newline."""
        reply = "\n" + text
        self._push_item("text", reply)
        yield Emit("fastAnswer", answer_chunk(reply))

    def respond(
        self, name: str, module_type: str, node_id: str, started: float, **fields: Any
    ) -> Iterator[Step]:
        """Record a node response and emit it as ``flowNodeResponse`` (dropped by the v1 writer)."""
        response: dict[str, Any] = {
            "id": self.ids.nanoid(),
            "nodeId": node_id,
            "moduleName": name,
            "moduleType": module_type,
            "runningTime": round(time.monotonic() - started, 2),
            "totalPoints": 0,
            **fields,
        }
        self.responses.append(response)
        if not self.custom_responses:
            yield Emit("flowNodeResponse", response)

    def update_variables(self, values: Mapping[str, Any]) -> Iterator[Step]:
        started = time.monotonic()
        yield from self.node_status("Variable Update")
        self.variables.update(values)
        yield Emit("updateVariables", dict(self.variables))
        yield from self.respond(
            "Variable Update",
            "variableUpdate",
            "variableUpdate",
            started,
            updateVarResult=list(values.values()),
        )

    def pause_with(self, interactive: Mapping[str, Any], entry_node_id: str) -> None:
        """End the run waiting for the user, with the run state FastGPT [M] exposes."""
        full = {
            **interactive,
            "entryNodeIds": [entry_node_id],
            "memoryEdges": [
                {
                    "source": "workflowStartNodeId",
                    "target": entry_node_id,
                    "sourceHandle": "workflowStartNodeId-source-right",
                    "targetHandle": f"{entry_node_id}-target-left",
                    "status": "active",
                }
            ],
            "nodeOutputs": [
                {"nodeId": "workflowStartNodeId", "key": "userChatInput", "value": self.inp.question}
            ],
        }
        self.interactive = full
        self.items.append({"type": "interactive", "interactive": full})

    def dataset_search(self, quotes: list[dict[str, Any]]) -> Iterator[Step]:
        """A "Knowledge Search" node (``datasetSearchNode``) reporting ``quotes`` as its quote list."""
        started = time.monotonic()
        yield from self.node_status("Knowledge Search")
        yield from self.respond(
            "Knowledge Search",
            "datasetSearchNode",
            "datasetSearchNode",
            started,
            query=self.inp.question,
            quoteList=quotes,
            similarity=0.0,
            limit=5000,
            searchMode="fullTextRecall",
            embeddingModel="fulltext-fts5",
            embeddingTokens=count_tokens(self.inp.question),
        )

    def ai_chat(
        self,
        answer: str,
        *,
        reasoning: str | None = None,
        system: str = "",
        error: Any = None,
        name: str = "AI Chat",
        node_id: str = "aiChatNode",
    ) -> Iterator[Step]:
        """An "AI Chat" node (``chatNode``) that streams ``reasoning`` then ``answer``."""
        started = time.monotonic()
        yield from self.node_status(name)
        if reasoning:
            yield from self.stream(reasoning, reasoning=True)
        if answer:
            yield from self.stream(answer)
        produced = "".join(i["text"]["content"] for i in self.items if i["type"] == "text")
        prompt = [("System", system)] if system else []
        prompt += [*self.inp.history, ("Human", self.inp.question)]
        input_tokens = sum(count_tokens(text) for _, text in prompt)
        output_tokens = count_tokens(produced) + count_tokens(reasoning or "")
        fields: dict[str, Any] = {
            "model": MODEL,
            "inputTokens": input_tokens,
            "outputTokens": output_tokens,
            "tokens": input_tokens + output_tokens,
            "query": self.inp.question,
            "textOutput": produced,
            "historyPreview": [{"obj": obj, "value": text} for obj, text in [*prompt, ("AI", produced)]],
            "contextTotalLen": len(prompt) + 1,
            "finishReason": "stop" if not self.stopped else "close",
        }
        if reasoning:
            fields["reasoningText"] = reasoning
        if error is not None:
            fields["error"] = error
        yield from self.respond(name, "chatNode", node_id, started, **fields)


def scripted(run: Run, script: ScriptedReply) -> Iterator[Step]:
    run.custom_responses = script.node_responses is not None
    if script.events:
        value_id = run.ids.nanoid()  # the Agent's answer value, which its events belong to
        for name, data in script.events:
            yield Emit(name, dict(data), id=value_id)
    if script.reasoning or script.text or script.error is not None or not script.interactive:
        yield from run.ai_chat(script.text, reasoning=script.reasoning, error=script.error)
    if script.variables:
        yield from run.update_variables(script.variables)
    if script.interactive is not None:
        kind = deepest_interactive(script.interactive).get("type")
        yield from run.node_status("Form Input" if kind == "userInput" else "User Select")
        run.pause_with(script.interactive, "scriptedInteractiveNode")
    if script.node_responses is not None:
        run.responses = [
            {"id": run.ids.nanoid(), "nodeId": f"scriptedNode{i}", **response}
            for i, response in enumerate(script.node_responses)
        ]
        for response in run.responses:
            yield Emit("flowNodeResponse", response)
