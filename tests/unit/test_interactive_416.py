"""Interactive prompts as FastGPT 4.16 sends them, answered as FastGPT expects.

The response and request examples of `openapi/upstream/completion-examples-4.16.0.json` are the
test cases: the prompt is parsed from the response example, answered, and the message the SDK
sends must be the request example's (the form content compared as parsed JSON). FastGPT's form
editor gives every field the placeholder `list: [{label: "", value: ""}]`, text inputs too;
only `select` and `multipleSelect` fields have choices (FastGPT's `isOptionInput`).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from fastgpt_client import ChatCompletion, InteractivePrompt
from tests.contract import upstream

from .conftest import FakeFastGPT, Harness, chat_body, reply_json

V1_OP = "POST /api/v1/chat/completions"
V2_OP = "POST /api/v2/chat/completions"
EXAMPLES = upstream.load(upstream.COMPLETION_EXAMPLES)
PLACEHOLDER = [{"label": "", "value": ""}]


def response_example(operation: str, name: str) -> dict[str, Any]:
    return EXAMPLES[operation]["response_examples_application_json"][name]["value"]


def request_example(operation: str, name: str) -> dict[str, Any]:
    return EXAMPLES[operation]["request_examples"][name]["value"]


def example_prompt(operation: str, name: str) -> InteractivePrompt:
    prompt = ChatCompletion.from_json(response_example(operation, name)).interactive
    assert prompt is not None, f"{operation} {name}: no interactive prompt parsed"
    return prompt


def form_prompt(*fields: dict[str, Any]) -> InteractivePrompt:
    prompt = InteractivePrompt.from_payload(
        {"type": "userInput", "params": {"description": "Fill in", "inputForm": list(fields)}}
    )
    assert prompt is not None
    return prompt


def field(key: str, kind: str, choices: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    """A form field as FastGPT's editor saves it: with the placeholder list unless told otherwise."""
    return {
        "type": kind,
        "key": key,
        "label": key,
        "description": "",
        "value": "",
        "defaultValue": "",
        "required": False,
        "list": PLACEHOLDER if choices is None else choices,
        **extra,
    }


# -- the upstream examples ----------------------------------------------------------------------
EXAMPLE_ANSWERS = {
    "interactiveUserSelect": "Confirm",
    "interactiveUserInput": {"测试 1": "这是输入框的内容", "测试 2": 666},
}


@pytest.mark.parametrize("operation", [V1_OP, V2_OP], ids=["v1", "v2"])
@pytest.mark.parametrize("name", ["interactiveUserSelect", "interactiveUserInput"])
async def test_upstream_examples_are_answered_as_fastgpt_expects(
    api: Harness, operation: str, name: str
) -> None:
    prompt = example_prompt(operation, name)
    expected = request_example(operation, name)
    api_version = operation.split("/")[2]
    fake = FakeFastGPT(reply_json(chat_body("ok")))
    await api.continue_interactive(
        api.client(fake),
        prompt,
        EXAMPLE_ANSWERS[name],
        chat_id=expected["chatId"],
        detail=expected["detail"],
        api_version=api_version,
    )
    assert fake.request.url.path == operation.split(" ")[1]
    sent = fake.body()
    [message] = sent["messages"]
    [wanted] = expected["messages"]
    assert message["role"] == wanted["role"] == "user"
    if prompt.type == "userInput":
        assert json.loads(message["content"]) == json.loads(wanted["content"])
        assert message["content"] == wanted["content"]  # compact, like FastGPT's JSON.stringify
    else:
        assert message["content"] == wanted["content"]
    assert (sent["chatId"], sent["detail"]) == (expected["chatId"], expected["detail"])
    assert upstream.validate_request("POST", operation.split(" ")[1], sent) == []


@pytest.mark.parametrize("operation", [V1_OP, V2_OP], ids=["v1", "v2"])
def test_upstream_examples_parse_into_prompts(operation: str) -> None:
    select = example_prompt(operation, "interactiveUserSelect")
    assert (select.type, select.description, select.options) == ("userSelect", "测试", ("Confirm", "Cancel"))
    form = example_prompt(operation, "interactiveUserInput")
    assert form.type == "userInput"
    assert [(item.key, item.type, item.value_type, item.options) for item in form.form] == [
        ("测试 1", "input", "string", ()),
        ("测试 2", "numberInput", "number", ()),
    ]


def test_the_input_example_answer_is_the_documented_message() -> None:
    """Byte for byte; the SDK used to take the placeholder for the field's only choice and refuse it."""
    prompt = example_prompt(V2_OP, "interactiveUserInput")
    content = prompt.answer_content({"测试 1": "这是输入框的内容", "测试 2": 666})
    assert content == request_example(V2_OP, "interactiveUserInput")["messages"][0]["content"]


# -- which fields have choices -------------------------------------------------------------------
@pytest.mark.parametrize(
    "kind",
    [
        "input",
        "textarea",
        "password",
        "numberInput",
        "switch",
        "timePointSelect",
        "timeRangeSelect",
        "fileSelect",
        "selectLLMModel",
    ],
)
def test_fields_without_choices_have_no_options(kind: str) -> None:
    real_looking = [{"label": "A", "value": "a"}]
    for choices in (PLACEHOLDER, real_looking):
        [item] = form_prompt(field("f", kind, choices)).form
        assert item.options == ()


@pytest.mark.parametrize("kind", ["select", "multipleSelect"])
def test_choice_fields_drop_the_placeholder(kind: str) -> None:
    choices = [{"label": "", "value": ""}, {"label": "Small", "value": "s"}, {"label": "Large", "value": "l"}]
    [item] = form_prompt(field("size", kind, choices)).form
    assert item.options == ("s", "l")
    [empty] = form_prompt(field("size", kind)).form
    assert empty.options == ()


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("input", "这是输入框的内容"),
        ("textarea", "line 1\nline 2"),
        ("password", "s3cret"),
        ("input", 42),
        ("switch", True),
        ("timePointSelect", "2025-01-01 10:00:00"),
        ("timeRangeSelect", ["2025-01-01", "2025-01-02"]),
        ("selectLLMModel", "gpt-4o-mini"),
        ("someNewType", {"any": "thing"}),
    ],
)
def test_free_input_fields_take_any_value(kind: str, value: object) -> None:
    prompt = form_prompt(field("f", kind))
    assert json.loads(prompt.answer_content({"f": value})) == {"f": value}


# -- select / multipleSelect ---------------------------------------------------------------------
SIZES = [{"label": "", "value": ""}, {"label": "Small", "value": "s"}, {"label": "Large", "value": "l"}]


def test_select_with_real_options_still_rejects_a_wrong_value() -> None:
    prompt = form_prompt(field("size", "select", SIZES))
    assert json.loads(prompt.answer_content({"size": "l"})) == {"size": "l"}
    with pytest.raises(ValueError, match=r"'xl' is not a choice of field 'size': \['s', 'l'\]"):
        prompt.answer_content({"size": "xl"})


def test_placeholder_only_select_accepts_any_value() -> None:
    prompt = form_prompt(field("size", "select"))
    assert json.loads(prompt.answer_content({"size": "whatever"})) == {"size": "whatever"}


def test_multiple_select_takes_a_list_of_choices() -> None:
    prompt = form_prompt(field("sizes", "multipleSelect", SIZES))
    assert json.loads(prompt.answer_content({"sizes": ["s", "l"]})) == {"sizes": ["s", "l"]}
    assert json.loads(prompt.answer_content({"sizes": ("s",)})) == {"sizes": ["s"]}
    with pytest.raises(ValueError, match=r"\['xl'\] are not choices of field 'sizes': \['s', 'l'\]"):
        prompt.answer_content({"sizes": ["s", "xl"]})
    with pytest.raises(TypeError, match=r"'sizes' is a multipleSelect: answer it with a list"):
        prompt.answer_content({"sizes": "s"})


def test_multiple_select_without_options_takes_any_list() -> None:
    prompt = form_prompt(field("tags", "multipleSelect"))
    assert json.loads(prompt.answer_content({"tags": ["x", "y"]})) == {"tags": ["x", "y"]}


def test_a_blank_optional_choice_is_not_checked() -> None:
    prompt = form_prompt(field("size", "select", SIZES), field("sizes", "multipleSelect", SIZES))
    assert json.loads(prompt.answer_content({"size": "", "sizes": []})) == {"size": "", "sizes": []}


# -- numberInput ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "sent"),
    [(666, 666), (2.5, 2.5), ("666", 666), (" -3 ", -3), ("2.5", 2.5), ("1e3", 1000.0), (10**30, 10**30)],
)
def test_number_input_is_sent_as_a_json_number(value: object, sent: float) -> None:
    prompt = form_prompt(field("n", "numberInput", valueType="number"))
    content = prompt.answer_content({"n": value})
    assert json.loads(content) == {"n": sent}
    assert type(json.loads(content)["n"]) is type(sent)


@pytest.mark.parametrize("value", ["abc", True, "nan", "inf", [1]])
def test_number_input_refuses_what_is_not_a_number(value: object) -> None:
    prompt = form_prompt(field("n", "numberInput"))
    with pytest.raises(ValueError, match=r"Field 'n' takes a number"):
        prompt.answer_content({"n": value})


def test_nan_in_a_free_field_is_refused() -> None:
    prompt = form_prompt(field("f", "input"))
    with pytest.raises(ValueError, match="cannot be sent as JSON"):
        prompt.answer_content({"f": float("nan")})


def test_required_and_unknown_checks_are_kept() -> None:
    prompt = form_prompt(field("name", "input", required=True), field("n", "numberInput"))
    with pytest.raises(ValueError, match=r"Required form field\(s\) \['name'\] have no value"):
        prompt.answer_content({"n": 1})
    with pytest.raises(ValueError, match=r"Unknown form field\(s\) \['nope'\]"):
        prompt.answer_content({"name": "x", "nope": 1})
