"""Where output goes: answers and data to stdout, progress, status and errors to stderr.

`--json` output is one JSON document (or one object per line for streams of records) and
nothing else on stdout, so `fastgpt ... --json | jq` always parses.
"""

from __future__ import annotations

import datetime
import json
import sys
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from rich.console import Console
from rich.table import Table


@cache
def out() -> Console:
    """stdout: answers, tables. Colours only on a terminal (Rich decides)."""
    return Console(highlight=False, soft_wrap=True)


@cache
def err() -> Console:
    """stderr: status lines, progress bars, errors."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


def write(text: str) -> None:
    """Raw text to stdout, as it comes (streamed answers: no markup, no wrapping)."""
    sys.stdout.write(text)
    sys.stdout.flush()


def to_jsonable(value: Any) -> Any:
    """Generated models, dataclasses, dates and tuples as plain JSON values."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_jsonable(to_dict())
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(item) for item in value]  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is not None:
        return {name: to_jsonable(getattr(value, name)) for name in fields}
    return str(value)


def dumps(value: Any, *, indent: int | None = 2) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False, indent=indent)


def print_json(value: Any) -> None:
    write(dumps(value) + "\n")


def table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A table on stdout (plain aligned text when stdout is not a terminal)."""
    grid = Table(title=title, show_lines=False, expand=False)
    for column in columns:
        grid.add_column(column, overflow="fold")
    for row in rows:
        grid.add_row(*("" if cell is None else str(cell) for cell in row))
    out().print(grid)


def status(message: str) -> None:
    """A status line on stderr (Rich markup allowed)."""
    err().print(message)


def error(message: str) -> None:
    """An error on stderr: `error: ...`, no traceback."""
    err().print(f"[bold red]error:[/] {_escape(message)}")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def markup(text: str) -> str:
    """`text` with Rich markup escaped, to put inside a markup string."""
    return _escape(text)
