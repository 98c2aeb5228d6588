"""`fastgpt chat`: an interactive terminal chat with one app.

Answers stream in as they are written; with `--detail` a status line shows each workflow node
as it starts. A workflow that asks (userSelect, userInput) is answered in the terminal and
continued with `continue_interactive`. The chat id stays the same across turns (FastGPT keeps
the history) and is shown after every answer with the tokens the turn used.
"""

from __future__ import annotations

import secrets
import string
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from ..exceptions import FastGPTError
from . import _output, _prompts
from ._exit import CLIError, Exit, describe, interruptible
from ._health import check_key
from ._options import ApiKeyFile, AppId, BaseUrl, Connection, Retries, connection, parse_vars
from ._records import plain, record_text, speaker

if TYPE_CHECKING:
    from .. import ChatClient, ChatCompletion, ChatStream

EXAMPLE = """

\b
Examples:
    fastgpt chat
    fastgpt chat --detail --var name=Ada
    fastgpt chat --chat-id 6wJ3k...   # go on with an earlier chat

\b
In the chat: /new starts a new chat, /history shows this chat's messages, /exit (or Ctrl-D)
leaves. Ctrl-C stops the answer being written; at the prompt it leaves.
"""

PROMPT = "you> "


def register(app: typer.Typer) -> None:
    app.command("chat", help="Chat with the app in the terminal." + EXAMPLE)(interruptible(chat))


def chat(
    chat_id: Annotated[
        str | None, typer.Option("--chat-id", help="Go on with this chat.", show_default=False)
    ] = None,
    detail: Annotated[
        bool, typer.Option("--detail", help="Show a status line for each workflow node.")
    ] = False,
    var: Annotated[
        list[str] | None,
        typer.Option("--var", help="A workflow variable, key=value (repeatable).", show_default=False),
    ] = None,
    base_url: BaseUrl = None,
    app_id: AppId = None,
    api_key_file: ApiKeyFile = None,
    retries: Retries = 2,
) -> int:
    from .. import ChatClient

    variables = parse_vars(var)
    conn = connection(base_url, app_id, api_key_file, retries)
    with ChatClient(**conn.client_kwargs()) as client:
        session = Session(client, conn, chat_id or new_chat_id(), detail=detail, variables=variables)
        return session.run()


def read_line(prompt: str) -> str:
    """A line from the user. From a pipe, the prompt and the line are echoed, so the output
    reads like the terminal session it replays."""
    if sys.stdin.isatty():
        return input(prompt)
    line = input()
    _output.write(f"{prompt}{line}\n")
    return line


def new_chat_id() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(24))


class Session:
    """One terminal chat: reads lines, runs turns, answers what the workflow asks."""

    def __init__(
        self,
        client: ChatClient,
        conn: Connection,
        chat_id: str,
        *,
        detail: bool,
        variables: dict[str, str] | None,
    ) -> None:
        self.client = client
        self.conn = conn
        self.app_id = conn.app_id
        self.chat_id: str = chat_id
        self.detail = detail
        self.variables = variables

    def run(self) -> int:
        """The chat until /exit or Ctrl-D (0); Ctrl-C at the prompt raises KeyboardInterrupt (130)."""
        app = self.app_id or "the key's app"
        _output.status(f"[bold]FastGPT chat[/] with {_output.markup(app)} · chat [cyan]{self.chat_id}[/]")
        _output.status("[dim]/new  /history  /exit[/]")
        try:
            self.loop()
        except EOFError:  # Ctrl-D, at the prompt or while answering a question
            _output.write("\n")
        return Exit.OK

    def loop(self) -> None:
        while True:
            line = read_line(PROMPT).strip()
            if not line:
                continue
            if line in ("/exit", "/quit"):
                return
            if line == "/new":
                self.chat_id = new_chat_id()
                _output.status(f"New chat [cyan]{self.chat_id}[/]")
                continue
            if line == "/history":
                self.guarded(self.history)
                continue
            if line.startswith("/") and " " not in line:
                _output.status("[yellow]Commands: /new, /history, /exit[/]")
                continue
            self.guarded(self.turn, line)

    def guarded(self, action: Callable[..., None], *args: str) -> None:
        """Runs one turn or command; an error is shown and the chat goes on."""
        try:
            action(*args)
        except (CLIError, FastGPTError, ValueError, TypeError) as exc:
            _output.error(describe(exc))

    def turn(self, question: str) -> None:
        """Asks, then answers every question the workflow asks, until the run ends."""
        stream = self.client.create_chat_completion(
            question, stream=True, detail=True, chat_id=self.chat_id, variables=self.variables
        )
        completion = self.show(stream)
        while completion is not None and completion.interactive is not None:
            reply = _prompts.answer(completion.interactive, read_line)
            if reply is None:
                return
            stream = self.client.continue_interactive(
                completion.interactive, reply, stream=True, detail=True, chat_id=self.chat_id
            )
            completion = self.show(stream)

    def show(self, stream: ChatStream) -> ChatCompletion | None:
        """Writes the answer as it comes; the turn's completion, or None when Ctrl-C stopped it."""
        from ..types import AnswerEvent, FlowNodeStatusEvent

        at_line_start = True
        try:
            with stream:
                for event in stream:
                    if isinstance(event, AnswerEvent) and event.text:
                        _output.write(event.text)
                        at_line_start = event.text.endswith("\n")
                    elif isinstance(event, FlowNodeStatusEvent) and self.detail:
                        if not at_line_start:
                            _output.write("\n")
                            at_line_start = True
                        _output.status(f"[dim]· {_output.markup(event.name)} ({event.status})[/]")
                completion = stream.get_final_completion()
        except KeyboardInterrupt:
            _output.write("\n")
            _output.status("[yellow](stopped)[/]")
            return None
        if not at_line_start:
            _output.write("\n")
        tokens = completion.tokens
        _output.status(
            f"[dim]tokens: {tokens.input_tokens} in · {tokens.output_tokens} out · chat {self.chat_id}[/]"
        )
        return completion

    def history(self) -> None:
        if self.app_id is None:  # an app key without FASTGPT_APP_ID: the key knows its app
            self.app_id = check_key(self.conn).app_id
        if self.app_id is None:
            raise CLIError("/history needs the app id: pass --app-id or set FASTGPT_APP_ID.")
        page = self.client.get_chat_records(self.chat_id, app_id=self.app_id, page_size=100)
        records = [plain(record) for record in page]
        if not records:
            _output.status("[dim](no messages yet)[/]")
        for record in records:
            _output.out().print(f"[bold]{speaker(record)}:[/] {_output.markup(record_text(record))}")
