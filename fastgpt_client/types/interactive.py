"""Interactive workflow nodes: the prompt a paused run shows, and the answer that continues it."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .._json import as_int, as_mapping, as_number, is_mapping, mappings

__all__ = ["FormField", "InteractivePrompt"]

_NESTED_KINDS = ("childrenInteractive", "toolChildrenInteractive", "loopInteractive")
# The form field types whose `list` holds choices (FastGPT's `isOptionInput`). Every other type
# is free input: FastGPT's form editor gives every new field, a text input too, the placeholder
# `list: [{label: "", value: ""}]`, which is not a choice.
_CHOICE_TYPES = ("select", "multipleSelect")
_INTEGER = re.compile(r"[+-]?\d+")


@dataclass(frozen=True, slots=True)
class FormField:
    """One field of a userInput form. Answer it under `key`."""

    key: str
    label: str
    type: str
    required: bool = False
    description: str = ""
    value_type: str | None = None
    default: Any = None
    options: tuple[str, ...] = ()
    """The values a `select` or `multipleSelect` field accepts; empty for every other field type
    and for a choice field that has none yet (its answer is then not checked)."""
    min: float | None = None
    max: float | None = None
    min_length: int | None = None
    max_length: int | None = None


@dataclass(frozen=True, slots=True)
class InteractivePrompt:
    """What a paused workflow asks the user.

    `type` is `"userSelect"` (pick one of `options`, by value) or `"userInput"` (fill `form`);
    other kinds FastGPT may add (`paymentPause`, ...) keep their name and have neither.
    Nested prompts (from child workflows, tools and loops) are unwrapped; `nesting` lists the
    wrappers from the outside in. `raw` is the payload as FastGPT sent it.
    """

    type: Literal["userSelect", "userInput"] | str
    description: str = ""
    options: tuple[str, ...] = ()
    form: tuple[FormField, ...] = ()
    nesting: tuple[str, ...] = ()
    raw: Mapping[str, Any] = field(default_factory=dict[str, Any], repr=False)

    @classmethod
    def from_payload(cls, payload: object) -> InteractivePrompt | None:
        """Parses FastGPT's `WorkflowInteractiveResponseType`; None when it is not one."""
        if not is_mapping(payload):
            return None
        raw = payload
        node = raw
        nesting: list[str] = []
        while node.get("type") in _NESTED_KINDS:
            nesting.append(str(node["type"]))
            child = as_mapping(as_mapping(node.get("params")).get("childrenResponse"))
            if not child:
                break
            node = child
        kind = node.get("type")
        if not isinstance(kind, str):
            return None
        params = as_mapping(node.get("params"))
        description = params.get("description")
        return cls(
            type=kind,
            description=description if isinstance(description, str) else "",
            options=tuple(
                str(option.get("value", ""))
                for option in mappings(params.get("userSelectOptions"))
                if option.get("value") is not None
            ),
            form=tuple(_form_field(item) for item in mappings(params.get("inputForm"))),
            nesting=tuple(nesting),
            raw=raw,
        )

    def answer_content(self, answer: str | Mapping[str, Any]) -> str:
        """The user message content that answers this prompt; raises ValueError if it cannot.

        A userSelect answer is one of `options` (any string when the prompt lists none). A
        userInput answer is a dict by field key, sent as the JSON object FastGPT parses: required
        fields need a value, a `select` field one of its `options`, a `multipleSelect` field a list
        of them (not checked while a field has no options); a `numberInput` value is sent as a
        JSON number (a numeric string is converted); every other field takes any value.
        """
        if self.type == "userSelect":
            if not isinstance(answer, str):
                raise TypeError(
                    f"A userSelect prompt is answered with one option value (str), not {type(answer).__name__}."
                )
            if self.options and answer not in self.options:
                raise ValueError(f"{answer!r} is not one of this prompt's options: {list(self.options)!r}.")
            return answer
        if self.type == "userInput":
            if not isinstance(answer, Mapping):
                raise TypeError(
                    "A userInput prompt is answered with a dict of form values keyed by field key, "
                    f"not {type(answer).__name__}."
                )
            checked = self._checked_form(answer)
            try:
                # Compact, like the JSON.stringify of FastGPT's own chat page.
                return json.dumps(checked, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
            except ValueError as exc:  # NaN or infinity, a circular reference
                raise ValueError(f"The form answer cannot be sent as JSON: {exc}.") from None
        raise ValueError(f"A {self.type!r} prompt cannot be answered through the API.")

    def _checked_form(self, answer: Mapping[str, Any]) -> dict[str, Any]:
        keys = {item.key for item in self.form}
        unknown = [key for key in answer if key not in keys]
        if self.form and unknown:
            raise ValueError(f"Unknown form field(s) {unknown!r}; this form has {sorted(keys)!r}.")
        missing = [
            item.key
            for item in self.form
            if item.required and _is_blank(item.default) and _is_blank(answer.get(item.key))
        ]
        if missing:
            raise ValueError(f"Required form field(s) {missing!r} have no value.")
        checked = dict(answer)
        for item in self.form:
            if item.key in checked and not _is_blank(checked[item.key]):
                checked[item.key] = _checked_value(item, checked[item.key])
        return checked


def _form_field(item: Mapping[str, Any]) -> FormField:
    key = str(item.get("key", ""))
    return FormField(
        key=key,
        label=str(item.get("label") or key),
        type=str(item.get("type", "input")),
        required=bool(item.get("required", False)),
        description=str(item.get("description") or ""),
        value_type=_str_or_none(item.get("valueType")),
        default=item.get("defaultValue"),
        options=_choices(item),
        min=as_number(item.get("min")),
        max=as_number(item.get("max")),
        min_length=as_int(item.get("minLength")),
        max_length=as_int(item.get("maxLength")),
    )


def _choices(item: Mapping[str, Any]) -> tuple[str, ...]:
    """A choice field's non-empty option values; `()` for the other field types."""
    if item.get("type") not in _CHOICE_TYPES:
        return ()
    values = (choice.get("value") for choice in mappings(item.get("list")))
    return tuple(str(value) for value in values if value is not None and value != "")


def _checked_value(item: FormField, value: Any) -> Any:
    """One field's answer as sent: choices checked for choice fields, numbers as numbers."""
    if item.type == "select":
        if item.options and str(value) not in item.options:
            raise ValueError(f"{value!r} is not a choice of field {item.key!r}: {list(item.options)!r}.")
        return value
    if item.type == "multipleSelect":
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise TypeError(
                f"Field {item.key!r} is a multipleSelect: answer it with a list of choices, "
                f"not {type(value).__name__}."
            )
        chosen: list[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
        wrong = [choice for choice in chosen if item.options and str(choice) not in item.options]
        if wrong:
            raise ValueError(f"{wrong!r} are not choices of field {item.key!r}: {list(item.options)!r}.")
        return chosen
    if item.type == "numberInput":
        return _number(item, value)
    return value


def _number(item: FormField, value: Any) -> int | float:
    """A numberInput answer as a JSON number: a number, or a string that is one."""
    number: int | float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str):
        text = value.strip()
        try:
            number = int(text) if _INTEGER.fullmatch(text) else float(text)
        except ValueError:
            number = None
    if number is None or (isinstance(number, float) and not math.isfinite(number)):
        raise ValueError(f"Field {item.key!r} takes a number, not {value!r}.")
    return number


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _is_blank(value: object) -> bool:
    """FastGPT's form node stores "no default" as `""`; an empty answer does not answer either."""
    return value is None or value == "" or value == []
