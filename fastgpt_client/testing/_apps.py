"""Built-in apps, scripted replies, and how a workflow run turns into events and stored records.

A run is a generator of steps: ``Emit`` (one SSE event, always produced as in ``detail=true``;
the writer filters for ``detail=false`` and v1/v2) and ``Pause`` (time a real model would take).
While it runs it collects what FastGPT would store and return: the AI value items, the node
responses (``responseData``) and the variables.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from ._ids import IdFactory
from ._sse import answer_chunk

MODEL = "gpt-4o-mini"

# ---------------------------------------------------------------------------------------------
# Scripting


@dataclass(frozen=True)
class ScriptedReply:
    """What an app answers instead of its built-in behaviour (see ``FakeFastGPT.script``).

    - ``text``: the answer, streamed token by token by an "AI Chat" node.
    - ``reasoning``: reasoning text, streamed before the answer as ``reasoning_content``.
    - ``interactive``: pause the run with this prompt (build it with ``user_select``,
      ``user_input`` or ``children_interactive``); the run state fields are added for you.
    - ``error``: the AI Chat node fails with this error: it appears as ``error`` in its node
      response and as the top-level ``error`` of a non-stream response (HTTP stays 200).
    - ``node_responses``: replaces the generated node responses (``responseData``,
      ``flowResponses``, ``flowNodeResponse``); missing ``id``/``nodeId`` are filled in.
    - ``variables``: a "Variable Update" node sets these (``updateVariables`` event) and they
      are stored on the chat.
    """

    text: str = ""
    reasoning: str | None = None
    interactive: Mapping[str, Any] | None = None
    error: str | Mapping[str, Any] | None = None
    node_responses: Sequence[Mapping[str, Any]] | None = None
    variables: Mapping[str, Any] | None = None


def user_select(description: str, options: Sequence[str]) -> dict[str, Any]:
    """A ``userSelect`` prompt; option keys are ``option1``, ``option2``, ..."""
    return {
        "type": "userSelect",
        "params": {
            "description": description,
            "userSelectOptions": [
                {"key": f"option{i}", "value": value} for i, value in enumerate(options, 1)
            ],
        },
    }


def form_field(
    key: str,
    *,
    type: str = "input",
    label: str | None = None,
    required: bool = False,
    description: str = "",
    default: Any = "",
    value_type: str | None = None,
    options: Sequence[str | tuple[str, str]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """One ``inputForm`` item; ``options`` (values or ``(label, value)``) make a ``select`` list."""
    item: dict[str, Any] = {
        "type": type,
        "key": key,
        "label": label if label is not None else key,
        "value": "",
        "valueType": value_type or ("number" if type == "numberInput" else "string"),
        "description": description,
        "defaultValue": default,
        "required": required,
    }
    if options is not None:
        item["list"] = [
            {"label": opt, "value": opt} if isinstance(opt, str) else {"label": opt[0], "value": opt[1]}
            for opt in options
        ]
    item.update(extra)
    return item


def user_input(description: str, fields: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """A ``userInput`` (form) prompt; build the fields with ``form_field``."""
    return {
        "type": "userInput",
        "params": {"description": description, "inputForm": [dict(f) for f in fields]},
    }


def children_interactive(child: Mapping[str, Any]) -> dict[str, Any]:
    """Wrap a prompt the way a child app / plugin node reports it (``childrenInteractive``)."""
    return {"type": "childrenInteractive", "params": {"childrenResponse": dict(child)}}


def deepest_interactive(interactive: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow ``childrenResponse`` down to the real prompt."""
    params = interactive.get("params")
    child = (cast("dict[str, Any]", params) if isinstance(params, dict) else {}).get("childrenResponse")
    if isinstance(child, dict):
        return deepest_interactive(cast("dict[str, Any]", child))
    return interactive


def is_pending(interactive: Mapping[str, Any]) -> bool:
    """FastGPT's ``getLastInteractiveValue``: a select without a selected value, an unsubmitted form."""
    prompt = deepest_interactive(interactive)
    params: Mapping[str, Any] = prompt.get("params") or {}
    if prompt.get("type") == "userSelect":
        return not params.get("userSelectedVal")
    if prompt.get("type") == "userInput":
        return not params.get("submitted")
    return False


def answered(interactive: Mapping[str, Any], answer: str) -> dict[str, Any]:
    """The stored prompt after the user's answer (FastGPT's ``updateInteractiveChat``).

    A userSelect answer that is not one of the option values leaves ``userSelectedVal`` unset,
    so the prompt stays pending, exactly as in FastGPT.
    """
    params = dict(interactive.get("params") or {})
    kind = interactive.get("type")
    if kind == "childrenInteractive":
        params["childrenResponse"] = answered(params["childrenResponse"], answer)
    elif kind == "userSelect":
        values = [opt.get("value") for opt in params.get("userSelectOptions", [])]
        if answer in values:
            params["userSelectedVal"] = answer
    elif kind == "userInput":
        submitted = parse_form(answer)
        params["inputForm"] = [
            {**item, "value": submitted.get(item.get("key"), item.get("value"))}
            for item in params.get("inputForm", [])
        ]
        params["submitted"] = True
    return {**interactive, "params": params}


def parse_form(answer: str) -> dict[str, Any]:
    """``JSON.parse`` with FastGPT's fallback to ``{}``."""
    try:
        data = json.loads(answer)
    except ValueError:
        return {}
    return cast("dict[str, Any]", data) if isinstance(data, dict) else {}


# ---------------------------------------------------------------------------------------------
# Text helpers

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


# ---------------------------------------------------------------------------------------------
# Runs


@dataclass(frozen=True)
class Emit:
    event: str
    data: Any


@dataclass(frozen=True)
class Pause:
    seconds: float


Step = Emit | Pause


@dataclass
class RunInput:
    app_name: str
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
            yield from APPS[self.inp.app_name](self)
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


# ---------------------------------------------------------------------------------------------
# Apps


ASSISTANT_VARIABLES: dict[str, Any] = {"name": "there"}
ASSISTANT_SYSTEM = "You are the FastGPT emulator's assistant. The user's name is {{name}}."
ASSISTANT_ANSWER = (
    "Hello {{name}}! You asked: {question} "
    "This is turn {turn} of this chat, answered deterministically by the FastGPT emulator, "
    "one token at a time."
)


def assistant(run: Run) -> Iterator[Step]:
    """The default app: an AI Chat node whose answer echoes the question and uses ``{{name}}``."""
    if run.inp.pending is not None:
        yield from _generic_continue(run)
        return
    variables = {**ASSISTANT_VARIABLES, **run.variables}
    run.variables = variables
    turn = 1 + sum(1 for obj, _ in run.inp.history if obj == "Human")
    template = ASSISTANT_ANSWER.replace("{question}", run.inp.question).replace("{turn}", str(turn))
    answer = replace_variables(template, variables)
    if run.inp.quotes is not None:
        yield from run.dataset_search(run.inp.quotes)
        best = run.inp.quotes[0] if run.inp.quotes else None
        answer += (
            f" From the knowledge base: {best['q']} {best['a']}".rstrip()
            if best is not None
            else " The knowledge base has nothing on this."
        )
    yield from run.ai_chat(answer, system=replace_variables(ASSISTANT_SYSTEM, variables))


SELECT_PROMPT = user_select("Do you want to continue?", ["Yes", "No"])


def select(run: Run) -> Iterator[Step]:
    """Asks a userSelect question; "Yes" continues with an AI answer, "No" with a fixed reply.

    An answer that is not an option value skips every branch: the run ends with no answer and
    the prompt stays pending (FastGPT's userSelect dispatch and ``updateInteractiveChat``).
    """
    started = time.monotonic()
    yield from run.node_status("User Select")
    if run.inp.pending is None:
        run.pause_with(SELECT_PROMPT, "userSelectNode")
        return
    choice = run.inp.question
    yield from run.respond("User Select", "userSelect", "userSelectNode", started, userSelectResult=choice)
    if choice == "Yes":
        yield from run.ai_chat(f"Great, let's continue: you chose {choice}.")
    elif choice == "No":
        started = time.monotonic()
        yield from run.node_status("Specified Reply")
        yield from run.fast_answer("OK, stopping here.")
        yield from run.respond(
            "Specified Reply", "answerNode", "answerNode", started, textOutput="OK, stopping here."
        )


FORM_PROMPT = user_input(
    "Tell us about yourself",
    [
        form_field("name", required=True, description="Your name", maxLength=50),
        form_field("age", type="numberInput", description="Your age", min=0, max=150),
        form_field(
            "topic",
            type="select",
            description="Pick a topic",
            default="python",
            options=[("Python", "python"), ("FastGPT", "fastgpt")],
        ),
    ],
)


def form(run: Run) -> Iterator[Step]:
    """Asks for a form (userInput); the JSON answer is stored into the ``name`` variable and echoed.

    Like FastGPT, the server does not validate the values: a non-JSON answer counts as ``{}``.
    """
    started = time.monotonic()
    yield from run.node_status("Form Input")
    if run.inp.pending is None:
        run.pause_with(FORM_PROMPT, "formInputNode")
        return
    values = parse_form(run.inp.question)
    yield from run.respond("Form Input", "formInput", "formInputNode", started, formInputResult=values)
    if "name" in values:
        yield from run.update_variables({"name": values["name"]})
    summary = ", ".join(f"{key}={values[key]}" for key in ("name", "age", "topic") if key in values)
    yield from run.ai_chat(f"Thanks! You submitted: {summary or 'nothing'}.")


NESTED_PROMPT = children_interactive(
    user_input("Sub-app: what is your email?", [form_field("email", required=True, description="Work email")])
)


def nested(run: Run) -> Iterator[Step]:
    """A child app (plugin) node whose form prompt arrives wrapped in ``childrenInteractive``."""
    started = time.monotonic()
    if run.inp.pending is None:
        started = time.monotonic()
        yield from run.node_status("Welcome")
        yield from run.fast_answer("Starting the onboarding sub-app.")
        yield from run.respond(
            "Welcome", "answerNode", "answerNode", started, textOutput="Starting the onboarding sub-app."
        )
        yield from run.node_status("Onboarding")
        run.pause_with(NESTED_PROMPT, "onboardingNode")
        return
    yield from run.node_status("Onboarding")
    values = parse_form(run.inp.question)
    yield from run.respond("Onboarding", "appModule", "onboardingNode", started, formInputResult=values)
    yield from run.ai_chat(f"Welcome aboard, {values.get('email', 'stranger')}!")


_CITY = re.compile(r"\bin\s+([A-Za-z][\w\- ]*?)\s*[?.!]*$")


def tool(run: Run) -> Iterator[Step]:
    """A tool-call node: calls ``get_weather`` (toolCall/toolParams/toolResponse) then answers."""
    started = time.monotonic()
    match = _CITY.search(run.inp.question)
    city = match.group(1) if match else "Paris"
    call_id = "call_" + run.ids.nanoid(12)
    params = json.dumps({"city": city}, ensure_ascii=False)
    result = json.dumps({"city": city, "temperature": 21, "condition": "sunny"}, ensure_ascii=False)
    yield from run.node_status("Tool Call")
    yield Emit(
        "toolCall",
        {
            "tool": {
                "id": call_id,
                "toolName": "Weather",
                "toolAvatar": "",
                "functionName": "get_weather",
                "params": "",
                "response": "",
            }
        },
    )
    half = len(params) // 2
    for delta in (params[:half], params[half:]):
        yield Emit(
            "toolParams",
            {"tool": {"id": call_id, "toolName": "", "toolAvatar": "", "params": delta, "response": ""}},
        )
    yield Emit(
        "toolResponse",
        {"tool": {"id": call_id, "toolName": "", "toolAvatar": "", "params": "", "response": result}},
    )
    run.items.append(
        {
            "type": "tool",
            "tools": [
                {
                    "id": call_id,
                    "toolName": "Weather",
                    "toolAvatar": "",
                    "functionName": "get_weather",
                    "params": params,
                    "response": result,
                }
            ],
        }
    )
    answer = f"The weather in {city} is 21°C and sunny."
    yield from run.stream(answer)
    prompt_tokens = count_tokens(run.inp.question) + sum(count_tokens(t) for _, t in run.inp.history)
    yield from run.respond(
        "Tool Call",
        "tools",
        "toolCallNode",
        started,
        model=MODEL,
        inputTokens=prompt_tokens,
        outputTokens=count_tokens(answer),
        query=run.inp.question,
        textOutput=answer,
        toolCallInputTokens=prompt_tokens,
        toolCallOutputTokens=count_tokens(params),
        toolDetail=[
            {
                "id": run.ids.nanoid(),
                "nodeId": "getWeatherNode",
                "moduleName": "get_weather",
                "moduleType": "httpRequest468",
                "runningTime": 0,
                "totalPoints": 0,
                "httpResult": json.loads(result),
            }
        ],
    )


def _generic_continue(run: Run) -> Iterator[Step]:
    """Answer to a scripted prompt when no further reply is scripted."""
    started = time.monotonic()
    assert run.inp.pending is not None
    prompt = deepest_interactive(run.inp.pending)
    result: dict[str, Any]
    if prompt.get("type") == "userInput":
        name, kind, result = "Form Input", "formInput", {"formInputResult": parse_form(run.inp.question)}
    else:
        name, kind, result = "User Select", "userSelect", {"userSelectResult": run.inp.question}
    yield from run.node_status(name)
    yield from run.respond(name, kind, "scriptedInteractiveNode", started, **result)
    yield from run.ai_chat(f"You answered: {run.inp.question}")


def scripted(run: Run, script: ScriptedReply) -> Iterator[Step]:
    run.custom_responses = script.node_responses is not None
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


APPS: dict[str, Callable[[Run], Iterator[Step]]] = {
    "assistant": assistant,
    "select": select,
    "form": form,
    "nested": nested,
    "tool": tool,
}
"""Built-in apps by name, in creation order; ``assistant`` is the default app."""
