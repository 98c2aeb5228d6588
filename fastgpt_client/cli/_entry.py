"""The `fastgpt` entry point: says how to install the `cli` extra when Typer or Rich is missing."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from ._app import main as run
    except ImportError as exc:
        if exc.name not in ("typer", "rich") and not str(exc.name).startswith(("typer.", "rich.")):
            raise
        sys.stderr.write(
            f"error: the fastgpt command needs the `cli` extra ({exc.name} is not installed): "
            'pip install "fastgpt-client[cli]"\n'
        )
        return 1
    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
