"""What a test scripts an app with: ``ScriptedReply`` and the interactive prompts it can pause on.

Also FastGPT's rules for a stored prompt: when it is still pending, and what it looks like once
the user has answered it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast


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
    - ``events``: Agent events streamed before the answer, built with ``agent_plan``,
      ``plan_status``, ``sandbox_status`` and ``skill_call`` (4.16 ``detail`` streams only).
    """

    text: str = ""
    reasoning: str | None = None
    interactive: Mapping[str, Any] | None = None
    error: str | Mapping[str, Any] | None = None
    node_responses: Sequence[Mapping[str, Any]] | None = None
    variables: Mapping[str, Any] | None = None
    events: Sequence[tuple[str, Mapping[str, Any]]] = ()


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
