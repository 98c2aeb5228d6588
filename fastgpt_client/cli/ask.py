"""`fastgpt ask "question"`: one answer to stdout, for pipelines."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from . import _output
from ._exit import CLIError, Exit, interruptible
from ._options import ApiKeyFile, AppId, BaseUrl, Json, Retries, connection, parse_vars

if TYPE_CHECKING:
    from ..types import ChatCompletion

EXAMPLE = """

\b
Examples:
    fastgpt ask "What is FastGPT?"
    echo "Summarise this" | fastgpt ask --stream
    fastgpt ask "And in French?" --chat-id my-chat --var lang=fr --json | jq .text
"""


def register(app: typer.Typer) -> None:
    app.command("ask", help="Ask the app one question and print the answer." + EXAMPLE)(interruptible(ask))


def ask(
    question: Annotated[
        str | None, typer.Argument(help="The question; read from stdin when left out.", show_default=False)
    ] = None,
    stream: Annotated[bool, typer.Option("--stream", help="Print the answer as it is written.")] = False,
    chat_id: Annotated[
        str | None,
        typer.Option("--chat-id", help="Continue this chat (FastGPT keeps its history).", show_default=False),
    ] = None,
    var: Annotated[
        list[str] | None,
        typer.Option("--var", help="A workflow variable, key=value (repeatable).", show_default=False),
    ] = None,
    json: Json = False,
    base_url: BaseUrl = None,
    app_id: AppId = None,
    api_key_file: ApiKeyFile = None,
    retries: Retries = 2,
) -> int:
    from .. import ChatClient

    text = question if question is not None else _stdin_question()
    variables = parse_vars(var)
    conn = connection(base_url, app_id, api_key_file, retries)
    with ChatClient(**conn.client_kwargs()) as client:
        # Always streamed with detail: FastGPT's non-stream JSON leaves out an interactive
        # question that is the whole answer; the stream always carries it.
        with client.create_chat_completion(
            text, stream=True, detail=True, chat_id=chat_id, variables=variables
        ) as answer:
            if stream and not json:
                for piece in answer.text_stream:
                    _output.write(piece)
            completion = answer.get_final_completion()
        if json:
            _output.print_json(completion_json(completion))
        elif not stream:
            _output.write(completion.text)
        if not json:
            _output.write("\n")
    if completion.interactive is not None and not json:
        _output.status(
            f"[yellow]The workflow is waiting for an answer ({completion.interactive.type}): "
            f"continue it with `fastgpt chat --chat-id {completion.chat_id}`.[/]"
        )
    return Exit.OK


def _stdin_question() -> str:
    if sys.stdin.isatty():
        raise CLIError('Give the question as an argument (fastgpt ask "...") or on stdin.', Exit.USAGE)
    text = sys.stdin.read().strip()
    if not text:
        raise CLIError("The question read from stdin is empty.", Exit.USAGE)
    return text


def completion_json(completion: ChatCompletion) -> dict[str, object]:
    """The whole `ChatCompletion` as JSON: FastGPT's body under `response`, and what the SDK
    resolved from it (`chat_id`, `text`, `tokens`, `interactive`) beside it."""
    body = completion.body
    tokens = completion.tokens
    prompt = completion.interactive
    return {
        "chat_id": completion.chat_id,
        "response_chat_item_id": completion.response_chat_item_id,
        "text": completion.text,
        "reasoning": completion.reasoning,
        "tokens": {
            "input": tokens.input_tokens,
            "output": tokens.output_tokens,
            "total": tokens.total_tokens,
            "points": tokens.total_points,
        },
        "interactive": None
        if prompt is None
        else {"type": prompt.type, "description": prompt.description, "options": list(prompt.options)},
        "response": dict(body),
    }
