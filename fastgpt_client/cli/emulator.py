"""`fastgpt emulator`: the built-in FastGPT emulator (`python -m fastgpt_client.testing`), with
the variables to use it printed in a form a shell can paste."""

from __future__ import annotations

import shlex
import subprocess
import sys
import typing
from typing import Annotated

import typer

from . import _output
from ._exit import CLIError, Exit, interruptible

EXAMPLE = """

\b
Examples:
    fastgpt emulator                       # serve on :3000 until Ctrl-C
    fastgpt emulator --port 0 --version 4.14
    eval "$(fastgpt emulator --export --background --port 0)"   # this shell talks to it
"""

_VARIABLES = ("FASTGPT_BASE_URL", "FASTGPT_API_KEY", "FASTGPT_APP_ID")


def register(app: typer.Typer) -> None:
    app.command(
        "emulator",
        help="Start the built-in FastGPT emulator and print the variables to use it." + EXAMPLE,
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    )(interruptible(emulator))


def emulator(
    ctx: typer.Context,
    port: Annotated[int, typer.Option("--port", help="Port to bind, 0 for any free one.")] = 3000,
    version: Annotated[
        str | None,
        typer.Option("--version", help="FastGPT version to speak: 4.16 or 4.14.", show_default=False),
    ] = None,
    export: Annotated[
        bool, typer.Option("--export", help="Print only the `export NAME=value` lines (for eval).")
    ] = False,
    background: Annotated[
        bool,
        typer.Option("--background", help="Start it in the background, print the variables and return."),
    ] = False,
) -> int:
    """The other options (--db, --seed, --token-delay, --host) go to the emulator as they are."""
    argv = ["--port", str(port), *(["--version", version] if version else []), *ctx.args]
    if background:
        return _background(argv, export_only=export)
    return _foreground(argv, export_only=export)


def _foreground(argv: list[str], *, export_only: bool) -> int:
    """Runs the emulator here, turning its `NAME=value` lines into `export NAME=value`."""
    try:
        from ..testing.__main__ import main as emulator_main
    except ImportError as exc:
        raise CLIError(_missing_extra(exc)) from None
    import contextlib
    import io

    class ExportWriter(io.TextIOBase):
        """stdout for the emulator: each `NAME=value` line is printed as a shell `export`."""

        def __init__(self, target: typing.TextIO) -> None:
            self._buffer = ""
            self._target = target

        def write(self, text: str) -> int:
            self._buffer += text
            while "\n" in self._buffer:
                line, self._buffer = self._buffer.split("\n", 1)
                self._target.write(export_line(line, export_only=export_only))
                self._target.flush()
            return len(text)

    if not export_only:
        _output.status("[dim]FastGPT emulator: paste these lines into another shell; Ctrl-C stops it.[/]")
    with contextlib.redirect_stdout(ExportWriter(sys.stdout)):
        code = emulator_main(argv)
    return code


def export_line(line: str, *, export_only: bool) -> str:
    """`NAME=value` as `export NAME='value'`; other lines kept (dropped with `--export`)."""
    if line.startswith("export "):
        return line + "\n"
    name, sep, value = line.partition("=")
    if not sep or not name.isidentifier():
        return "" if export_only else line + "\n"
    return f"export {name}={shlex.quote(value)}\n"


def _background(argv: list[str], *, export_only: bool) -> int:
    """Starts the emulator as a detached process and prints its variables and how to stop it."""
    import tempfile

    command = [sys.executable, "-m", "fastgpt_client.testing", *argv]
    log = tempfile.NamedTemporaryFile(prefix="fastgpt-emulator-", suffix=".log", delete=False)  # noqa: SIM115
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=log,
        stdin=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    log.close()
    assert process.stdout is not None
    lines = _announced(process.stdout)
    process.stdout.close()
    if process.poll() is not None or not lines:
        with open(log.name, encoding="utf-8", errors="replace") as file:
            detail = file.read().strip()
        raise CLIError(f"The emulator did not start: {detail or 'no output'}")
    for line in lines:
        _output.write(export_line(line, export_only=export_only))
    _output.write(f"export FASTGPT_EMULATOR_PID={process.pid}\n")
    if not export_only:
        _output.status(f"[dim]Stop it with: kill {process.pid} (its log: {log.name})[/]")
    return Exit.OK


def _announced(stream: typing.IO[str]) -> list[str]:
    """The emulator's variable lines: up to its last app key (one per app id it announced)."""
    lines: list[str] = []
    apps = keys = 0
    for raw in stream:
        line = raw.rstrip("\n")
        lines.append(line)
        apps += line.startswith(("FASTGPT_APP_ID_", "export FASTGPT_APP_ID_"))
        keys += line.startswith(("FASTGPT_API_KEY_", "export FASTGPT_API_KEY_"))
        if apps and keys >= apps:
            break
    return lines


def _missing_extra(exc: ImportError) -> str:
    return (
        f"The emulator needs the `testing` extra ({exc.name or exc}): "
        'pip install "fastgpt-client[testing,cli]".'
    )
