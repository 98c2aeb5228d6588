"""The `fastgpt` Typer app: one sub-command per module, and `main()`, which turns errors into
one line on stderr and an exit code (see `_exit.Exit`), never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import typer

from ..exceptions import FastGPTError
from . import _output
from ._exit import CLIError, Exit, Interrupted, ReaderGone, describe, exit_code

HELP = """The FastGPT command line: chat with an app, ask one question, keep a knowledge base in
sync with a folder, export chats, check a server.

\b
The key, server and app come from FASTGPT_API_KEY, FASTGPT_BASE_URL and FASTGPT_APP_ID
(or --api-key-file, --base-url, --app-id). Try it without a server:
    eval "$(fastgpt emulator --export --background)"   # or run `fastgpt emulator` in a 2nd shell
    fastgpt ask "Hello"

\b
Exit codes: 0 ok, 1 error, 2 usage, 3 authentication, 4 not found, 5 connection,
6 some items failed, 130 interrupted (Ctrl-C).
"""


def build() -> typer.Typer:
    from . import ask, chat, doctor, emulator, export, kb

    app = typer.Typer(
        name="fastgpt",
        help=HELP,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback(invoke_without_command=True)(_version_option)
    for module in (ask, chat, export, doctor, emulator):
        module.register(app)
    app.add_typer(kb.app, name="kb")
    return app


def _version_option(
    version: bool = typer.Option(False, "--version", help="Print the SDK version and exit.", is_eager=True),
) -> None:
    if version:
        from .._version import __version__

        _output.write(f"fastgpt-client {__version__}\n")
        raise typer.Exit(0)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result = build()(args=args, prog_name="fastgpt", standalone_mode=False)
    except (KeyboardInterrupt, Interrupted, typer.Abort):
        _output.err().print("\nInterrupted.")
        return Exit.INTERRUPTED
    except typer.Exit as exc:
        return exc.exit_code
    except typer.TyperException as exc:  # usage errors: Typer prints them with the command's usage
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            _output.error(exc.format_message())
        return exc.exit_code
    except (BrokenPipeError, ReaderGone):
        # `fastgpt ... | head`: the reader left; say nothing more.
        _quiet_stdout()
        return Exit.OK
    except (CLIError, FastGPTError, OSError, ValueError, TypeError) as exc:
        _output.error(describe(exc))
        return exit_code(exc)
    return int(result) if isinstance(result, int) else Exit.OK


def _quiet_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
