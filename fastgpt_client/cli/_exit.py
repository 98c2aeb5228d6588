"""Exit codes: what failed, for scripts (the table is in docs/cli.md), and errors as one line."""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import IntEnum
from typing import ParamSpec, TypeVar

from ..exceptions import (
    APIConnectionError,
    AuthenticationError,
    FastGPTError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)

P = ParamSpec("P")
R = TypeVar("R")


class Exit(IntEnum):
    OK = 0
    ERROR = 1
    """Any other failure: FastGPT answered with an error, a file could not be read, ..."""
    USAGE = 2
    """Wrong arguments or options (also Click's own code for them)."""
    AUTH = 3
    """No API key, or FastGPT refused it (unknown key, no permission for this app or dataset)."""
    NOT_FOUND = 4
    """The app, chat, dataset or collection does not exist."""
    CONNECTION = 5
    """The server could not be reached, or the connection broke or timed out."""
    PARTIAL = 6
    """Some items failed (files of `kb sync`, rows of `kb push`, training, a `doctor` check)."""
    INTERRUPTED = 130
    """Ctrl-C (128 + SIGINT, as shells report it)."""


class CLIError(Exception):
    """A failure the command explains itself; `code` is the exit code."""

    def __init__(self, message: str, code: Exit = Exit.ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def exit_code(error: BaseException) -> Exit:
    """The exit code for an error the SDK raised (or a CLIError, or bad input)."""
    if isinstance(error, CLIError):
        return error.code
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return Exit.AUTH
    if isinstance(error, NotFoundError):
        return Exit.NOT_FOUND
    if isinstance(error, APIConnectionError):
        return Exit.CONNECTION
    if isinstance(error, ValidationError | TypeError | ValueError):
        return Exit.USAGE
    if isinstance(error, FastGPTError | OSError):
        return Exit.ERROR
    return Exit.ERROR


def describe(error: BaseException) -> str:
    """One line (or a few) for the user: the SDK's own message, never a traceback."""
    if isinstance(error, CLIError):
        return error.message
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.strerror or error}: {error.filename}"
    text = str(error).strip()
    return text or type(error).__name__


class Interrupted(Exception):
    """Ctrl-C: the command stopped cleanly (exit code 130)."""


class ReaderGone(Exception):
    """stdout's reader left (`fastgpt export | head`): stop quietly."""


def interruptible(command: Callable[P, R]) -> Callable[P, R]:
    """Turns Ctrl-C inside `command` into `Interrupted` (Typer would end quietly with 130), and
    a closed stdout into `ReaderGone` (Typer would exit 1)."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except KeyboardInterrupt:
            raise Interrupted from None
        except BrokenPipeError:
            raise ReaderGone from None

    return run
