"""The emulator's built-in apps (``assistant``, ``select``, ``form``, ``nested``, ``tool``, ``survey``).

Each app is a function from a ``Run`` to its steps, built from the run's node helpers.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from typing import Any

from ._run import MODEL, App, Emit, Run, Step, count_tokens, replace_variables
from ._scripting import (
    children_interactive,
    deepest_interactive,
    form_field,
    parse_form,
    user_input,
    user_select,
)

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


SURVEY_PLAN = user_select("Which plan do you want?", ["Basic", "Pro"])
SURVEY_CONTACT = user_input(
    "Where should we send the offer?", [form_field("email", required=True, description="Your email")]
)


def survey(run: Run) -> Iterator[Step]:
    """Two questions in a row: a userSelect (the plan), then a userInput form (the email).

    The second question follows the first answer with nothing written before it, so the run that
    asks it has only the question to answer with: FastGPT 4.14 leaves it out of a non-stream
    answer (``content`` is absent), 4.16 sends it as the only content item.
    """
    started = time.monotonic()
    pending = run.inp.pending
    if pending is None:
        yield from run.node_status("Plan")
        run.pause_with(SURVEY_PLAN, "planNode")
        return
    if pending.get("type") == "userSelect":
        choice = run.inp.question
        yield from run.node_status("Plan")
        yield from run.respond("Plan", "userSelect", "planNode", started, userSelectResult=choice)
        if choice not in ("Basic", "Pro"):
            return  # no branch matches: the question stays pending, as in ``select``
        yield from run.update_variables({"plan": choice})
        yield from run.node_status("Contact")
        run.pause_with(SURVEY_CONTACT, "contactNode")
        return
    values = parse_form(run.inp.question)
    yield from run.node_status("Contact")
    yield from run.respond("Contact", "formInput", "contactNode", started, formInputResult=values)
    plan = run.variables.get("plan", "chosen")
    yield from run.ai_chat(f"Thanks! The {plan} plan offer goes to {values.get('email', 'nobody')}.")


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
        id=call_id,
    )
    half = len(params) // 2
    for delta in (params[:half], params[half:]):
        yield Emit(
            "toolParams",
            {"tool": {"id": call_id, "toolName": "", "toolAvatar": "", "params": delta, "response": ""}},
            id=call_id,
        )
    yield Emit(
        "toolResponse",
        {"tool": {"id": call_id, "toolName": "", "toolAvatar": "", "params": "", "response": result}},
        id=call_id,
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


APPS: dict[str, App] = {
    "assistant": assistant,
    "select": select,
    "form": form,
    "nested": nested,
    "tool": tool,
    "survey": survey,
}
"""Built-in apps by name, in creation order; ``assistant`` is the default app."""
