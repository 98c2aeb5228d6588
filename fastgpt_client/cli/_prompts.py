"""An interactive workflow node answered in the terminal: a numbered menu for userSelect, one
question per field for a userInput form. The SDK checks the answer (`answer_content`) before
`continue_interactive` sends it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..types import FormField, InteractivePrompt
from . import _output

Ask = Callable[[str], str]
"""Reads one line from the user after showing the prompt text (`input`)."""


def answer(prompt: InteractivePrompt, ask: Ask) -> str | dict[str, Any] | None:
    """The user's answer to `prompt`, checked; None when the prompt cannot be answered here."""
    if prompt.type == "userSelect":
        return _select(prompt, ask)
    if prompt.type == "userInput":
        return _form(prompt, ask)
    _output.status(f"[yellow]The workflow asks a {prompt.type!r} question, which the API cannot answer.[/]")
    return None


def _select(prompt: InteractivePrompt, ask: Ask) -> str:
    _output.out().print(f"[bold]? {_output.markup(prompt.description or 'Choose one:')}[/]")
    for number, option in enumerate(prompt.options, 1):
        _output.out().print(f"  {number}) {_output.markup(option)}")
    while True:
        if not prompt.options:
            return ask("your answer: ")
        raw = ask(f"choose 1-{len(prompt.options)}: ").strip()
        choice = _pick(raw, prompt.options)
        if choice is not None:
            return choice
        _output.status(f"[red]Type a number from 1 to {len(prompt.options)} or one of the options.[/]")


def _pick(raw: str, options: tuple[str, ...]) -> str | None:
    if raw.isdigit() and 1 <= int(raw) <= len(options):
        return options[int(raw) - 1]
    return raw if raw in options else None


def _form(prompt: InteractivePrompt, ask: Ask) -> dict[str, Any]:
    _output.out().print(f"[bold]? {_output.markup(prompt.description or 'Fill in the form:')}[/]")
    while True:
        values: dict[str, Any] = {}
        for item in prompt.form:
            value = _field(item, ask)
            if value is not None:
                values[item.key] = value
        try:
            prompt.answer_content(values)
        except (TypeError, ValueError) as exc:
            _output.status(f"[red]{_output.markup(str(exc))} Fill in the form again.[/]")
            continue
        return values


def _field(item: FormField, ask: Ask) -> Any:
    """One field's answer: None when left empty (the form's default then applies)."""
    label = item.label + (" (required)" if item.required else "")
    if item.options:
        for number, option in enumerate(item.options, 1):
            _output.out().print(f"    {number}) {_output.markup(option)}")
    hint = ""
    if item.type == "multipleSelect":
        hint = " [numbers or values, comma-separated]"
    elif item.options:
        hint = f" [1-{len(item.options)}]"
    if item.default not in (None, "", []):
        hint += f" (default {item.default})"
    about = f" - {item.description}" if item.description else ""
    raw = ask(f"  {label}{hint}{about}: ").strip()
    if not raw:
        return None
    if item.type == "multipleSelect":
        return [_pick(part.strip(), item.options) or part.strip() for part in raw.split(",") if part.strip()]
    if item.options:
        return _pick(raw, item.options) or raw
    return raw
