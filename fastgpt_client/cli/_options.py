"""Options every command shares, and the connection they describe.

The key, the server and the app come from the same `FASTGPT_*` variables as the SDK
(`FASTGPT_API_KEY`, `FASTGPT_BASE_URL`, `FASTGPT_APP_ID`), or from `--api-key-file`,
`--base-url` and `--app-id`. There is no `--api-key` option: a key on the command line lands in
the shell history and in `ps` for every user of the machine. The key is never printed.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from .._constants import ENV_API_KEY, ENV_APP_ID, ENV_BASE_URL
from ._exit import CLIError, Exit

BaseUrl = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help=f"FastGPT server root, e.g. https://cloud.fastgpt.io (default: ${ENV_BASE_URL}, else http://localhost:3000).",
        show_default=False,
    ),
]
AppId = Annotated[
    str | None,
    typer.Option("--app-id", help=f"The app to talk to (default: ${ENV_APP_ID}).", show_default=False),
]
ApiKeyFile = Annotated[
    Path | None,
    typer.Option(
        "--api-key-file",
        help=f"Read the API key from this file ('-' for stdin); default: ${ENV_API_KEY}.",
        show_default=False,
        dir_okay=False,
        allow_dash=True,
    ),
]
Json = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of text.")]
Retries = Annotated[
    int,
    typer.Option(
        "--retries", min=0, max=10, help="Retries of a request that failed in a way worth retrying."
    ),
]


@dataclass(frozen=True)
class Connection:
    """What a command's clients are built with (the key stays out of repr)."""

    api_key: str | None
    base_url: str | None
    app_id: str | None
    max_retries: int = 2

    def __repr__(self) -> str:
        return f"Connection(base_url={self.base_url!r}, app_id={self.app_id!r})"

    def client_kwargs(self, *, with_app: bool = True) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "api_key": self.api_key,
            "base_url": self.base_url,
            "max_retries": self.max_retries,
        }
        if with_app:
            kwargs["app_id"] = self.app_id
        return kwargs

    @property
    def resolved_base_url(self) -> str:
        from .._config import resolve_base_url

        return resolve_base_url(self.base_url)

    def key(self) -> str:
        """The key the SDK would use (`--api-key-file`, else `FASTGPT_API_KEY`), checked."""
        from .._config import resolve_api_key

        return resolve_api_key(self.api_key)


def connection(
    base_url: str | None, app_id: str | None, api_key_file: Path | None, retries: int = 2
) -> Connection:
    """The connection of a command's options; a key file is read here (a clear error if it cannot be)."""
    key: str | None = None
    if api_key_file is not None:
        key = _read_key(api_key_file)
    app = app_id if app_id is not None else os.environ.get(ENV_APP_ID) or None
    return Connection(api_key=key, base_url=base_url, app_id=app, max_retries=retries)


def _read_key(path: Path) -> str:
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CLIError(f"Cannot read the API key file {path}: {exc.strerror or exc}.", Exit.AUTH) from None
    except UnicodeDecodeError:
        raise CLIError(f"The API key file {path} is not UTF-8 text.", Exit.AUTH) from None
    key = text.strip()
    if not key:
        raise CLIError(f"The API key file {path} is empty.", Exit.AUTH)
    return key


def parse_vars(pairs: list[str] | None) -> dict[str, str] | None:
    """`--var key=value` pairs as a dict; a usage error names the malformed one."""
    if not pairs:
        return None
    variables: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise CLIError(f"--var {pair!r}: write it as key=value, e.g. --var name=Ada.", Exit.USAGE)
        variables[name.strip()] = value
    return variables
