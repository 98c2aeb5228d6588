"""`fastgpt kb`: knowledge-base commands."""

from __future__ import annotations

import typer

app = typer.Typer(help="Knowledge bases: sync a folder, push Q&A rows, search.", no_args_is_help=True)
